#!/usr/bin/env python3
"""Generator for the releasegate check_holdout188 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout188/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).
Domain: winter sports gear (snowboard bindings, ski poles, goggle frames, ski-boot buckles,
ski racks, wax irons). All companies and people are fictional.
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
    m["Message-ID"] = msgid or f"<h188-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h188")
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


# ------------------------------------------------------------ h188 helpers
from email.utils import format_datetime  # noqa: E402


def when(y, mo, d, h, mi, off=2):
    """RFC 5322 date with a fixed offset (hours)."""
    tz = _dt.timezone(_dt.timedelta(hours=off))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, 0, tzinfo=tz))


def q(text):
    """Quote a message body the way mail clients do ('> ', nested '>>')."""
    out = []
    for line in text.strip("\n").split("\n"):
        if not line.strip():
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out)


def html_of(text):
    """A plain HTML rendering of a mail body (for multipart/alternative)."""
    blocks = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip("> ")) for ln in lines)
            blocks.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:6px\">{inner}</blockquote>")
        else:
            blocks.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(blocks) + "\n</body></html>\n")


# people (all fictional)
ALP_RETO = "Reto Zgraggen <reto.zgraggen@alpenfirn.ch>"
ALP_CORINNE = "Corinne Bättig <corinne.baettig@alpenfirn.ch>"
ALP_MARTIN = "Martin Imhof <martin.imhof@alpenfirn.ch>"
CMR_KYLE = "Kyle Dempsey <kdempsey@coastmountainrentals.ca>"
CMR_JENNA = "Jenna Lafleur <jlafleur@coastmountainrentals.ca>"
CMR_DARREN = "Darren Okafor <dokafor@coastmountainrentals.ca>"
CMR_PRIYA = "Priya Sandhu <ap@coastmountainrentals.ca>"
YB_ONO = "Takeshi Onodera <t.onodera@yamabiko-outdoor.co.jp>"
YB_SAKURAI = "Mika Sakurai <m.sakurai@yamabiko-outdoor.co.jp>"
YB_KANDA = "Hiroshi Kanda <h.kanda@yamabiko-outdoor.co.jp>"
SKI_FLO = "Florian Gruber <f.gruber@skischule-tauernblick.at>"
SKI_HANNES = "Hannes Wieser <verleih@skischule-tauernblick.at>"
SKI_SABINE = "Sabine Pichler <office@skischule-tauernblick.at>"
KB_MATEJ = "Matej Kranjc <matej.kranjc@kovina-bohinj.si>"
KB_NINA = "Nina Zupan <nina.zupan@kovina-bohinj.si>"
FM_GIORGIO = "Giorgio Bortolin <g.bortolin@fibbiemontello.it>"
FM_ELISA = "Elisa Favaro <e.favaro@fibbiemontello.it>"
XJ_LILY = "Lily Chen <lily.chen@xmjinhai-optical.com>"
XJ_WANG = "Wang Jianguo <wang.jg@xmjinhai-optical.com>"
TY_KEVIN = "Kevin Lin <kevin.lin@taiyang-sports.com.tw>"
TY_AMY = "Amy Huang <amy.huang@taiyang-sports.com.tw>"
TC_ANDREI = "Andrei Popescu <andrei.popescu@termocarpati.ro>"
TC_IOANA = "Ioana Stan <ioana.stan@termocarpati.ro>"
MR_MIHAI = "Mihai Dumitrescu <mihai@metalrack-sibiu.ro>"

SIG_RETO = sig("Reto Zgraggen", "Einkauf Hardgoods / Purchasing", "Alpenfirn Ski AG, Stans", "+41 41 619 22 40")
SIG_KYLE = sig("Kyle Dempsey", "Purchasing Lead", "Coast Mountain Rentals Ltd., Whistler BC", "+1 604 555 0142")
SIG_ONO = sig("Takeshi Onodera", "Purchasing Dept. / Hardgoods", "Yamabiko Outdoor Co., Ltd., Sapporo", "+81 11 555 0187")
SIG_FLO = ("\n-- \nFlorian Gruber\nGeschäftsführer\nSkischule Tauernblick GmbH\nObertauern 41, 5562 Obertauern\n"
           "+43 6456 7012\n\nFirmenbuch FN 123456x, LG Salzburg. Diese Nachricht ist vertraulich.\n")
SIG_MATEJ = ("\n-- \nLep pozdrav / Best regards\nMatej Kranjc\nSales | Kovina Bohinj d.o.o.\n+386 4 572 01 00\n"
             "This e-mail is confidential. Kovina Bohinj d.o.o. is certified to ISO 9001:2015.\n")
SIG_GIORGIO = ("\n-- \nGiorgio Bortolin\nUfficio Commerciale\nFibbie Montello S.r.l. - Montebelluna (TV)\n+39 0423 555 210\n\n"
               "Ai sensi del GDPR (Reg. UE 2016/679) questa e-mail e' riservata. This e-mail is confidential.\n")
SIG_LILY = sig("Lily Chen", "Sales Manager", "Xiamen Jinhai Optical Plastic Co., Ltd.", "+86 592 555 6618")
SIG_KEVIN = sig("Kevin Lin", "Sales Manager", "Tai-Yang Sports Metal Co., Ltd., Taichung", "+886 4 2555 7781")
SIG_MIHAI = ("\n-- \nMihai Dumitrescu\nDirector\nMetalrack Sibiu SRL\nStr. Fabricii 9, 550195 Sibiu\n+40 269 555 402\n\n"
             "Acest e-mail este confidential. This e-mail is confidential.\n")
SIG_ANDREI = sig("Andrei Popescu", "Sales & Export", "Termo Carpati SRL, Brasov", "+40 268 555 117")


# =================================================================== CLEAN
# c01 -- supplier quote with sample and series tiers; no authorization anywhere.
case("c01_kovina_quote_tiers", [], "supplier quote with a 30 pcs sample tier and 1.200/2.400 series tiers; no authorization, so clean", [
    ("quotation_KB-Q-24-0318.txt", """KOVINA BOHINJ d.o.o.
Industrijska cesta 12, 4264 Bohinjska Bistrica, Slovenija
ID za DDV: SI 12345678          ISO 9001:2015 cert. no. Q-0917/15

PONUDBA / QUOTATION   KB-Q-24-0318                          Date: 14.03.2024
To:   Alpenfirn Ski AG, Allmendstrasse 22, CH-6370 Stans
      att. Mr. Reto Zgraggen, Einkauf
Your enquiry: e-mail 07.03.2024, RFQ AF-24-022

Item: ski pole shaft, Al 7075-T6, dia 18/16 mm, cut length 1 170 mm, anodised black
Your drawing: AF-SP-1816, DRG 40211 Rev 3 (tolerances per ISO 2768-m)

Pos  Description                          Qty         Unit price    Amount
---  -----------------------------------  ----------  ------------  -------------
1    Sample lot, hand finished, with FAI     30 pcs    EUR 22,40      EUR   672,00
2    Series tier A                        1.200 pcs    EUR  6,85      EUR 8.220,00
3    Series tier B                        2.400 pcs    EUR  6,10      EUR 14.640,00

Tooling (swaging die, anodising rack): EUR 1.850,00 one time, amortised from tier B.

Lead time:  samples 3 weeks from your order
            series 6-7 weeks from your written release
Material:   7075-T6 tube from Impol, from stock for the samples. Tube for series we buy
            only after your release.
Validity:   60 days from date of quotation
Delivery:   EXW Bohinjska Bistrica (Incoterms 2020)
Payment:    30 days net

This is an offer, not an order confirmation.

Lep pozdrav / kind regards
Matej Kranjc
Sales, Kovina Bohinj d.o.o.
+386 4 572 01 00
"""),
])

# c02 -- buyer RFQ with three volume scenarios, says it authorizes nothing.
_t = """Hi Mihai,

Thanks for the call yesterday. As promised, here's our RFQ for the RK-10W wall rack (10 pairs,
40x40x2 mm steel tube, powder coat RAL 7016, drawing CMR-RK10W Rev 4).

Please quote three scenarios, everything DAP Whistler (Incoterms 2020):

  A) 40 racks   - Creekside shop only
  B) 120 racks  - Creekside + Village + Blackcomb base
  C) 300 racks  - all six locations incl. the Squamish depot

Plus a price for 3 sample racks up front, we'd want those before anything else.

Questions on our side:
 - Can the coating take -30 C without chipping? We had chipping with the current racks.
 - Are the M10 wall anchors included or separate?
 - Lead time from a written release to ex works for scenario B?

Just so there's no confusion: this is a request for quotation, not an order. Nothing is
authorized to build or buy yet - no samples, no material. A PO and, later, a separate written
release will follow once we pick a scenario.

Quotes by Aug 30 if you can.

Cheers,
Kyle
""" + SIG_KYLE
case("c02_cmr_rfq_scenarios", [], "buyer RFQ with three volume scenarios and a sample price request; states that nothing is authorized", [
    ("RFQ_CMR-24-031.eml", eml_bytes(mail(CMR_KYLE, MR_MIHAI, "RFQ CMR-24-031 - wall ski racks RK-10W, 3 volume scenarios",
                                           when(2024, 8, 16, 10, 12, -7), _t, html=html_of(_t)))),
])

# c03 -- WeChat: supplier asks for the go-ahead on the balance, buyer answers with the full scope.
case("c03_wechat_goahead_question", [], "supplier's go-ahead question answered by the buyer with active qty 24, hold, sign-off event and named release authority", [
    ("wechat_export_2024-08.txt", """WeChat chat history export
Chat: Yamabiko / Jinhai GF-2210
Exported by: Takeshi Onodera   2024-08-22 18:40 (UTC+9)

2024-08-21 10:02  Lily Chen (Xiamen Jinhai)
Onodera-san good morning. 24 pcs samples GF-2210 finish inspection, will send by DHL Friday.

2024-08-21 10:04  Lily Chen (Xiamen Jinhai)
Our injection machine 280T is free from next week. Can we have go-ahead for the balance 4 976 pcs? Then we can keep the machine for you

2024-08-21 11:37  Takeshi Onodera (Yamabiko)
Lily-san, thank you. Sorry, not yet.
PO 4500-YB-2207 releases only the 24 samples. Balance 4 976 pcs is NOT released.
First Sakurai-san (QA) makes the sample sign-off in Sapporo (fit on 3 helmet sizes + ISO 18527-1 check). After that Kanda-san (General Manager) sends the written production release. Before this please do not buy TPU for the balance.

2024-08-21 11:52  Lily Chen (Xiamen Jinhai)
OK understand. We wait the written release from Kanda-san. Only 24 pcs now 🙏

2024-08-21 11:53  Takeshi Onodera (Yamabiko)
Thank you for understanding 🙇
"""),
])

# c04 -- clearly labelled non-binding forecast.
case("c04_alpenfirn_forecast", [], "clearly labelled non-binding forecast; no order, no material authority", [
    ("Forecast_BK-45_2025-26.pdf", pdf([
        ("h1", "Forecast season 2025/26 - NON-BINDING"),
        ("p", "Alpenfirn Ski AG, Supply Chain, Allmendstrasse 22, 6370 Stans, Switzerland"),
        ("p", "To: Fibbie Montello S.r.l., Montebelluna - Attn. Giorgio Bortolin / Elisa Favaro"),
        ("p", "Item: BK-45 Rev D micro-adjust buckle, alu 7075, 4 positions. Issued 30.08.2024, version 2."),
        ("table", [["Month", "Forecast qty (pcs)", "Type"],
                   ["Apr 2025", "2.000", "forecast"],
                   ["May 2025", "3.000", "forecast"],
                   ["Jun 2025", "3.500", "forecast"],
                   ["Jul 2025", "2.500", "forecast"],
                   ["Aug 2025", "1.000", "forecast"],
                   ["Total", "12.000", "forecast"]]),
        ("sp",),
        ("p", "This is a planning forecast only. It is not a purchase order, not a commitment to buy and "
              "not a production release. No material authority is given with this forecast: please do not "
              "buy or stage material against these figures."),
        ("p", "Orders come only as a PO from Alpenfirn purchasing; production is released only by a written "
              "production release signed by Martin Imhof, Head of Supply Chain."),
        ("p", "Figures may change by +/- 30 % with each monthly update."),
    ], title="Forecast BK-45 2025/26", author="Alpenfirn Ski AG")),
])

# c05 -- sample sign-off record scoped to fit check only.
case("c05_yamabiko_signoff_fitcheck", [], "sample sign-off 'approved for fit check only; production not released' with qty, event and named release authority", [
    ("QA-24-0830_GF-2210.docx", docx_bytes([
        ("h1", "Sample sign-off record QA-24-0830"),
        ("p", "Yamabiko Outdoor Co., Ltd. - Quality Assurance, Sapporo"),
        ("table", [["Field", "Entry"],
                   ["Part", "GF-2210 goggle frame, TPU Shore 90A, mould XJ-M-2210"],
                   ["Supplier", "Xiamen Jinhai Optical Plastic Co., Ltd."],
                   ["PO / line", "4500-YB-2207 / line 10 (samples)"],
                   ["Sample quantity received", "24 pcs"],
                   ["Tests", "fit on helmet sizes S/M/L; ISO 18527-1 frame deformation; -20 C flex 50 cycles"],
                   ["Disposition", "Approved for fit check only; production not released"],
                   ["Signed (QA)", "Mika Sakurai, 30 Aug 2024"]]),
        ("sp",),
        ("p", "Scope: this sign-off covers the 24 sample pieces for the fit check. It is a technical "
              "disposition and it releases no production quantity."),
        ("p", "Balance: 4 976 pcs (PO line 20) stay on hold. They are released only after the colour-fastness "
              "test (report due 13 Sep) is passed and Hiroshi Kanda, General Manager, sends a written "
              "production release."),
        ("p", "Material authority: sample-only. The supplier should not buy TPU for the balance."),
    ], author="Mika Sakurai")),
])

# c06 -- buyer portal full-quantity PO, repeat order, no sample stage.
case("c06_cmr_portal_fullqty", [], "full-quantity repeat PO on the buyer portal, 'proceed with the full 120 racks'; no balance exists", [
    ("supplier_portal_PO_4500020177.html", html_page("CMR Supplier Portal - PO 4500020177", """
<h2>Coast Mountain Rentals - Supplier Portal</h2>
<p>Logged in as: <b>Metalrack Sibiu SRL</b> (vendor 100388) &middot; <a href="#">Orders</a> &middot; <a href="#">Invoices</a></p>
<h3>Purchase order 4500020177 &nbsp; <small>Rev 0 &middot; issued 2024-09-03 &middot; buyer K. Dempsey</small></h3>
<table>
<tr><th>Ln</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit USD</th><th>Ext USD</th><th>Need by</th></tr>
<tr><td>1</td><td>RK-10W</td><td>Wall ski rack, 10 pairs, RAL 7016, DRG CMR-RK10W Rev 4</td><td>120</td><td>EA</td><td>142.00</td><td>17,040.00</td><td>2024-11-01</td></tr>
<tr><td>2</td><td>RK-ANC-M10</td><td>Wall anchor kit M10 x 120</td><td>120</td><td>KIT</td><td>6.50</td><td>780.00</td><td>2024-11-01</td></tr>
</table>
<div class="note">
<p><b>Order note:</b> Repeat order of the RK-10W design you built for us in 2023 (PO 4500017702). The design is
unchanged, so there is no sample stage on this order and nothing is held back: 120 racks is the full and final
quantity of this PO.</p>
<p>Please proceed with the full 120 racks and 120 anchor kits. Ship DAP Whistler, Creekside receiving dock.</p>
</div>
<p><button>Acknowledge PO</button> <button>Message buyer</button></p>
<p style="color:#777">Coast Mountain Rentals Ltd. &middot; 4320 Sundial Cres, Whistler BC &middot; portal v2.8</p>
""")),
])
# c07 -- DELFOR call-off with explicit staged material authority above the released quantity.
case("c07_delfor_calloff_staged", [], "call-off releases 1.200 firm; forecast lines labelled not released; staged material authority 3.600; next call-off signed by Martin Imhof", [
    ("DELFOR_AF-000317.txt", """EDI DELFOR D.96A - PRINT VIEW                          Alpenfirn Ski AG / SAP ECC 6.0
Message ref : AF-DELFOR-000317                        Date/time: 26.08.2024 07:05
Sender      : ALPENFIRN SKI AG, STANS CH              GLN 7612345000019
Receiver    : FIBBIE MONTELLO SRL, MONTEBELLUNA IT    GLN 8012345000041
Sched. agr. : 5500001245
Material    : BK-45 Rev D  micro-adjust buckle alu 7075, 4 pos.   (your ref FM-BK45-D)
Call-off no.: 3   (replaces call-off 2 of 12.08.2024)

Line  Period        Qty (pcs)   SCC  Meaning
----  ------------  ----------  ---  ------------------------------------------
1     KW 36                400  1    FIRM - production released
2     KW 37                400  1    FIRM - production released
3     KW 38                400  1    FIRM - production released
4     KW 39-44           3.000  4    PLANNING / FORECAST - not released
5     KW 45-50           3.000  4    PLANNING / FORECAST - not released

Cum. released with this call-off   : 1.200 pcs
Material authority (RAW)           : staged, up to 3.600 pcs (alu 7075 blanks, springs, rivets)
                                     raw material only - no fabrication beyond the 1.200 pcs
Forecast (lines 4-5)               : 6.000 pcs, planning information only, not released

FTX+AAI: Production is released for the firm lines 1-3 only (1.200 pcs). Lines 4-5 are forecast
FTX+AAI: and stay on hold until the next call-off (no. 4), which is signed by Martin Imhof,
FTX+AAI: Head of Supply Chain. Raw material may be bought up to 3.600 pcs at Alpenfirn's
FTX+AAI: liability as stated above.

UNT+38+AF-DELFOR-000317'
"""),
])

# c08 -- signed, explicit auto-conversion record.
case("c08_cmr_autoconversion_signed", [], "explicit signed auto-conversion record: sign-off releases 400 sets by itself, conditions and signer named; remaining 384 on hold", [
    ("TY-BX400_autoconversion_record.docx", docx_bytes([
        ("h1", "Auto-conversion record - TY-BX400 rental binding"),
        ("p", "Coast Mountain Rentals Ltd. (buyer) / Tai-Yang Sports Metal Co., Ltd. (supplier)"),
        ("table", [["Item", "Entry"],
                   ["PO", "4500019920"],
                   ["Part", "TY-BX400 binding set (baseplate, highback, 2 ratchets), sizes S/M/L"],
                   ["Sample quantity", "16 sets (PO line 1)"],
                   ["Quoted quantity", "800 sets in total: 16 samples + 784 balance (quote TY-Q-24-061)"],
                   ["Auto-conversion quantity", "400 sets"],
                   ["Condition", "sample sign-off recorded as 'approved' by Jenna Lafleur by 15 Aug 2024, against test plan CMR-TP-07 (ratchet 5,000 cycles, impact at -25 C)"],
                   ["Material authority", "staged up to 400 sets"],
                   ["Remaining after conversion", "384 sets (of the 800 quoted) on hold"]]),
        ("sp",),
        ("p", "Auto-conversion statement: if, and only if, the condition above is met, the approved sample "
              "sign-off releases 400 sets for production by itself. No further release document is needed for "
              "these 400 sets. An interim or rejected sign-off releases nothing."),
        ("p", "The remaining 384 sets stay on hold. They are released only by a separate written release from "
              "Darren Okafor, VP Operations, after lot acceptance of the first 400 sets at Whistler."),
        ("p", "Recorded and signed before the sample sign-off:"),
        ("p", "Darren Okafor, VP Operations, Coast Mountain Rentals Ltd. - signed 12 Jul 2024"),
        ("p", "Acknowledged: Kevin Lin, Sales Manager, Tai-Yang Sports Metal Co., Ltd. - 15 Jul 2024"),
    ], author="Darren Okafor")),
])

# c09 -- old quote forwarded as message/rfc822, declared informational.
_old = mail(XJ_LILY, YB_ONO, "Quotation XJ-Q-22-0415 GF-1900 goggle frame", when(2022, 4, 15, 16, 20, 8),
            """Dear Onodera-san,

Please find our quotation for GF-1900 frame (TPU, 2 colours):

  Sample            20 pcs      USD 38.00 / pc
  MOQ            3 000 pcs      USD  4.10 / pc
  Volume        10 000 pcs      USD  3.65 / pc
  Mould XJ-M-1900 (2 cavity)    USD 9 800 one time

Lead time mass production 35 days after your order.
Validity 30 days.
""" + SIG_LILY)
_t = """Lily-san,

Good afternoon. I forward below your 2022 quotation for the old model GF-1900, only as price
reference for our cost discussion on GF-2210 next week.

This old quotation is information only. It is not an order and it releases nothing.

The status of GF-2210 does not change:
- PO 4500-YB-2207 covers the 24 sample pcs only.
- The balance 4 976 pcs is not released. It stays on hold until Sakurai-san (QA) signs off the
  samples and Kanda-san (General Manager) sends you the written production release.

Best regards,
Onodera
""" + SIG_ONO
case("c09_yb_fwd_old_quote", [], "old quote with 10 000 pcs forwarded as rfc822 and declared information only; current scope restated in full", [
    ("Fwd_XJ-Q-22-0415.eml", eml_bytes(mail(YB_ONO, XJ_LILY, "Fwd: Quotation XJ-Q-22-0415 GF-1900 goggle frame (price reference only)",
                                             when(2024, 8, 27, 14, 5, 9), _t, html=html_of(_t), attachments=[("rfc822", _old)]))),
])

# c10 -- buyer reply that corrects a quoted supplier auto-conversion line.
_quoted = """Buongiorno Reto,

samples BK-45 Rev D will be ready KW 34. To save time, once Ms Bättig approves the samples we roll
straight into the 3.960 pcs, ok? We have the aluminium bars already in house.

Cordiali saluti
Giorgio
"""
_t = """Ciao Giorgio

No, sorry, this is not how it works for us. Please read our PO again:

PO 4500078421 covers the 40 sample buckles BK-45 Rev D only. The balance of 3.960 pcs from your
offer FM-24-188 is not released. After Corinne Bättig has signed off the samples, Martin Imhof
(Head of Supply Chain) sends you a written production release for a stated quantity. The sample
approval alone releases nothing.

Material: please use only what you need for the 40 samples. The bars in house are at your risk.

Danke und Gruss
Reto
""" + SIG_RETO + "\nAm 19.08.2024 um 16:42 schrieb Giorgio Bortolin <g.bortolin@fibbiemontello.it>:\n" + q(_quoted) + "\n"
case("c10_alp_corrects_quoted_roll", [], "buyer reply corrects a quoted supplier 'roll straight into the 3.960'; quoted supplier text is not an authorization; buyer scope complete", [
    ("Re_BK-45_samples_KW34.eml", eml_bytes(mail(ALP_RETO, FM_GIORGIO, "Re: BK-45 Rev D - campioni / samples KW 34",
                                                  when(2024, 8, 20, 8, 31, 2), _t, cc=ALP_CORINNE,
                                                  in_reply_to="<fm-2024-0819-1642@fibbiemontello.it>"))),
])

# c11 -- WhatsApp: supplier says the deposit does not release production.
case("c11_whatsapp_deposit_not_release", [], "supplier states the deposit does not release production; buyer confirms 3 samples, 57 on hold until Hannes' test and Florian's written release", [
    ("WhatsApp_Chat_Termo_Carpati.txt", """[05.09.24, 09:41:12] Andrei Popescu Termo Carpati: Good morning Mr. Gruber, we received today the 30% deposit for order 24-114 wax irons WI-1000, thank you very much!
[05.09.24, 09:42:30] Andrei Popescu Termo Carpati: Just to be clear on our side: the deposit does not release production. We make now only the 3 sample irons (230 V, 1000 W, thermostat 90-160 C). The 57 series irons we do not start until we have your written release.
[05.09.24, 10:15:04] Florian Gruber: Passt, genau so 👍 3 Stück Muster only.
[05.09.24, 10:16:47] Florian Gruber: The 57 stay on hold. Hannes (Verleih-Chef) tests the 3 samples on our tuning bench for two weeks, when his test is OK I send you the release for the 57 in writing, signed by me.
[05.09.24, 10:18:22] Andrei Popescu Termo Carpati: Perfect, thank you. Samples ship on 12.09 with DPD, EN 60335-1 test report inside the box.
[05.09.24, 10:18:40] Florian Gruber: Danke, schönen Tag noch
"""),
])

# c12 -- supplier acknowledgement that restates the hold.
case("c12_fm_ack_restates_hold", [], "supplier order acknowledgement restating 40 sample pcs, balance 3.960 not released, event and named release authority, sample-only material", [
    ("Conferma_ordine_OC-24-0733.pdf", pdf([
        ("h1", "Conferma d'ordine / Order acknowledgement OC-24-0733"),
        ("p", "Fibbie Montello S.r.l., Via Feltrina Sud 140, 31044 Montebelluna (TV), Italia - P.IVA IT01234560266"),
        ("p", "Customer: Alpenfirn Ski AG, Stans (CH). Your order: PO 4500078421 of 12.08.2024. Date: 14.08.2024"),
        ("table", [["Pos.", "Articolo / Item", "Descrizione", "Q.ta", "Prezzo EUR", "Importo EUR"],
                   ["10", "BK-45 Rev D", "Micro-adjust buckle alu 7075, 4 pos. - SAMPLE lot", "40 pz", "14,50", "580,00"]]),
        ("sp",),
        ("p", "We acknowledge your PO as written: 40 sample pieces BK-45 Rev D, delivery KW 34."),
        ("p", "Balance 3.960 pcs of our offer FM-24-188: NOT released. We wait for your written production "
              "release from Mr. Martin Imhof, after the sample approval of Ms. Corinne Battig. Until then we do "
              "not plan or start the series."),
        ("p", "Material: we buy aluminium 7075 only for the 40 samples."),
        ("p", "Payment 60 days end of month. Resa / delivery DAP Stans. Distinti saluti, Elisa Favaro - Produzione"),
    ], title="OC-24-0733", author="Fibbie Montello")),
])

# c13 -- interim sign-off with limits, DOCX attached to a mail.
_d = docx_bytes([
    ("h1", "Interim sample disposition ID-24-011"),
    ("p", "Yamabiko Outdoor Co., Ltd. - Quality Assurance / Merchandising"),
    ("table", [["Field", "Entry"],
               ["Part", "YB-SB20 snowboard binding (retail), sizes M/L"],
               ["Supplier", "Tai-Yang Sports Metal Co., Ltd., Taichung"],
               ["PO", "4500-YB-2215 (12 sample sets; production line 1 500 sets)"],
               ["Disposition", "INTERIM"],
               ["Deviation accepted", "strap colour Pantone 7545 C instead of 7546 C"],
               ["Open item", "ratchet durability re-test, 10 000 cycles, report due 25 Oct 2024"],
               ["Quantity limit", "200 sets"],
               ["Date limit", "produced and shipped by 31 Oct 2024"]]),
    ("sp",),
    ("h", "Sample sign-off (QA)"),
    ("p", "Interim: the samples are accepted with the colour deviation, limited to 200 sets and to 31 Oct 2024. "
          "Signed: Mika Sakurai, QA, 9 Sep 2024."),
    ("h", "Production release"),
    ("p", "Under this interim disposition, production release R-01 is given for 200 sets. "
          "Released by Hiroshi Kanda, General Manager, 9 Sep 2024."),
    ("p", "The remaining 1 300 sets are not released. They stay on hold until the full sample sign-off "
          "(re-test passed) and a further written release by Hiroshi Kanda."),
    ("p", "Material authority: staged up to 200 sets."),
], author="Mika Sakurai")
_t = """Dear Kevin-san,

Please find attached the interim disposition ID-24-011 for YB-SB20.

In short: 200 sets are released now (release R-01 by Kanda-san, inside the interim limits,
ship by 31 Oct). The remaining 1 300 sets are on hold until the ratchet re-test is passed,
the full sign-off is done and Kanda-san sends the next written release.

Please confirm you received it.

Best regards,
Mika Sakurai
Quality Assurance, Yamabiko Outdoor Co., Ltd.
"""
case("c13_yb_interim_disposition", [], "interim sign-off limited to 200 sets / 31 Oct with separate release R-01 by Kanda; 1 300 on hold until re-test and written release", [
    ("Interim_disposition_YB-SB20.eml", eml_bytes(mail(YB_SAKURAI, TY_KEVIN, "YB-SB20 interim disposition ID-24-011 / release R-01 200 sets",
                                                        when(2024, 9, 9, 17, 2, 9), _t, cc=YB_KANDA,
                                                        attachments=[("ID-24-011_YB-SB20.docx", _d, DOCX_MT)]))),
])
# c14 -- deviation permit that leaves quantities untouched.
case("c14_alp_deviation_permit", [], "deviation permit for anodising shade on the 30 sample shafts; changes no quantity or release status; not an authorization", [
    ("DP-24-011.pdf", pdf([
        ("h1", "Deviation permit DP-24-011"),
        ("p", "Alpenfirn Ski AG - Product Engineering Hardgoods - Stans"),
        ("table", [["Field", "Entry"],
                   ["Supplier", "Kovina Bohinj d.o.o., Bohinjska Bistrica (SI)"],
                   ["Part", "AF-SP-1816 ski pole shaft, DRG 40211 Rev 3"],
                   ["Reference", "PO 4500077310, line 10 (samples)"],
                   ["Characteristic", "anodising shade: Black 6C requested, delivered shade slightly brown under D65"],
                   ["Affected pieces", "the 30 sample shafts of line 10"],
                   ["Decision", "deviation accepted for the sample shafts, for internal fit and bending tests (ISO 7331)"],
                   ["Valid until", "31.10.2024"]]),
        ("sp",),
        ("p", "This permit covers the colour characteristic only. It does not change the quantities, the scope "
              "or the release status of the order; these stay as written in the PO. For any series the "
              "drawing shade applies."),
        ("p", "Issued: Corinne Battig, Product Engineering, 04.09.2024"),
    ], title="DP-24-011", author="Alpenfirn Ski AG")),
])

# c15 -- ERP full-quantity PO with many quantity-like identifiers.
case("c15_cmr_erp_fullqty_identifiers", [], "full and final ERP PO for 36 wax irons + 12 plates, 'proceed with the full 36'; identifiers 1000 W, 120 V, CSA No. 64, Rev 12 are not quantities", [
    ("PO_4500020150.txt", """COAST MOUNTAIN RENTALS LTD.                                   PURCHASE ORDER
4320 Sundial Cres, Whistler BC  V8E 1H2  Canada               PO No.: 4500020150   Rev: 0
Tel +1 604 555 0100                                           Date:   2024-08-06
                                                              Buyer:  K. Dempsey
Vendor 100412
TERMO CARPATI SRL
Str. Zizinului 118, 500407 Brasov, Romania

Ship to: Creekside Tune Shop, 2072 Nordic Dr, Whistler BC
Terms: Net 45      Incoterms 2020: DAP Whistler      Currency: CAD

Ln  Item           Description                                   Qty  UoM   Unit CAD    Ext CAD
--  -------------  --------------------------------------------  ---  ----  --------  ---------
 1  WI-1000/120    Wax iron 1000 W, 120 V, CSA C22.2 No. 64        36  EA       96.50   3,474.00
                   digital thermostat 90-160 C, DRG TC-WI-1000 Rev 12
 2  WI-PLATE-150   Spare sole plate 150 x 80 mm, Rev 3              12  EA       18.20     218.40
                                                                            ---------------------
                                                                            Total CAD   3,692.40

Notes:
 - Repeat order, same spec as PO 4500018800 (2023). Existing design, no sample stage.
 - Full and final order quantity: 36 irons + 12 spare plates. Nothing further to follow on this PO.
 - Please proceed with the full 36 irons, ship by 2024-10-15.
 - Carton label must show 1000 W / 120 V and the CSA mark; packing per CMR-PK-03.

G/L 5010-200     Cost centre 4120 (tune shops)     Tax: GST 5% (reg. 12345 6789 RT0001)
Page 1 of 1
"""),
])

# c16 -- Teams chat, go-ahead scoped to the 16 sample sets.
case("c16_teams_goahead_scoped", [], "Teams go-ahead scoped to 'the 16 sample sets only'; 784 not released; sign-off by Jenna then written release by Darren", [
    ("Teams_chat_TY-BX400.txt", """Microsoft Teams - chat export
Chat:         CMR / Tai-Yang - TY-BX400 rental binding
Participants: Jenna Lafleur (Coast Mountain Rentals), Kyle Dempsey (Coast Mountain Rentals),
              Kevin Lin (Tai-Yang Sports Metal)
Exported:     2024-08-14 16:02 PDT

[2024-08-13 08:41] Kevin Lin
Morning! 16 sample sets are assembled. Can we pack and ship today? And what about the 784? Our line is free end of August.

[2024-08-13 08:55] Jenna Lafleur
Go ahead and ship the 16 sample sets only 👍 The 784 are NOT released. I do the sample sign-off here in the shop (fit on our rental boards + ratchet test at -25), then Darren Okafor sends you the written production release. Not before.

[2024-08-13 08:57] Kyle Dempsey
+1. Material for the 16 only pls, Kevin.

[2024-08-13 09:10] Kevin Lin
Understood. 16 sets ship today by FedEx, tracking follows. 784 on hold, we wait for Darren's release.
"""),
])

# c17 -- supplier portal order book that shows the hold.
case("c17_xj_portal_status_hold", [], "supplier portal order status: 24 samples shipped, balance 4 976 NOT RELEASED awaiting Kanda; TPU for 24 only; supplier page, no authorization", [
    ("jinhai_customer_portal_orders.html", html_page("Jinhai Customer Portal - Order status", """
<h2>Xiamen Jinhai Optical Plastic Co., Ltd. &mdash; Customer Portal</h2>
<p>Customer: <b>Yamabiko Outdoor Co., Ltd.</b> (C-0318) &middot; updated 2024-08-26 17:00 CST</p>
<table>
<tr><th>Customer PO</th><th>Line</th><th>Part</th><th>Qty</th><th>Status</th><th>Material</th></tr>
<tr><td>4500-YB-2207</td><td>10</td><td>GF-2210 frame, sample</td><td>24</td><td>Shipped 2024-08-23, DHL 48 1234 5678</td><td>TPU for 24 pcs, issued</td></tr>
<tr><td>4500-YB-2207</td><td>20</td><td>GF-2210 frame, mass production</td><td>4 976</td><td><b>NOT RELEASED</b> &mdash; waiting customer written release (Mr. H. Kanda, GM) after sample sign-off (Ms. M. Sakurai, QA)</td><td>none bought</td></tr>
</table>
<div class="note">Mould XJ-M-2210 (2 cavities), machine 280T. We start mass production only with the customer's written release. Deposit and payments do not change this status.</div>
<p style="color:#888">Jinhai portal 1.4 &middot; ISO 9001:2015 / ISO 14001:2015</p>
""")),
])

# c18 -- model sample PO (PDF): all four jobs done.
case("c18_alp_sample_po_complete", [], "sample PO for 30 shafts; quoted 2.400 marked information only and not released; sign-off + written release by Martin Imhof; sample-only material", [
    ("PO_4500077310.pdf", pdf([
        ("h1", "Bestellung / Purchase Order 4500077310"),
        ("p", "Alpenfirn Ski AG, Einkauf Hardgoods, Allmendstrasse 22, 6370 Stans, Schweiz"),
        ("p", "Lieferant / Supplier: Kovina Bohinj d.o.o., Industrijska cesta 12, 4264 Bohinjska Bistrica, SI (210388)"),
        ("p", "Datum: 22.07.2024 - Einkauf: Reto Zgraggen - Ihre Offerte: KB-Q-24-0318 vom 14.03.2024"),
        ("table", [["Pos", "Material", "Bezeichnung / Description", "Menge", "Preis EUR", "Betrag EUR"],
                   ["10", "AF-SP-1816", "Ski pole shaft 7075-T6 18/16 x 1170, DRG 40211 Rev 3 - SAMPLE", "30 pcs", "22,40", "672,00"]]),
        ("sp",),
        ("h", "Scope of this PO"),
        ("p", "1. Active quantity: 30 sample shafts (pos 10). Please make and ship these 30 pieces now."),
        ("p", "2. The series quantity of 2.400 pcs in your quote KB-Q-24-0318 is shown there for information only. "
              "It is not released by this PO."),
        ("p", "3. Unlock: after the sample sign-off by Corinne Battig (Product Engineering), Martin Imhof, Head of "
              "Supply Chain, may release series quantities in a written production release."),
        ("p", "4. Material authority: sample-only (30 pcs). Tube for series only after a written release."),
        ("p", "Lieferung DAP Stans, KW 32. Zahlung 30 Tage netto. Freundliche Gruesse, Reto Zgraggen"),
    ], title="PO 4500077310", author="Alpenfirn Ski AG")),
])

# c19 -- multi-file: cover mail + PO + supplier quote, all consistent.
_t = """Hi Mihai,

Attached our PO 4500020290 for the 3 sample racks RK-10W, plus your quote MS-Q-24-0912 back for
reference so we're looking at the same numbers.

To be clear on scope:
- Build the 3 sample racks now (ship by Sept 27).
- The series scenarios in your quote (40 / 120 / 300 racks) are information only and are not
  released by this PO.
- Jenna Lafleur does the sample sign-off at Creekside. After that, Darren Okafor (VP Ops) decides
  the series and sends you a written release.
- Material: 3 racks' worth only.

Thanks!
Kyle
""" + SIG_KYLE
case("c19_cmr_cover_po_quote", [], "cover mail + PO (3 sample racks) + supplier quote (3/40/120/300 tiers): quoted series marked information only, not released; sign-off + Darren's written release", [
    ("cover_mail_PO_4500020290.eml", eml_bytes(mail(CMR_KYLE, MR_MIHAI, "PO 4500020290 - 3 sample racks RK-10W",
                                                     when(2024, 9, 6, 11, 48, -7), _t, cc=CMR_JENNA))),
    ("PO_4500020290.pdf", pdf([
        ("h1", "PURCHASE ORDER 4500020290"),
        ("p", "Coast Mountain Rentals Ltd., 4320 Sundial Cres, Whistler BC V8E 1H2, Canada"),
        ("p", "Vendor: Metalrack Sibiu SRL, Str. Fabricii 9, 550195 Sibiu, Romania (100388). Date: 2024-09-06. Buyer: Kyle Dempsey"),
        ("table", [["Ln", "Item", "Description", "Qty", "Unit USD", "Ext USD"],
                   ["1", "RK-10W-S", "Wall ski rack RK-10W, SAMPLE, DRG CMR-RK10W Rev 4, RAL 7016", "3", "210.00", "630.00"]]),
        ("sp",),
        ("p", "Scope: this PO covers 3 sample racks only. The series quantities quoted in MS-Q-24-0912 "
              "(scenarios A-C: 40, 120, 300 racks) are information only and are not released by this PO."),
        ("p", "Unlock event: sample sign-off by Jenna Lafleur (Fleet & Workshop Manager), followed by a written "
              "release from Darren Okafor, VP Operations."),
        ("p", "Material authority: sample-only (3 racks)."),
        ("p", "Ship DAP Whistler by 2024-09-27. Net 45."),
    ], pagesize=LETTER, title="PO 4500020290", author="Coast Mountain Rentals")),
    ("MS-Q-24-0912.pdf", pdf([
        ("h1", "OFERTA / QUOTATION MS-Q-24-0912"),
        ("p", "Metalrack Sibiu SRL - Str. Fabricii 9, 550195 Sibiu, Romania - CUI RO12345678"),
        ("p", "Client: Coast Mountain Rentals Ltd., Whistler BC - Attn. Mr. Kyle Dempsey - your RFQ CMR-24-031"),
        ("p", "Product: RK-10W wall ski rack, 10 pairs, tube 40x40x2, powder coat RAL 7016, anchors M10 separate"),
        ("table", [["Scenario", "Quantity", "Unit price USD", "Lead time"],
                   ["Samples", "3 racks", "210.00", "3 weeks"],
                   ["A", "40 racks", "158.00", "6 weeks after release"],
                   ["B", "120 racks", "142.00", "7 weeks after release"],
                   ["C", "300 racks", "131.00", "9 weeks after release"]]),
        ("sp",),
        ("p", "Coating tested -30 C impact per ISO 6272. Anchor kit M10 x 120: USD 6.50 / kit."),
        ("p", "Offer valid 45 days. This is a quotation. Best regards, Mihai Dumitrescu, Director"),
    ], title="MS-Q-24-0912", author="Metalrack Sibiu")),
])

# c20 -- minutes that keep the words apart.
case("c20_ski_minutes_words_apart", [], "minutes keep 'sample sign-off', 'PO issued' and 'production release' apart; 150 pairs on hold until test week and Florian Gruber's written release", [
    ("Protokoll_2024-10-15_Leihstoecke.docx", docx_bytes([
        ("h1", "Besprechungsprotokoll / Minutes - Leihstöcke 2024/25"),
        ("p", "Datum: 15.10.2024, Skischule Tauernblick, Obertauern. Anwesend: Florian Gruber (GF), Hannes Wieser "
              "(Verleih), Matej Kranjc (Kovina Bohinj, per Teams)."),
        ("h", "1. Sample sign-off"),
        ("p", "Hannes checked the 10 sample pairs KB-RP-115 (rental pole, alu 7075, dia 16 mm, 115 cm) on 14.10. "
              "Sample sign-off: passed for fit, grip and strap function. This is a technical sign-off only."),
        ("h", "2. PO issued"),
        ("p", "Bestellung 24-102 is issued (commercial): 10 pairs samples + 150 pairs series, EUR 19,80 per pair, "
              "DAP Obertauern."),
        ("h", "3. Production release"),
        ("p", "Not given. The 150 pairs stay on hold until the test week on the slopes (21.-25.10.) is done and "
              "Florian Gruber signs the written production release for a stated quantity."),
        ("h", "4. Material"),
        ("p", "Kovina has tube for the 10 sample pairs only. No tube for the 150 pairs before the written release."),
        ("table", [["To do", "Who", "When"],
                   ["Test week report", "Hannes Wieser", "25.10.2024"],
                   ["Written production release (or not)", "Florian Gruber", "28.10.2024"],
                   ["Capacity check for 150 pairs, no material", "Matej Kranjc", "28.10.2024"]]),
    ], author="Florian Gruber")),
])

# c21 -- release letter saved as plain text.
case("c21_yb_release_letter_txt", [], "written release R-01 of 1 200 pcs by Kanda; remaining 3 776 on hold until his next written release after lot acceptance; material for 1 200 only", [
    ("release_R-01_GF-2210.txt", """From:    Hiroshi Kanda <h.kanda@yamabiko-outdoor.co.jp>
To:      Lily Chen <lily.chen@xmjinhai-optical.com>
Cc:      Takeshi Onodera; Mika Sakurai
Date:    Mon, 16 Sep 2024 10:05:00 +0900
Subject: Production release R-01 / GF-2210 goggle frame / PO 4500-YB-2207

Dear Ms. Lily Chen,

Sakurai (QA) completed the sample sign-off of the 24 samples on 12 September (report QA-24-0912).

With this mail I release production of GF-2210 as below.

  Release no.         : R-01
  PO / line           : 4500-YB-2207 / line 20
  Released quantity   : 1 200 pcs (one thousand two hundred)
  Delivery            : ex works Xiamen, 25 October 2024
  Material authority  : TPU and clip inserts for the 1 200 pcs only

The remaining 3 776 pcs of line 20 are not released. They stay on hold until my next written
release (R-02), which I plan after lot acceptance of this first lot at our Sapporo warehouse.

Best regards,

Hiroshi Kanda
General Manager, Merchandising
Yamabiko Outdoor Co., Ltd.
2-1 Kita 3-jo Nishi, Chuo-ku, Sapporo 060-0003
"""),
])

# c22 -- buyer portal release notice.
case("c22_alp_portal_release_notice", [], "portal production release PR-2024-021 of 1.200 shafts; remaining 1.200 not released until lot acceptance and Martin Imhof's next written release", [
    ("portal_PR-2024-021.html", html_page("Alpenfirn Lieferantenportal - Produktionsfreigabe PR-2024-021", """
<h2>Alpenfirn Lieferantenportal</h2>
<p>Lieferant: <b>Kovina Bohinj d.o.o.</b> (210388) &middot; Sprache: EN</p>
<h3>Production release PR-2024-021</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Order</td><td>PO 4500077310, AF-SP-1816 ski pole shaft, DRG 40211 Rev 3</td></tr>
<tr><td>Sample sign-off</td><td>done 29.08.2024, C. Bättig (report PE-24-117)</td></tr>
<tr><td>Released quantity (this release)</td><td><b>1.200 pcs</b></td></tr>
<tr><td>Delivery</td><td>KW 43, DAP Stans</td></tr>
<tr><td>Material authority</td><td>tube 7075-T6 for 1.200 pcs</td></tr>
<tr><td>Remaining quoted series quantity</td><td>1.200 pcs &mdash; not released</td></tr>
<tr><td>Next unlock event</td><td>lot acceptance of these 1.200 pcs at Stans incoming inspection, then the next written release</td></tr>
<tr><td>Released by</td><td>Martin Imhof, Head of Supply Chain, 02.09.2024</td></tr>
</table>
<div class="note">Please acknowledge this release. The remaining 1.200 pcs may only be started with a new written
production release from Martin Imhof.</div>
<p><button>Acknowledge</button></p>
""")),
])

# c23 -- supplier status mail with quoted complete buyer scope, asks a question.
_quoted = """Sehr geehrter Herr Dumitrescu,

anbei unsere Bestellung 24-117: 2 Stück Muster-Skiständer RK-20F (freistehend, 20 Paar).
The other 38 racks from your offer MS-Q-24-0871 are not released. Hannes Wieser (Verleih) checks
the 2 samples in our depot; after his OK I send you the written release for the 38.

Mit freundlichen Grüßen
Florian Gruber
Geschäftsführer, Skischule Tauernblick GmbH
"""
_t = """Dear Mr. Gruber,

the 2 sample racks RK-20F are welded, powder coating RAL 9006 is tomorrow and they ship on Friday
with Dachser.

One question: may we already order the steel tube for the 38 racks? The mill has 5 weeks delivery
now. We do not order anything before your answer - only the material for the 2 samples is bought.

Please advise.
""" + SIG_MIHAI + "\nOn 02.09.2024 10:14, Florian Gruber wrote:\n" + q(_quoted) + "\n"
case("c23_mr_status_question_quoted_scope", [], "supplier status + question 'may we order tube for the 38?' under a quoted complete buyer scope; no material bought beyond samples", [
    ("AW_Bestellung_24-117.eml", eml_bytes(mail(MR_MIHAI, SKI_FLO, "AW: Bestellung 24-117 Musterracks / sample racks RK-20F",
                                                 when(2024, 9, 10, 15, 26, 3), _t, in_reply_to="<sk-24-117@skischule-tauernblick.at>"))),
])

# c24 -- supplier proforma for samples: payment does not release production.
case("c24_tc_proforma_samples", [], "supplier proforma for 5 sample irons; series 300 marked information only; says payment does not release production", [
    ("Proforma_TC-PF-24-0098.pdf", pdf([
        ("h1", "PROFORMA INVOICE TC-PF-24-0098"),
        ("p", "Termo Carpati SRL, Str. Zizinului 118, 500407 Brasov, Romania - CUI RO23456789 - EN 60335-1 / EN 60335-2-3 tested products"),
        ("p", "Buyer: Yamabiko Outdoor Co., Ltd., Sapporo, Japan. Your PO 4500-YB-2270. Date 21.08.2024"),
        ("table", [["No.", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
                   ["1", "WI-1000/JP", "Wax iron 1000 W, 100 V, PSE version - SAMPLE", "5", "64,00", "320,00"],
                   ["2", "FRT", "Air freight to Sapporo (CPT)", "1", "145,00", "145,00"],
                   ["", "", "", "", "Total", "465,00"]]),
        ("sp",),
        ("p", "Payment terms: 100 % in advance for the sample lot, by bank transfer to IBAN RO49 AAAA 1B31 0075 9384 0000."),
        ("p", "The series quantity of 300 pcs from our offer TC-OF-24-051 is for information only and is NOT released "
              "by this proforma or by its payment. Payment of this proforma does not release production. Series "
              "production starts only after the written production release from Yamabiko."),
        ("p", "Ioana Stan, Export Department"),
    ], title="TC-PF-24-0098", author="Termo Carpati SRL")),
])

# c25 -- buyer: tooling deposit paid, deposit does not release production (EML + PDF payment advice).
_pa = pdf([
    ("h1", "PAYMENT ADVICE"),
    ("p", "Coast Mountain Rentals Ltd. - Accounts Payable - Whistler BC"),
    ("table", [["Field", "Value"],
               ["Beneficiary", "Tai-Yang Sports Metal Co., Ltd., Taichung, Taiwan"],
               ["Amount", "USD 4,800.00"],
               ["Value date", "2024-07-22"],
               ["Reference", "Tooling deposit TY-BX400 / PO 4500019920"],
               ["Bank ref", "CMR-WIRE-2024-0718"]]),
    ("p", "Prepared by: Priya Sandhu, Accounts Payable"),
], pagesize=LETTER, title="Payment advice", author="Coast Mountain Rentals")
_t = """Hi Kevin,

Priya sent the wire for the tooling deposit this morning, USD 4,800 - payment advice attached.

Just to be clear, since it came up on your side last time: the deposit pays for the tooling. It
does not release production.

Right now PO 4500019920 covers the 16 sample sets only. The balance of 784 sets stays on hold
until Jenna signs off the samples and Darren Okafor sends you a written production release.
Material: sample quantity only, please.

Thanks,
Kyle
""" + SIG_KYLE
case("c25_cmr_deposit_not_release", [], "buyer says tooling deposit does not release production; 16 samples active, 784 on hold until sign-off and Darren's written release; PDF payment advice attached", [
    ("Tooling_deposit_TY-BX400.eml", eml_bytes(mail(CMR_KYLE, TY_KEVIN, "Tooling deposit paid - TY-BX400 / PO 4500019920",
                                                     when(2024, 7, 22, 9, 40, -7), _t, html=html_of(_t), cc=CMR_PRIYA,
                                                     attachments=[("payment_advice_CMR-WIRE-2024-0718.pdf", _pa, PDF_MT)]))),
])


# ================================================================ POSITIVE
# p01 -- sample PO with the quote's series line printed beside it, nothing else.
case("p01_alp_po_quote_extract", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 20 pcs prints the quote's 1'800 series line beside it with no 'not released'; no hold, no unlock event, no release authority", [
    ("PO_4500077955.pdf", pdf([
        ("h1", "Bestellung / Purchase Order 4500077955"),
        ("p", "Alpenfirn Ski AG, Einkauf Hardgoods, Allmendstrasse 22, 6370 Stans, Schweiz"),
        ("p", "Lieferant / Supplier: Kovina Bohinj d.o.o., Industrijska cesta 12, 4264 Bohinjska Bistrica, SI (210388)"),
        ("p", "Datum: 09.09.2024 - Einkauf: Reto Zgraggen - Ihre Offerte: KB-Q-24-0402 vom 02.09.2024"),
        ("table", [["Pos", "Material", "Bezeichnung / Description", "Menge", "Preis CHF", "Betrag CHF"],
                   ["10", "AF-TP-14", "Touring pole lower section Al 7075-T6 dia 14, DRG 40388 Rev 2, sample lot", "20 Stk", "31.50", "630.00"]]),
        ("sp",),
        ("h", "Offerte KB-Q-24-0402 (Auszug / extract)"),
        ("table", [["Tranche", "Menge", "Preis CHF", "Liefertermin"],
                   ["Muster / samples", "20 Stk", "31.50", "KW 39"],
                   ["Serie / series", "1'800 Stk", "9.20", "KW 48"]]),
        ("sp",),
        ("p", "Bitte Auftragsbestätigung innert 3 Tagen. Please confirm within 3 days. "
              "Lieferung DAP Stans, Zahlung 30 Tage netto, es gelten unsere AEB 2023."),
        ("p", "Freundliche Grüsse, Reto Zgraggen, Einkauf Hardgoods"),
    ], title="PO 4500077955", author="Alpenfirn Ski AG")),
])

# p02 -- Teams: complete scope posted, then an unscoped "green light".
case("p02_teams_green_light", ["RG002"],
     "complete scope posted by Kyle (16 samples, 784 on hold, sign-off, Darren), then Jenna answers the sample photos with an unscoped 'green light!'", [
    ("Teams_chat_export_0821.txt", """Microsoft Teams - chat export
Chat:         TY-BX400 samples (external)
Participants: Kyle Dempsey, Jenna Lafleur (Coast Mountain Rentals); Kevin Lin (Tai-Yang Sports Metal)
Exported:     2024-08-22 08:15 PDT

[2024-08-02 10:03] Kyle Dempsey
Kevin, for the record in this chat: PO 4500019920 is for the 16 sample sets only. The 784-set balance is not released. Darren Okafor releases it in writing after Jenna's sample sign-off.

[2024-08-02 10:40] Kevin Lin
Noted Kyle, thank you.

[2024-08-21 19:12] Kevin Lin
Hi Jenna, photos of the 16 sets after assembly 📷 Ratchets with new teeth profile (Rev C), straps M/L. Can you check?
<image: IMG_4471.jpg> <image: IMG_4472.jpg> <image: IMG_4475.jpg>

[2024-08-21 21:30] Jenna Lafleur
Looks awesome 🙌 green light!

[2024-08-21 21:31] Kevin Lin
Great, thanks Jenna!!
"""),
])

# p03 -- sample PO mail: balance on hold "until further notice", no person (multipart/alternative + text attachment).
_erp = """YAMABIKO OUTDOOR CO., LTD.  -  PO EXTRACT (SAP MM)          printed 2024-09-02 13:10
PO          : 4500-YB-2231      vendor: 300417 XIAMEN JINHAI OPTICAL PLASTIC
Purch. group: H02 / T. ONODERA
Item 10  GF-1508K kids goggle frame TPU, mould XJ-M-1508   qty 12 PC   price USD 35.00
         deliv. date 2024-09-27   incoterm FCA Xiamen
Header text: SAMPLES
"""
_t = """Dear Lily-san,

Thank you for your quotation XJ-Q-24-0390.

Please find our PO 4500-YB-2231 for 12 pcs samples of the kids frame GF-1508K (PO extract
attached). Please make only these 12 pcs now.

The mass production quantity is not released. Please keep it on hold until further notice.

Please confirm the sample delivery date.

Best regards,
Onodera
""" + SIG_ONO
case("p03_yb_sample_po_until_further_notice", ["RG004", "RG005"],
     "12 samples active and mass production 'on hold until further notice': no unlock event and nobody named who may release", [
    ("PO_4500-YB-2231_samples.eml", eml_bytes(mail(YB_ONO, XJ_LILY, "PO 4500-YB-2231 / GF-1508K kids frame / 12 pcs samples",
                                                    when(2024, 9, 2, 13, 25, 9), _t, html=html_of(_t),
                                                    attachments=[("PO_4500-YB-2231_extract.txt", _erp, "text/plain")]))),
])

# p04 -- ERP PO: hold + event, release by an unnamed department.
case("p04_alp_erp_po_dept_release", ["RG005"],
     "sample PO 40 pcs, balance 2.960 on hold until sample sign-off, but release 'by our Purchasing department' names no person", [
    ("PO_4500078590.txt", """ALPENFIRN SKI AG                                          BESTELLUNG / PURCHASE ORDER
Allmendstrasse 22, CH-6370 Stans                          Nr. 4500078590   Datum 02.09.2024
Tel. +41 41 619 22 00                                     Einkäufergruppe H12 / R. Zgraggen

Lieferant 210455
FIBBIE MONTELLO S.R.L.
Via Feltrina Sud 140
31044 Montebelluna (TV), Italia

Pos  Material   Kurztext                                       Menge  ME   Preis EUR   Wert EUR
---  ---------  ---------------------------------------------  -----  ---  ---------  ---------
10   BK-52      Power-lever buckle alu 7075 Rev B, SAMPLE         40  ST       12,80     512,00
                Liefertermin KW 39

Kopftext / header note:
  Sample lot for PPAP level 2 (ISO 5355 boot fit test, salt spray 240 h per ISO 9227).
  Balance 2.960 pcs from your offer FM-24-203 is ON HOLD until sample sign-off.
  Production release will be given by our Purchasing department.
  Material: for the 40 samples only.

Zahlungsbedingungen: 30 Tage netto      Incoterms 2020: DAP Stans
Es gelten die AEB der Alpenfirn Ski AG, Ausgabe 2023.
"""),
])

# p05 -- minutes: release authority named, hold stated, but no unlock event.
case("p05_ski_minutes_no_event", ["RG004"],
     "2 sample racks active, 46 racks 'on hold until further notice', Florian Gruber named as release authority; no event unlocks the balance", [
    ("Protokoll_Skidepot_2024-09-03.docx", docx_bytes([
        ("h1", "Besprechungsprotokoll - Skidepot Talstation"),
        ("p", "03.09.2024, Teams-Call. Teilnehmer: Florian Gruber (GF, Skischule Tauernblick), Sabine Pichler (Büro), "
              "Mihai Dumitrescu (Metalrack Sibiu)."),
        ("num", "Bestellung 24-122: 2 sample racks RK-W6 (wall rack, 6 pairs, RAL 9006). Metalrack makes the 2 samples now, delivery KW 38."),
        ("num", "The other 46 racks of offer MS-Q-24-0877 are not released. They stay on hold until further notice."),
        ("num", "Release authority: only Florian Gruber (Geschäftsführer) can release racks, in writing. Mails from the office or from the rental staff do not release anything."),
        ("num", "Material: Metalrack buys steel only for the 2 samples."),
        ("num", "Next call: when Florian is back from the ÖSV meeting."),
        ("p", "Protokoll: S. Pichler"),
    ], author="Sabine Pichler")),
])

# p06 -- supplier reply (two-level thread): roll straight into mass production, material for full qty booked.
_lvl2 = """Dear Onodera-san,

Received PO 4500-YB-2244 with thanks. We confirm 30 pcs samples GF-2300 OTG frame, mould trial
T1 on 26 Aug.

Best regards
Wang Jianguo
"""
_lvl1 = """Dear Wang-san,

Thank you. Once more for clarity: PO 4500-YB-2244 releases only the 30 samples. The balance of
2 970 pcs is not released until Sakurai-san (QA) signs off the samples and Kanda-san (General
Manager) sends the written production release.

When can you ship the 30 samples?

Onodera

On 2024/08/22 11:02, Wang Jianguo wrote:
""" + q(_lvl2)
_t = """Dear Onodera-san,

30 pcs samples will ship 4 Sep by DHL, AWB follows.

To keep your season date: once you approve the samples we go directly into mass production of
the 2 970 pcs, no waiting. The TPU and the anti-fog lens clips for the full 2 970 pcs are already
booked and paid to our material supplier, delivery to our factory next week.

Best regards
Wang Jianguo
Factory Manager, Xiamen Jinhai Optical Plastic Co., Ltd.

On 2024/08/23 09:40, Takeshi Onodera wrote:
""" + q(_lvl1) + "\n"
case("p06_xj_reply_roll_into_mp", ["RG006", "RG007"],
     "supplier's top message (two-level thread) says approval of samples rolls directly into the 2 970 and material for the full 2 970 is already bought; quoted buyer scope is complete", [
    ("Re_Re_PO_4500-YB-2244.eml", eml_bytes(mail(XJ_WANG, YB_ONO, "Re: Re: PO 4500-YB-2244 GF-2300 samples",
                                                  when(2024, 8, 29, 16, 8, 8), _t, cc=XJ_LILY,
                                                  in_reply_to="<yb-2244-0823@yamabiko-outdoor.co.jp>"))),
])

# p07 -- supplier status report: material bought for the full 800 sets.
case("p07_ty_status_report_material", ["RG006"],
     "supplier status report: 16 samples shipped, 784 not released, but aluminium plate and PA6-GF30 bought for 800 sets without any material authority", [
    ("TY-BX400_status_wk33.pdf", pdf([
        ("h1", "Project status report - week 33"),
        ("p", "Tai-Yang Sports Metal Co., Ltd., No. 88 Gongye 3rd Rd, Xitun Dist., Taichung, Taiwan"),
        ("p", "Customer: Coast Mountain Rentals Ltd. - Project: TY-BX400 rental binding - PO 4500019920 - Report by: Amy Huang (PMC)"),
        ("table", [["Item", "Status", "Remark"],
                   ["Samples, 16 sets", "Shipped 12 Aug, FedEx 7712 3344 5566", "waiting your sample sign-off"],
                   ["Balance, 784 sets", "Not released", "we wait your written release"],
                   ["Aluminium 6061-T6 plate 6 mm", "Purchased for 800 sets, in stock", "to keep season lead time"],
                   ["PA6-GF30 for highbacks", "Purchased for 800 sets, 1 450 kg", "delivered 9 Aug"],
                   ["Ratchet springs SUS301", "Ordered for 800 sets", "ETA 26 Aug"],
                   ["Tooling (highback mould)", "Finished, T2 OK", "-"]]),
        ("sp",),
        ("p", "Production start: only after your written release. Capacity reserved week 36-39 (line 2)."),
        ("p", "Next report: week 34."),
    ], title="TY-BX400 status wk33", author="Tai-Yang Sports Metal")),
])

# p08 -- WhatsApp: supplier starts the series because the deposit arrived.
case("p08_whatsapp_deposit_start", ["RG012"],
     "buyer's chat scope is complete (12 sample pairs, 180 not released until Hannes' test and Florian's written release); supplier then starts the 180 because the deposit arrived", [
    ("WhatsApp_Chat_Kovina.txt", """[02.10.24, 08:14:05] Florian Gruber: Dobro jutro Matej 🙂 Bestellung 24-109 is out by mail. 12 pairs sample poles KB-RP-115 only, for our test. The 180 pairs series are NOT released. Hannes tests the samples in the first week on the glacier and then I send you the release in writing.
[02.10.24, 08:20:47] Matej Kranjc Kovina: Thank you gospod Gruber, clear
[09.10.24, 15:02:11] Matej Kranjc Kovina: Gospod Gruber, 40% deposit is received today, thank you!! So we start now with production of the 180 pairs, then delivery is sure in week 47 before season opening
[09.10.24, 15:30:39] Florian Gruber: Super, danke Matej. Send me pics of the samples when packed pls
[09.10.24, 15:31:02] Matej Kranjc Kovina: 👍
"""),
])

# p09 -- PO: forecast quantity written as a firm order / commitment.
case("p09_yb_po_forecast_firm", ["RG008"],
     "PO line 20 takes 3 000 pairs 'based on our sales forecast' and says 'we commit ... treat as firm order'; release scope otherwise complete", [
    ("PO_4500-YB-2262.pdf", pdf([
        ("h1", "PURCHASE ORDER 4500-YB-2262"),
        ("p", "Yamabiko Outdoor Co., Ltd., 2-1 Kita 3-jo Nishi, Chuo-ku, Sapporo 060-0003, Japan"),
        ("p", "Supplier: Kovina Bohinj d.o.o., Bohinjska Bistrica, Slovenia. Date: 2024-09-05. Buyer: Takeshi Onodera"),
        ("table", [["Line", "Item", "Description", "Qty", "Unit EUR", "Status"],
                   ["10", "YB-AP120", "Alu ski pole 'Yamabiko Trail', 120 cm, private label - samples", "20 pairs", "24,00", "released for sample production"],
                   ["20", "YB-AP120", "Same, season 2025/26", "3 000 pairs", "8,40", "see note"]]),
        ("sp",),
        ("p", "Note to line 20: the quantity is based on our sales forecast for season 2025/26. Yamabiko commits to "
              "take the full 3 000 pairs. Please treat line 20 as a firm order and plan your capacity."),
        ("p", "Production of line 20 is not released by this PO. It is released only in writing by Hiroshi Kanda, "
              "General Manager, after the sample sign-off by Mika Sakurai (QA)."),
        ("p", "Material authority: sample quantity only (20 pairs)."),
        ("p", "Delivery of samples: FCA Ljubljana, 2024-10-04."),
    ], title="PO 4500-YB-2262", author="Yamabiko Outdoor")),
])

# p10 -- "approved" for technical, commercial and production; quoted question; HTML attachment.
_portal = html_page("Alpenfirn Lieferantenportal - PO 4500077310", """
<h2>Alpenfirn Lieferantenportal &mdash; Export</h2>
<p>PO 4500077310 &middot; Kovina Bohinj d.o.o. &middot; exported 11.09.2024 08:02</p>
<table>
<tr><th>Pos</th><th>Item</th><th>Qty</th><th>Status</th></tr>
<tr><td>10</td><td>AF-SP-1816 shaft, samples</td><td>30</td><td>delivered 02.09. &middot; samples approved (C. Bättig)</td></tr>
<tr><td>20</td><td>AF-SP-1816 shaft, series</td><td>2.400</td><td>PO line approved (finance workflow) &middot; production: ON HOLD</td></tr>
</table>
""")
_quoted = """Hi Reto,

samples are with you since Monday. Any news for series? We would need to book the anodising slot.

Lp Matej
"""
_t = """Hoi Matej

Good news: the 30 sample shafts are approved by Corinne (technical, bending test per ISO 7331 OK).
Our PO 4500077310 is approved by finance as well, so the series line 20 is now approved in SAP.

Production is not approved yet. The production approval for the 2.400 comes from Martin Imhof in
writing, after our budget approval in the board meeting on 24.09. Until then the 2.400 stay on
hold - please don't start and don't buy tube beyond the samples.

Attached the portal export, so you see the same status as we do.

Gruss
Reto
""" + SIG_RETO + "\nAm 10.09.2024 um 17:05 schrieb Matej Kranjc <matej.kranjc@kovina-bohinj.si>:\n" + q(_quoted) + "\n"
case("p10_alp_approved_three_ways", ["RG009"],
     "'approved' used for the sample (technical), the PO in SAP (commercial) and production; scope otherwise complete (30 samples, 2.400 on hold, board approval + Martin's written release)", [
    ("RE_series_AF-SP-1816.eml", eml_bytes(mail(ALP_RETO, KB_MATEJ, "RE: AF-SP-1816 - series?", when(2024, 9, 11, 8, 10, 2), _t,
                                                 in_reply_to="<kb-0910-1705@kovina-bohinj.si>",
                                                 attachments=[("portal_export_4500077310.html", _portal, "text/html")]))),
])

# p11 -- EDI 850 sample line without a quantity.
case("p11_cmr_edi850_no_qty", ["RG010"],
     "EDI 850 sample line with blank quantity ('per vendor quote', quote not in bundle); hold, sign-off event and Darren named", [
    ("EDI850_4500020366.txt", """*** EDI X12 850 PURCHASE ORDER - TRANSLATED PRINT ***             CMR EDI Gateway v3.2
ISA sender: COASTMTNRENT    receiver: METALRACKSB    ctl# 000004417    2024-09-10 06:31

BEG*00*SA*4500020366**20240910
    Purpose 00 Original / Type SA Stand-alone / PO 4500020366 / 2024-09-10
REF*VN*MS-Q-24-0951
    Vendor quote ref MS-Q-24-0951
N1*ST*COAST MOUNTAIN RENTALS - CREEKSIDE*92*WHS01
PO1*1**EA*185.00**VP*RK-6S*BP*CMR-RK6S-R2
    Line 1  RK-6S snowboard wall rack (6 boards), DRG CMR-RK6S Rev 2
            Qty: (blank)   UOM: EA   Price: USD 185.00
PID*F****SAMPLE LOT PER VENDOR QUOTE - FIT CHECK AT CREEKSIDE SHOP
MSG*SAMPLE RACKS ONLY. SERIES BALANCE NOT RELEASED.
MSG*SERIES RELEASE ONLY AFTER SAMPLE SIGN-OFF BY JENNA LAFLEUR (FLEET+WORKSHOP MGR)
MSG*AND WRITTEN RELEASE BY DARREN OKAFOR (VP OPERATIONS). MATERIAL FOR SAMPLES ONLY.
CTT*1
SE*12*0001
GE*1*4417
IEA*1*000004417
"""),
])

# p12 -- PO (50 samples) and the supplier's proforma (60 samples) disagree.
case("p12_alp_po_vs_proforma", ["RG011"],
     "PO 4500078612 authorizes 50 sample cam buckles; the supplier's proforma for the same PO bills 60 sample pieces", [
    ("PO_4500078612.pdf", pdf([
        ("h1", "Bestellung / Purchase Order 4500078612"),
        ("p", "Alpenfirn Ski AG, Einkauf Hardgoods, Allmendstrasse 22, 6370 Stans, Schweiz"),
        ("p", "Lieferant: Fibbie Montello S.r.l., Via Feltrina Sud 140, 31044 Montebelluna (TV), Italia (210455)"),
        ("p", "Datum: 16.09.2024 - Einkauf: Reto Zgraggen - Offerte FM-24-219"),
        ("table", [["Pos", "Material", "Bezeichnung", "Menge", "Preis EUR", "Betrag EUR"],
                   ["10", "PS-33", "Power-strap cam buckle, alu 6082, Rev A - SAMPLE", "50 pcs", "9,60", "480,00"]]),
        ("sp",),
        ("p", "Active quantity: 50 sample pieces (pos 10), delivery KW 41."),
        ("p", "The series quantity of your offer FM-24-219 is not released with this PO. After the sample sign-off by "
              "Corinne Battig, Martin Imhof (Head of Supply Chain) decides the series and sends a written production release."),
        ("p", "Material authority: sample-only."),
    ], title="PO 4500078612", author="Alpenfirn Ski AG")),
    ("Proforma_PF-24-0211.pdf", pdf([
        ("h1", "FATTURA PROFORMA / PROFORMA INVOICE PF-24/0211"),
        ("p", "Fibbie Montello S.r.l. - Via Feltrina Sud 140 - 31044 Montebelluna (TV) - P.IVA IT01234560266"),
        ("p", "Cliente / Customer: Alpenfirn Ski AG, Stans (CH). Vs. ordine / your order: 4500078612 del 16.09.2024. Data: 18.09.2024"),
        ("table", [["Pos.", "Articolo", "Descrizione", "Q.ta", "Prezzo EUR", "Importo EUR"],
                   ["10", "PS-33 Rev A", "Power-strap cam buckle - campioni / samples", "60 pz", "9,60", "576,00"],
                   ["", "", "Trasporto / freight DAP Stans", "1", "85,00", "85,00"],
                   ["", "", "", "", "Totale", "661,00"]]),
        ("sp",),
        ("p", "Pagamento: bonifico 30 gg d.f. - IBAN IT60 X054 2811 1010 0000 0123 456. Consegna KW 41."),
        ("p", "Elisa Favaro - Produzione / Qualita"),
    ], title="PF-24/0211", author="Fibbie Montello")),
])

# p13 -- one release record, two different released quantities.
case("p13_cmr_pilot_release_two_qty", ["RG011"],
     "pilot release record: table says 150 sets released, text says Darren releases 'one hundred twenty (120) sets'", [
    ("Pilot_release_TY-KX200.docx", docx_bytes([
        ("h1", "Pilot release record - TY-KX200 kids binding"),
        ("p", "Coast Mountain Rentals Ltd. / Tai-Yang Sports Metal Co., Ltd. - PO 4500020102"),
        ("table", [["Item", "Entry"],
                   ["Samples", "8 sets, sample sign-off approved by Jenna Lafleur on 2024-09-04 (report CMR-QR-0904)"],
                   ["Quoted program quantity", "600 sets (quote TY-Q-24-070)"],
                   ["Released quantity (pilot)", "150 sets"],
                   ["Material authority", "pilot quantity only"],
                   ["Released by", "Darren Okafor, VP Operations, 2024-09-06"]]),
        ("sp",),
        ("p", "Darren Okafor releases one hundred twenty (120) sets for the pilot run, ship to Whistler by Oct 18 "
              "for the kids' program opening."),
        ("p", "The remaining sets of the program are not released. They stay on hold until lot acceptance of the "
              "pilot sets at Whistler and a further written release from Darren Okafor."),
    ], author="Kyle Dempsey")),
])

# p14 -- buyer portal PO: sample line with a "program qty" column, nothing else.
case("p14_cmr_portal_program_qty", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 3 sample racks shows 'Program qty 240' in the same line with no 'not released'; no hold, event or release authority", [
    ("supplier_portal_PO_4500020311.html", html_page("CMR Supplier Portal - PO 4500020311", """
<h2>Coast Mountain Rentals - Supplier Portal</h2>
<p>Logged in as: <b>Metalrack Sibiu SRL</b> (vendor 100388) &middot; <a href="#">Orders</a> &middot; <a href="#">Invoices</a></p>
<h3>Purchase order 4500020311 &nbsp; <small>Rev 0 &middot; issued 2024-09-12 &middot; buyer K. Dempsey</small></h3>
<table>
<tr><th>Ln</th><th>Item</th><th>Description</th><th>Qty</th><th>Program qty</th><th>Unit USD</th><th>Ext USD</th><th>Need by</th></tr>
<tr><td>1</td><td>RK-BT</td><td>Boot &amp; board rack, 8 boards + 16 boots, RAL 7016, DRG CMR-RKBT Rev 1 &ndash; sample</td><td>3</td><td>240</td><td>225.00</td><td>675.00</td><td>2024-10-04</td></tr>
</table>
<div class="note">
<p><b>Buyer message (K. Dempsey, 2024-09-12):</b> Hi Mihai, PO for the RK-BT is up. Please ship the samples asap,
we want them in the Village shop before the staff training on Oct 7. Thanks!</p>
</div>
<p><button>Acknowledge PO</button> <button>Message buyer</button></p>
<p style="color:#777">Coast Mountain Rentals Ltd. &middot; 4320 Sundial Cres, Whistler BC &middot; portal v2.8</p>
""")),
])

# p15 -- WeChat: buyer lets the QA sample approval roll straight into mass production.
case("p15_wechat_buyer_skip_release", ["RG007"],
     "buyer first states written release by Kanda is needed, then says that when Sakurai approves the samples the supplier may start the 2 982 'no need wait paper' (implied auto-conversion)", [
    ("wechat_export_GF-2400.txt", """WeChat chat history export
Chat: Yamabiko / Jinhai GF-2400
Exported by: Lily Chen   2024-09-20 09:02 (UTC+8)

2024-09-03 14:10  Takeshi Onodera (Yamabiko)
Lily-san, PO 4500-YB-2251 is sent by mail. Only 18 samples GF-2400 magnetic lens frame. Balance 2 982 pcs not released until Sakurai-san QA sign-off and written release from Kanda-san.

2024-09-03 14:22  Lily Chen (Xiamen Jinhai)
Received, thank you Onodera-san. 18 pcs samples ready around 16 Sep.

2024-09-18 17:45  Takeshi Onodera (Yamabiko)
Lily-san, one change. Kanda-san is on business trip to Europe (ISPO) until end of month.
To save time: when Sakurai-san approves the samples, you can start the 2 982 pcs immediately. No need to wait paper from Kanda-san.

2024-09-18 17:51  Lily Chen (Xiamen Jinhai)
OK understand 👌 We start mass production right after Sakurai-san QA OK.
"""),
])

# p16 -- forwarded quote (rfc822) with the series tier; release authority named, nothing else.
_fq = mail(KB_MATEJ, ALP_RETO, "Ponudba / quotation KB-Q-24-0415 junior shaft AF-SP-1620", when(2024, 8, 29, 13, 2, 2),
           """Hi Reto,

as discussed, our quotation KB-Q-24-0415 for the junior shaft AF-SP-1620 (Al 7075-T6, dia 16/14,
DRG 40230 Rev 1, anodised blue):

  samples     25 pcs      EUR 19,90
  series   3.000 pcs      EUR  5,40
  tooling  EUR 950,00 one time

Lead time series 6 weeks. Validity 60 days.
""" + SIG_MATEJ)
_t = """Hi Nina

As Matej is on holiday until 16.09.: below his quote (forwarded) and here our PO 4500077960 for
25 sample shafts AF-SP-1620 (junior). Please start the 25 samples, we need them at Stans in KW 40
for the junior fit day.

Martin Imhof is the release authority for this programme.

Thanks and greetings from Stans
Reto
""" + SIG_RETO
case("p16_alp_fwd_quote_authority_only", ["RG001", "RG003", "RG004"],
     "PO mail for 25 samples forwards the quote with the 3.000 series tier as rfc822 without calling it informational; names Martin Imhof as release authority but no hold and no unlock event", [
    ("Fwd_KB-Q-24-0415_PO_4500077960.eml", eml_bytes(mail(ALP_RETO, KB_NINA, "PO 4500077960 samples AF-SP-1620 / Fwd: quotation KB-Q-24-0415",
                                                          when(2024, 9, 9, 14, 37, 2), _t, attachments=[("rfc822", _fq)]))),
])

# p17 -- sample PO that never says the series is not released.
case("p17_ski_sample_po_bare", ["RG003", "RG004", "RG005"],
     "PO for 2 sample kids racks, 'series per your offer to be mounted by mid-December'; never says the series is not released, no event, no release authority", [
    ("Bestellung_24-131.pdf", pdf([
        ("h1", "Bestellung 24-131"),
        ("p", "Skischule Tauernblick GmbH, Obertauern 41, 5562 Obertauern, Österreich - UID ATU12345678"),
        ("p", "An: Metalrack Sibiu SRL, Str. Fabricii 9, 550195 Sibiu, Rumänien - z.H. Herrn Mihai Dumitrescu"),
        ("p", "Datum: 19.09.2024 - Ihr Angebot MS-Q-24-0880 vom 11.09.2024"),
        ("table", [["Pos", "Artikel", "Bezeichnung", "Menge", "Preis EUR", "Gesamt EUR"],
                   ["1", "RK-KID", "Kinder-Skiständer freistehend, 12 Paar, RAL 5015 - Musterstück", "2", "165,00", "330,00"]]),
        ("sp",),
        ("p", "Muster für unsere neue Kinderskischule am Gamsleiten-Lift. Die Serie laut Ihrem Angebot soll bis "
              "Mitte Dezember montiert sein, bitte Kapazität einplanen."),
        ("p", "Lieferung frei Haus Obertauern bis KW 42. Zahlung 14 Tage 2 % Skonto, 30 Tage netto."),
        ("p", "Mit freundlichen Grüßen, Sabine Pichler, Büro"),
    ], title="Bestellung 24-131", author="Skischule Tauernblick")),
])

# p18 -- plain mail: deposit wired, so green light, no quantity.
case("p18_cmr_mail_deposit_green_light", ["RG002", "RG010", "RG012"],
     "buyer mail: deposit wired 'so you have the green light ... please get going' - payment as release, unscoped green light, no quantity stated", [
    ("RE_PO_4500020388_deposit.txt", """From: Kyle Dempsey <kdempsey@coastmountainrentals.ca>
Sent: Thursday, September 19, 2024 7:52 AM
To: Mihai Dumitrescu <mihai@metalrack-sibiu.ro>
Cc: Priya Sandhu <ap@coastmountainrentals.ca>
Subject: RE: PO 4500020388 - deposit

Hi Mihai,

Priya sent the 30% deposit wire this morning (ref CMR-WIRE-2024-0911), so you have the green light
from us - please get going so we make the Nov 15 install window at the Blackcomb base.

PO 4500020388 is a repeat of the RK-10W design you already make for us, same drawing Rev 4.

Cheers,
Kyle

Kyle Dempsey | Purchasing Lead
Coast Mountain Rentals Ltd. | Whistler, BC
+1 604 555 0142

-----Original Message-----
From: Mihai Dumitrescu <mihai@metalrack-sibiu.ro>
Sent: Wednesday, September 18, 2024 11:20 PM
Subject: PO 4500020388 - deposit

Dear Kyle, thank you for PO 4500020388. The proforma for the 30% deposit is attached. Best regards, Mihai
"""),
])

# p19 -- supplier treats the labelled forecast as an order and buys material for it (EML + PDF attachment).
_fc = pdf([
    ("h1", "Forecast season 2025/26 - NON-BINDING"),
    ("p", "Alpenfirn Ski AG, Supply Chain, Stans. Item BK-45 Rev D micro-adjust buckle. Issued 30.08.2024, version 2."),
    ("table", [["Month", "Forecast qty (pcs)"],
               ["Apr 2025", "2.000"], ["May 2025", "3.000"], ["Jun 2025", "3.500"],
               ["Jul 2025", "2.500"], ["Aug 2025", "1.000"], ["Total", "12.000"]]),
    ("p", "Planning forecast only; not a purchase order and not a production release. No material authority."),
], title="Forecast BK-45 2025/26", author="Alpenfirn Ski AG")
_t = """Dear Reto,

thank you for the forecast 2025/26, I send it back attached for reference.

Based on your forecast order of 12.000 buckles BK-45 we have already ordered the aluminium 7075
bars for the full 12.000 pcs from Alu Veneto, to secure the price before the increase of October.
Bars arrive in our warehouse KW 41.

Please confirm us the delivery split per month, so we can plan the stamping line.

Cordiali saluti
Giorgio
""" + SIG_GIORGIO
case("p19_fm_forecast_order_material", ["RG006", "RG008"],
     "supplier calls the labelled non-binding forecast 'your forecast order of 12.000' and has bought bars for the full 12.000 without any release or material authority", [
    ("Forecast_2025-26_BK-45.eml", eml_bytes(mail(FM_GIORGIO, ALP_RETO, "Forecast 2025/26 BK-45 - materiale / material",
                                                   when(2024, 9, 4, 11, 15, 2), _t,
                                                   attachments=[("Forecast_BK-45_2025-26.pdf", _fc, PDF_MT)]))),
])

# p20 -- supplier portal: forecast booked as firm order, material reserved.
case("p20_xj_portal_forecast_firm", ["RG006", "RG008"],
     "supplier portal books the customer's season forecast 6 000 pcs as 'FIRM ORDER' and has TPU reserved and ordered for 6 000 with nothing released", [
    ("jinhai_portal_forecast_FC-YB-2025.html", html_page("Jinhai Customer Portal - Planning", """
<h2>Xiamen Jinhai Optical Plastic Co., Ltd. &mdash; Customer Portal</h2>
<p>Customer: <b>Yamabiko Outdoor Co., Ltd.</b> (C-0318) &middot; page: Planning &middot; updated 2024-09-09 08:30 CST</p>
<table>
<tr><th>Document</th><th>Received</th><th>Part</th><th>Qty</th><th>Our status</th><th>Material</th></tr>
<tr><td>Forecast FC-YB-2025 (season 2025/26)</td><td>2024-07-02</td><td>GF-2210 frame</td><td>6 000</td><td><b>FIRM ORDER</b> &mdash; in production plan, mould XJ-M-2210 booked Nov-Dec</td><td>TPU 90A reserved 6 000 pcs; PO to resin supplier placed 2024-09-05</td></tr>
</table>
<div class="note">Planner remark (Wang Jianguo): customer forecast taken as firm order for season, to secure machine 280T and resin price.</div>
<p style="color:#888">Jinhai portal 1.4 &middot; ISO 9001:2015 / ISO 14001:2015</p>
""")),
])

# p21 -- sign-off record: "APPROVED" for technical, commercial and production.
case("p21_alp_record_approved_everywhere", ["RG009"],
     "record uses 'approved' for the technical sample approval, the commercial/price approval and the production release of 1.200; hold, event and Martin named", [
    ("Approval_record_BK-45.docx", docx_bytes([
        ("h1", "Approval record BK-45 Rev D"),
        ("p", "Alpenfirn Ski AG / Fibbie Montello S.r.l. - PO 4500078421 - 05.09.2024"),
        ("table", [["Step", "Status", "By", "Date"],
                   ["Samples (40 pcs), technical", "APPROVED", "Corinne Bättig, Product Engineering", "02.09.2024"],
                   ["Price EUR 3,95 / pc, commercial", "APPROVED", "Urs Niederberger, CFO", "04.09.2024"],
                   ["Production, 1.200 pcs", "APPROVED", "Martin Imhof, Head of Supply Chain", "05.09.2024"]]),
        ("sp",),
        ("p", "Production approved for 1.200 pcs, delivery KW 44, material for these 1.200 pcs."),
        ("p", "The remaining 2.760 pcs of the offer stay on hold until lot acceptance of the first 1.200 pcs at Stans "
              "and a further written release by Martin Imhof."),
    ], author="Reto Zgraggen")),
])

# p22 -- supplier MRP printout: series tube ordered with only samples released.
case("p22_kb_mrp_tube_ordered", ["RG006"],
     "supplier MRP: 30 samples released, 2.400 not released, yet tube for the series (480 bars) ordered from the mill; no material authority", [
    ("MRP_run_2024-08-05.txt", """KOVINA BOHINJ d.o.o. - MRP / planiranje materiala          run 05.08.2024 06:30   user NZUPAN
Customer : ALPENFIRN SKI AG (210388)          Customer PO: 4500077310
Item     : AF-SP-1816 ski pole shaft 7075-T6 18/16 x 1170, DRG 40211 Rev 3

Demand                              Qty   Status
--------------------------------  -----   ---------------------------------------
Sample lot (PO line 10)              30   RELEASED by customer
Series (quote KB-Q-24-0318)       2.400   NOT RELEASED - wait customer written release

Material plan: tube 7075-T6 18 x 1,0 mm, 6 m bars, 5 shafts per bar
Requirement   Bars   Our order       Supplier   Status
-----------   ----   -------------   --------   ------------------------------
samples          6   NB-24-1180      Impol      RECEIVED 29.07.
series         480   NB-24-1187      Impol      ORDERED 02.08.2024, conf. del. 30.08.

Remark (N. Zupan): tube for series ordered early, Impol lead time is now 8 weeks.
Cutting of series only after customer release.
"""),
])

# p23 -- supplier reply (quoted thread): deposit received, so cutting for 784 and straight into production after approval.
_quoted = """Hi Amy,

Deposit wired today (USD 12,400, ref CMR-WIRE-2024-0729).

Reminder on scope: PO 4500019920 covers the 16 sample sets only. The 784-set balance is not
released - Darren Okafor releases it in writing after Jenna's sample sign-off.

Kyle
"""
_t = """Dear Kyle,

Thank you, the deposit USD 12,400 is received today.

As the deposit is received we have start cutting the aluminium for the full 784 sets, and after
Jenna approve the samples we will go into production directly, so all sets can ship by Oct 10
for your season.

Samples (16 sets) ship this Friday.

Best regards,
Amy Huang
PMC, Tai-Yang Sports Metal Co., Ltd.
Tel +886 4 2555 7790

On Mon, Jul 29, 2024 at 8:05 AM Kyle Dempsey <kdempsey@coastmountainrentals.ca> wrote:
""" + q(_quoted) + "\n"
case("p23_ty_deposit_cutting_roll", ["RG006", "RG007", "RG012"],
     "supplier: deposit received so cutting aluminium for the full 784, and production straight after sample approval; quoted buyer scope is complete", [
    ("Re_deposit_TY-BX400.eml", eml_bytes(mail(TY_AMY, CMR_KYLE, "Re: Deposit TY-BX400 / PO 4500019920", when(2024, 7, 30, 15, 44, 8), _t,
                                                cc=TY_KEVIN, in_reply_to="<cmr-0729-0805@coastmountainrentals.ca>"))),
])

# p24 -- release letter: 1 200 in the text, 1 000 in the table; next release by unnamed management.
case("p24_yb_release_two_qty_mgmt", ["RG005", "RG011"],
     "release letter says 1 200 pcs in the text and 1 000 pcs in the table; the remaining pcs wait for 'our management', no named release authority", [
    ("Release_R-01_GF-2300.pdf", pdf([
        ("h1", "Production release R-01 - GF-2300 OTG frame"),
        ("p", "Yamabiko Outdoor Co., Ltd., Purchasing Dept., Sapporo. To: Xiamen Jinhai Optical Plastic Co., Ltd. Date: 2024-10-01"),
        ("p", "Dear Wang-san, the 30 samples of PO 4500-YB-2244 passed our sample sign-off on 27 September "
              "(QA report QA-24-0927). We release 1 200 pcs for mass production now, please ship by 8 November."),
        ("table", [["PO / line", "Part", "Released this release", "Delivery", "Material"],
                   ["4500-YB-2244 / 20", "GF-2300 OTG frame, black", "1 000 pcs", "FCA Xiamen, 2024-11-08", "for the released pcs only"]]),
        ("sp",),
        ("p", "The remaining pcs of line 20 are not released. Our management will decide the next release after the "
              "sell-through check in January and send it in writing."),
        ("p", "Best regards, Takeshi Onodera, Purchasing Dept."),
    ], title="Release R-01 GF-2300", author="Yamabiko Outdoor")),
])

# p25 -- multi-file: ERP PO (24 pairs, PO 4500020415) vs cover mail (36 pairs, PO 4500020451) + supplier quote.
_t = """Hi Matej,

Attached as promised: PO 4500020451 for the 36 sample pairs of the adjustable rental pole
CMR-RP-ADJ, and your quote back for reference.

Only the sample pairs are released. The series in your quote is not released - Jenna signs off the
samples at the Creekside shop, then Darren Okafor sends the written release for the series.
Material for the sample pairs only.

Thanks,
Kyle
""" + SIG_KYLE
case("p25_cmr_po_mail_quote_mismatch", ["RG011"],
     "ERP PO 4500020415 authorizes 24 sample pairs; the cover mail for the same order names PO 4500020451 and 36 sample pairs; quote tiers are marked not released", [
    ("PO_4500020415.txt", """COAST MOUNTAIN RENTALS LTD.                                   PURCHASE ORDER
4320 Sundial Cres, Whistler BC  V8E 1H2  Canada               PO No.: 4500020415   Rev: 0
                                                              Date:   2024-09-17
                                                              Buyer:  K. Dempsey
Vendor 100455
KOVINA BOHINJ D.O.O.
Industrijska cesta 12, 4264 Bohinjska Bistrica, Slovenia

Terms: Net 45      Incoterms 2020: DAP Whistler      Currency: USD

Ln  Item          Description                                     Qty  UoM   Unit USD    Ext USD
--  ------------  ----------------------------------------------  ---  ----  --------  ---------
 1  CMR-RP-ADJ-S  Adjustable rental pole 100-135 cm, 7075, SAMPLE   24  PR       26.00     624.00

Notes:
 - Sample pairs only (line 1). Series per quote KB-Q-24-0433 is NOT released by this PO.
 - Series release: after sample sign-off by Jenna Lafleur, written release by Darren Okafor (VP Ops).
 - Material authority: sample quantity only.
"""),
    ("KB-Q-24-0433.pdf", pdf([
        ("h1", "QUOTATION KB-Q-24-0433"),
        ("p", "Kovina Bohinj d.o.o., Industrijska cesta 12, 4264 Bohinjska Bistrica, Slovenia - ISO 9001:2015"),
        ("p", "To: Coast Mountain Rentals Ltd., Whistler BC - Mr. Kyle Dempsey. Date 10.09.2024"),
        ("table", [["Pos", "Description", "Qty", "Unit USD"],
                   ["1", "CMR-RP-ADJ adjustable rental pole, sample pairs", "up to 40 pairs", "26.00"],
                   ["2", "Series tier", "1.200 pairs", "11.40"],
                   ["3", "Series tier", "2.500 pairs", "10.60"]]),
        ("sp",),
        ("p", "Series lead time 7 weeks after written release. Validity 60 days. This is an offer."),
    ], title="KB-Q-24-0433", author="Kovina Bohinj")),
    ("cover_mail_sample_poles.eml", eml_bytes(mail(CMR_KYLE, KB_MATEJ, "PO 4500020451 - sample pairs CMR-RP-ADJ",
                                                   when(2024, 9, 17, 14, 3, -7), _t, cc=CMR_JENNA))),
])

# p26 -- multi-file: minutes + Teams chat; "approved" twice, pilot lot released without a quantity.
case("p26_cmr_minutes_chat_pilot_tbd", ["RG009", "RG010"],
     "minutes: samples 'approved' (technical) and PO 'approved' in Coupa (commercial); pilot lot released with 'quantity to be confirmed', and the chat starts it still without a number", [
    ("Minutes_RK-SB12_2024-09-24.docx", docx_bytes([
        ("h1", "Meeting minutes - RK-SB12 snowboard rack"),
        ("p", "Video call 2024-09-24. Coast Mountain Rentals: Kyle Dempsey, Jenna Lafleur. Metalrack Sibiu: Mihai Dumitrescu."),
        ("num", "Sample racks (3 pcs): approved by Jenna Lafleur - weld seams and powder coat OK after the -30 C impact test."),
        ("num", "PO 4500020502 approved in Coupa by Finance (program value USD 38,400)."),
        ("num", "Pilot lot: released. Metalrack may start the pilot lot. Quantity: to be confirmed by Kyle."),
        ("num", "Balance of the program (all racks after the pilot lot): not released. Darren Okafor releases it in "
                "writing after lot acceptance of the pilot lot at Whistler."),
        ("num", "Material: for the pilot lot only."),
        ("p", "Minutes: K. Dempsey"),
    ], author="Kyle Dempsey")),
    ("Teams_chat_RK-SB12.txt", """Microsoft Teams - chat export
Chat:         RK-SB12 (external)
Participants: Kyle Dempsey (Coast Mountain Rentals), Mihai Dumitrescu (Metalrack Sibiu)
Exported:     2024-09-27 09:40 PDT

[2024-09-25 01:12] Mihai Dumitrescu
Hi Kyle, minutes received, thank you. For the pilot lot we start cutting on Monday. How many racks please? We need it for the powder coating slot.

[2024-09-25 08:03] Kyle Dempsey
Number's coming, Darren is doing the budget split this week. Start with the pilot lot as minuted, I'll send the qty asap.

[2024-09-25 08:20] Mihai Dumitrescu
Ok. We start Monday.
"""),
])

# p27 -- WeChat: supplier treats the paid forecast as a firm order and starts; buyer does not object.
case("p27_wechat_forecast_deposit_start", ["RG008", "RG012"],
     "supplier: 'you paid deposit ... your 6 000 pcs forecast we treat as firm order and start mass production'; buyer only asks for the schedule", [
    ("wechat_export_GF-2210_Sep.txt", """WeChat chat history export
Chat: Yamabiko / Jinhai GF-2210
Exported by: Takeshi Onodera   2024-09-13 19:05 (UTC+9)

2024-09-12 16:30  Lily Chen (Xiamen Jinhai)
Onodera-san, good afternoon. We received your payment for mould and the 30% deposit, thank you 🙏

2024-09-12 16:32  Lily Chen (Xiamen Jinhai)
Because deposit is paid, your season forecast 6 000 pcs GF-2210 we treat as firm order and start mass production next week on machine 280T. First 2 000 pcs ready 20 Oct.

2024-09-12 18:05  Takeshi Onodera (Yamabiko)
Thank you Lily-san. Please send the production schedule by mail.

2024-09-12 18:07  Lily Chen (Xiamen Jinhai)
Sure, tomorrow 👍
"""),
])

# p28 -- mail: proceed with the sample irons, no quantity anywhere.
case("p28_ski_proceed_samples_no_qty", ["RG010"],
     "'please proceed with the sample irons as discussed on the phone' - sample-scoped, series not released until Hannes' test and Florian's written release, but no sample quantity stated", [
    ("Bestellung_24-126_Musterbuegeleisen.eml", eml_bytes(mail(SKI_FLO, TC_ANDREI, "Bestellung 24-126 - Wachsbügeleisen WI-1000 Muster / sample irons",
                                                               when(2024, 9, 23, 9, 12, 2), """Sehr geehrter Herr Popescu,

thank you for the good phone call this morning.

Please proceed with the sample irons WI-1000 (230 V, 1000 W, with the longer cable) as discussed
on the phone, delivery to Obertauern before 15.10.

The rest of the order (series) is not released. Our Verleih-Chef Hannes Wieser tests the samples
on the tuning bench first; after his test I send you the written release for the series.

Mit freundlichen Grüßen
""" + SIG_FLO))),
])

# p29 -- PO mail with the supplier quote attached as agreed (PDF); authority named, no hold, no event.
_tq = pdf([
    ("h1", "QUOTATION TY-Q-24-077"),
    ("p", "Tai-Yang Sports Metal Co., Ltd., No. 88 Gongye 3rd Rd, Xitun Dist., Taichung, Taiwan"),
    ("p", "To: Yamabiko Outdoor Co., Ltd., Purchasing - Mr. T. Onodera. Date: 2024-09-02. Valid 60 days."),
    ("p", "Item: YB-SB30 snowboard binding, alu 6061 baseplate, PA6-GF30 highback, tool-less ratchets, sizes S/M/L"),
    ("table", [["Stage", "Quantity", "Unit price USD", "Lead time"],
               ["Samples", "10 sets", "68.00", "4 weeks"],
               ["Production", "1 500 sets", "29.50", "8 weeks"],
               ["Mould highback (4 cav.)", "1 set", "14,200.00", "6 weeks"]]),
    ("sp",),
    ("p", "Payment: mould 50 % with order; production 30 % deposit, 70 % before shipment. FOB Taichung."),
    ("p", "Kevin Lin, Sales Manager"),
], title="TY-Q-24-077", author="Tai-Yang Sports Metal")
_t = """Dear Kevin-san,

Our PO 4500-YB-2260 for 10 sample sets of binding YB-SB30 is issued in our system today. Please
start the 10 sample sets. Your quotation TY-Q-24-077 is attached as agreed.

Kanda-san (General Manager) is release authority for this project.

Best regards,
Onodera
""" + SIG_ONO
case("p29_yb_po_mail_quote_attached", ["RG001", "RG003", "RG004"],
     "PO mail for 10 sample sets attaches the quote with 1 500 production sets 'as agreed' and nothing saying not released; Kanda named as release authority, no hold, no event", [
    ("PO_4500-YB-2260_YB-SB30.eml", eml_bytes(mail(YB_ONO, TY_KEVIN, "PO 4500-YB-2260 / YB-SB30 binding / 10 sample sets",
                                                    when(2024, 9, 10, 10, 40, 9), _t, html=html_of(_t),
                                                    attachments=[("TY-Q-24-077.pdf", _tq, PDF_MT)]))),
])

# p30 -- SAP PO with a sample line and a series line, "please proceed".
case("p30_alp_sap_po_two_lines_proceed", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "PO prints a 30 pcs sample line and a 2.970 pcs series line with delivery date and says 'Please proceed.'; nothing says the series is not released, no event, no release authority", [
    ("PO_4500078655.txt", """ALPENFIRN SKI AG                                          BESTELLUNG / PURCHASE ORDER
Allmendstrasse 22, CH-6370 Stans                          Nr. 4500078655   Datum 23.09.2024
                                                          Einkäufergruppe H12 / R. Zgraggen
Lieferant 210455
FIBBIE MONTELLO S.R.L.
Via Feltrina Sud 140
31044 Montebelluna (TV), Italia

Pos  Material   Kurztext                                       Menge  ME   Preis EUR    Wert EUR
---  ---------  ---------------------------------------------  -----  ---  ---------  ----------
10   BK-60      Walk-mode lever alu 7075 Rev C, samples PPAP      30  ST       11,20       336,00
                Liefertermin KW 42
20   BK-60      Walk-mode lever alu 7075 Rev C, series         2.970  ST        2,85     8.464,50
                Liefertermin KW 49                          acc. to your offer FM-24-231

Kopftext:
  Pos 10 samples for PPAP (ISO 5355, salt spray 240 h ISO 9227), Pos 20 series.
  Please proceed.

Zahlungsbedingungen: 30 Tage netto      Incoterms 2020: DAP Stans
Gesamtwert netto EUR 8.800,50
"""),
])

# p31 -- minutes: program quantity beside the samples, "approved" for sample and budget.
case("p31_cmr_minutes_program_qty", ["RG001", "RG003", "RG004", "RG009"],
     "minutes list program quantity 800 sets and ship window beside 16 sample sets without 'not released'; 'approved' for samples (technical) and PO budget (commercial); Darren named, no event", [
    ("Minutes_TY-BX400_2024-08-20.docx", docx_bytes([
        ("h1", "Project meeting TY-BX400 - minutes"),
        ("p", "2024-08-20, Whistler (Kevin Lin on Zoom). Present: Kyle Dempsey, Jenna Lafleur, Darren Okafor (CMR); Kevin Lin (Tai-Yang)."),
        ("table", [["Topic", "Notes", "Owner"],
                   ["Samples", "16 sample sets approved by Jenna (fit + function on 3 board sizes)", "Jenna"],
                   ["PO", "PO 4500019920 approved by Darren (budget FY25)", "Darren"],
                   ["Program quantity", "800 sets, sizes S/M/L split 25/50/25, ship window Oct 1-15", "Kevin"],
                   ["Release authority", "Darren Okafor is the release authority for this program", "Darren"],
                   ["Packaging", "bulk cartons of 10 sets, CMR asset tags", "Kevin"]]),
        ("sp",),
        ("p", "Next meeting: 2024-09-03."),
    ], author="Kyle Dempsey")),
])

# p32 -- supplier mail + PDF plan: series starts automatically after sample approval.
_plan = pdf([
    ("h1", "Piano di produzione / Production plan BK-45 Rev D"),
    ("p", "Fibbie Montello S.r.l. - Montebelluna - customer Alpenfirn Ski AG - PO 4500078421 - issued 21.08.2024"),
    ("table", [["Week", "Activity", "Qty", "Remark"],
               ["KW 34", "Samples to Stans", "as per PO", "PPAP docs included"],
               ["KW 36", "Sample approval (Alpenfirn)", "-", "Ms. Battig"],
               ["KW 37-40", "Series production", "3.960 pcs", "starts automatically after sample approval"],
               ["KW 41", "Shipment series", "3.960 pcs", "DAP Stans"]]),
    ("sp",),
    ("p", "Capacity stamping line 2 reserved KW 37-40."),
], title="Production plan BK-45", author="Fibbie Montello")
_t = """Dear Reto,

please find attached our production plan for BK-45 Rev D.

As usual, the production of the 3.960 buckles starts automatically the day after your sample
approval, so we can keep the delivery in KW 41 for your boot assembly.

Cordiali saluti
Elisa Favaro
Produzione / Qualita - Fibbie Montello S.r.l.
+39 0423 555 230
"""
case("p32_fm_plan_auto_start", ["RG007"],
     "supplier mail and attached plan say series 3.960 'starts automatically after sample approval'; no recorded auto-conversion", [
    ("Piano_produzione_BK-45.eml", eml_bytes(mail(FM_ELISA, ALP_RETO, "Piano di produzione BK-45 Rev D / production plan",
                                                   when(2024, 8, 21, 17, 30, 2), _t, cc=FM_GIORGIO,
                                                   attachments=[("Piano_BK-45_KW34-41.pdf", _plan, PDF_MT)]))),
])

# p33 -- Teams: "Samples approved, PO release done, go ahead!"
case("p33_teams_approved_release_goahead", ["RG002", "RG009"],
     "after a complete scope (30 samples, 2.370 not released until sign-off and Martin's written release), 'Samples approved, PO release done in SAP, so go ahead!' - unscoped go-ahead and 'release' used for SAP PO and production", [
    ("Teams_AF-SP-1816.txt", """Microsoft Teams - Chatverlauf / chat export
Chat:         AF-SP-1816 Kovina (extern)
Teilnehmer:   Reto Zgraggen, Corinne Bättig (Alpenfirn); Matej Kranjc (Kovina Bohinj)
Exportiert:   12.09.2024 17:20

[22.07.2024 09:15] Reto Zgraggen
Hoi Matej, zur Info hier im Chat: PO 4500077310 = 30 sample shafts. The series balance of 2.370 pcs is not released. After Corinne's sample sign-off Martin Imhof gives the written production release.

[22.07.2024 09:31] Matej Kranjc
Hvala Reto, ok.

[11.09.2024 16:02] Matej Kranjc
Corinne, samples arrived ok at Stans? And can we send the invoice now?

[11.09.2024 16:40] Corinne Bättig
Samples approved ✅ and PO release done in SAP, so go ahead!

[11.09.2024 16:44] Matej Kranjc
Super, hvala! 🙂
"""),
])

# p34 -- buyer reply (two-level quote): "once Jenna OKs the powder coat you're good to run".
_lvl2 = """Hi Mihai,

PO 4500020340 is in the portal: 3 sample racks RK-DS (double-sided, 2 x 8 pairs) only. The balance
of 237 racks is not released; Darren Okafor releases it in writing after Jenna's sample sign-off.

Kyle
"""
_lvl1 = """Dear Kyle,

photos of the 3 sample racks attached (before powder coat). Question: for the 237 racks, what is
the timing of the release? Our steel supplier needs 4 weeks.

Best regards
Mihai

On Tue, Sep 3, 2024 at 10:11 AM Kyle Dempsey wrote:
""" + q(_lvl2)
_t = """Hey Mihai,

Thanks for the photos. Prototype rack looks solid. Once Jenna OKs the powder coat on the samples
next week, you're good to run.

Cheers,
Kyle
""" + SIG_KYLE + "\nOn Thu, Sep 12, 2024 at 11:58 PM Mihai Dumitrescu <mihai@metalrack-sibiu.ro> wrote:\n" + q(_lvl1) + "\n"
case("p34_cmr_good_to_run_after_ok", ["RG002", "RG007"],
     "buyer: 'once Jenna OKs the powder coat ... you're good to run' - unscoped approval, and sample OK said to roll into the run, contradicting the quoted written-release scope", [
    ("Re_RK-DS_samples_photos.eml", eml_bytes(mail(CMR_KYLE, MR_MIHAI, "Re: RK-DS sample racks - photos",
                                                    when(2024, 9, 13, 8, 22, -7), _t, cc=CMR_JENNA,
                                                    in_reply_to="<mr-0912-2358@metalrack-sibiu.ro>"))),
])

# p35 -- buyer portal release with "go ahead with the first delivery lot" and no quantity.
case("p35_alp_portal_goahead_first_lot", ["RG002", "RG010"],
     "portal release message 'Go ahead with the first delivery lot.' names no quantity; the remaining quantity is on hold until lot acceptance and Martin's written release", [
    ("portal_release_R-2_AF-SP-1816.html", html_page("Alpenfirn Lieferantenportal - Release R-2", """
<h2>Alpenfirn Lieferantenportal</h2>
<p>Lieferant: <b>Kovina Bohinj d.o.o.</b> (210388) &middot; Bestellung 4500077880 &middot; AF-SP-1816 ski pole shaft</p>
<table>
<tr><th>Pos</th><th>Item</th><th>PO qty (commercial cover)</th><th>Status</th></tr>
<tr><td>10</td><td>AF-SP-1816, series shafts, DRG 40211 Rev 3</td><td>2.400</td><td>see release messages</td></tr>
</table>
<h3>Release messages</h3>
<div class="note">
<p><b>Release R-2 &middot; 17.09.2024 &middot; R. Zgraggen:</b> Go ahead with the first delivery lot.</p>
<p>The remaining quantity is on hold until lot acceptance of the first lot at Stans and the next written release
from Martin Imhof (Head of Supply Chain).</p>
</div>
<p><button>Acknowledge</button> <button>Message buyer</button></p>
""")),
])

# p36 -- unsigned office note: series starts by itself once the test irons are OK; nobody named to release.
case("p36_ski_note_series_starts_itself", ["RG005", "RG007"],
     "office note: once the 4 test irons are OK, Termo Carpati 'just starts' the 46, no extra release; not a recorded auto-conversion (no signer, no authority), and nobody is named who may release", [
    ("Gespraechsnotiz_Wachsbuegeleisen.docx", docx_bytes([
        ("h1", "Gesprächsnotiz - Wachsbügeleisen Verleih / wax irons rental shop"),
        ("p", "Skischule Tauernblick GmbH, Büro. 26.09.2024, Telefonat mit Herrn Andrei Popescu (Termo Carpati SRL, Brasov)."),
        ("li", "Bestellung 24-128: 4 test irons WI-1000 (230 V, 1000 W), delivery KW 41."),
        ("li", "Termo Carpati sends the 500 h endurance test report (EN 60335-2-3) with the test irons."),
        ("li", "Series: 46 irons for the two rental shops. The 46 are not released yet."),
        ("li", "Once the 4 test irons are OK in our rental shop, Termo Carpati just starts the 46 irons. "
               "No extra release needed, so we have them before Christmas."),
        ("li", "Material: Termo Carpati orders heating elements for the 4 test irons now."),
        ("p", "Notiz: S. Pichler (nicht unterschrieben / not signed)"),
    ], author="Sabine Pichler")),
])

# p37 -- WhatsApp: buyer lets sample OK roll into the run and says yes to tube for 2.400.
case("p37_whatsapp_roll_and_tube", ["RG006", "RG007"],
     "buyer chat scope (30 samples, material sample-only, Martin's written release) is then overridden: 'once Corinne signs the sample report you can run them, no need to wait for Martin's paper', and tube for 2.400 ordered", [
    ("WhatsApp_Chat_Matej_Kovina.txt", """[22.07.24, 09:05:41] Reto Zgraggen: Hoi Matej, PO 4500077310 is out: 30 sample shafts only, material for the samples only. The 2.370 series shafts are not released, Martin Imhof releases them in writing after Corinne's sample sign-off.
[22.07.24, 09:12:10] Matej Kranjc Kovina: Ok Reto, hvala
[30.08.24, 13:47:55] Matej Kranjc Kovina: Reto, Corinne wrote me samples are OK 👌 so we go for the 2.370 next monday, yes? And I order the tube today for 2.400, Impol has 8 weeks now
[30.08.24, 14:20:03] Reto Zgraggen: Yes perfect. Once Corinne signs the sample report you can run them, no need to wait for Martin's paper, he is in Japan anyway
[30.08.24, 14:20:31] Matej Kranjc Kovina: 👍👍 tube ordered
"""),
])

# p38 -- supplier mail: advance payment received, so production started and elements ordered for all 36.
_t = """Dear Mr. Dempsey,

We confirm receipt of your advance payment of 50% on our offer TC-OF-24-060 (USD 1,770.00),
thank you.

We know your PO 4500020477 releases only the 2 sample irons for the test in your Creekside tune
shop, and the 34 series irons are not released yet on your side. But with the advance received we
have now started the production of the 34 series irons WI-1000/120 anyway, and the heating
elements are ordered for all 36 pcs (2 samples + 34 series), so we can ship everything together by
air on 25 October.

The 2 sample irons are ready, CSA C22.2 No. 64 report goes with the shipment.

Best regards,
Ioana Stan
Export Department, Termo Carpati SRL
Str. Zizinului 118, 500407 Brasov, Romania
"""
case("p38_tc_advance_started_elements", ["RG006", "RG012"],
     "supplier knows only the 2 sample irons are released, yet 'with the advance received' starts the 34 series irons and orders heating elements for all 36", [
    ("Advance_payment_PO_4500020477.eml", eml_bytes(mail(TC_IOANA, CMR_KYLE, "Advance payment received - PO 4500020477 wax irons",
                                                          when(2024, 9, 30, 10, 5, 3), _t, html=html_of(_t), cc=TC_ANDREI))),
])

# p39 -- supplier proforma: mass production starts upon receipt of deposit.
case("p39_xj_proforma_start_on_deposit", ["RG012"],
     "supplier proforma for the 4 976 pcs mass production lot: 'mass production starts upon receipt of 30% deposit'", [
    ("PI_XJ-PI-24-0871.pdf", pdf([
        ("h1", "PROFORMA INVOICE XJ-PI-24-0871"),
        ("p", "Xiamen Jinhai Optical Plastic Co., Ltd., No. 16 Xinyang Rd, Haicang District, Xiamen, Fujian, China"),
        ("p", "Buyer: Yamabiko Outdoor Co., Ltd., Sapporo, Japan. Your PO 4500-YB-2207 line 20. Date: 2024-09-05"),
        ("table", [["No.", "Description", "Qty", "Unit USD", "Amount USD"],
                   ["1", "GF-2210 goggle frame, TPU 90A, black/white, mass production lot", "4 976 pcs", "3.92", "19,505.92"],
                   ["", "", "", "Total FOB Xiamen", "19,505.92"]]),
        ("sp",),
        ("p", "Payment terms: 30 % T/T deposit (USD 5,851.78); balance 70 % T/T before shipment."),
        ("p", "Mass production starts upon receipt of the 30 % deposit. Lead time 35 days from deposit."),
        ("p", "Bank: Bank of Xiamen, Haicang Branch, SWIFT XMBKCNBJ, A/C 8001 2345 6789 0001."),
        ("p", "Lily Chen, Sales Manager"),
    ], title="XJ-PI-24-0871", author="Xiamen Jinhai")),
])

# p40 -- buyer portal release: 400 in the header, 350 in the table.
case("p40_cmr_portal_release_two_qty", ["RG011"],
     "portal release REL-0042 states 400 sets in the header text and 350 sets in the release table; hold, event and Darren otherwise complete", [
    ("supplier_portal_release_REL-0042.html", html_page("CMR Supplier Portal - Release REL-0042", """
<h2>Coast Mountain Rentals - Supplier Portal</h2>
<p>Logged in as: <b>Tai-Yang Sports Metal Co., Ltd.</b> (vendor 100301)</p>
<h3>Production release REL-0042 &middot; PO 4500019920 &middot; TY-BX400 rental binding</h3>
<p>Sample sign-off approved by Jenna Lafleur on 2024-08-23. Darren Okafor releases <b>400 sets</b> for production,
ship DAP Whistler by 2024-10-11.</p>
<table>
<tr><th>Release</th><th>Item</th><th>Released qty</th><th>Material authority</th><th>Released by</th><th>Date</th></tr>
<tr><td>REL-0042</td><td>TY-BX400 set (S/M/L)</td><td>350</td><td>released qty only</td><td>Darren Okafor, VP Operations</td><td>2024-08-26</td></tr>
</table>
<div class="note">Remaining sets of the 784 balance: not released. They stay on hold until lot acceptance of this release
at Whistler and a further written release by Darren Okafor.</div>
<p><button>Acknowledge release</button></p>
""")),
])

# p41 -- EDI 830 planning schedule: forecast lines coded firm.
case("p41_cmr_edi830_forecast_firm", ["RG008"],
     "EDI 830 for season 25/26 codes forecast quantities as 'C = FIRM' and the note calls the 2 400 forecast 'our firm order commitment'", [
    ("EDI830_CMR-830-0091.txt", """*** EDI X12 830 PLANNING SCHEDULE - TRANSLATED PRINT ***          CMR EDI Gateway v3.2
ISA sender: COASTMTNRENT    receiver: TAIYANGSPORT   ctl# 000004502    2024-09-24 06:15

BFR*00*CMR-830-0091**DL*A*20250101*20250331*20240924
    Purpose 00 Original / schedule CMR-830-0091 / type DL delivery-based / horizon 2025-01-01..2025-03-31
N1*ST*COAST MOUNTAIN RENTALS - WHISTLER DC*92*WHS00
LIN**BP*TY-BX400*VP*TY-BX400-SML
UIT*EA
FST*800*C*D*20250106
FST*800*C*D*20250203
FST*800*C*D*20250303
    Item TY-BX400 rental binding set
    Forecast season 2025/26   Jan 800 / Feb 800 / Mar 800   total 2 400 sets
    FST02 = C (FIRM)

NTE*GEN*SEASON 25/26 FORECAST 2 400 SETS = OUR FIRM ORDER COMMITMENT. PLEASE PLAN CAPACITY.
NTE*GEN*RELEASED TO DATE: REL-0042 (SEPARATE RELEASE DOCUMENT).
NTE*GEN*PRODUCTION ONLY AGAINST SEPARATE WRITTEN RELEASES SIGNED BY DARREN OKAFOR.
CTT*1*2400
SE*14*0001
"""),
])

# p42 -- visit minutes: buyer commits to the forecast, supplier buys material for 300 now.
case("p42_yb_visit_commit_forecast_material", ["RG006", "RG008"],
     "visit minutes: 'Yamabiko commits to 300 irons (per forecast)' and supplier buys elements and soleplates for 300 now without material authority; 5 samples scope otherwise complete", [
    ("Visit_report_Termo_Carpati_2024-09.docx", docx_bytes([
        ("h1", "Visit report - Termo Carpati SRL, Brasov"),
        ("p", "18 September 2024. Yamabiko: Takeshi Onodera (Purchasing), Mika Sakurai (QA). Termo Carpati: Andrei Popescu, Ioana Stan."),
        ("h", "1. Sample order"),
        ("p", "PO 4500-YB-2270: 5 sample irons WI-1000/JP (100 V, 1000 W, PSE). These 5 are released. The series is not "
              "released until Sakurai-san's sample sign-off (PSE and soleplate flatness) and the written release of "
              "Kanda-san (General Manager)."),
        ("h", "2. Season 2025/26"),
        ("p", "Our forecast for season 2025/26 is 300 irons. Yamabiko commits to 300 irons (per forecast), so Termo "
              "Carpati can count on this quantity."),
        ("h", "3. Material"),
        ("p", "To secure lead time, Termo Carpati will purchase the heating elements and aluminium soleplates for "
              "300 irons now."),
        ("h", "4. Next steps"),
        ("table", [["Action", "Who", "Date"],
                   ["Ship 5 samples to Sapporo", "I. Stan", "2024-10-04"],
                   ["Sample sign-off", "M. Sakurai", "2024-10-25"],
                   ["Visit report to Kanda-san", "T. Onodera", "2024-09-20"]]),
    ], author="Takeshi Onodera")),
])

# p43 -- buyer portal: APPROVED for PO workflow, samples and production.
case("p43_alp_portal_approved_statuses", ["RG009"],
     "portal shows 'APPROVED' for the PO workflow and the samples and says production is 'approved once Martin has signed'; 40 samples, 2.960 on hold, event and Martin present", [
    ("portal_order_4500078590.html", html_page("Alpenfirn Lieferantenportal - Bestellung 4500078590", """
<h2>Alpenfirn Lieferantenportal</h2>
<p>Lieferant: <b>Fibbie Montello S.r.l.</b> (210455) &middot; Bestellung 4500078590 &middot; BK-52 power-lever buckle Rev B</p>
<table>
<tr><th>Section</th><th>Status</th><th>Detail</th></tr>
<tr><td>Order (PO workflow)</td><td><b>APPROVED</b></td><td>approved 03.09.2024 by U. Niederberger (budget)</td></tr>
<tr><td>Samples, 40 pcs</td><td><b>APPROVED</b></td><td>approved 27.09.2024 by C. Bättig (PPAP level 2, ISO 5355)</td></tr>
<tr><td>Series, 2.960 pcs</td><td>ON HOLD</td><td>not released</td></tr>
</table>
<div class="note">
<p>Production is approved once Martin Imhof (Head of Supply Chain) has signed the written production release for a
stated quantity. Until then the 2.960 pcs stay on hold; material for the 40 samples only.</p>
</div>
""")),
])

# p44 -- buyer mail (quoted question): "release" for SAP and production; 1 000 vs 1 200.
_quoted = """Dear Onodera-san,

Kids frame GF-1508K samples passed your QA, thank you for the news. When can we have release for
the mass production? Our machine 180T is free from 14 Oct.

Best regards
Lily
"""
_t = """Dear Lily-san,

Good news: the internal release of PO 4500-YB-2231 line 20 is done (SAP release strategy, budget
OK from Kanda-san).

Production release: 1 000 pcs now, delivery FCA Xiamen 15 November.

Please start the 1 200 pcs first lot from next Monday, material only for this first lot.
The remaining pcs of line 20 stay on hold until Kanda-san sends the next written release after
lot acceptance in Sapporo.

Best regards,
Onodera
""" + SIG_ONO + "\nOn 2024/10/02 17:20, Lily Chen wrote:\n" + q(_quoted) + "\n"
case("p44_yb_release_word_two_qty", ["RG009", "RG011"],
     "buyer mail: 'release' used for the SAP PO release strategy and for the production release; production release 1 000 pcs vs 'start the 1 200 pcs first lot'", [
    ("Re_GF-1508K_mass_production.eml", eml_bytes(mail(YB_ONO, XJ_LILY, "Re: GF-1508K mass production release",
                                                        when(2024, 10, 3, 11, 0, 9), _t, cc=YB_KANDA,
                                                        in_reply_to="<xj-1002-1720@xmjinhai-optical.com>"))),
])

# p45 -- ERP PO: "first lot" released, no quantity, remaining not released, no event, no person.
case("p45_cmr_erp_first_lot", ["RG004", "RG005", "RG010"],
     "ERP PO for 240 racks releases 'the first lot for the rental season opening' without a quantity; remaining not released, but no event and no release authority", [
    ("PO_4500020533.txt", """COAST MOUNTAIN RENTALS LTD.                                   PURCHASE ORDER
4320 Sundial Cres, Whistler BC  V8E 1H2  Canada               PO No.: 4500020533   Rev: 1
                                                              Date:   2024-10-01
                                                              Buyer:  K. Dempsey
Vendor 100388
METALRACK SIBIU SRL
Str. Fabricii 9, 550195 Sibiu, Romania

Terms: Net 45      Incoterms 2020: DAP Whistler      Currency: USD

Ln  Item       Description                                        Qty  UoM   Unit USD     Ext USD
--  ---------  -------------------------------------------------  ---  ----  --------  ----------
 1  RK-20F     Free-standing ski rack, 20 pairs, RAL 7016,        240  EA      118.00   28,320.00
               DRG CMR-RK20F Rev 3

Release notes (Rev 1):
 - Released: first lot for the rental season opening (Nov 22).
 - Remaining quantity not released.
 - Material for the released lot only.
"""),
])


# ====================================================================== main
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    assert len(CASES) == 70, len(CASES)
    clean = [c for c in CASES if not c["expect"]]
    assert len(clean) == 25, len(clean)
    for r in RULES:
        n = sum(1 for c in CASES if r in c["expect"])
        assert n >= 6, (r, n)
    for c in CASES:
        assert all(r in RULES for r in c["expect"]), c["name"]
        assert c["name"].startswith("c") == (not c["expect"]), c["name"]
        fns = [fn for fn, _ in c["files"]]
        assert len(fns) == len(set(fns)), c["name"]

    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(188188).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h188_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(dict(sorted(labels.items())), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
