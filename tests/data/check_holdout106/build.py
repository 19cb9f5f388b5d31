#!/usr/bin/env python3
"""Generator for the releasegate check_holdout106 corpus (marine and boat fittings).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout106/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, shuffled with a fixed seed).
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
SEED = 106106


def case(name, expect, note, files):
    """files: list of (filename, str | bytes). The first file names the case folder."""
    assert name not in {c["name"] for c in CASES}, name
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


def T(s):
    """Dedent a triple-quoted block and end it with exactly one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def quote(s):
    """Quote a message body for a reply ("> " prefix)."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in s.rstrip("\n").split("\n")) + "\n"


def text_to_html(s):
    """Very small plain text -> HTML for multipart/alternative bodies."""
    paras = [p for p in s.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #999;padding-left:6px\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


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
    m["Message-ID"] = msgid or f"<h106-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h106")
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


def sig_plain(*lines):
    """A signature without the legal disclaimer."""
    return "\n-- \n" + "\n".join(lines) + "\n"


# ============================================================== CASES
# Descriptive names: c.. = clean (expect []), p.. = positive. They appear only here.

# ------------------------------------------------------------------ clean, batch 1
def c01_quote_tiers():
    blocks = [
        ("h1", "QUOTATION"),
        ("p", "Kaohsiung Marine Hardware Co., Ltd. - No. 88, Linhai 2nd Rd., Xiaogang Dist., "
              "Kaohsiung 812, Taiwan - Tel +886 7 806 1122 - sales-eu@kmh-marine.com.tw"),
        ("table", [["Quotation No.", "Date", "Your inquiry", "Valid until"],
                   ["KMH-Q-24-0612", "2024/04/09", "RFQ CNB-24-077 of 2024/03/28", "2024/06/08"]]),
        ("sp",),
        ("p", "To: Cantiere Navale Bellandi S.r.l., Via dei Cantieri 14, 55049 Viareggio (LU), Italy. "
              "Attn. Ms. Giulia Ferri, Ufficio Acquisti."),
        ("p", "Subject: Mooring cleat 250 mm, AISI 316 investment casting, mirror polish - "
              "your drawing CNB-DK-3160 rev 4."),
        ("p", "Dear Ms. Ferri, thank you very much for your kind inquiry. We are pleased to offer as below. "
              "Tooling is one-off and belongs to the customer after full payment."),
        ("table", [
            ["Item", "Description", "Qty", "Unit price USD", "Lead time"],
            ["1", "Wax tool / pattern for cleat 250 mm (one-off)", "1 set", "1,450.00", "25 days"],
            ["2", "Casting sample, machined, mirror polished, laser marked", "12 pcs", "38.50",
             "35 days incl. tool"],
            ["3", "Series price tier A", "600 pcs", "21.80", "60 days after your written release"],
            ["4", "Series price tier B", "1,200 pcs", "19.90", "75 days after your written release"],
        ]),
        ("sp",),
        ("h", "Technical"),
        ("p", "Material CF8M (AISI 316) to ASTM A743, inspection certificate 3.1 to EN 10204. Salt-spray "
              "test to ISO 9227 NSS, 480 h, on 2 pcs of the sample lot, report included. Break load test "
              "on 2 pcs at 25 kN. Surface Ra <= 0.2 um after polishing. Laser marking with your part "
              "number CNB-3160-250 and heat number."),
        ("h", "Commercial"),
        ("p", "Prices FOB Kaohsiung, Incoterms 2020. Payment T/T 30 days after B/L date. Series prices "
              "are valid when the series is ordered within 6 months. Series quantities are quoted for "
              "your budget only; they are produced only against your purchase order covering them and "
              "your written production release."),
        ("p", "We hope our offer is suitable and look forward to your kind order."),
        ("p", "Best regards, Vivian Lin, Sales Manager Europe Desk"),
    ]
    case("c01_quote_tiers", [], "supplier quote on its own with sample and two series tiers; no authorized quantity",
         [("KMH-Q-24-0612.pdf", pdf(blocks, title="Quotation KMH-Q-24-0612", author="Vivian Lin"))])


def c02_po_full_scope():
    blocks = [
        ("h1", "ORDINE DI ACQUISTO / PURCHASE ORDER"),
        ("p", "Cantiere Navale Bellandi S.r.l. - Via dei Cantieri 14 - 55049 Viareggio (LU) - "
              "P.IVA IT01837460465"),
        ("table", [["PO no.", "Date", "Supplier", "Your offer"],
                   ["4500018823", "18/04/2024", "Metalurgia Atlantica Lda, Rua da Fundicao 212, "
                    "4470-605 Maia, Portugal", "MA-2024/117 del 09/04/2024"]]),
        ("sp",),
        ("table", [
            ["Pos.", "Drawing / rev.", "Description", "Qty", "Unit price EUR", "Amount EUR"],
            ["10", "CNB-DK-2210 rev C", "Fairlead 180 mm, AISI 316, electropolished - CASTING SAMPLE",
             "6 pcs", "64,00", "384,00"],
            ["20", "CNB-DK-2210 rev C", "Pattern / core box, one-off", "1", "1.250,00", "1.250,00"],
            ["", "", "", "", "Total", "1.634,00"],
        ]),
        ("sp",),
        ("h", "Scope of this order - please read"),
        ("p", "This order covers the six (6) casting samples of pos. 10 and the pattern only. The series "
              "quantity of 294 pcs shown in your offer MA-2024/117 is for information and is NOT released "
              "with this order. Please cast, machine and electropolish the 6 samples and send them with "
              "the 3.1 certificate; do not start, and do not buy material for, the other 294 pcs."),
        ("p", "Material authority: sample material only (6 pcs)."),
        ("p", "The 294 pcs stay on hold until (1) our technical office, Ing. Luca Romano, has signed off "
              "the samples after salt-spray test ISO 9227 (NSS 720 h) and dimensional check, and (2) Marco "
              "Bellandi, Responsabile Acquisti, has sent you a written production release stating the "
              "quantity. A separate order line will cover the released quantity."),
        ("h", "Delivery"),
        ("p", "DAP Viareggio, cantiere 2, ricevimento merci, Mon-Fri 08:00-12:00. Delivery requested by "
              "week 22. Please mark boxes with PO number and hull reference B-72/04."),
        ("h", "General conditions"),
        ("p", "Payment 60 days end of month from invoice date. Our general purchasing conditions rev. 2023 "
              "apply. Kindly confirm receipt of this order within 3 working days to acquisti@bellandi-yachts.it."),
        ("p", "Ufficio Acquisti - Giulia Ferri - tel. +39 0584 384 210"),
    ]
    case("c02_po_full_scope", [],
         "sample PO with active qty, balance not released, unlock event, named release person, sample-only material",
         [("PO_4500018823.pdf", pdf(blocks, title="PO 4500018823", author="Giulia Ferri"))])


def c03_supplier_question():
    orig = T("""
        Hi Cherry,

        PO HP-77310 is attached and covers the 10 sample pcs of the 6" folding cleat (HP-CL-0615,
        drawing rev B) only. The remaining 490 pcs on your quote are not released.

        Release of the balance needs two things: our QC sign-off of the samples (salt fog + pull
        test here in Annapolis) and then a written release from Dan Mercer, VP Operations. Please
        don't start or buy material for anything beyond the 10.

        Thanks!
        Kayla
        """)
    body = T("""
        Dear Kayla,

        Good day. 10 pcs samples of 6" folding cleat are shipped today by DHL, AWB 48 1935 6620,
        ETA Annapolis around April 26. Inside the carton you will find the mill certificate and
        the passivation record (ASTM A967, nitric 2).

        Our production planning asks me one question: do we have green light for the bal.
        490 pcs, or we should keep waiting for Mr. Dan's written release? We would like to reserve
        slot in week 38 if possible. Of course we will not start anything before your release,
        only we want to know the timing.

        Thank you and best regards
        Cherry
        """) + sig("Cherry Wang", "Sales Executive, Export Dept.", "Ningbo Haida Stainless Fittings Co., Ltd.",
                   "+86 574 8765 3321") + "\n" + "On Mon, Apr 15, 2024 at 10:02 AM Kayla Brooks <kbrooks@harborpointmarine.com> wrote:\n" + quote(orig)
    m = mail("Cherry Wang <cherry.wang@haida-fittings.cn>", "Kayla Brooks <kbrooks@harborpointmarine.com>",
             "RE: PO HP-77310 - 6in folding cleat samples", "Fri, 19 Apr 2024 16:41:07 +0800", body,
             in_reply_to="<h106-hp77310@harborpointmarine.com>")
    case("c03_supplier_question", [],
         "supplier asks whether there is a green light for the balance; quoted buyer scope is complete",
         [("RE_PO_HP-77310.eml", eml_bytes(m))])


def c04_forecast_html():
    rows = [("HP-CL-0615", "Folding cleat 6in, 316", "1,200", "900", "600", "1,500"),
            ("HP-CL-0410", "Flush pull-up cleat 4in, 316", "400", "300", "300", "600"),
            ("HP-FL-2002", "Deck fill cap 2in WATER, 316", "800", "800", "500", "1,000"),
            ("HP-HG-9060", "Cast hinge 90x60, 316", "250", "250", "150", "400")]
    trs = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td>{f}</td></tr>"
                    for a, b, c, d, e, f in rows)
    body = f"""
<h2>Harbor Point Marine Supply - Supplier Forecast Share</h2>
<p>Supplier: <b>Ningbo Haida Stainless Fittings Co., Ltd.</b> (vendor no. V-20417) &middot; Published 2024-05-06
by Kayla Brooks, Purchasing</p>
<div class="note"><b>FORECAST - NOT A PURCHASE ORDER.</b> The quantities below are non-binding planning
figures for your capacity planning. They do not authorize production or the purchase of material, and
Harbor Point makes no commitment to buy them. Quantities are ordered only by purchase order, and
production of any order quantity starts only on a written release from Harbor Point.</div>
<h3>Rolling forecast, pieces per quarter</h3>
<table>
<tr><th>SKU</th><th>Description</th><th>Q3-2024</th><th>Q4-2024</th><th>Q1-2025</th><th>Q2-2025</th></tr>
{trs}
</table>
<p>Forecast accuracy last 4 quarters: 81&nbsp;%. Next update: 2024-08-05.</p>
<p>Questions: kbrooks@harborpointmarine.com &middot; +1 410 555 0143</p>
<p style="font-size:11px;color:#666">Harbor Point Marine Supply, 214 Chesapeake Ave, Annapolis MD 21403.
Supplier portal v4.2 &middot; page generated 2024-05-06 14:02 EDT</p>
"""
    case("c04_forecast_html", [], "clearly labelled non-binding forecast; authorizes nothing",
         [("forecast_share_V-20417.html", html_page("Supplier Forecast Share", body))])


def c05_fitcheck_docx():
    blocks = [
        ("h1", "Technische notitie TN-24-031"),
        ("p", "Van Dijk Jachtbouw B.V. - Engineering - Makkum"),
        ("table", [["Subject", "Sample evaluation flush hatch 500x500 (VDJ-HT-500 rev D)"],
                   ["Supplier", "Baltyk Luki Sp. z o.o., Szczecin"],
                   ["Order", "PO 24-0391 (4 sample hatches, received 22-04-2024)"],
                   ["Author", "Pieter de Groot, Engineering"],
                   ["Date", "25-04-2024"]]),
        ("h", "1. Result"),
        ("p", "Sample approved for fit check only: the hatch fits the deck cut-out on hull 27 (VD 62) "
              "with the specified 3 mm gap all round, hinge side and lock side. Production is not released."),
        ("h", "2. Measurements"),
        ("table", [["Check", "Spec", "Found", "OK?"],
                   ["Frame outer 540 x 540", "+/- 1,0 mm", "540,4 x 539,8", "yes"],
                   ["Flange flatness", "<= 0,5 mm", "0,3 mm", "yes"],
                   ["Gasket compression", "25-30 %", "27 %", "yes"],
                   ["Lens thickness", "15 mm", "15,1 mm", "yes"]]),
        ("h", "3. Open points"),
        ("li", "Watertightness test to ISO 12216 on 2 of the 4 samples (planned week 19)."),
        ("li", "Anodising colour of the lock handle: supplier to send colour card."),
        ("h", "4. Order status / what the supplier may do"),
        ("p", "PO 24-0391 covers the 4 sample hatches only, and these are delivered. The balance of "
              "116 hatches stays on hold. Please do not start them and do not buy material for them."),
        ("p", "Next step: after the ISO 12216 test has been signed off by engineering, Henk Visser "
              "(Manager Inkoop) will send a written production release with the quantity. Nothing is "
              "released before that release is in your hands."),
        ("p", "Met vriendelijke groet, Pieter de Groot"),
    ]
    case("c05_fitcheck_docx", [],
         "sample approved for fit check only, production not released; hold, event and named person present",
         [("TN-24-031_sample_evaluation.docx", docx_bytes(blocks, author="Pieter de Groot"))])


def c06_full_po_txt():
    txt = T("""
        GULF COAST BOATWORKS LLC                                   PURCHASE ORDER
        4410 INDUSTRIAL PKWY, PANAMA CITY FL 32404                 PAGE 1 OF 1
        ================================================================================
        PO NUMBER : GCB-24-3290            PO DATE   : 04/22/2024
        VENDOR    : V0871 EGEO PASLANMAZ METAL SAN. LTD.
                    ATATURK OSB 10024 SK NO 7, CIGLI / IZMIR, TURKIYE
        BUYER     : T.REYES  (850) 555-0192
        SHIP VIA  : SEA FREIGHT, FCA IZMIR         TERMS : NET 45
        ================================================================================
        LN  ITEM           DESCRIPTION                       QTY  UOM   UNIT $    EXT $
        --  -------------  --------------------------------  ---  ---  -------  --------
        01  GCB-ST-114     STANCHION BASE 25MM 316 3-HOLE     36  EA     18.40    662.40
                           DRG GCB-ST-114 REV B, ELECTROPOL
        02  GCB-ST-114-GK  BASE GASKET EPDM 3MM               36  EA      0.90     32.40
        --------------------------------------------------------------------------------
                                                           PO TOTAL USD       694.80
        ================================================================================
        NOTES:
        THIS PO IS THE FULL ORDER QUANTITY FOR THE CURRENT BUILD (HULLS 41-46, 6 BASES
        PER HULL). NO SAMPLE LOT, NO BALANCE TO FOLLOW ON THIS PO.
        PROCEED WITH THE 36 BASES AND 36 GASKETS AS PER DRG REV B. SHIP COMPLETE.
        MILL CERT 3.1 PER EN 10204 REQUIRED WITH SHIPMENT.
        PACK 6 BASES PER BAG, 1 BAG PER HULL, LABEL WITH HULL NO.
        ================================================================================
        AUTHORIZED BY: R. DELGADO, DIRECTOR OF PURCHASING
        """)
    case("c06_full_po_txt", [], "full-quantity PO that says proceed with the stated 36 pcs; no balance",
         [("GCB-24-3290.txt", txt)])


def c07_calloff_staged():
    calloff = [
        ("h1", "CALL-OFF No. 3"),
        ("p", "Kaipara Yachts Ltd - 27 Port Road, Whangarei 0110, New Zealand"),
        ("table", [["Programme", "Supplier", "Part", "Date"],
                   ["K52 davit programme, PO KY-2311", "Taichung Precision Davits Co., Ltd.",
                    "Davit arm set KY-DV-52 rev 2 (pair + base plates)", "29 April 2024"]]),
        ("sp",),
        ("table", [["", "Sets"],
                   ["Programme total under PO KY-2311", "48"],
                   ["Released by call-offs 1 and 2 (delivered)", "16"],
                   ["Released by THIS call-off 3", "8"],
                   ["Cumulative released after call-off 3", "24"],
                   ["Not released (on hold)", "24"]]),
        ("sp",),
        ("p", "Call-off 3 releases 8 sets for hulls K52-09 to K52-12, delivery ex works by 14 June 2024."),
        ("p", "Material authority: staged. You may buy and hold 316 tube and plate for up to 40 sets in "
              "total (the 24 released plus 16 for the next call-off), at Kaipara Yachts' liability. This "
              "is a material authority only and does not release any production beyond the 24 sets."),
        ("p", "The remaining 24 sets stay on hold until the next call-off, which is issued in writing and "
              "signed by Sophie Hale, Production Manager."),
        ("p", "Signed: Sophie Hale, Production Manager - Ben Wiremu, Purchasing Lead"),
    ]
    body = T("""
        Kia ora Amy,

        Call-off 3 for the K52 davits is attached - 8 sets this time, hulls 09 to 12.

        Quick summary so it's all in the email as well:
        - released now: 8 sets (cumulative 24 of the 48 under PO KY-2311)
        - you're authorised to stage tube and plate for up to 40 sets in total, at our cost if we
          cancel. That is material only - it doesn't release any more production.
        - the last 24 sets stay on hold until the next call-off, signed by Sophie.

        Can you confirm the 14 June ex-works date? The yard wants the first four pairs on hull 09
        before the end of June.

        Cheers,
        Ben
        """) + sig_plain("Ben Wiremu", "Purchasing Lead", "Kaipara Yachts Ltd", "+64 9 430 2218")
    m = mail("Ben Wiremu <ben.wiremu@kaiparayachts.co.nz>", "Amy Chen <amy.chen@tpdavits.com.tw>",
             "K52 davits - call-off 3 (8 sets)", "Mon, 29 Apr 2024 11:20:00 +1200", body,
             cc="Sophie Hale <sophie.hale@kaiparayachts.co.nz>",
             attachments=[("KY-2311_call-off_3.pdf", pdf(calloff, title="Call-off 3", author="Ben Wiremu"),
                           PDF_MT)])
    case("c07_calloff_staged", [],
         "call-off with an explicit staged material authority above the released quantity; hold, event, person named",
         [("K52_davits_call-off_3.eml", eml_bytes(m))])


def c08_autoconv_docx():
    blocks = [
        ("h1", "Agreement on sample sign-off and release - bollard AY-BOL-220"),
        ("p", "Between Adriatica Yachts S.p.A., Ancona (buyer) and Pomorskie Odlewnie Sp. z o.o., "
              "Gdansk (supplier). Recorded on 2 May 2024."),
        ("h", "1. Quantity authorized now"),
        ("p", "PO AY-24-0877 covers 4 (four) casting samples of bollard AY-BOL-220 rev 2, 220 mm, "
              "CF8M, electropolished. Only these 4 pcs may be produced now."),
        ("h", "2. Recorded auto-conversion (explicit)"),
        ("p", "If, and only if, Ing. Davide Sarti (Technical Office) signs sample sign-off form SF-220 with "
              "the disposition 'approved' (an 'interim' or 'rejected' disposition does not count), that "
              "signed form releases 100 (one hundred) pcs for production by itself, without a further "
              "document. This auto-conversion is recorded here and is authorized by Paolo Conti, "
              "Purchasing Director, who holds release authority for this order. It covers 100 pcs and "
              "no more. A purchase order line for the 100 pcs is issued together with this agreement."),
        ("h", "3. Balance on hold"),
        ("p", "The other 200 pcs of the 304 pcs quoted (offer PO-OF/24/198) are not released. They stay "
              "on hold until Paolo Conti sends a written production release for them."),
        ("h", "4. Material"),
        ("p", "Material authority: staged up to 104 pcs (the 4 samples plus the 100 pcs above). "
              "No material for the 200 pcs on hold."),
        ("table", [["Role", "Name", "Signature"],
                   ["Release authority (buyer)", "Paolo Conti, Purchasing Director", "signed"],
                   ["Sample sign-off (buyer)", "Ing. Davide Sarti, Technical Office", "signed"],
                   ["Supplier", "Katarzyna Nowak, Sales Director", "signed"]]),
    ]
    case("c08_autoconv_docx", [],
         "explicit recorded auto-conversion naming quantity, signer and conditions; balance on hold with named person",
         [("AY-BOL-220_release_agreement.docx", docx_bytes(blocks, author="Paolo Conti"))])


def c09_fwd_old_quote():
    old = T("""
        Dear Mr. Mulder,

        With reference to your request we are glad to offer:

        Mooring bollard single, 160 mm, CF8M, satin polish, drawing NW-BL-160 rev A
        - pattern: EUR 1.900,00 one time
        - 5.000 pcs, EUR 17,40 / pc, FCA Istanbul
        - delivery: 10-12 weeks after order and pattern approval

        Validity: 90 days. Payment: 30 days after invoice.

        Saygilarimizla / Best regards
        Murat Kaya
        Export Sales, Tuzla Dokum Marin A.S.
        """)
    old_m = mail("Murat Kaya <murat.kaya@tuzladokum.com.tr>", "Joost Mulder <j.mulder@nordzee-watersport.nl>",
                 "Teklif / Offer TD-2023-0388 bollard 160 mm", "Tue, 13 Jun 2023 10:05:00 +0300", old)
    body = T("""
        Dear Murat,

        Thank you for the call this morning. As promised I forward your offer of last year
        (below, TD-2023-0388), only so you have the old price basis at hand. This old offer is
        for information only: the 5.000 pcs in it are not ordered and not released.

        What is ordered now is PO NW-5540: 12 (twelve) casting samples of the bollard 160 mm,
        drawing NW-BL-160 rev B (the B revision has the larger base radius). Please make only
        these 12 pieces.

        Any quantity beyond the 12 samples is not released. A release can only follow after our
        quality department has signed off the samples (salt-spray and pull test) and I have sent
        you a written production release with the quantity.

        Met vriendelijke groet / Kind regards,
        """) + sig("Joost Mulder", "Category Buyer Deck Hardware", "Nordzee Watersport Distributie B.V., Rotterdam",
                   "+31 10 799 4410")
    m = mail("Joost Mulder <j.mulder@nordzee-watersport.nl>", "Murat Kaya <murat.kaya@tuzladokum.com.tr>",
             "FW: Teklif / Offer TD-2023-0388 bollard 160 mm - PO NW-5540 samples", "Wed, 24 Apr 2024 14:12:00 +0200",
             body, attachments=[("rfc822", old_m)])
    case("c09_fwd_old_quote", [],
         "old quote with 5.000 pcs forwarded as message/rfc822 and declared informational; sample scope complete",
         [("FW_offer_TD-2023-0388.eml", eml_bytes(m))])


def c10_quoted_autoconv():
    sup = T("""
        Dear Francesca,

        The 12 samples of hatch hinge AY-HG-75 are in finishing and will ship by air on 8 May.
        After your approval of the samples we will continue automatically with the 300 pcs,
        so the delivery for your hull 68-06 is safe.

        Best regards,
        Cherry Wang
        Ningbo Haida Stainless Fittings
        """)
    body = T("""
        Dear Cherry,

        thank you for the update on the shipment, 8 May by air is fine for us.

        But please no: the sample sign-off does not release the 300 pcs. Our PO AY-24-0902 covers
        the 12 samples and nothing else. The 300 pcs stay on hold, also after the sign-off, until
        I send you a written production release with the quantity. Please do not start them and do
        not order material for them.

        The sign-off itself is done by Ing. Davide Sarti after the salt-spray test in our lab
        (about 3 weeks after the samples arrive). Only then I can send the release.

        Thank you for understanding, and best regards
        """) + sig("Francesca Galli", "Purchasing Manager", "Adriatica Yachts S.p.A., Ancona", "+39 071 220 4417") \
        + "\n-----Original Message-----\nFrom: Cherry Wang <cherry.wang@haida-fittings.cn>\n" \
          "Sent: Tuesday, April 30, 2024 9:12 AM\nSubject: AY-24-0902 hinge samples\n\n" + quote(sup)
    m = mail("Francesca Galli <f.galli@adriaticayachts.it>", "Cherry Wang <cherry.wang@haida-fittings.cn>",
             "R: AY-24-0902 hinge samples", "Tue, 30 Apr 2024 15:48:00 +0200", body,
             in_reply_to="<h106-ay0902@haida-fittings.cn>")
    case("c10_quoted_autoconv", [],
         "quoted supplier message assumes auto-conversion; buyer's reply corrects it with complete scope",
         [("R_AY-24-0902_hinge_samples.eml", eml_bytes(m))])


def c11_deposit_not_release():
    pi = [
        ("h1", "PROFORMA INVOICE"),
        ("p", "Tuzla Dokum Marin A.S. - Orhanli Mah. Dokumculer Sk. No 14, 34956 Tuzla / Istanbul - "
              "VAT 869 041 2237"),
        ("table", [["PI No.", "Date", "Customer", "Customer PO"],
                   ["PI-2024-118", "22.04.2024", "Van Dijk Jachtbouw B.V., Makkum NL", "PO 24-0412"]]),
        ("sp",),
        ("table", [["No", "Description", "Qty", "Unit EUR", "Total EUR"],
                   ["1", "Pattern for bollard twin 200 mm VDJ-BT-200 rev B", "1", "2.150,00", "2.150,00"],
                   ["2", "Casting sample bollard twin 200 mm, polished", "8 pcs", "96,00", "768,00"],
                   ["", "", "", "Total", "2.918,00"],
                   ["", "Deposit 30 % due now", "", "", "875,40"]]),
        ("sp",),
        ("p", "Please note: the deposit covers the pattern and the 8 samples of this proforma. The "
              "deposit does not release production. Series production of the remaining 392 pcs of your "
              "programme starts only after your written production release."),
        ("p", "Bank: Turkiye Is Bankasi, Tuzla branch, IBAN TR33 0006 4000 0011 2345 6789 01, SWIFT ISBKTRIS."),
    ]
    orig = T("""
        Dear Murat,

        Attached PO 24-0412: pattern plus 8 sample castings of the twin bollard 200 mm only.
        The other 392 pcs are not released. They remain on hold until our engineering has signed
        off the samples and Henk Visser, Manager Inkoop, has sent you a written release.

        Kind regards,
        Sanne Bakker
        """)
    body = T("""
        Dear Sanne Hanim,

        Thank you for your PO 24-0412. Please find attached our proforma PI-2024-118 for the
        pattern and the 8 samples. After the deposit we start the pattern, samples ready in
        about 5 weeks.

        Just to be clear from our side also: the deposit is only for pattern and samples, it does
        not release the production. We wait for Mr. Visser's written release for the 392 pcs.

        Saygilarimizla,
        Murat Kaya
        Export Sales
        Tuzla Dokum Marin A.S.
        """) + "\nOn 19.04.2024 11:03, Sanne Bakker wrote:\n" + quote(orig)
    m = mail("Murat Kaya <murat.kaya@tuzladokum.com.tr>", "Sanne Bakker <s.bakker@vandijkjachtbouw.nl>",
             "RE: PO 24-0412 twin bollard - proforma", "Mon, 22 Apr 2024 09:30:00 +0300", body,
             attachments=[("PI-2024-118.pdf", pdf(pi, title="PI-2024-118", author="Murat Kaya"), PDF_MT)])
    case("c11_deposit_not_release", [],
         "supplier proforma and mail state the deposit does not release production; buyer scope quoted and complete",
         [("RE_PO_24-0412_proforma.eml", eml_bytes(m))])


def c12_supplier_ack():
    body = T("""
        Dear Ms. Reyes,

        We acknowledge your purchase order GCB-24-3305 as follows (our acknowledgement OA/24/0457):

        Part: chainplate GCB-CP-38 rev C, 316L, 10 mm plate, electropolished
        Quantity ordered and released: 6 (six) pcs, sample lot
        Delivery: FCA Gdansk, week 21

        We understand and accept the scope as written in your PO: the remaining 114 pcs are not
        released. We will not buy plate for them and will not start them until we receive a
        written production release from Mr. Rick Delgado, after Mr. Sorensen has signed off the
        samples (pull test at 1.5x working load and dye-penetrant check of the welds).

        With kind regards,
        Tomasz Wisniewski
        Kierownik Produkcji / Production Manager
        Pomorskie Odlewnie Sp. z o.o., ul. Marynarki Polskiej 71, 80-557 Gdansk
        tel. +48 58 340 2290
        """)
    m = mail("Tomasz Wisniewski <t.wisniewski@pomorskie-odlewnie.pl>", "Tanya Reyes <treyes@gulfcoastboatworks.com>",
             "OA/24/0457 - acknowledgement of PO GCB-24-3305 (chainplates, 6 pcs)", "Thu, 25 Apr 2024 13:05:00 +0200",
             body, html=text_to_html(body), cc="Rick Delgado <rdelgado@gulfcoastboatworks.com>")
    case("c12_supplier_ack", [], "supplier acknowledgement restating sample-only scope and the hold",
         [("OA-24-0457_acknowledgement.eml", eml_bytes(m))])


def c13_chat_boatshow():
    chat = T("""
        12/02/2024, 08:57 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
        12/02/2024, 08:58 - Sanne Bakker: Good morning Vivian! PO 24-0188 is in your mailbox
        12/02/2024, 08:58 - Sanne Bakker: It is for the boat show samples of the 250 cleat, 6 pcs, for the stand at HISWA
        12/02/2024, 09:14 - Vivian Lin (KMH): Good morning Sanne 😊 received, thank you. 6 pcs mirror polish same as drawing VDJ-CL-250 rev 3?
        12/02/2024, 09:16 - Sanne Bakker: yes rev 3. Go ahead with the 6 boat show samples only please
        12/02/2024, 09:17 - Sanne Bakker: the other 234 of the quote are NOT released. do not start them, no material for them
        12/02/2024, 09:18 - Sanne Bakker: they stay on hold until Pieter signs off the samples and Henk Visser sends you the written release
        12/02/2024, 09:21 - Vivian Lin (KMH): Understood, only 6 pcs now, the 234 on hold until Mr. Henk written release 👍
        12/02/2024, 09:22 - Vivian Lin (KMH): Ship by air? Show is 26 March, so latest ETA 20 March?
        12/02/2024, 09:25 - Sanne Bakker: by air, to Makkum yard, ETA 15 March would be perfect
        12/02/2024, 09:25 - Sanne Bakker: and please polish them extra nice, they go on the stand 😄
        12/02/2024, 09:26 - Vivian Lin (KMH): No problem! I will send you photo before packing
        04/03/2024, 16:40 - Vivian Lin (KMH): <Media omitted>
        04/03/2024, 16:40 - Vivian Lin (KMH): 6 pcs ready, packing tomorrow, AWB tomorrow evening
        04/03/2024, 16:52 - Sanne Bakker: they look great, thanks!
        """)
    case("c13_chat_boatshow", [],
         "chat: scoped go-ahead for 6 boat-show samples only; balance on hold until sign-off and named written release",
         [("WhatsApp_Chat_with_Vivian_Lin_KMH.txt", chat)])


def c14_identifiers_txt():
    txt = T("""
        NORDZEE WATERSPORT DISTRIBUTIE B.V.            INKOOPORDER / PURCHASE ORDER
        Waalhaven Z.z. 48, 3089 JH Rotterdam            Blad 1/1
        -------------------------------------------------------------------------------
        Ordernr.     : 4500-1000                 Datum     : 02-05-2024
        Leverancier  : 20417 NINGBO HAIDA STAINLESS FITTINGS CO., LTD.
        Inkoper      : J. MULDER  +31 10 799 4410
        Levering     : FOB NINGBO, INCOTERMS 2020   Betaling : 60 DGN
        -------------------------------------------------------------------------------
        Pos Artikel          Omschrijving                    Aantal  Eh  Prijs   Bedrag
        --- ---------------- ------------------------------ ------- --- ------- --------
        010 316-2500-CL      CLEAT 250MM AISI316 CAT. ITEM      800  ST   14,20 11.360,00
                             DRG 5000 REV 12 / EN 10088-3 1.4401
        020 316-1600-FL      FAIRLEAD 160MM AISI316 CAT.ITEM    400  ST    9,85  3.940,00
                             DRG 5003 REV 7
        -------------------------------------------------------------------------------
                                                       Totaal EUR           15.300,00
        -------------------------------------------------------------------------------
        Opmerkingen / Remarks:
        - Catalogue items, full order quantity. No samples, no balance, no further release.
        - Salt-spray per ISO 9227:2022 NSS 1000 h on 2 pcs per heat (report with shipment).
        - Packing: 50 pcs per carton, max 1200x800 pallet, height max 1.600 mm.
        - HS code 7326.90.98. Marking: article no. + heat no. on each piece.
        - Ref. our framework agreement NW-FA-2024-001 art. 7.3.
        -------------------------------------------------------------------------------
        Getekend: J. Mulder, Category Buyer Deck Hardware
        """)
    case("c14_identifiers_txt", [],
         "full-quantity stock PO; identifiers and norms look like larger quantities (DRG 5000, NSS 1000 h, 1200x800)",
         [("inkooporder_4500-1000.txt", txt)])


def c15_portal_status_html():
    body = """
<h2>KMH Customer Portal &ndash; Order tracking</h2>
<p>Customer: <b>Kaipara Yachts Ltd</b> &middot; Customer PO: <b>KY-2290</b> &middot; Our order: SO-24-1187</p>
<p>Part: Flush hatch 450x450 KY-HT-450 rev C &middot; Last update: 2024-04-30 17:05 (GMT+8)</p>
<table>
<tr><th>Figure</th><th>Sets</th><th>Source</th></tr>
<tr><td>Quoted programme (KMH-Q-24-0377)</td><td>240</td><td>quotation, for reference</td></tr>
<tr><td>Released for production</td><td>24</td><td>PO KY-2290 (FAI lot)</td></tr>
<tr><td>On hold &ndash; not released</td><td>216</td><td>awaiting FAI sign-off and written release from Sophie Hale</td></tr>
<tr><td>Material authority</td><td>24</td><td>sample-only (FAI lot)</td></tr>
<tr><td>Material purchased</td><td>24</td><td>6061-T6 extrusion + 10 mm acrylic, heat 24-0915</td></tr>
<tr><td>Produced</td><td>24</td><td>completed 2024-04-26</td></tr>
<tr><td>Shipped</td><td>0</td><td>booked on EVER LUCID, ETD 2024-05-07</td></tr>
</table>
<p class="note">Status: FAI lot complete, waiting for shipment. No further production or material purchase
on this order until your written release arrives.</p>
<p>Contact: Jason Tsai, Operations &middot; jason.tsai@kmh-marine.com.tw</p>
"""
    case("c15_portal_status_html", [],
         "supplier portal status report; larger quoted figure labelled for reference and on hold; material within release",
         [("order_tracking_SO-24-1187.html", html_page("KMH Customer Portal - Order tracking", body))])


for _f in (c01_quote_tiers, c02_po_full_scope, c03_supplier_question, c04_forecast_html, c05_fitcheck_docx,
           c06_full_po_txt, c07_calloff_staged, c08_autoconv_docx, c09_fwd_old_quote, c10_quoted_autoconv,
           c11_deposit_not_release, c12_supplier_ack, c13_chat_boatshow, c14_identifiers_txt,
           c15_portal_status_html):
    _f()


# ------------------------------------------------------------------ clean, batch 2
def c16_interim_pdf():
    blocks = [
        ("h1", "SAMPLE DISPOSITION AND PRODUCTION RELEASE R-1"),
        ("p", "Adriatica Yachts S.p.A. - Zona Porto, Banchina 7, 60121 Ancona - Ufficio Tecnico / Acquisti"),
        ("table", [["Part", "Supplier", "PO", "Date"],
                   ["Flush hatch 500x500 AY-HT-500 rev B", "Baltyk Luki Sp. z o.o., Szczecin",
                    "AY-24-0815", "03/05/2024"]]),
        ("sp",),
        ("table", [["PO line", "Scope", "Qty", "Status"],
                   ["10", "sample", "4 pcs", "delivered 19/04/2024, evaluated"],
                   ["20", "production", "400 pcs", "see below"]]),
        ("h", "1. Disposition of the samples: INTERIM"),
        ("p", "The 4 samples meet the drawing except gasket compression, which is at the lower limit "
              "(22 % against 22-30 %). A rev C gasket will be sampled. Until then the disposition is "
              "interim, with these limits: maximum 40 pcs; only for hulls AY68-05 to AY68-09 (8 hatches "
              "per hull); valid until 30/06/2024; 100 % gasket compression check before shipment."),
        ("h", "2. Production release R-1"),
        ("p", "Within the interim limits, 40 (forty) pcs of PO line 20 are released for production. "
              "Material authority: 40 pcs."),
        ("table", [["Role", "Name", "Date"],
                   ["Release authority", "Paolo Conti, Purchasing Director", "03/05/2024"],
                   ["Second approver", "Ing. Davide Sarti, Technical Office", "03/05/2024"]]),
        ("h", "3. Balance"),
        ("p", "The remaining 360 pcs of line 20 are not released. They stay on hold until the rev C "
              "samples have a full sign-off from the Technical Office and Paolo Conti issues a further "
              "written production release. Please do not buy material for them."),
        ("p", "Distribution: Baltyk Luki (Mr. Adam Zielinski), Adriatica QA, Adriatica production planning."),
    ]
    case("c16_interim_pdf", [],
         "interim sample disposition with quantity/date limits and a signed release of 40; balance on hold, named person",
         [("AY-HT-500_disposition_R-1.pdf", pdf(blocks, title="Disposition and release R-1", author="Paolo Conti"))])


def c17_multi_clean():
    po = [
        ("h1", "PURCHASE ORDER GCB-24-3351"),
        ("p", "Gulf Coast Boatworks LLC, 4410 Industrial Pkwy, Panama City FL 32404, USA"),
        ("table", [["Vendor", "Date", "Buyer", "Terms"],
                   ["Kaohsiung Marine Hardware Co., Ltd.", "04/24/2024", "Tanya Reyes", "Net 45, FOB Kaohsiung"]]),
        ("sp",),
        ("table", [["Line", "Part / drawing", "Description", "Qty", "Unit $", "Ext $"],
                   ["1", "GCB-HT-400 rev A", "Flush hatch 400x400, FAI sample", "10 EA", "142.00", "1,420.00"],
                   ["2", "GCB-HT-400 rev A", "Extrusion die charge, one-off", "1 LOT", "2,800.00", "2,800.00"]]),
        ("sp",),
        ("h", "Scope"),
        ("p", "This PO authorizes the 10 FAI sample hatches and the die only. KMH quotation KMH-Q-24-0455 is "
              "attached for pricing reference only: its production tier of 400 pcs is informational and is "
              "not released by this PO."),
        ("p", "Material authority: sample-only (10 pcs). Production of any further quantity stays on hold "
              "until Mike Sorensen (Engineering) has signed off the FAI report and Rick Delgado, Director of "
              "Purchasing, has issued a written production release with the quantity."),
    ]
    quote_pdf = [
        ("h1", "QUOTATION KMH-Q-24-0455"),
        ("p", "Kaohsiung Marine Hardware Co., Ltd. - to Gulf Coast Boatworks LLC, attn. Tanya Reyes - 2024/04/11"),
        ("table", [["Item", "Description", "Qty", "Unit USD"],
                   ["1", "Extrusion die, flush hatch 400x400", "1 lot", "2,800.00"],
                   ["2", "FAI sample hatch 400x400, anodised frame, 10 mm tinted acrylic", "10 pcs", "142.00"],
                   ["3", "Production hatch 400x400", "400 pcs", "88.50"]]),
        ("p", "Lead time: die + FAI 6 weeks; production 8 weeks after written release. Validity 90 days."),
        ("p", "Vivian Lin, Sales Manager"),
    ]
    ack = T("""
        Dear Tanya,

        We confirm receipt of PO GCB-24-3351 and accept it as written:
        - 1 lot extrusion die
        - 10 pcs FAI sample hatch 400x400 GCB-HT-400 rev A
        - material for the 10 FAI pcs only

        We note the 400 pcs production quantity of our quotation is not released by this PO. We
        will wait for Mr. Delgado's written production release after Mr. Sorensen's FAI sign-off
        before buying material or starting any production hatch.

        FAI samples ex works 5 June, we will book the sea freight once the die is tried.

        Best regards,
        Jason Tsai
        Operations, Kaohsiung Marine Hardware Co., Ltd.
        """)
    m = mail("Jason Tsai <jason.tsai@kmh-marine.com.tw>", "Tanya Reyes <treyes@gulfcoastboatworks.com>",
             "RE: PO GCB-24-3351 flush hatch 400 FAI", "Fri, 26 Apr 2024 10:15:00 +0800", ack,
             cc="Vivian Lin <vivian.lin@kmh-marine.com.tw>")
    case("c17_multi_clean", [],
         "folder: sample PO declaring attached quote informational + quote with tiers + supplier acknowledgement",
         [("PO_GCB-24-3351.pdf", pdf(po, pagesize=LETTER, title="PO GCB-24-3351", author="Tanya Reyes")),
          ("KMH-Q-24-0455.pdf", pdf(quote_pdf, title="KMH-Q-24-0455", author="Vivian Lin")),
          ("RE_PO_GCB-24-3351.eml", eml_bytes(m))])


def c18_release_full_docx():
    blocks = [
        ("h1", "URETIM SERBEST BIRAKMA / WRITTEN PRODUCTION RELEASE RL-2024-07"),
        ("p", "Bodrum Marin Yat San. ve Tic. A.S. - Icmeler Mevkii, 48400 Bodrum / Mugla"),
        ("p", "To: Egeo Paslanmaz Metal San. Ltd., Cigli / Izmir - Att. Mr. Burak Demir"),
        ("p", "Date: 16.04.2024"),
        ("table", [["PO", "Part", "Line", "Scope", "Qty", "Status"],
                   ["BMY-2024-0188 rev 2", "Pulpit + pushpit railing set BMY-RL-52-01 rev B", "1", "sample",
                    "2 sets", "delivered; sample sign-off 12.04.2024, report QC-24-118"],
                   ["BMY-2024-0188 rev 2", "same", "2", "production", "46 sets", "released by this letter"]]),
        ("sp",),
        ("p", "Dear Burak Bey,"),
        ("p", "Following the sample sign-off of 12.04.2024 (report QC-24-118), we release for production "
              "46 (forty-six) sets of PO line 2. This is the complete production quantity of the PO; after "
              "this release there is no balance on hold and nothing further to release on this PO."),
        ("p", "Delivery in 4 lots of 11-12 sets, one lot per hull slot (hulls 52-03 to 52-06), first lot "
              "ex works 20.05.2024. Material certificate 3.1 for every tube heat."),
        ("p", "Saygilarimizla,"),
        ("p", "Selin Aksoy, Genel Mudur / General Manager (release authority)"),
    ]
    case("c18_release_full_docx", [],
         "written release of the complete remaining production quantity after sign-off; no balance left",
         [("RL-2024-07_uretim_serbest.docx", docx_bytes(blocks, author="Selin Aksoy"))])


def c19_deposit_paid_buyer():
    body = T("""
        Dear Amy,

        we have paid today the 30 % deposit of your proforma TPD-PI-24-061 (EUR 1.236,05, value date
        6 May; your proforma is attached again for reference). You will receive the SWIFT copy from
        our accounting.

        Please note: this payment is not a production release. Your proforma lists the 200 davit
        brackets of the whole programme, but only the 4 (four) sample brackets of PO AY-24-0930 are
        authorized now. The other 196 are not released and stay on hold until Ing. Davide Sarti has
        signed off the samples (static load test at 2x SWL) and Paolo Conti, our Purchasing
        Director, has sent you a written production release. The deposit does not authorize
        material either: material is for the 4 samples only.

        Delivery of the samples: by courier to Ancona, by 31 May please.

        Cordiali saluti / Best regards
        """) + sig("Francesca Galli", "Purchasing Manager", "Adriatica Yachts S.p.A., Ancona", "+39 071 220 4417")
    pi_body = """
<h2>Taichung Precision Davits Co., Ltd. &ndash; Proforma Invoice TPD-PI-24-061</h2>
<p>No. 15, Gongye 32nd Rd., Xitun Dist., Taichung 407, Taiwan &middot; Date 2024-04-26</p>
<p>Buyer: Adriatica Yachts S.p.A., Ancona &middot; Customer PO AY-24-0930 &middot; Davit bracket AY-DV-BR-08 rev A</p>
<table>
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit EUR</th><th>Amount EUR</th></tr>
<tr><td>1</td><td>Davit bracket, 316L, sample</td><td>4 pcs</td><td>150,00</td><td>600,00</td></tr>
<tr><td>2</td><td>Davit bracket, 316L, production</td><td>196 pcs</td><td>17,96</td><td>3.520,16</td></tr>
<tr><td></td><td></td><td></td><td>Total</td><td>4.120,16</td></tr>
<tr><td></td><td>Deposit 30 %</td><td></td><td></td><td>1.236,05</td></tr>
</table>
<p>Delivery: samples 4 weeks after deposit; production quantity according to your written release.</p>
<p>Bank: Taiwan Cooperative Bank, Taichung branch, SWIFT TACBTWTP.</p>
"""
    m = mail("Francesca Galli <f.galli@adriaticayachts.it>", "Amy Chen <amy.chen@tpdavits.com.tw>",
             "AY-24-0930 davit brackets - deposit paid", "Thu, 02 May 2024 17:02:00 +0200", body,
             html=text_to_html(body),
             attachments=[("TPD-PI-24-061.html", html_page("Proforma TPD-PI-24-061", pi_body), "text/html")])
    case("c19_deposit_paid_buyer", [],
         "buyer paid a deposit and says explicitly it is not a production release; scope complete",
         [("AY-24-0930_deposit.eml", eml_bytes(m))])


def c20_material_no():
    sup = T("""
        Dear Ben,

        Small question. The 316L bar lead time at our mill is now 16 weeks. May we order the bar
        for the full 200 chainplates now, so the series is safe?

        Best regards
        Tomasz
        """)
    body = T("""
        Hi Tomasz,

        No, sorry - please don't. Material authority on PO KY-2335 stays sample-only: bar for the
        4 FAI chainplates and nothing more. Don't buy for the balance of 196.

        The 196 stay on hold until Sophie Hale has signed off the FAI pieces and I've sent you a
        written release. If the bar lead time turns into a real problem, I'll look at a staged
        material authority - but that would come in writing with a number on it, and until you
        have that, the answer is no.

        Cheers for checking first, appreciate it.

        Ben
        """) + sig_plain("Ben Wiremu", "Purchasing Lead", "Kaipara Yachts Ltd", "+64 9 430 2218") \
        + "\nOn Tue, 30 Apr 2024 at 20:14, Tomasz Wisniewski <t.wisniewski@pomorskie-odlewnie.pl> wrote:\n" \
        + quote(sup)
    m = mail("Ben Wiremu <ben.wiremu@kaiparayachts.co.nz>", "Tomasz Wisniewski <t.wisniewski@pomorskie-odlewnie.pl>",
             "Re: KY-2335 chainplates - bar stock", "Wed, 01 May 2024 08:40:00 +1200", body,
             in_reply_to="<h106-ky2335@pomorskie-odlewnie.pl>")
    case("c20_material_no", [],
         "supplier asks to buy bar for the series; buyer refuses, restates sample-only material and the hold",
         [("Re_KY-2335_bar_stock.eml", eml_bytes(m))])


def c21_chat_kiwi():
    chat = T("""
        [2/04/24, 7:42:10 PM] Leo Zhang: Hello Aroha, teak for cockpit table BIB-TB-38 is arrived, grade A FSC, moisture 11%
        [2/04/24, 7:42:31 PM] Leo Zhang: Can we start the 2 cockpit tables for sample now?
        [2/04/24, 7:58:02 PM] Aroha Tane: Kia ora Leo, great timing
        [2/04/24, 7:58:40 PM] Aroha Tane: Yes - just the 2 tables for the Auckland On Water Boat Show, nothing else
        [2/04/24, 7:59:15 PM] Aroha Tane: The other 38 on the quote are on hold till Mere signs off the finish and I send you a written release. Don't cut teak for them yet
        [2/04/24, 8:03:51 PM] Leo Zhang: OK understand. 2 tables only. bal. 38 wait for your written release
        [2/04/24, 8:04:20 PM] Leo Zhang: Herringbone with holly, 22mm, oiled?
        [2/04/24, 8:05:02 PM] Aroha Tane: yep oiled, same as the board you sent. ship to Opua by 20 Aug if you can, show's in September
        [2/04/24, 8:05:30 PM] Leo Zhang: No problem 👍
        [2/04/24, 8:06:11 PM] Aroha Tane: choice, thanks Leo
        """)
    case("c21_chat_kiwi", [],
         "chat: buyer answers supplier's start question with 2 sample tables only; 38 on hold until sign-off and written release",
         [("WhatsApp_Leo_Zhang_Qingdao_Teak.txt", chat)])


def c22_full_docx_teak():
    blocks = [
        ("h1", "Ordine di acquisto / Purchase order 4500019101"),
        ("p", "Cantiere Navale Bellandi S.r.l., Viareggio - to Braga Teak & Madeiras Lda, Zona Industrial "
              "de Celeiros, 4705-414 Braga, Portugal"),
        ("p", "Date: 29/04/2024 - Buyer: Giulia Ferri - Your offer BTM-0421/24"),
        ("table", [["Pos.", "Drawing", "Description", "Qty", "Unit EUR", "Amount EUR"],
                   ["10", "CNB-TK-118 rev 2", "Cockpit sole grating, teak grade A FSC, 28 mm, 2 parts/set",
                    "40 sets", "612,00", "24.480,00"],
                   ["20", "CNB-TK-119 rev 1", "Swim platform grating, teak grade A FSC, 28 mm",
                    "20 pcs", "355,00", "7.100,00"]]),
        ("sp",),
        ("p", "This order covers the full quantity for build slot 2024-B (hulls B-72/05 to B-72/24, two "
              "cockpit sets and one swim platform grating per hull). There are no samples and no balance: "
              "please proceed with the 40 sets and 20 pcs as per drawings."),
        ("p", "Teak moisture content 10-12 % at delivery, FSC chain-of-custody certificate with each "
              "shipment, edges radiused R3, caulking not required (open grating)."),
        ("p", "Delivery: DAP Viareggio in two lots, 20 sets + 10 pcs by week 30, the rest by week 36."),
        ("p", "Payment: 60 days end of month. General purchasing conditions rev. 2023 apply."),
        ("p", "Ufficio Acquisti - Giulia Ferri"),
    ]
    case("c22_full_docx_teak", [], "full-quantity DOCX PO with table; proceed with stated quantities; no balance",
         [("PO_4500019101_teak.docx", docx_bytes(blocks, author="Giulia Ferri"))])


def c23_stop_notice():
    body = T("""
        Cherry,

        STOP NOTICE - PO HP-77402, anchor roller HP-AR-300 (drawing rev D)

        Effective immediately, nothing more may start on this order, released or not. One of the
        12 samples delivered on 04/02 sheared the roller pin during our load test at 1.5x rated
        load. Engineering is revising the pin diameter and the cheek plate thickness.

        Where the order stands:
        - quantity authorized for production now: zero (0). The 12 samples already delivered are
          the only pieces this PO ever released.
        - the 488 pcs balance stays on hold.
        - no material purchases for this part, please, and cancel any plate you may have quoted.

        The stop stays in force until I lift it in writing, after engineering has issued drawing
        rev E and signed off a new set of samples. Lifting the stop does not release the 488 pcs:
        they will still need their own written production release from me.

        Please confirm by reply that nothing is running on HP-AR-300.

        Dan
        """) + sig("Dan Mercer", "VP Operations", "Harbor Point Marine Supply", "+1 410 555 0101")
    m = mail("Dan Mercer <dmercer@harborpointmarine.com>", "Cherry Wang <cherry.wang@haida-fittings.cn>",
             "STOP - PO HP-77402 anchor roller - nothing to start", "Mon, 08 Apr 2024 18:30:00 -0400", body,
             cc="Kayla Brooks <kbrooks@harborpointmarine.com>", extra={"Importance": "High"})
    case("c23_stop_notice", [], "stop notice: zero authorized, balance on hold, lifted only in writing by named person",
         [("STOP_PO_HP-77402.eml", eml_bytes(m))])


def c24_not_ready_eml():
    body = T("""
        Hi Burak,

        Thanks for sending the photos of the bow rails on the jig - nice work.

        Straight answer to your question from Friday: we're not ready to go ahead with the series
        yet. The owners' group pushed the GC-34 build back a quarter, so for now the 8 sample bow
        rails you delivered are all that's authorized on PO GCB-24-3370.

        The balance of 152 rails stays on hold until our Q3 budget sign-off (board meeting mid
        July) and a written release from me after that. Please don't bend tube or order material
        for them in the meantime. If you can keep the bending tooling set aside until August,
        that would help a lot.

        Talk soon,
        """) + sig("Rick Delgado", "Director of Purchasing", "Gulf Coast Boatworks LLC", "+1 850 555 0190")
    m = mail("Rick Delgado <rdelgado@gulfcoastboatworks.com>", "Burak Demir <burak.demir@egeopaslanmaz.com.tr>",
             "RE: GC-34 bow rails - series timing", "Mon, 29 Apr 2024 09:05:00 -0500", body,
             in_reply_to="<h106-gc34@egeopaslanmaz.com.tr>")
    case("c24_not_ready_eml", [],
         "'not ready to go ahead' (negated); only 8 samples authorized; balance on hold until budget sign-off + written release",
         [("RE_GC-34_bow_rails.eml", eml_bytes(m))])


def c25_po_portal_html():
    body = """
<h2>Van Dijk Jachtbouw &ndash; Inkoopportaal</h2>
<p>Leverancier: <b>Baltyk Luki Sp. z o.o.</b> (crediteur 30188) &middot; Inkooporder <b>24-0455</b> &middot;
Datum 26-04-2024 &middot; Inkoper: Sanne Bakker</p>
<table>
<tr><th>Regel</th><th>Artikel / tekening</th><th>Omschrijving</th><th>Scope</th><th>Aantal</th><th>Prijs</th><th>Status</th></tr>
<tr><td>10</td><td>VDJ-HT-600 rev B</td><td>Flush hatch 600x600, sample</td><td>sample</td><td>4 st</td><td>&euro; 212,50</td><td>vrijgegeven / released</td></tr>
<tr><td>20</td><td>VDJ-HT-600 rev B</td><td>Flush hatch 600x600, series</td><td>production</td><td>1.196 st</td><td>&euro; 148,00</td><td><b>NIET VRIJGEGEVEN / NOT RELEASED &ndash; on hold</b></td></tr>
</table>
<h3>Scope note</h3>
<div class="note">
<p>Only the 4 sample hatches of line 10 may be made now. Line 20 (1.196 st) is commercial cover only and is
not released: do not start it and do not buy material for it. Material authority: sample-only (4 st).</p>
<p>Line 20 stays on hold until (1) Pieter de Groot, Engineering, has signed off the samples after the
watertightness test to ISO 12216, and (2) Henk Visser, Manager Inkoop, has issued a written production
release with the quantity.</p>
</div>
<p>Leverbetingen: DAP Makkum, Incoterms 2020. Betaling 60 dagen. Algemene inkoopvoorwaarden VDJ 2022.</p>
<p style="font-size:11px;color:#666">Inkoopportaal 3.8 &middot; afgedrukt 26-04-2024 15:40</p>
"""
    case("c25_po_portal_html", [],
         "buyer portal PO page: production line listed but explicitly not released; hold, event, named person",
         [("inkoopportaal_PO_24-0455.html", html_page("Inkoopportaal - PO 24-0455", body, lang="nl"))])


# ------------------------------------------------------------------ positive, batch 2
def p01_po_quote_table():
    blocks = [
        ("h1", "ORDINE DI ACQUISTO / PURCHASE ORDER"),
        ("p", "Cantiere Navale Bellandi S.r.l. - Via dei Cantieri 14 - 55049 Viareggio (LU)"),
        ("table", [["PO no.", "Date", "Supplier", "Buyer"],
                   ["4500019044", "23/04/2024", "Kaohsiung Marine Hardware Co., Ltd., Kaohsiung, Taiwan",
                    "Giulia Ferri"]]),
        ("sp",),
        ("table", [
            ["Pos.", "Drawing / rev.", "Description", "Qty", "Unit price USD", "Reference"],
            ["10", "CNB-DK-3160 rev 4", "Mooring cleat 250 mm, AISI 316, mirror polish - casting sample",
             "12 pcs", "38,50", "Quotation KMH-Q-24-0612: sample 12 pcs / series 600 pcs at USD 21,80"],
            ["20", "CNB-DK-3160 rev 4", "Wax tool / pattern, one-off", "1 set", "1.450,00", "idem"],
        ]),
        ("sp",),
        ("p", "Please send the 12 cleats with certificate 3.1 to EN 10204, the salt-spray report ISO 9227 "
              "(NSS 480 h) and the break load test report. Laser marking CNB-3160-250 plus heat number."),
        ("p", "Hull reference: B-72/04, first hull of the B-72 series. Delivery DAP Viareggio, cantiere 2, "
              "within week 24. Payment 60 days end of month."),
        ("p", "Please confirm this order by return e-mail to acquisti@bellandi-yachts.it."),
        ("p", "Ufficio Acquisti - Giulia Ferri - tel. +39 0584 384 210"),
    ]
    case("p01_po_quote_table", ["RG001", "RG003", "RG004", "RG005"],
         "sample PO table shows quoted series 600 beside the 12 samples; nothing on hold, no event, no release person",
         [("PO_4500019044.pdf", pdf(blocks, title="PO 4500019044", author="Giulia Ferri"))])


def p02_eml_fa_quote():
    po = [
        ("h1", "PURCHASE ORDER HP-77519"),
        ("p", "Harbor Point Marine Supply, 214 Chesapeake Ave, Annapolis MD 21403"),
        ("table", [["Vendor", "PO date", "Ship to", "Terms"],
                   ["Ningbo Haida Stainless Fittings Co., Ltd. (V-20417)", "05/01/2024",
                    "Harbor Point DC, Annapolis MD", "FOB Ningbo, Net 60"]]),
        ("sp",),
        ("table", [["Line", "SKU", "Description", "Qty", "Unit $", "Ext $"],
                   ["1", "HP-CL-0410", "Flush pull-up cleat 4in, 316, first article run", "24", "11.90", "285.60"]]),
        ("p", "Buyer: Kayla Brooks, kbrooks@harborpointmarine.com"),
    ]
    quote_pdf = [
        ("h1", "QUOTATION HN-Q240318"),
        ("p", "Ningbo Haida Stainless Fittings Co., Ltd. - To: Harbor Point Marine Supply - Date 2024-03-18"),
        ("table", [["Item", "Description", "Qty", "Unit price USD", "Delivery"],
                   ["1", "Flush pull-up cleat 4in, AISI 316, first article", "24 pcs", "11.90", "30 days"],
                   ["2", "Flush pull-up cleat 4in, AISI 316, production", "2,400 pcs", "6.35", "45 days"]]),
        ("p", "Terms: FOB Ningbo. Passivation per ASTM A967. Validity 60 days. Cherry Wang, Export Dept."),
    ]
    body = T("""
        Hi Cherry,

        Thanks for the quick turnaround on the quote! PO HP-77519 is attached for the first article
        run of the 4" flush pull-up cleat - 24 pcs at $11.90 per your quote HN-Q240318, which I've
        attached as well so the price trail is all in one place.

        We need the pieces in Annapolis by September 16 for pre-show testing (the US Sailboat
        Show opens October 10). Please include mill certs and the passivation record (ASTM A967),
        and pack 6 per inner box - I'll send the UPC label file next week.

        Thanks so much,
        Kayla
        """) + sig("Kayla Brooks", "Buyer, Deck Hardware", "Harbor Point Marine Supply", "+1 410 555 0143")
    m = mail("Kayla Brooks <kbrooks@harborpointmarine.com>", "Cherry Wang <cherry.wang@haida-fittings.cn>",
             "PO HP-77519 - 4in flush pull-up cleat", "Wed, 01 May 2024 11:32:00 -0400", body,
             html=text_to_html(body),
             attachments=[("PO_HP-77519.pdf", pdf(po, pagesize=LETTER, title="PO HP-77519", author="Kayla Brooks"), PDF_MT),
                          ("HN-Q240318.pdf", pdf(quote_pdf, title="HN-Q240318", author="Cherry Wang"), PDF_MT)])
    case("p02_eml_fa_quote", ["RG001", "RG003", "RG004", "RG005"],
         "first-article PO for 24 with attached quote showing 2,400 production; balance never held, no event or person",
         [("PO_HP-77519_flush_cleat.eml", eml_bytes(m))])


def p03_multi_proforma():
    po_txt = T("""
        GULF COAST BOATWORKS LLC                                   PURCHASE ORDER
        4410 INDUSTRIAL PKWY, PANAMA CITY FL 32404                 PAGE 1 OF 1
        ================================================================================
        PO NUMBER : GCB-24-3318            PO DATE   : 04/15/2024
        VENDOR    : V1142 NINGBO HAIDA STAINLESS FITTINGS CO LTD
                    NO 66 XINGGANG RD, BEILUN, NINGBO, CHINA
        BUYER     : T.REYES  (850) 555-0192
        SHIP VIA  : AIR (SAMPLES)                  TERMS : 30% DEP / 70% BEFORE SHIP
        ================================================================================
        LN  ITEM           DESCRIPTION                       QTY  UOM   UNIT $    EXT $
        --  -------------  --------------------------------  ---  ---  -------  --------
        01  GCB-HG-9060    HINGE 316 CAST 90X60 SAMPLE        10  EA     16.00    160.00
                           BATCH QTY 400 EA @ 4.85
                           DRG GCB-HG-9060 REV A
        02  GCB-HG-9060-T  PATTERN / WAX TOOL                  1  LOT   650.00    650.00
        --------------------------------------------------------------------------------
                                                           PO TOTAL USD       810.00
        ================================================================================
        NOTES:
        SAMPLES FOR FIT CHECK ON HULL 47 (GC-34). PIN 6MM 316, NO PLAY.
        MILL CERT 3.1 + PASSIVATION RECORD WITH SHIPMENT.
        ================================================================================
        """)
    pi = [
        ("h1", "PROFORMA INVOICE HN-PI-2405-031"),
        ("p", "Ningbo Haida Stainless Fittings Co., Ltd. - Beilun, Ningbo - Date 2024-04-18"),
        ("p", "Buyer: Gulf Coast Boatworks LLC, Panama City FL - Your PO GCB-24-3318"),
        ("table", [["No.", "Description", "Qty", "Unit USD", "Amount USD"],
                   ["1", "Wax tool for hinge 90x60", "1 lot", "650.00", "650.00"],
                   ["2", "Hinge 90x60 AISI 316, sample", "10 pcs", "16.00", "160.00"],
                   ["3", "Hinge 90x60 AISI 316, mass production (batch qty per your PO)", "400 pcs", "4.85",
                    "1,940.00"],
                   ["", "", "", "Total", "2,750.00"],
                   ["", "30% deposit by T/T", "", "", "825.00"]]),
        ("sp",),
        ("p", "Payment terms: 30% T/T deposit, 70% before shipment against copy of packing list."),
        ("p", "Production: mass production of the 400 pcs will start upon receipt of your deposit; "
              "delivery 35 days after deposit. Samples by air 20 days after deposit."),
        ("p", "Beneficiary bank: Bank of China Ningbo Branch, SWIFT BKCHCNBJ92A."),
    ]
    case("p03_multi_proforma", ["RG001", "RG003", "RG004", "RG005", "RG012"],
         "folder: sample PO prints unlabelled batch qty 400, no hold/event/person; supplier proforma starts mass production on deposit",
         [("PO_GCB-24-3318.txt", po_txt),
          ("HN-PI-2405-031.pdf", pdf(pi, title="HN-PI-2405-031", author="Cherry Wang"))])


def p04_chat_few_samples():
    chat = T("""
        14/03/2024, 21:02 - Aroha Tane: Kia ora Rui, Aroha from Bay of Islands Boatbuilders here - Tom at Opua Marine gave me your number
        14/03/2024, 21:03 - Aroha Tane: we're after a teak cockpit table top for the new BIB 38. herringbone with holly inlay. drawing BIB-TB-38 rev 2 coming by email tonight
        14/03/2024, 21:20 - Rui Costa: Olá Aroha! Nice to meet you. Yes we do herringbone often, also for the Portuguese yards. Teak grade A, FSC?
        14/03/2024, 21:24 - Aroha Tane: yep FSC grade A, 22mm finished
        14/03/2024, 21:25 - Aroha Tane: can you knock up a few samples for us? want to see the grain match and the finish before we commit the boat to the programme
        14/03/2024, 21:31 - Rui Costa: Sure, we make the samples, about 3 weeks. Oiled or varnished?
        14/03/2024, 21:33 - Aroha Tane: oiled, like the board you sent Tom. send pics when they're done and ship DHL to Opua
        14/03/2024, 21:34 - Rui Costa: Perfeito 👍 I send you the invoice for samples tomorrow
        15/03/2024, 08:12 - Rui Costa: <Media omitted>
        15/03/2024, 08:12 - Rui Costa: this is the teak we have now for you, nice straight grain
        15/03/2024, 08:40 - Aroha Tane: that'll do nicely, cheers Rui
        """)
    case("p04_chat_few_samples", ["RG003", "RG004", "RG005", "RG010"],
         "chat: buyer asks for 'a few samples' - no quantity, balance never held, no unlock event, nobody to release",
         [("WhatsApp_Rui_Costa_Braga_Teak.txt", chat)])


def p05_multi_railing():
    po = [
        ("h1", "SATINALMA SIPARISI / PURCHASE ORDER"),
        ("p", "Bodrum Marin Yat San. ve Tic. A.S. - Icmeler Mevkii, 48400 Bodrum / Mugla"),
        ("table", [["Siparis No / PO", "Tarih / Date", "Tedarikci / Supplier"],
                   ["BMY-2024-0231", "02.04.2024", "Egeo Paslanmaz Metal San. Ltd., Cigli / Izmir"]]),
        ("sp",),
        ("table", [["Kalem / Item", "Resim / Drawing", "Tanim / Description", "Miktar / Qty", "Birim fiyat / Unit TRY"],
                   ["1", "BMY-RL-52-01 rev A", "Pulpit railing 25 mm AISI 316, mirror polish - sample set",
                    "2 sets", "18.400,00"]]),
        ("sp",),
        ("p", "Not / Note: samples for the new Bodrum 52 series, to be fitted on hull 52-01 for the "
              "first deck assembly. Tube 25 x 1,5 mm, 316L, bends per drawing, welded bases with "
              "4 x M8 holes."),
        ("p", "Teslimat / Delivery: Bodrum yard, 15.05.2024. Odeme / Payment: 60 days after delivery."),
        ("p", "Satinalma / Purchasing: Emre Yildiz"),
    ]
    body = T("""
        Emre Bey merhaba,

        Thank you for the PO BMY-2024-0231 for the 2 sample sets of the pulpit. We start bending
        this week, polishing next week, delivery 15.05 to Bodrum is OK.

        As usual, when your team approves the samples on hull 52-01 we continue directly with the
        series for all hulls, so your build slots are safe - no need to send another paper for
        that, we already know the drawing.

        Saygilarimla,
        Burak Demir
        Satis Muduru / Sales Manager
        Egeo Paslanmaz Metal San. Ltd.
        """)
    m = mail("Burak Demir <burak.demir@egeopaslanmaz.com.tr>", "Emre Yildiz <emre.yildiz@bodrummarin.com.tr>",
             "RE: BMY-2024-0231 pulpit sample", "Thu, 04 Apr 2024 10:22:00 +0300", body)
    case("p05_multi_railing", ["RG003", "RG004", "RG005", "RG007"],
         "folder: sample PO silent on the series; supplier says sample approval rolls straight into the series",
         [("BMY-2024-0231_siparis.docx", docx_bytes(po, author="Emre Yildiz")),
          ("RE_BMY-2024-0231.eml", eml_bytes(m))])


for _f in (c16_interim_pdf, c17_multi_clean, c18_release_full_docx, c19_deposit_paid_buyer, c20_material_no,
           c21_chat_kiwi, c22_full_docx_teak, c23_stop_notice, c24_not_ready_eml, c25_po_portal_html,
           p01_po_quote_table, p02_eml_fa_quote, p03_multi_proforma, p04_chat_few_samples, p05_multi_railing):
    _f()


# ------------------------------------------------------------------ positive, batch 3
def p06_release_revised_offer():
    rel = [
        ("h1", "PRODUCTIEVRIJGAVE / PRODUCTION RELEASE VR-24-014"),
        ("p", "Van Dijk Jachtbouw B.V. - Harlingerweg 12, 8754 GA Makkum - Inkoop"),
        ("p", "To: Pomorskie Odlewnie Sp. z o.o., Gdansk - att. Ms. Katarzyna Nowak. Date: 24-04-2024"),
        ("table", [["PO", "Part", "PO quantity", "Sample sign-off"],
                   ["24-0302", "Chainplate VDJ-CP-110 rev D, 316L", "480 pcs (8 per hull, hulls 31-90)",
                    "TN-24-022, P. de Groot, 02-04-2024"]]),
        ("sp",),
        ("table", [["", "pcs"],
                   ["Released by this release VR-24-014 (hulls 31-45)", "120"],
                   ["Not released - on hold", "360"]]),
        ("sp",),
        ("p", "Released now: 120 pcs for hulls 31 to 45, delivery in 3 lots of 40, first lot week 22. "
              "Material authority: 120 pcs."),
        ("p", "The balance of 360 pcs is not released and stays on hold until the next call-off, which "
              "is issued in writing and signed by Henk Visser, Manager Inkoop."),
        ("p", "Your revised offer PO-OF/24/221 rev 1 of 22-04-2024 is attached to this release. Please "
              "use its prices on your invoices from hull 31 onwards."),
        ("p", "Met vriendelijke groet, Henk Visser, Manager Inkoop"),
    ]
    offer = [
        ("h1", "OFERTA / OFFER PO-OF/24/221 rev 1"),
        ("p", "Pomorskie Odlewnie Sp. z o.o., ul. Marynarki Polskiej 71, 80-557 Gdansk - 22-04-2024"),
        ("p", "For: Van Dijk Jachtbouw B.V., Makkum - chainplate VDJ-CP-110 rev D"),
        ("table", [["Item", "Quantity", "Price EUR / pc", "Remark"],
                   ["Chainplate VDJ-CP-110 rev D, 316L, electropolished, extended yard programme 2025-2026",
                    "900 pcs", "41,60", "monthly lots of 75 pcs"],
                   ["previous basis (offer rev 0)", "480 pcs", "44,20", "superseded"]]),
        ("p", "Delivery FCA Gdansk. Payment 45 days. Material 316L to EN 10088-2, certificate 3.1."),
        ("p", "Katarzyna Nowak, Dyrektor Handlowy / Sales Director"),
    ]
    case("p06_release_revised_offer", ["RG001"],
         "folder: complete release of 120 (360 on hold) attaches a revised offer at 900 pcs with nothing marking it informational",
         [("VR-24-014_productievrijgave.pdf", pdf(rel, title="VR-24-014", author="Henk Visser")),
          ("PO-OF-24-221_rev1.pdf", pdf(offer, title="Offer PO-OF/24/221 rev 1", author="Katarzyna Nowak"))])


def p07_fwd_offer_moq():
    offer = T("""
        Dear Mr. Yildiz,

        Thank you for your interest. Our offer MA-2024/163 for the mooring bollard 200 mm,
        drawing BMY-BL-200 rev A, AISI 316 (CF8M), electropolished:

          Pattern (one-off) ............................ EUR 2.300,00
          Samples, 10 pcs ............................. EUR 78,00 / pc
          Production, MOQ 500 pcs ..................... EUR 31,50 / pc

        Delivery: samples 6 weeks, production 8 weeks. FCA Porto (Leixoes).
        Payment: 30 days after invoice. Validity: 60 days.

        Com os melhores cumprimentos,
        Joao Pereira
        Departamento Comercial, Metalurgia Atlantica Lda
        """)
    off_m = mail("Joao Pereira <joao.pereira@metalatlantica.pt>", "Emre Yildiz <emre.yildiz@bodrummarin.com.tr>",
                 "Offer MA-2024/163 - bollard 200 mm", "Tue, 09 Apr 2024 16:20:00 +0100", offer)
    body = T("""
        Dear Joao,

        As discussed by phone, below is your offer MA-2024/163, forwarded so that our order and
        your prices are in the same mail.

        Our PO BMY-2024-0244 is for 10 (ten) sample bollards 200 mm, drawing BMY-BL-200 rev A,
        plus the pattern. The balance of 190 pcs for the Bodrum 52 project is not released. After
        sample sign-off by our QC (salt-spray 720 h and pull test), Selin Aksoy, our General
        Manager, will send you the written release for it.

        Delivery of the samples: Bodrum yard by 31 May please.

        Best regards,
        Emre Yildiz
        Satinalma Uzmani / Purchasing Specialist
        Bodrum Marin Yat San. ve Tic. A.S.
        +90 252 313 0418
        """)
    m = mail("Emre Yildiz <emre.yildiz@bodrummarin.com.tr>", "Joao Pereira <joao.pereira@metalatlantica.pt>",
             "FW: Offer MA-2024/163 - bollard 200 mm / PO BMY-2024-0244", "Fri, 19 Apr 2024 11:45:00 +0300", body,
             attachments=[("rfc822", off_m)])
    case("p07_fwd_offer_moq", ["RG001"],
         "complete sample scope (10, 190 on hold) but forwarded offer shows production MOQ 500 with nothing marking it informational",
         [("FW_Offer_MA-2024-163.eml", eml_bytes(m))])


def p08_dutch_until_further():
    body = T("""
        Dear Vivian,

        Hereby our PO 24-0418 for 4 (four) sample deck hatches VDJ-HT-350 rev A, price USD 96,00
        per piece as in your quotation KMH-Q-24-0390. Please be so kind to send them with the
        material certificates to our yard in Makkum, attention Pieter de Groot.

        The rest of the quotation (116 st.) is not released and stays on hold until further
        notice. Henk Visser (Manager Inkoop) is the one who decides about it - not me and not
        engineering - so please do not start anything for it on a message from someone else.

        Could you let me know the expected ship date of the 4 samples? We would like to have them
        before the building of hull 29 starts in week 23.

        Met vriendelijke groet,
        Sanne Bakker
        Inkoper / Buyer
        Van Dijk Jachtbouw B.V. | Harlingerweg 12 | 8754 GA Makkum | +31 515 23 1180
        """)
    m = mail("Sanne Bakker <s.bakker@vandijkjachtbouw.nl>", "Vivian Lin <vivian.lin@kmh-marine.com.tw>",
             "PO 24-0418 sample deck hatches VDJ-HT-350", "Tue, 16 Apr 2024 10:12:00 +0200", body,
             html=text_to_html(body))
    case("p08_dutch_until_further", ["RG004"],
         "4 samples, 116 on hold 'until further notice', Henk Visser named; no unlock event",
         [("PO_24-0418_sample_hatches.eml", eml_bytes(m))])


def p09_hold_notice_conflict():
    blocks = [
        ("h1", "BEKLETME BILDIRIMI / HOLD NOTICE HN-2024-03"),
        ("p", "Bodrum Marin Yat San. ve Tic. A.S., Bodrum - to Pomorskie Odlewnie Sp. z o.o., Gdansk "
              "(att. Mr. Tomasz Wisniewski)"),
        ("p", "Date: 23.04.2024 - PO BMY-2024-0250 - mooring cleat 300 mm BMY-CL-300 rev B"),
        ("h", "Active quantity"),
        ("p", "Please produce 6 (six) sample cleats only. Nothing else on this order may be started."),
        ("h", "Balance"),
        ("p", "The balance of 294 pcs is on hold until further notice. Please do not buy material for it."),
        ("h", "Release authority"),
        ("p", "Only Selin Aksoy, General Manager, can release the balance. Messages from other persons "
              "of our company do not release anything."),
        ("h", "Order summary"),
        ("table", [["Item", "Qty", "Status"],
                   ["Sample lot (active)", "8 pcs", "to be produced now"],
                   ["Balance", "294 pcs", "on hold"]]),
        ("p", "Emre Yildiz, Purchasing - on behalf of Selin Aksoy, General Manager"),
    ]
    case("p09_hold_notice_conflict", ["RG004", "RG011"],
         "hold notice: active 6 in text vs 8 in summary table; balance on hold until further notice (no event); person named",
         [("HN-2024-03_hold_notice.docx", docx_bytes(blocks, author="Emre Yildiz"))])


def p10_po_dept_only():
    blocks = [
        ("h1", "ORDINE DI ACQUISTO AY-24-0951"),
        ("p", "Adriatica Yachts S.p.A. - Zona Porto, Banchina 7, 60121 Ancona - Ufficio Acquisti, "
              "acquisti@adriaticayachts.it, tel. +39 071 220 4400"),
        ("table", [["Supplier", "Date", "Your offer", "Delivery"],
                   ["Metalurgia Atlantica Lda, Maia (PT)", "26/04/2024", "MA-2024/171 del 15/04/2024",
                    "DAP Ancona, by 14/06/2024"]]),
        ("sp",),
        ("table", [["Pos.", "Drawing", "Description", "Qty", "Unit EUR"],
                   ["10", "AY-DV-BR-12 rev A", "Davit bracket, CF8M, electropolished - sample", "4 pcs", "142,00"]]),
        ("sp",),
        ("p", "Note: The balance of 196 pcs of your offer MA-2024/171 is not released with this order. "
              "It remains on hold until the samples have passed our static load test (2 x SWL) and the "
              "sample report is signed off, and then our purchasing department sends a written "
              "production release. Please do not buy material for the 196 pcs."),
        ("p", "Certificates: 3.1 to EN 10204, dimensional report on all 4 pcs."),
        ("p", "Payment 60 days end of month. Our general purchasing conditions apply."),
    ]
    case("p10_po_dept_only", ["RG005"],
         "sample PO with hold and unlock event, but release by 'our purchasing department' - no named person",
         [("AY-24-0951_ordine.pdf", pdf(blocks, title="AY-24-0951", author="Ufficio Acquisti"))])


def p11_approved_three_ways():
    body = T("""
        Dear Murat,

        Good news on the bow rollers NW-BR-200: the samples are approved by our QC (report
        QC-24-077, salt-spray 720 h OK, pull test 38 kN OK). Your invoice for the 12 samples is
        approved by finance as well, so payment will go out with the next run on the 15th.

        The 288 pcs series is not released yet. It needs approval from management, which we expect
        after the board meeting of 21 May. Until that approval, please don't start the 288 and
        don't buy material for them.

        For your planning: if it goes through, we would need the first lot in Rotterdam by
        week 30.

        Met vriendelijke groet / Kind regards,
        """) + sig("Joost Mulder", "Category Buyer Deck Hardware", "Nordzee Watersport Distributie B.V., Rotterdam",
                   "+31 10 799 4410")
    m = mail("Joost Mulder <j.mulder@nordzee-watersport.nl>", "Murat Kaya <murat.kaya@tuzladokum.com.tr>",
             "NW-5588 bow roller samples - result", "Mon, 06 May 2024 16:25:00 +0200", body)
    case("p11_approved_three_ways", ["RG005", "RG009"],
         "'approved' used for QC, finance and production; series release by unnamed 'management'",
         [("NW-5588_bow_roller_result.eml", eml_bytes(m))])


def p12_erp_further_notice():
    txt = T("""
        HARBOR POINT MARINE SUPPLY           *** PURCHASE ORDER ***           RUN 05/03/24 08:14
        214 CHESAPEAKE AVE ANNAPOLIS MD 21403                                PAGE 001
        -----------------------------------------------------------------------------------------
        PO#      HP-77588        REV 0     ORDER DATE 05/03/24     BUYER KBROOKS
        VENDOR   V-20388  KAOHSIUNG MARINE HARDWARE CO LTD
                 NO 88 LINHAI 2ND RD XIAOGANG DIST KAOHSIUNG 812 TAIWAN
        SHIP-TO  HARBOR POINT DC / DOCK 3           FOB KAOHSIUNG      TERMS NET 60
        -----------------------------------------------------------------------------------------
        LN ITEM          DESCRIPTION                        ORD QTY  UM    UNIT PRICE    EXT PRICE
        -- ------------- ---------------------------------- -------- --  ------------ ------------
        01 HP-HG-0812    HATCH HINGE 316 CAST 80X120 SAMPLE        6 EA         21.50       129.00
        -----------------------------------------------------------------------------------------
                                                                    TOTAL USD          129.00
        -----------------------------------------------------------------------------------------
        PO NOTE:
          SAMPLE ORDER. BALANCE OF 594 EA ON HOLD UNTIL FURTHER NOTICE.
          DO NOT START, DO NOT BUY MATERIAL FOR THE BALANCE.
          SAMPLES TO INCLUDE MILL CERT AND PASSIVATION RECORD (ASTM A967).
          MARK EACH PIECE HP-HG-0812 + HEAT NO.
        -----------------------------------------------------------------------------------------
        HPMS FORM PO-2 (REV 11/22)
        """)
    case("p12_erp_further_notice", ["RG004", "RG005"],
         "ERP sample PO: balance on hold 'until further notice'; no unlock event, no named release person",
         [("HP-77588.txt", txt)])


def p13_kiwi_no_qty():
    body = T("""
        Hi Amy,

        Please go ahead and make the sample davit arms for the FAI on the new K45 (stern davit,
        drawing KY-DV-45 rev 1, the one with the hidden block sheave). Same finish and packing as
        the K52 arms.

        The production sets are NOT released. They stay on hold until Sophie Hale has signed off
        the FAI report, and after that I'll send you a written release with the numbers. No
        material for production until then, please.

        Can you let me know when the FAI pieces could be ex works? We'd love them before the
        hull comes out of the mould mid-July.

        Cheers,
        Ben
        """) + sig_plain("Ben Wiremu", "Purchasing Lead", "Kaipara Yachts Ltd", "+64 9 430 2218")
    m = mail("Ben Wiremu <ben.wiremu@kaiparayachts.co.nz>", "Amy Chen <amy.chen@tpdavits.com.tw>",
             "K45 stern davit - FAI samples", "Thu, 02 May 2024 14:05:00 +1200", body)
    case("p13_kiwi_no_qty", ["RG010"],
         "sample authorization with hold, unlock event and named releaser, but no sample quantity anywhere",
         [("K45_stern_davit_FAI.eml", eml_bytes(m))])


def p14_go_ahead_castings():
    body = T("""
        Dear Katarzyna,

        we received the photos of the pattern for the hawse pipe CNB-DK-4420 rev B, thank you.
        For us they are fine, also the draft angles you proposed.

        Go ahead with the castings.

        The series is on hold until Ing. Luca Romano signs the sample report (dimensional check
        and salt-spray 720 h) and Marco Bellandi sends you the written release.

        Please send us the expected date for the castings, we want to plan the fitting on hull
        B-72/04.

        Cordiali saluti,
        Giulia Ferri
        Ufficio Acquisti - Cantiere Navale Bellandi S.r.l.
        Via dei Cantieri 14, 55049 Viareggio (LU) - tel. +39 0584 384 210
        """)
    m = mail("Giulia Ferri <g.ferri@bellandi-yachts.it>", "Katarzyna Nowak <k.nowak@pomorskie-odlewnie.pl>",
             "hawse pipe CNB-DK-4420 - pattern photos", "Fri, 26 Apr 2024 12:10:00 +0200", body)
    case("p14_go_ahead_castings", ["RG002", "RG010"],
         "'Go ahead with the castings' names neither samples nor a quantity; no active quantity in the bundle",
         [("CNB-DK-4420_pattern_photos.eml", eml_bytes(m))])


def p15_release_note_no_qty():
    blocks = [
        ("h1", "RELEASE NOTE RN-24-033"),
        ("p", "Harbor Point Marine Supply - Engineering & Operations - Annapolis MD"),
        ("table", [["Part", "Vendor", "PO", "Date"],
                   ["Stanchion base 1in HP-SB-100 rev C", "Egeo Paslanmaz Metal San. Ltd., Izmir",
                    "HP-77610", "04/29/2024"]]),
        ("sp",),
        ("h", "Engineering release"),
        ("p", "Drawing HP-SB-100 rev C is frozen (engineering release ENG-24-33). The samples of PO HP-77610 "
              "are released for manufacture to rev C."),
        ("h", "Production release"),
        ("p", "The production release for the series remains on hold until our QC has completed lot "
              "acceptance of the sample lot and Dan Mercer, VP Operations, has signed a written release. "
              "Please do not start series parts or buy series material."),
        ("h", "Changes rev B -> rev C"),
        ("p", "Socket depth 32 mm (was 30 mm); set screw M8 x 10 moved 5 mm up; drain hole 4 mm added."),
        ("p", "Issued by: Kayla Brooks, Buyer - for Engineering"),
    ]
    case("p15_release_note_no_qty", ["RG009", "RG010"],
         "'release' used for engineering release and production release; samples released without a quantity",
         [("RN-24-033_release_note.pdf", pdf(blocks, pagesize=LETTER, title="RN-24-033", author="Kayla Brooks"))])


def p16_ingots_full_series():
    orig = T("""
        Dear Murat,

        please produce the casting samples of the hatch frame AY-HF-600 rev A as in your offer
        TD-2024-0112. The series is not released: it stays on hold until Ing. Davide Sarti has
        signed off the samples and Paolo Conti has signed a written production release.

        Best regards,
        Francesca Galli
        Adriatica Yachts
        """)
    body = T("""
        Dear Francesca Hanim,

        Noted with thanks, the samples will be ready in about 4 weeks, we send photos before
        shipment.

        To protect your delivery we already bought the CF8M ingots for the full series of 400
        frames last week, because the nickel price is going up every week and our melting slot in
        June is almost full. So when Mr. Conti sends the release we can pour immediately.

        Saygilarimizla / Best regards,
        Murat Kaya
        Export Sales
        Tuzla Dokum Marin A.S. | Orhanli Mah. Dokumculer Sk. No 14, Tuzla / Istanbul
        """) + "\nOn 22.04.2024 10:40, Francesca Galli wrote:\n" + quote(orig)
    m = mail("Murat Kaya <murat.kaya@tuzladokum.com.tr>", "Francesca Galli <f.galli@adriaticayachts.it>",
             "RE: AY-HF-600 hatch frame samples", "Wed, 24 Apr 2024 08:55:00 +0300", body)
    case("p16_ingots_full_series", ["RG006", "RG010"],
         "supplier bought ingots for all 400 frames with no material authority; buyer's sample request gives no quantity",
         [("RE_AY-HF-600_samples.eml", eml_bytes(m))])


def p17_polish_approved():
    po_msg = T("""
        Dear Vivian,

        PO 4500019160 attached: 12 casting samples of the mooring cleat 200 mm, CNB-DK-3120 rev 2.
        The balance of 588 pcs of your quotation is not released and stays on hold until Ing. Luca
        Romano has signed off the samples and Marco Bellandi sends you a written production release.

        Best regards,
        Giulia
        """)
    sup = T("""
        Dear Giulia,

        Our polishing shop suggests satin finish instead of mirror polish. On CF8M the mirror polish
        shows small pinholes on the horns; satin (Ra 0.4) hides them and is better for salt-spray.
        May we change the finish to satin?

        Photos of both finishes attached.

        Best regards,
        Vivian
        """) + "\nOn 2024/04/12 17:20, Giulia Ferri wrote:\n" + quote(po_msg)
    body = T("""
        Ciao Vivian,

        thank you for the photos, very clear. Ok for us. Approved, go ahead.

        Best regards,
        Giulia
        """) + "\nIl 29/04/2024 05:41, Vivian Lin ha scritto:\n" + quote(sup)
    m = mail("Giulia Ferri <g.ferri@bellandi-yachts.it>", "Vivian Lin <vivian.lin@kmh-marine.com.tw>",
             "R: RE: PO 4500019160 cleat 200 - finish", "Mon, 29 Apr 2024 09:03:00 +0200", body,
             in_reply_to="<h106-4500019160@kmh-marine.com.tw>")
    case("p17_polish_approved", ["RG002"],
         "buyer answers a finish question with 'Approved, go ahead' - no sample-only scope, no quantity",
         [("R_PO_4500019160_finish.eml", eml_bytes(m))])


def p18_chat_green_light():
    chat = T("""
        [8/04/24, 9:12:05 AM] Hemi Walker: Morning Jason, PO TB-0912 is in your inbox - 6 sample bow rollers TB-BR-60 rev 1
        [8/04/24, 9:12:40 AM] Hemi Walker: just the 6 mind. the other 114 on the quote are on hold till our FAI sign-off and a written release from me
        [8/04/24, 9:30:11 AM] Jason Tsai: Good morning Hemi, received. 6 pcs only, 114 wait for your written release. Understood
        [8/04/24, 9:31:02 AM] Jason Tsai: Pattern will take about 2 weeks
        [24/04/24, 4:48:19 PM] Jason Tsai: <Media omitted>
        [24/04/24, 4:48:40 PM] Jason Tsai: Pattern finished. Sheave pocket now 62mm as you asked. Can we pour?
        [24/04/24, 7:02:13 PM] Hemi Walker: Looks choice. Green light from me 👍
        [24/04/24, 7:05:55 PM] Jason Tsai: Thank you! We arrange the pouring next Tuesday
        """)
    case("p18_chat_green_light", ["RG002"],
         "chat: 'Green light from me' in answer to 'can we pour?' - no quantity or sample-only scope",
         [("WhatsApp_Chat_Jason_Tsai_KMH.txt", chat)])


def p19_design_review_proceed():
    dr = [
        ("h1", "Design review DR-24-12"),
        ("p", "Van Dijk Jachtbouw B.V. - Engineering - hatch hinge VDJ-HG-80 rev B - 18-04-2024"),
        ("table", [["#", "Item", "Finding", "Result"],
                   ["1", "Wall thickness casting", "6 mm min., supplier proposes 6,5 mm", "OK"],
                   ["2", "Hinge pin", "8 mm 316, press fit, circlip both sides", "approved"],
                   ["3", "Casting radii", "R2 internal, R1 on edges - R1 risky for porosity", "approved with comment: R1,5"],
                   ["4", "Stop angle", "105 deg, matches deck camber", "OK"]]),
        ("sp",),
        ("h", "Conclusion"),
        ("p", "Proceed."),
        ("p", "Pieter de Groot, Engineering"),
    ]
    body = T("""
        Dear Joao,

        Attached the design review of the hatch hinge VDJ-HG-80 rev B with our comments (only
        item 3, the edge radius).

        For clarity on the order: PO 24-0433 covers 4 (four) sample hinges. The balance of 76 pcs
        is on hold until the samples have been signed off by me (fit on hull 29 and salt-spray
        480 h) and Henk Visser, Manager Inkoop, has sent a written production release.

        Groeten,
        """) + sig("Pieter de Groot", "Engineering", "Van Dijk Jachtbouw B.V., Makkum", "+31 515 23 1174")
    m = mail("Pieter de Groot <p.degroot@vandijkjachtbouw.nl>", "Joao Pereira <joao.pereira@metalatlantica.pt>",
             "VDJ-HG-80 rev B - design review", "Thu, 18 Apr 2024 15:31:00 +0200", body,
             cc="Sanne Bakker <s.bakker@vandijkjachtbouw.nl>",
             attachments=[("DR-24-12_VDJ-HG-80.docx", docx_bytes(dr, author="Pieter de Groot"), DOCX_MT)])
    case("p19_design_review_proceed", ["RG002"],
         "attached design review ends with a bare 'Proceed.'; mail itself has a complete sample scope",
         [("VDJ-HG-80_design_review.eml", eml_bytes(m))])


def p20_sap_approved_proceed():
    txt = T("""
        CANTIERE NAVALE BELLANDI S.R.L.                 STAMPA ORDINE / PO PRINTOUT      SAP ME23N
        ------------------------------------------------------------------------------------------
        ORDINE      4500019212          TIPO  NB        DATA  30.04.2024
        FORNITORE   100734  TAICHUNG PRECISION DAVITS CO., LTD.
        STATO       APPROVED  (REL. STRATEGY C1 / LEVEL 2 - M. BELLANDI 30.04.2024)
        BUYER       G. FERRI           TEL +39 0584 384 210
        ------------------------------------------------------------------------------------------
        POS  MATERIALE         DESCRIZIONE                          QTA  UM    PREZZO   VALORE EUR
        ---  ----------------  ---------------------------------  ----  --  --------  ----------
        010  CNB-DV-220        DAVIT ARM TENDER 220 KG SAMPLE        12  PZ    385,00    4.620,00
                               DWG CNB-DV-220 REV 3
        ------------------------------------------------------------------------------------------
                                                               TOTALE EUR             4.620,00
        ------------------------------------------------------------------------------------------
        TESTO TESTATA / HEADER TEXT:
          APPROVED - PROCEED.
          SAMPLES 12 PCS. BALANCE 188 PCS NOT RELEASED UNTIL APPROVAL OF SAMPLES BY UT
          (ING. LUCA ROMANO, LOAD TEST 2 X SWL) AND WRITTEN PRODUCTION RELEASE BY MARCO BELLANDI.
          NO MATERIAL FOR THE 188 PCS.
        ------------------------------------------------------------------------------------------
        CONSEGNA DAP VIAREGGIO - SETT. 26      PAGAMENTO 60 GG FM
        """)
    case("p20_sap_approved_proceed", ["RG002", "RG009"],
         "ERP printout: PO 'APPROVED' (commercial) vs 'approval of samples' (technical) vs release; bare 'APPROVED - PROCEED'",
         [("ME23N_4500019212.txt", txt)])


def p21_portal_go_ahead():
    body = """
<h2>TPD Customer Collaboration Portal</h2>
<p>Taichung Precision Davits Co., Ltd. &middot; Customer: <b>Gulf Coast Boatworks LLC</b></p>
<table>
<tr><th>Customer PO</th><th>Part</th><th>Drawing</th><th>PO qty (sample)</th><th>Unit USD</th><th>Ship date</th></tr>
<tr><td>GCB-24-3380</td><td>Davit hook 1.5 t GCB-DH-15</td><td>rev D</td><td>4</td><td>215.00</td><td>2024-06-10</td></tr>
</table>
<h3>Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>2024-04-20 08:11</td><td>Rick Delgado (Gulf Coast Boatworks)</td><td>For the record: 6 sample davit hooks on this PO.
The balance of 94 is on hold until Mike Sorensen signs off the FAI and I send a written release.</td></tr>
<tr><td>2024-04-25 15:40</td><td>Amy Chen (TPD)</td><td>Drawing rev D uploaded: eye diameter 38 mm (was 35 mm), swivel
bearing changed to 316 ball race. Please check.</td></tr>
<tr><td>2024-04-26 07:52</td><td>Rick Delgado (Gulf Coast Boatworks)</td><td>Drawing rev D looks good &mdash; go ahead.</td></tr>
<tr><td>2024-04-26 16:03</td><td>Amy Chen (TPD)</td><td>Thank you Rick, we start now.</td></tr>
</table>
<p style="font-size:11px;color:#666">Portal v2.6 &middot; all times GMT+8</p>
"""
    case("p21_portal_go_ahead", ["RG002", "RG011"],
         "portal: PO sample qty 4 vs buyer's '6 sample davit hooks'; later 'rev D looks good - go ahead' unscoped",
         [("TPD_portal_GCB-24-3380.html", html_page("TPD Customer Collaboration Portal", body))])


def p22_plate_blanks():
    orig = T("""
        Jason,

        PO GCB-24-3402 attached: 8 FAI sample hatches 500x500, GCB-HT-500 rev A. The balance of
        232 hatches is on hold until Mike Sorensen signs off the FAI and Rick Delgado sends a
        written release. Material for the 8 only, please.

        Tanya
        """)
    body = T("""
        Dear Tanya,

        The 8 FAI hatches are in anodizing now, we will send the FAI report with the CMM data
        on Monday.

        Also good news: the 6061 plate for the complete 240 hatches arrived yesterday and is
        already cut to blanks, so we are ready the day you release. The mill had a cancellation
        and offered us a good price, so we took it.

        Best regards,
        Jason Tsai
        Operations, Kaohsiung Marine Hardware Co., Ltd.
        """) + "\nOn 2024/04/03 22:15, Tanya Reyes wrote:\n" + quote(orig)
    m = mail("Jason Tsai <jason.tsai@kmh-marine.com.tw>", "Tanya Reyes <treyes@gulfcoastboatworks.com>",
             "RE: PO GCB-24-3402 hatch 500 FAI", "Sat, 04 May 2024 09:40:00 +0800", body,
             cc="Rick Delgado <rdelgado@gulfcoastboatworks.com>")
    case("p22_plate_blanks", ["RG006"],
         "supplier cut plate for all 240 hatches while only 8 FAI are released and material is sample-only",
         [("RE_PO_GCB-24-3402.eml", eml_bytes(m))])


def p23_portal_poured():
    body = """
<h2>Pomorskie Odlewnie &ndash; Portal Klienta / Customer portal</h2>
<p>Customer: <b>Van Dijk Jachtbouw B.V.</b> &middot; Customer PO: <b>24-0470</b> &middot; Our job: ZL/24/0633</p>
<p>Part: Genoa track end stop VDJ-TE-45 rev B, CF8M &middot; updated 2024-04-30 14:20 CET</p>
<table>
<tr><th>Figure</th><th>pcs</th><th>Note</th></tr>
<tr><td>Released (PO 24-0470, sample lot)</td><td>12</td><td>&nbsp;</td></tr>
<tr><td>Balance on hold</td><td>228</td><td>waiting for written release from Henk Visser</td></tr>
<tr><td>Castings poured</td><td>240</td><td>melt 24/118</td></tr>
<tr><td>Machined</td><td>12</td><td>&nbsp;</td></tr>
<tr><td>Shipped</td><td>0</td><td>sample lot ready, DHL booked 2024-05-03</td></tr>
</table>
<p class="note">Melt 24/118: the full programme quantity was poured in one heat to save melting cost and
keep one heat number on all parts. The 228 extra castings are stored unmachined in our warehouse.</p>
<p>Contact: Tomasz Wisniewski, Production Manager &middot; t.wisniewski@pomorskie-odlewnie.pl</p>
"""
    case("p23_portal_poured", ["RG006"],
         "supplier status: 240 castings poured against 12 released, no material authority",
         [("portal_ZL-24-0633.html", html_page("Pomorskie Odlewnie - Customer portal", body))])


def p24_chat_lc_kiln():
    chat = T("""
        03/04/2024, 10:15 - Ben Wiremu: Hi Leo, PO KY-3390 sent through for the K52 cockpit tables
        03/04/2024, 10:16 - Ben Wiremu: to be clear: 2 sample tables only. the other 38 are on hold until Sophie signs off the finish and I send you a written release
        03/04/2024, 10:40 - Leo Zhang: Hello Ben, received. 2 sample tables, 38 wait for your written release. OK
        22/04/2024, 09:02 - Ben Wiremu: Leo, LC's been opened for the programme value today, docs went to your bank this morning
        22/04/2024, 11:47 - Leo Zhang: Thank you Ben, bank confirmed the LC 👍
        22/04/2024, 11:48 - Leo Zhang: With LC open we start production of the tables this week
        22/04/2024, 11:49 - Leo Zhang: Teak for all 40 tables is already in the kiln since last week, so no delay from our side
        22/04/2024, 11:50 - Leo Zhang: <Media omitted>
        """)
    case("p24_chat_lc_kiln", ["RG006", "RG012"],
         "chat: supplier starts production because the LC is open, and has teak for all 40 in the kiln against 2 released",
         [("WhatsApp_Chat_Leo_Zhang.txt", chat)])


def p25_mrp_forecast_firm():
    txt = T("""
        NINGBO HAIDA STAINLESS FITTINGS CO., LTD.        CUSTOMER PLANNING REPORT   2024-05-06
        CUSTOMER : HARBOR POINT MARINE SUPPLY (C-0417)        PREPARED BY: PMC / LI JUN
        =========================================================================================
        SKU HP-FL-2002   DECK FILL CAP 2" "WATER" AISI 316        DRG HP-FL-2002 REV C
        -----------------------------------------------------------------------------------------
        CUSTOMER FORECAST 2025 (FC-2024-Q2)          :  3,600 PCS  -> BOOKED AS FIRM ORDER
        RELEASED QTY (PO HP-77600, FIRST LOT)        :    300 PCS
        NOT RELEASED (FORECAST)                      :  3,300 PCS
        -----------------------------------------------------------------------------------------
        RAW MATERIAL
          316 BAR D60 (HEAT 24A-1187)  RESERVED FOR  :  3,600 PCS   PURCHASED 2024-04-29
          CAP GASKET NBR 2"            RESERVED FOR  :  3,600 PCS   PURCHASED 2024-04-30
        -----------------------------------------------------------------------------------------
        PRODUCTION
          FIRST LOT 300 PCS            STATUS        :  MACHINING 60%
          NEXT LOTS                    PLAN          :  300 PCS / MONTH FROM 2024-07
          LINE CAPACITY                              :  2K PCS / MONTH (LATHE CELL 3)
        =========================================================================================
        REMARK: FORECAST TREATED AS FIRM FOR CAPACITY AND MATERIAL, TO SECURE PRICE FOR 2025.
        """)
    case("p25_mrp_forecast_firm", ["RG006", "RG008"],
         "supplier planning report books the forecast as a firm order and bought material for 3,600 against 300 released",
         [("planning_report_C-0417.txt", txt)])


for _f in (p06_release_revised_offer, p07_fwd_offer_moq, p08_dutch_until_further, p09_hold_notice_conflict,
           p10_po_dept_only, p11_approved_three_ways, p12_erp_further_notice, p13_kiwi_no_qty,
           p14_go_ahead_castings, p15_release_note_no_qty, p16_ingots_full_series, p17_polish_approved,
           p18_chat_green_light, p19_design_review_proceed, p20_sap_approved_proceed, p21_portal_go_ahead,
           p22_plate_blanks, p23_portal_poured, p24_chat_lc_kiln, p25_mrp_forecast_firm):
    _f()


# ------------------------------------------------------------------ positive, batch 4
def p26_multi_ack_60():
    po = [
        ("h1", "INKOOPORDER / PURCHASE ORDER 24-0466"),
        ("p", "Van Dijk Jachtbouw B.V. - Harlingerweg 12, 8754 GA Makkum - Inkoop"),
        ("table", [["Leverancier / Supplier", "Datum", "Inkoper", "Levering"],
                   ["Pomorskie Odlewnie Sp. z o.o., Gdansk", "15-04-2024", "Sanne Bakker", "DAP Makkum"]]),
        ("sp",),
        ("table", [["Regel", "Artikel", "Omschrijving", "Aantal", "Prijs EUR", "Status"],
                   ["10", "VDJ-SB-32 rev C", "Stanchion base 32 mm, CF8M - first production lot", "50 st", "23,80",
                    "released (sample sign-off TN-24-027)"],
                   ["20", "VDJ-SB-32 rev C", "Stanchion base 32 mm, CF8M - balance", "1.150 st", "23,80",
                    "NOT released - on hold"]]),
        ("sp",),
        ("p", "Released now: 50 pcs (line 10). Material authority: 50 pcs."),
        ("p", "Line 20 (1.150 pcs) is not released. It stays on hold until the next call-off, issued in "
              "writing and signed by Henk Visser, Manager Inkoop."),
        ("p", "Certificates 3.1 EN 10204. Algemene inkoopvoorwaarden VDJ 2022 van toepassing."),
    ]
    oc = [
        ("h1", "POTWIERDZENIE ZAMOWIENIA / ORDER CONFIRMATION OC/24/0512"),
        ("p", "Pomorskie Odlewnie Sp. z o.o., ul. Marynarki Polskiej 71, 80-557 Gdansk - 18-04-2024"),
        ("p", "Customer: Van Dijk Jachtbouw B.V., Makkum - your PO 24-0466"),
        ("table", [["Item", "Description", "Quantity", "Delivery"],
                   ["1", "Stanchion base 32 mm VDJ-SB-32 rev C, CF8M, released quantity", "60 pcs", "week 24"],
                   ["2", "Balance on hold per your PO", "1.140 pcs", "after your call-off"]]),
        ("sp",),
        ("p", "Raw material: to secure the current price, CF8M ingots have been purchased for the total "
              "quantity of 1.200 pcs and are stored at our foundry."),
        ("p", "Katarzyna Nowak, Sales Director"),
    ]
    case("p26_multi_ack_60", ["RG006", "RG011"],
         "folder: PO releases 50 (material 50); supplier confirmation restates 60 released and bought ingots for 1.200",
         [("PO_24-0466.pdf", pdf(po, title="PO 24-0466", author="Sanne Bakker")),
          ("OC-24-0512.pdf", pdf(oc, title="OC/24/0512", author="Katarzyna Nowak"))])


def p27_blanks_roll_on():
    orig = T("""
        Murat,

        PO GCB-24-3415 is attached: 8 sample mooring cleats GCB-CL-200 rev A, CF8M. The balance
        of 292 is on hold until Mike Sorensen (engineering) signs off the samples and I send you
        a written release. Please buy material for the 8 samples only.

        Rick Delgado
        Director of Purchasing, Gulf Coast Boatworks
        """)
    body = T("""
        Dear Rick,

        Thank you, the 8 samples are machined and in polishing, shipment next week by air.

        For your information: we poured blanks for all 300 pcs in the same heat, it is cheaper
        and the heat number is the same for the whole lot. So when your engineering approves the
        samples, we machine and ship the whole lot without waiting - your boats will not wait
        for cleats.

        Best regards,
        Murat Kaya
        Export Sales, Tuzla Dokum Marin A.S.
        """) + "\nOn Mon, Apr 8, 2024 at 4:12 PM Rick Delgado <rdelgado@gulfcoastboatworks.com> wrote:\n" + quote(orig)
    m = mail("Murat Kaya <murat.kaya@tuzladokum.com.tr>", "Rick Delgado <rdelgado@gulfcoastboatworks.com>",
             "RE: PO GCB-24-3415 cleat 200 samples", "Tue, 30 Apr 2024 11:18:00 +0300", body,
             cc="Mike Sorensen <msorensen@gulfcoastboatworks.com>")
    case("p27_blanks_roll_on", ["RG006", "RG007"],
         "supplier poured blanks for all 300 and will machine and ship the lot on sample approval",
         [("RE_PO_GCB-24-3415.eml", eml_bytes(m))])


def p28_deposit_bought_tube():
    orig = T("""
        Dear Amy,

        attached our PO 4500019188: 4 (four) sample davit arms CNB-DV-180 rev 1. The balance of
        196 pcs is not released and stays on hold until Ing. Luca Romano has signed off the load
        test and Marco Bellandi sends you a written production release.

        Best regards,
        Giulia Ferri
        """)
    sched = [
        ("h1", "PRODUCTION SCHEDULE - CNB-DV-180"),
        ("p", "Taichung Precision Davits Co., Ltd. - customer Cantiere Navale Bellandi - 2024-04-25"),
        ("table", [["Step", "Qty", "Status / date"],
                   ["316L tube 60.3 x 3.9 and 12 mm plate purchase", "200 sets", "done 2024-04-22"],
                   ["Cutting and bending", "200 sets", "in progress, week 17-18"],
                   ["Welding and polishing", "200 sets", "week 19-21"],
                   ["Samples load test", "4 pcs", "week 19"],
                   ["Shipment", "200 pcs", "ETD Taichung week 23"]]),
    ]
    body = T("""
        Dear Giulia,

        Thank you for the 30% deposit, received on 18 April.

        As written in our PI, deposit received means the order is confirmed, so we have purchased
        the 316L tube and plate for the complete order of 200 davit arms and production has
        started. Please see the attached schedule. The 4 samples for the load test will be ready
        in week 19.

        Best regards,
        Amy Chen
        Sales & Project Manager
        Taichung Precision Davits Co., Ltd. | No. 15, Gongye 32nd Rd., Xitun Dist., Taichung
        """) + "\nOn 2024/04/09 18:02, Giulia Ferri wrote:\n" + quote(orig)
    m = mail("Amy Chen <amy.chen@tpdavits.com.tw>", "Giulia Ferri <g.ferri@bellandi-yachts.it>",
             "RE: PO 4500019188 davit arm CNB-DV-180", "Thu, 25 Apr 2024 15:10:00 +0800", body,
             attachments=[("schedule_CNB-DV-180.pdf", pdf(sched, title="Schedule CNB-DV-180", author="Amy Chen"), PDF_MT)])
    case("p28_deposit_bought_tube", ["RG006", "RG012"],
         "supplier treats the deposit as order confirmation, bought material for 200 and started; only 4 released",
         [("RE_PO_4500019188_davit_arm.eml", eml_bytes(m))])


def p29_roll_straight_on():
    orig = T("""
        Dear Joao,

        PO 4500019077 attached: 12 casting samples of the fairlead 220 mm, CNB-DK-2220 rev A.
        The 288 pcs balance is on hold until Ing. Luca Romano has signed off the samples and Marco
        Bellandi sends you a written production release. Please do not start the 288.

        Cordiali saluti,
        Giulia Ferri
        """)
    body = T("""
        Dear Giulia,

        The 12 samples left Maia today with Transportes Rocha, delivery Viareggio on Thursday.
        Certificates 3.1 and the salt-spray report are in the box and attached here.

        Once Ing. Romano signs the sample report we will roll straight on with the balance of
        288 pcs - no need for another paper from your side, we keep the moulding line set up for
        you so there is no gap.

        Com os melhores cumprimentos,
        Joao Pereira
        Departamento Comercial
        Metalurgia Atlantica Lda | Rua da Fundicao 212, 4470-605 Maia | +351 229 410 355
        """) + "\nEm 08/04/2024 09:15, Giulia Ferri escreveu:\n" + quote(orig)
    m = mail("Joao Pereira <joao.pereira@metalatlantica.pt>", "Giulia Ferri <g.ferri@bellandi-yachts.it>",
             "RE: PO 4500019077 fairlead 220 - samples shipped", "Mon, 29 Apr 2024 17:45:00 +0100", body,
             html=text_to_html(body))
    case("p29_roll_straight_on", ["RG007"],
         "supplier will roll straight on with the 288 once the sample report is signed, without the written release",
         [("RE_PO_4500019077_samples_shipped.eml", eml_bytes(m))])


def p30_buyer_carry_on():
    orig = T("""
        Cherry,

        PO HP-77630 covers 20 sample telescopic swim ladders HP-SL-4 (4-step). The other 480 are
        on hold until our QC has signed off the samples (salt fog 500 h, step load 150 kg) and I
        have sent you a written release.

        Dan
        """)
    body = T("""
        Cherry,

        Heads up - I'm on the road for the next three weeks (Fort Lauderdale show, then our
        dealer meetings), and email will be patchy.

        If the samples look good when your QC checks them, just carry on with the balance - I'll
        sort the paperwork when I'm back. No sense losing the slot over my travel schedule.

        Kayla has the rest of the open items.

        Thanks,
        Dan
        """) + sig("Dan Mercer", "VP Operations", "Harbor Point Marine Supply", "+1 410 555 0101") \
        + "\nOn Tue, Apr 2, 2024 at 2:30 PM Dan Mercer <dmercer@harborpointmarine.com> wrote:\n" + quote(orig)
    m = mail("Dan Mercer <dmercer@harborpointmarine.com>", "Cherry Wang <cherry.wang@haida-fittings.cn>",
             "Re: PO HP-77630 swim ladder samples", "Fri, 26 Apr 2024 06:55:00 -0400", body,
             cc="Kayla Brooks <kbrooks@harborpointmarine.com>")
    case("p30_buyer_carry_on", ["RG007"],
         "buyer contradicts his own written-release requirement: if samples look good, carry on with the balance",
         [("Re_PO_HP-77630_swim_ladder.eml", eml_bytes(m))])


def p31_plan_docx():
    blocks = [
        ("h1", "Project plan - flush hatch AY-HT-650 rev A"),
        ("p", "Baltyk Luki Sp. z o.o., ul. Stoczniowa 4, 70-660 Szczecin - for Adriatica Yachts S.p.A. "
              "- PO AY-24-0960 (sample lot 4 pcs) - issued 29-04-2024 by Adam Zielinski, Project Manager"),
        ("table", [["Week", "Step", "Owner"],
                   ["18", "Extrusion die trial, frame profile", "Baltyk Luki"],
                   ["19", "Samples machined, anodised, glazed", "Baltyk Luki"],
                   ["20", "Samples ship by truck to Ancona", "Baltyk Luki"],
                   ["22", "Sample approval at Ancona (watertightness + fit on hull AY68-10)", "Adriatica"],
                   ["23", "Series production starts - triggered automatically by the sample approval, "
                          "to hold your yard slot", "Baltyk Luki"],
                   ["27", "First series delivery", "Baltyk Luki"]]),
        ("sp",),
        ("h", "Notes"),
        ("li", "Series = balance of the hatch programme for the AY68 line."),
        ("li", "Acrylic 12 mm grey tint ordered for the samples, delivery week 18."),
        ("li", "Gasket EPDM 70 Sh A, supplier Semperit."),
        ("p", "Adam Zielinski, Kierownik Projektu / Project Manager"),
    ]
    case("p31_plan_docx", ["RG007"],
         "supplier plan: series production triggered automatically by sample approval",
         [("AY-HT-650_project_plan.docx", docx_bytes(blocks, author="Adam Zielinski"))])


def p32_chat_crack_on():
    chat = T("""
        [4/04/24, 8:20:11 AM] Ben Wiremu: Morning Amy, PO KY-2402 for the K52 boarding ladder is in your inbox
        [4/04/24, 8:21:02 AM] Ben Wiremu: 4 FAI sets only. The other 44 are on hold til Sophie signs the FAI report and I send you a written release
        [4/04/24, 9:05:48 AM] Amy Chen: Good morning Ben, received. 4 FAI sets, 44 on hold, understood 🙏
        [23/04/24, 6:40:30 PM] Amy Chen: FAI sets finished, shipping Friday by air. Report attached to email
        [23/04/24, 7:15:02 PM] Ben Wiremu: Legend, thanks Amy
        [23/04/24, 7:16:44 PM] Ben Wiremu: Sophie's flat out with sea trials for the next fortnight
        [23/04/24, 7:17:30 PM] Ben Wiremu: Tell you what - once she's happy with the FAI sets just crack on with the other 44, don't wait for paper from me
        [23/04/24, 7:20:12 PM] Amy Chen: OK Ben, we wait Sophie's OK then start 44 👍
        """)
    case("p32_chat_crack_on", ["RG007"],
         "chat: buyer drops his own written-release step - once FAI is signed off, crack on with the 44",
         [("WhatsApp_Chat_Amy_Chen_TPD.txt", chat)])


def p33_portal_deposit_auto():
    body = """
<h2>Haida Order Center</h2>
<p>Ningbo Haida Stainless Fittings Co., Ltd. &middot; Customer: <b>Nordzee Watersport Distributie B.V.</b></p>
<p>Sales order <b>SO-NB-24-0871</b> &middot; Customer PO <b>NW-5602</b> &middot; Anchor swivel 10 mm NW-AS-10 rev B</p>
<table>
<tr><th>#</th><th>Step</th><th>Status</th><th>Date</th></tr>
<tr><td>1</td><td>Customer PO received (sample 12 pcs)</td><td>&#10004; done</td><td>2024-04-08</td></tr>
<tr><td>2</td><td>Deposit 30% received</td><td>&#10004; done &rarr; production authorized</td><td>2024-04-12</td></tr>
<tr><td>3</td><td>Samples 12 pcs</td><td>in production</td><td>ETD 2024-05-10</td></tr>
<tr><td>4</td><td>Balance 588 pcs</td><td>on hold (per your PO note)</td><td>&nbsp;</td></tr>
<tr><td>5</td><td>Production of balance</td><td>starts automatically after your sample approval &mdash; no action needed</td><td>&nbsp;</td></tr>
</table>
<p class="note">Tip: you do not need to send a new PO or release for step 5. Our system starts the
balance as soon as your QC approves the samples in this portal.</p>
<p>Account manager: Cherry Wang &middot; cherry.wang@haida-fittings.cn</p>
"""
    case("p33_portal_deposit_auto", ["RG007", "RG012"],
         "supplier portal: deposit -> 'production authorized'; balance starts automatically after sample approval",
         [("order_center_SO-NB-24-0871.html", html_page("Haida Order Center", body))])


def p34_oc_deemed_approval():
    blocks = [
        ("h1", "POTWIERDZENIE ZAMOWIENIA / ORDER CONFIRMATION OC/24/0530"),
        ("p", "Pomorskie Odlewnie Sp. z o.o., ul. Marynarki Polskiej 71, 80-557 Gdansk - 29-04-2024"),
        ("p", "Customer: Nordzee Watersport Distributie B.V., Rotterdam - your PO NW-5611"),
        ("table", [["Item", "Description", "Qty", "Price EUR", "Delivery"],
                   ["1", "Pattern chain stopper 12 mm NW-CS-12 rev A", "1", "1.650,00", "week 20"],
                   ["2", "Chain stopper 12 mm, CF8M, polished - samples", "10 pcs", "58,00", "week 21"]]),
        ("sp",),
        ("h", "Terms of this confirmation"),
        ("p", "1. Approval of samples: within 14 days after delivery, in writing."),
        ("p", "2. After your approval of the samples, the approval for serial production is deemed given "
              "and we start the series without a further order, to keep the delivery time."),
        ("p", "3. Payment 30 days net. Delivery FCA Gdansk."),
        ("p", "Katarzyna Nowak, Sales Director"),
    ]
    case("p34_oc_deemed_approval", ["RG007", "RG009"],
         "supplier confirmation: sample approval deems 'approval for serial production' given and starts the series",
         [("OC-24-0530.pdf", pdf(blocks, title="OC/24/0530", author="Katarzyna Nowak"))])


def p35_forecast_commitment():
    fc = T("""
        NORDZEE WATERSPORT DISTRIBUTIE B.V. - FORECAST SEASON 2025 - supplier KMH (20388)
        ---------------------------------------------------------------------------------
        Article        Description                  Q1 2025  Q2 2025  Q3 2025  Q4 2025   Total
        316-2500-CL    Cleat 250 mm AISI316             350      500      400      150   1.400
        316-1600-FL    Fairlead 160 mm AISI316          150      200      150      100     600
        316-0800-SB    Stanchion base 25 mm              80      120       80       40     320
        ---------------------------------------------------------------------------------
        Prepared 06-05-2024, J. Mulder
        """)
    body = T("""
        Dear Vivian,

        Attached our forecast for the 2025 season: 1.400 cleats 250 mm, 600 fairleads 160 mm and
        320 stanchion bases.

        Please treat this forecast as our commitment for 2025 and book your capacity on it. The
        quantities per month will be called off by a written call-off from me, as this year.

        Last season you were short in April; with this commitment in hand I trust that will not
        happen again.

        Met vriendelijke groet / Kind regards,
        """) + sig("Joost Mulder", "Category Buyer Deck Hardware", "Nordzee Watersport Distributie B.V., Rotterdam",
                   "+31 10 799 4410")
    m = mail("Joost Mulder <j.mulder@nordzee-watersport.nl>", "Vivian Lin <vivian.lin@kmh-marine.com.tw>",
             "Forecast season 2025", "Mon, 06 May 2024 10:02:00 +0200", body,
             attachments=[("forecast_2025_KMH.txt", fc, "text/plain")])
    case("p35_forecast_commitment", ["RG008"],
         "buyer asks supplier to treat the 2025 forecast as a commitment",
         [("Forecast_season_2025.eml", eml_bytes(m))])


def p36_oc_forecast_order():
    blocks = [
        ("h1", "ORDER CONFIRMATION QOT-OC-2405-009"),
        ("p", "Qingdao Ocean Teak Craft Co., Ltd. - Jiaozhou Industrial Park, Qingdao, Shandong - 2024-05-07"),
        ("p", "To: Harbor Point Marine Supply, Annapolis MD - attn. Kayla Brooks"),
        ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
                   ["HP-TK-HR-06", "Teak handrail, 6 loops, 1,200 mm, grade A", "3,000 pcs", "18.40", "55,200.00"]]),
        ("sp",),
        ("p", "We are pleased to confirm your order of 3,000 pcs teak handrail HP-TK-HR-06 as per your "
              "rolling forecast FC-2024-Q3 dated 2024-05-06. Delivery in 6 monthly lots of 500 pcs, first "
              "lot ETD Qingdao 2024-08-15."),
        ("p", "Production will start upon receipt of the 30% deposit (USD 16,560.00). Balance 70% against "
              "copy of B/L for each lot."),
        ("p", "Bank: Agricultural Bank of China, Qingdao Jiaozhou Branch, SWIFT ABOCCNBJ040."),
        ("p", "Leo Zhang, Export Manager"),
    ]
    case("p36_oc_forecast_order", ["RG008", "RG012"],
         "supplier confirms the rolling forecast as an order of 3,000 and will start production on deposit",
         [("QOT-OC-2405-009.pdf", pdf(blocks, title="QOT-OC-2405-009", author="Leo Zhang"))])


def p37_schedule_committed():
    body = """
<h2>Gulf Coast Boatworks &ndash; Supplier Schedule 2025</h2>
<p>Supplier: <b>Egeo Paslanmaz Metal San. Ltd.</b> &middot; Commodity: GC-34 stanchion and rail kit GCB-RK-34
&middot; Published 2024-05-01 by Tanya Reyes</p>
<table>
<tr><th>Build quarter</th><th>Hulls</th><th>Rail kits</th></tr>
<tr><td>Q1 2025</td><td>GC-34 #61-72</td><td>12</td></tr>
<tr><td>Q2 2025</td><td>GC-34 #73-84</td><td>12</td></tr>
<tr><td>Q3 2025</td><td>GC-34 #85-96</td><td>12</td></tr>
<tr><td>Q4 2025</td><td>GC-34 #97-108</td><td>12</td></tr>
<tr><th>Total</th><th>&nbsp;</th><th>48</th></tr>
</table>
<div class="note"><b>Committed forecast.</b> This forecast of 48 rail kits for 2025 is our commitment to you &ndash;
plan your capacity and your people on it. Purchase orders follow per build quarter, and production is released
per hull kit by a call-off signed by Rick Delgado, Director of Purchasing.</div>
<p style="font-size:11px;color:#666">GCB supplier schedule &middot; generated 2024-05-01 08:00 CDT</p>
"""
    case("p37_schedule_committed", ["RG008"],
         "buyer schedule page calls the 48-kit forecast 'our commitment to you'",
         [("supplier_schedule_2025_V0871.html", html_page("GCB Supplier Schedule 2025", body))])


def p38_chat_sure_order():
    chat = T("""
        09.04.2024 10:02 - Emre Yildiz: Good morning Tomasz Bey, PO BMY-2024-0260 is sent by email
        09.04.2024 10:03 - Emre Yildiz: 4 sample sets gangway stanchions BMY-GS-30. Balance 96 sets on hold until our QC sign-off and written release from Selin Aksoy, our GM
        09.04.2024 10:31 - Tomasz Wisniewski: Good morning Emre, received. 4 sample sets, 96 on hold. OK
        09.04.2024 10:33 - Tomasz Wisniewski: Can you give us some idea about next season? We plan the foundry for 2025 now
        09.04.2024 10:41 - Emre Yildiz: Our forecast for next season is 200 sets. You can take it as a sure order, kesin sipariş, don't worry
        09.04.2024 10:42 - Tomasz Wisniewski: Thank you, very helpful 👍
        24.04.2024 16:15 - Emre Yildiz: Tomasz Bey please send the 6 sample sets by Friday, our class surveyor comes Monday
        24.04.2024 16:40 - Tomasz Wisniewski: We try, I check with production and come back
        """)
    case("p38_chat_sure_order", ["RG008", "RG011"],
         "chat: forecast of 200 sets called a 'sure order'; buyer asks for 6 sample sets after ordering 4",
         [("WhatsApp_Tomasz_Wisniewski.txt", chat)])


def p39_agreement_annex():
    blocks = [
        ("h1", "Supply agreement VDJ-PO-SA-2024 - Annex B: Volumes 2025"),
        ("p", "Between Van Dijk Jachtbouw B.V., Makkum (Buyer) and Pomorskie Odlewnie Sp. z o.o., Gdansk "
              "(Supplier). Annex B forms part of the supply agreement signed 15-03-2024."),
        ("h", "B.1 Forecast volume"),
        ("table", [["Part", "Description", "Forecast 2025"],
                   ["VDJ-CP-110 rev D", "Chainplate 316L", "2.000 pcs"],
                   ["VDJ-SB-32 rev C", "Stanchion base 32 mm", "1.500 pcs"]]),
        ("p", "The Buyer commits to purchase the forecast volume of 2.000 chainplates VDJ-CP-110 in calendar "
              "year 2025. The stanchion base volume is indicative."),
        ("h", "B.2 Ordering and production authority"),
        ("p", "Quantities are ordered by purchase order. Production of any quantity starts only on a written "
              "call-off signed by Henk Visser, Manager Inkoop. Material authority is stated in each call-off."),
        ("h", "B.3 Prices"),
        ("p", "Prices per Annex C, fixed until 31-12-2025 except for the nickel surcharge per Annex D."),
        ("table", [["For the Buyer", "For the Supplier"],
                   ["Henk Visser, Manager Inkoop", "Katarzyna Nowak, Sales Director"]]),
    ]
    case("p39_agreement_annex", ["RG008"],
         "supply agreement annex: buyer 'commits to purchase the forecast volume' of 2.000 chainplates",
         [("VDJ-PO-SA-2024_annex_B.docx", docx_bytes(blocks, author="Henk Visser"))])


def p40_erp_released_three():
    txt = T("""
        ADRIATICA YACHTS S.P.A.                        SCHEDA ORDINE / ORDER SHEET        30.04.2024
        ============================================================================================
        ORDINE / PO        AY-24-0972
        FORNITORE          KAOHSIUNG MARINE HARDWARE CO., LTD. (F-00388)
        ARTICOLO           AY-CL-280   BITTA / MOORING CLEAT 280 MM AISI 316
        --------------------------------------------------------------------------------------------
        STATO DISEGNO      DRAWING AY-CL-280 REV C RELEASED (ECN 24-061, 22.04.2024)
        STATO ORDINE       PO RELEASED (STRATEGY P2 - F. GALLI, 29.04.2024)
        RILASCIO PROD.     PRODUCTION RELEASE: SAMPLES 4 PCS ONLY.
                           BALANCE 396 PCS NOT RELEASED UNTIL SAMPLE SIGN-OFF (ING. D. SARTI,
                           SALT-SPRAY 720 H + BREAK LOAD 40 KN) AND WRITTEN RELEASE BY PAOLO CONTI.
        MATERIALE          SAMPLE MATERIAL ONLY (4 PCS)
        --------------------------------------------------------------------------------------------
        POS  QTA   UM   PREZZO USD   CONSEGNA
        010     4  PZ        41,00   SETT. 24, DAP ANCONA
        ============================================================================================
        """)
    case("p40_erp_released_three", ["RG009"],
         "ERP sheet uses 'released' for the drawing, the PO and production; scope otherwise complete",
         [("AY-24-0972_scheda_ordine.txt", txt)])


def p41_deposit_start():
    orig = T("""
        Kia ora Murat,

        PO TB-0930 attached: 6 sample bollards TB-BL-150 rev 2. The other 114 are on hold until our
        FAI sign-off and a written release from me.

        Cheers,
        Hemi Walker
        Operations Manager, Tamaki Boats Ltd
        """)
    body = T("""
        Kia ora Murat,

        Deposit for PO TB-0930 went through today (TT ref ANZ 7781 3345, NZD 4,212.00).

        That's the money side sorted, so you can start production.

        Cheers,
        Hemi
        """) + sig_plain("Hemi Walker", "Operations Manager", "Tamaki Boats Ltd, 18 Hewson St, Penrose, Auckland",
                         "+64 9 525 3390") \
        + "\nOn Wed, 10 Apr 2024 at 9:14 AM, Hemi Walker <hemi@tamakiboats.co.nz> wrote:\n" + quote(orig)
    m = mail("Hemi Walker <hemi@tamakiboats.co.nz>", "Murat Kaya <murat.kaya@tuzladokum.com.tr>",
             "Re: PO TB-0930 bollards - deposit paid", "Thu, 02 May 2024 15:30:00 +1200", body)
    case("p41_deposit_start", ["RG012"],
         "buyer: deposit paid, 'so you can start production' - payment treated as authority to produce",
         [("Re_PO_TB-0930_deposit.eml", eml_bytes(m))])


def p42_multi_dozen_vs_ten():
    po = [
        ("h1", "PURCHASE ORDER HP-77655"),
        ("p", "Harbor Point Marine Supply, 214 Chesapeake Ave, Annapolis MD 21403"),
        ("table", [["Vendor", "PO date", "Terms", "Buyer"],
                   ["Taichung Precision Davits Co., Ltd. (V-20502)", "04/30/2024", "FOB Taichung, Net 60",
                    "Kayla Brooks"]]),
        ("sp",),
        ("table", [["Line", "SKU", "Description", "Qty", "Unit $", "Ext $"],
                   ["1", "HP-DH-08", "Davit hook 800 kg, 316, sample", "10", "96.00", "960.00"]]),
        ("sp",),
        ("p", "Note: sample PO. The balance of 490 pcs is on hold until QC lot acceptance of the samples and a "
              "written release signed by Dan Mercer, VP Operations. Material for the samples only."),
    ]
    body = T("""
        Hi Amy,

        Attached is PO HP-77655 for a dozen sample davit hooks (12 pcs) HP-DH-08, 800 kg SWL.
        The balance of 488 stays on hold until our QC has done lot acceptance on the samples and
        Dan Mercer has signed a written release.

        Could you ship by air so they arrive before June 14? Our test rig is booked for the week
        after.

        Thanks,
        Kayla
        """) + sig("Kayla Brooks", "Buyer, Deck Hardware", "Harbor Point Marine Supply", "+1 410 555 0143")
    m = mail("Kayla Brooks <kbrooks@harborpointmarine.com>", "Amy Chen <amy.chen@tpdavits.com.tw>",
             "PO HP-77655 davit hook samples", "Tue, 30 Apr 2024 13:47:00 -0400", body)
    case("p42_multi_dozen_vs_ten", ["RG011"],
         "folder: cover mail says a dozen (12) samples / 488 on hold, attached PO says 10 / 490",
         [("PO_HP-77655_davit_hook.eml", eml_bytes(m)),
          ("PO_HP-77655.pdf", pdf(po, pagesize=LETTER, title="PO HP-77655", author="Kayla Brooks"))])


def p43_release_120_vs_100():
    blocks = [
        ("h1", "PRODUCTION RELEASE GCB-R-07"),
        ("p", "Gulf Coast Boatworks LLC - 4410 Industrial Pkwy, Panama City FL 32404"),
        ("p", "To: Egeo Paslanmaz Metal San. Ltd., attn. Burak Demir - Date: 05/02/2024"),
        ("p", "Re: PO GCB-24-3299, stanchion 25 mm x 610 mm GCB-ST-125 rev A. Sample sign-off by Mike Sorensen "
              "on 04/26/2024 (FAI report FAI-24-019)."),
        ("p", "We release one hundred twenty (120) stanchions for production, for hulls 47 to 61. Please ship in "
              "three lots per the attached build sequence."),
        ("table", [["PO line", "Scope", "Qty", "Status"],
                   ["1", "sample", "8", "delivered, signed off"],
                   ["2", "production", "100", "released by GCB-R-07"],
                   ["3", "production balance", "380", "not released - on hold"]]),
        ("sp",),
        ("p", "The balance of 380 stanchions stays on hold until the next call-off, signed by Rick Delgado. "
              "Material authority: the released quantity only."),
        ("p", "Rick Delgado, Director of Purchasing"),
    ]
    case("p43_release_120_vs_100", ["RG011"],
         "release letter says 120 released in text but 100 in its own table",
         [("GCB-R-07_production_release.docx", docx_bytes(blocks, author="Rick Delgado"))])


def p44_multi_calloff_48_40():
    txt = T("""
        KAIPARA YACHTS LTD                    CALL-OFF / RELEASE                 PRINTED 02/05/2024
        27 PORT ROAD, WHANGAREI 0110, NZ
        ------------------------------------------------------------------------------------------
        PROGRAMME   : K52 STANCHION PROGRAMME        PO  : KY-2288
        SUPPLIER    : EGEO PASLANMAZ METAL SAN. LTD., IZMIR
        PART        : KY-ST-52 STANCHION 25 X 650 MM 316 REV B (8 PER HULL)
        ------------------------------------------------------------------------------------------
        CALL-OFF NO : 4
        QTY THIS CALL-OFF        :    48 PCS   (HULLS K52-13 TO K52-18)
        CUMULATIVE RELEASED      :   144 PCS
        PROGRAMME TOTAL (PO)     :   384 PCS
        NOT RELEASED / ON HOLD   :   240 PCS   NEXT CALL-OFF SIGNED BY SOPHIE HALE
        MATERIAL AUTHORITY       :   RELEASED QTY ONLY
        ------------------------------------------------------------------------------------------
        DELIVERY EXW IZMIR BY 28/06/2024.  PACK 8 PER HULL, LABEL HULL NO.
        SIGNED: SOPHIE HALE, PRODUCTION MANAGER
        """)
    body = T("""
        Merhaba Burak,

        Call-off 4 for the K52 stanchions is attached - 40 stanchions for hulls K52-13 to K52-17
        (5 hulls x 8). Same spec as last time, rev B with the thicker base flange.

        The rest stays on hold until Sophie signs the next call-off.

        Could you let me know if 28 June ex works still works for you?

        Cheers,
        Ben
        """) + sig_plain("Ben Wiremu", "Purchasing Lead", "Kaipara Yachts Ltd", "+64 9 430 2218")
    m = mail("Ben Wiremu <ben.wiremu@kaiparayachts.co.nz>", "Burak Demir <burak.demir@egeopaslanmaz.com.tr>",
             "K52 stanchions - call-off 4", "Thu, 02 May 2024 16:40:00 +1200", body)
    case("p44_multi_calloff_48_40", ["RG011"],
         "folder: call-off printout releases 48 (hulls 13-18), cover mail says 40 (hulls 13-17)",
         [("KY-2288_call-off_4.txt", txt),
          ("K52_stanchions_call-off_4.eml", eml_bytes(m))])


def p45_twelve_vs_table():
    blocks = [
        ("h1", "PURCHASE ORDER TB-0947"),
        ("p", "Tamaki Boats Ltd - 18 Hewson St, Penrose, Auckland 1061, New Zealand"),
        ("table", [["Supplier", "Date", "Contact", "Delivery"],
                   ["Metalurgia Atlantica Lda, Maia, Portugal", "24/04/2024", "Hemi Walker",
                    "DAP Auckland, by 28/06/2024"]]),
        ("sp",),
        ("p", "Please supply twelve (12) sample hatch hinges TB-HG-70 rev A, cast 316, electropolished, with "
              "pins and circlips, for the FAI on the T-40 hull 7."),
        ("table", [["Line", "Part", "Description", "Qty", "Unit EUR", "Total EUR"],
                   ["1", "TB-HG-70 rev A", "Hatch hinge 70 mm, sample", "10", "34,50", "345,00"],
                   ["2", "TB-HG-70-P", "Pattern, one-off", "1", "980,00", "980,00"]]),
        ("sp",),
        ("p", "The balance of 288 hinges for the T-40 series is not released. It stays on hold until our FAI "
              "sign-off and a written release from Hemi Walker, Operations Manager. Material for the samples "
              "only."),
        ("p", "Payment: 30 days after delivery. Certificates 3.1 EN 10204."),
    ]
    case("p45_twelve_vs_table", ["RG011"],
         "PO text asks for twelve (12) samples, its line table says 10",
         [("PO_TB-0947.pdf", pdf(blocks, title="PO TB-0947", author="Hemi Walker"))])


for _f in (p26_multi_ack_60, p27_blanks_roll_on, p28_deposit_bought_tube, p29_roll_straight_on,
           p30_buyer_carry_on, p31_plan_docx, p32_chat_crack_on, p33_portal_deposit_auto, p34_oc_deemed_approval,
           p35_forecast_commitment, p36_oc_forecast_order, p37_schedule_committed, p38_chat_sure_order,
           p39_agreement_annex, p40_erp_released_three, p41_deposit_start, p42_multi_dozen_vs_ten,
           p43_release_120_vs_100, p44_multi_calloff_48_40, p45_twelve_vs_table):
    _f()



# ================================================================ MAIN
def write_all():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(SEED).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem)
        folder = f"h106_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                with open(p, "w", encoding="utf-8", newline="\n") as fh:
                    fh.write(data)
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    with open(HERE / "labels.json", "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True, ensure_ascii=False)
        fh.write("\n")
    n_clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({n_clean} clean, {len(CASES) - n_clean} with risks) -> {OUT}")


if __name__ == "__main__":
    write_all()
