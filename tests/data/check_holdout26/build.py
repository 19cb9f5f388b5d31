#!/usr/bin/env python3
"""Generator for the releasegate check_holdout26 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout26/build.py

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

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

_FONTDIR = Path("/usr/share/fonts/truetype/dejavu")
_UNIFONT = (_FONTDIR / "DejaVuSans.ttf").exists()
if _UNIFONT:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(_FONTDIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(_FONTDIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSansMono", str(_FONTDIR / "DejaVuSansMono.ttf")))

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
    if _UNIFONT:  # Unicode TTF so Polish/Lithuanian names (ł, ė) render; standard fonts lack them
        for st in ss.byName.values():
            if hasattr(st, "fontName"):
                st.fontName = "DejaVuSans-Bold" if "Bold" in st.fontName else (
                    "DejaVuSansMono" if "Courier" in st.fontName else "DejaVuSans")
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
    m["Message-ID"] = msgid or f"<h26-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h26")
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




def q(text, depth=1):
    """Quote a block of text the way mail clients do."""
    pre = ">" * depth
    return "\n".join((pre + " " + ln) if ln else pre for ln in text.strip("\n").split("\n"))


def t2h(text):
    """Very small text -> HTML converter for multipart/alternative bodies."""
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(ln.startswith("- ") for ln in lines):
            out.append("<ul>" + "".join(f"<li>{escape(ln[2:])}</li>" for ln in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>".join(escape(ln) for ln in lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:14px\">\n" + \
        "\n".join(out) + "\n</body></html>\n"


def table_html(rows):
    h = "<table>\n<tr>" + "".join(f"<th>{escape(str(c))}</th>" for c in rows[0]) + "</tr>\n"
    for r in rows[1:]:
        h += "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>\n"
    return h + "</table>"


# =================================================================== CLEAN CASES
# ---------------------------------------------------------------- c01
C01_PO = pdf([
    ("h1", "PURCHASE ORDER FJ-24-0193"),
    ("p", "Fjordlys AS, Kongens gate 12, 0153 Oslo, Norway. Org.nr 923 456 781 MVA."),
    ("p", "Supplier: Shenzhen Hongda Precision Electronics Co., Ltd, Bao'an District, Shenzhen, China."),
    ("p", "PO date: 2024-05-17. Buyer: Ingrid Solberg, Purchasing. Currency: USD. Incoterms: DAP Oslo."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Amount"],
        ["1", "PCBA-LY-200 rev C", "Lysne main board, EVT build", "30", "sets", "18.40", "552.00"],
        ["2", "NRE-ST", "Stencil + functional test jig (one-off)", "1", "lot", "380.00", "380.00"],
        ["", "", "", "", "", "Total", "932.00"],
    ]),
    ("sp",),
    ("h", "Scope of this PO"),
    ("p", "This PO releases 30 sets (EVT) only. The MP quantity quoted in HD-Q-24117 (2,000 sets) is "
          "price reference only; it is not released and is on hold."),
    ("p", "Any further quantity needs two things, in this order: EVT sign-off by Eirik Haugen (HW lead), "
          "then a written production release signed by Maren Dahl (COO)."),
    ("p", "Material authority: components for the 30 EVT sets only."),
    ("p", "Payment: 100% T/T before shipment of the EVT sets. Packing: ESD bags, 10 sets per carton."),
], title="PO FJ-24-0193", author="Ingrid Solberg")

C01_TXT = """Hi Cindy,

Please find attached PO FJ-24-0193 for the EVT build of the Lysne main board (PCBA-LY-200 rev C).

Your quotation HD-Q-24117 shows both the EVT price and the MP price at 2,000 sets, so to be
100% clear on our side:

- This PO covers 30 sets for EVT only. Please build and ship those 30 sets.
- The 2,000-set MP quantity in the quotation is price reference only and is not released. Please don't plan MP or buy MP material.
- MP stays on hold until Eirik Haugen (HW lead) has signed off the EVT boards AND Maren Dahl (COO) sends you a written production release. Nobody else at Fjordlys can release MP.
- Material: buy components for the 30 sets only. If a part has an MOQ above that, ask me first and we decide case by case, in writing.

Target ship date for the 30 sets is 14 June, DHL to Oslo (our account 9654 2210). Stencil and test jig
as per line 2 of the PO.

Thanks and have a nice weekend!
Ingrid
""" + sig("Ingrid Solberg", "Purchasing", "Fjordlys AS, Oslo", "+47 412 55 890")

case("c01_evt_po_mail", [], "EVT PO for 30 sets; 2,000-set MP labelled price reference, not released; unlock = EVT sign-off by Eirik Haugen + written release by Maren Dahl; material for 30 only.", [
    ("PO_FJ-24-0193_mail.eml", eml_bytes(mail(
        "Ingrid Solberg <ingrid.solberg@fjordlys.no>", "Cindy Huang <cindy.huang@hongda-pcba.com>",
        "PO FJ-24-0193 - EVT build Lysne main board (30 sets)", "Fri, 17 May 2024 10:42:00 +0200",
        C01_TXT, cc="Eirik Haugen <eirik.haugen@fjordlys.no>",
        attachments=[("PO_FJ-24-0193.pdf", C01_PO, PDF_MT)]))),
])

# ---------------------------------------------------------------- c02
C02 = pdf([
    ("h1", "QUOTATION"),
    ("p", "Dongguan Yuxin Plastic Mould Co., Ltd. No. 18 Xinfeng Road, Chang'an Town, Dongguan, Guangdong."),
    ("p", "To: Hemma Smart AB, Gothenburg, Sweden. Attn: Johan Ek. Quotation no.: YX-QT-240412. Date: 2024-04-12."),
    ("p", "Product: Hemma Termo front cover HS-TH-01 rev B, PC/ABS (Covestro Bayblend T85 XF), colour RAL 9003 matt."),
    ("table", [
        ["Item", "Description", "Qty tier", "Unit price (USD)", "Remark"],
        ["1", "Mould YX-M2405, 1+1 cavity, S136 steel, life 300,000 shots", "1 set", "6,850.00", "hot runner"],
        ["2", "T1 samples", "20 pcs", "free of charge", "with CMM report"],
        ["3", "Mass production front cover", "3,000 pcs", "0.92", "MOQ"],
        ["4", "Mass production front cover", "5,000 pcs", "0.86", ""],
        ["5", "Mass production front cover", "10,000 pcs", "0.79", ""],
    ]),
    ("sp",),
    ("h", "Remarks"),
    ("p", "1. Prices valid 30 days, EXW Dongguan. 2. Mould cost: 50% with mould order, 50% after T1 samples "
          "are received by customer. 3. T1 samples 25 days after mould order. 4. MP lead time: 25 working days "
          "from customer's written production release. 5. MOQ 3,000 pcs per colour. 6. Packing: PE bag + carton, "
          "200 pcs/ctn."),
    ("p", "Sales: Amy Chen, +86 769 8532 1177, amy@yuxin-mould.cn. Thank you for your inquiry!"),
], title="Quotation YX-QT-240412", author="Amy Chen")
case("c02_quote_yuxin", [], "Supplier quote alone with sample/MP tiers and no authorized quantity; MP lead time runs from written release (conv. 4).", [
    ("Quotation_YX-QT-240412.pdf", C02),
])

# ---------------------------------------------------------------- c03
C03 = """WeChat chat history: Jenny Liu 刘静 (Bosheng Acoustic) & Aleksi Virtanen
Exported 2024-06-04 08:02

2024-06-03 09:12  Jenny Liu 刘静: Dear Aleksi good morning! golden sample 2 pcs grille+front frame sent by SF yesterday, tracking SF1402 2877 6610
2024-06-03 09:13  Jenny Liu 刘静: if GS ok, can we go ahead MP 3000pcs? our machine schedule very full in July 😅
2024-06-03 15:40  Aleksi Virtanen: Hi Jenny, thanks! We got them this morning, fit on the Revontuli Kaiku cabinet looks good.
2024-06-03 15:42  Aleksi Virtanen: To be clear: the golden sample is signed off for fit check only. The 3,000 pcs MP is NOT released.
2024-06-03 15:43  Aleksi Virtanen: What I need now: 10 more DVT units under PO RA-24-031. That's the only quantity released right now.
2024-06-03 15:45  Aleksi Virtanen: MP stays on hold until our DVT drop + acoustic test is signed off. After that you get a written production release by email, from me or from Kaisa Mäkinen (our COO). No release in WeChat.
2024-06-03 15:46  Jenny Liu 刘静: ok noted 👌 10 pcs DVT first, MP wait your written release
2024-06-03 15:47  Jenny Liu 刘静: the ABS+PC material we only buy for 10 pcs ok?
2024-06-03 15:50  Aleksi Virtanen: yes, material for the 10 only. thanks 🙏
2024-06-03 15:51  Jenny Liu 刘静: [OK]
"""
case("c03_wechat_bosheng", [], "GS signed off for fit only; 10 DVT units are the only released quantity; 3,000 MP not released until DVT sign-off + written release from Aleksi or Kaisa Mäkinen; supplier question is not approval.", [
    ("wechat_bosheng_export.txt", C03),
])

# ---------------------------------------------------------------- c04
C04 = docx_bytes([
    ("h1", "12-Month Rolling Forecast - NOT A PURCHASE ORDER"),
    ("p", "From: Northbarn Home Inc., 88 Atlantic Ave, Toronto ON M6K 1X9, Canada"),
    ("p", "To: Shenzhen Anbo Smart Technology Co., Ltd. Attn: Leo Zhang"),
    ("p", "SKU: NB-PLUG-2P (smart plug, 2-pin, UL 60730-1 / FCC ID 2A4NB-PLUG2). Issued: 2024-07-02."),
    ("table", [
        ["Month", "Forecast units", "Comment"],
        ["Aug-24", "1,000", "back-to-school promo"],
        ["Sep-24", "1,500", ""],
        ["Oct-24", "2,500", "Q4 retail build"],
        ["Nov-24", "3,000", ""],
        ["Dec-24", "1,000", ""],
        ["Jan-25 to Jul-25", "9,000 total", "indicative only"],
    ]),
    ("sp",),
    ("p", "This forecast is for capacity planning only. It is not an order, it does not commit Northbarn "
          "to any quantity, and it does not authorize production or the purchase of material."),
    ("p", "Production quantities are released only by a numbered call-off signed by Ravi Sandhu "
          "(VP Operations). Material bought ahead of a call-off is at the supplier's own risk."),
    ("p", "Questions: Chloé Tremblay, Purchasing, chloe.tremblay@northbarn.ca"),
], author="Chloé Tremblay")
case("c04_forecast_northbarn", [], "Labelled 12-month forecast, explicitly not an order and not a release; no authorization in the bundle.", [
    ("Northbarn_forecast_2024-07.docx", C04),
])

# ---------------------------------------------------------------- c05
C05 = pdf([
    ("h1", "PURCHASE ORDER WC-2024-088"),
    ("p", "Wattle & Co Pty Ltd, 14 Smith Street, Collingwood VIC 3066, Australia. ABN 51 824 753 556."),
    ("p", "Supplier: Dongguan Hengcai Colour Printing & Packaging Co., Ltd. Attn: Echo Li."),
    ("p", "Date: 2024-05-06. Currency: USD. Incoterms: FOB Shenzhen."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
        ["1", "WC-GB-230", "Rigid gift box 230x160x60 mm, 1200 g greyboard, soft-touch lam., gold foil",
         "1,500 pcs", "1.38", "2,070.00"],
    ]),
    ("sp",),
    ("p", "This is the full order quantity: 1,500 pcs. There is no sample line and no further balance on this PO."),
    ("p", "The digital proof (proof v4) was signed off by Jess O'Connor on 3 May 2024. Please proceed with the "
          "full 1,500 pcs."),
    ("p", "Payment terms: T/T 30% deposit, 70% before shipment. Delivery: ex-factory 31 May 2024. "
          "Carton marks: WATTLE & CO / WC-GB-230 / MADE IN CHINA / C/NO."),
    ("p", "Authorised by: Liam Nguyen, Operations."),
], title="PO WC-2024-088", author="Liam Nguyen")
case("c05_po_wattle_boxes", [], "Full-quantity PO (1,500 pcs, no balance); 'proceed with the full 1,500 pcs' is scoped; deposit only a payment term.", [
    ("PO_WC-2024-088.pdf", C05),
])

# ---------------------------------------------------------------- c06
C06 = html_page("Pulse band v2 - build plan & supplier scope", """
<div style="color:#888">Lumo Labs / Hardware / Suppliers / Kaixin &nbsp;·&nbsp; Last edited by Kristaps Ozols, 11 Jun 2024</div>
<h1>📿 Pulse band v2 — build plan &amp; supplier scope (shared with Shenzhen Kaixin EMS)</h1>
<p>Owner: Kristaps Ozols (HW) · Release authority: Laura Bērziņa (CEO) · Regulatory: IEC 60601-1-11, ISO 13485 supplier file SF-0931</p>
<h2>1. What is released today</h2>
<div class="note"><b>Released now: EVT, 25 units</b> (PO LL-2406). Please build, test and ship these 25 units only.</div>
<h2>2. Material authority (staged)</h2>
<p>Kaixin may buy the long-lead parts listed below for up to <b>500 units</b> at Lumo Labs' liability.
This covers material only. It does not release any assembly beyond the 25 EVT units.</p>
""" + table_html([
    ["Part", "MPN", "Lead time", "Staged up to"],
    ["MCU", "nRF52840-QIAA", "16 wk", "500 units"],
    ["PPG sensor", "MAX86141ENP+", "20 wk", "500 units"],
    ["Display", "1.1\" AMOLED 126x294", "12 wk", "500 units"],
    ["PCB, battery, strap", "-", "under 6 wk", "25 units only (EVT)"],
]) + """
<h2>3. Not released</h2>
<p>Everything beyond the 25 EVT units is <b>not released</b>. The build plan below is a forecast, not an order:</p>
""" + table_html([
    ["Phase", "Qty (forecast)", "Target"],
    ["DVT", "100", "Sep 2024"],
    ["PVT", "300", "Nov 2024"],
    ["MP", "2,000", "Q1 2025"],
]) + """
<h2>4. How the next quantity gets unlocked</h2>
<ol><li>EVT sign-off by Kristaps Ozols (report template HW-EVT-02).</li>
<li>Written production release for the DVT quantity, signed by Laura Bērziņa. Nothing else counts as a release — not this page, not Slack.</li></ol>
<h2>💬 Comments</h2>
<p><b>Yuki Zhang (Kaixin)</b> — 12 Jun: ok noted, we buy MCU + sensor + display for 500 units, PCB and battery only for 25. EVT ship date 28 Jun.</p>
<p><b>Kristaps Ozols</b> — 12 Jun: 👍 correct.</p>
""")
case("c06_notion_lumo_plan", [], "25 EVT units released; explicit staged material authority for 500 units (material only); DVT/PVT/MP labelled forecast, not released; unlock = EVT sign-off + written release by Laura Bērziņa.", [
    ("Pulse_band_v2_build_plan.html", C06),
])

# ---------------------------------------------------------------- c07
C07_TXT = """Hi Ken,

As discussed on Tuesday's call, here is the written version so both sides have the same record.

1. PO SW-1187 covers 40 pilot units of the CardioPatch main board (SW-MB-03 rev E). Please build and ship those 40.

2. Recorded auto-conversion (agreed by Yoav Peretz, VP Operations, on 21 May 2024): if Dr. Tal Ben-David (QA/RA) signs off the pilot lot with a full pass - no interim limits, no open NCRs - by 30 June 2024, that sign-off by itself releases tranche 2 = 460 units. No separate release email is needed for those 460. If the sign-off is interim, rejected, or comes after 30 June, nothing converts and tranche 2 waits for a written release from Yoav.

3. Everything beyond 500 units (the other 1,500 of the 2,000 in your quote FPA-Q-2405) stays on hold. Only a written production release signed by Yoav Peretz releases it.

4. Material: you may buy components for 500 units (40 + 460) at our liability. Nothing beyond that.

Please reply to confirm you have recorded point 2 exactly as written.

Thanks,
Noa
""" + sig("Noa Levi", "Procurement Lead", "Shaked Wearables Ltd, Tel Aviv", "+972 3 555 8120")
case("c07_autoconv_shaked", [], "Explicit recorded auto-conversion naming quantity (460), signer, conditions and date; 40 pilot units active; rest on hold for Yoav Peretz; material 500 explicit.", [
    ("SW-1187_pilot.eml", eml_bytes(mail(
        "Noa Levi <noa.levi@shaked-wear.co.il>", "Ken Chang <ken.chang@formosa-pcba.com.tw>",
        "PO SW-1187 pilot lot + recorded auto-conversion for tranche 2", "Thu, 23 May 2024 14:05:00 +0300",
        C07_TXT, html=t2h(C07_TXT), cc="Yoav Peretz <yoav@shaked-wear.co.il>"))),
])

# ---------------------------------------------------------------- c08
C08_OLD = mail("Leo Zhang <leo@anbo-smart.com>", "Chloé Tremblay <chloe.tremblay@northbarn.ca>",
               "Quotation NB-PLUG-2P", "Tue, 17 Oct 2023 16:20:00 +0800",
               """Dear Chloé,

Thanks for your inquiry. Our quotation for NB-PLUG-2P smart plug:

Samples: 60 pcs, USD 9.50/pc, 15 days
MP: 5,000 pcs, USD 3.85/pc, FOB Shenzhen, 35 days
Tooling (housing + button): USD 4,200

Certification UL/cUL by customer. Any question pls let me know.

Best regards
Leo Zhang
Shenzhen Anbo Smart Technology Co., Ltd
""")
C08_TXT = """Hi Leo,

Forwarding your quote from last October (attached below) so we are looking at the same numbers.
The 5,000 pcs in it is informational only. It is not released and nothing in this mail changes that.

PO NB-5530 is for sixty (60) sample units of NB-PLUG-2P only. Please make those 60.

The rest stays on hold until two things happen: our sample sign-off (Ravi Sandhu, VP Operations) and
then a written production release from me, Chloé Tremblay. Please buy material for the 60 only.

Merci!
Chloé
""" + sig("Chloé Tremblay", "Purchasing Manager", "Northbarn Home Inc., Toronto", "+1 416 555 0143")
case("c08_fwd_oldquote_northbarn", [], "Old quote with 5,000 pcs forwarded as rfc822 and declared informational/not released; PO for 60 samples; unlock = sample sign-off + written release by Chloé Tremblay.", [
    ("NB-5530_fwd_quotation.eml", eml_bytes(mail(
        "Chloé Tremblay <chloe.tremblay@northbarn.ca>", "Leo Zhang <leo@anbo-smart.com>",
        "Fwd: Quotation NB-PLUG-2P / PO NB-5530 samples", "Mon, 08 Jul 2024 09:15:00 -0400",
        C08_TXT, attachments=[("rfc822", C08_OLD)]))),
])

# ---------------------------------------------------------------- c09
C09_TXT = """Hi Frank,

Thanks for shipping the samples so fast.

Please don't plan it that way: sample sign-off does not release anything by itself. The 3,000 pcs MP is on hold.
After our sample sign-off, I (Amit Cohen) or Dana Mizrahi will send you a written production release that
states the quantity. Until then the only released quantity is the 20 samples on PO TR-0442, which you have
now shipped. Please also don't buy 6061-T6 bar beyond what you needed for the 20.

Best,
Amit
""" + sig("Amit Cohen", "Purchasing", "Tamar Robotics Ltd, Haifa", "+972 4 555 3301") + """
On Wed, 12 Jun 2024 at 11:03, Frank Wu <frank@jinrui-cnc.com> wrote:
""" + q("""Dear Amit,

Samples 20 pcs TR-SH-04 shoulder housing shipped today by FedEx 7781 2290 4431.
After you approve the samples we start MP 3,000 pcs directly, to save time.
We already book the 5-axis machine for week 27.

BR
Frank Wu
Dongguan Jinrui Precision Hardware Co., Ltd""")
case("c09_reply_jinrui", [], "Supplier's quoted auto-conversion assumption is corrected by the buyer: 20 samples only, 3,000 on hold, written release by Amit Cohen or Dana Mizrahi after sample sign-off.", [
    ("RE_TR-0442_samples_shipped.eml", eml_bytes(mail(
        "Amit Cohen <amit@tamar-robotics.co.il>", "Frank Wu <frank@jinrui-cnc.com>",
        "RE: TR-0442 samples shipped", "Wed, 12 Jun 2024 16:48:00 +0300", C09_TXT,
        in_reply_to="<20240612110300.5521@jinrui-cnc.com>"))),
])

# ---------------------------------------------------------------- c10
C10 = pdf([
    ("h1", "PROFORMA INVOICE"),
    ("p", "Xiamen Hongsheng Silicone Rubber Co., Ltd. Jimei District, Xiamen, Fujian, China."),
    ("p", "PI No.: PI-HS240611 · Date: 2024-06-11 · Buyer: Krumme Toys ApS, Aarhus, Denmark · Attn: Mette Kjær"),
    ("table", [
        ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "Silicone teether 'Søløve', food grade LSR (LFGB, FDA 21 CFR 177.2600), samples", "50 pcs", "1.20", "60.00"],
        ["2", "Mould, 2 cavities, for teether 'Søløve'", "1 set", "1,450.00", "1,450.00"],
        ["", "Total", "", "", "1,510.00"],
    ]),
    ("sp",),
    ("p", "Payment: 30% deposit of mould cost (USD 435.00) now; balance of mould + samples before sample shipment."),
    ("p", "Important: the deposit is for mould making only. Payment of the deposit does not release mass production. "
          "The MP quantity of 4,000 pcs (ref. quotation QT-0523) is not released; we will start MP only after "
          "Krumme's written production release signed by Mette Kjær."),
    ("p", "Bank: Bank of China Xiamen Branch, SWIFT BKCHCNBJ73A. Beneficiary: Xiamen Hongsheng Silicone Rubber Co., Ltd."),
    ("p", "Sales: Sunny Zhang · WhatsApp +86 138 5921 0087"),
], title="PI-HS240611", author="Sunny Zhang")
case("c10_pi_hongsheng", [], "Supplier PI: deposit explicitly does not release production; 4,000 MP stated not released pending Mette Kjær's written release; 177.2600 is a regulation number.", [
    ("PI-HS240611.pdf", C10),
])

# ---------------------------------------------------------------- c11
C11 = """CHEN-YU CNC MACHINERY CO., LTD.
No. 66, Gongye 32nd Rd., Xitun Dist., Taichung City 407, Taiwan
Tel +886 4 2359 8870

ORDER ACKNOWLEDGEMENT  OA-24-0719                         Date: 2024-06-20

Customer : Kestrel Robotics Sp. z o.o., ul. Legnicka 48, 54-202 Wrocław, Poland
Attn     : Paweł Nowak
Your PO  : KR/2024/118

We confirm PO KR/2024/118 as written:

  Part        : KR-ARM-L2 rev B, arm link, Al 7075-T6, hard anodized black (MIL-A-8625 Type III)
  Quantity    : 12 pcs samples
  Unit price  : USD 48.00
  Ship date   : 2024-07-05, FedEx IP, with CMM report

Balance 1,188 pcs (of the 1,200 pcs quoted in CY-Q-0604) is on hold until sample sign-off at Kestrel
and your written release from Agnieszka Wójcik. We purchase 7075 bar for the 12 pcs only.

Thank you for your order.

Vincent Lin
Sales Manager
"""
case("c11_oa_chenyu", [], "Supplier acknowledgement restating the hold: 12 samples, 1,188 on hold until sample sign-off + written release by Agnieszka Wójcik, bar for 12 only.", [
    ("OA-24-0719_ChenYu.txt", C11),
])

# ---------------------------------------------------------------- c12
C12 = docx_bytes([
    ("h1", "Sample sign-off and production release record"),
    ("p", "Rasa Mobility UAB, Žalgirio g. 90, LT-09303 Vilnius · Supplier: Ningbo Jiali Die Casting Co., Ltd"),
    ("table", [
        ["Field", "Value"],
        ["Part", "RM-MH-07 rev D, motor housing, ADC12 die cast + CNC"],
        ["Samples", "10 pcs under PO RM-24-0077"],
        ["Disposition", "INTERIM"],
        ["Limits", "max. 200 pcs; expires 31 Aug 2024"],
        ["Open points", "porosity near boss B3 (X-ray severity level 2 per ASTM E505); M6x1.0 thread depth on 2/10 pcs"],
        ["Sample sign-off by", "Tomas Petrauskas, Quality Engineer, 2024-07-09"],
    ]),
    ("sp",),
    ("h", "Production release R-RM-07-01"),
    ("p", "Under the interim sign-off above, Rasa Mobility releases 200 pcs of RM-MH-07 for production. "
          "Signed: Gintarė Kazlauskė, Supply Chain Manager (release authority), 2024-07-10."),
    ("h", "Balance"),
    ("p", "The remaining 2,800 pcs of the 3,000 pcs in quotation NJ-Q-2405 are not released. They stay on hold "
          "until a final (non-interim) sample sign-off by Tomas Petrauskas and a new written production release "
          "from Gintarė Kazlauskė."),
    ("p", "Material authority: ADC12 ingot for 200 pcs only."),
], author="Gintarė Kazlauskė")
case("c12_interim_rasa", [], "Interim sign-off with quantity/expiry limits; release of 200 signed by named authority; 2,800 on hold until final sign-off + new written release.", [
    ("RM-MH-07_signoff_release.docx", C12),
])

# ---------------------------------------------------------------- c13
C13 = html_page("Bao gia / Quotation AP-Q-24-0388", """
<table style="border:none"><tr><td style="border:none"><b>AN PHAT PACKAGING JSC</b><br>Lot C-12, VSIP II, Thu Dau Mot, Binh Duong, Vietnam<br>Tel +84 274 3628 551</td></tr></table>
<h2>QUOTATION / BÁO GIÁ &nbsp; AP-Q-24-0388</h2>
<p>Customer: Pannkook OÜ, Tallinn, Estonia &nbsp;|&nbsp; Attn: Mart Tamm &nbsp;|&nbsp; Date: 02/08/2024 &nbsp;|&nbsp; Valid: 30 days</p>
<p>Item: printed sleeve for 28 cm frying pan PK-FP-28, 350 gsm C1S ivory board, CMYK + 1 Pantone, matt OPP lamination, die-cut with hang tab.</p>
""" + table_html([
    ["No.", "Description", "Quantity", "Unit price (USD)", "Amount (USD)", "Lead time"],
    ["1", "Printing plates CMYK+1", "5 plates", "45.00", "225.00", "3 days"],
    ["2", "Sample (digital print, no plates)", "20 pcs", "2.50", "50.00", "5 days"],
    ["3", "Mass production", "2,000 pcs", "0.41", "820.00", "18 days"],
    ["4", "Mass production", "5,000 pcs", "0.33", "1,650.00", "18 days"],
    ["5", "Mass production", "10,000 pcs", "0.27", "2,700.00", "22 days"],
]) + """
<p class="note">Notes: 1) Prices FOB Cat Lai, HCMC. 2) MP lead time counted from customer's written production release and final artwork. 3) Payment: 30% deposit, 70% before shipment. 4) MOQ 2,000 pcs. 5) +/- 3% over/under run accepted as normal in printing.</p>
<p>Sales: Nguyen Thi Lan &middot; lan.nguyen@anphatpack.vn &middot; Zalo/WhatsApp +84 908 112 374</p>
""")
case("c13_quote_anphat", [], "Supplier quotation export (HTML table) with sample and MP tiers; no authorized quantity in the bundle.", [
    ("AP-Q-24-0388_quotation.html", C13),
])

# ---------------------------------------------------------------- c14
C14 = """PANNKOOK OÜ                                          CALL-OFF / TARNEGRAAFIK
Peterburi tee 46, 11415 Tallinn, Estonia             Doc no. : CO-SA5500018-04
VAT EE102345678                                      Date    : 19.08.2024
                                                     Page    : 1 / 1
SUPPLIER: YONGKANG HUATAI COOKWARE CO., LTD
          HUAJIE INDUSTRIAL ZONE, YONGKANG, ZHEJIANG, CN
SCHEDULING AGREEMENT SA-5500018 (BLANKET COVER 10,000 PCS)
------------------------------------------------------------------------------------
ITEM  PART NO.       DESCRIPTION                     REL.QTY  UOM  DELIVERY
------------------------------------------------------------------------------------
0010  3000-200-15    PAN BODY 28CM DIE-CAST AL           800  PCS  30.09.2024
                     DRG 1200 REV 7 / NON-STICK PER EN 12983-1
                     WALL 4.0MM, BASE 5.5MM INDUCTION DISC 430SS
------------------------------------------------------------------------------------
CUMULATIVE RELEASED CO-01..CO-04 :      3,600 PCS
BALANCE OF BLANKET NOT RELEASED  :      6,400 PCS
------------------------------------------------------------------------------------
NOTES:
1. THIS CALL-OFF RELEASES 800 PCS ONLY.
2. BALANCE 6,400 PCS NOT RELEASED - ON HOLD UNTIL THE NEXT CALL-OFF.
3. NEXT CALL-OFF ISSUED ONLY BY KADRI SAAR (SUPPLY MANAGER), IN WRITING.
4. MATERIAL AUTHORITY: 800 PCS (THIS CALL-OFF). NO MATERIAL FOR THE BALANCE.
5. PACKING: 6 PCS/CTN, EXPORT CARTON, PALLET HEIGHT MAX 1,200 MM.
------------------------------------------------------------------------------------
PREPARED BY: M.TAMM                      SIGNED: KADRI SAAR
"""
case("c14_calloff_pannkook", [], "ERP call-off releases 800; blanket balance 6,400 explicitly not released until next call-off by Kadri Saar; material 800; DRG/PN/EN numbers are identifiers.", [
    ("CO-SA5500018-04.txt", C14),
])

# ---------------------------------------------------------------- c15
C15_TXT = """Dear Johan,

Good day! 20 pcs T1 samples of the thermostat front cover HS-TH-01 shipped today by DHL, AWB 5520 1187 34.
CMM report and material cert (Bayblend T85 XF) inside the box and attached here.

We would like to ask: do we have your go-ahead for the balance 2,980 pcs? Our 280T machine is free
from 8 July, so if possible we want to book it for you. Pls advise.

Thanks & best regards,
Amy Chen
Sales Dept.
Dongguan Yuxin Plastic Mould Co., Ltd
Tel: +86 769 8532 1177  |  WeChat: amy_yuxin
"""
case("c15_question_yuxin", [], "Supplier's question about a go-ahead for the balance; a question is not an approval and there is no authorization to judge.", [
    ("T1_samples_shipped_HS-TH-01.eml", eml_bytes(mail(
        "Amy Chen <amy@yuxin-mould.cn>", "Johan Ek <johan.ek@hemmasmart.se>",
        "T1 samples shipped - HS-TH-01 / go-ahead for balance?", "Thu, 27 Jun 2024 17:31:00 +0800",
        C15_TXT))),
])

# ---------------------------------------------------------------- c16
C16 = pdf([
    ("h1", "PRODUCTION RELEASE NR-0042"),
    ("p", "Northbarn Home Inc. · 88 Atlantic Ave, Toronto ON M6K 1X9 · To: Shenzhen Anbo Smart Technology Co., Ltd"),
    ("p", "Date: 2024-08-14 · Part: NB-PLUG-2P rev C · PO NB-5530 rev 2 (commercial cover 1,560 units incl. 60 samples)"),
    ("table", [
        ["", "Units"],
        ["Quoted production quantity", "3,000"],
        ["Released by this document", "1,500"],
        ["Previously released (samples)", "60"],
        ["Not released - on hold", "1,500"],
    ]),
    ("sp",),
    ("p", "Following the DVT sample sign-off of 12 August 2024 (signed by Chloé Tremblay, test report "
          "NB-DVT-0809), Northbarn Home Inc. releases 1,500 units of NB-PLUG-2P for production."),
    ("p", "The remaining 1,500 units of the 3,000 quoted are not released. They stay on hold until the DVT2 "
          "sign-off (thermal retest per UL 60730-1, clause 27) and a new written production release signed by "
          "Ravi Sandhu."),
    ("p", "Material authority: 1,500 units."),
    ("sp",),
    ("p", "Ravi Sandhu, VP Operations (release authority) — signed 2024-08-14"),
], title="NR-0042", author="Ravi Sandhu")
case("c16_release_northbarn", [], "Written production release of 1,500 after sign-off, signed by named authority; remaining 1,500 on hold until DVT2 sign-off + new release; material 1,500.", [
    ("Release_NR-0042.pdf", C16),
])

# ---------------------------------------------------------------- c17
C17 = """#ops-sourcing  (Fjordlys AS Slack, internal)  export 2024-06-07

Ingrid Solberg  09:02
Hongda asked again this morning. Should we give them the go-ahead on the 2k?

Eirik Haugen  09:10
Not yet. EVT drop test is Thursday and the LED driver still runs 6 °C too hot at 230 V.

Maren Dahl  09:14
Agree. Let's not let the deposit discussion drive this either.

Ingrid Solberg  09:15
ok. so decision = MP stays on hold?

Maren Dahl  09:17
Decision: MP stays on hold. After Eirik signs off EVT I send the written release to Hongda myself.
Ingrid, please tell Cindy to build only the 30 EVT sets and to buy nothing for MP.

Ingrid Solberg  09:18
👍 will do. I'll also ask for their component MOQ list so we see what the 30 sets really cost.

Eirik Haugen  09:21
+1. FYI PCBA-LY-200 rev C, BOM rev 14, 230 V / 50 Hz variant only for EVT.
"""
case("c17_slack_internal", [], "Internal buyer Slack: a question about a go-ahead and a decision to keep MP on hold; no risky authorization.", [
    ("slack_ops-sourcing_2024-06-07.txt", C17),
])

# ---------------------------------------------------------------- c18
C18 = docx_bytes([
    ("h1", "INDKØBSORDRE / PURCHASE ORDER KT-2024-031"),
    ("p", "Krumme Toys ApS, Mejlgade 37, 8000 Aarhus C, Denmark · CVR 41 22 87 63"),
    ("p", "Supplier: Shantou Chenghai Leyuan Toys Co., Ltd., Chenghai District, Shantou, Guangdong · Att.: Coco Lin"),
    ("p", "Date: 03.06.2024 · Your offer: LY-2405-17 · Currency: EUR · Delivery: DHL Express to Aarhus"),
    ("table", [
        ["Pos.", "Article", "Description", "Qty", "Price EUR", "Total EUR"],
        ["1", "KT-FIG-12", "Vinyl figure 'Bamse', hand painted, samples", "24", "3,80", "91,20"],
        ["2", "KT-FIG-12-P", "Paint masks (one-off)", "1", "120,00", "120,00"],
        ["", "", "", "", "Total", "211,20"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "Sample order: twenty-four (24) pcs. Only these 24 pcs are released."),
    ("p", "The production quantity of 6.000 pcs in your offer LY-2405-17 is not released and is on hold."),
    ("p", "The hold is lifted only after (1) a passed EN 71-1/-2/-3 test report (EN 71-3:2019+A1:2021) and ASTM "
          "F963-17, (2) our sample sign-off, and (3) a written production release signed by Mette Kjær, "
          "Managing Director."),
    ("p", "Material: pigment and PVC for the 24 samples only."),
    ("p", "Med venlig hilsen / Best regards, Mette Kjær"),
], author="Mette Kjær")
case("c18_po_krumme_docx", [], "Sample PO for twenty-four (24) pcs; 6.000 pcs in offer not released; unlock = EN 71 pass + sample sign-off + written release by Mette Kjær; material for samples.", [
    ("PO_KT-2024-031.docx", C18),
])

# ---------------------------------------------------------------- c19
C19_TXT = """Hi Sunny,

I've just placed and paid Trade Assurance order #2405-1188-3320 for 10 pcs samples
(5 x silicone spatula SP-28, 5 x tongs TG-30, colour sage green).

Payment of the TA order covers the 10 samples only. It does not release the 1,000 pcs MP in your
quote - that quantity is on hold.

When the samples land, Jess O'Connor will do the sample sign-off (oven test at 230 °C + LFGB migration
report). Only after that will I send you a written production release. I'm the only one here who signs
releases (Liam Nguyen, Operations).

Materials: only for the 10 samples pls.

Cheers,
Liam
""" + sig("Liam Nguyen", "Operations", "Wattle & Co Pty Ltd, Melbourne", "+61 3 9555 0172")
C19_HTML = t2h(C19_TXT).replace("</body>", table_html([
    ["TA order", "Item", "Qty", "Status"],
    ["2405-1188-3320", "SP-28 spatula, sage", "5", "paid - samples"],
    ["2405-1188-3320", "TG-30 tongs, sage", "5", "paid - samples"],
]) + "\n</body>")
case("c19_ta_samples_wattle", [], "Trade Assurance payment explicitly covers 10 samples and does not release the 1,000 MP; sample sign-off + written release by Liam Nguyen.", [
    ("TA_2405-1188-3320_samples.eml", eml_bytes(mail(
        "Liam Nguyen <liam@wattleandco.com.au>", "Sunny Zhang <sunny@kitchenpro-yj.com>",
        "TA order 2405-1188-3320 - samples only", "Tue, 21 May 2024 12:10:00 +1000",
        C19_TXT, html=C19_HTML))),
])

# ---------------------------------------------------------------- c20
C20 = """[12/06/2024, 10:14:22] Josh Whitaker: Morning Duc! PO SC-PO-2409 just sent for the rear dropout SC-DO-11 rev C
[12/06/2024, 10:14:58] Josh Whitaker: pls make 8 pcs FAI only (eight). bal. 392 stays on hold till our FAI sign-off + a written release from me
[12/06/2024, 10:15:30] Josh Whitaker: and no stock material for the 392 pls, just enough 7075 plate for the 8
[12/06/2024, 10:31:07] Tran Minh Duc: ok noted anh Josh, 8 pcs FAI only 👍 bal 392 wait your release
[12/06/2024, 10:31:40] Tran Minh Duc: FAI report with CMM + thread gauge M12x1.0 ok?
[12/06/2024, 10:33:02] Josh Whitaker: yep + anodise thickness pls. cheers
[12/06/2024, 10:33:15] Tran Minh Duc: 👌
"""
case("c20_whatsapp_thienlong", [], "8 FAI pcs only; bal. 392 on hold until FAI sign-off + written release from Josh (signed sender); material for 8.", [
    ("WhatsApp Chat with Duc Thien Long.txt", C20),
])

# ---------------------------------------------------------------- c21
C21 = html_page("[PROC-412] Issue sample PO to Shenzhen Xinda PCBA - Jira", """
<div style="color:#666">Projects / Procurement / PROC-412</div>
<h2>Issue sample PO to Shenzhen Xinda PCBA for RoverKit controller</h2>
<table>
<tr><th>Type</th><td>Task</td><th>Status</th><td>DONE</td></tr>
<tr><th>Assignee</th><td>Ben Okafor</td><th>Reporter</th><td>Priya Nair</td></tr>
<tr><th>Labels</th><td>roverkit, pcba, xinda</td><th>Due</th><td>2024-05-31</td></tr>
</table>
<h3>Description</h3>
<p>Send PO MCL-0412 to Xinda with the scope note below pasted into the PO note field. Quote XD-Q-0518 prices 1,600 units in total, including the 16-unit sample build.</p>
<div class="note"><b>PO note (as sent):</b><br>
PO MCL-0412 covers 16 units of RK-CTRL-01 rev B (sample build). Only these 16 units are released.<br>
The other 1,584 units of the 1,600 quoted are on hold. They are released only after sample sign-off by Priya Nair (HW lead) and a written production release from Ben Okafor (Operations Director).<br>
Material: components for the 16 units only.</div>
<h3>Activity</h3>
<p><b>Priya Nair</b> · 28 May 2024 10:02 — Wording looks right. Please make sure the 1,600 is not on the PO lines, only in the note.</p>
<p><b>Ben Okafor</b> · 29 May 2024 16:40 — PO sent with the note. Kevin at Xinda confirmed by mail: "16 units only, balance on hold, will wait your written release." Closing.</p>
""")
case("c21_jira_maple", [], "Jira ticket records the PO note: 16 units released, 1,584 on hold until sample sign-off + written release by Ben Okafor.", [
    ("PROC-412.html", C21),
])

# ---------------------------------------------------------------- c22
C22_PO = pdf([
    ("h1", "OSTUTELLIMUS / PURCHASE ORDER VB-24-066"),
    ("p", "Voolu Bikes OÜ, Kopli 70, 10412 Tallinn, Estonia · Supplier: Ningbo Beilun Dingsheng Metal Products Co., Ltd"),
    ("p", "Date: 2024-06-18 · Ref. quotation NBD-Q-2406-11 · Incoterms: FCA Ningbo"),
    ("table", [
        ["Pos", "Part", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "VB-CA-170 rev C", "Crank arm 170 mm, forged 6061-T6, samples", "20", "14.50", "290.00"],
    ]),
    ("sp",),
    ("p", "This PO covers 20 samples. The production quantities in quotation NBD-Q-2406-11 (2,000 / 5,000 pcs "
          "tiers) are price information only and are not released."),
    ("p", "The balance stays on hold until (a) the ISO 4210-8 fatigue test passes, (b) our sample sign-off, and "
          "(c) a written production release signed by Kristjan Kask, CEO."),
    ("p", "Material authority: 20 pcs only. Please send the forging report with the samples."),
], title="PO VB-24-066", author="Kristjan Kask")
C22_Q = html_page("Quotation NBD-Q-2406-11", """
<h2>NINGBO BEILUN DINGSHENG METAL PRODUCTS CO., LTD</h2>
<p>Quotation NBD-Q-2406-11 &middot; To: Voolu Bikes OÜ &middot; Date: 2024-06-11</p>
""" + table_html([
    ["Item", "Spec", "Qty", "Unit price USD", "Lead time"],
    ["Crank arm VB-CA-170", "6061-T6 forged + CNC + anodized black", "20 pcs (sample)", "14.50", "15 days"],
    ["Crank arm VB-CA-170", "same", "2,000 pcs", "6.90", "35 days"],
    ["Crank arm VB-CA-170", "same", "5,000 pcs", "6.20", "40 days"],
    ["Forging die", "2 cavities", "1 set", "2,300.00", "20 days"],
]) + """
<p>Remarks: price FOB Ningbo; die cost 50% refundable after 20,000 pcs accumulated; validity 45 days.</p>
<p>Contact: Lucy Xu &middot; lucy@dingsheng-metal.com</p>
""")
case("c22_po_voolu_plus_quote", [], "Folder bundle: PO for 20 samples + quote with 2,000/5,000 tiers declared price info, not released; unlock = ISO 4210-8 pass + sample sign-off + release by Kristjan Kask.", [
    ("PO_VB-24-066.pdf", C22_PO),
    ("Quotation_NBD-Q-2406-11.html", C22_Q),
])

# ---------------------------------------------------------------- c23
C23_ERP = """HEMMA SMART AB                        PURCHASE ORDER            HS-24-210 REV B
Lindholmspiren 7, 417 56 Göteborg     DATE: 2024-07-15           PAGE 1
VENDOR: 200417 DONGGUAN YUXIN PLASTIC MOULD CO LTD
BUYER : S.LINDQVIST
--------------------------------------------------------------------------------
POS  MATERIAL       DESCRIPTION                      QTY  UN  PRICE USD   VALUE USD
10   HS-TH-01-B     FRONT COVER PC/ABS RAL9003     3,000  PC       0.92    2,760.00
     SCHEDULE:      1,500 PC WK36 + 1,500 PC WK40 = 3,000 PC
--------------------------------------------------------------------------------
TOTAL                                                                     2,760.00
TERMS: 30 DAYS NET AFTER DELIVERY   INCOTERMS: FOB SHENZHEN
NOTE : REPEAT ORDER, SAME PART AND REV AS PO HS-24-118. FULL QTY, NO BALANCE.
"""
C23_TXT = """Hi Amy,

Attached PO HS-24-210 rev B (ERP printout). This is a repeat order - same part, same rev as PO HS-24-118.
The full order is 3,000 pcs. There is no sample and no balance on it.

Please go ahead with all 3,000 pcs, delivered in two lots: 1,500 in week 36 and 1,500 in week 40.
Rev B only changes the delivery split; quantity and price are the same as rev A.

Tack och ha en bra dag,
Sara
""" + sig("Sara Lindqvist", "Purchaser", "Hemma Smart AB, Göteborg", "+46 31 555 27 40")
case("c23_repeat_po_hemma", [], "Full-quantity repeat PO (3,000, no balance); 'go ahead with all 3,000 pcs' is scoped; delivery split sums to the order.", [
    ("HS-24-210_revB.eml", eml_bytes(mail(
        "Sara Lindqvist <sara.lindqvist@hemmasmart.se>", "Amy Chen <amy@yuxin-mould.cn>",
        "PO HS-24-210 rev B - repeat order HS-TH-01, 3,000 pcs", "Mon, 15 Jul 2024 08:55:00 +0200",
        C23_TXT, attachments=[("HS-24-210_revB.txt", C23_ERP, "text/plain")]))),
])

# ---------------------------------------------------------------- c24
C24 = """Lark group: Maple Circuit × Xinda — RoverKit   (exported 2024-08-02)

Ben Okafor  2024-07-22 09:05
Kevin, writing this here and by mail so it's on record. Material authority for RK-CTRL-01: you may buy PCBs, STM32G431 and the DRV8316 motor drivers for up to 500 sets at Maple Circuit's liability.

Ben Okafor  2024-07-22 09:06
Assembly: only the 50 pilot sets on PO MCL-0457 are released. The other 1,550 sets of the 1,600 in your quote are NOT released. They stay on hold until pilot sign-off by Priya Nair and a written release from me (Ben Okafor).

Kevin Liu  2024-07-22 10:40
Received Ben 👍 buy material 500 sets, SMT only 50 sets pilot

Kevin Liu  2024-07-30 15:12
Update: PCB 500 sets + STM32 500 pcs + DRV8316 500 pcs arrived warehouse. SMT 50 sets done, FCT tomorrow.

Ben Okafor  2024-07-30 15:20
Great, thanks. Ship the 50 when FCT passes.
"""
case("c24_lark_maple_staged", [], "Explicit staged material authority for 500 sets; supplier stocks material within it and assembles only the 50 released pilot sets; 1,550 on hold for Ben Okafor.", [
    ("lark_maple_xinda_export.txt", C24),
])

# ---------------------------------------------------------------- c25
C25 = html_page("Production release RA-REL-003 - Google Docs", """
<div style="color:#777">Revontuli Audio Oy · Shared with jenny.liu@bosheng-acoustic.com (can comment)</div>
<h1>Production release RA-REL-003 — speaker grille RA-GR-02 rev D</h1>
<p><b>Supplier:</b> Shenzhen Bosheng Acoustic Technology Co., Ltd &nbsp; <b>Date:</b> 3 Sep 2024</p>
""" + table_html([
    ["Step", "Status", "Reference"],
    ["DVT sample sign-off", "done, 2 Sep 2024, Aleksi Virtanen (HW lead)", "report DVT-RA-07"],
    ["PO issued", "PO RA-24-044, commercial cover 3,000 pcs", "sent 26 Aug 2024"],
    ["Production release", "1,200 pcs - this document", "RA-REL-003"],
]) + """
<p>Revontuli Audio releases <b>1,200 pcs</b> of RA-GR-02 rev D for production.</p>
<p>The remaining 1,800 pcs are <b>not released</b>. They are on hold until PVT sign-off and a new written production release signed by Kaisa Mäkinen (COO).</p>
<p>Material authority: 1,200 pcs plus 5% scrap allowance (60 pcs).</p>
<p>Signed: Kaisa Mäkinen, COO</p>
<hr>
<h3>Comments</h3>
<p><b>Jenny Liu</b> 3 Sep 2024 14:02 — received, thank you! we start 1,200 pcs next week, material 1,260 pcs incl. scrap.</p>
<p><b>Kaisa Mäkinen</b> 3 Sep 2024 14:30 — Correct. Signed PDF in your mailbox.</p>
""")
case("c25_gdoc_release_revontuli", [], "Release notice keeps sign-off / PO issued / production release apart; 1,200 released, 1,800 on hold until PVT sign-off + Kaisa Mäkinen; material incl. explicit scrap allowance.", [
    ("RA-REL-003_release.html", C25),
])


# =================================================================== CASES WITH RISKS
# ---------------------------------------------------------------- p01
P01_PO = pdf([
    ("h1", "ZAMÓWIENIE / PURCHASE ORDER KR/2024/131"),
    ("p", "Kestrel Robotics Sp. z o.o., ul. Legnicka 48, 54-202 Wrocław, Poland · NIP 894-312-55-07"),
    ("p", "Supplier: Shenzhen Hongda Precision Electronics Co., Ltd · Attn: Cindy Huang"),
    ("p", "Date: 2024-06-24 · Your quotation: HD-Q-24188 · Currency: USD"),
    ("table", [
        ["Lp.", "Item", "Description", "Qty", "Unit price", "Amount"],
        ["1", "KR-CTRL-04 rev A", "Robot arm controller board, samples", "25 pcs", "21.30", "532.50"],
    ]),
    ("sp",),
    ("p", "Delivery: FCA Shenzhen, by 2024-07-15. Payment: 100% T/T before shipment."),
    ("p", "Please confirm receipt and delivery date. Ordered by: Paweł Nowak, Purchasing."),
], title="PO KR/2024/131", author="Paweł Nowak")
P01_Q = pdf([
    ("h1", "QUOTATION HD-Q-24188"),
    ("p", "Shenzhen Hongda Precision Electronics Co., Ltd · To: Kestrel Robotics · Date: 2024-06-14"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "KR-CTRL-04 rev A PCBA, samples", "25 pcs", "21.30", "532.50"],
        ["2", "KR-CTRL-04 rev A PCBA, mass production", "2,500 pcs", "14.80", "37,000.00"],
        ["3", "Stencil + ICT fixture", "1 set", "650.00", "650.00"],
    ]),
    ("sp",),
    ("p", "MOQ for MP: 2,500 pcs. Lead time MP 28 days. Components: STM32F446RET6, TMC2209, 4-layer FR4 1.6 mm."),
], title="HD-Q-24188", author="Cindy Huang")
P01_TXT = """Hi Cindy,

Please find attached our PO KR/2024/131 for samples of the KR-CTRL-04 controller board, as per your
quotation HD-Q-24188 (also attached for reference of the prices).

Please confirm receipt and the delivery date.

Best regards / Pozdrawiam,
Paweł
""" + sig("Paweł Nowak", "Purchasing Specialist", "Kestrel Robotics Sp. z o.o., Wrocław", "+48 71 555 20 14")
case("p01_po_kestrel_quote", ["RG001", "RG003", "RG004", "RG005"], "Sample PO for 25 pcs sent with a quote showing 2,500 MP; nothing says the 2,500 is not released, no hold, no unlock event, no release person.", [
    ("PO_KR-2024-131.eml", eml_bytes(mail(
        "Paweł Nowak <pawel.nowak@kestrel-robotics.pl>", "Cindy Huang <cindy.huang@hongda-pcba.com>",
        "PO KR/2024/131 - KR-CTRL-04 samples", "Mon, 24 Jun 2024 11:20:00 +0200", P01_TXT,
        attachments=[("PO_KR-2024-131.pdf", P01_PO, PDF_MT), ("HD-Q-24188.pdf", P01_Q, PDF_MT)]))),
])

# ---------------------------------------------------------------- p02
P02 = """WeChat chat history: Tamar Robotics × Yuxin (group)
Members: Amit Cohen, Shira Katz, Jack Zhou 周杰
Exported 2024-07-12

2024-06-18 10:02  Amit Cohen: Hi Jack, PO TR-0451 sent by mail just now. It covers 12 samples of the gripper housing TR-GH-02 only (PA66-GF30, black).
2024-06-18 10:03  Amit Cohen: The 1,188 balance is not released. It waits for our sample sign-off AND a written release email from Dana Mizrahi (CEO). Please plan accordingly.
2024-06-18 10:20  Jack Zhou 周杰: ok Amit, well noted 👍 12 pcs samples first
2024-06-28 16:45  Jack Zhou 周杰: samples 12 pcs shipped DHL 7730 2219 05
2024-07-04 09:31  Shira Katz: Hi Jack, golden sample fit & finish ok from our side ✅ formal sign-off record follows by email next week
2024-07-04 09:40  Jack Zhou 周杰: thank you Shira!! 🙏
2024-07-11 18:22  Jack Zhou 周杰: Dear Amit, your team confirm golden sample ok last week, so we arrange MP for the balance from next Monday as plan. machine 260T booked 🙏
2024-07-11 18:23  Jack Zhou 周杰: we send production photo to you
"""
case("p02_wechat_tamar_yuxin", ["RG007"], "Supplier treats the buyer's golden-sample OK as the start signal for MP of the balance, although the buyer required a written release from Dana Mizrahi.", [
    ("wechat_tamar_yuxin.txt", P02),
])

# ---------------------------------------------------------------- p03
P03_QUOTED = """Dear Vincent,

PO RM-24-0091 is attached. It covers 20 pcs FAI of the motor bracket RM-BR-03 rev C only.
The balance of 1,980 pcs is not released and stays on hold until FAI sign-off and a written
production release from Gintarė Kazlauskė (Supply Chain Manager).
Material for the 20 pcs only, please.

Ačiū,
Tomas Petrauskas
Rasa Mobility UAB"""
P03_TXT = """Dear Tomas,

Weekly status for PO RM-24-0091 (FAI 20 pcs, motor bracket RM-BR-03 rev C):

- FAI 20 pcs: machining finished, anodizing Thursday, ship Friday by FedEx.
- CMM report (Zeiss Contura) and material cert EN 10204 3.1 will come with the parts.
- To secure price and lead time (6061-T6 price increase from August), we have already purchased the 6061-T6 bar stock for the full 2,000 pcs. It is in our warehouse now, so after your FAI sign-off we can save about 3 weeks.

Please let me know if any question.

Best regards,
Vincent Lin
Sales Manager
Chen-Yu CNC Machinery Co., Ltd. | Taichung, Taiwan | +886 4 2359 8870

-----Original Message-----
From: Tomas Petrauskas <tomas.petrauskas@rasamobility.lt>
Sent: Tuesday, July 2, 2024 9:14 AM
Subject: PO RM-24-0091 - FAI 20 pcs

""" + q(P03_QUOTED)
case("p03_status_chenyu", ["RG006"], "Supplier bought bar stock for the full 2,000 pcs while only 20 FAI pcs are released and material authority is 20 pcs.", [
    ("RE_PO_RM-24-0091_weekly_status.eml", eml_bytes(mail(
        "Vincent Lin <vincent.lin@chenyu-cnc.com.tw>", "Tomas Petrauskas <tomas.petrauskas@rasamobility.lt>",
        "RE: PO RM-24-0091 - FAI 20 pcs / weekly status", "Wed, 17 Jul 2024 15:02:00 +0800", P03_TXT,
        in_reply_to="<20240702091400.3301@rasamobility.lt>"))),
])

# ---------------------------------------------------------------- p04
P04 = pdf([
    ("h1", "PURCHASE ORDER HS-24-233"),
    ("p", "Hemma Smart AB · Lindholmspiren 7, 417 56 Göteborg, Sweden · VAT SE559210334501"),
    ("p", "Supplier: Ningbo Seaway Electric Appliance Co., Ltd · Attn: Grace Wu"),
    ("p", "Date: 2024-05-28 · Ref. quotation SW-Q-240509 · Incoterms: FOB Ningbo"),
    ("table", [
        ["Pos", "Article", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["10", "HT2-ASSY", "Hemma Termo 2 thermostat, pilot units", "40", "31.50", "1,260.00"],
    ]),
    ("sp",),
    ("h", "Notes"),
    ("p", "1. This PO covers 40 pilot units. The production quantity of 2,000 pcs is not released by this PO."),
    ("p", "2. Once the pilot units are approved, please proceed with the production run of 2,000 pcs so that we "
          "keep the September launch date."),
    ("p", "3. Pilot units to be shipped by air to Göteborg with the EN 60730-2-9 test summary."),
    ("p", "Buyer: Johan Ek, Purchasing · johan.ek@hemmasmart.se"),
], title="PO HS-24-233", author="Johan Ek")
case("p04_po_hemma_seaway", ["RG005", "RG007"], "Pilot PO says production not released, then lets pilot approval roll straight into the 2,000-pc run with no recorded auto-conversion and no named release authority.", [
    ("PO_HS-24-233.pdf", P04),
])

# ---------------------------------------------------------------- p05
P05 = """VOOLU BIKES OÜ                                    CALL-OFF                 VB-CO-0093-02
Kopli 70, 10412 Tallinn, Estonia                  DATE 05.08.2024
SUPPLIER: NINGBO JIALI DIE CASTING CO., LTD       BLANKET PO: VB-BL-0093 (1,000 PCS)
====================================================================================
CALL-OFF QTY: 40 PCS
------------------------------------------------------------------------------------
LINE  PART            DESCRIPTION                        REL.QTY  UOM   DUE
001   VB-MC-220 R4    MOTOR COVER 220, ADC12, POWDER BLK      48  PCS   16.09.2024
                      DRG VB-MC-220 REV 4 / SALT SPRAY 240H (ISO 9227)
------------------------------------------------------------------------------------
BALANCE NOT RELEASED: 960 PCS - ON HOLD UNTIL NEXT CALL-OFF
NEXT CALL-OFF ONLY BY KRISTJAN KASK (CEO), IN WRITING
MATERIAL AUTHORITY: THIS CALL-OFF QTY ONLY
====================================================================================
ISSUED BY: M.SEPP / PURCHASING
"""
case("p05_calloff_voolu", ["RG011"], "Call-off header says 40 pcs but the line releases 48 pcs; the two statements give different authorized quantities.", [
    ("VB-CO-0093-02.txt", P05),
])

# ---------------------------------------------------------------- p06
P06_TT = pdf([
    ("h1", "DNB Bank ASA - Payment confirmation"),
    ("p", "Debtor: Fjordlys AS, account 1503 44 21876 · Value date: 21.06.2024"),
    ("table", [
        ["Beneficiary", "Shenzhen Hongda Precision Electronics Co., Ltd"],
        ["Beneficiary bank", "China Merchants Bank Shenzhen, SWIFT CMBCCNBS"],
        ["Amount", "USD 11,040.00"],
        ["Reference", "MP deposit 30% HD-Q-24117 / PO FJ-24-0193"],
        ["Charges", "SHA"],
    ]),
], title="Payment confirmation", author="DNB")
P06_QUOTED = """Hi Cindy,

Please find attached PO FJ-24-0193 for the EVT build of the Lysne main board.
- This PO covers 30 sets for EVT only. Please build and ship those 30 sets.
- The 2,000-set MP quantity in the quotation is not released.
- MP stays on hold until Eirik Haugen has signed off the EVT boards AND Maren Dahl (COO) sends you a written production release.

Ingrid"""
P06_TXT = """Hi Cindy,

Ingrid asked me to take care of the MP deposit before our summer holidays start, so the 30% deposit
for MP (USD 11,040.00) went out from our DNB account today - TT copy attached.

That means you can kick off the production on your side now, no need to wait for us 🙂

God sommer!
Ola
""" + sig("Ola Berg", "Accounts Payable", "Fjordlys AS, Oslo", "+47 412 55 801") + """
On 17 May 2024, at 10:42, Ingrid Solberg <ingrid.solberg@fjordlys.no> wrote:
""" + q(P06_QUOTED)
case("p06_deposit_fjordlys", ["RG012"], "Buyer's accounts payable tells the supplier the MP deposit means production can start, against the quoted hold that requires EVT sign-off and Maren Dahl's written release.", [
    ("RE_PO_FJ-24-0193.eml", eml_bytes(mail(
        "Ola Berg <ola.berg@fjordlys.no>", "Cindy Huang <cindy.huang@hongda-pcba.com>",
        "RE: PO FJ-24-0193 - EVT build / MP deposit paid", "Fri, 21 Jun 2024 14:37:00 +0200", P06_TXT,
        cc="Ingrid Solberg <ingrid.solberg@fjordlys.no>", in_reply_to="<h26-0003@fjordlys.no>",
        attachments=[("TT_copy_DNB_20240621.pdf", P06_TT, PDF_MT)]))),
])

# ---------------------------------------------------------------- p07
P07 = docx_bytes([
    ("h1", "Purchase Order SC-PO-2417"),
    ("p", "Southerly Cycles Pty Ltd · 3/22 Doggett St, Newstead QLD 4006, Australia · ABN 63 611 420 985"),
    ("p", "Supplier: Dongguan Jiesheng Rubber & Plastic Products Co., Ltd · Attn: Helen Mo"),
    ("p", "Date: 8 July 2024 · Quote ref: JS-240627 · Delivery: DHL to Brisbane"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "SC-GR-135", "Lock-on grip 135 mm, TPR 30A + alloy clamp, samples", "30 prs", "2.60", "78.00"],
        ["2", "SC-GR-135-M", "Logo insert mould (one-off)", "1", "480.00", "480.00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "Only the 30 pairs on line 1 are released by this PO."),
    ("p", "The production quantity (3,000 pairs per your quote JS-240627) is not released. It stays on hold until "
          "our ride-test sign-off on the samples (200 km on the Mt Coot-tha loop + UV chamber 96 h)."),
    ("p", "Production release will be issued by our Purchasing Department."),
    ("p", "Cheers, Josh Whitaker · Product & Sourcing"),
], author="Josh Whitaker")
case("p07_po_southerly_docx", ["RG005"], "Sample PO states 30 pairs, hold and unlock event, but the release is left to an unnamed 'Purchasing Department'.", [
    ("PO_SC-PO-2417.docx", P07),
])

# ---------------------------------------------------------------- p08
P08 = html_page("Hemma × Seaway — 2025 volume plan", """
<div style="color:#888">Hemma Smart / Supply / Seaway &nbsp;·&nbsp; shared with grace.wu@seaway-elec.com &nbsp;·&nbsp; edited 2 Oct 2024</div>
<h1>🌡️ Hemma × Seaway — 2025 volume plan</h1>
<p>Hi Grace and team — here are our numbers for Hemma Termo 2 (HT2-ASSY) for next year, from our S&amp;OP of 30 September.</p>
""" + table_html([
    ["Quarter", "Units", "Basis"],
    ["Q1 2025", "2,000", "forecast"],
    ["Q2 2025", "3,000", "forecast"],
    ["Q3 2025", "3,000", "forecast"],
    ["Q4 2025", "4,000", "forecast"],
    ["Total", "12,000", ""],
]) + """
<div class="note">Seaway: please treat these quarterly numbers as our firm commitment for 2025 and plan your SMT and final-assembly lines against them — consider the 12,000 ordered.</div>
<h3>Other notes</h3>
<ul><li>Packaging: new retail box from Q2 (artwork v5 in the shared drive).</li>
<li>Firmware: 2.3.x flashed at EOL, image hash list in Confluence.</li>
<li>Next QBR: 14 November, Ningbo.</li></ul>
""")
case("p08_notion_hemma_forecast", ["RG008"], "Quarterly forecast of 12,000 units declared a firm commitment and 'ordered'.", [
    ("Hemma_Seaway_2025_volume_plan.html", P08),
])

# ---------------------------------------------------------------- p09
P09_TXT = """Hi Ken,

Good news on two fronts:

- The 20 DVT boards are approved: functional test, ECG noise floor (< 15 µV p-p) and the 1.5 m drop all passed, see report QA-DVT-0612.
- Your revised price for the 2,000-unit MP lot (USD 23.10) was approved by our CFO yesterday, so commercially we are aligned.

Production release is a separate step: nothing beyond the 20 DVT boards is released. Yoav Peretz will
send the written production release for the 1,980 units after our design review on 4 July. Until then
please keep the 1,980 on hold and don't buy MP material.

Thanks for the fast turnaround,
Noa
""" + sig("Noa Levi", "Procurement Lead", "Shaked Wearables Ltd, Tel Aviv", "+972 3 555 8120")
case("p09_status_shaked_formosa", ["RG009"], "'Approved' is used both for the technical DVT result and for the CFO's price decision; release itself is correctly held.", [
    ("CardioPatch_DVT_status.eml", eml_bytes(mail(
        "Noa Levi <noa.levi@shaked-wear.co.il>", "Ken Chang <ken.chang@formosa-pcba.com.tw>",
        "CardioPatch DVT - status", "Wed, 26 Jun 2024 17:12:00 +0300", P09_TXT, html=t2h(P09_TXT)))),
])

# ---------------------------------------------------------------- p10
P10 = """[03/06/2024, 9:41:10 am] Jess O'Connor: Hi Echo! PO WC-2024-102 is in your inbox. It's for 50 sample gift boxes only, for our retail buyer meeting in Sydney
[03/06/2024, 9:42:03 am] Jess O'Connor: Production qty 5,000 is NOT released. It stays on hold until the retailer signs the listing AND Liam Nguyen sends you the written production release
[03/06/2024, 10:15:44 am] Echo Li: ok dear noted, 50 pcs sample first 😊
[05/06/2024, 4:02:19 pm] Echo Li: Jess, artwork v3 with the new barcode attached
[05/06/2024, 4:02:20 pm] Echo Li: <attached: 00000041-PHOTO-2024-06-05-16-02-20.jpg>
[05/06/2024, 4:02:31 pm] Echo Li: also PI for the boxes <attached: 00000042-PI-HC240605.pdf>
[05/06/2024, 4:03:05 pm] Echo Li: can we go ahead?
[05/06/2024, 8:47:51 pm] Jess O'Connor: looks good, go ahead 👍
[05/06/2024, 8:48:30 pm] Echo Li: 👌👌
"""
case("p10_whatsapp_wattle_boxes", ["RG002"], "Buyer answers 'looks good, go ahead' to a question about artwork plus a PI, without saying sample-only or a quantity.", [
    ("WhatsApp Chat with Echo Li Hengcai.txt", P10),
])

# ---------------------------------------------------------------- p11
P11 = pdf([
    ("h1", "PROFORMA INVOICE PI-TY-240702"),
    ("p", "Xiamen Tianyi Silicone Technology Co., Ltd · Haicang District, Xiamen · Tel +86 592 655 3108"),
    ("p", "Buyer: Lumo Labs SIA, Gustava Zemgala gatve 74, Rīga LV-1039, Latvia · Attn: Kristaps Ozols"),
    ("p", "Your PO: LL-2411 · Date: 2024-07-02"),
    ("table", [
        ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "Pulse band strap 22 mm, medical LSR (Elastosil LR 3003/50), samples", "50 pcs", "1.80", "90.00"],
        ["2", "Strap mould, 4 cavities, P20 steel", "1 set", "2,600.00", "2,600.00"],
        ["", "Total", "", "", "2,690.00"],
    ]),
    ("sp",),
    ("h", "Remarks"),
    ("p", "1. Samples 50 pcs: 12 days after mould T1. 2. MP 5,000 pcs: pending your written production release."),
    ("p", "3. Material status: to keep the MP lead time short, medical LSR for the 5,000 pcs MP (280 kg) has "
          "already been prepared in our warehouse. If MP is cancelled, the material cost USD 3,360.00 will be "
          "charged to buyer."),
    ("p", "4. Payment: mould 50% with PI, 50% after T1; samples with the mould balance."),
    ("p", "Sales: Sunny Lin · sunny.lin@tianyi-silicone.com"),
], title="PI-TY-240702", author="Sunny Lin")
case("p11_pi_tianyi", ["RG006"], "Supplier PI: MP is pending release, but LSR for the 5,000 pcs has already been bought and is charged to the buyer if cancelled; only 50 samples are ordered.", [
    ("PI-TY-240702.pdf", P11),
])

# ---------------------------------------------------------------- p12
P12 = """飞书 Lark — chat: Revontuli × Weiyu (RA-AMP-03)        export 2024-09-20

Aleksi Virtanen  2024-09-02 10:14
Hi Tony, PO RA-24-058 is out: 50 sets pilot only of the amp board RA-AMP-03 rev B.

Aleksi Virtanen  2024-09-02 10:15
MP is not released. It stays on hold until the pilot sign-off and a written release from Kaisa Mäkinen (COO).

Tony Chen  2024-09-02 11:02
ok noted Aleksi, 50 sets pilot 👍

Aleksi Virtanen  2024-09-18 16:40
FYI here is our 2025 forecast for your planning: 10k sets for the year, roughly 2.5k per quarter. Forecast only, not an order.

Tony Chen  2024-09-19 09:05
wow thanks for your order 10k sets!! 🎉🎉 we book it in our system as your order for 2025

Tony Chen  2024-09-19 09:07
also we already bought PCB + main IC (TAS5825M) for 3k sets to be ready, price very good now 😄 pilot 50 sets SMT next week
"""
case("p12_lark_revontuli_weiyu", ["RG006", "RG008"], "Supplier books a labelled forecast as an order and has already bought PCB + IC for 3k sets while only 50 pilot sets are released.", [
    ("lark_revontuli_weiyu_export.txt", P12),
])

# ---------------------------------------------------------------- p13
P13_PO = docx_bytes([
    ("h1", "PURCHASE ORDER VB-24-071"),
    ("p", "Voolu Bikes OÜ, Kopli 70, 10412 Tallinn, Estonia"),
    ("p", "Supplier: Saigon Precision Parts Co., Ltd, Tan Thuan EPZ, District 7, Ho Chi Minh City, Vietnam"),
    ("p", "Date: 24.07.2024 · Quote: SPP-Q-0712 (600 pcs)"),
    ("table", [
        ["Pos", "Part", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "VB-MM-08 rev B", "Motor mount, CNC 7075-T6, anodised, FAI lot", "12", "22.00", "264.00"],
    ]),
    ("sp",),
    ("p", "FAI quantity: twelve (21) pcs, with full CMM report and M5x0.8 thread gauge check."),
    ("p", "Balance of 588 pcs (600 quoted) not released - on hold until FAI sign-off and a written production "
          "release by Kristjan Kask (CEO)."),
    ("p", "Material: FAI quantity only."),
], author="Kristjan Kask")
P13_TXT = """Chào chị Lan,

Attached is PO VB-24-071 for the FAI lot of the motor mount VB-MM-08 rev B.
Drawing rev B is the one from 19 July (thread changed to M5x0.8).

We need the FAI pieces in Tallinn by 30 August for our test rig, so please ship by air.

Aitäh / cảm ơn!
Kristjan
""" + sig("Kristjan Kask", "CEO", "Voolu Bikes OÜ, Tallinn", "+372 5555 2210")
case("p13_po_voolu_saigon", ["RG011"], "Attached PO gives the FAI quantity as 12 on the line and 'twelve (21)' in the text: conflicting authorized quantities.", [
    ("PO_VB-24-071_mail.eml", eml_bytes(mail(
        "Kristjan Kask <kristjan@voolu.ee>", "Nguyen Thi Lan <lan.nguyen@saigonprecision.vn>",
        "PO VB-24-071 - FAI motor mount", "Wed, 24 Jul 2024 10:05:00 +0300", P13_TXT,
        attachments=[("PO_VB-24-071.docx", P13_PO, DOCX_MT)]))),
])

# ---------------------------------------------------------------- p14
P14 = pdf([
    ("h1", "PURCHASE ORDER MCL-0466"),
    ("p", "Maple Circuit Labs Inc. · 1455 W 3rd Ave, Vancouver BC V6J 1J8, Canada"),
    ("p", "Supplier: Shenzhen Xinda PCBA Co., Ltd · Attn: Kevin Liu · Date: 2024-06-10"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Amount"],
        ["1", "RK-MOTOR-02 rev A", "Motor driver board, pilot build", "as per quotation XD-Q-0611", "per quotation"],
    ]),
    ("sp",),
    ("p", "Production quantity is not released and stays on hold until pilot sign-off by Priya Nair (HW lead) and "
          "a written production release signed by Ben Okafor (Operations Director)."),
    ("p", "Ship pilot boards with FCT log and X-ray images of the QFN-48 packages."),
], title="PO MCL-0466", author="Ben Okafor")
case("p14_po_maple_pilot", ["RG010"], "Pilot PO never states the pilot quantity ('as per quotation'); hold, unlock event and release person are present.", [
    ("PO_MCL-0466.pdf", P14),
])

# ---------------------------------------------------------------- p15
P15 = """Slack Connect  #tamar-lianfeng   (export 2024-08-09)

Amit Cohen  [Jul 29th at 10:11 AM]
Vicky, PO TR-0460 = 8 FAI pcs of the wrist joint TR-WJ-05 rev C. bal. 392 NOT released; it stays on hold until FAI sign-off by Shira Katz (QA) and a written release from Dana Mizrahi.

Vicky Ou  [Jul 29th at 10:40 AM]
noted Amit 👍

Vicky Ou  [Aug 6th at 3:02 PM]
Line 3 set up, fixtures calibrated, first-off checked on CMM, all dims in tol. Good to run?

Amit Cohen  [Aug 6th at 5:47 PM]
Good to run 🚀

Vicky Ou  [Aug 6th at 5:49 PM]
ok thank you!
"""
case("p15_slack_tamar_lianfeng", ["RG002"], "Buyer answers 'Good to run' without a quantity or sample-only scope after an open question from the supplier.", [
    ("slack_tamar-lianfeng_export.txt", P15),
])

# ---------------------------------------------------------------- p16
P16_QUOTED = """Hi Lucy,

PO SC-PO-2422 is attached: 20 samples only of the motor end-cap SC-EC-09.
The 4,980 balance is not released. It stays on hold until our sample sign-off (salt spray 96 h + fit on
the frame) and a written production release from me, Josh Whitaker.
Deposit: as per your PI, 30% of the die cost (USD 6,300) - that is for the die only.

Cheers,
Josh"""
P16_TXT = """Dear Josh,

Thank you, we received your 30% deposit USD 6,300 today.

So we have arranged mass production of the balance, start next Monday on the 400T machine.
ADC12 ingot for all 5,000 pcs already arrived in our factory last week.
We will send you production photos and the samples together.

Best regards,
Lucy Wang
Ningbo Jiali Die Casting Co., Ltd
Tel: +86 574 8618 2207

-------- Original message --------
From: Josh Whitaker <josh@southerlycycles.com.au>
Date: 10/07/2024 08:21
Subject: PO SC-PO-2422 - end-cap samples

""" + q(P16_QUOTED)
case("p16_deposit_jiali", ["RG006", "RG012"], "Supplier reads the die deposit as the start signal for mass production and holds ingot for 5,000 pcs, while only 20 samples are released.", [
    ("RE_SC-PO-2422.eml", eml_bytes(mail(
        "Lucy Wang <lucy.wang@jiali-diecast.com>", "Josh Whitaker <josh@southerlycycles.com.au>",
        "RE: PO SC-PO-2422 - end-cap samples", "Mon, 15 Jul 2024 16:40:00 +0800", P16_TXT))),
])

# ---------------------------------------------------------------- p17
P17 = docx_bytes([
    ("h1", "Minutes - supplier visit Yangjiang Hongfa, 12 Sept 2024"),
    ("p", "Attendees: Mart Tamm (Pannkook, product), Kadri Saar (Pannkook, supply), Carol Huang (Hongfa, sales), "
          "Mr. Liang (Hongfa, factory manager)."),
    ("h", "1. Samples"),
    ("p", "Knife set KS-5 samples (15 sets, PO PK-24-0312): technical approval given by Mart Tamm on blade hardness "
          "(HRC 56 ± 1, X50CrMoV15) and handle fit."),
    ("h", "2. Price"),
    ("p", "Kadri confirmed USD 7.40/set for 3,000 sets, FOB Shenzhen. Commercial approval done."),
    ("h", "3. Production release"),
    ("p", "The 2,985 sets balance is not released. It needs a written production release signed by Kadri Saar "
          "after the final sample sign-off (dishwasher test 500 cycles)."),
    ("h", "4. Schedule"),
    ("p", "Hongfa's line is full until November. Carol proposed that once the golden sample is OK they move "
          "straight into MP to hold the October slot. Mart agreed this is fine."),
    ("h", "Actions"),
    ("li", "Hongfa: send dishwasher test report by 27 Sept."),
    ("li", "Pannkook: gift box artwork v2 to Hongfa by 20 Sept."),
], author="Mart Tamm")
case("p17_minutes_pannkook", ["RG007", "RG009"], "Minutes use 'approval' for the technical and the commercial decision, and the buyer agrees that golden-sample OK rolls straight into MP despite the written-release requirement.", [
    ("Minutes_Hongfa_visit_2024-09-12.docx", P17),
])

# ---------------------------------------------------------------- p18
P18 = html_page("Call-off CO-NB-5530-03", """
<h2>Northbarn Home Inc. — Supplier call-off</h2>
<p>To: Shenzhen Anbo Smart Technology Co., Ltd &nbsp;|&nbsp; Call-off no.: <b>CO-NB-5530-03</b> &nbsp;|&nbsp; Date: 2024-10-01</p>
<p>This call-off releases <b>650 pcs</b> of NB-PLUG-2P for production and delivery under blanket PO NB-5530 (4,000 pcs).</p>
""" + table_html([
    ["Line", "SKU", "Description", "Call-off qty", "Delivery"],
    ["1", "NB-PLUG-2P rev C", "Smart plug 2-pin, retail pack", "600", "FOB Shenzhen 2024-11-04"],
]) + """
<h3>Blanket status</h3>
""" + table_html([
    ["Call-off", "Qty"],
    ["CO-01", "500"],
    ["CO-02", "700"],
    ["Not released (balance)", "2,150"],
]) + """
<p class="note">The balance is not released. The next call-off will be issued only by Ravi Sandhu (VP Operations), in writing. Material authority: this call-off quantity only.</p>
""")
case("p18_calloff_northbarn_html", ["RG011"], "HTML call-off text releases 650 pcs while its own table line says 600.", [
    ("CO-NB-5530-03.html", P18),
])

# ---------------------------------------------------------------- p19
P19_PO = """LUMO LABS SIA                                          PURCHASE ORDER   LL-2416
Gustava Zemgala gatve 74, Riga LV-1039, Latvia         DATE  2024-08-12
VENDOR: SHENZHEN KAIXIN ELECTRONICS (EMS) CO LTD       CURRENCY USD
-------------------------------------------------------------------------------
LN  ITEM              DESCRIPTION                        QTY  UOM  UNIT     TOTAL
1   PB2-EVT-ASSY      PULSE BAND V2 EVT BUILD             20  EA   64.00  1,280.00
-------------------------------------------------------------------------------
SCOPE: ONLY 20 PCS RELEASED. BALANCE 1,980 PCS (OF 2,000 PLAN) NOT RELEASED /
ON HOLD UNTIL EVT SIGN-OFF AND WRITTEN PRODUCTION RELEASE BY LAURA BERZINA (CEO).
MATERIAL: 20 PCS ONLY.
"""
P19_TXT = """Hi Yuki,

Small change from engineering: please make 25 EVT units instead of 20. We need 5 extra for the
IEC 60601-1-11 pre-compliance lab in Tallinn.

Same build config as the PO (BOM rev 7, FW 0.9.4).

Thanks!
Kristaps
""" + sig("Kristaps Ozols", "Hardware Lead", "Lumo Labs SIA, Riga", "+371 2555 4410")
case("p19_po_lumo_plus_mail", ["RG011"], "Folder bundle: PO releases 20 EVT units; a later buyer mail asks for 25 without revising the PO.", [
    ("PO_LL-2416.txt", P19_PO),
    ("LL-2416_EVT.eml", eml_bytes(mail(
        "Kristaps Ozols <kristaps@lumolabs.lv>", "Yuki Zhang <yuki.zhang@kaixin-ems.com>",
        "LL-2416 EVT - qty change", "Tue, 13 Aug 2024 09:48:00 +0300", P19_TXT))),
])

# ---------------------------------------------------------------- p20
P20 = docx_bytes([
    ("h1", "Purchase Order FJ-24-0207"),
    ("p", "Fjordlys AS, Kongens gate 12, 0153 Oslo, Norway"),
    ("p", "Supplier: Dongguan Yuxin Plastic Mould Co., Ltd · Attn: Amy Chen · Date: 2024-07-01"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "LY-DF-01 rev B", "Lysne lamp diffuser, PMMA opal, T1 samples", "30", "2.10", "63.00"],
    ]),
    ("sp",),
    ("h", "Notes"),
    ("p", "Material: if you want to get ahead, feel free to order the PMMA (Altuglas V825T opal) for the full run "
          "now - we'll sort out the paperwork later."),
    ("p", "Samples by 26 July with the light transmission measurement (target 55% ± 3%)."),
    ("h", "General terms"),
    ("p", "Maren Dahl (COO) is the only person at Fjordlys with authority over production quantities. Payment 30 days net. "
          "Fjordlys general purchasing terms v2023-1 apply."),
], author="Ingrid Solberg")
case("p20_po_fjordlys_diffuser", ["RG003", "RG004", "RG006"], "Sample PO invites buying resin for the full run without a material authority, never says the balance is not released and names no unlock event (person is named).", [
    ("PO_FJ-24-0207.docx", P20),
])

# ---------------------------------------------------------------- p21
P21 = html_page("Order details - Trade Assurance", """
<div style="background:#ff6a00;color:#fff;padding:6px"><b>Alibaba.com</b> &nbsp; My Alibaba › Orders › Order details</div>
<h2>Trade Assurance order 2401-8893-2210 &nbsp; <span style="color:#2a8">● Paid</span></h2>
<p>Buyer: Oaklet Kids Pty Ltd (Sydney, AU) — Sophie Tran &nbsp;|&nbsp; Supplier: Shantou Chenghai Leyu Toys Co., Ltd — Daisy Cai &nbsp;|&nbsp; Created: 2024-04-08</p>
""" + table_html([
    ["#", "Product", "Quantity", "Unit price", "Subtotal"],
    ["1", "STEM robot kit 'Bolt' (ABS, 6 servos, CE/EN 71), samples", "10 sets", "US $18.00", "US $180.00"],
    ["2", "Mass production deposit 30% - 1,000 sets x US $9.60", "1", "US $2,880.00", "US $2,880.00"],
    ["", "Shipping (DHL, samples)", "", "", "US $96.00"],
    ["", "<b>Total paid</b>", "", "", "US $3,156.00"],
]).replace("&lt;b&gt;", "").replace("&lt;/b&gt;", "") + """
<h3>Remarks from buyer</h3>
<p class="note">Hi Daisy, the deposit for the MP is included in this order so you can start the 1,000 sets right after the samples are OK. Thx! — Sophie</p>
<h3>Shipping</h3>
<p>Samples: DHL Express to 12 Wattle St, Ultimo NSW 2007. MP: sea freight FOB Shantou, consolidated LCL.</p>
<p style="color:#888">Trade Assurance protects your payment if the supplier fails to meet the agreed shipping date or product quality.</p>
""")
case("p21_alibaba_ta_oaklet", ["RG001", "RG003", "RG005", "RG007", "RG012"], "TA order pays samples plus an MP deposit and tells the supplier to start the 1,000 sets right after samples are OK: deposit as release, implied auto-conversion, 1,000 beside 10 not held, no named release authority.", [
    ("TA_order_2401-8893-2210.html", P21),
])

# ---------------------------------------------------------------- p22
P22 = """[LINE] Chat history with Ken Chang (Formosa PCBA)
Saved on: 2024/07/16 09:20

2024/07/02 Tue
10:14	Noa Levi	Hi Ken, PO SW-1203 is for 30 DVT units of the CardioPatch enclosure assembly (SW-EA-05 rev C).
10:15	Noa Levi	The MP quantity (2,000) is not released. It stays on hold until DVT sign-off and a written production release from Yoav Peretz.
10:30	Ken Chang	Noted Noa, 30 DVT units 👌 ship 12 July
2024/07/09 Tue
18:02	Ken Chang	Yoav, the SMT line is free from 22 July but after that it is booked until end of September. Can you tell us how you want to plan?
21:40	Yoav Peretz	Ken, about the line slot - if the DVT units look fine when they land here, just keep the line running and we'll do the paperwork after. Don't want to lose July.
21:41	Ken Chang	OK understood 👍 we keep the slot
"""
case("p22_line_shaked_formosa", ["RG007"], "Buyer's release authority tells the supplier to keep running if the DVT units look fine, paperwork after: DVT approval rolls into MP without a recorded auto-conversion, contradicting the written-release requirement.", [
    ("[LINE] Chat with Ken Chang.txt", P22),
])

# ---------------------------------------------------------------- p23
P23 = pdf([
    ("h1", "QUOTATION QT-LF-240518"),
    ("p", "Dongguan Lianfeng Precision Hardware Co., Ltd · Chang'an Town, Dongguan · ISO 9001:2015 cert. no. 04522Q31205R1M"),
    ("p", "Customer: Tamar Robotics Ltd, Haifa, Israel · Attn: Amit Cohen · Date: 2024-05-18"),
    ("table", [
        ["Item", "Part", "Material / finish", "Qty", "Unit price USD"],
        ["1", "TR-WJ-05 wrist joint", "Al 6061-T6, hard anodize black", "10 pcs (sample)", "46.00"],
        ["2", "TR-WJ-05 wrist joint", "same", "500 pcs", "19.80"],
        ["3", "TR-WJ-05 wrist joint", "same", "1,000 pcs", "17.60"],
        ["4", "TR-WJ-05 wrist joint", "same", "2,000 pcs", "16.10"],
    ]),
    ("sp",),
    ("h", "Terms"),
    ("p", "1. Price EXW Dongguan, valid 30 days. 2. Sample lead time 10 days. 3. After golden sample confirmation "
          "by customer, mass production will start automatically; no new PO needed. MP lead time 20 days. "
          "4. Payment: samples 100% in advance; MP 30/70."),
    ("p", "Sales: Vicky Ou · vicky@lianfeng-hw.com · WeChat vickyou_lf"),
], title="QT-LF-240518", author="Vicky Ou")
case("p23_quote_lianfeng_auto", ["RG007"], "Supplier quote states that golden-sample confirmation starts mass production automatically, with no new PO.", [
    ("QT-LF-240518.pdf", P23),
])

# ---------------------------------------------------------------- p24
P24 = pdf([
    ("h1", "PROFORMA INVOICE XR-PI-240611"),
    ("p", "Changzhou Xinrui Motor Co., Ltd · Wujin District, Changzhou, Jiangsu"),
    ("p", "Buyer: Rasa Mobility UAB, Vilnius, Lithuania · Your PO: RM-24-0098 · Date: 2024-06-11"),
    ("table", [
        ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "Hub motor XR-250R 36V 250W, pilot units per PO RM-24-0098", "20 pcs", "78.00", "1,560.00"],
        ["2", "Hub motor XR-250R 36V 250W, mass production (to be arranged)", "3,000 pcs", "61.50", "184,500.00"],
    ]),
    ("sp",),
    ("h", "Remarks"),
    ("p", "MP 3,000 pcs will be arranged upon pilot sample approval, no further PO needed."),
    ("p", "Pilot: 100% T/T before shipment. MP: 30/70 T/T, balance against B/L copy. "
          "EN 15194 test report for the motor provided with pilot units."),
    ("p", "Contact: Ivy Sun · ivy.sun@xinrui-motor.com"),
], title="XR-PI-240611", author="Ivy Sun")
case("p24_pi_xinrui", ["RG001", "RG007"], "Supplier PI lists 3,000 MP beside the 20 ordered pilot units as an order line and says MP follows pilot approval with no further PO.", [
    ("XR-PI-240611.pdf", P24),
])

# ---------------------------------------------------------------- p25
P25_PO = docx_bytes([
    ("h1", "Purchase Order WC-2024-115"),
    ("p", "Wattle & Co Pty Ltd, 14 Smith Street, Collingwood VIC 3066 · Supplier: Yangjiang Kitchen-Pro Industrial Co., Ltd"),
    ("p", "Date: 2024-08-05 · Quote KP-0729"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "WC-TG-30", "Stainless tongs 30 cm, 18/8, silicone tips, samples", "24", "2.95", "70.80"],
    ]),
    ("sp",),
    ("p", "Only the 24 samples are released. Production 2,400 pcs is not released and stays on hold until our "
          "sample sign-off (Jess O'Connor) and a written production release from Liam Nguyen."),
    ("p", "Material for the 24 samples only."),
], author="Liam Nguyen")
P25_TXT = """Hi Sunny,

PI signed and the deposit is paid (TT slip should be in your inbox by now) - consider this your
green light! 🚀

PO attached again so you have everything in one place.

Cheers,
Liam
""" + sig("Liam Nguyen", "Operations", "Wattle & Co Pty Ltd, Melbourne", "+61 3 9555 0172")
case("p25_green_light_wattle", ["RG002", "RG012"], "Buyer treats the signed PI and paid deposit as an unscoped 'green light', although the attached PO holds 2,400 pcs for sample sign-off and a written release.", [
    ("Wattle_KP-0729.eml", eml_bytes(mail(
        "Liam Nguyen <liam@wattleandco.com.au>", "Sunny Zhang <sunny@kitchenpro-yj.com>",
        "PI KP-0729 signed + deposit paid", "Thu, 08 Aug 2024 13:02:00 +1000", P25_TXT,
        attachments=[("PO_WC-2024-115.docx", P25_PO, DOCX_MT)]))),
])

# ---------------------------------------------------------------- p26
P26_INNER = mail("Ravi Sandhu <ravi.sandhu@northbarn.ca>", "Chloé Tremblay <chloe.tremblay@northbarn.ca>",
                 "2025 demand plan NB-PLUG-2P", "Fri, 28 Jun 2024 17:45:00 -0400",
                 """Chloé,

Outcome of the June S&OP for NB-PLUG-2P: 2025 forecast 24,000 units
(Q1 4k, Q2 5k, Q3 6k, Q4 9k). Assumes the Canadian Tire listing goes ahead in Q3.

Ravi
""")
P26_TXT = """Hi Leo,

See Ravi's note below. Please consider the 24k as our commitment for 2025 and plan your capacity
against it as if it were ordered. We'd like the SMT line and the housing mould capacity reserved.

Merci,
Chloé
""" + sig("Chloé Tremblay", "Purchasing Manager", "Northbarn Home Inc., Toronto", "+1 416 555 0143")
case("p26_fwd_forecast_northbarn", ["RG008"], "Buyer forwards an internal S&OP forecast and asks the supplier to treat the 24k as a commitment, 'as if it were ordered'.", [
    ("Fwd_2025_demand_plan.eml", eml_bytes(mail(
        "Chloé Tremblay <chloe.tremblay@northbarn.ca>", "Leo Zhang <leo@anbo-smart.com>",
        "Fwd: 2025 demand plan NB-PLUG-2P", "Tue, 02 Jul 2024 10:30:00 -0400", P26_TXT,
        attachments=[("rfc822", P26_INNER)]))),
])

# ---------------------------------------------------------------- p27
P27 = docx_bytes([
    ("h1", "Rolling forecast Q3/2024 - Q2/2025 (for planning)"),
    ("p", "Kestrel Robotics Sp. z o.o. → Shenzhen Hongda Precision Electronics Co., Ltd · Issued 2024-07-01 · Paweł Nowak"),
    ("table", [
        ["Part", "Q3/2024", "Q4/2024", "Q1/2025", "Q2/2025"],
        ["KR-CTRL-04 rev A", "600", "900", "1 200", "1 200"],
        ["KR-CTRL-05 rev A", "-", "300", "600", "800"],
    ]),
    ("sp",),
    ("p", "Quantities in pcs. Numbers are our best estimate from the distributor sell-in plan."),
    ("p", "To help your planning, Hongda may treat the Q3 and Q4/2024 forecast as Kestrel's purchase commitment."),
    ("p", "Next update: 1 October 2024."),
], author="Paweł Nowak")
case("p27_forecast_kestrel", ["RG008"], "Document titled forecast 'for planning' then tells the supplier to treat two quarters of it as a purchase commitment.", [
    ("Kestrel_rolling_forecast_2024Q3.docx", P27),
])

# ---------------------------------------------------------------- p28
P28_PO = pdf([
    ("h1", "PURCHASE ORDER RA-24-044 rev B"),
    ("p", "Revontuli Audio Oy · Hämeenkatu 20, 33200 Tampere, Finland"),
    ("p", "Supplier: Shenzhen Bosheng Acoustic Technology Co., Ltd · Date of rev B: 2024-09-10"),
    ("table", [
        ["Pos", "Part", "Description", "Qty", "Unit EUR", "Total EUR"],
        ["1", "RA-GR-02 rev D", "Speaker grille, perforated Al 0.8 mm, black anodised", "800", "1,45", "1.160,00"],
    ]),
    ("sp",),
    ("p", "Rev B reduces the commercial cover to 800 pcs (retail launch moved to Q2/2025)."),
    ("p", "Nothing on this PO is released for production until a written production release signed by Kaisa "
          "Mäkinen (COO) names the quantity."),
], title="PO RA-24-044 rev B", author="Kaisa Mäkinen")
P28_REL = docx_bytes([
    ("h1", "Production release RA-REL-004"),
    ("p", "Revontuli Audio Oy → Shenzhen Bosheng Acoustic Technology Co., Ltd · 2024-09-12"),
    ("p", "Part RA-GR-02 rev D, speaker grille. PVT sample sign-off completed 11 Sept 2024 by Aleksi Virtanen "
          "(report PVT-RA-03)."),
    ("p", "Revontuli Audio releases 1,000 pcs for production under PO RA-24-044 rev B."),
    ("p", "Any further quantity is not released; it stays on hold until a new written production release "
          "signed by Kaisa Mäkinen."),
    ("p", "Material authority: the released quantity only."),
    ("p", "Kaisa Mäkinen, COO"),
], author="Kaisa Mäkinen")
case("p28_po_revB_and_release", ["RG011"], "Folder bundle: PO rev B covers 800 pcs, the release letter under that PO releases 1,000 pcs.", [
    ("PO_RA-24-044_revB.pdf", P28_PO),
    ("RA-REL-004.docx", P28_REL),
])

# ---------------------------------------------------------------- p29
P29_PO = pdf([
    ("h1", "INDKØBSORDRE / PURCHASE ORDER KT-2024-044"),
    ("p", "Krumme Toys ApS, Mejlgade 37, 8000 Aarhus C, Denmark"),
    ("p", "Supplier: Xiamen Hongsheng Silicone Rubber Co., Ltd · Att.: Sunny Zhang · Date: 01.08.2024"),
    ("table", [
        ["Pos.", "Article", "Description", "Qty", "Price EUR", "Total EUR"],
        ["1", "KT-BT-04", "Silicone bath toy 'Hvalros', samples", "30", "1,10", "33,00"],
    ]),
    ("sp",),
    ("p", "Sample order: 30 pcs. The 3.000 pcs in your offer QT-0712 are not released and stay on hold until a "
          "passed EN 71-3 report, our sample sign-off and a written production release signed by Mette Kjær."),
    ("p", "Material for the 30 samples only."),
], title="PO KT-2024-044", author="Mette Kjær")
P29_TXT = """Dear Mette,

Well received your PO KT-2024-044, thank you very much!

We confirm: 300 pcs samples bath toy 'Hvalros' KT-BT-04, colours as per Pantone 7541C / 2975C,
delivery 15 working days after the mould T1.

Have a nice day!
Sunny Zhang
Xiamen Hongsheng Silicone Rubber Co., Ltd
"""
case("p29_po_krumme_plus_ack", ["RG011"], "Folder bundle: buyer PO for 30 samples; the supplier's acknowledgement confirms 300 samples.", [
    ("PO_KT-2024-044.pdf", P29_PO),
    ("RE_PO_KT-2024-044.eml", eml_bytes(mail(
        "Sunny Zhang <sunny@hongsheng-silicone.com>", "Mette Kjær <mette@krummetoys.dk>",
        "RE: PO KT-2024-044", "Fri, 02 Aug 2024 10:12:00 +0800", P29_TXT))),
])

# ---------------------------------------------------------------- p30
P30 = """[08.07.2024, 09:12:40] Paweł Nowak: Vincent, PO KR/2024/140 is out: 20 FAI pcs of the gearbox plate KR-GP-03 rev A
[08.07.2024, 09:13:25] Paweł Nowak: bal. 480 stays on hold - only Agnieszka Wójcik can unlock it
[08.07.2024, 09:40:02] Vincent Lin: OK Paweł, noted 👍
[15.07.2024, 16:05:51] Vincent Lin: FAI machining starts tomorrow, 7075-T651 plate for the 20 pcs arrived
[15.07.2024, 16:20:13] Paweł Nowak: great. reminder: the FAI lot is 12 pcs, we need them here by the 26th for the assembly trial, DHL pls
[15.07.2024, 16:21:30] Vincent Lin: ok will ship 24th
"""
case("p30_whatsapp_kestrel_chenyu", ["RG004", "RG011"], "Chat gives the FAI quantity as 20 and later as 12; the balance hold names a person but no unlock event.", [
    ("WhatsApp Chat with Vincent Lin.txt", P30),
])

# ---------------------------------------------------------------- p31
P31 = html_page("[SUP-218] RoverKit chassis plate - Xinda sample order - Jira Service Management", """
<div style="color:#666">Maple Circuit Labs supplier portal / Shenzhen Xinda / SUP-218</div>
<h2>RoverKit chassis plate RK-CH-05 — sample order</h2>
<table>
<tr><th>Status</th><td>Waiting for supplier</td><th>Supplier contact</th><td>Kevin Liu</td></tr>
<tr><th>PO</th><td>MCL-0471 — Released (SAP release strategy R2 complete, 2024-08-20)</td><th>Buyer</th><td>Ben Okafor</td></tr>
<tr><th>Drawing</th><td>RK-CH-05 rev C — Released (PLM, 2024-08-16)</td><th>Production release</th><td>pending</td></tr>
</table>
<h3>Scope</h3>
<p>16 sample units of RK-CH-05 rev C are released for production. The other 1,584 units of the 1,600 in quote XD-Q-0802 are on hold.</p>
<p>Production release of the 1,584: only after sample sign-off by Priya Nair (HW lead), signed by Ben Okafor (Operations Director). Material for the 16 units only.</p>
<h3>Activity</h3>
<p><b>Kevin Liu (Xinda)</b> · 21 Aug 2024 — PO and drawing received, 16 units start Monday. We wait your production release for the rest.</p>
<p><b>Ben Okafor</b> · 21 Aug 2024 — 👍</p>
""")
case("p31_jira_maple_chassis", ["RG009"], "'Released' is used for the PO (SAP commercial release), the drawing (technical) and the production quantity in one ticket.", [
    ("SUP-218.html", P31),
])

# ---------------------------------------------------------------- p32
P32_TXT = """Dear Kristaps,

Thanks for the good news yesterday! We summarize to make sure we are same page:

1) PO LL-2415 (20 pcs EVT) approved by your finance - we received the signed copy on 7 Aug.
2) Golden sample (2 pcs) approved by your QA on 8 Aug.
3) Production release is separate: we keep only the 20 pcs EVT running and wait your written
   production release from Ms. Laura Bērziņa for the 1,980 pcs. Material we buy only for the 20 pcs.

Please correct us if anything wrong.

Best regards,
Yuki Zhang 张雨琪
Project Manager
Shenzhen Kaixin Electronics (EMS) Co., Ltd
"""
case("p32_kaixin_summary", ["RG009"], "Supplier summary uses 'approved' for the finance decision on the PO and for the QA decision on the golden sample; hold otherwise restated correctly.", [
    ("RE_LL-2415.eml", eml_bytes(mail(
        "Yuki Zhang <yuki.zhang@kaixin-ems.com>", "Kristaps Ozols <kristaps@lumolabs.lv>",
        "RE: LL-2415 EVT / golden sample", "Fri, 09 Aug 2024 11:25:00 +0800", P32_TXT,
        html=t2h(P32_TXT)))),
])

# ---------------------------------------------------------------- p33
P33_PO = pdf([
    ("h1", "PURCHASE ORDER HS-24-251"),
    ("p", "Hemma Smart AB · Lindholmspiren 7, 417 56 Göteborg · Supplier: Ningbo Seaway Electric Appliance Co., Ltd"),
    ("table", [
        ["Pos", "Article", "Description", "Qty", "Unit USD", "Amount USD"],
        ["10", "HT2-ASSY", "Hemma Termo 2, pilot units (build 2)", "20", "31.50", "630.00"],
    ]),
    ("sp",),
    ("p", "Scope: 20 pilot units only. The remaining 2,980 pcs are not released and stay on hold until the 72 h "
          "burn-in sign-off and a written production release from Sara Lindqvist."),
], title="PO HS-24-251", author="Sara Lindqvist")
P33_TXT = """Hi Grace,

The 20 pilot thermostats are approved - display, relay switching at 16 A and Wi-Fi pairing all fine
(report HS-PT-0709).

The remaining 2,980 will be approved for production by me after the 72 h burn-in sign-off next
week; until then they're on hold. PO HS-24-251 attached again, it covers the 20 pilot units only.

Vänliga hälsningar,
Sara
""" + sig("Sara Lindqvist", "Purchaser", "Hemma Smart AB, Göteborg", "+46 31 555 27 40")
case("p33_hemma_pilot_status", ["RG009"], "Buyer uses 'approved' for the technical pilot result and for the future production release of the 2,980.", [
    ("HT2_pilot_status.eml", eml_bytes(mail(
        "Sara Lindqvist <sara.lindqvist@hemmasmart.se>", "Grace Wu <grace.wu@seaway-elec.com>",
        "HT2 pilot build 2 - results", "Wed, 10 Jul 2024 15:40:00 +0200", P33_TXT,
        attachments=[("PO_HS-24-251.pdf", P33_PO, PDF_MT)]))),
])

# ---------------------------------------------------------------- p34
P34 = """NINGBO JIALI DIE CASTING CO., LTD            WORK ORDER / 生产工单
---------------------------------------------------------------------------
WO NO.        : WO-2407-0315             PRINT DATE : 2024-07-22 08:31
CUSTOMER      : RASA MOBILITY UAB (LT)   CUST. PO   : RM-24-0102
PART          : RM-MH-09 REV A  MOTOR HOUSING 250W
ORDER TYPE    : SAMPLE / T1
RELEASED QTY  : 100 PCS
---------------------------------------------------------------------------
OPERATION        MACHINE      STATUS
10 MELT          FURNACE 2    DONE
20 DIE CAST      DCC 400T     PLANNED 07-24
30 TRIM/SHOT     -            -
40 CNC           VMC 06       -
---------------------------------------------------------------------------
MATERIAL ISSUED : ADC12 INGOT 620 KG  (= 1,000 PCS EQUIV.)
REMARK          : MATERIAL PREPARED FOR 1,000 PCS, BALANCE 900 PCS WAIT
                  CUSTOMER RELEASE. MELT LOSS 3%.
PREPARED: ZHANG L.        CHECKED: WANG Y.
"""
case("p34_wo_jiali", ["RG006"], "Supplier work order: 100 pcs released, but ingot for 1,000 pcs issued/prepared with no material authority.", [
    ("WO-2407-0315.txt", P34),
])

# ---------------------------------------------------------------- p35
P35_OC = html_page("Order confirmation OC-HD-240733", """
<h2>SHENZHEN HONGDA PRECISION ELECTRONICS CO., LTD — ORDER CONFIRMATION OC-HD-240733</h2>
<p>Customer: Kestrel Robotics Sp. z o.o. &middot; PO KR/2024/152 &middot; Date 2024-07-30</p>
""" + table_html([
    ["Item", "Description", "Qty", "Unit USD", "Ship"],
    ["KR-CTRL-05 rev A", "Servo controller PCBA, samples", "25 pcs", "24.10", "wk 33"],
]) + """
<p>Remark: MP scheduled week 34, per clause 4.2 of Hongda terms of sale (PO acceptance = order confirmation for the quoted production quantity).</p>
""")
P35_QUOTED = """Hi Cindy,

PO KR/2024/152 attached: 25 samples of KR-CTRL-05 rev A.
The 2,475 balance is not released and stays on hold until our sample sign-off and a written
production release from Agnieszka Wójcik (Operations Director).

Paweł"""
P35_TXT = """Dear Paweł,

Thank you for your PO. Our order confirmation OC-HD-240733 is attached.

As per our terms (clause 4.2), acceptance of the PO confirms the full order, so we have scheduled the
MP together with the samples: samples ship week 33, MP starts week 34. This way we can keep the
STM32 price from the last batch.

Best regards,
Cindy Huang
Shenzhen Hongda Precision Electronics Co., Ltd

""" + q("On 29 Jul 2024, Paweł Nowak <pawel.nowak@kestrel-robotics.pl> wrote:\n" + P35_QUOTED)
case("p35_oc_hongda", ["RG012"], "Supplier treats its own acceptance of a sample PO as authority to schedule MP, against the quoted hold.", [
    ("OC-HD-240733_mail.eml", eml_bytes(mail(
        "Cindy Huang <cindy.huang@hongda-pcba.com>", "Paweł Nowak <pawel.nowak@kestrel-robotics.pl>",
        "RE: PO KR/2024/152 - order confirmation", "Tue, 30 Jul 2024 18:05:00 +0800", P35_TXT,
        attachments=[("OC-HD-240733.html", P35_OC, "text/html")]))),
])

# ---------------------------------------------------------------- p36
P36 = """[2/9/24, 11:02:44 AM] Sophie Tran: Hi Mandy! PO OK-0319 = 40 sample play mats only (OK-MAT-120, 120x120 cm, 4 colours)
[2/9/24, 11:03:30 AM] Sophie Tran: The 3,960 balance is on hold until the ASTM F963-17 lab report is through AND I send you a written release (Sophie Tran, Ops)
[2/9/24, 11:20:05 AM] Mandy Zeng: ok dear well noted 👍
[2/20/24, 3:18:12 PM] Mandy Zeng: Sophie dear, sample balance payment received, thank you! 🙏
[2/20/24, 3:18:40 PM] Mandy Zeng: So we continue MP now as usual 💪
[2/20/24, 3:19:55 PM] Mandy Zeng: Also I already booked 2,000 m² EVA foam with our vendor to hold the old price, before CNY increase
[2/20/24, 3:20:10 PM] Mandy Zeng: <Media omitted>
"""
case("p36_whatsapp_oaklet_foam", ["RG006", "RG012"], "Supplier reads the sample balance payment as the signal to continue MP and has booked foam far beyond the 40 released sample mats.", [
    ("WhatsApp Chat with Mandy Jiamei Foam.txt", P36),
])

# ---------------------------------------------------------------- p37
P37_TXT = """Hi Frank,

PO TR-0470 is in your inbox. You're cleared to build the pilot lot of the base plate TR-BP-02 rev C
(6082-T6, bead blasted + clear anodise, DRG TR-BP-02 sheet 2 of 3).

Everything beyond the pilot lot is on hold until pilot sign-off by Shira Katz (QA) and a written
production release from Dana Mizrahi.

Thanks,
Amit
""" + sig("Amit Cohen", "Purchasing", "Tamar Robotics Ltd, Haifa", "+972 4 555 3301")
case("p37_cleared_pilot_tamar", ["RG010"], "Authorization to build 'the pilot lot' never states how many units; hold, unlock event and release person are present.", [
    ("TR-0470_pilot_lot.eml", eml_bytes(mail(
        "Amit Cohen <amit@tamar-robotics.co.il>", "Frank Wu <frank@jinrui-cnc.com>",
        "TR-0470 pilot lot base plate", "Sun, 04 Aug 2024 09:10:00 +0300", P37_TXT, html=t2h(P37_TXT)))),
])

# ---------------------------------------------------------------- p38
P38 = html_page("Call-off 05 - SA-5500018", """
<h2>PANNKOOK OÜ — Call-off 05 under scheduling agreement SA-5500018</h2>
<p>Supplier: Yongkang Huatai Cookware Co., Ltd &nbsp;|&nbsp; Date: 16.09.2024 &nbsp;|&nbsp; Contact: Mart Tamm</p>
<p>Please start production of the 28 cm pan body for the October delivery window.</p>
""" + table_html([
    ["Item", "Part no.", "Description", "Call-off qty", "Delivery"],
    ["0010", "3000-200-15", "Pan body 28 cm die-cast Al, DRG 1200 rev 7", "TBC - per your capacity", "week 43"],
]) + """
<p class="note">The balance of the blanket is not released. It stays on hold until the next call-off, which is issued only by Kadri Saar (Supply Manager), in writing.</p>
""")
case("p38_calloff_pannkook_tbc", ["RG010"], "Call-off tells the supplier to start production but leaves the quantity 'TBC - per your capacity'.", [
    ("CallOff_05_SA-5500018.html", P38),
])

# ---------------------------------------------------------------- p39
P39 = """REVONTULI AUDIO OY                                   PURCHASE ORDER
Hämeenkatu 20, 33200 Tampere, Finland                PO NUMBER : 4500018834
                                                     PO DATE   : 12.08.2024
VENDOR 100233  SHENZHEN WEIYU ELECTRONICS CO LTD     BUYER     : A.VIRTANEN
--------------------------------------------------------------------------------
ITEM  MATERIAL        SHORT TEXT                        QTY UN   NET PRICE  NET VALUE
00010 RA-AMP-03-B     AMP BOARD RA-AMP-03 REV B           1 LOT   1,240.00   1,240.00
                      SAMPLES PER QUOTE WY-Q-0621
--------------------------------------------------------------------------------
TOTAL NET VALUE EUR                                                          1,240.00
HEADER TEXT:
PRODUCTION QUANTITY NOT RELEASED. HOLD UNTIL PILOT SIGN-OFF AND WRITTEN
PRODUCTION RELEASE BY KAISA MAKINEN (COO).
DELIVERY: DAP TAMPERE  PAYMENT: 30 DAYS NET
"""
case("p39_erp_revontuli_lot", ["RG010"], "ERP sample PO orders '1 LOT' of samples 'per quote' and never states how many boards are authorized now.", [
    ("PO_4500018834.txt", P39),
])

# ---------------------------------------------------------------- p40
P40 = """WeChat chat history: Lumo Labs × Kaixin — Pulse band v3
Exported 2024-10-08

2024-10-01 08:55  Kristaps Ozols: Yuki, PO LL-2420 went out this morning for the EVT build of Pulse band v3, pls start 🙏
2024-10-01 08:56  Kristaps Ozols: MP stays on hold until EVT sign-off + a written release from Laura Bērziņa
2024-10-01 09:30  Yuki Zhang 张雨琪: ok received 👍 any update on MP volume? we need to plan H1 line
2024-10-01 09:41  Kristaps Ozols: the 3k forecast for H1 is basically locked, consider it ordered 😉
2024-10-01 09:42  Yuki Zhang 张雨琪: 好的 great!! thank you
"""
case("p40_wechat_lumo_v3", ["RG008", "RG010"], "Buyer tells the supplier to start the EVT build without ever stating a quantity, and calls the 3k H1 forecast 'ordered'.", [
    ("wechat_lumo_kaixin_v3.txt", P40),
])

# ---------------------------------------------------------------- p41
P41 = """WeChat chat history: Mette Kjær & Coco Lin (Leyuan Toys)
Exported 2024-09-03

2024-08-26 14:05  Mette Kjær: Hi Coco! 😊 pls make 16 samples of the Bamse figure in the new autumn colours 🎨 (rust, moss, oat - Pantone refs in the mail)
2024-08-26 14:06  Mette Kjær: PO KT-2024-052 follows tomorrow from our system
2024-08-26 14:07  Mette Kjær: and your price at 1.600 pcs is ok for us 👍 3,10 EUR
2024-08-26 14:30  Coco Lin 林可可: ok dear noted!! 16 pcs samples, 10 days 🙏
2024-08-26 14:31  Coco Lin 林可可: paint mask we make new, 1 set
2024-08-26 14:35  Mette Kjær: super, tak!
"""
case("p41_wechat_krumme_leyuan", ["RG001", "RG003", "RG004", "RG005"], "Buyer orders 16 samples and accepts the price at 1.600 pcs in the same breath; the 1.600 is not marked as not released, and no hold, unlock event or release person is given.", [
    ("wechat_krumme_leyuan.txt", P41),
])

# ---------------------------------------------------------------- p42
P42 = pdf([
    ("h1", "ORDER CONFIRMATION DS-OC-240815"),
    ("p", "Ningbo Beilun Dingsheng Metal Products Co., Ltd · To: Voolu Bikes OÜ, Tallinn · Attn: Kristjan Kask"),
    ("p", "Date: 2024-08-15 · Your PO: VB-24-080"),
    ("p", "We confirm your PO VB-24-080 as follows:"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price USD", "Remark"],
        ["Crank arm VB-CA-175 rev A", "6061-T6 forged + CNC, anodized black, samples", "30 pcs", "14.50", "ship 2024-09-02"],
    ]),
    ("sp",),
    ("p", "Production 3,000 pcs: USD 6.85/pc, lead time 30 days, same packing."),
    ("p", "Forging die: existing die DS-D-170 modified for 175 mm, no charge. Packing: 30 pcs per carton in "
          "bubble bags. Thank you for your order!"),
    ("p", "Lucy Xu · Sales · lucy@dingsheng-metal.com"),
], title="DS-OC-240815", author="Lucy Xu")
case("p42_oc_dingsheng", ["RG001"], "Supplier order confirmation of a 30-pc sample PO also lists 3,000 pcs production with nothing saying it is informational or not released.", [
    ("DS-OC-240815.pdf", P42),
])

# ---------------------------------------------------------------- p43
P43_Q2 = """Hi Lucy,

PO RM-24-0115 attached: 10 T1 samples of the controller cover RM-CC-02 rev A only.
The 2,990 balance is not released. It stays on hold until our sample sign-off (X-ray + CMM) and a
written production release from Gintarė Kazlauskė (Supply Chain Manager).

Tomas"""
P43_Q1 = """Dear Tomas,

Die T1 finished yesterday. T1 samples 10 pcs passed our internal check (X-ray, CMM 42 dims).
Can we start?

Best regards
Lucy Wang
Ningbo Jiali Die Casting Co., Ltd

On 2024-08-01 09:30, Tomas Petrauskas wrote:
""" + q(P43_Q2)
P43_TXT = """Hi Lucy,

Great news - green light from our side! 👍

Tomas
""" + sig("Tomas Petrauskas", "Quality & Sourcing Engineer", "Rasa Mobility UAB, Vilnius", "+370 5 255 0190") + """
On Tue, 20 Aug 2024 at 10:02, Lucy Wang <lucy.wang@jiali-diecast.com> wrote:
""" + q(P43_Q1)
case("p43_green_light_rasa", ["RG002"], "Buyer replies 'green light from our side' to 'Can we start?' without naming samples or a quantity; the quoted PO scope is otherwise complete.", [
    ("RE_RM-CC-02_T1.eml", eml_bytes(mail(
        "Tomas Petrauskas <tomas.petrauskas@rasamobility.lt>", "Lucy Wang <lucy.wang@jiali-diecast.com>",
        "RE: RM-CC-02 T1 samples", "Tue, 20 Aug 2024 14:55:00 +0300", P43_TXT,
        in_reply_to="<20240820100200.7781@jiali-diecast.com>"))),
])

# ---------------------------------------------------------------- p44
P44_PI = pdf([
    ("h1", "PROFORMA INVOICE PI-AB-240805"),
    ("p", "Shenzhen Anbo Smart Technology Co., Ltd · Buyer: Northbarn Home Inc. · Your PO: NB-5561"),
    ("table", [
        ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "NB-CAM-01 indoor camera, sample units", "60 pcs", "21.00", "1,260.00"],
        ["2", "Sample shipping DHL", "1", "140.00", "140.00"],
        ["3", "NB-CAM-01 mass production (price reference, not invoiced now)", "2,940 pcs", "14.20", "-"],
        ["", "Total", "", "", "1,400.00"],
    ]),
    ("p", "Payment: 100% T/T. Bank: China Merchants Bank Shenzhen, SWIFT CMBCCNBS."),
], title="PI-AB-240805", author="Leo Zhang")
P44_Q2 = """Hi Leo,

PO NB-5561 attached: sixty (60) sample units of NB-CAM-01. The other 2,940 in your quote are on hold.
They are released only after our sample sign-off (Ravi Sandhu) and a written production release from
me, Chloé Tremblay. Material for the 60 only.

Chloé"""
P44_Q1 = """Dear Chloé,

PI-AB-240805 attached for your approval. Please approve so we can arrange.

Best regards
Leo

On Fri, 2 Aug 2024, Chloé Tremblay wrote:
""" + q(P44_Q2)
P44_TXT = """Approved. Thanks Leo!

Chloé
""" + sig("Chloé Tremblay", "Purchasing Manager", "Northbarn Home Inc., Toronto", "+1 416 555 0143") + """
On Mon, 5 Aug 2024 at 04:12, Leo Zhang <leo@anbo-smart.com> wrote:
""" + q(P44_Q1)
case("p44_approved_northbarn_pi", ["RG002"], "Buyer's one-word 'Approved.' reply to a PI that also carries an MP price line names neither sample-only nor a quantity; the quoted PO itself holds the 2,940 correctly.", [
    ("RE_PI-AB-240805.eml", eml_bytes(mail(
        "Chloé Tremblay <chloe.tremblay@northbarn.ca>", "Leo Zhang <leo@anbo-smart.com>",
        "RE: PI-AB-240805 for approval", "Mon, 05 Aug 2024 08:31:00 -0400", P44_TXT,
        in_reply_to="<20240805041200.2210@anbo-smart.com>",
        attachments=[("PI-AB-240805.pdf", P44_PI, PDF_MT)]))),
])

# ---------------------------------------------------------------- p45
P45_PO = pdf([
    ("h1", "PURCHASE ORDER SW-1215"),
    ("p", "Shaked Wearables Ltd · 12 Ha'Arba'a St, Tel Aviv 6473912, Israel"),
    ("p", "Supplier: Shenzhen Joy Silicone Products Co., Ltd · Attn: Doris Feng · Date: 2024-07-01"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "SW-GK-02 rev A", "Patch housing gasket, LSR 50 Shore A, samples", "12", "4.50", "54.00"],
    ]),
    ("sp",),
    ("p", "Delivery: DHL to Tel Aviv by 2024-07-20. Biocompatibility: material per ISO 10993-5/-10 declaration."),
    ("p", "Ordered by: Noa Levi, Procurement Lead."),
], title="PO SW-1215", author="Noa Levi")
P45_TXT = """Hi Doris,

PO SW-1215 attached for a dozen samples (12 pcs) of the patch housing gasket SW-GK-02 rev A
(LSR, 50 Shore A, translucent).

We need them by 20 July for our biocompatibility pre-test. Any questions about the project please
ask Yoav, he is our VP Ops.

Thanks!
Noa
""" + sig("Noa Levi", "Procurement Lead", "Shaked Wearables Ltd, Tel Aviv", "+972 3 555 8120")
case("p45_po_shaked_gasket", ["RG003", "RG004", "RG005"], "Sample PO for a dozen (12) gaskets never says the balance is not released, names no unlock event and no release authority ('ask Yoav' is only a contact).", [
    ("PO_SW-1215_mail.eml", eml_bytes(mail(
        "Noa Levi <noa.levi@shaked-wear.co.il>", "Doris Feng <doris@joysilicone.com>",
        "PO SW-1215 - gasket samples", "Mon, 01 Jul 2024 12:20:00 +0300", P45_TXT,
        attachments=[("PO_SW-1215.pdf", P45_PO, PDF_MT)]))),
])


# =================================================================== BUILD
_STEM_RE = re.compile(r"[^A-Za-z0-9]+")


def _stem(fn):
    st = fn.rsplit(".", 1)[0]
    return _STEM_RE.sub("_", st).strip("_").lower()


def _fmt(fn):
    return fn.rsplit(".", 1)[-1].lower()


def _email_parts(data):
    """Formats found inside an EML (attachments, nested rfc822)."""
    from email import message_from_bytes
    m = message_from_bytes(data, policy=policy.default)
    found = set()
    for part in m.walk():
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct == "message/rfc822":
            found.add("eml")
        elif fn:
            found.add(_fmt(fn))
    return found


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(2626).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    mapping = {}
    for i, c in enumerate(order, 1):
        folder = f"h26_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                (d / fn).write_text(data, encoding="utf-8")
            else:
                (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
        mapping[folder] = c["name"]
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")

    # ---- summary (printed only; README.md is written by hand from these numbers)
    from collections import Counter
    per_rule = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases {len(CASES)}  clean {clean}  risky {len(CASES) - clean}  multi-rule {multi}")
    for r in sorted(per_rule):
        print(f"  {r}: {per_rule[r]}")
    top = Counter()
    contains = Counter()
    for c in CASES:
        fmts = set()
        for fn, data in c["files"]:
            f = _fmt(fn)
            top[f] += 1
            fmts.add(f)
            if f == "eml":
                fmts |= _email_parts(data)
        for f in fmts:
            contains[f] += 1
    print("top-level files:", dict(sorted(top.items())))
    print("cases containing:", dict(sorted(contains.items())))
    print("multi-file folders:", sum(1 for c in CASES if len(c["files"]) > 1))
    for folder in sorted(mapping):
        print(f"  {folder:45s} {mapping[folder]:32s} {labels[folder]['expect']}")


if __name__ == "__main__":
    main()
