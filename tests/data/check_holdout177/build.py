#!/usr/bin/env python3
"""Generator for the releasegate check_holdout177 corpus.

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout177/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).

Domain: archery equipment (risers, limbs, arrow shafts, quivers, target faces and
bosses, bow cases). All companies and people are fictional.
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
    m["Message-ID"] = msgid or f"<h177-{_MSGN[0]:04d}@{dom}>"
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
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h177")
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

# ------------------------------------------------------------ extra helpers
def q(text, level=1):
    """Quote text the way mail clients do ('> ' per level)."""
    pre = ">" * level
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(pre + (" " + line if line else ""))
    return "\n".join(out)


def t2h(text):
    """Very plain text -> HTML rendering for multipart/alternative bodies."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = []
    for p in paras:
        lines = [escape(x) for x in p.split("\n")]
        if all(x.startswith("&gt;") for x in lines):
            inner = "<br>\n".join(x.lstrip("&gt;").lstrip() for x in lines)
            body.append(f"<blockquote style=\"border-left:2px solid #999;padding-left:6px\">{inner}</blockquote>")
        else:
            body.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(body) + "\n</body></html>\n")


# people (all fictional)
WRA = "Wasatch Ridge Archery, Inc."
HWA = "Hwarang Bows Co., Ltd."
CBX = "Ciblex Sports SAS"
KMK = "Kemankes Geleneksel Yay Atolyesi"
HYC = "Weihai Haiyun Carbon Sports Co., Ltd."
JHO = "Weihai Jinhong Outdoor Products Co., Ltd."
TFP = "Tai-Feng Precision Industrial Co., Ltd."
MKC = "Mekong Canvas Goods Co., Ltd."
EGE = "Ege Lamine Kompozit San. ve Tic. A.S."

KYLE = "Kyle Brandt <kbrandt@wasatchridge-archery.com>"
TESSA = "Tessa Holbrook <tholbrook@wasatchridge-archery.com>"
MEGAN = "Megan Sorensen <msorensen@wasatchridge-archery.com>"
DALLIN = "Dallin Christensen <dchristensen@wasatchridge-archery.com>"
BRODY = "Brody Jensen <bjensen@wasatchridge-archery.com>"
PARK = "Park Ji-hoon <jhpark@hwarangbows.co.kr>"
CHOI = "Choi Min-jae <mjchoi@hwarangbows.co.kr>"
KIMSY = "Kim Seo-yeon <sykim@hwarangbows.co.kr>"
CAMILLE = "Camille Durand <c.durand@ciblex-sports.fr>"
JULIEN = "Julien Morel <j.morel@ciblex-sports.fr>"
ANTOINE = "Antoine Roux <a.roux@ciblex-sports.fr>"
CATHY = "Cathy Wang <cathy.wang@haiyun-carbon.cn>"
SUNNY = "Sunny Liu <sunny.liu@jinhong-outdoor.cn>"
VINCENT = "Vincent Chen <vincent.chen@taifeng-precision.com.tw>"
AMY = "Amy Lin <amy.lin@taifeng-precision.com.tw>"
HA = "Nguyen Thi Thu Ha <ha.nguyen@mekongcanvas.vn>"
MINH = "Tran Van Minh <minh.tran@mekongcanvas.vn>"
BURAK = "Burak Demir <burak.demir@egelamine.com.tr>"
SERKAN = "=?utf-8?q?Serkan_=C3=96zt=C3=BCrk?= <serkan.ozturk@egelamine.com.tr>"

SIG_KYLE = sig("Kyle Brandt", "Purchasing Manager", WRA + " | 2150 W 12th St, Ogden, UT 84401", "+1 801 555 0131")
SIG_TESSA = sig("Tessa Holbrook", "Buyer, Bows & Accessories", WRA + " | Ogden, Utah", "+1 801 555 0144")
SIG_DALLIN = sig("Dallin Christensen", "VP Operations", WRA + " | Ogden, Utah", "+1 801 555 0102")
SIG_BRODY = sig("Brody Jensen", "Sourcing Manager, Asia", WRA + " | Ogden, Utah", "+1 801 555 0158")
SIG_CAMILLE = sig("Camille Durand", "Acheteuse Tir a l'arc / Archery Buyer",
                  CBX + " | 12 rue du Grand Cerf, 59650 Villeneuve-d'Ascq, France", "+33 3 20 55 41 17")
SIG_JULIEN = sig("Julien Morel", "Chef de produit Tir a l'arc / Product Manager Archery",
                 CBX + " | Villeneuve-d'Ascq, France", "+33 3 20 55 41 30")
SIG_CATHY = ("\n-- \nBest regards\nCathy Wang 王晓燕 | Sales Manager\n" + HYC +
             "\nNo. 17 Chuqing Road, Chucun Industrial Park, Weihai, Shandong 264200, China"
             "\nTel +86 631 578 2260 | WeChat: cathy_haiyun\n")
SIG_SUNNY = ("\n-- \nSunny Liu | Sales Dept.\n" + JHO +
             "\nWendeng District, Weihai, Shandong, China | Tel +86 631 845 3317\n")
SIG_VINCENT = ("\n-- \nVincent Chen 陳文彬\nSales Manager\n" + TFP +
               "\nNo. 36, Gongye 12th Rd, Xitun Dist., Taichung 407, Taiwan\nTel +886 4 2359 7701\n"
               "This e-mail may contain confidential information. If you are not the intended recipient, "
               "please delete it and inform the sender.\n")
SIG_HA = ("\n-- \nBest regards,\nNguyen Thi Thu Ha (Ms.)\nSales Manager\n" + MKC +
          "\nLot C7, Viet Huong Industrial Park, Thuan An, Binh Duong, Viet Nam\nTel +84 274 3756 218\n")
SIG_BURAK = ("\n-- \nSaygılarımızla / Best regards\nBurak Demir\nExport Sales Manager\n" + EGE.replace("A.S.", "A.Ş.") +
             "\nKemalpaşa OSB, İzmir / Türkiye | +90 232 877 41 20\n\n"
             "YASAL UYARI / DISCLAIMER: Bu e-posta ve ekleri yalnızca alıcısına özeldir. This e-mail and its "
             "attachments are confidential and intended only for the addressee. If you have received it by "
             "mistake, please delete it and notify the sender.\n")
SIG_PARK = ("\nBest regards,\n\nPark Ji-hoon / 박지훈\nManager, Purchasing Team\n" + HWA +
            "\n45, Osongsaengmyeong 1-ro, Heungdeok-gu, Cheongju-si, Chungcheongbuk-do, Korea\nTel +82 43 270 5510\n")


# =================================================================== CLEAN

# c01 ---------------------------------------------------------------- supplier quote, tiers
C01 = """WEIHAI HAIYUN CARBON SPORTS CO., LTD.
威海海韵碳素体育用品有限公司
No. 17 Chuqing Road, Chucun Industrial Park, Huancui District, Weihai, Shandong 264200 China
Tel: +86 631 578 2260   Fax: +86 631 578 2261   sales@haiyun-carbon.cn
ISO 9001:2015 certificate no. 04524Q1187R0M

                                   QUOTATION
-----------------------------------------------------------------------------------------
Quotation No. : HY-QT-240603-02                 Date : 2024-06-03
Customer      : Wasatch Ridge Archery, Inc., 2150 W 12th St, Ogden UT 84401, USA
Attn          : Mr. Kyle Brandt, Purchasing Manager
Your ref      : RFQ WRA-RFQ-0611 (your e-mail 28 May)
Valid until   : 2024-08-02 (60 days)
-----------------------------------------------------------------------------------------
Item  Description                                  Spine  Qty tier         Unit USD  Lead time
 1    Carbon shaft HC-400, ID 4.2mm, 32", +/-.001"  400    sample 24 pcs      2.10   10 days
 2    Carbon shaft HC-500, ID 4.2mm, 32", +/-.001"  500    sample 24 pcs      2.10   10 days
 3    HC-400 / HC-500 mixed, bulk 12 pcs/tube       -      12,000 pcs         0.86   35 days
 4    HC-400 / HC-500 mixed, bulk 12 pcs/tube       -      24,000 pcs         0.79   45 days
-----------------------------------------------------------------------------------------
Remarks:
1. This is quotation only, not order confirmation. We produce nothing until we receive
   your PO.
2. Quantity 12,000 / 24,000 pcs are price tier for your planning. For any production
   quantity we need your PO and your written production release before start.
3. Material (Toray T700 prepreg) for the production tiers we buy only after your written
   release. Samples we make from stock material.
4. Straightness +/-0.001" per our WI-QC-017 Rev 5. GPI 8.4 (spine 400) / 7.6 (spine 500).
   Weight tolerance +/-2 grain. Spine check per ATA method (1.94 lb, 28" span).
5. Payment: T/T 30% deposit with PO, rest before shipment. FOB Weihai. Price base on
   USD/CNY 7.10, if exchange rate change more than 3% we re-quote.
6. Packing: 12 pcs per tube, 25 tubes per carton, carton 86 x 22 x 22 cm.

Prepared by : Cathy Wang (王晓燕), Sales Manager
Checked by  : Sun Jianguo, Production Manager
"""
case("c01_supplier_quote_tiers", [],
     "Supplier quote alone: sample tiers and 12,000/24,000 production price tiers, no authorized quantity in the bundle (conv. 4).",
     [("HY-QT-240603-02.txt", C01)])

# c02 ---------------------------------------------------------------- RFQ three scenarios
C02_TXT = """Bonjour Ms. Ha,

As discussed at ISPO, please find below our request for quotation for the new recurve bow case.

Réf. Ciblex: CX-BC125 "Housse arc classique 125 cm"
- outer 600D polyester, foam padding 10 mm, 2 limb pockets, 1 arrow tube, shoulder strap
- colour navy, logo orange Pantone 1585 C, embroidery 80 x 25 mm
- zipper YKK #8 or equal, 5.000 cycles test; REACH SVHC compliant

Please quote three (3) scenarios, price per piece FOB Cat Lai:
  A) 500 pcs
  B) 1.500 pcs
  C) 3.000 pcs
plus the price for 3 pre-production samples and the lead time for each scenario.

To be very clear: this is a request for price only, it is not an order. We compare the offers until 28/06 and nothing is to be made or bought before you receive a purchase order from us.

Merci d'avance et bonne journée,
Camille
""" + SIG_CAMILLE
m = mail(CAMILLE, HA, "RFQ CX-RFQ-24-031 - housse d'arc / recurve bow case 125 cm",
         "Tue, 11 Jun 2024 10:22:00 +0200", C02_TXT, html=t2h(C02_TXT))
case("c02_rfq_three_scenarios", [],
     "Buyer RFQ with 500/1.500/3.000 scenarios, explicitly not an order; nothing is authorized.",
     [("CX-RFQ-24-031.eml", eml_bytes(m))])

# c03 ---------------------------------------------------------------- WeChat: supplier asks, buyer holds
C03 = """WeChat chat history
Chat: Sunny Liu (Weihai Jinhong) & Brody Jensen (Wasatch Ridge)
Exported: 2024-07-09 10:02
----------------------------------------------------------------
2024-06-18 08:41:09 Brody Jensen (Wasatch Ridge)
Hi Sunny, PO 4500012344 sent by Kyle this morning. Summary so we are on the same page:
- 24 pcs XPE layered boss 100x100x30 cm (WRA-TB-1003) = SAMPLE ONLY
- the other 2,376 pcs from your quote JH-240601 are NOT released
- production release only after Megan Sorensen signs off the samples (stopping test w/ 70 lb compound, 400 shots) AND a written release from Dallin Christensen, VP Ops
- material: foam for the 24 samples only pls

2024-06-18 08:55:30 Sunny Liu (Weihai Jinhong)
Received Brody, thank you. 24 pcs sample only, understand 👌

2024-07-08 16:20:12 Sunny Liu (Weihai Jinhong)
Brody hello, sample 24 pcs ship DHL AWB 4471 2093 56 today

2024-07-08 16:21:40 Sunny Liu (Weihai Jinhong)
Can we have go-ahead for the balance 2,376 pcs? Factory want to plan July line, foam supplier also ask us

2024-07-09 07:58:03 Brody Jensen (Wasatch Ridge)
Not yet. Megan tests them next week when they land. If OK Dallin sends the release in writing. Please don't start anything on the 2,376 until then

2024-07-09 08:01:47 Sunny Liu (Weihai Jinhong)
OK understand, we wait 🙏
"""
case("c03_wechat_supplier_question", [],
     "Supplier asks for a go-ahead on the 2,376 balance (a question); buyer's scope is complete and the answer keeps the hold.",
     [("WeChat_Sunny_Liu_2024-07.txt", C03)])

# c04 ---------------------------------------------------------------- labelled forecast PDF
C04 = pdf([
    ("h1", "Hwarang Bows Co., Ltd. - 12-month demand forecast"),
    ("p", "FORECAST ONLY - NOT A PURCHASE ORDER"),
    ("p", "Issued by: Purchasing Team, Cheongju. Date: 2024-07-01. To: Weihai Haiyun Carbon Sports Co., Ltd. "
          "(Ms. Cathy Wang). Item: HC-600-30-K carbon shaft, spine 600, 30 inch, for the Hwarang Junior 600 arrow set."),
    ("table", [["Month", "Forecast qty (pcs)", "Status"],
               ["Aug 2024", "2,000", "forecast"], ["Sep 2024", "2,000", "forecast"],
               ["Oct 2024", "3,000", "forecast"], ["Nov 2024", "3,000", "forecast"],
               ["Dec 2024", "1,500", "forecast"], ["Jan 2025", "1,500", "forecast"],
               ["Feb 2025", "2,500", "forecast"], ["Mar 2025", "3,500", "forecast"],
               ["Apr 2025", "3,500", "forecast"], ["May 2025", "3,000", "forecast"],
               ["Jun 2025", "2,500", "forecast"], ["Jul 2025", "2,000", "forecast"],
               ["Total", "30,000", "forecast"]]),
    ("sp",),
    ("p", "All quantities in this table are forecast for your capacity planning. This document is not an order "
          "and not a commitment. It releases no production and gives no material authority; please do not buy "
          "prepreg against it."),
    ("p", "Production quantities are authorized only by a Hwarang purchase order together with a written "
          "production release signed by Director Lee Dong-wook. Forecast accuracy last 6 months: 82 %."),
    ("p", "Contact: Park Ji-hoon, Manager Purchasing Team, +82 43 270 5510."),
], title="Hwarang demand forecast 2024-07", author="Hwarang Purchasing")
case("c04_labelled_forecast_pdf", [],
     "Clearly labelled 12-month forecast: not an order, no commitment, no material authority.",
     [("HWA_plan_HC-600_2024-07.pdf", C04)])

# c05 ---------------------------------------------------------------- scoped sample sign-off
C05 = docx_bytes([
    ("h1", "Sample Sign-off Record SSR-24-017"),
    ("p", "Wasatch Ridge Archery, Inc. - Product Engineering, Ogden, Utah"),
    ("table", [["Field", "Entry"],
               ["Part", "WRA-RX23-ILF riser, 23 in ILF, 7075-T6, DWG WRA-3300 Rev 12"],
               ["Supplier", "Tai-Feng Precision Industrial Co., Ltd., Taichung"],
               ["PO", "4500012290"],
               ["Samples received", "six (6) pilot risers, 2024-06-14"],
               ["Checks", "CMM layout, limb pocket angle 0.5 deg +/-0.1, plunger hole 5/16-24 UNF, "
                          "M8x1.25 bushing, fit check with ILF limbs 68 in / 30 lb"],
               ["Disposition", "APPROVED FOR FIT CHECK ONLY - production not released"]]),
    ("sp",),
    ("p", "All six pilot risers passed the CMM layout and the fit check. Anodize colour is within the limit "
          "sample. Dry-fire test was not performed on this lot."),
    ("p", "This sign-off is an engineering disposition only. It releases nothing. The production balance of "
          "two hundred ninety-four (294) risers stays on hold until Dallin Christensen, VP Operations, issues a "
          "written production release."),
    ("p", "Signed: Megan Sorensen, Product Engineer, 2024-06-21"),
], author="Megan Sorensen")
case("c05_signoff_fit_check_only", [],
     "Sample sign-off 'approved for fit check only - production not released', 294 on hold, written release by Dallin named.",
     [("SSR-24-017.docx", C05)])

# c06 ---------------------------------------------------------------- full-quantity portal PO + ack (2 files)
C06_HTML = html_page("Ciblex - Portail fournisseurs - CX-24-0655", """
<h1>Ciblex Sports &mdash; Portail fournisseurs</h1>
<p>Fournisseur&nbsp;: Weihai Jinhong Outdoor Products Co., Ltd. (code F-20417) &middot; Connecté&nbsp;: Sunny Liu</p>
<h2>Bon de commande / Purchase order CX-24-0655</h2>
<table>
<tr><th>Ligne</th><th>Article</th><th>Désignation</th><th>Qté</th><th>Prix unitaire</th><th>Montant</th><th>Livraison</th></tr>
<tr><td>10</td><td>CX-TF80</td><td>Blason 80 cm 10 zones, papier 180 g/m&sup2;, encre résistante UV</td><td>600</td><td>EUR 0,92</td><td>EUR 552,00</td><td>15/08/2024 FOB Weihai</td></tr>
</table>
<p>Total commande&nbsp;: <b>600 blasons &mdash; EUR 552,00</b></p>
<div class="note">Commande ferme pour la quantité totale. Proceed with the full 600 faces.
This PO is the complete quantity for this item: there is no balance and no further quantity is
planned under this PO.</div>
<p>Acheteuse&nbsp;: Camille Durand &middot; Émis le 12/06/2024 &middot; Conditions&nbsp;: paiement 60 jours fin de mois</p>
<p><a href="#">Accuser réception / Acknowledge</a></p>
""", lang="fr")
C06_ACK = """Dear Camille,

Thank you for your order. We confirm PO CX-24-0655:
  CX-TF80 target face 80 cm, 600 pcs, EUR 0,92, total EUR 552,00
  ETD Weihai 15 Aug 2024

Printing on our 4-colour press, paper 180 gsm, each face in PE bag, 50 pcs per carton.

Best regards,
Sunny
""" + SIG_SUNNY
m = mail(SUNNY, CAMILLE, "Re: PO CX-24-0655 target face 80cm - confirmation",
         "Thu, 13 Jun 2024 09:40:00 +0800", C06_ACK)
case("c06_full_qty_portal_po_and_ack", [],
     "Full-quantity portal PO ('proceed with the full 600 ... no balance') plus matching supplier acknowledgement; no balance exists.",
     [("portal_CX-24-0655.html", C06_HTML), ("Re_CX-24-0655.eml", eml_bytes(m))])

# c07 ---------------------------------------------------------------- EDI call-off with staged material authority
C07 = """WASATCH RIDGE ARCHERY, INC. - EDI OUTBOUND PRINT
Transaction : 830 Planning Schedule with Release Capability     Ctrl# 000004417
Sender      : WASATCHRIDGE (ZZ)      Receiver: MEKONGCANVAS (ZZ)      Date: 2024-07-15
------------------------------------------------------------------------------------
ISA*00*          *00*          *ZZ*WASATCHRIDGE   *ZZ*MEKONGCANVAS   *240715*0614*U*00401*000004417*0*P*>~
GS*PS*WASATCHRIDGE*MEKONGCANVAS*20240715*0614*4417*X*004010~
ST*830*0001~
BFR*05*CO-1250-07**DL*A*20240715*20241231*20240715~
N1*BT*WASATCH RIDGE ARCHERY INC*92*WRA~
N1*SU*MEKONG CANVAS GOODS CO LTD*92*V-100612~
LIN**BP*BC-1250*EC*REV C~
UIT*EA~
REF*PO*4500012309~
ATH*FI*20240902*200**20240715~
ATH*MT*20240902*600**20240715~
FST*200*C*D*20240902~
FST*400*D*D*20241007~
FST*600*D*D*20241104~
FST*600*D*D*20241202~
FST*700*D*D*20241230~
CTT*1*2500~
SE*17*0001~
------------------------------------------------------------------------------------
READABLE VIEW
PART BC-1250 REV C   "Soft recurve case 50 in, 1680D, 2 limb pockets"
PO 4500012309 (blanket)   Quoted program qty 2,500 pcs (Mekong quote MK-Q-24-118)

CALL-OFF CO-1250-07
  RELEASED FOR PRODUCTION (ATH FI / FST code C) ...............   200 pcs   ship 02-SEP-2024
  MATERIAL AUTHORITY, STAGED (ATH MT) .........................   600 pcs   fabric, foam, zippers
  PLANNING ONLY (FST code D) - NOT RELEASED ...................  2,300 pcs

NOTES
  1. Only 200 pcs are released for production. The remaining 2,300 pcs are not released
     and stay on hold until the next call-off.
  2. Material authority: you may buy and stage material (1680D fabric, 10 mm foam, YKK #10
     zippers) for up to 600 pcs at Wasatch liability. No cutting or sewing beyond the
     200 pcs released.
  3. The next call-off is issued only by Dallin Christensen, VP Operations.
  4. Buyer: T. Holbrook (801) 555-0144.
"""
case("c07_edi_calloff_staged_material", [],
     "EDI 830 call-off: 200 released, 2,300 on hold until next call-off by Dallin; explicit staged material authority 600 above release (conv. 10).",
     [("EDI830_CO-1250-07.txt", C07)])

# c08 ---------------------------------------------------------------- signed auto-conversion record
C08 = docx_bytes([
    ("h1", "Recorded auto-conversion ACR-2024-03"),
    ("p", "Hwarang Bows Co., Ltd. - sample sign-off to production release, recorded in advance"),
    ("table", [["Item", "Entry"],
               ["Part", "HB-RS-25 \"Ember 25\" riser, drawing HB-D-2500 Rev 07"],
               ["Supplier", "Tai-Feng Precision Industrial Co., Ltd."],
               ["PO", "HW-PO-24-0418 (5 samples + 300 production; commercial cover 305 pcs)"],
               ["Sample quantity", "five (5) pcs - released with the PO"],
               ["Production quantity", "300 pcs - on hold until the condition below is met"]]),
    ("sp",),
    ("h", "Statement"),
    ("p", "If the sample sign-off of the five (5) sample risers is recorded as APPROVED by Kim Seo-yeon (R&D) "
          "on or before 31 August 2024, then three hundred (300) production risers are released automatically "
          "on the date of that sign-off, without a further release letter."),
    ("h", "Conditions"),
    ("num", "An interim or rejected disposition releases nothing."),
    ("num", "A sign-off after 31 August 2024 releases nothing; a written release is then needed."),
    ("num", "Material authority before the sign-off: sample quantity only. After the automatic release: 300 pcs."),
    ("num", "No quantity above 300 pcs is covered by this record."),
    ("sp",),
    ("p", "Signed: Lee Dong-wook, Director Production (release authority, limit KRW 80,000,000), 2024-06-14"),
    ("p", "Acknowledged for the supplier: Vincent Chen, Sales Manager, Tai-Feng Precision, 2024-06-17"),
], author="Lee Dong-wook")
case("c08_signed_auto_conversion", [],
     "Explicit recorded auto-conversion naming quantity (300), signer (Lee Dong-wook) and conditions; balance on hold until then.",
     [("ACR-2024-03.docx", C08)])

# c09 ---------------------------------------------------------------- forwarded old quote, informational
C09_OLD = """Dear Kyle,

Thank you for your inquiry. Please find our quotation for youth shaft HC-340 below.

Quotation HY-QT-221104-01 (quotation only, not order)
  HC-340 carbon shaft, ID 6.2mm, 28", spine 1000, white
  Sample       24 pcs      USD 1.90
  Production   10,000 pcs  USD 0.72   lead time 30 days
  Price valid 30 days, FOB Weihai, T/T 30% deposit.

Best regards
Cathy Wang
Weihai Haiyun Carbon Sports Co., Ltd.
"""
old = mail(CATHY, KYLE, "Quotation HY-QT-221104-01 HC-340 youth shaft",
           "Fri, 04 Nov 2022 15:12:00 +0800", C09_OLD)
C09_TXT = """Cathy,

Forwarding your Nov 2022 quote below just so you and I look at the same numbers for the HC-340 youth shaft.

FYI only -- these are old prices, this is not an order and nothing is released against it. The 10,000 pcs in there was just the tier we asked about back then.

Tessa will send a new RFQ for HC-340 next week, please quote fresh.

Thanks,
Kyle
""" + SIG_KYLE
m = mail(KYLE, CATHY, "FW: Quotation HY-QT-221104-01 HC-340 youth shaft",
         "Mon, 15 Jul 2024 08:05:00 -0600", C09_TXT, attachments=[("rfc822", old)])
case("c09_forwarded_old_quote_fyi", [],
     "Old 2022 quote with 10,000 pcs forwarded as message/rfc822 and declared FYI only, not an order, nothing released.",
     [("FW_HY-QT-221104-01.eml", eml_bytes(m))])

# c10 ---------------------------------------------------------------- correction of a quoted risky line
C10_Q = """Dear Ms. Camille,

Samples 30 pcs bow case CX-BC125 finish, ship tomorrow by DHL AWB 5830 1147 22.
After your sample OK we go straight to production 2.970 pcs, ok? So we can keep ETD 30 Sept.

Best regards,
Ha"""
C10_TXT = """Bonjour Ha,

Thank you for the samples. But no, please: the sample sign-off does not release anything.

- PO CX-24-0702 covers the thirty (30) samples only.
- The balance of 2.970 pcs stays on hold. It is not released.
- It is released only when (1) Antoine Roux, our quality, has signed off the samples and (2) Hélène Faure, Directrice Supply Chain, sends you a written production release.
- Until then, material for the 30 samples only.

If ETD 30/09 becomes difficult because of this, tell me and we look at it together.

Cordialement,
Camille
""" + SIG_CAMILLE + "\nLe 18/07/2024 à 16:41, Nguyen Thi Thu Ha <ha.nguyen@mekongcanvas.vn> a écrit :\n" + q(C10_Q) + "\n"
m = mail(CAMILLE, HA, "RE: CX-BC125 samples / production", "Fri, 19 Jul 2024 09:03:00 +0200", C10_TXT,
         cc=ANTOINE, in_reply_to="<h177-mk-0718@mekongcanvas.vn>")
case("c10_buyer_corrects_quoted_autoconv", [],
     "Quoted supplier line assumes sample OK rolls into 2.970; buyer reply corrects it and states full scope (conv. 3, 9).",
     [("RE_CX-BC125.eml", eml_bytes(m))])

# c11 ---------------------------------------------------------------- WhatsApp: deposit does not release
C11 = """17/05/2024, 10:12 - Emre Yıldız: Merhaba Ms Ha, PO KM-2024-031 I send by email now. Only 8 pcs sample leather back quiver, model Kemankeş KQ-2, buffalo leather 3.5mm, brass rivets
17/05/2024, 10:13 - Emre Yıldız: Remaining 112 pcs NOT released. I test the samples in my workshop with my customers, if good I send written release myself. Material please only for 8 pcs
17/05/2024, 10:30 - Ms Ha Mekong Canvas: Dear Mr Emre, noted with thanks. 8 pcs sample only, 112 pcs wait your written release 🙏
17/05/2024, 10:31 - Ms Ha Mekong Canvas: Leather for 8 pcs we have in stock
28/05/2024, 16:47 - Emre Yıldız: <Media omitted>
28/05/2024, 16:48 - Emre Yıldız: This is the stitching I want, saddle stitch 5mm, not machine look
28/05/2024, 17:02 - Ms Ha Mekong Canvas: Ok Mr Emre, we follow
03/06/2024, 14:02 - Ms Ha Mekong Canvas: Mr Emre, we received deposit USD 480 today, thank you so much
03/06/2024, 14:03 - Ms Ha Mekong Canvas: Just to make clear: deposit does not release production. We make only the 8 samples and wait your written release for the 112 pcs
03/06/2024, 14:20 - Emre Yıldız: Correct 👍 teşekkürler
"""
case("c11_whatsapp_deposit_not_release", [],
     "Supplier says the deposit does not release production; buyer scope (8 samples, 112 not released, written release by Emre) complete.",
     [("WhatsApp Chat with Ms Ha Mekong Canvas.txt", C11)])

# c12 ---------------------------------------------------------------- supplier acknowledgement restates hold
C12 = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT OA-TF-24-0219"),
    ("p", "Tai-Feng Precision Industrial Co., Ltd. - No. 36, Gongye 12th Rd, Xitun Dist., Taichung 407, Taiwan"),
    ("p", "To: Wasatch Ridge Archery, Inc., Ms. Tessa Holbrook. Date: 2024-06-05. Your PO: 4500012296 rev 0."),
    ("table", [["PO line", "Part", "Description", "Qty acknowledged", "Scope", "Ship date"],
               ["10", "WRA-RX21-ILF", "Youth riser 21 in ILF, 6061-T6, black", "6", "Pilot (sample)", "2024-07-19"]]),
    ("sp",),
    ("p", "We acknowledge your PO 4500012296 as written: six (6) pilot risers only. The production quantity of "
          "594 pcs in our quote TF-Q-24-0290 is not released and we will not start it."),
    ("p", "We understand the production release needs your pilot sign-off (Ms. Megan Sorensen) and then a written "
          "release from Mr. Dallin Christensen. Material: we cut 6061-T6 blanks for the six (6) pilots only."),
    ("p", "Surface: hard anodize, salt spray ISO 9227 NSS 336 h. Thread: 5/16-24 UNF stabilizer, M8x1.25 plunger."),
    ("p", "Amy Lin, Project Manager"),
], title="OA-TF-24-0219", author="Tai-Feng Precision")
case("c12_supplier_ack_restates_hold", [],
     "Supplier acknowledgement restating 6 pilots only, 594 not released, release by Dallin after sign-off, sample-only material.",
     [("OA-TF-24-0219.pdf", C12)])

# c13 ---------------------------------------------------------------- supplier status report restates hold
C13 = pdf([
    ("h1", "Weekly status report - week 29"),
    ("p", "Weihai Jinhong Outdoor Products Co., Ltd. to Ciblex Sports SAS (Mme Camille Durand). Date 2024-07-19."),
    ("p", "PO CX-24-0712 - target face 40 cm triple vertical (CX-TF40T)."),
    ("table", [["Item", "Qty", "Status"],
               ["Proof run (PO CX-24-0712)", "100", "printed, QC pass, shipped 2024-07-16 DHL"],
               ["Production balance", "4.900", "ON HOLD - not released. Waiting print sign-off by Mr. Antoine Roux "
                                              "and written release from Ms. Helene Faure"],
               ["Paper 180 g/m2 and ink", "for 100 faces", "sample-only material authority - in use"]]),
    ("sp",),
    ("p", "We have not bought paper or ink for the 4.900 faces. We will plan the press only after your written "
          "release."),
    ("p", "Sunny Liu, Sales"),
], title="Jinhong status W29", author="Weihai Jinhong")
case("c13_supplier_status_restates_hold", [],
     "Supplier status report: 100 proof faces, 4.900 on hold awaiting sign-off and written release, no material bought beyond samples.",
     [("JH_status_W29.pdf", C13)])

# c14 ---------------------------------------------------------------- interim disposition with limits
C14 = docx_bytes([
    ("h1", "Interim Sample Disposition ISD-24-009"),
    ("p", "Wasatch Ridge Archery, Inc. - Product Engineering / Operations"),
    ("table", [["Field", "Entry"],
               ["Part", "HC-400 carbon arrow shaft, spine 400, 32 in, ID 4.2 mm"],
               ["Supplier", "Weihai Haiyun Carbon Sports Co., Ltd."],
               ["PO", "4500012331 (48 samples + 12,000 production, quote HY-QT-240603-02)"],
               ["Finding", "straightness 0.0015 in on 3 of 48 samples (spec +/-0.001 in)"],
               ["Disposition", "INTERIM"],
               ["Interim limits", "max 2,400 shafts, shipped on or before 30 Sep 2024, 100 % straightness sort at supplier"]]),
    ("sp",),
    ("p", "Under this interim disposition a production release REL-24-0331 for 2,400 shafts is issued by Dallin "
          "Christensen, VP Operations (release authority)."),
    ("p", "The balance of 9,600 shafts stays on hold. It is released only after a full sign-off (corrective "
          "action CA-0417 on the straightening rollers closed, 48 new samples within spec) and a further written "
          "release from Dallin Christensen."),
    ("p", "Material authority: staged up to 2,400 shafts. Nothing above that at Wasatch liability."),
    ("p", "Megan Sorensen, Product Engineer - 2024-07-30"),
    ("p", "Dallin Christensen, VP Operations - 2024-07-30"),
], author="Megan Sorensen")
case("c14_interim_disposition_limits", [],
     "Interim sign-off with quantity and date limits; 2,400 released by Dallin, 9,600 on hold until full sign-off + written release.",
     [("ISD-24-009.docx", C14)])

# c15 ---------------------------------------------------------------- deviation permit, no quantity change
C15 = docx_bytes([
    ("h1", "DEVIATION PERMIT DP-24-011"),
    ("p", "Hwarang Bows Co., Ltd. - R&D / Quality"),
    ("table", [["Field", "Entry"],
               ["Part", "HB-LL-68 limb laminate set (hard maple core + black glass), drawing HB-D-6800 Rev C"],
               ["Supplier", "Ege Lamine Kompozit San. ve Tic. A.Ş., İzmir"],
               ["PO", "HW-PO-24-0615"],
               ["Requirement", "glass thickness 1.00 mm +/-0.03"],
               ["Deviation", "glass thickness 0.95 mm +/-0.05 accepted"],
               ["Validity", "lot EL-24-117 only"],
               ["Reason", "glass supplier change; flex test ASTM D790 result 4 % lower, within design margin"]]),
    ("sp",),
    ("p", "Quantities: this deviation changes no quantity. It does not release any production quantity and does "
          "not extend the material authority. PO HW-PO-24-0615 stays as written."),
    ("p", "Kim Seo-yeon, R&D Engineer - 2024-07-22"),
    ("p", "Burak Demir, Ege Lamine - 2024-07-23"),
], author="Kim Seo-yeon")
case("c15_deviation_permit", [],
     "Deviation permit on laminate thickness; states it changes no quantity and releases nothing.",
     [("DP-24-011.docx", C15)])

# c16 ---------------------------------------------------------------- full-quantity ERP PO, identifiers
C16 = """WASATCH RIDGE ARCHERY, INC.                         PURCHASE ORDER
2150 W 12th Street, Ogden UT 84401                  PO NUMBER : 4500012412
Phone (801) 555-0100                                REVISION  : 0
                                                    DATE      : 07/22/2024
VENDOR : 100587  TAI-FENG PRECISION INDUSTRIAL CO., LTD.
         No. 36, Gongye 12th Rd, Xitun Dist., Taichung 407, Taiwan
BUYER  : T. HOLBROOK  (801) 555-0144
TERMS  : NET 60      INCOTERMS: FOB TAICHUNG      CURRENCY: USD
-------------------------------------------------------------------------------------
LN  ITEM / DESCRIPTION                      QTY  UOM  UNIT PRICE   EXT PRICE   DUE
10  WRA-1200-500-25  STABILIZER BUSHING     120  EA        3.85      462.00   08/30/2024
    5/16-24 UNF, 6061-T6, DWG 3300 REV 12
20  WRA-1200-500-25  STABILIZER BUSHING     120  EA        3.85      462.00   09/27/2024
30  WRA-1200-500-25  STABILIZER BUSHING     120  EA        3.85      462.00   10/25/2024
-------------------------------------------------------------------------------------
TOTAL QTY 360 EA                                          TOTAL USD   1,386.00

NOTES:
 - Full and final quantity for this part: 360 ea in three deliveries. There is no
   balance and no further quantity under this PO. Proceed with the full 360 ea per
   the schedule above.
 - Thread gauge 5/16-24 UNF-2B; M8x1.25 insert per DWG 3300 Rev 12 sheet 2.
 - Anodize black Type II, salt spray ISO 9227 NSS 96 h, no white corrosion.
 - Supplier quality: ISO 9001:2015 certificate on file (exp 2026). AQL 1.0 level II.
 - Cert of conformance with each shipment. Ref quote TF-Q-24-0355 rev 2.
"""
case("c16_full_qty_erp_po_identifiers", [],
     "Full-quantity ERP PO (360 = 3 x 120) that says proceed; identifiers look like quantities (1200-500-25, 3300 Rev 12, 96 h, 9001:2015).",
     [("PO_4500012412.txt", C16)])

# c17 ---------------------------------------------------------------- Teams: scoped go-ahead
C17 = """Microsoft Teams - chat export
Chat: Tai-Feng / Wasatch  WRA-TX25 pilot
Participants: Tessa Holbrook (Wasatch Ridge Archery), Vincent Chen (Tai-Feng Precision), Megan Sorensen (Wasatch Ridge Archery)

[7/1/2024 8:02 AM] Vincent Chen
Good morning Tessa, PO 4500012333 received. Please confirm pilot qty before we cut the 7075 bar?

[7/1/2024 8:15 AM] Tessa Holbrook
Morning Vincent! Go ahead with the 12 pilot risers only (WRA-TX25 target riser, DWG 3412 Rev 04).
The other 288 from your quote are NOT released. They stay on hold until Megan signs off the pilots, and then Dallin Christensen (VP Ops) sends the production release in writing.
Material for the 12 pilots only pls.

[7/1/2024 8:17 AM] Vincent Chen
Understood. 12 pilots only, 288 on hold. Bar stock for 12 pcs.

[7/1/2024 8:20 AM] Megan Sorensen
Vincent - with the pilots please also send the CMM report on the limb pocket angles (0.5 deg +/-0.1) and the 5/16-24 stab hole.

[7/1/2024 8:24 AM] Vincent Chen
Sure Megan 👍
"""
case("c17_teams_scoped_go_ahead", [],
     "Teams go-ahead scoped to 'the 12 pilot risers only', 288 on hold until sign-off and written release by Dallin.",
     [("Teams_TaiFeng_TX25.txt", C17)])

# c18 ---------------------------------------------------------------- supplier question on material, quoted scope
C18_Q = """Hi Ha,

PO 4500012320 attached: 30 sample bow cases BC-1050 (50" recurve case, navy).
The remaining 1,170 pcs of your quote are not released and stay on hold until Megan Sorensen signs off the samples and Dallin Christensen sends a written production release.
Material authority: sample only (30 pcs) for now.

Thanks,
Tessa"""
C18_TXT = """Dear Tessa,

Thank you. Samples 30 pcs are in sewing, finish next Wednesday.

Regarding the balance 1 170 pcs: fabric 1680D lead time now is 45 days from the mill. Can Wasatch give us material authority to buy the fabric for 1 170 pcs now? We will not cut or sew before your written release.

Please advise.
""" + SIG_HA + "\n-----Original Message-----\nFrom: Tessa Holbrook\nSent: Tuesday, July 2, 2024 10:14 AM\nTo: Nguyen Thi Thu Ha\nSubject: PO 4500012320 BC-1050 samples\n\n" + q(C18_Q) + "\n"
m = mail(HA, TESSA, "RE: PO 4500012320 BC-1050 samples", "Mon, 08 Jul 2024 15:26:00 +0700", C18_TXT,
         in_reply_to="<h177-wra-0702@wasatchridge-archery.com>")
case("c18_supplier_asks_material_authority", [],
     "Supplier asks whether it may buy fabric for 1 170 (a question, nothing bought); quoted buyer scope is complete.",
     [("RE_PO_4500012320.eml", eml_bytes(m))])

# c19 ---------------------------------------------------------------- full-quantity PO with schedule lines
C19 = pdf([
    ("h1", "BON DE COMMANDE / PURCHASE ORDER CX-24-0668"),
    ("p", "Ciblex Sports SAS - 12 rue du Grand Cerf, 59650 Villeneuve-d'Ascq, France - TVA FR 41 512 884 207"),
    ("p", "Fournisseur / Supplier: Weihai Jinhong Outdoor Products Co., Ltd. (F-20417). Date: 24/06/2024. "
          "Acheteuse / Buyer: Camille Durand."),
    ("table", [["Ligne", "Article", "Désignation", "Qté", "PU EUR", "Montant EUR", "Livraison"],
               ["10", "CX-TF122", "Blason WA 122 cm, papier 180 g/m2", "600", "1,35", "810,00", "16/08/2024"],
               ["20", "CX-TF122", "Blason WA 122 cm, papier 180 g/m2", "600", "1,35", "810,00", "13/09/2024"],
               ["30", "CX-TF122", "Blason WA 122 cm, papier 180 g/m2", "600", "1,35", "810,00", "11/10/2024"],
               ["", "", "Total", "1.800", "", "2.430,00", ""]]),
    ("sp",),
    ("p", "Commande ferme pour la quantité totale / Firm order for the full quantity: 1.800 faces in three "
          "deliveries. No balance, no option. You may proceed with the full 1.800 faces per the schedule above."),
    ("p", "Incoterm FOB Weihai. Paiement 60 jours fin de mois. Colours per World Archery target face "
          "specification; UV-resistant ink."),
], title="CX-24-0668", author="Ciblex Sports")
case("c19_full_qty_po_schedule", [],
     "Full-quantity PO, 1.800 faces in three 600 schedule lines, firm, no balance; proceed scoped to the full quantity.",
     [("CX-24-0668.pdf", C19)])

# c20 ---------------------------------------------------------------- supplier portal restates hold
C20 = html_page("Tai-Feng Customer Portal - Order HW-PO-24-0509", """
<h1>Tai-Feng Precision &mdash; Customer Portal</h1>
<p>Customer: Hwarang Bows Co., Ltd. &middot; Account manager: Vincent Chen &middot; Updated 2024-07-24 17:10 (UTC+8)</p>
<h2>Order HW-PO-24-0509 &mdash; HB-RS-27 riser &quot;Ember 27&quot;</h2>
<table>
<tr><th>Scope</th><th>Qty</th><th>Status</th><th>Note</th></tr>
<tr><td>Sample lot (PO HW-PO-24-0509)</td><td>5</td><td>Machining 70%</td><td>CMM report with shipment</td></tr>
<tr><td>Production balance</td><td>295</td><td><b>ON HOLD &mdash; not released</b></td><td>Waiting sample sign-off by Hwarang R&amp;D and written production release from Director Lee Dong-wook</td></tr>
<tr><td>Material authority</td><td>sample only</td><td>7075-T6 blanks cut for 5 pcs</td><td>No bar stock bought for the 295</td></tr>
</table>
<p class="note">We start the 295 pcs only after the written production release is received.</p>
""")
case("c20_supplier_portal_on_hold", [],
     "Supplier portal showing sample lot 5 and production balance 295 ON HOLD awaiting written release; sample-only material.",
     [("TF_portal_HW-PO-24-0509.html", C20)])

# c21 ---------------------------------------------------------------- release email done right + PDF notice
C21_Q = """Dear Dallin,

Sample sign-off for HC-400 (240 pcs) we received from Megan last week, thank you.
Can we have the production release? Our line is free from 19 Aug.

Best regards
Cathy"""
C21_TXT = """Cathy,

Here is the production release for the HC-400 shafts (PO 4500012381), notice attached.

 - Released now: 1,200 shafts HC-400 (release REL-24-0342). Ship by Sep 27.
 - Balance: 10,560 shafts of the 11,760 production quantity remain on hold. They are not released.
 - Next release: by a call-off from me, after the first 1,200 pass our incoming inspection (lot acceptance).
 - Material authority: staged up to 2,400 shafts (prepreg only). Nothing beyond that at our liability.

Sample sign-off by Megan was on Aug 2 (SSR-24-022).

Dallin
""" + SIG_DALLIN + "\nOn Mon, Aug 12, 2024 at 7:48 PM Cathy Wang <cathy.wang@haiyun-carbon.cn> wrote:\n" + q(C21_Q) + "\n"
C21_PDF = pdf([
    ("h1", "PRODUCTION RELEASE NOTICE REL-24-0342"),
    ("p", "Wasatch Ridge Archery, Inc. - Operations - Ogden, Utah"),
    ("table", [["Field", "Value"],
               ["Supplier", "Weihai Haiyun Carbon Sports Co., Ltd."],
               ["PO", "4500012381"],
               ["Part", "HC-400 carbon shaft, spine 400, 32 in"],
               ["Unlock event", "sample sign-off SSR-24-022, 2024-08-02"],
               ["Quantity released now", "1,200"],
               ["Cumulative released", "1,200 of 11,760"],
               ["Balance on hold", "10,560 - next release by call-off after lot acceptance"],
               ["Material authority", "staged up to 2,400 shafts"],
               ["Authorized by", "Dallin Christensen, VP Operations"],
               ["Date", "2024-08-13"]]),
], pagesize=LETTER, title="REL-24-0342", author="Dallin Christensen")
m = mail(DALLIN, CATHY, "RE: HC-400 production release", "Tue, 13 Aug 2024 07:30:00 -0600", C21_TXT,
         html=t2h(C21_TXT), cc=MEGAN, in_reply_to="<h177-hy-0812@haiyun-carbon.cn>",
         attachments=[("REL-24-0342.pdf", C21_PDF, PDF_MT)])
case("c21_release_email_complete", [],
     "Release email with PDF notice: 1,200 released, 10,560 on hold, next call-off after lot acceptance, Dallin named, staged material 2,400.",
     [("RE_HC-400_0813.eml", eml_bytes(m))])

# c22 ---------------------------------------------------------------- buyer PO with complete scope (Turkish English)
C22 = pdf([
    ("h1", "PURCHASE ORDER KM-2024-044"),
    ("p", "Kemankes Geleneksel Yay Atolyesi - Kayhan Mah. Ipekcilik Cad. No: 14, Osmangazi / Bursa, Turkiye"),
    ("p", "To: Weihai Haiyun Carbon Sports Co., Ltd. (Ms. Cathy Wang). Date: 15.04.2024. Your offer: HY-QT-240412."),
    ("table", [["No", "Item", "Description", "Qty", "Unit price", "Amount"],
               ["1", "HC-T500-BB", "Carbon shaft bamboo finish, spine 500, 31 in, ID 6.2 mm", "24", "USD 2,40", "USD 57,60"]]),
    ("sp",),
    ("p", "Please produce only 24 pcs (two dozen) samples."),
    ("p", "Remaining 2.976 pcs from your offer is NOT released, it is on hold. After I test the samples on my "
          "horse bows (45-55 lbs) and they are good, I send written release with quantity, signed by me, "
          "Emre Yildiz (owner)."),
    ("p", "Material: only for the 24 pcs samples."),
    ("p", "Shipping: DHL to workshop address. Payment: bank transfer before shipment."),
    ("p", "Emre Yildiz"),
], title="KM-2024-044", author="Emre Yildiz")
case("c22_buyer_po_complete_scope", [],
     "Sample PO for 24 shafts; 2.976 not released, on hold until the owner's test and his written release; sample-only material.",
     [("KM-2024-044.pdf", C22)])

# c23 ---------------------------------------------------------------- plain mail: sample PO + labelled forecast
C23 = """From: Park Ji-hoon <jhpark@hwarangbows.co.kr>
To: Nguyen Thi Thu Ha <ha.nguyen@mekongcanvas.vn>
Cc: Kim Seo-yeon <sykim@hwarangbows.co.kr>
Date: Mon, 08 Jul 2024 17:42:10 +0900
Subject: PO HW-PO-24-0701 bow case sample / 2025 forecast

Dear Ms. Ha,

Thank you for your kind quotation. We issue PO HW-PO-24-0701 for sample bow case HB-BC-70 (70 inch, wine red, Hwarang logo embroidery).

1. Sample quantity: twenty (20) pcs. Please make only 20 pcs.
2. Production quantity is not released. It is on hold until our R&D (Ms. Kim Seo-yeon) sign-off the 20 samples and Director Lee Dong-wook send written production release.
3. Material: only for 20 samples.

For your planning only: our 2025 forecast is about 3.000 pcs. This is forecast, not order and not commitment. Please do not buy material for it.

Best regards,

Park Ji-hoon / 박지훈
Manager, Purchasing Team
Hwarang Bows Co., Ltd.
Cheongju, Korea
"""
case("c23_mail_sample_po_labelled_forecast", [],
     "Sample PO 20 with complete scope plus a 3.000 forecast clearly labelled 'forecast, not order and not commitment'.",
     [("mail_HW-PO-24-0701.txt", C23)])

# c24 ---------------------------------------------------------------- buyer: deposit does not release + MT103 text
C24_TXT = """Burak,

We paid the 30% tooling deposit today for the limb press mold under PO 4500012325: USD 4,500.00, MT103 copy attached.

Please note: the deposit does not release production. Only the six (6) pairs of sample limbs WRA-LM-68-35 (68" / 35 lb, ILF) are released under this PO. The 294 pairs production balance stays on hold until Megan Sorensen signs off the samples and Dallin Christensen sends a written production release.

Laminates and cores for the 6 pairs only.

Thanks,
Kyle
""" + SIG_KYLE
C24_MT = """{1:F01ZBNAUS33AXXX0000000000}{2:I103AKBKTRISXXXXN}{4:
:20:WRA240611-0042
:23B:CRED
:32A:240611USD4500,00
:50K:/0000012547
WASATCH RIDGE ARCHERY INC
2150 W 12TH ST OGDEN UT 84401 US
:57A:AKBKTRIS
:59:/TR330004600153888000123456
EGE LAMINE KOMPOZIT SAN VE TIC AS
KEMALPASA OSB IZMIR TR
:70:PO 4500012325 TOOLING DEPOSIT 30 PCT
:71A:OUR
-}
"""
m = mail(KYLE, BURAK, "PO 4500012325 - tooling deposit paid", "Tue, 11 Jun 2024 14:10:00 -0600", C24_TXT,
         cc=MEGAN, attachments=[("MT103_20240611.txt", C24_MT, "text/plain")])
case("c24_buyer_deposit_not_release", [],
     "Buyer pays tooling deposit and states the deposit does not release production; 6 pairs released, 294 on hold, named release.",
     [("PO_4500012325_0611.eml", eml_bytes(m))])

# c25 ---------------------------------------------------------------- minutes keeping the words apart
C25 = docx_bytes([
    ("h1", "Compte rendu / Minutes - kick-off flèche junior CX-AR28J"),
    ("p", "Video call, 04/07/2024. Ciblex Sports: Camille Durand (achats), Julien Morel (produit), Antoine Roux "
          "(qualité). Weihai Haiyun: Cathy Wang (sales), Sun Jianguo (production)."),
    ("h", "Decisions"),
    ("num", "PO issued: PO CX-24-0748 (03/07) covers sixty (60) junior arrows CX-AR28J, 28 in, spine 1000, "
            "as samples."),
    ("num", "Sample sign-off: Antoine Roux, after spine, straightness and EN 71-3 tests on the 60 samples. A sample "
            "sign-off releases nothing by itself."),
    ("num", "Production release: the 5.940 arrows of the quotation are not released. Production release only in "
            "writing by Hélène Faure, Directrice Supply Chain, after the sample sign-off."),
    ("num", "Material authority: sample quantity only (60 arrows)."),
    ("num", "Payment: 30 % deposit on the PO value. The deposit is a payment term, not a production release."),
    ("h", "Actions"),
    ("table", [["Action", "Who", "When"],
               ["Ship 60 samples DHL", "Cathy Wang", "19/07/2024"],
               ["Test report spine/straightness/EN 71-3", "Antoine Roux", "02/08/2024"],
               ["Written production release or rejection", "Hélène Faure", "after sample sign-off"]]),
], author="Camille Durand")
case("c25_minutes_words_apart", [],
     "Kick-off minutes keep 'PO issued', 'sample sign-off' and 'production release' apart; 60 samples, 5.940 not released, Hélène named.",
     [("CR_kickoff_CX-AR28J.docx", C25)])

# =================================================================== POSITIVE

# p01 ---------------------------------------------------------------- sample PO + quote with 1,200, nothing on balance
P01_TXT = """Hi Vincent,

Attached is PO 4500012301 for six (6) pilot risers WRA-RX25-ILF (25" ILF target riser, DWG 3300 Rev 12, 7075-T6, hard anodize black). Unit price USD 96.00 per your quote TF-Q-24-0331, which I attached too so the pricing ties out.

Ship to our Ogden plant, attn Megan Sorensen. We need them here by July 26 for the fit check with the new limbs.

Let me know the ship date once you have it.

Thanks!
Tessa
""" + SIG_TESSA
P01_PO = pdf([
    ("h1", "PURCHASE ORDER 4500012301"),
    ("p", "Wasatch Ridge Archery, Inc. - 2150 W 12th St, Ogden, UT 84401 - Buyer: Tessa Holbrook"),
    ("p", "Vendor: Tai-Feng Precision Industrial Co., Ltd. (100587). Date: 06/10/2024. Terms: Net 60, FOB Taichung."),
    ("table", [["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Ext USD", "Due"],
               ["10", "WRA-RX25-ILF", "Riser 25 in ILF, 7075-T6, DWG 3300 Rev 12", "6", "EA", "96.00", "576.00", "07/19/2024"]]),
    ("sp",),
    ("p", "Ref. quote TF-Q-24-0331. Ship to Ogden plant, attn M. Sorensen. Certificate of conformance required."),
], pagesize=LETTER, title="PO 4500012301", author="Wasatch Ridge Archery")
P01_QT = pdf([
    ("h1", "QUOTATION TF-Q-24-0331"),
    ("p", "Tai-Feng Precision Industrial Co., Ltd. - Taichung, Taiwan. To: Wasatch Ridge Archery, Inc. (Ms. Tessa "
          "Holbrook). Date: 2024-05-28. Valid 60 days."),
    ("table", [["Item", "Description", "Qty", "Unit price USD", "Lead time"],
               ["1", "WRA-RX25-ILF riser, pilot lot", "6", "96.00", "4 weeks"],
               ["2", "WRA-RX25-ILF riser, production", "1,200", "41.80", "8 weeks"]]),
    ("sp",),
    ("p", "Material 7075-T6 plate, CNC 5-axis, hard anodize black. Tooling/fixtures USD 2,800 one time. FOB Taichung."),
    ("p", "Vincent Chen, Sales Manager"),
], title="TF-Q-24-0331", author="Tai-Feng Precision")
m = mail(TESSA, VINCENT, "PO 4500012301 - WRA-RX25 pilot risers", "Mon, 10 Jun 2024 11:05:00 -0600", P01_TXT,
         html=t2h(P01_TXT), cc=MEGAN,
         attachments=[("PO_4500012301.pdf", P01_PO, PDF_MT), ("TF-Q-24-0331.pdf", P01_QT, PDF_MT)])
case("p01_sample_po_with_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "Pilot PO for 6 with the quote (1,200 production) attached; nothing says the 1,200 is not released, no event, no release person.",
     [("PO_4500012301_mail.eml", eml_bytes(m))])

# p02 ---------------------------------------------------------------- cover mail + PO + quote (3 files)
P02_TXT = """Bonjour Ha,

Please find attached our purchase order CX-24-0731 for the thirty (30) samples of the 3-tube back quiver CX-QV3 (coloris noir/orange) and your quotation MK-Q-24-0652 with the prices as agreed.

Delivery of the samples: DHL to Villeneuve-d'Ascq before 30/08 please, our product manager Julien Morel wants them for the autumn range review.

Merci et bonne journée,
Camille
""" + SIG_CAMILLE
m = mail(CAMILLE, HA, "Commande CX-24-0731 - carquois CX-QV3 échantillons", "Wed, 31 Jul 2024 11:18:00 +0200",
         P02_TXT, html=t2h(P02_TXT))
P02_PO = pdf([
    ("h1", "BON DE COMMANDE / PURCHASE ORDER CX-24-0731"),
    ("p", "Ciblex Sports SAS - 12 rue du Grand Cerf, 59650 Villeneuve-d'Ascq, France"),
    ("p", "Fournisseur / Supplier: Mekong Canvas Goods Co., Ltd., Binh Duong, Viet Nam. Date: 31/07/2024. "
          "Acheteuse / Buyer: Camille Durand."),
    ("table", [["Ligne", "Réf.", "Désignation", "Qté", "PU", "Montant"],
               ["1", "CX-QV3", "Carquois dos 3 tubes, 600D, noir/orange - échantillons", "30", "USD 14,50", "USD 435,00"]]),
    ("sp",),
    ("p", "Incoterm DAP Villeneuve-d'Ascq (DHL). Paiement 60 jours fin de mois."),
    ("p", "Responsable du lancement production / Production release authority: Hélène Faure, Directrice Supply Chain."),
    ("p", "Contact achats: Camille Durand, +33 3 20 55 41 17."),
], title="CX-24-0731", author="Ciblex Sports")
P02_QT = pdf([
    ("h1", "QUOTATION MK-Q-24-0652"),
    ("p", "Mekong Canvas Goods Co., Ltd. - Lot C7, Viet Huong Industrial Park, Thuan An, Binh Duong, Viet Nam"),
    ("p", "Customer: Ciblex Sports SAS (Ms. Camille Durand). Date: 2024-07-12. Item: 3-tube back quiver CX-QV3."),
    ("table", [["Stage", "Qty", "Unit price USD", "Lead time"],
               ["Samples", "30", "14.50", "15 days"],
               ["Production", "3.000", "6.20", "60 days"]]),
    ("sp",),
    ("p", "Fabric 600D PU coated, webbing 25 mm, buckles 25 mm acetal, MOQ per colour 1.000 pcs. Price FOB HCMC."),
    ("p", "Ms. Nguyen Thi Thu Ha, Sales Manager"),
], title="MK-Q-24-0652", author="Mekong Canvas")
case("p02_cover_po_quote_folder", ["RG001", "RG003", "RG004"],
     "Cover mail + sample PO 30 + supplier quote 3.000: larger quantity unmarked, balance never put on hold, no unlock event (release authority named).",
     [("Commande_CX-24-0731.eml", eml_bytes(m)), ("CX-24-0731.pdf", P02_PO), ("MK-Q-24-0652.pdf", P02_QT)])

# p03 ---------------------------------------------------------------- ERP PO: sample 48 + quote prod 12.000
P03 = """==================================================================================
 HWARANG BOWS CO., LTD.  /  화랑보우 주식회사              PURCHASE ORDER (발주서)
 45, Osongsaengmyeong 1-ro, Heungdeok-gu, Cheongju-si, Chungcheongbuk-do, Korea
==================================================================================
 PO NO.      : HW-PO-24-0522                    PO DATE  : 2024.05.22
 VENDOR      : V-0931 WEIHAI HAIYUN CARBON SPORTS CO., LTD.
 BUYER       : CHOI MIN-JAE (최민재)  TEL 043-270-5512
 PAY TERMS   : T/T 30 DAYS AFTER B/L            INCOTERMS : FOB WEIHAI
 CURRENCY    : USD
----------------------------------------------------------------------------------
 NO  ITEM CODE     DESCRIPTION                        QTY   UNIT  U/PRICE   AMOUNT
 01  HC-600-30-K   CARBON SHAFT SPINE 600, 30", ID4.2  48   PCS     2.20    105.60
                   YOUTH SET "HWARANG JUNIOR 600"
----------------------------------------------------------------------------------
                                                      TOTAL      USD 105.60
 REMARK:
  1. SAMPLE ORDER: FOUR DOZEN (48 PCS) FOR R&D TEST.
  2. REF QUOTE HY-QT-240510 : MASS PROD QTY 12.000 PCS @ USD 0,84.
  3. STRAIGHTNESS +/-0.001", SPINE TEST ATA METHOD (1.94 LB / 28" SPAN).
     PACKING 12 PCS/TUBE.
  4. DELIVERY: 2024.06.10 BY EMS TO CHEONGJU.
  5. PLEASE SEND ORDER CONFIRMATION WITHIN 3 DAYS.
----------------------------------------------------------------------------------
 결재: 담당 최민재 / 팀장 박지훈
"""
case("p03_erp_sample_po_quote_ref", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO 48 pcs prints the quote's mass-production 12.000 beside it; no hold, no event, nobody named to release.",
     [("HW-PO-24-0522.txt", P03)])

# p04 ---------------------------------------------------------------- portal PO with program qty, authority named
P04 = html_page("Wasatch Ridge Archery - Supplier Portal - PO 4500012363", """
<h1>Wasatch Ridge Archery &mdash; Supplier Portal</h1>
<p>Logged in as: Le Hoang Nam (Mekong Canvas Goods Co., Ltd.) &middot; Vendor 100612</p>
<h2>Purchase Order 4500012363 &mdash; Rev 0 &mdash; Status: Open</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Buyer</td><td>Tessa Holbrook</td></tr>
<tr><td>Program</td><td>SC-0962 soft recurve case 62 in, 1680D, olive</td></tr>
<tr><td>Program quantity (quoted)</td><td>2,500</td></tr>
<tr><td>Production release authority</td><td>Dallin Christensen, VP Operations</td></tr>
<tr><td>Terms</td><td>Net 60 &middot; FOB Cat Lai</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need date</th></tr>
<tr><td>10</td><td>SC-0962-OL</td><td>Soft case 62&quot; olive &mdash; samples</td><td>10</td><td>EA</td><td>USD 18.40</td><td>08/16/2024</td></tr>
</table>
<p>Attachments: DWG SC-0962 Rev B (zipper YKK #10, 5,000-cycle test), colour standard Pantone 5743 C.</p>
<p><a href="#">Acknowledge PO</a> &middot; <a href="#">Ask a question</a></p>
""")
case("p04_portal_po_program_qty", ["RG001", "RG003", "RG004"],
     "Portal PO: 10 samples next to 'Program quantity (quoted) 2,500' with no hold; release authority named but no unlock event.",
     [("portal_PO_4500012363.html", P04)])

# p05 ---------------------------------------------------------------- Turkish buyer pastes offer with 5.000
P05_TXT = """Dear Cathy Hanım,

Hello from Bursa. Thank you for your offer. We make order for sample: 10 dozen (120 pcs) HC-T600 woodgrain shaft, 31 inch, spine 600, for the horse bows of Emre Usta. Price USD 2,40, total USD 288,00.

Please send with DHL to our workshop address below. Your offer I copy here for record:

   ---- Haiyun offer HY-QT-240415 ----
   HC-T600 woodgrain carbon shaft, ID 6.2 mm, 31"
   Sample          120 pcs    USD 2.40    10 days
   Production    5.000 pcs    USD 1.15    40 days
   -----------------------------------

Nock size please same like last time (6.2 mm pin).

Kolay gelsin,
Zeynep Aksoy
Office & Purchasing
Kemankeş Geleneksel Yay Atölyesi (Kemankes Traditional Bow Workshop)
Kayhan Mah. Ipekcilik Cad. No: 14, Osmangazi / Bursa, Türkiye
+90 224 221 63 08
"""
m = mail("Zeynep Aksoy <zeynep@kemankes-yay.com.tr>", CATHY, "Sample order - HC-T600 woodgrain",
         "Wed, 17 Apr 2024 10:44:00 +0300", P05_TXT)
case("p05_turkish_sample_order_offer", ["RG001", "RG003", "RG004", "RG005"],
     "Sample order of 120 with the pasted offer showing 5.000 production; nothing on the balance, no event, no release person.",
     [("HC-T600_0417.eml", eml_bytes(m))])

# p06 ---------------------------------------------------------------- PO states sample qty twice differently
P06 = pdf([
    ("h1", "PURCHASE ORDER HW-PO-24-0536"),
    ("p", "Hwarang Bows Co., Ltd. - Cheongju, Korea. To: Tai-Feng Precision Industrial Co., Ltd. Date: 2024.05.30. "
          "Buyer: Choi Min-jae."),
    ("p", "Item: HB-RS-23 \"Ember 23\" riser, drawing HB-D-2300 Rev 05, 7075-T6, ILF pocket."),
    ("p", "Sample quantity: five (5) pcs."),
    ("table", [["No", "Item", "Description", "Qty", "Unit", "Unit price", "Amount"],
               ["1", "HB-RS-23", "Riser Ember 23 - sample", "6", "EA", "USD 128.00", "USD 768.00"]]),
    ("sp",),
    ("p", "Production quantity (295 pcs per quote TF-Q-24-0388) is not released. It is on hold until R&D sample "
          "sign-off (Kim Seo-yeon) and a written production release by Director Lee Dong-wook."),
    ("p", "Material: sample quantity only. Delivery: 2024.06.28 by air to Cheongju."),
], title="HW-PO-24-0536", author="Hwarang Purchasing")
case("p06_po_sample_qty_twice", ["RG011"],
     "One PO states the sample quantity as 'five (5)' in the text and 6 in the line table; scope otherwise complete.",
     [("HW-PO-24-0536.pdf", P06)])

# p07 ---------------------------------------------------------------- Teams: colour approved, go ahead
P07 = """Microsoft Teams - chat export
Chat: WRA-HX17 pilot risers
Participants: Tessa Holbrook (Wasatch Ridge Archery), Vincent Chen (Tai-Feng Precision), Megan Sorensen (Wasatch Ridge Archery)

[6/24/2024 7:48 AM] Tessa Holbrook
Vincent, PO 4500012351 is out. 6 pilot risers WRA-HX17 only. Other 294 on hold until Megan signs off the pilots; Dallin Christensen releases production in writing after that. Bar stock for the 6 only.

[6/24/2024 8:05 AM] Vincent Chen
Noted Tessa, 6 pilots. Colour chip for "Ridge Bronze" anodize we send by courier tomorrow, please check.

[7/2/2024 9:31 AM] Vincent Chen
Tessa, Megan, chip arrived? Anodize line is booked Thursday, need answer today if possible 🙏

[7/2/2024 10:12 AM] Megan Sorensen
Got it. Colour chip approved - go ahead 👍

[7/2/2024 10:13 AM] Vincent Chen
Thank you Megan!
"""
case("p07_teams_colour_go_ahead", ["RG002"],
     "Engineer's 'colour chip approved - go ahead' names neither the pilot scope nor a quantity; earlier scope complete.",
     [("Teams_WRA-HX17.txt", P07)])

# p08 ---------------------------------------------------------------- two-level thread, BAT approved, green light
P08_L2 = """Bonjour Sunny,

PO CX-24-0694 is sent: twenty (20) faces WA 122 cm for the print proof run only.
The balance of 1.980 faces is not released. It stays on hold until Antoine Roux (qualité) signs off the print proof and Hélène Faure, Directrice Supply Chain, sends you a written production release.
Paper and ink for the 20 proof faces only.

Cordialement,
Camille"""
P08_L1 = """Dear Camille, dear Julien,

Please find photo of BAT (printing proof) for 122 cm face, yellow Pantone 109 C, red 485 C, blue 2925 C, black, white. Please confirm colour ok.

Best regards
Sunny

On Mon, 8 Jul 2024 at 10:02, Camille Durand <c.durand@ciblex-sports.fr> wrote:
""" + q(P08_L2)
P08_TXT = """Hello Sunny,

BAT is approved for us, colours are perfect this time. Green light!

Julien
""" + SIG_JULIEN + "\nOn Wed, 17 Jul 2024 at 15:02, Sunny Liu <sunny.liu@jinhong-outdoor.cn> wrote:\n" + q(P08_L1) + "\n"
m = mail(JULIEN, SUNNY, "RE: RE: CX-24-0694 blason 122 cm - BAT", "Thu, 18 Jul 2024 09:12:00 +0200", P08_TXT,
         html=t2h(P08_TXT), cc=CAMILLE, in_reply_to="<h177-jh-0717@jinhong-outdoor.cn>")
case("p08_thread_bat_green_light", ["RG002"],
     "'BAT is approved ... Green light!' with no scope or quantity; the two-level quoted buyer scope supplies qty, hold, event and authority.",
     [("RE_CX-24-0694_BAT.eml", eml_bytes(m))])

# p09 ---------------------------------------------------------------- WeChat: approved, proceed, no quantity
P09 = """WeChat chat history
Chat: Cathy Wang (Weihai Haiyun) & Park Ji-hoon (Hwarang)
Exported: 2024-07-04 09:30
----------------------------------------------------------------
2024-07-03 14:10:22 Cathy Wang (Weihai Haiyun)
Mr. Park 您好, new spine 700 shaft sample for junior set is finish. photo below 👇

2024-07-03 14:10:40 Cathy Wang (Weihai Haiyun)
[Image]

2024-07-03 14:11:15 Cathy Wang (Weihai Haiyun)
Price same as our quotation HY-QT-240618. We can proceed?

2024-07-03 16:45:03 Park Ji-hoon (Hwarang)
Thank you Cathy. Approved, please proceed.

2024-07-03 16:46:30 Park Ji-hoon (Hwarang)
But production quantity stay on hold until Ms. Kim Seo-yeon sign-off the samples. Production release only by Director Lee Dong-wook in writing.

2024-07-03 16:50:12 Cathy Wang (Weihai Haiyun)
OK 👌 收到
"""
case("p09_wechat_approved_proceed_no_qty", ["RG002", "RG010"],
     "'Approved, please proceed' unscoped and no quantity anywhere; hold, sign-off event and Lee Dong-wook are stated.",
     [("WeChat_Cathy_Wang_2024-07.txt", P09)])

# p10 ---------------------------------------------------------------- deposit wired, good to run (quoted scope)
P10_Q = """Cathy,

PO 4500012340 attached:
 - 240 shafts HC-400 (20 dozen) = sample lot only.
 - The 11,760 production shafts from your quote HY-QT-240529-01 are NOT released. They stay on hold until Megan Sorensen signs off the samples and Dallin Christensen (VP Ops) sends a written production release.
 - Material: samples only.
 - Payment: 30% deposit of the program value per your terms.

Kyle"""
P10_TXT = """Hi Cathy,

Deposit for PO 4500012340 was wired this morning: USD 3,185.28 (30% of the full program value), remittance advice attached. So you're good to run!

Let me know the ETD.

Brody
""" + SIG_BRODY + "\n-----Original Message-----\nFrom: Kyle Brandt\nSent: Monday, June 17, 2024 9:12 AM\nTo: Cathy Wang\nCc: Brody Jensen; Megan Sorensen\nSubject: PO 4500012340 HC-400 sample lot\n\n" + q(P10_Q) + "\n"
P10_PDF = pdf([
    ("h1", "Remittance advice"),
    ("p", "Zion Basin Bank, N.A. - Commercial Banking - outgoing international wire"),
    ("table", [["Field", "Value"],
               ["Value date", "2024-06-24"],
               ["Ordering customer", "Wasatch Ridge Archery, Inc., Ogden UT"],
               ["Beneficiary", "Weihai Haiyun Carbon Sports Co., Ltd."],
               ["Amount", "USD 3,185.28"],
               ["Reference", "PO 4500012340 DEPOSIT 30 PCT PROGRAM"],
               ["Charges", "OUR"]]),
], pagesize=LETTER, title="Remittance advice", author="Zion Basin Bank")
m = mail(BRODY, CATHY, "RE: PO 4500012340 HC-400 sample lot", "Mon, 24 Jun 2024 09:40:00 -0600", P10_TXT,
         cc=KYLE, in_reply_to="<h177-wra-0617@wasatchridge-archery.com>",
         attachments=[("remittance_4500012340.pdf", P10_PDF, PDF_MT)])
case("p10_deposit_wired_good_to_run", ["RG002", "RG012"],
     "'Deposit ... wired (30% of the full program). So you're good to run!' ties the start to the payment and names no quantity.",
     [("RE_PO_4500012340.eml", eml_bytes(m))])

# p11 ---------------------------------------------------------------- ERP PO 600 vs release letter 660 + chat go ahead (3 files)
P11_PO = """WASATCH RIDGE ARCHERY, INC. -- PURCHASE ORDER / CALL-OFF PRINT               PAGE 1 OF 1
PO: 4500012377   REV: 1   DATE: 08/05/2024
VENDOR: 100644 WEIHAI JINHONG OUTDOOR PRODUCTS CO LTD
BUYER: B. JENSEN   SHIP TO: OGDEN DC   INCOTERMS: FOB QINGDAO   TERMS: NET 60
------------------------------------------------------------------------------------------
LN  ITEM           DESCRIPTION                            QTY  UOM  UNIT USD   DUE
10  WRA-TB-1203    XPE LAYERED BOSS 120x120x30 CM         600  EA      38.50   09/20/2024
                   DENSITY 45 KG/M3, RATED 70 LB COMPOUND
------------------------------------------------------------------------------------------
RELEASE STATUS (LINE 10)
  QUOTED PROGRAM QTY .............. 2,400 EA   (QUOTE JH-240612)
  RELEASED, CALL-OFF 01 ...........   600 EA
  NOT RELEASED (ON HOLD) .......... 1,800 EA   -- NEXT CALL-OFF REQUIRED
  RELEASE AUTHORITY ............... DALLIN CHRISTENSEN, VP OPERATIONS
  MATERIAL AUTHORITY .............. 600 EA (RELEASED QTY ONLY)
------------------------------------------------------------------------------------------
"""
P11_LETTER = docx_bytes([
    ("h1", "Production release R-12377-01"),
    ("p", "Wasatch Ridge Archery, Inc. - Operations - Ogden, Utah - 2024-08-05"),
    ("p", "To: Weihai Jinhong Outdoor Products Co., Ltd., attn. Sunny Liu"),
    ("table", [["PO / line", "Item", "Released quantity", "Ship by"],
               ["4500012377 / 10", "WRA-TB-1203 XPE layered boss 120x120x30 cm", "six hundred sixty (660)", "2024-09-20"]]),
    ("sp",),
    ("p", "The remaining program quantity stays on hold until the next call-off from me. Material authority: "
          "released quantity only."),
    ("p", "Dallin Christensen, VP Operations"),
], author="Dallin Christensen")
P11_CHAT = """WeChat chat history
Chat: Sunny Liu (Weihai Jinhong) & Brody Jensen (Wasatch Ridge)
Exported: 2024-08-07 08:15
----------------------------------------------------------------
2024-08-06 09:02:11 Sunny Liu (Weihai Jinhong)
Brody good morning, we got PO 4500012377 rev1 and Mr. Dallin release letter, thank you. Ok to start?

2024-08-06 21:15:40 Brody Jensen (Wasatch Ridge)
yep all good, go ahead 👍

2024-08-06 21:16:02 Sunny Liu (Weihai Jinhong)
👌 we arrange foam cutting this week
"""
case("p11_po_vs_release_letter_chat", ["RG002", "RG011"],
     "ERP PO releases 600 while the release letter for the same line says 660; the chat answer 'all good, go ahead' names no quantity.",
     [("PO_4500012377.txt", P11_PO), ("R-12377-01.docx", P11_LETTER), ("WeChat_export_0806.txt", P11_CHAT)])

# p12 ---------------------------------------------------------------- WhatsApp: advance arrived, we start 300
P12 = """04/06/2024, 09:40 - Kyle Brandt: Hi Burak, PO 4500012318 went out by email. Just the six (6) pairs of sample limbs WRA-LM-70-40 (70" / 40 lb, ILF). The 294 pairs of production from your offer are on hold until Megan signs off the samples and Dallin Christensen sends the production release in writing. Laminates for the 6 pairs only please
04/06/2024, 09:52 - Burak Demir: Hi Kyle, good morning from İzmir 🙂 received, thank you
11/06/2024, 15:20 - Burak Demir: Kyle, proforma PI-2024-0171 I sent by mail, 30% advance as we agreed for the tooling
19/06/2024, 16:05 - Kyle Brandt: Advance payment per PI-2024-0171 was sent today. Let me know when received
20/06/2024, 08:31 - Burak Demir: Kyle bey, advance payment arrived, thank you 🙏 So we start production of the 300 pairs limbs tomorrow, inşallah first 100 pairs ready end of July
20/06/2024, 08:32 - Burak Demir: <Media omitted>
"""
case("p12_whatsapp_advance_starts_production", ["RG012"],
     "Supplier reads the advance payment as the start of the 300 pairs; buyer scope (6 samples, 294 on hold, Dallin) is complete.",
     [("WhatsApp Chat with Burak Demir.txt", P12)])

# p13 ---------------------------------------------------------------- deposit -> cutting 2.000 + fabric bought
P13_Q = """Bonjour Ha,

Our PO CX-24-0745 is attached: twenty (20) samples of the bow case CX-BC140 (140 cm takedown case).
The balance of 1.980 pcs is not released. It stays on hold until Antoine Roux signs off the samples and Hélène Faure, Directrice Supply Chain, sends you a written production release.
Material: for the 20 samples only.
Acompte / deposit: 30 % of the total order value, as agreed.

Cordialement,
Camille"""
P13_TXT = """Dear Ms. Camille,

Good day! We received your 30% deposit for PO CX-24-0745 today, thank you so much.

As deposit is received, we understand the order is confirmed, so we begin cutting for the 2.000 pcs bow case CX-BC140 from next Monday to keep ETD 15 Oct. We also purchased 600D PU fabric 4.200 m and foam 10 mm for the 2.000 pcs already (fabric price increase from August).

Cutting plan attached for your information.
""" + SIG_HA + "\nOn Tue, 9 Jul 2024 at 11:20, Camille Durand <c.durand@ciblex-sports.fr> wrote:\n" + q(P13_Q) + "\n"
P13_PLAN = """MEKONG CANVAS - CUTTING PLAN - CUSTOMER CIBLEX - PO CX-24-0745 - CX-BC140
Prepared: 2024-07-22  by: Le Hoang Nam (merchandiser)

LOT   QTY    FABRIC 600D PU (m)   FOAM 10MM (m2)   CUT DATE     SEW LINE
L1    500    1.050                410              29/07/2024   Line 3
L2    500    1.050                410              05/08/2024   Line 3
L3    500    1.050                410              12/08/2024   Line 4
L4    500    1.050                410              19/08/2024   Line 4
TOT   2.000  4.200                1.640
"""
m = mail(HA, CAMILLE, "RE: PO CX-24-0745 bow case CX-BC140", "Mon, 22 Jul 2024 16:05:00 +0700", P13_TXT,
         in_reply_to="<h177-cbx-0709@ciblex-sports.fr>",
         attachments=[("cutting_plan_CX-24-0745.txt", P13_PLAN, "text/plain")])
case("p13_deposit_confirms_order_cutting", ["RG006", "RG012"],
     "Supplier treats the deposit as order confirmation and starts cutting 2.000; fabric and foam bought for 2.000 while 20 are released.",
     [("RE_PO_CX-24-0745.eml", eml_bytes(m))])

# p14 ---------------------------------------------------------------- PO + proforma disagree on PO no. and qty (2 files)
P14_PO = pdf([
    ("h1", "PURCHASE ORDER HW-PO-24-0611"),
    ("p", "Hwarang Bows Co., Ltd. - Cheongju, Korea. To: Ege Lamine Kompozit San. ve Tic. A.S., Izmir, Turkiye. "
          "Date: 2024.06.11. Buyer: Park Ji-hoon."),
    ("table", [["No", "Item", "Description", "Qty", "Unit", "Unit price", "Amount"],
               ["1", "HB-LL-68", "Limb laminate set, hard maple core + black glass, 68 in / 30-38 lbs - sample", "6",
                "SET", "USD 42.00", "USD 252.00"]]),
    ("sp",),
    ("p", "Sample only: six (6) sets. The production quantity of 294 sets in your quote EL-Q-24-051 is not released. "
          "It is on hold until sample sign-off by Kim Seo-yeon (R&D) and a written production release from "
          "Director Lee Dong-wook."),
    ("p", "Material authority: sample quantity only. Payment for this order: 50% advance, 50% before shipment."),
], title="HW-PO-24-0611", author="Hwarang Purchasing")
P14_PI = pdf([
    ("h1", "PROFORMA INVOICE PI-2024-0187"),
    ("p", "Ege Lamine Kompozit San. ve Tic. A.S. - Kemalpasa OSB, Izmir, Turkiye - VAT no. 325 004 8817"),
    ("p", "Customer: Hwarang Bows Co., Ltd., Cheongju, Korea. Your order no.: HW-PO-24-0661. Date: 14.06.2024."),
    ("table", [["Item", "Description", "Qty", "Unit price", "Amount"],
               ["HB-LL-68", "Limb laminate set, maple core + black glass, 68 in", "8 sets", "USD 42.00", "USD 336.00"],
               ["", "Advance 50%", "", "", "USD 168.00"]]),
    ("sp",),
    ("p", "Production of the 294 sets will start upon receipt of the 50% advance payment."),
    ("p", "Bank: Akdeniz Katilim Bankasi, Izmir branch, IBAN TR33 0004 6001 5388 8000 1234 56, SWIFT AKDNTRIS."),
    ("p", "Ayse Celik, Export Department"),
], title="PI-2024-0187", author="Ege Lamine")
case("p14_po_and_proforma_disagree", ["RG011", "RG012"],
     "Proforma cites PO HW-PO-24-0661 and 8 sets against PO HW-PO-24-0611 for 6 sets, and starts the 294 on receipt of the advance.",
     [("HW-PO-24-0611.pdf", P14_PO), ("PI-2024-0187.pdf", P14_PI)])

# p15 ---------------------------------------------------------------- minutes: approved x3, deposit starts production
P15 = docx_bytes([
    ("h1", "Meeting minutes - Tai-Feng visit to Hwarang, Cheongju"),
    ("p", "Date: 2024-07-11. Hwarang: Lee Dong-wook (Director Production), Park Ji-hoon (Purchasing), Kim Seo-yeon "
          "(R&D). Tai-Feng: Vincent Chen (Sales), Amy Lin (PM)."),
    ("p", "Subject: HB-RS-25C carbon-foam riser, PO HW-PO-24-0530 (5 samples; quote TF-Q-24-0371 300 pcs)."),
    ("h", "1. Sample risers"),
    ("p", "Dimension check and shooting test 3,000 shots at 48 lbs OK. Ms. Kim: the 5 samples are approved."),
    ("h", "2. Purchase order"),
    ("p", "PO HW-PO-24-0530 rev 1 (price USD 118,50 to USD 116,00) was approved by finance on 2024-07-10."),
    ("h", "3. Production"),
    ("p", "Tai-Feng informed the T/T deposit 30% for the production lot was received on 2024-07-09. With the deposit "
          "received, production is approved: Tai-Feng will start the 295 production risers next week. Hwarang agreed."),
    ("h", "4. Packing"),
    ("p", "Single box with foam insert, 10 boxes per carton, Hwarang logo label. Drop test ISTA 1A."),
    ("h", "Action items"),
    ("table", [["No", "Action", "Owner", "Due"],
               ["1", "Send packing drawing rev B", "Amy Lin", "2024-07-16"],
               ["2", "Start 295 pcs production", "Vincent Chen", "2024-07-15"],
               ["3", "Incoming inspection plan", "Kim Seo-yeon", "2024-07-31"]]),
], author="Park Ji-hoon")
case("p15_minutes_deposit_production_approved", ["RG009", "RG012"],
     "Minutes use 'approved' for samples, the PO and production, and start the 295 because the deposit was received.",
     [("Minutes_TaiFeng_visit_0711.docx", P15)])

# p16 ---------------------------------------------------------------- supplier ERP SO: deposit -> mass production, material 12,000
P16 = """WEIHAI HAIYUN CARBON SPORTS CO., LTD.     ERP - SALES ORDER DETAIL      PRINT 2024-07-12 08:33
SO NO.   : SO-24-1187        CUSTOMER: C-0219 HWARANG BOWS CO LTD (KOREA)      SALES: CATHY WANG
CUST PO  : HW-PO-24-0577     PO DATE : 2024-06-20
---------------------------------------------------------------------------------------------
LINE  ITEM           DESCRIPTION                      ORDER QTY  UNIT  PRICE USD  STATUS
 1    HC-700-29-K    CARBON SHAFT SP700 29" ID4.2        48      PCS     2.20     SHIPPED 07-05
---------------------------------------------------------------------------------------------
PAYMENT
  2024-07-10  T/T RECEIVED   USD 3,024.00   REF "HWARANG DEPOSIT 30% HC-700"
PRODUCTION STATUS
  2024-07-11  DEPOSIT RECEIVED -> MASS PRODUCTION RELEASED
  WORK ORDER  WO-24-0733 OPENED, ROLLING START 2024-07-15
MATERIAL
  TORAY T700SC 12K PREPREG   1,850 KG     PURCHASED  PO-M-24-0412  (FOR 12,000 PCS PROGRAM)
  NOCK BUSHING 3.2MM         12,000 PCS   PURCHASED  PO-M-24-0413
REMARK
  CUSTOMER SAMPLE SIGN-OFF: PENDING (R&D MS KIM)
---------------------------------------------------------------------------------------------
"""
case("p16_supplier_so_deposit_released", ["RG006", "RG012"],
     "Supplier ERP: 'DEPOSIT RECEIVED -> MASS PRODUCTION RELEASED' on a 48-pc sample order; prepreg and bushings bought for 12,000.",
     [("SO-24-1187.txt", P16)])

# p17 ---------------------------------------------------------------- buyer: deposit paid, so start 6.000 (HTML bank att)
P17_TXT = """Bonjour Cathy,

Bonne nouvelle: we paid the 30 % deposit this morning for PO CX-24-0760 (EUR 7.452,00, bank confirmation attached). So you can start the production of the 6.000 arrows CX-AR30 now.

Reminder of the PO (full quantity): 6.000 flèches carbone 30" spine 500, vanes 2" orange/noir, pin nocks, 100 gr points, in packs of 6 (1.000 packs). Delivery FOB Weihai before 15/10.

Merci,
Camille
""" + SIG_CAMILLE
P17_HTML = html_page("Banque Flandre Artois - avis d'opération", """
<h2>Banque Flandre Artois &mdash; Avis d'opération / Transfer confirmation</h2>
<table>
<tr><th>Date d'exécution</th><td>16/07/2024</td></tr>
<tr><th>Donneur d'ordre</th><td>CIBLEX SPORTS SAS</td></tr>
<tr><th>Bénéficiaire</th><td>WEIHAI HAIYUN CARBON SPORTS CO LTD</td></tr>
<tr><th>Montant</th><td>EUR 7.452,00</td></tr>
<tr><th>Référence</th><td>ACOMPTE 30% CX-24-0760</td></tr>
<tr><th>Frais</th><td>SHA</td></tr>
</table>
""", lang="fr")
m = mail(CAMILLE, CATHY, "CX-24-0760 acompte payé / deposit paid", "Tue, 16 Jul 2024 10:37:00 +0200", P17_TXT,
         attachments=[("avis_virement_CX-24-0760.html", P17_HTML, "text/html")])
case("p17_buyer_deposit_paid_start", ["RG012"],
     "Buyer: 'we paid the 30 % deposit ... So you can start the production of the 6.000' on a full-quantity PO.",
     [("CX-24-0760_0716.eml", eml_bytes(m))])

# p18 ---------------------------------------------------------------- supplier report: forecast taken as firm, prepreg bought
P18 = pdf([
    ("h1", "Monthly status report - July 2024"),
    ("p", "Weihai Haiyun Carbon Sports Co., Ltd. to Wasatch Ridge Archery, Inc. (Mr. Kyle Brandt). Date: 2024-07-31."),
    ("p", "Customer PO 4500012366 - HC-300 \"Hunter 300\" carbon shaft, spine 300, 32 in."),
    ("table", [["Item", "Qty", "Status"],
               ["Sample lot HC-300 (PO 4500012366)", "120 pcs", "finished, shipped 2024-07-08"],
               ["2025 forecast HC-300", "48,000 pcs", "firm order (per customer forecast)"],
               ["Toray T700 prepreg", "7,400 kg (for 48,000 pcs)", "purchased, in warehouse 2024-07-26"]]),
    ("sp",),
    ("p", "According to your 2025 forecast of 48,000 pcs, which we take as your firm order, we purchased the T700 "
          "prepreg for the 48,000 pcs to lock the price before the August increase."),
    ("p", "Straightness +/-0.001 in, GPI 10.2, ISO 9001:2015 audit passed in June."),
    ("p", "Cathy Wang, Sales Manager"),
], title="Haiyun status July 2024", author="Weihai Haiyun")
case("p18_supplier_report_forecast_firm_material", ["RG006", "RG008"],
     "Supplier report takes the 48,000 forecast as a firm order and has bought prepreg for it while 120 samples are authorized.",
     [("HY_status_2024-07.pdf", P18)])

# p19 ---------------------------------------------------------------- hold until further notice + material ordered (rfc822 fwd)
P19_Q = """Dear Mr. Burak,

We send PO HW-PO-24-0640 for six (6) pairs sample limbs HB-LM-68 (68 inch, 30-40 lbs, ILF).
Production balance of 294 pairs is not released. It is on hold until further notice.

Thank you.
Park Ji-hoon"""
P19_FWD = """Burak Bey,

FYI - for Hwarang HB-LM-68 we placed the purchase orders for hard maple cores and black glass for 300 pairs (PO-EL-M-24-233 and PO-EL-M-24-234). Delivery to Kemalpaşa week 31.

Serkan
Üretim Planlama / Production Planning
"""
fwd = mail(SERKAN, BURAK, "Hwarang HB-LM-68 malzeme / material", "Fri, 28 Jun 2024 17:02:00 +0300", P19_FWD)
P19_TXT = """Dear Mr. Park,

Thank you for your mail. Please see below message from our planning (Serkan Bey) for your information.

To protect your delivery date for the season we already ordered the hard maple cores and the black glass for the 300 pairs. Material arrive our Kemalpaşa plant in week 31. The 6 pairs samples will ship Friday by UPS.
""" + SIG_BURAK + "\n-----Original Message / Orijinal Mesaj-----\nFrom: Park Ji-hoon\nSent: 24 June 2024 10:05\nTo: Burak Demir\nSubject: PO HW-PO-24-0640 limb sample\n\n" + q(P19_Q) + "\n"
m = mail(BURAK, PARK, "RE: PO HW-PO-24-0640 limb sample", "Mon, 01 Jul 2024 11:26:00 +0300", P19_TXT,
         in_reply_to="<h177-hwa-0624@hwarangbows.co.kr>", attachments=[("rfc822", fwd)])
case("p19_hold_further_notice_material_ordered", ["RG004", "RG005", "RG006"],
     "Quoted buyer scope holds the 294 'until further notice' with nobody named; supplier (with forwarded planning mail) ordered material for 300.",
     [("RE_HW-PO-24-0640.eml", eml_bytes(m))])

# p20 ---------------------------------------------------------------- WeChat: no release person, paper bought for 6000
P20 = """WeChat chat history
Chat: Camille Durand (Ciblex) & Sunny Liu (Weihai Jinhong)
Exported: 2024-07-05 08:40
----------------------------------------------------------------
2024-06-27 10:15:08 Camille Durand (Ciblex)
Hello Sunny, PO CX-24-0688 sent. Proof run only: 50 faces of each size (122 cm, 80 cm, 40 cm) = 150 faces. The rest of the 6.000 faces is not released. It stays on hold until Antoine Roux (qualité) validates the print quality of the proof run and we send you a written release.

2024-06-27 10:40:51 Sunny Liu (Weihai Jinhong)
Dear Camille received 👌

2024-07-04 09:12:36 Sunny Liu (Weihai Jinhong)
Camille, proof run print finish, tomorrow ship DHL

2024-07-04 09:13:50 Sunny Liu (Weihai Jinhong)
and for 6000 faces paper stock already buy, ink also, because paper price go up next month. Just let you know 🙏

2024-07-04 11:02:17 Camille Durand (Ciblex)
Hmm ok, noted.
"""
case("p20_wechat_paper_bought_no_authority", ["RG005", "RG006"],
     "Buyer scope names qty, hold and sign-off event but only 'we' release; supplier bought paper and ink for 6000 faces.",
     [("WeChat_Camille_Durand_2024-07.txt", P20)])

# p21 ---------------------------------------------------------------- supplier weekly mail: material 2,500 + automatic start
P21 = """From: Tran Van Minh <minh.tran@mekongcanvas.vn>
To: Tessa Holbrook <tholbrook@wasatchridge-archery.com>
Cc: Nguyen Thi Thu Ha <ha.nguyen@mekongcanvas.vn>
Date: Fri, 12 Jul 2024 17:20:44 +0700
Subject: Weekly report wk28 - Wasatch hip quiver HQ-4 (PO 4500012372)

Dear Ms. Tessa,

Please kindly see our weekly report for your order.

1. Samples: twelve (12) pcs hip quiver HQ-4 (3-tube, woodland camo) sewing finish, QC ok, ship by FedEx on 15/07.
2. Material: camo fabric 1680D and PE board for 2,500 pcs already received in our warehouse on 10/07.
3. Plan: after your sample approval we will start sewing the 2,500 pcs automatically, no need new PO, so we can keep the ETD end of September.

Best regards,
Minh
Production Manager
Mekong Canvas Goods Co., Ltd.
Thuan An, Binh Duong, Viet Nam
"""
case("p21_supplier_weekly_auto_start", ["RG006", "RG007"],
     "Supplier has material for 2,500 on 12 samples and will start the 2,500 automatically after sample approval.",
     [("Weekly_report_wk28_HQ-4.txt", P21)])

# p22 ---------------------------------------------------------------- supplier portal: production 1,200, bar staged
P22 = html_page("Tai-Feng Customer Portal - Order 4500012315", """
<h1>Tai-Feng Precision &mdash; Customer Portal</h1>
<p>Customer: Wasatch Ridge Archery, Inc. &middot; Account manager: Vincent Chen &middot; Updated 2024-07-12 16:45 (UTC+8)</p>
<h2>Order tracking &mdash; customer PO 4500012315</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Part</td><td>WRA-RX27-ILF riser 27 in, DWG 3300-27 Rev 03</td></tr>
<tr><td>PO qty</td><td>6 (pilot)</td></tr>
<tr><td>Production qty</td><td>1,200</td></tr>
<tr><td>Material</td><td>7075-T6 plate 60 mm, staged for 1,200 risers; 400 blanks already cut</td></tr>
<tr><td>Pilot status</td><td>CNC 6/6 done &middot; anodize 2024-07-18 &middot; CMM report with shipment</td></tr>
<tr><td>Next step</td><td>Ship pilots 2024-07-22</td></tr>
</table>
""")
case("p22_supplier_portal_material_staged", ["RG001", "RG006"],
     "Supplier portal shows production qty 1,200 next to the 6-pc pilot PO, unmarked, and bar stock staged for 1,200.",
     [("TF_portal_4500012315.html", P22)])

# p23 ---------------------------------------------------------------- buyer: once signed off go straight into 12,000 (PO att)
P23_PO = pdf([
    ("h1", "PURCHASE ORDER 4500012349 - Rev 0"),
    ("p", "Wasatch Ridge Archery, Inc. - Ogden, UT. Vendor: Weihai Haiyun Carbon Sports Co., Ltd. Date: 06/28/2024. "
          "Buyer: Kyle Brandt."),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Ext USD"],
               ["10", "HC-500", "Carbon shaft spine 500, 32 in, ID 4.2 mm - sample lot", "96", "2.10", "201.60"]]),
    ("sp",),
    ("p", "Scope: this PO releases the sample lot of 96 shafts (eight dozen) only. The production quantity of 12,000 "
          "shafts in quote HY-QT-240612-03 is NOT released. It stays on hold until Megan Sorensen signs off the "
          "samples and Dallin Christensen, VP Operations, sends a written production release."),
    ("p", "Material authority: sample lot only."),
], pagesize=LETTER, title="PO 4500012349", author="Wasatch Ridge Archery")
P23_Q = """Dear Kyle,

96 pcs sample will finish next week.
Question: after sample approval, how we proceed for the 12,000 pcs? We need 35 days lead time.

Best regards
Cathy"""
P23_TXT = """Cathy,

Easy -- once Megan signs off the samples, go straight into the 12,000 run. No need to wait for a release letter from Dallin, I'll let him know.

PO attached again.

Kyle
""" + SIG_KYLE + "\nOn Tue, Jul 9, 2024 at 2:15 AM Cathy Wang <cathy.wang@haiyun-carbon.cn> wrote:\n" + q(P23_Q) + "\n"
m = mail(KYLE, CATHY, "RE: HC-500 samples / next step", "Tue, 09 Jul 2024 08:22:00 -0600", P23_TXT,
         in_reply_to="<h177-hy-0709@haiyun-carbon.cn>",
         attachments=[("PO_4500012349.pdf", P23_PO, PDF_MT)])
case("p23_buyer_straight_into_run", ["RG007"],
     "Buyer tells the supplier to go straight into the 12,000 once samples are signed off, overriding his own PO's written-release requirement.",
     [("RE_HC-500_next_step.eml", eml_bytes(m))])

# p24 ---------------------------------------------------------------- Teams: roll directly into the 294 -> yes
P24 = """Microsoft Teams - chat export
Chat: WRA-HX19 hunting riser
Participants: Tessa Holbrook (Wasatch Ridge Archery), Vincent Chen (Tai-Feng Precision)

[7/8/2024 6:55 AM] Tessa Holbrook
Vincent, FYI PO 4500012327 for the WRA-HX19 pilots is in the portal. 6 pilots. Balance 294 on hold until Megan signs off and Dallin sends the written release.

[7/8/2024 7:30 AM] Vincent Chen
Thanks Tessa. One question for planning: after pilot OK we roll directly into the 294 balance, right? Then we can book CNC capacity for August

[7/8/2024 7:41 AM] Tessa Holbrook
yes that's the plan 👍 pilots OK -> straight into the 294

[7/8/2024 7:42 AM] Vincent Chen
Great, thank you
"""
case("p24_teams_roll_into_balance", ["RG007"],
     "Supplier asks to roll straight into the 294 after pilot OK and the buyer confirms, contradicting her written-release scope.",
     [("Teams_WRA-HX19.txt", P24)])

# p25 ---------------------------------------------------------------- order confirmation: 50 vs 30, automatic start
P25 = pdf([
    ("h1", "ORDER CONFIRMATION OC-MK-24-0388"),
    ("p", "Mekong Canvas Goods Co., Ltd. - Thuan An, Binh Duong, Viet Nam. To: Ciblex Sports SAS, Ms. Camille Durand. "
          "Date: 2024-07-24."),
    ("p", "We are pleased to confirm your PO CX-24-0719 for 50 pcs sample arm guard CX-AG02 (PU leather, 2 elastic "
          "straps, black/orange)."),
    ("table", [["Customer PO", "Item", "Scope", "PO qty", "Unit price", "ETD"],
               ["CX-24-0719", "CX-AG02", "sample", "30", "USD 3.10", "2024-08-09"],
               ["CX-24-0719", "CX-AG02", "production", "2.970", "USD 1.45", "2024-10-30"]]),
    ("sp",),
    ("p", "Upon your sample approval, production of 2.970 pcs will start automatically without further notice, "
          "to keep ETD 30/10."),
    ("p", "Ms. Nguyen Thi Thu Ha, Sales Manager"),
], title="OC-MK-24-0388", author="Mekong Canvas")
case("p25_order_confirmation_auto_start", ["RG007", "RG011"],
     "Supplier confirmation says 50 samples in the text and 30 in the table, and starts 2.970 automatically on sample approval.",
     [("OC-MK-24-0388.pdf", P25)])

# p26 ---------------------------------------------------------------- R&D report: with this approval continue with 295
P26 = pdf([
    ("h1", "Sample Evaluation Report SER-24-031"),
    ("p", "Hwarang Bows Co., Ltd. - R&D Center, Cheongju. Date: 2024-07-26."),
    ("p", "Part: HB-RS-21 \"Ember 21\" riser, drawing HB-D-2100 Rev 04. Supplier: Tai-Feng Precision. PO HW-PO-24-0604 "
          "(5 samples + 295 production)."),
    ("table", [["Test", "Requirement", "Result", "Judge"],
               ["Dimensions (CMM)", "per HB-D-2100 Rev 04", "all in tolerance", "OK"],
               ["Limb alignment", "< 0.3 mm", "0.12 mm max", "OK"],
               ["Shooting test", "2,000 shots at 42 lbs", "no crack", "OK"],
               ["Salt spray", "ISO 9227 NSS 96 h", "no corrosion", "OK"]]),
    ("sp",),
    ("p", "Result: 5 sample risers APPROVED. With this approval Tai-Feng may continue with the 295 production risers "
          "as planned in the PO."),
    ("p", "Kim Seo-yeon, R&D Engineer"),
], title="SER-24-031", author="Kim Seo-yeon")
case("p26_rd_report_approval_continues", ["RG007"],
     "R&D sample report: 'With this approval Tai-Feng may continue with the 295 production risers' - sample approval rolls into production.",
     [("SER-24-031.pdf", P26)])

# p27 ---------------------------------------------------------------- buyer: once Antoine validates, launch 990 (DOCX att)
P27_Q = """Dear Julien,

10 pcs sample foam target CX-TB80 ready, we ship this week.
Please advise the next step for the 990 pcs.

Best regards
Sunny"""
P27_TXT = """Hello Sunny,

Merci. PO CX-24-0690 covers the 10 samples; the 990 are not released today.

But to save time: dès qu'Antoine valide les échantillons -- as soon as Antoine validates the samples, you launch the 990 directly, no need to wait for anything else from us.

Updated spec sheet attached.

Bonne journée,
Julien
""" + SIG_JULIEN + "\nOn Fri, 26 Jul 2024 at 10:11, Sunny Liu <sunny.liu@jinhong-outdoor.cn> wrote:\n" + q(P27_Q) + "\n"
P27_SPEC = docx_bytes([
    ("h1", "Fiche technique / Spec sheet CX-TB80 rev C"),
    ("table", [["Caractéristique", "Valeur"],
               ["Dimensions", "80 x 80 x 20 cm"],
               ["Densité mousse", "45 kg/m³ XPE"],
               ["Arrêt", "arcs jusqu'à 60 lbs à 5 m"],
               ["Cœur remplaçable", "30 x 30 cm"],
               ["Poignées", "2 sangles nylon 25 mm"]]),
    ("p", "Rev C: density changed from 40 to 45 kg/m³ after the abrasion test."),
], author="Julien Morel")
m = mail(JULIEN, SUNNY, "RE: CX-TB80 samples", "Fri, 26 Jul 2024 14:55:00 +0200", P27_TXT, cc=CAMILLE,
         in_reply_to="<h177-jh-0726@jinhong-outdoor.cn>",
         attachments=[("CX-TB80_spec_revC.docx", P27_SPEC, DOCX_MT)])
case("p27_launch_on_validation_no_authority", ["RG005", "RG007"],
     "Product manager: once Antoine validates the samples 'you launch the 990 directly' (no recorded auto-conversion); nobody named to release.",
     [("RE_CX-TB80_samples.eml", eml_bytes(m))])

# p28 ---------------------------------------------------------------- supplier portal: auto release after sample approval
P28 = html_page("Haiyun Customer Center - Order tracking", """
<h1>Weihai Haiyun Customer Center</h1>
<p>Customer: Hwarang Bows Co., Ltd. (C-0219) &middot; Sales: Cathy Wang</p>
<h2>Order tracking &mdash; PO HW-PO-24-0588 &mdash; HC-800 carbon shaft (spine 800, 28 in)</h2>
<table>
<tr><th>Step</th><th>Description</th><th>Status</th></tr>
<tr><td>1</td><td>PO received &mdash; sample 48 pcs</td><td>done 2024-06-27</td></tr>
<tr><td>2</td><td>Sample production 48 pcs</td><td>done 2024-07-10</td></tr>
<tr><td>3</td><td>Sample approval (customer)</td><td>waiting</td></tr>
<tr><td>4</td><td>Auto release to mass production</td><td>system, on step 3</td></tr>
<tr><td>5</td><td>Shipment</td><td>&mdash;</td></tr>
</table>
<p>Mass production qty 12,000 pcs &mdash; status: not released yet (waiting sample approval).</p>
<p class="note">After customer sample approval, mass production 12,000 pcs will be released automatically by system.
Planned start 3 days after approval.</p>
""")
case("p28_supplier_portal_auto_release", ["RG007"],
     "Supplier portal workflow releases the 12,000 automatically on sample approval with no recorded auto-conversion from the buyer.",
     [("HY_order_HW-PO-24-0588.html", P28)])

# p29 ---------------------------------------------------------------- EDI 830 forecast all FIRM
P29 = """WASATCH RIDGE ARCHERY, INC. - EDI OUTBOUND PRINT
Transaction set : 830 Planning Schedule with Release Capability
Control #       : 000004523          Date: 2024-08-01
Trading partner : MEKONG CANVAS GOODS CO LTD (V-100612)
Schedule type   : FORECAST (PLANNING SCHEDULE) - horizon Sep 2024 - Feb 2025
-------------------------------------------------------------------------------
ST*830*0001~
BFR*00*FC-BQ2-0801**DL*A*20240801*20250228*20240801~
N1*SU*MEKONG CANVAS GOODS CO LTD*92*V-100612~
LIN**BP*BQ-2*EC*REV A~
UIT*EA~
REF*PO*4500012305~
FST*400*C*M*20240901~
FST*400*C*M*20241001~
FST*600*C*M*20241101~
FST*600*C*M*20241201~
FST*300*C*M*20250101~
FST*300*C*M*20250201~
CTT*1*2600~
SE*14*0001~
-------------------------------------------------------------------------------
READABLE VIEW
PART BQ-2 REV A   "Back quiver 2-tube, 1680D, black"     PO 4500012305 (blanket)

MONTH       FORECAST QTY    COMMITMENT
SEP-2024         400        FIRM
OCT-2024         400        FIRM
NOV-2024         600        FIRM
DEC-2024         600        FIRM
JAN-2025         300        FIRM
FEB-2025         300        FIRM
TOTAL          2,600

NOTE: This forecast is Wasatch Ridge Archery's firm purchase commitment for the
      months shown. Plan capacity and material accordingly.
"""
case("p29_edi830_forecast_firm", ["RG008"],
     "EDI 830 titled FORECAST with every month coded firm and called a firm purchase commitment.",
     [("EDI830_FC-BQ2-0801.txt", P29)])

# p30 ---------------------------------------------------------------- plain mail: consider forecast as firm order
P30 = """From: Park Ji-hoon <jhpark@hwarangbows.co.kr>
To: Cathy Wang <cathy.wang@haiyun-carbon.cn>
Cc: Choi Min-jae <mjchoi@hwarangbows.co.kr>
Date: Thu, 25 Jul 2024 09:18:33 +0900
Subject: 2025 forecast HC-600 / capacity booking

Dear Cathy,

Thank you for your support always.

Our 2025 forecast for HC-600 junior shaft is 36,000 pcs (3,000 pcs every month, Jan~Dec).
Please consider this forecast as our firm order and book your capacity and material for it. We will send the monthly delivery schedule in December.

Price: as your quotation HY-QT-240618, USD 0.84/pc.

Best regards,

Park Ji-hoon / 박지훈
Manager, Purchasing Team
Hwarang Bows Co., Ltd.
"""
case("p30_mail_forecast_as_firm_order", ["RG008"],
     "Buyer asks the supplier to consider the 36,000 forecast as a firm order and book capacity and material.",
     [("mail_2025_HC-600.txt", P30)])

# p31 ---------------------------------------------------------------- supplier confirms 'forecast order'
P31 = pdf([
    ("h1", "ORDER CONFIRMATION HY-OC-24-0907"),
    ("p", "Weihai Haiyun Carbon Sports Co., Ltd. To: Kemankes Geleneksel Yay Atolyesi, Mr. Emre Yildiz, Bursa. "
          "Date: 2024-09-07."),
    ("p", "Thank you for your forecast order of 6.000 pcs traditional shafts HC-T600 woodgrain for 2025. We confirm "
          "this order and have scheduled production in three (3) lots."),
    ("table", [["Lot", "Qty", "Production month", "Unit price"],
               ["1", "2.000", "Feb 2025", "USD 1,15"],
               ["2", "2.000", "May 2025", "USD 1,15"],
               ["3", "2.000", "Aug 2025", "USD 1,15"],
               ["Total", "6.000", "", "USD 6.900,00"]]),
    ("sp",),
    ("p", "Reference: your WhatsApp message of 2024-08-30 with the 2025 forecast."),
    ("p", "Cathy Wang, Sales Manager"),
], title="HY-OC-24-0907", author="Weihai Haiyun")
case("p31_supplier_confirms_forecast_order", ["RG008"],
     "Supplier confirms a 'forecast order' of 6.000 as an order and schedules production lots.",
     [("HY-OC-24-0907.pdf", P31)])

# p32 ---------------------------------------------------------------- minutes: forecast firm commitment, approved x2
P32 = docx_bytes([
    ("h1", "Compte rendu - revue annuelle fournisseur 2025 / annual supply review"),
    ("p", "Lille, 05/09/2024. Ciblex Sports: Hélène Faure, Camille Durand, Antoine Roux. Mekong Canvas: Nguyen Thi "
          "Thu Ha, Tran Van Minh."),
    ("h", "1. Volume 2025"),
    ("p", "Ciblex forecast 2025 for the back quiver CX-QV3 (all colours): 12.000 pcs. Ciblex management approved the "
          "2025 volume and it is a firm commitment. Mekong plans capacity for 1.000 pcs per month."),
    ("h", "2. New colour 'vert forêt'"),
    ("p", "Samples approved by Antoine Roux after the abrasion test (Martindale 20.000 cycles) and colour fastness "
          "ISO 105-B02."),
    ("h", "3. Price 2025"),
    ("p", "USD 6,05 FOB HCMC, valid for the calendar year."),
    ("h", "Actions"),
    ("table", [["Action", "Qui / Who", "Date"],
               ["Capacity plan 2025", "Tran Van Minh", "30/09/2024"],
               ["Colour card vert forêt", "Nguyen Thi Thu Ha", "20/09/2024"]]),
], author="Camille Durand")
case("p32_minutes_forecast_commitment", ["RG008", "RG009"],
     "Minutes call the 12.000 forecast 'a firm commitment' and use 'approved' both for the volume (commercial) and the samples (technical).",
     [("CR_revue_2025_Mekong.docx", P32)])

# p33 ---------------------------------------------------------------- WhatsApp: write it as order
P33 = """30/08/2024, 11:20 - Emre Yıldız: Cathy Hanım merhaba, the HC-T400 shafts very good, my customers happy 👏
30/08/2024, 11:21 - Emre Yıldız: Next year I need maybe 2000 pcs HC-T400, you can write it as order, no problem. I am sure
30/08/2024, 11:35 - Cathy Wang: Thank you Emre! So we put 2,000 pcs HC-T400 for 2025 as firm order in our system, ok?
30/08/2024, 11:37 - Emre Yıldız: ok 👍
30/08/2024, 11:38 - Cathy Wang: 🙏🙏
"""
case("p33_whatsapp_maybe_2000_as_order", ["RG008"],
     "Buyer's 'maybe 2000 ... you can write it as order' is booked by the supplier as a firm order.",
     [("WhatsApp Chat with Cathy Wang.txt", P33)])

# p34 ---------------------------------------------------------------- buyer portal demand plan, FIRM column
P34 = html_page("Wasatch Ridge Archery - Supplier Portal - Demand Plan", """
<h1>Wasatch Ridge Archery &mdash; Supplier Portal</h1>
<p>Supplier: Ege Lamine Kompozit San. ve Tic. A.&#350;. &middot; Vendor 100633 &middot; Published 2024-09-02</p>
<h2>Demand Plan (forecast) &mdash; WRA-LM-68 ILF limbs</h2>
<table>
<tr><th>Month</th><th>Item</th><th>Forecast qty (pairs)</th><th>Commitment</th></tr>
<tr><td>Oct 2024</td><td>WRA-LM-68-30</td><td>120</td><td>FIRM</td></tr>
<tr><td>Nov 2024</td><td>WRA-LM-68-30</td><td>150</td><td>FIRM</td></tr>
<tr><td>Dec 2024</td><td>WRA-LM-68-35</td><td>150</td><td>FIRM</td></tr>
<tr><td>Jan 2025</td><td>WRA-LM-68-35</td><td>200</td><td>FIRM</td></tr>
<tr><td>Feb 2025</td><td>WRA-LM-68-40</td><td>200</td><td>FIRM</td></tr>
<tr><td>Mar 2025</td><td>WRA-LM-68-40</td><td>180</td><td>FIRM</td></tr>
</table>
<p class="note">Forecast quantities shown here are binding purchase commitments of Wasatch Ridge Archery, Inc.</p>
<p>Questions: Kyle Brandt, Purchasing Manager.</p>
""")
case("p34_portal_demand_plan_firm", ["RG008"],
     "Buyer portal demand plan labelled forecast but every month marked FIRM and called binding purchase commitments.",
     [("portal_WRA-LM-68.html", P34)])

# p35 ---------------------------------------------------------------- approved / released used three ways
P35_TXT = """Hi Vincent,

Quick update on the WRA-RX29 order:

1. PO 4500012388 is approved and released in SAP, so it should show up in the portal today.
2. The six (6) pilot risers are approved too -- Megan signed the FAI yesterday.
3. The 294 production risers are not released yet. They'll be released once approved by Dallin Christensen; he's back from the ATA show on Monday.

Until then please hold the 294 and keep material to the pilot quantity.

Thanks,
Kyle
""" + SIG_KYLE
m = mail(KYLE, VINCENT, "WRA-RX29 - PO / pilots / production", "Thu, 18 Jul 2024 16:02:00 -0600", P35_TXT,
         html=t2h(P35_TXT), cc=TESSA)
case("p35_mail_approved_released_mixed", ["RG009"],
     "'approved' for the SAP PO, the pilot FAI and Dallin's decision; 'released' for SAP and production; scope otherwise complete.",
     [("WRA-RX29_update.eml", eml_bytes(m))])

# p36 ---------------------------------------------------------------- supplier report: approved x3, 2,400 vs 2,040
P36 = pdf([
    ("h1", "Production status report HY-PSR-24-08"),
    ("p", "Weihai Haiyun Carbon Sports Co., Ltd. to Hwarang Bows Co., Ltd. (Mr. Park Ji-hoon). Date: 2024-08-16."),
    ("p", "PO HW-PO-24-0593 - HC-550 carbon shaft, spine 550, 30 in."),
    ("p", "Thank you for your production release of two thousand four hundred (2,400) pcs HC-550, approved by "
          "Director Lee Dong-wook on 2024-08-02. Your PO HW-PO-24-0593 was approved in our system on 2024-06-25 and "
          "the 48 samples were approved by Ms. Kim on 2024-07-26."),
    ("table", [["Item", "Qty (pcs)", "Date"],
               ["Released qty", "2,040", "2024-08-02"],
               ["Produced", "1,200", "2024-08-15"],
               ["Shipped", "0", "-"],
               ["Balance of program", "waiting your next release", "-"]]),
    ("sp",),
    ("p", "First shipment 1,200 pcs planned ETD Weihai 2024-08-23."),
    ("p", "Cathy Wang, Sales Manager"),
], title="HY-PSR-24-08", author="Weihai Haiyun")
case("p36_supplier_report_approved_2400_2040", ["RG009", "RG011"],
     "Supplier report says 2,400 released in the text and 2,040 in the table; 'approved' used for release, PO intake and samples.",
     [("HY-PSR-24-08.pdf", P36)])

# p37 ---------------------------------------------------------------- SAP printout: RELEASED (PO) vs production release
P37 = """SAP ERP 6.0  -  ME23N  Display Purchase Order           Hwarang Bows Co., Ltd. (Company code 1000)
Standard PO 4510007731   Vendor 200418 TAI-FENG PRECISION INDUSTRIAL CO LTD    Doc. date 2024.07.05
Purch. org. 1000   Purch. group H02 (Choi Min-jae)
Release strategy H1   Release status: RELEASED
   Rel. code 10  Park J.H.  2024.07.05
   Rel. code 20  Lee D.W.   2024.07.06
---------------------------------------------------------------------------------------------
Item   Material       Short text                          PO Quantity  OUn  Net price   Deliv. date
00010  HB-LB-M8-25    LIMB BOLT M8X1.25 L25 SUS304              20     EA   3,40 USD    2024.07.26
---------------------------------------------------------------------------------------------
Header text:
  SAMPLE ORDER 20 PCS ONLY (1ST ARTICLE).
  PRODUCTION QTY 1,980 PCS (QUOTE TF-Q-24-0402) NOT RELEASED - ON HOLD.
  PRODUCTION RELEASE AFTER SAMPLE APPROVAL BY R&D (KIM S.Y.),
  RELEASE ISSUED IN WRITING BY DIRECTOR LEE D.W.
  MATERIAL: SAMPLE QTY ONLY.
"""
case("p37_sap_release_strategy_vs_production", ["RG009"],
     "SAP 'Release status: RELEASED' (PO workflow, Lee D.W. code 20) beside 'production ... NOT RELEASED' and 'release issued by Lee D.W.'.",
     [("ME23N_4510007731.txt", P37)])

# p38 ---------------------------------------------------------------- portal: Approved for PO, BAT, Production - proceed
P38 = html_page("Ciblex - Portail fournisseurs - CX-24-0726", """
<h1>Ciblex Sports &mdash; Portail fournisseurs</h1>
<p>Fournisseur&nbsp;: Weihai Jinhong Outdoor Products Co., Ltd. (F-20417)</p>
<h2>Commande CX-24-0726 &mdash; Blason 60 cm (CX-TF60)</h2>
<table>
<tr><th>Étape / Step</th><th>Statut / Status</th><th>Date</th><th>Par / By</th></tr>
<tr><td>Commande / Purchase order</td><td>Approved</td><td>02/07/2024</td><td>Camille Durand</td></tr>
<tr><td>BAT (print proof)</td><td>Approved</td><td>19/07/2024</td><td>Antoine Roux</td></tr>
<tr><td>Production</td><td>Approved &mdash; proceed</td><td>22/07/2024</td><td>Julien Morel</td></tr>
</table>
<h3>Lignes</h3>
<table>
<tr><th>Ligne</th><th>Article</th><th>Désignation</th><th>Qté</th><th>PU</th></tr>
<tr><td>10</td><td>CX-TF60</td><td>Blason 60 cm &mdash; tirage BAT</td><td>100</td><td>EUR 1,10</td></tr>
</table>
<div class="note">Scope: proof run of 100 faces only. The balance of 2.900 faces is not released; it stays on hold
until BAT sign-off by Antoine Roux and a written production release from Hélène Faure (Directrice Supply Chain).</div>
""", lang="fr")
case("p38_portal_status_approved_proceed", ["RG002", "RG009"],
     "Portal status 'Production: Approved - proceed' names no quantity; 'Approved' also used for the PO and the BAT.",
     [("portal_CX-24-0726.html", P38)])

# p39 ---------------------------------------------------------------- sign-off record: 'released' for drawing, samples, PO, production
P39 = docx_bytes([
    ("h1", "Sample sign-off / release record - HB-LL-70"),
    ("p", "Hwarang Bows Co., Ltd. R&D with Ege Lamine Kompozit. Limb laminate set HB-LL-70 (70 in, maple core, "
          "clear glass). Record date 2024-07-19."),
    ("table", [["Step", "Status", "Date", "By"],
               ["Drawing HB-D-7000 Rev D", "Released", "2024-05-20", "Kim Seo-yeon"],
               ["PO HW-PO-24-0655", "Released", "2024-06-12", "Park Ji-hoon"],
               ["Sample sets, 6 sets", "Released for shooting test", "2024-07-02", "Kim Seo-yeon"],
               ["Production, 194 sets", "Not released", "-", "Director Lee Dong-wook"]]),
    ("sp",),
    ("p", "The 6 sample sets are released for the shooting test (3,000 shots, 40 lbs). Production of the 194 sets is "
          "not released and stays on hold; it will be released in writing by Director Lee Dong-wook after the "
          "shooting test has passed."),
    ("p", "Kim Seo-yeon, R&D Engineer / Burak Demir, Ege Lamine"),
], author="Kim Seo-yeon")
case("p39_record_released_four_ways", ["RG009"],
     "'Released' used for the drawing, the PO, the samples' technical status and production in one record; scope otherwise complete.",
     [("HB-LL-70_record.docx", P39)])

# p40 ---------------------------------------------------------------- start samples, no qty, blocked until further notice
P40_TXT = """Bonjour Ha,

Please start the sample production of the new 3-tube back quiver CX-QV3B (drawing rev B, coloris noir/orange, front pocket with YKK #5 zipper).

The remaining quantity of the programme stays blocked until further notice. Production release: Hélène Faure, Directrice Supply Chain, only.

Merci,
Camille
""" + SIG_CAMILLE
m = mail(CAMILLE, HA, "CX-QV3B - lancement échantillons / sample start", "Mon, 02 Sep 2024 09:15:00 +0200", P40_TXT)
case("p40_start_samples_no_qty_further_notice", ["RG004", "RG010"],
     "Sample start with no quantity; balance 'blocked until further notice' (no event); Hélène named as release authority.",
     [("CX-QV3B_0902.eml", eml_bytes(m))])

# p41 ---------------------------------------------------------------- WeChat: 'just send some'
P41 = """WeChat chat history
Chat: Brody Jensen (Wasatch Ridge) & Sunny Liu (Weihai Jinhong)
Exported: 2024-08-13 07:10
----------------------------------------------------------------
2024-08-12 07:44:02 Brody Jensen (Wasatch Ridge)
Sunny, go ahead with the pilot bosses for the new WRA-3D-ELK block target. Rest of the program stays on hold until Megan signs off the pilots

2024-08-12 09:10:27 Sunny Liu (Weihai Jinhong)
OK Brody 👌 how many pilot you need? 10 or 20?

2024-08-12 20:31:55 Brody Jensen (Wasatch Ridge)
whatever works for your line, just send some

2024-08-12 20:33:10 Sunny Liu (Weihai Jinhong)
👌
"""
case("p41_wechat_pilots_no_qty", ["RG005", "RG010"],
     "Pilot go-ahead never fixes a quantity ('just send some'); hold until Megan's sign-off but nobody named to release.",
     [("WeChat_Brody_Jensen_2024-08.txt", P41)])

# p42 ---------------------------------------------------------------- PO with qty TBD
P42 = pdf([
    ("h1", "PURCHASE ORDER HW-PO-24-0672"),
    ("p", "Hwarang Bows Co., Ltd. - Cheongju, Korea. To: Ege Lamine Kompozit San. ve Tic. A.S. Date: 2024.08.20. "
          "Buyer: Park Ji-hoon."),
    ("table", [["No", "Item", "Description", "Qty", "Unit price", "Amount"],
               ["1", "HB-LL-66", "Limb laminate set 66 in, bamboo core + black glass - sample", "TBD (per sample plan)",
                "USD 44.00", "-"]]),
    ("sp",),
    ("p", "Sample only. The production quantity is not released; it is on hold until sample sign-off by Kim Seo-yeon "
          "(R&D) and a written production release from Director Lee Dong-wook."),
    ("p", "Material: samples only. Glass per HB-D-6600 Rev A, ASTM D790 flex test report with the samples."),
], title="HW-PO-24-0672", author="Hwarang Purchasing")
case("p42_po_qty_tbd", ["RG010"],
     "Sample PO whose quantity is 'TBD (per sample plan)'; hold, event and release authority are stated.",
     [("HW-PO-24-0672.pdf", P42)])

# p43 ---------------------------------------------------------------- release letter without qty, signed by a department
P43 = docx_bytes([
    ("h1", "PRODUCTION RELEASE"),
    ("p", "Wasatch Ridge Archery, Inc. - 2150 W 12th St, Ogden, UT 84401 - August 6, 2024"),
    ("p", "To: Weihai Haiyun Carbon Sports Co., Ltd., attn. Ms. Cathy Wang"),
    ("p", "Re: PO 4500012358 - HC-350 carbon arrow shafts (spine 350, 32 in)"),
    ("p", "Wasatch Ridge Archery releases the first production lot of HC-350 shafts under PO 4500012358, following "
          "the sample sign-off of July 19, 2024 (SSR-24-020)."),
    ("p", "The balance of the production quantity remains on hold until the next call-off. Material authority: first "
          "production lot only."),
    ("p", "Sincerely,"),
    ("p", "Purchasing Department, Wasatch Ridge Archery, Inc."),
], author="Wasatch Purchasing")
case("p43_release_letter_no_qty_department", ["RG005", "RG010"],
     "Release letter for 'the first production lot' with no quantity, signed by 'Purchasing Department' (no named person).",
     [("WRA_letter_4500012358.docx", P43)])

# p44 ---------------------------------------------------------------- portal release notice: qty 'refer to attachment'
P44 = html_page("HWARANG Supplier Portal - PRN-24-0077", """
<h1>HWARANG Supplier Portal (협력사 포털)</h1>
<p>Supplier: Tai-Feng Precision Industrial Co., Ltd. &middot; Notice date 2024-08-19</p>
<h2>Production Release Notice PRN-24-0077</h2>
<table>
<tr><th>Item</th><th>Content</th></tr>
<tr><td>PO</td><td>HW-PO-24-0549</td></tr>
<tr><td>Part</td><td>HB-RS-25 &quot;Ember 25&quot; riser, drawing HB-D-2500 Rev 07</td></tr>
<tr><td>Release</td><td>1st production release</td></tr>
<tr><td>Quantity</td><td>refer to attachment</td></tr>
<tr><td>Authorized by</td><td>Lee Dong-wook, Director Production</td></tr>
</table>
<p>Please start production according to this release. Delivery by sea to Busan, then truck to Cheongju.</p>
<p>Attachment: (none)</p>
""", lang="ko")
case("p44_portal_release_no_qty", ["RG003", "RG004", "RG010"],
     "First production release notice: quantity 'refer to attachment' (none attached), nothing about the remaining balance or what unlocks it.",
     [("HWA_portal_PRN-24-0077.html", P44)])

# p45 ---------------------------------------------------------------- release states 1,200 and 1,020; no balance hold
P45_Q = """Dear Dallin,

Thank you for the sample sign-off of HC-500.
Please advise the release quantity for the first lot, we plan line from 2 Sep.

Best regards
Cathy"""
P45_TXT = """Cathy,

Thanks. Please produce one thousand two hundred (1,200) HC-500 shafts as the first production lot under PO 4500012371, ship by Oct 4.

  PO          Part     Release qty   Ship by
  4500012371  HC-500   1,020         10/04/2024

Material for the released lot only.

Dallin
""" + SIG_DALLIN + "\nOn Wed, Aug 21, 2024 at 6:02 AM Cathy Wang <cathy.wang@haiyun-carbon.cn> wrote:\n" + q(P45_Q) + "\n"
m = mail(DALLIN, CATHY, "RE: HC-500 first production lot", "Wed, 21 Aug 2024 08:47:00 -0600", P45_TXT,
         cc=KYLE, in_reply_to="<h177-hy-0821@haiyun-carbon.cn>")
case("p45_release_1200_vs_1020", ["RG003", "RG004", "RG011"],
     "First-lot release says 1,200 in words and 1,020 in its table; it never says the rest is on hold or what unlocks it.",
     [("RE_HC-500_first_lot.eml", eml_bytes(m))])


# =================================================================== WRITE
def _stem(fn):
    s = Path(fn).stem
    return re.sub(r"[^A-Za-z0-9._-]+", "_", s).strip("_")


def main():
    ids = [c["name"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(177177).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h177_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"wrote {len(labels)} cases ({clean} clean) to {OUT}")


if __name__ == "__main__":
    main()
