#!/usr/bin/env python3
"""Generator for the releasegate check_holdout56 corpus (independent held-out set).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout56/build.py

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
    m["Message-ID"] = msgid or f"<h56-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h56")
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
def D(s):
    """dedent a triple-quoted block and drop the leading newline"""
    return textwrap.dedent(s).lstrip("\n")


UNI_DISCLAIMER = (
    "\n-- \n{name}\n{title}\n{org}\n{phone}\n\n"
    "This email and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error please tell the sender and delete it. Any views expressed "
    "are those of the individual and not necessarily of the University.\n"
)


def usig(name, title, org, phone="+44 1632 960 000"):
    return UNI_DISCLAIMER.format(name=name, title=title, org=org, phone=phone)


def plain_sig(*lines):
    return "\n-- \n" + "\n".join(lines) + "\n"


def html_mail(paras):
    """very small text->html for multipart/alternative bodies"""
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">" + "".join(out) + "</body></html>"


def quote_block(s):
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in s.rstrip("\n").split("\n")) + "\n"


# =================================================================== CLEAN
# ---- c01: supplier quotation with sample + series tiers (quote alone authorizes nothing)
case("c01_quote_tiers", [],
     "supplier quotation with sample and optional series tiers; a quote has no authorized quantity",
     [("AN-24-0412_Angebot.pdf", pdf([
         ("h1", "Glasbläserei Kessler GmbH"),
         ("p", "Am Glaswerk 7 · 98693 Ilmenau · Germany · Tel. +49 3677 55210 · info@kessler-glas.de"),
         ("sp",),
         ("p", "Universität Weserbergland, Institut für Organische Chemie, AK Prof. Dr. Brandt, "
               "z. Hd. Herrn Dr. Felix Maurer, Weserufer 12, 31785 Hameln"),
         ("sp",),
         ("h", "Angebot / Quotation AN-24-0412"),
         ("p", "Datum / Date: 12.04.2024 · Ihre Anfrage / your enquiry: e-mail Dr. Maurer of 08.04.2024 · "
               "Customer no. 10877"),
         ("p", "Dear Dr. Maurer, thank you for your enquiry and the sketch. We are pleased to quote as follows:"),
         ("table", [
             ["Pos.", "Description", "Qty", "Unit price EUR", "Total EUR"],
             ["1", "Schlenk flask 250 ml, borosilicate glass 3.3 (ISO 3585), NS 29/32 socket, PTFE "
                   "high-vacuum valve 0-10 mm, side arm per your sketch SK-17 (angled 30°)",
              "4 (samples)", "186,00", "744,00"],
             ["2", "as pos. 1 - series, optional; price valid for an order placed within 6 months",
              "60", "142,50", "8.550,00"],
             ["3", "Pressure test of valve seat, with test record", "per piece", "6,50", "-"],
         ]),
         ("sp",),
         ("p", "Academic discount of 10 % is already included. Prices are net, ex works Ilmenau, plus "
               "VAT; packaging at cost. Delivery time: samples approx. 3 weeks after receipt of order; "
               "series approx. 5 weeks after your separate order for the series."),
         ("p", "Wall thickness 1.8-2.0 mm. Tolerances on hand-blown parts ±1 mm unless agreed otherwise. "
               "Ground joints to DIN 12242. This quotation is valid for 60 days."),
         ("p", "We would be pleased to receive your order. Mit freundlichen Grüßen / Kind regards"),
         ("p", "Rainer Kessler, Glasbläsermeister"),
         ("sp",),
         ("p", "Amtsgericht Jena HRB 512340 · USt-IdNr. DE812345678 · Sparkasse Arnstadt-Ilmenau · "
               "IBAN DE12 8405 1010 1234 5678 90"),
     ], title="Angebot AN-24-0412", author="Glasbläserei Kessler GmbH"))])


# ---- c02: chat; supplier asks for the go-ahead, buyer answers with the full scope
case("c02_chat_question", [],
     "supplier's 'do we have your go-ahead?' is a question; buyer answer states 20 only, 180 on hold, "
     "bring-up test, written release by Marcus Feld",
     [("slack_ext-lumenfold-boardworks_2024-06.txt", D("""
        Slack export - shared channel #ext-lumenfold-boardworks
        Exported 2024-06-14 17:02 UTC by priya.natarajan@lumenfold.bio
        ------------------------------------------------------------------

        2024-06-11 08:47  Derek Olsen (BoardWorks PCBA)
          Morning all. Stencil for rev C came in, we're doing the first-article check on the EVT build today.

        2024-06-11 08:52  Marcus Feld (Lumenfold Bio)
          Great. Reminder that U12 (TPS62840) needs the 0402 cap next to it populated - it was DNP on rev B.

        2024-06-11 09:10  Derek Olsen (BoardWorks PCBA)
          Noted, it's on the rev C BOM (line 47).

        2024-06-12 15:20  Derek Olsen (BoardWorks PCBA)
          The 20 EVT boards on PO LB-3371 shipped FedEx Priority, tracking 7712 4488 0190.
          X-ray images of the BGA are in the shared folder, flying-probe report is with the packing slip.

        2024-06-12 15:22  Derek Olsen (BoardWorks PCBA)
          Quick planning question so I can book the SMT line: do we have your go-ahead for the
          remaining 180 on the quote, or is that still on hold until your bring-up test?

        2024-06-12 16:05  Priya Natarajan (Lumenfold Bio)
          Thanks Derek, great turnaround!
          Still on hold. PO LB-3371 covered the 20 EVT boards only, and that's all that's released.
          Bring-up is next week. If the boards pass, Marcus Feld (Head of Hardware) will send you a
          written release for the 180 - until you have that from him please don't book the line or
          buy parts for them.

        2024-06-12 16:07  Derek Olsen (BoardWorks PCBA)
          :+1: understood. Nothing on the 180 until Marcus's written release.

        2024-06-13 09:31  Marcus Feld (Lumenfold Bio)
          Boards arrived, thanks. Bring-up results early next week. One thing for later: the J7
          silkscreen is mirrored on rev C, please note it for the next rev.

        2024-06-13 09:40  Derek Olsen (BoardWorks PCBA)
          Logged as ECO-0219.
        """))])


# ---- c03: clearly labelled non-binding forecast
c03_body = D("""
    <h2>Qubitronix Ltd. &ndash; rolling demand forecast, week 23/2024</h2>
    <p>Qubitronix Ltd., 14 Ha'Mada St., Science Park, Rehovot 7670314, Israel<br>
    To: Galil Precision Optics Ltd., Attn. Michal Avraham (Sales)</p>
    <p class="note"><b>NON-BINDING FORECAST &ndash; for capacity planning only.</b> This is not a purchase
    order. It does not authorize production and does not authorize the purchase of material. Quantities are
    ordered and released only by Qubitronix purchase orders and written call-offs.</p>
    <table>
    <tr><th>Part</th><th>Rev</th><th>Description</th><th>Q3-2024</th><th>Q4-2024</th><th>Q1-2025</th><th>Q2-2025</th><th>Basis</th></tr>
    <tr><td>QX-WIN-2200</td><td>B</td><td>Cryostat window assy, fused silica, AR 1550</td><td>40</td><td>60</td><td>80</td><td>120</td><td>forecast</td></tr>
    <tr><td>QX-WIN-2210</td><td>A</td><td>Cryostat window assy, sapphire, uncoated</td><td>10</td><td>10</td><td>20</td><td>20</td><td>forecast</td></tr>
    </table>
    <p>Notes:</p>
    <ul>
    <li>Figures change weekly with our build plan; the Q1/Q2-2025 columns depend on a customer programme that is not yet awarded.</li>
    <li>Please tell us by 30 June if the Q4 figures exceed your AR-coating capacity.</li>
    <li>Dimensions and coating spec per QX-SPEC-0044 rev D; ISO 10110 drawing notes apply.</li>
    </ul>
    <p>Contact: Dana Levi, Procurement Lead &middot; +972 8 930 5521 &middot; dana.levi@qubitronix.co.il</p>
    """)
case("c03_forecast", [],
     "labelled non-binding forecast; says it authorizes neither production nor material",
     [("QX-forecast-2024-W23.html", html_page("Qubitronix forecast W23/2024", c03_body))])


# ---- c04: fit-check sign-off email, scoped, with hold, event and release authority
c04_prev = D("""
    On Fri, 31 May 2024 at 16:40, Gareth Penrose <gareth@tamarprecision.co.uk> wrote:
    Hi Owen,
    The 6 prototype manifolds went out by DPD this afternoon, tracking 15501 8844 2213.
    Ports were checked with plug gauges, CMM report for #1 and #4 in the box.
    Kind regards, Gareth
    """)
c04_text = D("""
    Hi Gareth,

    Thanks for turning these round so quickly. We had the six prototype manifolds on the rig on
    Tuesday and Wednesday. Fit check is fine: the PEEK ferrules seat properly, the M6 ports line up
    with the breadboard and there is no weeping at 8 bar.

    To be precise about what this means: this is a sample sign-off for fit only. It does not release
    production. PO CB-4700231 covers those six prototypes and nothing else; the other 44 manifolds on
    your quote TPE-Q-1187 stay on hold. Before any of them are made we still need (1) the chemical
    compatibility test with the DMSO mix, which finishes around 14 June, and (2) a written production
    release from Dr Aisha Rahman, who holds the grant budget. She will send that herself - please
    don't take it from me or from Stores.

    The six prototypes can stay with us. Please invoice them to accounts payable quoting the PO number.

    Best wishes,
    Owen
    """) + usig("Dr Owen Pritchard", "Postdoctoral Research Associate, Flow Chemistry Group",
                "School of Chemistry, University of Castlebridge", "+44 1632 960 417") + "\n" + quote_block(c04_prev)
case("c04_fitcheck", [],
     "scoped fit-only sign-off; six released, 44 on hold, compatibility test + written release by Dr Aisha Rahman",
     [("RE_PO_CB-4700231_prototype_manifolds.eml", eml_bytes(mail(
         "Owen Pritchard <o.pritchard@castlebridge.ac.uk>", "Gareth Penrose <gareth@tamarprecision.co.uk>",
         "RE: PO CB-4700231 - prototype flow-cell manifolds", "Thu, 06 Jun 2024 11:18:00 +0100",
         c04_text, cc="Aisha Rahman <a.rahman@castlebridge.ac.uk>",
         in_reply_to="<h56-prev-0401@tamarprecision.co.uk>")))])


# ---- c05: full-quantity university PO (no balance), "proceed" scoped by the quantities shown
case("c05_fullqty_po", [],
     "full-quantity PO (3 chambers + 6 flanges, no further quantity planned); proceed is scoped",
     [("PO_4500871233.pdf", pdf([
         ("h1", "Great Lakes State University"),
         ("p", "Procurement Services · 1200 University Ave, Ann Arbor-Hills, MI 48109 · purchasing@glsu.edu"),
         ("h", "PURCHASE ORDER 4500871233"),
         ("table", [
             ["PO date", "Requisition", "Account / cost center", "Buyer"],
             ["05/14/2024", "R-24-06612", "21-4470-SPS (NSF PHY-2311)", "Linda Marsh"],
         ]),
         ("sp",),
         ("p", "Vendor: Iron Creek Machine & Weld LLC, 88 Foundry Rd, Kalamazoo, MI 49001 · vendor no. 300712"),
         ("p", "Ship to: Department of Physics, Randall Lab Rm 214, attn. Dr. Hannah Cole · Receiving hours 8-3:30"),
         ("table", [
             ["Line", "Description", "Qty", "UoM", "Unit price", "Extended"],
             ["1", "Vacuum chamber, 304 SS, per dwg GLSU-PHY-2500 Rev 3; (6) ISO-KF 40 ports, (2) CF 2.75\" "
                   "ports; helium leak test to 1x10^-9 mbar l/s, report required", "3", "EA", "8,450.00", "25,350.00"],
             ["2", "Blank-off flange CF 2.75\", 304 SS, with copper gaskets", "6", "EA", "42.00", "252.00"],
             ["", "", "", "", "PO total", "25,602.00"],
         ]),
         ("sp",),
         ("h", "Special instructions"),
         ("p", "This order covers the complete quantity required for the project (3 chambers, 6 flanges). "
               "No further quantity is planned. Vendor may proceed with fabrication of the quantities shown. "
               "Delivery required by June 14, 2024 (fiscal year ends June 30). Quote ICM-Q-2277 dated 04/29/2024 "
               "applies for pricing and specification."),
         ("h", "Terms and conditions (excerpt)"),
         ("p", "1. F.O.B. destination, freight prepaid and added. 2. Payment net 30 after receipt of goods and a "
               "correct invoice quoting the PO number. 3. The University is tax exempt; certificate on file. "
               "4. Packing slip must show PO number and line numbers. 5. Changes to this order are valid only as "
               "a written PO change order issued by Procurement Services. 6. The University's standard terms "
               "(rev. 07/2023) apply; vendor terms printed on acknowledgements do not."),
         ("sp",),
         ("p", "Authorized signature: Linda Marsh, Senior Buyer, Procurement Services"),
     ], pagesize=LETTER, title="PO 4500871233", author="GLSU Procurement Services"))])


# ---- c06: call-off with explicit staged material authority above the released quantity
c06_calloff = pdf([
    ("h1", "CALL-OFF (PRODUCTION RELEASE) No. 2"),
    ("p", "Hoshino Analytical Instruments Co., Ltd. · 3-18 Karasuma-dori, Shimogyo-ku, Kyoto 600-8008, Japan"),
    ("p", "To: Sakura Optical Works Co., Ltd., Attn. Mr. Daisuke Ogawa · Date: 12 June 2024"),
    ("table", [
        ["Item", "Detail"],
        ["Order", "HAI-PO-24-0307"],
        ["Part", "HAI-OBJ-0450 Rev 2, objective lens housing assembly"],
        ["Quote", "SOW-Q-24-118: 120 units, production quantity basis: firm"],
        ["Call-off No. 1", "10 units (samples). Sample sign-off SS-24-031: approved 28 May 2024"],
        ["This call-off (No. 2)", "40 units (units 11-50)"],
        ["Cumulative released", "50 of 120"],
        ["Balance on hold", "70 units - not released"],
    ]),
    ("sp",),
    ("p", "1. Quantity released by this call-off: 40 units (units 11-50)."),
    ("p", "2. The balance of 70 units is not released. It will be released only by a further call-off signed by "
          "Kenji Tanaka, Procurement Manager (release authority), after our Q3 demand review in August 2024."),
    ("p", "3. Material authority: staged, up to 120 units' worth of glass blanks (N-BK7, N-SF11) and lens "
          "barrels, at Hoshino's liability under the terms of quote SOW-Q-24-118. Material authority is not "
          "production authority: no housing beyond unit 50 may be assembled or machined."),
    ("p", "4. Delivery of the 40 units: by 26 July 2024, Kyoto plant, goods receiving gate 2."),
    ("sp",),
    ("p", "Signed: Kenji Tanaka, Procurement Manager"),
], title="Call-off No. 2 HAI-PO-24-0307", author="Hoshino Analytical Instruments")
c06_prev = D("""
    -----Original Message-----
    From: Daisuke Ogawa <d.ogawa@sakura-optical.co.jp>
    Sent: Monday, June 10, 2024 4:12 PM
    To: Aiko Shimizu <a.shimizu@hoshino-ai.co.jp>
    Subject: glass blanks lead time

    Dear Ms. Shimizu,
    Lead time of N-BK7 blanks is now 14 weeks. Can we buy glass blanks and lens barrels for all
    120 units at once? It will help the schedule very much.
    Best regards, Ogawa
    """)
c06_text = D("""
    Dear Mr. Ogawa,

    Thank you for your message of 10 June. Please find attached Call-off No.2 for the objective lens
    housing assembly HAI-OBJ-0450 Rev 2.

    About your question on the glass blanks and barrels: yes, you may buy them for up to 120 units
    now. This is covered by the staged material authority in section 3 of the attached call-off, at our
    liability. It does not release production beyond the 50 units released so far (10 in call-off No.1
    and 40 in call-off No.2).

    Kindly confirm receipt of the call-off.

    Best regards,
    Aiko Shimizu
    Procurement Dept., Hoshino Analytical Instruments Co., Ltd.
    Tel +81 75 361 2280
    """) + "\n" + c06_prev
case("c06_calloff_staged", [],
     "call-off releases 40 (cum. 50), 70 on hold until next call-off by Kenji Tanaka; explicit staged material authority to 120",
     [("Call-off_No2_HAI-PO-24-0307.eml", eml_bytes(mail(
         "Aiko Shimizu <a.shimizu@hoshino-ai.co.jp>", "Daisuke Ogawa <d.ogawa@sakura-optical.co.jp>",
         "Call-off No.2 / HAI-OBJ-0450 Rev 2 / order HAI-PO-24-0307", "Wed, 12 Jun 2024 10:05:00 +0900",
         c06_text, cc="Kenji Tanaka <k.tanaka@hoshino-ai.co.jp>",
         attachments=[("CallOff_2_HAI-PO-24-0307.pdf", c06_calloff, PDF_MT)])))])


# ---- c07: SOW with an explicit, recorded auto-conversion
case("c07_sow_autoconv", [],
     "explicit recorded auto-conversion naming quantity (45), signer (Dr Lior Ben-David), conditions and expiry",
     [("SOW-NS-017_beta_enclosures.docx", docx_bytes([
         ("h1", "Statement of Work SOW-NS-017"),
         ("p", "Beta headstage enclosures - Neurospark Ltd. (buyer) and Mechatek Precision Ltd. (contractor)"),
         ("p", "Buyer: Neurospark Ltd., 9 HaBarzel St., Tel Aviv 6971009. Contractor: Mechatek Precision Ltd., "
               "Yokneam Industrial Park. Reference: PO 24-0311, quotation MP-Q-4471 rev 1."),
         ("h", "1. Scope"),
         ("p", "Machining, anodising (type II, black) and assembly of the headstage enclosure NS-HS-220 rev C "
               "for Neurospark's electrophysiology rig, including EMI gaskets and M2 threaded inserts."),
         ("h", "2. Quantities"),
         ("table", [
             ["Lot", "Units", "Status under this SOW"],
             ["Beta units", "5 (units 1-5)", "Released now under PO 24-0311"],
             ["Pilot series", "45 (units 6-50)", "Not released - see section 3"],
         ]),
         ("h", "3. Auto-conversion (recorded, agreed by both parties on 2 May 2024)"),
         ("p", "If the 5 beta units receive an approved sample sign-off signed by Dr. Lior Ben-David (CTO, "
               "release authority for this order) on or before 15 August 2024, that sign-off releases units 6-50 "
               "(45 units) without a further document. An interim or rejected sign-off, or a sign-off dated after "
               "15 August 2024, releases nothing; units 6-50 then need a separate written release from "
               "Dr. Ben-David."),
         ("h", "4. Material authority"),
         ("p", "Sample-only: material for the 5 beta units. Material for units 6-50 may be bought only after they "
               "are released under section 3."),
         ("h", "5. Acceptance criteria for the beta units"),
         ("li", "Dimensions per drawing NS-HS-220 rev C, general tolerances ISO 2768-f."),
         ("li", "Shielding effectiveness >= 40 dB at 1 GHz (test by Neurospark)."),
         ("li", "IP54 with gaskets fitted."),
         ("h", "6. Signatures"),
         ("p", "For Neurospark: Dr. Lior Ben-David, CTO - 2 May 2024. "
               "For Mechatek: Oren Shalev, Managing Director - 2 May 2024."),
     ], author="Neurospark Ltd."))])


# ---- c08: supplier acknowledges an advance and says it does not release production
case("c08_advance_receipt", [],
     "supplier letter: advance received, 'does not release production' of balance 90; only 10 samples made",
     [("SSGW-advance-ack-DISR-0417.pdf", pdf([
         ("h1", "SHREEJI SCIENTIFIC GLASS WORKS"),
         ("p", "Plot 41, GIDC Makarpura, Vadodara 390010, Gujarat · GSTIN 24AAXFS1234K1Z5 · +91 265 263 4471"),
         ("p", "Ref: SSGW/ACC/24-25/088 · Date: 29.04.2024"),
         ("p", "To: The Purchase Officer, Deccan Institute of Science Research (DISR), Department of "
               "Biochemistry, Bengaluru 560012"),
         ("p", "Kind Attn.: Mr. K. Srinivasan / Dr. Meenakshi Iyer"),
         ("p", "Sub: Acknowledgement of advance payment - your PO No. DISR/PUR/2024-25/0417 dt. 08.04.2024"),
         ("sp",),
         ("p", "Respected Sir / Madam,"),
         ("p", "We acknowledge with thanks the receipt of Rs. 1,12,500/- (Rupees One Lakh Twelve Thousand Five "
               "Hundred only), being 50% advance against our proforma invoice PI/24/118, through NEFT UTR "
               "HDFCN52024042911873."),
         ("p", "Kindly note that this advance does not release production of the balance 90 Nos jacketed "
               "reaction vessels (500 ml, borosilicate 3.3, NS 29/32). As per your PO we shall manufacture only "
               "the 10 Nos sample vessels now, dispatch in 3 weeks. The balance 90 Nos will be taken up only "
               "after receipt of your written release from Dr. Meenakshi Iyer after the sample evaluation in "
               "your laboratory. We shall not procure tubing for the balance till then."),
         ("p", "The advance will be adjusted against the final invoices as per your PO terms."),
         ("p", "Thanking you and assuring you of our best services at all times."),
         ("p", "For SHREEJI SCIENTIFIC GLASS WORKS, (Hitesh Patel), Partner"),
     ], title="Advance acknowledgement", author="Shreeji Scientific Glass Works"))])
# ---- c09: two files; prepayment before fiscal year-end explicitly does not release production
c09_po = pdf([
    ("h1", "Cascadia Institute of Technology"),
    ("p", "Office of Procurement · 400 Harbor Loop, Tacoma, WA 98402 · procurement@cascadia-tech.edu"),
    ("h", "PURCHASE ORDER CIT-24-118844"),
    ("table", [
        ["Date", "Requisition", "Fund / org", "Requester"],
        ["06/03/2024", "REQ-0098812", "NIH R01-GM139920 / 30-4410", "Prof. Daniel Okafor, Bioengineering"],
    ]),
    ("p", "Supplier: Redwood Rapid Fabrication Inc., 1420 Mill St, Eugene, OR 97401 · Quote RRF-1166 rev 2"),
    ("table", [
        ["Line", "Description", "Qty", "Unit", "Unit price", "Amount", "Scope"],
        ["1", "Microscope stage insert, alpha units, Al 6061-T6 black anodized, dwg CIT-BE-0440 rev B",
         "8", "EA", "310.00", "2,480.00", "released"],
        ["2", "Microscope stage insert, production units 9-40, same drawing", "32", "EA", "265.00",
         "8,480.00", "commercial cover only - NOT RELEASED"],
    ]),
    ("sp",),
    ("h", "Prepayment and scope"),
    ("p", "To encumber grant funds before fiscal year-end (June 30, 2024), CIT is prepaying the full quoted "
          "amount of $10,960.00 for 40 units. This prepayment is a commercial commitment only. It does not "
          "release production of units 9-40."),
    ("p", "Only the 8 alpha units on line 1 are released for production now. Units 9-40 (32 EA) remain on "
          "hold until Prof. Daniel Okafor has signed off the alpha units and sends a written production "
          "release. Material authority: alpha units only (8)."),
    ("h", "Terms"),
    ("p", "FOB destination. Prepayment by ACH against supplier invoice marked 'prepayment'. Supplier to hold "
          "the prepaid amount for units 9-40 until released or cancelled; unreleased amounts are refundable "
          "per CIT terms section 14. Ship alpha units to Bioengineering Bldg, Rm 2.210."),
    ("p", "Issued by: Jenna Whitfield, Procurement Specialist"),
], pagesize=LETTER, title="PO CIT-24-118844", author="Cascadia Institute of Technology")
c09_text = D("""
    Hi Luis,

    Attached is PO CIT-24-118844 for Prof. Okafor's stage inserts. Payment for the full quote will go
    out by ACH before June 28 so we can use this year's grant money - please send us an invoice marked
    "prepayment" for $10,960.00 as soon as you can.

    Please read the PO note carefully: the payment is not a go-ahead for units 9-40. Only the 8 alpha
    units are released. The other 32 stay on hold until Dan (Prof. Okafor) signs off the alpha units and
    sends you a written release himself.

    Thanks,
    Jenna
    """) + plain_sig("Jenna Whitfield", "Procurement Specialist | Office of Procurement",
                     "Cascadia Institute of Technology", "(253) 555-0148")
case("c09_prepay_fy", [],
     "two files; full prepayment before FY-end stated not to release units 9-40; 8 released; Okafor releases after sign-off",
     [("CIT-24-118844_PO.pdf", c09_po),
      ("FW_prepayment_CIT-24-118844.eml", eml_bytes(mail(
          "Jenna Whitfield <jwhitfield@cascadia-tech.edu>", "Luis Ortega <luis@redwoodrapid.com>",
          "PO CIT-24-118844 - prepayment before FY end (please read the PO note)",
          "Mon, 03 Jun 2024 14:22:00 -0700", c09_text, html=html_mail(c09_text.split("\n\n")),
          cc="Daniel Okafor <dokafor@cascadia-tech.edu>")))])


# ---- c10: supplier acknowledgement restating the hold; quoted buyer PO mail; TXT PO printout attached
c10_po_txt = D("""
    UNIVERSITAET WESERBERGLAND - EINKAUF / PURCHASING          BESTELLUNG / PURCHASE ORDER
    Weserufer 12, 31785 Hameln                                  Nr. 4510088      Datum 21.05.2024
    -------------------------------------------------------------------------------------------
    Lieferant / Supplier : 700233  Feinmechanik Albrecht GmbH, Jena
    Besteller / Requester: Dr. Jana Krueger, Lehrstuhl Biophysik, KST 4712
    Angebot / Offer      : AN-2024-231 vom 14.05.2024
    -------------------------------------------------------------------------------------------
    Pos   Material / Text                                   Menge  ME   Preis EUR     Wert EUR
    00010 Probenhalter AFM, Prototyp                            3  ST      218,00       654,00
          Zg. WB-BP-0310 Rev. B, EN AW-6082 T6, eloxiert schwarz
    -------------------------------------------------------------------------------------------
    Kopftext / PO note:
    Only the 3 prototypes are ordered and released. The 27 series holders in offer AN-2024-231
    are not released: no production, no material. Release only in writing by Dr. Jana Krueger
    after the prototype sign-off.
    -------------------------------------------------------------------------------------------
    Liefertermin / delivery: KW 24 / CW 24        Lieferanschrift: Geb. C, Raum 2.14
    """)
c10_quoted = D("""
    -----Urspruengliche Nachricht-----
    Von: Vogt, Sabine <einkauf@uni-weserbergland.de>
    Gesendet: Dienstag, 21. Mai 2024 10:03
    An: info@feinmechanik-albrecht.de
    Cc: Krueger, Jana
    Betreff: Bestellung 4510088 - Probenhalter AFM

    Sehr geehrte Damen und Herren, dear Mr Albrecht,
    please find our purchase order 4510088 attached (PO printout as text file).
    PO note: Only the 3 prototypes are ordered and released. The 27 series holders in offer
    AN-2024-231 are not released. Release only in writing by Dr. Jana Krueger after the
    prototype sign-off.
    Mit freundlichen Gruessen
    Sabine Vogt, Zentraler Einkauf
    """)
c10_text = D("""
    Dear Dr. Krüger, dear Ms. Vogt,

    thank you for your order. With this mail we confirm (order acknowledgement AB-24-0877):

      3 (three) prototype sample holders for the AFM, drawing WB-BP-0310 Rev. B,
      EN AW-6082 T6, anodised black, delivery calendar week 24, free domicile.

    We have noted the note on your order: the 27 series holders from our offer AN-2024-231 are not
    released. We will neither start them nor order material for them until you, Dr. Krüger, send the
    written release after the prototype sign-off.

    One technical point: the M3 threads on the underside are only 4 mm deep in the drawing because of the
    pocket. If you need 6 mm we would change to a helicoil. Please tell us by Friday.

    Mit freundlichen Grüßen / best regards

    Thomas Albrecht
    Feinmechanik Albrecht GmbH
    Löbstedter Str. 88, 07749 Jena
    Tel. +49 3641 44 87 20
    Geschäftsführer: Thomas Albrecht · HRB 204411 Amtsgericht Jena
    """) + "\n" + quote_block(c10_quoted)
case("c10_ack_hold", [],
     "supplier acknowledgement restates 3 prototypes only, 27 not released, release by Dr. Krüger; quoted buyer note complete",
     [("AB-24-0877_Auftragsbestaetigung_4510088.eml", eml_bytes(mail(
         "Thomas Albrecht <info@feinmechanik-albrecht.de>", "Jana Krüger <jana.krueger@uni-weserbergland.de>",
         "AW: Bestellung 4510088 - Probenhalter AFM / order acknowledgement AB-24-0877",
         "Wed, 22 May 2024 08:41:00 +0200", c10_text, cc="Sabine Vogt <einkauf@uni-weserbergland.de>",
         in_reply_to="<h56-prev-1001@uni-weserbergland.de>",
         attachments=[("Bestellung_4510088.txt", c10_po_txt, "text/plain")])))])


# ---- c11: full-quantity Indian institute PO, identifiers that look like quantities
case("c11_glassware_ids", [],
     "full-quantity glassware PO; 1000 ml, NS 29/32, ISO 3585, DIN 12242, budget head 2500 are identifiers",
     [("NICS_PO_2024-1000.pdf", pdf([
         ("h1", "Northern Institute of Chemical Sciences"),
         ("p", "Sector 81, Knowledge City, Mohali 140306, Punjab · Stores & Purchase Section"),
         ("h", "PURCHASE ORDER No. NICS/CHEM/PO/2024/1000"),
         ("p", "Date: 17.05.2024 · Indent No. CHEM/IND/0311 · Budget head: 2500-OH-35 (Consumables) · "
               "Indenter: Dr. Harpreet Sandhu"),
         ("p", "To: M/s Kaveri Labglass, Industrial Area, Ambala Cantt 133006 · Ref. your quotation "
               "KL/Q/2500 dt. 02.05.2024"),
         ("table", [
             ["S.No.", "Description", "Qty", "Rate (Rs.)", "Amount (Rs.)"],
             ["1", "Round bottom flask 1000 ml, 3-neck, centre NS 29/32, side 2x NS 14/23, borosilicate "
                   "3.3 as per ISO 3585, joints to DIN 12242", "24 Nos", "1,450.00", "34,800.00"],
             ["2", "Liebig condenser, jacket 400 mm, NS 29/32 cone and socket", "12 Nos", "1,180.00", "14,160.00"],
             ["3", "Dropping funnel 250 ml, pressure equalising, PTFE key, NS 29/32 (ISO 4800)", "6 Nos",
              "2,260.00", "13,560.00"],
             ["", "", "", "Sub-total", "62,520.00"],
             ["", "", "", "GST @ 18%", "11,253.60"],
             ["", "", "", "Total", "73,773.60"],
         ]),
         ("p", "(Rupees Seventy Three Thousand Seven Hundred Seventy Three and Paise Sixty only)"),
         ("h", "Terms and conditions"),
         ("p", "1. Supply the quantities above; this is the complete requirement and no further supply is "
               "ordered under this PO. 2. Delivery within 30 days, F.O.R. NICS Mohali, packing in wooden "
               "crates with thermocol. 3. Payment 100% within 30 days after receipt and acceptance of "
               "material in good condition. 4. Breakage in transit at supplier's risk. 5. Warranty: "
               "manufacturing defects, 6 months. 6. Please quote the PO number on all invoices and challans."),
         ("sp",),
         ("p", "Stores & Purchase Officer, for Director, NICS"),
     ], title="PO NICS/CHEM/PO/2024/1000", author="NICS Stores & Purchase"))])


# ---- c12: web-shop order confirmation, full quantity; volume prices labelled informational
c12_body = D("""
    <h2>ShapeMill Online &ndash; order confirmation</h2>
    <p>Order <b>#SM-2024-55120</b> &middot; placed 07 May 2024, 14:31 BST &middot; account: University of
    Castlebridge, School of Engineering (Dr N. Okonkwo)</p>
    <p>Hi Nnamdi, thanks for your order. We will print exactly the quantities listed below.</p>
    <table>
    <tr><th>File</th><th>Process / material</th><th>Finish</th><th>Qty</th><th>Unit</th><th>Line total</th></tr>
    <tr><td>flowcell_lid_v7.stl</td><td>SLS / PA12</td><td>bead blasted, dyed black</td><td>12</td><td>&pound;8.40</td><td>&pound;100.80</td></tr>
    <tr><td>clamp_ring_v3.step</td><td>SLA / Tough 2000 resin</td><td>standard</td><td>12</td><td>&pound;11.95</td><td>&pound;143.40</td></tr>
    <tr><td colspan="5">Shipping (DPD next day)</td><td>&pound;9.50</td></tr>
    <tr><td colspan="5"><b>Total incl. VAT</b></td><td><b>&pound;304.44</b></td></tr>
    </table>
    <p>Payment: University purchase card (VISA ending 4417). PO reference entered: CB-4700377.</p>
    <p>Estimated dispatch: 14 May 2024.</p>
    <div class="note">For information only, not part of this order: unit prices would drop to &pound;6.10
    (lid) and &pound;8.80 (ring) at 50 pcs, and to &pound;5.20 / &pound;7.45 at 100 pcs. Ask us for a quote
    if you need more.</div>
    <p>Questions? Reply to this email or call 0161 496 0733. ShapeMill Ltd, Unit 4 Pennine Works, Oldham OL8 1AA.</p>
    """)
case("c12_webshop", [],
     "web-shop order confirmation, full quantities (12+12); volume price breaks labelled 'for information only'",
     [("ShapeMill_order_SM-2024-55120.html", html_page("ShapeMill order SM-2024-55120", c12_body, lang="en-GB"))])


# ---- c13: chat with complete scope, supplier asks about long-lead parts, buyer says no
case("c13_chat_complete", [],
     "chat: PO 1187 = 10 EVT boards; 90 NOT released; no kitting; bring-up test then written release by Yael Mizrahi",
     [("whatsapp_tavor-carmel_PO1187.txt", D("""
        [03/06/2024, 09:02] Noam Adler (Tavor Sensing): Boker tov Dima. PO 1187 is out, you should have it by mail.
        [03/06/2024, 09:03] Noam Adler (Tavor Sensing): To be clear: it covers the 10 EVT boards only. The other 90 on your quote are NOT released, and no kitting for them either.
        [03/06/2024, 09:15] Dima Kogan (Carmel EMS): Got it. Gerbers rev C, BOM rev C2, ENIG, 1.6 mm. Stencil we have from last time?
        [03/06/2024, 09:16] Noam Adler (Tavor Sensing): Stencil is the same, only the U3 footprint changed - new stencil needed, sorry.
        [03/06/2024, 09:40] Dima Kogan (Carmel EMS): OK. Question - XC7A35T lead time is 16 weeks now. Should we pre-buy FPGAs for all 100 to be safe?
        [03/06/2024, 09:52] Noam Adler (Tavor Sensing): No - parts for the 10 only. If we want to secure FPGAs for DVT, Yael will send a separate material authority in writing.
        [03/06/2024, 09:53] Dima Kogan (Carmel EMS): OK. And the DVT 90 - what triggers it?
        [03/06/2024, 10:01] Noam Adler (Tavor Sensing): Bring-up test on the EVT boards, ~2 weeks after we receive them. If they pass, Yael Mizrahi (VP Operations) sends a written release for the 90. Nothing before that, even if I write "looks good" here 😄
        [03/06/2024, 10:02] Dima Kogan (Carmel EMS): 👍 10 only. X-ray on the BGA as usual?
        [03/06/2024, 10:02] Noam Adler (Tavor Sensing): Yes please, and conformal coat masked per drawing note 7.
        [03/06/2024, 10:05] Yael Mizrahi (Tavor Sensing): Confirming Noam's messages. EVT x10 only on PO 1187.
        [05/06/2024, 16:44] Dima Kogan (Carmel EMS): Stencil ordered, build slot 17/06.
        """))])


# ---- c14: two files; sample PO declaring the quote's production quantity informational + the quote
c14_po = pdf([
    ("h1", "University of Castlebridge"),
    ("p", "Finance Office - Procurement · The Old Mint, Castlebridge CB9 4TT · procurement@castlebridge.ac.uk"),
    ("h", "Purchase Order CB-4700788"),
    ("table", [
        ["Date", "Cost centre", "Requisitioner", "Supplier"],
        ["20 May 2024", "QO-3310 (EPSRC EP/X01234/1)", "Dr Tom Ashworth, Centre for Quantum Optics",
         "Halden Optics Ltd, Sheffield"],
    ]),
    ("table", [
        ["Line", "Description", "Qty", "Unit £", "Total £"],
        ["1", "Kinematic mirror mount 1\", sample, per CQO-MM-001 Rev A, stainless 303, 100 TPI adjusters",
         "5", "96.00", "480.00"],
    ]),
    ("sp",),
    ("h", "Scope of this order"),
    ("p", "Your quote HO-Q-3391 is attached for pricing only. The production quantity of 200 shown in that "
          "quote is informational and is not released by this purchase order. Only the 5 sample mounts on "
          "line 1 are ordered and released. Material authority: samples only."),
    ("p", "The 200 remain on hold until (1) the sample mounts have been signed off in the CQO lab "
          "(stability test, about three weeks) and (2) Dr Tom Ashworth, Lab Manager, has sent a written "
          "production release. A release from anyone else is not valid."),
    ("p", "Delivery: 5 working weeks, to Physics Stores, Goods In. Invoices to accounts.payable@castlebridge.ac.uk "
          "quoting the PO number. The University's terms and conditions of purchase (2023 edition) apply."),
], title="PO CB-4700788", author="University of Castlebridge")
c14_quote = pdf([
    ("h1", "Halden Optics Ltd"),
    ("p", "Unit 12, Don Valley Works, Sheffield S9 3TY · sales@haldenoptics.co.uk · 0114 496 0521"),
    ("h", "Quotation HO-Q-3391"),
    ("p", "Customer: University of Castlebridge, Centre for Quantum Optics, Dr Tom Ashworth · 9 May 2024"),
    ("table", [
        ["Item", "Description", "Qty", "Unit £", "Lead time"],
        ["1", "Kinematic mirror mount 1\", CQO-MM-001 Rev A - samples", "5", "96.00", "5 weeks"],
        ["2", "Kinematic mirror mount 1\", CQO-MM-001 Rev A - production", "200", "61.50", "8 weeks from order"],
    ]),
    ("p", "Academic pricing applied. Prices ex VAT, carriage paid UK mainland. Quote valid 90 days."),
    ("p", "Kind regards, Joanne Birch, Sales Engineer"),
], title="Quotation HO-Q-3391", author="Halden Optics Ltd")
case("c14_po_plus_quote", [],
     "two files: PO for 5 samples says the quote's 200 is informational/not released, sign-off + written release by Dr Tom Ashworth",
     [("CB-4700788_purchase_order.pdf", c14_po), ("HO-Q-3391_quotation.pdf", c14_quote)])


# ---- c15: production release letter releasing the full balance
case("c15_release_letter", [],
     "release letter releasing the balance (90), cumulative 100 of 100, named authority; words kept apart",
     [("PR-2024-007_production_release.pdf", pdf([
         ("h1", "PRODUCTION RELEASE No. PR-2024-007"),
         ("p", "Kansai Institute of Science and Technology (KIST) · Research Facilities Office · "
               "1-7 Gakuen-cho, Ikeda, Osaka 563-0025"),
         ("p", "To: Fujimoto Seiki Co., Ltd., Higashiosaka · Attn. Mr. Shigeru Fujimoto · Date: 10 June 2024"),
         ("table", [
             ["Field", "Value"],
             ["Order", "Sample chamber, P/N KIST-SC-12 Rev 2"],
             ["Purchase order", "KIST-24-0566, issued 8 April 2024 (100 units: 10 samples + 90 production)"],
             ["Unlock event", "Sample sign-off SS-0042, approved 3 June 2024 by Dr. Yuki Mori (engineering)"],
             ["Quantity released by this document", "90 units (units 11-100)"],
             ["Cumulative released", "100 of 100"],
             ["Balance on hold after this release", "0"],
             ["Material authority", "90 units (this release)"],
             ["Authorized by", "Dr. Hiroshi Sato, Director of Research Facilities (release authority, "
                               "limit JPY 20,000,000)"],
             ["Countersigned by", "Ms. Emi Takahashi, Procurement Section"],
         ]),
         ("sp",),
         ("p", "Delivery: 45 units by 31 July 2024 and 45 units by 30 August 2024 to Building B3 goods "
               "receiving. Surface finish and helium leak test per KIST-SC-12 Rev 2 notes 4-6."),
         ("p", "Signed: Hiroshi Sato · Emi Takahashi"),
     ], title="Production release PR-2024-007", author="KIST Research Facilities Office"))])


# ---- c16: stop notice in a Teams chat
case("c16_stop_chat", [],
     "stop notice: 4 finished prototypes may ship, the other 36 and material unreleased, lift only in writing by Prof Lindqvist after review",
     [("teams_chat_NU-PO-88120_cold-finger.txt", D("""
        Microsoft Teams - chat export
        Chat: Northgate Cryogenics / Severn Cryo Engineering
        Participants: Eva Lindqvist (Northgate University), Jamie Holt (Northgate University),
                      Rhys Morgan (Severn Cryo Engineering)
        Exported: 19/06/2024 17:40

        [17/06/2024 09:14] Rhys Morgan
        Morning both. Four of the cold-finger mounts are finished and through the clean. Photos attached.

        [17/06/2024 09:20] Jamie Holt
        They look lovely. Did the OFHC copper come in at the hardness you expected?

        [17/06/2024 09:31] Rhys Morgan
        Yes, annealed, ~45 HV. Next step would be the indium-sealed versions.

        [17/06/2024 11:02] Eva Lindqvist
        STOP on order NU-PO-88120 (cold-finger mounts), please. The thermal model shows the clamp geometry
        is wrong for the new dilution unit. Please stop all work now.
        The 4 prototypes you have finished may still ship this week - those are the only units covered.
        Nothing else may start: the other 36 stay unreleased, and that includes buying or cutting copper
        for them. The stop stays in force until I lift it in writing, after our redesign review on
        28 June.

        [17/06/2024 11:09] Rhys Morgan
        Understood, stopping. The 4 protos ship Thursday. For the 36: no work, no material until your
        written lift after the 28th.

        [17/06/2024 11:10] Eva Lindqvist
        Thank you Rhys, and sorry for the change of course.

        [18/06/2024 15:47] Jamie Holt
        Rhys, can you send the CMM data for proto #2? The flatness looked off in the photo.
        """))])
# ---- c17: interim sample sign-off with quantity and date limits (DOCX form with table)
case("c17_interim_docx", [],
     "interim sign-off releases 20 units until 31 July; balance 180 on hold until full sign-off + written release by Dr Kulkarni",
     [("DISR-BL-220_interim_disposition.docx", docx_bytes([
         ("h1", "Sample Disposition - Interim Sign-off"),
         ("p", "Deccan Institute of Science Research, Beamline Instrumentation Group, Bengaluru"),
         ("p", "Supplier: Sai Precision Components Pvt. Ltd., Bhosari MIDC, Pune · PO DISR/PUR/2024-25/0488"),
         ("table", [
             ["Field", "Entry"],
             ["Part", "Beamline sample holder, drawing DISR-BL-220 Rev 4, SS 316L, electropolished"],
             ["Samples inspected", "5 Nos (serial S-01 to S-05), CMM report QC-24-0617"],
             ["Disposition", "INTERIM"],
             ["Deviation", "Flatness of datum face A 0.03 mm against 0.02 mm specified; acceptable for "
                           "commissioning beamtime only"],
             ["Quantity covered by this interim release", "20 Nos in total (the 5 samples + 15 more)"],
             ["Valid until", "31 July 2024 (units not dispatched by then are not covered)"],
             ["Balance on hold", "180 Nos - not released"],
             ["Unlock event for the balance", "Full sample sign-off after re-measurement of corrected parts on "
                                              "our CMM, then written release"],
             ["Release authority", "Dr. Anand Kulkarni, Head, Beamline Instrumentation"],
             ["Material authority", "20 Nos"],
         ]),
         ("sp",),
         ("p", "Notes: please correct the fixturing for face A before machining units 6-20 if possible; the "
               "interim limit applies either way. Mark the 20 interim units with 'I' after the serial number."),
         ("p", "Signed: Dr. Anand Kulkarni, 14 June 2024"),
     ], author="DISR Beamline Instrumentation"))])


# ---- c18: buyer reply correcting a quoted supplier assumption of auto-conversion
c18_prev = D("""
    Am 04.06.2024 um 15:12 schrieb Rainer Kessler <info@kessler-glas.de>:
    Dear Dr. Schulte,
    the 10 sample reactors on your order 4510321 will be ready on Friday. As usual, once you
    approve them we will continue directly with the 240 series pieces, so you have them before
    the winter semester.
    Kind regards, Rainer Kessler
    """)
c18_text = D("""
    Dear Mr Kessler,

    thank you, Friday is fine - please send them to the Chemikum goods entrance as usual.

    But please no on the series: our sample sign-off does not release the 240. Please make only the
    10 samples on order 4510321. The 240 stay on hold until I send you a written production release,
    and that will only happen after our sample sign-off and after the faculty budget sign-off in July.
    Please also do not buy tubing for them yet.

    Best regards,
    Maren Schulte

    Dr. Maren Schulte
    Akademische Rätin, AK Schulte - Photochemie
    Universität Weserbergland, Weserufer 12, 31785 Hameln
    Tel. +49 5151 90 4471
    """) + "\n" + quote_block(c18_prev)
case("c18_quoted_correct", [],
     "quoted supplier assumption of auto-conversion corrected by buyer: 10 only, 240 on hold, written release by Dr. Schulte",
     [("Re_Bestellung_4510321_Reaktoren.eml", eml_bytes(mail(
         "Maren Schulte <maren.schulte@uni-weserbergland.de>", "Rainer Kessler <info@kessler-glas.de>",
         "Re: Bestellung 4510321 - Photoreaktoren", "Tue, 04 Jun 2024 17:45:00 +0200", c18_text,
         in_reply_to="<h56-prev-1801@kessler-glas.de>")))])


# ---- c19: forwarded old quote (message/rfc822) declared informational
c19_old = mail("Tom Becker <tbecker@ironcreekmachine.com>", "Priya Natarajan <priya.natarajan@lumenfold.bio>",
               "Quote Q-2022-0871 cuvette holder", "Thu, 15 Sep 2022 10:12:00 -0400",
               D("""
                   Priya,

                   Per your request, pricing for the LB-CH-100 cuvette holder (6061-T6, clear anodize):

                     50 pcs        $38.50 ea
                     500 pcs       $21.10 ea
                     5,000 pcs     $12.75 ea   (tooling fixture $1,800 one-time)

                   Lead time 4 weeks ARO for 50, 7 weeks for the larger quantities. Valid 30 days.

                   Tom Becker
                   Iron Creek Machine & Weld
                   """), msgid="<h56-old-quote-2022@ironcreekmachine.com>")
c19_text = D("""
    Hi Tom,

    Forwarding your 2022 quote (Q-2022-0871) for reference only, because the drawing hasn't changed.
    The quantities in it (500 and 5,000 pcs) are informational and not released.

    Our new PO LB-3318 covers 50 pcs of the LB-CH-100 cuvette holder as a sample lot, and only those 50
    are released. Any further quantity is not released. The next step is our sample sign-off in the
    assay lab (about four weeks after delivery); after that I will send you a written release myself if
    we want more.

    Thanks,
    Priya
    """) + plain_sig("Priya Natarajan", "Director of Operations", "Lumenfold Bio, Inc.",
                     "2150 Shattuck Ave, Berkeley, CA 94704", "(510) 555-0193")
case("c19_fwd_old_quote", [],
     "forwarded 2022 quote (rfc822) with 5,000 pcs declared informational; 50 released, rest not released, sign-off + Priya Natarajan",
     [("Fwd_Q-2022-0871_reference.eml", eml_bytes(mail(
         "Priya Natarajan <priya.natarajan@lumenfold.bio>", "Tom Becker <tbecker@ironcreekmachine.com>",
         "Fwd: Quote Q-2022-0871 cuvette holder (reference only) / PO LB-3318", "Mon, 13 May 2024 09:30:00 -0700",
         c19_text, attachments=[("rfc822", c19_old)])))])


# ---- c21: SAP-style PO printout for prototypes with complete scope note
case("c21_sap_sample", [],
     "ERP printout: 6 prototypes only, 54 series not released, prototype sign-off then written release by Dr. Krueger",
     [("ME9F_4510455.txt", D("""
        UNIVERSITAET WESERBERGLAND                                         Seite/Page 1 von/of 1
        Zentraler Einkauf
        ==========================================================================================
        BESTELLUNG / PURCHASE ORDER          Nr.   4510455            Datum  03.06.2024
        Lieferant    700233 Feinmechanik Albrecht GmbH, Loebstedter Str. 88, 07749 Jena
        Ansprechp.   S. Vogt, Tel. 05151 90 2210
        Kostenstelle 4712 Lehrstuhl Biophysik     Fonds DFG KR 2500/7-1
        Angebot      24-0198 vom 27.05.2024
        ==========================================================================================
        Pos   Material  Kurztext                               Menge ME  Preis/ME     Nettowert
        ------------------------------------------------------------------------------------------
        00010           MUSTER Probenhalter Kryo                   6 ST    184,50       1.107,00
                        Zg. WB-PC-1120 Rev C, Cu-ETP, vergoldet 2 um
        ------------------------------------------------------------------------------------------
                                                          Gesamtnettowert EUR          1.107,00
        ==========================================================================================
        KOPFTEXT / HEADER NOTE
        SCOPE: 6 PROTOTYPES ONLY (SAMPLE). SERIES QTY 54 PER OFFER 24-0198 IS NOT RELEASED -
        DO NOT START, NO MATERIAL.
        UNLOCK: PROTOTYPE SIGN-OFF BY AG KRUEGER, THEN WRITTEN PRODUCTION RELEASE BY
        DR. JANA KRUEGER. NO OTHER PERSON MAY RELEASE THE SERIES.
        ------------------------------------------------------------------------------------------
        Liefertermin: KW 27      Incoterm: DAP Hameln       Zahlung: 30 Tage netto
        Es gelten die Einkaufsbedingungen der Universitaet Weserbergland (Stand 01/2023).
        ==========================================================================================
        """))])


# ---- c22: professor asks about capacity for more later; not an order (multipart/alternative)
c22_paras = [
    "Hi Dave,",
    "Thanks again for the clamp blocks - all 10 arrived last week and they are already on the optical table.",
    "A question, not an order: would it be possible, capacity-wise, to go ahead with another thirty or so "
    "in the autumn if our NSF renewal comes through? I'm only trying to understand lead times for the "
    "budget justification, which is due on July 15. If you could give me a rough lead time and whether "
    "the price would hold, that would be great.",
    "PO 4500871902 stays as it is - it was for the 10 blocks and is complete.",
    "Best,\nHannah",
    "Hannah Cole, Ph.D.\nAssociate Professor, Department of Physics\nGreat Lakes State University\n(734) 555-0177",
]
case("c22_question_alt", [], "buyer question about 'going ahead' with ~30 more later, explicitly not an order; PO for 10 is complete",
     [("capacity_question_clamp_blocks.eml", eml_bytes(mail(
         "Hannah Cole <hcole@glsu.edu>", "Dave Lindgren <dave@ironcreekmachine.com>",
         "clamp blocks - capacity question for the autumn (not an order)", "Wed, 19 Jun 2024 16:02:00 -0400",
         "\n\n".join(c22_paras) + "\n", html=html_mail(c22_paras))))])


# ---- c23: SOW with phases; phase 2 explicitly not authorized
case("c23_sow_phases", [],
     "SOW: phase 1 = 2 units authorised; phase 2 (10) not authorised until acceptance review + variation signed by Dr Tom Ashworth",
     [("SOW_CB-QO-2024-07_clamp_proof_of_concept.docx", docx_bytes([
         ("h1", "Statement of Work CB-QO-2024-07"),
         ("p", "Proof of concept and pilot batch: microfluidic chip clamps for the cold-atom imaging system"),
         ("p", "Client: University of Castlebridge, Centre for Quantum Optics. Contractor: Brackenfield Additive "
               "Ltd, Unit 3 Mill Lane, Brackenfield DE55 6BL. Purchase order: CB-4701010."),
         ("h", "1. Background"),
         ("p", "The Centre needs a non-magnetic clamp for 25 x 75 mm glass chips that survives bake-out at "
               "120 °C. The contractor will print the clamps in PEKK by laser powder bed fusion and "
               "machine the datum faces."),
         ("h", "2. Phases"),
         ("table", [
             ["Phase", "Deliverable", "Units", "Authorisation"],
             ["1 - proof of concept", "Clamps per CQO-CL-014 issue 2, with test report", "2",
              "Authorised now under PO CB-4701010"],
             ["2 - pilot batch", "Clamps per the issue agreed after phase 1", "10",
              "Not authorised under this SOW"],
         ]),
         ("h", "3. Conditions for phase 2"),
         ("p", "Phase 2 is not authorised by this SOW or by the purchase order. It needs a contract variation "
               "signed by Dr Tom Ashworth, Lab Manager, after the phase 1 acceptance review (bake-out test and "
               "magnetic field survey in the lab). Until that variation is signed, no phase 2 work and no phase 2 "
               "material purchase is authorised."),
         ("h", "4. Material"),
         ("p", "Phase 1 only. PEKK powder for phase 2 may not be bought or reserved at the Centre's cost before "
               "the variation."),
         ("h", "5. Schedule and reporting"),
         ("li", "Phase 1 parts and report: 4 weeks from PO."),
         ("li", "Fortnightly call with Dr Nnamdi Okonkwo (technical contact)."),
         ("h", "6. Signatures"),
         ("p", "For the University: Dr Tom Ashworth, Lab Manager, 15 May 2024. For Brackenfield Additive: "
               "Sam Whitworth, Director, 16 May 2024."),
     ], author="University of Castlebridge"))])


# ---- c24: HTML e-procurement PO, full quantity, no balance
c24_body = D("""
    <h2>Ridgeline State University &ndash; Purchase Order</h2>
    <table>
    <tr><th>PO number</th><td>P24-0093371</td><th>PO date</th><td>04/22/2024</td></tr>
    <tr><th>Supplier</th><td>BoardWorks PCBA, Inc., 3301 Kifer Rd, Santa Clara, CA 95051</td><th>Supplier no.</th><td>0004471</td></tr>
    <tr><th>Department</th><td>Chemistry &ndash; Electrochemistry Lab (Prof. R. Alvarez)</td><th>Chartstring</th><td>10-2210-44-NSF-CHE-2155</td></tr>
    </table>
    <h3>Lines</h3>
    <table>
    <tr><th>Line</th><th>Item</th><th>Qty</th><th>UOM</th><th>Unit cost</th><th>Extended</th></tr>
    <tr><td>1</td><td>Potentiostat front-end PCB assembly, RSU-EC-17 rev B, per BOM and Gerber package of 04/10/2024; 100% AOI, functional test per test spec TS-17</td><td>5</td><td>EA</td><td>$612.00</td><td>$3,060.00</td></tr>
    <tr><td>2</td><td>Programming of MCU with customer firmware fw-1.3.2</td><td>5</td><td>EA</td><td>$15.00</td><td>$75.00</td></tr>
    <tr><td colspan="5">Freight</td><td>$38.00</td></tr>
    <tr><td colspan="5"><b>Total</b></td><td><b>$3,173.00</b></td></tr>
    </table>
    <h3>Comments to supplier</h3>
    <p>The quantity ordered (5 assemblies) is the total requirement for this project; no further quantity is
    planned. Deliver by 05/31/2024 to Chemistry Building Rm 118. Reference quote BW-Q-8817 on all documents.</p>
    <p>Buyer: Maria Gonzalez, Purchasing Manager &middot; (970) 555-0102 &middot; purchasing@ridgeline.edu</p>
    <p style="font-size:11px;color:#666">This purchase order is subject to Ridgeline State University's standard
    terms and conditions, available on the Procurement website. Invoices: ap@ridgeline.edu.</p>
    """)
case("c24_html_po_full", [], "HTML e-procurement PO, 5 assemblies = total requirement; no balance",
     [("RSU_PO_P24-0093371.html", html_page("PO P24-0093371", c24_body))])


# ---- c25: sample PO with a labelled forecast figure
case("c25_forecast_in_po", [],
     "sample PO for 2 vessels; 2025 volume labelled forecast/not ordered/not released; sign-off + written release by Dr Femi Adeyemi",
     [("TIBR_PO_0042117.pdf", pdf([
         ("h1", "Thamesmead Institute of Biomedical Research"),
         ("p", "Procurement · 2 Riverside Way, London SE28 0AB · purchasing@tibr.org.uk"),
         ("h", "Purchase Order 0042117"),
         ("table", [
             ["Order date", "Supplier", "Cost centre", "Contact"],
             ["28/05/2024", "Pennine Scientific Glass Ltd, Huddersfield", "BP-220 Bioprocess",
              "Dr Femi Adeyemi"],
         ]),
         ("table", [
             ["Line", "Description", "Qty", "Price £", "Total £"],
             ["1", "Jacketed bioreactor vessel 2 L, sample, borosilicate 3.3, bottom drain valve, "
                   "4x GL 18 ports, per TIBR-BP-018 rev 1", "2", "1,240.00", "2,480.00"],
         ]),
         ("sp",),
         ("h", "Scope"),
         ("p", "Only the 2 sample vessels on line 1 are ordered and released. No further vessels are "
               "released. Any production order follows only after our sample sign-off (sterilisation "
               "cycling and mixing study) and a written release from Dr Femi Adeyemi, Head of Bioprocess."),
         ("p", "Indicative volume for 2025 (forecast - not ordered, not released): approximately 30 vessels. "
               "This figure is for your capacity planning only and is not a commitment."),
         ("h", "Terms"),
         ("p", "Delivery DAP Thamesmead. Payment 30 days end of month following receipt of a valid invoice. "
               "Goods must be accompanied by a delivery note quoting the PO number. TIBR general conditions "
               "of purchase v4 apply."),
     ], title="PO 0042117", author="TIBR Procurement"))])
# ================================================================== RISKY
# ---- p01: German university PO; line text quotes "4 Muster + 40 Serie", no hold/event/person
case("p01_de_po_reactors", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 4 reactors whose line text shows '4 Muster + 40 Serie'; nothing says the 40 is not released, no unlock event or person",
     [("Bestellung_4500123984.pdf", pdf([
         ("h1", "Universität Lindenau"),
         ("p", "Institut für Technische Chemie · Zentraler Einkauf · Am Campus 3 · 04109 Lindenau"),
         ("h", "Bestellung / Purchase Order Nr. 4500123984"),
         ("table", [
             ["Datum / date", "Besteller / requester", "Kostenstelle / cost centre", "Sachbearbeiter / buyer"],
             ["15.04.2024", "Dr. Lukas Wendel, AG Prozesschemie", "KST 7340 / Drittmittel BMBF 03SF0712",
              "Frau Petra Haase"],
         ]),
         ("p", "Lieferant / supplier: Glasapparatebau Reuter GmbH & Co. KG, Industriestr. 14, 97877 Wertheim"),
         ("table", [
             ["Pos.", "Bezeichnung / description", "Menge / qty", "Preis / price EUR", "Wert / value EUR"],
             ["10", "Doppelmantel-Reaktor 500 ml nach Skizze TC-22, Planflansch DN 100, 3 x NS 29/32, "
                    "Bodenablass 0-10 mm. Gemäß Ihrem Angebot AN-2024-118 vom 12.03.2024: 4 Muster + 40 Serie",
              "4 ST", "1.240,00", "4.960,00"],
             ["", "", "", "Netto / net", "4.960,00"],
             ["", "", "", "MwSt. 19 %", "942,40"],
             ["", "", "", "Gesamt / total", "5.902,40"],
         ]),
         ("sp",),
         ("p", "Liefertermin / delivery: KW 22, frei Haus, Anlieferung Gebäude C, Rampe 2 (Mo-Do 7-14 Uhr)."),
         ("p", "Bitte Bestellnummer auf Lieferschein und Rechnung angeben. Please quote the PO number on delivery "
               "note and invoice. Rechnungen an / invoices to: rechnungseingang@uni-lindenau.de"),
         ("p", "Es gelten die Allgemeinen Einkaufsbedingungen der Universität Lindenau (AEB, Stand 2022). "
               "Abweichende Bedingungen des Lieferanten werden nicht anerkannt."),
         ("sp",),
         ("p", "i. A. Petra Haase, Zentraler Einkauf"),
     ], title="Bestellung 4500123984", author="Universität Lindenau"))])


# ---- p02: professor's email for twelve (12) prototypes; a 'proper batch later'; nothing on hold/event/person
p02_text = D("""
    Dear Gareth,

    Our PO has finally come through - CB-4700654 (apologies, Finance took their time over the grant
    code). Could you please make us twelve (12) of the prototype sample holders, as per the drawing
    I sent in March (ES-XRF-07 rev D, the one with the 32 mm recess)?

    We'd like them before the undergraduate field course starts, so ideally by 21 June. Anodising
    as before is fine. We'll very likely want a proper batch for the whole teaching lab later in the
    year as well.

    Many thanks, and do say hello to Sue.

    Richard
    """) + usig("Professor Richard Hale", "Department of Earth Sciences",
                "University of Castlebridge", "+44 1632 960 233")
case("p02_uk_prof_twelve", ["RG003", "RG004", "RG005"],
     "twelve (12) prototypes with a later 'proper batch'; never says the batch is not released, no unlock event, no release person",
     [("PO_CB-4700654_sample_holders.eml", eml_bytes(mail(
         "Richard Hale <r.hale@castlebridge.ac.uk>", "Gareth Penrose <gareth@tamarprecision.co.uk>",
         "XRF sample holders - PO CB-4700654", "Tue, 14 May 2024 10:26:00 +0100", p02_text)))])


# ---- p03: scope note with hold and named authority, but only 'until further notice'
case("p03_uk_scope_note", ["RG004"],
     "15 released, 135 on hold 'until further notice', Dr Helen Marsh named; no unlock event",
     [("AB-2024-03312_scope_note.docx", docx_bytes([
         ("h1", "Purchase order scope note - PO AB-2024-03312"),
         ("p", "University of Aberdale · Procurement Office · King's Wynd, Aberdale AB31 2XY"),
         ("p", "Supplier: Brackenfield Additive Ltd. Quote: BA-Q-2291 (150 autoclavable tube racks, SLS PA12, "
               "printed in 3 builds). Date: 9 May 2024."),
         ("table", [
             ["", ""],
             ["Active quantity", "Fifteen (15) sample racks, per drawing AB-LS-RK-09 issue C"],
             ["Balance", "The remaining 135 racks on quote BA-Q-2291 are not released. They are on hold until "
                         "further notice."],
             ["Release authority", "Only Dr Helen Marsh (Facilities Manager, School of Life Sciences) may "
                                   "release any of the balance. A release from anyone else is not valid."],
             ["Material authority", "Samples only (15 racks)."],
         ]),
         ("sp",),
         ("p", "Delivery of the 15 sample racks to Life Sciences Stores, Bay 4, within three weeks. Please mark "
               "the boxes with the PO number and the rack issue letter."),
         ("p", "Invoices to accounts.payable@aberdale.ac.uk. The University's standard terms of purchase apply."),
         ("p", "Fiona Baird, Procurement Officer"),
     ], author="University of Aberdale Procurement"))])


# ---- p04: US procurement email; release by 'our Procurement Services office' (no named person)
p04_paras = [
    "Good afternoon,",
    "Purchase order P24-0094410 for the alpha units of the sample carousel is attached in the portal.",
    "Only the 6 alpha units on line 1 are released for fabrication. Units 7-60 on your quote RRF-1177 are "
    "on hold and are not released. They will be released only after the alpha units pass acceptance testing "
    "in the Chen lab and our Procurement Services office issues a written release.",
    "Material: alpha units only.",
    "Please acknowledge this PO in the supplier portal within 3 business days. Delivery of the alpha units "
    "to Science Complex B, dock 3, by July 12, 2024.",
    "Thank you,\nProcurement Services\nRidgeline State University\npurchasing@ridgeline.edu | (970) 555-0100",
]
case("p04_us_procurement", ["RG005"],
     "6 alpha released, 7-60 on hold, unlock = acceptance test + written release, but only 'our Procurement Services office', no named person",
     [("P24-0094410_alpha_release.eml", eml_bytes(mail(
         "Procurement Services <purchasing@ridgeline.edu>", "Luis Ortega <luis@redwoodrapid.com>",
         "PO P24-0094410 - sample carousel alpha units", "Fri, 07 Jun 2024 13:40:00 -0600",
         "\n\n".join(p04_paras) + "\n", html=html_mail(p04_paras))))])


# ---- p06: Indian institute PO: 'quantity as per quotation' for samples, no active quantity
case("p06_in_po_samples", ["RG010"],
     "PO for quartz tube samples with quantity 'as per quotation'; hold, sign-off and Dr Ravi Menon present, active quantity missing",
     [("DISR_PO_2024-25_0561.pdf", pdf([
         ("h1", "DECCAN INSTITUTE OF SCIENCE RESEARCH"),
         ("p", "C.V. Raman Road, Bengaluru 560012 · Purchase Section · purchase@disr.res.in"),
         ("h", "PURCHASE ORDER No. DISR/PUR/2024-25/0561"),
         ("p", "Date: 03.06.2024 · Indent: PHY/IND/24/133 · Project: SERB CRG/2023/004512 · Indenter: Dr. Ravi Menon, "
               "Department of Physics"),
         ("p", "To: M/s Quartz & Silica Products, Plot 9, Peenya Industrial Area, Bengaluru 560058. "
               "Ref: your quotation QSP/Q/24/311 dt. 21.05.2024."),
         ("table", [
             ["S.No.", "Description", "Qty", "Amount (Rs.)"],
             ["1", "Samples of fused quartz reaction tube, OD 25 mm x 2 mm wall x 600 mm, one end closed, "
                   "with ground joint B24, as per drawing DISR-PHY-Q-07", "As per quotation", "38,400.00"],
             ["", "GST 18%", "", "6,912.00"],
             ["", "Total", "", "45,312.00"],
         ]),
         ("sp",),
         ("h", "Special conditions"),
         ("p", "1. This order is for samples only. The production quantity indicated in your quotation is not "
               "released under this PO and shall be kept on hold."),
         ("p", "2. The balance will be released only by a written release from Dr. Ravi Menon, "
               "Professor-in-charge, after evaluation of the samples (sample sign-off) in our laboratory."),
         ("p", "3. Delivery: 4 weeks, F.O.R. DISR Bengaluru. Payment: 100% within 30 days of receipt and "
               "acceptance. Test certificate (OH content) to accompany the supply."),
         ("sp",),
         ("p", "Purchase Officer, DISR"),
     ], title="PO DISR/PUR/2024-25/0561", author="DISR Purchase Section"))])


# ---- p07: chat 'green light, go for it' on a prototype PO with no quantity and nothing on the rest
case("p07_chat_greenlight", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "chat: 'green light, go for it' on prototype PO with no quantity; later production set mentioned, nothing on hold/event/person",
     [("slack_lumenfold-ironcreek_spacers.txt", D("""
        Slack - shared channel #lumenfold-ironcreek
        -------------------------------------------

        Tom Becker (Iron Creek)  9:12 AM
        morning! got PO LB-3402 for the prototype spacer rings 👍 drawings are rev B, ok to use those?

        Kevin Shah (Lumenfold)  9:26 AM
        rev B is right. the ID tolerance changed to +0.02/-0 on that one, heads up

        Tom Becker (Iron Creek)  9:27 AM
        seen it. shall we start?

        Kevin Shah (Lumenfold)  9:30 AM
        yes green light, go for it 🚀
        also can you deburr the inner edge this time, last time there was a small lip

        Tom Becker (Iron Creek)  9:31 AM
        will do. and the production set, you still want that quoted separately?

        Kevin Shah (Lumenfold)  9:33 AM
        yeah we'll sort that out later

        Tom Becker (Iron Creek)  11:02 AM
        material's on the saw
        """))])


# ---- p08: two files; complete sample PO + later 'Rev C is approved, you can go ahead'
p08_po = pdf([
    ("h1", "Kansai Institute of Science and Technology"),
    ("p", "Procurement Section · 1-7 Gakuen-cho, Ikeda, Osaka 563-0025 · Tel 072-751-0000"),
    ("h", "PURCHASE ORDER KIST-24-0702"),
    ("p", "Supplier: Fujimoto Seiki Co., Ltd., 2-11 Takaida, Higashiosaka · Quote FS-Q-2406 (10 samples + 90 "
          "production) · Date: 20 May 2024"),
    ("table", [
        ["No.", "Description", "Qty", "Unit price JPY", "Amount JPY"],
        ["1", "Micro-manipulator base plate, P/N KIST-MM-330, A5052, drawing Rev B, sample", "10",
         "18,500", "185,000"],
    ]),
    ("sp",),
    ("p", "Scope: 10 sample units only. The 90 production units in quote FS-Q-2406 are not released by this "
          "purchase order. They are released only after sample sign-off by our Micro-systems Laboratory and a "
          "written release from Dr. Hiroshi Sato, Director of Research Facilities."),
    ("p", "Delivery: 30 June 2024, Building B3. Payment: end of following month. Fiscal year: April-March."),
    ("p", "Issued by: Emi Takahashi, Procurement Section"),
], title="PO KIST-24-0702", author="KIST Procurement Section")
p08_text = D("""
    Dear Fujimoto-san,

    Thank you for the updated drawing. We checked drawing Rev C with the changed hole pattern
    (4x M4 changed to 4x M5, pitch 60 mm unchanged) and the thicker flange (8 mm).

    Rev C is approved, you can go ahead.

    Please send us the updated delivery date.

    Best regards,
    Takeshi Kondo
    Micro-systems Laboratory, Kansai Institute of Science and Technology
    """)
case("p08_po_plus_goahead", ["RG002"],
     "two files: complete sample PO (10, 90 on hold, Dr. Sato) + engineer's 'Rev C is approved, you can go ahead' with no quantity or scope",
     [("KIST-24-0702_PO.pdf", p08_po),
      ("RE_drawing_RevC_KIST-MM-330.eml", eml_bytes(mail(
          "Takeshi Kondo <t.kondo@kist.ac.jp>", "Shigeru Fujimoto <s.fujimoto@fujimoto-seiki.co.jp>",
          "RE: KIST-MM-330 drawing Rev C", "Mon, 03 Jun 2024 15:20:00 +0900", p08_text,
          in_reply_to="<h56-prev-0801@fujimoto-seiki.co.jp>")))])


# ---- p10: lab manager: invoice paid, so 'please go ahead' (quoted scope complete)
p10_prev = D("""
    On 14 May 2024, at 10:02, Fiona Baird <f.baird@aberdale.ac.uk> wrote:
    Hi Sam,
    PO AB-2024-03588 attached. It covers the 20 pilot parts (lattice test coupons, Ti-6Al-4V,
    drawing AB-ENG-LT-04) only. The remaining 180 on your quote stay on hold until our sample
    sign-off and a written release from Dr Helen Marsh.
    Fiona
    """)
p10_text = D("""
    Hi Sam,

    Just to let you know the invoice for the pilot parts has been paid in full today - our
    finance team were quicker than usual for once! Remittance advice will come from
    accounts payable separately.

    So all good - please go ahead!

    Cheers,
    Fiona
    """) + usig("Fiona Baird", "Procurement Officer", "University of Aberdale", "+44 1224 496 010") + "\n" + quote_block(p10_prev)
case("p10_paid_goahead", ["RG002", "RG012"],
     "quoted scope is complete; new message treats the paid invoice as a reason to 'please go ahead', unscoped",
     [("RE_PO_AB-2024-03588_paid.eml", eml_bytes(mail(
         "Fiona Baird <f.baird@aberdale.ac.uk>", "Sam Whitworth <sam@brackenfield-additive.co.uk>",
         "RE: PO AB-2024-03588 - lattice coupons", "Thu, 06 Jun 2024 15:12:00 +0100", p10_text,
         in_reply_to="<h56-prev-1001@aberdale.ac.uk>")))])


# ---- p11: Japanese supplier acknowledgement assumes approval rolls into the remaining 95
p11_po = pdf([
    ("h1", "Setouchi University"),
    ("p", "Graduate School of Engineering · Accounting & Procurement Division · 1-1 Kagamiyama, Higashihiroshima"),
    ("h", "PURCHASE ORDER SU-24-1187"),
    ("p", "To: Nakamura Kogyo Co., Ltd. · Date: 27 May 2024 · Laboratory: Prof. Kenji Ito, Vacuum Science Lab"),
    ("table", [
        ["No.", "Item", "Qty", "Unit price JPY", "Amount JPY"],
        ["1", "Vacuum feedthrough flange adapter ICF70-NW40, SUS316L, drawing SU-VS-0215 rev A - samples",
         "5", "24,000", "120,000"],
    ]),
    ("sp",),
    ("p", "Only the 5 samples are ordered and released. The remaining 95 pcs of your quotation NK-24-088 are "
          "not released. They will be released only in writing by Prof. Kenji Ito after our sample sign-off "
          "(helium leak test and bake-out test)."),
    ("p", "Delivery: by 20 June 2024. Inspection certificate required."),
], title="PO SU-24-1187", author="Setouchi University")
p11_text = D("""
    Dear Prof. Ito,

    Thank you very much for your purchase order SU-24-1187.

    We confirm 5 pcs samples of the flange adapter ICF70-NW40, delivery 20 June.
    After your approval of samples, we will continue directly with remaining 95 pcs, to keep the
    delivery before your fiscal year end. We think this is the best way for your schedule.

    We will send inspection certificate with the samples.

    Best regards,

    Hiroshi Nakamura
    Sales Section, Nakamura Kogyo Co., Ltd.
    3-5-12 Hirano, Kure, Hiroshima
    TEL 0823-21-4410
    """)
case("p11_jp_supplier_ack", ["RG007"],
     "supplier acknowledgement: 'after your approval of samples, we will continue directly with remaining 95'; PO requires written release",
     [("Order_confirmation_SU-24-1187.eml", eml_bytes(mail(
         "Hiroshi Nakamura <h.nakamura@nakamura-kogyo.co.jp>", "Kenji Ito <k.ito@setouchi-u.ac.jp>",
         "Order confirmation / PO SU-24-1187", "Wed, 29 May 2024 11:05:00 +0900", p11_text,
         attachments=[("PO_SU-24-1187.pdf", p11_po, PDF_MT)])))])


# ---- p12: postdoc tells supplier to keep going with the rest once the first two look right
p12_prev = D("""
    On Tue, Jun 11, 2024 at 9:14 AM Jenna Whitfield <jwhitfield@cascadia-tech.edu> wrote:
    Luis - PO CIT-24-119020 attached. Line 1: 2 prototype stage adapters, released.
    Units 3-25 on your quote are not released; Prof. Daniel Okafor will release them in
    writing after the prototype sign-off.
    Jenna Whitfield, Procurement Specialist
    """)
p12_text = D("""
    Hey Luis,

    Thanks for the update and the photos, the anodize looks great.

    Honestly, if the first two look like the CAD when they arrive, just keep going with the rest -
    no need to wait for paperwork from Procurement. Dan is traveling until August anyway and we need
    these for the imaging campaign in September.

    Cheers,
    Mei

    --
    Mei Lin, PhD
    Postdoctoral Fellow, Okafor Lab, Bioengineering
    Cascadia Institute of Technology
    """) + "\n" + quote_block(p12_prev)
case("p12_postdoc_keepgoing", ["RG007"],
     "postdoc: if the first two look like the CAD 'just keep going with the rest', no paperwork; contradicts written-release PO",
     [("Re_stage_adapters_CIT-24-119020.eml", eml_bytes(mail(
         "Mei Lin <mlin@cascadia-tech.edu>", "Luis Ortega <luis@redwoodrapid.com>",
         "Re: stage adapters - CIT-24-119020 progress", "Fri, 21 Jun 2024 18:47:00 -0700", p12_text,
         in_reply_to="<h56-prev-1201@cascadia-tech.edu>")))])
# ---- p13: supplier proposal: approval of pilot parts taken as go-ahead for the series
case("p13_supplier_proposal", ["RG007"],
     "supplier proposal: 'approval of the pilot parts will be taken as your go-ahead for the series' (deemed, no recorded auto-conversion)",
     [("SAW-P-0419_proposal_fixture_brackets.docx", docx_bytes([
         ("h1", "Proposal SAW-P-0419"),
         ("p", "Summit Additive Works, LLC · 5120 Arapahoe Ave, Boulder, CO 80303 · quotes@summitadditive.com"),
         ("p", "Prepared for: Ridgeline State University, Department of Mechanical Engineering, attn. Dr. Sofia "
               "Alvarez · Date: May 21, 2024 · Valid 45 days"),
         ("h", "1. Scope"),
         ("p", "SLS printing in PA12 (EOS P396) of the fixture bracket RSU-ME-FB-3 rev A for your fatigue test "
               "rig, including bead blast, vapor smoothing of the clamp faces and heat-set M5 inserts."),
         ("h", "2. Pricing"),
         ("table", [
             ["Lot", "Qty", "Unit price", "Extended", "Lead time"],
             ["Pilot lot", "12", "$46.00", "$552.00", "7 working days"],
             ["Series", "250", "$19.80", "$4,950.00", "weekly lots of 50"],
         ]),
         ("p", "Academic discount (10%) included. Shipping FOB Boulder, UPS Ground added at cost."),
         ("h", "3. How we work"),
         ("p", "Pilot parts ship within 7 working days of your PO. Approval of the pilot parts will be taken as "
               "your go-ahead for the series unless you tell us otherwise within five working days of delivery; "
               "the series then ships in weekly lots of 50 so your lab is never waiting."),
         ("h", "4. Quality"),
         ("li", "Dimensional check of 3 pilot parts per build on our CMM, report included."),
         ("li", "Material certificate and powder refresh rate (50/50) documented per build."),
         ("h", "5. Terms"),
         ("p", "Net 30 for universities. Our standard terms (rev 2024-01) apply where your PO is silent."),
         ("p", "Jess Romero, Applications Engineer"),
     ], author="Summit Additive Works"))])


# ---- p14: WhatsApp export; supplier fabbed bare boards for 33 and will roll straight into beta
case("p14_chat_pcb_roll", ["RG006", "RG007"],
     "chat: PO is 3 alpha, 30 beta not released; supplier fabbed bare PCBs for all 33 and will 'roll straight into the beta build' on thumbs up",
     [("WhatsApp_Prana-Elcon_PD-24-077.txt", D("""
        [10/06/24, 10:14] Arjun Mehta (Prana Diagnostics): Hi Ravi, PO PD/24/077 sent to your purchase id. It is for 3 alpha boards only (PD-AMP-02 rev A). The 30 beta boards from your quote are not released - Dr. Sunita Rao will send a written release after our alpha validation.
        [10/06/24, 10:20] Ravi Kumar (Elcon Circuits): Received sir. Gerber + BOM + pick-and-place all ok. One query, C14 footprint 0603 or 0805?
        [10/06/24, 10:31] Arjun Mehta (Prana Diagnostics): 0805, BOM is correct, silkscreen is old
        [10/06/24, 10:32] Ravi Kumar (Elcon Circuits): 👍
        [17/06/24, 18:05] Ravi Kumar (Elcon Circuits): Alpha boards assembled, now in ICT. Photos below
        [17/06/24, 18:05] Ravi Kumar (Elcon Circuits): <Media omitted>
        [17/06/24, 18:07] Ravi Kumar (Elcon Circuits): FYI sir, bare PCBs we have fabricated for all 33 (3 alpha + 30 beta), panel price was much better and fab was running anyway.
        [17/06/24, 18:08] Ravi Kumar (Elcon Circuits): Once you give thumbs up on the 3 alpha we will roll straight into the beta build, saves one week for you 👍
        [17/06/24, 19:40] Arjun Mehta (Prana Diagnostics): Thanks Ravi, boards look clean. Will check with team. Talk Monday.
        [18/06/24, 09:02] Ravi Kumar (Elcon Circuits): Courier docket for alpha: BlueDart 71234598810
        """))])


# ---- p15: buyer: balance not released yet, but carry straight on once leak test passes
p15_text = D("""
    Dear Mr Albrecht,

    please find attached our order 4700-2291 for 10 UHV sample transfer forks, drawing
    FZN-VT-0881 Rev. A, material 1.4429 ESR, electropolished, cleaned for UHV (please pack
    in aluminium foil and double bags as last time).

    These 10 are samples. The balance of 90 pieces from your offer AN-24-0655 is not released yet -
    but once the 10 pass our helium leak test (< 1E-10 mbar l/s) you can carry straight on with the
    90, no need to wait for anything further from us.

    Delivery to Forschungszentrum Nordheide, Building 12, goods receipt, please.

    Best regards,
    Stefan Hollmann

    Dr. Stefan Hollmann
    Gruppenleiter Vakuumtechnik
    Forschungszentrum Nordheide GmbH, Am Forst 1, 21244 Buchholz-Nordheide
    Tel. +49 4181 208 3310
    Geschäftsführung: Prof. Dr. Anke Jessen · Amtsgericht Tostedt HRB 110233
    """)
case("p15_de_leaktest_carryon", ["RG005", "RG007"],
     "10 samples, 90 not released yet, but 'once the 10 pass our leak test carry straight on' - implied conversion, nobody named to release",
     [("Bestellung_4700-2291_Transfergabeln.eml", eml_bytes(mail(
         "Stefan Hollmann <stefan.hollmann@fz-nordheide.de>", "Thomas Albrecht <info@feinmechanik-albrecht.de>",
         "Bestellung 4700-2291 - UHV Transfergabeln (10 Muster)", "Mon, 27 May 2024 09:55:00 +0200", p15_text)))])


# ---- p16: 3D-printing web portal: approve prototypes and production starts automatically
p16_body = D("""
    <h2>PrintForge &ndash; your prototype order is confirmed</h2>
    <p>Order <b>PF-33812</b> &middot; Lumenfold Bio, Inc. &middot; placed by Kevin Shah &middot; 29 May 2024</p>
    <table>
    <tr><th>Part</th><th>Process</th><th>Material</th><th>Qty</th><th>Unit</th><th>Total</th></tr>
    <tr><td>optics_mount_v4.step</td><td>MJF</td><td>PA12, dyed black</td><td>6</td><td>$27.40</td><td>$164.40</td></tr>
    <tr><td colspan="5">Expedited shipping</td><td>$24.00</td></tr>
    <tr><td colspan="5"><b>Total</b></td><td><b>$188.40</b></td></tr>
    </table>
    <h3>What happens next</h3>
    <ol>
    <li>We print your 6 prototypes (ships in 3 business days).</li>
    <li>You inspect them and click <b>Approve prototypes</b> in your dashboard.</li>
    <li>Your production run then starts automatically at the quantity in your saved quote &ndash; no need to
    place another order. We'll email you the production schedule.</li>
    </ol>
    <p>Payment: card on file. Need changes? Reply to this email before the prototypes are approved.</p>
    <p style="font-size:11px;color:#777">PrintForge Inc., 77 Harbor St, Oakland, CA 94607 &middot; support@printforge.io</p>
    """)
case("p16_portal_autostart", ["RG007"],
     "bureau confirmation: clicking 'Approve prototypes' starts the production run automatically (no recorded auto-conversion)",
     [("PrintForge_PF-33812_confirmation.html", html_page("PrintForge PF-33812", p16_body))])


# ---- p17: supplier bought Ti bar for all 60 and will go straight onto the mill after approval
p17_po = pdf([
    ("h1", "Great Lakes State University"),
    ("p", "Procurement Services · 1200 University Ave, Ann Arbor-Hills, MI 48109"),
    ("h", "PURCHASE ORDER 4500872035"),
    ("p", "Vendor: Iron Creek Machine & Weld LLC · Requester: Dr. Petra Novak, Aerospace Engineering · "
          "Quote ICM-Q-2301 (4 samples + 56 production) · 05/20/2024"),
    ("table", [
        ["Line", "Description", "Qty", "UoM", "Unit", "Extended"],
        ["1", "Wing-box test bracket, Ti-6Al-4V, dwg GLSU-AE-0712 rev C - samples", "4", "EA", "640.00",
         "2,560.00"],
    ]),
    ("sp",),
    ("p", "Scope: only the 4 sample brackets are released. The 56 production brackets in quote ICM-Q-2301 are "
          "not released. They will be released only in writing by Dr. Petra Novak after sample sign-off "
          "(CMM and dye penetrant). Material authority: samples only."),
    ("p", "Terms: F.O.B. destination; net 30; GLSU standard terms rev. 07/2023."),
    ("p", "Authorized signature: Linda Marsh, Senior Buyer"),
], pagesize=LETTER, title="PO 4500872035", author="GLSU Procurement Services")
p17_text = D("""
    Hi Dr. Novak,

    The four sample brackets shipped today, UPS 1Z 88A 4F1 03 9921 4406, CMM reports in the box.

    To protect the schedule we've already bought the Ti-6Al-4V bar for all 60 brackets (mill certs
    are on file, heat no. 48817), and as soon as you approve the samples the other 56 go straight
    onto the mill. That keeps us inside your August window.

    Let me know if you need anything else - PO copy attached for reference.

    Dave
    """) + plain_sig("Dave Lindgren", "Operations Manager", "Iron Creek Machine & Weld LLC",
                     "88 Foundry Rd, Kalamazoo, MI 49001", "(269) 555-0164")
case("p17_ti_bar_mill", ["RG006", "RG007"],
     "supplier bought bar for all 60 (4 released, samples-only material) and will put the 56 on the mill on sample approval",
     [("Samples_shipped_PO_4500872035.eml", eml_bytes(mail(
         "Dave Lindgren <dave@ironcreekmachine.com>", "Petra Novak <pnovak@glsu.edu>",
         "Sample brackets shipped - PO 4500872035", "Tue, 11 Jun 2024 16:30:00 -0400", p17_text,
         attachments=[("PO_4500872035.pdf", p17_po, PDF_MT)])))])


# ---- p18: 'approval of the samples = approval of the production run'
p18_prev = D("""
    On 22 May 2024, at 09:41, Procurement <procurement@northgate.ac.uk> wrote:
    Order NU-PO-88412: 8 sample photoreactor vessels only. The 72 further vessels on
    quote PSG-2417 are not released; written production release by Dr Imogen Clarke after
    sample sign-off.
    Northgate University Procurement
    """)
p18_text = D("""
    Hi Martin,

    Lovely to speak earlier. Just to confirm what we said on the phone: approval of the samples =
    approval of the production run, so once I've approved the eight you don't need anything else
    from me - just crack on with the 72. Finance have the budget line sorted.

    The quartz window thickness stays at 3 mm as discussed.

    Best,
    Imogen
    """) + usig("Dr Imogen Clarke", "Senior Lecturer in Photochemistry, Department of Chemistry",
                "Northgate University", "+44 113 496 0552") + "\n" + quote_block(p18_prev)
case("p18_approval_equals", ["RG007", "RG009"],
     "buyer: 'approval of the samples = approval of the production run ... crack on with the 72' - conversion and one word for two meanings",
     [("Re_NU-PO-88412_photoreactors.eml", eml_bytes(mail(
         "Imogen Clarke <i.clarke@northgate.ac.uk>", "Martin Greaves <martin@penninesciglass.co.uk>",
         "Re: NU-PO-88412 photoreactor vessels", "Wed, 29 May 2024 14:08:00 +0100", p18_text,
         in_reply_to="<h56-prev-1801@northgate.ac.uk>")))])


# ---- p20: supplier ERP printout: material purchased for 300 though 12 released
case("p20_erp_rm_full", ["RG006"],
     "supplier work-order printout: PO 12 released, 288 on hold, but raw material purchased for full 300",
     [("WO_STATUS_SO-24-25-0611.txt", D("""
        SAI PRECISION COMPONENTS PVT LTD, PUNE                 WORK ORDER STATUS        PAGE 1
        RUN DATE 14.06.2024 09:42                              USER: PPC02
        ------------------------------------------------------------------------------------------
        SO NO       : SO/24-25/0611              CUSTOMER : DISR BENGALURU (C-0417)
        CUST PO     : DISR/PUR/2024-25/0532 DT 22.05.2024
        ITEM        : BEAMLINE CLAMP  DWG DISR-BL-310 REV 2     MATL SS 316L
        PO QTY      :     12 NOS  (SAMPLE LOT)
        REL QTY     :     12 NOS
        BAL QTY     :    288 NOS  ON HOLD - NOT RELEASED (AWAIT CUST WRITTEN RELEASE)
        WO NO       : WO/0611/01                 WO QTY   :  12 NOS    STATUS: IN PROCESS (OP 30 VMC)
        ------------------------------------------------------------------------------------------
        RM PLANNING
        RM CODE     DESCRIPTION               REQ FOR      QTY      UOM   STATUS
        RM-316-40   SS316L ROUND 40 DIA       300 NOS      412.0    KG    PURCHASED  GRN/24/1887
        RM-316-12   SS316L FLAT 12X40         300 NOS       96.5    KG    PURCHASED  GRN/24/1888
        BO-M6X20    M6X20 SHCS A4-80          1200         1200     NOS   PO RAISED  PO/24/3381
        ------------------------------------------------------------------------------------------
        REMARKS : RM PROCURED FOR FULL 300 NOS TO AVOID PRICE INCREASE (MD INSTRUCTION 06.06)
                  BAL 288 RM STORED BAY 4, TAGGED DISR
        ------------------------------------------------------------------------------------------
        PREPARED: PPC          CHECKED: QA            *** END OF REPORT ***
        """))])


# ---- p21: supplier portal status page: tubing taken in for all 400 condensers
p21_body = D("""
    <h2>Pennine Scientific Glass &ndash; customer portal</h2>
    <p>Customer: University of Castlebridge, School of Chemistry &middot; contact: Dr Owen Pritchard</p>
    <h3>Order status &ndash; PO CB-4700912 (Dimroth condensers, PSG-DC-400, NS 29/32)</h3>
    <table>
    <tr><th>Item</th><th>Quantity</th><th>Status</th></tr>
    <tr><td>Sample condensers</td><td>20</td><td>Released &ndash; in production, blowing complete, annealing 12 June</td></tr>
    <tr><td>Balance of quote PSG-2398</td><td>380</td><td>Not released &ndash; awaiting your written release</td></tr>
    </table>
    <h3>Messages</h3>
    <div class="note">
    <p><b>Martin Greaves, 11 June 2024:</b> Just a heads-up, Owen: our tubing supplier now only sells Duran
    3.3 tubing by the full pallet, so we've taken in enough for all 400 condensers. It's in our stores with
    your name on it and we'll hold it for you until you're ready.</p>
    </div>
    <p>Next delivery: 20 sample condensers, week 25, by our own van.</p>
    <p style="font-size:11px;color:#777">Pennine Scientific Glass Ltd &middot; Colne Bridge Rd, Huddersfield HD5 0RH</p>
    """)
case("p21_portal_tubing", ["RG006"],
     "supplier portal: 20 samples released, 380 not released, but tubing taken in for all 400",
     [("PSG_portal_CB-4700912_status.html", html_page("Order status CB-4700912", p21_body, lang="en-GB"))])


# ---- p22: Israeli buyer asks to lock in glass for 500 and treat the forecast as firm
p22_prev = D("""
    On Mon, 13 May 2024 at 11:20 Avi Katz <avi@neurospark.io> wrote:
    Michal, PO NS-24-0455 attached. It covers 20 sample lenses (achromatic doublet, dia 12.7 mm,
    f=30 mm) only. The other 480 on quote GPO-Q-5120 are not released; Dr. Yonatan Sela will
    release them in writing after our sample sign-off.
    """)
p22_text = D("""
    Hi Michal,

    Following up on our call. Glass prices are going up in Q3, so please go ahead and lock in the
    N-BK7 and N-SF5 blanks for the full 500 lenses now - we'll sort out later who pays for what.

    Also, the 500 are pretty much a done deal for next year: our 2025 forecast says 500, so you can
    count on them as a firm order for your capacity planning.

    Thanks!
    Avi
    """) + plain_sig("Avi Katz", "Operations Manager", "Neurospark Ltd.", "9 HaBarzel St., Tel Aviv",
                     "+972 3 555 0187") + "\n" + quote_block(p22_prev)
case("p22_il_lockin_glass", ["RG006", "RG008"],
     "buyer asks supplier to lock in blanks for 500 with liability left open (20 released) and calls the 2025 forecast a firm order",
     [("Re_NS-24-0455_glass_prices.eml", eml_bytes(mail(
         "Avi Katz <avi@neurospark.io>", "Michal Avraham <michal@galil-optics.co.il>",
         "Re: NS-24-0455 sample lenses / glass prices", "Sun, 02 Jun 2024 10:44:00 +0300", p22_text,
         in_reply_to="<h56-prev-2201@neurospark.io>")))])


# ---- p23: two files; supplier reads the advance as licence to book powder and print all 300
p23_po = pdf([
    ("h1", "Tavor Sensing Ltd."),
    ("p", "4 Hanechoshet St., Tel Aviv 6971068, Israel · procurement@tavorsensing.com"),
    ("h", "PURCHASE ORDER TS-PO-2024-058"),
    ("p", "Supplier: Layerwerk 3D GmbH, Köpenicker Str. 145, 10997 Berlin · Quote LW-24-0733 "
          "(15 samples + 285 production) · Date: 22 May 2024"),
    ("table", [
        ["Line", "Description", "Qty", "Unit EUR", "Total EUR"],
        ["1", "Sensor enclosure TS-ENC-07 rev B, MJF PA12, dyed black, samples", "15", "38.00", "570.00"],
    ]),
    ("sp",),
    ("p", "Scope: 15 sample enclosures only. The 285 production enclosures in quote LW-24-0733 are not "
          "released; they are released only in writing by Yael Mizrahi (VP Operations) after our sample "
          "sign-off. Material authority: samples only."),
    ("p", "Payment terms: 40% advance on the total value of quote LW-24-0733, balance net 30 after each "
          "delivery."),
], title="PO TS-PO-2024-058", author="Tavor Sensing Ltd.")
p23_text = D("""
    Dear Mr. Adler,

    thank you for the 40% advance payment, which we received today.

    As per our terms, the advance lets us book the PA12 powder for the full run of 300 and start
    printing the whole batch right away - we will ship in two lots, the first in calendar week 25.

    Best regards,
    Jonas Richter
    Project Manager
    Layerwerk 3D GmbH | Köpenicker Str. 145 | 10997 Berlin
    Geschäftsführer: Jonas Richter, Lea Brandt | HRB 214477 B | USt-IdNr. DE 334 556 778
    """)
case("p23_advance_powder", ["RG006", "RG012"],
     "two files: PO releases 15 (samples-only material); supplier says the advance lets it book powder for 300 and print the whole batch",
     [("TS-PO-2024-058.pdf", p23_po),
      ("Advance_received_TS-PO-2024-058.eml", eml_bytes(mail(
          "Jonas Richter <j.richter@layerwerk3d.de>", "Noam Adler <noam@tavorsensing.com>",
          "Advance received - TS-PO-2024-058", "Tue, 04 Jun 2024 12:15:00 +0200", p23_text)))])
# ---- p26: supplier acknowledgement confirms 12 (PO says 10) and has reserved Invar for 100
p26_ack = docx_bytes([
    ("h1", "Order Acknowledgement OA-24-2213"),
    ("p", "Halden Optics Ltd · Unit 12, Don Valley Works, Sheffield S9 3TY"),
    ("table", [
        ["Customer", "Northgate University, Department of Physics"],
        ["Customer PO", "NU-PO-88530"],
        ["Part", "Beam-splitter mount, NU-PH-BSM-2 issue B, Invar 36"],
        ["Quantity acknowledged", "12 pcs (sample mounts)"],
        ["Unit price", "£148.00"],
        ["Delivery", "Week 27, carriage paid"],
    ]),
    ("p", "Acknowledged by: Joanne Birch, Sales Engineer, 4 June 2024"),
], author="Halden Optics Ltd")
p26_prev = D("""
    On 3 Jun 2024, at 10:15, Imogen Clarke <i.clarke@northgate.ac.uk> wrote:
    Dear Joanne,
    PO NU-PO-88530 is for 10 (ten) sample mounts only. The remaining 90 on quote HO-Q-3520
    are not released - written release by me after our sample sign-off (interferometric
    stability test).
    Best, Imogen (Dr Imogen Clarke, Northgate University)
    """)
p26_text = D("""
    Dear Dr Clarke,

    Thank you for your order. Please find attached our order acknowledgement OA-24-2213. We
    confirm your PO for 12 pcs sample mounts, delivery week 27.

    To keep lead times short we have also reserved Invar 36 bar for 100 mounts with our mill
    (Aperam), which they will hold for us until September.

    Kind regards,
    Joanne Birch
    Sales Engineer, Halden Optics Ltd
    0114 496 0521
    """) + "\n" + quote_block(p26_prev)
case("p26_ack_12_vs_10", ["RG006", "RG011"],
     "supplier acknowledgement confirms 12 where the quoted PO says 10, and reserved Invar for 100 mounts",
     [("OA-24-2213_NU-PO-88530.eml", eml_bytes(mail(
         "Joanne Birch <joanne@haldenoptics.co.uk>", "Imogen Clarke <i.clarke@northgate.ac.uk>",
         "RE: NU-PO-88530 beam-splitter mounts - order acknowledgement", "Tue, 04 Jun 2024 11:32:00 +0100",
         p26_text, in_reply_to="<h56-prev-2601@northgate.ac.uk>",
         attachments=[("OA-24-2213.docx", p26_ack, DOCX_MT)])))])


# ---- p30: PO table says 20, note says twenty-five (25)
case("p30_po_20_vs_25", ["RG011"],
     "PO line quantity 20 but scope note says 'twenty-five (25) sample units'",
     [("CIT-24-120115_PO.pdf", pdf([
         ("h1", "Cascadia Institute of Technology"),
         ("p", "Office of Procurement · 400 Harbor Loop, Tacoma, WA 98402"),
         ("h", "PURCHASE ORDER CIT-24-120115"),
         ("p", "Supplier: Summit Additive Works, LLC · Quote SAW-Q-0902 (500 units) · Date: 06/10/2024 · "
               "Requester: Prof. Daniel Okafor"),
         ("table", [
             ["Line", "Description", "Qty", "UoM", "Unit price", "Amount"],
             ["1", "Sample lot - microfluidic manifold, SLA clear resin, dwg CIT-BE-0518 rev A, "
                   "polished viewing window", "20", "EA", "54.00", "1,080.00"],
         ]),
         ("sp",),
         ("h", "Scope"),
         ("p", "This PO covers twenty-five (25) sample units only. The remaining 475 units of quote "
               "SAW-Q-0902 are not released; they will be released only in writing by Prof. Daniel Okafor "
               "after sample sign-off (pressure test to 6 bar and optical clarity check). Material "
               "authority: sample lot only."),
         ("p", "Ship to Bioengineering Bldg, Rm 2.210. FOB destination, net 30."),
         ("p", "Issued by: Jenna Whitfield, Procurement Specialist"),
     ], pagesize=LETTER, title="PO CIT-24-120115", author="Cascadia Institute of Technology"))])


# ---- p31: two files; PO printout says 6 prototypes, professor's email says 8
case("p31_po6_mail8", ["RG011"],
     "two files: PO printout authorizes 6 prototypes, professor's email asks for 'the 8 prototypes on our PO'",
     [("KIST-24-0815_PO_printout.txt", D("""
        KANSAI INSTITUTE OF SCIENCE AND TECHNOLOGY         PURCHASE ORDER         KIST-24-0815
        Procurement Section                                 Issue date             2024/06/04
        ---------------------------------------------------------------------------------------
        SUPPLIER   : FUJIMOTO SEIKI CO., LTD.  (V-00218)
        LAB        : CRYO-MICROSCOPY LAB (DR. YUKI MORI)      BUDGET: KAKENHI 24H00512
        QUOTE      : FS-Q-2418 (PROTOTYPES + 54 PRODUCTION)
        ---------------------------------------------------------------------------------------
        NO  DESCRIPTION                                   QTY  UNIT   PRICE JPY    AMOUNT JPY
        1   CRYO SAMPLE PUCK, OFHC CU, GOLD PLATED          6  PCS       42,000       252,000
            DWG KIST-CM-101 REV A, PROTOTYPE
        ---------------------------------------------------------------------------------------
        NOTE: PROTOTYPES ONLY. THE 54 PRODUCTION PCS OF QUOTE FS-Q-2418 ARE NOT RELEASED.
              RELEASE ONLY IN WRITING BY DR. HIROSHI SATO AFTER PROTOTYPE SIGN-OFF.
        DELIVERY   : 2024/07/05   BLDG B3
        ---------------------------------------------------------------------------------------
        """)),
      ("Prototypes_cryo_puck.eml", eml_bytes(mail(
          "Yuki Mori <y.mori@kist.ac.jp>", "Shigeru Fujimoto <s.fujimoto@fujimoto-seiki.co.jp>",
          "Cryo sample puck prototypes", "Wed, 05 Jun 2024 09:12:00 +0900",
          D("""
              Dear Mr. Fujimoto,

              The PO was sent yesterday from our Procurement Section.

              Please make the 8 prototypes on our PO as we discussed at the meeting; we want to
              test two of them destructively (thermal cycling to 4 K and cutting for the plating
              thickness).

              Gold plating 2 um on nickel-free base is important, please do not forget.

              Best regards,
              Yuki Mori
              Cryo-Microscopy Lab, KIST
              """))))])


# ---- p32: forwarded release (rfc822) says 30; forwarder says 'build the 40 released racks'
p32_orig = mail("Helen Marsh <h.marsh@aberdale.ac.uk>", "Fiona Baird <f.baird@aberdale.ac.uk>",
                "Release no. 1 - PO AB-2024-03901 tube racks", "Mon, 10 Jun 2024 08:55:00 +0100",
                D("""
                    Fiona,

                    Release no. 1 for PO AB-2024-03901 (autoclavable tube racks, AB-LS-RK-11):
                    30 racks are released (units 16-45), following the sample sign-off last week.
                    The balance of 105 remains on hold until the next release from me after the
                    Q3 usage review.

                    Please pass this on to Brackenfield.

                    Helen

                    Dr Helen Marsh
                    Facilities Manager, School of Life Sciences, University of Aberdale
                    """), msgid="<h56-rel1-03901@aberdale.ac.uk>")
p32_text = D("""
    Hi Sam,

    See Helen's release below - please build the 40 released racks as soon as you can, same
    issue letter and packing as the samples.

    Cheers,
    Fiona
    """) + usig("Fiona Baird", "Procurement Officer", "University of Aberdale", "+44 1224 496 010")
case("p32_fwd_release_30_40", ["RG011"],
     "forwarded release (rfc822) releases 30 racks; forwarding buyer asks supplier to build 'the 40 released racks'",
     [("Fwd_Release_1_AB-2024-03901.eml", eml_bytes(mail(
         "Fiona Baird <f.baird@aberdale.ac.uk>", "Sam Whitworth <sam@brackenfield-additive.co.uk>",
         "Fwd: Release no. 1 - PO AB-2024-03901 tube racks", "Mon, 10 Jun 2024 10:20:00 +0100", p32_text,
         attachments=[("rfc822", p32_orig)])))])


# ---- p33: web-shop confirmation, table says 5, text says 4
p33_body = D("""
    <h2>Layerwerk 3D &ndash; Bestellbestätigung / order confirmation</h2>
    <p>Order <b>LW-W-118204</b> &middot; 16.05.2024 &middot; Universität Lindenau, Institut für Robotik,
    Dr. Mirja Stein</p>
    <p>Thank you for your order of 4 units. We will print and ship them within 5 working days.</p>
    <table>
    <tr><th>Artikel / item</th><th>Verfahren</th><th>Material</th><th>Menge / qty</th><th>Stückpreis</th><th>Summe</th></tr>
    <tr><td>greifer_finger_v2.stl</td><td>SLS</td><td>PA12, natur</td><td>5</td><td>19,80 &euro;</td><td>99,00 &euro;</td></tr>
    <tr><td colspan="5">Versand DHL</td><td>6,90 &euro;</td></tr>
    <tr><td colspan="5"><b>Gesamt inkl. 19 % MwSt.</b></td><td><b>126,02 &euro;</b></td></tr>
    </table>
    <p>Bestellreferenz / PO reference: 4500124077 &middot; Zahlung: Rechnung (Hochschulkunde)</p>
    <p style="font-size:11px;color:#777">Layerwerk 3D GmbH &middot; Köpenicker Str. 145 &middot; 10997 Berlin &middot; AGB: layerwerk3d.de/agb</p>
    """)
case("p33_webshop_5_vs_4", ["RG011"],
     "web-shop confirmation text says 'order of 4 units' but the line quantity is 5",
     [("Layerwerk_LW-W-118204.html", html_page("Bestellbestätigung LW-W-118204", p33_body, lang="de"))])


# ---- p34: call-off text says 150, table says 120
case("p34_calloff_150_120", ["RG011"],
     "call-off no. 3: text releases 150 units, the table for the same call-off shows 120",
     [("QX-FO-2024-01_call-off_3.docx", docx_bytes([
         ("h1", "Call-off No. 3"),
         ("p", "Frame order QX-FO-2024-01 · Qubitronix Ltd., Rehovot → Galil Precision Optics Ltd., Migdal HaEmek"),
         ("p", "Part: QX-WIN-2200 Rev B, cryostat window assembly (fused silica, AR 1550 nm). Date: 17 June 2024."),
         ("p", "Quantity released with this call-off: 150 units, for delivery in two lots (see table)."),
         ("table", [
             ["Call-off", "Released qty", "Delivery", "Status"],
             ["No. 1", "10", "March 2024", "delivered, sample sign-off passed"],
             ["No. 2", "40", "May 2024", "delivered"],
             ["No. 3 (this call-off)", "120", "lot A: 29 July · lot B: 26 August", "released"],
         ]),
         ("sp",),
         ("p", "Balance of the frame quantity: not released. It remains on hold until the next call-off, signed "
               "by Dana Levi (Procurement Lead) after the Q4 build-plan review."),
         ("p", "Material authority: quantities of call-offs 1-3 only."),
         ("p", "Coating and inspection per QX-SPEC-0044 rev D; certificates of conformance with each lot."),
         ("p", "Signed: Dana Levi, Procurement Lead"),
     ], author="Qubitronix Ltd."))])


# ---- p35: chat; buyer says 24 flow cells, pinned message says 20
case("p35_chat_24_vs_20", ["RG011"],
     "chat: buyer says PO is for 24 flow cells, pinned scope note of the same PO says 20",
     [("slack_lumenfold-summit_flowcells.txt", D("""
        Slack - shared channel #lumenfold-summit-additive
        ---------------------------------------------------

        Priya Natarajan (Lumenfold)  Tue 10:02 AM
        Hi Jess! PO LB-3450 just went out - it's for the 24 flow cells (pilot lot), clear resin,
        rev D of the CAD with the thicker bonding lip.

        Jess Romero (Summit Additive)  Tue 10:15 AM
        Great, thanks Priya. Rev D STEP received. Any orientation preference? Vertical gives the
        clearest channels but adds a day.

        Priya Natarajan (Lumenfold)  Tue 10:21 AM
        Vertical please, clarity matters more than the day.

        Priya Natarajan (Lumenfold)  Tue 10:24 AM
        📌 Pinned: PO LB-3450 - pilot lot 20 flow cells. The remaining units of quote SAW-Q-1010 are
        NOT released; written release from me (Priya Natarajan, Dir. Ops) after the pilot sign-off.

        Jess Romero (Summit Additive)  Tue 10:30 AM
        👍 queued for Thursday's build.

        Kevin Shah (Lumenfold)  Tue 11:47 AM
        Jess, can you add 2 coupons of the same resin for our solvent soak test? Happy to pay.
        """))])


# ---- p40: supplier order confirmation turns a forecast into a 'firm order'
case("p40_ab_forecast_firm", ["RG008"],
     "supplier order confirmation: 6 samples released; 'annual requirement 2025: 2.000 pcs confirmed as firm order according to your forecast'",
     [("AB-24-1102_Auftragsbestaetigung.pdf", pdf([
         ("h1", "Glasapparatebau Reuter GmbH & Co. KG"),
         ("p", "Industriestr. 14 · 97877 Wertheim · Tel. +49 9342 8811-0 · auftrag@reuter-glas.de"),
         ("h", "Auftragsbestätigung / Order confirmation AB-24-1102"),
         ("p", "Kunde / customer: Universität Lindenau, Institut für Technische Chemie, Dr. Lukas Wendel · "
               "Ihre Bestellung / your order 4500124410 vom 03.06.2024"),
         ("table", [
             ["Pos.", "Bezeichnung / description", "Menge / qty", "Preis EUR", "Status"],
             ["1", "Chromatographiesäule 30 x 600 mm, NS 29/32, PTFE-Hahn, Fritte Por. 2 (ISO 4793) - "
                   "Muster / samples", "6", "212,00", "released, delivery KW 26"],
             ["2", "as pos. 1, annual requirement 2025", "2.000", "96,50",
              "confirmed as firm order according to your forecast e-mail of 28.05.2024; call-offs to follow"],
         ]),
         ("sp",),
         ("p", "Pos. 2 is not yet released for production; we will produce against your call-offs. We have "
               "reserved furnace capacity for the full 2.000 pcs in 2025."),
         ("p", "Lieferung frei Haus. Zahlung 30 Tage netto. Es gelten unsere Verkaufs- und Lieferbedingungen."),
         ("p", "Mit freundlichen Grüßen, i. A. Karin Reuter, Auftragsabwicklung"),
     ], title="Auftragsbestätigung AB-24-1102", author="Glasapparatebau Reuter"))])


# ---- p42: SOW commits to a forecast volume
case("p42_sow_forecast_commit", ["RG008"],
     "SOW: pilot complete (5 released, rest on hold, written release by Dr Adeyemi) but 'estimated annual requirement (forecast) 500 ... the Institute commits to purchasing'",
     [("SOW_TIBR-BP-2024-03_bioreactor_lids.docx", docx_bytes([
         ("h1", "Statement of Work TIBR-BP-2024-03"),
         ("p", "Machined PEEK head plates for 2 L bioreactors - Thamesmead Institute of Biomedical Research "
               "(the Institute) and Tamar Precision Engineering Ltd (the Supplier)"),
         ("h", "1. Pilot"),
         ("p", "The Supplier will make five (5) pilot head plates per drawing TIBR-BP-031 rev 2 under PO 0042230. "
               "Only these 5 are released. No further head plates are released; production quantities are "
               "released only in writing by Dr Femi Adeyemi, Head of Bioprocess, after the pilot sign-off "
               "(autoclave cycling, 50 cycles)."),
         ("h", "2. Volume"),
         ("p", "Estimated annual requirement (forecast): 500 head plates. The Institute commits to purchasing "
               "this quantity over the 12-month term of this SOW, and the Supplier may plan capacity "
               "accordingly."),
         ("h", "3. Pricing"),
         ("table", [
             ["Item", "Qty", "Unit £"],
             ["Pilot head plate", "5", "214.00"],
             ["Production head plate (call-offs)", "per release", "132.00"],
         ]),
         ("h", "4. Quality"),
         ("li", "Material certificate for PEEK 450G with each lot."),
         ("li", "First-off inspection report for every production call-off."),
         ("p", "Signed for the Institute: Dr Femi Adeyemi. Signed for the Supplier: Gareth Penrose."),
     ], author="TIBR"))])


# ---- p43: supplier portal shows a blanket order 'confirmed - binding' from a forecast
p43_body = D("""
    <h2>Sakura Optical Works &ndash; customer portal</h2>
    <p>Customer: Hoshino Analytical Instruments Co., Ltd. &middot; buyer: Ms. Aiko Shimizu</p>
    <h3>Blanket order BO-24-077 &ndash; lens holder HAI-LH-210 Rev 1</h3>
    <table>
    <tr><th>Field</th><th>Value</th></tr>
    <tr><td>Blanket quantity</td><td>1,200 pcs (taken from your FY2024 forecast of 15 April 2024)</td></tr>
    <tr><td>Status</td><td>CONFIRMED &ndash; binding order</td></tr>
    <tr><td>Call-off CO-1</td><td>50 pcs &ndash; released by your call-off of 20 May 2024, in production</td></tr>
    <tr><td>Remaining</td><td>1,150 pcs &ndash; to be called off</td></tr>
    </table>
    <p>Delivery schedule for CO-1: 25 pcs on 14 June, 25 pcs on 28 June.</p>
    <p>Please contact Mr. Ogawa (sales) for changes to the blanket quantity.</p>
    <p style="font-size:11px;color:#777">Sakura Optical Works Co., Ltd. &middot; Uji, Kyoto</p>
    """)
case("p43_portal_blanket", ["RG008"],
     "supplier portal lists a forecast-derived blanket of 1,200 as 'CONFIRMED - binding order'; CO-1 of 50 released",
     [("Sakura_portal_BO-24-077.html", html_page("Blanket order BO-24-077", p43_body))])


# ---- p44: university ERP blanket PO printout commits to forecast usage
case("p44_erp_blanket_commit", ["RG008"],
     "buyer blanket PO printout: estimated annual usage (forecast) 400 written as 'committed qty - university is obligated'; release 1 = 40 with hold/event/person",
     [("BPO_B24-00412.txt", D("""
        RIDGELINE STATE UNIVERSITY - PROCUREMENT SERVICES                      BLANKET PURCHASE ORDER
        PO NO   : B24-00412            DATE : 05/01/2024          PAGE 1 OF 1
        VENDOR  : 0003310  IRON CREEK MACHINE & WELD LLC, KALAMAZOO MI
        DEPT    : CHEMISTRY - TEACHING LABS          CHARTSTRING: 10-2210-01-GEN-OPS
        ==============================================================================================
        LN  ITEM DESCRIPTION                                   QTY   UOM   UNIT PRICE     EXTENDED
        01  CUVETTE RACK, AL 6061 ANODIZED, 24-POS, RSU-CH-RK2  400   EA        18.40     7,360.00
            EST ANNUAL USAGE (FORECAST)     : 400 EA
            COMMITTED QTY                   : 400 EA - UNIVERSITY IS OBLIGATED TO PURCHASE
        ----------------------------------------------------------------------------------------------
        RELEASE SCHEDULE
        REL 01   40 EA   RELEASED 05/01/2024   DELIVER BY 06/14/2024
        BAL     360 EA   NOT RELEASED - RELEASED ONLY BY CALL-OFF SIGNED BY MARIA GONZALEZ,
                         PURCHASING MANAGER, AFTER THE QUARTERLY USAGE REVIEW
        ==============================================================================================
        TERMS: NET 30 / FOB DESTINATION / RSU STANDARD T&C REV 2023-07
        BUYER: M. GONZALEZ  (970) 555-0102
        """))])
# ---- p50: SAP printout: PO 'released' (release code) and production 'release' of the remaining 48
case("p50_sap_release_code", ["RG009"],
     "ERP printout uses 'released' for the PO approval (release code Z2) and for production release of the remaining 48",
     [("ME9F_4510611.txt", D("""
        UNIVERSITAET WESERBERGLAND                                         Seite/Page 1 von/of 1
        Zentraler Einkauf
        ==========================================================================================
        BESTELLUNG / PURCHASE ORDER          Nr.   4510611            Datum  10.06.2024
        Lieferant    700233 Feinmechanik Albrecht GmbH, Loebstedter Str. 88, 07749 Jena
        Kostenstelle 4715 AG Wendt, Nanooptik      Fonds ERC-StG 101076500
        Angebot      24-0244 vom 31.05.2024 (2 Prototypen + 48 Serie)
        Freigabestatus / release status: FREIGEGEBEN / RELEASED  (Freigabecode Z2, Budgetverantw.)
        ==========================================================================================
        Pos   Material  Kurztext                               Menge ME  Preis/ME     Nettowert
        ------------------------------------------------------------------------------------------
        00010           PROTOTYP Objektivhalter Piezo              2 ST    690,00       1.380,00
                        Zg. WB-NO-0407 Rev A, Ti Grade 5
        ------------------------------------------------------------------------------------------
                                                          Gesamtnettowert EUR          1.380,00
        ==========================================================================================
        KOPFTEXT / HEADER NOTE
        This PO has been released in SAP by the budget holder (release code Z2).
        Only the 2 prototypes are to be made. The remaining 48 pcs of offer 24-0244 are on hold.
        Release of the remaining 48 pcs for production will follow only after the prototype
        sign-off, in writing by Dr. Tobias Wendt.
        ------------------------------------------------------------------------------------------
        Liefertermin: KW 28      Incoterm: DAP Hameln       Zahlung: 30 Tage netto
        ==========================================================================================
        """))])


# ---- p51: samples approved + finance approved -> 'everything's approved now'
p51_prev = D("""
    On Mon, Jun 3, 2024 at 8:05 AM Rachel Kim <rkim@cascadia-tech.edu> wrote:
    Luis, PO CIT-24-120340 attached: 10 sample cuvette adapters. The remaining 190 on quote
    RRF-1290 are not released; Prof. Daniel Okafor will release them in writing after the
    sample sign-off.
    Rachel
    """)
p51_text = D("""
    Hi Luis,

    Good news - the samples are approved! Dan looked at them yesterday and the fit in the plate
    reader is perfect. Finance has approved the budget transfer as well, so everything's approved
    now.

    Thanks for the quick turnaround, really appreciated.

    Rachel

    Rachel Kim
    Lab Manager, Okafor Lab - Bioengineering
    Cascadia Institute of Technology | (253) 555-0162
    """) + "\n" + quote_block(p51_prev)
case("p51_everything_approved", ["RG002", "RG009"],
     "'samples are approved' (technical) + 'finance has approved' (commercial) -> 'everything's approved now' (unscoped)",
     [("Re_sample_cuvette_adapters.eml", eml_bytes(mail(
         "Rachel Kim <rkim@cascadia-tech.edu>", "Luis Ortega <luis@redwoodrapid.com>",
         "Re: sample cuvette adapters - CIT-24-120340", "Thu, 13 Jun 2024 09:18:00 -0700", p51_text,
         in_reply_to="<h56-prev-5101@cascadia-tech.edu>")))])


# ---- p52: PO note: drawing 'released' (design review) and 'production release'
case("p52_drawing_released", ["RG009"],
     "PO note says the drawing 'was released' at design review and 'production release' follows sample sign-off",
     [("RIAP_PO_24-0219.pdf", pdf([
         ("h1", "Ramon Institute of Applied Physics"),
         ("p", "Ben-Gurion Blvd 120, Be'er Sheva 8410501, Israel · Purchasing Department"),
         ("h", "PURCHASE ORDER RIAP-24-0219"),
         ("p", "Supplier: Galil Precision Optics Ltd., Migdal HaEmek · Quote GPO-Q-5188 (6 samples + 54) · "
               "Date: 26.05.2024 · Budget: ISF grant 2211/23"),
         ("table", [
             ["#", "Item", "Qty", "Unit price USD", "Total USD"],
             ["1", "Right-angle prism, N-BK7, 10 mm, hypotenuse AR-coated 700-1100 nm, drawing RIAP-OP-114 "
                   "Rev C - samples", "6", "85.00", "510.00"],
         ]),
         ("sp",),
         ("h", "Notes"),
         ("p", "Drawing RIAP-OP-114 Rev C was released on 12.03.2024 at our design review. Only the 6 samples "
               "are ordered now. The remaining 54 are not released."),
         ("p", "Production release for the 54 will follow after sample sign-off (surface figure and coating "
               "test), in writing by Dr. Noa Friedman, Head of the Optics Lab."),
         ("p", "Delivery: 4 weeks. Certificate of conformance and interferogram with each prism."),
         ("p", "Purchasing Department, RIAP"),
     ], title="PO RIAP-24-0219", author="RIAP Purchasing"))])


# ---- p54: order tracker with 'Released' for drawing, PO and production
p54_body = D("""
    <h2>Northgate University &ndash; order tracker</h2>
    <p>Requisition RQ-24-3381 &middot; Department of Chemistry &middot; supplier: Pennine Scientific Glass Ltd</p>
    <table>
    <tr><th>Item</th><th>Status</th><th>Detail</th></tr>
    <tr><td>Drawing NU-CH-5512 Rev B (flow photoreactor coil)</td><td>Released</td><td>Design check by Dr I. Clarke, 02/05/2024</td></tr>
    <tr><td>Purchase order NU-PO-88790</td><td>Released</td><td>Budget holder sign-off, 10/05/2024</td></tr>
    <tr><td>Production</td><td>Released &ndash; 10 sample units</td><td>Units 1-10</td></tr>
    <tr><td>Balance (90 units)</td><td>On hold</td><td>Unlock event: sample sign-off. Release authority: Dr Imogen Clarke (in writing).</td></tr>
    </table>
    <p>Supplier contact: Martin Greaves. Delivery of samples: week 24.</p>
    <p style="font-size:11px;color:#777">Generated by Northgate eProcurement &middot; 14/05/2024 09:12</p>
    """)
case("p54_tracker_released", ["RG009"],
     "order tracker shows 'Released' for the drawing, the PO and production; scope itself complete",
     [("NU_order_tracker_RQ-24-3381.html", html_page("Order tracker RQ-24-3381", p54_body, lang="en-GB"))])


# ---- p60: department admin: P-card charge for full quote went through, so start the whole batch
p60_prev = D("""
    On Tue, May 28, 2024 at 10:31 AM Linda Marsh <lmarsh@glsu.edu> wrote:
    Dave - PO 4500872240: 4 prototype clamp assemblies. Units 5-40 of quote ICM-2291 are
    not released; Prof. Hannah Cole will release them in writing after the prototype sign-off.
    Linda Marsh, Senior Buyer
    """)
p60_text = D("""
    Hi Dave,

    Good news on our end - the purchase card charge for the full quote ($38,640.00) went through this
    morning, so we got it in before fiscal year-end. Since it's paid, you're all set to start the whole
    batch.

    Let me know if you need a W-9 or anything else from us.

    Thanks!
    Karen

    Karen Mills
    Department Administrator, Department of Physics
    Great Lakes State University | (734) 555-0110
    """) + "\n" + quote_block(p60_prev)
case("p60_pcard_whole_batch", ["RG012"],
     "department admin: P-card charge for the full quote went through, 'since it's paid, you're all set to start the whole batch'",
     [("Re_PO_4500872240_payment.eml", eml_bytes(mail(
         "Karen Mills <kmills@glsu.edu>", "Dave Lindgren <dave@ironcreekmachine.com>",
         "Re: PO 4500872240 - clamp assemblies / payment", "Thu, 27 Jun 2024 11:05:00 -0400", p60_text,
         html=html_mail(p60_text.split("\n\n")),
         in_reply_to="<h56-prev-6001@glsu.edu>")))])


# ---- p62: Indian purchase officer: advance remitted, kindly start manufacturing of all items
p62_po = pdf([
    ("h1", "DECCAN INSTITUTE OF SCIENCE RESEARCH"),
    ("p", "C.V. Raman Road, Bengaluru 560012 · Purchase Section"),
    ("h", "PURCHASE ORDER No. DISR/PUR/2024-25/0602"),
    ("p", "Date: 10.06.2024 · To: M/s Shreeji Scientific Glass Works, Vadodara · Ref: proforma invoice PI/24/207 "
          "(50 Nos) · Indenter: Dr. Meenakshi Iyer, Biochemistry"),
    ("table", [
        ["S.No.", "Description", "Qty", "Rate (Rs.)", "Amount (Rs.)"],
        ["1", "Jacketed chromatography column 25 x 300 mm, NS 19/26, sample", "5 Nos", "4,200.00", "21,000.00"],
    ]),
    ("sp",),
    ("p", "Only the 5 Nos samples are ordered now. The balance 45 Nos of your proforma PI/24/207 are not "
          "released and shall not be manufactured. Release of the balance only in writing by Dr. Meenakshi Iyer "
          "after evaluation of the samples."),
    ("p", "Payment: 30% advance against proforma, balance after receipt and acceptance."),
    ("p", "Purchase Officer, DISR"),
], title="PO DISR/PUR/2024-25/0602", author="DISR Purchase Section")
p62_text = D("""
    Dear Sir,

    This is to inform you that 30% advance against your proforma invoice PI/24/207 for the full
    quantity (50 Nos) has been remitted today vide NEFT UTR SBIN524162248877.

    As the advance has been paid, kindly start manufacturing of all the items at the earliest and
    intimate the dispatch schedule. PO copy is enclosed for your reference.

    Thanking you,

    K. Srinivasan
    Purchase Officer
    Deccan Institute of Science Research, Bengaluru
    Ph: 080-2293 1100 Extn 418
    """)
case("p62_in_advance_start", ["RG012"],
     "purchase officer: advance remitted against the full proforma, 'as the advance has been paid, kindly start manufacturing of all the items'; PO releases 5",
     [("Advance_remitted_PI-24-207.eml", eml_bytes(mail(
         "K. Srinivasan <purchase@disr.res.in>", "Hitesh Patel <sales@shreejiglass.in>",
         "Advance remitted - PI/24/207 - DISR/PUR/2024-25/0602", "Fri, 14 Jun 2024 15:40:00 +0530", p62_text,
         attachments=[("PO_DISR_PUR_2024-25_0602.pdf", p62_po, PDF_MT)])))])


# ---- p63: chat: supplier kicks off the full 40 because the deposit landed
case("p63_chat_deposit", ["RG012"],
     "chat: PO = 4 alpha housings, 36 not released (Callum Reid after alpha test); supplier: 'deposit landed - kicking off the full 40'",
     [("teams_LochFyne-Clyde_LFI-0088.txt", D("""
        Chat export - Loch Fyne Instruments <> Clyde Rapid Prototyping
        ================================================================

        [12/06/2024 09:41] Callum Reid (Loch Fyne Instruments)
        Pinned: PO LFI-0088 is for 4 alpha housings only (LFI-HSG-03 rev A, SLA Grey Pro).
        The other 36 on your quote are not released - I'll release them in writing after our alpha test.

        [12/06/2024 09:55] Ailsa Munro (Clyde Rapid Prototyping)
        Thanks Callum. Deposit invoice INV-2291 sent to your accounts inbox, 30% of the quote as usual.

        [13/06/2024 14:20] Callum Reid (Loch Fyne Instruments)
        Can the lid snap-fits be 0.2 mm thinner? They were stiff on the last rev.

        [13/06/2024 14:32] Ailsa Munro (Clyde Rapid Prototyping)
        Yes, will adjust in the build file.

        [18/06/2024 08:03] Ailsa Munro (Clyde Rapid Prototyping)
        deposit landed 🎉 - kicking off the full 40 tomorrow morning, printers are free this week

        [18/06/2024 08:05] Ailsa Munro (Clyde Rapid Prototyping)
        will send photos of the first plate
        """))])


# ---- p71: email asks for 8 samples 'as per the attached quote' which shows 400 production
p71_quote = pdf([
    ("h1", "Summit Additive Works, LLC"),
    ("p", "5120 Arapahoe Ave, Boulder, CO 80303 · quotes@summitadditive.com"),
    ("h", "Quote SAW-Q-1133"),
    ("p", "Customer: Ridgeline State University, Mechanical Engineering, Dr. Sofia Alvarez · 05/30/2024"),
    ("table", [
        ["Item", "Description", "Qty", "Unit", "Extended"],
        ["1", "Sensor housing RSU-ME-SH-2, SLS PA12 - samples", "8", "$52.00", "$416.00"],
        ["2", "Sensor housing RSU-ME-SH-2, SLS PA12 - production", "400", "$17.25", "$6,900.00"],
    ]),
    ("p", "Academic pricing. Lead time: samples 7 working days, production 3 weeks. Valid 30 days."),
], pagesize=LETTER, title="Quote SAW-Q-1133", author="Summit Additive Works")
p71_text = D("""
    Hi Jess,

    Could you please make the 8 samples as per the attached quote? PO number is P24-0095120
    (line 1), it should reach you from the portal today.

    Ship to Engineering Hall room 3.114, attn. Dr. Alvarez. We'd love to have them before
    the 4th of July break if at all possible.

    Thanks!
    Ben

    Ben Okoro
    Research Engineer, Alvarez Lab
    Department of Mechanical Engineering, Ridgeline State University
    """)
case("p71_8_samples_quote", ["RG001", "RG003", "RG004", "RG005"],
     "email orders 8 samples 'as per the attached quote', quote shows 400 production; nothing says the 400 is not released, no event, no person",
     [("Samples_SAW-Q-1133_PO_P24-0095120.eml", eml_bytes(mail(
         "Ben Okoro <bokoro@ridgeline.edu>", "Jess Romero <jess@summitadditive.com>",
         "8 samples - SAW-Q-1133 / PO P24-0095120", "Mon, 10 Jun 2024 08:47:00 -0600", p71_text,
         attachments=[("SAW-Q-1133.pdf", p71_quote, PDF_MT)])))])


# ---- p72: HTML e-procurement PO; sample lot with 'quotation: 5 Nos sample + 45 Nos regular supply'
p72_body = D("""
    <h2>Northern Institute of Chemical Sciences &ndash; e-Procurement</h2>
    <h3>Purchase Order NICS/CHEM/PO/2024/1088</h3>
    <table>
    <tr><th>Date</th><td>11.06.2024</td><th>Indent</th><td>CHEM/IND/0347</td></tr>
    <tr><th>Supplier</th><td>M/s Kaveri Labglass, Ambala Cantt</td><th>Indenter</th><td>Dr. Harpreet Sandhu</td></tr>
    </table>
    <h3>Items</h3>
    <table>
    <tr><th>S.No.</th><th>Description</th><th>Qty</th><th>Rate (Rs.)</th><th>Amount (Rs.)</th></tr>
    <tr><td>1</td><td>Quartz immersion-well photoreactor, 450 ml, with cooling jacket, NS 45/40 &ndash; sample lot.
    Ref: your quotation KL/Q/2711: 5 Nos sample + 45 Nos regular supply</td><td>5 Nos</td><td>18,600.00</td><td>93,000.00</td></tr>
    <tr><td colspan="4">GST @ 18%</td><td>16,740.00</td></tr>
    <tr><td colspan="4"><b>Total</b></td><td><b>1,09,740.00</b></td></tr>
    </table>
    <h3>Terms</h3>
    <ol>
    <li>Delivery within 45 days, F.O.R. NICS Mohali.</li>
    <li>Payment within 30 days after receipt and acceptance.</li>
    <li>Test certificate for quartz purity to accompany supply.</li>
    </ol>
    <p>Stores &amp; Purchase Officer, for Director, NICS</p>
    """)
case("p72_html_po_5_45", ["RG001", "RG003", "RG004", "RG005"],
     "HTML PO for a 5-unit sample lot that quotes '5 Nos sample + 45 Nos regular supply'; no hold, event or person",
     [("NICS_ePO_2024-1088.html", html_page("PO NICS/CHEM/PO/2024/1088", p72_body, lang="en-IN"))])


# ---- p73: two files; complete sample PO + drawing notes with an unlabelled annual production quantity
p73_po = pdf([
    ("h1", "Forschungszentrum Nordheide GmbH"),
    ("p", "Abteilung Elektrochemie · Am Forst 1 · 21244 Buchholz-Nordheide · einkauf@fz-nordheide.de"),
    ("h", "Bestellung / Purchase Order 4700-2318"),
    ("p", "Lieferant / supplier: Kunststofftechnik Marx GmbH, Lüneburg · Angebot / offer KM-24-1170 "
          "(20 Muster + 80 Serie) · 05.06.2024"),
    ("table", [
        ["Pos.", "Bezeichnung / description", "Menge", "Preis EUR", "Wert EUR"],
        ["1", "Elektrodenhalter PEEK, Zeichnung FZN-EC-0412 Rev. B (beiliegend) - Muster / samples", "20 ST",
         "36,00", "720,00"],
    ]),
    ("sp",),
    ("p", "Only the 20 samples are ordered and released. The remaining 80 pieces of offer KM-24-1170 are not "
          "released. They will be released only in writing by Dr. Katrin Böhm after the sample sign-off "
          "(electrolyte immersion test, 4 weeks). Material authority: samples only."),
    ("p", "Lieferung frei Haus, Gebäude 7. Zahlung 30 Tage netto."),
], title="Bestellung 4700-2318", author="Forschungszentrum Nordheide")
case("p73_po_plus_drawing", ["RG001"],
     "two files: complete sample PO (20, 80 not released) + drawing notes carrying 'ANNUAL PRODUCTION QTY: 1000 PCS' with no informational label",
     [("Bestellung_4700-2318.pdf", p73_po),
      ("FZN-EC-0412_RevB_drawing_notes.txt", D("""
        FORSCHUNGSZENTRUM NORDHEIDE - ABT. ELEKTROCHEMIE
        TITLE        : ELECTRODE HOLDER, PEEK
        DWG NO       : FZN-EC-0412        REV: B        SHEET 1/2     SCALE 2:1
        MATERIAL     : PEEK 450G NATURAL (UNFILLED)
        GEN. TOL.    : ISO 2768-mK
        DRAWN        : K. BOEHM  12.02.2024      CHECKED: J. PETERSEN  19.02.2024
        ---------------------------------------------------------------------------
        NOTES
        1. BREAK ALL SHARP EDGES 0.2 MAX.
        2. SURFACE Ra 1.6 ON FACES MARKED *, OTHERWISE Ra 3.2.
        3. THREAD M8x1 TO ISO 965-1 6H, 10 DEEP.
        4. NO MOULD RELEASE AGENTS, NO CUTTING FLUIDS CONTAINING SILICONE.
        5. CLEAN IN ISOPROPANOL, BAG INDIVIDUALLY.
        6. ANNUAL PRODUCTION QTY: 1000 PCS, DELIVERY IN LOTS OF 250.
        7. MARK PART NO. AND LOT NO. ON FACE B, LASER, 2 MM CHARACTERS.
        ---------------------------------------------------------------------------
        """))])


# ---- p75: SOW with pricing tiers for beta and production beside 5 alpha deliverables, no hold
case("p75_sow_alpha_tiers", ["RG001", "RG003", "RG004", "RG005"],
     "SOW deliverables 5 alpha boards with a price table for 50 beta and 500 production; nothing says those are not released, no event, no person",
     [("SOW_TS-2024-031_alpha_boards.docx", docx_bytes([
         ("h1", "Statement of Work TS-2024-031"),
         ("p", "Tavor Sensing Ltd. (customer) and Carmel Electronics Assembly Ltd. (contractor) - alpha build of "
               "the TS-AFE-4 analog front-end board"),
         ("h", "1. Deliverables"),
         ("p", "Five (5) alpha boards TS-AFE-4 rev A, assembled, cleaned, conformally coated (HumiSeal 1B31) "
               "except connector areas, with flying-probe test report and X-ray of U1 (BGA)."),
         ("h", "2. Pricing"),
         ("table", [
             ["Build", "Qty", "Unit price USD", "Lead time"],
             ["Alpha", "5", "410.00", "3 weeks"],
             ["Beta", "50", "165.00", "4 weeks"],
             ["Production", "500", "92.00", "6 weeks"],
         ]),
         ("h", "3. Start of work"),
         ("p", "Work on the five alpha boards starts on receipt of PO TS-PO-2024-031."),
         ("h", "4. Components"),
         ("li", "Customer supplies the ADC (AD7768-1) for the alpha build; contractor buys all other parts."),
         ("li", "Any part substitution needs written approval from Noam Adler (hardware lead)."),
         ("h", "5. Contacts"),
         ("p", "Customer: Noam Adler, hardware lead. Contractor: Dima Kogan, programme manager."),
     ], author="Tavor Sensing Ltd."))])


# ---- p80: PO for prototypes with 'lump sum' instead of a quantity
case("p80_docx_lumpsum", ["RG010"],
     "PO for prototype parts priced as a lump sum, no quantity; hold, sign-off and Dr Ewan Munro present",
     [("AB-2024-03770_purchase_order.docx", docx_bytes([
         ("h1", "University of Aberdale - Purchase Order AB-2024-03770"),
         ("p", "Procurement Office, King's Wynd, Aberdale AB31 2XY · 21 May 2024"),
         ("p", "Supplier: Tamar Precision Engineering Ltd, Plymouth. Requisitioner: Dr Ewan Munro, School of "
               "Engineering (microfluidics). Quote: TPE-Q-1302."),
         ("table", [
             ["Line", "Description", "Quantity", "Value £"],
             ["1", "Prototype parts: PEEK manifold per drawing set AB-MF-220 Rev B, incl. inspection report",
              "Lump sum", "4,380.00"],
         ]),
         ("sp",),
         ("p", "The production quantity in quote TPE-Q-1302 is not released by this order. It will be released "
               "only in writing by Dr Ewan Munro after the prototype sign-off (burst test at 20 bar)."),
         ("p", "Deliver to Engineering Stores, Fraser Building. Invoices to accounts.payable@aberdale.ac.uk. "
               "The University's standard terms of purchase apply."),
         ("p", "Fiona Baird, Procurement Officer"),
     ], author="University of Aberdale Procurement"))])


# ---- p81: HTML vendor notice: 'please start on the first batch for the lab' (no number)
p81_body = D("""
    <h2>Great Lakes State University &ndash; Notice to Vendor</h2>
    <p>PO 4500872511 &middot; Iron Creek Machine &amp; Weld LLC &middot; 06/05/2024</p>
    <p>Part: Wind-tunnel sting adapter, 17-4PH H1025, dwg GLSU-AE-0733 rev A (Dr. Petra Novak, Aerospace Engineering)</p>
    <div class="note">
    <p>Please start on the first batch for the lab.</p>
    <p>Units beyond the first batch are not released. They will be released only in writing by Dr. Petra
    Novak after the first-batch sign-off (wind-tunnel check run).</p>
    </div>
    <p>Material certificates (EN 10204 3.1) required with the shipment. Questions to Linda Marsh, Senior
    Buyer, (734) 555-0101.</p>
    """)
case("p81_html_first_batch", ["RG010"],
     "vendor notice: 'please start on the first batch for the lab' never says how many; hold, sign-off and Dr Novak present",
     [("GLSU_notice_4500872511.html", html_page("Notice to vendor - PO 4500872511", p81_body))])


# ---- p82: 'For now: approved, go ahead' with no quantity anywhere; hold/event/person present
p82_paras = [
    "Dear Michal,",
    "Our internal review of the sample prisms is done - thank you for the fast delivery and the "
    "interferograms, they were very helpful.",
    "For now: approved, go ahead.",
    "The rest of the quote stays on hold until our budget sign-off in September; after that I will send "
    "you a written release.",
    "Best regards,\nNoa",
    "Dr. Noa Friedman\nHead, Optics Lab\nRamon Institute of Applied Physics, Be'er Sheva",
]
case("p82_il_approved_goahead", ["RG002", "RG010"],
     "'For now: approved, go ahead' with no quantity in the bundle; hold, budget sign-off and Dr. Friedman present",
     [("Sample_prisms_review.eml", eml_bytes(mail(
         "Noa Friedman <noa.friedman@riap.ac.il>", "Michal Avraham <michal@galil-optics.co.il>",
         "Sample prisms - review done", "Thu, 20 Jun 2024 13:02:00 +0300",
         "\n\n".join(p82_paras) + "\n", html=html_mail(p82_paras))))])


# ---- p85: Japanese R&D engineer replies to an inspection report: 'We approve. Please proceed.'
p85_report = html_page("Inspection report IR-24-0611", D("""
    <h2>Sakura Optical Works &ndash; Inspection report IR-24-0611</h2>
    <p>Part: lens holder HAI-LH-210 Rev 1 &middot; customer PO HAI-24-0931 &middot; samples: 3 pcs</p>
    <table>
    <tr><th>Characteristic</th><th>Spec</th><th>#1</th><th>#2</th><th>#3</th><th>Judge</th></tr>
    <tr><td>Bore &Oslash;</td><td>25.40 +0.02/0</td><td>25.412</td><td>25.408</td><td>25.415</td><td>OK</td></tr>
    <tr><td>Thread</td><td>M27x0.5-6H</td><td>GO/NG OK</td><td>GO/NG OK</td><td>GO/NG OK</td><td>OK</td></tr>
    <tr><td>Concentricity</td><td>&le; 0.02</td><td>0.011</td><td>0.014</td><td>0.009</td><td>OK</td></tr>
    <tr><td>Blackening</td><td>uniform</td><td>OK</td><td>OK</td><td>OK</td><td>OK</td></tr>
    </table>
    <p>Inspector: T. Hayashi</p>
    """))
p85_prev = D("""
    -----Original Message-----
    From: Daisuke Ogawa <d.ogawa@sakura-optical.co.jp>
    Sent: Friday, June 14, 2024 5:02 PM
    To: Ryo Yamada <r.yamada@hoshino-ai.co.jp>
    Subject: HAI-LH-210 samples inspection report

    Dear Mr. Yamada,
    We attach inspection report of 3 samples (lens holder HAI-LH-210). Please check.
    Best regards, Ogawa

    -----Original Message-----
    From: Aiko Shimizu <a.shimizu@hoshino-ai.co.jp>
    Sent: Monday, May 27, 2024 9:30 AM
    Subject: PO HAI-24-0931
    PO HAI-24-0931: 3 samples only. 47 production units are on hold - release by call-off
    signed by Kenji Tanaka after sample sign-off.
    """)
p85_text = D("""
    Dear Ogawa-san,

    Thank you for the report. We checked, all dimensions are OK.

    We approve. Please proceed.

    Best regards,
    Ryo Yamada
    R&D Dept., Hoshino Analytical Instruments Co., Ltd.
    """) + "\n" + quote_block(p85_prev)
case("p85_jp_we_approve", ["RG002"],
     "R&D engineer answers the sample report with 'We approve. Please proceed.' - no scope or quantity; quoted PO scope complete",
     [("RE_HAI-LH-210_inspection_report.eml", eml_bytes(mail(
         "Ryo Yamada <r.yamada@hoshino-ai.co.jp>", "Daisuke Ogawa <d.ogawa@sakura-optical.co.jp>",
         "RE: HAI-LH-210 samples inspection report", "Mon, 17 Jun 2024 10:21:00 +0900", p85_text,
         in_reply_to="<h56-prev-8501@sakura-optical.co.jp>",
         attachments=[("IR-24-0611.html", p85_report, "text/html")])))])
# ================================================================== write
def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(5656).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem)
        folder = f"h56_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    n_clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({n_clean} clean, {len(CASES) - n_clean} with risks) -> {OUT}")


if __name__ == "__main__":
    main()
