#!/usr/bin/env python3
"""Generator for the releasegate check_holdout7 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout7/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
Descriptive case names (cNN = clean, pNN = with risks) appear only in this file; the
folders get neutral names h7_NN_<first-file-stem> in shuffled order.
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
    PageBreak, Paragraph, Preformatted, SimpleDocTemplate, Spacer, Table, TableStyle,
)
import docx  # noqa: E402
from docx.shared import Pt  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases"
CASES: list[dict] = []


def case(name, expect, note, files):
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
# (copied from check_holdout3/build.py lines 1-203; "pb" page break and "small" added)
def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("h1", s) | ("p", s) | ("small", s) | ("pre", s) |
    ("table", rows) | ("sp",) | ("pb",)"""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, title=title, author=author,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    ss = getSampleStyleSheet()
    small = ss["BodyText"].clone("small", fontSize=7.5, leading=9)
    flow = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            flow.append(Paragraph(escape(b[1]), ss["Heading2"]))
        elif kind == "h1":
            flow.append(Paragraph(escape(b[1]), ss["Title"]))
        elif kind == "p":
            flow.append(Paragraph(escape(b[1]), ss["BodyText"]))
        elif kind == "small":
            flow.append(Paragraph(escape(b[1]), small))
        elif kind == "pre":
            flow.append(Preformatted(b[1], ss["Code"]))
        elif kind == "sp":
            flow.append(Spacer(1, 10))
        elif kind == "pb":
            flow.append(PageBreak())
        elif kind == "table":
            st = small if len(b[1][0]) > 5 else ss["BodyText"]
            rows = [[Paragraph(escape(str(c)), st) for c in r] for r in b[1]]
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


FIXED = _dt.datetime(2025, 3, 3, 9, 0, 0)


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
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 3, 9, 0, 0))
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
    m["Message-ID"] = msgid or f"<h7-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h7")
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


def quote_lines(text):
    """Prefix every line with '> ' (quoted reply)."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def html_from_text(text):
    """Very small text->HTML for multipart/alternative bodies."""
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        if p.startswith(">"):
            out.append("<blockquote style=\"border-left:2px solid #999;padding-left:6px\">"
                       + "<br>\n".join(escape(ln.lstrip("> ")) for ln in p.split("\n"))
                       + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in p.split("\n")) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


# Standard T&C page used by large-company PO templates (neutral boilerplate; no release wording
# beyond "only released quantities")
TC_NORTH = [
    ("h", "General Terms and Conditions of Purchase (Form NB-PUR-07, rev. 2023-11)"),
    ("small", "1. Acceptance. Supplier's written acknowledgement of this Purchase Order, or shipment of any "
              "goods under it, constitutes acceptance of these terms. Additional or different terms proposed "
              "by Supplier are rejected unless agreed in writing by Buyer's Purchasing department."),
    ("small", "2. Quantities. Supplier shall manufacture and ship only the quantities released in writing under "
              "this Purchase Order. Goods manufactured in excess of released quantities are at Supplier's "
              "risk and may be returned at Supplier's expense."),
    ("small", "3. Changes. Buyer may change drawings, specifications, packaging or delivery schedules by a "
              "revised Purchase Order. Supplier shall assert any claim for adjustment within twenty (20) days."),
    ("small", "4. Delivery. Time is of the essence. Incoterms 2020 as stated on the face of this order. "
              "Each shipment shall carry a packing slip quoting the PO number, line and part revision."),
    ("small", "5. Quality. Goods shall conform to the drawing revision stated on the face of this order. "
              "Certificates of conformance shall accompany each shipment. Buyer may inspect at Supplier's premises."),
    ("small", "6. Invoicing and payment. Invoices quoting PO and line numbers are payable Net 45 days from "
              "receipt of a correct invoice. Payment does not constitute acceptance of non-conforming goods."),
    ("small", "7. Warranty. Supplier warrants the goods against defects in material and workmanship for "
              "twenty-four (24) months from delivery."),
    ("small", "8. Confidentiality. Drawings and specifications remain Buyer's property and shall be returned "
              "on request. Supplier shall not use them for any other customer."),
    ("small", "9. Governing law. These terms are governed by the laws of the Province of Ontario and the "
              "federal laws of Canada applicable therein. The UN Convention on Contracts for the International "
              "Sale of Goods does not apply."),
]
# =================================================================== CLEAN
# ---- c01: Canadian enclosure PO, multi-column table, line 20 commercial cover only, T&C page
def c01():
    blocks = [
        ("h1", "PURCHASE ORDER 4500-118273"),
        ("p", "Northbridge Controls Inc. | 2150 Argentia Road, Mississauga ON L5N 2K7 | GST/HST 81234 5678 RT0001"),
        ("table", [
            ["Supplier", "Ship to", "PO date", "Terms", "Incoterms", "Buyer"],
            ["Laurentide Sheet Metal Ltée, 455 rue Haggerty, Drummondville QC J2C 3G7 (vendor 104477)",
             "Northbridge Controls, Dock 3, Mississauga ON", "2025-03-10", "Net 45", "FCA Drummondville",
             "Karen Whitfield, (905) 555-0142"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Part / Rev", "Description", "Scope", "Qty", "UoM", "Unit CAD", "Extended CAD", "Need date"],
            ["10", "NBC-ENC-2207 / B", "Enclosure 16x12x8, 304 SS, NEMA 4X, hinged cover, 3-pt latch",
             "SAMPLE (FAI)", "6", "EA", "412.00", "2,472.00", "2025-04-18"],
            ["20", "NBC-ENC-2207 / B", "Same as line 10, production", "PRODUCTION - NOT RELEASED",
             "594", "EA", "188.50", "111,969.00", "per written release"],
            ["", "", "", "", "", "", "PO value", "114,441.00", ""],
        ]),
        ("sp",),
        ("h", "Release scope - read before scheduling"),
        ("p", "This purchase order releases line 10 only: six (6) sample enclosures for first-article "
              "inspection per AS9102-style FAI report (our form QF-112)."),
        ("p", "Line 20 (594 EA) is commercial cover. It is NOT released for production. Do not schedule, cut, "
              "form or buy material for line 20. Production quantity basis: firm (priced and covered by this PO, "
              "but not released)."),
        ("p", "Material authority: sample-only, i.e. sheet, hinges and gaskets for the 6 units of line 10."),
        ("p", "Unlock event for line 20: sample sign-off of the FAI by Northbridge Quality, followed by a written "
              "production release issued by Karen Whitfield, Manager, Strategic Sourcing (release authority for "
              "this PO). No other person at Northbridge can release line 20."),
        ("p", "Drawing NBC-ENC-2207 rev B, finish #4 brushed, gasket per UL 50E. Pack 1 per carton, "
              "label with PO/line. Certificates of conformance with each shipment."),
        ("sp",),
        ("p", "Issued by: Karen Whitfield, Manager, Strategic Sourcing - karen.whitfield@northbridgecontrols.ca"),
        ("pb",),
    ] + TC_NORTH
    return [("PO_4500-118273.pdf", pdf(blocks, pagesize=LETTER, title="PO 4500-118273",
                                       author="Northbridge Controls SAP"))]


case("c01_nbc_po_fai_line20_cover", [],
     "Sample line 10 (6) released; line 20 (594) marked commercial cover, not released; unlock = FAI "
     "sign-off + written release by named manager; sample-only material; T&C page neutral.",
     c01())


# ---- c02: Vietnamese spring supplier quotation with tiers, no authorization
def c02():
    blocks = [
        ("h1", "QUOTATION No. MP-Q-25-0412"),
        ("p", "MINH PHAT PRECISION SPRINGS CO., LTD - Lot C7, My Phuoc 3 Industrial Park, Ben Cat, Binh Duong, Viet Nam"),
        ("p", "To: Northbridge Controls Inc., Attn. Ms. Priya Raman, Commodity Buyer - Springs & Wireforms"),
        ("p", "Date: 12 March 2025. Your RFQ: NB-RFQ-0931 (e-mail 05 Mar 2025)."),
        ("p", "Dear Ms. Priya, thank you very much for your inquiry. We are pleased to quote as below."),
        ("table", [
            ["Item", "Description", "Quantity tier", "Unit price (USD)", "Lead time"],
            ["1", "Compression spring, wire 1.2 mm SWP-B (JIS G3522), OD 9.8 mm, L0 32.0 mm, 8.5 coils, "
                  "ends closed & ground, zinc-nickel 8 um", "Sample lot 50 pcs", "1.80", "10 working days"],
            ["1", "same", "20,000 pcs", "0.095", "30 days after your release"],
            ["1", "same", "50,000 pcs", "0.082", "35 days after your release"],
            ["-", "Load test report per sample lot (5 pcs, L1 = 24 mm)", "per lot", "included", "-"],
        ]),
        ("sp",),
        ("p", "Remarks:"),
        ("li", "This quotation is an offer only; it is not an order confirmation."),
        ("li", "Prices FOB Ho Chi Minh City (Cat Lai), packing: 500 pcs per PE bag, 10 bags per carton."),
        ("li", "Tooling / fixture charge: none."),
        ("li", "Payment: T/T 30 days after B/L date."),
        ("li", "Validity: 60 days from the date above."),
        ("p", "We are looking forward to your kind order. Best regards,"),
        ("p", "Tran Van Hai - Sales Manager - hai.tran@minhphatsprings.vn - +84 274 3 555 018"),
    ]
    return [("Quotation_MP-Q-25-0412.docx", docx_bytes(blocks, author="Tran Van Hai"))]


case("c02_minhphat_quote_tiers", [],
     "Supplier quotation alone: sample and production tiers, no authorized quantity anywhere (conv. 1, 4).",
     c02())


# ---- c03: Czech glassworks asks whether they have a go-ahead; buyer scope quoted and complete
def c03():
    buyer_mail = (
        "From: Siobhan Ni Bhriain <siobhan.nibhriain@clonmelscientific.ie>\n"
        "Sent: Tuesday 4 March 2025 16:02\n"
        "To: Petr Dvorak <dvorak@sklarna-vysocina.cz>\n"
        "Subject: PO CS-77120 - borosilicate tubes\n\n"
        "Hi Petr,\n\n"
        "PO CS-77120 is attached to the portal. To be clear on scope:\n\n"
        "- 50 sample tubes (borosilicate 3.3, 22 x 1.8 x 300 mm, fire-polished both ends) are released.\n"
        "- The remaining 1,150 tubes on your quote SV-25-071 are NOT released.\n"
        "- Release of any of the 1,150 needs (1) sample sign-off from our lab QA (thermal shock + "
        "dimensional) and (2) a written release from me, Siobhan Ni Bhriain, Purchasing Lead.\n"
        "- Material: buy glass for the 50 samples only.\n\n"
        "Thanks a million,\nSiobhan"
    )
    text = (
        "Dear Siobhan,\n\n"
        "thank you, the 50 sample tubes are drawn and annealed, we measure them tomorrow and send "
        "the report with the parcel (DPD, about 3 days to Clonmel).\n\n"
        "One question for planning: do we have your go-ahead for the remaining 1 150 tubes, or should we "
        "wait for your written release after your lab is finished? Our tank furnace has a free slot in "
        "week 19 which would suit us well, but we will not start anything on the 1 150 before we have "
        "your written release.\n\n"
        "With kind regards / S pozdravem\n\n"
        "Petr Dvorak\nObchodni oddeleni / Sales\nSklarna Vysocina s.r.o., Humpolec, CZ\n+420 565 555 214\n\n"
        "-----Original Message-----\n" + quote_lines(buyer_mail) + "\n"
    )
    m = mail("Petr Dvorak <dvorak@sklarna-vysocina.cz>",
             "Siobhan Ni Bhriain <siobhan.nibhriain@clonmelscientific.ie>",
             "RE: PO CS-77120 - borosilicate tubes", "Thu, 06 Mar 2025 10:41:00 +0100", text,
             in_reply_to="<h7-cs77120@clonmelscientific.ie>")
    return [("RE_PO_CS-77120_tubes.eml", eml_bytes(m))]


case("c03_sklarna_goahead_question", [],
     "Supplier question 'do we have your go-ahead for the 1 150?' is not an approval; quoted buyer scope "
     "states 50 released, 1,150 not released, sign-off + written release by named lead.",
     c03())


# ---- c04: railway interiors portal forecast, clearly labelled
def c04():
    rows = "".join(
        f"<tr><td>{p}</td><td>{d}</td>" + "".join(f"<td>{q}</td>" for q in qs) + "</tr>\n"
        for p, d, qs in [
            ("PRI-5521-04", "Seat shell, 2nd class, PC/ABS", ["0", "120", "120", "240", "240", "240"]),
            ("PRI-5530-11", "Luggage rack bracket, EN AW-6060", ["80", "80", "160", "160", "160", "160"]),
            ("PRI-5602-02", "Window pelmet, GRP, RAL 7035", ["0", "0", "48", "48", "96", "96"]),
        ])
    body = (
        "<h2>Pannon Rail Interiors Kft. &mdash; Supplier Collaboration Portal</h2>\n"
        "<p>Supplier: Alu-Profil Bt., Szekesfehervar (vendor 300218) | Export date: 2025-03-14 07:00 CET | "
        "User: toth.akos@aluprofil.hu</p>\n"
        "<div class=\"note\"><b>FORECAST &mdash; NOT AN ORDER.</b> The quantities below are a rolling "
        "planning forecast for capacity planning only. They are non-binding, carry no production authority "
        "and no material authority. Only a call-off signed under the framework agreement releases a "
        "quantity.</div>\n"
        "<h3>Rolling forecast, April&ndash;September 2025 (pcs)</h3>\n"
        "<table>\n<tr><th>Part</th><th>Description</th><th>Apr</th><th>May</th><th>Jun</th><th>Jul</th>"
        "<th>Aug</th><th>Sep</th></tr>\n" + rows + "</table>\n"
        "<p>Forecast version FC-2025-03 replaces FC-2025-02. Questions: Szabo Eszter, Head of Procurement, "
        "eszter.szabo@pannonrail.hu, +36 96 555 310.</p>\n"
        "<p style=\"font-size:11px;color:#666\">Generated by PRI SCP v4.2 &middot; page 1/1</p>"
    )
    return [("PRI_portal_forecast_FC-2025-03.html", html_page("PRI forecast FC-2025-03", body))]


case("c04_pri_portal_forecast", [],
     "Portal export of a rolling forecast clearly labelled non-binding, no production/material authority; "
     "no authorization in the bundle.",
     c04())


# ---- c05: Irish lab-equipment buyer: sample approved for fit check only
def c05():
    text = (
        "Hi Balazs,\n\n"
        "The eight (8) pilot lid assemblies came in on Tuesday and went through the fit check on the "
        "MX-40 rotor housings yesterday. Result: approved for fit check only.\n\n"
        "That's a sample disposition and nothing more. Your PO SLS-PO-20931 stays at the 8 pilot units, "
        "and the production quantity of 392 on your quote is not released.\n\n"
        "Before anything moves on the 392 we still need the autoclave cycle test to pass (100 cycles at "
        "134 C, starts 12 May, about three weeks), and after that a written production release from me. "
        "I'm the only one here who can issue that release for this part. Please don't buy the 6082 bar for the "
        "batch yet either, material for the 8 only.\n\n"
        "Minor point for the drawing: the hinge pin chamfer came in at 0.3 instead of 0.5 on two parts. "
        "Not a problem for the pilot, but can you flag it for the production setup.\n\n"
        "Thanks again for the quick turnaround, the lads in assembly were impressed.\n\n"
        "Ciaran" + sig("Ciaran Byrne", "Purchasing Lead", "Shannon Lab Systems Ltd, Shannon Free Zone, Co. Clare",
                        "+353 61 555 204")
    )
    m = mail("Ciaran Byrne <ciaran.byrne@shannonlab.ie>", "Horvath Balazs <horvath.balazs@precizmechanika.hu>",
             "SLS-PO-20931 pilot lids - fit check result", "Thu, 08 May 2025 09:12:00 +0100", text,
             html=html_from_text(text))
    return [("SLS-PO-20931_fit_check.eml", eml_bytes(m))]


case("c05_shannon_fitcheck_only", [],
     "'approved for fit check only' is scoped; PO stays at 8; 392 not released; unlock = autoclave test + "
     "written release by the signer (named); material for 8 only.",
     c05())


# ---- c06: Mexican aftermarket full-quantity PO, fixed-width ERP print, says proceed with the 250
def c06():
    t = (
        "AUTOPARTES DEL BAJIO SA DE CV                                   ORDEN DE COMPRA / PURCHASE ORDER\n"
        "Blvd. Adolfo Lopez Mateos 3401, Leon, Gto. 37530   RFC ABA980312KT4            PO NO.  0045-77812\n"
        "                                                                               DATE    2025-04-07\n"
        "VENDOR: 200871  HULES Y TAPETES QUERETARO SA DE CV                             PAGE    1 OF 1\n"
        "        Av. 5 de Febrero 1820, Queretaro, Qro.\n"
        "BUYER : M. GONZALEZ ext. 2214                    TERMS: NETO 30      FOB: DESTINO\n"
        "------------------------------------------------------------------------------------------------\n"
        "LN  ITEM            DESCRIPTION                         QTY   UM   UNIT MXN     TOTAL MXN   DUE\n"
        "--  --------------  ---------------------------------  -----  ---  ---------  ------------  --------\n"
        "01  TAP-UNI-4P-NG   TAPETE UNIVERSAL 4PZ NEGRO HULE     250   JGO     186.40     46,600.00  WK22\n"
        "                    TPE 4.5MM, LOGO GRABADO ADB\n"
        "------------------------------------------------------------------------------------------------\n"
        "                                                         SUBTOTAL                 46,600.00\n"
        "                                                         IVA 16%                   7,456.00\n"
        "                                                         TOTAL MXN                54,056.00\n"
        "\n"
        "NOTES / NOTAS:\n"
        " THIS PO COVERS THE FULL QUANTITY: 250 SETS. THERE IS NO BALANCE AND NO FURTHER LOT UNDER THIS PO.\n"
        " PLEASE PROCEED WITH THE 250 SETS FOR DELIVERY WK22 (LEON WAREHOUSE, DOCK 2, 08:00-14:00).\n"
        " PACK 10 JGO PER CARTON, LABEL WITH PO + ITEM. CERTIFICADO DE CALIDAD CON CADA EMBARQUE.\n"
        " REF. SPEC ADB-ESP-118 REV 4 / NOM-050-SCFI-2004 LABELLING.\n"
        "\n"
        "AUTHORISED SIGNATORY: MARISOL GONZALEZ, COMPRAS                  *** END OF DOCUMENT ***\n"
    )
    return [("OC_0045-77812.txt", t)]


case("c06_adb_full_qty_proceed", [],
     "Full-quantity PO (250 sets, no balance) with 'proceed with the 250 sets' - scoped, no balance so no "
     "hold/event/authority needed.",
     c06())


# ---- c07: Hungarian framework call-off, staged material authority above release
def c07():
    blocks = [
        ("h1", "LEHIVAS / CALL-OFF No. 4"),
        ("p", "Framework agreement: FA-2024-017 (seat frames, welded aluminium, drawing PRI-5540-01 rev F)"),
        ("p", "Buyer: Pannon Rail Interiors Kft., Ipari Park, 9027 Gyor | Supplier: Alu-Profil Bt., 8000 Szekesfehervar"),
        ("p", "Date: 2025. marcius 17."),
        ("table", [
            ["Call-off", "Qty released (db / pcs)", "Delivery", "Status"],
            ["No. 1", "120", "2024-11-25", "delivered"],
            ["No. 2", "120", "2025-01-20", "delivered"],
            ["No. 3", "120", "2025-03-03", "delivered"],
            ["No. 4 (this call-off)", "120", "2025-05-05", "RELEASED with this document"],
            ["Cumulative released", "480", "", ""],
            ["Framework total", "1.440 (1,440)", "", ""],
            ["Balance not released", "960", "", "ON HOLD"],
        ]),
        ("sp",),
        ("p", "With this call-off we release 120 (one hundred and twenty) seat frames for production and "
              "delivery on 2025-05-05."),
        ("p", "The balance of 960 seat frames under FA-2024-017 is not released. Each further quantity is "
              "released only by the next numbered call-off signed by Szabo Eszter, Head of Procurement."),
        ("p", "Material authority: staged, up to 360 seat frames' worth of EN AW-6060 T66 profile (this call-off "
              "plus the two expected next call-offs). Pannon Rail carries the liability for staged profile up to "
              "360 units. Of the staged material, processing (cutting, bending, welding) is released for the 120 "
              "units of this call-off only."),
        ("p", "Quality: welding per EN 15085-2 CL1, certificate 3.1 per EN 10204 for each heat."),
        ("sp",),
        ("p", "Szabo Eszter - Beszerzesi vezeto / Head of Procurement - Pannon Rail Interiors Kft."),
    ]
    return [("Lehivas_FA-2024-017_No4.docx", docx_bytes(blocks, author="Szabo Eszter"))]


case("c07_pri_calloff_staged_material", [],
     "Call-off releases 120; balance 960 on hold until next call-off signed by named head; staged material "
     "authority to 360 explicit (conv. 10); European '1.440' consistent with 1,440.",
     c07())


# ---- c08: Colombian marine buyer, explicit recorded auto-conversion
def c08():
    po = pdf([
        ("h1", "ORDEN DE COMPRA / PURCHASE ORDER HNC-2025-0311"),
        ("p", "Herrajes Navales del Caribe S.A.S. - Zona Franca La Candelaria, Cartagena, Bolivar - NIT 900.455.118-3"),
        ("p", "Supplier: Bronces y Aceros del Valle S.A.S., Cali | Date: 2025-03-05 | Payment: 60 days"),
        ("table", [
            ["Item", "Part", "Description", "Scope", "Qty", "Unit USD"],
            ["1", "HNC-CL250-316", "Mooring cleat 250 mm, AISI 316 investment cast, electropolished",
             "Sample", "10", "38.00"],
            ["2", "HNC-CL250-316", "Same, production balance", "On hold (see clause A)", "990", "14.60"],
        ]),
        ("sp",),
        ("h", "Clause A - scope, hold and auto-conversion"),
        ("p", "A.1 The 10 sample cleats of item 1 are released now. The balance of 990 cleats (item 2) is on hold."),
        ("p", "A.2 Auto-conversion (agreed in the call of 4 March 2025 and recorded in this PO): if the 10 samples "
              "receive a sample sign-off with status APPROVED from Ing. Camilo Restrepo, Quality Manager, then 190 "
              "cleats of the balance are released automatically on the date of that sign-off, without a further "
              "document. A sign-off with status interim or rejected releases nothing."),
        ("p", "A.3 The remaining 800 cleats stay on hold until a written release signed by Valentina Ospina, "
              "Purchasing Manager."),
        ("p", "A.4 Material authority: sample-only until the sign-off; after an APPROVED sign-off, material for the "
              "190 released cleats."),
        ("p", "Salt-spray 1,000 h per ASTM B117 on 2 of the 10 samples. Marking: HNC + heat number."),
    ], title="PO HNC-2025-0311", author="Valentina Ospina")
    text = (
        "Buenos dias Sr. Mauricio,\n\n"
        "Please find attached our PO HNC-2025-0311 for the mooring cleats, as we discussed by phone.\n\n"
        "Summary so there is no confusion: the 10 samples are released now. The other 990 are on hold. "
        "As agreed, if Ing. Camilo Restrepo signs the samples off with status APPROVED, 190 pcs are released "
        "automatically on that date (clause A.2 of the PO, this is the recorded auto-conversion). The last "
        "800 pcs need a written release signed by me.\n\n"
        "Please confirm the delivery date of the samples.\n\n"
        "Cordial saludo,\n" + sig("Valentina Ospina", "Gerente de Compras / Purchasing Manager",
                                  "Herrajes Navales del Caribe S.A.S.", "+57 605 555 7731")
    )
    m = mail("Valentina Ospina <vospina@herrajesnavales.com.co>", "Mauricio Lozano <mlozano@broncesvalle.com.co>",
             "OC HNC-2025-0311 cornamusas / mooring cleats", "Wed, 05 Mar 2025 08:30:00 -0500", text,
             attachments=[("OC_HNC-2025-0311.pdf", po, PDF_MT)])
    return [("OC_HNC-2025-0311_cleats.eml", eml_bytes(m))]


case("c08_hnc_recorded_autoconversion", [],
     "Explicit recorded auto-conversion naming quantity (190), signer and conditions; rest 800 on hold "
     "until written release by named manager (conv. 9).",
     c08())
# ---- c09: Nigerian WhatsApp, supplier says deposit does not release production
def c09():
    t = (
        "12/03/2025, 09:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
        "WhatsApp, can read or listen to them. Tap to learn more.\n"
        "12/03/2025, 09:14 - Adaeze Okafor: Good morning Tunde. Hope your side is fine\n"
        "12/03/2025, 09:15 - Adaeze Okafor: PO 0417 don reach your email? It is for 30 sample concealed hinges "
        "(35mm cup, soft close, 110 deg) ONLY\n"
        "12/03/2025, 09:16 - Adaeze Okafor: The other 1,970 in your quotation are NOT released. Please don't cut "
        "or buy anything for them\n"
        "12/03/2025, 09:18 - Adaeze Okafor: When Emeka (our workshop engineer) signs off the samples on the "
        "wardrobe doors, I will send you a written release for the balance. Only me, nobody else\n"
        "12/03/2025, 09:31 - Tunde Adeyemi: Good morning ma. Yes PO received 👍 Noted: 30 pcs sample only\n"
        "12/03/2025, 09:32 - Tunde Adeyemi: We fit do them by Monday latest\n"
        "12/03/2025, 11:47 - Adaeze Okafor: I have sent the 50% deposit for the 30 samples. GTB transfer, ref "
        "0099 2213 4471\n"
        "12/03/2025, 11:48 - Adaeze Okafor: <Media omitted>\n"
        "12/03/2025, 14:05 - Tunde Adeyemi: Deposit received with thanks ma 🙏\n"
        "12/03/2025, 14:06 - Tunde Adeyemi: Just to be clear from our side: the deposit does not release "
        "production. We make only the 30 samples and we wait for your written release for the 1,970\n"
        "12/03/2025, 14:10 - Adaeze Okafor: Perfect. Thank you Tunde\n"
        "12/03/2025, 14:10 - Adaeze Okafor: Please send pictures before you pack\n"
        "17/03/2025, 16:22 - Tunde Adeyemi: <Media omitted>\n"
        "17/03/2025, 16:22 - Tunde Adeyemi: 30 pcs ready ma, sending with GIG logistics tomorrow morning\n"
    )
    return [("WhatsApp Chat with Tunde Adeyemi Metalcraft.txt", t)]


case("c09_okafor_whatsapp_deposit_not_release", [],
     "Buyer chat: 30 samples only, 1,970 not released, unlock = engineer sign-off + written release by "
     "sender; supplier: 'deposit does not release production' (conv. 14 clean).",
     c09())


# ---- c10: Egyptian ceramics supplier acknowledgement restating the hold
def c10():
    buyer = (
        "From: Eng. Hany Mostafa <h.mostafa@deltaswitchgear.com.eg>\n"
        "Sent: Sunday, March 9, 2025 10:20 AM\n"
        "To: Nour El-Din Samir <nour.samir@niletechceramics.com>\n"
        "Subject: PO DS/PUR/25/0192 - alumina insulators\n\n"
        "Dear Eng. Nour,\n\n"
        "Greetings. Kindly find our PO DS/PUR/25/0192 for the 95% alumina stand-off insulators, "
        "drawing DS-INS-M10-60 rev C.\n\n"
        "Scope of this PO: 16 (sixteen) sample insulators are released. The balance of 984 pcs from your "
        "offer is not released and is on hold. The balance will be released only by a written release "
        "signed by myself, after sample sign-off by our HV lab (dielectric test 45 kV, 1 min). "
        "Material for the 16 samples only, please.\n\n"
        "Best regards,\nEng. Hany Mostafa\nProcurement Manager, Delta Switchgear - 6th of October City"
    )
    text = (
        "Dear Eng. Hany,\n\n"
        "Greetings from 10th of Ramadan City, and Ramadan Kareem.\n\n"
        "We acknowledge your PO DS/PUR/25/0192 as follows:\n\n"
        "1. Scope: 16 (sixteen) sample insulators, 95% alumina, drawing DS-INS-M10-60 rev C.\n"
        "2. The balance of 984 pcs is not released and stays on hold until your written release, which we "
        "understand comes from Eng. Hany Mostafa after sample sign-off by your HV lab.\n"
        "3. We will purchase alumina powder and M10 inserts for the 16 samples only.\n"
        "4. Samples ready 27 March, delivery by our car to 6th of October City.\n\n"
        "Kindly note the sample test report (dimensions + 5 pcs dielectric at 45 kV) will be attached to "
        "the delivery note.\n\n"
        "Best regards,\n" + sig("Eng. Nour El-Din Samir", "Sales & Technical Office", "Nile Technical Ceramics S.A.E.",
                                "+20 15 555 3381") + "\n" + quote_lines(buyer) + "\n"
    )
    m = mail("Nour El-Din Samir <nour.samir@niletechceramics.com>",
             "Eng. Hany Mostafa <h.mostafa@deltaswitchgear.com.eg>",
             "RE: PO DS/PUR/25/0192 - alumina insulators - Order acknowledgement",
             "Mon, 10 Mar 2025 11:05:00 +0200", text)
    return [("Ack_DS-PUR-25-0192.eml", eml_bytes(m))]


case("c10_nile_ack_restates_hold", [],
     "Supplier acknowledgement restates scope 16 and hold on 984; quoted buyer PO names signer and event; "
     "material for 16 only.",
     c10())


# ---- c11: Czech spring PO, identifiers that look like quantities
def c11():
    blocks = [
        ("h1", "OBJEDNAVKA / PURCHASE ORDER c. 2025/0450"),
        ("p", "Odberatel / Buyer: ELMONT Brno a.s., Hall 3000, Videnska 112, 619 00 Brno, ICO 25512345, cost centre 5000"),
        ("p", "Dodavatel / Supplier: Pruziny Vsetin s.r.o., Jasenice 1250, 755 01 Vsetin"),
        ("p", "Datum: 11.03.2025 | Platebni podminky / Payment: 30 dni | Dodaci podminky: DAP Brno"),
        ("table", [
            ["Pol.", "Cislo dilu / Part no.", "Popis / Description", "Mnozstvi / Qty", "Cena/ks CZK", "Celkem CZK"],
            ["1", "2000-450-75", "Tlacna pruzina / compression spring, DWG 1200 Rev 15, drat EN 10270-1 SH "
                  "O 2,5 mm, tol. DIN 2095 grade 2 - VZORKY / SAMPLES", "40 ks", "12,50", "500,00"],
        ]),
        ("sp",),
        ("h", "Rozsah / Scope"),
        ("p", "This order releases 40 (forty) sample springs, part no. 2000-450-75, only."),
        ("p", "The series quantity of 4 960 ks from your offer NAB-25-0311 is NOT released. No production, no "
              "wire purchase for the series."),
        ("p", "Release of the series requires: (1) sample sign-off by ELMONT quality (report per ISO 9001:2015 "
              "clause 8.6, 10 pcs load test at L1 = 18,5 mm) and (2) a written release signed by Ing. Tereza "
              "Novotna, purchasing manager."),
        ("p", "Material authority: sample-only (wire for the 40 samples)."),
        ("p", "Delivery of samples: CW 14 to Hall 3000, ramp 2. Packaging per ELMONT standard ES-0118 (max 500 ks per bag)."),
        ("sp",),
        ("p", "Vystavil / Issued by: Ing. Tereza Novotna, vedouci nakupu - tereza.novotna@elmont.cz - +420 541 555 602"),
    ]
    return [("Objednavka_2025-0450.pdf", pdf(blocks, title="Objednavka 2025/0450", author="ELMONT Brno"))]


case("c11_elmont_identifiers_lookalike", [],
     "Sample PO for 40 with decoy numbers (PN 2000-450-75, DWG 1200 Rev 15, Hall 3000, cost centre 5000, "
     "ISO 9001:2015, ES-0118, 500 ks per bag); series 4 960 not released; event + named signer.",
     c11())


# ---- c12: Canadian lab PO rev 1 superseding rev 0 (sample qty 10 -> 12), plus cover email
def c12():
    po = pdf([
        ("h1", "PURCHASE ORDER MLA-7741  -  REVISION 1"),
        ("p", "Maple Leaf Analytical Instruments Inc., 88 Rue Jean-Talon Ouest, Montreal QC H2R 2W8"),
        ("p", "Supplier: Corrib Precision Ltd, Parkmore West, Galway, Ireland | Rev 1 date: 2025-04-02 | "
              "Incoterms DAP Montreal | Terms Net 30"),
        ("p", "REVISION NOTE: Revision 1 supersedes revision 0 (dated 2025-03-26) in full. Change: line 10 sample "
              "quantity changed from 10 to 12. Revision 0 is void; do not work to it."),
        ("table", [
            ["Line", "Part", "Description", "Scope", "Qty", "Unit USD", "Extended USD"],
            ["10", "MLA-RC-300 rev D", "Rotor cover, 7075-T6, hard anodised", "Sample", "12", "145.00", "1,740.00"],
        ]),
        ("sp",),
        ("p", "Scope: this PO releases the 12 sample rotor covers of line 10 only. The production quantity of 488 "
              "shown on your quote CP-Q-2291 is not released and is not ordered by this PO."),
        ("p", "Unlock: after sample sign-off by Dr. Emily Chen (Metrology) on the 12 samples, Marc-Andre Tremblay, "
              "Director of Supply Chain, may issue a written production release. Nobody else can release it."),
        ("p", "Material authority: sample-only."),
        ("p", "Authorised signatory: Marc-Andre Tremblay, Director of Supply Chain"),
    ], pagesize=LETTER, title="PO MLA-7741 rev 1", author="Maple Leaf Analytical")
    email = (
        "From: Marc-Andre Tremblay <ma.tremblay@mapleleafanalytical.ca>\n"
        "Sent: Wednesday, April 2, 2025 2:47 PM\n"
        "To: Eoin Kelly <eoin.kelly@corribprecision.ie>\n"
        "Cc: Emily Chen <emily.chen@mapleleafanalytical.ca>\n"
        "Subject: PO MLA-7741 Rev 1 - sample qty\n\n"
        "Hi Eoin,\n\n"
        "Rev 1 of PO MLA-7741 attached. The only change is the sample quantity: 12 pcs instead of 10, because "
        "Emily wants two extra for the destructive test. Rev 0 is cancelled, please bin it.\n\n"
        "Everything else stands: samples only, the 488 are not released until Emily signs off the samples "
        "and I send a written release.\n\n"
        "Thanks,\nMarc-Andre\n\n"
        "Marc-Andre Tremblay | Director of Supply Chain | Maple Leaf Analytical Instruments Inc.\n"
        "T +1 514 555 0187\n"
    )
    return [("PO_MLA-7741_Rev1.pdf", po), ("cover_email_MLA-7741_Rev1.txt", email)]


case("c12_mla_rev1_supersedes", [],
     "Revised PO explicitly supersedes rev 0 (10 -> 12, rev 0 void); cover email consistent; 488 not "
     "released; sign-off + written release by named director. Explicit correction, not a conflict.",
     c12())


# ---- c13: Mexican blanket PO portal export, totals vs releases kept apart
def c13():
    body = (
        "<h2>Grupo Refaccionario Norteno &mdash; Portal de Proveedores</h2>\n"
        "<p>Proveedor / Supplier: Plasticos Tecnicos de Saltillo SA de CV (200455) &nbsp;|&nbsp; "
        "Exportado / exported: 2025-02-11 08:15 CST</p>\n"
        "<h3>Blanket PO 5500012345 &mdash; GRN-TL-0882 Calavera LED / LED tail lamp housing, PC/ABS, rev C</h3>\n"
        "<table>\n<tr><th>Field</th><th>Value</th></tr>\n"
        "<tr><td>Commercial cover (blanket quantity)</td><td>6,000 pcs</td></tr>\n"
        "<tr><td>Unit price</td><td>MXN 94.20</td></tr>\n"
        "<tr><td>Released to date</td><td>1,500 pcs</td></tr>\n"
        "<tr><td>Not released (on hold)</td><td>4,500 pcs</td></tr>\n</table>\n"
        "<h3>Release schedule</h3>\n"
        "<table>\n<tr><th>Release</th><th>Qty</th><th>Status</th><th>Signed by</th><th>Delivery</th></tr>\n"
        "<tr><td>REL-01</td><td>1,500</td><td>RELEASED 2025-02-10</td><td>Lupita Ramirez</td><td>WK 12</td></tr>\n"
        "<tr><td>REL-02</td><td>1,500</td><td>NOT RELEASED (planned)</td><td>&mdash;</td><td>WK 20 (plan)</td></tr>\n"
        "<tr><td>REL-03</td><td>1,500</td><td>NOT RELEASED (planned)</td><td>&mdash;</td><td>WK 28 (plan)</td></tr>\n"
        "<tr><td>REL-04</td><td>1,500</td><td>NOT RELEASED (planned)</td><td>&mdash;</td><td>WK 36 (plan)</td></tr>\n"
        "<tr><td><b>Total</b></td><td><b>6,000</b></td><td></td><td></td><td></td></tr>\n</table>\n"
        "<div class=\"note\">Only a release with status RELEASED authorizes production. REL-02 to REL-04 "
        "(4,500 pcs) are not released. Each needs a written release signed by Lupita Ramirez (Compras, release "
        "authority up to MXN 500,000 per release) after the line audit of REL-01 is closed. Material authority: "
        "resin and inserts for released quantities only.</div>\n"
        "<p>Contacto: lupita.ramirez@grnorteno.com.mx &middot; +52 81 5555 2214</p>"
    )
    return [("GRN_blanket_5500012345.html", html_page("Blanket PO 5500012345", body, lang="es"))]


case("c13_grn_blanket_totals_vs_releases", [],
     "Blanket cover 6,000 vs released 1,500 kept apart and consistent (1,500 + 4,500); REL-02..04 not "
     "released; written release by named signer after line audit.",
     c13())


# ---- c14: Irish joinery owner on his phone; Gmail-style quoted thread; quantities in words
def c14():
    t = (
        "From: Sean O Murchu <sean@omurchujoinery.ie>\n"
        "To: Nagy Peter <nagy.peter@dunamenti-vasalat.hu>\n"
        "Date: Thu, 6 Mar 2025 22:03:11 +0000\n"
        "Subject: Re: Runner samples - qty?\n\n"
        "Hi Peter,\n\n"
        "Yes go with twelve (12) sample runner pairs only, the 450mm full extension soft close ones, "
        "not the 500s. The remaining five hundred and eighty-eight (588) pairs are not released.\n\n"
        "I'll fit the samples in the two showroom units first. Once I've signed them off myself I'll send you "
        "a written release for the rest. Nobody else here can release it, it's just me and the two lads.\n\n"
        "Material for the 12 only please.\n\n"
        "Sent from my phone, excuse the typos\nSean\n\n"
        "On Thu, 6 Mar 2025 at 14:17, Nagy Peter <nagy.peter@dunamenti-vasalat.hu> wrote:\n"
        "> Dear Sean,\n"
        ">\n"
        "> thank you for the drawing of the drawer boxes. Before we cut the rails can you confirm the sample\n"
        "> quantity? Our offer DBV-2025-118 shows 600 pairs total and we want to be sure what we make now.\n"
        "> Also please confirm 450 mm or 500 mm length.\n"
        ">\n"
        "> Best regards\n"
        "> Nagy Peter\n"
        "> Dunamenti Butorvasalat Kft. | 2310 Szigetszentmiklos | +36 24 555 471\n"
        ">\n"
        "> On Wed, 5 Mar 2025 at 23:40, Sean O Murchu <sean@omurchujoinery.ie> wrote:\n"
        ">> Peter, drawings attached for the Douglas kitchen job. Send me some samples first before the lot,\n"
        ">> I want to try them in the showroom. Sean\n"
    )
    return [("Re_Runner_samples_qty.txt", t)]


case("c14_omurchu_words_twelve", [],
     "Quantities in words: 'twelve (12)' active, 'five hundred and eighty-eight (588)' not released; "
     "sign-off + written release by the named sender; older quoted 'samples first before the lot' is a "
     "request the newer message scopes.",
     c14())


# ---- c15: Teams export, Canadian electronics buyer, 'the dozen' proto boards
def c15():
    t = (
        "Chat: Northbridge / Saigon EMS - PCBA NB-CTL-44 rev C\n"
        "Exported: 2025-04-02 17:30 (UTC-04:00)\n\n"
        "[2025-04-02 10:14] Jean-Francois Roy (Northbridge Controls)\n"
        "Tuấn, quick one on NB-CTL-44 rev C before you kit anything.\n\n"
        "[2025-04-02 10:15] Jean-Francois Roy (Northbridge Controls)\n"
        "Just the dozen proto boards for now (EVT build). The other 488 on your quote SE-Q-1187 stay "
        "parked, not released.\n\n"
        "[2025-04-02 10:16] Jean-Francois Roy (Northbridge Controls)\n"
        "Release of the 488 happens only after Anil Mehta (our hardware lead) signs off the EVT report and I send the written release. "
        "I'm the release authority on this one.\n\n"
        "[2025-04-02 10:41] Phạm Minh Tuấn (Saigon EMS)\n"
        "Understood Jean-Francois. 12 pcs EVT only. We kit components for 12 pcs only, no long-lead parts for the 488.\n\n"
        "[2025-04-02 10:42] Phạm Minh Tuấn (Saigon EMS)\n"
        "Stencil is rev C, same as gerbers 2025-03-28. SMT slot Thursday.\n\n"
        "[2025-04-02 10:55] Jean-Francois Roy (Northbridge Controls)\n"
        "👍 thanks. Ship DHL on our account 965 432 118.\n"
    )
    return [("Teams_NB-CTL-44_revC.txt", t)]


case("c15_northbridge_teams_dozen", [],
     "'the dozen proto boards' active (no digits in the buyer's words); 488 not released; EVT sign-off + written release by named "
     "sender; supplier kits for 12 only; account number decoy.",
     c15())


# ---- c16: Mexican aftermarket PPAP interim sign-off with limits (DOCX)
def c16():
    blocks = [
        ("h1", "Interim Sample Disposition / Disposicion Interina de Muestras"),
        ("p", "Grupo Refaccionario Norteno SA de CV - Supplier Quality - Apodaca, N.L."),
        ("table", [
            ["Field", "Value"],
            ["Supplier", "Plasticos Tecnicos de Saltillo SA de CV (200455)"],
            ["Part", "GRN-MH-2210 mirror housing LH, ASA black, rev B"],
            ["PO", "4500098812 (commercial cover 3,000 pcs)"],
            ["PPAP level / PSW", "Level 3 / PSW 25-0314"],
            ["Sample sign-off status", "INTERIM"],
            ["Interim limits", "max. 300 pcs; expires 2025-06-30"],
            ["Open items", "gloss 6.5 GU vs 5.0 max; sink mark at rib R4 (0.08 mm)"],
        ]),
        ("sp",),
        ("p", "Disposition: the PPAP submission receives an interim sample sign-off. The interim sign-off is "
              "limited to 300 pcs and expires 2025-06-30, whichever comes first."),
        ("p", "Production release: Lupita Ramirez (Compras, release authority) releases 300 pcs for production "
              "within the interim limits. Material authority: staged, up to 300 pcs."),
        ("p", "The balance of 2,700 pcs is on hold. It can only be released after a full sample sign-off "
              "(open items closed, new PSW) and a written production release signed by Lupita Ramirez."),
        ("p", "Corrective action due 2025-05-15: texture re-polish cavity 2, pack pressure study."),
        ("sp",),
        ("p", "SQE: Ing. Hector Villarreal - Compras: Lupita Ramirez - fecha 2025-03-18"),
    ]
    return [("Interim_Disposition_GRN-MH-2210.docx", docx_bytes(blocks, author="Hector Villarreal"))]


case("c16_grn_ppap_interim_limits", [],
     "PPAP interim sign-off with quantity and expiry limits; 300 released by named authority; 2,700 on "
     "hold until full sign-off + written release; staged material 300.",
     c16())
# ---- c17: Vietnamese spring supplier buys wire within explicit staged authority
def c17():
    buyer = (
        "From: Priya Raman <priya.raman@northbridgecontrols.ca>\n"
        "Sent: Monday, March 3, 2025 11:26 AM\n"
        "To: Tran Van Hai <hai.tran@minhphatsprings.vn>\n"
        "Subject: Release R-01 / PO 4500-118990 springs NB-SPR-0932\n\n"
        "Hi Hai,\n\n"
        "Release R-01 under PO 4500-118990: 500 pcs of NB-SPR-0932 are released for production.\n"
        "Material authority: staged, up to 10,000 units' worth of SWP-B wire, at Northbridge's liability.\n"
        "The remaining 19,500 pcs of the PO are not released. The next release comes as a written release "
        "from me after the 500 pass our incoming inspection.\n\n"
        "Regards,\nPriya Raman\nCommodity Buyer - Springs & Wireforms, Northbridge Controls Inc."
    )
    text = (
        "Dear Ms. Priya,\n\n"
        "Good afternoon. Weekly status for PO 4500-118990 / NB-SPR-0932:\n\n"
        "- Wire: per your material authority of 3 March (staged, up to 10,000 springs' worth), we bought "
        "SWP-B 1.2 mm wire for 8,000 springs from Kiswire (coil no. KW-250311-07/08). Stored in our WH-2, "
        "tagged Northbridge.\n"
        "- Production: limited to the 500 pcs of release R-01. Coiling done, stress relief today, Zn-Ni "
        "plating Friday.\n"
        "- Balance 19,500 pcs: not started, waiting for your next written release.\n"
        "- Shipment: 500 pcs by air, ETD 21 March, AWB to follow.\n\n"
        "Thank you and best regards,\n"
        + sig("Tran Van Hai", "Sales Manager", "Minh Phat Precision Springs Co., Ltd", "+84 274 3 555 018")
        + "\n" + quote_lines(buyer) + "\n"
    )
    m = mail("Tran Van Hai <hai.tran@minhphatsprings.vn>", "Priya Raman <priya.raman@northbridgecontrols.ca>",
             "RE: Release R-01 / PO 4500-118990 springs NB-SPR-0932 - weekly status",
             "Fri, 14 Mar 2025 15:40:00 +0700", text,
             attachments=[("Wire_receipt_KW-250311.txt",
                           "MINH PHAT PRECISION SPRINGS - RAW MATERIAL RECEIPT\n"
                           "Customer tag: NORTHBRIDGE / PO 4500-118990 / NB-SPR-0932\n"
                           "Authority: Northbridge staged material authority 03-Mar-2025, max 10,000 units\n"
                           "Coil KW-250311-07  SWP-B 1.20 mm  11.5 kg\n"
                           "Coil KW-250311-08  SWP-B 1.20 mm  10.8 kg\n"
                           "Equivalent springs: approx. 8,000 pcs (2.6 g per spring incl. scrap)\n"
                           "Received WH-2, 12-Mar-2025, inspected OK (tensile 2,110 MPa)\n",
                           "text/plain")])
    return [("Status_PO_4500-118990_wk11.eml", eml_bytes(m))]


case("c17_minhphat_wire_within_staged", [],
     "Wire bought for 8,000 within explicit staged authority of 10,000 (conv. 10); production limited to "
     "released 500; 19,500 not released, written release by named buyer after incoming inspection.",
     c17())


# ---- c18: WeChat export, supplier asks before buying tubing for the full quantity
def c18():
    t = (
        "WeChat chat history export - \"Horakova Jana (CeskoRail)\" & \"Hoang Duc Thang (Viet Glass)\"\n"
        "==========================================================\n\n"
        "2025-03-18 08:02:41  Horakova Jana (CeskoRail)\n"
        "Hello Thang, PO 4510-2307 is in your mailbox. It is for 24 sample glass diffusers for the reading lamp "
        "(drawing CRI-RL-118 rev 3). Only 24.\n\n"
        "2025-03-18 08:03:10  Horakova Jana (CeskoRail)\n"
        "The other 2,376 pcs from your quotation are not released. Release only in writing from me, after our "
        "lab signs off the samples (light transmission + EN 45545-2 smoke test).\n\n"
        "2025-03-18 09:15:55  Hoang Duc Thang (Viet Glass)\n"
        "Dear Jana, well received, thank you. 24 pcs sample.\n\n"
        "2025-03-18 09:17:20  Hoang Duc Thang (Viet Glass)\n"
        "Question: may we buy the opal glass tubing for the full 2,400 now? The lead time from our glass "
        "supplier is 9 weeks. We will not order until you confirm in writing.\n\n"
        "2025-03-18 10:31:02  Horakova Jana (CeskoRail)\n"
        "No, please buy tubing for the 24 only. I will answer on material for the rest when the samples are "
        "signed off.\n\n"
        "2025-03-18 10:33:47  Hoang Duc Thang (Viet Glass)\n"
        "OK Jana, noted. Tubing for 24 pcs only. Samples ready 4 April.\n\n"
        "2025-03-18 10:34:05  Hoang Duc Thang (Viet Glass)\n"
        "[Sticker]\n"
    )
    return [("WeChat_Horakova_VietGlass.txt", t)]


case("c18_cri_wechat_material_question", [],
     "Supplier asks 'may we buy tubing for the full 2,400?' (question, not purchase); buyer: 24 only, "
     "2,376 not released, lab sign-off + written release by the sender.",
     c18())


# ---- c19: long Outlook thread, Egyptian offshore buyer and Canadian forge, all scoped
def c19():
    t = (
        "From: Eng. Ahmed Fathy <a.fathy@redseaoffshore.com.eg>\n"
        "Sent: Tuesday, April 15, 2025 9:48 AM\n"
        "To: Derek MacLeod <dmacleod@atlanticforge.ca>\n"
        "Cc: Mona Khalil <m.khalil@redseaoffshore.com.eg>; QA Dept <qa@redseaoffshore.com.eg>\n"
        "Subject: RE: RSO-PO-25-0877 - 6\" WN RTJ flanges Class 1500 - pilot lot\n\n"
        "Dear Derek,\n\n"
        "Thank you for the ITP and the MPS. Both are fine from our side with the two comments from Mona below.\n\n"
        "Please go ahead with the 6 pilot flanges only. The remaining 114 pcs of the RSO-PO-25-0877 quantity "
        "(120 pcs) are not released. They will be released only by a written release from myself after the FAT "
        "on the pilot flanges, which our third-party inspector (Bureau Veritas Alexandria) will witness.\n\n"
        "Material: forging billets F22 Cl.3 for the 6 pilot flanges only. Please do not book the mill for the "
        "balance yet.\n\n"
        "Mona's comments:\n"
        "1) Hardness survey per NACE MR0175 / ISO 15156-2: 3 readings per flange, max 22 HRC.\n"
        "2) Marking per MSS SP-25, include heat number and PO item.\n\n"
        "Best regards,\n"
        "Eng. Ahmed Fathy\nProcurement & Contracts Manager\nRed Sea Offshore Services S.A.E. - Alexandria\n"
        "Tel +20 3 555 8821\n\n"
        "From: Derek MacLeod <dmacleod@atlanticforge.ca>\n"
        "Sent: Monday, April 14, 2025 4:12 PM\n"
        "To: Eng. Ahmed Fathy <a.fathy@redseaoffshore.com.eg>\n"
        "Cc: Mona Khalil <m.khalil@redseaoffshore.com.eg>\n"
        "Subject: RE: RSO-PO-25-0877 - 6\" WN RTJ flanges Class 1500 - pilot lot\n\n"
        "Ahmed,\n\n"
        "Attached our ITP AFF-ITP-0412 rev 1 and MPS for the pilot lot. Heat treatment Q&T, 100% UT per "
        "ASTM A388, MT on faces. Hold points H1 (material certs EN 10204 3.1) and H2 (final dimensional) are "
        "marked for your inspector.\n\n"
        "Lead time for the pilot lot is 7 weeks from billet receipt. Can you let us know how you want us to "
        "proceed?\n\n"
        "Cheers,\nDerek MacLeod\nSales Engineer, Atlantic Forge & Flange Ltd., Dartmouth NS\n+1 902 555 0143\n\n"
        "From: Eng. Ahmed Fathy <a.fathy@redseaoffshore.com.eg>\n"
        "Sent: Thursday, April 10, 2025 1:30 PM\n"
        "To: Derek MacLeod <dmacleod@atlanticforge.ca>\n"
        "Subject: RSO-PO-25-0877 - 6\" WN RTJ flanges Class 1500 - pilot lot\n\n"
        "Dear Derek,\n\n"
        "Greetings. Kindly find attached PO RSO-PO-25-0877 for 6\" WN RTJ flanges ASME B16.5 Class 1500, "
        "ASTM A182 F22 Cl.3, bore to suit sch. 160. The PO carries 120 pcs as commercial cover for the "
        "Ras Shukeir tie-in project; only the pilot lot is in scope until the FAT.\n\n"
        "Before you start anything, please send the ITP and the MPS for our review.\n\n"
        "Shipping: CIF Alexandria, wooden cases, VCI wrapping, max 1,000 kg per case.\n\n"
        "Best regards,\nEng. Ahmed Fathy\n"
    )
    return [("RE_RSO-PO-25-0877_flanges_pilot.txt", t)]


case("c19_rso_outlook_thread_scoped", [],
     "Long Outlook thread; 'go ahead with the 6 pilot flanges only' scoped; 114 not released; FAT + written "
     "release by named sender; supplier's 'how you want us to proceed?' is a question; decoys 6\", Class "
     "1500, 1,000 kg.",
     c19())


# ---- c20: Colombian mining buyer forwards an old quote (rfc822) as information only
def c20():
    old_text = (
        "Estimado Ing. Cardenas,\n\n"
        "As requested, our budgetary quotation SWT-Q-7710 for the SAG mill 2 shell liners:\n\n"
        "  Cr-Mo shell liner, drawing SWT-4410 rev 3     120 pcs     USD 2,940.00 / pc\n"
        "  Lead time: 14 weeks after order\n\n"
        "Prices valid 90 days, FCA Sudbury.\n\n"
        "Best regards,\nLiam Gauthier\nSudbury Wear Technologies Inc.\n"
    )
    old = mail("Liam Gauthier <lgauthier@sudburywear.ca>", "Julian Cardenas <jcardenas@mineraandina.com.co>",
               "Budgetary quotation SWT-Q-7710 SAG 2 shell liners", "Mon, 18 Nov 2024 14:05:00 -0500", old_text)
    text = (
        "Liam, buenas tardes,\n\n"
        "Our PO MAC-OC-5521 is attached in Ariba. For the record I forward below your old budgetary quotation "
        "for 120 liners. It is for reference only: those 120 are not ordered and not released.\n\n"
        "What this PO releases: 4 (four) trial shell liners, drawing SWT-4410 rev 3, for the wear trial on "
        "SAG mill 2.\n\n"
        "The remaining 116 liners of the program are not released. A release needs (1) the wear-trial result "
        "after 8 weeks of operation, measured by our maintenance team, and (2) a written release from me. "
        "Material authority: sample-only (steel for the 4 trial liners).\n\n"
        "Saludos,\n" + sig("Ing. Julian Cardenas", "Jefe de Compras / Head of Purchasing",
                           "Minera Andina del Cauca S.A.", "+57 602 555 9140")
    )
    m = mail("Julian Cardenas <jcardenas@mineraandina.com.co>", "Liam Gauthier <lgauthier@sudburywear.ca>",
             "OC MAC-OC-5521 - 4 trial liners / FW: Budgetary quotation SWT-Q-7710",
             "Tue, 11 Mar 2025 15:22:00 -0500", text, attachments=[("rfc822", old)])
    return [("OC_MAC-OC-5521_trial_liners.eml", eml_bytes(m))]


case("c20_mac_fwd_quote_informational", [],
     "Forwarded old quote (rfc822) with 120 declared reference only, not ordered/released; 4 trial liners "
     "active; 116 on hold until wear trial + written release by named sender.",
     c20())


# ---- c21: buyer corrects a supplier's assumed auto-conversion (quoted)
def c21():
    supplier = (
        "On Mon, 17 Mar 2025 at 11:02, Aoife Brennan <aoife@kilkennytextiles.ie> wrote:\n"
        "Hi Jana,\n"
        "Great news on the drawings. Once you OK the samples we'll go straight into the 600 covers, same "
        "as we did for the Pendolino refit. Loom is booked for April.\n"
        "Aoife"
    )
    text = (
        "Dear Aoife,\n\n"
        "Please don't. Sample sign-off does not release the production covers.\n\n"
        "PO 4510-2299 covers 12 sample seat covers only (fabric KT-Moquette 88, colour CR-Blue, pattern "
        "rev 2). The remaining 588 covers are not released. A release of the 588 comes only in writing from "
        "me, Jana Horakova, after (1) the fire test report EN 45545-2 HL2 from our lab and (2) the sample "
        "sign-off by our design team. Please do not weave yardage for the 588 before that.\n\n"
        "If the loom slot in April is lost, we will accept that; it is better than a lot we cannot use.\n\n"
        "S pozdravem / Best regards\n"
        + sig("Jana Horakova", "Nakup / Purchasing", "CeskoRail Interiery a.s., Ceska Trebova", "+420 465 555 218")
        + "\n" + quote_lines(supplier) + "\n"
    )
    m = mail("Jana Horakova <jana.horakova@ceskorail.cz>", "Aoife Brennan <aoife@kilkennytextiles.ie>",
             "Re: Seat cover samples - PO 4510-2299", "Mon, 17 Mar 2025 14:48:00 +0100", text,
             in_reply_to="<h7-kt-0317@kilkennytextiles.ie>")
    return [("Re_Seat_cover_samples_PO_4510-2299.eml", eml_bytes(m))]


case("c21_cri_corrects_autoconversion", [],
     "Quoted supplier assumption (sample OK -> straight into 600) is corrected by the buyer; 12 active, "
     "588 not released, fire test + sign-off + written release by named sender (conv. 3, 9).",
     c21())


# ---- c22: Egyptian buyer, full-quantity production release letter (DOCX)
def c22():
    blocks = [
        ("h1", "PRODUCTION RELEASE LETTER No. PR-25-014"),
        ("p", "Delta Switchgear S.A.E. - Plot 14, 3rd Industrial Zone, 6th of October City, Giza"),
        ("p", "To: Nile Technical Ceramics S.A.E., 10th of Ramadan City - Attn. Eng. Nour El-Din Samir"),
        ("p", "Date: 24 February 2025 | Ref.: PO DS/PUR/25/0077 | Part: porcelain wall bushing DS-WB-24-630, rev B"),
        ("table", [
            ["Item", "Value"],
            ["PO quantity", "2,400 pcs"],
            ["Sample sign-off", "20 Feb 2025, HV lab report QA-SS-0311 (status: signed off)"],
            ["Released by this letter", "2,400 pcs (two thousand four hundred)"],
            ["Balance remaining after this letter", "none"],
        ]),
        ("sp",),
        ("p", "Dear Eng. Nour,"),
        ("p", "Following the sample sign-off of 20 February 2025, we hereby release the full PO quantity of "
              "2,400 (two thousand four hundred) porcelain wall bushings for production. This release covers "
              "the entire PO DS/PUR/25/0077; there is no balance."),
        ("p", "Delivery in four lots of 600 pcs, weeks 14, 18, 22 and 26, to our 6th of October warehouse. "
              "Routine test certificate (IEC 60137) with every lot."),
        ("p", "Best regards,"),
        ("p", "Eng. Hany Mostafa - Procurement Manager (release authority) - Delta Switchgear S.A.E."),
    ]
    return [("Production_Release_PR-25-014.docx", docx_bytes(blocks, author="Hany Mostafa"))]


case("c22_delta_full_release_letter", [],
     "Full-quantity production release (2,400 = PO quantity, words match, no balance); delivery lots of "
     "600 are a schedule, not a separate release.",
     c22())


# ---- c23: multi-file: PO + supplier quote + supplier acknowledgement (Canadian marine / Colombian foundry)
def c23():
    quote = pdf([
        ("h1", "COTIZACION / QUOTATION BP-COT-0931"),
        ("p", "Bronces del Pacifico S.A.S. - Km 3 via Buenaventura, Valle del Cauca, Colombia"),
        ("p", "Client: Bluenose Marine Hardware Ltd., Lunenburg NS, Canada - Attn. Heather Campbell"),
        ("p", "Date: 2025-02-20 | Validity 45 days | FOB Buenaventura"),
        ("table", [
            ["Item", "Description", "Qty", "Unit USD", "Lead time"],
            ["1", "Bronze cleat 8\" C95400, polished, BMH-CL-08 rev A - samples", "20", "41.00", "3 weeks"],
            ["2", "same - production tier", "1,000", "17.80", "8 weeks"],
            ["3", "same - production tier", "5,000", "15.90", "10 weeks"],
        ]),
        ("p", "Pattern cost included. Payment 30 days after shipment."),
        ("p", "Andres Mejia - Comercial - amejia@broncespacifico.com.co"),
    ], title="BP-COT-0931", author="Bronces del Pacifico")
    po = pdf([
        ("h1", "PURCHASE ORDER BMH-PO-3390"),
        ("p", "Bluenose Marine Hardware Ltd. | 12 Tannery Road, Lunenburg NS B0J 2C0 | HST 82211 4433 RT0001"),
        ("p", "Supplier: Bronces del Pacifico S.A.S. (quote BP-COT-0931) | Date 2025-03-04 | Terms Net 30"),
        ("table", [
            ["Line", "Part", "Description", "Scope", "Qty", "Unit USD", "Total USD"],
            ["1", "BMH-CL-08 rev A", "Bronze cleat 8\", C95400", "SAMPLE", "20", "41.00", "820.00"],
        ]),
        ("sp",),
        ("p", "Scope: this PO releases the 20 sample cleats of line 1, nothing more."),
        ("p", "The 1,000 and 5,000 quantities on quote BP-COT-0931 are price tiers for information only. They are "
              "not ordered and not released."),
        ("p", "Unlock: a production quantity will only be released after (1) sample sign-off, including 500 h "
              "salt spray per ASTM B117 on 4 samples, and (2) a written release from Heather Campbell, "
              "Purchasing Manager. Material authority: sample-only."),
        ("p", "Heather Campbell, Purchasing Manager - hcampbell@bluenosemarine.ca - 902 555 0178"),
    ], pagesize=LETTER, title="BMH-PO-3390", author="Bluenose Marine")
    text = (
        "Dear Heather,\n\n"
        "Thank you for PO BMH-PO-3390. We confirm:\n"
        "- 20 sample cleats BMH-CL-08 rev A, delivery in 3 weeks (week 13).\n"
        "- No production quantity is ordered or released; the 1,000 / 5,000 were price tiers only.\n"
        "- We buy bronze for the 20 samples only and wait for your written release before any production.\n\n"
        "Best regards,\nAndres Mejia\nBronces del Pacifico S.A.S.\n+57 602 555 3320\n"
    )
    m = mail("Andres Mejia <amejia@broncespacifico.com.co>", "Heather Campbell <hcampbell@bluenosemarine.ca>",
             "Confirmacion / Acknowledgement BMH-PO-3390", "Thu, 06 Mar 2025 10:00:00 -0500", text)
    return [("BMH-PO-3390.pdf", po), ("Quote_BP-COT-0931.pdf", quote), ("Ack_BMH-PO-3390.eml", eml_bytes(m))]


case("c23_bmh_po_quote_ack_bundle", [],
     "Three-file bundle: PO (20 samples), quote tiers 1,000/5,000 declared information only, supplier "
     "acknowledgement consistent; sign-off + written release by named manager.",
     c23())


# ---- c24: Hungarian lab buyer stop notice (PDF)
def c24():
    blocks = [
        ("h1", "STOP NOTICE / GYARTASI STOP"),
        ("p", "Budapest Labortechnika Zrt. - 1097 Budapest, Kondorosi ut 14 - Beszerzes / Procurement"),
        ("p", "To: Precíz Uvegtechnika Kft., 2600 Vac - Attn. Farkas Zoltan | Date: 2025-04-09 | "
              "Order: BLT-PO-2025-0300 (jacketed reaction vessel 2 L, DN 60 flange)"),
        ("table", [
            ["Item", "Quantity", "Status"],
            ["Release 1", "40", "delivered 2025-03-28 - not affected by this notice"],
            ["Balance of the order", "160", "not released"],
            ["Authorized now", "0 (zero) further units", "STOP in force"],
        ]),
        ("sp",),
        ("p", "Effective immediately, nothing further may start on order BLT-PO-2025-0300. This stop applies to "
              "released and unreleased quantities alike: no blowing, no annealing, no purchase of tubing."),
        ("p", "Reason: NCR-2025-0300, wall thickness 1.6 mm measured at the jacket transition (drawing requires "
              "2.0 +/- 0.2 mm) on 3 of the 40 delivered vessels."),
        ("p", "The stop is lifted only by a written notice from Kovacs Gabor, Head of Procurement, after NCR-2025-0300 "
              "is closed. After the stop is lifted, the balance of 160 still needs its own written production "
              "release, signed by Kovacs Gabor."),
        ("p", "Kovacs Gabor, beszerzesi vezeto / Head of Procurement - +36 1 555 4470"),
    ]
    return [("Stop_Notice_BLT-PO-2025-0300.pdf", pdf(blocks, title="Stop notice", author="Kovacs Gabor"))]


case("c24_blt_stop_notice", [],
     "Stop notice: authorized now zero, balance 160 not released, lift by named head after NCR closure, "
     "then separate written release; NCR-2025-0300 decoy.",
     c24())
# =================================================================== WITH RISKS
# ---- p01 RG006: Czech glassworks already drew tubing for the whole 3 000
def p01():
    buyer = (
        "From: Siobhan Ni Bhriain <siobhan.nibhriain@clonmelscientific.ie>\n"
        "Sent: Monday 10 March 2025 12:05\n"
        "To: Petr Dvorak <dvorak@sklarna-vysocina.cz>\n"
        "Subject: PO CS-77388 - 500 ml media bottles, GL45\n\n"
        "Hi Petr,\n\n"
        "PO CS-77388 is up on the portal. Scope:\n"
        "- 60 sample bottles (500 ml, GL45 thread, graduated, drawing CS-MB-500 rev 2) are released.\n"
        "- The remaining 2,940 of the 3,000 on your quote are NOT released.\n"
        "- Material authority: sample-only. Glass for the 60 only.\n"
        "- A release of the 2,940 needs our lab's sample sign-off (autoclave 121 C x 50 cycles, thread gauge) "
        "and then a written release from me, Siobhan Ni Bhriain.\n\n"
        "Thanks,\nSiobhan"
    )
    text = (
        "Dear Siobhan,\n\n"
        "short update on PO CS-77388.\n\n"
        "The 60 sample bottles are blown and annealed, graduation printing is tomorrow, inspection on "
        "Thursday. We send them with DPD on Friday together with the measurement report.\n\n"
        "To keep our tank furnace slot we have already melted the batch and drawn the glass gobs for the whole "
        "3 000 pcs; the blanks are cooled and stored in our warehouse under your name. So when your release "
        "comes we can finish very fast, maybe 2 weeks instead of 7.\n\n"
        "Please let me know if you need the bottles with or without the caps for the lab test.\n\n"
        "With kind regards / S pozdravem\n\n"
        "Petr Dvorak\nObchodni oddeleni / Sales\nSklarna Vysocina s.r.o., Humpolec, CZ\n+420 565 555 214\n\n"
        "-----Original Message-----\n" + quote_lines(buyer) + "\n"
    )
    m = mail("Petr Dvorak <dvorak@sklarna-vysocina.cz>",
             "Siobhan Ni Bhriain <siobhan.nibhriain@clonmelscientific.ie>",
             "RE: PO CS-77388 - 500 ml media bottles, GL45", "Wed, 19 Mar 2025 16:20:00 +0100", text,
             html=html_from_text(text))
    return [("RE_PO_CS-77388_media_bottles.eml", eml_bytes(m))]


case("p01_sklarna_gobs_for_whole_3000", ["RG006"],
     "Supplier melted and drew glass blanks for all 3 000 while 60 are released and material authority is "
     "sample-only; quoted buyer scope otherwise complete.",
     p01())


# ---- p03 RG006: Colombian foundry portal export shows alloy bought for 48 liners, 4 released
def p03():
    body = (
        "<h2>Aceros Resistentes de Antioquia S.A.S. &mdash; Portal de clientes</h2>\n"
        "<p>Cliente: Carbones del Cesar S.A. &middot; Pedido / order: CDC-OC-2025-0217 &middot; "
        "Exportado 2025-04-03 07:40 COT</p>\n"
        "<h3>Orden del cliente / Customer order (as received)</h3>\n"
        "<table>\n<tr><th>Item</th><th>Descripcion</th><th>Cant.</th><th>Estado</th></tr>\n"
        "<tr><td>10</td><td>Revestimiento trituradora / crusher wear liner, Ni-Hard IV, plano ARA-TL-2290 rev 4</td>"
        "<td>4</td><td>RELEASED - trial liners</td></tr>\n"
        "<tr><td>20</td><td>Same, balance of program</td><td>44</td><td>NOT RELEASED</td></tr>\n</table>\n"
        "<p class=\"note\">Customer note (Carbones del Cesar): Only the 4 trial liners are released. The balance "
        "of 44 is not released. Release of any part of the 44 only by written release from Ing. Mauricio Rios, "
        "Jefe de Mantenimiento y Compras, after the trial evaluation (600 operating hours on crusher CR-2). "
        "Material authority: sample-only (4 liners).</p>\n"
        "<h3>Materiales / Material status</h3>\n"
        "<table>\n<tr><th>Material</th><th>Cantidad</th><th>Equivalente piezas</th><th>Estado</th><th>Fecha</th></tr>\n"
        "<tr><td>Ferro-cromo AC / Ni 99.9 / chatarra seleccionada (carga completa)</td><td>12.6 t</td>"
        "<td>48 liners</td><td>COMPRADO / purchased, in yard</td><td>2025-03-20</td></tr>\n"
        "<tr><td>Arena de moldeo / moulding sand</td><td>9 t</td><td>48 liners</td><td>in stock</td><td>2025-03-22</td></tr>\n"
        "<tr><td>Modelo / pattern ARA-TL-2290</td><td>1</td><td>-</td><td>terminado</td><td>2025-03-25</td></tr>\n"
        "</table>\n"
        "<h3>Comentarios de planta / plant comments</h3>\n"
        "<p>25-03 Full alloy charge for the 48 liners bought to lock the ferro-alloy price before the April "
        "increase. Trial liners poured 01-04 (heat 25-0412), shake-out 03-04.<br>\n"
        "02-04 Heat treatment slot booked for the 4 trial liners.</p>\n"
        "<p style=\"font-size:11px;color:#666\">ARA Portal v2.1 &middot; usuario: mrios@carbonesdelcesar.co</p>"
    )
    return [("ARA_portal_CDC-OC-2025-0217.html", html_page("Pedido CDC-OC-2025-0217", body, lang="es"))]


case("p03_ara_portal_alloy_for_48", ["RG006"],
     "Portal shows alloy charge purchased for 48 liners while 4 are released and the customer's material "
     "authority is sample-only; customer scope note complete.",
     p03())


# ---- p04 RG006 + RG012: Nigerian workshop starts the full lot after the deposit, bought brass for all
def p04():
    t = (
        "03/04/2025, 10:01 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
        "WhatsApp, can read or listen to them. Tap to learn more.\n"
        "03/04/2025, 10:05 - Bisi Adebayo: Good morning Baba Tunde\n"
        "03/04/2025, 10:06 - Bisi Adebayo: PO LHF-0093 is in your mail. 25 sample brass drawer pulls only "
        "(the 160mm T-bar, satin finish)\n"
        "03/04/2025, 10:07 - Bisi Adebayo: Balance 1,475 is not released. When Kemi (our designer) signs off the "
        "samples I will send written release. Bisi\n"
        "03/04/2025, 10:30 - Baba Tunde Metal Works: Morning ma. Well received 🙏\n"
        "03/04/2025, 15:12 - Bisi Adebayo: 50% deposit for the 25 samples sent. Access bank, ref LHF0093-DEP\n"
        "04/04/2025, 08:47 - Baba Tunde Metal Works: Deposit don enter, thank you ma 🙏🙏\n"
        "04/04/2025, 08:48 - Baba Tunde Metal Works: Since payment don land we go start the full 1,500 pcs "
        "tomorrow so your delivery go fast\n"
        "04/04/2025, 08:49 - Baba Tunde Metal Works: We don already buy brass rod for everything, 1,500 pcs worth, "
        "so price no go change on you\n"
        "04/04/2025, 08:50 - Baba Tunde Metal Works: <Media omitted>\n"
        "04/04/2025, 08:50 - Baba Tunde Metal Works: Rods for your job 👆\n"
    )
    return [("WhatsApp Chat with Baba Tunde Metal Works.txt", t)]


case("p04_lhf_whatsapp_deposit_full_lot", ["RG006", "RG012"],
     "Supplier treats the sample deposit as authority to start all 1,500 and bought brass rod for 1,500 "
     "while 25 are released; buyer scope (25, hold, sign-off + written release by Bisi) complete.",
     p04())


# ---- p05 RG006: Egyptian forge WIP report (fixed width) inside an Outlook reply
def p05():
    t = (
        "From: Karim Youssef <k.youssef@alexforge.com.eg>\n"
        "Sent: Thursday, April 24, 2025 2:10 PM\n"
        "To: Eng. Ahmed Fathy <a.fathy@redseaoffshore.com.eg>\n"
        "Subject: RE: RSO-PO-25-0912 hub clamps - weekly WIP\n\n"
        "Dear Eng. Ahmed,\n\n"
        "Good day. Please find below our WIP report for your order, as extracted from our ERP this morning.\n\n"
        "ALEXANDRIA PRECISION FORGING CO.          WIP REPORT          RUN 24-APR-2025 07:30   PAGE 1\n"
        "CUSTOMER: RED SEA OFFSHORE SERVICES       CUST PO: RSO-PO-25-0912\n"
        "----------------------------------------------------------------------------------------------\n"
        "JOB       PART               DESCRIPTION            JOB QTY  RELEASED  RM ISSUED  OPER  STATUS\n"
        "--------  -----------------  ---------------------  -------  --------  ---------  ----  --------\n"
        "25-0412   RSO-HC-4-900       HUB CLAMP 4IN CL900         36         6         36  030   HT DONE\n"
        "          F22 CL3 BILLET 4.3KG                                                          \n"
        "25-0413   RSO-HC-4-900-BLT   STUD BOLT SET B7/2H         36         6          6  010   OPEN\n"
        "----------------------------------------------------------------------------------------------\n"
        "REMARKS: 25-0412 BILLETS FOR FULL 36 CUT AND HEAT TREATED IN ONE FURNACE CYCLE TO SAVE COST.\n"
        "         MACHINING OF 6 PILOT UNITS ONLY. 30 FORGED BLANKS IN STORE B-14.\n"
        "----------------------------------------------------------------------------------------------\n\n"
        "The 6 pilot clamps will be ready for your FAT on 8 May.\n\n"
        "Best regards,\nKarim Youssef\nPlanning Engineer - Alexandria Precision Forging Co.\n+20 3 555 6610\n\n"
        "From: Eng. Ahmed Fathy <a.fathy@redseaoffshore.com.eg>\n"
        "Sent: Sunday, April 6, 2025 10:02 AM\n"
        "To: Karim Youssef <k.youssef@alexforge.com.eg>\n"
        "Subject: RSO-PO-25-0912 hub clamps\n\n"
        "Dear Karim,\n\n"
        "Kindly note the scope of RSO-PO-25-0912 (hub clamps 4\" CL900, 36 pcs on the PO):\n"
        "- 6 pilot clamps with stud bolt sets are released.\n"
        "- The remaining 30 are not released.\n"
        "- Material authority: for the 6 pilot units only.\n"
        "- The 30 will be released only by a written release from myself after the FAT of the pilot units.\n\n"
        "Best regards,\nEng. Ahmed Fathy\nProcurement & Contracts Manager, Red Sea Offshore Services S.A.E.\n"
    )
    return [("RE_RSO-PO-25-0912_WIP.txt", t)]


case("p05_alexforge_wip_billets_36", ["RG006"],
     "ERP WIP report: raw material issued, cut and heat-treated for 36 while 6 are released and material "
     "authority covers 6; buyer scope below complete.",
     p05())


# ---- p06 RG006: multi-file - Hungarian call-off (no staged authority) + supplier e-mail
def p06():
    co = docx_bytes([
        ("h1", "LEHIVAS / CALL-OFF No. 2"),
        ("p", "Framework agreement FA-2024-022 - luggage rack brackets, EN AW-6063 T6, drawing PRI-5530-11 rev C"),
        ("p", "Pannon Rail Interiors Kft., Gyor -> Alu-Profil Bt., Szekesfehervar | 2025. aprilis 2."),
        ("table", [
            ["Call-off", "Qty (db)", "Delivery", "Status"],
            ["No. 1", "80", "2025-03-10", "delivered"],
            ["No. 2 (this)", "80", "2025-05-12", "RELEASED"],
            ["Framework total", "960", "", ""],
            ["Not released", "800", "", "ON HOLD"],
        ]),
        ("sp",),
        ("p", "This call-off releases 80 (eighty) brackets. The remaining 800 under FA-2024-022 are not released; "
              "each further quantity needs the next call-off signed by Szabo Eszter, Head of Procurement."),
        ("p", "Material authority: for the released quantity only (80 units). No staged material authority is "
              "given under this framework."),
        ("p", "Szabo Eszter - Head of Procurement"),
    ], author="Szabo Eszter")
    text = (
        "Kedves Eszter,\n\n"
        "thank you for call-off No. 2, we confirm delivery 2025-05-12.\n\n"
        "For your information: to optimise the extrusion run at our profile supplier we have already taken "
        "the profiles for call-offs 2, 3 and 4 (240 brackets), cut them to length and anodised them in one "
        "batch. We machine and pack only the 80 of call-off 2; the other 160 sets of blanks wait in our store "
        "for the next call-offs.\n\n"
        "This saves about 6% on the anodising, we will pass part of it to you.\n\n"
        "Udvozlettel / Best regards\nToth Akos\nAlu-Profil Bt. - ertekesites / sales\n+36 22 555 190\n"
    )
    m = mail("Toth Akos <toth.akos@aluprofil.hu>", "Szabo Eszter <eszter.szabo@pannonrail.hu>",
             "RE: Lehivas No. 2 FA-2024-022", "Fri, 04 Apr 2025 13:15:00 +0200", text)
    return [("Lehivas_FA-2024-022_No2.docx", co), ("RE_Lehivas_No2.eml", eml_bytes(m))]


case("p06_aluprofil_profiles_for_240", ["RG006"],
     "Two-file bundle: call-off releases 80 with material authority for 80 only; supplier cut and "
     "anodised profiles for 240.",
     p06())


# ---- p07 RG006 + RG007: Mexican moulder - resin for 5,000 ready, will run on after the OK on samples
def p07():
    buyer = (
        "De: Lupita Ramirez <lupita.ramirez@grnorteno.com.mx>\n"
        "Enviado: lunes, 10 de marzo de 2025 09:12\n"
        "Para: Rodrigo Hernandez <rhernandez@plastecsaltillo.mx>\n"
        "Asunto: OC 4500099120 - parrilla / grille GRN-GR-1550\n\n"
        "Rodrigo, buen dia.\n\n"
        "OC 4500099120 for the front grille GRN-GR-1550 rev A (ABS-PC, chrome-look):\n"
        "* 10 sample grilles are released, for PPAP.\n"
        "* The other 4,990 pcs of the 5,000 on your quote are NOT released.\n"
        "* Material authority: sample-only.\n"
        "* The 4,990 need PPAP sign-off by our SQE and then a written release from me.\n\n"
        "Saludos,\nLupita Ramirez\nCompras, Grupo Refaccionario Norteno"
    )
    text = (
        "Lupita, buenas tardes.\n\n"
        "Quick update on OC 4500099120: the mould is in the 450-ton press and the first shots look good, "
        "we will cut the 10 PPAP samples on Thursday.\n\n"
        "The ABS-PC for the 5,000 grilles is already received and half of it is in the dryer at the press, "
        "so as soon as your engineering gives us the OK on the samples we simply keep the press running "
        "into the 4,990 without stopping. That way we do not lose the mould temperature and you have parts "
        "two weeks earlier.\n\n"
        "PPAP package (dimensional, material cert, capability on 3 critical dims) will go with the samples.\n\n"
        "Saludos cordiales,\n"
        + sig("Ing. Rodrigo Hernandez", "Gerente de Proyectos", "Plasticos Tecnicos de Saltillo SA de CV",
              "+52 844 555 3012")
        + "\n" + quote_lines(buyer) + "\n"
    )
    m = mail("Rodrigo Hernandez <rhernandez@plastecsaltillo.mx>", "Lupita Ramirez <lupita.ramirez@grnorteno.com.mx>",
             "RE: OC 4500099120 - parrilla / grille GRN-GR-1550", "Tue, 18 Mar 2025 17:03:00 -0600", text)
    return [("RE_OC_4500099120_grille.eml", eml_bytes(m))]


case("p07_plastec_resin_and_run_on", ["RG006", "RG007"],
     "Supplier holds resin for 5,000 (material authority sample-only) and says the samples' OK rolls "
     "straight into the 4,990; buyer scope quoted complete.",
     p07())


# ---- p47 RG006 + RG008: WeChat - supplier books the labelled forecast as firm order and buys wire for it
def p47():
    t = (
        "WeChat chat history export - \"Novotna Tereza ELMONT\" & \"Tran Van Hai (Minh Phat Springs)\"\n"
        "==========================================================\n\n"
        "2025-03-20 14:05:12  Novotna Tereza ELMONT\n"
        "Hello Mr. Hai, our PO 2025/0518 is sent by e-mail: 200 sample contact springs, part 2000-518-12.\n\n"
        "2025-03-20 14:06:40  Novotna Tereza ELMONT\n"
        "Production is not released. The series will be released only in writing by me, after sample sign-off "
        "by our quality lab. Material for the 200 samples only please.\n\n"
        "2025-03-20 14:08:03  Novotna Tereza ELMONT\n"
        "I also attach our 2025 forecast: 48 000 ks for the year. It is only for your planning, it is not an "
        "order.\n\n"
        "2025-03-20 14:08:15  Novotna Tereza ELMONT\n"
        "[File] ELMONT_forecast_2025_springs.xlsx\n\n"
        "2025-03-21 09:31:47  Tran Van Hai (Minh Phat Springs)\n"
        "Dear Ms. Tereza, thank you very much for the PO and the forecast 🙏\n\n"
        "2025-03-21 09:33:22  Tran Van Hai (Minh Phat Springs)\n"
        "We booked your 48,000 pcs as firm order for 2025 in our system, so capacity is secured for you.\n\n"
        "2025-03-21 09:34:05  Tran Van Hai (Minh Phat Springs)\n"
        "Also we already bought stainless wire 0.8 mm for full 48,000 pcs to secure the price, wire price will "
        "go up in Q2.\n\n"
        "2025-03-21 09:35:10  Tran Van Hai (Minh Phat Springs)\n"
        "200 samples ready 3 April.\n"
    )
    return [("WeChat_ELMONT_MinhPhat.txt", t)]


case("p47_minhphat_wechat_forecast_firm_wire", ["RG006", "RG008"],
     "Supplier books a forecast labelled 'not an order' as firm order (RG008) and buys wire for 48,000 "
     "while 200 samples are released with sample-only material (RG006); buyer scope complete.",
     p47())
# ---- p09 RG007: Irish machine shop will "roll straight on" once the samples are signed off
def p09():
    buyer = (
        "From: Nathalie Gagnon <nathalie.gagnon@mapleleafanalytical.ca>\n"
        "Sent: Friday, March 7, 2025 3:18 PM\n"
        "To: Eoin Kelly <eoin.kelly@corribprecision.ie>\n"
        "Subject: PO MLA-7802 - centrifuge rotor lids\n\n"
        "Hi Eoin,\n\n"
        "PO MLA-7802 attached. It releases 3 pilot rotor lids (MLA-RL-210 rev B) only.\n"
        "The other 297 on your quote CP-Q-2318 are not released. They can only be released by a written "
        "release from me, and only after Dr. Emily Chen has signed off the pilot lids (CMM + 20 spin cycles "
        "at 15,000 rpm).\n"
        "Material: bar for the 3 pilots only.\n\n"
        "Best,\nNathalie Gagnon\nSenior Buyer, Maple Leaf Analytical Instruments Inc."
    )
    text = (
        "Hi Nathalie,\n\n"
        "Grand, thanks a million. The three pilots are on the Hermle now, we'll have them on the CMM "
        "Wednesday and out to you with FedEx Thursday evening.\n\n"
        "Once Dr. Chen signs off the first three we'll roll straight on into the 297, saves us breaking down "
        "the 5-axis fixture and setting it up again, and you'd have the lot with you by the end of June.\n\n"
        "Material cert for the 7075 is attached to the FAI pack.\n\n"
        "Talk soon,\nEoin"
        + sig("Eoin Kelly", "Customer Accounts", "Corrib Precision Ltd, Parkmore West, Galway", "+353 91 555 772")
        + "\n" + quote_lines(buyer) + "\n"
    )
    m = mail("Eoin Kelly <eoin.kelly@corribprecision.ie>", "Nathalie Gagnon <nathalie.gagnon@mapleleafanalytical.ca>",
             "RE: PO MLA-7802 - centrifuge rotor lids", "Mon, 10 Mar 2025 11:45:00 +0000", text,
             in_reply_to="<h7-mla7802@mapleleafanalytical.ca>")
    return [("RE_PO_MLA-7802_rotor_lids.eml", eml_bytes(m))]


case("p09_corrib_roll_straight_on", ["RG007"],
     "Supplier assumes Dr. Chen's sample sign-off rolls straight into the 297 although the quoted PO "
     "requires a written release from Nathalie; rest complete.",
     p09())


# ---- p10 RG007: Teams - buyer's engineer contradicts the written-release requirement
def p10():
    t = (
        "Chat: BMH-PO-3412 pilot cleats - Bluenose Marine / Bronces del Pacifico\n"
        "Exported 2025-04-11 16:05 (UTC-03:00)\n\n"
        "[4/1/2025 9:02 AM] Heather Campbell (Bluenose Marine)\n"
        "Morning Andres. PO BMH-PO-3412 is in your inbox: 8 pilot cleats (the 10\" mooring cleat, BMH-CL-10 rev A) "
        "only. The other 392 are not released. You'll get a written release from me once the salt-spray "
        "results are in and Kyle has signed off the pilots.\n\n"
        "[4/1/2025 9:40 AM] Andres Mejia (Bronces del Pacifico)\n"
        "Buenos dias Heather, understood: 8 pilot cleats, 392 on hold, bronze only for the 8.\n\n"
        "[4/8/2025 2:15 PM] Andres Mejia (Bronces del Pacifico)\n"
        "Pilot cleats arrived at your lab yesterday per tracking. The pattern is still on the moulding line.\n\n"
        "[4/10/2025 4:52 PM] Kyle Doucette (Bluenose Marine)\n"
        "Hey Andres, Kyle here from engineering. Pilots look really nice. Salt-spray comes out of the cabinet "
        "Tuesday. If they pass, just keep the line going on the other 392, no need to wait on paper from "
        "Heather, she's away at the boat show all next week anyway.\n\n"
        "[4/10/2025 5:03 PM] Andres Mejia (Bronces del Pacifico)\n"
        "Thank you Kyle 👍 we keep the pattern on the line then.\n"
    )
    return [("Teams_BMH-PO-3412_pilot_cleats.txt", t)]


case("p10_bmh_teams_keep_line_going", ["RG007"],
     "Buyer's engineer says passing salt-spray rolls straight into the 392 without the written release "
     "the buyer's PO requires (buyer contradicting own rule); scope/hold/event/person stated by Heather.",
     p10())


# ---- p11 RG007: multi-file - buyer PO + Hungarian supplier quote whose terms make sample approval a release
def p11():
    quote = pdf([
        ("h1", "ARAJANLAT / QUOTATION PU-2025-044"),
        ("p", "Precíz Uvegtechnika Kft. - 2600 Vac, Gyari ut 7 - Hungary"),
        ("p", "Customer: Saigon LabTech JSC, Ho Chi Minh City - Attn. Ms. Nguyen Thi Lan | Date: 2025-02-26"),
        ("table", [
            ["Item", "Description", "Qty", "Unit EUR", "Lead time"],
            ["1", "Separating funnel 500 ml, PTFE stopcock, borosilicate 3.3 - samples", "25", "38.00", "3 weeks"],
            ["2", "same - production quantity", "1,000", "21.50", "8 weeks"],
        ]),
        ("sp",),
        ("h", "Terms of sale (extract)"),
        ("small", "1. Prices EXW Vac, packing in cartons of 6 pcs included. 2. Payment 30 days net. "
                  "3. Validity 60 days. 4. Quantities +/- 3% for production lots."),
        ("small", "5. Glass to ISO 3585. Stopcock keys are not interchangeable between funnels."),
        ("small", "6. Claims within 14 days of receipt, with photographs."),
        ("small", "7. Written approval of the samples by the Customer shall constitute release of the full quoted "
                  "production quantity; no further order document is required."),
        ("small", "8. Hungarian law applies. Place of jurisdiction: Budapest."),
        ("p", "Farkas Zoltan - ertekesitesi vezeto / Sales Manager"),
    ], title="PU-2025-044", author="Preciz Uvegtechnika")
    po = pdf([
        ("h1", "PURCHASE ORDER SLT-PO-25-0318"),
        ("p", "Saigon LabTech JSC - 72 Nguyen Thi Minh Khai, District 3, Ho Chi Minh City - MST 0312345678"),
        ("p", "Supplier: Precíz Uvegtechnika Kft. (quotation PU-2025-044) | Date 2025-03-18 | CIP Ho Chi Minh City"),
        ("table", [
            ["No.", "Description", "Scope", "Qty", "Unit EUR", "Amount EUR"],
            ["1", "Separating funnel 500 ml, PTFE stopcock", "Samples", "25", "38.00", "950.00"],
        ]),
        ("sp",),
        ("p", "This PO releases 25 sample separating funnels only. The production quantity of 1,000 pcs in "
              "quotation PU-2025-044 is not released."),
        ("p", "Production may be released only by a written release signed by Ms. Nguyen Thi Lan, Purchasing "
              "Director, after the samples pass our incoming inspection and customer demonstration."),
        ("p", "Material: for the 25 samples only."),
        ("p", "Nguyen Thi Lan - Purchasing Director"),
    ], title="SLT-PO-25-0318", author="Saigon LabTech")
    return [("PO_SLT-PO-25-0318.pdf", po), ("Quotation_PU-2025-044.pdf", quote)]


case("p11_slt_quote_terms_sample_approval_releases", ["RG007"],
     "Supplier quote term 7: customer's written sample approval 'constitutes release of the full quoted "
     "production quantity' - implied auto-conversion, not an agreed recorded one; PO itself complete.",
     p11())


# ---- p12 RG007: large-company PO whose T&C page makes first-article approval start series production
def p12():
    tc = [
        ("h", "Prairie Power Systems Inc. - Standard Purchase Terms PPS-T-2024"),
        ("small", "1. Order of precedence: (a) the face of this Purchase Order, (b) these terms, (c) the drawing "
                  "and specification. Supplier's quotation terms do not form part of this order."),
        ("small", "2. Acknowledgement. Supplier shall acknowledge this order within five (5) business days."),
        ("small", "3. Packaging and labelling per PPS-SPEC-PK-02. Each carton labelled with PO, line, part and revision."),
        ("small", "4. Inspection. Buyer may inspect goods at Supplier's facility on 48 hours' notice."),
        ("small", "5. Invoices payable Net 60. Early payment discount 2% 10 days where offered."),
        ("small", "6. Intellectual property. Tooling paid by Buyer is Buyer's property, marked PPS, and insured by Supplier."),
        ("small", "7. First article. Supplier shall submit a first-article inspection report with the first "
                  "shipment of each new part or revision. Upon Buyer's approval of the first article, Supplier "
                  "shall commence series production of the remaining order quantity in accordance with the "
                  "delivery schedule."),
        ("small", "8. Termination for convenience. Buyer may terminate on written notice; Supplier is paid for "
                  "finished goods and work in process within released quantities."),
        ("small", "9. Governing law: Alberta."),
    ]
    blocks = [
        ("h1", "PURCHASE ORDER PPS-88154"),
        ("p", "Prairie Power Systems Inc., 4410 - 78 Avenue SE, Calgary AB T2C 2Y4 | Buyer: Greg Sawatzky"),
        ("table", [
            ["Supplier", "Date", "Terms", "FOB", "Currency"],
            ["Gabinetes Industriales de Queretaro SA de CV (vendor 7731)", "2025-03-12", "Net 60", "FCA Queretaro", "USD"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Part", "Rev", "Description", "Scope", "Qty", "Unit", "Ext."],
            ["1", "PPS-EN-6030", "C", "Wall-mount enclosure 600x300x210, powder RAL 7035", "First article",
             "5", "310.00", "1,550.00"],
            ["2", "PPS-EN-6030", "C", "same", "Production - not released", "495", "129.00", "63,855.00"],
        ]),
        ("sp",),
        ("p", "Release note: line 1 (5 first-article units) is released. Line 2 (495) is not released. Line 2 will "
              "be released only by a written release issued by Greg Sawatzky, Category Manager, after the FAI report "
              "is signed off by PPS Quality."),
        ("p", "Material authority: first-article units only."),
        ("pb",),
    ] + tc
    return [("PO_PPS-88154.pdf", pdf(blocks, pagesize=LETTER, title="PO PPS-88154", author="Prairie Power Systems"))]


case("p12_pps_tc_fa_commences_series", ["RG007"],
     "Face of PO is complete, but the buyer's own T&C clause 7 makes first-article approval start series "
     "production of the remaining quantity - implied auto-conversion.",
     p12())


# ---- p13 RG007: Vietnamese EMS - deemed acceptance after 5 working days, then mass production
def p13():
    buyer = (
        "From: Molnar Zsuzsanna <molnar.zsuzsanna@dunatech.hu>\n"
        "Sent: Tuesday, February 25, 2025 8:41 AM\n"
        "To: Pham Minh Tuan <tuan.pham@saigonems.vn>\n"
        "Subject: PO DT-4500-2231 PCBA DT-PSU-12 rev E\n\n"
        "Dear Tuan,\n\n"
        "PO DT-4500-2231 releases 50 sample PCBAs (DT-PSU-12 rev E) for our qualification. The remaining 9,950 "
        "pcs are not released. Production will be released only by my written release, after our "
        "qualification (HALT + 168 h burn-in) signs the samples off. Components for the 50 samples only.\n\n"
        "Udvozlettel,\nMolnar Zsuzsanna\nBeszerzesi vezeto / Purchasing Manager, Dunatech Elektronika Kft."
    )
    text = (
        "Dear Ms. Zsuzsanna,\n\n"
        "Good day. We are pleased to inform that the 50 sample PCBAs DT-PSU-12 rev E are shipped today by DHL, "
        "AWB 4471 2093 65, ETA Budapest 14 March. AOI and ICT reports are in the box.\n\n"
        "Kindly note our standard practice: if we do not receive your comments within 5 working days after "
        "delivery, the samples are considered accepted and we will start the mass production of the 9,950 pcs "
        "to keep your delivery in May.\n\n"
        "Thank you and best regards,\n"
        + sig("Pham Minh Tuan", "Key Account Manager", "Saigon EMS Co., Ltd - Tan Thuan EPZ, District 7",
              "+84 28 3555 7190")
        + "\n" + quote_lines(buyer) + "\n"
    )
    m = mail("Pham Minh Tuan <tuan.pham@saigonems.vn>", "Molnar Zsuzsanna <molnar.zsuzsanna@dunatech.hu>",
             "RE: PO DT-4500-2231 PCBA DT-PSU-12 rev E - samples shipped", "Mon, 10 Mar 2025 16:30:00 +0700", text,
             attachments=[("Packing_list_DT-4500-2231.html", html_page("Packing list PL-25-0310",
                 "<h3>SAIGON EMS CO., LTD &mdash; PACKING LIST PL-25-0310</h3>\n"
                 "<p>Consignee: Dunatech Elektronika Kft., Budaors &middot; PO DT-4500-2231 &middot; DHL AWB 4471 2093 65</p>\n"
                 "<table><tr><th>Carton</th><th>Item</th><th>Qty</th><th>N.W. kg</th><th>G.W. kg</th></tr>\n"
                 "<tr><td>1/2</td><td>PCBA DT-PSU-12 rev E (samples)</td><td>25</td><td>1.9</td><td>3.1</td></tr>\n"
                 "<tr><td>2/2</td><td>PCBA DT-PSU-12 rev E (samples)</td><td>25</td><td>1.9</td><td>3.1</td></tr>\n"
                 "<tr><td colspan=\"2\">Total</td><td>50</td><td>3.8</td><td>6.2</td></tr></table>\n"
                 "<p>ESD bags, MSL-3 dry pack, HS code 8504.90.</p>"), "text/html")])
    return [("RE_PO_DT-4500-2231_samples_shipped.eml", eml_bytes(m))]


case("p13_saigonems_deemed_acceptance", ["RG007"],
     "Supplier: no comments in 5 days = samples accepted and mass production of 9,950 starts - implied "
     "auto-conversion by silence; quoted buyer scope complete; AWB number decoy.",
     p13())


# ---- p14 RG001 RG003 RG004 RG005 RG007: WeChat, bare sample PO + supplier 'sample OK = produce remaining'
def p14():
    t = (
        "WeChat chat history export - \"Mostafa Ibrahim\" & \"Le Quang Vinh (Dong Nai Adv. Ceramics)\"\n"
        "==========================================================\n\n"
        "2025-04-07 10:12:09  Mostafa Ibrahim\n"
        "Good morning Mr. Vinh\n\n"
        "2025-04-07 10:13:30  Mostafa Ibrahim\n"
        "PO CFE-25-031 sent to your email for 8 pcs sample zirconia bushings, drawing CFE-ZB-14 rev 1.\n\n"
        "2025-04-07 10:14:02  Mostafa Ibrahim\n"
        "Mass production quantity 6,000 as your quotation.\n\n"
        "2025-04-07 11:40:51  Le Quang Vinh (Dong Nai Adv. Ceramics)\n"
        "Good morning Mr. Mostafa, PO received, thank you 🙏\n\n"
        "2025-04-07 11:42:17  Le Quang Vinh (Dong Nai Adv. Ceramics)\n"
        "Sample OK = we produce the remaining 5,992 pcs directly, same as last project, no need new PO.\n\n"
        "2025-04-07 11:42:40  Le Quang Vinh (Dong Nai Adv. Ceramics)\n"
        "Samples ready 25 April.\n\n"
        "2025-04-07 13:05:26  Mostafa Ibrahim\n"
        "Please send the samples by DHL, our account 958 221 430. Invoice to Cairo Fluid Engineering, "
        "Obour City.\n"
    )
    return [("WeChat_CFE_DongNaiCeramics.txt", t)]


case("p14_cfe_wechat_sample_ok_produce", ["RG001", "RG003", "RG004", "RG005", "RG007"],
     "Buyer's sample order (8) shows mass production 6,000 with no 'not released', no unlock event, no "
     "release person; supplier says sample OK rolls into the remaining 5,992.",
     p14())


# ---- p16 RG007 + RG009: Teams - engineer: once customer approves the mock-up, the 160 are approved too
def p16():
    t = (
        "Chat: PRI seat covers IC-coach refit - Pannon Rail / Textil Liberec\n"
        "Exported 2025-04-16 09:20 (UTC+02:00)\n\n"
        "[2025. 04. 03. 8:31] Szabo Eszter (Pannon Rail)\n"
        "Dobry den Radka, PO 4700-3318 is with you: 8 sample seat covers (moquette PRI-MQ-07, headrest cover "
        "with zip). Only 8. The remaining 152 are not released. I will send a written release after the mock-up "
        "seat has been signed off by our design team and the operator.\n\n"
        "[2025. 04. 03. 9:05] Radka Cerna (Textil Liberec)\n"
        "Thank you Eszter, 8 pcs sample, fabric for the 8 only. Mock-up covers ready 14.4.\n\n"
        "[2025. 04. 15. 16:47] Varga Bence (Pannon Rail)\n"
        "Hi Radka, Bence from project engineering. The operator comes for the mock-up on Thursday. Once the "
        "customer has approved the mock-up, consider the 160 seat covers approved too, no need to wait for "
        "another paper, we are late with the coach.\n\n"
        "[2025. 04. 15. 17:02] Radka Cerna (Textil Liberec)\n"
        "OK Bence, we prepare the cutting plan for 160 then.\n"
    )
    return [("Teams_PRI_seat_covers.txt", t)]


case("p16_pri_teams_mockup_approved_160", ["RG007", "RG009"],
     "Buyer's engineer: customer approval of the mock-up makes the 160 'approved too' without the written "
     "release (RG007); 'approved' used for technical mock-up approval and for production (RG009).",
     p16())
# ---- p17 RG003 RG004 RG005 RG011: Irish cabinetmaker's bare sample PO, words and digits disagree
def p17():
    blocks = [
        ("h1", "PURCHASE ORDER  No. 0231"),
        ("p", "Murphy & Daughters Cabinetmakers, Unit 4, Ballyseedy Business Park, Tralee, Co. Kerry - VAT IE 6388112T"),
        ("p", "To: Dunamenti Butorvasalat Kft., Szigetszentmiklos, Hungary - attn. Nagy Peter"),
        ("p", "Date: 19/03/2025   Your quote: DBV-2025-131   Delivery: DAP Tralee, by 11/04/2025"),
        ("table", [
            ["Qty", "Description", "Unit EUR", "Total EUR"],
            ["24", "Clip-on soft-close hinge 110 deg, 35 mm cup, 0 mm crank, nickel - SAMPLES", "2.10", "50.40"],
            ["", "Mounting plates, cam adjust, 2 mm", "incl.", ""],
        ]),
        ("sp",),
        ("p", "Please supply twenty-four (42) sample soft-close hinges with plates as per your quote, for trial "
              "fitting on the Ballyseedy kitchen job (oak shaker doors, 22 mm)."),
        ("p", "Invoice to accounts@murphycabinets.ie. Payment by bank transfer 30 days."),
        ("p", "Thanks, Orla Murphy"),
    ]
    return [("PO_0231_Murphy_Cabinetmakers.pdf", pdf(blocks, title="PO 0231", author="Orla Murphy"))]


case("p17_murphy_words_vs_digits", ["RG003", "RG004", "RG005", "RG011"],
     "'twenty-four (42)' vs table 24 (RG011); small-shop sample PO never says the balance is not "
     "released, names no unlock event and no release person.",
     p17())


# ---- p18 RG011: Czech cover e-mail says 50 samples, the attached PO says 30
def p18():
    po = pdf([
        ("h1", "OBJEDNAVKA / PURCHASE ORDER c. 2025/0611"),
        ("p", "ELMONT Brno a.s., Videnska 112, 619 00 Brno | Supplier: ALUCAST Zlin s.r.o., Prstne 12, 760 01 Zlin"),
        ("p", "Datum 02.04.2025 | Payment 30 days | DAP Brno"),
        ("table", [
            ["Pol.", "Part", "Description", "Scope", "Qty", "CZK/ks"],
            ["1", "ELM-BOX-220 rev 4", "Die-cast enclosure AlSi9Cu3, IP66, powder RAL 7035", "Samples", "30 ks", "410,00"],
            ["2", "ELM-BOX-220 rev 4", "same", "Series - NOT RELEASED", "1 970 ks", "168,00"],
        ]),
        ("sp",),
        ("p", "This order releases item 1 only: 30 sample enclosures. Item 2 (1 970 ks) is not released."),
        ("p", "Item 2 will be released only by a written release signed by Ing. Tereza Novotna after sample sign-off "
              "by ELMONT quality (IP66 test, salt spray 240 h, dimensional report)."),
        ("p", "Material authority: sample-only."),
        ("p", "Ing. Tereza Novotna, vedouci nakupu"),
    ], title="Objednavka 2025/0611", author="ELMONT Brno")
    text = (
        "Dobry den pane Blaho,\n\n"
        "v priloze posilam objednavku 2025/0611 na vzorky.\n\n"
        "(English below for your QA colleague)\n\n"
        "Dear Mr. Blaha,\n\n"
        "attached is our PO 2025/0611 for the 50 sample enclosures ELM-BOX-220 rev 4. Please confirm the "
        "delivery date; we need the samples in Brno by CW 18 for the IP66 test.\n\n"
        "The series is not released, as written in the PO.\n\n"
        "S pozdravem / Best regards\n"
        + sig("Ing. Tereza Novotna", "vedouci nakupu / purchasing manager", "ELMONT Brno a.s.", "+420 541 555 602")
    )
    m = mail("Tereza Novotna <tereza.novotna@elmont.cz>", "Radek Blaha <blaha@alucast-zlin.cz>",
             "Objednavka 2025/0611 - vzorky / samples ELM-BOX-220", "Wed, 02 Apr 2025 10:18:00 +0200", text,
             attachments=[("Objednavka_2025-0611.pdf", po, PDF_MT)])
    return [("Objednavka_2025-0611_vzorky.eml", eml_bytes(m))]


case("p18_elmont_email_50_po_30", ["RG011"],
     "Cover e-mail: 'PO for the 50 sample enclosures'; attached PO releases 30 (series 1 970 on hold, "
     "named signer, event) - two documents of one order disagree.",
     p18())


# ---- p19 RG011: Mexican call-off export, lines sum to 800, total says 1,200
def p19():
    body = (
        "<h2>Grupo Refaccionario Norteno &mdash; Call-off / Liberacion de entrega</h2>\n"
        "<p>Call-off <b>CO-2025-014</b> under blanket PO 5500012390 &middot; Supplier: Hules y Tapetes Queretaro SA de CV "
        "(200871) &middot; Issued 2025-04-22 by Lupita Ramirez</p>\n"
        "<p>Part: TAP-UNI-4P-GR tapete universal 4 piezas gris / universal floor mat set, grey, spec ADB-ESP-118 rev 4</p>\n"
        "<table>\n<tr><th>Sched. line</th><th>Qty released</th><th>Delivery</th><th>Dock</th></tr>\n"
        "<tr><td>0010</td><td>400</td><td>WK 18</td><td>Apodaca D2</td></tr>\n"
        "<tr><td>0020</td><td>400</td><td>WK 20</td><td>Apodaca D2</td></tr>\n"
        "<tr><td><b>Total released this call-off</b></td><td><b>1,200</b></td><td></td><td></td></tr>\n</table>\n"
        "<table>\n<tr><th>Blanket summary</th><th>Qty</th></tr>\n"
        "<tr><td>Blanket quantity (commercial cover)</td><td>6,000</td></tr>\n"
        "<tr><td>Released before this call-off</td><td>1,600</td></tr>\n"
        "<tr><td>Not released after this call-off</td><td>balance on hold</td></tr>\n</table>\n"
        "<div class=\"note\">Quantities not in a call-off are not released. The next call-off is issued only "
        "in writing by Lupita Ramirez (Compras) after receipt of the previous call-off is confirmed at "
        "Apodaca. Material authority: released call-off quantities only.</div>\n"
        "<p style=\"font-size:11px;color:#666\">SAP SRM export &middot; CO-2025-014 &middot; 1/1</p>"
    )
    return [("GRN_calloff_CO-2025-014.html", html_page("CO-2025-014", body, lang="es"))]


case("p19_grn_calloff_lines_vs_total", ["RG011"],
     "Call-off schedule lines 400 + 400 = 800 but 'Total released this call-off: 1,200' - two statements "
     "of the authorized quantity in one document disagree.",
     p19())


# ---- p20 RG011: multi-file - Colombian release letter 1,500 vs buyer ERP export 1,250
def p20():
    letter = docx_bytes([
        ("h1", "LIBERACION DE PRODUCCION / PRODUCTION RELEASE LIB-2025-007"),
        ("p", "Herrajes Navales del Caribe S.A.S. - Cartagena | 2025-04-14"),
        ("p", "To: Bronces y Aceros del Valle S.A.S., Cali - Attn. Mauricio Lozano"),
        ("p", "Reference: PO HNC-2025-0140, deck hinge HNC-DH-90 AISI 316, PO quantity 5,000 pcs."),
        ("p", "Following the sample sign-off of 7 April 2025, we release the first production tranche of "
              "1,500 (one thousand five hundred) deck hinges under PO HNC-2025-0140."),
        ("p", "The balance of 3,500 hinges remains on hold. It will be released only by a further written release "
              "from Valentina Ospina after the 1,500 pass our incoming inspection in Cartagena."),
        ("p", "Material authority: for the 1,500 released hinges."),
        ("p", "Valentina Ospina - Gerente de Compras / Purchasing Manager"),
    ], author="Valentina Ospina")
    body = (
        "<h2>HNC &mdash; Portal de Proveedores &mdash; Liberaciones / Releases</h2>\n"
        "<p>PO HNC-2025-0140 &middot; Bronces y Aceros del Valle S.A.S. &middot; Part HNC-DH-90 &middot; "
        "exported 2025-04-15 06:00</p>\n"
        "<table>\n<tr><th>Release</th><th>Date</th><th>Released qty</th><th>Signed by</th><th>Status</th></tr>\n"
        "<tr><td>LIB-2025-007</td><td>2025-04-14</td><td>1,250</td><td>V. Ospina</td><td>ACTIVE</td></tr>\n"
        "</table>\n"
        "<table>\n<tr><th>PO quantity</th><th>Released</th><th>Not released (on hold)</th></tr>\n"
        "<tr><td>5,000</td><td>1,250</td><td>3,750</td></tr>\n</table>\n"
        "<p class=\"note\">Only released quantities may be produced. Further releases in writing by V. Ospina.</p>"
    )
    return [("Liberacion_LIB-2025-007.docx", letter),
            ("HNC_portal_releases_HNC-2025-0140.html", html_page("Releases HNC-2025-0140", body, lang="es"))]


case("p20_hnc_letter_1500_portal_1250", ["RG011"],
     "Release letter LIB-2025-007 releases 1,500 (balance 3,500); buyer's portal shows the same release as "
     "1,250 (not released 3,750).",
     p20())


# ---- p21 RG011: Egyptian ceramics acknowledgement transposes 48 into 84
def p21():
    ack = docx_bytes([
        ("h1", "ORDER ACKNOWLEDGEMENT OA-25-0219"),
        ("p", "Nile Technical Ceramics S.A.E. - 10th of Ramadan City, Industrial Zone A3"),
        ("p", "Customer: Delta Switchgear S.A.E. | Customer PO: DS/PUR/25/0207 | Date: 17 March 2025"),
        ("table", [
            ["Item", "Description", "Qty", "Unit EGP", "Delivery"],
            ["1", "Alumina bushing 96%, DS-ALB-20 rev A, samples", "84", "145.00", "7 April 2025"],
        ]),
        ("sp",),
        ("p", "We confirm receipt of your PO and acknowledge the sample order for 84 (eighty-four) pcs. "
              "Mass production quantity is not released, as stated in your PO; we wait for the written release "
              "from Eng. Hany Mostafa after sample sign-off."),
        ("p", "Eng. Nour El-Din Samir - Sales & Technical Office"),
    ], author="Nour El-Din Samir")
    buyer = (
        "From: Eng. Hany Mostafa <h.mostafa@deltaswitchgear.com.eg>\n"
        "Sent: Sunday, March 16, 2025 9:05 AM\n"
        "To: Nour El-Din Samir <nour.samir@niletechceramics.com>\n"
        "Subject: PO DS/PUR/25/0207 - alumina bushings DS-ALB-20\n\n"
        "Dear Eng. Nour,\n\n"
        "Kindly find our PO DS/PUR/25/0207: 48 (forty-eight) sample alumina bushings DS-ALB-20 rev A. The "
        "production balance of 4,952 pcs is not released. It will be released only by my written release after "
        "sample sign-off by our HV lab. Material for the 48 samples only.\n\n"
        "Best regards,\nEng. Hany Mostafa\nProcurement Manager, Delta Switchgear"
    )
    text = (
        "Dear Eng. Hany,\n\nGreetings. Kindly find attached our order acknowledgement OA-25-0219 for your PO "
        "DS/PUR/25/0207.\n\nBest regards,\nEng. Nour El-Din Samir\nNile Technical Ceramics S.A.E.\n\n"
        + quote_lines(buyer) + "\n"
    )
    m = mail("Nour El-Din Samir <nour.samir@niletechceramics.com>",
             "Eng. Hany Mostafa <h.mostafa@deltaswitchgear.com.eg>",
             "RE: PO DS/PUR/25/0207 - Order acknowledgement OA-25-0219", "Mon, 17 Mar 2025 12:30:00 +0200", text,
             attachments=[("OA-25-0219.docx", ack, DOCX_MT)])
    return [("OA-25-0219_DS-PUR-25-0207.eml", eml_bytes(m))]


case("p21_nile_ack_84_vs_po_48", ["RG011"],
     "Supplier acknowledgement (DOCX) confirms 84 (eighty-four) sample pcs; quoted buyer PO says 48 "
     "(forty-eight) - one order, two authorized quantities.",
     p21())


# ---- p22 RG004 RG005 RG011: Mexican WhatsApp, 15 then 20 samples, rest on hold 'until further notice'
def p22():
    t = (
        "14/04/25, 9:12 a. m. - Los mensajes y las llamadas estan cifrados de extremo a extremo.\n"
        "14/04/25, 9:20 a. m. - Memo Saldivar: Javi buenos dias\n"
        "14/04/25, 9:21 a. m. - Memo Saldivar: Send me 15 pcs of the coil spring samples for the 2\" lift kit "
        "(the Tacoma one, drawing SOR-CS-2T rev B). PO SOR-0388 going out today from the office\n"
        "14/04/25, 9:40 a. m. - Javier Tornos del Norte: Buenos dias Memo, ok. Wire 14 mm 5160 we have in stock\n"
        "14/04/25, 9:41 a. m. - Javier Tornos del Norte: Samples in 10 days aprox\n"
        "16/04/25, 6:55 p. m. - Memo Saldivar: Javi, as agreed: the 20 samples. The rest of the 500 stays on "
        "hold until further notice\n"
        "16/04/25, 6:56 p. m. - Memo Saldivar: Powder coat black please, not red\n"
        "16/04/25, 7:30 p. m. - Javier Tornos del Norte: 👍\n"
    )
    return [("WhatsApp Chat with Javier Tornos del Norte.txt", t)]


case("p22_sor_whatsapp_15_then_20", ["RG004", "RG005", "RG011"],
     "Buyer asks for 15 samples, later 'as agreed: the 20 samples' with no correction (RG011); rest of 500 "
     "on hold 'until further notice' - no unlock event, no release person.",
     p22())


# ---- p23 RG011: Hungarian framework call-off, European formats disagree (1.200 vs 1.020)
def p23():
    blocks = [
        ("h1", "LEHIVAS / CALL-OFF No. 7"),
        ("p", "Keretszerzodes / Framework agreement BLT-KSZ-2024-03 - sight glass DN50, borosilicate 3.3, "
              "marking per DIN 7080, drawing BLT-SG-50 rev 6"),
        ("p", "Budapest Labortechnika Zrt. -> Precíz Uvegtechnika Kft. | 2025. majus 5."),
        ("p", "Ezzel a lehivassal / With this call-off we release 1.200 db (pcs) sight glasses DN50 for production "
              "and delivery in two lots."),
        ("table", [
            ["Tetel / Item", "Megnevezes / Description", "Mennyiseg / Qty (db)", "Szallitas / Delivery"],
            ["1", "Sight glass DN50, 15 mm, tempered", "1.020", "2025-06-16 (two lots)"],
        ]),
        ("sp",),
        ("p", "A keretszerzodes tovabbi mennyisegei nincsenek lehivva. / Further quantities under the framework "
              "are not released; each needs the next numbered call-off signed by Kovacs Gabor, Head of Procurement."),
        ("p", "Material authority: for this call-off's quantity only."),
        ("p", "Kovacs Gabor - beszerzesi vezeto"),
    ]
    return [("Lehivas_BLT-KSZ-2024-03_No7.docx", docx_bytes(blocks, author="Kovacs Gabor"))]


case("p23_blt_calloff_1200_vs_1020", ["RG011"],
     "Call-off text releases '1.200 db' (1,200), the table says '1.020' (1,020) - European-format "
     "quantities disagree inside one document.",
     p23())


# ---- p24 RG011: Canadian PO, scope note says 250 released, table column says 500
def p24():
    blocks = [
        ("h1", "PURCHASE ORDER PPS-88201"),
        ("p", "Prairie Power Systems Inc., Calgary AB | Buyer: Greg Sawatzky, Category Manager | 2025-04-01"),
        ("p", "Supplier: Gabinetes Industriales de Queretaro SA de CV | FCA Queretaro | Net 60 | USD"),
        ("table", [
            ["Line", "Part", "Rev", "Ordered", "Released now", "Not released", "Unit", "Need date"],
            ["1", "PPS-EN-6030", "C", "2,000", "500", "1,500", "129.00", "2025-05-30"],
        ]),
        ("sp",),
        ("h", "Release scope"),
        ("p", "This PO releases 250 enclosures (release 1) for production. The remaining 1,750 are commercial "
              "cover and are not released."),
        ("p", "Each further release will be issued in writing by Greg Sawatzky after the previous release has "
              "passed receiving inspection."),
        ("p", "Material authority: released quantity only."),
        ("pb",),
        ("h", "Standard Purchase Terms PPS-T-2024 (extract)"),
        ("small", "Order of precedence: face of the PO, these terms, drawings. Acknowledge within five business "
                  "days. Invoices Net 60. Packaging per PPS-SPEC-PK-02. Governing law: Alberta."),
    ]
    return [("PO_PPS-88201.pdf", pdf(blocks, pagesize=LETTER, title="PO PPS-88201", author="Prairie Power Systems"))]


case("p24_pps_note_250_table_500", ["RG011"],
     "Scope note releases 250 (1,750 not released) but the line table shows 'Released now 500 / Not "
     "released 1,500' - conflicting authorized quantities in one PO.",
     p24())


# ---- p25 RG002 RG011: Outlook thread - '2k' vs release form 2,500; then 'proceed as discussed'
def p25():
    t = (
        "From: Greg Sawatzky <gsawatzky@prairiepower.ca>\n"
        "Sent: Thursday, May 8, 2025 8:14 AM\n"
        "To: Lukas Vavra <vavra@pruziny-vsetin.cz>\n"
        "Subject: RE: Release R-02 - PPS-SP-118 torsion springs\n\n"
        "Thanks Lukas. Please proceed as discussed on the call.\n\n"
        "Greg\n\n"
        "From: Lukas Vavra <vavra@pruziny-vsetin.cz>\n"
        "Sent: Wednesday, May 7, 2025 5:40 PM\n"
        "To: Greg Sawatzky <gsawatzky@prairiepower.ca>\n"
        "Subject: RE: Release R-02 - PPS-SP-118 torsion springs\n\n"
        "Dear Greg,\n\n"
        "thank you for the call today. As said, our wire delivery comes on Monday, the coiling machine is "
        "free from Tuesday. We are waiting for your decision.\n\n"
        "Best regards\nLukas Vavra\nPruziny Vsetin s.r.o. | obchod / sales | +420 571 555 330\n\n"
        "From: Greg Sawatzky <gsawatzky@prairiepower.ca>\n"
        "Sent: Tuesday, May 6, 2025 3:02 PM\n"
        "To: Lukas Vavra <vavra@pruziny-vsetin.cz>\n"
        "Subject: Release R-02 - PPS-SP-118 torsion springs\n\n"
        "Hi Lukas,\n\n"
        "Release R-02 for 2k springs, form below. R-01 (1,000) was received OK last week.\n\n"
        "    +----------------------------------------------------------+\n"
        "    | PRAIRIE POWER SYSTEMS - PRODUCTION RELEASE FORM PR-7     |\n"
        "    | PO: PPS-88077        PART: PPS-SP-118 rev B              |\n"
        "    | RELEASE NO: R-02     DATE: 2025-05-06                    |\n"
        "    | QTY RELEASED: 2,500 PCS                                  |\n"
        "    | PO TOTAL: 10,000   RELEASED TO DATE INCL. R-02: 3,500    |\n"
        "    | NOT RELEASED: 6,500 - ON HOLD                            |\n"
        "    | NEXT RELEASE: WRITTEN, BY G. SAWATZKY, AFTER RECEIVING   |\n"
        "    |   INSPECTION OF R-02                                     |\n"
        "    | MATERIAL AUTHORITY: RELEASED QTY ONLY                    |\n"
        "    | SIGNED: G. SAWATZKY, CATEGORY MANAGER                    |\n"
        "    +----------------------------------------------------------+\n\n"
        "Greg Sawatzky | Category Manager | Prairie Power Systems Inc. | 403 555 0166\n"
    )
    return [("RE_Release_R-02_PPS-SP-118.txt", t)]


case("p25_pps_2k_vs_2500_proceed", ["RG002", "RG011"],
     "Release R-02 '2k springs' in the mail vs form 'QTY RELEASED: 2,500' (RG011); latest 'Please proceed "
     "as discussed on the call' names no quantity (RG002).",
     p25())
# ---- p26 RG010: Mexican WhatsApp - "make however many trial pieces you need"
def p26():
    t = (
        "02/05/25, 8:05 a. m. - Los mensajes y las llamadas estan cifrados de extremo a extremo.\n"
        "02/05/25, 8:10 a. m. - Alejandra Trevino: Don Chuy buenos dias! 🙂\n"
        "02/05/25, 8:11 a. m. - Alejandra Trevino: The billet intake adapter for the Mustang 5.0, drawing "
        "TRP-IA-50 rev 3, PO TRP-2025-061 by email\n"
        "02/05/25, 8:13 a. m. - Alejandra Trevino: Please make the trial pieces, however many you need for the "
        "fit-up on the test cars at the track\n"
        "02/05/25, 8:14 a. m. - Alejandra Trevino: The 400 for production are NOT released. After the fit-up I "
        "send you the written release myself, nobody else. Material only for the trial pieces please\n"
        "02/05/25, 9:32 a. m. - Tornos Guadalupe (Don Chuy): Buenos dias Ing. Ale, con gusto\n"
        "02/05/25, 9:33 a. m. - Tornos Guadalupe (Don Chuy): 6061-T6 ok? anodizado negro?\n"
        "02/05/25, 9:40 a. m. - Alejandra Trevino: Yes 6061-T6, black anodize type II. Thread M8x1.25 for the "
        "IAT sensor\n"
        "02/05/25, 9:41 a. m. - Tornos Guadalupe (Don Chuy): 👍👍\n"
    )
    return [("WhatsApp Chat with Tornos Guadalupe.txt", t)]


case("p26_trp_whatsapp_however_many", ["RG010"],
     "Buyer authorizes 'the trial pieces, however many you need' - no active quantity; 400 not released, "
     "fit-up + written release by the sender; M8x1.25 / 5.0 / rev 3 decoys.",
     p26())


# ---- p27 RG010: Canadian PO, sample line quantity 'per quote' (quote not in bundle)
def p27():
    blocks = [
        ("h1", "PURCHASE ORDER 4500-119044"),
        ("p", "Northbridge Controls Inc. | 2150 Argentia Road, Mississauga ON L5N 2K7"),
        ("table", [
            ["Supplier", "PO date", "Terms", "Incoterms", "Buyer"],
            ["Saigon EMS Co., Ltd (vendor 106210)", "2025-03-24", "Net 45", "FCA Ho Chi Minh City",
             "Karen Whitfield"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Part / Rev", "Description", "Scope", "Qty", "Unit USD", "Extended"],
            ["10", "NB-CTL-52 / A", "PCBA controller, EVT build", "SAMPLE", "per quote SE-Q-1203", "per quote",
             "per quote"],
            ["20", "NB-CTL-52 / A", "PCBA controller, production", "PRODUCTION - NOT RELEASED", "5,000", "21.40",
             "107,000.00"],
        ]),
        ("sp",),
        ("h", "Release scope"),
        ("p", "Line 10: EVT samples per supplier quote SE-Q-1203 are authorized now."),
        ("p", "Line 20 (5,000) is not released. It will be released only by a written production release from "
              "Karen Whitfield, Manager, Strategic Sourcing, after the EVT report is signed off by Northbridge "
              "Hardware Engineering."),
        ("p", "Material authority: sample-only (components for the line 10 samples)."),
        ("pb",),
    ] + TC_NORTH
    return [("PO_4500-119044.pdf", pdf(blocks, pagesize=LETTER, title="PO 4500-119044", author="Northbridge Controls SAP"))]


case("p27_nbc_po_sample_qty_per_quote", ["RG010"],
     "Sample line quantity is only 'per quote SE-Q-1203' (quote not in bundle): the quantity authorized "
     "now is never stated; line 20 hold, event and named releaser present.",
     p27())


# ---- p28 RG004 RG010: Czech release letter, 'first production tranche', no number, no event
def p28():
    blocks = [
        ("h1", "UVOLNENI VYROBY / PRODUCTION RELEASE c. UV-2025-12"),
        ("p", "CeskoRail Interiery a.s., Dukelska 1420, 560 02 Ceska Trebova"),
        ("p", "Dodavatel / Supplier: LUMEN-TECH s.r.o., Jablonec nad Nisou | Datum: 22.04.2025"),
        ("p", "Vec / Subject: LED reading lamp housing CRI-RL-120 rev 5, PO 4510-2291"),
        ("p", "Vazeni / Dear Mr. Holub,"),
        ("p", "the samples of the reading lamp housing have been signed off by our design and quality departments "
              "on 17.04.2025 (report Q-SO-2025-044)."),
        ("p", "We hereby release the first production tranche of CRI-RL-120 rev 5 under PO 4510-2291. Please "
              "confirm the delivery date for this tranche to our Ceska Trebova plant, gate 3."),
        ("p", "The remaining quantities of the PO stay on hold. They may only be released by Ing. Martin Kucera, "
              "purchasing director."),
        ("p", "Packaging: KLT 6428 boxes, 30 pcs per box, labels per VDA 4902."),
        ("p", "S pozdravem / Best regards"),
        ("p", "Ing. Martin Kucera, reditel nakupu / purchasing director"),
    ]
    return [("Uvolneni_UV-2025-12.docx", docx_bytes(blocks, author="Martin Kucera"))]


case("p28_cri_first_tranche_no_qty", ["RG004", "RG010"],
     "Release letter releases 'the first production tranche' without a quantity (RG010); the rest is on "
     "hold and only a person is named, no unlock event (RG004); KLT 6428 / 30 per box / VDA 4902 decoys.",
     p28())


# ---- p29 RG002 RG010: Teams, 'green light on the next lot'
def p29():
    t = (
        "Chat: Northbridge / Minh Phat - springs framework FA-NB-2025-03\n"
        "Exported 2025-05-20 18:02 (UTC-04:00)\n\n"
        "[2025-01-14 09:30] Priya Raman (Northbridge Controls)\n"
        "Hi Hai, Hong - for the record in this chat: framework FA-NB-2025-03 for NB-SPR-0932 has a ceiling of "
        "60,000 springs for 2025. The ceiling is not a commitment and not a release. Each lot is released by a "
        "written call-off from me; everything not called off stays on hold.\n\n"
        "[2025-01-14 10:02] Tran Van Hai (Minh Phat Springs)\n"
        "Well noted Ms. Priya, thank you.\n\n"
        "[2025-04-03 15:20] Ngo Thi Hong (Minh Phat Springs)\n"
        "Ms. Priya, the last lot arrived Mississauga on Monday per tracking. Do you want the next lot?\n\n"
        "[2025-05-20 17:48] Priya Raman (Northbridge Controls)\n"
        "Hong - green light on the next lot 👍 same as last time, ship by sea please.\n\n"
        "[2025-05-20 17:55] Ngo Thi Hong (Minh Phat Springs)\n"
        "Received, thank you. We schedule the coiling.\n"
    )
    return [("Teams_FA-NB-2025-03_springs.txt", t)]


case("p29_nbc_teams_green_light_next_lot", ["RG002", "RG010"],
     "'green light on the next lot, same as last time' - approval naming no quantity (RG002) and a call-off "
     "without an active quantity (RG010); ceiling labelled not a commitment; hold/event/person stated.",
     p29())


# ---- p30 RG010: Egyptian portal release notice with empty quantity field
def p30():
    body = (
        "<h2>Delta Switchgear &mdash; Supplier Portal &mdash; Release Notice</h2>\n"
        "<table>\n<tr><th>Field</th><th>Value</th></tr>\n"
        "<tr><td>Release notice</td><td>RN-2025-0044</td></tr>\n"
        "<tr><td>PO</td><td>DS/PUR/25/0231</td></tr>\n"
        "<tr><td>Supplier</td><td>Nile Technical Ceramics S.A.E. (V-0318)</td></tr>\n"
        "<tr><td>Part</td><td>DS-INS-M12-80 rev A, alumina stand-off insulator</td></tr>\n"
        "<tr><td>PO quantity</td><td>3,000</td></tr>\n"
        "<tr><td>Released to date (before this notice)</td><td>500 (release 1)</td></tr>\n"
        "<tr><td>Release quantity (this notice)</td><td>&mdash;</td></tr>\n"
        "<tr><td>Status</td><td>Release 2 authorized</td></tr>\n"
        "<tr><td>Authorized by</td><td>Eng. Hany Mostafa, Procurement Manager</td></tr>\n"
        "<tr><td>Date</td><td>2025-04-28</td></tr>\n</table>\n"
        "<p class=\"note\">Comment: Release 2 authorized per production plan. The remaining balance stays on hold; "
        "the next release will be issued by Eng. Hany Mostafa in writing after incoming inspection of release 2. "
        "Material authority: release 2 quantity only.</p>\n"
        "<p style=\"font-size:11px;color:#666\">DSG portal 3.4 &middot; printed by n.samir &middot; 2025-04-28 13:02</p>"
    )
    return [("DSG_portal_RN-2025-0044.html", html_page("Release notice RN-2025-0044", body))]


case("p30_dsg_portal_release_qty_blank", ["RG010"],
     "Portal release notice 'Release 2 authorized per production plan' with the quantity field empty; "
     "only PO quantity and earlier release shown; hold, event and named authority present.",
     p30())


# ---- p31 RG010: Irish buyer, 'start the pilot build' with numbers that are only identifiers
def p31():
    text = (
        "Hi Radek,\n\n"
        "Good news, the design review went fine yesterday, so you can start the pilot build of the pump "
        "housing, part no. 4000-120 rev 12, for the Galway line trial.\n\n"
        "Use the 6082-T6 120 mm round bar as quoted, and the thread inserts from Böllhoff (M6, 500 series). "
        "Anodise clear, 15-20 micron.\n\n"
        "The production batch is not released. After the line trial is signed off by Dr. Aoife Walsh (process "
        "engineering) I'll send you a written release for production, and that's my call alone. Until then "
        "please buy bar for the pilot build only.\n\n"
        "Can you send me a date for the pilot parts? The line trial is pencilled in for week 24.\n\n"
        "Thanks a mil,\nCiaran"
        + sig("Ciaran Byrne", "Purchasing Lead", "Shannon Lab Systems Ltd, Shannon Free Zone, Co. Clare",
              "+353 61 555 204")
    )
    m = mail("Ciaran Byrne <ciaran.byrne@shannonlab.ie>", "Radek Blaha <blaha@alucast-zlin.cz>",
             "Pump housing 4000-120 rev 12 - pilot build", "Wed, 21 May 2025 09:40:00 +0100", text,
             html=html_from_text(text))
    return [("Pump_housing_4000-120_pilot_build.eml", eml_bytes(m))]


case("p31_shannon_pilot_build_no_qty", ["RG010"],
     "Buyer starts 'the pilot build' without stating how many; only identifiers look like quantities "
     "(4000-120, rev 12, 120 mm, M6, 500 series, week 24); hold, event, named releaser present.",
     p31())
# ---- p32 RG012: Colombian foundry - PO accepted, so the full 1,000 is scheduled
def p32():
    buyer = (
        "From: Heather Campbell <hcampbell@bluenosemarine.ca>\n"
        "Sent: Tuesday, April 8, 2025 10:14 AM\n"
        "To: Andres Mejia <amejia@broncespacifico.com.co>\n"
        "Subject: BMH-PO-3455 - 6\" bronze chocks\n\n"
        "Hi Andres,\n\n"
        "PO BMH-PO-3455 attached: 20 sample chocks (BMH-CH-06 rev A). The other 980 on your quote are not "
        "released. After the samples pass 500 h salt spray and our sign-off, I will send a written release for "
        "production. Bronze for the 20 samples only, please.\n\n"
        "Thanks,\nHeather Campbell\nPurchasing Manager, Bluenose Marine Hardware Ltd."
    )
    text = (
        "Dear Heather,\n\n"
        "Thank you for PO BMH-PO-3455. The PO is received and accepted in our system, so we have scheduled "
        "the full 1,000 chocks for foundry week 32 to hold your delivery for the autumn season.\n\n"
        "The 20 samples will be poured first, in week 17.\n\n"
        "Best regards,\nAndres Mejia\nComercial - Bronces del Pacifico S.A.S.\n+57 602 555 3320\n\n"
        + quote_lines(buyer) + "\n"
    )
    m = mail("Andres Mejia <amejia@broncespacifico.com.co>", "Heather Campbell <hcampbell@bluenosemarine.ca>",
             "RE: BMH-PO-3455 - 6\" bronze chocks", "Wed, 09 Apr 2025 09:05:00 -0500", text)
    return [("RE_BMH-PO-3455_chocks.eml", eml_bytes(m))]


case("p32_bronces_po_accepted_full_scheduled", ["RG012"],
     "Supplier treats PO acceptance as authority to schedule the full 1,000 while only 20 samples are "
     "released; quoted buyer scope complete.",
     p32())


# ---- p34 RG012: multi-file - Hungarian buyer PO + Vietnamese proforma: production starts on advance
def p34():
    po = pdf([
        ("h1", "MEGRENDELES / PURCHASE ORDER DT-4500-2260"),
        ("p", "Dunatech Elektronika Kft., 2040 Budaors, Gyar utca 2 | Adoszam 12345678-2-13"),
        ("p", "Supplier: Minh Phat Precision Springs Co., Ltd | Date 2025-03-25 | CIP Budapest | Payment 30 days"),
        ("table", [
            ["Tetel", "Part", "Description", "Scope", "Qty", "Unit USD"],
            ["1", "DT-CS-07 rev B", "Contact spring, CuBe2, gold flash", "Samples", "100", "0.95"],
        ]),
        ("sp",),
        ("p", "This order releases 100 sample contact springs. The production quantity of 19,900 pcs from your "
              "quotation is not released."),
        ("p", "Production will be released only by a written release from Molnar Zsuzsanna, Purchasing Manager, after "
              "sample sign-off by Dunatech quality (contact force, plating thickness)."),
        ("p", "Material authority: sample-only."),
        ("p", "Molnar Zsuzsanna - Beszerzesi vezeto"),
    ], title="DT-4500-2260", author="Dunatech")
    pi = pdf([
        ("h1", "PROFORMA INVOICE PI-MP-25-0177"),
        ("p", "MINH PHAT PRECISION SPRINGS CO., LTD - Binh Duong, Viet Nam - Tax code 3701234567"),
        ("p", "Buyer: Dunatech Elektronika Kft., Budaors, Hungary | Your PO: DT-4500-2260 | Date: 27 Mar 2025"),
        ("table", [
            ["No.", "Description", "Qty (pcs)", "Unit USD", "Amount USD"],
            ["1", "Contact spring DT-CS-07 rev B - samples", "100", "0.95", "95.00"],
            ["2", "Contact spring DT-CS-07 rev B - mass production", "19,900", "0.061", "1,213.90"],
            ["", "Total", "", "", "1,308.90"],
        ]),
        ("sp",),
        ("p", "Payment terms: 30% advance by T/T = USD 392.67; balance 70% before shipment."),
        ("p", "Production of all 20,000 pcs commences upon receipt of the 30% advance. Samples are shipped by "
              "air first, mass production by sea."),
        ("p", "Bank: Vietcombank Binh Duong, SWIFT BFTVVNVX, A/C 0281 000 555 018."),
        ("p", "Tran Van Hai - Sales Manager"),
    ], title="PI-MP-25-0177", author="Minh Phat")
    return [("PO_DT-4500-2260.pdf", po), ("Proforma_PI-MP-25-0177.pdf", pi)]


case("p34_minhphat_proforma_advance_starts", ["RG012"],
     "Supplier proforma: 'Production of all 20,000 pcs commences upon receipt of the 30% advance' while the "
     "PO releases 100 samples (19,900 not released, named releaser, sign-off event).",
     p34())


# ---- p37 RG002 RG012: Teams - buyer's AP clerk: tooling invoice paid, "You're good to run."
def p37():
    t = (
        "Chat: PPS-88120 pilot enclosures - Prairie Power / GIQ\n"
        "Exported 2025-04-25 10:11 (UTC-06:00)\n\n"
        "[3/28/2025 8:45 AM] Greg Sawatzky (Prairie Power Systems)\n"
        "Hola Sofia - PO PPS-88120 is out: 4 pilot enclosures PPS-EN-4020 rev A only. The other 196 are not "
        "released. I'll send a written release after our FAI sign-off. Sheet for the 4 pilots only please.\n\n"
        "[3/28/2025 9:10 AM] Ing. Sofia Castaneda (GIQ)\n"
        "Buenos dias Greg, understood. 4 pilots, 196 on hold. We need the punch die first, invoice INV-2291 "
        "for the tooling is in your AP.\n\n"
        "[4/24/2025 4:37 PM] Dana Kowalchuk (Prairie Power Systems - Accounts Payable)\n"
        "Hi Sofia, Dana from AP at Prairie Power. Tooling invoice INV-2291 for the punch die was paid today, "
        "wire ref PPS-W-55120. You're good to run.\n\n"
        "[4/24/2025 5:02 PM] Ing. Sofia Castaneda (GIQ)\n"
        "Thank you Dana! Payment received.\n"
    )
    return [("Teams_PPS-88120_pilot_enclosures.txt", t)]


case("p37_pps_teams_paid_good_to_run", ["RG002", "RG012"],
     "Buyer's AP: tooling invoice paid, 'You're good to run' - payment presented as the go signal (RG012) "
     "and an approval with no scope or quantity (RG002); Greg's scope complete.",
     p37())


# ---- p38 RG002: multi-file - Irish buyer PO + reply 'all looks grand - approved' on the FAI mail
def p38():
    po = pdf([
        ("h1", "PURCHASE ORDER WMF-2207"),
        ("p", "Wicklow Marine Fittings Ltd, Murrough Industrial Estate, Wicklow Town, A67 X2W8 | VAT IE 9812345K"),
        ("p", "Supplier: Hai Phong Marine Castings Co., Ltd, Hai Phong, Viet Nam | Date 2025-02-17 | FOB Hai Phong"),
        ("table", [
            ["Line", "Part", "Description", "Scope", "Qty", "Unit EUR"],
            ["1", "WMF-TH-38 rev C", "Through-hull fitting 1 1/2\" BSP, bronze CuSn5Zn5Pb5", "Sample", "5", "22.00"],
            ["2", "WMF-TH-38 rev C", "same", "Production - not released", "495", "9.40"],
        ]),
        ("sp",),
        ("p", "Scope: line 1 (5 samples) is released. Line 2 (495) is not released and must not be started."),
        ("p", "Line 2 will be released only by a written release from Niamh Kavanagh, Purchasing Manager, after the "
              "samples pass the pressure test (10 bar, 10 min) and sample sign-off by our QA."),
        ("p", "Material authority: sample-only."),
        ("p", "Niamh Kavanagh, Purchasing Manager - niamh.kavanagh@wicklowmarine.ie"),
    ], title="WMF-2207", author="Wicklow Marine")
    supplier = (
        "On Tue, 25 Mar 2025 at 04:12, Do Thanh Huong <huong.do@haiphongcastings.vn> wrote:\n"
        "Dear Ms. Niamh,\n"
        "Good day. Please find attached the FAI report for the 5 sample bronze through-hull fittings "
        "WMF-TH-38 rev C under PO WMF-2207: dimensions 42/42 OK, chemical composition per EN 1982 OK, "
        "pressure test 10 bar 10 min OK on all 5. Samples shipped by FedEx, AWB 7781 2290 4410.\n"
        "Thank you and best regards,\n"
        "Do Thanh Huong, QA Engineer"
    )
    text = (
        "Thanks Huong, all looks grand - approved.\n\n"
        "Talk next week about the shipping.\n\n"
        "Niamh"
        + sig("Niamh Kavanagh", "Purchasing Manager", "Wicklow Marine Fittings Ltd", "+353 404 555 61")
        + "\n" + quote_lines(supplier) + "\n"
    )
    m = mail("Niamh Kavanagh <niamh.kavanagh@wicklowmarine.ie>", "Do Thanh Huong <huong.do@haiphongcastings.vn>",
             "RE: FAI report WMF-TH-38 rev C - PO WMF-2207", "Tue, 25 Mar 2025 09:47:00 +0000", text)
    return [("PO_WMF-2207.pdf", po), ("RE_FAI_report_WMF-TH-38.eml", eml_bytes(m))]


case("p38_wmf_all_looks_grand_approved", ["RG002"],
     "Two-file bundle: complete sample PO; buyer's reply to the FAI report 'all looks grand - approved' "
     "without saying sample-only or which quantity.",
     p38())


# ---- p41 RG002: multi-file - Egyptian incoming sample inspection report stamped 'APPROVED - OK TO RUN' + PO (HTML)
def p41():
    report = pdf([
        ("h1", "SAMPLE INSPECTION REPORT SIR-25-031"),
        ("p", "Delta Switchgear S.A.E. - Incoming Quality - 6th of October City"),
        ("table", [
            ["Supplier", "Part", "PO", "Samples received", "Date"],
            ["Nile Technical Ceramics", "DS-CHI-30 rev B ceramic heater insulator", "DS/PUR/25/0244", "10 pcs",
             "2025-04-20"],
        ]),
        ("sp",),
        ("table", [
            ["Characteristic", "Spec", "Result (min-max)", "OK/NOK"],
            ["Outer diameter", "30.0 +/- 0.2", "29.91 - 30.08", "OK"],
            ["Bore", "12.0 +0.1/0", "12.02 - 12.07", "OK"],
            ["Length", "45.0 +/- 0.3", "44.86 - 45.12", "OK"],
            ["Dielectric strength 1 min", ">= 20 kV", "25 kV no breakdown", "OK"],
            ["Water absorption", "< 0.02%", "0.00%", "OK"],
        ]),
        ("sp",),
        ("p", "Disposition: APPROVED - OK TO RUN"),
        ("p", "Inspector: Eng. Salma Fawzy   |   QA Manager: Eng. Tarek Nabil   |   2025-04-22"),
    ], title="SIR-25-031", author="Delta Switchgear QA")
    body = (
        "<h2>Delta Switchgear &mdash; Purchase Order DS/PUR/25/0244</h2>\n"
        "<p>Supplier: Nile Technical Ceramics S.A.E. &middot; Date 2025-03-30 &middot; Payment 45 days</p>\n"
        "<table>\n<tr><th>Item</th><th>Part</th><th>Scope</th><th>Qty</th><th>Unit EGP</th></tr>\n"
        "<tr><td>1</td><td>DS-CHI-30 rev B</td><td>Samples</td><td>10</td><td>210.00</td></tr>\n"
        "<tr><td>2</td><td>DS-CHI-30 rev B</td><td>Production &mdash; not released</td><td>1,990</td><td>64.00</td></tr>\n"
        "</table>\n"
        "<p class=\"note\">Item 1 (10 samples) is released. Item 2 (1,990 pcs) is not released. Item 2 will be "
        "released only by a written release from Eng. Hany Mostafa, Procurement Manager, after sample sign-off by "
        "Incoming Quality. Material authority: sample-only.</p>"
    )
    return [("SIR-25-031_sample_inspection.pdf", report),
            ("PO_DS-PUR-25-0244.html", html_page("PO DS/PUR/25/0244", body))]


case("p41_dsg_sir_approved_ok_to_run", ["RG002"],
     "Buyer's sample inspection report disposition 'APPROVED - OK TO RUN' names neither sample-only nor "
     "a quantity; PO in the bundle is complete.",
     p41())


# ---- p42 RG002 RG009: Mexican buyer - PO approved, samples approved, 'so you are approved'
def p42():
    po = pdf([
        ("h1", "ORDEN DE COMPRA 4500099305"),
        ("p", "Grupo Refaccionario Norteno SA de CV - Apodaca, N.L. | Proveedor: Plasticos Tecnicos de Saltillo"),
        ("p", "Fecha 2025-03-03 | Condiciones: 60 dias | FCA Saltillo"),
        ("table", [
            ["Pos.", "Parte", "Descripcion", "Alcance", "Cant.", "MXN"],
            ["10", "GRN-FL-3320 rev A", "Guardafango / fender flare LH, TPO texturizado", "Muestras / samples", "12", "310.00"],
            ["20", "GRN-FL-3320 rev A", "same", "Produccion - NO LIBERADA / not released", "2,988", "118.00"],
        ]),
        ("sp",),
        ("p", "Only position 10 (12 samples) is released. Position 20 (2,988) is not released. Position 20 will "
              "be released only by a written production release from Lupita Ramirez after PPAP sign-off by our SQE."),
        ("p", "Material authority: sample-only."),
        ("p", "Lupita Ramirez - Compras"),
    ], title="OC 4500099305", author="GRN")
    text = (
        "Rodrigo, buenas tardes.\n\n"
        "Good news: the PO is approved by finance and the samples were approved by engineering, so you are "
        "approved.\n\n"
        "Please send me the updated delivery plan by Friday. I attach the PO again for your file.\n\n"
        "Saludos,\n"
        + sig("Lupita Ramirez", "Compras", "Grupo Refaccionario Norteno SA de CV", "+52 81 5555 2214")
    )
    m = mail("Lupita Ramirez <lupita.ramirez@grnorteno.com.mx>", "Rodrigo Hernandez <rhernandez@plastecsaltillo.mx>",
             "OC 4500099305 fender flares - update", "Thu, 03 Apr 2025 16:20:00 -0600", text,
             attachments=[("OC_4500099305.pdf", po, PDF_MT)])
    return [("OC_4500099305_update.eml", eml_bytes(m))]


case("p42_grn_po_samples_you_are_approved", ["RG002", "RG009"],
     "'PO approved by finance, samples approved by engineering, so you are approved' - one word for "
     "commercial and technical approval (RG009) ending in an unscoped approval (RG002); PO complete.",
     p42())


# ---- p43 RG009: Czech buyer uses 'released' for drawing, SAP PO and production
def p43():
    text = (
        "Dobry den pane Vavro,\n\n"
        "(English for your colleagues)\n\n"
        "Drawing 2000-460-80 Rev D is released. PO 2025/0702 is released in SAP as well, so you will get it "
        "by EDI today.\n\n"
        "The PO covers 60 sample springs. Production of the remaining 5 940 pcs is not released; the production "
        "release will follow only in writing from me, after sample sign-off by our quality lab (load test + "
        "salt spray 96 h). Wire for the 60 samples only, please.\n\n"
        "S pozdravem / Best regards\n"
        + sig("Ing. Tereza Novotna", "vedouci nakupu / purchasing manager", "ELMONT Brno a.s.", "+420 541 555 602")
    )
    m = mail("Tereza Novotna <tereza.novotna@elmont.cz>", "Lukas Vavra <vavra@pruziny-vsetin.cz>",
             "2000-460-80 Rev D / PO 2025/0702", "Mon, 14 Apr 2025 08:55:00 +0200", text)
    return [("2000-460-80_RevD_PO_2025-0702.eml", eml_bytes(m))]


case("p43_elmont_released_three_ways", ["RG009"],
     "'released' used for the drawing revision, for the SAP PO and for production release in one mail; "
     "scope itself complete (60 active, 5 940 on hold, sign-off + written release by sender).",
     p43())


# ---- p44 RG009: Colombian mining approval-status sheet (PDF)
def p44():
    blocks = [
        ("h1", "ESTADO DE APROBACIONES / APPROVAL STATUS"),
        ("p", "Minera Andina del Cauca S.A. - Compras | Supplier: Sudbury Wear Technologies Inc. | 2025-04-30"),
        ("p", "PO MAC-OC-5590 - grate liners SAG mill 1, drawing SWT-5120 rev 2 - program quantity 120 pcs"),
        ("table", [
            ["Approval", "Status", "Date", "Owner"],
            ["Commercial approval", "OK - PO MAC-OC-5590 issued", "2025-03-18", "Compras"],
            ["Technical approval", "Pending - wear trial running (week 6 of 8)", "-", "Mantenimiento"],
            ["Production approval", "To follow", "-", "Ing. Julian Cardenas"],
        ]),
        ("sp",),
        ("p", "Scope today: 4 trial grate liners are authorized (delivered 2025-03-10). The remaining 116 liners "
              "are not released."),
        ("p", "A production release of any part of the 116 will be issued in writing by Ing. Julian Cardenas, Jefe "
              "de Compras, after the wear-trial result (8 weeks) is available. Material authority: sample-only."),
        ("p", "Elaborado por: Paula Giraldo, analista de compras"),
    ]
    return [("Estado_aprobaciones_MAC-OC-5590.pdf", pdf(blocks, title="Approval status MAC-OC-5590",
                                                       author="Paula Giraldo"))]


case("p44_mac_approval_status_sheet", ["RG009"],
     "Status sheet uses 'approval' for commercial (PO issued), technical (wear trial) and production; the "
     "scope paragraph itself is complete.",
     p44())


# ---- p45 RG009 RG012: Egyptian supplier - PO approved + advance received, production started
def p45():
    buyer = (
        "From: Nguyen Thi Lan <lan.nguyen@saigonlabtech.vn>\n"
        "Sent: Monday, March 24, 2025 9:15 AM\n"
        "To: Nour El-Din Samir <nour.samir@niletechceramics.com>\n"
        "Subject: PO SLT-PO-25-0330 alumina crucibles\n\n"
        "Dear Mr. Nour,\n\n"
        "Please find our PO SLT-PO-25-0330: 30 sample alumina crucibles 50 ml (high form, 99.7% Al2O3). "
        "The remaining 1,970 pcs of your offer are not released. They will be released only by a written "
        "release from me after the samples pass our furnace test at 1,600 C. Material for the 30 samples only. "
        "Advance payment 30% for the samples is arranged.\n\n"
        "Best regards,\nNguyen Thi Lan\nPurchasing Director, Saigon LabTech JSC"
    )
    text = (
        "Dear Ms. Lan,\n\n"
        "Greetings from Egypt. Thank you very much for your approval of our offer.\n\n"
        "As the PO is approved and your advance payment has reached our account, we have started production "
        "of the 2,000 crucibles in our kilns this week, to give you the best delivery time. We will keep you "
        "informed of the progress.\n\n"
        "The 30 samples will be sent first by air, after your approval of the sample test certificate.\n\n"
        "Best regards,\n"
        + sig("Eng. Nour El-Din Samir", "Sales & Technical Office", "Nile Technical Ceramics S.A.E.", "+20 15 555 3381")
        + "\n" + quote_lines(buyer) + "\n"
    )
    m = mail("Nour El-Din Samir <nour.samir@niletechceramics.com>", "Nguyen Thi Lan <lan.nguyen@saigonlabtech.vn>",
             "RE: PO SLT-PO-25-0330 alumina crucibles", "Wed, 02 Apr 2025 13:40:00 +0200", text)
    return [("RE_PO_SLT-PO-25-0330_crucibles.eml", eml_bytes(m))]


case("p45_nile_po_approved_advance_started", ["RG009", "RG012"],
     "Supplier: 'PO is approved and your advance payment has reached our account, we have started "
     "production of the 2,000' (RG012); 'approval' used for offer/PO (commercial) and sample certificate "
     "(technical) (RG009); quoted buyer scope complete.",
     p45())
# ---- p46 RG005 RG008: Canadian buyer - forecast to be treated as firm order; release by "Supply Chain team"
def p46():
    po = pdf([
        ("h1", "PURCHASE ORDER MLA-7860"),
        ("p", "Maple Leaf Analytical Instruments Inc., Montreal QC | Supplier: Gabinetes Industriales de Queretaro "
              "SA de CV | 2025-04-07 | Net 30 | DAP Montreal"),
        ("table", [
            ["Line", "Part", "Description", "Scope", "Qty", "Unit USD"],
            ["10", "MLA-ENC-410 rev A", "Instrument enclosure, 1.5 mm CRS, powder RAL 9003", "Sample", "30", "96.00"],
        ]),
        ("sp",),
        ("p", "This PO releases 30 sample enclosures. Production quantities, including any 2025 volumes, are not "
              "released by this PO."),
        ("p", "Production will be released after FAI sign-off, by written release from our Supply Chain team."),
        ("p", "Material authority: sample-only."),
    ], pagesize=LETTER, title="MLA-7860", author="Maple Leaf Analytical")
    text = (
        "Hola Sofia,\n\n"
        "PO MLA-7860 for the 30 sample enclosures is attached.\n\n"
        "For your planning: our 2025 forecast for this enclosure is 36,000 units. Please treat this as a firm "
        "order and book your press-brake and powder line capacity accordingly. We can't afford to be short "
        "in Q3 when the new analyser launches.\n\n"
        "FAI requirements are in the drawing notes (sheet 2). Any questions, call me.\n\n"
        "Merci / gracias,\nMarc-Andre"
        + sig("Marc-Andre Tremblay", "Director of Supply Chain", "Maple Leaf Analytical Instruments Inc.",
              "+1 514 555 0187")
    )
    m = mail("Marc-Andre Tremblay <ma.tremblay@mapleleafanalytical.ca>", "Sofia Castaneda <scastaneda@giq.com.mx>",
             "PO MLA-7860 samples + 2025 volumes", "Mon, 07 Apr 2025 13:25:00 -0400", text,
             html=html_from_text(text), attachments=[("PO_MLA-7860.pdf", po, PDF_MT)])
    return [("PO_MLA-7860_samples_2025_volumes.eml", eml_bytes(m))]


case("p46_mla_forecast_treat_as_firm", ["RG005", "RG008"],
     "'our 2025 forecast is 36,000 units. Please treat this as a firm order' (RG008); the PO names only "
     "'our Supply Chain team' as releaser (RG005); 30 active, hold and FAI event present.",
     p46())


# ---- p48 RG008: Hungarian framework agreement turns the non-binding forecast into an order (DOCX)
def p48():
    blocks = [
        ("h1", "KERETSZERZODES / FRAMEWORK AGREEMENT FA-2025-004"),
        ("p", "between Pannon Rail Interiors Kft., Gyor (Buyer) and Textil Liberec s.r.o., Liberec (Supplier)"),
        ("h", "1. Subject"),
        ("p", "Seat cover sets (moquette PRI-MQ-07, set = seat + backrest + headrest) for the IC-coach refit "
              "programme, drawing PRI-SC-22 rev 4."),
        ("h", "2. Quantities"),
        ("p", "2.1 Annual quantity 2025 (forecast, non-binding): 2,400 sets."),
        ("p", "2.2 The Buyer hereby orders the forecast quantity of 2,400 sets for 2025 and commits to take "
              "delivery of it in the course of the year."),
        ("p", "2.3 Production quantities are released only by numbered call-offs signed by Szabo Eszter, Head of "
              "Procurement. Quantities not called off are not released."),
        ("h", "3. Call-off No. 1 (released with this agreement)"),
        ("table", [
            ["Call-off", "Sets", "Delivery", "Status"],
            ["No. 1", "200", "2025-06-02", "RELEASED"],
            ["Not yet called off", "2,200", "-", "not released"],
        ]),
        ("p", "Further call-offs follow after the first 200 sets have passed the operator's incoming inspection."),
        ("h", "4. Material authority"),
        ("p", "Staged, up to 400 sets' worth of moquette at the Buyer's liability."),
        ("h", "5. Prices and payment"),
        ("p", "EUR 186.00 per set, DAP Gyor. Payment 45 days. Prices fixed until 31.12.2025."),
        ("sp",),
        ("p", "Gyor, 2025. aprilis 28.   Szabo Eszter (Pannon Rail Interiors Kft.)   /   Radka Cerna (Textil Liberec s.r.o.)"),
    ]
    return [("Keretszerzodes_FA-2025-004.docx", docx_bytes(blocks, author="Szabo Eszter"))]


case("p48_pri_framework_orders_forecast", ["RG008"],
     "Clause 2.1 labels 2,400 a non-binding forecast, clause 2.2 'hereby orders the forecast quantity ... "
     "and commits' - forecast written as an order; call-off 1 (200), hold, event, signer, staged "
     "material all explicit.",
     p48())


# ---- p49 RG008: Nigerian buyer WhatsApp - 'take the projection as confirmed order'
def p49():
    t = (
        "22/04/2025, 11:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
        "WhatsApp, can read or listen to them. Tap to learn more.\n"
        "22/04/2025, 11:02 - Emeka Eze (EPS): Kunle good morning\n"
        "22/04/2025, 11:03 - Emeka Eze (EPS): PO EPS-0088 is for 10 sample generator canopy side panels only, "
        "1.5mm galvanised, drawing EPS-GC-30 rev 2\n"
        "22/04/2025, 11:04 - Emeka Eze (EPS): Anything beyond the 10 samples is not released. After Ngozi (our "
        "engineer) checks the samples on the 30kVA canopy, I will send written release\n"
        "22/04/2025, 11:20 - Kunle (Ogun Steel Fab): Morning sir. Noted, 10 pcs sample. We start Thursday\n"
        "22/04/2025, 18:41 - Emeka Eze (EPS): One more thing. Our projection for next quarter is 5,000 panels. "
        "Take it as confirmed order oga, so you go plan your people and your brake press 💪\n"
        "22/04/2025, 18:50 - Kunle (Ogun Steel Fab): Ah thank you sir!! We go plan am 🙏\n"
    )
    return [("WhatsApp Chat with Kunle Ogun Steel Fab.txt", t)]


case("p49_eps_whatsapp_projection_confirmed", ["RG008"],
     "Buyer: 'projection for next quarter is 5,000 panels. Take it as confirmed order' - forecast written "
     "as a commitment; sample scope (10, hold on anything beyond, check + written release by sender) "
     "complete; 30kVA / 1.5mm decoys.",
     p49())


# ---- p50 RG008: Egyptian buyer ERP schedule - forecast lines declared binding commitments
def p50():
    t = (
        "DELTA SWITCHGEAR S.A.E.                 DELIVERY SCHEDULE / FORECAST          RUN: 2025-05-04 06:00\n"
        "SUPPLIER: V-0318 NILE TECHNICAL CERAMICS S.A.E.                                     PAGE 1/1\n"
        "PO: DS/PUR/25/0077-B   PART: DS-WB-24-630 REV B  PORCELAIN WALL BUSHING\n"
        "------------------------------------------------------------------------------------------------\n"
        "SECTION A - FIRM (RELEASED)\n"
        "  WEEK   QTY    TYPE   RELEASE NO    SIGNED\n"
        "  W21    500    FIRM   PR-25-031     H. MOSTAFA\n"
        "------------------------------------------------------------------------------------------------\n"
        "SECTION B - FORECAST\n"
        "  WEEK   QTY    TYPE\n"
        "  W26    600    FCST\n"
        "  W31    600    FCST\n"
        "  W36    800    FCST\n"
        "  W41    800    FCST\n"
        "  TOTAL FCST   2,800\n"
        "------------------------------------------------------------------------------------------------\n"
        "NOTES:\n"
        " 1. ONLY SECTION A IS RELEASED FOR PRODUCTION (500 PCS, RELEASE PR-25-031).\n"
        " 2. SECTION B QUANTITIES ARE NOT RELEASED. EACH IS RELEASED ONLY BY A WRITTEN RELEASE SIGNED BY\n"
        "    ENG. HANY MOSTAFA (PROCUREMENT MANAGER) AFTER INCOMING INSPECTION OF THE PREVIOUS LOT.\n"
        " 3. ALL QUANTITIES IN THIS SCHEDULE, INCLUDING SECTION B, ARE BINDING PURCHASE COMMITMENTS OF\n"
        "    DELTA SWITCHGEAR S.A.E.\n"
        " 4. MATERIAL AUTHORITY: SECTION A QUANTITY ONLY.\n"
        " 5. ROUTINE TEST CERT IEC 60137 WITH EACH LOT. PALLET MAX 1,000 KG.\n"
        "------------------------------------------------------------------------------------------------\n"
        "*** END OF REPORT ***\n"
    )
    return [("DSG_schedule_DS-PUR-25-0077-B.txt", t)]


case("p50_dsg_erp_forecast_binding", ["RG008"],
     "ERP schedule: section B is labelled FCST, yet note 3 makes all quantities 'binding purchase "
     "commitments'; release scope (500), hold, event and named signer explicit.",
     p50())


# ---- p51 RG001 RG003 RG004 RG005: Nova Scotia boat-builder from his phone, PO + quote attached
def p51():
    po = pdf([
        ("h1", "PURCHASE ORDER 2291"),
        ("p", "Boudreau Custom Boats, 88 Shore Road, Meteghan NS B0W 2J0"),
        ("p", "To: Metales del Magdalena S.A.S., Santa Marta, Colombia | Date: Mar 31 2025 | Ship: air, DAP Meteghan"),
        ("table", [
            ["Qty", "Item", "Description", "Price USD", "Total USD"],
            ["10", "BCB-SC-06", "Stern cleat 6\", bronze, polished - SAMPLES", "34.00", "340.00"],
        ]),
        ("p", "Pay by wire 30 days. Thanks - Tyler"),
    ], pagesize=LETTER, title="PO 2291", author="Tyler Boudreau")
    quote = pdf([
        ("h1", "COTIZACION / QUOTATION MM-0419"),
        ("p", "Metales del Magdalena S.A.S. - Zona Industrial Bureche, Santa Marta, Magdalena"),
        ("p", "Client: Boudreau Custom Boats, Nova Scotia | Date 2025-03-20 | Validity 30 days"),
        ("table", [
            ["Item", "Description", "Qty", "Unit USD", "Lead time"],
            ["1", "Stern cleat 6\" bronze C86300, polished - sample lot", "10", "34.00", "3 weeks"],
            ["2", "Stern cleat 6\" bronze C86300, polished - production", "2,500", "12.70", "9 weeks"],
        ]),
        ("p", "Carlos Andres Pineda - Ventas"),
    ], title="MM-0419", author="Metales del Magdalena")
    text = (
        "Hey Carlos,\n\n"
        "PO 2291 attached for the samples, 10 pcs. Your quote attached too so everyone's on the same page.\n\n"
        "Cheers,\nTy\n\nSent from my iPhone\n"
    )
    m = mail("Tyler Boudreau <ty@boudreaucustomboats.ca>", "Carlos Andres Pineda <ventas@metalesmagdalena.com.co>",
             "PO 2291 cleats", "Mon, 31 Mar 2025 21:14:00 -0300", text,
             attachments=[("PO_2291.pdf", po, PDF_MT), ("Quote_MM-0419.pdf", quote, PDF_MT)])
    return [("PO_2291_cleats.eml", eml_bytes(m))]


case("p51_boudreau_phone_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO (10) sent with the quote showing production 2,500, nothing says it is informational or "
     "not released; no hold, no unlock event, no release person.",
     p51())


# ---- p52 RG001 RG003 RG004 RG005: Colombian mining ERP PO printout, trial lot + 'series qty 120 per quote'
def p52():
    t = (
        "CARBONES DEL CESAR S.A.                                         ORDEN DE COMPRA   4700012877\n"
        "NIT 800.123.456-7  Km 12 Via La Jagua, Cesar                    FECHA             2025-02-11\n"
        "PROVEEDOR: 300441 SUDBURY WEAR TECHNOLOGIES INC                 MONEDA            USD\n"
        "           1250 Kelly Lake Rd, Sudbury ON, CANADA               INCOTERM          CIF BARRANQUILLA\n"
        "COMPRADOR: M. RIOS / EXT 331                                    COND. PAGO        60 DIAS\n"
        "-------------------------------------------------------------------------------------------------\n"
        "POS  MATERIAL      DESCRIPCION                               CANT  UM   PRECIO UN      VALOR TOTAL\n"
        "---  ------------  ----------------------------------------  ----  --   ----------  --------------\n"
        "010  WL-SWT-4410   TRIAL LINER SET CR-MO DWG SWT-4410 REV 3     6  EA     2,940.00       17,640.00\n"
        "                   SAMPLE LOT / LOTE DE PRUEBA\n"
        "-------------------------------------------------------------------------------------------------\n"
        "                                                             TOTAL USD                 17,640.00\n"
        "TEXTO CABECERA / HEADER TEXT:\n"
        "  SERIES QTY 120 EA PER QUOTE SWT-Q-8812. TRIAL LINERS FOR SAG MILL 2, INSTALL WK 14.\n"
        "  CERT. EN 10204 3.1 + UT REPORT. MARK EACH LINER WITH PO/POS AND HEAT NO.\n"
        "  PACKING: SEAWORTHY CRATES MAX 2,500 KG.\n"
        "-------------------------------------------------------------------------------------------------\n"
        "ESTE DOCUMENTO ES GENERADO POR SAP. NO REQUIERE FIRMA.\n"
    )
    return [("OC_4700012877.txt", t)]


case("p52_cdc_erp_trial_lot_series_qty", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO for a 6-piece trial lot with 'SERIES QTY 120 EA PER QUOTE' in the header and nothing saying it "
     "is informational/not released; no unlock event, no release person.",
     p52())


# ---- p60 RG001: multi-file - PO hold covers its own 180 balance, but the quote shows an unmarked annual 12,000
def p60():
    po = pdf([
        ("h1", "PURCHASE ORDER CLF-PO-25-0146"),
        ("p", "Cairo Lab Furniture Co. - Industrial Zone, 15th of May City, Cairo | Buyer: Eng. Sherif Adel"),
        ("p", "Supplier: Viet Hardware Components JSC, Bac Ninh | Date 2025-04-02 | FOB Hai Phong | T/T 60 days"),
        ("table", [
            ["Item", "Part", "Description", "Scope", "Qty", "Unit USD"],
            ["1", "VHC-GS-100N", "Gas spring lid stay 100 N, 250 mm stroke, for fume-hood cabinet doors",
             "Samples", "20", "3.40"],
            ["2", "VHC-GS-100N", "same", "Balance - not released", "180", "1.95"],
        ]),
        ("sp",),
        ("p", "Item 1 (20 samples) is released. The balance of this PO, item 2 (180 pcs), is not released."),
        ("p", "Item 2 will be released only by a written release signed by Eng. Sherif Adel, Procurement Manager, "
              "after sample sign-off (20,000 open/close cycle test) by our R&D."),
        ("p", "Material authority: sample-only."),
    ], title="CLF-PO-25-0146", author="Cairo Lab Furniture")
    quote = docx_bytes([
        ("h1", "QUOTATION VHC-QT-0388"),
        ("p", "Viet Hardware Components JSC - Que Vo Industrial Park, Bac Ninh, Viet Nam"),
        ("p", "To: Cairo Lab Furniture Co. - Eng. Sherif Adel | Date: 20 March 2025"),
        ("table", [
            ["Item", "Quantity", "Unit price USD", "Lead time"],
            ["Gas spring VHC-GS-100N - samples", "20 pcs", "3.40", "7 days"],
            ["Gas spring VHC-GS-100N - first lot", "200 pcs", "1.95", "25 days"],
            ["Gas spring VHC-GS-100N - annual volume", "12,000 pcs / year", "1.15", "25 days per call"],
        ]),
        ("p", "Remark: price of annual volume valid with blanket order; delivery in monthly calls of 1,000 pcs."),
        ("p", "Best regards, Ms. Vu Thi Mai - Export Sales"),
    ], author="Vu Thi Mai")
    return [("PO_CLF-PO-25-0146.pdf", po), ("Quotation_VHC-QT-0388.docx", quote)]


case("p60_clf_quote_annual_12000_unmarked", ["RG001"],
     "PO holds its own balance (180) correctly, but the bundled quote's 'annual volume 12,000 pcs / year' "
     "(monthly calls of 1,000) is a larger quantity nobody marks as informational or not released.",
     p60())


# ---- p62 RG001 RG003 RG004 RG005: Hungarian buyer - 'go ahead with the first 100 of the 1.000 pcs batch'
def p62():
    text = (
        "Dear Petr,\n\n"
        "thank you for the samples of the cuvette holders, they arrived on Monday in good condition. The "
        "samples are OK.\n\n"
        "Go ahead with the first 100 pcs of the 1.000 pcs batch, delivery CW 23 to our Kondorosi ut warehouse. "
        "Please pack them 25 pcs per box as the samples were.\n\n"
        "Invoice as usual to szamla@labortechnika.hu with the PO number BLT-PO-2025-0412.\n\n"
        "Udvozlettel / Best regards\n"
        + sig("Kovacs Gabor", "Beszerzesi vezeto / Head of Procurement", "Budapest Labortechnika Zrt.",
              "+36 1 555 4470")
    )
    m = mail("Kovacs Gabor <kovacs.gabor@labortechnika.hu>", "Petr Dvorak <dvorak@sklarna-vysocina.cz>",
             "BLT-PO-2025-0412 cuvette holders", "Wed, 14 May 2025 10:05:00 +0200", text)
    return [("BLT-PO-2025-0412_cuvette_holders.eml", eml_bytes(m))]


case("p62_blt_first_100_of_1000", ["RG001", "RG003", "RG004", "RG005"],
     "Partial authorization 'first 100 pcs of the 1.000 pcs batch' (scoped, so no RG002) never says the "
     "other 900 are not released, names no unlock event and no release person; 1.000 unmarked.",
     p62())
# =================================================================== write
FMT = {".eml": "EML", ".pdf": "PDF", ".docx": "DOCX", ".html": "HTML", ".txt": "TXT"}


def _attachment_formats(data):
    """Formats carried inside an EML (attachments and forwarded messages)."""
    from email import message_from_bytes
    found = set()
    msg = message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            ext = Path(fn).suffix.lower()
            if ext in FMT:
                found.add(FMT[ext])
        if part.get_content_type() == "message/rfc822":
            found.add("EML")
    return found


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    rng = random.Random(20250707)
    order = list(CASES)
    rng.shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    rule_counts = {f"RG{i:03d}": 0 for i in range(1, 13)}
    fmt_files = {v: 0 for v in FMT.values()}
    fmt_cases = {v: 0 for v in FMT.values()}
    multi = 0
    for i, c in enumerate(order, start=1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("_")
        folder = f"h7_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        present = set()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
                data_b = data.encode("utf-8")
            else:
                p.write_bytes(data)
                data_b = data
            f = FMT[p.suffix.lower()]
            fmt_files[f] += 1
            present.add(f)
            if f == "EML":
                present |= _attachment_formats(data_b)
        for f in present:
            fmt_cases[f] += 1
        if len(c["files"]) > 1:
            multi += 1
        for r in c["expect"]:
            rule_counts[r] += 1
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  with risks: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}  multi-file folders: {multi}")
    for r, n in rule_counts.items():
        print(f"  {r}: {n}")
    print("format  top-level-files  cases-containing")
    for f in FMT.values():
        print(f"  {f:5s} {fmt_files[f]:4d} {fmt_cases[f]:4d}")


if __name__ == "__main__":
    main()
