#!/usr/bin/env python3
"""Generator for the releasegate check_holdout201 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout201/build.py

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
    m["Message-ID"] = msgid or f"<h201-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h201")
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


def q(text, level=1):
    """Quote a block of text the way mail clients do ("> " per level)."""
    mark = ">" * level
    return "\n".join((mark + " " + ln) if ln else mark for ln in text.strip("\n").split("\n"))


def bq(html_inner):
    return ('<blockquote style="border-left:2px solid #999;margin:0 0 0 6px;padding-left:8px">'
            + html_inner + "</blockquote>")


def paras(text):
    """Plain text -> simple HTML paragraphs (for multipart/alternative bodies)."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>" + escape(block).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- parties
# (all names fictional)
# Buyers
#   Ashworth Pennine Funeral Group plc, Halifax (UK) ........ ashworthpennine.co.uk
#       Gareth Pryce (Procurement Manager), Dan Holroyd (Quality & Standards Lead),
#       Helen Whitcombe (Head of Supplies, release authority)
#   Cooperatie Crematoria Rijn en Maas U.A., Nijmegen (NL) .. rijnenmaas-crematoria.nl
#       Marieke van der Veen (inkoper), Joost Brouwer (technisch beheer),
#       Annelies de Groot (directeur bedrijfsvoering, release authority)
#   Buckeye Casket Supply Co., Dayton, Ohio (US) ............ buckeyecasket.com
#       Randy Kowalczyk (Purchasing Manager), Doug Ferris (QA Manager),
#       Tammy Reinholt (VP Operations, release authority)
#   Lumen Memorial Gardens, Inc., Dasmarinas, Cavite (PH) ... lumengardens.com.ph
#       Ma. Theresa "Tess" Villanueva (Purchasing Supervisor), Engr. Ramon dela Cruz
#       (Facilities Engineer), Atty. Carmelita Santos (VP Administration, release authority)
# Suppliers
#   Fonderia Artistica Valsesia S.r.l., Borgosesia (IT) .... bronze plaques; Chiara Bellotti, Marco Zanetti
#   Okucia Wisniewski Sp. z o.o., Kalisz (PL) ............... casket handles/hinges; Tomasz Wisniewski, Agnieszka Kowal
#   Quanzhou Jinhui Memorial Products Co., Ltd. (Fujian, CN)  urns, hinges, lowering devices; Lily Chen, Lin Wei
#   Shri Ganesh Metal Crafts Pvt. Ltd., Moradabad (IN) ...... brass urns; Rajesh Agarwal, Mohd. Imran Siddiqui
#   Phuoc Thanh Mechanical Co., Ltd., Binh Duong (VN) ....... chapel trolleys, lowering devices; Nguyen Thi Thu Ha, Tran Van Duc

AP = "Ashworth Pennine Funeral Group plc"
RM = "Cooperatie Crematoria Rijn en Maas U.A."
BCS = "Buckeye Casket Supply Co."
LMG = "Lumen Memorial Gardens, Inc."
FAV = "Fonderia Artistica Valsesia S.r.l."
OKW = "Okucia Wi\u015bniewski Sp. z o.o."
JH = "Quanzhou Jinhui Memorial Products Co., Ltd."
SG = "Shri Ganesh Metal Crafts Pvt. Ltd."
PT = "Phuoc Thanh Mechanical Co., Ltd."

GARETH = "Gareth Pryce <gareth.pryce@ashworthpennine.co.uk>"
HELEN = "Helen Whitcombe <helen.whitcombe@ashworthpennine.co.uk>"
MARIEKE = "Marieke van der Veen <m.vanderveen@rijnenmaas-crematoria.nl>"
ANNELIES = "Annelies de Groot <a.degroot@rijnenmaas-crematoria.nl>"
RANDY = "Randy Kowalczyk <rkowalczyk@buckeyecasket.com>"
TAMMY = "Tammy Reinholt <treinholt@buckeyecasket.com>"
TESS = "Tess Villanueva <purchasing@lumengardens.com.ph>"
SANTOS = "Atty. Carmelita Santos <csantos@lumengardens.com.ph>"
CHIARA = "Chiara Bellotti <commerciale@fonderiavalsesia.it>"
TOMASZ = "Tomasz Wi\u015bniewski <t.wisniewski@okucia-wisniewski.pl>"
LILY = "Lily Chen <lily.chen@jinhui-memorial.cn>"
RAJESH = "Rajesh Agarwal <exports@ganeshmetalcrafts.in>"
THUHA = "Nguyen Thi Thu Ha <thuha.sales@phuocthanh-mech.vn>"


# =================================================================== CLEAN
# c01 supplier quote with sample and production tiers (no authorized quantity anywhere)
case("c01_quote_tiers_plaques", [], "supplier quote alone: sample and series tiers, no authorization in the bundle", [
    ("Offerta_FAV-Q-24-0317.pdf", pdf([
        ("h1", "FONDERIA ARTISTICA VALSESIA S.r.l."),
        ("p", "Via per Agnona 41 - 13011 Borgosesia (VC) - Italia - P.IVA IT 01847320027 - ISO 9001:2015"),
        ("sp",),
        ("h", "OFFERTA / QUOTATION N. FAV-Q-24-0317  del 14/03/2024"),
        ("p", "Spett.le Ashworth Pennine Funeral Group plc - Att.ne Mr Gareth Pryce, Procurement"),
        ("p", "Object: cast bronze flat grave markers 610 x 305 mm, alloy CC491K (EN 1982), "
              "drawing FAV-4500 Rev 12, patina 'bruno antico', raised border and 2 vase holes M12."),
        ("sp",),
        ("table", [
            ["Pos.", "Description", "Q.ty", "Unit price", "Amount"],
            ["1", "Pattern (modello) in resin, one-off", "1", "EUR 1.350,00", "EUR 1.350,00"],
            ["2", "Campionatura - sample markers, full finish", "6 pcs", "EUR 148,00", "EUR 888,00"],
            ["3", "Serie - production markers, same drawing", "1.200 pcs", "EUR 96,40", "EUR 115.680,00"],
            ["4", "Serie - alternative tier", "2.500 pcs", "EUR 91,10", "EUR 227.750,00"],
        ]),
        ("sp",),
        ("p", "Prices ex works Borgosesia (EXW Incoterms 2020), packing in wooden crates included. "
              "Validity of offer 60 days."),
        ("p", "Lead time: samples 4 weeks after pattern OK; serie 8-10 weeks after your written order "
              "for the serie. This offer is not an order confirmation. We do not start any serie and we "
              "do not buy bronze for a serie without your written order for it."),
        ("p", "Payment: 30% with order, balance 60 days d.f.f.m."),
        ("sp",),
        ("p", "We remain at your disposal for every clarification. Distinti saluti,"),
        ("p", "Chiara Bellotti - Ufficio Commerciale - tel. +39 0163 22 417"),
    ], title="Offerta FAV-Q-24-0317", author="Fonderia Artistica Valsesia")),
])

# c02 buyer RFQ with three volume scenarios (multipart/alternative)
_t = """Tomasz,

Hope all is well in Kalisz. We'd like a price on the swing bar handle below for three volume
scenarios, plus samples. This is a request for quotation only -- it is NOT a purchase order and
nothing is authorized to be made or bought off the back of it.

Part: swing bar handle, brass plated, to our drawing BCS-HDL-2440 Rev B (M8x1.25 studs,
pull test 150 lb per bar)

  Samples .................. 24 sets
  Scenario A ............... 2,500 sets / year
  Scenario B ............... 6,000 sets / year
  Scenario C ............... 12,000 sets / year

Please show tooling separately, FOB Gdynia and DDP Dayton OH, and lead time for samples and
for a first production lot. Quotes due Friday April 19. Any questions just shoot me a mail.

Thanks,
Randy
""" + sig("Randy Kowalczyk", "Purchasing Manager", BCS + ", 4410 Wagner Ford Rd, Dayton OH 45414", "+1 937 555 0148")
_h = ("<p>Tomasz,</p><p>Hope all is well in Kalisz. We'd like a price on the swing bar handle below for "
      "three volume scenarios, plus samples. <b>This is a request for quotation only -- it is NOT a purchase "
      "order and nothing is authorized to be made or bought off the back of it.</b></p>"
      "<p>Part: swing bar handle, brass plated, to our drawing BCS-HDL-2440 Rev B (M8x1.25 studs, pull test "
      "150 lb per bar)</p><table><tr><th>Scenario</th><th>Quantity</th></tr>"
      "<tr><td>Samples</td><td>24 sets</td></tr><tr><td>A</td><td>2,500 sets / year</td></tr>"
      "<tr><td>B</td><td>6,000 sets / year</td></tr><tr><td>C</td><td>12,000 sets / year</td></tr></table>"
      "<p>Please show tooling separately, FOB Gdynia and DDP Dayton OH, and lead time for samples and for a "
      "first production lot. Quotes due Friday April 19. Any questions just shoot me a mail.</p>"
      "<p>Thanks,<br>Randy</p><p style=\"color:#777;font-size:11px\">Randy Kowalczyk | Purchasing Manager | "
      "Buckeye Casket Supply Co. | +1 937 555 0148</p>")
case("c02_rfq_scenarios", [], "buyer RFQ with three volume scenarios, explicitly not an order", [
    ("RFQ_24-118.eml", eml_bytes(mail(RANDY, TOMASZ, "RFQ 24-118 - swing bar handles, 3 volume scenarios",
                                      "Tue, 02 Apr 2024 15:22:10 -0400", _t, html=_h))),
])

# c03 supplier asks for the go-ahead under a complete quoted buyer scope
_orig = """Rajesh,

PO 71-2290 is attached. It covers ten (10) sample urns, model Classic 200 cu in, antique
brass finish, only.

The remaining 2,990 urns on your quote SGMC/Q/23-24/412 are not released. They will be
released only by a written release from Helen Whitcombe, Head of Supplies, after Dan Holroyd
has signed off the samples. Until then please buy brass for the 10 samples only.

Regards,
Gareth
"""
_t = """Dear Gareth ji,

Greetings from Moradabad!

The 10 nos. samples are packed and dispatched today by DHL, AWB 48 1170 2290. Lacquer and
felt as per your comment. Invoice copy attached in DHL pouch.

Kindly confirm, can we have the go-ahead for the balance 2,990 nos after your inspection?
Our brass sheet supplier is asking for booking for May, rates are going up. Please advise at
the earliest.

Thanks & regards
Rajesh Agarwal
Director - Exports
Shri Ganesh Metal Crafts Pvt. Ltd., Civil Lines, Moradabad 244001 (U.P.) India
Mob. +91 98370 41122

On Mon, 8 Apr 2024 at 11:02, Gareth Pryce <gareth.pryce@ashworthpennine.co.uk> wrote:
""" + q(_orig) + "\n"
case("c03_supplier_question_quoted_scope", [],
     "supplier question ('can we have the go-ahead?') under the buyer's complete quoted scope", [
    ("Re_PO_71-2290_samples.eml", eml_bytes(mail(RAJESH, GARETH, "Re: PO 71-2290 - sample brass urns",
                                                 "Thu, 18 Apr 2024 17:41:05 +0530", _t,
                                                 in_reply_to="<h201-orig-2290@ashworthpennine.co.uk>"))),
])

# c04 clearly labelled forecast, ERP printout
case("c04_forecast_labelled", [], "annual forecast labelled not binding / not an order", [
    ("AFAS_prognose_2024-2025.txt", """\
COOPERATIE CREMATORIA RIJN EN MAAS U.A.                       Afdrukdatum: 22-03-2024 08:14
Inkoop / Purchasing                                            Gebruiker : MVDVEEN
------------------------------------------------------------------------------------------
PROGNOSE VERBRUIK / CONSUMPTION FORECAST          *** NIET BINDEND - GEEN BESTELLING ***
                                                  *** NOT BINDING - NOT AN ORDER     ***
------------------------------------------------------------------------------------------
Leverancier : 700412  Shri Ganesh Metal Crafts Pvt. Ltd., Moradabad (IN)
Artikel     : 40-URN-200  Urn messing 'Klassiek' 3,3 L, lak mat, vilt onderzijde
Tekening    : RM-URN-200 rev 4        Norm: EN 15017:2019 (dienstverlening), ISO 9001:2015

Periode       Crematorium Nijmegen   Arnhem    Venlo    Totaal   Type
2024-07              40                 35        25       100    PROGNOSE
2024-08              40                 35        25       100    PROGNOSE
2024-09              45                 40        30       115    PROGNOSE
2024-10              50                 40        30       120    PROGNOSE
2024-11              60                 45        35       140    PROGNOSE
2024-12              60                 45        35       140    PROGNOSE
2025-Q1             160                130       100       390    PROGNOSE
2025-Q2             150                120        95       365    PROGNOSE
------------------------------------------------------------------------------------------
Totaal                                                    1.470

Toelichting / note:
Deze prognose is uitsluitend bedoeld voor uw capaciteitsplanning. Zij is geen bestelling en
geeft geen toestemming voor productie of inkoop van materiaal.
This forecast is for your capacity planning only. It is not an order and does not authorise
production or purchase of material. Quantities are ordered only by a separate purchase order.

Contact: M. van der Veen, inkoper, tel. +31 24 355 0192
------------------------------------------------------------------------------------------
                                  ** einde rapport **
"""),
])

# c05 sample sign-off scoped to fit check, production not released (DOCX)
case("c05_signoff_fitcheck_only", [], "sample sign-off for fit check only; balance on hold with event and named person", [
    ("SSR-24-031.docx", docx_bytes([
        ("h1", "Ashworth Pennine Funeral Group - Sample Sign-off Record"),
        ("p", "Record no. SSR-24-031          Date: 2 May 2024          Site: Halifax workshop"),
        ("table", [
            ["Item", "Detail"],
            ["Part", "Swing bar casket handle OW-CH-2436 Rev 3, brass plated"],
            ["Supplier", "Okucia Wi\u015bniewski Sp. z o.o., Kalisz"],
            ["Purchase order", "PO 71-2231 (sample scope)"],
            ["Samples received", "24 sets (lot K-0416)"],
            ["Checks", "Fit on Oxford and Windsor caskets; M8x1.25 studs; pull test 150 kg per bar; "
                       "salt spray 480 h per ISO 9227 (supplier report RB/24/118)"],
        ]),
        ("h", "Disposition"),
        ("p", "Approved for fit check only; production not released."),
        ("p", "The 24 sample sets are accepted for a fit check on the Oxford and Windsor caskets at the "
              "Halifax and Bradford branches. This sign-off releases nothing."),
        ("p", "Quantity authorised now: none beyond the 24 sample sets already on PO 71-2231."),
        ("p", "The production balance of 4 800 sets quoted on Q-OW-2024-117 stays on hold. It is "
              "unlocked only by a written production release signed by Helen Whitcombe, Head of "
              "Supplies, after the fit check has been signed off."),
        ("p", "Material: sample-only. Okucia should not buy brass strip for the balance."),
        ("sp",),
        ("p", "Signed: Dan Holroyd, Quality & Standards Lead"),
    ], author="Dan Holroyd")),
])

# c06 full-quantity portal PO that says proceed
case("c06_portal_full_qty_proceed", [], "full-quantity PO: 'proceed with the full 3,000', no balance exists", [
    ("PO_7790-0412.html", html_page("Buckeye Casket Supply - Supplier Portal - PO 7790-0412", """
<div style="background:#23395d;color:#fff;padding:6px">Buckeye Casket Supply Co. &middot; Supplier Portal</div>
<h2>Purchase Order 7790-0412 &nbsp;<small>Status: Open &middot; Rev 0</small></h2>
<p>Supplier: Quanzhou Jinhui Memorial Products Co., Ltd. (vendor #30417)<br>
Ship to: 4410 Wagner Ford Rd, Dayton OH 45414 &middot; Incoterm: FOB Xiamen &middot; Terms: Net 60</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit $</th><th>Ext $</th><th>Need by</th></tr>
<tr><td>1</td><td>HNG-150-90</td><td>Casket lid hinge 150 mm, 90&deg; stop, zinc plated, dwg BCS-HNG-150 Rev F</td><td>1,500</td><td>EA</td><td>1.86</td><td>2,790.00</td><td>06/14/2024</td></tr>
<tr><td>2</td><td>HNG-150-90</td><td>same, second shipment</td><td>1,500</td><td>EA</td><td>1.86</td><td>2,790.00</td><td>08/16/2024</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>3,000</b></td><td>EA</td><td></td><td><b>5,580.00</b></td><td></td></tr>
</table>
<div class="note">This PO covers the full and final quantity: 3,000 hinges in two shipments of 1,500.
There is no balance and no further call-off. Proceed with the full 3,000 pcs. Existing part, running
since 2021 &ndash; no sample stage.</div>
<p>Buyer: Randy Kowalczyk &middot; rkowalczyk@buckeyecasket.com &middot; (937) 555-0148</p>
<p style="font-size:11px;color:#666">Printed 04/03/2024 10:12 EDT &middot; BCS-SP v3.4</p>
""")),
])

# c07 full-quantity ERP PO with delivery schedule lines
case("c07_erp_po_full_schedule", [], "full-quantity ERP PO with two delivery lines; existing design, no balance", [
    ("SAPB1_PO_LMG-24-0102.txt", """\
LUMEN MEMORIAL GARDENS, INC.                                   PURCHASE ORDER
Km 31 Aguinaldo Hwy, Dasmarinas City, Cavite 4114              PO No.  : LMG-24-0102
TIN 008-412-337-000                                            PO Date : 15-Apr-2024
                                                               Currency: USD
Vendor : V-0219 PHUOC THANH MECHANICAL CO., LTD.
         Lot C7, Song Than 3 IZ, Thu Dau Mot, Binh Duong, Vietnam
Attn   : Ms. Nguyen Thi Thu Ha
Terms  : 30% T/T with PO, 70% against copy B/L        Incoterm: CIF Manila South Harbor
---------------------------------------------------------------------------------------------
#  Item Code    Description                                  Qty  UoM   Unit Price      Total
---------------------------------------------------------------------------------------------
1  PT-CT-1500   Chapel trolley / church truck, extendable     6   UNIT      385.00   2,310.00
                1500-2100 mm, castors 125 mm, load 250 kg
                Deliver: 15-Jun-2024, Dasmarinas main chapel
2  PT-CT-1500   Chapel trolley / church truck, same as #1     6   UNIT      385.00   2,310.00
                Deliver: 15-Aug-2024, Sto. Tomas + Calamba chapels
---------------------------------------------------------------------------------------------
                                              TOTAL QTY: 12 UNIT        TOTAL USD  4,620.00

Remarks:
- Full and final quantity of this order is twelve (12) trolleys in two deliveries of six (6).
  No sample stage -- catalogue model PT-CT-1500 as supplied to us in 2023 (PO LMG-23-0311).
- Powder coat RAL 9005, ISO 9001:2015 factory, HS 9402.90. Fixings M10x1.5 stainless.
- Please acknowledge within 3 working days.

Prepared by: Tess Villanueva, Purchasing Supervisor
Approved by: Atty. Carmelita Santos, VP Administration
---------------------------------------------------------------------------------------------
SAP Business One 10.0 FP 2208                                      Page 1 of 1
"""),
])

# c08 EDI call-off with explicit staged material authority above the released quantity
case("c08_edi_calloff_staged_material", [], "call-off: 800 released, staged material authority 2,400, balance on hold to next call-off, named authority", [
    ("EDI_830_862_7790-0388.txt", """\
=== BCS EDI GATEWAY - INBOUND TO VENDOR 40288 (OKUCIA WISNIEWSKI) - PRINT VIEW ===
ISA*00*          *00*          *ZZ*BUCKEYECASKET  *ZZ*OKUCIAWISN     *240506*0815*U*00401*000001288*0*P*>~
GS*SS*BUCKEYECASKET*OKUCIAWISN*20240506*0815*1288*X*004010~
ST*830*0001~
BFR*05*7790-0388-CO3**DL*A*20240506*20241231*20240506*7790-0388~
N1*ST*BUCKEYE CASKET SUPPLY CO*92*DAYTON~
LIN**BP*OW-CH-2440*EC*B~
UIT*SET~
ATH*FI**800*800*20240506~
ATH*MT**2400*2400*20240506~
FST*400*C*D*20240603~
FST*400*C*D*20240701~
SE*10*0001~
GE*1*1288~
IEA*1*000001288~

--- human-readable translation ---------------------------------------------------------
Blanket PO ........ 7790-0388  (swing bar handle OW-CH-2440 Rev B, 6,000 sets quoted)
Call-off no. ...... 3
RELEASED NOW ...... 800 sets (FST firm: 400 due 06/03/2024, 400 due 07/01/2024)
FAB authorization . 800 sets   (ATH*FI - finished goods we will pay for)
RAW authorization . 2,400 sets (ATH*MT - brass strip and studs you may stage at
                    Buckeye's liability; this is a staged material authority and does
                    NOT release production beyond the 800)
Balance ........... 5,200 sets of the blanket are on hold, not released. They are released
                    only by a next call-off.
Release authority . Tammy Reinholt, VP Operations (treinholt@buckeyecasket.com)
-----------------------------------------------------------------------------------------
Questions: Randy Kowalczyk, Purchasing, +1 937 555 0148
"""),
])

# c09 explicit, signed auto-conversion record
case("c09_autoconversion_signed", [], "explicit recorded auto-conversion naming quantity, signer and conditions; rest on hold", [
    ("AC-2024-02_urnen.docx", docx_bytes([
        ("h1", "Vastlegging automatische omzetting / Auto-conversion record AC-2024-02"),
        ("p", "Cooperatie Crematoria Rijn en Maas U.A. - Quanzhou Jinhui Memorial Products Co., Ltd."),
        ("table", [
            ["Field", "Entry"],
            ["Order", "Ceramic urn 'Serene' 3,2 L, article 40-URN-SER, dwg RM-URN-SER rev 2"],
            ["Purchase order", "PO 4500012877 (12 sample urns, sample scope)"],
            ["Quoted production", "1.500 pcs (quote Q-JH-24-052)"],
            ["Auto-conversion quantity", "600 pcs"],
            ["Sign-off by", "Joost Brouwer, technisch beheer"],
            ["Recorded and signed by", "Annelies de Groot, directeur bedrijfsvoering, 18-04-2024"],
        ]),
        ("h", "Statement"),
        ("p", "If Joost Brouwer signs off the 12 sample urns as approved (not interim, not rejected), "
              "that sign-off releases six hundred (600) urns of production by itself, without a separate "
              "release letter."),
        ("p", "Conditions: sign-off dated on or before 31-05-2024; glaze colour within delta E 2,0 of the "
              "master; lid bayonet fit on all 12 samples; PO 4500012877 revised to cover 600 production "
              "urns before the sign-off."),
        ("p", "The remaining 900 urns of the quote are not released and stay on hold until a written "
              "release signed by Annelies de Groot."),
        ("p", "Material authority: sample-only until the conversion takes effect, then for the 600."),
        ("sp",),
        ("p", "Signed: A. de Groot          Acknowledged for Jinhui: Lily Chen, Sales Manager, 19-04-2024"),
    ], author="A. de Groot")),
])

# c10 old quote forwarded as message/rfc822, declared informational
_old = mail(RAJESH, GARETH, "Quotation - keepsake urns", "Wed, 09 Nov 2022 12:05:44 +0530",
            """Dear Sir,

With reference to your enquiry we are pleased to quote as under:

  Keepsake urn, brass, 3 inch, antique finish with velvet pouch
  Qty 5,000 nos @ USD 2.85 per pc FOB New Delhi
  Qty 10,000 nos @ USD 2.60 per pc FOB New Delhi

Delivery 60 days from order. Payment 30% advance, balance against documents.

Thanks & regards
Rajesh Agarwal
Shri Ganesh Metal Crafts Pvt. Ltd., Moradabad
""", msgid="<h201-old-q2022@ganeshmetalcrafts.in>")
_t = """Rajesh,

For reference only I'm forwarding your 2022 quote below, as you asked what price we had then.
The 5,000 and 10,000 figures are from that old enquiry; they are informational, not an order,
and nothing in that quote is released.

Our live PO is 71-2302 and it is for fifty (50) keepsake urns as samples only. Any production
quantity after that stays on hold until Dan Holroyd has signed off the samples and Helen
Whitcombe sends a written release with a quantity on it. Please buy brass for the 50 only.

Cheers,
Gareth
""" + sig("Gareth Pryce", "Procurement Manager", AP + ", Halifax HX1 2PL", "+44 1422 555 730")
case("c10_fwd_old_quote_informational", [],
     "old 5,000 pcs quote forwarded as rfc822 and declared informational; live PO 50 samples with full scope", [
    ("Fwd_keepsake_urn_quote_2022.eml", eml_bytes(mail(GARETH, RAJESH, "Fwd: Quotation - keepsake urns (2022, for reference)",
                                                       "Mon, 22 Apr 2024 09:12:00 +0100", _t,
                                                       attachments=[("rfc822", _old)]))),
])

# c11 buyer reply correcting a quoted supplier auto-conversion assumption
_sup = """Dear Ms Tess,

2 sample trolleys CT-1500 will ship 14 May by LCL, ETA Manila 24 May. Once your approve
the samples we will roll straight to the 34 trolleys for save time, material is ready in
market now.

Best regards,
Thu Ha
"""
_t = """Hi Ms. Thu Ha,

Thank you po for the update on the shipping.

Just to correct your message below: approval of the 2 sample trolleys will NOT release the 34.
PO LMG-24-0087 is for the 2 sample trolleys only. The 34 stay on hold until Engr. Ramon dela Cruz
signs off the samples and Atty. Carmelita Santos issues a written release stating the quantity.
Please do not cut tube or buy castors for the 34 yet, material is for the 2 samples only.

Thanks and regards,
Tess

Ma. Theresa Villanueva
Purchasing Supervisor, Lumen Memorial Gardens, Inc.
(046) 555 0127 / 0917 555 3381

On Tue, May 7, 2024 at 4:18 PM Nguyen Thi Thu Ha <thuha.sales@phuocthanh-mech.vn> wrote:
""" + q(_sup) + "\n"
case("c11_buyer_corrects_quoted_rollover", [],
     "buyer corrects a quoted supplier 'roll straight to the 34' line; full scope restated", [
    ("Re_CT-1500_samples_shipping.eml", eml_bytes(mail(TESS, THUHA, "Re: CT-1500 samples shipping",
                                                       "Wed, 08 May 2024 09:03:00 +0800", _t,
                                                       in_reply_to="<h201-pt-0507@phuocthanh-mech.vn>"))),
])

# c12 WhatsApp: supplier says the deposit does not release production
case("c12_whatsapp_deposit_not_release", [], "supplier says deposit does not release production; buyer scope complete", [
    ("WhatsApp_Chat_Lily_Jinhui.txt", """\
[12/03/2024, 10:14:22] Tess Villanueva: Hi Lily good morning! PO LMG-24-0061 sent to your email po
[12/03/2024, 10:15:03] Tess Villanueva: 6 sample urns only, marble 'Pieta' 3 pcs + 'Serenity' 3 pcs
[12/03/2024, 10:16:40] Tess Villanueva: The 400 urns for the columbarium is not yet released. We wait sample sign-off by Engr. dela Cruz then Atty. Santos will send the written release with qty
[12/03/2024, 10:31:12] Lily Chen: Good morning Tess! PO received thank you
[12/03/2024, 10:31:58] Lily Chen: Deposit 30% for samples and mould also received today 🙏
[12/03/2024, 10:33:20] Lily Chen: Please note deposit does not release production. We make only 6 samples, for 400 pcs we wait your written release
[12/03/2024, 10:35:47] Tess Villanueva: Noted with thanks po 👍
[12/03/2024, 10:36:02] Tess Villanueva: ETD of samples?
[12/03/2024, 11:02:15] Lily Chen: Around 5 April, by air to NAIA. I send AWB when ready
[12/03/2024, 11:02:40] Tess Villanueva: <Media omitted>
[12/03/2024, 11:03:01] Tess Villanueva: Salamat! ok
"""),
])
# c13 supplier order confirmation restating the hold
case("c13_supplier_ack_restates_hold", [], "supplier acknowledgement: 24 sample sets, 4 800 not released, sample-only material", [
    ("Potwierdzenie_ZS-24-0419.pdf", pdf([
        ("h1", "OKUCIA WISNIEWSKI Sp. z o.o."),
        ("p", "ul. Wroclawska 118, 62-800 Kalisz, Polska - NIP 618-20-44-117 - ISO 9001:2015, ISO 14001:2015"),
        ("h", "POTWIERDZENIE ZAMOWIENIA / ORDER CONFIRMATION  ZS-24-0419"),
        ("p", "Customer: Ashworth Pennine Funeral Group plc, Halifax. Your order: PO 71-2231 of 11.04.2024. "
              "Date: 16.04.2024"),
        ("table", [
            ["Pos.", "Index", "Description", "Qty", "Price GBP", "Value GBP", "Delivery"],
            ["1", "OW-CH-2436 r.3", "Swing bar casket handle, brass plated - SAMPLE", "24 sets", "6,80", "163,20", "wk 18"],
            ["-", "OW-CH-2436 r.3", "Production quantity acc. to quote Q-OW-2024-117", "4 800 sets", "3,10",
             "NOT RELEASED", "-"],
        ]),
        ("sp",),
        ("p", "We confirm your PO 71-2231 for 24 sample sets only. The production quantity of 4 800 sets is "
              "NOT RELEASED and stays on hold as written in your PO. We will produce it only after your "
              "written release signed by Mrs Helen Whitcombe, which follows the sample sign-off by "
              "Mr Dan Holroyd."),
        ("p", "Material: sample-only. We purchase brass strip CuZn37 0,8 mm for the 24 sets only "
              "(approx. 11 kg). No material is reserved for the 4 800 sets."),
        ("sp",),
        ("p", "Z powazaniem / Best regards, Agnieszka Kowal - Customer Service - +48 62 555 31 07"),
    ], title="ZS-24-0419", author="Okucia Wisniewski")),
])

# c14 supplier portal status page restating hold and sample-only material
case("c14_supplier_portal_status_hold", [], "supplier portal status: 10 samples in finishing, 1.200 not released, material sample-only", [
    ("stato_ordine_4500012911.html", html_page("Fonderia Artistica Valsesia - Area clienti - Stato ordine", """
<h2>Area clienti &middot; Stato ordine / Order status</h2>
<p>Cliente / Customer: Cooperatie Crematoria Rijn en Maas U.A. (Nijmegen) &middot; Vs. ordine / Your PO: <b>4500012911</b><br>
Articolo: targa cineraria in bronzo / bronze niche plaque 300 x 200 mm, dis. FAV-NP-300 Rev 7, CC491K</p>
<table>
<tr><th>Fase / Step</th><th>Qty</th><th>Stato / Status</th><th>Data</th></tr>
<tr><td>Modello / pattern</td><td>1</td><td>completato</td><td>22/03/2024</td></tr>
<tr><td>Campioni / samples</td><td>10 pz</td><td>in finitura (patina + lettere)</td><td>cons. prev. 26/04/2024</td></tr>
<tr><td>Serie / production</td><td>1.200 pz</td><td><b>NON RILASCIATO / NOT RELEASED</b> &ndash; on hold</td><td>&ndash;</td></tr>
</table>
<div class="note">Production of the 1.200 plaques is on hold as per your PO. It starts only after your written
release signed by Mrs A. de Groot, following the sample sign-off by Mr J. Brouwer.<br>
Materiale / material: sample-only &ndash; bronze ingots CC491K booked for the 10 samples only (38 kg).</div>
<p>Referente: Chiara Bellotti &middot; commerciale@fonderiavalsesia.it &middot; +39 0163 22 417</p>
<p style="font-size:11px;color:#777">Aggiornato il 18/04/2024 16:40 &middot; portale FAV v2.1</p>
""", lang="it")),
])

# c15 interim sample disposition with limits and a matching release
case("c15_interim_disposition_limits", [], "interim disposition with qty and date limits; 20 released by named authority; rest on hold", [
    ("Disposition_SD-24-019.pdf", pdf([
        ("h1", "Buckeye Casket Supply Co. - Sample Disposition SD-24-019"),
        ("p", "Part: GLD-500 grave lowering device (dwg BCS-GLD-500 Rev C, rated 1,000 lb, straps 3 in). "
              "Supplier: Phuoc Thanh Mechanical Co., Ltd. PO 7790-0431."),
        ("table", [
            ["Item", "Result"],
            ["Samples inspected", "4 units, serials PT-GLD-2404-01 to -04"],
            ["Load test 1.25 x rated (1,250 lb), 10 cycles", "pass, all 4"],
            ["Strap stitching, 5 stitches/in", "open item - 2 of 4 at 4 stitches/in"],
            ["Crank brake", "pass"],
        ]),
        ("h", "Disposition: INTERIM"),
        ("p", "Interim sample sign-off. Limits: maximum twenty (20) units, valid until July 31, 2024, "
              "on condition that each strap is re-stitched to 5 stitches/in and photographed."),
        ("p", "Production release REL-24-019: 20 units, signed by Tammy Reinholt, VP Operations, "
              "within the interim limits. Nothing beyond the 20 units is released."),
        ("p", "Remaining 100 units of the quoted 120: on hold. Unlock: full sample sign-off by Doug "
              "Ferris after the stitching corrective action, then a written release by Tammy Reinholt."),
        ("p", "Material: for the 20 released units only."),
        ("sp",),
        ("p", "Doug Ferris, QA Manager - 05/14/2024"),
    ], pagesize=LETTER, title="SD-24-019", author="Doug Ferris")),
])

# c16 deviation permit that leaves quantities untouched
case("c16_deviation_permit", [], "deviation permit for sample plaques; changes no quantities, releases nothing", [
    ("DP-24-007.docx", docx_bytes([
        ("h1", "Deviation Permit DP-24-007"),
        ("p", "Ashworth Pennine Funeral Group plc - Quality & Standards"),
        ("table", [
            ["Field", "Entry"],
            ["Supplier", "Fonderia Artistica Valsesia S.r.l., Borgosesia"],
            ["Part", "Cast bronze flat marker 610 x 305 mm, dwg FAV-4500 Rev 12"],
            ["PO", "71-2255 (6 sample markers)"],
            ["Deviation", "Patina 'bruno antico' two shades darker than the master plaque; lettering depth 1,6 mm "
                          "instead of 2,0 mm on marker no. 4"],
            ["Applies to", "the 6 sample markers only"],
        ]),
        ("p", "The deviation is accepted for the 6 sample markers only, so that they can go to the "
              "Harrogate and Keighley memorial gardens for family viewing."),
        ("p", "This permit changes no quantities and releases nothing. The 1.200 production markers "
              "remain on hold until the samples are signed off by Dan Holroyd and Helen Whitcombe issues "
              "a written production release."),
        ("sp",),
        ("p", "Raised by: Dan Holroyd, Quality & Standards Lead, 23/04/2024"),
    ], author="Dan Holroyd")),
])

# c17 Teams: go-ahead scoped to the 12 sample urns only
case("c17_teams_goahead_samples_only", [], "go-ahead scoped to '12 sample urns only'; 900 on hold with event and named person", [
    ("Teams_chat_export_RM_SGMC.txt", """\
Microsoft Teams - chat export
Chat: Rijn en Maas / Shri Ganesh - urnen 40-URN-200
Exported: 10-04-2024 14:02 (UTC+02:00) by m.vanderveen@rijnenmaas-crematoria.nl

Rajesh Agarwal  10-04-2024 09:12
Good morning Marieke, 12 sample urns are ready for polishing. Shall we go ahead with lacquer
or you want to see photos first?

Marieke van der Veen  10-04-2024 09:40
Morning Rajesh. Photos look fine, thanks. Yes, go ahead with the 12 sample urns only.
The 900 from your quote stays on hold. It will be released only in writing by Annelies de
Groot, after Joost has signed off the samples here in Nijmegen.

Rajesh Agarwal  10-04-2024 09:44
Understood madam, only 12 nos. Will send by DHL on Monday.

Marieke van der Veen  10-04-2024 09:45
👍
"""),
])

# c18 full-quantity PO full of quantity-like identifiers
case("c18_full_po_identifiers", [], "full-quantity PO for 40 trolleys; many identifiers that look like quantities", [
    ("PO_71-2315.pdf", pdf([
        ("h1", "Ashworth Pennine Funeral Group plc"),
        ("p", "Procurement - Pennine House, 22 Crossley Street, Halifax HX1 2PL - VAT GB 271 4490 18"),
        ("h", "PURCHASE ORDER 71-2315        Date: 29/04/2024"),
        ("p", "Supplier: Phuoc Thanh Mechanical Co., Ltd., Lot C7, Song Than 3 IZ, Binh Duong, Vietnam"),
        ("table", [
            ["Line", "Part / drawing", "Description", "Qty", "Unit GBP", "Total GBP"],
            ["1", "PT-CT-1500 / DRG PT-1500 Rev 20", "Chapel trolley, extendable 1500-2100 mm, "
             "4 x 125 mm castors, 2 braked, load rating 250 kg, RAL 9005", "40", "312,00", "12.480,00"],
            ["2", "PT-CT-COV-2100", "Velour trolley cover, burgundy, 2100 mm", "40", "18,50", "740,00"],
        ]),
        ("sp",),
        ("p", "This PO is for the full quantity of forty (40) trolleys and forty (40) covers. There is no "
              "sample stage and no balance: the design is your catalogue model, already in use at 11 of "
              "our branches."),
        ("p", "Requirements: EN 1090-2 EXC2 welding, ISO 9001:2015 certificate, fixings M10x1.5 A2-70, "
              "salt spray 480 h (ISO 9227 NSS) on powder coat, 1 x load test certificate per 10 units at "
              "375 kg. Packing: 2 trolleys per carton, max 60 kg per carton."),
        ("p", "Delivery: CIF Felixstowe, week 27. Payment: 60 days from invoice."),
        ("sp",),
        ("p", "Gareth Pryce, Procurement Manager"),
    ], title="PO 71-2315", author="Ashworth Pennine Procurement")),
])

# c19 complete hold notice, plain mail saved as text
case("c19_hold_notice_mail", [], "hold notice: 4 samples active, 116 on hold, event and named authority", [
    ("mail_GLD-500_7790-0436.txt", """\
From: Randy Kowalczyk <rkowalczyk@buckeyecasket.com>
Sent: Thursday, April 11, 2024 3:47 PM
To: Lily Chen <lily.chen@jinhui-memorial.cn>
Cc: Doug Ferris <dferris@buckeyecasket.com>; Tammy Reinholt <treinholt@buckeyecasket.com>
Subject: HOLD NOTICE - PO 7790-0436 - GLD-500 lowering devices

Lily,

Putting this in writing so there's no confusion at the factory:

- PO 7790-0436 authorizes four (4) sample GLD-500 lowering devices and nothing else.
- The balance of 116 units on your quote Q-JH-24-077 is ON HOLD and NOT released.
- Nothing beyond the 4 samples may be built, and no steel or strap webbing may be bought
  for the 116.
- The 116 are unlocked only by Doug Ferris's sample sign-off (load test at 1.25 x rated
  1,000 lb), followed by a written release from Tammy Reinholt, VP Operations.

Please confirm by reply.

Thanks,
Randy

Randy Kowalczyk | Purchasing Manager | Buckeye Casket Supply Co.
4410 Wagner Ford Rd, Dayton OH 45414 | +1 937 555 0148
"""),
])

# c20 release letter: partial release, remaining on hold to next written release
case("c20_release_letter_partial", [], "release of 2,000 of 4,800 with remainder on hold, event and named authority", [
    ("PR-24-006_Okucia.pdf", pdf([
        ("h1", "Ashworth Pennine Funeral Group plc"),
        ("h", "Production Release PR-24-006"),
        ("p", "To: Okucia Wisniewski Sp. z o.o., Kalisz - attn. Mr Tomasz Wisniewski.   Date: 20 May 2024"),
        ("p", "Part: swing bar casket handle OW-CH-2436 Rev 3. Purchase order: 71-2231 rev 2. "
              "Sample sign-off: SSR-24-031 followed by fit check sign-off FC-24-009 (Dan Holroyd, 15 May 2024)."),
        ("table", [
            ["", "Sets"],
            ["Quoted production quantity (Q-OW-2024-117)", "4,800"],
            ["Commercial cover, PO 71-2231 rev 2", "2,000"],
            ["Released by this letter", "2,000"],
            ["Not released - on hold", "2,800"],
        ]),
        ("sp",),
        ("p", "We release two thousand (2,000) sets for production now, deliveries per the PO schedule."),
        ("p", "The remaining 2,800 sets are not released. They are unlocked only by a further written "
              "release signed by me, which will follow a revised PO."),
        ("p", "Material authority: material for the 2,000 released sets only."),
        ("sp",),
        ("p", "Helen Whitcombe, Head of Supplies (release authority)"),
    ], title="PR-24-006", author="Helen Whitcombe")),
])

# c21 WeChat: supplier asks to buy material for the quote quantity; buyer says sample-only
case("c21_wechat_material_question_denied", [], "supplier asks to buy clay for 1.500; buyer refuses: sample-only material, full scope", [
    ("WeChat_export_Lily_Chen.txt", """\
WeChat 聊天记录 / Chat history with Lily Chen (Jinhui Memorial)
----------------------------------------------------------------
2024-04-15 08:51  Lily Chen
Marieke hello, good morning. Clay and glaze price going up 8% from May.
Can we buy clay and glaze for the 1.500 pcs now to keep price?

2024-04-15 09:37  Marieke van der Veen
Hi Lily, thanks for asking first.
No, please don't. Material authority is sample-only: only for the 12 samples of PO 4500012902.
The 1.500 is not released. Release comes only from Annelies de Groot in writing, after Joost
signs off the samples.

2024-04-15 09:40  Lily Chen
OK understand. We only prepare for 12 pcs 👌

2024-04-15 09:41  Lily Chen
[Image]

2024-04-15 09:55  Marieke van der Veen
Mooi, thanks!
----------------------------------------------------------------
"""),
])

# c22 minutes that keep the three words apart
case("c22_minutes_terms_apart", [], "minutes keep sample sign-off, PO issued and production release apart; complete scope", [
    ("Notulen_inkoopoverleg_2024-04-03.docx", docx_bytes([
        ("h1", "Notulen inkoopoverleg / purchasing meeting minutes - 3 April 2024"),
        ("p", "Present: Annelies de Groot (chair), Joost Brouwer, Marieke van der Veen, Sanne Kuipers (finance). "
              "Location: crematorium Nijmegen, vergaderzaal 2."),
        ("h", "1. Chapel trolleys Phuoc Thanh (PT-CT-1500)"),
        ("num", "Sample sign-off: Joost signed off the 2 sample trolleys on 28-03 (castors, brake, height "
                "1500-2100 mm, load 250 kg). Technical only."),
        ("num", "PO issued: PO 4500012930 covers the 2 sample trolleys; finance booked it under budget line 4410."),
        ("num", "Production release: not given. The 14 production trolleys are on hold until Annelies "
                "de Groot signs a written production release with the quantity."),
        ("num", "Authorised now: the 2 sample trolleys only (delivered). Material authority: sample-only."),
        ("h", "2. Urns 40-URN-200 (Shri Ganesh)"),
        ("p", "Forecast for 2024-H2 shared as 'prognose, niet bindend'. No PO yet. Marieke to send RFQ for "
              "the 2025 contract."),
        ("h", "3. Rondvraag"),
        ("p", "Sanne asks that all supplier invoices quote the PO number. Next meeting 8 May."),
        ("sp",),
        ("p", "Notulist: M. van der Veen"),
    ], author="M. van der Veen")),
])

# c23 supplier quote by mail with tiers (multipart/alternative + HTML datasheet)
_t = """Dear Mr Randy,

Thank you for your inquiry. Please find our quotation for grave lowering device GLD-500 as
your drawing BCS-GLD-500 Rev C:

  - Sample: 2 units @ USD 520.00 / unit
  - Production tier 1: 40 units @ USD 405.00 / unit
  - Production tier 2: 100 units @ USD 389.00 / unit
  - Tooling (strap winding jig): USD 650.00 one time

FOB Cat Lai (HCMC). Lead time sample 30 days, production 45-50 days.
This is our quotation only, not order confirmation. We start production only after we
receive your PO and your written release for the quantity.

Datasheet attached for your checking.

Best regards,
Nguyen Thi Thu Ha (Ms.)
Sales Executive
Phuoc Thanh Mechanical Co., Ltd. | Song Than 3 IZ, Binh Duong, Vietnam | +84 274 355 0418
"""
_h = ("<p>Dear Mr Randy,</p><p>Thank you for your inquiry. Please find our quotation for grave lowering device "
      "GLD-500 as your drawing BCS-GLD-500 Rev C:</p><table><tr><th>Item</th><th>Qty</th><th>Unit price</th></tr>"
      "<tr><td>Sample</td><td>2 units</td><td>USD 520.00</td></tr>"
      "<tr><td>Production tier 1</td><td>40 units</td><td>USD 405.00</td></tr>"
      "<tr><td>Production tier 2</td><td>100 units</td><td>USD 389.00</td></tr>"
      "<tr><td>Tooling (strap winding jig)</td><td>1</td><td>USD 650.00</td></tr></table>"
      "<p>FOB Cat Lai (HCMC). Lead time sample 30 days, production 45-50 days.<br>This is our quotation only, "
      "not order confirmation. We start production only after we receive your PO and your written release for "
      "the quantity.</p><p>Datasheet attached for your checking.</p><p>Best regards,<br>Nguyen Thi Thu Ha (Ms.)"
      "<br>Sales Executive<br>Phuoc Thanh Mechanical Co., Ltd.</p>")
_ds = html_page("GLD-500 datasheet", """
<h2>PHUOC THANH &middot; GLD-500 grave lowering device</h2>
<table>
<tr><th>Spec</th><th>Value</th></tr>
<tr><td>Rated load</td><td>1,000 lb (454 kg)</td></tr>
<tr><td>Proof load</td><td>1,250 lb, 10 cycles</td></tr>
<tr><td>Frame</td><td>steel tube 50x50x2.0, powder coat RAL 7016</td></tr>
<tr><td>Straps</td><td>3 in polyester, 5 stitches/in</td></tr>
<tr><td>Grave opening</td><td>30-36 in x 84-96 in</td></tr>
<tr><td>Standard</td><td>factory ISO 9001:2015</td></tr>
</table>
""")
case("c23_supplier_quote_mail_tiers", [], "supplier quote by mail with sample and two production tiers; not an order", [
    ("Quotation_GLD-500_PT.eml", eml_bytes(mail(THUHA, RANDY, "Quotation GLD-500 lowering device - PTQ-24-118",
                                                "Fri, 05 Apr 2024 16:20:00 +0700", _t, html=_h,
                                                attachments=[("GLD-500_datasheet.html", _ds, "text/html")]))),
])

# c24 PO + proforma invoice, both for the samples; advance explicitly not a release
case("c24_po_and_proforma_samples", [], "PO for 10 sample urns with full scope + proforma for the samples saying the advance does not release production", [
    ("PO_LMG-24-0079.txt", """\
LUMEN MEMORIAL GARDENS, INC.                                   PURCHASE ORDER
Km 31 Aguinaldo Hwy, Dasmarinas City, Cavite 4114              PO No.  : LMG-24-0079
                                                               PO Date : 02-Apr-2024
Vendor : V-0233 SHRI GANESH METAL CRAFTS PVT. LTD., Moradabad, U.P., India
---------------------------------------------------------------------------------------------
#  Item Code    Description                                  Qty  UoM   Unit Price      Total
---------------------------------------------------------------------------------------------
1  SG-URN-200   Brass cremation urn 200 cu in, engraved       10   PC        38.00     380.00
                floral band, antique finish -- SAMPLE
---------------------------------------------------------------------------------------------
                                                                           TOTAL USD   380.00
Scope of this PO:
- This PO authorizes the ten (10) sample urns only.
- The 500 urns in your quotation SGMC/Q/24-25/007 are NOT released and remain on hold.
- The 500 are released only by a written release from Atty. Carmelita Santos, VP
  Administration, after Engr. Ramon dela Cruz has signed off the samples.
- Material: for the 10 samples only.

Prepared by: Tess Villanueva, Purchasing Supervisor
---------------------------------------------------------------------------------------------
"""),
    ("Proforma_SGMC-PI-24-0031.pdf", pdf([
        ("h1", "SHRI GANESH METAL CRAFTS PVT. LTD."),
        ("p", "Civil Lines, Moradabad 244001 (U.P.) India - GSTIN 09AAKCS4417M1Z2 - IEC 0511004417"),
        ("h", "PROFORMA INVOICE No. SGMC/PI/24-25/0031   Date: 04.04.2024"),
        ("p", "Buyer: Lumen Memorial Gardens, Inc., Dasmarinas, Cavite, Philippines. Buyer's PO: LMG-24-0079"),
        ("table", [
            ["S.No.", "Description", "HS Code", "Qty", "Rate USD", "Amount USD"],
            ["1", "Brass cremation urn 200 cu in, antique finish - SAMPLE", "8306.29", "10 pcs", "38.00", "380.00"],
            ["", "Courier charges (DHL)", "", "", "", "95.00"],
            ["", "TOTAL", "", "10 pcs", "", "475.00"],
        ]),
        ("sp",),
        ("p", "Payment terms: 100% advance by T/T for the samples."),
        ("p", "Note: this advance is for the 10 samples only. It does not release production of the "
              "500 nos; for those we await your written release as per your PO."),
        ("p", "Bank: State Bank of India, Civil Lines Moradabad, SWIFT SBININBB412, A/c 3912 5570 118."),
        ("sp",),
        ("p", "For Shri Ganesh Metal Crafts Pvt. Ltd. - Authorised Signatory - Rajesh Agarwal"),
    ], title="PI 0031", author="Shri Ganesh Metal Crafts")),
])

# c25 cover mail + PO + supplier quote; the quote's production tiers declared informational
_t = """Dear Lily,

Please find attached:
  1. our PO 71-2340 for two (2) sample GLD-500 lowering devices, and
  2. your quotation JH-Q-24-0093 for reference.

The 30 and 60 unit tiers in your quotation are for information only and are not released.
The production quantity stays on hold until Dan Holroyd has signed off both samples (load test
at 1.25 x rated load) and Helen Whitcombe, Head of Supplies, has sent a written release with the
quantity. Material authority is sample-only: please buy frame tube and webbing for the 2 samples.

Kind regards,
Gareth
""" + sig("Gareth Pryce", "Procurement Manager", AP + ", Halifax HX1 2PL", "+44 1422 555 730")
_h = paras(_t)
case("c25_cover_po_quote_informational", [],
     "cover mail + sample PO + quote: quote tiers declared informational, full scope in cover mail", [
    ("mail_PO_71-2340.eml", eml_bytes(mail(GARETH, LILY, "PO 71-2340 - GLD-500 samples",
                                           "Tue, 16 Apr 2024 11:30:00 +0100", _t, html=_h,
                                           cc="Dan Holroyd <dan.holroyd@ashworthpennine.co.uk>"))),
    ("PO_71-2340.pdf", pdf([
        ("h1", "Ashworth Pennine Funeral Group plc"),
        ("h", "PURCHASE ORDER 71-2340        Date: 16/04/2024"),
        ("p", "Supplier: Quanzhou Jinhui Memorial Products Co., Ltd., Quanzhou, Fujian, China"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit GBP", "Total GBP", "Scope"],
            ["1", "JH-GLD-500", "Grave lowering device, 454 kg rated, 75 mm straps", "2", "468,00", "936,00", "SAMPLE"],
        ]),
        ("sp",),
        ("p", "Sample PO. Production is not covered by this PO and is not released."),
        ("p", "Delivery: air freight to Leeds Bradford, by 31/05/2024."),
        ("p", "Gareth Pryce, Procurement Manager"),
    ], title="PO 71-2340", author="Ashworth Pennine Procurement")),
    ("Quotation_JH-Q-24-0093.pdf", pdf([
        ("h1", "QUANZHOU JINHUI MEMORIAL PRODUCTS CO., LTD."),
        ("p", "No. 88 Jinhui Road, Nan'an, Quanzhou, Fujian 362300, China"),
        ("h", "QUOTATION JH-Q-24-0093   Date: 2024-04-03"),
        ("p", "To: Ashworth Pennine Funeral Group plc, Mr Gareth Pryce"),
        ("table", [
            ["Item", "Description", "Qty", "Unit price GBP", "Lead time"],
            ["1", "JH-GLD-500 lowering device, sample", "2 sets", "468,00", "25 days"],
            ["2", "JH-GLD-500 lowering device, production", "30 sets", "301,00", "40 days"],
            ["3", "JH-GLD-500 lowering device, production", "60 sets", "287,50", "45 days"],
        ]),
        ("sp",),
        ("p", "Price FOB Xiamen. Validity 30 days. Load test report per set (1.25 x rated)."),
        ("p", "Lily Chen, Sales Manager"),
    ], title="JH-Q-24-0093", author="Jinhui")),
])


# =================================================================== POSITIVE
# p01 sample PO carrying the quote's production quantity, nothing said about the balance
case("p01_po_quote_qty_unmarked", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 24 sets lists the quote's 4 800 production sets with no not-released wording; no hold, event or person", [
    ("PO_71-2231.pdf", pdf([
        ("h1", "Ashworth Pennine Funeral Group plc"),
        ("p", "Procurement - Pennine House, 22 Crossley Street, Halifax HX1 2PL"),
        ("h", "PURCHASE ORDER 71-2231        Date: 11/04/2024"),
        ("p", "Supplier: Okucia Wisniewski Sp. z o.o., ul. Wroclawska 118, 62-800 Kalisz, Poland"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit GBP", "Total GBP"],
            ["1", "OW-CH-2436 Rev 3", "Swing bar casket handle, brass plated, sample sets", "24 sets", "6,80", "163,20"],
        ]),
        ("sp",),
        ("h", "Quote reference"),
        ("table", [
            ["Quote", "Sample", "Production", "Production price"],
            ["Q-OW-2024-117", "24 sets", "4 800 sets", "GBP 3,10 / set, delivery wk 27-35"],
        ]),
        ("sp",),
        ("p", "Please supply in accordance with your quotation Q-OW-2024-117 and our drawing APF-HDL-36 "
              "issue 3 (M8x1.25 studs, 480 h salt spray). Samples required by week 18, delivered to "
              "Halifax workshop."),
        ("p", "Invoices to accounts.payable@ashworthpennine.co.uk quoting the PO number."),
        ("sp",),
        ("p", "Ashworth Pennine Purchasing"),
    ], title="PO 71-2231", author="Ashworth Pennine Procurement")),
])

# p02 cover mail with sample PO in body + quote PDF attached showing production
_quote = pdf([
    ("h1", "OKUCIA WISNIEWSKI Sp. z o.o."),
    ("h", "OFERTA / QUOTATION Q-OW-2024-131   Kalisz, 28.03.2024"),
    ("p", "For: Buckeye Casket Supply Co., Dayton OH - Mr Randy Kowalczyk"),
    ("table", [
        ["Item", "Description", "Qty", "Price USD", "Lead time"],
        ["1", "OW-CH-2440 swing bar handle set, brass plated - samples", "30 sets", "8.40", "3 weeks"],
        ["2", "OW-CH-2440 swing bar handle set - production", "6,000 sets", "3.95", "8 weeks"],
        ["3", "Tooling: bending + stamping die", "1", "2,850.00", "5 weeks"],
    ]),
    ("sp",),
    ("p", "FCA Kalisz. Validity 45 days. Tomasz Wisniewski, Sales Director"),
], title="Q-OW-2024-131", author="Okucia Wisniewski")
_t = """Tomasz,

PO 7790-0402 for thirty (30) sample sets of the OW-CH-2440 swing bar handle, brass plated,
to dwg BCS-HDL-2440 Rev B. $8.40/set, FCA Kalisz, need them in Dayton by May 17.

Your quote Q-OW-2024-131 is attached so everybody works off the same sheet.

Tammy Reinholt (VP Operations) is the release authority on our side for this program.

Thanks,
Randy
""" + sig("Randy Kowalczyk", "Purchasing Manager", BCS, "+1 937 555 0148")
case("p02_mail_sample_po_quote_attached", ["RG001", "RG003", "RG004"],
     "30-set sample PO mail with the 6,000-set quote attached unmarked; no hold or unlock event (release authority is named)", [
    ("PO_7790-0402.eml", eml_bytes(mail(RANDY, TOMASZ, "PO 7790-0402 - OW-CH-2440 samples",
                                        "Mon, 08 Apr 2024 10:05:00 -0400", _t,
                                        attachments=[("Q-OW-2024-131.pdf", _quote, PDF_MT)]))),
])

# p03 SAP-style PO print with the series quantity copied into the line text
case("p03_sap_po_line_text_series", ["RG001", "RG003", "RG004", "RG005"],
     "SAP PO for 8 sample urns; line text copies 'serieproductie 1.500 st' unmarked; no hold, event or person", [
    ("SAP_inkooporder_4500012877.txt", """\
Cooperatie Crematoria Rijn en Maas U.A.           INKOOPORDER / PURCHASE ORDER
Postbus 1180, 6501 BD Nijmegen                     Nummer     : 4500012877
BTW NL8214.77.301.B01                              Datum      : 05.04.2024
                                                   Inkoper    : 014 / M. van der Veen
Leverancier 700433
QUANZHOU JINHUI MEMORIAL PRODUCTS CO., LTD.
No. 88 Jinhui Road, Nan'an, Quanzhou, Fujian, CN

Leveringsvoorwaarden: FOB Xiamen            Betaling: 60 dagen na factuur
-----------------------------------------------------------------------------------
Pos  Materiaal      Omschrijving                      Hoev.  Eh    Prijs      Waarde
-----------------------------------------------------------------------------------
00010 40-URN-SER    Urn keramiek 'Serene' 3,2 L          8   ST    22,40 EUR  179,20 EUR
      Tekening RM-URN-SER rev 2, glazuur 'zeegrijs'
      Leverdatum 10.05.2024
      Conform offerte Q-JH-24-052: monsters 8 st,
      serieproductie 1.500 st a EUR 9,85/st.
-----------------------------------------------------------------------------------
                                            Totaal netto           179,20 EUR
                                            BTW 0% (export)          0,00 EUR
                                            Totaal                 179,20 EUR

Vermeld ons ordernummer op pakbon en factuur.
Algemene inkoopvoorwaarden Rijn en Maas 2022 van toepassing.
-----------------------------------------------------------------------------------
SAP ECC 6.0 / ME9F                                                  Pagina 1 van 1
"""),
])

# p04 buyer portal: sample order with a 'planned qty' column; authority named, no hold/event
case("p04_portal_planned_qty", ["RG001", "RG003", "RG004"],
     "portal PO: 6 sample lowering devices next to 'planned qty 60' unmarked; release authority named but no hold or event", [
    ("LMG_portal_PO_LMG-24-0075.html", html_page("Lumen Memorial Gardens - Vendor Portal - PO LMG-24-0075", """
<div style="background:#2f5d50;color:#fff;padding:6px">Lumen Memorial Gardens, Inc. &middot; Vendor Portal</div>
<h2>PO LMG-24-0075 &nbsp;<small>Status: Issued &middot; 18-Mar-2024</small></h2>
<p>Vendor: Quanzhou Jinhui Memorial Products Co., Ltd. &middot; Currency USD &middot; CIF Manila</p>
<table>
<tr><th>Item</th><th>Description</th><th>Order Qty</th><th>Planned Qty</th><th>Unit Price</th><th>Amount</th></tr>
<tr><td>JH-GLD-500</td><td>Grave lowering device, 454 kg rated, 75 mm straps &ndash; sample units for trial at Dasmari&ntilde;as and Sto. Tomas parks</td><td>6</td><td>60</td><td>410.00</td><td>2,460.00</td></tr>
</table>
<p>Remarks: Kindly follow your quotation JH-Q-24-0071 and our spec LMG-SPEC-GLD rev 1 (grave opening 30&ndash;36 in).
Deliver with load test certificates.</p>
<p>Production release authority: Atty. Carmelita Santos, VP Administration.</p>
<p>Buyer: Tess Villanueva, Purchasing Supervisor &middot; purchasing@lumengardens.com.ph</p>
""")),
])

# p05 Word PO: 4 sample plaques with the project total beside it
case("p05_docx_po_project_total", ["RG001", "RG003", "RG004"],
     "Word PO for 4 sample niche plaques states 'project total 2,400 plaques' unmarked; person named, no hold or event", [
    ("PO_LMG-24-0092.docx", docx_bytes([
        ("h1", "LUMEN MEMORIAL GARDENS, INC. - PURCHASE ORDER"),
        ("p", "PO No. LMG-24-0092          Date: 25 March 2024"),
        ("p", "To: Fonderia Artistica Valsesia S.r.l., Borgosesia (VC), Italy - Attn: Ms. Chiara Bellotti"),
        ("p", "Project: Phase 3 Columbarium, St. Michael wing - total 2,400 bronze niche plaques, "
              "300 x 200 mm, per your offer FAV-Q-24-0288."),
        ("table", [
            ["Item", "Description", "Qty", "Unit Price EUR", "Amount EUR"],
            ["1", "Bronze niche plaque 300 x 200 mm, dwg FAV-NP-300 Rev 7, raised letters, "
                  "patina 'verde antico' - sample", "4", "64,50", "258,00"],
            ["2", "Freight by air to NAIA", "1 lot", "180,00", "180,00"],
        ]),
        ("sp",),
        ("p", "Kindly send the samples with the names engraved per attached list (4 names)."),
        ("p", "Release authority: Atty. Carmelita Santos, VP Administration."),
        ("p", "Thank you and God bless."),
        ("sp",),
        ("p", "Prepared by: Ma. Theresa Villanueva, Purchasing Supervisor"),
    ], author="Tess Villanueva")),
])

# p06 EDI 850 printout: sample line plus the production quantity in a note segment
case("p06_edi850_msg_prod_qty", ["RG001", "RG003", "RG004", "RG005"],
     "EDI 850 sample PO for 50 hinges; MSG segment carries 'PROD QTY 10000' unmarked; no hold, event or person", [
    ("EDI_850_7790-0425.txt", """\
BCS EDI GATEWAY - OUTBOUND 850 - VENDOR 30417 QUANZHOU JINHUI - PRINT 04/09/2024 14:22
-----------------------------------------------------------------------------------------
ISA*00*          *00*          *ZZ*BUCKEYECASKET  *ZZ*JINHUIMEM      *240409*1422*U*00401*000001301*0*P*>~
GS*PO*BUCKEYECASKET*JINHUIMEM*20240409*1422*1301*X*004010~
ST*850*0001~
BEG*00*SA*7790-0425**20240409~
REF*VN*JH-Q-24-088~
PER*BD*RANDY KOWALCZYK*TE*9375550148~
FOB*PP*CA*XIAMEN~
ITD*01*3*****60~
N1*ST*BUCKEYE CASKET SUPPLY CO*92*DAYTON~
PO1*1*50*EA*2.95**BP*HNG-180-95*VP*JH-H180*EC*D~
PID*F****CASKET LID HINGE 180MM 95DEG STOP - SAMPLE~
MSG*PRICING PER QUOTE JH-Q-24-088 PROD QTY 10000 EA AT 1.42~
MSG*DWG BCS-HNG-180 REV D - ZINC 8UM - SALT SPRAY 96H~
DTM*002*20240510~
CTT*1*50~
SE*15*0001~
GE*1*1301~
IEA*1*000001301~
-----------------------------------------------------------------------------------------
Translation: PO 7790-0425, 1 line, HNG-180-95 casket lid hinge, 50 EA @ $2.95, sample,
need date 05/10/2024. Notes: pricing per quote JH-Q-24-088 prod qty 10000 EA at $1.42;
drawing BCS-HNG-180 Rev D.
"""),
])

# p07 WhatsApp: sample PO + total need + buyer sends deposit "so u can start the 800"
case("p07_whatsapp_deposit_start", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "chat: 5 sample urns next to 'total we need 800' unmarked; supplier starts the 800 on the deposit and the buyer thanks her; no hold, event or person", [
    ("WhatsApp_Chat_with_Lily_Chen.txt", """\
[02/04/2024, 13:05:11] Tess Villanueva: Good afternoon Ms Lily!
[02/04/2024, 13:05:40] Tess Villanueva: PO LMG-24-0081 for 5 sample urns sent na po to your email. Marble urn 'Pieta' white
[02/04/2024, 13:06:22] Tess Villanueva: Total we need is 800 for the new columbarium in Sta. Rosa
[02/04/2024, 13:20:07] Lily Chen: Good afternoon Tess, received thank you!
[02/04/2024, 13:21:30] Lily Chen: For 800 pcs we need 30% deposit, after deposit we start production immediately. Samples ready 2 weeks
[02/04/2024, 13:24:55] Tess Villanueva: ok maam will send the deposit tomorrow 🙏
[02/04/2024, 13:25:10] Lily Chen: OK thank you 😊
[03/04/2024, 09:48:02] Tess Villanueva: <Media omitted>
[03/04/2024, 09:48:15] Tess Villanueva: Deposit sent po, BDO ref 0403-7781-552
[03/04/2024, 10:12:40] Lily Chen: Received, thank you Tess. So production of 800 pcs start next week together with the samples 👍
[03/04/2024, 10:14:02] Tess Villanueva: Salamat maam!
"""),
])

# p08 buyer's short reply 'Rev C approved. Go ahead.' over his own quoted scope
_orig = """Thu Ha,

PO 7790-0419 covers four (4) sample church trucks only. The 120 production trucks on your
quote are not released; they will be released only in writing by Tammy Reinholt after Doug
Ferris signs off the samples.

Randy
"""
_mid = """Dear Mr Randy,

We update the drawing to Rev C as your comment (wheel 125 mm change to 150 mm, add brake on
2 wheels). Please check and confirm.

Best regards,
Thu Ha

On 04/15/2024 9:02 AM, Randy Kowalczyk wrote:
""" + q(_orig)
_t = """Thu Ha - Rev C approved. Go ahead.

Randy

Sent from my iPhone

On Apr 18, 2024, at 10:41 PM, Nguyen Thi Thu Ha <thuha.sales@phuocthanh-mech.vn> wrote:

""" + q(_mid) + "\n"
case("p08_reply_revc_goahead", ["RG002"],
     "'Rev C approved. Go ahead.' names neither sample-only nor a quantity; quoted own scope covers the absence rules", [
    ("Re_Church_truck_drawing_RevC.eml", eml_bytes(mail(RANDY, THUHA, "Re: Church truck drawing Rev C",
                                                        "Fri, 19 Apr 2024 07:12:00 -0400", _t,
                                                        in_reply_to="<h201-pt-0418@phuocthanh-mech.vn>"))),
])

# p09 minutes: green light unscoped; 'approved' for artwork and for budget
case("p09_minutes_green_light", ["RG002", "RG009"],
     "minutes: 'give Valsesia the green light' unscoped; 'approved' used for artwork proofs and for budget", [
    ("Notulen_overleg_2024-03-14.docx", docx_bytes([
        ("h1", "Notulen overleg urnen & gedenkplaten - 14 maart 2024"),
        ("p", "Aanwezig: A. de Groot, J. Brouwer, M. van der Veen. Afwezig: S. Kuipers."),
        ("h", "1. Bronzen nisplaten columbarium Arnhem (Fonderia Valsesia)"),
        ("li", "PO 4500012911: ten (10) sample niche plaques. The 1.200 production plaques are not "
               "released; unlock: sample sign-off by Joost Brouwer, then written release by Annelies de Groot."),
        ("li", "Artwork proofs approved by Joost (13-03), lettering Optima 18 pt ok."),
        ("li", "Budget 2024 for the columbarium approved by the board (14-03), EUR 128.000 incl. montage."),
        ("li", "Action Marieke: give Valsesia the green light today."),
        ("h", "2. Overig"),
        ("li", "Urn forecast 2025 to be prepared by Marieke before 1 May (prognose, niet bindend)."),
        ("li", "Next meeting 11 April."),
        ("sp",),
        ("p", "Notulist: M. van der Veen"),
    ], author="M. van der Veen")),
])

# p10 WhatsApp: 'approved, pls proceed' with no quantity from the buyer
case("p10_whatsapp_layout_proceed", ["RG002", "RG010"],
     "buyer: 'Layout ok na, approved. Pls proceed' with no quantity or scope; only the supplier mentions the PO size", [
    ("WhatsApp_Chat_with_Chiara_FAV.txt", """\
[09/04/2024, 15:40:12] Chiara Bellotti: Good morning Ms Tess, we received your PO LMG-24-0097 for the complete 36 plaques Phase 2. Many thanks!
[09/04/2024, 15:41:03] Chiara Bellotti: <attached: 00000012-PHOTO-2024-04-09-15-41-03.jpg>
[09/04/2024, 15:41:30] Chiara Bellotti: Here the layout proof for the names engraving, please check the spelling and dates
[09/04/2024, 21:05:44] Tess Villanueva: Good evening Chiara! Checking with Engr. dela Cruz po
[10/04/2024, 08:12:19] Tess Villanueva: Layout ok na, approved. Pls proceed 🙏
[10/04/2024, 08:15:02] Chiara Bellotti: Perfect, thank you! 👍
"""),
])

# p11 two-level thread: supplier proposes rolling into the series; buyer 'Approved - go ahead'
_orig = """Chiara,

PO 71-2255 covers six (6) sample markers only. The 1.200 production markers on your offer
FAV-Q-24-0317 are not released; they stay on hold until Dan Holroyd signs off the samples and
Helen Whitcombe issues a written release.

Thanks,
Gareth
"""
_mid = """Dear Gareth,

the 6 samples are shipped today with TNT, tracking 7730 1200 9914.
For save time, when samples are OK we would go directly with the 1.200 serie, the ingots are
available now. Is it fine for you?

Best regards
Chiara

Il giorno lun 22 apr 2024 alle ore 10:15 Gareth Pryce <gareth.pryce@ashworthpennine.co.uk> ha scritto:
""" + q(_orig)
_top = """Hi Chiara,

Samples arrived this morning, Dan's had a good look and they're spot on. Approved - go ahead.

Cheers,
Gareth
"""
_t = _top + sig("Gareth Pryce", "Procurement Manager", AP, "+44 1422 555 730") + """
On Thu, 25 Apr 2024 at 16:52, Chiara Bellotti <commerciale@fonderiavalsesia.it> wrote:
""" + q(_mid) + "\n"
_h = (paras(_top) + "<p style=\"color:#777\">Gareth Pryce | Procurement Manager | Ashworth Pennine Funeral Group plc</p>"
      + "<p>On Thu, 25 Apr 2024 at 16:52, Chiara Bellotti wrote:</p>"
      + bq(paras(_mid.split("Il giorno")[0]) + "<p>Il giorno lun 22 apr 2024 alle ore 10:15 Gareth Pryce ha scritto:</p>"
           + bq(paras(_orig))))
case("p11_thread_approved_goahead_rollover", ["RG002", "RG007"],
     "supplier proposes going straight into the 1.200 when samples OK; buyer replies 'Approved - go ahead', contradicting his written-release scope", [
    ("Re_Re_PO_71-2255_samples.eml", eml_bytes(mail(GARETH, CHIARA, "Re: Re: PO 71-2255 sample markers",
                                                    "Mon, 29 Apr 2024 09:26:00 +0100", _t, html=_h,
                                                    in_reply_to="<h201-fav-0425@fonderiavalsesia.it>"))),
])

# p12 deposit wired so 'you're good to run' (full-quantity PO attached)
_po = pdf([
    ("h1", "Buckeye Casket Supply Co."),
    ("p", "4410 Wagner Ford Rd, Dayton OH 45414"),
    ("h", "PURCHASE ORDER 7790-0447     Date: 05/01/2024"),
    ("p", "Vendor: Phuoc Thanh Mechanical Co., Ltd., Binh Duong, Vietnam. Terms: 30% deposit, 70% against B/L copy. FOB Cat Lai."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit $", "Ext $"],
        ["1", "GLD-500", "Grave lowering device, dwg BCS-GLD-500 Rev C, 1,000 lb rated", "60", "405.00", "24,300.00"],
    ]),
    ("sp",),
    ("p", "Full order quantity: sixty (60) units. Catalog item, sample approved 2023 (PO 7790-0301)."),
    ("p", "Randy Kowalczyk, Purchasing Manager"),
], pagesize=LETTER, title="PO 7790-0447", author="Buckeye Purchasing")
_t = """Thu Ha,

Deposit (30%, $7,290.00) was wired this morning, Fifth Third ref FT24-0502-1187, so you're good
to run. PO attached for your file.

Randy
""" + sig("Randy Kowalczyk", "Purchasing Manager", BCS, "+1 937 555 0148")
case("p12_deposit_good_to_run", ["RG002", "RG012"],
     "'deposit was wired ... so you're good to run': payment as release, unscoped go wording; PO is full quantity", [
    ("mail_PO_7790-0447.eml", eml_bytes(mail(RANDY, THUHA, "PO 7790-0447 / deposit",
                                                "Thu, 02 May 2024 11:48:00 -0400", _t,
                                                attachments=[("PO_7790-0447.pdf", _po, PDF_MT)]))),
])

# p13 WeChat: full scope first, later 'go ahead' on the print file with no scope
case("p13_wechat_goahead_printfile", ["RG002"],
     "buyer's 'looks good, go ahead' on the gift-box print file names neither samples nor a quantity; earlier scope complete", [
    ("WeChat_chat_history_Jinhui.txt", """\
WeChat chat history - Marieke van der Veen / Lily Chen (Jinhui)
===============================================================
2024-03-26 10:02  Marieke van der Veen
Hi Lily, PO 4500012940 is sent: 24 sample urns 'Serene' only.
The 1.500 stays on hold until Joost signs off the samples and Annelies de Groot releases in writing.

2024-03-26 10:20  Lily Chen
Received Marieke, thank you. Samples 24 pcs, we start glaze test this week.

2024-04-09 16:48  Lily Chen
Marieke, gift box printing file is ready, logo Rijn en Maas silver foil, see picture
[Image]
Factory can go?

2024-04-09 17:30  Marieke van der Veen
Looks good, go ahead 👍

2024-04-09 17:31  Lily Chen
OK 👌
===============================================================
"""),
])

# p14 partial release letter: 500 released, nothing about the rest, no event
case("p14_partial_release_no_balance", ["RG003", "RG004"],
     "partial release of 500 sets by the named authority; never says the rest is not released, no unlock event", [
    ("PR-24-004_Okucia.docx", docx_bytes([
        ("h1", "Production Release PR-24-004"),
        ("p", "Ashworth Pennine Funeral Group plc - Procurement"),
        ("p", "To: Okucia Wisniewski Sp. z o.o., Kalisz - Mr Tomasz Wisniewski          Date: 7 May 2024"),
        ("table", [
            ["Item", "Detail"],
            ["Part", "OW-CH-2436 Rev 3 swing bar casket handle"],
            ["PO", "71-2231 rev 1"],
            ["Released now", "500 sets"],
            ["Delivery", "week 24, Halifax"],
        ]),
        ("p", "Following the fit check, we release five hundred (500) sets for production. This is a "
              "partial release against the production requirement in your quote Q-OW-2024-117."),
        ("p", "Please confirm receipt and the delivery week."),
        ("sp",),
        ("p", "Helen Whitcombe, Head of Supplies (release authority)"),
    ], author="Helen Whitcombe")),
])

# p15 plain mail: sample PO for 3 lowering devices, nothing else
case("p15_mail_sample_po_bare", ["RG003", "RG004", "RG005"],
     "sample PO mail for 3 lowering devices; nothing on the balance, no event, no person", [
    ("mail_PO_LMG-24-0070.txt", """\
From: Tess Villanueva <purchasing@lumengardens.com.ph>
Sent: Monday, March 11, 2024 2:16 PM
To: Lily Chen <lily.chen@jinhui-memorial.cn>
Subject: PO LMG-24-0070 - sample lowering device

Hi Ms Lily, good day!

Attached is our PO LMG-24-0070 for three (3) sample units of the lowering device JH-GLD-500,
for trial in our Dasmarinas and Sta. Rosa parks, as per your quotation JH-Q-24-0071.

Kindly confirm receipt and advise ETD. Please include the load test cert for each unit.

Thank you po and God bless.

Tess

Ma. Theresa Villanueva
Purchasing Supervisor
Lumen Memorial Gardens, Inc.
Km 31 Aguinaldo Hwy, Dasmarinas City, Cavite
(046) 555 0127

Attachment: PO_LMG-24-0070.pdf
"""),
])

# p16 mail: only the samples, balance on hold 'for now' - no event, no person (multipart/alt)
_t = """Dear Rajesh,

Please find our PO 4500012955 for twelve (12) sample urns 'Brons Klassiek' 3,3 L, finish
antiek messing, felt underside, as per your quote SGMC/Q/24-25/002.

Only the 12 samples please. The balance of 600 urns stays on hold for now.
Material only for the 12.

Met vriendelijke groet / kind regards,

Marieke van der Veen
Inkoper
Cooperatie Crematoria Rijn en Maas U.A. | Postbus 1180, 6501 BD Nijmegen | +31 24 355 0192

Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten
worden ontleend. This message is intended only for the addressee.
"""
case("p16_mail_hold_for_now", ["RG004", "RG005"],
     "12 samples only, 'balance of 600 stays on hold for now': hold without unlock event or named release person", [
    ("PO_4500012955.eml", eml_bytes(mail(MARIEKE, RAJESH, "PO 4500012955 - sample urns Brons Klassiek",
                                         "Wed, 17 Apr 2024 14:10:00 +0200", _t, html=paras(_t)))),
])

# p17 PO: balance not released, release by 'Quality department' and 'Purchasing' (no person)
case("p17_po_release_by_department", ["RG005"],
     "sample PO with hold and unlock event, but release by 'our Quality department' and 'Purchasing' - no named person", [
    ("PO_7790-0440.pdf", pdf([
        ("h1", "Buckeye Casket Supply Co."),
        ("p", "4410 Wagner Ford Rd, Dayton OH 45414 - (937) 555-0100"),
        ("h", "PURCHASE ORDER 7790-0440      Date: 04/22/2024      Scope: SAMPLE"),
        ("p", "Vendor: Quanzhou Jinhui Memorial Products Co., Ltd. (#30417). FOB Xiamen. Net 60."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit $", "Ext $"],
            ["1", "HNG-180-95", "Casket lid hinge 180 mm, 95 deg stop, dwg BCS-HNG-180 Rev D - sample", "24", "2.95", "70.80"],
        ]),
        ("sp",),
        ("p", "This PO authorizes the 24 sample hinges only."),
        ("p", "The balance of 2,750 pcs on quote JH-Q-24-088 is NOT released and remains on hold. Release of "
              "the balance follows sample sign-off by our Quality department and a written release from "
              "Purchasing."),
        ("p", "Material: for the 24 samples only."),
        ("sp",),
        ("p", "Buckeye Casket Supply - Purchasing"),
    ], pagesize=LETTER, title="PO 7790-0440", author="Buckeye Purchasing")),
])

# p18 supplier status report: brass strip bought for the full 4 800
case("p18_status_report_material_4800", ["RG006"],
     "supplier status report: brass strip purchased for 4 800 sets while only 24 samples are ordered", [
    ("Raport_statusu_tydz_18.pdf", pdf([
        ("h1", "OKUCIA WISNIEWSKI Sp. z o.o."),
        ("h", "Raport statusu / Status report - week 18/2024"),
        ("p", "Customer: Ashworth Pennine Funeral Group plc. Prepared by: Pawel Nowicki, Kierownik produkcji. 03.05.2024"),
        ("table", [
            ["Order", "Part", "Qty", "Status"],
            ["PO 71-2231", "OW-CH-2436 r.3 sample sets", "24", "finished, final QC 06.05, ship wk 19"],
            ["Q-OW-2024-117", "OW-CH-2436 r.3 production", "4 800", "awaiting customer release"],
        ]),
        ("sp",),
        ("h", "Material"),
        ("table", [
            ["Material", "Quantity", "Covers", "Status"],
            ["Brass strip CuZn37 0,8 x 32 mm", "2 180 kg", "4 800 sets", "purchased 24.04, in stock Kalisz"],
            ["Studs M8x1.25 brass", "19 300 pcs", "4 800 sets + scrap", "ordered, ETA 17.05"],
        ]),
        ("sp",),
        ("p", "Comment: brass strip bought for the complete 4 800 sets to secure the April price before the "
              "July increase of the mill (+11%). Samples were made from the same coil."),
    ], title="Raport tydz. 18", author="Okucia Wisniewski")),
])

# p19 WeChat: supplier already booked clay/glaze for 1000 while material authority is sample-only
case("p19_wechat_clay_booked_1000", ["RG006"],
     "supplier says clay and glaze already booked for 1000 urns; buyer's stated material authority was sample-only", [
    ("WeChat_history_Lily_Chen_urns.txt", """\
WeChat 聊天记录 - Lily Chen (Jinhui Memorial) & Marieke van der Veen
-------------------------------------------------------------------
2024-04-02 09:15  Marieke van der Veen
Hello Lily, PO 4500012962 is sent. Twelve (12) sample urns 'Serene' zeegrijs.
The 1.500 stays on hold until Joost has signed off the samples and Annelies de Groot releases in writing.
Material only for the 12 samples please.

2024-04-02 09:40  Lily Chen
Received, thank you Marieke 🙏

2024-04-23 15:02  Lily Chen
Marieke good news, we already book the clay and glaze for 1000 pcs last week, price is lock until December 😊
Samples ship Friday by air.

2024-04-23 15:20  Marieke van der Veen
Lily, that was not agreed. Please call me tomorrow morning.

2024-04-23 15:21  Lily Chen
OK
-------------------------------------------------------------------
"""),
])

# p20 supplier reply: advance received 'hence' brass bought for the full 3,000 and cutting started
_orig = """Rajesh,

PO 71-2290 covers ten (10) sample urns only. The 3,000 urns on your quote are not released
until Dan Holroyd signs off the samples and Helen Whitcombe issues a written release. The 30%
advance we have paid is for the die and the samples.

Gareth
"""
_t = """Dear Gareth ji,

Advance received with thanks, hence we have procured brass sheet 0.8 mm for full 3,000 nos
and started the cutting and spinning, so that shipment in June is possible. 10 nos samples
will go by DHL on Monday.

Thanks & regards
Rajesh Agarwal
Director - Exports
Shri Ganesh Metal Crafts Pvt. Ltd., Moradabad
Mob. +91 98370 41122

On Wed, 10 Apr 2024, 15:40 Gareth Pryce <gareth.pryce@ashworthpennine.co.uk> wrote:
""" + q(_orig) + "\n"
case("p20_advance_received_brass_full_qty", ["RG006", "RG012"],
     "supplier: advance received 'hence' brass bought for 3,000 and cutting started, against a quoted sample-only scope", [
    ("Re_PO_71-2290_Ganesh.eml", eml_bytes(mail(RAJESH, GARETH, "Re: advance payment PO 71-2290",
                                                 "Sat, 13 Apr 2024 12:20:00 +0530", _t,
                                                 in_reply_to="<h201-ap-0410@ashworthpennine.co.uk>"))),
])
# p21 cover mail says 20 sample sets, ERP PO says 25 (+ quote for reference)
_t = """Tomasz,

Attached PO 7790-0433 for twenty (20) sample sets of the OW-CH-2440 handle in satin
nickel, plus your quote Q-OW-2024-140 for reference only.

The 6,000 production sets in the quote are not released and stay on hold until Doug Ferris
signs off the samples and Tammy Reinholt releases a quantity in writing. Material authority:
sample-only.

Thanks,
Randy
""" + sig("Randy Kowalczyk", "Purchasing Manager", BCS, "+1 937 555 0148")
case("p21_cover_20_po_25", ["RG011"],
     "cover mail says twenty (20) sample sets, the ERP PO line says 25; scope otherwise complete", [
    ("mail_PO_7790-0433.eml", eml_bytes(mail(RANDY, TOMASZ, "PO 7790-0433 - satin nickel samples",
                                             "Wed, 24 Apr 2024 13:37:00 -0400", _t))),
    ("PO_7790-0433.txt", """\
BUCKEYE CASKET SUPPLY CO.            PURCHASE ORDER            PO#: 7790-0433   REV: 0
4410 WAGNER FORD RD, DAYTON OH 45414                           DATE: 04/24/2024
VENDOR: 40288 OKUCIA WISNIEWSKI SP Z OO, KALISZ PL             BUYER: R KOWALCZYK
SHIP VIA: AIR - DHL ACCT 96 0412 377                           TERMS: NET 60
-------------------------------------------------------------------------------------
LN  ITEM            DESCRIPTION                         QTY UM     UNIT $     EXT $
-------------------------------------------------------------------------------------
01  OW-CH-2440-SN   SWING BAR HANDLE SET SATIN NICKEL    25 SET     9.10     227.50
                    DWG BCS-HDL-2440 REV B  M8X1.25
                    SCOPE: SAMPLE      NEED: 05/24/2024
-------------------------------------------------------------------------------------
                                               PO TOTAL:             227.50 USD
*** VENDOR MUST ACKNOWLEDGE WITHIN 48 HRS ***
"""),
    ("Q-OW-2024-140.pdf", pdf([
        ("h1", "OKUCIA WISNIEWSKI Sp. z o.o."),
        ("h", "OFERTA / QUOTATION Q-OW-2024-140   Kalisz, 15.04.2024"),
        ("table", [
            ["Item", "Description", "Qty", "Price USD"],
            ["1", "OW-CH-2440-SN handle set, satin nickel - samples", "20 sets", "9.10"],
            ["2", "OW-CH-2440-SN handle set, satin nickel - production", "6,000 sets", "4.35"],
        ]),
        ("sp",),
        ("p", "FCA Kalisz. Validity 45 days. Tomasz Wisniewski, Sales Director"),
    ], title="Q-OW-2024-140", author="Okucia Wisniewski")),
])

# p22 supplier: bronze already cast for 1.200, 'when samples approved we go straight in production'
_orig = """Chiara,

PO 4500012911 is for ten (10) sample niche plaques only. The 1.200 production plaques are not
released. They are released only in writing by Annelies de Groot after Joost Brouwer has
signed off the samples. Bronze only for the 10 samples please.

Met vriendelijke groet,
Marieke van der Veen
"""
_top = """Dear Marieke,

good news from Borgosesia: to be ready in time for Allerzielen in November, we have already
cast the bronze ingots and the blanks for the 1.200 plaques. When the 10 samples are approved
we go straight in production, so delivery end of October is possible.

Samples leave on Thursday with the courier.

Cordiali saluti / best regards
Chiara Bellotti
Ufficio Commerciale - Fonderia Artistica Valsesia S.r.l.
Via per Agnona 41, 13011 Borgosesia (VC) - tel. +39 0163 22 417

Le informazioni contenute in questa e-mail sono riservate. / This e-mail is confidential.
"""
_t = _top + "\nOn 18/03/2024 11:20, Marieke van der Veen wrote:\n" + q(_orig) + "\n"
_h = paras(_top) + "<p>On 18/03/2024 11:20, Marieke van der Veen wrote:</p>" + bq(paras(_orig))
case("p22_bronze_cast_straight_into_serie", ["RG006", "RG007"],
     "supplier has cast bronze for 1.200 plaques and will 'go straight in production' when samples are approved; quoted scope is sample-only", [
    ("Re_nisplaten_4500012911.eml", eml_bytes(mail(CHIARA, MARIEKE, "Re: nisplaten PO 4500012911",
                                                   "Tue, 23 Apr 2024 17:05:00 +0200", _t, html=_h,
                                                   in_reply_to="<h201-rm-0318@rijnenmaas-crematoria.nl>"))),
])

# p23 supplier portal order book: customer forecast entered as firm, tube bought for it
case("p23_portal_forecast_firm_material", ["RG006", "RG008"],
     "supplier order book enters the customer's H2 forecast of 240 trucks as a firm order and has bought tube for 240", [
    ("PT_order_book_BCS.html", html_page("Phuoc Thanh - Order book - Buckeye Casket Supply", """
<h2>PHUOC THANH MECHANICAL &middot; Order book / S&#7893; &#273;&#417;n h&agrave;ng</h2>
<p>Customer: Buckeye Casket Supply Co. (Dayton, OH) &middot; Updated 06/05/2024 &middot; by: Tran Van Duc</p>
<table>
<tr><th>Ref</th><th>Item</th><th>Qty</th><th>Type</th><th>Status</th></tr>
<tr><td>FC-BCS-2024H2</td><td>PT-CT-1500 church truck (BCS dwg CT-1500 Rev C)</td><td>240</td><td><b>FIRM ORDER</b> (from customer forecast H2/2024)</td><td>planned wk 28-40</td></tr>
</table>
<h3>Material</h3>
<table>
<tr><th>Material</th><th>Qty</th><th>For</th><th>Status</th></tr>
<tr><td>Steel tube 25x25x1.5, 6 m</td><td>1,150 bars</td><td>240 trucks</td><td>purchased 02/05, in warehouse</td></tr>
<tr><td>Castor 150 mm, 2 braked / 2 free</td><td>960 pcs</td><td>240 trucks</td><td>PO to supplier, ETA 20/05</td></tr>
</table>
<div class="note">Customer forecast H2/2024 (240 trucks) is booked as firm order in our system to secure capacity
and material price.</div>
""")),
])

# p24 supplier order acknowledgement: will proceed automatically after sample approval
case("p24_ack_auto_proceed", ["RG007"],
     "supplier acknowledgement restates the hold but says it will proceed automatically to the 34 upon sample approval", [
    ("OA-PT-24-066.pdf", pdf([
        ("h1", "PHUOC THANH MECHANICAL CO., LTD."),
        ("p", "Lot C7, Song Than 3 Industrial Zone, Thu Dau Mot, Binh Duong, Viet Nam - Tax code 3702 114 859"),
        ("h", "ORDER ACKNOWLEDGEMENT OA-PT-24-066      Date: 22/04/2024"),
        ("p", "Customer: Lumen Memorial Gardens, Inc. - Your PO: LMG-24-0087"),
        ("table", [
            ["No.", "Item", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "PT-CT-1500", "Chapel trolley extendable, castor 125 mm - sample", "2", "455.00", "910.00"],
        ]),
        ("sp",),
        ("p", "We acknowledge your PO LMG-24-0087 for 2 sample trolleys. We note in your PO: the balance of "
              "34 trolleys is on hold until sign-off by Engr. Ramon dela Cruz and written release by "
              "Atty. Carmelita Santos."),
        ("p", "For keep the schedule before November (Undas), upon your approval of the 2 samples we will "
              "proceed automatically to production of the 34 trolleys."),
        ("p", "Sample ETD: 14/05/2024, LCL to Manila."),
        ("sp",),
        ("p", "Nguyen Thi Thu Ha - Sales Executive"),
    ], title="OA-PT-24-066", author="Phuoc Thanh")),
])

# p25 Teams: buyer 'once the samples are approved, proceed with the 900'
case("p25_teams_once_approved_proceed", ["RG005", "RG007"],
     "buyer: 'once the samples are approved, proceed with the 900 urns, no need to wait for another paper'; no named release person", [
    ("Teams_export_urnen_SGMC.txt", """\
Microsoft Teams - chat export
Chat: Marieke van der Veen, Rajesh Agarwal
Exported 02-05-2024 08:30 (UTC+02:00)

Marieke van der Veen  30-04-2024 10:02
Hi Rajesh, PO 4500012970 for the 12 sample urns 'Brons Klassiek' is out, you should have it in your mailbox.

Rajesh Agarwal  30-04-2024 10:15
Thank you madam, received. Samples in 3 weeks.

Marieke van der Veen  30-04-2024 10:19
Great. Once the samples are approved, proceed with the 900 urns. No need to wait for another paper from us,
we want them before the winter.

Rajesh Agarwal  30-04-2024 10:21
Noted with thanks 🙏 we will plan accordingly.
"""),
])

# p26 WeChat: supplier assumes sample approval = mass production; 'approval' also for the PI
case("p26_wechat_approve_sample_mass_production", ["RG007", "RG009"],
     "supplier: 'after you approve sample, we arrange mass production 8000pcs directly'; 'approval' also used for the PI", [
    ("WeChat_Randy_Lily_hinges.txt", """\
WeChat - Randy Kowalczyk / Lily Chen (Jinhui)   exported 2024-05-03
--------------------------------------------------------------------
2024-04-22 21:04  Randy Kowalczyk
Lily - PO 7790-0441 is 50 sample hinges HNG-180-95 only. The 8,000 are on hold until Doug Ferris signs off
the samples and Tammy Reinholt releases them in writing.

2024-04-23 08:12  Lily Chen
Received Randy, thank you!

2024-04-30 09:47  Lily Chen
Randy, samples finish salt spray 96h test today, all pass. DHL tomorrow.
After you approve sample, we arrange mass production 8000pcs directly, no need wait.
PI for 8000pcs also need your approval before we book plating line. PI attached.

2024-04-30 09:48  Lily Chen
[File] PI-JH-240430-8000.pdf

2024-04-30 22:15  Randy Kowalczyk
Will check with Doug when samples land.
--------------------------------------------------------------------
"""),
])

# p27 buyer: 'assuming they pass, just go ahead into production' (DOCX inspection notes attached)
_insp = docx_bytes([
    ("h1", "Sample inspection notes - OW-CH-2440 satin nickel"),
    ("p", "Buckeye Casket Supply Co. - QA - Doug Ferris - 05/06/2024"),
    ("table", [
        ["Check", "Spec", "Result"],
        ["Bar length", "10.00 in +/- 0.04", "9.97 - 10.02 ok"],
        ["Stud thread", "M8x1.25 6g", "ok (go/no-go)"],
        ["Pull test", "150 lb / bar, 1 min", "ok"],
        ["Finish", "satin nickel, no pits", "3 of 20 with pits at weld - reject"],
    ]),
    ("p", "Comments: re-polish weld area, send 5 revised samples. Lot ref K-0502."),
], author="Doug Ferris")
_t = """Tomasz,

Samples are on the way back to you with Doug's comments (attached) - three of them have pits
at the weld. Assuming the revised ones pass, just go ahead into production, no need to wait
for us.

Thanks,
Randy
""" + sig("Randy Kowalczyk", "Purchasing Manager", BCS, "+1 937 555 0148")
case("p27_assuming_pass_goahead", ["RG002", "RG005", "RG007", "RG010"],
     "'assuming the revised ones pass, just go ahead into production': roll-over on sample pass, unscoped, no quantity, no release person", [
    ("Samples_returned_OW-CH-2440.eml", eml_bytes(mail(RANDY, TOMASZ, "Samples returned - OW-CH-2440 satin nickel",
                                                       "Mon, 06 May 2024 16:02:00 -0400", _t,
                                                       attachments=[("inspection_notes_OW-CH-2440.docx", _insp, DOCX_MT)]))),
])

# p28 EDI 830: forecast lines told to be treated as firm orders
case("p28_edi830_forecast_as_firm", ["RG008"],
     "EDI 830 planning schedule: lines are forecast (FST 'D'), header message says treat all forecast quantities as firm orders", [
    ("EDI_830_7790-PLN-24Q3.txt", """\
BCS EDI GATEWAY - OUTBOUND 830 PLANNING SCHEDULE - VENDOR 40288 OKUCIA WISNIEWSKI
Printed 05/13/2024 07:55
--------------------------------------------------------------------------------
ST*830*0007~
BFR*00*7790-PLN-24Q3**DL*A*20240701*20240930*20240513~
NTE*GEN*TREAT ALL FORECAST QUANTITIES BELOW AS FIRM ORDERS - PRODUCE TO SCHEDULE~
N1*ST*BUCKEYE CASKET SUPPLY CO*92*DAYTON~
LIN**BP*OW-CH-2440*EC*B~
UIT*SET~
FST*1000*D*W*20240701~
FST*1000*D*W*20240729~
FST*1200*D*W*20240826~
FST*1200*D*W*20240923~
SE*10*0007~
--------------------------------------------------------------------------------
Translation
  Item OW-CH-2440 swing bar handle set (dwg BCS-HDL-2440 Rev B)
  FST qualifier D = planning / forecast, W = weekly bucket
    wk of 07/01/2024   1,000 sets   forecast
    wk of 07/29/2024   1,000 sets   forecast
    wk of 08/26/2024   1,200 sets   forecast
    wk of 09/23/2024   1,200 sets   forecast
  Total Q3/2024        4,400 sets
  Note from buyer: treat all forecast quantities as firm orders, produce to schedule.
--------------------------------------------------------------------------------
"""),
])

# p29 supplier capacity plan: customer forecast booked as firm orders
case("p29_capacity_plan_forecast_firm", ["RG008"],
     "supplier capacity plan lists the customer's 2024 forecast of 12 000 sets as firm orders booked in the ERP", [
    ("Plan_mocy_Q3-Q4_2024.pdf", pdf([
        ("h1", "OKUCIA WISNIEWSKI Sp. z o.o."),
        ("h", "Plan mocy produkcyjnych / Capacity plan Q3-Q4 2024"),
        ("p", "Prepared for: Buckeye Casket Supply Co. quarterly review, 14.05.2024. Author: Pawel Nowicki."),
        ("table", [
            ["Customer", "Part", "Quantity 2024", "Basis", "Line"],
            ["Buckeye Casket Supply", "OW-CH-2440 handle sets", "12 000 sets", "FIRM - per customer forecast 2024",
             "press line 2 (250 t)"],
            ["Ashworth Pennine", "OW-CH-2436 handle sets", "2 000 sets", "released PR-24-006", "press line 1"],
            ["other customers", "hinges, end caps", "31 500 pcs", "orders", "line 3"],
        ]),
        ("sp",),
        ("p", "Buckeye: the 2024 forecast of 12 000 sets is booked as firm orders in our ERP (orders ZS-24-0501 "
              "to ZS-24-0512) and press line 2 is reserved 70% for Buckeye from July."),
        ("p", "Utilisation line 2: 92% Q3, 88% Q4."),
    ], title="Plan mocy Q3-Q4", author="Okucia Wisniewski")),
])

# p30 WhatsApp: buyer's projection 'consider it as our firm order', supplier books it
case("p30_whatsapp_projection_firm", ["RG008"],
     "buyer asks supplier to treat the 2025 projection of 500 urns as a firm order; supplier books it as confirmed", [
    ("WhatsApp_Chat_Rajesh_Agarwal.txt", """\
[06/05/2024, 11:02:15] Tess Villanueva: Good day Sir Rajesh!
[06/05/2024, 11:03:40] Tess Villanueva: Our projection for 2025 is 500 brass urns, the 200 cu in antique model
[06/05/2024, 11:04:31] Tess Villanueva: Pls consider it as our firm order na po so u can give us better price and reserve production slot 🙏
[06/05/2024, 11:30:02] Rajesh Agarwal: Good day madam. Thank you for the business.
[06/05/2024, 11:31:10] Rajesh Agarwal: We will book 500 nos as confirmed order for 2025, price USD 34.50 per pc FOB Delhi. Delivery in 2 lots
[06/05/2024, 11:33:47] Tess Villanueva: Noted sir thank you! 😊
"""),
])

# p31 buyer portal: annual forecast page with status 'confirmed - firm order'
case("p31_portal_forecast_confirmed_order", ["RG008"],
     "buyer portal presents the 2025 annual forecast of 3.600 urns with status 'confirmed - firm order, produce to these quantities'", [
    ("Leveranciersportaal_jaarprognose_2025.html", html_page("Rijn en Maas - Leveranciersportaal - Jaarprognose 2025", """
<div style="background:#4a3b62;color:#fff;padding:6px">Cooperatie Crematoria Rijn en Maas &middot; Leveranciersportaal</div>
<h2>Jaarprognose 2025 / Annual forecast 2025</h2>
<p>Leverancier / supplier: Quanzhou Jinhui Memorial Products Co., Ltd. &middot; Artikel 40-URN-SER 'Serene' 3,2 L</p>
<table>
<tr><th>Kwartaal</th><th>Nijmegen</th><th>Arnhem</th><th>Venlo</th><th>Totaal</th></tr>
<tr><td>Q1 2025</td><td>360</td><td>300</td><td>240</td><td>900</td></tr>
<tr><td>Q2 2025</td><td>360</td><td>300</td><td>240</td><td>900</td></tr>
<tr><td>Q3 2025</td><td>360</td><td>300</td><td>240</td><td>900</td></tr>
<tr><td>Q4 2025</td><td>360</td><td>300</td><td>240</td><td>900</td></tr>
<tr><th>2025</th><th>1.440</th><th>1.200</th><th>960</th><th>3.600</th></tr>
</table>
<p><b>Status: BEVESTIGD &ndash; VASTE ORDER / CONFIRMED &ndash; FIRM ORDER.</b><br>
Supplier is to plan and produce to these quantities; call-off dates follow per quarter.</p>
<p style="font-size:11px;color:#777">Gepubliceerd 15-05-2024 door M. van der Veen &middot; portal v5.2</p>
""", lang="nl")),
])

# p32 supplier: forecast 'taken as firm order', remit advance 'so that production can start' (+ forecast txt attached)
_fc = """ASHWORTH PENNINE FUNERAL GROUP - KEEPSAKE URN FORECAST FY2024/25
*** FORECAST - NOT AN ORDER - NOT A RELEASE ***

Item: keepsake urn 3 in, brass, antique finish (APF-KU-03)

Quarter        Units
Q2 2024          400
Q3 2024          500
Q4 2024          600
Q1 2025          500
Total          2,000

Planning figures only. Orders follow by PO.
G. Pryce, Procurement
"""
_t = """Dear Gareth ji,

Greetings!

As per your forecast for 2,000 nos keepsake urns for FY 2024-25 (attached for ready
reference), which we have taken as firm order, kindly remit 30% advance i.e. USD 1,710.00 so
that production can start at the earliest. Balance 70% against shipping documents.

Bank details as per our last proforma.

Thanks & regards
Rajesh Agarwal
Director - Exports, Shri Ganesh Metal Crafts Pvt. Ltd., Moradabad
"""
case("p32_forecast_taken_firm_remit_advance", ["RG008", "RG012"],
     "supplier takes the labelled forecast of 2,000 as a firm order and asks for advance 'so that production can start'", [
    ("Keepsake_urns_FY24-25.eml", eml_bytes(mail(RAJESH, GARETH, "Keepsake urns FY 2024-25 - advance payment",
                                                         "Fri, 10 May 2024 18:44:00 +0530", _t,
                                                         attachments=[("APF_forecast_FY24-25.txt", _fc, "text/plain")]))),
])

# p33 DOCX record: 'released' used for SAP PO workflow, QA and production
case("p33_record_released_three_ways", ["RG009"],
     "status record uses 'released' for the SAP PO workflow, the QA sample decision and the production release", [
    ("Statusoverzicht_nisplaten_4500012911.docx", docx_bytes([
        ("h1", "Statusoverzicht nisplaten / status record - PO 4500012911"),
        ("p", "Cooperatie Crematoria Rijn en Maas U.A. - supplier: Fonderia Artistica Valsesia - 15-04-2024"),
        ("table", [
            ["Stap", "Status", "Datum", "Door"],
            ["PO 4500012911", "released in SAP (release strategy level 2)", "02-04-2024", "S. Kuipers"],
            ["Sample plaques (10)", "released by QA", "09-04-2024", "J. Brouwer"],
            ["Production", "300 of 1.200 plaques released", "12-04-2024", "A. de Groot"],
            ["Balance", "900 plaques on hold until next written release by A. de Groot", "-", "-"],
        ]),
        ("p", "Valsesia may produce 300 plaques now. The remaining 900 are not released and wait for the next "
              "written release signed by Annelies de Groot. Material authority: for the 300 only."),
        ("sp",),
        ("p", "M. van der Veen, inkoper"),
    ], author="M. van der Veen")),
])

# p34 buyer portal message: 'approved' for samples, PO revision and production
case("p34_portal_message_approved_three_ways", ["RG009"],
     "portal message: samples approved (technical), PO revision approved (commercial), 'approved for production of 2,000'", [
    ("APF_supplier_portal_messages_71-2231.html", html_page("Ashworth Pennine - Supplier Portal - Messages PO 71-2231", """
<div style="background:#1f3a2e;color:#fff;padding:6px">Ashworth Pennine Funeral Group &middot; Supplier Portal</div>
<h2>Messages &middot; PO 71-2231 &middot; Okucia Wi&#347;niewski</h2>
<table>
<tr><th>From</th><th>Date</th><th>Message</th></tr>
<tr><td>Gareth Pryce</td><td>16/05/2024 14:22</td><td>Hi Tomasz, good news all round. The samples are approved (Dan signed the fit check
yesterday), the PO revision is approved by finance, and you are approved for production of 2,000 sets.
The remaining 2,800 sets are not released - next written release from Helen Whitcombe after the 2,000
have been delivered and checked. Material for the 2,000 only please.</td></tr>
<tr><td>Tomasz Wi&#347;niewski</td><td>16/05/2024 15:05</td><td>Thank you Mr Gareth, we plan the 2,000 sets for week 23-25.</td></tr>
</table>
<p style="font-size:11px;color:#777">Portal APF-SP 2.3 &middot; printed 17/05/2024</p>
""")),
])

# p35 release notice: 'release' for drawing and production; 1,500 in text vs 1,200 in table
case("p35_release_notice_two_qty_two_meanings", ["RG009", "RG011"],
     "release notice: 'released' for the drawing and for production; text releases 1,500 pcs, table says 1,200", [
    ("RN-24-012.pdf", pdf([
        ("h1", "Buckeye Casket Supply Co. - RELEASE NOTICE RN-24-012"),
        ("p", "To: Quanzhou Jinhui Memorial Products Co., Ltd. - Lily Chen.  Date: 05/20/2024.  PO 7790-0441 rev 1."),
        ("p", "Drawing BCS-HNG-180 Rev D is released for production (ECN 24-031: stop angle 95 deg, zinc 8 um)."),
        ("p", "Production release: one thousand five hundred (1,500) pcs HNG-180-95 against PO 7790-0441 rev 1, "
              "following Doug Ferris's sample sign-off of 05/14/2024."),
        ("table", [
            ["Item", "Released qty", "Ship", "Remaining on hold"],
            ["HNG-180-95", "1,200 pcs", "06/28/2024 FOB Xiamen", "6,500 pcs"],
        ]),
        ("sp",),
        ("p", "The remaining 6,500 pcs are not released; they wait for the next written release by Tammy Reinholt. "
              "Material authority: for the released quantity only."),
        ("sp",),
        ("p", "Tammy Reinholt, VP Operations"),
    ], pagesize=LETTER, title="RN-24-012", author="Tammy Reinholt")),
])

# p36 plain mail: PO approved, deposit approved and wired, so 'you're approved to start production'
case("p36_mail_approved_deposit_start", ["RG009", "RG012"],
     "'PO approved by finance, deposit approved and wired, so you're approved to start production of the 120'", [
    ("mail_PO_7790-0450_church_trucks.txt", """\
From: Randy Kowalczyk <rkowalczyk@buckeyecasket.com>
Sent: Tuesday, May 14, 2024 9:18 AM
To: Nguyen Thi Thu Ha <thuha.sales@phuocthanh-mech.vn>
Cc: Tran Van Duc <duc.tv@phuocthanh-mech.vn>
Subject: PO 7790-0450 - church trucks CT-1500

Thu Ha,

Good news. PO 7790-0450 (120 church trucks CT-1500 Rev C, full order) has been approved by our
finance, and the 30% deposit is approved and was wired this morning. So you're approved to start
production of the 120.

Ship in two containers, 60 + 60, first one by end of July please.

Thanks,
Randy

Randy Kowalczyk | Purchasing Manager | Buckeye Casket Supply Co. | +1 937 555 0148
"""),
])

# p37 buyer portal release record with no quantity
case("p37_portal_release_no_qty", ["RG010"],
     "release record: status RELEASED, quantity field 'per schedule' with no schedule; hold, event and authority present", [
    ("BCS_release_REL-24-022.html", html_page("Buckeye Casket Supply - Supplier Portal - Release REL-24-022", """
<div style="background:#23395d;color:#fff;padding:6px">Buckeye Casket Supply Co. &middot; Supplier Portal</div>
<h2>Release REL-24-022</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Supplier</td><td>Phuoc Thanh Mechanical Co., Ltd.</td></tr>
<tr><td>Order</td><td>GLD-500 grave lowering device &middot; PO 7790-0436 rev 1</td></tr>
<tr><td>Sample sign-off</td><td>SD-24-023, Doug Ferris, 05/21/2024</td></tr>
<tr><td>Released quantity</td><td>per schedule</td></tr>
<tr><td>Status</td><td><b>RELEASED</b></td></tr>
<tr><td>Authorized by</td><td>Tammy Reinholt, VP Operations</td></tr>
<tr><td>Remaining balance</td><td>on hold &ndash; next written release by Tammy Reinholt</td></tr>
</table>
<p>Material authority: for the released quantity only.</p>
<p style="font-size:11px;color:#777">Created 05/22/2024 08:41 by treinholt</p>
""")),
])

# p38 buyer notice: releases 'first batch' of plaques with no quantity
case("p38_notice_first_batch_no_qty", ["RG010"],
     "supplier notice releases 'the first batch' of Phase 3 plaques without a quantity; hold, event and signer present", [
    ("LMG_supplier_notice_2024-05-27.html", html_page("Lumen Memorial Gardens - Supplier Notice", """
<h2>LUMEN MEMORIAL GARDENS, INC. &middot; Supplier Notice</h2>
<p>To: Fonderia Artistica Valsesia S.r.l. &ndash; Ms. Chiara Bellotti<br>
Re: PO LMG-24-0092 rev 1 &ndash; bronze niche plaques, Phase 3 Columbarium (St. Michael wing)<br>
Date: 27 May 2024</p>
<p>Further to Engr. Ramon dela Cruz's sign-off of the four (4) sample plaques on 20 May 2024, we are pleased
to release production of the first batch of niche plaques for the Phase 3 Columbarium, names per the
attached engraving list.</p>
<p>The balance of the plaques remains on hold until the next written release by the undersigned.</p>
<p>Respectfully,<br><b>Atty. Carmelita Santos</b><br>VP Administration</p>
""")),
])

# p39 Teams: 'start production for the first batch now, the rest stays on hold' - no qty, no event, no person
case("p39_teams_first_batch_rest_hold", ["RG004", "RG005", "RG010"],
     "buyer: 'you can start production for the first batch now, the rest stays on hold' - no quantity, no unlock event, no person", [
    ("Teams_chat_RM_PhuocThanh.txt", """\
Microsoft Teams - chat export
Chat: Rijn en Maas / Phuoc Thanh - rijdende baren PT-CT-1500
Exported: 21-05-2024 16:40 (UTC+02:00)

Nguyen Thi Thu Ha  21-05-2024 10:05
Dear Ms Marieke, did Mr Joost finish checking the 2 sample trolleys? We are waiting your feedback.

Marieke van der Veen  21-05-2024 14:12
Hi Thu Ha, yes, the samples are fine, only the brake lever a bit stiff, Joost sends photos.
You can start production for the first batch of trolleys now, the rest stays on hold.

Nguyen Thi Thu Ha  21-05-2024 14:20
Thank you Ms Marieke! We start this week.
"""),
])

# p40 forwarded wire confirmation: 'so production can start' with no quantity
_wire = mail("AP Buckeye <ap@buckeyecasket.com>", RANDY, "Wire confirmation - Phuoc Thanh - PO 7790-0436",
             "Mon, 13 May 2024 10:02:00 -0400", """Randy,

Outgoing wire released today:

  Beneficiary : PHUOC THANH MECHANICAL CO., LTD.
  Bank        : Vietcombank Binh Duong, SWIFT BFTVVNVX
  Amount      : USD 14,580.00
  Reference   : PO 7790-0436 deposit 30%
  Fed ref     : 20240513MMQFMP9W001184

Linda Hoskins
Accounts Payable, Buckeye Casket Supply Co.
""", msgid="<h201-ap-wire-0513@buckeyecasket.com>")
_t = """Thu Ha,

See below - the deposit went out today, so production can start on the lowering devices.

Randy
""" + sig("Randy Kowalczyk", "Purchasing Manager", BCS, "+1 937 555 0148")
case("p40_fwd_wire_production_can_start", ["RG010", "RG012"],
     "buyer forwards the wire confirmation: 'the deposit went out today, so production can start' - payment as release, no quantity", [
    ("Fwd_7790-0436.eml", eml_bytes(mail(RANDY, THUHA, "Fwd: Wire confirmation - Phuoc Thanh - PO 7790-0436",
                                                           "Mon, 13 May 2024 11:15:00 -0400", _t,
                                                           attachments=[("rfc822", _wire)]))),
])

# p41 Word PO: 'twelve (12) sample urns' in the text, 15 in the table
case("p41_docx_po_12_vs_15", ["RG011"],
     "one PO states twelve (12) sample urns in the text and 15 in the order table; scope otherwise complete", [
    ("PO_LMG-24-0105.docx", docx_bytes([
        ("h1", "LUMEN MEMORIAL GARDENS, INC. - PURCHASE ORDER"),
        ("p", "PO No. LMG-24-0105          Date: 29 April 2024"),
        ("p", "To: Shri Ganesh Metal Crafts Pvt. Ltd., Moradabad, India - Attn: Mr. Rajesh Agarwal"),
        ("p", "We are ordering twelve (12) sample urns of your model SG-URN-200 (brass, 200 cu in, antique "
              "finish, engraved floral band) for evaluation at our Dasmarinas and Calamba parks."),
        ("table", [
            ["Item", "Description", "Qty", "Unit Price USD", "Amount USD"],
            ["1", "SG-URN-200 brass cremation urn - SAMPLE", "15", "38.00", "570.00"],
        ]),
        ("sp",),
        ("p", "The 500 urns in your quotation SGMC/Q/24-25/011 are not released and remain on hold. They will be "
              "released only by a written release from Atty. Carmelita Santos, VP Administration, after "
              "Engr. Ramon dela Cruz has signed off the samples. Material: for the samples only."),
        ("sp",),
        ("p", "Prepared by: Tess Villanueva, Purchasing Supervisor"),
    ], author="Tess Villanueva")),
])

# p42 Word PO + supplier proforma that quotes a different PO number
case("p42_po_and_proforma_po_number_mismatch", ["RG011"],
     "PO 71-2290 for 10 sample urns vs the supplier's proforma for the same order citing PO 71-2209", [
    ("PO_71-2290.docx", docx_bytes([
        ("h1", "Ashworth Pennine Funeral Group plc - Purchase Order 71-2290"),
        ("p", "Date: 8 April 2024.  Supplier: Shri Ganesh Metal Crafts Pvt. Ltd., Civil Lines, Moradabad 244001, India"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit USD", "Total USD"],
            ["1", "APF-URN-200", "Classic urn 200 cu in, antique brass, felt base - sample", "10", "41.00", "410.00"],
        ]),
        ("sp",),
        ("p", "PO 71-2290 covers ten (10) sample urns only. The remaining 2,990 urns on quote "
              "SGMC/Q/23-24/412 are not released. They will be released only by a written release from "
              "Helen Whitcombe, Head of Supplies, after Dan Holroyd has signed off the samples. Material: "
              "brass for the 10 samples only."),
        ("sp",),
        ("p", "Gareth Pryce, Procurement Manager"),
    ], author="Gareth Pryce")),
    ("PI_SGMC-24-25-0012.pdf", pdf([
        ("h1", "SHRI GANESH METAL CRAFTS PVT. LTD."),
        ("p", "Civil Lines, Moradabad 244001 (U.P.) India - GSTIN 09AAKCS4417M1Z2"),
        ("h", "PROFORMA INVOICE No. SGMC/PI/24-25/0012   Date: 10.04.2024"),
        ("p", "Buyer: Ashworth Pennine Funeral Group plc, Halifax, U.K.   Buyer's PO No.: 71-2209 dt. 08.04.2024"),
        ("table", [
            ["S.No.", "Description", "HS Code", "Qty", "Rate USD", "Amount USD"],
            ["1", "Classic urn 200 cu in, antique brass, felt base - sample", "8306.29", "10 pcs", "41.00", "410.00"],
            ["2", "Die for urn lid (one time)", "8207.30", "1 set", "220.00", "220.00"],
            ["", "TOTAL", "", "", "", "630.00"],
        ]),
        ("sp",),
        ("p", "Payment: 100% advance by T/T before dispatch. Delivery: samples by DHL, ETD 25.04.2024."),
        ("p", "For Shri Ganesh Metal Crafts Pvt. Ltd. - Authorised Signatory"),
    ], title="PI 0012", author="Shri Ganesh Metal Crafts")),
])

# p43 mail says 10 sample plaques, attached PO PDF says 12; nothing on balance
_po = pdf([
    ("h1", "Cooperatie Crematoria Rijn en Maas U.A."),
    ("h", "INKOOPORDER / PURCHASE ORDER 4500012988     Datum: 06.05.2024"),
    ("p", "Leverancier: Fonderia Artistica Valsesia S.r.l., Borgosesia (VC), Italia"),
    ("table", [
        ["Pos", "Materiaal", "Omschrijving", "Hoev.", "Eh", "Prijs", "Waarde"],
        ["00010", "50-NP-300", "Bronzen nisplaat 300 x 200 mm, dis. FAV-NP-300 Rev 7 - monster", "12", "ST",
         "64,50 EUR", "774,00 EUR"],
    ]),
    ("sp",),
    ("p", "Leverdatum: 14.06.2024. Vermeld ons ordernummer op pakbon en factuur."),
], title="PO 4500012988", author="Rijn en Maas Inkoop")
_t = """Dear Chiara,

Attached our PO 4500012988 for ten (10) sample niche plaques 300 x 200 mm for the new
columbarium wall in Venlo. Names and dates per the Excel list I sent on Friday.

Please confirm delivery date.

Met vriendelijke groet,
Marieke van der Veen
Inkoper, Cooperatie Crematoria Rijn en Maas U.A.
"""
case("p43_mail_10_pdf_12", ["RG003", "RG004", "RG005", "RG011"],
     "cover mail says ten (10) sample plaques, the attached PO says 12; nothing on the balance, no event, no person", [
    ("PO_4500012988_Venlo.eml", eml_bytes(mail(MARIEKE, CHIARA, "PO 4500012988 - nisplaten Venlo",
                                               "Mon, 06 May 2024 15:31:00 +0200", _t,
                                               attachments=[("PO_4500012988.pdf", _po, PDF_MT)]))),
])

# p44 supplier reply: thanks for 'release of 24' (buyer released 20), bought castors for all 34
_orig = """Dear Ms. Thu Ha,

Release LMG-REL-24-03: we release twenty (20) chapel trolleys CT-1500 under PO LMG-24-0087 rev 1.
The remaining 14 are on hold until the next written release by the undersigned.
Material: for the 20 released trolleys only.

Atty. Carmelita Santos
VP Administration, Lumen Memorial Gardens, Inc.
"""
_t = """Dear Atty. Santos,

Thank you very much for release of 24 trolleys. We already cut and weld the frame for 24 pcs
and we buy castors for all 34 pcs to save the shipping cost from Taiwan.

Delivery of 24 pcs can be end of July.

Best regards,
Nguyen Thi Thu Ha (Ms.)
Sales Executive - Phuoc Thanh Mechanical Co., Ltd.

-----Original Message-----
From: Atty. Carmelita Santos <csantos@lumengardens.com.ph>
Sent: Thursday, June 6, 2024 10:40 AM
Subject: Release LMG-REL-24-03

""" + q(_orig) + "\n"
case("p44_supplier_reads_24_buys_34", ["RG006", "RG011"],
     "buyer released 20 trolleys; supplier replies about a release of 24, frames for 24 and castors for all 34", [
    ("RE_Release_LMG-REL-24-03.eml", eml_bytes(mail(THUHA, SANTOS, "RE: Release LMG-REL-24-03",
                                                    "Fri, 07 Jun 2024 08:55:00 +0700", _t,
                                                    cc=TESS, in_reply_to="<h201-lmg-rel03@lumengardens.com.ph>"))),
])

# p45 supplier: 'with the acceptance of the PO we start production of the 4 800'
_acc = html_page("Order acceptance ZS-24-0419", """
<h2>OKUCIA WISNIEWSKI &middot; Akceptacja zam&oacute;wienia / Order acceptance</h2>
<table>
<tr><th>Customer PO</th><th>Item</th><th>Qty</th><th>Accepted</th></tr>
<tr><td>71-2231</td><td>OW-CH-2436 r.3 sample sets</td><td>24</td><td>yes &ndash; 16.04.2024, T. Wi&#347;niewski</td></tr>
</table>
""")
_orig = """Tomasz,

PO 71-2231 is for 24 sample sets only. The 4 800 production sets are on hold until Dan Holroyd
signs off the samples and Helen Whitcombe issues a written release.

Gareth
"""
_t = """Dear Mr Gareth,

we signed and returned the order acceptance today (attached). With the acceptance of the PO
we start the production of the 4 800 sets in week 21 as planned, so the samples and the
series go out together.

Z powazaniem / Best regards
Tomasz Wisniewski
Sales Director, Okucia Wisniewski Sp. z o.o., Kalisz
tel. +48 62 555 31 00

Ta wiadomosc jest poufna. / This message is confidential.

W dniu 11.04.2024 o 10:02, Gareth Pryce pisze:
""" + q(_orig) + "\n"
case("p45_po_acceptance_starts_4800", ["RG012"],
     "supplier treats its PO acceptance as the start of production of the 4 800 sets the quoted buyer scope holds", [
    ("Re_PO_71-2231.eml", eml_bytes(mail(TOMASZ, GARETH, "Re: PO 71-2231 - order acceptance",
                                                    "Tue, 16 Apr 2024 14:48:00 +0200", _t,
                                                    in_reply_to="<h201-ap-0411@ashworthpennine.co.uk>",
                                                    attachments=[("akceptacja_ZS-24-0419.html", _acc, "text/html")]))),
])


# =================================================================== WRITE
def _slug(stem):
    return re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("_")


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(201201).shuffle(order)
    labels = {}
    for i, c in enumerate(order, start=1):
        first = c["files"][0][0]
        folder = f"h201_{i:02d}_{_slug(Path(first).stem)}"
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
