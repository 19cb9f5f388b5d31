#!/usr/bin/env python3
"""Generator for the releasegate check_holdout222 corpus.

Domain: playground and park equipment (slide sections, swing hangers, rope-net clamps, panel
connectors, safety-surface edge profiles, bench brackets).

Run with a throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout222/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode, DOCX zip
timestamps, seeded shuffle).
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
    m["Message-ID"] = msgid or f"<h222-{_MSGN[0]:04d}@{dom}>"
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
        # h222: only real multipart containers get a boundary (not message/rfc822 wrappers)
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h222")
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


# ----------------------------------------------------------------- extra helpers (h222)
from email.utils import format_datetime  # noqa: E402


def dt(y, mo, d, h, mi, tzh=0):
    """RFC 5322 date with a correct weekday, fixed offset."""
    tz = _dt.timezone(_dt.timedelta(hours=tzh))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, 0, tzinfo=tz))


def quote(text, mark="> "):
    return "\n".join((mark + ln) if ln else mark.rstrip() for ln in text.strip("\n").split("\n"))


def to_html(text):
    """Very plain HTML alternative of a text body (paragraphs, line breaks, quoted blocks)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if lines and all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln[1:].lstrip()) for ln in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #999;padding-left:6px\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def T(s):
    """Text block written at column 0 inside build.py; drop the first newline."""
    return s[1:] if s.startswith("\n") else s


# ---- parties (all fictional)
# Buyers
DK = "Hvidmose Kommune, Teknik og Miljø – Park og Natur"
IE = "Carrigmore County Council, Parks & Amenities"
SG = "Bukit Lentor Town Council"
TX = "City of Pecan Bluff, Parks & Recreation Department"
# Suppliers
LV = "SIA Daugavkrasts Metāls"
PL = "Plac-Stal Sp. z o.o."
NB = "Ningbo Haiyue Play Equipment Co., Ltd."
VN = "Saigon Greenplay Co., Ltd."
NL = "Van Houten Speeltoestellen B.V."

METTE = "Mette Kjærgaard <mkj@hvidmose-kommune.dk>"
SOREN = "Søren Vestergaard <sve@hvidmose-kommune.dk>"
ANNE = "Anne Dalsgaard <ada@hvidmose-kommune.dk>"
SIOBHAN = "Siobhán Ní Bhriain <sinibhriain@carrigmorecoco.ie>"
DECLAN = "Declan Furlong <dfurlong@carrigmorecoco.ie>"
AOIFE = "Aoife Brennan <abrennan@carrigmorecoco.ie>"
WEILING = "Tan Wei Ling <weiling.tan@bltc.org.sg>"
FAIZAL = "Mohd Faizal bin Rahman <faizal.rahman@bltc.org.sg>"
KOH = "Koh Siew Ping <siewping.koh@bltc.org.sg>"
DALE = "Dale Hutchins <dhutchins@pecanblufftx.gov>"
RAMONA = "Ramona Castillo <rcastillo@pecanblufftx.gov>"
TRAVIS = "Travis Lindqvist <tlindqvist@pecanblufftx.gov>"
JANIS = "Jānis Ozols <janis.ozols@daugavkrasts.lv>"
ILZE = "Ilze Bērziņa <ilze.berzina@daugavkrasts.lv>"
KRZYSZTOF = "Krzysztof Wiśniewski <k.wisniewski@plac-stal.pl>"
AGNIESZKA = "Agnieszka Kowalczyk <a.kowalczyk@plac-stal.pl>"
CHERRY = "Cherry Zhou <cherry.zhou@haiyueplay.com.cn>"
THUHA = "Nguyen Thi Thu Ha <thuha.nguyen@sgreenplay.vn>"
FEMKE = "Femke de Vries <f.devries@vanhouten-speel.nl>"
RUUD = "Ruud Bakker <r.bakker@vanhouten-speel.nl>"


def eml(m):
    return eml_bytes(m)


# =================================================================== CLEAN
# c01 supplier quote with tiers (Ningbo -> Carrigmore), plain mail saved as text. No authorization.
case("c01", [], "supplier quote with sample / 2.000 / 5.000 tiers and deposit terms; a quote alone authorizes nothing", [
    ("HY-Q240312.txt", T("""
From: Cherry Zhou <cherry.zhou@haiyueplay.com.cn>
Sent: Tuesday, 12 March 2024 10:41
To: Siobhán Ní Bhriain <sinibhriain@carrigmorecoco.ie>
Subject: Quotation HY-Q240312 / cross clamp for 16mm rope net

Dear Siobhan,

Good day! Thanks for your inquiry of 5 March. Pls find our best offer as below:

Item: RNC-16 cross clamp, aluminium alloy ADC12, for 16mm PES steel-core rope,
      with M8x30 A4-70 bolt and nyloc nut
Drawing: CCC-PK-0416 Rev 3 (your drawing)
Surface: natural, shot blast, no coating

Qty tier          Unit price    Lead time
20 pcs sample     EUR 6,80      15 days after drawing confirm
2.000 pcs         EUR 2,15      35 days
5.000 pcs         EUR 1,92      40 days

Mould cost: EUR 1.450 one time, we refund when accumulated order reach 20.000 pcs.
Payment: 30% T/T deposit with order, 70% before shipment.
Packing: 100 pcs/carton, 12 kgs/carton, 40 cartons/pallet.
Validity: 60 days.
Test: salt spray 480 h as ISO 9227 NSS, slip load test 2 kN as EN 1176-1:2017 4.2.8,
report can provide with samples.

This is quotation only, the quantity tiers is for your reference to compare price.
Any question pls feel free contact me.

Best regards
Cherry Zhou
Sales Manager
Ningbo Haiyue Play Equipment Co., Ltd.
No. 88 Xinggang Road, Beilun District, Ningbo, Zhejiang 315800
Tel/WeChat: +86 574 8690 0000
""")),
])


# c02 buyer RFQ with three quantity scenarios (Pecan Bluff), PDF with table. Not an order.
case("c02", [], "buyer RFQ with 250 / 500 / 1,000 scenarios, states it is not an order and authorizes nothing", [
    ("RFQ-24-0117.pdf", pdf([
        ("h1", "City of Pecan Bluff - Request for Quotation"),
        ("p", "Purchasing Division, 400 W. Travis St., Pecan Bluff, TX 76000"),
        ("p", "RFQ No. 24-0117    Issue date: March 18, 2024    Responses due: April 5, 2024, 2:00 PM CT"),
        ("p", "Buyer: Dale Hutchins, Buyer II, dhutchins@pecanblufftx.gov, (254) 555-0143"),
        ("h", "Item"),
        ("p", "BB-450 bench bracket, cast ductile iron, hot-dip galvanized per ASTM A123, "
              "two 5/8-11 UNC tapped holes, for 2x6 recycled-plastic slats. Drawing PB-PR-450 Rev B. "
              "Bracket must suit benches installed next to play areas per ASTM F1487-21 use zones."),
        ("h", "Quantity scenarios - please price each"),
        ("table", [
            ["Scenario", "Quantity (each)", "Unit price USD", "Lead time (days ARO)"],
            ["A - pilot parks (4)", "250", "", ""],
            ["B - FY25 program", "500", "", ""],
            ["C - FY25-26 program", "1,000", "", ""],
            ["Samples for evaluation", "4", "", ""],
        ]),
        ("sp",),
        ("h", "Please note"),
        ("p", "This RFQ is a request for pricing only. It is not a purchase order and does not authorize "
              "samples, material purchases or production. The scenarios are for price comparison; the City "
              "has not decided on a quantity. Any award will be made by a separate purchase order after "
              "City Council action."),
        ("p", "Quote FOB destination Pecan Bluff Parks Yard, 1200 Mill Creek Rd. Include freight, "
              "galvanizing certificate and country of origin. Questions in writing to the buyer only."),
    ], pagesize=LETTER, title="RFQ 24-0117", author="Dale Hutchins")),
])


# c03 supplier question with the buyer's complete scope quoted (Plac-Stal -> Hvidmose). Quoted thread.
_c03_buyer = T("""
Fra/From: Mette Kjærgaard
Sendt/Sent: 8. april 2024 13:05
Til/To: Krzysztof Wiśniewski
Emne/Subject: PO 4500021734 – panel connectors PC-19-90

Hej Krzysztof,

PO 4500021734 is sent via our portal today. Scope:

- PO 4500021734 covers 40 (forty) sample connectors PC-19-90 only.
- The balance of 1.160 pcs from your quote Q-PS-2291 is not released.
- It will be released only after sample sign-off by Søren Vestergaard (Park og Natur) and a written
  release signed by Anne Dalsgaard, Afdelingschef.
- Material: please buy for the 40 samples only.

Mvh / Best regards
Mette Kjærgaard
Indkøbskonsulent, Hvidmose Kommune
""")
_c03_text = T("""
Dear Mette,

Samples 40 pcs PC-19-90 were shipped yesterday 02.05 with DSV, CMR 24-PL-08812, you should
have them Monday. Measurement report and 3.1 certificate for the HDPE is in the box.

Can you please tell me when we can expect a go-ahead for the balance 1.160 pcs? Our extrusion
line is free in week 23, so it would help us to know soon. Of course we do not start anything
for the balance before your written release.

Best regards / Z poważaniem
""") + sig("Krzysztof Wiśniewski", "Export Sales Manager", PL + ", ul. Przemysłowa 14, 85-758 Bydgoszcz",
          "+48 52 555 01 12") + "\n" + quote(_c03_buyer) + "\n"
case("c03", [], "supplier asks for the go-ahead on the balance; the quoted buyer scope states 40 active, 1.160 not released, sign-off + named release", [
    ("RE_PO_4500021734.eml", eml(mail(
        KRZYSZTOF, METTE, "RE: PO 4500021734 – panel connectors PC-19-90", dt(2024, 5, 3, 11, 20, 2),
        _c03_text, in_reply_to="<h222-buyer-0408@hvidmose-kommune.dk>"))),
])


# c04 labelled forecast, ERP printout (Hvidmose -> Van Houten)
case("c04", [], "ERP printout headed forecast / not an order, says no production or material on this basis", [
    ("opus_print_240419.txt", T("""
HVIDMOSE KOMMUNE                         KMD OPUS Indkøb            Udskrevet: 19.04.2024 14:02
Teknik og Miljø – Park og Natur                                      Bruger: MKJ
=============================================================================================
         PROGNOSE / FORECAST  –  IKKE EN ORDRE / NOT A PURCHASE ORDER
=============================================================================================
Leverandør / Supplier : 70018831  Van Houten Speeltoestellen B.V., Apeldoorn NL
Varenr. / Item        : 20-1177-080  Kantprofil EP-80-1000, gummi, 80 mm, længde 1 m
                        (edge profile for EPDM/SBR faldunderlag, EN 1177:2018, HIC 1,5 m)
Rammeaftale           : RA-2023-14

Periode        Antal (m)   Status
2025 Q1          600       PROGNOSE
2025 Q2        1.200       PROGNOSE
2025 Q3        1.200       PROGNOSE
2025 Q4          400       PROGNOSE
---------------------------------------
I alt / total  3.400       PROGNOSE

Bemærkning / note:
Prognosen er kun til kapacitetsplanlægning. This forecast is for capacity planning only.
No production and no purchase of material on the basis of this forecast. Quantities are
not ordered and not released. Orders come as separate PO or call-off from Hvidmose Kommune.

Kontakt: Mette Kjærgaard, indkøbskonsulent, tlf. +45 96 55 00 00
---------------------------------------------------------------------------------------------
Side 1 af 1
""")),
])


# c05 sample sign-off record, approved for fit check only (Carrigmore, slide sections from Ningbo)
case("c05", [], "sample sign-off 'approved for fit check only; production not released', balance 176 on hold, event + named release", [
    ("SSR-CCC-24-031.docx", docx_bytes([
        ("h1", "Carrigmore County Council – Sample Sign-off Record"),
        ("p", "Record no.: SSR-CCC-24-031          Date: 16 April 2024"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "SLD-600-1200 tube slide section, straight, 1200 mm, rotomoulded LLDPE, RAL 6018"],
            ["Drawing", "CCC-PK-0611 Rev C"],
            ["Supplier", "Ningbo Haiyue Play Equipment Co., Ltd."],
            ["PO", "4100/2024/0388 – 4 (four) sample sections"],
            ["Quote", "HY-Q240207 (4 samples; 176 production)"],
        ]),
        ("h", "Checks"),
        ("table", [
            ["Check", "Requirement", "Result"],
            ["Wall thickness", "min 8 mm", "8,6 – 9,4 mm OK"],
            ["Flange bolt holes", "M10, 12 holes, PCD 680", "OK"],
            ["Edges / finger traps", "EN 1176-1:2017 4.2.7", "OK"],
            ["Colour", "RAL 6018", "OK"],
            ["Fit at Lough Carra tower", "to be checked on site", "open"],
        ]),
        ("h", "Disposition"),
        ("p", "Approved for fit check only; production not released."),
        ("p", "The four samples may be installed at the Lough Carra playground tower for a fit check. "
              "The 176 sections in the quote are not released and stay on hold. They will be released "
              "only by a written release from Aoife Brennan, Director of Services, after the site fit "
              "check has been signed off by Declan Furlong."),
        ("p", "Supplier: buy no material beyond the four samples."),
        ("sp",),
        ("p", "Signed: Declan Furlong, Senior Executive Engineer, Parks & Amenities"),
    ], author="Declan Furlong")),
])


# c06 full-quantity portal PO that says proceed (Pecan Bluff -> Saigon Greenplay)
_c06 = T("""
<div style="background:#1d4e2c;color:#fff;padding:6px">City of Pecan Bluff &mdash; Vendor Self-Service</div>
<h2>Purchase Order 7731</h2>
<table>
<tr><th>Vendor</th><td>Saigon Greenplay Co., Ltd. (Vendor #30418)</td></tr>
<tr><th>PO date</th><td>04/22/2024</td></tr>
<tr><th>Bid ref.</th><td>Award of RFQ 24-0096, scenario B</td></tr>
<tr><th>Buyer</th><td>Dale Hutchins, Buyer II</td></tr>
<tr><th>Ship to</th><td>Pecan Bluff Parks Yard, 1200 Mill Creek Rd, Pecan Bluff TX 76000</td></tr>
<tr><th>Terms</th><td>Net 30, FOB destination</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit USD</th><th>Ext. USD</th></tr>
<tr><td>1</td><td>BB-450</td><td>Bench bracket, ductile iron, HDG per ASTM A123, 5/8-11 UNC, Dwg PB-PR-450 Rev B</td><td>300</td><td>EA</td><td>18.60</td><td>5,580.00</td></tr>
<tr><td>2</td><td>FRT</td><td>Ocean + inland freight to Parks Yard</td><td>1</td><td>LOT</td><td>1,140.00</td><td>1,140.00</td></tr>
</table>
<p><b>Total: USD 6,720.00</b></p>
<div class="note"><b>Scope:</b> This PO covers the full quantity of 300 bench brackets. There is no
balance and no further quantity to come under this bid. Samples were signed off on 03/29/2024 (FA-24-019).
Proceed with the full 300 bench brackets; deliver in one shipment by 07/15/2024.</div>
<p>Account: 100-4500-520-5210 &nbsp; Requisition R24-01733</p>
""")
case("c06", [], "full-quantity portal PO, 'proceed with the full 300'; no balance exists", [
    ("po_7731.html", html_page("PO 7731 - City of Pecan Bluff", _c06)),
])


# c07 full-quantity PO with three delivery lines (Bukit Lentor -> Ningbo), PDF table
case("c07", [], "full-quantity PO, 1,800 in three firm delivery lines totalling the order; no balance", [
    ("PO-BLTC-24-0219.pdf", pdf([
        ("h1", "BUKIT LENTOR TOWN COUNCIL"),
        ("p", "Blk 418 Lentor Avenue 3 #01-100, Singapore 789418    GST Reg. No. T08TC0000A"),
        ("h", "PURCHASE ORDER  BLTC-PO-24-0219"),
        ("p", "Date: 02 April 2024    Contract: BLTC/TC/2024/017 Supply of Playground Spare Parts"),
        ("p", "Vendor: Ningbo Haiyue Play Equipment Co., Ltd., No. 88 Xinggang Road, Beilun, Ningbo, China"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Delivery", "Unit S$", "Amount S$"],
            ["1", "PC-19-90", "Panel connector HDPE 19 mm 90 deg, M8 x 25 SS bolts", "600", "10 Jun 2024", "3.20", "1,920.00"],
            ["2", "PC-19-90", "Panel connector HDPE 19 mm 90 deg, M8 x 25 SS bolts", "600", "12 Aug 2024", "3.20", "1,920.00"],
            ["3", "PC-19-90", "Panel connector HDPE 19 mm 90 deg, M8 x 25 SS bolts", "600", "14 Oct 2024", "3.20", "1,920.00"],
            ["", "", "Total", "1,800", "", "", "5,760.00"],
        ]),
        ("sp",),
        ("p", "All three delivery lines are firm. This purchase order is for the full quantity of "
              "1,800 pcs; there is no further quantity under this contract. The supplier may produce the "
              "full 1,800 pcs and ship per the delivery dates above."),
        ("p", "Sample sign-off SO-07 (12 samples) was completed on 12 March 2024 by the Estate Manager. "
              "Conformity to SS 457 and EN 1176-1:2017 to be declared with each shipment."),
        ("p", "Payment: 30 days from invoice. Incoterms: CIF Singapore."),
        ("sp",),
        ("p", "Issued by: Tan Wei Ling, Procurement Executive"),
    ], title="BLTC-PO-24-0219", author="Tan Wei Ling")),
])


# c08 EDI call-off with explicit staged material authority above the released quantity (Hvidmose -> Van Houten)
case("c08", [], "call-off releases 200 m; explicit staged material authority 600 m; forecast lines labelled not released; next call-off signed by named buyer", [
    ("DELFOR_HVK-DF-0412.txt", T("""
EDIFACT DELFOR D.96A  -  human readable print (Van Houten EDI inbox)
---------------------------------------------------------------------------
Message ref.     : HVK-DF-0412          Document date : 2024-04-12
Buyer            : Hvidmose Kommune, Park og Natur   GLN 5798000000004
Supplier         : Van Houten Speeltoestellen B.V.   GLN 8712345000002
Ship-to          : Materielgården, Industrivej 7, 7990 Hvidmose
Item (buyer)     : 20-1177-080
Item (supplier)  : EP-80-1000  rubber edge profile 80 mm x 1 m
Frame agreement  : RA-2023-14
Call-off no.     : 2

SCC  Period         Qty (m)   Status
1    wk 18-19          200    FIRM - fabrication authorised
4    wk 22-23          400    FORECAST - not released
4    wk 27-28          400    FORECAST - not released
4    wk 35-36          400    FORECAST - not released

Cum. fabrication authority : 200 m
Cum. material authority    : 600 m (staged)
Cum. received to date      : 0 m

FTX AAI: Fabrication released for 200 m only (call-off 2). Material
FTX AAI: authority staged up to 600 m: you may buy and hold compound for
FTX AAI: 600 m at our liability, but do not produce beyond 200 m.
FTX AAI: Lines with status FORECAST are not released. The next quantity
FTX AAI: is released only by the next call-off, signed by Mette
FTX AAI: Kjaergaard, indkoebskonsulent.
---------------------------------------------------------------------------
UNT segments: 38   Interchange ref.: 000412
""")),
])


# c09 explicit signed auto-conversion record (Carrigmore / Daugavkrasts, swing hangers)
case("c09", [], "explicit recorded auto-conversion: quantity 384, signer, conditions and expiry stated; otherwise balance on hold", [
    ("CCC-AC-2024-007.docx", docx_bytes([
        ("h1", "Auto-conversion agreement – PO 4100/2024/0415"),
        ("p", "Carrigmore County Council, Parks & Amenities  /  SIA Daugavkrasts Metāls, Jelgava"),
        ("p", "Record no.: CCC-AC-2024-007        Date: 24 April 2024"),
        ("table", [
            ["Item", "Detail"],
            ["Part", "SH-316-M12 swing hanger, AISI 316, sealed bearing, M12 eye bolt"],
            ["Standard", "EN 1176-2:2017 (swings), test load per 4.2.9"],
            ["Active quantity now", "16 (sixteen) sample hangers under PO 4100/2024/0415"],
            ["Quoted production quantity", "384 pcs (quote DM-Q-24-052), on hold"],
            ["Material authority", "sample-only until conversion"],
        ]),
        ("h", "1. Auto-conversion statement"),
        ("p", "If Declan Furlong, Senior Executive Engineer, records the sample sign-off disposition "
              "'approved' (not interim, not rejected) on the Council's sample sign-off form on or before "
              "30 June 2024, that sign-off releases 384 (three hundred and eighty-four) SH-316-M12 "
              "hangers by itself. No further release letter will be issued for those 384."),
        ("h", "2. Conditions"),
        ("num", "The EN 1176-2 static load test report for the samples is attached to the sign-off."),
        ("num", "Unit price EUR 24,90 per quote DM-Q-24-052 is unchanged; PO 4100/2024/0415 is revised to "
                "cover the 384 before shipment."),
        ("num", "The sign-off form quotes this record number."),
        ("h", "3. Otherwise"),
        ("p", "If the disposition is interim or rejected, or is recorded after 30 June 2024, nothing is "
              "released by the sign-off. The 384 then stay on hold until a written release from Aoife "
              "Brennan, Director of Services."),
        ("sp",),
        ("p", "Signed for the Council: Aoife Brennan, Director of Services, 24 April 2024"),
        ("p", "Acknowledged for the supplier: Jānis Ozols, Sales Manager, 25 April 2024"),
    ], author="Aoife Brennan")),
])


# c10 old quote forwarded as rfc822 and declared informational (Pecan Bluff -> Ningbo)
_c10_old = mail(
    CHERRY, "Dale Hutchins <dhutchins@pecanblufftx.gov>", "Quotation HY-Q221108 rope net clamp RNC-16",
    dt(2022, 11, 8, 15, 2, 8), T("""
Dear Dale,

Thanks for your inquiry. Our offer for RNC-16 cross clamp, ADC12 aluminium, M8 A4 bolt:

- sample 20 pcs: USD 7.10/pc
- 5,000 pcs: USD 1.86/pc, lead time 40 days
- mould: USD 1,600

Price valid 60 days. Aluminium price base LME USD 2,250/t.

Best regards
Cherry Zhou
Ningbo Haiyue Play Equipment Co., Ltd.
"""), msgid="<h222-old-221108@haiyueplay.com.cn>")
_c10_text = T("""
Hi Cherry,

Forwarding your November 2022 quote below so we can compare the aluminum surcharge you sent
last week. It is for information only. The 5,000 pcs in that old quote is not an order and
nothing in it is released.

Where we are today:
- PO 7745 covers twenty-four (24) sample clamps RNC-16 only. Please make the 24.
- The other 1,176 clamps on the bid tab are on hold and not released.
- They get released only after Ramona Castillo signs off the samples and Travis Lindqvist,
  Assistant Director, sends a written release with the quantity.
- Buy aluminum for the 24 samples only.

Could you explain the jump from USD 1.86 to USD 2.31 on the production price?

Thanks,
""") + sig("Dale Hutchins", "Buyer II, Purchasing Division", "City of Pecan Bluff, Texas",
          "(254) 555-0143")
case("c10", [], "old 2022 quote with 5,000 pcs forwarded as rfc822 and declared informational; current PO scope complete", [
    ("FW_HY-Q221108.eml", eml(mail(
        DALE, CHERRY, "FW: Quotation HY-Q221108 rope net clamp RNC-16 - for reference only",
        dt(2024, 4, 30, 10, 15, -5), _c10_text, attachments=[("rfc822", _c10_old)]))),
])


# c11 buyer reply correcting a quoted supplier "roll straight into production" (Pecan Bluff <- Saigon Greenplay)
_c11_sup = T("""
From: Nguyen Thi Thu Ha <thuha.nguyen@sgreenplay.vn>
Sent: Thursday, May 9, 2024 8:47 PM
To: Ramona Castillo <rcastillo@pecanblufftx.gov>
Cc: Dale Hutchins <dhutchins@pecanblufftx.gov>
Subject: BB-450 samples PO 7757 ship today

Dear Ms Ramona,

The 10 samples bench bracket is finish and ship today by FedEx, AWB 7781 2204 9913.
After you approve the sample we will roll straight into the 2,390 pcs so we can meet
the July install, please kindly confirm.

Best regards,
Thu Ha
""")
_c11_text = T("""
Hi Thu Ha,

Thanks for shipping so fast, we'll watch for the FedEx.

One correction to your note below: signing off the samples does NOT release the 2,390.
Please don't roll into production. After I sign off the 10 samples, Travis Lindqvist
(Assistant Director) will send you a written release with the quantity. Until then the
2,390 stays on hold, and y'all should only buy material for the 10 samples.

I know July is tight. If the samples check out we'll turn the release around quick.

Thanks,
Ramona
""") + sig("Ramona Castillo", "Park Projects Manager", "City of Pecan Bluff Parks & Recreation",
           "(254) 555-0171") + "\n" + quote(_c11_sup) + "\n"
case("c11", [], "buyer reply corrects quoted supplier auto-conversion assumption; 10 active, 2,390 on hold, named written release", [
    ("RE_BB-450_samples.eml", eml(mail(
        RAMONA, THUHA, "RE: BB-450 samples PO 7757 ship today", dt(2024, 5, 10, 8, 5, -5), _c11_text,
        cc=DALE, in_reply_to="<h222-vn-0509@sgreenplay.vn>"))),
])


# c12 WhatsApp: supplier says the deposit does not release production (Bukit Lentor <-> Saigon Greenplay)
case("c12", [], "WhatsApp: deposit paid, supplier and buyer both say it does not release production; 24 active, 576 on hold, named release", [
    ("WhatsApp_Chat_Thu_Ha.txt", T("""
[08/05/24, 09:14:22] Tan Wei Ling (BLTC): Morning Thu Ha. Our finance paid the 30% deposit yesterday for PI SGP-PI-2405-03. Pls check
[08/05/24, 09:20:05] Nguyen Thi Thu Ha: Good morning Ms Tan. Yes we received USD 1,872.00 today, thank you so much
[08/05/24, 09:21:40] Nguyen Thi Thu Ha: Just to confirm with you, deposit is not release production ya. We make only the 24 sample bench brackets under PO BLTC-PO-24-0233, the 576 pcs balance we keep on hold
[08/05/24, 09:23:11] Tan Wei Ling (BLTC): Correct. Only the 24 samples. Balance 576 stay on hold until Mr Faizal sign off the samples, then Ms Koh Siew Ping (GM) will send the written release
[08/05/24, 09:23:30] Nguyen Thi Thu Ha: Noted with thanks 🙏
[08/05/24, 09:24:02] Nguyen Thi Thu Ha: We buy the iron only for 24 pcs. Samples ready 20/5, galvanize 2 days more
[08/05/24, 09:31:47] Tan Wei Ling (BLTC): Ok good. Pls send photo before galvanize
[08/05/24, 09:32:10] Nguyen Thi Thu Ha: Sure sure 👍
""")),
])


# c13 supplier acknowledgement restating the hold (Daugavkrasts -> Carrigmore), PDF table
case("c13", [], "supplier acknowledgement: 16 samples only, 384 not released, sample-only material, waits for named written release", [
    ("OA-24-117.pdf", pdf([
        ("h1", "ORDER ACKNOWLEDGEMENT OA-24-117"),
        ("p", "SIA Daugavkrasts Metals, Rupniecibas iela 21, Jelgava, LV-3001, Latvia   VAT LV40000000000"),
        ("p", "Customer: Carrigmore County Council, Parks & Amenities, County Buildings, Carrigmore, Ireland"),
        ("p", "Your PO: 4100/2024/0452 of 11.04.2024      Our ref.: DM-Q-24-052      Date: 15.04.2024"),
        ("table", [
            ["Pos.", "Article", "Description", "Qty", "Unit price", "Status"],
            ["1", "SH-316-M12", "Swing hanger AISI 316, sealed bearing, sample", "16", "EUR 38,50", "confirmed, delivery wk 19"],
            ["-", "SH-316-M12", "Production quantity from quote (information)", "384", "EUR 24,90", "NOT RELEASED - not scheduled"],
        ]),
        ("sp",),
        ("p", "We confirm your PO as written: we manufacture 16 (sixteen) sample swing hangers only."),
        ("p", "Material is purchased for the 16 samples only (sample-only material authority)."),
        ("p", "The balance of 384 pcs is not released. We will not plan or produce it before we receive "
              "the written release from Ms Aoife Brennan, Director of Services, after sample sign-off by "
              "Mr Declan Furlong."),
        ("p", "Certificates: EN 10204 3.1 for AISI 316 bar; static load test per EN 1176-2:2017 with samples. "
              "Our QMS is certified ISO 9001:2015."),
        ("sp",),
        ("p", "Janis Ozols, Sales Manager, +371 630 00000"),
    ], title="OA-24-117", author="Janis Ozols")),
])


# c14 interim sample sign-off with quantity and date limits (Hvidmose / Plac-Stal)
case("c14", [], "interim sign-off with limits: 300 released by named authority, 860 not released pending full sign-off + new written release", [
    ("SSR-2024-029.docx", docx_bytes([
        ("h1", "Hvidmose Kommune – Sample sign-off (interim)"),
        ("p", "Park og Natur · Record SSR-2024-029 · 14.05.2024"),
        ("table", [
            ["", ""],
            ["Part", "PC-19-90 panel connector HDPE 19 mm, 90°, drawing HVK-PN-0190 Rev 4"],
            ["Supplier", "Plac-Stal Sp. z o.o., Bydgoszcz"],
            ["Order", "PO 4500021760 rev. 2 (40 samples + 300 pcs)"],
            ["Samples checked", "40 pcs, delivered 06.05.2024"],
        ]),
        ("h", "Finding"),
        ("p", "Dimensions, bolt pull-out (M8, 1,2 kN) and EN 1176-1:2017 finger-trap checks OK. Colour is "
              "slightly off RAL 6018 (ΔE 2,1 against the master plate). New masterbatch ordered by supplier."),
        ("h", "Disposition: INTERIM"),
        ("li", "Quantity limit: 300 (three hundred) pcs"),
        ("li", "Expiry: 30.06.2024 – parts delivered after this date need a full sign-off"),
        ("li", "Condition: colour deviation accepted for the 300 pcs only"),
        ("h", "Production release R-01"),
        ("p", "Under this interim sign-off, Anne Dalsgaard, Afdelingschef, releases 300 connectors "
              "PC-19-90 (release R-01). Material authority: 300 pcs."),
        ("p", "The remaining 860 pcs of the quoted 1.160 are not released. They need a full sample sign-off "
              "(disposition approved, new colour) by Søren Vestergaard and a new written release from "
              "Anne Dalsgaard."),
        ("sp",),
        ("p", "Sign-off: Søren Vestergaard, parkingeniør        Release: Anne Dalsgaard, afdelingschef"),
    ], author="Søren Vestergaard")),
])


# c15 deviation permit that leaves quantities untouched (Bukit Lentor / Ningbo)
case("c15", [], "deviation permit for sample colour only; changes no quantity, releases nothing; balance 114 on hold with event + named release", [
    ("DP-BLTC-24-006.pdf", pdf([
        ("h1", "Deviation Permit DP-BLTC-24-006"),
        ("p", "Bukit Lentor Town Council - Estate Management Department    Date: 23 April 2024"),
        ("table", [
            ["Field", "Entry"],
            ["Supplier", "Ningbo Haiyue Play Equipment Co., Ltd."],
            ["PO", "BLTC-PO-24-0198"],
            ["Part", "SLD-600-1200 tube slide section, 1200 mm, rotomoulded"],
            ["Requirement", "Colour RAL 1021 (rape yellow)"],
            ["Deviation", "Samples moulded in RAL 1023 (traffic yellow)"],
            ["Applies to", "the six (6) sample sections only"],
        ]),
        ("sp",),
        ("p", "The colour deviation is accepted for the six sample sections so that the fit and "
              "UV trial at Blk 412 playground can go on. Production parts must be RAL 1021."),
        ("p", "This permit does not change any quantity and releases nothing. The balance of 114 slide "
              "sections stays on hold as per PO BLTC-PO-24-0198. It is released only by a written release "
              "from Ms Koh Siew Ping, General Manager, after sample sign-off by Mohd Faizal, Estate Manager."),
        ("sp",),
        ("p", "Signed: Mohd Faizal bin Rahman, Estate Manager      Supplier: Cherry Zhou, Sales Manager"),
    ], title="DP-BLTC-24-006", author="Mohd Faizal")),
])


# c16 Teams chat: go-ahead scoped to the 12 samples only (Bukit Lentor -> Daugavkrasts)
case("c16", [], "Teams: 'go ahead with the 12 sample swing hangers only', 588 not released, sign-off + named written release", [
    ("Teams_export_2024-05-14.txt", T("""
Microsoft Teams - chat export
Chat: BLTC / Daugavkrasts - swing hangers SH-316-M12
Exported: 14/05/2024 17:40 (UTC+08:00)

Tan Wei Ling  14/05/2024 10:02
Hi Janis, PO BLTC-PO-24-0251 issued this morning. Go ahead with the 12 sample swing hangers only.

Tan Wei Ling  14/05/2024 10:03
The other 588 in your quote are not released. Need Faizal's sample sign-off first, then Ms Koh Siew Ping will send the written release.

Jānis Ozols  14/05/2024 10:15
Thank you Wei Ling. Understood - a dozen samples only, steel for 12 pcs. 588 on hold, we do not plan them.

Jānis Ozols  14/05/2024 10:16
Samples ready week 22, we send DHL with the EN 1176-2 load test report.

Tan Wei Ling  14/05/2024 10:20
👍 thanks
""")),
])


# c17 full release of the balance, multipart/alternative (Hvidmose -> Plac-Stal)
_c17_text = T("""
Hej Krzysztof,

Hermed skriftlig frigivelse / herewith the written production release:

Production release no.: R-02
Order: PO 4500021734 rev. 3 (revised PO, now covering 1.200 pcs in total)
Part: PC-19-90 panel connector HDPE 19 mm, 90°
Quantity released: 1.160 (one thousand one hundred and sixty) pcs
Unlock event: sample sign-off SSR-2024-031 by Søren Vestergaard on 21.05.2024, disposition approved
Authorised by: Anne Dalsgaard, Afdelingschef, Park og Natur
Material authority: 1.160 pcs

Together with the 40 samples this is the full quoted quantity. Nothing is on hold any more.
Delivery as agreed: 580 pcs week 26, 580 pcs week 30.

Venlig hilsen / Kind regards
""") + sig("Anne Dalsgaard", "Afdelingschef, Park og Natur", DK + ", Rådhustorvet 1, 7990 Hvidmose",
          "+45 96 55 00 10")
case("c17", [], "written release of the full balance: quantity, unlock event, named authority, material authority; nothing left on hold", [
    ("R-02_PO_4500021734.eml", eml(mail(
        ANNE, KRZYSZTOF, "Frigivelse / production release R-02 – PO 4500021734", dt(2024, 5, 22, 9, 40, 2),
        _c17_text, html=to_html(_c17_text), cc=METTE))),
])


# c18 supplier portal order status page (Van Houten), hold shown
_c18 = T("""
<h2>Van Houten Speeltoestellen B.V. &ndash; klantportaal / customer portal</h2>
<p>Ingelogd als: Hvidmose Kommune (klantnr. 40217) &middot; taal: EN</p>
<h3>Order VH-24-0318 &nbsp;|&nbsp; your PO 4500021802</h3>
<table>
<tr><th>Regel</th><th>Artikel</th><th>Omschrijving</th><th>Aantal</th><th>Status</th></tr>
<tr><td>10</td><td>EP-80-1000</td><td>Randprofiel rubber 80 mm, monsters / samples</td><td>30 m</td><td>Released &ndash; in production, ready wk 19</td></tr>
<tr><td>20</td><td>EP-80-1000</td><td>Randprofiel rubber 80 mm, serie / series</td><td>970 m</td><td><b>ON HOLD</b> &ndash; not released</td></tr>
</table>
<div class="note">
<p><b>Line 20 on hold:</b> waiting for the written release by Anne Dalsgaard (Hvidmose Kommune) after
sample sign-off by Søren Vestergaard. We do not plan or produce line 20 before that.</p>
<p><b>Material authority:</b> sample-only (compound for 30 m).</p>
</div>
<p>Certificates: EN 1177:2018 HIC test report 24-117, ISO 9001:2015 cert. NL-QMS-0812.</p>
<p style="color:#777">Laatst bijgewerkt 24-04-2024 16:12 &middot; R. Bakker, werkvoorbereiding</p>
""")
case("c18", [], "supplier portal status page: 30 m released, 970 m on hold awaiting named written release; sample-only material", [
    ("orderstatus_VH-24-0318.html", html_page("Order VH-24-0318 - Van Houten klantportaal", _c18, lang="nl")),
])


# c19 full-quantity ERP PO full of quantity-like identifiers (Pecan Bluff -> Daugavkrasts)
case("c19", [], "full-quantity ERP PO of 60; many identifiers that look like quantities (part/drawing/standards/fund codes)", [
    ("munis_po_24001877.txt", T("""
CITY OF PECAN BLUFF                                           PURCHASE ORDER
PURCHASING DIVISION                                           PO NUMBER: 24001877
400 W. TRAVIS ST, PECAN BLUFF TX 76000                        PO DATE  : 05/06/2024
                                                              PAGE     : 1 OF 1
VENDOR: 31120  SIA DAUGAVKRASTS METALS
        RUPNIECIBAS IELA 21, JELGAVA LV-3001, LATVIA

SHIP TO: PARKS YARD, 1200 MILL CREEK RD, PECAN BLUFF TX 76000
BID REF: 24-0096   REQ: R24-01977   BUYER: D HUTCHINS
---------------------------------------------------------------------------------
LN  QTY   UOM  DESCRIPTION                                       UNIT      EXTENDED
 1   60   EA   SWING HANGER SH-316-M12, PART 1176-300-12,       31.40      1,884.00
               DWG 4000 REV 15, AISI 316, M12X1.5 EYE BOLT,
               PER ASTM F1487-21 AND EN 1176-2:2017,
               SALT SPRAY ISO 9227 1000 H, MFR ISO 9001:2015
 2    1   LOT  FREIGHT DAP PECAN BLUFF                          410.00        410.00
---------------------------------------------------------------------------------
                                                         PO TOTAL      2,294.00
ACCOUNT: 100-4500-520-5210  (PARKS MAINT - PLAYGROUND PARTS)   FY 2024

NOTES:
THIS PO IS FOR THE FULL QUANTITY OF 60 EA. NO BALANCE, NO FOLLOW-ON QTY.
VENDOR MAY MANUFACTURE AND SHIP ALL 60. REPLACEMENT PARTS FOR 20 EXISTING
SWING BAYS (3 HANGERS PER BAY). DELIVER BY 07/31/2024.
TAX EXEMPT CERT 1-75-6000000-0 ON FILE.
---------------------------------------------------------------------------------
AUTHORIZED SIGNATURE: D HUTCHINS, BUYER II
""")),
])


# c20 sample PO with a complete scope note and the quote quantity marked information only (Carrigmore -> Plac-Stal)
case("c20", [], "sample PO with full scope note; quote quantity 1.180 shown as information, not released; sample-only material; forecast basis", [
    ("PO_4100-2024-0471.pdf", pdf([
        ("h1", "Carrigmore County Council"),
        ("p", "Parks & Amenities Section, County Buildings, Main Street, Carrigmore"),
        ("h", "Purchase Order 4100/2024/0471"),
        ("p", "Date: 19 April 2024      Supplier: Plac-Stal Sp. z o.o., Bydgoszcz, Poland      Supplier no. 20877"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
            ["1", "RNC-16", "Rope-net cross clamp 16 mm, aluminium, M8 A4 bolt - SAMPLES", "20", "6,40", "128,00"],
            ["2", "CARR", "Carriage DAP Carrigmore depot", "1", "95,00", "95,00"],
            ["", "", "Total excl. VAT", "", "", "223,00"],
        ]),
        ("sp",),
        ("h", "Quote reference (information only - not ordered, not released)"),
        ("table", [
            ["Quote", "Sample qty", "Production qty", "Basis"],
            ["Q-PS-2318", "20", "1.180", "forecast - not released"],
        ]),
        ("sp",),
        ("h", "Scope note"),
        ("p", "Active quantity: 20 (twenty) sample clamps RNC-16. Make and ship these 20 now."),
        ("p", "The balance of 1.180 clamps is not released and stays on hold."),
        ("p", "Material authority: sample-only - buy aluminium for the 20 samples only."),
        ("p", "Unlock event: sample sign-off by Declan Furlong, Senior Executive Engineer, followed by a "
              "written release from Aoife Brennan, Director of Services, who is the release authority."),
        ("p", "The production quantity is a forecast for the 2024-25 refurbishment programme."),
        ("sp",),
        ("p", "Procurement Officer: Siobhán Ní Bhriain   Tel. +353 93 555 0120   Tax clearance ref. 2024-0471"),
    ], title="PO 4100/2024/0471", author="Siobhan Ni Bhriain")),
])


# c21 supplier status mail with quoted buyer scope incl. staged material authority (Ningbo -> Bukit Lentor)
_c21_buyer = T("""
From: Tan Wei Ling
Sent: Monday, 15 April 2024 4:10 PM
To: Cherry Zhou
Subject: PO BLTC-PO-24-0240 panel connector

Dear Cherry,

PO BLTC-PO-24-0240 is for 8 sample panel connectors PC-19-90. Pls make the 8 pcs.

Material authority: staged up to 400 pcs. You may buy and hold HDPE for 400 pcs at BLTC cost,
but production stays at 8 pcs.

The balance 1,592 pcs is not released until sample sign-off by Mohd Faizal (Estate Manager)
and written release by Ms Koh Siew Ping, General Manager.

Regards
Tan Wei Ling
Procurement Executive, Bukit Lentor Town Council
""")
_c21_text = T("""
Dear Ms Tan,

Good afternoon. Status update for PO BLTC-PO-24-0240:

1. 8 pcs samples finish, QC inspection ok (dimension report attached in last mail).
2. Ship by DHL tomorrow, AWB will send you.
3. As your staged material authority, we bought HDPE granule for 400 pcs, stored in our
   warehouse. Not produced, only kept.
4. No production for the balance 1,592 pcs until your written release.

Thank you and best regards
Cherry Zhou
Sales Manager | Ningbo Haiyue Play Equipment Co., Ltd.
Tel/WeChat +86 574 8690 0000

""") + quote(_c21_buyer) + "\n"
case("c21", [], "supplier status stays inside the quoted staged material authority (400) and restates the hold on 1,592", [
    ("RE_PO_BLTC-PO-24-0240.eml", eml(mail(
        CHERRY, WEILING, "RE: PO BLTC-PO-24-0240 panel connector", dt(2024, 4, 29, 15, 22, 8), _c21_text,
        in_reply_to="<h222-bltc-0415@bltc.org.sg>"))),
])


# c22 minutes keeping the words apart (Hvidmose / Plac-Stal)
case("c22", [], "minutes keep sample sign-off, PO issued and production release apart; balance on hold, event, named person; 2025 forecast labelled", [
    ("Referat_2024-04-18.docx", docx_bytes([
        ("h1", "Referat – opstartsmøde / kick-off meeting"),
        ("p", "18.04.2024, Teams. Hvidmose Kommune / Plac-Stal Sp. z o.o."),
        ("p", "Deltagere: Mette Kjærgaard (indkøb), Søren Vestergaard (parkingeniør), Krzysztof Wiśniewski "
              "and Agnieszka Kowalczyk (Plac-Stal). Referent: Mette Kjærgaard."),
        ("h", "1. Sample sign-off"),
        ("p", "40 samples PC-19-90 expected 06.05. Søren does the sample sign-off in week 20 "
              "(dimensions, M8 pull-out, colour RAL 6018, EN 1176-1:2017)."),
        ("h", "2. PO"),
        ("p", "PO 4500021734 issued 08.04 for the 40 samples. The PO is commercial cover for the samples only."),
        ("h", "3. Production release"),
        ("p", "The balance of 1.160 pcs is not released. Production release only in writing, signed by "
              "Anne Dalsgaard, Afdelingschef, after the sample sign-off."),
        ("h", "4. Material"),
        ("p", "Plac-Stal buys HDPE sheet for the 40 samples only."),
        ("h", "5. 2025"),
        ("p", "Mette gave a forecast of approx. 2.000 pcs for 2025. Forecast only – not an order, "
              "no production or material on this basis."),
        ("h", "Actions"),
        ("table", [
            ["#", "Action", "Who", "When"],
            ["1", "Ship 40 samples + measurement report", "Plac-Stal", "06.05"],
            ["2", "Sample sign-off", "Søren Vestergaard", "wk 20"],
            ["3", "Written production release (if sign-off OK)", "Anne Dalsgaard", "after 2"],
        ]),
    ], author="Mette Kjærgaard")),
])


# c23 buyer portal PO page with complete scope note (Pecan Bluff -> Plac-Stal)
_c23 = T("""
<div style="background:#1d4e2c;color:#fff;padding:6px">City of Pecan Bluff &mdash; Vendor Self-Service</div>
<h2>Purchase Order 7760</h2>
<table>
<tr><th>Vendor</th><td>Plac-Stal Sp. z o.o. (Vendor #31207)</td></tr>
<tr><th>PO date</th><td>05/13/2024</td></tr>
<tr><th>Buyer</th><td>Dale Hutchins, Buyer II</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Ext. USD</th></tr>
<tr><td>1</td><td>PC-19-90</td><td>Panel connector HDPE 3/4 in. (19 mm), 90&deg;, SAMPLE</td><td>10</td><td>6.25</td><td>62.50</td></tr>
<tr><td>2</td><td>FRT</td><td>Air freight samples</td><td>1</td><td>180.00</td><td>180.00</td></tr>
</table>
<div class="note">
<p><b>Scope of this PO</b></p>
<ul>
<li>Active quantity: 10 sample panel connectors. Build and ship these 10 now.</li>
<li>Quoted production quantity (Quote Q-PS-2340): 990 &mdash; <b>not released</b>, on hold.</li>
<li>Material: buy for the 10 samples only.</li>
<li>Unlock: sample sign-off by Ramona Castillo, Park Projects Manager, then a written release from
Travis Lindqvist, Assistant Director (release authority).</li>
<li>Production quantity basis: forecast (FY25 playground renovations).</li>
</ul>
</div>
""")
case("c23", [], "buyer portal sample PO with complete scope note; 990 marked not released", [
    ("po_7760.html", html_page("PO 7760 - City of Pecan Bluff", _c23)),
])


# c24 buyer: deposit paid, explicitly not a release; remittance PDF attached (Carrigmore -> Daugavkrasts)
_c24_remit = pdf([
    ("h1", "Remittance Advice"),
    ("p", "Carrigmore County Council - Finance Section, County Buildings, Carrigmore"),
    ("table", [
        ["Payment ref.", "Date", "Payee", "Invoice", "Amount EUR"],
        ["CCC-EFT-8790", "02/05/2024", "SIA Daugavkrasts Metals", "PF-24-0489 (30% deposit)", "3.053,28"],
    ]),
    ("sp",),
    ("p", "IBAN LV00 HABA 0000 0000 0000 0   BIC HABALV22"),
    ("p", "Queries: accountspayable@carrigmorecoco.ie, +353 93 555 0155"),
], title="Remittance CCC-EFT-8790", author="Finance Section")
_c24_text = T("""
Dear Jānis,

Our Finance section paid the 30% deposit on your proforma PF-24-0489 this morning; the
remittance is attached (EUR 3.053,28).

Just so there's no confusion: the deposit does not release production. It's paid so you can
book the stainless bar for the sixteen (16) sample hangers on PO 4100/2024/0489 and hold the
price. The balance of 384 hangers remains on hold until Declan Furlong signs off the samples
and Aoife Brennan, Director of Services, sends you a written release.

Go raibh maith agat,
""") + sig("Siobhán Ní Bhriain", "Procurement Officer", IE, "+353 93 555 0120")
case("c24", [], "buyer says the deposit does not release production; 16 active, 384 on hold until sign-off + named written release", [
    ("CCC_PO_4100-2024-0489.eml", eml(mail(
        SIOBHAN, JANIS, "PF-24-0489 – payment / PO 4100/2024/0489", dt(2024, 5, 2, 11, 30, 1), _c24_text,
        html=to_html(_c24_text), attachments=[("Remittance_CCC-EFT-8790.pdf", _c24_remit, PDF_MT)]))),
])


# c25 buyer corrects her own quoted "go ahead" (Hvidmose -> Van Houten), saved mail text
case("c25", [], "buyer replaces her own quoted bare 'go ahead' with a complete scope: 30 m, 970 m not released, sign-off + named release", [
    ("PO_4500021802_edge_profiles.txt", T("""
Fra: Mette Kjærgaard <mkj@hvidmose-kommune.dk>
Sendt: 23. april 2024 08:12
Til: Femke de Vries <f.devries@vanhouten-speel.nl>
Cc: Søren Vestergaard <sve@hvidmose-kommune.dk>
Emne: RETTELSE / correction – PO 4500021802 edge profiles

Hej Femke,

Correction to my mail from yesterday (below). I only wrote "go ahead" – that was too short,
sorry. Please read it like this instead:

- PO 4500021802 covers 30 m sample edge profile EP-80-1000 only. Make and ship the 30 m.
- The 970 m balance is not released.
- The 970 m is released only after sample sign-off by Søren Vestergaard and a written
  release from Anne Dalsgaard (Afdelingschef).
- Buy compound for the 30 m only.

The "go ahead" below is replaced by the above.

Mvh / Best regards
Mette Kjærgaard
Indkøbskonsulent
Hvidmose Kommune, Teknik og Miljø – Park og Natur
Tlf. +45 96 55 00 00

-----Oprindelig meddelelse-----
Fra: Mette Kjærgaard
Sendt: 22. april 2024 16:47
Til: Femke de Vries
Emne: PO 4500021802 edge profiles

Hej Femke, PO is in the system now. Go ahead.
Mvh Mette
""")),
])


# =================================================================== POSITIVE
# p01 ERP sample PO with the quote's series quantity in the line text, nothing else (Hvidmose -> Plac-Stal)
case("p01", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 40 shows the quote's 1.200 series beside it unmarked; no hold, no unlock event, no named release", [
    ("opus_PO_4500021901.txt", T("""
HVIDMOSE KOMMUNE                                    INDKØBSORDRE / PURCHASE ORDER
Teknik og Miljø – Park og Natur                     Ordrenr. / PO no.: 4500021901
Rådhustorvet 1, 7990 Hvidmose                       Dato / Date     : 08.04.2024
EAN 5798000000004                                   Side / Page     : 1/1

Leverandør / Supplier: 70014412  Plac-Stal Sp. z o.o.
                       ul. Przemysłowa 14, 85-758 Bydgoszcz, Polen
Kontakt / Contact    : Mette Kjærgaard, tlf. +45 96 55 00 00, mkj@hvidmose-kommune.dk

Pos  Varenr.     Tekst / Text                                   Antal  Enh  Pris EUR   Beløb EUR
10   PC-19-90    Panelsamler HDPE 19 mm 90° – prøver / samples     40  stk      4,85      194,00
                 Ref. jeres tilbud / your quote Q-PS-2297 af 21.03.2024:
                 40 stk prøver / 1.200 stk serie, seriepris EUR 2,95
20   FRAGT       Transport DAP Hvidmose                             1  stk     85,00       85,00

                                                   I alt ekskl. moms / total EUR      279,00
Levering / delivery : uge 18 / week 18
Betaling / payment  : 30 dage netto
Betingelser / terms : Hvidmose Kommunes almindelige indkøbsbetingelser
Tegning / drawing   : HVK-PN-0190 Rev 4, EN 1176-1:2017

Bemærk / note: Bekræft venligst ordren retur / please confirm the PO by return mail.
""")),
])


# p02 PDF sample PO with an unmarked production row (Carrigmore -> Daugavkrasts)
case("p02", ["RG001", "RG003", "RG004", "RG005"],
     "PDF sample PO for 16 lists a production row of 384 from the quote with no marking; no hold, event or named release", [
    ("PO_4100-2024-0502.pdf", pdf([
        ("h1", "Carrigmore County Council"),
        ("p", "Parks & Amenities Section, County Buildings, Main Street, Carrigmore"),
        ("h", "Purchase Order 4100/2024/0502"),
        ("p", "Date: 22 April 2024    Supplier: SIA Daugavkrasts Metals, Jelgava, Latvia    Supplier no. 20913"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
            ["1", "SH-316-M12", "Swing hanger AISI 316, sealed bearing, M12 eye bolt - sample", "16", "38,50", "616,00"],
            ["", "SH-316-M12", "Production quantity (quote DM-Q-24-061)", "384", "24,90", ""],
            ["2", "CARR", "Carriage DAP Carrigmore depot", "1", "140,00", "140,00"],
            ["", "", "Total excl. VAT", "", "", "756,00"],
        ]),
        ("sp",),
        ("p", "Delivery: samples within 4 weeks to Carrigmore Depot, Ballinree Road. Please quote the PO number "
              "on all delivery dockets and invoices."),
        ("p", "Requirements: EN 1176-2:2017, static load test report and EN 10204 3.1 certificate with the "
              "samples. Supplier QMS ISO 9001:2015."),
        ("p", "Payment: 30 days from receipt of a valid invoice (Prompt Payment of Accounts Act)."),
        ("p", "Conditions: Carrigmore County Council standard conditions of purchase apply."),
        ("sp",),
        ("p", "Procurement Officer: Siobhán Ní Bhriain   Tel. +353 93 555 0120"),
    ], title="PO 4100/2024/0502", author="Siobhan Ni Bhriain")),
])


# p03 cover mail for 10 samples with the quote (2,390 production) attached as PDF; release authority named
_p03_quote = pdf([
    ("h1", "SAIGON GREENPLAY CO., LTD."),
    ("p", "Lot C4, Song Than 3 Industrial Park, Thu Dau Mot, Binh Duong, Viet Nam"),
    ("h", "QUOTATION SGP-Q-2403-11"),
    ("p", "To: City of Pecan Bluff, Parks & Recreation    Attn: Mr Dale Hutchins    Date: 21 Mar 2024"),
    ("table", [
        ["No.", "Item", "Description", "Qty", "Unit USD", "Lead time"],
        ["1", "BB-450", "Bench bracket ductile iron, HDG ASTM A123, sample", "10", "41.00", "3 weeks"],
        ["2", "BB-450", "Bench bracket ductile iron, HDG ASTM A123, production", "2,390", "18.60", "6 weeks"],
    ]),
    ("sp",),
    ("p", "Pattern cost: USD 950 (one time). Payment: 30% deposit, 70% against B/L copy. FOB Cat Lai."),
    ("p", "Thread 5/8-11 UNC tapped after galvanizing. Zinc coating min. 85 micron."),
    ("p", "Nguyen Thi Thu Ha - Sales Admin - +84 274 3000 000"),
], title="SGP-Q-2403-11", author="Saigon Greenplay")
_p03_text = T("""
Howdy Thu Ha,

PO 7752 is up in the portal for the ten (10) sample bench brackets BB-450, ship to our Parks
Yard at 1200 Mill Creek Rd. I attached your quote SGP-Q-2403-11 again so everybody's looking at
the same numbers.

Travis Lindqvist, our Assistant Director, is the release authority on this contract.

Please send the galvanizing cert with the samples.

Thanks,
""") + sig("Dale Hutchins", "Buyer II, Purchasing Division", "City of Pecan Bluff, Texas", "(254) 555-0143")
case("p03", ["RG001", "RG003", "RG004"],
     "cover mail for 10 samples with the quote's 2,390 attached, nothing marks it not released; no hold, no event; release authority is named", [
    ("PO_7752_samples.eml", eml(mail(
        DALE, THUHA, "PO 7752 - BB-450 sample brackets", dt(2024, 4, 3, 14, 20, -5), _p03_text,
        attachments=[("SGP-Q-2403-11.pdf", _p03_quote, PDF_MT)]))),
])


# p04 letter of award for six samples with the tendered 120 in the schedule (Bukit Lentor -> Ningbo)
case("p04", ["RG001", "RG003", "RG004"],
     "letter of award for 6 sample slide sections; schedule shows tendered qty 120 unmarked; no hold, no unlock event; release authority named", [
    ("LOA-BLTC-2024-019.docx", docx_bytes([
        ("h1", "LETTER OF AWARD"),
        ("p", "Our ref: BLTC/LOA/2024/019          Date: 9 April 2024"),
        ("p", "Ningbo Haiyue Play Equipment Co., Ltd.\nNo. 88 Xinggang Road, Beilun District, Ningbo, Zhejiang, PRC\nAttn: Ms Cherry Zhou"),
        ("p", "Dear Sirs,"),
        ("h", "QUOTATION BLTC/Q/2024/006 – SUPPLY OF PLAYGROUND TUBE SLIDE SECTIONS"),
        ("num", "We refer to your quotation dated 12 March 2024 and your clarifications of 28 March 2024."),
        ("num", "The Town Council is pleased to award you the sample order as follows:"),
        ("table", [
            ["Item", "Description", "Sample qty", "Tendered qty", "Unit rate (S$)"],
            ["1", "SLD-600-1200 tube slide section, 1200 mm, rotomoulded LLDPE, RAL 1021", "6", "120", "1,140.00 / 486.00"],
        ]),
        ("num", "The six (6) sample sections shall be delivered to Blk 412 Lentor Crescent playground within six "
                "(6) weeks of this letter, together with the SS 457 / EN 1176-3:2017 test report."),
        ("num", "Release authority for this contract: Ms Koh Siew Ping, General Manager."),
        ("num", "Please sign and return the duplicate copy of this letter within seven (7) days as acceptance."),
        ("p", "Yours faithfully,"),
        ("p", "Koh Siew Ping\nGeneral Manager\nBukit Lentor Town Council"),
        ("sp",),
        ("p", "Accepted by supplier: ______________________   Date: __________"),
    ], author="Koh Siew Ping")),
])


# p05 DK mail: PO for 30 m samples, supplier offer with 2.400 m series attached as DOCX
_p05_offer = docx_bytes([
    ("h1", "Offerte / Tilbud VH-O-24-0088"),
    ("p", "Van Houten Speeltoestellen B.V. · Kanaal Noord 310 · 7323 AM Apeldoorn · KvK 08000000"),
    ("p", "Aan: Hvidmose Kommune, Park og Natur, t.a.v. mevr. M. Kjærgaard          Datum: 14-03-2024"),
    ("table", [
        ["Pos", "Artikel", "Omschrijving", "Aantal", "Prijs", "Levertijd"],
        ["1", "EP-80-1000", "Randprofiel rubber 80 mm, 1 m, monsters", "30 m", "EUR 31,20/m", "3 weken"],
        ["2", "EP-80-1000", "Randprofiel rubber 80 mm, 1 m, serie", "2.400 m", "EUR 18,75/m", "4 weken na order"],
    ]),
    ("p", "Kleur zwart, HIC-waarde getest volgens EN 1177:2018. Levering DAP Hvidmose, vanaf 500 m franco."),
    ("p", "Geldigheid 60 dagen. Betaling 30 dagen netto."),
    ("p", "Met vriendelijke groet, Femke de Vries, accountmanager"),
], author="Femke de Vries")
_p05_text = T("""
Hej Femke,

Hermed PO 4500021955 på 30 m prøver / for 30 m samples of the edge profile EP-80-1000, for the
Lystrup Park test area. Your offer VH-O-24-0088 is attached again, prices as agreed with you
on the phone.

Levering uge 19 please, to Materielgården, Industrivej 7.

Mvh / Best regards
""") + sig("Mette Kjærgaard", "Indkøbskonsulent", DK, "+45 96 55 00 00")
case("p05", ["RG001", "RG003", "RG004", "RG005"],
     "PO mail for 30 m samples with the offer (2.400 m series) attached unmarked; no hold, event or named release", [
    ("PO_4500021955.eml", eml(mail(
        METTE, FEMKE, "PO 4500021955 – kantprofil EP-80 prøver", dt(2024, 4, 15, 10, 2, 2), _p05_text,
        attachments=[("Tilbud_VH-O-24-0088.docx", _p05_offer, DOCX_MT)]))),
])


# p06 SG e-procurement PO page: 8 samples with quoted qty column, no scope note (Bukit Lentor -> Saigon Greenplay)
_p06 = T("""
<div style="background:#7a1f2b;color:#fff;padding:6px">BLTC e-Procurement &middot; Purchase Order</div>
<h2>BLTC-PO-24-0262</h2>
<table>
<tr><th>Vendor</th><td>SAIGON GREENPLAY CO., LTD. (V-0457)</td></tr>
<tr><th>PO Date</th><td>25/04/2024</td></tr>
<tr><th>Status</th><td>Issued</td></tr>
<tr><th>Requestor</th><td>Mohd Faizal bin Rahman (Estate)</td></tr>
<tr><th>Buyer</th><td>Tan Wei Ling (Procurement)</td></tr>
<tr><th>Cost centre</th><td>EST-PG-2024 / GL 5130-220</td></tr>
</table>
<h3>Line items</h3>
<table>
<tr><th>#</th><th>Item code</th><th>Description</th><th>PO Qty</th><th>Quoted Qty (Q-SGP-2404-02)</th><th>Unit S$</th><th>Amount S$</th></tr>
<tr><td>1</td><td>BB-450</td><td>Bench bracket, ductile iron, HDG, M16 tapped, sample</td><td>8</td><td>400</td><td>52.00</td><td>416.00</td></tr>
<tr><td>2</td><td>DEL</td><td>Delivery to Blk 412 Lentor Cres</td><td>1</td><td>&nbsp;</td><td>60.00</td><td>60.00</td></tr>
</table>
<p><b>Total (excl. GST): S$ 476.00</b></p>
<p>Delivery: within 5 weeks. Payment terms: 30 days. Terms &amp; Conditions: BLTC General T&amp;C v2023.</p>
<p style="color:#666">Printed by faizal.rahman 25/04/2024 15:31</p>
""")
case("p06", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 8 samples shows quoted qty 400 in a column beside it, unmarked; no hold, event or named release", [
    ("eproc_BLTC-PO-24-0262.html", html_page("BLTC-PO-24-0262", _p06)),
])


# p07 Teams: complete scope first, later an unscoped "go ahead" to "can we start?" (Bukit Lentor <-> Ningbo)
case("p07", ["RG002"],
     "after a complete scope, the buyer answers the supplier's 'can we start?' with a bare 'Ok can. Go ahead'", [
    ("Teams_chat_BLTC_Haiyue.txt", T("""
Microsoft Teams - chat export
Chat: BLTC Procurement <> Haiyue (panel connectors)
Exported: 29/05/2024 09:02 (UTC+08:00)

Tan Wei Ling  14/05/2024 09:05
Hi Cherry, PO BLTC-PO-24-0270 issued. 12 sample panel connectors PC-19-90 only.
Balance 1,188 not released - release only after Faizal's sample sign-off + written release from Ms Koh Siew Ping (GM).

Cherry Zhou  14/05/2024 09:30
Received, thank you Ms Tan. We make 12 pcs samples, ship by DHL.

Cherry Zhou  27/05/2024 16:02
Ms Tan, our moulding line is free from Wednesday. Can we start?

Tan Wei Ling  27/05/2024 16:40
Ok can. Go ahead 👍

Cherry Zhou  27/05/2024 16:41
Thank you!! We arrange production from Wednesday then.
""")),
])


# p08 buyer answers an FAI report with "approved! y'all are good to run" (Pecan Bluff <- Saigon Greenplay), two-level quote
_p08_dale = T("""
From: Dale Hutchins
Sent: Friday, April 12, 2024 9:10 AM
To: Nguyen Thi Thu Ha
Subject: PO 7768 BB-450 samples

Thu Ha, PO 7768 covers ten (10) sample bench brackets BB-450 only. The 2,390 production
brackets are on hold until Ramona Castillo signs off the samples and Travis Lindqvist
(Assistant Director) sends a written release. Material for the 10 only please.
Dale
""")
_p08_sup = T("""
From: Nguyen Thi Thu Ha
Sent: Wednesday, May 15, 2024 7:55 PM
To: Ramona Castillo
Cc: Dale Hutchins
Subject: RE: PO 7768 BB-450 samples

Dear Ms Ramona,

Please find FAI report for the 10 samples bench bracket in our shared folder. All dimension
OK, zinc thickness average 86 micron, thread 5/8-11 UNC gauge go/no-go pass.
Please advise.

Best regards,
Thu Ha

""") + quote(_p08_dale)
_p08_text = T("""
Thu Ha -- these look great, approved! Y'all are good to run.

Thanks,
Ramona

Ramona Castillo
Park Projects Manager | City of Pecan Bluff Parks & Recreation
(254) 555-0171

""") + quote(_p08_sup) + "\n"
case("p08", ["RG002", "RG007"],
     "buyer replies to the FAI report 'approved! good to run' with no quantity, letting sample approval roll into production against the quoted written-release requirement", [
    ("RE_PO_7768_BB-450.eml", eml(mail(
        RAMONA, THUHA, "RE: PO 7768 BB-450 samples", dt(2024, 5, 16, 7, 48, -5), _p08_text, cc=DALE,
        in_reply_to="<h222-vn-0515@sgreenplay.vn>"))),
])


# p09 Irish mail saved as text: 24 samples, rest "on hold for now" (Carrigmore -> Plac-Stal)
case("p09", ["RG004", "RG005"],
     "active 24 and a hold on the 576 are stated, but 'on hold for now' names no unlock event and no release person", [
    ("mail_PO_4100-2024-0477.txt", T("""
From:    Siobhán Ní Bhriain <sinibhriain@carrigmorecoco.ie>
To:      Krzysztof Wiśniewski <k.wisniewski@plac-stal.pl>
Date:    Thu 18/04/2024 15:26
Subject: PO 4100/2024/0477 - RNC-16 clamps

Hi Krzysztof,

Hope you're keeping well. PO 4100/2024/0477 is gone out to you through the portal, it's for the
twenty-four (24) sample clamps RNC-16 only, to drawing CCC-PK-0416 Rev 3.

The remaining 576 from your quote Q-PS-2306 are on hold for now - please don't make them or buy
the aluminium for them. I'll come back to you on those.

Samples to the Ballinree Road depot please, with the slip-load test (EN 1176-1) sheet.

Grand, talk soon,
Siobhán

Siobhán Ní Bhriain
Procurement Officer | Parks & Amenities
Carrigmore County Council | County Buildings, Main Street, Carrigmore
T: +353 93 555 0120

Comhairle Contae Charraig Mhór. This e-mail and any files transmitted with it are confidential
and intended solely for the addressee. If you have received it in error please notify the sender.
""")),
])


# p10 SG mail: balance "on hold until further notice", GM named (Bukit Lentor -> Saigon Greenplay), multipart/alternative
_p10_text = T("""
Dear Thu Ha,

Please find our PO BLTC-PO-24-0281 for twenty (20) sample bench brackets BB-450, delivery to
Blk 412 Lentor Crescent playground within 5 weeks.

The balance of 380 pcs is on hold until further notice. Only Ms Koh Siew Ping, General Manager,
can release the balance.

Kindly acknowledge receipt. Thank you.

Regards
""") + sig("Tan Wei Ling", "Procurement Executive", SG + ", Blk 418 Lentor Avenue 3 #01-100, Singapore 789418",
          "+65 6555 0418")
case("p10", ["RG004"],
     "20 active, balance 380 on hold 'until further notice' with the GM named as release person, but no unlock event", [
    ("BLTC-PO-24-0281.eml", eml(mail(
        WEILING, THUHA, "BLTC-PO-24-0281 Bench bracket samples", dt(2024, 5, 6, 10, 12, 8), _p10_text,
        html=to_html(_p10_text)))),
])


# p11 WhatsApp: samples go-ahead, hold/event/person present, but no quantity anywhere (Pecan Bluff <-> Saigon Greenplay)
case("p11", ["RG010"],
     "chat authorizes 'the samples per your quote' without ever saying how many; hold, unlock event and release person are stated", [
    ("WhatsApp_Chat_Ramona_Castillo.txt", T("""
4/24/24, 8:03 AM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
4/24/24, 8:03 AM - Ramona Castillo: Morning Thu Ha! Go ahead with the samples per your quote for the new bracket BB-450-R (the one w/ the 3 hole pattern)
4/24/24, 8:04 AM - Ramona Castillo: Balance stays on hold till I sign off the samples, then Travis sends y'all the written release
4/24/24, 8:20 PM - Nguyen Thi Thu Ha: Good morning Ms Ramona, well noted 🙏 we start samples on Monday
4/24/24, 8:21 PM - Nguyen Thi Thu Ha: Pattern need modify for 3 holes, 1 week more
4/24/24, 8:35 PM - Ramona Castillo: No problem 👍
""")),
])


# p12 release mail: "approved" for samples and for the PO, release without any quantity; HTML test summary attached
_p12_tr = html_page("TR-24-118 summary", T("""
<h2>Test report TR-24-118 &ndash; summary</h2>
<p>Carrigmore County Council, Parks &amp; Amenities &middot; SH-316-M12 swing hanger samples</p>
<table>
<tr><th>Test</th><th>Standard</th><th>Result</th></tr>
<tr><td>Static load, 4 x nominal</td><td>EN 1176-2:2017</td><td>pass</td></tr>
<tr><td>Bearing rotation after 1000 h salt spray</td><td>ISO 9227 NSS</td><td>pass</td></tr>
<tr><td>Eye bolt thread</td><td>M12 6g</td><td>pass</td></tr>
</table>
<p>Tested by Declan Furlong, 3 May 2024.</p>
"""))
_p12_text = T("""
Dear Mr Ozols,

The samples were approved by Declan Furlong on 3 May (test report TR-24-118, summary attached).
The revised purchase order 4100/2024/0519 has been approved by our Finance section this week.

I hereby release production of the swing hangers SH-316-M12.

Kind regards,
""") + sig("Aoife Brennan", "Director of Services", IE, "+353 93 555 0101")
case("p12", ["RG009", "RG010"],
     "release mail never states the quantity released; 'approved' is used for the technical sample result and for the commercial PO", [
    ("SH-316-M12_PO_4100-2024-0519.eml", eml(mail(
        AOIFE, JANIS, "Swing hangers SH-316-M12 – PO 4100/2024/0519", dt(2024, 5, 9, 16, 5, 1), _p12_text,
        cc=DECLAN, attachments=[("TR-24-118_summary.html", _p12_tr, "text/html")]))),
])


# p13 minutes: start phase 1 without any quantity (Hvidmose / Van Houten)
case("p13", ["RG010"],
     "minutes let the supplier start 'phase 1' without ever stating its quantity; later phases on hold with event + named release", [
    ("Referat_byggemoede_2024-05-07.docx", docx_bytes([
        ("h1", "Referat – byggemøde nr. 2, Lystrup Park"),
        ("p", "Dato: 07.05.2024 · Sted: Materielgården, Hvidmose · Referent: Søren Vestergaard"),
        ("p", "Til stede: Søren Vestergaard, Mette Kjærgaard (Hvidmose Kommune); Femke de Vries, "
              "Ruud Bakker (Van Houten Speeltoestellen B.V.); Lars Bech (Bech Anlæg, entreprenør)."),
        ("h", "1. Kantprofiler / edge profiles EP-80-1000"),
        ("p", "The 30 m of samples were fitted at the test area on 02.05. Fit to the wet-pour (EN 1177:2018, "
              "HIC 1,3 m) is good, the corner pieces need 5 mm more radius (drawing HVK-EP-080 Rev 3)."),
        ("p", "Decision: Van Houten may start production of edge profiles for phase 1 (Lystrup Park, "
              "play area north and toddler area)."),
        ("p", "Phase 2 (Bækkeskov) and phase 3 (Skolevej) stay on hold. They are released only by a written "
              "release from Anne Dalsgaard, Afdelingschef, after the lot acceptance of phase 1."),
        ("h", "2. Tidsplan"),
        ("p", "Bech Anlæg starts wet-pour in week 24. Van Houten to deliver phase 1 at the latest Friday week 23."),
        ("h", "3. Eventuelt"),
        ("p", "Ruud asks for the new corner drawing by 10.05. Søren sends it."),
    ], author="Søren Vestergaard")),
])


# p14 GM memo: go-ahead for "the next lot" without a quantity (Bukit Lentor -> Ningbo), PDF with table
case("p14", ["RG002", "RG010"],
     "memo gives 'the go-ahead for production of the next lot' with no quantity; later lots on hold with event + named release", [
    ("BLTC-EST-24-044.pdf", pdf([
        ("h1", "BUKIT LENTOR TOWN COUNCIL"),
        ("p", "MEMO   Ref: BLTC/EST/24/044   Date: 20 May 2024"),
        ("p", "To: Ningbo Haiyue Play Equipment Co., Ltd. (Attn: Ms Cherry Zhou)"),
        ("p", "From: Koh Siew Ping, General Manager"),
        ("p", "Subject: Tube slide sections SLD-600-1200 - site trial at Blk 412 playground"),
        ("h", "Site trial results"),
        ("table", [
            ["Check", "Requirement", "Result"],
            ["Joint step between sections", "max 3 mm (EN 1176-3)", "1.5 mm - OK"],
            ["Surface temperature at 2 pm", "for info", "48 deg C"],
            ["Colour RAL 1021", "visual", "OK"],
            ["Flange bolts M10", "torque 40 Nm", "OK"],
        ]),
        ("sp",),
        ("p", "Further to the site trial at Blk 412 playground, the Town Council gives the go-ahead for "
              "production of the next lot of slide sections."),
        ("p", "Lots after this one remain on hold. Each subsequent lot requires a written release from me "
              "after the site inspection of the previous lot by our Estate Manager, Mohd Faizal."),
        ("p", "Please submit the delivery schedule within one week."),
        ("sp",),
        ("p", "Koh Siew Ping, General Manager"),
    ], title="BLTC/EST/24/044", author="Koh Siew Ping")),
])


# p15 buyer portal release record with no quantity (Pecan Bluff -> Ningbo)
_p15 = T("""
<div style="background:#1d4e2c;color:#fff;padding:6px">City of Pecan Bluff &mdash; Vendor Self-Service</div>
<h2>Production release R-7792-01</h2>
<table>
<tr><th>PO</th><td>7792</td></tr>
<tr><th>Vendor</th><td>Ningbo Haiyue Play Equipment Co., Ltd. (Vendor #31340)</td></tr>
<tr><th>Item</th><td>RNC-16 rope-net cross clamp, aluminum, M8 A4 bolt, Dwg PB-PR-016 Rev A</td></tr>
<tr><th>Release type</th><td>Production</td></tr>
<tr><th>Release quantity</th><td>&mdash;</td></tr>
<tr><th>Unlock event</th><td>First-article sign-off FA-24-031 (Ramona Castillo, 05/17/2024)</td></tr>
<tr><th>Authorized by</th><td>Travis Lindqvist, Assistant Director, Parks &amp; Recreation</td></tr>
<tr><th>Date</th><td>05/20/2024</td></tr>
</table>
<div class="note">Vendor may start production under this release. Ship to Parks Yard, 1200 Mill Creek Rd.
Salt spray report ISO 9227 (480 h) required with the first shipment.</div>
<p style="color:#777">Status: RELEASED &middot; Record created by tlindqvist</p>
""")
case("p15", ["RG010"],
     "portal production release names event and authority but its quantity field is empty and no quantity appears anywhere", [
    ("R-7792-01.html", html_page("Release R-7792-01", _p15)),
])


# p16 WeChat: deposit paid "so you can proceed now" (Carrigmore <-> Ningbo)
case("p16", ["RG002", "RG012"],
     "after a complete sample scope, the buyer says the deposit is paid 'so you can proceed now' (unscoped) and the supplier starts mass production", [
    ("WeChat_Cherry_Zhou.txt", T("""
WeChat chat history with Cherry Zhou (Haiyue Play)
Exported 2024-05-24

2024-05-06 10:14  Siobhán Ní Bhriain
Hi Cherry, PO 4100/2024/0533 is for 4 sample slide sections SLD-600-1200 only, the 116 balance isn't released. Release after Declan signs off the samples, written release from Aoife Brennan (Director of Services).

2024-05-06 17:40  Cherry Zhou
Dear Siobhan, well noted, thank you! 4 pcs sample ship by sea-air, about 18 days

2024-05-21 09:02  Cherry Zhou
Dear Siobhan, PI HY-PI-240521 for the slide sections attached. After 30% deposit received we can start the mass production 😊
[File] HY-PI-240521.pdf

2024-05-23 16:31  Siobhán Ní Bhriain
Deposit went out this morning from our finance, ref CCC-EFT-8812. So you can proceed now 👍

2024-05-24 08:05  Cherry Zhou
Received with thanks!! We start production tomorrow, first batch finish in 2 weeks
""")),
])


# p17 DK mail: budget and drawing "approved", then "you have our approval – go ahead!" (Hvidmose -> Plac-Stal), multipart/alternative
_p17_text = T("""
Hej Krzysztof,

Good news from Hvidmose: the budget for the Lystrup Park playground was approved by the
Teknik- og Miljøudvalget (technical committee) yesterday evening, and Søren has approved the
drawing HVK-PN-0195 rev. 5 for the corner connector this morning.

So you have our approval – go ahead!

PS: new invoice address for PO 4500022101 (60 sample connectors; the balance of 1.140 is not
released until Søren's sample sign-off and a written release from Anne Dalsgaard):
Hvidmose Kommune, Kreditor, Postboks 120, 7990 Hvidmose, EAN 5798000000011.

Mvh / Best regards
""") + sig("Mette Kjærgaard", "Indkøbskonsulent", DK, "+45 96 55 00 00")
case("p17", ["RG002", "RG009"],
     "'you have our approval – go ahead!' with no quantity; 'approved' used for the budget (commercial), the drawing (technical) and the go-ahead", [
    ("Lystrup_Park_connectors.eml", eml(mail(
        METTE, KRZYSZTOF, "Lystrup Park – corner connector / budget", dt(2024, 5, 15, 9, 12, 2), _p17_text,
        html=to_html(_p17_text), cc=SOREN))),
])


# p18 sample inspection record: "APPROVED – supplier may proceed" (Carrigmore / Plac-Stal)
case("p18", ["RG002", "RG007"],
     "sign-off record disposition 'APPROVED – supplier may proceed' with no quantity, rolling sample approval into production despite the written-release scope in its own header", [
    ("SIR-24-022.docx", docx_bytes([
        ("h1", "Sample Inspection Record SIR-24-022"),
        ("p", "Carrigmore County Council · Parks & Amenities · 28 May 2024"),
        ("table", [
            ["Field", "Entry"],
            ["Supplier", "Plac-Stal Sp. z o.o., Bydgoszcz"],
            ["Part", "RNC-16 rope-net cross clamp, drawing CCC-PK-0416 Rev 3"],
            ["PO scope (PO 4100/2024/0590)", "24 sample clamps; balance 576 not released until sample sign-off "
                                             "by Declan Furlong and written release from Aoife Brennan, Director of Services"],
            ["Samples received", "24 pcs, 21 May 2024"],
        ]),
        ("h", "Results"),
        ("table", [
            ["Characteristic", "Spec", "Measured", "OK"],
            ["Slip load on 16 mm rope", "min 2 kN (EN 1176-1:2017 4.2.8)", "2,6 – 3,1 kN", "yes"],
            ["Bolt M8x30 A4-70 torque", "18 Nm", "18 Nm", "yes"],
            ["Sharp edges", "none", "none", "yes"],
            ["Salt spray ISO 9227", "480 h no red rust", "pass", "yes"],
        ]),
        ("h", "Disposition"),
        ("p", "APPROVED – supplier may proceed."),
        ("sp",),
        ("p", "Inspected by: Declan Furlong, Senior Executive Engineer"),
    ], author="Declan Furlong")),
])


# p19 supplier reply: "once Søren approves the samples we roll straight into the 1.160" + material for full run (Plac-Stal -> Hvidmose)
_p19_buyer = T("""
Fra/From: Mette Kjærgaard
Sendt/Sent: 11. april 2024 09:40
Til/To: Krzysztof Wiśniewski
Emne/Subject: PO 4500022010 – PC-19-90

Hej Krzysztof,

PO 4500022010 covers 40 (forty) sample connectors PC-19-90 only. The balance of 1.160 pcs is not
released. It will be released only after sample sign-off by Søren Vestergaard and a written
release signed by Anne Dalsgaard, Afdelingschef. Material: for the 40 samples only.

Mvh Mette Kjærgaard, Hvidmose Kommune
""")
_p19_text = T("""
Dear Mette,

Thank you, PO 4500022010 is confirmed. Samples will be ready 10.05.

To keep your delivery for the season we plan like this: once Søren approves the samples, we roll
straight into the 1.160 pcs in week 21, so no time is lost waiting for papers. To make this
possible we have already ordered the HDPE sheet 19 mm for the full 1 200 pcs at our supplier
(Simona, delivery week 19).

Best regards / Z poważaniem
""") + sig("Krzysztof Wiśniewski", "Export Sales Manager", PL + ", ul. Przemysłowa 14, 85-758 Bydgoszcz",
          "+48 52 555 01 12") + "\n" + quote(_p19_buyer) + "\n"
case("p19", ["RG006", "RG007"],
     "supplier will roll into the 1.160 once samples are approved (no auto-conversion agreed) and has ordered sheet for 1 200 against a sample-only scope", [
    ("RE_PO_4500022010.eml", eml(mail(
        KRZYSZTOF, METTE, "RE: PO 4500022010 – PC-19-90", dt(2024, 4, 12, 8, 55, 2), _p19_text,
        in_reply_to="<h222-buyer-0411@hvidmose-kommune.dk>"))),
])


# p20 ERP PO note: after first-article approval vendor rolls into the balance, no separate release, nobody named (Pecan Bluff -> Ningbo)
case("p20", ["RG005", "RG007"],
     "PO note lets first-article approval roll into the 234 with 'no separate release'; no signer/conditions recorded and nobody named to release", [
    ("munis_po_24002011.txt", T("""
CITY OF PECAN BLUFF                                           PURCHASE ORDER
PURCHASING DIVISION                                           PO NUMBER: 24002011
400 W. TRAVIS ST, PECAN BLUFF TX 76000                        PO DATE  : 05/21/2024
                                                              PAGE     : 1 OF 1
VENDOR: 31340  NINGBO HAIYUE PLAY EQUIPMENT CO LTD
        NO 88 XINGGANG RD, BEILUN, NINGBO ZHEJIANG CN

SHIP TO: PARKS YARD, 1200 MILL CREEK RD, PECAN BLUFF TX 76000
BID REF: 24-0131   REQ: R24-02210   BUYER: D HUTCHINS
---------------------------------------------------------------------------------
LN  QTY   UOM  DESCRIPTION                                       UNIT      EXTENDED
 1    6   EA   TUBE SLIDE SECTION SLD-600-1200, STRAIGHT,       612.00      3,672.00
               LLDPE ROTOMOLDED, GREEN, DWG PB-PR-600 REV C
               FIRST ARTICLE / SAMPLE
---------------------------------------------------------------------------------
                                                         PO TOTAL      3,672.00
ACCOUNT: 300-4510-560-6200  (CIP - MILL CREEK PARK PLAYGROUND)

NOTES:
BALANCE OF 234 EA ON BID 24-0131 IS ON HOLD PENDING FIRST ARTICLE APPROVAL.
UPON APPROVAL OF FIRST ARTICLE, VENDOR MAY ROLL DIRECTLY INTO PRODUCTION OF
THE BALANCE (234 EA). NO SEPARATE RELEASE WILL BE ISSUED.
MATERIAL FOR 6 EA ONLY UNTIL FIRST ARTICLE APPROVAL.
ASTM F1487-21 COMPLIANCE CERT REQUIRED.
---------------------------------------------------------------------------------
AUTHORIZED SIGNATURE: D HUTCHINS, BUYER II
""")),
])


# p21 supplier order confirmation: series starts direct after sample approval; compound for the whole 1.000 m ordered (Van Houten -> Hvidmose)
case("p21", ["RG006", "RG007"],
     "order confirmation says the 970 m series starts directly after sample approval and compound for 1.000 m is already ordered", [
    ("OB-24-0412.pdf", pdf([
        ("h1", "ORDERBEVESTIGING / ORDER CONFIRMATION OB-24-0412"),
        ("p", "Van Houten Speeltoestellen B.V., Kanaal Noord 310, 7323 AM Apeldoorn, NL    BTW NL000000000B01"),
        ("p", "Klant / customer: Hvidmose Kommune, Park og Natur, Rådhustorvet 1, 7990 Hvidmose, DK"),
        ("p", "Uw order / your PO: 4500022044 d.d. 11-04-2024        Datum: 15-04-2024"),
        ("table", [
            ["Pos", "Artikel", "Omschrijving", "Aantal", "Prijs", "Levering"],
            ["10", "EP-80-1000", "Randprofiel rubber 80 mm, monsters / samples", "30 m", "EUR 31,20/m", "wk 18"],
            ["20", "EP-80-1000", "Randprofiel rubber 80 mm, serie / series", "970 m", "EUR 18,75/m", "direct na goedkeuring monsters"],
        ]),
        ("sp",),
        ("p", "Planning: after your approval of the samples we start direct with the series of 970 m, so "
              "the delivery for the Lystrup Park can be in week 23."),
        ("p", "Materiaal: rubber compound (SBR/EPDM granulaat) for the complete 1.000 m is already ordered at "
              "our supplier to secure the delivery time."),
        ("p", "EN 1177:2018 HIC report and ISO 9001:2015 certificate available on request."),
        ("sp",),
        ("p", "Met vriendelijke groet, Ruud Bakker, werkvoorbereiding"),
    ], title="OB-24-0412", author="Ruud Bakker")),
])


# p22 buyer engineer tells supplier to keep going once he signs the report (two-level quoted thread) (Carrigmore -> Daugavkrasts)
_p22_siobhan = T("""
From: Siobhán Ní Bhriain
Sent: 17 April 2024 11:02
To: Jānis Ozols
Subject: PO 4100/2024/0540 SH-316-M12

Jānis, PO 4100/2024/0540 is for the 16 sample hangers only. The balance of 384 is not released;
release only by a written release from Aoife Brennan (Director of Services) after sample sign-off
by Declan Furlong. Siobhán
""")
_p22_janis = T("""
From: Jānis Ozols
Sent: 20 May 2024 14:31
To: Declan Furlong
Cc: Siobhán Ní Bhriain
Subject: RE: PO 4100/2024/0540 SH-316-M12

Dear Declan,

Samples arrive Wednesday with DHL. Please tell if you need also the 3.1 certificate as per
EN 10204 for the AISI 316 bar.

Best regards,
Jānis

""") + quote(_p22_siobhan)
_p22_text = T("""
Jānis,

The cert would be great, thanks. Samples look grand on the photos. Once I sign the sample report
on Friday just keep going with the rest of them, no need to wait on paperwork from Aoife, we're
tight for the summer.

Declan

Declan Furlong
Senior Executive Engineer, Parks & Amenities
Carrigmore County Council | T: +353 93 555 0133

""") + quote(_p22_janis) + "\n"
case("p22", ["RG007"],
     "buyer engineer says that once he signs the sample report the supplier should keep going with the 384, bypassing the quoted written release by the Director", [
    ("RE_RE_PO_4100-2024-0540.eml", eml(mail(
        DECLAN, JANIS, "RE: RE: PO 4100/2024/0540 SH-316-M12", dt(2024, 5, 21, 9, 14, 1), _p22_text,
        cc=SIOBHAN, in_reply_to="<h222-lv-0520@daugavkrasts.lv>"))),
])


# p23 supplier order page: sample approval = mass production confirmation (Ningbo portal for Bukit Lentor)
_p23 = T("""
<div style="background:#c8102e;color:#fff;padding:6px">HAIYUE PLAY &middot; Customer Order Center</div>
<h2>Sales order HY-SO-2405-117</h2>
<table>
<tr><th>Customer</th><td>Bukit Lentor Town Council (SG)</td></tr>
<tr><th>Customer PO</th><td>BLTC-PO-24-0248</td></tr>
<tr><th>Product</th><td>PC-19-90 panel connector HDPE 19mm 90&deg;</td></tr>
<tr><th>Sample qty</th><td>8 pcs &ndash; shipped 30/04 DHL 4471 0093 22</td></tr>
<tr><th>Mass production qty</th><td>1,592 pcs</td></tr>
</table>
<h3>Order progress</h3>
<table>
<tr><th>Step</th><th>Status</th></tr>
<tr><td>1. Sample</td><td>done</td></tr>
<tr><td>2. Sample approval (customer)</td><td>waiting</td></tr>
<tr><td>3. Mass production</td><td>auto start after step 2</td></tr>
<tr><td>4. Inspection &amp; shipment</td><td>&nbsp;</td></tr>
</table>
<div class="note">Sample approval = mass production confirmation. When customer clicks
<b>Approve sample</b>, mass production of the 1,592 pcs will start automatically, no further PO or
release is needed. Please approve within 7 days to keep the delivery date.</div>
<p><button>Approve sample</button> <button>Reject sample</button></p>
""")
case("p23", ["RG007"],
     "supplier portal: clicking 'Approve sample' starts mass production of 1,592 automatically; no recorded auto-conversion by the buyer", [
    ("HY-SO-2405-117.html", html_page("HY-SO-2405-117 - Haiyue Order Center", _p23)),
])


# p24 supplier MRP printout: steel/HDPE for the whole series ordered against 40 released (Plac-Stal internal)
case("p24", ["RG006"],
     "supplier MRP printout: production order for 40 samples but sheet for 1 200 pcs purchased and confirmed, no material authority", [
    ("ERP_XL_ZP-2024-0412.txt", T("""
Comarch ERP XL  -  Plac-Stal Sp. z o.o.           Wydruk / printout: 2024-04-16 07:58
Użytkownik: t.zielinski                            Moduł: Produkcja / MRP
==========================================================================================
ZLECENIE PRODUKCYJNE / PRODUCTION ORDER  ZP/2024/0412
Klient / customer : Hvidmose Kommune (DK)      Zam. klienta / cust. PO: 4500021734
Wyrób / product   : PC-19-90 łącznik paneli HDPE 19 mm 90°   rys. HVK-PN-0190 Rev 4
Ilość zwolniona / released qty : 40 szt. (próbki / samples)
Termin / due      : 2024-05-02
------------------------------------------------------------------------------------------
MRP - ZAPOTRZEBOWANIE MATERIAŁOWE / MATERIAL REQUIREMENTS
Materiał                       Potrzeba dla 40 szt.   Zamówiono      Dokument       Status
Płyta HDPE 19 mm 3000x1500      1 arkusz             30 arkuszy     PZ/2024/0877   POTWIERDZONE
Śruba M8x25 A2                  80 szt.              2 400 szt.     PZ/2024/0878   POTWIERDZONE
Masterbatch RAL 6018            0,5 kg               15 kg          PZ/2024/0879   W DRODZE
------------------------------------------------------------------------------------------
Uwaga / note (A. Kowalczyk): zamówienie materiału na całą serię 1 200 szt. - material
ordered for the whole series 1 200 pcs, supplier price valid only to 30.04. Series not
released yet by customer.
==========================================================================================
Strona 1/1
""")),
])


# p25 supplier status mail: material bought for full 2,400; quoted buyer scope says material for 10 only; text attachment (Saigon Greenplay -> Pecan Bluff)
_p25_dale = T("""
From: Dale Hutchins
Sent: Friday, April 5, 2024 10:40 AM
To: Nguyen Thi Thu Ha
Subject: PO 7758 - BB-450 sample brackets

Thu Ha, PO 7758 is for ten (10) sample bench brackets BB-450. The other 2,390 are on hold until
Ramona Castillo signs off the samples and Travis Lindqvist (Assistant Director) sends a written
release. Buy material for the 10 samples only please.
Dale
""")
_p25_stock = T("""
SAIGON GREENPLAY - RAW MATERIAL RECEIPT (GRN) - 2024-04-22
Customer: CITY OF PECAN BLUFF   Item: BB-450   Cust PO: 7758

GRN no.      Material                      Qty        For
GRN-24-0418  Ductile iron ingot FCD450     11.5 t     2,400 pcs
GRN-24-0419  Zinc ingot SHG 99.995%        1.9 t      2,400 pcs (HDG)
GRN-24-0420  Sand + binder                 8 t        2,400 pcs

Received by: warehouse (Mr Phuc)
""")
_p25_text = T("""
Dear Mr Dale,

Update for PO 7758: sample casting is finish, machining and tapping 5/8-11 UNC tomorrow, then
galvanize. We expect to ship the 10 samples on 30/4.

Also for your information, our purchasing already bought the ductile iron and zinc for the full
2,400 pcs, because the price will go up in June, so we can save the cost for you. Please see the
receiving list attached. Don't worry, we not produce before your release.

Best regards,
Nguyen Thi Thu Ha
Sales Admin | Saigon Greenplay Co., Ltd.
Lot C4, Song Than 3 IP, Binh Duong, Viet Nam | +84 274 3000 000

This email may contain confidential information. If you are not the intended recipient, please
delete it and inform the sender. Thank you.

""") + quote(_p25_dale) + "\n"
case("p25", ["RG006"],
     "supplier bought iron and zinc for 2,400 while the quoted buyer scope releases 10 and allows material for 10 only", [
    ("RE_PO_7758_update.eml", eml(mail(
        THUHA, DALE, "RE: PO 7758 - BB-450 sample brackets", dt(2024, 4, 23, 17, 40, 7), _p25_text,
        in_reply_to="<h222-0403@pecanblufftx.gov>",
        attachments=[("GRN_list_7758.txt", _p25_stock, "text/plain")]))),
])


# p26 supplier production status report: released qty 16 in the table, "twenty (20) released" in the text; bar for 400 sets bought
case("p26", ["RG006", "RG011"],
     "supplier report gives the released sample quantity as 16 in the table and twenty (20) in the text, and reports AISI 316 bar for 400 sets bought", [
    ("PSR-24-19.pdf", pdf([
        ("h1", "Production status report PSR-24-19"),
        ("p", "SIA Daugavkrasts Metals, Jelgava    Customer: Carrigmore County Council    Week 19/2024"),
        ("table", [
            ["Order", "Part", "Released qty", "Produced", "Shipped", "Remark"],
            ["PO 4100/2024/0560", "SH-316-M12 swing hanger (sample)", "16", "16", "0", "load test 13.05"],
        ]),
        ("sp",),
        ("h", "Comments"),
        ("p", "Production of the twenty (20) released sample hangers is finished. Static load test per "
              "EN 1176-2:2017 on 13.05, then shipment with DHL Express."),
        ("h", "Material"),
        ("table", [
            ["Material", "Quantity", "Covers", "Status"],
            ["AISI 316 round bar 30 mm", "412 kg", "400 sets", "purchased, in stock"],
            ["Bearing 6204-2RS SS", "400 pcs", "400 sets", "purchased, in stock"],
        ]),
        ("sp",),
        ("p", "Material was bought for 400 sets to secure the 316 price and the bearing lead time of 10 weeks."),
        ("p", "Prepared by Ilze Berzina, production planning, 10.05.2024"),
    ], title="PSR-24-19", author="Ilze Berzina")),
])


# p27 progress meeting minutes: HDPE for all 1,600 bought; FY2025 forecast confirmed as firm order (Bukit Lentor / Ningbo)
case("p27", ["RG006", "RG008"],
     "minutes record HDPE bought for all 1,600 while only 8 samples are released, and the FY2025 forecast 'confirmed as a firm order'", [
    ("Minutes_PM3_panel_connectors.docx", docx_bytes([
        ("h1", "Minutes of Progress Meeting No. 3"),
        ("p", "Contract BLTC/TC/2024/021 – Supply of Playground Panel Connectors"),
        ("p", "Date: 7 May 2024, 2.30 pm   Venue: BLTC office, Blk 418 Lentor Ave 3 / Zoom"),
        ("p", "Present: Mohd Faizal bin Rahman (Estate Manager), Tan Wei Ling (Procurement) – BLTC; "
              "Cherry Zhou, Lin Guofeng (Factory Manager) – Ningbo Haiyue"),
        ("table", [
            ["Item", "Discussion", "Action by"],
            ["1. Samples", "8 sample connectors under PO BLTC-PO-24-0244 received 3 May. Sample sign-off by "
                           "Mohd Faizal pending UV test (ISO 4892-2, 500 h).", "MF"],
            ["2. Balance", "Balance of 1,592 pcs not released until written release by Ms Koh Siew Ping, "
                           "General Manager, after the sample sign-off.", "–"],
            ["3. Material", "Haiyue reported raw material (HDPE granules, UV stabilised) for all 1,600 connectors "
                            "already purchased and in stock at Ningbo. TC noted.", "–"],
            ["4. FY2025", "Haiyue presented BLTC's FY2025 forecast of 2,000 pcs. TC confirmed this forecast as a "
                          "firm order commitment; Haiyue to plan capacity and resin accordingly.", "CZ"],
            ["5. AOB", "Next meeting after sample sign-off.", "TWL"],
        ]),
        ("sp",),
        ("p", "Minutes recorded by: Tan Wei Ling. Circulated 8 May 2024. Amendments within 7 days, "
              "otherwise taken as confirmed."),
    ], author="Tan Wei Ling")),
])


# p28 supplier mail: deposit received, so mass production starts; LLDPE for all 120 bought; bank slip attached (Ningbo -> Pecan Bluff)
_p28_slip = pdf([
    ("h1", "BANK OF NINGBO - CREDIT ADVICE"),
    ("table", [
        ["Value date", "Remitter", "Reference", "Amount"],
        ["2024-05-27", "CITY OF PECAN BLUFF TX", "PO 7801 DEPOSIT 30PCT", "USD 17,625.60"],
    ]),
    ("sp",),
    ("p", "Beneficiary: Ningbo Haiyue Play Equipment Co., Ltd.  A/C 0000 0000 0000 0000"),
], title="Credit advice", author="Bank")
_p28_dale = T("""
From: Dale Hutchins
Sent: Monday, May 13, 2024 11:05 AM
To: Cherry Zhou
Subject: PO 7801 slide sections

Cherry, PO 7801 covers five (5) sample slide sections SLD-600-1200 only. The other 115 on the
bid are on hold until Ramona Castillo signs off the samples and Travis Lindqvist (Assistant
Director) sends a written release. Material for the 5 samples only.
Dale
""")
_p28_text = T("""
Dear Dale,

Thanks for your 30% deposit USD 17,625.60, received today, bank slip attached.

As deposit is received, we will start mass production of the 115 slide sections tomorrow, together
with the 5 samples, so all can ship in one container. LLDPE powder (UV8) for all 120 pcs already
purchased last week.

Best regards
Cherry Zhou
Sales Manager
Ningbo Haiyue Play Equipment Co., Ltd. | Tel/WeChat +86 574 8690 0000

""") + quote(_p28_dale) + "\n"
case("p28", ["RG006", "RG012"],
     "supplier treats the deposit as authority to start the 115 and has bought LLDPE for all 120, against the quoted sample-only scope", [
    ("RE_PO_7801_slide_sections.eml", eml(mail(
        CHERRY, DALE, "RE: PO 7801 slide sections - deposit received", dt(2024, 5, 27, 16, 45, 8), _p28_text,
        in_reply_to="<h222-0513@pecanblufftx.gov>",
        attachments=[("credit_advice_0527.pdf", _p28_slip, PDF_MT)]))),
])


# p29 planning schedule labelled forecast, footer makes it a binding order (Pecan Bluff -> Saigon Greenplay)
case("p29", ["RG008"],
     "planning schedule of FY25 forecast quantities whose note declares them a firm order to procure and produce against", [
    ("EDI830_PB_SGP_FY25.txt", T("""
ANSI X12 830 PLANNING SCHEDULE - PRINT                        Control no. 000000830
Sender: CITY OF PECAN BLUFF PARKS (PBPARKS)      Receiver: SAIGON GREENPLAY (SGPVN)
Date: 2024-05-30        Schedule type: DL (delivery based)   Qty qualifier: FORECAST

Item: BB-450 BENCH BRACKET, DUCTILE IRON, HDG, DWG PB-PR-450 REV B

FST  Qty    Qualifier   Period        Forecast type
     600    D           2024-10       planning
     600    D           2025-01       planning
     600    D           2025-04       planning
     600    D           2025-07       planning
                                     ---------
                        FY25 forecast total: 2,400 EA

N9 NOTE: Quantities shown above are a firm order. Vendor shall procure
N9 NOTE: material and schedule production to meet them. No further PO
N9 NOTE: will be sent for these quantities.

Contact: Dale Hutchins, Buyer II, (254) 555-0143
CTT*4*2400~
""")),
])


# p30 buyer forwards an internal forecast (rfc822) and asks the supplier to take it as the 2025 order (Carrigmore -> Plac-Stal)
_p30_inner = mail(
    DECLAN, SIOBHAN, "2025 refurb programme - clamps", dt(2024, 5, 29, 17, 20, 1), T("""
Siobhán,

For planning: the 2025 playground refurbishment programme (14 sites, subject to budget in the
annual estimates) will need roughly 600 RNC-16 rope-net clamps. It's only a forecast at this
stage, we won't know the budget until December.

Declan
"""), msgid="<h222-int-0529@carrigmorecoco.ie>")
_p30_text = T("""
Hi Krzysztof,

See Declan's note below about next year. Please take the 600 clamps as our order for 2025 and book
the capacity and the aluminium in good time, we don't want to be caught short like this year.

Thanks a million,
""") + sig("Siobhán Ní Bhriain", "Procurement Officer", IE, "+353 93 555 0120")
case("p30", ["RG008"],
     "buyer forwards an internal mail that calls 600 clamps a forecast subject to budget and tells the supplier to take it as the 2025 order", [
    ("FW_2025_refurb_clamps.eml", eml(mail(
        SIOBHAN, KRZYSZTOF, "FW: 2025 refurb programme - clamps", dt(2024, 5, 30, 10, 2, 1), _p30_text,
        attachments=[("rfc822", _p30_inner)]))),
])


# p31 supplier sales confirmation treats a forecast as an order of 5,000 and buys ingot for it (Ningbo -> Pecan Bluff)
case("p31", ["RG006", "RG008"],
     "supplier confirmation calls the 2025 forecast a 'forecast order of 5,000 pcs' and has bought aluminium ingot for 5,000 while 24 samples are on order", [
    ("HY-SC-240603.pdf", pdf([
        ("h1", "SALES CONFIRMATION HY-SC-240603"),
        ("p", "Ningbo Haiyue Play Equipment Co., Ltd., No. 88 Xinggang Road, Beilun, Ningbo 315800, China"),
        ("p", "Buyer: City of Pecan Bluff Parks & Recreation, Texas, USA    Attn: Mr Dale Hutchins    Date: 03 Jun 2024"),
        ("table", [
            ["Item", "Description", "Qty", "Unit USD", "Remark"],
            ["RNC-16", "Rope-net cross clamp ADC12, M8 A4 bolt - samples, PO 7790", "24", "7.10", "ship 15 Jun"],
            ["RNC-16", "Rope-net cross clamp ADC12 - 2025 forecast order", "5,000", "1.98", "per forecast"],
        ]),
        ("sp",),
        ("p", "As per your forecast order of 5,000 pcs for 2025, we have reserved production capacity in "
              "Q1 2025 and purchased aluminium ingot ADC12 (6.2 t) for the 5,000 pcs at today's LME price."),
        ("p", "Salt spray 480 h per ISO 9227 and slip test per EN 1176-1 will be done on every lot."),
        ("p", "Pls sign and return. Thank you for your business!"),
        ("sp",),
        ("p", "Cherry Zhou, Sales Manager"),
    ], title="HY-SC-240603", author="Cherry Zhou")),
])


# p32 framework memo: forecast volume written as a purchase commitment (Hvidmose / Van Houten)
case("p32", ["RG008"],
     "framework memo gives an estimated (forecast) annual volume of 3.000 m and then commits the municipality to buy it", [
    ("Notat_rammeaftale_RA-2024-03.docx", docx_bytes([
        ("h1", "Notat – Rammeaftale kantprofiler 2024-2026"),
        ("p", "Hvidmose Kommune, Teknik og Miljø – Park og Natur · J.nr. 24/05512 · 02.05.2024"),
        ("p", "Til: Van Houten Speeltoestellen B.V. (Femke de Vries) · Fra: Mette Kjærgaard"),
        ("h", "1. Omfang / scope"),
        ("p", "Edge profile EP-80-1000 for safety surfacing (EN 1177:2018) at the municipality's 37 playgrounds; "
              "corner pieces EP-80-C90 per drawing HVK-EP-080 Rev 3."),
        ("h", "2. Mængde / volume"),
        ("table", [
            ["År", "Estimated volume (forecast)", "Unit price"],
            ["2024 (from 01.07)", "1.500 m", "EUR 18,75/m"],
            ["2025", "3.000 m", "EUR 18,75/m + index"],
            ["2026", "3.000 m", "EUR 18,75/m + index"],
        ]),
        ("p", "Hvidmose Kommune commits to purchase the 3.000 m per year in 2025 and 2026. Van Houten can plan "
              "production and buy compound on this volume."),
        ("h", "3. Øvrigt"),
        ("p", "Call-offs by e-mail from the purchasing office. Payment 30 days net. AB 18 does not apply."),
    ], author="Mette Kjærgaard")),
])


# p33 WeChat: next-year forecast "take as firm order", deposit then start production (Bukit Lentor <-> Ningbo)
case("p33", ["RG008", "RG012"],
     "buyer tells the supplier to take the FY2025 forecast of 1,600 as a firm order and to start production once the deposit is paid", [
    ("WeChat_Tan_Wei_Ling.txt", T("""
WeChat chat history with 陈伟玲 Tan Wei Ling (BLTC)
Exported 2024-06-04

2024-06-03 14:02  Cherry Zhou
Ms Tan, good afternoon. For next year planning, can share your forecast for PC-19-90? Our resin supplier ask us to book

2024-06-03 14:35  Tan Wei Ling
Hi Cherry. FY2025 forecast is 1,600 pcs panel connector, confirm one. You can take it as firm order lah

2024-06-03 14:36  Tan Wei Ling
Deposit 30% our finance transfer next week. After the deposit reach you can start production for the 1,600

2024-06-03 14:50  Cherry Zhou
OK thank you Ms Tan!! We will arrange once deposit received 🙏

2024-06-03 14:51  Tan Wei Ling
👍
""")),
])


# p34 sample evaluation report: "approved" for samples, PO and production (Carrigmore / Ningbo)
case("p34", ["RG009"],
     "one report uses 'approved' for the technical sample result, the Finance PO approval and the future production release", [
    ("SER-24-07.pdf", pdf([
        ("h1", "Sample Evaluation Report SER-24-07"),
        ("p", "Carrigmore County Council - Parks & Amenities      Date: 13 May 2024"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "SLD-600-1200 tube slide section, 1200 mm, RAL 6018"],
            ["Supplier", "Ningbo Haiyue Play Equipment Co., Ltd."],
            ["PO", "4100/2024/0548 rev 1 - 4 sample sections"],
            ["Drawing", "CCC-PK-0611 Rev C"],
        ]),
        ("h", "Results"),
        ("table", [
            ["Check", "Requirement", "Result"],
            ["Run-out section", "EN 1176-3:2017 4.2.6", "OK"],
            ["Wall thickness", "min 8 mm", "8,4 - 9,1 mm"],
            ["Flange M10 x 12", "PCD 680", "OK"],
        ]),
        ("h", "Status"),
        ("p", "Technical: the four (4) sample slide sections are approved."),
        ("p", "Commercial: PO 4100/2024/0548 rev 1 was approved by Finance on 9 May 2024."),
        ("p", "Production: the remaining 116 sections are not released yet. They will be approved for "
              "production by Aoife Brennan, Director of Services, by written release after this report is "
              "countersigned."),
        ("sp",),
        ("p", "Prepared: Declan Furlong, Senior Executive Engineer      Countersigned: ____________"),
    ], title="SER-24-07", author="Declan Furlong")),
])


# p35 SAP PO print: "released" for the release strategy and for production (Bukit Lentor -> Saigon Greenplay)
case("p35", ["RG009"],
     "SAP PO print says 'RELEASED' / 'released by' for the approval workflow and 'production release ... not released' for production", [
    ("SAP_ME23N_4500000877.txt", T("""
SAP S/4HANA  -  Display Purchase Order (ME23N)  -  print           08.05.2024  09:41:12
----------------------------------------------------------------------------------------
Purchase order   4500000877        Doc. type  NB  Standard PO
Company code     BL01  Bukit Lentor Town Council
Purch. org.      BL01              Purch. group  P02 (Tan Wei Ling)
Vendor           100457  SAIGON GREENPLAY CO LTD, BINH DUONG VN
Currency         SGD               Payment terms  Z030  30 days net

Release strategy Z2 (2 levels)     Release status: RELEASED
  Level 10  PROC   Tan Wei Ling      released 06.05.2024 16:02
  Level 20  GM     Koh Siew Ping     released 07.05.2024 10:15

Itm  Material   Short text                              PO qty  Un  Net price   Deliv. date
10   BB-450     Bench bracket DI HDG M16 - SAMPLE           20  EA      52.00   10.06.2024

Header text (F01):
Production release: 20 sample brackets only. Balance 380 pcs not released until
sample sign-off by Mohd Faizal (Estate Manager) and written release by Ms Koh Siew
Ping, General Manager. Material for the 20 samples only.
----------------------------------------------------------------------------------------
Output: PRINT / EMAIL to thuha.nguyen@sgreenplay.vn
""")),
])


# p36 DK record: "approved" for samples and PO; release of 970 m in the text, 907 m in the table
case("p36", ["RG009", "RG011"],
     "record releases 970 m in the text but 907 m in the table; 'godkendt/approved' used for the technical sample result and the commercial PO", [
    ("Notat_EP-80-1000_0604.docx", docx_bytes([
        ("h1", "Godkendelse og frigivelse – kantprofil EP-80-1000"),
        ("p", "Hvidmose Kommune · Park og Natur · 04.06.2024 · J.nr. 24/06120"),
        ("h", "1. Prøver / samples"),
        ("p", "Prøverne er godkendt – the 30 m samples are approved by Søren Vestergaard (technical: HIC per "
              "EN 1177:2018, fit to wet-pour, corner radius per HVK-EP-080 Rev 3). Sample sign-off 28.05.2024."),
        ("h", "2. Indkøbsordre / PO"),
        ("p", "PO 4500022150 rev. 2 (now 1.000 m) approved by Økonomi 03.06.2024 (commercial)."),
        ("h", "3. Frigivelse / release R-01"),
        ("p", "Anne Dalsgaard, Afdelingschef, releases 970 m EP-80-1000 for production (release R-01). "
              "Unlock event: sample sign-off of 28.05.2024. Material authority: 970 m."),
        ("table", [
            ["Release", "Item", "Quantity", "Signed"],
            ["R-01", "EP-80-1000 edge profile", "907 m", "A. Dalsgaard"],
        ]),
        ("sp",),
        ("p", "Kopi: Van Houten Speeltoestellen B.V. (Femke de Vries), Mette Kjærgaard."),
    ], author="Anne Dalsgaard")),
])


# p37 buyer portal status page: Approved for requisition, sample and production (Carrigmore)
_p37 = T("""
<div style="background:#005b4e;color:#fff;padding:6px">Carrigmore County Council &middot; eProcurement</div>
<h2>Order 4100/2024/0575 &ndash; SH-316-M12 swing hangers</h2>
<p>Supplier: SIA Daugavkrasts Metāls (supplier no. 20913)</p>
<table>
<tr><th>Stage</th><th>Status</th><th>By</th><th>Date</th></tr>
<tr><td>Requisition / PO</td><td>Approved</td><td>P. Cullinane, Finance</td><td>12/04/2024</td></tr>
<tr><td>Samples (16 pcs)</td><td>Approved</td><td>D. Furlong, Engineering (SSR-24-044)</td><td>10/05/2024</td></tr>
<tr><td>Production (384 pcs)</td><td>Approved</td><td>Aoife Brennan, Director of Services</td><td>14/05/2024</td></tr>
</table>
<div class="note">Production of 384 pcs follows the sample sign-off SSR-24-044. Material authority: 384 pcs.
Delivery: 2 lots of 192, weeks 26 and 30.</div>
""")
case("p37", ["RG009"],
     "portal shows the same word 'Approved' for the Finance PO approval, the sample result and the production release of 384", [
    ("order_4100-2024-0575.html", html_page("Order 4100/2024/0575 - Carrigmore eProcurement", _p37)),
])


# p38 DELFOR call-off: header says 200 m authorised, the firm line says 250 m (Hvidmose -> Van Houten)
case("p38", ["RG011"],
     "call-off print states the fabrication authority as 200 m in the header and 250 m on the firm line", [
    ("DELFOR_HVK-DF-0603.txt", T("""
EDIFACT DELFOR D.96A  -  human readable print (Van Houten EDI inbox)
---------------------------------------------------------------------------
Message ref.     : HVK-DF-0603          Document date : 2024-06-03
Buyer            : Hvidmose Kommune, Park og Natur   GLN 5798000000004
Supplier         : Van Houten Speeltoestellen B.V.   GLN 8712345000002
Item (supplier)  : EP-80-1000  rubber edge profile 80 mm x 1 m
Frame agreement  : RA-2023-14
Call-off no.     : 3

Cum. fabrication authority : 200 m

SCC  Period         Qty (m)   Status
1    wk 25-26          250    FIRM - fabrication authorised
4    wk 31-32          400    FORECAST - not released
4    wk 36-37          400    FORECAST - not released

FTX AAI: Call-off 3 releases the firm quantity above. Lines with
FTX AAI: status FORECAST are not released. The next quantity is released
FTX AAI: only by the next call-off, signed by Mette Kjaergaard,
FTX AAI: indkoebskonsulent.
---------------------------------------------------------------------------
UNT segments: 31   Interchange ref.: 000603
""")),
])


# p39 Teams: the Director releases 96, the engineer then refers to "the 90 released" (Carrigmore <-> Daugavkrasts)
case("p39", ["RG011"],
     "the release authority releases 96 hangers; the engineer then tells the supplier 'that's the 90 released', left uncorrected", [
    ("Teams_CCC_Daugavkrasts.txt", T("""
Microsoft Teams - chat export
Chat: Carrigmore Parks / Daugavkrasts
Exported: 05/06/2024 12:10 (UTC+01:00)

Aoife Brennan  04/06/2024 09:31
Morning Jānis. I'm releasing 96 swing hangers SH-316-M12 from the balance today under PO 4100/2024/0596 rev 2. Written confirmation follows from Siobhán.

Aoife Brennan  04/06/2024 09:32
The remaining 288 stay on hold until the site test at Ballinree playground is passed and I send a written release.

Jānis Ozols  04/06/2024 09:50
Thank you Ms Brennan, noted.

Declan Furlong  04/06/2024 11:05
Jānis, so that's the 90 released - ship them in two lots of 45 please, first lot to the Ballinree Road depot.

Jānis Ozols  04/06/2024 11:20
Ok Declan, noted 👍
""")),
])


# p40 DK mail saved as text: advance invoice paid, "so you are free to run the 970 m" (Hvidmose -> Van Houten)
case("p40", ["RG012"],
     "buyer tells the supplier the series can run because the advance invoice is paid", [
    ("mail_F-24-0311.txt", T("""
Fra:     Mette Kjærgaard <mkj@hvidmose-kommune.dk>
Til:     Femke de Vries <f.devries@vanhouten-speel.nl>
Dato:    12. juni 2024 13:47
Emne:    F-24-0311 betalt / paid – PO 4500022188

Hej Femke,

Jeres forudbetalingsfaktura / your advance invoice F-24-0311 (30 % of PO 4500022188, which covers
the full 1.000 m: 30 m samples and 970 m series EP-80-1000) er betalt i dag.

So you are free to run the 970 m series now, and please ship the 30 m samples first as agreed.

Mvh / Best regards
Mette Kjærgaard
Indkøbskonsulent, Hvidmose Kommune
Tlf. +45 96 55 00 00

Denne e-mail kan indeholde fortrolige oplysninger. Har du modtaget den ved en fejl, bedes du
slette den og give afsenderen besked.
""")),
])


# p41 Teams: "make the sample brackets first" - no quantity, no hold, no event, nobody named (Bukit Lentor -> Saigon Greenplay)
case("p41", ["RG003", "RG004", "RG005", "RG010"],
     "chat asks for 'the sample brackets first' with no quantity and says nothing about the rest: no hold, no unlock event, no release person", [
    ("Teams_BLTC_Greenplay_0521.txt", T("""
Microsoft Teams - chat export
Chat: Tan Wei Ling, Nguyen Thi Thu Ha
Exported: 22/05/2024 08:15 (UTC+08:00)

Tan Wei Ling  21/05/2024 15:12
Hi Thu Ha, PO BLTC-PO-24-0301 issued for the new bench bracket BB-460 (the one with armrest). Pls make the sample brackets first and send to us for checking. Thanks!

Nguyen Thi Thu Ha  21/05/2024 16:40
Noted with thanks Ms Tan. Samples ready in 2 weeks, we send by air 🙏

Tan Wei Ling  21/05/2024 16:41
👍
""")),
])


# p42 cover mail + PO PDF + supplier quote PDF: PO number and sample quantity differ between cover mail and PO (Carrigmore -> Daugavkrasts)
_p42_text = T("""
Dear Jānis,

Please find attached PO 4100/2024/0566 for sixteen (16) sample swing hangers SH-316-M12, as per
your quote DM-Q-24-070. The scope is on the PO: samples only, the production balance is not
released until Declan Furlong signs off the samples and Aoife Brennan sends a written release.

Samples to the Ballinree Road depot please, with the EN 1176-2 load test report and the 3.1 cert.

Kind regards,
""") + sig("Siobhán Ní Bhriain", "Procurement Officer", IE, "+353 93 555 0120")
_p42_po = pdf([
    ("h1", "Carrigmore County Council"),
    ("p", "Parks & Amenities Section, County Buildings, Main Street, Carrigmore"),
    ("h", "Purchase Order 4100/2024/0569"),
    ("p", "Date: 27 May 2024    Supplier: SIA Daugavkrasts Metals, Jelgava, Latvia    Supplier no. 20913"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
        ["1", "SH-316-M12", "Swing hanger AISI 316, sealed bearing - SAMPLES", "20", "38,50", "770,00"],
        ["2", "CARR", "Carriage DAP Carrigmore depot", "1", "140,00", "140,00"],
        ["", "", "Total excl. VAT", "", "", "910,00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This PO covers samples only. The production quantity in quote DM-Q-24-070 (384 pcs) is not "
          "released and stays on hold. It is released only by a written release from Aoife Brennan, "
          "Director of Services, after sample sign-off by Declan Furlong, Senior Executive Engineer."),
    ("p", "Material authority: sample-only."),
    ("sp",),
    ("p", "Procurement Officer: Siobhán Ní Bhriain   Tel. +353 93 555 0120"),
], title="PO 4100/2024/0569", author="Siobhan Ni Bhriain")
_p42_quote = pdf([
    ("h1", "QUOTATION DM-Q-24-070"),
    ("p", "SIA Daugavkrasts Metals, Rupniecibas iela 21, Jelgava, LV-3001    Date: 20.05.2024"),
    ("p", "To: Carrigmore County Council, Parks & Amenities (Ms S. Ni Bhriain)"),
    ("table", [
        ["Pos.", "Article", "Description", "Qty", "Unit price", "Delivery"],
        ["1", "SH-316-M12", "Swing hanger AISI 316, sealed bearing 6204-2RS, sample", "16", "EUR 38,50", "4 weeks"],
        ["2", "SH-316-M12", "Swing hanger, production", "384", "EUR 24,90", "6 weeks after release"],
    ]),
    ("sp",),
    ("p", "Tested per EN 1176-2:2017; certificate EN 10204 3.1. Payment 30 days. Valid 60 days."),
    ("p", "Janis Ozols, Sales Manager"),
], title="DM-Q-24-070", author="Janis Ozols")
case("p42", ["RG011"],
     "cover mail says PO 4100/2024/0566 for 16 samples, the attached PO is 4100/2024/0569 for 20 samples; hold, event and release person are stated", [
    ("PO_samples_SH-316-M12.eml", eml(mail(
        SIOBHAN, JANIS, "PO 4100/2024/0566 – SH-316-M12 samples", dt(2024, 5, 27, 14, 48, 1), _p42_text))),
    ("PO_4100-2024-0569.pdf", _p42_po),
    ("DM-Q-24-070.pdf", _p42_quote),
])


# p43 PO PDF + supplier proforma PDF: mass production starts on receipt of the deposit (Bukit Lentor -> Ningbo)
_p43_po = pdf([
    ("h1", "BUKIT LENTOR TOWN COUNCIL"),
    ("p", "Blk 418 Lentor Avenue 3 #01-100, Singapore 789418"),
    ("h", "PURCHASE ORDER  BLTC-PO-24-0295"),
    ("p", "Date: 03 June 2024    Vendor: Ningbo Haiyue Play Equipment Co., Ltd."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit S$", "Amount S$"],
        ["1", "PC-19-90R", "Panel connector HDPE 19 mm 90 deg, rounded, SAMPLE", "8", "4.10", "32.80"],
        ["2", "DEL", "Courier", "1", "85.00", "85.00"],
    ]),
    ("sp",),
    ("p", "Scope: this PO is for eight (8) sample connectors only. The balance of 1,592 pcs is not released. "
          "It is released only by a written release from Ms Koh Siew Ping, General Manager, after sample "
          "sign-off by Mohd Faizal, Estate Manager. Material authority: sample-only."),
    ("p", "Issued by: Tan Wei Ling, Procurement Executive"),
], title="BLTC-PO-24-0295", author="Tan Wei Ling")
_p43_pi = pdf([
    ("h1", "PROFORMA INVOICE HY-PI-240611"),
    ("p", "Ningbo Haiyue Play Equipment Co., Ltd., No. 88 Xinggang Road, Beilun, Ningbo 315800, China"),
    ("p", "Buyer: Bukit Lentor Town Council, Singapore    Your PO: BLTC-PO-24-0295    Date: 11 Jun 2024"),
    ("table", [
        ["No.", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "PC-19-90R panel connector, sample", "8", "3.05", "24.40"],
        ["2", "Deposit 30% for mass production (per quotation HY-Q240402)", "", "", "1,528.32"],
        ["", "Total due now", "", "", "1,552.72"],
    ]),
    ("sp",),
    ("p", "Remark: mass production will start immediately after we receive the 30% deposit. Balance 70% "
          "before shipment. Bank: Bank of Ningbo, Beilun Branch, SWIFT BKNBCN2N."),
    ("p", "Cherry Zhou, Sales Manager"),
], title="HY-PI-240611", author="Cherry Zhou")
case("p43", ["RG012"],
     "supplier proforma says mass production starts on receipt of the 30% deposit, although the PO releases 8 samples only", [
    ("PO_BLTC-PO-24-0295.pdf", _p43_po),
    ("HY-PI-240611.pdf", _p43_pi),
])


# p44 ERP PO + supplier order confirmation + supplier mail: PO acceptance read as authority; granulate for full 1.500 m (Hvidmose -> Van Houten)
_p44_po = T("""
HVIDMOSE KOMMUNE                                    INDKØBSORDRE / PURCHASE ORDER
Teknik og Miljø – Park og Natur                     Ordrenr. / PO no.: 4500022230
Rådhustorvet 1, 7990 Hvidmose                       Dato / Date     : 27.05.2024
EAN 5798000000004                                   Side / Page     : 1/1

Leverandør / Supplier: 70018831  Van Houten Speeltoestellen B.V., Apeldoorn NL
Kontakt / Contact    : Mette Kjærgaard, tlf. +45 96 55 00 00

Pos  Varenr.       Tekst / Text                                   Antal  Enh  Pris EUR   Beløb EUR
10   EP-80-1000    Kantprofil 80 mm – prøver / samples               25   m      31,20      780,00

                                                   I alt ekskl. moms / total EUR      780,00

Omfang / scope:
- This PO covers 25 m samples only.
- Balance 1.475 m (offer VH-O-24-0102, 1.500 m in total) is not released.
- It is released only after sample sign-off by Søren Vestergaard and a written release
  from Anne Dalsgaard, Afdelingschef.
- Material: sample-only (compound for 25 m).

Levering / delivery: uge 25 / week 25 to Materielgården, Industrivej 7
""")
_p44_ob = pdf([
    ("h1", "ORDERBEVESTIGING OB-24-0561"),
    ("p", "Van Houten Speeltoestellen B.V., Kanaal Noord 310, 7323 AM Apeldoorn"),
    ("p", "Klant: Hvidmose Kommune    Uw order: 4500022230 d.d. 27-05-2024    Datum: 29-05-2024"),
    ("table", [
        ["Regel", "Artikel", "Omschrijving", "Aantal", "Prijs", "Planning"],
        ["10", "EP-80-1000", "Randprofiel rubber 80 mm, monsters / samples", "25 m", "EUR 31,20/m", "wk 24"],
    ]),
    ("sp",),
    ("p", "Levering DAP Hvidmose. EN 1177:2018 HIC 1,5 m. Betaling 30 dagen netto."),
    ("p", "R. Bakker, werkvoorbereiding"),
], title="OB-24-0561", author="Ruud Bakker")
_p44_text = T("""
Hallo Mette,

Thanks for the order. Your PO 4500022230 is accepted in our system, so we have planned the series
run of 1.475 m together with the 25 m samples in week 24, and we ordered the granulate for the full
1.500 m already. Orderbevestiging OB-24-0561 is attached.

Met vriendelijke groet / Best regards,
""") + sig("Ruud Bakker", "Werkvoorbereiding / production planning", NL + ", Kanaal Noord 310, 7323 AM Apeldoorn",
          "+31 55 555 0310")
case("p44", ["RG006", "RG012"],
     "supplier reads PO acceptance as authority to run the 1.475 m series and orders granulate for 1.500 m against a sample-only PO", [
    ("opus_PO_4500022230.txt", _p44_po),
    ("OB-24-0561.pdf", _p44_ob),
    ("RE_PO_4500022230.eml", eml(mail(
        RUUD, METTE, "RE: PO 4500022230 kantprofiel", dt(2024, 5, 29, 15, 3, 2), _p44_text,
        in_reply_to="<h222-po-0527@hvidmose-kommune.dk>"))),
])


# p45 portal PO (12 samples) + cover mail (15 samples); nobody named to release (Pecan Bluff -> Saigon Greenplay)
_p45_portal = T("""
<div style="background:#1d4e2c;color:#fff;padding:6px">City of Pecan Bluff &mdash; Vendor Self-Service</div>
<h2>Purchase Order 7788</h2>
<table>
<tr><th>Vendor</th><td>Saigon Greenplay Co., Ltd. (Vendor #30418)</td></tr>
<tr><th>PO date</th><td>05/28/2024</td></tr>
<tr><th>Bid ref.</th><td>24-0140</td></tr>
<tr><th>Buyer</th><td>Dale Hutchins, Buyer II</td></tr>
</table>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Ext. USD</th></tr>
<tr><td>1</td><td>BB-460</td><td>Bench bracket w/ armrest, ductile iron, HDG, SAMPLE</td><td>12</td><td>44.00</td><td>528.00</td></tr>
</table>
<div class="note"><b>Scope:</b> samples only. The balance of 588 brackets on bid 24-0140 is not released.
It will be released only after first-article sign-off of the samples and a written release.
Material for the samples only.</div>
""")
_p45_text = T("""
Thu Ha,

PO 7788 is up on the portal for the fifteen (15) sample brackets BB-460 (the armrest version).
Ship to the Parks Yard, 1200 Mill Creek Rd, attn. Ramona Castillo.

Thanks,
""") + sig("Dale Hutchins", "Buyer II, Purchasing Division", "City of Pecan Bluff, Texas", "(254) 555-0143")
case("p45", ["RG005", "RG011"],
     "portal PO says 12 samples, the cover mail says fifteen (15); the hold and unlock event are stated but nobody is named to release", [
    ("po_7788.html", html_page("PO 7788 - City of Pecan Bluff", _p45_portal)),
    ("PO_7788_cover.eml", eml(mail(
        DALE, THUHA, "PO 7788 - BB-460 samples", dt(2024, 5, 28, 15, 36, -5), _p45_text, html=to_html(_p45_text)))),
])


# =================================================================== WRITE
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def check():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case id"
    assert len(CASES) == 70, len(CASES)
    clean = [c for c in CASES if not c["expect"]]
    assert len(clean) == 25, len(clean)
    for r in RULES:
        n = sum(r in c["expect"] for c in CASES)
        assert n >= 6, (r, n)
    for c in CASES:
        assert all(r in RULES for r in c["expect"]), c["name"]


def main():
    check()
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(222222).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h222_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(order)} cases to {OUT}")


if __name__ == "__main__":
    main()
