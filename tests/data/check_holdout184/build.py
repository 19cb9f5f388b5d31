#!/usr/bin/env python3
"""Generator for the releasegate check_holdout184 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout184/build.py

Domain: commercial laundry equipment (washer-extractor drums, dryer doors, ironer rolls,
folding-machine parts, trolleys, chemical dosing pumps). All names are fictional.
Case ids: c01..c25 clean, p01..p45 with at least one risk; they appear only in this file.

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
import unicodedata
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
    m["Message-ID"] = msgid or f"<h184-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h184")
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




# ------------------------------------------------------------ local helpers
def q(text, level=1):
    """Quote a block the way mail clients do ("> " per level)."""
    pre = "> " * level
    return "\n".join((pre + ln).rstrip() for ln in text.strip("\n").split("\n"))


def html_mail(text):
    """A plain HTML rendering of a text mail body (for multipart/alternative)."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(escape(ln) for ln in p.split("\n")) + "</p>")
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def ital_sig(name, title):
    return (f"\n-- \n{name}\n{title}\nLavanderie Industriali Brenta S.p.A.\n"
            "Via dell'Industria 21 - 35129 Padova (PD) - Italia\nTel. +39 049 870 5500\n\n"
            "Ai sensi del Reg. UE 2016/679 (GDPR) questo messaggio e i suoi allegati sono "
            "riservati al destinatario. Se lo avete ricevuto per errore vi preghiamo di "
            "cancellarlo e di avvisare il mittente. / This message is confidential.\n")


_T1_FALLBACK = {"ı": "i", "İ": "I", "→": "->", "≤": "<=", "≥": ">="}


def _t1(s):
    """reportlab's standard Type1 fonts only cover cp1252; spell other letters the way ERP PDF
    exports do (Yılmaz -> Yilmaz, Kováč -> Kovac, A.Ş. -> A.S.)."""
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        if ch in _T1_FALLBACK:
            out.append(_T1_FALLBACK[ch])
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        base.encode("cp1252")  # raises if there is still no Type1 glyph
        out.append(base)
    return "".join(out)


def pdf_t1(blocks, **kw):
    def fix(b):
        return tuple(fix(x) if isinstance(x, (list, tuple)) else (_t1(x) if isinstance(x, str) else x)
                     for x in b)
    return pdf([fix(b) for b in blocks], **kw)


NOR = "Norrvik Tvätteriteknik AB, Borås, Sweden"
SSL = "Silver Sage Linen Services, Inc. | Henderson, NV"
MHL = "Merlion Healthcare Linen Pte Ltd | 21 Tuas South Ave 6, Singapore 637021"
HRP = "Shanghai Huarun Precision Machinery Co., Ltd. | Songjiang, Shanghai"
SFD = "Siam FluidTech Co., Ltd. | Amata City, Chonburi, Thailand"
IMB = "Industrias Metálicas del Bajío S.A. de C.V. | Querétaro, Qro., México"
POV = "Považské Strojárne s.r.o. | Považská Bystrica, Slovakia"
EGE = "Ege Paslanmaz Makina San. ve Tic. A.Ş. | Manisa OSB, Türkiye"

KARIN = "Karin Sjöberg <karin.sjoberg@norrvik.se>"
PER = "Per Åkesson <per.akesson@norrvik.se>"
ANNIKA = "Annika Holm <annika.holm@norrvik.se>"
DANA = "Dana Whitfield <dana.whitfield@silversagelinen.com>"
TYLER = "Tyler Brooks <tyler.brooks@silversagelinen.com>"
TAN = "Tan Wei Ling <tan.weiling@merlionlinen.com.sg>"
GIULIA = "Giulia Ferraro <g.ferraro@lavbrenta.it>"
MARCO = "Marco Benetti <m.benetti@lavbrenta.it>"
KEVIN = "Kevin Zhou <kevin.zhou@huarun-precision.cn>"
SOMCHAI = "Somchai Rattanakul <somchai@siamfluidtech.co.th>"
ALEJANDRO = "Alejandro Ramírez <a.ramirez@imbajio.com.mx>"
PETER = "Peter Kováč <peter.kovac@povazske-strojarne.sk>"


# ================================================================ POSITIVE
# ---- p01: sample PO for 4 drums that quotes the 240-pc series price, nothing about the balance
_p01 = pdf_t1([
    ("h1", "PURCHASE ORDER 4500002291"),
    ("p", "Norrvik Tvätteriteknik AB · Industrigatan 14 · SE-504 62 Borås · VAT SE556712345601"),
    ("p", "Supplier: Považské Strojárne s.r.o., Robotnícka 9, 017 01 Považská Bystrica, Slovakia "
          "(supplier no. 30418)"),
    ("table", [["PO date", "Buyer", "Payment terms", "Incoterms 2020"],
               ["2024-05-06", "Karin Sjöberg", "60 days net", "FCA Považská Bystrica"]]),
    ("sp",),
    ("table", [["Line", "Part no.", "Description", "Qty", "Unit", "Price EUR", "Amount EUR", "Delivery"],
               ["10", "4400-120-30", "Inner drum WEX-120, AISI 304 (1.4301 acc. EN 10088-2), "
                "DRG 1200 Rev 04 - sample", "4", "pcs", "1.180,00", "4.720,00", "wk 24/2024"],
               ["20", "-", "Tooling contribution, perforation die 3 mm", "1", "lot", "3.900,00",
                "3.900,00", "-"]]),
    ("p", "Total net EUR 8.620,00 excl. VAT"),
    ("h", "Notes"),
    ("p", "Reference your quotation Q-PS-24-118 dated 2024-04-22: samples 4 pcs at EUR 1.180,00; "
          "series quantity 240 pcs at EUR 612,00/pc, lead time 8 weeks."),
    ("p", "Perforation 3 mm holes, pitch 6 mm. Weld seams acc. ISO 5817 level B. Drum to be tested on "
          "our WEX-120 rig acc. ISO 10472-2."),
    ("p", "Samples with inspection certificate 3.1 (EN 10204) and full dimensional report. Please send "
          "your order confirmation within 3 working days."),
    ("p", "Karin Sjöberg, Purchaser, +46 33 41 72 10, karin.sjoberg@norrvik.se"),
], title="PO 4500002291", author="Norrvik Tvätteriteknik AB")
case("p01_po_drums_series_price", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 4 drums repeats the quoted 240-pc series price with nothing saying the series is "
     "not released; no hold, no unlock event, no release person.",
     [("PO_4500002291.pdf", _p01)])

# ---- p02: pilot PO mail, supplier quote with 600 production attached; release authority named
_p02_quote = pdf_t1([
    ("h1", "COTIZACIÓN / QUOTATION IMB-COT-2024-0611"),
    ("p", "Industrias Metálicas del Bajío S.A. de C.V. · Av. 5 de Febrero 1520, Querétaro, Qro. · "
          "RFC IMB0903157K2"),
    ("p", "Customer: Silver Sage Linen Services, Inc., Henderson, NV. Attn. Dana Whitfield. "
          "Date: April 26, 2024."),
    ("table", [["Item", "Description", "Qty", "Unit price USD", "Lead time"],
               ["1", "Dryer door assembly DD-50, PN 50-1175-02, tempered glass 8 mm, hinge Rev B - pilot",
                "10", "148.00", "4 weeks"],
               ["2", "Dryer door assembly DD-50, PN 50-1175-02 - production", "600", "96.50",
                "6 weeks ARO"]]),
    ("p", "Prices FCA Querétaro, valid 90 days. Powder coat RAL 9006, gasket silicone 250 °C. "
          "Glass tested acc. EN 12150-1."),
    ("p", "Alejandro Ramírez, Gerente de Ventas"),
], pagesize=LETTER, title="IMB-COT-2024-0611", author="IMB")
_p02_text = """Hi Alejandro,

PO 7100-3382 went out through Coupa this morning. It covers the ten (10) pilot dryer door
assemblies DD-50 (PN 50-1175-02, tempered glass 8 mm, hinge Rev B) at USD 148.00 ea. Your
quotation IMB-COT-2024-0611 is attached again so everything is in one place - pilot 10 pcs and
production 600 pcs at USD 96.50.

Ship-to is our Henderson plant, 1450 W Sunset Rd, dock 3. Need date June 21.

Rhonda Pierce (VP Operations) is the release authority on this program, so please loop her in
on anything beyond purchasing questions.

Thanks!
Dana
""" + sig("Dana Whitfield", "Procurement Manager", SSL, "+1 702 555 0142")
_p02 = mail(DANA, ALEJANDRO, "PO 7100-3382 - DD-50 dryer doors", "Mon, 06 May 2024 10:12:00 -0700",
            _p02_text, html=html_mail(_p02_text), cc="Rhonda Pierce <rhonda.pierce@silversagelinen.com>",
            attachments=[("IMB-COT-2024-0611.pdf", _p02_quote, PDF_MT)])
case("p02_pilot_mail_quote_600", ["RG001", "RG003", "RG004"],
     "Mail authorizes 10 pilot doors and attaches the quote with 600 production pcs without saying "
     "they are not released; no hold or unlock event; Rhonda Pierce named as release authority.",
     [("PO_7100-3382_DD-50.eml", eml_bytes(_p02))])

# ---- p03: WeChat, buyer puts the 18 series rolls' price in the sample PO
_p03 = """WeChat chat history
Chat with: Kevin Zhou 周凯文 (Huarun Precision)
Exported: 2024-05-10 08:41

2024-05-08 10:14:02  Kevin Zhou
Dear Giulia good morning, quotation for ironer roll Ø800 x 3300 mm sent yesterday, 2 pcs sample + 18 pcs series. please check

2024-05-08 10:31:47  Giulia Ferraro
Buongiorno Kevin. yes received, thank you. we send today PO 24/0415 for the 2 sample rolls

2024-05-08 10:33:10  Giulia Ferraro
in the PO we write also your price for the 18 series rolls, EUR 9.850 each, same like offer. delivery CIF Venezia

2024-05-08 10:40:55  Kevin Zhou
OK thank you! sample roll chrome 80 micron, balancing G2.5. we start tube machining next week 👍

2024-05-08 10:42:20  Giulia Ferraro
perfect. drawing LBR-IR-800 rev. C please, not rev. B

2024-05-08 10:42:51  Kevin Zhou
noted 🙏
"""
case("p03_wechat_rolls_series_price", ["RG001", "RG003", "RG004", "RG005"],
     "Buyer authorizes 2 sample rolls and puts the price of the 18 series rolls in the PO with no word "
     "that they are not released; no hold, event or release person.",
     [("WeChat_Kevin_Zhou_Huarun.txt", _p03)])

# ---- p04: hospital PO, 3 trial pumps with a 'Project qty 45' column; release authority named
_p04 = pdf_t1([
    ("h1", "PURCHASE ORDER MHL-PO-24-0377"),
    ("p", "Merlion Healthcare Linen Pte Ltd · 21 Tuas South Avenue 6, Singapore 637021 · "
          "UEN 201412345K"),
    ("p", "Vendor: Siam FluidTech Co., Ltd., 700/88 Moo 1, Amata City, Chonburi 20000, Thailand"),
    ("table", [["PO date", "Requested by", "Currency", "Terms"],
               ["9 May 2024", "Tan Wei Ling, Senior Procurement Executive", "SGD", "30 days, DAP Tuas"]]),
    ("sp",),
    ("table", [["Item", "Code", "Description", "Order qty", "Project qty", "Unit price", "Amount"],
               ["1", "SFD-PD6-24", "PeriDose 6-channel peristaltic dosing pump, 24 VDC, with flushing "
                "manifold, trial unit", "3", "45", "2,860.00", "8,580.00"],
               ["2", "SFD-COM-01", "Commissioning and operator training, Block B", "1", "1", "650.00",
                "650.00"]]),
    ("p", "Total SGD 9,230.00 (GST not applicable, export)"),
    ("h", "Remarks"),
    ("p", "Install at Block B, tunnel washer line 1, Tuas plant. Pump to comply with IEC 60335-1 and "
          "IP65; hoses Santoprene 6.4 mm ID; signals 4-20 mA from the tunnel controller."),
    ("p", "Release authority for this project: Ms Jasmine Goh, Head of Operations."),
    ("p", "Please acknowledge this PO within 3 working days."),
], title="MHL-PO-24-0377", author="Merlion Healthcare Linen")
case("p04_po_trial_project_qty", ["RG001", "RG003", "RG004"],
     "PO for 3 trial pumps shows a 'Project qty 45' column with nothing saying the 42 are not "
     "released; no hold or unlock event; release authority is named.",
     [("MHL-PO-24-0377.pdf", _p04)])

# ---- p05: buyer portal PO page, 5 sample trolleys, program quantity 800
_p05 = html_page("Silver Sage Supplier Portal - PO 7100-3390", """
<h2>Silver Sage Linen Services &mdash; Supplier Portal</h2>
<p>Logged in as: <b>Ege Paslanmaz Makina A.&#350;.</b> (vendor 20977) &middot; <a href="#">Sign out</a></p>
<h3>Purchase Order 7100-3390</h3>
<table>
<tr><th>Status</th><td>Open &mdash; acknowledged by supplier 05/13/2024</td></tr>
<tr><th>Buyer</th><td>Tyler Brooks, tyler.brooks@silversagelinen.com</td></tr>
<tr><th>Program</th><td>CT-70 cage trolley roll-out, Nevada plants</td></tr>
<tr><th>Program quantity</th><td>800 pcs</td></tr>
<tr><th>Ship to</th><td>1450 W Sunset Rd, Henderson NV 89014</td></tr>
</table>
<h4>Lines</h4>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>
<tr><td>1</td><td>CT-70-SS</td><td>Cage trolley CT-70, AISI 304 tube 25x25x1.5, 4 castors &Oslash;125 (2 w/ brake), sample</td><td>5</td><td>EA</td><td>USD 111.00</td><td>06/07/2024</td></tr>
<tr><td>2</td><td>FRT</td><td>Air freight IST-LAS</td><td>1</td><td>LOT</td><td>USD 1,240.00</td><td>06/07/2024</td></tr>
</table>
<p>Attachments: CT-70 drawing rev 3 (PDF), SSL Supplier Quality Manual rev 9</p>
<p style="color:#777">&copy; 2024 Silver Sage Linen Services, Inc.</p>
""")
case("p05_portal_sample_program_800", ["RG001", "RG003", "RG004", "RG005"],
     "Portal PO for 5 sample trolleys shows program quantity 800 beside it with nothing saying it is "
     "not released; no hold, no event, no release person.",
     [("SSL_portal_PO_7100-3390.html", _p05)])

# ---- p06: folder: cover mail + PO (12 sample sets) + supplier quote (12 / 1.500)
_p06_mail_text = """Hi Kevin,

Our PO 4500002317 for twelve (12) sample sets of the cross-fold blade FM-3 was sent from our ERP
today, and I have filed your quotation Q-HR-2405-77 with it for the record.

Please confirm delivery by air to Borås in week 26. Drawing 3300-FM-12 rev 07 applies, hardness
58-60 HRC, edge straightness 0,05 mm over 1.200 mm.

Best regards / Med vänliga hälsningar
Karin
""" + sig("Karin Sjöberg", "Purchaser / Inköpare", NOR, "+46 33 41 72 10")
_p06_mail = mail(KARIN, KEVIN, "PO 4500002317 - FM-3 cross-fold blade sets", "Tue, 14 May 2024 09:05:00 +0200",
                 _p06_mail_text)
_p06_po = pdf_t1([
    ("h1", "PURCHASE ORDER 4500002317"),
    ("p", "Norrvik Tvätteriteknik AB · Industrigatan 14 · SE-504 62 Borås"),
    ("p", "Supplier: Shanghai Huarun Precision Machinery Co., Ltd. (supplier no. 30655)"),
    ("table", [["PO date", "Buyer", "Payment", "Incoterms 2020"],
               ["2024-05-14", "Karin Sjöberg", "30 days net", "CPT Borås (air)"]]),
    ("sp",),
    ("table", [["Line", "Part no.", "Description", "Qty", "Unit", "Price EUR", "Delivery"],
               ["10", "HR-FM3-BS", "Cross-fold blade set FM-3 (2 blades + holder), SK5, DRG 3300-FM-12 "
                "rev 07, sample", "12", "set", "86,00", "wk 26/2024"]]),
    ("p", "Total net EUR 1.032,00. Reference: your quotation Q-HR-2405-77."),
    ("p", "Hardness 58-60 HRC, certificate of hardness per lot. Packing: VCI bag, wooden box."),
], title="PO 4500002317", author="Norrvik Tvätteriteknik AB")
_p06_quote = pdf_t1([
    ("h1", "QUOTATION Q-HR-2405-77"),
    ("p", "Shanghai Huarun Precision Machinery Co., Ltd. · No. 88 Jiangtian East Road, Songjiang, "
          "Shanghai 201613"),
    ("p", "To: Norrvik Tvätteriteknik AB, Ms Karin Sjöberg. Date: 2024-05-06."),
    ("table", [["Item", "Description", "Quantity", "Unit price EUR", "Lead time"],
               ["1", "Cross-fold blade set FM-3, sample lot", "12 sets", "86,00", "20 days"],
               ["2", "Cross-fold blade set FM-3, series", "1.500 sets", "31,40", "45 days"]]),
    ("p", "MOQ series 500 sets. Price CPT Borås by air for samples, FOB Shanghai for series. "
          "Valid 60 days. Material SK5 (JIS G4401), hardened and ground."),
    ("p", "Kevin Zhou, Sales Manager"),
], title="Q-HR-2405-77", author="Huarun Precision")
case("p06_folder_mail_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Folder: 12 sample sets authorized; the filed quote shows 1.500 series sets and nothing in mail "
     "or PO says they are not released; no event, no release person.",
     [("mail_PO_4500002317.eml", eml_bytes(_p06_mail)), ("PO_4500002317.pdf", _p06_po),
      ("Q-HR-2405-77.pdf", _p06_quote)])

# ---- p07: SAP sample PO, 'please proceed with the 8 sample brackets', nothing on the balance
_p07 = """NORRVIK TVATTERITEKNIK AB                                PURCHASE ORDER
Industrigatan 14, SE-504 62 Boras                        Page 1 of 1
--------------------------------------------------------------------------------
PO number    : 4500002344              Date      : 13.05.2024
Vendor       : 30418 POVAZSKE STROJARNE S.R.O.
               Robotnicka 9, SK-017 01 Povazska Bystrica
Purch. group : P12 Sjoberg, Karin       Currency  : EUR
Pmnt terms   : ZN60 60 days net         Incoterms : FCA Povazska Bystrica
--------------------------------------------------------------------------------
Item  Material       Short text                          Qty Un    Price  Deliv.date
00010 4400-210-08    DOOR HINGE BRACKET DD-210 SAMPLE      8 ST    38,50  07.06.2024
      Drawing 4400-210-08 Rev 03, S355MC t=5 mm + zinc flake (ISO 10683)
      Thread M10x1,5, salt spray ISO 9227 NSS 480 h
--------------------------------------------------------------------------------
Header text:
SAMPLE ORDER for PPAP level 3.
Please proceed with the 8 sample brackets.
Dimensional report and material certificate 3.1 with the delivery.
--------------------------------------------------------------------------------
Total net value excl. VAT                                             308,00 EUR

Our general purchasing conditions NPC 2019 apply. Supplier quality per ISO 9001:2015.
"""
case("p07_sap_sample_po_no_balance", ["RG003", "RG004", "RG005"],
     "Sample PO for 8 brackets says proceed with the samples but never says the series balance is "
     "not released, names no unlock event and no release person.",
     [("PO_4500002344.txt", _p07)])

# ---- p08: reply, 3 trial pumps, balance 42 'on hold until further notice'
_p08_text = """Dear Khun Somchai,

Noted with thanks. Please proceed with the 3 units trial pumps for Block B only, as per our PO
MHL-PO-24-0402. The balance 42 units for the other sites is on hold until further notice.

Kindly send us the delivery schedule and the commissioning checklist by this Friday.

Thank you.

Regards,
Tan Wei Ling (Ms)
""" + sig("Tan Wei Ling (Ms)", "Senior Procurement Executive", MHL, "+65 6861 4420") + """
From: Somchai Rattanakul <somchai@siamfluidtech.co.th>
Sent: Monday, 13 May 2024 4:02 PM
To: Tan Wei Ling <tan.weiling@merlionlinen.com.sg>
Subject: PeriDose trial pumps - PO MHL-PO-24-0402

""" + q("""Dear Khun Tan,

Thank you for PO. Can you confirm we make 3 unit only, or also prepare the 42 unit for the other
3 site? Our factory need to know for planning.

Best regards,
Somchai""")
_p08 = mail(TAN, SOMCHAI, "RE: PeriDose trial pumps - PO MHL-PO-24-0402", "Tue, 14 May 2024 09:26:00 +0800",
            _p08_text, in_reply_to="<h184-sfd-0513@siamfluidtech.co.th>")
case("p08_reply_hold_until_further_notice", ["RG004", "RG005"],
     "3 trial pumps authorized, balance 42 'on hold until further notice': no unlock event and no "
     "named release person.",
     [("RE_PeriDose_trial_pumps.eml", eml_bytes(_p08))])

# ---- p09: Italian PO, hold + event but release 'from our side'
_p09 = pdf_t1([
    ("h1", "ORDINE DI ACQUISTO / PURCHASE ORDER N. 24/0362"),
    ("p", "Lavanderie Industriali Brenta S.p.A. · Via dell'Industria 21 · 35129 Padova · "
          "P.IVA 03812640287"),
    ("p", "Fornitore / Supplier: Ege Paslanmaz Makina San. ve Tic. A.Ş., Manisa OSB 3. Kısım, "
          "45030 Manisa, Türkiye"),
    ("table", [["Data", "Buyer", "Pagamento", "Resa"],
               ["10/05/2024", "Giulia Ferraro", "Bonifico 60 gg d.f.", "DAP Padova"]]),
    ("sp",),
    ("table", [["Pos.", "Codice", "Descrizione / Description", "Q.tà", "UM", "Prezzo EUR", "Consegna"],
               ["010", "CT-1200", "Carrello biancheria inox / stainless linen cage trolley CT-1200, "
                "3 ripiani, ruote Ø125 - CAMPIONE / SAMPLE", "2", "PZ", "415,00", "14/06/2024"]]),
    ("p", "Totale EUR 830,00 + IVA"),
    ("h", "Note / Notes"),
    ("p", "This order covers only n. 2 sample trolleys. The balance of 58 pcs (total requirement "
          "60 pcs) is NOT released until the approval of the samples by our Technical Office after "
          "2 weeks test in the Padova plant."),
    ("p", "The release of the balance will be done only with a written order from our side."),
    ("p", "Saldatura TIG, finitura 2B, spigoli smussati. Rif. norma EN 1.4301."),
    ("p", "Ufficio Acquisti - Giulia Ferraro"),
], title="ODA 24/0362", author="Lavanderie Industriali Brenta")
case("p09_po_release_from_our_side", ["RG005"],
     "2 sample trolleys, balance 58 not released until sample approval, but release only 'from our "
     "side' - no named release person.",
     [("ODA_24-0362.pdf", _p09)])

# ---- p10: Teams, hold + named person, but no unlock event
_p10 = """Microsoft Teams - chat export
Chat: Dana Whitfield (Silver Sage Linen Services), Alejandro Ramírez (External)
Exported 5/16/2024

[5/14/2024 8:02 AM] Alejandro Ramírez
Good morning Dana, PO 7100-3401 received, thank you. Just to be sure, we build only the 10 pilot doors or the whole 600?

[5/14/2024 8:20 AM] Dana Whitfield
Morning! Only the 10 pilot doors for now. The other 590 stay on hold. Rhonda Pierce (VP Ops) is the one who releases those.

[5/14/2024 8:21 AM] Alejandro Ramírez
Perfecto, understood. 10 pilot only, 590 on hold. We ship the pilot June 14 via UPS Freight.

[5/14/2024 8:22 AM] Dana Whitfield
👍
"""
case("p10_teams_hold_person_no_event", ["RG004"],
     "10 pilot doors, 590 on hold, Rhonda Pierce named as the one who releases, but no event that "
     "unlocks the balance.",
     [("Teams_chat_IMB_DD-50.txt", _p10)])

# ---- p11: sample rolls authorized, hold/event/person complete, quantity never stated
_p11_text = """Dear Lily,

Further to our call this morning, please proceed with the sample padded rolls for Ironer line 2
at our Jurong plant, as per drawing MHL-IR-2 rev B (Ø 600 mm x 3,000 mm, needle felt + Nomex
cover, spring type 2).

The production quantity for lines 1, 3 and 4 is on hold and not released until Mr Rajesh Kumar
(Engineering Manager) signs off the sample rolls after the 500-hour running test. The written
release for that balance will be issued by Ms Jasmine Goh, Head of Operations.

Material authority: sample rolls only. Please do not buy tube or Nomex for the other lines.

Kindly confirm the delivery date of the samples.

Best regards,
Tan Wei Ling
""" + sig("Tan Wei Ling (Ms)", "Senior Procurement Executive", MHL, "+65 6861 4420")
_p11 = mail(TAN, "Lily Wang <lily.wang@huarun-precision.cn>", "Ironer line 2 - sample padded rolls",
            "Wed, 15 May 2024 14:48:00 +0800", _p11_text, html=html_mail(_p11_text))
case("p11_sample_rolls_no_quantity", ["RG010"],
     "Authorizes 'the sample padded rolls' with hold, unlock event and release person, but never "
     "states how many rolls are authorized now.",
     [("Padded_rolls_line2.eml", eml_bytes(_p11))])

# ---- p12: Italian ERP production release, released qty 'come da accordi'
_p12 = """LAVANDERIE INDUSTRIALI BRENTA S.p.A.            RILASCIO PRODUZIONE / PRODUCTION RELEASE
Via dell'Industria 21 - 35129 Padova              Stampa del 20/05/2024 11:32   Pag. 1/1
==========================================================================================
N. rilascio   : R-24-033                  Data: 20/05/2024
Fornitore     : F00912 SIAM FLUIDTECH CO., LTD. - CHONBURI (TH)
Ordine        : 24/0371
Articolo      : DP-4-230  Pompa dosaggio 4 canali / dosing pump DP-4, 230 VAC, IP65
Disegno       : LBR-DP-04 rev. 02
------------------------------------------------------------------------------------------
Q.ta rilasciata / Released qty : come da accordi telefonici / as agreed by phone
Consegna / Delivery            : DAP Padova, settimana 26
------------------------------------------------------------------------------------------
Quantita residua dell'ordine / Remaining quantity of the order: IN ATTESA - NON RILASCIATA
(on hold, not released). Next release only with the next call-off (richiamo) in writing,
signed by Stefano Rinaldi, Direttore Operativo.
Autorizzazione materiale / Material authority: solo per la quantita rilasciata.
------------------------------------------------------------------------------------------
Firma / Signed: Stefano Rinaldi
"""
case("p12_erp_release_qty_as_agreed", ["RG010"],
     "Production release states 'released qty: as agreed by phone' - no authorized quantity; hold, "
     "next call-off and Stefano Rinaldi are stated.",
     [("RILASCIO_R-24-033.txt", _p12)])

# ---- p13: WhatsApp group, scope complete; engineer writes 'hinge rev C approved, go ahead'
_p13 = """5/15/24, 9:02 AM - Dana Whitfield created group "SSL / IMB DD-50 pilot"
5/15/24, 9:02 AM - Dana Whitfield added Mike Castillo, Alejandro Ramírez IMB, Jorge Treviño IMB
5/15/24, 9:04 AM - Dana Whitfield: Hi all, made this group for the DD-50 pilot. Recap: PO 7100-3415 = 10 pilot doors only. The other 590 are NOT released. Mike does the pilot fit check at Henderson, after his sign-off Rhonda Pierce sends the written release for the 590.
5/15/24, 9:05 AM - Alejandro Ramírez IMB: Thank you Dana, clear 👍
5/20/24, 2:47 PM - Jorge Treviño IMB: Mike buenas tardes, here photo of the hinge with the new bronze bushing, rev C like we talk on Friday. We open and close it a dozen times, no noise. You confirm?
5/20/24, 2:48 PM - Jorge Treviño IMB: <Media omitted>
5/20/24, 3:15 PM - Mike Castillo: looks good. hinge rev C approved, go ahead 👍
5/20/24, 3:16 PM - Jorge Treviño IMB: Gracias Mike!! 🙌
"""
case("p13_whatsapp_hinge_go_ahead", ["RG002"],
     "Engineer's 'hinge rev C approved, go ahead' names neither the pilot scope nor a quantity; the "
     "pilot scope, hold, event and release person are stated earlier in the group.",
     [("WhatsApp_Chat_SSL_IMB_DD-50.txt", _p13)])

# ---- p14: two-level thread; drawing rev E 'is approved, you can proceed'
_p14_giulia = """Dear Kevin,

PO 24/0415 is for the 2 sample rolls only. The balance of 18 series rolls is not released until
Marco Benetti signs off the sample rolls after the trial on our Padova line; then Stefano
Rinaldi (Direttore Operativo) will send the written release.
Material authority: 2 sample rolls only.

Giulia"""
_p14_kevin = """Dear Marco,

Attached the journal change proposal rev. E, journal length 110 mm instead of 95 mm because of
bearing housing SKF SNL 522. Please approve so we can continue.

Kevin

Da: Giulia Ferraro <g.ferraro@lavbrenta.it>
Inviato: mercoledì 8 maggio 2024 11:05
Oggetto: PO 24/0415 ironer rolls

""" + q(_p14_giulia)
_p14_text = """Hello Kevin,

the drawing LBR-IR-800 rev. E with the longer journal (Ø110 h6, length 110 mm) is approved, you
can proceed.

Regards
Marco
""" + ital_sig("Marco Benetti", "Ufficio Tecnico / Engineering") + """
Da: Kevin Zhou <kevin.zhou@huarun-precision.cn>
Inviato: martedì 21 maggio 2024 03:12
A: Marco Benetti <m.benetti@lavbrenta.it>
Cc: Giulia Ferraro <g.ferraro@lavbrenta.it>
Oggetto: R: Ironer roll Ø800 - journal drawing rev. E

""" + q(_p14_kevin)
_p14 = mail(MARCO, KEVIN, "R: R: Ironer roll Ø800 - journal drawing rev. E", "Tue, 21 May 2024 09:40:00 +0200",
            _p14_text, cc=GIULIA, in_reply_to="<h184-hrp-0521@huarun-precision.cn>")
case("p14_thread_drawing_approved_proceed", ["RG002"],
     "'Drawing rev. E is approved, you can proceed' names no scope or quantity; the quoted buyer "
     "scope (2 samples, 18 on hold, event, Stefano Rinaldi) is complete.",
     [("R_R_Ironer_roll_journal_rev_E.eml", eml_bytes(_p14))])

# ---- p15: 'engineering approved ECN, accounting approved PO change, you have our approval, go ahead'
_p15_dana_old = """Hi Alejandro,

PO 7100-3401 covers the 10 pilot doors DD-50 only. The other 590 are not released until Mike
Castillo signs off the pilot fit check in Henderson; after that Rhonda Pierce sends the written
release. Glass and frames for the 10 pilot doors only please.

Dana"""
_p15_alej = """Dana good morning,

Any news about ECN 118 (hinge bushing) and the PO change 7100-3401 rev 1 for the new price? We
are ready on our side.

Regards
Alejandro

From: Dana Whitfield
Sent: Tuesday, May 14, 2024 8:31 AM
Subject: PO 7100-3401 DD-50 pilot

""" + q(_p15_dana_old)
_p15_text = """Alejandro,

Good news - engineering approved ECN 118 (hinge bushing) yesterday and accounting approved the
PO change for the new price this morning. So you have our approval, go ahead.

Thanks,
Dana
""" + sig("Dana Whitfield", "Procurement Manager", SSL, "+1 702 555 0142") + """
From: Alejandro Ramírez <a.ramirez@imbajio.com.mx>
Sent: Wednesday, May 22, 2024 7:15 AM
To: Dana Whitfield <dana.whitfield@silversagelinen.com>
Subject: RE: DD-50 ECN 118 and PO change

""" + q(_p15_alej)
_p15 = mail(DANA, ALEJANDRO, "RE: DD-50 ECN 118 and PO change", "Wed, 22 May 2024 11:02:00 -0700",
            _p15_text, in_reply_to="<h184-imb-0522@imbajio.com.mx>")
case("p15_thread_approvals_go_ahead", ["RG002", "RG009"],
     "'You have our approval, go ahead' is unscoped, and 'approved/approval' covers the ECN, the PO "
     "price change and the go-ahead; quoted scope is otherwise complete.",
     [("RE_DD-50_ECN_118.eml", eml_bytes(_p15))])

# ---- p16: WeChat: 'advance paid yesterday, so green light from our side'
_p16 = """WeChat chat history
Chat with: Kevin Zhou 周凯文 (Huarun Precision)
Exported: 2024-05-24 09:12

2024-05-09 09:02:13  Giulia Ferraro
Good morning Kevin. PO 24/0421 for 2 sample rolls Ø800 sent by mail. Only 2 samples. The 18 series rolls are NOT released until Marco signs off the samples after trial in Padova, then written release from Stefano Rinaldi.

2024-05-09 09:10:40  Kevin Zhou
Received, thank you Giulia. Proforma PI-HR-24-0522 for 30% advance on the 2 sample rolls is sent, EUR 5.910

2024-05-23 16:40:05  Giulia Ferraro
Kevin, advance paid yesterday, swift copy in your mail. so green light from our side 👍

2024-05-23 16:52:31  Kevin Zhou
Thank you very much, we arrange 🙏🙏
"""
case("p16_wechat_advance_green_light", ["RG002", "RG012"],
     "'Advance paid, so green light from our side' is an unscoped go-ahead tied to a payment.",
     [("WeChat_Huarun_rolls.txt", _p16)])

# ---- p17: 'go ahead with the first batch' - no quantity, hold/event/person stated
_p17_text = """Hi Somchai,

Thanks for the updated lead time. Please go ahead with the first batch of PeriDose 6 pumps for
the Henderson plant.

The rest of the 36-unit program stays on hold until Rhonda Pierce signs a written release after
the 30-day run test at Henderson. Material only for the first batch, please.

Best,
Tyler
""" + sig("Tyler Brooks", "Buyer, Indirect & MRO", SSL, "+1 702 555 0157")
_p17 = mail(TYLER, SOMCHAI, "PeriDose 6 - Henderson", "Thu, 16 May 2024 15:20:00 -0700", _p17_text,
            html=html_mail(_p17_text))
case("p17_go_ahead_first_batch", ["RG002", "RG010"],
     "'Go ahead with the first batch' names neither a quantity nor sample-only, and no authorized "
     "quantity is stated; hold, event and Rhonda Pierce are stated.",
     [("PeriDose_Henderson.eml", eml_bytes(_p17))])

# ---- p18: buyer portal; 'Drawing approval / PO approval: APPROVED'; 'Approved. Please proceed.'
_p18 = html_page("MHL Supplier Collaboration Portal - MHL-PO-24-0419", """
<h2>Merlion Healthcare Linen &mdash; Supplier Collaboration Portal</h2>
<p>Vendor: <b>Ege Paslanmaz Makina San. ve Tic. A.&#350;.</b> &middot; Order <b>MHL-PO-24-0419</b></p>
<h3>Order scope</h3>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>Infectious-linen trolley ILT-90 with lid, AISI 304, sample</td><td>6</td><td>Open</td></tr>
<tr><td>2</td><td>Infectious-linen trolley ILT-90, balance</td><td>114</td><td>NOT released &mdash; unlocks after sample sign-off by Rajesh Kumar (4-week ward trial) and written release by Ms Jasmine Goh</td></tr>
</table>
<h3>Workflow</h3>
<table>
<tr><th>Step</th><th>Status</th><th>By</th><th>Date</th></tr>
<tr><td>Drawing approval (Engineering) &mdash; ILT-90 rev D, lid hinge change</td><td>APPROVED</td><td>Rajesh Kumar</td><td>21 May 2024</td></tr>
<tr><td>PO approval (Finance) &mdash; price change +SGD 14.00</td><td>APPROVED</td><td>Finance</td><td>22 May 2024</td></tr>
</table>
<h3>Messages</h3>
<div class="note"><b>Tan Wei Ling (buyer), 22 May 2024 16:05:</b> Approved. Please proceed.</div>
<div class="note"><b>Emre Y&#305;lmaz (supplier), 22 May 2024 16:31:</b> Thank you, noted.</div>
""")
case("p18_portal_approved_proceed", ["RG002", "RG009"],
     "Buyer's 'Approved. Please proceed.' names no scope; 'approval' is used for the drawing "
     "(technical) and the PO (commercial) and reads as a production go-ahead.",
     [("MHL_portal_MHL-PO-24-0419.html", _p18)])

# ---- p19: supplier weekly status: coil ordered for 240 drums while 4 released
_p19 = pdf_t1([
    ("h1", "Týždenný stav zákaziek / Weekly order status - KW 21/2024"),
    ("p", "Považské Strojárne s.r.o. · Customer: Norrvik Tvätteriteknik AB · prepared by Zuzana "
          "Hudecová, planning · 2024-05-24"),
    ("table", [["Order", "Part", "Released", "Produced", "Shipped", "Material", "Remark"],
               ["4500002291", "4400-120-30 Inner drum WEX-120", "4 pcs (samples)", "4", "0",
                "Coil 1.4301 2,0 mm ordered for 240 drums (approx. 6,8 t), delivery wk 23",
                "samples in final welding, cert. 3.1 ready"],
               ["4500002344", "4400-210-08 Hinge bracket DD-210", "8 pcs (samples)", "8", "8",
                "for 8 pcs", "shipped 17.05."]]),
    ("sp",),
    ("h", "Remarks"),
    ("p", "Series 236 pcs of 4400-120-30: not released yet, we wait for your release."),
    ("p", "Because of the price increase announced by the steel mill from 1.7.2024 we have ordered "
          "the coil for the full 240 drums already now, to keep the price of EUR 612,00."),
    ("p", "Next report KW 22."),
], title="POV status KW21", author="Považské Strojárne")
case("p19_status_coil_for_240", ["RG006"],
     "Supplier report: 4 sample drums released, series not released, but coil already ordered for "
     "240 drums with no material authority.",
     [("POV_status_KW21.pdf", _p19)])

# ---- p20: WhatsApp; supplier ordered motors for 42 and will 'continue automatic' after trial
_p20 = """[20/05/2024, 10:12:41] Tan Wei Ling: Khun Somchai, reminder: PO MHL-PO-24-0433 is 3 trial pumps only for Block B. The other 42 not released until Rajesh sign off the trial, then Ms Jasmine Goh send the written release.
[20/05/2024, 10:30:05] Somchai SFD: Yes khun Tan, understand krub 🙏
[27/05/2024, 15:02:17] Somchai SFD: Khun Tan, update: 3 trial pump finish FAT today 👍
[27/05/2024, 15:02:58] Somchai SFD: For the 42 unit we already order the motor and pump head from Japan, because lead time 16 weeks na krub
[27/05/2024, 15:03:40] Somchai SFD: After trial OK we continue produce the 42 unit automatic, no need to wait, so can deliver before October
[27/05/2024, 15:45:10] Tan Wei Ling: Noted, will revert.
"""
case("p20_whatsapp_motors_42_automatic", ["RG006", "RG007"],
     "Supplier bought motors/pump heads for 42 unreleased units and says production continues "
     "automatically after trial OK; buyer scope is complete.",
     [("WhatsApp_Chat_Somchai_SFD.txt", _p20)])

# ---- p21: supplier minutes: deposit received -> program started; material for all 800
_p21 = docx_bytes([
    ("h1", "Meeting minutes - Ege Paslanmaz / Silver Sage Linen"),
    ("p", "Video call, 22.05.2024, 17:00 TRT / 07:00 PDT. Minutes by: Emre Yılmaz (EGE)."),
    ("p", "Attendees: Emre Yılmaz (EGE, Export Sales), Murat Kaya (EGE, Plant Manager), Tyler Brooks "
          "(SSL, Buyer)."),
    ("table", [["No", "Topic", "Discussion / result", "Owner"],
               ["1", "PO 7100-3429 status", "Released by PO 7100-3429: 5 sample cage trolleys CT-70. "
                "Samples shipped 17.05.2024 by air, AWB 235-8841 2290.", "EGE"],
               ["2", "Deposit", "SSL 30% deposit for the CT-70 program received 20.05.2024 (USD 26,640). "
                "Since the deposit is received, EGE considers the program confirmed and has started "
                "production.", "EGE"],
               ["3", "Material", "AISI 304 tube 25x25x1,5 and sheet 1,5 mm for all 800 trolleys "
                "purchased to secure the price. Laser cutting started week 21.", "Murat Kaya"],
               ["4", "Next steps", "SSL feedback on the samples expected week 23. T. Brooks took note.",
                "SSL"]]),
    ("p", "Ege Paslanmaz Makina San. ve Tic. A.Ş. - ISO 9001:2015, EN ISO 3834-2 certified."),
], author="Emre Yılmaz")
case("p21_minutes_deposit_material_800", ["RG006", "RG012"],
     "Supplier minutes: deposit treated as confirmation of the program and start of production; "
     "material bought for 800 while 5 samples are released.",
     [("EGE_SSL_minutes_2024-05-22.docx", _p21)])

# ---- p22: supplier portal order book: forecast converted to firm order; tubes bought for 18
_p22 = html_page("Huarun Precision - Customer Order Book", """
<h2>Huarun Precision Machinery &mdash; Customer Order Book</h2>
<p>Customer: <b>Lavanderie Industriali Brenta S.p.A.</b> (C-1093) &middot; updated 2024-05-27 08:00 CST</p>
<table>
<tr><th>SO no.</th><th>Customer ref.</th><th>Item</th><th>Type</th><th>Qty</th><th>Released qty</th><th>Material</th><th>Production</th></tr>
<tr><td>SO-24-1187</td><td>PO 24/0415</td><td>Ironer roll &Oslash;800x3300, sample</td><td>Order</td><td>2</td><td>2</td><td>Tubes in stock</td><td>Machining</td></tr>
<tr><td>SO-24-1188</td><td>Forecast LBR 2024-H2</td><td>Ironer roll &Oslash;800x3300, series</td><td>Forecast &rarr; converted to firm order 12.05.2024</td><td>18</td><td>0</td><td>Seamless tube &Oslash;800 purchased for 18 rolls (received 20.05)</td><td>Planned wk 27</td></tr>
</table>
<p class="note">LBR forecast H2 2024 received 10.05.2024 and booked as firm order to secure our capacity.</p>
<p style="color:#777">Huarun ERP portal v3.2 &middot; internal use and customer view</p>
""")
case("p22_order_book_forecast_to_order", ["RG006", "RG008"],
     "Supplier books the customer's H2 forecast of 18 rolls as a firm order and has bought tube for "
     "18 while 0 are released.",
     [("HRP_order_book_LBR.html", _p22)])

# ---- p23: WhatsApp; deposit -> forecast 600 taken as order, glass bought, production starting
_p23 = """5/20/24, 8:14 AM - Dana Whitfield: Hi Alejandro, PO 7100-3437 is for the 10 pilot doors only. The Q3 figure of 600 doors is a forecast only, not released. Mike signs off the pilot, then Rhonda Pierce sends the written release.
5/20/24, 8:30 AM - Alejandro Ramírez IMB: Ok Dana thank you
5/27/24, 10:05 AM - Alejandro Ramírez IMB: Good morning Dana! We received the 30% deposit today, muchas gracias 🙏
5/27/24, 10:06 AM - Alejandro Ramírez IMB: We take your forecast of 600 doors for Q3 as the order, so we already buy the tempered glass for the 600 and we start production next Monday, to be on time for September
5/27/24, 10:40 AM - Dana Whitfield: Hi Alejandro, thanks for confirming receipt. Let me check with Rhonda and get back to you
"""
case("p23_whatsapp_deposit_forecast_glass", ["RG006", "RG008", "RG012"],
     "Supplier takes the labelled 600 forecast as the order, buys glass for 600 and starts "
     "production because the deposit arrived; buyer scope is complete.",
     [("WhatsApp_Chat_Alejandro_IMB.txt", _p23)])

# ---- p24: supplier reply: strip for 1.500 bought; 'once you approve the samples we continue'
_p24_karin = """Hi Kevin,

PO 4500002362 is for 20 sample sets FM-3 only. The series quantity of 1.480 sets is not
released. After sample sign-off by Johan Lindqvist, Annika Holm (Supply Chain Manager) issues a
written release for the series.
Material authority: sample sets only.

Best regards, Karin"""
_p24_text = """Dear Karin,

Good day! The 20 sets sample will ship by DHL on 30th May, tracking number we send you.

For the series 1.480 sets, to keep your schedule we already ordered the steel strip (SK5, 3 mm)
for 1.500 sets from our supplier. Once you approve the samples we will continue with the 1.480
sets directly, no need to wait, so delivery can be in August.

Any question please let me know.

Best regards
Kevin Zhou | Sales Manager
Shanghai Huarun Precision Machinery Co., Ltd.
Tel +86 21 5778 3306 | WeChat kevinzhou_hrp

-----Original Message-----
From: Karin Sjöberg <karin.sjoberg@norrvik.se>
Sent: Tuesday, May 14, 2024 4:22 PM
To: Kevin Zhou <kevin.zhou@huarun-precision.cn>
Subject: PO 4500002362 FM-3 folding blade samples

""" + q(_p24_karin)
_p24 = mail(KEVIN, KARIN, "RE: PO 4500002362 FM-3 folding blade samples", "Fri, 24 May 2024 10:18:00 +0800",
            _p24_text, in_reply_to="<h184-nor-0514@norrvik.se>")
case("p24_reply_strip_and_auto_continue", ["RG006", "RG007"],
     "Supplier bought strip for 1.500 sets against 20 released and says it continues with the 1.480 "
     "once samples are approved; quoted buyer scope is complete.",
     [("RE_PO_4500002362_FM-3.eml", eml_bytes(_p24))])

# ---- p25: Teams; buyer overrides her own written-release requirement
_p25 = """Microsoft Teams - chat export
Chat: Dana Whitfield (Silver Sage Linen Services), Alejandro Ramírez (External)
Exported 5/29/2024

[5/10/2024 1:12 PM] Dana Whitfield
Hi Alejandro, PO 7100-3448 covers the 10 pilot doors. The 590 are not released until Mike Castillo's pilot sign-off and a written release from Rhonda Pierce.

[5/10/2024 1:20 PM] Alejandro Ramírez
Clear, thank you Dana.

[5/28/2024 9:10 AM] Alejandro Ramírez
Dana hi, pilot doors arrive Henderson Thursday. After Mike check, what is next for the 590? We wait the written release from Rhonda like the PO says?

[5/28/2024 9:34 AM] Dana Whitfield
honestly once Mike approves the pilot doors just roll right into the 590, no need to wait for Rhonda's paperwork. we're tight on the Reno opening

[5/28/2024 9:35 AM] Alejandro Ramírez
OK understood, thank you!
"""
case("p25_teams_roll_into_590", ["RG007"],
     "Buyer says pilot approval rolls straight into the 590, overriding her own written-release "
     "requirement; no auto-conversion was recorded.",
     [("Teams_chat_Dana_Alejandro.txt", _p25)])

# ---- p26: supplier order confirmation: '4 pcs' in the table, '5 sample drums' in the text; auto series
_p26 = pdf_t1([
    ("h1", "Potvrdenie objednávky / Order confirmation AB-24-0562"),
    ("p", "Považské Strojárne s.r.o. · Robotnícka 9 · 017 01 Považská Bystrica · IČO 36312455"),
    ("p", "Customer: Norrvik Tvätteriteknik AB, Borås. Your order 4500002379 dated 2024-05-15. "
          "Our date 2024-05-17."),
    ("table", [["Pos", "Part", "Description", "Qty", "Price EUR", "Delivery"],
               ["10", "4400-120-30", "Inner drum WEX-120, DRG 1200 Rev 04, sample", "4 pcs", "1.180,00",
                "wk 25/2024"]]),
    ("sp",),
    ("p", "We confirm the sample quantity and price as in the table. The 5 sample drums will be shipped "
          "together on one pallet in week 25, with 3.1 certificates and measuring report."),
    ("p", "Series production of 236 drums will start automatically after your sample approval; we have "
          "planned capacity for weeks 28-31."),
    ("p", "S pozdravom / Best regards, Peter Kováč, Sales Manager"),
], title="AB-24-0562", author="Považské Strojárne")
case("p26_oc_4_vs_5_auto_series", ["RG007", "RG011"],
     "Order confirmation states 4 sample drums in the table and 5 in the text, and says the series "
     "starts automatically after sample approval.",
     [("AB-24-0562.pdf", _p26)])

# ---- p27: trial sign-off record: 'rollout approval follows from this trial approval'
_p27 = docx_bytes([
    ("h1", "Trial Sign-off Record MHL-TR-24-011"),
    ("p", "Merlion Healthcare Linen Pte Ltd - Engineering Department"),
    ("table", [["Field", "Entry"],
               ["Item", "PeriDose 6-channel dosing pump SFD-PD6-24 (Siam FluidTech)"],
               ["PO scope (for reference)", "3 trial units; balance 42 units not released until trial "
                "sign-off, then written release by Ms Jasmine Goh"],
               ["Trial", "Block B, tunnel washer line 1, 29 Apr - 24 May 2024 (4 weeks, approx. 600 h)"],
               ["Dosing accuracy", "±2 % measured vs ±3 % specified"],
               ["Chemical compatibility", "Santoprene hoses OK with peracetic acid 15 %"]]),
    ("sp",),
    ("h", "Disposition"),
    ("p", "Trial disposition (3 trial units): APPROVED - Rajesh Kumar, Engineering Manager, 27 May 2024."),
    ("p", "Commercial approval: PO approved by Finance on 9 May 2024."),
    ("p", "Rollout approval: follows from this trial approval, no separate document needed. SFD may "
          "continue with the 42 rollout units for Jurong, Tuas and Changi."),
    ("p", "Distribution: Procurement (Tan Wei Ling), Operations, Siam FluidTech (Somchai Rattanakul)."),
], author="Rajesh Kumar")
case("p27_signoff_rollout_follows", ["RG007", "RG009"],
     "Trial sign-off says rollout of the 42 follows from the trial approval without a separate "
     "document (no recorded auto-conversion); 'approval' used for trial, PO and rollout.",
     [("MHL-TR-24-011.docx", _p27)])

# ---- p28: two-level thread; buyer: 'if the samples are ok, proceed directly with the 18'
_p28_first = """Dear Kevin,

PO 24/0447: 2 sample rolls only. The 18 series rolls are not released until Marco Benetti signs
off the samples after the trial on our Padova line; then Stefano Rinaldi sends the written
release.

Giulia"""
_p28_kevin = """Dear Giulia,

The 2 sample rolls shipped today by air, AWB 781-2456 0912, ETA Venezia 3 June. For the 18
series rolls we wait your written release like you wrote.

Best regards
Kevin

From: Giulia Ferraro
Sent: Thursday, May 16, 2024 5:10 PM
Subject: PO 24/0447 ironer rolls

""" + q(_p28_first)
_p28_text = """Dear Kevin,

thank you for the tracking. Marco will test the 2 sample rolls on the Padova line in week 24.
If the samples are ok, please proceed directly with the series of 18 rolls, no need to wait for
the written release from Stefano, so we gain 3 weeks.

Cordiali saluti
Giulia
""" + ital_sig("Giulia Ferraro", "Ufficio Acquisti / Purchasing") + """
Da: Kevin Zhou <kevin.zhou@huarun-precision.cn>
Inviato: martedì 28 maggio 2024 04:40
A: Giulia Ferraro <g.ferraro@lavbrenta.it>
Oggetto: Ironer rolls - sample shipment

""" + q(_p28_kevin)
_p28 = mail(GIULIA, KEVIN, "R: Ironer rolls - sample shipment", "Tue, 28 May 2024 10:05:00 +0200",
            _p28_text, cc=MARCO, in_reply_to="<h184-hrp-0528@huarun-precision.cn>")
case("p28_thread_samples_ok_proceed_series", ["RG007"],
     "Buyer tells the supplier to go straight into the 18 series rolls if samples are ok, skipping "
     "her own written-release requirement; no auto-conversion recorded.",
     [("R_Ironer_rolls_sample_shipment.eml", eml_bytes(_p28))])

# ---- p29: EDI 830 planning lines declared 'firm commitment, build to this'
_p29 = """EDI 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY - TRANSLATED PRINT
Trading partner: SIAM FLUIDTECH CO LTD (SIAMFLUIDTECH)   Printed: 05/27/2024 06:00 PDT
----------------------------------------------------------------------------------------
ISA*00*          *00*          *ZZ*SILVERSAGELS   *ZZ*SIAMFLUIDTECH  *240527*0600*U*00401*000001842*0*P*>~
GS*PS*SILVERSAGELS*SIAMFLUIDTECH*20240527*0600*1842*X*004010~
ST*830*0001~
BFR*05*SSL-PS-2406**DL*A*20240701*20241031*20240527~
N1*BY*SILVER SAGE LINEN SERVICES INC*92*SSL01~
N1*SU*SIAM FLUIDTECH CO LTD*92*V30772~
LIN**BP*SFD-PD6-24*VP*PD6-24VDC~
UIT*EA~
FST*6*D*D*20240701~
FST*8*D*D*20240801~
FST*8*D*D*20240901~
FST*14*D*D*20241001~
NTE*GEN*QUANTITIES ABOVE ARE OUR FIRM COMMITMENT FOR 2024. BUILD AND SHIP TO THIS SCHEDULE~
NTE*GEN*NO SEPARATE PO NEEDED~
CTT*1*36~
SE*14*0001~
----------------------------------------------------------------------------------------
Human-readable:
Item SFD-PD6-24  PeriDose 6 dosing pump 24 VDC, IP65
  Month       Qty   Type (FST02)
  Jul 2024      6   D = planning
  Aug 2024      8   D = planning
  Sep 2024      8   D = planning
  Oct 2024     14   D = planning
  Total        36
Note from buyer: Quantities above are our firm commitment for 2024. Build and ship to this
schedule, no separate PO needed.
"""
case("p29_edi830_planning_as_firm", ["RG008"],
     "EDI 830 lines are all planning (FST02 = D) but the note calls them a firm commitment to "
     "build and ship to.",
     [("EDI830_SSL-PS-2406.txt", _p29)])

# ---- p30: annual forecast 'please treat as our confirmed order' + booking deposit -> start production
_p30_csv = """plant,period,qty,type
Jurong,Q1-2025,12,forecast
Tuas,Q2-2025,12,forecast
Changi,Q3-2025,12,forecast
Tampines,Q4-2025,9,forecast
TOTAL,2025,45,
"""
_p30_text = """Dear Khun Somchai,

Please find attached our 2025 requirement for the PeriDose 6 pumps: forty-five (45) units for
the four plants (file MHL_2025_requirement.csv). This is our annual forecast, please treat it as
our confirmed order and reserve the production capacity accordingly.

We have also transferred the 20% booking deposit (SGD 25,740.00) today, so your team can start
production right away.

Thank you.

Best regards,
Tan Wei Ling
""" + sig("Tan Wei Ling (Ms)", "Senior Procurement Executive", MHL, "+65 6861 4420")
_p30 = mail(TAN, SOMCHAI, "2025 requirement - PeriDose 6", "Thu, 30 May 2024 11:40:00 +0800", _p30_text,
            html=html_mail(_p30_text), cc="Jasmine Goh <jasmine.goh@merlionlinen.com.sg>",
            attachments=[("MHL_2025_requirement.csv", _p30_csv, "text/csv")])
case("p30_forecast_confirmed_order_deposit", ["RG008", "RG012"],
     "Buyer asks to treat the 2025 forecast of 45 as a confirmed order and says the booking deposit "
     "lets production start.",
     [("MHL_2025_PeriDose.eml", eml_bytes(_p30))])

# ---- p31: supplier OC books the buyer's Q3 forecast as an order of 1.500 sets
_p31 = """SHANGHAI HUARUN PRECISION MACHINERY CO., LTD.
No. 88 Jiangtian East Road, Songjiang District, Shanghai 201613, P.R. China
Tel +86 21 5778 3300   www.huarun-precision.cn

ORDER CONFIRMATION            No. OC-HR-24-0638            Date: 2024-05-29
-------------------------------------------------------------------------------
Customer      : Norrvik Tvatteriteknik AB, Industrigatan 14, SE-504 62 Boras
Your reference: Forecast FC-NOR-2024-Q3 (e-mail Karin Sjoberg 2024-05-24)
Payment       : T/T 30 days after B/L      Delivery: FOB Shanghai
-------------------------------------------------------------------------------
No. Item        Description                           Qty        Unit price   Amount
1   HR-FM3-BS   Cross-fold blade set FM-3, SK5,       1.500 set  EUR 31,40    EUR 47.100,00
                DRG 3300-FM-12 rev 07, HRC 58-60
-------------------------------------------------------------------------------
                                                      TOTAL                  EUR 47.100,00

We confirm with thanks your order of 1.500 sets as per your Q3 forecast. Production is
planned in July in 3 lots of 500 sets, first shipment ETD Shanghai 2024-08-05.

Kevin Zhou, Sales Manager                     (company chop)
"""
case("p31_oc_forecast_as_order", ["RG008"],
     "Supplier confirms 'your order of 1.500 sets' with the buyer's Q3 forecast as the only "
     "reference.",
     [("OC-HR-24-0638.txt", _p31)])

# ---- p32: buyer's minutes: 'LBR confirms the forecast 300 pcs as order for 2025'
_p32 = docx_bytes([
    ("h1", "Verbale riunione / Minutes of meeting"),
    ("p", "LBR - Ege Paslanmaz, Padova, 29/05/2024, 10:00-12:30. Redatto da / written by: Giulia Ferraro."),
    ("p", "Presenti / Present: Giulia Ferraro, Stefano Rinaldi (LBR); Emre Yılmaz (EGE)."),
    ("num", "Trolleys CT-1200, forecast 2025: 300 pcs (Padova 140, Vicenza 90, Treviso 70). LBR "
            "confirms the forecast 300 pcs as order for 2025. EGE to plan production in 4 lots of 75 pcs."),
    ("num", "Prices 2025: EUR 398,00/pc DAP Padova, valid for the 300 pcs. Steel surcharge clause "
            "as 2024."),
    ("num", "Quality: welding per EN ISO 3834-2, castors Ø125 with brake on 2 wheels, load test "
            "250 kg per shelf."),
    ("num", "Next meeting: September 2024 in Manisa."),
    ("p", "Firmato / Signed: G. Ferraro, S. Rinaldi"),
], author="Giulia Ferraro")
case("p32_minutes_forecast_confirmed_as_order", ["RG008"],
     "Buyer's minutes confirm the 2025 forecast of 300 trolleys as an order and let the supplier plan "
     "production against it.",
     [("Verbale_LBR_EGE_2024-05-29.docx", _p32)])

# ---- p33: 'approved' for samples, PO change, and the series (+ DOCX report attached)
_p33_report = docx_bytes([
    ("h1", "Sample inspection report SIR-24-051"),
    ("p", "Part 4400-120-30 Inner drum WEX-120, DRG 1200 Rev 04. Supplier: Považské Strojárne. "
          "4 samples from PO 4500002379."),
    ("table", [["Characteristic", "Nominal", "Tol.", "S1", "S2", "S3", "S4", "Result"],
               ["Drum Ø inside", "620,0", "±0,5", "620,2", "619,9", "620,1", "620,3", "OK"],
               ["Depth", "410,0", "±1,0", "410,4", "409,8", "410,1", "410,6", "OK"],
               ["Hole Ø perforation", "3,0", "+0,1/0", "3,05", "3,04", "3,06", "3,05", "OK"],
               ["Weld (ISO 5817 B)", "-", "-", "OK", "OK", "OK", "OK", "OK"]]),
    ("p", "Inspector: Per Åkesson, 2024-06-03."),
], author="Per Åkesson")
_p33_text = """Hello Peter,

The 4 sample drums WEX-120 are approved on dimensions and weld quality, report attached.

The approval of the PO change 4500002379 (new price for the series) is still pending at our
finance. When that approval is there, Annika Holm gives the final approval for the series of 236
drums in writing. Until then the 236 are not released.

Best regards / Med vänlig hälsning
Per
""" + sig("Per Åkesson", "Quality Engineer", NOR, "+46 33 41 72 36")
_p33 = mail(PER, PETER, "WEX-120 samples - result", "Mon, 03 Jun 2024 15:10:00 +0200", _p33_text,
            cc=ANNIKA, attachments=[("SIR-24-051.docx", _p33_report, DOCX_MT)])
case("p33_approval_three_meanings", ["RG009"],
     "'Approved/approval' is used for the sample result, the finance PO change and the series "
     "release; scope, hold, event and person are otherwise present.",
     [("WEX-120_samples.eml", eml_bytes(_p33))])

# ---- p34: sign-off record with technical / commercial / production 'approval' lines
_p34 = docx_bytes([
    ("h1", "Pilot Sign-off Record - DD-50 dryer door"),
    ("p", "Silver Sage Linen Services, Inc. - Plant Engineering, Henderson NV. Supplier: Industrias "
          "Metálicas del Bajío (IMB). PO 7100-3459 rev 1."),
    ("table", [["Approval", "Scope", "Status", "Name", "Date"],
               ["Technical approval", "10 pilot doors, fit check on Milnor/Cissell dryers", "APPROVED",
                "Mike Castillo", "6/3/2024"],
               ["Commercial approval", "PO 7100-3459 rev 1, price USD 96.50", "APPROVED",
                "Dana Whitfield", "6/4/2024"],
               ["Production approval", "590 production doors", "PENDING", "Rhonda Pierce", "-"]]),
    ("sp",),
    ("p", "The 590 production doors are not released until Rhonda Pierce signs the production "
          "approval line above."),
    ("p", "Findings: door gasket compression 22 % (spec 20-30 %), latch force 38 N, glass EN 12150-1 "
          "marking present on all 10 pilot doors."),
], author="Mike Castillo")
case("p34_signoff_three_approvals", ["RG009"],
     "One word 'approval' for the technical pilot check, the commercial PO and the production "
     "release of the 590; scope is otherwise complete.",
     [("SSL_DD-50_signoff.docx", _p34)])

# ---- p35: ERP PO 'RILASCIATO / RELEASED' (workflow) + 'production release' note; release by a department
_p35 = """LAVANDERIE INDUSTRIALI BRENTA S.p.A.           ORDINE FORNITORE / PURCHASE ORDER
Via dell'Industria 21, 35129 Padova             Pag. 1/1
==========================================================================================
Ordine n. : 24/0452      del 03/06/2024         Stato: RILASCIATO / RELEASED (workflow 2/2)
Fornitore : F00871 SHANGHAI HUARUN PRECISION MACHINERY CO LTD
Pagamento : 30% anticipo, saldo 60 gg d.f.      Resa: CIF Venezia
------------------------------------------------------------------------------------------
Pos Articolo        Descrizione                                Q.ta UM   Prezzo EUR  Consegna
010 IR-800-3300-C   Rullo stiratrice / ironer roll Ø800x3300     2  PZ    11.400,00  28/06/2024
                    campione / sample, dis. LBR-IR-800 rev. E
                    cromatura 80 µm, equilibratura G2.5
------------------------------------------------------------------------------------------
Note:
Production release: only the 2 sample rolls. The 18 series rolls are not released until
sample sign-off after the trial on the Padova line and a written release from the
Direzione Operativa.
Rilascio ordine / order release workflow: approvato Acquisti + Budget (2/2).
"""
case("p35_erp_released_workflow_department", ["RG005", "RG009"],
     "'RELEASED' means the PO workflow while 'production release' means production; the balance "
     "release comes from an unnamed 'Direzione Operativa'.",
     [("ODA_24-0452.txt", _p35)])

# ---- p36: production release letter without a quantity
_p36 = pdf_t1([
    ("h1", "Production Release PR-24-037"),
    ("p", "Norrvik Tvätteriteknik AB · Supply Chain · Industrigatan 14 · SE-504 62 Borås"),
    ("p", "To: Považské Strojárne s.r.o., Mr Peter Kováč. Date: 2024-06-05. Order: PO 4500002385."),
    ("p", "PPAP sample sign-off for the inner drum WEX-120 was completed on 2024-06-03 (Johan "
          "Lindqvist). We hereby release the first production lot of inner drums WEX-120."),
    ("table", [["Part no.", "Description", "Released quantity", "Delivery"],
               ["4400-120-30", "Inner drum WEX-120, DRG 1200 Rev 04", "according to delivery schedule",
                "from wk 30/2024, FCA"]]),
    ("sp",),
    ("p", "The remaining series quantity under the PO stays on hold and is not released. The next lot "
          "is released only by a further written production release signed by Annika Holm, Supply "
          "Chain Manager."),
    ("p", "Material authority: for this lot only."),
    ("p", "Annika Holm, Supply Chain Manager"),
], title="PR-24-037", author="Annika Holm")
case("p36_release_letter_no_quantity", ["RG010"],
     "Release letter releases 'the first production lot' with the quantity 'according to delivery "
     "schedule' - no quantity stated; hold, event and person present.",
     [("PR-24-037.pdf", _p36)])

# ---- p37: call-off without quantity, balance, event or person
_p37 = docx_bytes([
    ("h1", "Richiamo / Call-off n. 3"),
    ("p", "Ordine aperto / Blanket order 24/0301 - Carrelli biancheria inox CT-1200"),
    ("p", "Lavanderie Industriali Brenta S.p.A. → Ege Paslanmaz Makina San. ve Tic. A.Ş."),
    ("p", "Data: 04/06/2024"),
    ("p", "Please deliver the CT-1200 trolleys needed for the re-opening of our Vicenza plant. "
          "Delivery by 15/07/2024, DAP Vicenza, Via Quadri 44."),
    ("table", [["Articolo", "Descrizione", "Consegna", "Imballo"],
               ["CT-1200", "Carrello inox 3 ripiani, ruote Ø125", "15/07/2024",
                "film estensibile, altezza pallet max 1,8 m"]]),
    ("p", "Price as per blanket order. Certificates EN 10204 3.1 for the tube."),
    ("p", "Ufficio Acquisti - Giulia Ferraro"),
], author="Giulia Ferraro")
case("p37_calloff_without_quantity", ["RG003", "RG004", "RG005", "RG010"],
     "Call-off against a blanket order gives no quantity, never says the rest is not released, and "
     "names no unlock event or release person.",
     [("Richiamo_3_24-0301.docx", _p37)])

# ---- p38: portal authorization 'pilot build - quantity per PO line 1' (PO not in bundle)
_p38 = html_page("Silver Sage Supplier Portal - AUTH-24-0117", """
<h2>Silver Sage Linen Services &mdash; Supplier Portal</h2>
<h3>Build authorization AUTH-24-0117</h3>
<table>
<tr><th>Supplier</th><td>Ege Paslanmaz Makina San. ve Tic. A.&#350;.</td></tr>
<tr><th>Part</th><td>CT-70 cage trolley, drawing rev 3</td></tr>
<tr><th>PO</th><td>7100-3466</td></tr>
<tr><th>Authorized now</th><td>Pilot build &#10004; (quantity per PO line 1)</td></tr>
<tr><th>Program balance</th><td>ON HOLD &mdash; not released</td></tr>
<tr><th>Unlock event</th><td>Pilot sign-off by Mike Castillo after 2-week floor test at Henderson</td></tr>
<tr><th>Release authority</th><td>Rhonda Pierce, VP Operations (written release)</td></tr>
<tr><th>Material authority</th><td>Pilot build only</td></tr>
</table>
<p>Questions: tyler.brooks@silversagelinen.com</p>
""")
case("p38_portal_auth_qty_per_po", ["RG010"],
     "Portal authorization for the pilot build refers to 'quantity per PO line 1' but no quantity "
     "appears anywhere in the bundle.",
     [("SSL_portal_AUTH-24-0117.html", _p38)])

# ---- p39: folder: ERP PO for 6 sample doors + supplier OC confirming 8
_p39_po = """NORRVIK TVATTERITEKNIK AB                                PURCHASE ORDER
Industrigatan 14, SE-504 62 Boras                        Page 1 of 1
--------------------------------------------------------------------------------
PO number    : 4500002391              Date      : 16.05.2024
Vendor       : 30590 EGE PASLANMAZ MAKINA SAN. VE TIC. A.S.
               Manisa OSB 3. Kisim, TR-45030 Manisa
Purch. group : P12 Sjoberg, Karin       Currency  : EUR
Pmnt terms   : ZN60 60 days net         Incoterms : FCA Manisa
--------------------------------------------------------------------------------
Item  Material       Short text                          Qty Un    Price  Deliv.date
00010 4600-300-11    DRYER DOOR ASSY DD-300 SAMPLE         6 ST   265,00  21.06.2024
      Drawing 4600-300-11 Rev 02, glass 10 mm ESG, hinge M8x1,25
--------------------------------------------------------------------------------
Header text:
SAMPLES ONLY: 6 pcs for PPAP.
Series 294 pcs NOT released until sample sign-off by Johan Lindqvist (Design)
and a written release from Annika Holm (Supply Chain Manager).
Material authority: samples only.
--------------------------------------------------------------------------------
Total net value excl. VAT                                           1.590,00 EUR
"""
_p39_oc = pdf_t1([
    ("h1", "SİPARİŞ ONAYI / ORDER CONFIRMATION SO-2024-0871"),
    ("p", "Ege Paslanmaz Makina San. ve Tic. A.Ş. · Manisa OSB 3. Kısım · 45030 Manisa · "
          "Vergi No 3250487761"),
    ("p", "Customer: Norrvik Tvätteriteknik AB. Your PO 4500002391 of 16.05.2024. Date: 20.05.2024."),
    ("table", [["Pos", "Article", "Description", "Qty", "Unit price EUR", "Delivery"],
               ["1", "4600-300-11", "Dryer door assembly DD-300, Rev 02, sample", "8 pcs", "265,00",
                "wk 26/2024"]]),
    ("p", "Total EUR 2.120,00, FCA Manisa."),
    ("p", "Series 294 pcs: waiting your written release."),
    ("p", "Saygılarımızla / Best regards, Emre Yılmaz, Export Sales Manager"),
], title="SO-2024-0871", author="Ege Paslanmaz")
case("p39_folder_po6_oc8", ["RG011"],
     "PO authorizes 6 sample doors; the supplier's order confirmation for the same PO states 8.",
     [("PO_4500002391.txt", _p39_po), ("SO-2024-0871.pdf", _p39_oc)])

# ---- p40: mail says PO 0391 / twelve pump heads; attached PDF is PO 0319 / 10
_p40_po = pdf_t1([
    ("h1", "PURCHASE ORDER MHL-PO-24-0319"),
    ("p", "Merlion Healthcare Linen Pte Ltd · 21 Tuas South Avenue 6, Singapore 637021"),
    ("p", "Vendor: Siam FluidTech Co., Ltd., Amata City, Chonburi, Thailand"),
    ("table", [["PO date", "Requested by", "Currency", "Terms"],
               ["24 May 2024", "Tan Wei Ling", "SGD", "30 days, DAP Tuas"]]),
    ("sp",),
    ("table", [["Item", "Code", "Description", "Qty", "Unit price", "Amount"],
               ["1", "SFD-PH6", "Pump head PH-6 (spare), Santoprene tube 6.4 mm, sample for evaluation",
                "10", "186.00", "1,860.00"]]),
    ("p", "Remarks: sample pump heads for a 1,000 h wear test on tunnel line 2. The annual spares "
          "quantity of 120 pcs is not released until Mr Rajesh Kumar signs off the samples after the "
          "wear test; the written release will be issued by Ms Jasmine Goh, Head of Operations."),
    ("p", "Material authority: sample pump heads only."),
], title="MHL-PO-24-0319", author="Merlion Healthcare Linen")
_p40_text = """Dear Khun Somchai,

Please find attached our PO MHL-PO-24-0391 for twelve (12) sample pump heads PH-6 (spare) for
evaluation on tunnel line 2 (1,000 h wear test).

The annual spares quantity of 120 pcs is not released until Mr Rajesh Kumar signs off the samples
after the wear test; Ms Jasmine Goh will then issue the written release. Material for the sample
pump heads only, please.

Kindly acknowledge the PO.

Best regards,
Tan Wei Ling
""" + sig("Tan Wei Ling (Ms)", "Senior Procurement Executive", MHL, "+65 6861 4420")
_p40 = mail(TAN, SOMCHAI, "PO MHL-PO-24-0391 - pump heads PH-6", "Fri, 24 May 2024 16:22:00 +0800",
            _p40_text, html=html_mail(_p40_text),
            attachments=[("MHL-PO-24-0319.pdf", _p40_po, PDF_MT)])
case("p40_mail_vs_pdf_qty_and_po_no", ["RG011"],
     "Cover mail: PO MHL-PO-24-0391, twelve (12) sample pump heads; attached PO: MHL-PO-24-0319, "
     "10 pcs - quantity and PO number disagree.",
     [("PO_pump_heads_PH-6.eml", eml_bytes(_p40))])

# ---- p41: plain mail saved as text: PO line 4 pcs, header text 'six (6)'
_p41 = """From:    Karin Sjöberg <karin.sjoberg@norrvik.se>
Sent:    Monday, 20 May 2024 13:47
To:      Mariana López <m.lopez@imbajio.com.mx>
Cc:      Per Åkesson <per.akesson@norrvik.se>
Subject: PO 4500002405 - door frames DD-310 samples

Hello Mariana,

Below our PO 4500002405, the PDF comes from the ERP in a separate mail.

  Item  Material      Short text                               Qty  Un   Price USD  Deliv.
  00010 4600-310-04   DRYER DOOR FRAME DD-310, RAL 9006, SAMPLE  4  ST      74,00  14.06.2024

  Header text: Samples: six (6) pcs door frames for PPAP and salt spray test ISO 9227
  480 h. Series 600 pcs NOT released until PPAP sign-off by Per Åkesson and a written
  release from Annika Holm (Supply Chain Manager). Material authority: samples only.

Please confirm.

Best regards / Med vänlig hälsning
Karin Sjöberg
Purchaser, Norrvik Tvätteriteknik AB
+46 33 41 72 10
"""
case("p41_mail_po_4_vs_six", ["RG011"],
     "The PO line authorizes 4 sample frames while the header text of the same PO says six (6).",
     [("PO_4500002405_door_frames.txt", _p41)])

# ---- p42: release letter: 120 in the text, 100 in the table; signed by a department
_p42 = docx_bytes([
    ("h1", "Production Release REL-0042"),
    ("p", "Silver Sage Linen Services, Inc. · 1450 W Sunset Rd · Henderson, NV 89014"),
    ("p", "To: Ege Paslanmaz Makina San. ve Tic. A.Ş., Mr Emre Yılmaz. Date: June 12, 2024."),
    ("p", "Following the pilot sign-off of June 10, 2024, Silver Sage Linen Services releases one "
          "hundred twenty (120) cage trolleys CT-70 for production under PO 7100-3429 rev 2."),
    ("table", [["Release no.", "Part", "Released qty", "Ship to", "Need by"],
               ["REL-0042", "CT-70 cage trolley, drawing rev 3", "100", "Henderson 60 / Reno 40",
                "08/15/2024"]]),
    ("sp",),
    ("p", "The remaining program quantity (680 trolleys) is not released and stays on hold until the "
          "next written release after the 60-day durability review at Henderson."),
    ("p", "Material authority: released quantity only."),
    ("p", "Silver Sage Linen Services - Operations"),
], author="SSL Operations")
case("p42_release_120_vs_100_department", ["RG005", "RG011"],
     "Release text says 120 trolleys, the table says 100; signed only 'Operations', no named release "
     "person for the 680 on hold.",
     [("REL-0042_CT-70.docx", _p42)])

# ---- p43: folder: PO for 3 trial pumps + supplier proforma for 45 'production starts on deposit'
_p43_po = pdf_t1([
    ("h1", "PURCHASE ORDER MHL-PO-24-0458"),
    ("p", "Merlion Healthcare Linen Pte Ltd · 21 Tuas South Avenue 6, Singapore 637021"),
    ("p", "Vendor: Siam FluidTech Co., Ltd., Amata City, Chonburi, Thailand"),
    ("table", [["PO date", "Requested by", "Currency", "Terms"],
               ["3 Jun 2024", "Tan Wei Ling", "SGD", "30% advance, balance 30 days; DAP Tuas"]]),
    ("sp",),
    ("table", [["Item", "Code", "Description", "Qty", "Unit price", "Amount"],
               ["1", "SFD-PD6-24", "PeriDose 6-channel dosing pump 24 VDC, trial unit", "3", "2,860.00",
                "8,580.00"]]),
    ("p", "Balance of 42 units: not released until trial sign-off by Mr Rajesh Kumar; written "
          "release by Ms Jasmine Goh, Head of Operations."),
    ("p", "Material authority: 3 trial units only."),
], title="MHL-PO-24-0458", author="Merlion Healthcare Linen")
_p43_pi = pdf_t1([
    ("h1", "PROFORMA INVOICE PI-SFD-2406-015"),
    ("p", "Siam FluidTech Co., Ltd. · 700/88 Moo 1, Amata City, Chonburi 20000 · Tax ID 0205556012345"),
    ("p", "Bill to: Merlion Healthcare Linen Pte Ltd. Ref: your PO MHL-PO-24-0458. Date: 5 June 2024."),
    ("table", [["No.", "Description", "Qty", "Unit price SGD", "Amount SGD"],
               ["1", "PeriDose 6-channel dosing pump 24 VDC (SFD-PD6-24)", "45", "2,860.00", "128,700.00"],
               ["", "Deposit 30 % due now", "", "", "38,610.00"]]),
    ("p", "Bank: Kasikornbank, Amata Nakorn branch, SWIFT KASITHBK, A/C 123-4-56789-0."),
    ("p", "Production of the 45 units will start upon receipt of the deposit."),
    ("p", "Pimchanok Srisuk (Nok), Sales Coordinator"),
], title="PI-SFD-2406-015", author="Siam FluidTech")
case("p43_folder_po3_proforma45_deposit", ["RG011", "RG012"],
     "PO authorizes 3 trial pumps; the proforma for the same PO states 45 and says production starts "
     "on receipt of the deposit.",
     [("MHL-PO-24-0458.pdf", _p43_po), ("PI-SFD-2406-015.pdf", _p43_pi)])

# ---- p44: buyer forwards the bank confirmation: 'as the advance is paid, proceed with the 18'
_p44_bank_text = """Gentile Cliente,

le confermiamo l'esecuzione del seguente bonifico estero / we confirm the execution of the
following foreign transfer:

Ordinante / Ordering party : LAVANDERIE INDUSTRIALI BRENTA S.P.A.
Beneficiario / Beneficiary : SHANGHAI HUARUN PRECISION MACHINERY CO LTD
Banca beneficiario         : BANK OF SHANGHAI, SWIFT BOSHCNSH
Importo / Amount           : EUR 59.100,00
Data valuta / Value date   : 29/05/2024
Causale / Reference        : ADVANCE 30% PI-HR-24-0588 IRONER ROLLS
CRO / TRN                  : 0306924150123456

Messaggio generato automaticamente, non rispondere.
Banca Veneta Centrale S.p.A.
"""
_p44_bank = mail("Banca Veneta Centrale <noreply@bancavenetacentrale.it>", GIULIA,
                 "Conferma esecuzione bonifico estero / Foreign transfer executed",
                 "Wed, 29 May 2024 08:02:00 +0200", _p44_bank_text)
_p44_text = """Dear Kevin,

please see below the confirmation of our bank for the 30% advance on the ironer rolls.

As the advance is paid, please proceed with the 18 series rolls, we need them in September for
the new line in Vicenza.

Cordiali saluti
Giulia
""" + ital_sig("Giulia Ferraro", "Ufficio Acquisti / Purchasing")
_p44 = mail(GIULIA, KEVIN, "I: Conferma esecuzione bonifico estero / Foreign transfer executed",
            "Wed, 29 May 2024 09:15:00 +0200", _p44_text, attachments=[("rfc822", _p44_bank)])
case("p44_forward_bank_advance_proceed", ["RG012"],
     "Buyer forwards the bank confirmation and releases the 18 series rolls because the advance is "
     "paid.",
     [("Fw_bonifico_HRP.eml", eml_bytes(_p44))])

# ---- p45: supplier acknowledgement: PO acceptance releases the series; coil for 240 ordered
_p45 = pdf_t1([
    ("h1", "Potvrdenie prijatia objednávky / Order acknowledgement"),
    ("p", "Považské Strojárne s.r.o. · Robotnícka 9 · 017 01 Považská Bystrica"),
    ("p", "To: Norrvik Tvätteriteknik AB, Ms Karin Sjöberg. Your PO 4500002412 of 2024-05-27. "
          "Date: 2024-05-29."),
    ("table", [["Pos", "Part", "Description", "Qty", "Price EUR", "Delivery"],
               ["10", "4400-120-30", "Inner drum WEX-120, sample", "4 pcs", "1.180,00", "wk 26/2024"]]),
    ("sp",),
    ("p", "We accept your PO 4500002412. With the acceptance of the PO the series of 236 drums is "
          "released in our ERP (production order VP-24-1193, start week 27)."),
    ("p", "Stainless coil 1.4301 2,0 mm for the complete 240 drums has been ordered from our mill."),
    ("p", "S pozdravom, Peter Kováč, Sales Manager"),
], title="PO acknowledgement 4500002412", author="Považské Strojárne")
case("p45_ack_acceptance_releases_series", ["RG006", "RG012"],
     "Supplier treats its acceptance of the 4-sample PO as release of the 236 series and has ordered "
     "coil for 240.",
     [("POV_ack_4500002412.pdf", _p45)])

# =================================================================== CLEAN
# ---- c01: supplier quote with sample and series tiers
_c01 = pdf_t1([
    ("h1", "QUOTATION Q-HR-2405-61"),
    ("p", "Shanghai Huarun Precision Machinery Co., Ltd. · No. 88 Jiangtian East Road, Songjiang, "
          "Shanghai 201613 · ISO 9001:2015"),
    ("p", "To: Lavanderie Industriali Brenta S.p.A., Ms Giulia Ferraro. Date: 2024-05-07. "
          "Your enquiry of 2024-04-29."),
    ("table", [["Item", "Description", "Quantity", "Unit price EUR", "Lead time"],
               ["1", "Ironer roll Ø800 x 3300 mm, chrome 80 µm, balancing G2.5, sample", "2 pcs",
                "11.400,00", "6 weeks"],
               ["2", "Ironer roll Ø800 x 3300 mm, series", "18 pcs", "9.850,00", "10 weeks"],
               ["3", "Ironer roll Ø800 x 3300 mm, series", "40 pcs", "9.420,00", "12 weeks"]]),
    ("sp",),
    ("p", "Drawing LBR-IR-800 rev. C. Journals Ø110 h6. Runout max 0,05 mm. Hydrostatic test 6 bar "
          "(steam heated roll), report per roll."),
    ("p", "Prices CIF Venezia, packing seaworthy steel frame. Validity 60 days. Payment 30% advance, "
          "70% against B/L copy."),
    ("p", "Kevin Zhou, Sales Manager, kevin.zhou@huarun-precision.cn"),
], title="Q-HR-2405-61", author="Huarun Precision")
case("c01_quote_tiers", [],
     "Supplier quote with sample and two series tiers; no authorized quantity, so nothing to flag.",
     [("Q-HR-2405-61.pdf", _c01)])

# ---- c02: RFQ with three scenarios, 'not an order'
_c02_text = """Hi Peter,

Please quote the outer tub WEX-180 (DRG 1800 Rev 01, 1.4301 acc. EN 10088-2, 2,5 mm) for the
following scenarios:

A) 4 pcs samples only
B) 4 samples + 120 pcs series
C) 4 samples + 480 pcs series (framework 2025-2026)

This is a request for quotation only - not an order. No work and no material purchase please
before we send a PO.

Quote by 2024-06-07 please, including tooling, lead times and the price validity.

Best regards / Med vänlig hälsning
Karin
""" + sig("Karin Sjöberg", "Purchaser / Inköpare", NOR, "+46 33 41 72 10")
_c02 = mail(KARIN, PETER, "RFQ 24-117 - outer tub WEX-180, three quantity scenarios",
            "Thu, 23 May 2024 08:30:00 +0200", _c02_text, html=html_mail(_c02_text))
case("c02_rfq_three_scenarios", [],
     "RFQ with three quantity scenarios, explicitly not an order; nothing authorized.",
     [("RFQ_24-117_WEX-180.eml", eml_bytes(_c02))])

# ---- c03: supplier asks for the go-ahead on the balance; buyer restates the full scope
_c03 = """[03/06/2024, 09:15:22] Somchai SFD: Good morning khun Tan 🙏 the 3 trial pump install finish at Block B. Can we have go-ahead for the 42 balance pump? Our line is free in July na krub
[03/06/2024, 09:40:03] Tan Wei Ling: Morning Khun Somchai. Not yet ya. You are released for the 3 trial pumps only (PO MHL-PO-24-0466). Balance 42 stays on hold until Rajesh signs off the trial after 4 weeks running. Then Ms Jasmine Goh will send the written release.
[03/06/2024, 09:41:10] Tan Wei Ling: Pls don't buy material for the 42 yet. Material only for the 3 trial units.
[03/06/2024, 09:45:51] Somchai SFD: Ok khap, understood. We wait 👍
"""
case("c03_whatsapp_question_answered", [],
     "Supplier's go-ahead question is answered with 3 released, 42 on hold, sign-off event, Jasmine "
     "Goh and sample-only material.",
     [("WhatsApp_Chat_Tan_Wei_Ling.txt", _c03)])

# ---- c04: clearly labelled non-binding forecast
_c04 = """SILVER SAGE LINEN SERVICES, INC.                    SUPPLIER PLAN - NON-BINDING FORECAST
1450 W Sunset Rd, Henderson NV 89014                 Run date: 06/03/2024  Page 1/1
------------------------------------------------------------------------------------------
Supplier : 20977 EGE PASLANMAZ MAKINA SAN. VE TIC. A.S.
Item     : CT-70-SS  Cage trolley CT-70, AISI 304, drawing rev 3
Horizon  : Jul - Dec 2024
------------------------------------------------------------------------------------------
*** THIS IS A FORECAST FOR CAPACITY PLANNING, NOT A PURCHASE ORDER.                      ***
*** IT AUTHORIZES NO PRODUCTION AND NO MATERIAL PURCHASE.                                 ***
*** PRODUCTION IS AUTHORIZED ONLY BY A WRITTEN RELEASE FROM RHONDA PIERCE, VP OPERATIONS. ***
------------------------------------------------------------------------------------------
Month      Henderson    Reno   Las Vegas Strip    Total
Jul-24            20      10                30       60
Aug-24            25      10                30       65
Sep-24            25      15                40       80
Oct-24            30      15                40       85
Nov-24            30      20                45       95
Dec-24            20      10                35       65
------------------------------------------------------------------------------------------
Total            150      80               220      450    (forecast, non-binding)
"""
case("c04_labelled_forecast", [],
     "Forecast printout labelled non-binding, authorizing no production or material.",
     [("SSL_supplier_plan_CT-70.txt", _c04)])

# ---- c05: sample sign-off 'approved for fit check only; production not released'
_c05 = docx_bytes([
    ("h1", "Sample Sign-off Record SSR-24-044"),
    ("p", "Norrvik Tvätteriteknik AB - R&D / Design. Part 4400-120-30 Inner drum WEX-120, DRG 1200 "
          "Rev 04. Supplier Považské Strojárne, PO 4500002420 (4 sample drums)."),
    ("table", [["Check", "Requirement", "Result"],
               ["Fit in outer tub WEX-120", "gap 12 ±2 mm", "11,6-12,4 mm OK"],
               ["Balance at 1.000 rpm", "< 0,4 mm/s vibration", "0,31 mm/s OK"],
               ["Perforation deburred", "no sharp edges (linen test)", "OK"]]),
    ("sp",),
    ("p", "Disposition: the 4 sample drums are approved for fit check only; production not released."),
    ("p", "The series of 236 drums stays on hold until the PPAP sign-off (run-at-rate) and a written "
          "production release from Annika Holm, Supply Chain Manager. Material authority unchanged: "
          "samples only."),
    ("p", "Signed: Johan Lindqvist, Design Engineer, 2024-06-04"),
], author="Johan Lindqvist")
case("c05_signoff_fit_check_only", [],
     "Sample sign-off scoped to fit check only; series on hold until PPAP sign-off and Annika Holm's "
     "written release.",
     [("SSR-24-044.docx", _c05)])

# ---- c06: full-quantity ERP PO with schedule lines; 'proceed with the full 60 pcs'
_c06 = """LAVANDERIE INDUSTRIALI BRENTA S.p.A.           ORDINE FORNITORE / PURCHASE ORDER
Via dell'Industria 21, 35129 Padova             Pag. 1/1
==========================================================================================
Ordine n. : 24/0469      del 05/06/2024         Stato: EMESSO / ISSUED
Fornitore : F00655 EGE PASLANMAZ MAKINA SAN. VE TIC. A.S. - MANISA (TR)
Pagamento : bonifico 60 gg d.f.                 Resa: DAP Padova
------------------------------------------------------------------------------------------
Pos Articolo   Descrizione                                   Q.ta UM  Prezzo EUR   Consegna
010 CT-1200    Carrello biancheria inox 3 ripiani, Ø125        20  PZ      398,00   05/07/2024
020 CT-1200    Carrello biancheria inox 3 ripiani, Ø125        20  PZ      398,00   19/07/2024
030 CT-1200    Carrello biancheria inox 3 ripiani, Ø125        20  PZ      398,00   02/08/2024
------------------------------------------------------------------------------------------
Totale ordine: 60 PZ - EUR 23.880,00 + IVA
Note:
Quantita totale e definitiva / full and final quantity: 60 pz. Nessun saldo, no further
quantity follows on this order. Procedete con tutti i 60 pz / proceed with the full 60 pcs.
Certificato 3.1 EN 10204 per il tubo, saldatura EN ISO 3834-2.
"""
case("c06_full_quantity_po", [],
     "Full and final PO for 60 trolleys in three schedule lines; no balance exists.",
     [("ODA_24-0469.txt", _c06)])

# ---- c07: portal PO for the complete quantity
_c07 = html_page("Silver Sage Supplier Portal - PO 7100-3495", """
<h2>Silver Sage Linen Services &mdash; Supplier Portal</h2>
<p>Vendor: <b>Siam FluidTech Co., Ltd.</b> (V30772)</p>
<h3>Purchase Order 7100-3495 &mdash; PeriDose 6 replacement pumps</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Ship to</th><th>Need by</th></tr>
<tr><td>1</td><td>SFD-PD6-24</td><td>PeriDose 6 dosing pump, 24 VDC</td><td>8</td><td>USD 2,115.00</td><td>Henderson</td><td>08/01/2024</td></tr>
<tr><td>2</td><td>SFD-PD6-24</td><td>PeriDose 6 dosing pump, 24 VDC</td><td>8</td><td>USD 2,115.00</td><td>Reno</td><td>08/01/2024</td></tr>
<tr><td>3</td><td>SFD-PD6-24</td><td>PeriDose 6 dosing pump, 24 VDC</td><td>8</td><td>USD 2,115.00</td><td>Las Vegas Strip</td><td>08/15/2024</td></tr>
</table>
<div class="note">This PO is for the complete quantity of 24 units. There is no balance and no further
release is needed. Proceed with all 24 units.</div>
<p>Buyer: Tyler Brooks &middot; Terms: Net 45 &middot; FCA Laem Chabang</p>
""")
case("c07_portal_full_quantity", [],
     "Portal PO for the complete 24 units, 'proceed with all 24 units'; no balance.",
     [("SSL_portal_PO_7100-3495.html", _c07)])

# ---- c08: EDIFACT call-off with explicit staged material authority above the release
_c08 = """EDIFACT DELFOR D.97A - CALL-OFF - TRANSLATED PRINT          Printed 2024-06-03 08:00
UNB+UNOC:3+NORRVIK:ZZ+POVAZSKE:ZZ+240603:0800+H184CO0012'
UNH+1+DELFOR:D:97A:UN'
BGM+241+CO-24-0012+9'
DTM+137:20240603:102'
NAD+BY+NORRVIK::92'
NAD+SE+30418::92'
LIN+++4400-120-30:IN'
RFF+ON:4500002436'
QTY+1:20:PCE'
SCC+1'
DTM+2:20240722:102'
QTY+1:20:PCE'
SCC+1'
DTM+2:20240805:102'
QTY+1:40:PCE'
SCC+4'
DTM+2:20240902:102'
UNT+17+1'
UNZ+1+H184CO0012'
--------------------------------------------------------------------------------------
Translated:
Call-off CO-24-0012 against PO 4500002436 (series 236 drums WEX-120, part 4400-120-30)

Released for production (firm, SCC+1): 40 pcs
   wk 30/2024   20 pcs
   wk 32/2024   20 pcs
Forecast only (SCC+4), no production authority: wk 36/2024   40 pcs

Material authority (staged): coil for up to 120 drums may be bought at Norrvik's liability.
Balance 196 pcs: NOT released. Released only by the next call-off, issued and signed by
Annika Holm, Supply Chain Manager.
"""
case("c08_calloff_staged_material", [],
     "Call-off releases 40, explicit staged material authority for 120, balance 196 on hold until "
     "the next call-off signed by Annika Holm; forecast line labelled.",
     [("DELFOR_CO-24-0012.txt", _c08)])

# ---- c09: signed auto-conversion agreement (quantity, signer, conditions)
_c09 = docx_bytes([
    ("h1", "Auto-conversion agreement AC-24-003"),
    ("p", "Dryer door assembly DD-300, part 4600-300-11 Rev 02 · Norrvik Tvätteriteknik AB / Ege "
          "Paslanmaz Makina San. ve Tic. A.Ş. · PO 4500002398 (6 samples + 294 series)."),
    ("p", "Recorded on 2024-05-20, before delivery of the samples."),
    ("h", "Agreed auto-conversion"),
    ("p", "If the 6 sample door assemblies receive an approved PPAP sign-off from Per Åkesson "
          "(Quality) with no open deviations, that approved sign-off releases 144 series pcs under PO "
          "4500002398 by itself, without a further document."),
    ("table", [["Condition", "Value"],
               ["Sign-off deadline", "2024-07-15; later sign-off converts nothing"],
               ["Deviation permits", "none open"],
               ["Price", "EUR 171,00/pc per PO"],
               ["Quantity converted", "144 pcs"],
               ["Remaining 150 series pcs", "on hold until a written release from Annika Holm"],
               ["Material authority", "staged up to 144 door assemblies from the date of the approved "
                "sign-off; samples only before that"]]),
    ("sp",),
    ("p", "Signed: Annika Holm, Supply Chain Manager (release authority), 2024-05-20"),
    ("p", "Acknowledged: Emre Yılmaz, Export Sales Manager, Ege Paslanmaz, 2024-05-21"),
], author="Annika Holm")
case("c09_signed_auto_conversion", [],
     "Explicit recorded auto-conversion naming quantity (144), signer and conditions; rest on hold "
     "with Annika Holm; staged material authority.",
     [("AC-24-003_DD-300.docx", _c09)])

# ---- c10: old quote forwarded as message/rfc822, declared informational
_c10_oldquote_pdf = pdf_t1([
    ("h1", "QUOTATION SFD-Q-2211-08"),
    ("p", "Siam FluidTech Co., Ltd. · Amata City, Chonburi · Date: 14 November 2022"),
    ("table", [["Item", "Description", "Qty", "Unit price SGD", "Lead time"],
               ["1", "PeriDose 6-channel dosing pump 24 VDC", "60", "2,540.00", "10 weeks"]]),
    ("p", "Validity 90 days."),
], title="SFD-Q-2211-08", author="Siam FluidTech")
_c10_old = mail(SOMCHAI, TAN, "Quotation SFD-Q-2211-08 PeriDose 6", "Mon, 14 Nov 2022 10:05:00 +0700",
                "Dear Khun Tan,\n\nPlease find our quotation for 60 units PeriDose 6 attached.\n\n"
                "Best regards,\nSomchai\n" + sig("Somchai Rattanakul", "Sales Director", SFD, "+66 38 454 210"),
                attachments=[("SFD-Q-2211-08.pdf", _c10_oldquote_pdf, PDF_MT)])
_c10_text = """Dear Khun Somchai,

For your information only, I forward below your old quotation of 2022 (60 units at SGD 2,540.00)
because our finance asked about the price history. It is not an order and it releases nothing.

Current status remains: PO MHL-PO-24-0471 covers the 3 trial pumps only. The balance of 42 units
is not released until Mr Rajesh Kumar signs off the trial; then Ms Jasmine Goh issues the written
release. Material for the 3 trial pumps only.

Regards,
Tan Wei Ling
""" + sig("Tan Wei Ling (Ms)", "Senior Procurement Executive", MHL, "+65 6861 4420")
_c10 = mail(TAN, SOMCHAI, "FW: Quotation SFD-Q-2211-08 PeriDose 6", "Tue, 04 Jun 2024 10:30:00 +0800",
            _c10_text, cc="Jasmine Goh <jasmine.goh@merlionlinen.com.sg>", attachments=[("rfc822", _c10_old)])
case("c10_forward_old_quote_info", [],
     "Old 60-unit quote forwarded as message/rfc822 and declared informational; current scope "
     "complete (3 trial, 42 on hold, event, Jasmine Goh).",
     [("FW_SFD_quotation_2022.eml", eml_bytes(_c10))])

# ---- c11: buyer corrects a quoted supplier's 'we will roll straight into the 1.480'
_c11_kevin = """Dear Karin,

Samples ship next week. Once you approve the samples we will roll straight into the 1.480 sets,
to save time for you.

Kevin"""
_c11_text = """Hi Kevin,

No - please do not do that. A sample approval does not release the series.

The 20 sample sets on PO 4500002362 are the only released quantity. The 1.480 series sets stay on
hold until Johan Lindqvist signs off the samples and Annika Holm sends a written release.
Material authority: sample sets only.

Best regards,
Karin
""" + sig("Karin Sjöberg", "Purchaser / Inköpare", NOR, "+46 33 41 72 10") + """
-----Original Message-----
From: Kevin Zhou <kevin.zhou@huarun-precision.cn>
Sent: Friday, May 24, 2024 4:18 AM
To: Karin Sjöberg <karin.sjoberg@norrvik.se>
Subject: FM-3 samples - next step

""" + q(_c11_kevin)
_c11 = mail(KARIN, KEVIN, "RE: FM-3 samples - next step", "Fri, 24 May 2024 08:47:00 +0200", _c11_text,
            cc=ANNIKA, in_reply_to="<h184-hrp-0524@huarun-precision.cn>")
case("c11_reply_corrects_auto_conversion", [],
     "Buyer corrects the quoted supplier's roll-into-series assumption and restates the full scope.",
     [("RE_FM-3_samples_next_step.eml", eml_bytes(_c11))])

# ---- c12: supplier says the deposit does not release production
_c12 = """05/06/24, 10:02 - Giulia Ferraro: Hi Nok, deposit 30% for PO 24/0474 paid today, SWIFT copy by email.
05/06/24, 10:15 - Nok SFD: Thank you khun Giulia, received the copy 🙏 Just to confirm: the deposit does not release production. We make only the 4 sample pumps DP-4 now. The 36 pcs balance we start only after the written release from Mr Stefano Rinaldi, after sample sign-off by Mr Marco Benetti.
05/06/24, 10:20 - Giulia Ferraro: Correct, thank you Nok. 4 samples only, 36 on hold until sample sign-off and written release from Stefano.
05/06/24, 10:21 - Nok SFD: 👍🙏
"""
case("c12_whatsapp_deposit_not_release", [],
     "Supplier states the deposit does not release production; buyer confirms 4 samples, 36 on hold, "
     "sign-off event and Stefano Rinaldi.",
     [("WhatsApp_Chat_Nok_SFD.txt", _c12)])

# ---- c13: supplier acknowledgement restating the hold
_c13 = pdf_t1([
    ("h1", "Potvrdenie objednávky / Order acknowledgement AB-24-0601"),
    ("p", "Považské Strojárne s.r.o. · Robotnícka 9 · 017 01 Považská Bystrica"),
    ("p", "To: Norrvik Tvätteriteknik AB, Ms Karin Sjöberg. Your PO 4500002420 of 2024-05-27. "
          "Date: 2024-05-28."),
    ("table", [["Pos", "Part", "Description", "Qty", "Price EUR", "Delivery"],
               ["10", "4400-120-30", "Inner drum WEX-120, DRG 1200 Rev 04, sample", "4 pcs", "1.180,00",
                "wk 26/2024"]]),
    ("sp",),
    ("p", "We acknowledge your PO as written. Released quantity: 4 sample drums."),
    ("p", "Series 236 drums: not released; on hold until your PPAP sign-off and a written production "
          "release from Ms Annika Holm."),
    ("p", "Material authority: sample-only. We buy coil only for the 4 samples."),
    ("p", "S pozdravom, Peter Kováč, Sales Manager"),
], title="AB-24-0601", author="Považské Strojárne")
case("c13_ack_restates_hold", [],
     "Supplier acknowledgement restates 4 released, 236 on hold, sign-off + Annika Holm, sample-only "
     "material.",
     [("AB-24-0601.pdf", _c13)])

# ---- c14: interim disposition with limits; release issued separately
_c14 = docx_bytes([
    ("h1", "Interim Sample Disposition ISD-24-07"),
    ("p", "Lavanderie Industriali Brenta S.p.A. - Ufficio Tecnico. Part CT-1200 linen cage trolley. "
          "Supplier Ege Paslanmaz. PO 24/0362-B (2 samples + 58 pcs)."),
    ("table", [["Item", "Entry"],
               ["Disposition", "INTERIM"],
               ["Quantity limit", "max. 20 pcs"],
               ["Validity", "until 31/07/2024"],
               ["Open point", "castors to be changed to Ø125 with brake on 2 wheels from pc no. 21"]]),
    ("sp",),
    ("p", "The interim disposition releases nothing by itself. Production release REL-24-019 for these "
          "20 pcs was issued separately by Stefano Rinaldi (Direttore Operativo) on 12/06/2024."),
    ("p", "Balance 38 pcs (60 total - 2 samples - 20 released) on hold until full sample sign-off by "
          "Marco Benetti and a new written release from Stefano Rinaldi. Material authority: "
          "20 pcs only."),
    ("p", "Marco Benetti, Ufficio Tecnico, 12/06/2024"),
], author="Marco Benetti")
case("c14_interim_disposition_limits", [],
     "Interim disposition with quantity and date limits; release for 20 issued separately by Stefano "
     "Rinaldi; balance 38 on hold.",
     [("ISD-24-07_CT-1200.docx", _c14)])

# ---- c15: deviation permit that changes no quantity and releases nothing
_c15 = pdf_t1([
    ("h1", "Deviation Permit DEV-24-019"),
    ("p", "Norrvik Tvätteriteknik AB - Quality. Supplier: Shanghai Huarun Precision Machinery. "
          "Part HR-FM3-BS cross-fold blade set FM-3, DRG 3300-FM-12 rev 07. PO 4500002362."),
    ("table", [["Characteristic", "Specification", "Actual", "Decision"],
               ["Edge hardness", "58-60 HRC", "56 HRC", "accepted for fit and function test"],
               ["Edge straightness", "0,05 mm / 1.200 mm", "0,04 mm", "conforming"],
               ["Thread", "M6x1,0 - 6H", "OK", "conforming"]]),
    ("sp",),
    ("p", "Scope: the 20 sample sets of PO 4500002362 only, for fit and function test."),
    ("p", "This permit does not change any quantity and does not release the series: the 1.480 sets "
          "remain on hold until sample sign-off by Johan Lindqvist and a written release by Annika "
          "Holm. The material authority stays at sample sets only."),
    ("p", "Per Åkesson, Quality Engineer, 2024-06-06"),
], title="DEV-24-019", author="Per Åkesson")
case("c15_deviation_permit", [],
     "Deviation permit limited to the 20 samples; restates the series hold, event, person and "
     "sample-only material.",
     [("DEV-24-019.pdf", _c15)])

# ---- c16: scoped go-ahead in Teams
_c16 = """Microsoft Teams - chat export
Chat: Dana Whitfield (Silver Sage Linen Services), Alejandro Ramírez (External)
Exported 6/5/2024

[6/4/2024 7:55 AM] Dana Whitfield
Alejandro - go ahead with the 10 pilot doors only (PO 7100-3473). The remaining 590 are on hold until Mike Castillo signs off the pilot fit check; then Rhonda Pierce issues the written release. Material for the 10 pilot doors only please.

[6/4/2024 8:03 AM] Alejandro Ramírez
Clear Dana, 10 pilot only, glass and frames only for 10. Thank you 🙏
"""
case("c16_teams_scoped_go_ahead", [],
     "'Go ahead with the 10 pilot doors only' with hold, sign-off event, Rhonda Pierce and pilot-only "
     "material.",
     [("Teams_chat_DD-50_pilot.txt", _c16)])

# ---- c17: full-quantity spare-parts PO full of quantity-like identifiers
_c17 = pdf_t1([
    ("h1", "ORDINE DI ACQUISTO / PURCHASE ORDER N. 24/0481"),
    ("p", "Lavanderie Industriali Brenta S.p.A. · Via dell'Industria 21 · 35129 Padova"),
    ("p", "Fornitore / Supplier: Shanghai Huarun Precision Machinery Co., Ltd."),
    ("table", [["Data", "Buyer", "Pagamento", "Resa"],
               ["07/06/2024", "Giulia Ferraro", "T/T 30 gg", "CIF Venezia"]]),
    ("sp",),
    ("table", [["Pos.", "Codice", "Descrizione / Description", "Q.tà", "UM", "Prezzo EUR"],
               ["010", "SNL-522-619", "Bearing housing set for ironer roll Ø800 (SNL 522-619 type)", "16",
                "PZ", "184,00"],
               ["020", "M16x1,5-8.8", "Bolt M16x1,5 class 8.8, ISO 4017, zinc flake", "64", "PZ", "2,10"],
               ["030", "IR-800-GJ", "Journal sleeve Ø110 h6, drawing LBR-IR-800 rev. E", "16", "PZ",
                "96,00"]]),
    ("p", "Totale EUR 4.614,40 + IVA"),
    ("p", "Quality: ISO 9001:2015 supplier, certificate EN 10204 3.1, salt spray ISO 9227 NSS 480 h "
          "for the zinc-flake bolts, hardness 28-34 HRC."),
    ("p", "This order is for the complete quantities listed; no further quantity follows and there is "
          "no balance. Proceed with the full quantities listed (16 / 64 / 16 pcs)."),
    ("p", "Ufficio Acquisti - Giulia Ferraro"),
], title="ODA 24/0481", author="Lavanderie Industriali Brenta")
case("c17_full_po_identifiers", [],
     "Full-quantity spare-parts PO; SNL 522-619, M16x1,5, 8.8, ISO 4017, Ø110, 480 h and ISO "
     "9001:2015 are identifiers, not quantities.",
     [("ODA_24-0481.pdf", _c17)])

# ---- c18: supplier weekly status (text + HTML) with an HTML status attachment
_c18_att = html_page("IMB status DD-50 wk 23", """
<h3>IMB - DD-50 status, week 23/2024</h3>
<table>
<tr><th>PO</th><th>Item</th><th>Released</th><th>Produced</th><th>Shipped</th><th>Material</th></tr>
<tr><td>7100-3473</td><td>DD-50 pilot door</td><td>10</td><td>10</td><td>10 (6/7/2024)</td><td>glass + frames for 10 only</td></tr>
<tr><td>7100-3473</td><td>DD-50 production door</td><td>0 (590 on hold)</td><td>0</td><td>0</td><td>none bought</td></tr>
</table>
""")
_c18_text = """Hi Dana,

Weekly status DD-50, week 23:

- Released: 10 pilot doors (PO 7100-3473). Produced 10, shipped 6/7 by UPS Freight, PRO 4471-2290.
- Balance 590: on hold. We wait for the written release from Rhonda Pierce after Mike's pilot
  sign-off.
- Material: glass and frames only for the 10 pilot doors (material authority pilot-only). Nothing
  bought for the 590.

Details in the attached table.

Saludos,
Alejandro
""" + sig("Alejandro Ramírez", "Gerente de Ventas / Sales Manager", IMB, "+52 442 555 0187")
_c18 = mail(ALEJANDRO, DANA, "DD-50 weekly status wk 23", "Fri, 07 Jun 2024 17:30:00 -0600", _c18_text,
            html=html_mail(_c18_text), attachments=[("IMB_status_DD-50_wk23.html", _c18_att, "text/html")])
case("c18_supplier_status_restates_hold", [],
     "Supplier status (text + HTML, HTML table attached) restates 10 released, 590 on hold, "
     "pilot-only material.",
     [("IMB_weekly_status_wk23.eml", eml_bytes(_c18))])

# ---- c19: supplier portal order book with hold and labelled forecast
_c19 = html_page("Ege Paslanmaz - Customer order book", """
<h2>Ege Paslanmaz &mdash; M&uuml;&#351;teri sipari&#351; defteri / Customer order book</h2>
<p>Customer: <b>Merlion Healthcare Linen Pte Ltd</b> &middot; updated 10.06.2024</p>
<table>
<tr><th>Customer PO</th><th>Item</th><th>Qty</th><th>Status</th><th>Material</th></tr>
<tr><td>MHL-PO-24-0419</td><td>ILT-90 infectious-linen trolley, sample</td><td>6</td><td>Released &mdash; produced 6, shipped 03.06.2024</td><td>for 6 pcs</td></tr>
<tr><td>MHL-PO-24-0419</td><td>ILT-90, balance</td><td>114</td><td>ON HOLD &mdash; not released; waiting sample sign-off by Mr Rajesh Kumar and written release from Ms Jasmine Goh</td><td>none (material authority sample-only)</td></tr>
<tr><td>MHL forecast 2025</td><td>ILT-90</td><td>200</td><td>FORECAST &mdash; planning only, no production, no material</td><td>none</td></tr>
</table>
""")
case("c19_portal_order_book_hold", [],
     "Supplier order book shows 6 released, 114 on hold with event and person, and a forecast line "
     "labelled planning only.",
     [("EGE_order_book_MHL.html", _c19)])

# ---- c20: folder: cover mail + release letter + ERP schedule, all consistent
_c20_text = """Hello Peter,

Our production release PR-24-044 for one hundred (100) inner drums WEX-120 under PO 4500002430 and
the updated PO schedule from our ERP were sent through the supplier portal today.

The remaining 136 series drums are not released. They stay on hold until Johan Lindqvist signs off
the 8-week field test and I send a further written release.

Material authority: staged, coil for up to 150 drums at our liability.

Best regards / Med vänlig hälsning
Annika
""" + sig("Annika Holm", "Supply Chain Manager", NOR, "+46 33 41 72 02")
_c20_mail = mail(ANNIKA, PETER, "Production release PR-24-044 - WEX-120", "Mon, 10 Jun 2024 13:00:00 +0200",
                 _c20_text, cc=KARIN)
_c20_rel = docx_bytes([
    ("h1", "Production Release PR-24-044"),
    ("p", "Norrvik Tvätteriteknik AB → Považské Strojárne s.r.o. · PO 4500002430 · 2024-06-10"),
    ("p", "PPAP sample sign-off of the inner drum WEX-120 was recorded on 2024-06-03 (Johan Lindqvist)."),
    ("table", [["Part no.", "Released quantity", "Delivery"],
               ["4400-120-30 Inner drum WEX-120", "100 pcs (one hundred)", "50 pcs wk 30 / 50 pcs wk 33"]]),
    ("sp",),
    ("p", "Balance 136 pcs: on hold, not released, until the 8-week field test sign-off by Johan "
          "Lindqvist and a further written release from Annika Holm."),
    ("p", "Material authority: staged up to 150 drums (coil) at Norrvik's liability."),
    ("p", "Annika Holm, Supply Chain Manager"),
], author="Annika Holm")
_c20_erp = """NORRVIK TVATTERITEKNIK AB      PO SCHEDULE / LEVERANSPLAN          2024-06-10
PO 4500002430   Vendor 30418 POVAZSKE STROJARNE S.R.O.
-------------------------------------------------------------------------------
Item  Material      Short text               PO qty  Released  On hold  Ref.
00010 4400-120-30   INNER DRUM WEX-120 SAMP       4         4        0  delivered
00020 4400-120-30   INNER DRUM WEX-120          236       100      136  PR-24-044
-------------------------------------------------------------------------------
Schedule item 00020:  wk 30/2024  50 ST   wk 33/2024  50 ST
Material authority  :  STAGED 150 ST (coil)
Next release        :  written release A. Holm after field test sign-off J. Lindqvist
"""
case("c20_folder_release_consistent", [],
     "Folder: mail, release letter and ERP schedule agree on 100 released, 136 on hold, event, "
     "Annika Holm and staged material authority of 150.",
     [("mail_PR-24-044.eml", eml_bytes(_c20_mail)), ("PR-24-044.docx", _c20_rel),
      ("PO_4500002430_schedule.txt", _c20_erp)])

# ---- c21: buyer pays the advance and says it releases nothing
_c21_text = """Dear Kevin,

today we have paid the 30% advance (EUR 5.910,00) for the 2 sample rolls of PO 24/0488, the
swift copy follows from our bank.

This payment is only for the samples and does NOT release any production. The 18 series rolls
stay not released until Marco Benetti signs off the samples after the trial in Padova; then
Stefano Rinaldi sends the written release. Material only for the 2 sample rolls please.

Cordiali saluti
Giulia
""" + ital_sig("Giulia Ferraro", "Ufficio Acquisti / Purchasing")
_c21 = mail(GIULIA, KEVIN, "PO 24/0488 - anticipo / advance", "Thu, 06 Jun 2024 11:20:00 +0200", _c21_text,
            html=html_mail(_c21_text))
case("c21_advance_not_release", [],
     "Buyer pays the advance and says it releases no production; 2 samples, 18 on hold, event, "
     "Stefano Rinaldi.",
     [("Anticipo_PO_24-0488.eml", eml_bytes(_c21))])

# ---- c22: intranet minutes that keep the words apart
_c22 = html_page("Norrvik intranet - Minutes supplier kick-off FM-3", """
<h2>Minutes &mdash; supplier kick-off, cross-fold blade FM-3 / Huarun Precision</h2>
<p>2024-05-13, Teams. Present: Karin Sj&ouml;berg (Purchasing), Johan Lindqvist (Design), Annika Holm (Supply Chain), Kevin Zhou (Huarun).</p>
<table>
<tr><th>#</th><th>Topic</th><th>Decision</th></tr>
<tr><td>1</td><td>PO</td><td>PO 4500002362 issued for 20 sample sets (commercial cover: 20 sets).</td></tr>
<tr><td>2</td><td>Sample sign-off</td><td>Johan Lindqvist, after a 200 h folding test on the FM-3 line.</td></tr>
<tr><td>3</td><td>Production release</td><td>For the 1.480 series sets: written, by Annika Holm, only after the sample sign-off. Until then the 1.480 sets are on hold.</td></tr>
<tr><td>4</td><td>Material authority</td><td>Sample sets only.</td></tr>
<tr><td>5</td><td>Forecast 2025</td><td>3.000 sets shared for capacity planning only &mdash; forecast, not an order.</td></tr>
</table>
<p>Next meeting: after the samples arrive (wk 23).</p>
""")
case("c22_minutes_terms_apart", [],
     "Minutes keep 'PO issued', 'sample sign-off' and 'production release' apart; forecast "
     "labelled.",
     [("Minutes_kickoff_FM-3.html", _c22)])

# ---- c23: supplier MRP printout with forecast labelled planning-only
_c23 = """HUARUN PRECISION - MRP RUN 2024-06-05 06:00 CST          User: LWANG    Plant: SJ01
Customer: C-1071 NORRVIK TVATTERITEKNIK AB     Item: HR-FM3-BS Cross-fold blade set FM-3
-------------------------------------------------------------------------------------------
Type   Doc no.       Cust. ref        Qty    Status                       Mat. reservation
SO     SO-24-1201    PO 4500002362      20   firm, released by customer   SK5 strip for 20
FCST   FC-NOR-Q3     forecast Q3     1.480   PLANNING ONLY, not released  none
FCST   FC-NOR-2025   forecast 2025   3.000   PLANNING ONLY, not released  none
-------------------------------------------------------------------------------------------
Purchase proposals for forecast lines: BLOCKED until customer written release.
Strip SK5 3 mm: on hand 1 170 kg, reserved 38 kg (SO-24-1201), free 1 132 kg (stock, not
reserved for any customer).
"""
case("c23_mrp_forecast_blocked", [],
     "Supplier MRP: only the 20 released sets reserve material; forecast lines labelled planning "
     "only with purchasing blocked.",
     [("HRP_MRP_2024-06-05.txt", _c23)])

# ---- c24: buyer corrects a quoted supplier line that treats the deposit as a start signal
_c24_alej = """Dana, good afternoon,

We received the 30% deposit, so we plan to start the 590 doors next week.

Regards
Alejandro"""
_c24_text = """Alejandro,

Thanks for the update, but to be clear: the deposit does not release production.

PO 7100-3482 covers the 10 pilot doors only. The 590 stay on hold until Mike Castillo signs off the
pilot and Rhonda Pierce sends the written release. Please don't buy glass or frames for the 590.

Thanks,
Dana
""" + sig("Dana Whitfield", "Procurement Manager", SSL, "+1 702 555 0142") + """
From: Alejandro Ramírez <a.ramirez@imbajio.com.mx>
Sent: Monday, June 3, 2024 3:12 PM
To: Dana Whitfield <dana.whitfield@silversagelinen.com>
Subject: DD-50 status

""" + q(_c24_alej)
_c24 = mail(DANA, ALEJANDRO, "RE: DD-50 status", "Mon, 03 Jun 2024 15:40:00 -0700", _c24_text,
            cc="Rhonda Pierce <rhonda.pierce@silversagelinen.com>", in_reply_to="<h184-imb-0603@imbajio.com.mx>")
case("c24_reply_corrects_deposit_line", [],
     "Buyer corrects the quoted supplier's 'deposit received, so we start the 590' and restates the "
     "full scope.",
     [("RE_DD-50_status.eml", eml_bytes(_c24))])

# ---- c25: RFQ on the buyer's sourcing portal
_c25 = html_page("MHL Sourcing - RFQ-24-055", """
<h2>Merlion Healthcare Linen &mdash; e-Sourcing</h2>
<h3>Request for Quotation RFQ-24-055 &mdash; chemical dosing pumps</h3>
<p>Closing date: 21 June 2024, 17:00 SGT &middot; Contact: Tan Wei Ling</p>
<table>
<tr><th>Scenario</th><th>Scope</th><th>Quantity</th></tr>
<tr><td>A</td><td>Trial, Block B tunnel line 1</td><td>3 units</td></tr>
<tr><td>B</td><td>Rollout, 4 plants</td><td>45 units</td></tr>
<tr><td>C</td><td>Rollout incl. spares pool</td><td>60 units</td></tr>
</table>
<div class="note">This RFQ is not a purchase order. It authorizes no work and no material purchase.
Please quote unit price, lead time and warranty for each scenario (IEC 60335-1, IP65, 24 VDC).</div>
""")
case("c25_portal_rfq", [],
     "Sourcing-portal RFQ with three quantity scenarios, explicitly not an order.",
     [("MHL_RFQ-24-055.html", _c25)])


# =================================================================== BUILD
RULES = [f"RG{n:03d}" for n in range(1, 13)]


def _stem(fn):
    return re.sub(r"[^A-Za-z0-9]+", "_", Path(fn).stem).strip("_")


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case id"
    assert len(CASES) == 70, len(CASES)
    clean = [c for c in CASES if not c["expect"]]
    assert len(clean) == 25, len(clean)
    for c in CASES:
        assert c["name"].startswith("c" if not c["expect"] else "p"), c["name"]
        assert all(r in RULES for r in c["expect"]), c["name"]
    for r in RULES:
        n = sum(r in c["expect"] for c in CASES)
        assert n >= 6, (r, n)

    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(184184).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h184_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    build()
