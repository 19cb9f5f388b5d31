#!/usr/bin/env python3
"""Generator for the releasegate check_holdout220 corpus.

Domain: airport ground-support equipment (tow-bar eyes, wheel-chock bodies, baggage-cart
hinges, passenger-stair handrails, GPU cable hooks, belt-loader rollers).

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout220/build.py

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
    m["Message-ID"] = msgid or f"<h220-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h220")
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




# ----------------------------------------------------------------- file helpers
def _cp1252_ok(blocks):
    for b in blocks:
        if len(b) < 2:
            continue
        vals = b[1] if b[0] == "table" else [b[1]]
        for v in vals:
            for c in (v if isinstance(v, list) else [v]):
                str(c).encode("cp1252")  # standard PDF fonts: keep to WinAnsi characters


def T(fn, s):
    return (fn, s)


def P(fn, blocks, **kw):
    _cp1252_ok(blocks)
    return (fn, pdf(blocks, **kw))


def D(fn, blocks, author="unknown"):
    return (fn, docx_bytes(blocks, author=author))


def H(fn, title, body, lang="en"):
    return (fn, html_page(title, body, lang))


def E(fn, m):
    return (fn, eml_bytes(m))


# people and addresses (all fictional)
PRIYA = "Priya Menon <priya.menon@sahra-ags.ae>"
RASHID = "Rashid Al Marri <rashid.almarri@sahra-ags.ae>"
FAISAL = "Faisal Qureshi <faisal.qureshi@sahra-ags.ae>"
TARIQ = "Tariq Hamdan <tariq.hamdan@sahra-ags.ae>"
JOERG = "Jörg Bremer <joerg.bremer@rmvs-fra.de>"
KATRIN = "Katrin Vogt <katrin.vogt@rmvs-fra.de>"
WANJIRU = "Wanjiru Kamau <wkamau@simbacargo.co.ke>"
OTIENO = "Otieno Ouma <oouma@simbacargo.co.ke>"
MARC = "Marc-André Leblanc <marc-andre.leblanc@northerntern.ca>"
HEATHER = "Heather MacLeod <heather.macleod@northerntern.ca>"
METTE = "Mette Kjær <mk@fynstaal.dk>"
SOEREN = "Søren Dahl <sd@fynstaal.dk>"
EMRE = "Emre Yıldız <emre.yildiz@egedovme.com.tr>"
BURAK = "Burak Şahin <burak.sahin@egedovme.com.tr>"
LILY = "Lily Wang <lily.wang@haixing-wh.cn>"
JOAO = "João Ferreira <joao.ferreira@metvouga.pt>"
NURUL = "Nurul Aisyah <nurul.aisyah@perakpoly.com.my>"

SIG_PRIYA = sig("Priya Menon", "Senior Buyer - Procurement", "Sahra Aviation Ground Services LLC, Dubai", "+971 4 555 0143")
SIG_RASHID = sig("Rashid Al Marri", "Procurement Manager", "Sahra Aviation Ground Services LLC, Dubai", "+971 4 555 0101")
SIG_FAISAL = sig("Faisal Qureshi", "GSE Engineering Lead", "Sahra Aviation Ground Services LLC, Dubai", "+971 4 555 0177")
SIG_JOERG = sig("Jörg Bremer", "Einkauf Bodengeräte / GSE Purchasing", "Rhein-Main Vorfeldservice GmbH, Frankfurt am Main", "+49 69 555 31 742")
SIG_WANJIRU = sig("Wanjiru Kamau", "Procurement Officer", "Simba Cargo Handling Ltd, JKIA Nairobi", "+254 20 555 0190")
SIG_MARC = sig("Marc-André Leblanc", "Supply Chain Specialist, Ground Operations", "Northern Tern Airways Inc., Thunder Bay ON", "+1 807 555 0142")
SIG_METTE = sig("Mette Kjær", "Salg / Sales", "Fyn Stål & Gummi ApS, Odense", "+45 66 55 01 12")
SIG_EMRE = sig("Emre Yıldız", "Export Sales Manager", "Ege Dövme Makina San. A.Ş., İzmir", "+90 232 555 04 11")
SIG_LILY = sig("Lily Wang", "Sales Dept.", "Weihai Haixing Rubber & Metal Co., Ltd.", "+86 631 5230 118")
SIG_JOAO = sig("João Ferreira", "Director Comercial", "Metalúrgica do Vouga, Lda, Águeda", "+351 234 555 120")
SIG_NURUL = sig("Nurul Aisyah binti Hassan", "Sales Executive", "Perak Precision Polymers Sdn Bhd, Ipoh", "+60 5 555 0128")


# =================================================================== CLEAN
case("c01_weihai_quote_tiers", [],
     "Supplier quotation with sample and production tiers; no authorization in the bundle, production figure stated as price reference only",
     [T("HX-Q-240415-07.txt", """WEIHAI HAIXING RUBBER & METAL CO., LTD.
威海海星橡胶金属制品有限公司
No. 18 Haibin North Road, Huancui District, Weihai, Shandong 264200, P.R. China
Tel: +86 631 5230 118   Fax: +86 631 5230 119   lily.wang@haixing-wh.cn

QUOTATION
Quotation No.: HX-Q-240415-07                           Date: 2024-04-15
To: Simba Cargo Handling Ltd, JKIA Cargo Village, Nairobi, Kenya
Attn: Ms. Wanjiru Kamau, Procurement
Subject: Wheel chock body WCB-380, PU Shore A 90+/-5, yellow RAL 1023,
         as per your drawing SCH-GSE-380 Rev 03

Item  Description                         Stage        Qty        Unit price    Lead time
----  ----------------------------------  -----------  ---------  ------------  ----------------------
1     WCB-380 wheel chock body            Sample lot   20 pcs     USD 38.50     15 days after PO
2     WCB-380 wheel chock body            Production   1.500 pcs  USD 21.80     35 days after release
3     Mould, aluminium, 2 cavity          Tooling      1 set      USD 2,400.00  25 days
4     Steel insert M16x1.5 (moulded in)   -            incl.      -             -

Remarks:
1. Price FOB Weihai, valid 60 days from above date.
2. Production price is base on 1.500 pcs. If quantity is 1.000 pcs, unit price USD 23.40.
3. This quotation is not an order. The production quantity is for price reference only. We
   start production only after we receive your written release.
4. PU material and inserts we purchase for the sample lot only, until your release.
5. Payment: tooling 50% with PO, other 50% with samples. Production T/T 30% deposit, 70%
   before shipment.
6. Quality: ISO 9001:2015. Insert zinc plated, salt spray 480 h per ISO 9227 NSS.

Any question please feel free contact me.

Best regards,
Lily Wang (王丽)
Sales Dept., Weihai Haixing
""")])

_c02_html = """<p>Hi Nurul,</p>
<p>Hope you're doing well. We're looking at replacing the rollers on our belt loaders at YQT, YWG and YXU and would like a price from Perak for the part below.</p>
<p><b>Part:</b> BLR-89 belt-loader roller, dia 89 mm x 600 mm, PU-coated (Shore A 85), 6204-2RS bearings both ends<br>
<b>Spec:</b> NTA-GSE-089 Rev 12 (attached to portal RFQ 2024-118)</p>
<table><tr><th>Scenario</th><th>Sample lot</th><th>Production</th></tr>
<tr><td>A</td><td>24 pcs</td><td>-</td></tr>
<tr><td>B</td><td>24 pcs</td><td>600 pcs</td></tr>
<tr><td>C</td><td>24 pcs</td><td>1,200 pcs</td></tr></table>
<p>For each one we need unit price (CAD or USD is fine), lead time, tooling if any, and freight to Thunder Bay (DAP YQT).</p>
<p>Just to be clear, this is a request for quotation, not an order. Please don't buy material or book capacity on it. Quotes by Friday June 14 if you can.</p>
<p>Thanks eh,<br>Marc-André</p>"""
case("c02_nta_rfq_scenarios", [],
     "Buyer RFQ with three quantity scenarios, explicitly not an order; nothing is authorized",
     [E("RFQ 2024-118 BLR-89 rollers.eml", mail(
         MARC, NURUL, "RFQ 2024-118 - BLR-89 belt-loader rollers (3 scenarios)",
         "Mon, 03 Jun 2024 09:12:00 -0400",
         """Hi Nurul,

Hope you're doing well. We're looking at replacing the rollers on our belt loaders at YQT, YWG
and YXU and would like a price from Perak for the part below.

Part: BLR-89 belt-loader roller, dia 89 mm x 600 mm, PU-coated (Shore A 85), 6204-2RS bearings
both ends
Spec: NTA-GSE-089 Rev 12 (attached to portal RFQ 2024-118)

Please quote these three scenarios:
  A) 24 pcs sample lot only
  B) 24 pcs sample lot + 600 pcs production
  C) 24 pcs sample lot + 1,200 pcs production

For each one we need unit price (CAD or USD is fine), lead time, tooling if any, and freight
to Thunder Bay (DAP YQT).

Just to be clear, this is a request for quotation, not an order. Please don't buy material or
book capacity on it. Quotes by Friday June 14 if you can.

Thanks eh,
Marc-André
""" + SIG_MARC, html=_c02_html))])

case("c03_whatsapp_goahead_question", [],
     "Complete buyer scope (6 samples, balance 234 held until Faisal's sign-off and Rashid's written release); supplier's 'go ahead?' is a question and buyer says wait",
     [T("WhatsApp Chat with Emre Ege Dovme.txt", """03/06/2024, 10:14 - Priya Menon SAGS: Good morning Emre. PO 4500720 issued today for tow bar eye TBE-76, six (6) pcs samples only.
03/06/2024, 10:15 - Priya Menon SAGS: Balance 234 pcs from your quote is NOT released. It will be released only after Faisal sign off the samples and Rashid Al Marri send written release. Material for the 6 pcs only pls.
03/06/2024, 10:31 - Emre Yıldız Ege Dövme: Günaydın Priya hanım, received thank you 🙏
03/06/2024, 10:32 - Emre Yıldız Ege Dövme: We forge 6 pcs next week, delivery 3 weeks to Al Quoz
03/06/2024, 10:33 - Priya Menon SAGS: 👍
24/06/2024, 16:02 - Emre Yıldız Ege Dövme: Priya hanım samples delivered Saturday to your workshop. Mr Faisal checked?
24/06/2024, 16:03 - Emre Yıldız Ege Dövme: Our planning asking, we have go ahead for the 234 or we wait?
24/06/2024, 16:40 - Priya Menon SAGS: Wait please. Faisal still testing, proof load 2x rated on Wednesday (DIN 74054 eye, 40 mm pin).
24/06/2024, 16:41 - Priya Menon SAGS: Nothing on the 234 until you receive Rashid's written release.
24/06/2024, 16:45 - Emre Yıldız Ege Dövme: Ok understood, we wait 👍
""")])

case("c04_simba_labelled_forecast", [],
     "Demand plan clearly labelled non-binding forecast, no PO and no material authority; nothing authorized",
     [P("SCH_GSE_demand_plan_FY2024-25.pdf", [
         ("h1", "Simba Cargo Handling Ltd - GSE Spares Demand Plan FY2024/25"),
         ("p", "Prepared by: Wanjiru Kamau, Procurement | Issued: 02 April 2024 | Distribution: Weihai Haixing, Metalúrgica do Vouga, Ege Dövme, Perak Precision Polymers"),
         ("h", "NON-BINDING FORECAST - NOT A PURCHASE ORDER"),
         ("table", [["Part", "Description", "Q1 Jul-Sep", "Q2 Oct-Dec", "Q3 Jan-Mar", "Q4 Apr-Jun", "FY total"],
                    ["WCB-380", "Wheel chock body, PU", "400", "400", "350", "350", "1.500"],
                    ["TBE-76V", "Tow-bar eye, forged 42CrMo4", "80", "80", "80", "80", "320"],
                    ["BCH-120", "Baggage-cart hinge, AISI 316", "150", "150", "100", "100", "500"],
                    ["BLR-76", "Belt-loader roller 76 mm", "160", "160", "160", "160", "640"]]),
         ("sp",),
         ("p", "This demand plan is a forecast for planning purposes only. It is not a purchase order and not a commitment by Simba Cargo Handling to buy any quantity. It gives no material authority: suppliers may not buy material or start production against it."),
         ("p", "Quantities are ordered only by a Simba purchase order. Production beyond a sample lot starts only on a written release from Grace Njeri, Operations Director."),
         ("p", "Basis: fleet of 46 tugs, 210 ULD dollies and 38 baggage-cart trains at NBO and MBA; 2023 consumption plus 12% volume growth."),
     ], title="GSE demand plan FY2024/25", author="W. Kamau")])

case("c05_rmvs_signoff_fitcheck_only", [],
     "Sample sign-off record: approved for fit check only, production not released, balance 92 sets held until written release by Dr. Uwe Hartmann",
     [D("Bemusterungsprotokoll_PSH-2200.docx", [
         ("h1", "Bemusterungsprotokoll / Sample sign-off record"),
         ("table", [["Feld / field", "Wert / value"],
                    ["Teil / part", "PSH-2200 passenger-stair handrail set, Zeichnung RMVS-TR-2200 Rev C"],
                    ["Lieferant / supplier", "Fyn Stål & Gummi ApS, Odense"],
                    ["Bestellung / order", "PO 4500088123 - 4 sample sets"],
                    ["Treppen / stairs used", "PS-17 (Mallaghan), PS-22 (TLD ABS 580)"],
                    ["Datum / date", "27.06.2024"]]),
         ("h", "Prüfungen / checks"),
         ("table", [["Check", "Requirement", "Result"],
                    ["Tube", "40 x 3 mm, EN AW-6082 T6", "OK"],
                    ["Length", "2200 +/- 2 mm", "2.199 / 2.201 / 2.200 / 2.200 mm - OK"],
                    ["Weld seams", "ISO 5817 level C", "OK"],
                    ["Anodising", "min. 20 µm", "21-24 µm - OK"],
                    ["Load test", "1,5 kN/m horizontal, EN 12312-1", "OK, no permanent deformation"],
                    ["Fit on PS-17 / PS-22", "bolt pattern M10", "OK"]]),
         ("h", "Disposition"),
         ("p", "Samples APPROVED for fit check only. Production not released."),
         ("p", "The balance of 92 sets from quotation FS-24-118 stays on hold. Production of the balance needs a separate written release from Dr. Uwe Hartmann (Leiter Bodengeräte-Werkstatt), after the trial fit on all 14 stairs is complete. Fyn Stål buys material for the 4 sample sets only."),
         ("p", "Signed: Katrin Vogt, Technik / GSE engineering, 27.06.2024"),
     ], author="Katrin Vogt")])

case("c06_nta_portal_full_qty", [],
     "Buyer portal PO for the full 1,200 rollers with delivery schedule; no sample stage, no balance; 'proceed' is scoped to the full quantity",
     [H("NTA_portal_PO_4500733.html", "Northern Tern Airways - Purchase Order 4500733", """<div style="background:#0b3d6b;color:#fff;padding:6px">Northern Tern Airways &middot; Supplier Portal</div>
<h2>Purchase Order 4500733</h2>
<table>
<tr><th>Supplier</th><td>Perak Precision Polymers Sdn Bhd (vendor 200471)</td></tr>
<tr><th>Status</th><td>Issued 2024-06-17</td></tr>
<tr><th>Buyer</th><td>Marc-André Leblanc</td></tr>
<tr><th>Terms</th><td>Net 45, DAP Thunder Bay (YQT), Incoterms 2020</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit price</th><th>Need date</th></tr>
<tr><td>1</td><td>BLR-89</td><td>Belt-loader roller dia 89 x 600, PU Shore A 85, spec NTA-GSE-089 Rev 12</td><td>400</td><td>EA</td><td>USD 27.40</td><td>2024-08-30</td></tr>
<tr><td>2</td><td>BLR-89</td><td>Belt-loader roller dia 89 x 600, PU Shore A 85, spec NTA-GSE-089 Rev 12</td><td>400</td><td>EA</td><td>USD 27.40</td><td>2024-09-30</td></tr>
<tr><td>3</td><td>BLR-89</td><td>Belt-loader roller dia 89 x 600, PU Shore A 85, spec NTA-GSE-089 Rev 12</td><td>400</td><td>EA</td><td>USD 27.40</td><td>2024-10-31</td></tr>
<tr><th colspan="3">Total</th><td>1,200</td><td>EA</td><td colspan="2">USD 32,880.00</td></tr>
</table>
<div class="note">Production order for the full quantity: 1,200 rollers in three deliveries. There is no sample stage on this order; the part passed FAI under PO 4500719 (FAI-24-017, Heather MacLeod). Please proceed with the full 1,200 pcs per the schedule above. Nothing on this PO is held back.</div>
<p>Questions: marc-andre.leblanc@northerntern.ca &middot; +1 807 555 0142</p>""")])

case("c07_rmvs_delfor_staged_material", [],
     "EDI call-off: 120 firm and released, forecast lines labelled not released, explicit staged material authority up to 360, next release by call-off signed by Joerg Bremer",
     [T("DELFOR_DS-2024-0611_print.txt", """EDI DELFOR D.97A - DELIVERY SCHEDULE - HUMAN READABLE PRINT
================================================================================
UNB+UNOC:3+4012345000009:14+8690000411007:14+240611:0615+DS0611'
Sender ....... Rhein-Main Vorfeldservice GmbH, GSE workshop, Frankfurt (GLN 4012345000009)
Receiver ..... Ege Dovme Makina San. A.S., Izmir (supplier no. 70411)
Schedule ..... DS-2024-0611   issued 11.06.2024   replaces DS-2024-0514
Contract ..... Rahmenauftrag / blanket PO 5500012040
Part ......... GCH-400 GPU cable hook, DRG 40-118 Rev 12, S355J2, hot-dip galv. EN ISO 1461
Ship to ...... FRA Tor 31, Geb. 500, Warenannahme Werkstatt

LIN  DUE DATE     QTY  SCC  STATUS
---  ----------  ----  ---  ------------------------------------------------
 1   01.07.2024   120   1   FIRM - released for production and delivery
 2   05.08.2024   120   4   FORECAST - not released
 3   02.09.2024   120   4   FORECAST - not released
 4   07.10.2024   120   4   FORECAST - not released
 5   04.11.2024   120   4   FORECAST - not released

Cum. received to date ............ 0
Cum. released for fabrication .... 120
Material authority ............... raw material (S355J2 round bar d=32) STAGED up to 360 pcs,
                                   at RMVS liability. Fabrication beyond 120 pcs not authorised.
Forecast lines are planning information only, not an order and not a release.
Next release ..................... by the next DELFOR call-off, signed off by Joerg Bremer
                                   (Einkauf).

FTX+AAI: Please confirm each delivery with DESADV. Quality ISO 9001:2015, cert 3.1 EN 10204.
================================================================================
""")])

case("c08_sags_explicit_autoconversion", [],
     "Explicit signed auto-conversion record agreed before sample delivery: quantity 2.370, signer, conditions, fallback; clean per convention 9",
     [P("AC-2024-004_BCH-120.pdf", [
         ("h1", "Auto-Conversion Agreement AC-2024-004"),
         ("p", "Sahra Aviation Ground Services LLC (SAGS), Dubai - Metalúrgica do Vouga, Lda, Águeda"),
         ("table", [["Field", "Value"],
                    ["Purchase order", "PO 4500721 Rev 0, 10 June 2024"],
                    ["Part", "BCH-120 baggage-cart hinge, AISI 316, DRG SAGS-BC-120 Rev 7"],
                    ["Sample lot", "30 pcs - released with the PO"],
                    ["Production balance", "2.370 pcs"],
                    ["Material authority until conversion", "sample-only (30 pcs)"]]),
         ("h", "Agreed conversion rule"),
         ("p", "SAGS and Metalúrgica do Vouga agree, before delivery of the samples, that a recorded sample sign-off with disposition APPROVED, signed by Faisal Qureshi (GSE Engineering Lead), releases the production balance of 2.370 pcs automatically, without any further document from SAGS."),
         ("p", "Conditions: (1) dimensional report on all 30 samples within DRG SAGS-BC-120 Rev 7; (2) salt spray 720 h per ISO 9227 without red rust; (3) sign-off dated no later than 31 July 2024. If the disposition is interim or rejected, or the date has passed, the balance stays on hold until a written release from Rashid Al Marri."),
         ("p", "Material authority becomes 2.370 pcs at the moment of conversion; before that it is sample-only."),
         ("table", [["Role", "Name", "Signed"],
                    ["Release authority, SAGS", "Rashid Al Marri, Procurement Manager (limit AED 250.000)", "10.06.2024"],
                    ["Engineering, SAGS", "Faisal Qureshi, GSE Engineering Lead", "10.06.2024"],
                    ["Supplier", "João Ferreira, Director Comercial", "11.06.2024"]]),
         ("p", "Recorded in the SAGS procurement file before shipment of the samples."),
     ], title="Auto-conversion agreement AC-2024-004", author="R. Al Marri")])

_c09_old = mail(JOAO, "Compras Simba <purchasing@simbacargo.co.ke>",
                "Cotação VG-Q-2203 / quotation tow-bar eyes TBE-76V",
                "Wed, 09 Mar 2022 15:40:00 +0000",
                """Dear Sirs,

Thank you for your enquiry. Please find our offer for the tow-bar eyes:

  Part           TBE-76V tow-bar eye, forged 42CrMo4, Q+T, lunette 76 mm
  Quantity       5.000 pcs (framework, 5 years, 1.000 pcs per year)
  Unit price     EUR 36,90 FCA Porto
  Lead time      10 weeks per call-off

Validity of the offer: 60 days.

Com os melhores cumprimentos,
João Ferreira
""" + SIG_JOAO)
case("c09_simba_fwd_old_quote_info", [],
     "RFQ forwarding a 2022 quote as rfc822; the 5.000 pcs figure is declared old, never ordered and not valid; nothing authorized",
     [E("Fwd Cotacao VG-Q-2203 tow-bar eyes.eml", mail(
         WANJIRU, JOAO, "Fwd: Cotação VG-Q-2203 / quotation tow-bar eyes TBE-76V - please requote",
         "Tue, 16 Apr 2024 10:05:00 +0300",
         """Bom dia João,

Forwarding below your quotation from March 2022, for reference only. The 5.000 pcs figure in it
was a framework idea of our previous management. It was never ordered and it is not valid.

Please send us a fresh quotation for eight (8) sample tow-bar eyes TBE-76V, plus a price
indication for 320 pcs production, DRG SCH-TB-76 Rev 5. This is a request for quotation only,
no order.

Kind regards,
Wanjiru
""" + SIG_WANJIRU, attachments=[("rfc822", _c09_old)]))])

case("c10_nta_reply_corrects_rollover", [],
     "Buyer reply corrects the quoted supplier's 'roll straight into the 1,176'; reply states 24 released, balance held until FAI sign-off and Dave Kowalchuk's written release",
     [E("RE BLR-89 samples shipped.eml", mail(
         MARC, NURUL, "RE: BLR-89 samples shipped - PO 4500719",
         "Thu, 13 Jun 2024 08:41:00 -0400",
         """Hi Nurul,

Thanks for shipping so fast.

Please don't start anything on the balance. Sample approval doesn't release anything on our
side. Only the 24 sample rollers are released under PO 4500719. The balance of 1,176 stays on
hold until Heather MacLeod signs off the FAI and Dave Kowalchuk (Director, Ground Operations)
sends you a written release. Until then please keep material to the 24 pcs.

Thanks,
Marc-André
""" + SIG_MARC + """
On Wed, Jun 12, 2024 at 10:03 PM, Nurul Aisyah <nurul.aisyah@perakpoly.com.my> wrote:
> Dear Marc-André,
>
> Good day. The 24pcs sample rollers BLR-89 shipped today by FedEx, AWB 7781 2200 1200.
> Once you approve the samples we will roll straight into the 1,176 balance so we can meet
> your September date.
>
> Thank you & regards
> Nurul Aisyah
> Perak Precision Polymers Sdn Bhd
""", in_reply_to="<h220-ppp-0612@perakpoly.com.my>"))])

case("c11_wechat_deposit_not_release", [],
     "WeChat: buyer scope complete (20 samples, 1.480 held, Otieno sign-off + Grace Njeri written release); supplier states deposit does not release production",
     [T("WeChat_Simba_WCB-380_group.txt", """微信聊天记录 / WeChat chat history
群聊 / Group: Simba x Haixing WCB-380 chock
Exported: 2024-05-12

2024-05-08 09:12  Wanjiru Kamau: Hello Lily, PO SCH-PO-24-0131 sent, 20 pcs sample chocks only. The 1.480 balance is on hold, released only after Otieno signs off the samples and Grace Njeri sends written release.
2024-05-08 09:40  Lily Wang 王丽: Received dear 😊 Tooling payment and sample deposit when you pay?
2024-05-10 14:03  Wanjiru Kamau: Finance paid today 30% deposit on PI HX-PI-0508. Slip attached.
2024-05-10 14:05  Wanjiru Kamau: [Image]
2024-05-10 15:22  Lily Wang 王丽: Deposit received, thank you. Please note deposit does not release production, we make only 20 samples until your written release.
2024-05-10 15:23  Lily Wang 王丽: PU and M16 insert also we buy for 20 pcs only
2024-05-10 15:30  Wanjiru Kamau: Correct. Asante sana Lily
""")])

case("c12_fyn_ack_restates_hold", [],
     "Supplier acknowledgement restating the scope: 4 sample sets only, 92 not released, material for samples only, release by Dr. Uwe Hartmann after sign-off",
     [P("OB-24-0412_ordrebekraeftelse.pdf", [
         ("h1", "ORDREBEKRÆFTELSE / ORDER ACKNOWLEDGEMENT"),
         ("p", "Fyn Stål & Gummi ApS - Havnegade 41 - DK-5000 Odense C - +45 66 55 01 12"),
         ("table", [["Our ref.", "Your PO", "Date", "Contact"],
                    ["OB-24-0412", "4500088123 of 10.06.2024", "12.06.2024", "Mette Kjær"]]),
         ("sp",),
         ("table", [["Pos", "Item", "Description", "Qty", "Unit price", "Amount"],
                    ["10", "PSH-2200", "Handrail set, EN AW-6082 T6, anodised, RMVS-TR-2200 Rev C", "4 sets", "EUR 412,00", "EUR 1.648,00"]]),
         ("sp",),
         ("p", "We acknowledge your purchase order as written: 4 sample sets only, delivery week 26, DAP Frankfurt Tor 31."),
         ("p", "The remaining 92 sets of our quotation FS-24-118 are not released, and we will not plan or start them. We buy aluminium tube and brackets for the 4 sample sets only. We understand that the 92 sets can only be released by a written release from Dr. Uwe Hartmann after the sample sign-off by Katrin Vogt."),
         ("p", "Payment 30 days net. General terms: Orgalime S2012."),
         ("p", "Med venlig hilsen / Best regards - Mette Kjær, Salg / Sales"),
     ], title="Order acknowledgement OB-24-0412", author="Fyn Staal")])

case("c13_nta_interim_with_limits", [],
     "Interim disposition with quantity and date limits; 200 released by Dave Kowalchuk with staged material 200; balance 976 held until full sign-off and new written release",
     [D("SDR-2024-017_BLR-89.docx", [
         ("h1", "Sample Disposition Record SDR-2024-017"),
         ("table", [["Field", "Value"],
                    ["Part", "BLR-89 belt-loader roller, spec NTA-GSE-089 Rev 12"],
                    ["Supplier", "Perak Precision Polymers Sdn Bhd, Ipoh"],
                    ["Samples", "24 pcs, PO 4500719"],
                    ["FAI", "FAI-24-017"],
                    ["Date", "2024-07-02"]]),
         ("h", "Findings"),
         ("table", [["Characteristic", "Requirement", "Result", "Status"],
                    ["OD", "89 +0/-0.3 mm", "88.82 - 88.95", "OK"],
                    ["Coating hardness", "Shore A 85 +/-5", "83 - 86", "OK"],
                    ["Bearing press-fit force", "6 - 9 kN", "5.2 - 9.4 kN (3 of 24 low)", "NOT OK"],
                    ["Run-out", "max. 0.3 mm", "0.08 - 0.21", "OK"],
                    ["Static load 2,000 kg", "no crack", "no crack", "OK"]]),
         ("h", "Disposition: INTERIM"),
         ("p", "Interim disposition, limited to 200 rollers and valid until 30 September 2024. Perak to correct the press-fit fixture and submit 5 rollers from the production lot for re-check."),
         ("p", "Production release REL-2024-022 for 200 rollers was issued on 2 July 2024 by Dave Kowalchuk, Director Ground Operations (release authority). Material authority: staged up to 200 rollers."),
         ("p", "The balance of 976 rollers is not released. It will be released only after a full sign-off (disposition approved) and a new written release by Dave Kowalchuk."),
         ("p", "Engineering: Heather MacLeod, P.Eng., Maintenance Engineering - GSE"),
     ], author="Heather MacLeod")])

_c14_html = """<p>Dear Mette,</p>
<p>please find attached deviation permit <b>DP-24-031</b> for the anodising thickness on the 4 sample sets of PO 4500088123 (measured 15-17 &micro;m instead of 20 &micro;m min.). Katrin accepts them for the fit check as they are.</p>
<p>To avoid any misunderstanding: the permit covers these 4 sample sets only. It changes no quantity and does not release production. The balance of 92 sets stays on hold until Katrin has signed off the samples and Dr. Uwe Hartmann has sent you a written release. For the series the 20 &micro;m stays mandatory.</p>
<p>Mit freundlichen Grüßen / Best regards<br>Jörg Bremer</p>"""
case("c14_rmvs_deviation_permit", [],
     "Deviation permit for 4 delivered sample sets; changes no quantity, releases nothing, balance held until sign-off and Dr. Uwe Hartmann's written release",
     [E("Abweichungsgenehmigung DP-24-031.eml", mail(
         JOERG, METTE, "Abweichungsgenehmigung DP-24-031 - PSH-2200 samples",
         "Fri, 28 Jun 2024 11:20:00 +0200",
         """Dear Mette,

please find attached deviation permit DP-24-031 for the anodising thickness on the 4 sample
sets of PO 4500088123 (measured 15-17 µm instead of 20 µm min.). Katrin accepts them for the
fit check as they are.

To avoid any misunderstanding: the permit covers these 4 sample sets only. It changes no
quantity and does not release production. The balance of 92 sets stays on hold until Katrin
has signed off the samples and Dr. Uwe Hartmann has sent you a written release. For the series
the 20 µm stays mandatory.

Mit freundlichen Grüßen / Best regards
Jörg Bremer
""" + SIG_JOERG, html=_c14_html, cc=KATRIN,
         attachments=[("DP-24-031.pdf", pdf([
             ("h1", "Abweichungsgenehmigung / Deviation permit DP-24-031"),
             ("table", [["Field", "Value"],
                        ["Part / drawing", "PSH-2200 handrail set / RMVS-TR-2200 Rev C"],
                        ["Supplier", "Fyn Stål & Gummi ApS"],
                        ["Characteristic", "Anodising thickness, min. 20 µm"],
                        ["Actual", "15 - 17 µm"],
                        ["Quantity affected", "4 sample sets (PO 4500088123) - no other quantity"],
                        ["Validity", "these 4 sets only; series unchanged"],
                        ["Signed", "Katrin Vogt, Technik, 28.06.2024"]]),
         ], title="DP-24-031", author="K. Vogt"), PDF_MT)]))])

case("c15_teams_goahead_pilot_only", [],
     "Teams: 'go ahead with the 10 pilot hooks only', balance 590 not released, Joerg releases in writing after Katrin's FAI sign-off, material for 10",
     [T("Teams_chat_GCH-400_pilot.txt", """Microsoft Teams - chat export
Chat: GCH-400 Erstmuster / pilot
Participants: Jörg Bremer (RMVS), Katrin Vogt (RMVS), Emre Yıldız (Ege Dövme) (External)

[12.06.2024 08:47] Emre Yıldız (External): Good morning, forging die for the pilot hooks is ready. Can we start?
[12.06.2024 09:02] Jörg Bremer: Morning Emre. Yes, go ahead with the 10 pilot hooks only (PO 4500093310).
[12.06.2024 09:03] Jörg Bremer: The balance of 590 pcs is not released. I release it in writing after Katrin signs off the FAI. Material please only for the 10.
[12.06.2024 09:05] Katrin Vogt: FAI per our checklist, incl. 2.000 cycle hook test and zinc thickness min 85 µm. Please send 3D measurement report with the parts.
[12.06.2024 09:11] Emre Yıldız (External): Clear, thank you. 10 pcs only, ETA KW 27.
""")])

case("c16_ege_portal_balance_on_hold", [],
     "Supplier portal shows 6 samples in work and balance 234 on hold awaiting Rashid Al Marri's written release; sample-only material",
     [H("Ege_portal_order_tracking_SAGS.html", "Ege Dövme - Order tracking", """<h2>Ege Dövme &mdash; Müşteri Portalı / Customer Portal</h2>
<p>Customer: <b>Sahra Aviation Ground Services LLC, Dubai</b> &middot; Updated 19.06.2024 14:05</p>
<table>
<tr><th>PO</th><th>Part</th><th>Line</th><th>Qty</th><th>Status</th></tr>
<tr><td>4500720</td><td>TBE-76 tow-bar eye, 42CrMo4, DRG SAGS-TB-76 Rev D</td><td>Samples</td><td>6</td><td>Forging done, machining 19.06</td></tr>
<tr><td>4500720</td><td>TBE-76 tow-bar eye</td><td>Balance</td><td>234</td><td>ON HOLD &ndash; awaiting customer written release</td></tr>
</table>
<p>Material authority: sample only (6 billets &Oslash;90, EN 10083-3).</p>
<div class="note">Production of the balance starts only after written release from Mr. Rashid Al Marri (SAGS). Customer sample sign-off by itself is not a release.</div>
<p>Contact: Burak Şahin, Planlama / Planning &middot; +90 232 555 04 19</p>""")])

case("c17_sags_erp_full_qty_po", [],
     "ERP production PO for the full 2400 EA with three schedule lines; no balance exists; quantity-like identifiers (M10X1.5, ISO 9001:2015, 720 H)",
     [T("PO_4500735_print.txt", """SAHRA AVIATION GROUND SERVICES LLC                         PURCHASE ORDER
P.O. BOX 54210, AL QUOZ INDUSTRIAL AREA 3, DUBAI, U.A.E.   TRN 100234567800003
----------------------------------------------------------------------------------
PO NO   : 4500735        REV : 0        DATE : 17-JUN-2024
SUPPLIER: 70233 METALURGICA DO VOUGA LDA, AGUEDA, PORTUGAL
BUYER   : PRIYA MENON    TERMS: 30% ADV / 70% CAD    INCOTERM: FCA PORTO
----------------------------------------------------------------------------------
LN ITEM          DESCRIPTION                        QTY   UOM  UNIT EUR   AMOUNT EUR
1  BCH-120-316   BAGGAGE CART HINGE 120MM AISI316   2400  EA   4,85       11.640,00
                 DRG SAGS-BC-120 REV 7, M10X1.5 BOLT HOLES
   SCHEDULE:     800 EA 15-AUG-2024 / 800 EA 15-SEP-2024 / 800 EA 15-OCT-2024
----------------------------------------------------------------------------------
                                                   TOTAL EUR     11.640,00
NOTES:
1. THIS IS A PRODUCTION ORDER FOR THE FULL QUANTITY OF 2400 EA. SAMPLE SIGNED OFF
   UNDER PO 4500721 (SIGN-OFF SO-24-031, F. QURESHI). NO FURTHER BALANCE EXISTS.
2. SUPPLIER TO PROCEED WITH 2400 EA AS PER SCHEDULE ABOVE.
3. QUALITY: ISO 9001:2015, EN 10088-2 1.4401, SALT SPRAY 720 H ISO 9227.
4. PACKING: WOODEN CRATES OF 200 EA, MARKED PO/LINE/LOT.
----------------------------------------------------------------------------------
AUTHORISED SIGNATORY: PROCUREMENT DEPT.                          PAGE 1 OF 1
""")])

case("c18_simba_minutes_terms_apart", [],
     "Minutes keep the words apart (PO issued / sample sign-off / production release); 20 samples, 1.480 held, Grace Njeri releases; deposit and forecast explicitly non-authorizing",
     [D("MoM_WCB-380_2024-05-14.docx", [
         ("h1", "Minutes of Meeting - WCB-380 wheel chock body"),
         ("table", [["Date", "14 May 2024, Microsoft Teams"],
                    ["Simba", "Wanjiru Kamau (Procurement), Otieno Ouma (Workshop Engineer)"],
                    ["Haixing", "Lily Wang (Sales), Zhang Wei (Factory Manager)"],
                    ["Minutes", "Wanjiru Kamau"]]),
         ("num", "PO issued: SCH-PO-24-0131 for twenty (20) sample chocks was issued on 8 May. Haixing confirmed receipt."),
         ("num", "Sample sign-off: Otieno Ouma will do the sample sign-off after the drop test (1.2 m onto concrete) and 5 days UV exposure on the Shed 4 apron."),
         ("num", "Production release: the balance of 1.480 pcs is not released. Production release will be a separate written release from Grace Njeri, Operations Director, after the sample sign-off."),
         ("num", "Deposit: 30% deposit on PI HX-PI-0508 paid on 10 May. The deposit is a payment term only; it is not a production release."),
         ("num", "Material: Haixing buys PU and M16x1.5 inserts for the 20 samples only."),
         ("num", "Forecast: Simba annual need for WCB-380 is approx. 1.500 pcs. This is a non-binding forecast for Haixing capacity planning only."),
         ("h", "Actions"),
         ("table", [["Action", "Owner", "Due"],
                    ["Ship 20 samples by air to NBO", "Lily Wang", "5 June"],
                    ["Sample sign-off", "Otieno Ouma", "20 June"],
                    ["Written production release (if sign-off positive)", "Grace Njeri", "after sign-off"]]),
     ], author="Wanjiru Kamau")])

case("c19_sags_po_line_commercial_cover", [],
     "PO with a released sample line (6) and a production line (234) marked commercial cover only, not released; release by Rashid Al Marri after Faisal's sign-off; sample-only material",
     [P("SAGS_PO_4500720_Rev1.pdf", [
         ("h1", "PURCHASE ORDER 4500720 - Rev 1"),
         ("p", "Sahra Aviation Ground Services LLC, P.O. Box 54210, Al Quoz Industrial Area 3, Dubai, UAE"),
         ("table", [["Supplier", "Date", "Buyer", "Terms"],
                    ["Ege Dövme Makina San. A.S., Izmir", "12 June 2024", "Priya Menon", "CFR Jebel Ali, 60 days"]]),
         ("sp",),
         ("table", [["Line", "Part", "Description", "Scope", "Qty", "Unit USD", "Released for production"],
                    ["10", "TBE-76", "Tow-bar eye, 42CrMo4 Q+T, DRG SAGS-TB-76 Rev D", "Sample", "6", "95,00", "Yes - 6 pcs"],
                    ["20", "TBE-76", "Tow-bar eye, 42CrMo4 Q+T, DRG SAGS-TB-76 Rev D", "Production", "234", "61,50", "NO - commercial cover only"]]),
         ("sp",),
         ("p", "Line 20 gives commercial cover only. It is not a production release. Ege may not start line 20 or buy material for it."),
         ("p", "Line 20 is released only by a written release from Rashid Al Marri, Procurement Manager, after sample sign-off by Faisal Qureshi (GSE Engineering)."),
         ("p", "Material authority: sample-only (6 pcs). Proof load test 2x rated load; eye to DIN 74054, 40 mm pin."),
     ], title="PO 4500720 Rev 1", author="SAGS Procurement")])

case("c20_rmvs_corrects_own_quoted_line", [],
     "Buyer withdraws his own quoted 'just continue with the rest' line in the same mail and states the full scope (4 sets, 92 held, Hartmann written release after sign-off); withdrawn quoted line is not actionable",
     [E("PO 4500088123 handrails.eml", mail(
         JOERG, METTE, "Korrektur / correction: PO 4500088123 handrails",
         "Tue, 11 Jun 2024 07:52:00 +0200",
         """Mette,

correction to my mail below, sorry. Please ignore the sentence "Once Katrin is happy with the
samples, just continue with the rest." That was wrong from my side.

Correct is: only the 4 sample sets of PO 4500088123 are released. The remaining 92 sets are on
hold. Katrin's sample sign-off alone does not release them; they are released only by a
written release from Dr. Uwe Hartmann after that sign-off. Material please for the 4 sets only.

Thanks and sorry for the confusion.
Jörg
""" + SIG_JOERG + """
-----Ursprüngliche Nachricht-----
Von: Jörg Bremer <joerg.bremer@rmvs-fra.de>
Gesendet: Montag, 10. Juni 2024 16:22
An: Mette Kjær <mk@fynstaal.dk>
Betreff: PO 4500088123 handrails

> Hallo Mette,
> PO 4500088123 for the 4 sample sets PSH-2200 is out today, delivery KW 26.
> Once Katrin is happy with the samples, just continue with the rest.
> Gruß Jörg
""", in_reply_to="<h220-rmvs-0610@rmvs-fra.de>"))])

case("c21_fyn_status_mail_txt", [],
     "Supplier status mail: 4 sample sets, tube bought for 4 sets only, 92 sets not planned, waiting for written release after sign-off",
     [T("Status PO 4500088123 handrail samples.txt", """From: Søren Dahl <sd@fynstaal.dk>
To: Jörg Bremer <joerg.bremer@rmvs-fra.de>
Cc: Mette Kjær <mk@fynstaal.dk>
Date: Tue, 25 Jun 2024 07:58:12 +0200
Subject: Status PO 4500088123 - handrail PSH-2200 samples

Hej Jörg,

short status from the floor:

- 4 sample sets welded and anodised, shipping Thursday with DSV, 2 pallets 120x80.
- We have bought 6082-T6 tube only for the 4 sets (5 lengths à 6 m, incl. scrap). Nothing
  more is bought.
- The 92 sets from the quote we have not planned. We wait for your written release after
  Katrin's sign-off.

Anodising report and 3.1 certs come with the delivery note.

Med venlig hilsen / Best regards
Søren Dahl
Produktionsplanlægger / Production planner
Fyn Stål & Gummi ApS, Havnegade 41, DK-5000 Odense C
""")])

case("c22_nta_release_notice_partial", [],
     "Release notice: 600 released after FAI sign-off, 576 not released, next written release by Dave Kowalchuk after lot acceptance, staged material authority 600",
     [P("REL-2024-031_Northern_Tern.pdf", [
         ("h1", "PRODUCTION RELEASE REL-2024-031"),
         ("p", "Northern Tern Airways Inc. - Ground Operations - Hangar 3, 2 Airport Road, Thunder Bay ON"),
         ("table", [["Field", "Value"],
                    ["To", "Perak Precision Polymers Sdn Bhd, Ipoh (vendor 200471)"],
                    ["Purchase order", "PO 4500719 rev 2 (commercial cover 1,200 EA)"],
                    ["Item", "BLR-89 belt-loader roller, spec NTA-GSE-089 Rev 12"],
                    ["Date", "2024-07-05"],
                    ["Unlock event", "FAI-24-021 signed off by Heather MacLeod on 2024-07-02, no limits"]]),
         ("sp",),
         ("p", "Northern Tern releases six hundred (600) belt-loader rollers BLR-89 for production."),
         ("table", [["Quantity", "EA"],
                    ["Sample lot (delivered, FAI)", "24"],
                    ["Released by REL-2024-031", "600"],
                    ["Not released (balance)", "576"],
                    ["Total PO 4500719 rev 2", "1,200"]]),
         ("sp",),
         ("p", "The balance of 576 rollers is not released. The next release will be issued in writing by Dave Kowalchuk after lot acceptance of the first 200 rollers at YQT."),
         ("p", "Material authority: staged up to 600 rollers, at Northern Tern's liability."),
         ("p", "Dave Kowalchuk, Director Ground Operations (release authority)"),
     ], pagesize=LETTER, title="REL-2024-031", author="D. Kowalchuk")])

case("c23_simba_deposit_explicitly_not_release", [],
     "Deposit paid with SWIFT MT103 text attachment; buyer says deposit is a payment term only, 8 samples released, 312 held until Otieno's sign-off and Grace Njeri's written release",
     [E("PI-VG-24-077 SCH-PO-24-0152.eml", mail(
         WANJIRU, JOAO, "Deposit PI-VG-24-077 / PO SCH-PO-24-0152 - tow-bar eyes",
         "Thu, 06 Jun 2024 12:30:00 +0300",
         """Bom dia João,

We have transferred today the 30% deposit on your proforma PI-VG-24-077 (tooling + eight (8)
sample tow-bar eyes TBE-76V), EUR 1.236,00. SWIFT copy attached.

Please note: the deposit is a payment term only. It does not release production. Under our PO
SCH-PO-24-0152 only the 8 sample eyes are released. The balance of 312 pcs from your quotation
VG-Q-0412 stays on hold until Otieno Ouma (Workshop Engineer) has signed off the samples and
Grace Njeri (Operations Director) sends you a written release.

Kind regards,
Wanjiru
""" + SIG_WANJIRU, cc="Peter Mwangi <pmwangi@simbacargo.co.ke>",
         attachments=[("MT103_FT24158XK77210.txt", """{1:F01KCBLKENXAXXX0000000000}{2:I103CGDIPTPLXXXXN}{4:
:20:FT24158XK77210
:23B:CRED
:32A:240606EUR1236,00
:50K:/1107654321
SIMBA CARGO HANDLING LTD
JKIA CARGO VILLAGE NAIROBI KE
:59:/PT50003500004567890123405
METALURGICA DO VOUGA LDA
AGUEDA PT
:70:PI-VG-24-077 DEPOSIT 30 PCT
TOOLING AND 8 SAMPLES
:71A:SHA
-}
""", "text/plain")]))])

_c24_cover_html = """<p>Dear Mette,</p><p>Greetings from Dubai.</p>
<p>Please find enclosed our PO 4500738 for three (3) sample handrail sets PSH-2200-D (for our TLD ABS 580 stairs at DXB Concourse B) and, for reference only, your web quotation FS-24-131.</p>
<p>Kindly note the quotation shows 60 sets; only the 3 sample sets are ordered and released. The balance of 57 sets is not released; details are in the PO.</p>
<p>Kindly acknowledge the PO scope in writing.</p><p>Thanks &amp; best regards,<br>Priya Menon</p>"""
case("c24_sags_bundle_cover_po_quote", [],
     "Cover mail + DOCX PO + HTML supplier quote: quote shows 60 sets but PO and mail state 3 released, 57 not released, Rashid's written release after Faisal's sign-off",
     [E("PO 4500738 handrail samples.eml", mail(
         PRIYA, METTE, "PO 4500738 - PSH-2200-D handrail sample sets",
         "Mon, 01 Jul 2024 10:15:00 +0400",
         """Dear Mette,

Greetings from Dubai.

Please find enclosed our PO 4500738 for three (3) sample handrail sets PSH-2200-D (for our TLD
ABS 580 stairs at DXB Concourse B) and, for reference only, your web quotation FS-24-131.

Kindly note the quotation shows 60 sets; only the 3 sample sets are ordered and released. The
balance of 57 sets is not released; details are in the PO.

Kindly acknowledge the PO scope in writing.

Thanks & best regards,
Priya Menon
""" + SIG_PRIYA, html=_c24_cover_html)),
      D("SAGS_PO_4500738.docx", [
          ("h1", "PURCHASE ORDER 4500738"),
          ("p", "Sahra Aviation Ground Services LLC - Procurement - Al Quoz Industrial Area 3, Dubai"),
          ("table", [["Supplier", "Fyn Stål & Gummi ApS, Odense"],
                     ["Date", "1 July 2024"],
                     ["Your quotation", "FS-24-131"],
                     ["Delivery", "CPT Dubai (DXB), within 6 weeks"]]),
          ("table", [["Line", "Part", "Description", "Qty", "Unit price", "Amount"],
                     ["10", "PSH-2200-D", "Handrail set, EN AW-6082 T6, anodised - SAMPLE", "3 sets", "EUR 430,00", "EUR 1.290,00"]]),
          ("h", "Scope of this PO"),
          ("li", "Active quantity: 3 sample sets."),
          ("li", "Balance of 57 sets per quotation FS-24-131: not released."),
          ("li", "Release of the balance: written release from Rashid Al Marri, Procurement Manager, after sample sign-off by Faisal Qureshi (GSE Engineering)."),
          ("li", "Material authority: sample-only (3 sets)."),
          ("li", "Production quantity basis: forecast (Concourse B stair refurbishment 2025)."),
      ], author="Priya Menon"),
      H("FS-24-131_web_quote.html", "Fyn Stål & Gummi - Quotation FS-24-131", """<h2>Fyn Stål &amp; Gummi ApS &mdash; Tilbud / Quotation FS-24-131</h2>
<p>Customer: Sahra Aviation Ground Services LLC, Dubai &middot; Attn. Priya Menon &middot; 24.06.2024</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Lead time</th></tr>
<tr><td>PSH-2200-D</td><td>Handrail set for TLD ABS 580, sample</td><td>3 sets</td><td>EUR 430,00</td><td>6 weeks</td></tr>
<tr><td>PSH-2200-D</td><td>Handrail set for TLD ABS 580, series</td><td>60 sets</td><td>EUR 275,00</td><td>10 weeks</td></tr>
</table>
<p>Prices DAP Dubai excl. duties. Valid 90 days. Quotation only.</p>
<p>Mette Kjær &middot; mk@fynstaal.dk &middot; +45 66 55 01 12</p>""")])

case("c25_sags_staged_material_authority", [],
     "Material authority statement: 6 released, balance 234 not released, billets STAGED up to 120 at buyer liability, release by Rashid after Faisal's sign-off",
     [D("MA-2024-009_TBE-76.docx", [
         ("h1", "Material Authority Statement MA-2024-009"),
         ("table", [["Buyer", "Sahra Aviation Ground Services LLC (SAGS), Dubai"],
                    ["Supplier", "Ege Dövme Makina San. A.Ş., İzmir"],
                    ["PO", "4500720"],
                    ["Part", "TBE-76 tow-bar eye, DRG SAGS-TB-76 Rev D"],
                    ["Date", "05.06.2024"]]),
         ("p", "Released for production: six (6) sample tow-bar eyes."),
         ("p", "Balance: 234 pcs, not released."),
         ("p", "Material authority: STAGED up to 120 pcs. Ege may buy and hold 42CrMo4 billets (Ø90 mm, EN 10083-3) for up to 120 tow-bar eyes at SAGS liability, because the mill lead time is 14 weeks. Forging, machining or heat treatment beyond the 6 sample pcs is not authorized."),
         ("p", "Release of the balance: by written release from Rashid Al Marri, Procurement Manager, after sample sign-off by Faisal Qureshi, GSE Engineering."),
         ("p", "Signed: Rashid Al Marri, 05.06.2024"),
     ], author="Rashid Al Marri")])


# =================================================================== POSITIVE
case("p01_whatsapp_billets_and_rollover", ["RG006", "RG007"],
     "Buyer scope complete (5 samples, 145 held, Otieno sign-off then Grace Njeri written release); supplier bought billets for all 150 and says it forges the 145 as soon as samples are approved",
     [T("WhatsApp Chat with Burak Ege.txt", """14/05/2024, 11:20 - Wanjiru Kamau (Simba): Hi Burak, PO SCH-PO-24-0140 sent to your email for five (5) sample tow-bar eyes TBE-76V.
14/05/2024, 11:21 - Wanjiru Kamau (Simba): The other 145 pcs from your quote are NOT released. Otieno has to sign off the samples first, then Grace Njeri will send you the written release.
14/05/2024, 11:46 - Burak Şahin Ege Dövme: Hello Wanjiru hanım, thank you we received PO 👍
14/05/2024, 11:48 - Burak Şahin Ege Dövme: For your information our steel mill have long lead time 12 weeks, so we already order 42CrMo4 billet for all 150 pcs. Also price is more cheap for full lot
14/05/2024, 11:49 - Burak Şahin Ege Dövme: And when Mr Otieno approve the samples we start direct to forge the 145, no time loss
14/05/2024, 12:05 - Wanjiru Kamau (Simba): Noted Burak, thanks
14/05/2024, 12:06 - Wanjiru Kamau (Simba): Samples ETA?
14/05/2024, 12:30 - Burak Şahin Ege Dövme: 3 weeks production, then 1 week air freight to NBO 🙏
""")])

case("p02_rmvs_sample_po_with_quote_pdf", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO mail for 4 sets with the supplier quote (series 96 sets) attached; nothing says the 96 are not released, no unlock event, no release person",
     [E("PO 4500088123 Handlauf Muster.eml", mail(
         JOERG, METTE, "PO 4500088123 - Handlauf / handrail samples PSH-2200",
         "Mon, 10 Jun 2024 14:05:00 +0200",
         """Sehr geehrte Frau Kjær, dear Mette,

as discussed on the phone, please find our PO 4500088123 for the handrail samples PSH-2200,
4 sets, delivery KW 26 to Frankfurt, Tor 31, Geb. 500 (Werkstatt Bodengeräte).

Attached also your quotation FS-24-118 with the prices for the series.
Drawing RMVS-TR-2200 Rev C is valid.

Mit freundlichen Grüßen
Jörg Bremer
""" + SIG_JOERG, attachments=[("FS-24-118_tilbud.pdf", pdf([
             ("h1", "TILBUD / QUOTATION FS-24-118"),
             ("p", "Fyn Stål & Gummi ApS - Havnegade 41 - DK-5000 Odense C"),
             ("table", [["Customer", "Rhein-Main Vorfeldservice GmbH, Frankfurt"],
                        ["Attn.", "Jörg Bremer, Einkauf"],
                        ["Date", "29.05.2024"],
                        ["Part", "PSH-2200 handrail set, RMVS-TR-2200 Rev C, EN AW-6082 T6, anodised 20 µm"]]),
             ("sp",),
             ("table", [["Pos", "Description", "Qty", "Unit price", "Lead time"],
                        ["1", "Sample sets", "4 sets", "EUR 412,00", "6 weeks"],
                        ["2", "Series", "96 sets", "EUR 268,00", "10 weeks"]]),
             ("sp",),
             ("p", "Series deliveries in lots of 24 sets. Prices DAP Frankfurt, valid 90 days. Load test per EN 12312-1 documented for each lot."),
             ("p", "Med venlig hilsen, Mette Kjær"),
         ], title="FS-24-118", author="Fyn Staal"), PDF_MT)]))])

case("p03_simba_erp_hold_until_further_notice", ["RG004"],
     "Sample PO 20 pcs with balance 1,480 'on hold until further notice' and a named release authority; no unlock event",
     [T("SCH-PO-24-0131_SAPB1.txt", """SIMBA CARGO HANDLING LTD
JKIA Cargo Village, P.O. Box 19087-00501, Nairobi, Kenya        PIN P051234567X
------------------------------------------------------------------------------
PURCHASE ORDER (SAP Business One print)
PO No.    : SCH-PO-24-0131              Date     : 08.05.2024
Vendor    : V00231 WEIHAI HAIXING RUBBER & METAL CO., LTD
Buyer     : Wanjiru Kamau               Currency : USD
Incoterm  : FOB Weihai                  Quote ref: HX-Q-240415-07
------------------------------------------------------------------------------
#  Item code  Description                              Qty  UoM  Price     Total
1  WCB-380    Wheel chock body PU Shore A 90, yellow    20  PCS  38.50       770.00
              DRG SCH-GSE-380 Rev 03, insert M16x1.5
2  TOOL-380   Mould aluminium 2-cav                      1  SET  2,400.00  2,400.00
------------------------------------------------------------------------------
                                                   PO TOTAL USD      3,170.00
REMARKS:
SAMPLE LOT ONLY - 20 PCS.
BALANCE 1,480 PCS AS PER QUOTE HX-Q-240415-07 IS ON HOLD UNTIL FURTHER NOTICE.
RELEASE AUTHORITY FOR THE BALANCE: GRACE NJERI, OPERATIONS DIRECTOR.
MATERIAL FOR 20 PCS ONLY.
DELIVERY: SHED 4, JKIA. ATTN OTIENO OUMA, WORKSHOP.
------------------------------------------------------------------------------
""")])

case("p04_teams_unscoped_approved_goahead", ["RG002"],
     "Scope complete in chat (24 samples, 1,176 held, Dave Kowalchuk's written release after FAI sign-off); later engineer answers 'Approved, go ahead' to 'can we start?' without quantity or sample scope",
     [T("Teams_BLR-89_Perak.txt", """Microsoft Teams - chat export
Chat: BLR-89 rollers - Perak
Participants: Marc-André Leblanc, Heather MacLeod (Northern Tern Airways); Nurul Aisyah (Perak Precision Polymers) (External)

Marc-André Leblanc  2024-06-03 9:12 AM
Hi Nurul, PO 4500719 is out: 24 sample rollers. The 1,176 balance is on hold - Dave Kowalchuk releases it in writing once Heather has signed off the FAI. Material for the 24 only please.

Nurul Aisyah (External)  2024-06-03 9:40 AM
Noted with thanks Marc. Will do lah.

Nurul Aisyah (External)  2024-06-20 4:55 PM
Hi Heather, our coating line got free slot from Monday 24/6. Can we start?

Heather MacLeod  2024-06-20 5:31 PM
Approved, go ahead 👍

Nurul Aisyah (External)  2024-06-20 5:33 PM
Ok tq!! Will arrange
""")])

case("p05_sags_po_forecast_as_commitment", ["RG008"],
     "Sample PO with full scope (30 released, 2.370 held, Rashid's written release after Faisal's sign-off) but the annual forecast of 2.400 is declared a firm commitment to be booked as a firm order",
     [P("SAGS_PO_4500721.pdf", [
         ("h1", "PURCHASE ORDER 4500721"),
         ("p", "Sahra Aviation Ground Services LLC, P.O. Box 54210, Al Quoz Industrial Area 3, Dubai, UAE"),
         ("table", [["Supplier", "Date", "Buyer", "Terms"],
                    ["Metalúrgica do Vouga, Lda, Águeda", "10 June 2024", "Priya Menon", "FCA Porto, 60 days"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Unit", "Unit price EUR", "Amount EUR"],
                    ["10", "BCH-120", "Baggage-cart hinge AISI 316, DRG SAGS-BC-120 Rev 7 - SAMPLE LOT", "30", "pcs", "9,80", "294,00"]]),
         ("h", "Scope"),
         ("p", "This PO releases the sample lot of 30 pcs only. The production quantity (2.370 pcs) is not released: it is released only by written release from Rashid Al Marri, Procurement Manager, after sample sign-off by Faisal Qureshi, GSE Engineering. Material authority: sample-only (30 pcs)."),
         ("h", "Annual requirement"),
         ("p", "SAGS annual requirement for BCH-120, season 2024/25: 2.400 pcs (forecast, from the 2024/25 fleet plan of 600 baggage carts x 4 hinges). This forecast is a firm commitment from SAGS: please book 2.400 pcs in your order book as a firm order and reserve press capacity accordingly."),
         ("p", "Delivery: DWC Logistics District, SAGS GSE Workshop, Gate 7."),
     ], title="PO 4500721", author="SAGS Procurement")])

case("p06_weihai_deposit_started_mass_production", ["RG006", "RG012"],
     "Quoted buyer scope complete (20 samples, 1,480 held); supplier reply says deposit received so mass production of 1.500 started and PU bought for full quantity",
     [E("RE PO SCH-PO-24-0131 sample chocks.eml", mail(
         LILY, WANJIRU, "RE: PO SCH-PO-24-0131 - sample chocks WCB-380",
         "Thu, 16 May 2024 10:20:00 +0800",
         """Dear Wanjiru,

Good day!

30% deposit received yesterday, thank you very much. So we have started the mass production of
1.500 pcs WCB-380 this morning. PU raw material and inserts for full quantity is purchased
already, to keep the price.

Estimated finish 35 days, we will send photo every week.

Best regards,
Lily Wang
""" + SIG_LILY + """
-----Original Message-----
From: Wanjiru Kamau <wkamau@simbacargo.co.ke>
Sent: Wednesday, May 8, 2024 9:12 AM
To: Lily Wang <lily.wang@haixing-wh.cn>
Subject: PO SCH-PO-24-0131 - sample chocks WCB-380

Dear Lily,

Please find our PO SCH-PO-24-0131 for 20 pcs sample chocks WCB-380.

The balance of 1,480 pcs is not released until Otieno Ouma signs off the samples and Grace
Njeri sends you written release. Our finance will pay the 30% deposit per PI HX-PI-0508 this
week.

Kind regards,
Wanjiru Kamau
Procurement Officer, Simba Cargo Handling Ltd
""", cc=OTIENO, in_reply_to="<h220-sch-0508@simbacargo.co.ke>"))])

case("p07_rmvs_minutes_approved_three_ways", ["RG002", "RG009"],
     "Minutes: 'approved' for the PO (SAP/commercial), for the drawing (technical) and 'Ege: approved to proceed' (unscoped); scope otherwise complete (10 pilot, 590 held, Joerg's written release after FAI)",
     [D("Protokoll_Kickoff_GCH-400.docx", [
         ("h1", "Besprechungsprotokoll / Minutes - Kick-off GCH-400 GPU cable hook"),
         ("table", [["Datum / date", "04.06.2024"],
                    ["Ort / place", "Microsoft Teams"],
                    ["Teilnehmer", "Jörg Bremer (Einkauf), Katrin Vogt (Technik), Emre Yıldız (Ege Dövme, Export Sales), Burak Şahin (Ege Dövme, Planning)"],
                    ["Protokoll", "Katrin Vogt"]]),
         ("table", [["Nr", "Thema", "Ergebnis / result", "Wer", "Bis"],
                    ["1", "Order", "PO 4500093310 for 10 pilot hooks GCH-400 is approved (SAP approval by Einkauf done 03.06.).", "JB", "done"],
                    ["2", "Drawing", "DRG 40-118 Rev 12 approved by Technik; thread M12x1.5 confirmed.", "KV", "done"],
                    ["3", "Balance", "Balance of 590 pcs is not released. Jörg Bremer releases it in writing after FAI sign-off by Katrin Vogt.", "JB", "-"],
                    ["4", "Material", "Ege buys S355J2 bar for the 10 pilot hooks only.", "Ege", "-"],
                    ["5", "Next step", "Ege: approved to proceed.", "Ege", "KW 27"],
                    ["6", "FAI", "FAI with 3D measurement report and zinc thickness min. 85 µm (EN ISO 1461).", "Ege / KV", "KW 28"]]),
     ], author="Katrin Vogt")])

case("p08_ege_quote_forecast_firm_bar_for_600", ["RG006", "RG008"],
     "Supplier quote takes the buyer's 600/year forecast as firm order and will buy bar for the full 600 on receipt of the pilot PO; no material authority",
     [P("EGE-Q-2024-0588.pdf", [
         ("h1", "TEKLIF / QUOTATION EGE-Q-2024-0588"),
         ("p", "Ege Dovme Makina San. A.S., Kemalpasa OSB, 35730 Izmir, Türkiye"),
         ("table", [["To", "Rhein-Main Vorfeldservice GmbH, Einkauf Bodengeräte, Frankfurt"],
                    ["Attn.", "Mr. Jörg Bremer"],
                    ["Date", "27.05.2024"],
                    ["Subject", "GCH-400 GPU cable hook, DRG 40-118 Rev 12"]]),
         ("sp",),
         ("table", [["Pos", "Description", "Qty", "Unit price", "Lead time"],
                    ["1", "GCH-400 pilot lot, forged + hot-dip galvanised", "10 pcs", "EUR 38,00", "4 weeks"],
                    ["2", "GCH-400 series", "600 pcs", "EUR 14,20", "8 weeks"],
                    ["3", "Forging die", "1 set", "EUR 3.800,00", "5 weeks"]]),
         ("h", "Notes"),
         ("p", "1. Prices EXW Izmir (Incoterms 2020), valid until 31.07.2024."),
         ("p", "2. Galvanising to EN ISO 1461, min. 85 µm; material certificate 3.1 to EN 10204."),
         ("p", "3. We take the RMVS forecast of 600 pcs per year (your e-mail of 22.05.2024) as firm order for 2024 and we plan our forging capacity on this basis."),
         ("p", "4. On receipt of your PO for the pilot lot we will order S355J2 round bar for the full 600 pcs to secure the mill slot (lead time 10 weeks)."),
         ("p", "5. Payment: 30 days after delivery."),
         ("p", "Best regards, Emre Yildiz, Export Sales Manager"),
     ], title="EGE-Q-2024-0588", author="Ege Dovme")])

case("p09_perak_portal_job_on_po_acceptance", ["RG001", "RG012"],
     "Supplier portal: customer PO 24 sample rollers beside a running job of 1,200 opened upon PO acceptance; nothing marks the 1,200 as not released",
     [H("Perak_order_tracking_NTA.html", "Perak Precision Polymers - Customer Order Tracking", """<h2>Perak Precision Polymers Sdn Bhd &mdash; Customer Order Tracking</h2>
<p>Customer: <b>Northern Tern Airways</b> (C-0457) &middot; Last update 2024-06-18 09:30 MYT</p>
<table>
<tr><th>Ref</th><th>Item</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>Customer PO 4500719</td><td>BLR-89</td><td>Belt-loader roller dia 89 x 600, sample lot</td><td>24</td><td>PO accepted 05-Jun-2024</td></tr>
<tr><td>Job JO-24-1188</td><td>BLR-89</td><td>Belt-loader roller dia 89 x 600, PU Shore A 85</td><td>1,200</td><td>RUNNING &ndash; PU casting 35%</td></tr>
</table>
<div class="note">Job JO-24-1188 was opened and released to the shop floor upon acceptance of customer PO 4500719 (Perak SOP PP-QP-07 rev 3).</div>
<p>Next milestone: bearing press-fit, week 26. Contact: Lim Chee Keong, Operations Manager, +60 5 555 0131.</p>""")])

case("p10_rmvs_sap_po_no_quantity", ["RG010"],
     "Pilot-lot PO line with quantity 'lt. Text' / per FAI plan to be agreed; hold, unlock event and release person stated, but no active quantity anywhere",
     [T("Bestellung_4500093342.txt", """Rhein-Main Vorfeldservice GmbH - Einkauf Bodengeräte - 60549 Frankfurt am Main
BESTELLUNG / PURCHASE ORDER 4500093342                       Datum/date: 03.06.2024
Lieferant/supplier: 70411 Ege Dövme Makina San. A.Ş., Kemalpaşa OSB, İzmir
Ansprechpartner/contact: Jörg Bremer, +49 69 555 31 742
--------------------------------------------------------------------------------
Pos  Material  Bezeichnung / description                  Menge/qty  ME  Preis/price
10   GCH-400   Kabelhaken GPU / GPU cable hook            lt. Text   ST  38,00 EUR
               for 400 Hz / 90 kVA GPU cable, DRG 40-118 Rev 12,
               S355J2, feuerverzinkt / hot-dip galv. EN ISO 1461
--------------------------------------------------------------------------------
Positionstext / line text:
Pilot lot (Erstmuster). Quantity per our FAI plan, to be agreed between Technik and Ege.
The series quantity is NOT released. Production release only in writing by Jörg Bremer
after FAI sign-off by Katrin Vogt. Material: pilot lot only.

Lieferbedingung: DAP Frankfurt, Tor 31, Geb. 500.   Zahlung: 30 Tage netto.
""")])

_p11_html = """<p>Hi Mette,</p><p>Hope all is well in Odense!</p>
<p>PO 4500741 is out for a dozen (12) sample wheel chocks WCB-450 (rubber, for our Dash 8-400 and ATR 72 fleet). They're for the winter trial at YQT, so delivery by Sept 15 would be great.</p>
<p>Pricing per your quote FS-24-127:</p>
<table><tr><th>Stage</th><th>Qty</th><th>Price</th></tr>
<tr><td>Sample lot</td><td>12 pcs</td><td>CAD 96.00 ea</td></tr>
<tr><td>Production</td><td>480 pcs</td><td>CAD 61.50 ea</td></tr>
<tr><td>Production</td><td>960 pcs</td><td>CAD 58.90 ea</td></tr></table>
<p>Ship DAP Thunder Bay, Purolator for the last leg on our account.</p><p>Cheers,<br>Marc-André</p>"""
case("p11_nta_sample_po_with_tier_table", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO mail for 12 chocks lists the quote's production tiers (480 / 960) with nothing saying they are not released; no hold, no unlock event, no release person",
     [E("PO 4500741 sample chocks.eml", mail(
         MARC, METTE, "PO 4500741 - WCB-450 sample wheel chocks",
         "Tue, 09 Jul 2024 10:02:00 -0400",
         """Hi Mette,

Hope all is well in Odense!

PO 4500741 is out for a dozen (12) sample wheel chocks WCB-450 (rubber, for our Dash 8-400
and ATR 72 fleet). They're for the winter trial at YQT, so delivery by Sept 15 would be great.

Pricing per your quote FS-24-127:

  Sample lot     12 pcs    CAD 96.00 ea
  Production    480 pcs    CAD 61.50 ea
  Production    960 pcs    CAD 58.90 ea

Ship DAP Thunder Bay, Purolator for the last leg on our account.

Cheers,
Marc-André
""" + SIG_MARC, html=_p11_html))])

case("p12_sags_samples_approved_go_ahead_production", ["RG002", "RG007"],
     "Two-level thread: supplier quotes the buyer's PO scope (30 samples, 2.370 held until Faisal's sign-off and Rashid's written release); engineer replies 'Samples approved. Please go ahead with production.'",
     [E("RE BCH-120 samples shipped.eml", mail(
         FAISAL, JOAO, "RE: BCH-120 sample hinges shipped - PO 4500721",
         "Tue, 18 Jun 2024 09:35:00 +0400",
         """Dear João,

Samples received on Sunday and checked in our workshop. All dimensions OK, pin torque OK,
salt spray still running but no issue so far.

Samples approved. Please go ahead with production, we need the carts ready for the summer
peak.

Regards,
Faisal
""" + SIG_FAISAL + """
On Thu, 13 Jun 2024 at 17:40, João Ferreira <joao.ferreira@metvouga.pt> wrote:
> Dear Mr Faisal,
>
> The 30 sample hinges BCH-120 left our factory today with DHL, AWB 2400 1187 36.
>
> For good order, we copy below the scope from your PO:
>
> > PO 4500721 - 30 pcs samples only. Balance 2.370 pcs not released until sample sign-off
> > by Faisal Qureshi and written release from Rashid Al Marri, Procurement Manager.
> > Material authority: sample-only.
>
> Com os melhores cumprimentos / Best regards
> João Ferreira
> Metalúrgica do Vouga, Lda
""", cc=PRIYA, in_reply_to="<h220-mv-0613@metvouga.pt>"))])

case("p13_nta_interim_300_no_balance_hold", ["RG003", "RG004"],
     "Interim disposition lets Perak produce 300 rollers, release person named (Dave Kowalchuk), but never says the rest of the programme is not released nor what unlocks it",
     [D("SDR-2024-019_BLR-89.docx", [
         ("h1", "Sample Disposition Record SDR-2024-019"),
         ("table", [["Field", "Value"],
                    ["Part", "BLR-89 belt-loader roller, spec NTA-GSE-089 Rev 12"],
                    ["Supplier", "Perak Precision Polymers Sdn Bhd, Ipoh"],
                    ["Samples", "24 pcs, PO 4500719 line 1"],
                    ["Commercial cover", "PO 4500719 rev 2"],
                    ["Date", "2024-07-03"]]),
         ("h", "Findings"),
         ("table", [["Characteristic", "Requirement", "Result", "Status"],
                    ["OD", "89 +0/-0.3 mm", "88.80 - 88.97", "OK"],
                    ["Coating hardness", "Shore A 85 +/-5", "82 - 87", "OK"],
                    ["Bearing press-fit force", "6 - 9 kN", "5.4 - 9.1 kN (2 of 24 low)", "NOT OK"],
                    ["Static load 2,000 kg", "no crack", "no crack", "OK"]]),
         ("h", "Disposition: INTERIM"),
         ("p", "Interim disposition, valid until 31 August 2024. Perak may produce 300 rollers under this interim disposition while the press-fit fixture is corrected."),
         ("p", "Production release of the 300 rollers: Dave Kowalchuk, Director Ground Operations (release authority), signed 2024-07-03. Material authority: 300 rollers."),
         ("p", "Engineering: Heather MacLeod, P.Eng."),
     ], author="Heather MacLeod")])

case("p14_rmvs_mail_4_sets_docx_po_6_sets", ["RG011"],
     "Cover mail says 4 sample sets (92 held, Hartmann's written release after sign-off); attached DOCX PO of the same order says 6 sample sets",
     [E("PO 4500088123 samples.eml", mail(
         JOERG, METTE, "Bestellung / PO 4500088123 - PSH-2200 samples",
         "Mon, 10 Jun 2024 15:30:00 +0200",
         """Dear Mette,

attached our PO 4500088123 for the handrail samples PSH-2200: 4 sample sets.

The balance of 92 sets is not released. Dr. Uwe Hartmann releases it in writing after Katrin
Vogt has signed off the samples. Material for the samples only, please.

Please confirm delivery KW 26.

Mit freundlichen Grüßen
Jörg Bremer
""" + SIG_JOERG, attachments=[("Bestellung_4500088123.docx", docx_bytes([
             ("h1", "Bestellung / Purchase Order 4500088123"),
             ("p", "Rhein-Main Vorfeldservice GmbH - Einkauf Bodengeräte - 60549 Frankfurt am Main"),
             ("table", [["Lieferant / supplier", "Fyn Stål & Gummi ApS, Odense (70388)"],
                        ["Datum / date", "10.06.2024"],
                        ["Angebot / quotation", "FS-24-118"]]),
             ("table", [["Pos", "Material", "Bezeichnung", "Menge", "ME", "Preis", "Betrag"],
                        ["10", "PSH-2200", "Handlauf-Satz / handrail set - Muster / sample, RMVS-TR-2200 Rev C", "6", "Satz / sets", "EUR 412,00", "EUR 2.472,00"]]),
             ("p", "Restmenge lt. Angebot FS-24-118 nicht freigegeben / balance per quotation FS-24-118 not released."),
             ("p", "Produktionsfreigabe nur schriftlich durch Dr. Uwe Hartmann nach Bemusterung (sample sign-off) durch K. Vogt. Material nur für die Muster."),
             ("p", "Lieferung: DAP Frankfurt, Tor 31, Geb. 500, KW 26."),
         ], author="Jörg Bremer"), DOCX_MT)]))])

case("p15_nta_830_planning_declared_firm", ["RG008"],
     "X12 830 planning schedule (lines coded D = planning) with a buyer note declaring the forecast a firm requirement to be treated as firm orders",
     [T("X12_830_NTA-830-2024-26.txt", """ANSI X12 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY - PRINT VIEW
ISA sender NORTHERNTERN   receiver PERAKPOLY   control 000004471   2024-06-24 07:15
BFR*05**NTA-830-2024-26*DL*A*20240701*20241229*20240624
N1*ST*NORTHERN TERN AIRWAYS GSE SHOP*92*YQT
LIN**BP*BLR-89*EC*12
Item: BLR-89 belt-loader roller dia 89 x 600, PU Shore A 85, spec NTA-GSE-089 Rev 12   UOM EA

FST  QTY   CODE  TIMING  DATE        COMMENT
1    200   D     W       2024-07-29  planning
2    200   D     W       2024-08-26  planning
3    200   D     W       2024-09-23  planning
4    200   D     W       2024-10-21  planning
5    200   D     W       2024-11-18  planning
6    200   D     W       2024-12-16  planning
CTT  total 1 200

NTE*GEN (buyer note, M.-A. Leblanc, Supply Chain):
This forecast for H2-2024 is our firm requirement. Perak shall treat the quantities above as
firm orders and build to this schedule. PO to follow for invoicing.
SE*18*0001
""")])

case("p16_sags_portal_auto_production_approval", ["RG007", "RG009"],
     "Buyer portal: 'APPROVED' used for the PO (finance), for the samples and for production; says supplier may start the balance once sample status shows APPROVED, against its own written-release line",
     [H("SAGS_supplier_portal_PO_4500720.html", "SAGS Supplier Collaboration Portal - PO 4500720", """<div style="background:#7a1f1f;color:#fff;padding:6px">Sahra Aviation Ground Services &middot; Supplier Collaboration Portal</div>
<h2>PO 4500720 &mdash; TBE-76 tow-bar eye &mdash; Ege Dövme Makina San. A.Ş.</h2>
<table>
<tr><th>Step</th><th>Status</th><th>By / date</th></tr>
<tr><td>PO approval</td><td>APPROVED</td><td>Finance, 02-Jun-2024</td></tr>
<tr><td>Sample lot (6 pcs)</td><td>Released with PO</td><td>Priya Menon, 03-Jun-2024</td></tr>
<tr><td>Sample approval</td><td>PENDING</td><td>Faisal Qureshi, GSE Engineering</td></tr>
<tr><td>Balance (234 pcs)</td><td>On hold</td><td>Release authority: Rashid Al Marri, by written release after sample sign-off</td></tr>
</table>
<div class="note">Production approval follows sample approval automatically: supplier may start the balance once the sample status shows APPROVED.</div>
<p>Documents: PO 4500720 Rev 0 (PDF) &middot; DRG SAGS-TB-76 Rev D &middot; Quote EGE-Q-2024-0512</p>""")])

case("p17_nta_pdf_po_with_production_batch_row", ["RG001", "RG003", "RG004", "RG005"],
     "PDF PO: sample line 20 hinges plus a 'Production batch 800' row with price and delivery; nothing says the 800 are not released, no unlock event, no release person",
     [P("NTA_PO_4500749.pdf", [
         ("h1", "PURCHASE ORDER 4500749"),
         ("p", "Northern Tern Airways Inc. - Hangar 3, 2 Airport Road, Thunder Bay ON P7E 0A1 - Canada"),
         ("table", [["Supplier", "Date", "Buyer", "Terms"],
                    ["Metalúrgica do Vouga, Lda (vendor 300812)", "2024-06-05", "Marc-André Leblanc", "Net 45, FCA Porto"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "UOM", "Unit price", "Extended / delivery"],
                    ["1", "BCH-120", "Baggage-cart hinge AISI 316, sample lot, DRG NTA-BC-120 Rev 2", "20", "EA", "EUR 9.80", "EUR 196.00"],
                    ["Production batch", "BCH-120", "Baggage-cart hinge AISI 316", "800", "EA", "EUR 4.95", "10 weeks after samples"]]),
         ("sp",),
         ("p", "Ship samples to: Northern Tern Airways, GSE Shop, Hangar 3, Thunder Bay (YQT). Certificates EN 10204 3.1 with the shipment."),
         ("p", "Questions: marc-andre.leblanc@northerntern.ca, +1 807 555 0142"),
     ], pagesize=LETTER, title="PO 4500749", author="M.-A. Leblanc")])

case("p18_wechat_finance_deposit_start", ["RG012"],
     "WeChat: buyer scope complete (16 samples, 624 held until Otieno's sign-off and Grace Njeri's written release); buyer's finance says deposit paid 'so you can start the mass production now' and supplier agrees",
     [T("WeChat_Simba_BLR-76_rollers.txt", """微信聊天记录 / WeChat chat history
群聊 / Group: Simba x Haixing BLR-76 rollers
Exported: 2024-05-27

2024-05-09 10:02  Wanjiru Kamau: Dear Lily, PO SCH-PO-24-0144 sent for sixteen (16) sample rollers BLR-76. Balance 624 pcs not released until Otieno signs off the samples and Grace Njeri gives written release 🙏
2024-05-09 10:31  Lily Wang 王丽: Received, thank you dear. Sample 20 days.
2024-05-09 10:32  Lily Wang 王丽: Please arrange the deposit 30% of PI HX-PI-0509 (samples + production)
2024-05-21 16:40  Peter Mwangi (Simba Finance): Hello Lily, 30% deposit for the rollers paid today, SWIFT sent to your email. So you can start the mass production now.
2024-05-21 16:58  Lily Wang 王丽: OK received, thank you! We arrange mass production from tomorrow 👍
2024-05-21 17:02  Otieno Ouma: Lily pls share sample photos when ready
""")])

case("p19_whatsapp_good_to_run_no_qty", ["RG002", "RG010"],
     "Chat: 'You're good to run' with no quantity or sample scope and the PO quantity never stated; hold, unlock event (trial sign-off) and release person (Dave Kowalchuk) are stated",
     [T("WhatsApp Chat - Mette Kjaer Fyn.txt", """[2024-06-11, 8:02:13 a.m.] Marc-André Leblanc: Morning Mette! PO 4500742 for the winter-trial chocks is in your inbox 📩
[2024-06-11, 8:03:40 a.m.] Marc-André Leblanc: You're good to run. Rest of the program stays on hold till Heather signs off the trial, Dave Kowalchuk sends the release after that.
[2024-06-11, 8:30:05 a.m.] Mette Kjær: Hi Marc-André, super, thanks. We start Monday.
[2024-06-11, 8:31:22 a.m.] Mette Kjær: Compound is the NR/SBR 70 Shore like last year?
[2024-06-11, 8:40:51 a.m.] Marc-André Leblanc: Yup, same spec NTA-GSE-045 Rev 3. Has to stay flexible at -40 though 🥶
""")])

case("p20_rmvs_release_letter_200_vs_250", ["RG011"],
     "Release letter says 'two hundred (200)' released in the text but 'Released quantity 250' in its table; scope otherwise complete",
     [P("Produktionsfreigabe_FR-2024-014.pdf", [
         ("h1", "Produktionsfreigabe / Production release FR-2024-014"),
         ("p", "Rhein-Main Vorfeldservice GmbH - Einkauf Bodengeräte - Frankfurt am Main"),
         ("table", [["An / to", "Ege Dovme Makina San. A.S., Izmir"],
                    ["Bestellung / PO", "4500093310"],
                    ["Teil / part", "GCH-400 GPU cable hook, DRG 40-118 Rev 12"],
                    ["Datum / date", "02.07.2024"]]),
         ("sp",),
         ("p", "Following the FAI sign-off FAI-24-033 by Katrin Vogt on 01.07.2024, we hereby release two hundred (200) GPU cable hooks GCH-400 for production."),
         ("table", [["Position", "Menge / qty"],
                    ["Pilot lot (delivered)", "10"],
                    ["Freigabemenge / released quantity (this release)", "250"],
                    ["Not released (balance)", "390"],
                    ["Total per PO", "600"]]),
         ("sp",),
         ("p", "The balance of 390 pcs is not released. The next release will be issued in writing by Jörg Bremer after lot acceptance of the first 200 pcs at our goods receipt. Material authority: released quantity only."),
         ("p", "Jörg Bremer, Einkauf Bodengeräte"),
     ], title="FR-2024-014", author="J. Bremer")])

case("p21_fyn_tube_for_96_and_continue_on_approval", ["RG006", "RG007"],
     "Two-level thread: buyer says only 4 sets released, 92 held until sign-off and Hartmann's written release; supplier replies tube for all 96 sets is bought and cut and it will weld the 92 directly when Katrin approves the samples",
     [E("RE AW PO 4500088123 series preparation.eml", mail(
         METTE, JOERG, "RE: AW: PO 4500088123 - series preparation",
         "Thu, 13 Jun 2024 09:10:00 +0200",
         """Hej Jörg,

thanks for the quick answer.

To keep your October date we have ordered and cut the 6082-T6 tube for all 96 sets already
(Hydro delivered Tuesday). When Katrin approves the samples we continue directly with welding
the 92 sets, so no time is lost.

Med venlig hilsen / Best regards
Mette Kjær
""" + SIG_METTE + """
> From: Jörg Bremer <joerg.bremer@rmvs-fra.de>
> Sent: Mittwoch, 12. Juni 2024 08:55
> To: Mette Kjær <mk@fynstaal.dk>
> Subject: AW: PO 4500088123 - series preparation
>
> Mette,
> no, please don't. Only the 4 sample sets are released. The balance of 92 sets is on hold
> until Katrin Vogt signs off the samples and Dr. Uwe Hartmann sends you a written release.
> Gruß
> Jörg
>
>> From: Mette Kjær <mk@fynstaal.dk>
>> Sent: Tuesday, 11 June 2024 15:20
>> Subject: PO 4500088123 - series preparation
>>
>> Hi Jörg,
>> can we start to prepare the series already? The tube mill has long delivery now.
>> Mette
""", in_reply_to="<h220-rmvs-0612@rmvs-fra.de>"))])

case("p22_sags_docx_pilot_po_nothing_else", ["RG003", "RG004", "RG005"],
     "Formal PO letter authorizes a pilot lot of sixteen (16) rollers ahead of the fleet requirement; never says the rest is not released, no unlock event, only an unnamed department",
     [D("SAGS_PO_4500744_pilot_rollers.docx", [
         ("h1", "PURCHASE ORDER 4500744"),
         ("p", "Sahra Aviation Ground Services LLC - Procurement Department - Al Quoz Industrial Area 3, Dubai, UAE"),
         ("table", [["To", "Perak Precision Polymers Sdn Bhd, Ipoh, Malaysia"],
                    ["Attn.", "Ms Nurul Aisyah"],
                    ["Date", "19 June 2024"],
                    ["Your ref.", "PPP-Q-24-072"]]),
         ("table", [["Item", "Part", "Description", "Qty", "Unit price USD", "Amount USD"],
                    ["1", "BLR-89-D", "Belt-loader roller dia 89 x 600, PU Shore A 85, for TLD NBL-E belt loaders", "16", "31.00", "496.00"]]),
         ("p", "This PO authorizes the pilot lot of sixteen (16) rollers, ahead of our fleet requirement for the DWC belt loaders."),
         ("p", "Delivery: CIF Jebel Ali, within 4 weeks. Packing: individual carton, 8 pcs per outer box. Certificate of conformity and material certificate with the shipment."),
         ("p", "Payment: 60 days from invoice."),
         ("p", "For Sahra Aviation Ground Services LLC - Procurement Department. Buyer contact: Priya Menon, +971 4 555 0143."),
     ], author="SAGS Procurement")])

case("p23_rmvs_portal_release_40_vs_48", ["RG011"],
     "Buyer portal release view: note releases 40 sets (52 not released), the release table shows 48 sets for the same release",
     [H("RMVS_Lieferantenportal_Abrufe_4500088123.html", "RMVS Lieferantenportal - Abrufe", """<h2>RMVS Lieferantenportal &mdash; Abrufe / Releases</h2>
<p>Lieferant: Fyn Stål &amp; Gummi ApS (70388) &middot; Bestellung 4500088123 &middot; Teil PSH-2200 Handlauf-Satz / handrail set</p>
<div class="note"><b>Production release FR-2024-019 (15.07.2024)</b><br>
After sample sign-off by Katrin Vogt (12.07.2024) we release <b>40 sets</b> PSH-2200 for production.
The remaining 52 sets are not released; the next release follows in writing by Dr. Uwe Hartmann after lot acceptance of the first 20 sets. Material authority: released quantity only.</div>
<table>
<tr><th>Abruf / release</th><th>Datum</th><th>Freigegebene Menge / released qty</th><th>Liefertermin</th><th>Status</th></tr>
<tr><td>Muster / samples</td><td>10.06.2024</td><td>4</td><td>KW 26</td><td>geliefert</td></tr>
<tr><td>FR-2024-019</td><td>15.07.2024</td><td>48</td><td>KW 36 / KW 38</td><td>offen</td></tr>
</table>
<p>Rückfragen: Jörg Bremer, Einkauf, +49 69 555 31 742</p>""", lang="de")])

_p24_html = """<p>Hi Nurul,</p>
<p>Please find PO 4500719 for 24 sample rollers BLR-89 (spec NTA-GSE-089 Rev 12). FAI package per our supplier manual section 7.</p>
<p>Attached is the BLR-89 roller delivery schedule for this year.</p>
<p>Dave Kowalchuk (Director, Ground Operations) is the release authority for this program.</p>
<p>Thanks,<br>Marc-André</p>"""
case("p24_nta_po_mail_with_schedule_pdf", ["RG001", "RG003", "RG004"],
     "PO mail for 24 sample rollers with an attached delivery schedule of 1,200 (no 'not released' wording); release authority named but no hold and no unlock event",
     [E("PO 4500719 BLR-89 sample rollers.eml", mail(
         MARC, NURUL, "PO 4500719 - BLR-89 sample rollers + schedule",
         "Mon, 03 Jun 2024 09:05:00 -0400",
         """Hi Nurul,

Please find PO 4500719 for 24 sample rollers BLR-89 (spec NTA-GSE-089 Rev 12). FAI package per
our supplier manual section 7.

Attached is the BLR-89 roller delivery schedule for this year.

Dave Kowalchuk (Director, Ground Operations) is the release authority for this program.

Thanks,
Marc-André
""" + SIG_MARC, html=_p24_html, cc=HEATHER,
         attachments=[("BLR-89_delivery_schedule_2024.pdf", pdf([
             ("h1", "BLR-89 Delivery Schedule 2024"),
             ("p", "Northern Tern Airways - Ground Operations - supplier: Perak Precision Polymers Sdn Bhd"),
             ("table", [["Month", "Station", "Qty (EA)"],
                        ["August", "YQT Thunder Bay", "300"],
                        ["September", "YWG Winnipeg", "300"],
                        ["October", "YXU London ON", "300"],
                        ["November", "YQT Thunder Bay", "300"],
                        ["Total", "", "1,200"]]),
             ("sp",),
             ("p", "Packing: 12 rollers per crate, crate marked with station code and PO number."),
         ], pagesize=LETTER, title="BLR-89 delivery schedule 2024", author="M.-A. Leblanc"), PDF_MT)]))])

case("p25_simba_erp_qty_as_per_sample_plan", ["RG010"],
     "Sample PO whose quantity is 'AS PER SAMPLE PLAN' (never stated); hold, unlock event and release person are present",
     [T("SCH-PO-24-0163_print.txt", """SIMBA CARGO HANDLING LTD - PURCHASE ORDER                         Page 1/1
PO No: SCH-PO-24-0163        Date: 27.05.2024        Buyer: W. Kamau
Vendor: V00318 METALURGICA DO VOUGA LDA, AGUEDA, PORTUGAL
Terms: 30 days after delivery, CPT Nairobi JKIA
--------------------------------------------------------------------------------
#  Item      Description                                  Qty          UoM  Price EUR
1  BCH-120   Baggage-cart hinge AISI 316, 120 mm,         AS PER       PCS  9,80
             DRG SCH-BC-120 Rev 4, pin 12 mm h9           SAMPLE PLAN
--------------------------------------------------------------------------------
REMARKS:
1. SAMPLE LOT ONLY, QUANTITY AS PER OUR SAMPLE PLAN (TO BE SHARED BY WORKSHOP).
2. BALANCE NOT RELEASED UNTIL SAMPLE SIGN-OFF BY OTIENO OUMA (WORKSHOP ENGINEER)
   AND WRITTEN RELEASE FROM GRACE NJERI (OPERATIONS DIRECTOR).
3. MATERIAL FOR SAMPLE LOT ONLY.
4. SUPPLIER QMS ISO 9001:2015 REQUIRED. MATERIAL CERT EN 10204 3.1.
--------------------------------------------------------------------------------
""")])

case("p26_vouga_status_started_after_advance", ["RG012"],
     "Supplier status report: balance of 2.370 in production, started after receipt of the advance payment 'as per our normal practice'; no authorized quantity stated in the report",
     [P("Relatorio_estado_SAGS_4500721.pdf", [
         ("h1", "Relatório de estado / Status report"),
         ("p", "Metalúrgica do Vouga, Lda - Rua da Indústria 120, 3750-101 Águeda, Portugal"),
         ("table", [["Customer", "Sahra Aviation Ground Services LLC (SAGS), Dubai"],
                    ["PO", "4500721"],
                    ["Part", "BCH-120 baggage-cart hinge, AISI 316"],
                    ["Report date", "28-06-2024"],
                    ["Prepared by", "João Ferreira"]]),
         ("h", "Status"),
         ("table", [["Item", "Status", "Remark"],
                    ["Samples", "Shipped 13-06 (DHL AWB 2400 1187 36)", "Awaiting your sign-off"],
                    ["Advance payment 30%", "Received 18-06", "Thank you"],
                    ["Balance of order, 2.370 pcs", "In production: blanking 100%, forming 60%, welding 0%", "Started 19-06, after receipt of the advance payment, as per our normal practice"],
                    ["Packing", "Wooden crates of 200 pcs", "-"]]),
         ("sp",),
         ("p", "Planned shipment of the balance: week 30, FCA Porto. Please confirm your forwarder."),
     ], title="Status report SAGS 4500721", author="J. Ferreira")])

case("p27_rmvs_sap_released_two_meanings", ["RG009"],
     "SAP print: 'RELEASED / freigegeben' for the PO release strategy (commercial) and 'released' for production on the same page; production scope itself is complete",
     [T("ME23N_4500093310.txt", """SAP ECC 6.0 - ME23N Bestellung anzeigen / Display purchase order - Druckansicht
--------------------------------------------------------------------------------
Bestellung / PO ..........: 4500093310      Belegart NB      Datum 03.06.2024
Lieferant / vendor .......: 70411 Ege Dövme Makina San. A.Ş., İzmir TR
Einkäufergruppe ..........: B17 Bremer, Jörg     Tel +49 69 555 31 742
Freigabestrategie ........: F1 (Einkauf > 5.000 EUR: Leiter Werkstatt)
Freigabestatus ...........: RELEASED / freigegeben   04.06.2024 10:12   U.HARTMANN
--------------------------------------------------------------------------------
Pos  Material  Kurztext                          Menge  ME  Nettopreis  Liefertermin
10   GCH-400   GPU cable hook - pilot lot           10  ST  38,00 EUR   KW 28
20   GCH-400   GPU cable hook - series             590  ST  14,20 EUR   tbd
--------------------------------------------------------------------------------
Positionstext Pos 20:
  Commercial cover only. Production of this position is NOT released. It is released only
  by written release from Jörg Bremer after FAI sign-off by Katrin Vogt on the 10 pilot
  hooks. Material authority: pilot lot only.

Kopftext: Zeichnung DRG 40-118 Rev 12; galv. EN ISO 1461 min. 85 µm; Abnahmezeugnis 3.1
EN 10204. Lieferadresse Tor 31, Geb. 500.
""")])

_p28_orig = mail(JOERG, EMRE, "PO 4500093310 - GCH-400 pilot hooks",
                 "Mon, 03 Jun 2024 16:40:00 +0200",
                 """Dear Mr Yıldız,

please find our PO 4500093310: ten (10) pilot hooks GCH-400, DRG 40-118 Rev 12, delivery KW 28.

The balance of 590 pcs is not released. I release it in writing after Katrin Vogt has signed
off the FAI. Material for the 10 pilot hooks only.

Mit freundlichen Grüßen
Jörg Bremer
""" + SIG_JOERG)
case("p28_ege_internal_fwd_12_vs_10", ["RG011"],
     "Supplier internal forward says PO 4500093310 is for 12 pilot pcs; the forwarded buyer PO mail (rfc822) says ten (10)",
     [E("FW PO 4500093310 GCH-400 pilot hooks.eml", mail(
         EMRE, BURAK, "FW: PO 4500093310 - GCH-400 pilot hooks",
         "Tue, 04 Jun 2024 08:15:00 +0300",
         """Burak bey merhaba,

Customer RMVS Frankfurt PO below for pilot hooks GCH-400. PO 4500093310 is for 12 pilot pcs,
please plan forging next week on the 1.600 t press and galvanising at Kemalpaşa.

Series is not released, we wait their written release. Don't buy bar for series.

Kolay gelsin,
Emre
""" + SIG_EMRE, cc="Planlama <planlama@egedovme.com.tr>",
         attachments=[("rfc822", _p28_orig)]))])

case("p29_sags_mail_advance_start_production", ["RG003", "RG004", "RG005", "RG012"],
     "Buyer mail: 30 sample hinges, then 'advance 30% released by our finance, hence you may start the production also'; no hold on the balance, no unlock event, no release person",
     [T("PO 4500746 - BCH-150 hinges.txt", """From: Priya Menon <priya.menon@sahra-ags.ae>
Sent: Monday, 17 June 2024 10:05
To: João Ferreira <joao.ferreira@metvouga.pt>
Cc: Tariq Hamdan <tariq.hamdan@sahra-ags.ae>
Subject: PO 4500746 - BCH-150 hinges

Dear João,

Greetings from Dubai!

Kindly arrange thirty (30) nos sample hinges BCH-150 against our PO 4500746, which is sent
separately from our system.

Advance 30% of the total order value is already released by our finance today (TT ref
FT24169AE0192). Hence you may kindly start the production also at your end and share the
schedule at the earliest.

Thanks & regards,
Priya Menon
Senior Buyer - Procurement
Sahra Aviation Ground Services LLC
T +971 4 555 0143 | Al Quoz Industrial Area 3, Dubai
""")])

case("p30_weihai_sales_confirmation_forecast_firm", ["RG001", "RG008"],
     "Supplier sales confirmation lists PO 20 samples and confirms the buyer's forecast 1.500 pcs as a firm order; nothing says the 1.500 are not released",
     [P("SC-HX-240520.pdf", [
         ("h1", "SALES CONFIRMATION"),
         ("p", "Weihai Haixing Rubber & Metal Co., Ltd. - No. 18 Haibin North Road, Weihai, Shandong 264200, China"),
         ("table", [["SC No.", "Date", "Buyer", "Attn."],
                    ["SC-HX-240520", "2024-05-20", "Simba Cargo Handling Ltd, Nairobi", "Ms. Wanjiru Kamau"]]),
         ("sp",),
         ("table", [["No.", "Description", "Basis", "Qty", "Unit price USD", "Delivery"],
                    ["1", "WCB-380 wheel chock body, sample", "PO SCH-PO-24-0131", "20 pcs", "38.50", "2024-06-05"],
                    ["2", "WCB-380 wheel chock body, production", "Simba forecast FY2024/25", "1.500 pcs", "21.80", "Sep-Dec 2024, 4 lots"]]),
         ("sp",),
         ("p", "We confirm item 2 as firm order according to your forecast FY2024/25. Please confirm shipping marks for the production lots."),
         ("p", "Seller: Lily Wang (Sales)          Buyer: ____________________"),
     ], title="SC-HX-240520", author="Haixing Sales")])

case("p31_rmvs_fai_record_roll_into_series", ["RG007", "RG009"],
     "FAI record: header says balance 590 not released until Joerg's written release, but remarks say with the FAI approved Ege can roll straight into the series; 'approved' also used for the PO (Einkauf)",
     [D("FAI-24-033_GCH-400.docx", [
         ("h1", "Erstmusterprüfbericht / FAI sign-off record FAI-24-033"),
         ("table", [["Teil / part", "GCH-400 GPU cable hook, DRG 40-118 Rev 12"],
                    ["Lieferant / supplier", "Ege Dövme Makina San. A.Ş., İzmir"],
                    ["Bestellung / order", "PO 4500093310 - 10 pilot hooks"],
                    ["Restmenge / balance", "590 pcs - not released; production release only in writing by Jörg Bremer after this FAI sign-off"]]),
         ("h", "Ergebnisse / results"),
         ("table", [["Merkmal", "Soll", "Ist", "i.O."],
                    ["Hook opening", "62 +1/0 mm", "62,3 - 62,7", "ja"],
                    ["Thread", "M12x1,5 - 6g", "gauge OK", "ja"],
                    ["Zinc thickness", "min. 85 µm", "92 - 110 µm", "ja"],
                    ["Proof load", "4 kN, no deformation", "OK", "ja"],
                    ["Cycle test", "2.000 cycles", "no crack", "ja"]]),
         ("h", "Ergebnis / result"),
         ("p", "FAI approved. Katrin Vogt, Technik, 01.07.2024"),
         ("h", "Bemerkungen / remarks"),
         ("p", "PO approved by Einkauf on 03.06. With the FAI approved, Ege can roll straight into the series; Jörg will do the release paperwork afterwards."),
     ], author="Katrin Vogt")])

# ---- multi-file folders
case("p32_simba_bundle_mail8_po10", ["RG011"],
     "Cover mail says eight (8) sample eyes (balance 312 held, Grace Njeri's written release after Otieno's sign-off); PO PDF of the same order says 10; quote has sample lot 8",
     [E("PO SCH-PO-24-0158 tow-bar eyes.eml", mail(
         WANJIRU, JOAO, "PO SCH-PO-24-0158 - sample tow-bar eyes TBE-76V",
         "Wed, 29 May 2024 11:10:00 +0300",
         """Bom dia João,

Please find attached our PO SCH-PO-24-0158 for eight (8) sample tow-bar eyes TBE-76V and, for
reference, your quotation VG-Q-0412.

The balance of 312 pcs is not released. It will be released in writing by Grace Njeri
(Operations Director) after Otieno Ouma has signed off the samples. Material for the samples
only please.

Kind regards,
Wanjiru Kamau
""" + SIG_WANJIRU)),
      P("SCH-PO-24-0158.pdf", [
          ("h1", "PURCHASE ORDER SCH-PO-24-0158"),
          ("p", "Simba Cargo Handling Ltd - JKIA Cargo Village - P.O. Box 19087-00501, Nairobi, Kenya"),
          ("table", [["Vendor", "Date", "Buyer", "Terms"],
                     ["Metalúrgica do Vouga, Lda (V00318)", "29.05.2024", "Wanjiru Kamau", "CPT Nairobi JKIA, 30 days"]]),
          ("sp",),
          ("table", [["#", "Item", "Description", "Qty", "UoM", "Price EUR", "Total EUR"],
                     ["1", "TBE-76V", "Tow-bar eye, forged 42CrMo4 Q+T, lunette 76 mm, DRG SCH-TB-76 Rev 5 - SAMPLE", "10", "PCS", "88,00", "880,00"]]),
          ("sp",),
          ("p", "Remarks: sample lot only. Balance as per quotation VG-Q-0412 not released; release in writing by Grace Njeri (Operations Director) after sample sign-off by Otieno Ouma. Material for the sample lot only."),
      ], title="SCH-PO-24-0158", author="Simba Procurement"),
      P("VG-Q-0412_cotacao.pdf", [
          ("h1", "Cotação / Quotation VG-Q-0412"),
          ("p", "Metalúrgica do Vouga, Lda - Rua da Indústria 120, 3750-101 Águeda, Portugal"),
          ("table", [["Customer", "Simba Cargo Handling Ltd, Nairobi"],
                     ["Date", "22-04-2024"],
                     ["Part", "TBE-76V tow-bar eye, DRG SCH-TB-76 Rev 5"]]),
          ("table", [["Item", "Stage", "Qty", "Unit price", "Delivery"],
                     ["1", "Sample lot", "8 pcs", "EUR 88,00", "4 weeks"],
                     ["2", "Production", "320 pcs", "EUR 41,20", "8 weeks after release"]]),
          ("p", "Prices FCA Porto. Validity 60 days. Proof load certificate per lot."),
          ("p", "João Ferreira, Director Comercial"),
      ], title="VG-Q-0412", author="Metalurgica do Vouga")])

case("p33_nta_po_and_proforma_mismatch", ["RG011", "RG012"],
     "ERP PO 4500719 releases 24 only (1,176 held, Dave Kowalchuk after FAI); supplier proforma cites PO 4500791 for 1,200 pcs and says production commences on receipt of the 30% deposit",
     [T("PO_4500719_Oracle_print.txt", """NORTHERN TERN AIRWAYS INC.                                        PURCHASE ORDER
Oracle EBS print  -  PO 4500719  -  Rev 0  -  2024-06-03
Supplier: PERAK PRECISION POLYMERS SDN BHD (200471), IPOH, PERAK, MALAYSIA
Ship to : NTA GSE SHOP, HANGAR 3, THUNDER BAY ON (YQT)       Terms: NET 45 / DAP YQT
Buyer   : MARC-ANDRE LEBLANC   +1 807 555 0142
--------------------------------------------------------------------------------
LN  ITEM    DESCRIPTION                                   QTY  UOM  UNIT USD  EXT USD
1   BLR-89  BELT-LOADER ROLLER DIA 89 X 600, PU SH A 85    24  EA   38.00     912.00
            SPEC NTA-GSE-089 REV 12 - SAMPLE LOT / FAI
--------------------------------------------------------------------------------
NOTE TO SUPPLIER:
THIS PO RELEASES THE 24 EA SAMPLE LOT ONLY.
BALANCE 1,176 EA PER QUOTE PPP-Q-24-061 IS NOT RELEASED. IT IS RELEASED ONLY IN WRITING
BY DAVE KOWALCHUK, DIRECTOR GROUND OPERATIONS, AFTER FAI SIGN-OFF BY HEATHER MACLEOD.
MATERIAL AUTHORITY: 24 EA ONLY.
--------------------------------------------------------------------------------
"""),
      P("PI-PPP-24-0611.pdf", [
          ("h1", "PROFORMA INVOICE"),
          ("p", "Perak Precision Polymers Sdn Bhd - Lot 22, Kawasan Perindustrian Menglembu, 31450 Ipoh, Perak, Malaysia"),
          ("table", [["PI No.", "Date", "Customer", "Your PO ref."],
                     ["PI-PPP-24-0611", "11-Jun-2024", "Northern Tern Airways Inc.", "4500791"]]),
          ("sp",),
          ("table", [["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
                     ["1", "BLR-89 belt-loader roller dia 89 x 600, PU Shore A 85", "1,200", "27.90", "33,480.00"],
                     ["", "30% deposit", "", "", "10,044.00"],
                     ["", "70% balance before shipment", "", "", "23,436.00"]]),
          ("sp",),
          ("p", "Bank: Maybank Ipoh Garden, SWIFT MBBEMYKL, A/C 5080 1200 2400."),
          ("p", "Remarks: Production will commence upon receipt of 30% deposit. Delivery 6 weeks after deposit."),
          ("p", "Nurul Aisyah binti Hassan, Sales Executive"),
      ], title="PI-PPP-24-0611", author="Perak Precision Polymers")])

case("p34_sags_release_1000_ack_1200_coil", ["RG006", "RG011"],
     "Release letter releases 1.000 (1.370 held, Rashid's written release after lot acceptance, material = released qty); supplier acknowledgement confirms 1.200 pcs and says coil for the full 2.370 is in stock since May",
     [P("PR-SAGS-24-007.pdf", [
         ("h1", "PRODUCTION RELEASE PR-SAGS-24-007"),
         ("p", "Sahra Aviation Ground Services LLC - Procurement - Al Quoz Industrial Area 3, Dubai, UAE"),
         ("table", [["PO", "4500721"],
                    ["Supplier", "Metalúrgica do Vouga, Lda"],
                    ["Part", "BCH-120 baggage-cart hinge, AISI 316, DRG SAGS-BC-120 Rev 7"],
                    ["Date", "08 July 2024"],
                    ["Sample sign-off", "SO-24-031, Faisal Qureshi, 04 July 2024"]]),
         ("sp",),
         ("p", "SAGS releases one thousand (1.000) hinges BCH-120 for production."),
         ("table", [["Quantity", "pcs"],
                    ["Sample lot (delivered)", "30"],
                    ["Released by this release", "1.000"],
                    ["Not released (balance)", "1.370"],
                    ["Total per quotation", "2.400"]]),
         ("sp",),
         ("p", "The balance of 1.370 pcs is not released. The next release will be issued in writing by Rashid Al Marri after lot acceptance of the first 500 pcs at our DWC workshop. Material authority: the released quantity only (1.000 pcs)."),
         ("p", "Rashid Al Marri, Procurement Manager (release authority)"),
     ], title="PR-SAGS-24-007", author="R. Al Marri"),
      T("RE Production release PR-SAGS-24-007.txt", """From: João Ferreira <joao.ferreira@metvouga.pt>
Date: Tue, 09 Jul 2024 11:12:40 +0100
To: Rashid Al Marri <rashid.almarri@sahra-ags.ae>
Cc: Priya Menon <priya.menon@sahra-ags.ae>
Subject: RE: Production release PR-SAGS-24-007 - BCH-120

Dear Mr Rashid,

Thank you. We confirm your production release PR-SAGS-24-007 for 1.200 pcs BCH-120.
Production starts on Monday 15/07, first 500 pcs ready week 31.

For your information the AISI 316 coil for the full 2.370 pcs is already in our stock since
May, so there is no risk on material.

Com os melhores cumprimentos,
João Ferreira
Director Comercial
Metalúrgica do Vouga, Lda - Águeda - Portugal
""")])

_p35_html = """<p>Dear Mette,</p>
<p>thank you for the revised offer FS-24-118 Rev B with the new wall bracket. Looks good &mdash; you have our go-ahead. Please confirm the delivery date.</p>
<p>The series stays on hold until Katrin Vogt has signed off the first sets and Dr. Uwe Hartmann releases it in writing.</p>
<p>Mit freundlichen Grüßen<br>Jörg Bremer</p>"""
case("p35_rmvs_goahead_no_quantity", ["RG002", "RG010"],
     "Buyer gives 'you have our go-ahead' on a revised offer with no quantity and no sample scope; series hold, unlock event and release person are stated",
     [E("AW Angebot FS-24-118 Rev B.eml", mail(
         JOERG, METTE, "AW: Angebot FS-24-118 Rev B - PSH-2200 with new wall bracket",
         "Wed, 05 Jun 2024 13:48:00 +0200",
         """Dear Mette,

thank you for the revised offer FS-24-118 Rev B with the new wall bracket. Looks good - you have
our go-ahead. Please confirm the delivery date.

The series stays on hold until Katrin Vogt has signed off the first sets and Dr. Uwe Hartmann
releases it in writing.

Mit freundlichen Grüßen
Jörg Bremer
""" + SIG_JOERG, html=_p35_html, cc=KATRIN))])

case("p36_whatsapp_forecast_consider_as_order", ["RG008"],
     "Buyer: 2025 forecast of 480 hooks 'consider it as our order'; supplier books it as firm order; current PO 12 pilot hooks with rest held until Faisal's sign-off and Rashid's written release",
     [T("WhatsApp Chat with Rashid SAGS.txt", """[05.07.24, 13:10:44] Rashid Al Marri: Emre, our 2025 forecast for GPU cable hooks GCH-400 is 480 pcs for the new DWC remote stands. Consider it as our order, book the capacity and confirm the delivery plan pls.
[05.07.24, 13:25:02] Emre Yıldız: Thank you Rashid bey 🙏 we book 480 pcs for 2025 as firm order
[05.07.24, 13:25:40] Emre Yıldız: PO will come also?
[05.07.24, 13:41:17] Rashid Al Marri: PO later, Priya will do. Current PO 4500750 is twelve (12) pilot hooks only. Rest is not released until Faisal signs off the pilot and I send you written release.
[05.07.24, 13:42:03] Emre Yıldız: Clear 👍
""")])

case("p37_simba_minutes_released_po_and_production", ["RG009", "RG010"],
     "Minutes: 'released the PO in SAP (budget release)' and 'production will be released' in one record; sample lot quantity never stated",
     [D("Minutes_BLR-76_kickoff.docx", [
         ("h1", "Minutes of Meeting - BLR-76 belt-loader roller - kick-off"),
         ("table", [["Date", "22 May 2024, Zoom"],
                    ["Simba", "Wanjiru Kamau, Otieno Ouma, Peter Mwangi"],
                    ["Haixing", "Lily Wang, Zhang Wei"],
                    ["Minutes", "Wanjiru Kamau"]]),
         ("num", "PO SCH-PO-24-0149: Simba released the PO in SAP B1 on 20 May (budget release by Finance, Peter Mwangi)."),
         ("num", "Samples: Haixing to make the sample lot per the Simba sample plan; drawing SCH-BL-76 Rev 2, PU Shore A 90, bearing 6204-2RS."),
         ("num", "Production release: the balance is not released. Production will be released in writing by Grace Njeri (Operations Director) after sample sign-off by Otieno Ouma."),
         ("num", "Material: Haixing buys PU and shafts for the sample lot only."),
         ("num", "Deposit: 30% per PI HX-PI-0521, commercial term only."),
         ("h", "Actions"),
         ("table", [["Action", "Owner", "Due"],
                    ["Share sample plan", "Otieno Ouma", "24 May"],
                    ["Sample photos and test report", "Lily Wang", "15 June"]]),
     ], author="Wanjiru Kamau")])

case("p38_nta_portal_demand_plan_committed", ["RG008"],
     "Buyer portal demand plan labelled forecast but with status COMMITTED: 'firm commitment ... treat the quantities as firm orders'",
     [H("NTA_portal_demand_plan_BLR-89.html", "Northern Tern Airways - Demand plan", """<div style="background:#0b3d6b;color:#fff;padding:6px">Northern Tern Airways &middot; Supplier Portal</div>
<h2>Demand plan &mdash; BLR-89 belt-loader roller</h2>
<p>Supplier: Perak Precision Polymers Sdn Bhd &middot; Published 2024-07-08 by Marc-André Leblanc</p>
<table>
<tr><th>Quarter</th><th>Stations</th><th>Forecast qty (EA)</th></tr>
<tr><td>Q1 FY2025 (Apr-Jun 2025)</td><td>YQT / YWG</td><td>600</td></tr>
<tr><td>Q2 FY2025 (Jul-Sep 2025)</td><td>YQT / YXU</td><td>600</td></tr>
<tr><td>Q3 FY2025 (Oct-Dec 2025)</td><td>YWG / YXU</td><td>600</td></tr>
<tr><td>Q4 FY2025 (Jan-Mar 2026)</td><td>YQT</td><td>600</td></tr>
<tr><th colspan="2">Total FY2025</th><td>2,400</td></tr>
</table>
<div class="note"><b>Status: COMMITTED.</b> This FY2025 forecast is a firm commitment from Northern Tern. Perak shall treat the quantities above as firm orders and reserve capacity on the PU casting line accordingly.</div>""")])

case("p39_fyn_mrp_material_for_96", ["RG001", "RG006"],
     "Supplier MRP printout: customer PO 4 sets beside planned production 96 sets from the quote; tube, brackets and end caps ordered for all 96 with no material authority",
     [T("MRP_indkoebsforslag_KO-24-0412.txt", """FYN STÅL & GUMMI ApS                    MRP - INDKØBSFORSLAG / PURCHASE PROPOSAL
Kørsel/run: 17.06.2024 07:31    Bruger/user: SDAHL    Lager/site: ODENSE-1
----------------------------------------------------------------------------------
Kundeordre / customer order : KO-24-0412
Kunde / customer            : Rhein-Main Vorfeldservice GmbH (D-60549 Frankfurt)
Kunde PO / customer PO      : 4500088123
Vare / item                 : PSH-2200 Håndlistesæt / handrail set, RMVS-TR-2200 Rev C
Bestilt (kunde-PO) / ordered: 4 sæt / sets
Planlagt produktion / MPS   : 96 sæt / sets   (kilde / source: tilbud FS-24-118)
----------------------------------------------------------------------------------
Komponent                   Behov     Lager    Bestil    Leverandør        Status
6082-T6 rør 40x3, 6 m       576 m     24 m     552 m     Hydro Tønder      PO 24-1180 sendt 14.06
Beslag / bracket B-40       384 stk   0        384 stk   Odense Laser      PO 24-1181 sendt 14.06
Endeprop / end cap 40       192 stk   50       142 stk   Würth DK          PO 24-1182 sendt 14.06
M10x25 A4-70 bolt           768 stk   1.000    0         -                 OK
----------------------------------------------------------------------------------
Bemærkning / note (SD): tube and brackets bought for the full 96 sets to hold the Hydro
price until 30.06.
""")])

case("p40_nta_roll_into_468_no_paper", ["RG005", "RG007"],
     "Two-level thread: buyer's PO note holds 468 until 'written release after the trial sign-off' without naming who; buyer now says once Heather okays the trial chocks supplier can roll right into the 468, no further paper",
     [E("RE PO 4500743 WCB-450 trial chocks.eml", mail(
         MARC, METTE, "RE: RE: PO 4500743 - WCB-450 trial chocks",
         "Thu, 29 Aug 2024 08:20:00 -0400",
         """Hi Mette,

Thanks! Please ship the 12 by DHL Express, our account 9548 1200 (the usual).

Once Heather okays the trial chocks you can roll right into the 468 production run, no need to
wait for another paper from us. That way we make the November cut-over.

Cheers,
Marc-André
""" + SIG_MARC + """
> From: Mette Kjær <mk@fynstaal.dk>
> Sent: Thursday, August 29, 2024 2:14 AM
> Subject: RE: PO 4500743 - WCB-450 trial chocks
>
> Hi Marc-André,
> the 12 trial chocks are finished and packed. Question: can we start to prepare the 468
> production pcs? The rubber compound has 6 weeks delivery.
> Best regards, Mette
>
>> From: Marc-André Leblanc
>> Sent: Monday, July 8, 2024 10:21 AM
>> Subject: PO 4500743 - WCB-450 trial chocks
>>
>> Hi Mette, PO 4500743 is for 12 sample chocks for the winter trial. Balance 468 on hold,
>> released only by written release after the trial sign-off.
""", in_reply_to="<h220-fyn-0829@fynstaal.dk>"))])

case("p41_ege_status_balance_follows_automatically", ["RG007"],
     "Supplier weekly report: samples approved by Faisal, so 'the balance follows automatically as per our usual practice' and forging started; no recorded auto-conversion",
     [P("Ege_weekly_status_W26_SAGS.pdf", [
         ("h1", "Weekly Status Report - Week 26/2024"),
         ("p", "Ege Dovme Makina San. A.S. - Customer: Sahra Aviation Ground Services LLC (SAGS), Dubai"),
         ("table", [["PO", "Part", "Item", "Status", "Remark"],
                    ["4500720", "TBE-76 tow-bar eye", "Samples", "Delivered 22.06.2024, Al Quoz", "Approved by Mr Faisal Qureshi (e-mail 25.06.2024)"],
                    ["4500720", "TBE-76 tow-bar eye", "Balance of order", "Forging started 26.06.2024", "As samples are approved, the balance follows automatically as per our usual practice. 60 pcs forged, heat treatment week 27."]]),
         ("sp",),
         ("p", "Other open items: none. Next report week 27."),
         ("p", "Prepared by: Burak Sahin, Production Planning"),
     ], title="Weekly status W26", author="Ege Dovme")])

case("p42_whatsapp_all_is_approved", ["RG002", "RG009"],
     "Chat: scope complete (16 samples, 624 held, Otieno's sign-off then Grace Njeri's written release); engineer writes report 'approved', finance 'approved the PO', 'so all is approved from our side'",
     [T("WhatsApp Chat with Lily Haixing.txt", """22/05/2024, 09:05 - Wanjiru Kamau: Lily, PO SCH-PO-24-0166 for sixteen (16) sample rollers BLR-76. Balance of 624 pcs not released until Otieno signs off samples and Grace Njeri sends written release 🙏
22/05/2024, 09:30 - Lily Wang Haixing: Received with thanks!
12/06/2024, 15:10 - Lily Wang Haixing: Mr Otieno, sample test report sent by email. Any feedback?
12/06/2024, 17:44 - Otieno Ouma: Hi Lily, report reviewed - approved ✅. Our finance also approved the PO yesterday, so all is approved from our side 👍
12/06/2024, 17:46 - Lily Wang Haixing: Great news!! 🎉
""")])

case("p43_rmvs_release_first_lot_no_qty", ["RG004", "RG010"],
     "Mail releases 'the first lot' per an attached HTML schedule that has no quantity; rest on hold 'until further notice', sender names himself as releaser",
     [E("Freigabe erstes Los GCH-400.eml", mail(
         JOERG, EMRE, "Freigabe / release first lot GCH-400",
         "Mon, 08 Jul 2024 10:30:00 +0200",
         """Sehr geehrter Herr Yıldız,

hereby we release the first lot of GPU cable hooks GCH-400 for production, according to the
attached delivery schedule (Lieferplan).

The remaining quantity stays on hold until further notice. I will release it myself.

Mit freundlichen Grüßen
Jörg Bremer
""" + SIG_JOERG,
         html="""<p>Sehr geehrter Herr Yıldız,</p><p>hereby we release the first lot of GPU cable hooks GCH-400 for production, according to the attached delivery schedule (Lieferplan).</p><p>The remaining quantity stays on hold until further notice. I will release it myself.</p><p>Mit freundlichen Grüßen<br>Jörg Bremer</p>""",
         attachments=[("Lieferplan_GCH-400.html", html_page("Lieferplan GCH-400", """<h2>Lieferplan / delivery schedule GCH-400</h2>
<p>Lieferant: Ege Dövme Makina San. A.Ş. &middot; DRG 40-118 Rev 12 &middot; galv. EN ISO 1461</p>
<table>
<tr><th>Los / lot</th><th>Liefertermin</th><th>Menge / quantity</th><th>Bemerkung</th></tr>
<tr><td>1</td><td>KW 30</td><td>per your capacity confirmation</td><td>DAP Frankfurt, Tor 31</td></tr>
<tr><td>2</td><td>tbd</td><td>&ndash;</td><td>on hold</td></tr>
</table>""", lang="de"), "text/html")]))])

case("p44_simba_portal_sample_po_authority_only", ["RG003", "RG004"],
     "Buyer e-procurement page: sample lot of 6 hooks, release authority Grace Njeri named; never says the balance is not released and names no unlock event",
     [H("Simba_eProcurement_SCH-PO-24-0170.html", "Simba Cargo Handling - e-Procurement", """<div style="background:#1d5e2c;color:#fff;padding:6px">Simba Cargo Handling &middot; e-Procurement</div>
<h2>Purchase Order SCH-PO-24-0170</h2>
<table>
<tr><th>Supplier</th><td>Ege Dövme Makina San. A.Ş., İzmir</td></tr>
<tr><th>Status</th><td>Issued 03.06.2024</td></tr>
<tr><th>Buyer</th><td>Wanjiru Kamau</td></tr>
<tr><th>Release authority</th><td>Grace Njeri, Operations Director</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>#</th><th>Item</th><th>Description</th><th>Qty</th><th>Price</th></tr>
<tr><td>1</td><td>GCH-400</td><td>GPU cable hook, forged, hot-dip galvanised &mdash; sample lot</td><td>6</td><td>EUR 41,00</td></tr>
</table>
<p>Delivery: JKIA Shed 4, attn. workshop. Incoterm CPT NBO. Payment 30 days.</p>""")])

case("p45_vouga_lc_and_acceptance_start_balance", ["RG012"],
     "Quoted buyer scope complete (30 samples, 2.370 held, LC for commercial security only); supplier replies that since the PO is accepted and the LC covers 2.400 it has started the balance",
     [E("RE PO 4500721 LC opening.eml", mail(
         JOAO, PRIYA, "RE: PO 4500721 - LC opening",
         "Wed, 19 Jun 2024 15:05:00 +0100",
         """Dear Priya,

Good afternoon. The LC no. 0412LC2400187 from Emirates NBD is received by our bank (Caixa
Geral, Águeda) today, thank you.

Since your PO 4500721 is accepted in our system and the LC covers the full 2.400 pcs, we have
started the production of the balance this week. First 600 pcs will be ready for inspection in
week 32.

Com os melhores cumprimentos,
João Ferreira
""" + SIG_JOAO + """
On Mon, 10 Jun 2024 at 11:02, Priya Menon <priya.menon@sahra-ags.ae> wrote:
> Dear João,
> PO 4500721 - thirty (30) sample hinges BCH-120 only. Balance 2.370 pcs not released until
> Faisal Qureshi signs off the samples and Rashid Al Marri sends written release.
> Our finance will open the LC for the full value for commercial security only; the LC does
> not release production.
> Thanks & regards, Priya
""", cc=RASHID, in_reply_to="<h220-sags-0610@sahra-ags.ae>"))])


# ----------------------------------------------------------------- writer
def write_all():
    assert len(CASES) == 70, len(CASES)
    assert len({c["name"] for c in CASES}) == 70
    assert sum(1 for c in CASES if not c["expect"]) == 25
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    cases = list(CASES)
    random.Random(220220).shuffle(cases)
    labels = {}
    for i, c in enumerate(cases, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9]+", "_", stem).strip("_")
        folder = f"h220_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    write_all()
