#!/usr/bin/env python3
"""Generator for the releasegate check_holdout55 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout55/build.py

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
import textwrap
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
    m["Message-ID"] = msgid or f"<h55-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h55")
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



# ------------------------------------------------------------------ own helpers
def D(s):
    """dedent a triple-quoted block and drop the first newline"""
    return textwrap.dedent(s).lstrip("\n")


def quote(text, depth=1):
    """prefix every line with '>' (reply quoting)"""
    p = ">" * depth
    return "\n".join((p + " " + ln) if ln.strip() else p for ln in text.rstrip("\n").splitlines()) + "\n"


def htmlify(text):
    """simple HTML alternative for an email text part"""
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "".join("<p>" + escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return ("<html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + body + "</body></html>\n")


def table_html(rows):
    out = ["<table>"]
    out.append("<tr>" + "".join(f"<th>{escape(str(c))}</th>" for c in rows[0]) + "</tr>")
    for r in rows[1:]:
        out.append("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


TXT_MT = "text/plain"
HTML_MT = "text/html"


def gulf_sig(name, title, company, phone):
    return (f"\n-- \n{name}\n{title}\n{company}\n{phone}\n\n"
            "DISCLAIMER: This message and its attachments are confidential and intended for the "
            "addressee only. Any views expressed are those of the sender and not necessarily of the "
            "company. Please consider the environment before printing this e-mail.\n")


# ====================================================================== CLEAN
# c01 - supplier quote with FAT lot and production lot tiers (no authorisation in bundle)
case("c01_quote_tiers", [], "supplier quote alone: FAT and production tiers, no authorized quantity, nothing authorizes",
     [("VB-24-0418_rev1_offer.pdf", pdf([
         ("h1", "VALVOLE BRIANZA S.r.l."),
         ("p", "Via Lecco 114, 20862 Arcore (MB), Italia - P.IVA IT 04417250963 - ISO 9001:2015 - API 6D Licence 6D-1187"),
         ("h", "OFFERTA / QUOTATION No. VB-24-0418 Rev. 1"),
         ("p", "Date: 17.04.2024. Your enquiry: RFQ MPC-RFQ-24-0092 / MR-MPC-3310-014. "
               "Attn.: Mr. Hamad Al-Marri, Procurement Section, Mesaieed Petrochemical Co., Mesaieed Industrial City, Qatar."),
         ("p", "Dear Mr. Al-Marri, with reference to your above enquiry and to the clarifications of the TBE "
               "meeting held on 11.04.2024, we are pleased to submit our best offer for trunnion mounted ball "
               "valves. As requested in the MR, the offer is split into a FAT lot (first valves for the factory "
               "acceptance test witnessed by your TPI) and a production lot."),
         ("table", [
             ["Item", "Description", "FAT lot qty", "Production lot qty", "Unit price EUR", "Delivery"],
             ["10", "TMBV 6\" CL600 RF, body ASTM A105N + ENP 75 micron, trim 17-4PH, API 6D / API 6FA fire-safe, NACE MR0175 / ISO 15156-3",
              "2", "46", "8.450,00", "FAT lot 10 wks ARO; production 16 wks after your written production release"],
             ["20", "TMBV 3\" CL600 RF, same specification as item 10", "1", "22", "4.980,00", "as item 10"],
             ["30", "TMBV 10\" CL300 RF, LTCS ASTM A350 LF2 Cl.1, impact tested at -46 C", "1", "11", "13.720,00", "as item 10"],
         ]),
         ("sp",),
         ("h", "Commercial and technical notes"),
         ("p", "1. Prices EXW Arcore (Incoterms 2020), seaworthy packing included. Offer validity 60 days."),
         ("p", "2. Production lot quantities are quoted for price reference. They become binding only with your "
               "purchase order and your written production release."),
         ("p", "3. Inspection per your ITP. TPI (Bureau Veritas) at buyer's cost. MTC EN 10204 3.1 for all pressure "
               "retaining parts, 100% PMI on alloy components, hydrostatic shell and seat test per API 6D."),
         ("p", "4. Payment: 30% against order acknowledgement, 70% against shipping documents, by bank transfer."),
         ("p", "5. Documentation per your VDRL: GA drawings and calculations within 3 weeks of PO."),
         ("p", "6. Deviations: none, except painting system Jotun in lieu of Hempel (equivalent, see TBE answer 14)."),
         ("sp",),
         ("p", "Distinti saluti / Best regards"),
         ("p", "Ing. Paolo Ronchi - Sales Manager Oil & Gas - paolo.ronchi@valvolebrianza.it - +39 039 601 2277"),
     ], title="Quotation VB-24-0418 Rev 1", author="Valvole Brianza"))])

# c02 - supplier question about the balance (question, not an approval)
case("c02_supplier_question", [], "supplier's question whether the balance has a go-ahead; nothing authorized, no material bought",
     [("RE_PO_4510098821_spectacle_blinds.eml", eml_bytes(mail(
         "Park Ji-hoon <jh.park@hanseong-pi.co.kr>",
         "Faisal Al-Qahtani <faisal.alqahtani@jcrc-refining.com.sa>",
         "RE: PO 4510098821 - Spectacle blinds 10in CL300 - sample status / next step",
         "Tue, 14 May 2024 16:41:00 +0900",
         D("""
         Dear Mr. Faisal,

         Good day to you.

         Reference is made to your PO 4510098821 for spectacle blinds 10" CL300 RTJ,
         ASTM A516 Gr.70N, per JCRC standard drawing SD-P-0412 Rev.3.

         We are pleased to inform that the 4 (four) sample spectacle blinds passed the
         TPI witness inspection (visual, dimensional, UT of plate) on 14 May 2024.
         SGS inspection certificate no. SGS-KR-24-05517 and MTC EN 10204 3.1 are
         uploaded to your supplier portal. Samples will be packed and ready for
         pick-up on 20 May.

         We would like to plan our shop loading for June. Kindly advise: do we have
         a go-ahead for the balance 36 pcs, or should we wait for your written release
         from Mr. Khalid Al-Mutairi after your FAI sign-off? Until we receive your
         instruction in writing we will not cut any plate for the 36 pcs.

         Your early reply will be highly appreciated.

         Best regards,
         Park Ji-hoon (Mr.)
         Assistant Manager, Overseas Sales Team
         Hanseong Precision Industries Co., Ltd.
         88 Woni-daero, Seongsan-gu, Changwon, Gyeongnam, Korea
         Tel +82 55 281 4470 / Mobile +82 10 4417 2093
         """))))])

# c03 - labelled forecast, ERP printout
case("c03_forecast_erp", [], "ERP planning forecast clearly labelled non-binding, not an order, no authority",
     [("BCR_forecast_Q3-24_Q2-25.txt", D("""
     BAYOU CITY REFINING LLC                                        PAGE   1 OF   1
     1400 RED BLUFF RD, PASADENA TX 77506                   RUN 05/06/2024 07:12 CST
     ================================================================================
                  MATERIAL PLANNING FORECAST  --  NON-BINDING  --  NOT A PURCHASE ORDER
     ================================================================================
     SUPPLIER ...: 0000512290  GULF COAST SEALING PRODUCTS INC, LA PORTE TX
     PLANNER ....: D. KOWALSKI  (281) 555-0177   dkowalski@bayoucityref.com
     HORIZON ....: Q3-2024 THRU Q2-2025            UOM: EA
     --------------------------------------------------------------------------------
     MATERIAL     DESCRIPTION                          Q3-24   Q4-24   Q1-25   Q2-25
     ------------ ---------------------------------- ------- ------- ------- -------
     GSK-SW-0403  SPW GSKT 4" CL300 316L/GRAPH IR+OR      120     180     240     120
     GSK-SW-0603  SPW GSKT 6" CL300 316L/GRAPH IR+OR       80     140     200      80
     GSK-SW-0815  SPW GSKT 8" CL1500 INC625/GRAPH           20      60      60      20
     GSK-RJ-R045  RTJ GSKT R-45 OVAL SOFT IRON 90HB          40      40     110      40
     GSK-KP-1203  KAMMPROFILE 12" CL300 316L/GRAPH          16      24      64      16
     --------------------------------------------------------------------------------
     Q4-24 AND Q1-25 INCLUDE THE PLANNED TURNAROUND OF CRUDE UNIT 2 (TA-25).

     THESE QUANTITIES ARE PLANNING ESTIMATES FOR SUPPLIER CAPACITY PLANNING ONLY.
     THEY ARE NOT ORDERS AND NOT COMMITMENTS. THEY GIVE NO AUTHORITY TO PRODUCE
     OR TO BUY MATERIAL. PURCHASE ORDERS AND RELEASES WILL BE ISSUED SEPARATELY
     BY BCR PURCHASING. QUESTIONS: D. KOWALSKI, MATERIALS PLANNER.
     *** END OF REPORT ***
     """))])

# c04 - complete sample PO, long line table
_c04_lines = [
    ["Line", "Material / description", "Scope", "Qty", "UoM", "Unit SAR", "Amount SAR"],
    ["10", "Stud bolt ASTM A193 B7M c/w 2 hvy hex nuts A194 2HM, 7/8\" x 160 mm, PTFE coated, NACE MR0175", "SAMPLE", "20", "EA", "14.60", "292.00"],
    ["20", "Stud bolt ASTM A193 B7M c/w 2 nuts A194 2HM, 1\" x 180 mm, PTFE coated", "SAMPLE", "20", "EA", "19.25", "385.00"],
    ["30", "Stud bolt ASTM A320 L7 c/w 2 nuts A194 Gr.7, 1-1/8\" x 220 mm, Xylan 1070, impact -101 C", "SAMPLE", "20", "EA", "31.40", "628.00"],
    ["40", "Stud bolt ASTM A453 Gr.660 Cl.D c/w 2 nuts A453 Gr.660, 3/4\" x 140 mm", "SAMPLE", "20", "EA", "58.90", "1,178.00"],
    ["50", "Stud bolt ASTM A193 B8M Cl.2 c/w 2 nuts A194 8M, 5/8\" x 110 mm", "SAMPLE", "20", "EA", "12.10", "242.00"],
    ["60", "Stud bolt ASTM A193 B16 c/w 2 nuts A194 Gr.4, 1-1/4\" x 250 mm, HDG", "SAMPLE", "20", "EA", "44.75", "895.00"],
    ["", "", "", "120", "EA", "Total", "3,620.00"],
]
case("c04_sample_po_lines", [], "sample PO for 120 EA (20 per line), balance 4,880 not released, revised PO after FAI sign-off signed by named manager, material sample-only",
     [("PO_7200045318_rev0.pdf", pdf([
         ("h1", "AL-JAZIRA PROCESS ENGINEERING CO."),
         ("p", "P.O. Box 10211, Jubail Industrial City 31961, Kingdom of Saudi Arabia - CR 2055012876 - VAT 300118842200003"),
         ("h", "PURCHASE ORDER 7200045318 Rev. 0"),
         ("table", [
             ["PO date", "02-May-2024", "Project", "Jubail Aromatics Revamp (JAR-2231)"],
             ["Supplier", "Shree Ganesh Fasteners Pvt. Ltd., Focal Point Phase VIII, Ludhiana 141010, Punjab, India", "MR ref.", "JAR-2231-MR-014 Rev. B"],
             ["Supplier quote", "SGF/Q/24/117 dated 18-Apr-2024", "TBE ref.", "JAR-2231-TBE-014 (technically acceptable)"],
             ["Buyer", "Yousef Al-Zahrani, Procurement Engineer", "Incoterms", "CIF Dammam, Incoterms 2020"],
         ]),
         ("sp",),
         ("table", _c04_lines),
         ("sp",),
         ("h", "Scope of this purchase order"),
         ("p", "This PO covers the sample quantities only: 20 EA per line, 120 EA in total, for first article "
               "inspection (FAI). These 120 EA are the only quantity released for manufacture."),
         ("p", "The production quantities of your quotation SGF/Q/24/117 (4,880 EA in total across lines 10 to 60) "
               "are not released. Do not manufacture them and do not purchase bar or nuts for them. Material "
               "authority under this PO: sample quantity only."),
         ("p", "The production quantities will be released only by a revised PO (Rev. 1) issued after FAI "
               "sign-off by our QA/QC department and signed by Abdullah Al-Shehri, Procurement Manager. No other "
               "document, payment or conversation releases them."),
         ("h", "Inspection and documents"),
         ("p", "ITP JAR-2231-ITP-014: hold point H1 FAI (dimensional, thread gauging, hardness, coating thickness), "
               "witness point W2 PMI 100% on alloy grades. TPI: SGS India. MTC EN 10204 3.1 for bar and nuts. "
               "Packing: wooden cases, max. 50 kg each, marked with PO, line and heat number."),
         ("p", "Delivery of samples: 4 weeks from PO date. Payment: 100% within 60 days of receipt of the samples "
               "and accepted documents."),
         ("sp",),
         ("p", "For Al-Jazira Process Engineering Co. - Yousef Al-Zahrani, Procurement Engineer - "
               "Authorised signatory: Abdullah Al-Shehri, Procurement Manager"),
     ], title="PO 7200045318", author="AJPE Procurement"))])

# c05 - full quantity PO, proceed with all 36, no balance
case("c05_full_po_docx", [], "full-quantity PO: all 36 valves authorized, no sample stage, no balance; proceed is scoped to 36",
     [("DWPU-PO-24-00731.docx", docx_bytes([
         ("h1", "Doha Water & Power Utility - Purchase Order"),
         ("p", "PO No.: DWPU-PO-24-00731     Date: 29 April 2024     Contract: DWPU/T/2023/118 (Ras Abu Fontas pumping station upgrade)"),
         ("p", "Supplier: Lone Star Valve & Controls, 8800 Jensen Drive, Houston, TX 77093, USA"),
         ("p", "Buyer: Hamad Al-Marri, Senior Procurement Specialist"),
         ("table", [
             ["Item", "Description", "Qty", "Unit USD", "Total USD"],
             ["1", "Butterfly valve 36\" AWWA C504 Class 150B, double flanged, ductile iron body, EPDM seat, electric actuator (Rotork IQ)", "12", "21,400.00", "256,800.00"],
             ["2", "Butterfly valve 24\" AWWA C504 Class 150B, same spec as item 1", "16", "11,250.00", "180,000.00"],
             ["3", "Butterfly valve 16\" AWWA C504 Class 150B, gear operator, handwheel", "8", "4,380.00", "35,040.00"],
             ["", "Total", "36", "", "471,840.00"],
         ]),
         ("h", "Scope"),
         ("p", "This purchase order is for the full quantity. It authorises manufacture of all 36 valves listed above. "
               "There is no sample stage and no balance on hold."),
         ("p", "Please proceed with manufacture of all 36 valves per the schedule below and confirm the "
               "schedule in your order acknowledgement."),
         ("li", "Items 1 and 2: ex-works 20 weeks from PO date"),
         ("li", "Item 3: ex-works 14 weeks from PO date"),
         ("h", "Inspection"),
         ("p", "FAT per ITP DWPU-ITP-VLV-07: hydrostatic shell and seat tests per AWWA C504, actuator stroke test, "
               "witnessed by DWPU and TPI (Intertek). Shipment only after the TPI Inspection Release Note (IRN) is issued."),
         ("h", "Commercial"),
         ("p", "Incoterms: CFR Hamad Port. Payment: 90% against shipping documents, 10% after site acceptance. "
               "Performance bond 10% within 30 days of PO. Liquidated damages 0.5% per week, max. 10%."),
         ("p", "Authorised signatory: Hamad Al-Marri, Senior Procurement Specialist, Doha Water & Power Utility"),
     ], author="DWPU Procurement"))])

# c06 - call-off with explicit staged material authority above released quantity
_c06_body = (
    "<h2>NORDVIK OFFSHORE AS - Call-off No. 3</h2>\n"
    "<p>Frame Agreement NO-FA-2023-118 (forged flanges) &nbsp;|&nbsp; Supplier: Forgiatura Padana S.p.A., "
    "Via dell'Industria 41, 26013 Crema (CR), Italia &nbsp;|&nbsp; Date: 06.05.2024</p>\n"
    "<p>Project: Frøya tie-back, topside modification (FTB-TM). Buyer: Ingrid Solheim, Category Manager.</p>\n"
    + table_html([
        ["Item", "Description", "Released by this call-off", "Material authority (staged)", "Delivery"],
        ["1", "WN flange 8\" CL1500 RTJ, ASTM A182 F22 Cl.3, bore to match 0.906\" WT, NORSOK L-005 / M-630 MDS D44", "40 pcs", "up to 160 pcs", "week 30"],
        ["2", "WN flange 4\" CL1500 RTJ, ASTM A182 F51 (duplex), NORSOK M-630 MDS D52", "0 pcs", "none", "-"],
    ])
    + "\n<div class=\"note\"><p><b>Scope.</b> This call-off releases 40 pcs of item 1 for production. Nothing else "
    "is released. The frame agreement estimate (400 pcs of item 1 and 120 pcs of item 2 over the agreement period) "
    "is a non-binding estimate and is not released.</p>\n"
    "<p><b>Material authority.</b> Staged: you may purchase forging stock (F22 billet) for up to 160 pcs of item 1 at "
    "Nordvik's liability, per clause 9.3 of the frame agreement. This material authority does not release production "
    "beyond the 40 pcs.</p>\n"
    "<p><b>Further quantities.</b> Only by the next call-off, signed by Ingrid Solheim, Category Manager. "
    "Call-off 4 is expected after the hardness and impact results of this lot are signed off by our QA.</p></div>\n"
    "<p>Inspection: ITP FTB-TM-ITP-0021, hold point at final inspection, witness by DNV. MTC EN 10204 3.1. "
    "PMI 100%. Marking per NORSOK M-630. Packing: flange faces protected, wooden crates.</p>\n"
    "<p>Delivery DAP Dusavika base, Stavanger. Please acknowledge within 3 working days.</p>\n"
    "<p>Med vennlig hilsen<br>Ingrid Solheim<br>Category Manager, Piping &amp; Valves<br>Nordvik Offshore AS, Stavanger</p>"
)
case("c06_calloff_staged", [], "call-off releases 40, explicit staged material authority up to 160, frame estimate non-binding, next call-off signed by named manager",
     [("NO-FA-2023-118_calloff_03.html", html_page("Call-off No. 3 - NO-FA-2023-118", _c06_body, lang="en"))])

# c07 - explicit recorded auto-conversion
_c07_text = D("""
Dear Ms. Chen,

Further to our call this morning, please find below the agreed arrangement for
PO GS-4400-2291 (spiral wound gaskets, 24 sizes, ASME B16.20, 316L/flexible
graphite, inner and outer ring). It replaces everything said on the phone.

1. Active now: 48 sample gaskets (2 per size). These 48 are released for
   manufacture. Please ship them to our Ruwais yard for the sample test.

2. Recorded auto-conversion: if Eng. Sameer Hassan (QA/QC Lead, Gulfstar) signs
   the sample sign-off as "approved" for all 24 sizes by 30 June 2024, then
   2,400 gaskets (100 per size) are released by that sign-off alone, with no
   further document from us. I record this here as the release authority for
   this PO. A sign-off that is "interim" or "rejected", or that comes after
   30 June 2024, releases nothing.

3. Balance: the remaining 4,800 gaskets (200 per size) are not released. They
   need a written release signed by me after the first 2,400 are delivered and
   accepted at Ruwais.

4. Material authority: sample quantity only until the sign-off; after an
   approved sign-off, material for the 2,400 gaskets.

Please confirm by return that you understand the arrangement in the same way.

Kind regards,
Mariam Al Suwaidi
Procurement Manager (Release Authority, PO GS-4400-2291)
Gulfstar EPC LLC, Al Muroor Road, Abu Dhabi, UAE
Tel +971 2 654 3310
""")
case("c07_auto_conversion", [], "explicit recorded auto-conversion naming quantity, signer, conditions and deadline; balance on hold with named authority",
     [("PO_GS-4400-2291_agreed_arrangement.eml", eml_bytes(mail(
         "Mariam Al Suwaidi <mariam.alsuwaidi@gulfstar-epc.ae>",
         "Chen Lihua <chen.lihua@nbhaitong-seal.cn>",
         "PO GS-4400-2291 - sample gaskets and conversion arrangement",
         "Wed, 08 May 2024 11:05:00 +0400",
         _c07_text + gulf_sig("Mariam Al Suwaidi", "Procurement Manager", "Gulfstar EPC LLC", "+971 2 654 3310"),
         html=htmlify(_c07_text),
         cc="Sameer Hassan <sameer.hassan@gulfstar-epc.ae>")))])

# c08 - supplier: deposit does not release production
case("c08_deposit_not_release", [], "supplier acknowledges advance and states it does not release production; builds 6 pilots only, balance held for named person's written release after FAT",
     [("RE_NDPS-PO-24-0388_advance_received.eml", eml_bytes(mail(
         "Lily Zhang <lily.zhang@wzeverbright-valve.com>",
         "Engr. Chukwuemeka Obi <c.obi@ndps-ng.com>",
         "RE: NDPS/PO/24/0388 - advance payment received",
         "Fri, 10 May 2024 09:30:00 +0800",
         D("""
         Dear Engr. Obi,

         Good day. We confirm receipt of USD 18,600.00 (30% advance) for PO
         NDPS/PO/24/0388 on 9 May 2024, bank ref. BOC-ZJ-2405-88127. Thank you.

         Please note that, as written in your PO, this advance does not release
         production. We will make only the 6 pilot strainers (basket type, 8" CL300,
         ASTM A216 WCB, 316 SS basket 3 mm perforation) for the FAT.

         The balance of 54 strainers stays on hold. We will not start them and will not
         buy their castings until we receive your written release, signed by you
         (Engr. Chukwuemeka Obi), after the FAT sign-off.

         FAT date proposal: 24 June 2024 at our Wenzhou works. Please confirm if
         your TPI (Bureau Veritas, Lagos office) can attend.

         Best regards,
         Lily Zhang
         Export Sales Manager
         Wenzhou Everbright Valve Co., Ltd.
         No. 18 Binhai 5th Road, Wenzhou Economic and Technological Development Zone
         Tel +86 577 8663 1024
         """))))])

# c09 - supplier acknowledgement restating the hold
case("c09_supplier_ack_pdf", [], "supplier acknowledgement restates 6 sample sets only, 114 not released, FAI sign-off and named person's written release, material for 6 only",
     [("DF-OA-24-0517_order_acknowledgement.pdf", pdf([
         ("h1", "DAEHAN FLANGE CO., LTD."),
         ("p", "1127 Noksan Industrial Road, Gangseo-gu, Busan, Korea - KS / ISO 9001:2015 / PED 2014/68/EU AD 2000-W0"),
         ("h", "ORDER ACKNOWLEDGEMENT No. DF-OA-24-0517"),
         ("table", [
             ["Customer", "Jubail Coastal Refining Co. (JCRC), Jubail, KSA", "Date", "17 May 2024"],
             ["Customer PO", "4510101177 Rev.0 dated 13 May 2024", "Our quotation", "DF-Q-2404-22 Rev.2"],
             ["Attn.", "Mr. Faisal Al-Qahtani, Procurement Engineer", "Our ref.", "Kim Min-jae, Sales Dept."],
         ]),
         ("sp",),
         ("table", [
             ["PO item", "Description", "PO qty", "Our action"],
             ["10", "Orifice flange set 6\" CL600 RTJ, ASTM A105N, 1/2\" NPT taps x2, c/w jack screws and gasket", "3 sets (sample)", "Manufacture for FAI, dispatch wk 25"],
             ["20", "Orifice flange set 10\" CL600 RTJ, ASTM A105N, same spec", "3 sets (sample)", "Manufacture for FAI, dispatch wk 25"],
         ]),
         ("sp",),
         ("p", "We acknowledge your PO 4510101177 as written: 6 sample orifice flange sets in total (items 10 and 20), "
               "for first article inspection only."),
         ("p", "The production quantity of 114 sets shown in our quotation DF-Q-2404-22 is not released under this PO "
               "and will not be scheduled in our shop. We understand that release of the 114 sets requires your FAI "
               "sign-off and a written release signed by Mr. Khalid Al-Mutairi, Materials Manager of JCRC."),
         ("p", "Material: we will purchase forgings for the 6 sample sets only."),
         ("p", "Inspection: ITP JCRC-ITP-FLG-03, hold point FAI witnessed by JCRC/TPI (TUV Rheinland Korea), PMI not "
               "applicable (carbon steel), hardness check on each piece, MTC EN 10204 3.1."),
         ("p", "Delivery: FOB Busan. Payment per PO terms (60 days after receipt of goods and documents)."),
         ("sp",),
         ("p", "Daehan Flange Co., Ltd. - Kim Min-jae, Manager, Overseas Sales - minjae.kim@daehanflange.co.kr - +82 51 972 3381"),
     ], title="Order Acknowledgement DF-OA-24-0517", author="Daehan Flange"))])

# c10 - multi-file: ERP PO + supplier quote, larger quantity labelled informational
_c10_po = D("""
PERMIAN MIDSTREAM PARTNERS LP                                 PURCHASE ORDER
3300 N BIG SPRING ST, MIDLAND TX 79705                        PAGE   1 OF   1
==============================================================================
PO NUMBER ...: 4700-1204          REV: 00              PO DATE: 04/29/2024
VENDOR ......: 0000418872  VISHWAKARMA VALVES PVT LTD
               PLOT 62, GIDC MAKARPURA, VADODARA 390010, GUJARAT, INDIA
BUYER .......: B. HOLLIS   (432) 555-0148   BHOLLIS@PERMIANMIDSTREAM.COM
SHIP TO .....: PMP WAHA GAS PLANT, PECOS COUNTY TX 79772
TERMS .......: NET 45          INCOTERMS: FCA NHAVA SHEVA (INCOTERMS 2020)
------------------------------------------------------------------------------
LN  MATERIAL        DESCRIPTION                       QTY UOM   UNIT USD    EXT USD
--- --------------- ------------------------------- ----- --- --------- ----------
001 VLV-GT-02-1500  GATE VLV 2" CL1500 SW, A105N,       8  EA     612.00   4,896.00
                    STELLITE 6 TRIM, API 602,
                    BOLTED BONNET, NACE MR0175
                    SCOPE: SAMPLE / FAT
------------------------------------------------------------------------------
                                                      TOTAL USD            4,896.00
PO NOTES:
 1. QTY 8 EA ON LINE 001 IS THE SAMPLE/FAT LOT AND IS THE ONLY QTY RELEASED.
 2. QUOTED PRODUCTION QTY 112 EA (VV QUOTE VV/EXP/24/0193, ATTACHED) IS SHOWN
    FOR INFORMATION ONLY AND IS NOT RELEASED. DO NOT START THE 112 EA AND DO
    NOT BUY FORGINGS FOR THEM. MATERIAL AUTHORITY: SAMPLE QTY ONLY.
 3. THE 112 EA WILL BE RELEASED ONLY BY A WRITTEN RELEASE SIGNED BY BRENDA
    HOLLIS, SUPPLY CHAIN MANAGER, AFTER FAT SIGN-OFF BY PMP QA.
 4. FAT WITNESSED BY PMP QA AND TPI (MISTRAS). MTC EN 10204 3.1.
    PMI 100% ON ALLOY TRIM. HYDRO + LOW PRESSURE GAS SEAT TEST PER API 598.
 5. SHIP SAMPLES WITH PACKING LIST SHOWING PO/LINE/HEAT NO.
*** THIS PO IS SUBJECT TO PMP STANDARD TERMS REV 2023-04 ***
""")
case("c10_erp_po_and_quote", [], "multi-file: ERP sample PO (8) declares quoted 112 informational and not released; written release by named manager after FAT; quote file is non-authorizing",
     [("PO_4700-1204.txt", _c10_po),
      ("VV-EXP-24-0193_quotation.pdf", pdf([
          ("h1", "VISHWAKARMA VALVES PVT. LTD."),
          ("p", "Plot 62, GIDC Makarpura, Vadodara 390010, Gujarat, India - API 6D / API 602 monogram licensee - IBR-recognised foundry"),
          ("h", "QUOTATION VV/EXP/24/0193"),
          ("p", "Date: 12.04.2024 - To: Permian Midstream Partners LP, Midland, Texas - Kind attn.: Ms. Brenda Hollis"),
          ("p", "Dear Madam, we thank you for your enquiry and are pleased to quote as below."),
          ("table", [
              ["Sr.", "Description", "Sample / FAT qty", "Production qty", "Unit price USD", "Delivery"],
              ["1", "Gate valve 2\" CL1500 SW, A105N body, Stellite 6 trim, API 602, bolted bonnet, NACE MR0175", "8 nos.", "112 nos.", "612.00 (sample) / 574.00 (production)", "Sample 6 weeks; production 10 weeks from release"],
          ]),
          ("sp",),
          ("p", "Terms: FCA Nhava Sheva. Validity 45 days. Inspection by TPI at buyer's cost. Test certificates EN 10204 3.1."),
          ("p", "Thanking you and assuring you of our best services at all times."),
          ("p", "For Vishwakarma Valves Pvt. Ltd. - Suresh Patel, GM Exports - +91 265 263 4471"),
      ], title="Quotation VV/EXP/24/0193", author="Vishwakarma Valves"))])

# c11 - quoted supplier assumption of roll-over, buyer corrects it
_c11_supplier = D("""
From: Paolo Ronchi <paolo.ronchi@valvolebrianza.it>
Sent: Monday, 13 May 2024 17:22
To: Omar Farouk <omar.farouk@gulfstar-epc.ae>
Subject: PO GS-4400-2318 - FAT planning

Dear Mr. Farouk,

the 2 sample actuated ball valves 12" CL600 are assembled and the FAT can be
held on 3 June in Arcore. To keep the delivery date of the project we would
suggest: once you approve the FAT on the 2 samples, we will proceed immediately
with the other 22 valves.

Please let us know.

Best regards
Paolo Ronchi
Valvole Brianza S.r.l.
""")
_c11_text = D("""
Dear Paolo,

Thank you, 3 June is fine for the FAT. Eng. Sameer Hassan and our TPI (TUV SUD
Italy) will attend.

On your suggestion, please don't. The FAT sign-off does not release anything by
itself. Current scope of PO GS-4400-2318 remains the 2 sample valves only. The
other 22 valves are not released; they need a revised PO (Rev. 1), signed by me,
which I will issue only after the FAT sign-off report is in my hands.

I understand the delivery pressure. If you need material authority to protect
the forging slot, send me a request with the quantity and the cost exposure and
I will answer in writing. Until then, material for the 2 samples only.

Regards,
Omar Farouk
Senior Buyer, Valves & Actuators
""") + gulf_sig("Omar Farouk", "Senior Buyer", "Gulfstar EPC LLC, Abu Dhabi", "+971 2 654 3342") + "\n" + quote(_c11_supplier)
case("c11_quoted_assumption_corrected", [], "supplier's quoted roll-over suggestion is rejected by buyer; 2 samples only, 22 not released until revised PO signed by named buyer after FAT sign-off",
     [("RE_PO_GS-4400-2318_FAT_planning.eml", eml_bytes(mail(
         "Omar Farouk <omar.farouk@gulfstar-epc.ae>",
         "Paolo Ronchi <paolo.ronchi@valvolebrianza.it>",
         "RE: PO GS-4400-2318 - FAT planning",
         "Tue, 14 May 2024 08:12:00 +0400",
         _c11_text,
         in_reply_to="<vb-20240513-1722@valvolebrianza.it>")))])

# c12 - scoped acceptance for fit-up only, with DOCX sign-off record
_c12_text = D("""
Hi Mr. Lee,

The 3 sample choke valve bodies (6" CL2500, ASTM A182 F22 with Inconel 625
weld overlay) were checked in Stavanger today: dimensions and overlay thickness
are fine. They are accepted for the fit-up trial on the test skid only.
Production is not released.

The remaining 27 bodies stay on hold until the fit-up trial report is signed
off by Eng. Lars Haugen and I send you a written production release. Please do
not start machining and do not order castings or forgings for the 27.

The sample sign-off record is attached for your file.

Best regards,
Ingrid Solheim
Category Manager, Piping & Valves
Nordvik Offshore AS, Strandkaien 22, 4005 Stavanger
+47 51 84 22 10
""")
case("c12_scoped_fitup_acceptance", [], "samples accepted for fit-up only, production not released, 27 held until named sign-off and written release by named manager",
     [("Sample_choke_bodies_fit-up.eml", eml_bytes(mail(
         "Ingrid Solheim <ingrid.solheim@nordvik-offshore.no>",
         "Lee Sang-woo <sw.lee@hanseong-pi.co.kr>",
         "PO 4800-744 - sample choke bodies - fit-up trial only",
         "Thu, 16 May 2024 15:20:00 +0200",
         _c12_text,
         html=htmlify(_c12_text),
         attachments=[("Sample_signoff_record_4800-744.docx", docx_bytes([
             ("h1", "Sample sign-off record"),
             ("table", [
                 ["Field", "Entry"],
                 ["PO / item", "4800-744 / item 10 - choke valve body 6\" CL2500, F22 + Alloy 625 overlay"],
                 ["Samples inspected", "3 pcs, heat no. 24K-1187"],
                 ["Disposition", "Accepted for fit-up trial on test skid TS-02 only"],
                 ["Production release", "Not given. 27 pcs on hold."],
                 ["Next step", "Fit-up trial report sign-off by Lars Haugen, then written production release by Ingrid Solheim"],
                 ["Signed", "Lars Haugen, Lead Mechanical Engineer, 16.05.2024"],
             ]),
         ], author="Nordvik QA"), DOCX_MT)])))])

# c13 - identifiers that look like quantities, complete sample PO (HTML)
_c13_body = (
    "<h2>AL-JAZIRA PROCESS ENGINEERING CO. - PURCHASE ORDER 4500-2500-116 Rev 0</h2>\n"
    "<p>Date: 05-May-2024 &nbsp;|&nbsp; Project JAR-2231, unit 1500 (aromatics extraction) &nbsp;|&nbsp; "
    "MR JAR-2231-MR-116 Rev C &nbsp;|&nbsp; TBE JAR-2231-TBE-116</p>\n"
    "<p>Supplier: Wenzhou Everbright Valve Co., Ltd., No. 18 Binhai 5th Road, Wenzhou, Zhejiang 325025, China</p>\n"
    + table_html([
        ["Line", "Tag / description", "Specification", "Drawing", "Qty", "Unit USD"],
        ["10", "1500-CV-0300: swing check valve NPS 24, Class 1500, RTJ, bolted cover",
         "ASME B16.34, API 6D, NACE MR0175 / ISO 15156-3, body ASTM A216 WCC, PMI per ASTM E1476",
         "EV-2024-1000 Rev 12", "2 (two) - FAT samples", "38,600.00"],
    ])
    + "\n<div class=\"note\">"
    "<p><b>Active quantity:</b> two (2) sample valves, line 10, for the FAT. These two are released for manufacture.</p>\n"
    "<p><b>Balance:</b> the remaining 58 valves of MR-116 are not released. Do not start them and do not pour "
    "castings for them. Material authority: sample quantity only.</p>\n"
    "<p><b>Unlock:</b> FAT sign-off by AJPE QA/QC, then a revised PO (Rev 1) signed by Eng. Abdullah Al-Shehri, "
    "Procurement Manager. Nothing else releases the 58 valves.</p></div>\n"
    "<p>Testing: shell test 5,625 psig, seat test 4,125 psig per API 6D, hold 15 min; low-pressure air seat test 80 psig. "
    "Supplier QMS ISO 9001:2015, cert. no. 00124Q31500R2M. Coating per AJPE spec SP-2100 system 3, DFT 250 micron.</p>\n"
    "<p>Delivery of the 2 samples: 14 weeks ex-works. Incoterms FOB Ningbo. Payment: 100% within 60 days of receipt.</p>\n"
    "<p>Authorised signatory: Eng. Abdullah Al-Shehri, Procurement Manager, AJPE</p>"
)
case("c13_identifiers_po", [], "identifiers look like quantities (Class 1500, Rev 12, tag 0300, 5,625 psig); 2 samples active, 58 not released, revised PO after FAT signed by named manager",
     [("PO_4500-2500-116.html", html_page("PO 4500-2500-116 Rev 0", _c13_body))])

# c14 - WhatsApp export, buyer clearly scoped
case("c14_whatsapp_scoped", [], "chat: buyer says only 3 pilot reducers, 57 not released until named sign-off and his written release, material for 3 only",
     [("WhatsApp_Chat_Shree_Balaji_Pipe_Fittings.txt", D("""
     [12/05/24, 09:14:22] Rajesh Iyer (Shree Balaji Pipe Fittings): Good morning sir. PO MPC-PO-24-1187 received, thank you. Concentric reducer 12" x 8" SCH 80S, ASTM A815 UNS S31803, 3 pcs.
     [12/05/24, 09:15:03] Rajesh Iyer (Shree Balaji Pipe Fittings): Sir our quote was for 60 pcs. Shall we start the full 60 so delivery is together?
     [12/05/24, 09:31:47] Hamad Al-Marri: Good morning Rajesh. No. Only the 3 pilot reducers for now.
     [12/05/24, 09:32:10] Hamad Al-Marri: The other 57 are not released. They stay on hold until Eng. Omar Khalifa signs the FAI report and I send you a written release.
     [12/05/24, 09:32:41] Hamad Al-Marri: Dont buy the pipe for the 57 either. Material for the 3 only please.
     [12/05/24, 09:40:05] Rajesh Iyer (Shree Balaji Pipe Fittings): Understood sir. 3 pcs only, balance 57 on hold till your written release after FAI. We will not purchase pipe for balance.
     [12/05/24, 09:40:30] Hamad Al-Marri: Correct 👍
     [12/05/24, 09:41:12] Rajesh Iyer (Shree Balaji Pipe Fittings): Sir ferrite test and PMI report will come with the pilot pcs. TPI is Bureau Veritas Mumbai?
     [12/05/24, 09:44:58] Hamad Al-Marri: Yes BV Mumbai. ferrite 35-65% per our spec MPC-SP-PIP-011
     [12/05/24, 09:45:20] Rajesh Iyer (Shree Balaji Pipe Fittings): Noted sir 🙏
     """))])

# c15 - release letter for the whole balance (full, nothing on hold)
case("c15_release_letter_full", [], "release letter releases the whole balance after recorded FAT sign-off; totals reconciled; nothing left on hold; named authority and second signature",
     [("NDPS-REL-0042_production_release.pdf", pdf([
         ("h1", "NIGER DELTA PETROLEUM SERVICES LTD."),
         ("p", "Plot 14, Trans-Amadi Industrial Layout, Port Harcourt, Rivers State, Nigeria"),
         ("h", "PRODUCTION RELEASE No. NDPS-REL-0042"),
         ("table", [
             ["To", "Valvole Brianza S.r.l., Arcore (MB), Italy - attn. Ing. Paolo Ronchi"],
             ["PO", "4600012877 Rev. 1 - trunnion ball valves 8\" CL900 RTJ, API 6D, for Obama flow station upgrade"],
             ["Date", "22 April 2024"],
             ["FAT sign-off", "QA-FAT-0117 dated 18 April 2024, signed by Engr. Ifeoma Nwosu, QA/QC Manager"],
         ]),
         ("sp",),
         ("p", "Following the FAT sign-off of the 2 sample valves referenced above, this letter releases the balance "
               "of 46 valves under PO 4600012877 for manufacture."),
         ("table", [
             ["", "Quantity"],
             ["Sample valves (released with PO Rev. 0, FAT signed off)", "2"],
             ["Released by this letter", "46"],
             ["Total released on PO 4600012877", "48"],
             ["Remaining on hold", "0"],
         ]),
         ("sp",),
         ("p", "Nothing remains on hold under this PO. Material: you may purchase material for the 46 valves released "
               "by this letter. Delivery of the 46 valves: 18 weeks ex-works from the date of this letter, in two "
               "shipments of 23 each, each subject to FAT witness by NDPS and TPI (Bureau Veritas)."),
         ("sp",),
         ("p", "Released by: Chukwuemeka Obi, Procurement Manager (release authority up to USD 500,000)."),
         ("p", "Second signature: Adaeze Okonkwo, Project Controls Manager."),
     ], title="NDPS-REL-0042", author="NDPS Procurement"))])

# c16 - kick-off meeting minutes, words kept apart, explicit staged material authority
case("c16_kickoff_minutes_clean", [], "KOM minutes: PO issued for FAT skid 1 only, skids 2-5 not released, named release after named FAT sign-off, staged authority for pumps, advance gives no production authority",
     [("KOM_minutes_GS-4400-2317.docx", docx_bytes([
         ("h1", "Kick-off Meeting Minutes - Chemical Injection Skids"),
         ("p", "PO: GS-4400-2317   Project: Ruwais NGL-4 debottlenecking   Vendor: Hanseong Precision Industries Co., Ltd. (Changwon)"),
         ("p", "Date / venue: 7 May 2024, MS Teams   Minutes by: Omar Farouk (Gulfstar)"),
         ("table", [
             ["Attendee", "Company", "Role"],
             ["Mariam Al Suwaidi", "Gulfstar EPC", "Procurement Manager (release authority)"],
             ["Omar Farouk", "Gulfstar EPC", "Senior Buyer"],
             ["Eng. Sameer Hassan", "Gulfstar EPC", "QA/QC Lead"],
             ["Lee Sang-woo", "Hanseong", "Project Manager"],
             ["Choi Eun-ji", "Hanseong", "QA Manager"],
         ]),
         ("h", "1. Scope and quantities"),
         ("num", "PO GS-4400-2317 is issued for skid no. 1 only (the FAT unit). Skid 1 is released for manufacture."),
         ("num", "Skids no. 2 to 5 (4 units) are not released. Hanseong shall not start fabrication of skids 2 to 5."),
         ("num", "Production release for skids 2 to 5: written release signed by Mariam Al Suwaidi, issued only after the FAT "
                 "sign-off of skid 1 by Eng. Sameer Hassan."),
         ("h", "2. Material"),
         ("num", "Material authority is staged: Hanseong may order the long-lead dosing pumps (Milton Roy, 5 sets in total, "
                 "i.e. for skids 1 to 5) at Gulfstar's liability. No other material for skids 2 to 5 may be purchased."),
         ("h", "3. Documents and inspection"),
         ("num", "VDRL: first submission of GA, P&ID and hydrotest procedure within 3 weeks. Review codes per Gulfstar procedure GEP-PR-012."),
         ("num", "ITP: H1 hydrotest of skid piping, H2 FAT (functional test with water), W1 PMI of SS tubing, W2 painting DFT."),
         ("h", "4. Commercial"),
         ("num", "Advance payment 10% against advance payment bank guarantee. The advance is a payment milestone only and "
                 "gives no production authority for skids 2 to 5."),
         ("h", "5. Actions"),
         ("table", [
             ["No.", "Action", "By", "Due"],
             ["1", "Submit GA, P&ID, hydrotest procedure", "Hanseong", "28 May 2024"],
             ["2", "Place order for 5 dosing pump sets (staged material authority)", "Hanseong", "17 May 2024"],
             ["3", "Propose FAT date for skid 1", "Hanseong", "31 May 2024"],
             ["4", "Confirm TPI agency for FAT", "Gulfstar QA/QC", "24 May 2024"],
         ]),
     ], author="Omar Farouk"))])

# c17 - TPI inspection release note for the sample lot (non-authorising)
case("c17_tpi_irn", [], "third-party inspection note for 10 sample flanges: shipment clearance only, states it gives no production authority; no other quantity",
     [("ATPI-IRN-24-1187.pdf", pdf([
         ("h1", "APEX THIRD PARTY INSPECTION SERVICES PVT. LTD."),
         ("p", "Unit 403, Lodha Supremus, Kanjurmarg (E), Mumbai 400042 - NABCB accredited inspection body (Type A)"),
         ("h", "INSPECTION RELEASE NOTE No. ATPI/IRN/24/1187"),
         ("table", [
             ["Client", "Jubail Coastal Refining Co. (JCRC), KSA", "Client PO", "4510098903"],
             ["Vendor", "Kalinga Forge & Flanges Pvt. Ltd., Chakan MIDC, Pune", "Inspection date", "09-05-2024"],
             ["Inspector", "Mr. Vivek Kulkarni (ATPI)", "ITP ref.", "JCRC-ITP-FLG-01 Rev.2"],
         ]),
         ("sp",),
         ("table", [
             ["Sr.", "Item", "Qty offered", "Qty accepted", "Heat no."],
             ["1", "WN flange 6\" CL900 RF, ASTM A105N, bore sch 80, NACE MR0175", "10", "10", "K24-3371"],
         ]),
         ("sp",),
         ("h", "Inspection performed"),
         ("p", "Visual and dimensional inspection per ASME B16.5 (100%), hardness check (max. 187 HB, results 151-163 HB), "
               "review of MTC EN 10204 3.1 (chemical, mechanical, impact at -29 C), marking per MSS SP-25, packing check."),
         ("h", "Result"),
         ("p", "The 10 pcs listed above are found acceptable against the PO, the ITP and the referenced codes."),
         ("h", "Scope of this note"),
         ("p", "This note clears the 10 sample pcs listed above for shipment. It gives no production authority and says "
               "nothing about any further quantity; production authority rests with the client."),
         ("sp",),
         ("p", "Vivek Kulkarni - Inspection Engineer - for Apex Third Party Inspection Services Pvt. Ltd."),
     ], title="IRN ATPI/IRN/24/1187", author="ATPI"))])

# c18 - multi-file: cover email + DOCX PO + HTML quote, complete and consistent
_c18_text = D("""
Dear Mr. Delgado,

Please find attached our PO EPWS-PO-2024-0391 for the pressure reducing valve
station, together with your quotation for reference.

To avoid any misunderstanding on quantities:
- The PO covers the pilot station only: 1 (one) PRV station, skid-mounted, per
  your quotation KSS-Q-24-077 option A. This is the only unit released.
- Stations 2 to 8 (7 units) in your quotation are not released. Please do not
  start them and do not buy valves or pipe for them.
- They will be released only by a revised PO, issued after the FAT of the pilot
  station has been signed off by our operations engineer, and signed by Eng.
  Turki Al-Dossary, Projects Director.

Kindly acknowledge the PO scope in writing within 5 working days.

Best regards,
Nasser Al-Otaibi
Procurement Engineer
Eastern Province Water Services Co.
Dammam 32241, KSA
""")
_c18_quote = (
    "<h2>Keystone Skid Systems, Inc. - Quotation KSS-Q-24-077</h2>\n"
    "<p>4100 W. 51st St, Tulsa, OK 74107 &nbsp;|&nbsp; Date: April 9, 2024 &nbsp;|&nbsp; To: Eastern Province Water Services Co., Dammam</p>\n"
    + table_html([
        ["Option", "Description", "Pilot qty", "Production qty", "Unit price USD", "Lead time"],
        ["A", "PRV station 12\", dual stream, Cla-Val 90-01 pilot operated PRVs, 316 SS pilot tubing, skid 4.2 m x 2.1 m, AWWA C207 flanges", "1", "7", "148,500 (pilot) / 139,900 (production)", "16 weeks pilot, 20 weeks production"],
        ["B", "Same as A with duty/standby bypass", "1", "7", "171,200 / 162,400", "18 / 22 weeks"],
    ])
    + "\n<p>Freight: CFR Dammam. Validity 60 days. FAT at Tulsa with hydrostatic test at 1.5x design pressure.</p>\n"
    "<p>Rick Delgado, Sales Engineer, Keystone Skid Systems</p>"
)
_c18_msg = mail(
    "Nasser Al-Otaibi <n.alotaibi@epws.com.sa>",
    "Rick Delgado <rdelgado@keystoneskid.com>",
    "PO EPWS-PO-2024-0391 - PRV station - pilot unit",
    "Sun, 12 May 2024 10:03:00 +0300",
    _c18_text + gulf_sig("Nasser Al-Otaibi", "Procurement Engineer", "Eastern Province Water Services Co.", "+966 13 833 1207"),
    cc="Turki Al-Dossary <t.aldossary@epws.com.sa>")
case("c18_bundle_cover_po_quote", [], "multi-file: cover email + DOCX PO + HTML quote; pilot station 1 released, 7 not released, revised PO after FAT sign-off signed by named director",
     [("PO_EPWS-PO-2024-0391_cover.eml", eml_bytes(_c18_msg)),
      ("EPWS-PO-2024-0391.docx", docx_bytes([
          ("h1", "Eastern Province Water Services Co. - Purchase Order"),
          ("p", "PO: EPWS-PO-2024-0391   Date: 12 May 2024   Supplier: Keystone Skid Systems, Inc., Tulsa, OK, USA"),
          ("table", [
              ["Item", "Description", "Qty", "Unit USD", "Amount USD"],
              ["1", "PRV station 12\", dual stream, per quotation KSS-Q-24-077 option A - PILOT UNIT", "1", "148,500.00", "148,500.00"],
          ]),
          ("p", "Scope: this PO releases the pilot station (1 unit) only. Stations 2 to 8 (7 units) of the quotation are not "
                "released. They will be released only by a revised PO after FAT sign-off of the pilot station, signed by "
                "Eng. Turki Al-Dossary, Projects Director. Material authority: pilot unit only."),
          ("p", "Inspection: FAT at vendor works witnessed by EPWS and TPI (SGS Gulf). Documents per VDRL EPWS-VDRL-0391."),
          ("p", "Delivery: CFR Dammam, 16 weeks. Payment: 90% against documents, 10% after commissioning."),
          ("p", "Authorised signatory: Eng. Turki Al-Dossary, Projects Director"),
      ], author="EPWS Procurement")),
      ("KSS-Q-24-077_quotation.html", html_page("Quotation KSS-Q-24-077", _c18_quote))])

# c19 - Norwegian call-off, European number formats
case("c19_calloff_eu_numbers", [], "call-off releases 1 200 gaskets; frame estimate 6 000 labelled non-binding and not released; next call-off signed by named manager; material for 1 200",
     [("Avrop_0007_NO-FA-2022-044.txt", D("""
     NORDVIK OFFSHORE AS                                   AVROP / CALL-OFF
     Strandkaien 22, N-4005 Stavanger                      Side 1 av 1
     Org.nr. 981 442 170 MVA
     ---------------------------------------------------------------------------
     Avrop nr. / Call-off no. : 0007
     Rammeavtale / Frame      : NO-FA-2022-044 (ring joint gaskets)
     Leverandør / Supplier    : Forgiatura Padana S.p.A., Crema (CR), Italia
     Dato / Date              : 14.05.2024
     Kontakt / Buyer          : Ingrid Solheim, Category Manager
     ---------------------------------------------------------------------------
     Pos  Artikkel        Beskrivelse                         Antall   Enh.   Pris EUR
     ---  --------------  ----------------------------------  -------  -----  ---------
     10   RJ-R45-OV-SI    Ring joint R-45 oval, soft iron,      1 200  stk        4,85
                          90 HB max., ASME B16.20, phosph.
     ---------------------------------------------------------------------------
     Sum avrop 0007: 1 200 stk   /   5.820,00 EUR
     ---------------------------------------------------------------------------
     MERKNAD / NOTE:
     - This call-off releases 1 200 stk of pos. 10 for production. Nothing else
       is released.
     - The frame estimate of 6 000 stk for 2024-2025 is a non-binding estimate
       and is not released.
     - Material authority: material for the 1 200 stk released above only.
     - Further quantities only by the next call-off (avrop 0008), signed by
       Ingrid Solheim, Category Manager.
     - Hardness report and MTC EN 10204 3.1 per heat. Delivery DAP Dusavika,
       week 27. Packing: 50 stk per carton, VCI bag.
     ---------------------------------------------------------------------------
     """))])

# c20 - buyer's question before going ahead (question, scope restated)
case("c20_buyer_question", [], "buyer asks lead time before going ahead; restates 4 pilot released, 40 on hold until named manager's written release after fit-up check",
     [("Lead_time_question_PO_4700-1183.eml", eml_bytes(mail(
         "Jeff Morales <jmorales@permianmidstream.com>",
         "Rick Delgado <rdelgado@keystoneskid.com>",
         "PO 4700-1183 skid baseplates - lead time question",
         "Mon, 20 May 2024 13:47:00 -0500",
         D("""
         Hi Rick,

         Before we go ahead with the balance on PO 4700-1183, can you confirm the lead
         time for the 40 remaining skid baseplates if we release them by June 14?
         Our turnaround planning needs the number by Thursday.

         Nothing has changed on our side in the meantime: the 4 pilot baseplates are the
         only quantity released. The 40 stay on hold until I sign the written release,
         and I will only do that after our field team has signed off the fit-up check
         of the pilots at Waha.

         Thanks,
         Jeff

         Jeff Morales | Procurement Lead, Facilities | Permian Midstream Partners LP
         3300 N Big Spring St, Midland TX 79705 | (432) 555-0162
         """))))])

# c21 - full quantity ERP PO, water utility, three delivery drops
case("c21_erp_full_po_drops", [], "full-quantity PO 300 EA released, three delivery drops of 100 that add up, no sample stage, no balance",
     [("BBMUD_PO_24-00917.txt", D("""
     BRAZOS BEND MUNICIPAL UTILITY DISTRICT             PURCHASE ORDER 24-00917
     2200 FM 762, NEEDVILLE TX 77461                    DATE 05/13/2024  PAGE 1/1
     ==============================================================================
     VENDOR: 0000031194 TRI-STATE WATERWORKS SUPPLY INC, 1810 CENTURY BLVD, TYLER TX
     SHIP TO: BBMUD WATER PLANT NO. 2 YARD, 9600 CRABB RIVER RD, RICHMOND TX 77469
     BUYER: L. TRAN (281) 555-0133       TERMS: NET 30     FOB: DESTINATION
     PROJECT: 2024 CIP - TRANSMISSION MAIN PHASE 3 (BID 24-06)
     ------------------------------------------------------------------------------
     LN  DESCRIPTION                                       QTY  UOM   UNIT $    EXT $
     --  -----------------------------------------------  ----  ---  -------  --------
     01  DI TEE MJ 12X12 C153 CL350 CML, W/ ACCESSORIES    120   EA   412.00  49,440.00
     02  DI 45 BEND MJ 12 C153 CL350 CML, W/ ACCESSORIES    90   EA   268.50  24,165.00
     03  DI REDUCER MJ 12X8 C153 CL350 CML                  90   EA   231.75  20,857.50
     ------------------------------------------------------------------------------
                                                    TOTAL 300   EA          94,462.50
     NOTES:
     ALL QUANTITIES ON THIS PO ARE FIRM AND RELEASED FOR MANUFACTURE AND SUPPLY.
     NO SAMPLE STAGE. NOTHING ON HOLD.
     DELIVER IN THREE DROPS OF 100 EA (MIXED LINES PER SCHEDULE FROM L. TRAN):
       DROP 1 WEEK OF 06/17/2024 - 100 EA
       DROP 2 WEEK OF 07/15/2024 - 100 EA
       DROP 3 WEEK OF 08/12/2024 - 100 EA
     NSF/ANSI 61 AND 372 CERTIFIED. AIS (AMERICAN IRON AND STEEL) CERT REQUIRED.
     CALL 24 HRS BEFORE DELIVERY. YARD HOURS 7AM-3PM M-F.
     AUTHORIZED: L. TRAN, PURCHASING AGENT
     """))])

# c22 - stop notice with the original PO email forwarded as message/rfc822
_c22_orig = mail(
    "Faisal Al-Qahtani <faisal.alqahtani@jcrc-refining.com.sa>",
    "Sunil Deshpande <sunil.d@kalingaforge.in>",
    "PO 4510098903 - WN flanges 6in CL900 - sample lot",
    "Sun, 21 Apr 2024 09:10:00 +0300",
    D("""
    Dear Mr. Deshpande,

    Please find our PO 4510098903 in the supplier portal. Scope:

    - 10 sample WN flanges 6" CL900 RF, A105N, for FAI. These 10 are released.
    - The balance of 190 flanges is not released. Do not start them and do not
      buy forgings for them.
    - The 190 will be released only in writing by Mr. Khalid Al-Mutairi,
      Materials Manager, after FAI sign-off by our QA/QC.

    Regards,
    Faisal Al-Qahtani
    Procurement Engineer, JCRC
    """))
_c22_text = D("""
Dear Mr. Deshpande,

STOP NOTICE - PO 4510098903 (WN flanges 6" CL900).

With immediate effect, please stop all work on this PO. Nothing more may start,
released or not, until I lift this stop in writing.

- The 10 sample flanges already finished and inspected may be shipped.
- Quantity authorised for any new work: zero (0).
- The balance of 190 flanges remains not released, as in the original PO email
  forwarded below.

Reason: our process licensor has changed the design pressure of the unit and
the flange rating is under review (design review DR-3). I will lift the stop in
writing once DR-3 is closed; only after that can the balance be considered,
and then only through a written release from me after FAI sign-off.

Please confirm receipt of this stop notice today.

Regards,
Khalid Al-Mutairi
Materials Manager
Jubail Coastal Refining Co.
""")
case("c22_stop_notice_forward", [], "stop notice: zero new work, samples already made may ship, balance not released, stop lifted in writing by named manager after DR-3; forwarded original scope complete",
     [("STOP_NOTICE_PO_4510098903.eml", eml_bytes(mail(
         "Khalid Al-Mutairi <khalid.almutairi@jcrc-refining.com.sa>",
         "Sunil Deshpande <sunil.d@kalingaforge.in>",
         "STOP NOTICE - PO 4510098903 - WN flanges",
         "Wed, 15 May 2024 07:45:00 +0300",
         _c22_text + gulf_sig("Khalid Al-Mutairi", "Materials Manager", "Jubail Coastal Refining Co.", "+966 13 357 2001"),
         cc="Faisal Al-Qahtani <faisal.alqahtani@jcrc-refining.com.sa>",
         attachments=[("rfc822", _c22_orig)])))])

# c23 - Teams chat: deposit is a commercial milestone, not production authority
case("c23_teams_deposit", [], "chat: supplier asks after deposit, buyer says deposit gives no production authority, 5 samples only, 95 held until FAT sign-off and his written release",
     [("Teams_chat_NDPS_Everbright_2024-05.txt", D("""
     Microsoft Teams - chat export
     Participants: Chukwuemeka Obi (NDPS), Lily Zhang (Wenzhou Everbright Valve)
     Exported: 2024-05-22 10:02 WAT
     ----------------------------------------------------------------------
     2024-05-21 08:12  Lily Zhang
       Hi Engr Obi, good morning. Deposit for PO NDPS/PO/24/0412 received today, thank you!
     2024-05-21 08:13  Lily Zhang
       Can we start production now? Our casting line has space next week.
     2024-05-21 09:40  Chukwuemeka Obi
       Good morning Lily. Thanks for confirming. The deposit is a commercial milestone, it does not give production authority.
     2024-05-21 09:41  Chukwuemeka Obi
       Please build the 5 sample ball valves (2" CL600, A105N, RPTFE seats) only.
     2024-05-21 09:42  Chukwuemeka Obi
       The other 95 are not released. They wait for FAT sign-off by Engr Ifeoma Nwosu and then a written release from me. No castings/forgings for the 95 please.
     2024-05-21 09:55  Lily Zhang
       OK understood. 5 samples only, 95 on hold until your written release after FAT. 👌
     2024-05-21 09:57  Lily Zhang
       FAT date I will send by Friday. TPI still BV Lagos?
     2024-05-21 10:20  Chukwuemeka Obi
       Yes, BV. Thanks.
     """))])

# c24 - blanket PO with estimated quantities + release 1, PDF
case("c24_blanket_release1", [], "blanket PO with labelled non-binding estimate; release no. 1 of 1,500 pcs; remainder not released; next release signed by named specialist; material for 1,500",
     [("DWPU-BPO-24-0044_release_01.pdf", pdf([
         ("h1", "DOHA WATER & POWER UTILITY"),
         ("h", "BLANKET PURCHASE ORDER DWPU-BPO-24-0044 - RELEASE No. 01"),
         ("table", [
             ["Supplier", "Hanseong Precision Industries Co., Ltd., Changwon, Korea"],
             ["Blanket period", "01 June 2024 - 31 May 2026"],
             ["Blanket ceiling", "QAR 2,000,000.00 (value ceiling, not a quantity commitment)"],
             ["Estimated usage", "approx. 20,000 stud bolt sets over 24 months - estimate for planning only, not an order"],
             ["Release date", "14 May 2024"],
         ]),
         ("sp",),
         ("table", [
             ["Pos.", "Description", "Released qty (this release)", "Unit QAR", "Value QAR"],
             ["1", "Stud bolt set ASTM A193 B7 / A194 2H, 3/4\" x 120 mm, HDG, c/w 2 nuts", "1,000 sets", "9.80", "9,800.00"],
             ["2", "Stud bolt set ASTM A193 B7 / A194 2H, 7/8\" x 140 mm, HDG, c/w 2 nuts", "500 sets", "13.60", "6,800.00"],
             ["", "Total this release", "1,500 sets", "", "16,600.00"],
         ]),
         ("sp",),
         ("p", "Release No. 01 releases 1,500 sets for manufacture and delivery. The rest of the estimated usage is not "
               "released. Material authority: material for the 1,500 sets of this release only."),
         ("p", "Further quantities only by a numbered release under this blanket PO, signed by Hamad Al-Marri, Senior "
               "Procurement Specialist."),
         ("p", "Delivery DAP DWPU central stores, Abu Hamour, 8 weeks. MTC EN 10204 3.1, HDG per ASTM A153."),
         ("p", "Authorised signatory: Hamad Al-Marri, Senior Procurement Specialist"),
     ], title="DWPU-BPO-24-0044 Release 01", author="DWPU Procurement"))])

# c25 - interim disposition with limits (DOCX)
case("c25_interim_disposition", [], "interim sample disposition releasing 40 pcs within a quantity and date limit; balance 360 not released until final sign-off and named manager's written release",
     [("SDR-JCRC-24-031_interim.docx", docx_bytes([
         ("h1", "Sample Disposition Record SDR-JCRC-24-031"),
         ("table", [
             ["Field", "Entry"],
             ["PO", "4510099412 - forged 90 deg elbows 6\" SCH 160, ASTM A420 WPL6, for T&I shutdown TA-24"],
             ["Supplier", "Kalinga Forge & Flanges Pvt. Ltd., Pune"],
             ["Samples", "5 pcs delivered 30-Apr-2024, heat K24-2990"],
             ["Disposition", "INTERIM"],
             ["Reason", "Impact values at -46 C meet the spec, but the MTC 3.1 lacks the lateral expansion figures; re-test and re-issued MTC required"],
         ]),
         ("h", "Interim limits"),
         ("p", "Under this interim disposition, 40 pcs are released for manufacture and delivery to support the TA-24 "
               "shutdown. Limit: 40 pcs or 30 June 2024, whichever comes first. After 30 June 2024 nothing "
               "further may be produced under this interim disposition."),
         ("h", "Balance"),
         ("p", "The balance of 360 pcs is not released. It needs (1) the final sample sign-off by Eng. Rashid Al-Harbi, "
               "QA/QC Manager, after the re-test and the re-issued MTC, and (2) a written release signed by Khalid "
               "Al-Mutairi, Materials Manager. Material authority: material for the 40 pcs only."),
         ("h", "Signatures"),
         ("table", [
             ["Role", "Name", "Date"],
             ["QA/QC Manager (disposition)", "Eng. Rashid Al-Harbi", "06-May-2024"],
             ["Materials Manager (release of 40 pcs)", "Khalid Al-Mutairi", "06-May-2024"],
         ]),
     ], author="JCRC QA/QC"))])


# =================================================================== POSITIVE
# p01 - sample PO with the quote's production quantities beside it, nothing about the balance
case("p01_po_quote_basis", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO (60 EA) prints the quote's production quantities (4,440 EA) with no hold, no unlock event, no release authority",
     [("PO_4510102240.pdf", pdf([
         ("h1", "JUBAIL COASTAL REFINING CO. (JCRC)"),
         ("p", "P.O. Box 10077, Jubail Industrial City 31961, Kingdom of Saudi Arabia"),
         ("h", "PURCHASE ORDER 4510102240"),
         ("table", [
             ["PO date", "08-May-2024", "Requisition", "PR 1100387741 / MR JCRC-TA24-MR-0087"],
             ["Supplier", "Shree Ganesh Fasteners Pvt. Ltd., Ludhiana, India (vendor 300118)", "Buyer", "Faisal Al-Qahtani"],
             ["Delivery", "CIF Dammam, Incoterms 2020", "Payment", "60 days from receipt of goods and documents"],
         ]),
         ("sp",),
         ("table", [
             ["Item", "Material", "Description", "Qty", "UoM", "Unit SAR", "Net SAR"],
             ["10", "1000245871", "Stud bolt A193 B7 / 2x A194 2H, 1\" x 200 mm, HDG - samples for FAI", "20", "EA", "18.40", "368.00"],
             ["20", "1000245872", "Stud bolt A193 B7 / 2x A194 2H, 1-1/4\" x 260 mm, HDG - samples for FAI", "20", "EA", "31.75", "635.00"],
             ["30", "1000245880", "Stud bolt A320 L7 / 2x A194 Gr.7, 7/8\" x 180 mm, Xylan - samples for FAI", "20", "EA", "27.10", "542.00"],
             ["", "", "Total", "60", "EA", "", "1,545.00"],
         ]),
         ("sp",),
         ("h", "Commercial basis - your quotation SGF/Q/24/131 dated 22-Apr-2024"),
         ("table", [
             ["Item", "Sample qty", "Production qty", "Unit price sample SAR", "Unit price production SAR", "Production lead time"],
             ["10", "20", "1,980", "18.40", "15.90", "6 weeks"],
             ["20", "20", "1,480", "31.75", "27.60", "6 weeks"],
             ["30", "20", "980", "27.10", "23.85", "8 weeks"],
         ]),
         ("sp",),
         ("h", "Notes"),
         ("p", "1. Samples to be delivered within 3 weeks of PO date, each item packed separately and tagged with PO/item/heat number."),
         ("p", "2. Inspection per JCRC-ITP-BLT-02: FAI witnessed by JCRC QA/QC, hardness and proof load test per ASTM A962, "
               "coating thickness check, MTC EN 10204 3.1."),
         ("p", "3. Supplier to acknowledge this PO within 3 working days via the JCRC supplier portal."),
         ("p", "4. This PO is subject to JCRC General Purchase Conditions GPC-2021 Rev. 3."),
         ("sp",),
         ("p", "Faisal Al-Qahtani - Procurement Engineer - faisal.alqahtani@jcrc-refining.com.sa - +966 13 357 2044"),
     ], title="PO 4510102240", author="JCRC Procurement"))])

# p02 - cover email with DOCX PO and PDF quote, production number unqualified, nothing about the balance
_p02_text = D("""
Dear Ms. Chen,

Good day.

Please find attached our PO GS-4400-2350 for the 6 sample kammprofile gaskets,
together with your quotation NHS-Q-240311 (6 samples + 6,000 pcs) for your
reference.

Kindly acknowledge the PO and advise the dispatch date of the samples. The
samples are needed at our Ruwais yard for the hydrotest of the first exchanger
bundle, so the earlier the better. Please send the MTC and the coating report
with the shipment and mark each gasket with size, rating and PO number.

Thanks and regards,
Omar Farouk
Senior Buyer, Valves & Actuators
""")
case("p02_cover_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "email + PO for 6 samples sets the quote's 6,000 pcs beside them with no hold, no unlock event, no release authority",
     [("PO_GS-4400-2350_samples.eml", eml_bytes(mail(
         "Omar Farouk <omar.farouk@gulfstar-epc.ae>",
         "Chen Lihua <chen.lihua@nbhaitong-seal.cn>",
         "PO GS-4400-2350 - kammprofile gaskets - samples",
         "Thu, 09 May 2024 10:18:00 +0400",
         _p02_text + gulf_sig("Omar Farouk", "Senior Buyer", "Gulfstar EPC LLC, Abu Dhabi", "+971 2 654 3342"),
         html=htmlify(_p02_text),
         attachments=[
             ("GS-4400-2350.docx", docx_bytes([
                 ("h1", "Gulfstar EPC LLC - Purchase Order GS-4400-2350"),
                 ("p", "Date: 09 May 2024   Project: Ruwais NGL-4 debottlenecking   Vendor: Ningbo Haitong Sealing Co., Ltd."),
                 ("table", [
                     ["Line", "Description", "Qty", "Unit USD", "Amount USD"],
                     ["10", "Kammprofile gasket 16\" CL600, 316L core, graphite facing, integral outer ring, ASME B16.20 / EN 12560-6 - SAMPLE", "3", "96.00", "288.00"],
                     ["20", "Kammprofile gasket 20\" CL600, same spec - SAMPLE", "3", "128.00", "384.00"],
                     ["", "Total", "6", "", "672.00"],
                 ]),
                 ("p", "Delivery: DAP Ruwais, 3 weeks. Payment: 30 days after receipt. Inspection: visual and dimensional at receipt, MTC EN 10204 3.1."),
                 ("p", "Buyer: Omar Farouk"),
             ], author="Gulfstar Procurement"), DOCX_MT),
             ("NHS-Q-240311.pdf", pdf([
                 ("h1", "NINGBO HAITONG SEALING CO., LTD."),
                 ("h", "QUOTATION NHS-Q-240311"),
                 ("p", "To: Gulfstar EPC LLC, Abu Dhabi - Attn. Mr. Omar Farouk - Date: 2024-03-11"),
                 ("table", [
                     ["No.", "Item", "Sample qty", "Mass production qty", "Unit price USD (sample / mass)", "Lead time"],
                     ["1", "Kammprofile gasket 16\" CL600, 316L / graphite, outer ring", "3", "3,000", "96.00 / 71.50", "15 days / 35 days"],
                     ["2", "Kammprofile gasket 20\" CL600, 316L / graphite, outer ring", "3", "3,000", "128.00 / 94.00", "15 days / 35 days"],
                 ]),
                 ("p", "Price term FOB Ningbo. Valid 30 days. Sales: Chen Lihua, +86 574 8790 2215."),
             ], title="NHS-Q-240311", author="Ningbo Haitong"), PDF_MT),
         ])))])

# p03 - HTML PO: hold 'until further notice', release authority named, no unlock event
_p03_body = (
    "<h2>NIGER DELTA PETROLEUM SERVICES LTD. - PURCHASE ORDER 4600013020</h2>\n"
    "<p>Plot 14, Trans-Amadi Industrial Layout, Port Harcourt &nbsp;|&nbsp; Date: 10 May 2024 &nbsp;|&nbsp; "
    "Project: Kolo Creek gas gathering - manifold upgrade</p>\n"
    "<p>Vendor: Valvole Brianza S.r.l., Arcore (MB), Italy &nbsp;|&nbsp; Quotation VB-24-0377 Rev. 2</p>\n"
    + table_html([
        ["Line", "Description", "Qty", "Unit EUR", "Amount EUR"],
        ["10", "Ball valve 4\" CL900 RTJ, side entry, A105N + ENP, PEEK seats, API 6D, gear operated - SAMPLE", "2", "5,960.00", "11,920.00"],
    ])
    + "\n<div class=\"note\"><p><b>Scope.</b> Active quantity: two (2) sample valves, line 10, for FAT at your works. "
    "These are the only valves released.</p>\n"
    "<p>The remaining 22 valves of quotation VB-24-0377 are not released and are on hold until further notice. "
    "Do not start them and do not buy forgings for them. Material authority: sample quantity only.</p>\n"
    "<p>Authority over the remaining 22 valves rests solely with Chukwuemeka Obi, Procurement Manager.</p></div>\n"
    "<p>Inspection: FAT per ITP NDPS-ITP-VLV-04, witnessed by NDPS and Bureau Veritas. MTC EN 10204 3.1, fire-safe "
    "certificate API 6FA, NORSOK-style PMI on trim.</p>\n"
    "<p>Delivery: FCA Milan Malpensa, 12 weeks. Payment: 100% within 45 days after receipt of valves and documents.</p>\n"
    "<p>For NDPS: Chukwuemeka Obi, Procurement Manager</p>"
)
case("p03_html_po_no_event", ["RG004"],
     "2 samples active, 22 held 'until further notice', named authority, but no event that unlocks the balance",
     [("NDPS_PO_4600013020.html", html_page("PO 4600013020", _p03_body))])

# p05 - email: events named, release authority is only 'internal approval in our company'
_p05_text = D("""
Dear Mr. Lee,

Please find below the scope of PO 4800-771 (HIPPS valves 4" CL1500 RTJ,
ASTM A182 F316, SIL 3 assembly), issued today in our system.

- Active quantity: 4 (four) pilot valves for FAT and review of the SIL
  documentation. You may start these now.
- The balance of 32 valves quoted in your offer HS-Q-24-0311 is not released.
  Do not start machining and do not buy forgings for them.
- The 32 valves will be released after FAT sign-off on the 4 pilot valves and
  issue of a revised PO (Rev. 1). The revised PO needs internal approval in our
  company before it is issued.
- Material authority: pilot quantity only.

Please acknowledge the scope in writing and propose a FAT date.

Med vennlig hilsen / Best regards
Procurement Department
Nordvik Offshore AS
Strandkaien 22, 4005 Stavanger, Norway
""")
case("p05_eml_no_named_authority", ["RG005"],
     "4 pilots active, 32 not released until FAT sign-off and revised PO, but release rests on unnamed 'internal approval in our company'",
     [("PO_4800-771_scope.eml", eml_bytes(mail(
         "Nordvik Offshore AS - Procurement <procurement@nordvik-offshore.no>",
         "Lee Sang-woo <sw.lee@hanseong-pi.co.kr>",
         "PO 4800-771 - HIPPS valves - scope of order",
         "Tue, 07 May 2024 14:02:00 +0200",
         _p05_text,
         html=htmlify(_p05_text))))])

# p08 - trial order PDF, no production number, nothing about balance, event or authority
case("p08_trial_order_pdf", ["RG003", "RG004", "RG005"],
     "trial order for 10 FAI flanges refers to production quantities per MTO but never says they are not released, names no unlock event and no authority",
     [("NDPS_PO_4600012990_trial.pdf", pdf([
         ("h1", "NIGER DELTA PETROLEUM SERVICES LTD."),
         ("h", "PURCHASE ORDER 4600012990 - TRIAL ORDER"),
         ("table", [
             ["Vendor", "Kalinga Forge & Flanges Pvt. Ltd., Plot B-17, Chakan MIDC Phase II, Pune 410501, India"],
             ["Date", "06 May 2024"],
             ["Project", "Obama flow station upgrade - flowline tie-ins"],
             ["Contact", "Engr. Chukwuemeka Obi, Procurement Manager"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Description", "Qty", "Unit USD", "Amount USD"],
             ["10", "WN flange 6\" CL900 RTJ, ASTM A694 F52 / A105N dual, bore sch 120, NACE MR0175, per NDPS spec NDPS-PIP-SP-014", "10", "212.00", "2,120.00"],
         ]),
         ("sp",),
         ("p", "Scope: this trial order covers a sample lot for first-article inspection. Production quantities are per the "
               "project MTO (material take-off) for the flowline tie-ins."),
         ("p", "Inspection: first-article inspection at vendor works witnessed by NDPS QA/QC and TPI (Bureau Veritas India). "
               "Hardness max. 22 HRC, impact at -29 C, MTC EN 10204 3.1, PMI not required."),
         ("p", "Delivery: CIF Onne Port, 5 weeks. Payment: 100% within 45 days after receipt."),
         ("p", "Signed for NDPS: Engr. Chukwuemeka Obi, Procurement Manager"),
     ], title="PO 4600012990", author="NDPS Procurement"))])

# p09 - release email, first production batch without a quantity
_p09_text = D("""
Dear Mr. Kim,

Following the FAI sign-off by Eng. Sameer Hassan on 21 May (report
QA-FAI-0311, all dimensions and hardness within tolerance), we release the
first production batch of the weld-neck flanges under PO GS-4400-2290 for
manufacture.

Everything beyond this first batch stays on hold. It will be released only by a
further written release from me, after the hydrotest results of the first batch
have been accepted by our QA/QC.

Material: for the first batch only.

Please send your updated schedule by Thursday, including the TPI inspection
date for the first batch. Marking, packing and documents as per the PO.

Kind regards,
Mariam Al Suwaidi
Procurement Manager
""")
case("p09_release_no_quantity", ["RG010"],
     "release email releases 'the first production batch' without ever stating how many; hold, unlock event and named authority are present",
     [("Release_PO_GS-4400-2290_first_batch.eml", eml_bytes(mail(
         "Mariam Al Suwaidi <mariam.alsuwaidi@gulfstar-epc.ae>",
         "Kim Min-jae <minjae.kim@daehanflange.co.kr>",
         "Production release - PO GS-4400-2290 - WN flanges - first batch",
         "Wed, 22 May 2024 12:30:00 +0400",
         _p09_text + gulf_sig("Mariam Al Suwaidi", "Procurement Manager", "Gulfstar EPC LLC", "+971 2 654 3310"),
         html=htmlify(_p09_text),
         cc="Sameer Hassan <sameer.hassan@gulfstar-epc.ae>")))])

# p10 - chat: unscoped 'go ahead', no quantity anywhere
case("p10_chat_go_ahead", ["RG002", "RG010"],
     "chat: buyer answers 'go ahead' to an unscoped 'shall we pour?'; hold, event and authority stated earlier but no quantity is ever authorized",
     [("WeChat_export_PMP_Everbright.txt", D("""
     WeChat chat history - "PMP / Everbright - check valves PO 4700-1251"
     Exported 2024-05-24 21:05 (UTC+8)

     2024-05-14 22:10 Brenda Hollis (PMP):
     Hi Lily, PO 4700-1251 is in your inbox. Reminder for your team: the main order quantity is NOT released. It stays on hold until Tom Reyes (our QA lead) signs off the FAT report and I send you a written release. Pilot castings first. - Brenda

     2024-05-15 08:02 Lily Zhang (Everbright):
     Received Brenda, thank you! We will send the casting drawings for the piston check valves 3" CL1500 this week.

     2024-05-20 09:31 Lily Zhang (Everbright):
     Drawings uploaded to your portal. Pattern is ready.

     2024-05-23 10:47 Lily Zhang (Everbright):
     Brenda our casting line is free this week, ASTM A216 WCC heat can be poured Tuesday. Shall we pour?

     2024-05-23 21:15 Brenda Hollis (PMP):
     go ahead

     2024-05-23 21:16 Lily Zhang (Everbright):
     OK thanks!! we start pouring tuesday 🙏

     2024-05-24 08:40 Lily Zhang (Everbright):
     Heat number will be 24E-0561, MTC 3.1 after chemical analysis.
     """))])

# p11 - quoted thread, buyer's 'green light from our side' unscoped; scope quoted below is complete
_p11_orig = D("""
From: Faisal Al-Qahtani <faisal.alqahtani@jcrc-refining.com.sa>
Sent: Sunday, 5 May 2024 09:02
To: Anil Gupta <anil.gupta@shreeganeshfasteners.in>
Subject: PO 4510102301 - stud bolts A193 B16 - samples

Dear Mr. Gupta,

PO 4510102301 is now in the portal as a sample order:
- 30 sample stud bolts A193 B16 / A194 Gr.7, 1-1/8" x 230 mm, for FAI.
- Balance 2,970 pcs per your quote is not released. Do not manufacture it and
  do not buy bar for it. Material for the 30 samples only.
- The balance will be released only by a written release from Mr. Khalid
  Al-Mutairi, Materials Manager, after FAI sign-off by JCRC QA/QC.

Regards,
Faisal
""")
_p11_supp = D("""
From: Anil Gupta <anil.gupta@shreeganeshfasteners.in>
Sent: Wednesday, 15 May 2024 18:20
To: Faisal Al-Qahtani <faisal.alqahtani@jcrc-refining.com.sa>
Subject: RE: PO 4510102301 - stud bolts A193 B16 - samples

Respected Sir,

Bar cutting is done and the thread rolling machine is set up for 1-1/8" UNC-8.
Heat treatment furnace slot is available from Monday.

Can we start?

Thanks & Regards
Anil Gupta
Manager - Exports, Shree Ganesh Fasteners Pvt. Ltd., Ludhiana
""") + "\n" + quote(_p11_orig)
case("p11_thread_green_light", ["RG002"],
     "buyer replies 'green light from our side' to an unscoped 'can we start?'; the quoted original scope has quantity, hold, event and authority",
     [("RE_RE_PO_4510102301.eml", eml_bytes(mail(
         "Faisal Al-Qahtani <faisal.alqahtani@jcrc-refining.com.sa>",
         "Anil Gupta <anil.gupta@shreeganeshfasteners.in>",
         "RE: RE: PO 4510102301 - stud bolts A193 B16 - samples",
         "Thu, 16 May 2024 08:05:00 +0300",
         D("""
         Dear Mr. Gupta,

         Yes, green light from our side. Please share photos of the thread profile
         once the first pieces are rolled.

         Regards,
         Faisal
         """) + gulf_sig("Faisal Al-Qahtani", "Procurement Engineer", "Jubail Coastal Refining Co.", "+966 13 357 2044")
         + "\n" + quote(_p11_supp))))])

# p12 - 'released' for the SAP PO approval and for production in one email
_p12_text = D("""
Dear Mr. Bertolini,

Good news: PO 4300019981 has been released in SAP today by our Finance
(release strategy completed at level 3), so you will receive the PDF from our
system within the hour.

Production release under this PO covers the 4 sample forged tees only
(equal tee 10" SCH XS, ASTM A234 WPB seamless, per MPC-PIP-SP-021). The balance
of 44 tees remains not released until the FAI sign-off by our QA and a written
production release from me.

Material: for the 4 samples only.

Please confirm the FAI date at your Crema works; our TPI (RINA) needs one week
notice.

Best regards,
Hamad Al-Marri
Senior Procurement Specialist
Mesaieed Petrochemical Co.
""")
case("p12_sap_release_vs_production", ["RG009"],
     "'released' used for the Finance/SAP PO release (commercial) and for production release of 4 samples in one email; scope otherwise complete",
     [("PO_4300019981_notification.eml", eml_bytes(mail(
         "Hamad Al-Marri <h.almarri@mesaieed-petchem.com.qa>",
         "Luca Bertolini <l.bertolini@forgiaturapadana.it>",
         "PO 4300019981 released - forged tees",
         "Mon, 13 May 2024 13:15:00 +0300",
         _p12_text + gulf_sig("Hamad Al-Marri", "Senior Procurement Specialist", "Mesaieed Petrochemical Co.", "+974 4477 1290"))))])

# p13 - PDF: 'release' for TPI inspection release, document release and production release
case("p13_release_three_meanings", ["RG009"],
     "one letter uses 'release' for DNV inspection release, VDRL document release and production release; quantities, hold, event and authority present",
     [("Nordvik_4800-802_requirements.pdf", pdf([
         ("h1", "NORDVIK OFFSHORE AS"),
         ("h", "PO 4800-802 - Gate valves 6\" CL2500 - inspection and release requirements"),
         ("p", "To: Samjin Valve Co., Ltd., Gimhae, Korea - attn. Mr. Jung Tae-yoon, Project Manager. Date: 15.05.2024."),
         ("p", "1. Documents. The GA drawing, the pressure calculation and the welding procedure (WPS/PQR) are released "
               "for manufacture under VDRL code 1. The NDE procedure is returned with comments (code 2) and must be "
               "re-submitted."),
         ("p", "2. FAT valves. The 3 FAT valves are released for production now. After the hydrotest and the gas seat test "
               "witnessed by DNV, DNV will release the 3 valves with an inspection release note; once released, ship them "
               "to Dusavika base."),
         ("p", "3. Remaining valves. The remaining 21 valves are not released. Production release of the 21 valves "
               "requires the FAT sign-off by Lars Haugen, Lead Mechanical Engineer, and a written release signed by "
               "Ingrid Solheim, Category Manager."),
         ("p", "4. Material authority: the 3 FAT valves only."),
         ("table", [
             ["Qty", "Status"],
             ["3", "FAT valves - released for production"],
             ["21", "Not released - awaiting FAT sign-off and written release"],
         ]),
         ("sp",),
         ("p", "Ingrid Solheim, Category Manager, Piping & Valves - ingrid.solheim@nordvik-offshore.no"),
     ], title="PO 4800-802 release requirements", author="Nordvik Offshore"))])

# p14 - DOCX minutes: 'approval' used for commercial, technical and production decisions
case("p14_minutes_approval_mixed", ["RG009"],
     "minutes use 'approval/approved' for PO approval by management, sample approval by QA, committee approval and production approval; quantities and hold otherwise complete",
     [("PIM_minutes_GS-4400-2402.docx", docx_bytes([
         ("h1", "Pre-Inspection Meeting - Minutes"),
         ("p", "PO GS-4400-2402 - forged gate valves 2\" CL800, API 602, A105N / Stellite - Vendor: Vishwakarma Valves Pvt. Ltd., Vadodara"),
         ("p", "Date: 09 May 2024 - Venue: vendor works, Vadodara - Minutes: Omar Farouk, Gulfstar EPC"),
         ("table", [
             ["Name", "Company", "Position"],
             ["Omar Farouk", "Gulfstar EPC", "Senior Buyer"],
             ["Eng. Sameer Hassan", "Gulfstar EPC", "QA/QC Lead"],
             ["Suresh Patel", "Vishwakarma Valves", "GM Exports"],
             ["Hitesh Shah", "Vishwakarma Valves", "QA Manager"],
         ]),
         ("h", "Discussion"),
         ("num", "Commercial: PO GS-4400-2402 was approved by Gulfstar management on 2 May and issued on 5 May."),
         ("num", "Samples: 5 sample valves are approved for manufacture now, for FAT in week 24."),
         ("num", "Sample approval: after the FAT, the samples will be approved by Eng. Sameer Hassan (QA/QC)."),
         ("num", "Balance: the remaining 95 valves are not released. After approval of the samples, the balance needs "
                 "approval by the Gulfstar Tender Committee and then production approval from Omar Farouk before any "
                 "work on them starts."),
         ("num", "Material: bar stock for the 5 sample valves only."),
         ("num", "ITP: H1 hydrotest (shell / back seat / seat), H2 FAT, W1 PMI on trim, R1 MTC 3.1 review. TPI: Bureau Veritas Vadodara."),
         ("h", "Actions"),
         ("table", [
             ["No.", "Action", "By", "Due"],
             ["1", "Submit revised GA with stem extension", "Vishwakarma", "16 May 2024"],
             ["2", "Propose FAT date (week 24)", "Vishwakarma", "23 May 2024"],
             ["3", "Confirm TPI attendance", "Gulfstar QA/QC", "30 May 2024"],
         ]),
     ], author="Omar Farouk"))])

# p17 - LC 'released' treated as releasing manufacture
_p17_text = D("""
Dear Rick,

Good news from our side: the bank released the Letter of Credit this morning
(LC no. QNB-ILC-24-118874, USD 96,800, confirmed by JPMorgan Chase, Houston).

With the LC released, PO DWPU-PO-24-00812 is released for manufacture of the 2
pilot plug valves (8" CL300, lubricated, API 599). The remaining 18 valves are
not released; they need the FAT sign-off by our mechanical engineer and then a
written release from me.

Material for the 2 pilot valves only, please.

Kindly send the FAT procedure for review next week.

Best regards,
Hamad Al-Marri
Senior Procurement Specialist
Doha Water & Power Utility
""")
case("p17_lc_released_manufacture", ["RG009", "RG012"],
     "opening of the LC is treated as what releases manufacture, and 'released' covers both the LC and production",
     [("LC_DWPU-PO-24-00812.eml", eml_bytes(mail(
         "Hamad Al-Marri <h.almarri@dwpu.com.qa>",
         "Rick Owens <rowens@lonestarvalve.com>",
         "DWPU-PO-24-00812 - LC released",
         "Sun, 19 May 2024 09:25:00 +0300",
         _p17_text + gulf_sig("Hamad Al-Marri", "Senior Procurement Specialist", "Doha Water & Power Utility", "+974 4484 5120"),
         html=htmlify(_p17_text))))])

# p18 - supplier reads the advance as the start signal and buys material for the whole order
_p18_text = D("""
Dear Mr. Omar,

Greetings from Ningbo!

We well received your 30% advance payment today (USD 4,212.00 for PO
GS-4400-2366), thank you very much.

As per our proforma invoice terms, production is arranged upon receipt of the
advance, so our workshop has started on your order. To secure the delivery we
have also purchased the 316L winding strip and the flexible graphite filler for
the complete order quantity, it arrived in our warehouse this afternoon.

We will send you the production photos next week. Your PO is attached again
for reference.

Best regards,
Chen Lihua
Sales Manager
Ningbo Haitong Sealing Co., Ltd.
No. 66 Jinhai Road, Beilun, Ningbo, China
Tel +86 574 8790 2215
""")
case("p18_advance_started_material", ["RG006", "RG012"],
     "supplier treats the advance as the start signal and buys strip and filler for the whole order while the attached PO releases 12 samples with material sample-only",
     [("Advance_received_GS-4400-2366.eml", eml_bytes(mail(
         "Chen Lihua <chen.lihua@nbhaitong-seal.cn>",
         "Omar Farouk <omar.farouk@gulfstar-epc.ae>",
         "Advance received - PO GS-4400-2366 - spiral wound gaskets",
         "Tue, 21 May 2024 17:48:00 +0800",
         _p18_text,
         attachments=[("GS-4400-2366.pdf", pdf([
             ("h1", "GULFSTAR EPC LLC - PURCHASE ORDER GS-4400-2366"),
             ("p", "Date: 12 May 2024 - Vendor: Ningbo Haitong Sealing Co., Ltd. - Project: Ruwais NGL-4"),
             ("table", [
                 ["Line", "Description", "Qty", "Unit USD", "Amount USD"],
                 ["10", "Spiral wound gasket 6\" CL600, 316L / flexible graphite, CS outer ring, 316L inner ring, ASME B16.20 - SAMPLE", "6", "1,020.00", "6,120.00"],
                 ["20", "Spiral wound gasket 12\" CL600, same spec - SAMPLE", "6", "1,320.00", "7,920.00"],
                 ["", "Total", "12", "", "14,040.00"],
             ]),
             ("sp",),
             ("p", "Scope: this PO releases the 12 sample gaskets above only. The production quantity of your quotation "
                   "(1,188 gaskets) is not released. It will be released only by a written release signed by Mariam Al "
                   "Suwaidi, Procurement Manager, after the sample sign-off by Eng. Sameer Hassan, QA/QC Lead."),
             ("p", "Material authority: sample-only. Do not purchase material for the production quantity."),
             ("p", "Payment: 30% advance against proforma invoice, 70% within 30 days of receipt of the samples."),
         ], title="PO GS-4400-2366", author="Gulfstar Procurement"), PDF_MT)])))])

# p19 - accounts payable reply: deposit wired, 'good to go'
_p19_orig = D("""
From: Brenda Hollis <bhollis@permianmidstream.com>
Sent: Monday, April 29, 2024 3:40 PM
To: Suresh Patel <suresh.patel@vishwakarmavalves.in>
Subject: PO 4700-1219 - gate valves 3in CL900 - sample lot

Suresh,

PO 4700-1219 attached. Scope, so we are clear:
- 8 sample valves (gate 3" CL900 RF, WCB/trim 8) for FAT. These 8 are released.
- The 112 production valves in your quote are not released. Do not start them
  and do not buy castings for them. Material authority: sample only.
- I will release the 112 in writing only after our QA signs off the FAT.

Brenda Hollis
Supply Chain Manager, Permian Midstream Partners LP
""")
_p19_supp = D("""
From: Suresh Patel <suresh.patel@vishwakarmavalves.in>
Sent: Thursday, May 16, 2024 11:02 AM
To: Accounts Payable <ap@permianmidstream.com>
Cc: Brenda Hollis <bhollis@permianmidstream.com>
Subject: RE: PO 4700-1219 - gate valves 3in CL900 - sample lot

Dear Madam,

Kindly confirm the status of the 40% deposit as per our proforma invoice
PI/VV/24/0311, so that we can go ahead.

Thanks & Regards,
Suresh Patel, GM Exports, Vishwakarma Valves Pvt. Ltd.
""") + "\n" + quote(_p19_orig)
case("p19_ap_deposit_good_to_go", ["RG002", "RG012"],
     "accounts payable answers the supplier: deposit wired, 'you're good to go' - payment as the start signal, unscoped; quoted original scope is complete",
     [("RE_PO_4700-1219_deposit.eml", eml_bytes(mail(
         "Kayla Nguyen <ap@permianmidstream.com>",
         "Suresh Patel <suresh.patel@vishwakarmavalves.in>",
         "RE: PO 4700-1219 - gate valves 3in CL900 - sample lot",
         "Thu, 16 May 2024 14:26:00 -0500",
         D("""
         Hi Suresh,

         The 40% deposit was wired this morning, Fed reference 20240516B1Q8021C000417.
         You're good to go.

         Thanks,
         Kayla Nguyen
         Accounts Payable | Permian Midstream Partners LP
         (432) 555-0190
         """) + "\n" + quote(_p19_supp),
         cc="Brenda Hollis <bhollis@permianmidstream.com>")))])

# p21 - KOM minutes: manufacturing to start upon receipt of advance
case("p21_kom_advance_start", ["RG012"],
     "minutes record 'manufacturing to start upon receipt of advance' as an agreed action; scope of 6 sample sets otherwise complete",
     [("KOM_MoM_4510101388.docx", docx_bytes([
         ("h1", "Kick-Off Meeting - Minutes of Meeting"),
         ("p", "PO 4510101388 - Insulating gasket kits and monolithic isolation joints - Vendor: Daehan Flange Co., Ltd., Busan"),
         ("p", "Date: 12 May 2024 (video conference) - Prepared by: Faisal Al-Qahtani, JCRC Procurement"),
         ("table", [
             ["Name", "Company", "Designation"],
             ["Faisal Al-Qahtani", "JCRC", "Procurement Engineer"],
             ["Khalid Al-Mutairi", "JCRC", "Materials Manager"],
             ["Eng. Rashid Al-Harbi", "JCRC", "QA/QC Manager"],
             ["Kim Min-jae", "Daehan Flange", "Manager, Overseas Sales"],
             ["Oh Se-young", "Daehan Flange", "Production Manager"],
         ]),
         ("h", "1. Scope"),
         ("p", "1.1 PO 4510101388 covers 6 sample isolation joint sets (3 x 8\" CL600 and 3 x 12\" CL600) for FAI. "
               "These 6 sets are the only quantity released."),
         ("p", "1.2 The production quantity of 74 sets in Daehan quotation DF-Q-2404-31 is not released. It will be released "
               "only in writing by Khalid Al-Mutairi, Materials Manager, after FAI sign-off by Eng. Rashid Al-Harbi."),
         ("p", "1.3 Material for the 6 sample sets only."),
         ("h", "2. Commercial"),
         ("p", "2.1 Daehan requested an advance payment. JCRC confirmed a 20% advance against an advance payment bank "
               "guarantee (ABG), payable within 15 days of receipt of the ABG."),
         ("p", "2.2 Manufacturing to start upon receipt of the advance."),
         ("h", "3. Technical"),
         ("p", "3.1 Dielectric test 5 kV AC for 1 minute, insulation resistance min. 200 MOhm at 1 kV DC, hydrotest 1.5 x "
               "design pressure. ITP hold points H1 hydrotest, H2 dielectric test, witness by JCRC QA/QC and TPI (TUV Rheinland Korea)."),
         ("h", "4. Action items"),
         ("table", [
             ["No.", "Action", "Responsible", "Target"],
             ["1", "Submit ABG for advance payment", "Daehan", "19 May 2024"],
             ["2", "Pay the advance on receipt of ABG", "JCRC Finance", "within 15 days of ABG"],
             ["3", "Start manufacturing upon receipt of advance", "Daehan", "on receipt of advance"],
             ["4", "Submit GA drawing and ITP for review", "Daehan", "26 May 2024"],
         ]),
     ], author="Faisal Al-Qahtani"))])

# p22 - forecast with an LC, 'consider the forecast as our firm order and commence production'
case("p22_lc_forecast_firm", ["RG008", "RG012"],
     "letter calls the 2025 forecast a firm order and uses the opened LC as the reason to commence production",
     [("NDPS_2025_requirement_stud_bolts.pdf", pdf([
         ("h1", "NIGER DELTA PETROLEUM SERVICES LTD."),
         ("p", "Plot 14, Trans-Amadi Industrial Layout, Port Harcourt, Rivers State, Nigeria - RC 412877"),
         ("p", "Our ref.: NDPS/SCM/LET/24/0219 - Date: 20 May 2024"),
         ("p", "To: The Managing Director, Shree Ganesh Fasteners Pvt. Ltd., Focal Point Phase VIII, Ludhiana 141010, India"),
         ("h", "RE: 2025 REQUIREMENT - STUD BOLTS AND NUTS FOR FLOW STATIONS"),
         ("p", "Dear Sir,"),
         ("p", "Further to our meeting in Port Harcourt on 14 May 2024, we write to confirm our requirement of stud bolts "
               "and nuts for the Obama, Kolo Creek and Imo River flow stations for the year 2025."),
         ("table", [
             ["Item", "Description", "2025 forecast (pcs)"],
             ["1", "Stud bolt A193 B7M / 2x A194 2HM, 7/8\" x 160 mm, PTFE coated", "18,000"],
             ["2", "Stud bolt A193 B7M / 2x A194 2HM, 1\" x 180 mm, PTFE coated", "16,000"],
             ["3", "Stud bolt A320 L7M / 2x A194 Gr.7M, 1-1/8\" x 220 mm, PTFE coated", "14,000"],
             ["", "Total", "48,000"],
         ]),
         ("sp",),
         ("p", "We have opened an irrevocable letter of credit with Zenith Bank Plc for USD 240,000.00 in your favour covering "
               "the above forecast. Kindly consider the forecast as our firm order and commence production immediately, so "
               "that deliveries can start in January 2025 at a monthly rate of 4,000 pcs."),
         ("p", "Packing, marking and documentation shall be as per our standard PO conditions. Inspection will be carried out "
               "by Bureau Veritas India prior to each shipment."),
         ("p", "Yours faithfully,"),
         ("p", "for: Niger Delta Petroleum Services Ltd. - Engr. Chukwuemeka Obi, Procurement Manager"),
     ], title="NDPS 2025 requirement", author="NDPS SCM"))])

# p24 - cover email says fifteen, attached PO says twelve
case("p24_cover_vs_po_qty", ["RG011"],
     "cover email announces fifteen (15) sample flanges, the attached PO releases twelve (12); hold, event and authority otherwise complete",
     [("PO_4510103315_sample_flanges.eml", eml_bytes(mail(
         "Faisal Al-Qahtani <faisal.alqahtani@jcrc-refining.com.sa>",
         "Sunil Deshpande <sunil.d@kalingaforge.in>",
         "PO 4510103315 - Slip-on flanges 16in CL150 - samples",
         "Mon, 20 May 2024 10:40:00 +0300",
         D("""
         Dear Mr. Deshpande,

         Please find attached PO 4510103315 for the fifteen (15) sample slip-on
         flanges 16" CL150 RF, A105N, for FAI. The balance remains as stated in the
         PO.

         Please confirm the dispatch date and the TPI inspection date.

         Regards,
         Faisal Al-Qahtani
         Procurement Engineer
         """) + gulf_sig("Faisal Al-Qahtani", "Procurement Engineer", "Jubail Coastal Refining Co.", "+966 13 357 2044"),
         attachments=[("PO_4510103315.pdf", pdf([
             ("h1", "JUBAIL COASTAL REFINING CO. (JCRC)"),
             ("h", "PURCHASE ORDER 4510103315"),
             ("p", "Date: 20-May-2024 - Supplier: Kalinga Forge & Flanges Pvt. Ltd., Pune - MR JCRC-TA24-MR-0112"),
             ("table", [
                 ["Item", "Description", "Scope", "Qty", "UoM", "Unit SAR", "Net SAR"],
                 ["10", "Slip-on flange 16\" CL150 RF, ASTM A105N, ASME B16.5, bore 16.18\"", "SAMPLE", "12", "EA", "688.00", "8,256.00"],
             ]),
             ("sp",),
             ("p", "Scope: this PO releases twelve (12) sample flanges for FAI only. The balance of 188 flanges of the MR "
                   "quantity is not released. Do not manufacture it and do not buy forgings for it."),
             ("p", "The balance will be released only after FAI sign-off by Eng. Rashid Al-Harbi, QA/QC Manager, and a "
                   "written release signed by Khalid Al-Mutairi, Materials Manager. Material authority: sample-only."),
             ("p", "Inspection: FAI witnessed by JCRC/TPI, MTC EN 10204 3.1, hardness check 100%."),
         ], title="PO 4510103315", author="JCRC Procurement"), PDF_MT)])))])

# p25 - release letter: 'twenty (20)' in the text, 25 in the table
case("p25_words_vs_table", ["RG011"],
     "release letter says 'twenty (20) pilot gaskets' in the text and 25 in the release table",
     [("DWPU_release_pilot_gaskets.docx", docx_bytes([
         ("h1", "Doha Water & Power Utility - Release of pilot quantity"),
         ("p", "Ref.: DWPU/PRC/REL/24/0061 - Date: 16 May 2024"),
         ("p", "To: Ningbo Haitong Sealing Co., Ltd., Beilun, Ningbo, China - attn. Ms. Chen Lihua"),
         ("p", "Subject: PO DWPU-PO-24-00790 - full-face EPDM gaskets for DN 1200 PN 16 flanges (WRAS-listed compound) - pilot quantity"),
         ("p", "Dear Ms. Chen,"),
         ("p", "Further to the review of your material data sheet and WRAS certificate, we hereby release twenty (20) pilot "
               "gaskets for manufacture, for the pressure test at our Ras Abu Fontas test bay."),
         ("table", [
             ["PO item", "Description", "Released now", "Not released"],
             ["1", "Full-face gasket DN 1200 PN 16, EPDM 70 Shore A, 6 mm, to EN 1514-1", "25", "455"],
         ]),
         ("p", "The remaining 455 gaskets are not released. They will be released only by a written release from Hamad "
               "Al-Marri, Senior Procurement Specialist, after the pressure test of the pilot gaskets has been signed off "
               "by our network engineering section."),
         ("p", "Material authority: compound for the pilot gaskets only."),
         ("p", "Best regards,"),
         ("p", "Hamad Al-Marri, Senior Procurement Specialist"),
     ], author="DWPU Procurement"))])

# p26 - multi-file: ERP release printout says 40, release email says 60
_p26_erp = D("""
PERMIAN MIDSTREAM PARTNERS LP               SCHEDULING AGREEMENT RELEASE
3300 N BIG SPRING ST, MIDLAND TX 79705      PRINTED 05/17/2024 08:55  PG 1
==========================================================================
SCHED AGREEMENT : 5500-0218            RELEASE NO : 03
VENDOR          : 0000207715 LONE STAR VALVE & CONTROLS, HOUSTON TX
MATERIAL        : VLV-BL-02-0600  BALL VLV 2" CL600 RF, FLOATING, A105N,
                  316 TRIM, RPTFE SEATS, LEVER, API 6D, FIRE SAFE API 607
BUYER           : B. HOLLIS
--------------------------------------------------------------------------
REL  DATE        REL QTY  CUM REL  DELIVERY     STATUS
---  ----------  -------  -------  -----------  --------------------------
01   02/12/2024       10       10  03/25/2024   DELIVERED / ACCEPTED
02   03/28/2024       30       40  05/13/2024   DELIVERED / UNDER INSPECTION
03   05/17/2024       40       80  07/08/2024   OPEN - RELEASED THIS RUN
--------------------------------------------------------------------------
AGREEMENT TARGET QTY 200 EA. QTY ABOVE CUM REL IS NOT RELEASED.
NEXT RELEASE (04) ONLY AFTER LOT ACCEPTANCE OF RELEASE 02, SIGNED BY
BRENDA HOLLIS, SUPPLY CHAIN MANAGER.
MATERIAL AUTHORITY: CUM REL QTY ONLY.
""")
_p26_mail = D("""
Hi Rick,

Release 3 under scheduling agreement 5500-0218 is out today: 60 valves (2"
CL600 floating ball valves, VLV-BL-02-0600), delivery to Waha on July 8.

Nothing beyond release 3 is released. Release 4 will come from me, and only
after lot acceptance of the release 2 valves that are under inspection now.
Material for the released quantity only, as before.

The ERP printout of release 03 is enclosed for your records.

Thanks,
Brenda

Brenda Hollis
Supply Chain Manager | Permian Midstream Partners LP
(432) 555-0148
""")
case("p26_erp_vs_email_release", ["RG011"],
     "multi-file: ERP release 03 shows 40 valves, the release email for the same release 3 says 60; hold, lot-acceptance event and named authority present",
     [("SA_5500-0218_release_03.txt", _p26_erp),
      ("Release_3_SA_5500-0218.eml", eml_bytes(mail(
          "Brenda Hollis <bhollis@permianmidstream.com>",
          "Rick Owens <rowens@lonestarvalve.com>",
          "Release 3 - SA 5500-0218 - 2in CL600 ball valves",
          "Fri, 17 May 2024 09:12:00 -0500",
          _p26_mail)))])

# p27 - supplier acknowledgement says 50, the quoted buyer release says 40
_p27_rel = D("""
From: Ingrid Solheim <ingrid.solheim@nordvik-offshore.no>
Sent: 21 May 2024 10:05
To: Luca Bertolini <l.bertolini@forgiaturapadana.it>
Subject: Production release 2 - PO 4800-702 - WN flanges 10in CL900 F22

Dear Luca,

Production release 2 under PO 4800-702: 40 pcs WN flange 10" CL900 RTJ,
ASTM A182 F22 Cl.3, NORSOK MDS D44. Delivery DAP Dusavika week 31.

The balance of 120 pcs remains not released until the hardness results of
release 2 are signed off by Lars Haugen and I issue release 3.

Material for the released quantity only.

Best regards
Ingrid Solheim, Category Manager, Nordvik Offshore AS
""")
case("p27_ack_differs_from_release", ["RG011"],
     "supplier acknowledgement confirms release of 50 flanges; the quoted buyer release 2 is for 40",
     [("RE_Production_release_2_PO_4800-702.eml", eml_bytes(mail(
          "Luca Bertolini <l.bertolini@forgiaturapadana.it>",
          "Ingrid Solheim <ingrid.solheim@nordvik-offshore.no>",
          "R: Production release 2 - PO 4800-702 - WN flanges 10in CL900 F22",
          "Tue, 21 May 2024 16:37:00 +0200",
          D("""
          Dear Ms. Solheim,

          thank you for your release. We acknowledge it and confirm that the 50 flanges
          of release 2 are scheduled for forging in week 24 and for machining in
          weeks 26-27, with hardness test and DNV witness in week 29.

          We remain at your disposal for any clarification.

          Cordiali saluti / Best regards
          Luca Bertolini
          Ufficio Commerciale - Forgiatura Padana S.p.A.
          Via dell'Industria 41, 26013 Crema (CR) - tel. +39 0373 204 118

          Le informazioni contenute in questo messaggio sono riservate e destinate
          esclusivamente al destinatario. / This message is confidential.
          """) + "\n" + quote(_p27_rel))))])

# p28 - HTML call-off: table says 300, text says 250
_p28_body = (
    "<h2>EASTERN PROVINCE WATER SERVICES CO. - CALL-OFF ORDER CO-0391-05</h2>\n"
    "<p>Contract: EPWS-C-2023-0391 (ductile iron gate valves, AWWA C515) &nbsp;|&nbsp; Supplier: Keystone Skid Systems, Inc. "
    "(valve division), Tulsa OK &nbsp;|&nbsp; Date: 19 May 2024</p>\n"
    "<p>This call-off releases 250 pcs of item 1 for manufacture and delivery to the Qatif reservoir project.</p>\n"
    + table_html([
        ["Item", "Description", "Contract qty", "Released to date", "Release qty (this call-off)", "Delivery"],
        ["1", "Gate valve 8\" AWWA C515, resilient wedge, DI body, fusion bonded epoxy, flanged ASME B16.1 Cl.125, NRS, 2\" op nut", "1,400", "600", "300", "CFR Dammam, wk 32"],
    ])
    + "\n<div class=\"note\"><p>The remaining contract quantity is not released. Next call-off (CO-0391-06) only after "
    "lot acceptance of this call-off at Qatif stores, signed by Eng. Turki Al-Dossary, Projects Director.</p>\n"
    "<p>Material authority: released quantity only.</p></div>\n"
    "<p>Inspection: hydrostatic shell and seat test per AWWA C515, holiday test of coating, TPI SGS Gulf. "
    "Documents: test certificates, NSF/ANSI 61 certificate.</p>\n"
    "<p>Nasser Al-Otaibi, Procurement Engineer, for Eng. Turki Al-Dossary</p>"
)
case("p28_calloff_text_vs_table", ["RG011"],
     "call-off text releases 250 pcs, its own table gives 300 as the release quantity",
     [("EPWS_CO-0391-05.html", html_page("Call-off CO-0391-05", _p28_body))])

# p29 - minutes with 'half a dozen (6)' in the text and 8 in the table
case("p29_minutes_dozen_vs_table", ["RG011"],
     "minutes release 'half a dozen (6)' pilot manifolds in the text; the quantity table of the same minutes says 8",
     [("MoM_PO_GS-4400-2377_manifolds.docx", docx_bytes([
         ("h1", "Minutes of Meeting - Instrument valve manifolds"),
         ("p", "PO GS-4400-2377 - Vendor: Hanseong Precision Industries Co., Ltd. - 14 May 2024 - Gulfstar office, Abu Dhabi"),
         ("p", "Present: Mariam Al Suwaidi, Omar Farouk, Eng. Sameer Hassan (Gulfstar); Lee Sang-woo, Choi Eun-ji (Hanseong)"),
         ("h", "1. Pilot lot"),
         ("p", "Gulfstar releases a pilot lot of half a dozen (6) 5-valve manifolds (rated 6,000 psi, 316 SS, "
               "1/2\" NPT, direct mount to Rosemount 3051) for manufacture now, for the hook-up trial on the metering skid."),
         ("h", "2. Remaining quantity"),
         ("p", "The remaining manifolds are not released. They will be released only in writing by Mariam Al Suwaidi, "
               "Procurement Manager, after the hook-up trial has been signed off by Eng. Sameer Hassan."),
         ("h", "3. Quantities"),
         ("table", [
             ["Item", "Description", "PO qty", "Pilot lot (released)", "Not released"],
             ["10", "5-valve manifold, 316 SS, 6,000 psi, direct mount", "120", "8", "112"],
         ]),
         ("h", "4. Material"),
         ("p", "Bar stock for the pilot lot only."),
         ("h", "5. Next meeting"),
         ("p", "Hook-up trial review, week 25."),
     ], author="Omar Farouk"))])

# p30 - multi-file: release letter for 60, supplier progress report reads it as 100 and buys forgings for 100
case("p30_release_vs_progress_report", ["RG006", "RG011"],
     "multi-file: buyer releases 60 with material for 60 only; supplier report cites a release of 100 and has bought forgings for 100",
     [("JCRC-PR-24-0033_production_release.pdf", pdf([
         ("h1", "JUBAIL COASTAL REFINING CO. (JCRC)"),
         ("h", "PRODUCTION RELEASE JCRC-PR-24-0033"),
         ("table", [
             ["To", "Daehan Flange Co., Ltd., Busan - attn. Mr. Kim Min-jae"],
             ["PO", "4510101200 - WN flange 12\" CL300 RF, ASTM A105N, bore sch 40"],
             ["Date", "16 May 2024"],
             ["Basis", "FAI sign-off of the 6 sample flanges, report QC-FAI-24-088 signed by Eng. Rashid Al-Harbi on 12 May 2024"],
         ]),
         ("sp",),
         ("p", "JCRC hereby releases 60 (sixty) flanges for manufacture under PO 4510101200."),
         ("p", "The balance of 334 flanges is not released. It will be released only by a further written release signed by "
               "Khalid Al-Mutairi, Materials Manager, after lot acceptance of these 60 flanges at JCRC stores."),
         ("p", "Material authority: forgings for the 60 released flanges only."),
         ("p", "Signed: Khalid Al-Mutairi, Materials Manager"),
     ], title="JCRC-PR-24-0033", author="JCRC Materials")),
      ("DF_progress_report_03_PO_4510101200.pdf", pdf([
          ("h1", "DAEHAN FLANGE CO., LTD. - PRODUCTION STATUS REPORT No. 03"),
          ("p", "Customer: JCRC - PO 4510101200 - Report date: 24 May 2024 - Prepared by: Oh Se-young, Production Manager"),
          ("table", [
              ["Activity", "Status", "Remark"],
              ["Forging stock purchase", "Completed 20 May", "As per your release of 100 flanges dated 16 May, forgings for 100 pcs purchased from Taewoong (heats 4T2291, 4T2292)"],
              ["Forging / normalizing", "40 pcs done", "Normalizing 900 C, hardness 152-166 HB"],
              ["Machining", "Started 23 May", "CNC line 3"],
              ["Hardness / NDE", "Planned wk 23", "-"],
              ["TPI inspection", "Planned wk 24", "TUV Rheinland Korea"],
          ]),
          ("sp",),
          ("p", "Overall progress: 27%. No delay foreseen. Next report: 31 May 2024."),
      ], title="Daehan progress report 03", author="Daehan Flange"))])

# p32 - supplier weekly progress: forgings ordered for the complete quantity; quoted buyer scope is complete
_p32_orig = D("""
From: Faisal Al-Qahtani <faisal.alqahtani@jcrc-refining.com.sa>
Sent: Tuesday, 23 April 2024 11:20
To: Sunil Deshpande <sunil.d@kalingaforge.in>
Subject: PO 4510098990 - blind flanges 8in CL600 - scope

Dear Mr. Deshpande,

Scope of PO 4510098990 (blind flanges 8" CL600 RTJ, A105N):
- 8 sample flanges for FAI are released.
- Balance 232 pcs not released. Do not start and do not buy forgings.
- Balance will be released only in writing by Mr. Khalid Al-Mutairi after
  FAI sign-off by our QA/QC. Material authority: 8 samples only.

Regards,
Faisal
""")
case("p32_weekly_progress_forgings", ["RG006"],
     "supplier progress mail: forgings already ordered for the complete 240 pcs while only 8 samples are released and material authority is sample-only",
     [("Weekly_progress_PO_4510098990.eml", eml_bytes(mail(
         "Sunil Deshpande <sunil.d@kalingaforge.in>",
         "Faisal Al-Qahtani <faisal.alqahtani@jcrc-refining.com.sa>",
         "RE: PO 4510098990 - blind flanges 8in CL600 - weekly progress wk 20",
         "Fri, 17 May 2024 19:10:00 +0530",
         D("""
         Dear Sir,

         Please find below weekly progress for your kind information.

         1) Samples (8 pcs): forging and heat treatment completed, machining 100%
            done, ready for TPI on 22 May. MTC 3.1 enclosed in our portal upload.
         2) Balance 232 pcs: as discussed internally, to protect the lead time we
            have already placed order for the A105N forgings for the complete 240 pcs
            with our forging sub-vendor (Bharat Forge, Baramati). Delivery of forgings
            3 weeks.
         3) Painting procedure will be submitted by Monday.

         Kindly arrange the FAI at the earliest.

         Thanks & Regards
         Sunil Deshpande
         Sr. Manager - Marketing (Exports)
         Kalinga Forge & Flanges Pvt. Ltd., Chakan, Pune
         +91 20 6712 4400
         """) + "\n" + quote(_p32_orig))))])

# p34 - WeChat export: supplier has already cast the balance; buyer only asks for the FAT date
case("p34_wechat_castings_in_stock", ["RG006"],
     "chat: buyer releases 5 pilots with material for 5 only; supplier reports CF8M castings for bal. 95 already poured and in stock",
     [("WeChat_NDPS_Everbright_check_valves.txt", D("""
     WeChat chat history with "Lily Zhang 张莉 (Everbright Valve)"
     ----------------------------------------------------------------
     2024-05-06 10:14  Chukwuemeka Obi
     Lily good morning. PO NDPS/PO/24/0441 for the dual plate check valves 10" CL300, CF8M body, Inconel X-750 springs is in your mail.
     2024-05-06 10:15  Chukwuemeka Obi
     Scope: 5 pilot valves only, released now. The remaining 95 are NOT released until the FAT is signed off by Engr Ifeoma Nwosu and you get my written release. Material for the 5 pilots only.
     2024-05-06 10:31  Lily Zhang 张莉 (Everbright Valve)
     Received Engr Obi, thank you 🙏 will send drawing for approval this week
     2024-05-17 15:02  Lily Zhang 张莉 (Everbright Valve)
     Engr Obi good afternoon. pilot 5 pcs body casting done, machining next week.
     2024-05-17 15:03  Lily Zhang 张莉 (Everbright Valve)
     for bal. 95 we already melt the CF8M castings together in same heat to save cost, now stock in our warehouse, waiting your release 😊
     2024-05-17 18:40  Chukwuemeka Obi
     Send me the FAT date for the 5 pilots.
     2024-05-17 18:52  Lily Zhang 张莉 (Everbright Valve)
     ok, FAT 12 June, I will send FAT procedure tomorrow
     """))])

# p35 - KOM minutes: vendor to order forgings for all 36 valves, buyer 'noted'
case("p35_kom_forgings_all", ["RG006"],
     "minutes: 2 FAT valves released, 34 not released, but the agreed action is to order forgings for all 36 with no material authority beyond the 2",
     [("KOM_minutes_MPC-PO-24-1203.docx", docx_bytes([
         ("h1", "Kick-off Meeting - Minutes"),
         ("p", "PO MPC-PO-24-1203 - Trunnion ball valves 16\" CL900 RTJ, API 6D, NACE - Vendor: Valvole Brianza S.r.l."),
         ("p", "Date: 15 May 2024 - Venue: Mesaieed Petrochemical Co., Mesaieed - Minutes by: Hamad Al-Marri"),
         ("table", [
             ["Name", "Company", "Role"],
             ["Hamad Al-Marri", "Mesaieed Petrochemical", "Senior Procurement Specialist"],
             ["Eng. Omar Khalifa", "Mesaieed Petrochemical", "Mechanical Engineer (valves)"],
             ["Ing. Paolo Ronchi", "Valvole Brianza", "Sales Manager"],
             ["Ing. Giulia Sala", "Valvole Brianza", "Project Manager"],
         ]),
         ("h", "1. Scope"),
         ("p", "1.1 The PO releases 2 FAT valves for manufacture."),
         ("p", "1.2 The other 34 valves are not released. They will be released only by a revised PO signed by Hamad "
               "Al-Marri after the FAT sign-off by Eng. Omar Khalifa."),
         ("h", "2. Schedule"),
         ("p", "2.1 VB explained that the forging lead time for 16\" CL900 bodies is currently 14 weeks. To hold the 28-week "
               "delivery, VB will place the order for the body, bonnet and ball forgings for all 36 valves with their "
               "sub-supplier this month."),
         ("p", "2.2 Mesaieed noted the schedule."),
         ("h", "3. Documents and inspection"),
         ("p", "3.1 VDRL first issue within 3 weeks: GA, cross-section, calculations, WPS/PQR, ITP. ITP hold points: "
               "H1 hydrotest and gas seat test, H2 FAT, H3 final inspection before packing. TPI: Bureau Veritas Italia."),
         ("h", "4. Action list"),
         ("table", [
             ["No.", "Action", "Owner", "Due"],
             ["1", "Place order for body/bonnet/ball forgings for 36 valves", "VB", "31 May 2024"],
             ["2", "Submit VDRL first issue", "VB", "5 June 2024"],
             ["3", "Confirm FAT witness attendance", "Mesaieed", "two weeks before FAT"],
         ]),
     ], author="Hamad Al-Marri"))])

# p36 - supplier: bar for all 120 bought, balance to run straight after FAT approval
_p36_text = D("""
Dear Brenda Madam,

Greetings from Vadodara!

We are happy to update that we have procured the bar stock (ASTM A105N,
3.5 MT, heat no. 24-JSW-7731) sufficient for all 120 valves, to avoid the
price escalation announced by the mill from 1st June.

The 8 sample valves will be offered for FAT on 12 June. Upon your approval of
the FAT, we shall continue with the balance 112 nos. in the same campaign, so
that no time is lost. Our production plan is attached for your kind perusal.

Thanking you,
Suresh Patel
GM Exports
Vishwakarma Valves Pvt. Ltd., Vadodara
+91 265 263 4471
""")
_p36_plan = D("""
VISHWAKARMA VALVES PVT LTD - PRODUCTION PLAN
Customer : Permian Midstream Partners LP     PO : 4700-1219
Item     : Gate valve 3" CL900 RF, WCB / trim 8
Prepared : 20-05-2024  by  PPC dept.

Step  Activity                                   Qty    Week
----  -----------------------------------------  -----  -------
1     Bar stock receipt (all 120 nos.)            120    wk 21  DONE
2     Sample machining + assembly                   8    wk 22-23
3     Sample hydro test + FAT (TPI / PMP)           8    wk 24
4     Balance machining (start on FAT approval)   112    wk 24-27
5     Balance hydro test + final inspection       112    wk 28
6     Dispatch (FCA Nhava Sheva)                  112    wk 29
""")
case("p36_bar_all_and_roll_on", ["RG006", "RG007"],
     "supplier has bought bar for all 120 while only 8 samples are in play and plans to run the balance 112 on FAT approval without a release",
     [("Update_PO_4700-1219_material_and_plan.eml", eml_bytes(mail(
         "Suresh Patel <suresh.patel@vishwakarmavalves.in>",
         "Brenda Hollis <bhollis@permianmidstream.com>",
         "PO 4700-1219 - material procured and production plan",
         "Mon, 20 May 2024 18:35:00 +0530",
         _p36_text,
         attachments=[("Production_plan_PO_4700-1219.txt", _p36_plan, TXT_MT)])))])

# p39 - supplier portal status: castings bought beyond the staged authority
_p39_body = (
    "<h2>Hanseong Precision Industries - Customer Order Status</h2>\n"
    "<p>Customer: Nordvik Offshore AS &nbsp;|&nbsp; Frame agreement NO-FA-2023-131, Call-off 2 &nbsp;|&nbsp; "
    "Item: choke valve body 4\" CL2500, ASTM A487 4C, NORSOK M-630 MDS R12 &nbsp;|&nbsp; Status date: 2024-05-23</p>\n"
    "<h3>Buyer instructions on file (Call-off 2, signed by Ingrid Solheim, Category Manager)</h3>\n"
    + table_html([
        ["Instruction", "Value"],
        ["Released for production (Call-off 2)", "40 bodies"],
        ["Material authority", "Staged: castings for up to 100 bodies at Nordvik's liability"],
        ["Balance of frame estimate", "Not released. Next call-off signed by Ingrid Solheim, after hydrotest sign-off of Call-off 2 bodies by Nordvik QA"],
    ])
    + "\n<h3>Progress</h3>\n"
    + table_html([
        ["Activity", "Quantity", "Status"],
        ["Castings purchased (foundry: Samyang Metal, heats 24C-118 to 24C-124)", "250 bodies", "Received 2024-05-20"],
        ["Machining", "40 bodies", "In progress (18 done)"],
        ["Hydrotest", "40 bodies", "Planned week 23"],
        ["DNV witness", "40 bodies", "Planned week 24"],
    ])
    + "\n<p class=\"note\">Castings for the full frame estimate were bought in one campaign to secure the foundry slot "
    "and the Q2 price.</p>\n"
    "<p>Page generated by HPI customer portal v3.2 - contact: Lee Sang-woo, Project Manager</p>"
)
case("p39_portal_castings_over_authority", ["RG006"],
     "supplier status page: 40 released, staged material authority up to 100, but castings bought for 250",
     [("HPI_order_status_NO-FA-2023-131_CO2.html", html_page("Order status - NO-FA-2023-131 CO2", _p39_body))])

# p41 - buyer contradicts his own written-release requirement
_p41_orig = D("""
From: Yousef Al-Zahrani <yousef.alzahrani@ajpe.com.sa>
Sent: Thursday, 2 May 2024 10:15
To: Paolo Ronchi <paolo.ronchi@valvolebrianza.it>
Subject: PO 7200045402 - gate valves 10in CL600 - scope

Dear Paolo,

PO 7200045402 scope:
- 2 sample gate valves 10" CL600 RF, A216 WCB, for FAT. Released.
- The other 22 valves are not released. They will be released only by a
  written release signed by Abdullah Al-Shehri, Procurement Manager, after
  the FAT sign-off by Eng. Majed Al-Ghamdi.
- Material: 2 samples only.

Regards,
Yousef Al-Zahrani
Procurement Engineer, Al-Jazira Process Engineering Co.
""")
case("p41_buyer_skips_written_release", ["RG007"],
     "buyer tells supplier to carry on with the other 22 once the FAT is signed off, 'no need to wait for a letter', against his own written-release requirement",
     [("RE_PO_7200045402_FAT_timing.eml", eml_bytes(mail(
         "Yousef Al-Zahrani <yousef.alzahrani@ajpe.com.sa>",
         "Paolo Ronchi <paolo.ronchi@valvolebrianza.it>",
         "RE: PO 7200045402 - gate valves 10in CL600 - FAT timing",
         "Wed, 22 May 2024 21:48:00 +0300",
         D("""
         Dear Paolo,

         Thanks for the FAT date (5 June), noted. Eng. Majed will attend with SGS.

         Our schedule is very tight because of the JAR-2231 shutdown window, so to
         save time: once Eng. Majed signs off the FAT, just carry on with the other
         22 valves. No need to wait for a letter from Abdullah, I'll sort out the
         paperwork afterwards.

         Regards,
         Yousef
         """) + gulf_sig("Yousef Al-Zahrani", "Procurement Engineer", "Al-Jazira Process Engineering Co.", "+966 13 341 7720")
         + "\n" + quote(_p41_orig))))])

# p42 - minutes: 'the 40 PSVs will follow directly' after bench test acceptance, NDPS agreed
case("p42_minutes_follow_directly", ["RG007"],
     "minutes state a written release is needed, then record NDPS agreeing that the 40 PSVs follow directly after bench-test acceptance",
     [("MoM_NDPS_PSV_kickoff.docx", docx_bytes([
         ("h1", "Minutes of Kick-off Meeting"),
         ("p", "PO NDPS/PO/24/0455 - Pressure safety valves, API 526, spring loaded, conventional - Vendor: Wenzhou Everbright Valve Co., Ltd."),
         ("p", "Date: 13 May 2024 - Venue: NDPS Port Harcourt / video link to Wenzhou - Minutes: Engr. Chukwuemeka Obi"),
         ("table", [
             ["Name", "Organisation", "Role"],
             ["Engr. Chukwuemeka Obi", "NDPS", "Procurement Manager"],
             ["Engr. Ifeoma Nwosu", "NDPS", "QA/QC Manager"],
             ["Mr. Tunde Bakare", "NDPS", "Instrument Engineer"],
             ["Ms. Lily Zhang", "Everbright", "Export Sales Manager"],
             ["Mr. Wu Jian", "Everbright", "Production Manager"],
         ]),
         ("h", "1. Scope"),
         ("p", "The PO covers 4 sample PSVs (sizes 1E2, 1.5F3, 2J3 and 3L4) for bench test (set pressure, seat tightness "
               "to API 527, blowdown check). The 4 samples are released. The balance of 40 PSVs is not released; it requires a "
               "written release from Engr. Chukwuemeka Obi after the bench test has been signed off by Engr. Ifeoma Nwosu."),
         ("h", "2. Planning"),
         ("p", "Everbright explained that their spring supplier needs 10 weeks. To keep the overall delivery, after the bench "
               "test is accepted the 40 PSVs will follow directly in the same production slot. NDPS agreed that this is the "
               "fastest route."),
         ("h", "3. Documentation"),
         ("p", "Data sheets per API 526, sizing calculations per API 520, spring charts, MTC EN 10204 3.1 for body and nozzle, "
               "bench test certificates. TPI: Bureau Veritas Shanghai."),
         ("h", "4. Actions"),
         ("table", [
             ["No.", "Action", "By", "Date"],
             ["1", "Submit data sheets and sizing calculations", "Everbright", "24 May 2024"],
             ["2", "Propose bench test date for 4 samples", "Everbright", "31 May 2024"],
             ["3", "Review data sheets", "NDPS Instrument", "7 June 2024"],
         ]),
     ], author="Chukwuemeka Obi"))])

# p43 - ITP: release of FAI hold point = release for serial production
case("p43_itp_holdpoint_release", ["RG007", "RG009"],
     "ITP says release of the FAI hold point releases serial production of the remaining 21 valves, contradicting the written-release requirement and mixing hold-point release with production release",
     [("ITP_4800-826_rev1.pdf", pdf([
         ("h1", "INSPECTION AND TEST PLAN - ITP-4800-826 Rev. 1"),
         ("p", "Purchaser: Nordvik Offshore AS - Vendor: Samjin Valve Co., Ltd., Gimhae - PO 4800-826 - "
               "Axial check valves 8\" CL1500 RTJ, ASTM A995 4A (duplex), NORSOK L-001 / M-630"),
         ("p", "Scope of PO 4800-826: 3 first-article valves. The remaining 21 valves are not released; serial production "
               "requires the FAI sign-off by Lars Haugen and a written production release signed by Ingrid Solheim."),
         ("p", "Legend: H = hold point (work shall not proceed until released by Company); W = witness point; R = document review; "
               "P = perform."),
         ("table", [
             ["No.", "Activity", "Reference", "Acceptance", "Vendor", "TPI (DNV)", "Company"],
             ["1", "Review of MTC EN 10204 3.1 (castings)", "ASTM A995", "Spec MDS D57", "P", "R", "R"],
             ["2", "Ferrite count and PMI", "ASTM E562 / E1476", "35-55% ferrite", "P", "W", "R"],
             ["3", "Corrosion test ASTM G48 method A", "NORSOK M-630", "no pitting, < 4 g/m2", "P", "W", "R"],
             ["4", "NDE: RT castings to ASME B16.34 App. I, PT machined surfaces", "ASME B16.34", "App. I / III", "P", "W", "R"],
             ["8", "Hydrostatic shell test", "API 6D", "no visible leakage", "P", "H", "W"],
             ["9", "Seat test (hydro + gas)", "API 6D / ISO 5208", "Rate A", "P", "H", "W"],
             ["12", "First article inspection (3 valves)", "PO 4800-826", "FAI report", "P", "W",
              "H - release of hold point H12 by Company releases serial production of the remaining 21 valves"],
             ["13", "Painting, marking, packing", "NORSOK M-501", "system 1", "P", "R", "R"],
         ]),
         ("sp",),
         ("p", "Prepared: Jung Tae-yoon (Samjin QA) - Reviewed: Lars Haugen (Nordvik) - Date: 17.05.2024"),
     ], pagesize=LETTER, title="ITP-4800-826 Rev 1", author="Samjin QA"))])

# p44 - Teams chat: supplier proposes rolling into the other 11 skids after FAT, buyer 'sounds good'
case("p44_chat_roll_into_skids", ["RG007"],
     "chat: buyer requires written release after FAT, then answers 'sounds good' to the supplier rolling straight into the other 11 skids if FAT passes",
     [("Teams_Gulfstar_GCSW_skids.txt", D("""
     [Microsoft Teams] Chat: Gulfstar / Gulf Coast Skid Works - metering skids PO GS-4400-2299
     ------------------------------------------------------------------------
     Mariam Al Suwaidi  5/06/2024 9:02 AM
     Hi Travis, reminder on scope: the PO covers skid 1 (the FAT unit) only. Skids 2-12 (11 units) are not released until Sameer has signed off the FAT and I have sent you a written release.

     Travis Boudreaux  5/06/2024 9:15 AM
     Understood Mariam, thanks. FAT prep going well, hydro done last Thursday.

     Travis Boudreaux  5/20/2024 4:48 PM
     FAT is set for tomorrow 8am Houston time, Sameer dialing in + Intertek on site.

     Travis Boudreaux  5/20/2024 4:51 PM
     if FAT passes tmrw we roll straight into the other 11 so we hold the December slot in the paint shop, ok?

     Mariam Al Suwaidi  5/20/2024 5:10 PM
     Sounds good, keep me posted.

     Travis Boudreaux  5/20/2024 5:11 PM
     👍 will do
     """))])

# p45 - ERP PO note: balance 'deemed released' on sample approval, nobody named
case("p45_erp_deemed_released", ["RG005", "RG007"],
     "ERP PO note makes the balance 'deemed released' on sample approval without a named signer, and names nobody who may release it",
     [("BBMUD_PO_24-00944.txt", D("""
     BRAZOS BEND MUNICIPAL UTILITY DISTRICT             PURCHASE ORDER 24-00944
     2200 FM 762, NEEDVILLE TX 77461                    DATE 05/15/2024  PAGE 1/1
     ==============================================================================
     VENDOR: 0000044870 CROSSTIMBERS VALVE CO, 4500 E LOOP 820 S, FORT WORTH TX
     SHIP TO: BBMUD PUMP STATION 4, 11200 HWY 36 S, NEEDVILLE TX 77461
     BUYER CODE: P17              TERMS: NET 30          FOB: DESTINATION
     ------------------------------------------------------------------------------
     LN  DESCRIPTION                                        QTY  UOM   UNIT $    EXT $
     --  ------------------------------------------------  ----  ---  -------  --------
     01  PRESSURE REDUCING VALVE 6" GLOBE, DI BODY, FBE,     10   EA  3,840.00 38,400.00
         PILOT SYSTEM 30-300 PSI, NSF 61 - SAMPLE UNITS
     ------------------------------------------------------------------------------
     PO NOTES:
     LINE 01 = 10 EA SAMPLE UNITS FOR FIELD TRIAL AT PS-4 AND PS-7.
     BALANCE 290 EA PER BID 24-09 NOT RELEASED AT THIS TIME.
     UPON SAMPLE APPROVAL THE BALANCE 290 EA IS DEEMED RELEASED. NO PO
     REVISION WILL BE ISSUED.
     MATERIAL AUTHORITY: SAMPLE UNITS ONLY UNTIL SAMPLE APPROVAL.
     FACTORY TEST CERTS AND NSF 61 CERT WITH EACH UNIT.
     """))])

# p48 - supplier order acknowledgment (HTML): approved FAI automatically releases the production lot
_p48_body = (
    "<h2>LONE STAR VALVE &amp; CONTROLS - ORDER ACKNOWLEDGMENT OA-24-3381</h2>\n"
    "<p>8800 Jensen Drive, Houston, TX 77093 &nbsp;|&nbsp; Date: May 17, 2024</p>\n"
    "<p>Customer: Permian Midstream Partners LP, Midland TX &nbsp;|&nbsp; Customer PO: 4700-1290 &nbsp;|&nbsp; Buyer: Brenda Hollis</p>\n"
    + table_html([
        ["Line", "Description", "Qty acknowledged", "Ship date"],
        ["1", "Ball valve 3\" CL600 RF, trunnion, A105N/ENP, devlon seats, API 6D, gear op - FAI units", "4", "06/28/2024"],
    ])
    + "\n<p><b>Scope per your PO:</b> 4 FAI valves only. Balance of 46 valves on hold pending FAI sign-off and a written "
    "release by Brenda Hollis.</p>\n"
    "<p><b>Remarks:</b> Per Lone Star standard practice, an approved FAI automatically releases the production lot. "
    "Our shop will load the remaining 46 valves the same day your FAI approval is received, to hold the 12-week "
    "delivery you asked for.</p>\n"
    "<p>Terms: Net 30. FOB Houston. Acknowledged by: Rick Owens, Inside Sales, rowens@lonestarvalve.com, (713) 555-0182</p>"
)
case("p48_oa_fai_auto_release", ["RG007"],
     "supplier acknowledgment restates the hold, then claims an approved FAI automatically releases the 46-valve production lot",
     [("LSVC_OA-24-3381.html", html_page("Order Acknowledgment OA-24-3381", _p48_body))])

# p50 - supplier confirms a labelled forecast as a firm order
_p50_fc = (
    "<h2>Mesaieed Petrochemical Co. - Procurement Section</h2>\n"
    "<h3>2025 requirement forecast - stud bolts and nuts (NON-BINDING)</h3>\n"
    "<p>Issued: 02 May 2024 &nbsp;|&nbsp; To: Hanseong Precision Industries Co., Ltd.</p>\n"
    + table_html([
        ["Item", "Description", "2025 forecast (sets)"],
        ["1", "Stud bolt A193 B7M / A194 2HM, 3/4\" x 130 mm, Xylan 1424", "1,200"],
        ["2", "Stud bolt A193 B7M / A194 2HM, 1\" x 175 mm, Xylan 1424", "1,000"],
        ["3", "Stud bolt A320 L7M / A194 7M, 1-1/4\" x 250 mm, Xylan 1424", "800"],
        ["", "Total", "3,000"],
    ])
    + "\n<p class=\"note\">This forecast is for capacity planning only. It is not an order and not a commitment. "
    "Purchase orders will be issued separately by Mesaieed Procurement.</p>\n"
    "<p>Hamad Al-Marri, Senior Procurement Specialist</p>"
)
case("p50_supplier_books_forecast", ["RG008"],
     "supplier 'confirms your order of 3,000 sets as per your forecast' and plans it as firm although the attached forecast says not an order",
     [("RE_2025_forecast_stud_bolts.eml", eml_bytes(mail(
         "Park Ji-hoon <jh.park@hanseong-pi.co.kr>",
         "Hamad Al-Marri <h.almarri@mesaieed-petchem.com.qa>",
         "RE: 2025 requirement forecast - stud bolts and nuts",
         "Wed, 15 May 2024 10:22:00 +0900",
         D("""
         Dear Mr. Hamad,

         Thank you very much for your order.

         We confirm your order of 3,000 sets stud bolts & nuts for 2025 as per your
         forecast attached, and we have entered it into our 2025 production plan as
         firm. Delivery will be in 4 equal quarterly shipments starting January 2025,
         CFR Hamad Port.

         Xylan 1424 coating will be applied by our qualified applicator in Busan,
         coating thickness report per lot.

         Best regards,
         Park Ji-hoon (Mr.)
         Assistant Manager, Overseas Sales Team
         Hanseong Precision Industries Co., Ltd.
         """),
         attachments=[("MPC_2025_forecast_stud_bolts.html", html_page("2025 forecast", _p50_fc), HTML_MT)])))])

# p51 - ERP supplier schedule that declares forecast weeks to be commitments
case("p51_erp_forecast_committed", ["RG008"],
     "ERP supplier schedule states that its forecast quantities are confirmed purchase commitments",
     [("BCR_supplier_schedule_wk21.txt", D("""
     BAYOU CITY REFINING LLC                                         PAGE   1 OF   1
     SUPPLIER SCHEDULE - 26 WEEK HORIZON                    RUN 05/20/2024 06:00 CST
     ================================================================================
     SUPPLIER ...: 0000512290  GULF COAST SEALING PRODUCTS INC, LA PORTE TX
     PLANNER ....: D. KOWALSKI  (281) 555-0177
     MATERIAL ...: GSK-SW-0603  SPW GSKT 6" CL300 316L/GRAPH IR+OR, ASME B16.20
     --------------------------------------------------------------------------------
     WEEK     TYPE       QTY     CUM    REMARKS
     -------  --------  -----  -----  ----------------------------------------------
     2024-27  FORECAST    140    140
     2024-31  FORECAST    140    280
     2024-35  FORECAST    200    480  TA-25 PRE-STOCK
     2024-39  FORECAST    200    680  TA-25 PRE-STOCK
     2024-44  FORECAST    140    820
     2024-48  FORECAST    140    960
     --------------------------------------------------------------------------------
     NOTE: FORECAST QUANTITIES SHOWN ABOVE ARE CONFIRMED PURCHASE COMMITMENTS
     OF BAYOU CITY REFINING. SUPPLIER TO PLAN PRODUCTION ACCORDINGLY.
     ASN REQUIRED 48 HRS BEFORE EACH DELIVERY. DOCK 3, 6AM-2PM.
     *** END OF REPORT ***
     """))])

# p53 - frame agreement annex: forecast volume written as a firm purchase commitment
case("p53_frame_forecast_commitment", ["RG008"],
     "frame agreement annex calls the forecast annual volume the buyer's firm purchase commitment",
     [("DWPU_FA_Annex2_quantities.docx", docx_bytes([
         ("h1", "Frame Agreement DWPU-FA-2024-007 - Annex 2: Quantities and call-offs"),
         ("p", "Parties: Doha Water & Power Utility (Buyer) and Lone Star Valve & Controls (Supplier). Effective 1 July 2024 "
               "for 3 years."),
         ("h", "2.1 Forecast volumes"),
         ("table", [
             ["Item", "Description", "Forecast per year"],
             ["A", "Gate valve 6\" AWWA C515, resilient wedge, NRS, flanged", "400"],
             ["B", "Gate valve 8\" AWWA C515, same spec", "500"],
             ["C", "Gate valve 12\" AWWA C515, same spec, with bypass", "300"],
             ["", "Total", "1,200"],
         ]),
         ("p", "The forecast volumes in the table above constitute the Buyer's firm purchase commitment for each contract year. "
               "The Supplier may plan its production capacity on that basis."),
         ("h", "2.2 Call-offs"),
         ("p", "Deliveries are made against numbered call-offs issued by the Buyer's procurement section. Each call-off "
               "states the quantity, delivery date and delivery point."),
         ("h", "2.3 Prices"),
         ("p", "Unit prices per Annex 3, fixed for the first contract year, thereafter adjusted per the escalation formula "
               "in Annex 4 (MEPS steel index, 60% weighting)."),
         ("p", "Signed for the Buyer: Hamad Al-Marri, Senior Procurement Specialist. Signed for the Supplier: Rick Owens, Inside Sales Manager."),
     ], author="DWPU Legal"))])

# p54 - chat: buyer calls the 4k forecast a firm order, supplier books it and buys bar
case("p54_chat_4k_forecast_bar", ["RG006", "RG008"],
     "chat: buyer says the 4k is only forecast but to treat it as firm; supplier books 4,000 as firm and orders bar from the mill with nothing released",
     [("WhatsApp_MPC_ShreeGanesh_Q3.txt", D("""
     [02/05/2024, 11:02] Hamad Al-Marri: Mr Gupta good morning. About Q3 studs.
     [02/05/2024, 11:03] Hamad Al-Marri: the 4k for Q3 is only our forecast, PR not raised yet. But you can treat it as firm order on your side, we will surely take it.
     [02/05/2024, 11:20] Anil Gupta SGF: Good morning sir. Thank you sir 🙏
     [02/05/2024, 11:22] Anil Gupta SGF: Noted sir, we have booked 4,000 nos B7M studs 7/8 x 160 as firm order.
     [02/05/2024, 11:23] Anil Gupta SGF: We placed the bar order (AISI 4140, 22.2 mm, 6.1 MT) with the mill today itself to beat the 1st June price increase.
     [02/05/2024, 11:40] Hamad Al-Marri: coating same as last time, Xylan 1424 blue
     [02/05/2024, 11:41] Anil Gupta SGF: Yes sir 👍
     """))])

# p55 - release letter for 'the initial lot' without a quantity
case("p55_initial_lot_no_qty", ["RG010"],
     "release letter authorises manufacture of 'the initial lot' of spools but never says how many; hold, event and named authority present",
     [("EPWS_release_letter_PO_2024-0455.pdf", pdf([
         ("h1", "EASTERN PROVINCE WATER SERVICES CO."),
         ("p", "King Saud Street, Dammam 32241, Kingdom of Saudi Arabia"),
         ("p", "Ref.: EPWS/PRJ/REL/2024/0117 - Date: 21 May 2024"),
         ("p", "To: Sino-Gulf Piping Fabrication Co., Ltd., Binhai New Area, Tianjin, China - attn. Mr. Zhao Wei, Project Manager"),
         ("h", "Subject: PO EPWS-PO-2024-0455 - FBE-coated carbon steel spool pieces, DN 600 - release for manufacture"),
         ("p", "Dear Mr. Zhao,"),
         ("p", "Further to the review of your weld procedure qualification records (WPS-SG-0455-01 / PQR-SG-117) and the FBE "
               "coating procedure qualification test, we hereby authorise you to manufacture the initial lot of the FBE-coated "
               "spool pieces under the above PO, per isometric package ISO-0455 Rev. 2."),
         ("p", "The remainder of the PO quantity is not released and remains on hold. It will be released only by a further "
               "written release from Eng. Turki Al-Dossary, Projects Director, after the hydrotest and holiday test results "
               "of the initial lot have been signed off by Eng. Nasser Al-Otaibi at site."),
         ("p", "Material authority: pipe, fittings and coating powder for the initial lot only."),
         ("p", "Inspection: 100% RT of butt welds to ASME B31.3 normal fluid service, holiday test at 125 V/micron, "
               "adhesion and cathodic disbondment tests per AWWA C213. TPI: SGS Gulf."),
         ("p", "Yours sincerely,"),
         ("p", "Eng. Turki Al-Dossary, Projects Director"),
     ], title="EPWS release letter 0117", author="EPWS Projects"))])

# p56 - ERP production release with the released quantity 'to be advised'
case("p56_erp_rel_qty_tba", ["RG010"],
     "ERP production release printout says RELEASED FOR MANUFACTURE with the release quantity 'to be advised'; hold, event and named authority present",
     [("NDPS_production_release_0003.txt", D("""
     NIGER DELTA PETROLEUM SERVICES LTD                 ERP: SAP ECC / MM-PUR
     PRODUCTION RELEASE                                 PRINTED 21.05.2024 14:07
     ===========================================================================
     PO NUMBER      : 4600013055            PO DATE : 29.04.2024
     VENDOR         : 700218  KALINGA FORGE & FLANGES PVT LTD, PUNE, INDIA
     MATERIAL       : 2100457711  FITTING, TEE EQUAL 8" SCH 80, A234 WPB, SMLS
     PO QTY         : 60 EA
     ---------------------------------------------------------------------------
     RELEASE NO     : 0003
     STATUS         : RELEASED FOR MANUFACTURE
     REL QTY        : TBA (TO BE ADVISED BY PLANNING)
     DELIVERY       : CIF ONNE PORT, WEEK 30
     ---------------------------------------------------------------------------
     NOTES:
     QTY NOT COVERED BY THIS RELEASE IS NOT RELEASED.
     NEXT RELEASE ONLY AFTER HYDROTEST SIGN-OFF BY ENGR IFEOMA NWOSU (QA/QC)
     AND SIGNED BY ENGR C. OBI, PROCUREMENT MANAGER.
     MATERIAL AUTHORITY: QTY OF THIS RELEASE ONLY.
     MTC EN 10204 3.1, HARDNESS 100%, TPI BUREAU VERITAS INDIA.
     ===========================================================================
     """))])

# p58 - buyer's 'Approved, please proceed.' to a sample-then-production proposal
_p58_supp = D("""
From: Park Ji-hoon <jh.park@hanseong-pi.co.kr>
Sent: Monday, 20 May 2024 15:12
To: Faisal Al-Qahtani <faisal.alqahtani@jcrc-refining.com.sa>
Subject: Figure-8 blinds 14in CL600 - sample and production

Dear Mr. Faisal,

Good day.

Thank you for the kind selection of Hanseong for the figure-8 blinds 14" CL600
RTJ, ASTM A516 Gr.70N (your RFQ JCRC-RFQ-24-0331).

As discussed in the TBE clarification, we will first make the sample lot for
your FAI, and then the production lot as per our quotation HS-Q-24-0419 of
last week.

Kindly confirm so that we can proceed.

Best regards,
Park Ji-hoon (Mr.)
Hanseong Precision Industries Co., Ltd.
""")
case("p58_approved_please_proceed", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "buyer answers a sample-then-production proposal with 'Approved, please proceed.': unscoped, no quantity, no hold on production, no unlock event, no release authority",
     [("RE_Figure-8_blinds_14in_CL600.eml", eml_bytes(mail(
         "Faisal Al-Qahtani <faisal.alqahtani@jcrc-refining.com.sa>",
         "Park Ji-hoon <jh.park@hanseong-pi.co.kr>",
         "RE: Figure-8 blinds 14in CL600 - sample and production",
         "Tue, 21 May 2024 07:58:00 +0300",
         D("""
         Dear Mr. Park,

         Approved, please proceed.

         Regards,
         Faisal
         """) + gulf_sig("Faisal Al-Qahtani", "Procurement Engineer", "Jubail Coastal Refining Co.", "+966 13 357 2044")
         + "\n" + quote(_p58_supp))))])

# p60 - multi-file: complete PO + document review sheet stamped 'Approved - proceed with fabrication'
case("p60_drs_code1_proceed", ["RG002"],
     "multi-file: PO releases 3 sample valves with hold, event and authority; the buyer's document review sheet says 'proceed with fabrication' with no quantity or sample scope",
     [("PO_GS-4400-2411.pdf", pdf([
         ("h1", "GULFSTAR EPC LLC - PURCHASE ORDER GS-4400-2411"),
         ("p", "Date: 06 May 2024 - Vendor: Valvole Brianza S.r.l., Arcore (MB), Italy - Project: Ruwais NGL-4"),
         ("table", [
             ["Line", "Description", "Qty", "Unit EUR", "Amount EUR"],
             ["10", "Globe valve 4\" CL1500 RTJ, pressure seal bonnet, ASTM A217 C12A, BS 1873 - SAMPLE", "3", "9,870.00", "29,610.00"],
         ]),
         ("sp",),
         ("p", "Scope: this PO releases 3 sample valves for FAT. The production quantity of your quotation VB-24-0402 "
               "(21 valves) is not released. It will be released only by a written release signed by Mariam Al Suwaidi, "
               "Procurement Manager, after the FAT sign-off by Eng. Sameer Hassan, QA/QC Lead."),
         ("p", "Material authority: sample quantity only."),
         ("p", "Documents per VDRL GS-VDRL-2411. Inspection per ITP GS-ITP-2411, TPI TUV SUD Italy."),
     ], title="PO GS-4400-2411", author="Gulfstar Procurement")),
      ("DRS_GS-4400-2411-GA-001_rev1.pdf", pdf([
          ("h1", "GULFSTAR EPC LLC - DOCUMENT REVIEW SHEET"),
          ("table", [
              ["Document no.", "GS-4400-2411-GA-001 Rev. 1"],
              ["Title", "General arrangement drawing - globe valve 4\" CL1500 RTJ, pressure seal"],
              ["Vendor", "Valvole Brianza S.r.l."],
              ["Reviewed by", "Eng. Sameer Hassan (QA/QC Lead), Rania Haddad (Piping)"],
              ["Review date", "17 May 2024"],
          ]),
          ("sp",),
          ("table", [
              ["No.", "Comment", "Vendor reply"],
              ["1", "Rev. 0 comment on face-to-face dimension (ASME B16.10) closed.", "-"],
              ["2", "Rev. 0 comment on pressure seal ring material closed.", "-"],
          ]),
          ("sp",),
          ("h", "Review status: CODE 1"),
          ("p", "Approved - proceed with fabrication."),
          ("p", "Stamp: Gulfstar EPC document control, 17-05-2024"),
      ], title="DRS GA-001 Rev 1", author="Gulfstar Document Control"))])

# p61 - HTML PO with a quotation summary box showing the production quantity, nothing about the balance
_p61_body = (
    "<h2>MESAIEED PETROCHEMICAL CO. - PURCHASE ORDER MPC-PO-24-1241</h2>\n"
    "<p>Procurement Section, Mesaieed Industrial City, Qatar &nbsp;|&nbsp; Date: 16 May 2024 &nbsp;|&nbsp; "
    "MR-MPC-3310-022 &nbsp;|&nbsp; Buyer: Hamad Al-Marri</p>\n"
    "<p>Supplier: Wenzhou Everbright Valve Co., Ltd., Wenzhou, China</p>\n"
    + table_html([
        ["Line", "Description", "Qty", "Unit USD", "Amount USD", "Delivery"],
        ["10", "Dual plate check valve 20\" CL300 RF, wafer type, A216 WCB, Inconel X-750 spring, API 594 - FAT unit", "2", "14,200.00", "28,400.00", "10 weeks FOB Ningbo"],
    ])
    + "\n<h3>Quotation summary (WEV-Q-24-0322 Rev. 1)</h3>\n"
    + table_html([
        ["Lot", "Quantity", "Unit USD", "Lead time"],
        ["FAT units", "2", "14,200.00", "10 weeks"],
        ["Production", "58", "11,900.00", "20 weeks"],
    ])
    + "\n<p>Inspection: FAT witnessed by Mesaieed and TPI (Intertek China): hydrostatic shell and seat test per API 598, "
    "spring load check, PMI on spring and hinge pin. MTC EN 10204 3.1.</p>\n"
    "<p>Payment: 100% within 60 days after receipt at Mesaieed stores. Packing: seaworthy wooden crates, flange faces "
    "protected with plywood covers.</p>\n"
    "<p>Please acknowledge this PO within 3 working days.</p>\n"
    "<p>Hamad Al-Marri, Senior Procurement Specialist, Mesaieed Petrochemical Co.</p>"
)
case("p61_html_po_quote_summary", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 2 FAT units shows the quote's production lot of 58 in a summary box with no hold, no unlock event, no release authority",
     [("MPC-PO-24-1241.html", html_page("PO MPC-PO-24-1241", _p61_body))])

# p62 - email: go ahead with the first 2 FAT valves, old offer forwarded as rfc822 with 30 production valves
_p62_fwd = mail(
    "Paolo Ronchi <paolo.ronchi@valvolebrianza.it>",
    "Kari Nilsen <kari.nilsen@nordvik-offshore.no>",
    "Offerta VB-24-0291 - slab gate valves 6in CL2500 - Nordvik",
    "Thu, 21 Mar 2024 16:05:00 +0100",
    D("""
    Dear Ms. Nilsen,

    following your RFQ NO-RFQ-24-118 we are pleased to offer as follows:

    - FAT valves: 2 slab gate valves 6" CL2500 RTJ, ASTM A182 F22 Cl.3 with
      Inconel 625 overlay on sealing areas, NORSOK, at EUR 31.400,00 each,
      delivery 14 weeks.
    - Production valves: 30 slab gate valves, same specification, at
      EUR 28.750,00 each, delivery 22 weeks.

    Validity 60 days. Incoterms FCA Arcore.

    Distinti saluti
    Ing. Paolo Ronchi - Valvole Brianza S.r.l.
    """))
_p62_text = D("""
Hi Paolo,

Forwarding your March offer below for reference, as our PO system does not
carry the technical notes.

Please go ahead with the first 2 valves for the FAT as per our PO 4800-815
(issued yesterday, 2 x slab gate valve 6" CL2500, F22 + 625 overlay). FAT to be
witnessed by DNV and by Lars Haugen from our side.

Please send the ITP and the GA drawing for review within 3 weeks.

Thanks and regards,
Kari Nilsen
Buyer, Piping & Valves
Nordvik Offshore AS, Stavanger
""")
case("p62_fwd_offer_first_two", ["RG001", "RG003", "RG004", "RG005"],
     "buyer releases 'the first 2' FAT valves and forwards the offer with 30 production valves, never saying they are informational or not released, no event, no authority",
     [("Fwd_Offerta_VB-24-0291_PO_4800-815.eml", eml_bytes(mail(
         "Kari Nilsen <kari.nilsen@nordvik-offshore.no>",
         "Paolo Ronchi <paolo.ronchi@valvolebrianza.it>",
         "PO 4800-815 - slab gate valves 6in CL2500 - FAT valves / Fwd: Offerta VB-24-0291",
         "Wed, 08 May 2024 11:30:00 +0200",
         _p62_text,
         html=htmlify(_p62_text),
         attachments=[("rfc822", _p62_fwd)])))])

# p63 - multi-file: ERP PO for 10 sample gaskets + supplier quote with 2,500 per size, nothing about the balance
_p63_po = D("""
BAYOU CITY REFINING LLC                                        PURCHASE ORDER
1400 RED BLUFF RD, PASADENA TX 77506                          PAGE   1 OF   1
==============================================================================
PO NUMBER ...: 4410-22871         REV: 00              PO DATE: 05/09/2024
VENDOR ......: 0000618044  NINGBO HAITONG SEALING CO LTD, BEILUN, NINGBO, CN
BUYER .......: D. KOWALSKI  (281) 555-0177
SHIP TO .....: BCR MAIN WAREHOUSE, 1400 RED BLUFF RD, PASADENA TX
TERMS .......: NET 60        INCOTERMS: FOB NINGBO (INCOTERMS 2020)
QUOTE REF ...: NHS-Q-240402  (ATTACHED)
------------------------------------------------------------------------------
LN  MATERIAL      DESCRIPTION                          QTY UOM  UNIT USD   EXT USD
--- ------------- ---------------------------------- ----- --- --------- ---------
001 GSK-SW-0403   SPW GSKT 4" CL300 316L/GRAPH IR+OR     5  EA     38.00    190.00
                  ASME B16.20 - TRIAL SAMPLES
002 GSK-SW-0603   SPW GSKT 6" CL300 316L/GRAPH IR+OR     5  EA     52.00    260.00
                  ASME B16.20 - TRIAL SAMPLES
------------------------------------------------------------------------------
                                                     TOTAL USD        450.00
PO NOTES:
 1. TRIAL SAMPLES FOR COMPRESSION / RECOVERY TEST AT BCR LAB (ASTM F36).
 2. PRICING PER ATTACHED QUOTE NHS-Q-240402.
 3. MARK EACH GASKET WITH SIZE, RATING, MATERIAL, PO NO. PER ASME B16.20.
 4. MTC EN 10204 3.1 FOR WINDING STRIP AND RINGS.
*** THIS PO IS SUBJECT TO BCR STANDARD TERMS AND CONDITIONS REV 2022-11 ***
""")
case("p63_erp_po_and_quote_tiers", ["RG001", "RG003", "RG004", "RG005"],
     "multi-file: ERP PO for 10 trial samples refers to the attached quote with 2,500 pcs per size; nothing says that quantity is informational or not released, no event, no authority",
     [("PO_4410-22871.txt", _p63_po),
      ("NHS-Q-240402_quotation.pdf", pdf([
          ("h1", "NINGBO HAITONG SEALING CO., LTD."),
          ("p", "No. 66 Jinhai Road, Beilun District, Ningbo, Zhejiang, China - ISO 9001:2015 / API 6A licence"),
          ("h", "QUOTATION NHS-Q-240402"),
          ("p", "To: Bayou City Refining LLC, Pasadena TX - Attn. Mr. Dwayne Kowalski - Date: 2024-04-02"),
          ("table", [
              ["No.", "Item", "Trial sample qty", "Production qty", "Unit price USD (sample / production)", "Lead time"],
              ["1", "Spiral wound gasket 4\" CL300, 316L / graphite, CS outer ring, 316L inner ring", "5", "2,500", "38.00 / 21.40", "10 days / 30 days"],
              ["2", "Spiral wound gasket 6\" CL300, same spec", "5", "2,500", "52.00 / 29.80", "10 days / 30 days"],
          ]),
          ("sp",),
          ("p", "Price term FOB Ningbo. Payment T/T 30 days. Validity 30 days. Packing: each gasket in PE bag, cartons on pallet."),
          ("p", "Sales: Chen Lihua, +86 574 8790 2215, chen.lihua@nbhaitong-seal.cn"),
      ], title="NHS-Q-240402", author="Ningbo Haitong"))])


# ===================================================================== build
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def _stem(fn):
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(fn).stem)


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    for c in CASES:
        assert all(r in RULES for r in c["expect"]), c["name"]
        assert c["expect"] == sorted(set(c["expect"])), c["name"]
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = sorted(CASES, key=lambda c: c["name"])
    random.Random(5555).shuffle(order)
    labels = {}
    mapping = []
    for i, c in enumerate(order, 1):
        folder = f"h55_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
        mapping.append((folder, c["name"], c["expect"]))
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    # summary on stdout (not written to disk)
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  with risks: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in RULES:
        print(f"  {r}: {sum(1 for c in CASES if r in c['expect'])}")
    for folder, name, exp in mapping:
        print(f"  {folder:55s} {name:38s} {exp}")


if __name__ == "__main__":
    build()
