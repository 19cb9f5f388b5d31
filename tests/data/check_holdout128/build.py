#!/usr/bin/env python3
"""Generator for the releasegate check_holdout128 corpus (rail and tram components).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout128/build.py

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
_PDF_MAP = {"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "≥": ">=", "≤": "<=", "Ω": "Ohm", "²": "2"}


def _pdf_text(s):
    """The standard PDF fonts only cover cp1252: transliterate other letters (ń -> n, ş -> s)
    the way many ERP PDF exports do, instead of printing black boxes."""
    import unicodedata
    out = []
    for ch in str(s):
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        if ch in _PDF_MAP:
            out.append(_PDF_MAP[ch])
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base if base and all(ord(c) < 128 for c in base) else "?")
    return "".join(out)


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
            flow.append(Paragraph(escape(_pdf_text(b[1])), ss["Heading2"]))
        elif kind == "h1":
            flow.append(Paragraph(escape(_pdf_text(b[1])), ss["Title"]))
        elif kind == "p":
            flow.append(Paragraph(escape(_pdf_text(b[1])), ss["BodyText"]))
        elif kind == "pre":
            flow.append(Preformatted(_pdf_text(b[1]), ss["Code"]))
        elif kind == "sp":
            flow.append(Spacer(1, 10))
        elif kind == "table":
            rows = [[Paragraph(escape(_pdf_text(c)), ss["BodyText"]) for c in r] for r in b[1]]
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
    m["Message-ID"] = msgid or f"<h128-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h128")
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

def sig(name, title, company, phone="+44 20 7946 0000"):
    return SIG_DISCLAIMER.format(name=name, title=title, company=company, phone=phone)


def quote(text):
    """Prefix every line with '> ' as a mail client does for a quoted reply."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def fw(width, *cols):
    """Fixed-width line for ERP printouts: fw([8, 30, 8], 'a', 'b', 'c')."""
    return "".join(str(c)[:w].ljust(w) for w, c in zip(width, cols)).rstrip()


# =================================================================== CASES


# ---------------------------------------------------------------- batch 1
# c01: supplier quote on its own, two tiers -> clean
case("c01_stalmet_quote", [], "supplier quote alone with FAI and series tiers; no authorization in the bundle", [
    ("Stalmet_Quotation_Q-2024-0417.pdf", pdf([
        ("h1", "STALMET FRAMES Sp. z o.o."),
        ("p", "ul. Gorzysława 14, 61-057 Poznań, Poland  |  NIP 782-25-61-904  |  www.stalmet-frames.pl"),
        ("h", "QUOTATION Q-2024/0417"),
        ("p", "To: Ferralys SAS, Direction des Achats, 12 avenue de Denain, 59300 Valenciennes, France"),
        ("p", "Attn.: Mme Camille Roux, Acheteuse projets   |   Your RFQ: FRL-RFQ-24-0318 dated 22.03.2024"),
        ("p", "Date: 15.04.2024   |   Validity: 90 days   |   Incoterms 2020: FCA Poznań"),
        ("sp",),
        ("p", "Dear Mrs Roux, thank you for your inquiry. We are pleased to offer you as below the welded "
              "seat frames for the Regio 2N refurbishment programme, according to drawing FRL-SF-2210 "
              "index C and specification FRL-SPEC-045 rev. 3."),
        ("table", [
            ["Pos.", "Description", "Qty", "Unit price EUR", "Lead time"],
            ["1", "Seat frame 2nd class, double, S355 + powder coat RAL 7016, FAI samples incl. FAI report", "6 pcs", "412,00", "6 weeks ARO"],
            ["2", "Seat frame 2nd class, double, series", "474 pcs", "268,50", "10 weeks after your release"],
            ["3", "Welding fixture (one-off), remains property of customer", "1 set", "7.850,00", "with pos. 1"],
        ]),
        ("sp",),
        ("p", "Remarks: Coating system tested to EN 45545-2, requirement set R22/R23, hazard level HL2 "
              "(test report IFT-0934/22 attached to the offer file). Welding acc. to EN 15085-2 CL1, "
              "our certificate no. 2315/22. Dimensional report on 100% of FAI samples. Prices are "
              "based on steel surcharge of April 2024; series price valid for call-offs of min. 24 pcs."),
        ("p", "Payment terms: 60 days from invoice date. Packaging: wooden crates, 6 frames per crate."),
        ("p", "We remain at your disposal for any question."),
        ("p", "Best regards / Z poważaniem"),
        ("p", "Agnieszka Wróblewska, Key Account Manager Rail, tel. +48 61 842 17 30"),
    ], title="Quotation Q-2024/0417", author="Stalmet Frames")),
])

# c02: sample PO with the full scope note -> clean
case("c02_albion_po_fai_doors", [], "sample PO: 4 FAI units active, 188 on hold, FAI sign-off + written release by named manager, sample-only material", [
    ("Albion_PO_ARV-PO-118204.pdf", pdf([
        ("h1", "Albion Rail Vehicles Ltd"),
        ("p", "Aycliffe Business Park, Newton Aycliffe, County Durham DL5 6XP, United Kingdom"),
        ("h", "PURCHASE ORDER ARV-PO-118204"),
        ("table", [
            ["Supplier", "Dveřní systémy Olomouc s.r.o., Hodolanská 32, 779 00 Olomouc, CZ"],
            ["Supplier no.", "200117"],
            ["Order date", "03 June 2024"],
            ["Buyer", "Gareth Pryce, Supply Chain Manager (gareth.pryce@albionrail.co.uk)"],
            ["Delivery to", "Goods-in Bay 4, Newton Aycliffe"],
            ["Your quotation", "DSO 24-118 dated 21 May 2024"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Part no. / rev", "Description", "Qty", "Scope", "Unit price GBP", "Due"],
            ["10", "DDU-220 / C", "Door drive unit, plug door, 24 V DC, incl. FAI report", "4", "sample", "2,310.00", "wk 30"],
        ]),
        ("sp",),
        ("h", "Scope of this order"),
        ("p", "1. This order authorises four (4) door drive units for first article inspection only. "
              "Please build and inspect these four units now."),
        ("p", "2. The series quantity of 188 units shown in your quotation DSO 24-118 is NOT released "
              "by this order and remains on hold. It is a forecast for the Class 8xx programme, not a commitment."),
        ("p", "3. The 188 units can only be released after FAI sign-off by Albion Quality and a "
              "separate written production release signed by Gareth Pryce, Supply Chain Manager."),
        ("p", "4. Material authority: sample only. Do not purchase motors, gearboxes or castings for series units."),
        ("sp",),
        ("p", "Terms: Albion General Conditions of Purchase rev. 7. Payment 60 days end of month. "
              "Quality: ISO/TS 22163, FAI per Albion QP-11, EN 14752 door system requirements apply."),
    ], title="ARV-PO-118204", author="Albion Rail Vehicles")),
])

# c03: supplier question quoting the buyer's complete scope -> clean
_c03_scope = """Hello Mr Nowicki,

attached you find our PO 4500087123. It covers 20 harness sets W-3310 (roof harness, car type B)
for the first article inspection only.

The remaining 380 sets from your offer are not released. They will be released only after
FAI sign-off by our Quality department and then a written production release from me.
Please do not buy wire or connectors for series sets yet.

Kind regards
Jörg Brandt
Lead Buyer Electrical
Nordbahn Fahrzeugtechnik GmbH"""
case("c03_elkabel_question", [], "supplier asks whether the 380 are going ahead; buyer scope quoted in full (20 FAI, 380 not released, FAI sign-off + written release by Brandt)", [
    ("RE_PO_4500087123_W-3310_FAI.eml", mail(
        "Paweł Nowicki <p.nowicki@elkabel.com.pl>", "Jörg Brandt <joerg.brandt@nordbahn-ft.de>",
        "RE: PO 4500087123 - W-3310 FAI sets", "Tue, 09 Jul 2024 14:22:05 +0200",
        "Dear Mr Brandt,\n\n"
        "all 20 FAI sets W-3310 were shipped today with DHL Freight, CMR 0048812. The FAI report\n"
        "(continuity, insulation 500 V DC, pull tests on crimps acc. to EN 60352-2) is in the crate\n"
        "and also uploaded to your portal.\n\n"
        "Our planning is asking me every day, so I would like to ask you directly: do we have the\n"
        "go-ahead for the remaining 380 sets, or do we wait for your written release after the FAI?\n"
        "If we should wait, no problem, we only need to know the expected date for capacity.\n\n"
        "Best regards / Pozdrawiam\nPaweł Nowicki\nSales Engineer Rail\nElkabel Sp. z o.o., Bydgoszcz\n"
        "tel. +48 52 376 40 12\n\n"
        "-----Original Message-----\nFrom: Jörg Brandt <joerg.brandt@nordbahn-ft.de>\n"
        "Sent: Monday, 3 June 2024 10:05\nSubject: PO 4500087123 - W-3310 FAI sets\n\n"
        + quote(_c03_scope) + "\n",
        in_reply_to="<nb-po-4500087123@nordbahn-ft.de>")),
])

# c04: labelled forecast on a buyer portal -> clean
_c04_rows = "".join(
    f"<tr><td>{p}</td><td>{d}</td><td>{q1}</td><td>{q2}</td><td>{q3}</td></tr>\n"
    for p, d, q1, q2, q3 in [
        ("EF-BP-5512", "Brake pad set, sintered, Tram NF8", "320", "280", "360"),
        ("EF-BB-0270", "Brake block holder, cast", "60", "40", "80"),
        ("EF-SP-1180", "Spring applied brake spring kit", "24", "24", "30"),
    ])
case("c04_srr_forecast_portal", [], "labelled rolling forecast: 'not an order, not a release', only call-offs authorize; no authorization on the page", [
    ("SRR_Lieferantenportal_Forecast_EgeFren.html", html_page("Demand forecast - Ege Fren", f"""
<h2>Stadtbahnwerk Rhein-Ruhr AG &mdash; Supplier Portal</h2>
<p>Supplier: <b>Ege Fren Sanayi A.&#350;.</b>, &#304;zmir (vendor 700452) &nbsp;|&nbsp; Published: 01.07.2024 &nbsp;|&nbsp; Depot: Essen-Stadtmitte</p>
<div class="note"><b>ROLLING DEMAND FORECAST &mdash; NOT AN ORDER.</b> The quantities below are our planning
forecast for your capacity planning only. They are not a purchase order, not a commitment and do not authorise
production or material purchases. Only call-offs issued in this portal and signed by our materials
planner authorise deliveries.</div>
<h3>Forecast by quarter (pcs)</h3>
<table>
<tr><th>Part</th><th>Description</th><th>Q4/2024</th><th>Q1/2025</th><th>Q2/2025</th></tr>
{_c04_rows}</table>
<p>Forecast accuracy of the last 4 quarters: 87&nbsp;%. Next update: 01.10.2024.</p>
<p>Questions: Frau Sabine K&ouml;hler, Disposition Instandhaltung, +49 201 826-4410.</p>
""", lang="de")),
])

# c05: full-quantity PO that says proceed -> clean
case("c05_levante_po_spares", [], "full-quantity spares PO (40 pcs, no balance) saying proceed with the 40", [
    ("FerroviasLevante_Pedido_PO-24-0912.docx", docx_bytes([
        ("h1", "Ferrovías Levante S.A. — Taller de Mantenimiento de Valencia"),
        ("p", "Polígono Fuente del Jarro, C/ Ciudad de Sevilla 31, 46988 Paterna (Valencia), Spain"),
        ("h", "PURCHASE ORDER PO-24-0912"),
        ("p", "Supplier: Ege Fren Sanayi A.Ş., 10003 Sokak No. 7, A.O.S.B., 35620 Çiğli / İzmir, Türkiye"),
        ("p", "Date: 17/06/2024    Offer ref.: EF-24-0355    Buyer: Lucía Serrano Mora"),
        ("table", [
            ["Item", "Part number", "Description", "Qty", "Unit price (EUR)", "Total (EUR)"],
            ["1", "EF-BBH-0270-02", "Brake block holder, cast, UIC 832 compatible, for series 3600 EMU", "40", "186,00", "7.440,00"],
        ]),
        ("sp",),
        ("p", "This order is for the complete quantity of forty (40) brake block holders for the spares "
              "stock of our depot. There is no further quantity behind this order and no balance. "
              "Please proceed with manufacturing of the 40 pcs."),
        ("p", "Delivery: DAP Paterna, not later than week 36/2024. Each delivery with 3.1 material "
              "certificate acc. EN 10204 and declaration of conformity."),
        ("p", "Payment: 60 days from invoice, by bank transfer."),
        ("p", "Please send us your order confirmation within 5 working days."),
        ("sp",),
        ("p", "Lucía Serrano Mora — Compras / Purchasing — lserrano@ferroviaslevante.es — +34 961 32 45 80"),
    ], author="Lucía Serrano Mora")),
])

# c06: SAP call-off with explicit staged material authority above the released qty -> clean
_w = [6, 16, 38, 10, 8]
_c06 = "\n".join([
    "INDUS METRO ROLLING STOCK LTD            SCHEDULING AGREEMENT RELEASE (CALL-OFF)",
    "Plot 114, GIDC Savli, Vadodara 391775    Print date: 05.08.2024   Page 1 of 1",
    "-" * 86,
    "Sched. agreement : 5500002291         Call-off no. : 0003",
    "Vendor           : 300871 SHREE GANESH CASTINGS PVT LTD, RAJKOT",
    "Material group   : BOGIE-CAST       Plant: 1100 Savli      Purch. grp: B14",
    "-" * 86,
    fw(_w, "Item", "Material", "Description", "Qty", "UoM"),
    fw(_w, "0010", "IM-AXB-COV-07", "Axle box cover, SG iron EN-GJS-400-18", "96", "EA"),
    fw(_w, "", "", "  TS05 = 48 EA   TS06 = 48 EA", "", ""),
    "-" * 86,
    "HEADER TEXT",
    "  This call-off releases production of 96 EA (trainsets TS05 and TS06) only.",
    "  The programme balance of 672 EA (TS07-TS20) is NOT released by this call-off.",
    "  Each further trainset is released only by the next call-off, signed by",
    "  Mr. Anil Mehta, Materials Manager.",
    "  MATERIAL AUTHORITY: staged. Vendor may procure and hold raw material (pig iron,",
    "  ferro-alloys) for up to 192 EA (TS05-TS08) at Indus Metro liability. Material",
    "  beyond 192 EA is at vendor's own risk.",
    "  Delivery: TS05 by 15.09.2024, TS06 by 30.09.2024. Inspection per QAP IM-QAP-031,",
    "  hardness 140-201 HBW, MPI 100%.",
    "-" * 86,
    "Created by: RPATEL          Changed on: 05.08.2024 11:42",
    "*** Computer generated document, valid without signature ***",
])
case("c06_indus_calloff_sap", [], "call-off releasing 96 with balance 672 on hold, next call-off by named manager, explicit staged material authority for 192", [
    ("IndusMetro_CallOff_5500002291_0003.txt", _c06 + "\n"),
])

# c07: explicit, recorded auto-conversion naming quantity, signer and conditions -> clean
_c07_txt = """Dear Mr Yılmaz,

further to our call of Tuesday, please find below the scope of our order TRM-CDE-24-0566 for the
ceiling panels CP-400 (drawing TRM-400-118, index B), as agreed and recorded in our order file.

1. Active now: six (6) ceiling panels CP-400 as first articles. Please manufacture these 6 now.

2. Production quantity: 150 panels. These 150 are not released today.

3. Recorded auto-conversion: when the FAI sign-off of the 6 panels is issued with the status
   "approved" and signed by Élodie Marchand, Quality Manager, the 150 panels are released
   automatically on the date of that signature, without a further document from us.
   Conditions: the sign-off is dated on or before 30 September 2024 and lists no open
   deviation. An interim or rejected sign-off releases nothing.

4. This auto-conversion was decided by me as release authority (limit EUR 250.000) and is
   recorded in our order file under reference AC-24-017.

5. Material authority: sample only until the release under point 3 takes effect.

The EN 45545-2 HL3 test report for the GRP laminate (R1) must be part of the FAI file.

Best regards
Romain Girard
Head of Procurement - Rolling Stock
Tramelec SA, 48 rue Marius Berliet, 69008 Lyon
+33 4 72 78 55 10
"""
_c07_html = "<html><body>" + "".join(
    f"<p>{escape(par).replace(chr(10), '<br>')}</p>" for par in _c07_txt.split("\n\n")) + "</body></html>"
case("c07_tramelec_autoconversion", [], "explicit recorded auto-conversion: 150 released on approved FAI sign-off by named QM, conditions stated, authority named", [
    ("Tramelec_scope_CP-400.eml", mail(
        "Romain Girard <r.girard@tramelec.fr>", "Murat Yılmaz <murat.yilmaz@anadolukompozit.com.tr>",
        "TRM-CDE-24-0566 - CP-400 ceiling panels - scope and auto-conversion",
        "Thu, 13 Jun 2024 16:40:11 +0200", _c07_txt, html=_c07_html,
        cc="Élodie Marchand <e.marchand@tramelec.fr>")),
])

# c08: forwarded old quote (rfc822) explicitly declared informational -> clean
_c08_old = mail("Lily Zhang <lily.zhang@qdtiecheng.cn>", "Procurement <procurement@northfieldtraincare.co.uk>",
                "Quotation QT-2022-1186 brake disc casting", "Mon, 14 Nov 2022 09:12:44 +0800",
                "Dear Sir/Madam,\n\nThank you for your RFQ. Our quotation for brake disc casting BD-640 (GJS-500-7):\n\n"
                "  Sample castings        12 pcs      USD 148.00 / pc    tooling USD 9,400\n"
                "  Fleet quantity       5,000 pcs     USD  61.20 / pc    FOB Qingdao\n\n"
                "Sample lead time 35 days after pattern, mass production 45 days.\n"
                "Quotation valid 60 days.\n\nBest regards\nLily Zhang\nSales Dept.\n"
                "Qingdao Tiecheng Precision Casting Co., Ltd.\n")
case("c08_northfield_fw_oldquote", [], "forwarded 2022 quote with 5,000 declared information only; 12 sample castings active, nothing beyond released, FAI sign-off + written release by named buyer", [
    ("FW_old_quote_BD-640.eml", mail(
        "Helen Whitcombe <helen.whitcombe@northfieldtraincare.co.uk>", "Lily Zhang <lily.zhang@qdtiecheng.cn>",
        "FW: Quotation QT-2022-1186 brake disc casting - for information only",
        "Wed, 19 Jun 2024 11:03:27 +0100",
        "Hi Lily,\n\n"
        "Good to speak earlier. As promised I'm forwarding your 2022 quote below so that we're both\n"
        "looking at the same drawing revision (BD-640 is still at rev F).\n\n"
        "Please treat the forwarded quote as information only. The 5,000 figure was the old\n"
        "fleet-wide estimate from before the fleet plan changed; it is not ordered and not released.\n\n"
        "What is live is our PO NTC-7781, which covers 12 sample castings and nothing else. Nothing\n"
        "beyond these 12 is released. If we go to series, the quantity will be released only by a\n"
        "written release from me, after FAI sign-off of the 12 samples by our Fleet Engineering.\n"
        "Material authority is for the 12 samples only.\n\n"
        "Many thanks, and enjoy the Dragon Boat festival!\n"
        + sig("Helen Whitcombe", "Category Buyer - Bogie & Brakes", "Northfield Traincare Ltd, Derby", "+44 1332 260 418"),
        attachments=[("rfc822", _c08_old)])),
])

# p01: sample PO with the quote table and nothing else -> RG001 RG003 RG004 RG005
case("p01_ferralys_bdc_sieges", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 6 FAI seat frames prints the quote's 474 series beside it; no hold, no unlock event, no release person", [
    ("Ferralys_BDC_4510-0772.pdf", pdf([
        ("h1", "FERRALYS SAS"),
        ("p", "12 avenue de Denain - 59300 Valenciennes - France - SIRET 512 304 889 00027"),
        ("h", "BON DE COMMANDE / PURCHASE ORDER N° 4510-0772"),
        ("table", [
            ["Fournisseur / Supplier", "STALMET FRAMES Sp. z o.o., ul. Gorzysława 14, 61-057 Poznań, PL"],
            ["Date", "02/05/2024"],
            ["Acheteur / Buyer", "Camille Roux - camille.roux@ferralys.fr - +33 3 27 14 62 08"],
            ["Projet / Project", "Regio 2N rénovation - sièges 2e classe"],
            ["Livraison / Delivery", "Magasin central, bâtiment B7, Valenciennes - DAP Incoterms 2020"],
        ]),
        ("sp",),
        ("table", [
            ["Poste", "Article / Plan", "Désignation / Description", "Qté", "PU EUR", "Total EUR"],
            ["10", "FRL-SF-2210 ind. C", "Châssis de siège 2e cl. double - FAI samples with FAI report", "6", "412,00", "2.472,00"],
            ["20", "FRL-OUT-2210", "Welding fixture (one-off)", "1", "7.850,00", "7.850,00"],
        ]),
        ("sp",),
        ("p", "Conformément à votre offre Q-2024/0417 du 15/04/2024 / According to your quotation Q-2024/0417:"),
        ("table", [
            ["Offer pos.", "Description", "Qty", "Unit price EUR"],
            ["1", "Seat frame, FAI samples", "6 pcs", "412,00"],
            ["2", "Seat frame, series", "474 pcs", "268,50"],
            ["3", "Welding fixture", "1 set", "7.850,00"],
        ]),
        ("sp",),
        ("p", "FAI to be carried out per ISO/TS 22163 and Ferralys procedure PQ-07 at your premises, "
              "in presence of our SQE. Welding EN 15085-2 CL1. Coating EN 45545-2 HL2."),
        ("p", "Conditions de paiement / Payment: 60 jours fin de mois. Nos conditions générales "
              "d'achat CGA-2023 s'appliquent. Merci de retourner l'accusé de réception de commande sous 8 jours."),
    ], title="BDC 4510-0772", author="Ferralys SAS")),
])

# p02: e-mail with sample PO + full quote as attachments, nothing else -> RG001 RG003 RG004 RG005
_p02_po = pdf([
    ("h1", "Caledonian Rail Fleet Services Ltd"),
    ("p", "Polmadie Traincare Depot, 1 Polmadie Road, Glasgow G5 0BA"),
    ("h", "Purchase Order CRF-PO-30418"),
    ("table", [
        ["Supplier", "Slévárna Brno-Líšeň s.r.o., Líšeňská 80, 636 00 Brno, Czech Republic"],
        ["Order date", "24/06/2024"], ["Requisitioner", "Fleet Engineering - Bogies"],
        ["Buyer", "Fiona McLeish"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit", "Price GBP", "Delivery"],
        ["1", "CRF-BD-0612 rev D", "Brake disc casting, axle mounted, GJL-250 Cr-Mo, sample", "10", "ea", "196.00", "12/07/2024"],
    ]),
    ("sp",),
    ("p", "Deliver to Polmadie stores, Mon-Fri 08:00-15:00. Quote PO number on all paperwork. "
          "Material certificate EN 10204 3.1 required. Payment 45 days from receipt of valid invoice."),
], title="CRF-PO-30418", author="Caledonian Rail Fleet Services")
_p02_quote = pdf([
    ("h1", "Slévárna Brno-Líšeň s.r.o."),
    ("h", "Nabídka / Offer NB-2024-0233"),
    ("p", "Customer: Caledonian Rail Fleet Services Ltd, Glasgow   Date: 11.06.2024"),
    ("table", [
        ["Item", "Description", "Quantity", "Price GBP/pc", "Delivery"],
        ["1", "Brake disc casting CRF-BD-0612 rev D - samples, machined", "10 pcs", "196.00", "3 weeks"],
        ["2", "Brake disc casting CRF-BD-0612 rev D - serial", "390 pcs", "118.40", "8 weeks"],
        ["3", "Pattern equipment (wood/resin), one-off", "1", "4,200.00", "with item 1"],
    ]),
    ("p", "Chemical analysis and tensile test per heat. UT per EN 12680-3, quality level 2. "
          "Offer valid 60 days. Delivery FCA Brno."),
    ("p", "Ing. Petr Dvořák, obchodní ředitel / Sales Director"),
], title="NB-2024-0233", author="Slevarna Brno-Lisen")
case("p02_crfs_po_email_quote", ["RG001", "RG003", "RG004", "RG005"],
     "e-mail sends a 10-sample PO together with the supplier's quote showing 390 serial; nothing says the 390 is not released, no event, no person", [
    ("CRFS_PO_CRF-PO-30418_brake_discs.eml", mail(
        "Fiona McLeish <fiona.mcleish@crfs-rail.co.uk>", "Petr Dvořák <dvorak@slevarna-brno.cz>",
        "PO CRF-PO-30418 - brake disc castings", "Mon, 24 Jun 2024 15:47:02 +0100",
        "Hi Petr,\n\n"
        "Please find attached our PO CRF-PO-30418 for the 10 sample discs, plus your quotation\n"
        "NB-2024-0233 so your team has the pricing and pattern cost to hand.\n\n"
        "Delivery to Polmadie by 12 July would be great - the Class 3xx bogie overhauls start the\n"
        "week after and Fleet Engineering want to fit a couple on a trailer bogie for the trial.\n\n"
        "Any questions, give me a shout.\n\nCheers,\n"
        + sig("Fiona McLeish", "Buyer - Fleet Materials", "Caledonian Rail Fleet Services Ltd", "+44 141 429 7730"),
        attachments=[("CRF-PO-30418.pdf", _p02_po, PDF_MT), ("Offer_NB-2024-0233.pdf", _p02_quote, PDF_MT)])),
])

# p03: buyer SRM portal shows sample line next to the quote's series tier -> RG001 RG003 RG004 RG005
case("p03_nordbahn_srm_po", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 20 sample harnesses shows 'Serie 2k' from the quotation beside it; no hold, no event, no release person", [
    ("Nordbahn_SRM_PO_4500091877.html", html_page("PO 4500091877", """
<h2>Nordbahn Fahrzeugtechnik GmbH &mdash; SRM Lieferantenportal</h2>
<p>Bestellung / Purchase order <b>4500091877</b> &nbsp;&middot;&nbsp; Status: <b>sent to supplier</b> &nbsp;&middot;&nbsp; 12.08.2024</p>
<table>
<tr><th>Supplier</th><td>Changzhou Huaxin Wiring Co., Ltd. (vendor 410233)</td></tr>
<tr><th>Buyer</th><td>J&ouml;rg Brandt, Einkauf Elektrik</td></tr>
<tr><th>Ship-to</th><td>Werk Salzgitter, Tor 3, Wareneingang Elektrik</td></tr>
<tr><th>Incoterms</th><td>FCA Shanghai</td></tr>
</table>
<h3>Order items</h3>
<table>
<tr><th>Item</th><th>Material</th><th>Description</th><th>Qty</th><th>Unit</th><th>Price USD</th><th>Deliv. date</th></tr>
<tr><td>10</td><td>NB-W-4120 Rev. 03</td><td>Underframe harness, traction converter, samples</td><td>20</td><td>SET</td><td>412.00</td><td>30.09.2024</td></tr>
</table>
<h3>Quotation data (Huaxin HX-Q-240719)</h3>
<table>
<tr><th>Tier</th><th>Quantity</th><th>Price USD/set</th></tr>
<tr><td>Sample</td><td>20 sets</td><td>412.00</td></tr>
<tr><td>Serie</td><td>2k sets</td><td>238.50</td></tr>
</table>
<p>Documents: drawing NB-W-4120 Rev. 03 (PDF), wire list WL-4120-03 (XLSX), Nordbahn Lieferantenhandbuch Ausg. 6.</p>
<p>Please confirm this order in the portal within 5 working days (button &laquo;Confirm&raquo;).</p>
<p style="color:#777">Nordbahn Fahrzeugtechnik GmbH &middot; Industriestra&szlig;e Nord 40 &middot; 38239 Salzgitter &middot; HRB 201774 &middot; Gesch&auml;ftsf&uuml;hrer: Dr. Ulrich Hahn, Katrin Lemke</p>
""", lang="de")),
])

# p04: scope note covers the series but the spares pack in the same table is left unlabelled -> RG001
case("p04_drcw_po_brake_calipers", ["RG001"],
     "5 FAI calipers released, series 235 explicitly on hold with event and person, but the 60-pc spares pack line sits beside them with no informational/not-released wording", [
    ("DRCW_PO_DRCW-PUR-24-1187.pdf", pdf([
        ("h1", "DECCAN RAIL COACH WORKS PVT. LTD."),
        ("p", "SIPCOT Industrial Park, Irungattukottai, Sriperumbudur, Tamil Nadu 602117, India"),
        ("p", "GSTIN 33AABCD4471K1ZQ"),
        ("h", "PURCHASE ORDER No. DRCW/PUR/24/1187"),
        ("table", [
            ["Vendor", "Ege Fren Sanayi A.Ş., İzmir, Türkiye (vendor code EF-0031)"],
            ["PO date", "08-07-2024"],
            ["Your offer", "EF-24-0391 dated 26-06-2024"],
            ["Project", "Vande-class 16-car EMU, bogie brake equipment"],
        ]),
        ("sp",),
        ("table", [
            ["Sl.", "Offer item", "Description", "Qty", "Rate EUR", "Amount EUR"],
            ["1", "EF-24-0391/1", "Brake caliper unit BCU-16, FAI units with FAI report", "5 Nos.", "3,140.00", "15,700.00"],
            ["2", "EF-24-0391/2", "Brake caliper unit BCU-16, series", "235 Nos.", "2,265.00", "-"],
            ["3", "EF-24-0391/3", "Spares pack BCU-16 (pads, seals, springs)", "60 Nos.", "418.00", "-"],
        ]),
        ("sp",),
        ("h", "Special conditions"),
        ("p", "(a) Only the 5 Nos. FAI units of Sl. 1 are released against this PO. Please manufacture and "
              "offer these 5 Nos. for FAI at your works."),
        ("p", "(b) The series quantity of 235 Nos. (Sl. 2) is not released. It shall be released only by a "
              "written production release signed by Mr. K. Raghavan, General Manager - Purchase, after FAI "
              "sign-off by DRCW Quality Assurance."),
        ("p", "(c) Material procurement for the series is not authorised; material authority is for the 5 FAI units only."),
        ("p", "(d) Inspection: stage inspection by DRCW QA; type test as per EN 15328 at vendor's test bench."),
        ("p", "(e) Payment: 100% within 60 days of receipt and acceptance of material at Sriperumbudur."),
        ("sp",),
        ("p", "For Deccan Rail Coach Works Pvt. Ltd. - S. Karthikeyan, Senior Manager - Purchase"),
    ], title="DRCW/PUR/24/1187", author="DRCW Purchase")),
])

# p05: SAP PO printout for 12 samples with the programme quantity in the header -> RG001 RG003 RG004 RG005
_w5 = [6, 18, 40, 8, 6, 12]
_p05 = "\n".join([
    "INDUS METRO ROLLING STOCK LTD                                  PURCHASE ORDER",
    "Plot 114, GIDC Savli, Vadodara 391775, Gujarat, India          Print: 22.07.2024 09:14",
    "=" * 90,
    "PO number   : 4100033518              PO date  : 22.07.2024     Currency: EUR",
    "Vendor      : 300944  ANADOLU KOMPOZIT A.S., NILUFER / BURSA, TURKIYE",
    "Purch.group : B22 Interiors           Contact  : Ms. Neha Kulkarni  +91 265 661 2240",
    "Payment     : N060 - 60 days net      Incoterms: CIP Vadodara",
    "=" * 90,
    "HEADER TEXT:",
    "  Project VDR Metro Phase 2 - saloon side wall panels, 4-car trainsets.",
    "  Programme qty 1.200 panels (quotation AK-Q-24-207 dt. 02.07.2024).",
    "  Panels to be supplied with EN 45545-2 HL2 fire test reports (R1, R7) and",
    "  colour matching the master sample held by our Design cell.",
    "-" * 90,
    fw(_w5, "Item", "Material", "Short text", "Qty", "UoM", "Net price"),
    fw(_w5, "00010", "VDR-SWP-2208-A", "Side wall panel LH, GRP, sample", "6", "EA", "1.180,00"),
    fw(_w5, "00020", "VDR-SWP-2209-A", "Side wall panel RH, GRP, sample", "6", "EA", "1.180,00"),
    "-" * 90,
    fw([64, 26], "Total net value excl. tax", "14.160,00 EUR"),
    "=" * 90,
    "Please acknowledge this PO within 7 days. Quote PO no. on invoice, packing list and LR.",
    "Supply as per Indus Metro General Terms & Conditions of Purchase (IM-GTC-2022).",
    "*** This is a system generated purchase order and does not require signature ***",
])
case("p05_indus_sap_po_panels", ["RG001", "RG003", "RG004", "RG005"],
     "SAP PO for 12 sample panels carries 'Programme qty 1.200 panels' in the header text; nothing on the balance, no event, no person", [
    ("IndusMetro_PO_4100033518.txt", _p05 + "\n"),
])

# p06: Teams chat, complete scope early on, then an unscoped "go ahead" -> RG002
_p06 = """Microsoft Teams - chat export
Conversation: Ferralys / DSO - portes Régio 2N prototype
Participants: Camille Roux (Ferralys), Julien Petit (Ferralys), Tomáš Kratochvíl (DSO), Lenka Šimková (DSO)
Exported: 26/07/2024 17:02 by Camille Roux

[03/06/2024 09:14] Camille Roux
Bonjour Tomáš, bonjour Lenka. To be very clear on the PO 4510-0811 that you received this morning:
it covers 8 door mechanisms DM-17 for the prototype train set only (2 cars x 4 doors).
The 88 mechanisms for the series train sets are NOT released. They will be released only by me,
in writing, after the type test report of the DM-17 is signed by our Engineering.
Material: only for the 8 please.

[03/06/2024 09:31] Tomáš Kratochvíl
Dobrý den Camille, understood and thank you. 8 pcs prototype, series waits for your written release.
We plan assembly week 26, endurance test on our rig week 28.

[03/06/2024 09:33] Camille Roux
Parfait 👍

[27/06/2024 14:05] Lenka Šimková
Hello, the 8 mechanisms are assembled. Photos of the nameplates in attachment. Endurance test
starts Monday on rig B.
📎 DM17_nameplates.zip

[12/07/2024 11:48] Tomáš Kratochvíl
Endurance test finished: 1 000 000 cycles open/close, no failure, force at closing edge 138 N
(limit 150 N acc. EN 14752). Obstacle detection OK in all 12 positions. Full report attached.
Can we continue?
📎 DM17_endurance_report_TR-24-061.pdf

[12/07/2024 12:10] Julien Petit
Merci Tomáš, I had a look, the curves are very clean. Super, everything OK on our side, go ahead 👍

[12/07/2024 12:11] Tomáš Kratochvíl
Thank you Julien!

[15/07/2024 08:57] Lenka Šimková
Transport of the 8 prototype mechanisms booked for 18/07, Geodis, 2 pallets.

[26/07/2024 16:40] Camille Roux
Reçu, merci. Bonnes vacances à tous !
"""
case("p06_teams_ferralys_dso_doors", ["RG002"],
     "chat has the full scope (8 active, 88 not released, type test + written release by Camille Roux); later the SQE answers 'can we continue?' with an unscoped 'go ahead'", [
    ("Teams_export_Ferralys_DSO_DM17.txt", _p06),
])

# p07: quoted thread, FAI report sent, buyer SQE answers "Yes, approved." -> RG002
_p07_po = """Dear Lily,

Please find our PO ARV-PO-118377 attached. Scope, so there is no doubt:

- Active now: 15 caliper housing castings CH-88 (drg ARV-CH-88 rev B) for FAI. Please pour,
  machine and inspect these 15.
- The remaining 585 castings of your quote are not released by this PO and stay on hold.
- The 585 will be released only after FAI sign-off by our SQE and then a written production
  release from me.
- Material: for the 15 FAI castings only.

Regards,
Gareth Pryce
Supply Chain Manager, Albion Rail Vehicles Ltd"""
_p07_sup = """Dear Gareth and Sophie,

Good day! 15 pcs FAI castings CH-88 finished and passed our CMM check, all 64 dimensions OK,
Cpk not applicable for FAI. Chemical and mechanical test report, RT films for 3 pcs, and FAI
report form ARV-F-11 are attached.

Please kindly check if OK from your side.

Best regards
Lily Zhang
Sales Dept., Qingdao Tiecheng Precision Casting Co., Ltd.
Tel: +86 532 8765 2231"""
case("p07_re_re_fai_ch88", ["RG002"],
     "quoted PO scope is complete (15 FAI, 585 on hold, FAI sign-off + written release by Gareth Pryce); the SQE's reply 'Yes, approved.' names no scope or quantity", [
    ("RE_RE_FAI_report_CH-88_castings.eml", mail(
        "Sophie Lang <sophie.lang@albionrail.co.uk>", "Lily Zhang <lily.zhang@qdtiecheng.cn>",
        "RE: RE: FAI report CH-88 castings", "Fri, 02 Aug 2024 08:31:56 +0100",
        "Hi Lily,\n\nYes, approved. Thanks!\n\nSophie\n\n"
        "Sophie Lang | Supplier Quality Engineer | Albion Rail Vehicles Ltd | +44 1325 300 812\n\n"
        "From: Lily Zhang <lily.zhang@qdtiecheng.cn>\nSent: 01 August 2024 10:14\n"
        "To: Gareth Pryce; Sophie Lang\nSubject: RE: FAI report CH-88 castings\n\n"
        + quote(_p07_sup) + "\n>\n> From: Gareth Pryce\n> Sent: 10 June 2024 16:20\n> Subject: PO ARV-PO-118377 CH-88\n>\n"
        + quote(quote(_p07_po)) + "\n",
        cc="Gareth Pryce <gareth.pryce@albionrail.co.uk>",
        in_reply_to="<qdtc-20240801-0144@qdtiecheng.cn>")),
])


# ---------------------------------------------------------------- batch 2
# c09: buyer corrects a quoted supplier assumption of auto-conversion -> clean
_c09_sup = """Dear Sir,

Greetings from Precitech! The 6 nos. prototype harness sets PH-2210 are under final testing,
dispatch by 20th through DHL.

To save time for your project, once you approve the 6 prototype sets we shall directly start
the balance 294 sets, so that first lot can reach Irún by October end. Kindly confirm.

Thanks & Regards
Sandeep Deshpande
Manager - Exports, Precitech Harness Systems Pvt. Ltd., Chakan, Pune"""
case("c09_tfn_reply_no_autoconversion", [], "supplier (quoted) assumes approval rolls into the 294; buyer's reply corrects it: only 6 active, 294 not released until written release by named buyer after FAI sign-off", [
    ("RE_PH-2210_prototype_sets.eml", mail(
        "Iker Etxeberria <iker.etxeberria@tfnorte.es>", "Sandeep Deshpande <sandeep.d@precitechharness.in>",
        "RE: PH-2210 prototype sets - dispatch", "Wed, 14 Aug 2024 10:26:40 +0200",
        "Dear Mr. Deshpande,\n\n"
        "thank you for the information about the dispatch. But please, no: do not start the 294 sets.\n\n"
        "The check of the 6 prototype sets by our engineering (for us this is the FAI sign-off) does\n"
        "not release anything by itself. Today only the 6 prototype sets of order TFN-PC-24-318 are\n"
        "active. The balance of 294 sets remains not released until I send you a written release,\n"
        "and I will do this only after the FAI sign-off of the 6 sets. Please do not buy cable or\n"
        "connectors for the 294 sets before that.\n\n"
        "I understand you want to protect the October date. If the FAI sign-off is done in\n"
        "September I will try to send the written release the same week.\n\n"
        "Best regards / Un saludo,\n\n"
        "Iker Etxeberria\nResponsable de Compras - Material Rodante\n"
        "Talleres Ferroviarios del Norte S.L.\nBarrio Ventas 12, 20305 Irún (Gipuzkoa)\nTel. +34 943 61 22 90\n\n"
        "De: Sandeep Deshpande <sandeep.d@precitechharness.in>\nEnviado el: martes, 13 de agosto de 2024 8:02\n"
        "Para: Iker Etxeberria\nAsunto: PH-2210 prototype sets - dispatch\n\n"
        + quote(_c09_sup) + "\n",
        in_reply_to="<prec-20240813-77@precitechharness.in>")),
])

# c10: supplier states the deposit does not release production -> clean
case("c10_huaxin_deposit_not_release", [], "supplier confirms tooling deposit and says it does not release production; only 16 samples, 784 wait for written release", [
    ("Deposit_received_TRM-CDE-24-0602.eml", mail(
        "Kevin Wu <kevin.wu@czhuaxin-wiring.com>", "Romain Girard <r.girard@tramelec.fr>",
        "Deposit received - TRM-CDE-24-0602 harness tooling", "Mon, 22 Jul 2024 17:05:33 +0800",
        "Dear Mr. Girard,\n\n"
        "Good day. We received today your tooling deposit of USD 12,000.00 for order\n"
        "TRM-CDE-24-0602 (saloon lighting harness LH-77), many thanks.\n\n"
        "To avoid any misunderstanding inside our factory, please note what we do now:\n"
        "- The deposit pays the crimp applicators and the electrical test board. It does not\n"
        "  release production.\n"
        "- We make only the 16 sample sets of your order for the FAI.\n"
        "- The 784 series sets wait for your written release, which as you wrote will come from\n"
        "  you after the FAI sign-off by Mrs. Marchand. We will not buy wire for them before.\n\n"
        "Sample sets ready around 20 August, we will send photos and test data.\n\n"
        "Best regards\nKevin Wu\nOverseas Sales Manager\nChangzhou Huaxin Wiring Co., Ltd.\n"
        "No. 18 Longjin Road, Wujin District, Changzhou, Jiangsu, China\nTel/WeChat: +86 139 1500 7721\n")),
])

# c11: supplier acknowledgement restating the hold (DOCX with table) -> clean
case("c11_anadolu_order_ack", [], "supplier acknowledgement restating 4 active, 396 not released, written release by named buyer after FAI sign-off", [
    ("Anadolu_Order_Acknowledgement_4100033790.docx", docx_bytes([
        ("h1", "ANADOLU KOMPOZİT A.Ş."),
        ("p", "Nilüfer Organize Sanayi Bölgesi, Kırmızı Cad. No. 9, 16140 Nilüfer / Bursa, Türkiye"),
        ("h", "ORDER ACKNOWLEDGEMENT OA-24-0455"),
        ("p", "Customer: Indus Metro Rolling Stock Ltd, Vadodara — Attn. Ms. Neha Kulkarni"),
        ("p", "Your PO: 4100033790 dated 29.07.2024 — Our ref.: AK-Q-24-231"),
        ("table", [
            ["Item", "Part", "Description", "Qty", "Status"],
            ["00010", "VDR-CLG-3101-B", "Ceiling panel, centre, GRP, FAI sample", "4 EA", "active - in production"],
            ["-", "VDR-CLG-3101-B", "Ceiling panel, centre, series (per our offer)", "396 EA", "not released - on hold"],
        ]),
        ("sp",),
        ("p", "We acknowledge your PO as written. We will manufacture the 4 FAI sample panels only, "
              "with EN 45545-2 HL2 test reports (R1) and first article inspection report."),
        ("p", "The 396 series panels are not released. We will not start them and will not purchase "
              "resin or glass mat for them until we receive a written release from Ms. Neha Kulkarni, "
              "Manager Purchase, which you informed will follow the FAI sign-off by your Quality."),
        ("p", "Delivery of the 4 samples: CIP Vadodara, dispatch week 37/2024."),
        ("sp",),
        ("p", "Saygılarımızla / Best regards"),
        ("p", "Murat Yılmaz — Export Sales Manager — +90 224 411 52 60"),
    ], author="Murat Yilmaz")),
])

# c12: buyer FAI sign-off sheet, technical only (DOCX table) -> clean
case("c12_nordbahn_fai_signoff_sheet", [], "technical FAI sign-off sheet with characteristics table; states it is no production release and who releases the 380", [
    ("Nordbahn_FAI_Signoff_W-3310.docx", docx_bytes([
        ("h1", "Nordbahn Fahrzeugtechnik GmbH — Lieferantenqualität"),
        ("h", "FAI sign-off sheet / Erstmusterprüfbericht FAI-24-0213"),
        ("table", [
            ["Supplier", "Elkabel Sp. z o.o., Bydgoszcz"],
            ["Part", "W-3310 roof harness car type B, drawing NB-E-3310 Rev. 07"],
            ["PO", "4500087123 (20 FAI sets)"],
            ["Inspected", "20 of 20 sets, 16-18.07.2024, Werk Salzgitter"],
        ]),
        ("sp",),
        ("table", [
            ["No.", "Characteristic", "Requirement", "Result", "OK/NOK"],
            ["1", "Continuity all circuits", "100 %", "100 %", "OK"],
            ["2", "Insulation resistance 500 V DC", "≥ 100 MΩ", "≥ 2 GΩ", "OK"],
            ["3", "Crimp pull-off force 1.5 mm²", "≥ 200 N (EN 60352-2)", "241–268 N", "OK"],
            ["4", "Length branch X12", "1250 ± 10 mm", "1246–1253 mm", "OK"],
            ["5", "Labelling per NB-N-017", "complete", "2 labels rotated", "OK after rework"],
            ["6", "Cable EN 50264-3-1, fire EN 45545-2 HL3", "certificate", "present", "OK"],
        ]),
        ("sp",),
        ("p", "Disposition: ACCEPTED for the 20 FAI sets."),
        ("p", "This sheet is a technical disposition of the samples only. It is not a production release. "
              "The 380 series sets remain not released; they will be released only by a written production "
              "release from Jörg Brandt, Lead Buyer Electrical."),
        ("p", "Signed: Dipl.-Ing. Anja Vogt, Supplier Quality Engineer, 19.07.2024"),
    ], author="Anja Vogt")),
])

# c13: interim sign-off with limits plus separate, scoped production release -> clean
case("c13_albion_interim_signoff", [], "interim sample sign-off with quantity/date limits; 40 released by named manager; 148 on hold until full sign-off and further written release", [
    ("Albion_Interim_Signoff_and_Release_DDU-220.pdf", pdf([
        ("h1", "Albion Rail Vehicles Ltd"),
        ("h", "Part A - Sample sign-off (Engineering)  ref. SSO-24-071"),
        ("table", [
            ["Part", "DDU-220 rev C door drive unit"],
            ["Supplier", "Dveřní systémy Olomouc s.r.o."],
            ["Samples", "4 FAI units, PO ARV-PO-118204"],
            ["Disposition", "INTERIM"],
            ["Limits", "max. 40 units, valid until 31/12/2024"],
            ["Open point", "Gearbox noise 68 dB(A) at 1 m vs. 66 dB(A) spec; supplier to fit revised helical gear set by Nov 2024"],
            ["Signed", "Dr. Priya Nair, Lead Engineer Doors, 11/09/2024"],
        ]),
        ("sp",),
        ("h", "Part B - Production release  ref. REL-24-0093"),
        ("p", "Within the interim limits above, forty (40) DDU-220 units are released for production "
              "and delivery to Newton Aycliffe. Material authority: 40 units."),
        ("p", "The remaining 148 units of the quoted 188 stay on hold and are not released. They can only "
              "be released after a full (not interim) sample sign-off with the revised gear set, and a "
              "further written production release from me."),
        ("p", "Gareth Pryce, Supply Chain Manager (release authority, limit GBP 500k), 12/09/2024"),
    ], title="SSO-24-071 / REL-24-0093", author="Albion Rail Vehicles")),
])

# c14: identifiers that look like quantities around a correct scope (EML with TXT PO attached) -> clean
_c14_po = """STADTBAHNWERK RHEIN-RUHR AG - BESTELLUNG / PURCHASE ORDER 4700018826
Datum: 06.08.2024        Lieferant: Dveřní systémy Olomouc s.r.o. (Kreditor 701120)
Werk: Essen-Stadtmitte, Halle 2500 (Drehgestellwerkstatt), Rampe 3

Pos  Material          Bezeichnung                                   Menge  ME
10   SRR-1200-480      Türverriegelung DL-9, Zeichnung DRG 4500-200   3     ST
                       Rev 12, Gewinde M10x1,25, Rev-Stand 1000
                       der Stückliste (SAP-Änderungsnr.)

Scope of this order:
- Three (3) door locking units for first article inspection only. Please build these 3.
- The 45 units for the remaining fleet (M8C cars 6001-6045) are not released by this order.
- They will be released only after FAI sign-off by our Fahrzeugtechnik and a written release
  from Dr. Frank Meißner, Head of Fleet Procurement.
- Material authority: the 3 FAI units only.

Normen: EN 45545-2:2020+A1:2023 HL3, EN 14752:2019, DIN EN ISO 9001:2015, VDV 111.
Zahlung: 30 Tage netto. Lieferung: KW 40/2024, DAP Essen.
"""
case("c14_srr_po_identifiers", [], "3 FAI units active, 45 not released, FAI sign-off + written release by named head; part/drawing/standard numbers look like quantities", [
    ("SRR_Bestellung_4700018826.eml", mail(
        "Dr. Frank Meißner <frank.meissner@srr-ag.de>", "Tomáš Kratochvíl <kratochvil@dso-olomouc.cz>",
        "Bestellung 4700018826 - DL-9 Türverriegelung FAI", "Tue, 06 Aug 2024 13:18:09 +0200",
        "Sehr geehrter Herr Kratochvíl,\n\n"
        "anbei unsere Bestellung 4700018826 (as text file, our SAP output to PDF is out of order today).\n"
        "Please note the scope in the order text: 3 units for FAI only, the 45 fleet units are not\n"
        "released.\n\n"
        "Material SRR-1200-480 is our SAP number, it is not a quantity. Drawing DRG 4500-200 is valid\n"
        "in Rev 12 only.\n\n"
        "Mit freundlichen Grüßen\nDr. Frank Meißner\nLeiter Flotteneinkauf / Head of Fleet Procurement\n"
        "Stadtbahnwerk Rhein-Ruhr AG, Betriebshof Essen-Stadtmitte\nTel. +49 201 826-4400\n\n"
        "Stadtbahnwerk Rhein-Ruhr AG | Sitz: Essen | Amtsgericht Essen HRB 27719 | "
        "Vorstand: Dipl.-Kfm. Markus Lenz, Dr.-Ing. Heike Brandes | Vorsitzender des Aufsichtsrats: Peter Kranz\n",
        attachments=[("Bestellung_4700018826.txt", _c14_po, "text/plain")])),
])

# c15: Teams chat with a scoped go-ahead -> clean
_c15 = """Teams chat export — "DRCW x Shree Ganesh - axle box covers"
Members: K. Raghavan (DRCW), S. Karthikeyan (DRCW), Harshad Bhatt (Shree Ganesh Castings)
Exported 30-08-2024

[19-08-2024 10:02] Harshad Bhatt
Good morning sir. Pattern modification done as per your comments on DRG DRCW-AB-118 Rev 4.
Shall we pour the pilot castings this week?

[19-08-2024 10:15] S. Karthikeyan
Harshad ji, PO DRCW/PUR/24/1241 is for 4 pilot castings, kindly refer. Let Raghavan sir confirm.

[19-08-2024 11:40] K. Raghavan
Go ahead with the 4 pilot castings only. Balance 236 castings stays on hold, not released.
It will be released only by my written release, after FAI sign-off by our QA.
Pl do not procure material for balance qty.

[19-08-2024 11:42] Harshad Bhatt
Noted sir. 4 nos pilot only. Balance 236 on hold till your written release. Thank you 🙏

[28-08-2024 16:20] Harshad Bhatt
4 nos poured, fettling done, MPI clear. Dispatch Monday with test certs.

[28-08-2024 16:25] S. Karthikeyan
👍
"""
case("c15_teams_drcw_pilot_castings", [], "chat: 'go ahead with the 4 pilot castings only', 236 on hold until written release by the sender after FAI sign-off; supplier confirms", [
    ("Teams_DRCW_ShreeGanesh_axlebox.txt", _c15),
])

# c16: buyer portal PO page with the full scope and the quote marked informational -> clean
case("c16_nordbahn_srm_po_complete", [], "portal PO: 10 sample sets active, 590 balance not released, quote figure marked information only, FAI sign-off + written release by named buyer", [
    ("Nordbahn_SRM_PO_4500092010.html", html_page("PO 4500092010", """
<h2>Nordbahn Fahrzeugtechnik GmbH &mdash; SRM Lieferantenportal</h2>
<p>Purchase order <b>4500092010</b> &nbsp;&middot;&nbsp; Status: <b>sent to supplier</b> &nbsp;&middot;&nbsp; 26.08.2024</p>
<table>
<tr><th>Supplier</th><td>Changzhou Huaxin Wiring Co., Ltd. (vendor 410233)</td></tr>
<tr><th>Buyer</th><td>J&ouml;rg Brandt, Lead Buyer Electrical</td></tr>
<tr><th>Ship-to</th><td>Werk Salzgitter, Tor 3</td></tr>
</table>
<h3>Order items</h3>
<table>
<tr><th>Item</th><th>Material</th><th>Description</th><th>Qty</th><th>Scope</th><th>Deliv. date</th></tr>
<tr><td>10</td><td>NB-W-4130 Rev. 02</td><td>Cab desk harness, samples</td><td>10 SET</td><td>sample</td><td>15.10.2024</td></tr>
</table>
<div class="note">
<p><b>Scope.</b> Released for production now: <b>10 sets</b> (samples, item 10).</p>
<p><b>Balance on hold:</b> 590 sets &mdash; not released by this order.</p>
<p><b>Unlock event:</b> FAI sign-off by Nordbahn Supplier Quality, followed by a written release
signed by J&ouml;rg Brandt, Lead Buyer Electrical.</p>
<p><b>Material authority:</b> sample only (10 sets).</p>
</div>
<h3>Quotation data (Huaxin HX-Q-240802) &mdash; information only, not released</h3>
<table>
<tr><th>Tier</th><th>Quantity</th><th>Price USD/set</th></tr>
<tr><td>Sample</td><td>10 sets</td><td>655.00</td></tr>
<tr><td>Serie (forecast)</td><td>590 sets</td><td>371.20</td></tr>
</table>
<p style="color:#777">Nordbahn Fahrzeugtechnik GmbH &middot; Industriestra&szlig;e Nord 40 &middot; 38239 Salzgitter</p>
""", lang="de")),
])

# p08: multipart/alternative e-mail, scope quoted below, then "green light, please proceed" -> RG002
_p08_scope = """Dear Agnieszka,

attached our order FL-PO-24-1033. To be clear: it is only for the 4 pre-series seat frames
(drawing FL-ASI-0907 rev. B). The other 116 frames of your offer are not released with this
order and remain on hold. They will be released by me in writing, and only after our
engineering signs off the 4 pre-series frames.

Please do not buy steel tube for the 116 frames yet.

Best regards,
Lucía Serrano Mora - Compras, Ferrovías Levante S.A."""
_p08_txt = ("Dear Agnieszka,\n\n"
            "Our SQE Javier Ruiz visited you on Tuesday in Poznań and checked the 4 pre-series frames\n"
            "before packing: welds, powder coat thickness, the fixing points for the seat shells. He is\n"
            "happy with everything, only the labels must be moved 20 mm to the left.\n\n"
            "You have the green light, please proceed.\n\n"
            "Thank you very much for the good collaboration and greetings to the team!\n\n"
            "Lucía Serrano Mora\nCompras / Purchasing\nFerrovías Levante S.A. - Taller de Valencia\n"
            "Tel. +34 961 32 45 80\n\n"
            "AVISO LEGAL: Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario,\n"
            "le rogamos lo comunique al remitente y proceda a su borrado.\n\n"
            "----- Mensaje original -----\nDe: Lucía Serrano Mora\nFecha: 10/06/2024 12:44\n"
            "Asunto: Pedido FL-PO-24-1033 pre-series seat frames\n\n" + quote(_p08_scope) + "\n")
_p08_html = ("<html><body><p>Dear Agnieszka,</p><p>Our SQE Javier Ruiz visited you on Tuesday in Pozna&#324; "
             "and checked the 4 pre-series frames before packing: welds, powder coat thickness, the fixing "
             "points for the seat shells. He is happy with everything, only the labels must be moved 20 mm "
             "to the left.</p><p><b>You have the green light, please proceed.</b></p><p>Thank you very much "
             "for the good collaboration and greetings to the team!</p><p>Luc&iacute;a Serrano Mora<br>"
             "Compras / Purchasing<br>Ferrov&iacute;as Levante S.A. - Taller de Valencia<br>Tel. +34 961 32 45 80</p>"
             "<p style='font-size:9px;color:#888'>AVISO LEGAL: Este mensaje y sus anexos son confidenciales.</p>"
             "<blockquote>" + escape(_p08_scope).replace("\n", "<br>") + "</blockquote></body></html>")
case("p08_levante_green_light", ["RG002"],
     "quoted order is scoped (4 pre-series, 116 on hold, written release by Lucía after sign-off); the new 'green light, please proceed' names no quantity or sample scope", [
    ("Source_inspection_FL-ASI-0907.eml", mail(
        "Lucía Serrano Mora <lserrano@ferroviaslevante.es>", "Agnieszka Wróblewska <a.wroblewska@stalmet-frames.pl>",
        "Source inspection FL-ASI-0907 pre-series frames", "Thu, 18 Jul 2024 18:02:15 +0200",
        _p08_txt, html=_p08_html, cc="Javier Ruiz <jruiz@ferroviaslevante.es>")),
])

# p09: DOCX meeting minutes: "approval" for three things and "good to run" -> RG002 RG009
case("p09_drcw_minutes_fai_review", ["RG002", "RG009"],
     "minutes state the scope (5 FAI, 235 not released, written release by Raghavan after FAI sign-off) but use 'approval' for FAI, price and release, and end with an unscoped 'good to run'", [
    ("MoM_FAI_review_BCU-16_EgeFren.docx", docx_bytes([
        ("h1", "Minutes of Meeting — FAI review BCU-16 brake caliper units"),
        ("p", "Date: 03-09-2024, 15:00–16:30 IST (MS Teams)    Prepared by: S. Karthikeyan, DRCW Purchase"),
        ("table", [
            ["Attendee", "Company", "Function"],
            ["K. Raghavan", "DRCW", "General Manager - Purchase"],
            ["S. Karthikeyan", "DRCW", "Senior Manager - Purchase"],
            ["R. Venkatesh", "DRCW", "Quality Assurance - Bogie"],
            ["Emre Aydın", "Ege Fren", "Project Manager"],
            ["Selin Kaya", "Ege Fren", "Quality Engineer"],
        ]),
        ("h", "1. Order status"),
        ("p", "PO DRCW/PUR/24/1302 covers 5 Nos. FAI units only. The series quantity of 235 Nos. is not "
              "released; it is to be released by a written production release signed by Mr. K. Raghavan "
              "after FAI sign-off."),
        ("h", "2. FAI approval"),
        ("p", "Ege Fren presented the FAI report (dimensional, clamping force 38.2 kN vs. 38 kN min., "
              "leak test). DRCW QA: dimensional approval given; the clamping force test to be repeated "
              "on unit no. 3 in presence of DRCW QA. Approval of the FAI expected by 10-09-2024."),
        ("h", "3. Price revision"),
        ("p", "Ege Fren requested +4.5 % on series price due to steel surcharge. Approval of the revised "
              "price received from DRCW management on 02-09-2024; approval to be reflected in PO amendment."),
        ("h", "4. Logistics"),
        ("p", "Wooden boxes, max. 2 units per box, fumigated (ISPM-15). Port: Chennai."),
        ("h", "5. Outcome"),
        ("p", "All points discussed. Approval from DRCW side: good to run."),
        ("table", [
            ["Action", "Owner", "Due"],
            ["Repeat clamping force test unit 3", "Selin Kaya / R. Venkatesh", "10-09-2024"],
            ["PO amendment for price", "S. Karthikeyan", "13-09-2024"],
        ]),
    ], author="S. Karthikeyan")),
])

# p10: supplier reply to a "Green light!" reads it as the series -> RG002 RG007
_p10_scope = """Dear Ms Wróblewska,

our order 4700018801 is for 6 sample seat frames SF-M8C (drawing SRR-SF-771 Rev. 04) only.
The remaining 476 frames are not released with this order. Release of the 476 frames will come
only after the sample sign-off by our Fahrzeugtechnik and a written release from me.
Please buy material for the 6 sample frames only.

Mit freundlichen Grüßen
Dr. Frank Meißner, Head of Fleet Procurement, Stadtbahnwerk Rhein-Ruhr AG"""
_p10_buyer = """Hello Ms Wróblewska,

samples passed. Green light!

Frank Meißner"""
case("p10_stalmet_re_green_light", ["RG002", "RG007"],
     "buyer's quoted 'samples passed. Green light!' is unscoped; supplier answers that they roll straight into the 476 although the quoted PO requires a written release", [
    ("RE_Samples_SF-M8C.eml", mail(
        "Agnieszka Wróblewska <a.wroblewska@stalmet-frames.pl>", "Dr. Frank Meißner <frank.meissner@srr-ag.de>",
        "RE: Samples SF-M8C", "Mon, 16 Sep 2024 07:55:48 +0200",
        "Dear Dr. Meißner,\n\n"
        "thank you very much for the green light, this is great news for our team!\n\n"
        "As the samples are passed, we roll straight into the remaining 476 frames: welding line 2\n"
        "is reserved from week 39 and the first series frames can ship in week 43.\n"
        "Detailed schedule follows on Wednesday.\n\n"
        "Best regards / Z poważaniem\nAgnieszka Wróblewska\nKey Account Manager Rail\n"
        "Stalmet Frames Sp. z o.o., Poznań\ntel. +48 61 842 17 30\n\n"
        "From: Dr. Frank Meißner <frank.meissner@srr-ag.de>\nSent: Friday, 13 September 2024 17:21\n"
        "Subject: Samples SF-M8C\n\n" + quote(_p10_buyer) + "\n>\n> ---- earlier ----\n> Sent: 12 June 2024\n>\n"
        + quote(quote(_p10_scope)) + "\n",
        in_reply_to="<srr-20240913-5521@srr-ag.de>")),
])

# p11: Teams chat, prototype harnesses with no number -> RG010
_p11 = """Microsoft Teams - Chat export
Chat: IMRS Harness - Huaxin prototype train
Participants: Neha Kulkarni (Indus Metro), Rajesh Iyer (Indus Metro), Kevin Wu (Huaxin)
Exported on 04/09/2024 by Neha Kulkarni

02/09/2024 09:12  Kevin Wu
Good morning Neha. Drawings IM-E-5501 rev C and wire list are clear now, thank you. We are ready.

02/09/2024 09:40  Neha Kulkarni
Morning Kevin. Please proceed with the harnesses required for the prototype train.
The series quantity stays on hold - not released. It will be released only by a written
release from me, after the type test report of the prototype train is signed by Rajesh Iyer
(Head - Electrical). No material purchase for series till then please.

02/09/2024 09:44  Kevin Wu
Noted. How many sets exactly for the prototype train? Our sales order needs a figure.

02/09/2024 09:51  Neha Kulkarni
As per the kick-off list. PO will be amended later, don't wait for it.

02/09/2024 09:53  Kevin Wu
OK 👌

03/09/2024 15:30  Rajesh Iyer
Kevin, please add ferrules on the earth leads as discussed, same as on the Mumbai job.

03/09/2024 15:41  Kevin Wu
Sure Rajesh, will update the drawing to rev D.
"""
case("p11_teams_indus_huaxin_proto", ["RG010"],
     "buyer authorizes 'the harnesses required for the prototype train' without any number (refers to a kick-off list); hold, type-test event and named releaser are present", [
    ("Teams_IMRS_Huaxin_prototype_train.txt", _p11),
])

# p12: e-mail asks to start pre-series castings, no quantity anywhere -> RG010
case("p12_nordbahn_vorserie_castings", ["RG010"],
     "buyer asks to start 'the pre-series castings' without a quantity (PO to follow); series on hold until FAI sign-off and written release by Brandt", [
    ("Vorserie_Bremssattelgehaeuse.eml", mail(
        "Jörg Brandt <joerg.brandt@nordbahn-ft.de>", "Ing. Petr Dvořák <dvorak@slevarna-brno.cz>",
        "Vorserie Bremssattelgehäuse NB-BG-220 / pre-series castings", "Wed, 21 Aug 2024 08:12:37 +0200",
        "Dear Mr. Dvořák,\n\n"
        "thank you for the good meeting in Brno last week. As discussed, please start now with the\n"
        "pre-series castings of the brake caliper housing NB-BG-220 (drawing Rev. 05, material\n"
        "EN-GJS-400-18-LT), so that we keep the slot in your moulding line in September.\n"
        "The SAP order will follow next week; our purchasing system is being migrated.\n\n"
        "The series quantity from your offer NB-2024-0271 is not released. It will be released only\n"
        "after FAI sign-off of the pre-series by our Supplier Quality and then a written release\n"
        "from me. Please buy no material for series castings.\n\n"
        "Mit freundlichen Grüßen / Best regards\n\nJörg Brandt\nLead Buyer\n"
        "Nordbahn Fahrzeugtechnik GmbH\nIndustriestraße Nord 40, 38239 Salzgitter\nTel. +49 5341 889-2210\n\n"
        "Nordbahn Fahrzeugtechnik GmbH | Sitz Salzgitter | AG Braunschweig HRB 201774 | "
        "Geschäftsführer: Dr. Ulrich Hahn, Katrin Lemke\n")),
])

# p13: buyer portal line with no quantity -> RG010
case("p13_tfn_portal_sample_line", ["RG010"],
     "portal order line gives no quantity ('as agreed in kick-off'); balance not released, FAI sign-off + written release by named buyer present", [
    ("TFN_Portal_Pedido_TFN-PC-24-355.html", html_page("Pedido TFN-PC-24-355", """
<h2>Talleres Ferroviarios del Norte &mdash; Portal de Proveedores</h2>
<p>Pedido / Order: <b>TFN-PC-24-355</b> &middot; Fecha: 09/09/2024 &middot; Proveedor: Ege Fren Sanayi A.&#350;. (P-0912)</p>
<table>
<tr><th>L&iacute;nea</th><th>Referencia</th><th>Descripci&oacute;n</th><th>Cantidad</th><th>Precio EUR</th><th>Entrega</th></tr>
<tr><td>1</td><td>TFN-ZF-4410 rev. A</td><td>Zapata de freno compuesta / composite brake block, samples for FAI</td><td>see note</td><td>48,50 / ud.</td><td>S44/2024</td></tr>
</table>
<div class="note">
<p>Note line 1: sample parts as agreed in the kick-off meeting of 04/09/2024.</p>
<p>The series quantity of offer EF-24-0418 is not released by this order. It will be released only
after the FAI sign-off by TFN Calidad and a written release from Iker Etxeberria, Responsable de Compras.
No material for series please.</p>
</div>
<p>Condiciones: pago a 60 d&iacute;as; entrega DAP Ir&uacute;n; certificado UIC 541-4.</p>
""", lang="es")),
])

# p14: "start the samples, PO follows" with nothing else -> RG003 RG004 RG005 RG010
case("p14_levante_start_samples", ["RG003", "RG004", "RG005", "RG010"],
     "buyer tells supplier to start the samples with no quantity, nothing about the series balance, no unlock event, no release person", [
    ("Vestibule_panels_3600_EMU.eml", mail(
        "Lucía Serrano Mora <lserrano@ferroviaslevante.es>", "Murat Yılmaz <murat.yilmaz@anadolukompozit.com.tr>",
        "Vestibule panels 3600 EMU - samples", "Fri, 05 Jul 2024 13:37:21 +0200",
        "Dear Murat,\n\n"
        "Thanks for the revised offer with the new EN 45545 test reports, our engineering is\n"
        "satisfied with them.\n\n"
        "Our purchase order is still in the signature circuit (holidays...) and will follow next\n"
        "week. In the meantime please start already with the samples of the vestibule panels, so we\n"
        "do not lose time for the first article inspection in September.\n\n"
        "The colour is RAL 9002 as on the mock-up, anti-graffiti coating as in your offer.\n\n"
        "Many thanks and have a nice weekend,\n\n"
        "Lucía Serrano Mora\nCompras / Purchasing\nFerrovías Levante S.A.\nTel. +34 961 32 45 80\n")),
])


# ---------------------------------------------------------------- batch 3
# c17: Spanish buyer, multipart/alternative + PDF PO, complete scope -> clean
_c17_txt = """Dear Mr. Nowicki,

please find attached our order TFN-PC-24-377 for the cable harnesses of the bogie sensors
(drawing TFN-CB-2207, edition 3).

So that it is very clear for your planning:
  - Active quantity now: 12 harness sets, for first article inspection (FAI).
  - The balance of 228 sets of your offer is not released. Please do not start it.
  - The 228 sets will be released only after two things: the FAI sign-off by our Quality
    (Ainhoa Goikoetxea), and then a written release signed by me.
  - Material authority: only for the 12 FAI sets.
  - The 228 is our forecast for the 19 units of the fleet, it is not a commitment.

The FAI will be made in Irún, with your engineer if possible. Please send the EN 50306 cable
certificates with the parts.

Best regards / Un saludo,
Iker Etxeberria
Responsable de Compras - Material Rodante
Talleres Ferroviarios del Norte S.L., Irún
"""
_c17_html = ("<html><body><p>Dear Mr. Nowicki,</p><p>please find attached our order TFN-PC-24-377 for the cable "
             "harnesses of the bogie sensors (drawing TFN-CB-2207, edition 3).</p><p>So that it is very clear for your "
             "planning:</p><ul><li><b>Active quantity now:</b> 12 harness sets, for first article inspection (FAI).</li>"
             "<li>The <b>balance of 228 sets</b> of your offer is <b>not released</b>. Please do not start it.</li>"
             "<li>The 228 sets will be released only after two things: the FAI sign-off by our Quality (Ainhoa "
             "Goikoetxea), and then a written release signed by me.</li><li>Material authority: only for the 12 FAI "
             "sets.</li><li>The 228 is our forecast for the 19 units of the fleet, it is not a commitment.</li></ul>"
             "<p>The FAI will be made in Ir&uacute;n, with your engineer if possible. Please send the EN 50306 cable "
             "certificates with the parts.</p><p>Best regards / Un saludo,<br>Iker Etxeberria<br>Responsable de Compras - "
             "Material Rodante<br>Talleres Ferroviarios del Norte S.L., Ir&uacute;n</p></body></html>")
_c17_po = pdf([
    ("h1", "Talleres Ferroviarios del Norte S.L."),
    ("p", "Barrio Ventas 12, 20305 Irún (Gipuzkoa) - CIF B-20719344"),
    ("h", "PEDIDO DE COMPRA / PURCHASE ORDER TFN-PC-24-377"),
    ("table", [
        ["Línea", "Referencia", "Descripción", "Cant.", "Alcance / scope", "Precio EUR"],
        ["1", "TFN-CB-2207 ed. 3", "Mazo de cables sensores bogie / bogie sensor harness - FAI", "12", "FAI sample", "286,00"],
    ]),
    ("p", "Saldo / balance: 228 juegos - NO liberado / not released. Liberación sólo por escrito, firmada por "
          "Iker Etxeberria, tras la firma del FAI por Calidad TFN."),
    ("p", "Pago: 60 días fecha factura. Entrega DAP Irún, semana 40/2024."),
], title="TFN-PC-24-377", author="TFN Compras")
case("c17_tfn_po_harness_es", [], "12 FAI sets active, 228 not released (forecast), FAI sign-off + written release by named buyer; multipart/alternative with PDF PO", [
    ("Pedido_TFN-PC-24-377_mazos.eml", mail(
        "Iker Etxeberria <iker.etxeberria@tfnorte.es>", "Paweł Nowicki <p.nowicki@elkabel.com.pl>",
        "Pedido TFN-PC-24-377 - bogie sensor harnesses (FAI)", "Mon, 02 Sep 2024 09:48:12 +0200",
        _c17_txt, html=_c17_html, attachments=[("TFN-PC-24-377.pdf", _c17_po, PDF_MT)])),
])

# c18: folder with ERP PO (TXT) and supplier quote (PDF); PO marks the quote as information only -> clean
_c18_po = """CALEDONIAN RAIL FLEET SERVICES LTD                       PURCHASE ORDER
IFS Applications 10 - Order printout                     Page 1/1
------------------------------------------------------------------------------
Order No ....: CRF-PO-30522          Order Date ..: 15/07/2024
Supplier ....: SG0071  Shree Ganesh Castings Pvt Ltd, Kuvadva GIDC, Rajkot
Buyer .......: FMCLEISH  Fiona McLeish
Deliver To ..: Polmadie Traincare Depot, Glasgow G5 0BA
------------------------------------------------------------------------------
Ln  Part No            Description                        Qty   UoM  Price GBP
 1  CRF-AXH-0430 rev C Axle box housing, SG iron, sample    8   ea     312.00
------------------------------------------------------------------------------
ORDER NOTES
 a) This order authorises 8 sample castings only. Please make these 8 now.
 b) Your quotation SGC/Q/24/077 is attached for information only. Its series
    quantity of 312 ea is not ordered and not released.
 c) Series castings will be released only after FAI sign-off by CRFS Fleet
    Engineering, and then by a written release from Fiona McLeish.
 d) Material authority: the 8 samples only.
------------------------------------------------------------------------------
Payment 45 days from valid invoice. CIF Grangemouth. Mill certs EN 10204 3.1.
"""
_c18_q = pdf([
    ("h1", "SHREE GANESH CASTINGS PVT. LTD."),
    ("p", "Plot 27-29, Kuvadva GIDC, Rajkot 360023, Gujarat, India  |  IATF 16949 / ISO 9001:2015"),
    ("h", "QUOTATION No. SGC/Q/24/077  dt. 02-07-2024"),
    ("p", "To: Caledonian Rail Fleet Services Ltd, Glasgow - Kind Attn: Ms. Fiona McLeish"),
    ("table", [
        ["Sr.", "Description", "Qty", "Rate GBP", "Delivery"],
        ["1", "Axle box housing CRF-AXH-0430 rev C, EN-GJS-400-18-LT, machined, samples", "8 Nos.", "312.00", "6 weeks"],
        ["2", "Same, series supply", "312 Nos.", "176.50", "10 weeks from release"],
        ["3", "Pattern & core box (one-time)", "1 set", "3,850.00", "with samples"],
    ]),
    ("p", "Terms: CIF Grangemouth, payment 45 days, validity 90 days. Charpy at -40 °C included."),
    ("p", "For Shree Ganesh Castings Pvt. Ltd. - Harshad Bhatt, Director (Marketing)"),
], title="SGC/Q/24/077", author="Shree Ganesh Castings")
case("c18_crfs_po_plus_quote_folder", [], "folder: ERP PO for 8 samples declares the attached quote (312 series) information only and not released; FAI sign-off + written release by named buyer", [
    ("CRFS_PO_CRF-PO-30522.txt", _c18_po),
    ("SGC_Quotation_SGC-Q-24-077.pdf", _c18_q),
])

# c19: written release letter: partial release, remaining balance on hold -> clean
case("c19_ferralys_release_letter", [], "release letter names 120 released after FAI sign-off, 354 remain on hold until further written releases by the named buyer; material 120", [
    ("Ferralys_Production_Release_REL-FRL-24-031.pdf", pdf([
        ("h1", "FERRALYS SAS"),
        ("h", "PRODUCTION RELEASE REL-FRL-24-031"),
        ("table", [
            ["To", "STALMET FRAMES Sp. z o.o., Poznań - Mrs Agnieszka Wróblewska"],
            ["Order", "4510-0772 and revision 4510-0772-R1 (series lines)"],
            ["Part", "Seat frame 2nd class double, FRL-SF-2210 ind. C"],
            ["Date", "22/07/2024"],
        ]),
        ("sp",),
        ("p", "Following the FAI sign-off of the 6 FAI seat frames (FAI report FAI-SF-2210-01, signed on "
              "12/07/2024 by Julien Petit, SQE), we hereby release one hundred and twenty (120) seat frames "
              "for production, for vehicle sets 1 to 5, delivery per the schedule below."),
        ("table", [
            ["Vehicle set", "Frames", "Delivery week"],
            ["VS1-VS2", "48", "S36"],
            ["VS3-VS5", "72", "S39"],
            ["Total released", "120", ""],
        ]),
        ("sp",),
        ("p", "The remaining 354 frames of the programme stay on hold and are not released by this "
              "letter. They will be released vehicle set by vehicle set, each by a further written "
              "release signed by me. Material authority: 120 frames."),
        ("p", "Camille Roux, Acheteuse projets - release authority for order 4510-0772 (limit EUR 50.000 per release)"),
    ], title="REL-FRL-24-031", author="Camille Roux")),
])

# c20: stop notice with a clear zero and a named lift event/person -> clean
case("c20_srr_stop_notice", [], "stop notice: nothing may start (zero), released-but-unstarted 120 and balance on hold, lift after 8D closure by named buyer in writing", [
    ("STOP_order_4700018650_brake_pads.eml", mail(
        "Dr. Frank Meißner <frank.meissner@srr-ag.de>", "Emre Aydın <emre.aydin@egefren.com.tr>",
        "STOP - order 4700018650 brake pad sets EF-BP-5512", "Thu, 26 Sep 2024 15:02:44 +0200",
        "Dear Mr. Aydın,\n\n"
        "with this e-mail I put a STOP on order 4700018650 (brake pad sets EF-BP-5512).\n\n"
        "Reason: friction coefficient out of tolerance on 3 sets from lot 24-36 (NCR-24-0088,\n"
        "mu = 0.29 measured, 0.32-0.38 required). Vehicles 6012 and 6019 are taken out of service.\n\n"
        "What this means:\n"
        "- Quantity you may start now: zero (0). Nothing more may start, released or not.\n"
        "- Of call-off 1 (320 sets released), 200 sets are delivered. The other 120 sets must not\n"
        "  be started; sets already pressed stay in your quarantine area.\n"
        "- Everything beyond call-off 1 was never released and stays not released.\n"
        "- The stop will be lifted only by a written notice from me, after the 8D report is closed\n"
        "  and accepted by our Supplier Quality (Frau Köhler).\n\n"
        "Please confirm receipt today.\n\n"
        "Mit freundlichen Grüßen\nDr. Frank Meißner\nHead of Fleet Procurement\n"
        "Stadtbahnwerk Rhein-Ruhr AG | Sitz: Essen | Amtsgericht Essen HRB 27719\n",
        cc="Sabine Köhler <sabine.koehler@srr-ag.de>")),
])

# c21: "sample approved for fit check only" + HTML fit-check report attached -> clean
_c21_report = html_page("Fit check CP-410", """
<h3>Tramelec SA &mdash; Fit check report FC-24-044</h3>
<p>Part: CP-410 ceiling panel, end section (drawing TRM-410-022 ind. A) &middot; Supplier: Anadolu Kompozit &middot; Samples: 3</p>
<table>
<tr><th>Check</th><th>Car</th><th>Result</th></tr>
<tr><td>Fit to ceiling rails</td><td>Mock-up M2</td><td>OK</td></tr>
<tr><td>Gap to luggage rack</td><td>Mock-up M2</td><td>4.5 mm (spec 3-6)</td></tr>
<tr><td>Access to HVAC duct hatch</td><td>Mock-up M2</td><td>OK</td></tr>
<tr><td>Fire test EN 45545-2 HL3 (R1)</td><td>-</td><td>pending, lab slot 14/10</td></tr>
</table>
<p>Checked by: Paul Mercier, Interiors engineering, 24/09/2024</p>
""")
case("c21_tramelec_fitcheck_only", [], "'sample approved for fit check only; production not released'; 3 samples active, 147 on hold until full FAI sign-off and written release by named head", [
    ("CP-410_fit_check_result.eml", mail(
        "Romain Girard <r.girard@tramelec.fr>", "Murat Yılmaz <murat.yilmaz@anadolukompozit.com.tr>",
        "CP-410 samples - fit check result", "Wed, 25 Sep 2024 11:15:02 +0200",
        "Dear Mr Yılmaz,\n\n"
        "Paul Mercier has checked the 3 CP-410 samples on the mock-up yesterday; his report is attached.\n\n"
        "Sample approved for fit check only; production not released.\n\n"
        "The fire test is still open, so the full FAI sign-off cannot be given yet. Until then only the\n"
        "3 samples of order TRM-CDE-24-0611 are active. The 147 series panels stay on hold; I will\n"
        "release them in writing after the full FAI sign-off (including the HL3 report). Please no\n"
        "material purchase for the series in the meantime.\n\n"
        "Cordialement / Best regards\nRomain Girard\nHead of Procurement - Rolling Stock\nTramelec SA, Lyon\n"
        "+33 4 72 78 55 10\n",
        attachments=[("FC-24-044_fit_check.html", _c21_report, "text/html")])),
])

# c22: buyer-internal question about giving a go-ahead -> clean
case("c22_albion_internal_question", [], "internal buyer-side question 'can we give them the go-ahead for the 148?' - a question, not an authorization, not sent to the supplier", [
    ("DSO_asking_again_DDU-220.eml", mail(
        "Sophie Lang <sophie.lang@albionrail.co.uk>", "Gareth Pryce <gareth.pryce@albionrail.co.uk>",
        "DSO asking again - DDU-220 balance", "Tue, 08 Oct 2024 16:48:20 +0100",
        "Hi Gareth,\n\n"
        "Tomáš from DSO rang me again this afternoon. They've fitted the revised helical gear set on\n"
        "two units and measured 65.5 dB(A), so inside the 66 spec now. Priya hasn't seen the data yet.\n\n"
        "Can we give them the go-ahead for the 148, or do we wait until Priya has done the full\n"
        "sign-off? I'd rather wait, to be honest, but they're worried about their Q4 capacity.\n\n"
        "I haven't promised them anything.\n\n"
        "Sophie\n\nSophie Lang | Supplier Quality Engineer | Albion Rail Vehicles Ltd\n")),
])

# c23: supplier weekly status report, nothing beyond the pilot qty -> clean
_c23 = """SHREE GANESH CASTINGS PVT. LTD. - WEEKLY STATUS REPORT
Customer : Deccan Rail Coach Works Pvt. Ltd. (DRCW)
PO       : DRCW/PUR/24/1241  (axle box cover, DRG DRCW-AB-118 Rev 4)
Week     : 36/2024                      Prepared by: Harshad Bhatt

+---------------------------+-------------+-------------------------------+
| Item                      | Qty         | Status                        |
+---------------------------+-------------+-------------------------------+
| Pilot castings (PO qty)   | 4 Nos.      | Dispatched 02-09, LR 58813    |
| Test certificates         | 4 sets      | Sent by mail 02-09            |
| Balance castings          | 236 Nos.    | NOT STARTED - on hold         |
| Raw material for balance  | 0 kg        | Not procured                  |
+---------------------------+-------------+-------------------------------+

Remarks:
1. Balance 236 Nos. remains on hold as per Mr. Raghavan's instruction of 19-08-2024.
   We will start only after his written release, which follows your FAI sign-off.
2. Pattern kept ready in our pattern shop, no further cost.
3. Request: kindly share FAI date so we can depute our QA engineer.
"""
case("c23_sgc_weekly_status", [], "supplier status report: 4 pilot shipped, balance 236 not started and no material bought, waiting for written release", [
    ("SGC_Weekly_Status_W36_DRCW.txt", _c23),
])

# c24: full-quantity spares PO by e-mail with PDF, "proceed" -> clean
_c24_po = pdf([
    ("h1", "Northfield Traincare Ltd"),
    ("p", "Etches Park Depot, London Road, Derby DE24 8UP"),
    ("h", "Purchase Order NTC-7802"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit", "GBP each", "Total"],
        ["1", "EF-BCS-0210", "Brake cylinder seal kit, Class 1xx DMU, overhaul spares", "25", "kit", "94.00", "2,350.00"],
    ]),
    ("p", "This order is for the complete requirement of 25 kits. There is no further quantity behind it."),
    ("p", "Delivery: DAP Derby, 6 weeks. Payment 30 days end of month."),
], title="NTC-7802", author="Northfield Traincare")
case("c24_northfield_spares_po", [], "full-quantity spares PO (25 kits, nothing behind it) with 'proceed with all 25'", [
    ("PO_NTC-7802_seal_kits.eml", mail(
        "Helen Whitcombe <helen.whitcombe@northfieldtraincare.co.uk>", "Emre Aydın <emre.aydin@egefren.com.tr>",
        "PO NTC-7802 - brake cylinder seal kits", "Mon, 30 Sep 2024 10:05:55 +0100",
        "Hello Emre,\n\n"
        "PO NTC-7802 attached for 25 seal kits EF-BCS-0210. That's our full requirement for the\n"
        "winter overhaul programme - no samples, no follow-on call-offs. Please proceed with all 25.\n\n"
        "If you can ship in two lots (10 + 15) that would help our stores, but not essential.\n\n"
        "Kind regards,\n"
        + sig("Helen Whitcombe", "Category Buyer - Bogie & Brakes", "Northfield Traincare Ltd, Derby", "+44 1332 260 418"),
        attachments=[("NTC-7802.pdf", _c24_po, PDF_MT)])),
])

# c25: explicit staged material authority in a DOCX statement -> clean
case("c25_drcw_material_authority", [], "10 FAI panels released, 230 on hold until FAI sign-off + written release by named GM; explicit staged material authority up to 120 panels", [
    ("DRCW_material_authority_ceiling_panels.eml", mail(
        "K. Raghavan <k.raghavan@drcw.co.in>", "Murat Yılmaz <murat.yilmaz@anadolukompozit.com.tr>",
        "DRCW/PUR/24/1355 - material authority statement", "Fri, 11 Oct 2024 12:30:00 +0530",
        "Dear Mr. Yilmaz,\n\n"
        "As discussed in our call regarding the long lead time of the phenolic prepreg, please find\n"
        "attached our material authority statement for PO DRCW/PUR/24/1355. Kindly sign and return.\n\n"
        "Regards,\nK. Raghavan\nGeneral Manager - Purchase\nDeccan Rail Coach Works Pvt. Ltd.\n+91 44 6718 3300\n",
        attachments=[("Material_Authority_DRCW-PUR-24-1355.docx", docx_bytes([
            ("h1", "Material Authority Statement"),
            ("p", "PO: DRCW/PUR/24/1355   Supplier: Anadolu Kompozit A.Ş., Bursa   Date: 11-10-2024"),
            ("p", "Part: Ceiling panel, phenolic GRP, DRG DRCW-INT-0620 Rev 2"),
            ("table", [
                ["Item", "Quantity", "Status"],
                ["Production released (FAI panels)", "10", "active"],
                ["Balance", "230", "on hold - not released"],
                ["Material authority (staged)", "up to 120 panels", "at DRCW liability"],
            ]),
            ("sp",),
            ("p", "1. Only the 10 FAI panels are released for production."),
            ("p", "2. The balance of 230 panels is not released. It will be released only by a written "
                  "production release signed by K. Raghavan, GM - Purchase, after FAI sign-off by DRCW Quality."),
            ("p", "3. Staged material authority: the supplier may purchase phenolic prepreg, glass fabric and "
                  "honeycomb core for up to 120 panels (10 FAI + 110) at DRCW liability. Material for more than "
                  "120 panels is at the supplier's own risk."),
            ("p", "4. This authority covers material only. It does not release manufacture of any panel beyond the 10."),
            ("sp",),
            ("p", "K. Raghavan, General Manager - Purchase (signature)          Supplier acceptance: ____________"),
        ], author="K. Raghavan"), DOCX_MT)])),
])

# p15: full-quantity PO, buyer says advance paid so start -> RG012
case("p15_indus_advance_paid_start", ["RG012"],
     "full-quantity PO for 64 door drives; buyer tells supplier to start because the advance has been paid", [
    ("PO_4100034002_DDU-230.eml", mail(
        "Neha Kulkarni <neha.kulkarni@indusmetro.in>", "Tomáš Kratochvíl <kratochvil@dso-olomouc.cz>",
        "Advance payment - PO 4100034002 door drive units", "Tue, 20 Aug 2024 11:42:10 +0530",
        "Dear Mr. Kratochvil,\n\n"
        "Greetings from Indus Metro.\n\n"
        "This is to inform you that the 20% advance against your proforma invoice PI-24-0311 for\n"
        "PO 4100034002 (64 Nos. door drive units DDU-230, VDR Metro Phase 2) has been transferred\n"
        "today, UTR no. SBIN224233018877, value date 21.08.2024.\n\n"
        "Since the advance is paid, kindly start the manufacturing of the 64 units now and share\n"
        "the production schedule by this Friday.\n\n"
        "The inspection call for stage inspection may be raised 10 days in advance.\n\n"
        "Thanks & Regards\nNeha Kulkarni\nManager - Purchase (Interiors & Doors)\n"
        "Indus Metro Rolling Stock Ltd, Vadodara\nMob. +91 98250 44718\n\n"
        "DISCLAIMER: The information contained in this e-mail is confidential and intended for the\n"
        "named recipient only. Please consider the environment before printing this e-mail.\n")),
])

# p16: supplier reads the deposit as the production go and buys material for all -> RG006 RG012
_p16_scope = """Hi Lily,

PO NTC-7790 is attached. It covers 10 sample castings BD-660 (rev A) only. The other
390 castings in your quote are not released and remain on hold. They'll only be released
by a written release from me, after FAI sign-off by our Fleet Engineering. Material authority
is for the 10 samples only.

The 30% deposit in the PO is for the pattern and the samples - payment terms, nothing more.

Thanks,
Helen Whitcombe
Category Buyer - Bogie & Brakes, Northfield Traincare Ltd"""
case("p16_qdtc_deposit_received", ["RG006", "RG012"],
     "supplier says the deposit confirms the order for production and has bought pig iron for all 400 and planned the 390, against the quoted scope (10 samples, 390 on hold)", [
    ("RE_PO_NTC-7790_deposit.eml", mail(
        "Lily Zhang <lily.zhang@qdtiecheng.cn>", "Helen Whitcombe <helen.whitcombe@northfieldtraincare.co.uk>",
        "RE: PO NTC-7790 BD-660 - deposit", "Thu, 29 Aug 2024 16:20:31 +0800",
        "Dear Helen,\n\n"
        "Good day! We received your 30% deposit today, thank you very much.\n\n"
        "According to our company rule, when the deposit arrives the order is confirmed for\n"
        "production. So we have arranged the pig iron and ferro-alloy for all 400 pcs (one melt\n"
        "campaign is cheaper for you), and the 390 pcs mass production is planned for November\n"
        "after the 10 samples.\n\n"
        "Samples will be ready on 20 September, FAI report with them.\n\n"
        "Best regards\nLily Zhang\nSales Dept.\nQingdao Tiecheng Precision Casting Co., Ltd.\nTel: +86 532 8765 2231\n\n"
        "------------------ Original ------------------\nFrom: \"Helen Whitcombe\"\nDate: Mon, Aug 19, 2024 17:02\n"
        "Subject: PO NTC-7790 BD-660\n\n" + quote(_p16_scope) + "\n",
        in_reply_to="<ntc-po-7790@northfieldtraincare.co.uk>")),
])

# p17: folder: scoped PO + supplier proforma saying series starts on advance payment -> RG012
_p17_po = pdf([
    ("h1", "TRAMELEC SA"),
    ("p", "48 rue Marius Berliet, 69008 Lyon, France"),
    ("h", "COMMANDE / PURCHASE ORDER TRM-CDE-24-0640"),
    ("table", [
        ["Supplier", "Ege Fren Sanayi A.Ş., İzmir"],
        ["Date", "19/08/2024"],
        ["Buyer", "Romain Girard, Head of Procurement"],
    ]),
    ("table", [
        ["Pos.", "Part", "Description", "Qty", "Scope", "EUR/pc"],
        ["10", "EF-SBA-77", "Spring brake actuator, tram bogie, FAI sample", "4", "sample", "1.920,00"],
    ]),
    ("sp",),
    ("p", "Scope: four (4) actuators for FAI are active. The series quantity of 236 actuators is not "
          "released by this order and stays on hold. The 236 will be released only by a written "
          "release signed by Romain Girard, after the FAI sign-off by Tramelec Quality. Material "
          "authority: the 4 FAI actuators only."),
    ("p", "Payment: 30% advance on proforma, balance 60 days from delivery."),
], title="TRM-CDE-24-0640", author="Tramelec")
_p17_pi = pdf([
    ("h1", "EGE FREN SANAYİ A.Ş."),
    ("p", "10003 Sokak No. 7, A.O.S.B., 35620 Çiğli / İzmir - Vergi No. 3250 118 447"),
    ("h", "PROFORMA INVOICE PI-EF-24-0507"),
    ("table", [
        ["Customer", "Tramelec SA, Lyon"],
        ["Your order", "TRM-CDE-24-0640"],
        ["Date", "23.08.2024"],
    ]),
    ("table", [
        ["Item", "Description", "Qty", "Unit EUR", "Amount EUR"],
        ["1", "Spring brake actuator EF-SBA-77, FAI sample", "4", "1.920,00", "7.680,00"],
        ["2", "Spring brake actuator EF-SBA-77, series", "236", "1.385,00", "326.860,00"],
        ["", "Total", "", "", "334.540,00"],
        ["", "30% advance payment due", "", "", "100.362,00"],
    ]),
    ("sp",),
    ("p", "Production of the series quantity (236 pcs) will commence upon receipt of the 30% advance "
          "payment. Delivery of series: 12 weeks after advance."),
    ("p", "Bank: Türkiye İş Bankası, İzmir Ticari Şube, IBAN TR33 0006 4000 0013 4560 7781 22, SWIFT ISBKTRIS"),
    ("p", "Emre Aydın, Project Manager"),
], title="PI-EF-24-0507", author="Ege Fren")
case("p17_tramelec_po_and_proforma", ["RG012"],
     "folder: PO is correctly scoped (4 FAI, 236 on hold, written release by Girard); the supplier's proforma says series production starts on receipt of the advance", [
    ("Tramelec_PO_TRM-CDE-24-0640.pdf", _p17_po),
    ("EgeFren_Proforma_PI-EF-24-0507.pdf", _p17_pi),
])

# p18: chat: PO acceptance taken as the go for 300 -> RG012
_p18 = """Teams | Chat "NB / Elkabel - W-3350 Serie"
Teilnehmer: Sven Hollmann (Nordbahn), Paweł Nowicki (Elkabel), Marta Zielińska (Elkabel)
Export: 10.10.2024 08:15

[07.10.2024 13:02] Marta Zielińska
Hello Mr Hollmann, PO 4500093300 for the W-3350 saloon harness is accepted in our system since
Friday, our order confirmation went out this morning.

[07.10.2024 13:05] Paweł Nowicki
Mr Hollmann, can we take the accepted PO as the go for the 300 harnesses? Or do you send a
separate release like last year?

[07.10.2024 13:20] Sven Hollmann
Hi both. No separate paper this time - the PO is accepted on both sides, so that is your go
for the 300. Please start.

[07.10.2024 13:22] Paweł Nowicki
Perfect, thank you. First 60 in week 45.

[08.10.2024 09:10] Marta Zielińska
Wire for 300 sets ordered at Helukabel, delivery week 42.
"""
case("p18_teams_nordbahn_elkabel_serie", ["RG012"],
     "project lead treats the mutually accepted PO as the go to produce the 300 harnesses (full-quantity, scoped)", [
    ("Teams_NB_Elkabel_W-3350.txt", _p18),
])

# p19: folder: scoped PO + supplier order confirmation claiming PO acceptance releases 300 -> RG011 RG012
_p19_po = pdf([
    ("h1", "Albion Rail Vehicles Ltd"),
    ("h", "PURCHASE ORDER ARV-PO-118455"),
    ("table", [
        ["Supplier", "Slévárna Brno-Líšeň s.r.o., Brno"],
        ["Date", "05 August 2024"],
        ["Buyer", "Gareth Pryce, Supply Chain Manager"],
    ]),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Scope", "GBP"],
        ["10", "ARV-MB-210 rev A", "Motor bracket casting, FAI", "6", "sample", "640.00"],
    ]),
    ("sp",),
    ("p", "This order authorises six (6) castings for FAI only. The remaining 294 castings of quotation "
          "NB-2024-0259 are not released and remain on hold until FAI sign-off by Albion Quality and a "
          "written production release signed by Gareth Pryce. Material authority: sample only."),
], title="ARV-PO-118455", author="Albion Rail Vehicles")
case("p19_albion_po_slevarna_confirmation", ["RG011", "RG012"],
     "folder: PO releases 6 FAI castings (294 on hold); supplier's order confirmation says acceptance of the PO releases production of 300", [
    ("Albion_PO_ARV-PO-118455.pdf", _p19_po),
    ("Slevarna_Potvrzeni_objednavky_OC-24-118.docx", docx_bytes([
        ("h1", "Slévárna Brno-Líšeň s.r.o."),
        ("h", "Potvrzení objednávky / Order confirmation OC-24-118"),
        ("p", "Customer: Albion Rail Vehicles Ltd, Newton Aycliffe    Your PO: ARV-PO-118455    Date: 08.08.2024"),
        ("table", [
            ["Pos.", "Part", "Description", "Qty", "Week"],
            ["1", "ARV-MB-210 rev A", "Motor bracket casting - FAI", "6", "34/2024"],
            ["2", "ARV-MB-210 rev A", "Motor bracket casting - serial", "294", "38-44/2024"],
        ]),
        ("sp",),
        ("p", "We confirm your purchase order. With our acceptance of the PO, the production of 300 pcs "
              "is released and scheduled as above. Pattern is ready; moulding of the FAI castings in week 33."),
        ("p", "Delivery FCA Brno. Payment 60 days. Our general terms of sale VOP-2023 apply."),
        ("p", "S pozdravem / Best regards, Ing. Petr Dvořák, Sales Director"),
    ], author="Petr Dvorak")),
])

# p20: supplier already ordered aluminium for the whole lot -> RG006
_p20_scope = """Dear Mrs Wróblewska,

with our order TRM-CDE-24-0588 we release 8 tram seat frames TSF-30 (aluminium) for FAI.
The remaining 232 frames are not released and stay on hold until the FAI sign-off by
Tramelec Quality and a written release from me. Material authority: 8 frames only.

Cordialement,
Romain Girard - Head of Procurement, Tramelec SA"""
case("p20_stalmet_profiles_ordered", ["RG006"],
     "quoted scope is complete (8 FAI, 232 on hold, sample-only material); supplier reports aluminium profiles already ordered for all 240 frames", [
    ("RE_TSF-30_status_profiles.eml", mail(
        "Agnieszka Wróblewska <a.wroblewska@stalmet-frames.pl>", "Romain Girard <r.girard@tramelec.fr>",
        "RE: TSF-30 status", "Wed, 04 Sep 2024 10:11:09 +0200",
        "Dear Mr Girard,\n\n"
        "short status on TSF-30:\n\n"
        "1. The 8 FAI frames are welded, now at heat treatment (T6). Dimensional check on Monday.\n"
        "2. Alumetal confirmed us that the lead time for the 6063 profiles is now 14 weeks. To keep\n"
        "   your series dates realistic, we have already ordered the profiles for all 240 frames,\n"
        "   delivery mid-December. So when you give the release we can start immediately.\n"
        "3. Anodising samples in two colours will be sent with the FAI frames.\n\n"
        "Best regards / Z poważaniem\nAgnieszka Wróblewska\nKey Account Manager Rail\nStalmet Frames Sp. z o.o.\n\n"
        "-----Original Message-----\nFrom: Romain Girard\nSent: 12 August 2024 09:30\nSubject: TSF-30 order\n\n"
        + quote(_p20_scope) + "\n")),
])


# ---------------------------------------------------------------- batch 4
# p21: folder: scoped PO + supplier MRP printout showing material bought for the whole lot -> RG006
_p21_po = pdf([
    ("h1", "Ferrovías Levante S.A."),
    ("p", "Taller de Mantenimiento de Valencia - Polígono Fuente del Jarro, 46988 Paterna"),
    ("h", "PURCHASE ORDER PO-24-0977"),
    ("table", [
        ["Supplier", "Shree Ganesh Castings Pvt. Ltd., Rajkot, India"],
        ["Date", "29/07/2024"], ["Buyer", "Lucía Serrano Mora"],
    ]),
    ("table", [
        ["Item", "Part", "Description", "Qty", "Scope", "EUR/pc"],
        ["1", "FL-HUB-0365 rev. C", "Brake disc hub, EN-GJS-500-7, machined - FAI", "12", "FAI sample", "214,00"],
    ]),
    ("sp",),
    ("p", "Scope: 12 FAI hubs are active now. The remaining 468 hubs of offer SGC/Q/24/061 are not released "
          "and remain on hold. They will be released only by a written release from Lucía Serrano Mora, "
          "after the FAI sign-off by our engineering. Material authority: for the 12 FAI hubs only."),
    ("p", "Payment 60 days. CIF Valencia. 3.1 certificates EN 10204."),
], title="PO-24-0977", author="Ferrovias Levante")
_p21_mrp = """SHREE GANESH CASTINGS PVT LTD          MRP / MATERIAL STATUS REPORT       Run: 26-08-2024 18:05
Sales order : SO-24-311   Customer: FERROVIAS LEVANTE S.A.  (PO-24-0977)
Item        : FL-HUB-0365 rev C  Brake disc hub  Grade EN-GJS-500-7   Net wt 18.6 kg
--------------------------------------------------------------------------------------------------
Planning qty (SO)        :    480 Nos.   (12 FAI + 468 series as per quotation SGC/Q/24/061)
Gross requirement        :  8,928 kg     (480 x 18.6)
Pour wt incl. runners    : 13,390 kg
--------------------------------------------------------------------------------------------------
Purchase orders raised against SO-24-311
  PO/RM/24/0918  Sorel pig iron, low Mn       9,000 kg   Status: RECEIVED 21-08   Bin Y-4
  PO/RM/24/0919  Steel scrap CRC bundles      4,500 kg   Status: RECEIVED 23-08   Bin Y-5
  PO/RM/24/0920  FeSiMg 6% nodulariser          300 kg   Status: IN TRANSIT
--------------------------------------------------------------------------------------------------
Remarks: full lot material procured in single heat campaign to ensure chemistry consistency.
         FAI 12 Nos. poured 24-08, under machining.
Prepared: R. Solanki (PPC)     Checked: H. Bhatt
"""
case("p21_levante_po_sgc_mrp", ["RG006"],
     "folder: PO releases 12 FAI hubs with sample-only material; supplier's MRP report shows raw material bought for all 480", [
    ("FerroviasLevante_PO-24-0977.pdf", _p21_po),
    ("SGC_MRP_SO-24-311.txt", _p21_mrp),
])

# p22: WhatsApp export: forecast rakes called a commitment and copper bought for all -> RG006 RG008
_p22 = """WhatsApp Chat with DRCW-Precitech Harness
[02/09/24, 10:14:05] K. Raghavan DRCW: Sandeep ji, PO DRCW/PUR/24/1288 covers 18 harness sets = 1 rake (prototype), only these 18 to be made now. Series for 12 rakes (216 sets) is only our forecast, not released. Series will be released by my written release after type test of prototype rake.
[02/09/24, 10:20:44] Sandeep Deshpande: Noted sir. 18 sets prototype. 🙏
[02/09/24, 10:21:10] Sandeep Deshpande: Sir copper lead time is 10 weeks now, LME also going up.
[23/09/24, 18:42:31] K. Raghavan DRCW: Sandeep ji don't worry about the 12 rakes. Board has cleared the project yesterday, treat all 12 rakes as confirmed, it is our commitment to you.
[23/09/24, 18:43:02] K. Raghavan DRCW: Go ahead and book the copper and connectors for all 12 rakes now itself so lead time is not an issue. Paperwork we will do later.
[23/09/24, 18:50:17] Sandeep Deshpande: Thank you sir!! Booking tomorrow with Polycab and TE.
[24/09/24, 11:02:40] Sandeep Deshpande: Sir booked. Copper 14.2 MT, TE connectors for 234 sets. Delivery wk 48.
[24/09/24, 11:05:12] K. Raghavan DRCW: 👍
"""
case("p22_whatsapp_drcw_precitech", ["RG006", "RG008"],
     "buyer calls the 12-rake forecast (216 sets) 'confirmed, our commitment' and has copper/connectors bought for all 12 rakes while only 18 sets are released, with no explicit material authority", [
    ("WhatsApp_Chat_DRCW-Precitech.txt", _p22),
])

# p23: supplier progress report (DOCX with table): prepreg for 12 sets received, only prototype released -> RG006
case("p23_anadolu_progress_report", ["RG006"],
     "supplier progress report: prototype set (38 panels) released, series not released, yet prepreg bought for 12 sets and core cut for 4", [
    ("Anadolu_Progress_Report_W38_Ferralys.docx", docx_bytes([
        ("h1", "Anadolu Kompozit A.Ş. — Project Progress Report"),
        ("p", "Customer: Ferralys SAS — Regio 2N interior panels (PO 4510-0790)    Week 38/2024    Prepared by: Murat Yılmaz"),
        ("h", "1. Order status"),
        ("table", [
            ["Scope", "Panels", "Status"],
            ["Prototype vehicle set (released)", "38", "laminated 38/38, trimming 30/38"],
            ["Series vehicle sets 2-12", "418", "not released - waiting your written release"],
        ]),
        ("h", "2. Material status"),
        ("table", [
            ["Material", "Quantity", "For", "Status"],
            ["Phenolic prepreg PF-801 (EN 45545 HL3)", "2.460 m²", "12 vehicle sets (456 panels)", "received 09.09"],
            ["Aramid honeycomb 10 mm", "cut for 4 sets", "152 panels", "in stock"],
            ["Inserts M6 / M8", "12 sets", "456 panels", "ordered, ETA wk 41"],
        ]),
        ("p", "Comment: we bought the prepreg for the full programme in one batch because the "
              "supplier gives us one certificate for fire test traceability and 9% lower price."),
        ("h", "3. Quality"),
        ("p", "Fire test R1 / R6 on prototype laminate at Tübitak: passed (report T-24-3318). "
              "FAI of prototype set planned week 40 in Bursa."),
        ("h", "4. Risks"),
        ("p", "Prepreg shelf life 6 months at -18 °C; please plan series release before end of February."),
    ], author="Murat Yilmaz")),
])

# p24: supplier staged material and will run the series straight after FAI -> RG006 RG007
_p24_scope = """Bonjour Tomáš,

to be very clear on PO 4510-0811: it covers 8 door mechanisms DM-17 for the prototype
train set only. The 88 mechanisms for the series are NOT released. They will be released
only by me, in writing, after the type test report of the DM-17 is signed by our Engineering.
Material: only for the 8 please.

Camille Roux - Acheteuse projets, Ferralys SAS"""
case("p24_dso_staged_and_rolling", ["RG006", "RG007"],
     "supplier has staged motors and castings for the 88 series units and plans to run them right after the sign-off, against the quoted scope (written release by Camille Roux, sample-only material)", [
    ("RE_DM-17_series_planning.eml", mail(
        "Tomáš Kratochvíl <kratochvil@dso-olomouc.cz>", "Camille Roux <camille.roux@ferralys.fr>",
        "RE: DM-17 series planning", "Tue, 23 Jul 2024 09:02:18 +0200",
        "Dear Camille,\n\n"
        "thank you for the call yesterday. The endurance test was perfect, so the sign-off of the\n"
        "type test is surely only a formality. To be ready, we have already staged the cast housings\n"
        "and the BLDC motors for the 88 series mechanisms in our warehouse, and we will run the 88\n"
        "directly after your Engineering signs the type test report. Like this you receive the\n"
        "first series mechanisms already in October.\n\n"
        "I attach the updated Gantt.\n\n"
        "S pozdravem / Best regards\nTomáš Kratochvíl\nProject Manager Rail\nDveřní systémy Olomouc s.r.o.\n"
        "Hodolanská 32, 779 00 Olomouc\n+420 585 312 740\n\n"
        "From: Camille Roux <camille.roux@ferralys.fr>\nSent: Monday, June 3, 2024 9:14 AM\nSubject: PO 4510-0811 DM-17\n\n"
        + quote(_p24_scope) + "\n",
        in_reply_to="<frl-20240603-811@ferralys.fr>")),
])

# p25: folder: call-off with staged authority 320; supplier e-mail says staged 640 -> RG006
_p25_co = pdf([
    ("h1", "Stadtbahnwerk Rhein-Ruhr AG"),
    ("h", "Abruf / Call-off 4700018650-02"),
    ("table", [
        ["Supplier", "Ege Fren Sanayi A.Ş., İzmir"],
        ["Frame order", "4700018650 brake pad sets EF-BP-5512"],
        ["Date", "15.07.2024"],
        ["Signed", "Sabine Köhler, Disposition Instandhaltung (call-off authority)"],
    ]),
    ("table", [
        ["Call-off", "Quantity released", "Delivery"],
        ["02", "160 sets", "KW 36 / 2024"],
    ]),
    ("sp",),
    ("p", "This call-off releases production of 160 sets. Quantities beyond it are not released; each further "
          "quantity is released only by the next call-off signed by Sabine Köhler."),
    ("p", "Material authority (staged): the supplier may buy and hold backing plates and friction material "
          "for up to 320 sets at SRR liability. Anything beyond 320 sets is at supplier's risk."),
], title="Call-off 4700018650-02", author="SRR Disposition")
case("p25_srr_calloff_and_staging_mail", ["RG006"],
     "folder: call-off releases 160 with staged material authority up to 320; supplier e-mail reports material staged for 640 sets", [
    ("SRR_Abruf_4700018650-02.pdf", _p25_co),
    ("EgeFren_material_status.eml", mail(
        "Emre Aydın <emre.aydin@egefren.com.tr>", "Sabine Köhler <sabine.koehler@srr-ag.de>",
        "Call-off 02 - material status EF-BP-5512", "Mon, 05 Aug 2024 14:33:51 +0300",
        "Dear Mrs. Köhler,\n\n"
        "call-off 02 (160 sets) is on schedule, pressing starts Wednesday.\n\n"
        "For your information: because the steel mill had a special price in July, we bought and\n"
        "staged backing plates and friction mix for 640 sets. They are stored in our bonded area\n"
        "with your part number labels, so the next call-offs can be served from stock.\n\n"
        "Best regards\nEmre Aydın\nProject Manager\nEge Fren Sanayi A.Ş.\n+90 232 376 18 00\n")),
])

# p26: folder: scoped ERP PO + supplier acknowledgement that rolls into the series on FAI -> RG007
_p26_po = """NORTHFIELD TRAINCARE LTD - PURCHASE ORDER                 Oracle EBS  R12.2
===========================================================================
PO Number  : NTC-7815            Rev: 0         Date: 02-SEP-2024
Supplier   : DVERNI SYSTEMY OLOMOUC S.R.O.  (Site: OLOMOUC)
Buyer      : WHITCOMBE, HELEN
Ship-To    : ETCHES PARK DEPOT, DERBY
===========================================================================
Line Item            Description                           Qty  UOM  Price
1    NTC-DCU-44 B    Door control unit, Class 1xx, FAI       8  EA   1,480.00
---------------------------------------------------------------------------
Note to supplier:
  Line 1 covers 8 DCUs for first article inspection only.
  The remaining 392 DCUs of your quote DSO 24-141 are NOT released and
  remain on hold. They will be released only by a written production
  release from Helen Whitcombe, after FAI sign-off by Fleet Engineering.
  Material authority: 8 DCUs (FAI) only.
===========================================================================
Terms: NTC T&C rev 5. Payment 30 days EOM. EN 50155 / EN 50121-3-2 apply.
"""
case("p26_ntc_po_dso_ack_folder", ["RG007"],
     "folder: PO scoped (8 FAI, 392 on hold, written release by Helen Whitcombe); supplier acknowledgement says they will continue with the 392 upon FAI approval without further paperwork", [
    ("NTC_PO_NTC-7815.txt", _p26_po),
    ("DSO_Order_Acknowledgement_NTC-7815.docx", docx_bytes([
        ("h1", "Dveřní systémy Olomouc s.r.o."),
        ("h", "Order acknowledgement / Potvrzení objednávky 24-0512"),
        ("p", "Customer: Northfield Traincare Ltd, Derby     PO: NTC-7815     Date: 05.09.2024"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Delivery"],
            ["1", "NTC-DCU-44 B", "Door control unit, FAI", "8 EA", "week 41/2024"],
        ]),
        ("sp",),
        ("p", "We confirm your PO NTC-7815 for 8 FAI door control units with thanks."),
        ("p", "Upon your FAI approval we will continue seamlessly with the 392 series units, without "
              "waiting for further paperwork, so that the series deliveries can start in January 2025 as "
              "discussed with your Fleet Engineering."),
        ("p", "Software version DCU-FW 3.2.7 will be loaded; EN 50155 type test report TR-DCU-22-004 is valid."),
        ("p", "S pozdravem / Kind regards — Lenka Šimková, Sales Coordinator, +420 585 312 755"),
    ], author="Lenka Simkova")),
])

# p27: buyer-side engineer contradicts the PO's written-release requirement -> RG007
_p27_po = pdf([
    ("h1", "Caledonian Rail Fleet Services Ltd"),
    ("h", "Purchase Order CRF-PO-30477"),
    ("table", [
        ["Supplier", "Anadolu Kompozit A.Ş., Bursa"],
        ["Date", "08/07/2024"],
        ["Buyer", "Kateryna Bondar, Head of Procurement"],
    ]),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Scope"],
        ["1", "CRF-WP-1120 rev B", "Saloon wall panel set, refurbishment unit 1 (samples)", "20", "sample"],
    ]),
    ("p", "Only the 20 panels for unit 1 are authorised. The remaining 180 panels are not released and "
          "stay on hold. They will be released only by a written release signed by Kateryna Bondar, after "
          "the EN 45545-2 fire test report and FAI sign-off are accepted by Fleet Engineering. Material "
          "authority: the 20 sample panels only."),
], title="CRF-PO-30477", author="CRFS Procurement")
case("p27_crfs_carry_on_mail", ["RG007"],
     "PO requires a written release by Kateryna Bondar; the fleet engineer tells the supplier to carry on with the 180 once the fire test passes, no formal release needed", [
    ("Fire_test_and_next_steps_CRF-WP-1120.eml", mail(
        "Alasdair Reid <alasdair.reid@crfs-rail.co.uk>", "Murat Yılmaz <murat.yilmaz@anadolukompozit.com.tr>",
        "Fire test and next steps - CRF-WP-1120 wall panels", "Fri, 13 Sep 2024 16:55:40 +0100",
        "Hi Murat,\n\n"
        "Thanks for turning the unit 1 panels round so quickly - the fit on the mock-up was spot on and\n"
        "the lads at Polmadie were impressed.\n\n"
        "The fire test (R1, HL2) is booked at Exova for 30 Sept. If it comes back fine, just carry on\n"
        "with the remaining 180 panels - no need to wait for a formal release from Kateryna, she's\n"
        "flat out with the franchise audit and I'd rather not lose the slot in your autoclave.\n\n"
        "PO attached again for reference.\n\n"
        "Cheers,\n"
        + sig("Alasdair Reid", "Fleet Engineering Manager - Interiors", "Caledonian Rail Fleet Services Ltd", "+44 141 429 7715"),
        cc="Kateryna Bondar <kateryna.bondar@crfs-rail.co.uk>",
        attachments=[("CRF-PO-30477.pdf", _p27_po, PDF_MT)])),
])

# p28: Teams chat: supplier asks to roll straight on, buyer-side engineer says keep going -> RG007
_p28 = """Microsoft Teams - chat export
"Albion / Elkabel - HV roof harness H-77"
Participants: Gareth Pryce, Marek Kowalczyk, Dan Whitfield (Albion); Paweł Nowicki (Elkabel)
Exported: 14/10/2024 09:30

[01/08/2024 10:02] Gareth Pryce
Morning all. PO ARV-PO-118430 is out: 40 FAI harness sets H-77 only. The other 460 are not
released. I'll release them in writing once Marek has signed the FAI. Material for the 40 only please.

[01/08/2024 10:10] Paweł Nowicki
Understood Gareth, thank you. 40 FAI sets, 460 wait for your written release.

[30/09/2024 15:21] Paweł Nowicki
FAI sets are on the way, arrival Thursday. Question for planning: once Marek signs the FAI report
we roll straight into the 460, right? Line is free in week 43.

[30/09/2024 15:40] Dan Whitfield
yeah should be fine 👍 once the FAI is signed just keep going, no point stopping your line

[30/09/2024 15:41] Paweł Nowicki
Great, we plan it like that.

[03/10/2024 11:05] Marek Kowalczyk
FAI inspection booked for Monday 7th, 09:00, goods-in lab.
"""
case("p28_teams_albion_elkabel_h77", ["RG007"],
     "scope in chat requires Gareth's written release after Marek's FAI; a project engineer confirms the supplier may roll straight into the 460 once the FAI is signed", [
    ("Teams_Albion_Elkabel_H-77.txt", _p28),
])

# p29: buyer FAI report declares the series released automatically -> RG007
case("p29_imrs_fai_report_auto", ["RG007"],
     "buyer's FAI report says that on FAI acceptance the 396 series panels stand released automatically 'as per standard practice' - no recorded auto-conversion", [
    ("IMRS_FAI_Report_VDR-CLG-3101.docx", docx_bytes([
        ("h1", "Indus Metro Rolling Stock Ltd — Supplier Quality"),
        ("h", "First Article Inspection Report  FAI/IMRS/24/0219"),
        ("table", [
            ["Supplier", "Anadolu Kompozit A.Ş., Bursa"],
            ["Part", "VDR-CLG-3101-B ceiling panel, centre"],
            ["PO", "4100033790 (4 FAI panels)"],
            ["FAI date", "15-10-2024, Bursa works"],
        ]),
        ("sp",),
        ("table", [
            ["#", "Characteristic", "Spec", "Measured", "Result"],
            ["1", "Length", "1840 ± 1.5 mm", "1839.4–1840.6", "OK"],
            ["2", "Flatness", "≤ 2 mm", "1.1 mm", "OK"],
            ["3", "Gloss (60°)", "20 ± 5 GU", "22 GU", "OK"],
            ["4", "Fire EN 45545-2 R1 HL2", "report", "T-24-3402", "OK"],
            ["5", "Insert pull-out M6", "≥ 1.2 kN", "1.9 kN", "OK"],
        ]),
        ("sp",),
        ("p", "Disposition: FAI accepted."),
        ("p", "As per IMRS standard practice, on FAI acceptance the series quantity of 396 panels stands "
              "released automatically. Supplier may plan the series accordingly."),
        ("p", "Inspected by: Vikram Joshi, SQE    Reviewed: A. Deshmukh, Manager - Supplier Quality"),
    ], author="Vikram Joshi")),
])

# p30: supplier's customer portal: mass production auto-started after sample approval -> RG007
case("p30_huaxin_portal_autostart", ["RG007"],
     "supplier portal shows mass production 'auto-started' the day after the customer's sample approval - no recorded auto-conversion", [
    ("Huaxin_customer_portal_order_4500092010.html", html_page("Huaxin order tracking", """
<h2>Changzhou Huaxin Wiring &mdash; Customer Order Tracking</h2>
<p>Customer: Nordbahn Fahrzeugtechnik GmbH &middot; Customer PO: 4500092010 &middot; Our SO: HX-SO-24-1187</p>
<table>
<tr><th>Step</th><th>Date</th><th>Status</th><th>Remark</th></tr>
<tr><td>PO received</td><td>2024-08-26</td><td>done</td><td>10 sets samples, cab desk harness NB-W-4130</td></tr>
<tr><td>Samples produced</td><td>2024-10-08</td><td>done</td><td>continuity / hipot 100% pass</td></tr>
<tr><td>Samples shipped</td><td>2024-10-10</td><td>done</td><td>DHL 7741 2209 81</td></tr>
<tr><td>Sample approval</td><td>2024-11-15</td><td>done</td><td>approved by customer SQE (FAI-24-0288)</td></tr>
<tr><td>Mass production</td><td>2024-11-16</td><td><b>auto-started</b></td><td>system rule: mass production starts after sample approval</td></tr>
<tr><td>Mass production shipment</td><td>2024-12-20</td><td>planned</td><td>sea freight, Shanghai - Hamburg</td></tr>
</table>
<p>Contact: Kevin Wu, Overseas Sales Manager &middot; kevin.wu@czhuaxin-wiring.com</p>
""")),
])

# p31: buyer forwards the FY25 forecast (rfc822) and calls it a firm order -> RG008
_p31_fc = mail("Planning Cell <planning.depot@kmrc-metro.in>", "Materials <materials.depot@kmrc-metro.in>",
               "FY2025-26 demand forecast - saloon seat covers", "Mon, 02 Sep 2024 09:00:00 +0530",
               "FY2025-26 DEMAND FORECAST (planning figures, based on 18 months overhaul cycle)\n\n"
               "Item: Saloon seat cover set, FR fabric, KMRC-SC-204\n"
               "  Q1  360 sets\n  Q2  360 sets\n  Q3  360 sets\n  Q4  360 sets\n"
               "  Total 1,440 sets\n\n"
               "Note: forecast only, subject to fleet availability and budget.\n"
               "Planning Cell, Depot Maintenance, Navi Mumbai\n")
case("p31_kmrc_forecast_as_firm", ["RG008"],
     "buyer forwards an internal forecast (1,440 sets, marked forecast only) and tells the supplier it is a firm commitment to be treated as the order", [
    ("FW_FY2025-26_forecast_seat_covers.eml", mail(
        "Pradeep Nair <pradeep.nair@kmrc-metro.in>", "Grace Liu <grace.liu@ruifeng-railtex.cn>",
        "FW: FY2025-26 demand forecast - saloon seat covers", "Wed, 04 Sep 2024 15:12:09 +0530",
        "Dear Ms. Liu,\n\n"
        "Please find below our forecast for FY2025-26 for the saloon seat cover sets KMRC-SC-204.\n\n"
        "Kindly note that this 1,440 sets is a firm commitment from KMRC to Ruifeng. Please treat it as\n"
        "our order for FY2025-26 and block your capacity and looms accordingly. Formal POs will be\n"
        "raised quarterly by our Materials department as per the tender procedure.\n\n"
        "The FR test report as per EN 45545-2 R21 HL2 must be renewed before Q1.\n\n"
        "Regards,\nPradeep Nair\nDy. General Manager (Materials)\nKonkan Metro Rail Corporation Ltd\n"
        "Depot Maintenance, Navi Mumbai\nPh: +91 22 2757 8800\n\n"
        "This e-mail is confidential and may be privileged. KMRC does not accept liability for any\n"
        "errors or omissions in the contents of this message.\n",
        attachments=[("rfc822", _p31_fc)])),
])

# p32: supplier acknowledgement reads the forecast as an order (TXT) -> RG008
_p32 = """QINGDAO TIECHENG PRECISION CASTING CO., LTD.
No. 66 Huangpujiang Road, Jiaozhou, Qingdao, Shandong, China
------------------------------------------------------------------------------
ORDER ACKNOWLEDGEMENT                         No.: OA-QDTC-24-0907
Date    : 2024-09-09
Customer: Stadtbahnwerk Rhein-Ruhr AG, Essen  (Attn: Mrs. Sabine Koehler)
Ref.    : your Rolling Demand Forecast published 2024-07-01 and update 2024-09-01
------------------------------------------------------------------------------
Dear Mrs. Koehler,

Thank you very much for your order of 2,400 pcs brake disc BD-SRR-610 (GJS-500-7)
for the year 2025, according to your forecast.

We confirm the order as below:
  Jan-Mar 2025    600 pcs
  Apr-Jun 2025    600 pcs
  Jul-Sep 2025    600 pcs
  Oct-Dec 2025    600 pcs
  ------------------------
  Total         2,400 pcs     USD 58.90/pc FOB Qingdao

Production of the first 600 pcs will be scheduled in December 2024.
Payment: T/T 60 days after B/L.

Best regards
Lily Zhang, Sales Dept.
------------------------------------------------------------------------------
"""
case("p32_qdtc_ack_forecast_as_order", ["RG008"],
     "supplier acknowledges 'your order of 2,400 pcs ... according to your forecast' - a labelled forecast read as an order", [
    ("QDTC_Order_Acknowledgement_OA-24-0907.txt", _p32),
])

# p33: buyer portal calls a forecast binding -> RG008
case("p33_ferralys_portal_binding_forecast", ["RG008"],
     "buyer portal page headed 'Prévisions / Forecast' states the forecast quantities are binding purchase commitments", [
    ("Ferralys_Portail_Previsions_Stalmet.html", html_page("Prévisions fournisseur", """
<h2>Ferralys &mdash; Portail fournisseurs / Supplier portal</h2>
<p>Fournisseur / Supplier: <b>STALMET FRAMES Sp. z o.o.</b> (F-22817) &middot; Publié le 01/10/2024 &middot; Acheteur: Camille Roux</p>
<h3>Pr&eacute;visions / Forecast &mdash; programme R&eacute;gio 2N, ch&acirc;ssis de si&egrave;ge FRL-SF-2210</h3>
<div class="note">These forecast quantities are binding: Ferralys commits to purchase the quantities below.
Please reserve the corresponding welding and painting capacity.</div>
<table>
<tr><th>Vehicle sets</th><th>Frames</th><th>Need date</th></tr>
<tr><td>VS6&ndash;VS10</td><td>120</td><td>S02/2025</td></tr>
<tr><td>VS11&ndash;VS15</td><td>120</td><td>S10/2025</td></tr>
<tr><td>VS16&ndash;VS20</td><td>114</td><td>S18/2025</td></tr>
<tr><th>Total</th><th>354</th><th></th></tr>
</table>
<p>Les appels de livraison sont envoy&eacute;s par lot de v&eacute;hicules. / Delivery call-offs are sent per vehicle set.</p>
""", lang="fr")),
])

# p34: frame agreement annex calls forecast volumes binding commitments (PDF) -> RG008
case("p34_nordbahn_frame_agreement_annex", ["RG008"],
     "frame agreement annex titled 'volume forecast' declares the forecast volumes binding purchase commitments", [
    ("Rahmenvertrag_RV-2025-014_Anlage2.pdf", pdf([
        ("h1", "Rahmenvertrag / Frame Agreement RV-2025-014"),
        ("p", "between Nordbahn Fahrzeugtechnik GmbH, Salzgitter (\"Nordbahn\") and Ege Fren Sanayi A.Ş., İzmir (\"Supplier\")"),
        ("h", "Anlage 2 / Annex 2 - Volume forecast 2025-2027"),
        ("table", [
            ["Part", "Description", "2025", "2026", "2027"],
            ["EF-BP-5600", "Brake pad set, sintered, Nordbahn LINT-NG", "3.000", "3.000", "2.400"],
            ["EF-SBA-80", "Spring brake actuator", "180", "220", "220"],
            ["EF-BCS-0240", "Brake cylinder seal kit", "450", "450", "450"],
        ]),
        ("sp",),
        ("p", "2.1 The forecast volumes in the table above are binding purchase commitments of Nordbahn for "
              "the years stated. Supplier shall plan its capacity on this basis."),
        ("p", "2.2 Individual deliveries are called off by Nordbahn Disposition with a lead time of 8 weeks."),
        ("p", "2.3 Prices: see Annex 3. Price adjustment on steel index (EUROFER) once per year."),
        ("sp",),
        ("p", "Salzgitter / İzmir, 30.09.2024 - for Nordbahn: Katrin Lemke, Geschäftsführerin - for Supplier: Emre Aydın, Project Manager"),
    ], title="RV-2025-014 Anlage 2", author="Nordbahn Einkauf")),
])

# p35: "release" used for the drawing and for production -> RG009
case("p35_nordbahn_drawing_release", ["RG009"],
     "one e-mail uses 'release' for the drawing (ECN) and for production; scope otherwise complete (10 samples, 590 not released, FAI sign-off + written release by Brandt)", [
    ("Freigabe_NB-W-4130_Rev03.eml", mail(
        "Jörg Brandt <joerg.brandt@nordbahn-ft.de>", "Kevin Wu <kevin.wu@czhuaxin-wiring.com>",
        "Freigabe / release NB-W-4130 Rev. 03", "Thu, 05 Sep 2024 10:40:13 +0200",
        "Dear Mr. Wu,\n\n"
        "drawing NB-W-4130 Rev. 03 is now released (ECN-24-118, connector X7 changed to M23 12-pole).\n"
        "With this release you can manufacture the 10 sample sets of PO 4500092010.\n\n"
        "The release of the 590 series sets is separate: they are not released now, and I will release\n"
        "them in writing only after the FAI sign-off of the 10 samples by our Supplier Quality.\n\n"
        "Mit freundlichen Grüßen / Best regards\n\nJörg Brandt\nLead Buyer Electrical\n"
        "Nordbahn Fahrzeugtechnik GmbH, Salzgitter\nTel. +49 5341 889-2210\n\n"
        "Nordbahn Fahrzeugtechnik GmbH | Sitz Salzgitter | AG Braunschweig HRB 201774\n")),
])


# ---------------------------------------------------------------- batch 5
# p36: SAP PO: "released" for the PO workflow and for production; releaser unnamed -> RG005 RG009
case("p36_srr_sap_po_release_status", ["RG005", "RG009"],
     "PO print says the PO is 'released' (approval workflow) and uses 'release' for production; balance on hold until FAI sign-off but releaser is only 'our purchasing department'", [
    ("SRR_Bestellung_4700018901.pdf", pdf([
        ("h1", "Stadtbahnwerk Rhein-Ruhr AG"),
        ("p", "Betriebshof Essen-Stadtmitte - Bestellung / Purchase order"),
        ("table", [
            ["PO number", "4700018901"],
            ["Date", "12.09.2024"],
            ["Supplier", "Elkabel Sp. z o.o., Bydgoszcz (Kreditor 701188)"],
            ["Release status", "RELEASED - release strategy Z1 complete (Einkauf 11.09., Controlling 12.09.)"],
        ]),
        ("sp",),
        ("table", [
            ["Item", "Material", "Description", "Qty", "Unit", "Price EUR"],
            ["10", "SRR-E-7720", "Fahrzeugkabelsatz Führerstand / cab harness M8C, sample", "12", "SET", "540,00"],
        ]),
        ("sp",),
        ("h", "Order text"),
        ("p", "Release for production: 12 sample sets only (item 10). Please produce these 12 sets now."),
        ("p", "The balance of 288 sets from your offer EK/24/0192 is not released and remains on hold."),
        ("p", "The 288 sets will be released after FAI sign-off of the samples by our Fahrzeugtechnik, in writing "
              "by our purchasing department."),
        ("p", "Material authority: the 12 sample sets only."),
        ("sp",),
        ("p", "Zahlung 30 Tage netto · Lieferung DAP Essen, KW 44/2024 · EN 50343, EN 45545-2 HL3"),
    ], title="Bestellung 4700018901", author="SRR Einkauf")),
])

# p37: DOCX hold notice: "approval" for FAI and for series; hold until further notice -> RG004 RG009
case("p37_tramelec_hold_notice", ["RG004", "RG009"],
     "hold notice uses 'approval' for the FAI and for the series go; series on hold 'until further notice' - only a person, no unlock event", [
    ("Tramelec_Hold_Notice_LH-77.docx", docx_bytes([
        ("h1", "TRAMELEC SA — Hold notice / Avis de suspension"),
        ("table", [
            ["Supplier", "Changzhou Huaxin Wiring Co., Ltd."],
            ["Order", "TRM-CDE-24-0602 — saloon lighting harness LH-77"],
            ["Date", "21/10/2024"],
        ]),
        ("sp",),
        ("p", "1. FAI approval: the 16 sample sets were inspected on 14/10/2024; FAI approval was given by "
              "Élodie Marchand on 17/10/2024."),
        ("p", "2. The 16 sample sets are the only quantity authorised on this order. Nothing beyond these 16 "
              "may be produced."),
        ("p", "3. Approval of the 784 series sets is on hold until further notice, because our customer has "
              "re-planned the delivery of the tram fleet. The 784 sets are not released."),
        ("p", "4. Only Romain Girard, Head of Procurement, can lift this hold."),
        ("p", "5. Do not buy wire or connectors for the series."),
        ("sp",),
        ("p", "Romain Girard — Head of Procurement — Tramelec SA, Lyon"),
    ], author="Romain Girard")),
])

# p38: chat: 'approved' for three things and lot 1 stated as 40 and as 48 -> RG009 RG011
_p38 = """Microsoft Teams — chat export
Chat: "TFN / Ege Fren — zapatas TFN-ZF-4410"
Participants: Iker Etxeberria (TFN), Ainhoa Goikoetxea (TFN), Emre Aydın (Ege Fren), Selin Kaya (Ege Fren)
Exported 18/11/2024 08:02

[11/11/2024 09:03] Iker Etxeberria
Good morning Emre, Selin. News: FAI approved ✅ Ainhoa signed the FAI report on Friday.
Also the budget for the series was approved by our direction committee.

[11/11/2024 09:06] Iker Etxeberria
So production approved for lot 1: 40 composite brake blocks. The other 360 blocks stay not
released; I will release them in writing only after lot 1 is accepted at our goods receipt.

[11/11/2024 09:20] Emre Aydın
Thank you Iker, very good news. We plan lot 1 for week 48.

[13/11/2024 16:41] Iker Etxeberria
Emre, planning asks me to confirm: you make the 48 blocks for lot 1 (6 bogies x 8) and ship
them together, ok?

[13/11/2024 16:58] Selin Kaya
Sorry Iker, is lot 1 now 40 or 48 pcs? Our work order says 40.

[14/11/2024 08:15] Ainhoa Goikoetxea
Selin, the UIC 541-4 certificate must be in the box, please.
"""
case("p38_teams_tfn_egefren_lot1", ["RG009", "RG011"],
     "'approved' used for the FAI, the budget and production; lot 1 authorized as 40 and later as 48 with no resolution (hold, lot-acceptance event and named releaser present)", [
    ("Teams_TFN_EgeFren_zapatas.txt", _p38),
])

# p39: folder: ERP PO says 24 samples, cover e-mail says 20 -> RG011
_w39 = [7, 18, 36, 6, 5]
_p39_po = "\n".join([
    "INDUS METRO ROLLING STOCK LTD - PURCHASE ORDER 4100034118        Dt. 14.10.2024",
    "Vendor 300977 STALMET FRAMES SP. Z O.O., POZNAN, POLAND         Curr. EUR",
    "-" * 78,
    fw(_w39, "Item", "Material", "Short text", "Qty", "UoM"),
    fw(_w39, "00010", "VDR-STF-1402", "Seat frame, transverse, sample", "24", "EA"),
    "-" * 78,
    "Header text:",
    "  Item 00010: 24 EA sample seat frames for FAI (3 cars x 8). Only these are",
    "  released for production.",
    "  Balance 456 EA of quotation SF/IN/24/017 is NOT released and is on hold.",
    "  Balance will be released only by written release from Ms. Neha Kulkarni,",
    "  Manager - Purchase, after FAI sign-off by IMRS Quality.",
    "  Material authority: sample quantity only.",
    "-" * 78,
    "Payment N060 | CIP Vadodara | EN 45545-2 HL2, EN 12663-1 load test report required",
])
case("p39_indus_po_and_cover_mail_folder", ["RG011"],
     "folder: PO releases 24 sample frames (balance 456 on hold); the buyer's cover e-mail asks for 20 sample frames", [
    ("IndusMetro_PO_4100034118.txt", _p39_po + "\n"),
    ("PO_4100034118_cover_mail.eml", mail(
        "Neha Kulkarni <neha.kulkarni@indusmetro.in>", "Agnieszka Wróblewska <a.wroblewska@stalmet-frames.pl>",
        "PO 4100034118 - sample seat frames VDR-STF-1402", "Mon, 14 Oct 2024 17:20:45 +0530",
        "Dear Ms. Wróblewska,\n\n"
        "Greetings! Please find our PO 4100034118 in the portal. Kindly manufacture the 20 sample\n"
        "seat frames for FAI and confirm the dispatch date. The balance stays on hold as per PO text.\n\n"
        "Load test as per EN 12663-1 to be witnessed by our QA, kindly share the test slot.\n\n"
        "Thanks & Regards\nNeha Kulkarni\nManager - Purchase (Interiors & Doors)\nIndus Metro Rolling Stock Ltd\n")),
])

# p40: call-off PDF: text releases 64, table adds up to 96 -> RG011
case("p40_drcw_calloff_table_mismatch", ["RG011"],
     "call-off text releases 64 sets (TS01-TS02) but its own table lists TS01-TS03 totalling 96; hold, next call-off and named signer present", [
    ("DRCW_CallOff_CO-24-0031.pdf", pdf([
        ("h1", "DECCAN RAIL COACH WORKS PVT. LTD."),
        ("h", "CALL-OFF No. CO-24-0031 against PO DRCW/PUR/24/1288"),
        ("table", [
            ["Vendor", "Precitech Harness Systems Pvt. Ltd., Chakan, Pune"],
            ["Item", "Saloon lighting & PIS harness, DRG DRCW-E-2210 Rev 3"],
            ["Date", "28-10-2024"],
        ]),
        ("sp",),
        ("p", "This call-off releases 64 harness sets for production, for trainsets TS01 and TS02, as per the "
              "schedule below."),
        ("table", [
            ["Trainset", "Harness sets", "Required at DRCW"],
            ["TS01", "32", "02-12-2024"],
            ["TS02", "32", "16-12-2024"],
            ["TS03", "32", "06-01-2025"],
            ["Total this call-off", "96", ""],
        ]),
        ("sp",),
        ("p", "The balance of the programme is not released by this call-off. Every further trainset will be "
              "released only by the next call-off signed by Mr. K. Raghavan, GM - Purchase."),
        ("p", "Material authority: as per the quantity released in this call-off."),
        ("p", "For DRCW - K. Raghavan, General Manager - Purchase"),
    ], title="CO-24-0031", author="DRCW Purchase")),
])

# p41: DOCX release letter: words say 300, table says 350 -> RG011
case("p41_albion_release_letter_h77", ["RG011"],
     "release letter says 'three hundred (300)' with 160 remaining, while its table says 350 released and 110 on hold", [
    ("Albion_Production_Release_REL-24-0117.docx", docx_bytes([
        ("h1", "Albion Rail Vehicles Ltd — Production Release REL-24-0117"),
        ("p", "To: Elkabel Sp. z o.o., Bydgoszcz — Attn. Paweł Nowicki"),
        ("p", "Order: ARV-PO-118430 rev 1 — HV roof harness H-77 — Date: 21 October 2024"),
        ("p", "Following FAI sign-off of the 40 FAI harness sets by Marek Kowalczyk (SQE) on 9 October 2024, "
              "I hereby release three hundred (300) H-77 harness sets for production."),
        ("p", "The remaining 160 sets stay on hold and are not released. They will be released only by a "
              "further written release from me once the first 100 series sets have passed goods-in inspection."),
        ("table", [
            ["Quantity", "Sets"],
            ["FAI sets (delivered)", "40"],
            ["Released by this letter", "350"],
            ["Remaining on hold", "110"],
            ["Programme total", "500"],
        ]),
        ("sp",),
        ("p", "Material authority: equal to the released quantity."),
        ("p", "Gareth Pryce — Supply Chain Manager — release authority ARV-PO-118430"),
    ], author="Gareth Pryce")),
])

# p42: supplier acknowledgement restates a different released quantity -> RG011
_p42_rel = """Dear Mr. Aydın,

FAI sign-off of the 5 BCU-16 units was given by DRCW QA on 24-09-2024.

We hereby release 200 Nos. BCU-16 brake caliper units for series production against
PO DRCW/PUR/24/1302 amendment 1. The remaining 35 Nos. are not released; they will be
released by a further written release from me after the field trial of the first 20 units.

Regards,
K. Raghavan
General Manager - Purchase, Deccan Rail Coach Works Pvt. Ltd."""
case("p42_egefren_ack_250", ["RG011"],
     "buyer release (quoted) names 200 with 35 on hold; supplier's acknowledgement confirms a production release of 250", [
    ("RE_Production_release_BCU-16.eml", mail(
        "Emre Aydın <emre.aydin@egefren.com.tr>", "K. Raghavan <k.raghavan@drcw.co.in>",
        "RE: Production release BCU-16", "Fri, 27 Sep 2024 10:14:22 +0300",
        "Dear Mr. Raghavan,\n\n"
        "We confirm with thanks your production release for 250 Nos. BCU-16 brake caliper units.\n"
        "Production schedule: 60 Nos. in October, 95 in November, 95 in December. Detailed plan\n"
        "attached in our next mail.\n\n"
        "Best regards,\nEmre Aydın\nProject Manager\nEge Fren Sanayi A.Ş., İzmir\n+90 232 376 18 00\n\n"
        "From: K. Raghavan <k.raghavan@drcw.co.in>\nSent: 26 September 2024 14:02\n"
        "Subject: Production release BCU-16\n\n" + quote(_p42_rel) + "\n",
        cc="S. Karthikeyan <s.karthikeyan@drcw.co.in>", in_reply_to="<drcw-rel-bcu16@drcw.co.in>")),
])

# p43: release e-mail says 60 under an interim sign-off that the attached DOCX limits to 40 -> RG011
case("p43_nordbahn_interim_release_60", ["RG011"],
     "buyer releases 60 sets 'based on the interim sign-off', while the attached interim disposition limits the quantity to 40 sets", [
    ("Release_W-3310_interim.eml", mail(
        "Jörg Brandt <joerg.brandt@nordbahn-ft.de>", "Paweł Nowicki <p.nowicki@elkabel.com.pl>",
        "W-3310 - release under interim sign-off", "Wed, 23 Oct 2024 11:30:00 +0200",
        "Dear Mr Nowicki,\n\n"
        "attached is the interim FAI sign-off for W-3310 from Mrs Vogt (label position still open).\n\n"
        "Based on this interim sign-off I release 60 sets W-3310 for production, delivery in two lots\n"
        "of 30. The remaining 320 sets are not released; they will be released by a further written\n"
        "release from me after the full FAI sign-off.\n\n"
        "Material authority: 60 sets.\n\n"
        "Mit freundlichen Grüßen\nJörg Brandt\nLead Buyer Electrical\nNordbahn Fahrzeugtechnik GmbH\n",
        cc="Anja Vogt <anja.vogt@nordbahn-ft.de>",
        attachments=[("Interim_Signoff_FAI-24-0213-I.docx", docx_bytes([
            ("h1", "Nordbahn Fahrzeugtechnik — Interim FAI sign-off FAI-24-0213-I"),
            ("table", [
                ["Part", "W-3310 roof harness car type B, NB-E-3310 Rev. 07"],
                ["Supplier", "Elkabel Sp. z o.o."],
                ["Disposition", "INTERIM"],
                ["Open point", "Label position X12 per NB-N-017 (corrective action CA-24-091)"],
                ["Quantity limit", "40 sets"],
                ["Expiry", "31.01.2025"],
            ]),
            ("p", "Production under this interim disposition is limited to 40 sets until the open point is closed."),
            ("p", "Dipl.-Ing. Anja Vogt, Supplier Quality Engineer, 22.10.2024"),
        ], author="Anja Vogt"), DOCX_MT)])),
])

# p44: chat: buyer says go ahead with 10 samples, nothing else about the series -> RG003 RG004 RG005
_p44 = """Microsoft Teams - chat export
Chat: Northfield / Precitech - DMU cab harness
Participants: Helen Whitcombe (Northfield Traincare), Sandeep Deshpande (Precitech)
Exported 07/10/2024 12:00

[30/09/2024 11:02] Sandeep Deshpande
Good morning Helen ma'am. Revised quote sent yesterday for the cab harness NTC-CH-31, sample
price and series price both as per our discussion. Drawing rev E is clear for us.

[30/09/2024 11:30] Helen Whitcombe
Morning Sandeep - thanks, got it. PO NTC-7830 is on its way from our system this afternoon.
Please go ahead with the 10 sample harnesses, the sooner the better. Fleet want them on the
unit at Etches Park before the November exam.

[30/09/2024 11:33] Sandeep Deshpande
Sure ma'am, 10 nos. samples, target dispatch 18th Oct by DHL.

[04/10/2024 09:15] Sandeep Deshpande
Ma'am one query, crimp height report you want per harness or per batch?

[04/10/2024 09:40] Helen Whitcombe
Per batch is fine for the samples.
"""
case("p44_teams_ntc_precitech_samples", ["RG003", "RG004", "RG005"],
     "buyer authorizes 10 sample harnesses (scoped), but never says the series is not released, names no unlock event and no release person", [
    ("Teams_NTC_Precitech_cab_harness.txt", _p44),
])

# p45: DOCX release letter without a quantity -> RG010
case("p45_levante_release_first_lot", ["RG010"],
     "written release of 'the first production lot' with no number; further lots on hold until lot inspection and a new written release by the named buyer", [
    ("FerroviasLevante_Release_FL-ASI-0907_lot1.docx", docx_bytes([
        ("h1", "Ferrovías Levante S.A. — Production release"),
        ("p", "To: Stalmet Frames Sp. z o.o., Poznań — Mrs Agnieszka Wróblewska"),
        ("p", "Order: FL-PO-24-1033 rev. 1 — seat frames FL-ASI-0907 rev. B — Valencia, 05/08/2024"),
        ("p", "After the sign-off of the pre-series frames by our engineering (report ENG-24-212), we release for "
              "production the first production lot of the FL-ASI-0907 frames, as agreed in our meeting of 24/07/2024."),
        ("p", "All frames beyond this first lot remain not released. Each further lot will be released only by a "
              "new written release signed by me, after the delivery inspection of the previous lot in Valencia."),
        ("p", "Material authority: the first lot only."),
        ("p", "Please send the delivery schedule of the first lot by return."),
        ("sp",),
        ("p", "Lucía Serrano Mora — Compras / Purchasing — Ferrovías Levante S.A."),
    ], author="Lucia Serrano Mora")),
])


# =================================================================== MAIN
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(128128).shuffle(order)
    labels = {}
    seen = set()
    for nn, idx in enumerate(order, start=1):
        c = CASES[idx]
        assert c["name"] not in seen, c["name"]
        seen.add(c["name"])
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h128_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    print(f"{len(CASES)} cases written to {OUT}")


if __name__ == "__main__":
    main()
