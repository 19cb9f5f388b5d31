#!/usr/bin/env python3
"""Generator for the releasegate check_holdout226 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout226/build.py

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
    m["Message-ID"] = msgid or f"<h226-{_MSGN[0]:04d}@{dom}>"
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
        # only multipart parts carry a boundary (a message/rfc822 part must not get one)
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h226")
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


# ------------------------------------------------------------ extra helpers
def quote(text, depth=1):
    """Prefix every line with '> ' (depth times), as mail clients do for quoted replies."""
    pre = ">" * depth + " "
    return "\n".join((pre + ln).rstrip() if ln.strip() else pre.rstrip() for ln in text.strip("\n").split("\n"))


def txt2html(text):
    """A plain rendering of a mail body for the text/html alternative: paragraphs, quotes as blockquote."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines if ln.strip()):
            inner = "<br>\n".join(escape(ln.lstrip(">").lstrip()) for ln in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #999;padding-left:6px\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def eml_file(name, m):
    return (name, eml_bytes(m))


# people and addresses (all fictional)
# buyers
URS = "Urs Brändli <urs.braendli@alpenwald-pharma.ch>"
REGULA = "Regula Kämpf <regula.kaempf@alpenwald-pharma.ch>"
BEAT = "Beat Zürcher <beat.zuercher@alpenwald-pharma.ch>"
WEILING = "Tan Wei Ling <weiling.tan@sbri-research.sg>"
GOH = "Goh Siew Hoon <siewhoon.goh@sbri-research.sg>"
RAJESH = "Rajesh Pillai <rajesh.pillai@sbri-research.sg>"
DAVE = "Dave Kowalski <kowalski.212@sciotovalley.edu>"
JENNA = "Jenna Hartley <hartley.88@sciotovalley.edu>"
SIOBHAN = "Siobhán Ní Bhriain <s.nibhriain@corribpreclinical.ie>"
NIAMH = "Niamh Fahy <n.fahy@corribpreclinical.ie>"
AOIFE = "Aoife Brennan <a.brennan@corribpreclinical.ie>"
CIARAN = "Ciarán Doyle <c.doyle@corribpreclinical.ie>"
# suppliers
MARCO = "Marco Bellandi <m.bellandi@tecnostabulari.it>"
GIULIA = "Giulia Ferrante <produzione@tecnostabulari.it>"
JUERGEN = "Jürgen Weiß <j.weiss@rauschenberg-tht.de>"
SABINE = "Sabine Kröger <s.kroeger@rauschenberg-tht.de>"
LEO = "Leo Zhang <leo.zhang@huarui-labequip.cn>"
WENDY = "Wendy Chen <wendy.chen@huarui-labequip.cn>"
FAIZ = "Muhammad Faiz Ismail <faiz@vivotek-polymers.com.my>"
MEIYEE = "Lim Mei Yee <planning@vivotek-polymers.com.my>"
PETER = "Nagy Péter <nagy.peter@alfold-labor.hu>"
KRISZTINA = "Szabó Krisztina <szabo.krisztina@alfold-labor.hu>"

SIG_URS = sig("Urs Brändli", "Strategischer Einkauf / Strategic Purchasing",
              "Alpenwald Pharma AG, Forschungscampus Muttenz, CH-4132 Muttenz", "+41 61 555 27 14")
SIG_WEILING = sig("Tan Wei Ling", "Procurement Executive, Animal Resource Centre",
                  "Straits Biomedical Research Institute, 30 Science Park Crescent, Singapore 118263",
                  "+65 6555 0418")
SIG_DAVE = sig("Dave Kowalski", "Purchasing Agent, Procurement Services",
               "Scioto Valley State University, Columbus, OH 43210", "+1 614 555 0172")
SIG_SIOBHAN = sig("Siobhán Ní Bhriain", "Procurement Lead",
                  "Corrib Preclinical Ltd, Parkmore West, Galway H91 P2X7, Ireland", "+353 91 555 284")
SIG_NIAMH = sig("Niamh Fahy", "Buyer",
                "Corrib Preclinical Ltd, Parkmore West, Galway H91 P2X7, Ireland", "+353 91 555 291")
SIG_MARCO = sig("Marco Bellandi", "Area Sales Manager DACH / UK & IE",
                "Tecnostabulari Lombarda S.r.l., Via Novara 118, 21013 Gallarate (VA), Italia",
                "+39 0331 555 742")
SIG_GIULIA = sig("Giulia Ferrante", "Responsabile Produzione",
                 "Tecnostabulari Lombarda S.r.l., Via Novara 118, 21013 Gallarate (VA), Italia",
                 "+39 0331 555 760")
SIG_LEO = sig("Leo Zhang (张磊)", "Sales Manager, Overseas",
              "Suzhou Huarui Laboratory Equipment Co., Ltd., Suzhou Industrial Park, Jiangsu, China",
              "+86 512 5555 8816")
SIG_FAIZ = sig("Muhammad Faiz Ismail", "Sales Engineer",
               "Penang Vivotek Polymers Sdn Bhd, Bayan Lepas FIZ Phase 4, 11900 Penang, Malaysia",
               "+60 4 555 6120")
SIG_MEIYEE = sig("Lim Mei Yee", "Production Planning",
                 "Penang Vivotek Polymers Sdn Bhd, Bayan Lepas FIZ Phase 4, 11900 Penang, Malaysia",
                 "+60 4 555 6134")
SIG_PETER = sig("Nagy Péter", "Értékesítés / Sales",
                "Alföld Labortechnika Kft., Szegedi út 41, H-6000 Kecskemét, Hungary", "+36 76 555 318")
SIG_JUERGEN = (
    "\n-- \nMit freundlichen Grüßen / Kind regards\nJürgen Weiß\nVertrieb / Sales\n"
    "Tierhaltungstechnik Rauschenberg GmbH, Industriestraße 7, 35394 Gießen\n+49 641 555 3310\n"
    "Sitz der Gesellschaft: Gießen, Amtsgericht Gießen HRB 5521, Geschäftsführer: K. Rauschenberg\n\n"
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat "
    "sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.\n"
)
SIG_SABINE = SIG_JUERGEN.replace("Jürgen Weiß\nVertrieb / Sales", "Sabine Kröger\nArbeitsvorbereitung / Production Planning").replace("+49 641 555 3310", "+49 641 555 3324")


# =================================================================== CLEAN

# c01: supplier quote with sample and series tiers, no order -> clean
case("c01_quote_tiers_it", [], "Supplier quote with 24 sample / 1.200 series tiers; a quote authorizes nothing and no authorized quantity exists",
     [("Offerta_24-0318.pdf", pdf([
         ("h1", "TECNOSTABULARI LOMBARDA S.r.l."),
         ("p", "Via Novara 118, 21013 Gallarate (VA), Italia - P.IVA IT 02955510127 - ISO 9001:2015"),
         ("sp",),
         ("h", "OFFERTA / QUOTATION N. 24/0318 del 11.03.2024"),
         ("p", "Spett. / To: Alpenwald Pharma AG, Forschungscampus Muttenz, Einkauf - att. Mr. Urs Brändli"),
         ("p", "Subject: wire bar lids WBL-1291-304 for IVC cage type 1291, your drawing ALP-DRW-1291 rev. 04"),
         ("p", "Dear Mr. Brändli, following your request of 04.03.2024 we are glad to submit our best offer as follows."),
         ("table", [
             ["Pos.", "Description", "Q.ty", "Unit price", "Total"],
             ["10", "Wire bar lid WBL-1291-304, AISI 304 (EN 10088-2 1.4301), wire 3 mm, electropolished - samples", "24 pcs", "EUR 38,50", "EUR 924,00"],
             ["20", "Wire bar lid WBL-1291-304, idem - series production", "1.200 pcs", "EUR 22,40", "EUR 26.880,00"],
             ["30", "Bending fixture for WBL-1291 (one-off)", "1", "EUR 1.450,00", "EUR 1.450,00"],
         ]),
         ("sp",),
         ("p", "Delivery samples: 3 weeks from order. Series: 6-7 weeks from your written release."),
         ("p", "Prices ex works Gallarate (Incoterms 2020 EXW), packing in cartons of 12 pcs included. "
               "Payment 30 days end of month. Validity of the offer: 60 days."),
         ("p", "Autoclave resistance tested at 134 °C, 200 cycles, no discoloration. Food hopper section "
               "for 400 g pellets integrated."),
         ("p", "This is an offer only. No material will be purchased before receipt of your order."),
         ("sp",),
         ("p", "Distinti saluti / Best regards"),
         ("p", "Marco Bellandi - Area Sales Manager"),
     ], title="Offerta 24/0318", author="Tecnostabulari Lombarda"))])

# c02: RFQ with three quantity scenarios, explicitly not an order -> clean
_t = """Dear Faiz,

Good day. Please quote for the water bottle holder WBH-250 (for 250 ml bottle, PSU, autoclavable 121 °C), drawing SBRI-ARC-0250 Rev 3. We need price for three scenarios:

(a) 50 pcs
(b) 500 pcs
(c) 2,000 pcs

Kindly also state the tooling cost, lead time for samples and for production, and your MOQ. The scenario table is attached also.

Please note this is a request for quotation only. It is not an order and does not authorise any material purchase or production. PO will follow separately if we decide to buy.

Appreciate if you can revert by 22 Mar. Thank you.

Regards,
Wei Ling
""" + SIG_WEILING
_rfq = html_page("RFQ SBRI-RFQ-24-031", """<h2>SBRI Request for Quotation SBRI-RFQ-24-031</h2>
<p>Item: WBH-250 water bottle holder, PSU natural, drawing SBRI-ARC-0250 Rev 3</p>
<table><tr><th>Scenario</th><th>Quantity</th><th>Unit price (SGD)</th><th>Lead time</th></tr>
<tr><td>a</td><td>50</td><td></td><td></td></tr>
<tr><td>b</td><td>500</td><td></td><td></td></tr>
<tr><td>c</td><td>2,000</td><td></td><td></td></tr></table>
<p class="note">RFQ only - not a purchase order. No production or material authority.</p>""")
case("c02_rfq_three_scenarios_sg", [], "RFQ for three quantity scenarios, says it is not an order; no authorization",
     [eml_file("RFQ_SBRI-RFQ-24-031.eml", mail(
         WEILING, FAIZ, "RFQ SBRI-RFQ-24-031 - Water bottle holder WBH-250 (3 qty scenarios)",
         "Wed, 13 Mar 2024 10:14:00 +0800", _t, html=txt2html(_t),
         attachments=[("RFQ_SBRI-RFQ-24-031.html", _rfq, "text/html")]))])

# c03: WhatsApp, supplier asks for go-ahead on balance, buyer refuses with full scope -> clean
case("c03_whatsapp_goahead_question_us", [], "Supplier's go-ahead question; buyer answer gives 50 samples only, hold, sign-off + written release by Jenna (sender)",
     [("WhatsApp_Chat_Leo_Zhang.txt", """[5/13/24, 9:14:02 PM] Leo Zhang Huarui: Hi Jenna good morning from Suzhou. 50 pcs card holder CH-100 samples finish today, ship by DHL tomorrow
[5/13/24, 9:15:40 PM] Leo Zhang Huarui: Also want to check, do we have go-ahead for the balance 1,150 pcs? our injection machine have slot next week
[5/13/24, 9:15:58 PM] Leo Zhang Huarui: <Media omitted>
[5/14/24, 7:41:11 AM] Jenna Hartley: Morning Leo, thanks for the update!
[5/14/24, 7:43:36 AM] Jenna Hartley: No go-ahead on the balance yet. You're authorized for the 50 samples only. The 1,150 stay on hold until Dr. Sorensen signs off the samples and I send you a written release
[5/14/24, 7:44:02 AM] Jenna Hartley: Please don't buy resin for the balance either, sample material only
[5/14/24, 7:50:19 AM] Leo Zhang Huarui: OK understand. We wait your written release. Thank you 🙏
[5/14/24, 7:51:03 AM] Jenna Hartley: 👍
""")])

# c04: SAP forecast printout clearly labelled non-binding -> clean
case("c04_sap_forecast_labelled_sg", [], "Clearly labelled non-binding MRP forecast; no authorization, nothing written as firm",
     [("MRP_forecast_SBRI_2100.txt", """STRAITS BIOMEDICAL RESEARCH INSTITUTE                         Page 1 of 1
MRP DEMAND FORECAST - SUPPLIER COPY                  Run date: 03.06.2024 07:05
Plant: 2100 (ARC Animal Resource Centre)      MRP controller: 071
Supplier: 300188 PENANG VIVOTEK POLYMERS SDN BHD

*******************************************************************************
* FORECAST ONLY - THIS IS NOT A PURCHASE ORDER.                               *
* No production, material or commercial commitment. Quantities are planning   *
* estimates and can change. Orders are issued only by separate PO, and        *
* production only against a written release from SBRI.                       *
*******************************************************************************

Material    Description                     Jul-24  Aug-24  Sep-24  Oct-24  Nov-24  Dec-24   Total
----------  ------------------------------  ------  ------  ------  ------  ------  ------  ------
WBH-250     WATER BOTTLE HOLDER 250ML PSU      300     300     400     400     500     500   2,400
CH-75       CARD HOLDER 75X50 PC CLEAR         150     150     150     200     200     200   1,050
FT-1500     FILTER TOP 1500CM2 PSU               0       0     100     100     100     100     400

Basis: cage change-out plan ARC Level 3, 2 rooms x 1,500 cages (planning)
Forecast confidence: Jul-Sep medium / Oct-Dec low
Questions: weiling.tan@sbri-research.sg
""")])

# c05: sample sign-off record scoped to fit check, production not released -> clean
case("c05_signoff_fitcheck_ch", [], "Sample sign-off 'approved for fit check only', production not released, balance 1.170 on hold, release by Beat Zürcher",
     [("Musterpruefbericht_FH-400.docx", docx_bytes([
         ("h1", "Sample Sign-off Record / Musterprüfbericht"),
         ("p", "Alpenwald Pharma AG - Animal Facility Engineering, Forschungscampus Muttenz"),
         ("table", [
             ["Item", "Feeder hopper FH-400 (400 g pellet), PP natural"],
             ["Drawing", "ALP-DRW-0400 Rev 07"],
             ["Supplier", "Alföld Labortechnika Kft., Kecskemét"],
             ["PO", "4500318842 (samples)"],
             ["Samples received", "30 pcs (thirty), 13.05.2024, lot AL-240509"],
         ]),
         ("h", "Results"),
         ("table", [
             ["Characteristic", "Requirement", "Result"],
             ["Wall thickness", "1.2 mm ±0.1", "1.18-1.24 mm, OK"],
             ["Fit in wire bar lid cage type 1291", "no gap > 1 mm", "OK (5 of 5 cages)"],
             ["Autoclave 134 °C", "20 cycles, no deformation", "OK"],
             ["Edges", "burr-free", "OK after visual, 30 of 30"],
         ]),
         ("h", "Disposition"),
         ("p", "Approved for fit check only (IVC rack R-42, cage type 1291). This sign-off is technical only."),
         ("p", "Production is not released. The balance of 1.170 pcs remains on hold. A production release "
               "needs a separate written release from Beat Zürcher, Head Animal Facility Operations."),
         ("sp",),
         ("p", "Muttenz, 22.05.2024 - Dr. Regula Kämpf, Animal Facility Engineering"),
     ], author="Regula Kämpf"))])

# c06: buyer portal PO, full and final quantity, "proceed with the full 600" -> clean
case("c06_portal_fullqty_us", [], "Full-quantity portal PO (600 card holders, full and final); no balance exists, proceed is scoped",
     [("PO_SV24-02210.html", html_page("SVSU Supplier Portal - PO SV24-02210", """
<h2>Scioto Valley State University &ndash; Procurement Services &ndash; Supplier Portal</h2>
<p>Purchase Order <b>SV24-02210</b> &nbsp; Revision 0 &nbsp; Status: Issued &nbsp; Date: 04/29/2024</p>
<p>Supplier: Suzhou Huarui Laboratory Equipment Co., Ltd. (Vendor 0040117)<br>
Ship to: Comparative Medicine Vivarium, Building 1150, Dock 4, Columbus OH 43210<br>
Buyer: Dave Kowalski &nbsp; Requester: Jenna Hartley, Vivarium Operations</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit price</th><th>Extended</th><th>Due</th></tr>
<tr><td>1</td><td>CH-100</td><td>Cage card holder, clear PC, 100 x 65 mm, clip for wire lid 3 mm</td><td>600</td><td>EA</td><td>USD 1.85</td><td>USD 1,110.00</td><td>06/14/2024</td></tr>
</table>
<div class="note">This is the full and final quantity for this order. No samples, no balance, no further releases on this PO.
Please proceed with the full 600 pcs and ship in cartons of 100 pcs, labeled with the PO number.</div>
<p>Terms: Net 30. FOB destination. Supplier must reference PO SV24-02210 on all invoices.</p>
<p><button>Acknowledge PO</button> <button>Message buyer</button></p>
"""))])

# c07: EDI 830 call-off with explicit staged material authority above released qty -> clean
case("c07_edi830_staged_material_ie", [], "Call-off releases 200, staged material authority to 800 is explicit; 600 planning lines forecast, next call-off by Aoife Brennan",
     [("EDI830_CP-SCH-24-07.txt", """CORRIB PRECLINICAL LTD - EDI OUTBOUND - INTERPRETED PRINTOUT
Transaction: X12 830 Planning Schedule with Release Capability     Ctrl# 000004471
Sent: 20.05.2024 06:30 UTC        To: TIERHALTUNGSTECHNIK RAUSCHENBERG GMBH (ID 4400219)

ST*830*0001
BFR*05*CP-SCH-24-07**DL*A*20240601*20241231*20240520
N1*BY*CORRIB PRECLINICAL LTD*92*CP01
N1*SU*TIERHALTUNGSTECHNIK RAUSCHENBERG GMBH*92*4400219
LIN**BP*RR-1200*EC*C
UIT*EA
ATH*FI**200**20240520
ATH*MT**800**20240520
FST*200*C*D*20240715
FST*300*D*D*20240902
FST*300*D*D*20241104
CTT*1*800
SE*13*0001

--- interpretation (for the supplier's planner) --------------------------------
Part RR-1200 rack rail, 1200 mm, 1.4301, drawing CP-ENG-1200 Rev C (M6x1.0 holes)

Released for production (FST code C, firm) ............ 200 pcs, delivery 15.07.2024
Fabrication authority (ATH FI) ......................... 200 pcs
Material authority (ATH MT) ............................ staged: steel sheet 1.4301 for up
                                                         to 800 pcs, at Corrib's liability
Planning lines (FST code D) ............................ 600 pcs - forecast only,
                                                         NOT released, do not fabricate

The 600 planning pcs are released only by a next call-off. Call-offs are signed by
Aoife Brennan, Operations Director, Corrib Preclinical.
""")])

# c08: explicit recorded auto-conversion agreement -> clean
case("c08_autoconversion_signed_ch", [], "Explicit, signed auto-conversion recorded before sign-off: 480 pcs, signer, conditions; 690 on hold for Beat Zürcher",
     [("Vereinbarung_FH-400.pdf", pdf([
         ("h1", "Auto-Conversion Agreement / Vereinbarung automatische Freigabe"),
         ("p", "Alpenwald Pharma AG, Forschungscampus Muttenz  -  Alföld Labortechnika Kft., Kecskemét"),
         ("table", [
             ["Order", "Feeder hopper FH-400, drawing ALP-DRW-0400 Rev 07"],
             ["PO", "4500319907"],
             ["Quoted quantity (offer AL-Q-24-071)", "1.200 pcs"],
             ["Samples (released with the PO)", "30 pcs"],
             ["Auto-conversion quantity", "480 pcs"],
             ["Remaining, on hold", "690 pcs"],
         ]),
         ("sp",),
         ("p", "1. When Dr. Regula Kämpf records an approved sample sign-off (full, not interim) for the 30 samples, "
               "four hundred eighty (480) pcs of FH-400 are released for production automatically. This "
               "auto-conversion was agreed and recorded on 18.03.2024, before the sample sign-off."),
         ("p", "2. Conditions: all dimensions per ALP-DRW-0400 Rev 07 within tolerance; autoclave test 134 °C, "
               "50 cycles without deformation; delivery of the 480 pcs not before 15.06.2024."),
         ("p", "3. The remaining 690 pcs are not released. They stay on hold until a separate written release "
               "by Beat Zürcher, Head Animal Facility Operations."),
         ("p", "4. Material authority: staged, up to 510 pcs (30 samples + 480)."),
         ("sp",),
         ("table", [
             ["Role", "Name", "Date", "Signature"],
             ["Release authority", "Beat Zürcher", "18.03.2024", "sig."],
             ["Purchasing", "Urs Brändli", "18.03.2024", "sig."],
             ["Supplier (acknowledged)", "Nagy Péter, Alföld Labortechnika Kft.", "19.03.2024", "sig."],
         ]),
     ], title="Auto-Conversion FH-400", author="Alpenwald Pharma AG"))])

# c09: forwarded old quote (rfc822) with 5.000 pcs, declared informational -> clean
_old = mail(MARCO, URS, "Offerta 22/0877 - coperchi WBL-1291",
            "Thu, 22 Sep 2022 16:40:00 +0200",
            """Gentile Sig. Brändli,

as discussed at the fair, here our offer 22/0877 for the framework idea:

- wire bar lid WBL-1291-304, series 5.000 pcs: EUR 19,80/pc
- delivery in call-offs of 500 pcs, 6 weeks each
- price valid until 31.12.2022

Cordiali saluti
""" + SIG_MARCO)
_t = """Ciao Marco,

for your price check I forward your old offer from 2022 (below). The 5.000 pcs in there was the old framework idea - information only, it is not an order and nothing of it is released.

Current status is unchanged: PO 4500321150 covers the 24 sample lids only. The balance of 1.176 pcs is not released and stays on hold until the sample sign-off by Dr. Kämpf and a written release from Beat Zürcher.

Can you please quote us the 1.176 pcs at today's price, with the 2022 price beside for comparison? Thanks.

Freundliche Grüsse
Urs
""" + SIG_URS
case("c09_fwd_old_quote_ch", [], "Old 2022 quote (5.000 pcs) forwarded as rfc822 and declared information only; current scope 24 samples, hold, event, Beat Zürcher",
     [eml_file("Fwd_Offerta_22-0877.eml", mail(
         URS, MARCO, "WG: Offerta 22/0877 - coperchi WBL-1291 (info only)",
         "Mon, 06 May 2024 08:55:00 +0200", _t, attachments=[("rfc822", _old)]))])

# c10: buyer corrects a quoted supplier's roll-into-production assumption -> clean
_q = """Dear Ms Tan,

Thanks for PO 7100004502 for 40 pcs filter top FT-1500 samples. After you approve the samples we will roll straight into mass production 1,960 pcs to save time, please confirm.

Best regards
Leo"""
_t = """Hi Leo,

No, please don't. At SBRI sample approval does not release production.

Your PO 7100004502 covers the 40 sample filter tops only. The balance of 1,960 pcs is not released and stays on hold until Dr Rajesh Pillai signs off the samples and Ms Goh Siew Hoon (Deputy Director, Operations) issues a written release. Material for the 40 samples only, please.

Thanks,
Wei Ling

On Fri, 10 May 2024 at 17:22, Leo Zhang <leo.zhang@huarui-labequip.cn> wrote:
""" + quote(_q) + "\n" + SIG_WEILING
case("c10_reply_corrects_rollover_sg", [], "Buyer reply corrects quoted supplier assumption of rolling into 1,960; 40 samples, hold, sign-off, Goh Siew Hoon",
     [eml_file("RE_PO_7100004502.eml", mail(
         WEILING, LEO, "RE: PO 7100004502 - FT-1500 filter top samples",
         "Mon, 13 May 2024 09:03:00 +0800", _t, in_reply_to="<h226-hr-0510@huarui-labequip.cn>"))])

# c11: WeChat, supplier states deposit does not release production -> clean
case("c11_wechat_deposit_not_release_sg", [], "Deposit paid; supplier says deposit does not release production, 40 samples only, waits for written release from Ms Goh after sign-off; buyer confirms",
     [("WeChat_Wendy_Chen_export.txt", """WeChat chat history - Wendy Chen 陈雯 (Huarui)
Exported 2024-05-21 18:02

2024-05-20 10:02:11 Tan Wei Ling
Hi Wendy, TT for 30% deposit on PI HR-PI-240517 sent this morning, USD 1,386.00. Pls check with your finance 🙏

2024-05-20 10:31:45 Wendy Chen 陈雯
Hi Ms Tan, received the bank slip, thank you!

2024-05-20 10:33:02 Wendy Chen 陈雯
Just to confirm from our side: deposit is payment term only, it does not release production. We make only the 40 pcs samples now. For the 1,960 pcs balance we wait your written release from Ms Goh after sample sign-off

2024-05-20 10:40:19 Tan Wei Ling
Yes correct 👍 thanks Wendy

2024-05-20 10:40:33 Wendy Chen 陈雯
[Sticker]
""")])

# c12: supplier acknowledgement restating hold, multipart/alternative -> clean
_t = """Dear Ms Fahy,

we thank you for your order and confirm as follows:

Your PO: CP-24-0117 dated 02.04.2024
Our order no.: AB-24-1187
Part: Filter top FT-1500, polysulfone, drawing CP-ENG-1500 Rev. B

Scope confirmed: 25 Stück (twenty-five pcs) samples only.
The balance of 975 pcs from our offer 2024-0447 is not released. We do not produce it and we do not buy material for it. Material authority: sample-only.
We wait for the written release from Ms Aoife Brennan after your sample sign-off (Mr Ciarán Doyle).

Delivery samples: KW 17 (week 17), DAP Galway.
""" + SIG_SABINE
case("c12_supplier_ack_hold_de", [], "Supplier acknowledgement restating 25 samples, balance 975 not released, sample-only material; not an authorization",
     [eml_file("Auftragsbestaetigung_AB-24-1187.eml", mail(
         SABINE, NIAMH, "Auftragsbestätigung / Order acknowledgement AB-24-1187 - your PO CP-24-0117",
         "Thu, 04 Apr 2024 13:27:00 +0200", _t, html=txt2html(_t)))])

# c13: deviation permit, no quantity change -> clean
case("c13_deviation_permit_sg", [], "Deviation accepted for 40 sample pieces only; says it changes no quantity and releases nothing",
     [("DP-24-009_WBH-250.docx", docx_bytes([
         ("h1", "DEVIATION PERMIT DP-24-009"),
         ("p", "Straits Biomedical Research Institute - Animal Resource Centre"),
         ("table", [
             ["Part", "WBH-250 water bottle holder, PSU, drawing SBRI-ARC-0250 Rev 3"],
             ["Supplier", "Penang Vivotek Polymers Sdn Bhd"],
             ["PO", "7100004411"],
             ["Lot", "PV-L240311 (40 sample pcs)"],
         ]),
         ("h", "Deviation"),
         ("p", "Inner ring surface Ra 0.8 µm measured, drawing requires Ra 0.4 µm max. Cosmetic only, no sharp "
               "edges, bottle fit OK (250 ml, 500 ml not checked)."),
         ("h", "Decision"),
         ("p", "Deviation accepted for the 40 sample pieces of lot PV-L240311 only, for evaluation use in ARC room 3."),
         ("p", "This permit does not change any quantity, does not release production and does not extend the "
               "material authority. The balance stays on hold as stated in PO 7100004411 (written release by "
               "Ms Goh Siew Hoon after sample sign-off)."),
         ("sp",),
         ("table", [
             ["", "Name", "Date"],
             ["SBRI Facility Manager", "Dr Rajesh Pillai", "19 Mar 2024"],
             ["Supplier", "Muhammad Faiz Ismail", "19 Mar 2024"],
         ]),
     ], author="Rajesh Pillai"))])

# c14: interim sample disposition with limits + separate release by release authority -> clean
case("c14_interim_disposition_release_ch", [], "Interim sign-off (max 200 pcs, until 30.06.) kept apart from a written release of 200 by Beat Zürcher; 580 on hold; staged material 200",
     [("RR-1200_R-2024-011.pdf", pdf([
         ("h1", "Interim Sample Disposition and Production Release - RR-1200"),
         ("p", "Alpenwald Pharma AG, Forschungscampus Muttenz  /  Supplier: Alföld Labortechnika Kft., Kecskemét"),
         ("p", "Part: rack rail RR-1200 (1200 mm), 1.4301, drawing ALP-DRW-1200 Rev 05, PO 4500320960 "
               "(quoted 800 pcs: 20 samples + 780 series)"),
         ("h", "A - Sample sign-off (engineering)"),
         ("table", [
             ["Samples", "Disposition", "Limits", "Deviation"],
             ["20 pcs, lot AL-240502", "INTERIM", "max. 200 pcs, valid until 30.06.2024",
              "weld seam height 0.6 mm over drawing max. at 2 positions"],
         ]),
         ("p", "Signed: Dr. Regula Kämpf, Animal Facility Engineering, 21.05.2024. The interim sign-off itself "
               "releases nothing."),
         ("h", "B - Production release (separate)"),
         ("p", "Release R-2024-011: two hundred (200) pcs RR-1200 are released for production, within the interim "
               "limits (delivery by 30.06.2024)."),
         ("table", [
             ["Unlock event", "Released now", "Material authority", "Balance not released"],
             ["interim sample sign-off 21.05.2024 (section A)", "200 pcs", "staged, 200 pcs", "580 pcs"],
         ]),
         ("p", "The balance of 580 pcs is not released. It stays on hold until a full sample sign-off of corrected "
               "samples and a new written release by Beat Zürcher."),
         ("p", "Signed: Beat Zürcher, Head Animal Facility Operations (release authority), 22.05.2024"),
     ], title="R-2024-011", author="Alpenwald Pharma AG"))])

# c15: ERP PO, full quantity, full of quantity-like identifiers -> clean
case("c15_erp_fullqty_identifiers_us", [], "Full-and-final 48 EA PO; numbers like 1200 mm, DRG 4400 Rev 12, M6x1.0, ISO 9001:2015, 500 h are identifiers",
     [("SVSU_PO_SV24-02317.txt", """SCIOTO VALLEY STATE UNIVERSITY          eProcurement         PURCHASE ORDER PRINT
=================================================================================
PO Number : SV24-02317        Rev: 0          PO Date: 05/06/2024
Vendor    : 0040233  TIERHALTUNGSTECHNIK RAUSCHENBERG GMBH
            INDUSTRIESTRASSE 7, 35394 GIESSEN, GERMANY
Ship To   : COMPARATIVE MEDICINE VIVARIUM, BLDG 1150, DOCK 4
            COLUMBUS OH 43210
Buyer     : D. KOWALSKI   614-555-0172      Req: 0004812   Acct: 22-6400-1300
Terms     : NET 30      FOB: DESTINATION   Incoterms 2020 DAP Columbus
---------------------------------------------------------------------------------
LN  ITEM        DESCRIPTION                               QTY  UOM   UNIT PRICE    EXTENDED
 1  RR-1200     RACK RAIL 1200 MM, 304 SS PER ASTM A240    48   EA       61.20      2,937.60
                M6X1.0 TAPPED HOLES @ 25 MM PITCH
                DRG 4400 REV 12, ELECTROPOLISHED
                SALT SPRAY 500 H PER ASTM B117 (CERT REQ)
---------------------------------------------------------------------------------
                                                             PO TOTAL USD    2,937.60

NOTES:
THIS PO IS FOR THE FULL AND FINAL QUANTITY OF 48 EA. NO SAMPLES, NO BALANCE,
NO FURTHER RELEASES UNDER THIS PO. SHIP COMPLETE.
VENDOR QMS: ISO 9001:2015 CERT NO. DE-QM-2291 REQUIRED WITH SHIPMENT.
MATERIAL CERTS EN 10204 3.1 REQUIRED.
=================================================================================
""")])

# c16: mail saved as text: go ahead with a dozen pilot filter tops only, full scope -> clean
case("c16_mail_pilot_only_ie", [], "'go ahead with the dozen (12) pilot filter tops only'; 1,188 not released until Ciarán's sign-off and written release by Aoife Brennan",
     [("PO_CP-24-0131_mail.txt", """From: Siobhán Ní Bhriain <s.nibhriain@corribpreclinical.ie>
Sent: Tuesday 9 April 2024 11:32
To: Jürgen Weiß <j.weiss@rauschenberg-tht.de>
Cc: Ciarán Doyle <c.doyle@corribpreclinical.ie>; Aoife Brennan <a.brennan@corribpreclinical.ie>
Subject: PO CP-24-0131 - FT-1500 pilot filter tops

Hi Jürgen,

Thanks a million for the quick turnaround on the quote. PO CP-24-0131 is attached.

Just so there's no confusion on this one: go ahead with the dozen (12) pilot filter tops only. The remaining 1,188 from your quote are not released - please don't start them or buy polysulfone for them. They stay on hold until Ciarán has signed off the pilots here in Galway and Aoife Brennan (Operations Director) sends you a written release.

Any questions just give me a shout.

Kind regards,
Siobhán
""" + SIG_SIOBHAN)])

# c17: supplier portal order book restating hold -> clean
case("c17_supplier_portal_hold_it", [], "Supplier portal shows 24 samples in production and 1.176 on hold awaiting written release; sample-only material",
     [("portale_ordini_Alpenwald.html", html_page("Tecnostabulari - Portale Ordini Clienti", """
<h2>Tecnostabulari Lombarda &ndash; Portale Ordini Clienti / Customer order book</h2>
<p>Cliente / Customer: <b>Alpenwald Pharma AG</b>, Muttenz (CH) &nbsp; Aggiornato / updated: 17.05.2024 14:10</p>
<table>
<tr><th>Ordine / Order</th><th>Vs. PO</th><th>Articolo / Item</th><th>Q.tà</th><th>Scope</th><th>Stato / Status</th></tr>
<tr><td>OC-24-0412</td><td>4500321150</td><td>WBL-1291-304 wire bar lid</td><td>24</td><td>Sample</td><td>In produzione - delivery week 21</td></tr>
<tr><td>OC-24-0412</td><td>4500321150</td><td>WBL-1291-304 wire bar lid</td><td>1.176</td><td>Balance (series)</td><td><b>ON HOLD</b> - not released; awaiting written release from Mr Beat Zürcher after sample sign-off</td></tr>
</table>
<div class="note">Materiale / material: AISI 304 wire reserved for 24 pcs only (sample-only). Nothing bought for the balance.</div>
<p>Contatto: Giulia Ferrante, Responsabile Produzione</p>
"""))])

# c18: buyer PO with quote tiers labelled information only -> clean
case("c18_po_tiers_labelled_sg", [], "Sample PO for 40; quote production tier shown 'for information only, not released'; hold, sign-off, Goh Siew Hoon",
     [("PO_7100004388.pdf", pdf([
         ("h1", "PURCHASE ORDER 7100004388"),
         ("p", "Straits Biomedical Research Institute, 30 Science Park Crescent, Singapore 118263 - GST Reg M2-0099881-X"),
         ("table", [
             ["Supplier", "Penang Vivotek Polymers Sdn Bhd (300188)"],
             ["PO date", "18.03.2024"],
             ["Buyer", "Tan Wei Ling, Procurement"],
             ["Delivery", "ARC receiving, Level 2, by 12.04.2024"],
         ]),
         ("sp",),
         ("table", [
             ["Item", "Material", "Description", "Qty", "Unit price", "Amount"],
             ["00010", "WBH-250", "Water bottle holder 250 ml, PSU - SAMPLES", "40 PC", "SGD 6.80", "SGD 272.00"],
         ]),
         ("sp",),
         ("h", "Scope of this PO"),
         ("p", "This PO releases 40 sample pcs only."),
         ("p", "Reference from your quotation PVP-Q-0877, for information only - NOT released, NOT ordered:"),
         ("table", [
             ["Quotation tier", "Qty", "Unit price", "Status"],
             ["Samples", "40 PC", "SGD 6.80", "ordered on this PO"],
             ["Production", "1,960 PC", "SGD 3.15", "information only - not released"],
         ]),
         ("p", "The balance of 1,960 pcs is on hold until sample sign-off by Dr Rajesh Pillai (Facility Manager) and "
               "a written release by Ms Goh Siew Hoon, Deputy Director (Operations). Material authority: sample-only. "
               "The production quantity is a forecast."),
     ], title="PO 7100004388", author="SBRI Procurement"))])

# c19: Teams chat, technical sign-off kept apart from production release -> clean
case("c19_teams_signoff_vs_release_ch", [], "Supplier asks for go-ahead; buyer keeps technical sign-off and production release apart; 24 samples only, 1.176 held until budget approval + written release by Beat Zürcher",
     [("Teams_Chat_WBL-1291.txt", """Microsoft Teams - chat export
Chat: Alpenwald / Tecnostabulari - WBL-1291 lids
Participants: Urs Brändli, Regula Kämpf, Marco Bellandi (Guest)

[21.05.2024 08:12] Marco Bellandi (Guest): Buongiorno, the samples arrived? Do we have the go-ahead for the 1.176?
[21.05.2024 08:40] Regula Kämpf: Grüezi Marco, yes samples are here. Technical sign-off done yesterday, fit in the 1291 cages is good.
[21.05.2024 08:42] Urs Brändli: Marco, to be clear: the sign-off is only the technical part. Only the 24 samples were ordered and released. Production of the 1.176 is not released yet.
[21.05.2024 08:42] Urs Brändli: Beat Zürcher will send you the written production release once our budget approval is through, expected end of next week.
[21.05.2024 08:43] Urs Brändli: Until then no material for the series please.
[21.05.2024 08:45] Marco Bellandi (Guest): Perfetto, chiaro. We wait the written release from Mr Zürcher. Grazie
""")])

# c20: minutes with labelled forecast and complete sample scope -> clean
case("c20_minutes_forecast_labelled_ie", [], "Minutes: 30 samples authorised, 1,170 not released until sign-off + written release by Aoife Brennan; FY2025 3,000 labelled non-binding forecast",
     [("Minutes_kickoff_2024-04-16.docx", docx_bytes([
         ("h1", "Minutes - Supplier kick-off, Corrib Preclinical / Alföld Labortechnika"),
         ("p", "16 April 2024, Teams call, 10:00-10:45 IST"),
         ("p", "Attendees: Siobhán Ní Bhriain, Ciarán Doyle (Corrib); Nagy Péter, Szabó Krisztina (Alföld)"),
         ("num", "Scope of PO CP-24-0142: thirty (30) sample feeder hoppers FH-400. This is the only quantity authorised now."),
         ("num", "Balance: the remaining 1,170 pcs from quote AL-Q-24-061 are not released. Unlock: sample sign-off by "
                 "Ciarán Doyle, then a written release by Aoife Brennan (Operations Director)."),
         ("num", "Forecast: Corrib gave a non-binding forecast of approx. 3,000 feeder hoppers for FY2025 (3 sites). "
                 "Forecast only - not an order, no commitment, no material authority."),
         ("num", "Material authority: sample-only. Alföld confirmed no PP granulate bought for the balance."),
         ("num", "Autoclave: Corrib runs 121 °C / 20 min; Alföld to confirm hopper behaviour after 100 cycles."),
         ("h", "Actions"),
         ("table", [
             ["#", "Action", "Owner", "Due"],
             ["1", "Ship 30 samples DAP Galway", "Szabó Krisztina", "wk 19"],
             ["2", "Sample fit test in rack type GR-900", "Ciarán Doyle", "wk 21"],
             ["3", "Autoclave cycle data 100 cycles", "Nagy Péter", "wk 20"],
         ]),
     ], author="Siobhán Ní Bhriain"))])

# c21: deposit wired, explicitly not a release; proforma attached -> clean
_pi = pdf([
    ("h1", "PROFORMA INVOICE HR-PI-240422"),
    ("p", "Suzhou Huarui Laboratory Equipment Co., Ltd. - No. 88 Xinghan Street, Suzhou Industrial Park, Jiangsu 215021"),
    ("p", "Buyer: Scioto Valley State University, Procurement Services, Columbus OH 43210 - your PO SV24-01873"),
    ("table", [
        ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "Mould for card holder CH-100, 2 cavity, P20 steel, 300k shots", "1 set", "2,200.00", "2,200.00"],
        ["2", "Card holder CH-100 samples, clear PC", "50 pcs", "2.50", "125.00"],
        ["3", "Card holder CH-100 mass production, clear PC", "1,150 pcs", "1.70", "1,955.00"],
        ["", "Total", "", "", "4,280.00"],
    ]),
    ("p", "Payment: 30% deposit USD 1,284.00 by T/T, balance before shipment. Bank: Bank of China Suzhou Branch."),
    ("p", "Valid 30 days. Leo Zhang, Sales Manager"),
], title="HR-PI-240422", author="Suzhou Huarui")
_t = """Hi Leo,

We wired the 30% deposit on your proforma HR-PI-240422 (attached for reference) this morning, USD 1,284.00, our ref. SVSU-WIRE-0517.

Please note: the deposit is a payment term only. It does not release production.

Under PO SV24-01873 you are authorized to build the 50 sample card holders only. The remaining 1,150 pcs on the proforma stay on hold until Dr. Mark Sorensen signs off the samples and Jenna Hartley (Vivarium Operations Manager) sends you a written release. No resin for the 1,150 before that, please.

Thanks,
Dave
""" + SIG_DAVE
case("c21_deposit_not_release_us", [], "Deposit wired and said not to release production; 50 samples only, 1,150 on proforma held until sign-off + written release by Jenna Hartley",
     [eml_file("Deposit_HR-PI-240422.eml", mail(
         DAVE, LEO, "Deposit wired - PI HR-PI-240422 / PO SV24-01873",
         "Fri, 17 May 2024 10:21:00 -0400", _t, html=txt2html(_t), cc=JENNA,
         attachments=[("HR-PI-240422.pdf", _pi, PDF_MT)]))])

# c22: supplier weekly status restating hold and sample-only material -> clean
case("c22_supplier_status_hold_my", [], "Supplier status report: 40 samples shipped, 1,960 on hold awaiting written release by Ms Goh, resin for samples only",
     [("Vivotek_weekly_status_wk21.txt", """PENANG VIVOTEK POLYMERS SDN BHD
WEEKLY ORDER STATUS - WK 21/2024                               Prepared by: Lim Mei Yee
Customer : Straits Biomedical Research Institute (SBRI), Singapore
-----------------------------------------------------------------------------------
PO 7100004388  -  WBH-250 water bottle holder (250ml), PSU natural, dwg SBRI-ARC-0250 Rev 3

1) Samples 40 pcs   : moulded 16/5, QC passed (CMM report PV-QC-0516, 32 dims OK)
                      shipped 20/5 via DHL AWB 7731 2040 5566
2) Balance 1,960 pcs: ON HOLD. Not released. We will not start until we receive the
                      written release from Ms Goh Siew Hoon after Dr Rajesh sign off
                      the samples.
3) Material         : PSU resin for the 40 pcs sample only. No resin purchased for the
                      balance.
4) Tooling          : T1 mould 2-cavity, 500k shots guarantee, stored at Vivotek
                      Bayan Lepas, rack B-12.

Remarks: Sample feedback appreciated by wk 23 lah so we can plan the machine (220 T)
if release comes. Thank you.
-----------------------------------------------------------------------------------
""")])

# c23: release notice, staged material authority above release, remaining on hold -> clean
case("c23_release_notice_staged_sg", [], "Written release of 500 after sign-off, signed by Goh Siew Hoon; staged material to 1,040 explicit within cover 2,000; 1,460 on hold",
     [("R-ARC-24-006.pdf", pdf([
         ("h1", "PRODUCTION RELEASE R-ARC-24-006"),
         ("p", "Straits Biomedical Research Institute - Animal Resource Centre - 31 May 2024"),
         ("p", "To: Suzhou Huarui Laboratory Equipment Co., Ltd., attn. Mr Leo Zhang"),
         ("table", [
             ["Part", "Filter top FT-1500, PSU, drawing SBRI-ARC-1500 Rev 2"],
             ["PO", "7100004502 Rev. 1 (commercial cover 2,000 pcs)"],
             ["Unlock event", "Sample sign-off by Dr Rajesh Pillai, 28 May 2024, report ARC-SO-24-019"],
         ]),
         ("p", "Following the sample sign-off above, SBRI releases five hundred (500) filter tops FT-1500 for production."),
         ("table", [
             ["", "Qty"],
             ["Samples (PO, delivered)", "40"],
             ["Released with this notice", "500"],
             ["Cumulative released", "540"],
             ["Balance not released - on hold", "1,460"],
         ]),
         ("p", "The balance of 1,460 pcs stays on hold until a further written release by Goh Siew Hoon."),
         ("p", "Material authority: staged, PSU resin for up to 1,040 pcs at SBRI's liability (not a production release)."),
         ("sp",),
         ("p", "Goh Siew Hoon, Deputy Director (Operations) - release authority up to SGD 20,000"),
     ], title="R-ARC-24-006", author="SBRI"))])

# c24: supplier asks to buy material for all; buyer refuses (quoted reply, DOCX scope note attached) -> clean
_q = """Dear Mr Brändli,

for to keep the lead time of the serial, can we buy already the PP granulate for all 1 200 hoppers now? The granulate supplier has 8 weeks delivery. Please confirm.

Best regards
Nagy Péter"""
_t = """Grüezi Herr Nagy

No, please do not. Material only for the 30 samples of PO 4500318842.

The balance of 1.170 pcs is not released. After the sample sign-off by Dr. Regula Kämpf, Beat Zürcher will decide and send you a written release - only then material for the series. The scope note is attached again.

If the lead time is critical, please send us an offer for a staged material authority (quantity and cost) and we will look at it.

Freundliche Grüsse
Urs Brändli

-----Ursprüngliche Nachricht-----
Von: Nagy Péter <nagy.peter@alfold-labor.hu>
Gesendet: Dienstag, 7. Mai 2024 15:18
An: Urs Brändli <urs.braendli@alpenwald-pharma.ch>
Betreff: PO 4500318842 FH-400 - material for serial

""" + quote(_q) + "\n" + SIG_URS
_scope = docx_bytes([
    ("h1", "PO Scope Note - PO 4500318842"),
    ("table", [
        ["Item", "FH-400 feeder hopper, ALP-DRW-0400 Rev 07"],
        ["Active quantity", "30 pcs samples"],
        ["Balance", "1.170 pcs - not released"],
        ["Unlock event", "sample sign-off (Dr. Regula Kämpf), then written release"],
        ["Release authority", "Beat Zürcher, Head Animal Facility Operations"],
        ["Material authority", "sample-only"],
        ["Production quantity basis", "forecast"],
    ]),
], author="Urs Brändli")
case("c24_reply_no_material_ch", [], "Quoted supplier request to buy granulate for 1 200; buyer refuses: 30 samples only, 1.170 not released, sign-off + written release by Beat Zürcher",
     [eml_file("AW_PO_4500318842_material.eml", mail(
         URS, PETER, "AW: PO 4500318842 FH-400 - material for serial",
         "Wed, 08 May 2024 07:48:00 +0200", _t, in_reply_to="<h226-al-0507@alfold-labor.hu>",
         attachments=[("Scope_Note_4500318842.docx", _scope, DOCX_MT)]))])

# c25: portal PO with production line as commercial cover only + supplier quote + supplier ack -> clean
_po = html_page("Alpenwald Lieferantenportal - PO 4500322004", """
<h2>Alpenwald Pharma AG &ndash; Lieferantenportal / Supplier portal</h2>
<p>Bestellung / Purchase order <b>4500322004</b> &nbsp; Datum 14.05.2024 &nbsp; Lieferant: Tecnostabulari Lombarda S.r.l. (200731)</p>
<table>
<tr><th>Pos</th><th>Material</th><th>Text</th><th>Menge</th><th>Scope</th><th>Preis</th><th>Status</th></tr>
<tr><td>10</td><td>WBH-500-SS</td><td>Water-bottle holder stainless, 500 ml bottle, ALP-DRW-0500 Rev 02</td><td>20 ST</td><td>sample</td><td>EUR 24,90</td><td>released - produce now</td></tr>
<tr><td>20</td><td>WBH-500-SS</td><td>idem, series</td><td>980 ST</td><td>production</td><td>EUR 11,40</td><td><b>commercial cover only - NOT released</b></td></tr>
</table>
<div class="note">Pos 20 is commercial cover only and is not released. Release of pos 20 only after the sample sign-off by
Dr. Regula Kämpf and a written release by Beat Zürcher (Head Animal Facility Operations).
Material authority: sample-only. Basis of the production quantity: firm.</div>
""")
_quote = pdf([
    ("h1", "TECNOSTABULARI LOMBARDA S.r.l."),
    ("h", "OFFERTA / QUOTATION N. 24/0366 del 29.04.2024"),
    ("p", "To: Alpenwald Pharma AG, Einkauf, Mr. Urs Brändli - water-bottle holder WBH-500-SS, drawing ALP-DRW-0500 Rev 02"),
    ("table", [
        ["Pos.", "Description", "Q.ty", "Unit price"],
        ["10", "WBH-500-SS samples, AISI 304, electropolished", "20 pcs", "EUR 24,90"],
        ["20", "WBH-500-SS series", "980 pcs", "EUR 11,40"],
    ]),
    ("p", "Delivery samples 3 weeks; series 5 weeks from written release. EXW Gallarate. Validity 60 days."),
    ("p", "Marco Bellandi - Area Sales Manager"),
], title="Offerta 24/0366", author="Tecnostabulari Lombarda")
case("c25_portal_cover_only_bundle_ch", [], "Portal PO: pos 10 20 samples released, pos 20 980 commercial cover only NOT released; quote tiers; supplier ack restates hold",
     [("PO_4500322004.html", _po),
      ("Offerta_24-0366.pdf", _quote),
      ("conferma_ordine_4500322004.txt", """From: Giulia Ferrante <produzione@tecnostabulari.it>
Sent: 15 May 2024 09:02
To: Urs Brändli <urs.braendli@alpenwald-pharma.ch>
Subject: Conferma d'ordine OC-24-0455 - Vs. PO 4500322004

Gentile Sig. Brändli,

we confirm your PO 4500322004:
- pos 10: 20 pcs WBH-500-SS samples - we produce now, delivery week 23
- pos 20: 980 pcs series - we note it is commercial cover only and not released. No material is bought for it. We wait the written release from Mr Zürcher after the sample sign-off.

Cordiali saluti
Giulia Ferrante
Responsabile Produzione
Tecnostabulari Lombarda S.r.l.
""")])


# ================================================================ POSITIVE

# p01: sample PO in mail body, supplier quote with 1,200 attached, nothing about the balance
_q = pdf([
    ("h1", "QUOTATION HR-Q-24-0311"),
    ("p", "Suzhou Huarui Laboratory Equipment Co., Ltd. - Suzhou Industrial Park - ISO 9001:2015"),
    ("p", "To: Scioto Valley State University, Procurement Services, Mr Dave Kowalski. Date: 2024-04-02"),
    ("p", "Item: cage card holder CH-100, clear PC, 100 x 65 mm, drawing SV-VIV-0100 Rev D"),
    ("table", [
        ["No.", "Description", "Qty", "Unit price USD", "Lead time"],
        ["1", "Mould 2 cavity, P20, 300k shots", "1 set", "2,200.00", "25 days"],
        ["2", "Samples CH-100", "50 pcs", "2.50", "7 days after mould"],
        ["3", "Mass production CH-100", "1,200 pcs", "1.70", "20 days"],
    ]),
    ("p", "Payment: 30% deposit, balance before shipment. Price FOB Shanghai. Valid 30 days."),
    ("p", "Leo Zhang, Sales Manager"),
], title="HR-Q-24-0311", author="Suzhou Huarui")
_t = """Hi Leo,

Please find our PO SV24-01873 below for 50 (fifty) card holders CH-100, clear PC, per drawing SV-VIV-0100 Rev D. I'm also attaching your quote HR-Q-24-0311 for reference so we're on the same page on pricing.

PO SV24-01873
  Line 1   CH-100 card holder, samples      50 EA   USD 2.50    USD 125.00
  Ship to: Comparative Medicine Vivarium, Bldg 1150, Dock 4, Columbus OH 43210
  Terms: Net 30, FOB Shanghai

Please confirm receipt and your ship date.

Thanks,
Dave
""" + SIG_DAVE
case("p01_po_mail_quote_attached_us", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 50 with quote attachment showing 1,200 mass production; nothing says the balance is not released, no event, no release person",
     [eml_file("PO_SV24-01873.eml", mail(
         DAVE, LEO, "PO SV24-01873 - card holders CH-100", "Tue, 09 Apr 2024 14:05:00 -0400", _t,
         attachments=[("HR-Q-24-0311.pdf", _q, PDF_MT)]))])

# p02: PDF PO for 30 samples quoting the offer with 1.170 series; release authority named only
case("p02_po_offer_ref_series_ch", ["RG001", "RG003", "RG004"],
     "PO for 30 Muster cites the offer's 1.170 Serie with nothing saying it is not released; release authority named but no hold and no event",
     [("Bestellung_4500318790.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 4500318790"),
         ("p", "Alpenwald Pharma AG, Forschungscampus Muttenz, Einkauf, CH-4132 Muttenz - MWST CHE-105.555.221"),
         ("table", [
             ["Lieferant / Supplier", "Alföld Labortechnika Kft., Szegedi út 41, H-6000 Kecskemét (Kreditor 200912)"],
             ["Datum / Date", "04.03.2024"],
             ["Einkäufer / Buyer", "Urs Brändli, +41 61 555 27 14"],
             ["Lieferadresse", "Alpenwald Pharma AG, Tierhaltung Gebäude 1090, Rampe 3, CH-4132 Muttenz"],
         ]),
         ("sp",),
         ("table", [
             ["Pos", "Material / Text", "Menge", "Preis", "Wert"],
             ["10", "FH-400 Futtertrog / feeder hopper, PP natur, ALP-DRW-0400 Rev 07 - Muster", "30 ST", "CHF 18.50", "CHF 555.00"],
         ]),
         ("sp",),
         ("p", "Gemäss Ihrer Offerte AL-Q-24-058 vom 29.02.2024 / according to your offer AL-Q-24-058: "
               "30 Stk Muster à CHF 18.50, 1.170 Stk Serie à CHF 7.90, Lieferzeit Serie 6 Wochen."),
         ("p", "Release authority for this order: Beat Zürcher, Head Animal Facility Operations."),
         ("p", "Liefertermin Muster: KW 16. Incoterms 2020 DAP Muttenz. Zahlung 30 Tage netto. "
               "Bitte Auftragsbestätigung innert 3 Tagen."),
     ], title="PO 4500318790", author="Alpenwald Pharma AG"))])

# p03: buyer portal PO line 20 with 'planned qty 800' column, nothing else
case("p03_portal_planned_qty_ie", ["RG001", "RG003", "RG004", "RG005"],
     "Portal PO orders 20 rack rails beside a 'planned qty (programme) 800' column; no hold, no event, no release person",
     [("Corrib_portal_PO_CP-24-0150.html", html_page("Corrib Preclinical Supplier Collaboration - PO CP-24-0150", """
<h2>Corrib Preclinical Ltd &ndash; Supplier Collaboration Portal</h2>
<p>Purchase order <b>CP-24-0150</b> &nbsp; Issued 22/04/2024 &nbsp; Supplier: Alföld Labortechnika Kft. (S-0331)</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Order qty</th><th>Planned qty (programme)</th><th>UoM</th><th>Price</th><th>Delivery</th></tr>
<tr><td>1</td><td>RR-1200</td><td>Rack rail 1200 mm, 1.4301, M6x1.0, drawing CP-ENG-1200 Rev C</td><td>20</td><td>800</td><td>EA</td><td>EUR 44,60</td><td>31/05/2024</td></tr>
</table>
<p>Notes: samples for rack trial in Holding Room 3. Deliver to Parkmore West goods-in, Mon-Thu 08:00-15:00.</p>
<p><button>Acknowledge PO</button> <button>Upload delivery note</button></p>
<p style="font-size:11px">Buyer: Niamh Fahy &middot; n.fahy@corribpreclinical.ie &middot; +353 91 555 291</p>
"""))])

# p04: multi-file: cover mail says 40, PO says 50, quote 2,000; release authority named in mail
_t = """Dear Faiz,

Good afternoon. Our PO 7100004411 for forty (40) pcs WBH-250 samples is now in the supplier portal (PDF copy also sent by the system), together with your quotation PVP-Q-0902 for record.

Please proceed with the 40 pcs and revert with the sample delivery date.

Release authority for this order is Ms Goh Siew Hoon (Deputy Director, Operations).

Thank you.

Regards,
Wei Ling
""" + SIG_WEILING
case("p04_bundle_mail_po_quote_sg", ["RG001", "RG003", "RG004", "RG011"],
     "Cover mail says 40 samples, PO PDF says 50; quote shows 2,000 production with nothing saying not released; Goh named, no hold, no event",
     [eml_file("Mail_PO_7100004411.eml", mail(
         WEILING, FAIZ, "PO 7100004411 - WBH-250 samples", "Mon, 11 Mar 2024 15:12:00 +0800", _t, cc=GOH)),
      ("PO_7100004411.pdf", pdf([
          ("h1", "PURCHASE ORDER 7100004411"),
          ("p", "Straits Biomedical Research Institute, 30 Science Park Crescent, Singapore 118263"),
          ("table", [
              ["Supplier", "Penang Vivotek Polymers Sdn Bhd (300188)"],
              ["PO date", "11.03.2024"],
              ["Buyer", "Tan Wei Ling"],
          ]),
          ("sp",),
          ("table", [
              ["Item", "Material", "Description", "Qty", "Unit price", "Amount"],
              ["00010", "WBH-250", "Water bottle holder 250 ml, PSU, SBRI-ARC-0250 Rev 3 - samples", "50 PC", "SGD 6.80", "SGD 340.00"],
          ]),
          ("p", "Delivery: ARC receiving, Level 2. Payment 30 days. Quote ref. PVP-Q-0902."),
      ], title="PO 7100004411", author="SBRI Procurement")),
      ("PVP-Q-0902.pdf", pdf([
          ("h1", "PENANG VIVOTEK POLYMERS SDN BHD"),
          ("h", "QUOTATION PVP-Q-0902"),
          ("p", "Customer: SBRI, Ms Tan Wei Ling. Date: 04 Mar 2024. Part: WBH-250 water bottle holder, PSU natural."),
          ("table", [
              ["Item", "Description", "Qty", "Unit price (SGD)"],
              ["1", "Mould 2-cavity, 500k shots", "1 set", "7,900.00"],
              ["2", "Samples (T1)", "40 pcs", "6.80"],
              ["3", "Production", "2,000 pcs", "3.15"],
          ]),
          ("p", "Lead time: samples 4 weeks after mould approval, production 3 weeks. Validity 45 days."),
          ("p", "Muhammad Faiz Ismail, Sales Engineer"),
      ], title="PVP-Q-0902", author="Penang Vivotek"))])

# p05: order letter (DOCX) for 25 samples listing the quote's 975 series
case("p05_order_letter_quote_pricing_ie", ["RG001", "RG003", "RG004", "RG005"],
     "Order letter for 25 sample filter tops repeats quote pricing with 975 pcs series, nothing saying not released; no event, no release person",
     [("Order_letter_CP-24-0109.docx", docx_bytes([
         ("p", "Corrib Preclinical Ltd, Parkmore West, Galway H91 P2X7, Ireland"),
         ("p", "Tierhaltungstechnik Rauschenberg GmbH, Industriestraße 7, 35394 Gießen - attn. Mr Jürgen Weiß"),
         ("p", "26 March 2024"),
         ("h", "Purchase order CP-24-0109 - filter tops FT-1500"),
         ("p", "Dear Mr Weiß,"),
         ("p", "Further to your quotation 2024-0431 of 12 March, please accept this letter as our order for the "
               "filter tops FT-1500 as follows:"),
         ("table", [
             ["Item", "Description", "Qty", "Unit price"],
             ["1", "Filter top FT-1500, polysulfone, drawing CP-ENG-1500 Rev B - samples", "25", "EUR 31,50"],
         ]),
         ("p", "Your quotation pricing for reference: 25 pcs sample at EUR 31,50; 975 pcs series at EUR 18,90; "
               "tooling EUR 6.800,00 (one-off)."),
         ("p", "Delivery of the samples DAP Corrib Preclinical, Parkmore West, Galway, by week 18. "
               "Please acknowledge by return and quote the PO number on your invoice."),
         ("p", "Is mise le meas,"),
         ("p", "Siobhán Ní Bhriain, Procurement Lead"),
     ], author="Siobhán Ní Bhriain"))])

# p06: two-level quoted thread; 'approved' for drawing and PO change, then unscoped go ahead
_orig = """Sehr geehrter Herr Weiss

anbei unsere PO 4500320415: 24 pcs filter top FT-1291 samples.
The balance of 1.176 pcs from your offer is not released; it stays on hold until the sample sign-off by Dr. Regula Kämpf and a written release from Beat Zürcher. Material: sample-only.

Freundliche Grüsse
Urs Brändli"""
_mid = """Sehr geehrter Herr Brändli,

thank you for the order. Before we can start we need the drawing Rev C with the changed vent slot, and the PO change for the new price (EUR 2,10 surcharge for the vent grid). Please send.

MfG
Jürgen Weiß

Am 02.04.2024 um 10:11 schrieb Urs Brändli:
""" + quote(_orig)
_t = """Grüezi Herr Weiss

Drawing ALP-DRW-1291-FT Rev C is approved by our engineering (PLM link below), and the PO change 4500320415 / Rev 1 is approved in SAP with the new price. So you have our approval, go ahead.

PLM: https://plm.alpenwald-pharma.ch/doc/ALP-DRW-1291-FT/C

Freundliche Grüsse
Urs Brändli

Am 05.04.2024 um 16:47 schrieb Jürgen Weiß <j.weiss@rauschenberg-tht.de>:
""" + quote(_mid) + "\n" + SIG_URS
case("p06_two_level_thread_approval_go_ch", ["RG002", "RG009"],
     "'approved' for drawing (technical) and PO change (commercial), then 'you have our approval, go ahead' without scope; quoted buyer scope covers the absence rules",
     [eml_file("AW_AW_PO_4500320415.eml", mail(
         URS, JUERGEN, "AW: AW: PO 4500320415 - Filterhauben FT-1291", "Mon, 08 Apr 2024 08:20:00 +0200", _t,
         in_reply_to="<h226-rt-0405@rauschenberg-tht.de>"))])

# p07: Teams, supplier lists 20 samples + 780 series, buyer says "green light, work away"
case("p07_teams_green_light_ie", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "Buyer answers 'green light from us, work away' to a question about 20 samples + 780 series: no quantity, no hold, no event, no release person",
     [("Teams_export_Rauschenberg.txt", """Microsoft Teams - chat export
Chat: Rauschenberg <> Corrib - rack rails RR-1200
Exported by: Niamh Fahy, 11/04/2024

[10/04/2024 14:02] Jürgen Weiß (External): Hello Niamh, the rack rail drawing questions are all clear now from our side, and the tool for the end caps is ready. Per our offer 2024-0455 it is 20 pcs samples first, then 780 pcs series. Can we start?
[10/04/2024 14:20] Niamh Fahy: Hi Jürgen, sorry was stuck in a meeting. Ciarán is happy with the answers and the price is grand too
[10/04/2024 14:21] Niamh Fahy: So green light from us, work away 👍
[10/04/2024 14:23] Jürgen Weiß (External): Perfect, thank you. We schedule it for next week.
[10/04/2024 14:23] Niamh Fahy: 👍
""")])

# p08: tooling invoice paid -> "good to run lah, can proceed"; PO attached has full scope
_po = pdf([
    ("h1", "PURCHASE ORDER 7100004460"),
    ("p", "Straits Biomedical Research Institute, 30 Science Park Crescent, Singapore 118263"),
    ("table", [
        ["Item", "Material", "Description", "Qty", "Unit price", "Amount"],
        ["00010", "WBH-250", "Water bottle holder 250 ml, PSU - samples", "40 PC", "SGD 6.80", "SGD 272.00"],
        ["00020", "TOOL-WBH", "Mould 2-cavity (tooling)", "1 SET", "SGD 8,400.00", "SGD 8,400.00"],
    ]),
    ("h", "Scope"),
    ("p", "Only the 40 sample pcs are released. The balance of 1,960 pcs is not released and stays on hold until "
          "sample sign-off by Dr Rajesh Pillai and a written release by Ms Goh Siew Hoon, Deputy Director (Operations). "
          "Material authority: sample-only."),
], title="PO 7100004460", author="SBRI Procurement")
_q = """Dear Ms Tan,

Good day. Samples 40 pcs delivered last week to ARC. Kindly note tooling invoice PV-INV-24-0133 (SGD 8,400.00) is still outstanding. Please arrange payment.

Thank you.
Faiz"""
_t = """Hi Faiz,

Payment for the tooling invoice PV-INV-24-0133 already done yesterday, our finance sent the remittance to your accounts. So you are good to run lah, can proceed.

Samples still with Dr Rajesh for evaluation, will update you. PO copy attached for your finance.

Regards,
Wei Ling

From: Muhammad Faiz Ismail <faiz@vivotek-polymers.com.my>
Sent: Tuesday, 16 April 2024 11:05 AM
To: Tan Wei Ling <weiling.tan@sbri-research.sg>
Subject: Tooling invoice PV-INV-24-0133 / PO 7100004460

""" + quote(_q) + "\n" + SIG_WEILING
case("p08_tooling_paid_good_to_run_sg", ["RG002", "RG012"],
     "Tooling invoice paid 'so you are good to run lah, can proceed' while samples are still in evaluation; attached PO carries the full scope",
     [eml_file("RE_Tooling_invoice_PV-INV-24-0133.eml", mail(
         WEILING, FAIZ, "RE: Tooling invoice PV-INV-24-0133 / PO 7100004460", "Wed, 17 Apr 2024 09:40:00 +0800", _t,
         in_reply_to="<h226-pv-0416@vivotek-polymers.com.my>",
         attachments=[("PO_7100004460.pdf", _po, PDF_MT)]))])

# p09: buyer portal with complete structured scope, but comment "Looks good, proceed!"
case("p09_portal_comment_proceed_us", ["RG002"],
     "Portal fields carry the full scope (24 samples, 576 on hold, sign-off, Jenna Hartley) but the buyer's comment 'Looks good, proceed!' names no scope or quantity",
     [("SVSU_portal_SV24-02034_messages.html", html_page("SVSU Supplier Portal - PO SV24-02034", """
<h2>Scioto Valley State University &ndash; Supplier Portal</h2>
<p>PO <b>SV24-02034</b> &nbsp; Supplier: Tecnostabulari Lombarda S.r.l. &nbsp; Item: WBL-75 wire bar lid, shoebox cage 7.5 x 11.5 in, 304 SS</p>
<table>
<tr><th>Line</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>Sample</td><td>24 EA</td><td>Authorized</td></tr>
<tr><td>2</td><td>Production</td><td>576 EA</td><td>ON HOLD &ndash; NOT RELEASED</td></tr>
</table>
<table>
<tr><th>Unlock event</th><td>Sample sign-off by Dr. Mark Sorensen (Attending Veterinarian), then written release</td></tr>
<tr><th>Release authority</th><td>Jenna Hartley, Vivarium Operations Manager</td></tr>
<tr><th>Material authority</th><td>sample-only</td></tr>
</table>
<h3>Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>05/20/2024 03:12 AM</td><td>Marco Bellandi (Tecnostabulari)</td><td>Dear Jenna, the revised bar spacing 7 mm is OK for us, new price USD 0.40 more per lid. Please confirm.</td></tr>
<tr><td>05/21/2024 08:55 AM</td><td>Jenna Hartley (SVSU)</td><td>Looks good, proceed!</td></tr>
</table>
"""))])

# p10: minutes: 'approved' for drawing and price, then "Everything is approved, you can go ahead"
case("p10_minutes_everything_approved_ch", ["RG002", "RG009"],
     "Minutes use 'approved' for drawing, price change and 'everything is approved, you can go ahead' (unscoped) while item 4 holds the balance",
     [("Protokoll_2024-05-07_RR-1200.docx", docx_bytes([
         ("h1", "Protokoll / Minutes - video call Alpenwald / Alföld, 07.05.2024"),
         ("p", "Part: rack rail RR-1200, PO 4500320960. Participants: U. Brändli, Dr. R. Kämpf (Alpenwald); "
               "Nagy Péter (Alföld)."),
         ("num", "Drawing ALP-DRW-1200 Rev 05 (weld seam position): approved (R. Kämpf)."),
         ("num", "Steel surcharge +4 %: approved by purchasing (U. Brändli), PO change follows."),
         ("num", "Samples: 20 sample rails delivered 29.04.; sample sign-off pending (fit test in rack R-42, week 20)."),
         ("num", "Production: the balance of 780 pcs is not released; on hold until the sample sign-off and a "
                 "written release by Beat Zürcher."),
         ("num", "Mr Nagy asked if Alföld can plan the welding capacity for June. U. Brändli: \"Everything is "
                 "approved from our side, you can go ahead.\""),
         ("h", "Next call"),
         ("p", "21.05.2024, 14:00."),
     ], author="Urs Brändli"))])

# p11: ECN PDF: 'released' used for drawing (PLM) and production; "Change released. Supplier to proceed."
case("p11_ecn_released_proceed_ie", ["RG002", "RG009"],
     "ECN says drawing 'released' in PLM and 'Change released. Supplier to proceed.' (unscoped) next to production release wording; scope reminder is complete",
     [("ECN-CP-24-014.pdf", pdf([
         ("h1", "Engineering Change Notice ECN-CP-24-014"),
         ("p", "Corrib Preclinical Ltd - Facilities Engineering"),
         ("table", [
             ["Part", "Filter top FT-1500"],
             ["Drawing", "CP-ENG-1500 Rev B -> Rev C"],
             ["Supplier", "Tierhaltungstechnik Rauschenberg GmbH"],
             ["PO", "CP-24-0117"],
         ]),
         ("h", "Change"),
         ("p", "Filter clamp ring thickness 2.0 -> 2.5 mm; twelve (12) vent holes 4 mm added on the rear wall."),
         ("table", [
             ["Review", "Status", "By / date"],
             ["Engineering review", "Released", "C. Doyle, 02/05/2024"],
             ["Drawing Rev C", "Released in PLM", "C. Doyle, 02/05/2024"],
             ["Commercial", "PO price unchanged", "N. Fahy"],
         ]),
         ("h", "Scope reminder"),
         ("p", "PO CP-24-0117: 25 sample filter tops. The balance of 975 pcs is not released; it stays on hold until "
               "sample sign-off by C. Doyle and a written release by Aoife Brennan."),
         ("h", "Disposition"),
         ("p", "Change released. Supplier to proceed."),
     ], title="ECN-CP-24-014", author="Corrib Preclinical"))])

# p12: SAP PO printout: 40 samples + quote reference 2,000, release contact named, no hold/event
case("p12_sap_po_quote_ref_sg", ["RG001", "RG003", "RG004"],
     "SAP PO for 40 samples carries 'quotation: 40 samples / 2,000 mass production' with nothing saying not released; release contact named, no hold, no event",
     [("SAP_PO_7100004475.txt", """STRAITS BIOMEDICAL RESEARCH INSTITUTE                    PURCHASE ORDER
                                                         No.  7100004475
                                                         Date 08.04.2024
Vendor : 300211  SUZHOU HUARUI LABORATORY EQUIPMENT CO., LTD.
         SUZHOU INDUSTRIAL PARK, JIANGSU 215021, CHINA
Plant  : 2100 ARC      Purch. group: 071 TAN WEI LING    Currency: USD

Header text:
 Ref. quotation HR-Q-24-0290: 40 pcs samples / 2,000 pcs mass production,
 mould 2-cav. USD 2,400.00 (separate PO 7100004476).
 Production release contact: Goh Siew Hoon (Deputy Director, Ops).

Item  Material   Short text                          Qty  Un   Net price      Net value
----  ---------  ---------------------------------  ----  --  ----------  -------------
00010 CH-75      CARD HOLDER PC CLEAR 75X50MM          40  EA        2.30          92.00
                 SAMPLE - DWG SBRI-ARC-0075 REV 1
                 Deliv. date 06.05.2024
----------------------------------------------------------------------------------------
                                               Total net value USD              92.00
Incoterms: FCA Suzhou     Payment: 30 days net
Please confirm this PO within 3 working days.
""")])

# p13: mail saved as text: 20 samples only, balance on hold "until further notice", release by Aoife
case("p13_mail_until_further_notice_ie", ["RG004"],
     "Twenty samples only, balance 780 'on hold until further notice' (no unlock event); release person Aoife Brennan named",
     [("PO_CP-24-0163_mail.txt", """From: Siobhán Ní Bhriain <s.nibhriain@corribpreclinical.ie>
Sent: Thursday 25 April 2024 16:05
To: Nagy Péter <nagy.peter@alfold-labor.hu>
Subject: PO CP-24-0163 - RR-1200 sample rails

Hi Péter,

PO CP-24-0163 is attached for the twenty (20) sample rack rails only.

The balance of 780 is on hold until further notice - please don't start it or buy steel for it. Any release of the balance will come in writing from Aoife Brennan, our Operations Director.

Cheers,
Siobhán
""" + SIG_SIOBHAN)])

# p14: SAP PDF PO: 40 samples, balance not released - on hold; no event, no person
case("p14_po_hold_no_event_sg", ["RG004", "RG005"],
     "Sample PO: 40 pcs, 'balance 1,960 not released - on hold' with no unlock event and no named release person",
     [("PO_7100004490.pdf", pdf([
         ("h1", "PURCHASE ORDER 7100004490"),
         ("p", "Straits Biomedical Research Institute, 30 Science Park Crescent, Singapore 118263"),
         ("table", [
             ["Supplier", "Suzhou Huarui Laboratory Equipment Co., Ltd. (300211)"],
             ["PO date", "22.04.2024"],
             ["Buyer", "Tan Wei Ling"],
         ]),
         ("sp",),
         ("table", [
             ["Item", "Material", "Description", "Qty", "Unit price", "Amount"],
             ["00010", "FT-1500", "Filter top 1500 cm2, PSU, SBRI-ARC-1500 Rev 2 - sample order", "40 PC", "USD 7.90", "USD 316.00"],
         ]),
         ("sp",),
         ("p", "Sample order. Balance 1,960 pcs not released - on hold."),
         ("p", "Incoterms FCA Suzhou. Payment 30 days net. ISO 9001:2015 certificate to be sent with the samples."),
     ], title="PO 7100004490", author="SBRI Procurement"))])

# p15: sample order letter, no quantity, release "from our side"
case("p15_letter_first_article_no_qty_us", ["RG005", "RG010"],
     "Letter authorizes 'the first-article samples' without a quantity; balance held until sign-off and written release 'from our side' (no named person)",
     [("SVSU_PO_SV24-02102_letter.docx", docx_bytes([
         ("p", "Scioto Valley State University - Procurement Services - Columbus, Ohio 43210"),
         ("p", "May 2, 2024"),
         ("p", "Penang Vivotek Polymers Sdn Bhd, attn. Mr. Muhammad Faiz Ismail"),
         ("h", "PO SV24-02102 - water bottle holder WBH-16, first-article samples"),
         ("p", "Dear Faiz,"),
         ("p", "SVSU Comparative Medicine is pleased to place PO SV24-02102 for first-article samples of the water "
               "bottle holder WBH-16 (16 oz bottle), as per your quote PV-Q-24-077."),
         ("p", "Please make the first-article samples per drawing SV-VIV-0016 Rev B and ship them to the "
               "Comparative Medicine Vivarium, Bldg 1150, Dock 4."),
         ("p", "The production balance is not released. It stays on hold until our sample sign-off and a written "
               "release from our side."),
         ("p", "Thanks again for your help on this one - looking forward to the samples."),
         ("p", "Sincerely,"),
         ("p", "Dave Kowalski, Purchasing Agent"),
     ], author="Dave Kowalski"))])

# p16: WeChat: 40 samples, balance held until sign-off + "internal approval in our company then we release"
case("p16_wechat_internal_approval_sg", ["RG005"],
     "Scope 40 samples, balance 1,960 on hold until sign-off and internal approval; 'we release' names no person",
     [("WeChat_Huarui_CH-75.txt", """WeChat chat history - Wendy Chen 陈雯 (Huarui)
Exported 2024-04-24 09:15

2024-04-23 14:02:33 Tan Wei Ling
Hi Wendy, PO 7100004521 for 40 pcs card holder CH-75 samples issued just now, pls check email

2024-04-23 14:10:05 Wendy Chen 陈雯
received thank you Ms Tan. Mass production 1,960 pcs when can start?

2024-04-23 14:16:48 Tan Wei Ling
Only 40 samples first. Balance 1,960 hold, cannot start yet

2024-04-23 14:17:30 Tan Wei Ling
After Dr Rajesh sign off the samples we still need internal approval in our company, then we release

2024-04-23 14:18:02 Wendy Chen 陈雯
ok noted 👌 we only buy material for 40 pcs
""")])

# p17: supplier status reply: wire bought for the full 1.200 lids (quoted buyer scope complete)
_q = """Dear Ms Ferrante,

PO 4500321150: 24 sample wire bar lids WBL-1291-304. The balance of 1.176 pcs is not released; it stays on hold until Dr. Kämpf's sample sign-off and a written release by Beat Zürcher. Material authority: sample-only.

Freundliche Grüsse
Urs Brändli"""
_t = """Gentile Sig. Brändli,

samples are in production, delivery week 21 as confirmed.

For your information: to keep the delivery time of the series, we have already ordered the AISI 304 wire 3 mm for the full 1.200 lids (about 1.450 kg) from our steel supplier, arriving end of May.

Cordiali saluti
Giulia Ferrante

Il giorno lun 29 apr 2024 alle ore 09:12 Urs Brändli <urs.braendli@alpenwald-pharma.ch> ha scritto:
""" + quote(_q) + "\n" + SIG_GIULIA
case("p17_supplier_wire_full_qty_it", ["RG006"],
     "Supplier bought wire for the full 1.200 lids while the quoted buyer scope says 24 samples and sample-only material",
     [eml_file("R_PO_4500321150_stato.eml", mail(
         GIULIA, URS, "R: PO 4500321150 - stato campioni / sample status", "Thu, 02 May 2024 11:26:00 +0200", _t,
         cc=MARCO, in_reply_to="<h226-alp-0429@alpenwald-pharma.ch>"))])

# p18: supplier MRP list: material ordered for 1.000 while 25 released
case("p18_mrp_material_full_de", ["RG006"],
     "Supplier MRP list: PSU and fleece purchase orders placed for 1.000 pcs while 25 are released; supplier-only document",
     [("Dispoliste_AB-24-1187.txt", """TIERHALTUNGSTECHNIK RAUSCHENBERG GMBH          Dispositionsliste / MRP list
Druck: 03.05.2024 07:42   Benutzer: SKROEGER                      Seite 1/1
==============================================================================
Kundenauftrag / sales order : AB-24-1187   Kunde: CORRIB PRECLINICAL LTD (10442)
Kunden-PO                  : CP-24-0117
Artikel                    : FT-1500 Filterhaube PSU / filter top, Zchng. CP-ENG-1500 Rev. B
Freigegebene Menge / released qty            :     25 Stk
Offene Menge, nicht freigegeben / not released:    975 Stk
------------------------------------------------------------------------------
Pos Material                     Bedarf fuer   Menge     Bestellung   Status
--- ---------------------------- ----------- --------- ------------ -----------
 1  PSU Granulat natur, 25 kg Sack 1.000 Stk    412 kg   BE-24-0877   bestellt 02.05.
 2  Filtervlies 0,2 um, Rolle 50 m 1.000 Stk     21 Ro   BE-24-0878   bestellt 02.05.
 3  Klemmring-Einleger 2,5 mm     1.000 Stk   1.000 Stk  BE-24-0879   bestellt 02.05.
------------------------------------------------------------------------------
Hinweis Disposition: Materialbestellung fuer Gesamtmenge 1.000 Stk zur Sicherung
der Lieferzeit (Lieferant Granulat 9 Wochen). Disponent: S. Kroeger
==============================================================================
""")])

# p19: supplier: deposit received so mass production started, resin for all 1,200 (quoted buyer scope complete)
_q = """Hi Leo,

Quick recap for PO SV24-01873: 50 sample card holders only. The 1,150 balance stays on hold until Dr. Sorensen signs off the samples and Jenna Hartley sends a written release. Resin for the samples only.

The 30% deposit per PI HR-PI-240422 will be wired this week.

Thanks,
Dave"""
_t = """Dear Dave,

Thanks, we received the deposit USD 1,284.00 today (bank slip attached).

Since deposit is received, we already started mass production and bought PC resin for all 1,200 pcs, so delivery can be faster, 25 days. Samples 50 pcs ship tomorrow by DHL.

Best regards
Leo Zhang

-------- Original --------
From: "Dave Kowalski" <kowalski.212@sciotovalley.edu>
Date: Tue, May 14, 2024 11:30 PM
To: "Leo Zhang" <leo.zhang@huarui-labequip.cn>
Subject: PO SV24-01873 recap / deposit

""" + quote(_q) + "\n" + SIG_LEO
_slip = """BANK OF CHINA SUZHOU BRANCH - INCOMING REMITTANCE ADVICE
Value date   : 2024-05-17
Reference    : SVSU-WIRE-0517
Ordering cust: SCIOTO VALLEY STATE UNIVERSITY, COLUMBUS OH
Beneficiary  : SUZHOU HUARUI LABORATORY EQUIPMENT CO., LTD.
Amount       : USD 1,284.00
Details      : DEPOSIT 30PCT PI HR-PI-240422 PO SV24-01873
Charges      : OUR
"""
case("p19_deposit_started_mass_prod_cn", ["RG006", "RG012"],
     "Supplier starts mass production and buys resin for all 1,200 because the deposit arrived; quoted buyer recap holds the 1,150",
     [eml_file("Re_PO_SV24-01873_deposit.eml", mail(
         LEO, DAVE, "Re: PO SV24-01873 recap / deposit", "Fri, 17 May 2024 16:48:00 +0800", _t,
         in_reply_to="<h226-svsu-0514@sciotovalley.edu>",
         attachments=[("bank_slip_20240517.txt", _slip, "text/plain")]))])

# p20: supplier status report: material staged for 1 200, serial starts directly after sample approval
case("p20_status_report_material_rollover_hu", ["RG006", "RG007"],
     "Supplier report: granulate for 1 200 pcs delivered while 30 are released, and serial 1 170 to start directly after sample approval with no further document",
     [("Status_report_wk19_FH-400.pdf", pdf([
         ("h1", "Project status report - week 19/2024"),
         ("p", "Alföld Labortechnika Kft., Kecskemét - for Alpenwald Pharma AG, Muttenz"),
         ("p", "Part: feeder hopper FH-400, PP natural, drawing ALP-DRW-0400 Rev 07 - your PO 4500319955"),
         ("table", [
             ["Topic", "Status", "Remark"],
             ["Samples 30 pcs", "produced, shipped 06.05.2024", "DHL 40 1170 2291"],
             ["Material PP granulate", "ordered and delivered 03.05. for 1 200 pcs", "stored in hall 2, 1 500 kg"],
             ["Mould", "T2 OK (our internal check)", "4 cavities"],
             ["Serial production 1 170 pcs", "planned week 22", "after your sample approval"],
         ]),
         ("sp",),
         ("p", "After your sample approval we continue directly with the serial production of the 1 170 pcs. No further "
               "document is needed from your side, the line is reserved."),
         ("p", "Prepared: Szabó Krisztina, quality / operations. 10.05.2024"),
     ], title="Status report wk19", author="Alföld Labortechnika"))])

# p21: supplier portal: resin purchased for 2,000 sets while 40 released
case("p21_supplier_portal_resin_reserved_my", ["RG006"],
     "Supplier portal: 40 released, 1,960 on hold, but PSU resin purchased for the full 2,000 pcs",
     [("Vivotek_portal_7100004533.html", html_page("Vivotek Customer Portal - Order Status", """
<h2>Penang Vivotek Polymers &ndash; Customer Portal &ndash; Order Status</h2>
<p>Customer: Straits Biomedical Research Institute &nbsp; Your PO: <b>7100004533</b> &nbsp; Part: WBH-250 water bottle holder</p>
<table>
<tr><th>Item</th><th>Qty</th><th>Status</th></tr>
<tr><td>Released (samples)</td><td>40</td><td>moulding week 19</td></tr>
<tr><td>Balance</td><td>1,960</td><td>on hold - waiting your written release</td></tr>
</table>
<h3>Material</h3>
<table>
<tr><th>Material</th><th>Qty</th><th>For</th><th>Status</th><th>Ref</th></tr>
<tr><td>PSU resin natural</td><td>1,100 kg</td><td>2,000 pcs</td><td>purchased, in our warehouse</td><td>PR-24-0391</td></tr>
</table>
<div class="note">Resin purchased for the full quantity to secure allocation from the resin maker (price increase in July).</div>
<p>Last update 06/05/2024 by Lim Mei Yee</p>
"""))])

# p22: minutes record supplier's steel for the full 800 rails bought; buyer scope complete
case("p22_minutes_steel_bought_ie", ["RG006"],
     "Minutes with complete buyer scope (20 samples, 780 on hold, sign-off, Aoife Brennan, sample-only) record that the supplier bought steel for all 800",
     [("Minutes_2024-04-23_RR-1200.docx", docx_bytes([
         ("h1", "Minutes - kick-off RR-1200 rack rails, Corrib Preclinical / Rauschenberg"),
         ("p", "23 April 2024, Teams. Present: Niamh Fahy, Ciarán Doyle (Corrib); Jürgen Weiß (Rauschenberg)."),
         ("num", "PO CP-24-0171: twenty (20) sample rack rails RR-1200 - this is what is authorised now."),
         ("num", "The balance of 780 pcs is not released; on hold until sample sign-off by Ciarán Doyle and a written "
                 "release by Aoife Brennan, Operations Director."),
         ("num", "Material authority from Corrib: sample-only."),
         ("num", "J. Weiß reported that the steel sheet 1.4301 for the full 800 rails has already been bought and is in "
                 "stock in Gießen, to secure the price."),
         ("num", "Corrib to review item 4 internally."),
         ("h", "Actions"),
         ("table", [
             ["Action", "Owner", "Due"],
             ["Ship 20 sample rails", "J. Weiß", "wk 19"],
             ["Rack trial Holding Room 3", "C. Doyle", "wk 21"],
         ]),
     ], author="Niamh Fahy"))])

# p23: supplier reply: once you approve the samples we roll straight into the 1,960 balance
_q = """Dear Faiz,

Our PO 7100004547 for 40 pcs CH-75 card holder samples is attached.

The balance of 1,960 pcs is not released - on hold until sample sign-off by Dr Rajesh Pillai and a written release by Ms Goh Siew Hoon.

Regards,
Wei Ling"""
_t = """Dear Ms Tan,

Noted with thanks. Samples will be ready 24 May.

Once you approve the samples we will roll straight into the 1,960 balance, no need for another PO or release letter, to save time for you. Mould is 4-cavity so capacity no issue.

Thank you & regards,
Faiz

On Mon, 13 May 2024 at 10:02, Tan Wei Ling <weiling.tan@sbri-research.sg> wrote:
""" + quote(_q) + "\n" + SIG_FAIZ
case("p23_supplier_roll_straight_my", ["RG007"],
     "Supplier says sample approval rolls straight into the 1,960 balance without release; quoted buyer PO scope is complete",
     [eml_file("Re_PO_7100004547.eml", mail(
         FAIZ, WEILING, "Re: PO 7100004547 - CH-75 samples", "Tue, 14 May 2024 08:31:00 +0800", _t,
         in_reply_to="<h226-sbri-0513@sbri-research.sg>"))])

# p24: Teams, buyer engineering: if samples pass fit check just continue with the 1.170; no release person
case("p24_teams_just_continue_ch", ["RG005", "RG007"],
     "Buyer engineer: if samples pass the fit check 'just continue with the 1.170, no need to wait for paperwork'; no named release person anywhere",
     [("Teams_FH-S-400.txt", """Microsoft Teams - chat export
Chat: Alpenwald / Tecnostabulari - Futtertrog FH-S-400
Exported: 16.05.2024 17:30

[14.05.2024 09:05] Urs Brändli: Ciao Marco, PO 4500322210 is out: 30 feeder hoppers stainless FH-S-400, samples only. The balance of 1.170 stays on hold until sample sign-off; the production release follows separately in writing.
[14.05.2024 09:20] Marco Bellandi (Guest): Grazie Urs, samples ready week 21.
[16.05.2024 16:58] Regula Kämpf: Marco, if the samples pass the fit check next week, just continue with the 1.170, no need to wait for paperwork from us. We want the hoppers in the rooms before the summer.
[16.05.2024 17:02] Marco Bellandi (Guest): OK perfetto, then we plan the series right after the fit check 👍
""")])

# p25: PO with production line 'upon sample approval proceed with the 1,150'; no release person
case("p25_po_line2_upon_approval_us", ["RG005", "RG007"],
     "PO line 2: 'upon sample approval by SVSU, supplier to proceed with the 1,150' - approval rolls into production; no named release person",
     [("SVSU_PO_SV24-02150.pdf", pdf([
         ("h1", "PURCHASE ORDER SV24-02150"),
         ("p", "Scioto Valley State University - Procurement Services - Columbus, Ohio 43210"),
         ("table", [
             ["Vendor", "Alföld Labortechnika Kft., Kecskemét, Hungary (0040251)"],
             ["PO date", "04/22/2024"],
             ["Buyer", "Dave Kowalski"],
             ["Ship to", "Comparative Medicine Vivarium, Bldg 1150, Dock 4, Columbus OH 43210"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "UOM", "Unit price", "Extended"],
             ["1", "FH-400", "Feeder hopper, PP, dwg SV-VIV-0400 Rev A - samples", "50", "EA", "USD 9.80", "USD 490.00"],
             ["2", "FH-400", "Feeder hopper, PP, dwg SV-VIV-0400 Rev A - production", "1,150", "EA", "USD 4.15", "USD 4,772.50"],
         ]),
         ("sp",),
         ("p", "Line 2 is conditional: upon sample approval by SVSU, supplier to proceed with the 1,150 production pcs "
               "of line 2. Do not start line 2 before sample approval."),
         ("p", "Terms Net 30. Incoterms 2020 DAP Columbus. Vendor QMS ISO 9001:2015."),
     ], pagesize=LETTER, title="PO SV24-02150", author="SVSU Procurement"))])

# p26: supplier portal tracker: mass production starts automatically after sample approval
case("p26_supplier_tracker_auto_start_cn", ["RG007"],
     "Supplier order tracker: after customer sample approval the 1,960 mass production 'will start automatically, no need new PO'",
     [("Huarui_order_tracking_CP-24-0188.html", html_page("Huarui Customer Order Tracking", """
<h2>苏州华瑞 Suzhou Huarui &ndash; Customer Order Tracking</h2>
<p>Customer: Corrib Preclinical Ltd (Ireland) &nbsp; Customer PO: <b>CP-24-0188</b> &nbsp; Item: FT-1500 filter top, PSU</p>
<table>
<tr><th>Step</th><th>Content</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>Samples</td><td>40</td><td>shipped 2024-05-10, DHL 8812 4051 77</td></tr>
<tr><td>2</td><td>Customer sample approval</td><td>-</td><td>waiting</td></tr>
<tr><td>3</td><td>Mass production</td><td>1,960</td><td>start automatically after customer sample approval, no need new PO</td></tr>
<tr><td>4</td><td>Shipment</td><td>1,960</td><td>by sea, LCL Shanghai - Dublin</td></tr>
</table>
<div class="note">Dear customer, to save your time, after your sample approval the mass production will start automatically (lead time 25 days).</div>
"""))])

# p27: supplier confirms 20 samples (buyer said 30) and goes on with 1 180 after sample OK; DOCX attached
_q = """Sehr geehrter Herr Nagy

PO 4500320788: 30 sample feeder hoppers FH-400.
The balance of 1.170 pcs is not released, on hold until the sample sign-off by Dr. Regula Kämpf and a written release by Beat Zürcher.

Freundliche Grüsse
Urs Brändli"""
_t = """Dear Mr Brändli,

thank you for the order. We confirm 20 pcs samples, delivery week 20.

After sample OK we go on with the 1 180 serial pieces, the line is booked for week 23.

Attached our sample inspection plan.

Best regards
Nagy Péter

Urs Brändli <urs.braendli@alpenwald-pharma.ch> ezt írta (időpont: 2024. ápr. 15., H 10:04):
""" + quote(_q) + "\n" + SIG_PETER
_plan = docx_bytes([
    ("h1", "Sample inspection plan / Mintavizsgálati terv"),
    ("p", "Alföld Labortechnika Kft. - FH-400 feeder hopper - customer Alpenwald Pharma AG, PO 4500320788"),
    ("p", "Sample quantity: 20 pcs"),
    ("table", [
        ["No.", "Characteristic", "Nominal", "Tol.", "Method"],
        ["1", "Wall thickness", "1.2 mm", "±0.1", "micrometer"],
        ["2", "Hopper length", "186 mm", "±0.5", "caliper"],
        ["3", "Clip width for 3 mm wire", "3.1 mm", "+0.1/0", "gauge"],
        ["4", "Autoclave 134 °C", "20 cycles", "no deformation", "visual"],
    ]),
], author="Szabó Krisztina")
case("p27_confirm_20_go_on_1180_hu", ["RG007", "RG011"],
     "Supplier confirms 20 samples and 1 180 serial against the quoted PO's 30 and 1.170, and goes on with the serial after sample OK",
     [eml_file("Re_PO_4500320788.eml", mail(
         PETER, URS, "Re: PO 4500320788 FH-400", "Tue, 16 Apr 2024 13:52:00 +0200", _t,
         in_reply_to="<h226-alp-0415@alpenwald-pharma.ch>",
         attachments=[("Inspection_plan_FH-400.docx", _plan, DOCX_MT)]))])

# p28: EDI 830 where all forecast lines are flagged firm, 'treat as firm commitment'
case("p28_edi830_forecast_firm_sg", ["RG008"],
     "EDI 830 flags the annual forecast lines as firm (FST C) and asks to treat the 2,400 forecast as a firm commitment",
     [("EDI830_SBRI_SCH-24-11.txt", """SBRI PROCUREMENT - EDI OUTBOUND - INTERPRETED PRINTOUT
Transaction: X12 830 Planning Schedule      Ctrl# 000000918      Sent: 03.06.2024 02:10 UTC
To: SUZHOU HUARUI LABORATORY EQUIPMENT CO., LTD. (300211)

ST*830*0918
BFR*00*SBRI-SCH-24-11**DL*A*20240701*20250630*20240603
N1*BY*STRAITS BIOMEDICAL RESEARCH INSTITUTE*92*2100
N1*SU*SUZHOU HUARUI LABORATORY EQUIPMENT*92*300211
LIN**BP*CH-75*EC*1
UIT*EA
FST*600*C*D*20240901
FST*600*C*D*20241201
FST*600*C*D*20250301
FST*600*C*D*20250601
CTT*1*2400
SE*12*0918

--- interpretation ---------------------------------------------------------------
Part CH-75 card holder 75x50 mm, PC clear, drawing SBRI-ARC-0075 Rev 1
Annual forecast FY2024/25 .................... 2,400 pcs (4 x 600)
Line type ..................................... FST code C (firm) on all lines

NOTE FROM BUYER: ANNUAL FORECAST 2,400 PCS - PLEASE TREAT AS FIRM COMMITMENT
AND PLAN PRODUCTION ACCORDINGLY. NO SEPARATE PO WILL BE SENT FOR THESE LINES.
Contact: Tan Wei Ling, Procurement Executive
""")])

# p29: supplier books the 2025 forecast as firm order; HTML capacity plan attached
_t = """Gentile Sig. Brändli,

thank you for your forecast 2025 of 4.800 wire bar lids WBL-1291-304 (400 per month).

We have booked it as a firm order in our system (our order OC-25-0007) and reserved capacity on the bending line from January, see the attached plan. Please send us the PO number for the 4.800 pcs when ready, so we can put it on the order confirmation.

Cordiali saluti
Marco Bellandi
""" + SIG_MARCO
_cap = html_page("Piano capacità 2025", """<h2>Tecnostabulari - Piano capacità 2025 - linea piegatura 2</h2>
<p>Cliente Alpenwald Pharma AG - WBL-1291-304 - ordine OC-25-0007</p>
<table><tr><th>Mese</th><th>Q.tà</th><th>Tipo</th></tr>
<tr><td>01/2025</td><td>400</td><td>FIRM</td></tr><tr><td>02/2025</td><td>400</td><td>FIRM</td></tr>
<tr><td>03/2025</td><td>400</td><td>FIRM</td></tr><tr><td>04-12/2025</td><td>3.600</td><td>FIRM</td></tr>
<tr><td>Totale</td><td>4.800</td><td></td></tr></table>""")
case("p29_forecast_booked_firm_it", ["RG008"],
     "Supplier books the customer's 2025 forecast of 4.800 lids as a firm order and plans capacity on it",
     [eml_file("OC-25-0007_WBL-1291.eml", mail(
         MARCO, URS, "Vs. forecast 2025 - WBL-1291-304", "Wed, 27 Nov 2024 17:05:00 +0100", _t, html=txt2html(_t),
         attachments=[("Piano_capacita_2025.html", _cap, "text/html")]))])

# p30: FY2025 forecast schedule presented as committed volume
case("p30_fy25_committed_volume_us", ["RG008"],
     "FY2025 forecast of 2,400 written as 'committed volume' and 'SVSU's commitment', supplier to plan and ship per schedule",
     [("SVSU_FY2025_schedule_WBH-16.pdf", pdf([
         ("h1", "FY2025 Requirement Schedule - Water Bottle Holder WBH-16"),
         ("p", "Scioto Valley State University - Comparative Medicine Vivarium - to Penang Vivotek Polymers Sdn Bhd"),
         ("p", "Prepared by Jenna Hartley, Vivarium Operations Manager - 06/10/2024"),
         ("table", [
             ["Quarter", "Delivery month", "Qty"],
             ["Q1 FY25", "Aug 2024", "600"],
             ["Q2 FY25", "Nov 2024", "600"],
             ["Q3 FY25", "Feb 2025", "600"],
             ["Q4 FY25", "May 2025", "600"],
             ["Total", "", "2,400"],
         ]),
         ("sp",),
         ("p", "FY2025 forecast - committed volume: 2,400 pcs. This schedule constitutes SVSU's commitment for FY2025. "
               "Supplier to plan and ship per this schedule."),
         ("p", "Bottle size 16 oz; drawing SV-VIV-0016 Rev B; autoclave 250 °F (121 °C)."),
     ], pagesize=LETTER, title="FY2025 schedule WBH-16", author="Jenna Hartley"))])

# p31: QBR minutes: forecast 2025 confirmed as firm volume, plan as an order
case("p31_qbr_forecast_firm_ie", ["RG008"],
     "Minutes: the 2025 forecast of 3,000 lids 'confirmed as a firm volume; Tecnostabulari may plan on it as an order'",
     [("QBR_minutes_2024-10-08.docx", docx_bytes([
         ("h1", "Quarterly business review - Corrib Preclinical / Tecnostabulari Lombarda"),
         ("p", "8 October 2024, Galway. Present: Siobhán Ní Bhriain, Aoife Brennan (Corrib); Marco Bellandi (Tecnostabulari)."),
         ("num", "Quality: two wire bar lids returned in Q3 (bent bars, transport damage). Packing to get corner protectors."),
         ("num", "Open orders: PO CP-24-0205 (600 wire bar lids WBL-1145) delivered complete 12/09/2024, closed."),
         ("num", "Forecast 2025: Corrib confirmed the 3,000 wire bar lids WBL-1145 for 2025 as a firm volume. "
                 "Tecnostabulari may plan on it as an order."),
         ("num", "Price 2025: +2.5 % steel index, agreed."),
         ("p", "Minutes: Siobhán Ní Bhriain"),
     ], author="Siobhán Ní Bhriain"))])

# p32: WeChat: forecast 5k confirmed "plan it as PO", deposit paid "so can start production"
case("p32_wechat_forecast_deposit_start_sg", ["RG008", "RG012"],
     "Buyer confirms the 5k forecast 'you can plan it as PO' and says the deposit is paid 'so can start production'",
     [("WeChat_Leo_Zhang_FT-1500.txt", """WeChat chat history - Leo Zhang 张磊 (Huarui)
Exported 2024-09-05 08:44

2024-09-04 15:20:07 Leo Zhang 张磊
Ms Tan, your 2025 forecast 5,000 pcs filter top FT-1500, is it confirmed? We need to plan mould and resin

2024-09-04 15:41:52 Tan Wei Ling
Yes confirmed. Forecast 5k pcs for 2025, you can plan it as PO, our system only issue PO quarterly

2024-09-04 15:42:30 Tan Wei Ling
Deposit 20% for the 5k already TT yesterday, so can start production 👍

2024-09-04 15:45:11 Leo Zhang 张磊
OK thank you Ms Tan, we arrange
""")])

# p33: multi-file: buyer supply plan (released 500, forecast 2,000 non-binding) + supplier mail (600 released, firm 2,000)
_t = """Dear Ms Tan,

Thank you for the supply plan Q3.

We confirm your released 600 pcs WBH-250 for July and your firm order of 2,000 pcs for Q3. Production is scheduled in weeks 28 to 36.

Kindly send the PO for the 2,000 pcs for our record.

Thank you & regards,
Mei Yee
""" + SIG_MEIYEE
case("p33_bundle_plan_supplier_firm_my", ["RG008", "RG011"],
     "Buyer plan releases 500 and labels 2,000 a non-binding forecast; supplier mail confirms 600 released and a 'firm order of 2,000'",
     [("SBRI_supply_plan_Q3-2024.txt", """SBRI - ANIMAL RESOURCE CENTRE - SUPPLY PLAN Q3 2024              issued 17.06.2024
Supplier: Penang Vivotek Polymers Sdn Bhd      Part: WBH-250 water bottle holder
Order: PO 7100004388 (40 samples delivered, signed off 05.06.2024)
------------------------------------------------------------------------------
A. RELEASED (production authority)
   Release R-ARC-24-004, signed Goh Siew Hoon, 14.06.2024 ......... 500 pcs
   delivery July 2024
B. FORECAST Q3 (non-binding, NOT released, no material authority) . 2,000 pcs
   Jul 500 / Aug 700 / Sep 800 - planning only
C. Balance beyond A stays on hold until the next written release by
   Goh Siew Hoon after the Q3 budget sign-off.
------------------------------------------------------------------------------
Material authority: 500 pcs only.
Contact: Tan Wei Ling, Procurement Executive
"""),
      eml_file("Re_Supply_plan_Q3.eml", mail(
          MEIYEE, WEILING, "Re: SBRI supply plan Q3 2024 - WBH-250", "Wed, 19 Jun 2024 11:18:00 +0800", _t, cc=FAIZ))])

# p34: sign-off and release status sheet: 'RELEASED' for the PO workflow and for production
case("p34_status_sheet_released_twice_ie", ["RG009"],
     "Status sheet uses 'RELEASED' for the SAP PO release strategy and 'release' for production authority; scope itself is complete",
     [("FT-1500_status_0705.pdf", pdf([
         ("h1", "Sample Sign-off and Release Status - FT-1500"),
         ("p", "Corrib Preclinical Ltd / Tierhaltungstechnik Rauschenberg GmbH - status 07/05/2024"),
         ("table", [
             ["Item", "Status", "By / date"],
             ["PO CP-24-0196", "RELEASED (SAP release strategy C2)", "A. Brennan, 12/04/2024"],
             ["Samples", "25 pcs delivered", "04/05/2024"],
             ["Sample sign-off", "passed - fit and autoclave 121 °C x 50", "C. Doyle, 03/05/2024"],
             ["Production release", "NOT RELEASED", "-"],
         ]),
         ("sp",),
         ("p", "Only the 25 samples are authorised. The balance of 975 pcs is on hold until a written production "
               "release by Aoife Brennan (Operations Director). Material authority: sample-only."),
     ], title="FT-1500 status", author="Corrib Preclinical"))])

# p35: ERP PO printout with APPROVED status lines (requisition, PO, drawing) and quote tiers
case("p35_erp_po_approved_lines_us", ["RG001", "RG003", "RG004", "RG009"],
     "ERP PO for 24 samples lists vendor quote 576 production with nothing saying not released; 'APPROVED' used for requisition, PO and drawing; release authority named",
     [("SVSU_PO_SV24-02188.txt", """SCIOTO VALLEY STATE UNIVERSITY          eProcurement         PURCHASE ORDER PRINT
=================================================================================
REQUISITION 0004977 .......... APPROVED  (DEPT CHAIR, 04/15/2024)
PO NUMBER SV24-02188 ......... APPROVED  (PROCUREMENT, 04/16/2024)   REV 0
DRAWING SV-VIV-0075 REV C .... APPROVED  (VIVARIUM VET STAFF, 04/11/2024)

VENDOR : 0040262  TECNOSTABULARI LOMBARDA S.R.L., GALLARATE (VA), ITALY
SHIP TO: COMPARATIVE MEDICINE VIVARIUM, BLDG 1150, DOCK 4, COLUMBUS OH 43210
BUYER  : D. KOWALSKI
---------------------------------------------------------------------------------
LN  ITEM     DESCRIPTION                               QTY  UOM  UNIT PRICE   EXTENDED
 1  WBL-75   WIRE BAR LID, SHOEBOX 7.5X11.5 IN, 304 SS  24  EA       14.20     340.80
             SAMPLE
---------------------------------------------------------------------------------
VENDOR QUOTE TQ-24-0219: 24 SAMPLES @ 14.20 / 576 PRODUCTION @ 8.90
RELEASE AUTHORITY: J. HARTLEY, VIVARIUM OPS MGR
TERMS: NET 30   INCOTERMS 2020 DAP COLUMBUS
=================================================================================
""")])

# p36: reply: 'approved' for samples and for production release; releases 300 then says build 350
_q = """Dear Niamh,

the samples arrived to you on 29 April. Please can you confirm us the approval, so we can plan the bending line?

Thank you
Marco"""
_t = """Hi Marco,

Yes - the samples are approved, Ciarán signed them off on Friday. And the production approval is through as well: Aoife Brennan approved the release of 300 lids today (release CP-R-24-011).

So please go ahead and build the 350 now. The other 276 stay on hold until the next written release from Aoife.

Thanks a mil,
Niamh

On Mon 6 May 2024 at 09:40, Marco Bellandi <m.bellandi@tecnostabulari.it> wrote:
""" + quote(_q) + "\n" + SIG_NIAMH
case("p36_reply_approved_300_vs_350_ie", ["RG009", "RG011"],
     "'approved' used for sample sign-off and for production release; the same mail releases 300 and then says build the 350",
     [eml_file("RE_WBL-1145_samples.eml", mail(
         NIAMH, MARCO, "RE: WBL-1145 samples - approval? (PO CP-24-0205)", "Tue, 07 May 2024 15:10:00 +0100", _t,
         cc=AOIFE, in_reply_to="<h226-ts-0506@tecnostabulari.it>"))])

# p37: go ahead with the sample lot per quotation, no quantity; rest complete (multipart)
_t = """Hi Marco,

PO CP-24-0212 is raised in our system, copy to follow from the portal.

Please go ahead with the sample lot as per your quotation TQ-24-0233.

The series balance is not released and stays on hold until Ciarán Doyle's sample sign-off and a written release from Aoife Brennan (Operations Director). Material for the sample lot only, please.

Kind regards,
Siobhán
""" + SIG_SIOBHAN
case("p37_sample_lot_per_quote_ie", ["RG010"],
     "'go ahead with the sample lot as per your quotation' never states a quantity; hold, event and Aoife Brennan are present",
     [eml_file("PO_CP-24-0212.eml", mail(
         SIOBHAN, MARCO, "PO CP-24-0212 - wire bar lids WBL-1145 - sample lot", "Mon, 20 May 2024 10:05:00 +0100", _t,
         html=txt2html(_t)))])

# p38: WhatsApp: good to make the first article samples, hold the rest, no quantity
case("p38_whatsapp_first_articles_no_qty_us", ["RG010"],
     "'You're good to make the first article samples now' with no quantity; hold, sign-off event and Jenna (sender, 'I') present",
     [("WhatsApp_Chat_Huarui_FH.txt", """[6/3/24, 8:47:12 PM] Leo Zhang Huarui: Hi Jenna, mold T1 done for the feeder hopper FH-PC-200. When can we make samples?
[6/3/24, 8:47:40 PM] Leo Zhang Huarui: <Media omitted>
[6/4/24, 7:58:03 AM] Jenna Hartley: Hi Leo! Great news
[6/4/24, 7:59:26 AM] Jenna Hartley: You're good to make the first article samples now. Hold the rest until Dr. Sorensen signs off the samples and I send you a written release
[6/4/24, 7:59:51 AM] Jenna Hartley: Sample material only pls
[6/4/24, 8:05:37 AM] Leo Zhang Huarui: OK Jenna, thank you. Samples ready next week
""")])

# p39: deposit paid so start the pilot lot; no quantity; remittance PDF attached
_rem = pdf([
    ("h1", "REMITTANCE ADVICE"),
    ("p", "Corrib Preclinical Ltd - Accounts Payable - Parkmore West, Galway"),
    ("table", [
        ["Payee", "Alföld Labortechnika Kft., Kecskemét"],
        ["Payment date", "21/05/2024"],
        ["Bank ref.", "SEPA CT 2405210088"],
    ]),
    ("table", [
        ["Document", "Description", "Amount"],
        ["AL-PI-24-0133", "Deposit 30 % - feeder hopper FH-400 pilot lot and tooling", "EUR 4.212,00"],
        ["", "Total paid", "EUR 4.212,00"],
    ]),
], title="Remittance advice", author="Corrib Preclinical")
_t = """Hi Krisztina,

The 30% deposit on your proforma AL-PI-24-0133 went out today - remittance advice attached.

So you can start the pilot lot now.

The production balance isn't released: it stays on hold until Ciarán signs off the pilots and Aoife Brennan (Operations Director) gives you the written release.

Thanks,
Niamh
""" + SIG_NIAMH
case("p39_deposit_start_pilot_lot_ie", ["RG010", "RG012"],
     "'deposit went out ... so you can start the pilot lot now': payment treated as go signal, and no pilot quantity stated anywhere",
     [eml_file("Deposit_AL-PI-24-0133.eml", mail(
         NIAMH, KRISZTINA, "Deposit paid - AL-PI-24-0133 / FH-400 pilot lot", "Tue, 21 May 2024 12:44:00 +0100", _t,
         attachments=[("Remittance_AL-PI-24-0133.pdf", _rem, PDF_MT)]))])

# p40: production release letter without a quantity
case("p40_release_letter_no_qty_ch", ["RG010"],
     "Signed production release after sample sign-off never states the quantity released; further quantities on hold for Beat Zürcher",
     [("PR-ALP-24-017.docx", docx_bytes([
         ("h1", "Production Release / Produktionsfreigabe PR-ALP-24-017"),
         ("p", "Alpenwald Pharma AG, Forschungscampus Muttenz - 15.05.2024"),
         ("table", [
             ["Supplier", "Alföld Labortechnika Kft., Kecskemét"],
             ["Order", "PO 4500320344 - feeder hopper FH-400, drawing ALP-DRW-0400 Rev 07"],
             ["Unlock event", "sample sign-off of 14.05.2024 by Dr. Regula Kämpf (report SO-24-031, disposition: full)"],
         ]),
         ("sp",),
         ("p", "With this letter, production of the feeder hopper FH-400 is released per PO 4500320344."),
         ("p", "Any further quantities remain on hold until the next written release by Beat Zürcher."),
         ("p", "Material authority: staged, for the released production only."),
         ("sp",),
         ("p", "Beat Zürcher, Head Animal Facility Operations (release authority)"),
     ], author="Beat Zürcher"))])

# p41: ERP PO stating the sample quantity twice differently (24 vs 42)
case("p41_erp_po_24_vs_42_ie", ["RG011"],
     "One PO printout: header 'authorised qty (samples): 24', line quantity 42; scope otherwise complete",
     [("Corrib_PO_CP-24-0220.txt", """CORRIB PRECLINICAL LTD                                  PURCHASE ORDER
Parkmore West, Galway H91 P2X7, Ireland                 PO No : CP-24-0220
VAT IE 3355512KH                                        Date  : 13/05/2024
                                                        Buyer : Niamh Fahy
Supplier: SUZHOU HUARUI LABORATORY EQUIPMENT CO., LTD (S-0412)

Authorised qty (samples)  : 24
Quoted programme          : 600 (24 samples + 576 series)
Scope note                : Balance 576 NOT released - on hold until sample
                            sign-off by Ciaran Doyle and written release by
                            Aoife Brennan (Operations Director).
                            Material authority: sample-only.
--------------------------------------------------------------------------
Ln  Item     Description                          Qty  UoM   Price    Value
 1  CH-100   Cage card holder PC clear 100x65     42   EA    2.45    102.90
             sample - dwg CP-ENG-0100 Rev A
--------------------------------------------------------------------------
                                          Total USD              102.90
Incoterms 2020 FCA Suzhou - Payment 30 days EOM
""")])

# p42: multi-file: SAP PO (20 samples, 4500321877) + supplier proforma (25 pcs, PO 4500312877)
case("p42_bundle_po_proforma_mismatch_ch", ["RG011"],
     "PO 4500321877 orders 20 sample rails; the supplier proforma for the same order quotes PO 4500312877 and 25 pcs",
     [("SAP_PO_4500321877.txt", """ALPENWALD PHARMA AG                                     BESTELLUNG / PURCHASE ORDER
Forschungscampus Muttenz, Einkauf                       Nr.   4500321877
CH-4132 Muttenz                                         Datum 06.05.2024
Lieferant: 200912 ALFÖLD LABORTECHNIKA KFT., H-6000 KECSKEMÉT
Einkäufer: U. Brändli  +41 61 555 27 14

Pos  Material  Kurztext                                Menge  ME   Preis CHF   Wert CHF
---  --------  --------------------------------------  -----  --   ---------   --------
 10  RR-1200   RACK RAIL 1200MM 1.4301 ALP-DRW-1200/05   20  ST       46.00     920.00
               MUSTER / SAMPLES, LT KW 21
-------------------------------------------------------------------------------------
Kopftext / scope:
 Only the 20 sample rails are released. The balance of 780 pcs is not released;
 it stays on hold until the sample sign-off by Dr. Regula Kämpf and a written
 release by Beat Zürcher, Head Animal Facility Operations.
 Material authority: sample-only.
Incoterms 2020 DAP Muttenz - Zahlung 30 Tage netto
"""),
      ("Proforma_AL-PI-24-0140.pdf", pdf([
          ("h1", "PROFORMA INVOICE / DIJBEKERO AL-PI-24-0140"),
          ("p", "Alföld Labortechnika Kft., Szegedi út 41, H-6000 Kecskemét - HU 12555318"),
          ("p", "Customer: Alpenwald Pharma AG, Muttenz - your order no. 4500312877 of 06.05.2024"),
          ("table", [
              ["Item", "Description", "Qty", "Unit price", "Amount"],
              ["1", "Rack rail RR-1200, 1.4301, sample", "25 pcs", "CHF 46.00", "CHF 1 150.00"],
              ["", "Total", "", "", "CHF 1 150.00"],
          ]),
          ("p", "Advance payment 100 % before shipment. Bank: OTP Bank, IBAN HU42 1177 3016 1111 1018 0000 0000."),
          ("p", "Szabó Krisztina"),
      ], title="AL-PI-24-0140", author="Alföld Labortechnika"))])

# p43: mail says 500 released; forwarded release (rfc822) with PDF says 550
_rel = pdf([
    ("h1", "PRODUCTION RELEASE R-ARC-24-009"),
    ("p", "Straits Biomedical Research Institute - Animal Resource Centre - 07 Jun 2024"),
    ("table", [
        ["Part", "Filter top FT-1500, PSU, drawing SBRI-ARC-1500 Rev 2"],
        ["Supplier / PO", "Suzhou Huarui Laboratory Equipment Co., Ltd. / PO 7100004566"],
        ["Unlock event", "Sample sign-off by Dr Rajesh Pillai, 02 Jun 2024"],
    ]),
    ("table", [
        ["", "Qty"],
        ["Samples (delivered)", "40"],
        ["Released with this notice", "550"],
        ["Cumulative released", "590"],
        ["Balance on hold", "1,410"],
    ]),
    ("p", "The balance stays on hold until the next written release by Goh Siew Hoon. Material authority: 590 pcs."),
    ("p", "Goh Siew Hoon, Deputy Director (Operations)"),
], title="R-ARC-24-009", author="SBRI")
_fwd = mail(GOH, WEILING, "Release R-ARC-24-009 - Huarui FT-1500", "Fri, 07 Jun 2024 16:02:00 +0800",
            """Wei Ling,

Attached the signed release R-ARC-24-009 for Huarui. Pls send on.

Thanks
Siew Hoon
""", attachments=[("R-ARC-24-009.pdf", _rel, PDF_MT)])
_t = """Dear Leo,

Please see the forwarded release from Ms Goh below.

In short: 500 pcs FT-1500 released for production under PO 7100004566. The remaining 1,460 pcs stay on hold until the next written release from Ms Goh.

Regards,
Wei Ling
""" + SIG_WEILING
case("p43_fwd_release_500_vs_550_sg", ["RG011"],
     "Cover mail says 500 released and 1,460 on hold; the forwarded signed release (rfc822 + PDF) says 550 and 1,410",
     [eml_file("FW_R-ARC-24-009.eml", mail(
         WEILING, LEO, "FW: Release R-ARC-24-009 - Huarui FT-1500", "Mon, 10 Jun 2024 08:35:00 +0800", _t,
         html=txt2html(_t), attachments=[("rfc822", _fwd)]))])

# p44: supplier order confirmation: PO acceptance starts serial production; material for all 1 200 ordered
case("p44_order_confirmation_acceptance_hu", ["RG006", "RG012"],
     "Supplier order confirmation: by PO acceptance the serial 1 170 starts and PP material for all 1 200 is ordered",
     [("Visszaigazolas_AL-OC-24-0211.docx", docx_bytes([
         ("h1", "Order Confirmation / Rendelés-visszaigazolás AL-OC-24-0211"),
         ("p", "Alföld Labortechnika Kft., Kecskemét - 06.05.2024"),
         ("p", "To: Corrib Preclinical Ltd, Galway - Ms Niamh Fahy"),
         ("table", [
             ["Your PO", "CP-24-0229 of 02.05.2024"],
             ["Part", "Feeder hopper FH-400, PP natural, drawing CP-ENG-0400 Rev A"],
         ]),
         ("table", [
             ["Line", "Description", "Qty", "Unit price"],
             ["10", "FH-400 samples", "30 pcs", "EUR 16,90"],
             ["20", "FH-400 serial (commercial cover)", "1 170 pcs", "EUR 6,95"],
         ]),
         ("p", "By signing this order confirmation (PO acceptance) we start the serial production of the 1 170 pcs "
               "in week 21, and the PP material for all 1 200 pcs is ordered."),
         ("p", "Samples 30 pcs: delivery week 19, DAP Galway."),
         ("p", "Üdvözlettel / Best regards, Nagy Péter, Sales"),
     ], author="Nagy Péter"))])

# p45: supplier portal: deposit received -> released for production (auto)
case("p45_portal_deposit_auto_release_my", ["RG012"],
     "Supplier portal: production of the order 'released automatically upon receipt of deposit'",
     [("Vivotek_portal_PV-PI-24-061.html", html_page("Vivotek Customer Self-Service", """
<h2>Penang Vivotek Polymers &ndash; Customer Self-Service &ndash; Proforma &amp; Payment Status</h2>
<p>Customer: Scioto Valley State University (Columbus, Ohio) &nbsp; Part: WBH-16 water bottle holder, 16 oz</p>
<table>
<tr><th>Proforma</th><th>Order qty</th><th>Deposit 30%</th><th>Received</th><th>Order status</th></tr>
<tr><td>PV-PI-24-061</td><td>1,200 (50 samples + 1,150 production)</td><td>USD 1,140.00</td><td>2024-05-08</td><td><b>RELEASED FOR PRODUCTION</b> (auto on deposit receipt)</td></tr>
</table>
<div class="note">Production released automatically upon receipt of deposit as per our standard terms of sale (clause 4.2).</div>
<p>Questions: planning@vivotek-polymers.com.my</p>
"""))])


# ===================================================================== BUILD
RULES = [f"RG{n:03d}" for n in range(1, 13)]


def check_cases():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case id"
    assert len(CASES) == 70, len(CASES)
    assert sum(1 for c in CASES if not c["expect"]) == 25
    for c in CASES:
        assert c["name"][0] in "cp" and (c["name"][0] == "c") == (not c["expect"]), c["name"]
        assert all(r in RULES for r in c["expect"]), c["name"]
    for r in RULES:
        n = sum(1 for c in CASES if r in c["expect"])
        assert n >= 6, (r, n)


def build():
    check_cases()
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    order = list(range(len(CASES)))
    random.Random(226226).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h226_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    build()
