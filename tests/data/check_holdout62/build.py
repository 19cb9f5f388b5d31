#!/usr/bin/env python3
"""Generator for the releasegate check_holdout62 corpus.

Written from /work/shared/design/product.md and the labelling conventions of
tests/data/check_holdout3/README.md only. Renderer helpers copied from check_holdout3/build.py.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout62/build.py

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
    m["Message-ID"] = msgid or f"<h62-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h62")
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


_pdf_render = pdf


def pdf(blocks, **kw):  # noqa: F811  guard: the standard PDF fonts only cover cp1252
    for b in blocks:
        for s in (b[1:] if b[0] != "table" else [c for r in b[1] for c in r]):
            str(s).encode("cp1252")
    return _pdf_render(blocks, **kw)



# =================================================================== CLEAN (expect [])

# ---------------------------------------------------------------- c01 supplier quote, tiers (PDF)
case("c01_quote_tiers", [],
     "supplier quote alone: sample / small-batch / MP tiers and NRE; nothing authorized, quote says it is not an order",
     [("JY-Q240611-03_SKV-FR-210.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Shenzhen Jiayu Composite Technology Co., Ltd. | Bldg 7, Fuyong Industrial Park, Bao'an District, "
               "Shenzhen 518103, China | Tel +86 755 2733 0418"),
         ("p", "Quotation No.: JY-Q240611-03    Date: 2024-06-11    Valid until: 2024-07-11"),
         ("p", "To: Skyvane Robotics Ltd., 12 HaBarzel St, Tel Aviv 6971005, Israel. Attn: Itai Bar, Hardware Lead"),
         ("p", "Part: SKV-FR-210 rev C, main frame, carbon fibre plate T700 3K twill, 2.0 mm top / 2.5 mm bottom, "
               "CNC cut, chamfered edges, matte finish. Drawing SKV-FR-210-DRW rev C (STEP + PDF received 2024-06-07)."),
         ("table", [["Item", "Description", "Qty", "Unit price (USD)", "Amount (USD)", "Lead time"],
                    ["1", "Sample lot (EVT)", "10 pcs", "38.50", "385.00", "12 working days"],
                    ["2", "Small batch", "300 pcs", "21.80", "6,540.00", "20 working days"],
                    ["3", "Mass production", "2,000 pcs", "16.40", "32,800.00", "30 working days"],
                    ["4", "NRE: CNC vacuum fixture (one-off)", "1 set", "450.00", "450.00", "with sample lot"]]),
         ("sp",),
         ("h", "Terms"),
         ("p", "1. Prices EXW Shenzhen, excl. freight, duties and bank charges. 2. Payment T/T: 30% with order, 70% "
               "before shipment. 3. Quantity tiers are price breaks only; each tier needs its own purchase order. "
               "4. Tolerance +/-0.1 mm on outline, +/-0.05 mm on motor hole pattern (16x16 / 19x19 M3). "
               "5. This quotation is not an order confirmation."),
         ("p", "Remarks: T700 prepreg is 6-8 weeks lead time at our material supplier right now. For tiers 2 and 3 we "
               "can hold stock only against a written material authority from the customer."),
         ("sp",),
         ("p", "Kevin Zhang, Sales Manager | kevin.zhang@jiayu-composite.cn | WeChat kevinzhang_jy"),
     ], title="Quotation JY-Q240611-03", author="Kevin Zhang"))])

# ---------------------------------------------------------------- c02 supplier question + scoped answer (Slack TXT)
case("c02_slack_question_scoped_answer", [],
     "supplier asks whether there is a green light for the 480 (a question); buyer answers: only the 20, 480 not released, "
     "EVT sign-off + written release from Priya (named)",
     [("slack_halcyon-tee-pcba_2024-06-18.txt", """\
Slack export: #halcyon-tee-pcba (Slack Connect: Halcyon Aerial <> Tijuana Ensambles Electronicos)
Exported 2024-06-19 08:12 CDT by priya.natarajan@halcyonaerial.com
---------------------------------------------------------------------------

[2024-06-17 16:20] Ben Whitaker (Halcyon): stencil rev for the FC-7 is in the drive, folder /HAL-PCB-0071/revB/paste. Apertures on U7 reduced 10%, should fix the bridging
[2024-06-17 16:41] Luis Hernandez (Tijuana Ensambles): got it, we re-cut the stencil tonight
[2024-06-18 09:41] Luis Hernandez (Tijuana Ensambles): Morning! The 20 pcs of the FC-7 flight controller PCBA (HAL-PCB-0071 rev B) passed AOI + ICT, we box them tomorrow. Quick q: do we have a green light for the other 480 or only the 20? Line 2 is free from Monday 🙂
[2024-06-18 09:52] Ben Whitaker (Halcyon): 🙏 nice turnaround
[2024-06-18 09:58] Priya Natarajan (Halcyon): Only the 20. The other 480 are not released. Please don't kit them or load them on line 2.
[2024-06-18 09:59] Priya Natarajan (Halcyon): What unlocks them: Ben's EVT sign-off on the 20 boards, then a written production release from me (it will come as PO 4410-0244 rev 2). Until you have that PO rev, nothing beyond the 20.
[2024-06-18 10:03] Luis Hernandez (Tijuana Ensambles): Understood 👍 Only 20. The 480 stay on hold until your written release after EVT sign-off. I give line 2 to another customer next week then.
[2024-06-18 10:04] Ben Whitaker (Halcyon): sign-off should be done by Friday if DHL behaves. Flight test Thu at the ranch
[2024-06-18 10:05] Luis Hernandez (Tijuana Ensambles): DHL pickup 15:00 tomorrow, tracking in this channel
[2024-06-19 15:22] Luis Hernandez (Tijuana Ensambles): DHL 4417 2290 31 📦
""")])

# ---------------------------------------------------------------- c03 labelled forecast (HTML)
case("c03_labelled_forecast", [],
     "rolling forecast clearly labelled: not an order, not a commitment, not a release, no material; no authorization",
     [("KD_FC-2024-06.html", html_page("Supplier forecast FC-2024-06", """\
<h2>K&otilde;rge Dynamics O&Uuml; &ndash; supplier forecast</h2>
<p>Supplier: Taichung TechMold Co., Ltd. (Taichung, Taiwan) &middot; Prepared by Liis Saar, COO &middot; Issued 2024-06-24 &middot; Version FC-2024-06 (replaces FC-2024-03)</p>
<p class="note"><b>FORECAST &ndash; NOT A PURCHASE ORDER.</b> The quantities below are for your capacity planning only. They are
not an order, not a commitment to purchase and not a production release. Please do not buy resin, inserts or packaging
against this forecast. Production is authorized only by a purchase order or a written production release signed by
Liis Saar.</p>
<table>
<tr><th>Part</th><th>Rev</th><th>Description</th><th>Q3 2024</th><th>Q4 2024</th><th>Q1 2025</th><th>Q2 2025</th><th>Basis</th></tr>
<tr><td>KD-ENC-300</td><td>D</td><td>Top shell, PC/ABS, IP65, texture MT-11020</td><td>150</td><td>400</td><td>600</td><td>800</td><td>forecast</td></tr>
<tr><td>KD-ENC-301</td><td>C</td><td>Bottom tray, PA6 GF30</td><td>150</td><td>400</td><td>600</td><td>800</td><td>forecast</td></tr>
<tr><td>KD-GSK-302</td><td>A</td><td>Gasket, TPE 60 Shore A (2K)</td><td>150</td><td>400</td><td>600</td><td>800</td><td>forecast</td></tr>
</table>
<h3>Context</h3>
<p>The Q4 step-up assumes the last-mile pilot in Tallinn and Helsinki extends into a paid fleet contract (decision expected
October). Q1/Q2 2025 depend on our Series A closing. If either slips, expect the next version to move volume right.</p>
<p>We will send the next forecast version at the end of September. Questions: liis.saar@korge.ee &middot; +372 5555 0142</p>
"""))])

# ---------------------------------------------------------------- c04 fit check only (EML multipart/alternative)
_c04_txt = """\
Hallo Marta,

we mounted the 5 golden units of the sprayer boom arm (FR-ARM-044 rev B) on the field prototype on Tuesday.
Result: sample approved for fit check only. Bolt pattern and clearance to the nozzle manifold are fine; the tip
deflection test is still open and runs next week in Freising.

To be very clear about what this means for your shop:
- The active quantity stays the 5 golden units on PO 4500012877 (already delivered). Nothing else is active.
- The 300 production arms quoted in your offer Q-2024-118 are not released. Please do not lay up, cut or order
  prepreg for them.
- Production release for the 300 needs (1) the deflection test sign-off from Jonas and (2) a written production
  release signed by Katrin Vogel (Head of Procurement). Katrin is the only person who can release them.

Please pass the same message to your laminating team lead; last year we had a misunderstanding with another
supplier exactly at this step and nobody wants that again.

Viele Gruesse / best regards
Jonas
""" + sig("Dr. Jonas Hartmann", "CTO", "Feldwerk Robotics GmbH, Lichtenbergstr. 8, 85748 Garching", "+49 89 5500 3120")
_c04_html = """\
<p>Hallo Marta,</p>
<p>we mounted the 5 golden units of the sprayer boom arm (FR-ARM-044 rev B) on the field prototype on Tuesday.
Result: <b>sample approved for fit check only</b>. Bolt pattern and clearance to the nozzle manifold are fine; the tip
deflection test is still open and runs next week in Freising.</p>
<p>To be very clear about what this means for your shop:</p>
<ul>
<li>The active quantity stays the 5 golden units on PO 4500012877 (already delivered). Nothing else is active.</li>
<li>The 300 production arms quoted in your offer Q-2024-118 are <b>not released</b>. Please do not lay up, cut or order prepreg for them.</li>
<li>Production release for the 300 needs (1) the deflection test sign-off from Jonas and (2) a written production release signed by Katrin Vogel (Head of Procurement). Katrin is the only person who can release them.</li>
</ul>
<p>Please pass the same message to your laminating team lead; last year we had a misunderstanding with another
supplier exactly at this step and nobody wants that again.</p>
<p>Viele Gruesse / best regards<br>Jonas</p>
<p>-- <br>Dr. Jonas Hartmann<br>CTO<br>Feldwerk Robotics GmbH, Lichtenbergstr. 8, 85748 Garching<br>+49 89 5500 3120</p>
"""
case("c04_fit_check_only", [],
     "'sample approved for fit check only'; 5 golden units active, 300 not released, deflection sign-off + written "
     "release by Katrin Vogel",
     [("AW_FR-ARM-044_golden_units.eml", eml_bytes(mail(
         "Jonas Hartmann <j.hartmann@feldwerk-robotics.de>",
         "Marta Zielinska <m.zielinska@gdansk-compotech.pl>",
         "AW: FR-ARM-044 golden units - fit check result",
         "Thu, 13 Jun 2024 17:05:00 +0200", _c04_txt, html=_c04_html,
         cc="Katrin Vogel <k.vogel@feldwerk-robotics.de>")))])

# ---------------------------------------------------------------- c05 full-quantity PO, "proceed" (PDF)
case("c05_full_qty_po_proceed", [],
     "firm PO for the full 60 pcs, no balance anywhere; 'proceed with all 60 pcs' is scoped",
     [("PO_4410-0217_Monterrey.pdf", pdf([
         ("h1", "PURCHASE ORDER 4410-0217"),
         ("p", "Halcyon Aerial Inc. | 2100 E Cesar Chavez St, Suite 300, Austin, TX 78702, USA | ap@halcyonaerial.com"),
         ("p", "Supplier: Monterrey Maquinados Industriales S.A. de C.V., Av. Ruiz Cortines 4210, Guadalupe, N.L., "
               "Mexico. Vendor no. V-10482"),
         ("p", "PO date: 2024-05-20   Buyer: Priya Natarajan   Terms: Net 30   Incoterm: DAP Austin   Currency: USD"),
         ("table", [["Line", "Part / Rev", "Description", "Qty", "Unit", "Unit price", "Extended"],
                    ["1", "HAL-GMB-112 / A", "Gimbal yoke, 6061-T6, anodize Type II black, laser mark per DRG note 4",
                     "60", "EA", "41.20", "2,472.00"],
                    ["2", "NRE-FIX-01", "Soft jaws + 4th-axis fixture (one-off)", "1", "LOT", "380.00", "380.00"]]),
         ("sp",),
         ("p", "Total: USD 2,852.00. Quote reference Q-MMI-2405-33 (quoted for 60 pcs, no other tier)."),
         ("h", "Order notes"),
         ("p", "This is a firm order for the full quantity of 60 pcs. There is no further quantity, option or balance "
               "under this PO or the quote. Please proceed with all 60 pcs. Ship complete, one lot, with CoC and the "
               "FAI report (AS9102 forms 1-3) for the first piece."),
         ("p", "Packaging: individual bags, foam separators, max 20 pcs per box. Mark boxes with PO and line number."),
         ("sp",),
         ("p", "Authorized by: Priya Natarajan, Supply Chain Lead, 2024-05-20"),
     ], pagesize=LETTER, title="PO 4410-0217", author="Priya Natarajan"))])

# ---------------------------------------------------------------- c06 call-off with staged material authority (multi-file)
_c06_co = """\
NORDPULSE ROBOTICS OU                               CALL-OFF / PRODUCTION RELEASE
Riia 181A, 51014 Tartu, Estonia                     No.  CO-2024-031
VAT EE102345678                                     Date 2024-07-08
                                                    Page 1/1
SUPPLIER : NINGBO RUIFENG BATTERY TECHNOLOGY CO., LTD.
           No. 88 Jinxi Rd, Beilun, Ningbo 315800, CN
FRAMEWORK PO : NP-PO-2024-009        QUOTE : RF-Q-24-0517
CONTACT      : KADRI LEPP, SUPPLY MANAGER  kadri.lepp@nordpulse.ee

POS  PART NO           REV  DESCRIPTION                       QTY   UOM  DUE
---  ----------------  ---  --------------------------------  ----  ---  ----------
010  NP-BAT-48V-20AH   C    LI-ION PACK 13S4P 48V 20AH, CAN   50    PC   2024-08-19

RELEASED FOR PRODUCTION UNDER THIS CALL-OFF ............   50 PC
QUOTED PRODUCTION QTY (RF-Q-24-0517) ..................  200 PC
BALANCE NOT RELEASED (ON HOLD) .........................  150 PC

MATERIAL AUTHORITY : STAGED. SUPPLIER MAY BUY CELLS (EVE 21700 50E)
AND BMS BOARDS (RF-BMS-13S REV 2) FOR UP TO 200 PACKS AT NORDPULSE
LIABILITY. THIS IS MATERIAL AUTHORITY ONLY. IT DOES NOT RELEASE
PRODUCTION BEYOND THE 50 PC ABOVE.

UNLOCK OF BALANCE : PILOT-LOT SIGN-OFF BY NORDPULSE ENGINEERING
(MART KASK) AND A FURTHER WRITTEN CALL-OFF SIGNED BY KADRI LEPP.
RELEASE AUTHORITY FOR THIS ORDER: KADRI LEPP, SUPPLY MANAGER.

TRANSPORT: SEA/RAIL NOT ALLOWED FOR THIS LOT. UN3480 CLASS 9, PI965
SECTION IB BY AIR, SOC <= 30%. UN38.3 TEST SUMMARY TO ACCOMPANY.

SIGNED: KADRI LEPP                     2024-07-08
"""
_c06_mail = """\
Dear Kadri,

we received call-off CO-2024-031, thank you.

- 50 packs NP-BAT-48V-20AH rev C are scheduled, cell matching starts 22 July, ship ex works 16 August.
- Per your staged material authority we have purchased EVE 21700 50E cells for 200 packs (10,400 cells = 200 x 52)
  and 200 pcs BMS RF-BMS-13S rev 2. This is within the authority on the call-off.
- The other 150 packs are not in production. They wait for your next call-off after Mr. Kask's pilot sign-off.

UN38.3 summary for rev C is attached to the shipping docs as last time. SoC will be set to 28%.

Best regards,
Jason
""" + sig("Jason Li", "Account Manager, Export Dept.", "Ningbo Ruifeng Battery Technology Co., Ltd.", "+86 574 8612 2290")
case("c06_calloff_staged_material", [],
     "call-off releases 50, balance 150 on hold, explicit staged material authority to 200; supplier stages within it",
     [("CO-2024-031_Nordpulse.txt", _c06_co),
      ("RE_CO-2024-031_status.eml", eml_bytes(mail(
          "Jason Li <jason.li@ruifeng-battery.com>", "Kadri Lepp <kadri.lepp@nordpulse.ee>",
          "RE: Call-off CO-2024-031 / NP-BAT-48V-20AH rev C", "Thu, 11 Jul 2024 10:32:00 +0800", _c06_mail,
          in_reply_to="<co-2024-031@nordpulse.ee>")))])

# ---------------------------------------------------------------- c07 explicit auto-conversion (DOCX)
case("c07_explicit_autoconversion", [],
     "explicit recorded auto-conversion: names quantity (200), signer (Lee Seo-yeon), condition and deadline; "
     "balance 800 on hold for written release by Kim Min-jun",
     [("HM-MCU-220_agreement.docx", docx_bytes([
         ("h1", "Sample-to-production conversion agreement"),
         ("p", "Haneul Mobility Co., Ltd., 45 Gajeong-ro, Yuseong-gu, Daejeon, Korea  |  ArrayTek Electronics Co., Ltd., "
               "Hsinchu Science Park, Taiwan"),
         ("p", "Order: HM-MCU-220 rev 3, motor controller PCBA (4-layer, 2 oz inner, ENIG). PO HMO-24-0611. "
               "Quote AT-Q-2406-18 (production quantity 1,000 boards, basis: firm)."),
         ("h", "1. Active quantity"),
         ("p", "Twenty-five (25) DVT boards are released now. Material authority: sample-only (25 boards) until "
               "section 2 takes effect; after that, material for 200 boards."),
         ("h", "2. Auto-conversion (explicit, recorded)"),
         ("p", "If Lee Seo-yeon (Hardware Lead, Haneul Mobility) records a disposition of \"approved\" on the 25 DVT "
               "boards in writing on or before 31 July 2024, that sign-off by itself releases 200 boards for production. "
               "No further document is needed for these 200 boards. An interim or rejected disposition releases "
               "nothing. A sign-off after 31 July 2024 releases nothing."),
         ("h", "3. Balance"),
         ("p", "The remaining 800 boards are not released. They need a written production release signed by Kim Min-jun "
               "(CEO) after the 200-board pilot passes end-of-line test. No other person at Haneul Mobility can release "
               "them."),
         ("table", [["Tranche", "Boards", "Status", "Unlocked by"],
                    ["DVT", "25", "released now", "this agreement"],
                    ["Pilot", "200", "released automatically only on an 'approved' DVT sign-off by Lee Seo-yeon on or before 31 Jul 2024",
                     "section 2"],
                    ["Balance", "800", "not released, on hold", "written release, Kim Min-jun"]]),
         ("h", "4. Signatures"),
         ("p", "For Haneul Mobility: Kim Min-jun, CEO, 2024-06-14; Park Ji-woo, Purchasing Manager, 2024-06-14."),
         ("p", "Acknowledged for ArrayTek Electronics: Grace Huang, Sales Manager, 2024-06-14."),
     ], author="Park Ji-woo"))])

# ---------------------------------------------------------------- c08 forwarded old quote declared informational (EML + rfc822)
_c08_inner = mail(
    "Vincent Lin <vincent.lin@techmold.com.tw>", "Omer Katz <omer@corvidlabs.io>",
    "Quotation TM-Q-2402-071 - CL-ENC-09 sensor enclosure",
    "Wed, 14 Feb 2024 11:20:00 +0800", """\
Dear Omer,

please find our quotation for the CL-ENC-09 enclosure:

  Tool: 2-cavity, P20 steel, hot runner, 300k shots     NT$ 612,000
  T1 samples:                                             40 pcs, free of charge
  Production price:                                       5,000 pcs @ US$ 2.35 (PC, UL94 V-0)
  Tool lead time:                                         35 days after drawing freeze

Texture VDI 3024 on A-side. Price basis resin Covestro Makrolon 6557.

Best regards,
Vincent
""" + sig("Vincent Lin", "Project Sales", "Taichung TechMold Co., Ltd.", "+886 4 2359 7720"))
_c08_txt = """\
Vincent,

forwarding your February quote below so Jenny (your new project engineer) has the history.

Please note: the 5,000 pcs figure in that old quote is for reference only. It was never ordered and nothing of it is
released.

Current scope, PO CRV-PO-0388:
- 40 pcs T1 sample enclosures, CL-ENC-09 rev E. That is the only active quantity.
- Any production quantity stays on hold until Yael Shapiro signs off the T1 samples and I send a written production
  release. Nobody else on our side can release it.
- The tool is covered by PO CRV-PO-0371 (separate).

Rev E changes vs the quoted rev C: boss height +0.4 mm, gate moved to the rib side. Jenny has the STEP.

Thanks,
Omer
""" + sig("Omer Katz", "Head of Operations", "Corvid Labs Ltd., MATAM Park, Haifa", "+972 4 555 0188")
case("c08_forwarded_old_quote_informational", [],
     "old quote with 5,000 pcs forwarded as rfc822 and declared reference-only/not released; 40 T1 samples active, "
     "hold until T1 sign-off + written release by Omer",
     [("Fwd_TM-Q-2402-071_history.eml", eml_bytes(mail(
         "Omer Katz <omer@corvidlabs.io>", "Vincent Lin <vincent.lin@techmold.com.tw>",
         "Fwd: Quotation TM-Q-2402-071 - CL-ENC-09 (history for Jenny)",
         "Mon, 10 Jun 2024 08:14:00 +0300", _c08_txt, cc="Jenny Chou <jenny.chou@techmold.com.tw>",
         attachments=[("rfc822", _c08_inner)])))])

# ---------------------------------------------------------------- c09 quoted supplier assumption + correct buyer reply (EML)
_c09_txt = """\
Hi Piotr,

no, please don't plan it that way. The EVT sign-off does not release anything.

PO KD-2024-0142 covers 15 EVT boards (KD-MB-110 rev C mainboard) and that is the only active quantity. The other
285 boards from your quote stay on hold. They are released only by a written production release from me, after Mart
has signed off the 15 EVT boards. A sign-off mail from Mart is a technical result, not a release.

If you need to keep the SMT slot in week 31 warm, tell me by Friday and I will see what I can do, but no material and
no line time for the 285 before my written release.

Liis

""" + sig("Liis Saar", "COO", "Korge Dynamics OU, Tallinn", "+372 5555 0142") + """

> On Mon, 3 Jun 2024 at 14:02, Piotr Nowak <p.nowak@elektromontaz.pl> wrote:
> Dear Liis,
> EVT boards ship Thursday by UPS. To keep your timeline we assume that after Mart's sign-off we continue
> directly with the remaining 285 pcs, so the SMT line stays loaded. Please confirm.
> Best regards, Piotr Nowak, Key Account Manager, ElektroMontaz Sp. z o.o., Wroclaw
"""
case("c09_quoted_assumption_corrected", [],
     "quoted supplier assumption of auto-conversion, buyer reply corrects it: 15 EVT active, 285 on hold, Mart's sign-off "
     "then written release from Liis",
     [("RE_KD-MB-110_EVT_next_steps.eml", eml_bytes(mail(
         "Liis Saar <liis.saar@korge.ee>", "Piotr Nowak <p.nowak@elektromontaz.pl>",
         "Re: KD-MB-110 EVT - next steps", "Mon, 3 Jun 2024 16:40:00 +0300", _c09_txt,
         cc="Mart Kask <mart.kask@korge.ee>", in_reply_to="<a81f22@elektromontaz.pl>")))])

# ---------------------------------------------------------------- c10 PO + PI with "deposit does not release production" (multi-file)
_c10_po = """\
SKYVANE ROBOTICS LTD.                 PURCHASE ORDER          SKV-PO-24-0233
12 HaBarzel St, Tel Aviv 6971005      Date: 2024-06-05        Rev: 0
Israel                                Currency: USD           Terms: see PI

Supplier: Dongguan Hengtai Precision Hardware Co., Ltd., Chang'an Town, Dongguan, Guangdong
Attn: Amy Chen

LN  ITEM            REV  DESCRIPTION                               QTY  UNIT  PRICE   AMOUNT
--  --------------  ---  ----------------------------------------  ---  ----  ------  -------
01  SKV-MM-07       B    MOTOR MOUNT 2810, 7075-T6, CLEAR ANODIZE  20   PCS   14.50   290.00
02  NRE-HT-FIX      -    FIXTURE, ONE-OFF                          1    LOT   260.00  260.00
                                                                            TOTAL     550.00

SCOPE NOTE
  Sample lot only: 20 pcs. The production quantity of 800 pcs in quote HT-Q-0524-12
  is NOT released and remains on hold. Do not start it.
  Unlock: DVT sign-off by Itai Bar (Hardware Lead), then a written production release
  from Noa Levi (COO). Noa Levi is the release authority for this order.
  Material authority: sample-only (20 pcs + fixture).

Ship to: Skyvane Robotics, attn. Itai Bar, DHL Express DAP. Invoice to ap@skyvane.io
"""
case("c10_deposit_does_not_release", [],
     "sample PO complete (20 active, 800 on hold, DVT sign-off + Noa Levi); PI says deposit does not release production",
     [("PO_SKV-PO-24-0233.txt", _c10_po),
      ("PI_HT-PI-240611.pdf", pdf([
          ("h1", "PROFORMA INVOICE"),
          ("p", "Dongguan Hengtai Precision Hardware Co., Ltd. | No. 16 Xiaobian Rd, Chang'an Town, Dongguan, Guangdong, China"),
          ("p", "PI No.: HT-PI-240611    Date: 2024-06-11    Customer: Skyvane Robotics Ltd.    Customer PO: SKV-PO-24-0233"),
          ("table", [["No.", "Item", "Description", "Qty", "Unit price USD", "Amount USD"],
                     ["1", "SKV-MM-07 rev B", "Motor mount, 7075-T6, clear anodize (sample lot)", "20", "14.50", "290.00"],
                     ["2", "NRE", "Fixture, one-off", "1", "260.00", "260.00"],
                     ["", "", "", "", "Total", "550.00"]]),
          ("sp",),
          ("p", "Payment: 50% deposit (USD 275.00) by T/T, balance before shipment."),
          ("p", "Important: the deposit is for the 20 sample pcs and the fixture only. The deposit does not release "
                "production. The 800 pcs production lot will start only after Skyvane's written production release."),
          ("p", "Bank: Bank of China, Dongguan Branch, SWIFT BKCHCNBJ45A, A/C 7266 0112 8890"),
          ("p", "Amy Chen, Sales | amy.chen@hengtai-precision.com"),
      ], title="PI HT-PI-240611", author="Amy Chen"))])

# ---------------------------------------------------------------- c11 supplier acknowledgement restating the hold (EML + PDF)
_c11_txt = """\
Dear Ms Vogel,

thank you for PO 4500013020. Our order acknowledgement AB/2024/0733 is attached.

We confirm the scope as written in your PO:
- 25 pcs PCBA samples FW-SB-031 rev D (EVT), delivery calendar week 28.
- The remaining 975 pcs from our offer OF/2024/0412 are not released. We will not start, kit or buy components
  for them.
- Unlock: EVT sign-off by your engineering, then a written production release signed by you, Ms Katrin Vogel.
- Material authority: sample-only (25 pcs).

Stencil and programming fixture are included in the sample price as agreed.

Best regards / Z powazaniem
Agnieszka Wisniewska
""" + sig("Agnieszka Wisniewska", "Customer Service", "ElektroMontaz Sp. z o.o., ul. Krakowska 141, 50-428 Wroclaw", "+48 71 555 20 14")
case("c11_supplier_ack_restates_hold", [],
     "supplier acknowledgement restating 25 active, 975 not released, EVT sign-off + written release by Katrin Vogel",
     [("AB-2024-0733_PO_4500013020.eml", eml_bytes(mail(
         "Agnieszka Wisniewska <a.wisniewska@elektromontaz.pl>", "Katrin Vogel <k.vogel@feldwerk-robotics.de>",
         "AB/2024/0733 - Order acknowledgement PO 4500013020", "Tue, 18 Jun 2024 12:10:00 +0200", _c11_txt,
         attachments=[("AB-2024-0733.pdf", pdf([
             ("h1", "Order acknowledgement AB/2024/0733"),
             ("p", "ElektroMontaz Sp. z o.o. to Feldwerk Robotics GmbH, Garching. Your PO 4500013020 of 2024-06-14."),
             ("table", [["Pos.", "Part", "Description", "Qty", "Delivery"],
                        ["10", "FW-SB-031 rev D", "Sensor board PCBA, IPC-A-610 class 2, EVT samples", "25", "CW 28/2024"]]),
             ("p", "Scope as per PO: 25 pcs only. Remaining 975 pcs of offer OF/2024/0412 not released. Material "
                   "authority sample-only. Production release only in writing by Ms Katrin Vogel after EVT sign-off."),
         ], title="AB/2024/0733", author="ElektroMontaz"), PDF_MT)])))])

# ---------------------------------------------------------------- c12 full PO, identifiers that look like quantities (HTML)
case("c12_identifiers_full_po", [],
     "full-quantity PO for twelve (12) trays, no balance; PN 500-1000-20, DRG 3000 rev 12, ISO 9001:2015, M3x0.5, "
     "dock 4500 are identifiers",
     [("BA-PO-7712_portal.html", html_page("Purchase Order BA-PO-7712", """\
<h2>Brightline Autonomy Inc. &ndash; Purchase Order BA-PO-7712</h2>
<p>Supplier: Lvivprylad Engineering LLC, vul. Naukova 7a, Lviv 79060, Ukraine &middot; Supplier ID S-2024-118<br>
Ship to: Brightline Autonomy, 400 Summer St, Dock 4500, Boston, MA 02210, USA &middot; PO date 2024-06-03</p>
<table>
<tr><th>Line</th><th>Part number</th><th>Drawing</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
<tr><td>1</td><td>500-1000-20</td><td>DRG 3000 rev 12</td><td>Battery tray, 6061-T6 per AMS 4027, M3x0.5 helicoil inserts (x14), hard anodize MIL-A-8625 Type III</td><td>12</td><td>$96.00</td><td>$1,152.00</td></tr>
<tr><td>2</td><td>NRE-500-1000</td><td>&ndash;</td><td>CAM programming and fixture, one-off</td><td>1</td><td>$640.00</td><td>$640.00</td></tr>
</table>
<p><b>Total $1,792.00</b> &middot; Net 45 &middot; FCA Lviv, forwarder: Raben Ukraine</p>
<div class="note">
<p><b>Order note.</b> This PO is for twelve (12) trays, the complete quantity. There is no balance, option or follow-on
quantity under this PO. Please make all 12. Certificates: material cert EN 10204 3.1, CoC, first-article report.
Supplier quality system ISO 9001:2015 certificate copy to be on file before shipment.</p>
</div>
<p>Buyer: Rachel Kim, Hardware Operations &middot; rachel.kim@brightline-autonomy.com &middot; +1 617 555 0147</p>
"""))])

# ---------------------------------------------------------------- c13 Telegram, non-native, shorthand bal. 480 (TXT)
case("c13_telegram_bal_480", [],
     "chat: 20 pcs only, 'bal. 480 on hold, not released, no material', unlock DVT sign-off + written release (PO rev) from Park Ji-woo",
     [("telegram_haneul_jiayu_CF_arms.txt", """\
Telegram Desktop: chat export
Chat: Haneul x Jiayu CF arms
Exported: 14.06.2024 09:30

12.06.2024 09:48  Kevin Zhang
Good morning Ji-woo! PO HMO-24-0588 received, thank you 🙏

12.06.2024 10:02  Kevin Zhang
20pcs gimbal arm HM-ARM-07 rev B sample we start cutting tomorrow. For the 500pcs in quotation, you want we prepare the material also? Toray price go up next month

12.06.2024 10:15  Park Ji-woo
No please. Only 20 pcs now. bal. 480 on hold, not released, no material for it.

12.06.2024 10:16  Park Ji-woo
480 is released only after our DVT sign-off + written release from me (Park Ji-woo). Written = PO revision, not chat message 🙂

12.06.2024 10:20  Kevin Zhang
OK understand. 20 pcs only, 480 wait your PO revision after DVT sign-off.

12.06.2024 10:21  Kevin Zhang
Material price we keep 30 days for you no problem

12.06.2024 10:40  Park Ji-woo
thank you. samples to Daejeon by FedEx pls, address same as last time (R&D center 3F)

13.06.2024 18:05  Kevin Zhang
[photo] cutting finish, tomorrow CNC chamfer and inspection
""")])

# ---------------------------------------------------------------- c14 Notion-like build plan with phase table (DOCX)
case("c14_build_plan_phases", [],
     "build plan: EVT 10 released; DVT/PVT not released with gate + Priya named; MP labelled forecast only",
     [("Condor-X4_airframe_build_plan.docx", docx_bytes([
         ("h1", "Condor X4 airframe: build plan (supplier copy)"),
         ("p", "Owner: Ben Whitaker (mech) · Supply: Priya Natarajan · Supplier: Shenzhen Jiayu Composite · "
               "Last edited 2024-06-20"),
         ("p", "TL;DR for Jiayu: build the 10 EVT airframes on PO 4410-0251. Nothing else is released. DVT and PVT "
               "quantities below are not released; MP numbers are a forecast, not a commitment."),
         ("h", "Phases"),
         ("table", [["Phase", "Qty", "Status", "Gate to unlock", "Who releases"],
                    ["EVT", "10", "Released (PO 4410-0251)", "-", "-"],
                    ["DVT", "50", "NOT released, on hold", "EVT sign-off (Ben) + written release", "Priya Natarajan"],
                    ["PVT", "200", "NOT released, on hold", "DVT sign-off (Ben) + written release", "Priya Natarajan"],
                    ["MP", "2,000 / yr", "Forecast only, no commitment", "PVT sign-off + production PO", "Priya Natarajan"]]),
         ("h", "Material"),
         ("li", "Material authority: sample-only, 10 airframe sets. Do not pre-buy T700 for DVT/PVT."),
         ("li", "If prepreg lead time becomes a problem for DVT, ask Priya for a written material authority first."),
         ("h", "Why the rush"),
         ("p", "EVT birds need to fly before the 22 July investor demo. BOM freeze for DVT is planned for 5 August, "
               "after the EVT flight log review."),
         ("h", "Open points"),
         ("li", "ECO-031: arm root fillet R3 to R5 (affects DVT only)."),
         ("li", "Confirm matte vs gloss top sheet for the demo units."),
     ], author="Ben Whitaker"))])

# ---------------------------------------------------------------- c15 PO rev A + rev B superseding (multi-file)
_c15_revA = """\
BRIGHTLINE AUTONOMY INC.        PURCHASE ORDER BA-PO-7690   REV A     2024-05-27
400 Summer St, Boston MA 02210                              Buyer: Rachel Kim

VENDOR: LVIVPRYLAD ENGINEERING LLC, LVIV, UKRAINE

LINE  PART          REV  DESCRIPTION                          QTY  UOM  UNIT $   EXT $
----  ------------  ---  -----------------------------------  ---  ---  -------  -------
1     BA-BRK-LDR-3  B    LIDAR BRACKET, 6082-T6, SAMPLES      10   EA   58.00    580.00

SCOPE: SAMPLE LOT OF 10 EA ONLY. PRODUCTION QTY 390 EA (QUOTE LP-Q-0518) IS NOT
RELEASED AND IS ON HOLD. UNLOCK: SAMPLE SIGN-OFF BY MARCUS WEBB (MECH LEAD) AND A
WRITTEN PRODUCTION RELEASE SIGNED BY RACHEL KIM. MATERIAL: SAMPLE-ONLY.
"""
case("c15_po_revB_supersedes", [],
     "PO rev B explicitly supersedes rev A (10 -> 12 samples, rev A cancelled); both keep hold, event, named person",
     [("BA-PO-7690_revA.txt", _c15_revA),
      ("BA-PO-7690_revB.pdf", pdf([
          ("h1", "PURCHASE ORDER BA-PO-7690 REV B"),
          ("p", "Brightline Autonomy Inc., 400 Summer St, Boston MA 02210. Vendor: Lvivprylad Engineering LLC, Lviv. "
                "Date 2024-06-04. Buyer: Rachel Kim."),
          ("p", "REVISION NOTE: This revision replaces Rev A in full. Rev A (10 EA) is cancelled. Change: sample "
                "quantity increased from 10 EA to 12 EA (two extra brackets for the vibration table)."),
          ("table", [["Line", "Part", "Rev", "Description", "Qty", "UOM", "Unit $", "Ext $"],
                     ["1", "BA-BRK-LDR-3", "B", "LIDAR bracket, 6082-T6, samples", "12", "EA", "58.00", "696.00"]]),
          ("sp",),
          ("p", "Scope: sample lot of 12 EA only. Production quantity 388 EA (balance of quote LP-Q-0518, 400 EA total "
                "incl. samples) is not released and is on hold. Unlock: sample sign-off by Marcus Webb (Mech Lead) and a "
                "written production release signed by Rachel Kim. Material authority: sample-only (12 EA)."),
          ("p", "Signed: Rachel Kim, Hardware Operations, 2024-06-04"),
      ], pagesize=LETTER, title="BA-PO-7690 Rev B", author="Rachel Kim"))])

# ---------------------------------------------------------------- c16 scoped go-ahead in Slack (TXT)
case("c16_slack_scoped_go_ahead", [],
     "'Go ahead with the 8 golden units only'; 192 not released, no bar stock, Yael sign-off + written release from Omer",
     [("slack_corvid-lvivprylad_2024-06-26.txt", """\
# corvid-lvivprylad (Slack Connect) - export 2024-06-27
# members: Omer Katz, Yael Shapiro (Corvid Labs); Iryna Bondar, Oleksandr Kovalenko (Lvivprylad Engineering)

Iryna Bondar  [Jun 25 11:12]
Good day! First articles of the sensor head housing CL-HSG-05 rev C are measured. CMM report in thread 👇 All dims in tolerance, flatness on the datum A face 0.018 (spec 0.03)

Iryna Bondar  [Jun 25 11:13]
(attachment) CL-HSG-05_revC_FAI_CMM.pdf

Iryna Bondar  [Jun 25 11:20]
Sorry for the 1 day delay, we had power cuts on Monday, generator is ok now. Can we start?

Yael Shapiro  [Jun 25 12:02]
flatness looks great, thanks Iryna

Omer Katz  [Jun 25 12:31]
Go ahead with the 8 golden units only. That is the whole scope of PO CRV-PO-0402 for now.

Omer Katz  [Jun 25 12:33]
The 192 production housings from your quote LP-Q-0611 are not released - please don't start them and don't buy bar stock for them. They unlock after Yael signs off the golden units and I send a written production release (me = Omer Katz).

Iryna Bondar  [Jun 25 12:40]
Clear. 8 pcs only, 192 on hold until Yael's sign-off and your written release. Golden units ship by Nova Poshta Global on Friday

Oleksandr Kovalenko  [Jun 25 12:41]
👍
""")])

# ---------------------------------------------------------------- c17 interim disposition with limits (EML multipart)
_c17_txt = """\
Dear Vincent,

thank you for the 30 DVT samples of the gimbal cover HM-GMB-COV-02 rev B. Lee Seo-yeon's team finished the checks today.

Disposition: INTERIM.
- Finding: sink mark near boss #3 (0.08 mm), cosmetic side B only. Fit, drop test (1.2 m, 6 faces) and IP54 are OK.
- Production release under this interim: 100 pcs of the 2,000 pcs quoted in TM-Q-2405-112.
- Limit: valid until 31 July 2024 or until the T2 tool correction is done, whichever comes first.
- The balance of 1,900 pcs is NOT released. Please do not mould, buy resin or print labels for it.
- Full release needs: re-test sign-off by Lee Seo-yeon on T2 parts, then a written production release from me.

Please confirm the 100 pcs and the limit in your reply.

Best regards,
Park Ji-woo
""" + sig("Park Ji-woo", "Purchasing Manager", "Haneul Mobility Co., Ltd., Daejeon", "+82 42 555 0177")
_c17_html = "<pre style=\"font-family:Arial\">" + escape(_c17_txt) + "</pre>"
case("c17_interim_with_limits", [],
     "interim disposition with quantity and date limit: 100 of 2,000 released, 1,900 not released, re-test sign-off + "
     "written release by Park Ji-woo",
     [("HM-GMB-COV-02_DVT_samples.eml", eml_bytes(mail(
         "Park Ji-woo <jiwoo.park@haneulmobility.kr>", "Vincent Lin <vincent.lin@techmold.com.tw>",
         "[HM-GMB-COV-02 rev B] DVT sample disposition: INTERIM (100 pcs, until 31 Jul)",
         "Wed, 26 Jun 2024 18:30:00 +0900", _c17_txt, html=_c17_html,
         cc="Lee Seo-yeon <seoyeon.lee@haneulmobility.kr>")))])

# ---------------------------------------------------------------- c18 supplier portal status page (HTML)
case("c18_supplier_portal_status", [],
     "supplier portal: released 30, quoted production 600 shown as NOT RELEASED/on hold, material sample-only",
     [("portal_MMI_orden_BA-PO-7733.html", html_page("Portal de clientes - BA-PO-7733", """\
<h2>Monterrey Maquinados Industriales &ndash; Portal de clientes</h2>
<p>Customer: Brightline Autonomy Inc. &middot; Order: BA-PO-7733 &middot; Part: BA-GMB-210 rev A (gimbal yaw housing, 7075-T6)</p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Released quantity (customer PO)</td><td>30</td></tr>
<tr><td>Quoted production quantity (Q-MMI-2406-07)</td><td>600 &ndash; <b>NOT RELEASED, on hold</b> (awaiting customer written release)</td></tr>
<tr><td>Material authority</td><td>Sample-only (30 pcs)</td></tr>
<tr><td>Produced</td><td>30</td></tr>
<tr><td>Inspected (CMM)</td><td>30 / 30 OK</td></tr>
<tr><td>Shipped</td><td>0 &ndash; pickup UPS 2024-07-02</td></tr>
<tr><td>Next step</td><td>Customer sample sign-off, then written production release from the customer's release authority</td></tr>
</table>
<p class="note">Nuestro equipo no programa producci&oacute;n ni compra material para cantidades no liberadas. / We do not schedule
production or buy material for quantities that are not released.</p>
<p>Contacto: Sof&iacute;a Trevi&ntilde;o, Customer Service &middot; sofia.trevino@mmi-mx.com</p>
"""))])

# ---------------------------------------------------------------- c19 supplier asks for go-ahead (EML)
_c19_txt = """\
Hi Priya,

hope all good in Austin. Quick one:

Can we get the go-ahead to start the remaining 470 gimbal yokes (HAL-GMB-112 rev B)? We understand that today only
the 30 pcs of PO 4410-0263 are released and the 470 are on hold until your written release. We ask only because
our Haas UMC-750 is free in week 27 and after that it is booked until September.

If the answer is "not yet", no problem at all, we just give the machine time to another job.

Saludos,
Sofia
""" + sig("Sofia Trevino", "Customer Service / Servicio a Clientes", "Monterrey Maquinados Industriales S.A. de C.V.", "+52 81 5555 0190")
case("c19_supplier_asks_go_ahead", [],
     "supplier question asking for a go-ahead on the 470, restating that only 30 are released; no approval given",
     [("HAL-GMB-112_week27.eml", eml_bytes(mail(
         "Sofia Trevino <sofia.trevino@mmi-mx.com>", "Priya Natarajan <priya.natarajan@halcyonaerial.com>",
         "HAL-GMB-112 - capacity week 27, question", "Fri, 21 Jun 2024 13:05:00 -0600", _c19_txt)))])

# ---------------------------------------------------------------- c20 ERP full-quantity PO with delivery lots (TXT)
case("c20_erp_full_qty_lots", [],
     "full firm PO for 300 pcs released in full; three delivery lots only split shipments; no balance",
     [("BEST_4500013101.txt", """\
Feldwerk Robotics GmbH * Lichtenbergstr. 8 * 85748 Garching * Germany
-------------------------------------------------------------------------------
BESTELLUNG / PURCHASE ORDER         Nr./No.   4500013101       Datum 2024-06-17
                                    Einkaeufer: Felix Braun  Tel +49 89 5500 3144
Lieferant / Supplier: 700318
Lvivprylad Engineering LLC
vul. Naukova 7a, 79060 Lviv, UKRAINE

Pos  Material        Bezeichnung / Description            Menge    ME   Preis/EUR
---  --------------  -----------------------------------  -------  ---  ---------
10   FW-MM-210       Motorhalter / motor mount rev C       300,00  ST       18,40
                     AlMgSi1 (EN AW-6082 T6), eloxiert
                     Zeichnung FW-MM-210-Z rev C, DIN ISO 2768-mK

     Einteilungen / delivery schedule:
       2024-07-29      100,00 ST
       2024-08-26      100,00 ST
       2024-09-23      100,00 ST

Gesamtwert netto / total net:                                      EUR 5.520,00

Hinweis / Note:
  Festbestellung ueber die gesamte Menge von 300 ST, vollstaendig freigegeben.
  Firm order for the complete quantity of 300 pcs, released in full. There is no
  balance. The delivery schedule only splits the shipments; all three lots are
  part of this order.

Lieferbedingung: FCA Lviv (Incoterms 2020)   Zahlung: 30 Tage netto
Es gelten unsere Allgemeinen Einkaufsbedingungen / our general terms of purchase apply.
""")])

# ---------------------------------------------------------------- c21 forwarded investor-deadline thread, scoped (EML)
_c21_txt = """\
Kevin,

context below. The investor demo moved to June 20 and we need flying airframes there.

What we need from you:
- The 6 demo frames on PO SKV-PO-24-0241 (6 pcs SKV-FR-210 rev D) by June 14, air freight. Go full speed on those 6 only.
- The 294 production frames from your quote are still not released. The investor demo does not change that.
  They wait for DVT sign-off by Itai and a written production release from Noa Levi (COO).

If weekend work helps for the 6, do it and put the overtime on the invoice.

Ariel

---------- Forwarded message ---------
From: Ariel Ben-Ami <ariel@skyvane.io>
Date: Sun, 2 Jun 2024 at 21:40
Subject: Re: Demo day logistics
To: Noa Levi <noa@skyvane.io>, Itai Bar <itai@skyvane.io>

We need at least 4 birds in the air on the 20th, 6 frames gives us 2 spares. Can Jiayu do it?

> On Sun, 2 Jun 2024 at 18:02, Dana Meir <dana@northgate-vc.com> wrote:
> Hi Ariel, great news on the fleet LOI. For the June 20 session the partners would love to see the units fly
> rather than the video. Hangar at Sde Dov or your site, your call.
> Dana
""" + sig("Ariel Ben-Ami", "CEO & Co-founder", "Skyvane Robotics Ltd.", "+972 3 555 0161")
case("c21_forwarded_investor_thread_scoped", [],
     "founder forwards investor-deadline thread; 'go full speed on those 6 only', 294 not released, DVT sign-off + "
     "written release by Noa Levi",
     [("Fwd_Demo_day_logistics.eml", eml_bytes(mail(
         "Ariel Ben-Ami <ariel@skyvane.io>", "Kevin Zhang <kevin.zhang@jiayu-composite.cn>",
         "Fwd: Demo day logistics - 6 demo frames by June 14", "Mon, 3 Jun 2024 07:55:00 +0300", _c21_txt,
         cc="Noa Levi <noa@skyvane.io>, Itai Bar <itai@skyvane.io>")))])

# ---------------------------------------------------------------- c22 PO with table, production line labelled (DOCX)
case("c22_docx_po_production_row_labelled", [],
     "DOCX PO: 6 sample packs active; production row 400 labelled not released/information only; UN38.3 + DVT sign-off, "
     "Park Ji-woo releases",
     [("PO_HMO-24-0602_battery.docx", docx_bytes([
         ("h1", "Purchase Order HMO-24-0602"),
         ("p", "Haneul Mobility Co., Ltd., 45 Gajeong-ro, Yuseong-gu, Daejeon 34129, Korea"),
         ("p", "Supplier: Ningbo Ruifeng Battery Technology Co., Ltd. | Date: 2024-06-07 | Currency: USD | Incoterm: FCA Ningbo"),
         ("table", [["Line", "Part", "Description", "Qty", "Scope", "Status", "Unit price"],
                    ["10", "HM-BAT-6S-16", "Li-ion pack 6S4P 22.2 V 16 Ah, XT90, smart BMS", "6", "Sample",
                     "Active", "USD 138.00"],
                    ["20", "HM-BAT-6S-16", "Same as line 10", "400", "Production",
                     "NOT RELEASED - information only, on hold", "USD 71.50"]]),
         ("sp",),
         ("p", "Active quantity: six (6) sample packs, line 10 only."),
         ("p", "Line 20 shows the quoted production quantity for information. It is not released and is on hold. "
               "Unlock: UN38.3 test pass and DVT sign-off by Lee Seo-yeon (Hardware Lead), then a written production "
               "release by Park Ji-woo (Purchasing Manager)."),
         ("p", "Material authority: sample-only (6 packs). Cell type: Molicel P45B, 24 cells per pack."),
         ("p", "Shipping: UN3480, PI965 section IA, SoC 30% or below. Attach the UN38.3 test summary."),
         ("p", "Park Ji-woo, Purchasing Manager, jiwoo.park@haneulmobility.kr"),
     ], author="Park Ji-woo"))])

# ---------------------------------------------------------------- c23 ECO notice, no change to released qty (PDF)
case("c23_eco_no_qty_change", [],
     "ECO notice: rev C -> D, active stays 12 DVT pcs, 188 not released, DVT sign-off by Mart Kask + written release by "
     "Kadri Lepp; ECO wording kept apart from release",
     [("ECO-0412_NP-BRK-015.pdf", pdf([
         ("h1", "Engineering Change Order ECO-0412"),
         ("p", "Nordpulse Robotics OU, Tartu. Part: NP-BRK-015 sensor mast bracket. Change: rev C to rev D. "
               "Effective date: 2024-06-20. CCB sign-off: Mart Kask (Hardware Lead), 2024-06-19."),
         ("table", [["Item", "Rev C", "Rev D", "Reason"],
                    ["Hole 4x", "dia 5.5", "dia 6.4", "M6 instead of M5 for the new LIDAR mount"],
                    ["Edge break", "0.3 x 45", "0.5 x 45", "Handling"],
                    ["Finish", "Alodine 1200", "Alodine 1200", "no change"]]),
         ("sp",),
         ("h", "Effect on open orders (supplier: Lvivprylad Engineering LLC)"),
         ("p", "PO NP-PO-2024-014: no change to quantities. The active quantity remains 12 pcs (DVT), now to be made "
               "at rev D. The remaining 188 pcs of quote LP-Q-0602 remain not released and on hold until DVT sign-off "
               "by Mart Kask and a written production release from Kadri Lepp (Supply Manager)."),
         ("p", "Rev C parts already machined: keep, mark 'REV C - DO NOT SHIP', we will decide on rework."),
         ("p", "Issued by: Kadri Lepp, Supply Manager, kadri.lepp@nordpulse.ee"),
     ], title="ECO-0412", author="Kadri Lepp"))])

# ---------------------------------------------------------------- c24 stop notice with TXT attachment (EML)
_c24_att = """\
STOP NOTICE SN-2024-007
Korge Dynamics OU, Tallinn   ->   Taichung TechMold Co., Ltd.
Order: KD-ENC-300 rev D top shell, PO KD-2024-0131
Issued: 2024-07-02 11:00 EEST by Liis Saar, COO

1. Effective immediately nothing more may start on this order.
2. Pilot lot: 40 pcs were released. 22 are moulded. The other 18 must NOT be moulded
   while this stop is in force. Active quantity during the stop: none.
3. The 460 pcs balance was never released and stays on hold.
4. Lifting the stop: after the root cause of the latch crack is closed (8D sign-off
   by Mart Kask), Liis Saar lifts the stop in writing. Only Liis Saar can lift it.
5. Keep the 22 moulded parts quarantined, tagged SN-2024-007.
"""
_c24_txt = """\
Vincent,

we found cracks at the snap latch on 3 of the first pilot shells in the drop test this morning. Stop notice attached
and summarised here so nothing gets lost in translation:

- Stop everything on KD-ENC-300 rev D, effective now. Do not mould the remaining 18 of the 40-piece pilot lot.
- The 460 balance was never released and stays on hold.
- I will lift the stop in writing once Mart has signed off the 8D on the latch crack. Only I can lift it.

Sorry for the disruption. Can we have a call tomorrow 09:00 Taipei about gate location vs. weld line?

Liis
""" + sig("Liis Saar", "COO", "Korge Dynamics OU, Tallinn", "+372 5555 0142")
case("c24_stop_notice", [],
     "stop notice: nothing more may start, 18 remaining of released 40 stopped, 460 on hold, lift after 8D sign-off, "
     "only Liis Saar",
     [("KD-ENC-300_SN-2024-007.eml", eml_bytes(mail(
         "Liis Saar <liis.saar@korge.ee>", "Vincent Lin <vincent.lin@techmold.com.tw>",
         "STOP - KD-ENC-300 rev D - SN-2024-007", "Tue, 2 Jul 2024 11:05:00 +0300", _c24_txt,
         cc="Mart Kask <mart.kask@korge.ee>",
         attachments=[("SN-2024-007.txt", _c24_att, "text/plain")])))])

# ---------------------------------------------------------------- c25 supplier quote asking for material authority (DOCX)
case("c25_supplier_quote_material_question", [],
     "supplier quote (EVT/pilot/MP tiers) saying it will pre-buy long-lead MCUs only against a written material authority",
     [("AT-Q-2406-31_SKV-ESC-4in1.docx", docx_bytes([
         ("h1", "Quotation AT-Q-2406-31"),
         ("p", "ArrayTek Electronics Co., Ltd. | No. 12, Lane 5, Gongye E. 9th Rd, Hsinchu Science Park 300, Taiwan"),
         ("p", "Customer: Skyvane Robotics Ltd. | Attn: Itai Bar | Date: 2024-06-19 | Valid 45 days"),
         ("p", "Product: SKV-ESC-4IN1 rev A, 4-in-1 ESC 60 A, 6-layer 2 oz, BOM rev 0.9 (42 lines)"),
         ("table", [["Tier", "Qty", "Unit price USD", "Lead time", "Remark"],
                    ["EVT", "30", "48.00", "4 weeks", "incl. stencil, X-ray on first 5"],
                    ["Pilot", "300", "26.50", "8 weeks", "ICT fixture NRE USD 2,800"],
                    ["MP", "3,000", "19.90", "12 weeks", "price valid with BOM freeze"]]),
         ("sp",),
         ("h", "Long-lead parts"),
         ("p", "STM32G071 MCU and the AON7534 MOSFETs are on allocation, 20-26 weeks. If you want us to pre-buy them for "
               "the pilot or MP quantities, we need a written material authority from you stating the quantity and "
               "that the parts are at your liability. Without it we buy for the 30 EVT boards only."),
         ("h", "Notes"),
         ("li", "This quotation is not an order acknowledgement."),
         ("li", "Prices FOB Taipei, payment 30 days after invoice for EVT; pilot and MP terms to be agreed."),
         ("li", "IPC-A-610 class 2, J-STD-001, conformal coat optional (USD 1.20 / board)."),
         ("p", "Grace Huang, Sales Manager, grace.huang@arraytek.com.tw, +886 3 578 0231"),
     ], author="Grace Huang"))])


# =================================================================== WITH RISKS

# ---------------------------------------------------------------- p01 sample PO with quote table, nothing on balance (PDF)
case("p01_po_quote_table_no_hold", ["RG001", "RG003", "RG004", "RG005"],
     "EVT PO for 10 frames reprints the quote with the 500 pcs production tier; nothing says the 500 is not released, "
     "no unlock event, no release person",
     [("PO_SKV-PO-24-0198.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Skyvane Robotics Ltd. | 12 HaBarzel St, Tel Aviv 6971005, Israel | VAT 516 203 884 | ap@skyvane.io"),
         ("p", "PO number: SKV-PO-24-0198    Date: 2024-05-22    Payment: Net 30 after delivery    Incoterm: DAP Tel Aviv"),
         ("p", "Supplier: Shenzhen Jiayu Composite Technology Co., Ltd., Bldg 7, Fuyong Industrial Park, Bao'an, Shenzhen"),
         ("table", [["Line", "Item", "Rev", "Description", "Qty", "Unit USD", "Total USD"],
                    ["1", "SKV-FR-210", "C", "Main frame, carbon T700 3K, EVT build", "10", "38.50", "385.00"],
                    ["2", "FRT", "-", "DHL Express freight", "1", "62.00", "62.00"]]),
         ("sp",),
         ("h", "Quotation reference JY-Q240522-01"),
         ("table", [["Tier", "Qty", "Unit USD", "Lead time"],
                    ["Sample", "10", "38.50", "12 days"],
                    ["Production", "500", "17.90", "25 days"]]),
         ("sp",),
         ("h", "Notes"),
         ("p", "Please include a CoC and the thickness measurement of 3 plates per sheet. Mark each frame with the "
               "part number and a serial starting SKV-E-001. Ship with DHL Express, account 95 1234 567."),
         ("p", "Invoice to ap@skyvane.io quoting the PO number, otherwise our system rejects it."),
         ("sp",),
         ("p", "Issued by: Maya Peretz, Procurement, maya@skyvane.io"),
     ], title="PO SKV-PO-24-0198", author="Maya Peretz"))])

# ---------------------------------------------------------------- p02 PO email + quote PDF attached (EML multipart + PDF)
_p02_txt = """\
Hi Alejandro,

PO 4410-0229 is in Coupa. It's for 16 pcs of the gimbal yoke HAL-GMB-112 rev A for our EVT birds.
I attached your quote Q-MMI-2405-21 so the pricing is on file with the PO: 16 pcs @ $84.00 and 800 pcs @ $31.50.

Need the 16 by June 28, we fly EVT on July 2. Anodize black Type II, no logo, and please bag them individually,
the last batch had rub marks on the bearing bore.

Thanks a lot!
Priya
""" + sig("Priya Natarajan", "Supply Chain Lead", "Halcyon Aerial Inc., Austin TX", "+1 512 555 0133")
_p02_html = """\
<p>Hi Alejandro,</p>
<p>PO <b>4410-0229</b> is in Coupa. It's for 16 pcs of the gimbal yoke HAL-GMB-112 rev A for our EVT birds.<br>
I attached your quote Q-MMI-2405-21 so the pricing is on file with the PO: 16 pcs @ $84.00 and 800 pcs @ $31.50.</p>
<p>Need the 16 by June 28, we fly EVT on July 2. Anodize black Type II, no logo, and please bag them individually,
the last batch had rub marks on the bearing bore.</p>
<p>Thanks a lot!<br>Priya</p>
<p style="color:#777">Priya Natarajan &middot; Supply Chain Lead &middot; Halcyon Aerial Inc., Austin TX &middot; +1 512 555 0133</p>
"""
case("p02_po_mail_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "PO mail for 16 EVT yokes attaches and repeats the quote's 800 pcs tier; nothing on balance, unlock or release person",
     [("PO_4410-0229_gimbal_yoke.eml", eml_bytes(mail(
         "Priya Natarajan <priya.natarajan@halcyonaerial.com>", "Alejandro Garza <agarza@mmi-mx.com>",
         "PO 4410-0229 - HAL-GMB-112 rev A gimbal yoke (EVT)", "Tue, 11 Jun 2024 10:12:00 -0500", _p02_txt,
         html=_p02_html,
         attachments=[("Q-MMI-2405-21.pdf", pdf([
             ("h1", "COTIZACION / QUOTATION Q-MMI-2405-21"),
             ("p", "Monterrey Maquinados Industriales S.A. de C.V. to Halcyon Aerial Inc. Date 2024-05-29. Validity 30 days."),
             ("table", [["Part", "Description", "Qty", "Unit USD", "Lead time"],
                        ["HAL-GMB-112 rev A", "Gimbal yoke 6061-T6, anodize black", "16", "84.00", "2 weeks"],
                        ["HAL-GMB-112 rev A", "Gimbal yoke 6061-T6, anodize black", "800", "31.50", "5 weeks"]]),
             ("p", "Prices DAP Austin. Tooling and programming included. Material cert 3.1 included."),
             ("p", "Alejandro Garza, Director Comercial"),
         ], title="Q-MMI-2405-21", author="Alejandro Garza"), PDF_MT)])))])

# ---------------------------------------------------------------- p03 buyer portal PO with framework qty column (HTML)
case("p03_portal_po_rahmenmenge", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 24 sample motor mounts shows 'Rahmenmenge 1.200 ST' beside it; no hold, no unlock event, no person",
     [("Bestellung_4500012990.html", html_page("Bestellung 4500012990", """\
<h2>Feldwerk Robotics GmbH &ndash; Lieferantenportal</h2>
<h3>Bestellung / Purchase order 4500012990</h3>
<p>Lieferant / supplier: Lvivprylad Engineering LLC (700318) &middot; Datum 2024-05-30 &middot; Einkaeufer: Felix Braun</p>
<table>
<tr><th>Pos</th><th>Material</th><th>Bezeichnung</th><th>Bestellmenge</th><th>Rahmenmenge</th><th>ME</th><th>Preis EUR</th><th>Liefertermin</th></tr>
<tr><td>10</td><td>FW-MM-210</td><td>Motorhalter rev B, Muster / motor mount rev B, samples</td><td>24</td><td>1.200</td><td>ST</td><td>41,00</td><td>2024-06-28</td></tr>
</table>
<p>Zeichnung FW-MM-210-Z rev B, Allgemeintoleranz DIN ISO 2768-mK, Werkstoff EN AW-6082 T6, eloxiert E6/EV1.</p>
<p>Bitte senden Sie uns die Auftragsbestaetigung innerhalb von 3 Arbeitstagen. / Please send your order
acknowledgement within 3 working days.</p>
<p>Lieferung: FCA Lviv, Spedition Raben. Erstmusterpruefbericht (EMPB nach VDA 2) mit der Lieferung.</p>
<p style="font-size:11px;color:#666">Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2023).</p>
"""))])

# ---------------------------------------------------------------- p04 Telegram: 8 samples, quote 1,500 "price ok" (TXT)
case("p04_telegram_sample_quote_price_ok", ["RG001", "RG003", "RG004", "RG005"],
     "buyer orders 8 T1 sample housings and says the 1,500 pcs quote price is ok beside it; nothing on hold, event or person",
     [("telegram_haneul_techmold.txt", """\
Telegram Desktop: chat export
Chat: Haneul / TechMold gimbal housing
Exported: 05.06.2024 22:10

04.06.2024 09:12  Vincent Lin
Dear Ji-woo, T1 tool trial is planned 18 June. How many sample you need? quotation TM-Q-2405-118 attached yesterday

04.06.2024 10:31  Park Ji-woo
Hi Vincent. PO HMO-24-0571 sent by email just now. 8 pcs sample gimbal housing HM-GMB-HSG-01 rev A, T1

04.06.2024 10:32  Park Ji-woo
Your quote 1,500 pcs @ USD 3.10 is ok for us 👍 good price, thank you

04.06.2024 10:34  Park Ji-woo
8 pcs we need by 5 July for drop test in Daejeon. Colour black RAL 9005, texture MT-11010

04.06.2024 10:40  Vincent Lin
Noted with thanks. 8 pcs T1 ship after tool trial, about 25 June

04.06.2024 10:41  Vincent Lin
Resin PC/ABS Covestro Bayblend T85 XF same as quotation

04.06.2024 11:02  Park Ji-woo
ok 👌
""")])

# ---------------------------------------------------------------- p05 DOCX PO with quote reference table (DOCX)
case("p05_docx_po_quote_reference", ["RG001", "RG003", "RG004", "RG005"],
     "DOCX PO for 6 sample packs with a 'quote reference' table showing 400 production packs; nothing says not released, "
     "no unlock event, no person",
     [("PO_BA-PO-7705.docx", docx_bytes([
         ("h1", "Purchase Order BA-PO-7705"),
         ("p", "Brightline Autonomy Inc., 400 Summer St, Boston, MA 02210, USA"),
         ("p", "Vendor: Ningbo Ruifeng Battery Technology Co., Ltd. | PO date: 2024-06-12 | Terms: Net 30 | FCA Ningbo"),
         ("table", [["Line", "Part", "Description", "Qty", "Unit", "Unit price", "Amount"],
                    ["1", "BA-BAT-4S-10 rev B", "Li-ion pack 4S3P 14.4 V 10 Ah, sample packs for UN38.3 and fit",
                     "6", "EA", "$145.00", "$870.00"]]),
         ("sp",),
         ("h", "Quote reference RF-Q-24-0488"),
         ("table", [["", "Qty", "Unit price"],
                    ["Sample packs", "6", "$145.00"],
                    ["Production packs", "400", "$62.00"]]),
         ("sp",),
         ("p", "Cells: Samsung 35E, 12 per pack, matched within 10 mV. Connector XT60 + JST-GH 6-pin for SMBus."),
         ("p", "Ship with UN38.3 test summary and MSDS. Label per IATA PI965."),
         ("p", "Buyer: Rachel Kim, Hardware Operations, rachel.kim@brightline-autonomy.com"),
     ], author="Rachel Kim"))])

# ---------------------------------------------------------------- p06 bare ERP sample PO (TXT)
case("p06_erp_bare_sample_po", ["RG003", "RG004", "RG005"],
     "ERP PO for twelve (12) EVT PCBA samples; says nothing about any further quantity, hold, unlock event or release person",
     [("PO_KD-2024-0139.txt", """\
================================================================================
 KORGE DYNAMICS OU                                        PURCHASE ORDER
 Telliskivi 60a/3, 10412 Tallinn, Estonia                 KD-2024-0139
 Reg. 16412345  VAT EE102998877                           Date 2024-05-28
================================================================================
 Supplier   : ElektroMontaz Sp. z o.o.                    Supplier no. 20071
              ul. Krakowska 141, 50-428 Wroclaw, PL
 Contact    : Piotr Nowak
 Delivery   : DAP Tallinn, Telliskivi 60a/3, gate B
 Payment    : 30 days net
--------------------------------------------------------------------------------
 POS ITEM             REV DESCRIPTION                        QTY UOM   PRICE EUR
 --- ---------------- --- ---------------------------------- --- --- -----------
 001 KD-MB-110        C   MAINBOARD PCBA, EVT SAMPLES         12  PC       186,00
 002 KD-MB-110-STN    -   STENCIL 120UM, ONE-OFF               1  PC       145,00
 003 KD-MB-110-PRG    -   PROGRAMMING + ICT FIXTURE            1  LOT      690,00
--------------------------------------------------------------------------------
                                                     TOTAL NET EUR    3.067,00
 REMARKS:
   TWELVE (12) BOARDS. IPC-A-610 CLASS 2. FLASH BOOTLOADER BL 1.4.2 ONLY.
   X-RAY REPORT FOR U1 (BGA) ON ALL BOARDS. ESD PACKAGING, ONE BOARD PER BAG.
   DELIVERY WEEK 25/2024.
--------------------------------------------------------------------------------
 Buyer: Liis Saar                                  Page 1 of 1
================================================================================
""")])

# ---------------------------------------------------------------- p07 founder mail, golden units PO, deposit = signal (EML + PDF)
_p07_txt = """\
Hi Oleksandr,

PO CRV-PO-0415 attached: 5 golden units of the carbon sensor mast CL-MST-03 rev A.

The 50% deposit went out from Leumi this morning. Once it lands, that's your signal to start the layup.
Ping me if the bank asks for anything, they sometimes want the invoice again.

Thanks, and stay safe.
Yael
""" + sig("Yael Shapiro", "CEO & Co-founder", "Corvid Labs Ltd., MATAM Park, Haifa", "+972 4 555 0102")
case("p07_golden_units_deposit_signal", ["RG003", "RG004", "RG005", "RG012"],
     "golden-unit PO for 5 with nothing about the rest; deposit landing is named as the signal to start",
     [("CRV-PO-0415_golden_units.eml", eml_bytes(mail(
         "Yael Shapiro <yael@corvidlabs.io>", "Oleksandr Kovalenko <o.kovalenko@kompozytpro.com.ua>",
         "PO CRV-PO-0415 - CL-MST-03 golden units", "Wed, 19 Jun 2024 09:20:00 +0300", _p07_txt,
         attachments=[("CRV-PO-0415.pdf", pdf([
             ("h1", "PURCHASE ORDER CRV-PO-0415"),
             ("p", "Corvid Labs Ltd., MATAM Park Bldg 23, Haifa 3508409, Israel. Date 2024-06-18."),
             ("p", "Supplier: KompozytPro LLC, Dnipro, Ukraine."),
             ("table", [["Line", "Part", "Description", "Qty", "Unit EUR", "Total EUR"],
                        ["1", "CL-MST-03 rev A", "Carbon sensor mast, 800 mm, roll-wrapped, golden units", "5", "210.00", "1,050.00"]]),
             ("p", "Payment: 50% deposit, 50% before shipment. Delivery: DAP Haifa."),
         ], title="CRV-PO-0415", author="Yael Shapiro"), PDF_MT)])))])

# ---------------------------------------------------------------- p08 hold until further notice (EML + HTML attachment)
_p08_txt = """\
Kevin,

PO SKV-PO-24-0260 attached (portal printout).

Scope: 30 pcs SKV-FR-220 rev A arm plates, DVT build. That's all that is active.
The balance of 470 pcs from your quote is on hold until further notice. It is not released, please don't start it.
I'm the only one who can release it (Noa Levi, COO); anything from anyone else on our side is not a release.

Ship the 30 together with the DVT frames if you can, saves us one customs clearance.

Noa
""" + sig("Noa Levi", "COO", "Skyvane Robotics Ltd.", "+972 3 555 0162")
case("p08_hold_until_further_notice", ["RG004"],
     "30 DVT active, balance 470 'on hold until further notice', Noa Levi sole release authority, but no unlock event",
     [("SKV-PO-24-0260_arm_plates.eml", eml_bytes(mail(
         "Noa Levi <noa@skyvane.io>", "Kevin Zhang <kevin.zhang@jiayu-composite.cn>",
         "PO SKV-PO-24-0260 - SKV-FR-220 rev A arm plates (DVT)", "Sun, 16 Jun 2024 10:02:00 +0300", _p08_txt,
         attachments=[("SKV-PO-24-0260.html", html_page("SKV-PO-24-0260", """\
<h2>Skyvane Robotics &ndash; Purchase order SKV-PO-24-0260</h2>
<p>Supplier: Shenzhen Jiayu Composite Technology Co., Ltd. &middot; Date 2024-06-16 &middot; Currency USD</p>
<table><tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit</th><th>Total</th></tr>
<tr><td>1</td><td>SKV-FR-220 rev A</td><td>Arm plate, T700 3K, 3.0 mm, DVT</td><td>30</td><td>$12.40</td><td>$372.00</td></tr></table>
<p class="note">Balance of 470 pcs: on hold until further notice. Not released.</p>
"""), "text/html")])))])

# ---------------------------------------------------------------- p09 sole discretion, no event (PDF)
case("p09_po_sole_discretion", ["RG004"],
     "40 pilot tubes active, 760 not released; release 'at the sole discretion of Katrin Vogel' names no unlock event",
     [("Bestellung_4500013055.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 4500013055"),
         ("p", "Feldwerk Robotics GmbH, Lichtenbergstr. 8, 85748 Garching. Datum 2024-06-10. Einkauf: Katrin Vogel."),
         ("p", "Lieferant / supplier: Gdansk CompoTech Sp. z o.o., ul. Trzy Lipy 3, 80-172 Gdansk, Poland."),
         ("table", [["Pos", "Material", "Bezeichnung / description", "Menge", "ME", "Preis EUR"],
                    ["10", "FW-TUB-020", "CFK-Rohr 25x23 mm, 1.200 mm lang / CF tube, pilot lot, rev A", "40", "ST", "27,50"]]),
         ("sp",),
         ("p", "Menge / quantity: vierzig (40) Stueck, Pilotlos. This is the only active quantity."),
         ("p", "Die restlichen 760 ST aus Angebot OF-GC-2406-07 sind gesperrt. The remaining 760 pcs of offer "
               "OF-GC-2406-07 are not released. Release of the remaining quantity is at the sole discretion of Katrin "
               "Vogel, Head of Procurement. No other person at Feldwerk can release it."),
         ("p", "Lieferbedingung FCA Gdansk. Zahlung 30 Tage netto. Pruefzeugnis 3.1 nach EN 10204 fuer die Faser."),
     ], title="Bestellung 4500013055", author="Katrin Vogel"))])

# ---------------------------------------------------------------- p10 build plan, release by unnamed ops team (DOCX)
case("p10_build_plan_ops_team", ["RG005"],
     "build plan: EVT 15 sets active, DVT/MP not released until DVT gate review + written release 'from Korge operations'; "
     "no named person",
     [("R3_drivetrain_build_plan.docx", docx_bytes([
         ("h1", "R3 drivetrain: motor mount build plan"),
         ("p", "Page owner: Mart Kask (HW lead) · Supplier: Dongguan Hengtai Precision · Updated 2024-06-21"),
         ("p", "Status: EVT in progress. This page is shared with Hengtai so everybody reads the same plan."),
         ("h", "Quantities"),
         ("table", [["Phase", "Sets", "Status", "Unlock"],
                    ["EVT", "15", "Active (PO KD-2024-0150)", "-"],
                    ["DVT", "60", "Not released, on hold", "DVT gate review pass + written release"],
                    ["MP", "600", "Not released, on hold", "DVT sign-off + written release"]]),
         ("p", "Active now: 15 motor-mount sets (4 mounts + 1 crossbar per set) for EVT. DVT and MP quantities are not "
               "released. They unlock after the DVT gate review has passed and a written release from Korge operations "
               "reaches Hengtai."),
         ("h", "Engineering notes"),
         ("li", "Bearing seat H7, check with plug gauge on 100% of EVT parts."),
         ("li", "Anodize thickness 10-15 um; the EVT sets go on the Tallinn test robots, salt-spray later."),
         ("li", "ECO-044 (crossbar slot length) lands in DVT, not EVT."),
         ("h", "Dates"),
         ("li", "EVT sets at Telliskivi: week 28"),
         ("li", "DVT gate review: week 33"),
     ], author="Mart Kask"))])

# ---------------------------------------------------------------- p11 German "Freigabe": sample release vs production release (EML)
_p11_txt = """\
Dear Mr. Garza,

good news: the sample release for the 10 gearbox brackets FW-GB-015 rev C is done. Our quality department released
the samples yesterday after the measurement (all 38 features OK, report attached in our portal).

What this means for you:
- Active quantity: the 10 samples only. Please finish their paperwork (3.1 cert, CoC) and ship.
- Production release for the remaining 490 pcs is not given yet. They stay blocked until the field test in Straubing is
  passed and the production release comes in writing from our purchasing department.

Please do not schedule the 490 pcs before that.

Mit freundlichen Gruessen / kind regards
Felix Braun
""" + sig("Felix Braun", "Supply Chain", "Feldwerk Robotics GmbH, Garching", "+49 89 5500 3144")
case("p11_freigabe_sample_release", ["RG005", "RG009"],
     "'release' used for the sample (technical) and for production; 490 blocked until field test + written release from "
     "'our purchasing department' (no named person)",
     [("FW-GB-015_revC_samples.eml", eml_bytes(mail(
         "Felix Braun <f.braun@feldwerk-robotics.de>", "Alejandro Garza <agarza@mmi-mx.com>",
         "FW-GB-015 rev C - sample release / Musterfreigabe", "Fri, 14 Jun 2024 15:48:00 +0200", _p11_txt)))])

# ---------------------------------------------------------------- p12 ERP call-off, balance pending call-off from buyer (TXT)
case("p12_erp_calloff_unnamed_buyer", ["RG005"],
     "call-off releases 100, BAL 900 on hold pending next call-off 'from buyer'; no named release person",
     [("RELEASE_001_BA-BPO-2024-03.txt", """\
BRIGHTLINE AUTONOMY INC                                   BLANKET RELEASE
400 SUMMER ST  BOSTON MA 02210                            RELEASE NO : 001
                                                          BLANKET PO : BA-BPO-2024-03
                                                          DATE       : 06/24/2024
VENDOR  : TIJUANA ENSAMBLES ELECTRONICOS S DE RL DE CV     VENDOR NO  : 30419
          BLVD AGUA CALIENTE 10440, TIJUANA BC, MX        PURCH GRP  : P07
SHIP TO : BRIGHTLINE AUTONOMY - DOCK 2, BOSTON MA

ITEM  PART NUMBER      REV  DESCRIPTION                      REL QTY  UM  DUE DATE
----  ---------------  ---  ------------------------------   -------  --  ----------
0001  BA-PCB-220       B    SENSOR HUB PCBA, PILOT               100  EA  07/26/2024

BLANKET QTY (QUOTE TEE-Q-24-061) ...........   1,000 EA
RELEASED THIS RELEASE ......................     100 EA
BAL 900 ON HOLD - NOT RELEASED - PENDING NEXT CALL-OFF FROM BUYER.
NO MATERIAL OR BUILD FOR BALANCE.

NOTES: IPC-A-610 CL 2. CONFORMAL COAT PER DWG NOTE 7 (HUMISEAL 1B31).
       100% FUNCTIONAL TEST, LOG FILES BY SERIAL TO SFTP.
       PACK 25/ESD TRAY, 4 TRAYS/BOX.
""")])

# ---------------------------------------------------------------- p13 pilot authorization letter without quantity (PDF)
case("p13_pilot_letter_no_qty", ["RG005", "RG010"],
     "letter 'please build the pilot lot' names no pilot quantity; volume on hold until pilot sign-off + written release "
     "'from Corvid Labs' (no named person)",
     [("Corvid_CL-SNS-04_letter.pdf", pdf([
         ("h1", "Pilot build authorization"),
         ("p", "Corvid Labs Ltd., MATAM Park Bldg 23, Haifa 3508409, Israel"),
         ("p", "To: ArrayTek Electronics Co., Ltd., Hsinchu Science Park, Taiwan. Attn: Grace Huang, Sales Manager"),
         ("p", "Date: 2 July 2024    Ref: CL-SNS-04 rev B sensor front-end PCBA, quote AT-Q-2405-77"),
         ("sp",),
         ("p", "Dear Ms Huang,"),
         ("p", "following the successful EVT review on 27 June, please build the pilot lot of the CL-SNS-04 sensor "
               "front-end PCBA as per our previous discussions. Use BOM rev 1.3 and the updated pick-and-place file "
               "(shield can J5 rotated 90 degrees)."),
         ("p", "Volume production remains on hold and is not released. It will be released only after pilot sign-off and "
               "a written production release from Corvid Labs."),
         ("p", "Please confirm the pilot ship date and the test coverage (flying probe or ICT) by return mail."),
         ("sp",),
         ("p", "Kind regards,"),
         ("p", "Corvid Labs Ltd. | Procurement | procurement@corvidlabs.io"),
     ], title="Pilot build authorization CL-SNS-04", author="Corvid Labs Procurement"))])

# ---------------------------------------------------------------- p14 supplier brief without DVT qty or event (DOCX)
case("p14_dvt_brief_no_qty_no_event", ["RG004", "RG010"],
     "DVT brief: 'build the DVT units as discussed' (no quantity); MP on hold, Noa Levi decides if and when (no event)",
     [("SKV-ESC-4IN1_DVT_supplier_brief.docx", docx_bytes([
         ("h1", "Supplier brief: SKV-ESC-4IN1 DVT build"),
         ("p", "From: Skyvane Robotics (Itai Bar, Hardware Lead) · To: ArrayTek Electronics (Grace Huang) · 2024-07-04"),
         ("h", "What to build"),
         ("p", "Build the DVT units as discussed on Tuesday's call, to BOM rev 1.0 and Gerber rev B. The MP volume "
               "remains on hold and is not released. Noa Levi (COO) decides if and when MP is released."),
         ("h", "Build requirements"),
         ("table", [["Item", "Requirement"],
                    ["PCB", "6-layer, 2 oz outer / 2 oz inner, Tg170, ENIG"],
                    ["Stencil", "100 um, step-up 150 um at the XT30 pads"],
                    ["Test", "100% functional on the ArrayTek bench, log per serial"],
                    ["Coating", "Conformal coat both sides, mask connectors J1-J4"],
                    ["Firmware", "AM32 v2.16, flash via SWD pads TP1/TP2"],
                    ["Packaging", "ESD bag, foam, label with serial and FW version"]]),
         ("h", "Open questions for ArrayTek"),
         ("li", "Can you X-ray the QFN MOSFETs on every board, or sample-based?"),
         ("li", "Confirm the AON7534 lot is the same as EVT."),
     ], author="Itai Bar"))])

# ---------------------------------------------------------------- p15 portal thread, "Green light - go", no quantity (HTML)
case("p15_portal_green_light_no_qty", ["RG002", "RG010"],
     "'Green light - go. Rev C it is.' names neither sample-only nor a quantity, and no active quantity anywhere; MP on hold until PVT "
     "sign-off + Jordan's written release",
     [("halcyon_supplier_messages_HAL-CAM-09.html", html_page("Supplier messages - HAL-CAM-09", """\
<h2>Halcyon Aerial &ndash; supplier collaboration</h2>
<p>Thread: <b>HAL-CAM-09 gimbal camera cradle</b> &middot; Supplier: Dongguan Hengtai Precision Hardware Co., Ltd.</p>
<table>
<tr><th>When</th><th>From</th><th>Message</th></tr>
<tr><td>2024-06-24 21:14</td><td>Amy Chen (Hengtai)</td><td>Samples of HAL-CAM-09 rev B finished and shipped by FedEx, AWB 7790 4412 0381. CMM report and anodize thickness report uploaded in Documents.</td></tr>
<tr><td>2024-06-25 08:02</td><td>Jordan Reyes (Halcyon)</td><td>MP volume stays on hold until PVT sign-off and my written release. Don't buy plate for it.</td></tr>
<tr><td>2024-06-27 17:45</td><td>Amy Chen (Hengtai)</td><td>Received your comment. Revised drawing rev C (wall 2.0 to 2.5 mm) is programmed. Please confirm we can start with rev C.</td></tr>
<tr><td>2024-06-28 09:30</td><td>Jordan Reyes (Halcyon)</td><td>Green light &#x1F7E2; &ndash; go. Rev C it is.</td></tr>
<tr><td>2024-06-28 10:02</td><td>Amy Chen (Hengtai)</td><td>Thank you Jordan! &#x1F60A;</td></tr>
</table>
<p style="font-size:11px;color:#666">Halcyon Aerial Inc. &middot; Jordan Reyes, Founder &amp; CEO</p>
"""))])

# ---------------------------------------------------------------- p16 Telegram "start the samples asap", no qty (TXT)
case("p16_telegram_samples_no_qty", ["RG010"],
     "'start the samples asap' never says how many; rest on hold until Mart's sign-off + written release from Kadri Lepp",
     [("telegram_nordpulse_hengtai.txt", """\
Telegram Desktop: chat export
Chat: Nordpulse <> Hengtai (NP-HUB-02)
Exported: 28.06.2024 16:40

26.06.2024 08:55  Amy Chen
Good morning Kadri, drawing NP-HUB-02 rev B received. The bore 22H7 and the 6x M4 is ok for us. When we can start?

26.06.2024 09:20  Kadri Lepp
Hi Amy! Please start the samples asap, drawings rev B are in my email from yesterday.

26.06.2024 09:21  Kadri Lepp
The rest stays on hold, not released. It is released only when Mart has signed off the samples and I send you a written release (Kadri Lepp).

26.06.2024 09:40  Amy Chen
OK Kadri, we start tomorrow. Samples ship in about 10 days by DHL

26.06.2024 09:41  Amy Chen
Material 7075-T6 we have in stock for samples

26.06.2024 09:43  Kadri Lepp
perfect, aitäh 🙏

27.06.2024 18:12  Amy Chen
[photo] first part off the machine
""")])

# ---------------------------------------------------------------- p17 quoted thread, "You're good to go" (EML)
_p17_txt = """\
Sofia, black Type II is fine, same as the drawing. You're good to go 👍

Rachel

""" + sig("Rachel Kim", "Hardware Operations", "Brightline Autonomy Inc.", "+1 617 555 0147") + """

On Mon, 1 Jul 2024 at 17:22, Sofia Trevino <sofia.trevino@mmi-mx.com> wrote:
> Hi Rachel,
> the 12 EVT housings are machined and waiting for anodize. Before we send them out: do you want black Type II as on
> the drawing, or clear for the EVT ones? Your engineer mentioned clear last week on the call.
> Saludos, Sofia
>
> On Tue, 11 Jun 2024 at 09:05, Rachel Kim <rachel.kim@brightline-autonomy.com> wrote:
>> Hi Sofia,
>> PO BA-PO-7728 is out: 12 pcs BA-HSG-40 rev C sensor housing, EVT. That's the only active quantity.
>> The other 588 pcs of your quote are not released. They stay on hold until Marcus Webb signs off the EVT
>> housings and I send a written production release (Rachel Kim). Material: EVT only.
>> Thanks, Rachel
"""
case("p17_quoted_thread_good_to_go", ["RG002"],
     "quoted PO mail is complete (12 active, 588 on hold, Marcus sign-off + Rachel's written release); buyer's reply "
     "'You're good to go' names no scope or quantity",
     [("RE_BA-HSG-40_anodize_colour.eml", eml_bytes(mail(
         "Rachel Kim <rachel.kim@brightline-autonomy.com>", "Sofia Trevino <sofia.trevino@mmi-mx.com>",
         "Re: BA-HSG-40 EVT housings - anodize colour", "Wed, 3 Jul 2024 11:47:00 -0400", _p17_txt,
         in_reply_to="<h62-ship-7791@mmi-mx.com>")))])

# ---------------------------------------------------------------- p18 Slack: approvals for budget and ECO, "green light" (TXT)
case("p18_slack_approved_green_light", ["RG002", "RG009"],
     "'approval' used for finance budget and for an ECO (technical), then 'we're all approved - green light' with no scope "
     "or quantity; pinned scope otherwise complete",
     [("slack_korge-elektromontaz_2024-07-09.txt", """\
Slack export: #korge-elektromontaz (shared channel)
Pinned message:
  Liis Saar, 2024-05-29: PO KD-2024-0142 = 15 EVT boards KD-MB-110 rev C, the only active quantity. The other 285
  boards are not released and stay on hold until Mart signs off EVT and I send a written production release (Liis Saar).

[2024-07-08 15:02] Piotr Nowak (ElektroMontaz): Hi all, the new stencil for rev C arrived and the reflow profile is tuned. We're ready on our side.
[2024-07-08 15:30] Mart Kask (Korge): nice. ECO-07 (R45 0402 -> 0603) went through review today
[2024-07-09 09:12] Liis Saar (Korge): Approval from finance came in this morning 🎉 and Mart approved ECO-07 yesterday.
[2024-07-09 09:13] Liis Saar (Korge): So we're all approved - green light from our side 🟢
[2024-07-09 09:20] Piotr Nowak (ElektroMontaz): Great news, thank you Liis!
[2024-07-09 09:21] Agnieszka Wisniewska (ElektroMontaz): 👏
""")])

# ---------------------------------------------------------------- p19 minutes "approved - proceed" (DOCX)
case("p19_minutes_approved_proceed", ["RG002"],
     "review minutes: scope section complete (25 DVT, 975 on hold, sign-off + Kim Min-jun); decision line 'approved - "
     "proceed' with no scope",
     [("HM-IMU-410_readiness_review_minutes.docx", docx_bytes([
         ("h1", "Line readiness review: HM-IMU-410 IMU board"),
         ("p", "Date: 2024-07-10, 10:00-11:10 KST (Teams) · Haneul Mobility: Kim Min-jun, Lee Seo-yeon, Park Ji-woo · "
               "ArrayTek: Grace Huang, Eric Tsai"),
         ("h", "1. Order scope (for the record)"),
         ("p", "PO HMO-24-0627: 25 DVT boards are the active quantity. The remaining 975 boards of quote AT-Q-2406-22 are "
               "not released and stay on hold until DVT sign-off by Lee Seo-yeon and a written production release by "
               "Kim Min-jun (CEO)."),
         ("h", "2. Discussion"),
         ("li", "ArrayTek proposed switching solder paste from Alpha OM-340 to Senju M705 (SAC305) and showed the "
                "new reflow profile; peak 245 C, TAL 60 s."),
         ("li", "Stencil: 100 um with 10% window reduction on the LGA IMU pads, new stencil arrives next week."),
         ("li", "Temperature drift test on the DVT boards is still running at Haneul; Seo-yeon to report with the new "
                "calibration table."),
         ("li", "Eric asked about the MP panelization; agreed to discuss later."),
         ("h", "3. Decision"),
         ("p", "Outcome: approved - proceed."),
         ("h", "4. Action items"),
         ("table", [["#", "Action", "Owner", "Due"],
                    ["1", "Rerun drift test with calibration table v3", "Lee Seo-yeon", "2024-07-12"],
                    ["2", "Send panel drawing proposal", "Eric Tsai", "2024-07-17"],
                    ["3", "Update shipping plan for Daejeon", "Park Ji-woo", "2024-07-12"]]),
         ("p", "Minutes: Park Ji-woo"),
     ], author="Park Ji-woo"))])

# ---------------------------------------------------------------- p20 WhatsApp: paid, full steam ahead (TXT)
case("p20_whatsapp_paid_full_steam", ["RG002", "RG012"],
     "scope given earlier (20 DVT, 780 on hold, Itai sign-off + Noa release); later 'paid, full steam ahead' ties payment "
     "to going and names no scope",
     [("whatsapp_skyvane_hengtai.txt", """\
WhatsApp Chat with Amy Chen (Hengtai)

[05/06/2024, 11:03] Itai Bar: Hi Amy, PO SKV-PO-24-0277 sent: 20 pcs SKV-MM-09 rev A motor mounts for DVT. The other 780 from the quote are NOT released, on hold until I sign off DVT and Noa sends the written production release.
[05/06/2024, 11:20] Amy Chen: Received Itai, thank you. 20 pcs DVT, ship around 20 June
[05/06/2024, 11:21] Amy Chen: Fixture we make new, same as quotation NRE
[19/06/2024, 16:45] Amy Chen: Hi Itai, invoice HT-INV-0619 for the 20 DVT pcs + fixture NRE sent to ap@skyvane.io, please check 🙏
[20/06/2024, 08:10] Itai Bar: paid ✅ full steam ahead 🚀
[20/06/2024, 08:12] Amy Chen: Thank you!! 💪
[20/06/2024, 08:30] Itai Bar: btw anodize colour for the DVT ones: clear, not black
[20/06/2024, 08:31] Amy Chen: ok clear
""")])

# ---------------------------------------------------------------- p21 supplier bought prepreg for all 300 (EML quoted)
_p21_txt = """\
Dear Noa,

noted with thanks. Status of SKV-FR-230 rev A:

- EVT 12 pcs: cutting finished yesterday, now curing in the oven, CNC on Thursday, ship by DHL on Monday.
- To protect your lead time (Toray T700 is 8 weeks now, and price goes up in July) we already bought the prepreg for
  all 300 frames, 186 kg, it is in our cold storage at -18 C. No need to worry, we don't cut them before your release.

Photos of the layup attached in WeChat group.

Best regards
Kevin
""" + sig("Kevin Zhang", "Sales Manager", "Shenzhen Jiayu Composite Technology Co., Ltd.", "+86 755 2733 0418") + """

-----Original Message-----
From: Noa Levi <noa@skyvane.io>
Sent: Tuesday, June 25, 2024 9:14 AM
To: Kevin Zhang <kevin.zhang@jiayu-composite.cn>
Subject: PO SKV-PO-24-0302 - SKV-FR-230 rev A EVT

> Kevin, PO SKV-PO-24-0302 attached: 12 pcs SKV-FR-230 rev A EVT frames. That is the active quantity.
> The other 288 in your quote are not released and stay on hold until Itai Bar signs off EVT and I send a
> written production release (Noa Levi, COO).
> Thanks, Noa
"""
case("p21_prepreg_for_all_300", ["RG006"],
     "12 EVT released (quoted PO complete); supplier already bought prepreg for all 300 frames without a material authority",
     [("RE_SKV-PO-24-0302_status.eml", eml_bytes(mail(
         "Kevin Zhang <kevin.zhang@jiayu-composite.cn>", "Noa Levi <noa@skyvane.io>",
         "RE: PO SKV-PO-24-0302 - SKV-FR-230 rev A EVT", "Thu, 27 Jun 2024 18:40:00 +0800", _p21_txt,
         cc="Itai Bar <itai@skyvane.io>")))])

# ---------------------------------------------------------------- p22 supplier weekly report: forecast as order qty, parts for 1,000 (PDF)
case("p22_weekly_report_forecast_order_qty", ["RG006", "RG008"],
     "supplier report lists Nordpulse's 2025 forecast as 'order quantity 5,000' and has bought MCUs and PCBs for 1,000 "
     "while 25 are released",
     [("ArrayTek_weekly_status_WK26_NP-MC-02.pdf", pdf([
         ("h1", "Weekly status WK26/2024"),
         ("p", "ArrayTek Electronics Co., Ltd. for Nordpulse Robotics OU. Project: NP-MC-02 rev B motor controller PCBA. "
               "Prepared by Grace Huang, 2024-06-28."),
         ("table", [["Item", "Status"],
                    ["Customer PO", "NP-PO-2024-021"],
                    ["Released for production", "25 pcs (EVT)"],
                    ["Remaining quantity", "not released, waiting for customer release after EVT"],
                    ["Order quantity", "5,000 pcs (per Nordpulse 2025 forecast)"],
                    ["EVT build", "SMT done 25/25, AOI pass 24/25 (1 tombstone R112, reworked), ICT next week"],
                    ["MCU STM32G474RET6", "purchased 1,000 pcs, allocation secured, arriving WK29"],
                    ["Bare PCB 6L (NP-MC-02 rev B)", "ordered 1,000 pcs from PCB fab, ship WK28"],
                    ["Gate driver DRV8353", "quoted, not yet ordered"]]),
         ("sp",),
         ("h", "Risks"),
         ("p", "1. Gate driver lead time 18 weeks. 2. EVT firmware image not yet received (AM32 fork v0.7)."),
         ("h", "Next week"),
         ("p", "ICT of 25 EVT boards, ship to Tartu by FedEx on WK27 Friday."),
     ], title="ArrayTek weekly status WK26", author="Grace Huang"))])

# ---------------------------------------------------------------- p23 Slack: 30 vs 25 pilot, MOSFETs for 500 (TXT)
case("p23_slack_pilot_30_vs_25_mosfets", ["RG006", "RG011"],
     "buyer releases 30 pilot units, later says only 25 are released; supplier ordered MOSFETs for 500 ESC boards",
     [("slack_halcyon-tee-esc_2024-07.txt", """\
Slack export: #halcyon-tee-esc (Slack Connect)
Exported 2024-07-13

--- Monday, July 8 ---
[09:15] Priya Natarajan (Halcyon): @Luis go ahead with 30 pilot units of the HAL-ESC-60 rev C only. The rest (470) stays on hold until Ben's pilot sign-off and a written release from me.
[09:22] Luis Hernandez (Tijuana Ensambles): copy that, 30 pilot units 👍
[09:40] Ben Whitaker (Halcyon): reminder: FW 2.3.1 on the pilot, not 2.3.0

--- Thursday, July 11 ---
[16:02] Luis Hernandez (Tijuana Ensambles): fyi we put in the order for the MOSFETs (BSC014N06NS) for 500 ESC boards, allocation is crazy, otherwise 26 weeks
[16:05] Luis Hernandez (Tijuana Ensambles): pilot SMT starts Monday

--- Friday, July 12 ---
[08:30] Priya Natarajan (Halcyon): reminder - only 25 pilot units are released on HAL-ESC-60. Nothing beyond that until Ben signs off and I release in writing.
[08:44] Priya Natarajan (Halcyon): re MOSFETs, let's talk Monday
[08:50] Luis Hernandez (Tijuana Ensambles): ok 👌
""")])

# ---------------------------------------------------------------- p24 supplier portal: deposit -> production released, plate for 800 (HTML)
case("p24_portal_deposit_released_plate_800", ["RG006", "RG012"],
     "supplier portal: 40 samples shipped, no written release for the 800, yet the 800-pc lot is 'released to shop floor' "
     "on deposit receipt and plate for 800 is bought without a material authority",
     [("hengtai_order_tracking_4500013077.html", html_page("Order tracking 4500013077", """\
<h2>Dongguan Hengtai Precision &ndash; customer order tracking</h2>
<p>Customer: Feldwerk Robotics GmbH &middot; Customer PO: 4500013077 &middot; Part: FW-HSG-080 rev A (controller housing)</p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Customer PO quantity</td><td>40 pcs (sample lot) &ndash; shipped 2024-06-14</td></tr>
<tr><td>Quoted production quantity</td><td>800 pcs</td></tr>
<tr><td>Customer written production release</td><td>not received</td></tr>
<tr><td>Deposit (30%, PI HT-PI-240620)</td><td>received 2024-06-28</td></tr>
<tr><td>Production lot PR-0612 (800 pcs)</td><td><b>RELEASED to shop floor</b> &ndash; trigger: deposit received</td></tr>
<tr><td>Material</td><td>Al 7075-T651 plate, 480 kg, purchased and reserved for 800 housings (mill invoice HT-M-0612)</td></tr>
<tr><td>Machining</td><td>Op 10 planned from 2024-07-08</td></tr>
</table>
<p style="font-size:11px;color:#666">Contact: Amy Chen &middot; amy.chen@hengtai-precision.com</p>
"""))])

# ---------------------------------------------------------------- p25 supplier MRP printout: cells for 150 packs (TXT)
case("p25_mrp_cells_150_packs", ["RG006"],
     "supplier MRP: customer released 10 packs, planner issued a purchase for cells for 150 packs (quote qty) - material "
     "beyond release, no material authority",
     [("MRP_RUN_20240617_SKV-BAT-6S-22.txt", """\
NINGBO RUIFENG BATTERY TECHNOLOGY CO., LTD.          MRP RUN 2024-06-17 07:30
REPORT: PLANNED / FIRMED PURCHASES BY CUSTOMER ORDER          PAGE 1 OF 1
---------------------------------------------------------------------------------
CUSTOMER       : SKYVANE ROBOTICS LTD (C-1188)
CUST ORDER     : SKV-PO-24-0286          ITEM : SKV-BAT-6S-22  REV B
                                          6S4P 22.2V 22AH, XT90-S, SMBUS BMS
RELEASED QTY   :     10 PACKS (SAMPLE)
QUOTE QTY      :    150 PACKS (RF-Q-24-0533) - NOT RELEASED BY CUSTOMER
---------------------------------------------------------------------------------
COMPONENT        DESCRIPTION              PER   REQ QTY   BASIS     STATUS
---------------  -----------------------  ----  --------  --------  --------------
CEL-21700-P45B   CELL MOLICEL P45B          24     3,600  150 PKS   PO ISSUED V-0042
BMS-6S-SMB-R3    BMS BOARD 6S SMBUS          1       150  150 PKS   PO ISSUED V-0107
NKL-0.15X8       NICKEL STRIP 0.15X8 MM    0.6     90 KG  150 PKS   IN STOCK
ENC-6S22-TOP     PACK HOUSING TOP            1        10  10 PKS    IN STOCK
---------------------------------------------------------------------------------
PLANNER NOTE (W.ZHOU): BUY CELLS + BMS FOR 150 PKS PER QUOTE QTY, CELL LEAD TIME
10 WKS. SAMPLE BUILD 10 PKS START 2024-06-24.
""")])

# ---------------------------------------------------------------- p26 supplier: deposit received, started production, cells for 400 (EML quoted)
_p26_txt = """\
Dear Ji-woo,

we received your 30% deposit USD 1,311.00 today, thank you very much.

So we have started production and ordered the cells (Molicel P45B) for the whole 400 packs, to be safe with the
lead time. The 6 sample packs ship next week by air with UN38.3 summary.

Best regards,
Jason
""" + sig("Jason Li", "Account Manager, Export Dept.", "Ningbo Ruifeng Battery Technology Co., Ltd.", "+86 574 8612 2290") + """

From: Park Ji-woo <jiwoo.park@haneulmobility.kr>
Sent: Monday, June 17, 2024 10:40 AM
Subject: PO HMO-24-0640 HM-BAT-6S-20

> Dear Jason,
> PO HMO-24-0640: 6 sample packs HM-BAT-6S-20 rev A only. The 400 production packs in your quote are not released.
> They wait for UN38.3 pass and DVT sign-off by Lee Seo-yeon, then a written production release from me.
> The 30% deposit is for the NRE and the 6 samples.
> Best regards, Park Ji-woo
"""
case("p26_deposit_started_cells_400", ["RG006", "RG012"],
     "buyer PO (quoted) complete for 6 samples; supplier reads the deposit as start of production and orders cells for all "
     "400 packs",
     [("RE_PO_HMO-24-0640.eml", eml_bytes(mail(
         "Jason Li <jason.li@ruifeng-battery.com>", "Park Ji-woo <jiwoo.park@haneulmobility.kr>",
         "RE: PO HMO-24-0640 HM-BAT-6S-20 - deposit received", "Fri, 21 Jun 2024 16:20:00 +0800", _p26_txt)))])

# ---------------------------------------------------------------- p27 supplier production plan: staged for 500, flow into 490 (PDF)
case("p27_production_plan_staged_flow", ["RG006", "RG007"],
     "supplier plan: 10 samples released, fabric and resin for 500 staged without authority, and 'once samples are approved "
     "we flow straight into the 490'",
     [("PP-2024-044_Korge_KD-BMP-12.pdf", pdf([
         ("h1", "Production plan PP-2024-044"),
         ("p", "Gdansk CompoTech Sp. z o.o. for Korge Dynamics OU. Part KD-BMP-12 rev A, carbon bumper shell (R3 robot). "
               "Date 2024-06-14. Prepared by Marta Zielinska, Project Manager."),
         ("table", [["Step", "Quantity", "Status / plan"],
                    ["Samples (PO KD-2024-0160)", "10 pcs", "released, layup week 25, ship week 26"],
                    ["Production quantity (quote OF-GC-2405-19)", "490 pcs", "not released yet, customer PO covers samples only"],
                    ["Material: carbon fabric 245 g/m2 twill + epoxy system", "for 500 pcs", "ordered 2024-06-10, staged in our store"],
                    ["Production run", "490 pcs", "week 30-33"]]),
         ("sp",),
         ("h", "Comment"),
         ("p", "To keep your autumn roll-out date, once your engineering approves the samples we flow straight into the "
               "490 production run in week 30, without interruption of the mould schedule. The material is already "
               "here, so there is no waiting time."),
         ("p", "Marta Zielinska | m.zielinska@gdansk-compotech.pl | +48 58 555 31 20"),
     ], title="PP-2024-044", author="Marta Zielinska"))])

# ---------------------------------------------------------------- p28 quoted buyer request w/o qty; supplier will switch to production (EML)
_p28_txt = """\
Dear Kadri,

T1 samples of NP-ENC-220 rev B were moulded today, shipping Monday by FedEx. Shrink and warpage look good, we
measured flatness 0.12 mm on the sealing face.

As soon as Mr. Kask signs off the T1, we will switch the tool straight to production, no need for additional
paperwork. This saves you about one week.

Best regards,
Vincent
""" + sig("Vincent Lin", "Project Sales", "Taichung TechMold Co., Ltd.", "+886 4 2359 7720") + """

On 2024/6/10 15:22, Kadri Lepp wrote:
> Vincent, please start the T1 sample shots for NP-ENC-220 rev B per our spec pack (v3, sent last week).
> Production stays on hold and is not released until Mart Kask signs off T1 and I send a written production
> release (Kadri Lepp, Supply Manager).
> Regards, Kadri
"""
case("p28_t1_switch_to_production_no_qty", ["RG007", "RG010"],
     "buyer's quoted T1 request never states a sample quantity; supplier says it will switch straight to production on "
     "Mart's sign-off",
     [("RE_NP-ENC-220_T1_samples.eml", eml_bytes(mail(
         "Vincent Lin <vincent.lin@techmold.com.tw>", "Kadri Lepp <kadri.lepp@nordpulse.ee>",
         "Re: NP-ENC-220 rev B T1 samples", "Sat, 22 Jun 2024 19:05:00 +0800", _p28_txt,
         in_reply_to="<np-enc-220-t1@nordpulse.ee>")))])

# ---------------------------------------------------------------- p29 PO + Slack "just keep going with the rest" (multi-file)
case("p29_po_then_slack_keep_going", ["RG007"],
     "PO requires Marcus's DVT sign-off + Rachel's written release for the 380; buyer later says if parts pass supplier's "
     "own CMM check just keep going, no release needed",
     [("PO_BA-PO-7740.pdf", pdf([
         ("h1", "PURCHASE ORDER BA-PO-7740"),
         ("p", "Brightline Autonomy Inc., 400 Summer St, Boston MA 02210. Vendor: Lvivprylad Engineering LLC, Lviv. "
               "Date 2024-06-20. Buyer: Rachel Kim."),
         ("table", [["Line", "Part", "Rev", "Description", "Qty", "Unit $", "Ext $"],
                    ["1", "BA-HSG-44", "A", "Radar housing, 6061-T6, DVT", "20", "71.00", "1,420.00"]]),
         ("sp",),
         ("p", "Scope: 20 DVT pcs are the active quantity. The remaining 380 pcs of quote LP-Q-0614 are not released "
               "and are on hold until DVT sign-off by Marcus Webb (Mech Lead) and a written production release signed "
               "by Rachel Kim. Material authority: sample-only."),
     ], pagesize=LETTER, title="BA-PO-7740", author="Rachel Kim")),
      ("slack_brightline-lvivprylad_2024-07-02.txt", """\
# brightline-lvivprylad (Slack Connect) - export 2024-07-03

Iryna Bondar  [Jul 1 10:05]
DVT housings BA-HSG-44: 20 pcs machined, anodize tomorrow, CMM Wednesday

Rachel Kim  [Jul 1 18:40]
amazing. Honestly, if the DVT parts pass your own CMM check, just keep going with the rest. No need to wait for Marcus or for a formal release from me, we're super tight on the schedule for the August pilot

Iryna Bondar  [Jul 2 08:12]
Understood Rachel, thank you. We will plan the rest right after CMM

Oleksandr Kovalenko  [Jul 2 08:15]
👍
""")])

# ---------------------------------------------------------------- p30 supplier PI: MP commences automatically on sample approval (PDF)
case("p30_pi_mp_commences_on_sample_approval", ["RG007"],
     "supplier PI terms: upon sample approval mass production commences automatically; no recorded auto-conversion",
     [("PI_JY-PI-240702_Halcyon.pdf", pdf([
         ("h1", "PROFORMA INVOICE JY-PI-240702"),
         ("p", "Shenzhen Jiayu Composite Technology Co., Ltd. to Halcyon Aerial Inc., Austin TX. Date 2024-07-02. "
               "Customer PO 4410-0296."),
         ("table", [["No.", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["1", "HAL-FR-310 rev A", "Carbon frame kit, T700, sample", "10", "44.00", "440.00"],
                    ["2", "Freight", "DHL Express to Austin", "1", "85.00", "85.00"],
                    ["", "", "", "", "Total", "525.00"]]),
         ("sp",),
         ("h", "Terms and conditions"),
         ("p", "1. Samples: payment 100% T/T before shipment."),
         ("p", "2. Sample lead time 12 working days after drawing confirmation."),
         ("p", "3. Upon sample approval, mass production per quotation JY-Q240618-02 will commence automatically, so "
               "that the customer's schedule is kept."),
         ("p", "4. Quality: AQL 1.0 on critical dimensions; cosmetic per Jiayu standard CF-CS-02."),
         ("p", "Bank: China Merchants Bank Shenzhen, SWIFT CMBCCNBS, A/C 7559 0448 1210 801"),
     ], title="PI JY-PI-240702", author="Lily Wu"))])

# ---------------------------------------------------------------- p31 DOCX build plan: 12 vs 10, and "continues straight into" (DOCX)
case("p31_build_plan_12_vs_10_straight_into", ["RG007", "RG011"],
     "buyer plan says 12 pilot arms released in the text and 10 in the table; and says the supplier continues straight "
     "into the 300 on Jonas's sign-off despite its own written-release rule",
     [("Weeder-Arm_pilot_build_plan.docx", docx_bytes([
         ("h1", "Weeder arm FR-ARM-060: pilot build plan"),
         ("p", "Feldwerk Robotics · Supplier: Gdansk CompoTech · Owner: Jonas Hartmann · Updated 2024-06-24"),
         ("h", "Scope"),
         ("p", "Released now: 12 pilot arms (PO 4500013140). The 300 production arms in offer OF-GC-2406-11 are not "
               "released. Production of the 300 requires pilot sign-off by Jonas Hartmann and a written production "
               "release by Katrin Vogel."),
         ("table", [["Build", "Qty", "Status"],
                    ["Pilot", "10", "released"],
                    ["Production", "300", "not released"]]),
         ("h", "Timeline"),
         ("li", "Pilot arms at Garching: week 28."),
         ("li", "Field test on the Freising plots: weeks 29-30."),
         ("li", "Once Jonas signs off the pilot arms, Gdansk continues straight into the 300 production arms so we keep "
                "the August autoclave slot."),
         ("h", "Technical notes"),
         ("li", "Layup schedule LS-060-B, 14 plies, insert bonding with 3M DP490."),
         ("li", "Pull-out test on 2 arms per lot, 4 kN minimum."),
     ], author="Jonas Hartmann"))])

# ---------------------------------------------------------------- p32 Telegram: "after you OK the sample we run the 2000 directly" (TXT)
case("p32_telegram_run_2000_directly", ["RG007"],
     "buyer scope complete (10 samples, 2,000 on hold, Itai sign-off + Noa written release); supplier proposes running the "
     "2,000 directly after sample OK, no new PO",
     [("telegram_skyvane_jiayu_LG-05.txt", """\
Telegram Desktop: chat export
Chat: Skyvane x Jiayu landing gear
Exported: 03.07.2024 12:00

01.07.2024 09:10  Itai Bar
Lily hi. PO SKV-PO-24-0315 sent: 10 pcs sample landing-gear skid SKV-LG-05 rev A. The 2,000 production pcs are NOT released, on hold until I sign off the samples and Noa Levi sends the written release.

01.07.2024 09:32  Lily Wu
Received Itai 👍 10pcs sample start tomorrow

02.07.2024 17:48  Lily Wu
Itai, my boss say: after you OK the sample, we run the 2000 directly, no need new PO, ok? save time for you 😊 autoclave is free in August

02.07.2024 18:30  Itai Bar
let me check with Noa
""")])

# ---------------------------------------------------------------- p33 supplier: "we consider the production approved" (EML quoted)
_p33_txt = """\
Dear Priya,

thank you for the approval of the EVT boards, great teamwork!

As discussed, we consider the production approved with this and will start SMT for the 480 boards next Monday
(line 3). Our planner has booked the line for you.

Best regards,
Grace
""" + sig("Grace Huang", "Sales Manager", "ArrayTek Electronics Co., Ltd., Hsinchu", "+886 3 578 0231") + """

> On Jul 9, 2024, at 7:41 PM, Priya Natarajan <priya.natarajan@halcyonaerial.com> wrote:
> Grace, Ben approved the 20 EVT boards - all tests pass. Thanks!
>
>> On Jun 3, 2024, Priya Natarajan wrote:
>> PO 4410-0270: 20 EVT boards HAL-PCB-0090 rev A (camera interface board). That's the active quantity.
>> The other 480 are not released and stay on hold until Ben signs off EVT and I send a written production
>> release (Priya Natarajan).
"""
case("p33_consider_production_approved", ["RG007", "RG009"],
     "supplier turns the technical approval of 20 EVT boards into 'production approved' and starts the 480; 'approval' "
     "used for technical and production",
     [("RE_HAL-PCB-0090_EVT.eml", eml_bytes(mail(
         "Grace Huang <grace.huang@arraytek.com.tw>", "Priya Natarajan <priya.natarajan@halcyonaerial.com>",
         "RE: HAL-PCB-0090 EVT approval", "Wed, 10 Jul 2024 10:15:00 +0800", _p33_txt,
         cc="Ben Whitaker <ben.whitaker@halcyonaerial.com>")))])

# ---------------------------------------------------------------- p34 forecast "locked, firm commitment" (EML + DOCX)
_p34_txt = """\
Hi Alejandro,

attached is our 2025 volume plan for the gimbal yoke BA-GMB-210.

The 3,000 yokes for 2025 are locked. Please treat them as our firm commitment and book the capacity on your
5-axis cells accordingly; we will back it with call-offs through the year.

Current scope is unchanged: PO BA-PO-7761 = 40 DVT yokes rev B, the only active quantity. Nothing beyond the 40 is
released. Production call-offs come only in writing from me after Marcus Webb signs off DVT.

Thanks,
Rachel
""" + sig("Rachel Kim", "Hardware Operations", "Brightline Autonomy Inc.", "+1 617 555 0147")
case("p34_forecast_locked_commitment", ["RG008"],
     "2025 forecast of 3,000 yokes written as 'locked ... our firm commitment'; current scope (40 DVT, hold, Marcus "
     "sign-off, Rachel's call-offs) is complete",
     [("BA-GMB-210_2025_volume_plan.eml", eml_bytes(mail(
         "Rachel Kim <rachel.kim@brightline-autonomy.com>", "Alejandro Garza <agarza@mmi-mx.com>",
         "BA-GMB-210 - 2025 volume plan", "Mon, 8 Jul 2024 14:30:00 -0400", _p34_txt,
         attachments=[("BA-GMB-210_2025_volume_plan.docx", docx_bytes([
             ("h1", "BA-GMB-210 gimbal yoke: 2025 volume plan"),
             ("p", "Brightline Autonomy Inc. · prepared by Rachel Kim · 2024-07-08"),
             ("table", [["Quarter", "Yokes", "Basis"],
                        ["Q1 2025", "750", "forecast"],
                        ["Q2 2025", "750", "forecast"],
                        ["Q3 2025", "750", "forecast"],
                        ["Q4 2025", "750", "forecast"],
                        ["Total", "3,000", ""]]),
             ("p", "Assumes 2 robots per customer site and 1,500 robots shipped in 2025."),
         ], author="Rachel Kim"), DOCX_MT)])))])

# ---------------------------------------------------------------- p35 Slack founder: 10k "consider it ordered" (TXT)
case("p35_slack_10k_done_deal", ["RG008"],
     "founder calls next year's 10k forecast 'a done deal, consider it ordered'; current scope (50 DVT, hold, Itai sign-off, "
     "Noa release) complete",
     [("slack_skyvane-jiayu_2024-07-15.txt", """\
Slack export: #skyvane-jiayu (Slack Connect)
Pinned: Noa Levi, 2024-07-01 - PO SKV-PO-24-0322 = 50 DVT frames SKV-FR-240 rev B, the active quantity. Everything beyond the 50 is not released until Itai signs off DVT and I (Noa) send a written production release.

[2024-07-15 20:31] Kevin Zhang (Jiayu): Ariel, congratulations on the funding news!! 🎉 we saw on LinkedIn
[2024-07-15 20:44] Ariel Ben-Ami (Skyvane): thanks Kevin!! big week for us
[2024-07-15 20:46] Ariel Ben-Ami (Skyvane): honestly the 10k frames for 2025 is basically a done deal now - consider it ordered and plan your second autoclave around it 😄
[2024-07-15 20:50] Kevin Zhang (Jiayu): wow thank you Ariel, we will plan it with our boss tomorrow 💪
[2024-07-15 21:02] Itai Bar (Skyvane): DVT frames: please keep the 45 deg ply at the arm root like EVT, don't change layup
[2024-07-15 21:05] Kevin Zhang (Jiayu): yes no change
""")])

# ---------------------------------------------------------------- p36 scheduling agreement: forecast lines "binding orders" (HTML)
case("p36_scheduling_agreement_forecast_binding", ["RG008"],
     "scheduling agreement labels the forecast lines (1.200 ST) as binding firm orders; 40 released, forecast not released "
     "until PPAP sign-off + Katrin Vogel's call-off",
     [("Lieferplan_5500000412.html", html_page("Lieferplan 5500000412", """\
<h2>Feldwerk Robotics GmbH &ndash; Lieferplan / scheduling agreement 5500000412</h2>
<p>Lieferant: Dongguan Hengtai Precision Hardware Co., Ltd. &middot; Material FW-BRK-101 rev B (sensor bracket, 6082-T6)
&middot; Stand 2024-07-01</p>
<p class="note">Forecast lines are binding orders. / Prognosezeilen sind verbindliche Bestellungen.</p>
<table>
<tr><th>Line</th><th>Period</th><th>Quantity</th><th>Type</th><th>Status</th></tr>
<tr><td>1</td><td>KW 28/2024</td><td>40 ST</td><td>call-off</td><td>FIRM &ndash; released for production</td></tr>
<tr><td>2</td><td>KW 32-36/2024</td><td>500 ST</td><td>forecast</td><td>Firm order</td></tr>
<tr><td>3</td><td>KW 37-44/2024</td><td>700 ST</td><td>forecast</td><td>Firm order</td></tr>
<tr><td></td><td>Total forecast</td><td>1.200 ST</td><td></td><td></td></tr>
</table>
<p>Production release for lines 2 and 3 only by call-off signed by Katrin Vogel (Head of Procurement) after PPAP
sign-off. Lines 2 and 3 are not released for production.</p>
<p style="font-size:11px;color:#666">Lieferantenportal Feldwerk &middot; Ansprechpartner: Felix Braun</p>
"""))])

# ---------------------------------------------------------------- p37 ERP PO forecast line FIRM + release letter 120 vs 100 (multi-file)
case("p37_erp_forecast_firm_letter_120", ["RG008", "RG011"],
     "ERP PO: pilot 100 PC and a 2025 forecast line typed FIRM COMMITMENT; release letter for the same order releases 120 pcs",
     [("PO_KD-2024-0171.txt", """\
================================================================================
 KORGE DYNAMICS OU                                        PURCHASE ORDER
 Telliskivi 60a/3, 10412 Tallinn, Estonia                 KD-2024-0171
                                                          Date 2024-07-01
================================================================================
 Supplier   : ElektroMontaz Sp. z o.o., Wroclaw, PL       Supplier no. 20071
--------------------------------------------------------------------------------
 POS ITEM             REV DESCRIPTION                        QTY UOM   PRICE EUR
 --- ---------------- --- ---------------------------------- --- --- -----------
 010 KD-PCB-PWR-05    A   POWER BOARD PCBA, PILOT            100  PC        38,20
 020 KD-PCB-PWR-05    A   FORECAST 2025                    2.400  PC        24,90
                          ORDER TYPE: FIRM COMMITMENT
--------------------------------------------------------------------------------
 REMARKS:
   ANY QUANTITY BEYOND THE 100 PC PILOT IS NOT RELEASED UNTIL PILOT SIGN-OFF BY
   MART KASK AND A WRITTEN PRODUCTION RELEASE BY LIIS SAAR (COO).
   POS 020: PLEASE CONFIRM CAPACITY FOR 200 PC/MONTH FROM JANUARY 2025.
--------------------------------------------------------------------------------
 Buyer: Liis Saar                                  Page 1 of 1
================================================================================
"""),
      ("Production_release_1_KD-2024-0171.pdf", pdf([
          ("h1", "Production release No. 1"),
          ("p", "Korge Dynamics OU, Tallinn, to ElektroMontaz Sp. z o.o., Wroclaw. Date 2024-07-03."),
          ("p", "Order: KD-PCB-PWR-05 rev A power board PCBA, PO KD-2024-0171."),
          ("table", [["Released quantity", "Scope", "Due"],
                     ["120 pcs", "pilot", "week 32/2024"]]),
          ("p", "Anything beyond this release is not released. The next release follows pilot sign-off by Mart Kask and "
                "is issued in writing by Liis Saar."),
          ("p", "Signed: Liis Saar, COO"),
      ], title="Production release 1", author="Liis Saar"))])

# ---------------------------------------------------------------- p38 drawing "released" vs production release (EML multipart)
_p38_txt = """\
Dear Piotr,

drawing HM-PCB-330 rev D is released in our PLM today (ECO-118: ground stitching vias around the GNSS antenna feed).
Gerbers and the updated assembly drawing are in the SFTP folder /HM-PCB-330/revD.

For the order nothing changes: the 20 EVT boards from PO HMO-24-0655 remain the only active quantity, now built to
rev D. The remaining 480 boards are not released. The production release will come in writing from Park Ji-woo
after DVT sign-off.

Best regards,
Lee Seo-yeon
""" + sig("Lee Seo-yeon", "Hardware Lead", "Haneul Mobility Co., Ltd., Daejeon", "+82 42 555 0181")
_p38_html = "<div style=\"font-family:Arial\">" + escape(_p38_txt).replace("\n\n", "<br><br>").replace("\n", " ") + "</div>"
case("p38_drawing_released_vs_production_release", ["RG009"],
     "'released' used for the drawing (engineering) and for production in one mail; scope itself complete",
     [("HM-PCB-330_revD.eml", eml_bytes(mail(
         "Lee Seo-yeon <seoyeon.lee@haneulmobility.kr>", "Piotr Nowak <p.nowak@elektromontaz.pl>",
         "HM-PCB-330 rev D released (ECO-118)", "Thu, 4 Jul 2024 17:20:00 +0900", _p38_txt, html=_p38_html,
         cc="Park Ji-woo <jiwoo.park@haneulmobility.kr>")))])

# ---------------------------------------------------------------- p39 minutes: FW release, mechanical release, production release (DOCX)
case("p39_minutes_three_releases", ["RG009"],
     "minutes use 'release' for firmware, mechanical design and production; scope itself complete (15 active, 285 on hold, "
     "Mart sign-off, Kadri Lepp)",
     [("NP-CTRL-01_weekly_sync_2024-07-05.docx", docx_bytes([
         ("h1", "Weekly hardware sync: NP-CTRL-01 controller box"),
         ("p", "2024-07-05 · Nordpulse: Kadri Lepp, Mart Kask · Tijuana Ensambles: Luis Hernandez"),
         ("h", "Release status"),
         ("li", "FW v0.9 released to Tijuana Ensambles for flashing at end of line."),
         ("li", "Mechanical release of rev C done in PLM (enclosure + harness)."),
         ("li", "Production release: pending."),
         ("h", "Order scope"),
         ("p", "Active: 15 DVT controller boxes. The remaining 285 are not released until DVT sign-off by Mart Kask and a "
               "written production release by Kadri Lepp."),
         ("h", "Issues"),
         ("table", [["#", "Issue", "Owner", "Status"],
                    ["1", "Harness J3 too short by 20 mm", "Luis", "new harness drawing rev C"],
                    ["2", "CAN termination jumper missing on 2 boxes", "Luis", "rework done"],
                    ["3", "Label position clashes with vent", "Mart", "open"]]),
         ("p", "Next sync: 2024-07-12"),
     ], author="Kadri Lepp"))])

# ---------------------------------------------------------------- p40 letter: approved x3, 60 vs 50 (PDF)
case("p40_approval_letter_60_vs_50", ["RG009", "RG011"],
     "'approved' used for samples (technical), PO (finance) and production; text says 60 pilot pcs, table says 50",
     [("Skyvane_SKV-LEG-12_status.pdf", pdf([
         ("h1", "Approval status: SKV-LEG-12 landing gear leg"),
         ("p", "Skyvane Robotics Ltd., Tel Aviv, to KompozytPro LLC, Dnipro. Date: 18 June 2024."),
         ("p", "1. Samples: approved by engineering (Itai Bar) on 12 June 2024."),
         ("p", "2. PO SKV-PO-24-0310 is approved by finance for 60 pcs pilot. Please build the 60 pilot pcs."),
         ("p", "3. Production (440 pcs): not released. It will be approved in writing by Noa Levi (COO) after the pilot "
               "flight test."),
         ("table", [["Item", "Value"],
                    ["Part", "SKV-LEG-12 rev B, carbon tube leg with Al foot"],
                    ["Pilot quantity", "50 pcs"],
                    ["Production quantity (not released)", "440 pcs"],
                    ["Delivery pilot", "week 29, DAP Tel Aviv"]]),
         ("p", "Noa Levi, COO, Skyvane Robotics"),
     ], title="Approval status SKV-LEG-12", author="Noa Levi"))])

# ---------------------------------------------------------------- p41 ERP PO 12 + mail "build the 15" (multi-file)
case("p41_erp_12_mail_15", ["RG011"],
     "ERP PO releases 12 EVT frames; buyer's mail for the same PO asks to build 15",
     [("PO_4410-0288.txt", """\
HALCYON AERIAL INC                     PURCHASE ORDER 4410-0288          PAGE 1
2100 E CESAR CHAVEZ ST STE 300         DATE 07/01/2024
AUSTIN TX 78702                        BUYER PRIYA NATARAJAN

VENDOR 10977  SHENZHEN JIAYU COMPOSITE TECHNOLOGY CO LTD
              BLDG 7 FUYONG INDUSTRIAL PARK BAOAN SHENZHEN CN

LN  ITEM          REV  DESCRIPTION                          QTY  UM  UNIT PRICE    EXTENDED
--  ------------  ---  -----------------------------------  ---  --  ----------  ----------
01  HAL-FR-300    B    AIRFRAME KIT CF T700, EVT             12  EA       46.00      552.00

SCOPE: 12 EA EVT ONLY. BALANCE 488 EA OF QUOTE JY-Q240612-05 NOT RELEASED, ON HOLD
UNTIL EVT SIGN-OFF BY BEN WHITAKER AND WRITTEN PRODUCTION RELEASE BY PRIYA NATARAJAN.
MATERIAL AUTHORITY: SAMPLE-ONLY.
"""),
      ("PO_4410-0288_demo.eml", eml_bytes(mail(
          "Priya Natarajan <priya.natarajan@halcyonaerial.com>", "Kevin Zhang <kevin.zhang@jiayu-composite.cn>",
          "PO 4410-0288 - EVT frames for the July demo", "Mon, 1 Jul 2024 16:25:00 -0500", """\
Kevin,

PO 4410-0288 went out via Coupa an hour ago. Please build the 15 EVT frames for the July demo, same layup as the
last lot. The rest stays on hold until Ben signs off EVT and I release it in writing.

Priority is the demo date (July 24 at our hangar), so tell me early if the autoclave schedule is a problem.

Thanks,
Priya
""" + sig("Priya Natarajan", "Supply Chain Lead", "Halcyon Aerial Inc., Austin TX", "+1 512 555 0133"))))])

# ---------------------------------------------------------------- p42 portal release line 40 + call-off note 50 (multi-file)
case("p42_portal_40_calloff_50", ["RG011"],
     "buyer portal release line says 40 pcs, call-off note for the same release says 50 pcs",
     [("haneul_supplier_portal_release_R-0712.html", html_page("Release R-0712", """\
<h2>Haneul Mobility &ndash; supplier portal</h2>
<p>Supplier: Monterrey Maquinados Industriales S.A. de C.V. &middot; Release <b>R-0712</b> against PO HMO-24-0590 &middot; 2024-07-12</p>
<table>
<tr><th>Part</th><th>Description</th><th>Released qty</th><th>Due</th><th>Status</th></tr>
<tr><td>HM-GMB-YK-03 rev C</td><td>Gimbal yoke, 7075-T6, hard anodize</td><td>40</td><td>2024-08-09</td><td>Released</td></tr>
</table>
<p class="note">Balance of the quoted 1,000 pcs: not released, on hold. Next release after DVT sign-off by Lee Seo-yeon,
issued in writing by Park Ji-woo.</p>
""")),
      ("Call-off_note_R-0712.pdf", pdf([
          ("h1", "Call-off note R-0712"),
          ("p", "Haneul Mobility Co., Ltd., Daejeon, Korea, to Monterrey Maquinados Industriales, Guadalupe N.L., Mexico."),
          ("p", "PO HMO-24-0590, part HM-GMB-YK-03 rev C gimbal yoke. Date 2024-07-12."),
          ("p", "Please produce 50 pcs under this call-off, due 9 August 2024. The balance of the quoted 1,000 pcs is not "
                "released; the next call-off follows DVT sign-off by Lee Seo-yeon and is issued in writing by Park Ji-woo."),
          ("p", "Park Ji-woo, Purchasing Manager"),
      ], title="Call-off note R-0712", author="Park Ji-woo"))])

# ---------------------------------------------------------------- p43 multipart mail: text 18, HTML 16 (EML)
_p43_txt = """\
Dear Amy,

PO 4500013160 is out for 18 pilot housings FW-HSG-090 rev B (controller housing, 6082-T6).
The remaining 282 pcs of your quote HT-Q-0611-04 are not released and stay on hold until Jonas Hartmann signs off
the pilot housings and I send a written production release.

Material authority: pilot only. Delivery week 31, DHL.

Best regards
Katrin Vogel
""" + sig("Katrin Vogel", "Head of Procurement", "Feldwerk Robotics GmbH, Garching", "+49 89 5500 3101")
_p43_html = """\
<p>Dear Amy,</p>
<p>PO 4500013160 is out for <b>16 pilot housings</b> FW-HSG-090 rev B (controller housing, 6082-T6).
The remaining 284 pcs of your quote HT-Q-0611-04 are not released and stay on hold until Jonas Hartmann signs off
the pilot housings and I send a written production release.</p>
<p>Material authority: pilot only. Delivery week 31, DHL.</p>
<p>Best regards<br>Katrin Vogel</p>
<p style="color:#777">Katrin Vogel &middot; Head of Procurement &middot; Feldwerk Robotics GmbH, Garching &middot; +49 89 5500 3101</p>
"""
case("p43_multipart_18_vs_16", ["RG011"],
     "same mail: text part releases 18 pilot housings (balance 282), HTML part releases 16 (balance 284)",
     [("PO_4500013160_pilot_housings.eml", eml_bytes(mail(
         "Katrin Vogel <k.vogel@feldwerk-robotics.de>", "Amy Chen <amy.chen@hengtai-precision.com>",
         "PO 4500013160 - FW-HSG-090 rev B pilot housings", "Tue, 9 Jul 2024 11:30:00 +0200", _p43_txt,
         html=_p43_html)))])

# ---------------------------------------------------------------- p44 supplier: PO accepted + deposit -> MP 1,000 (EML quoted)
_p44_txt = """\
Dear Omer,

thank you for PO CRV-PO-0430 and the deposit.

As the PO is accepted and the deposit received, we now start mass production of 1,000 pcs CL-ENC-11 as per our
quotation, the 40 T1 samples are included in the first shots.

Best regards,
Vincent
""" + sig("Vincent Lin", "Project Sales", "Taichung TechMold Co., Ltd.", "+886 4 2359 7720") + """

> From: Omer Katz <omer@corvidlabs.io>
> Date: Tuesday, 9 July 2024 10:02
> Subject: PO CRV-PO-0430 CL-ENC-11
>
> Vincent, PO CRV-PO-0430 covers 40 T1 samples of CL-ENC-11 rev A. The 1,000 production pcs are not released
> until Yael Shapiro signs off T1 and I send a written production release (Omer Katz). The deposit is for the
> tool (NRE) only.
"""
case("p44_po_accepted_deposit_mass_production", ["RG012"],
     "buyer scope (quoted) is 40 T1 samples with hold; supplier treats PO acceptance and deposit as authority to start the "
     "1,000",
     [("RE_PO_CRV-PO-0430.eml", eml_bytes(mail(
         "Vincent Lin <vincent.lin@techmold.com.tw>", "Omer Katz <omer@corvidlabs.io>",
         "RE: PO CRV-PO-0430 CL-ENC-11", "Fri, 12 Jul 2024 09:05:00 +0800", _p44_txt)))])

# ---------------------------------------------------------------- p45 PI: production starts automatically on deposit (PDF)
case("p45_pi_production_starts_on_deposit", ["RG012"],
     "supplier PI: PO accepted, production of 1,000 starts automatically once the 30% deposit is received, no further "
     "release needed",
     [("PI_HT-PI-240715_Brightline.pdf", pdf([
         ("h1", "PROFORMA INVOICE HT-PI-240715"),
         ("p", "Dongguan Hengtai Precision Hardware Co., Ltd. to Brightline Autonomy Inc., Boston. Date 2024-07-15. "
               "Customer PO BA-PO-7788."),
         ("table", [["No.", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["1", "BA-BRK-220 rev A", "Sensor bracket, 6061-T6, black anodize", "1,000", "6.85", "6,850.00"],
                    ["", "", "", "", "Total", "6,850.00"]]),
         ("sp",),
         ("p", "Payment: 30% deposit (USD 2,055.00) by T/T, 70% before shipment."),
         ("p", "Your PO BA-PO-7788 is accepted. Production of the 1,000 pcs starts automatically once the 30% deposit is "
               "received; no further release is needed."),
         ("p", "Lead time: 25 days after deposit. Packing: 50 pcs per carton, VCI bag."),
         ("p", "Amy Chen, Sales | amy.chen@hengtai-precision.com"),
     ], title="PI HT-PI-240715", author="Amy Chen"))])


# =================================================================== WRITE
def _stats():
    rules = {f"RG{i:03d}": 0 for i in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            rules[r] += 1
    return rules


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(6262).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h62_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                (d / fn).write_bytes(data.encode("utf-8"))
            else:
                (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  with risks: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r, n in _stats().items():
        print(f"  {r}: {n}")


if __name__ == "__main__":
    main()
