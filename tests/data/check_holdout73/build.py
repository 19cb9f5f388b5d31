#!/usr/bin/env python3
"""Generator for the releasegate check_holdout73 corpus (coffee and beverage equipment).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout73/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps).

Case names in this file: cNN = expected clean, pNN = expected to carry at least one rule.
The folders written to cases/ get neutral shuffled names (seed 7373).
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
from email.utils import format_datetime
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
SEED = 7373
PREFIX = "h73"
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def case(name, expect, note, files):
    for r in expect:
        assert r in RULES, r
    assert len(set(expect)) == len(expect), name
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
# pdf(), docx_bytes(), html_page(), mail(), eml_bytes(), sig() are copied from
# check_holdout3/build.py (message-id and boundary suffixes changed to h73).
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


# ----------------------------------------------------------------- small helpers (own)
def d8(y, mo, d, h=9, mi=0, tz=0):
    """RFC 2822 date with a correct weekday and a fixed offset (hours, may be fractional)."""
    tzinfo = _dt.timezone(_dt.timedelta(hours=tz))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, 0, tzinfo=tzinfo))


def quote(text, depth=1):
    pre = ">" * depth
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.strip("\n").split("\n"))


def text_to_html(text):
    """A plain, mail-client-like HTML rendering of a text body (for multipart/alternative)."""
    out = []
    for para in re.split(r"\n\s*\n", text.strip()):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">{inner}</blockquote>")
        elif all(ln.lstrip().startswith(("- ", "* ")) for ln in lines):
            items = "".join(f"<li>{escape(ln.lstrip()[2:])}</li>" for ln in lines)
            out.append(f"<ul>{items}</ul>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def html_table(rows, cls=None):
    c = f" class=\"{cls}\"" if cls else ""
    head = "".join(f"<th>{escape(str(x))}</th>" for x in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(str(x))}</td>" for x in r) + "</tr>\n" for r in rows[1:])
    return f"<table{c}>\n<tr>{head}</tr>\n{body}</table>"


def eml(name, m):
    return (name, eml_bytes(m))


# =================================================================== CASES
# (added in batches below)


# ------------------------------------------------------------------ batch 1
# c01: sample PO with a complete scope note (PDF with line table). Clean.
case("c01_bellavista_grouphead_po", [],
     "Sample PO for 12 pre-series group heads; quote's 600 called forecast and not released; unlock = engineering sign-off + written release by named Head of Purchasing; material sample-only.",
     [("PO_MB-24-0318.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Macchine Bellavista S.r.l. - Via Giuseppe Ripamonti 212, 20141 Milano (MI), Italia - P.IVA IT08812340961"),
         ("table", [["Field", "Value"],
                    ["PO number", "MB-24-0318"],
                    ["Date", "18/03/2024"],
                    ["Supplier", "Chen Hsin Precision Co., Ltd., No. 88 Gongye 7th Rd, Xitun Dist., Taichung 407, Taiwan"],
                    ["Supplier quote", "CH-Q-2500 rev 3 dated 04/03/2024"],
                    ["Incoterms", "FCA Taichung"],
                    ["Payment", "60 days end of month"]]),
         ("h", "Lines"),
         ("table", [["Line", "Part number", "Description", "Qty", "Unit price EUR", "Amount EUR"],
                    ["10", "BV-GH-58-1400", "Group head E61 type, CW614N brass, chrome plated, pre-series sample, DRG BV-2500 Rev 12", "12", "64,50", "774,00"]]),
         ("p", "Total order value: EUR 774,00 (excl. VAT)"),
         ("h", "Scope of this order"),
         ("p", "This purchase order covers twelve (12) pre-series group heads only, for fit and thermal testing on our Linea Duo test bench. Please build and ship the 12 pieces."),
         ("p", "The production quantity of 600 pieces shown in your quote CH-Q-2500 is a forecast and is not released by this order. Do not start the balance and do not buy brass bar or book plating capacity for it."),
         ("p", "The balance can be released only after our engineering has signed off the pre-series samples, and then only by a written production release from Giulia Ferraris, Head of Purchasing. Until that release arrives, the material authority under this order is sample-only."),
         ("h", "Technical requirements"),
         ("p", "Material CW614N per EN 12164; chrome plating per ISO 1456 Fe/Ni20b Cr r; leak test at 15 bar for 30 s, 100%. Marking: part number and date code on the flange. Packaging: individual VCI bags, max 6 pcs per carton."),
         ("p", "Documents with the shipment: material certificate 3.1 per EN 10204, plating thickness report, leak test record for each serial number."),
         ("sp",),
         ("p", "Issued by: Giulia Ferraris, Head of Purchasing - g.ferraris@bellavista-macchine.it - +39 02 5520 4410"),
         ("p", "Our general purchasing conditions (CGA-2023) apply. ISO 9001:2015 certified company."),
     ], title="PO MB-24-0318", author="Macchine Bellavista"))])

# c02: supplier quote with sample and production tiers, nothing authorized. Clean.
case("c02_haoda_boiler_quote", [],
     "Supplier quotation with a 5-pc sample tier and a 1,000-pc production tier; no authorization in the bundle, production lead time tied to a written release.",
     [("Quotation_HD240412.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Ningbo Haoda Stainless Products Co., Ltd. - No. 17 Xingye Road, Beilun District, Ningbo, Zhejiang 315800, China - Tel +86 574 8689 2210"),
         ("table", [["Quotation No.", "HD240412"], ["Date", "2024-04-12"],
                    ["To", "Van Dijk Koffietechniek B.V., Atoomweg 50, 3542 AB Utrecht, Netherlands - Attn. Mr. Joost Hendriks"],
                    ["Your inquiry", "RFQ VDK-2024-031, drawing VDK-BLR-18 rev 4"]]),
         ("p", "Dear Mr. Hendriks, thanks for your inquiry. Please kindly find our best price as below."),
         ("table", [["Item", "Description", "Qty", "Unit price USD", "Lead time"],
                    ["1", "Steam boiler 1.8 L, AISI 316L, TIG welded, heater flange for 1400 W element, 3/8\" BSP ports - SAMPLE", "5 pcs", "96.00", "25 days after PO"],
                    ["2", "Same as item 1 - PRODUCTION", "1,000 pcs", "58.40", "45 days after your written production release"],
                    ["3", "Bending and welding fixture (one-off)", "1 set", "1,200.00", "with samples"]]),
         ("h", "Remarks"),
         ("p", "1. Production price based on 1,000 pcs in one lot. Smaller lots on request."),
         ("p", "2. Pressure test 100% at 4.5 bar (1.5 x working pressure), helium leak test on request. Material certificate EN 10204 3.1 for sheet and flange."),
         ("p", "3. Payment: samples and fixture 100% T/T before shipment; production 30% T/T with order, 70% before shipment."),
         ("p", "4. Validity: 60 days. Price base: 316L at USD 3,150/t (Tsingshan index April 2024)."),
         ("p", "Best regards, Kevin Xu, Sales Manager, kevin.xu@haoda-ss.com"),
     ], title="Quotation HD240412", author="Ningbo Haoda"))])

# c03: supplier's question about a go-ahead for the balance. Clean.
_m = mail("Vivian Lin <vivian.lin@chenhsin-precision.com.tw>",
          "Choi Hyun-woo <hw.choi@hanbit-coffee.co.kr>",
          "RE: PO HB-7731 portafilter 58mm - question about balance",
          d8(2024, 5, 21, 17, 42, 8),
          """Dear Mr. Choi,

Good day.

The 20 pcs pilot portafilters (PN HB-PF58-02, dual spout, walnut handle) finished the polishing today and will ship by DHL on Thursday. AWB no. I will send you after pick-up.

Our production team asking me: do we have your go-ahead for the balance 480 pcs? We understand PO HB-7731 is only for the 20 pcs, so we did not start anything else and we also did not buy the brass bar for the 480.

If you can let us know your plan, we can reserve CNC capacity in week 26-27 for you. But of course we wait your written release before any start.

Thank you and best regards,
Vivian Lin
Sales Dept. / Chen Hsin Precision Co., Ltd.
No. 88 Gongye 7th Rd, Xitun Dist., Taichung 407, Taiwan
Tel: +886 4 2359 1180 ext. 216
""")
case("c03_chenhsin_balance_question", [],
     "Supplier's question asking whether there is a go-ahead for the 480 balance; it restates the 20-pc scope and waits for a written release. A question is not an approval, and a supplier question authorizes nothing.",
     [eml("RE_PO_HB-7731_question.eml", _m)])

# c04: labelled forecast on a buyer portal (HTML). Clean.
case("c04_brewline_forecast_portal", [],
     "Rolling forecast page clearly labelled forecast only / not an order, no production or material authorized.",
     [("forecast_BVI_2024H2.html", html_page("Brewline Vending Inc. - Supplier Portal - Rolling Forecast", f"""
<h1>Brewline Vending Inc. &mdash; Supplier Portal</h1>
<p>Supplier: <b>Foshan Meiyu Sheet Metal Co., Ltd.</b> (vendor 200781) &nbsp;|&nbsp; Published: June 3, 2024 &nbsp;|&nbsp; Planner: Rachel Kim</p>
<h2>Rolling forecast, July&ndash;December 2024</h2>
<div class="note"><b>FORECAST ONLY &mdash; NOT A PURCHASE ORDER.</b> The quantities below are planning information.
They do not authorize production or material purchases. Orders and production releases are issued separately as
numbered call-offs in the &ldquo;Orders&rdquo; tab.</div>
<br>
{html_table([["Part", "Description", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Total H2"],
             ["BVI-DT-330", "Drip tray, AISI 304, satin, for B5 tabletop brewer", "400", "400", "600", "600", "450", "300", "2,750"],
             ["BVI-GR-330", "Drip tray grille, AISI 304, laser cut", "400", "400", "600", "600", "450", "300", "2,750"],
             ["BVI-HSG-510", "Side housing, powder coated RAL 9005", "150", "150", "250", "250", "200", "100", "1,100"],
             ["BVI-CAN-2000", "Ingredient canister bracket, zinc plated", "800", "800", "1,200", "1,200", "900", "600", "5,500"]])}
<p>Forecast accuracy last 6 months: 87% (part level). Next forecast update: July 1, 2024.</p>
<p>Questions about this forecast: Rachel Kim, Supply Planner, rachel.kim@brewlinevending.com, +1 312 555 0142.</p>
<p style="color:#777">Brewline Vending Inc. &middot; 2200 W Fulton St, Chicago, IL 60612 &middot; Supplier portal v4.2</p>
"""))])

# c05: engineering sign-off for fit check only, multipart/alternative. Clean.
_t = """Hi Amy,

Thanks for the quick turnaround on the six (6) cosmetic samples of the brushed 304 housing (SB-HSG-210, rev B). They arrived Monday and went straight onto the bench.

Quick summary of where we landed:
- Fit: the housing sits on the chassis fine and all M4 inserts line up with the frame. Fit check signed off.
- Finish: the brushing direction on the left side panel runs vertical instead of horizontal on two of the six. That needs fixing before we can look at the finish.
- Gap at the drip tray cut-out is 1.6 mm vs 1.0 +/- 0.3 on the drawing. Could you check the press brake setting?

To be clear about where this leaves the order: the samples are signed off for fit check only. That is not a production release. Please don't build anything beyond the 6 samples you've already delivered, and don't order coil for the 1,194 balance on PO SB-4417 - it remains on hold. The balance gets released only after we've signed off a corrected finish sample, and then in writing by Hannah Kerr, our Operations Manager.

Could you send a couple of photos of the brushing set-up so we can agree the grain direction before you make anything new?

Cheers,
Tom
""" + sig("Tom Nguyen", "Product Engineer", "Southbank Espresso Co. Pty Ltd, 41 Dorcas St, South Melbourne VIC 3205", "+61 3 9016 4420")
_m = mail("Tom Nguyen <tom.nguyen@southbankespresso.com.au>",
          "Amy Zhou <amy.zhou@meiyu-sheetmetal.cn>",
          "SB-HSG-210 cosmetic samples - fit check result",
          d8(2024, 4, 17, 16, 5, 10), _t, html=text_to_html(_t),
          cc="Hannah Kerr <hannah.kerr@southbankespresso.com.au>")
case("c05_southbank_fitcheck", [],
     "Samples signed off for fit check only, explicitly not a production release; active qty 6 samples, 1,194 balance on hold, unlock = finish sign-off + written release by named Ops Manager.",
     [eml("SB-HSG-210_fitcheck.eml", _m)])

# c07: call-off with explicit staged material authority above the released quantity (DOCX). Clean.
case("c07_vandijk_calloff2", [],
     "Call-off releasing 200 housings; explicit staged material authority up to 600 units with buyer liability; 700 not released; next numbered call-off after lot acceptance, signed by named manager.",
     [("Call-off_VDK-FA-2024-07_CO2.docx", docx_bytes([
         ("h1", "Call-off 2 under frame agreement VDK-FA-2024-07"),
         ("p", "Van Dijk Koffietechniek B.V., Atoomweg 50, 3542 AB Utrecht, Nederland"),
         ("p", "To: Ege Paslanmaz Metal San. ve Tic. A.Ş., Kemalpaşa OSB, İzmir, Türkiye - Attn. Mr. Emre Yıldız"),
         ("p", "Date: 11 June 2024"),
         ("table", [["Item", "Value"],
                    ["Part", "VDK-HSG-1100 rev C, brushed AISI 304 housing for the Duetto bean-to-cup"],
                    ["Frame quantity (forecast, not firm)", "1.000 pcs"],
                    ["Released by call-off 1 (delivered)", "100 pcs"],
                    ["Released by this call-off 2", "200 pcs"],
                    ["Remaining under the frame, not released", "700 pcs"]]),
         ("h", "Scope"),
         ("p", "With this call-off we release 200 (two hundred) housings for delivery in week 31. Please produce these 200 pcs only."),
         ("p", "Material authority: staged. You may buy and cut AISI 304 sheet (1,0 mm, 2B, brushed grain 320) for up to 600 housings in total, including the 300 released so far. Van Dijk carries the liability for that sheet, up to 600 units' worth, if the frame agreement is cancelled. Do not form, weld or brush more than the 300 pcs released so far."),
         ("p", "The remaining 700 pcs are not released. They will be released only by a further numbered call-off, signed by Pieter de Vries (Inkoopmanager / Purchasing Manager), after our incoming inspection has accepted the lot from this call-off."),
         ("h", "Delivery and packing"),
         ("p", "DAP Utrecht, on EUR pallets, max. 40 housings per pallet, separated with foam sheets; each housing in a PE bag. The protective film stays on until assembly. Please put the call-off number on the delivery note."),
         ("sp",),
         ("p", "Met vriendelijke groet / Kind regards,"),
         ("p", "Pieter de Vries, Inkoopmanager, +31 30 241 88 00, p.devries@vandijk-koffie.nl"),
     ], author="P. de Vries"))])

# c08: explicit, recorded auto-conversion naming quantity, signer, conditions (PDF PO). Clean.
case("c08_hanbit_autoconversion_po", [],
     "PO with line 10 (20 pilot) released and line 20 (380) not released; explicit recorded auto-conversion clause naming quantity, signer (QA manager) and conditions; other quantities need named purchasing lead.",
     [("HB-PO-24-0412.pdf", pdf([
         ("h1", "PURCHASE ORDER HB-PO-24-0412"),
         ("p", "Hanbit Coffee Machines Co., Ltd. - 55 Centum jungang-ro, Haeundae-gu, Busan 48058, Korea"),
         ("table", [["Supplier", "Chen Hsin Precision Co., Ltd., Taichung, Taiwan"],
                    ["Date", "2024-04-09"], ["Currency", "USD"], ["Incoterms", "FOB Taichung"],
                    ["Quotation", "CH-Q-2711"]]),
         ("table", [["Line", "Part", "Description", "Scope", "Qty", "Unit USD", "Amount USD"],
                    ["10", "HB-PF58-02", "Portafilter 58 mm, dual spout, walnut handle", "pilot", "20", "21.80", "436.00"],
                    ["20", "HB-PF58-02", "Portafilter 58 mm, dual spout, walnut handle", "production (conditional, see clause 4)", "380", "16.90", "6,422.00"]]),
         ("h", "Clauses"),
         ("p", "1. Line 10 (20 pilot pieces) is released for production now."),
         ("p", "2. Line 20 (380 pieces) is not released at the date of this PO. Do not start production of line 20 and do not buy material for it before it is released."),
         ("p", "3. Material authority: sample-only (material for the 20 pilot pieces)."),
         ("p", "4. Auto-conversion, agreed in writing with Chen Hsin (Ms. Vivian Lin, Sales) on 8 April 2024: line 20 (380 pieces) is released automatically, without a further document, on the day our QA Manager, Lee Min-jun, issues an approved sample sign-off for the 20 pilot pieces. An interim or rejected sign-off releases nothing. The sign-off notice will state \"Line 20 released under clause 4\" and will be e-mailed by Lee Min-jun."),
         ("p", "5. Any quantity beyond lines 10 and 20 needs a written release from Choi Hyun-woo, Purchasing Team Leader."),
         ("h", "Quality"),
         ("p", "Basket seat diameter 58.35 +0.05/0; handle walnut, oil finish, NSF/ANSI 51 food zone materials for the metal parts; 100% visual inspection; AQL 1.0 for dimensions."),
         ("p", "Buyer: Choi Hyun-woo, hw.choi@hanbit-coffee.co.kr, +82 51 740 2281"),
     ], title="HB-PO-24-0412", author="Hanbit Coffee Machines"))])

# c09: outer mail with PO PDF and a forwarded old quote (message/rfc822) declared informational. Clean.
_old = mail("Luca Brambilla <l.brambilla@officinebrambilla.it>",
            "Dana Whitfield <dana.whitfield@ridgelinecoffee.com>",
            "Offerta OB-22-114 - macine piane 64 mm / flat burrs 64 mm",
            d8(2022, 9, 14, 11, 20, 2),
            """Dear Dana,

please find our offer OB-22-114 for the flat burrs 64 mm, geometry "Specialty" as per your drawing RCW-1000 rev 5:

- material M2 (1.3343), hardened and tempered 62-64 HRC
- cutting edges ground, flatness 0,005 mm
- 5.000 sets at 7,85 EUR/set, ex works Lecco
- delivery 10 weeks from order

Geometry notes: the first ring of teeth is 0,2 mm lower than on the 2019 design, to reduce fines. The outlet
groove is 2,8 mm.

Best regards,
Luca Brambilla
Officine Brambilla S.r.l. - Via Ghislanzoni 40, 23900 Lecco (LC)
""")
_po = pdf([
    ("h1", "Purchase Order 4500-7712"),
    ("p", "Ridgeline Coffee Works, Inc. - 1420 SE Water Ave, Portland, OR 97214, USA"),
    ("table", [["Vendor", "Officine Brambilla S.r.l., Lecco, Italy"], ["PO date", "March 6, 2024"],
               ["Terms", "Net 45, FCA Lecco"], ["Buyer", "Dana Whitfield"]]),
    ("table", [["Line", "Item", "Description", "Qty", "Unit EUR", "Ext. EUR"],
               ["1", "RCW-BUR-64-SP", "Flat burr set 64 mm, Specialty geometry, DRG RCW-1000 rev 7 - SAMPLE", "24 sets", "19.50", "468.00"]]),
    ("h", "PO note"),
    ("p", "Sample PO. This PO covers 24 sample burr sets only. No production quantity is released by this PO; the balance stays on hold until our lab signs off the samples and Dana Whitfield, Director of Supply Chain, sends a written release. Material authority: sample-only."),
], pagesize=LETTER, title="PO 4500-7712", author="Ridgeline Coffee Works")
_t = """Hi Luca,

Following our call: PO 4500-7712 is attached. It covers twenty-four (24) sample sets of the 64 mm flat burrs (RCW-BUR-64-SP, "Specialty" geometry, DRG RCW-1000 rev 7) and nothing else.

I'm also forwarding your 2022 quote thread so your team has the geometry notes in one place. That quote shows 5,000 sets - please treat it as background information only. The 5,000 is not ordered and not released, and the 2022 prices don't apply.

For the balance: nothing beyond the 24 sample sets is released. Please don't buy M2 bar for more than the samples. Once our lab has signed off the samples (particle distribution on the EK rig, 200 g runs at three settings), I will send a separate written release for a production quantity if we decide to launch - that release will come from me and nobody else.

Thanks, and say hi to Marta.

Dana
""" + sig("Dana Whitfield", "Director of Supply Chain", "Ridgeline Coffee Works, Inc., Portland, OR", "+1 503 555 0177")
_m = mail("Dana Whitfield <dana.whitfield@ridgelinecoffee.com>",
          "Luca Brambilla <l.brambilla@officinebrambilla.it>",
          "PO 4500-7712 - 24 sample burr sets + FW: old offer OB-22-114",
          d8(2024, 3, 6, 10, 15, -8), _t,
          attachments=[("PO_4500-7712.pdf", _po, PDF_MT), ("rfc822", _old)])
case("c09_ridgeline_fw_oldquote", [],
     "Sample PO for 24 burr sets; forwarded 2022 quote (message/rfc822) with 5,000 sets declared background only, not ordered/released; unlock = lab sign-off + written release by named director.",
     [eml("PO_4500-7712_mail.eml", _m)])

# p01: sample PO with the quote's production tier printed beside it, no scope at all (PDF).
case("p01_bellavista_portafilter_po", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 12 pre-series portafilters prints the quote's 600-pc production tier with price and lead time; nothing says it is informational or on hold, no unlock event, no release person.",
     [("PO_MB-24-0351.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Macchine Bellavista S.r.l. - Via Giuseppe Ripamonti 212, 20141 Milano (MI), Italia - P.IVA IT08812340961"),
         ("table", [["Field", "Value"],
                    ["PO number", "MB-24-0351"], ["Date", "02/04/2024"],
                    ["Supplier", "Chen Hsin Precision Co., Ltd., Taichung, Taiwan"],
                    ["Supplier quote", "CH-Q-2611 dated 21/03/2024"],
                    ["Incoterms", "FCA Taichung"], ["Payment", "60 days end of month"]]),
         ("h", "Lines"),
         ("table", [["Line", "Part number", "Description", "Qty", "Unit price EUR", "Amount EUR"],
                    ["10", "BV-PF-58-DS", "Portafilter 58 mm, double spout, chrome plated brass, black beech handle - pre-series", "12", "31,00", "372,00"]]),
         ("h", "Quote reference (CH-Q-2611)"),
         ("table", [["Stage", "Qty", "Unit price EUR", "Lead time"],
                    ["Pre-series", "12", "31,00", "20 days"],
                    ["Production", "600", "17,40", "45 days"],
                    ["Spout tooling", "1", "850,00", "with pre-series"]]),
         ("h", "Technical requirements"),
         ("p", "Brass CW617N, lead content below 0,2%; chrome per ISO 1456; basket retaining spring stainless 1.4310; handle thread M12x1,5. Drawing BV-PF-1000 Rev 9. Food contact: Regulation (EC) 1935/2004, declaration of compliance with the shipment."),
         ("p", "Packaging: each portafilter in a foam sleeve, 12 per carton, carton marked with PO number."),
         ("p", "Please confirm receipt of this order within 3 working days."),
         ("sp",),
         ("p", "Ufficio Acquisti - acquisti@bellavista-macchine.it - +39 02 5520 4400"),
         ("p", "Our general purchasing conditions (CGA-2023) apply."),
     ], title="PO MB-24-0351", author="Macchine Bellavista"))])

# p02: quoted complete scope; engineer's new "approved, go ahead" on a drawing rev is unscoped.
_t = """Hi Luca,

Thanks for the marked-up drawing. Rev D looks good to us - the wider outlet groove and the chamfer change are both fine from our side, and Priya ran the revised geometry through the grind sim this morning with no surprises.

Approved, go ahead.

Owen
""" + sig("Owen Park", "Product Engineer, Grinders", "Ridgeline Coffee Works, Inc., Portland, OR", "+1 503 555 0163") + """
On Wed, May 15, 2024 at 3:02 AM Luca Brambilla <l.brambilla@officinebrambilla.it> wrote:
""" + quote("""Dear Owen,

attached the rev D of drawing RCW-1000 with the two modifications discussed in the call:
- outlet groove 2,8 -> 3,1 mm
- inner chamfer 0,5 x 45 deg

Please let us know if we can go ahead.

Best regards
Luca Brambilla

On Mon, Apr 29, 2024 Dana Whitfield wrote:
> PO 4500-7734 covers 24 sample burr sets only. The balance of 976 from offer
> OB-24-031 is not released and stays on hold until our lab signs off the
> samples and I send you a written release.
> Dana Whitfield, Director of Supply Chain""")
_m = mail("Owen Park <owen.park@ridgelinecoffee.com>",
          "Luca Brambilla <l.brambilla@officinebrambilla.it>",
          "RE: RCW-1000 rev D - outlet groove / chamfer",
          d8(2024, 5, 15, 9, 48, -7), _t,
          cc="Dana Whitfield <dana.whitfield@ridgelinecoffee.com>",
          in_reply_to="<OB-20240515-0302@officinebrambilla.it>")
case("p02_ridgeline_revD_reply", ["RG002"],
     "Quoted buyer scope is complete (24 samples, 976 on hold, lab sign-off + written release by Dana); the engineer's new 'Approved, go ahead.' names neither sample-only nor a quantity.",
     [eml("RE_RCW-1000_revD.eml", _m)])

# p03: WhatsApp, scope set earlier; later "green light, crack on" on a colour-tone question.
case("p03_southbank_whatsapp_panels", ["RG002"],
     "Chat opens with a complete scope (6 proto panels, 294 on hold until sign-off + Liam's written release); later the buyer answers a PVD tone question with an unscoped 'Green light from me, crack on!'.",
     [("WhatsApp Chat with Amy Zhou (Meiyu).txt", """03/05/2024, 08:01 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
03/05/2024, 08:01 - Amy Zhou (Meiyu): Good morning Liam, PO SB-4420 received, thank you! 🙏
03/05/2024, 08:04 - Liam O'Connor: Morning Amy! Great stuff
03/05/2024, 08:05 - Liam O'Connor: Just so we're on the same page: SB-4420 is for the 6 proto side panels only (SB-SP-31, gunmetal PVD).
03/05/2024, 08:06 - Liam O'Connor: The other 294 on your quote are on hold. They get released only after I sign off the protos here in Melbourne and send you a written release by email. That comes from me, no one else.
03/05/2024, 08:09 - Amy Zhou (Meiyu): ok noted 👌 6 pcs proto only, 294 wait your email
03/05/2024, 08:10 - Liam O'Connor: 👍
09/05/2024, 14:22 - Amy Zhou (Meiyu): Liam, laser cutting done for the 6 pcs, now brushing
09/05/2024, 14:22 - Amy Zhou (Meiyu): <Media omitted>
14/05/2024, 10:37 - Amy Zhou (Meiyu): Liam, PVD supplier says gunmetal tone will be a bit darker than your colour chip, dE about 1.5. Photos under D65 light below
14/05/2024, 10:37 - Amy Zhou (Meiyu): <Media omitted>
14/05/2024, 10:38 - Amy Zhou (Meiyu): <Media omitted>
14/05/2024, 10:38 - Amy Zhou (Meiyu): is it ok for you? if ok we continue
14/05/2024, 11:55 - Liam O'Connor: Ahh that actually looks sick 😎 darker suits the machine better tbh
14/05/2024, 11:56 - Liam O'Connor: Green light from me, crack on!
14/05/2024, 11:58 - Amy Zhou (Meiyu): 👍👍 thank you Liam
14/05/2024, 12:03 - Amy Zhou (Meiyu): btw Dragon Boat holiday 10 June, factory closed 3 days
14/05/2024, 12:05 - Liam O'Connor: Noted, enjoy the zongzi 🥟
""")])

# p04: Italian buyer, balance on hold "until further notice": no unlock event, no release person.
_t = """Dear Mr. Nowak,

as agreed by phone this morning, we send you our order LE-ODA-24/112 for the drip trays in AISI 304 (our code LE-VAS-280, drawing LE-280 rev. 4, satin finish, grid in 1,2 mm).

The order is for n. 20 (twenty) pieces of pre-series, to verify the assembly on the new Lucca Uno machine. The remaining 980 pieces of your offer OF/24/0311 are on hold until further notice: please do not produce them and do not buy the sheet.

Delivery of the 20 pcs: within week 24, DAP Lucca (Via per Camaiore 118, 55100 Lucca). Please mark the boxes "PRESERIE".

Please send us your order confirmation.

Cordiali saluti / Best regards

Chiara Bertini
Ufficio Acquisti
Lucca Espresso S.r.l.
Tel. +39 0583 491 220
"""
_m = mail("Chiara Bertini <acquisti@luccaespresso.it>",
          "Piotr Nowak <p.nowak@metalplast-poznan.pl>",
          "Ordine LE-ODA-24/112 - vaschette raccogligocce / drip trays pre-series",
          d8(2024, 5, 8, 11, 30, 2), _t, html=text_to_html(_t))
case("p04_lucca_driptray_order", ["RG004", "RG005"],
     "Pre-series order for 20 drip trays; 980 'on hold until further notice' - hold stated but no unlock event and no named release person.",
     [eml("Ordine_LE-ODA-24-112.eml", _m)])

# p05: DOCX PO, hold and unlock event, nobody named who may release.
case("p05_dutchvend_doorpanel_po", ["RG005"],
     "Pilot lot of 25 door panels; 475 not released; unlock = QA sign-off + revised PO, but no named person who may release (only a department / generic mailbox).",
     [("PO_DVS-45110.docx", docx_bytes([
         ("h1", "Purchase order DVS-45110"),
         ("p", "Dutch Vend Systems B.V. · Kanaaldijk 14 · 5683 CR Best · Nederland"),
         ("table", [["Supplier", "Ege Paslanmaz Metal San. ve Tic. A.Ş., İzmir"],
                    ["Order date", "15-05-2024"],
                    ["Quotation", "EGE-TKL-2024-188"],
                    ["Delivery", "DAP Best, week 26"],
                    ["Payment", "60 days net"]]),
         ("sp",),
         ("table", [["Pos.", "Article", "Description", "Qty", "Price EUR", "Total EUR"],
                    ["1", "DVS-DR-900", "Front door panel, AISI 304 brushed, 1,2 mm, with window cut-out, drawing DVS-900 rev 3 - pilot lot", "25", "48,60", "1.215,00"]]),
         ("h", "Order note"),
         ("p", "This order covers a pilot lot of 25 (twenty-five) door panels. The remaining 475 panels of quotation EGE-TKL-2024-188 are not released and must not be started."),
         ("p", "The remaining panels will be released after the pilot lot has been signed off by our quality department and a revised purchase order has been issued."),
         ("p", "Please confirm this order within five working days to purchasing@dutchvend.nl."),
         ("h", "Quality requirements"),
         ("li", "Brushing grain 240, direction horizontal, protective film on visible side"),
         ("li", "Flatness of the door face 0,5 mm over 600 mm"),
         ("li", "First-article report (dimensions and photos) with the pilot lot"),
         ("li", "Material certificate EN 10204 3.1"),
     ], author="Dutch Vend Systems"))])

# p06 (+p38): buyer portal page; hold + named person but no unlock event; line says 100, release note 120.
case("p06_brewline_portal_harness", ["RG004", "RG011"],
     "Portal order page: line shows 100 pilot harnesses released, the release note below says 120; balance on hold and Daniel Okafor named, but no unlock event.",
     [("order_BVI-PO-31902.html", html_page("Brewline Vending Inc. - Order BVI-PO-31902", f"""
<h1>Brewline Vending Inc. &mdash; Supplier Portal</h1>
<p>Order <b>BVI-PO-31902</b> &nbsp;|&nbsp; Supplier: Dongguan Jiali Wire Harness Co., Ltd. &nbsp;|&nbsp; Issued: May 20, 2024 &nbsp;|&nbsp; Currency: USD</p>
<h2>Lines</h2>
{html_table([["Line", "Part", "Description", "Scope", "Qty", "Unit USD", "Status"],
             ["1", "BVI-WH-40", "Harness, main board to grinder motor, 6 circuits, UL 1007 18 AWG, 420 mm", "pilot", "100", "4.85", "Released"]])}
<h2>Release notice R-01</h2>
<p>Release R-01 for the pilot build on our Chicago line: we release <b>120</b> harnesses BVI-WH-40 for delivery
by air to Chicago, to arrive no later than June 24, 2024.</p>
<div class="note">The series balance on your quotation JL-Q-2405-12 stays on hold. Only Daniel Okafor, Purchasing Manager,
can release it.</div>
<h2>Requirements</h2>
<ul><li>100% continuity and hipot test (1500 V AC, 1 s), test record per lot</li>
<li>Crimp cross-sections per UL 486A-486B, pull-test report with first shipment</li>
<li>Labels: part number, lot code, date code (YYWW)</li></ul>
<p style="color:#777">Brewline Vending Inc. &middot; 2200 W Fulton St, Chicago, IL 60612</p>
"""))])

# p07: "go ahead with the pilot lot" - scoped, hold/event/person present, but no number anywhere.
_t = """Dear Vivian,

Thank you for the revised quotation CH-Q-2788 for the bottomless portafilter (HB-PF58-BL) and for the quick answer on the basket retention.

Please go ahead with the pilot lot. PO HB-24-0633 will follow from our ERP within this week; it is only for the pilot lot.

The production quantity in your quotation is not released by this e-mail or by the PO. The balance stays on hold until our R&D team signs off the pilot parts, and then it can be released only by a written release from me.

Delivery address for the pilot parts: Hanbit R&D Center, 3F, 55 Centum jungang-ro, Haeundae-gu, Busan.

Best regards,
Choi Hyun-woo
Purchasing Team Leader
Hanbit Coffee Machines Co., Ltd.
T. +82 51 740 2281
"""
_m = mail("Choi Hyun-woo <hw.choi@hanbit-coffee.co.kr>",
          "Vivian Lin <vivian.lin@chenhsin-precision.com.tw>",
          "Bottomless portafilter HB-PF58-BL - pilot lot",
          d8(2024, 6, 4, 10, 12, 9), _t)
case("p07_hanbit_pilotlot_mail", ["RG010"],
     "'Go ahead with the pilot lot' is scoped and the hold, unlock event and named release person are present, but no document states how many pilot pieces are authorized.",
     [eml("HB-PF58-BL_pilot.eml", _m)])


# ------------------------------------------------------------------ batch 2
# c10: supplier's quoted auto-conversion assumption, corrected by the buyer. Clean.
_t = """Hi Francesca,

Thanks - the 10 die-cast side frames look promising from the photos, and good to see the X-ray came back clean.

One correction to your note below, so we don't end up with a misunderstanding: our sample sign-off does not release the 2.000 frames. Please don't plan the series off the back of our sign-off. After the sign-off you'll get a separate written production release from me, with the quantity and the delivery dates. Until then the balance of 1.990 stays on hold and the only quantity authorised is the 10 samples under PO SB-4502.

If you need to hold a slot on the 800 t cell, tell me the date by which you'd need the release and I'll see what I can do on our side.

Cheers,
Liam
""" + sig("Liam O'Connor", "Head of Operations", "Southbank Espresso Co. Pty Ltd, South Melbourne VIC", "+61 3 9016 4400") + """
On 22/05/2024 17:14, Francesca Colombo wrote:
""" + quote("""Dear Liam,

the 10 samples of side frame SB-FR-07 are ready, we send you photos in attachment. X-ray is ok,
porosity class 2 according ASTM E505.

When you approve the samples we go automatically with the 2.000 pcs, so we keep our slot on the
800 t cell in June.

Best regards,
Francesca Colombo
Ufficio Commerciale - Pressofusioni Lario S.p.A.
Via Statale 12, 22036 Erba (CO)""")
_m = mail("Liam O'Connor <liam.oconnor@southbankespresso.com.au>",
          "Francesca Colombo <f.colombo@pressofusionilario.it>",
          "RE: SB-FR-07 campioni / samples ready",
          d8(2024, 5, 23, 8, 40, 10), _t, html=text_to_html(_t),
          in_reply_to="<PL-20240522-1714@pressofusionilario.it>")
case("c10_southbank_corrects_autoconv", [],
     "Quoted supplier note assumes sample approval starts the 2.000; the buyer's reply corrects it: sign-off releases nothing, 1.990 on hold, written release from Liam; active qty 10 samples.",
     [eml("RE_SB-FR-07_samples.eml", _m)])

# c11: supplier confirms deposit and says it does not release production. Clean.
_m = mail("Amy Zhou <amy.zhou@meiyu-sheetmetal.cn>",
          "Jack Morrison <jack.morrison@kookaburraroasting.com.au>",
          "Deposit received - PI MY-2405-017 / PO KR-1190",
          d8(2024, 5, 16, 15, 2, 8),
          """Dear Jack,

Good day! We confirm we received today your 30% deposit USD 1,284.00 for PI MY-2405-017 (tooling + samples), thank you very much.

Please note: the deposit does not release production. According to your PO KR-1190 we will make only the 10 cosmetic samples of the black PVD drip tray (KR-DT-300) and send them to you by express. For the other 990 pcs we wait for your written production release after you sign off the samples. We do not buy the stainless coil or book the PVD batch for them before that.

Sample ETA: 12 working days. We will send photos of the PVD colour under D65 light first, so you can check before shipping.

Best regards,
Amy Zhou
Sales Manager
Foshan Meiyu Sheet Metal Co., Ltd.
No. 6 Xingye 3rd Road, Shunde, Foshan, Guangdong, China
Tel/WeChat: +86 757 2288 6120
""")
case("c11_meiyu_deposit_noted", [],
     "Supplier confirms the deposit and states it does not release production; builds only 10 samples and waits for a written release for the 990.",
     [eml("Deposit_received_PI_MY-2405-017.eml", _m)])

# c12: supplier acknowledgement restating the hold (PDF). Clean.
case("c12_elektrokab_acknowledgement", [],
     "Supplier order acknowledgement restating scope: 30 pilot harnesses, 1 470 not released, no material for them, waits for written release from named purchasing manager.",
     [("OA_2024_0611_Brewline.pdf", pdf([
         ("h1", "Order acknowledgement OA/2024/0611"),
         ("p", "Elektro-Kab Sp. z o.o. - ul. Fabryczna 21, 53-609 Wroclaw, Poland - NIP 8971234567 - ISO 9001:2015, IATF 16949 certified"),
         ("table", [["Customer", "Brewline Vending Inc., 2200 W Fulton St, Chicago, IL 60612, USA"],
                    ["Your order", "BVI-PO-31877 dated 3 June 2024"],
                    ["Our reference", "Tomasz Nowicki, Key Account"],
                    ["Date", "5 June 2024"]]),
         ("p", "Dear Mr. Okafor,"),
         ("p", "We acknowledge your purchase order BVI-PO-31877 as written:"),
         ("table", [["Pos.", "Part", "Description", "Qty", "Unit USD", "Delivery"],
                    ["1", "BVI-WH-22", "Wiring harness main board to brewer, 14 circuits, UL 1015 18 AWG, JST VH connectors - pilot lot", "30 pcs", "11.40", "week 27, FCA Wroclaw"]]),
         ("p", "- The quoted series quantity of 1 470 pcs (our offer EK/OF/24/118) is not released by this PO. We will not cut wire or buy connectors for it."),
         ("p", "- We understand the series can be released only by a written release from Mr. Daniel Okafor, Purchasing Manager, after your sign-off of the pilot lot."),
         ("p", "- Material bought: for 30 harnesses only, plus 3 spare terminals per circuit for crimp set-up."),
         ("p", "Test: 100% continuity and hipot 1500 V AC / 1 s; pull-test report per UL 486A-486B with the pilot lot."),
         ("sp",),
         ("p", "Best regards, Tomasz Nowicki, Key Account Manager, t.nowicki@elektro-kab.pl, +48 71 334 20 15"),
     ], title="OA/2024/0611", author="Elektro-Kab"))])

# c13: DOCX specification sheet full of quantity-like identifiers, with a complete order note. Clean.
case("c13_hanbit_burr_spec", [],
     "Spec sheet with identifiers that look like quantities (PN 83-1000-350, DRG 5000 Rev 20, 1400 rpm, 100 pairs per carton); order note: 8 sample sets only, balance on hold, lab sign-off + written release by named manager.",
     [("Spec_HB-BUR-83_rev20.docx", docx_bytes([
         ("h1", "Specification sheet - 83 mm flat burr set"),
         ("p", "Hanbit Coffee Machines Co., Ltd. · R&D Center Busan · Document HB-SPEC-0419 · Issue 3"),
         ("p", "Supplier: Officine Brambilla S.r.l., Via Ghislanzoni 40, 23900 Lecco, Italy"),
         ("table", [["Characteristic", "Requirement"],
                    ["Part number", "HB-BUR-83-1000-350"],
                    ["Drawing", "DRG 5000 Rev 20"],
                    ["Material", "DIN 1.3343 (M2) high-speed steel, hardened 62-64 HRC"],
                    ["Coating", "TiCN (production only - not on samples)"],
                    ["Flatness", "≤ 0.005 mm per burr"],
                    ["Design speed", "1400 rpm (grinder HB-G83 Pro)"],
                    ["Standards", "ISO 9001:2015 supplier QMS; machine level EN 60335-2-64, NSF/ANSI 8; RoHS 2011/65/EU"],
                    ["Packaging", "pairs in VCI bags, max. 100 pairs per carton, carton type K-250"]]),
         ("h", "Inspection"),
         ("li", "Hardness on every burr of the sample lot (3 points)"),
         ("li", "Tooth profile by optical comparator, report per set"),
         ("li", "Grind test at our R&D grind lab: 3 settings x 200 g, laser diffraction"),
         ("h", "Order note (from PO HB-24-0577)"),
         ("p", "This PO covers eight (8) sample burr sets only. The production quantity in your offer is not released. The balance stays on hold until our R&D grind lab has signed off the samples and a written release is signed by Park Ji-won, Purchasing Manager. Material authority: sample-only."),
         ("sp",),
         ("p", "Prepared: Seo Ji-hoon, R&D · Checked: Park Ji-won, Purchasing"),
     ], author="Hanbit R&D"))])

# c14: WhatsApp chat with a scoped go-ahead. Clean.
case("c14_southbank_whatsapp_wands", [],
     "Chat: 'go ahead with the 8 proto steam wands only', other 392 on hold until Liam signs off the protos and sends a written release by email; supplier restates.",
     [("WhatsApp Chat with Kevin Xu (Haoda).txt", """12/04/2024, 08:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
12/04/2024, 08:05 - Kevin Xu (Haoda): Good morning Liam! Steam wand drawing rev 2 received, 2-hole tip M10x1. We can make 8 pcs proto in 10 days.
12/04/2024, 08:11 - Liam O'Connor: Morning Kevin! Legend, thanks 🙌
12/04/2024, 08:12 - Liam O'Connor: Ok so to be super clear on PO SB-4388: go ahead with the 8 proto steam wands only. Nothing else yet.
12/04/2024, 08:13 - Liam O'Connor: The other 392 on the quote stay on hold - don't cut tube for them. They only get released after I sign off the protos on our test machine AND send you the written release. That comes from me by email, not on here.
12/04/2024, 08:15 - Kevin Xu (Haoda): Understood, only 8 pcs proto. 392 hold, wait your release email.
12/04/2024, 08:15 - Kevin Xu (Haoda): 👍
12/04/2024, 08:20 - Liam O'Connor: Perfect. Tip finish - can you do bead blast on the tip and mirror polish on the tube?
12/04/2024, 08:26 - Kevin Xu (Haoda): yes can. mirror is +0.8 USD/pc for production, for proto no charge
12/04/2024, 08:27 - Liam O'Connor: Sweet as
22/04/2024, 16:40 - Kevin Xu (Haoda): Liam, 8 pcs proto finished. photos
22/04/2024, 16:40 - Kevin Xu (Haoda): <Media omitted>
22/04/2024, 16:41 - Kevin Xu (Haoda): <Media omitted>
22/04/2024, 16:41 - Kevin Xu (Haoda): ship by FedEx tomorrow, tracking 7781 2290 4410
22/04/2024, 17:02 - Liam O'Connor: Oh they look mint 😍 will get them on the machine Tuesday and let you know how the microfoam goes
22/04/2024, 17:03 - Kevin Xu (Haoda): 🙏
""")])

# c15: buyer portal page, sample line released, production line commercial cover only. Clean.
case("c15_dutchvend_portal_pistons", [],
     "Portal order page: line 1 (15 sample pistons) released; line 2 (485) commercial cover only, not released, no material; unlock = sample sign-off + written release by named category buyer.",
     [("DVS-45021_order_detail.html", html_page("Dutch Vend Systems - Supplier portal - DVS-45021", f"""
<h1>Dutch Vend Systems B.V. &mdash; Supplier portal</h1>
<p>Order <b>DVS-45021</b> &middot; Supplier: Yung Feng Metal Industrial Co., Ltd., Tainan &middot; Order date: 02-05-2024 &middot; Buyer: Anna Rossi</p>
{html_table([["Line", "Article", "Description", "Scope", "Qty", "Price EUR", "Status"],
             ["1", "DVS-BC-40", "Brew chamber piston Ø40, AISI 303, with FKM seal groove", "sample", "15", "18,20", "Released &ndash; build and ship".replace("&ndash;", "-")],
             ["2", "DVS-BC-40", "Brew chamber piston Ø40, AISI 303, with FKM seal groove", "production", "485", "7,95", "Not released - on hold"]])}
<br>
<div class="note"><b>Line 2 is commercial cover only.</b> It is not released for production and no material may be bought
for it. Line 2 will be released only after sample sign-off of line 1 by DVS Quality and a written release from
Anna Rossi, Category Buyer, who is the release authority for this order. Material authority: sample-only (15 pcs).</div>
<h2>Documents</h2>
<ul><li>Drawing DVS-BC-40 rev 07 (PDF)</li><li>Quality agreement QA-DVS-2023 v2</li><li>Packaging instruction PI-12</li></ul>
<p style="color:#777">Dutch Vend Systems B.V. &middot; Kanaaldijk 14 &middot; 5683 CR Best</p>
"""))])

# c16: multi-file - PO PDF + supplier offer PDF; PO declares the offer's 500 informational. Clean.
_po = pdf([
    ("h1", "PURCHASE ORDER KR-1204"),
    ("p", "Kookaburra Roasting Co. Pty Ltd - 18 Doggett St, Newstead QLD 4006, Australia - ABN 51 612 334 908"),
    ("table", [["Supplier", "Metalplast Poznan Sp. z o.o., ul. Gorecka 104, 60-201 Poznan, Poland"],
               ["Date", "29 April 2024"], ["Supplier offer", "OF-24-0419"], ["Delivery", "DAP Newstead, by air"],
               ["Currency", "EUR"]]),
    ("table", [["Line", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
               ["1", "KR-DT-250", "Drip tray 250 x 140 mm, AISI 304 satin, with removable grid - SAMPLE", "10", "38,50", "385,00"]]),
    ("h", "Scope"),
    ("p", "This order is for ten (10) sample drip trays only. Your offer OF-24-0419 (attached to this PO for reference) also lists 500 pcs production; that quantity is for information only and is not released by this PO."),
    ("p", "The balance of 490 pcs stays on hold. It can be released only after we have signed off the samples on our café fit-out rig, by a written release from Jack Morrison, Procurement Manager. Please buy material for the 10 samples only."),
    ("p", "Jack Morrison, Procurement Manager - jack.morrison@kookaburraroasting.com.au - +61 7 3054 8810"),
], title="PO KR-1204", author="Kookaburra Roasting")
_of = pdf([
    ("h1", "OFFER OF-24-0419"),
    ("p", "Metalplast Poznan Sp. z o.o. - ul. Gorecka 104, 60-201 Poznan - NIP 7781234455"),
    ("p", "For: Kookaburra Roasting Co. Pty Ltd, Mr. Jack Morrison. Date: 19.04.2024"),
    ("table", [["Pos.", "Description", "Qty", "Unit price EUR", "Lead time"],
               ["1", "Drip tray KR-DT-250, AISI 304 (1.4301) 0,8 mm, satin, grid laser cut - sample", "10 pcs", "38,50", "3 weeks"],
               ["2", "Same, series", "500 pcs", "14,20", "5 weeks after your written production release"]]),
    ("p", "Prices EXW Poznan, packing included. Offer valid 45 days. Bending tool is our own, no tooling cost."),
    ("p", "With kind regards, Piotr Nowak, Sales Engineer"),
], title="Offer OF-24-0419", author="Metalplast")
case("c16_kookaburra_po_plus_offer", [],
     "Two files: sample PO for 10 drip trays declares the offer's 500 informational and not released, 490 on hold until sign-off + written release by named manager; the offer is a supplier quote.",
     [("PO_KR-1204.pdf", _po), ("Metalplast_offer_OF-24-0419.pdf", _of)])

# c17: ERP fixed-width full-quantity PO with "proceed", no balance. Clean.
case("c17_dutchvend_erp_fullqty", [],
     "ERP PO for the full 2.400 canister lids, states no further balance exists; 'proceed with ... the 2.400 PC' is scoped; identifiers Q-2500/24, DVS-LID-2000.",
     [("PO_4510-02217.txt", """DUTCH VEND SYSTEMS B.V.                                      PURCHASE ORDER
KANAALDIJK 14, 5683 CR BEST, NL                              PAGE 1 OF 1
--------------------------------------------------------------------------------
PO NUMBER   : 4510-02217              PO DATE   : 06.05.2024
VENDOR      : 700431 FORMPLAST BYDGOSZCZ SP. Z O.O.
              UL. PRZEMYSLOWA 8, 85-758 BYDGOSZCZ, PL
BUYER       : S. MEIJER   TEL +31 499 33 7120
CURRENCY    : EUR                     INCOTERMS : DAP BEST
PAYMENT     : 45 DAYS NET             QUOTE REF : Q-2500/24
--------------------------------------------------------------------------------
LN  MATERIAL        DESCRIPTION                      QTY  UOM     PRICE      VALUE
--------------------------------------------------------------------------------
10  DVS-LID-2000    LID, INGREDIENT CANISTER 2.0L  2.400  PC       1,18   2.832,00
                    PP FOOD GRADE, WHITE RAL 9010
                    DRG DVS-2000-L REV 05
                    DELIVERY: 800 PC WK 22 / 800 PC WK 25 / 800 PC WK 28
--------------------------------------------------------------------------------
                                               TOTAL VALUE EUR      2.832,00
--------------------------------------------------------------------------------
TEXT:
THIS PO IS FOR THE FULL QUANTITY OF 2.400 PC. NO FURTHER BALANCE EXISTS UNDER
QUOTE Q-2500/24. PLEASE PROCEED WITH PRODUCTION AND DELIVERY OF THE 2.400 PC
IN THE THREE SCHEDULED LOTS ABOVE.
FOOD CONTACT DECLARATION (EU 10/2011) TO BE SENT WITH FIRST DELIVERY.
MOULD DVS-M-2000 IS OWNED BY DUTCH VEND SYSTEMS - ASSET TAG ON MOULD REQUIRED.
--------------------------------------------------------------------------------
GENERAL PURCHASING CONDITIONS DVS 2022 APPLY. ORDER ACKNOWLEDGEMENT WITHIN
5 WORKING DAYS TO PURCHASING@DUTCHVEND.NL
""")])

# p08: supplier bought bar stock for the full quantity on a sample PO.
_t = """Dear Dana,

good news: the 24 sample burr sets for PO 4500-7751 are in heat treatment now, we ship them on Friday with the hardness report and the tooth profile reports.

I inform you also that we have bought already the M2 bar for the full 1.000 sets, because our steel supplier (Lucefin) announced +8% from 1st of July and the mill lead time is now 14 weeks. Like this we are ready to start as soon as you give us the release, and you keep the old price.

The bar is in our warehouse in Lecco, marked with your part number.

Best regards,
Luca Brambilla
Officine Brambilla S.r.l.
Via Ghislanzoni 40, 23900 Lecco (LC) - Tel. +39 0341 286 511

Il giorno 18/04/2024 Dana Whitfield ha scritto:
""" + quote("""Hi Luca,
PO 4500-7751 attached. It covers 24 sample burr sets only. The balance of 976 is not released
and stays on hold until our lab signs off the samples and I send you a written release.
Material authority: sample-only.
Dana Whitfield, Director of Supply Chain, Ridgeline Coffee Works""")
_m = mail("Luca Brambilla <l.brambilla@officinebrambilla.it>",
          "Dana Whitfield <dana.whitfield@ridgelinecoffee.com>",
          "R: PO 4500-7751 - sample burr sets / acciaio M2",
          d8(2024, 5, 29, 14, 5, 2), _t)
case("p08_brambilla_bar_bought", ["RG006"],
     "Supplier reports buying M2 bar for the full 1.000 sets on a 24-set sample PO whose quoted scope says material authority sample-only.",
     [eml("R_PO_4500-7751_M2.eml", _m)])

# p09: buyer casually invites the supplier to buy coated sheet for the whole run.
_t = """Hi Amy,

Thanks for the update on the 10 cosmetic samples - great to hear they're through PVD and on their way.

PO KR-1207 stays as is: 10 samples only, and the 790 production trays are not released until we've signed off the samples and I've sent you a written release.

Your planner mentioned the black PVD-coated sheet is sitting at a 6-week lead time. To save us the wait, feel free to bring the coated sheet in for all 800 trays now so it's on the shelf when we're ready - we'll sort the paperwork out later.

Cheers,
Jack
""" + sig("Jack Morrison", "Procurement Manager", "Kookaburra Roasting Co. Pty Ltd, Newstead QLD", "+61 7 3054 8810")
_m = mail("Jack Morrison <jack.morrison@kookaburraroasting.com.au>",
          "Amy Zhou <amy.zhou@meiyu-sheetmetal.cn>",
          "RE: KR-1207 samples shipped",
          d8(2024, 6, 6, 9, 20, 10), _t, html=text_to_html(_t))
case("p09_kookaburra_sheet_for_all", ["RG006"],
     "Scope is complete (10 samples, 790 on hold, sign-off + Jack's written release) but the buyer invites the supplier to buy coated sheet for all 800 with 'paperwork later' - no explicit material authority.",
     [eml("RE_KR-1207_samples.eml", _m)])

# p10: supplier MRP printout shows material for the full quantity on a 5-pc sample order.
case("p10_haoda_mrp_printout", ["RG006"],
     "Supplier MRP printout: 5 sample boilers released, 995 held, but 316L sheet and heater flanges purchased for 1000 'by sales request (price lock)'.",
     [("MRP_WO-24-0788_HB-24-0519.txt", """NINGBO HAODA STAINLESS PRODUCTS CO., LTD.             MRP / WORK ORDER STATUS
Printed: 2024-06-03 08:41   User: QIAN.L                 Page 1/1
================================================================================
Customer : HANBIT COFFEE MACHINES CO., LTD. (BUSAN)        Cust PO : HB-24-0519
Item     : HD-BLR-18-316   STEAM BOILER 1.8L AISI 316L, HEATER FLANGE 1400W
Cust DRG : HB-BLR-02 REV 06                                 Sales   : XU K.
--------------------------------------------------------------------------------
PO QTY RELEASED (SAMPLE)            :      5 PCS
QUOTED PRODUCTION QTY               :    995 PCS   HOLD - WAIT CUST WRITTEN RELEASE
WORK ORDER WO-24-0788               :      5 PCS   STATUS: WELDING (OP 40/70)
--------------------------------------------------------------------------------
MATERIAL REQUIREMENTS / PURCHASING
CODE        DESCRIPTION                REQ.BASIS    REQ QTY  PURCH QTY  STATUS
M-316-15    316L SHEET 1.5 1250X2500   1000 PCS     84 SHT   84 SHT     RECEIVED 05-28
M-316-30    316L SHEET 3.0 (FLANGE)    1000 PCS     11 SHT   11 SHT     RECEIVED 05-28
P-HF-1400   HEATER FLANGE 1400W 230V   1000 PCS   1000 PCS 1000 PCS     ETA 06-20
P-BSP-38    PORT BOSS 3/8 BSP 316L     3000 PCS   3000 PCS 3000 PCS     RECEIVED 05-30
--------------------------------------------------------------------------------
NOTE: MATERIAL FULL QTY BOUGHT BY SALES REQUEST (PRICE LOCK) - XU K. 05/21
NOTE: PRESSURE TEST 4.5 BAR 100% / HELIUM LEAK TEST ON SAMPLE LOT
================================================================================
""")])

# p11: LINE chat, supplier stages zinc for the balance and assumes the sample OK rolls into production.
case("p11_yungfeng_line_knobs", ["RG006", "RG007"],
     "LINE chat: buyer scopes 20 pilot knobs, 380 not released; supplier has prepared zinc ingot and PVD fixtures for the 380 and says it will 'continue directly' after the sample OK without waiting for paper; buyer does not correct.",
     [("[LINE] Chat with Ken Huang (Yung Feng).txt", """[LINE] Chat history with Ken Huang (Yung Feng)
Saved on: 2024/06/14 18:20

2024/05/27(Mon)
09:02	Choi Hyun-woo	Good morning Ken. PO HB-24-0601 sent by email just now.
09:03	Choi Hyun-woo	It is for 20 pilot steam valve knobs only (HB-KN-05, zinc die-cast, PVD gunmetal).
09:04	Choi Hyun-woo	The 380 balance is not released. Release only by my written release after our sample sign-off.
09:20	Ken Huang (Yung Feng)	OK noted Mr Choi 👌
09:21	Ken Huang (Yung Feng)	die insert will finish this week, trial shot next Tue

2024/06/11(Tue)
15:47	Ken Huang (Yung Feng)	[Photo]
15:47	Ken Huang (Yung Feng)	trial shot ok, knurl looks nice
15:48	Choi Hyun-woo	Looks good. Please send the 20 pcs after PVD.

2024/06/14(Fri)
11:05	Ken Huang (Yung Feng)	Mr Choi, pilot 20 pcs shipped today by DHL, AWB 4417 2093 55
11:07	Ken Huang (Yung Feng)	For the 380 we already prepare the zinc alloy ingot (ZAMAK 5) and the PVD fixture, so after you OK the sample we continue directly, no need to wait PO paper 😊 can save 2 weeks
11:31	Choi Hyun-woo	Thank you Ken. We will check the samples next week.
11:32	Ken Huang (Yung Feng)	[Sticker]
""")])

# p12 (+p43): supplier order confirmation: PO acceptance = release; ingot for the full series reserved.
case("p12_kaya_order_confirmation", ["RG006", "RG012"],
     "Supplier order confirmation for a 10-pc sample PO states that with PO acceptance the series is released for production and reserves ingot for the full series.",
     [("KD-OC-24-0477.pdf", pdf([
         ("h1", "SIPARIS ONAYI / ORDER CONFIRMATION"),
         ("p", "Kaya Dokum Sanayi ve Ticaret A.S. - Ikitelli OSB, Metal Is Sanayi Sitesi 12. Blok No: 8, Basaksehir, Istanbul, Turkey"),
         ("table", [["Confirmation no.", "KD-OC-24-0477"], ["Date", "24.05.2024"],
                    ["Customer", "Van Dijk Koffietechniek B.V., Utrecht, Netherlands"],
                    ["Your PO", "VDK-24-1162 dated 22.05.2024"], ["Contact", "Mehmet Kaya, Export Sales"]]),
         ("table", [["Pos", "Part", "Description", "Qty", "Unit EUR", "Delivery"],
                    ["1", "VDK-GC-61", "Group cover, AlSi12 die cast, powder coated RAL 9005, samples", "10 pcs", "42,00", "week 25"]]),
         ("h", "Remarks"),
         ("p", "1. With acceptance of your purchase order the project is released for production on our side and entered in our casting plan; series start is planned for week 27 on the 400 t machine."),
         ("p", "2. To secure delivery, aluminium ingot AlSi12 (EN AC-44100) for the full series is reserved at our smelter from the date of this confirmation."),
         ("p", "3. Payment: 30 days from invoice. Die remains property of Kaya Dokum until paid in full (invoice KD-TL-24-031)."),
         ("p", "4. Tolerances per DIN EN ISO 8062-3 DCTG 6; powder coating thickness 60-80 micron."),
         ("sp",),
         ("p", "Best regards, Mehmet Kaya - export@kayadokum.com.tr - +90 212 549 31 70"),
     ], title="KD-OC-24-0477", author="Kaya Dokum"))])

# p13: multi-file - complete call-off (TXT) + supplier mail saying sheet for the full frame was bought.
_co = """RIDGELINE COFFEE WORKS, INC.                                  CALL-OFF / RELEASE
1420 SE WATER AVE, PORTLAND OR 97214                          PAGE 1
================================================================================
CALL-OFF NO : RCW-FA-22/03               DATE      : 06/10/2024
FRAME AGMT  : RCW-FA-22  (1,000 PCS, PRICE AGREEMENT, NOT A FIRM QTY)
VENDOR      : V-40118 EGE PASLANMAZ METAL SAN. VE TIC. A.S., IZMIR, TR
BUYER       : MARCUS HALE  +1 503 555 0158
--------------------------------------------------------------------------------
ITEM            DESCRIPTION                          QTY   UOM  UNIT USD   DUE
RCW-HSG-22      GRINDER BODY, AISI 304, BRUSHED      200   EA     38.60    WK30
                DRG RCW-2200 REV F
--------------------------------------------------------------------------------
RELEASED BY CALL-OFF 01+02 (DELIVERED) : 300 EA
RELEASED BY THIS CALL-OFF 03           : 200 EA
NOT RELEASED - ON HOLD                 : 500 EA
--------------------------------------------------------------------------------
NOTES:
1. PRODUCE THE 200 EA OF THIS CALL-OFF ONLY.
2. MATERIAL AUTHORITY: RELEASED QUANTITIES ONLY (500 EA INCL. CALL-OFF
   01+02). NO SHEET FOR THE 500 EA ON HOLD.
3. THE 500 EA ON HOLD ARE RELEASED ONLY BY A NEXT NUMBERED CALL-OFF, AFTER
   LOT ACCEPTANCE OF THIS CALL-OFF AT OUR PORTLAND DOCK. NEXT CALL-OFF SIGNED
   BY DANA WHITFIELD, DIRECTOR OF SUPPLY CHAIN.
4. PACKING: SINGLE BOX PER BODY, 24 EA PER PALLET, FILM ON.
================================================================================
"""
_t = """Dear Marcus,

Thank you for call-off 3. We confirm 200 pcs RCW-HSG-22 for week 30, shipment by sea from Izmir (Alsancak) to Portland via Tacoma.

For your information, we bought the 304 sheet (1,0 mm, 2B, PVC film) for the full 1.000 bodies. The mill offered a good price for a complete coil in May and it is now cut and stored in our warehouse in Kemalpasa, labelled with your part number. Forming and brushing only for the 200 pcs of course.

Best regards,
Emre Yildiz
Export Sales Manager
Ege Paslanmaz Metal San. ve Tic. A.S.
Kemalpasa OSB, Izmir - Turkey
Tel: +90 232 877 14 60
"""
_m = mail("Emre Yildiz <emre.yildiz@egepaslanmaz.com.tr>",
          "Marcus Hale <marcus.hale@ridgelinecoffee.com>",
          "Call-off RCW-FA-22/03 - confirmation",
          d8(2024, 6, 11, 10, 44, 3), _t)
case("p13_ridgeline_calloff_plus_reply", ["RG006"],
     "Two files: complete call-off (200 released now, 300 earlier, 500 on hold, material authority = released qty only (500), next call-off by named director) and the supplier's mail saying sheet for all 1.000 was bought and cut.",
     [("CO_RCW-FA-22_03.txt", _co), eml("Ege_confirmation_CO3.eml", _m)])

# p14: buyer's mail contradicts its own attached PO (DOCX) - approved pilots roll straight into the 490.
_po = docx_bytes([
    ("h1", "Purchase Order BVI-PO-31940"),
    ("p", "Brewline Vending Inc. · 2200 W Fulton St, Chicago, IL 60612 · USA"),
    ("table", [["Vendor", "Ningbo Haoda Stainless Products Co., Ltd."],
               ["Date", "June 12, 2024"], ["Terms", "FOB Ningbo, Net 30"], ["Quote", "HD240530"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
               ["1", "BVI-HWT-3L", "Hot-water tank 3 L, AISI 304, for B7 vending unit - pilot", "10", "88.00", "880.00"]]),
    ("h", "Scope"),
    ("p", "This PO covers 10 (ten) pilot hot-water tanks. The balance of 490 tanks on quote HD240530 is not released and must not be started."),
    ("p", "The balance can be released only after our lab has signed off the pilot tanks, and only by a written release from Daniel Okafor, Purchasing Manager."),
    ("p", "Material authority: pilot quantity only."),
], author="Brewline Purchasing")
_t = """Hi Kevin,

PO BVI-PO-31940 is attached for the 10 pilot hot-water tanks (BVI-HWT-3L). Please confirm by return.

We're tight on the launch timeline for the B7 vending unit (NAMA show in October), so to keep things moving: once the pilot tanks are approved by our lab, please go straight into the 490 - no need to wait for anything further from me.

Thanks,
Daniel
""" + sig("Daniel Okafor", "Purchasing Manager", "Brewline Vending Inc., Chicago, IL", "+1 312 555 0120")
_m = mail("Daniel Okafor <daniel.okafor@brewlinevending.com>",
          "Kevin Xu <kevin.xu@haoda-ss.com>",
          "PO BVI-PO-31940 - pilot hot-water tanks",
          d8(2024, 6, 12, 13, 25, -5), _t,
          attachments=[("PO_BVI-PO-31940.docx", _po, DOCX_MT)])
case("p14_brewline_straight_into_490", ["RG007"],
     "Attached PO requires a written release from Daniel for the 490; his cover mail says once the pilots are approved by the lab go straight into the 490 with nothing further - implied auto-conversion.",
     [eml("PO_BVI-PO-31940_mail.eml", _m)])


# ------------------------------------------------------------------ batch 3
# c18: interim sample sign-off with quantity and date limits, and a written release within them. Clean.
_t = """Dear Mr. Huang,

Our engineering has reviewed the 20 pilot group head covers (HB-GC-09, zinc die-cast, PVD gunmetal) from your shipment of 3 June.

Disposition: interim sign-off. The knurl depth is 0.2 mm shallower than the drawing (HB-GC-09 rev 3); engineering accepts this for a limited quantity while you correct the die insert. Measurement report QR-0611 is attached to the portal.

Based on this interim sign-off, I release 100 (one hundred) pcs for production now - release R-01, for delivery by 28 June. This release is valid only until 30 June 2024 and only for parts with the current knurl depth as measured in QR-0611.

The remaining 280 pcs of the quoted 400 (400 - 20 pilot - 100 under R-01) are not released. Please do not start them and do not buy zinc alloy or PVD capacity for them. They will be released only after a final sample sign-off on parts from the corrected die insert, by a written release from me.

Please confirm the corrected insert date.

Best regards,
Kim Soo-ah
Purchasing Manager
Hanbit Coffee Machines Co., Ltd.
55 Centum jungang-ro, Haeundae-gu, Busan 48058, Korea
T. +82 51 740 2270
"""
_m = mail("Kim Soo-ah <soo-ah.kim@hanbit-coffee.co.kr>",
          "Ken Huang <ken.huang@yungfeng-metal.com.tw>",
          "HB-GC-09 interim sign-off + release R-01 (100 pcs)",
          d8(2024, 6, 11, 14, 0, 9), _t)
case("c18_hanbit_interim_release", [],
     "Interim sign-off with limits; written release R-01 for 100 pcs (valid to 30 June); 280 not released, no material; unlock = final sign-off on corrected insert + written release from the named sender.",
     [eml("HB-GC-09_interim_R-01.eml", _m)])

# c19: LINE chat, supplier asks to buy material for the balance, buyer refuses. Clean.
case("c19_chenhsin_line_brass", [],
     "LINE chat: supplier asks to buy brass for 500; buyer says material for the 20 pilot pcs only, 480 not released, released only after sample sign-off by his written release.",
     [("[LINE] Chat with Vivian Lin (Chen Hsin).txt", """[LINE] Chat history with Vivian Lin (Chen Hsin)
Saved on: 2024/05/20 18:02

2024/05/13(Mon)
09:31	Vivian Lin	Mr Choi good morning 🙏
09:31	Vivian Lin	brass price will increase 6% from June. can we go ahead buy the brass bar for 500 pcs group head (HB-GH-03) now? save cost for you
09:48	Choi Hyun-woo	Good morning Vivian. Thank you for the warning.
09:49	Choi Hyun-woo	No, please. Material only for the 20 pilot pcs on PO HB-24-0588.
09:50	Choi Hyun-woo	The 480 balance is not released and brass for it is not authorized. It will be released only after our sample sign-off, by a written release from me.
09:51	Choi Hyun-woo	If the increase is big, send me a quotation for staged material and I will check it internally. No buying before my written answer.
09:52	Vivian Lin	OK understand. only 20 pcs material. we wait 👌
09:53	Vivian Lin	I will send quotation for staged brass tomorrow

2024/05/14(Tue)
10:15	Vivian Lin	[File] CH-Q-2790_staged_brass.pdf
10:16	Vivian Lin	quotation for brass 480 pcs staging, price valid until 5/31
10:40	Choi Hyun-woo	Received. I will answer by Friday.
""")])

# c20: production release letter with staged material authority (PDF). Clean.
case("c20_brewline_release_letter", [],
     "Release letter: FAI sign-off recorded, 250 of 975 released; 725 on hold until lot acceptance + new written release by named director; explicit staged material authority for 1,000 ingot at buyer liability.",
     [("Release_BVI-R-0147.pdf", pdf([
         ("h1", "PRODUCTION RELEASE No. BVI-R-0147"),
         ("p", "Brewline Vending Inc. - 2200 W Fulton St, Chicago, IL 60612, USA"),
         ("table", [["Item", "Detail"],
                    ["Supplier", "Kaya Dokum Sanayi ve Ticaret A.S., Istanbul, Turkey"],
                    ["Part", "BVI-BB-77 brewer block, die-cast AlSi9Cu3, Rev F"],
                    ["PO", "BVI-PO-31520 - line 10 sample 25 pcs (delivered); line 20 production 975 pcs"],
                    ["Date", "May 28, 2024"],
                    ["Unlock event", "FAI sign-off recorded May 24, 2024 (report FAI-77-03, AS9102 format), disposition: accepted"]]),
         ("h", "Released quantity"),
         ("p", "250 (two hundred fifty) pcs of line 20, for delivery in two lots of 125 pcs (weeks 26 and 28)."),
         ("h", "Balance"),
         ("p", "725 pcs of line 20 remain on hold and are not released. The next release requires lot acceptance of the first 125 pcs by Brewline receiving inspection and a new written release signed by Sarah Mitchell."),
         ("h", "Material authority"),
         ("p", "Staged: you may buy and hold AlSi9Cu3 ingot for up to 1,000 pcs (line 10 + line 20) at Brewline's liability. Casting, machining and impregnation are limited to the released quantity."),
         ("sp",),
         ("p", "Authorized by: Sarah Mitchell, Director of Procurement (release authority, limit USD 50,000)."),
         ("p", "Countersigned: Mark Delgado, VP Operations."),
     ], pagesize=LETTER, title="BVI-R-0147", author="Brewline Procurement"))])

# c21: enthusiastic cafe-trade email, everything scoped. Clean.
_t = """Hiya Ken!

Oh wow. The four (4) cosmetic samples of the rose-gold PVD handles landed this morning and the whole roastery crowded round the cupping bench - honestly, they're gorgeous. Our head roaster reckons they'll fly at the Brisbane café show. The walnut grain on #3 is just ridiculous. 🤩

Business bit (sorry!): what we've signed off today is the colour and the finish of these four cosmetic samples - nothing more. PO KR-1322 stays exactly what it is: 4 cosmetic samples, already delivered. The 296 handles for the launch batch are still on hold, so please don't book the PVD chamber or buy walnut blanks for them yet.

Next step is our drop test on a full portafilter assembly next week (1.2 m onto tiles, 10 drops - yes, we're brutal). If that passes, I'll send you a written production release with the launch-batch quantity and dates. It'll come from me, signed, by email.

Quick question for planning: if the release lands by 14 June, how soon could you ship the 296?

Cheers heaps,
Jess
""" + sig("Jess Tran", "Head of Product", "Kookaburra Roasting Co. Pty Ltd, 18 Doggett St, Newstead QLD 4006", "+61 7 3054 8822")
_m = mail("Jess Tran <jess.tran@kookaburraroasting.com.au>",
          "Ken Huang <ken.huang@yungfeng-metal.com.tw>",
          "Rose-gold handles - WOW + next steps",
          d8(2024, 5, 30, 11, 45, 10), _t, html=text_to_html(_t),
          cc="Jack Morrison <jack.morrison@kookaburraroasting.com.au>")
case("c21_kookaburra_rosegold_wow", [],
     "Enthusiastic mail; colour/finish of 4 cosmetic samples signed off, nothing more; 296 launch batch on hold; unlock = drop test + written release from the named sender; question about lead time.",
     [eml("Rose-gold_handles_next_steps.eml", _m)])

# c22: revised PO releasing the full balance after sign-off, no balance remains (PDF). Clean.
case("c22_bellavista_po_rev2", [],
     "PO revision 2 releases line 20 (288) after sample sign-off; with line 10 (12) it covers the full 300, no balance remains; authorised by named head of purchasing; material authority matches.",
     [("PO_MB-24-0287_rev2.pdf", pdf([
         ("h1", "PURCHASE ORDER MB-24-0287 - REVISION 2"),
         ("p", "Macchine Bellavista S.r.l. - Via Giuseppe Ripamonti 212, 20141 Milano (MI), Italia"),
         ("table", [["Supplier", "Yung Feng Metal Industrial Co., Ltd., Tainan, Taiwan"],
                    ["Revision date", "16/04/2024 (rev 1: 11/03/2024)"], ["Quote", "YF-Q-240302"],
                    ["Incoterms", "FOB Kaohsiung"]]),
         ("table", [["Line", "Part", "Description", "Scope", "Qty", "Unit EUR", "Status"],
                    ["10", "BV-SV-14", "Steam valve body, CW617N, nickel plated", "sample", "12", "22,00", "delivered, signed off 12/04/2024 (report LAB-0412)"],
                    ["20", "BV-SV-14", "Steam valve body, CW617N, nickel plated", "production", "288", "9,60", "released by this revision"]]),
         ("h", "Revision 2 - what changes"),
         ("p", "Revision 2 releases line 20 (288 pieces) for production, following the sample sign-off of line 10 on 12 April 2024. Together with line 10 this covers the full quoted quantity of 300 pieces; no balance remains under quote YF-Q-240302."),
         ("p", "Delivery: 144 pcs by 14/06/2024 and 144 pcs by 05/07/2024. Material authority: 288 pcs (equal to the released quantity)."),
         ("p", "Authorised by Giulia Ferraris, Head of Purchasing - g.ferraris@bellavista-macchine.it"),
     ], title="MB-24-0287 rev 2", author="Macchine Bellavista"))])

# c23: multi-file - EML PO note + DOCX harness specification. Clean.
_spec = docx_bytes([
    ("h1", "Technical specification RCW-WH-64 rev C"),
    ("p", "Ridgeline Coffee Works · Grinder motor harness · Document RCW-TS-0088"),
    ("table", [["Characteristic", "Requirement"],
               ["Wire", "UL 758 AWM style 1007, 18 AWG, 300 V, 80 °C"],
               ["Length", "420 mm ± 5 mm (connector face to connector face)"],
               ["Connectors", "Molex Mini-Fit Jr. 5557-04R housing, 5556 terminals, tin"],
               ["Crimp", "Per UL 486A-486B; pull force ≥ 90 N for 18 AWG"],
               ["Sleeving", "PET braided sleeve 10 mm, heat-shrink ends"],
               ["Permitted materials", "RoHS 3 (EU 2015/863) and REACH SVHC free; no PVC in sleeving"],
               ["Test", "100% continuity and hipot 1500 V AC, 1 s"]]),
    ("h", "Sampling"),
    ("p", "Samples: 15 pcs with first-article report (dimensions, crimp cross-sections for 2 pcs, pull test for 5 pcs)."),
    ("p", "Labels: part number, revision, lot code (YYWW), supplier code."),
    ("p", "Owner: Owen Park, Product Engineer · Reviewed: Priya Raman, Quality"),
], author="Ridgeline Engineering")
_t = """Hi Cathy,

PO 4500-7790 for the grinder motor harness RCW-WH-64 rev C went out from our ERP this morning. The technical specification RCW-TS-0088 is attached separately in this folder.

Scope of the PO:
- 15 (fifteen) sample harnesses with the first-article report, due June 28.
- The balance of 985 on your quote JL-2404-88 is not released and stays on hold. Please don't buy wire, terminals or housings for it.
- The balance can be released only after we have signed off the FAI on the samples, by a written release from Dana Whitfield, Director of Supply Chain.

Please acknowledge the PO with this scope.

Thanks,
Marcus
""" + sig("Marcus Hale", "Senior Buyer", "Ridgeline Coffee Works, Inc., Portland, OR", "+1 503 555 0158")
_m = mail("Marcus Hale <marcus.hale@ridgelinecoffee.com>",
          "Cathy Liang <cathy.liang@jiali-harness.com>",
          "PO 4500-7790 - RCW-WH-64 samples",
          d8(2024, 5, 31, 8, 30, -7), _t)
case("c23_ridgeline_po_note_plus_spec", [],
     "Two files: PO-note mail (15 samples, 985 on hold, FAI sign-off + written release by named director) and a technical spec with only the same sample quantity and 'permitted materials'.",
     [eml("PO_4500-7790_note.eml", _m), ("RCW-TS-0088_harness_spec_revC.docx", _spec)])

# c24: Dutch engineering thread; "please do not start the rest". Clean.
_t = """Dear Kevin,

Thank you for the pressure test report of the five (5) pilot boilers; all passed at 4,5 bar. Our engineering will run the thermal cycling test (2.000 cycles, 20-125 °C) over the next three weeks.

To answer your question below: no, please do not start the rest. The order remains as written in PO VDK-24-1147: five pilot boilers, delivered. The 995 production boilers are not released, and you should not buy 316L sheet or heater flanges for them.

The balance will be released only if the pilot boilers pass the thermal cycling test and our engineering signs them off. After that, Pieter de Vries (Purchasing Manager) will send you a written release with the quantity and the schedule.

Met vriendelijke groet / Kind regards,

Joost Hendriks
Purchasing Engineer
Van Dijk Koffietechniek B.V. | Atoomweg 50 | 3542 AB Utrecht
+31 30 241 88 14

On 14 May 2024, at 04:12, Kevin Xu <kevin.xu@haoda-ss.com> wrote:
""" + quote("""Dear Joost,

Pressure test report attached. All 5 pcs ok.
Can we start the rest of the order to keep the lead time? We have free welding capacity in week 22.

Best regards
Kevin Xu

On 2 April 2024, Joost Hendriks wrote:
> PO VDK-24-1147 is attached: 5 pilot boilers only (VDK-BLR-18 rev 4).
> The production quantity of 995 is not released. Please buy material for the 5 pilot boilers only.
> Release of the balance: after pilot sign-off, written release from Pieter de Vries.""")
_m = mail("Joost Hendriks <j.hendriks@vandijk-koffie.nl>",
          "Kevin Xu <kevin.xu@haoda-ss.com>",
          "RE: VDK-BLR-18 pilot boilers - pressure test report",
          d8(2024, 5, 14, 9, 5, 2), _t, cc="Pieter de Vries <p.devries@vandijk-koffie.nl>",
          in_reply_to="<HD-20240514-0412@haoda-ss.com>")
case("c24_vandijk_do_not_start_rest", [],
     "Reply to supplier's 'can we start the rest?': no; 5 pilots only, 995 not released, no material; unlock = thermal test sign-off + written release by named manager; 2.000 = test cycles.",
     [eml("RE_VDK-BLR-18_pressure_test.eml", _m)])

# c25: stop notice on the buyer portal (HTML). Clean.
case("c25_dutchvend_stop_notice", [],
     "Stop notice: active quantity 0, nothing may start, 36 already produced may ship after re-test, 264 not released; stop lifted only by written notice after 8D review signed by named manager.",
     [("SN-2024-009_stop_notice.html", html_page("Dutch Vend Systems - Stop notice SN-2024-009", f"""
<h1>Stop notice SN-2024-009</h1>
<p>Dutch Vend Systems B.V. &middot; Kanaaldijk 14 &middot; 5683 CR Best &middot; Issued 10-06-2024 14:30 CET</p>
{html_table([["Field", "Value"],
             ["Supplier", "Dongguan Jiali Wire Harness Co., Ltd."],
             ["Order", "PO DVS-45007 - DVS-WH-310 power harness, 230 V, for the V9 vending cabinet"],
             ["Released so far", "36 pcs (release R-01)"],
             ["Produced", "36 pcs"],
             ["Active quantity now", "0 pcs (none)"],
             ["Balance", "264 pcs - not released"]])}
<div class="note"><p><b>A stop is in force from today.</b> No further harnesses may be started and no further material may be bought
for this order, whether released or not.</p>
<p>Reason: two field returns with a loose earth terminal (crimp height out of tolerance), NCR-2024-0500.</p>
<p>The 36 harnesses already produced under R-01 may ship after a 100% hipot re-test (1500 V AC) with records.
The 264 remaining stay not released.</p>
<p>The stop will be lifted only by a written notice after our review of your 8D report. That notice, and any later
production release for this order, will be signed by Femke Bakker, Supply Chain Manager.</p></div>
<p>Acknowledge this notice in the portal within 24 hours.</p>
"""))])

# p15: supplier quotation stating mass production starts automatically after sample approval (PDF).
case("p15_jiali_quote_automatic", ["RG007"],
     "Supplier quotation: after customer sample approval, mass production of 2,000 pcs starts automatically - implied auto-conversion without any recorded agreement.",
     [("Quotation_JL-Q-240518.pdf", pdf([
         ("h1", "QUOTATION JL-Q-240518"),
         ("p", "Dongguan Jiali Wire Harness Co., Ltd. - No. 3 Industrial Avenue, Chang'an Town, Dongguan, Guangdong 523850, China"),
         ("table", [["To", "Van Dijk Koffietechniek B.V., Utrecht - Attn. Joost Hendriks"], ["Date", "2024-05-18"],
                    ["Project", "Grinder motor harness VDK-WH-64, 4 circuits, UL 1007 18 AWG"]]),
         ("table", [["No.", "Stage", "Qty", "Unit price USD", "Lead time"],
                    ["1", "Samples (with FAI report)", "20 pcs", "6.80", "10 days"],
                    ["2", "Mass production", "2,000 pcs", "2.35", "25 days"]]),
         ("h", "Terms"),
         ("p", "1. After customer sample approval, mass production of 2,000 pcs will start automatically to keep the lead time of 25 days."),
         ("p", "2. Price basis copper LME USD 9,800/t; adjustment if LME changes more than 5%."),
         ("p", "3. Payment: samples T/T in advance; mass production T/T 30 days after B/L."),
         ("p", "4. Packing: 50 pcs per PE bag, 500 pcs per carton. Carton label with customer PN."),
         ("p", "Cathy Liang, Sales - cathy.liang@jiali-harness.com - +86 769 8533 2016"),
     ], title="JL-Q-240518", author="Dongguan Jiali"))])

# p16: Italian-English supplier mail: as soon as the samples are OK we start the series (quoted complete PO scope).
_t = """Dear Jack,

thank you for the PO KR-1215 for the 8 samples of the die-cast drip tray frame (KR-FR-12). We confirm the delivery in 3 weeks, the die is already on the machine for the trial.

For the planning: as soon as you give us the ok on the samples we start immediately with the series of 1.992 pcs, so we keep the place in the foundry in July. After that, in August the foundry is closed for the holidays (as you know in Italy...). If you prefer differently please tell us.

Cordiali saluti,
Francesca Colombo
Ufficio Commerciale
Pressofusioni Lario S.p.A. - Via Statale 12, 22036 Erba (CO) - Italia
Tel. +39 031 644 210

-----Messaggio originale-----
Da: Jack Morrison
Inviato: venerdì 10 maggio 2024 09:12
Oggetto: PO KR-1215 - drip tray frame samples

""" + quote("""Hi Francesca,
PO KR-1215 attached: 8 sample frames only. The balance of 1,992 is not released - it stays on hold
until we've signed off the samples, and then only a written release from me (Jack Morrison,
Procurement Manager) releases it.
Cheers, Jack""")
_m = mail("Francesca Colombo <f.colombo@pressofusionilario.it>",
          "Jack Morrison <jack.morrison@kookaburraroasting.com.au>",
          "R: PO KR-1215 - drip tray frame samples",
          d8(2024, 5, 13, 17, 22, 2), _t)
case("p16_lario_series_after_ok", ["RG007"],
     "Supplier reply: as soon as the buyer gives the ok on the samples the series of 1.992 starts - sample OK assumed to roll into production, contrary to the quoted scope requiring Jack's written release.",
     [eml("R_PO_KR-1215_frames.eml", _m)])

# p17: DOCX quality plan: PO note requires written release, but phase 3 says series continues after FAI.
case("p17_bellavista_quality_plan", ["RG007"],
     "Quality plan repeats the PO note (15 pre-series, 485 not released, FAI sign-off + written release by Giulia Ferraris) but phase 3 says the supplier continues with the series without interruption upon successful FAI.",
     [("Quality_Plan_BV-HSG-300.docx", docx_bytes([
         ("h1", "Piano qualità / Quality plan BV-HSG-300"),
         ("p", "Macchine Bellavista S.r.l. · Project Linea Duo 2 · Supplier: Ege Paslanmaz Metal San. ve Tic. A.Ş., İzmir"),
         ("p", "Document QP-BV-0302 · Issue 2 · 20/05/2024"),
         ("h", "1. Order reference"),
         ("p", "PO MB-24-0402 covers 15 (fifteen) pre-series housings BV-HSG-300 (AISI 304, brushed grain 320, 1,0 mm). The balance of 485 housings is not released. The balance can be released only after FAI sign-off, by a written release from Giulia Ferraris, Head of Purchasing."),
         ("h", "2. Phase 1 - Pre-series"),
         ("li", "15 housings, full FAI on 3 pieces (all drawing characteristics), visual on 15"),
         ("li", "Brushing direction and grain checked against master sample MS-07"),
         ("li", "Weld seams at the rear corners ground flush, no discoloration"),
         ("h", "3. Phase 2 - FAI"),
         ("p", "FAI report in our template (ISIR form Q-17) within 5 working days of delivery. Bellavista Quality replies within 10 working days."),
         ("h", "4. Phase 3 - Series"),
         ("p", "Upon successful FAI the supplier continues with the series without interruption, to protect the launch date (HostMilano, October). Series inspection per control plan CP-BV-300, AQL 0,65 on cosmetic characteristics."),
         ("h", "5. Packaging"),
         ("p", "Each housing in PE bag, protective film on visible faces, 10 pieces per crate, crates max. 25 kg."),
         ("sp",),
         ("p", "Prepared: Andrea Galli, Supplier Quality · Agreed: Emre Yıldız, Ege Paslanmaz"),
     ], author="A. Galli"))])

# p18: WhatsApp - buyer says keep the line running if pilots pass, no paperwork.
case("p18_hanbit_whatsapp_keep_running", ["RG007"],
     "Buyer scopes 20 pilot trays with the 380 on hold until sample sign-off and his written release, then writes: if the pilots pass on Tuesday just keep the line running for the 380, no need to wait for paperwork.",
     [("WhatsApp Chat with Emre Yildiz (Ege).txt", """20/05/2024, 10:14 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
20/05/2024, 10:14 - Choi Hyun-woo: Hello Emre, this is Choi from Hanbit. PO HB-24-0644 was sent by email today.
20/05/2024, 10:15 - Choi Hyun-woo: It is 20 pilot drip trays (HB-DT-280, brushed 304). The 380 balance is on hold until our sample sign-off and my written release.
20/05/2024, 10:31 - Emre Yildiz (Ege): Hello Mr Choi, welcome! Received, 20 pilot trays, 380 on hold. Thank you
20/05/2024, 10:32 - Emre Yildiz (Ege): Laser program is ready, we cut tomorrow
29/05/2024, 16:05 - Emre Yildiz (Ege): 20 pcs shipped by TNT, AWB 28991345
29/05/2024, 16:05 - Emre Yildiz (Ege): <Media omitted>
03/06/2024, 09:40 - Choi Hyun-woo: Emre, trays arrived. Our test is on Tuesday.
03/06/2024, 09:42 - Choi Hyun-woo: If the pilot trays pass on Tuesday, just keep the line running for the 380. No need to wait for the paperwork, we are very late for the launch.
03/06/2024, 09:50 - Emre Yildiz (Ege): OK Mr Choi 👍 we will be ready
03/06/2024, 09:51 - Emre Yildiz (Ege): Kolay gelsin 🙂
""")])

# p19: supplier customer-portal page: mass production starts automatically after sample approval.
case("p19_chenhsin_tracking_portal", ["RG007"],
     "Supplier order-tracking page: mass production starts automatically when the customer's sample approval is received - implied auto-conversion.",
     [("chenhsin_order_tracking_MB-24-0377.html", html_page("Chen Hsin Precision - Customer Order Tracking", f"""
<h1>Chen Hsin Precision Co., Ltd. &mdash; Customer Order Tracking</h1>
<p>Customer: <b>Macchine Bellavista S.r.l.</b> &middot; Customer PO: MB-24-0377 &middot; Part: BV-GH-58-1500 group head, chrome &middot; Sales: Vivian Lin</p>
{html_table([["Step", "Description", "Status", "Date"],
             ["1", "Order received (pre-series 12 pcs)", "Done", "2024/04/22"],
             ["2", "Pre-series machining, plating, leak test", "Done - shipped DHL 5519 2208 11", "2024/05/17"],
             ["3", "Customer sample approval", "Pending", "-"],
             ["4", "Mass production", "Starts automatically after step 3 = Approved", "planned week 28"],
             ["5", "Shipment", "-", "planned week 33"]])}
<div class="note">To keep your delivery date, mass production is scheduled automatically once your sample approval is received.
Please upload the approval in the Documents tab.</div>
<p>Quality documents: material cert 3.1, plating report, leak test 15 bar records (PDF, in Documents tab).</p>
<p style="color:#777">Chen Hsin Precision Co., Ltd. &middot; Taichung &middot; customer portal v2.3</p>
"""))])

# p20: buyer mail: take our 2025 forecast as a firm order (TXT forecast attached).
_fc = """BREWLINE VENDING INC. - FORECAST 2025
Part: BVI-BB-77 brewer block, die-cast AlSi9Cu3, Rev F
Supplier: Kaya Dokum (V-30552)
Issued: 2024-06-20   Planner: R. Kim

MONTH     QTY
2025-01    400
2025-02    400
2025-03    500
2025-04    500
2025-05    500
2025-06    550
2025-07    550
2025-08    450
2025-09    500
2025-10    550
2025-11    600
2025-12    500
------------------
TOTAL    6,000
"""
_t = """Hi Mehmet,

Attached is our 2025 forecast for the brewer block BVI-BB-77: 6,000 pcs over the year, month by month.

Please take this as our firm order for 2025 and plan your casting capacity accordingly. Monthly call-offs will follow with the delivery details.

Happy to jump on a call next week if that helps.

Best,
Daniel
""" + sig("Daniel Okafor", "Purchasing Manager", "Brewline Vending Inc., Chicago, IL", "+1 312 555 0120")
_m = mail("Daniel Okafor <daniel.okafor@brewlinevending.com>",
          "Mehmet Kaya <export@kayadokum.com.tr>",
          "BVI-BB-77 - 2025 volumes",
          d8(2024, 6, 20, 16, 10, -5), _t,
          attachments=[("BVI-BB-77_forecast_2025.txt", _fc, "text/plain")])
case("p20_brewline_forecast_firm", ["RG008"],
     "Buyer sends the 2025 forecast (6,000 pcs) and asks the supplier to take it as a firm order.",
     [eml("BVI-BB-77_2025_volumes.eml", _m)])

# p21: supplier order confirmation turns the buyer's forecast into a firm order quantity (PDF).
case("p21_jiali_oc_from_forecast", ["RG008"],
     "Supplier order confirmation confirms a firm order of 12.000 pcs 'as per your forecast FC-2024-H2'.",
     [("OC_JL-OC-2406-031.pdf", pdf([
         ("h1", "ORDER CONFIRMATION JL-OC-2406-031"),
         ("p", "Dongguan Jiali Wire Harness Co., Ltd. - Chang'an Town, Dongguan, Guangdong, China"),
         ("table", [["Customer", "Dutch Vend Systems B.V., Best, Netherlands"],
                    ["Reference", "Your forecast FC-2024-H2 dated 2024-06-03"],
                    ["Date", "2024-06-07"], ["Sales", "Cathy Liang"]]),
         ("table", [["Item", "Description", "Confirmed qty", "Unit EUR", "Delivery"],
                    ["DVS-WH-320", "Power harness 230 V for V9 cabinet, H05V-K 1.0 mm2, 6 circuits", "12.000 pcs", "3,12", "2.000 pcs per month, Jul-Dec 2024"]]),
         ("p", "We are pleased to confirm your firm order of 12.000 pcs as per your forecast FC-2024-H2. Production capacity is booked for line 3 from week 27."),
         ("p", "Quality: 100% electrical test; crimp height monitoring CFM; UL/VDE wire certificates with each shipment."),
         ("p", "Payment: T/T 45 days after B/L. Incoterms FOB Shenzhen."),
         ("p", "Thank you for your trust. Cathy Liang - cathy.liang@jiali-harness.com"),
     ], title="JL-OC-2406-031", author="Dongguan Jiali"))])

# p22: forecast table labelled non-binding, footer turns Jul-Sep into firm orders.
case("p22_lucca_forecast_portal", ["RG008"],
     "Portal table headed 'Forecast (non-binding)', yet the footer declares the July-September forecast quantities firm orders to produce now; Oct-Dec held with named person and call-off event.",
     [("LE_forecast_MP_2024H2.html", html_page("Lucca Espresso - Portale fornitori - Forecast", f"""
<h1>Lucca Espresso S.r.l. &mdash; Portale fornitori</h1>
<p>Fornitore / Supplier: <b>Metalplast Poznań Sp. z o.o.</b> &middot; Data: 03/06/2024 &middot; Referente: Chiara Bertini, Ufficio Acquisti</p>
<h2>Forecast (non-binding) &mdash; secondo semestre 2024</h2>
{html_table([["Codice", "Descrizione", "Lug", "Ago", "Set", "Ott", "Nov", "Dic"],
             ["LE-VAS-280", "Vaschetta raccogligocce / drip tray AISI 304 satin", "400", "400", "450", "500", "500", "300"],
             ["LE-GRI-280", "Griglia / drip tray grid AISI 304", "400", "400", "450", "500", "500", "300"]])}
<br>
<div class="note">The July&ndash;September quantities above are firm orders: please produce them now so that stock is available
for the Lucca Uno launch. October&ndash;December remain forecast only and are not released; they will be released by a written
call-off from Chiara Bertini, Ufficio Acquisti, at the start of each month.</div>
<p>Consegna / delivery: DAP Lucca, Via per Camaiore 118. Imballo: max 20 pz per cartone.</p>
""", lang="it"))])


# ------------------------------------------------------------------ batch 4
# p23: WhatsApp - buyer calls next year's forecast locked in and tells the supplier to buy bar for it.
case("p23_ridgeline_whatsapp_5k", ["RG006", "RG008"],
     "Chat: scope of 30 pilot burr carriers with rest on hold is set; later the buyer says the ~5k forecast is 'locked in' and tells the supplier to buy 6061 bar for the 5k now.",
     [("WhatsApp Chat with Vivian Lin.txt", """4/22/24, 7:58 AM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
4/22/24, 7:58 AM - Marcus Hale: Hi Vivian, Marcus from Ridgeline. Dana gave me your number.
4/22/24, 8:01 AM - Marcus Hale: PO 4500-7802 just went out: 30 pilot burr carriers (RCW-BC-64, 6061-T6, hard anodized black). Rest of the quote is on hold till we sign off the pilots and Dana Whitfield sends a written release.
4/22/24, 8:40 AM - Vivian Lin: Hi Marcus nice to meet you 😊 received, 30 pcs pilot, rest hold
4/22/24, 8:41 AM - Vivian Lin: anodize color sample will send photo first
5/9/24, 6:15 PM - Vivian Lin: <Media omitted>
5/9/24, 6:15 PM - Vivian Lin: anodize black ok? gloss level 10
5/9/24, 6:30 PM - Marcus Hale: Looks right. Matches the chip.
5/20/24, 7:05 PM - Vivian Lin: Marcus, 30 pcs pilot shipped FedEx 7790 3345 1021
5/20/24, 7:06 PM - Vivian Lin: btw for 2025 how many pcs you think? our 6061 supplier lead time now 10 weeks
5/20/24, 7:22 PM - Marcus Hale: Forecast is ~5k for next year
5/20/24, 7:23 PM - Marcus Hale: Honestly treat it as locked in, the new grinder is basically pre-sold through our distributors
5/20/24, 7:23 PM - Marcus Hale: Pls order the 6061 bar for the full 5k now so we don't get caught by lead times 👍
5/20/24, 7:31 PM - Vivian Lin: OK Marcus, I will place the bar order tomorrow
5/20/24, 7:31 PM - Vivian Lin: 🙏
""")])

# p24 (+p26): SAP-style PO print: header "RELEASED" (commercial) next to "production release"; forecast line ordered firm.
case("p24_hanbit_sap_po_released", ["RG008", "RG009"],
     "ERP PO print: header release status 'RELEASED' (finance release strategy) beside 'production release' for the samples; item 20 is the 2025 forecast quantity marked 'ordered (firm)'. Scope for the samples is otherwise complete.",
     [("PO_4500031877_print.pdf", pdf([
         ("h1", "Purchase Order 4500031877"),
         ("p", "Hanbit Coffee Machines Co., Ltd. - 55 Centum jungang-ro, Haeundae-gu, Busan 48058, Korea"),
         ("table", [["Field", "Value"],
                    ["Vendor", "100472 Yung Feng Metal Industrial Co., Ltd., Tainan, Taiwan"],
                    ["Document date", "2024-05-07"],
                    ["Purchasing group", "H21 - Park Ji-won"],
                    ["Release status", "RELEASED (release strategy H2, level 2 - Finance, 2024-05-07)"],
                    ["Incoterms", "FOB Kaohsiung"], ["Payment", "T/T 60 days"]]),
         ("table", [["Item", "Material", "Short text", "Qty", "Unit", "Net price USD", "Remark"],
                    ["10", "HB-SV-12", "Steam valve body, CW617N, nickel plated - sample", "12", "EA", "26.00", "sample"],
                    ["20", "HB-SV-12", "Steam valve body - 2025 forecast quantity", "4,800", "EA", "9.85", "ordered (firm), price fixed for 2025"]]),
         ("h", "Header text"),
         ("p", "Production release is given for the 12 samples of item 10 only. Production is not released for item 20. Production release for item 20 follows the sample sign-off, by a written release from Park Ji-won, Purchasing Manager."),
         ("p", "Material authority: item 10 only."),
         ("p", "Drawing HB-SV-12 rev 08; leak test 12 bar air under water, 100%; nickel 8-12 micron."),
         ("sp",),
         ("p", "This document was printed from SAP and is valid without signature."),
     ], title="PO 4500031877", author="Hanbit SAP"))])

# p25: Dutch buyer uses "approval" for engineering sign-off and for the finance budget.
_t = """Dear Tomasz,

Good news on the 30 pilot harnesses (VDK-WH-14): they received approval from our engineering last Thursday - hipot, pull tests and the routing in the Duetto chassis were all within specification.

Approval from our finance department for the series budget is still pending; I expect it in about two weeks. Until then the 1.470 series harnesses are not released - please do not cut wire or order connectors for them.

Once both approvals are in, Pieter de Vries (Purchasing Manager) will send you the written production release with quantities and dates.

Kind regards,
Joost Hendriks
Purchasing Engineer
Van Dijk Koffietechniek B.V. | Atoomweg 50 | 3542 AB Utrecht | +31 30 241 88 14
"""
_m = mail("Joost Hendriks <j.hendriks@vandijk-koffie.nl>",
          "Tomasz Nowicki <t.nowicki@elektro-kab.pl>",
          "VDK-WH-14 pilot harnesses - status",
          d8(2024, 6, 17, 10, 2, 2), _t, html=text_to_html(_t))
case("p25_vandijk_two_approvals", ["RG009"],
     "'Approval' used both for engineering's technical sign-off of the pilots and for finance's budget approval ('once both approvals are in'); hold, unlock and named release person are present.",
     [eml("VDK-WH-14_pilot_status.eml", _m)])

# p27: WeChat export - "released drawing" (engineering) vs release of the 290 (production).
case("p27_southbank_wechat_drawing", ["RG009"],
     "Chat uses 'released' for the engineering drawing revision and 'release' for the production balance; scope itself is complete (10 protos, 290 not released, sign-off + Liam's written release).",
     [("WeChat_Vivian_Lin_ChenHsin.txt", """WeChat chat history - Vivian Lin 林怡君 (Chen Hsin Precision)
Exported 2024-05-12 21:40

—————  2024-05-06  —————
Liam O'Connor  09:12
Hi Vivian, we released drawing SB-GH-11 rev E yesterday - shower screen seat depth is now 3.2 mm (was 3.0). Please update your CAM program.

Vivian Lin 林怡君  09:40
OK received rev E. For the 10 proto group heads we use rev E 👌

Liam O'Connor  09:42
Yep. Just to confirm scope: PO SB-4433 is 10 protos only, the 290 are not released. Release of the 290 happens once the protos are signed off, in writing from me.

Vivian Lin 林怡君  09:45
understand, 10 pcs only

—————  2024-05-10  —————
Vivian Lin 林怡君  16:20
[Photo]
Vivian Lin 林怡君  16:20
proto machining done, now chrome plating, ETA ship 5/17

Liam O'Connor  16:31
Beautiful. Ta!
""")])

# p28 (+p49): Dutch mail: "approved" for FAI, PO and series; and a bare "Please proceed."
_t = """Dear Ken,

Status update on order DVS-BC-40 (brew chamber piston):

- The FAI report for the 15 pilot pistons is approved.
- Our purchase order DVS-45066 is approved by finance.
- The series is not approved yet: the 485 pistons remain on hold until Anna Rossi, Category Buyer, issues a written production release after the endurance test (50.000 brew cycles) has been passed.

Please proceed.

Kind regards,
Sanne Meijer
Supplier Quality Engineer
Dutch Vend Systems B.V. · Kanaaldijk 14 · 5683 CR Best · +31 499 33 7131
"""
_m = mail("Sanne Meijer <s.meijer@dutchvend.nl>",
          "Ken Huang <ken.huang@yungfeng-metal.com.tw>",
          "DVS-BC-40 status",
          d8(2024, 6, 19, 15, 30, 2), _t, cc="Anna Rossi <a.rossi@dutchvend.nl>")
case("p28_dutchvend_approved_thrice", ["RG002", "RG009"],
     "'Approved' for the FAI (technical), the PO (commercial) and 'not approved' for the series (production); closing 'Please proceed.' names no quantity or sample scope.",
     [eml("DVS-BC-40_status.eml", _m)])

# p29: Korean DOCX approval sheet: "Approved" for sample (technical) and for price (commercial).
case("p29_hanbit_approval_sheet", ["RG009"],
     "Approval sheet marks sample dimensions/cosmetics 'Approved' and the price/tooling 'Approved' by finance, next to a production-release row; scope (30 samples, 470 on hold, written release by named manager) complete.",
     [("Sample_Approval_Sheet_HB-HSG-77.docx", docx_bytes([
         ("h1", "Sample Approval Sheet / 샘플 승인서"),
         ("p", "Hanbit Coffee Machines Co., Ltd. · Part HB-HSG-77 brushed housing for HB-G83 grinder · Supplier: Foshan Meiyu Sheet Metal Co., Ltd."),
         ("p", "PO HB-24-0702 · Sheet no. SAS-24-061"),
         ("table", [["Item", "Result", "By / date"],
                    ["Sample approval - dimensions (30 pcs, report DIM-0611)", "Approved", "Seo Ji-hoon, R&D, 2024-06-11"],
                    ["Sample approval - cosmetic (brushing grain, PVD colour)", "Approved", "Seo Ji-hoon, R&D, 2024-06-11"],
                    ["Price approval (unit USD 24.60, tooling USD 3,800)", "Approved", "Finance team, 2024-06-12"],
                    ["Production release", "NOT RELEASED", "-"]]),
         ("h", "Notes"),
         ("li", "Quantity authorized now: the 30 samples (delivered). No further pieces."),
         ("li", "Balance of 470 pcs is on hold until Park Ji-won, Purchasing Manager, signs a written production release."),
         ("li", "Material: no coil or PVD booking for the balance."),
         ("li", "Corrective action: burr on the fan cut-out edge on 3 of 30 samples - deburr and report in the first lot."),
         ("sp",),
         ("p", "담당 / Prepared: Seo Ji-hoon · 확인 / Checked: Park Ji-won"),
     ], author="Hanbit R&D"))])

# p30: buyer portal: sample line quantity "per sampling plan" - no number anywhere.
case("p30_lucca_portal_sampling_plan", ["RG010"],
     "Portal order authorizes the sample lot with quantity 'per sampling plan SP-07' (plan not in the bundle); hold, unlock event and named release person present, but no active quantity stated.",
     [("LE-ODA-24-131_portale.html", html_page("Lucca Espresso - Portale fornitori - LE-ODA-24/131", f"""
<h1>Lucca Espresso S.r.l. &mdash; Portale fornitori</h1>
<p>Ordine / order <b>LE-ODA-24/131</b> &middot; Fornitore: Yung Feng Metal Industrial Co., Ltd., Tainan &middot; Data: 21/05/2024</p>
{html_table([["Riga", "Codice", "Descrizione", "Scope", "Quantità", "Prezzo EUR", "Stato"],
             ["1", "LE-GH-01", "Gruppo erogatore / group head, CW617N chrome, DRG LE-GH-01 rev 6", "sample", "per sampling plan SP-07", "lump sum 980,00", "authorised"]])}
<br>
<div class="note">The production quantity of your quotation YF-Q-240509 is not released and remains on hold.
It will be released only after our laboratory has signed off the samples, by a written release from
Chiara Bertini, Ufficio Acquisti.</div>
<p>Documenti richiesti: certificato materiale 3.1, report dimensionale, test di tenuta 15 bar.</p>
<p style="color:#777">Lucca Espresso S.r.l. &middot; Via per Camaiore 118 &middot; 55100 Lucca</p>
""", lang="it"))])

# p31: WhatsApp - "Approved 👍 go ahead" on a pilot+series quote: no scope at all.
case("p31_kookaburra_whatsapp_approved", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "Buyer answers a pilot+series quote with 'Approved 👍 go ahead': no quantity, no sample scope, nothing held, no unlock event, no release person.",
     [("WhatsApp Chat with Piotr Nowak Metalplast.txt", """06/06/2024, 13:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
06/06/2024, 13:02 - Piotr Nowak (Metalplast): Hello Jack, Piotr from Metalplast here. Updated quote for the drip tray grids KR-GR-250 (pilot + series) as discussed with your engineer 👇
06/06/2024, 13:03 - Piotr Nowak (Metalplast): quote_MP_0611.pdf (file attached)
06/06/2024, 13:03 - Piotr Nowak (Metalplast): Laser cut 1,5 mm instead of 1,2 mm, price changed a bit. Material 1.4301
06/06/2024, 18:47 - Jack Morrison: Thanks Piotr, checking now
06/06/2024, 19:05 - Jack Morrison: Approved 👍 go ahead
06/06/2024, 19:06 - Piotr Nowak (Metalplast): Thank you Jack! We plan it for next week
06/06/2024, 19:06 - Piotr Nowak (Metalplast): Invoice to Kookaburra Roasting Co. Pty Ltd like last time?
06/06/2024, 19:10 - Jack Morrison: Yep same entity, same address. Cheers mate
""")])

# p32: cover mail + PO PDF: "cosmetic samples, qty as per your quotation" - no number.
_po = pdf([
    ("h1", "ORDINE DI ACQUISTO / PURCHASE ORDER MB-24-0455"),
    ("p", "Macchine Bellavista S.r.l. - Via Giuseppe Ripamonti 212, 20141 Milano (MI), Italia"),
    ("table", [["Supplier", "Kaya Dokum Sanayi ve Ticaret A.S., Istanbul, Turkey"], ["Date", "27/05/2024"],
               ["Quotation", "KD-Q-24-118"], ["Incoterms", "DAP Milano"]]),
    ("table", [["Line", "Part", "Description", "Qty", "Amount EUR"],
               ["10", "BV-SP-22", "Side panel, die-cast AlSi10Mg, PVD bronze - cosmetic samples", "as per your quotation KD-Q-24-118", "lump sum 1.450,00"]]),
    ("h", "Scope"),
    ("p", "This order covers the cosmetic samples only. The production quantity of the quotation is not released; it remains on hold until our design team signs off the samples and Giulia Ferraris, Head of Purchasing, issues a written release."),
    ("p", "Material authority: samples only. Surface: PVD bronze, colour per master plate BV-C-14, gloss 60-70 GU."),
], title="MB-24-0455", author="Macchine Bellavista")
_t = """Dear Mehmet,

please find attached our PO MB-24-0455 for the cosmetic samples of the die-cast side panels BV-SP-22, in PVD bronze.

The colour master plate BV-C-14 was sent to you by courier yesterday (TNT 31877204). Please use it for the PVD set-up and send us photos before shipping.

Best regards,
Marta Rinaldi
Buyer - Ufficio Acquisti
Macchine Bellavista S.r.l.
Tel. +39 02 5520 4413
"""
_m = mail("Marta Rinaldi <m.rinaldi@bellavista-macchine.it>",
          "Mehmet Kaya <export@kayadokum.com.tr>",
          "PO MB-24-0455 - cosmetic samples BV-SP-22",
          d8(2024, 5, 27, 12, 0, 2), _t,
          attachments=[("PO_MB-24-0455.pdf", _po, PDF_MT)])
case("p32_bellavista_samples_see_quote", ["RG010"],
     "Mail + PO for 'cosmetic samples' with quantity 'as per your quotation' (quotation not in the bundle); hold, unlock event and named release person present, but no active quantity.",
     [eml("PO_MB-24-0455_mail.eml", _m)])

# p33: DOCX pilot request: "build enough for the trade show" - no number.
case("p33_southbank_expo_request", ["RG010"],
     "Pilot build request asks the supplier to build 'enough' PVD portafilters for the expo stand and demo machines - no quantity; launch batch on hold, unlock and named releaser present.",
     [("Pilot_build_request_MICE2024.docx", docx_bytes([
         ("h1", "Pilot build request - MICE 2024"),
         ("p", "Southbank Espresso Co. Pty Ltd · 41 Dorcas St, South Melbourne VIC 3205"),
         ("p", "To: Chen Hsin Precision Co., Ltd. (Vivian Lin) · PO SB-4460 · 3 June 2024"),
         ("h", "What we need"),
         ("p", "Please build enough walnut-handle PVD portafilters (SB-PF-58-W, gunmetal) for all the demo machines on our stand at the Melbourne International Coffee Expo, plus a few spares for the latte art throwdown. Treat these as pilot pieces under PO SB-4460."),
         ("p", "Delivery: by air to our South Melbourne workshop, to arrive no later than 15 August."),
         ("h", "What we don't need yet"),
         ("p", "The launch batch on your quote CH-Q-2830 is not released and stays on hold. It will be released only after we've signed off the pilot pieces, by a written release from Liam O'Connor, Head of Operations."),
         ("h", "Finish notes"),
         ("li", "PVD gunmetal to master chip SB-C-02, no fingerprints under the coating"),
         ("li", "Walnut handle oiled, laser logo on the underside"),
         ("li", "Spouts: double, 58 mm basket, 18 g"),
     ], author="Southbank Espresso"))])

# p34: multi-file: PO PDF says 12 sample sets, cover mail says 15.
_po = pdf([
    ("h1", "PURCHASE ORDER HB-24-0715"),
    ("p", "Hanbit Coffee Machines Co., Ltd. - 55 Centum jungang-ro, Haeundae-gu, Busan 48058, Korea"),
    ("table", [["Supplier", "Officine Brambilla S.r.l., Lecco, Italy"], ["Date", "2024-06-10"],
               ["Offer", "OB-24-092"], ["Incoterms", "FCA Lecco"], ["Currency", "EUR"]]),
    ("table", [["Line", "Part", "Description", "Qty", "Unit EUR", "Amount EUR"],
               ["10", "HB-BUR-64-T2", "Flat burr set 64 mm, tooth angle T2, M2 steel - sample", "12 sets", "21,00", "252,00"]]),
    ("h", "Scope"),
    ("p", "This PO covers 12 sample burr sets only. The balance of 988 sets from offer OB-24-092 is not released and stays on hold until our R&D grind lab has signed off the samples and Park Ji-won, Purchasing Manager, sends a written release. Material authority: sample-only."),
], title="HB-24-0715", author="Hanbit Coffee Machines")
_t = """Dear Luca,

Attached is our PO HB-24-0715.

As discussed on Teams yesterday, please make the 15 sample burr sets with the new T2 tooth angle, so that our grind lab can run the full matrix (3 settings x 5 sets). The rest stays on hold until our sign-off and my written release.

Please send the hardness report with the samples.

Best regards,
Park Ji-won
Purchasing Manager
Hanbit Coffee Machines Co., Ltd.
T. +82 51 740 2265
"""
_m = mail("Park Ji-won <jiwon.park@hanbit-coffee.co.kr>",
          "Luca Brambilla <l.brambilla@officinebrambilla.it>",
          "PO HB-24-0715 - T2 sample burrs",
          d8(2024, 6, 10, 16, 45, 9), _t)
case("p34_hanbit_po_plus_mail_12v15", ["RG011"],
     "Two files for one order: the PO authorizes 12 sample sets, the cover mail asks for 15 sample sets; everything else consistent and complete.",
     [("PO_HB-24-0715.pdf", _po), eml("HB-24-0715_cover_mail.eml", _m)])

# p35: PDF PO: header says 20 pilot, line table says 25; no named release person.
case("p35_vandijk_po_20v25", ["RG005", "RG011"],
     "PO summary states pilot quantity 20, the line table 25; hold and unlock event (pilot sign-off + revised PO) present, but no named release person.",
     [("PO_VDK-24-1174.pdf", pdf([
         ("h1", "INKOOPORDER / PURCHASE ORDER VDK-24-1174"),
         ("p", "Van Dijk Koffietechniek B.V. - Atoomweg 50, 3542 AB Utrecht, Nederland - KvK 30112233"),
         ("table", [["Summary", ""],
                    ["Supplier", "Ningbo Haoda Stainless Products Co., Ltd., Ningbo, China"],
                    ["Quotation", "HD240418"],
                    ["Part", "VDK-BLR-08 coffee boiler 0,8 L, AISI 316L"],
                    ["Pilot quantity", "20 pcs"],
                    ["Date", "24-05-2024"]]),
         ("table", [["Pos.", "Article", "Description", "Qty", "Price USD", "Total USD"],
                    ["1", "VDK-BLR-08", "Coffee boiler 0,8 L, AISI 316L, 1000 W heater flange, pilot lot", "25", "84,00", "2.100,00"]]),
         ("h", "Order conditions"),
         ("p", "The pilot lot is released for production. The production balance of your quotation HD240418 is not released and stays on hold until our engineering has signed off the pilot boilers and we issue a revised purchase order."),
         ("p", "Material authority: pilot lot only. Pressure test 100% at 4,5 bar; PED 2014/68/EU art. 4.3 sound engineering practice."),
         ("p", "Questions: inkoop@vandijk-koffie.nl - +31 30 241 88 00"),
     ], title="VDK-24-1174", author="Van Dijk Koffietechniek"))])


# ------------------------------------------------------------------ batch 5
# p36: thread - PO said 30 pilot harnesses, the buyer's latest message says "as agreed, 50".
_t = """Dear Tomasz,

as agreed, please prepare the 50 pilot harnesses for the assembly trial in week 27. Rest as in the PO.

The trial will be on our line 2 in Lucca, we will send you the photos of the routing in the chassis.

Cordiali saluti / Best regards
Chiara Bertini
Ufficio Acquisti - Lucca Espresso S.r.l.
Tel. +39 0583 491 220

-----Original Message-----
From: Tomasz Nowicki <t.nowicki@elektro-kab.pl>
Sent: Tuesday, May 21, 2024 3:18 PM
Subject: RE: Ordine LE-ODA-24/140 - cablaggi / harnesses

""" + quote("""Dear Mrs. Bertini,

we confirm your order LE-ODA-24/140: 30 pilot harnesses LE-WH-05, delivery week 27, FCA Wroclaw.
Balance on hold as written in your order.

Best regards
Tomasz Nowicki, Key Account Manager, Elektro-Kab Sp. z o.o.

-----Original Message-----
From: Chiara Bertini
Sent: Monday, May 20, 2024 10:05 AM

> Dear Mr. Nowicki,
> please find our order LE-ODA-24/140: 30 (thirty) pilot harnesses LE-WH-05 only.
> The balance of 970 pieces of your offer stays on hold until our sample sign-off and a
> written release signed by me, Chiara Bertini.""")
_m = mail("Chiara Bertini <acquisti@luccaespresso.it>",
          "Tomasz Nowicki <t.nowicki@elektro-kab.pl>",
          "RE: Ordine LE-ODA-24/140 - cablaggi / harnesses",
          d8(2024, 6, 4, 9, 15, 2), _t)
case("p36_lucca_thread_30v50", ["RG011"],
     "Thread: the quoted order and the supplier's confirmation say 30 pilot harnesses; the buyer's latest message says 'as agreed, ... the 50 pilot harnesses' with 'rest as in the PO' - conflicting authorized quantities.",
     [eml("RE_Ordine_LE-ODA-24-140.eml", _m)])

# p37: multi-file - ERP PO (TXT) says pilot 25, the DOCX pilot spec says 40.
_po = """DUTCH VEND SYSTEMS B.V.                                      PURCHASE ORDER
KANAALDIJK 14, 5683 CR BEST, NL                              PAGE 1 OF 1
--------------------------------------------------------------------------------
PO NUMBER   : DVS-45130               PO DATE   : 29.05.2024
VENDOR      : 700512 FOSHAN MEIYU SHEET METAL CO., LTD.
              SHUNDE, FOSHAN, GUANGDONG, CN
BUYER       : F. BAKKER   TEL +31 499 33 7100
CURRENCY    : EUR                     INCOTERMS : FOB SHENZHEN
QUOTE REF   : MY-Q-2405-31 (600 PC)
--------------------------------------------------------------------------------
LN  MATERIAL        DESCRIPTION                      QTY  UOM     PRICE      VALUE
--------------------------------------------------------------------------------
10  DVS-SP-600      SIDE PANEL V9 CABINET, DC01       25  PC      31,40     785,00
                    POWDER COAT RAL 7016, PILOT LOT
                    SPEC DVS-SP-600-PL
--------------------------------------------------------------------------------
TEXT:
PILOT LOT ONLY: 25 PC. THE BALANCE OF 575 PC OF QUOTE MY-Q-2405-31 IS NOT
RELEASED. DO NOT START IT AND DO NOT BUY SHEET FOR IT.
THE BALANCE WILL BE RELEASED ONLY BY A REVISION OF THIS PO, AFTER THE FIELD
TEST OF THE PILOT LOT HAS BEEN SIGNED OFF, SIGNED BY FEMKE BAKKER, SUPPLY
CHAIN MANAGER.
--------------------------------------------------------------------------------
"""
_spec = docx_bytes([
    ("h1", "Pilot specification DVS-SP-600-PL"),
    ("p", "Dutch Vend Systems B.V. · V9 vending cabinet · side panel DVS-SP-600 · issue 1 · 27-05-2024"),
    ("h", "Purpose"),
    ("p", "Field test of the new V9 cabinet side panel at 8 customer locations (railway stations and hospitals) from week 30."),
    ("table", [["Item", "Requirement"],
               ["Pilot lot", "40 pcs (5 per location for 8 locations)"],
               ["Material", "DC01 cold-rolled steel 1,0 mm"],
               ["Coating", "Powder coat RAL 7016 fine texture, 70-90 µm, salt spray 500 h per ISO 9227"],
               ["Flatness", "1,0 mm over 600 mm"],
               ["Marking", "Pilot lot label 'PILOT - NOT FOR SALE' on the inside"]]),
    ("h", "Reporting"),
    ("p", "Dimensional report on 5 pcs, coating thickness on 10 pcs, photos of packaging."),
    ("p", "Author: Sanne Meijer, Supplier Quality Engineer"),
], author="S. Meijer")
case("p37_dutchvend_po_vs_pilot_spec", ["RG011"],
     "Two files for one order: the ERP PO authorizes a pilot lot of 25 pcs, the pilot specification says the pilot lot is 40 pcs; the PO's scope is otherwise complete.",
     [("PO_DVS-45130.txt", _po), ("Spec_DVS-SP-600-PL_pilot.docx", _spec)])

# p39: supplier: deposit received, starting the 500 "as per your PO" - the quoted PO says 50 pilot.
_t = """Dear Jack,

We received your deposit USD 2,150.00 today, thank you!

As per your PO KR-1230 we now start production of the 500 pcs steam wands (KR-SW-10, 2-hole tip), ETA 35 days. I will send you photos from the bending line next week.

Best regards,
Kevin Xu
Sales Manager
Ningbo Haoda Stainless Products Co., Ltd.
Tel +86 574 8689 2210

------------------ Original ------------------
From: "Jack Morrison" <jack.morrison@kookaburraroasting.com.au>
Date: Mon, Jun 3, 2024 09:40 AM
Subject: PO KR-1230 steam wands

""" + quote("""Hi Kevin,
PO KR-1230 attached: 50 pilot steam wands (KR-SW-10). The other 450 are not released - they stay
on hold until we've signed off the pilots and I send you a written release.
The 30% deposit will be paid this week.
Cheers, Jack Morrison, Procurement Manager""")
_m = mail("Kevin Xu <kevin.xu@haoda-ss.com>",
          "Jack Morrison <jack.morrison@kookaburraroasting.com.au>",
          "Re: PO KR-1230 steam wands - deposit received",
          d8(2024, 6, 6, 16, 30, 8), _t, html=text_to_html(_t))
case("p39_haoda_deposit_start_500", ["RG011", "RG012"],
     "Supplier treats the received deposit as the start signal and starts 500 'as per your PO', while the quoted PO authorizes 50 pilot wands and holds 450.",
     [eml("Re_PO_KR-1230_deposit.eml", _m)])

# p40: LINE chat - buyer says twelve (12) samples, then accepts a PI for 20 samples.
case("p40_hanbit_line_twelve_vs_pi", ["RG011"],
     "LINE chat: buyer orders twelve (12) sample tamper bases, supplier's PI says 20 samples, buyer answers 'PI fine, go ahead with the samples' - conflicting authorized quantities.",
     [("[LINE] Chat with Vivian Lin - tamper base.txt", """[LINE] Chat history with Vivian Lin (Chen Hsin)
Saved on: 2024/06/21 10:05

2024/06/17(Mon)
10:02	Choi Hyun-woo	Vivian, good morning. New project: tamper base HB-TB-58, stainless 304, mirror polish.
10:03	Choi Hyun-woo	Sample quantity twelve (12) pcs. Drawing HB-TB-58 rev 2 sent by email.
10:04	Choi Hyun-woo	The quotation has 500 pcs total, but the balance 488 is on hold until our sample sign-off and my written release.
10:30	Vivian Lin	Good morning Mr Choi 😊 received, we check drawing and send PI
2024/06/19(Wed)
14:12	Vivian Lin	[File] PI_CH-2406-118.pdf
14:13	Vivian Lin	PI for sample 20 pcs tamper base HB-TB-58, USD 14.50/pc, total USD 290.00
14:13	Vivian Lin	lead time 12 days after payment
2024/06/20(Thu)
09:18	Choi Hyun-woo	PI fine, go ahead with the samples 👍 payment today
09:20	Vivian Lin	thank you! we start the polishing fixture today
""")])

# p41: buyer: deposit paid, "nothing holding the housings up on our side".
_t = """Hey Amy,

Deposit for PI MY-2406-022 went through this morning (AUD 4,870). Now that you've got the money, there's nothing holding the housings up on our side - when can you ship?

Also, can you use the same double-wall cartons as on the samples? They survived the trip beautifully.

Cheers,
Liam
""" + sig("Liam O'Connor", "Head of Operations", "Southbank Espresso Co. Pty Ltd, South Melbourne VIC", "+61 3 9016 4400") + """
On 28/05/2024 10:02, Liam O'Connor wrote:
""" + quote("""Hi Amy,
PO SB-4471 is for the 6 cosmetic samples of the SB-HSG-230 housing only. The 1,194 on the PI are on
hold - they're released only after I've signed off the samples, by a written release from me.
Liam""")
_m = mail("Liam O'Connor <liam.oconnor@southbankespresso.com.au>",
          "Amy Zhou <amy.zhou@meiyu-sheetmetal.cn>",
          "Deposit paid - PI MY-2406-022",
          d8(2024, 6, 12, 9, 5, 10), _t, html=text_to_html(_t))
case("p41_southbank_deposit_unlocks", ["RG012"],
     "Buyer's own quoted scope holds the 1,194 until sign-off and his written release, but his new mail says that with the deposit paid nothing holds the housings up - payment treated as production authority.",
     [eml("Deposit_paid_PI_MY-2406-022.eml", _m)])

# p42: supplier proforma: series starts automatically after sample approval and deposit (PDF).
case("p42_kaya_proforma_auto", ["RG007", "RG012"],
     "Supplier proforma: series production of 990 starts automatically after the customer's sample approval and receipt of the 30% deposit.",
     [("Proforma_KD-PI-24-061.pdf", pdf([
         ("h1", "PROFORMA INVOICE KD-PI-24-061"),
         ("p", "Kaya Dokum Sanayi ve Ticaret A.S. - Ikitelli OSB, Basaksehir, Istanbul, Turkey - VAT TR 5270112345"),
         ("table", [["Buyer", "Lucca Espresso S.r.l., Via per Camaiore 118, 55100 Lucca, Italy"],
                    ["Date", "05.06.2024"], ["Your ref.", "Offer request LE-RFQ-24-019"],
                    ["Bank", "Ziraat Bankasi, IBAN TR12 0001 0012 3456 7890 1234 56"]]),
         ("table", [["Pos", "Part", "Description", "Qty", "Unit EUR", "Total EUR"],
                    ["1", "LE-BG-04", "Brew group housing, AlSi9Cu3 die cast, machined - samples", "10", "46,00", "460,00"],
                    ["2", "LE-BG-04", "Brew group housing - series", "990", "12,80", "12.672,00"],
                    ["3", "LE-BG-04-T", "Die, 2 cavities", "1", "8.900,00", "8.900,00"]]),
         ("p", "Total EUR 22.032,00. Deposit 30% = EUR 6.609,60."),
         ("h", "Terms"),
         ("p", "Samples: 4 weeks after tooling payment. Series production starts automatically after your sample approval and receipt of the 30% deposit; delivery of the series 6 weeks after start."),
         ("p", "Tolerances DIN EN ISO 8062-3 DCTG 6. Impregnation per MIL-STD-276 on request."),
         ("p", "Mehmet Kaya - Export Sales - export@kayadokum.com.tr"),
     ], title="KD-PI-24-061", author="Kaya Dokum"))])

# p44: WhatsApp - LC opened, supplier bought sheet for all 1000 and starts production.
case("p44_hanbit_whatsapp_lc", ["RG006", "RG012"],
     "Chat: 10 sample boilers with 990 on hold until sign-off and Park's written release; supplier then says the LC advice arrived so it bought sheet for all 1000 and starts production; buyer does not stop it.",
     [("WhatsApp Chat - Kevin Xu (Haoda) HB-BLR-12.txt", """10/06/2024, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
10/06/2024, 09:00 - Park Ji-won: Hello Kevin, this is Park Ji-won from Hanbit.
10/06/2024, 09:01 - Park Ji-won: PO HB-24-0730 is 10 sample boilers (HB-BLR-12, 1.2 L). The 990 balance is on hold until our sample sign-off and a written release from me.
10/06/2024, 09:01 - Park Ji-won: Our bank will open the LC for the full order value this week, because finance wants one LC for the project.
10/06/2024, 09:25 - Kevin Xu (Haoda): Hello Ms Park, thank you. Noted 10 pcs sample
10/06/2024, 09:26 - Kevin Xu (Haoda): 🙏
14/06/2024, 15:48 - Kevin Xu (Haoda): Ms Park, we received the LC advice from Bank of China today 👍
14/06/2024, 15:49 - Kevin Xu (Haoda): so we bought the 316L sheet for all 1000 pcs and start production next Monday, then we can ship early
14/06/2024, 16:30 - Park Ji-won: ok thanks, I will check with my team
14/06/2024, 16:31 - Kevin Xu (Haoda): 👌
""")])

# p45: mail with PO PDF (8 sample sets) and the supplier offer PDF (8 / 800) - no scope statement.
_po = pdf([
    ("h1", "Purchase Order BVI-PO-31966"),
    ("p", "Brewline Vending Inc. - 2200 W Fulton St, Chicago, IL 60612, USA"),
    ("table", [["Vendor", "Officine Brambilla S.r.l., Lecco, Italy"], ["PO date", "June 14, 2024"],
               ["Terms", "Net 45, FCA Lecco"], ["Ship to", "Brewline Vending Inc., Receiving Dock 3, Chicago"]]),
    ("table", [["Line", "Item", "Description", "Qty", "Unit EUR", "Ext. EUR"],
               ["1", "BVI-CB-38", "Conical burr set 38 mm for vending grinder, M2, hardened - sample", "8 sets", "34.00", "272.00"]]),
    ("p", "Please include the hardness report and the tooth profile report with the shipment. Reference this PO number on all documents."),
    ("p", "Brewline standard terms and conditions (rev. 2023-01) apply."),
], pagesize=LETTER, title="BVI-PO-31966", author="Brewline Vending")
_of = pdf([
    ("h1", "OFFERTA / OFFER OB-24-077"),
    ("p", "Officine Brambilla S.r.l. - Via Ghislanzoni 40, 23900 Lecco (LC) - P.IVA IT02233440135"),
    ("p", "Spett. Brewline Vending Inc. - Att. Mr. Tyler Brooks - Lecco, 03/06/2024"),
    ("table", [["Pos.", "Descrizione / Description", "Q.ta / Qty", "Prezzo / Price EUR", "Consegna / Delivery"],
               ["1", "Conical burr set 38 mm, M2, samples", "8 sets", "34,00", "4 weeks"],
               ["2", "Conical burr set 38 mm, M2, production", "800 sets", "11,40", "8 weeks"]]),
    ("p", "Prices ex works Lecco, packing included. Validity 60 days."),
    ("p", "Distinti saluti, Luca Brambilla"),
], title="OB-24-077", author="Officine Brambilla")
_t = """Hi Luca,

Please find attached PO BVI-PO-31966 for 8 sample burr sets, and your offer OB-24-077 for reference.

Delivery to Chicago by end of June please - we want to get them into the B7 grinder module before the July 4 break.

Thanks,
Tyler
""" + sig("Tyler Brooks", "Buyer", "Brewline Vending Inc., Chicago, IL", "+1 312 555 0133")
_m = mail("Tyler Brooks <tyler.brooks@brewlinevending.com>",
          "Luca Brambilla <l.brambilla@officinebrambilla.it>",
          "PO BVI-PO-31966 - conical burr samples",
          d8(2024, 6, 14, 11, 5, -5), _t,
          attachments=[("PO_BVI-PO-31966.pdf", _po, PDF_MT), ("Offer_OB-24-077.pdf", _of, PDF_MT)])
case("p45_brewline_po_with_offer", ["RG001", "RG003", "RG004", "RG005"],
     "Mail attaches a sample PO (8 sets) and the supplier offer with 800 production sets 'for reference'; nothing says the 800 is not released, no unlock event, no release person.",
     [eml("PO_BVI-PO-31966_mail.eml", _m)])

# p46: buyer portal PO page: sample line plus the quote's production tier, no scope.
case("p46_vandijk_portal_po", ["RG001", "RG003", "RG004", "RG005"],
     "Portal PO page: 10 sample portafilters plus a 'quotation reference' table with production 1.500 pcs; no hold, no unlock event, no release person.",
     [("VDK-24-1190_inkooporder.html", html_page("Van Dijk Koffietechniek - Inkooporder VDK-24-1190", f"""
<h1>Van Dijk Koffietechniek B.V. &mdash; Leveranciersportaal</h1>
<p>Inkooporder / purchase order <b>VDK-24-1190</b> &middot; Leverancier: Chen Hsin Precision Co., Ltd. &middot; Datum: 03-06-2024 &middot; Inkoper: Joost Hendriks</p>
<h2>Orderregels / order lines</h2>
{html_table([["Regel", "Artikel", "Omschrijving", "Aantal", "Prijs EUR", "Bedrag EUR"],
             ["1", "VDK-PF-58", "Portafilter 58 mm, bottomless, walnut handle - sample", "10", "27,50", "275,00"]])}
<h2>Quotation reference CH-Q-2810</h2>
{html_table([["Stage", "Qty", "Unit EUR", "Lead time"],
             ["Pilot", "10", "27,50", "15 days"],
             ["Production", "1.500", "14,90", "40 days"],
             ["Tooling (handle fixture)", "1", "2.400,00", "with pilot"]])}
<p>Leveradres: Atoomweg 50, 3542 AB Utrecht. Levering FCA Taichung, transport door Van Dijk (Kuehne+Nagel).</p>
<p>Please confirm this order in the portal within 5 working days.</p>
<p style="color:#777">Van Dijk Koffietechniek B.V. &middot; KvK 30112233 &middot; Algemene inkoopvoorwaarden 2022 van toepassing</p>
""", lang="nl"))])

# p47: DOCX PO with quote-summary table (1,200 launch batch), named contact for releases, no hold, no event.
case("p47_kookaburra_docx_po", ["RG001", "RG003", "RG004"],
     "DOCX PO for 6 cosmetic samples with a quote-summary table showing the 1,200 launch batch; Jack Morrison named as contact for any production release, but nothing says the batch is not released and no unlock event.",
     [("PO_KR-1311.docx", docx_bytes([
         ("h1", "Purchase Order KR-1311"),
         ("p", "Kookaburra Roasting Co. Pty Ltd · 18 Doggett St, Newstead QLD 4006 · ABN 51 612 334 908"),
         ("table", [["Supplier", "Foshan Meiyu Sheet Metal Co., Ltd., Shunde, Foshan, China"],
                    ["Date", "12 June 2024"], ["Quote", "MY-Q-2405-44"], ["Currency", "USD"],
                    ["Delivery", "Air freight, DAP Newstead"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
                    ["1", "KR-DT-300", "Drip tray 300 x 160, AISI 304, black PVD - cosmetic sample", "6", "42.00", "252.00"]]),
         ("h", "Quote summary (MY-Q-2405-44)"),
         ("table", [["Stage", "Qty", "Unit USD"],
                    ["Cosmetic samples", "6", "42.00"],
                    ["Launch batch", "1,200", "9.40"]]),
         ("h", "Notes"),
         ("li", "PVD black to colour chip KR-C-01, photos under D65 light before shipping"),
         ("li", "Each tray in a PE bag with protective film on the top face"),
         ("li", "Your contact for this order, including any production release: Jack Morrison, Procurement Manager, jack.morrison@kookaburraroasting.com.au"),
     ], author="Kookaburra Procurement"))])

# p48: mail with PO PDF (20 pilot boilers) and the offer as HTML attachment (1.000 pcs); deposit will follow.
_po = pdf([
    ("h1", "ORDINE DI ACQUISTO LE-ODA-24/150"),
    ("p", "Lucca Espresso S.r.l. - Via per Camaiore 118, 55100 Lucca - P.IVA IT02299880467"),
    ("table", [["Fornitore / Supplier", "Ningbo Haoda Stainless Products Co., Ltd., Ningbo, China"],
               ["Data / Date", "07/06/2024"], ["Offerta / Offer", "HD-240520"], ["Resa / Incoterms", "FOB Ningbo"]]),
    ("table", [["Riga", "Codice", "Descrizione / Description", "Q.ta", "Prezzo USD", "Totale USD"],
               ["1", "LE-BLR-06", "Caldaia / boiler 0,6 L AISI 316L, flangia resistenza 800 W - pilot", "20", "79,00", "1.580,00"]]),
    ("p", "Certificati: EN 10204 3.1; prova pressione 4,5 bar 100%. Imballo singolo in cartone."),
    ("p", "Ufficio Acquisti - acquisti@luccaespresso.it"),
], title="LE-ODA-24/150", author="Lucca Espresso")
_of = html_page("Haoda offer HD-240520", html_table([
    ["Item", "Description", "Qty", "Unit price USD", "Lead time"],
    ["1", "Boiler 0.6 L AISI 316L, 800 W flange - pilot", "20 pcs", "79.00", "25 days"],
    ["2", "Boiler 0.6 L AISI 316L, 800 W flange - production", "1,000 pcs", "44.50", "40 days"]]) +
    "\n<p>Ningbo Haoda Stainless Products Co., Ltd. - offer HD-240520, 2024-05-20, valid 60 days. Kevin Xu.</p>")
_t = """Dear Kevin,

in attachment our order LE-ODA-24/150 for the 20 pilot boilers 0,6 L, together with your offer HD-240520 for the 1.000 pcs.

The deposit will follow this week by bank transfer. Please confirm the delivery date.

Cordiali saluti / Best regards
Chiara Bertini
Ufficio Acquisti
Lucca Espresso S.r.l.
Tel. +39 0583 491 220
"""
_m = mail("Chiara Bertini <acquisti@luccaespresso.it>",
          "Kevin Xu <kevin.xu@haoda-ss.com>",
          "Ordine LE-ODA-24/150 - pilot boilers 0,6 L",
          d8(2024, 6, 7, 10, 40, 2), _t,
          attachments=[("LE-ODA-24-150.pdf", _po, PDF_MT), ("HD-240520_offer.html", _of, "text/html")])
case("p48_lucca_pilot_with_offer", ["RG001", "RG003", "RG004", "RG005"],
     "Order for 20 pilot boilers sent 'together with your offer for the 1.000 pcs' (HTML attachment); nothing says the 1.000 is informational or on hold, no unlock event, no release person.",
     [eml("Ordine_LE-ODA-24-150.eml", _m)])

# p50: buyer portal with complete scope; SQE answers a deviation request with "Good to run."
case("p50_vandijk_portal_good_to_run", ["RG002"],
     "Portal page states a complete scope (50 pre-series released, 950 on hold, sign-off + written release by named manager); the SQE's comment on a deviation request says 'OK from our side. Good to run.' without quantity or sample scope.",
     [("VDK-24-1205_portal_comments.html", html_page("Van Dijk Koffietechniek - Leveranciersportaal - VDK-24-1205", f"""
<h1>Van Dijk Koffietechniek B.V. &mdash; Leveranciersportaal</h1>
<p>Order <b>VDK-24-1205</b> &middot; Supplier: Kaya Döküm Sanayi ve Ticaret A.Ş. &middot; Part VDK-GC-61 group cover, AlSi12, powder coated</p>
<h2>Scope</h2>
{html_table([["Stage", "Qty", "Status"],
             ["Pre-series", "50", "Released - build and ship"],
             ["Series", "950", "Not released - on hold"]])}
<div class="note">The 950 series covers are released only after the pre-series has been signed off by Van Dijk Quality,
by a written release from Pieter de Vries, Purchasing Manager.</div>
<h2>Comments</h2>
<table>
<tr><th>Date</th><th>Author</th><th>Comment</th></tr>
<tr><td>2024-06-18 08:12</td><td>Mehmet Kaya (Kaya Döküm)</td><td>Deviation request DR-14: ejector pin mark on the inside face, 0,15 mm raised, not visible after assembly. Photos attached. Can we continue with this die condition?</td></tr>
<tr><td>2024-06-18 13:40</td><td>Bram Visser (Van Dijk SQE)</td><td>OK from our side. Good to run.</td></tr>
<tr><td>2024-06-18 13:55</td><td>Mehmet Kaya (Kaya Döküm)</td><td>Thank you Bram, noted.</td></tr>
</table>
<p style="color:#777">Van Dijk Koffietechniek B.V. &middot; Atoomweg 50 &middot; 3542 AB Utrecht</p>
""", lang="nl"))])


# =================================================================== END OF CASES


def _stem(fn):
    s = Path(fn).name
    for ext in (".eml", ".pdf", ".docx", ".html", ".htm", ".txt"):
        if s.lower().endswith(ext):
            s = s[: -len(ext)]
            break
    return re.sub(r"[^A-Za-z0-9_-]+", "-", s).strip("-")


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(SEED).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        folder = f"{PREFIX}_{nn:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in RULES:
        print(f"  {r}: {sum(1 for c in CASES if r in c['expect'])}")


if __name__ == "__main__":
    build()
