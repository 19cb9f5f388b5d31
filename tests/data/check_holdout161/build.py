#!/usr/bin/env python3
"""Generator for the releasegate check_holdout161 corpus (industrial valves and actuators).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout161/build.py

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
    m["Message-ID"] = msgid or f"<h161-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h161")
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



def eml(m):
    return eml_bytes(m)


def txt(s):
    return s.lstrip("\n")


# ====================================================================== CASES
# Descriptive names: c.. = expected clean, p.. = expected to carry at least one risk.
# The published folder names are neutral (h161_NN_<first-file-stem>).

# ------------------------------------------------------------------ batch 1
# c01: Dutch EPC PO, two first article valves, complete scope note, quote qty declared not released
case("c01_nl_fa_po_complete_scope", [],
     "PDF PO with tag table: 2 FA valves released, 44 declared not released, FAT sign-off + written release by named Lead Buyer; material FA only",
     [("PO_4510-22871.pdf", pdf([
         ("h1", "PURCHASE ORDER 4510-22871"),
         ("table", [["PO number", "4510-22871", "Date", "14-03-2024"],
                    ["Project", "P-2317 Botlek Hydrogen Hub", "Revision", "0"],
                    ["Supplier", "Valvolmeccanica Orobica S.p.A., Via Zanica 41, 24126 Bergamo (IT)", "Supplier no.", "300784"],
                    ["Offer ref.", "VO-24-118 rev.2 d.d. 29-02-2024", "Currency", "EUR"]]),
         ("sp",),
         ("table", [["Pos", "Tag no.", "Description", "Qty", "Unit", "Unit price", "Amount"],
                    ["10", "21-XV-1001", "Ball valve, trunnion mounted, 6\" Class 600 RF, ASTM A350 LF2, metal seated, first article valve", "1", "pc", "6.420,00", "6.420,00"],
                    ["20", "21-XV-1002", "Ball valve, trunnion mounted, 6\" Class 600 RF, ASTM A350 LF2, metal seated, first article valve", "1", "pc", "6.420,00", "6.420,00"],
                    ["", "", "Total net", "", "", "", "12.840,00"]]),
         ("sp",),
         ("h", "Scope of this purchase order - first article valves only"),
         ("p", "This purchase order releases for manufacture two (2) first article valves, positions 10 and 20 "
               "above, and nothing else. The project lot of 44 further valves listed in offer VO-24-118 rev.2 "
               "(offer pos. 3) is a firm project requirement but is shown there for information only: it is NOT "
               "released by this purchase order. Do not start manufacture of those 44 valves and do not buy "
               "forgings or trim material for them. Material authority: first article valves only."),
         ("p", "Release of the 44 valves requires (a) the factory acceptance test of both first article valves, "
               "witnessed and signed off by our inspector, and (b) a written production release issued by "
               "Marieke de Graaf, Lead Buyer, quoting this PO number. A signed FAT report on its own releases "
               "nothing."),
         ("h", "Commercial and technical conditions"),
         ("p", "Delivery: DAP Rotterdam (Incoterms 2020), 10 weeks after PO date. Inspection per ITP "
               "VDP-ITP-021 rev B; hold points H3 (hydrotest shell 1.5 x PN) and H5 (FAT). Documentation: "
               "EN 10204 3.1 certificates, PED 2014/68/EU declaration, NORSOK M-630 material data sheets where "
               "applicable. Payment: 60 days after receipt of goods and complete documentation. General "
               "purchase conditions VDPE-GPC-2023 apply."),
         ("sp",),
         ("p", "Van Dijk Process Engineering B.V. - Purchasing - Marieke de Graaf, Lead Buyer - "
               "Weena 600, 3012 CN Rotterdam - KvK 24351876"),
     ], title="PO 4510-22871", author="Van Dijk Process Engineering B.V."))])

# c02: Korean maker's quotation with sample and project tiers (no authorization in the bundle)
_c02_text = """Dear Mr. Reynolds,

Thank you very much for your inquiry RFQ-GS-1160 for triple offset butterfly valves.
We are pleased to submit our quotation as below.

Quotation No.: HV-Q-24-0631
Item: 12" triple offset butterfly valve, Class 300, body ASTM A216 WCB, disc CF8M, laminated seal,
      bare shaft with ISO 5211 F16 top flange

  Item 1  First article valve (FAT witness)      2 units   USD 9,870.00 / unit
  Item 2  Project lot                           118 units   USD 8,940.00 / unit

Delivery : Item 1 - 8 weeks after PO.  Item 2 - 14~16 weeks after your written release of the lot.
Price basis : Item 2 price is valid on condition of order of min. 100 units. Validity 60 days.
Payment : T/T 30 days after B/L date.
Inspection : API 598 shell and seat test, fire safe per API 607 7th ed. (certificate available).

Item 2 is quotation only. We will not start any project lot production or material purchase before
your separate written release.

Please do not hesitate to contact me if you need any further clarification.

Best regards,
J.H. Park
Overseas Sales Team / Deputy General Manager
Hanbit Valve Co., Ltd.
55, Seongsan-ro, Seongsan-gu, Changwon-si, Gyeongsangnam-do, Korea
Tel +82 55 260 1188
"""
_c02_html = html_page("Quotation HV-Q-24-0631", """
<p>Dear Mr. Reynolds,</p>
<p>Thank you very much for your inquiry RFQ-GS-1160 for triple offset butterfly valves. We are pleased to submit our quotation as below.</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Delivery</th></tr>
<tr><td>1</td><td>12" TOBV Cl.300, first article valve (FAT witness)</td><td>2 units</td><td>USD 9,870.00</td><td>8 weeks after PO</td></tr>
<tr><td>2</td><td>12" TOBV Cl.300, project lot</td><td>118 units</td><td>USD 8,940.00</td><td>14~16 weeks after your written release of the lot</td></tr>
</table>
<p>Item 2 price is valid on condition of order of min. 100 units. Validity 60 days. Payment T/T 30 days after B/L date.</p>
<p>Item 2 is quotation only. We will not start any project lot production or material purchase before your separate written release.</p>
<p>Best regards,<br>J.H. Park<br>Overseas Sales Team / Deputy General Manager<br>Hanbit Valve Co., Ltd.</p>
""")
case("c02_kr_quote_tiers", [],
     "supplier quotation with FA and project-lot tiers, no authorization in bundle; multipart/alternative",
     [("Quotation_HV-Q-24-0631.eml", eml(mail(
         "J.H. Park <jhpark@hanbitvalve.co.kr>", "Mike Reynolds <mreynolds@gulfstreamflow.com>",
         "Quotation HV-Q-24-0631 / 12in TOBV Cl.300 / RFQ-GS-1160", "Tue, 09 Apr 2024 16:42:10 +0900",
         _c02_text, html=_c02_html)))])

# c03: Indian maker asks whether it has a go-ahead for the balance (a question, not an approval)
case("c03_in_supplier_question", [],
     "supplier question 'whether we have go-ahead for bal. 95 nos' - a question authorizes nothing",
     [("Query_bal_qty_APP-PO-24-0412.eml", eml(mail(
         "Senthil Kumar <senthil.k@cbeflowtek.in>", "Suresh Patel <suresh.patel@ambikaprojects.in>",
         "PO No. APP/PO/24/0412 - Sample valves dispatched - query regarding bal. qty",
         "Mon, 15 Apr 2024 11:05:00 +0530",
         """Dear Sir,

Greetings from Coimbatore Flowtek.

With reference to your PO No. APP/PO/24/0412 dated 02.03.2024 for 5 nos sample ball valves
3" x 300# (Tag 12-BV-4401 to 4405), we wish to inform that the sample valves are dispatched today
vide LR No. 7781203 through VRL Logistics. Test certificates and hydro test reports are enclosed
with the consignment.

We are having a free machining slot on our CNC line from 2nd week of May. Kindly advise whether we
have go-ahead for the bal. 95 nos or we shall wait for your release after sample inspection?
Also kindly confirm if we can plan the raw material (forgings ASTM A105N) for the bal. qty, as the
forging lead time is presently 6-7 weeks.

Awaiting your valuable reply.

Thanks & Regards,
Senthil Kumar
Manager - Marketing
Coimbatore Flowtek Pvt. Ltd.
SF No. 112, Avinashi Road, Coimbatore - 641 014
Mob: +91 98430 11872
""")))])

# c04: utility SAP forecast printout, clearly labelled
case("c04_sa_forecast_print", [],
     "SAP forecast printout labelled 'forecast only - not a PO - no material authority'",
     [("ME38_forecast_200418.txt", txt("""
JAZIRAH WATER & POWER CO.                 SAP MM - DELIVERY FORECAST PRINT          PAGE   1
JUBAIL INDUSTRIAL CITY                    RUN 2024-05-05 07:12  USER HQ_PROC07
--------------------------------------------------------------------------------------------
  ***  FORECAST ONLY - THIS IS NOT A PURCHASE ORDER AND NOT A PRODUCTION RELEASE  ***
  ***  NO MATERIAL AUTHORITY IS GIVEN. QUANTITIES MAY CHANGE WITHOUT NOTICE.     ***
--------------------------------------------------------------------------------------------
VENDOR   200418   HANBIT VALVE CO., LTD.          CHANGWON  KR
PLANT    JW01     JUBAIL STORES                   PURCH.GRP J07 (VALVES)
--------------------------------------------------------------------------------------------
MATERIAL            DESCRIPTION                        UOM   2024-Q3  2024-Q4  2025-Q1  2025-Q2
100-BFV-0300-150    BFV 12IN CL150 DI BODY SS DISC     EA        24       36       30       40
100-BFV-0400-150    BFV 16IN CL150 DI BODY SS DISC     EA        12       12       18       18
100-BFV-0600-150    BFV 24IN CL150 DI BODY SS DISC     EA         4        6        6        8
100-GBX-F16-0020    GEARBOX F16 SPARE                  EA         2        0        2        0
--------------------------------------------------------------------------------------------
TOTAL                                                  EA        42       54       56       66
--------------------------------------------------------------------------------------------
NOTES
  1. QUANTITIES ARE PLANNING FIGURES FOR CAPACITY PLANNING ONLY.
  2. RELEASES ARE MADE ONLY BY INDIVIDUAL PURCHASE ORDERS / CALL-OFFS ISSUED BY JWP PROCUREMENT.
  3. VENDOR SHALL NOT PURCHASE MATERIAL OR START PRODUCTION AGAINST THIS FORECAST.
  4. MATERIAL CODES REFER TO JWP STANDARD JWP-STD-V-0400 REV 12.
--------------------------------------------------------------------------------------------
END OF REPORT
"""))])

# c05: Saudi utility - FA actuators approved for dimensional check only
case("c05_sa_fa_dimensional_only", [],
     "'approved for dimensional check only' + explicit production not released, 2 FA active, 58 held, FAT + named release",
     [("PO_4700231_FA_dimensional_check.eml", eml(mail(
         "Eng. Hamad Al-Qahtani <h.alqahtani@jazirahwp.com.sa>", "Lee Sung-ho <shlee@daesungact.co.kr>",
         "PO 4700231 - FA actuators 40-MOV-3101/3102 - dimensional check result",
         "Sun, 12 May 2024 13:20:00 +0300",
         """Dear Mr. Lee,

Greetings.

Our QC team completed the dimensional check of the two (2) first article actuators, tags
40-MOV-3101 and 40-MOV-3102, against datasheet DS-40-MOV rev 3 and the ISO 5211 F14 mounting
drawing. Both units are approved for dimensional check only. This is not a production release.

To avoid any misunderstanding, the status of PO 4700231 is as follows:

  - Released now: the 2 FA actuators only (already built). Please pack and ship them to
    Jubail as per the PO delivery terms.
  - Not released: the remaining 58 actuators of the project quantity. Do not start them and
    do not buy motors, gearboxes or control modules for them.
  - Release of the 58 requires the witnessed FAT of the FA units (torque and stroke test, IP
    check) signed off by our TPI, followed by a written release from me, Hamad Al-Qahtani,
    Procurement Manager, quoting PO 4700231.

Kindly confirm receipt and the FAT date proposal.

Best regards,
Eng. Hamad Al-Qahtani
Procurement Manager
Jazirah Water & Power Co.
P.O. Box 10412, Jubail Industrial City 31961, Kingdom of Saudi Arabia
Tel +966 13 340 7710

Disclaimer: This message is intended for the addressee only. Jazirah Water & Power Co. accepts no
liability for contracts concluded by e-mail other than through its authorized procurement system.
""")))])

# c06: US OEM full-quantity PO (no sample phase, no balance) saying proceed
case("c06_us_full_qty_po", [],
     "DOCX PO with table: full quantity 16 valves, no sample phase and no balance; 'proceed with all sixteen (16)' is scoped",
     [("PO_7700418.docx", docx_bytes([
         ("h1", "Gulfstream Flow Controls, Inc. - Purchase Order 7700418"),
         ("p", "Date: April 22, 2024    Buyer: Mike Reynolds    Terms: Net 45    FOB: Port of Houston (FCA Bilbao, Incoterms 2020)"),
         ("p", "Vendor: Valvulas Nervion S.L., Poligono Industrial Ugaldeguren III, Parcela 7, 48170 Zamudio (Bizkaia), Spain"),
         ("p", "Ship to: Gulfstream Flow Controls, 11820 Brittmoore Park Dr, Houston, TX 77041 - Skid Project GS-1147"),
         ("table", [["Line", "Part number", "Description", "Qty", "UOM", "Unit price (USD)", "Extended (USD)"],
                    ["1", "GFC-BFV-08-150-PA", "8\" butterfly valve Class 150 lug, CF8M disc, EPDM seat, double-acting pneumatic actuator, Namur solenoid, limit switch box", "16", "EA", "2,145.00", "34,320.00"],
                    ["2", "GFC-DOC-MRB", "Manufacturer's record book per GFC-QP-014 (electronic)", "1", "LOT", "0.00", "0.00"],
                    ["", "", "Order total", "", "", "", "34,320.00"]]),
         ("sp",),
         ("h", "Order notes"),
         ("p", "This purchase order is for the full quantity required for Skid Project GS-1147. There is no sample or first article phase and there is no balance to be released later."),
         ("p", "Please proceed with manufacture of all sixteen (16) valve assemblies per this PO and confirm the ship date within 5 business days."),
         ("li", "Testing: API 598 seat and shell test, actuator stroke test with the supplied solenoid."),
         ("li", "Tagging: stainless tag wired to the actuator, tag numbers per attached tag list GS-1147-TL rev A (47-XV-101 to 47-XV-116)."),
         ("li", "Packing: export seaworthy crates, max. 1,000 kg per crate, ISPM 15 wood."),
         ("p", "Acceptance of this order is subject to Gulfstream Terms and Conditions of Purchase GFC-TC-2022 rev 4."),
         ("p", "Authorized by: Mike Reynolds, Buyer, Gulfstream Flow Controls, Inc."),
     ], author="Mike Reynolds"))])

# c07: Brazilian call-off page with explicit staged material authority above the release
_c07_body = """
<h2>Petrosul Engenharia Ltda &mdash; Portal de Fornecedores / Supplier Portal</h2>
<p>Contrato / Contract: <b>CT-2024-118</b> &nbsp; Fornecedor / Supplier: <b>V&aacute;lvulas Nervi&oacute;n S.L.</b> &nbsp; Projeto: FPSO topsides &ndash; pacote de v&aacute;lvulas esfera</p>
<h3>Chamada de entrega / Call-off CO-03 &mdash; emitida 20/05/2024</h3>
<table>
<tr><th>Item</th><th>Descri&ccedil;&atilde;o / Description</th><th>Tags</th><th>Qtd. liberada / Released now</th><th>Qtd. n&atilde;o liberada / Not released</th></tr>
<tr><td>10</td><td>V&aacute;lvula esfera 2" Cl.1500 RTJ, F51 duplex, tipo trunnion</td><td>BV-3-0101 a BV-3-0140</td><td>40</td><td>&mdash;</td></tr>
<tr><td>20</td><td>Idem, saldo do contrato / contract balance</td><td>BV-3-0141 a BV-3-0220</td><td>0</td><td>80</td></tr>
</table>
<div class="note">
<p><b>Liberado para fabrica&ccedil;&atilde;o / Released for manufacture by this call-off:</b> 40 (quarenta / forty) valves, item 10 only.</p>
<p><b>Autoriza&ccedil;&atilde;o de material / Material authority: STAGED.</b> The supplier may buy F51 forgings and trim material for up to 120 valves at Petrosul's liability (cancellation cost limited to the invoiced material value). This material authority does not release manufacture beyond the 40 valves above.</p>
<p><b>Saldo / Balance:</b> the 80 valves of item 20 are NOT released. They are released only by a next call-off (CO-04 or later) signed by Ana Paula Ribeiro, Compradora S&ecirc;nior, after lot acceptance of the CO-02 valves at our Maca&eacute; base.</p>
</div>
<p>Entrega / Delivery: DAP Maca&eacute; (RJ), 12 semanas / weeks. Inspe&ccedil;&atilde;o conforme PIT / ITP PS-ITP-V-044 rev 2. Norma: API 6D 25th ed., NACE MR0175/ISO 15156.</p>
<p style="font-size:11px;color:#666">Documento gerado pelo portal em 20/05/2024 14:31 BRT. Usu&aacute;rio: aribeiro. Este documento substitui qualquer comunica&ccedil;&atilde;o verbal.</p>
"""
case("c07_br_calloff_staged_material", [],
     "HTML call-off: 40 released, explicit staged material authority up to 120 at buyer's liability, 80 held until next call-off signed by named buyer",
     [("CO-03_CT-2024-118.html", html_page("Call-off CO-03 CT-2024-118", _c07_body, lang="pt-BR"))])

# c08: Indian EPC PO with an explicit, recorded auto-conversion clause
case("c08_in_recorded_autoconversion", [],
     "PDF PO: 2 FA released, 98 held; explicit recorded auto-conversion naming quantity, signer (R. Iyer) and conditions",
     [("APP_PO_24_0533.pdf", pdf([
         ("h1", "AMBIKA PROCESS PROJECTS PVT. LTD."),
         ("p", "Plot 44, GIDC Makarpura, Vadodara 390 010, Gujarat, India - GSTIN 24AAFCA7719K1ZQ"),
         ("h", "PURCHASE ORDER APP/PO/24/0533  dated 08.04.2024"),
         ("p", "To: Valvolmeccanica Orobica S.p.A., Bergamo, Italy. Kind Attn: Mr. Marco Locatelli, Project Manager. "
               "Ref.: your offer VO-24-131 rev.1 and MoM of meeting dated 05.04.2024. Project: IOCL Panipat PX-PTA revamp, job 2211."),
         ("table", [["Sl.", "Item", "Qty", "Status", "Unit price EUR", "Value EUR"],
                    ["1", "Ball valve 10\" 300# RF, side entry, A216 WCC / ENP ball, gear operated - first article (FA)", "2 nos", "Released", "5.880,00", "11.760,00"],
                    ["2", "Same as Sl. 1 - balance project quantity", "98 nos", "Not released - see Clause 7", "5.610,00", "549.780,00"]]),
         ("sp",),
         ("h", "Clause 6 - Scope released by this PO"),
         ("p", "Only the 2 (two) FA valves of Sl. 1 are released for manufacture. The 98 (ninety-eight) nos of Sl. 2 "
               "are not released. Material authority until Clause 7 takes effect: FA valves only."),
         ("h", "Clause 7 - Auto-conversion of the balance (agreed and recorded)"),
         ("p", "As agreed and recorded in the MoM dated 05.04.2024 signed by both parties: upon issue of the FA "
               "Sign-off Certificate signed by Mr. R. Iyer, QA Manager, with result 'ACCEPTED' and no open NCR, the "
               "98 nos of Sl. 2 shall stand released for manufacture automatically, without a further PO amendment. "
               "This auto-conversion applies only if the FA Sign-off Certificate is dated on or before 31.07.2024. "
               "After that date, or if the certificate is issued with conditions, the 98 nos remain on hold until "
               "a written production release from Mr. Anand Kulkarni, Head - Procurement."),
         ("h", "Clause 8 - General"),
         ("p", "Inspection: stage inspection by APP/TPI (BVIS) as per QAP APP-QAP-V-17 rev 0. Hydro test per API 598. "
               "Delivery: 2 FA valves within 8 weeks; Sl. 2 within 16 weeks from date of release. Payment: 100% within "
               "60 days from receipt of material at site. LD: 0.5% per week, max 5%."),
         ("sp",),
         ("p", "For Ambika Process Projects Pvt. Ltd. - Anand Kulkarni, Head - Procurement (authorised signatory)"),
     ], title="APP/PO/24/0533", author="Ambika Process Projects"))])

# p01: Dutch EPC sample PO that quotes the series lot price and quantity, nothing about the balance
case("p01_nl_po_offer_series_lot", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 2 FA valves 'in accordance with offer' that lists series lot 46 pcs; no hold, no unlock event, no release person",
     [("PO_4510-22904.pdf", pdf([
         ("h1", "PURCHASE ORDER 4510-22904"),
         ("table", [["PO number", "4510-22904", "Date", "04-04-2024"],
                    ["Project", "P-2290 Pernis steam system upgrade", "Revision", "0"],
                    ["Supplier", "Valvolmeccanica Orobica S.p.A., Via Zanica 41, 24126 Bergamo (IT)", "Supplier no.", "300784"]]),
         ("sp",),
         ("table", [["Pos", "Tag no.", "Description", "Qty", "Unit", "Unit price", "Amount"],
                    ["10", "24-XV-2011", "Ball valve 8\" Class 300 RF, floating ball, ASTM A105N / 13Cr trim, first article valve", "1", "pc", "7.310,00", "7.310,00"],
                    ["20", "24-XV-2012", "Ball valve 8\" Class 300 RF, floating ball, ASTM A105N / 13Cr trim, first article valve", "1", "pc", "7.310,00", "7.310,00"],
                    ["", "", "Total net", "", "", "", "14.620,00"]]),
         ("sp",),
         ("h", "Special requirements"),
         ("p", "All in accordance with your offer VO-24-097 rev.1 dated 20-02-2024: first article valves 2 pcs at "
               "EUR 7.310,00/pc and series lot 46 pcs at EUR 6.985,00/pc, delivery series lot 16 weeks. Prices fixed "
               "until 31-12-2024."),
         ("p", "Inspection per ITP VDP-ITP-019 rev A, FAT with witness by Van Dijk QA/QC. Hydrotest per API 598. "
               "Certificates EN 10204 3.1. Marking per MSS SP-25. Painting per VDP-SPEC-PT-03, RAL 1003."),
         ("p", "Delivery: DAP Rotterdam, Incoterms 2020. Please confirm this order within 5 working days. Invoices "
               "quoting the PO number to invoices@vandijkpe.nl."),
         ("sp",),
         ("p", "Van Dijk Process Engineering B.V. - Purchasing Department - Weena 600, 3012 CN Rotterdam"),
     ], title="PO 4510-22904", author="Van Dijk Process Engineering B.V."))])

# p02: US OEM sends a FAI PO with a 'green light' and the production tier in the body
_p02_text = """Hi Mr. Lee,

Thanks for the quick turnaround on quote DA-Q-2291, much appreciated.

As discussed on Tuesday's call, PO 7700431 is attached. It covers the 3 FAI units (tags
52-MOV-101/102/103) at $4,850.00 each. Your quote has the production units at 60 ea @ $3,150.00
with 14 weeks lead time, which works for our skid schedule on GS-1152.

Green light from our end - let's get this rolling.

Could you please send the order acknowledgement and the FAI test procedure by end of next week?
Wiring diagram should follow our std. GFC-EL-220 (24 VDC control, 4-20 mA feedback).

Thanks,
Mike

Mike Reynolds | Buyer
Gulfstream Flow Controls, Inc.
11820 Brittmoore Park Dr, Houston, TX 77041
Direct +1 713 555 0142

This e-mail may contain confidential information. If you are not the intended recipient, please
notify the sender and delete it.
"""
_p02_html = html_page("PO 7700431", """
<p>Hi Mr. Lee,</p>
<p>Thanks for the quick turnaround on quote DA-Q-2291, much appreciated.</p>
<p>As discussed on Tuesday's call, PO 7700431 is attached. It covers the 3 FAI units (tags 52-MOV-101/102/103) at $4,850.00 each. Your quote has the production units at 60 ea @ $3,150.00 with 14 weeks lead time, which works for our skid schedule on GS-1152.</p>
<p><b>Green light from our end - let's get this rolling.</b></p>
<p>Could you please send the order acknowledgement and the FAI test procedure by end of next week? Wiring diagram should follow our std. GFC-EL-220 (24 VDC control, 4-20 mA feedback).</p>
<p>Thanks,<br>Mike</p>
<p>Mike Reynolds | Buyer<br>Gulfstream Flow Controls, Inc.</p>
""")
_p02_pdf = pdf([
    ("h1", "Gulfstream Flow Controls, Inc."),
    ("p", "PURCHASE ORDER 7700431 - Date 05/07/2024 - Buyer: M. Reynolds - Terms: Net 45 - Ship via: air freight, FCA Busan"),
    ("p", "Vendor: Daesung Actuator Co., Ltd., 27 Noksansaneop-buk-ro, Gangseo-gu, Busan, Korea"),
    ("table", [["Line", "Item", "Description", "Qty", "UOM", "Unit price", "Extended"],
               ["1", "GFC-EA-F10-24V", "Electric multi-turn actuator, ISO 5211 F10, 24 VDC, 4-20 mA feedback, IP68 - FAI unit, tag 52-MOV-101", "1", "EA", "4,850.00", "4,850.00"],
               ["2", "GFC-EA-F10-24V", "Same, FAI unit, tag 52-MOV-102", "1", "EA", "4,850.00", "4,850.00"],
               ["3", "GFC-EA-F10-24V", "Same, FAI unit, tag 52-MOV-103", "1", "EA", "4,850.00", "4,850.00"],
               ["", "", "Total", "", "", "", "14,550.00"]]),
    ("sp",),
    ("p", "Reference: vendor quote DA-Q-2291 dated 04/29/2024. FAI per GFC-QP-009 (AS9102-style forms accepted). "
          "Certificate of conformance required with each shipment."),
    ("p", "Gulfstream Terms and Conditions of Purchase GFC-TC-2022 rev 4 apply."),
], pagesize=LETTER, title="PO 7700431", author="Gulfstream Flow Controls")
case("p02_us_fai_po_green_light", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "email + PDF PO for 3 FAI units; body cites 60 production units with no 'not released'; unscoped 'green light'",
     [("PO_7700431_FAI_units.eml", eml(mail(
         "Mike Reynolds <mreynolds@gulfstreamflow.com>", "Lee Sung-ho <shlee@daesungact.co.kr>",
         "PO 7700431 - electric actuators GS-1152 - FAI units", "Tue, 07 May 2024 15:10:00 -0500",
         _p02_text, html=_p02_html, attachments=[("PO_7700431.pdf", _p02_pdf, PDF_MT)])))])

# p03: Brazilian SAP PO for 4 samples + supplier proposal with the 116 production lot (two files)
case("p03_br_sample_po_with_proposal", ["RG001", "RG003", "RG004", "RG005"],
     "two files: SAP PO for 4 sample valves 'conforme proposta anexa' + proposal with 116 production lot; nothing on balance/unlock/person",
     [("PO_4600019872.txt", txt("""
PETROSUL ENGENHARIA LTDA                          PEDIDO DE COMPRA / PURCHASE ORDER
Av. Amaral Peixoto 1820 - Imbetiba - Macae/RJ    CNPJ 12.417.335/0001-08
=========================================================================================
PEDIDO / PO NO.  4600019872        DATA / DATE  18.03.2024     REV 00
FORNECEDOR       200977  VALVULAS NERVION S.L. - ZAMUDIO (BIZKAIA) - ES
COMPRADOR        ANA PAULA RIBEIRO  (GRP COMPRAS P12)
CONDICAO PGTO    30 DDL APOS ENTREGA     INCOTERMS  FCA BILBAO
-----------------------------------------------------------------------------------------
ITEM  MATERIAL        DESCRICAO / DESCRIPTION                     QTD   UN  PRECO UNIT EUR
-----------------------------------------------------------------------------------------
00010 1000-406-600    VALVULA ESFERA 4" CL600 RF A350 LF2 /      4    UN        5.980,00
                      SS316 TRIM - AMOSTRA / SAMPLE (FA)
                      TAGS BV-2-0401 / 0402 / 0403 / 0404
-----------------------------------------------------------------------------------------
VALOR TOTAL / TOTAL VALUE                                                  EUR  23.920,00
-----------------------------------------------------------------------------------------
TEXTO DO PEDIDO / PO TEXT:
  FORNECIMENTO CONFORME PROPOSTA ANEXA VN-OF-24-0217 REV.1.
  SUPPLY AS PER ATTACHED PROPOSAL VN-OF-24-0217 REV.1.
  INSPECAO CONFORME PIT PS-ITP-V-044 REV 2. TESTE HIDROSTATICO API 598.
  CERTIFICADOS EN 10204 3.1. NORMA API 6D. NACE MR0175 / ISO 15156-3.
  ENTREGA: 8 SEMANAS APOS ACEITE DO PEDIDO.
-----------------------------------------------------------------------------------------
DOCUMENTO EMITIDO ELETRONICAMENTE - DISPENSA ASSINATURA
""")),
      ("Proposta_VN-OF-24-0217_rev1.pdf", pdf([
          ("h1", "VALVULAS NERVION S.L."),
          ("p", "Poligono Industrial Ugaldeguren III, Parcela 7, 48170 Zamudio (Bizkaia) - CIF B95480217"),
          ("h", "Oferta / Proposal VN-OF-24-0217 rev.1 - 11/03/2024"),
          ("p", "Cliente: Petrosul Engenharia Ltda, Macae (RJ). Atn. Sra. Ana Paula Ribeiro. Su referencia: RFQ P12-0331."),
          ("table", [["Pos.", "Descripcion", "Cantidad", "Precio unitario EUR", "Plazo"],
                     ["1", "Valvula de bola 4\" Cl.600 RF, A350 LF2, trim SS316, muestras / samples (FA)", "4 ud", "5.980,00", "8 semanas"],
                     ["2", "Idem, lote de produccion / production lot", "116 ud", "5.420,00", "18 semanas"]]),
          ("sp",),
          ("p", "Precio pos. 2 valido para pedido del lote completo de 116 ud. Validez de la oferta: 90 dias. "
                "Embalaje maritimo incluido. Pruebas segun API 6D y API 598. Certificados EN 10204 3.1."),
          ("p", "Forma de pago: 30 dias fecha entrega. Condiciones generales de venta VN-CGV-2021."),
          ("p", "Atentamente, Inaki Etxeberria - Export Manager - Valvulas Nervion S.L."),
      ], title="VN-OF-24-0217 rev.1", author="Valvulas Nervion"))])

# p04: Saudi EPC letter of intent for 2 FA valves with a package commercial summary
case("p04_sa_loi_commercial_summary", ["RG001", "RG003", "RG004", "RG005"],
     "DOCX LOI awards 2 FA valves but its commercial summary table shows the 58-valve project lot without any not-released wording",
     [("LOI_ASIP-LOI-24-017.docx", docx_bytes([
         ("h1", "Al-Sharq Industrial Projects Co."),
         ("p", "King Saud Street, Al-Khobar 34423, Kingdom of Saudi Arabia - C.R. 2051047731"),
         ("p", "Ref.: ASIP-LOI-24-017        Date: 19 March 2024"),
         ("p", "To: Wenzhou Ouhai Fluid Control Co., Ltd., No. 18 Binhai 5th Road, Wenzhou Economic Development Zone, Zhejiang, China. Attn.: Mr. Kevin Zhang, Sales Manager."),
         ("h", "LETTER OF INTENT - FIRST ARTICLE BUTTERFLY VALVES - RAS AL-KHAIR SWRO PACKAGE 3"),
         ("p", "Dear Mr. Zhang,"),
         ("p", "Further to your techno-commercial offer WZOH-Q-2024-0388 rev.2 and the clarification meeting held on 12 March 2024, we are pleased to award you the supply of two (2) first article double offset butterfly valves, 20\" PN16, duplex 2205 disc, EPDM seat, with gearbox, for inspection and testing at your works."),
         ("p", "Commercial summary:"),
         ("table", [["Item", "Description", "Qty", "Unit price (USD)", "Total (USD)"],
                    ["1", "DOBV 20\" PN16 first article valves (FA)", "2", "3,640.00", "7,280.00"],
                    ["2", "DOBV 20\" PN16 project lot, Package 3", "58", "3,210.00", "186,180.00"],
                    ["", "Total package value", "", "", "193,460.00"]]),
         ("sp",),
         ("p", "Technical basis: datasheet RAK3-DS-BFV-002 rev C, ITP RAK3-ITP-V-07 rev 1, coating per SASO/ISO 12944 C5-M. Testing per EN 12266-1 rate A. Delivery of FA valves: 8 weeks, CFR Dammam."),
         ("p", "Please acknowledge this Letter of Intent by return e-mail within three (3) working days and submit the manufacturing schedule."),
         ("p", "Yours faithfully,"),
         ("p", "For Al-Sharq Industrial Projects Co. - Procurement Department"),
     ], author="ASIP Procurement"))])

# p05: Indian EPC supplier-portal PO page for 5 sample valves, linked offer shows 95 nos bulk
_p05_body = """
<h2>Ambika Process Projects Pvt. Ltd. &ndash; Vendor Portal</h2>
<p>Logged in as: <b>CFT-00219 Coimbatore Flowtek Pvt. Ltd.</b> &nbsp;|&nbsp; Last login 16-03-2024 10:41 IST</p>
<h3>Purchase Order APP/PO/24/0488 &ndash; Status: <span style="color:green">RELEASED</span></h3>
<table>
<tr><th>PO date</th><td>14-03-2024</td><th>Buyer</th><td>Suresh Patel</td></tr>
<tr><th>Project</th><td>Job 2207 &ndash; GSFC Baroda utilities</td><th>Payment</th><td>60 days from GRN</td></tr>
</table>
<h4>PO lines</h4>
<table>
<tr><th>Line</th><th>Item code</th><th>Description</th><th>Qty</th><th>UOM</th><th>Rate (INR)</th><th>Amount (INR)</th><th>Line status</th></tr>
<tr><td>10</td><td>BV-0300-300-A105</td><td>Ball valve 3" 300# RF, A105N body, SS316 ball, PTFE seat, lever operated &ndash; sample</td><td>5</td><td>Nos</td><td>48,500.00</td><td>2,42,500.00</td><td>Released</td></tr>
</table>
<h4>Linked documents</h4>
<table>
<tr><th>Doc</th><th>Reference</th><th>Details</th></tr>
<tr><td>Vendor offer</td><td>CFT/OF/24/311 R1</td><td>5 nos sample @ INR 48,500 + 95 nos bulk @ INR 44,900; delivery bulk 10-12 weeks</td></tr>
<tr><td>Datasheet</td><td>2207-DS-BV-03 rev B</td><td>Ball valves 1/2" to 4", 300#</td></tr>
<tr><td>QAP</td><td>APP-QAP-V-11 rev 2</td><td>Stage inspection, hydro test API 598</td></tr>
</table>
<p>Please acknowledge the PO through the portal within 3 working days. Delivery: 6 weeks from PO date, FOR Vadodara site.</p>
<p style="font-size:11px;color:#666">This is a system-generated page. GSTIN 24AAFCA7719K1ZQ.</p>
"""
case("p05_in_portal_sample_po", ["RG001", "RG003", "RG004", "RG005"],
     "HTML portal: PO line 5 sample nos released; linked offer shows 95 nos bulk; no hold, unlock event or release person",
     [("portal_APP-PO-24-0488.html", html_page("APP/PO/24/0488", _p05_body))])

# p06: quoted thread - buyer's complete scope quoted, then an unscoped 'Yes, proceed.'
case("p06_sa_thread_yes_proceed", ["RG002"],
     "buyer's complete scope (2 FA, 38 held, FAT + Hamad) quoted below; latest reply 'Yes, proceed.' names no quantity",
     [("RE_PO_4700318_GA_drawing_rev_C.eml", eml(mail(
         "Eng. Hamad Al-Qahtani <h.alqahtani@jazirahwp.com.sa>", "Lucia Martin <lmartin@actuadoresebro.es>",
         "RE: RE: PO 4700318 - GA drawing rev C / wiring diagram", "Wed, 29 May 2024 08:47:00 +0300",
         """Yes, proceed.

Regards,
Hamad
""" + sig("Eng. Hamad Al-Qahtani", "Procurement Manager", "Jazirah Water & Power Co.", "+966 13 340 7710") + """
-----Original Message-----
From: Lucia Martin <lmartin@actuadoresebro.es>
Sent: Tuesday, May 28, 2024 5:02 PM
To: Eng. Hamad Al-Qahtani
Subject: RE: PO 4700318 - GA drawing rev C / wiring diagram

> Dear Eng. Hamad,
>
> GA drawing AE-GA-2201 rev C and wiring diagram AE-WD-2201 rev B are now code 1 from your
> engineering (transmittal JWP-TR-0871). Our workshop has a free slot from week 24.
> Can we proceed with manufacturing?
>
> Best regards,
> Lucia Martin
> Project Manager - Actuadores del Ebro S.A. - Zaragoza
>
> -----Original Message-----
> From: Eng. Hamad Al-Qahtani
> Sent: Sunday, May 5, 2024 10:15 AM
> Subject: PO 4700318 - release scope
>
>> Dear Ms. Martin,
>>
>> PO 4700318 - release scope: 2 (two) first article actuators only, tags 31-MOV-2201/2202.
>> The remaining 38 actuators of the package are NOT released. Do not start them.
>> They will be released only after FAT witness sign-off of the two FA units and my written
>> release (Hamad Al-Qahtani, Procurement Manager).
>>
>> Regards,
>> Hamad
""", in_reply_to="<h161-0900@actuadoresebro.es>")))])

# p07: Teams chat - buyer's 'green light' without any quantity
case("p07_sa_teams_green_light", ["RG002", "RG010"],
     "Teams chat: buyer 'Green light on the Jubail valves, kick it off' - unscoped, no quantity anywhere",
     [("teams_chat_export_jubail.txt", txt("""
Microsoft Teams - chat export
Chat: ASIP / Valvolmeccanica - Jubail package
Participants: Sara Al-Dossary (Al-Sharq Industrial Projects), Giulia Ferrari (Valvolmeccanica Orobica) (External)
Exported: 03/06/2024 10:14 (UTC+03:00)

[02/06/2024 09:41] Giulia Ferrari (External): Good morning Sara, all GA drawings for the Jubail package came back code 1 yesterday evening 🙂 workshop is waiting for your go
[02/06/2024 09:44] Giulia Ferrari (External): also the painting procedure is accepted, so nothing open from our side
[02/06/2024 09:58] Sara Al-Dossary: Good morning Giulia, great news, thanks for pushing the doc controller
[02/06/2024 10:01] Sara Al-Dossary: let me just check with Waleed on the tagging
[02/06/2024 10:19] Sara Al-Dossary: ok tagging as per rev 4 of the tag list, no change
[02/06/2024 10:20] Sara Al-Dossary: Green light on the Jubail valves 👍 kick it off
[02/06/2024 10:22] Giulia Ferrari (External): Perfect, thank you! I inform production right away
[02/06/2024 10:22] Giulia Ferrari (External): I will send the updated schedule by Thursday
[02/06/2024 10:30] Sara Al-Dossary: 👍
"""))])


# ------------------------------------------------------------------ batch 2
# c09: Dutch buyer forwards an old Chinese quote (rfc822) and declares its quantity informational
_c09_old = mail("Kevin Zhang <kevin.zhang@wzouhai-valve.com>", "Joost Bakker <j.bakker@vandijkpe.nl>",
                "Quotation WZOH-Q-2023-1177 / DN300 PN10 butterfly valves", "Thu, 16 Nov 2023 10:20:00 +0800",
                """Dear Mr. Bakker,

Thanks for your enquiry. Please find our best price as below:

Wafer type butterfly valve DN300 PN10, GGG40 body, SS304 disc, EPDM liner, gearbox
 - sample valves   6 pcs     USD 410.00/pc   EXW Wenzhou
 - mass production 600 pcs   USD 365.00/pc   FOB Ningbo, 35 days

Price validity: 30 days. Payment: 30% T/T deposit, 70% before shipment.

Best regards
Kevin Zhang | Sales Manager
Wenzhou Ouhai Fluid Control Co., Ltd.
""", msgid="<wzoh-2023-1177@wzouhai-valve.com>")
case("c09_nl_fwd_old_quote_informational", [],
     "forward of 2023 quote (600 pcs) as message/rfc822 declared informational; 6 sample valves released, balance held, revised PO by Joost Bakker after FAT",
     [("FW_old_quotation_WZOH-Q-2023-1177.eml", eml(mail(
         "Joost Bakker <j.bakker@vandijkpe.nl>", "Kevin Zhang <kevin.zhang@wzouhai-valve.com>",
         "FW: Quotation WZOH-Q-2023-1177 / PO 4510-23015 sample valves", "Mon, 22 Apr 2024 09:35:00 +0200",
         """Dear Kevin,

For your file I forward your quotation from last November (attached), only so that the reference
prices are on record. It is for reference only: the quantities in that old quote, including the
600 pcs, are NOT released and are information only.

To be clear about what is ordered:
- PO 4510-23015 releases six (6) sample butterfly valves DN300 PN10 - nothing more.
- The balance of the project requirement is not released. Please do not buy castings or discs
  for it.
- The balance will only be released by a revised PO signed by me, after the six sample valves
  have passed our witnessed FAT in Wenzhou.

Please confirm the FAT date for the samples.

Met vriendelijke groet / kind regards,
Joost Bakker
""" + sig("Joost Bakker", "Procurement Manager", "Van Dijk Process Engineering B.V., Rotterdam", "+31 10 240 8811"),
         attachments=[("rfc822", _c09_old)])))])

# c10: quoted supplier assumption of roll-over, corrected by the buyer
case("c10_sa_reply_corrects_rollover", [],
     "supplier's quoted 'continue directly with the 58 after FAT' is corrected: FAT does not release; 2 FA only; 58 held until Sara's written release",
     [("RE_FAT_schedule_ASIP-PO-24-0712.eml", eml(mail(
         "Sara Al-Dossary <s.aldossary@alsharq-ip.com.sa>", "Lucia Martin <lmartin@actuadoresebro.es>",
         "RE: FAT schedule - ASIP-PO-24-0712 electric actuators", "Mon, 10 Jun 2024 11:02:00 +0300",
         """Dear Lucia,

Thank you for the FAT schedule, 17 June is fine for our inspector.

But no - please note that a passed FAT does not release the 58 actuators. The release under
ASIP-PO-24-0712 remains two (2) FA actuators only. The 58 stay on hold and are not released
until my written release (Sara Al-Dossary, Senior Buyer), which I will issue only after our QC
has signed off the FAT report. Please do not order motors or gearboxes for the 58 before that.

Best regards,
Sara
""" + sig("Sara Al-Dossary", "Senior Buyer", "Al-Sharq Industrial Projects Co., Al-Khobar", "+966 13 882 4410") + """
> From: Lucia Martin <lmartin@actuadoresebro.es>
> Sent: Sunday, 9 June 2024 18:40
> Subject: FAT schedule - ASIP-PO-24-0712 electric actuators
>
> Dear Ms. Al-Dossary,
> we propose FAT of the 2 FA actuators on 17 June at our Zaragoza works (torque, stroke, IP
> and insulation tests per ITP AE-ITP-07). Once FAT is passed we will continue directly with
> the 58 remaining actuators to keep the ROS date.
> Kind regards, Lucia Martin, Project Manager, Actuadores del Ebro S.A.
""", in_reply_to="<ae-fat-0609@actuadoresebro.es>")))])

# c11: Chinese supplier: deposit received, deposit does not release production
case("c11_cn_deposit_not_release", [],
     "supplier: 'the deposit does not release production', builds 4 samples only, 116 held pending written release",
     [("Deposit_received_PI_WZOH-PI-24-0412.eml", eml(mail(
         "Linda Chen <linda.chen@wzouhai-valve.com>", "Ana Paula Ribeiro <ana.ribeiro@petrosul.com.br>",
         "Deposit received - PI WZOH-PI-24-0412 / PO 4600020113", "Wed, 15 May 2024 17:25:00 +0800",
         """Dear Ana Paula,

Good day!

We received your 30% T/T deposit USD 14,220.00 against PI WZOH-PI-24-0412 today, thank you very
much.

Please kindly note: the deposit does not release production. Under your PO 4600020113 we make only
the 4 sample valves (DN200 Class 150 wafer type, duplex disc). The 116 valves of the project lot
stay on hold. We will not buy castings and will not start production for them until we receive
your written release after sample approval in Macae.

Samples will be ready for FAT around 10 June, we will send the inspection notice 7 days before.

Best regards
Linda Chen
Sales Assistant / Export Dept.
Wenzhou Ouhai Fluid Control Co., Ltd.
No. 18 Binhai 5th Road, Wenzhou, Zhejiang, China
Tel: +86 577 8689 2210  WhatsApp/WeChat: +86 139 5770 1182
""")))])

# c12: Italian maker's order acknowledgement (DOCX, attached) restating the hold
_c12_docx = docx_bytes([
    ("h1", "Valvolmeccanica Orobica S.p.A. - Order Acknowledgement OA-24-0311"),
    ("p", "Customer: Van Dijk Process Engineering B.V., Rotterdam. Customer PO: 4510-22871 rev.0 dated 14-03-2024. Our offer: VO-24-118 rev.2."),
    ("table", [["Pos", "Tag", "Description", "Qty acknowledged", "Confirmed delivery"],
               ["10", "21-XV-1001", "BV 6\" Cl.600 RF TM, A350 LF2, metal seated - first article valve", "1", "wk 21/2024 ex works"],
               ["20", "21-XV-1002", "BV 6\" Cl.600 RF TM, A350 LF2, metal seated - first article valve", "1", "wk 21/2024 ex works"]]),
    ("sp",),
    ("h", "Scope acknowledged as written"),
    ("p", "We acknowledge that the PO releases for manufacture the 2 (two) first article valves above and nothing else."),
    ("p", "The 44 valves of the project lot are not released. We will neither start manufacture of them nor buy forgings or trim material for them."),
    ("p", "We will start the 44 valves only after your witnessed FAT sign-off of the first article valves and a written production release from Ms. Marieke de Graaf, Lead Buyer, quoting PO 4510-22871."),
    ("h", "Other conditions"),
    ("li", "FAT: proposed week 20, witness by Van Dijk inspector; notice 10 working days in advance."),
    ("li", "Documentation per VDP-ITP-021 rev B; 3.1 certificates with the shipment."),
    ("li", "All other terms as per PO; our general terms of sale are hereby waived."),
    ("p", "Bergamo, 19-03-2024 - Marco Locatelli, Project Manager"),
], author="Marco Locatelli")
case("c12_it_acknowledgement_docx", [],
     "email with DOCX order acknowledgement (table) restating 2 FA released, 44 not released, FAT + Marieke's written release",
     [("OA-24-0311_PO_4510-22871.eml", eml(mail(
         "Marco Locatelli <m.locatelli@valvolmeccanica.it>", "Marieke de Graaf <m.degraaf@vandijkpe.nl>",
         "Conferma d'ordine / Order acknowledgement OA-24-0311 - PO 4510-22871", "Tue, 19 Mar 2024 16:05:00 +0100",
         """Dear Ms. de Graaf,

please find attached our order acknowledgement OA-24-0311 for your PO 4510-22871.

We confirmed the scope exactly as written in your PO: the two first article valves only. The FAT
date we will agree with your inspector directly, we propose week 20.

Thank you for your confidence in Valvolmeccanica.

Cordiali saluti / Best regards,
Marco Locatelli
Project Manager
Valvolmeccanica Orobica S.p.A. - Via Zanica 41 - 24126 Bergamo - Italy
Tel. +39 035 419 2277

Le informazioni contenute in questo messaggio sono riservate. / The information in this message is
confidential.
""", attachments=[("OA-24-0311.docx", _c12_docx, DOCX_MT)])))])

# c13: Indian EPC SAP PO, full quantity, with identifiers that look like quantities
case("c13_in_full_qty_identifiers", [],
     "TXT SAP PO: full quantity 8 nos, no balance; many identifiers (1000-600-300, Rev 12, ISO 5211 F25, Class 600, ISO 9001:2015) are not quantities",
     [("APP_PO_24_0618_print.txt", txt("""
AMBIKA PROCESS PROJECTS PVT. LTD.                                   PURCHASE ORDER
PLOT 44, GIDC MAKARPURA, VADODARA 390010                            PAGE 1 OF 1
-------------------------------------------------------------------------------------------
PO NO.      : APP/PO/24/0618              PO DATE   : 27.05.2024
VENDOR      : 400211 HANBIT VALVE CO., LTD., CHANGWON, KOREA
PROJECT     : 2500 - RIL JAMNAGAR J3 COKER, HALL 3 / BAY 600
BUYER       : SURESH PATEL                CURRENCY  : USD
-------------------------------------------------------------------------------------------
SL  MATERIAL CODE    DESCRIPTION                                 QTY  UOM   RATE      AMOUNT
-------------------------------------------------------------------------------------------
 1  1000-600-300     TRIPLE OFFSET BFV 24" CL 600 ASME B16.34     8  NOS  18,450.00 147,600.00
                     BODY A216 WCB, DISC A351 CF8M, LAMINATED
                     SEAL 316/GRAPHITE, BARE SHAFT ISO 5211 F25
                     DRG NO. 2207-V-5000 REV 12
                     TAGS 25-XV-6001 TO 25-XV-6008
-------------------------------------------------------------------------------------------
                                                        TOTAL USD             147,600.00
-------------------------------------------------------------------------------------------
NOTES:
 1. THIS PO COVERS THE FULL REQUIREMENT OF 8 (EIGHT) NOS. NO SAMPLE STAGE. NO BALANCE.
 2. TESTING PER API 598 / API 6D, FIRE TEST CERT. API 607 7TH ED.
 3. VENDOR QMS TO ISO 9001:2015; CERT NO. KR-QMS-2019-0450 TO BE VALID AT DISPATCH.
 4. INSPECTION CALL 10 DAYS IN ADVANCE; TPI: BVIS; NCR REF. FORMAT NCR-2024-XXXX.
 5. DELIVERY: 20 WEEKS FROM PO, CIF MUNDRA. PACKING PER APP-SPEC-PK-200 REV 3.
 6. PAYMENT: 100% BY L/C 90 DAYS FROM B/L.
-------------------------------------------------------------------------------------------
FOR AMBIKA PROCESS PROJECTS PVT. LTD.          AUTHORISED SIGNATORY: ANAND KULKARNI
                                               HEAD - PROCUREMENT
"""))])

# c14: release letter for the entire balance; nothing remains on hold
case("c14_nl_release_full_balance", [],
     "PDF production release of the full balance 180 after signed FAT of 6 FA valves; 186 total consistent; named release authority",
     [("Production_release_PR-07_PO_4510-22512.pdf", pdf([
         ("h1", "PRODUCTION RELEASE PR-07"),
         ("p", "Van Dijk Process Engineering B.V. - Weena 600, 3012 CN Rotterdam - Purchasing"),
         ("table", [["PO", "4510-22512 rev.1", "Date", "29-04-2024"],
                    ["Supplier", "Valvolmeccanica Orobica S.p.A., Bergamo", "Project", "P-2288 Moerdijk cracker revamp"]]),
         ("sp",),
         ("p", "Following the factory acceptance test of the six (6) first article valves, witnessed and signed off "
               "on 22-04-2024 (FAT report VO-FAT-24-0417, signed by our inspector R. Mulder), the balance of 180 "
               "(one hundred and eighty) valves under PO 4510-22512 rev.1 is hereby released for manufacture."),
         ("table", [["PO pos", "Tag range", "Description", "Released by this letter"],
                    ["30", "31-XV-3007 ... 31-XV-3126", "BV 4\" Cl.300 RF FB, A105N / ENP", "120"],
                    ["40", "31-XV-4001 ... 31-XV-4060", "BV 6\" Cl.300 RF FB, A105N / ENP", "60"],
                    ["", "", "Total released by PR-07", "180"]]),
         ("sp",),
         ("p", "With this release the full PO quantity of 186 valves (6 first article valves under PR-01 and 180 under "
               "PR-07) is released. No balance remains on hold under this PO. Material authority: 180 valves, in line "
               "with this release."),
         ("p", "Delivery per PO schedule: 60 valves per month from week 27. Inspection per ITP VDP-ITP-017 rev C."),
         ("sp",),
         ("p", "Released by: Joost Bakker, Procurement Manager (release authority per VDP-PROC-004, limit EUR 2.500.000)."),
     ], title="PR-07", author="Joost Bakker"))])

# c15: WhatsApp export, Brazilian buyer, complete scope in chat
case("c15_br_whatsapp_complete", [],
     "WhatsApp: only 4 samples; 116 NOT released, no material; release after FAT witness + written release by Rafael Moura; supplier confirms",
     [("WhatsApp_Chat_Petrosul_CFT.txt", txt("""
10/04/24, 09:12 - Rafael Moura: Bom dia Karthik! PO 4600020277 is in your inbox 📩
10/04/24, 09:12 - Rafael Moura: Só as 4 amostras, ok? Only the 4 sample valves
10/04/24, 09:13 - Rafael Moura: the other 116 stay on hold - NOT released. no material for them please
10/04/24, 09:14 - Rafael Moura: release of the 116 only after FAT witness here in Macaé + my written release by email (Rafael Moura, Gerente de Suprimentos). whatsapp doesn't count 😉
10/04/24, 09:31 - Karthik R (Coimbatore Flowtek): Good morning sir. Noted, we build 4 nos only, no material for 116 nos. Will wait for your written release
10/04/24, 09:32 - Karthik R (Coimbatore Flowtek): FAT tentatively 2nd week of May, will confirm
10/04/24, 09:40 - Rafael Moura: perfeito, obrigado 👍
10/04/24, 09:41 - Rafael Moura: <Mídia oculta>
"""))])

# c16: Teams - supplier asks 'good to run the rest?', buyer says no
case("c16_in_teams_question_denied", [],
     "supplier 'Good to run the rest?' is a question; buyer: only 6 FA released, 94 on hold, QA sign-off + Anand's written release",
     [("Teams_APP-PO-24-0561.txt", txt("""
Microsoft Teams - chat export
Chat: APP / Hanbit - PO APP/PO/24/0561
Participants: Anand Kulkarni (Ambika Process Projects), Kim Min-jun (Hanbit Valve) (External)
Exported: 21/05/2024 18:02 (UTC+05:30)

[21/05/2024 14:05] Kim Min-jun (External): Hello Mr. Anand. FAT for 6 FA valves finish yesterday, all pass. Report uploaded to your SharePoint
[21/05/2024 14:06] Kim Min-jun (External): Good to run the rest?
[21/05/2024 14:37] Anand Kulkarni: Thanks Min-jun, good news and thanks to your team.
[21/05/2024 14:38] Anand Kulkarni: But no, not yet. Only the 6 FA valves are released under APP/PO/24/0561. Balance 94 nos is on hold, not released.
[21/05/2024 14:40] Anand Kulkarni: The FAT report first has to be signed off by our QA (Mr. R. Iyer). After that I will send the written release for the 94 nos by email from my side - only that email counts, not this chat.
[21/05/2024 14:52] Kim Min-jun (External): Understood. We hold 94 units, no material purchase. Waiting your email
[21/05/2024 14:53] Anand Kulkarni: 👍
"""))])

# p09: Indian EPC: 5 sample PO issued, 'you are good to run'
case("p09_in_good_to_run_samples", ["RG002", "RG003", "RG004", "RG005"],
     "5 sample valves PO issued + 'you are good to run' and asks production schedule; no hold, event or release person",
     [("PO_APP-PO-24-0602_sample_valves.eml", eml(mail(
         "Suresh Patel <suresh.patel@ambikaprojects.in>", "Senthil Kumar <senthil.k@cbeflowtek.in>",
         "PO APP/PO/24/0602 - sample ball valves 2\" 800# - drawings", "Thu, 30 May 2024 12:18:00 +0530",
         """Dear Senthil ji,

Good afternoon.

PO APP/PO/24/0602 for the five (5) sample ball valves 2" 800# forged (A105N, SW ends, reduced
bore) is issued in our system today and you will get the PDF copy by separate mail from SAP.

Drawings are approved as per our comments on rev 1 (comment sheet CS-0602-01 attached to the
transmittal), you are good to run.

Kindly share the production schedule along with the QAP for our review by Monday. Please also
note the new billing address for Vadodara HO in the PO.

Regards,
Suresh Patel
Sr. Engineer - Procurement
Ambika Process Projects Pvt. Ltd., Vadodara
Mob +91 98250 33140

Please consider the environment before printing this e-mail.
""")))])

# p10: US supplier-portal page, order header 'APPROVED - supplier may proceed'
_p10_body = """
<h2>Gulfstream Flow Controls &ndash; Supplier Collaboration Portal</h2>
<p>Supplier: <b>Valvolmeccanica Orobica S.p.A.</b> (V-30112) &nbsp;|&nbsp; Buyer: Mike Reynolds &nbsp;|&nbsp; Project GS-1163</p>
<div class="note"><b>Order 7700455 &mdash; Status: APPROVED &mdash; Supplier may proceed.</b></div>
<h3>Order lines</h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Scope</th><th>Line status</th></tr>
<tr><td>10</td><td>GFC-BV-04-600-TM</td><td>Ball valve 4" Cl.600 RTJ trunnion, A350 LF2, FAI unit</td><td>2</td><td>sample</td><td>Released</td></tr>
<tr><td>20</td><td>GFC-BV-04-600-TM</td><td>Ball valve 4" Cl.600 RTJ trunnion, A350 LF2, production</td><td>48</td><td>production</td><td>On hold &ndash; not released. Unlock: FAI sign-off + written release by Jennifer Walsh, Supply Chain Manager</td></tr>
</table>
<h3>Documents</h3>
<ul>
<li>GFC-QP-009 First Article Inspection procedure rev F</li>
<li>Datasheet GS-1163-DS-011 rev 2</li>
<li>Terms and Conditions of Purchase GFC-TC-2022 rev 4</li>
</ul>
<p style="font-size:11px;color:#666">Page generated 05/14/2024 08:03 CDT by user mreynolds.</p>
"""
case("p10_us_portal_approved_banner", ["RG002"],
     "HTML portal: lines correctly scoped (2 FAI released, 48 held with event + Jennifer Walsh) but order banner 'APPROVED - Supplier may proceed' is unscoped",
     [("portal_order_7700455.html", html_page("Order 7700455", _p10_body))])

# p11: Chinese maker bought castings for the full project quantity
case("p11_cn_castings_full_qty", ["RG006"],
     "supplier knows only 3 samples released and 117 not, yet bought castings and discs for all 120",
     [("PO_4700402_progress_and_material.eml", eml(mail(
         "Kevin Zhang <kevin.zhang@wzouhai-valve.com>", "Eng. Faisal Al-Harbi <f.alharbi@jazirahwp.com.sa>",
         "PO 4700402 - sample valves progress / material", "Fri, 24 May 2024 15:48:00 +0800",
         """Dear Eng. Faisal,

Good day! Hope you are doing well.

Update for your PO 4700402:
1) The 3 sample valves (DN400 PN16 double flanged, duplex disc) are in assembly now, hydro test
   next Wednesday. FAT with your TPI can be 5 June or 6 June, please choose.
2) We understand the 117 project valves are not released yet, we wait your written release after
   FAT.
3) To keep your ROS date and because the foundry will increase price from July, we already
   bought the GGG50 body castings and the 2205 disc blanks for all 120 pcs last week. They are in
   our warehouse now.

Any question please feel free to contact me.

Best regards
Kevin Zhang | Sales Manager
Wenzhou Ouhai Fluid Control Co., Ltd.
Tel: +86 577 8689 2201
""")))])

# p12: Korean maker's reply - bought bar stock for all 63 although buyer's quoted scope limits material to FAI units
case("p12_kr_reply_bar_stock_all", ["RG006"],
     "supplier reply: bar stock and gear sets ordered for all 63; quoted buyer scope: 3 FAI, 60 held, material FAI only, FAI sign-off + Jennifer Walsh",
     [("RE_PO_7700467_scope.eml", eml(mail(
         "Lee Sung-ho <shlee@daesungact.co.kr>", "Jennifer Walsh <jwalsh@gulfstreamflow.com>",
         "RE: PO 7700467 - scope of release", "Thu, 16 May 2024 09:12:00 +0900",
         """Dear Ms. Walsh,

Thank you for your mail. We noted the scope below.

FYI, following the call with Mr. Brooks last week, we have placed the purchase order for the
bar stock (AISI 4140) and the worm gear sets for all 63 units, to protect the lead time. Our gear
supplier needs 12 weeks now. The FAI units will be ready for test on 3 June.

Best regards,
Lee Sung-ho
Manager, Overseas Business Team
Daesung Actuator Co., Ltd. | Busan, Korea | +82 51 979 4402

-----Original Message-----
From: Jennifer Walsh <jwalsh@gulfstreamflow.com>
Sent: Tuesday, May 14, 2024 4:30 PM
To: Lee Sung-ho
Subject: PO 7700467 - scope of release

> Mr. Lee,
>
> To confirm the scope of PO 7700467:
> - Released: 3 FAI actuators (tags 55-MOV-201/202/203).
> - The remaining 60 actuators are on hold - not released - until our Quality signs off the FAI
>   and I issue a written release (Jennifer Walsh, Supply Chain Manager).
> - Material authority: FAI units only.
>
> Regards,
> Jennifer Walsh
> Supply Chain Manager, Gulfstream Flow Controls, Inc.
""", in_reply_to="<h161-0901@gulfstreamflow.com>")))])

# p13: Korean maker weekly status report (HTML attachment): material for 120 while 2 released
_p13_html = html_page("Weekly progress report wk 22 - PO 7700449", """
<h2>Hanbit Valve Co., Ltd. &ndash; Weekly Progress Report</h2>
<p>Customer: Gulfstream Flow Controls, Inc. &nbsp; PO: 7700449 &nbsp; Report week: 22 / 2024 &nbsp; Prepared by: J.H. Park</p>
<h3>1. Order status</h3>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>12" TOBV Cl.300, first article valve</td><td>2</td><td>Released &ndash; in assembly, FAT planned wk 24</td></tr>
<tr><td>2</td><td>12" TOBV Cl.300, project lot</td><td>118</td><td>Not released &ndash; waiting customer written release after FAT</td></tr>
</table>
<h3>2. Material status</h3>
<table>
<tr><th>Material</th><th>Spec</th><th>Qty</th><th>Status</th></tr>
<tr><td>Body casting</td><td>A216 WCB</td><td>120</td><td>Poured 120 / 120, heat treatment done</td></tr>
<tr><td>Disc casting</td><td>A351 CF8M</td><td>120</td><td>Rough machined 120 / 120</td></tr>
<tr><td>Laminated seal ring</td><td>316 / graphite</td><td>120</td><td>PO placed to sub-supplier, delivery wk 26</td></tr>
<tr><td>Shaft bar</td><td>17-4PH H1150</td><td>120</td><td>In stock</td></tr>
</table>
<h3>3. Documents</h3>
<p>ITP HV-ITP-0449 rev 1 submitted 20 May. WPS/PQR for seat overlay submitted 21 May.</p>
<h3>4. Open points</h3>
<p>Customer to confirm FAT witness date (wk 24).</p>
""")
case("p13_kr_weekly_report_material", ["RG006"],
     "email + HTML status report: 2 FA released, 118 not released, yet castings/discs/seal rings for 120 poured, machined, ordered",
     [("Weekly_report_wk22_PO_7700449.eml", eml(mail(
         "J.H. Park <jhpark@hanbitvalve.co.kr>", "Mike Reynolds <mreynolds@gulfstreamflow.com>",
         "Weekly progress report wk22 / PO 7700449", "Fri, 31 May 2024 17:30:00 +0900",
         """Dear Mr. Reynolds,

Please find attached our weekly progress report for week 22.

Main points: FA valves in assembly, FAT planned week 24. Material preparation is going well,
please see section 2.

Please confirm the FAT witness date at your earliest convenience.

Best regards,
J.H. Park
Overseas Sales Team / Deputy General Manager
Hanbit Valve Co., Ltd. | Changwon, Korea | +82 55 260 1188
""", attachments=[("Progress_report_wk22_PO7700449.html", _p13_html, "text/html")])))])

# p14: Italian maker forged all 46 bodies and will roll straight into the series after FAT
case("p14_it_forged_all_roll_into_series", ["RG006", "RG007"],
     "supplier: forging of all 46 bodies launched though 44 not released, and 'as soon as FA pass FAT we continue straight into the series'",
     [("Update_PO_4510-22871_FAT.eml", eml(mail(
         "Giulia Ferrari <g.ferrari@valvolmeccanica.it>", "Marieke de Graaf <m.degraaf@vandijkpe.nl>",
         "Aggiornamento / Update PO 4510-22871 - FA valves and FAT date", "Mon, 13 May 2024 10:40:00 +0200",
         """Dear Marieke,

quick update on PO 4510-22871.

The two FA valves (21-XV-1001/1002) are in assembly, seat test this week. We propose FAT on
18 June, please let me know if your inspector is available.

We are aware that the 44 valves of the project lot are not yet released. Anyway, to protect your
delivery date we have already launched the forging of all 46 bodies and bonnets at our forge
shop, so that as soon as the FA valves pass FAT we can continue straight into the series without
losing weeks.

Of course we remain available for any clarification.

Cordiali saluti,
Giulia Ferrari
Sales Engineer - Valvolmeccanica Orobica S.p.A.
Via Zanica 41 - 24126 Bergamo - Italy - Tel. +39 035 419 2260
""")))])

# p16: Indian maker: advance on full PI -> forgings booked for all 80 and machining of balance started
case("p16_in_advance_started_balance", ["RG006", "RG012"],
     "supplier: PO covers 2 FA, bal. 78 subject to release, but 'since we received the advance' forgings for 80 booked and machining of bal. started",
     [("Advance_received_PO_4700455.eml", eml(mail(
         "Senthil Kumar <senthil.k@cbeflowtek.in>", "Eng. Faisal Al-Harbi <f.alharbi@jazirahwp.com.sa>",
         "Advance received - PI CFT/PI/24/077 - your PO 4700455", "Tue, 04 Jun 2024 10:15:00 +0530",
         """Dear Eng. Faisal,

Greetings from Coimbatore Flowtek.

We acknowledge with thanks the receipt of 30% advance payment SAR 87,300.00 against our PI
CFT/PI/24/077 for 80 nos ball valves 6" x 300# (A216 WCB body, SS316 ball, RPTFE seats).

As per your PO 4700455, 2 nos FA valves are released now and the bal. 78 nos are subject to your
release after FA inspection. However, since we have received the advance on the full PI value,
we have booked the forgings for all 80 nos and started the machining of the bal. qty also, so
that there will not be any delay in delivery.

FA valves will be offered for inspection in 3rd week of June. Kindly arrange your TPI.

Thanks & Regards,
Senthil Kumar
Manager - Marketing
Coimbatore Flowtek Pvt. Ltd., Coimbatore - 641 014 | Mob +91 98430 11872
""")))])


# ------------------------------------------------------------------ batch 3
# c17: Spanish actuator maker's tiered quotation (PDF table), no authorization
case("c17_es_quote_price_tiers", [],
     "supplier quotation PDF with FA / series / 50+ price tiers; series only against written release; no authorization",
     [("Oferta_AE-OF-24-0522.pdf", pdf([
         ("h1", "ACTUADORES DEL EBRO S.A."),
         ("p", "Poligono Malpica, Calle E 42, 50016 Zaragoza - Espana - CIF A50331902"),
         ("h", "Oferta / Quotation AE-OF-24-0522 - 02/05/2024"),
         ("p", "Client: Petrosul Engenharia Ltda, Macae (RJ), Brazil. Attn.: Sra. Ana Paula Ribeiro. Your RFQ: P12-0377. "
               "Subject: electric quarter-turn actuators for ball valves 2\" to 8\", ATEX Ex db IIB T4, 24 VDC."),
         ("table", [["Pos.", "Description", "Qty", "Unit price EUR", "Lead time"],
                    ["1", "Actuator AE-QT-250, ISO 5211 F10, first article units for FAT", "2", "3.480,00", "6 weeks"],
                    ["2", "Same, series lot (price tier 1)", "38", "3.150,00", "12 weeks after release"],
                    ["3", "Same, series lot (price tier 2, 50 units or more)", "50+", "2.990,00", "14 weeks after release"]]),
         ("sp",),
         ("p", "Series prices are price tiers only. Series manufacture starts exclusively against your written "
               "release; first article units are built against your purchase order."),
         ("p", "Validity: 60 days. Payment: 30 days from invoice. Delivery: FCA Zaragoza (Incoterms 2020). Warranty: "
               "18 months from delivery or 12 months from start-up. Certificates: ATEX, IECEx, EN 10204 3.1 for the "
               "output drive."),
         ("p", "Atentamente / Kind regards - Lucia Martin, Project Manager"),
     ], title="AE-OF-24-0522", author="Actuadores del Ebro"))])

# c18: two files - Dutch PO for 2 FA valves + supplier quote; PO declares the quote's 30 informational
case("c18_nl_po_plus_quote_files", [],
     "two files: PO (2 FA, quote's 30 explicitly not released, FAT sign-off + Marieke) and supplier quote with 2 + 30",
     [("PO_4510-23088.pdf", pdf([
         ("h1", "PURCHASE ORDER 4510-23088"),
         ("table", [["PO number", "4510-23088", "Date", "08-05-2024"],
                    ["Project", "P-2331 Eemshaven LNG send-out", "Supplier", "Hanbit Valve Co., Ltd., Changwon (KR)"]]),
         ("sp",),
         ("table", [["Pos", "Tag no.", "Description", "Qty", "Unit", "Unit price EUR", "Amount EUR"],
                    ["10", "33-XV-5101", "Triple offset BFV 16\" Class 300, cryogenic extended bonnet, first article valve", "1", "pc", "14.900,00", "14.900,00"],
                    ["20", "33-XV-5102", "Idem, first article valve", "1", "pc", "14.900,00", "14.900,00"],
                    ["", "", "Total net", "", "", "", "29.800,00"]]),
         ("sp",),
         ("h", "Scope note"),
         ("p", "Your quotation HV-Q-24-0702 is attached to this PO for information only. Its project quantity of "
               "30 valves is NOT released by this PO. Active now: the 2 first article valves above. Material "
               "authority: first article valves only."),
         ("p", "The 30 valves stay on hold until (1) the cryogenic FAT of the first article valves has been "
               "witnessed and signed off by our inspector and (2) Marieke de Graaf, Lead Buyer, has issued a "
               "written production release for them."),
         ("p", "Delivery DAP Eemshaven. Inspection per VDP-ITP-033 rev 0. Payment 60 days."),
         ("p", "Van Dijk Process Engineering B.V. - Purchasing - M. de Graaf"),
     ], title="PO 4510-23088", author="Van Dijk Process Engineering B.V.")),
      ("Quotation_HV-Q-24-0702.pdf", pdf([
          ("h1", "HANBIT VALVE CO., LTD."),
          ("p", "55, Seongsan-ro, Seongsan-gu, Changwon-si, Gyeongsangnam-do, Korea"),
          ("h", "QUOTATION HV-Q-24-0702 (Rev.0) - 2024.04.25"),
          ("p", "To: Van Dijk Process Engineering B.V. / Ms. Marieke de Graaf. Project: Eemshaven LNG send-out."),
          ("table", [["No.", "Description", "Q'ty", "Unit price (EUR)", "Amount (EUR)"],
                     ["1", "TOBV 16\" Cl.300 cryogenic, first article valve", "2", "14,900", "29,800"],
                     ["2", "TOBV 16\" Cl.300 cryogenic, project quantity", "30", "13,650", "409,500"]]),
          ("sp",),
          ("p", "Delivery: FA 10 weeks / project 18 weeks. Cryogenic test per BS 6364 at -196 C. Validity 60 days."),
          ("p", "J.H. Park, Overseas Sales Team"),
      ], title="HV-Q-24-0702", author="Hanbit Valve"))])

# c19: US interim FAI disposition with a quantity and a date limit
case("c19_us_interim_disposition", [],
     "interim FAI disposition limited to 10 valves / June 30; 10 released, 70 held until final FAI sign-off + Jennifer Walsh's written release",
     [("FAI_interim_disposition_PO_7700480.eml", eml(mail(
         "Jennifer Walsh <jwalsh@gulfstreamflow.com>", "Inaki Etxeberria <inaki.etxeberria@valvulasnervion.es>",
         "PO 7700480 - FAI disposition INTERIM + release notice RN-7700480-01", "Fri, 17 May 2024 14:22:00 -0500",
         """Hello Inaki,

Thanks for the FAI package on the two 3" Cl.900 FAI valves under PO 7700480 rev 2.

Dave Kowalski (Quality) reviewed it this morning. Everything is in order except the Cv test
report, which your lab still owes us. Our disposition is therefore INTERIM, with these limits:
  - valid for a maximum of 10 (ten) production valves, and
  - valid until June 30, 2024, whichever comes first.

Release notice RN-7700480-01: under this interim disposition, 10 (ten) production valves are
released for manufacture. That's the only production quantity released right now.

The remaining 70 valves of PO 7700480 are not released. Releasing them needs (1) the final FAI
sign-off with disposition "approved", i.e. including the Cv report, and (2) a written release from
me. Material authority follows the release: 10 valves.

Please send the Cv report as soon as it is available.

Best,
Jennifer
""" + sig("Jennifer Walsh", "Supply Chain Manager", "Gulfstream Flow Controls, Inc., Houston TX", "+1 713 555 0120"))))])

# c20: Saudi deviation permit scoped to the 2 FA actuators (DOCX)
case("c20_sa_deviation_permit_docx", [],
     "DOCX deviation permit 'accepted for the 2 FA actuators only', states it does not release production; 58 held, FAT + Hamad",
     [("Deviation_Permit_DP-0412.docx", docx_bytes([
         ("h1", "Jazirah Water & Power Co. - Deviation Permit DP-0412"),
         ("table", [["Field", "Entry"],
                    ["PO", "4700231 (electric actuators, Jubail IWP phase 2)"],
                    ["Supplier", "Daesung Actuator Co., Ltd., Busan"],
                    ["Items concerned", "2 FA actuators, tags 40-MOV-3101 and 40-MOV-3102"],
                    ["Requirement", "Limit switch module per JWP-STD-E-0212: brand A, IP68"],
                    ["Deviation requested", "Limit switch module brand B, IP68, equivalent rating (supplier letter DA-DR-0077)"],
                    ["Disposition", "Accepted for the 2 (two) FA actuators only"],
                    ["Valid for", "The 2 FA actuators listed above; not valid for any other unit"]]),
         ("sp",),
         ("h", "Effect on production"),
         ("p", "This deviation permit is a technical document. It does not release production and does not change the scope of PO 4700231."),
         ("p", "Production scope is unchanged: released are the 2 FA actuators only. The remaining 58 actuators are not released. Their release requires the witnessed FAT of the FA units signed off by our TPI and a written release from Eng. Hamad Al-Qahtani, Procurement Manager."),
         ("p", "Whether brand B may be used on the 58 actuators will be decided separately after FAT."),
         ("sp",),
         ("p", "Prepared: Eng. Faisal Al-Harbi, QA/QC Manager - 20 May 2024"),
     ], author="Faisal Al-Harbi"))])

# c21: Dutch supplier-portal page with line statuses and a labelled forecast quantity
_c21_body = """
<h2>Van Dijk Process Engineering &ndash; Leveranciersportaal / Supplier portal</h2>
<p>Leverancier / Supplier: <b>V&aacute;lvulas Nervi&oacute;n S.L.</b> (300912) &nbsp;|&nbsp; Inkoper / Buyer: Marieke de Graaf</p>
<h3>Inkooporder / Purchase order 4510-23102 &ndash; project P-2340 Vlissingen ammonia terminal</h3>
<table>
<tr><th>Pos</th><th>Omschrijving / Description</th><th>Aantal / Qty</th><th>Scope</th><th>Status</th></tr>
<tr><td>10</td><td>Kogelkraan / ball valve 3" Cl.300 RF, A352 LCC, first article valves (tags 40-XV-0101..0103)</td><td>3</td><td>sample</td><td>Vrijgegeven / released</td></tr>
<tr><td>20</td><td>Idem, serie / series (forecast quantity)</td><td>57</td><td>production &ndash; forecast</td><td>Niet vrijgegeven / NOT released</td></tr>
</table>
<div class="note">
<p><b>Nu actief / Active now:</b> 3 first article valves (pos. 10). Material authority: first article valves only.</p>
<p><b>Pos. 20:</b> the 57 is a forecast quantity, not a firm order. It is not released. Do not start manufacture and do not buy material for it.</p>
<p><b>Vrijgave / Unlock:</b> pos. 20 can only be released after the FAT of the 3 first article valves has been signed off by our inspector, by a written production release from Marieke de Graaf, Lead Buyer.</p>
</div>
<p>Levering / Delivery: DAP Vlissingen. Betaling / Payment: 60 dagen. Algemene inkoopvoorwaarden VDPE-GPC-2023.</p>
<p style="font-size:11px;color:#666">Gegenereerd / generated 24-05-2024 09:12 CET</p>
"""
case("c21_nl_portal_line_status", [],
     "HTML portal page: 3 FA released, 57 labelled forecast and not released, FAT sign-off + Marieke; no unscoped banner",
     [("portal_PO_4510-23102.html", html_page("PO 4510-23102", _c21_body, lang="nl"))])

# c22: Indian ITP (DOCX with table) stating that hold point H6 does not release production
case("c22_in_itp_holdpoints_docx", [],
     "DOCX ITP with hold/witness table; states FAT hold point does not release production; 6 FA active, 94 held, QA sign-off + Anand Kulkarni",
     [("ITP_APP-QAP-V-21_rev0.docx", docx_bytes([
         ("h1", "Inspection and Test Plan APP-QAP-V-21 rev 0"),
         ("p", "Purchaser: Ambika Process Projects Pvt. Ltd., Vadodara. Vendor: Hanbit Valve Co., Ltd., Changwon. PO: APP/PO/24/0561. Item: triple offset BFV 20\" Cl.300, A216 WCB / CF8M."),
         ("p", "Legend: H = hold point (work shall not proceed past this step without purchaser's written clearance), W = witness, R = document review, P = perform."),
         ("table", [["Sr.", "Activity", "Reference", "Acceptance norm", "Vendor", "TPI", "APP"],
                    ["1", "Raw material identification and MTC review", "ASTM A216 / A351", "EN 10204 3.1", "P", "R", "R"],
                    ["2", "NDT of body castings (RT critical areas)", "ASME B16.34 Annex B", "Severity level per B16.34", "P", "R", "R"],
                    ["3", "Seat overlay PMI", "APP-SPEC-V-02", "Cr 17-19 %", "P", "W", "R"],
                    ["4", "Dimensional check", "GA drg 2207-V-5200 rev 3", "Drg tolerance", "P", "W", "W"],
                    ["5", "Hydro test shell / seat", "API 598", "No visible leakage", "P", "H", "W"],
                    ["6", "FAT incl. torque and fire-safe certificate review", "API 6D / API 607", "Per datasheet", "P", "H", "H"],
                    ["7", "Painting DFT, final marking, packing", "APP-SPEC-PT-04", "DFT 250 micron min.", "P", "W", "R"]]),
         ("sp",),
         ("h", "Note on production release"),
         ("p", "This ITP is a quality document. Clearing hold point 6 (FAT) does not release production."),
         ("p", "Released under PO APP/PO/24/0561 at present: the 6 (six) FA valves only. The balance 94 nos is not released."),
         ("p", "The balance 94 nos will be released only by a written production release from Mr. Anand Kulkarni, Head - Procurement, after the FAT report has been signed off by Mr. R. Iyer, QA Manager."),
     ], author="R. Iyer"))])

# c24: US Teams chat - FAT sign-off is not production release; budget sign-off + written release by Jennifer
case("c24_us_teams_fat_not_release", [],
     "Teams: 'FAT sign-off is not a production release'; only 2 FA; 118 released by Jennifer after budget sign-off",
     [("Teams_GFC_Hanbit_PO7700449.txt", txt("""
Microsoft Teams - chat export
Chat: GFC / Hanbit - PO 7700449 TOBV
Participants: Jennifer Walsh (Gulfstream Flow Controls), Dave Kowalski (Gulfstream Flow Controls), J.H. Park (Hanbit Valve) (External)
Exported: 6/14/2024 4:40 PM (UTC-05:00)

[6/13/2024 8:02 PM] J.H. Park (External): Good morning from Changwon. FAT of 2 FA valves completed with your inspector, all tests pass. Cryo not required for this item. Report will be uploaded today.
[6/14/2024 7:45 AM] Jennifer Walsh: Morning Mr. Park - congrats to the team on the FAT 🎉
[6/14/2024 7:47 AM] Jennifer Walsh: Just so we're all on the same page: FAT sign-off is not a production release.
[6/14/2024 7:48 AM] Dave Kowalski: I'll review and sign off the FAT report by Wednesday.
[6/14/2024 7:52 AM] Jennifer Walsh: After that, the written release for the 118 project valves comes from me once our budget sign-off is through (steering committee next Tuesday). Until you get that email, only the 2 FA valves are released. No material for the 118 either please.
[6/14/2024 8:10 AM] J.H. Park (External): Understood Ms. Walsh. We wait for your written release. Thank you.
"""))])

# c25: Saudi area-lot release (PDF with tag table); other areas held by named call-off owner
case("c25_sa_area_lot_release", [],
     "PDF release for Area 200 lot: 22 valves by tag table; Areas 300/400 (54) not released; separate call-off by Khalid Al-Otaibi after IFC",
     [("RFM_PO_4700377_Area200.pdf", pdf([
         ("h1", "RELEASE FOR MANUFACTURE - AREA 200 LOT"),
         ("p", "Jazirah Water & Power Co. - Procurement Department - Jubail Industrial City"),
         ("table", [["PO", "4700377", "Release no.", "RFM-4700377-01"],
                    ["Supplier", "Valvolmeccanica Orobica S.p.A., Bergamo (IT)", "Date", "26 May 2024"]]),
         ("sp",),
         ("table", [["Tag range", "Description", "Qty released"],
                    ["200-XV-0101 to 200-XV-0108", "Ball valve 8\" Cl.150 RF, A216 WCB / ENP, gear operated", "8"],
                    ["200-XV-0201 to 200-XV-0206", "Ball valve 6\" Cl.150 RF, A216 WCB / ENP, gear operated", "6"],
                    ["200-XV-0301 to 200-XV-0304", "Ball valve 4\" Cl.150 RF, A216 WCB / ENP, lever", "4"],
                    ["200-XV-0401 to 200-XV-0404", "Ball valve 3\" Cl.150 RF, A216 WCB / ENP, lever", "4"],
                    ["", "Total Area 200 lot", "22"]]),
         ("sp",),
         ("p", "Released for manufacture by this document: the 22 (twenty-two) valves of the Area 200 lot listed above. "
               "Material authority: Area 200 lot only."),
         ("p", "Areas 300 and 400 (54 valves in total, tag lists 300-XV and 400-XV) are not released. Each area will "
               "be released by a separate written call-off signed by Eng. Khalid Al-Otaibi, Contracts & Procurement "
               "Lead, after the IFC drawings for that area have been issued."),
         ("p", "Inspection per ITP JWP-ITP-V-12 rev 3. Delivery CFR Jubail. All other terms as per PO 4700377."),
         ("sp",),
         ("p", "Eng. Khalid Al-Otaibi - Contracts & Procurement Lead"),
     ], title="RFM-4700377-01", author="Jazirah Water & Power"))])

# p17: Indian maker's production status printout (TXT attached): forgings ordered for 100, 5 released
_p17_txt = txt("""
COIMBATORE FLOWTEK PVT. LTD.            ERP: TALLY-PRIME / PRODN MODULE        DT: 12.06.2024
PRODUCTION & MATERIAL STATUS - CUSTOMER: AMBIKA PROCESS PROJECTS PVT LTD, VADODARA
===========================================================================================
SALES ORDER   : SO/24/1187         CUST PO : APP/PO/24/0602 DT 30.05.2024
ITEM          : BALL VALVE 2" 800# FORGED A105N SW RB
QTY RELEASED  :     5 NOS (SAMPLE)
BAL. QTY      :    95 NOS - AWAITING CUSTOMER RELEASE
-------------------------------------------------------------------------------------------
WORK ORDER    OPERATION              QTY     DONE    STATUS
WO/24/2231    BODY MACHINING           5        5    COMPLETED
WO/24/2231    ASSEMBLY                 5        3    IN PROGRESS
WO/24/2231    HYDRO TEST               5        0    PLANNED 14.06.2024
-------------------------------------------------------------------------------------------
MATERIAL REQUISITION  MR/24/0933
  ITEM                             QTY   UOM  SOURCE                       STATUS
  FORGED BODY A105N 2" 800#        100   NOS  SRI GANESH FORGINGS, SALEM   PO PLACED PO-F-24-0412
  FORGED BONNET A105N 2" 800#      100   NOS  SRI GANESH FORGINGS, SALEM   PO PLACED PO-F-24-0412
  BALL SS316 2" RB                 100   NOS  STOCK                        RESERVED
  SEAT RPTFE                       100   SET  STOCK                        RESERVED
-------------------------------------------------------------------------------------------
REMARKS: MATERIAL PLANNED FOR TOTAL 100 NOS TO MEET CUSTOMER DELIVERY.
===========================================================================================
""")
case("p17_in_erp_status_material_100", ["RG006"],
     "email + TXT ERP status: 5 sample released, bal. 95 awaiting release, but forgings ordered and balls/seats reserved for 100",
     [("Production_status_SO-24-1187.eml", eml(mail(
         "Karthik R <karthik.r@cbeflowtek.in>", "Suresh Patel <suresh.patel@ambikaprojects.in>",
         "Production status - your PO APP/PO/24/0602 - 2\" 800# ball valves", "Wed, 12 Jun 2024 16:40:00 +0530",
         """Dear Sir,

Good evening.

Please find attached the production and material status of your PO APP/PO/24/0602 as on date.
Sample valves hydro test is planned on 14.06.2024; kindly depute your inspector.

Thanks & Regards,
Karthik R
Production Planning & Control
Coimbatore Flowtek Pvt. Ltd.
""", attachments=[("SO-24-1187_status.txt", _p17_txt, "text/plain")])))])

# p19: Spanish maker treats the buyer's 2025 forecast as a firm order and buys material for it
case("p19_es_forecast_taken_as_order", ["RG006", "RG008"],
     "supplier: 'we consider the 300 forecast valves your firm order' and placed forge orders for 300 sets while only 30 released by call-off",
     [("RE_Forecast_2025_CT-2024-207.eml", eml(mail(
         "Inaki Etxeberria <inaki.etxeberria@valvulasnervion.es>", "Ana Paula Ribeiro <ana.ribeiro@petrosul.com.br>",
         "RE: Forecast 2025 - contract CT-2024-207 ball valves 2in Cl.1500", "Thu, 06 Jun 2024 18:05:00 +0200",
         """Dear Ana Paula,

Many thanks for sharing your 2025 forecast of 300 ball valves 2" Cl.1500 RTJ F51 for the FPSO
programme, it is very helpful for our planning.

We consider these 300 valves as your firm order for 2025. In order to secure the forge slots we
have already placed firm orders with our forge for 300 F51 body/end-connector sets and 300
ball/seat sets; the first material arrives in September.

Currently in production is your call-off CO-05 (30 valves), delivery as confirmed in week 34.

Un saludo / Best regards,
Inaki Etxeberria
Export Manager - Valvulas Nervion S.L. - Zamudio (Bizkaia) - +34 944 521 730
""", in_reply_to="<petrosul-fc2025@petrosul.com.br>")))])

# p20: Korean actuator maker's order confirmation assumes FAT approval continues into the 58
case("p20_kr_ack_continue_after_fat", ["RG007"],
     "supplier acknowledgement PDF: 'upon your FAT approval we will continue production of remaining 58 units without waiting further document'",
     [("Order_Confirmation_DA-OC-24-0231.pdf", pdf([
         ("h1", "DAESUNG ACTUATOR CO., LTD."),
         ("p", "27 Noksansaneop-buk-ro, Gangseo-gu, Busan 46752, Korea - Tel +82 51 979 4400"),
         ("h", "ORDER CONFIRMATION DA-OC-24-0231"),
         ("p", "Date: 2024.04.11. To: Jazirah Water & Power Co., Jubail. Attn: Eng. Hamad Al-Qahtani, Procurement Manager. Your PO: 4700231."),
         ("table", [["No.", "Description", "Q'ty", "Delivery"],
                    ["1", "Electric part-turn actuator DA-PT-400, ISO 5211 F14, 380VAC 3ph, IP68, first article (40-MOV-3101/3102)", "2 units", "8 weeks, FOB Busan"]]),
         ("sp",),
         ("p", "We confirm your PO 4700231 for 2 units first article actuators with thanks. We understand the balance "
               "58 units of the project are not released yet."),
         ("p", "Upon your FAT approval we will continue production of the remaining 58 units without waiting further "
               "document, to keep your delivery schedule for phase 2."),
         ("p", "FAT will be performed at our Busan factory: torque test, stroke time, insulation resistance, IP "
               "certificate review. Inspection notice 7 days before."),
         ("p", "Payment: 100% T/T 30 days after B/L. Warranty 18 months from shipment."),
         ("p", "Best regards, Lee Sung-ho - Manager, Overseas Business Team"),
     ], title="DA-OC-24-0231", author="Daesung Actuator"))])

# p21: Dutch expediter overrides the Lead Buyer's written-release requirement (quoted below)
case("p21_nl_expediter_carry_on", ["RG007"],
     "expediter: 'as soon as Marieke signs the FA report, just carry on with the other 36, paperwork will follow' vs quoted scope requiring written release",
     [("RE_PO_4510-23140_FAT_date.eml", eml(mail(
         "Sander Vos <s.vos@vandijkpe.nl>", "Inaki Etxeberria <inaki.etxeberria@valvulasnervion.es>",
         "RE: PO 4510-23140 - FAT date first article valves", "Wed, 19 Jun 2024 17:55:00 +0200",
         """Hoi Inaki,

Thanks, 4 July works for the FAT, our inspector is booked.

Between us: as soon as Marieke signs the FA report, just carry on with the other 36 - the
paperwork will follow, no need to wait for it. We really cannot lose another month on this
project.

Groeten,
Sander
""" + sig("Sander Vos", "Expediter", "Van Dijk Process Engineering B.V., Rotterdam", "+31 10 240 8830") + """
-----Oorspronkelijk bericht----- / Original message
Van / From: Marieke de Graaf <m.degraaf@vandijkpe.nl>
Verzonden / Sent: dinsdag 7 mei 2024 10:12
Aan / To: Inaki Etxeberria
CC: Sander Vos
Onderwerp / Subject: PO 4510-23140 - scope

> Dear Inaki,
>
> PO 4510-23140: released are the 4 (four) first article valves only (tags 44-XV-0201..0204).
> The 36 series valves are NOT released; please do not start them or buy material for them.
> They will only be released by a written production release from me, Marieke de Graaf, Lead
> Buyer, after the FAT of the first article valves has been signed off.
>
> Kind regards,
> Marieke
""", cc="Marieke de Graaf <m.degraaf@vandijkpe.nl>", in_reply_to="<ve-fat-0619@valvulasnervion.es>")))])

# p22: Brazilian WhatsApp - samples only, rest waits, but 'when engineering approves, go straight on'
case("p22_br_whatsapp_straight_on", ["RG005", "RG007"],
     "WhatsApp: 4 sample actuators, 'the other 116 wait', but 'when engenharia approves the samples you can go straight on with the rest' - no named person, implied roll-over",
     [("WhatsApp_Chat_Petrosul_AE.txt", txt("""
03/06/24, 08:02 - Ana Paula Ribeiro: Oi Lucía, bom dia! PO 4600020390 went out this morning 🙌
03/06/24, 08:03 - Ana Paula Ribeiro: só os 4 atuadores de amostra por enquanto / only the 4 sample actuators for now, the other 116 wait
03/06/24, 08:03 - Ana Paula Ribeiro: quando a engenharia aprovar as amostras you can go straight on with the rest, sem precisar de mais nada 😉
03/06/24, 08:15 - Lucía Martín (Actuadores del Ebro): Buenos días Ana Paula! Perfect, thanks. So after engineering approval we continue with the rest, noted 👍
03/06/24, 08:16 - Lucía Martín (Actuadores del Ebro): samples ready in 6 weeks, I send you the FAT procedure tomorrow
03/06/24, 08:20 - Ana Paula Ribeiro: ótimo, obrigada!
"""))])

# p24: Dutch buyer's email contradicts her own PO (attached): FA approval = remaining 44 approved
_p24_pdf = pdf([
    ("h1", "PURCHASE ORDER 4510-23177"),
    ("table", [["PO number", "4510-23177", "Date", "21-05-2024"],
               ["Project", "P-2345 Geleen polymer line 7", "Supplier", "Valvulas Nervion S.L., Zamudio (ES)"]]),
    ("sp",),
    ("table", [["Pos", "Tag no.", "Description", "Qty", "Unit", "Unit price EUR", "Amount EUR"],
               ["10", "47-XV-0701", "Ball valve 2\" Cl.600 RF, F316, fire safe, first article valve", "1", "pc", "1.960,00", "1.960,00"],
               ["20", "47-XV-0702", "Idem, first article valve", "1", "pc", "1.960,00", "1.960,00"],
               ["", "", "Total net", "", "", "", "3.920,00"]]),
    ("sp",),
    ("h", "Scope note"),
    ("p", "Released by this PO: 2 (two) first article valves, pos. 10 and 20. The remaining 44 valves of the "
          "package are NOT released. They will be released only by a written production release from Marieke de "
          "Graaf, Lead Buyer, after FAT sign-off of the first article valves. Material authority: first article "
          "valves only."),
    ("p", "Delivery DAP Geleen. Inspection per VDP-ITP-040 rev A. Payment 60 days."),
], title="PO 4510-23177", author="Van Dijk Process Engineering B.V.")
case("p24_nl_email_fa_approved_all_approved", ["RG007", "RG009"],
     "PO attached is complete, but the cover email: 'once the FA valves are approved, the remaining 44 are approved too and you may proceed with them'",
     [("PO_4510-23177_first_article_valves.eml", eml(mail(
         "Marieke de Graaf <m.degraaf@vandijkpe.nl>", "Inaki Etxeberria <inaki.etxeberria@valvulasnervion.es>",
         "PO 4510-23177 - first article valves 2in Cl.600", "Tue, 21 May 2024 11:30:00 +0200",
         """Dear Inaki,

Please find attached PO 4510-23177 for the two first article valves for Geleen line 7.

To keep things simple on this small package: once the FA valves are approved at FAT, the remaining
44 valves are approved too and you may proceed with them. Please plan your shop loading on that
basis.

Please confirm receipt and the FAT date.

Kind regards,
Marieke
""" + sig("Marieke de Graaf", "Lead Buyer", "Van Dijk Process Engineering B.V., Rotterdam", "+31 10 240 8815"),
         attachments=[("PO_4510-23177.pdf", _p24_pdf, PDF_MT)])))])

# p25: Spanish FAT record (DOCX with ITP table) - series starts automatically on inspector's signature
case("p25_es_fat_record_series_starts", ["RG007"],
     "supplier FAT record DOCX: 'upon signature of this FAT record by the Client's inspector, manufacturing of the 38 series actuators will commence automatically'",
     [("FAT_record_AE-ITP-07_PO4700318.docx", docx_bytes([
         ("h1", "Actuadores del Ebro S.A. - FAT Record"),
         ("p", "ITP AE-ITP-07 rev 2 - Client: Jazirah Water & Power Co. - PO 4700318 - Units: 2 FA actuators, tags 31-MOV-2201 / 31-MOV-2202 - Date of test: 24/06/2024"),
         ("table", [["Step", "Test", "Procedure", "Acceptance criteria", "Result 31-MOV-2201", "Result 31-MOV-2202", "H/W"],
                    ["1", "Visual and dimensional", "AE-QP-101", "GA drg AE-GA-2201 rev C", "OK", "OK", "W"],
                    ["2", "Insulation resistance 500 VDC", "AE-QP-114", ">= 100 MOhm", "620 MOhm", "580 MOhm", "W"],
                    ["3", "Torque output at 90 %", "AE-QP-120", ">= 1,000 Nm", "1,085 Nm", "1,092 Nm", "H"],
                    ["4", "Stroke time open/close", "AE-QP-121", "30 s +/- 10 %", "29.1 / 29.4 s", "29.6 / 29.2 s", "H"],
                    ["5", "Local/remote control, 4-20 mA feedback", "AE-QP-130", "Per wiring diagram AE-WD-2201 rev B", "OK", "OK", "W"],
                    ["6", "Ingress protection certificate review", "IEC 60529", "IP68 (7 m / 72 h)", "Cert. reviewed", "Cert. reviewed", "R"]]),
         ("sp",),
         ("p", "Remarks: none. Test equipment calibration certificates attached (torque bench TB-04, cal. due 11/2024)."),
         ("p", "Upon signature of this FAT record by the Client's inspector, manufacturing of the series actuators (38 units) will commence automatically, in order to maintain the delivery schedule."),
         ("sp",),
         ("table", [["Role", "Name", "Signature / date"],
                    ["Supplier QC", "Javier Romero", ""],
                    ["Client inspector (TPI)", "", ""]]),
     ], author="Javier Romero"))])


# ------------------------------------------------------------------ batch 4
# p26: US Teams - supply chain manager's scope, then the project engineer says 'roll right into the 60'
case("p26_us_teams_roll_into_60", ["RG007"],
     "Teams: Jennifer's scope (3 FAI, 60 held, FAI sign-off + her written release), later project engineer: 'once FAI is signed off just roll right into the 60'",
     [("Teams_GFC_Daesung_PO7700467.txt", txt("""
Microsoft Teams - chat export
Chat: GFC / Daesung - PO 7700467 actuators
Participants: Jennifer Walsh (Gulfstream Flow Controls), Tyler Brooks (Gulfstream Flow Controls), Lee Sung-ho (Daesung Actuator) (External)
Exported: 6/6/2024 9:15 AM (UTC-05:00)

[5/20/2024 10:03 AM] Jennifer Walsh: Mr. Lee, quick reminder on PO 7700467: it covers the 3 FAI actuators only. The other 60 are on hold until the FAI is signed off by our Quality and I send a written release. - Jennifer Walsh, Supply Chain Mgr
[5/20/2024 7:41 PM] Lee Sung-ho (External): Noted, thank you Ms. Walsh.
[6/4/2024 11:58 PM] Lee Sung-ho (External): FAI units test done today. Torque and stroke OK, photos and data sheets in the SharePoint folder.
[6/5/2024 8:20 AM] Tyler Brooks: FAI looks solid 💪 nice work
[6/5/2024 8:22 AM] Tyler Brooks: once the FAI package is signed off you guys can just roll right into the 60, we'll sort the PO paperwork out later. skid schedule is tight
[6/5/2024 8:40 PM] Lee Sung-ho (External): Thank you Mr. Brooks, we will prepare the line.
"""))])

# p28: Saudi utility asks the maker to treat its forecast as a firm commitment
_p28_text = """Dear Mr. Park,

Thank you for your visit to Jubail last week and the presentation of your new TOBV range.

As discussed, our 2025 forecast for butterfly valves is 240 units (breakdown below). Please treat
this forecast as a firm commitment from Jazirah Water & Power and block your production capacity
accordingly. Individual purchase orders will be raised quarterly through our SAP system.

  12" PN16  - 120 units
  16" PN16  -  72 units
  24" PN16  -  48 units
  Total     - 240 units

Technical requirements remain as per JWP-STD-V-0400 rev 12. Kindly send your budgetary prices by
end of June.

Best regards,
Eng. Hamad Al-Qahtani
Procurement Manager
Jazirah Water & Power Co., Jubail Industrial City
"""
_p28_html = html_page("2025 forecast", """
<p>Dear Mr. Park,</p>
<p>Thank you for your visit to Jubail last week and the presentation of your new TOBV range.</p>
<p>As discussed, our 2025 forecast for butterfly valves is 240 units (breakdown below). Please treat this forecast as a firm commitment from Jazirah Water &amp; Power and block your production capacity accordingly. Individual purchase orders will be raised quarterly through our SAP system.</p>
<table><tr><th>Size</th><th>Units</th></tr><tr><td>12" PN16</td><td>120</td></tr><tr><td>16" PN16</td><td>72</td></tr><tr><td>24" PN16</td><td>48</td></tr><tr><th>Total</th><th>240</th></tr></table>
<p>Technical requirements remain as per JWP-STD-V-0400 rev 12. Kindly send your budgetary prices by end of June.</p>
<p>Best regards,<br>Eng. Hamad Al-Qahtani<br>Procurement Manager<br>Jazirah Water &amp; Power Co.</p>
""")
case("p28_sa_forecast_firm_commitment", ["RG008"],
     "buyer: 'please treat this forecast as a firm commitment' for 240 valves; multipart/alternative with table",
     [("2025_requirement_butterfly_valves.eml", eml(mail(
         "Eng. Hamad Al-Qahtani <h.alqahtani@jazirahwp.com.sa>", "J.H. Park <jhpark@hanbitvalve.co.kr>",
         "2025 requirement - butterfly valves 12in-24in", "Sun, 16 Jun 2024 09:05:00 +0300",
         _p28_text, html=_p28_html)))])

# p30: US OEM volume letter - the forecast is 'hereby committed'
case("p30_us_forecast_commitment_letter", ["RG008"],
     "PDF letter: '2025 forecast of 1,200 actuators ... Gulfstream hereby commits to this volume; treat as binding'",
     [("GFC_2025_volume_letter_Daesung.pdf", pdf([
         ("h1", "Gulfstream Flow Controls, Inc."),
         ("p", "11820 Brittmoore Park Dr, Houston, TX 77041"),
         ("p", "June 3, 2024"),
         ("p", "Daesung Actuator Co., Ltd. - Attn: Mr. Lee Sung-ho, Manager, Overseas Business Team - Busan, Korea"),
         ("h", "Re: 2025 forecast and volume commitment - electric actuators"),
         ("p", "Dear Mr. Lee,"),
         ("p", "Thank you for a strong 2024. As part of our supplier consolidation, we are sharing our 2025 forecast for "
               "electric actuators supplied to our skid programs:"),
         ("table", [["Quarter", "DA-PT-100 / F07", "DA-PT-250 / F10", "DA-PT-400 / F14", "Total"],
                    ["Q1 2025", "120", "110", "70", "300"],
                    ["Q2 2025", "130", "100", "70", "300"],
                    ["Q3 2025", "120", "100", "80", "300"],
                    ["Q4 2025", "130", "110", "60", "300"],
                    ["Total", "500", "420", "280", "1,200"]]),
         ("sp",),
         ("p", "Gulfstream hereby commits to this 2025 forecast of 1,200 actuators. You may treat it as a binding "
               "commitment when you plan your capacity and negotiate your component contracts."),
         ("p", "Pricing per the 2024 frame price list, with the 3% volume rebate for annual volumes above 1,000 units."),
         ("sp",),
         ("p", "Sincerely, Jennifer Walsh - Supply Chain Manager"),
     ], pagesize=LETTER, title="2025 volume letter", author="Jennifer Walsh"))])

# p31: Dutch framework annex (DOCX table) - forecast quantities 'regarded as ordered'
case("p31_nl_framework_annex_forecast_ordered", ["RG008"],
     "DOCX framework annex: volume forecast table 'firm and regarded as ordered on signature'",
     [("Framework_VDPE-FA-2024-03_Annex_B.docx", docx_bytes([
         ("h1", "Framework Agreement VDPE-FA-2024-03 - Annex B: Volume forecast"),
         ("p", "Between Van Dijk Process Engineering B.V., Rotterdam (\"Van Dijk\") and Valvolmeccanica Orobica S.p.A., Bergamo (\"Supplier\"). Scope: floating and trunnion ball valves 1/2\" - 12\", Class 150 - 600, per Annex A (technical)."),
         ("h", "B.1 Forecast quantities"),
         ("table", [["Valve group", "2024 (H2)", "2025", "2026", "Total"],
                    ["Floating BV 1/2\" - 2\" Cl.800 forged", "150", "320", "320", "790"],
                    ["Floating BV 3\" - 6\" Cl.150/300", "60", "140", "140", "340"],
                    ["Trunnion BV 8\" - 12\" Cl.300/600", "12", "30", "30", "72"],
                    ["Total", "222", "490", "490", "1.202"]]),
         ("sp",),
         ("p", "B.2 The forecast quantities in table B.1 are firm and shall be regarded as ordered by Van Dijk on signature of this Agreement."),
         ("p", "B.3 Delivery dates, tag numbers and project allocation will be given per call-off. Prices per Annex C, fixed until 31-12-2025, with steel surcharge per Annex C.4."),
         ("p", "B.4 Supplier shall report monthly on its capacity reservation for Van Dijk."),
         ("sp",),
         ("p", "Signed for Van Dijk: Joost Bakker, Procurement Manager.   Signed for Supplier: Marco Locatelli, Project Manager."),
     ], author="Joost Bakker"))])

# p32: Korean maker confirms the buyer's 2025 forecast as a firm order
case("p32_kr_confirms_forecast_as_order", ["RG008"],
     "supplier: 'we are pleased to confirm your forecast for 2025 (420 sets) as firm order HV-SO-24-1187'",
     [("Confirmation_forecast_2025_HV-SO-24-1187.eml", eml(mail(
         "Kim Min-jun <mjkim@hanbitvalve.co.kr>", "Anand Kulkarni <anand.kulkarni@ambikaprojects.in>",
         "Confirmation - your 2025 forecast / our SO HV-SO-24-1187", "Mon, 24 Jun 2024 10:10:00 +0900",
         """Dear Mr. Anand,

Thank you for your e-mail of 20 June with the 2025 forecast for triple offset butterfly valves
for your refinery projects.

We are pleased to confirm your forecast for 2025 (420 sets, 8" to 24", Class 150/300) as firm
order No. HV-SO-24-1187, and it is now registered in our 2025 production plan. Quarterly split as
per your forecast: Q1 90 / Q2 110 / Q3 110 / Q4 110 sets.

Prices will be as per our frame offer HV-FO-24-011. We will send the formal order confirmation
document next week.

Thank you again for your continuous support.

Best regards,
Kim Min-jun
Overseas Sales Team / Manager
Hanbit Valve Co., Ltd. | Changwon, Korea | +82 55 260 1194
""")))])

# p33: Dutch SAP PO printout using 'release' for the commercial release strategy and for production
case("p33_nl_sap_po_release_two_meanings", ["RG009"],
     "TXT SAP PO: 'PO released (release strategy / commercial release)' and 'released for production: 2 FA'; scope otherwise complete",
     [("PO_4510-23205_print.txt", txt("""
VAN DIJK PROCESS ENGINEERING B.V.                 INKOOPORDER / PURCHASE ORDER      BLAD 1/1
WEENA 600, 3012 CN ROTTERDAM                      KVK 24351876  BTW NL8123.45.678.B01
============================================================================================
PO NUMMER / NO.   4510-23205              DATUM / DATE   03-06-2024         VERSIE 0
LEVERANCIER       300655  WENZHOU OUHAI FLUID CONTROL CO., LTD.  WENZHOU CN
INKOPER / BUYER   M. DE GRAAF             PROJECT        P-2352 DORDRECHT COOLING WATER
STATUS            RELEASED - RELEASE STRATEGY V2 (FI + PM) - COMMERCIAL RELEASE 03-06-2024
--------------------------------------------------------------------------------------------
POS   MATERIAAL        OMSCHRIJVING / DESCRIPTION                  AANTAL  EH   PRIJS EUR
--------------------------------------------------------------------------------------------
00010 7100-250-016     BUTTERFLY VALVE DN250 PN16 WAFER, GJS-400,      2   ST     612,00
                       DUPLEX DISC, EPDM, GEARBOX - FIRST ARTICLE
00020 7100-250-016     IDEM - SERIES (NOT RELEASED, SEE NOTE 2)       28   ST     548,00
--------------------------------------------------------------------------------------------
NOTES / OPMERKINGEN
 1. RELEASED FOR PRODUCTION: POS 00010, 2 (TWO) FIRST ARTICLE VALVES ONLY.
 2. POS 00020 (28 VALVES) IS NOT RELEASED FOR PRODUCTION. DO NOT START, DO NOT BUY
    CASTINGS OR DISCS FOR IT.
 3. POS 00020 WILL BE RELEASED ONLY BY A WRITTEN PRODUCTION RELEASE FROM M. DE GRAAF,
    LEAD BUYER, AFTER WITNESSED FAT SIGN-OFF OF THE FIRST ARTICLE VALVES.
 4. INSPECTION PER VDP-ITP-044 REV 0. DELIVERY FOB NINGBO. PAYMENT 60 DAYS B/L.
============================================================================================
"""))])

# p34: Saudi approval status list - 'approved' for drawing, commercial and manufacture
case("p34_sa_approval_status_list", ["RG009"],
     "'approved' used for GA drawing (technical), PO value revision (commercial) and 'approved for manufacture' (production); scope complete",
     [("Approval_status_ASIP-PO-24-0744.eml", eml(mail(
         "Sara Al-Dossary <s.aldossary@alsharq-ip.com.sa>", "J.H. Park <jhpark@hanbitvalve.co.kr>",
         "Approval status - ASIP-PO-24-0744 - TOBV 20in Cl.150", "Tue, 11 Jun 2024 10:40:00 +0300",
         """Dear Mr. Park,

Please find below the approval status for ASIP-PO-24-0744:

1. GA drawing HV-GA-0744 rev B: approved (Code 1), no comments.
2. Commercial: the PO value revision for the extended bonnet option is approved by our management
   (PO rev 1 to follow from SAP).
3. First article valves: 2 (two) valves approved for manufacture.
4. Balance 58 valves: not approved for manufacture. They stay on hold until the FAT of the 2 FA
   valves has been signed off by our QC and I have issued a written release (Sara Al-Dossary,
   Senior Buyer).

Please confirm the FAT date.

Best regards,
Sara
""" + sig("Sara Al-Dossary", "Senior Buyer", "Al-Sharq Industrial Projects Co., Al-Khobar", "+966 13 882 4410"))))])

# p35: Brazilian mail - inspection release note vs production release, same word
_p35_text = """Dear Linda,

Good news: our inspector finished the inspection of the sample valves in Wenzhou yesterday.

The 4 sample valves of PO 4600020113 are released (IRN-0192, attached to the inspection report).
You may ship them by air as agreed.

The 116 valves of the project lot remain not released. They will be released only after the
sample approval by our engineering in Macae and a written release from Rafael Moura, Gerente de
Suprimentos.

Obrigada e abraços,
Ana Paula Ribeiro
Compradora Senior - Petrosul Engenharia Ltda - Macae/RJ - +55 22 2765 4410
"""
_p35_html = html_page("PO 4600020113", """
<p>Dear Linda,</p>
<p>Good news: our inspector finished the inspection of the sample valves in Wenzhou yesterday.</p>
<p>The 4 sample valves of PO 4600020113 are <b>released</b> (IRN-0192, attached to the inspection report). You may ship them by air as agreed.</p>
<p>The 116 valves of the project lot remain <b>not released</b>. They will be released only after the sample approval by our engineering in Maca&eacute; and a written release from Rafael Moura, Gerente de Suprimentos.</p>
<p>Obrigada e abra&ccedil;os,<br>Ana Paula Ribeiro<br>Compradora S&ecirc;nior &ndash; Petrosul Engenharia Ltda</p>
""", lang="en")
case("p35_br_inspection_release_vs_production", ["RG009"],
     "'released' for the inspection release note (IRN) of the 4 samples and for the production release of the 116; scope otherwise complete",
     [("PO_4600020113_samples_inspection.eml", eml(mail(
         "Ana Paula Ribeiro <ana.ribeiro@petrosul.com.br>", "Linda Chen <linda.chen@wzouhai-valve.com>",
         "PO 4600020113 - sample valves inspection / IRN-0192", "Thu, 13 Jun 2024 09:50:00 -0300",
         _p35_text, html=_p35_html)))])

# p36: US PO (DOCX) using 'approval' for FAI and for production
case("p36_us_po_approval_fai_and_production", ["RG009"],
     "DOCX PO: 'FAI approval' (technical) and 'production approval' of the 70 (release) use one word; scope complete (2 FAI, 70 held, Jennifer Walsh)",
     [("PO_7700502.docx", docx_bytes([
         ("h1", "Gulfstream Flow Controls, Inc. - Purchase Order 7700502"),
         ("p", "Date: June 10, 2024    Buyer: Mike Reynolds    Terms: Net 45    Incoterms: FCA Busan"),
         ("p", "Vendor: Hanbit Valve Co., Ltd., 55 Seongsan-ro, Changwon, Korea"),
         ("table", [["Line", "Part number", "Description", "Qty", "UOM", "Unit price (USD)", "Extended (USD)", "Scope"],
                    ["1", "GFC-TOBV-10-300", "10\" TOBV Class 300, WCB/CF8M, bare shaft ISO 5211 F14 - FAI unit", "2", "EA", "7,450.00", "14,900.00", "sample"],
                    ["2", "GFC-TOBV-10-300", "Same - production", "70", "EA", "6,980.00", "488,600.00", "production - on hold"]]),
         ("sp",),
         ("h", "Scope of authorization"),
         ("p", "This PO authorizes manufacture of the 2 FAI units (line 1) now. Line 2 (70 valves) is on hold and not authorized for manufacture."),
         ("p", "FAI approval: the FAI units must be approved by GFC Quality per GFC-QP-009 before any production approval can be given."),
         ("p", "Production approval for line 2 requires the FAI approval above and the written approval of Jennifer Walsh, Supply Chain Manager. Only her approval authorizes manufacture of the 70 valves."),
         ("li", "Testing: API 598, fire test certificate API 607."),
         ("li", "Documentation: MRB per GFC-QP-014."),
         ("p", "Gulfstream Terms and Conditions of Purchase GFC-TC-2022 rev 4 apply."),
     ], author="Mike Reynolds"))])

# p38: Indian Teams chat - FA valves only, hold + event + named person, but no number anywhere
case("p38_in_teams_fa_only_no_number", ["RG010"],
     "Teams: 'please manufacture the FA valves only', balance held until QA sign-off + Priya Nair's written release, but no quantity is ever stated",
     [("Teams_APP_Valvolmeccanica.txt", txt("""
Microsoft Teams - chat export
Chat: APP / Valvolmeccanica - Dahej project ball valves
Participants: Priya Nair (Ambika Process Projects), Marco Locatelli (Valvolmeccanica Orobica) (External)
Exported: 11/06/2024 17:20 (UTC+05:30)

[11/06/2024 15:02] Marco Locatelli (External): Good morning Priya, the PO arrived, thank you. How do you want us to start?
[11/06/2024 15:09] Priya Nair: Hi Marco, good afternoon. Please manufacture the FA valves only for now.
[11/06/2024 15:10] Priya Nair: The balance is on hold - not released - until the FA sign-off by our QA team.
[11/06/2024 15:11] Priya Nair: After that I, Priya Nair, will send you the written release for the balance by email. Nothing to be started on the balance before that mail.
[11/06/2024 15:25] Marco Locatelli (External): Clear, FA valves only. We wait for your written release for the rest.
[11/06/2024 15:26] Priya Nair: Thanks Marco 🙏
"""))])

# p39: Indian email - start with the sample lot, rest not released, 'we will revert in due course'
case("p39_in_sample_lot_revert_due_course", ["RG004", "RG005", "RG010"],
     "'kindly start with the sample lot... rest of the qty is not released... we will revert in due course' - no count, no event, no named person",
     [("PO_APP-PO-24-0671_start_sample_lot.eml", eml(mail(
         "Suresh Patel <suresh.patel@ambikaprojects.in>", "Kevin Zhang <kevin.zhang@wzouhai-valve.com>",
         "Our PO APP/PO/24/0671 - butterfly valves DN300 - start of manufacturing", "Fri, 14 Jun 2024 15:35:00 +0530",
         """Dear Kevin,

Greetings from Vadodara.

Ref. our PO APP/PO/24/0671 and the techno-commercial clarifications of last week.

Kindly start with the sample lot as discussed. Rest of the qty is not released as of now, please
do not start the same. We will revert on the same in due course.

Please note the marking requirement (tag plate SS316 with PO no. and tag no.) and send the QAP
for our review along with the manufacturing schedule of the sample lot.

Regards,
Suresh Patel
Sr. Engineer - Procurement
Ambika Process Projects Pvt. Ltd., Vadodara
""")))])

# p40: two files - Brazilian release letter that never states the sample count + supplier proposal
case("p40_br_release_letter_sample_qty_as_per", ["RG010"],
     "two files: release letter 'the sample quantity as per proposal is released' (no count; balance held, event, Rafael Moura) + proposal with 6 / 90 tiers",
     [("Carta_liberacao_PO_4600020502.pdf", pdf([
         ("h1", "PETROSUL ENGENHARIA LTDA"),
         ("p", "Av. Amaral Peixoto 1820 - Imbetiba - Macae/RJ - Suprimentos"),
         ("h", "Carta de liberacao / Release letter - PO 4600020502"),
         ("p", "Macae, 17/06/2024. A/C: Valvulas Nervion S.L., Sr. Inaki Etxeberria."),
         ("p", "Referencia: proposta / proposal VN-OF-24-0301 rev.0 - valvulas esfera 6\" Cl.900 RTJ, F51."),
         ("p", "By this letter the sample quantity as per your proposal VN-OF-24-0301 is released for manufacture."),
         ("p", "The production lot is not released. It will be released only after approval of the samples by "
               "Petrosul engineering and my written release. Please do not buy forgings for the production lot."),
         ("p", "Inspecao conforme PIT PS-ITP-V-051 rev 0. Entrega das amostras: 10 semanas, FCA Bilbao."),
         ("sp",),
         ("p", "Atenciosamente, Rafael Moura - Gerente de Suprimentos"),
     ], title="Release letter PO 4600020502", author="Rafael Moura")),
      ("Proposta_VN-OF-24-0301.pdf", pdf([
          ("h1", "VALVULAS NERVION S.L."),
          ("p", "Poligono Industrial Ugaldeguren III, Parcela 7, 48170 Zamudio (Bizkaia)"),
          ("h", "Oferta / Proposal VN-OF-24-0301 rev.0 - 28/05/2024"),
          ("table", [["Pos.", "Descripcion", "Cantidad", "Precio EUR", "Plazo"],
                     ["1", "Valvula de bola 6\" Cl.900 RTJ, F51 duplex, trunnion - muestras / samples", "6 ud", "18.400,00", "10 semanas"],
                     ["2", "Idem - lote de produccion / production lot", "90 ud", "16.950,00", "22 semanas"]]),
          ("sp",),
          ("p", "Validez 90 dias. Pruebas API 6D, API 598, ensayo de emisiones fugitivas ISO 15848-1 clase BH."),
          ("p", "Inaki Etxeberria - Export Manager"),
      ], title="VN-OF-24-0301", author="Valvulas Nervion"))])

# p41: Brazilian WhatsApp - 'pode começar as amostras', nothing else
case("p41_br_whatsapp_start_samples", ["RG003", "RG004", "RG005", "RG010"],
     "WhatsApp: 'you can start the samples' - partial authorization with no count, no hold, no unlock event, no release person",
     [("WhatsApp_Chat_Petrosul_Wenzhou.txt", txt("""
18/06/24, 19:40 - Kevin Zhang (Wenzhou Ouhai): Hello Ana Paula, good evening! Drawing rev B for the DN200 wafer valves is uploaded, any comment?
18/06/24, 19:52 - Ana Paula Ribeiro: Oi Kevin! engenharia ok with rev B 👍
18/06/24, 19:53 - Ana Paula Ribeiro: pode começar as amostras / you can start the samples
18/06/24, 19:53 - Ana Paula Ribeiro: manda foto quando tiver / send photos when you have them 📸
18/06/24, 20:05 - Kevin Zhang (Wenzhou Ouhai): Ok, thank you! We start samples tomorrow morning
18/06/24, 20:06 - Kevin Zhang (Wenzhou Ouhai): Sticker
"""))])


# ------------------------------------------------------------------ batch 5
# p42: Saudi PO - scope note says two FA valves, the tag table lists three
case("p42_sa_po_scope_two_table_three", ["RG011"],
     "PDF PO: scope note 'two (2) FA valves released' but the tag table lists 3 FA valves (qty 3); otherwise complete",
     [("PO_4700390.pdf", pdf([
         ("h1", "JAZIRAH WATER & POWER CO. - PURCHASE ORDER 4700390"),
         ("table", [["PO", "4700390", "Date", "02 June 2024"],
                    ["Supplier", "Valvolmeccanica Orobica S.p.A., Bergamo (IT)", "Project", "Jubail IWP phase 2 - seawater intake"],
                    ["Project quantity", "46 valves", "Currency", "EUR"]]),
         ("sp",),
         ("table", [["Item", "Tag", "Description", "Qty", "Unit price", "Amount"],
                    ["10", "SW-XV-0101", "Ball valve 10\" Cl.150 RF, super duplex A995 5A, first article valve", "1", "11.240,00", "11.240,00"],
                    ["20", "SW-XV-0102", "Same, first article valve", "1", "11.240,00", "11.240,00"],
                    ["30", "SW-XV-0103", "Same, first article valve", "1", "11.240,00", "11.240,00"],
                    ["", "", "Total first article valves", "3", "", "33.720,00"]]),
         ("sp",),
         ("h", "Release scope"),
         ("p", "Released for manufacture by this PO: two (2) first article valves. The remaining 44 valves of the project "
               "quantity are not released. Do not start them and do not purchase super duplex material for them."),
         ("p", "The 44 valves will be released only after the witnessed FAT of the first article valves has been signed off "
               "by our TPI and a written release has been issued by Eng. Hamad Al-Qahtani, Procurement Manager."),
         ("p", "Inspection per JWP-ITP-V-12 rev 3, PMI 100 %, ferrite check per ASTM E562. Delivery CFR Jubail."),
     ], title="PO 4700390", author="Jazirah Water & Power"))])

# p43: two files - SAP PO for 6 FA valves, later release email speaks of five
case("p43_in_po_six_email_five", ["RG011"],
     "two files: PO print releases 6 FA valves (bal. 94 held, FA sign-off + Anand Kulkarni); buyer's email 'the five (5) first article valves are released'",
     [("APP_PO_24_0650_print.txt", txt("""
AMBIKA PROCESS PROJECTS PVT. LTD.                                   PURCHASE ORDER
PLOT 44, GIDC MAKARPURA, VADODARA 390010                            PAGE 1 OF 1
-------------------------------------------------------------------------------------------
PO NO.      : APP/PO/24/0650              PO DATE   : 05.06.2024
VENDOR      : 400188 VALVOLMECCANICA OROBICA S.P.A., BERGAMO, ITALY
PROJECT     : 2231 - DAHEJ C2/C3 RECOVERY
BUYER       : SURESH PATEL                CURRENCY  : EUR
-------------------------------------------------------------------------------------------
SL  MATERIAL CODE    DESCRIPTION                                 QTY  UOM   RATE      AMOUNT
-------------------------------------------------------------------------------------------
 1  1200-080-300     BALL VALVE 8" 300# RF TRUNNION, A352 LCC,     6  NOS  7,920.00  47,520.00
                     ENP BALL, GEAR OPERATED - FA VALVES
 2  1200-080-300     SAME AS SL.1 - BALANCE QTY (NOT RELEASED)    94  NOS  7,410.00 696,540.00
-------------------------------------------------------------------------------------------
NOTES:
 1. RELEASED FOR MANUFACTURE: SL. 1 ONLY - 6 (SIX) NOS FA VALVES.
 2. SL. 2 - 94 NOS - IS NOT RELEASED. NO MANUFACTURE, NO RAW MATERIAL PURCHASE FOR SL. 2.
 3. SL. 2 SHALL BE RELEASED ONLY BY WRITTEN RELEASE FROM MR. ANAND KULKARNI, HEAD -
    PROCUREMENT, AFTER FA SIGN-OFF BY APP QA.
 4. INSPECTION PER QAP APP-QAP-V-23 REV 0. TPI: BVIS.
-------------------------------------------------------------------------------------------
FOR AMBIKA PROCESS PROJECTS PVT. LTD.          AUTHORISED SIGNATORY: ANAND KULKARNI
""")),
      ("FA_valves_release_APP-PO-24-0650.eml", eml(mail(
          "Priya Nair <priya.nair@ambikaprojects.in>", "Marco Locatelli <m.locatelli@valvolmeccanica.it>",
          "APP/PO/24/0650 - FA valves - release and FAT planning", "Mon, 10 Jun 2024 10:25:00 +0530",
          """Dear Marco,

Good morning. Following our call, as discussed, the five (5) first article valves under
APP/PO/24/0650 are released for manufacture. FAT to be planned in the 2nd half of July; please
propose dates.

The balance remains not released as per the PO notes.

Regards,
Priya Nair
Project Manager - Job 2231 Dahej
Ambika Process Projects Pvt. Ltd.
""", cc="Suresh Patel <suresh.patel@ambikaprojects.in>")))])

# p44: Saudi email says twelve (12) for Area 300; the attached call-off PDF releases 14
_p44_pdf = pdf([
    ("h1", "CALL-OFF CO-4700377-02 - AREA 300"),
    ("p", "Jazirah Water & Power Co. - Procurement Department - Jubail Industrial City"),
    ("table", [["PO", "4700377", "Call-off", "CO-4700377-02"],
               ["Supplier", "Valvolmeccanica Orobica S.p.A.", "Date", "16 June 2024"]]),
    ("sp",),
    ("table", [["Tag range", "Description", "Qty released"],
               ["300-XV-0101 to 300-XV-0106", "Ball valve 8\" Cl.150 RF, WCB / ENP, gear", "6"],
               ["300-XV-0201 to 300-XV-0204", "Ball valve 6\" Cl.150 RF, WCB / ENP, gear", "4"],
               ["300-XV-0301 to 300-XV-0304", "Ball valve 4\" Cl.150 RF, WCB / ENP, lever", "4"],
               ["", "Total released by CO-02", "14"]]),
    ("sp",),
    ("p", "Area 400 (32 valves) is not released. It will be released by a separate written call-off signed by "
          "Eng. Khalid Al-Otaibi, Contracts & Procurement Lead, after issue of the Area 400 IFC drawings. "
          "Material authority: Area 300 call-off quantity only."),
    ("p", "Eng. Khalid Al-Otaibi - Contracts & Procurement Lead"),
], title="CO-4700377-02", author="Jazirah Water & Power")
case("p44_sa_calloff_mail_twelve_pdf_fourteen", ["RG011"],
     "email body 'releasing twelve (12) valves for Area 300' vs attached call-off PDF total 14; rest of scope complete",
     [("Call-off_CO-4700377-02_Area_300.eml", eml(mail(
         "Eng. Khalid Al-Otaibi <k.alotaibi@jazirahwp.com.sa>", "Giulia Ferrari <g.ferrari@valvolmeccanica.it>",
         "PO 4700377 - Call-off CO-4700377-02 - Area 300", "Sun, 16 Jun 2024 12:10:00 +0300",
         """Dear Ms. Ferrari,

Please find attached call-off CO-4700377-02 releasing twelve (12) valves for Area 300.

Area 300 IFC drawings were issued last Thursday (transmittal JWP-TR-0944). Kindly confirm the
delivery date for the Area 300 valves and update the progress report accordingly.

Best regards,
Eng. Khalid Al-Otaibi
Contracts & Procurement Lead
Jazirah Water & Power Co.
""", attachments=[("CO-4700377-02.pdf", _p44_pdf, PDF_MT)])))])

# p45: Brazilian email - 'five (6) sample actuators'
case("p45_br_five_six_sample_actuators", ["RG011"],
     "'PO releases five (6) sample actuators' - words and digits disagree; balance, event and named person present",
     [("PO_4600020455_sample_actuators.eml", eml(mail(
         "Ana Paula Ribeiro <ana.ribeiro@petrosul.com.br>", "Lucia Martin <lmartin@actuadoresebro.es>",
         "PO 4600020455 - sample actuators AE-QT-250", "Wed, 19 Jun 2024 10:05:00 -0300",
         """Dear Lucia,

PO 4600020455 is attached in our system (SAP Ariba) since this morning.

It releases five (6) sample actuators AE-QT-250 (ISO 5211 F10, ATEX) for FAT. The series lot
of 34 actuators is not released; please do not start it nor buy material for it. The series
will only be released by a written release from Rafael Moura, Gerente de Suprimentos, after our
engineering has signed off the FAT of the samples.

Please send the FAT procedure and the ATEX certificate copies.

Obrigada,
Ana Paula Ribeiro
Compradora Senior - Petrosul Engenharia Ltda - Macae/RJ
""")))])

# p46: Indian vendor portal - header says 12 released, PO line says 10
_p46_body = """
<h2>Ambika Process Projects Pvt. Ltd. &ndash; Vendor Portal</h2>
<p>Logged in as: <b>HV-00412 Hanbit Valve Co., Ltd.</b></p>
<div class="note"><b>PO APP/PO/24/0702 &ndash; Released for manufacture: 12 nos first article valves.</b> Balance 40 nos not released.</div>
<h4>PO lines</h4>
<table>
<tr><th>Line</th><th>Description</th><th>Ordered qty</th><th>Released qty</th><th>Status</th></tr>
<tr><td>10</td><td>TOBV 14" 150#, WCB / CF8M, gear operated &ndash; first article</td><td>10</td><td>10</td><td>Released</td></tr>
<tr><td>20</td><td>TOBV 14" 150# &ndash; balance</td><td>40</td><td>0</td><td>Not released</td></tr>
</table>
<h4>Release conditions for line 20</h4>
<p>Line 20 will be released only by a written release from Mr. Anand Kulkarni, Head &ndash; Procurement, after the FA sign-off by APP QA (Mr. R. Iyer). No raw material to be purchased for line 20 before that.</p>
<p style="font-size:11px;color:#666">System-generated page, 20-06-2024 11:02 IST.</p>
"""
case("p46_in_portal_header_12_line_10", ["RG011"],
     "HTML portal: banner 'released for manufacture: 12 nos first article valves' vs PO line released qty 10",
     [("portal_APP-PO-24-0702.html", html_page("APP/PO/24/0702", _p46_body))])

# p47: Dutch thread - call-off 01 released 20 valves, later the same buyer cites 24
case("p47_nl_thread_calloff_20_then_24", ["RG011"],
     "thread: buyer's call-off 01 'releases 20 valves (lot A)', later same buyer 'as per call-off 01 (24 valves lot A)'",
     [("RE_Call-off_01_FA-2024-WZ_lot_A.eml", eml(mail(
         "Joost Bakker <j.bakker@vandijkpe.nl>", "Kevin Zhang <kevin.zhang@wzouhai-valve.com>",
         "RE: RE: Call-off 01 - framework FA-2024-WZ - lot A", "Thu, 20 Jun 2024 14:15:00 +0200",
         """Hi Kevin,

As per call-off 01 (24 valves lot A), please confirm the ship date from Ningbo and send the
draft packing list. Our forwarder needs it by Monday.

Groet,
Joost
""" + sig("Joost Bakker", "Procurement Manager", "Van Dijk Process Engineering B.V., Rotterdam", "+31 10 240 8811") + """
> From: Kevin Zhang <kevin.zhang@wzouhai-valve.com>
> Sent: Wednesday, 19 June 2024 03:12
> Subject: RE: Call-off 01 - framework FA-2024-WZ - lot A
>
> Dear Joost, lot A is in final painting, we will inform the ship date soon.
> Best regards, Kevin
>
> > From: Joost Bakker
> > Sent: Monday, 6 May 2024 09:00
> > Subject: Call-off 01 - framework FA-2024-WZ - lot A
> >
> > Dear Kevin,
> > Call-off 01 under framework FA-2024-WZ releases 20 valves (lot A, DN300 PN10 wafer, tags
> > 52-FV-0301 to 0320). Lots B and C are not released; they will be released by call-off 02,
> > signed by me, after acceptance of lot A at our Rotterdam warehouse.
> > Regards, Joost Bakker, Procurement Manager
""", in_reply_to="<wz-lotA-0619@wzouhai-valve.com>")))])

# p48: Dutch spare-parts call-off - 1.200 in the text, 1.020 in the table
case("p48_nl_spares_calloff_1200_vs_1020", ["RG011"],
     "PDF call-off for seal kits: text 'vrijgegeven / released: 1.200 st.' vs table total 1.020; balance held, event and person named",
     [("Afroep_CO-VDPE-AE-07.pdf", pdf([
         ("h1", "AFROEP / CALL-OFF CO-VDPE-AE-07"),
         ("p", "Van Dijk Process Engineering B.V. - Inkoop / Purchasing - Weena 600, Rotterdam"),
         ("table", [["Raamovereenkomst / Framework", "VDPE-FA-2023-11 (spare parts, actuators)", "Datum / Date", "12-06-2024"],
                    ["Leverancier / Supplier", "Actuadores del Ebro S.A., Zaragoza", "Project", "Shutdown Pernis 2024"]]),
         ("sp",),
         ("p", "Vrijgegeven / released by this call-off: 1.200 st. (pcs) seal kits, as per the table below."),
         ("table", [["Artikel / Item", "Omschrijving / Description", "Aantal / Qty"],
                    ["AE-SK-100", "Seal kit actuator AE-QT-100 (O-rings FKM, shaft seals)", "420"],
                    ["AE-SK-250", "Seal kit actuator AE-QT-250", "360"],
                    ["AE-SK-400", "Seal kit actuator AE-QT-400", "240"],
                    ["", "Totaal / Total", "1.020"]]),
         ("sp",),
         ("p", "Saldo raamovereenkomst / framework balance: 2.800 st. seal kits, niet vrijgegeven / not released. "
               "Release only by a next call-off signed by Joost Bakker, Procurement Manager, after receipt and "
               "incoming inspection of this call-off at our Pernis warehouse."),
         ("p", "Levering / delivery: DAP Pernis, week 30. Verpakking per artikel, gelabeld met artikelnummer."),
         ("p", "Joost Bakker - Procurement Manager"),
     ], title="CO-VDPE-AE-07", author="Joost Bakker"))])

# p49: Chinese maker - deposit received, 'so the production ... is arranged'
case("p49_cn_deposit_production_arranged", ["RG012"],
     "supplier: 'received your 30% T/T deposit... so we have arranged the production of the 120 pcs' - deposit treated as start signal",
     [("Deposit_received_PI_WZOH-PI-24-0515.eml", eml(mail(
         "Linda Chen <linda.chen@wzouhai-valve.com>", "Sara Al-Dossary <s.aldossary@alsharq-ip.com.sa>",
         "Deposit received / PI WZOH-PI-24-0515 / DN250 butterfly valves", "Tue, 18 Jun 2024 16:20:00 +0800",
         """Dear Sara,

Good day!

Received your 30% T/T deposit USD 28,800.00 against PI WZOH-PI-24-0515 today, thank you so much.

So we have arranged the production of the 120 pcs DN250 PN16 butterfly valves (lug type, duplex
disc, EPDM seat) now. ETD Ningbo around 45 days, we will update you the inspection date two weeks
before.

Please kindly prepare the balance payment before shipment as per PI.

Best regards
Linda Chen
Sales Assistant / Export Dept.
Wenzhou Ouhai Fluid Control Co., Ltd.
""")))])

# p50: Indian EPC - the LC opening is 'your go-ahead' for all 100 nos
case("p50_in_lc_as_go_ahead", ["RG012"],
     "buyer: 'please treat the LC opening as your go-ahead for manufacture of all 100 nos'",
     [("LC_opened_APP-PO-24-0690.eml", eml(mail(
         "Anand Kulkarni <anand.kulkarni@ambikaprojects.in>", "J.H. Park <jhpark@hanbitvalve.co.kr>",
         "APP/PO/24/0690 - LC opened - TOBV 12in Cl.300", "Mon, 17 Jun 2024 18:30:00 +0530",
         """Dear Mr. Park,

Please be informed that LC No. 0412ILC24000377 has been opened today through State Bank of India,
Vadodara main branch, for the full PO value of USD 864,000.00, advising bank KEB Hana Bank,
Changwon. Swift copy attached to our separate mail.

Please treat the LC opening as your go-ahead for manufacture of all 100 nos under APP/PO/24/0690.

Kindly share the manufacturing schedule and the inspection plan at the earliest.

Best regards,
Anand Kulkarni
Head - Procurement
Ambika Process Projects Pvt. Ltd., Vadodara
Tel +91 265 263 8800
""")))])

# p51: Italian maker - PO accepted, 'therefore released to production in full'
case("p51_it_po_accepted_released_in_full", ["RG012"],
     "supplier: 'we have accepted your PO; the order is therefore released to production in full (50 pcs)' - PO acceptance read as production authority",
     [("Order_acceptance_PO_7700455.eml", eml(mail(
         "Marco Locatelli <m.locatelli@valvolmeccanica.it>", "Mike Reynolds <mreynolds@gulfstreamflow.com>",
         "Order acceptance - your PO 7700455 - our job 24-0455", "Wed, 15 May 2024 09:40:00 +0200",
         """Dear Mr. Reynolds,

thank you for your PO 7700455 for 4" Cl.600 RTJ trunnion ball valves.

We have accepted your PO today without exceptions (our job no. 24-0455). The order is therefore
released to production in full (50 pcs) and our planning department has loaded the machining
centres accordingly.

We will send the ITP and the detailed schedule within one week.

Best regards,
Marco Locatelli
Project Manager
Valvolmeccanica Orobica S.p.A. - Via Zanica 41 - 24126 Bergamo - Italy
""")))])

# p52: US Teams - 'prepayment wired, that's your release'
case("p52_us_teams_prepayment_release", ["RG012"],
     "Teams: buyer 'Prepayment wired this morning. That's your release - go ahead and build all 60'",
     [("Teams_GFC_AE_PO7700512.txt", txt("""
Microsoft Teams - chat export
Chat: GFC / Actuadores del Ebro - PO 7700512
Participants: Mike Reynolds (Gulfstream Flow Controls), Lucía Martín (Actuadores del Ebro) (External)
Exported: 6/21/2024 11:02 AM (UTC-05:00)

[6/20/2024 9:14 AM] Lucía Martín (External): Hi Mike, did finance manage to send the prepayment for PO 7700512? Our shop is asking.
[6/21/2024 8:31 AM] Mike Reynolds: Morning Lucía - yes, prepayment on the 60 BFV actuators was wired this morning, ref. GFC-AP-240621-07.
[6/21/2024 8:32 AM] Mike Reynolds: That's your release - go ahead and build all 60 🚀
[6/21/2024 8:45 AM] Lucía Martín (External): Great, thanks Mike! I tell production now. Schedule follows Monday.
"""))])

# p53: Saudi email - balance 'on hold until further notice', only a person is named
case("p53_sa_hold_until_further_notice", ["RG004"],
     "2 FA released; 58 'on hold until further notice'; release authority Eng. Faisal Al-Harbi named, but no unlock event",
     [("PO_4700488_release_scope.eml", eml(mail(
         "Eng. Hamad Al-Qahtani <h.alqahtani@jazirahwp.com.sa>", "Lee Sung-ho <shlee@daesungact.co.kr>",
         "PO 4700488 - release scope - electric actuators", "Sun, 23 Jun 2024 11:45:00 +0300",
         """Dear Mr. Lee,

With reference to PO 4700488 (electric actuators for the Jubail RO train 4 valves):

  - Released for manufacture: two (2) FA actuators, tags 44-MOV-4101 and 44-MOV-4102.
  - The remaining 58 actuators are on hold until further notice. Do not start them and do not
    purchase motors or gearboxes for them.
  - Release authority for the 58 actuators: Eng. Faisal Al-Harbi, Projects Director.

Kindly acknowledge this scope by return e-mail.

Best regards,
Eng. Hamad Al-Qahtani
Procurement Manager
Jazirah Water & Power Co., Jubail Industrial City

Disclaimer: This message is intended for the addressee only. Jazirah Water & Power Co. accepts no
liability for contracts concluded by e-mail other than through its authorized procurement system.
""")))])


# ==== END CASES


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(CASES)
    random.Random(161161).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        first = c["files"][0][0]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(first).stem)
        folder = f"h161_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    print(f"{len(order)} cases written to {OUT}")


if __name__ == "__main__":
    main()
