#!/usr/bin/env python3
"""Generator for the releasegate check_holdout102 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout102/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
DOCX zip timestamps). Renderer helpers are copied from check_holdout3/build.py.
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
    m["Message-ID"] = msgid or f"<h102-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h102")
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




def quote(text):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.strip("\n").splitlines())


def wrote(who, when, text):
    return f"On {when}, {who} wrote:\n{quote(text)}\n"


def eml_file(name, m):
    return (name, eml_bytes(m))


# ====================================================================== CASES
# Descriptive names: c.. = clean (expect []), p.. = positive. They never reach the output folders.

# ---------------------------------------------------------------- p01
# Saudi EPC -> Chinese housing maker. Sample PO (2 prototypes) with the supplier quote attached
# (36 series sets). The PO never says the series is not released, names no unlock event, no person.
_p01_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Al-Rawabi Water Contracting Co. Ltd. - P.O. Box 7741, Dammam 31472, Kingdom of Saudi Arabia - "
          "C.R. 2050098812 - VAT No. 300112233400003"),
    ("table", [["PO No.", "ARW-PO-24-0417"],
               ["PO Date", "12 May 2024"],
               ["Supplier", "Ningbo Hengtai Filtration Equipment Co., Ltd., Beilun District, Ningbo, Zhejiang, PRC"],
               ["Project", "Ras Tanura SWRO Expansion - Pretreatment Package (Job 2318)"],
               ["Supplier Quotation", "NHF-Q-24-0331 Rev.2 dated 28 April 2024"],
               ["Buyer", "Mohammed Al-Shehri, Procurement Officer"]]),
    ("sp",),
    ("table", [["Item", "Tag No.", "Description", "Qty", "Unit", "Unit Price (USD)", "Amount (USD)"],
               ["1", "CF-101-P", "Prototype cartridge filter housing, vertical, SS316L, 40 x 40in elements, "
                "design 10 barg / 50 degC, ASME VIII Div.1, ASME B16.5 Class 150 RF nozzles", "2", "Set",
                "6,850.00", "13,700.00"],
               ["", "", "Total", "", "", "", "13,700.00"]]),
    ("sp",),
    ("h", "Terms and Conditions"),
    ("p", "Delivery: DAP Dammam, Incoterms 2020. Prototype delivery 6 weeks from PO date."),
    ("p", "Inspection: hydrostatic test at 1.5 x design pressure, 30 minutes hold, witnessed by Bureau Veritas "
          "(Jubail office). ITP to be submitted for review before start of fabrication."),
    ("p", "Documentation: GA drawing, material test certificates EN 10204 3.1, hydrotest report, vendor data "
          "book (soft copy, PDF bookmarked)."),
    ("p", "Payment: 100% within 60 days from receipt of material and invoice."),
    ("p", "Warranty: 18 months from delivery or 12 months from commissioning, whichever is earlier."),
    ("p", "This Purchase Order is subject to Al-Rawabi General Terms and Conditions of Purchase Rev. 4."),
], title="ARW-PO-24-0417", author="Al-Rawabi Water Contracting")

_p01_qt = pdf([
    ("h1", "QUOTATION"),
    ("p", "Ningbo Hengtai Filtration Equipment Co., Ltd. | No. 88 Xinqi Road, Beilun, Ningbo 315800, China | "
          "Tel +86 574 8688 1200"),
    ("table", [["Quotation No.", "NHF-Q-24-0331 Rev.2"], ["Date", "2024-04-28"],
               ["To", "Al-Rawabi Water Contracting Co. Ltd., Dammam"],
               ["Attn", "Eng. Faisal Al-Harbi / Mr. Mohammed Al-Shehri"],
               ["Project", "Ras Tanura SWRO Expansion - cartridge filters"]]),
    ("sp",),
    ("table", [["No.", "Description", "Qty", "Unit price USD", "Amount USD", "Lead time"],
               ["1", "Prototype cartridge filter housing SS316L, 40 x 40in, 10 barg, incl. hydrotest",
                "2 sets", "6,850.00", "13,700.00", "6 weeks"],
               ["2", "Cartridge filter housing SS316L, 40 x 40in, 10 barg, Train 1 and Train 2",
                "36 sets", "5,920.00", "213,120.00", "14 weeks"],
               ["", "Total", "", "", "226,820.00", ""]]),
    ("sp",),
    ("p", "Price basis: FOB Ningbo. For DAP Dammam please add USD 3,400 (prototypes, LCL)."),
    ("p", "Material: shell and dish heads SA-240 316L, nozzles SA-312 TP316L, tube sheet 316L 12 mm, "
          "EPDM O-rings, swing-bolt closure."),
    ("p", "Validity: 60 days from date of quotation."),
    ("p", "Best regards, Lily Zhang, Sales Manager - Middle East"),
], title="NHF-Q-24-0331 Rev.2", author="Ningbo Hengtai")

_p01_body = """Dear Ms. Lily,

Greetings from Dammam.

Please find attached our Purchase Order No. ARW-PO-24-0417 for the prototype cartridge filter
housings, Ras Tanura SWRO Expansion, against your quotation NHF-Q-24-0331 Rev.2 (copy attached
for ready reference).

Kindly proceed with the two (2) prototype housings as per PO. Please note the following:
- ITP and hydrotest procedure to be submitted for our review latest 20 May 2024.
- Hydrotest at 1.5 x design pressure shall be witnessed by our TPI, Bureau Veritas Jubail.
  Please give minimum 5 working days notice.
- Name plate as per our specification SPC-2318-M-014, stamped with the tag no.

Kindly acknowledge the receipt of PO and confirm the delivery date at the earliest.

Thanks and best regards,""" + sig("Mohammed Al-Shehri", "Procurement Officer",
                                  "Al-Rawabi Water Contracting Co. Ltd.", "+966 13 847 2210 ext. 318")

case("p01_sa_cn_sample_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 2 prototypes, attached quote shows 36 series sets; nothing says series not released, no event, no person",
     [eml_file("PO_ARW-PO-24-0417.eml", mail(
         "Mohammed Al-Shehri <m.alshehri@alrawabi-water.com.sa>", "Lily Zhang <lily.zhang@hengtai-filtration.cn>",
         "PO ARW-PO-24-0417 - Prototype Cartridge Filter Housings - Ras Tanura SWRO",
         "Sun, 12 May 2024 10:24:00 +0300", _p01_body,
         cc="Eng. Faisal Al-Harbi <f.alharbi@alrawabi-water.com.sa>",
         attachments=[("ARW-PO-24-0417.pdf", _p01_po, PDF_MT),
                      ("NHF-Q-24-0331_Rev2.pdf", _p01_qt, PDF_MT)]))])


# ---------------------------------------------------------------- p02
# Indian water board -> Italian valve maker. Tag-table PO, sample lot of 4; balance 56 on hold
# "until further notice"; release authority named. No unlock event.
_p02_rows = [["Sl.", "Tag No.", "Description", "Size", "Qty", "Rate (EUR)", "Value (EUR)"]]
for _i, _tag in enumerate(["BFV-2101", "BFV-2102", "BFV-2103", "BFV-2104"], 1):
    _p02_rows.append([str(_i), _tag,
                      "Double eccentric butterfly valve, body EN-GJS-400-15, duplex disc, EPDM seat, PN16 "
                      "flanged EN 1092-1, face-to-face EN 558 S13, electric actuator IP68" if _i == 1 else "-do-",
                      "DN 300", "1 No.", "4.380,00", "4.380,00"])
_p02_rows.append(["", "", "Total - sample lot", "", "4 Nos.", "", "17.520,00"])
_p02 = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "COROMANDEL WATER SUPPLY BOARD - Mechanical Division - No. 1 Pumping Station Road, Chintadripet, "
          "Chennai 600 002, Tamil Nadu"),
    ("table", [["P.O. No.", "CWSB/MECH/PO/2024/118"], ["Date", "06.05.2024"],
               ["Vendor", "Valvole Brianza S.p.A., Via dell'Industria 21, 20900 Monza (MB), Italy"],
               ["Ref.", "Your offer VB/OFF/24/0712 dt. 15.04.2024 and our LoI dt. 29.04.2024"],
               ["Project", "Perur 400 MLD SWRO Desalination Plant - Intake and Pretreatment"]]),
    ("sp",),
    ("table", _p02_rows),
    ("sp",),
    ("h", "Special Conditions"),
    ("p", "1. This Purchase Order covers the sample lot of four (4) valves only, for type test and stage "
          "inspection at your Monza works."),
    ("p", "2. The balance quantity of fifty-six (56) valves as per your offer is kept on hold until further "
          "notice and is NOT released under this Purchase Order. Do not manufacture or procure material for "
          "the balance quantity."),
    ("p", "3. Release authority for the balance quantity: Shri Raghav Iyer, Chief Engineer (Mechanical), CWSB."),
    ("p", "4. Inspection: stage and final inspection by CWSB / TPI (RITES Ltd.). Shell test 1.5 x PN and seat "
          "test 1.1 x PN as per EN 12266-1."),
    ("p", "5. Delivery: CIF Chennai port, within 10 weeks from the date of this P.O."),
    ("p", "6. Payment: 100% through irrevocable LC at sight against shipping documents and inspection "
          "certificate."),
    ("p", "7. Liquidated damages: 0.5% per week of delay, maximum 10% of order value."),
    ("sp",),
    ("p", "For COROMANDEL WATER SUPPLY BOARD"),
    ("p", "Executive Engineer (Purchase)"),
], title="CWSB/MECH/PO/2024/118", author="CWSB Mechanical Division")

case("p02_in_it_tag_po_hold_until_further_notice", ["RG004"],
     "sample lot 4 valves, balance 56 held 'until further notice' with named release authority but no unlock event",
     [("CWSB_PO_2024_118.pdf", _p02)])


# ---------------------------------------------------------------- p03
# Chile utility <-> Turkish skid maker WhatsApp group. Scope stated clearly at the start; later a
# bare "Go ahead" to a question that is not limited to the pilot skid.
_p03 = """04/03/2024, 09:14 - Camila Rojas: Buenos días team 👋 OC 4500021877 is now in the portal
04/03/2024, 09:15 - Camila Rojas: To be very clear on scope: the OC covers ONE (1) pilot dosing skid, NaOCl 12,5%, 2 x Grundfos DDA 30-4 duty/standby, for the pilot plant at PTAP Salar Norte
04/03/2024, 09:16 - Camila Rojas: The other 5 skids in your offer ADS-24-0117 are NOT released. They get released only after the pilot skid FAT is signed off, and then only by written release from me (Camila Rojas, Jefa de Proyecto)
04/03/2024, 09:22 - Emre Yılmaz: Good morning Camila Hanım, received with thanks. 1 pilot skid only, noted 👍
04/03/2024, 09:23 - Emre Yılmaz: We send P&ID rev B and GA today evening Turkish time
04/03/2024, 11:40 - Ignacio Fuentes: Emre pls use PVC-U SCH80 on the suction side, not PP. Same as Calama job
04/03/2024, 11:52 - Selin Kaya: Noted Ignacio Bey, PVC-U SCH80 suction. Calibration column 1000 ml ok?
04/03/2024, 12:03 - Ignacio Fuentes: 1000 ml ok
06/03/2024, 17:31 - Selin Kaya: P&ID_ADS-0117_revB.pdf (file attached)
06/03/2024, 17:31 - Selin Kaya: GA_ADS-0117_revB.pdf (file attached)
07/03/2024, 08:05 - Ignacio Fuentes: Comments in red, mainly drain valve position and the PRV return line. Rest ok
07/03/2024, 08:10 - Emre Yılmaz: 👌 rev C tomorrow
08/03/2024, 16:47 - Selin Kaya: GA_ADS-0117_revC.pdf (file attached)
11/03/2024, 10:02 - Camila Rojas: Emre, FAT date? we need to book flights Santiago-Istanbul
11/03/2024, 10:30 - Emre Yılmaz: Tentative 15-16 April, Gebze works. I confirm end of this week
11/03/2024, 10:31 - Camila Rojas: 👍
18/03/2024, 15:02 - Emre Yılmaz: IMG-20240318-WA0012.jpg (file attached)
18/03/2024, 15:02 - Emre Yılmaz: IMG-20240318-WA0013.jpg (file attached)
18/03/2024, 15:03 - Emre Yılmaz: Pilot frame welded and painted RAL 7035, pump brackets fitted. Workshop has free capacity next 2 weeks, ok to move on?
18/03/2024, 15:40 - Ignacio Fuentes: Se ve bien!! Go ahead 👍
18/03/2024, 15:41 - Emre Yılmaz: 🙏 tesekkürler
19/03/2024, 08:12 - Camila Rojas: Emre, can you send the updated FAT procedure too? Thx
19/03/2024, 08:40 - Selin Kaya: Yes today
"""
case("p03_cl_tr_whatsapp_bare_go_ahead", ["RG002"],
     "scope (1 pilot, 5 held until FAT sign-off + Camila's written release) stated, later bare 'Go ahead' to an open question",
     [("WhatsApp_Chat_-_PTAP_Salar_Norte_dosing.txt", _p03)])


# ---------------------------------------------------------------- p04
# Korean vessel maker acknowledges a German utility's prototype order and reports having bought
# the FRP material and end closures for all 24 vessels. Buyer scope (quoted) is complete.
_p04_quoted = """Sehr geehrter Herr Kim,

please find attached our order 4700012345.

Scope of this order: 2 (two) prototype pressure vessels 8 inch, 300 psi, side port, for the pilot
UF rack in Wasserwerk Nord.
The series quantity of 22 vessels from your quotation DCV-2404-017 is not released with this
order. A release of the series requires (1) successful FAT sign-off of the two prototypes and
(2) a written release signed by Dr. Anja Vogt, Leiterin Einkauf (Head of Procurement).

Mit freundlichen Grüßen
Jens Hartmann
Projektingenieur Wasseraufbereitung
Stadtwerke Lindenau GmbH"""

_p04_body = """Dear Mr. Hartmann,

Thank you very much for your order. We confirm the receipt of PO 4700012345 for 2 (two) prototype
vessels 8" x 7M, 300 psi, side port.

Our engineering team start the drawings now, we will send them to you for approval by 24 May.
Prototype delivery is 6 weeks after the drawing approval, FOB Busan.

For your information, to protect the delivery schedule of the whole project, we have already
purchased the glass roving and epoxy resin, and also the stainless steel end closures, for all 24
vessels. Our material supplier gave us a good price for the whole quantity, so there is no
additional cost for you.

Please let us know your inspector for the FAT in Changwon.

Best regards,
Kim Min-jun
Overseas Sales Team Manager
Daehan Composite Vessels Co., Ltd.
57, Seongsan-ro, Changwon-si, Gyeongsangnam-do, Korea
T +82 55 281 4410

""" + wrote("Jens Hartmann <j.hartmann@stadtwerke-lindenau.de>", "Mon, 13 May 2024 at 10:05", _p04_quoted)

case("p04_kr_de_ack_material_all_24", ["RG006"],
     "supplier bought roving, resin and end closures for all 24 vessels while only 2 prototypes are released; no material authority",
     [eml_file("RE_Bestellung_4700012345.eml", mail(
         "Kim Min-jun <mj.kim@daehan-cv.co.kr>", "Jens Hartmann <j.hartmann@stadtwerke-lindenau.de>",
         "RE: Bestellung 4700012345 - Prototype UF pressure vessels", "Tue, 14 May 2024 17:48:00 +0900",
         _p04_body, in_reply_to="<4700012345.20240513@stadtwerke-lindenau.de>"))])


# ---------------------------------------------------------------- p05
# Indian EPC technical query sheet: PO requires written release by Suresh Nair after FAT; the
# EPC's response tells the vendor to carry on with the 11 after the hydrotest, no release needed.
_p05 = docx_bytes([
    ("h1", "TECHNICAL QUERY / CLARIFICATION SHEET"),
    ("table", [["TQ No.", "SAI-TQ-031 Rev 0"],
               ["Project", "Kodungaiyur 120 MLD Tertiary Treatment RO Plant"],
               ["Package", "RO membrane pressure vessels 8 inch, 1000 psi, 7 elements"],
               ["PO Ref.", "SAI/PO/2024/0662 dt. 03.05.2024"],
               ["Vendor", "Hanul Membrane Tech Co., Ltd., Gimhae, Korea"],
               ["EPC", "Sagar Aqua Infra Pvt. Ltd., Chennai"]]),
    ("p", "PO scope (for reference): one (1) prototype vessel is released for manufacture. Balance eleven "
          "(11) vessels are not released; their release requires FAT sign-off of the prototype and a written "
          "release from Mr. Suresh Nair, DGM Procurement."),
    ("table", [["No.", "Vendor query", "EPC response"],
               ["1", "Datasheet shows 4 inch side port, GA drawing shows 3 inch. Please confirm.",
                "Use 4 inch side port as per datasheet rev 3. GA to be corrected."],
               ["2", "Hydrotest pressure for prototype: 1.5 x or 1.3 x design pressure?",
                "1.5 x design pressure, 30 min hold, witnessed by TPI (TUV India)."],
               ["3", "Colour of vessel: RAL 5015 or natural FRP with UV gel coat?",
                "RAL 5015 sky blue, same as Nemmeli plant."],
               ["4", "To keep the schedule, can we continue with the balance 11 vessels directly after the "
                     "witnessed hydrotest of the prototype?",
                "Agreed. Once the prototype clears the witnessed hydrotest you may carry on with the remaining "
                "11 vessels straight away. No need to wait for a separate release letter from Suresh sir, the "
                "TPI hydrotest report is enough for us."],
               ["5", "Vendor data book: hard copy required?", "2 hard copies + soft copy."]]),
    ("sp",),
    ("p", "Responded by: Priya Menon, Project Engineer - Mechanical, Sagar Aqua Infra Pvt. Ltd."),
    ("p", "Date: 21.05.2024"),
], author="Priya Menon")
case("p05_in_kr_tq_carry_on_after_hydrotest", ["RG007"],
     "PO requires FAT sign-off + written release by Suresh Nair; TQ response lets hydrotest pass roll into the 11 with no release",
     [("SAI-TQ-031_RO_vessels.docx", _p05)])


# ---------------------------------------------------------------- p06
# US utility supplier portal. Lines scoped correctly; the supplier comment treats the PO
# acceptance as authority and schedules all 120 valves.
_p06 = html_page("Cedar Valley Water - Supplier Portal - PO 7800045120", """
<h2>Cedar Valley Water Utility &mdash; Supplier Collaboration Portal</h2>
<p>Logged in as: <b>Burak Demir (Ege Vana Sanayi ve Ticaret A.S.)</b> | <a href="#">Sign out</a></p>
<h3>Purchase Order 7800045120 &nbsp; <small>Revision 0 &middot; Issued 03/28/2024</small></h3>
<table>
<tr><th>Buyer</th><td>Jason Martinez, Senior Buyer</td><th>Ship to</th><td>Cedar Valley Water, 2200 River Rd, Cedar Falls, IA 50613</td></tr>
<tr><th>Project</th><td>Northside Main Replacement, Phase 2</td><th>Terms</th><td>Net 45, FOB destination</td></tr>
</table>
<h4>Lines</h4>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Scope</th><th>Status</th></tr>
<tr><td>10</td><td>GV-08-C515</td><td>8&quot; resilient wedge gate valve, AWWA C515, MJ x MJ, NSF/ANSI 61 &amp; 372 certified, open left</td><td>6</td><td>EA</td><td>SAMPLE</td><td>Released</td></tr>
<tr><td>20</td><td>GV-08-C515</td><td>Same as line 10</td><td>114</td><td>EA</td><td>PRODUCTION</td><td><b>NOT RELEASED</b></td></tr>
</table>
<p class="note">Line 20 is commercial cover only. Production of line 20 requires first-article sign-off of the
line 10 samples by Cedar Valley Engineering and a written release from Jason Martinez, Senior Buyer.</p>
<h4>Acknowledgement</h4>
<table>
<tr><th>Acknowledged by</th><td>Burak Demir</td><th>Date</th><td>04/03/2024 07:41 CT</td></tr>
</table>
<h4>Supplier comments</h4>
<table>
<tr><th>Date</th><th>From</th><th>Comment</th></tr>
<tr><td>04/03/2024</td><td>Burak Demir (Ege Vana)</td><td>PO acknowledged in portal. As the PO is accepted by both sides now, our planning department has scheduled all 120 valves into production for week 16, so that we can keep the requested ship date.</td></tr>
<tr><td>04/05/2024</td><td>Burak Demir (Ege Vana)</td><td>NSF/ANSI 61 certificate and C515 test reports uploaded under Documents.</td></tr>
</table>
<h4>Documents</h4>
<ul><li>PO_7800045120_rev0.pdf</li><li>EgeVana_NSF61_cert_2024.pdf</li><li>C515_proof_test_report_GV08.pdf</li></ul>
<p><small>&copy; 2024 Cedar Valley Water Utility. Portal v5.2.1</small></p>
""")
case("p06_us_tr_portal_po_accepted_all_scheduled", ["RG012"],
     "supplier treats PO acceptance as authority and schedules all 120 while line 20 (114) is not released",
     [("supplier_portal_PO_7800045120.html", _p06)])


# ---------------------------------------------------------------- p07
# Folder: German buyer's labelled, non-binding demand forecast + Italian supplier's order
# confirmation that confirms the forecast as an order.
_p07_fc = """HYDROTEC ANLAGENBAU GMBH - EINKAUF
BEDARFSVORSCHAU / DEMAND FORECAST 2025                        Stand: 14.05.2024
=================================================================================
Lieferant / Supplier : Filtri Adriatica S.r.l., Via Emilia Levante 310, 40068 San Lazzaro (BO)
Lieferantennr.       : 70 41 18

HINWEIS / NOTE: Unverbindliche Vorschau. Keine Bestellung, keine Materialfreigabe.
Non-binding forecast for capacity planning only. Not an order. No material authority.
Orders are placed only by call-off (Abruf) under the framework agreement.

Artikel     Bezeichnung                                  Q1 2025  Q2 2025  Q3 2025  Q4 2025   Summe
---------------------------------------------------------------------------------------------------
10-4471-20  Filterkerze PP 20" 5 µm, DOE, Silikon        3.000    3.000    3.500    2.500   12.000
10-4471-40  Filterkerze PP 40" 5 µm, DOE, Silikon          800      800      900      700    3.200
10-4480-20  Filterkerze PP 20" 1 µm absolut              1.200    1.000    1.000    1.200    4.400
---------------------------------------------------------------------------------------------------
Ansprechpartner: Herr Stefan Krüger, Strategischer Einkauf, Tel. +49 711 4092 336
"""
_p07_oc = pdf([
    ("h1", "CONFERMA D'ORDINE / ORDER CONFIRMATION"),
    ("p", "Filtri Adriatica S.r.l. - Via Emilia Levante 310 - 40068 San Lazzaro di Savena (BO) - P.IVA IT02877451205"),
    ("table", [["N. conferma / Confirmation no.", "OC-24-0588"], ["Data / Date", "16/05/2024"],
               ["Cliente / Customer", "Hydrotec Anlagenbau GmbH, Stuttgart"],
               ["Vs. riferimento / Your reference", "Bedarfsvorschau 2025 dd. 14.05.2024 (Mr. Krüger)"]]),
    ("sp",),
    ("p", "Dear Mr. Krüger, we confirm with thanks your order as follows:"),
    ("table", [["Art.", "Description", "Qty", "Price EUR/pc", "Total EUR", "Delivery"],
               ["10-4471-20", "Filter cartridge PP 20in 5 micron DOE silicone", "12.000 pcs", "3,85", "46.200,00",
                "quarterly 2025"],
               ["10-4471-40", "Filter cartridge PP 40in 5 micron DOE silicone", "3.200 pcs", "7,10", "22.720,00",
                "quarterly 2025"],
               ["10-4480-20", "Filter cartridge PP 20in 1 micron absolute", "4.400 pcs", "5,40", "23.760,00",
                "quarterly 2025"]]),
    ("sp",),
    ("p", "The quantities above are confirmed as your firm order for 2025 according to your demand forecast of "
          "14/05/2024. Our production is planned accordingly and the delivery dates will follow by separate mail."),
    ("p", "Terms: FCA San Lazzaro, payment 60 days end of month. General conditions of sale Rev. 2023 apply."),
    ("p", "Distinti saluti / Best regards - Chiara Benassi, Ufficio Commerciale Estero"),
], title="OC-24-0588", author="Filtri Adriatica")
case("p07_de_it_forecast_confirmed_as_order", ["RG008"],
     "buyer forecast is labelled non-binding, supplier's order confirmation books it as a firm order for 2025",
     [("Bedarfsvorschau_2025_Filtri_Adriatica.txt", _p07_fc), ("OC-24-0588_Hydrotec.pdf", _p07_oc)])


# ---------------------------------------------------------------- p08
# Saudi EPC email: "approval" for the client's prototype approval, the commercial approval of a
# price and the production approval of the 30 skids. Scope otherwise complete.
_p08_body = """Dear Mr. Amit,

Further to our telecon this morning, please note the below for your planning:

1. Our PO ARW-PO-24-0520 covers two (2) pilot antiscalant dosing skids only, for the pilot plant
   at Ras Al-Khair.
2. The remaining 30 skids for Train 1 and Train 2 are not released under this PO.
3. The prototype approval is still pending from the Client's inspector (EPWS). Your revised price
   for the SS316 discharge manifold also still needs approval from our commercial department.
4. After both approvals, Eng. Saleh Al-Ghamdi (Procurement Manager) will issue the approval for
   the 30 skids in writing. Please do not start any of them before that.
5. Kindly submit the updated GA drawing with the pulsation dampener relocated, and the ITP rev 1,
   by Thursday.

The FAT of the pilot skids is tentatively on 9 June at your Vadodara works; our TPI will be SGS
Mumbai. Please confirm.

Don't hesitate to call me for any clarification.

Best regards,""" + sig("Eng. Faisal Al-Harbi", "Senior Project Engineer - Mechanical",
                       "Al-Rawabi Water Contracting Co. Ltd.", "+966 55 610 4471")
case("p08_sa_in_approval_three_meanings", ["RG009"],
     "'approval' used for client's prototype (technical), price (commercial) and the 30 skids (production release)",
     [eml_file("Antiscalant_dosing_skids_status.eml", mail(
         "Eng. Faisal Al-Harbi <f.alharbi@alrawabi-water.com.sa>", "Amit Shah <amit.shah@vadodaraskids.in>",
         "PO ARW-PO-24-0520 - Antiscalant Dosing Skids - status", "Mon, 20 May 2024 13:02:00 +0300",
         _p08_body, cc="Eng. Saleh Al-Ghamdi <s.alghamdi@alrawabi-water.com.sa>"))])


# ---------------------------------------------------------------- p09
# Folder: US utility PO releases 3 prototype vessels; the engineer's email asks the supplier to
# build 4 prototypes "per our call".
_p09_po = pdf([
    ("h1", "PURCHASE ORDER 7800045388"),
    ("p", "Cedar Valley Water Utility - Purchasing - 2200 River Rd, Cedar Falls, IA 50613 - (319) 555-0142"),
    ("table", [["Supplier", "Daehan Composite Vessels Co., Ltd., Changwon, Korea"],
               ["Order date", "05/06/2024"], ["Buyer", "Karen Blake, Purchasing Manager"],
               ["Project", "Eastside WTP - UF pilot skid"], ["Quote", "DCV-2405-009"]]),
    ("sp",),
    ("table", [["Line", "Description", "Qty", "UoM", "Scope", "Unit price", "Extended"],
               ["1", "Prototype FRP pressure vessel 8in x 6M, 450 psi, side port 2in, NSF/ANSI 61 listed",
                "3", "EA", "SAMPLE", "$2,940.00", "$8,820.00"]]),
    ("sp",),
    ("h", "Order notes"),
    ("p", "This PO releases three (3) prototype vessels only."),
    ("p", "The production quantity of 45 vessels shown in quote DCV-2405-009 is NOT released. Production release "
          "requires (a) FAT / first-article sign-off of the prototypes by Cedar Valley Engineering and (b) a "
          "written release from Karen Blake, Purchasing Manager."),
    ("p", "Material authority: prototype quantity only."),
    ("p", "Ship via ocean freight, CIF Chicago, consolidated with prototype end closures. Include NSF/ANSI 61 "
          "certificate, hydrotest charts and material certs."),
], pagesize=LETTER, title="PO 7800045388", author="Cedar Valley Water Utility")
_p09_body = """Hi Min-jun,

PO 7800045388 went out this morning from Karen's office, the PDF should be in your inbox.

Per our call yesterday, please build the four (4) prototype vessels, so we can section one of them
for the destructive test and still have three for the pilot skid. Production stays on hold as per
the PO.

A few reminders:
- side port 2" grooved, not flanged
- NSF/ANSI 61 label on each vessel
- please send the winding program sheet with the drawings

Thanks,
Jason

--
Jason Okafor, P.E.
Process Engineer, Eastside WTP
Cedar Valley Water Utility
(319) 555-0177
"""
case("p09_us_kr_po3_email4_folder", ["RG011"],
     "PO releases 3 prototype vessels, engineer's email tells supplier to build 4 prototypes",
     [("PO_7800045388.pdf", _p09_po),
      eml_file("Prototype_vessels_PO_7800045388.eml", mail(
          "Jason Okafor <jokafor@cedarvalleywater.org>", "Kim Min-jun <mj.kim@daehan-cv.co.kr>",
          "Prototype vessels - PO 7800045388", "Tue, 07 May 2024 08:55:00 -0500", _p09_body,
          cc="Karen Blake <kblake@cedarvalleywater.org>"))])


# ---------------------------------------------------------------- p10
# Saudi utility email (text + HTML): "go ahead with the FAT units" without a number; "approval"
# used for the client's FAT approval, the commercial price approval and the production approval.
_p10_text = """Dear Mr. Emre,

Kindly go ahead with the FAT units only of the chlorine dioxide dosing skids for the Jubail pilot
plant, as discussed in the kick-off meeting. The series skids for Train 1 and Train 2 remain unreleased.

For your planning:
- after the FAT, the Client's approval of the FAT report is required;
- then the commercial approval of the series price by our Contracts Department;
- only then Eng. Khalid Al-Otaibi will give the approval to manufacture the series skids, in writing.

Appreciate your early submission of the ITP, GA drawings and the HAZOP close-out sheet.

Regards,
Eng. Turki Al-Dossary
Project Manager - Jubail Pilot Plant
Eastern Province Water Services Co. (EPWS)
Mob. +966 50 118 2290
"""
_p10_html = """<html><body style="font-family:Calibri,sans-serif">
<p>Dear Mr. Emre,</p>
<p>Kindly go ahead with the FAT units only of the chlorine dioxide dosing skids for the Jubail pilot plant,
as discussed in the kick-off meeting. The series skids for Train 1 and Train 2 remain unreleased.</p>
<p>For your planning:</p>
<ul><li>after the FAT, the Client's approval of the FAT report is required;</li>
<li>then the commercial approval of the series price by our Contracts Department;</li>
<li>only then Eng. Khalid Al-Otaibi will give the approval to manufacture the series skids, in writing.</li></ul>
<p>Appreciate your early submission of the ITP, GA drawings and the HAZOP close-out sheet.</p>
<p>Regards,<br>Eng. Turki Al-Dossary<br>Project Manager - Jubail Pilot Plant<br>
Eastern Province Water Services Co. (EPWS)<br>Mob. +966 50 118 2290</p>
</body></html>"""
case("p10_sa_tr_fat_units_no_number", ["RG009", "RG010"],
     "'go ahead with the FAT units' with no quantity anywhere; 'approval' used for FAT report, price and manufacture",
     [eml_file("ClO2_dosing_skids_FAT_units.eml", mail(
         "Eng. Turki Al-Dossary <t.aldossary@epws.com.sa>", "Emre Yilmaz <emre.yilmaz@anadoludozaj.com.tr>",
         "Jubail Pilot Plant - ClO2 dosing skids - FAT units", "Wed, 22 May 2024 11:37:00 +0300",
         _p10_text, html=_p10_html, cc="Eng. Khalid Al-Otaibi <k.alotaibi@epws.com.sa>"))])


# ================================================================ clean c01-c05
# c01: supplier quotation with prototype and series tiers; nothing authorized.
_c01 = pdf([
    ("h1", "QUOTATION"),
    ("p", "Ningbo Hengtai Filtration Equipment Co., Ltd. | No. 88 Xinqi Road, Beilun, Ningbo 315800, China"),
    ("table", [["Quotation No.", "NHF-Q-24-0402"], ["Date", "2024-05-03"],
               ["To", "Al-Rawabi Water Contracting Co. Ltd., Dammam, KSA"],
               ["Attn", "Mr. Mohammed Al-Shehri, Procurement"],
               ["Subject", "Bag filter housings SS316L, 8 bags size #2, 16 barg - Jafurah water treatment"]]),
    ("sp",),
    ("table", [["No.", "Description", "Qty", "Unit price USD", "Amount USD", "Lead time"],
               ["1", "Prototype bag filter housing, incl. hydrotest 1.5 x DP and TPI witness", "2 sets",
                "7,480.00", "14,960.00", "7 weeks"],
               ["2", "Series bag filter housing, same design (option)", "46 sets", "6,210.00", "285,660.00",
                "15 weeks"],
               ["3", "Spare basket set + gasket kit", "48 sets", "310.00", "14,880.00", "with series"]]),
    ("sp",),
    ("h", "Commercial notes"),
    ("p", "Item 2 and item 3 are optional prices for your planning. They are subject to FAT sign-off of the "
          "prototypes and your separate written release."),
    ("p", "Lead times count from the date of your written order or release for each item."),
    ("p", "Payment: 30% T/T with order, 70% before shipment. Price basis FOB Ningbo. Validity 60 days."),
    ("p", "Standard: ASME VIII Div.1 (not U-stamped), flanges ASME B16.5 Class 150, surface 2B, "
          "internal electropolish Ra < 0.8 micron."),
    ("p", "Best regards, Lily Zhang, Sales Manager - Middle East, +86 138 0574 2210"),
], title="NHF-Q-24-0402", author="Ningbo Hengtai")
case("c01_cn_sa_quote_tiers", [],
     "supplier quotation with prototype and optional series tiers; nothing authorized",
     [("NHF-Q-24-0402_bag_filter_housings.pdf", _c01)])


# c02: Korean supplier asks whether it has the go-ahead for the 11 vessels; buyer scope quoted.
_c02_quoted = """Dear Mr. Park,

Please find our PO SAI/PO/2024/0671 attached.

- One (1) prototype RO pressure vessel 8" x 7 elements, 1000 psi, is released for manufacture.
- The balance eleven (11) vessels are NOT released. They will be released only after FAT
  sign-off of the prototype, by a written release from Mr. Suresh Nair, DGM Procurement.
- Material authority: prototype only.

Regards,
Priya Menon
Project Engineer - Mechanical, Sagar Aqua Infra Pvt. Ltd."""
_c02_body = """Dear Ms. Priya,

Good afternoon. The prototype vessel passed the hydrostatic test at 1.5 x design pressure on
10 June, witnessed by Mr. Karthik of TUV India. The summary report is attached; the full
vendor data book will follow with the shipment.

Could you kindly advise whether we have the go-ahead for the remaining 11 vessels? We understand
that we will not start them until we receive the written release from Mr. Suresh Nair.

If the release comes before 25 June, we can still keep the 10-week delivery for the balance.

Best regards,
Park Ji-hoon
Export Sales, Hanul Membrane Tech Co., Ltd.
Gimhae, Gyeongnam, Korea | +82 55 338 7012

""" + wrote("Priya Menon <priya.menon@sagaraqua.in>", "Fri, 3 May 2024 at 15:20", _c02_quoted)
_c02_rep = pdf([
    ("h1", "HYDROSTATIC TEST REPORT - SUMMARY"),
    ("table", [["Report no.", "HMT-HT-24-0671-01"], ["Customer / PO", "Sagar Aqua Infra / SAI/PO/2024/0671"],
               ["Item", "Prototype RO pressure vessel 8in x 7E, 1000 psi, S/N HMT-0671-P01"],
               ["Test pressure", "1500 psi (1.5 x DP), hold 30 min"], ["Result", "No leakage, no pressure drop"],
               ["Witness", "TUV India Pvt. Ltd. - K. Karthik"], ["Date", "10.06.2024"]]),
], title="HMT-HT-24-0671-01", author="Hanul Membrane Tech")
case("c02_kr_in_supplier_asks_go_ahead", [],
     "supplier question about go-ahead for the 11; quoted buyer scope names 1, hold, FAT sign-off and Suresh Nair",
     [eml_file("RE_PO_SAI-PO-2024-0671_prototype_hydrotest.eml", mail(
         "Park Ji-hoon <jh.park@hanulmembrane.co.kr>", "Priya Menon <priya.menon@sagaraqua.in>",
         "RE: PO SAI/PO/2024/0671 - prototype hydrotest passed", "Wed, 12 Jun 2024 16:10:00 +0900",
         _c02_body, attachments=[("HMT-HT-24-0671-01.pdf", _c02_rep, PDF_MT)],
         in_reply_to="<sai-po-0671@sagaraqua.in>"))])


# c03: US utility portal page with a clearly labelled forecast.
_c03 = html_page("Cedar Valley Water - Demand Forecast FY2025", """
<h2>Cedar Valley Water Utility &mdash; Supplier Portal</h2>
<h3>Demand Forecast FY2025 &mdash; Ege Vana Sanayi ve Ticaret A.S.</h3>
<p class="note"><b>FORECAST &mdash; NOT A PURCHASE ORDER.</b> The quantities below are estimates for capacity
planning only. They do not authorize production, and they do not authorize the purchase of material.
Orders are placed only through released purchase orders.</p>
<table>
<tr><th>Item</th><th>Description</th><th>Q1 FY25</th><th>Q2 FY25</th><th>Q3 FY25</th><th>Q4 FY25</th><th>Total (forecast)</th></tr>
<tr><td>GV-06-C515</td><td>6&quot; gate valve AWWA C515, NSF/ANSI 61</td><td>40</td><td>60</td><td>80</td><td>40</td><td>220</td></tr>
<tr><td>GV-08-C515</td><td>8&quot; gate valve AWWA C515, NSF/ANSI 61</td><td>30</td><td>50</td><td>60</td><td>30</td><td>170</td></tr>
<tr><td>BFV-12-C504</td><td>12&quot; butterfly valve AWWA C504 Class 150B</td><td>6</td><td>10</td><td>12</td><td>6</td><td>34</td></tr>
</table>
<p>Forecast accuracy last 4 quarters: 78%. Next update: 07/15/2024.</p>
<p>Questions: Jason Martinez, Senior Buyer, jmartinez@cedarvalleywater.org</p>
<p><small>Generated 05/17/2024 06:00 CT</small></p>
""")
case("c03_us_tr_labelled_forecast", [],
     "forecast clearly labelled not an order, no production or material authority",
     [("forecast_FY2025_EgeVana.html", _c03)])


# c04: German utility scoped sample approval email + DOCX sign-off record.
_c04_rec = docx_bytes([
    ("h1", "Sample sign-off record SSR-2024-031"),
    ("table", [["Order", "4700012345 (Stadtwerke Lindenau / Daehan Composite Vessels)"],
               ["Part", "Prototype UF pressure vessel 8in x 7M, 300 psi, side port, drawing DCV-UF8-300 rev B"],
               ["Quantity signed off", "2 pcs (S/N DCV-12345-P1, -P2)"],
               ["Tests", "Hydrostatic test 450 psi / 30 min; fit check in pilot UF rack, Wasserwerk Nord"],
               ["Disposition", "Approved - technical sign-off, for the pilot UF rack only"],
               ["Production release", "Not given by this record. Series (22 pcs) remains on hold."],
               ["Signed", "Jens Hartmann, Projektingenieur, 04.07.2024"]]),
], author="Jens Hartmann")
_c04_body = """Sehr geehrter Herr Kim,

good news: both prototype vessels passed the hydrostatic test and the fit check in the pilot UF
rack at Wasserwerk Nord yesterday. The sign-off record is attached.

To be precise about what this means: the two (2) prototypes are approved for use in the pilot UF
rack only. This is a technical sign-off and it does not release the series. The 22 series vessels
remain on hold until Dr. Anja Vogt, Head of Procurement, sends you the written release; I expect
that after the pilot run in August.

Please send the final vendor data book for the two prototypes by end of next week.

Mit freundlichen Grüßen
Jens Hartmann
Projektingenieur Wasseraufbereitung
Stadtwerke Lindenau GmbH | Am Wasserturm 4 | 04179 Leipzig
Tel. +49 341 9120 447
"""
case("c04_de_kr_scoped_sample_approval", [],
     "prototypes approved for pilot rack only (2 pcs), series 22 on hold until Dr. Vogt's written release",
     [eml_file("Prototype_sign-off_4700012345.eml", mail(
         "Jens Hartmann <j.hartmann@stadtwerke-lindenau.de>", "Kim Min-jun <mj.kim@daehan-cv.co.kr>",
         "Bestellung 4700012345 - prototype sign-off", "Fri, 05 Jul 2024 09:12:00 +0200", _c04_body,
         cc="Dr. Anja Vogt <a.vogt@stadtwerke-lindenau.de>",
         attachments=[("SSR-2024-031.docx", _c04_rec, DOCX_MT)]))])


# c05: US utility full-quantity PO that says "proceed" with the quantity.
_c05 = pdf([
    ("h1", "PURCHASE ORDER 7800046002"),
    ("p", "Cedar Valley Water Utility - Purchasing - 2200 River Rd, Cedar Falls, IA 50613"),
    ("table", [["Supplier", "Ege Vana Sanayi ve Ticaret A.S., Kemalpasa OSB, Izmir, Turkey"],
               ["Order date", "06/03/2024"], ["Buyer", "Jason Martinez, Senior Buyer"],
               ["Project", "Northside Main Replacement, Phase 3"], ["Quote", "EV-US-24-117 rev 1"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "UoM", "Unit price", "Extended"],
               ["10", "GV-08-C515", "8in resilient wedge gate valve AWWA C515, MJ x MJ, NSF/ANSI 61 and 372 "
                "certified, open left, 2in square nut", "40", "EA", "$1,185.00", "$47,400.00"]]),
    ("sp",),
    ("h", "Notes"),
    ("p", "This PO covers the full quantity required for Phase 3. There is no further quantity to follow under "
          "this PO and no sample stage; the design is identical to PO 7800045120 line 10."),
    ("p", "Please proceed with manufacture of all forty (40) valves. Ship complete by 08/30/2024."),
    ("p", "Testing per AWWA C515 section 5; certified test reports to accompany shipment. Country of origin "
          "marking required."),
    ("p", "Payment terms: net 45 days after receipt of goods and correct invoice."),
], pagesize=LETTER, title="PO 7800046002", author="Cedar Valley Water Utility")
case("c05_us_tr_full_quantity_po_proceed", [],
     "full-quantity PO of 40 valves, no balance, 'proceed' scoped to all forty",
     [("PO_7800046002.pdf", _c05)])


# ---------------------------------------------------------------- p11
# US filter brand <-> Indian cartridge maker, WhatsApp (iOS export). "Start the samples" with no
# quantity anywhere, nothing about a balance, no event, no release person.
_p11 = """[5/6/24, 8:02:14 AM] Megan Sorensen: Morning Arun! Quick one on the new 20" big blue melt-blown cartridge, CS-MB-20BB-05
[5/6/24, 8:02:40 AM] Megan Sorensen: pls start the samples asap, we need them for the NSF/ANSI 42 run at the lab in Ann Arbor. PO will come from purchasing later today
[5/6/24, 8:15:03 AM] Arun Kumar: Good morning Megan ji 🙏 sure, we will start the samples today itself. Which core - PP or SS?
[5/6/24, 8:17:22 AM] Megan Sorensen: PP core. End caps per drawing CS-2231 rev D, silicone gasket. Our logo on the label pls
[5/6/24, 8:18:10 AM] Megan Sorensen: ‎CS-2231_revD.pdf • ‎2 pages ‎<attached: 00000012-CS-2231_revD.pdf>
[5/6/24, 8:30:47 AM] Arun Kumar: Noted. Melt-blown line 3 is free this week. Dispatch by DHL in 10 days
[5/6/24, 8:31:15 AM] Arun Kumar: Shall we make 4.5" OD or 4.6"? Housing drawing shows 4.6 max
[5/6/24, 8:40:02 AM] Megan Sorensen: 4.5 OD
[5/6/24, 8:41:30 AM] Arun Kumar: 👍
[5/7/24, 6:12:55 AM] Arun Kumar: Megan ji, PO not yet received. Shall we wait?
[5/7/24, 7:03:18 AM] Megan Sorensen: no no don't wait, keep going with the samples. PO is stuck in our workflow, you'll have it this week
[5/7/24, 7:04:01 AM] Arun Kumar: Ok 👍 will share photos of first cartridges tomorrow
[5/8/24, 9:47:33 AM] Arun Kumar: ‎<attached: 00000015-PHOTO-2024-05-08-09-47-33.jpg>
[5/8/24, 9:47:50 AM] Arun Kumar: First ones off line 3. Graded density looks good, weight within ±5%
[5/8/24, 10:02:12 AM] Megan Sorensen: Nice!! 😀
"""
case("p11_us_in_chat_start_samples_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "buyer tells supplier to start samples with no quantity, no word on the balance, no unlock event, no release person",
     [("WhatsApp_Chat_with_Arun_Kumar_Kaveri.txt", _p11)])


# ---------------------------------------------------------------- p12
# German utility SAP PO printout: pilot skid released, pos. 20 blocked until FAT sign-off and a
# revised PO "by Einkauf" - no named person.
_p12 = """Stadtwerke Lindenau GmbH · Am Wasserturm 4 · 04179 Leipzig
                                                         BESTELLUNG / PURCHASE ORDER
Anadolu Dozaj Sistemleri A.S.                            Bestellnummer    4500087713
Gebze Organize Sanayi Bolgesi                            Datum            08.04.2024
1600. Sokak No: 12                                       Lieferantennr.   300418
41400 Gebze / Kocaeli                                    Einkäufergruppe  E14
TÜRKEI                                                   Ihr Angebot      ADS-DE-24-031 v. 21.03.2024

Kopftext / Header text:
  Position 00020 is commercial cover only and is NOT released for production.
  Release of position 00020 requires FAT sign-off of the pilot skid (pos. 00010)
  and a revised purchase order issued by Einkauf (procurement department).
  Material authority: pos. 00010 only.

Pos.   Material       Bezeichnung                               Menge  ME    Preis/ME EUR      Wert EUR
--------------------------------------------------------------------------------------------------------
00010  DOS-FECL3-P    Dosierstation FeCl3 40 %, Pilot               1  ST       38.450,00     38.450,00
                      2x Membrandosierpumpe 0-60 l/h,
                      Grundrahmen 1.4571, Auffangwanne PE-HD
                      Liefertermin: KW 24/2024
00020  DOS-FECL3-S    Dosierstation FeCl3 40 %, Serie               7  ST       34.900,00    244.300,00
                      Ausführung wie Pos. 00010
                      Liefertermin: offen / open  *** GESPERRT ***
--------------------------------------------------------------------------------------------------------
                                                       Gesamtnettowert EUR             282.750,00

Zahlungsbedingung : 30 Tage netto
Lieferbedingung   : DAP Leipzig, Klärwerk Rosental (Incoterms 2020)
Abnahme           : FAT im Werk Gebze, Prüfprotokoll nach DIN EN ISO 9001:2015 Verfahren QP-07
Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2022).

Bitte bestätigen Sie diese Bestellung innerhalb von 5 Arbeitstagen.
                                                                               Seite 1 von 1
"""
case("p12_de_tr_sap_po_release_by_department", ["RG005"],
     "pos. 20 (7 skids) blocked until FAT sign-off and revised PO 'by Einkauf'; no named release person",
     [("BE_4500087713.txt", _p12)])


# ---------------------------------------------------------------- p13
# Chinese supplier to Chilean mine: will roll straight into the 18 after FAT signature, and has
# already cut plates for them. Buyer scope (quoted) is complete and not corrected.
_p13_quoted = """Estimada Cathy,

Adjunto OC-MLAN-24-0311. It covers two (2) prototype bag filter housings only.
The remaining 18 housings of your quotation WJ-Q-2403-077 are not released. They will only be
released after FAT sign-off of the prototypes and by a written release from me, Ignacio Fuentes,
Jefe de Ingeniería.

Saludos,
Ignacio Fuentes
Minera Los Andes Norte - Planta Desaladora Mejillones"""
_p13_body = """Dear Mr. Ignacio,

Good day! Thanks again for your PO OC-MLAN-24-0311 for 2 pcs prototype bag filter housings.

Please kindly be informed the prototypes will be ready for FAT on 12 June in our Wuxi factory.
Once your inspector sign the FAT report, we will directly proceed with the balance 18 pcs, so the
delivery date of your project can be kept. To save time we already cut the shell plates and the
flanges for the 18 housings in advance.

Please kindly arrange your inspector and advise the name for the invitation letter (visa).

Best regards,
Cathy Wang
Overseas Sales Dept.
Wuxi Jinhai Pressure Vessel Co., Ltd.
Tel: +86 510 8520 7731 | WeChat: cathy_jinhai

""" + wrote("Ignacio Fuentes <ifuentes@mlan.cl>", "Thu, 2 May 2024 at 18:31", _p13_quoted)
case("p13_cn_cl_roll_into_balance_after_fat", ["RG006", "RG007"],
     "supplier will roll into the 18 on FAT signature and already cut plates for them; PO requires Ignacio's written release",
     [eml_file("RE_OC-MLAN-24-0311_prototype_FAT.eml", mail(
         "Cathy Wang <cathy.wang@jinhai-pv.com>", "Ignacio Fuentes <ifuentes@mlan.cl>",
         "RE: OC-MLAN-24-0311 prototype bag filter housings - FAT date", "Tue, 21 May 2024 10:05:00 +0800",
         _p13_body, in_reply_to="<oc-mlan-24-0311@mlan.cl>"))])


# ---------------------------------------------------------------- p14
# Folder: Indian EPC PO (DOCX, 1 prototype, 59 held, material prototype only) + Italian weekly
# progress report: material for all 60 in stock, series starts right after prototype FAT.
_p14_po = docx_bytes([
    ("h1", "PURCHASE ORDER"),
    ("p", "Sagar Aqua Infra Pvt. Ltd. | 4th Floor, Olympia Tech Park, Guindy, Chennai 600 032 | GSTIN 33AAECS4412K1Z8"),
    ("table", [["PO No.", "SAI/PO/2024/0655"], ["Date", "29.04.2024"],
               ["Vendor", "Idroplast Membrane Housings S.r.l., Via Mattei 14, 25030 Castel Mella (BS), Italy"],
               ["Project", "Nemmeli 150 MLD SWRO - Second Pass RO"],
               ["Vendor offer", "IMH-OF-24-155 rev 2 dt. 12.04.2024"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Unit", "Unit rate (EUR)", "Amount (EUR)"],
               ["1", "Prototype RO pressure vessel 8in, 7 elements, 600 psi, side entry 2.5in, FRP, "
                     "NSF/ANSI 61, incl. hydrotest and FAT", "1", "No.", "3.960,00", "3.960,00"]]),
    ("sp",),
    ("h", "Special notes"),
    ("num", "Scope released now: one (1) prototype pressure vessel (item 1)."),
    ("num", "The balance fifty-nine (59) vessels as per your offer are NOT released under this PO."),
    ("num", "The balance will be released only after FAT sign-off of the prototype, through a written release "
            "from Mr. Suresh Nair, DGM Procurement."),
    ("num", "Material authority: prototype only. Do not procure material for the balance."),
    ("num", "Delivery: CIF Chennai, 8 weeks from PO. Inspection by TPI (Bureau Veritas)."),
    ("sp",),
    ("p", "For Sagar Aqua Infra Pvt. Ltd. - Authorised Signatory"),
], author="Sagar Aqua Infra")
_p14_rep = pdf([
    ("h1", "WEEKLY PROGRESS REPORT No. 6"),
    ("p", "Idroplast Membrane Housings S.r.l. - Customer: Sagar Aqua Infra Pvt. Ltd. - PO SAI/PO/2024/0655 - "
          "Report date 24/05/2024 - Prepared by Giulia Ferri, Project Coordinator"),
    ("table", [["Activity", "Status", "Remarks"],
               ["Drawings", "Rev B submitted 08/05, comments received 15/05", "Rev C on 27/05"],
               ["Prototype winding", "Completed 21/05", "Side ports bonded"],
               ["Hydrotest prototype", "Planned 30/05", "TPI Bureau Veritas Milano informed"],
               ["FAT", "Proposed 04/06", "Please confirm attendance"],
               ["Raw material", "FRP resin, glass roving, end caps and side ports for all 60 vessels received in "
                "our warehouse", "Bought in one lot to secure the delivery date"],
               ["Series fabrication", "Will start immediately after your approval of the prototype at FAT",
                "No waiting time for the 59 vessels"]]),
    ("sp",),
    ("p", "Open points: (1) confirm colour RAL 5015; (2) confirm nameplate text in English only; "
          "(3) packing - wooden crates ISPM-15 or steel frame."),
    ("p", "Next report: 31/05/2024."),
], title="Weekly Progress Report 6", author="Idroplast")
case("p14_in_it_po_plus_progress_report_folder", ["RG006", "RG007"],
     "PO: 1 prototype, 59 held, material prototype only; supplier report: material for all 60 bought, series starts after FAT",
     [("SAI-PO-2024-0655.docx", _p14_po), ("Idroplast_progress_report_06.pdf", _p14_rep)])


# ---------------------------------------------------------------- p15
# Indian EPC: PO email releases 1 pilot skid (7 held); project manager later writes that the advance
# is paid, "treat this as the go-ahead" and start all 8.
_p15_quoted = """Dear Amit ji,

Please find attached our PO SAI/PO/2024/0701.

- One (1) pilot chemical dosing skid (NaOCl) is released for manufacture.
- The other seven (7) skids are NOT released. They will be released only after FAT sign-off of
  the pilot skid, by a written release from Mr. Suresh Nair, DGM Procurement.
- Material authority: pilot skid only.

Regards,
Priya Menon
Project Engineer - Mechanical"""
_p15_body = """Dear Amit ji,

Greetings of the day.

This is to inform you that the 20% advance against your PI No. VPS/PI/24-25/044 for the full
PO value has been transferred today (UTR no. HDFCR52024061400887). Kindly treat this as the go-ahead and
start the manufacturing of all 8 dosing skids, so that we can meet the commissioning date of
15th October at Nemmeli.

Please share the revised manufacturing schedule by Monday.

Thanks & Regards,
Rakesh Gupta
Project Manager - Nemmeli SWRO
Sagar Aqua Infra Pvt. Ltd. | +91 98400 21177

""" + wrote("Priya Menon <priya.menon@sagaraqua.in>", "Wed, 15 May 2024 at 11:04", _p15_quoted)
case("p15_in_in_advance_paid_start_all_8", ["RG011", "RG012"],
     "PO releases 1 pilot skid (7 held); PM says advance paid, treat as go-ahead, start all 8",
     [eml_file("RE_PO_SAI-PO-2024-0701_dosing_skids.eml", mail(
         "Rakesh Gupta <rakesh.gupta@sagaraqua.in>", "Amit Shah <amit.shah@vadodaraskids.in>",
         "RE: PO SAI/PO/2024/0701 - chemical dosing skids - advance paid",
         "Fri, 14 Jun 2024 17:22:00 +0530", _p15_body, cc="Priya Menon <priya.menon@sagaraqua.in>",
         in_reply_to="<sai-po-0701@sagaraqua.in>"))])


# ---------------------------------------------------------------- p16
# US filter brand sends its rolling forecast (labelled as such) and asks the supplier to book it
# as the firm order for H2.
_p16_fc = """CLEARSPRING FILTRATION INC. - ROLLING FORECAST (planning system export)
Supplier: Kaveri Filtration Pvt Ltd, Coimbatore        Run date: 06/03/2024
Horizon: Jul-Dec 2024                                  Unit: EA (cartridges)

ITEM              DESCRIPTION                         JUL    AUG    SEP    OCT    NOV    DEC    TOTAL
CS-MB-20BB-05     Melt-blown 20" Big Blue 5 micron   3,000  3,000  3,000  3,000  3,000  3,000  18,000
CS-MB-10SL-20     Melt-blown 10" slim 20 micron      1,500  1,500  1,200  1,200  1,000  1,000   7,400
CS-CB-10SL-CTO    Carbon block 10" slim CTO            600    600    600    500    500    500   3,300

Type: FORECAST
"""
_p16_body = """Hi Arun,

Attached is our rolling forecast for H2 2024, straight out of the planning system.

Please book the 18,000 pcs of CS-MB-20BB-05 in the forecast as our firm order for H2. We'll send
the individual POs month by month for the shipments, but you can count on the full quantity.
For the other two items the numbers are still moving, so treat those as a forecast.

Also, can you quote a 4.5" OD version of the carbon block? Mechanical drawing to follow.

Thanks!
Megan

--
Megan Sorensen | Director, Supply Chain | ClearSpring Filtration Inc.
1450 Xenium Lane N, Plymouth, MN 55441 | (763) 555-0190
"""
case("p16_us_in_forecast_booked_as_firm_order", ["RG008"],
     "buyer asks supplier to book 18,000 pcs from the rolling forecast as a firm order",
     [eml_file("H2_forecast_ClearSpring.eml", mail(
         "Megan Sorensen <msorensen@clearspringfiltration.com>", "Arun Kumar <arun@kaverifiltration.in>",
         "H2 forecast + firm volume CS-MB-20BB-05", "Mon, 03 Jun 2024 16:45:00 -0500", _p16_body,
         attachments=[("ClearSpring_rolling_forecast_H2-2024.txt", _p16_fc, "text/plain")]))])


# ---------------------------------------------------------------- p17
# US filter brand portal PO for 5 sample housings, quote table on the same page with 2,500 volume
# quantity. Nothing says the volume is not released, no event, no person.
_p17 = html_page("ClearSpring Filtration - Purchase Order CSF-PO-31877", """
<h2>ClearSpring Filtration Inc. &mdash; Supplier Portal</h2>
<p>Supplier: <b>Ningbo Hengtai Filtration Equipment Co., Ltd.</b> (vendor 200871)</p>
<h3>Purchase Order CSF-PO-31877</h3>
<table>
<tr><th>PO date</th><td>05/14/2024</td><th>Buyer</th><td>Tom Lindqvist</td></tr>
<tr><th>Ship to</th><td>ClearSpring Filtration, 1450 Xenium Lane N, Plymouth, MN 55441</td><th>Terms</th><td>Net 30, FCA Ningbo, air freight</td></tr>
</table>
<h4>Order lines</h4>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty ordered</th><th>Unit price</th><th>Need date</th></tr>
<tr><td>1</td><td>CS-HSG-BB20</td><td>Big Blue 20&quot; housing, 1&quot; NPT, clear SAN sump, PP cap, pressure relief button (samples)</td><td>5 EA</td><td>$48.00</td><td>06/07/2024</td></tr>
</table>
<h4>Quote reference Q-NHF-2404-77</h4>
<table>
<tr><th>Tier</th><th>Quantity</th><th>Unit price</th><th>Tooling</th><th>Lead time</th></tr>
<tr><td>Sample</td><td>5 EA</td><td>$48.00</td><td>&mdash;</td><td>3 weeks</td></tr>
<tr><td>Volume</td><td>2,500 EA</td><td>$21.40</td><td>$6,800 (sump mold, amortized)</td><td>6 weeks</td></tr>
</table>
<h4>Notes to supplier</h4>
<ul>
<li>Include material certificates for PP and SAN (NSF/ANSI 42 listed resins).</li>
<li>Print ClearSpring logo on cap per artwork CS-ART-118.</li>
<li>Pack each housing individually with wrench and O-ring lubricant.</li>
</ul>
<p><small>Please acknowledge within 2 business days. Portal v3.8</small></p>
""")
case("p17_us_cn_portal_sample_po_volume_tier", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 5 sample housings shows quote volume tier 2,500 on the same page; nothing on hold, event or person",
     [("CSF-PO-31877.html", _p17)])


# ---------------------------------------------------------------- p18
# Saudi utility DOCX PO: tag table lists three prototype vessels, the note releases two.
_p18 = docx_bytes([
    ("h1", "PURCHASE ORDER"),
    ("p", "Eastern Province Water Services Co. (EPWS) - Procurement Department - King Saud Street, Al Khobar 34423, KSA"),
    ("table", [["PO No.", "EPWS-PO-2024-0093"], ["Date", "19/05/2024"],
               ["Vendor", "Hanul Membrane Tech Co., Ltd., Gimhae, Republic of Korea"],
               ["Project", "Jubail 3B Brackish Water RO - Train 1 and Train 2"],
               ["Vendor Quotation", "HMT-Q-24-0318 rev 1"]]),
    ("sp",),
    ("table", [["Tag No.", "Description", "Qty", "Unit Price (SAR)", "Total (SAR)"],
               ["V-101A", "Prototype RO pressure vessel 8in x 6E, 600 psi, end port, FRP", "1", "14,200.00", "14,200.00"],
               ["V-101B", "Prototype RO pressure vessel 8in x 6E, 600 psi, end port, FRP", "1", "14,200.00", "14,200.00"],
               ["V-101C", "Prototype RO pressure vessel 8in x 6E, 600 psi, end port, FRP", "1", "14,200.00", "14,200.00"],
               ["", "Total", "", "", "42,600.00"]]),
    ("sp",),
    ("h", "Special Conditions"),
    ("p", "1. This PO releases two (2) prototype vessels only, for FAT at vendor works witnessed by EPWS and TPI (SGS)."),
    ("p", "2. The balance of 46 vessels as per the vendor quotation is not released. Release of the balance only after "
          "FAT sign-off of the prototypes, by written release from Eng. Khalid Al-Otaibi, Procurement Manager."),
    ("p", "3. Material authority: prototype vessels only."),
    ("p", "4. Delivery: DDP Jubail site store, 10 weeks from PO. Vendor data book as per EPWS-SPC-QA-009."),
    ("p", "5. Payment: 30 days from delivery and acceptance of documentation."),
    ("sp",),
    ("p", "Issued by: Procurement Department, EPWS"),
], author="EPWS Procurement")
case("p18_sa_kr_docx_po_tags3_note2", ["RG011"],
     "tag table lists 3 prototype vessels, special condition releases 2",
     [("EPWS-PO-2024-0093.docx", _p18)])


# ---------------------------------------------------------------- p19
# German utility kick-off minutes: "release" for drawings (technical), payment milestone
# (commercial) and the series (production). Scope complete.
_p19 = docx_bytes([
    ("h1", "Protokoll Kick-off-Meeting / Minutes of Kick-off Meeting"),
    ("table", [["Bestellung / PO", "4500088120 - Plattenschieber / knife gate valves DN 400 PN 10"],
               ["Projekt", "Klärwerk Lindenau-Süd, Filtratwasserbehandlung"],
               ["Datum / Ort", "16.05.2024, Stadtwerke Lindenau, Raum 2.14 + Teams"],
               ["Teilnehmer", "J. Hartmann, Dr. A. Vogt, P. Schulze (Stadtwerke Lindenau); M. Colombo, "
                              "F. Riva (Valvole Brianza S.p.A.)"],
               ["Verteiler", "Teilnehmer, Einkauf, Projektakte"]]),
    ("sp",),
    ("table", [["Nr.", "Thema / Topic", "Ergebnis / Agreed", "Wer / Who", "Bis / Due"],
               ["1", "Scope", "PO covers 2 sample valves DN 400 (prototype). The 34 series valves are not released.",
                "-", "-"],
               ["2", "Drawings", "GA drawings rev B released by Lindenau engineering (technical review complete). "
                "Actuator interface per ISO 5211 F16.", "JH", "done"],
               ["3", "Payment", "Release of the first payment milestone (30%) by Lindenau accounting after receipt of "
                "the advance payment bond.", "PS", "KW 22"],
               ["4", "Series", "Release of the 34 series valves only after FAT sign-off of the 2 sample valves, by "
                "written release from Dr. Anja Vogt.", "AV", "after FAT"],
               ["5", "FAT", "FAT at Monza works, leakage test EN 12266-1 rate A, 5 opening/closing cycles under "
                "differential pressure.", "MC", "KW 27"],
               ["6", "Documentation", "Declaration of conformity PED 2014/68/EU, 3.1 certificates, coating report.",
                "FR", "with delivery"]]),
    ("sp",),
    ("p", "Protokoll: P. Schulze, 17.05.2024. Einwände bitte innerhalb einer Woche."),
], author="P. Schulze")
case("p19_de_it_minutes_release_three_meanings", ["RG009"],
     "'release' used for drawings (technical), payment milestone (commercial) and series (production)",
     [("Protokoll_KickOff_4500088120.docx", _p19)])


# ---------------------------------------------------------------- p20
# German engineer replies "You can proceed." to a supplier question; the thread never gives the
# prototype quantity (PO says "per your offer").
_p20_q1 = """Dear Ms. Zhang,

our order 4500089001 covers the prototype housings per your offer.
The series lot stays blocked until the prototype FAT sign-off and my written release
(Jens Hartmann, Projektingenieur). Please do not buy material for the series.

Mit freundlichen Grüßen
Jens Hartmann"""
_p20_q2 = """Dear Mr. Hartmann,

Hydrotest report of the prototype housing attached, all values OK (15 bar, 30 min, no leakage).
Also the dimension check report. May we proceed?

Best regards
Lily Zhang""" + "\n\n" + wrote("Jens Hartmann <j.hartmann@stadtwerke-lindenau.de>", "Fri, 26 Apr 2024 at 14:02", _p20_q1)
_p20_body = """Hello Ms. Zhang,

thank you, the report looks fine. You can proceed.

Best regards
Jens Hartmann

Stadtwerke Lindenau GmbH | Projektingenieur Wasseraufbereitung
Am Wasserturm 4 | 04179 Leipzig | Tel. +49 341 9120 447
Sitz der Gesellschaft: Leipzig | Amtsgericht Leipzig HRB 4471

""" + wrote("Lily Zhang <lily.zhang@hengtai-filtration.cn>", "Mon, 27 May 2024 at 09:41", _p20_q2)
case("p20_de_cn_you_can_proceed_no_qty", ["RG002", "RG010"],
     "bare 'You can proceed.' after hydrotest report; order covers 'prototype housings per your offer' with no number",
     [eml_file("RE_4500089001_hydrotest_report.eml", mail(
         "Jens Hartmann <j.hartmann@stadtwerke-lindenau.de>", "Lily Zhang <lily.zhang@hengtai-filtration.cn>",
         "RE: 4500089001 - hydrotest report prototype housing", "Mon, 27 May 2024 15:18:00 +0200", _p20_body,
         in_reply_to="<nhf-20240527-0941@hengtai-filtration.cn>"))])


# ================================================================ clean c06-c10
# c06: call-off with explicit staged material authority above the released quantity.
_c06 = """HYDROTEC ANLAGENBAU GMBH · Einkauf · Heilbronner Str. 150 · 70191 Stuttgart
==========================================================================================
ABRUF / CALL-OFF No. 2  zu Bestellung / to PO 4500090011              Datum: 03.06.2024
Lieferant : Filtri Adriatica S.r.l., San Lazzaro di Savena (BO)      Lief.-Nr. 70 41 18
Projekt   : WW Neckartal, UF-Vorfiltration, Strang 1-3
Artikel   : 20-316-0480 Kerzenfiltergehäuse 1.4404, 48 x 40", PN 16, DN 150
==========================================================================================
Basis: PO 4500090011 gives commercial cover for 62 housings (2 samples + 60 series).
Call-off No. 1 (18.03.2024): 2 sample housings - delivered, FAT sign-off 21.05.2024
(protocol FAT-FA-0011).

THIS CALL-OFF
  Production release ....: 20 housings for Strang 1, delivery KW 33/2024.
  Material authority ....: you may purchase raw material (tube 323,9 x 3,0 1.4404,
                           dished ends, flanges DN 150 / DN 100 PN 16) for up to 60
                           housings at Hydrotec's liability (staged material authority).
                           Fabrication is released for the 20 housings above only.
  Remaining 40 housings .: on hold, not released. They will be released by call-off
                           No. 3, after site acceptance of the first 20 housings,
                           signed by Herr Stefan Krüger, Strategischer Einkauf.

Bitte bestätigen Sie Abruf und Liefertermin bis 07.06.2024.
Ansprechpartner: Stefan Krüger, Tel. +49 711 4092 336, s.krueger@hydrotec-anlagenbau.de
==========================================================================================
"""
case("c06_de_it_calloff_staged_material", [],
     "call-off releases 20, explicit staged material authority to 60, remaining 40 held until call-off 3 by Krüger",
     [("Abruf_2_PO_4500090011.txt", _c06)])


# c07: explicit, recorded auto-conversion agreement naming quantity, signer and conditions.
_c07 = docx_bytes([
    ("h1", "Agreement on Automatic Release (Auto-Conversion)"),
    ("table", [["PO", "EPWS-PO-2024-0150"], ["Buyer", "Eastern Province Water Services Co. (EPWS)"],
               ["Vendor", "Hanul Membrane Tech Co., Ltd."],
               ["Item", "RO pressure vessel 8in x 7E, 1000 psi, side port - Ras Al-Khair Phase 2"],
               ["Date", "02/06/2024"]]),
    ("sp",),
    ("num", "Sample: two (2) prototype vessels are released under the PO for FAT at the vendor's Gimhae works."),
    ("num", "Auto-conversion: it is agreed and recorded that an approved FAT sign-off of the two (2) prototypes, "
            "signed by Eng. Khalid Al-Otaibi (Procurement Manager, EPWS) together with the TPI (SGS Korea), releases "
            "twenty (20) production vessels automatically, without any further release letter."),
    ("num", "The automatic release is limited to these twenty (20) vessels. The remaining twenty-six (26) vessels "
            "are not released; they need a separate written release from Eng. Khalid Al-Otaibi after Train 1 "
            "commissioning."),
    ("num", "An interim or rejected FAT sign-off releases nothing."),
    ("num", "Material authority: prototypes only until the FAT sign-off; after an approved FAT sign-off, material "
            "for the twenty (20) released vessels only."),
    ("sp",),
    ("table", [["For EPWS", "For Hanul Membrane Tech"],
               ["Eng. Khalid Al-Otaibi, Procurement Manager", "Park Ji-hoon, Export Sales Manager"],
               ["Signed 02/06/2024", "Signed 03/06/2024"]]),
], author="EPWS Procurement")
case("c07_sa_kr_explicit_auto_conversion", [],
     "recorded auto-conversion: approved FAT sign-off signed by Khalid releases exactly 20; remaining 26 need written release",
     [("EPWS-PO-2024-0150_side_agreement.docx", _c07)])


# c08: Indian EPC PO email forwarding an old 2022 quote (5,000 cartridges) declared informational.
_c08_old = mail("Lily Zhang <lily.zhang@hengtai-filtration.cn>", "Priya Menon <priya.menon@sagaraqua.in>",
                "Quotation NHF-Q-22-1187 - cartridge filter housings + cartridges (Perungudi STP)",
                "Thu, 17 Nov 2022 11:20:00 +0800",
                """Dear Ms. Priya,

As requested, please find our price for the Perungudi STP project:

1) Sample cartridge filter housing SS316, 12 x 40": 2 sets, USD 3,980/set
2) Melt-blown PP cartridge 40" 5 micron: sample 20 pcs free of charge,
   mass production 5,000 pcs at USD 2.15/pc

Lead time 4 weeks samples, 6 weeks mass production. Validity 30 days.

Best regards,
Lily Zhang
Ningbo Hengtai Filtration Equipment Co., Ltd.
""", msgid="<nhf-q-22-1187@hengtai-filtration.cn>")
_c08_body = """Dear Lily,

Please find below our PO SAI/PO/2024/0812 for the Kodungaiyur RO pretreatment.

- Three (3) prototype cartridge filter housings SS316L, 24 x 40", 10 barg, are released for
  manufacture. Unit rate USD 5,240 as per your offer NHF-Q-24-0377.
- The series quantity of this project (45 housings) is not released. It will be released only
  after FAT sign-off of the prototypes, through a written release from Mr. Suresh Nair,
  DGM Procurement.
- Material authority: prototypes only.

For reference only I am forwarding your old quotation of 2022 from the Perungudi project, because
it shows the end-cap detail we want again. The quantities in that mail (including the 5,000
cartridges) are informational only; nothing from that quotation is ordered or released under
this PO.

Kindly acknowledge.

Regards,
Priya Menon
Project Engineer - Mechanical
Sagar Aqua Infra Pvt. Ltd. | +91 94440 63128
"""
case("c08_in_cn_po_with_forwarded_old_quote", [],
     "3 prototypes released, 45 held until FAT sign-off + Suresh Nair; forwarded 2022 quote declared informational",
     [eml_file("PO_SAI-PO-2024-0812_prototype_housings.eml", mail(
         "Priya Menon <priya.menon@sagaraqua.in>", "Lily Zhang <lily.zhang@hengtai-filtration.cn>",
         "PO SAI/PO/2024/0812 - prototype cartridge filter housings", "Tue, 04 Jun 2024 12:30:00 +0530",
         _c08_body, attachments=[("rfc822", _c08_old)]))])


# c09: Chilean buyer corrects a supplier's assumption that FAT sign-off rolls into the balance.
_c09_sup = """Dear Mr. Ignacio,

Good day! The 2 prototype bag filter housings will be ready for FAT on 26 June.
Once your inspector sign the FAT report, we will directly proceed with the balance 14 pcs so the
delivery date can be kept.

Best regards,
Cathy Wang
Wuxi Jinhai Pressure Vessel Co., Ltd."""
_c09_body = """Cathy,

thanks for the FAT date, 26 June works for us. Our inspector will be Rodrigo Paredes (Bureau
Veritas Chile); I send his passport copy separately for the invitation letter.

But please do NOT start the 14 after the FAT. The FAT sign-off releases nothing by itself.
Under OC-MLAN-24-0348 only the two (2) prototypes are authorized. The 14 housings stay on hold
until you receive my written release (Ignacio Fuentes, Jefe de Ingeniería), which I will send
only after the FAT report is signed and our budget for Fase 2 is confirmed. Also no material
for the 14 before that, please.

Saludos,
Ignacio Fuentes
Jefe de Ingeniería - Minera Los Andes Norte
+56 55 245 8830

""" + wrote("Cathy Wang <cathy.wang@jinhai-pv.com>", "Mon, 10 Jun 2024 at 09:14", _c09_sup)
case("c09_cl_cn_buyer_corrects_roll_over", [],
     "quoted supplier assumes FAT rolls into balance; buyer reply corrects it: 2 only, 14 held until his written release",
     [eml_file("RE_OC-MLAN-24-0348_FAT_26_June.eml", mail(
         "Ignacio Fuentes <ifuentes@mlan.cl>", "Cathy Wang <cathy.wang@jinhai-pv.com>",
         "RE: OC-MLAN-24-0348 - FAT 26 June", "Mon, 10 Jun 2024 12:47:00 -0400", _c09_body,
         in_reply_to="<jinhai-20240610-0914@jinhai-pv.com>"))])


# c10: Chinese supplier proforma: payment covers the samples only and does not release production.
_c10 = pdf([
    ("h1", "PROFORMA INVOICE"),
    ("p", "Ningbo Hengtai Filtration Equipment Co., Ltd. | No. 88 Xinqi Road, Beilun, Ningbo 315800, China"),
    ("table", [["PI No.", "PI-NHF-24-0702"], ["Date", "2024-06-05"],
               ["Buyer", "ClearSpring Filtration Inc., 1450 Xenium Lane N, Plymouth, MN 55441, USA"],
               ["Your PO", "CSF-PO-32010"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Unit price USD", "Amount USD"],
               ["1", "Big Blue 10in housing, 1in NPT, blue PP sump, samples", "10 pcs", "39.00", "390.00"],
               ["2", "Air freight FCA Ningbo -> MSP", "1 lot", "145.00", "145.00"],
               ["", "Total", "", "", "535.00"]]),
    ("sp",),
    ("p", "Payment: 100% T/T before dispatch. Bank: Bank of China, Ningbo Branch, SWIFT BKCHCNBJ92A."),
    ("p", "Remark: This payment covers the 10 sample housings only. Payment of this invoice, or of any deposit, "
          "does not release production. Mass production (quoted quantity 4,000 pcs) will start only after your "
          "written production release."),
    ("p", "Packing: individual carton, 10 pcs per master carton. Gross weight approx. 21 kg."),
], title="PI-NHF-24-0702", author="Ningbo Hengtai")
case("c10_cn_us_proforma_deposit_no_release", [],
     "proforma: payment covers 10 samples only and does not release production",
     [("PI-NHF-24-0702.pdf", _c10)])


# ---------------------------------------------------------------- p21
# Turkish valve maker MRP printout: castings ordered for 64 while 4 samples are released, and the
# series work order "will start automatically when the sample FAT is signed".
_p21 = """EGE VANA SANAYI VE TICARET A.S.        MRP - MALZEME IHTIYAC LISTESI / MATERIAL REQUIREMENTS
Kemalpasa OSB, 35730 Izmir              Print date: 22.05.2024 14:36   User: BDEMIR   Page 1/1
===================================================================================================
Work order  : WO-24-1187                Customer   : AL-RAWABI WATER CONTRACTING CO. (KSA)
Customer PO : ARW-PO-24-0388            Item       : DPC-250-25 Dual plate check valve DN250 PN25
Released qty: 4 (samples)               Planned qty: 64
===================================================================================================
Comp. no.      Description                       Per  Req.qty  Purch.order  Qty ord.  Status
---------------------------------------------------------------------------------------------------
DK-250-GGG     Body casting EN-GJS-500-7 DN250     1       64  SA-24-3310         64  ORDERED
PL-250-CF8M    Plate CF8M (pair)                   1       64  SA-24-3311         64  ORDERED
SP-250-1.4462  Hinge pin duplex 1.4462             2      128  stock             128  RESERVED
SP-250-INC     Torsion spring Inconel X-750        2      128  SA-24-3312        128  ORDERED
GS-250-EPDM    Seat EPDM, WRAS listed compound     1       64  stock              64  RESERVED
---------------------------------------------------------------------------------------------------
Planning note (B. Demir, 22.05.2024):
Castings for all 64 valves ordered from Akdeniz Döküm together with the 4 samples, to keep the
foundry slot. Customer confirmed samples only for now. Series work order WO-24-1188 (60 pcs) is
created and will start automatically when the sample FAT is signed - no need to wait for another
document from the customer.
===================================================================================================
"""
case("p21_tr_sa_mrp_castings_for_64", ["RG006", "RG007"],
     "supplier MRP: castings/plates ordered for 64 with 4 released; series WO starts automatically on sample FAT signature",
     [("MRP_WO-24-1187_AlRawabi.txt", _p21)])


# ---------------------------------------------------------------- p22
# Indian FRP vessel maker to Chilean utility: on receipt of the advance, bought resin and roving
# for all 40 and planned the full lot. Buyer's scope (quoted) releases 4 with material for 4 only.
_p22_quoted = """Estimado Srinivas,

adjunto OC-ADD-2024-0140.

Scope: four (4) sample FRP filter vessels 36" x 72", 150 psi, NSF/ANSI 61, for the pilot plant.
The remaining 36 vessels of your offer DC/OF/24/211 are NOT released. They will be released only
after the pilot plant sign-off, by my written release (Camila Rojas, Jefa de Proyecto).
Material authority: the 4 samples only.
Advance 30% against PI as per your offer.

Saludos,
Camila Rojas
Aguas del Desierto S.A."""
_p22_text = """Dear Madam Camila,

Greetings from Hyderabad!

We thank you for the advance payment of 30% received today against our PI DC/PI/24-25/019.

As per our standard practice, on receipt of the advance we have placed the order for the vinyl
ester resin and E-glass roving for all 40 vessels, and our production planning for the full lot
has been done accordingly.

Kindly arrange the inspection of the 4 samples in week 27. The hydrotest will be done at 1.5 x
design pressure as per the agreed QAP.

Thanking you and assuring you of our best services at all times,

Srinivas Rao
Manager - Exports
Deccan Composites Pvt. Ltd., IDA Pashamylaram, Hyderabad 502307
+91 98490 33412

""" + wrote("Camila Rojas <crojas@aguasdeldesierto.cl>", "Mon, 20 May 2024 at 19:02", _p22_quoted)
_p22_html = "<html><body><pre style=\"font-family:Calibri,sans-serif\">" + escape(_p22_text) + "</pre></body></html>"
case("p22_in_cl_advance_received_material_for_40", ["RG006", "RG012"],
     "supplier treats the advance as go signal: resin/roving for all 40 ordered and full lot planned; 4 released, material 4 only",
     [eml_file("RE_OC-ADD-2024-0140_advance_received.eml", mail(
         "Srinivas Rao <srinivas.rao@deccancomposites.in>", "Camila Rojas <crojas@aguasdeldesierto.cl>",
         "RE: OC-ADD-2024-0140 - sample FRP vessels - advance received", "Wed, 05 Jun 2024 15:40:00 +0530",
         _p22_text, html=_p22_html, in_reply_to="<oc-add-2024-0140@aguasdeldesierto.cl>"))])


# ---------------------------------------------------------------- p23
# Saudi utility letter: prototype approval "will be taken as approval of the production lot"
# (no quantity, no signer for the prototype approval); "approval" technical and production.
_p23 = docx_bytes([
    ("p", "EASTERN PROVINCE WATER SERVICES CO. (EPWS)"),
    ("p", "Projects Directorate - Al Khobar"),
    ("sp",),
    ("p", "Ref.: EPWS/PRJ/2024/0219          Date: 26/05/2024"),
    ("p", "To: Anadolu Dozaj Sistemleri A.S., Gebze, Turkey - Attn.: Mr. Emre Yilmaz, Sales Director"),
    ("p", "Subject: Sodium hypochlorite dosing skids - PO EPWS-PO-2024-0101 - prototype skid"),
    ("sp",),
    ("p", "Dear Sir,"),
    ("num", "Your prototype skid (one no.) under the above PO is authorized for manufacture, as per GA drawing "
            "ADS-EPWS-101 rev 2."),
    ("num", "The remaining eleven (11) skids are on hold and are not released under this letter."),
    ("num", "To save schedule, approval of the prototype will be taken as approval of the production lot; you are "
            "not required to wait for any further letter from EPWS."),
    ("num", "Release authority for this PO: Eng. Khalid Al-Otaibi, Procurement Manager."),
    ("num", "Please submit the FAT procedure and the HAZOP action close-out at least two weeks before FAT."),
    ("sp",),
    ("p", "Best regards,"),
    ("p", "Eng. Turki Al-Dossary, Project Manager"),
    ("p", "cc: Eng. Khalid Al-Otaibi (Procurement); Document Control"),
], author="EPWS Projects")
case("p23_sa_tr_letter_prototype_approval_is_production_approval", ["RG007", "RG009"],
     "letter: prototype approval 'taken as approval of the production lot' without quantity/signer; 'approval' in two senses",
     [("EPWS-PRJ-2024-0219_letter.docx", _p23)])


# ---------------------------------------------------------------- p24
# German utility call-off under a framework agreement: header text says 1.500, the line says 1.800.
_p24 = """Stadtwerke Lindenau GmbH · Einkauf · Am Wasserturm 4 · 04179 Leipzig
                                              LIEFERABRUF / CALL-OFF
Filtri Adriatica S.r.l.                       Abrufnummer       5500012
Via Emilia Levante 310                        zu Rahmenvertrag  RV-2024-07 (Filterkerzen)
40068 San Lazzaro di Savena (BO)              Datum             10.06.2024
ITALIEN                                       Einkäufergruppe   E11

Kopftext:
  Bitte liefern Sie mit diesem Abruf 1.500 Stück Filterkerzen 10-4471-20
  an das Wasserwerk Nord, Tor 3. Liefertermin KW 27/2024.
  Please deliver with this call-off 1,500 pcs of cartridges 10-4471-20.
  Verpackung: 25 Stück je Karton, max. 40 Kartons je Palette (EPAL).

Pos.   Material      Bezeichnung                              Menge  ME   Preis/ME EUR    Wert EUR
---------------------------------------------------------------------------------------------------
00010  10-4471-20    Filterkerze PP 20" 5 µm, DOE, Silikon    1.800  ST           3,85    6.930,00
                     Liefertermin KW 27/2024
---------------------------------------------------------------------------------------------------
                                                   Gesamtnettowert EUR                    6.930,00

Es gelten die Bedingungen des Rahmenvertrags RV-2024-07.
Lieferschein mit Abrufnummer und Chargennummer (Lot) je Karton.
                                                                                    Seite 1 von 1
"""
case("p24_de_it_calloff_header_vs_line", ["RG011"],
     "call-off header text says 1,500 pcs, the order line says 1.800 ST",
     [("Lieferabruf_5500012.txt", _p24)])


# ---------------------------------------------------------------- p25
# Chilean mine to Korean vessel maker: forecast for phases 2 and 3 declared a firm commitment.
_p25_text = """Estimado Mr. Park,

Muchas gracias for your visit to Mejillones last week, it was very useful for our team.

As agreed in the meeting, le confirmo: the 480 pressure vessels in our 2025 forecast for Fase 2
and Fase 3 are a firm commitment of Minera Los Andes Norte. Please reserve the winding capacity
and consider them ordered. The formal OCs will be issued phase by phase, the first one probably
in March.

Attached again the forecast sheet by quarter for your planning.

Un abrazo,
Ignacio Fuentes
Jefe de Ingeniería
Minera Los Andes Norte - Planta Desaladora Mejillones
+56 55 245 8830
"""
_p25_html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Estimado Mr. Park,</p>
<p>Muchas gracias for your visit to Mejillones last week, it was very useful for our team.</p>
<p>As agreed in the meeting, le confirmo: <b>the 480 pressure vessels in our 2025 forecast for Fase 2 and
Fase 3 are a firm commitment of Minera Los Andes Norte.</b> Please reserve the winding capacity and consider
them ordered. The formal OCs will be issued phase by phase, the first one probably in March.</p>
<p>Attached again the forecast sheet by quarter for your planning.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Forecast 2025</th><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th><th>Total</th></tr>
<tr><td>RO vessel 8&quot; x 7E, 1000 psi</td><td>0</td><td>160</td><td>160</td><td>160</td><td>480</td></tr>
</table>
<p>Un abrazo,<br>Ignacio Fuentes<br>Jefe de Ingeniería<br>Minera Los Andes Norte - Planta Desaladora Mejillones<br>+56 55 245 8830</p>
</body></html>"""
case("p25_cl_kr_forecast_firm_commitment", ["RG008"],
     "buyer declares the 480 vessels of the 2025 forecast a firm commitment, 'consider them ordered'",
     [eml_file("Fase_2_y_3_forecast_2025.eml", mail(
         "Ignacio Fuentes <ifuentes@mlan.cl>", "Park Ji-hoon <jh.park@hanulmembrane.co.kr>",
         "Fase 2 y 3 - forecast 2025 pressure vessels", "Thu, 23 May 2024 18:05:00 -0400",
         _p25_text, html=_p25_html))])


# ---------------------------------------------------------------- p26
# US utility engineer answers a drawing-change question with an open-ended blessing.
_p26_q1 = """Min-jun,

PO 7800045412 is attached. To be clear on scope:
- 3 prototype vessels 8" x 7M, 450 psi (line 1) are released.
- The 45 production vessels on your quote DCV-2405-021 are NOT released. They need FAT sign-off
  of the prototypes and a written release from Karen Blake, Purchasing Manager.

Thanks,
Jason Okafor, P.E."""
_p26_q2 = """Dear Jason,

Drawing DCV-CV-8450 rev C with the side port turned 90 degrees and the new saddle spacing is
attached. Please check - OK for us?

Best regards,
Kim Min-jun
Daehan Composite Vessels""" + "\n\n" + wrote("Jason Okafor <jokafor@cedarvalleywater.org>", "Tue, 14 May 2024 at 11:20", _p26_q1)
_p26_body = """Looks good - you have our blessing to get going.

J.

--
Jason Okafor, P.E.
Process Engineer, Eastside WTP
Cedar Valley Water Utility | (319) 555-0177
This message may contain confidential information. If you are not the intended recipient, please
delete it and notify the sender.

""" + wrote("Kim Min-jun <mj.kim@daehan-cv.co.kr>", "Thu, 30 May 2024 at 03:12", _p26_q2)
case("p26_us_kr_blessing_to_get_going", ["RG002"],
     "'you have our blessing to get going' with no quantity or sample scope; PO scope quoted below is complete",
     [eml_file("RE_DCV-CV-8450_rev_C.eml", mail(
         "Jason Okafor <jokafor@cedarvalleywater.org>", "Kim Min-jun <mj.kim@daehan-cv.co.kr>",
         "RE: DCV-CV-8450 rev C - side port orientation", "Thu, 30 May 2024 08:47:00 -0500", _p26_body,
         in_reply_to="<dcv-20240530-0312@daehan-cv.co.kr>"))])


# ---------------------------------------------------------------- p27
# German EPC DOCX PO for one sample housing; the PO's basis line quotes the series (23) from the
# offer with no word that it is not released; nothing on event or person.
_p27 = docx_bytes([
    ("h1", "BESTELLUNG / PURCHASE ORDER 4500092055"),
    ("p", "Hydrotec Anlagenbau GmbH · Heilbronner Str. 150 · 70191 Stuttgart · USt-IdNr. DE812340917"),
    ("table", [["Lieferant / Supplier", "Wuxi Jinhai Pressure Vessel Co., Ltd., Huishan Economic Development Zone, "
                                          "Wuxi, Jiangsu, China"],
               ["Datum / Date", "21.05.2024"],
               ["Projekt / Project", "WW Neckartal - Kerzenfiltration vor UF"],
               ["Ihr Angebot / Your offer", "WJ-Q-2404-112 vom 12.04.2024"],
               ["Einkäufer / Buyer", "Stefan Krüger"]]),
    ("sp",),
    ("table", [["Pos.", "Menge", "Einheit", "Bezeichnung", "Einzelpreis EUR", "Gesamt EUR"],
               ["1", "1", "Stk", "Musterbehälter / sample cartridge filter housing 1.4404, 52 x 40in, PN 10, "
                "DN 200 in/out, Schnellverschluss, AD 2000 / PED 2014/68/EU Kat. II", "14.250,00", "14.250,00"]]),
    ("sp",),
    ("p", "Grundlage / basis: Ihr Angebot WJ-Q-2404-112: 1 Musterbehälter zu EUR 14.250,00; Serie 23 Stück zu je "
          "EUR 12.980,00, Lieferzeit Serie 16 Wochen nach Bestellung."),
    ("p", "Lieferbedingung: DAP Stuttgart, Incoterms 2020. Liefertermin Muster: KW 30/2024."),
    ("p", "Prüfung: Druckprüfung 1,43 x PS mit Abnahme durch TÜV SÜD (Shanghai), Abnahmeprüfzeugnis 3.2."),
    ("p", "Zahlung: 30 Tage netto nach Wareneingang und Rechnungseingang."),
    ("p", "Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2023), abrufbar unter hydrotec-anlagenbau.de/aeb."),
], author="Hydrotec Einkauf")
case("p27_de_cn_docx_po_basis_line_series_23", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 1 sample housing; basis line repeats the offer's series 23 pcs with nothing saying not released; no event, no person",
     [("BE_4500092055_Musterbehaelter.docx", _p27)])


# ---------------------------------------------------------------- p28
# Indian water board SAP printout: PO for 3 prototype screen filters; header text copies the
# quotation with the series 57 Nos. Nothing on hold, event or person.
_p28 = """COROMANDEL WATER SUPPLY BOARD                                   PURCHASE ORDER
Mechanical Division, Chintadripet, Chennai 600 002                Page : 1 of 1
GSTIN 33AAAGC0031B1ZR
-----------------------------------------------------------------------------------------------
PO Number   : 4100007765                    PO Date    : 17.05.2024
Vendor      : 600214  NINGBO HENGTAI FILTRATION EQUIPMENT CO LTD, NINGBO, CHINA
Purch. Grp  : M21  MECH-PROJECTS            Currency   : USD
Project     : WBS CW-24-PERUR-PT-03  Perur SWRO - Pretreatment screens
-----------------------------------------------------------------------------------------------
HEADER TEXT
As per Qtn No. NHF/Q/24/0518 dt 02.05.2024:
  Prototype automatic self-cleaning screen filter 6", 100 micron : 3 Nos @ USD 4,120.00
  Series automatic self-cleaning screen filter 6", 100 micron    : 57 Nos @ USD 3,640.00
  Delivery: prototype 8 weeks, series 14 weeks.
Inspection by CWSB/TPI before despatch. Test certificates EN 10204 3.1 to accompany.
-----------------------------------------------------------------------------------------------
Item  Material      Short text                                  Qty  UoM     Net price       Value
00010 M-SCR-06-100  PROTO SELF-CLEAN SCREEN FILTER 6" 100MIC      3  NOS      4,120.00   12,360.00
                    Deliv. date 12.07.2024   Plant CW01  Stor.loc. PRS1
-----------------------------------------------------------------------------------------------
                                                     Total net value USD          12,360.00
Terms of payment : 0030  30 days from receipt of material
Incoterms        : CIF   Chennai Port
Tax              : IGST 18% on import as applicable
-----------------------------------------------------------------------------------------------
This is a system generated document and does not require signature.
"""
case("p28_in_cn_sap_po_header_text_quote", ["RG001", "RG003", "RG004", "RG005"],
     "SAP PO for 3 prototypes; header text copies quote with series 57 Nos; no hold, no event, no person",
     [("PO_4100007765_CWSB.txt", _p28)])


# ---------------------------------------------------------------- p29
# Chilean mine / Turkish valve maker: buyer's PO mail (quoted) authorizes 4 sample valves with the
# quote attached (4 + 96); the supplier has booked castings for 100.
_p29_qt = pdf([
    ("h1", "TEKLIF / QUOTATION EV-CL-24-052"),
    ("p", "Ege Vana Sanayi ve Ticaret A.S. - Kemalpasa OSB, 35730 Izmir, Turkey - www.egevana.com.tr"),
    ("table", [["Customer", "Minera Los Andes Norte S.A., Mejillones, Chile"], ["Date", "18.04.2024"],
               ["Attn", "Mr. Ignacio Fuentes"], ["Application", "Tailings return water, pH 9-11, solids up to 5%"]]),
    ("sp",),
    ("table", [["Pos.", "Description", "Qty", "Unit price USD", "Total USD"],
               ["1", "Knife gate valve 8in, bi-directional, ductile iron body, 316 gate, NR sleeves, handwheel - "
                     "samples", "4", "1,390.00", "5,560.00"],
               ["2", "Same as pos. 1 - production", "96", "1,190.00", "114,240.00"]]),
    ("sp",),
    ("p", "Delivery: samples 5 weeks, production 10-12 weeks ex works. Incoterms FOB Izmir."),
    ("p", "Flanges drilled ASME B16.5 Class 150. Tests: EN 12266-1 P10, P11, P12."),
    ("p", "Validity 45 days. Burak Demir, Export Sales Manager."),
], title="EV-CL-24-052", author="Ege Vana")
_p29_quoted = """Hola Burak,

adjunto la OC 4500031290 for 4 sample knife gate valves 8", as per your quotation (also attached).
Please confirm delivery.

Saludos,
Ignacio Fuentes
Jefe de Ingeniería - Minera Los Andes Norte"""
_p29_body = """Dear Ignacio Bey,

Thank you, PO received and entered into our system.

To secure the price and the foundry slot, we have already booked the ductile iron castings for
the 100 valves with our foundry. The samples will be ready in 5 weeks; we will send the test
videos before shipment.

Our quotation is attached again for your file.

Best regards,
Burak Demir
Export Sales Manager
Ege Vana Sanayi ve Ticaret A.S.
+90 232 877 1140

""" + wrote("Ignacio Fuentes <ifuentes@mlan.cl>", "Wed, 24 Apr 2024 at 16:15", _p29_quoted)
case("p29_cl_tr_castings_for_100_quote_attached", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "buyer authorizes 4 samples with quote (4 + 96) attached, silent on balance/event/person; supplier books castings for 100",
     [eml_file("RE_OC_4500031290_knife_gate_valves.eml", mail(
         "Burak Demir <burak.demir@egevana.com.tr>", "Ignacio Fuentes <ifuentes@mlan.cl>",
         "RE: OC 4500031290 - sample knife gate valves 8in", "Thu, 25 Apr 2024 10:20:00 +0300", _p29_body,
         attachments=[("EV-CL-24-052_quotation.pdf", _p29_qt, PDF_MT)],
         in_reply_to="<oc-4500031290@mlan.cl>"))])


# ---------------------------------------------------------------- p30
# Saudi EPC project WhatsApp group: correct scope (2 prototypes, 36 held until FAT sign-off + written
# release by Eng. Faisal); later Faisal waives his own letter and says "carry on with the 38".
_p30 = """[21/05/2024, 10:02:11] Mohammed Al-Shehri: Dear all, PO ARW-PO-24-0455 issued to Hengtai today. 2 prototype housings only
[21/05/2024, 10:03:40] Mohammed Al-Shehri: Balance 36 housings NOT released. Release only after FAT sign-off, through written release from Eng. Faisal Al-Harbi
[21/05/2024, 10:15:02] Lily Zhang: Well received Mr. Mohammed, thank you 🙏 2 prototypes only
[21/05/2024, 10:16:27] Lily Zhang: Drawing and ITP will send on Thursday
[23/05/2024, 14:40:55] Lily Zhang: ‎<attached: 00000031-GA_CF-201_rev0.pdf>
[23/05/2024, 14:41:10] Lily Zhang: ‎<attached: 00000032-ITP_NHF-0455_rev0.pdf>
[26/05/2024, 09:12:33] Eng. Faisal Al-Harbi: Lily, comments: vent nozzle 1" not 3/4", and davit arm for the closure. ITP ok, add PMI for 316L
[26/05/2024, 09:30:02] Lily Zhang: Noted, rev1 tomorrow
[03/06/2024, 16:05:47] Eng. Faisal Al-Harbi: Lily, FAT confirmed 18 June, BV Jubail will come to Ningbo with our QC
[03/06/2024, 16:07:20] Eng. Faisal Al-Harbi: Once BV signs the FAT you can just carry on with the 38, no need to wait for my letter. Time is very tight for Train 1
[03/06/2024, 16:20:14] Lily Zhang: Noted with thanks 🙏
[03/06/2024, 16:21:02] Mohammed Al-Shehri: 👍
"""
case("p30_sa_cn_whatsapp_carry_on_after_fat", ["RG007", "RG011"],
     "PO needs Faisal's written release; Faisal says carry on after BV FAT signature, no letter, and names 38 vs the 36 balance",
     [("WhatsApp_Chat_-_Ras_Tanura_CF_housings.txt", _p30)])


# ================================================================ clean c11-c15
# c11: Italian supplier's order acknowledgement restating the hold (HTML attachment + text mail).
_c11_ack = html_page("Order acknowledgement OA-24-1031", """
<h2>Valvole Brianza S.p.A. &mdash; Order Acknowledgement OA-24-1031</h2>
<table>
<tr><th>Customer</th><td>Coromandel Water Supply Board, Chennai</td></tr>
<tr><th>Customer PO</th><td>CWSB/MECH/PO/2024/131 dt. 20.05.2024</td></tr>
<tr><th>Our offer</th><td>VB/OFF/24/0744</td></tr>
</table>
<h3>Acknowledged scope</h3>
<table>
<tr><th>Pos.</th><th>Description</th><th>Qty</th><th>Scope</th></tr>
<tr><td>1</td><td>Double eccentric butterfly valve DN 300 PN16, EN 593, electric actuator</td><td>4</td><td>Sample lot &mdash; in production</td></tr>
<tr><td>2</td><td>Same, balance per offer</td><td>56</td><td>NOT RELEASED &mdash; not started, no material purchased</td></tr>
</table>
<p class="note">We note that the balance of 56 valves is not released. We shall not start them, nor buy material
for them, until we receive the written release from Shri Raghav Iyer, Chief Engineer (Mechanical), after
successful type test and inspection sign-off of the sample lot.</p>
<p>Delivery of the sample lot: 10 weeks, CIF Chennai.</p>
""")
_c11_body = """Dear Sir,

Please find attached our order acknowledgement OA-24-1031 for your PO CWSB/MECH/PO/2024/131.

We acknowledge the sample lot of four (4) DN 300 butterfly valves only. The balance of 56 valves
is not released: we will not start them or buy material for them until we receive the written
release from Shri Raghav Iyer after the type test and inspection sign-off.

The stage inspection can be offered in week 28. Kindly nominate the TPI inspector.

Distinti saluti / Best regards,
Marco Colombo
Export Area Manager - India & Middle East
Valvole Brianza S.p.A. | Via dell'Industria 21 | 20900 Monza (MB) | +39 039 204 6611
"""
case("c11_it_in_supplier_ack_restates_hold", [],
     "supplier acknowledgement restates: 4 samples only, 56 not released until Raghav Iyer's written release after sign-off",
     [eml_file("OA-24-1031_CWSB_PO_2024_131.eml", mail(
         "Marco Colombo <m.colombo@valvolebrianza.it>", "Purchase Cell CWSB <purchase.mech@cwsb.gov.in>",
         "Order acknowledgement OA-24-1031 - your PO CWSB/MECH/PO/2024/131", "Fri, 24 May 2024 11:30:00 +0200",
         _c11_body, attachments=[("OA-24-1031.html", _c11_ack, "text/html")]))])


# c12: concession request limited to the 2 prototypes; series remains on hold.
_c12 = docx_bytes([
    ("h1", "Concession / Deviation Request CR-DCV-0093-01"),
    ("table", [["Order", "4700012345 - Stadtwerke Lindenau GmbH"],
               ["Supplier", "Daehan Composite Vessels Co., Ltd."],
               ["Part", "Prototype UF pressure vessel 8in x 7M, 300 psi, drawing DCV-UF8-300 rev B"],
               ["Affected quantity", "2 prototype vessels (S/N DCV-12345-P1, -P2)"]]),
    ("sp",),
    ("h", "Deviation"),
    ("p", "Side port bonding fillet measured 4.5 mm instead of 6 mm minimum (drawing note 7). Hydrotest at 450 psi "
          "passed without leakage. Supplier proposes use-as-is for the prototypes."),
    ("h", "Supplier corrective action"),
    ("p", "Fillet gauge added to the bonding jig; series vessels will be made to drawing."),
    ("h", "Buyer disposition"),
    ("table", [["Disposition", "Approved for the two (2) prototype vessels only - use-as-is."],
               ["Validity", "Not valid for any series vessel. Series vessels to be made to drawing rev B."],
               ["Production", "This concession does not release any series quantity. The 22 series vessels remain on "
                              "hold until the written release by Dr. Anja Vogt, Head of Procurement, after FAT sign-off."],
               ["Signed", "Jens Hartmann, Projektingenieur, 18.06.2024"]]),
], author="Daehan QA")
case("c12_kr_de_concession_prototypes_only", [],
     "concession approved for the 2 prototypes only; series 22 on hold until Dr. Vogt's written release after FAT",
     [("CR-DCV-0093-01_concession.docx", _c12)])


# c13: Saudi SRM page: interim disposition with quantity and date limits; release of 10 by Khalid.
_c13 = html_page("EPWS SRM - Sample disposition SD-2024-022", """
<h2>EPWS Supplier Relationship Management</h2>
<h3>Sample disposition SD-2024-022 &mdash; PO EPWS-PO-2024-0117 &mdash; Ningbo Hengtai Filtration</h3>
<table>
<tr><th>Part</th><td>Cartridge filter housing SS316L 30 x 40&quot;, 8 barg &mdash; drawing NHF-EPWS-117 rev 1</td></tr>
<tr><th>Samples</th><td>2 prototype housings, FAT 04/06/2024 (report FAT-NHF-117-01)</td></tr>
<tr><th>Disposition</th><td><b>INTERIM</b> &mdash; limited to 10 housings and valid until 30/06/2024, pending the renewed NSF/ANSI 61 certificate for the EPDM O-ring compound</td></tr>
<tr><th>Signed off by</th><td>Eng. Noura Al-Qahtani, QA/QC Engineer</td></tr>
</table>
<h3>Releases</h3>
<table>
<tr><th>Release</th><th>Quantity</th><th>Basis</th><th>Authorized by</th><th>Date</th></tr>
<tr><td>R-01</td><td>10 housings</td><td>Interim disposition SD-2024-022 (within its limits)</td><td>Eng. Khalid Al-Otaibi, Procurement Manager</td><td>06/06/2024</td></tr>
</table>
<p class="note">Balance: 26 housings on hold, not released. They will be released only by Release R-02, issued in writing
by Eng. Khalid Al-Otaibi after a full (approved) sign-off replaces the interim disposition. Material authority:
the 10 released housings only.</p>
<p><small>Record created 06/06/2024 13:22 AST &middot; EPWS SRM 2.4</small></p>
""")
case("c13_sa_cn_interim_disposition_release_10", [],
     "interim disposition limited to 10 / 30 June; R-01 releases 10 by Khalid; 26 held until R-02 after full sign-off",
     [("SRM_SD-2024-022.html", _c13)])


# c14: German SAP PO for the full quantity; identifiers that look like quantities.
_c14 = """Stadtwerke Lindenau GmbH · Am Wasserturm 4 · 04179 Leipzig
                                                         BESTELLUNG / PURCHASE ORDER
Valvole Brianza S.p.A.                                   Bestellnummer    4500091877
Via dell'Industria 21                                    Datum            12.06.2024
20900 Monza (MB)                                         Lieferantennr.   300377
ITALIEN                                                  Einkäufergruppe  E14
                                                         Ihr Angebot      VB/OFF/24/1000 v. 28.05.2024

Kopftext / Header text:
  This order covers the full quantity of 6 valves. No sample stage, no further quantity
  under this order. Design identical to order 4500088120 (drawing 2500-316-150 Rev 12).

Pos.   Material       Bezeichnung                               Menge  ME    Preis/ME EUR      Wert EUR
--------------------------------------------------------------------------------------------------------
00010  PS-400-PN10    Plattenschieber DN 400 PN 10, EN 1092-1       6  ST        6.840,00     41.040,00
                      Gehäuse EN-GJS-400-15, Platte 1.4404,
                      Zeichnung 2500-316-150 Rev 12,
                      Antrieb ISO 5211 F16, Prüfung EN 12266-1
                      Liefertermin: KW 36/2024
--------------------------------------------------------------------------------------------------------
                                                       Gesamtnettowert EUR              41.040,00

Qualität          : Hersteller zertifiziert nach DIN EN ISO 9001:2015, Zeugnisse EN 10204-3.1
Beschichtung      : EP 250 µm nach GSK RAL-GZ 662, Farbton RAL 5015
Zahlungsbedingung : 30 Tage netto
Lieferbedingung   : DAP Leipzig, Klärwerk Lindenau-Süd, Halle 2500 (Incoterms 2020)
Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2022).
                                                                               Seite 1 von 1
"""
case("c14_de_it_sap_full_quantity_identifiers", [],
     "full-quantity order of 6 valves; drawing 2500-316-150 Rev 12, offer /1000, ISO 9001:2015, Halle 2500 are not quantities",
     [("BE_4500091877.txt", _c14)])


# c15: Korean vendor ITP with hold points for the prototype vessels; no authorization.
_c15 = docx_bytes([
    ("h1", "Inspection and Test Plan ITP-HMT-0150 Rev 1"),
    ("table", [["Client", "Eastern Province Water Services Co. (EPWS)"], ["PO", "EPWS-PO-2024-0150"],
               ["Scope of this ITP", "2 prototype RO pressure vessels 8in x 7E, 1000 psi"],
               ["Codes", "ASME X (reference), NSF/ANSI 61, EPWS-SPC-QA-009"]]),
    ("sp",),
    ("table", [["No.", "Activity", "Reference", "Acceptance", "Record", "HMT", "TPI", "EPWS"],
               ["1", "Review of material certificates (resin, roving)", "EPWS-SPC-QA-009 cl. 5", "3.1 cert.",
                "MTC", "H", "R", "R"],
               ["2", "Winding parameters (angle, tension)", "WPS-HMT-08", "per WPS", "Winding log", "H", "R", "-"],
               ["3", "Dimensional check", "DWG HMT-RO8-1000 rev 2", "+/- 1 mm", "Dim. report", "H", "W", "W"],
               ["4", "Hydrostatic test 1.5 x DP, 30 min", "ITP cl. 7.2", "no leakage", "HT report", "H", "H", "H"],
               ["5", "Cyclic test (sample only)", "ASME X RD-1200", "no failure", "Test report", "H", "W", "R"],
               ["6", "Final visual and marking", "EPWS-SPC-QA-009 cl. 9", "no defects", "Insp. report", "H", "W", "W"],
               ["7", "Vendor data book", "EPWS-SPC-QA-009 cl. 11", "complete", "VDB", "H", "R", "R"]]),
    ("sp",),
    ("p", "Legend: H = hold point (work stops until the inspection is done), W = witness, R = review of records."),
    ("p", "Series vessels are not covered by this ITP; a separate ITP will be submitted if and when they are ordered."),
    ("p", "Prepared: Lee Seo-yeon, QA Manager, Hanul Membrane Tech. Reviewed: Eng. Noura Al-Qahtani, EPWS QA/QC."),
], author="Hanul QA")
case("c15_kr_sa_itp_hold_points", [],
     "ITP with hold points for 2 prototype vessels; no authorization, 'hold point' is inspection vocabulary",
     [("ITP-HMT-0150_Rev1.docx", _c15)])


# ---------------------------------------------------------------- p32
# Italian valve maker status report to Saudi utility: 2 prototypes released, series on hold, but
# castings poured and discs ordered for all 32.
_p32 = pdf([
    ("h1", "ORDER STATUS REPORT"),
    ("p", "Valvole Brianza S.p.A. - Via dell'Industria 21 - 20900 Monza (MB) - Italy"),
    ("table", [["Customer", "Eastern Province Water Services Co. (EPWS), Al Khobar"],
               ["Customer PO", "EPWS-PO-2024-0077"],
               ["Item", "Double eccentric butterfly valve DN 600 PN 16, EN 593, AUMA SA 14.6 actuator"],
               ["Released quantity", "2 prototype valves"],
               ["Series", "30 valves - on hold pending your written release"],
               ["Report date", "07/06/2024 - prepared by Federico Riva, Project Engineer"]]),
    ("sp",),
    ("h", "Material status"),
    ("table", [["Material", "Quantity", "Status", "Remark"],
               ["Body castings EN-GJS-400-15 DN 600", "32 pcs", "poured at foundry", "2 prototypes + 30 series, to hold the foundry slot"],
               ["Discs duplex 1.4462", "32 pcs", "ordered", "delivery week 26"],
               ["Shafts 1.4057", "32 sets", "in stock", "-"],
               ["Actuators AUMA SA 14.6", "2 pcs", "ordered", "prototypes only"]]),
    ("sp",),
    ("h", "Production status"),
    ("table", [["Activity", "Status"],
               ["Prototype bodies machining", "in progress, 60%"],
               ["Epoxy coating (GSK)", "planned week 25"],
               ["FAT prototypes", "proposed 02/07/2024, Monza - please confirm inspector (TPI SGS Italia)"]]),
    ("sp",),
    ("p", "Open points: confirmation of flange drilling PN 16 vs ASME B16.47 Series A for the series; nameplate text in "
          "Arabic and English."),
], title="Order status EPWS-PO-2024-0077", author="Valvole Brianza")
case("p32_it_sa_status_castings_for_32", ["RG006"],
     "supplier status: 2 released, series on hold, yet 32 castings poured and 32 discs ordered; no material authority",
     [("VB_order_status_EPWS-PO-2024-0077.pdf", _p32)])


# ---------------------------------------------------------------- p34
# Turkish valve maker: PO accepted in Ariba => work orders for all 60; and the non-binding
# forecast booked as a firm order.
_p34_quoted = """Dear Burak,

PO 7800046115 has been sent through Ariba.
- Line 10: 4 sample butterfly valves 12" AWWA C504 Class 150B - released.
- Line 20: 56 production valves - NOT released. Line 20 needs first-article sign-off of the
  line 10 samples and a written release from Karen Blake, Purchasing Manager.
Our 2025 forecast (600 valves, non-binding, for your capacity planning only) is attached as well.

Regards,
Jason Martinez
Senior Buyer, Cedar Valley Water Utility"""
_p34_body = """Dear Jason,

We have acknowledged PO 7800046115 in Ariba today. Since the PO is now accepted on both sides,
our ERP has opened the work orders for all 60 valves and production starts in week 22.

We have also booked your 2025 forecast of 600 valves as a firm order in our system, so the
capacity is guaranteed for you.

The C504 proof-of-design test report and the NSF/ANSI 61 certificate are uploaded in Ariba.

Best regards,
Burak Demir
Export Sales Manager
Ege Vana Sanayi ve Ticaret A.S. | Kemalpasa OSB, Izmir | +90 232 877 1140

""" + wrote("Jason Martinez <jmartinez@cedarvalleywater.org>", "Thu, 9 May 2024 at 17:30", _p34_quoted)
case("p34_tr_us_ariba_acceptance_and_forecast_booked", ["RG008", "RG012"],
     "supplier: PO accepted so work orders for all 60 opened (56 not released); non-binding forecast booked as firm order",
     [eml_file("RE_PO_7800046115_acknowledged.eml", mail(
         "Burak Demir <burak.demir@egevana.com.tr>", "Jason Martinez <jmartinez@cedarvalleywater.org>",
         "RE: PO 7800046115 - acknowledged in Ariba", "Mon, 13 May 2024 09:15:00 +0300", _p34_body,
         in_reply_to="<po-7800046115@cedarvalleywater.org>"))])


# ---------------------------------------------------------------- p35
# Chilean utility <-> Turkish skid maker chat: full-quantity repeat order, buyer ties the start
# to the deposit.
_p35 = """12/06/2024, 10:11 - Camila Rojas: Emre buenos días! OC 4500022410 is in the portal: 6 NaOCl dosing skids for PTAP Calama, full quantity, same design as the Salar Norte pilot (FAT passed in April). No sample stage this time
12/06/2024, 10:24 - Emre Yılmaz: Günaydın Camila Hanım 🙏 OC received, thank you! We wait for the 30% advance as per our offer
12/06/2024, 10:25 - Emre Yılmaz: Pump model same DDA 30-4? Grundfos has 8 weeks now
12/06/2024, 10:40 - Ignacio Fuentes: yes same DDA 30-4, same flowmeter. Drain valve position as in rev C of Salar Norte
12/06/2024, 10:41 - Emre Yılmaz: 👌
14/06/2024, 16:02 - Camila Rojas: ya transferimos el anticipo 💸 the deposit is in your account, so you can start building the 6 skids
14/06/2024, 16:03 - Camila Rojas: ‎Comprobante_transferencia_OC4500022410.pdf (file attached)
14/06/2024, 16:30 - Emre Yılmaz: Received 🙏 we start Monday. FAT planned week 33
14/06/2024, 16:31 - Selin Kaya: I send the updated schedule today
"""
case("p35_cl_tr_chat_deposit_so_start", ["RG012"],
     "full-quantity order; buyer writes the deposit is paid 'so you can start building the 6 skids'",
     [("WhatsApp_Chat_-_PTAP_Calama_dosing.txt", _p35)])


# ---------------------------------------------------------------- p36
# Folder: US filter brand PO (10 samples, 4,000 not released) + Chinese proforma that starts mass
# production on receipt of payment.
_p36_po = pdf([
    ("h1", "PURCHASE ORDER CSF-PO-32288"),
    ("p", "ClearSpring Filtration Inc. - 1450 Xenium Lane N, Plymouth, MN 55441 - (763) 555-0190"),
    ("table", [["Supplier", "Ningbo Hengtai Filtration Equipment Co., Ltd."], ["Date", "06/10/2024"],
               ["Buyer", "Tom Lindqvist"], ["Quote", "Q-NHF-2405-12"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Extended"],
               ["1", "CS-HSG-BB10-BL", "Big Blue 10in housing, 1in NPT, blue PP sump, samples", "10 EA", "$39.00",
                "$390.00"]]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This PO covers 10 sample housings only. The quoted volume of 4,000 pcs is NOT released."),
    ("p", "Volume release requires sample sign-off (NSF/ANSI 42 structural test at our lab) and a written release "
          "from Megan Sorensen, Director Supply Chain."),
    ("p", "Material authority: samples only."),
    ("p", "Payment: 100% T/T before dispatch against proforma invoice."),
], pagesize=LETTER, title="CSF-PO-32288", author="ClearSpring Filtration")
_p36_pi = pdf([
    ("h1", "PROFORMA INVOICE"),
    ("p", "Ningbo Hengtai Filtration Equipment Co., Ltd. | No. 88 Xinqi Road, Beilun, Ningbo 315800, China"),
    ("table", [["PI No.", "PI-NHF-24-0655"], ["Date", "2024-06-12"],
               ["Buyer", "ClearSpring Filtration Inc., Plymouth, MN, USA"], ["Your PO", "CSF-PO-32288"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Unit price USD", "Amount USD"],
               ["1", "Big Blue 10in housing, 1in NPT, blue PP sump (samples)", "10 pcs", "39.00", "390.00"],
               ["2", "Express courier to Plymouth, MN", "1 lot", "120.00", "120.00"],
               ["", "Total", "", "", "510.00"]]),
    ("sp",),
    ("p", "Payment: 100% T/T. Bank of China, Ningbo Branch, SWIFT BKCHCNBJ92A, A/C 3587 2210 0917."),
    ("p", "Remark: Upon receipt of your payment we will start the mass production of 4,000 pcs at the same time, to "
          "catch your summer season. Samples will be sent by express within 7 days."),
], title="PI-NHF-24-0655", author="Ningbo Hengtai")
case("p36_us_cn_po_plus_proforma_payment_starts_mass_production", ["RG012"],
     "PO: 10 samples, 4,000 not released; supplier proforma starts mass production of 4,000 on receipt of payment",
     [("CSF-PO-32288.pdf", _p36_po), ("PI-NHF-24-0655.pdf", _p36_pi)])


# ---------------------------------------------------------------- p37
# Saudi SRM release notice: text releases twelve (12), the release table shows 14.
_p37 = html_page("EPWS SRM - Release Notice RN-2024-014", """
<h2>EPWS Supplier Relationship Management</h2>
<h3>Release Notice RN-2024-014 &mdash; PO EPWS-PO-2024-0093 &mdash; Hanul Membrane Tech Co., Ltd.</h3>
<p>Item: RO pressure vessel 8&quot; x 6E, 600 psi, end port, FRP &mdash; Jubail 3B Brackish Water RO.</p>
<p>Following FAT sign-off of the prototype vessels (FAT report FAT-HMT-0093-01 dated 11/06/2024, witnessed by SGS),
EPWS releases <b>twelve (12) RO pressure vessels</b> for manufacture under Release R-02, authorized by
Eng. Khalid Al-Otaibi, Procurement Manager.</p>
<p class="note">The balance of 34 vessels remains on hold. It will be released only by Release R-03, after Train 1
commissioning, issued in writing by Eng. Khalid Al-Otaibi. Material authority: the released vessels only.</p>
<h4>Release history</h4>
<table>
<tr><th>Release</th><th>Date</th><th>Qty released</th><th>Cumulative released</th><th>Authorized by</th></tr>
<tr><td>R-01</td><td>19/05/2024</td><td>2 (prototypes)</td><td>2</td><td>Eng. Khalid Al-Otaibi</td></tr>
<tr><td>R-02</td><td>13/06/2024</td><td>14</td><td>16</td><td>Eng. Khalid Al-Otaibi</td></tr>
</table>
<p>Supplier acknowledgement required within 3 working days.</p>
<p><small>EPWS SRM 2.4 &middot; printed 13/06/2024 10:05 AST</small></p>
""")
case("p37_sa_kr_release_notice_text12_table14", ["RG011"],
     "release notice text releases 12 vessels under R-02, release history table shows 14 for R-02",
     [("SRM_RN-2024-014.html", _p37)])


# ---------------------------------------------------------------- p39
# Folder: German utility release letter releases 3 skids; the SAP change printout shows 4 released.
_p39_letter = pdf([
    ("p", "Stadtwerke Lindenau GmbH · Einkauf · Am Wasserturm 4 · 04179 Leipzig"),
    ("sp",),
    ("p", "Anadolu Dozaj Sistemleri A.S., Gebze / Kocaeli, Türkei - z. Hd. Herrn Emre Yilmaz"),
    ("p", "Leipzig, 17.05.2024"),
    ("h", "Produktionsfreigabe Nr. 1 / Production release No. 1 - Bestellung 4500087990"),
    ("p", "Sehr geehrter Herr Yilmaz,"),
    ("p", "following the FAT sign-off of the pilot dosing skid on 14.05.2024 (FAT protocol ADS-FAT-0790), we hereby "
          "release three (3) series dosing skids FeCl3 (pos. 00020) for production."),
    ("p", "The remaining four (4) series skids stay on hold. They will be released only by production release No. 2, "
          "after commissioning of line 1 at Klärwerk Rosental, signed by Dr. Anja Vogt."),
    ("p", "Material authority: the three released skids only."),
    ("p", "Mit freundlichen Grüßen"),
    ("p", "Dr. Anja Vogt, Leiterin Einkauf"),
], title="Produktionsfreigabe 1 - 4500087990", author="Stadtwerke Lindenau")
_p39_sap = """Stadtwerke Lindenau GmbH · Am Wasserturm 4 · 04179 Leipzig
                                              ÄNDERUNGSBESTELLUNG / PO CHANGE
Anadolu Dozaj Sistemleri A.S.                 Bestellnummer    4500087990
41400 Gebze / Kocaeli                         Änderung Nr.     1   vom 17.05.2024
TÜRKEI                                        Einkäufergruppe  E14

Pos.   Material       Bezeichnung                       Menge  ME   Freigegeben  Gesperrt
-------------------------------------------------------------------------------------------
00010  DOS-FECL3-P    Dosierstation FeCl3, Pilot            1  ST            1         0
00020  DOS-FECL3-S    Dosierstation FeCl3, Serie            7  ST            4         3
-------------------------------------------------------------------------------------------
Änderungstext: Freigabe Serie gemäß Produktionsfreigabe Nr. 1 vom 17.05.2024.
Liefertermin freigegebene Menge: KW 30/2024.
                                                                            Seite 1 von 1
"""
case("p39_de_tr_release_letter3_sap4_folder", ["RG011"],
     "release letter releases 3 series skids (4 held); SAP PO change shows 4 released, 3 blocked",
     [("Produktionsfreigabe_1_4500087990.pdf", _p39_letter), ("Aenderungsbestellung_4500087990.txt", _p39_sap)])


# ---------------------------------------------------------------- p40
# Indian EPC email says two prototypes, attached PDF PO says three; balance held "until further
# notice" with a named release authority and no event.
_p40_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Sagar Aqua Infra Pvt. Ltd. | 4th Floor, Olympia Tech Park, Guindy, Chennai 600 032"),
    ("table", [["PO No.", "SAI/PO/2024/0788"], ["Date", "07.06.2024"],
               ["Vendor", "Daehan Composite Vessels Co., Ltd., Changwon, Korea"],
               ["Project", "Minjur 2 SWRO - Permeate Polishing"], ["Offer", "DCV-2405-033 rev 1"]]),
    ("sp",),
    ("table", [["Item", "Description", "Qty", "Unit", "Rate (USD)", "Amount (USD)"],
               ["1", "Prototype FRP pressure vessel 8in x 6M, 450 psi, side port 2in", "3", "Nos.", "2,880.00", "8,640.00"],
               ["2", "Series FRP pressure vessel, same as item 1 - NOT RELEASED", "45", "Nos.", "2,610.00", "-"]]),
    ("sp",),
    ("p", "1. Item 2 (balance 45 vessels) is kept on hold until further notice and is not released under this PO."),
    ("p", "2. Release authority for item 2: Mr. Suresh Nair, DGM Procurement."),
    ("p", "3. Material authority: item 1 only."),
    ("p", "4. Delivery: CIF Chennai, prototypes 7 weeks. Inspection: TPI (TUV India) hydrotest witness."),
], title="SAI/PO/2024/0788", author="Sagar Aqua Infra")
_p40_body = """Dear Mr. Kim,

Greetings from Chennai.

Please find attached our PO SAI/PO/2024/0788 for two (2) prototype pressure vessels, Minjur 2
permeate polishing, against your offer DCV-2405-033 rev 1. The series vessels remain on hold as
mentioned in the PO.

Kindly send the drawings and QAP for our review within one week, and confirm the delivery.

Thanks & Regards,
Priya Menon
Project Engineer - Mechanical
Sagar Aqua Infra Pvt. Ltd. | +91 94440 63128
"""
case("p40_in_kr_email2_pdf3_until_further_notice", ["RG004", "RG011"],
     "email says 2 prototypes, attached PO says 3; balance 45 on hold 'until further notice' (person named, no event)",
     [eml_file("PO_SAI-PO-2024-0788_prototype_vessels.eml", mail(
         "Priya Menon <priya.menon@sagaraqua.in>", "Kim Min-jun <mj.kim@daehan-cv.co.kr>",
         "PO SAI/PO/2024/0788 - prototype pressure vessels - Minjur 2", "Fri, 07 Jun 2024 14:10:00 +0530",
         _p40_body, attachments=[("SAI-PO-2024-0788.pdf", _p40_po, PDF_MT)]))])


# ---------------------------------------------------------------- p41
# Indian FRP maker to US utility: liners for the other 12 already wound; series continues
# automatically after FAT sign-off. Buyer scope quoted.
_p41_quoted = """Srinivas,

PO 7800045901 attached.
- 1 prototype FRP filter vessel 30" x 72", 150 psi, NSF/ANSI 61 - released.
- 12 production vessels - NOT released. They need FAT sign-off of the prototype and a written
  release from Karen Blake, Purchasing Manager.
- Material authority: prototype only.

Jason Okafor, P.E.
Cedar Valley Water Utility"""
_p41_body = """Dear Mr. Jason,

Greetings from Hyderabad!

Update on PO 7800045901: the prototype vessel is wound and cured, hydrotest is planned on 20 June.

To save time, we have cut the glass and wound the PE liners for the other 12 vessels in parallel
with the prototype. Series fabrication will then continue automatically after your FAT sign-off,
so no time is lost for your project.

Kindly confirm the FAT date and the name of your inspector.

With warm regards,
Srinivas Rao
Manager - Exports, Deccan Composites Pvt. Ltd.
+91 98490 33412

""" + wrote("Jason Okafor <jokafor@cedarvalleywater.org>", "Mon, 20 May 2024 at 09:02", _p41_quoted)
case("p41_in_us_liners_for_12_series_automatic", ["RG006", "RG007"],
     "supplier wound liners for the 12 unreleased vessels and says series continues automatically after FAT sign-off",
     [eml_file("RE_PO_7800045901_prototype_update.eml", mail(
         "Srinivas Rao <srinivas.rao@deccancomposites.in>", "Jason Okafor <jokafor@cedarvalleywater.org>",
         "RE: PO 7800045901 - prototype FRP vessel - update", "Tue, 11 Jun 2024 18:20:00 +0530", _p41_body,
         in_reply_to="<po-7800045901@cedarvalleywater.org>"))])


# ---------------------------------------------------------------- p42
# US utility portal: sample disposition; a QA engineer's comment lets the samples roll into the 114.
_p42 = html_page("Cedar Valley Water - Sample disposition - PO 7800046230", """
<h2>Cedar Valley Water Utility &mdash; Supplier Portal</h2>
<h3>PO 7800046230 &mdash; Ege Vana Sanayi ve Ticaret A.S.</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Scope</th><th>Status</th></tr>
<tr><td>10</td><td>ARV-02-C512</td><td>2&quot; combination air release valve, AWWA C512, NSF/ANSI 61</td><td>6</td><td>SAMPLE</td><td>Released</td></tr>
<tr><td>20</td><td>ARV-02-C512</td><td>Same as line 10</td><td>114</td><td>PRODUCTION</td><td><b>NOT RELEASED</b> &mdash; requires a written release from Karen Blake, Purchasing Manager, after sample sign-off</td></tr>
</table>
<h4>Sample disposition</h4>
<table>
<tr><th>Record</th><td>SD-CVW-2024-017</td></tr>
<tr><th>Samples</th><td>6 EA, line 10</td></tr>
<tr><th>Tests</th><td>NSF/ANSI 61 extraction (third-party lab), hydrostatic 1.5 x rated pressure, leak test at 5 psi</td></tr>
<tr><th>Disposition</th><td>Accepted (samples)</td></tr>
</table>
<h4>Comments</h4>
<table>
<tr><th>Date</th><th>From</th><th>Comment</th></tr>
<tr><td>06/12/2024</td><td>Dana Whitfield, QA Engineer</td><td>Samples passed the NSF/ANSI 61 extraction test and the hydro. Sample sign-off done. Ege Vana: production of the 114 can follow straight from here, no need to wait for anything else from us.</td></tr>
<tr><td>06/12/2024</td><td>Burak Demir (Ege Vana)</td><td>Thank you Dana, noted.</td></tr>
</table>
""")
case("p42_us_tr_portal_qa_comment_roll_into_114", ["RG007"],
     "line 20 needs Karen Blake's written release; QA comment says production of the 114 follows straight from sample sign-off",
     [("portal_PO_7800046230_sample_disposition.html", _p42)])


# ---------------------------------------------------------------- p45
# Korean vessel maker's letter: the German EPC's 2025 demand forecast registered as a firm order.
_p45 = docx_bytes([
    ("p", "HANUL MEMBRANE TECH CO., LTD. - 112, Saneop-ro, Gimhae-si, Gyeongsangnam-do, Republic of Korea"),
    ("sp",),
    ("p", "Date: 2024.06.14          Our ref.: HMT-L-24-0219"),
    ("p", "To: Hydrotec Anlagenbau GmbH, Stuttgart - Attn.: Mr. Stefan Krüger, Strategic Purchasing"),
    ("h", "Subject: Capacity reservation 2025 - RO pressure vessels 8 inch"),
    ("p", "Dear Mr. Krüger,"),
    ("p", "Thank you for sharing your demand forecast 2025 by e-mail of 2024.06.10."),
    ("p", "We are pleased to inform that we have registered your 2025 forecast of 240 RO pressure vessels (8 inch, "
          "1000 psi, 7 elements) as a firm order in our production system and reserved winding line No. 3 for you "
          "from January to June 2025."),
    ("table", [["Quarter", "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Total"],
               ["Vessels (registered as firm)", "60", "60", "60", "60", "240"]]),
    ("sp",),
    ("p", "Current order 4500091122 (4 prototype vessels) is in progress; FAT is planned for 2024.07.18. As stated in "
          "your order, the series vessels are not released until your written release."),
    ("p", "Price for 2025: USD 1,980 per vessel FOB Busan, valid for the quantities above."),
    ("p", "Best regards,"),
    ("p", "Park Ji-hoon, Export Sales Manager"),
], author="Hanul Membrane Tech")
case("p45_kr_de_forecast_registered_as_firm_order", ["RG008"],
     "supplier letter registers the buyer's 2025 forecast of 240 vessels as a firm order",
     [("HMT-L-24-0219_capacity_reservation.docx", _p45)])


# ================================================================ clean c16-c20
# c16: Folder: Indian water board PO for 1 pilot skid + Turkish quote with series; PO declares the
# series informational, not released, names event, person and material authority.
_c16_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "COROMANDEL WATER SUPPLY BOARD - Mechanical Division - Chintadripet, Chennai 600 002"),
    ("table", [["P.O. No.", "CWSB/MECH/PO/2024/140"], ["Date", "03.06.2024"],
               ["Vendor", "Anadolu Dozaj Sistemleri A.S., Gebze / Kocaeli, Turkey"],
               ["Ref.", "Your quotation ADS-TQ-24-088 rev 1 (attached for reference)"],
               ["Project", "Perur 400 MLD SWRO - Chemical dosing (SBS)"]]),
    ("sp",),
    ("table", [["Sl.", "Description", "Qty", "Rate (EUR)", "Value (EUR)"],
               ["1", "Pilot sodium bisulphite dosing skid, 2 x diaphragm pumps 0-120 l/h, SS316 frame, PVC-U "
                     "piping, local control panel", "1 No.", "41.600,00", "41.600,00"]]),
    ("sp",),
    ("h", "Scope and release"),
    ("p", "1. This P.O. covers one (1) pilot dosing skid only."),
    ("p", "2. Your quotation shows 1 pilot + 9 series skids. The 9 series skids are shown for information only and are "
          "NOT released under this P.O."),
    ("p", "3. Release of the series requires FAT sign-off of the pilot skid and a written release from Shri Raghav "
          "Iyer, Chief Engineer (Mechanical), CWSB."),
    ("p", "4. Material authority: sample-only - procure material for the pilot skid only."),
    ("p", "5. Delivery CIF Chennai, 12 weeks. Payment 100% by LC at sight against inspection certificate."),
    ("p", "For COROMANDEL WATER SUPPLY BOARD - Executive Engineer (Purchase)"),
], title="CWSB/MECH/PO/2024/140", author="CWSB")
_c16_qt = pdf([
    ("h1", "QUOTATION ADS-TQ-24-088 rev 1"),
    ("p", "Anadolu Dozaj Sistemleri A.S. - Gebze OSB, 1600. Sokak No: 12, 41400 Gebze / Kocaeli - Turkey"),
    ("table", [["Customer", "Coromandel Water Supply Board, Chennai"], ["Date", "14.05.2024"],
               ["Subject", "SBS dosing skids - Perur SWRO"]]),
    ("sp",),
    ("table", [["Pos.", "Description", "Qty", "Unit price EUR", "Total EUR", "Delivery"],
               ["1", "Pilot SBS dosing skid incl. FAT", "1", "41.600,00", "41.600,00", "12 weeks"],
               ["2", "Series SBS dosing skid, same design", "9", "36.900,00", "332.100,00", "16 weeks"]]),
    ("sp",),
    ("p", "Pumps: 2 x diaphragm pump 0-120 l/h, PVDF head. Frame SS316, piping PVC-U PN16. Panel IP65."),
    ("p", "Validity 90 days. Emre Yilmaz, Sales Director."),
], title="ADS-TQ-24-088 rev 1", author="Anadolu Dozaj")
case("c16_in_tr_po_plus_quote_series_informational", [],
     "PO: 1 pilot skid; quote's 9 series declared informational and not released; FAT sign-off + Raghav Iyer; material pilot only",
     [("CWSB_PO_2024_140.pdf", _c16_po), ("ADS-TQ-24-088_rev1.pdf", _c16_qt)])


# c17: Chilean utility WhatsApp with a scoped go-ahead and a later status question.
_c17 = """08/05/2024, 09:05 - Camila Rojas: Hola Srinivas! OC-ADD-2024-0166 sent by mail. Go ahead with the 3 prototype cartridge filter housings only
08/05/2024, 09:06 - Camila Rojas: The other 57 housings of your offer stay on hold until the pilot plant test is signed off and I send you my written release (Camila Rojas). Material for the 3 only please 🙏
08/05/2024, 09:30 - Srinivas Rao: Good morning Madam 🙏 understood, only 3 prototypes, material for 3 only. Balance 57 waits for your written release
08/05/2024, 09:31 - Srinivas Rao: Drawing in 3 days
11/05/2024, 12:14 - Srinivas Rao: ‎GA_DC-ADD-0166_rev0.pdf (file attached)
13/05/2024, 08:50 - Ignacio Fuentes: Srinivas, closure must be swing-bolt, not clamp. Otherwise ok
13/05/2024, 09:02 - Srinivas Rao: Noted sir, rev1 today
04/06/2024, 17:45 - Srinivas Rao: Prototypes hydrotested today at 15 bar, videos attached. Any news on the 57?
04/06/2024, 17:46 - Srinivas Rao: ‎VID-20240604-WA0004.mp4 (file attached)
04/06/2024, 18:10 - Camila Rojas: Not yet, the pilot runs until 15 July. Nothing on the 57 before my written release please
04/06/2024, 18:12 - Srinivas Rao: Ok Madam 👍
"""
case("c17_cl_in_whatsapp_scoped_go_ahead", [],
     "go ahead with the 3 prototypes only; 57 on hold until pilot sign-off and Camila's written release; material 3 only",
     [("WhatsApp_Chat_-_OC-ADD-2024-0166_cartridge_housings.txt", _c17)])


# c18: US utility production release letter: 20 released after FAT, 25 held for release No. 2.
_c18 = pdf([
    ("h1", "PRODUCTION RELEASE No. 1"),
    ("p", "Cedar Valley Water Utility - Purchasing - 2200 River Rd, Cedar Falls, IA 50613"),
    ("table", [["To", "Daehan Composite Vessels Co., Ltd. - attn. Kim Min-jun"], ["PO", "7800045412"],
               ["Item", "FRP pressure vessel 8in x 7M, 450 psi, drawing DCV-CV-8450 rev C"], ["Date", "07/02/2024"]]),
    ("sp",),
    ("p", "Following FAT sign-off FAT-DCV-412 of June 26, 2024 (3 prototype vessels), Cedar Valley Water releases "
          "twenty (20) production vessels for manufacture."),
    ("p", "Balance: the remaining 25 production vessels stay on hold. They will be released only by Production "
          "Release No. 2, which requires sign-off of the UF pilot skid performance test and will be issued in writing "
          "by Karen Blake, Purchasing Manager."),
    ("p", "Material authority: material for the 20 released vessels only."),
    ("table", [["", "Quantity"], ["Prototypes (PO line 1, delivered)", "3"], ["Released by this notice", "20"],
               ["On hold (balance)", "25"], ["Total on PO", "48"]]),
    ("sp",),
    ("p", "Authorized by: Karen Blake, Purchasing Manager"),
], pagesize=LETTER, title="Production Release 1 - PO 7800045412", author="Cedar Valley Water Utility")
case("c18_us_kr_release_letter_20_of_45", [],
     "release of 20 after FAT sign-off by Karen Blake; 25 held until release No. 2 after pilot test; material 20",
     [("Production_Release_1_PO_7800045412.pdf", _c18)])


# c19: German EPC stop notice: nothing may start until lifted by a named person after drawing sign-off.
_c19_body = """Dear Ms. Wang,

STOP NOTICE - order 4500092210 - cartridge filter housings, WW Neckartal

With immediate effect, please stop all work on order 4500092210, including the sample housing
released on 02.05.2024. Reason: design change of the nozzle orientation following our
client's comments on drawing WJ-HT-2210 rev C.

While this stop is in force, nothing may be started, cut, welded or purchased for this order.
Quantity authorized now: none (0). The series quantity (23 housings) remains not released as
before.

The stop will be lifted only by a written notice from Dr. Thomas Brenner, Head of Procurement,
after the revised drawing rev D has been signed off by our engineering.

Please confirm receipt of this stop notice and report the status of the sample housing (cut
plates, welded parts) by Friday.

Mit freundlichen Grüßen
Stefan Krüger
Strategischer Einkauf
Hydrotec Anlagenbau GmbH | Heilbronner Str. 150 | 70191 Stuttgart
Tel. +49 711 4092 336
Geschäftsführer: Dr. M. Kessler | Amtsgericht Stuttgart HRB 71 144
"""
case("c19_de_cn_stop_notice", [],
     "stop notice: quantity authorized now none, series not released, stop lifted only by Dr. Brenner after rev D sign-off",
     [eml_file("STOP_NOTICE_4500092210.eml", mail(
         "Stefan Krüger <s.krueger@hydrotec-anlagenbau.de>", "Cathy Wang <cathy.wang@jinhai-pv.com>",
         "STOP NOTICE - order 4500092210", "Wed, 12 Jun 2024 08:05:00 +0200", _c19_body,
         cc="Dr. Thomas Brenner <t.brenner@hydrotec-anlagenbau.de>"))])


# c20: Saudi EPC RFQ page: prototype and series quantities asked for pricing; explicitly not an order.
_c20 = html_page("Al-Rawabi e-Sourcing - RFQ-ARW-24-0133", """
<h2>Al-Rawabi Water Contracting Co. &mdash; e-Sourcing</h2>
<h3>Request for Quotation RFQ-ARW-24-0133</h3>
<p>Project: Jafurah Gas Field Water Treatment &mdash; Multimedia and cartridge filtration<br>
Closing date: 20/06/2024 14:00 AST &middot; Buyer: Mohammed Al-Shehri</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty to quote</th><th>Remarks</th></tr>
<tr><td>1</td><td>Prototype cartridge filter housing SS316L, 40 x 40&quot;, 10 barg, incl. hydrotest + TPI</td><td>2</td><td>for FAT</td></tr>
<tr><td>2</td><td>Series cartridge filter housing, same design</td><td>36</td><td>price for planning; subject to separate order</td></tr>
<tr><td>3</td><td>Spare cartridge set (first fill)</td><td>38</td><td>optional</td></tr>
</table>
<p class="note">This RFQ is not an order. It does not authorize any work, any material purchase or any cost at
Al-Rawabi's expense. Bidders shall quote lead times for items 1 and 2 separately.</p>
<p>Attachments: SPC-2318-M-014 (cartridge filter specification), Datasheet DS-CF-301 rev 2, Vendor Document Requirement List.</p>
""")
case("c20_sa_rfq_prototype_and_series", [],
     "RFQ asking prices for 2 prototypes and 36 series; explicitly not an order, no authorization",
     [("RFQ-ARW-24-0133.html", _c20)])


# ---------------------------------------------------------------- p47
# Indian EPC project WhatsApp: "release" for the PO in SAP, the GA drawing, the advance payment
# and the balance skids; later an unscoped "Yes proceed" to a pump-ordering question.
_p47 = """[10/06/24, 10:02:15 AM] Priya Menon: Good morning all. PO SAI/PO/2024/0744 released in SAP today for 1 (one) pilot UF backwash skid
[10/06/24, 10:03:02 AM] Priya Menon: Balance 5 skids NOT released. They will be released only after pilot FAT sign-off, by written release from Suresh sir (Mr. Suresh Nair, DGM Procurement)
[10/06/24, 10:10:44 AM] Amit Shah: Thank you madam 🙏 noted, 1 pilot skid
[12/06/24, 4:45:10 PM] Amit Shah: GA drawing rev 2 + P&ID submitted on mail. Kindly release
[13/06/24, 11:20:31 AM] Priya Menon: GA rev 2 released with comments (Code 2). Pump NPSH calc still pending
[13/06/24, 11:24:02 AM] Amit Shah: Will send NPSH calc by evening madam
[14/06/24, 6:02:55 PM] Rakesh Gupta: Amit ji, payment release for the 10% advance done today from our accounts
[14/06/24, 6:10:12 PM] Amit Shah: Thank you sir 🙏
[17/06/24, 9:15:40 AM] Amit Shah: Sir, pump vendor (KSB) is asking final confirmation for the backwash pumps, lead time 10 weeks. Shall we proceed?
[17/06/24, 9:32:05 AM] Rakesh Gupta: Yes proceed 👍
[17/06/24, 9:33:11 AM] Amit Shah: 👍👍
"""
case("p47_in_in_whatsapp_release_four_ways_yes_proceed", ["RG002", "RG009"],
     "'release' used for PO in SAP, GA drawing, advance payment and balance skids; unscoped 'Yes proceed' on pumps",
     [("WhatsApp_Chat_-_Minjur_UF_backwash_skids.txt", _p47)])


# ---------------------------------------------------------------- p48
# Indian EPC letter: "approval" for the drawing (technical), revised price (commercial) and
# manufacture (production). Scope, hold, event and person present.
_p48 = pdf([
    ("p", "SAGAR AQUA INFRA PVT. LTD. - 4th Floor, Olympia Tech Park, Guindy, Chennai 600 032"),
    ("p", "Ref: SAI/PUR/VB/2024/041          Date: 12.06.2024"),
    ("p", "To: Valvole Brianza S.p.A., Monza, Italy - Kind attn.: Mr. Marco Colombo"),
    ("h", "Sub: Approval status - PO SAI/PO/2024/0690 - DN 800 butterfly valves - Nemmeli SWRO intake"),
    ("p", "Dear Sir,"),
    ("p", "With reference to the above PO, please note the status of approvals as on date:"),
    ("table", [["No.", "Item", "Status"],
               ["1", "Drawing approval", "GA drawing VB-SAI-690 rev C: approval given (Code A) by our engineering."],
               ["2", "Commercial approval", "Revised price EUR 18.450,00 per valve: approval accorded by our Management on "
                                            "10.06.2024."],
               ["3", "Approval to manufacture", "Granted for the 2 (two) prototype valves only. The balance 22 valves do "
                                                "not have approval to manufacture. They will get approval to manufacture "
                                                "only after FAT sign-off of the prototypes, through written approval by "
                                                "Mr. Suresh Nair, DGM Procurement."]]),
    ("sp",),
    ("p", "Kindly submit the revised QAP incorporating the seat leakage test as per EN 12266-1 rate A and confirm the FAT "
          "date at Monza."),
    ("p", "Thanking you, Yours faithfully, for Sagar Aqua Infra Pvt. Ltd."),
    ("p", "K. Venkatesh, Manager - Purchase"),
], title="SAI/PUR/VB/2024/041", author="Sagar Aqua Infra")
case("p48_in_it_letter_approval_three_meanings", ["RG009"],
     "'approval' used for drawing (technical), revised price (commercial) and manufacture (production release)",
     [("SAI-PUR-VB-2024-041_approval_status.pdf", _p48)])


# ---------------------------------------------------------------- p49
# German utility email: "release" for the sample (technical), budget (commercial) and production.
_p49_body = """Sehr geehrter Herr Colombo,

short status on our order 4500088455 (2 sample knife gate valves DN 500 PN 10):

- Sample release (Bemusterungsfreigabe): the two sample valves passed the shell and seat
  leakage test on 11.06.; the sample release from our quality department is done.
- Budget release (Budgetfreigabe) for the series from our controlling: still pending,
  expected end of June.
- Production release for the 40 series valves: NOT given. The 40 valves stay on hold until
  Dr. Anja Vogt signs the written production release, which she will do after the budget
  release.

Please do not start anything for the series yet. The two sample valves can be shipped to
Klärwerk Lindenau-Süd, Tor 2, delivery note with our order number please.

Mit freundlichen Grüßen
Jens Hartmann
Projektingenieur Wasseraufbereitung
Stadtwerke Lindenau GmbH | Am Wasserturm 4 | 04179 Leipzig | Tel. +49 341 9120 447
"""
case("p49_de_it_release_three_meanings", ["RG009"],
     "'release' used for sample (technical), budget (commercial) and production release",
     [eml_file("Status_4500088455_Freigaben.eml", mail(
         "Jens Hartmann <j.hartmann@stadtwerke-lindenau.de>", "Marco Colombo <m.colombo@valvolebrianza.it>",
         "Status Bestellung 4500088455 - Freigaben", "Thu, 13 Jun 2024 14:26:00 +0200", _p49_body,
         cc="Dr. Anja Vogt <a.vogt@stadtwerke-lindenau.de>"))])


# ---------------------------------------------------------------- p50
# Chilean utility PDF PO: prototype quantity "según cotización" - no number anywhere; hold, event,
# person and material authority present.
_p50 = pdf([
    ("h1", "ORDEN DE COMPRA / PURCHASE ORDER"),
    ("p", "Aguas del Desierto S.A. - Av. Grecia 1360, Antofagasta, Chile - RUT 96.812.440-7"),
    ("table", [["OC N°", "OC-ADD-2024-0187"], ["Fecha / Date", "29/05/2024"],
               ["Proveedor / Supplier", "Idroplast Membrane Housings S.r.l., Castel Mella (BS), Italia"],
               ["Proyecto / Project", "Desaladora Caleta Norte - Etapa piloto"],
               ["Cotización / Quotation", "IMH-OF-24-201"]]),
    ("sp",),
    ("table", [["Ítem", "Descripción / Description", "Cantidad / Qty", "Precio unit. / Unit price", "Total"],
               ["1", "Prototype 8in RO membrane housing, 1000 psi, end port, 7 elements, FRP, NSF/ANSI 61",
                "según cotización / as per quotation", "EUR 2.340,00", "según cotización"]]),
    ("sp",),
    ("h", "Condiciones / Conditions"),
    ("p", "1. The series quantity is not released with this OC."),
    ("p", "2. The series will be released only after FAT sign-off of the prototype(s) and a written release from "
          "Camila Rojas, Jefa de Proyecto."),
    ("p", "3. Material authority: prototype(s) only."),
    ("p", "4. Entrega / Delivery: CFR Antofagasta, 8 semanas. Pago / Payment: 30 días fecha factura."),
    ("p", "5. Documentos: certificado NSF/ANSI 61, informe de prueba hidrostática, dossier de calidad."),
], title="OC-ADD-2024-0187", author="Aguas del Desierto")
case("p50_cl_it_po_qty_segun_cotizacion", ["RG010"],
     "prototype quantity given only as 'según cotización / as per quotation', no number in the bundle",
     [("OC-ADD-2024-0187.pdf", _p50)])


# ---------------------------------------------------------------- p51
# US utility engineer (text + HTML): "please start the pilot lot" - no quantity, nothing on the
# balance, no event, no release person.
_p51_text = """Hi Cathy,

Following our Teams call on Tuesday, please start the pilot lot of the 316 SS bag filter housings
for the Eastside plant (size #2 bags, 150 psi, 4" flanged inlet/outlet). We'd like them on site
before the July shutdown.

Purchasing will send you the PO number shortly. Drawing CV-BFH-2 rev A and the coating spec are
attached to the Teams meeting notes.

Thanks!
Jason

--
Jason Okafor, P.E.
Process Engineer, Eastside WTP | Cedar Valley Water Utility | (319) 555-0177
"""
_p51_html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Hi Cathy,</p>
<p>Following our Teams call on Tuesday, please start the <b>pilot lot</b> of the 316 SS bag filter housings
for the Eastside plant (size #2 bags, 150 psi, 4&quot; flanged inlet/outlet). We'd like them on site before
the July shutdown.</p>
<p>Purchasing will send you the PO number shortly. Drawing CV-BFH-2 rev A and the coating spec are attached
to the Teams meeting notes.</p>
<p>Thanks!<br>Jason</p>
<p style="color:#666">Jason Okafor, P.E.<br>Process Engineer, Eastside WTP | Cedar Valley Water Utility | (319) 555-0177</p>
</body></html>"""
case("p51_us_cn_start_pilot_lot_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "'please start the pilot lot' with no quantity, no hold on the balance, no unlock event, no release person",
     [eml_file("Pilot_lot_bag_filter_housings_Eastside.eml", mail(
         "Jason Okafor <jokafor@cedarvalleywater.org>", "Cathy Wang <cathy.wang@jinhai-pv.com>",
         "Pilot lot - bag filter housings Eastside", "Thu, 16 May 2024 15:02:00 -0500", _p51_text,
         html=_p51_html))])


# ---------------------------------------------------------------- p54
# Chilean utility technical query: vendor proposes to start winding shells; response "Approved."
_p54 = docx_bytes([
    ("h1", "TECHNICAL QUERY TQ-007"),
    ("table", [["Project", "Desaladora Caleta Norte (Aguas del Desierto S.A.)"],
               ["OC / PO", "OC-ADD-2024-0152"], ["Vendor", "Daehan Composite Vessels Co., Ltd."],
               ["Date raised / answered", "03/06/2024 / 05/06/2024"]]),
    ("p", "PO scope (for reference): OC-ADD-2024-0152 covers two (2) prototype RO pressure vessels. The balance of 62 "
          "vessels is not released; its release requires FAT sign-off of the prototypes and a written release from "
          "Camila Rojas, Jefa de Proyecto."),
    ("sp",),
    ("table", [["No.", "Vendor query", "Response"],
               ["1", "Vendor proposes to change the side-port material from duplex 2205 to super duplex 2507 at no extra "
                     "cost, and to start winding the shells per drawing DCV-ADD-152 rev C.", "Approved."],
               ["2", "Please confirm paint colour of the vessel.", "RAL 5015."],
               ["3", "Packing: export wooden crate or steel frame?", "Steel frame, 4 vessels per frame, ISPM-15 not required."]]),
    ("sp",),
    ("p", "Answered by: Ignacio Paredes, Ingeniero de Proyecto, Aguas del Desierto S.A."),
], author="Aguas del Desierto")
case("p54_cl_kr_tq_approved_start_winding", ["RG002"],
     "TQ response 'Approved.' to starting to wind the shells, with no quantity or prototype scope",
     [("TQ-007_OC-ADD-2024-0152.docx", _p54)])


# ================================================================ clean c21-c24
# c21: Indian FRP maker's status report (TXT attachment): material for the 2 samples only, series waits.
_c21_rep = """DECCAN COMPOSITES PVT. LTD. - WEEKLY STATUS REPORT No. 3
Customer : Aguas del Desierto S.A. (Chile)      Order : OC-ADD-2024-0171
Item     : FRP filter vessel 48" x 72", 150 psi, NSF/ANSI 61
Date     : 14.06.2024                           Prepared by: Srinivas Rao

SCOPE AS PER ORDER
  Samples released ............ 2 vessels
  Series (18 vessels) ......... NOT released - waiting for written release from
                                Ms. Camila Rojas after pilot plant sign-off

PROGRESS - SAMPLES
  Liner blow moulding ......... done
  Filament winding ............ done (both vessels)
  Curing / trimming ........... done
  Hydrotest 1.5 x DP .......... planned 19.06.2024 (witness: Bureau Veritas India)

MATERIAL
  Vinyl ester resin, E-glass roving, PE liner material: bought for the 2 samples only.
  Nothing purchased or reserved for the 18 series vessels.

SERIES
  Not started. We will plan the series only after receipt of the written release.
"""
_c21_body = """Dear Madam Camila,

Greetings from Hyderabad! Please find attached our weekly status report no. 3 for
OC-ADD-2024-0171. Hydrotest of the two sample vessels is planned on 19 June.

Kindly confirm whether your inspector will attend online or in person.

With warm regards,
Srinivas Rao
Manager - Exports, Deccan Composites Pvt. Ltd. | +91 98490 33412
"""
case("c21_in_cl_status_report_material_samples_only", [],
     "supplier status report: 2 samples, material for 2 only, series 18 not started, waits for Camila's written release",
     [eml_file("Weekly_status_3_OC-ADD-2024-0171.eml", mail(
         "Srinivas Rao <srinivas.rao@deccancomposites.in>", "Camila Rojas <crojas@aguasdeldesierto.cl>",
         "Weekly status report no. 3 - OC-ADD-2024-0171", "Fri, 14 Jun 2024 17:55:00 +0530", _c21_body,
         attachments=[("DC_status_report_03_OC-ADD-2024-0171.txt", _c21_rep, "text/plain")]))])


# c22: US filter brand chat: scope stated, later a planning question about lead time ("not a go-ahead").
_c22 = """[6/3/24, 7:45:02 AM] Megan Sorensen: Arun, PO CSF-PO-32140 just went out: 50 sample cartridges CS-MB-10SL-20 only
[6/3/24, 7:45:40 AM] Megan Sorensen: The other 9,950 on the quote are on hold - nothing before the NSF/ANSI 42 test is signed off AND you get my written release (Megan Sorensen)
[6/3/24, 7:46:12 AM] Megan Sorensen: Material for the 50 only pls
[6/3/24, 8:20:33 AM] Arun Kumar: Good morning Megan ji 🙏 noted, 50 samples only, material for 50
[6/3/24, 8:21:10 AM] Arun Kumar: Samples ready by 14th
[6/18/24, 10:02:45 AM] Arun Kumar: ‎<attached: 00000041-PHOTO-2024-06-18-10-02-45.jpg>
[6/18/24, 10:03:01 AM] Arun Kumar: 50 samples shipped DHL 7781 2290 4410
[6/20/24, 2:14:19 PM] Megan Sorensen: Thanks! Quick q - if we release the 9,950 after the NSF run in August, what lead time are we looking at? Not a go-ahead, just planning
[6/20/24, 2:40:51 PM] Arun Kumar: Approx 5 weeks from your written release Megan ji, ex works Coimbatore
[6/20/24, 2:41:30 PM] Megan Sorensen: 👍 perfect
"""
case("c22_us_in_chat_planning_question", [],
     "50 samples only, 9,950 held until NSF sign-off and Megan's written release; later question about lead time",
     [("WhatsApp_Chat_with_Arun_Kumar_-_CSF-PO-32140.txt", _c22)])


# c23: Indian EPC DOCX PO with a sample line and a production line flagged as commercial cover only.
_c23 = docx_bytes([
    ("h1", "PURCHASE ORDER"),
    ("p", "Sagar Aqua Infra Pvt. Ltd. | 4th Floor, Olympia Tech Park, Guindy, Chennai 600 032 | GSTIN 33AAECS4412K1Z8"),
    ("table", [["PO No.", "SAI/PO/2024/0803"], ["Date", "11.06.2024"],
               ["Vendor", "Idroplast Membrane Housings S.r.l., Castel Mella (BS), Italy"],
               ["Project", "Pattipulam 400 MLD SWRO - Energy recovery / second pass"],
               ["Vendor offer", "IMH-OF-24-188 rev 1"]]),
    ("sp",),
    ("table", [["Line", "Description", "Qty", "Scope", "Status", "Amount (EUR)"],
               ["10", "RO pressure vessel 8in x 7E, 1200 psi, side port 3in - prototype incl. FAT", "2", "Sample",
                "Released", "8.640,00"],
               ["20", "RO pressure vessel 8in x 7E, 1200 psi, side port 3in - series", "38", "Production",
                "NOT RELEASED - commercial cover only", "149.340,00"]]),
    ("sp",),
    ("h", "Scope notes"),
    ("num", "Line 10: two (2) prototype vessels are released for manufacture."),
    ("num", "Line 20 gives commercial cover only. The 38 series vessels are not released."),
    ("num", "Production of line 20 requires FAT sign-off of the line 10 prototypes and a written release from "
            "Mr. Suresh Nair, DGM Procurement."),
    ("num", "Material authority: sample-only (line 10)."),
    ("num", "Delivery: CIF Chennai; prototypes 8 weeks. Inspection by TPI (Bureau Veritas) - hydrotest and FAT witness."),
    ("sp",),
    ("p", "For Sagar Aqua Infra Pvt. Ltd. - Authorised Signatory"),
], author="Sagar Aqua Infra")
case("c23_in_it_po_sample_and_production_lines", [],
     "line 10: 2 prototypes released; line 20: 38 commercial cover only, needs FAT sign-off + Suresh Nair; material sample-only",
     [("SAI-PO-2024-0803.docx", _c23)])


# c24: Korean supplier acknowledges Release R-02 (10 vessels), builds and buys for 10 only (text + HTML).
_c24_quoted = """Dear Mr. Park,

Following FAT sign-off FAT-HMT-0160-01 of the prototype vessels, EPWS hereby releases ten (10)
RO pressure vessels under PO EPWS-PO-2024-0160 (Release R-02). Material authority: the 10
released vessels only.

The remaining 24 vessels stay on hold until Release R-03, which will be issued in writing by me
after Train 1 commissioning.

Regards,
Eng. Khalid Al-Otaibi
Procurement Manager, EPWS"""
_c24_text = """Dear Eng. Khalid,

Thank you. We acknowledge Release R-02 under PO EPWS-PO-2024-0160 for ten (10) RO pressure
vessels. We will build 10 vessels only and purchase material for these 10 only.

The remaining 24 vessels stay on hold until we receive your Release R-03 in writing.

Delivery of the 10 vessels: 9 weeks, DDP Ras Al-Khair site store. The ITP for the series is
attached to our next mail.

Best regards,
Park Ji-hoon
Export Sales Manager, Hanul Membrane Tech Co., Ltd. | +82 55 338 7012

""" + wrote("Eng. Khalid Al-Otaibi <k.alotaibi@epws.com.sa>", "Sun, 16 Jun 2024 at 10:12", _c24_quoted)
_c24_html = ("<html><body style=\"font-family:Malgun Gothic,Arial,sans-serif\">"
             "<p>Dear Eng. Khalid,</p><p>Thank you. We acknowledge Release R-02 under PO EPWS-PO-2024-0160 for "
             "<b>ten (10)</b> RO pressure vessels. We will build 10 vessels only and purchase material for these 10 "
             "only.</p><p>The remaining 24 vessels stay on hold until we receive your Release R-03 in writing.</p>"
             "<p>Delivery of the 10 vessels: 9 weeks, DDP Ras Al-Khair site store. The ITP for the series is attached "
             "to our next mail.</p><p>Best regards,<br>Park Ji-hoon<br>Export Sales Manager, Hanul Membrane Tech Co., "
             "Ltd. | +82 55 338 7012</p><blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">"
             + escape(_c24_quoted).replace("\n", "<br>") + "</blockquote></body></html>")
case("c24_kr_sa_ack_release_r02", [],
     "supplier acknowledges release of 10, builds and buys for 10 only; quoted release holds 24 until Khalid's R-03",
     [eml_file("RE_Release_R-02_EPWS-PO-2024-0160.eml", mail(
         "Park Ji-hoon <jh.park@hanulmembrane.co.kr>", "Eng. Khalid Al-Otaibi <k.alotaibi@epws.com.sa>",
         "RE: Release R-02 - PO EPWS-PO-2024-0160", "Mon, 17 Jun 2024 09:40:00 +0900", _c24_text,
         html=_c24_html, in_reply_to="<rn-r02-0160@epws.com.sa>"))])


# === END CASES ===


def _safe(stem):
    return re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(102102).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = _safe(Path(c["files"][0][0]).stem)
        folder = f"h102_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True,
                                                 ensure_ascii=False) + "\n", encoding="utf-8")
    from collections import Counter
    cnt = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean}")
    for r in sorted(cnt):
        print(f"  {r}: {cnt[r]}")


if __name__ == "__main__":
    main()
