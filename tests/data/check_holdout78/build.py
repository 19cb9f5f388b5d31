#!/usr/bin/env python3
"""Generator for the releasegate check_holdout78 corpus.

Hygienic process equipment (pharma, dairy, brewery, food) -- sanitary valves, clamps,
tubing spools, sight glasses, skid frames.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout78/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
The renderer helpers are copied from check_holdout3/build.py.
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
SEED = 7878
PREFIX = "h78"


def case(name, expect, note, files):
    """files: list of (filename, bytes | str)."""
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


# ------------------------------------------------------------ own small helpers
def q(text, depth=1):
    """Quote a block of text as in a reply ('> ' per level)."""
    pre = "> " * depth
    return "\n".join((pre + ln).rstrip() for ln in text.strip("\n").split("\n"))


def plain_sig(lines):
    """A signature without the disclaimer (vendors often have none)."""
    return "\n-- \n" + "\n".join(lines) + "\n"


def html_mail(text):
    """Very small text->HTML for multipart/alternative bodies."""
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + \
        "\n".join(out) + "\n</body></html>\n"


# ###################################################################### CASES

# ------------------------------------------------------------------ batch 1

# B1: bare sample PO + quote with series tier, nothing about the balance
_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Glanmire Dairy Ingredients Ltd - Mitchelstown Road, Glanmire, Co. Cork, T45 XK22, Ireland - VAT IE 6388147K"),
    ("table", [["PO number", "4500081122"], ["PO date", "12 March 2024"],
               ["Supplier", "Shreeji Sanitary Valves Pvt. Ltd., Plot 214, GIDC Phase II, Vatva, Ahmedabad 382445, India"],
               ["Supplier no.", "100734"], ["Buyer", "Sinead Walsh, +353 21 482 6610"],
               ["Incoterms", "DAP Mitchelstown (Incoterms 2020)"], ["Payment", "60 days end of month"],
               ["Currency", "EUR"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Net"],
               ["10", "7700-0651", "Butterfly valve DN65, DIN 11850 weld ends, body/disc 1.4404, EPDM seat, "
                "manual handle with proximity-switch feedback - sample", "4", "pc", "186.00", "744.00"]]),
    ("sp",),
    ("p", "Reference: your quotation SSV/Q/24-0317 rev 2 of 6 March 2024."),
    ("p", "Documentation per valve: EN 10204 3.1 certificates (body, disc, stem); roughness report, "
          "Ra <= 0.8 um product contact; EPDM declarations (FDA 21 CFR 177.2600, EC 1935/2004); "
          "pressure test report."),
    ("p", "Marking: tag numbers XV-6101 to XV-6104 on stainless tags, PO number on every carton."),
    ("p", "Our General Terms of Purchase GTP-2023 apply. Please quote the PO number on all "
          "correspondence, delivery notes and invoices."),
], title="PO 4500081122", author="Glanmire Dairy Ingredients")
_qt = pdf([
    ("h1", "QUOTATION"),
    ("p", "Shreeji Sanitary Valves Pvt. Ltd. - Plot 214, GIDC Phase II, Vatva, Ahmedabad 382445, Gujarat, India - "
          "ISO 9001:2015 certified - GSTIN 24AAGCS4471M1Z8"),
    ("table", [["Quotation no.", "SSV/Q/24-0317 rev 2"], ["Date", "06.03.2024"],
               ["Customer", "Glanmire Dairy Ingredients Ltd, Co. Cork, Ireland"],
               ["Kind attn.", "Ms. Sinead Walsh"], ["Validity", "45 days"]]),
    ("sp",),
    ("table", [["Sr.", "Description", "Qty", "Unit price EUR", "Amount EUR", "Delivery"],
               ["1", "Butterfly valve DN65, DIN 11850 weld ends, 1.4404, EPDM, handle + feedback - sample lot",
                "4 nos.", "186.00", "744.00", "5 weeks"],
               ["2", "Butterfly valve DN65, DIN 11850 weld ends, 1.4404, EPDM, handle + feedback - series lot",
                "160 nos.", "142.50", "22,800.00", "12 weeks"]]),
    ("sp",),
    ("p", "Terms: prices ex-works Ahmedabad. Seaworthy wooden packing extra at actuals. Samples by air "
          "freight, series by sea. Payment 60 days from date of invoice. Documentation as per your "
          "enquiry (3.1 certificates, Ra report, elastomer declarations) included in price."),
    ("p", "Thanking you and assuring you of our best services at all times."),
    ("p", "For Shreeji Sanitary Valves Pvt. Ltd. - Rakesh Patel, Manager - Exports"),
], title="Quotation SSV/Q/24-0317 rev 2", author="Shreeji Sanitary Valves")
_txt = """Dear Rakesh,

Thanks for the quick turnaround on the revised quotation.

Please find attached our purchase order 4500081122 for four (4) sample butterfly
valves DN65, EPDM seat, 1.4404, manual handle with position feedback, per your
quotation SSV/Q/24-0317 rev 2 (also attached).

Delivery to our Mitchelstown site, DAP, by week 19 please. Each valve needs the
3.1 certificate for body and disc, the roughness report (Ra <= 0.8 um product
contact) and the EPDM FDA / EC 1935 declaration. Please mark the cartons with
the PO number and the tag numbers XV-6101 to XV-6104.

Our process engineer Ciaran O'Donovan will be in touch about the FAT date - he
would like to see each valve cycled 500 times on your test bench before packing.

Kind regards,
Sinead
""" + sig("Sinead Walsh", "Procurement Lead", "Glanmire Dairy Ingredients Ltd", "+353 21 482 6610")
_m = mail("Sinead Walsh <sinead.walsh@glanmiredairy.ie>", "Rakesh Patel <rakesh@shreejivalves.in>",
          "PO 4500081122 - butterfly valves DN65 - samples", "Tue, 12 Mar 2024 15:41:07 +0000", _txt,
          html=html_mail(_txt),
          attachments=[("PO_4500081122.pdf", _po, PDF_MT), ("SSV-Q-24-0317-rev2.pdf", _qt, PDF_MT)])
case("p_ie_butterfly_bare", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 4 with attached quote showing 160 series; nothing on balance, unlock event or release person",
     [("PO_4500081122_mail.eml", eml_bytes(_m))])


# B2: SAP printout, sample order, header text shows the series tier
_sap = """Rheintal Pharma AG                                            PURCHASE ORDER
Werk Visp - Einkauf / Purchasing                                   Page 1 of 1
Lonzastrasse 12, CH-3930 Visp
-------------------------------------------------------------------------------
PO number   : 4500231877                 Date      : 11.03.2024
Vendor      : 200418 Sichtglas Technik Weber GmbH
              Am Gewerbepark 7, D-73033 Goeppingen
Buyer       : M. Keller   Tel +41 27 948 11 20   martina.keller@rheintalpharma.ch
Currency    : EUR                        Incoterms : FCA Goeppingen
Payment     : 30 days net                Plant     : VS01 / Bldg. 1000
-------------------------------------------------------------------------------
Item  Material     Description                         Qty UoM   Price   Deliv.
-------------------------------------------------------------------------------
00010 7100-3310    Sight glass DN80 PN10 DIN 11851       2  PC  412,00  KW 16
                   1.4435, borosilicate DIN 7080,
                   EPDM seals FDA, Ra <= 0.5 um
-------------------------------------------------------------------------------
                                              Net value          824,00 EUR
-------------------------------------------------------------------------------
Header text:
Sample order per your quotation ANG-24-0412 dated 04.03.2024
(2 samples; series 60 pcs at EUR 368,00/pc).
Samples with 3.1 certificates EN 10204, Ra report and FDA
declaration for the seals. Glass with DIN 7080 test certificate.
Deliver to goods receipt Bldg. 1000, gate 3, Mon-Fri 07:00-15:30.

Item text 00010:
Tag nos. SG-1101 and SG-1102. Light fitting not required.

This order is subject to our General Terms of Purchase (AEB 2022).
Printed 11.03.2024 14:06 / user MKELLER / ME9F
"""
case("p_ch_sightglass_sap_bare", ["RG001", "RG003", "RG004", "RG005"],
     "SAP sample PO for 2 shows series 60 in header text; no hold, no unlock event, no release person",
     [("ME9F_4500231877.txt", _sap)])


# B3: chat, 10 samples after a 2,000 pcs quote line, nothing about the rest
_chat = """12/03/2024, 08:14 - Lee Soo-yeon (Daewon): Good morning Mr. Holm. I send quotation DCT-Q-2403-118 by mail yesterday, 2" heavy duty tri-clamp, 1.4408 investment cast, wing nut, for your BBT line. Sample 10 pcs USD 14.20/pc, mass production 2,000 pcs USD 6.85/pc. Please check \U0001f64f
12/03/2024, 08:31 - Mads Holm: Morning Soo-yeon, got it thanks. Price is ok for us.
12/03/2024, 08:32 - Mads Holm: Pls make 10 pcs as samples. PO 4700231 will come out of our system tomorrow, it needs the usual signature round here first
12/03/2024, 08:32 - Mads Holm: we need them in Copenhagen by wk 16 at the latest, the trial on the bright beer tanks is planned for wk 17
12/03/2024, 08:40 - Lee Soo-yeon (Daewon): Noted with thanks. 10 pcs sample, delivery by DHL to Copenhagen before wk 16. Do you need gasket also?
12/03/2024, 08:44 - Mads Holm: yes 10 x EPDM gaskets 2", white, FDA. and pls include the 3.1 for the castings
12/03/2024, 08:45 - Lee Soo-yeon (Daewon): OK \U0001f44d
12/03/2024, 08:45 - Lee Soo-yeon (Daewon): <Media omitted>
12/03/2024, 08:46 - Lee Soo-yeon (Daewon): this is the drawing DCT-2HD-07 rev 3, same as last time
13/03/2024, 09:02 - Lee Soo-yeon (Daewon): PO 4700231 received, thank you. Sample production start today.
13/03/2024, 09:10 - Mads Holm: \U0001f44c
"""
case("p_dk_clamps_chat_bare", ["RG001", "RG003", "RG004", "RG005"],
     "chat: buyer orders 10 samples beside a 2,000 pcs quote line; balance, unlock event and release person never mentioned",
     [("WhatsApp Chat with Lee Soo-yeon Daewon.txt", _chat)])


# c1: supplier quote with sample and series tiers (clean)
_qt = pdf([
    ("h1", "OFFERTA / QUOTATION"),
    ("p", "Valvole Sanitarie Brianza S.r.l. - Via dell'Artigianato 31, 20835 Muggio (MB), Italia - "
          "P.IVA IT 03988120961"),
    ("table", [["Offer no.", "OF-24/0219"], ["Date", "27.02.2024"],
               ["Customer", "Vanderlinde Foods NV, Industrieweg 88, 9000 Gent, Belgium"],
               ["Attn.", "Mrs. Ellen Maes, Procurement"], ["Your enquiry", "RFQ VF-2024-031, line 3 retrofit"],
               ["Validity", "60 days"]]),
    ("sp",),
    ("table", [["Pos.", "Description", "Qty", "Unit price EUR", "Delivery"],
               ["1", "Mix-proof valve DN80, 1.4404, EPDM, actuator NC, control top with 2 feedbacks - FAT samples",
                "6 pcs", "1.940,00", "6 weeks from PO"],
               ["2", "Same, series", "120 pcs", "1.615,00", "10 weeks from your written production release"],
               ["3", "Same, series, price break", "240 pcs", "1.560,00", "10 weeks from your written production release"]]),
    ("sp",),
    ("p", "Quantities in pos. 2 and 3 are quoted price levels for your budgeting; they are not ordered "
          "by the acceptance of this offer."),
    ("p", "Included: 3.1 certificates EN 10204 for all wetted parts, Ra <= 0.8 um internal, "
          "EPDM to FDA 21 CFR 177.2600 and EC 1935/2004, ATEX not required. FAT at our works in Muggio, "
          "two days, customer inspector welcome."),
    ("p", "Payment: 60 days end of month. Delivery: FCA Muggio (Incoterms 2020). Packing included."),
    ("p", "Distinti saluti / Best regards - Marco Colombo, Area Manager Benelux"),
], title="Offer OF-24/0219", author="Valvole Sanitarie Brianza")
case("c_it_quote_tiers", [],
     "supplier quote with FAT sample tier and two series price levels; no authorization, so nothing to flag",
     [("OF-24-0219_Vanderlinde.pdf", _qt)])


# c2: supplier asks whether it may go ahead with the balance; buyer scope quoted below
_orig = """-----Original Message-----
From: Eoin Byrne <eoin.byrne@carlowbiopharma.ie>
Sent: Tuesday, March 5, 2024 4:18 PM
To: Kim Min-jun <mj.kim@hanjinsanitary.co.kr>
Cc: Aoife Kennedy <aoife.kennedy@carlowbiopharma.ie>
Subject: PO 4500092210 - diaphragm valves DN25 - samples

Dear Min-jun,

Please find PO 4500092210 for twelve (12) sample diaphragm valves DN25, 1.4435
forged body, EPDM diaphragm, Ra <= 0.4 um electropolished, per your quotation
HJ-2402-066.

So there is no misunderstanding on scope: only the 12 samples are released. The
remaining 228 pcs of the quoted 240 are not released and stay on hold until our
validation engineer, Aoife Kennedy, has signed off the samples and I have issued
a written production release. Please do not buy material or start anything for
the 228 before that.

Regards,
Eoin Byrne
Supply Chain Manager, Carlow BioPharma Ltd
"""
_txt = """Dear Mr. Byrne,

Good day to you.

We are pleased to inform that the 12 pcs sample diaphragm valves passed our
internal test (hydro test 10 bar, helium leak test 1x10-6 mbar.l/s, Ra 0.38 um
average on weir). They are shipped today by DHL, AWB 4417 2093 51. Test reports
and 3.1 certificates will follow by separate mail tonight.

Our workshop have free capacity from week 17. Could you kindly let us know if we
may go ahead with bal. 228 pcs now, or should we wait for validation result from
Ms. Kennedy? We ask only for our capacity planning, we do not start anything
before your written release.

Best regards,
Kim Min-jun
Overseas Sales Team
Hanjin Sanitary Co., Ltd.
32, Noksansaneop-ro, Gangseo-gu, Busan, Korea
Tel +82 51 974 2210

""" + _orig
_m = mail("Kim Min-jun <mj.kim@hanjinsanitary.co.kr>", "Eoin Byrne <eoin.byrne@carlowbiopharma.ie>",
          "RE: PO 4500092210 - diaphragm valves DN25 - samples", "Mon, 8 Apr 2024 17:52:31 +0900", _txt,
          cc="Aoife Kennedy <aoife.kennedy@carlowbiopharma.ie>", in_reply_to="<h78-0901@carlowbiopharma.ie>")
case("c_kr_question_balance", [],
     "supplier asks whether it may go ahead with bal. 228 (a question); quoted buyer PO names 12, hold, sign-off and Eoin Byrne",
     [("RE_PO_4500092210.eml", eml_bytes(_m))])


# c3: labelled forecast printout (clean)
_fc = """NORDHAVN BRYGGERI A/S                              FORECAST / DELIVERY PLAN
Indkoeb / Purchasing, Sundkrogsgade 40, DK-2150 Nordhavn            Page 1/1
==============================================================================
Vendor      : 300912 Daewon Clamp Tech Co., Ltd., Gimhae, Korea
Material    : 5200-0212  Tri-clamp 2" heavy duty, 1.4408, wing nut
Agreement   : 5500000417 (frame agreement - prices and terms only)
Printed     : 02.04.2024 07:55   User: MHOLM   Transaction: ME38
------------------------------------------------------------------------------
***  NON-BINDING FORECAST - NOT A PURCHASE ORDER                           ***
***  The quantities below are for your capacity planning only. They        ***
***  authorize no production and no material purchase. Quantities are      ***
***  ordered only by call-off (abkald) issued by Nordhavn Purchasing.      ***
------------------------------------------------------------------------------
Period      Forecast qty   Cum. qty   Remark
2024-Q3           600           600   BBT line 2 + CIP upgrade
2024-Q4           450         1.050
2025-Q1           500         1.550
2025-Q2           450         2.000   depends on 2025 capex budget
------------------------------------------------------------------------------
Open call-offs under 5500000417: none
Last call-off: 5500000417/0007 of 14.11.2023, 300 PC, delivered complete.
------------------------------------------------------------------------------
Contact: Mads Holm, Category Manager, +45 33 27 44 10, mh@nordhavnbryg.dk
"""
case("c_dk_forecast_labelled", [],
     "SAP delivery plan clearly labelled as non-binding forecast, not an order; no authorization",
     [("ME38_forecast_5200-0212.txt", _fc)])


# V1: series on hold until further notice, person named, no unlock event
_po = pdf([
    ("h1", "Bestellung / Purchase Order 4500231990"),
    ("p", "Rheintal Pharma AG, Einkauf Werk Visp, Lonzastrasse 12, CH-3930 Visp"),
    ("table", [["Date", "18.03.2024"], ["Supplier", "Edelstahl Rahmenbau Schwarz GmbH, Industriestr. 19, D-78224 Singen"],
               ["Supplier no.", "200562"], ["Contact", "Martina Keller, Project Engineer, +41 27 948 11 20"],
               ["Project", "P-2291 Buffer prep skid line 2"], ["Incoterms", "DAP Visp"], ["Payment", "30 days net"]]),
    ("sp",),
    ("table", [["Pos.", "Description", "Qty", "Unit", "Price CHF", "Status"],
               ["10", "Skid base frame SF-200 per drawing SF-200-01 Rev D, 1.4301, ground and brushed, "
                "levelling feet M20, lifting lugs - prototype", "1", "pc", "6'850.00", "released for fabrication"],
               ["20", "Skid base frame SF-200 per drawing SF-200-01 Rev D - series", "11", "pc", "5'920.00",
                "NOT released - on hold"]]),
    ("sp",),
    ("h", "Scope note"),
    ("p", "Only pos. 10 (one prototype frame) may be fabricated now. Pos. 20 (11 frames) is on hold until "
          "further notice. Please do not cut, order sheet or reserve workshop capacity for pos. 20. "
          "Only Urs Bachmann, Head of Procurement, can lift this hold."),
    ("h", "Technical requirements"),
    ("p", "Welding per EN 1090-2 EXC2; all welds continuous, ground flush, no crevices or lap joints on "
          "horizontal surfaces (hygienic design per EHEDG Doc. 8). Surface finish brushed grain 240 on "
          "visible faces. Weld log and material certificates 3.1 to be delivered with the frame. "
          "Dimensional report against drawing SF-200-01 Rev D."),
    ("p", "Mit freundlichen Gruessen / Kind regards - Martina Keller"),
], title="PO 4500231990", author="Rheintal Pharma AG")
case("p_ch_frames_hold_no_event", ["RG004"],
     "prototype frame released, 11 series frames on hold 'until further notice' - person (Urs Bachmann) named but no unlock event",
     [("PO_4500231990.pdf", _po)])


# V2: remaining spools 'parked for now', no event, no named person
_txt = """Dear Giulia,

Thank you for the call this morning.

As agreed, our PO 7700412 (the Coupa system mail reached you yesterday) covers
the 6 first-off spools for the CIP supply header, ISO sheets CIP-101 to CIP-106,
rev C.

Fabrication requirements are the same as for the Roenne project:
- orbital TIG, 100% borescope of product-contact welds with recorded video
- weld log per spool with welder ID and heat numbers
- pickling and passivation per ASTM A967, internal Ra <= 0.6 um
- ISO sheet number and spool number on a stainless tag, end caps on all open ends

The remaining 42 spools of the header (CIP-107 to CIP-148) are parked for now -
please don't start on them. We will come back to you.

Best regards / Med venlig hilsen
Henrik Soerensen
Project Engineer
Aarhus Process Engineering ApS
Sommervej 31, DK-8210 Aarhus V
+45 87 34 19 02
"""
_m = mail("Henrik Soerensen <hs@aarhusprocess.dk>", "Giulia Furlan <g.furlan@inoxtubiveneto.it>",
          "PO 7700412 - CIP supply header - first-off spools", "Wed, 20 Mar 2024 11:27:40 +0100", _txt)
case("p_dk_spools_parked", ["RG004", "RG005"],
     "6 first-off spools released, remaining 42 'parked for now'; no unlock event and only 'we will come back to you'",
     [("PO_7700412_first-off.eml", eml_bytes(_m))])


# T1: proceed with 'the sample valves' - no quantity anywhere
_txt = """Hi Mr. Park,

Following our Teams call on Tuesday: please proceed with manufacturing the
sample aseptic sampling valves (HJ-SV-15, 1/2" tri-clamp inlet, 316L, Ra <= 15
uin / 0.38 um, EPDM) per our spec KB-ES-0412 rev B. PO 7100-23017 covers them;
you'll get the PO from Coupa today.

The production quantity on your quote is NOT released. It stays on hold until
our QC lab has signed off the sample valves (steam cycling and leak test, about
three weeks after receipt), and then only a written production release signed
by Jenna Ortiz, Supply Chain Director, releases it.

Please ship the samples with the 3.1 certs, the Ra map and the USP Class VI
certificates for the elastomers.

Thanks,
Dana
""" + sig("Dana Whitfield", "Senior Buyer, Direct Materials", "Keystone Biologics Inc., Princeton, NJ",
          "+1 609 555 0142")
_m = mail("Dana Whitfield <dwhitfield@keystonebio.com>", "J.H. Park <jhpark@hanjinsanitary.co.kr>",
          "Sample valves HJ-SV-15 / PO 7100-23017", "Thu, 14 Mar 2024 10:05:12 -0400", _txt,
          html=html_mail(_txt), cc="Jenna Ortiz <jortiz@keystonebio.com>")
case("p_us_sampling_valves_noqty", ["RG010"],
     "sample authorization with hold, QC sign-off and Jenna Ortiz named, but the sample quantity is never stated",
     [("Sample valves HJ-SV-15.eml", eml_bytes(_m))])


# A1: 'All good from my side, you can go ahead.'
_txt = """Hi Marco,

Looked at the photos and the borescope video this morning - the welds on the
valve housings look clean and the Ra readings are all below 0.5. All good from
my side, you can go ahead.

Pieter

Pieter Claes | Project Engineer | Vanderlinde Foods NV | Industrieweg 88, 9000 Gent
T +32 9 265 71 40

On Tue, 23 Apr 2024 at 17:02, Marco Colombo <m.colombo@vsbrianza.it> wrote:
> Dear Pieter, dear Ellen,
>
> the 6 FAT valves are finished. Please find the link to photos and borescope
> video (WeTransfer, valid 7 days) and the Ra measurement protocol attached.
> We wait for your decision.
>
> Best regards
> Marco Colombo
> Area Manager Benelux - Valvole Sanitarie Brianza S.r.l.
>
> On 12/03/2024 10:15, Ellen Maes wrote:
>> Dear Marco,
>>
>> Attached PO 4502-118840 for six (6) mix-proof valves DN80 for FAT, per
>> your offer OF-24/0305.
>>
>> The remaining 114 valves of the offer are not released: they stay on hold
>> until Pieter Claes has signed off the FAT valves and I have sent you a
>> written production release.
>>
>> Kind regards,
>> Ellen Maes
>> Procurement Manager, Vanderlinde Foods NV
"""
_m = mail("Pieter Claes <pieter.claes@vanderlindefoods.be>", "Marco Colombo <m.colombo@vsbrianza.it>",
          "Re: FAT valves DN80 - PO 4502-118840", "Wed, 24 Apr 2024 08:48:19 +0200", _txt,
          cc="Ellen Maes <ellen.maes@vanderlindefoods.be>", in_reply_to="<h78-0902@vsbrianza.it>")
case("p_be_go_ahead_photos", ["RG002"],
     "engineer's 'All good from my side, you can go ahead' after FAT photos names neither samples nor a quantity; PO scope quoted is complete",
     [("Re_FAT_valves_DN80.eml", eml_bytes(_m))])


# M1: supplier bought forgings for all 160 though only 8 released
_txt = """Dear Madam,

Greetings from Shreeji!

Please find below weekly progress for PO 4500081577:

1. 8 nos. sample valves - body machining completed, ball and stem in process.
2. Electropolishing planned on 04.04.2024, after that pressure test and Ra
   measurement.
3. FAT: we propose 16.04.2024 or 17.04.2024, kindly confirm to Mr. Ciaran.

Also to kindly inform that we are aware balance 152 nos. is not released. But
considering 14-16 weeks delivery of forged bodies from our forging vendor, we
have already placed the order for forgings of complete 160 nos. (heat no. will
be same for all, which is good for your 3.1 certificates). This way series
delivery will not get delayed after your release.

Thanking you and assuring you of our best services at all times,

Rakesh Patel
Manager - Exports
Shreeji Sanitary Valves Pvt. Ltd., Ahmedabad
+91 79 2583 4410

-----Original Message-----
From: Sinead Walsh <sinead.walsh@glanmiredairy.ie>
Sent: 19 March 2024 11:02
To: Rakesh Patel <rakesh@shreejivalves.in>
Subject: PO 4500081577 - ball valves DN50 - 8 samples

Dear Rakesh,

PO 4500081577 attached for eight (8) sample ball valves DN50, cavity-filled,
1.4404, per your quotation SSV/Q/24-0351.

Only these 8 are released. The balance of 152 on your quotation is not released
and is on hold until Ciaran O'Donovan has signed off the samples after the FAT
and I have sent a written production release. No material for the balance at
our cost, please.

Kind regards,
Sinead Walsh
Procurement Lead, Glanmire Dairy Ingredients Ltd
"""
_m = mail("Rakesh Patel <rakesh@shreejivalves.in>", "Sinead Walsh <sinead.walsh@glanmiredairy.ie>",
          "Weekly progress report - PO 4500081577 - ball valves DN50", "Fri, 29 Mar 2024 18:20:55 +0530", _txt,
          cc="Ciaran O'Donovan <ciaran.odonovan@glanmiredairy.ie>")
case("p_in_forgings_full_lot", ["RG006"],
     "supplier ordered forgings for all 160 while only 8 are released and the PO said no material for the balance",
     [("Weekly progress report PO 4500081577.eml", eml_bytes(_m))])


# C1: supplier says it will continue directly once the first-offs are approved
_txt = """Dear Mr. Janssens,

thank you for the order 45-2024-118, well received.

We confirm the three first-off spools for week 17. The borescope videos will
come on USB stick with the spools, the weld log by email in advance.

Just for your information how we organise: as we do with all our clients, as
soon as Mr. Peeters approves the first-off spools at our works, we will
continue directly with the remaining spools, so that no time is lost for
paperwork and the line can be finished before your summer shutdown. Our
welders are booked for you from week 18.

Best regards / Cordiali saluti
Luca Bertolin
Ufficio Tecnico-Commerciale
Inox Tubi Veneto S.r.l. - Via Padova 112, 35010 Vigodarzere (PD)
Tel. +39 049 767 2281

> From: Kristof Janssens <kristof.janssens@brasserievallee.be>
> Sent: Monday, 25 March 2024 14:10
> Subject: Order 45-2024-118 - wort line 3 - first-off spools
>
> Dear Mr. Bertolin,
>
> Please find attached order 45-2024-118 for the first-off spools of the new
> wort line (line 3): three (3) spools per isometrics WL3-001, WL3-002 and
> WL3-003 rev B.
>
> The remaining 27 spools of the line (WL3-004 to WL3-030) are not released.
> They stay on hold until Dries Peeters, our site engineer, has signed off the
> three first-off spools at your works, and until I send you a written
> release for them.
>
> Requirements: 1.4404, orbital welding, 100% borescope of internal welds
> with video, weld log, pickling and passivation, internal Ra <= 0.8 um,
> pressure test at 1.5 x PN.
>
> Met vriendelijke groeten / Kind regards
> Kristof Janssens
> Project Director, Brasserie Vallee SA
"""
_m = mail("Luca Bertolin <l.bertolin@inoxtubiveneto.it>", "Kristof Janssens <kristof.janssens@brasserievallee.be>",
          "R: Order 45-2024-118 - wort line 3 - first-off spools", "Tue, 26 Mar 2024 09:33:02 +0100", _txt,
          cc="Dries Peeters <dries.peeters@brasserievallee.be>")
case("p_it_spools_continue_directly", ["RG007"],
     "supplier will continue with the remaining spools as soon as the first-offs are approved, against the buyer's written-release requirement",
     [("R_Order_45-2024-118.eml", eml_bytes(_m))])


# F1: supplier books a labelled forecast as a firm order
_txt = """Dear Mr. Byrne,

Thank you very much for your order of 2,400 pcs EPDM diaphragm DN25 for 2025!

We registered it in our ERP as firm order and already reserved press capacity
in our Gimhae plant (600 pcs per quarter). Order confirmation HJ-OC-24-0871
will be sent by separate mail, delivery schedule will follow with it.

We appreciate your trust and look forward to the good cooperation.

Best regards,
Kim Min-jun
Overseas Sales Team, Hanjin Sanitary Co., Ltd.
Tel +82 51 974 2210

> On 2 Apr 2024, at 16:40, Eoin Byrne <eoin.byrne@carlowbiopharma.ie> wrote:
>
> Dear Min-jun,
>
> As promised, below is our non-binding forecast for 2025 for the EPDM
> diaphragms DN25 (your part HJ-DP-25E):
>
>   Q1 600 / Q2 600 / Q3 600 / Q4 600 - total approx. 2,400 pcs
>
> This is for your capacity planning only and is not an order. Actual
> quantities will be called off under frame agreement FA-2023-14, each
> call-off signed by me.
>
> Regards,
> Eoin
"""
_m = mail("Kim Min-jun <mj.kim@hanjinsanitary.co.kr>", "Eoin Byrne <eoin.byrne@carlowbiopharma.ie>",
          "Re: 2025 forecast - EPDM diaphragms DN25", "Wed, 3 Apr 2024 10:12:44 +0900", _txt)
case("p_kr_forecast_booked_firm", ["RG008"],
     "supplier confirms the buyer's labelled non-binding forecast of 2,400 as an order and books it firm",
     [("Re_2025_forecast_EPDM_diaphragms.eml", eml_bytes(_m))])


# K1: two-file bundle, PO says 6 samples, buyer's letter says 8
_sap = """LIMERICK STERILE FILL LTD                                   PURCHASE ORDER
Raheen Business Park, Limerick V94 K2T6, Ireland                 Page 1 of 1
-------------------------------------------------------------------------------
PO number : 4500310442                    PO date  : 02.04.2024
Vendor    : 410077 Jiangsu Clearview Sight Glass Co., Ltd.
            No. 18 Xinghu Road, Wujin District, Changzhou, Jiangsu, PR China
Buyer     : B. Doyle    +353 61 499 220    brian.doyle@limericksterile.ie
Currency  : EUR   Incoterms: FCA Shanghai   Payment: 60 days net
-------------------------------------------------------------------------------
Item  Material    Description                          Qty  UoM     Price
-------------------------------------------------------------------------------
00010 6600-0450   SIGHT GLASS DN50 CLAMP ENDS ISO 2852    6  PC     148,00
                  1.4435 / BOROSILICATE / PTFE SEALS
                  SAMPLE
-------------------------------------------------------------------------------
HEADER NOTE:
SAMPLE ORDER. ONLY THE 6 SAMPLE SIGHT GLASSES ABOVE ARE RELEASED.
BALANCE OF 94 PCS (QUOTE CV-Q-2403-77, TOTAL 100 PCS) NOT RELEASED -
ON HOLD UNTIL SAMPLE SIGN-OFF BY QA (NIAMH KELLY) AND WRITTEN
PRODUCTION RELEASE BY BRIAN DOYLE, PROCUREMENT MANAGER.
DOCS: 3.1 EN 10204, DIN 7080 GLASS CERT, FDA DECL. FOR SEALS.
-------------------------------------------------------------------------------
"""
_letter = pdf([
    ("p", "Limerick Sterile Fill Ltd - Raheen Business Park - Limerick V94 K2T6 - Ireland"),
    ("sp",),
    ("p", "Jiangsu Clearview Sight Glass Co., Ltd. - attn. Ms Lily Chen, Export Sales"),
    ("p", "Limerick, 3 April 2024"),
    ("h", "Sample release - PO 4500310442 - sight glasses DN50"),
    ("p", "Dear Ms Chen,"),
    ("p", "Further to our purchase order 4500310442, I confirm the release of eight (8) sample sight "
          "glasses DN50 with ISO 2852 clamp ends for our qualification runs on filling line 4."),
    ("p", "The remaining 92 pcs remain on hold until Niamh Kelly (QA) has signed off the samples and I "
          "issue a written production release."),
    ("p", "Please ship the samples with 3.1 certificates, the DIN 7080 glass test certificate and the "
          "FDA declarations for the seals, and send the tracking number to goods-in@limericksterile.ie."),
    ("p", "Yours sincerely,"),
    ("p", "Brian Doyle, Procurement Manager"),
], title="Sample release PO 4500310442", author="Limerick Sterile Fill")
case("p_ie_sightglass_6_vs_8", ["RG011"],
     "SAP PO releases 6 samples (balance 94), buyer's release letter for the same PO says 8 samples (balance 92)",
     [("PO_4500310442.txt", _sap), ("sample_release_letter.pdf", _letter)])


# P1: accounts payable treats the deposit as the go for the full build
_txt = """Hi Lily,

Per the payment terms on PO 7100-22841 we wired the 30% deposit on the full PO
value today: USD 41,580.00, our ref MLC-WIRE-0412, value date 04/12/2024.
Remittance advice is below.

With the deposit in, your shop is clear to begin the full build - please send
Rachel the production schedule.

Thanks,
Greg

Greg Holloway | Accounts Payable | Mid-Lakes Creamery Cooperative
N2150 County Rd K, Plymouth, WI 53073 | +1 920 555 0177

REMITTANCE ADVICE
Payee:      Wenzhou Hygienic Pipe Co., Ltd.
Invoice:    WHP-PI-24-0388 (proforma, 30% deposit)
PO:         7100-22841
Amount:     USD 41,580.00
Bank ref:   MLC-WIRE-0412

---------- Forwarded message ---------
From: Rachel Lindqvist <rlindqvist@midlakescreamery.com>
Date: Mon, Apr 1, 2024 at 2:16 PM
Subject: PO 7100-22841 - CIP/WFI spools
To: Lily Chen <lily.chen@wzhygienic.cn>

Lily,

PO 7100-22841 is attached.
Line 1: 12 FAT sample spools (ISO dwgs ML-CW-201 thru ML-CW-212) - released.
Line 2: 108 production spools, priced per your quote WHP-Q-24031 - NOT
released. They are on hold until our FAT sign-off and a written production
release from me.

Payment terms per the PO: 30% deposit on PO value, balance net 45 after
delivery.

Rachel Lindqvist | Purchasing Manager | Mid-Lakes Creamery Cooperative
"""
_m = mail("Greg Holloway <gholloway@midlakescreamery.com>", "Lily Chen <lily.chen@wzhygienic.cn>",
          "Deposit wired - PO 7100-22841", "Fri, 12 Apr 2024 15:30:00 -0500", _txt,
          cc="Rachel Lindqvist <rlindqvist@midlakescreamery.com>")
case("p_us_deposit_full_build", ["RG012"],
     "accounts payable: deposit wired, so the shop is clear to begin the full build, while 108 spools are on hold",
     [("Deposit wired PO 7100-22841.eml", eml_bytes(_m))])


# ------------------------------------------------------------------ batch 2

# B4: DOCX PO for one prototype frame, offer table shows 8 series frames
_d = docx_bytes([
    ("h1", "Purchase Order PO-VF-24-0457"),
    ("p", "Vanderlinde Foods NV - Industrieweg 88, 9000 Gent, Belgium - BTW BE 0412.553.871"),
    ("table", [["Order date", "15/03/2024"],
               ["Supplier", "Carpenteria Inox Orobica S.r.l., Via Provinciale 44, 24060 Castelli Calepio (BG), Italia"],
               ["Buyer", "Ellen Maes, Procurement Manager"],
               ["Technical contact", "Pieter Claes, Project Engineer, +32 9 265 71 40"],
               ["Project", "CIP unit replacement, halls 3 and 4"],
               ["Delivery", "DAP Gent, week 21"], ["Payment", "60 days end of month"]]),
    ("h", "Order lines"),
    ("table", [["Pos.", "Description", "Qty", "Unit price EUR", "Total EUR"],
               ["1", "CIP skid frame CF-3, 1.4301, per drawing VF-CIP-3-100 rev E, ground welds, "
                "adjustable feet, drip tray with 1% fall to drain - prototype", "1", "8.450,00", "8.450,00"]]),
    ("h", "Offer reference"),
    ("p", "Your offer CIO-24-077 of 4 March 2024:"),
    ("table", [["Offer pos.", "Description", "Qty", "Unit price EUR"],
               ["A", "CIP skid frame CF-3, prototype", "1", "8.450,00"],
               ["B", "CIP skid frame CF-3, series", "8", "7.120,00"]]),
    ("h", "Requirements"),
    ("li", "Hygienic design to EHEDG Doc. 13; no horizontal flat surfaces without fall."),
    ("li", "Welders qualified to EN ISO 9606-1; weld log and 3.1 certificates for all sheet and tube."),
    ("li", "Dimensional report against VF-CIP-3-100 rev E before shipment; photos of underside."),
    ("p", "Please confirm this order within 5 working days to inkoop@vanderlindefoods.be."),
], author="Vanderlinde Foods NV")
case("p_be_frame_docx_bare", ["RG001", "RG003", "RG004", "RG005"],
     "DOCX PO orders 1 prototype frame with an offer table showing 8 series frames; nothing on hold, event or release person",
     [("PO-VF-24-0457.docx", _d)])


# B5: buyer portal PO page, 3 samples, 'quoted annual qty 90' column
_body = """<div style="background:#003a63;color:#fff;padding:8px"><b>Keystone Biologics</b> &middot; Supplier Collaboration Portal</div>
<p>Logged in as: <b>lily.chen@jcsightglass.cn</b> (Jiangsu Clearview Sight Glass Co., Ltd.) &middot; <a href="#">Messages (1)</a> &middot; <a href="#">Log out</a></p>
<h2>Purchase Order 7100-23102 &mdash; Rev 0</h2>
<table>
<tr><th>PO date</th><td>03/19/2024</td><th>Status</th><td>Issued &ndash; awaiting acknowledgement</td></tr>
<tr><th>Buyer</th><td>Dana Whitfield</td><th>Ship to</th><td>Keystone Biologics, 600 College Rd E, Princeton NJ 08540, Dock 2</td></tr>
<tr><th>Payment terms</th><td>Net 60</td><th>Incoterms</th><td>FCA Shanghai</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Line type</th><th>Qty</th><th>UoM</th><th>Unit price USD</th><th>Quoted annual qty</th><th>Need by</th></tr>
<tr><td>1</td><td>KB-SG-2000</td><td>Sight glass 2&quot; tri-clamp, 316L, Ra &le; 0.5 &micro;m, EPDM, borosilicate</td><td>Sample</td><td>3</td><td>EA</td><td>164.00</td><td>90</td><td>04/26/2024</td></tr>
</table>
<h3>Buyer note</h3>
<p class="note">Please ship 3 samples for evaluation on Bioreactor Suite B. 3.1 certs and Ra report required. Please acknowledge in the portal within 3 business days.</p>
<h3>Attachments</h3>
<ul><li>KB-ES-0388 rev A &ndash; sight glass specification.pdf</li><li>Keystone Terms and Conditions of Purchase 2023.pdf</li></ul>
<p style="color:#777;font-size:11px">&copy; 2024 Keystone Biologics Inc. &middot; Portal build 5.14.2</p>"""
case("p_us_portal_sample_bare", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 3 sample sight glasses with a 'quoted annual qty 90' column; no hold, unlock event or release person",
     [("PO_7100-23102_portal.html", html_page("PO 7100-23102 - Keystone Supplier Portal", _body))])


# B6: 'PO issued for the sample spools' - no quantity, no hold
_txt = """Hi Priya,

PO 4500120931 is issued for the sample spools, please ship by wk 22.

Thanks,
Claire

Claire Dunne | Buyer | Kinsale Nutrition Ltd
Ballinspittle Road, Kinsale, Co. Cork P17 YX80 | +353 21 470 8831

From: Priya Nair <priya.nair@vadodarahygienic.in>
Sent: Thursday 4 April 2024 07:41
To: Claire Dunne <claire.dunne@kinsalenutrition.ie>
Subject: Evaporator transfer line - sample spools

Dear Claire,

Greetings of the day.

Further to our discussion with Mr. Fitzgerald, kindly confirm PO for the
sample spools of the evaporator transfer line so that we can start the
fabrication. We will follow ASME BPE for welding and surface finish, and
will send the weld maps for your review before welding.

Thanks and regards,
Priya Nair
Sales Coordinator - Exports
Vadodara Hygienic Fittings Pvt. Ltd.
"""
_m = mail("Claire Dunne <claire.dunne@kinsalenutrition.ie>", "Priya Nair <priya.nair@vadodarahygienic.in>",
          "RE: Evaporator transfer line - sample spools", "Thu, 4 Apr 2024 12:18:09 +0100", _txt)
case("p_ie_sample_spools_noqty", ["RG003", "RG004", "RG005", "RG010"],
     "buyer issues a PO 'for the sample spools': no quantity, no hold on the rest, no unlock event, no release person",
     [("RE_Evaporator_transfer_line.eml", eml_bytes(_m))])


# B7: two files - ERP PO for 5 samples and the supplier's offer with 150 series
_po = """VESTJYSK MEJERI A/S                              KOEBSORDRE / PURCHASE ORDER
Mejerivej 4, DK-6950 Ringkoebing                                 No. KO-24-0733
CVR 28 41 77 09                                                  Page 1
===============================================================================
Buy-from Vendor No. : K0214
                      Heinz Kramer Sanitaerarmaturen GmbH
                      Hafenstrasse 21, D-24768 Rendsburg
Order Date          : 21-03-2024
Purchaser           : Jesper Lund (jlu@vestjyskmejeri.dk)
Payment Terms       : 30 dage netto
Shipment Method     : DAP Ringkoebing
Your Reference      : Angebot ANG-24-0519
===============================================================================
No.        Description                          Quantity Unit  Unit Price   Amount
-------------------------------------------------------------------------------
KR-TBV50   Tank bottom valve DN50, 1.4404,             5 PCS     1.260,00  6.300,00
           EPDM, pneumatic, control head 24 V
           sample for trial on silo tank T-12
-------------------------------------------------------------------------------
                                                  Total DKK excl. VAT  6.300,00
===============================================================================
Delivery week 20. Please send 3.1 certificates and Ra protocol with the goods.
Order confirmation to indkoeb@vestjyskmejeri.dk within 3 days.
"""
_qt = pdf([
    ("h1", "Angebot / Quotation ANG-24-0519"),
    ("p", "Heinz Kramer Sanitaerarmaturen GmbH - Hafenstrasse 21 - D-24768 Rendsburg - www.kramer-armaturen.de"),
    ("table", [["Kunde / Customer", "Vestjysk Mejeri A/S, Ringkoebing, DK"], ["Datum / Date", "14.03.2024"],
               ["Ansprechpartner", "Frank Ohlsen, Vertrieb Skandinavien"], ["Gueltig bis / Valid until", "30.04.2024"]]),
    ("sp",),
    ("table", [["Pos.", "Beschreibung / Description", "Menge / Qty", "Preis / Price DKK", "Lieferzeit"],
               ["1", "Tankbodenventil DN50 / tank bottom valve DN50, 1.4404, EPDM, pneumatisch, Steuerkopf 24 V - Muster / sample",
                "5 Stk.", "1.260,00", "6 Wochen"],
               ["2", "Tankbodenventil DN50, wie Pos. 1 - Serie / series", "150 Stk.", "985,00", "10 Wochen"]]),
    ("sp",),
    ("p", "Lieferbedingungen: DAP Ringkoebing. Zahlung: 30 Tage netto. Dokumentation: 3.1 nach EN 10204, "
          "Ra-Protokoll (Ra <= 0,8 um), Konformitaetserklaerung EG 1935/2004."),
    ("p", "Mit freundlichen Gruessen - Frank Ohlsen"),
], title="Angebot ANG-24-0519", author="Heinz Kramer Sanitaerarmaturen")
case("p_dk_tank_valves_po_plus_offer", ["RG001", "RG003", "RG004", "RG005"],
     "two-file bundle: ERP PO for 5 sample valves next to the offer with 150 series; balance never put on hold, no event, no person",
     [("KO-24-0733.txt", _po), ("Angebot_ANG-24-0519.pdf", _qt)])


# c4: scoped approval - prototype frame approved for the prototype only
_txt = """Dear Mr. Schwarz,

Thank you and your team for the FAT of the prototype frame SF-300 today
(PO 4500232410, pos. 10). The open points from the punch list (two weld
spatters on the cross member, one missing earthing boss) were closed on the
spot.

The prototype frame (1 pc) is approved - for the prototype only. This is not a
production release: the 11 series frames of pos. 20 remain not released until
the prototype has passed SAT at our Visp site (planned KW 22) and Urs Bachmann,
Head of Procurement, has sent you a written production release for them.

Please ship the prototype as agreed, DAP Visp, delivery window KW 19, with
the weld log, the 3.1 certificates and the dimensional report.

Freundliche Gruesse / Kind regards
Martina Keller
Project Engineer, Rheintal Pharma AG
Lonzastrasse 12, CH-3930 Visp, +41 27 948 11 20
"""
_m = mail("Martina Keller <martina.keller@rheintalpharma.ch>", "Thomas Schwarz <t.schwarz@er-schwarz.de>",
          "FAT prototype frame SF-300 - PO 4500232410", "Tue, 30 Apr 2024 17:45:00 +0200", _txt,
          html=html_mail(_txt), cc="Urs Bachmann <urs.bachmann@rheintalpharma.ch>")
case("c_ch_prototype_approved_scoped", [],
     "prototype frame 'approved - for the prototype only'; 11 series frames not released until SAT and a written release by Urs Bachmann",
     [("FAT prototype frame SF-300.eml", eml_bytes(_m))])


# c5: full-quantity PO that says proceed (no balance)
_po = pdf([
    ("h1", "PURCHASE ORDER  TR-24-0318"),
    ("p", "Two Rivers Brewing Co. - 1840 Linden St, Fort Collins, CO 80524 - (970) 555-0131"),
    ("table", [["Date", "April 4, 2024"], ["Vendor", "Valvole Sanitarie Brianza S.r.l., Muggio (MB), Italy"],
               ["Ship to", "Two Rivers Brewing Co., cellar expansion, Dock B"], ["Terms", "Net 45"],
               ["Freight", "FCA Muggio, our forwarder (Expeditors, ref TRB-0318)"], ["Quote ref.", "OF-24/0388"]]),
    ("sp",),
    ("table", [["Line", "Description", "Qty", "Unit price EUR", "Ext. EUR"],
               ["1", "Single-seat valve 2\" OD tube (DN50 equiv.), 316L, EPDM, air-to-open, feedback, 3-A", "16", "612.00", "9,792.00"],
               ["2", "Single-seat valve 3\" OD tube (DN80 equiv.), 316L, EPDM, air-to-open, feedback, 3-A", "8", "744.00", "5,952.00"],
               ["", "Total", "24", "", "15,744.00"]]),
    ("sp",),
    ("p", "This PO is the full quantity for the cellar expansion: 24 valves, no samples and no further "
          "releases. Please proceed with all 24 valves (lines 1 and 2) and confirm a ship date."),
    ("p", "Documents required: material certs (3.1), surface finish report (Ra <= 32 uin), 3-A "
          "certificate copy, manuals in English."),
    ("p", "Authorized by: Kevin Marsh, Brewery Operations Manager"),
], pagesize=LETTER, title="PO TR-24-0318", author="Two Rivers Brewing")
case("c_us_full_po_proceed", [],
     "full-quantity PO (16 + 8 = 24 valves), says no samples and no further releases; 'proceed with all 24' is scoped",
     [("PO_TR-24-0318.pdf", _po)])


# c6: call-off with explicit staged material authority above the released quantity
_co = """CARLOW BIOPHARMA LTD                                  CALL-OFF / LIEFERABRUF
Muine Bheag Road, Carlow R93 E8F2, Ireland                       Page 1 of 1
===============================================================================
Frame agreement : FA-2023-19           Call-off no.: 03         Date: 08.04.2024
Vendor          : 410233 Vadodara Hygienic Fittings Pvt. Ltd., Vadodara, India
Item            : 8810-0233  Ferrule 1.5" ASME BPE, 316L, SF4 electropolished
===============================================================================
Frame quantity 2024 (non-binding, for planning) :   4,000 pcs
Called off before   : CO 01 = 500 pcs, CO 02 = 500 pcs (both delivered)

THIS CALL-OFF RELEASES        :   600 pcs    delivery week 24, DAP Carlow

MATERIAL AUTHORITY            :   staged. You may buy and hold 316L bar for up
                                  to 1,800 pcs (this call-off plus the next two
                                  expected call-offs) at our liability. Material
                                  beyond 1,800 pcs is at your own risk.
                                  Machining is released for the 600 pcs only.

NOT RELEASED                  :   the remaining 2,400 pcs of the frame quantity.
                                  They are released only by further written
                                  call-offs.

Call-offs are signed by       :   Eoin Byrne, Supply Chain Manager
-------------------------------------------------------------------------------
Documents: 3.1 EN 10204 per heat, Ra/SF4 report per lot, EP certificate.
Packing: double bagged, end caps, lot label with heat number.
===============================================================================
"""
case("c_ie_calloff_staged_material", [],
     "call-off releases 600, explicit staged material authority for 1,800 at buyer liability, 2,400 not released until further call-offs signed by Eoin Byrne",
     [("Call-off_FA-2023-19_03.txt", _co)])


# c7: explicit, recorded auto-conversion naming quantity, signer and conditions
_d = docx_bytes([
    ("h1", "Agreement on sample sign-off and automatic release"),
    ("p", "Reference: Nordhavn Bryggeri PO 4700255 - Tri-clamp 3\" heavy duty, 1.4408 (Daewon part DCT-3HD-02)"),
    ("p", "Record no. AC-2024-03, made on 14 March 2024 between Nordhavn Bryggeri A/S (buyer) and "
          "Daewon Clamp Tech Co., Ltd. (supplier)."),
    ("h", "1. Quantities"),
    ("table", [["PO line", "Scope", "Quantity", "Status at signature"],
               ["10", "samples", "20", "released"],
               ["20", "production", "1,180", "not released"]]),
    ("h", "2. Automatic release of line 20"),
    ("p", "If, and only if, Lotte Brandt, QA Manager, signs the sample sign-off form SF-07 for the 20 samples "
          "with the disposition 'approved' (not 'interim', not 'rejected') on or before 31 May 2024, that "
          "signed form releases the 1,180 pcs of line 20 by itself. No further document is needed. Deliveries "
          "then start 8 weeks after the date of the signed form."),
    ("h", "3. Everything else"),
    ("p", "If the disposition is 'interim' or 'rejected', or if no form is signed by 31 May 2024, nothing "
          "is released. Line 20 then needs a written production release signed by Mads Holm, Category Manager."),
    ("h", "4. Material"),
    ("p", "Material authority is sample-only until the automatic release in section 2 has taken effect."),
    ("h", "Signatures"),
    ("table", [["For Nordhavn Bryggeri A/S", "For Daewon Clamp Tech Co., Ltd."],
               ["Mads Holm, Category Manager - signed 14.03.2024", "Lee Soo-yeon, Sales Manager Europe - signed 14.03.2024"],
               ["Lotte Brandt, QA Manager - signed 14.03.2024", ""]]),
], author="Nordhavn Bryggeri A/S")
case("c_dk_autoconversion_recorded", [],
     "explicit recorded auto-conversion: names 1,180 pcs, signer (Lotte Brandt), form, disposition and deadline; fallback release by Mads Holm",
     [("AC-2024-03_sample_signoff_agreement.docx", _d)])


# c8: supplier states the advance does not release production (PDF proforma attached)
_pi = pdf([
    ("h1", "PROFORMA INVOICE"),
    ("p", "Shreeji Sanitary Valves Pvt. Ltd. - Plot 214, GIDC Phase II, Vatva, Ahmedabad 382445 - GSTIN 24AAGCS4471M1Z8"),
    ("table", [["Proforma no.", "SSV/PI/24-112"], ["Date", "22.03.2024"],
               ["Buyer", "Glanmire Dairy Ingredients Ltd, Co. Cork, Ireland"], ["Against PO", "4500082004"]]),
    ("sp",),
    ("table", [["Description", "Qty", "Rate EUR", "Amount EUR"],
               ["Ball valve DN40, 1.4404, cavity filled - FAT samples (released)", "6 nos.", "380.00", "2,280.00"],
               ["Ball valve DN40, 1.4404, cavity filled - series (on hold, not released)", "54 nos.", "380.00", "20,520.00"],
               ["PO value", "", "", "22,800.00"],
               ["Advance 30% as per PO payment terms", "", "", "6,840.00"]]),
    ("p", "Bank: State Bank of India, Vatva branch, SWIFT SBININBB412, A/c 3318 0455 2271."),
], title="Proforma SSV/PI/24-112", author="Shreeji Sanitary Valves")
_txt = """Dear Ms. Walsh,

We acknowledge with thanks receipt of your advance payment of EUR 6,840.00
(30% of PO 4500082004 value) against our proforma invoice SSV/PI/24-112,
copy attached for your records.

Please note, as per your PO, the advance does not release production. We are
making only the 6 FAT sample valves now. The balance 54 nos. remains on hold
until Mr. O'Donovan's FAT sign-off and your written production release, and we
will not purchase forgings for the balance before that.

FAT date for the 6 samples we propose 25.04.2024.

Thanking you,
Rakesh Patel
Manager - Exports
Shreeji Sanitary Valves Pvt. Ltd.
"""
_m = mail("Rakesh Patel <rakesh@shreejivalves.in>", "Sinead Walsh <sinead.walsh@glanmiredairy.ie>",
          "Advance received - PO 4500082004", "Mon, 1 Apr 2024 16:05:10 +0530", _txt,
          attachments=[("SSV-PI-24-112.pdf", _pi, PDF_MT)])
case("c_in_advance_not_release", [],
     "supplier: the advance does not release production; only 6 FAT samples made, balance 54 on hold until sign-off and buyer's written release",
     [("Advance received PO 4500082004.eml", eml_bytes(_m))])


# c9: supplier acknowledgement restating the hold (TXT attachment)
_ack = """DAEWON CLAMP TECH CO., LTD.                      ORDER ACKNOWLEDGEMENT
117, Golden-root-ro, Juchon-myeon, Gimhae-si, Gyeongnam, Korea
-------------------------------------------------------------------------
OA No.    : DCT-OA-24-0233              Date : 2024-04-09
Customer  : Brasserie Vallee SA, Rue de la Brasserie 12, 5500 Dinant, BE
Your PO   : 45-2024-131 dated 2024-04-05
-------------------------------------------------------------------------
Line  Item                               Qty    Status
1     Tri-clamp 3" single pin, 1.4408     25    CONFIRMED - ship wk 18
      (samples, with EPDM gasket)
2     Tri-clamp 3" single pin, series    975    ACKNOWLEDGED AS NOT RELEASED
-------------------------------------------------------------------------
Remark: We will produce only the 25 samples of line 1. For line 2 we do
not start production and do not buy material until we receive the written
release from Mr. Kristof Janssens after your sample sign-off.
-------------------------------------------------------------------------
Issued by: Lee Soo-yeon, Sales Manager Europe
"""
_txt = """Dear Mr. Janssens,

Thank you for your PO 45-2024-131. Please find attached our order
acknowledgement DCT-OA-24-0233.

As written in your PO, only the 25 samples are in production now. Line 2 is
noted as not released, we wait for your written release after the sample
sign-off.

Best regards,
Lee Soo-yeon
Sales Manager Europe, Daewon Clamp Tech Co., Ltd.
"""
_m = mail("Lee Soo-yeon <sylee@daewonclamp.co.kr>", "Kristof Janssens <kristof.janssens@brasserievallee.be>",
          "Order acknowledgement DCT-OA-24-0233 / your PO 45-2024-131", "Tue, 9 Apr 2024 14:22:51 +0900", _txt,
          attachments=[("DCT-OA-24-0233.txt", _ack, "text/plain")])
case("c_kr_ack_restates_hold", [],
     "supplier acknowledgement confirms 25 samples and records line 2 (975) as not released pending sample sign-off and Kristof Janssens' release",
     [("Order acknowledgement DCT-OA-24-0233.eml", eml_bytes(_m))])


# V3: PDF PO, 'approval' used for drawing, commercial and production; release by a department
_po = pdf([
    ("h1", "Purchase Order 4500120977"),
    ("p", "Kinsale Nutrition Ltd - Ballinspittle Road, Kinsale, Co. Cork P17 YX80 - Ireland"),
    ("table", [["Date", "05/04/2024"], ["Supplier", "Jiangsu Clearview Sight Glass Co., Ltd., Changzhou, PR China"],
               ["Buyer", "Claire Dunne"], ["Incoterms", "FCA Shanghai"], ["Payment", "60 days net"]]),
    ("sp",),
    ("table", [["Line", "Description", "Qty", "Unit price EUR"],
               ["10", "Sight glass DN65, ISO 2852 clamp ends, 1.4435, borosilicate DIN 7080, PTFE/EPDM - sample", "6", "171.00"]]),
    ("h", "Approval status"),
    ("table", [["Subject", "Approval", "Status"],
               ["Drawing KN-SG-065 rev C", "Engineering approval", "approved 02/04/2024"],
               ["PO 4500120977", "Commercial approval", "approved by Finance 04/04/2024"],
               ["6 sample sight glasses (line 10)", "Production approval", "approved - 6 pcs only"],
               ["Balance 114 pcs (your quote CV-Q-2403-91)", "Production approval",
                "not approved - on hold until QA sign-off of the 6 samples; production approval will be issued by Kinsale Purchasing"]]),
    ("sp",),
    ("p", "Documents: 3.1 EN 10204 for body and clamps; DIN 7080 glass certificate; FDA / EC 1935 declarations for seals."),
], title="PO 4500120977", author="Kinsale Nutrition Ltd")
case("p_ie_approval_table_dept", ["RG005", "RG009"],
     "'approval/approved' used for drawing, commercial and production in one table; balance release left to 'Kinsale Purchasing' (no named person)",
     [("PO_4500120977.pdf", _po)])


# V4: SAP 'release strategy: released' (commercial) next to production release; release by purchasing
_sap = """ALPINA PROCESS ENGINEERING AG                               PURCHASE ORDER
Hochbergerstrasse 60, CH-4057 Basel                                Page 1 of 1
-------------------------------------------------------------------------------
PO number      : 4500077815              Doc. date : 14.03.2024
Vendor         : 300771 Shreeji Sanitary Valves Pvt. Ltd., Ahmedabad, IN
Buyer          : R. Frei, +41 61 205 44 10
Project        : 23-118 Pharma client Visp, WFI loop 2
Release strat. : P2 (Dept. head + Finance)
Release status : RELEASED 14.03.2024 11:52
-------------------------------------------------------------------------------
Item  Material    Description                           Qty UoM  Price EUR
-------------------------------------------------------------------------------
00010 VLV-CHK-25  Check valve DN25 BPE, 316L, SF4,        6  PC    266,00
                  FAT sample
00020 VLV-CHK-25  Check valve DN25 BPE, 316L, SF4,       54  PC    231,00
                  series
-------------------------------------------------------------------------------
Header text:
PRODUCTION RELEASE: 6 PCS FAT SAMPLES (ITEM 00010) ONLY.
ITEM 00020 (54 PCS) NOT RELEASED - ON HOLD UNTIL FAT SIGN-OFF.
PRODUCTION RELEASE FOR ITEM 00020 WILL BE ISSUED BY PURCHASING.
DOCS: 3.1 EN 10204, SF4 RA REPORT, EP CERT, WELD MAP N/A (FORGED).
-------------------------------------------------------------------------------
"""
case("p_ch_sap_release_strategy", ["RG005", "RG009"],
     "SAP 'release status RELEASED' (commercial) beside 'production release' in the same PO; item 20 release left to 'purchasing'",
     [("PO_4500077815_print.txt", _sap)])


# T2: DOCX pre-fabrication release memo - 'release' three ways, no quantity for the first-offs
_d = docx_bytes([
    ("h1", "Pre-fabrication release - CIP return line, Hall 2500"),
    ("p", "Project: Zuivelhuis Roeselare - CIP modernisation - FHE job 23-041"),
    ("p", "From: Flanders Hygienic Engineering BV (on behalf of Zuivelhuis Roeselare NV)"),
    ("p", "To: Wenzhou Hygienic Pipe Co., Ltd. - attn. Lily Chen"),
    ("p", "Date: 2 April 2024"),
    ("h", "1. Drawings"),
    ("p", "Spool drawings CR-2500-01 to CR-2500-34 rev B are released for construction (IFC) as of today."),
    ("h", "2. Purchase order"),
    ("p", "PO 4100-0912 was released in our ERP on 2 April 2024 and sent to you by our purchasing system."),
    ("h", "3. Fabrication"),
    ("p", "Pre-fabrication release: the first-off spools of the CIP return line are released for fabrication."),
    ("p", "All other spools on the drawing list are not released. They stay on hold until the first-off "
          "spools have been signed off at FAT by our QA engineer, An Wouters. Production release of the "
          "other spools is given only in writing by Wim De Smet, Project Manager."),
    ("h", "4. Requirements"),
    ("li", "Orbital welding, 100% borescope of product-contact welds, video files named per weld number."),
    ("li", "Weld log with welder stamp, heat numbers and weld map per spool."),
    ("li", "Passivation per ASTM A967, internal Ra <= 0.6 um, end caps, spool tag with drawing number."),
    ("p", "Wim De Smet - Project Manager - +32 51 24 88 10"),
], author="Flanders Hygienic Engineering BV")
case("p_be_prefab_release_memo", ["RG009", "RG010"],
     "'released' for IFC drawings, PO in ERP and fabrication in one memo; the first-off spools are released with no quantity",
     [("Pre-fabrication_release_CR-2500.docx", _d)])


# T4: Teams chat - pilots without a count, supplier bought material for all 60
_chat = """[08-04-2024 09:12] Lars Mikkelsen (Vestjysk Mejeri)
Hi Lily, as discussed on the phone: please make the pilot sight glasses only, for silo T-14. Nothing beyond the pilots is released. The series waits for our FAT sign-off (Karen Holt, QA) and then a written release from me.

[08-04-2024 09:20] Lily Chen (Jiangsu Clearview)
Well noted Lars, thank you. Drawing JC-SG-080-L rev 2 with light fitting, correct?

[08-04-2024 09:22] Lars Mikkelsen (Vestjysk Mejeri)
correct, rev 2. and 3.1 + DIN 7080 cert please

[15-04-2024 16:05] Lily Chen (Jiangsu Clearview)
Dear Lars, pilot parts are in production, glass test next Monday. For good price we already bought the borosilicate discs and the flange forgings for the whole 60 pcs, they are in our warehouse, so series can go very fast after your FAT.

[15-04-2024 16:31] Lars Mikkelsen (Vestjysk Mejeri)
ok, thanks for the update. FAT date?

[15-04-2024 16:40] Lily Chen (Jiangsu Clearview)
We propose 29 April, online video FAT.
"""
case("p_dk_pilot_glass_material_60", ["RG006", "RG010"],
     "buyer releases 'the pilot sight glasses' without a count; supplier bought discs and forgings for all 60",
     [("Teams_chat_export_JC-SG-080.txt", _chat)])


# A2: chat - '👍 green light from our side!'
_chat = """Microsoft Teams - chat export
Participants: Henrik Soerensen (Aarhus Process Engineering), Giulia Furlan (Inox Tubi Veneto)

Henrik Soerensen  11.03.2024 10:02
Giulia, PO 7700530 is out. It covers the 4 first-off spools for the glycol return (ISO GR-201 to GR-204) only. The other 20 spools are not released until I have signed off the first-offs at FAT and Mette Kjaer (our Procurement Lead) sends you the written release.

Giulia Furlan  11.03.2024 10:15
Perfetto, thank you Henrik. 4 first-off in week 14, FAT week 15.

Giulia Furlan  10.04.2024 18:40
FAT report, borescope videos and weld log for GR-201..GR-204 are uploaded in the project folder /23-077/QA/FAT. Please advise.

Henrik Soerensen  11.04.2024 08:03
Just went through it, nice work on the internal beads. \U0001f44d green light from our side!

Giulia Furlan  11.04.2024 08:05
Grazie!
"""
case("p_dk_green_light_chat", ["RG002"],
     "'green light from our side!' after the FAT report names no scope or quantity; earlier scope message is complete",
     [("Teams_GR-201_chat.txt", _chat)])


# A3: two files - complete PO and FAT report ending 'APPROVED. Proceed.'
_po = pdf([
    ("h1", "PURCHASE ORDER 7100-23240"),
    ("p", "Keystone Biologics Inc. - 600 College Road East, Princeton, NJ 08540, USA"),
    ("table", [["Date", "03/01/2024"], ["Supplier", "Sichtglas Technik Weber GmbH, Am Gewerbepark 7, 73033 Goeppingen, Germany"],
               ["Buyer", "Dana Whitfield, Senior Buyer"], ["Terms", "Net 60, FCA Goeppingen"]]),
    ("sp",),
    ("table", [["Line", "Description", "Qty", "Unit price EUR", "Status"],
               ["1", "Sight glass with light, DN40 tri-clamp, 316L, Ra <= 0.5 um - sample", "8", "398.00", "released"],
               ["2", "Sight glass with light, DN40 tri-clamp - production", "72", "341.00", "not released - on hold"]]),
    ("sp",),
    ("p", "Line 2 is on hold until our Validation group (Priya Raman) has signed off the 8 samples after IQ, "
          "and Jenna Ortiz, Supply Chain Director, has issued a written production release for line 2. "
          "No material purchases for line 2 at Keystone's cost before that release."),
], pagesize=LETTER, title="PO 7100-23240", author="Keystone Biologics")
_rep = docx_bytes([
    ("h1", "Factory Acceptance Test Report"),
    ("table", [["Customer", "Keystone Biologics Inc."], ["PO", "7100-23240 line 1"],
               ["Item", "Sight glass with light DN40 tri-clamp"], ["Location", "Sichtglas Technik Weber, Goeppingen"],
               ["Date", "04/16/2024"], ["Inspector", "Tom Becker, Keystone Supplier Quality"]]),
    ("h", "Results"),
    ("table", [["Serial", "Pressure test 10 bar", "Ra product contact (um)", "Glass cert DIN 7080", "Visual"],
               ["24-0411", "pass", "0.31", "ok", "ok"], ["24-0412", "pass", "0.34", "ok", "ok"],
               ["24-0413", "pass", "0.29", "ok", "ok"], ["24-0414", "pass", "0.36", "ok", "ok"],
               ["24-0415", "pass", "0.33", "ok", "ok"], ["24-0416", "pass", "0.30", "ok", "minor scratch on flange OD, accepted"],
               ["24-0417", "pass", "0.35", "ok", "ok"], ["24-0418", "pass", "0.32", "ok", "ok"]]),
    ("h", "Documents reviewed"),
    ("li", "3.1 certificates EN 10204, heat 48817 and 48902"),
    ("li", "Lamp ATEX not required - confirmed"),
    ("h", "Conclusion"),
    ("p", "Result: APPROVED. Proceed."),
    ("p", "Tom Becker, Supplier Quality Engineer - signed 04/16/2024"),
], author="Tom Becker")
case("p_us_fat_report_proceed", ["RG002"],
     "FAT report concludes 'APPROVED. Proceed.' with no scope or quantity; the PO in the folder is complete",
     [("PO_7100-23240.pdf", _po), ("FAT_report_7100-23240.docx", _rep)])


# ------------------------------------------------------------------ batch 3

# c10: DOCX sample PO with a table and a complete scope note
_d = docx_bytes([
    ("h1", "Bestelbon / Purchase Order ZR-24-0212"),
    ("p", "Zuivelhuis Roeselare NV - Meensesteenweg 301, 8800 Roeselare, Belgium"),
    ("table", [["Date", "8 April 2024"], ["Supplier", "Valvole Sanitarie Brianza S.r.l., Muggio (MB), Italy"],
               ["Your offer", "OF-24/0341"], ["Purchasing", "Bart Lemmens, Purchasing Manager"],
               ["Quality", "Sofie Vermeulen, QA Engineer"], ["Delivery", "DAP Roeselare"]]),
    ("h", "Order lines"),
    ("table", [["Line", "Description", "Qty", "Scope", "Status"],
               ["10", "Butterfly valve DN100, 1.4404, EPDM, pneumatic actuator, feedback", "4", "FAT samples", "released"],
               ["20", "Butterfly valve DN100, as line 10", "76", "production", "NOT released"]]),
    ("h", "Scope of this order"),
    ("num", "Active now: the 4 FAT sample valves of line 10. Please manufacture these 4 only."),
    ("num", "Line 20 (76 valves) is not released. Do not start it and do not buy material for it."),
    ("num", "Line 20 is released only after Sofie Vermeulen (QA) has signed off the 4 samples at FAT, and "
            "then only by a written production release from Bart Lemmens, Purchasing Manager."),
    ("num", "Material authority: sample-only. The price of line 20 is firm; its production is not released."),
    ("h", "Technical"),
    ("p", "Valves per data sheet ZR-DS-BFV-100 rev 3. Documentation: 3.1 EN 10204, Ra report (Ra <= 0.8 um), "
          "EC 1935/2004 and FDA declarations for EPDM, actuator manual in Dutch and English."),
], author="Zuivelhuis Roeselare NV")
case("c_be_sample_po_docx_complete", [],
     "DOCX sample PO: 4 released, 76 not released, unlocked by FAT sign-off and a written release by Bart Lemmens; sample-only material",
     [("Bestelbon_ZR-24-0212.docx", _d)])


# c11: buyer portal release record, complete
_body = """<div style="background:#2d5d2a;color:#fff;padding:8px"><b>Mid-Lakes Creamery Cooperative</b> &middot; Supplier Portal</div>
<h2>Release record R-0003 &mdash; PO 7100-22990</h2>
<table>
<tr><th>Supplier</th><td>Wenzhou Hygienic Pipe Co., Ltd.</td></tr>
<tr><th>Item</th><td>Sanitary spools, 316L, ASME BPE SF1, per ISO dwgs ML-EV-301 to ML-EV-330</td></tr>
<tr><th>PO total</th><td>30 spools</td></tr>
<tr><th>Released now</th><td><b>3 FAT spools</b> (ML-EV-301, -302, -303)</td></tr>
<tr><th>Balance on hold</th><td><b>27 spools &mdash; not released</b></td></tr>
<tr><th>Unlocks when</th><td>FAT sign-off of the 3 spools by Tom Kowalski, Plant Engineer, <i>and</i> a written production release</td></tr>
<tr><th>Release authority</th><td>Rachel Lindqvist, Purchasing Manager (limit USD 150,000)</td></tr>
<tr><th>Material authority</th><td>Sample-only (material for the 3 FAT spools)</td></tr>
<tr><th>Quoted quantity basis</th><td>Firm price, production not released</td></tr>
</table>
<h3>Activity</h3>
<table>
<tr><th>Date</th><th>By</th><th>Event</th></tr>
<tr><td>03/04/2024</td><td>R. Lindqvist</td><td>PO 7100-22990 issued</td></tr>
<tr><td>03/05/2024</td><td>L. Chen (supplier)</td><td>Acknowledged: 3 FAT spools in work, 27 on hold</td></tr>
<tr><td>03/28/2024</td><td>T. Kowalski</td><td>FAT scheduled for 04/18/2024 (video FAT)</td></tr>
</table>
<p style="color:#777;font-size:11px">Record generated 04/02/2024 08:00 CT</p>"""
case("c_us_portal_release_record", [],
     "portal release record: 3 FAT spools released, 27 on hold, unlock by Tom Kowalski's FAT sign-off and written release by Rachel Lindqvist",
     [("Release_R-0003_PO_7100-22990.html", html_page("Release record R-0003", _body))])


# c12: chat with a scoped go-ahead
_chat = """[2024-03-18 08:51] Jesper Lund: Good morning Mr. Park. We checked your drawings HJ-CV-25 rev 1 for the check valves, all fine.
[2024-03-18 08:52] Jesper Lund: Go ahead with the 6 pilot units only. The other 54 on the quote are not released until Karen Holt (our QA) has signed off the pilots on the pasteuriser, and then you get a written release from me.
[2024-03-18 09:30] J.H. Park: Good morning Mr. Lund, thank you. We make 6 pilot only, no material for 54 until your written release.
[2024-03-18 09:31] J.H. Park: Delivery of 6 pilot by air end of April ok?
[2024-03-18 09:40] Jesper Lund: end of April is fine. 3.1 and Ra report with the shipment please.
[2024-03-18 09:41] J.H. Park: Noted \U0001f44d
"""
case("c_dk_go_ahead_six_pilots", [],
     "chat: 'go ahead with the 6 pilot units only', 54 not released until Karen Holt's sign-off and a written release from Jesper Lund",
     [("KakaoTalk_Chat_HJ-CV-25.txt", _chat)])


# c13: SAP PO printout with a complete scope note
_sap = """Rheintal Pharma AG                                            PURCHASE ORDER
Werk Visp - Einkauf / Purchasing                                   Page 1 of 1
-------------------------------------------------------------------------------
PO number   : 4500233147                 Date      : 26.03.2024
Vendor      : 300815 Hanjin Sanitary Co., Ltd., Busan, KR
Buyer       : M. Keller   Tel +41 27 948 11 20
Currency    : EUR         Incoterms : FCA Busan       Payment : 60 days net
-------------------------------------------------------------------------------
Item  Material     Description                         Qty UoM   Price   Deliv.
-------------------------------------------------------------------------------
00010 7100-4015    Diaphragm valve DN15 BPE, 1.4435,    10  PC  188,00  KW 20
                   EPDM, manual, SF4 - SAMPLES
00020 7100-4015    Diaphragm valve DN15 - SERIES       190  PC  149,00  tbd
-------------------------------------------------------------------------------
Header text (scope):
Only item 00010 (10 samples) is released for production now.
Item 00020 (190 pcs) is NOT released: do not start and do not buy
material for it. It is released only after the 10 samples have been
signed off by our Qualification (Dr. Nadia Imhof) and then by a
written production release signed by Urs Bachmann, Head of Procurement.
Material authority: samples only.
-------------------------------------------------------------------------------
Docs: 3.1 EN 10204, SF4 Ra report, EP certificate, USP VI for EPDM.
Printed 26.03.2024 10:41 / user MKELLER / ME9F
"""
case("c_ch_sap_scope_complete", [],
     "SAP PO: 10 samples released, 190 not released, unlocked by Dr. Nadia Imhof's sign-off and a written release by Urs Bachmann",
     [("ME9F_4500233147.txt", _sap)])


# c14: full-quantity PO full of identifiers that look like quantities
_po = pdf([
    ("h1", "Purchase Order 4500083310"),
    ("p", "Glanmire Dairy Ingredients Ltd - Mitchelstown Road, Glanmire, Co. Cork, T45 XK22 - Project 3000 (WPC line)"),
    ("table", [["PO date", "9 April 2024"], ["Supplier", "Heinz Kramer Sanitaerarmaturen GmbH, Rendsburg, DE"],
               ["Quotation", "Q-2500 dated 2 April 2024"], ["Deliver to", "Bldg 1000, Bay 12, Mitchelstown"],
               ["Buyer", "Sinead Walsh"], ["Payment", "60 days end of month"]]),
    ("sp",),
    ("table", [["Line", "Description", "Qty", "Unit price EUR", "Net EUR"],
               ["10", "Aseptic valve DN 50 PN 16, 1.4435, DIN 11864-1 form A, Ra <= 0.4 um, EPDM, "
                "drawing 4000-250 Rev 12, tags XV-3001 to XV-3016", "16", "1,185.00", "18,960.00"]]),
    ("sp",),
    ("p", "This PO covers the complete requirement for Project 3000: sixteen (16) valves. There are no "
          "samples and no balance; no further release will follow. Please proceed with the 16 valves."),
    ("p", "Standards: ASME BPE-2022, EHEDG Doc. 8, ISO 2852 for the clamp adaptors, EN 10204 type 3.1 "
          "certificates, pressure test at 24 bar (1.5 x PN 16). Electropolished per ASTM B912."),
    ("p", "Delivery: week 26, DAP Mitchelstown (Incoterms 2020). Packing: each valve bagged, end caps, "
          "crate max. 1000 kg."),
], title="PO 4500083310", author="Glanmire Dairy Ingredients")
case("c_ie_full_po_identifiers", [],
     "full-quantity PO for 16 valves (no balance) full of look-alike numbers: DN 50, PN 16, 4000-250 Rev 12, Q-2500, Project 3000, Bldg 1000",
     [("PO_4500083310.pdf", _po)])


# c15: written release of the whole balance (PDF release notice attached)
_rn = pdf([
    ("h1", "Production release R-24-007"),
    ("p", "Vanderlinde Foods NV - Industrieweg 88, 9000 Gent"),
    ("table", [["PO", "4502-119207"], ["Supplier", "Valvole Sanitarie Brianza S.r.l."],
               ["Item", "Mix-proof valve DN65, 1.4404, EPDM"],
               ["PO total", "60 valves = 6 FAT samples (line 10, delivered) + 54 production (line 20)"],
               ["Released by this notice", "54 valves (line 20) - the complete balance"],
               ["Unlock event", "FAT sign-off of the 6 samples by Pieter Claes, 26 April 2024, report FR-0426"],
               ["Released by", "Ellen Maes, Procurement Manager"],
               ["Remaining on hold", "none"]]),
    ("sp",),
    ("p", "Delivery of line 20 per your offer: 10 weeks from the date of this release, DAP Gent."),
    ("p", "Ellen Maes - Gent, 29 April 2024"),
], title="Production release R-24-007", author="Vanderlinde Foods NV")
_txt = """Dear Marco,

Pieter signed off the 6 FAT samples on Friday (FAT report FR-0426). Attached is
production release R-24-007: it releases the 54 valves of line 20 of PO
4502-119207, which is the complete balance. Nothing remains on hold under this
PO.

Please confirm the delivery date for the 54 valves.

Kind regards,
Ellen Maes
Procurement Manager
Vanderlinde Foods NV
"""
_m = mail("Ellen Maes <ellen.maes@vanderlindefoods.be>", "Marco Colombo <m.colombo@vsbrianza.it>",
          "Production release R-24-007 - PO 4502-119207", "Mon, 29 Apr 2024 09:14:27 +0200", _txt,
          html=html_mail(_txt), cc="Pieter Claes <pieter.claes@vanderlindefoods.be>",
          attachments=[("R-24-007.pdf", _rn, PDF_MT)])
case("c_be_release_notice_balance", [],
     "written release of the complete balance (54) after the named FAT sign-off, by Ellen Maes; nothing remains on hold",
     [("Production release R-24-007.eml", eml_bytes(_m))])


# c16: stop notice (DOCX)
_d = docx_bytes([
    ("h1", "STOP NOTICE SN-2024-02"),
    ("p", "From: Keystone Biologics Inc., Supply Chain - To: Hanjin Sanitary Co., Ltd. - Date: April 22, 2024"),
    ("p", "Subject: PO 7100-22950, aseptic diaphragm valves DN25 - NCR-2024-0117 (diaphragm weir cracking)"),
    ("h", "Stop"),
    ("p", "Effective immediately, stop all work under PO 7100-22950: no machining, welding, polishing, assembly "
          "or material purchase, for released and unreleased quantities alike, until this stop is lifted."),
    ("h", "Status at the time of the stop"),
    ("table", [["", "Quantity"], ["PO total", "120"], ["Released to date (release R-01)", "24"],
               ["   of which complete", "10"], ["   of which in process", "14"], ["Balance not released", "96"]]),
    ("h", "Lifting the stop"),
    ("p", "The stop is lifted only by a written notice from Jenna Ortiz, Supply Chain Director, after the CAPA "
          "for NCR-2024-0117 has been closed by Keystone Quality. Once lifted, the 14 in-process valves may be "
          "completed. The 96 valves not released remain on hold until Validation has signed off the corrected "
          "design and Jenna Ortiz has issued a written production release for them."),
    ("p", "Please acknowledge this notice by return e-mail within 24 hours."),
    ("p", "Jenna Ortiz, Supply Chain Director"),
], author="Keystone Biologics")
case("c_us_stop_notice", [],
     "stop notice: everything stopped until Jenna Ortiz lifts it after CAPA closure; quantities stated, 96 on hold until sign-off and written release",
     [("Stop_notice_SN-2024-02.docx", _d)])


# A4: 'Confirmed, proceed.'
_txt = """Min-jun,

Confirmed, proceed.

Eoin

Sent from my iPhone

> On 16 Apr 2024, at 02:11, Kim Min-jun <mj.kim@hanjinsanitary.co.kr> wrote:
>
> Dear Mr. Byrne,
>
> We finished the sample inspection with Ms. Kennedy by video call
> yesterday, she said result look good. Please confirm we can proceed.
>
> Best regards,
> Kim Min-jun
>
>> On 20 Mar 2024, at 15:02, Eoin Byrne <eoin.byrne@carlowbiopharma.ie> wrote:
>>
>> Dear Min-jun,
>>
>> PO 4500092455 attached: ten (10) sample diaphragm valves DN15, 1.4435,
>> EPDM, SF4, per your quotation HJ-2403-021.
>>
>> Only the 10 samples are released. The remaining 150 on the quotation are
>> not released and stay on hold until Aoife Kennedy (Validation) has signed
>> off the samples and I have sent a written production release.
>>
>> Regards,
>> Eoin Byrne
>> Supply Chain Manager, Carlow BioPharma Ltd
"""
_m = mail("Eoin Byrne <eoin.byrne@carlowbiopharma.ie>", "Kim Min-jun <mj.kim@hanjinsanitary.co.kr>",
          "Re: PO 4500092455 - sample inspection", "Tue, 16 Apr 2024 07:43:10 +0100", _txt,
          in_reply_to="<h78-0903@hanjinsanitary.co.kr>")
case("p_ie_confirmed_proceed", ["RG002"],
     "'Confirmed, proceed.' in reply to 'can we proceed' after sample inspection: no scope or quantity; quoted PO scope complete",
     [("Re_PO_4500092455.eml", eml_bytes(_m))])


# A5: portal message log - supplier releases on advance; buyer answers 'Good to run.'
_body = """<div style="background:#444;color:#fff;padding:8px">Aarhus Process Engineering &middot; Supplier Collaboration</div>
<h2>PO 7700561 &mdash; Inox Tubi Veneto S.r.l.</h2>
<table>
<tr><th>Line</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>First-off spools, glycol supply, ISO GS-301 to GS-304, 1.4404, orbital, borescope 100%</td><td>4</td><td>Released</td></tr>
<tr><td>2</td><td>Spools glycol supply, ISO GS-305 to GS-336</td><td>32</td><td>Not released &ndash; on hold</td></tr>
</table>
<p class="note">Line 2 is on hold until Henrik Soerensen has signed off the 4 first-off spools at FAT and Mette Kjaer, Procurement Lead, has sent a written release for line 2. Payment terms: 20% advance on PO value, balance 60 days after delivery.</p>
<h3>Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>12.04.2024 09:14</td><td>Giulia Furlan (Inox Tubi Veneto)</td><td>Advance payment received today, thank you. The order is therefore released to our production, welding planned from week 17.</td></tr>
<tr><td>12.04.2024 11:02</td><td>Henrik Soerensen (APE)</td><td>Good to run.</td></tr>
</table>
<p style="color:#777;font-size:11px">Export 15.04.2024 07:30</p>"""
case("p_dk_portal_advance_good_to_run", ["RG002", "RG012"],
     "supplier releases 'the order' to production because the advance arrived; buyer engineer replies 'Good to run.' without scope",
     [("PO_7700561_collaboration.html", html_page("PO 7700561 - messages", _body))])


# A6: DOCX kick-off minutes - 3 vs 2 pilot frames, 'green light' unscoped
_d = docx_bytes([
    ("h1", "Kick-off meeting minutes - skid frames, brewhouse 2"),
    ("p", "Date: 9 April 2024, 10:00-11:30, Teams. Minutes by Dries Peeters (Brasserie Vallee)."),
    ("table", [["Name", "Company", "Role"],
               ["Kristof Janssens (KJ)", "Brasserie Vallee SA", "Project Director"],
               ["Dries Peeters (DP)", "Brasserie Vallee SA", "Site Engineer"],
               ["Paolo Rota (PR)", "Carpenteria Inox Orobica", "Project Manager"],
               ["Sara Ghilardi (SG)", "Carpenteria Inox Orobica", "Quality"]]),
    ("h", "1. Order scope"),
    ("p", "PO 45-2024-140 covers 3 pilot frames (hot water set, wort aeration, dosing). The remaining 9 frames "
          "are not released; they stay on hold until DP has signed off the pilot frames at the Dinant site and "
          "KJ has sent a written release."),
    ("h", "2. Technical"),
    ("p", "Frames 1.4301, tube 50x50x2, welds continuous and ground, feet M24 adjustable, no horizontal "
          "surfaces without 3 deg fall. PR confirmed weld procedure WPS-114 and welder certificates to "
          "EN ISO 9606-1. SG will send ITP rev 0 by 12 April."),
    ("p", "Skid frames: green light from Brasserie Vallee (KJ)."),
    ("h", "3. Actions"),
    ("table", [["#", "Action", "Who", "When"],
               ["1", "ITP rev 0 to DP", "SG", "12.04."],
               ["2", "Deliver the two pilot frames to Dinant", "PR", "wk 24"],
               ["3", "Book crane for unloading", "DP", "wk 23"]]),
], author="Dries Peeters")
case("p_be_minutes_pilots_3_vs_2", ["RG002", "RG011"],
     "minutes say PO covers 3 pilot frames but the action list delivers 'the two pilot frames'; 'green light' for skid frames is unscoped",
     [("Kick-off_minutes_skid_frames.docx", _d)])


# M2: WeChat - tube for the whole batch already cut
_chat = """WeChat chat history: Rachel Lindqvist / Lily Chen (WHP)
Exported 2024-04-24

2024-03-26 21:04 Rachel Lindqvist: Hi Lily, PO 7100-22871 went out today. Only the 10 FAT spools (ML-WF-401 to -410) are released. The other 70 stay on hold until our FAT sign-off by Tom Kowalski and a written release from me.
2024-03-27 08:15 Lily Chen: Hello Rachel, well received, thank you! 10 FAT spools, we start cutting next week.
2024-04-18 19:40 Lily Chen: FAT spools finished, pickling done. Video FAT possible 25th?
2024-04-18 22:02 Rachel Lindqvist: 25th works, I'll send Tom the invite.
2024-04-19 07:55 Lily Chen: Thank you! Also good news: tube for whole batch already cut and stored, only welding waiting your release \U0001f60a so series can ship fast.
2024-04-19 08:30 Rachel Lindqvist: ok noted
"""
case("p_cn_tube_cut_whole_batch", ["RG006"],
     "supplier has cut tube for the whole batch while only 10 FAT spools are released; no material authority",
     [("WeChat_Rachel_Lily.txt", _chat)])


# M3: buyer's expediting report records tube pre-cut for all spools
_txt = """Hi all,

Weekly expediting summary, week 16.

1) Inox Tubi Veneto - PO 4500093012 - WFI distribution spools
   - Scope on PO: 6 first-off spools released (WFI-501 to WFI-506). Balance
     42 spools not released, on hold until Aoife Kennedy signs off the
     first-offs at FAT and Eoin Byrne issues the written release.
   - Status: first-offs welded, borescope done, passivation wk 17, FAT wk 18.
   - Vendor has pre-cut and end-prepped the tube for all 48 spools and has it
     racked in bay 3 to "save time on the series".

2) Hanjin Sanitary - PO 4500092455 - diaphragm valves DN15
   - Samples delivered 09/04, validation running.

3) Sichtglas Weber - PO 4500093101 - sight glasses
   - Order acknowledged, delivery wk 21 confirmed.

Regards,
Padraig
"""
_html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi all,</p><p>Weekly expediting summary, week 16.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#ddd"><th>Vendor / PO</th><th>Scope on PO</th><th>Status</th></tr>
<tr><td>Inox Tubi Veneto<br>PO 4500093012<br>WFI distribution spools</td>
<td>6 first-off spools released (WFI-501 to WFI-506). Balance 42 spools not released, on hold until Aoife Kennedy signs off the first-offs at FAT and Eoin Byrne issues the written release.</td>
<td>First-offs welded, borescope done, passivation wk 17, FAT wk 18. Vendor has pre-cut and end-prepped the tube for all 48 spools and has it racked in bay 3 to &quot;save time on the series&quot;.</td></tr>
<tr><td>Hanjin Sanitary<br>PO 4500092455</td><td>diaphragm valves DN15</td><td>Samples delivered 09/04, validation running.</td></tr>
<tr><td>Sichtglas Weber<br>PO 4500093101</td><td>sight glasses</td><td>Order acknowledged, delivery wk 21 confirmed.</td></tr>
</table>
<p>Regards,<br>Padraig</p>
</body></html>
"""
_m = mail("Padraig Hennessy <padraig.hennessy@carlowbiopharma.ie>",
          "Eoin Byrne <eoin.byrne@carlowbiopharma.ie>, Aoife Kennedy <aoife.kennedy@carlowbiopharma.ie>",
          "Expediting summary wk 16", "Fri, 19 Apr 2024 16:40:00 +0100", _txt, html=_html)
case("p_ie_expediting_tube_all_48", ["RG006"],
     "buyer's expediting report notes the vendor pre-cut tube for all 48 spools while 6 are released; no material authority",
     [("Expediting summary wk 16.eml", eml_bytes(_m))])


# M4: supplier ERP order status - down payment triggers series, material for 20 frames
_st = """EDELSTAHL RAHMENBAU SCHWARZ GMBH          AUFTRAGSSTATUS / ORDER STATUS
Industriestr. 19, D-78224 Singen                     Druck 17.04.2024 06:30
==============================================================================
Auftrag / Order  : AB-24-0318            Kunde : 10442 Alpina Process Eng. AG
Kunden-PO        : 4500077902            Projekt: 23-121 CIP skids
Sachbearbeiter   : T. Schwarz
------------------------------------------------------------------------------
Pos  Artikel        Bezeichnung                      Menge  Kundenfreigabe
10   SF-410-P       Skid frame CIP, prototype          2    FREIGEGEBEN
20   SF-410-S       Skid frame CIP, series            18    NICHT FREIGEGEBEN
------------------------------------------------------------------------------
Kundennotiz (PO): Pos 20 on hold until FAT sign-off of the 2 prototypes by
                  Mr. R. Frei and written release by Mrs. C. Vogt (Alpina).
------------------------------------------------------------------------------
Ereignisse / Events
02.04.2024  PO received, AB sent
12.04.2024  Anzahlung 30% eingegangen / down payment 30% received
12.04.2024  Pos 20 eingeplant KW 18-20 (Ausloeser: Anzahlung)
            Pos 20 scheduled wk 18-20 (trigger: down payment)
15.04.2024  Material bestellt: Blech 1.4301 3 mm + Rohr 60x60x3 fuer 20
            Rahmen (Bestellung 24-0441, Lieferung KW 17)
16.04.2024  Pos 10: Zuschnitt fertig, Schweissen KW 17
------------------------------------------------------------------------------
Naechster Termin: FAT Pos 10 KW 19
"""
case("p_de_erp_down_payment_trigger", ["RG006", "RG012"],
     "supplier ERP: down payment used as trigger to schedule the unreleased 18 series frames; material ordered for all 20",
     [("Auftragsstatus_AB-24-0318.txt", _st)])


# M5: supplier progress report PDF - 8 vs 6 released; forgings for 60 sets bought
_rep = pdf([
    ("h1", "PROGRESS REPORT No. 3"),
    ("p", "Hanjin Sanitary Co., Ltd. - 32, Noksansaneop-ro, Gangseo-gu, Busan, Korea"),
    ("table", [["Customer", "Rheintal Pharma AG, Visp"], ["Customer PO", "4500233001 (8 sample sets)"],
               ["Item", "Aseptic tank outlet valve DN40 set (valve + actuator + control head)"],
               ["Report date", "2024-04-19"], ["Prepared by", "J.H. Park, Project Engineer"]]),
    ("h", "Production status"),
    ("table", [["Step", "Qty", "Status"],
               ["Released by client", "6 sets", "-"],
               ["Forged bodies purchased", "60 sets", "received 2024-04-12, heat no. 24B-3318"],
               ["Machining", "8 sets", "completed"],
               ["Electropolishing", "8 sets", "2024-04-24"],
               ["Balance 52 sets", "-", "not released, waiting for client release"]]),
    ("h", "Remarks"),
    ("p", "Forged bodies for the full 60 sets were purchased in one heat so that all 3.1 certificates have the "
          "same heat number. FAT for the sample sets is proposed for 2024-05-07."),
], title="Progress report 3 - PO 4500233001", author="Hanjin Sanitary")
case("p_kr_progress_6_vs_8_forgings_60", ["RG006", "RG011"],
     "supplier report: header says 8 sample sets, table 'released by client: 6 sets'; forged bodies bought for all 60",
     [("Progress_report_3_PO_4500233001.pdf", _rep)])


# M6: advance received -> bar for all 120 sets and machining of the complete lot
_txt = """Dear Claire,

Greetings of the day.

Thank you for the advance payment, received today. With the advance received,
we have procured 316L bar for all 120 sets and started the machining of the
complete lot, so your delivery schedule is protected.

The 12 sample sets will be ready for your inspection on 10.05.2024 as planned.

Thanks and regards,
Priya Nair
Sales Coordinator - Exports
Vadodara Hygienic Fittings Pvt. Ltd.
Makarpura GIDC, Vadodara 390010, Gujarat

-----Original Message-----
From: Claire Dunne <claire.dunne@kinsalenutrition.ie>
Sent: Tuesday 2 April 2024 10:02
To: Priya Nair <priya.nair@vadodarahygienic.in>
Subject: PO 4500120955 - ferrule/clamp sets - samples

Hi Priya,

PO 4500120955 attached. Only the 12 sample ferrule/clamp sets are released.
The balance of 108 sets is not released and stays on hold until Declan
Fitzgerald (QA) has signed off the samples and I have sent you a written
production release. The 20% advance in the payment terms is on the PO value
as usual.

Thanks,
Claire Dunne
Buyer, Kinsale Nutrition Ltd
"""
_m = mail("Priya Nair <priya.nair@vadodarahygienic.in>", "Claire Dunne <claire.dunne@kinsalenutrition.ie>",
          "RE: PO 4500120955 - ferrule/clamp sets - samples", "Fri, 12 Apr 2024 17:15:33 +0530", _txt)
case("p_in_advance_bar_all_120", ["RG006", "RG012"],
     "supplier: advance received, so bar bought for all 120 sets and the complete lot machined, while only 12 samples are released",
     [("RE_PO_4500120955.eml", eml_bytes(_m))])


# ------------------------------------------------------------------ batch 4

# T5: 'you may now build the FAT units' - no count; TXT checklist attached
_chk = """FAT CHECKLIST - FERMENTER SIGHT GLASSES (Brasserie Vallee, project BH-2)
Rev 1, 11.04.2024

Per unit:
[ ] Visual: welds ground, no crevices, glass free of chips
[ ] Pressure test 6 bar, 10 min, no leakage
[ ] Glass test certificate DIN 7080 present
[ ] Seal material EPDM, FDA declaration present
[ ] Light fitting IP69K, 24 V, function check
[ ] Marking: tag number on stainless plate
[ ] 3.1 certificate EN 10204 for housing, heat number matches marking

Witness: Dries Peeters (Brasserie Vallee)
"""
_txt = """Sehr geehrte Frau Weber, dear Julia,

Thank you for the revised drawing SG-BH2-080 rev C - the change to the
light fitting bracket is fine for us.

You may now build the FAT units of the fermenter sight glasses (PO
45-2024-152), so that Dries can witness the FAT in your works before the
end of May. The FAT checklist is attached.

The remainder of the project scope stays frozen: nothing beyond the FAT
units is released until Dries has signed off the FAT units and Kristof
Janssens, our Project Director, has sent you a written release.

Met vriendelijke groeten / Kind regards
Dries Peeters
Site Engineer, Brasserie Vallee SA
Rue de la Brasserie 12, 5500 Dinant, Belgium
+32 82 22 61 90
"""
_m = mail("Dries Peeters <dries.peeters@brasserievallee.be>", "Julia Weber <j.weber@sichtglas-weber.de>",
          "PO 45-2024-152 - fermenter sight glasses - FAT units", "Thu, 11 Apr 2024 13:37:21 +0200", _txt,
          html=html_mail(_txt), cc="Kristof Janssens <kristof.janssens@brasserievallee.be>",
          attachments=[("FAT_checklist_SG-BH2.txt", _chk, "text/plain")])
case("p_be_fat_units_no_count", ["RG010"],
     "'you may now build the FAT units' - hold, sign-off and Kristof Janssens named, but the number of FAT units is never given",
     [("PO 45-2024-152 FAT units.eml", eml_bytes(_m))])


# C2: buyer's engineer contradicts the written-release requirement
_txt = """Thomas,

Re the FAT on Tuesday: if the two prototypes pass, just keep going with the
other 10 frames - no need to wait on paperwork from Brian, I'll square it
with him. We're tight for the August shutdown and I'd rather not lose two
weeks on signatures.

Also please bring the weld log and the passivation certificate to the FAT,
Niamh will want to see both.

Cheers,
Cathal

Cathal Moran | Project Engineer | Limerick Sterile Fill Ltd | +353 61 499 238

-----Original Message-----
From: Brian Doyle <brian.doyle@limericksterile.ie>
Sent: 11 March 2024 09:30
To: Thomas Schwarz <t.schwarz@er-schwarz.de>
Cc: Cathal Moran <cathal.moran@limericksterile.ie>
Subject: PO 4500310512 - skid frames, filling line 5

Dear Mr Schwarz,

Please find attached PO 4500310512 for two (2) prototype skid frames for
filling line 5 (drawing LSF-SK5-001 rev B).

The remaining 10 frames on your offer are not released. They stay on hold
until Niamh Kelly (QA) has signed off the two prototypes at FAT and I have
sent you a written production release.

Yours sincerely,
Brian Doyle
Procurement Manager, Limerick Sterile Fill Ltd
"""
_m = mail("Cathal Moran <cathal.moran@limericksterile.ie>", "Thomas Schwarz <t.schwarz@er-schwarz.de>",
          "RE: PO 4500310512 - skid frames, filling line 5", "Thu, 18 Apr 2024 18:02:45 +0100", _txt)
case("p_ie_keep_going_if_fat_passes", ["RG007"],
     "buyer's engineer: if the prototypes pass FAT, keep going with the other 10, no need to wait for Brian's written release",
     [("RE_PO_4500310512.eml", eml_bytes(_m))])


# C3: chat - supplier will roll directly into mass production after sample OK
_chat = """[3/20/24, 9:14:02 AM] Dana Whitfield: Hi Mr. Park - PO 7100-23311 is in Coupa. It's for 5 sample valves only (HJ-SV-25). The production quantity (95) is not released until QC has signed off the samples and Jenna Ortiz sends a written production release.
[3/20/24, 9:31:47 PM] J.H. Park: Good morning Dana, noted 5 samples. Material 316L bar in stock for samples.
[3/20/24, 9:32:10 PM] J.H. Park: After your sample OK we roll directly to mass production, so lead time only 6 weeks \U0001f44d
[3/21/24, 8:02:55 AM] Dana Whitfield: Please ship the samples to Dock 2, attention QC receiving, and put the PO number on the box.
[3/21/24, 8:40:13 PM] J.H. Park: OK Dana, DHL next week.
"""
case("p_kr_roll_directly_chat", ["RG007"],
     "supplier says it will roll directly into mass production after the sample OK; buyer does not correct it",
     [("chat_Dana_JHPark.txt", _chat)])


# C4: supplier order confirmation - series starts automatically on sample approval
_oc = pdf([
    ("h1", "CONFERMA D'ORDINE / ORDER CONFIRMATION OC-24/0577"),
    ("p", "Valvole Sanitarie Brianza S.r.l. - Via dell'Artigianato 31, 20835 Muggio (MB) - Italia"),
    ("table", [["Customer", "Zuivelhuis Roeselare NV, Meensesteenweg 301, 8800 Roeselare"],
               ["Your PO", "ZR-24-0230 of 10.04.2024"], ["Date", "12.04.2024"],
               ["Our reference", "Marco Colombo"]]),
    ("sp",),
    ("table", [["Pos.", "Description", "Qty", "Price EUR", "Delivery"],
               ["1", "Check valve DN50, 1.4404, EPDM, DIN 11851 - FAT samples", "3 pcs", "412,00", "week 20"]]),
    ("sp",),
    ("h", "Series"),
    ("p", "Production of the series will start automatically upon your sample approval; no separate release is "
          "required. Delivery of the series: 8 weeks after the date of your sample approval."),
    ("h", "Conditions"),
    ("p", "Delivery FCA Muggio. Payment 60 days end of month. Our general conditions of sale apply."),
    ("p", "Distinti saluti - Marco Colombo"),
], title="OC-24/0577", author="Valvole Sanitarie Brianza")
case("p_it_oc_series_automatic", ["RG007"],
     "supplier order confirmation: series production starts automatically on sample approval, no separate release",
     [("OC-24-0577.pdf", _oc)])


# C5: supplier ITP - 'release' three ways, client sample approval = serial release
_d = docx_bytes([
    ("h1", "Inspection and Test Plan ITP-SSV-24-031 rev 0"),
    ("p", "Supplier: Shreeji Sanitary Valves Pvt. Ltd. - Client: Alpina Process Engineering AG, Basel - "
          "End user: pharma client Visp - Item: sanitary ball valves DN25/DN40, 1.4404"),
    ("p", "Legend: H = hold point, W = witness, R = review of documents, P = perform"),
    ("table", [["No.", "Activity", "Reference", "Shreeji", "Client", "Remarks"],
               ["1", "Release of drawings by client (IFC)", "GA drawings SSV-BV-25/40", "P", "H", "no work before IFC"],
               ["2", "PO release", "client PO", "R", "P", "commercial"],
               ["3", "Raw material receipt, 3.1 review", "EN 10204", "P", "R", "heat numbers to weld map"],
               ["4", "Machining of FAT samples (2 pcs per size)", "drawing", "P", "-", ""],
               ["5", "Electropolish, Ra check <= 0.5 um", "ASME BPE SF4", "P", "W", "profilometer, 5 points"],
               ["6", "FAT of samples: pressure, seat leak, cycle test", "ITP annex A", "P", "H",
                "client approval of FAT samples = release for serial fabrication of the balance"],
               ["7", "Serial fabrication", "-", "P", "-", "starts on approval at step 6"],
               ["8", "Final inspection, packing, dossier", "ITP annex B", "P", "R", ""]]),
    ("sp",),
    ("p", "Prepared: N. Shah (QA, Shreeji) 05.04.2024 - Reviewed: R. Patel"),
], author="Shreeji Sanitary Valves")
case("p_in_itp_release_three_ways", ["RG007", "RG009"],
     "supplier ITP: 'release' for IFC drawings, PO and serial fabrication; client approval of FAT samples = release of the balance",
     [("ITP-SSV-24-031_rev0.docx", _d)])


# C6: supplier portal - advance payment releases production; series automatic on sample approval
_body = """<div style="background:#8a1c1c;color:#fff;padding:8px"><b>Jiangsu Clearview</b> Customer Order Tracking</div>
<p>Customer: <b>Kinsale Nutrition Ltd</b> &middot; Sales order SO-24-1290 &middot; Customer PO 4500121040 &mdash; 6 sample sight glasses DN65</p>
<h3>Order milestones</h3>
<table>
<tr><th>Milestone</th><th>Status</th><th>Date</th></tr>
<tr><td>Customer PO received</td><td>done</td><td>2024-04-02</td></tr>
<tr><td>Advance payment 30%</td><td>received</td><td>2024-04-09</td></tr>
<tr><td>Production release</td><td>released (by advance payment)</td><td>2024-04-09</td></tr>
<tr><td>Sample approval by customer</td><td>pending</td><td>&mdash;</td></tr>
<tr><td>Series production</td><td>starts automatically on sample approval</td><td>&mdash;</td></tr>
</table>
<p>Contact: Lily Chen, Export Sales &middot; +86 519 8632 4471 &middot; lily.chen@jcsightglass.cn</p>
<p style="color:#777;font-size:11px">Page generated 2024-04-15 10:22 CST</p>"""
case("p_cn_portal_advance_auto_series", ["RG007", "RG012"],
     "supplier tracking page: production released by advance payment; series starts automatically on sample approval",
     [("SO-24-1290_tracking.html", html_page("SO-24-1290 order tracking", _body))])


# C7: buyer PO without a sample count; supplier starts mass production on photo approval
_txt = """Dear Mr. Lemmens,

Thank you for the order ZR-24-0251, well received.

We will start the mass production right after your QA approve the sample
photos, so the delivery can be very fast. Sample drawing ZR-SG-100 rev A is
clear for us, glass thickness 15 mm as per DIN 7080.

Best regards,
Lily Chen
Export Sales, Jiangsu Clearview Sight Glass Co., Ltd.
No. 18 Xinghu Road, Wujin District, Changzhou

> From: Bart Lemmens <bart.lemmens@zuivelhuis.be>
> Date: 2024-04-03 11:20
> Subject: PO ZR-24-0251 - sight glasses DN100 - samples
>
> Dear Ms Chen,
>
> Please manufacture the sample sight glasses DN100 for the cheese vat line
> per drawing ZR-SG-100 rev A (PO ZR-24-0251).
>
> The series is on hold until our QA engineer, Sofie Vermeulen, has signed
> off the samples, and it is released only by a written production release
> from me.
>
> Kind regards,
> Bart Lemmens
> Purchasing Manager, Zuivelhuis Roeselare NV
"""
_m = mail("Lily Chen <lily.chen@jcsightglass.cn>", "Bart Lemmens <bart.lemmens@zuivelhuis.be>",
          "Re: PO ZR-24-0251 - sight glasses DN100 - samples", "Thu, 4 Apr 2024 09:05:40 +0800", _txt)
case("p_cn_mass_production_after_photos", ["RG007", "RG010"],
     "buyer's quoted PO releases 'the sample sight glasses' without a count; supplier will start mass production when QA approves photos",
     [("Re_PO_ZR-24-0251.eml", eml_bytes(_m))])


# C8: buyer waives his own written release and turns the forecast into a firm order
_txt = """Soo-yeon,

Two things:

1) Once Lotte has signed off the samples next week, just run the 780 - you
   don't need to wait for anything from me, I'm travelling until the 20th.

2) Our 2025 forecast (below): please treat it as a firm order from our side
   and book the capacity accordingly.

Mads

Mads Holm | Category Manager | Nordhavn Bryggeri A/S | +45 33 27 44 10

> On 4 Apr 2024, at 10:12, Mads Holm <mh@nordhavnbryg.dk> wrote:
>
> Hi Soo-yeon,
>
> PO 4700288 for twenty (20) sample clamps 4" heavy duty is in your inbox.
> The balance of 780 on your quote is not released; it is on hold until
> Lotte Brandt (QA) has signed off the samples and I have sent you a
> written release.
>
> For your planning only, our non-binding 2025 forecast for the 4" clamps
> is 3,000 pcs. This is not an order and nothing of it is released.
>
> Mads
"""
_m = mail("Mads Holm <mh@nordhavnbryg.dk>", "Lee Soo-yeon <sylee@daewonclamp.co.kr>",
          "Re: PO 4700288 - 4\" clamps", "Mon, 8 Apr 2024 22:41:03 +0200", _txt)
case("p_dk_just_run_780_forecast_firm", ["RG007", "RG008"],
     "buyer: once QA signs off, just run the 780 without his written release; and treat the labelled 2025 forecast as a firm order",
     [("Re_PO_4700288.eml", eml_bytes(_m))])


# F2: DOCX supplier review minutes - forecast of 12 frames 'committed'
_d = docx_bytes([
    ("h1", "Supplier review - Carlow BioPharma / Edelstahl Rahmenbau Schwarz"),
    ("p", "Date: 17 April 2024 - Location: Carlow, meeting room Barrow - Minutes: Padraig Hennessy"),
    ("p", "Attendees: Eoin Byrne (EB), Padraig Hennessy (PH) - Carlow BioPharma; Thomas Schwarz (TS) - ERS"),
    ("h", "1. Quality 2023/24"),
    ("p", "Two NCRs in 2023 (NCR-2023-0412 weld discoloration, NCR-2023-0519 missing earthing boss), both closed. "
          "On-time delivery 92%."),
    ("h", "2. Outlook 2025"),
    ("p", "EB presented the CB forecast for the Phase 3 expansion: 12 skid frames in 2025, taken from the "
          "capex plan. TS asked whether this is firm. EB: the 12 frames can be considered committed; TS to "
          "reserve welding capacity in Q2 2025 accordingly."),
    ("h", "3. Actions"),
    ("table", [["#", "Action", "Who", "Due"],
               ["1", "Send updated welder qualification list", "TS", "30.04.2024"],
               ["2", "Share Phase 3 frame layout drawings", "PH", "15.05.2024"],
               ["3", "Capacity reservation Q2 2025 in ERS planning", "TS", "31.05.2024"]]),
], author="Padraig Hennessy")
case("p_ie_minutes_forecast_committed", ["RG008"],
     "minutes: buyer says the 12-frame capex forecast 'can be considered committed' and supplier reserves capacity",
     [("Supplier_review_ERS_2024-04-17.docx", _d)])


# F3K4: chat - 6 pilot units vs 'the 8 pilots'; forecast 'basically confirmed'
_chat = """02/04/2024, 10:05 - Jesper Lund: Hi Soo-yeon, PO KO-24-0810 is for 6 pilot units of the 2.5" clamp kit (clamp + gasket + ferrules). The rest is not released until Karen Holt has signed off the pilots on line 3, then you get a written release from me.
02/04/2024, 10:20 - Lee Soo-yeon (Daewon): Noted with thanks, 6 pilot units, ship wk 17.
09/04/2024, 14:48 - Jesper Lund: btw forecast for next year is ~1.5k kits. honestly you can count on that as an order, it's basically confirmed
09/04/2024, 14:50 - Lee Soo-yeon (Daewon): Wow thank you! We plan it.
16/04/2024, 08:12 - Jesper Lund: when do the 8 pilots ship? Karen wants them on line 3 by the 29th
16/04/2024, 08:30 - Lee Soo-yeon (Daewon): Pilot units ship Friday by DHL, tracking follows.
"""
case("p_dk_chat_pilots_6_vs_8_forecast", ["RG008", "RG011"],
     "buyer's chat: PO for 6 pilot units, later 'the 8 pilots'; and the ~1.5k forecast 'you can count on as an order'",
     [("WhatsApp Chat with Lee Soo-yeon.txt", _chat)])


# F4: two PDFs - PO 4 samples + forecast labelled; supplier OA confirms 5 samples and 300 firm
_po = pdf([
    ("h1", "Bestelbon / Purchase Order ZR-24-0266"),
    ("p", "Zuivelhuis Roeselare NV - Meensesteenweg 301, 8800 Roeselare, Belgium"),
    ("table", [["Date", "11 April 2024"], ["Supplier", "Heinz Kramer Sanitaerarmaturen GmbH, Rendsburg"],
               ["Purchasing", "Bart Lemmens"], ["Delivery", "DAP Roeselare"]]),
    ("sp",),
    ("table", [["Line", "Description", "Qty", "Status"],
               ["10", "Tank bottom valve DN65, 1.4404, EPDM, pneumatic - samples", "4", "released"],
               ["20", "Tank bottom valve DN65 - 2025 forecast", "300", "non-binding forecast, not released"]]),
    ("sp",),
    ("p", "Line 20 is a non-binding forecast for your planning. Production of any series quantity is released "
          "only after Sofie Vermeulen (QA) has signed off the 4 samples at FAT, by a written production release "
          "from Bart Lemmens, Purchasing Manager."),
], title="PO ZR-24-0266", author="Zuivelhuis Roeselare NV")
_oa = pdf([
    ("h1", "Auftragsbestaetigung / Order acknowledgement AB-24-1130"),
    ("p", "Heinz Kramer Sanitaerarmaturen GmbH - Hafenstrasse 21 - D-24768 Rendsburg"),
    ("table", [["Kunde / Customer", "Zuivelhuis Roeselare NV"], ["Ihre Bestellung / your PO", "ZR-24-0266"],
               ["Datum / Date", "15.04.2024"], ["Bearbeiter", "Frank Ohlsen"]]),
    ("sp",),
    ("table", [["Pos.", "Beschreibung / Description", "Menge / Qty", "Liefertermin / Delivery"],
               ["10", "Tankbodenventil DN65 - Muster / samples", "5 Stk.", "KW 21"],
               ["20", "Tankbodenventil DN65 - fester Auftrag gemaess Ihrem Forecast / firm order per your forecast",
                "300 Stk.", "4 Lose ab KW 36 / 4 lots from wk 36"]]),
    ("sp",),
    ("p", "Vielen Dank fuer Ihren Auftrag. / Thank you for your order."),
], title="AB-24-1130", author="Heinz Kramer Sanitaerarmaturen")
case("p_be_oa_5_samples_300_firm", ["RG008", "RG011"],
     "PO releases 4 samples and labels 300 as non-binding forecast; supplier OA confirms 5 samples and 300 as a firm order",
     [("Bestelbon_ZR-24-0266.pdf", _po), ("AB-24-1130.pdf", _oa)])


# G1K5: 'approval' three ways; PO ten samples vs 'twelve sample valves'
_txt = """Dear Rakesh,

Approval update for PO 4500077960:

- drawing approval is done (GA drawing SSV-BV-50 rev D),
- PO approval was done in our system by Finance yesterday,
- and the approval of the twelve sample valves is given - you may make the
  twelve samples now.

The other 50 remain on hold until Henrik Soerensen has signed off the samples
at FAT and I have sent you a written production release.

Best regards,
Mette Kjaer
Procurement Lead
Aarhus Process Engineering ApS
+45 87 34 19 00

> -----Original Message-----
> From: Mette Kjaer <mk@aarhusprocess.dk>
> Sent: 2 April 2024 15:10
> To: Rakesh Patel <rakesh@shreejivalves.in>
> Subject: PO 4500077960 - ball valves DN50 - samples
>
> Dear Rakesh,
>
> PO 4500077960 covers ten (10) sample ball valves DN50 (1.4404, cavity
> filled, ISO 2852 clamp ends). The remaining 50 valves on your quotation
> SSV/Q/24-0402 are not released: they stay on hold until Henrik Soerensen
> has signed off the samples at FAT and I have sent you a written production
> release.
>
> Best regards,
> Mette Kjaer
"""
_m = mail("Mette Kjaer <mk@aarhusprocess.dk>", "Rakesh Patel <rakesh@shreejivalves.in>",
          "RE: PO 4500077960 - ball valves DN50 - samples", "Tue, 9 Apr 2024 10:48:12 +0200", _txt,
          cc="Henrik Soerensen <hs@aarhusprocess.dk>")
case("p_dk_approval_update_ten_vs_twelve", ["RG009", "RG011"],
     "'approval' for drawing, PO and samples in one list; PO says ten (10) samples, update says twelve",
     [("RE_PO_4500077960.eml", eml_bytes(_m))])


# K2: e-mail says 10 first-off spools, attached PO says 12
_po = pdf([
    ("h1", "Purchase Order 4500233390"),
    ("p", "Rheintal Pharma AG - Werk Visp - Lonzastrasse 12, CH-3930 Visp"),
    ("table", [["Date", "22.03.2024"], ["Supplier", "Inox Tubi Veneto S.r.l., Vigodarzere (PD), Italy"],
               ["Contact", "Martina Keller, Project Engineer"], ["Project", "P-2304 WFI loop 3"]]),
    ("sp",),
    ("table", [["Line", "Description", "Qty", "Status"],
               ["10", "First-off spools WFI loop 3, 1.4435, orbital, borescope 100%, Ra <= 0.4 um EP", "12", "released"],
               ["20", "Spools WFI loop 3, balance", "60", "NOT released - on hold"]]),
    ("sp",),
    ("p", "Line 20 is released only after Dr. Nadia Imhof (Qualification) has signed off the first-off spools at "
          "FAT, by a written production release from Urs Bachmann, Head of Procurement."),
], title="PO 4500233390", author="Rheintal Pharma AG")
_txt = """Buongiorno Giulia,

attached our PO 4500233390 for the 10 first-off spools of WFI loop 3. The
rest stays on hold as written in the PO.

FAT: we would like to witness the borescope inspection of the first-offs
live; please propose two dates in week 18.

Freundliche Gruesse
Martina Keller
Project Engineer, Rheintal Pharma AG
"""
_m = mail("Martina Keller <martina.keller@rheintalpharma.ch>", "Giulia Furlan <g.furlan@inoxtubiveneto.it>",
          "PO 4500233390 - WFI loop 3 first-off spools", "Fri, 22 Mar 2024 14:12:09 +0100", _txt,
          attachments=[("PO_4500233390.pdf", _po, PDF_MT)])
case("p_ch_mail_10_po_12", ["RG011"],
     "cover e-mail releases '10 first-off spools' while the attached PO line 10 releases 12",
     [("PO 4500233390 WFI loop 3.eml", eml_bytes(_m))])


# K3: portal call-off - header 20 released, schedule lines add up to 24
_body = """<div style="background:#2d5d2a;color:#fff;padding:8px"><b>Mid-Lakes Creamery Cooperative</b> &middot; Supplier Portal</div>
<h2>Call-off CO-0007 &mdash; scheduling agreement 5500000912</h2>
<table>
<tr><th>Supplier</th><td>Daewon Clamp Tech Co., Ltd.</td></tr>
<tr><th>Item</th><td>Clamp kit 3&quot; (clamp, EPDM gasket, 2 ferrules), 316L</td></tr>
<tr><th>Frame quantity 2024</th><td>400 kits (non-binding forecast)</td></tr>
<tr><th>Released by this call-off</th><td><b>20 kits</b></td></tr>
<tr><th>Not released</th><td>all other frame quantity; released only by the next call-off</td></tr>
<tr><th>Call-offs signed by</th><td>Rachel Lindqvist, Purchasing Manager</td></tr>
</table>
<h3>Delivery schedule CO-0007</h3>
<table>
<tr><th>Line</th><th>Need by</th><th>Qty</th></tr>
<tr><td>1</td><td>05/17/2024</td><td>8</td></tr>
<tr><td>2</td><td>05/31/2024</td><td>8</td></tr>
<tr><td>3</td><td>06/14/2024</td><td>8</td></tr>
<tr><td></td><td><b>Total</b></td><td><b>24</b></td></tr>
</table>
<p style="color:#777;font-size:11px">Published 04/15/2024 by R. Lindqvist</p>"""
case("p_us_calloff_20_vs_24", ["RG011"],
     "call-off header releases 20 kits but its delivery schedule totals 24",
     [("CO-0007_5500000912.html", html_page("Call-off CO-0007", _body))])


# P2: supplier releases the complete order on the advance; buyer's PO mail forwarded as rfc822
_orig = mail("Brian Doyle <brian.doyle@limericksterile.ie>", "Lily Chen <lily.chen@jcsightglass.cn>",
             "PO 4500310701 - sight glasses DN25 - samples", "Wed, 3 Apr 2024 11:05:00 +0100",
             """Dear Ms Chen,

Please find our PO 4500310701 for the sight glasses DN25 (ISO 2852 clamp ends,
1.4435, borosilicate).

Only four (4) sample sight glasses are released. The balance of 56 pcs is not
released and stays on hold until Niamh Kelly (QA) has signed off the samples
and I have issued a written production release.

Payment terms: 30% advance on the PO value (60 pcs), balance 60 days after
delivery.

Yours sincerely,
Brian Doyle
Procurement Manager, Limerick Sterile Fill Ltd
""")
_txt = """Dear Mr. Doyle,

We have received your advance payment (30%) today, thank you very much.

Therefore we have released your complete order to our workshop; all sight
glasses will be finished in week 21 and can ship together.

For your reference I forward your PO mail.

Best regards,
Lily Chen
Export Sales, Jiangsu Clearview Sight Glass Co., Ltd.
"""
_m = mail("Lily Chen <lily.chen@jcsightglass.cn>", "Brian Doyle <brian.doyle@limericksterile.ie>",
          "Advance received - PO 4500310701", "Wed, 17 Apr 2024 15:20:11 +0800", _txt,
          attachments=[("rfc822", _orig)])
case("p_cn_advance_complete_order", ["RG012"],
     "supplier released the complete order to the workshop because the advance arrived; forwarded PO releases only 4 samples",
     [("Advance received PO 4500310701.eml", eml_bytes(_m))])


# ------------------------------------------------------------------ batch 5 (clean)

# c17: old framework quote forwarded as message/rfc822, declared informational
_old = mail("Julia Weber <j.weber@sichtglas-weber.de>", "Einkauf Rheintal <einkauf@rheintalpharma.ch>",
            "Rahmenangebot ANG-22-1107 Schauglaeser DN50", "Mon, 14 Nov 2022 10:02:00 +0100",
            """Sehr geehrte Damen und Herren,

anbei unser Rahmenangebot ANG-22-1107 fuer Schauglaeser DN50 mit Leuchte fuer
Ihr Werk Monthey:

  Rahmenmenge 5.000 Stk. ueber 5 Jahre
  Staffel 1:   500 Stk./Jahr   EUR 352,00
  Staffel 2: 1.000 Stk./Jahr   EUR 331,00

Lieferzeit 8 Wochen nach Abruf. Gueltig bis 31.03.2023.

Mit freundlichen Gruessen
Julia Weber
Sichtglas Technik Weber GmbH
""")
_txt = """Dear Ms. Weber,

Our PO 4500233520 reached you this morning through the SAP supplier mail. It
is for three (3) sample sight glasses DN50 with light fitting for the new
buffer hold tanks in Visp.

Only the 3 samples are released. The series (your quote ANG-24-0488, 57 pcs)
is not released and stays on hold until our Qualification (Dr. Nadia Imhof)
has signed off the samples, and then only by a written production release
from Urs Bachmann, Head of Procurement.

For information only I forward your 2022 framework quotation for our old
Monthey plant, because the light fitting was specified there. It is not part
of this order and nothing of it is released.

Freundliche Gruesse
Martina Keller
Project Engineer, Rheintal Pharma AG
"""
_m = mail("Martina Keller <martina.keller@rheintalpharma.ch>", "Julia Weber <j.weber@sichtglas-weber.de>",
          "PO 4500233520 - sight glasses DN50 - 3 samples", "Wed, 3 Apr 2024 08:55:14 +0200", _txt,
          html=html_mail(_txt), attachments=[("rfc822", _old)])
case("c_ch_old_quote_forwarded_info", [],
     "3 samples released, 57 series on hold until Dr. Imhof's sign-off and Urs Bachmann's written release; old 5.000 pcs quote forwarded as information only",
     [("PO 4500233520 sight glasses.eml", eml_bytes(_m))])


# c18: supplier assumes auto-conversion (quoted); buyer corrects it
_txt = """Rakesh,

Please don't. The FAT sign-off releases nothing by itself.

Until you hear otherwise, only the 8 sample valves are released. The balance
of 112 stays on hold until Ciaran has signed off the samples at FAT and I
have sent you a written production release for it. No material for the 112
before that, please.

Kind regards,
Sinead

Sinead Walsh | Procurement Lead | Glanmire Dairy Ingredients Ltd

> On 10 Apr 2024, at 12:40, Rakesh Patel <rakesh@shreejivalves.in> wrote:
>
> Dear Madam,
>
> 8 nos. sample valves DN80 ready for FAT on 23.04.2024. Once Mr. Ciaran
> approves the samples at FAT we will start the balance 112 nos. immediately
> so that delivery is fast.
>
> Thanking you,
> Rakesh Patel
"""
_m = mail("Sinead Walsh <sinead.walsh@glanmiredairy.ie>", "Rakesh Patel <rakesh@shreejivalves.in>",
          "Re: FAT 23.04 - PO 4500082260 - ball valves DN80", "Wed, 10 Apr 2024 09:12:00 +0100", _txt,
          cc="Ciaran O'Donovan <ciaran.odonovan@glanmiredairy.ie>", in_reply_to="<h78-0904@shreejivalves.in>")
case("c_ie_buyer_corrects_autoconversion", [],
     "quoted supplier assumption (start balance on FAT approval) is corrected: 8 released, 112 on hold until sign-off and Sinead's written release",
     [("Re_FAT_23.04_PO_4500082260.eml", eml_bytes(_m))])


# c19: buyer-side ITP that keeps FAT sign-off and production release apart
_d = docx_bytes([
    ("h1", "Inspection and Test Plan APE-ITP-077 rev 1 - glycol spools"),
    ("p", "Project 23-077 glycol distribution - Client: Nordhavn Bryggeri A/S - Fabricator: Inox Tubi Veneto S.r.l. - "
          "PO 7700561"),
    ("p", "Legend: H = hold point (work stops until signed), W = witness, R = document review"),
    ("table", [["Step", "Activity", "Acceptance", "APE", "Remarks"],
               ["1", "IFC spool drawings GS-301..GS-336 issued", "rev B", "R", ""],
               ["2", "Welding procedure and welder qualifications", "EN ISO 15614-1 / 9606-1", "R", ""],
               ["3", "Material 1.4404 receipt, 3.1 certificates", "EN 10204 3.1", "R", "heat numbers to weld log"],
               ["4", "First-off spools GS-301..GS-304 (4 pcs): welding, borescope 100%", "ASME BPE MJ", "W", ""],
               ["5", "FAT of the 4 first-off spools", "ITP annex A", "H", "FAT sign-off by Henrik Soerensen"],
               ["6", "Serial spools GS-305..GS-336 (32 pcs)", "-", "H",
                "not released by step 5; needs a separate written production release from Mette Kjaer, Procurement Lead"],
               ["7", "Pickling, passivation ASTM A967, Ra <= 0.6 um", "", "W", ""],
               ["8", "Dossier: weld log, videos, certificates", "", "R", ""]]),
    ("sp",),
    ("p", "Note: the FAT sign-off in step 5 is a technical sign-off of the 4 first-off spools only. It does not "
          "release the 32 serial spools and does not authorize material for them."),
    ("p", "Prepared: Henrik Soerensen 02.04.2024 - Agreed: Giulia Furlan (Inox Tubi Veneto) 04.04.2024"),
], author="Aarhus Process Engineering")
case("c_dk_itp_signoff_not_release", [],
     "ITP keeps FAT sign-off of 4 first-offs separate from the written production release of 32 by Mette Kjaer",
     [("APE-ITP-077_rev1.docx", _d)])


# c20: material authority statement - staged above released quantity, explicit
_ma = pdf([
    ("h1", "Material authority statement MA-24-003"),
    ("p", "Vanderlinde Foods NV - Industrieweg 88, 9000 Gent - Purchasing"),
    ("table", [["PO", "PO-VF-24-0490"], ["Supplier", "Carpenteria Inox Orobica S.r.l."],
               ["Item", "CIP skid frame CF-4 per drawing VF-CIP-4-100 rev B"], ["Date", "16 April 2024"]]),
    ("sp",),
    ("table", [["", "Frames", "Note"],
               ["Fabrication released", "2", "prototype frames, PO line 10"],
               ["Material authority (staged)", "10", "1.4301 sheet and tube for up to 10 frames at Vanderlinde's liability, max. EUR 14.000"],
               ["Fabrication not released", "8", "frames 3 to 10, PO line 20 - on hold"]]),
    ("sp",),
    ("p", "You may buy and hold material for up to 10 frames. Cutting, welding or any other fabrication of "
          "frames 3 to 10 is not released. They are released only after Pieter Claes has signed off the two "
          "prototype frames at FAT, and then only by a written production release from Ellen Maes, "
          "Procurement Manager."),
    ("p", "Ellen Maes - Procurement Manager"),
], title="MA-24-003", author="Vanderlinde Foods NV")
case("c_be_material_authority_staged", [],
     "explicit staged material authority for 10 frames while fabrication is released for 2; 8 on hold until FAT sign-off and Ellen Maes' release",
     [("MA-24-003.pdf", _ma)])


# c21: interim sign-off with quantity and expiry limits (DOCX disposition attached)
_disp = docx_bytes([
    ("h1", "Sample disposition SD-24-018"),
    ("table", [["PO", "4500310820"], ["Supplier", "Heinz Kramer Sanitaerarmaturen GmbH"],
               ["Item", "Aseptic diaphragm valve DN25, 1.4435, EPDM"],
               ["Samples", "10 pcs, delivered 02/04/2024"],
               ["Disposition", "INTERIM"],
               ["Limits", "max. 20 pcs; valid until 30 June 2024"],
               ["Reason", "Ra 0.45 um on weir vs 0.40 um specified; deviation DEV-24-031 accepted for 20 pcs"],
               ["Signed", "Niamh Kelly, QA Manager, 18/04/2024"]]),
    ("p", "A full sign-off requires a corrected electropolish on new samples."),
], author="Niamh Kelly")
_txt = """Dear Mr. Ohlsen,

Attached is the sample disposition SD-24-018 for the DN25 diaphragm valves:
interim, limited to 20 pcs and valid until 30 June 2024 (deviation DEV-24-031
for the Ra on the weir).

On that basis I release 20 valves now (release R-02 under PO 4500310820),
delivery by 28 June at the latest.

The balance of 170 valves is not released. It stays on hold until Niamh Kelly
has given a full sign-off on samples with the corrected electropolish, and
then until I issue a written production release for it.

Yours sincerely,
Brian Doyle
Procurement Manager
Limerick Sterile Fill Ltd
+353 61 499 220
"""
_m = mail("Brian Doyle <brian.doyle@limericksterile.ie>", "Frank Ohlsen <f.ohlsen@kramer-armaturen.de>",
          "Release R-02 / interim disposition SD-24-018 - PO 4500310820", "Thu, 18 Apr 2024 16:31:22 +0100", _txt,
          cc="Niamh Kelly <niamh.kelly@limericksterile.ie>",
          attachments=[("SD-24-018.docx", _disp, DOCX_MT)])
case("c_ie_interim_signoff_limits", [],
     "interim disposition limited to 20 pcs / 30 June; release R-02 for 20; balance 170 on hold until full sign-off and Brian Doyle's written release",
     [("Release R-02 interim SD-24-018.eml", eml_bytes(_m))])


# c22: supplier weekly status within the release
_st = """EDELSTAHL RAHMENBAU SCHWARZ GMBH                    WOCHENBERICHT / WEEKLY STATUS
Kunde / customer : Rheintal Pharma AG, Visp        KW 16 / 2024
Kunden-PO        : 4500232410                      Auftrag AB-24-0291
--------------------------------------------------------------------------------
Pos 10  Skid frame SF-300 prototype     1 pc   released by customer
        - cutting done KW 14, welding done KW 15
        - pickling and passivation KW 16 (done 17.04.)
        - dimensional check KW 17, FAT with Mrs. Keller planned 30.04.
Pos 20  Skid frame SF-300 series       11 pcs  NOT released by customer
        - no material ordered, no capacity booked, no work started
        - we wait for the written release from Mr. Bachmann after SAT
--------------------------------------------------------------------------------
Material on hand for this order: sheet and tube for the prototype only.
Open points: earthing boss position to be confirmed (drawing SF-300-01 Rev D).
--------------------------------------------------------------------------------
T. Schwarz, +49 7731 88 41 0
"""
case("c_de_status_within_release", [],
     "supplier status: only the released prototype worked on, 11 series frames untouched and no material bought for them",
     [("Wochenbericht_KW16_AB-24-0291.txt", _st)])


# c23: chat - buyer asks a conditional question about capacity
_chat = """[3/27/24, 10:02:41 AM] Dana Whitfield: Mr. Park - PO 7100-23390 for 6 sample valves HJ-SV-40 is in Coupa. The production quantity of 54 is not released until QC has signed off the samples and Jenna Ortiz has sent a written production release.
[3/27/24, 8:44:02 PM] J.H. Park: Good morning Dana. Noted, 6 samples only.
[4/9/24, 9:15:30 AM] Dana Whitfield: Planning question: if QC signs off the samples on the 14th, would you have capacity to start the 54 in the week of the 20th - assuming Jenna's written release has come through by then?
[4/9/24, 9:01:12 PM] J.H. Park: Yes Dana, we can keep capacity for week of 20th. We will not start before the written release from Ms. Ortiz.
[4/10/24, 7:58:40 AM] Dana Whitfield: Perfect, thanks.
"""
case("c_us_chat_capacity_question", [],
     "buyer asks a conditional planning question about starting the 54 once the written release exists; scope message is complete",
     [("chat_Dana_JHPark_HJ-SV-40.txt", _chat)])


# c24: two files - complete PO (PDF) and supplier acknowledgement (EML with HTML attachment)
_po = pdf([
    ("h1", "KOEBSORDRE / PURCHASE ORDER KO-24-0855"),
    ("p", "Vestjysk Mejeri A/S - Mejerivej 4, DK-6950 Ringkoebing"),
    ("table", [["Date", "15-04-2024"], ["Vendor", "Jiangsu Clearview Sight Glass Co., Ltd."],
               ["Purchaser", "Jesper Lund"], ["Delivery", "FCA Shanghai, air freight"]]),
    ("sp",),
    ("table", [["Line", "Description", "Qty", "Status"],
               ["10", "Sight glass DN80 with light, 1.4404, DIN 11851 - samples", "5", "released"],
               ["20", "Sight glass DN80 with light - series", "55", "not released"]]),
    ("sp",),
    ("p", "Line 20 (55 pcs) is on hold. It is released only after Karen Holt (QA) has signed off the 5 samples "
          "at FAT, by a written production release from Jesper Lund. Accepting this PO does not release line 20. "
          "Material authority: samples only."),
], title="KO-24-0855", author="Vestjysk Mejeri A/S")
_ack_html = html_page("Order acknowledgement SO-24-1344", """<h2>Order acknowledgement SO-24-1344</h2>
<table>
<tr><th>Customer PO</th><td>KO-24-0855</td></tr>
<tr><th>Line 10</th><td>5 sample sight glasses DN80 &mdash; accepted, ship 2024-05-20</td></tr>
<tr><th>Line 20</th><td>55 pcs &mdash; acknowledged as NOT released; no production, no material</td></tr>
</table>
<p>Jiangsu Clearview Sight Glass Co., Ltd. &middot; Export Sales</p>""")
_txt = """Dear Mr. Lund,

We acknowledge your PO KO-24-0855, acknowledgement SO-24-1344 attached.

We make only the 5 samples now. We understand the PO acceptance does not
release the series of 55 pcs; we will wait for your written release after
Ms. Holt's FAT sign-off and will not buy material for the series before.

Best regards,
Lily Chen
Export Sales, Jiangsu Clearview Sight Glass Co., Ltd.
"""
_m = mail("Lily Chen <lily.chen@jcsightglass.cn>", "Jesper Lund <jlu@vestjyskmejeri.dk>",
          "Order acknowledgement SO-24-1344 / PO KO-24-0855", "Wed, 17 Apr 2024 10:30:00 +0800", _txt,
          attachments=[("SO-24-1344.html", _ack_html, "text/html")])
case("c_dk_po_and_ack_pair", [],
     "two files: PO with 5 released, 55 on hold until Karen Holt's sign-off and Jesper Lund's release; supplier ack restates it",
     [("KO-24-0855.pdf", _po), ("Order acknowledgement SO-24-1344.eml", eml_bytes(_m))])


# c25: two files - DOCX PO and the supplier's HTML web quote, quote declared informational
_d = docx_bytes([
    ("h1", "Purchase Order 4500121102"),
    ("p", "Kinsale Nutrition Ltd - Ballinspittle Road, Kinsale, Co. Cork P17 YX80"),
    ("table", [["Date", "19/04/2024"], ["Supplier", "Daewon Clamp Tech Co., Ltd., Gimhae, Korea"],
               ["Buyer", "Claire Dunne"], ["Quality", "Declan Fitzgerald"], ["Incoterms", "FCA Busan"]]),
    ("h", "Lines"),
    ("table", [["Line", "Description", "Qty", "Unit price USD"],
               ["10", "Tri-clamp 1.5\" heavy duty, 1.4408, wing nut - samples", "30", "9.80"]]),
    ("h", "Scope"),
    ("p", "Released now: the 30 sample clamps of line 10."),
    ("p", "Your web quote DCT-Q-2404-031 (saved with this PO) also shows 1,970 pcs series. That figure is for "
          "information only and is not released. The series stays on hold until Declan Fitzgerald has signed off "
          "the samples, and is then released only by a written production release from Claire Dunne."),
    ("p", "Material authority: samples only."),
], author="Kinsale Nutrition Ltd")
_q = html_page("Daewon web quote DCT-Q-2404-031", """<h2>Daewon Clamp Tech &mdash; Web Quote DCT-Q-2404-031</h2>
<p>Customer: Kinsale Nutrition Ltd (Claire Dunne) &middot; Date 2024-04-16 &middot; Valid 60 days</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit price USD</th><th>Lead time</th></tr>
<tr><td>1</td><td>Tri-clamp 1.5&quot; heavy duty, 1.4408, wing nut &mdash; samples</td><td>30</td><td>9.80</td><td>3 weeks</td></tr>
<tr><td>2</td><td>Tri-clamp 1.5&quot; heavy duty &mdash; series</td><td>1,970</td><td>4.15</td><td>6 weeks after release</td></tr>
</table>
<p>Payment: T/T 60 days. Packing: 50 pcs per carton, export pallet.</p>""")
case("c_ie_po_docx_web_quote_info", [],
     "two files: DOCX PO releases 30 samples and declares the web quote's 1,970 series informational and on hold until sign-off and Claire Dunne's release",
     [("PO_4500121102.docx", _d), ("DCT-Q-2404-031.html", _q)])


# ==== END CASES


# ====================================================================== build
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        first = c["files"][0][0]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(first).stem).strip("_")
        folder = f"{PREFIX}_{i:02d}_{stem}"
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
    from collections import Counter
    cnt = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}")
    for r in sorted(cnt):
        print(f"  {r}: {cnt[r]}")


if __name__ == "__main__":
    main()
