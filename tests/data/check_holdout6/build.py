#!/usr/bin/env python3
"""Generator for the releasegate check_holdout6 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout6/build.py

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; every case below was written independently for this corpus.

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
    m["Message-ID"] = msgid or f"<h6-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h6")
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


def T(s):
    """dedent a triple-quoted block and drop the first newline"""
    import textwrap
    return textwrap.dedent(s).lstrip("\n")


def Q(s):
    """quote a block for a reply thread"""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in s.rstrip("\n").split("\n")) + "\n"


def rfc822(m):
    return ("rfc822", m)


# =================================================================== CLEAN (expect [])

# c01 -- medical devices, DOCX schedule to a supply agreement, table, complete sample scope
case("c01_medtech_schedule_docx", [],
     "sample PO schedule names 30 active, 2,970 balance not released, DV sign-off event and Elena Bianchi as release authority; quote qty labelled pricing only",
     [("Schedule3_PO4510-0388.docx", docx_bytes([
         ("h1", "Schedule 3 to Supply Agreement SA-2023-11 - Scope of Purchase Order 4510-0388"),
         ("p", "Between Medivalve S.r.l., Via dei Tigli 14, 20147 Milano, Italy (the Buyer) and "
               "Plastimed Sp. z o.o., ul. Tkacka 9, 93-418 Lodz, Poland (the Supplier)."),
         ("p", "Part: Luer-lock catheter hub, PN 2210-0500-03, drawing DWG-2210 Rev 05. Material: "
               "polycarbonate Makrolon 2458 (USP Class VI, ISO 10993-5 tested). Manufacture under "
               "ISO 13485:2016 and Quality Agreement QA-07, clean room ISO 14644-1 class 8."),
         ("table", [
             ["Line", "Scope", "Quantity", "Status"],
             ["10", "Sample (design verification lot)", "30 pcs", "Released for manufacture"],
             ["20", "Production", "2,970 pcs", "NOT released - balance on hold"],
         ]),
         ("sp",),
         ("num", "Active quantity. This purchase order releases thirty (30) sample hubs on line 10 "
                 "and nothing else."),
         ("num", "Balance. The 2,970 pcs on line 20 are not released. Please do not start, schedule "
                 "or kit them."),
         ("num", "What to do now. Mould, inspect and ship the 30 samples with the dimensional report "
                 "(all characteristics of DWG-2210), the resin lot certificate and the cavity "
                 "identification."),
         ("num", "Unlock event. Line 20 can only be released after the design-verification sign-off "
                 "of the samples by Buyer engineering. The release will then be sent in writing by "
                 "Dott.ssa Elena Bianchi, Supply Chain Manager, who is the only person who can "
                 "release production quantities on this order."),
         ("num", "Material authority: sample-only. Resin may be drawn for the 30 samples. Any resin "
                 "bought for line 20 before the written release is at the Supplier's own risk."),
         ("num", "The quoted production quantity of 3,000 pcs (samples included) is stated for "
                 "pricing only."),
         ("sp",),
         ("table", [
             ["For the Buyer", "For the Supplier"],
             ["Marco Ferri, Strategic Buyer, 02.05.2024", "Agnieszka Wrobel, Key Account Manager, 03.05.2024"],
         ]),
     ], author="Marco Ferri"))])

# c02 -- toys, Thai supplier quote with tiers, no authorization in the bundle
case("c02_thai_toy_quote_pdf", [],
     "supplier quotation alone: sample and mass-production tiers but no authorized quantity",
     [("SQ-67-0415_Siam_Precision.pdf", pdf([
         ("h1", "QUOTATION"),
         ("pre", T("""
             Siam Precision Moulding Co., Ltd.
             88/12 Moo 4, Bangpoo Industrial Estate, Samut Prakan 10280, Thailand
             Tax ID 0115553001234     Tel +66 2 709 4411

             Quotation No.: SQ-67-0415          Date: 15 April 2024 (B.E. 2567)
             To: Brightplay Toys Inc., Attn. Mr. Kevin Ortiz, Purchasing
             Project: Stacking rocket, 4 parts, child age 18m+
             """)),
         ("table", [
             ["Item", "Description", "Qty", "Unit price (USD)", "Lead time"],
             ["1", "Mould 2-cavity, P20 steel, 300k shots guarantee", "1 set", "8,400.00", "45 days"],
             ["2", "Pre-production samples (PPS), colour per Pantone 2995C / 7409C", "50 pcs", "6.80", "15 working days after T1"],
             ["3", "Mass production", "20,000 pcs", "0.62", "35 working days from receipt of your production PO"],
             ["4", "Mass production", "50,000 pcs", "0.57", "45 working days from receipt of your production PO"],
         ]),
         ("sp",),
         ("p", "Material: ABS Chi Mei PA-757 natural + masterbatch, compliant with EN 71-1/-2/-3 and "
               "ASTM F963-23. Test reports by SGS Bangkok on request (charged at cost)."),
         ("p", "Payment: mould 50% with order, 50% after T1. Production 30% deposit, 70% before "
               "shipment. FOB Laem Chabang."),
         ("p", "Validity: 60 days. This quotation is an offer only and is not an order confirmation."),
         ("p", "Best regards, Suda Wongsakul, Sales Manager"),
     ], title="SQ-67-0415", author="Suda Wongsakul"))])

# c03 -- US startup Slack Connect, supplier question about go-ahead, buyer scoped answer
case("c03_slack_evt_question", [],
     "pinned scope complete (40 EVT, 1,960 on hold, DVT sign-off, Priya); supplier asks about 2k go-ahead, buyer says 40 only",
     [("slack_ext-precisionplastics_export.txt", T("""
         Slack export - channel #ext-lumen-precisionplastics (Slack Connect)
         Exported 2024-05-17 18:02 PDT by dana@lumenlabs.io
         ---------------------------------------------------------------------

         [PINNED] 2024-05-06 10:14  Priya Raman (Lumen Labs)
           Scope for PO LL-0142 so nobody has to dig through email:
           - 40 EVT housings (upper + lower, PC/ABS, Bayblend T85) - these are the ONLY units released.
           - The other 1,960 of the 2,000-unit launch build are NOT released. They stay on hold until
             DVT sign-off, and then I (Priya Raman) post a written release here + by email.
           - Material: resin for the 40 only please.

         2024-05-14 08:51  Budi Santoso (Precision Plastics)
           morning all. T1 shots looked clean, CMM report for the 40 is in the drive folder
           (LL-0142_CMM_T1.pdf). quick q before we plan next week -- do we have a go-ahead for the
           2k run or is it still just the 40?

         2024-05-14 09:03  Marcus Lee (Lumen Labs)
           CMM looks good btw, boss pocket is 0.05 under nominal but inside tol. nice work on the
           gate vestige

         2024-05-14 09:20  Priya Raman (Lumen Labs)
           @Budi still just the 40 -- thanks for checking before planning! DVT starts Monday (drop
           1.2 m x 26, thermal cycling -20/+60 C, 50 cycles). Nothing beyond the 40 until you see my
           written release.

         2024-05-14 09:22  Budi Santoso (Precision Plastics)
           :+1: understood, 40 only. shipping Thursday FedEx Intl Priority, will drop tracking here

         2024-05-16 16:40  Budi Santoso (Precision Plastics)
           tracking 7781 2290 4410. 4 cartons, 10 sets each
         """))])

# c04 -- HVAC, EDI 830 planning forecast printout, clearly labelled
case("c04_edi830_hvac_forecast", [],
     "EDI 830 printout labelled planning forecast, not an order, no fab or material authorization",
     [("830_forecast_HVACO_W22.txt", T("""
         ***************************************************************************
         *  X12 830  PLANNING SCHEDULE WITH RELEASE CAPABILITY  -  PRINTOUT        *
         ***************************************************************************
         SENDER ID ....: HVACO-SSC-KRK          RECEIVER ID ..: METALDUCT-IZM
         DOC NO .......: 830-2024-0522          DATE .........: 2024-05-22
         BFR01 ........: 05 (REPLACE)           BFR04 ........: DL (DELIVERY BASED)
         SCHEDULE TYPE : PLANNING - FORECAST ONLY

         NOTE 1: THIS SCHEDULE IS A NON-BINDING FORECAST. IT IS NOT A PURCHASE ORDER
                 AND GIVES NO FABRICATION AUTHORIZATION AND NO MATERIAL AUTHORIZATION.
         NOTE 2: QUANTITIES ARE RELEASED ONLY BY CALL-OFF (EDI 862) AGAINST FA-2024-17.

         LIN  ITEM          DESCRIPTION                    UOM  FST-QUAL  WK23  WK24  WK25  WK26
         ---  ------------  -----------------------------  ---  --------  ----  ----  ----  ----
         001  SD-250-G      SPIRAL DUCT D250 GALV 0.6      M    D (PLAN)   120   160   160   200
         002  SD-315-G      SPIRAL DUCT D315 GALV 0.7      M    D (PLAN)    80    80   120   120
         003  BD-90-250     BEND 90DEG D250 EN 1506        PC   D (PLAN)    40    40    60    60
         004  RD-315-250    REDUCER 315/250 DIN 24145      PC   D (PLAN)    12    12    16    16

         FST03 QUALIFIER D = PLANNING.  NO LINE ON THIS SCHEDULE CARRIES QUALIFIER C (FIRM).
         CONTACT: HVACO GLOBAL PROCUREMENT SSC, UL. LUBICZ 23, 31-503 KRAKOW, EDI-SUPPORT@HVACO.EU
         ***************************************************************** END 830 *
         """))])

# c05 -- automotive tier-2 stampings, full-quantity PO, "proceed" scoped to the full quantity
case("c05_full_qty_po_pl_pdf", [],
     "full-quantity PO 12,000 pcs, proceed scoped to full quantity, no balance",
     [("PO_4500781123.pdf", pdf([
         ("h1", "ZAMOWIENIE / PURCHASE ORDER 4500781123"),
         ("pre", T("""
             AutoKomp Sp. z o.o., ul. Gornicza 11, 43-100 Tychy, PL   NIP 646-000-12-34
             Supplier: Presswerk Metalli S.r.l., Via dell'Industria 40, 25030 Castel Mella (BS), IT
             Date: 2024-05-08      Buyer: Katarzyna Lis      Terms: 60 days EOM, FCA Castel Mella
             """)),
         ("table", [
             ["Pos.", "Part", "Description", "Qty", "Unit price", "Delivery"],
             ["10", "71-4402-150 Rev 07", "Bracket, seat rail LH, DC04 t=1.5, KTL coated", "6,000 pcs", "EUR 0,412", "wk 24"],
             ["20", "71-4402-150 Rev 07", "Bracket, seat rail LH, DC04 t=1.5, KTL coated", "6,000 pcs", "EUR 0,412", "wk 27"],
         ]),
         ("sp",),
         ("p", "Order total: 12,000 pcs, EUR 4.944,00. This purchase order covers the full quantity for "
               "this programme phase; there is no further quantity on this order."),
         ("p", "PSW for 71-4402-150 Rev 07 was signed off on 2024-03-12 (PSW ref. PSW-4402-07). "
               "Please proceed with production of the full 12,000 pcs in the two deliveries above."),
         ("p", "Packaging: returnable KLT 6428, 250 pcs per KLT, VDA 4902 labels. Certificates: "
               "3.1 per EN 10204 with each delivery."),
         ("p", "Katarzyna Lis, Buyer - Purchasing Metal Parts"),
     ], title="PO 4500781123", author="Katarzyna Lis"))])

# c06 -- HVAC ducting, call-off with explicit staged material authority above the released qty,
#        plus supplier status (HTML) that stays inside the authority. Multi-file bundle.
case("c06_hvac_calloff_staged", [],
     "call-off releases 400 m, balance 1,100 m on hold until call-off 4 by Avi Peretz; staged material authority 1,200 m; supplier staged 1,000 m within it",
     [("CallOff_FA-2024-17_no3.txt", T("""
         NEGEV AIR SYSTEMS LTD.  -  CALL-OFF (RELEASE) AGAINST FRAME AGREEMENT FA-2024-17
         ================================================================================
         Call-off no. ...: 3                         Date: 21.05.2024
         Supplier .......: Metaldukt Izmir San. Tic. A.S., Kemalpasa OSB, 35730 Izmir, TR
         Project ........: Be'er Sheva Tech Park, Building B
         Item ...........: Spiral duct D315, galvanised DX51D Z275, t=0.7 mm, EN 12237 class C

         RELEASED NOW ....: 400 m  (Building B, Levels 1-2, per duct list NB-B-L12 rev 2)
         BALANCE .........: 1,100 m of the 1,500 m frame quantity - NOT released.
                            Call-off no. 4 will be issued in writing by Avi Peretz, Project
                            Procurement Manager, after the Level 1 installation inspection.
         MATERIAL AUTH ...: STAGED - up to 1,200 m equivalent of coil DX51D Z275 may be bought
                            and held at Negev Air's liability. Fabrication beyond the 400 m of
                            this call-off is NOT authorised.
         DELIVERY ........: 200 m wk 23, 200 m wk 25, DAP site gate 3, crane unloading by us.

         Questions: avi.peretz@negevair.co.il / +972 8 623 4410
         """)),
      ("Supplier_status_W22.html", html_page("Metaldukt - order status", T("""
         <h2>Metaldukt Izmir - Order status, week 22</h2>
         <p>Customer: Negev Air Systems Ltd. &nbsp; Frame agreement FA-2024-17 &nbsp; Call-off 3</p>
         <table>
           <tr><th>Item</th><th>Call-off qty</th><th>Fabricated</th><th>Shipped</th><th>Remark</th></tr>
           <tr><td>Spiral duct D315 galv. 0.7</td><td>400 m</td><td>260 m</td><td>0 m</td><td>first truck wk 23 as planned</td></tr>
         </table>
         <p class="note">Material: coil DX51D Z275 for 1,000 m equivalent is staged in our warehouse, within your
         staged material authority of 1,200 m. We fabricate only the 400 m of call-off 3 and wait for
         call-off 4 from Mr. Peretz for anything more.</p>
         <p>Prepared by: Elif Sahin, Production Planning</p>
         """)))])

# c07 -- aerospace composites, explicit recorded auto-conversion (quantity, signer, conditions)
_c07_pdf = pdf([
    ("h1", "PURCHASE ORDER 7700-1245"),
    ("pre", T("""
        Arava Aerostructures Ltd., 12 HaMelacha St., Yavne 8122001, Israel
        Supplier: CompoTec Faserverbund GmbH, Am Flugplatz 7, 88045 Friedrichshafen, Germany
        Date: 07 May 2024     Buyer: Ronit Shalev     Quality clauses: AQ-3, AQ-9 (AS9100D)
        """)),
    ("table", [
        ["Line", "P/N", "Description", "Qty", "Scope / status"],
        ["10", "AA-7140-11 Rev B", "Fairing panel, CFRP M21/T800S, FAI articles", "2", "Released now (FAI per AS9102 Rev C)"],
        ["20", "AA-7140-11 Rev B", "Fairing panel, CFRP M21/T800S, production", "36", "NOT released - see clause 7"],
    ]),
    ("sp",),
    ("p", "Clause 7 - Recorded auto-conversion (agreed in the call of 6 May 2024, minutes AA-MIN-0506). "
          "If the FAI of the 2 articles on line 10 is signed off by Lior Ben-David, Quality Manager, with "
          "no open findings in forms 1-3, the 36 panels of line 20 are released on the date of that "
          "sign-off without a further document. If any finding is open, nothing on line 20 is released "
          "and a written release from Lior Ben-David is required."),
    ("p", "Material authority: sample-only until the FAI sign-off (prepreg for the 2 FAI articles)."),
    ("p", "Ronit Shalev, Senior Buyer"),
], title="PO 7700-1245", author="Ronit Shalev")
case("c07_aero_autoconversion_eml", [],
     "explicit recorded auto-conversion naming 36 pcs, the signer and the conditions; FAI lot 2 active",
     [("PO_7700-1245_CompoTec.eml", eml_bytes(mail(
         "Ronit Shalev <ronit.shalev@arava-aero.co.il>", "Stefan Vogel <s.vogel@compotec.de>",
         "PO 7700-1245 fairing panels AA-7140-11 - FAI + clause 7", "Tue, 07 May 2024 11:32:00 +0300",
         T("""
         Hi Stefan,

         Attached PO 7700-1245. Two things to flag:

         1. Line 10 = 2 FAI articles, released now. Please send the AS9102 package (forms 1-3, ply
            book, cure records, C-scan) with the parts.
         2. Clause 7 records the auto-conversion we agreed on Monday's call: if Lior Ben-David (our
            Quality Manager) signs off the FAI with no open findings, the 36 production panels on
            line 20 are released on that sign-off, no extra paper. With any open finding, nothing on
            line 20 moves until Lior releases it in writing.

         Until then, prepreg for the 2 FAI articles only please.

         Thanks and have a good week,
         Ronit
         """) + sig("Ronit Shalev", "Senior Buyer, Composites", "Arava Aerostructures Ltd.", "+972 8 932 1100"),
         attachments=[("PO_7700-1245.pdf", _c07_pdf, PDF_MT)])))])

# c08 -- Turkish supplier writes "deposit does not release production", quotes buyer scope
case("c08_tr_deposit_not_release", [],
     "supplier states deposit does not release production; quoted buyer scope complete (20, 4,980 on hold, PPAP, Francesca Rossi)",
     [("RE_PO_4600-2201_deposit.eml", eml_bytes(mail(
         "Emre Kaya <emre.kaya@kayametal.com.tr>", "Francesca Rossi <f.rossi@ferromeccanica.it>",
         "RE: PO 4600-2201 - bracket 33-1180 - deposit", "Wed, 15 May 2024 14:05:00 +0300",
         T("""
         Dear Ms. Rossi,

         We received today the 30% deposit (EUR 3.150,00), thank you very much.

         To avoid any misunderstanding: the deposit does not release production. According to your
         PO 4600-2201 we will produce only the 20 sample pieces. The remaining 4.980 pcs stay on hold
         until we receive your written release after the PPAP sign-off.

         Samples will be ready 29.05, we send them by UPS with the PPAP level 3 documents
         (PSW, dimensional results, material certificate EN 10204 3.1 for S355MC).

         Best regards / Saygilarimizla,
         Emre Kaya
         Export Sales, Kaya Metal Pres San. ve Tic. A.S., Bursa
         +90 224 441 12 12

         -----Original Message-----
         From: Francesca Rossi
         Sent: 08 May 2024 10:12
         Subject: PO 4600-2201 - bracket 33-1180

         """) + Q(T("""
         Dear Emre,
         please find attached PO 4600-2201. Scope:
         - 20 samples released (PPAP level 3).
         - Balance of 4,980 pcs NOT released - on hold until PPAP sign-off.
         - Release of the balance only in writing by me, Francesca Rossi.
         Proforma for the deposit will be paid this week.
         Kind regards, Francesca Rossi - Ufficio Acquisti, Ferromeccanica Brianza S.p.A.
         """)), in_reply_to="<h6-po46002201@ferromeccanica.it>")))])

# c09 -- Indonesian supplier acknowledgement restating the hold, quoted buyer PO scope
case("c09_id_ack_restates_hold", [],
     "supplier acknowledgement restates 24 samples, 1,176 not released, sample sign-off + Tomasz Kowalczyk",
     [("ACK_PO3300-5567_SinarJaya.eml", eml_bytes(mail(
         "Dewi Lestari <dewi@sinarjayasports.co.id>", "Tomasz Kowalczyk <t.kowalczyk@sportmax.pl>",
         "Order Acknowledgement PO 3300-5567 shin guard SG-PRO", "Mon, 13 May 2024 16:20:00 +0700",
         T("""
         Dear Mr. Kowalczyk,

         Good afternoon. We hereby acknowledge your PO 3300-5567 and we understand the scope as below:

         1. 24 pairs sample shin guard SG-PRO (8 pairs each size S / M / L) only.
         2. The remaining 1,176 pairs are NOT released. We will not cut the EVA foam and not print
            the shells for them.
         3. We will wait for the written release from Mr. Tomasz Kowalczyk after the sample sign-off
            by your product team.

         Samples ETD 31 May by DHL. Test report EN 13061:2009 from our lab will be attached.

         Thank you and best regards,
         Dewi Lestari
         Marketing Export, PT Sinar Jaya Sports, Tangerang, Indonesia

         On Fri, 10 May 2024 at 11:02, Tomasz Kowalczyk wrote:
         """) + Q(T("""
         Dear Dewi,
         PO 3300-5567 attached. Please note the scope:
         - Released now: 24 pairs of samples (8 S, 8 M, 8 L).
         - The other 1,176 pairs of the 1,200 in your quotation are not released and stay on hold.
         - After our product team signs off the samples, I will send a written release for them.
         Tomasz Kowalczyk, Purchasing Manager, Sportmax Sp. z o.o., Poznan
         """)))))])

# c10 -- consumer electronics cases, Israeli buyer: samples approved for fit check only
case("c10_il_fitcheck_only", [],
     "samples approved for fit check only, production not released, drop test + written release by Noa Levi",
     [("RE_samples_case_NL-15.eml", eml_bytes(mail(
         "Noa Levi <noa@shellfish.co.il>", "Somchai Prasert <somchai@chonburisilicone.co.th>",
         "Re: 10 samples case NL-15 arrived", "Thu, 16 May 2024 17:48:00 +0300",
         T("""
         Hi Somchai,

         The 10 samples arrived yesterday, thanks for the quick turnaround!

         Fit check on the iPhone-15-size dummies passed: button feel is good, camera lip 0.8 mm as
         drawn. So: samples approved for fit check only; production is not released.

         Next is the drop test (1.5 m onto steel, 26 drops, MIL-STD-810H method 516.8) at the lab in
         Petah Tikva next week. If it passes, I will send you the written release for the 3,000
         production cases myself. Until then please don't start anything beyond the 10 samples and
         don't buy TPU for production.

         Toda and have a nice weekend,
         Noa
         """) + sig("Noa Levi", "Head of Operations", "Shellfish Cases Ltd., Tel Aviv", "+972 3 555 0142"),
         html=None)))])

# c11 -- German engineer, terse TXT PO note, identifiers that look like quantities
case("c11_de_terse_identifiers", [],
     "terse PO: 8 samples active, 792 balance on hold until EMPB sign-off, release by Dr. Kessler; identifiers only look like quantities",
     [("PO_4500334455_Pos10.txt", T("""
         PO 4500334455 / Pos. 10
         Supplier: Precyzja-Tech Sp. z o.o., Bielsko-Biala
         Part: Halter / bracket, PN 5000-250-10, DRG 1200 Rev 12, sheet 2/3
         Tol.: DIN ISO 2768-mK. Thread M6x1.0 (6H). Mat. 1.4301 (X5CrNi18-10), t = 2.0 mm
         Surface: pickled + passivated per ASTM A967, Ra <= 1.6

         Qty released: 8 pcs (Erstmuster / first samples), ISIR per VDA Vol. 2, PPF level 2.
         Balance: 792 pcs NOT released. On hold until EMPB sign-off by Dr. U. Kessler (Quality).
         Release of balance: in writing, by Dr. U. Kessler only.
         Material: for 8 pcs only.
         Total order volume 800 pcs = 8 samples + 792 balance (not released).

         Delivery samples: KW 23, DAP Ingolstadt (Incoterms 2020), Tor 4.
         Questions -> J. Hartwig, Einkauf, +49 841 1200 250
         """))])

# c12 -- 3D printing bureau portal, full-quantity prototype order, proceed with all 60
case("c12_bureau_portal_fullqty", [],
     "bureau portal order: 60 pcs full quantity, customer says proceed with all 60, no follow-on batch",
     [("PH-24-0917_order.html", html_page("PrintHub order PH-24-0917", T("""
         <h1>PrintHub Bureau &mdash; Order PH-24-0917</h1>
         <p>Customer: Robotica Leggera S.r.l., Torino &middot; Contact: Ing. Matteo Galli &middot; Placed: 2024-05-09 14:22 CET</p>
         <table>
           <tr><th>#</th><th>File</th><th>Process</th><th>Material</th><th>Finish</th><th>Qty</th><th>Unit</th><th>Total</th></tr>
           <tr><td>1</td><td>gripper_finger_v7.stl</td><td>MJF</td><td>PA12</td><td>dyed black, vapour smoothed</td><td>60</td><td>EUR 9,40</td><td>EUR 564,00</td></tr>
         </table>
         <h3>Customer note</h3>
         <div class="note">Prototype lot for our test cell. Please proceed with all 60 parts; this is the
         complete quantity of this order, there is no follow-on batch on it. Orientation as in file,
         no supports on the contact face (face ID F-2500 in the STEP).</div>
         <h3>Bureau checks</h3>
         <ul><li>Min. wall 0.8 mm: OK</li><li>Bounding box 118 x 42 x 31 mm: fits HP 5200 build unit</li>
         <li>Est. ship date: 2024-05-16</li></ul>
         """)))])

# c13 -- pharma packaging, old quote forwarded as message/rfc822 and declared informational
_c13_old = mail("Kemal Aydin <k.aydin@anadoluthermo.com.tr>", "Ewa Sikora <e.sikora@farmapak.pl>",
                "Quotation blister tray BT-220 - 10.000 pcs", "Tue, 12 Sep 2023 10:40:00 +0300",
                T("""
                Dear Ms. Sikora,

                As requested we quote the thermoformed blister tray BT-220 (PET-G 0.5 mm, clear,
                GMP class D packing):

                  Tool (4-up, aluminium)      EUR 6.900,00
                  10.000 pcs                  EUR 0,118 / pc
                  25.000 pcs                  EUR 0,104 / pc

                Lead time 4 weeks after tool approval. Validity 90 days.

                Best regards,
                Kemal Aydin, Anadolu Thermoform
                """))
_c13_po = pdf([
    ("h1", "Purchase Order 4501-9920"),
    ("pre", T("""
        Farmapak S.A., ul. Przemyslowa 5, 87-100 Torun, Poland
        Supplier: Anadolu Thermoform A.S., Gebze OSB, Kocaeli, Turkey
        Date: 2024-05-20      Buyer: Bartosz Wieczorek
        """)),
    ("table", [
        ["Line", "Item", "Qty", "Scope"],
        ["10", "Blister tray BT-220 Rev 3, PET-G 0.5 mm", "50 pcs", "Sample - released"],
        ["20", "Blister tray BT-220 Rev 3, PET-G 0.5 mm", "9,950 pcs", "Production - NOT released, on hold"],
    ]),
    ("p", "Line 20 is released only by a written release from Bartosz Wieczorek after QA sign-off of "
          "the 50 samples by Ewa Sikora (QA). Material authority: sample-only."),
], title="PO 4501-9920", author="Bartosz Wieczorek")
case("c13_fwd_old_quote_informational", [],
     "old 10.000 quote forwarded as rfc822 and declared informational; PO releases 50 samples with hold, QA sign-off, named releaser",
     [("FW_old_quote_BT-220.eml", eml_bytes(mail(
         "Bartosz Wieczorek <b.wieczorek@farmapak.pl>", "Kemal Aydin <k.aydin@anadoluthermo.com.tr>",
         "PO 4501-9920 BT-220 samples + FW: old quotation (pricing reference)", "Mon, 20 May 2024 09:15:00 +0200",
         T("""
         Dear Kemal,

         Please find attached our PO 4501-9920 for the blister tray BT-220 Rev 3.

         For pricing reference only I am also forwarding your 2023 quotation (attached message).
         The quantities in that quotation (10.000 and 25.000 pcs) are informational only and
         are not released.

         This PO releases 50 sample trays only. The balance of 9,950 pcs stays on hold until our QA
         (Ewa Sikora) signs off the samples and I send you a written release. Please buy PET-G for
         the samples only.

         Kind regards,
         Bartosz Wieczorek
         Purchasing, Farmapak S.A.
         """),
         attachments=[("PO_4501-9920.pdf", _c13_po, PDF_MT), rfc822(_c13_old)])))])

# c14 -- signage/displays, PO 1,000 pcs (English format) + release in German number format 1.000 (same)
case("c14_po_plus_release_same_qty", [],
     "full-quantity PO 1,000 and release R-01 for 1.000 pcs (European format) - same quantity, no balance",
     [("PO_DS-24-0611.pdf", pdf([
         ("h1", "Purchase Order DS-24-0611"),
         ("pre", T("""
             Displaywerk GmbH, Industriestr. 18, 71083 Herrenberg, Germany
             Supplier: Akril Plastik Ltd. Sti., Ikitelli OSB, Istanbul, Turkey
             Date: 2024-06-03    Buyer: Sven Richter
             """)),
         ("table", [
             ["Pos.", "Article", "Description", "Qty", "Price"],
             ["1", "DS-STAND-A4-R2", "Acrylic counter display A4, 3 mm PMMA clear, bent 75 deg, logo print 2c", "1,000 pcs", "EUR 2,45 / pc"],
         ]),
         ("p", "Total EUR 2.450,00. Full quantity of this order: 1,000 pcs. No further quantity follows "
               "on this PO. Delivery by release, see release R-01."),
     ], title="PO DS-24-0611", author="Sven Richter")),
      ("Release_R-01_DS-24-0611.docx", docx_bytes([
         ("h1", "Production release R-01 - PO DS-24-0611"),
         ("p", "Article DS-STAND-A4-R2. Sample sign-off done 29.05.2024 (report QS-0529, S. Richter)."),
         ("table", [
             ["Release", "Qty", "Delivery", "Signed"],
             ["R-01", "1.000 pcs", "KW 26, DAP Herrenberg", "S. Richter, 03.06.2024"],
         ]),
         ("p", "R-01 releases 1.000 pcs (one thousand) = full PO quantity. Nothing remains open on this PO."),
         ("p", "Packing: 20 pcs per carton, corner protection, no tape on the print side."),
     ], author="Sven Richter"))])

# c15 -- quoted supplier assumption of auto-conversion, corrected by the buyer
case("c15_buyer_corrects_autoconv", [],
     "supplier assumes sample approval rolls into 2.400; buyer corrects it: 12 samples only, written release by Giulia Marchetti after QA sign-off",
     [("RE_press_booking_w26.eml", eml_bytes(mail(
         "Giulia Marchetti <g.marchetti@stampinord.it>", "Pawel Zielinski <p.zielinski@metalform.pl>",
         "Re: samples 55-2040 / press booking week 26", "Fri, 24 May 2024 12:10:00 +0200",
         T("""
         Dear Pawel,

         no, please do not book the press on that assumption.

         Sample sign-off does not release production. Only the 12 samples are released now. The
         2,400 pcs stay on hold until I (Giulia Marchetti, Purchasing Manager) send you a written
         release, and I can only do that after our quality department signs off the 12 samples.

         If you need to reserve capacity, you can tell me the last date for a decision and I will
         check with quality, but without my written release nothing of the 2,400 starts.

         Thank you for understanding, have a nice weekend
         Giulia

         Il giorno gio 23 mag 2024 alle 16:31 Pawel Zielinski ha scritto:
         """) + Q(T("""
         Dear Giulia,
         the 12 samples of 55-2040 will be shipped on Monday with the dimensional report.
         We assume that once you approve the samples we go straight into the 2.400 pcs, so we can
         book the 250 t press for week 26. Please confirm.
         Best regards, Pawel Zielinski, Metalform Sp. z o.o.
         """)))))])

# c16 -- automotive PPAP interim disposition with quantity and date limits, complete release
case("c16_ppap_interim_limits", [],
     "interim disposition limits release R-03 to 2,000 pcs / 31 Jul; 18,000 not released until full PSW sign-off and written release by Sarah Donnelly",
     [("Interim_Disposition_88-1020-00.pdf", pdf([
         ("h1", "Interim PPAP Disposition & Production Release R-03"),
         ("pre", T("""
             Customer: Great Lakes Seating Systems Inc., 4100 Industrial Pkwy, Holland MI 49423, USA
             Supplier: Ozkan Metal Sac San. A.S., Nilufer OSB, Bursa, Turkey (DUNS 55-123-4567)
             Part: 88-1020-00 Rev B  Recliner bracket, HSLA 420, t = 2.5 mm
             PO: 450-77110 (20,000 pcs)      Date: 2024-05-28
             """)),
         ("table", [
             ["Item", "Value"],
             ["PPAP level / status", "Level 3 / INTERIM (class B)"],
             ["Reason", "Cpk 1.21 on characteristic 14 (hole position 8.00 +/-0.15); target >= 1.33"],
             ["Quantity limit", "2,000 pcs"],
             ["Expiry", "2024-07-31 (whichever limit is reached first)"],
             ["Containment", "100% check of char. 14 with go/no-go gauge GG-1020-14, tag INTERIM on every box"],
         ]),
         ("sp",),
         ("p", "Production release R-03: 2,000 pcs under this interim disposition. The remaining 18,000 pcs "
               "of PO 450-77110 are not released. They can only be released after full PSW sign-off "
               "(capability corrective action CA-0412 closed) and a written release from Sarah "
               "Donnelly, SQE Manager."),
         ("p", "Signed: Sarah Donnelly, SQE Manager, 2024-05-28   |   Acknowledged: Hakan Ozkan, Quality Manager"),
     ], pagesize=LETTER, title="Interim disposition 88-1020-00", author="Sarah Donnelly"))])

# c17 -- pharma packaging, deviation permit that releases nothing additional
case("c17_pharma_deviation_permit", [],
     "deviation permit for shade on cartons of a full-quantity released order; explicitly releases no additional quantity",
     [("DP-2024-031_carton_shade.docx", docx_bytes([
         ("h1", "Deviation Permit DP-2024-031"),
         ("table", [
             ["Field", "Entry"],
             ["Supplier", "Bangkok Carton & Print Co., Ltd., Bang Phli, Samut Prakan, Thailand"],
             ["Item", "Folding carton 'Ibuprofen 400 mg 20 tabs', artwork AW-5521 v4, board GC1 300 g/m2"],
             ["Order", "PO 4400-1187, 15,000 cartons, full-quantity order (released in full on 02.05.2024)"],
             ["Deviation", "Pantone 286 C shade, measured dE 2.3 (spec <= 2.0) on lot L2405-17"],
             ["Scope", "Lot L2405-17 only (4,200 cartons), within the 15,000 already ordered"],
             ["Risk assessment", "No impact on legibility, Braille (EN ISO 17351) or 2D code grade (ISO/IEC 15415 grade B)"],
         ]),
         ("sp",),
         ("p", "This deviation permit accepts the shade of lot L2405-17 only. It does not change the "
               "ordered quantity and does not release any additional quantity."),
         ("p", "Accepted by: Dr. Ayu Pratiwi, QA Manager Packaging, PT Farmasi Nusantara, 21.05.2024"),
         ("p", "Supplier corrective action: ink density control at press 2, due 15.06.2024."),
     ], author="Ayu Pratiwi"))])

# c18 -- procurement shared-service centre, templated sample PO notice, multipart/alternative
_c18_txt = T("""
    *** This is an automatically generated message. Please do not reply to this address. ***

    PURCHASE ORDER NOTIFICATION
    PO number ........ 4700055120
    Supplier ......... PT Kabel Mandiri Jaya (vendor 300812)
    Item ............. USB-C to Lightning cable 1 m, MFi C94, PN NCE-C94-100

    SCOPE STATEMENT
    Line 10  SAMPLE      15 pcs     RELEASED
    Line 20  PRODUCTION  1,485 pcs  NOT RELEASED - balance on hold
    Unlock event ..... sample sign-off by Buyer engineering
    Release authority  Jakub Lewandowski, Category Manager Accessories (written release only)
    Material authority sample-only

    Please confirm receipt of this PO in the supplier portal within 2 working days.
    Global Procurement Shared Service Centre - Krakow | Nordlicht Consumer Electronics
    """)
_c18_html = T("""
    <html><body style="font-family:Arial">
    <p style="color:#888">*** This is an automatically generated message. Please do not reply to this address. ***</p>
    <h3>PURCHASE ORDER NOTIFICATION</h3>
    <p>PO number: <b>4700055120</b><br>Supplier: PT Kabel Mandiri Jaya (vendor 300812)<br>
    Item: USB-C to Lightning cable 1 m, MFi C94, PN NCE-C94-100</p>
    <table border="1" cellpadding="4" style="border-collapse:collapse">
    <tr><th>Line</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
    <tr><td>10</td><td>SAMPLE</td><td>15 pcs</td><td>RELEASED</td></tr>
    <tr><td>20</td><td>PRODUCTION</td><td>1,485 pcs</td><td>NOT RELEASED - balance on hold</td></tr>
    </table>
    <p>Unlock event: sample sign-off by Buyer engineering<br>
    Release authority: Jakub Lewandowski, Category Manager Accessories (written release only)<br>
    Material authority: sample-only</p>
    <p>Please confirm receipt of this PO in the supplier portal within 2 working days.</p>
    <p style="font-size:11px">Global Procurement Shared Service Centre - Krakow | Nordlicht Consumer Electronics</p>
    </body></html>
    """)
case("c18_ssc_template_sample_po", [],
     "templated SSC notice: 15 released, 1,485 not released, sample sign-off, Jakub Lewandowski, sample-only material",
     [("PO_4700055120_notification.eml", eml_bytes(mail(
         "SSC Procurement <no-reply-ssc@nordlicht-ce.com>", "orders@kabelmandiri.co.id",
         "[PO] 4700055120 - new purchase order - PT Kabel Mandiri Jaya", "Tue, 21 May 2024 06:00:12 +0200",
         _c18_txt, html=_c18_html)))])

# c19 -- toys, WhatsApp export, Israeli buyer: go ahead with the 15 pilot units only
case("c19_whatsapp_pilot_only", [],
     "go ahead scoped to 15 pilot units; 485 wait for Shira Katz's written release after EN 71 report",
     [("WhatsApp_Chat_Tiny_Trails.txt", T("""
         [13/05/2024, 10:02:11] Shira Katz: Hi Mehmet, PO TT-2405 is in your inbox. 500 pcs total in the quote, but read the PO note please 🙏
         [13/05/2024, 10:05:40] Mehmet Demir: Hello Shira, yes received. You want we start all 500?
         [13/05/2024, 10:09:02] Shira Katz: No no. Go ahead with the 15 pilot units only.
         [13/05/2024, 10:09:35] Shira Katz: The other 485 wait for my written release, and I only send it after the EN 71-1/-2/-3 lab report is back clean
         [13/05/2024, 10:10:12] Mehmet Demir: OK clear. 15 pilot only, 485 wait for your written release 👍
         [13/05/2024, 10:11:50] Mehmet Demir: Wood is beech FSC, paint water based, same like sample from Feb
         [13/05/2024, 10:12:30] Shira Katz: perfect. and please no paint purchase for the 485 yet
         [13/05/2024, 10:12:58] Mehmet Demir: 👌
         [20/05/2024, 15:40:21] Mehmet Demir: 15 pilot packed, 2 cartons, 6.4 kg, DHL tomorrow
         [20/05/2024, 15:41:03] Shira Katz: Todah! 🙌
         """))])

# c20 -- consumer electronics cables, Thai supplier weekly status, material for samples only
_c20_att = T("""
    WEEKLY STATUS WK21 - SIAM CABLE ASSEMBLY CO., LTD.
    Customer: VoltPath Inc. (San Jose, CA)     PO: VP-2024-031
    ----------------------------------------------------------------
    SAMPLES (20 pcs, released per your PO)
      - assembly      : done 20/20
      - hi-pot 500 VDC: pass 20/20
      - USB-IF pre-test (240 W EPR): booked 27 May at Allion Taipei
    MATERIAL
      - cable, USB-C plugs, e-marker IC: bought for 20 samples only
      - production (5,000 pcs): nothing purchased, waiting for your release
    OPEN POINTS
      - overmold colour: please confirm Pantone 432 C
    ----------------------------------------------------------------
    prepared by: Nattaya Chaiyo, Project Coordinator
    """)
case("c20_th_status_samples_only", [],
     "supplier status: material for 20 samples only, production 5,000 waiting for release; no authorization in bundle",
     [("Status_WK21_VoltPath.eml", eml_bytes(mail(
         "Nattaya Chaiyo <nattaya@siamcable.co.th>", "Jordan Lee <jordan@voltpath.io>",
         "Weekly status WK21 - PO VP-2024-031", "Fri, 24 May 2024 17:30:00 +0700",
         T("""
         Dear Jordan,

         Please see attached our weekly status for WK21. In short: samples done and tested, USB-IF
         pre-test is booked. For the production we did not buy anything yet, we wait for your release.

         Have a nice weekend ka,
         Nattaya
         """),
         attachments=[("Status_WK21.txt", _c20_att, "text/plain")])))])

# c21 -- toys, folder with PO PDF + supplier quote PDF; PO labels quoted mass production as info only
case("c21_toy_po_and_quote_labelled", [],
     "PO releases 50 PPS; quoted 20,000 explicitly for information, not released, PPS sign-off + Kevin Ortiz; 'go ahead and send quote' is not a production approval",
     [("PO_KK-2024-122.pdf", pdf([
         ("h1", "PURCHASE ORDER KK-2024-122"),
         ("pre", T("""
             Kite & Kin Toys LLC, 2200 Commerce Dr, Columbus OH 43219, USA
             Vendor: PT Mainan Ceria Indonesia, Kawasan Industri Jababeka, Cikarang, Indonesia
             Date: 05/22/2024      Buyer: Kevin Ortiz      Ref. vendor quote MC-Q-2405-09
             """)),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Amount"],
             ["1", "KK-RKT-04", "Stacking rocket, 4 pcs, PPS (pre-production samples)", "50", "USD 6.10", "USD 305.00"],
         ]),
         ("sp",),
         ("p", "SCOPE: This PO releases the 50 pre-production samples (PPS) only. The mass-production "
               "quantity of 20,000 pcs in the attached quote is for information only and is NOT "
               "released. It stays on hold until PPS sign-off by our QA, and then only by a written "
               "release from Kevin Ortiz. Material authority: sample-only."),
         ("p", "Testing: ASTM F963-23 and CPSIA lead/phthalates at Intertek, samples from PPS lot."),
         ("p", "Also: please go ahead and send us an updated quote for the two-colour version "
               "(body Pantone 2995C, fins 7409C) by June 5."),
     ], pagesize=LETTER, title="PO KK-2024-122", author="Kevin Ortiz")),
      ("Quote_MC-Q-2405-09.pdf", pdf([
         ("h1", "QUOTATION MC-Q-2405-09"),
         ("p", "PT Mainan Ceria Indonesia - to Kite & Kin Toys LLC, attn. Mr. Kevin Ortiz - 14 May 2024"),
         ("table", [
             ["No", "Description", "Qty", "Price (USD)"],
             ["1", "Pre-production samples, stacking rocket 4 pcs", "50 pcs", "6.10 / pc"],
             ["2", "Mass production, stacking rocket 4 pcs, polybag + hang card", "20,000 pcs", "0.71 / pc"],
             ["3", "Mould modification (fin radius R2 -> R3)", "1 lot", "650.00"],
         ]),
         ("p", "Payment T/T 30/70. FOB Tanjung Priok. Validity 45 days. Prices exclude testing fees."),
         ("p", "Hormat kami, Rina Susanti - Sales"),
     ], title="MC-Q-2405-09", author="Rina Susanti"))])

# c22 -- sporting goods, call-off against blanket order; remaining blanket qty not released
case("c22_calloff_blanket_sport", [],
     "call-off 07 releases 3,600; remaining 10,400 of blanket not released until call-off 08 by Adi Nugroho; proceed scoped to 3,600",
     [("CALLOFF_07_BO-2024-003.txt", T("""
         PT ARUNA OLAHRAGA INDONESIA                           CALL-OFF / RELEASE NOTE
         Jl. Raya Cakung Cilincing Km 2, Jakarta 14130          No.  : 07
                                                                Date : 27-05-2024
         TO   : Thai Grip Rubber Co., Ltd., Rayong, Thailand
         REF  : BLANKET ORDER BO-2024-003 (badminton racket grip, PU, 2.0 mm, colour mix A)

         ------------------------------------------------------------------------------
         ITEM        DESCRIPTION                         QTY      UOM   ETD
         ------------------------------------------------------------------------------
         GRP-PU20-A  PU grip 2.0 mm, colour mix A        3,600    PCS   20-06-2024
         ------------------------------------------------------------------------------
         RELEASED THIS CALL-OFF      : 3,600 PCS. Please proceed with the 3,600 pcs.
         BLANKET QTY                 : 20,000 PCS
         CALLED OFF BEFORE (NO. 01-06): 6,000 PCS (delivered)
         REMAINING BLANKET QTY       : 10,400 PCS - NOT RELEASED. No production and no
                                       material purchase for it. Call-off 08 will be issued
                                       in writing by Adi Nugroho, Procurement Manager, after
                                       the sell-in review of 15-07-2024.
         PACKING: 60 pcs/inner, 600 pcs/carton, barcode EAN-13 per artwork ART-GRP-07
         ------------------------------------------------------------------------------
         Authorised: Adi Nugroho, Procurement Manager
         """))])

# c24 -- pharma/medical supply agreement excerpt, terms kept apart, forecast labelled non-binding
case("c24_supply_agreement_terms", [],
     "framework agreement: PO is commercial only, production only by written release, payment releases nothing; volume table labelled non-binding estimate",
     [("Framework_Supply_Agreement_excerpt.docx", docx_bytes([
         ("h1", "Framework Supply Agreement FSA-2024-02 (excerpt: clauses 4 to 6 and Schedule 1)"),
         ("p", "Parties: Sterimed Packaging Sp. z o.o., Gdansk (Buyer) and Ege Medikal Ambalaj A.S., Izmir (Supplier)."),
         ("h", "4. Purchase Orders and Production Releases"),
         ("p", "4.1 A Purchase Order is a commercial document. It commits the Buyer to pay for the quantity "
               "it covers and does not by itself authorise production."),
         ("p", "4.2 Production is authorised only by a written Production Release that states the "
               "quantity released, the reference of the Purchase Order and the name of the Buyer's "
               "release authority (Schedule 2)."),
         ("p", "4.3 Sample sign-off by the Buyer's engineering is a technical disposition. It releases "
               "no quantity unless a Production Release says so."),
         ("p", "4.4 Payments, including advance payments and deposits, and the Supplier's order "
               "acknowledgement do not authorise production."),
         ("h", "5. Material Authority"),
         ("p", "5.1 The Supplier may buy material at the Buyer's liability only up to the material "
               "authority stated in the Purchase Order (sample-only, or staged up to a stated quantity)."),
         ("h", "6. Forecasts"),
         ("p", "6.1 Forecasts are for planning only. They are not orders and create no obligation to buy."),
         ("h", "Schedule 1 - Parts and estimated annual volumes (non-binding estimate, not an order)"),
         ("table", [
             ["Part", "Description", "Estimated annual volume"],
             ["SP-1100", "Tyvek 1073B header bag 150 x 300 mm", "80,000 pcs (estimate)"],
             ["SP-1140", "PET/PE peel pouch 100 x 200 mm, ISO 11607-1", "120,000 pcs (estimate)"],
         ]),
     ], author="Legal - Sterimed Packaging"))])

# c25 -- aerospace, EDI 850 printout: sample line released, production line explicitly held
case("c25_edi850_not_released_line", [],
     "EDI 850: line 1 FAI 4 EA released; line 2 96 EA not released until FAI sign-off and written release by K. Nowak",
     [("850_PO_AS-88314.txt", T("""
         ==== X12 850 PURCHASE ORDER  (HUMAN-READABLE PRINT) ====
         ISA SENDER: SKYFRAME-AERO    ISA RECEIVER: TEKNOKOMP-ANK    CONTROL: 000004417
         BEG*00*SA*AS-88314**20240529
         REF*CO*PROGRAM AERO-Q400-SPARES
         N1*BY*SKYFRAME AEROSTRUCTURES SP. Z O.O.*92*MIELEC
         N1*SE*TEKNOKOMP KOMPOZIT A.S.*92*ANKARA OSTIM

         PO1*1*4*EA*1820.00**BP*SK-2210-050*EC*REV-D
           PID*F****RIB, CFRP, FIRST ARTICLE (AS9102)
           MSG: LINE 1 - 4 EA FIRST ARTICLE - RELEASED FOR MANUFACTURE
         PO1*2*96*EA*640.00**BP*SK-2210-050*EC*REV-D
           PID*F****RIB, CFRP, PRODUCTION
           MSG: LINE 2 - 96 EA PRODUCTION - NOT RELEASED - HOLD
           MSG: RELEASE ONLY AFTER FAI SIGN-OFF, IN WRITING BY K. NOWAK (PROGRAM MGR)
           MSG: MATERIAL AUTH: SAMPLE-ONLY (PREPREG FOR LINE 1)
         CTT*2*100
         SE*18*0001
         ==== END OF PRINT ====
         """))])


# =================================================================== WITH RISKS

# p01 -- medical devices, Italian buyer: sample PO + supplier quote attached, PO silent about balance
_p01_po = pdf([
    ("h1", "ORDINE DI ACQUISTO / PURCHASE ORDER 4510-0412"),
    ("pre", T("""
        Ortomed S.p.A., Via Emilia Ovest 1120, 41123 Modena, Italy  P.IVA IT 01234560365
        Supplier: Tekplast Medikal Plastik San. A.S., Esenyurt, Istanbul, Turkey
        Date: 06/05/2024     Buyer: Luca Conti     Payment: 60 gg d.f.f.m.
        """)),
    ("table", [
        ["Pos.", "Code", "Description", "Q.ty", "Unit price", "Delivery"],
        ["10", "3310-020 Rev 03", "Connettore Luer femmina / female Luer connector, PC, samples", "20 pcs", "EUR 14,50", "27/05/2024"],
    ]),
    ("sp",),
    ("p", "Documents required: dimensional report on all 20 pcs, material certificate (USP Class VI), "
          "biocompatibility declaration ISO 10993-1, cavity number on each part."),
    ("p", "Quality requirements: ISO 13485:2016, clean room class ISO 8. Our general conditions of "
          "purchase Rev. 7 apply."),
    ("p", "Luca Conti - Ufficio Acquisti"),
], title="PO 4510-0412", author="Luca Conti")
_p01_q = pdf([
    ("h1", "OFFER TK-24-118"),
    ("p", "Tekplast Medikal Plastik San. A.S. - to Ortomed S.p.A., attn. Mr. Luca Conti - 22.04.2024"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price"],
        ["1", "Female Luer connector 3310-020 Rev 03, samples from production tool", "20 pcs", "EUR 14,50"],
        ["2", "Female Luer connector 3310-020 Rev 03, production", "5.000 pcs", "EUR 0,38"],
        ["3", "Ethylene oxide sterilisation validation support", "1 lot", "EUR 1.200,00"],
    ]),
    ("p", "Lead time production 5 weeks. Packing 250 pcs per double PE bag, ISO 8 clean room."),
    ("p", "Best regards, Serkan Ozturk - Sales Manager"),
], title="TK-24-118", author="Serkan Ozturk")
case("p01_it_medical_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 20 sent with offer showing 5.000 production, nothing says informational or not released; no hold, event or release person",
     [("PO_4510-0412_Tekplast.eml", eml_bytes(mail(
         "Luca Conti <l.conti@ortomed.it>", "Serkan Ozturk <serkan.ozturk@tekplastmedikal.com.tr>",
         "Ordine 4510-0412 - connettore Luer 3310-020", "Mon, 06 May 2024 10:47:00 +0200",
         T("""
         Dear Mr. Öztürk,

         good morning. As agreed in our call of last Thursday, please find attached our purchase
         order 4510-0412 for the connector code 3310-020, together with your offer n. TK-24-118.

         We kindly ask to send the samples within 3 weeks, with the dimensional report and the
         certificate of the material. Please also indicate the cavity number on each bag.

         For any question I remain at your disposal.

         Best regards,
         Luca Conti
         Ufficio Acquisti - Ortomed S.p.A.
         Tel. +39 059 884 2210

         Le informazioni contenute in questo messaggio sono riservate. / The information in this
         message is confidential.
         """),
         attachments=[("PO_4510-0412.pdf", _p01_po, PDF_MT), ("Offer_TK-24-118.pdf", _p01_q, PDF_MT)])))])

# p02 -- consumer electronics cables, SSC supplier-portal HTML export with a "project volume" field
case("p02_portal_project_volume", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 12 prototypes shows project volume 3,000 in the header, unlabelled; no hold, event or release person",
     [("SupplierConnect_PO-88120045.html", html_page("SupplierConnect - PO-88120045", T("""
         <div style="background:#003366;color:#fff;padding:6px">SupplierConnect &middot; Nordlicht Consumer Electronics &middot; printable view</div>
         <h2>Purchase Order PO-88120045 &nbsp; <small>Status: Sent to supplier</small></h2>
         <table>
           <tr><th>Buyer</th><td>Nordlicht Consumer Electronics GmbH, c/o Procurement SSC Wroclaw</td>
               <th>Supplier</th><td>PT Kabel Mandiri Jaya (300812)</td></tr>
           <tr><th>Created</th><td>2024-05-14</td><th>Currency</th><td>EUR</td></tr>
           <tr><th>Programme</th><td>Travel Kit 2025</td><th>Project volume (pcs)</th><td>3,000</td></tr>
           <tr><th>Incoterms</th><td>FCA Jakarta</td><th>Payment terms</th><td>Z060 - 60 days net</td></tr>
         </table>
         <h3>Lines</h3>
         <table>
           <tr><th>Line</th><th>Material</th><th>Description</th><th>Category</th><th>Qty</th><th>UoM</th><th>Net price</th><th>Need date</th></tr>
           <tr><td>1</td><td>KC-240-100</td><td>USB-C to USB-C cable 1 m, braided, 240 W EPR, e-marker</td><td>Prototype</td><td>12</td><td>EA</td><td>9,80</td><td>2024-06-14</td></tr>
         </table>
         <h3>Header text</h3>
         <p>Please ship prototypes by 14.06. Quality documents per Quality Supplier Agreement QSA-05
         (RoHS 2011/65/EU, REACH SVHC declaration, IEC 62368-1 test report). Label each bag with PO and line.</p>
         <p style="color:#666;font-size:11px">Generated 2024-05-14 08:12 by SupplierConnect v4.2 &middot; page 1/1</p>
         """)))])

# p03 -- aerospace composites, DOCX PO with a price schedule showing 120 shipsets; release person named
case("p03_aero_docx_price_schedule", ["RG001", "RG003", "RG004"],
     "FAI PO for 3 shipsets carries a price schedule for 120 shipsets, unlabelled; balance never put on hold, no unlock event; release authority named",
     [("PO_7700-1302_Kompozyt.docx", docx_bytes([
         ("h1", "Purchase Order 7700-1302"),
         ("p", "Arava Aerostructures Ltd., 12 HaMelacha St., Yavne, Israel  ->  Kompozyt Sp. z o.o., "
               "ul. Lotnicza 3, 39-300 Mielec, Poland. Date: 13 May 2024. Buyer: Ronit Shalev."),
         ("table", [
             ["Line", "P/N", "Description", "Qty", "Unit price (USD)"],
             ["10", "AA-5521-03 Rev C", "Access door, CFRP, FAI shipset (door + 2 doublers)", "3 shipsets", "4,850.00"],
         ]),
         ("sp",),
         ("p", "Price schedule (from supplier quotation KQ-0917, valid to 31 Dec 2024):"),
         ("table", [
             ["Quantity", "Unit price (USD)", "Lead time"],
             ["1-3 shipsets", "4,850.00", "6 weeks"],
             ["120 shipsets", "2,190.00", "10 weeks, 12 per month"],
         ]),
         ("sp",),
         ("p", "FAI per AS9102 Rev C, forms 1-3, ballooned drawing. Special processes NADCAP "
               "accredited (composites, NDT). C of C with every shipment."),
         ("p", "Production release authority: Yael Mizrahi, Programme Manager."),
         ("p", "Ronit Shalev, Senior Buyer, Composites"),
     ], author="Ronit Shalev"))])

# p04 -- automotive tier-2 stampings, Polish buyer, SAP-style fixed-width printout, quote ref text
case("p04_sap_printout_quote_ref", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 10 samples with header text quoting 4,000 series qty, unlabelled; nothing on balance, event or release person",
     [("PO_4500912877_print.txt", T("""
         AUTOPLAST-STAL SP. Z O.O.                                 PURCHASE ORDER
         UL. LOTNICZA 8, 55-040 KOBIERZYCE, PL                     NO. 4500912877
                                                                   DATE 2024-05-16
                                                                   PAGE 1/1
         VENDOR 100457
         PRESSTECH KOCAELI METAL A.S.
         TOSB 2. CAD. NO 14, CAYIROVA / KOCAELI, TR

         BUYER: M. WOJCIK  TEL +48 71 390 22 41     TERMS: ZB60  INCO: FCA CAYIROVA
         -------------------------------------------------------------------------------
         ITEM  MATERIAL       DESCRIPTION                    QTY UN      PRICE DEL.DATE
         -------------------------------------------------------------------------------
         00010 71-3310-220    REINF. PLATE B-PILLAR LH        10 PC  EUR 38,00 2024-06-14
                              SAMPLE / PPAP LEVEL 3
                              DC05+ZE50/50 T=1,2  DWG 71-3310-220 IDX C
         -------------------------------------------------------------------------------
         HEADER TEXT:
         QUOTE REF. Q-7781 DD 2024-04-22: 10 PCS SAMPLE / 4,000 PCS SERIES @ EUR 0,84
         PPAP DOCS ACC. TO AIAG 4TH ED. + VDA 2 PPF LEVEL 2. IMDS ID REQUIRED.
         PACKING: KLT 4314, 50 PCS/KLT. LABEL VDA 4902.
         -------------------------------------------------------------------------------
         TOTAL NET VALUE                                              EUR 380,00
         PRINTED 2024-05-16 09:41  USER MWOJCIK  SAP ME9F
         """))])

# p05 -- toys, folder: US buyer's plain-text PO for 8 PPS + Thai supplier quote PDF with 2,400
case("p05_toy_po_txt_quote_pdf", ["RG001", "RG003", "RG004", "RG005"],
     "folder: PO for 8 pre-production samples and supplier quote with 2,400 mass production, unlabelled; PO silent on balance/event/person",
     [("PO_KK-2024-118.txt", T("""
         KITE & KIN TOYS LLC - PURCHASE ORDER
         PO #: KK-2024-118            Date: 05/09/2024
         Vendor: Chiang Mai Soft Toys Co., Ltd., San Kamphaeng, Chiang Mai 50130, Thailand
         Ship to: 2200 Commerce Dr, Columbus OH 43219   Ship via: DHL Express

         Line  Item          Description                                 Qty   Unit      Ext
         1     KK-DINO-12    Plush dino 12" w/ roar sound module,        8     $24.00    $192.00
                             pre-production samples (PPS)
         Ref: vendor quote CMS-Q-0502 (attached)

         Notes: ASTM F963-23 / CPSIA. Sound module 3x LR44, screw-locked battery door
         (16 CFR 1500.50 use & abuse). Law label per PA/OH registration. Samples by 05/31.

         Kevin Ortiz, Purchasing   kevin.ortiz@kiteandkin.com   (614) 555-0187
         """)),
      ("Quote_CMS-Q-0502.pdf", pdf([
         ("h1", "QUOTATION CMS-Q-0502"),
         ("p", "Chiang Mai Soft Toys Co., Ltd. - to Kite & Kin Toys LLC, Mr. Kevin Ortiz - 2 May 2024"),
         ("table", [
             ["Item", "Description", "Qty", "Unit USD"],
             ["1", "Plush dino 12 inch with sound module, PPS", "8 pcs", "24.00"],
             ["2", "Plush dino 12 inch with sound module, mass production", "2,400 pcs", "4.35"],
             ["3", "Hang tag + polybag with suffocation warning", "2,400 pcs", "0.09"],
         ]),
         ("p", "Fabric: 100% polyester minky 320 gsm, PP cotton filling. Lead time mass production 40 days."),
         ("p", "Thank you ka. Pimchanok Saelim, Sales"),
     ], title="CMS-Q-0502", author="Pimchanok Saelim"))])

# p06 -- 3D-printing bureau: supplier reply on top (bought powder for full run), buyer PO pasted below
case("p06_bureau_powder_full_run", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "quoted buyer PO for 30 parts lists 1,200 volume price unlabelled and is silent on balance/event/person; bureau bought powder for the full 1,200",
     [("Re_PO_OR-0231_gripper_brackets.eml", eml_bytes(mail(
         "Francesca Moretti <francesca@stampa3dmilano.it>", "Jake Turner <jake@orbitrobotics.com>",
         "Re: PO OR-0231 - gripper bracket v4", "Wed, 15 May 2024 18:22:00 +0200",
         T("""
         Hi Jake,

         thanks for the PO! Quick heads-up: to lock the price tier we have already ordered 6 bags
         (~120 kg) of PA12 powder, enough for the full 1,200-piece run. They arrive on Friday.

         The 30 parts go into the build on Monday, we will send you photos after bead blasting and
         dyeing.

         Ciao,
         Francesca
         --
         Francesca Moretti | Project Manager | Stampa3D Milano S.r.l.
         Via Rubattino 84, 20134 Milano | +39 02 2159 7700

         On Tue, May 14, 2024 at 4:05 PM Jake Turner <jake@orbitrobotics.com> wrote:
         """) + Q(T("""
         Hi Francesca,

         PO OR-0231 pasted below (our PDF export is broken today, sorry):

           30x gripper bracket v4 (MJF PA12, dyed black) @ $11.20
           volume pricing per your quote: 1,200 pcs @ $4.10
           ship to: Orbit Robotics, 1455 Market St, San Francisco CA 94103

         Thanks!
         Jake

         Jake Turner | Hardware Lead | Orbit Robotics
         """)))))])

# p07 -- automotive tier-2 stampings, Polish buyer thread: "You have the green light."
_p07_cmm = pdf([
    ("h1", "CMM report - 71-2890-110 Rev B - samples 1-40"),
    ("table", [
        ["Char.", "Nominal", "Tol.", "Min", "Max", "Result"],
        ["1 hole D8.2", "8.20", "+0.10/0", "8.21", "8.27", "OK"],
        ["2 pos. hole to datum A", "25.00", "+/-0.15", "24.93", "25.08", "OK"],
        ["7 flange height", "12.50", "+/-0.20", "12.41", "12.62", "OK"],
        ["14 flatness", "0.30", "max", "0.08", "0.22", "OK"],
    ]),
    ("p", "Measured on Zeiss Contura 7/10/6, program 71-2890-B.mpp. Operator: K. Duda."),
], title="CMM 71-2890-110", author="K. Duda")
case("p07_pl_green_light_thread", ["RG002"],
     "quoted PO scope is complete (40, 9,960 on hold, PPAP sign-off, Piotr Lis); later buyer line 'You have the green light' names no scope or quantity",
     [("RE_samples_71-2890-110.eml", eml_bytes(mail(
         "Marek Wojcik <m.wojcik@autoplast-stal.pl>", "Emre Celik <emre.celik@egepres.com.tr>",
         "RE: PO 4500-6612 samples 71-2890-110", "Thu, 23 May 2024 13:37:00 +0200",
         T("""
         Hi Emre,

         Thank you for the 40 samples, they arrived on Monday in good condition. Our measurement room
         checked them this week, all characteristics OK, CMM report in attachment.

         You have the green light.

         Best regards,
         Marek Wójcik
         Purchasing Metal Parts | Autoplast-Stal Sp. z o.o. | Kobierzyce
         +48 71 390 22 41

         From: Marek Wojcik
         Sent: Thursday, 25 April 2024 09:02
         To: Emre Celik
         Subject: PO 4500-6612 samples 71-2890-110

         """) + Q(T("""
         Hi Emre,
         PO 4500-6612 attached. Scope, so we are aligned:
         - 40 sample pcs released now (PPAP level 3).
         - Balance 9,960 pcs NOT released. On hold until PPAP sign-off.
         - Release of the balance only in writing by Piotr Lis, Purchasing Director.
         Regards, Marek
         """)),
         attachments=[("CMM_71-2890-110_samples.pdf", _p07_cmm, PDF_MT)])))])

# p08 -- consumer electronics accessories, US startup Slack: "you're cleared to run"
case("p08_slack_cleared_to_run", ["RG002"],
     "pinned scope complete (25 pilots, 975 on hold, DVT drop test + Hannah Cho); engineer later writes 'you're cleared to run' with no quantity or scope",
     [("slack_ext-stampa3d_export.txt", T("""
         Slack export - #ext-tidewater-stampa3d (Slack Connect)   2024-05-02 .. 2024-05-24
         ------------------------------------------------------------------------------------

         [PINNED] 2024-05-02 11:30  Hannah Cho (Tidewater Gear)
           📌 PO TW-0089 = 25 pilot cases only (PA11 SLS, sage green dye). The remaining 975 of the
           1,000 are NOT released and stay on hold until our DVT drop test passes AND I (Hannah Cho,
           Ops) post the written release here + email. Powder for the 25 only pls.

         2024-05-02 11:42  Luca Bernardi (Stampa3D)
           ciao Hannah, ok 25 pilots, noted. build slot tuesday

         2024-05-14 17:05  Luca Bernardi (Stampa3D)
           pilots shipped, UPS 1Z 8A4 V29 04 1192 3344. vapour smoothing gave a nicer grip than v3

         2024-05-17 10:18  Tom Alvarez (Tidewater Gear)
           got them! fit on the 6.1" + 6.7" phones is 👌, buttons click, port cutout finally lines up.
           finish is way better than v3. you're cleared to run 🚀

         2024-05-17 10:21  Luca Bernardi (Stampa3D)
           awesome, thx Tom! 🙌

         2024-05-17 10:40  Hannah Cho (Tidewater Gear)
           nice work both. DVT drop rig is booked for wed 22nd
         """))])

# p09 -- German engineer (medical devices) buys machined parts: "FAI report reviewed. OK. Proceed."
_p09_po = pdf([
    ("h1", "Purchase Order 4500-44120"),
    ("pre", T("""
        Kessler Medizintechnik GmbH, Am Kalkofen 3, 78532 Tuttlingen, Germany
        Supplier: Galil Precision Machining Ltd., Karmiel Industrial Zone, Israel
        Date: 2024-05-02      Buyer contact: J. Hartwig
        """)),
    ("table", [
        ["Pos.", "Part", "Description", "Qty", "Status"],
        ["10", "KM-3320-07 Rev F", "Handle insert, Ti-6Al-4V ELI (ASTM F136), FAI", "5 pcs", "Released"],
        ["20", "KM-3320-07 Rev F", "Handle insert, Ti-6Al-4V ELI (ASTM F136)", "195 pcs", "NOT released - on hold"],
    ]),
    ("p", "Pos. 20 on hold until FAI sign-off. Release of pos. 20 only in writing by Dr. U. Kessler, "
          "Head of Quality. Material: bar stock for pos. 10 only."),
], title="PO 4500-44120", author="J. Hartwig")
case("p09_de_terse_proceed", ["RG002"],
     "PO attachment complete (5 FAI, 195 on hold, FAI sign-off, Dr. Kessler); Kessler's reply 'OK. Proceed.' names no quantity or scope",
     [("AW_FAI_KM-3320-07.eml", eml_bytes(mail(
         "Dr. Ulrike Kessler <u.kessler@kessler-medtech.de>", "Avi Golan <avi@galilprecision.co.il>",
         "AW: FAI report KM-3320-07 Rev F", "Tue, 28 May 2024 07:58:00 +0200",
         T("""
         Mr. Golan,

         FAI report KM-3320-07 Rev F reviewed (all 62 char., Ra, CoC bar heat 4711-B).
         OK. Proceed.

         U. Kessler

         --
         Dr. Ulrike Kessler | Leitung Qualität / Head of Quality
         Kessler Medizintechnik GmbH | Tuttlingen | HRB 4711 Stuttgart
         """),
         cc="J. Hartwig <j.hartwig@kessler-medtech.de>",
         attachments=[("PO_4500-44120.pdf", _p09_po, PDF_MT)])))])

# p10 -- sporting goods, procurement SSC templated status mail: advance payment + APPROVED, proceed
_p10_po = pdf([
    ("h1", "Purchase Order 4700012345"),
    ("pre", T("""
        Buyer: Alpenrad Sports AG via Global Procurement SSC, Manila
        Supplier: Anadolu Bisiklet Parca A.S., Eskisehir, Turkey (vendor 401177)
        Date: 2024-05-06
        """)),
    ("table", [
        ["Line", "Item", "Qty", "Scope"],
        ["10", "Seatpost clamp 34.9 mm, AL6061-T6, anodised black, SPC-349", "36 pcs", "Sample - released"],
        ["20", "Seatpost clamp 34.9 mm, AL6061-T6, anodised black, SPC-349", "1,164 pcs", "Production - NOT released"],
    ]),
    ("p", "Line 20 stays on hold until sample sign-off by Alpenrad engineering. Release of line 20 in "
          "writing only, by Martina Huber, Category Manager Components. Material authority: sample-only."),
], title="PO 4700012345", author="SSC Manila")
_p10_txt = T("""
    *** Automated notification - Global Procurement Shared Service Centre ***

    Dear Supplier,

    PO number ............. 4700012345
    Vendor ................ 401177 Anadolu Bisiklet Parca A.S.
    Event ................. ADVANCE PAYMENT PROCESSED (EUR 6.000,00 / 30%)
    Approval status ....... APPROVED

    As the advance payment has been processed, please proceed accordingly.

    The purchase order is attached for your reference. For questions please open a ticket in the
    supplier portal (category: PO / payments). Response time: 2 working days.

    Kind regards,
    Global Procurement SSC - Manila hub
    """)
_p10_html = T("""
    <html><body style="font-family:Segoe UI,Arial">
    <p style="color:#999">*** Automated notification - Global Procurement Shared Service Centre ***</p>
    <p>Dear Supplier,</p>
    <table border="1" cellpadding="4" style="border-collapse:collapse">
    <tr><td>PO number</td><td>4700012345</td></tr>
    <tr><td>Vendor</td><td>401177 Anadolu Bisiklet Parca A.S.</td></tr>
    <tr><td>Event</td><td>ADVANCE PAYMENT PROCESSED (EUR 6.000,00 / 30%)</td></tr>
    <tr><td>Approval status</td><td><b style="color:green">APPROVED</b></td></tr>
    </table>
    <p>As the advance payment has been processed, please proceed accordingly.</p>
    <p>The purchase order is attached for your reference. For questions please open a ticket in the
    supplier portal (category: PO / payments). Response time: 2 working days.</p>
    <p>Kind regards,<br>Global Procurement SSC - Manila hub</p>
    </body></html>
    """)
case("p10_ssc_advance_payment_proceed", ["RG002", "RG012"],
     "templated notice ties 'advance payment processed' + 'APPROVED' to 'please proceed accordingly' with no scope; attached PO itself complete",
     [("PO_4700012345_status.eml", eml_bytes(mail(
         "SSC Notifications <no-reply@gp-ssc.alpenrad.com>", "sales@anadolubisiklet.com.tr",
         "[AUTO] PO 4700012345 - status update - advance payment processed", "Mon, 20 May 2024 02:14:09 +0000",
         _p10_txt, html=_p10_html,
         attachments=[("PO_4700012345.pdf", _p10_po, PDF_MT)])))])

# p11 -- medical devices, Israeli buyer: "Consider this your approval." after DV + finance approvals
case("p11_il_consider_this_approval", ["RG002", "RG009"],
     "'approved' used for design verification and for the finance PO amendment, then 'Consider this your approval' without scope; quoted scope complete",
     [("Re_DV_samples_PO8812.eml", eml_bytes(mail(
         "Yossi Ben-Ami <yossi@cardiolink-med.co.il>", "Paolo Ferrante <p.ferrante@microstampi.it>",
         "Re: DV samples PO 8812 - housing CL-220", "Wed, 29 May 2024 15:12:00 +0300",
         T("""
         Hi Paolo,

         Good news on both fronts: the 25 DV samples passed, and engineering approved the design
         verification report yesterday. Finance approved the PO amendment for the tooling insert
         (cavity 2 gate change) this morning.

         Consider this your approval.

         Regards,
         Yossi
         """) + sig("Yossi Ben-Ami", "Supply Chain Lead", "CardioLink Medical Ltd., Caesarea", "+972 4 610 0220")
         + "\nOn 2 May 2024, at 10:20, Yossi Ben-Ami wrote:\n" + Q(T("""
         Hi Paolo,
         PO 8812 attached. Scope:
         - 25 design-verification (DV) samples of housing CL-220 released.
         - The balance of 2,475 pcs is not released and stays on hold until DV sign-off and a
           written release from me (Yossi Ben-Ami, Supply Chain Lead).
         - Resin for the 25 only.
         Yossi
         """)))))])

# p12 -- signage & displays, Turkish buyer PDF PO: balance on hold "until further notice", authority named
case("p12_tr_signage_until_further_notice", ["RG004"],
     "12 samples active, 588 not released 'until further notice', Ayse Demir named; no unlock event",
     [("SAS_2024-0871_LightBox.pdf", pdf([
         ("h1", "SATINALMA SIPARISI / PURCHASE ORDER 2024-0871"),
         ("pre", T("""
             Ankara Reklam Sistemleri A.S., Ivedik OSB 1453. Cad. No 21, Yenimahalle / Ankara
             Supplier: LumiBox Sp. z o.o., ul. Fabryczna 12, 32-050 Skawina, Poland
             Date: 14.05.2024        Buyer: Ayse Demir       Delivery: DAP Ankara
             """)),
         ("table", [
             ["No", "Item", "Description", "Qty", "Unit price"],
             ["1", "LBX-60-SS", "LED light box 600 x 900 mm, single sided, 24 V, IP54, RAL 9005 frame", "12 pcs", "EUR 148,00"],
         ]),
         ("sp",),
         ("p", "Order quantity per frame contract RC-2024-04: 600 pcs. Samples released now: 12 pcs "
               "(for our franchise stores in Ankara, Izmir, Antalya)."),
         ("p", "Balance 588 pcs: NOT RELEASED, on hold until further notice."),
         ("p", "Release authority for the balance: Ayse Demir, Purchasing Manager."),
         ("p", "CE marking (LVD 2014/35/EU, EMC 2014/30/EU) and UKCA not needed. Label text in Turkish."),
     ], title="PO 2024-0871", author="Ayse Demir"))])

# p13 -- HVAC ducting, Turkish contractor buyer email: balance on hold, nobody and nothing named
_p13_sched = html_page("Duct schedule Level 3", T("""
    <h3>Package M-03 rectangular duct, Level 3 - schedule rev 1</h3>
    <table>
      <tr><th>Zone</th><th>Grid</th><th>Size (mm)</th><th>Length (m)</th><th>Class</th><th>Remark</th></tr>
      <tr><td>Mock-up room</td><td>C-D / 4-5</td><td>800 x 400</td><td>60</td><td>EN 1507 B</td><td>fabricate now</td></tr>
      <tr><td>Office wing</td><td>A-F / 1-9</td><td>various</td><td>1,520</td><td>EN 1507 B</td><td>on hold</td></tr>
      <tr><td>Lab wing</td><td>G-K / 1-9</td><td>various</td><td>820</td><td>EN 1507 C</td><td>on hold</td></tr>
    </table>
    <p>Total package: 2,400 m.</p>
    """))
case("p13_hvac_onhold_no_event_no_person", ["RG004", "RG005"],
     "60 m mock-up released, remaining 2,340 m on hold, but no unlock event and no named release authority",
     [("Package_M-03_mockup_release.eml", eml_bytes(mail(
         "Procurement Team <satinalma@yildizmekanik.com.tr>", "Marcin Krol <m.krol@ventprofil.pl>",
         "Package M-03 rectangular duct - mock-up room", "Tue, 21 May 2024 11:05:00 +0300",
         T("""
         Dear Mr. Krol,

         Referring to our contract YM-2024-117 for package M-03 (rectangular galvanised duct,
         Level 3, Istanbul Finance Center block C):

         Please fabricate the 60 m of rectangular duct for the mock-up room (Level 3, grid C-D/4-5)
         as per the attached schedule, delivery to site latest 07.06.2024.

         The remaining 2,340 m of the package stays on hold.

         Shop drawings rev 1 are uploaded to the project portal. Please use flange system 30 mm and
         sealant class per EN 1507 class B.

         Best regards,
         Procurement Team
         Yildiz Mekanik Taahhut A.S.
         """),
         attachments=[("M-03_duct_schedule_L3.html", _p13_sched.encode("utf-8"), "text/html")])))])

# p14 -- sporting goods, Italian buyer chat export: "stays parked until I say so"
case("p14_it_chat_parked", ["RG004"],
     "15 pre-series released, 485 parked, Chiara named as the one who releases; no unlock event",
     [("Teams_chat_Chiara_Marta.txt", T("""
         Microsoft Teams - chat export
         Participants: Chiara Romano (Sci Dolomiti S.r.l.), Marta Nowicka (PolGrip Sp. z o.o.)
         ----------------------------------------------------------------------------------

         14.05.2024 09:12  Marta Nowicka
           Good morning Chiara, the PO 24/0317 for the ski pole grips arrived, 500 pcs. We start Monday?

         14.05.2024 09:30  Chiara Romano
           Buongiorno Marta! ok, 15 pcs pre-series only for now please, in both colours
           (8 nero, 7 grigio antracite)

         14.05.2024 09:31  Chiara Romano
           the rest (485) stays parked until I say so. the release of the 485 comes only from me

         14.05.2024 09:33  Marta Nowicka
           Understood. 15 pcs pre-series, 485 parked. TPE Shore A 65 like last season?

         14.05.2024 09:35  Chiara Romano
           yes, same Shore A 65, and strap anchor from the new drawing SD-GR-14 rev 3 please

         14.05.2024 09:36  Marta Nowicka
           👍
         """))])

# p15 -- automotive tier-2, Polish buyer DOCX: pre-series per quote, no quantity stated
case("p15_pl_docx_per_quote_no_qty", ["RG010"],
     "pre-series ordered as 'the sample quantity stated in your quotation' with no quote in bundle; hold, PPAP event and Monika Zajac named",
     [("Order_preseries_HB-4410.docx", docx_bytes([
         ("h1", "Order for pre-series parts - heat shield HB-4410"),
         ("p", "To: Hartmann Stanztechnik GmbH, Ludwigsburg. From: Termo-Auto Sp. z o.o., Gliwice. "
               "Date: 17.05.2024. Reference: your quotation Q-24-118 of 30.04.2024, our PO 4300-2218."),
         ("table", [
             ["Item", "Drawing", "Material", "Scope"],
             ["Heat shield exhaust tunnel", "HB-4410 Rev E", "AlSi 1.4828 t=0.5 embossed", "pre-series (sample tier of Q-24-118)"],
         ]),
         ("sp",),
         ("p", "Please manufacture the sample quantity stated in your quotation Q-24-118 from the "
               "series tool and send them with PPAP level 3 documents."),
         ("p", "The production quantity is not released. It stays on hold until PPAP sign-off by our "
               "quality department; the release will then be issued in writing by Monika Zajac, "
               "Purchasing Manager."),
         ("p", "Material authority: sample-only."),
         ("p", "Delivery: FCA Ludwigsburg, CW 25. Contact: Monika Zajac, +48 32 700 41 10."),
     ], author="Monika Zajac"))])

# p16 -- consumer electronics accessories, US startup Slack with 3D-print bureau: "a handful"
case("p16_slack_handful_evt", ["RG010"],
     "go-ahead scoped to EVT enclosures but 'a handful' is no quantity; 1,500 on hold until DVT sign-off, Alex releases in writing",
     [("slack_ext-printforge_export.txt", T("""
         Slack export - #ext-beacon-printforge (Slack Connect)
         ----------------------------------------------------

         2024-05-20 14:02  Alex Romero (Beacon Audio)
           hey team 👋 PO BA-0077 just went out. go ahead and print a handful of the EVT enclosures
           (SLA, Tough 2000, the v5 files from yesterday) so we can check the speaker grille fit.

         2024-05-20 14:03  Alex Romero (Beacon Audio)
           the rest of the 1,500 stays on hold until DVT sign-off, and I'll release it in writing,
           here + email. no resin buys for the 1,500 pls

         2024-05-20 14:15  Kasia Nowak (PrintForge)
           hi Alex! got it. EVT enclosures on the Form 4 tonight. 1,500 on hold until your written
           release 👍

         2024-05-20 14:16  Kasia Nowak (PrintForge)
           do you want them primed or raw?

         2024-05-20 14:20  Alex Romero (Beacon Audio)
           raw is fine, we'll sand the grille edge ourselves
         """))])

# p17 -- automotive tier-2, Polish buyer email: "please start the samples" - nothing else
_p17_drg = pdf([
    ("h1", "DRG 71-5520 Rev A - BRACKET, HEADLAMP SUPPORT RH"),
    ("pre", T("""
        MATERIAL: S420MC EN 10149-2, t = 3.0
        GENERAL TOL.: ISO 2768-m     EDGES: deburr 0.2-0.5
        SURFACE: ZnNi 8 um + passivation, 720 h NSS per ISO 9227
        SCALE 1:1    SHEET 1/1    FORMAT A3    WEIGHT 0.184 kg
        CHANGE A: first issue 2024-04-30 (T. Mazur)
        """)),
], title="DRG 71-5520", author="T. Mazur")
case("p17_pl_start_samples_bare", ["RG003", "RG004", "RG005", "RG010"],
     "'please start the samples' with no quantity, no word on the balance, no unlock event, no release person",
     [("Samples_71-5520.eml", eml_bytes(mail(
         "Tomasz Mazur <t.mazur@motoparts-zabrze.pl>", "Hakan Kaya <hakan.kaya@kayametal.com.tr>",
         "samples bracket 71-5520", "Wed, 08 May 2024 15:40:00 +0200",
         T("""
         Dear Mr. Kaya,

         Please start the samples for new bracket 71-5520 as discussed on Tuesday. Drawing in
         attachment. Order number for the invoice is 4300-1950.

         Regards,
         Tomasz Mazur
         Purchasing, MotoParts Zabrze Sp. z o.o.
         """),
         attachments=[("DRG_71-5520_RevA.pdf", _p17_drg, PDF_MT)])))])

# p19 -- aerospace, EDI 850 printout: sample line quantity "TBD"
case("p19_edi850_qty_tbd", ["RG010"],
     "EDI 850 sample line released with quantity TBD; production line held with FAI event and J. Mazur named",
     [("850_PO_AS-88390.txt", T("""
         ==== X12 850 PURCHASE ORDER  (HUMAN-READABLE PRINT) ====
         ISA SENDER: SKYFRAME-AERO    ISA RECEIVER: TEKNOKOMP-ANK    CONTROL: 000004452
         BEG*00*SA*AS-88390**20240603
         REF*CO*PROGRAM AERO-Q400-SPARES
         N1*BY*SKYFRAME AEROSTRUCTURES SP. Z O.O.*92*MIELEC
         N1*SE*TEKNOKOMP KOMPOZIT A.S.*92*ANKARA OSTIM

         PO1*1**EA*1950.00**BP*SK-2240-010*EC*REV-B
           PID*F****STIFFENER, CFRP, FIRST ARTICLE (AS9102)
           MSG: LINE 1 - FIRST ARTICLE - RELEASED FOR MANUFACTURE - QTY: TBD PER ENGINEERING
         PO1*2*2400*EA*210.00**BP*SK-2240-010*EC*REV-B
           PID*F****STIFFENER, CFRP, PRODUCTION
           MSG: LINE 2 - 2400 EA PRODUCTION - NOT RELEASED - HOLD
           MSG: RELEASE ONLY AFTER FAI SIGN-OFF, IN WRITING BY J. MAZUR (PROGRAM MGR)
           MSG: MATERIAL AUTH: SAMPLE-ONLY
         CTT*2
         SE*17*0001
         ==== END OF PRINT ====
         """))])

# p18 -- pharma packaging thread: buyer release without quantity; Thai supplier: deposit -> started, foil for 250k
case("p18_pharma_deposit_foil_full", ["RG006", "RG010", "RG012"],
     "buyer releases validation lot 'as required' (no quantity); supplier treats deposit as confirmation, starts planning and buys foil for all 250,000",
     [("Re_validation_lot_PO4401-7731.eml", eml_bytes(mail(
         "Kittipong Srisuk <kittipong@thaiflexfoil.co.th>", "Dr. Agata Nowicka <a.nowicka@polpharma-pack.pl>",
         "Re: PO 4401-7731 lidding foil - print proof and validation lot", "Thu, 30 May 2024 10:05:00 +0700",
         T("""
         Dear Dr. Nowicka,

         Thank you for your mail. We have received your deposit payment (30%) yesterday, so we
         consider the order confirmed and we have started the production planning for the full
         250,000 blisters. To keep the lead time we also ordered the printed lidding foil
         (Alu 20 um hard temper, HSL PVC/PVDC) for the full quantity from our converter.

         Print proof will be sent on 5 June, the validation lot will be ready on 12 June.

         Best regards,
         Kittipong Srisuk
         Key Account Manager Europe, Thai Flex Foil Co., Ltd., Chachoengsao

         ----- Original message -----
         From: Dr. Agata Nowicka <a.nowicka@polpharma-pack.pl>
         Date: 27 May 2024 16:44
         Subject: PO 4401-7731 lidding foil - print proof and validation lot

         """) + Q(T("""
         Dear Mr. Srisuk,
         Please run the print proof and the validation lot for lidding foil LF-0440 (artwork
         AW-0440 v2, Pantone 2738 C + black, Data Matrix per GS1). Quantity as required by the
         validation protocol VP-112.
         The commercial quantity of 250,000 blisters on PO 4401-7731 is not released. It stays on
         hold until our QA validation sign-off; after that I will send the written release.
         Kind regards, Dr. Agata Nowicka, Head of Packaging Development, PolPharma-Pack S.A.
         """)))))])

# p20 -- automotive tier-2 stampings folder: Polish buyer PO PDF + Turkish supplier status DOCX
case("p20_tr_status_po_accepted_coil", ["RG006", "RG012"],
     "PO complete (20 samples, 29,980 on hold, PPAP, Anna Kowalska, sample-only material); supplier: PO accepted so full lot scheduled, coil bought for 30,000",
     [("PO_4500-7790.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500-7790"),
         ("pre", T("""
             Auto-Wektor Sp. z o.o., ul. Przemyslowa 2, 44-100 Gliwice, Poland
             Supplier: Bursa Pres Metal San. A.S., Demirtas OSB, Bursa, Turkey
             Date: 2024-05-09     Buyer: Anna Kowalska
             """)),
         ("table", [
             ["Pos.", "Part", "Qty", "Scope"],
             ["10", "Seat cross member 62-1105 Rev C, DC04 t=1.5", "20 pcs", "Samples - released"],
             ["20", "Seat cross member 62-1105 Rev C, DC04 t=1.5", "29,980 pcs", "Production - NOT released"],
         ]),
         ("p", "Pos. 20 stays on hold until PPAP sign-off. Release of pos. 20 only in writing by Anna "
               "Kowalska, Purchasing Manager. Material authority: sample-only (coil for pos. 10)."),
     ], title="PO 4500-7790", author="Anna Kowalska")),
      ("Order_status_wk22_BursaPres.docx", docx_bytes([
         ("h1", "Order status report - week 22"),
         ("p", "Customer: Auto-Wektor Sp. z o.o. - Prepared by: Murat Yildirim, Sales & Planning - 29.05.2024"),
         ("table", [
             ["PO", "Part", "Status", "Next step"],
             ["4500-7790", "62-1105 Rev C", "PO accepted in our ERP (order 24-1187)", "Full lot scheduled on press line 3 from week 25"],
             ["4500-7790 samples", "62-1105 Rev C", "Tool try-out OK, 20 samples in measurement", "PPAP documents week 23"],
         ]),
         ("sp",),
         ("p", "Because your PO 4500-7790 has been accepted in our system, the full lot is scheduled on "
               "press line 3 from week 25."),
         ("p", "To secure the lead time we purchased DC04 coil for the full 30,000 pcs (18.4 t, "
               "1,250 mm wide) from Erdemir; delivery to our warehouse in week 24."),
         ("p", "Best regards, Murat Yildirim"),
     ], author="Murat Yildirim"))])

# p21 -- aerospace composites: Polish supplier cut and kitted prepreg for all 24 shipsets
case("p21_aero_prepreg_kitted_all", ["RG006"],
     "quoted PO scope complete (3 FAI shipsets, 21 on hold, FAI sign-off, Lior Ben-David); supplier kitted plies for all 24 shipsets",
     [("Re_FAI_layup_AA-6110.eml", eml_bytes(mail(
         "Grzegorz Pawlak <g.pawlak@kompozyt.com.pl>", "Lior Ben-David <lior.bd@arava-aero.co.il>",
         "Re: PO 7700-1288 AA-6110 FAI layup status", "Fri, 31 May 2024 14:50:00 +0200",
         T("""
         Dear Lior,

         FAI layup of shipset 1 is done, autoclave cure tonight (cycle M21-180-7bar, TC map attached
         to the traveller). Shipsets 2 and 3 follow next week.

         Because of the 30-day out-time of the prepreg (HexPly M21/34%/UD194/T800S) we took the whole
         roll out of the freezer and have cut and kitted the plies for all 24 shipsets on the Gerber
         cutter. The kits are back in the freezer, bagged and labelled per shipset, out-time logged.

         Best regards,
         Grzegorz Pawlak
         Production Manager, Kompozyt Sp. z o.o., Mielec

         > From: Lior Ben-David
         > Sent: 06 May 2024 09:30
         """) + Q(T("""
         Grzegorz, PO 7700-1288 for AA-6110 access panel:
         - 3 FAI shipsets released now (AS9102 Rev C).
         - The other 21 shipsets are NOT released, on hold until FAI sign-off.
         - Written release for the 21 only from me, Lior Ben-David.
         Lior
         """)))))])

# p22 -- consumer electronics cables, US startup Slack with Thai supplier: bought 10k connectors (MOQ)
case("p22_slack_cables_moq_10k", ["RG006"],
     "pinned scope complete (50 samples, 9,950 on hold, USB-IF cert, Jordan Lee); supplier bought 10k plugs and TPU for the full 10k",
     [("slack_ext-voltpath-siamcable.txt", T("""
         Slack export - #ext-voltpath-siamcable (Slack Connect)
         -----------------------------------------------------

         [PINNED] 2024-05-03 09:00  Jordan Lee (VoltPath)
           PO VP-2024-044 scope: 50 sample cables (C-to-C 2 m, 240 W) released. The remaining 9,950
           are NOT released - on hold until USB-IF certification passes and I (Jordan) send the
           written release. material for the 50 only pls

         2024-05-21 22:14  Nattaya Chaiyo (Siam Cable)
           hi Jordan, 50 samples pass hi-pot + e-marker read, shipping tomorrow ka

         2024-05-21 22:16  Nattaya Chaiyo (Siam Cable)
           fyi connector MOQ from the plug supplier was 10k, so we bought 10k USB-C plugs and the
           overmold TPU for the full 10k already, all in our warehouse. better price too 🙂

         2024-05-22 07:40  Jordan Lee (VoltPath)
           thanks for the heads up Nattaya, let me check with finance
         """))])

# p23 -- toys, Thai supplier confirms a labelled forecast as an order and prepared resin for it
_p23_fc = T("""
    KITE & KIN TOYS - H2 2024 PLANNING FORECAST (NON-BINDING, NOT AN ORDER)
    Item          Jul    Aug    Sep    Oct    Nov    Dec    Total
    KK-DINO-08    4,000  6,000  8,000  8,000  6,000  4,000  36,000
    Orders follow only as separate purchase orders.
    """)
case("p23_th_forecast_confirmed_resin", ["RG006", "RG008"],
     "buyer forecast labelled non-binding; supplier confirms it as an order of 36,000 and prepared resin for the full quantity",
     [("Re_H2_forecast_dino.eml", eml_bytes(mail(
         "Suda Wongsakul <suda@siamprecision.co.th>", "Kevin Ortiz <kevin.ortiz@kiteandkin.com>",
         "Re: H2 2024 forecast - dino line", "Mon, 27 May 2024 09:30:00 +0700",
         T("""
         Dear Kevin,

         Thank you very much for your order of 36,000 pcs as per your forecast. We confirm the order
         and have prepared ABS and PP resin for the full quantity (about 5.4 ton) in our warehouse,
         so we can start July on time.

         Delivery plan follows your monthly split. Please send us the artwork for the hang card.

         Best regards ka,
         Suda Wongsakul
         Sales Manager, Siam Precision Moulding Co., Ltd.

         On Fri, May 24, 2024 at 11:02 PM Kevin Ortiz wrote:
         """) + Q(T("""
         Hi Suda,
         attached is our H2 2024 planning forecast for the small dino (36,000 pcs in total).
         This is a non-binding planning forecast, not an order. POs follow separately.
         Kevin
         """)),
         attachments=[("KK_H2_2024_forecast.txt", _p23_fc, "text/plain")])))])

# p24 -- HVAC ducting, supplier-portal HTML export: call-off 400 m, coil for the whole project reserved
case("p24_hvac_portal_coil_reserved", ["RG006"],
     "call-off complete (400 m, 3,400 m on hold until call-off 2 by Daniel Azoulay, material for released only); supplier reserved coil for whole 3,800 m",
     [("Portal_CallOff_1_supplier_view.html", html_page("Negev Air supplier portal - call-off 1", T("""
         <h2>Negev Air Systems &mdash; Supplier portal &mdash; Call-off 1 (contract FA-2024-21)</h2>
         <table>
           <tr><th>Supplier</th><td>Ventprofil Sp. z o.o., Bydgoszcz</td><th>Project</th><td>Haifa Bay Logistics Hub</td></tr>
           <tr><th>Item</th><td>Rectangular duct, galv. DX51D Z275, EN 1505</td><th>Contract qty</th><td>3,800 m</td></tr>
         </table>
         <h3>Buyer release text</h3>
         <div class="note">Call-off 1 releases 400 m (Hall A, axis 1-6). The other 3,400 m are not released and
         stay on hold until call-off 2, which Daniel Azoulay (Procurement Manager) will issue in writing after
         the Hall A pressure test. Material authority: material for the released 400 m only.</div>
         <h3>Supplier status (entered by supplier)</h3>
         <table>
           <tr><th>Date</th><th>By</th><th>Comment</th></tr>
           <tr><td>2024-05-27</td><td>M. Krol</td><td>400 m in fabrication, 180 m done, delivery wk 24 as planned.</td></tr>
           <tr><td>2024-05-27</td><td>M. Krol</td><td>Coil for the whole project (3,800 m equivalent, approx. 41 t) is already
           in our warehouse, reserved for you, so the next call-offs can go fast.</td></tr>
         </table>
         """)))])

# p25 -- sporting goods, Italian supplier: "as soon as you confirm samples OK we go directly with the series"
case("p25_it_supplier_straight_to_series", ["RG007"],
     "quoted buyer scope complete (200, 4,800 on hold, sample sign-off + Joanna Nowak); supplier says samples-OK confirmation sends them straight into the 4.800 series",
     [("R_campioni_BK-CF-31.eml", eml_bytes(mail(
         "Alessandro Rinaldi <a.rinaldi@carboniovenetocomp.it>", "Joanna Nowak <j.nowak@velopol.pl>",
         "R: campioni / samples handlebar BK-CF-31 shipped", "Tue, 28 May 2024 17:05:00 +0200",
         T("""
         Dear Mrs. Nowak,

         the 200 samples of the carbon handlebar BK-CF-31 are shipped today by DHL, AWB 48 2210 7731.
         Test report ISO 4210-5 (fatigue 100,000 cycles) is in the box.

         As soon as you confirm samples OK we go directly with the series of 4.800 pcs, so no time
         is lost; the mould is already on the press.

         Cordiali saluti,
         Alessandro Rinaldi
         Ufficio Commerciale - Carbonio Veneto Components S.r.l. - Treviso

         -----Messaggio originale-----
         Da: Joanna Nowak
         Inviato: lunedi 6 maggio 2024 10:40
         Oggetto: PO 5502-118 handlebar BK-CF-31

         """) + Q(T("""
         Dear Alessandro,
         PO 5502-118 attached. Please note: 200 samples released now. Balance 4,800 pcs not
         released, on hold until sample sign-off by our R&D and a written release from me
         (Joanna Nowak, Purchasing Manager).
         Best regards, Joanna
         """)))))])

# p26 -- 3D-printing bureau, US startup Slack: buyer says "just keep printing the rest, no need to wait for me"
case("p26_slack_keep_printing", ["RG007"],
     "pinned scope requires Alex's written release after drop test; Alex later says if DVT passes just keep printing the rest, no need to wait",
     [("slack_ext-beacon-printforge_DVT.txt", T("""
         Slack export - #ext-beacon-printforge (Slack Connect)
         ----------------------------------------------------

         [PINNED] 2024-06-03 10:00  Alex Romero (Beacon Audio)
           PO BA-0112: 20 DVT units released (SLS PA12, grey). The rest (480) is on hold until the
           drop test sign-off + my written release. Powder for the 20 only.

         2024-06-10 16:45  Kasia Nowak (PrintForge)
           20 DVT units shipped, UPS ground, arrives Wed

         2024-06-11 09:12  Alex Romero (Beacon Audio)
           thx! drop test is on Thursday at the lab in Fremont. honestly I'm slammed this week --
           if the DVT units pass the drop test on Thursday just keep printing the rest, no need to
           wait for me 👍

         2024-06-11 09:14  Kasia Nowak (PrintForge)
           ok 🙂 we'll watch for the result

         2024-06-11 09:30  Alex Romero (Beacon Audio)
           lab will email the report to both of us
         """))])

# p27 -- sporting goods, Indonesian supplier order acknowledgement (DOCX): mass production starts automatically
case("p27_id_ack_auto_start_docx", ["RG007"],
     "supplier acknowledgement says mass production of the remaining pairs starts automatically on approval of the salesman samples",
     [("OA-24-0331_Sportmax.docx", docx_bytes([
         ("h1", "ORDER ACKNOWLEDGEMENT OA-24-0331"),
         ("p", "PT Sinar Jaya Sports, Jl. Industri Raya Blok B3, Tangerang 15135, Indonesia. To: Sportmax "
               "Sp. z o.o., Poznan, Attn. Mr. Tomasz Kowalczyk. Your PO: 5501-882. Date: 20 May 2024."),
         ("table", [
             ["No", "Article", "Description", "Qty", "Unit price", "ETD"],
             ["1", "GK-GLV-22", "Goalkeeper glove, latex 4 mm, salesman samples sizes 7-11", "12 pairs", "USD 9.60", "10 Jun 2024"],
         ]),
         ("sp",),
         ("p", "Remark 1: Upon your approval of the salesman samples, mass production of the remaining "
               "2,388 pairs will start automatically, to meet the season delivery in September."),
         ("p", "Remark 2: Latex from Malaysia (Sempermed grade), test EN 420:2003+A1:2009 by our lab."),
         ("p", "Thank you for your order. Dewi Lestari, Marketing Export"),
     ], author="Dewi Lestari"))])

# p28 -- automotive tier-2 stampings, German supplier, terse: silence on FAI = approved, start series
case("p28_de_silence_means_series", ["RG007"],
     "quoted PO scope complete (5 FAI, 4,995 on hold, FAI sign-off + Laura Greco); supplier: no comments by 14.06 = approved, start series",
     [("FAI_parts_PO4501-3317.eml", eml_bytes(mail(
         "Jens Hartmann <j.hartmann@hartmann-stanztechnik.de>", "Laura Greco <l.greco@componentiautogreco.it>",
         "FAI parts 42-7710 / PO 4501-3317", "Fri, 31 May 2024 16:02:00 +0200",
         T("""
         Ms. Greco,

         FAI parts (5 pcs) + report sent today, DHL 1234 5678 90.
         If no comments on FAI until 14.06., we consider parts approved and start series
         (PO pos. 20, 4.995 pcs).

         Regards
         J. Hartmann

         Hartmann Stanztechnik GmbH | Ludwigsburg | Geschäftsführer: J. Hartmann

         >>> Laura Greco 13.05.2024 11:20 >>>
         """) + Q(T("""
         Dear Mr. Hartmann,
         our PO 4501-3317: pos. 10 = 5 FAI parts, released. Pos. 20 = 4,995 pcs, NOT released, on
         hold until FAI sign-off by our quality. Pos. 20 will be released only in writing by me,
         Laura Greco (Purchasing).
         Best regards, Laura Greco
         """)))))])

# p29 -- consumer electronics accessories, Polish buyer PDF PO: "after positive sample approval, continue with the balance"
case("p29_pl_po_continue_after_approval", ["RG005", "RG007"],
     "PO holds 2,970 and names sample approval as the event, but says 'after positive sample approval continue with the balance' and names no release person",
     [("PO_2024-0533_CaseMate.pdf", pdf([
         ("h1", "ZAMOWIENIE / PURCHASE ORDER 2024-0533"),
         ("pre", T("""
             Etui.pl Sp. z o.o., ul. Kamienna 21, 31-403 Krakow, Poland
             Supplier: Chonburi Silicone Products Co., Ltd., Amata City, Chonburi, Thailand
             Date: 2024-05-10      Payment: T/T 30 days after B/L
             """)),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Price USD"],
             ["10", "EP-S24-CLR", "Clear TPU case Galaxy S24, anti-yellowing, samples", "30 pcs", "1.90"],
             ["20", "EP-S24-CLR", "Clear TPU case Galaxy S24, anti-yellowing, production", "2,970 pcs", "0.74"],
         ]),
         ("sp",),
         ("p", "Line 10: samples, released. Line 20: balance of 2,970 pcs, not released."),
         ("p", "After positive sample approval, please continue with the balance of 2,970 pcs."),
         ("p", "Packing: individual OPP bag with suffocation warning (PL/EN), 100 pcs per carton, "
               "carton marks per our spec PK-03."),
         ("p", "Etui.pl Sp. z o.o. - Dzial Zakupow / Purchasing Department"),
     ], title="PO 2024-0533", author="Etui.pl Purchasing"))])

# p30 -- toys, LINE chat export, Thai supplier: after you approve the PPS we run mass production right away
case("p30_line_chat_pps_then_mass", ["RG007"],
     "buyer scope in chat complete (6 PPS, 4,994 on hold, PPS sign-off + Kevin Ortiz); supplier says PPS approval means mass production runs right away",
     [("LINE_chat_KiteKin_ChiangMai.txt", T("""
         [LINE] Chat history with Chiang Mai Soft Toys (Khun Pim)
         Saved on: 2024/06/04 08:15

         2024/05/27 Mon
         21:02  Kevin Ortiz  Hi Pim! PO KK-2024-131 sent by email. It is for 6 PPS only (bunny 10").
         21:03  Kevin Ortiz  Mass production 4,994 pcs is NOT released - on hold until PPS sign-off by our QA + a written release from me (Kevin Ortiz)
         21:20  Khun Pim     OK ka Kevin 🙏 6 PPS, fabric minky pink 16-1715 TCX
         2024/06/03 Mon
         09:45  Khun Pim     PPS finish ka, send by DHL today, tracking 38 1104 2290
         09:46  Khun Pim     after you approve the PPS we run the mass production right away, so please approve fast 🙏🙏 factory is waiting
         09:47  Khun Pim     [Photo]
         22:10  Kevin Ortiz  Thanks Pim, will check when they land
         """))])

# p31 -- aerospace composites, German supplier: FAI approval is the production approval, we release the panels
case("p31_aero_fai_is_production_approval", ["RG007", "RG009"],
     "supplier treats FAI approval as production approval and will release the 36 panels on it; 'approval' covers technical and production release",
     [("AW_FAI_package_AA-8120.eml", eml_bytes(mail(
         "Stefan Vogel <s.vogel@faserwerk-bodensee.de>", "Lior Ben-David <lior.bd@arava-aero.co.il>",
         "AW: PO 7700-1350 - FAI package AA-8120 (2 articles)", "Mon, 03 Jun 2024 08:40:00 +0200",
         T("""
         Hello Lior,

         FAI package for AA-8120 is uploaded to your portal (forms 1-3, ply book, cure charts,
         UT C-scan, CoC). Both articles ship tomorrow.

         Per our usual practice the FAI approval is also the production approval: once the FAI is
         approved, we release the remaining 36 panels to our shop floor. Autoclave slots are
         planned for week 24.

         Best regards
         Stefan Vogel
         Programm-Manager, Faserwerk Bodensee GmbH

         -----Ursprüngliche Nachricht-----
         Von: Lior Ben-David
         Gesendet: Montag, 13. Mai 2024 10:05
         Betreff: PO 7700-1350 - FAI package AA-8120

         """) + Q(T("""
         Stefan, PO 7700-1350 attached: 2 FAI articles released. The remaining 36 panels are not
         released and stay on hold until FAI sign-off; the written release for them comes only
         from me (Lior Ben-David, Quality Manager).
         Lior
         """)))))])

# p32 -- consumer electronics cases, Israeli buyer: forecast to be treated as firm commitment
_p32_txt = T("""
    Hi Somchai,

    Ahead of your capacity planning meeting, here is our 2025 forecast for the three case SKUs:

      SKU            Q1      Q2      Q3      Q4      2025
      SF-IP16-CLR    12,000  15,000  18,000  15,000  60,000
      SF-IP16-MAG     6,000   8,000  10,000   8,000  32,000
      SF-S25-CLR      5,000   7,000   9,000   7,000  28,000
      Total                                          120,000

    Please treat this forecast as our firm commitment for 2025 and plan your capacity and
    moulds accordingly. Monthly POs will follow the usual way.

    Best,
    Noa
    """) + sig("Noa Levi", "Head of Operations", "Shellfish Cases Ltd., Tel Aviv", "+972 3 555 0142")
_p32_html = T("""
    <html><body style="font-family:Arial">
    <p>Hi Somchai,</p>
    <p>Ahead of your capacity planning meeting, here is our 2025 forecast for the three case SKUs:</p>
    <table border="1" cellpadding="4" style="border-collapse:collapse">
    <tr><th>SKU</th><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th><th>2025</th></tr>
    <tr><td>SF-IP16-CLR</td><td>12,000</td><td>15,000</td><td>18,000</td><td>15,000</td><td>60,000</td></tr>
    <tr><td>SF-IP16-MAG</td><td>6,000</td><td>8,000</td><td>10,000</td><td>8,000</td><td>32,000</td></tr>
    <tr><td>SF-S25-CLR</td><td>5,000</td><td>7,000</td><td>9,000</td><td>7,000</td><td>28,000</td></tr>
    <tr><td><b>Total</b></td><td></td><td></td><td></td><td></td><td><b>120,000</b></td></tr>
    </table>
    <p>Please treat this forecast as our firm commitment for 2025 and plan your capacity and
    moulds accordingly. Monthly POs will follow the usual way.</p>
    <p>Best,<br>Noa</p>
    <p style="font-size:11px;color:#666">Noa Levi | Head of Operations | Shellfish Cases Ltd., Tel Aviv | +972 3 555 0142</p>
    </body></html>
    """)
case("p32_il_forecast_firm_commitment", ["RG008"],
     "buyer asks supplier to treat the 120,000 forecast as a firm commitment",
     [("2025_forecast_Shellfish.eml", eml_bytes(mail(
         "Noa Levi <noa@shellfish.co.il>", "Somchai Prasert <somchai@chonburisilicone.co.th>",
         "2025 forecast - case SKUs", "Mon, 03 Jun 2024 12:00:00 +0300", _p32_txt, html=_p32_html)))])

# p33 -- automotive tier-2 stampings, EDI 830 printout where forecast lines are flagged firm/binding
case("p33_edi830_forecast_binding", ["RG008"],
     "830 planning schedule states all forecast quantities are binding orders and flags them firm",
     [("830_AKT_to_Presstech_W23.txt", T("""
         ***************************************************************************
         *  X12 830  PLANNING SCHEDULE  -  PRINTOUT                                *
         ***************************************************************************
         SENDER ID ....: AUTOKOMP-TYCHY         RECEIVER ID ..: PRESSTECH-KOC
         DOC NO .......: 830-2024-0603          DATE .........: 2024-06-03
         SCHEDULE TYPE : PLANNING (FORECAST)    HORIZON ......: WK24 - WK35

         LIN  ITEM             DESCRIPTION                 UOM  FST-QUAL   WK24-27  WK28-31  WK32-35
         ---  ---------------  --------------------------  ---  ---------  -------  -------  -------
         001  71-4402-150-07   BRACKET SEAT RAIL LH        PC   C (FIRM)     8,000    8,000   10,000
         002  71-4402-151-07   BRACKET SEAT RAIL RH        PC   C (FIRM)     8,000    8,000   10,000

         NOTE: ALL FORECAST QUANTITIES ABOVE ARE BINDING ORDERS. SUPPLIER TO PLAN PRESS
               CAPACITY AND COIL ACCORDINGLY. NO SEPARATE PO WILL BE ISSUED.
         CONTACT: K. LIS, PURCHASING METAL PARTS, +48 32 219 40 00
         ***************************************************************** END 830 *
         """))])

# p34 -- signage & displays, Polish retail buyer: rollout forecast "is firm, you will get all 400"
case("p34_pl_rollout_forecast_firm", ["RG008"],
     "retail buyer calls the 400-store rollout forecast firm and promises all 400; no authorization in the bundle",
     [("Rollout_2024_signage.eml", eml_bytes(mail(
         "Izabela Dudek <i.dudek@sklepydomino.pl>", "Burak Aksoy <burak@istanbulsign.com.tr>",
         "Rollout 2024/25 - pylon + window displays", "Wed, 05 Jun 2024 14:30:00 +0200",
         T("""
         Dear Burak,

         thank you for the visit in Lodz last week, the prototype pylon looks great in the store.

         Our rollout forecast for the new store design: 400 stores from September 2024 to March
         2025, each with 1 pylon sign (PY-2400, 2.4 m, LED, double sided) and 2 window displays
         (WD-A1). This forecast is firm - you will get all 400, so please reserve your capacity for
         Q3 and Q4 and tell me your monthly maximum.

         Store list with addresses and install windows will follow in July.

         Best regards,
         Izabela Dudek
         Category Manager Store Equipment, Sklepy Domino S.A., Lodz
         """))))])

# p35 -- medical devices / pharma: approvals x3 in a supplier-portal message (HTML), no named release person
case("p35_portal_approved_three_ways", ["RG005", "RG009"],
     "'approved' used for finance PO, samples for manufacture/QA and internal production; hold and event stated, no named release person",
     [("Portal_message_PO-5530-0091.html", html_page("Supplier portal - message", T("""
         <h2>Supplier portal &mdash; Message to supplier</h2>
         <table>
           <tr><th>PO</th><td>5530-0091</td><th>Supplier</th><td>Plastimed Sp. z o.o., Lodz</td></tr>
           <tr><th>Part</th><td>Dosing cup 10 ml, PP Purell RP270G, PN DC-10-02</td><th>Sent</th><td>2024-05-22 10:41</td></tr>
         </table>
         <h3>Message</h3>
         <p>Dear Supplier,</p>
         <p>The PO 5530-0091 has been approved by Finance. The 10 samples are approved for manufacture.</p>
         <p>The balance of 490 pcs is not approved yet: it stays on hold until the samples are approved
         by our Quality team and production is approved internally.</p>
         <p>Please ship the 10 samples with the dimensional report and the PP certificate (Ph. Eur. 3.1.6).</p>
         <p>Kind regards,<br>Procurement &middot; Farmaceutici Lombardi S.p.A.</p>
         """)))])

# p36 -- German engineer, terse: "released" for drawing, PO, samples and production
case("p36_de_released_overloaded", ["RG009"],
     "'released' used for the drawing, the PO in SAP and the production quantity; otherwise scope complete (6, 294 on hold, EMPB, Jens Hartmann)",
     [("Status_4711-220.eml", eml_bytes(mail(
         "Jens Hartmann <j.hartmann@rheinwerk-gruppe.de>", "Can Ozdemir <can.ozdemir@ozdemirpres.com.tr>",
         "4711-220 status", "Tue, 14 May 2024 07:31:00 +0200",
         T("""
         Mr. Özdemir,

         status 4711-220 (Halter Stoßfänger / bumper bracket):

         - Drawing 4711-220 Rev C released (PLM, 13.05.).
         - PO 4500123456 released in SAP.
         - Samples: 6 pcs released for manufacture.
         - Balance 294 pcs not released. Production release only after EMPB sign-off, in writing
           by me.

         Material DD11, t=3.0. KTL per TL 211. Samples KW 22 latest.

         Regards
         Jens Hartmann
         Projekteinkauf / Project Purchasing, Rheinwerk Gruppe, Neuss
         """))))])

# p37 -- Turkish supplier / Italian buyer framework agreement (DOCX): one defined "Approval" + forecast as commitment
case("p37_agreement_approval_defined_forecast_binding", ["RG008", "RG009"],
     "agreement defines one 'Approval' covering sample, PO and series start, and calls the forecast volume a binding commitment",
     [("Supply_Agreement_EgePlast_Draft3.docx", docx_bytes([
         ("h1", "Supply Agreement - Draft 3 (for signature)"),
         ("p", "Between Giocattoli Adriatici S.r.l., Pesaro (Buyer) and Ege Plastik Oyuncak San. A.S., "
               "Manisa (Supplier)."),
         ("h", "1. Definitions"),
         ("p", "1.1 'Products' means the toy parts listed in Schedule A."),
         ("p", "1.4 'Approval' means the Buyer's approval of the samples, the Buyer's approval of a "
               "Purchase Order and the approval to start series production."),
         ("h", "2. Forecast"),
         ("p", "2.1 The Buyer's forecast of 250,000 pcs per year (Schedule A) is a binding commitment "
               "of the Buyer for the term of this Agreement."),
         ("h", "Schedule A - Products and forecast"),
         ("table", [
             ["Product", "Description", "Forecast / year"],
             ["GA-BLK-01", "Building block set 48 pcs, ABS, EN 71-1/-2/-3", "150,000 pcs"],
             ["GA-BLK-02", "Building block base plate 32x32, HIPS", "100,000 pcs"],
         ]),
         ("p", "Signed in Pesaro on ______ for the Buyer ______ / for the Supplier ______"),
     ], author="Ufficio Legale Giocattoli Adriatici"))])

# p38 -- sporting goods, Italian buyer: cover email says 30 samples, attached PO says 25
_p38_po = pdf([
    ("h1", "ORDINE DI ACQUISTO 24/0412"),
    ("pre", T("""
        Sci Dolomiti S.r.l., Via Stazione 3, 39031 Brunico (BZ), Italy
        Supplier: PT Sinar Jaya Sports, Tangerang, Indonesia
        Date: 21/05/2024      Buyer: Chiara Romano
        """)),
    ("table", [
        ["Pos.", "Article", "Description", "Q.ty", "Status"],
        ["10", "SD-GLV-SKI-3", "Ski glove, PrimaLoft 133 g, goat leather palm, samples", "25 pairs", "Released"],
        ["20", "SD-GLV-SKI-3", "Ski glove, PrimaLoft 133 g, goat leather palm", "975 pairs", "NOT released"],
    ]),
    ("p", "Pos. 20 on hold until sample sign-off by our product manager. Release of pos. 20 only in "
          "writing by Chiara Romano. Material authority: sample-only."),
], title="PO 24/0412", author="Chiara Romano")
case("p38_it_email30_po25", ["RG011"],
     "cover email releases 30 sample pairs, attached PO releases 25; otherwise complete",
     [("Ordine_24-0412_campioni.eml", eml_bytes(mail(
         "Chiara Romano <c.romano@scidolomiti.it>", "Dewi Lestari <dewi@sinarjayasports.co.id>",
         "Ordine 24/0412 - ski glove samples", "Tue, 21 May 2024 11:18:00 +0200",
         T("""
         Dear Dewi,

         please find attached our order 24/0412 for the 30 sample pairs of the ski glove
         SD-GLV-SKI-3 (sizes 7-10, black/grey). Please produce them in the final materials, with
         the PrimaLoft hang tag.

         The rest of the order is on hold, as written in the PO.

         Grazie e buona giornata,
         Chiara Romano
         Acquisti - Sci Dolomiti S.r.l.
         """),
         attachments=[("Ordine_24-0412.pdf", _p38_po, PDF_MT)])))])

# p39 -- HVAC ducting, Indonesian buyer: "twelve (15) pilot units"
case("p39_id_twelve_fifteen", ["RG011"],
     "release states 'twelve (15)' pilot diffusers - word and digits disagree; hold, event and Budi Hartono named",
     [("Pilot_units_diffuser_LD-600.eml", eml_bytes(mail(
         "Budi Hartono <budi.hartono@nusantarahvac.co.id>", "Selin Arslan <selin@ankaradifuzor.com.tr>",
         "Pilot units linear diffuser LD-600 - PO NH-24-0388", "Thu, 16 May 2024 10:10:00 +0700",
         T("""
         Dear Ms. Selin,

         Good morning from Jakarta. Following our PO NH-24-0388, please produce twelve (15) pilot
         units of the linear diffuser LD-600 (4 slots, 1,200 mm, RAL 9016 matt, with plenum box and
         damper) for the mock-up at Menara Sentral, floor 23.

         The remaining units of the PO are not released yet. They will be released only after the
         mock-up acceptance by the consultant, by written release from me.

         Please confirm the delivery date of the pilot units.

         Thank you and best regards,
         Budi Hartono
         Procurement Manager, PT Nusantara HVAC Engineering
         Jl. Gatot Subroto Kav. 35, Jakarta
         """))))])

# p40 -- consumer electronics accessories, EDI 850 printout: line qty 48 vs note 24
case("p40_edi850_48_vs_24", ["RG011"],
     "EDI 850 sample line 48 EA marked released while the note releases 24 EA; production line held with event and person",
     [("850_PO_VP-2024-061.txt", T("""
         ==== X12 850 PURCHASE ORDER  (HUMAN-READABLE PRINT) ====
         ISA SENDER: VOLTPATH-INC     ISA RECEIVER: SIAMCABLE-TH     CONTROL: 000000391
         BEG*00*SA*VP-2024-061**20240604
         N1*BY*VOLTPATH INC*92*SAN JOSE CA
         N1*SE*SIAM CABLE ASSEMBLY CO LTD*92*PATHUM THANI

         PO1*1*48*EA*6.20**BP*VP-MAG-15W*VP*REV-3
           PID*F****MAGNETIC CHARGING PAD 15W QI2, SAMPLE
           MSG: LINE 1 SAMPLE - RELEASED FOR MANUFACTURE
         PO1*2*4952*EA*3.10**BP*VP-MAG-15W*VP*REV-3
           PID*F****MAGNETIC CHARGING PAD 15W QI2, PRODUCTION
           MSG: LINE 2 - NOT RELEASED - HOLD UNTIL QI2 CERTIFICATION + WRITTEN RELEASE BY JORDAN LEE
         MSG: SAMPLE RELEASE: 24 EA. MATERIAL AUTH: SAMPLE-ONLY.
         CTT*2*5000
         SE*16*0001
         ==== END OF PRINT ====
         """))])

# p41 -- pharma packaging folder: release letter PDF 500 vs call-off TXT 550 for the same release R-05
case("p41_release_500_calloff_550", ["RG011"],
     "release letter R-05 says 500 blister trays, the call-off printout for R-05 says 550",
     [("Release_R-05_BT-310.pdf", pdf([
         ("h1", "Production Release R-05"),
         ("pre", T("""
             Farmapak S.A., Torun  ->  Anadolu Thermoform A.S., Gebze
             PO 4501-9877  Item BT-310 Rev 2 (PET-G 0.4 mm, 10-cavity blister tray)
             Date: 2024-05-29
             """)),
         ("table", [
             ["Release", "Quantity", "Delivery", "Authorised by"],
             ["R-05", "500 pcs", "wk 24, DAP Torun", "Bartosz Wieczorek, Purchasing"],
         ]),
         ("p", "Remaining PO quantity after R-05: 3,000 pcs, not released; next release after the "
               "line trial on packaging line 4 signed off by QA, in writing by Bartosz Wieczorek."),
     ], title="Release R-05", author="Bartosz Wieczorek")),
      ("CallOff_R-05_print.txt", T("""
         FARMAPAK S.A. - CALL-OFF PRINT                         2024-05-29 14:02
         -------------------------------------------------------------------------
         SUPPLIER   : ANADOLU THERMOFORM A.S. (V-20931)
         PO / REL   : 4501-9877 / R-05
         ITEM       : BT-310 REV 2  BLISTER TRAY PET-G 0.4 10-CAV
         REL. QTY   : 550 PCS
         DELIVERY   : WK 24  DAP TORUN  DOCK 2
         REMAINING  : NOT RELEASED - NEXT RELEASE AFTER LINE TRIAL (QA) BY B. WIECZOREK
         -------------------------------------------------------------------------
         """))])

# p42 -- automotive tier-2 stampings, supplier-portal HTML export: header released qty vs line released qty
case("p42_portal_header_vs_line", ["RG011"],
     "portal header shows released 1,000 while the line table shows released 1,200; balance hold, event and person present",
     [("Portal_Release_REL-2024-118.html", html_page("Release REL-2024-118", T("""
         <h2>Supplier Portal &mdash; Release REL-2024-118</h2>
         <table>
           <tr><th>Buyer</th><td>Great Lakes Seating Systems Inc.</td><th>Supplier</th><td>Ozkan Metal Sac San. A.S.</td></tr>
           <tr><th>PO</th><td>450-77145</td><th>Part</th><td>88-1030-00 Rev A recliner bracket RH</td></tr>
           <tr><th>Released qty</th><td><b>1,000 pcs</b></td><th>Release date</th><td>2024-06-05</td></tr>
         </table>
         <h3>Release lines</h3>
         <table>
           <tr><th>Line</th><th>Ship date</th><th>Dock</th><th>Released</th></tr>
           <tr><td>1</td><td>2024-06-21</td><td>Holland MI, dock 7</td><td>600</td></tr>
           <tr><td>2</td><td>2024-07-05</td><td>Holland MI, dock 7</td><td>600</td></tr>
           <tr><td colspan="3"><b>Total released</b></td><td><b>1,200</b></td></tr>
         </table>
         <div class="note">Balance of PO 450-77145 not released. Next release after full PSW sign-off, issued in
         writing by Sarah Donnelly, SQE Manager.</div>
         """)))])

# p43 -- signage & displays, Israeli buyer DOCX release letter: words 750 vs table 570
case("p43_il_release_750_570_docx", ["RG011"],
     "release letter body says seven hundred fifty (750), the table says 570; hold, event and Dana Katz present",
     [("Release_letter_GD-2024-07.docx", docx_bytes([
         ("h1", "Production Release GD-2024-07"),
         ("p", "From: Dana Katz, Procurement Manager, Super-Yarok Retail Ltd., Rishon LeZion. To: Galil "
               "Displays Ltd., Migdal HaEmek. Date: 9 June 2024. PO 2024-3391."),
         ("p", "Following the site sign-off of the two prototype shelf headers on 5 June, we release "
               "seven hundred fifty (750) shelf header signs, article SH-900, printed 4/0 on 5 mm "
               "foamed PVC, for the Tel Aviv and Haifa stores."),
         ("table", [
             ["Release", "Article", "Quantity", "Delivery"],
             ["GD-2024-07", "SH-900 shelf header 900 x 120 mm", "570 pcs", "30 June 2024, DAP Rishon LeZion DC"],
         ]),
         ("sp",),
         ("p", "The remaining quantity of PO 2024-3391 is not released. It will be released only after "
               "the first-store installation review, in writing by me."),
         ("p", "Dana Katz"),
     ], author="Dana Katz"))])

# p44 -- consumer electronics cables, supplier acknowledgement states 2,000 against a 1,200 release (rfc822 attached)
_p44_rel = mail("Jordan Lee <jordan@voltpath.io>", "Nattaya Chaiyo <nattaya@siamcable.co.th>",
                "Release R-02 - PO VP-2024-031 - 1,200 pcs", "Mon, 03 Jun 2024 18:30:00 -0700",
                T("""
                Hi Nattaya,

                USB-IF certification passed (TID 12345). Release R-02 under PO VP-2024-031:
                1,200 pcs C-to-C 1 m 240 W, ship by July 5.

                The remaining 3,800 pcs of the PO are not released. The next release depends on the
                sell-through review on Aug 15 and comes from me in writing.

                Jordan Lee, Ops Lead, VoltPath Inc.
                """))
case("p44_th_ack_2000_vs_release_1200", ["RG011"],
     "supplier acknowledges release R-02 as 2,000 pcs while the attached buyer release says 1,200",
     [("Ack_Release_R-02_VP-2024-031.eml", eml_bytes(mail(
         "Nattaya Chaiyo <nattaya@siamcable.co.th>", "Jordan Lee <jordan@voltpath.io>",
         "Ack: Release R-02 - PO VP-2024-031", "Tue, 04 Jun 2024 10:12:00 +0700",
         T("""
         Dear Jordan,

         Congratulations on the USB-IF pass!

         We confirm your release R-02 for 2,000 pcs C-to-C 1 m 240 W. Production starts week 24,
         ship by July 5 as requested. Your release mail is attached for reference.

         Best regards ka,
         Nattaya Chaiyo
         Project Coordinator, Siam Cable Assembly Co., Ltd.
         """),
         attachments=[rfc822(_p44_rel)])))])

# p45 -- medical devices, Polish supplier: signed order acknowledgement treated as go for the complete order
_p45_oa = docx_bytes([
    ("h1", "Order Acknowledgement / Potwierdzenie zamowienia OA/2024/0612"),
    ("p", "Supplier: Plastimed Sp. z o.o., Lodz. Customer: Medivalve S.r.l., Milano. Your PO: 4510-0455."),
    ("table", [
        ["Line", "Part", "Qty", "Price", "Delivery"],
        ["10", "Spike connector SC-14 Rev 02, samples", "40 pcs", "EUR 11,00", "CW 25"],
        ["20", "Spike connector SC-14 Rev 02", "3,960 pcs", "EUR 0,29", "per release"],
    ]),
    ("p", "Signed for Plastimed: Agnieszka Wrobel, Key Account Manager, 11.06.2024"),
], author="Agnieszka Wrobel")
case("p45_pl_signed_oa_into_production", ["RG012"],
     "quoted buyer scope complete (40, 3,960 on hold, DV sign-off + Elena Bianchi); supplier says signed OA confirms the order and moves it into production planning",
     [("RE_PO_4510-0455_OA.eml", eml_bytes(mail(
         "Agnieszka Wrobel <a.wrobel@plastimed.pl>", "Elena Bianchi <e.bianchi@medivalve.it>",
         "RE: PO 4510-0455 spike connector SC-14 - order acknowledgement", "Wed, 12 Jun 2024 09:25:00 +0200",
         T("""
         Dear Ms. Bianchi,

         please find attached our signed order acknowledgement OA/2024/0612 for PO 4510-0455.

         With the signed acknowledgement the order is confirmed on both sides, so we have moved it
         into production planning for the complete order; moulding slots on the 80 t Engel are
         booked from CW 26.

         The 40 samples will be delivered in CW 25 with the full dimensional report.

         Best regards,
         Agnieszka Wróbel
         Key Account Manager, Plastimed Sp. z o.o.

         -----Original Message-----
         From: Elena Bianchi
         Sent: Monday, June 10, 2024 4:15 PM
         Subject: PO 4510-0455 spike connector SC-14

         """) + Q(T("""
         Dear Agnieszka,
         PO 4510-0455 attached: 40 samples released (line 10). Line 20 (3,960 pcs) is not released
         and stays on hold until design-verification sign-off; the release for line 20 will come
         from me in writing.
         Elena Bianchi, Supply Chain Manager, Medivalve S.r.l.
         """)),
         attachments=[("OA_2024_0612_signed.docx", _p45_oa, DOCX_MT)])))])

# p46 -- signage & displays, Israeli supplier: proforma paid in full, so the order goes into the production schedule
case("p46_il_proforma_paid_schedule", ["RG012"],
     "quoted buyer scope complete (2 prototype pylons, 38 on hold, site survey sign-off + Dana Katz); supplier reads full payment of proforma as confirmation and schedules the order",
     [("Re_proforma_PF-24-077.eml", eml_bytes(mail(
         "Eyal Mor <eyal@galildisplays.co.il>", "Dana Katz <dana.katz@superyarok.co.il>",
         "Re: PO 2024-3377 pylons - proforma PF-24-077", "Thu, 13 Jun 2024 13:40:00 +0300",
         T("""
         Hi Dana,

         We see that proforma PF-24-077 (40 pylons, incl. VAT) was paid in full yesterday - thank you!

         As per our standard terms, full payment confirms the order, so we have put it into our
         production schedule for week 27.

         The 2 prototype pylons are ready for the site survey next Tuesday in Modi'in.

         Best,
         Eyal Mor
         Sales Director | Galil Displays Ltd. | Migdal HaEmek | +972 4 654 1100

         On Mon, 3 Jun 2024 at 9:05, Dana Katz wrote:
         """) + Q(T("""
         Eyal, PO 2024-3377 attached. Line 1: 2 prototype pylons, released now.
         Line 2: 38 pylons, NOT released - on hold until the site survey sign-off, and then only by my
         written release (Dana Katz, Procurement Manager).
         Please send the proforma for line 1.
         Dana
         """)))))])


# =================================================================== write out
def _stem(fn):
    st = Path(fn).stem
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", st)


def _formats_in(fn, data):
    """formats contained in a top-level file, including EML attachments"""
    ext = Path(fn).suffix.lower().lstrip(".")
    found = {ext}
    if ext == "eml":
        from email import message_from_bytes
        msg = message_from_bytes(data, policy=policy.default)
        for part in msg.walk():
            ct = part.get_content_type()
            name = (part.get_filename() or "").lower()
            if ct == "message/rfc822":
                found.add("rfc822")
            elif name.endswith(".pdf"):
                found.add("pdf")
            elif name.endswith(".docx"):
                found.add("docx")
            elif name.endswith(".txt"):
                found.add("txt")
            elif name.endswith(".html") or name.endswith(".htm"):
                found.add("html")
    return found


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(20240606).shuffle(order)
    labels = {}
    stats_rule = {f"RG{n:03d}": 0 for n in range(1, 13)}
    fmt_files, fmt_cases = {}, {}
    for nn, idx in enumerate(order, start=1):
        c = CASES[idx]
        folder = f"h6_{nn:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        case_fmts = set()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
            ext = Path(fn).suffix.lower().lstrip(".")
            fmt_files[ext] = fmt_files.get(ext, 0) + 1
            case_fmts |= _formats_in(fn, data)
        for f in case_fmts:
            fmt_cases[f] = fmt_cases.get(f, 0) + 1
        for r in c["expect"]:
            stats_rule[r] += 1
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases: {len(CASES)}  clean: {clean}  with risks: {len(CASES) - clean}  multi-rule: {multi}")
    for r, n in stats_rule.items():
        print(f"  {r}: {n}")
    print("top-level files per format:", dict(sorted(fmt_files.items())))
    print("cases containing format:", dict(sorted(fmt_cases.items())))
    print("multi-file cases:", sum(1 for c in CASES if len(c["files"]) > 1))


if __name__ == "__main__":
    build()
