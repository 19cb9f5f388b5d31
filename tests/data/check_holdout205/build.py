#!/usr/bin/env python3
"""Generator for the releasegate check_holdout205 corpus.

Domain: greenhouse climate hardware (vent-opening racks, screen motors, gutter sections,
misting nozzles, heating-pipe rail trolleys). All companies and people are fictional.

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout205/build.py

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
    m["Message-ID"] = msgid or f"<h205-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h205")
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


# ------------------------------------------------------------- small helpers
import email.utils as _eu  # noqa: E402


def T(s):
    """A plain-text file: drop the leading newline, end with exactly one newline."""
    return (s.lstrip("\n").rstrip() + "\n").encode("utf-8")


def dt(y, mo, d, h, mi, tzh):
    """RFC 2822 date with a fixed UTC offset (hours, may be negative)."""
    tz = _dt.timezone(_dt.timedelta(hours=tzh))
    return _eu.format_datetime(_dt.datetime(y, mo, d, h, mi, 0, tzinfo=tz))


def html_mail(text):
    """A plain HTML rendering of a mail body for multipart/alternative."""
    out = []
    for para in text.strip().split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip("> ")) for ln in lines)
            out.append(f'<blockquote style="border-left:2px solid #999;padding-left:6px">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return ('<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</body></html>\n")


def quote(text):
    """Quote a previous message the way mail clients do ("> ", nested ">>")."""
    res = []
    for ln in text.strip("\n").split("\n"):
        if not ln:
            res.append(">")
        elif ln.startswith(">"):
            res.append(">" + ln)
        else:
            res.append("> " + ln)
    return "\n".join(res)


def sig_short(name, title, company, phone, extra=""):
    s = f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"
    return s + (extra + "\n" if extra else "")


EML_MT = "message/rfc822"
TXT_MT = "text/plain"
HTML_MT = "text/html"

# people and parties (all fictional)
VDK = "Van der Kas Kassenbouw B.V."
CDA = "Agrícola Campo Dalías S.L."
NBL = "Naivasha Bloom Ltd"
NCC = "Northern Canopy Cultivation Inc."
CLT = "Climatec Roeselare NV"
GAL = "Galil Mist Systems Ltd"
WHN = "Weifang Huanong Greenhouse Equipment Co., Ltd."
AGS = "Agrotech Stal Sp. z o.o."
SAT = "Serres Atlas SARL"

M_PIETER = "Pieter Verhoeven <p.verhoeven@vanderkas-kassenbouw.nl>"
M_SANNE = "Sanne Bakker <s.bakker@vanderkas-kassenbouw.nl>"
M_JOOST = "Joost van Leeuwen <j.vanleeuwen@vanderkas-kassenbouw.nl>"
M_JAVIER = "Javier Moreno <compras@campodalias.es>"
M_WANJIRU = "Wanjiru Kamau <procurement@naivashabloom.co.ke>"
M_JEN = "Jennifer Tremblay <jtremblay@northerncanopy.ca>"
M_WOUTER = "Wouter Vandenbroucke <wouter.vandenbroucke@climatec-roeselare.be>"
M_YOSSI = "Yossi Ben-David <yossi@galilmist.co.il>"
M_NOA = "Noa Peretz <noa.p@galilmist.co.il>"
M_KEVIN = "Kevin Zhang <kevin.zhang@hn-greenhouse.cn>"
M_LINA = "Lina Li <sales2@hn-greenhouse.cn>"
M_TOMASZ = "Tomasz Nowak <t.nowak@agrotechstal.pl>"
M_YOUSSEF = "Youssef El Amrani <y.elamrani@serresatlas.ma>"
M_FZ = "Fatima Zahra Benali <adv@serresatlas.ma>"


# =================================================================== CLEAN
# c01: supplier quote with a sample tier and a production tier; a quote authorizes nothing.
case("c01_quote_tiers", [],
     "supplier quotation with sample (6) and production (1,194) tiers; no authorization in the bundle",
     {"Quotation_HN-Q240418-07.txt": T("""
WEIFANG HUANONG GREENHOUSE EQUIPMENT CO., LTD.
No. 88 Nongsheng Road, Shouguang, Weifang, Shandong 262700, P.R. China
Tel +86 536 555 0188    Fax +86 536 555 0189    sales@hn-greenhouse.cn

                               QUOTATION

Quotation No.: HN-Q240418-07              Date: 2024-04-18
To:   Agricola Campo Dalias S.L., El Ejido (Almeria), Spain
Attn: Mr. Javier Moreno, Purchasing Dept.
Ref:  your inquiry by mail 15 April 2024, Venlo gutter for nave 12-14

Dear Mr. Javier,
Thanks for your kindly inquiry. We are pleased to quote you as below, please check.

Item  Description                                     Stage        Qty        Unit price   Amount
----  ----------------------------------------------  -----------  ---------  -----------  -------------
1     Venlo gutter section GT-6400, L=6,4 m,           Sample       6 pcs      USD 41.50    USD 249.00
      hot dip galvanized Z275 acc. EN 10346,
      t=1.5 mm, profile drawing HN-DWG-6400 rev.2
2     Same as item 1, mass production                 Production   1,194 pcs  USD 33.80    USD 40,357.20
3     Gutter end cap GEC-160, galv.                   Sample       12 pcs     USD 2.10     USD 25.20
4     Gutter end cap GEC-160, galv.                   Production   2,388 pcs  USD 1.45     USD 3,462.60

Remarks:
1. This is quotation only, not order confirmation. Price valid 30 days from above date.
2. Sample lead time: 15 days after receive your PO for samples.
3. Mass production lead time: 35 days after your written release of the production quantity.
   We will not start mass production or buy coil for it before that release.
4. Quantity of item 2 and 4 is your project estimate, for price tier only.
5. Price basis FOB Qingdao. Steel price base: HRC Shandong April 2024.
6. Quality: ISO 9001:2015 certified factory. Zinc layer test report with every lot.

If any question please feel free to contact me.

Best regards
Kevin Zhang
Sales Manager / Export Dept.
WhatsApp / WeChat +86 139 5360 0188
""")})

# c02: buyer RFQ with three quantity scenarios; explicitly not an order.
_c02_text = """Hi Tomasz,

Hope all is well in Kalisz. We're building out two more flower rooms in Leamington next year and
I'd like a quote for the pipe-rail trolleys, same type as the one Ryan looked at on your stand at
GreenTech.

Part: pipe-rail trolley with scissor lift, for 51 mm heating-pipe rail, platform 1200 x 600 mm,
lift height 2.4 m, 24 V battery. Your type PRT-51/1200 I believe.

Please quote three scenarios:
  A) 4 pilot units only (trial in Flower Room 2)
  B) 4 pilot units + 40 units
  C) 4 pilot units + 120 units (only if the second phase goes ahead in 2025)

For each one: unit price EUR, DAP Leamington ON, lead time, and whether you need a deposit.
Also please confirm you can supply CE DoC and the EN 1570-1 test report, and whether the lift
can get CSA marking or we need a field evaluation here.

Just so it's clear: this is a request for quotation, not an order. Nothing is released and
please don't buy any material on the back of this. We'll compare quotes and issue a PO
separately if we go ahead with you.

Could you get back to me by May 24?

Thanks,
Jennifer"""
case("c02_rfq_scenarios", [],
     "buyer RFQ with three quantity scenarios, says it is not an order; no authorization",
     {"RFQ_pipe-rail_trolleys.eml": eml_bytes(mail(
         M_JEN, M_TOMASZ, "RFQ - pipe-rail trolleys PRT-51/1200, Leamington expansion",
         dt(2024, 5, 8, 10, 42, -4),
         _c02_text + sig("Jennifer Tremblay", "Procurement Lead", NCC + ", Leamington, ON",
                         "+1 519 555 0147"),
         html=html_mail(_c02_text + "\n\n-- \nJennifer Tremblay\nProcurement Lead\n" + NCC),
         cc="Ryan MacDonald <rmacdonald@northerncanopy.ca>"))})

# c03: WhatsApp, supplier asks for the green light; buyer answers with a complete scope.
case("c03_whatsapp_question", [],
     "supplier asks 'do we have the green light for the balance?'; buyer answers: only 60, balance on hold until sign-off + written release by Antonio Salvador",
     {"WhatsApp_Chat_Youssef_Serres_Atlas.txt": T("""
[12/05/2024, 10:14:22] Youssef El Amrani: Bonjour Javier, les 60 échantillons crémaillères RP-28 sont prêts ✅ photos envoyées
[12/05/2024, 10:15:03] Youssef El Amrani: <attached: 00000041-PHOTO-2024-05-12-10-15-03.jpg>
[12/05/2024, 10:15:04] Youssef El Amrani: <attached: 00000042-PHOTO-2024-05-12-10-15-04.jpg>
[12/05/2024, 10:17:40] Youssef El Amrani: Question : do we have the green light for the balance 1 140 ? My atelier want to plan week 21
[12/05/2024, 11:02:15] Javier Moreno: Hola Youssef, gracias, they look good in the photos
[12/05/2024, 11:03:48] Javier Moreno: No, not yet!! Only the 60 samples of pedido 4500087612 are released. The balance 1 140 stays on hold
[12/05/2024, 11:05:30] Javier Moreno: First Lucía must sign off the samples in the finca (test in nave 3 with the motor, 2 weeks approx). After that Antonio Salvador sends you the written release for the 1 140. Before that nothing please, also no material for them
[12/05/2024, 11:09:12] Youssef El Amrani: D'accord, bien compris. We make nothing more and wait the written release from Mr Antonio. Merci Javier
[12/05/2024, 11:09:40] Javier Moreno: 👍
[12/05/2024, 11:10:02] Javier Moreno: Send the 60 with the truck of Thursday if possible
[12/05/2024, 11:12:55] Youssef El Amrani: Inchallah Thursday, I confirm tomorrow with transporteur
""")})

# c04: labelled, non-binding forecast.
case("c04_labelled_forecast", [],
     "forecast clearly labelled non-binding, for capacity planning only; authorizes nothing",
     {"NBL_Nozzles_2024-25.pdf": pdf([
         ("h1", "NAIVASHA BLOOM LTD"),
         ("p", "Moi South Lake Road, Naivasha, Kenya · procurement@naivashabloom.co.ke"),
         ("h", "NON-BINDING FORECAST - NOT A PURCHASE ORDER"),
         ("p", "To: Galil Mist Systems Ltd, attn. Mr Yossi Ben-David. Date: 14 May 2024. "
               "Item: fog nozzle GI-FN-4004 (40 l/h at 4 bar, anti-drip), with 4-way cross GI-CR-4W."),
         ("table", [["Period", "Block", "Forecast qty (pcs)", "Basis"],
                    ["Q3 2024 (Jul-Sep)", "Block 4 propagation", "600", "forecast"],
                    ["Q4 2024 (Oct-Dec)", "Block 9 roses", "800", "forecast"],
                    ["Q1 2025 (Jan-Mar)", "Block 10", "400", "forecast"],
                    ["Q2 2025 (Apr-Jun)", "Block 11", "600", "forecast"],
                    ["Total", "", "2,400", "forecast"]]),
         ("sp",),
         ("p", "Kindly note: the quantities above are our best estimate for your capacity planning only. "
               "They are not an order and not a commitment. They do not authorize production or the "
               "purchase of material. Any quantity will be ordered by a separate PO and released in "
               "writing by our General Manager, Mr David Mwangi."),
         ("p", "The forecast depends on the RO water unit for Blocks 10-11 (budget decision in November) "
               "and may change by +/- 50%."),
         ("sp",),
         ("p", "Prepared by: Wanjiru Kamau, Procurement Officer. Tel +254 722 555 014."),
     ], title="Non-binding forecast fog nozzles 2024-25", author="Naivasha Bloom Ltd")})

# c05: sample sign-off record, approved for fit check only; production not released.
case("c05_signoff_fitcheck", [],
     "sample sign-off 'approved for fit check only; production not released'; 3 samples, balance 177 on hold, unlock = endurance test + written release by Joost van Leeuwen",
     {"Monsterbeoordeling_CLT-SM-4012.docx": docx_bytes([
         ("h1", "Sample sign-off record / Monsterbeoordeling MB-24-031"),
         ("p", "Van der Kas Kassenbouw B.V. - Engineering, Honselersdijk"),
         ("table", [["Field", "Entry"],
                    ["Supplier", "Climatec Roeselare NV (leverancier 70188)"],
                    ["Part", "Screen drive motor CLT-SM-4012, 400 V 3~, 0,55 kW, 2,5 rpm, IP55"],
                    ["PO", "4500031187 - 3 sample motors (scope: sample)"],
                    ["Project", "Hoek van Holland, energy screen 2 layers, 14 sections"],
                    ["Samples received", "3 pcs on 21-05-2024, serials CL24-0881 / 0882 / 0883"]]),
         ("h", "Checks"),
         ("table", [["Check", "Requirement", "Result"],
                    ["Mounting on tube 60 mm", "DRG 2400 rev 3", "OK"],
                    ["End switches set", "2 x 25 m screen travel", "OK"],
                    ["Current at full load", "< 1,5 A", "1,32 A - OK"],
                    ["Noise", "< 60 dB(A) at 1 m", "57 dB(A) - OK"],
                    ["Endurance", "500 h on installation", "not started"]]),
         ("h", "Disposition"),
         ("p", "Approved for fit check only; production not released."),
         ("p", "PO 4500031187 covers the 3 sample motors. The balance of 177 motors of the project "
               "quantity is not released. Unlock event: the 500 h endurance test on the screen "
               "installation in Hoek van Holland, followed by a written release from Joost van Leeuwen "
               "(projectdirecteur, release authority). Nobody else can release the 177."),
         ("p", "Material authority for Climatec: sample-only. The project quantity of 177 is a forecast "
               "until the written release."),
         ("sp",),
         ("p", "Signed: Marieke de Groot, engineer climate systems, 22-05-2024"),
     ], author="Marieke de Groot")})

# c06: full-quantity ERP PO, no balance exists; quantity-like identifiers.
case("c06_full_quantity_po", [],
     "full and final quantity PO (240 racks + 240 pinions), no sample stage, no balance; identifiers look like quantities",
     {"IO_4500031204.txt": T("""
VAN DER KAS KASSENBOUW B.V.                              INKOOPORDER / PURCHASE ORDER
Naaldwijkseweg 212, 2675 BN Honselersdijk, NL            Nr.     : 4500031204
KvK 27123456  BTW NL8123.45.678.B01                       Datum   : 14-05-2024
                                                          Inkoper : P. Verhoeven
Leverancier / Supplier: 70211  WEIFANG HUANONG GREENHOUSE EQUIPMENT CO., LTD.
                               Shouguang, Weifang, Shandong, P.R. China
Leveringsvoorwaarde: FOB Qingdao (Incoterms 2020)      Betaling: 30 dagen na B/L
Project: Hoek van Holland fase 2 (HvH-2)

Rg  Artikel       Omschrijving                                      Aantal Eenh  Prijs      Bedrag
--- ------------- ------------------------------------------------ ------ ----- ---------- -----------
10  VR-28/3000    Tandheugel luchtraam / vent rack L=3000 mm,        240   st    USD 14,60  USD 3.504,00
                  DRG 1200 rev 4, thv EN ISO 1461
20  PN-28-16      Pignon / pinion shaft 28 mm, 16 tanden, M10x1.5    240   st    USD  3,10  USD   744,00
                                                                                  Totaal   USD 4.248,00

Leverdatum / delivery: week 27 (2024), 1 x 20ft container
Opmerking / note to supplier:
  This is the full and final quantity for project HvH-2: 240 racks and 240 pinions. There is no
  sample stage on this order (type was signed off in 2023 on PO 4500029876, same DRG 1200 rev 4).
  Proceed with the full 240 racks and 240 pinions. No further call-off will follow.
  Quality: ISO 9001:2015 quality plan QP-HN-07; zinc layer report per lot; EN 13031-1 loads.

Algemene inkoopvoorwaarden Van der Kas 2023 van toepassing.          Pagina 1 / 1
""")})

# c07: buyer portal, full-quantity PO with three schedule lines, all released.
case("c07_portal_full_po", [],
     "portal PO for 36 motors in three schedule lines, all 36 released; no sample lot, no balance",
     {"NCC_supplier_portal_PO-10405.html": html_page(
         "NCC Supplier Portal - PO NCC-PO-10405", """
<h2>Northern Canopy Cultivation Inc. &mdash; Supplier Portal</h2>
<p>Logged in as: <b>Lien De Smet (Climatec Roeselare NV)</b> &middot; <a href="#">Sign out</a></p>
<h3>Purchase Order NCC-PO-10405 &nbsp;<small>Revision 0 &middot; Issued 2024-05-09 &middot; Status: Issued</small></h3>
<table>
<tr><th>Buyer</th><td>Jennifer Tremblay, Procurement Lead</td><th>Ship to</th><td>1850 Seacliff Dr, Leamington ON N8H 3W5</td></tr>
<tr><th>Terms</th><td>Net 45, DAP Leamington (Incoterms 2020)</td><th>Currency</th><td>CAD</td></tr>
</table>
<h4>Lines</h4>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit price</th><th>Need-by</th></tr>
<tr><td>1.1</td><td>CLT-SM-4012-CSA</td><td>Screen drive motor 0.55 kW, 600 V 3-ph, CSA C22.2 No. 100, Room 5</td><td>12</td><td>EA</td><td>1,385.00</td><td>2024-07-15</td></tr>
<tr><td>1.2</td><td>CLT-SM-4012-CSA</td><td>Same, Room 6</td><td>12</td><td>EA</td><td>1,385.00</td><td>2024-08-12</td></tr>
<tr><td>1.3</td><td>CLT-SM-4012-CSA</td><td>Same, Room 7</td><td>12</td><td>EA</td><td>1,385.00</td><td>2024-09-09</td></tr>
<tr><th colspan="3">Total</th><th>36</th><td>EA</td><td colspan="2">CAD 49,860.00</td></tr>
</table>
<div class="note"><b>Note to supplier:</b> All 36 units on this PO are released for production, in the
three schedule lines above. There is no sample lot on this order &ndash; this motor type was signed off
on NCC-PO-10388 in 2023. Please proceed with all 36 units and ship per the need-by dates.</div>
<p>Attachments: NCC_PO_Terms_2024.pdf &middot; Wiring_diagram_WD-600V-3ph.pdf</p>
<p><button>Acknowledge PO</button> <button>Propose change</button></p>
""")})

# c08: EDI call-off with explicit staged material authority above the released quantity.
_c08_text = """Dear Noa,

Please find call-off 07 under frame agreement RA-2024-03 for the fog nozzles GI-FN-4004,
EDI print attached (DELFOR went out this morning as well).

Summary, so there is no misunderstanding:
- Released for production now: 400 pcs, delivery week 24 to Honselersdijk.
- Material authority: staged up to 1.200 pcs (brass inserts and PA66 bodies) at Van der Kas
  liability, as agreed in the frame agreement. You may buy material for 1.200, you may only
  produce the 400.
- Weeks 28 and 32 (2 x 400 pcs) are forecast only and NOT released.
- The next quantities are released only by the next call-off, in writing, signed by Joost van
  Leeuwen (projectdirecteur).

Thanks and regards,
Sanne Bakker
Planning / werkvoorbereiding
Van der Kas Kassenbouw B.V."""
_c08_edi = """DELFOR D.96A - PRINT                     Interchange 24052101      2024-05-21 07:12
Message : DELIVERY SCHEDULE (call-off)      Call-off no. 07
Buyer   : VAN DER KAS KASSENBOUW BV         GLN 8712345000017
Supplier: GALIL MIST SYSTEMS LTD            GLN 7290012345678
Contract: RA-2024-03 (frame agreement, max 1.200 pcs in 2024)

Item    : GI-FN-4004  fog nozzle 40 l/h anti-drip, thread 1/2" BSP
Ship to : Van der Kas, Honselersdijk, dock 3

LIN  SCC  Status                              Qty     Delivery
1    1    FIRM - released for production      400     2024-W24
2    4    FORECAST - not released             400     2024-W28
3    4    FORECAST - not released             400     2024-W32

CUMULATIVE AUTHORIZATIONS (QTY qualifiers)
  Fabrication authorization (released)        400
  Raw material authorization (staged)       1.200    buyer liability per RA-2024-03 art. 6

FTX: NEXT QUANTITIES ONLY BY NEXT CALL-OFF SIGNED J. VAN LEEUWEN.
END OF MESSAGE"""
case("c08_calloff_staged_material", [],
     "call-off releases 400; explicit staged material authority 1.200 at buyer liability; forecast lines labelled not released; next call-off by Joost van Leeuwen",
     {"Call-off_07_RA-2024-03.eml": eml_bytes(mail(
         M_SANNE, M_NOA, "Call-off 07 - RA-2024-03 - fog nozzles GI-FN-4004",
         dt(2024, 5, 21, 9, 5, 2),
         _c08_text + "\nTel +31 174 555 230\n",
         cc=M_PIETER,
         attachments=[("DELFOR_VDK_24052101.txt", _c08_edi + "\n", TXT_MT)]))})

# c09: explicit, signed auto-conversion record made before the samples were built.
case("c09_autoconversion_record", [],
     "explicit auto-conversion recorded beforehand: approved sign-off by Otieno Ochieng releases the 976 balance; signer, quantity and conditions named",
     {"Record_PO7100-0461.pdf": pdf([
         ("h1", "Record of agreed auto-conversion"),
         ("p", "Naivasha Bloom Ltd (buyer) - Galil Mist Systems Ltd (supplier)"),
         ("table", [["Field", "Entry"],
                    ["Order", "Fog nozzle GI-FN-4004, Block 4 propagation house"],
                    ["PO", "7100-0461 rev 1: line 1 sample 24 pcs; line 2 production 976 pcs (commercial cover)"],
                    ["Active quantity now", "24 sample nozzles"],
                    ["Balance on hold", "976 nozzles, not released until the conversion below happens"],
                    ["Unlock event", "Sample sign-off APPROVED (not interim) by Otieno Ochieng, Farm Engineer, "
                                     "after the 500 h clogging test on Block 4 water"],
                    ["Auto-conversion", "When that approved sign-off is recorded, this record releases the 976 "
                                        "nozzles by itself, without a further release letter"],
                    ["Conditions", "sign-off dated on or before 31 July 2024; no stop in force; PO 7100-0461 "
                                   "rev 1 still open for 976 pcs"],
                    ["If not met", "balance stays on hold; release only by written release of David Mwangi"],
                    ["Material authority", "sample-only until the conversion"],
                    ["Recorded by", "David Mwangi, General Manager (release authority), 6 May 2024, "
                                    "before the samples were built"],
                    ["Acknowledged", "Yossi Ben-David, Export Sales, Galil Mist Systems, 7 May 2024"]]),
         ("sp",),
         ("p", "Signed: D. Mwangi ............  Y. Ben-David ............"),
     ], title="Auto-conversion record PO 7100-0461", author="Naivasha Bloom Ltd")})

# c10: old quote forwarded as message/rfc822 and declared informational.
_c10_old_text = """Dear Mr. Javier,

Thanks for your inquiry. Please find our best price for your new project:

Item 1  Venlo gutter section GT-6400, L=6,4 m, Z275, t=1.5 mm
        Qty 5,000 pcs   USD 31.20/pc   FOB Qingdao
Item 2  Gutter end cap GEC-160
        Qty 10,000 pcs  USD 1.35/pc

Lead time 40 days after your written release of the quantity. Validity 30 days.

Best regards
Kevin Zhang
Sales Manager, Weifang Huanong Greenhouse Equipment Co., Ltd."""
_c10_old = mail(M_KEVIN, M_JAVIER, "Quotation HN-Q230307-02 gutter GT-6400",
                dt(2023, 3, 7, 16, 20, 8), _c10_old_text)
_c10_text = """Hi Kevin,

I forward you your quotation from March last year (attached) for information only, so you see the
price level we had then. It is not an order and it is not a release of anything. The 5,000 pcs in
that quote was the old project, it was never ordered.

Our running order is PO 4500087655: 6 sample gutter sections only. The 1.194 series pieces stay on
hold until Lucía Fernández signs off the samples in nave 12 and Antonio Salvador (gerente) sends you
the written release. Please no coil for the series before that.

Question: can you hold the 2023 price level for the series if the release comes in June?

Saludos,
Javier Moreno
Compras - Agrícola Campo Dalías S.L.
Ctra. de Almerimar km 2, 04700 El Ejido (Almería)
Tel. +34 950 555 212

Este mensaje y sus adjuntos son confidenciales. Si usted no es el destinatario, por favor
comuníquelo al remitente y elimínelo. / This message is confidential."""
case("c10_forward_old_quote", [],
     "old quote with 5,000 pcs forwarded as message/rfc822, declared for information only; running PO 6 samples with complete hold",
     {"FW_Quotation_HN-Q230307-02.eml": eml_bytes(mail(
         M_JAVIER, M_KEVIN, "FW: Quotation HN-Q230307-02 gutter GT-6400 (info only)",
         dt(2024, 5, 16, 12, 31, 2), _c10_text,
         attachments=[("rfc822", _c10_old)]))})

# c11: quoted supplier assumption of auto-conversion, corrected by the buyer.
_c11_quoted = """From: Wouter Vandenbroucke <wouter.vandenbroucke@climatec-roeselare.be>
Sent: Tuesday, May 21, 2024 8:47 AM
To: Jennifer Tremblay <jtremblay@northerncanopy.ca>
Subject: NCC-PO-10427 screen motors - planning

Hi Jennifer,

The 8 sample motors leave Roeselare on Friday. To keep your room 4 schedule we propose: once you
approve the 8 samples we roll straight into the 112 remaining, our line is free in week 26.

Met vriendelijke groeten / Best regards,
Wouter Vandenbroucke
Sales Engineer Export - Climatec Roeselare NV"""
_c11_text = """Hi Wouter,

No, please don't. Approval of the samples does not release the 112.

Our PO NCC-PO-10427 covers the 8 sample motors only. The 112 stay on hold until Ryan MacDonald
signs off the samples (screen run test in Room 4) and Priya Sandhu sends you a written release.
If week 26 is at risk because of that, tell me and I'll chase internally, but don't book
material or line time for the 112 until you have Priya's release in writing.

Thanks,
Jen
""" + sig("Jennifer Tremblay", "Procurement Lead", NCC, "+1 519 555 0147") + "\n" + quote(_c11_quoted)
case("c11_reply_corrects_autoconversion", [],
     "quoted supplier 'we roll straight into the 112' corrected by buyer: 8 samples only, 112 on hold until sign-off by Ryan MacDonald + written release by Priya Sandhu",
     {"RE_NCC-PO-10427_screen_motors.eml": eml_bytes(mail(
         M_JEN, M_WOUTER, "RE: NCC-PO-10427 screen motors - planning",
         dt(2024, 5, 21, 9, 58, -4), _c11_text,
         in_reply_to="<h205-c11-orig@climatec-roeselare.be>",
         cc="Ryan MacDonald <rmacdonald@northerncanopy.ca>"))})

# c12: WhatsApp, supplier says the deposit does not release production.
case("c12_whatsapp_deposit_not_release", [],
     "deposit paid for the 4 sample trolleys; supplier: deposit does not release production; buyer: 56 on hold until Ryan's sign-off + Priya's written release",
     {"WhatsApp_Chat_Tomasz_Agrotech.txt": T("""
[2024-05-13, 3:12:40 p.m.] Jennifer Tremblay: Hi Tomasz, deposit for the 4 sample trolleys went out today, CAD 2,360 (50% of the sample lot, NCC-PO-10429)
[2024-05-13, 3:14:02 p.m.] Tomasz Nowak: Thank you Jennifer, we see it tomorrow probably
[2024-05-13, 3:16:55 p.m.] Tomasz Nowak: Just to be clear from our side: the deposit does not release production of the 56 trolleys. We make the 4 samples only and we wait for your written release for the rest
[2024-05-13, 3:18:20 p.m.] Jennifer Tremblay: Correct 👍 the 56 stay on hold until Ryan signs off the samples on our 51 mm rail and Priya Sandhu sends you the written release
[2024-05-13, 3:18:41 p.m.] Jennifer Tremblay: no material for the 56 either please
[2024-05-13, 3:21:10 p.m.] Tomasz Nowak: ok, clear. Samples ready in 3 weeks, week 23. I send photos before transport
[2024-05-13, 3:21:30 p.m.] Jennifer Tremblay: Perfect, thanks!
""")})

# c13: supplier acknowledgement that restates the hold and sample-only material authority.
case("c13_supplier_ack_hold", [],
     "supplier order acknowledgement restating the scope: 4 sample motors now, balance 116 not released, material sample-only",
     {"Orderbevestiging_AB-24-0512.docx": docx_bytes([
         ("h1", "Orderbevestiging / Order acknowledgement AB-24-0512"),
         ("p", "Climatec Roeselare NV · Kachtemsestraat 301 · 8800 Roeselare · BTW BE 0412.555.901"),
         ("p", "To: Van der Kas Kassenbouw B.V., attn. Mr Pieter Verhoeven. Roeselare, 13 May 2024."),
         ("p", "Your ref.: PO 4500031190 dd. 8 May 2024 - project Maasland, energy screen."),
         ("table", [["Pos", "Article", "Description", "Qty", "Scope", "Delivery"],
                    ["10", "CLT-SM-4012", "Screen drive motor 400 V 0,55 kW IP55", "4", "sample - build now", "wk 22"],
                    ["20", "CLT-SM-4012", "Same, project balance", "116", "NOT released", "-"]]),
         ("p", "Dear Pieter,"),
         ("p", "We confirm hereby your order as written. We build the 4 (four) sample motors now. "
               "The balance of 116 motors is not released: we do not plan it and we do not buy material "
               "for it. The release of the balance comes only in writing from Mr Joost van Leeuwen, after "
               "your sample sign-off on the Maasland installation (500 h endurance run)."),
         ("p", "Material authority as per your PO: sample-only. Motor housings and gearboxes for the 116 "
               "will be ordered after your written release (lead time 6 weeks)."),
         ("p", "Met vriendelijke groeten,"),
         ("p", "Lien De Smet - Planning & Operations, Climatec Roeselare NV"),
     ], author="Lien De Smet")})

# c14: supplier status report with a table, balance on hold, sample-only material.
case("c14_supplier_status_report", [],
     "supplier status report: 24 samples built and shipped, balance 2,376 on hold / not released, material for the samples only",
     {"Galil_Status_Report_wk21.pdf": pdf([
         ("h1", "Weekly status report - week 21/2024"),
         ("p", "Galil Mist Systems Ltd, Industrial Zone, Karmiel, Israel. Customer: Naivasha Bloom Ltd."),
         ("table", [["Item", "PO", "Scope", "Qty", "Produced", "Shipped", "Status"],
                    ["GI-FN-4004 fog nozzle", "7100-0458", "samples", "24", "24", "24", "delivered 16 May"],
                    ["GI-FN-4004 fog nozzle", "7100-0458", "production balance", "2,376", "0", "0",
                     "ON HOLD - not released"],
                    ["GI-CR-4W cross", "7100-0458", "samples", "24", "24", "24", "delivered 16 May"]]),
         ("sp",),
         ("h", "Notes"),
         ("p", "1. 500 h clogging test on your Block 4 water sample: 312 h done, no blockage, flow 39.6 l/h."),
         ("p", "2. Material: bought for the 24 samples only. No brass or PA66 ordered for the balance."),
         ("p", "3. We will not start the 2,376 until we have the written release from Mr David Mwangi "
               "after Mr Otieno's sample sign-off, as in your PO."),
         ("p", "Prepared by Noa Peretz, Operations. 23 May 2024."),
     ], title="Galil status report wk21", author="Galil Mist Systems")})

# c15: interim disposition with quantity and date limits, release of 150 by named authority.
case("c15_interim_disposition", [],
     "interim sample disposition limited to 150 pcs / expiry date; release REL-24-031 of 150 by J. van Leeuwen; 1.030 not released until re-sample sign-off + written release",
     {"QD-24-0117_disposition.txt": T("""
VAN DER KAS KASSENBOUW BV - KWALITEIT / QUALITY                      printed 03-06-2024 14:22
SAMPLE DISPOSITION (PPAP style)                                       doc QD-24-0117  page 1/1
------------------------------------------------------------------------------------------------
Supplier     : 70211 WEIFANG HUANONG GREENHOUSE EQUIPMENT CO., LTD.
Part         : VR-28/3000 vent rack, DRG 1200 rev 4
PO           : 4500031350  line 10 sample 20 st / line 20 production 1.180 st (see release below)
Samples      : 20 st received 27-05-2024, lot HN240511
Results      : dimensions OK (CMM 8 pcs), pinion fit OK, zinc layer 68 um vs 70 um min
               (EN ISO 1461, 5 pts/piece), salt spray 1000 h not yet done
Disposition  : INTERIM
  Limit qty  : max 150 st
  Expiry     : 15-07-2024
  Condition  : re-sample 10 st with zinc >= 70 um before expiry
------------------------------------------------------------------------------------------------
Production release under this interim disposition:
  REL-24-031   qty 150 st   authorized by J. van Leeuwen (projectdirecteur, release authority)
               03-06-2024
Balance      : 1.030 st NOT RELEASED.
               Unlock: full sample sign-off on the re-sample (zinc >= 70 um), then written
               release by J. van Leeuwen. Nobody else releases.
Material     : authority for 150 st only (coil for the 1.030 not authorized)
------------------------------------------------------------------------------------------------
Disposition by: M. de Groot (engineering)  03-06-2024     Copy: P. Verhoeven, Weifang (K. Zhang)
""")})

# c16: deviation permit that leaves quantities and release status untouched.
case("c16_deviation_permit", [],
     "deviation permit for coating on the 10 samples only; states quantities/release status unchanged: balance 390 not released until Otieno's sign-off + David Mwangi's written release",
     {"Deviation_Permit_DP-2024-009.docx": docx_bytes([
         ("h1", "DEVIATION PERMIT DP-2024-009"),
         ("p", "Naivasha Bloom Ltd - Farm Engineering"),
         ("table", [["Field", "Entry"],
                    ["Supplier", "Serres Atlas SARL, Agadir"],
                    ["Part", "Gutter section GS-400, drawing SA-GS-400 rev B, L = 6,4 m"],
                    ["PO", "7100-0470 (10 sample gutter sections)"],
                    ["Deviation", "Coating Z350 instead of Z275 (EN 10346), coil availability in Agadir"],
                    ["Applies to", "the 10 sample sections on PO 7100-0470 only"],
                    ["Reason accepted", "heavier coating, no effect on fit; weight +0,4 kg per section"]]),
         ("sp",),
         ("p", "This permit does not change any quantity or release status. PO 7100-0470 covers the "
               "10 samples. The balance of 390 gutter sections remains not released until Otieno Ochieng "
               "signs off the samples (drainage and fit test on Block 7) and Mr David Mwangi, General "
               "Manager, issues a written release."),
         ("p", "Deviation accepted by: Otieno Ochieng, Farm Engineer, 20 May 2024."),
         ("p", "Copy: Wanjiru Kamau (Procurement), Youssef El Amrani (Serres Atlas)."),
     ], author="Otieno Ochieng")})

# c17: go-ahead scoped to the 12 pilot units only (multipart/alternative).
_c17_text = """Hi Wouter,

Hereby the go-ahead for the 12 pilot motors only (PO 4500031402, line 10).

The 288 motors on line 20 are not released. They stay on hold until Marieke de Groot has signed
off the pilot motors after the screen test at De Lier, and Joost van Leeuwen sends you the
written release. Line 20 is on the PO for the price agreement only.

Material: for the 12 pilot motors only, please.

Can you confirm delivery of the 12 in week 25?

Met vriendelijke groet,
Pieter Verhoeven
Inkoper / Purchaser
Van der Kas Kassenbouw B.V. | Naaldwijkseweg 212 | 2675 BN Honselersdijk
T +31 174 555 200"""
case("c17_scoped_go_ahead", [],
     "'go-ahead for the 12 pilot motors only'; 288 on hold until Marieke de Groot's sign-off + Joost van Leeuwen's written release",
     {"PO4500031402_pilot_motors.eml": eml_bytes(mail(
         M_PIETER, M_WOUTER, "PO 4500031402 - go-ahead pilot motors",
         dt(2024, 5, 27, 14, 3, 2), _c17_text, html=html_mail(_c17_text),
         cc="Marieke de Groot <m.degroot@vanderkas-kassenbouw.nl>"))})

# c18: supplier portal order book; production lines on hold awaiting written release.
case("c18_supplier_portal_orderbook", [],
     "supplier-side order book: sample lines released, production lines 'ON HOLD - awaiting customer written release', no material bought for hold lines",
     {"HN_order_book.html": html_page("Huanong ERP - Export order book", """
<h2>Weifang Huanong Greenhouse Equipment &mdash; Export order book</h2>
<p>User: lina.li &middot; Printed 2024-05-29 09:40 (UTC+8)</p>
<table>
<tr><th>Customer</th><th>Customer PO</th><th>Item</th><th>Stage</th><th>Qty</th><th>Production status</th><th>Material (MRP)</th></tr>
<tr><td>Van der Kas (NL)</td><td>4500031350</td><td>VR-28/3000 vent rack</td><td>Sample</td><td>20</td><td>Shipped 2024-05-20</td><td>bought for 20</td></tr>
<tr><td>Van der Kas (NL)</td><td>4500031350</td><td>VR-28/3000 vent rack</td><td>Production</td><td>1,180</td><td>ON HOLD &ndash; awaiting customer written release</td><td>no purchase</td></tr>
<tr><td>Campo Dalias (ES)</td><td>4500087655</td><td>GT-6400 gutter 6.4 m</td><td>Sample</td><td>6</td><td>In production</td><td>bought for 6</td></tr>
<tr><td>Campo Dalias (ES)</td><td>4500087655</td><td>GT-6400 gutter 6.4 m</td><td>Production</td><td>1,194</td><td>ON HOLD &ndash; awaiting customer written release</td><td>no purchase</td></tr>
<tr><td>Northern Canopy (CA)</td><td>NCC-PO-10455</td><td>VR-28/3000 vent rack</td><td>Sample</td><td>10</td><td>Planned week 23</td><td>bought for 10</td></tr>
<tr><td>Northern Canopy (CA)</td><td>NCC-PO-10455</td><td>VR-28/3000 vent rack</td><td>Production</td><td>230</td><td>ON HOLD &ndash; awaiting customer written release</td><td>no purchase</td></tr>
</table>
<p class="note">Rule of export dept.: production lines stay ON HOLD until the customer's written release
is scanned into the order. PO, deposit or sample approval alone do not open a production line.</p>
""")})

# c19: sample PO with many identifiers that look like quantities.
case("c19_sample_po_identifiers", [],
     "sample PO for forty (40) nozzles; project ~9.600 marked not released; hold, unlock event and Antonio Salvador named; identifiers look like quantities",
     {"Pedido_4500087702.pdf": pdf([
         ("h1", "AGRÍCOLA CAMPO DALÍAS S.L."),
         ("p", "Ctra. de Almerimar km 2 · 04700 El Ejido (Almería) · CIF B04123456"),
         ("h", "PEDIDO DE COMPRA / PURCHASE ORDER 4500087702"),
         ("p", "Fecha: 09.05.2024 · Proveedor 300877 Galil Mist Systems Ltd, Karmiel · Comprador: Javier Moreno"),
         ("table", [["Pos", "Material", "Descripción", "Cant.", "UM", "Precio", "Importe"],
                    ["10", "GI-FN-4004", "Boquilla nebulizadora FN-40, 40 l/h a 4 bar, antigoteo, rosca 1/2\" BSP",
                     "40", "UN", "USD 3,85", "USD 154,00"],
                    ["20", "GI-CR-4W", "Cruz 4 vías para tubo PE 16 mm", "40", "UN", "USD 0,95", "USD 38,00"],
                    ["", "", "", "", "", "Total", "USD 192,00"]]),
         ("sp",),
         ("p", "Pedido de muestras / sample order: cuarenta (40) boquillas y 40 cruces para prueba en "
               "invernadero 12 (1,2 ha, tomate rama)."),
         ("p", "The production quantity of the project (approx. 9.600 nozzles for naves 12-14) is NOT "
               "released by this PO. The balance stays on hold until Lucía Fernández (técnica) signs off "
               "the samples after the 500 h clogging test with our well water (CE 2,8 mS/cm), and Antonio "
               "Salvador (gerente) sends the written release. Material: samples only."),
         ("p", "Normas: ISO 9001:2015 proveedor; EN 13031-1 estructura; presión de prueba 6 bar; tubo PE 16 mm PN 4."),
         ("p", "Entrega DAP El Ejido, semana 22. Factura con referencia al pedido 4500087702."),
     ], title="Pedido 4500087702", author="Agricola Campo Dalias")})

# c20: revised ERP PO that releases the whole balance after sign-off, by the named authority.
case("c20_revised_po_release", [],
     "PO change rev 2 releases the full 1.194 balance after sample sign-off (Lucía Fernández) by written release of Antonio Salvador; nothing left on hold",
     {"PEDIDO_4500087540_MOD2.txt": T("""
AGRICOLA CAMPO DALIAS S.L.            MODIFICACION DE PEDIDO / PO CHANGE
CIF B04123456                         Pedido     : 4500087540    Modificacion: 2
El Ejido (Almeria)                    Fecha      : 04.06.2024
                                      Comprador  : J. Moreno  (compras@campodalias.es)
Proveedor: 400312 SERRES ATLAS SARL, Zone Industrielle Tassila, Agadir, Maroc
-----------------------------------------------------------------------------------------
Pos   Material     Descripcion                        Cantidad  UM  Precio      Estado
00010 SA-GS-400-S  Canalon GS-400 6,4 m - MUESTRA         6     UN  EUR 48,00   ENTREGADO 17.05.2024
00020 SA-GS-400    Canalon GS-400 6,4 m - SERIE       1.194     UN  EUR 36,50   LIBERADO - ver texto
-----------------------------------------------------------------------------------------
Texto de cabecera / header text:
  Cambio 2: la posicion 00020 (1.194 canalones) queda liberada para produccion.
  Liberacion por escrito REL-CD-2024-008 del 03.06.2024, firmada por Antonio Salvador
  (gerente), despues de la aprobacion de muestras de Lucia Fernandez del 31.05.2024 (prueba de
  desague y montaje en nave 12).
  Con este cambio el pedido completo (6 + 1.194 = 1.200) esta liberado; no queda saldo pendiente.
  Entregas serie: 2 camiones, semanas 26 y 28. Norma EN 10346 Z275.
-----------------------------------------------------------------------------------------
Valor total pedido: EUR 43.869,00                                            Pagina 1 de 1
""")})

# c21: release email with a PDF release notice; quoted supplier request.
_c21_quoted = """Van: Wouter Vandenbroucke
Verzonden: woensdag 5 juni 2024 08:12
Aan: Joost van Leeuwen
Onderwerp: PO 4500031196 - release screen motors?

Goedemorgen Joost,
The 3 sample motors are running in Hoek van Holland since 10 May. Can we have a release for the
motors? Our assembly line has space from week 25.
Groeten, Wouter"""
_c21_text = """Goedemiddag Wouter,

Attached release notice REL-24-044 for PO 4500031196 rev 1.

In short: released now 60 motors of the 177 balance (sample sign-off by Marieke de Groot on
4 June). The remaining 117 are not released; they unlock after the first 60 have run 4 weeks on
the installation and I send a written release. Material: you may stage material for the 60, not
more.

Met vriendelijke groet,
Joost van Leeuwen
Projectdirecteur - Van der Kas Kassenbouw B.V.
T +31 174 555 201 | M +31 6 5555 0201

Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten
worden ontleend.

""" + quote(_c21_quoted)
case("c21_release_email_partial", [],
     "release email + PDF notice: 60 of 177 released by Joost van Leeuwen; 117 not released until 4 weeks run + written release; consistent quantities",
     {"RE_PO4500031196_screen_motors.eml": eml_bytes(mail(
         M_JOOST, M_WOUTER, "RE: PO 4500031196 - release screen motors?",
         dt(2024, 6, 5, 13, 20, 2), _c21_text,
         html=html_mail(_c21_text),
         in_reply_to="<h205-c21-orig@climatec-roeselare.be>",
         cc=M_PIETER,
         attachments=[("REL-24-044.pdf", pdf([
             ("h1", "Release notice REL-24-044"),
             ("p", "Van der Kas Kassenbouw B.V. to Climatec Roeselare NV - 5 June 2024"),
             ("table", [["Field", "Entry"],
                        ["Order", "Screen drive motor CLT-SM-4012, project Hoek van Holland"],
                        ["PO", "4500031196 rev 1 (3 sample + 177 production = 180)"],
                        ["Unlock event met", "sample sign-off, Marieke de Groot, 4 June 2024"],
                        ["Released now", "60 motors"],
                        ["Released in total", "63 (3 samples + 60)"],
                        ["Not released", "117 motors"],
                        ["Next unlock", "60 motors running 4 weeks on the installation, then written release"],
                        ["Material authority", "staged up to 60 motors"],
                        ["Authorized by", "Joost van Leeuwen, projectdirecteur (release authority)"]]),
         ], title="REL-24-044", author="Joost van Leeuwen"), PDF_MT)]))})

# c22: WeChat, explicit staged material authority above the released quantity.
case("c22_wechat_staged_material", [],
     "buyer gives explicit staged material authority for 200 (coil only) while only 40 samples are released; 160 on hold until Marieke's sign-off + Joost's written release",
     {"WeChat_Lina_HN.txt": T("""
WeChat chat history with 李娜 Lina (Huanong Export)
Exported 2024-05-30

2024-05-29 09:12:44 Lina (Huanong Export)
Pieter hello, good morning. Steel mill say coil price will up 6% from next month.
We can buy the coil now for all 200 gutter? then price is safe.

2024-05-29 09:40:02 Pieter Verhoeven
Hi Lina. OK for the coil, I confirm here in writing: material authority staged up to 200 gutters GT-6400 (Z275 coil only), at Van der Kas cost if we cancel. PO 4500031377 covers the 200 commercially.

2024-05-29 09:41:30 Pieter Verhoeven
But production: only the 40 samples (PO 4500031377 line 10) are released. The 160 on line 20 are NOT released until Marieke de Groot signs off the samples and Joost van Leeuwen sends the written release.

2024-05-29 09:42:05 Pieter Verhoeven
So buy the coil, but don't slit or roll form it for the 160.

2024-05-29 09:55:17 Lina (Huanong Export)
Understand 👌 buy coil for 200, produce 40 samples only, 160 wait written release from Mr Joost.

2024-05-29 09:55:40 Lina (Huanong Export)
[Sticker]
""")})

# c23: Kenyan PO; the deposit explicitly does not release production.
case("c23_po_deposit_not_release", [],
     "sample PO for 12 racks with deposit clause 'payment of any deposit does not release production'; balance 588 on hold until Otieno's sign-off + David Mwangi's written release",
     {"NBL_PO_7100-0482.pdf": pdf([
         ("h1", "NAIVASHA BLOOM LTD - PURCHASE ORDER"),
         ("p", "P.O. Box 1140-20117 Naivasha, Kenya · PIN P051555123X"),
         ("table", [["PO No.", "7100-0482", "Date", "16 May 2024"],
                    ["Supplier", "Serres Atlas SARL, Agadir, Morocco", "Currency", "EUR"],
                    ["Delivery", "CIF Mombasa, then to farm", "Buyer", "Wanjiru Kamau"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Unit", "Price", "Amount"],
                    ["1", "SA-VR-28", "Vent rack (rack and pinion) 28 mm, L = 2 m, galvanized - SAMPLE",
                     "12", "pcs", "EUR 21,40", "EUR 256,80"],
                    ["", "", "Total", "", "", "", "EUR 256,80"]]),
         ("sp",),
         ("h", "Scope"),
         ("p", "This PO is for the 12 sample vent racks only, for trial on Block 5 (roof vents)."),
         ("p", "The balance of 588 racks quoted in your offer SA-OF-24-031 is not released. It remains on "
               "hold until Otieno Ochieng, Farm Engineer, signs off the samples and Mr David Mwangi, General "
               "Manager, issues a written release. Material authority: samples only."),
         ("h", "Payment"),
         ("p", "30% deposit on the sample lot (EUR 77,04) by bank transfer, balance against documents. "
               "Kindly note that payment of any deposit does not release production of any quantity."),
         ("sp",),
         ("p", "Authorised signatory (procurement): Wanjiru Kamau ........ Kindly acknowledge by return."),
     ], title="PO 7100-0482", author="Naivasha Bloom Ltd")})

# c24: buyer portal page with the complete scope note.
case("c24_buyer_portal_scope_note", [],
     "buyer portal scope note: 8 sample trolleys active, 92 not released, unlock = sample sign-off then revised PO, release authority Joost van Leeuwen, material sample-only, quoted quantity basis forecast",
     {"VDK_leveranciersportaal_4500031415.html": html_page(
         "Van der Kas leveranciersportaal - order 4500031415", """
<h2>Van der Kas Kassenbouw &mdash; Leveranciersportaal / Supplier portal</h2>
<p>Leverancier: <b>Agrotech Stal Sp. z o.o.</b> (70305) &middot; ingelogd: t.nowak</p>
<h3>Order 4500031415 &mdash; pipe-rail trolley PRT-51/1200 &mdash; project Maasland</h3>
<table>
<tr><th>Regel</th><th>Artikel</th><th>Omschrijving</th><th>Aantal</th><th>Scope</th><th>Status</th></tr>
<tr><td>10</td><td>PRT-51/1200</td><td>Buisrailwagen 51 mm, platform 1200 mm, schaarlift 2,4 m</td><td>8</td><td>sample</td><td>actief / active</td></tr>
</table>
<div class="note">
<b>Scope note (generated from the order record)</b><br>
Active quantity: 8 sample trolleys. Build these now.<br>
Not released: the balance of 92 trolleys from your quote AS/Q/24/131. Do not start them.<br>
Unlock event: sample sign-off by Marieke de Groot, followed by a revised PO.<br>
Release authority: Joost van Leeuwen, projectdirecteur.<br>
Material authority: sample-only (8 trolleys).<br>
Quoted production quantity 92: basis <i>forecast</i>.
</div>
<p>Documents: PO_4500031415.pdf &middot; AS_Q_24_131.pdf &middot; DRG_PRT-51-1200_rev2.pdf</p>
""", lang="nl")})

# c25: PO + proforma invoice for the deposit; consistent quantities, deposit does not release.
case("c25_po_and_proforma", [],
     "PO (10 sample racks; 230 on hold until Ryan MacDonald's sign-off + Priya Sandhu's written release) and proforma for the sample deposit only; quantities agree",
     {"NCC-PO-10455.txt": T("""
NORTHERN CANOPY CULTIVATION INC.                                    PURCHASE ORDER
1850 Seacliff Dr, Leamington ON N8H 3W5, Canada
PO Number : NCC-PO-10455        Revision: 0        Date: 2024-05-22
Buyer     : Jennifer Tremblay   jtremblay@northerncanopy.ca   +1 519 555 0147
Supplier  : WEIFANG HUANONG GREENHOUSE EQUIPMENT CO., LTD. (vendor 20931)
Terms     : 30% deposit on proforma, 70% before shipment; FOB Qingdao

Line  Item          Description                                   Qty  UOM  Unit USD   Ext. USD
----  ------------  --------------------------------------------  ---  ---  --------  ---------
1     VR-28/3000    Vent rack 28 mm L=3000 mm, DRG 1200 rev 4,      10  EA      17.90     179.00
                    HDG EN ISO 1461 - SAMPLE LOT
                                                                 Total PO value  USD 179.00

SCOPE OF THIS PO
  Active quantity: 10 sample vent racks. Build these now.
  The balance of 230 racks in your quote HN-Q240510-01 is NOT released by this PO.
  Unlock: Ryan MacDonald (Facilities Engineering) signs off the samples on the Room 5 ridge
  vents, then Priya Sandhu (VP Operations) sends a written release for the 230.
  Material authority: sample-only.
  The deposit on the proforma pays for the sample lot; it does not release any production.
"""),
      "PI-HN-240522.pdf": pdf([
          ("h1", "PROFORMA INVOICE"),
          ("p", "Weifang Huanong Greenhouse Equipment Co., Ltd. · Shouguang, Weifang, Shandong, China"),
          ("table", [["PI No.", "PI-HN-240522", "Date", "2024-05-23"],
                     ["Buyer", "Northern Canopy Cultivation Inc., Leamington ON", "Your PO", "NCC-PO-10455"]]),
          ("sp",),
          ("table", [["No.", "Description", "Qty", "Unit price", "Amount"],
                     ["1", "Vent rack VR-28/3000, sample lot", "10 pcs", "USD 17.90", "USD 179.00"],
                     ["2", "Sample freight by air (DHL)", "1 lot", "USD 145.00", "USD 145.00"],
                     ["", "Total", "", "", "USD 324.00"],
                     ["", "Deposit 30% (T/T)", "", "", "USD 97.20"]]),
          ("sp",),
          ("p", "Remark: deposit is for the sample lot only. The production quantity (230 pcs) is not "
                "included in this PI and is not released; we produce it only after customer's written "
                "release."),
          ("p", "Bank: Bank of China, Weifang Branch, SWIFT BKCHCNBJ52A. Kevin Zhang, Sales Manager."),
      ], title="PI-HN-240522", author="Weifang Huanong")})


# ================================================================ POSITIVE
# p01: cover mail + sample PO + supplier quote with the production quantity, nothing marks it.
_p01_text = """Dear Kevin,

Please find attached our purchase order 4500031290 and your quotation HN-Q240402-03 for the vent
racks VR-28/3000.

Kindly confirm the delivery date for the samples and send us the order confirmation.

With kind regards,
Pieter Verhoeven
Inkoper / Purchaser
Van der Kas Kassenbouw B.V.
Naaldwijkseweg 212, 2675 BN Honselersdijk, The Netherlands
T +31 174 555 200

Disclaimer: op al onze aanbiedingen en opdrachten zijn de Algemene Inkoopvoorwaarden van Van der Kas
van toepassing. This e-mail is intended for the addressee only."""
case("p01_cover_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 20 sample racks sent with the supplier quote showing 1,180 production racks; nothing says the 1,180 is informational or not released; no hold, event or release person",
     {"Mail_PO4500031290.eml": eml_bytes(mail(
         M_PIETER, M_KEVIN, "PO 4500031290 - vent racks VR-28/3000",
         dt(2024, 4, 24, 11, 7, 2), _p01_text)),
      "PO_4500031290.pdf": pdf([
          ("h1", "VAN DER KAS KASSENBOUW B.V."),
          ("p", "Naaldwijkseweg 212 · 2675 BN Honselersdijk · KvK 27123456"),
          ("h", "INKOOPORDER / PURCHASE ORDER 4500031290"),
          ("table", [["Datum", "24-04-2024", "Leverancier", "70211 Weifang Huanong"],
                     ["Inkoper", "P. Verhoeven", "Levering", "DAP Honselersdijk"]]),
          ("sp",),
          ("table", [["Rg", "Artikel", "Omschrijving", "Aantal", "Prijs", "Bedrag"],
                     ["10", "VR-28/3000", "Vent rack L=3000 mm, DRG 1200 rev 4 - samples", "20 st",
                      "USD 17,90", "USD 358,00"],
                     ["", "", "", "", "Totaal", "USD 358,00"]]),
          ("sp",),
          ("p", "Ref.: your quotation HN-Q240402-03 (attached). Delivery samples week 20. "
                "Zinc coating EN ISO 1461, test report with delivery."),
      ], title="PO 4500031290", author="Van der Kas"),
      "HN-Q240402-03.pdf": pdf([
          ("h1", "QUOTATION HN-Q240402-03"),
          ("p", "Weifang Huanong Greenhouse Equipment Co., Ltd. - To: Van der Kas Kassenbouw B.V., "
                "attn. Mr. Pieter Verhoeven. Date 2024-04-02."),
          ("table", [["Item", "Description", "Qty", "Unit price", "Lead time"],
                     ["1", "Vent rack VR-28/3000, HDG, DRG 1200 rev 4 (sample)", "20 pcs", "USD 17.90",
                      "15 days"],
                     ["2", "Vent rack VR-28/3000, HDG, DRG 1200 rev 4", "1,180 pcs", "USD 14.60",
                      "35 days"]]),
          ("sp",),
          ("p", "Price FOB Qingdao, valid 30 days. Packing: steel pallet, 200 pcs per pallet."),
          ("p", "Kevin Zhang, Sales Manager."),
      ], title="Quotation HN-Q240402-03", author="Weifang Huanong")})

# p02: "sample order" PDF with a series line of 1.194 beside the 6 samples, no hold.
case("p02_sample_order_series_line", ["RG001", "RG003", "RG004", "RG005"],
     "sample order lists 6 samples and a series line of 1.194 with delivery week; nothing says the series is not released; no event or release person",
     {"Pedido_4500087590.pdf": pdf([
         ("h1", "AGRÍCOLA CAMPO DALÍAS S.L."),
         ("p", "Ctra. de Almerimar km 2 · 04700 El Ejido (Almería) · CIF B04123456"),
         ("h", "PEDIDO DE MUESTRAS / SAMPLE ORDER Nº 4500087590"),
         ("p", "Fecha 06.05.2024 · Proveedor: Serres Atlas SARL, Agadir · Comprador: Javier Moreno"),
         ("table", [["Pos", "Material", "Descripción", "Cant.", "Precio", "Entrega"],
                    ["10", "SA-GS-400-S", "Canalón GS-400 6,4 m - muestra", "6 uds", "EUR 48,00", "semana 21"],
                    ["20", "SA-GS-400", "Canalón GS-400 6,4 m - serie", "1.194 uds", "EUR 36,50", "semana 30"]]),
         ("sp",),
         ("p", "Muestras para montaje de prueba en nave 14. Entrega DAP El Ejido. "
               "Normas EN 10346 (Z275) y EN 13031-1. Pago 60 días fecha factura."),
         ("p", "Por favor confirmar recepción del pedido. Gracias."),
     ], title="Pedido 4500087590", author="Agricola Campo Dalias")})

# p03: "proceed with the 24 sample nozzles as per your offer attached"; offer shows 2,376; GM named.
_p03_text = """Dear Yossi,

Greetings from Naivasha.

Kindly proceed with the 24 sample fog nozzles as per your offer attached (GM-2404-77). The PO
7100-0449 will follow from our accounts office today.

For the record, Mr David Mwangi (General Manager) is our release authority.

Kindly revert with the dispatch date. We need the samples on the farm before 10th June.

Regards,
Wanjiru Kamau
Procurement Officer
Naivasha Bloom Ltd | Moi South Lake Road, Naivasha
Tel: +254 722 555 014

Disclaimer: This email and any files transmitted with it are confidential and intended solely for
the use of the individual or entity to whom they are addressed."""
case("p03_proceed_samples_offer_attached", ["RG001", "RG003", "RG004"],
     "'proceed with the 24 sample nozzles as per your offer attached'; the attached offer shows 2,376 production nozzles unmarked; release authority named but no hold and no unlock event",
     {"Samples_fog_nozzles_GM-2404-77.eml": eml_bytes(mail(
         M_WANJIRU, M_YOSSI, "Samples fog nozzles - your offer GM-2404-77",
         dt(2024, 5, 9, 8, 45, 3), _p03_text,
         attachments=[("Galil_Offer_GM-2404-77.docx", docx_bytes([
             ("h1", "Offer GM-2404-77"),
             ("p", "Galil Mist Systems Ltd, Karmiel, Israel - to Naivasha Bloom Ltd, Ms Wanjiru Kamau. 29 April 2024."),
             ("table", [["Pos", "Item", "Qty", "Unit price USD", "Total USD"],
                        ["1", "GI-FN-4004 fog nozzle 40 l/h, anti-drip (samples)", "24", "4.20", "100.80"],
                        ["2", "GI-FN-4004 fog nozzle 40 l/h, anti-drip", "2,376", "3.35", "7,959.60"],
                        ["3", "GI-CR-4W 4-way cross", "2,400", "0.90", "2,160.00"]]),
             ("p", "Delivery: samples 2 weeks, production 6 weeks. Incoterms FCA Haifa."),
             ("p", "Payment: 30 days after B/L. Warranty 24 months."),
             ("p", "Yossi Ben-David, Export Sales."),
         ], author="Yossi Ben-David"), DOCX_MT)]))})

# p04: ERP PO for 4 pilot trolleys that also states the project total of 60 with price.
case("p04_erp_po_project_total", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO for 4 pilot trolleys whose note gives 'project total 60 trolleys' with the 56+ price; no hold, no event, no release person",
     {"NCC-PO-10431.txt": T("""
NORTHERN CANOPY CULTIVATION INC.                                    PURCHASE ORDER
1850 Seacliff Dr, Leamington ON N8H 3W5, Canada                     Page 1 of 1
PO Number : NCC-PO-10431     Revision: 0     Date: 2024-05-06
Buyer     : Jennifer Tremblay  jtremblay@northerncanopy.ca
Supplier  : AGROTECH STAL SP. Z O.O. (vendor 20877)
            ul. Przemyslowa 14, 62-800 Kalisz, Poland
Terms     : Net 45 / DAP Leamington ON (Incoterms 2020) / EUR

Line  Item            Description                                  Qty  UOM  Unit Price    Ext. Price
----  --------------  -------------------------------------------  ---  ---  ------------  ------------
1     PRT-51/1200     Pipe-rail trolley, 51 mm rail, platform        4  EA   EUR 1.180,00  EUR 4.720,00
                      1200 mm, scissor lift 2.4 m, 24 V - PILOT
                                                                    Total          EUR 4.720,00
Notes to supplier:
  Pilot units for trial in Flower Room 2.
  Project total 60 trolleys per your quote AS/Q/24/118 (EUR 1.045,00/pc at 56+ pcs).
  Ship DAP Leamington ON. Include CE DoC and EN 1570-1 lift test report with shipment.
  Please acknowledge within 3 business days.

PO issued by: J. Tremblay, Procurement Lead
""")})

# p05: purchase instruction for 3 sample motors with an annex listing 180 project motors.
case("p05_instruction_project_annex", ["RG001", "RG003", "RG004"],
     "order for 3 sample motors with an annex table listing 180 project motors and a delivery week, not marked informational; release authority named, no hold, no unlock event",
     {"Opdracht_PI-24-0207.docx": docx_bytes([
         ("h1", "Opdracht / Purchase instruction PI-24-0207"),
         ("p", "Van der Kas Kassenbouw B.V. - Honselersdijk, 7 May 2024 - PO 4500031188"),
         ("p", "Dear Wouter,"),
         ("p", "Hereby we order 3 sample screen motors CLT-SM-4012 for the screen installation test at "
               "project Hoek van Holland. Delivery to our yard in Honselersdijk, week 21."),
         ("p", "Release authority for this project at Van der Kas: Joost van Leeuwen (projectdirecteur)."),
         ("p", "The project scope is in the annex below."),
         ("p", "Met vriendelijke groet, Pieter Verhoeven, inkoper"),
         ("h", "Annex - project scope Hoek van Holland"),
         ("table", [["Item", "Article", "Qty", "Delivery"],
                    ["Screen drive motor", "CLT-SM-4012", "180 pcs", "week 36"],
                    ["Drive tube 60 mm", "VDK-BU-60", "2.520 m", "week 34"],
                    ["Control box 14 sections", "VDK-CB-14", "1", "week 35"]]),
     ], author="Pieter Verhoeven")})

# p06: buyer portal PO page with the quote summary (8 pilot + 112 series) shown beside the PO line.
case("p06_portal_po_quote_summary", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 8 pilot motors shows the quote summary with 112 series motors beside it, unmarked; no hold, event or release person",
     {"NCC_supplier_portal_PO-10440.html": html_page(
         "NCC Supplier Portal - PO NCC-PO-10440", """
<h2>Northern Canopy Cultivation Inc. &mdash; Supplier Portal</h2>
<p>Logged in as: <b>Wouter Vandenbroucke (Climatec Roeselare NV)</b></p>
<h3>Purchase Order NCC-PO-10440 <small>Rev 0 &middot; Issued 2024-05-14 &middot; Status: Issued &middot; Acknowledged by supplier 2024-05-15</small></h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit price CAD</th><th>Need-by</th></tr>
<tr><td>1</td><td>CLT-SM-4012-CSA</td><td>Screen drive motor 0.55 kW 600 V 3-ph &ndash; pilot</td><td>8</td><td>EA</td><td>1,420.00</td><td>2024-06-21</td></tr>
</table>
<h4>Supplier quote on file: CQ-24-0391 (Climatec, 2024-04-30)</h4>
<table>
<tr><th>Stage</th><th>Qty</th><th>Unit price CAD</th><th>Lead time</th></tr>
<tr><td>Pilot</td><td>8</td><td>1,420.00</td><td>5 weeks</td></tr>
<tr><td>Series</td><td>112</td><td>1,265.00</td><td>10 weeks</td></tr>
</table>
<p>Buyer: Jennifer Tremblay &middot; Ship to: Leamington ON &middot; Terms: Net 45</p>
<p>Attachments: CQ-24-0391.pdf &middot; NCC_PO_Terms_2024.pdf</p>
""")})

# p07: WeChat, project total stated, release person named, supplier buys coil for the whole project.
case("p07_wechat_total_and_coil", ["RG001", "RG003", "RG004", "RG006"],
     "buyer: PO for 6 sample gutters, 'total project is 1.200 pcs'; names Joost as release signer but no hold and no event; supplier buys coil for 1200 without material authority",
     {"WeChat_Kevin_Zhang.txt": T("""
WeChat chat history with Kevin Zhang 张伟 (Huanong)
Exported 2024-05-10

2024-05-08 15:02:11 Pieter Verhoeven
Hi Kevin, PO 4500031366 is sent to your mail: 6 sample gutters GT-6400.
Total project is 1.200 pcs, same price as your quote.

2024-05-08 15:03:40 Pieter Verhoeven
Joost van Leeuwen is our boss for releases, he signs

2024-05-08 15:20:05 Kevin Zhang 张伟 (Huanong)
Thank you Pieter! 6 samples we make next week 👍

2024-05-08 15:22:48 Kevin Zhang 张伟 (Huanong)
For coil we buy already for 1200 pcs now, price is good this month and the mill need 25 days

2024-05-08 15:40:13 Pieter Verhoeven
ok thanks, pls send photos of the samples before packing

2024-05-08 15:41:00 Kevin Zhang 张伟 (Huanong)
Sure sure
""")})

# p08: two-level quoted thread; complete scope at level 2; top reply "approved, go ahead" unscoped.
_p08_l2 = """Hi Wouter,

PO NCC-PO-10422 attached: 8 sample screen motors CLT-SM-4012 only.
The remaining 112 are not released. They stay on hold until Ryan MacDonald signs off the
samples (screen run test, Room 4) and Priya Sandhu sends you a written release.
Material: sample quantity only.

Thanks,
Jennifer"""
_p08_l1 = """Hi Jennifer,

Attached the revised motor bracket drawing CLT-BR-118 rev C (slotted holes 10x25 instead of
diam. 10, as Ryan asked on the call). Is this OK for you?

Best regards,
Wouter

On Thu, May 2, 2024 at 3:41 PM Jennifer Tremblay <jtremblay@northerncanopy.ca> wrote:
""" + quote(_p08_l2)
_p08_text = """Hi Wouter,

Looks good - approved, go ahead.

Jen
""" + sig("Jennifer Tremblay", "Procurement Lead", NCC, "+1 519 555 0147") + """
On Wed, May 15, 2024 at 4:10 AM Wouter Vandenbroucke <wouter.vandenbroucke@climatec-roeselare.be> wrote:
""" + quote(_p08_l1)
case("p08_thread_approved_go_ahead", ["RG002"],
     "two-level thread: quoted PO mail has the full scope (8 samples, 112 on hold, Ryan sign-off + Priya written release); the top reply 'approved, go ahead' names neither sample-only nor a quantity",
     {"RE_RE_NCC-PO-10422_bracket.eml": eml_bytes(mail(
         M_JEN, M_WOUTER, "RE: RE: NCC-PO-10422 - motor bracket rev C",
         dt(2024, 5, 15, 8, 2, -4), _p08_text, html=html_mail(_p08_text),
         in_reply_to="<h205-p08-l1@climatec-roeselare.be>"))})

# p09: Teams; buyer engineer gives an unscoped green light as soon as the pilots pass.
case("p09_teams_green_light", ["RG002", "RG007"],
     "scope earlier in the chat (4 pilots, 56 on hold until Ryan's sign-off + Priya's written release); then Ryan: pilots ran great, 'Green light, good to run!' - unscoped, and sample approval rolled into the 56",
     {"Teams_chat_NCC_Agrotech.txt": T("""
Microsoft Teams - chat export
Chat: Northern Canopy / Agrotech Stal - trolleys PRT-51
Participants: Jennifer Tremblay, Ryan MacDonald, Katarzyna Wiśniewska, Tomasz Nowak

Jennifer Tremblay  5/6/2024 10:15 AM
Hi both, PO NCC-PO-10436 is in your inbox. It's for the 4 pilot trolleys only. The other 56 are on hold until Ryan signs off the pilots and Priya Sandhu sends the written release.

Tomasz Nowak  5/6/2024 10:31 AM
Thank you Jennifer, understood. 4 pilots, week 21.

Katarzyna Wiśniewska  5/28/2024 9:02 AM
Good morning Ryan, the 4 pilot trolleys passed your rail test yesterday? Our welding line is free from 3 June, we can start the rest then

Ryan MacDonald  5/28/2024 9:20 AM
Morning! Yes they ran great on the 51 mm rail, lift is smooth and the battery lasted the full shift 👍

Ryan MacDonald  5/28/2024 9:21 AM
Green light, good to run!

Katarzyna Wiśniewska  5/28/2024 9:24 AM
Super, thank you. We plan the 56 from 3 June then.

Ryan MacDonald  5/28/2024 9:25 AM
(like)
""")})

# p10: minutes; "approved" for the ECN and for the PO, then "All approved. Weifang may proceed."
case("p10_minutes_all_approved", ["RG002", "RG009"],
     "minutes: 'approved' used for the ECN and for the PO in finance, then 'All approved. Weifang may proceed.' with no quantity or sample scope; samples still in test, so no RG007",
     {"Minutes_VDK_Huanong_2024-05-23.docx": docx_bytes([
         ("h1", "Minutes - video call Van der Kas / Weifang Huanong"),
         ("p", "Date: 23 May 2024, 09:00-09:40 CET. Present: Pieter Verhoeven, Marieke de Groot (Van der Kas); "
               "Kevin Zhang, Lina Li (Huanong). Minutes: P. Verhoeven."),
         ("h", "1. ECN-24-017 pinion bore"),
         ("p", "Bore of pinion PN-28-16 changed to 28 H7 (was 28 H8). Approved by Marieke."),
         ("h", "2. PO 4500031318 rev 1"),
         ("p", "Price change after ECN-24-017 (+USD 0,15 per pinion). PO rev 1 approved by finance on 21 May."),
         ("h", "3. Samples vent rack VR-28/3000"),
         ("p", "20 samples in test at De Lier, sign-off expected week 24. The balance of 1.180 racks stays "
               "on hold until Marieke's sample sign-off and a written release by Joost van Leeuwen."),
         ("h", "4. Logistics"),
         ("p", "Kevin proposes 1 x 40ft HC instead of 2 x 20ft. Pieter checks with the yard."),
         ("h", "Conclusion"),
         ("p", "All approved. Weifang may proceed."),
         ("table", [["Action", "Who", "When"],
                    ["Check 40ft HC at yard", "Pieter", "week 22"],
                    ["Send ECN drawing rev 5", "Marieke", "24 May"],
                    ["Confirm schedule", "Kevin", "week 22"]]),
     ], author="Pieter Verhoeven")})

# p11: tooling invoice paid, so "please proceed"; single lot, no quantity anywhere.
_p11_text = """Dear Yossi,

Tooling invoice TI-2291 for the extra 16-cavity mould for the nozzle bodies has been paid today,
USD 6,850. Copy of the SWIFT MT103 attached.

So please proceed.

This order is one lot for the new Block 9 rose houses, no sample stage this time (same nozzle
as we took in 2022). We need everything on site before the dry season in January.

Kind regards,
Wanjiru Kamau
Procurement Officer, Naivasha Bloom Ltd
Tel: +254 722 555 014

Disclaimer: This email and any files transmitted with it are confidential and intended solely for
the use of the individual or entity to whom they are addressed."""
_p11_swift = """{1:F01KCBLKENXAXXX0000000000}{2:I103LUMIILITXXXXN}{4:
:20:NBL240517TT0291
:23B:CRED
:32A:240517USD6850,00
:50K:/1101555012
NAIVASHA BLOOM LTD
P.O. BOX 1140-20117 NAIVASHA KENYA
:59:/IL620105550000001234567
GALIL MIST SYSTEMS LTD
KARMIEL ISRAEL
:70:INV TI-2291 TOOLING 16 CAV MOULD
:71A:OUR
-}"""
case("p11_tooling_paid_proceed", ["RG002", "RG010", "RG012"],
     "'tooling invoice paid ... So please proceed': payment treated as the trigger, 'proceed' unscoped, and no quantity anywhere; single lot, so no balance rules",
     {"TI-2291_nozzles_Block9.eml": eml_bytes(mail(
         M_WANJIRU, M_YOSSI, "Tooling invoice TI-2291 paid - nozzles Block 9",
         dt(2024, 5, 17, 15, 12, 3), _p11_text,
         attachments=[("MT103_NBL240517TT0291.txt", _p11_swift + "\n", TXT_MT)]))})

# p12: WhatsApp; scope at the start, then "Aprobado, go ahead!!" once the samples work.
case("p12_whatsapp_aprobado", ["RG002", "RG007"],
     "scope at the start (40 samples, 760 on hold until Lucía's sign-off + Antonio's written release); later buyer: samples work perfect, 'Aprobado, go ahead!!' - unscoped and rolls sample approval into the series",
     {"WhatsApp_Chat_Javier_Moreno.txt": T("""
[02/05/2024, 09:10:33] Javier Moreno: Youssef buenos días. Pedido 4500087630 enviado por mail: 40 muestras cremallera RP-28 only. The other 760 are NOT released, on hold until Lucía signs off the samples and Antonio Salvador send you the release in writing
[02/05/2024, 09:31:12] Youssef El Amrani: Bien reçu Javier, merci. 40 échantillons seulement 👍
[17/05/2024, 16:02:40] Youssef El Amrani: Les 40 sont livrés chez vous ce matin, bon de livraison BL-24-0517
[21/05/2024, 17:40:05] Youssef El Amrani: Javier, les 40 échantillons sont montés dans la nave depuis lundi. Lucía est contente ? On peut lancer la série ? atelier libre semaine 23
[21/05/2024, 18:05:21] Javier Moreno: Sí sí, Lucía dice que funcionan perfecto con el motor 👌
[21/05/2024, 18:05:49] Javier Moreno: Aprobado, go ahead!!
[21/05/2024, 18:07:02] Youssef El Amrani: Parfait, on lance la série lundi 🙏
""")})

# p13: buyer portal timeline; complete scope, then accounts: "Deposit paid. Green light, go ahead!"
case("p13_portal_deposit_green_light", ["RG002", "RG012"],
     "portal scope complete (10 samples, 390 on hold until Otieno's sign-off + David Mwangi's written release); then 'Deposit 30% paid. Green light, go ahead!' - payment as the trigger and an unscoped go-ahead",
     {"NBL_procurement_portal_PO7100-0475.html": html_page(
         "Naivasha Bloom procurement portal - PO 7100-0475", """
<h2>Naivasha Bloom Ltd &mdash; Procurement portal</h2>
<p>Supplier view &middot; Serres Atlas SARL (Agadir) &middot; user: y.elamrani</p>
<h3>PO 7100-0475 &mdash; gutter section GS-400, 6,4 m</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Qty</th><th>Scope</th><th>Price EUR</th></tr>
<tr><td>1</td><td>SA-GS-400 gutter section (sample)</td><td>10</td><td>sample</td><td>46,00</td></tr>
</table>
<div class="note">Scope: 10 sample gutter sections for the Block 7 trial. The balance of 390 sections
is not released until Otieno Ochieng (Farm Engineer) signs off the samples and Mr David Mwangi
(General Manager) issues a written release.</div>
<h4>Order timeline</h4>
<table>
<tr><th>Date</th><th>By</th><th>Entry</th></tr>
<tr><td>06 May 2024</td><td>Wanjiru Kamau (Procurement)</td><td>PO issued</td></tr>
<tr><td>08 May 2024</td><td>Youssef El Amrani (Serres Atlas)</td><td>PO acknowledged</td></tr>
<tr><td>20 May 2024</td><td>Youssef El Amrani (Serres Atlas)</td><td>Proforma PI-SA-2405-11 uploaded (deposit 30%)</td></tr>
<tr><td>24 May 2024</td><td>Faith Njeri (Accounts)</td><td>Deposit 30% on PI-SA-2405-11 paid today, ref. NBL240524TT0318. Green light, go ahead!</td></tr>
</table>
<p><button>Add comment</button></p>
""")})

# p14: ERP sample PO; header says sixty (60), lines say 50; no hold, event or person.
case("p14_erp_header_60_lines_50", ["RG003", "RG004", "RG005", "RG011"],
     "sample PO header text 'sesenta (60) boquillas' but the lines order 50; nothing about the balance, no event, no release person",
     {"PEDIDO_4500087618.txt": T("""
AGRICOLA CAMPO DALIAS S.L.                                   PEDIDO DE COMPRA
CIF B04123456  Ctra. de Almerimar km 2, 04700 El Ejido (Almeria)
Pedido   : 4500087618        Fecha: 07.05.2024        Comprador: J. Moreno
Proveedor: 300877 GALIL MIST SYSTEMS LTD, Karmiel, Israel
Condic.  : DAP El Ejido (Incoterms 2020) - pago 60 dias fecha factura
----------------------------------------------------------------------------------------
Texto de cabecera:
  Pedido de muestras - sesenta (60) boquillas nebulizadoras para prueba en nave 5
  (tomate cherry, 0,8 ha). Entrega semana 22.
----------------------------------------------------------------------------------------
Pos   Material     Descripcion                            Cantidad  UM   Precio     Valor
00010 GI-FN-4004   Boquilla FN-40 40 l/h antigoteo 1/2"         50  UN   USD 3,85   USD 192,50
00020 GI-CR-4W     Cruz 4 vias tubo PE 16 mm                    50  UN   USD 0,95   USD  47,50
----------------------------------------------------------------------------------------
                                                        Valor neto      USD 240,00
Certificado ISO 9001:2015 del proveedor. Presion de prueba 6 bar.
Por favor confirmen el pedido por e-mail a compras@campodalias.es.       Pagina 1 de 1
""")})

# p15: mail (multipart/alternative) + PDF PO for 10 sample gutter sections; no word on the balance.
_p15_text = """Dear Youssef,

Greetings from Naivasha.

Kindly make 10 (ten) sample gutter sections GS-400 for our trial on Block 7. Our PO 7100-0478 is
attached. Kindly send the samples by air freight to JKIA, our clearing agent is Rift Freight Ltd.

Kindly acknowledge the PO and revert with the dispatch date.

Best regards,
Wanjiru Kamau
Procurement Officer
Naivasha Bloom Ltd | Moi South Lake Road, Naivasha | Tel +254 722 555 014

Disclaimer: This email and any files transmitted with it are confidential and intended solely for
the use of the individual or entity to whom they are addressed."""
case("p15_mail_po_ten_samples", ["RG003", "RG004", "RG005"],
     "sample PO for 10 gutter sections with cover mail; nothing says the rest of the project is not released, no unlock event, no release person",
     {"PO_7100-0478_samples.eml": eml_bytes(mail(
         M_WANJIRU, M_YOUSSEF, "PO 7100-0478 - sample gutter sections GS-400",
         dt(2024, 5, 13, 10, 20, 3), _p15_text, html=html_mail(_p15_text),
         attachments=[("PO_7100-0478.pdf", pdf([
             ("h1", "NAIVASHA BLOOM LTD - PURCHASE ORDER"),
             ("table", [["PO No.", "7100-0478", "Date", "13 May 2024"],
                        ["Supplier", "Serres Atlas SARL, Agadir", "Currency", "EUR"]]),
             ("sp",),
             ("table", [["Line", "Item", "Description", "Qty", "Price", "Amount"],
                        ["1", "SA-GS-400", "Gutter section GS-400, 6,4 m, Z275 - sample", "10", "EUR 46,00", "EUR 460,00"],
                        ["2", "FRT", "Air freight to JKIA", "1", "EUR 390,00", "EUR 390,00"],
                        ["", "", "Total", "", "", "EUR 850,00"]]),
             ("sp",),
             ("p", "Delivery: by air to Nairobi JKIA, consignee Naivasha Bloom Ltd. Payment 30 days."),
             ("p", "Authorised signatory: Wanjiru Kamau, Procurement Officer."),
         ], title="PO 7100-0478", author="Naivasha Bloom Ltd"), PDF_MT)]))})

# p16: WhatsApp; balance on hold "until further notice", only Antonio can release: no unlock event.
case("p16_whatsapp_until_further_notice", ["RG004"],
     "6 sample trolleys active, 114 on hold 'until further notice', only Antonio Salvador can release them: hold and person named, but no unlock event",
     {"WhatsApp_Chat_Tomasz_Nowak.txt": T("""
[14/05/2024, 08:47:10] Tomasz Nowak: Hello Javier, the 6 sample trolleys PRT-51 are on the truck today, arrive El Ejido on Thursday. CMR number 0518/24
[14/05/2024, 08:47:32] Tomasz Nowak: <attached: 00000093-PHOTO-2024-05-14-08-47-32.jpg>
[14/05/2024, 09:15:55] Javier Moreno: Thank you Tomasz!! 👍
[14/05/2024, 09:17:40] Javier Moreno: Remember pedido 4500087644 is for the 6 samples only. The other 114 trolleys stay on hold until further notice
[14/05/2024, 09:18:02] Javier Moreno: Only Antonio Salvador (gerente) can release them, nobody else
[14/05/2024, 09:25:21] Tomasz Nowak: OK understood, 114 on hold. We wait for Mr Salvador
[14/05/2024, 09:25:50] Tomasz Nowak: Please tell us when you know something, our welding shop is planning July
[14/05/2024, 09:31:03] Javier Moreno: Sí, I will tell you
""")})

# p17: PO PDF; "balance on hold, we will come back to you": no event, no person.
case("p17_po_hold_come_back", ["RG004", "RG005"],
     "PO for 3 sample racks; balance 297 'on hold, we will come back to you' - hold stated but no unlock event and no named release person",
     {"PO_4500031421.pdf": pdf([
         ("h1", "VAN DER KAS KASSENBOUW B.V."),
         ("p", "Naaldwijkseweg 212 · 2675 BN Honselersdijk · The Netherlands"),
         ("h", "PURCHASE ORDER 4500031421"),
         ("table", [["Date", "29-05-2024", "Supplier", "70342 Serres Atlas SARL, Agadir"],
                    ["Purchaser", "P. Verhoeven", "Delivery", "DAP Honselersdijk, week 25"]]),
         ("sp",),
         ("table", [["Line", "Article", "Description", "Qty", "Price", "Amount"],
                    ["10", "SA-VR-28/3000", "Vent rack 28 mm, L=3000 mm, HDG - sample", "3 pcs", "EUR 24,50", "EUR 73,50"]]),
         ("sp",),
         ("h", "Scope note"),
         ("p", "Only the 3 sample racks are ordered now. The balance of 297 racks from your offer "
               "SA-OF-24-044 is not released and stays on hold. We will come back to you."),
         ("p", "Zinc coating EN ISO 1461, certificate with delivery. General purchase conditions Van der Kas 2023."),
     ], title="PO 4500031421", author="Van der Kas")})

# p18: hold notice; production on hold "except the samples already running" (no number), no event, unsigned office.
case("p18_hold_notice", ["RG004", "RG005", "RG010"],
     "hold notice: production on hold except the samples (no sample quantity anywhere), 'we shall inform you' (no event), signed by the procurement office (no named person)",
     {"NBL_letter_PO7100-0462.docx": docx_bytes([
         ("h1", "HOLD NOTICE"),
         ("p", "Naivasha Bloom Ltd, Moi South Lake Road, Naivasha, Kenya"),
         ("p", "To: Galil Mist Systems Ltd, attn. Ms Noa Peretz, Operations. Date: 27 May 2024."),
         ("p", "Subject: Fog nozzles GI-FN-4004 - PO 7100-0462"),
         ("p", "Dear Noa,"),
         ("p", "Due to the change of the irrigation design for Block 4 (new RO unit and 6 bar booster), "
               "production of the fog nozzles on PO 7100-0462 is ON HOLD, except the samples already "
               "running in your plant. Kindly complete and ship the samples as planned."),
         ("p", "Please do not start any further production and do not buy further material for this PO. "
               "We shall inform you once the design is confirmed."),
         ("p", "Kindly acknowledge receipt of this notice."),
         ("p", "Yours faithfully,"),
         ("p", "Procurement Office, Naivasha Bloom Ltd"),
     ], author="Naivasha Bloom Procurement")})

# p19: supplier MRP printout; material for the full 60 ordered while only 4 pilots are released.
case("p19_mrp_material_full_qty", ["RG006"],
     "supplier MRP printout: customer released 4 pilots, balance 56 not released, but material for the full 60 already ordered; no material authority",
     {"MRP_ZP-24-0518.txt": T("""
AGROTECH STAL Sp. z o.o.   Kalisz          MRP - ZAPOTRZEBOWANIE MATERIALOWE       2024-05-16 07:41
System: Comarch ERP XL   user: kwisniewska
---------------------------------------------------------------------------------------------------
Zlecenie / Work order   : ZP/24/0518
Klient / Customer       : NORTHERN CANOPY CULTIVATION INC. (Leamington, CA)
Zamowienie / Cust. PO   : NCC-PO-10448
Wyrob / Product         : PRT-51/1200  wozek rurowy / pipe-rail trolley, 51 mm, platform 1200 mm
Ilosc zwolniona / released by customer : 4 szt. (pilot)
Saldo / balance         : 56 szt. - NOT released by customer
---------------------------------------------------------------------------------------------------
Material                      Need/pc   Qty basis   Gross need    Status
RHS 40x40x3 S235JR (m)          14,2       60 szt.     852,0 m     ordered ZK/24/311 (14.05)
Scissor arm set SL-24              1       60 szt.     60 kpl      ordered ZK/24/312 (14.05)
Wheel V-groove 51 mm rail          4       60 szt.     240 szt     in stock - reserved
Hydraulic pump HP-24V              1       60 szt.     60 szt      ordered ZK/24/315 (15.05)
Battery 24V 100Ah AGM              1       60 szt.     60 szt      ordered ZK/24/316 (15.05)
---------------------------------------------------------------------------------------------------
Uwagi / remarks: Material for full 60 ordered to secure lead time (pumps 8 tyg.). Production of
4 pilot only until customer release.                                               K. Wisniewska
""")})

# p20: supplier status mail; bought steel and pumps for all 60 against a quoted pilot-only material authority.
_p20_quoted = """From: Jennifer Tremblay <jtremblay@northerncanopy.ca>
Sent: Monday, May 20, 2024 11:05 AM
To: Tomasz Nowak <t.nowak@agrotechstal.pl>
Subject: NCC-PO-10452 - pilot trolleys

Hi Tomasz,

PO NCC-PO-10452 attached: 4 pilot trolleys only. The other 56 are not released; they stay on hold
until Ryan MacDonald signs off the pilots and Priya Sandhu sends the written release.
Material authority: pilot quantity only.

Thanks,
Jennifer"""
_p20_text = """Hi Jennifer,

Thank you for the PO, all clear.

Good news: we bought already the steel profiles and the hydraulic pumps for all 60 trolleys. The
price from our steel mill was very good this week and the lead time for pumps is 8 weeks, so when
you release the balance we are very fast.

The 4 pilot trolleys will be ready in week 24.

Best regards / Pozdrawiam
Tomasz Nowak
Export Sales Manager
Agrotech Stal Sp. z o.o. | ul. Przemyslowa 14 | 62-800 Kalisz | Poland
tel. +48 62 555 14 20

This message may contain confidential information. If you are not the intended recipient please
inform the sender and delete it.

""" + quote(_p20_quoted)
case("p20_status_mail_bought_all", ["RG006"],
     "supplier reply: bought steel and pumps for all 60 while the quoted PO (complete scope) gives material authority for the 4 pilots only",
     {"RE_NCC-PO-10452_pilot_trolleys.eml": eml_bytes(mail(
         M_TOMASZ, M_JEN, "RE: NCC-PO-10452 - pilot trolleys",
         dt(2024, 5, 21, 14, 30, 2), _p20_text,
         in_reply_to="<h205-p20-orig@northerncanopy.ca>"))})

# p21: WeChat; supplier already cut steel for the balance and will run right after sample approval.
case("p21_wechat_cut_steel_run", ["RG006", "RG007"],
     "buyer restates complete scope (20 samples, 1.180 on hold until Marieke's sign-off + Joost's written release); supplier: already cut steel for 1180 and will run right after sample approval",
     {"WeChat_Kevin_Zhang_VR28.txt": T("""
WeChat chat history with Kevin Zhang 张伟 (Huanong)
Exported 2024-06-04

2024-06-03 10:05:19 Pieter Verhoeven
Kevin, samples are not checked yet, Marieke needs 2 more weeks. Please remember PO 4500031340 is for 20 samples only. The balance 1.180 racks is not released until Marieke signs off the samples and Joost van Leeuwen sends the written release.

2024-06-03 10:31:47 Kevin Zhang 张伟 (Huanong)
Yes understand Pieter.

2024-06-03 10:33:02 Kevin Zhang 张伟 (Huanong)
But we already cut and punch the steel for the 1180 racks to keep your delivery. So after your sample approval we do zinc and packing immediately, no need wait, can ship in 10 days 💪

2024-06-03 10:33:30 Kevin Zhang 张伟 (Huanong)
[Image]
""")})

# p22: supplier plan treats the labelled forecast as a firm order and buys material for it.
case("p22_supplier_plan_forecast_firm", ["RG006", "RG008"],
     "supplier production plan puts the customer's 2,400 forecast in as a firm order and orders brass/PA66 for 2,400 while no production release exists",
     {"Galil_Production_Material_Plan_NBL.docx": docx_bytes([
         ("h1", "Production & material plan - Naivasha Bloom"),
         ("p", "Galil Mist Systems Ltd - Operations. Prepared by Noa Peretz, 22 May 2024."),
         ("p", "Item: fog nozzle GI-FN-4004 (40 l/h, anti-drip). Sample lot shipped 18 April; "
               "customer sample sign-off still pending. Production release from Naivasha: not yet received."),
         ("h", "Demand"),
         ("p", "Naivasha sent their forecast of 2,400 pcs for the 2024/25 season. We have entered it in our "
               "system as a firm order and plan it in 4 lots of 600."),
         ("table", [["Lot", "Qty", "Moulding week", "Assembly week", "Ship"],
                    ["1", "600", "26", "27", "FCA Haifa wk 28"],
                    ["2", "600", "30", "31", "wk 32"],
                    ["3", "600", "36", "37", "wk 38"],
                    ["4", "600", "44", "45", "wk 46"]]),
         ("h", "Material"),
         ("table", [["Material", "Qty for", "Supplier PO", "Status"],
                    ["Brass insert 1/2\" BSP", "2,400 pcs", "IL-5521", "ordered 20 May"],
                    ["PA66 GF30 granulate", "2,400 pcs (+3%)", "IL-5522", "ordered 20 May"],
                    ["EPDM anti-drip membrane", "2,400 pcs", "IL-5523", "ordered 21 May"]]),
         ("p", "Capacity: 16-cavity mould, 2 shifts. Ready for lot 1 in week 26."),
     ], author="Noa Peretz")})

# p23: supplier reads the deposit as the start signal and buys coil for all 1.000.
_p23_quoted = """De: Javier Moreno <compras@campodalias.es>
Enviado: martes, 14 de mayo de 2024 10:02
Para: Youssef El Amrani <y.elamrani@serresatlas.ma>
Asunto: Pedido 4500087662 - transferencia anticipo

Buenos días Youssef,

Transferencia del anticipo del 30% del pedido 4500087662 hecha hoy: EUR 10.950,00.
Recuerda: solo las 10 muestras están liberadas. Las 990 restantes NO, hasta que Lucía Fernández
firme la aprobación de las muestras y Antonio Salvador os mande la liberación por escrito.

Saludos,
Javier"""
_p23_text = """Bonjour Monsieur Javier,

Nous accusons réception de votre acompte de 30% (virement du 14/05, EUR 10.950,00). Merci beaucoup.

As the deposit is received, we launched the production: we bought the galvanized coil for all
the 1.000 gutters and the cutting started today in our atelier. Like this the series will be
ready quickly. The 10 samples leave Agadir Friday by truck.

Cordialement,
Fatima Zahra Benali
Administration des ventes / Sales administration
SERRES ATLAS SARL - Zone Industrielle Tassila, Agadir, Maroc
Tél. +212 528 55 10 40

""" + quote(_p23_quoted)
case("p23_deposit_launches_production", ["RG006", "RG012"],
     "supplier: deposit received, so production launched and coil bought for all 1.000, while the quoted buyer mail releases only the 10 samples",
     {"RE_Pedido_4500087662.eml": eml_bytes(mail(
         M_FZ, M_JAVIER, "RE: Pedido 4500087662 - transferencia anticipo",
         dt(2024, 5, 15, 11, 40, 1), _p23_text,
         in_reply_to="<h205-p23-orig@campodalias.es>",
         cc=M_YOUSSEF))})

# p24: supplier status with HTML test summary; "once Marieke approves ... we roll directly into the 177".
_p24_quoted = """From: Pieter Verhoeven <p.verhoeven@vanderkas-kassenbouw.nl>
Sent: Thursday, 2 May 2024 16:10
To: Wouter Vandenbroucke <wouter.vandenbroucke@climatec-roeselare.be>
Subject: PO 4500031194 screen motors

Hi Wouter,
PO 4500031194 attached: 3 sample motors only. The other 177 are not released until Marieke de
Groot signs off the samples and Joost van Leeuwen sends the written release.
Groet, Pieter"""
_p24_text = """Hi Pieter,

In attachment the test summary of the 3 sample motors (run-in 48 h OK, current 1,32 A, IP55 spray
check OK). The samples ship on Friday with our own truck.

Once Marieke approves the samples we roll directly into the 177 motors, no need for extra
paperwork from your side; the planning is made for week 28.

Met vriendelijke groeten,
Wouter Vandenbroucke
Sales Engineer Export
Climatec Roeselare NV | Kachtemsestraat 301 | 8800 Roeselare | BE
T +32 51 55 12 80

""" + quote(_p24_quoted)
_p24_html = html_page("Test summary CLT-SM-4012 samples", """
<h2>Climatec Roeselare &mdash; test summary</h2>
<p>Article CLT-SM-4012, 400 V 3~, 0,55 kW, 2,5 rpm &middot; customer Van der Kas &middot; PO 4500031194</p>
<table>
<tr><th>Serial</th><th>Run-in</th><th>Current</th><th>IP55 spray</th><th>Noise dB(A)</th><th>Result</th></tr>
<tr><td>CL24-0911</td><td>48 h</td><td>1,31 A</td><td>OK</td><td>56</td><td>pass</td></tr>
<tr><td>CL24-0912</td><td>48 h</td><td>1,32 A</td><td>OK</td><td>57</td><td>pass</td></tr>
<tr><td>CL24-0913</td><td>48 h</td><td>1,33 A</td><td>OK</td><td>57</td><td>pass</td></tr>
</table>
<p>Tested by B. Claeys, QA, 28-05-2024.</p>
""")
case("p24_supplier_roll_directly", ["RG007"],
     "supplier: 'once Marieke approves the samples we roll directly into the 177 motors, no need for extra paperwork' although the quoted PO requires Joost's written release",
     {"RE_PO4500031194_test_summary.eml": eml_bytes(mail(
         M_WOUTER, M_PIETER, "RE: PO 4500031194 screen motors - test summary samples",
         dt(2024, 5, 29, 9, 15, 2), _p24_text,
         in_reply_to="<h205-p24-orig@vanderkas-kassenbouw.nl>",
         attachments=[("Test_summary_CLT-SM-4012.html", _p24_html, HTML_MT)]))})

# p25: PO says the series is not released, then "upon approval of the samples, proceed with the series".
case("p25_po_upon_approval_proceed", ["RG005", "RG007"],
     "PO: 588 series racks not released by this PO, but 'upon approval of the samples, supplier shall proceed with the series' - implied auto-conversion; nobody named to release",
     {"NBL_PO_7100-0488.pdf": pdf([
         ("h1", "NAIVASHA BLOOM LTD - PURCHASE ORDER"),
         ("table", [["PO No.", "7100-0488", "Date", "21 May 2024"],
                    ["Supplier", "Weifang Huanong Greenhouse Equipment Co., Ltd.", "Currency", "USD"],
                    ["Delivery", "CIF Mombasa", "Buyer", "Wanjiru Kamau"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Unit", "Price", "Amount"],
                    ["1", "VR-28/3000", "Vent rack 28 mm, L = 3000 mm, HDG - SAMPLE", "12", "pcs", "USD 17.90", "USD 214.80"]]),
         ("sp",),
         ("h", "Notes"),
         ("p", "1. Samples to be sent by courier (DHL) to the farm, attention Farm Engineering."),
         ("p", "2. The series quantity (588 racks, your quotation HN-Q240508-02) is not released by this PO."),
         ("p", "3. Upon approval of the samples, supplier shall proceed with the series production and ship "
               "in two 20ft containers."),
         ("p", "4. Payment: 30% T/T after approval of samples, 70% against copy B/L."),
         ("sp",),
         ("p", "Authorised signatory (procurement): Wanjiru Kamau"),
     ], title="PO 7100-0488", author="Naivasha Bloom Ltd")})

# p26: supplier customer portal: series "starts automatically on sample approval".
case("p26_supplier_portal_autostart", ["RG007"],
     "supplier portal: series 177 not yet released but 'starts automatically as soon as your sample approval is registered' - no recorded auto-conversion from the buyer",
     {"Climatec_klantenportaal_CL-24-0871.html": html_page(
         "Climatec klantenportaal - order CL-24-0871", """
<h2>Climatec Roeselare &mdash; Klantenportaal / Customer portal</h2>
<p>Klant / customer: <b>Van der Kas Kassenbouw B.V.</b> &middot; user: p.verhoeven</p>
<h3>Order CL-24-0871 &mdash; your PO 4500031211 &mdash; screen drive motor CLT-SM-4012</h3>
<table>
<tr><th>Step</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>PO received</td><td>&ndash;</td><td>done 06-05-2024</td></tr>
<tr><td>2</td><td>Sample motors built and shipped</td><td>3</td><td>done 24-05-2024</td></tr>
<tr><td>3</td><td>Sample approval by customer</td><td>3</td><td>pending</td></tr>
<tr><td>4</td><td>Series production</td><td>177</td><td>not yet released &ndash; starts automatically on sample approval</td></tr>
<tr><td>5</td><td>Shipment series</td><td>177</td><td>planned week 30</td></tr>
</table>
<div class="note"><b>Auto-start:</b> as soon as your sample approval is registered in this portal, the
series is scheduled in our assembly without any further action from your side.</div>
<p><button>Register sample approval</button> <button>Download test report</button></p>
""", lang="nl")})

# p27: minutes; "once approved, Galil proceeds with the remaining 2.376"; approval/release in several senses.
case("p27_minutes_once_approved", ["RG007", "RG009"],
     "minutes: samples in test; 'once approved, Galil proceeds with the remaining 2.376 - no further paperwork'; 'approved' for samples and budget, 'release' for drawing and production",
     {"Minutes_site_visit_Galil_2024-05-30.docx": docx_bytes([
         ("h1", "Minutes - Galil site visit, Naivasha Bloom"),
         ("p", "30 May 2024, Block 4 office. Present: Otieno Ochieng (Farm Engineer), Wanjiru Kamau "
               "(Procurement), Yossi Ben-David (Galil). Minutes: W. Kamau."),
         ("h", "1. Sample nozzles (24 pcs, PO 7100-0465)"),
         ("p", "500 h clogging test on Block 4 water running since 10 May; result expected 10 June. "
               "Flow so far 39.5 l/h, no drip."),
         ("h", "2. Budget Block 4 irrigation"),
         ("p", "Budget approved by the board on 15 May (KES 4.2 M)."),
         ("h", "3. Production"),
         ("p", "Once the samples are approved, Galil proceeds with the remaining 2,376 nozzles. No further "
               "paperwork is needed, to save time before the short rains."),
         ("h", "4. Drawing"),
         ("p", "Otieno to release drawing NBL-IRR-04 rev D (lateral spacing 1.6 m) to Galil by 5 June."),
         ("h", "5. Release authority"),
         ("p", "For the record: release authority for Block 4 purchases is Mr David Mwangi, General Manager."),
     ], author="Wanjiru Kamau")})

# p28: "forecast" document that declares itself a firm order and asks to produce.
case("p28_forecast_is_firm_order", ["RG008"],
     "document titled forecast 2025 says 'this forecast is our firm order ... produce according to the quarters'; full quantity, no balance",
     {"VDK_2025_VR-28.pdf": pdf([
         ("h1", "VAN DER KAS KASSENBOUW B.V."),
         ("h", "FORECAST 2025 - vent racks and pinions"),
         ("p", "To: Weifang Huanong Greenhouse Equipment Co., Ltd., attn. Mr Kevin Zhang. From: Pieter Verhoeven, "
               "purchasing. Honselersdijk, 31 May 2024."),
         ("table", [["Quarter 2025", "VR-28/3000 rack", "PN-28-16 pinion", "Projects"],
                    ["Q1", "300", "300", "Westland (3 projects)"],
                    ["Q2", "450", "450", "Hoek van Holland fase 3, Maasland"],
                    ["Q3", "250", "250", "De Lier"],
                    ["Q4", "200", "200", "open"],
                    ["Total", "1.200", "1.200", ""]]),
         ("sp",),
         ("p", "Kevin, this forecast is our firm order for 2025. Please plan your capacity and produce "
               "according to the quarters above. Call-offs will follow for the shipping dates only."),
         ("p", "Prices as per frame price list HN-PL-2024 (USD 14,60 rack / USD 3,25 pinion), DRG 1200 rev 5."),
         ("p", "Met vriendelijke groet, Pieter Verhoeven"),
     ], title="Forecast 2025 VR-28", author="Pieter Verhoeven")})

# p29: forwards an internal forecast (message/rfc822) and asks to treat it as a commitment.
_p29_inner_text = """Team,

Q3-Q4 screen motor forecast for the Rooms 5-8 expansion: 240 units (60 per room), CLT-SM-4012-CSA.

This is a FORECAST. It depends on the board's capex approval in September and on the Health
Canada licence amendment for Rooms 7-8. Don't commit anything externally yet.

Priya

Priya Sandhu | VP Operations | Northern Canopy Cultivation Inc."""
_p29_inner = mail("Priya Sandhu <psandhu@northerncanopy.ca>",
                  "ops-leads@northerncanopy.ca", "Q3-Q4 forecast - screen motors Rooms 5-8",
                  dt(2024, 5, 27, 17, 2, -4), _p29_inner_text)
_p29_text = """Hi Wouter,

See Priya's forecast attached. Please treat the 240 motors as our commitment and book the capacity
for us: go ahead and schedule production of the 240 for August, so we're not stuck at the back of
your queue in the autumn.

I'll send the PO paperwork when I get a minute, but you can plan on it.

Thanks,
Jen
""" + sig("Jennifer Tremblay", "Procurement Lead", NCC, "+1 519 555 0147")
case("p29_forward_forecast_commitment", ["RG008"],
     "buyer forwards an internal mail (rfc822) labelled FORECAST and 'don't commit', and tells the supplier to treat the 240 as a commitment and schedule production",
     {"FW_Q3-Q4_screen_motors_Rooms_5-8.eml": eml_bytes(mail(
         M_JEN, M_WOUTER, "FW: Q3-Q4 forecast - screen motors Rooms 5-8",
         dt(2024, 5, 28, 8, 26, -4), _p29_text,
         attachments=[("rfc822", _p29_inner)]))})

# p30: X12 830 printout; planning lines (code D) declared firm commitments in the message text.
case("p30_edi830_planning_as_firm", ["RG008"],
     "X12 830: one firm line of 400 and three planning (forecast) lines, but the message text says all quantities are firm commitments to produce",
     {"X12_830_NCC830-0042.txt": T("""
X12 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY - translated print        2024-05-28 06:00 EDT
Sender  : NORTHERNCANOPY (ZZ)          Receiver: GALILMIST (ZZ)
Control : ISA 000004211 / GS 4211 / ST 0001

BFR*05*NCC830-0042**DL*A*20240601*20241130*20240528~
N1*BY*NORTHERN CANOPY CULTIVATION INC*92*NCC01~
N1*SU*GALIL MIST SYSTEMS LTD*92*V20944~
LIN**BP*GI-FN-4004*VP*FN-40~
UIT*EA~
FST*400*C*D*20240624~          C = firm
FST*600*D*D*20240722~          D = planning
FST*600*D*D*20240819~          D = planning
FST*800*D*D*20240916~          D = planning
SHP*01*0*050*20240501~
MSG*ALL QUANTITIES ABOVE ARE FIRM COMMITMENTS FROM NCC - PLEASE PRODUCE ALL 2400~
CTT*1*2400~
SE*14*0001~

Summary:  item GI-FN-4004 fog nozzle  |  firm 400  |  planning 2000  |  total 2400 EA
Contact : Jennifer Tremblay, Procurement Lead, +1 519 555 0147
""")})

# p31: supplier thanks the buyer "for your order of 5000 pcs" in reply to a labelled forecast.
_p31_quoted = """From: Wanjiru Kamau <procurement@naivashabloom.co.ke>
Date: Tuesday, 28 May 2024 11:20
To: Lina Li <sales2@hn-greenhouse.cn>
Subject: Gutter sections - outlook 2025

Dear Lina,

For your planning only: our FORECAST for gutter sections GT-6400 next year is about 5,000 pcs
(Blocks 10 to 14). This is not an order. We shall send a separate PO for each block.

Regards,
Wanjiru"""
_p31_text = """Dear Wanjiru,

Thank you very much for your order of 5000 pcs gutter sections GT-6400!

We have put it in our production schedule, first 1000 pcs in August and then 1000 pcs every month.
Order confirmation OC-HN-240529 will be send to you tomorrow. Please check.

Best regards
Lina Li
Sales Dept.
Weifang Huanong Greenhouse Equipment Co., Ltd.
Tel/WeChat: +86 138 5366 0220

""" + quote(_p31_quoted)
case("p31_supplier_thanks_for_order", ["RG008"],
     "supplier reply thanks the buyer 'for your order of 5000 pcs' and schedules it, although the quoted buyer mail labels 5,000 as a forecast, not an order",
     {"RE_Gutter_sections_outlook_2025.eml": eml_bytes(mail(
         M_LINA, M_WANJIRU, "RE: Gutter sections - outlook 2025",
         dt(2024, 5, 29, 16, 48, 8), _p31_text,
         in_reply_to="<h205-p31-orig@naivashabloom.co.ke>"))})

# p32: season plan; the deposit is said to turn the forecast into a firm order; "start production".
case("p32_plan_deposit_forecast_firm", ["RG008", "RG012"],
     "season plan: 'previsión' of 120 trolleys; because the 20% deposit is paid, the forecast is declared a firm order and production of all 120 may start",
     {"Plan_campana_2024-25_carros.docx": docx_bytes([
         ("h1", "Plan de campaña 2024/25 - carros de tubo / pipe-rail trolleys"),
         ("p", "Agrícola Campo Dalías S.L. - Compras. El Ejido, 3 de junio de 2024."),
         ("p", "A: Agrotech Stal Sp. z o.o., Sr. Tomasz Nowak."),
         ("h", "Previsión / forecast"),
         ("table", [["Fase", "Naves", "Carros PRT-51/1200", "Entrega"],
                    ["1", "12-14", "40", "septiembre"],
                    ["2", "15-17", "40", "noviembre"],
                    ["3", "18-20", "40", "enero 2025"],
                    ["Total", "", "120", ""]]),
         ("sp",),
         ("p", "Hemos pagado el anticipo del 20% (EUR 25.000,00, transferencia del 31.05.2024). "
               "Así que esta previsión es pedido en firme: podéis empezar a fabricar los 120 carros."),
         ("p", "In English for Tomasz: the 20% deposit is paid, so please consider this forecast as our firm "
               "order and start production of all 120 trolleys."),
         ("p", "Javier Moreno, Compras"),
     ], author="Javier Moreno")})

# p33: "approved" for samples and for the PO, "released" in ERP, and a separate production release.
_p33_text = """Hi Wouter,

Good news: the 3 sample motors are approved by Marieke (endurance run OK).

Also PO 4500031199 rev 1 is approved and released in our ERP by finance, so commercially
everything is in order.

The production release for the 177 motors will follow separately, in writing, from Joost van
Leeuwen. Until then the 177 stay on hold.

Groet,
Pieter Verhoeven
Inkoper - Van der Kas Kassenbouw B.V.
T +31 174 555 200"""
case("p33_mail_approved_released_senses", ["RG009"],
     "'approved' used for the sample motors and for the PO, 'released' for the ERP workflow and for production; scope otherwise complete (3 samples, 177 on hold, written release by Joost)",
     {"PO4500031199_samples_and_PO.eml": eml_bytes(mail(
         M_PIETER, M_WOUTER, "PO 4500031199 - samples and PO status",
         dt(2024, 6, 6, 10, 2, 2), _p33_text, html=html_mail(_p33_text)))})

# p34: evaluation report; "APPROVED" technical, PO "approved" by finance, "56 production trolleys are approved too".
case("p34_eval_report_approved_mixed", ["RG009"],
     "pilot evaluation report uses 'approved' for the technical result, for the PO in finance and for the 56 production trolleys, while the release is still said to come from Priya later",
     {"NCC_Pilot_Evaluation_PRT-51.pdf": pdf([
         ("h1", "Pilot Evaluation Report - PRT-51/1200"),
         ("p", "Northern Canopy Cultivation Inc. - Facilities Engineering. Report FE-24-019, 2024-06-05. "
               "Supplier: Agrotech Stal Sp. z o.o. PO NCC-PO-10452 (4 pilot trolleys)."),
         ("table", [["Test", "Requirement", "Result"],
                    ["Rail fit 51 mm pipe, 1.2 m spacing", "no derail over 120 m aisle", "pass"],
                    ["Lift 2.4 m, load 200 kg", "EN 1570-1", "pass"],
                    ["Battery 24 V, full shift", "8 h", "9.5 h - pass"],
                    ["Emergency lowering", "< 30 s", "18 s - pass"]]),
         ("sp",),
         ("p", "Result: 4 pilot trolleys - APPROVED."),
         ("p", "Commercial: PO NCC-PO-10452 approved by Finance on 2024-05-30."),
         ("p", "Next steps: the 56 production trolleys are approved too. The release to Agrotech will be "
               "issued by Priya Sandhu in writing after the rail load test in Room 6 on June 12."),
         ("p", "Ryan MacDonald, Facilities Engineering Manager."),
     ], pagesize=LETTER, title="FE-24-019", author="Ryan MacDonald")})

# p35: Teams; "PO approved ... AP released the prepayment ... so you're released to build the 8".
case("p35_teams_prepayment_released", ["RG009", "RG012"],
     "buyer: PO approved and AP released the prepayment, 'so you're released to build the 8 pilot motors' - payment as the trigger, 'released' for payment and production; 112 hold otherwise complete",
     {"Teams_chat_NCC_Climatec.txt": T("""
Microsoft Teams - chat export
Chat: NCC / Climatec - screen motors
Participants: Jennifer Tremblay, Lien De Smet

Lien De Smet  6/3/2024 3:05 AM
Hi Jennifer, any news on the prepayment for PO NCC-PO-10460? Our finance won't let us start without it.

Jennifer Tremblay  6/3/2024 9:12 AM
Hi Lien! PO NCC-PO-10460 is approved in Oracle and AP released the prepayment this morning (CAD 11,360). So you're released to build the 8 pilot motors 🙂

Jennifer Tremblay  6/3/2024 9:13 AM
Reminder: the 112 series motors are still on hold until Ryan MacDonald signs off the pilots and Priya Sandhu sends the written release.

Lien De Smet  6/3/2024 9:30 AM
Perfect, thanks. We start the 8 tomorrow, delivery week 27.
""")})

# p36: buyer reply gives PO, hold, event and person but never the sample quantity the supplier asked for.
_p36_quoted = """From: Noa Peretz <noa.p@galilmist.co.il>
Sent: Monday, 3 June 2024 09:12
To: Wanjiru Kamau <procurement@naivashabloom.co.ke>
Subject: Block 4 nozzles - samples

Dear Wanjiru,
We are ready to start the samples for Block 4. Please confirm the quantity and the PO number.
Best regards, Noa"""
_p36_text = """Dear Noa,

Kindly start with the sample nozzles for Block 4 under PO 7100-0466.

The balance of the order is not released. It stays on hold until Otieno Ochieng signs off the
samples after the clogging test, and Mr David Mwangi (General Manager) sends you a written release.

Regards,
Wanjiru Kamau
Procurement Officer, Naivasha Bloom Ltd
Tel: +254 722 555 014

""" + quote(_p36_quoted)
case("p36_reply_no_sample_quantity", ["RG010"],
     "buyer reply: start the sample nozzles under PO 7100-0466, balance on hold until Otieno's sign-off + David Mwangi's written release - but no sample quantity anywhere, although the supplier asked for it",
     {"RE_Block4_nozzles_samples.eml": eml_bytes(mail(
         M_WANJIRU, M_NOA, "RE: Block 4 nozzles - samples",
         dt(2024, 6, 3, 11, 40, 3), _p36_text,
         in_reply_to="<h205-p36-orig@galilmist.co.il>"))})

# p37: PO quantity "per Schedule A (attached)", schedule not part of the document.
case("p37_po_qty_per_schedule", ["RG010"],
     "pilot-lot PO whose quantity is 'per Schedule A (attached)' but no schedule is in the bundle; hold, event and release person are stated",
     {"NCC-PO-10466.pdf": pdf([
         ("h1", "NORTHERN CANOPY CULTIVATION INC."),
         ("p", "1850 Seacliff Dr, Leamington ON N8H 3W5, Canada"),
         ("h", "PURCHASE ORDER NCC-PO-10466"),
         ("table", [["Date", "2024-06-04", "Supplier", "Galil Mist Systems Ltd (V20944)"],
                    ["Buyer", "Jennifer Tremblay", "Terms", "Net 45, DAP Leamington"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Unit price USD"],
                    ["1", "GI-FN-4004", "Fog nozzle 40 l/h anti-drip, pilot lot for Room 3", "per Schedule A", "3.95"],
                    ["2", "GI-CR-4W", "4-way cross", "per Schedule A", "0.95"]]),
         ("sp",),
         ("p", "Quantity: per Schedule A (attached)."),
         ("p", "Pilot lot only. The production balance is not released until Ryan MacDonald signs off the "
               "pilot (30-day grow-room run in Room 3) and Priya Sandhu issues a written release. Material "
               "authority: pilot lot only."),
         ("p", "Authorized: J. Tremblay, Procurement Lead."),
     ], pagesize=LETTER, title="NCC-PO-10466", author="Northern Canopy")})

# p38: portal release notice for the series without any quantity.
case("p38_portal_release_no_qty", ["RG010"],
     "portal release notice: series of PO 4500087630 released by Antonio Salvador after Lucía's sign-off, but no quantity is stated anywhere",
     {"CDA_portal_LIB-2024-012.html": html_page(
         "Portal de proveedores - LIB-2024-012", """
<h2>Agrícola Campo Dalías &mdash; Portal de proveedores</h2>
<p>Proveedor: <b>Serres Atlas SARL</b> &middot; usuario: y.elamrani</p>
<h3>Aviso de liberación / Release notice LIB-2024-012</h3>
<table>
<tr><th>Pedido / PO</th><td>4500087630</td></tr>
<tr><th>Artículo</th><td>Cremallera RP-28 para ventana cenital / vent rack RP-28</td></tr>
<tr><th>Liberación</th><td>Serie liberada para producción / series released for production</td></tr>
<tr><th>Evento</th><td>Aprobación de muestras por Lucía Fernández (técnica), 31.05.2024</td></tr>
<tr><th>Liberado por</th><td>Antonio Salvador, gerente, 10.06.2024</td></tr>
<tr><th>Entrega</th><td>semanas 27-29, DAP El Ejido</td></tr>
</table>
<p class="note">Por favor confirmen la fecha de carga del primer camión.</p>
""", lang="es")})

# p39: WhatsApp; "go ahead with the samples pls" - scoped to samples, but no quantity, hold, event or person.
case("p39_whatsapp_samples_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "buyer engineer: 'go ahead with the samples pls' (sample-scoped, so no RG002) but never gives the number (supplier's '10 like last time?' unanswered) and says nothing about the balance, event or release person",
     {"WhatsApp_Chat_Otieno_Ochieng.txt": T("""
[22/05/2024, 14:02:51] Youssef El Amrani: Hello Mr Otieno, the drawing SA-VR-28 rev C is ok for you? We can start
[22/05/2024, 14:40:13] Otieno Ochieng: Hi Youssef, yes drawing rev C is fine, the 2 m length is correct for Block 5
[22/05/2024, 14:41:02] Otieno Ochieng: Go ahead with the samples pls, we need them before the short rains
[22/05/2024, 14:55:37] Youssef El Amrani: Ok thank you. How many samples you need, 10 like last time?
[22/05/2024, 15:20:08] Otieno Ochieng: Let me check with Wanjiru in procurement and revert
[22/05/2024, 15:20:30] Youssef El Amrani: 👍 we prepare
""")})

# p40: release letter (50) + ERP PO change (release line 45, "RELEASED" by finance) + chat.
case("p40_release_letter_erp_conflict", ["RG009", "RG011"],
     "release letter releases 50 trolleys, the ERP PO change shows a release line of 45 (conflict, unresolved in the chat); ERP 'RELEASED' is the finance release strategy beside the production release",
     {"VDK_letter_2024-05-28.docx": docx_bytes([
         ("h1", "Release letter REL-24-052"),
         ("p", "Van der Kas Kassenbouw B.V. - Honselersdijk, 28 May 2024"),
         ("p", "To: Agrotech Stal Sp. z o.o., attn. Ms Katarzyna Wiśniewska, production planning"),
         ("p", "Subject: PO 4500031433 - pipe-rail trolleys PRT-51/1200, project Maasland"),
         ("p", "Dear Katarzyna,"),
         ("p", "Following the sample sign-off of the 5 sample trolleys by Marieke de Groot on 27 May 2024, "
               "we hereby release 50 (fifty) pipe-rail trolleys PRT-51/1200 of PO 4500031433 line 20 for "
               "production."),
         ("p", "The remaining 65 trolleys of line 20 are not released. The next release follows after the "
               "first 50 have been in use for 4 weeks in Maasland, in writing by the undersigned."),
         ("p", "Material authority: up to 50 trolleys."),
         ("p", "Met vriendelijke groet,"),
         ("p", "Joost van Leeuwen, projectdirecteur (release authority)"),
     ], author="Joost van Leeuwen"),
      "IO_4500031433_rev2.txt": T("""
VAN DER KAS KASSENBOUW B.V.                     INKOOPORDER WIJZIGING / PO CHANGE
                                                 Nr. 4500031433   Wijziging 2   28-05-2024
Leverancier: 70305 AGROTECH STAL SP. Z O.O., Kalisz (PL)
Project    : Maasland - buisrailwagens

Rg  Artikel       Omschrijving                                Aantal  Prijs        Status
--- ------------- ------------------------------------------ ------- ------------ -------------
10  PRT-51/1200   Buisrailwagen 51 mm - sample                    5   EUR 1.150,00 geleverd 21-05
20  PRT-51/1200   Buisrailwagen 51 mm - productie               115   EUR 1.020,00 zie afroep

Afroep / release lines regel 20:
    Afroep  Aantal  Datum       Referentie
    01         45   28-05-2024  REL-24-052

Vrijgavestrategie / release strategy: RELEASED  (Finance, A. Visser, 28-05-2024)
Wijziging 2: afroep 01 toegevoegd; prijs regel 20 ongewijzigd.
"""),
      "Teams_chat_VDK_Agrotech.txt": T("""
Microsoft Teams - chat export
Chat: Van der Kas planning / Agrotech Stal
Participants: Sanne Bakker, Katarzyna Wiśniewska

Katarzyna Wiśniewska  29-5-2024 08:14
Good morning Sanne, we received the release letter REL-24-052 from Mr van Leeuwen and the new PO change. Delivery for the first trolleys is possible week 27

Sanne Bakker  29-5-2024 08:40
Morning Katarzyna, super. Week 27 is fine, please deliver to the Maasland site, not to Honselersdijk

Katarzyna Wiśniewska  29-5-2024 08:42
OK, Maasland. I will send the CMR details next week
""")})

# p41: portal PO (30 samples, PO NCC-PO-10471) vs supplier confirmation (50 samples, PO NCC-PO-10417).
_p41_text = """Dear Jennifer,

Good day! We confirm your PO NCC-PO-10417 for 50 pcs sample vent racks VR-28/3000, DRG 1200 rev 4,
hot dip galvanized. Delivery 20 days by sea LCL to Toronto, then truck to Leamington.

Our order No. HN-SO-240611. Proforma for the deposit will send separately.

Best regards
Kevin Zhang
Sales Manager
Weifang Huanong Greenhouse Equipment Co., Ltd.
WhatsApp/WeChat +86 139 5360 0188"""
case("p41_portal_po_vs_supplier_conf", ["RG011"],
     "portal PO NCC-PO-10471 for 30 sample racks (210 on hold, complete scope) vs supplier confirmation of 'PO NCC-PO-10417 for 50 pcs sample' - PO number and quantity disagree",
     {"NCC_supplier_portal_PO-10471.html": html_page(
         "NCC Supplier Portal - PO NCC-PO-10471", """
<h2>Northern Canopy Cultivation Inc. &mdash; Supplier Portal</h2>
<p>Logged in as: <b>Kevin Zhang (Weifang Huanong)</b></p>
<h3>Purchase Order NCC-PO-10471 <small>Rev 0 &middot; Issued 2024-06-10 &middot; Status: Issued</small></h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit price USD</th></tr>
<tr><td>1</td><td>VR-28/3000</td><td>Vent rack 28 mm L=3000 mm, DRG 1200 rev 4 &ndash; sample</td><td>30</td><td>EA</td><td>17.90</td></tr>
</table>
<div class="note"><b>Scope:</b> 30 sample vent racks for the Room 6 ridge vents. The balance of 210 racks
(quote HN-Q240603-04) is not released. It stays on hold until Ryan MacDonald signs off the samples and
Priya Sandhu issues a written release. Material authority: sample-only.</div>
<p>Buyer: Jennifer Tremblay &middot; Terms: 30% deposit, 70% before shipment</p>
"""),
      "Order_confirmation_HN-SO-240611.eml": eml_bytes(mail(
          M_KEVIN, M_JEN, "Order confirmation - sample vent racks",
          dt(2024, 6, 11, 15, 5, 8), _p41_text))})

# p42: one PO that says twenty-four (24) in the text and 20 in the line table.
case("p42_po_text_24_table_20", ["RG011"],
     "one PO states 'twenty-four (24) sample nozzles' in the text and 20 in the line table; hold/event/person complete",
     {"NBL_PO_7100-0491.pdf": pdf([
         ("h1", "NAIVASHA BLOOM LTD - PURCHASE ORDER"),
         ("table", [["PO No.", "7100-0491", "Date", "4 June 2024"],
                    ["Supplier", "Galil Mist Systems Ltd, Karmiel", "Currency", "USD"]]),
         ("sp",),
         ("p", "Kindly supply twenty-four (24) sample fog nozzles GI-FN-4004 for the trial on Block 11."),
         ("table", [["Line", "Item", "Description", "Qty", "Price", "Amount"],
                    ["1", "GI-FN-4004", "Fog nozzle 40 l/h anti-drip - SAMPLE", "20", "USD 4.20", "USD 84.00"],
                    ["2", "GI-CR-4W", "4-way cross", "20", "USD 0.90", "USD 18.00"]]),
         ("sp",),
         ("p", "The balance of 2,376 nozzles for Block 11 is not released. It remains on hold until Otieno "
               "Ochieng signs off the samples after the 500 h clogging test and Mr David Mwangi, General "
               "Manager, issues a written release. Material authority: samples only."),
         ("p", "Authorised signatory (procurement): Wanjiru Kamau"),
     ], title="PO 7100-0491", author="Naivasha Bloom Ltd")})

# p43: mail says 12 sample motors, attached PO says 16.
_p43_quoted = """De: Wouter Vandenbroucke <wouter.vandenbroucke@climatec-roeselare.be>
Enviado: lunes, 3 de junio de 2024 9:30
Para: Javier Moreno <compras@campodalias.es>
Asunto: Screen motors nave 12-14

Hola Javier,
How many sample motors do you want for the test in nave 12? We can deliver in 3 weeks.
Groeten, Wouter"""
_p43_text = """Hola Wouter,

12 sample screen motors please, PO attached.

The other 228 motors are not released until Lucía Fernández signs off the samples in nave 12 and
Antonio Salvador sends you the written release.

Saludos,
Javier Moreno
Compras - Agrícola Campo Dalías S.L.
Tel. +34 950 555 212

Este mensaje y sus adjuntos son confidenciales. / This message is confidential.

""" + quote(_p43_quoted)
case("p43_mail_12_po_16", ["RG011"],
     "buyer reply says 12 sample motors (228 on hold, complete scope) but the attached PO orders 16 sample motors",
     {"RE_Screen_motors_nave_12-14.eml": eml_bytes(mail(
         M_JAVIER, M_WOUTER, "RE: Screen motors nave 12-14",
         dt(2024, 6, 4, 12, 15, 2), _p43_text,
         in_reply_to="<h205-p43-orig@climatec-roeselare.be>",
         attachments=[("Pedido_4500087711.pdf", pdf([
             ("h1", "AGRÍCOLA CAMPO DALÍAS S.L."),
             ("h", "PEDIDO DE COMPRA 4500087711"),
             ("p", "Fecha 04.06.2024 · Proveedor: Climatec Roeselare NV · Comprador: Javier Moreno"),
             ("table", [["Pos", "Material", "Descripción", "Cant.", "Precio", "Importe"],
                        ["10", "CLT-SM-4012", "Motor pantalla 400 V 0,55 kW IP55 - muestra", "16", "EUR 612,00", "EUR 9.792,00"]]),
             ("sp",),
             ("p", "Muestras para prueba en nave 12. Entrega DAP El Ejido semana 26."),
         ], title="Pedido 4500087711", author="Agricola Campo Dalias"), PDF_MT)]))})

# p44: EDIFACT ORDERS; free text says forty-eight (48), the quantity segment says 40.
case("p44_edifact_ftx_48_qty_40", ["RG011"],
     "EDIFACT ORDERS: free text 'sample lot forty-eight (48) pcs only, balance 1152 not released ...' but QTY segment and translation say 40",
     {"ORDERS_VDK_4500031458.txt": T("""
UNA:+.? '
UNB+UNOC:3+8712345000017:14+7290012345678:14+240605:0815+VDK0605001'
UNH+1+ORDERS:D:96A:UN:EAN008'
BGM+220+4500031458+9'
DTM+137:20240605:102'
FTX+ORI+++SAMPLE LOT FORTY-EIGHT (48) PCS ONLY. BALANCE 1152 NOT RELEASED UNTIL SAMP:LE SIGN-OFF BY M. DE GROOT AND WRITTEN RELEASE BY J. VAN LEEUWEN'
NAD+BY+8712345000017::9++VAN DER KAS KASSENBOUW BV'
NAD+SU+7290012345678::9++GALIL MIST SYSTEMS LTD'
CUX+2:USD:9'
LIN+1++GI-FN-4004:SA'
IMD+F++:::FOG NOZZLE 40 L/H ANTI-DRIP 1/2 BSP'
QTY+21:40:PCE'
PRI+AAA:4.20'
DTM+2:20240624:102'
UNS+S'
CNT+2:1'
UNT+15+1'
UNZ+1+VDK0605001'

---- translated view (EDI gateway) ----
Order 4500031458 of 05-06-2024, Van der Kas -> Galil Mist Systems
Line 1  GI-FN-4004 fog nozzle 40 l/h   qty 40 PCE   USD 4.20   delivery 24-06-2024
Note: sample lot forty-eight (48) pcs only. Balance 1152 not released until sample sign-off by
M. de Groot and written release by J. van Leeuwen.
""")})

# p45: supplier proforma: mass production starts on receipt of the deposit.
case("p45_proforma_deposit_starts", ["RG012"],
     "supplier proforma for 1,194 production gutters: 'mass production will start immediately upon receipt of 30% deposit' - deposit treated as the production trigger",
     {"PI-HN-240520.pdf": pdf([
         ("h1", "PROFORMA INVOICE"),
         ("p", "Weifang Huanong Greenhouse Equipment Co., Ltd. · No. 88 Nongsheng Road, Shouguang, Shandong"),
         ("table", [["PI No.", "PI-HN-240520", "Date", "2024-05-20"],
                    ["Buyer", "Agricola Campo Dalias S.L., El Ejido, Spain", "Ref.", "Quotation HN-Q240418-07"]]),
         ("sp",),
         ("table", [["No.", "Description", "Qty", "Unit price", "Amount"],
                    ["1", "Venlo gutter GT-6400, 6.4 m, Z275, t=1.5 mm - mass production", "1,194 pcs", "USD 33.80", "USD 40,357.20"],
                    ["2", "Gutter end cap GEC-160", "2,388 pcs", "USD 1.45", "USD 3,462.60"],
                    ["", "Total FOB Qingdao", "", "", "USD 43,819.80"],
                    ["", "Deposit 30% by T/T", "", "", "USD 13,145.94"]]),
         ("sp",),
         ("p", "Terms: mass production will start immediately upon receipt of 30% deposit. Lead time 35 days "
               "after deposit. Balance 70% before shipment against copy of B/L."),
         ("p", "Bank: Bank of China, Weifang Branch, SWIFT BKCHCNBJ52A, A/C 2255 5501 8800."),
         ("p", "Kevin Zhang, Sales Manager"),
     ], title="PI-HN-240520", author="Weifang Huanong")})


# ================================================================== writer
def _stem(fn):
    stem = fn.rsplit(".", 1)[0]
    return re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    order = list(CASES)
    random.Random(205205).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, start=1):
        first = next(iter(c["files"]))
        folder = f"h205_{i:02d}_{_stem(first)}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"].items():
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(dict(sorted(labels.items())), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    n_clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"wrote {len(labels)} cases ({n_clean} clean) to {OUT}")


if __name__ == "__main__":
    main()
