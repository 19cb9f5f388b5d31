#!/usr/bin/env python3
"""Generator for the releasegate check_holdout104 corpus (food-service disposables).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout104/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle of the case order).

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py (its lines 1-203); the cases below were written independently.
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
SEED = 104104
PREFIX = "h104"


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
        if part.is_multipart() and part.get_content_maintype() == "multipart":
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
def quote(text):
    """Prefix every line with '> ' (an e-mail quoted reply)."""
    out = []
    for ln in text.strip("\n").split("\n"):
        out.append(">" + ln if (not ln or ln.startswith(">")) else "> " + ln)
    return "\n".join(out)


def simple_html(text):
    """A plain HTML rendering of a text body for multipart/alternative."""
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + \
        "\n".join(out) + "\n</body></html>\n"


def whatsapp(lines):
    """lines: (date 'dd/mm/yyyy', time 'HH:MM', sender, text). WhatsApp 'Export chat' format."""
    return "".join(f"{d}, {t} - {s}: {x}\n" for d, t, s, x in lines)


def wechat(lines):
    """lines: (timestamp 'yyyy-mm-dd HH:MM:SS', sender, text). WeChat PC export style."""
    return "".join(f"{ts} {s}\n{x}\n\n" for ts, s, x in lines)


# =================================================================== CASES
# ------------------------------------------------------------------ batch 1
def c01_quote_tiers():
    blocks = [
        ("h1", "QUOTATION"),
        ("p", "Ningbo Greenleaf Packaging Co., Ltd. | No. 88 Binhai 4th Road, Hangzhou Bay New Zone, "
              "Ningbo, Zhejiang 315336, China | sales@greenleaf-pack.example.cn"),
        ("table", [
            ["Quotation no.", "Date", "Customer", "Attn."],
            ["Q-GL-24-0317", "18 April 2024", "Harbour & Bean Coffee Ltd, Manchester, UK", "Mr Tom Hadley"],
        ]),
        ("sp",),
        ("p", "Dear Tom, thank you for your enquiry for the autumn hot cup. Please find our best offer "
              "below. Item: 12oz double-wall hot cup, 90 mm rim, 300 gsm + 250 gsm outer wrap, aqueous "
              "(PE-free) lining, 4-colour flexo, compostability certified to EN 13432 (certificate "
              "no. 7P0412 via TUV Austria)."),
        ("table", [
            ["Tier", "Quantity", "Unit price (USD)", "Lead time"],
            ["Printed sample lot", "2,000 pcs (2 cartons)", "0.190", "12 days after final artwork"],
            ["Production tier A", "250,000 pcs", "0.052", "25 days after your written release"],
            ["Production tier B", "500,000 pcs", "0.047", "30 days after your written release"],
            ["Printing plates (one-off)", "1 set / 4 colours", "380.00", "-"],
        ]),
        ("sp",),
        ("p", "Production quantity basis: forecast as advised by buyer; the quantity to be produced will "
              "be the one stated in buyer's written release. Packing: 50 pcs/sleeve, 1,000 pcs/carton, "
              "carton 46 x 37 x 55 cm. Incoterm FOB Ningbo. Payment T/T 30% deposit, 70% against copy "
              "B/L. Validity 30 days."),
        ("p", "This quotation is an offer only and is not an order confirmation. Colours will be matched "
              "to Pantone on the drawdown; a leak test report (hot water 92 C, 30 min) is supplied with "
              "the sample lot."),
        ("p", "Best regards, Cindy Wu, Export Sales Manager, Ningbo Greenleaf Packaging Co., Ltd. "
              "Tel +86 574 8765 0000"),
    ]
    case("c01_quote_tiers", [], "supplier quote alone with sample and production tiers: no authorization",
         [("Q-GL-24-0317.pdf", pdf(blocks, title="Quotation Q-GL-24-0317", author="Ningbo Greenleaf"))])


def c02_sample_po_complete():
    po = [
        ("h1", "PURCHASE ORDER NCC-40218"),
        ("p", "Northgate Coffee Co. Ltd | Unit 4, Thorpe Park, Leeds LS15 8GB, United Kingdom | VAT GB 284 1177 20"),
        ("table", [
            ["Supplier", "PO date", "Buyer", "Currency / Incoterm"],
            ["Dongguan Hengyu Paper Products Co., Ltd.", "07/05/2024", "Hannah Price", "GBP / FCA Shenzhen"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "SKU", "Description", "Scope", "Qty", "Unit", "Price", "Due"],
            ["1", "NCC-SW08-WB24", "8oz single-wall cup, 'Winter Berry' 3-col print, EN 13432 lining",
             "SAMPLE", "3,000", "pcs", "GBP 0.110", "31/05/2024"],
            ["2", "NCC-PL-80", "Printing plates, 3 colours", "SAMPLE", "1", "set", "GBP 260.00", "31/05/2024"],
        ]),
        ("sp",),
        ("h", "Scope of this order"),
        ("p", "This PO releases 3,000 sample cups (3 cartons) and the plates. Nothing else is released. "
              "The seasonal quantity in your quote Q-HY-2403 (420,000 cups) is shown on that quote for "
              "information only; the remaining 417,000 cups are not released and must not be started."),
        ("p", "What to do now: print and pack the 3,000 samples, send the drawdown and the leak test "
              "report with the shipment. Material authority: sample-only. Do not buy cupstock for the "
              "seasonal quantity."),
        ("p", "Unlock: once our packaging technologist has signed off the drawdown and the leak test, "
              "the balance can be released only by a written production release from Hannah Price, "
              "Category Manager, naming the quantity. The seasonal figure is a forecast, not a commitment."),
        ("p", "Delivery: Northgate Coffee DC, Gate 3, Thorpe Park, Leeds. Booking via goods-in@northgate-coffee.example.co.uk, "
              "48 h notice. Pallets: UK standard 1200 x 1000, max height 1.6 m."),
    ]
    text = (
        "Hi Jason,\n\n"
        "Please find attached PO NCC-40218 for the Winter Berry 8oz cup samples.\n\n"
        "Quick summary so nobody has to dig through the PDF: this is 3,000 sample cups only. The "
        "417,000 balance from your quote stays on hold and isn't released. Once our packaging tech "
        "signs off the drawdown and the leak test, I'll send a written production release with the "
        "quantity. Until then, please don't buy board for the seasonal run.\n\n"
        "Could you confirm the ship date by Friday? Our brand team would love to have the cups in "
        "hand before the 10 June range review.\n\n"
        "Thanks ever so much,\nHannah"
        + sig("Hannah Price", "Category Manager - Packaging & Disposables", "Northgate Coffee Co. Ltd",
              "+44 113 496 0712")
    )
    m = mail("Hannah Price <hannah.price@northgate-coffee.example.co.uk>",
             "Jason Li <jason.li@hengyu-paper.example.cn>",
             "PO NCC-40218 - Winter Berry 8oz cup - SAMPLE LOT", "Tue, 07 May 2024 10:42:00 +0100",
             text, html=simple_html(text),
             attachments=[("NCC-40218.pdf", pdf(po, title="PO NCC-40218", author="Northgate Coffee"), PDF_MT)])
    case("c02_sample_po_complete", [], "sample PO with active qty, balance not released, sign-off + written "
         "release by named category manager, sample-only material",
         [("PO_NCC-40218.eml", m)])


def c03_supplier_question():
    quoted = (
        "From: Dale Moreau <dale.moreau@maplestack.example.ca>\n"
        "Sent: Monday, May 13, 2024 4:05 PM\n"
        "Subject: PO MSB-88120 bagasse clamshell - store trial\n\n"
        "Hi Lan,\n\n"
        "PO MSB-88120 covers 2,400 sample clamshells (9x6 hinged, bagasse) for the six-store trial "
        "only. The remaining 237,600 from your quote are not released. After the trial, our food "
        "safety lead signs off the samples and I will issue a written release for whatever quantity "
        "we go with.\n\n"
        "Dale Moreau\nSenior Buyer, Maple Stack Burgers Inc."
    )
    reports = (
        "BINH DUONG PACIFIC PAPER JSC - QC LAB - TEST REPORTS\n"
        "Customer: Maple Stack Burgers Inc.   PO: MSB-88120   Item: 9x6 hinged clamshell, bagasse\n"
        "Lot: BDP-24-0517   Date: 2024-05-21   Tested by: Tran Van Hieu, QC Supervisor\n"
        "---------------------------------------------------------------------------\n"
        "TEST                         METHOD              SAMPLES  RESULT      SPEC\n"
        "Grease resistance            Kit test (3M)       5 pcs    Kit 8       >= Kit 7\n"
        "Hot oil 120 C / 30 min       In-house BDP-QT-04  5 pcs    No leak     No leak\n"
        "Microwave 2 min 800 W        In-house BDP-QT-06  5 pcs    No deform   No deform\n"
        "Hinge closure 200 cycles     In-house BDP-QT-09  10 pcs   Pass        No crack\n"
        "Weight                       Scale 0.1 g         10 pcs   37.6-38.4 g 38 g +/- 1.5\n"
        "---------------------------------------------------------------------------\n"
        "PFAS: none intentionally added; total fluorine < 100 ppm (lab SGS VN, report 2024-0419).\n"
        "Compostability: EN 13432 certificate no. 7P0877, valid to 2027-03.\n"
    )
    text = (
        "Dear Dale,\n\n"
        "Good morning from Binh Duong. The 2,400 sample clamshells under PO MSB-88120 left our factory "
        "today with DHL, AWB 58 2210 4471. Grease test (kit 8) and microwave test reports are in the "
        "box and also attached to this mail as a text file.\n\n"
        "We understand the balance of 237,600 pcs stays on hold and is not released until your "
        "written release after the trial sign-off.\n\n"
        "One question from our planning team: your holiday window is tight, so may we book moulding "
        "capacity for week 27 now, without any production or pulp purchase? Or do you expect to give "
        "a go-ahead on the balance before 14 June? We will not start moulding and will not buy pulp "
        "for the balance before we have your written release.\n\n"
        "Thank you and best regards,\n"
        "Nguyen Thi Lan\nKey Account Manager - North America\nBinh Duong Pacific Paper JSC\n"
        "Lot C7, My Phuoc 3 Industrial Park, Ben Cat, Binh Duong, Viet Nam\n\n"
        + quote(quoted) + "\n"
    )
    m = mail("Nguyen Thi Lan <lan.nguyen@bdpacific.example.vn>",
             "Dale Moreau <dale.moreau@maplestack.example.ca>",
             "RE: PO MSB-88120 bagasse clamshell - store trial", "Wed, 22 May 2024 08:15:00 +0700",
             text, in_reply_to="<msb-88120-1@maplestack.example.ca>",
             attachments=[("MSB-88120_test_reports.txt", reports, "text/plain")])
    case("c03_supplier_question", [], "supplier asks whether a go-ahead is coming; quoted buyer scope is "
         "complete; supplier restates hold", [("RE_PO_MSB-88120.eml", m)])


def c04_labelled_forecast():
    rows = [
        ("MSB-CC16-PET", "16oz PET cold cup, clear, 98 mm", [42, 44, 44, 46, 52, 58, 60, 60, 54, 48, 46, 44, 44]),
        ("MSB-LD98-DOME", "Dome lid 98 mm, with straw slot", [40, 42, 42, 44, 50, 55, 58, 58, 52, 46, 44, 42, 42]),
        ("MSB-STR-PPR8", "Paper straw 8 x 210 mm, unwrapped", [90, 90, 95, 95, 110, 120, 120, 120, 110, 100, 95, 90, 90]),
    ]
    head = "".join(f"<th>Wk {w}</th>" for w in range(23, 36))
    body_rows = "".join(
        f"<tr><td>{sku}</td><td>{escape(desc)}</td>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr>\n"
        for sku, desc, vals in rows)
    body = f"""
<h2>Maple Stack Burgers Inc. - Supplier Collaboration Portal</h2>
<p>Supplier: <b>Binh Duong Pacific Paper JSC</b> (vendor 200417) &middot; Published 2024-05-24 06:00 ET &middot; Planner: Jenna Kowalski</p>
<div class="note"><b>FORECAST ONLY - NOT A PURCHASE ORDER.</b> The figures below are a rolling 13-week demand
forecast in thousands of pieces (k pcs) for capacity planning. They do not authorize production and do not
authorize any material purchase. Quantities are ordered only through separate POs and call-offs.</div>
<h3>Rolling forecast, k pcs per week (DC Mississauga + DC Calgary)</h3>
<table>
<tr><th>SKU</th><th>Description</th>{head}</tr>
{body_rows}</table>
<p>Forecast accuracy last 13 weeks: 91.4 %. Summer LTO "Maple Lemonade" is included from week 27 (est. 410 restaurants).</p>
<p>Questions: planning@maplestack.example.ca</p>
"""
    case("c04_labelled_forecast", [], "portal forecast clearly labelled: not an order, no production or "
         "material authority", [("msb_forecast_wk23-35.html", html_page("MSB supplier portal - forecast", body))])


def c05_scoped_proof():
    text = (
        "Ciao Rui,\n\n"
        "thank you for the print proof v2 of the 4oz espresso cup (art. CB-ESP-04, Caffe Borgo logo "
        "in Pantone 7621 C).\n\n"
        "The proof is approved for artwork only: colours, logo position, the EN 13432 seedling mark "
        "and the Italian/English recycling text are OK. This does not release any production.\n\n"
        "The active quantity remains the 1.500 sample cups of our PO CB-2024-117. The other "
        "118.500 cups of your offer stay on hold. They will be released only by a written release "
        "signed by me, after our QA has signed off the leak test and the drawdown on the final board.\n\n"
        "Please send the 1.500 samples to our warehouse in Castel Maggiore (BO), Via dell'Industria 22, "
        "not to the head office. Goods receiving Mon-Fri 8:00-13:00.\n\n"
        "Grazie e buona giornata,\nElena"
        "\n\n--\nElena Marchetti\nPackaging Manager\nCaffe Borgo S.r.l. - Bologna\n+39 051 000 4471\n"
        "Questo messaggio e i suoi allegati sono riservati. / This message and its attachments are confidential.\n"
    )
    m = mail("Elena Marchetti <e.marchetti@caffeborgo.example.it>",
             "Rui Carvalho <rui.carvalho@papatlantica.example.pt>",
             "Re: Prova di stampa / print proof v2 - bicchiere 4oz espresso", "Thu, 16 May 2024 11:20:00 +0200",
             text)
    case("c05_scoped_proof", [], "proof approved for artwork only, explicitly no production; active qty, "
         "hold, sign-off + written release by sender", [("Re_print_proof_v2.eml", m)])


def p01_naive_sample_po_with_quote():
    po = [
        ("h1", "Purchase Order HB-55871"),
        ("p", "Harbour & Bean Coffee Ltd, 14 Ancoats Lane, Manchester M4 6DE | purchasing@harbourbean.example.co.uk"),
        ("table", [
            ["Vendor", "Order date", "Requested by", "Ship to"],
            ["Ningbo Greenleaf Packaging Co., Ltd. (V-1093)", "29/04/2024", "Tom Hadley",
             "H&B DC, Westinghouse Rd, Trafford Park M17 1PG"],
        ]),
        ("sp",),
        ("table", [
            ["Ln", "Item", "Description", "Qty", "UoM", "Unit GBP", "Net GBP"],
            ["10", "HB-DW12-AUT24", "12oz double-wall hot cup, Autumn 2024 print, printed samples for brand review",
             "2,000", "EA", "0.1500", "300.00"],
            ["20", "HB-PLT-4C", "Printing plates, 4 colours", "1", "SET", "300.00", "300.00"],
        ]),
        ("sp",),
        ("p", "Total net GBP 600.00. Payment 60 days EOM. Quote ref: Q-GL-24-0412. Deliver by 21/06/2024."),
        ("p", "Standard terms: Harbour & Bean purchasing terms v7 apply. Invoices without a PO number will be returned."),
    ]
    quote_pdf = [
        ("h1", "QUOTATION Q-GL-24-0412"),
        ("p", "Ningbo Greenleaf Packaging Co., Ltd. to Harbour & Bean Coffee Ltd. Date 24 April 2024."),
        ("table", [
            ["Item", "Quantity", "USD / pc", "Lead time"],
            ["12oz DW hot cup, Autumn print - printed samples", "2,000 pcs", "0.190", "12 days"],
            ["12oz DW hot cup, Autumn print - production", "350,000 pcs", "0.049", "25 days"],
        ]),
        ("p", "FOB Ningbo. Validity 30 days. Cindy Wu, Export Sales."),
    ]
    text = (
        "Hi Cindy,\n\n"
        "Thanks for turning the quote round so fast. Attached is our PO HB-55871 for the printed "
        "samples of the 12oz double-wall Autumn cup, together with your quote Q-GL-24-0412 - our "
        "finance team wants the quote attached to every PO we raise.\n\n"
        "We need the samples at Trafford Park by 21 June at the latest, as the brand team is reviewing "
        "the whole autumn range that week. Please book the delivery via our goods-in portal and put "
        "the PO number on every carton.\n\n"
        "Could you confirm receipt and the ship date?\n\n"
        "Cheers,\nTom"
        + sig("Tom Hadley", "Procurement Lead", "Harbour & Bean Coffee Ltd", "+44 161 496 0388")
    )
    m = mail("Tom Hadley <tom.hadley@harbourbean.example.co.uk>",
             "Cindy Wu <cindy.wu@greenleaf-pack.example.cn>",
             "PO HB-55871 - 12oz DW Autumn cup", "Mon, 29 Apr 2024 15:03:00 +0100", text,
             attachments=[("HB-55871.pdf", pdf(po, title="PO HB-55871", author="Harbour & Bean"), PDF_MT),
                          ("Q-GL-24-0412.pdf", pdf(quote_pdf, title="Q-GL-24-0412", author="Ningbo Greenleaf"), PDF_MT)])
    case("p01_naive_sample_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
         "sample PO for 2,000 sent with the quote showing 350,000; nothing on the balance, no unlock event, "
         "no release person", [("PO_HB-55871.eml", m)])


def p02_whatsapp_hold_first():
    lines = [
        ("08/05/2024", "10:02", "Kevin Lau (Hengyu)", "Morning Aisyah! Quotation for the 16oz PET cup Kopi Ais Gula Melaka sent to your email. 1 colour print, 98mm rim"),
        ("08/05/2024", "10:03", "Kevin Lau (Hengyu)", "Sample 2 ctn (2,000 pcs) USD 0.09, production 120 ctn USD 0.041/pc"),
        ("08/05/2024", "10:40", "Aisyah Rahman", "Thanks Kevin. Can do dome lid also same price?"),
        ("08/05/2024", "10:41", "Kevin Lau (Hengyu)", "Dome lid +0.012 per set"),
        ("08/05/2024", "11:15", "Aisyah Rahman", "Ok noted. PO KS-PO-2207 sent just now to your email"),
        ("08/05/2024", "11:16", "Aisyah Rahman", "Only the 2 ctn sample first ya. The other 118 ctn hold first, don't run"),
        ("08/05/2024", "11:17", "Kevin Lau (Hengyu)", "Noted 👍 When can release the bal. 118 ctn? We want to plan the line"),
        ("08/05/2024", "11:30", "Aisyah Rahman", "Not sure yet la. Hold until further notice, I update you"),
        ("08/05/2024", "11:30", "Kevin Lau (Hengyu)", "Ok no problem. Sample ship by sea or air?"),
        ("08/05/2024", "11:34", "Aisyah Rahman", "Air pls, to our Shah Alam warehouse. Address same as last time"),
        ("08/05/2024", "11:35", "Kevin Lau (Hengyu)", "<Media omitted>"),
        ("08/05/2024", "11:35", "Kevin Lau (Hengyu)", "This one the artwork final right?"),
        ("08/05/2024", "11:52", "Aisyah Rahman", "Yes final. Terima kasih"),
    ]
    case("p02_whatsapp_hold_first", ["RG004", "RG005"],
         "chat: 2 ctn sample, balance on hold 'until further notice' - no unlock event, nobody named to release",
         [("WhatsApp_Chat_with_Kevin_Lau_Hengyu.txt", whatsapp(lines))])


def p03_release_letter_with_allocation():
    letter = [
        ("h1", "Call-off 2 - production release"),
        ("p", "Brackenbury Burger Co. Ltd | Packaging & Procurement | 3 Lionel Street, Birmingham B3 1AQ"),
        ("p", "To: Ege Ambalaj San. ve Tic. A.S., Kemalpasa OSB, Izmir, Turkiye - Attn. Mr Mehmet Kaya"),
        ("p", "Date: 3 June 2024. Blanket PO: BBC-BL-2024-07 (kraft carrier bags, twisted paper handle)."),
        ("table", [
            ["SKU", "Description", "Blanket cover", "Released before", "Released now", "Not released"],
            ["BBC-BAG-M", "Medium kraft carrier bag 32x17x44, 2-colour print, 90 gsm", "240,000",
             "60,000 (call-off 1)", "60,000 (call-off 2)", "120,000"],
        ]),
        ("sp",),
        ("p", "This call-off releases 60,000 bags for production and delivery to our Daventry DC in week 30. "
              "Released to date, including this call-off: 120,000 bags."),
        ("p", "The remaining 120,000 bags under the blanket are not released. They will be released only "
              "by call-off 3, signed by Priya Nair, Head of Packaging, after the DC stock review on "
              "15 August 2024. Material authority: up to the 120,000 released bags."),
        ("p", "Allocation by region is attached (winter_allocation.html)."),
        ("p", "Priya Nair, Head of Packaging, Brackenbury Burger Co. Ltd"),
    ]
    regions = [("North West", 38, 180), ("Midlands", 52, 170), ("London & South East", 71, 200),
               ("Yorkshire & North East", 29, 160), ("Scotland", 14, 140), ("Wales & South West", 22, 160)]
    trs = ""
    for r, s, w in regions:
        trs += f"<tr><td>{r}</td><td>{s}</td><td>{w}</td><td>13</td><td>{s * w * 13:,}</td></tr>\n"
    body = f"""
<h2>Brackenbury Burger Co. - Winter trading 2024/25</h2>
<h3>Medium kraft carrier bag BBC-BAG-M - allocation by region</h3>
<table>
<tr><th>Region</th><th>Restaurants</th><th>Bags / restaurant / week</th><th>Weeks</th><th>Bags</th></tr>
{trs}<tr><td><b>Total</b></td><td>226</td><td></td><td></td><td><b>520,000</b></td></tr>
</table>
<p>Season: w/c 4 November 2024 to w/e 2 February 2025. Store list as per estates file v12.</p>
"""
    case("p03_release_letter_with_allocation", ["RG001"],
         "complete call-off for 60,000 (hold, call-off 3, named signer) but the attached allocation shows "
         "520,000 bags with no note that it is informational or not released",
         [("call-off_2_BBC-BL-2024-07.pdf", pdf(letter, title="Call-off 2", author="Brackenbury Burger Co.")),
          ("winter_allocation.html", html_page("Winter allocation - BBC-BAG-M", body))])


def p04_erp_po_person_only_with_quote():
    po = """\
DOLCE VIA RISTORAZIONE S.p.A.                                   ORDINE DI ACQUISTO / PURCHASE ORDER
Via Gallarate 184, 20151 Milano MI - P.IVA IT 07711230961
--------------------------------------------------------------------------------------------------
PO NUMBER : 4500098312          PO DATE : 06.05.2024          PAGE : 1 / 1
VENDOR    : 0000310577  SAHYADRI PAPERWARE PVT LTD, GAT NO 512, CHAKAN MIDC PH-2, PUNE 410501 IN
BUYER     : D.FERRI     TEL +39 02 0000 3318     PURCH.GRP: P14 PACKAGING
INCOTERMS : CIF GENOVA  PAYMENT: 60 GG DF FM / 60 DAYS EOM
--------------------------------------------------------------------------------------------------
ITEM MATERIAL     DESCRIPTION                           QTY      UOM  NET PRICE   CURR  DELIV.DATE
---- ------------ ------------------------------------ -------- ---- ---------- ----- ----------
00010 DV-STR-0619 CANNUCCIA CARTA 6X197 INCARTATA         5.000  PZ       0,018  EUR  14.06.2024
                  PAPER STRAW 6x197mm WRAPPED, PRINT
                  'DOLCE VIA' 1 COL., FSC MIX
                  CAMPIONATURA / SAMPLE LOT
--------------------------------------------------------------------------------------------------
TOTAL NET VALUE                                                                  90,00 EUR
--------------------------------------------------------------------------------------------------
NOTE / TEXT:
SAMPLE LOT FOR DRAWDOWN AND WET-STRENGTH TEST (60 MIN COLD WATER) AT OUR LAB IN LODI.
REFERENCE QUOTATION SPW/Q/24/1187, SEE ATTACHED PAGE.
RELEASE AUTHORITY FOR ANY PRODUCTION: D. FERRI, CATEGORY MANAGER PACKAGING.
DELIVER TO: MAGAZZINO CENTRALE, VIA EMILIA 12, 26900 LODI LO. ORARIO 07:00-14:00.
PLEASE QUOTE PO NUMBER ON ALL DOCUMENTS. INVOICES TO: fatture@dolcevia.example.it
--------------------------------------------------------------------------------------------------
           THIS DOCUMENT IS COMPUTER GENERATED - NO SIGNATURE REQUIRED
"""
    body = """
<h2>Sahyadri Paperware Pvt Ltd - Customer Portal</h2>
<p>Quotation <b>SPW/Q/24/1187</b> &middot; Customer: Dolce Via Ristorazione S.p.A. (Milano) &middot; Date 02-May-2024 &middot; Valid till 01-Jun-2024</p>
<table>
<tr><th>#</th><th>Item</th><th>Quantity</th><th>Price EUR / 1000 pcs</th><th>Lead time</th></tr>
<tr><td>1</td><td>Paper straw 6 x 197 mm, individually wrapped, 1 col. print 'Dolce Via', FSC Mix</td><td>5,000 pcs (sample)</td><td>18.00</td><td>10 days</td></tr>
<tr><td>2</td><td>Paper straw 6 x 197 mm, individually wrapped, 1 col. print 'Dolce Via', FSC Mix</td><td>1,200,000 pcs</td><td>7.40</td><td>35 days</td></tr>
<tr><td>3</td><td>Printing cylinder, 1 colour</td><td>1 no.</td><td>145.00 (one time)</td><td>-</td></tr>
</table>
<p>Packing: 500 pcs/inner, 5,000 pcs/carton (carton 42 x 30 x 23 cm, 6.1 kg). 20' container approx. 1,950,000 pcs.</p>
<p>Food contact: EU 10/2011 not applicable (paper); BfR XXXVI compliant, glue food grade. Certificates attached on request.</p>
<p>Regards,<br>Vikram Deshpande, Export Manager, +91 20 0000 7781</p>
"""
    case("p04_erp_po_person_only_with_quote", ["RG001", "RG003", "RG004"],
         "ERP sample PO (5.000 straws) bundled with a quote page showing 1,200,000; PO names a release "
         "person but never says the balance is not released and names no unlock event",
         [("PO_4500098312.txt", po), ("quotation_SPW-Q-24-1187.html", html_page("Quotation SPW/Q/24/1187", body))])


def p05_multipart_trial_with_quote():
    quote_pdf = [
        ("h1", "Kaveri Moulded Fibre Pvt Ltd"),
        ("p", "SIDCO Industrial Estate, Kurichi, Coimbatore 641021, Tamil Nadu, India"),
        ("h", "Quotation KMF/Q/2405/022 - Laurentian Grill Co."),
        ("table", [
            ["Item", "Spec", "Qty", "USD / 1000", "Lead time"],
            ["Clamshell 9x6 hinged", "Bagasse 100%, PFAS-free, 38 g, white", "2,400 pcs (trial)", "92.00", "2 weeks"],
            ["Clamshell 9x6 hinged", "Bagasse 100%, PFAS-free, 38 g, white", "900,000 pcs (national rollout)", "61.50", "6 weeks"],
        ]),
        ("p", "Packing 50 pcs x 4 bags per carton (200 pcs/ctn). FOB Chennai. BPI / CMA compostability certificate no. 10529827 enclosed."),
        ("p", "S. Karthik, Sales Manager - Exports"),
    ]
    text = (
        "Hi Karthik,\n\n"
        "PO LGC-PO-30418 is in the supplier portal now: 2,400 of the 9x6 hinged bagasse clamshells "
        "for our test in six Montreal-area restaurants (Laval, Longueuil, Brossard, Plateau, "
        "Verdun, Pointe-Claire), start date July 8.\n\n"
        "Your quotation KMF/Q/2405/022 is attached with the national rollout at 900,000 units.\n\n"
        "Shipping: DAP Montreal, our 3PL is Entrepot Boucherville (dock 4). Please send the PFAS "
        "test report with the commercial invoice, our food safety team will ask for it at receiving.\n\n"
        "Merci and have a great weekend!\nSophie"
        + sig("Sophie Tremblay", "Acheteuse principale / Senior Buyer", "Laurentian Grill Co.",
              "+1 514 555 0147")
    )
    html = simple_html(text)
    m = mail("Sophie Tremblay <sophie.tremblay@laurentiangrill.example.ca>",
             "S. Karthik <karthik@kaverifibre.example.in>",
             "PO LGC-PO-30418 - bagasse clamshell 9x6 - restaurant test", "Fri, 24 May 2024 16:48:00 -0400",
             text, html=html,
             attachments=[("KMF-Q-2405-022.pdf", pdf(quote_pdf, title="Quotation KMF/Q/2405/022",
                                                      author="Kaveri Moulded Fibre"), PDF_MT)])
    case("p05_multipart_trial_with_quote", ["RG001", "RG003", "RG004", "RG005"],
         "trial PO for 2,400 with the quote's 900,000 rollout attached and unlabelled; no hold, no unlock "
         "event, no release person", [("PO_LGC-PO-30418.eml", m)])


def p06_supplier_oc_production_row():
    blocks = [
        ("h1", "SIPARIS TEYIDI / ORDER CONFIRMATION"),
        ("p", "Ege Ambalaj San. ve Tic. A.S. - Kemalpasa Organize Sanayi Bolgesi, 35730 Kemalpasa / Izmir - "
              "Vergi No 325 000 1188 - export@egeambalaj.example.com.tr"),
        ("table", [
            ["OC No.", "Date", "Customer", "Customer PO"],
            ["OC-2024-0588", "09.05.2024", "Al Noor Packaging Trading LLC, Jebel Ali Free Zone, Dubai, UAE", "ANP-PO-3391"],
        ]),
        ("sp",),
        ("p", "Dear Mr Rashid, we thank you for your purchase order and confirm as below."),
        ("table", [
            ["Pos.", "Article", "Description", "Quantity", "Unit price", "Delivery"],
            ["1", "EA-KB-321744-2C", "Kraft bag, flat handle, 32x17x44 cm, 100 g/m2 brown kraft, 2 colours "
             "'Al Noor - Ramadan Kareem'", "1.000 pcs (sample lot per your PO)", "EUR 0,21", "week 21"],
            ["2", "EA-KB-321744-2C", "Same as pos. 1", "120.000 pcs (production)", "EUR 0,085", "28 days"],
            ["3", "EA-CL-2C", "Printing cliches, 2 colours", "1 set", "EUR 240,00", "week 21"],
        ]),
        ("sp",),
        ("p", "Delivery terms: EXW Kemalpasa (Incoterms 2020). Payment: 30 days from invoice date. "
              "Packing: 250 pcs per bundle, 2.000 pcs per pallet, stretch wrapped, ISPM 15 pallets."),
        ("p", "Quality: ISO 9001:2015 certified plant. Food contact declaration according to "
              "Regulation (EC) 1935/2004 is available on request."),
        ("p", "Saygilarimizla / Best regards, Mehmet Kaya, Export Sales Manager, +90 232 000 5566"),
    ]
    case("p06_supplier_oc_production_row", ["RG001"],
         "supplier order confirmation restates the 1.000 sample PO and lists 120.000 production beside it "
         "with nothing saying it is not released",
         [("OC-2024-0588.pdf", pdf(blocks, title="Order confirmation OC-2024-0588", author="Ege Ambalaj"))])


def p07_artwork_reply_unscoped():
    original = (
        "From: Marc-Andre Gagnon\n"
        "Sent: April 30, 2024 9:12 AM\n"
        "To: Vikram Deshpande\n"
        "Subject: PO TCR-2024-0331 kraft sleeves\n\n"
        "Vikram,\n\n"
        "PO TCR-2024-0331 attached: 1,000 sample sleeves (kraft, fits 12 and 16oz) only. The 59,000 "
        "balance on your quote is not released. I will release it in writing after our cafe ops team "
        "signs off the fit trial on both cup sizes. Material: sample-only, please.\n\n"
        "Marc-Andre"
    )
    supplier = (
        "From: Vikram Deshpande\n"
        "Sent: May 9, 2024 6:40 AM\n"
        "Subject: RE: PO TCR-2024-0331 kraft sleeves - artwork v3\n\n"
        "Dear Marc-Andre,\n\n"
        "Please find artwork v3 for the kraft sleeve with the corrected FSC claim (FSC-C188221) and "
        "the French text as per Quebec requirements. The die line is unchanged. Kindly confirm so we "
        "may move forward.\n\n"
        "Regards,\nVikram\n\n"
        + quote(original)
    )
    text = (
        "Approved, please proceed.\n\n"
        "Thanks Vikram, nice work on the French copy.\n\n"
        "Marc-Andre\n"
        "Marc-Andre Gagnon | Purchasing | Timberline Coffee Roasters | 1180 Hamilton St, Vancouver BC\n\n"
        + quote(supplier) + "\n"
    )
    m = mail("Marc-Andre Gagnon <marc-andre@timberlinecoffee.example.ca>",
             "Vikram Deshpande <vikram@sahyadripaper.example.in>",
             "RE: PO TCR-2024-0331 kraft sleeves - artwork v3", "Thu, 09 May 2024 10:05:00 -0700", text)
    case("p07_artwork_reply_unscoped", ["RG002"],
         "'Approved, please proceed.' with no scope or quantity; the quoted original PO is otherwise complete",
         [("RE_artwork_v3.eml", m)])


def p08_po_and_artwork_form():
    po = [
        ("h1", "PURCHASE ORDER TTC/PO/24/0156"),
        ("p", "Teh Tarik Corner Sdn Bhd (201801034412) | 22 Lebuh Pantai, 10300 George Town, Pulau Pinang, Malaysia"),
        ("table", [
            ["Supplier", "Date", "Buyer", "Delivery"],
            ["Binh Duong Pacific Paper JSC", "14 May 2024", "Lim Wei Jie", "CIF Penang Port"],
        ]),
        ("sp",),
        ("table", [
            ["No", "Item code", "Description", "Qty", "Unit price (USD)", "Amount (USD)"],
            ["1", "TTC-PC12-HR", "12oz single-wall paper cup, 'Hari Raya' print, 4 colours", "2,000 pcs (sample)", "0.085", "170.00"],
        ]),
        ("sp",),
        ("p", "Scope: this PO releases the 2,000 sample cups only. The remaining 198,000 cups in your "
              "quotation BDP-Q-0587 are not released and must not be produced. Material authority: sample-only."),
        ("p", "The balance will be released only by a written release from Lim Wei Jie, Procurement "
              "Manager, after our QA signs off the samples (leak test and print check)."),
        ("p", "Artwork: to be confirmed on the attached Teh Tarik Corner artwork form."),
    ]
    form = [
        ("h1", "ARTWORK APPROVAL FORM"),
        ("p", "Teh Tarik Corner Sdn Bhd - Brand & Marketing"),
        ("table", [
            ["Field", "Entry"],
            ["Job", "12oz paper cup - Hari Raya 2024"],
            ["Item code", "TTC-PC12-HR"],
            ["Supplier", "Binh Duong Pacific Paper JSC"],
            ["Artwork version", "v4 (dated 13/05/2024)"],
            ["Colours", "Pantone 349 C, 7406 C, 7527 C, black"],
            ["Halal logo / JAKIM", "Checked"],
            ["Bahasa / English copy", "Checked"],
        ]),
        ("sp",),
        ("table", [
            ["Decision", "Signed", "Date"],
            ["APPROVED - proceed to print", "Nur Izzati binti Kamal, Brand Executive", "14/05/2024"],
        ]),
        ("p", "Please return one signed copy with the printer's proof."),
    ]
    case("p08_po_and_artwork_form", ["RG002"],
         "complete sample PO plus artwork form saying 'APPROVED - proceed to print' with no scope or quantity",
         [("PO_TTC-PO-24-0156.pdf", pdf(po, title="PO TTC/PO/24/0156", author="Teh Tarik Corner")),
          ("artwork_form_TTC-PC12-HR.docx", docx_bytes(form, author="Nur Izzati"))])


def p09_whatsapp_go_ahead_no_qty():
    lines = [
        ("19/02/2024", "09:31", "Rashid Al Mansoori", "Salam Sunny. PO AN-5521 sent by email this morning"),
        ("19/02/2024", "09:32", "Rashid Al Mansoori", "PO AN-5521 is for the sample bags only. The rest stays on hold until I send the written release after our marketing team signs off the samples. — Rashid"),
        ("19/02/2024", "09:50", "Sunny Chen", "Wa alaikum salam Rashid! Received, thank you 🙏"),
        ("19/02/2024", "09:51", "Sunny Chen", "For the Ramadan bag you want matte varnish or gloss? Gold foil same like last year?"),
        ("19/02/2024", "09:53", "Sunny Chen", "And can we book the press for next week? Press 3 is free from Tuesday"),
        ("19/02/2024", "10:20", "Rashid Al Mansoori", "Gloss. Foil same as last year"),
        ("19/02/2024", "10:21", "Rashid Al Mansoori", "Go ahead, book the press"),
        ("19/02/2024", "10:22", "Sunny Chen", "OK 👍 will arrange"),
        ("19/02/2024", "10:22", "Sunny Chen", "<Media omitted>"),
        ("19/02/2024", "10:40", "Rashid Al Mansoori", "Handle colour must be dark green not black. Pantone 3435"),
        ("19/02/2024", "10:41", "Sunny Chen", "Noted, dark green 3435"),
    ]
    case("p09_whatsapp_go_ahead_no_qty", ["RG002", "RG010"],
         "buyer's 'Go ahead, book the press' is unscoped; no authorizing message ever states how many bags "
         "are authorized now", [("WhatsApp_Chat_with_Sunny_Chen.txt", whatsapp(lines))])


def p10_everything_approved():
    original = (
        "Da: Francesca Bruno\n"
        "Inviato: venerdi 3 maggio 2024 12:10\n"
        "Oggetto: Ordine NV-24-0091 coppette gelato 150 ml\n\n"
        "Buongiorno Rui,\n\n"
        "in allegato il nostro ordine NV-24-0091 per 40.000 coppette gelato 150 ml (art. NV-CG150), "
        "nuova grafica 'Nuvola Estate'. This is the full quantity for the season, consegna entro il "
        "21 giugno al nostro magazzino di Moncalieri. Artwork follows from our marketing agency.\n\n"
        "Francesca"
    )
    text = (
        "Buongiorno Rui,\n\n"
        "good news: the artwork is approved by our marketing, the order is approved by our "
        "administration and the budget is approved too, so for us everything is approved. Please "
        "proceed.\n\n"
        "For the delivery, please remember the pallets max 1,60 m because of the racks in Moncalieri. "
        "And please send the DDT by email to magazzino@gelaterianuvola.example.it the day before.\n\n"
        "Cordiali saluti,\nFrancesca Bruno\nUfficio Acquisti - Gelateria Nuvola S.r.l.\n"
        "Corso Vittorio Emanuele II 64, 10121 Torino\n\n"
        + quote(original) + "\n"
    )
    m = mail("Francesca Bruno <acquisti@gelaterianuvola.example.it>",
             "Rui Carvalho <rui.carvalho@papatlantica.example.pt>",
             "R: Ordine NV-24-0091 coppette gelato 150 ml", "Tue, 14 May 2024 09:02:00 +0200", text)
    case("p10_everything_approved", ["RG002", "RG009"],
         "'approved' used for artwork, order and budget in one sentence, then an unscoped 'Please proceed' "
         "(full-quantity order, no balance)", [("R_Ordine_NV-24-0091.eml", m)])


# ------------------------------------------------------------------ batch 2
def c06_full_qty_po_proceed():
    blocks = [
        ("h1", "PURCHASE ORDER"),
        ("p", "Gulf Servewell Supplies FZE | Warehouse Q4-118, SAIF Zone, Sharjah, United Arab Emirates | TRN 100 2345 6789 0003"),
        ("table", [
            ["PO No.", "Date", "Supplier", "Buyer"],
            ["GSS-PO-24-0412", "12 May 2024", "Ningbo Greenleaf Packaging Co., Ltd.", "Imran Qureshi, Purchasing Manager"],
        ]),
        ("sp",),
        ("table", [
            ["#", "Item", "Description", "Qty", "Unit price USD", "Total USD"],
            ["1", "GSS-LID90-CPLA", "Sip lid 90 mm, CPLA, white, fits 8/12/16oz double-wall cups", "80,000 pcs", "0.031", "2,480.00"],
        ]),
        ("sp",),
        ("p", "Repeat order, same specification and packing as PO GSS-PO-23-1180 (1,000 pcs/carton, "
              "20 sleeves of 50). This PO covers the full quantity of 80,000 lids; there is no further "
              "balance and no other quantity is expected under this PO. Please proceed with the 80,000 "
              "pcs and ship on the first vessel after 15 June 2024."),
        ("p", "Shipment: CFR Jebel Ali, 20' container shared with our cups PO GSS-PO-24-0409. Documents: "
              "commercial invoice, packing list, B/L, certificate of origin, compostability certificate "
              "EN 13432 (copy). Payment: T/T 30 days after B/L date."),
        ("p", "Imran Qureshi, Purchasing Manager - mob. +971 50 000 4412"),
    ]
    case("c06_full_qty_po_proceed", [], "full-quantity repeat PO with 'proceed with the 80,000' and no balance",
         [("GSS-PO-24-0412.pdf", pdf(blocks, title="PO GSS-PO-24-0412", author="Gulf Servewell"))])


def c07_explicit_auto_conversion():
    blocks = [
        ("h1", "Sample sign-off and auto-conversion agreement"),
        ("p", "Kettle & Crumb Ltd, 9 Welsh Back, Bristol BS1 4SP, United Kingdom - and - "
              "Marmara Kagit Bardak San. ve Tic. A.S., Tuzla Deri OSB, Istanbul, Turkiye"),
        ("p", "Reference: PO KC-7714, 12oz double-wall hot cup 'Kettle & Crumb Harvest' (item KC-DW12-HV)."),
        ("table", [
            ["PO line", "Scope", "Quantity", "Status on 20 May 2024"],
            ["1", "Sample", "1,200 cups", "Released"],
            ["2", "Production", "96,000 cups", "Not released"],
        ]),
        ("h", "1. What is released today"),
        ("p", "Only PO line 1, 1,200 sample cups, is released today. Line 2 is commercial cover only; its "
              "96,000 cups are not released. Material authority until then: sample-only."),
        ("h", "2. Auto-conversion (recorded and agreed)"),
        ("p", "Both parties agree: if Sarah Okafor, Head of Quality at Kettle & Crumb, records an approved "
              "sample sign-off (drawdown against the Pantone standard and hot-fill leak test per "
              "KC-QS-05) on or before 28 June 2024, that sign-off by itself releases the 96,000 cups of "
              "PO line 2. No further release document is needed for that quantity."),
        ("p", "An interim or rejected disposition, or any sign-off recorded after 28 June 2024, releases "
              "nothing. In that case the 96,000 cups stay on hold until a written release from James "
              "Whitfield, Procurement Director."),
        ("h", "3. Signatures"),
        ("table", [
            ["For Kettle & Crumb Ltd", "For Marmara Kagit Bardak A.S."],
            ["James Whitfield, Procurement Director, 20/05/2024", "Burak Yildiz, Sales Director, 20/05/2024"],
        ]),
    ]
    case("c07_explicit_auto_conversion", [], "explicit recorded auto-conversion naming quantity, signer, "
         "deadline and fallback; otherwise complete",
         [("KC-7714_agreement.docx", docx_bytes(blocks, author="James Whitfield"))])


def c08_deposit_does_not_release():
    original = (
        "From: Farah Hanim <farah.hanim@kopisentral.example.my>\n"
        "Sent: Tuesday, 21 May 2024 3:47 PM\n"
        "Subject: PO KS-PO-2231 deposit\n\n"
        "Hi Burak,\n\n"
        "Our finance has transferred the 30% deposit for PO KS-PO-2231 today (ref. MBB 7781 2210). "
        "Just a reminder: only the 1,500 sample cups are released. The 98,500 balance is not released "
        "until I send a written release after our QA signs off the leak test.\n\n"
        "Can you confirm the sample dispatch date?\n\n"
        "Regards,\nFarah Hanim\nProcurement Executive, Kopi Sentral Sdn Bhd"
    )
    text = (
        "Dear Farah Hanim,\n\n"
        "Thank you, we received the 30% deposit for PO KS-PO-2231 this morning.\n\n"
        "To be clear from our side as well: the deposit does not release production. We are making "
        "only the 1,500 sample cups of the PO. We will not start the 98,500 and will not buy board for "
        "them until we receive your written release.\n\n"
        "The samples will be dispatched on 29 May by TNT to your Petaling Jaya office, tracking number "
        "follows. Leak test report and the drawdown card will be in carton 1.\n\n"
        "Iyi calismalar / Kind regards,\n"
        "Burak Yildiz\nSales Director\nMarmara Kagit Bardak San. ve Tic. A.S.\n+90 216 000 3390\n\n"
        + quote(original) + "\n"
    )
    m = mail("Burak Yildiz <burak.yildiz@marmarabardak.example.com.tr>",
             "Farah Hanim <farah.hanim@kopisentral.example.my>",
             "RE: PO KS-PO-2231 deposit", "Wed, 22 May 2024 10:12:00 +0300", text)
    case("c08_deposit_does_not_release", [], "supplier says the deposit does not release production; "
         "quoted buyer scope complete", [("RE_PO_KS-PO-2231.eml", m)])


def c09_calloff_staged_material():
    txt = """\
HIGHLAND GRILL RESTAURANTS LTD                          CALL-OFF / DELIVERY SCHEDULE RELEASE
140 WEST GEORGE STREET GLASGOW G2 2HG                   PRINTED 27/05/2024 14:02  USER FMACLEOD
==============================================================================================
CONTRACT   : HG-SA-2024-03 (SUPPLY AGREEMENT, 16OZ PAPER COLD CUP, 2-COL PRINT)
SUPPLIER   : 40088  XIAMEN HONGTAI PAPER PRODUCTS CO LTD, TONG'AN IND. ZONE, XIAMEN CN
CALL-OFF   : 0002            DATE: 27/05/2024
ITEM       : HG-CC16-2C  16OZ PAPER COLD CUP, PE-FREE, 90MM, 'HIGHLAND GRILL' 2 COL
==============================================================================================
QUANTITY SUMMARY                                    CUPS
  CONTRACT COVER                                 400,000
  RELEASED BY CALL-OFF 0001 (08/04/2024)          50,000
  RELEASED BY THIS CALL-OFF 0002                  50,000
  CUMULATIVE RELEASED                            100,000
  NOT RELEASED (HELD)                            300,000
----------------------------------------------------------------------------------------------
DELIVERY  : 50,000 CUPS DDP HG DC BELLSHILL ML4 3NX, WK 31.  BOOKING: DC-BOOKINGS@HIGHLANDGRILL
NOTES     :
  1. THE 300,000 NOT RELEASED ARE HELD. DO NOT PRINT OR FORM BEYOND THE CUMULATIVE 100,000.
  2. UNLOCK: CALL-OFF 0003, SIGNED BY FIONA MACLEOD (SUPPLY CHAIN MANAGER), AFTER THE Q3 MENU
     REVIEW ON 02/09/2024. NO OTHER DOCUMENT RELEASES CUPS.
  3. MATERIAL AUTHORITY: STAGED. SUPPLIER MAY BUY AND HOLD CUPSTOCK FOR UP TO 150,000 CUPS
     (I.E. 50,000 CUPS' WORTH BEYOND THE CUMULATIVE RELEASED QTY) AT HIGHLAND GRILL'S
     LIABILITY. BOARD FOR ANY QUANTITY ABOVE 150,000 IS AT SUPPLIER'S OWN RISK.
  4. QUANTITY BASIS OF THE 300,000 HELD: FORECAST.
==============================================================================================
AUTHORISED: F. MACLEOD, SUPPLY CHAIN MANAGER                    PAGE 1 OF 1
"""
    case("c09_calloff_staged_material", [], "call-off with explicit staged material authority above the "
         "released qty, held balance, named signer and unlock event",
         [("CALLOFF_HG-SA-2024-03_0002.txt", txt)])


def c10_supplier_ack_docx():
    blocks = [
        ("h1", "Acknowledgement of purchase order"),
        ("p", "Papelaria Atlantica Embalagens, Lda. - Zona Industrial de Taboeira, 3800-055 Aveiro, Portugal - NIF PT 509 000 221"),
        ("p", "To: Trattoria Express S.r.l., Via Tiburtina 1020, 00156 Roma - Att.: Sig. Lorenzo Gatti, Responsabile Acquisti"),
        ("p", "Aveiro, 23 May 2024"),
        ("p", "We acknowledge your purchase order TE-24-0077 of 21 May 2024 with the scope exactly as written:"),
        ("table", [
            ["Line", "Article", "Description", "Scope", "Quantity", "Our action"],
            ["1", "TE-SLV-1216", "Cup sleeve kraft 12/16oz, 1 colour 'Trattoria Express'", "Sample", "2.000 pcs", "Produce and ship wk 23"],
            ["-", "TE-SLV-1216", "Balance of your forecast", "Not released", "78.000 pcs", "No production, no board purchase"],
        ]),
        ("sp",),
        ("p", "We will produce only the 2.000 sample sleeves. The 78.000 balance is not released: we will not "
              "print, die-cut or buy board for it. We will wait for the written release from Sig. Lorenzo "
              "Gatti after your sample sign-off (fit on 12 and 16oz cups and rub test)."),
        ("p", "Delivery: DAP Roma, pallet 80 x 120 cm. Payment: 60 days from invoice, as per your PO."),
        ("p", "Com os melhores cumprimentos, Rui Carvalho, Key Account Manager - Italia"),
    ]
    case("c10_supplier_ack_docx", [], "supplier acknowledgement restating sample scope, hold, unlock event "
         "and named release person", [("ACK_TE-24-0077.docx", docx_bytes(blocks, author="Rui Carvalho"))])


def c11_edi_identifiers():
    txt = """\
=============================================================================
 EDI X12 850 PURCHASE ORDER - HUMAN READABLE PRINTOUT        ISA CTRL 000004417
 SENDER: PRAIRIEPERK (ZZ)        RECEIVER: BDPACIFICVN (ZZ)   GS CTRL 4417
=============================================================================
 BEG*00*SA*PPC-850-004417**20240528
 PO PURPOSE : 00 ORIGINAL              PO TYPE: SA STAND-ALONE ORDER
 BUYER      : PRAIRIE PERK COFFEE LTD, 2500 - 10 AVE SE, CALGARY AB T2A 7X4 CA
 SUPPLIER   : BINH DUONG PACIFIC PAPER JSC, LOT C7 MY PHUOC 3 IP, BINH DUONG VN
 SHIP TO    : DC 4100 - PRAIRIE PERK, 6100 - 76 AVE SE, CALGARY AB
 FOB        : DAP CALGARY (INCOTERMS 2020)     TERMS: NET 45
-----------------------------------------------------------------------------
 PO1 LN  QTY      UOM  UNIT PRICE  BUYER PART        SUPPLIER PART / DESCRIPTION
 --- --  -------  ---  ----------  ----------------  ---------------------------
 PO1 001  60000   EA   0.0480 USD  PN 12-500-1000    BDP-SW12-PP REV 2500
                                                    12OZ SW HOT CUP, 2-COL PRINT
                                                    DWG 16-2000 REV 90
                                                    EN 13432 / ASTM D6400 LINING
 PO1 002  60000   EA   0.0210 USD  PN 90-1200-60     BDP-LID90-CPLA
                                                    SIP LID 90MM CPLA WHITE
-----------------------------------------------------------------------------
 PID NOTE : PACK 1000/CS, 50/SLEEVE. PALLET HEIGHT MAX 1500 MM. LABEL PER
            PPC-SPEC-2024 (GS1-128, SSCC). FOOD SAFETY: ISO 22000:2018 PLANT.
 N9 NOTE  : FULL QUANTITY ORDER. THIS PO COVERS 60,000 CUPS AND 60,000 LIDS
            IN TOTAL; NO BALANCE, NO FURTHER QUANTITY UNDER THIS PO.
            SHIP COMPLETE, ONE CONSIGNMENT, ETD NO LATER THAN 2024-07-05.
            QUOTE REF Q-2500 / RFQ 2024-0500.
 CTT*2*120000
 SE*18*0001
=============================================================================
"""
    case("c11_edi_identifiers", [], "full-quantity EDI PO, no balance; part numbers, drawing revs and "
         "norms that look like quantities", [("EDI850_PPC-850-004417.txt", txt)])


def c12_wechat_complete():
    lines = [
        ("2024-05-06 09:12:40", "Lily Huang 黄丽", "Hi Oliver, quotation for the SOS bags sent. Sample 500 pcs USD 0.22, mass production 80,000 pcs USD 0.064"),
        ("2024-05-06 09:13:05", "Lily Huang 黄丽", "Paper 70gsm brown kraft, 1 colour, flat bottom, size 18x11x29cm"),
        ("2024-05-06 16:40:11", "Oliver Grant", "Thanks Lily. PO PLB-2291 sent for the 500 sample bags only."),
        ("2024-05-06 16:41:30", "Oliver Grant", "The other 79,500 are not released. I'll release them in writing after our QA signs off the drop test and the grease test. Oliver Grant, Buyer, Penny Lane Bakeries"),
        ("2024-05-07 08:55:02", "Lily Huang 黄丽", "Got it 👌 only 500 pcs. We don't buy paper for the 79,500 before your written release"),
        ("2024-05-07 08:55:40", "Lily Huang 黄丽", "Sample ready around 17 May, send by DHL to Liverpool?"),
        ("2024-05-07 09:20:15", "Oliver Grant", "Yes DHL please, to our Speke bakery not the head office. Address in the PO"),
        ("2024-05-07 09:21:02", "Lily Huang 黄丽", "[Image]"),
        ("2024-05-07 09:21:30", "Lily Huang 黄丽", "This is the print position, logo centre, ok?"),
        ("2024-05-07 09:35:48", "Oliver Grant", "Logo centre is fine for the samples"),
    ]
    case("c12_wechat_complete", [], "chat: sample PO 500, 79,500 not released, QA sign-off + written "
         "release by named buyer; supplier confirms no paper purchase",
         [("WeChat_Lily_Huang_export.txt", wechat(lines))])


def p12_erp_naive_sample():
    txt = """\
CEDAR LANE CAFES INC.                       PURCHASE ORDER            PO#: CLC-0061877
77 DUNDAS ST E, TORONTO ON M5B 1E5          PAGE 1 OF 1               DATE: 2024-05-15
-------------------------------------------------------------------------------------
VENDOR: V00912 DONGGUAN HENGYU PAPER PRODUCTS CO LTD
        HUMEN TOWN, DONGGUAN, GUANGDONG, CHINA
SHIP TO: CEDAR LANE DC, 300 ATTWELL DR, ETOBICOKE ON M9W 5B9
SHIP VIA: AIR COURIER          FOB: ORIGIN          TERMS: NET 30
BUYER: R.SINGH (416) 555-0193
-------------------------------------------------------------------------------------
LINE ITEM#         DESCRIPTION                        QTY  UM   UNIT COST   EXT COST
---- ------------- ------------------------------ ------- --- ----------- ----------
0001 CL-DW16-FALL  16OZ DOUBLE WALL HOT CUP          1,000  EA      0.2100     210.00
                   'FALL HARVEST' 4C PRINT
                   SAMPLE
0002 CL-PLATES-4C  PRINT PLATES 4 COLOUR                 1  LT    340.0000     340.00
-------------------------------------------------------------------------------------
                                                             PO TOTAL USD     550.00
COMMENTS:
  SAMPLES FOR MARKETING PHOTO SHOOT + HOT-FILL TEST. NEED IN TORONTO BY JUNE 14.
  INCLUDE CERTIFICATE OF COMPOSTABILITY (EN 13432 OR BPI) WITH SHIPMENT.
  ALL CARTONS TO SHOW PO# AND ITEM#.
-------------------------------------------------------------------------------------
AUTHORIZED BY: R.SINGH, BUYER
"""
    case("p12_erp_naive_sample", ["RG003", "RG004", "RG005"],
         "ERP sample PO for 1,000 cups with nothing about the remaining quantity, no unlock event, no release person",
         [("PO_CLC-0061877.txt", txt)])


def p14_release_mismatch_until_further_notice():
    rel = [
        ("h1", "Release BO-REL-0042"),
        ("p", "Bramble & Oak Cafe Group Ltd, 21 Rose Street, Edinburgh EH2 2PR"),
        ("p", "Supplier: Papelaria Atlantica Embalagens, Lda., Aveiro, Portugal. PO: BO-PO-1190 (kraft cup sleeve 12/16oz)."),
        ("table", [
            ["Item", "Description", "Quantity released", "Delivery"],
            ["BO-SLV-KR", "Kraft cup sleeve 12/16oz, 2-colour 'Bramble & Oak'", "25,000 sleeves", "Edinburgh DC, w/c 12 August 2024"],
        ]),
        ("sp",),
        ("p", "The remaining sleeves on PO BO-PO-1190 stay on hold until further notice. Any release "
              "comes from Kate Lyons, Buying Manager, and no-one else."),
        ("p", "Kate Lyons, Buying Manager, 4 June 2024"),
    ]
    text = (
        "Morning Rui,\n\n"
        "Please treat this as the release for 20,000 sleeves for the August restock - our store "
        "numbers have settled after the summer openings. The release form is attached for your files.\n\n"
        "The rest of the PO stays on hold until further notice. Any release comes from me and no-one "
        "else, so please ignore any requests from the store teams directly.\n\n"
        "Also, the sleeves from the last delivery had a slightly greener brown than the standard, could "
        "your QC have a look before this batch?\n\n"
        "Many thanks,\nKate"
        + sig("Kate Lyons", "Buying Manager", "Bramble & Oak Cafe Group Ltd", "+44 131 496 0250")
    )
    m = mail("Kate Lyons <kate.lyons@brambleoak.example.co.uk>",
             "Rui Carvalho <rui.carvalho@papatlantica.example.pt>",
             "Release - PO BO-PO-1190 sleeves August", "Tue, 04 Jun 2024 08:31:00 +0100", text,
             attachments=[("BO-REL-0042.pdf", pdf(rel, title="Release BO-REL-0042", author="Kate Lyons"), PDF_MT)])
    case("p14_release_mismatch_until_further_notice", ["RG004", "RG011"],
         "email releases 20,000 sleeves, attached release form says 25,000; rest on hold 'until further "
         "notice' (no unlock event; Kate named)", [("Release_BO-PO-1190.eml", m)])


def p15_portal_release_words_department():
    body = """
<h2>Pasticceria Aurora S.p.A. - Portale Fornitori / Supplier Portal</h2>
<p>Supplier: <b>Marmara Kagit Bardak San. ve Tic. A.S.</b> &middot; Order <b>ORD-2024-0311</b> &middot; Item AUR-CUP08-NAT (8oz paper cup 'Aurora Natale', 3 colours)</p>
<table>
<tr><th>Field</th><th>Value</th><th>Date</th></tr>
<tr><td>PO status</td><td>RELEASED to supplier</td><td>03/04/2024</td></tr>
<tr><td>Sample status</td><td>RELEASED by QA (drawdown + leak test OK)</td><td>12/04/2024</td></tr>
<tr><td>Released for production</td><td>5.000 pz (samples)</td><td>03/04/2024</td></tr>
<tr><td>Balance</td><td>95.000 pz - not released</td><td>-</td></tr>
<tr><td>Production release</td><td>PENDING</td><td>-</td></tr>
</table>
<div class="note">The production release for the balance will be issued by the Purchasing department after the
sample sign-off has been filed. Please do not start the 95.000 pz before the production release appears on this page.</div>
<p>Documents: PO ORD-2024-0311 rev 0 (PDF) &middot; QA report QR-0412 (PDF) &middot; Artwork v5 (PDF)</p>
<p>Contatti: acquisti@pasticceriaaurora.example.it &middot; Ufficio Qualita: qualita@pasticceriaaurora.example.it</p>
"""
    case("p15_portal_release_words_department", ["RG005", "RG009"],
         "'released' used for the PO (commercial), the samples (QA) and production; release by 'the "
         "Purchasing department', nobody named",
         [("ORD-2024-0311_status.html", html_page("Order ORD-2024-0311 - status", body, lang="it"))])


def p17_supplier_bought_board():
    original = (
        "From: Jason Tan <jason.tan@bukitbrew.example.my>\n"
        "Sent: Thursday, 9 May 2024 11:20 AM\n"
        "Subject: PO BB-2406 12oz hot cup Merdeka\n\n"
        "Hi Amy,\n\n"
        "PO BB-2406 is attached. It is for 3,000 sample cups only (12oz DW, Merdeka print). The 297,000 "
        "in your quote are not released. I will release the balance in writing after our QA signs off "
        "the leak test and the print. Material: sample-only, please.\n\n"
        "Thanks,\nJason Tan\nSenior Buyer, Bukit Brew Coffee Sdn Bhd"
    )
    text = (
        "Dear Jason,\n\n"
        "Good day! The 3,000 sample cups will ship on 20 May by FedEx, we will send AWB.\n\n"
        "For your information: to secure your Merdeka launch in August, and because board price from "
        "our mill goes up 8% from 1 June, we have already purchased the cupstock (280 gsm PE-free, "
        "11.5 tons) for 300k cups. It is in our warehouse now, so when you release the balance we can "
        "start printing the same day.\n\n"
        "Please let us know as early as possible about the release so we can plan the printing line.\n\n"
        "Best regards,\nAmy Zhang\nOverseas Sales Dept.\nDongguan Hengyu Paper Products Co., Ltd.\n"
        "Tel: +86 769 0000 8812  WeChat: amy_hengyu\n\n"
        + quote(original) + "\n"
    )
    m = mail("Amy Zhang <amy.zhang@hengyu-paper.example.cn>",
             "Jason Tan <jason.tan@bukitbrew.example.my>",
             "RE: PO BB-2406 12oz hot cup Merdeka", "Mon, 13 May 2024 17:02:00 +0800", text)
    case("p17_supplier_bought_board", ["RG006"],
         "supplier has bought cupstock for 300k cups while only 3,000 samples are released and material is "
         "sample-only", [("RE_PO_BB-2406.eml", m)])


def p18_supplier_report_forecast_and_paper():
    blocks = [
        ("h1", "Monthly account report - May 2024"),
        ("p", "Saigon Green Straw Co., Ltd - Lot 12, Tan Thuan EPZ, District 7, Ho Chi Minh City, Viet Nam"),
        ("p", "Customer: Northgate Coffee Co. Ltd (Leeds, UK) - attn. Ms Hannah Price, Category Manager"),
        ("h", "1. Annual programme 2025"),
        ("p", "Thank you for sharing your 2025 annual forecast of 2,000,000 paper straws (8x210 mm, "
              "unwrapped, kraft). We are pleased to confirm this forecast as your order under our sales "
              "order SGS-SO-25-001 and have reserved the production capacity for you (line 2, from "
              "January 2025)."),
        ("h", "2. Call-offs received for 2025"),
        ("p", "None yet. Your first call-off is expected in December 2024."),
        ("h", "3. Material"),
        ("table", [
            ["Material", "Supplier", "Quantity ordered", "Covers", "ETA"],
            ["Kraft straw paper 120 gsm, food grade", "Nine Dragons", "6.2 tons", "approx. 500,000 straws", "25/06/2024"],
            ["Food-grade adhesive", "Henkel VN", "300 kg", "approx. 500,000 straws", "10/06/2024"],
        ]),
        ("p", "We ordered the paper early to protect you from the price increase announced for Q3."),
        ("h", "4. Quality"),
        ("p", "Wet strength test (cold water 60 min) on the May lot: pass, no delamination. Certificate "
              "EN 13432 renewed until 2027 (no. 7P1093)."),
        ("p", "Prepared by: Tran Minh Chau, Account Manager - UK & Ireland"),
    ]
    case("p18_supplier_report_forecast_and_paper", ["RG006", "RG008"],
         "supplier report confirms the 2025 forecast as an order and has ordered paper for ~500,000 straws "
         "with no call-off released yet", [("SGS_account_report_2024-05.pdf",
                                      pdf(blocks, title="Monthly account report", author="Saigon Green Straw"))])


def p19_buyer_board_on_floor():
    text = (
        "Hi Cindy,\n\n"
        "Thanks for the call this morning. Summarising where we are on the 16oz paper cold cup for the "
        "Maple Lemonade LTO:\n\n"
        "- PO MSB-88511 covers 3,200 sample cups only. That's what you can make now.\n"
        "- The other 316,800 are not released. I'll send a written release once our food safety lead "
        "has signed off the samples (leak test with ice and the rim roll check).\n"
        "- We can't give you a material commitment yet. That said, it would be great if you had the "
        "board on the floor for the full 320,000 by the time the samples are signed off, so we don't "
        "lose the July window.\n\n"
        "Timeline on our side: samples in Mississauga by June 10, sign-off by June 17 at the latest.\n\n"
        "Talk soon,\nJenna"
        + sig("Jenna Kowalski", "Category Manager - Packaging", "Maple Stack Burgers Inc.", "+1 905 555 0162")
    )
    m = mail("Jenna Kowalski <jenna.kowalski@maplestack.example.ca>",
             "Cindy Wu <cindy.wu@greenleaf-pack.example.cn>",
             "16oz cold cup - Maple Lemonade LTO - recap", "Thu, 16 May 2024 13:25:00 -0400", text,
             html=simple_html(text))
    case("p19_buyer_board_on_floor", ["RG006"],
         "buyer asks the supplier to stage board for the full 320,000 while saying there is no material "
         "commitment; otherwise complete", [("MSB-88511_recap.eml", m)])


def p21_advance_received_paper_booked():
    original = (
        "From: Imran Qureshi <imran.qureshi@gulfservewell.example.ae>\n"
        "Sent: 26 May 2024 10:03\n"
        "Subject: PO GSS-PO-24-0519 / PI SPB/PI/2425/061\n\n"
        "Dear Mr. Patel,\n\n"
        "The 30% advance against your PI SPB/PI/2425/061 has been remitted today.\n\n"
        "As per our PO GSS-PO-24-0519, only 1,000 sample bags are released now. The 99,000 balance is "
        "not released until I send you a written release after our QC signs off the samples.\n\n"
        "Best regards,\nImran Qureshi\nPurchasing Manager, Gulf Servewell Supplies FZE"
    )
    text = (
        "Dear Mr. Imran,\n\n"
        "Greetings from Shreeji Paper Bags!\n\n"
        "We are in receipt of your 30% advance of USD 4,350 against PI SPB/PI/2425/061. Thank you very "
        "much.\n\n"
        "As the advance is received, we have booked the kraft paper (90 gsm brown, 14 MT) for the full "
        "100,000 bags with our mill in Vapi, and printing will start from Monday 3rd June. The 1,000 "
        "samples will be taken from the first running lot and couriered to you.\n\n"
        "Kindly note the paper rate is locked for this order only.\n\n"
        "Thanks & regards,\nHiren Patel\nDirector - Exports\nShreeji Paper Bags Pvt. Ltd.\n"
        "Plot 44, GIDC Vatva, Ahmedabad 382445, Gujarat, India\n+91 79 0000 4417\n\n"
        + quote(original) + "\n"
    )
    m = mail("Hiren Patel <hiren@shreejipaperbags.example.in>",
             "Imran Qureshi <imran.qureshi@gulfservewell.example.ae>",
             "RE: PO GSS-PO-24-0519 / PI SPB/PI/2425/061", "Tue, 28 May 2024 12:40:00 +0530", text)
    case("p21_advance_received_paper_booked", ["RG006", "RG012"],
         "supplier treats the advance as the start signal and books paper for 100,000 bags while the quoted "
         "PO releases 1,000", [("RE_GSS-PO-24-0519.eml", m)])


def p22_wechat_samples_approved_buying_board():
    lines = [
        ("2024-04-22 15:02:11", "Salvatore Esposito", "Jacky buongiorno. PO BCG-0418 sent. It is 2.000 sample cups only (8oz espresso 'Bar Centrale')"),
        ("2024-04-22 15:03:40", "Salvatore Esposito", "The other 248.000 are NOT released. I send the written release myself after our QC checks the samples"),
        ("2024-04-22 15:20:02", "Jacky Zheng 郑", "Received Salvatore 👍 only 2000 pcs"),
        ("2024-05-14 09:41:18", "Jacky Zheng 郑", "Salvatore good morning! Marco from your QC send email yesterday, samples approved, leak test pass 😊"),
        ("2024-05-14 09:42:05", "Jacky Zheng 郑", "So we already start buying the board for the 250k run, board price is good now"),
        ("2024-05-14 09:42:30", "Jacky Zheng 郑", "Printing plates we keep from sample, no need new"),
        ("2024-05-14 09:43:12", "Jacky Zheng 郑", "[File] BCG-0418_leak_test_report.pdf"),
        ("2024-05-14 11:15:50", "Salvatore Esposito", "Ok thanks for the report. I am in a meeting, I call you later"),
    ]
    case("p22_wechat_samples_approved_buying_board", ["RG006", "RG007"],
         "supplier takes the QC sample approval as the start and buys board for the 250k run; buyer had "
         "required his own written release", [("WeChat_Jacky_Zheng.txt", wechat(lines))])


# ------------------------------------------------------------------ batch 3
def c13_erp_sample_complete():
    txt = """\
NASI LEMAK EXPRESS SDN BHD (1099882-K)                          PURCHASE ORDER
LOT 7, JALAN PENGAPIT 15/19, SEK. 15, 40200 SHAH ALAM, SELANGOR
-------------------------------------------------------------------------------------------
PO NO.    : NLE/PO/2405/0117             PO DATE : 20.05.2024      REV : 0
VENDOR    : 700215 XIAMEN HONGTAI PAPER PRODUCTS CO LTD - TONG'AN IND. ZONE, XIAMEN, CHINA
CURRENCY  : USD                          INCOTERM: CIF PORT KLANG
PURCH.ORG : NLE1  PURCH.GRP: 020 PACKAGING   BUYER: NG PEI SHAN
-------------------------------------------------------------------------------------------
ITEM  MATERIAL       SHORT TEXT                          QTY    UN   PRICE/UN   NET VALUE
----- -------------- ---------------------------------- ------ ---- ---------- ----------
00010 NLE-KCS-750    KRAFT PAPER CLAMSHELL 750ML,        1,000  PC      0.0950      95.00
                     1 COL PRINT 'NLE', PE-FREE COATING
                     ** SAMPLE LOT **
-------------------------------------------------------------------------------------------
                                                         TOTAL NET VALUE USD        95.00
-------------------------------------------------------------------------------------------
HEADER TEXT:
  SAMPLE ONLY: 1,000 PCS RELEASED BY THIS PO.
  BALANCE 149,000 PCS (YOUR QUOTATION XHT-Q-2405-33) IS NOT RELEASED. DO NOT PRODUCE,
  DO NOT PURCHASE BOARD FOR IT. MATERIAL AUTHORITY: SAMPLE-ONLY.
  UNLOCK: WRITTEN PRODUCTION RELEASE FROM MS NG PEI SHAN, HEAD OF PROCUREMENT, AFTER QA
  SIGN-OFF OF THE SAMPLES (GREASE TEST 4 HRS + HALAL / FOOD CONTACT DOCUMENTS).
  QUANTITY BASIS OF BALANCE: FORECAST.
DELIVERY TO: NLE CENTRAL KITCHEN, SHAH ALAM. RECEIVING MON-SAT 08:00-16:00.
-------------------------------------------------------------------------------------------
THIS IS A COMPUTER GENERATED DOCUMENT.          APPROVAL STEP: P01 (FINANCE) COMPLETED
"""
    case("c13_erp_sample_complete", [], "ERP sample PO with all four scope items and sample-only material; "
         "the footer's workflow step is system text", [("NLE-PO-2405-0117.txt", txt)])


def c14_supplier_portal_status():
    body = """
<h2>Kaveri Moulded Fibre Pvt Ltd - Customer Portal</h2>
<p>Customer: <b>Al Noor Packaging Trading LLC</b> (Dubai) &middot; Customer PO: <b>ANP-PO-3420</b> &middot; Item: KMF-BWL-500 bagasse bowl 500 ml with PET-free lid</p>
<table>
<tr><th>Quantity</th><th>Pcs</th><th>Document</th></tr>
<tr><td>PO commercial cover</td><td>200,000</td><td>ANP-PO-3420 rev 1</td></tr>
<tr><td>Released for production (call-off 1)</td><td>20,000</td><td>Call-off ANP-CO-3420-01, signed R. Al Mansoori, 02-May-2024</td></tr>
<tr><td>Produced</td><td>14,600</td><td>Batch KMF-24-1187</td></tr>
<tr><td>Shipped</td><td>0</td><td>-</td></tr>
<tr><td>Balance on hold (not released)</td><td>180,000</td><td>-</td></tr>
</table>
<div class="note">The 180,000 balance is on hold. It is released only by call-off 2, to be signed by
Mr Rashid Al Mansoori (Procurement Director, Al Noor) after Al Noor's stock review on 30 July 2024.
Pulp purchased: for 20,000 pcs only. We will not buy pulp or mould beyond the released quantity.</div>
<p>Next shipment: 20,000 pcs, 1 x 40' HC, ETD Chennai 14-Jun-2024.</p>
"""
    case("c14_supplier_portal_status", [], "supplier portal status: released 20,000, balance on hold with "
         "call-off 2 and named signer; material within release",
         [("ANP-PO-3420_status.html", html_page("ANP-PO-3420 status", body))])


def c15_corrects_supplier_assumption():
    supplier = (
        "From: Burak Yildiz <burak.yildiz@marmarabardak.example.com.tr>\n"
        "Sent: Monday, 27 May 2024 09:14\n"
        "Subject: AIF-PO-24-088 / 8oz cup 'Aroma' samples\n\n"
        "Dear Marco,\n\n"
        "The 1.000 sample cups are ready and will leave with the Thursday truck to Firenze. Once you "
        "approve the samples we will go straight into the 200.000, no need for a new PO, so we can "
        "deliver before your September reopening.\n\n"
        "Best regards,\nBurak"
    )
    text = (
        "Buongiorno Burak,\n\n"
        "thank you, the truck on Thursday is fine.\n\n"
        "But please no: the sample sign-off does not release the 200.000. Today only the 1.000 samples "
        "of PO AIF-PO-24-088 are released. The 200.000 stay on hold. They are released only by a written "
        "release from me, Marco Bellini, after our quality team has signed off the samples. Please do "
        "not buy board for them before that.\n\n"
        "I know September is close; if the samples are good I will send the release the same day.\n\n"
        "Cordiali saluti,\nMarco Bellini\nResponsabile Acquisti - Aroma Italiano Franchising S.r.l.\n"
        "Viale Fratelli Rosselli 41, 50123 Firenze\n\n"
        + quote(supplier) + "\n"
    )
    m = mail("Marco Bellini <m.bellini@aromaitaliano.example.it>",
             "Burak Yildiz <burak.yildiz@marmarabardak.example.com.tr>",
             "Re: AIF-PO-24-088 / 8oz cup 'Aroma' samples", "Mon, 27 May 2024 11:48:00 +0200", text,
             in_reply_to="<aif-088-samples@marmarabardak.example.com.tr>")
    case("c15_corrects_supplier_assumption", [], "quoted supplier assumes sample approval rolls into the "
         "200.000; buyer's reply corrects it with complete scope", [("Re_AIF-PO-24-088.eml", m)])


def c16_forwarded_old_quote():
    old = mail("Cindy Wu <cindy.wu@greenleaf-pack.example.cn>",
               "Amanda Liu <amanda.liu@prairieperk.example.ca>",
               "Quotation Q-GL-23-0981 16oz paper cold cup", "Wed, 11 Oct 2023 14:30:00 +0800",
               "Dear Amanda,\n\nPlease see our quotation for the 16oz paper cold cup (PE-free, 2 colours):\n\n"
               "  Sample lot        3,000 pcs   USD 0.150\n"
               "  Production      500,000 pcs   USD 0.046\n\n"
               "FOB Ningbo, validity 30 days.\n\nBest regards,\nCindy Wu\nExport Sales Manager\n"
               "Ningbo Greenleaf Packaging Co., Ltd.\n")
    text = (
        "Hi Cindy,\n\n"
        "I'm forwarding your October quote below purely as a price reference for the new cup. The "
        "500,000 in it is for information only and is not released.\n\n"
        "Our new PO PPC-PO-2024-118 (in the portal) releases 5,000 sample cups of the new 16oz paper "
        "cold cup 'Prairie Sunrise' only. Nothing else is released. The remaining quantity we talked "
        "about stays on hold until I send you a written release, after our QA lead has signed off the "
        "ice-fill and condensation test on the samples. Please buy board for the 5,000 only.\n\n"
        "Could you update the prices in the forwarded quote for the 2024 board costs when you get a "
        "minute? No rush.\n\n"
        "Thanks!\nAmanda"
        + sig("Amanda Liu", "Purchasing Coordinator", "Prairie Perk Coffee Ltd", "+1 403 555 0129")
    )
    m = mail("Amanda Liu <amanda.liu@prairieperk.example.ca>",
             "Cindy Wu <cindy.wu@greenleaf-pack.example.cn>",
             "FW: Quotation Q-GL-23-0981 16oz paper cold cup - new PO PPC-PO-2024-118",
             "Tue, 21 May 2024 10:10:00 -0600", text, attachments=[("rfc822", old)])
    case("c16_forwarded_old_quote", [], "old quote forwarded as message/rfc822, 500,000 declared informational "
         "and not released; sample PO scope complete", [("FW_Quotation_Q-GL-23-0981.eml", m)])


def c17_interim_disposition():
    blocks = [
        ("h1", "Sample disposition and release notice"),
        ("p", "Copper Kettle Coffee House Ltd - Quality & Purchasing - 5 Mermaid Quay, Cardiff CF10 5BZ"),
        ("table", [
            ["Supplier", "PO", "Item", "Samples received"],
            ["Papelaria Atlantica Embalagens, Lda.", "CK-PO-0722 (100,000 sleeves)", "CK-SLV-12 kraft sleeve 12oz, 2 colours", "1,000 on 14/05/2024"],
        ]),
        ("sp",),
        ("h", "Disposition: INTERIM"),
        ("p", "Fit, glue seam and rub resistance meet spec. The green ink is slightly off standard "
              "(Delta E 2.8 against our 2.0 limit). Rhiannon Davies, Quality Manager, records an interim "
              "disposition: sleeves in the current ink may be used up to 20,000 pcs or until "
              "31 July 2024, whichever comes first."),
        ("h", "Release"),
        ("p", "Within that interim limit this notice releases 20,000 sleeves for production and delivery "
              "to our Cardiff store support centre in week 24. Signed: Gareth Morgan, Purchasing Manager "
              "(release authority)."),
        ("p", "The remaining 80,000 sleeves of PO CK-PO-0722 are not released. They will be released "
              "only by a further written release from Gareth Morgan after a full sample sign-off on "
              "corrected ink (new drawdown required). Material authority: board for the 20,000 released "
              "sleeves only."),
        ("p", "Rhiannon Davies, Quality Manager - Gareth Morgan, Purchasing Manager - 20 May 2024"),
    ]
    case("c17_interim_disposition", [], "interim sample disposition with qty/date limits, release of 20,000 "
         "within it, balance held with event and named person",
         [("CK-PO-0722_disposition.pdf", pdf(blocks, title="Sample disposition CK-PO-0722", author="Copper Kettle"))])


def c18_artwork_brief_planning():
    blocks = [
        ("h1", "Artwork brief - Merdeka 2024 seasonal cup"),
        ("p", "Kopi Sentral Sdn Bhd - Brand & Marketing. Version 2, 6 May 2024. Owner: Siti Nurhaliza binti Omar."),
        ("h", "Purpose"),
        ("p", "This brief tells our converter how the seasonal cup must look. It does not order anything. "
              "Quantities are authorised only by Procurement through a purchase order and a written "
              "production release."),
        ("h", "Specification"),
        ("table", [
            ["Element", "Requirement"],
            ["Cup", "12oz double-wall hot cup, 90 mm rim (same blank as core cup KS-DW12)"],
            ["Colours", "Jalur Gemilang red Pantone 485 C, blue 280 C, yellow 116 C, white"],
            ["Copy", "'Selamat Hari Kebangsaan' + 'Kopi Sentral' wordmark, Bahasa Malaysia only"],
            ["Mandatory marks", "Halal logo (JAKIM) 8 mm, recycling mark, EN 13432 seedling"],
            ["Dieline", "KS-DL-1290 rev 3 (do not use rev 2)"],
        ]),
        ("h", "Launch"),
        ("p", "In store 15 August to 16 September 2024 in all 186 outlets. Planning estimate for the "
              "season: about 240,000 cups. This is a planning figure, not an order."),
        ("h", "Approvals of the artwork"),
        ("p", "Brand (Siti) signs the artwork; Legal checks the national symbols. Printer's proof to be "
              "sent to brand@kopisentral.example.my."),
    ]
    case("c18_artwork_brief_planning", [], "buyer's artwork brief, states it orders nothing; planning "
         "estimate labelled as not an order",
         [("Merdeka_2024_artwork_brief.docx", docx_bytes(blocks, author="Siti Nurhaliza"))])


def c19_supplier_status_within_release():
    body = """
<h2>Weekly order status - Teh Tarik Corner Sdn Bhd</h2>
<p>From Binh Duong Pacific Paper JSC &middot; Week 22 / 2024 &middot; Item TTC-PC12-CORE (12oz single-wall paper cup, core print)</p>
<table>
<tr><th>Document</th><th>Released</th><th>Board purchased (cups' worth)</th><th>Printed</th><th>Formed &amp; packed</th><th>Shipped</th></tr>
<tr><td>Call-off 1 (W. J. Lim, 06/05/2024)</td><td>50,000</td><td>50,000</td><td>50,000</td><td>32,000</td><td>0</td></tr>
</table>
<p>Balance under PO TTC/PO/24/0131: 150,000 cups, on hold, not released. Call-off 2 not received.
We will not buy board for the balance before call-off 2.</p>
<p>Ship plan: 50,000 cups, 1 x 20' container, ETD Cat Lai 11/06/2024, ETA Penang 17/06/2024.</p>
<p>QC: leak test lot 24-0530 pass (10/10); print register OK.</p>
"""
    text = (
        "Dear Mr Lim,\n\n"
        "Please find attached our weekly status for your order. Forming will be finished by Friday and "
        "the container is booked (Booking No. HLCU 2405 8812).\n\n"
        "Best regards,\nNguyen Thi Lan\nKey Account Manager\nBinh Duong Pacific Paper JSC\n"
    )
    m = mail("Nguyen Thi Lan <lan.nguyen@bdpacific.example.vn>",
             "Lim Wei Jie <weijie.lim@tehtarikcorner.example.my>",
             "Weekly status wk22 - TTC 12oz core cup", "Fri, 31 May 2024 16:05:00 +0700", text,
             attachments=[("TTC_status_wk22.html", html_page("TTC status wk22", body), "text/html")])
    case("c19_supplier_status_within_release", [], "supplier status: material and production within the "
         "released call-off; balance on hold", [("Weekly_status_wk22.eml", m)])


def c20_full_po_deposit_terms():
    blocks = [
        ("h1", "ORDINE DI ACQUISTO / PURCHASE ORDER  N. PVG-2024-0219"),
        ("p", "Pizzeria Vesuvio Group S.p.A. - Centro Direzionale Isola G1, 80143 Napoli - P.IVA IT 06610001211"),
        ("table", [
            ["Fornitore / Supplier", "Data / Date", "Referente / Contact", "Resa / Incoterm"],
            ["Ege Ambalaj San. ve Tic. A.S., Izmir", "16.05.2024", "Chiara De Luca, Buyer", "DAP Napoli (Incoterms 2020)"],
        ]),
        ("sp",),
        ("table", [
            ["Pos.", "Articolo", "Descrizione / Description", "Q.ta / Qty", "Prezzo / Price", "Totale"],
            ["1", "PVG-SHP-M", "Shopper carta kraft 26x17x25, maniglia ritorta, stampa 2 colori / kraft carrier bag, twisted handle, 2-col print",
             "30.000 pz", "EUR 0,092", "EUR 2.760,00"],
        ]),
        ("sp",),
        ("p", "Quantita: l'ordine copre l'intera quantita di 30.000 pz; non ci sono ulteriori quantita. "
              "Quantity: this order covers the full quantity of 30,000 bags; there is no further quantity."),
        ("p", "Pagamento / Payment: 30% acconto all'ordine, saldo 70% prima della spedizione. "
              "30% deposit with order, 70% balance before shipment."),
        ("p", "Consegna / Delivery: entro il 28.06.2024 al magazzino di Casoria (NA), Via Nazionale delle "
              "Puglie 180. Bancali 80x120, altezza max 1,8 m."),
        ("p", "Documenti: fattura, packing list, CMR, dichiarazione di conformita MOCA (Reg. CE 1935/2004)."),
        ("p", "Chiara De Luca - Ufficio Acquisti"),
    ]
    case("c20_full_po_deposit_terms", [], "full-quantity PO; deposit and 'saldo/balance' are payment terms "
         "only, nothing treats them as production authority",
         [("PVG-2024-0219.pdf", pdf(blocks, title="Ordine PVG-2024-0219", author="Pizzeria Vesuvio Group"))])


def p23_naive_po_supplier_stocks_board():
    po = """\
HEARTH & HARVEST BAKERY CAFES LTD                 PURCHASE ORDER   HH-30177
Unit 2, Hurricane Way, Norwich NR6 6JB            Date: 22/05/2024
VAT GB 301 8812 44                                Buyer: Emily Clarke
--------------------------------------------------------------------------
Supplier: DONG NAI PAPER PACKAGING JSC (acct DNP01)
          Lot 3, Road 9, Bien Hoa 2 IZ, Dong Nai, Viet Nam
--------------------------------------------------------------------------
Line  Code         Description                          Qty    Price GBP
----  -----------  -----------------------------------  -----  ---------
1     HH-SLV-KR12  Kraft cup sleeve 12oz, 1 col 'H&H'   2,000     0.0300
                   - samples
--------------------------------------------------------------------------
Deliver to: H&H Bakery, Hurricane Way, Norwich. Goods in 07:00-12:00.
Payment: 30 days end of month. Please quote PO no. on all paperwork.
Signed: E. Clarke
"""
    ack = [
        ("h1", "Order acknowledgement"),
        ("p", "Dong Nai Paper Packaging JSC - sales@dongnaipaper.example.vn"),
        ("p", "To: Hearth & Harvest Bakery Cafes Ltd, attn. Ms Emily Clarke. Date: 24/05/2024. Your PO: HH-30177."),
        ("table", [
            ["Item", "Description", "Quantity", "Ship date"],
            ["HH-SLV-KR12", "Kraft cup sleeve 12oz, 1 colour", "2,000 pcs (samples)", "07/06/2024"],
        ]),
        ("sp",),
        ("p", "Thank you for your order. To hold the price we quoted for the 200,000 sleeves programme, we "
              "will stock the kraft board for all 200,000 sleeves now (3.1 tons). The board will be "
              "reserved for Hearth & Harvest."),
        ("p", "Samples will be sent by DHL Express with the rub test report."),
        ("p", "Pham Thi Hoa, Sales Executive"),
    ]
    case("p23_naive_po_supplier_stocks_board", ["RG001", "RG003", "RG004", "RG005", "RG006"],
         "bare sample PO for 2,000 (no hold, event or release person); supplier ack shows the 200,000 "
         "programme and stocks board for all of it",
         [("PO_HH-30177.txt", po),
          ("ACK_HH-30177.pdf", pdf(ack, title="Order acknowledgement HH-30177", author="Dong Nai Paper"))])


def p24_portal_reservation_auto_run():
    body = """
<h2>Papelaria Atlantica - Portal do Cliente / Customer Portal</h2>
<p>Customer: <b>Timberline Coffee Roasters</b> (Vancouver, BC) &middot; PO <b>TCR-2024-0402</b> &middot; Item PA-DW12-TCR (12oz double-wall cup, 'Timberline Trail' 3 colours)</p>
<table>
<tr><th>Line</th><th>Quantity</th><th>Status</th></tr>
<tr><td>Sample lot</td><td>1,500 cups</td><td>Released - produced 21/05/2024</td></tr>
<tr><td>Programme quantity (quote PA-Q-24-318)</td><td>400,000 cups</td><td>Not released</td></tr>
</table>
<h3>Material</h3>
<table>
<tr><th>Material</th><th>Quantity</th><th>Status</th></tr>
<tr><td>Cupstock 280 g/m2 + 250 g/m2 wrap, PE-free</td><td>9.8 t (full programme)</td><td>Reserved at mill, allocated to TCR-2024-0402</td></tr>
</table>
<h3>Workflow</h3>
<ol>
<li>Sample production - done</li>
<li>Sample approval by customer - waiting</li>
<li>Production run - starts automatically on sample approval</li>
<li>Shipping - sea freight Leixoes to Vancouver, approx. 5 weeks</li>
</ol>
<p>Account manager: Ines Sousa &middot; ines.sousa@papatlantica.example.pt</p>
"""
    case("p24_portal_reservation_auto_run", ["RG006", "RG007"],
         "supplier portal: cupstock for the full 400,000 programme reserved against a 1,500 release, and "
         "production set to start automatically on sample approval",
         [("TCR-2024-0402_portal.html", html_page("TCR-2024-0402", body, lang="pt"))])


def p25_supplier_straight_into_run():
    original = (
        "From: Priyanka Shah <priyanka.shah@urbanbean.example.co.uk>\n"
        "Sent: 23 May 2024 14:02\n"
        "Subject: PO UBC-4471 - 12oz DW 'Urban Bloom'\n\n"
        "Hi Burak,\n\n"
        "PO UBC-4471 attached: 2,500 sample cups only. The 400,000 on your quote are not released - "
        "I'll release them in writing once our QA has signed off the drawdown and the leak test. "
        "Board for the samples only, please.\n\n"
        "Best,\nPriyanka Shah\nSenior Buyer, Urban Bean Collective Ltd"
    )
    text = (
        "Dear Priyanka,\n\n"
        "Thank you for PO UBC-4471 for the 2,500 sample cups, well received. Drawdown will be ready "
        "on 4 June.\n\n"
        "As usual with our UK customers, once you approve the drawdown we go straight into the 400k "
        "run - no need to send another PO, your approval is enough for us. This saves about ten days "
        "and your launch date is safe.\n\n"
        "Kind regards,\nBurak Yildiz\nSales Director\nMarmara Kagit Bardak San. ve Tic. A.S.\n"
        "Tuzla Deri OSB, Istanbul\n\n"
        + quote(original) + "\n"
    )
    m = mail("Burak Yildiz <burak.yildiz@marmarabardak.example.com.tr>",
             "Priyanka Shah <priyanka.shah@urbanbean.example.co.uk>",
             "RE: PO UBC-4471 - 12oz DW 'Urban Bloom'", "Fri, 24 May 2024 09:30:00 +0300", text)
    case("p25_supplier_straight_into_run", ["RG007"],
         "supplier says drawdown approval sends them straight into the 400k run; quoted buyer scope complete",
         [("RE_PO_UBC-4471.eml", m)])


def p26_buyer_on_leave_carry_on():
    original = (
        "From: Kumar Selvaraj <kumar.s@mamakrepublic.example.my>\n"
        "Sent: Monday, 13 May 2024 10:41 AM\n"
        "Subject: PO MR-PO-0933 16oz cold cup\n\n"
        "Hi Cindy,\n\n"
        "PO MR-PO-0933 is for 3,000 sample cups (16oz paper cold cup, 'Teh Ais' print). The other "
        "147,000 are not released. I will issue a written release after our QA signs off the ice "
        "leak test.\n\n"
        "Thanks,\nKumar Selvaraj\nProcurement Manager, Mamak Republic Sdn Bhd"
    )
    text = (
        "Hi Cindy,\n\n"
        "Samples arrived this morning, thank you - the print looks great.\n\n"
        "I will be on leave from 10 to 24 June (family wedding in Ipoh). Once the leak test passes, "
        "just carry on with the rest, no need to wait for my letter. Our launch is 1 July so "
        "we cannot lose two weeks.\n\n"
        "For shipping please use our forwarder as usual (Kargo Jaya, Port Klang).\n\n"
        "Thanks,\nKumar"
        + sig("Kumar Selvaraj", "Procurement Manager", "Mamak Republic Sdn Bhd", "+60 3 0000 4471")
        + "\n" + quote(original) + "\n"
    )
    m = mail("Kumar Selvaraj <kumar.s@mamakrepublic.example.my>",
             "Cindy Wu <cindy.wu@greenleaf-pack.example.cn>",
             "RE: PO MR-PO-0933 16oz cold cup", "Fri, 31 May 2024 12:02:00 +0800", text)
    case("p26_buyer_on_leave_carry_on", ["RG007"],
         "buyer contradicts his own written-release requirement: 'once the leak test passes, just carry on "
         "with the rest' with no signer or recorded auto-conversion", [("RE_PO_MR-PO-0933.eml", m)])


def p27_whatsapp_start_directly():
    lines = [
        ("03/06/2024", "09:05", "Giulia Romano", "Buongiorno Karthik! PO LPV-24-031 sent by mail"),
        ("03/06/2024", "09:06", "Giulia Romano", "It is for 1.000 sample clamshells only (bagasse 8x8, 'La Piadina Veloce' emboss). The other 99.000 are not released yet"),
        ("03/06/2024", "09:30", "S. Karthik", "Good morning madam, received. Sample dispatch 14 June by air"),
        ("03/06/2024", "09:31", "S. Karthik", "For the 99,000 when we can expect the go?"),
        ("03/06/2024", "09:45", "Giulia Romano", "When the samples are OK for us, you can start the production directly, so we don't lose time for the summer 🌞"),
        ("03/06/2024", "09:46", "S. Karthik", "Super madam 👍"),
        ("03/06/2024", "09:50", "Giulia Romano", "Pallets max 1,60 m please, our warehouse in Rimini is small"),
        ("03/06/2024", "09:51", "S. Karthik", "Noted"),
    ]
    case("p27_whatsapp_start_directly", ["RG005", "RG007"],
         "buyer: when the samples are OK 'start the production directly' - implied auto-conversion, and "
         "nobody named who signs off or releases", [("WhatsApp_Chat_with_S_Karthik.txt", whatsapp(lines))])


def p28_brief_auto_run_timeline():
    blocks = [
        ("h1", "Holiday cup 2024 - artwork & print brief"),
        ("p", "Laurentian Grill Co. - Marketing / Brand. For: Dongguan Hengyu Paper Products Co., Ltd. Version 1.3, 22 May 2024."),
        ("h", "Design"),
        ("table", [
            ["Element", "Requirement"],
            ["Cup", "12oz double-wall hot cup, 90 mm rim"],
            ["Design", "'Joyeuses Fetes / Happy Holidays', snowflake pattern, 4 colours + white"],
            ["Bilingual", "French first, English second (Charter of the French Language)"],
            ["Marks", "Compostable mark per BPI, recycling text 'Gobelet en carton'"],
        ]),
        ("h", "Volume"),
        ("p", "Run quantity: 180,000 cups (147 restaurants, 7 weeks)."),
        ("h", "Timeline"),
        ("table", [
            ["Week", "Milestone"],
            ["34", "Final artwork to printer"],
            ["36", "Drawdown approval by LGC brand team"],
            ["37", "Production run starts automatically after the drawdown approval (no further PO)"],
            ["41", "Delivery to DC Boucherville"],
            ["45", "In restaurants"],
        ]),
        ("p", "Contact: Julie Bergeron, Brand Manager - julie.bergeron@laurentiangrill.example.ca"),
    ]
    case("p28_brief_auto_run_timeline", ["RG007"],
         "buyer's brief timeline says the production run starts automatically after drawdown approval; no "
         "recorded auto-conversion", [("Holiday_cup_2024_brief.docx", docx_bytes(blocks, author="Julie Bergeron"))])


def p29_quote_terms_auto_start():
    blocks = [
        ("h1", "SAHYADRI PAPERWARE PVT LTD"),
        ("p", "Gat No 512, Chakan MIDC Phase 2, Pune 410501, Maharashtra, India - GSTIN 27AAXCS0000X1Z5"),
        ("h", "Quotation SPW/Q/24/1240"),
        ("p", "To: Copper Kettle Coffee House Ltd, Cardiff, UK - Kind attn. Mr Gareth Morgan. Date: 28-May-2024."),
        ("table", [
            ["Sr.", "Description", "Quantity", "Rate GBP / 1000", "Lead time"],
            ["1", "Paper straw 8 x 210 mm, 3-ply, unwrapped, 'Copper Kettle' 1-colour print - samples", "2,000 pcs", "21.00", "10 days"],
            ["2", "Same - mass production", "600,000 pcs", "8.10", "30 days"],
        ]),
        ("sp",),
        ("h", "Terms & conditions"),
        ("p", "1. Prices FOB Nhava Sheva. 2. Payment 30 days from B/L. 3. Validity 30 days. "
              "4. Packing 250 pcs/box, 20 boxes/carton."),
        ("p", "5. Mass production shall commence automatically upon the Buyer's sample approval; no separate "
              "purchase order or release is required for item 2."),
        ("p", "6. Food-grade glue, compliant with EN 13432 and FDA 21 CFR 176.170. Test reports on request."),
        ("p", "For Sahyadri Paperware Pvt Ltd - Vikram Deshpande, Export Manager"),
    ]
    case("p29_quote_terms_auto_start", ["RG007"],
         "supplier quote term: mass production starts automatically on sample approval, no release needed",
         [("SPW-Q-24-1240.pdf", pdf(blocks, title="Quotation SPW/Q/24/1240", author="Sahyadri Paperware"))])


# ------------------------------------------------------------------ batch 4
def c21_release_letter_full_balance():
    blocks = [
        ("h1", "Production release PR-2024-07"),
        ("p", "Harbourfront Fish & Chips Ltd - 1869 Upper Water Street, Halifax NS B3J 1S9, Canada"),
        ("p", "To: Kaveri Moulded Fibre Pvt Ltd, Coimbatore, India - attn. Mr S. Karthik. Date: June 5, 2024."),
        ("table", [
            ["PO", "Line", "Item", "Quantity", "Status after this letter"],
            ["HFC-PO-2291", "1", "Bagasse clamshell 9x6, samples", "2,000", "Released earlier, delivered"],
            ["HFC-PO-2291", "2", "Bagasse clamshell 9x6, production", "118,000", "Released by this letter"],
        ]),
        ("sp",),
        ("p", "Evidence: sample sign-off recorded June 3, 2024 by Aoife Walsh, Food Safety Lead "
              "(record FS-0603: grease test, hot-fill 85 C, lid closure 200 cycles - all within spec)."),
        ("p", "This letter releases the 118,000 clamshells of PO line 2 for production and shipment. With "
              "it, the whole PO quantity of 120,000 is released; no quantity remains on hold under "
              "HFC-PO-2291. Material authority: the 118,000 released."),
        ("p", "Ship: 2 x 40' HC, FOB Chennai, ETD by July 15, 2024. Documents as per PO."),
        ("p", "Liam O'Connell, Director of Supply Chain (release authority)"),
    ]
    case("c21_release_letter_full_balance", [], "written release of the whole balance by the named authority "
         "after recorded sign-off; nothing left on hold",
         [("PR-2024-07_HFC-PO-2291.docx", docx_bytes(blocks, author="Liam O'Connell"))])


def c22_stop_notice():
    text = (
        "Dear Lily,\n\n"
        "Effective immediately, please STOP all work on PO GSS-PO-24-0388 (16oz flat lid with straw "
        "slot, PP, item GSS-LID16-FL).\n\n"
        "Released to date: 10,000 of the 60,000 lids on the PO. The remaining 50,000 stay unreleased. "
        "While this stop is in force nothing more may start, released or not: no moulding, no "
        "packing, no material purchase.\n\n"
        "Reason: three of our Sharjah outlets report lids popping off the 16oz cups (NCR-2024-0119).\n\n"
        "The stop is lifted only by a written notice from me, Imran Qureshi, after NCR-2024-0119 is "
        "closed. Please confirm by return how many of the 10,000 are already moulded and keep them in "
        "your warehouse for now.\n\n"
        "Regards,\nImran"
        + sig("Imran Qureshi", "Purchasing Manager", "Gulf Servewell Supplies FZE", "+971 6 000 4412")
    )
    m = mail("Imran Qureshi <imran.qureshi@gulfservewell.example.ae>",
             "Lily Huang <lily.huang@hongtai-paper.example.cn>",
             "STOP - PO GSS-PO-24-0388 16oz lids", "Sun, 02 Jun 2024 08:20:00 +0400", text)
    case("c22_stop_notice", [], "stop notice with released qty, held balance, lifting event and named person",
         [("GSS-PO-24-0388_lids.eml", m)])


def c24_po_labels_quote():
    po = """\
DESERT ROSE CAFES LLC - ABU DHABI                               PURCHASE ORDER
Al Khaleej Al Arabi St, Plot C-41, Abu Dhabi, UAE  TRN 100 3344 5566 0003
--------------------------------------------------------------------------------
PO No      : DRC-24-0651            Date     : 29-May-2024
Supplier   : Papelaria Atlantica Embalagens, Lda. (Aveiro, Portugal)
Incoterm   : CFR Khalifa Port       Payment  : 45 days from B/L
Buyer      : Noura Al Hammadi, Procurement Manager
--------------------------------------------------------------------------------
Ln  Item          Description                             Qty    Unit  EUR/unit
--  ------------  --------------------------------------  -----  ----  --------
1   DRC-SW08-RS   8oz single-wall cup 'Desert Rose',      2,500  pcs   0.0950
                  3 colours, PE-free lining - SAMPLE
--------------------------------------------------------------------------------
NOTES
1. This PO releases the 2,500 sample cups of line 1 only.
2. The production quantity of 250,000 cups shown in the attached quotation
   PA-Q-24-355 is for information only and is NOT released.
3. Material authority: sample-only. Do not buy board for the 250,000.
4. Unlock: written production release from Noura Al Hammadi, Procurement
   Manager, after our QA signs off the samples (leak test + drawdown).
5. Arabic/English copy on the cup to be checked against artwork v2.
--------------------------------------------------------------------------------
"""
    q = [
        ("h1", "Proposta / Quotation PA-Q-24-355"),
        ("p", "Papelaria Atlantica Embalagens, Lda. - Zona Industrial de Taboeira, Aveiro, Portugal"),
        ("p", "Cliente: Desert Rose Cafes LLC, Abu Dhabi. Data: 20/05/2024. Validade: 30 dias."),
        ("table", [
            ["Artigo", "Descricao", "Quantidade", "EUR / un."],
            ["PA-SW08", "Copo 8oz parede simples, 3 cores / 8oz single-wall cup, 3 colours", "2.500 (amostra / sample)", "0,0950"],
            ["PA-SW08", "Idem - producao / production", "250.000", "0,0392"],
        ]),
        ("p", "Prazo de entrega producao: 4 semanas apos a vossa libertacao escrita. / Production lead time: 4 weeks after your written release."),
        ("p", "Ines Sousa, Key Account Manager - Middle East"),
    ]
    case("c24_po_labels_quote", [], "folder: sample PO labels the quote's 250,000 informational and not "
         "released, with event and named person; supplier quote beside it",
         [("PO_DRC-24-0651.txt", po),
          ("PA-Q-24-355.pdf", pdf(q, title="Quotation PA-Q-24-355", author="Papelaria Atlantica"))])


def c25_wechat_no_go_ahead_yet():
    lines = [
        ("2024-05-29 10:02:15", "Jacky Zheng 郑", "Chloe hello, samples arrived ok? 😊"),
        ("2024-05-29 10:02:50", "Jacky Zheng 郑", "Do we have go-ahead for the 240k lids? Our line is free next week"),
        ("2024-05-29 14:31:07", "Chloe Bennett", "Hi Jacky, samples arrived yesterday, QA is testing them on the 16oz cups this week."),
        ("2024-05-29 14:32:40", "Chloe Bennett", "No go-ahead yet. Only the 2,400 sample lids under PO HB-56020 are released. The 240k stay on hold until I send the written release after QA signs off the fit test. Chloe Bennett, Buying Manager, Harbour & Bean"),
        ("2024-05-29 14:40:12", "Jacky Zheng 郑", "OK understand, we wait your written release, no production and no material before 👌"),
        ("2024-05-29 14:41:03", "Jacky Zheng 郑", "If you want we can keep the line slot, no cost"),
        ("2024-05-29 15:05:55", "Chloe Bennett", "Thanks, that would be helpful. I'll let you know by 7 June either way"),
    ]
    case("c25_wechat_no_go_ahead_yet", [], "supplier asks for a go-ahead; buyer answers no, restating sample "
         "qty, hold, event and herself as releaser", [("WeChat_Chloe_Bennett.txt", wechat(lines))])


def p30_qa_release_is_your_release():
    text = (
        "Dear Ines,\n\n"
        "Thank you for the quick quotation. Our PO ANP-PO-3455 is attached in the portal.\n\n"
        "PO ANP-PO-3455 covers 2,000 sample cups (12oz double-wall, 'Al Noor Eid' print) now; the "
        "remaining 98,000 are not released. Written release for the 98,000 will come from me, Omar "
        "Haddad, after our QA releases the samples.\n\n"
        "Honestly, once QA release the samples, just take that as your release for the rest and run "
        "straight through - I don't want the line to wait for my paperwork during Eid, the office is "
        "closed for a week.\n\n"
        "Shipping by sea to Jebel Ali, 1 x 40' HC, please coordinate with our forwarder Gulf Link "
        "Logistics.\n\n"
        "Best regards,\nOmar"
        + sig("Omar Haddad", "Category Manager - Food Service Disposables", "Al Noor Packaging Trading LLC",
              "+971 4 000 7731")
    )
    m = mail("Omar Haddad <omar.haddad@alnoorpack.example.ae>",
             "Ines Sousa <ines.sousa@papatlantica.example.pt>",
             "PO ANP-PO-3455 - 12oz DW Eid cup", "Mon, 20 May 2024 11:11:00 +0400", text,
             html=simple_html(text))
    case("p30_qa_release_is_your_release", ["RG007", "RG009"],
         "buyer overrides his own written release: QA 'release' of samples to count as release of the rest; "
         "'release' used for technical approval and production", [("PO_ANP-PO-3455.eml", m)])


def p33_forecast_firm_commitment():
    text = (
        "Hi Amy,\n\n"
        "Heads-up on the holiday season. Our forecast for the 16oz double-wall 'Cedar Holidays' cup is "
        "1.4 million cups for November and December (all 212 cafes, incl. the 9 new Ottawa sites).\n\n"
        "Please treat this forecast as our firm commitment and plan your capacity on it. Formal POs "
        "will follow in batches from our system, probably four or five of them.\n\n"
        "Artwork is the same as last year except the date line. I'll send the updated file next week.\n\n"
        "Thanks,\nRajiv"
        + sig("Rajiv Singh", "Buyer - Packaging", "Cedar Lane Cafes Inc.", "+1 416 555 0193")
    )
    m = mail("Rajiv Singh <rajiv.singh@cedarlanecafes.example.ca>",
             "Amy Zhang <amy.zhang@hengyu-paper.example.cn>",
             "Holiday 2024 - 16oz DW cup volume", "Wed, 29 May 2024 15:44:00 -0400", text)
    case("p33_forecast_firm_commitment", ["RG008"],
         "buyer writes the 1.4M holiday forecast as a firm commitment", [("Holiday_2024_volume.eml", m)])


def p34_edi830_binding():
    txt = """\
******************************************************************************
  X12 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY - PRINT                  
  FROM: HIGHLANDGRILL (ZZ)   TO: HONGTAIXM (ZZ)   CTRL 000000612            
******************************************************************************
 BFR*05**HG-830-2024-23*DL*A*20240603*20241231*20240603
 SCHEDULE TYPE : DL  DELIVERY BASED      QTY TYPE : A  ACTUAL DISCRETE QTYS
 HORIZON       : 2024-06-03 TO 2024-12-31
 SHIP TO       : HG DC BELLSHILL ML4 3NX UK
------------------------------------------------------------------------------
 LIN ITEM: HG-CC16-2C  16OZ PAPER COLD CUP 2-COL       UIT: EA
   FST  QTY       QUAL  TIMING  DATE
   ---  --------  ----  ------  ----------
   FST  60000     D     W       2024-09-02
   FST  60000     D     W       2024-09-30
   FST  80000     D     M       2024-10-28
   FST  90000     D     M       2024-11-25
   FST  70000     D     M       2024-12-23
 LIN ITEM: HG-LID16-FL  16OZ FLAT LID STRAW SLOT       UIT: EA
   FST  60000     D     W       2024-09-02
   FST  60000     D     W       2024-09-30
   FST  80000     D     M       2024-10-28
   FST  90000     D     M       2024-11-25
   FST  70000     D     M       2024-12-23
------------------------------------------------------------------------------
 NTE*GEN*ALL QUANTITIES IN THIS SCHEDULE ARE FORECAST (FST QUALIFIER D =
 PLANNING). HIGHLAND GRILL COMMITS TO THESE QUANTITIES IN FULL; SUPPLIER MAY
 TREAT THEM AS BINDING ORDERS AND SCHEDULE PRODUCTION ACCORDINGLY.
 NTE*GEN*CONTACT: FIONA MACLEOD, SUPPLY CHAIN MANAGER, +44 141 496 0800
 CTT*2*720000
 SE*24*0612
******************************************************************************
"""
    case("p34_edi830_binding", ["RG008"],
         "EDI 830 forecast lines (qualifier D = planning) declared binding orders",
         [("EDI830_HG-830-2024-23.txt", txt)])


def p36_whatsapp_raya_confirmed_order():
    lines = [
        ("14/02/2024", "15:10", "Kevin Lau (Hengyu)", "Hi Hafiz, price for 12oz DW cup Raya design same as last year USD 0.058, packing 1,000 pcs/ctn same as before"),
        ("14/02/2024", "15:11", "Kevin Lau (Hengyu)", "Lead time 30 days after confirm"),
        ("14/02/2024", "16:02", "Hafiz Ismail", "Ok Kevin. Hari Raya forecast 500 ctn (50,000 pcs) for the 12oz cup"),
        ("14/02/2024", "16:03", "Hafiz Ismail", "Take it as confirmed order la, please plan. Raya is early this year, must arrive before 25 March"),
        ("14/02/2024", "16:05", "Kevin Lau (Hengyu)", "Ok noted boss 👍 500 ctn"),
        ("14/02/2024", "16:06", "Kevin Lau (Hengyu)", "Artwork final already?"),
        ("14/02/2024", "16:20", "Hafiz Ismail", "Marketing send tomorrow. Ketupat design"),
        ("14/02/2024", "16:21", "Kevin Lau (Hengyu)", "Ok 🙏"),
    ]
    case("p36_whatsapp_raya_confirmed_order", ["RG008", "RG011"],
         "buyer turns the Hari Raya forecast into a 'confirmed order'; 500 ctn at 1,000 pcs/ctn is not "
         "the 50,000 pcs he writes beside it", [("WhatsApp_Chat_with_Kevin_Lau.txt", whatsapp(lines))])


def p37_demand_plan_binding():
    blocks = [
        ("h1", "Piano fabbisogni 2o semestre 2024 / H2 2024 demand plan"),
        ("p", "Dolce Via Ristorazione S.p.A. - Acquisti Packaging - Via Gallarate 184, Milano. Fornitore / "
              "Supplier: Sahyadri Paperware Pvt Ltd, Pune."),
        ("p", "PREVISIONE / FORECAST - rev. 1 del 27.05.2024"),
        ("table", [
            ["Articolo / Item", "Lug / Jul", "Ago / Aug", "Set / Sep", "Ott / Oct", "Nov", "Dic / Dec", "Totale"],
            ["DV-STR-0619 cannuccia carta 6x197 incartata", "180.000", "220.000", "160.000", "120.000", "100.000", "110.000", "890.000"],
            ["DV-STR-0823 cannuccia carta 8x230 (frappe)", "90.000", "110.000", "70.000", "40.000", "30.000", "30.000", "370.000"],
        ]),
        ("sp",),
        ("p", "Le quantita indicate sono previsionali ma impegnative per Dolce Via: valgono come ordine. "
              "The quantities above are a forecast but binding on Dolce Via: they count as an order."),
        ("p", "Consegne mensili al magazzino centrale di Lodi. Monthly deliveries to the Lodi central warehouse."),
        ("p", "D. Ferri - Category Manager Packaging"),
    ]
    case("p37_demand_plan_binding", ["RG008"],
         "H2 demand plan headed FORECAST but declared binding and 'counts as an order'",
         [("Dolce_Via_H2-2024_demand_plan.pdf", pdf(blocks, title="Piano fabbisogni H2 2024", author="Dolce Via"))])


def p39_released_three_ways():
    text = (
        "Hi Cindy,\n\n"
        "Quick status on the 8oz cup 'Copper Kettle Cwtch':\n\n"
        "- Artwork is released: v4 from our agency is final, file attached to the portal.\n"
        "- PO CK-PO-0781 was released by our finance team this morning.\n"
        "- Production will be released by me once the drawdown is signed off by Rhiannon in Quality.\n\n"
        "So for now it's the 1,500 sample cups only; the other 58,500 on the PO are not released.\n\n"
        "Diolch / thanks,\nGareth"
        + sig("Gareth Morgan", "Purchasing Manager", "Copper Kettle Coffee House Ltd", "+44 29 2000 0455")
    )
    m = mail("Gareth Morgan <gareth.morgan@copperkettle.example.co.uk>",
             "Cindy Wu <cindy.wu@greenleaf-pack.example.cn>",
             "8oz Cwtch cup - where we are", "Thu, 23 May 2024 12:15:00 +0100", text)
    case("p39_released_three_ways", ["RG009"],
         "'released' used for artwork (technical), PO (commercial) and production in one message; scope "
         "otherwise complete", [("8oz_Cwtch_status.eml", m)])


def p40_supplier_approval_status():
    blocks = [
        ("h1", "Project status report"),
        ("p", "Xiamen Hongtai Paper Products Co., Ltd. - for Harbour & Bean Coffee Ltd (Manchester, UK) - 24 May 2024"),
        ("p", "Project: 12oz paper cold cup 'H&B Iced' - item HB-CC12-ICE"),
        ("table", [
            ["Step", "Status", "Date", "Remark"],
            ["Sample approved", "Yes", "10/05/2024", "QA Manchester, ice-fill + condensation test OK"],
            ["PO approved", "Yes", "12/05/2024", "PO HB-56110 for 2,000 sample cups, approved by H&B finance"],
            ["Approved for production", "No (pending)", "-", "Waiting for customer"],
        ]),
        ("sp",),
        ("p", "Samples: 2,000 pcs delivered 08/05/2024 (DHL 4471 2290 11)."),
        ("p", "Next step: we wait for the customer's decision before any production or material purchase."),
        ("p", "Lily Huang, Sales Manager"),
    ]
    case("p40_supplier_approval_status", ["RG009"],
         "supplier report uses 'approved' for the sample (technical), the PO (commercial) and production",
         [("HB-CC12-ICE_status.pdf", pdf(blocks, title="Project status HB-CC12-ICE", author="Xiamen Hongtai"))])


def p43_sample_po_no_quantity():
    po = [
        ("h1", "Purchase Order TCR-2024-0417"),
        ("p", "Timberline Coffee Roasters - 1180 Hamilton St, Vancouver BC V6B 2S2 - GST 81234 5678 RT0001"),
        ("table", [
            ["Supplier", "Date", "Buyer", "Terms"],
            ["Binh Duong Pacific Paper JSC", "May 28, 2024", "Nadia Farouk", "Net 30, DAP Vancouver"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Price"],
            ["1", "TCR-DW12-SUM", "12oz double-wall hot cup, 'Timberline Summit' 3 colours - SAMPLES", "per quotation BDP-Q-0702", "lot price"],
        ]),
        ("sp",),
        ("p", "This PO covers samples only. The production balance is on hold and not released until a "
              "written release from Nadia Farouk, Procurement Manager, after the drawdown sign-off by "
              "our roastery QA."),
    ]
    text = (
        "Hi Lan,\n\n"
        "Please find attached PO TCR-2024-0417 for the sample cups of the Timberline Summit design.\n\n"
        "The production balance is on hold until my written release, after our QA signs off the "
        "drawdown. Please courier the samples to the roastery (not the cafe on Hamilton St).\n\n"
        "Thanks,\nNadia"
        + sig("Nadia Farouk", "Procurement Manager", "Timberline Coffee Roasters", "+1 604 555 0177")
    )
    m = mail("Nadia Farouk <nadia.farouk@timberlinecoffee.example.ca>",
             "Nguyen Thi Lan <lan.nguyen@bdpacific.example.vn>",
             "PO TCR-2024-0417 - Summit cup samples", "Tue, 28 May 2024 09:40:00 -0700", text,
             attachments=[("TCR-2024-0417.pdf", pdf(po, title="PO TCR-2024-0417", author="Timberline"), PDF_MT)])
    case("p43_sample_po_no_quantity", ["RG010"],
         "sample PO and cover email never state how many sample cups are authorized ('per quotation', "
         "quote not in the bundle)", [("PO_TCR-2024-0417.eml", m)])


# ------------------------------------------------------------------ batch 5
def p45_calloff_qty_tba():
    txt = """\
BUKIT BREW COFFEE SDN BHD                                  *** CALL-OFF / RELEASE ***
NO. 12, JALAN MOLEK 1/29, TAMAN MOLEK, 81100 JOHOR BAHRU, JOHOR
============================================================================================
CALL-OFF NO : BB-CO-2419-02             DATE : 03/06/2024            PRINTED BY : JTAN
AGAINST PO  : BB-2419  (12OZ DW HOT CUP 'BUKIT CLASSIC', ITEM BB-DW12-CL)
SUPPLIER    : S-0077  DONGGUAN HENGYU PAPER PRODUCTS CO LTD
============================================================================================
 SEQ  ITEM          DESCRIPTION                       RELEASE QTY   DELIVERY      DEST
 ---  ------------  --------------------------------  ------------  ------------  ----------
 001  BB-DW12-CL    12OZ DOUBLE WALL HOT CUP 4C       TBA           WK 27/2024    DC SENAI
                                                      (PER WEEKLY
                                                      STORE ALLOC.)
============================================================================================
REMARKS:
 1. ALL QUANTITY UNDER PO BB-2419 NOT COVERED BY THIS CALL-OFF REMAINS HELD (NOT RELEASED).
 2. NEXT RELEASE: CALL-OFF 03, SIGNED BY JASON TAN, SENIOR BUYER, AFTER THE JULY STOCK REVIEW.
 3. PALLET LABEL WITH CALL-OFF NO. + ITEM CODE. ASN TO BE SENT 48H BEFORE ARRIVAL.
 4. MATERIAL AUTHORITY: THIS CALL-OFF ONLY.
============================================================================================
AUTHORISED SIGNATORY: JASON TAN                                      PAGE 1/1
"""
    case("p45_calloff_qty_tba", ["RG010"],
         "call-off with release quantity 'TBA (per weekly store allocation)'; hold, next call-off and signer "
         "are stated", [("CALLOFF_BB-CO-2419-02.txt", txt)])


def p46_whatsapp_reorder_go_ahead():
    lines = [
        ("04/06/2024", "10:12", "Burak Yildiz", "Good morning Salvatore, for the reorder of the 80mm sip lids, same article as March? Price unchanged EUR 0,024"),
        ("04/06/2024", "10:13", "Burak Yildiz", "We have a slot on the thermoforming line next week"),
        ("04/06/2024", "10:40", "Salvatore Esposito", "Buongiorno Burak! Sì, stesso articolo del marzo"),
        ("04/06/2024", "10:41", "Salvatore Esposito", "Ok go ahead 👍"),
        ("04/06/2024", "10:42", "Burak Yildiz", "Quantity same as last time?"),
        ("04/06/2024", "10:55", "Salvatore Esposito", "Sì sì, come sempre"),
        ("04/06/2024", "10:56", "Burak Yildiz", "Perfetto, grazie. Delivery to Napoli warehouse?"),
        ("04/06/2024", "11:02", "Salvatore Esposito", "Sì, Via Argine. Before 1 July please, we open the new bar in Pozzuoli"),
    ]
    case("p46_whatsapp_reorder_go_ahead", ["RG002", "RG010"],
         "reorder authorised in chat with 'Ok go ahead' and quantity 'come sempre' (as always): unscoped "
         "approval, no quantity stated", [("WhatsApp_Chat_with_Burak_Yildiz.txt", whatsapp(lines))])


def p47_release_note_next_tranche():
    blocks = [
        ("h1", "Release note FB-RN-07"),
        ("p", "Falcon Bites Restaurants LLC - Al Quoz Industrial Area 3, Dubai, UAE"),
        ("p", "To: Kaveri Moulded Fibre Pvt Ltd, Coimbatore - Mr S. Karthik. Date: 30 May 2024. PO: FB-PO-2024-033."),
        ("table", [
            ["Item", "Description", "Quantity released", "Delivery"],
            ["FB-BWL-750", "Bagasse bowl 750 ml with fitting lid", "Next tranche, as discussed on our call of 28 May", "DC Al Quoz, week 28"],
        ]),
        ("sp",),
        ("p", "We hereby release the next tranche of bagasse bowls under PO FB-PO-2024-033 for the Dubai "
              "Marina and JBR openings."),
        ("p", "The rest of the PO remains on hold until release note FB-RN-08, which will be signed by "
              "Yusuf Rahimi, Supply Chain Lead, after the July sales review."),
        ("p", "Yusuf Rahimi, Supply Chain Lead"),
    ]
    case("p47_release_note_next_tranche", ["RG010"],
         "release note releases 'the next tranche, as discussed' without any quantity; hold, next release "
         "note and signer stated", [("FB-RN-07.docx", docx_bytes(blocks, author="Yusuf Rahimi"))])


def p49_po_header_vs_line():
    blocks = [
        ("h1", "PURCHASE ORDER RAM/PO/24/0388"),
        ("p", "Restoran Ali Maju Group Sdn Bhd | 15 Jalan Tun Razak, 50400 Kuala Lumpur | Tel +60 3 0000 9090"),
        ("table", [
            ["Supplier", "Date", "Buyer", "Delivery"],
            ["Binh Duong Pacific Paper JSC", "21 May 2024", "Hafiz Ismail", "CIF Port Klang"],
        ]),
        ("sp",),
        ("p", "SAMPLE LOT: 2,000 PCS. The balance of 148,000 pcs from your quotation is not released; it "
              "will be released only by a written release from Hafiz Ismail, Purchasing Executive, after "
              "our QA signs off the samples (hot-fill leak test, print rub test)."),
        ("table", [
            ["No", "Item", "Description", "Qty", "Unit (USD)", "Amount (USD)"],
            ["1", "RAM-DW12-TT", "12oz double-wall cup 'Teh Tarik Ali Maju', 4 colours - SAMPLE", "3,000 pcs", "0.110", "330.00"],
        ]),
        ("sp",),
        ("p", "Material authority: sample-only. Halal certificate of the ink supplier to be sent with the samples."),
    ]
    case("p49_po_header_vs_line", ["RG011"],
         "PO header says sample lot 2,000 pcs, the line table orders 3,000 pcs", 
         [("RAM-PO-24-0388.pdf", pdf(blocks, title="PO RAM/PO/24/0388", author="Restoran Ali Maju"))])


def p50_po_vs_supplier_ack():
    po = """\
GULF SERVEWELL SUPPLIES FZE                                PURCHASE ORDER
WAREHOUSE Q4-118, SAIF ZONE, SHARJAH, UAE
------------------------------------------------------------------------------
PO NO    : GSS-PO-24-0455         DATE    : 27/05/2024
SUPPLIER : SHREEJI PAPER BAGS PVT LTD, GIDC VATVA, AHMEDABAD, INDIA
BUYER    : IMRAN QURESHI          PAYMENT : 60 DAYS FROM B/L
------------------------------------------------------------------------------
LN  ITEM            DESCRIPTION                               QTY      USD/PC
--  --------------  ----------------------------------------  -------  ------
1   GSS-SOS-M       SOS KRAFT BAG MEDIUM 22X14X33, 80 GSM,    15,000   0.0410
                    1 COL PRINT 'SERVEWELL'
------------------------------------------------------------------------------
THIS PO COVERS THE FULL QUANTITY (15,000 BAGS). NO BALANCE, NO FURTHER QTY.
SHIP: CFR JEBEL ALI, LCL, ETD BY 30/06/2024.
------------------------------------------------------------------------------
"""
    ack = [
        ("h1", "ORDER ACCEPTANCE"),
        ("p", "Shreeji Paper Bags Pvt. Ltd. - Plot 44, GIDC Vatva, Ahmedabad 382445, India"),
        ("p", "Customer: Gulf Servewell Supplies FZE, Sharjah. Your PO: GSS-PO-24-0455 dated 27/05/2024. Our ref: SPB/OA/2425/118."),
        ("table", [
            ["Item", "Description", "Quantity", "Rate USD", "Value USD"],
            ["GSS-SOS-M", "SOS kraft bag medium 22x14x33 cm, 80 gsm, 1 colour print", "10,000 pcs", "0.0410", "410.00"],
        ]),
        ("sp",),
        ("p", "We accept your order as above. Dispatch by 28/06/2024 via Mundra port, LCL to Jebel Ali."),
        ("p", "For Shreeji Paper Bags Pvt. Ltd. - Hiren Patel, Director - Exports"),
    ]
    case("p50_po_vs_supplier_ack", ["RG011"],
         "full-quantity PO for 15,000 bags; the supplier's order acceptance states 10,000",
         [("PO_GSS-PO-24-0455.txt", po),
          ("SPB-OA-2425-118.pdf", pdf(ack, title="Order acceptance SPB/OA/2425/118", author="Shreeji Paper Bags"))])


def p51_whatsapp_30k_then_35k():
    lines = [
        ("10/06/2024", "08:15", "Dale Moreau", "Morning Lan. Releasing 30k clamshells for the July restock under PO MSB-88790. Written release follows by email from me today"),
        ("10/06/2024", "08:16", "Dale Moreau", "Rest of the PO stays on hold until my next release, after the August store count"),
        ("10/06/2024", "08:40", "Nguyen Thi Lan", "Good morning Dale, noted with thanks 🙏 We plan the moulding from 17 June"),
        ("10/06/2024", "08:41", "Nguyen Thi Lan", "Same pallet pattern as last time? 12 ctn per layer"),
        ("10/06/2024", "09:02", "Dale Moreau", "Yes same pattern"),
        ("11/06/2024", "14:30", "Dale Moreau", "Lan, as agreed yesterday: 35k released, ship by wk 29 to DC Mississauga"),
        ("11/06/2024", "14:45", "Nguyen Thi Lan", "Ok Dale 👍"),
    ]
    case("p51_whatsapp_30k_then_35k", ["RG011"],
         "buyer releases 30k, next day writes 'as agreed yesterday: 35k released'",
         [("WhatsApp_Chat_with_Nguyen_Thi_Lan.txt", whatsapp(lines))])


def p52_release_12000_vs_1200():
    rel = [
        ("h1", "Rilascio di produzione n. 3 / Production release no. 3"),
        ("p", "Pasticceria Aurora S.p.A. - Via Mazzini 12, 37121 Verona"),
        ("p", "Fornitore / Supplier: Papelaria Atlantica Embalagens, Lda. - Ordine / PO: AUR-PO-2024-061 "
              "(bicchiere 8oz 'Aurora Caffe', art. AUR-CUP08-CF)"),
        ("table", [
            ["Rilascio / Release", "Quantita / Quantity", "Consegna / Delivery"],
            ["n. 3", "dodici (12) cartoni da 1.000 pz = 12.000 bicchieri / twelve (12) cartons of 1,000 = 12,000 cups", "sett. 27 / week 27, Verona"],
        ]),
        ("sp",),
        ("p", "Il resto dell'ordine resta bloccato fino al rilascio n. 4, firmato da Valentina Greco dopo "
              "l'inventario di settembre. The rest of the PO stays blocked until release no. 4, signed by "
              "Valentina Greco after the September stock count."),
        ("p", "Valentina Greco - Responsabile Acquisti"),
    ]
    text = (
        "Buongiorno Rui,\n\n"
        "with this mail I confirm the production release no. 3 for 1.200 cups 8oz 'Aurora Caffe', "
        "delivery week 27 in Verona. The signed release is attached.\n\n"
        "The rest of the order stays blocked until release no. 4 after our September inventory.\n\n"
        "Please also send us the new declaration of conformity MOCA, the one we have expires in July.\n\n"
        "Grazie mille e buon lavoro,\nValentina Greco\nResponsabile Acquisti\nPasticceria Aurora S.p.A.\n"
        "Tel. +39 045 000 2211\n"
    )
    m = mail("Valentina Greco <v.greco@pasticceriaaurora.example.it>",
             "Rui Carvalho <rui.carvalho@papatlantica.example.pt>",
             "Rilascio n. 3 - AUR-PO-2024-061", "Wed, 05 Jun 2024 09:25:00 +0200", text,
             attachments=[("Rilascio_3_AUR-PO-2024-061.docx", docx_bytes(rel, author="Valentina Greco"), DOCX_MT)])
    case("p52_release_12000_vs_1200", ["RG011"],
         "email confirms release no. 3 for 1.200 cups; the attached signed release says 12 cartons = 12.000",
         [("Rilascio_3_AUR-PO-2024-061.eml", m)])


def p53_calloff_text_vs_table():
    blocks = [
        ("h1", "Call-off 3 - BBC-BL-2024-07"),
        ("p", "Brackenbury Burger Co. Ltd - Packaging & Procurement - 3 Lionel Street, Birmingham B3 1AQ. Date: 26 August 2024."),
        ("p", "To: Ege Ambalaj San. ve Tic. A.S., Izmir - Mr Mehmet Kaya."),
        ("p", "This call-off releases thirty thousand (30,000) medium kraft carrier bags (SKU BBC-BAG-M) "
              "for delivery to our Daventry DC in week 40."),
        ("table", [
            ["SKU", "Blanket cover", "Released before", "Released now", "Cumulative released", "Not released"],
            ["BBC-BAG-M", "240,000", "120,000", "40,000", "160,000", "80,000"],
        ]),
        ("sp",),
        ("p", "The bags not released stay on hold. They will be released only by call-off 4, signed by "
              "Priya Nair, Head of Packaging, after the Christmas trading review in January 2025."),
        ("p", "Material authority: the cumulative released quantity only."),
        ("p", "Priya Nair, Head of Packaging"),
    ]
    case("p53_calloff_text_vs_table", ["RG011"],
         "call-off text releases thirty thousand (30,000) bags, its table says 40,000 released now",
         [("call-off_3_BBC-BL-2024-07.docx", docx_bytes(blocks, author="Priya Nair"))])


def p54_portal_vs_release_letter():
    body = """
<h2>Mamak Republic - Supplier Portal</h2>
<p>Supplier: <b>Xiamen Hongtai Paper Products Co., Ltd.</b> &middot; PO <b>MR-PO-0951</b> &middot; Item MR-KCS-1000 kraft paper clamshell 1000 ml</p>
<table>
<tr><th>Release</th><th>Date</th><th>Quantity released</th><th>Signed</th><th>Delivery</th></tr>
<tr><td>R-0001</td><td>08/04/2024</td><td>20,000</td><td>K. Selvaraj</td><td>Delivered</td></tr>
<tr><td>R-0002</td><td>06/05/2024</td><td>20,000</td><td>K. Selvaraj</td><td>Delivered</td></tr>
<tr><td>R-0003</td><td>03/06/2024</td><td>18,000</td><td>K. Selvaraj</td><td>Wk 27, DC Shah Alam</td></tr>
</table>
<div class="note">Balance of PO MR-PO-0951 after R-0003: not released. Next release R-0004 only after the July outlet count, signed by Kumar Selvaraj, Procurement Manager.</div>
"""
    letter = [
        ("h1", "Release R-0003"),
        ("p", "Mamak Republic Sdn Bhd - Procurement - Menara MR, Jalan Sultan Ismail, 50250 Kuala Lumpur"),
        ("p", "To: Xiamen Hongtai Paper Products Co., Ltd. PO: MR-PO-0951. Date: 3 June 2024."),
        ("p", "We release 15,000 kraft paper clamshells 1000 ml (MR-KCS-1000) for delivery in week 27 to "
              "our DC in Shah Alam."),
        ("p", "The balance of the PO is not released. Release R-0004 will follow only after the July "
              "outlet count and will be signed by me."),
        ("p", "Kumar Selvaraj, Procurement Manager"),
    ]
    case("p54_portal_vs_release_letter", ["RG011"],
         "portal shows release R-0003 = 18,000, the signed R-0003 letter says 15,000",
         [("MR-PO-0951_portal.html", html_page("MR-PO-0951 releases", body)),
          ("Release_R-0003.pdf", pdf(letter, title="Release R-0003", author="Kumar Selvaraj"))])


def p57_deposit_paid_clear_to_start():
    fin = mail("Accounts Payable <ap@pierstreetkitchens.example.co.uk>",
               "Ben Walsh <ben.walsh@pierstreetkitchens.example.co.uk>",
               "Payment sent - Dong Nai Paper Packaging - PSK-PO-1187 deposit",
               "Mon, 03 Jun 2024 11:02:00 +0100",
               "Hi Ben,\n\nThe 30% deposit for PSK-PO-1187 went out this morning:\n\n"
               "  Payee: Dong Nai Paper Packaging JSC\n  Amount: GBP 3,240.00\n  Value date: 03/06/2024\n"
               "  Reference: PSK-PO-1187 DEPOSIT\n\nRegards,\nAccounts Payable\nPier Street Kitchens Ltd\n")
    text = (
        "Hi Hoa,\n\n"
        "Good news - we've paid the 30% deposit today (remittance from our AP team forwarded below), so "
        "you're clear to start the run of the 200,000 kraft clamshells on PSK-PO-1187.\n\n"
        "Delivery in two equal drops to our Shoreham warehouse please: half by 26 July, the other half "
        "by 23 August. Pallet labels with our SKU PSK-KCS-900 and the PO number.\n\n"
        "Cheers,\nBen"
        + sig("Ben Walsh", "Buyer", "Pier Street Kitchens Ltd", "+44 1273 000 118")
    )
    m = mail("Ben Walsh <ben.walsh@pierstreetkitchens.example.co.uk>",
             "Pham Thi Hoa <hoa.pham@dongnaipaper.example.vn>",
             "PSK-PO-1187 - deposit paid", "Mon, 03 Jun 2024 11:30:00 +0100", text,
             attachments=[("rfc822", fin)])
    case("p57_deposit_paid_clear_to_start", ["RG012"],
         "buyer: deposit paid 'so you're clear to start the run' of the 200,000 (full-quantity PO)",
         [("PSK-PO-1187.eml", m)])


def p59_wechat_deposit_start_full_paper():
    lines = [
        ("2024-06-03 21:02:10", "Rajiv Singh", "Hi Jacky, PO CLC-0062210 is in your inbox. 6,000 cups are released now for wave 1 (18 cafes)."),
        ("2024-06-03 21:03:01", "Rajiv Singh", "The remaining 54,000 are not released. Next release comes from me after the wave-1 sell-through review on July 15. Rajiv Singh, Buyer, Cedar Lane Cafes"),
        ("2024-06-04 09:15:33", "Jacky Zheng 郑", "Received Rajiv, thank you 🙏 PI with 30% deposit sent by email"),
        ("2024-06-06 10:48:20", "Jacky Zheng 郑", "Deposit received ✅ thank you!"),
        ("2024-06-06 10:48:52", "Jacky Zheng 郑", "Production start today. We already order the paper for the full 60k so all in one run, cheaper for you 👍"),
        ("2024-06-06 10:49:30", "Jacky Zheng 郑", "[Image]"),
        ("2024-06-06 22:10:05", "Rajiv Singh", "Thanks Jacky, will call you tomorrow morning my time"),
    ]
    case("p59_wechat_deposit_start_full_paper", ["RG006", "RG012"],
         "supplier starts production on receipt of deposit and orders paper for the full 60k while 6,000 "
         "are released", [("WeChat_Rajiv_Singh.txt", wechat(lines))])


def p60_proforma_advance_starts_production():
    blocks = [
        ("h1", "PROFORMA INVOICE"),
        ("p", "Shreeji Paper Bags Pvt. Ltd. - Plot 44, GIDC Vatva, Ahmedabad 382445, Gujarat, India - GSTIN 24AACCS0000R1Z2 - IEC 0807000123"),
        ("table", [
            ["PI No.", "Date", "Buyer", "Buyer's PO"],
            ["SPB/PI/2425/074", "30-May-2024", "Kopi Sentral Sdn Bhd, Petaling Jaya, Malaysia", "KS-PO-2248 (50,000 bags)"],
        ]),
        ("sp",),
        ("table", [
            ["Sr.", "Description", "HSN", "Qty", "Rate USD", "Amount USD"],
            ["1", "Kraft paper carry bag 26x14x32 cm, twisted handle, 100 gsm, 2 colour 'Kopi Sentral'", "48194000", "50,000 pcs", "0.0720", "3,600.00"],
        ]),
        ("sp",),
        ("p", "Total USD 3,600.00 (US Dollars three thousand six hundred only). FOB Mundra."),
        ("p", "Payment terms: 50% advance by T/T; balance 50% against scanned B/L."),
        ("p", "Production will commence on receipt of the 50% advance. Delivery 25 days from receipt of advance."),
        ("p", "Bank: State Bank of India, Vatva Branch, SWIFT SBININBB000, A/c 3100 0000 4471."),
        ("p", "For Shreeji Paper Bags Pvt. Ltd. - Authorised Signatory"),
    ]
    case("p60_proforma_advance_starts_production", ["RG012"],
         "proforma makes the advance payment the trigger for production",
         [("SPB-PI-2425-074.pdf", pdf(blocks, title="Proforma SPB/PI/2425/074", author="Shreeji Paper Bags"))])


def p61_lc_opened_proceed():
    lc = [
        ("h1", "Advice of documentary credit (copy)"),
        ("table", [
            ["Field", "Content"],
            ["Issuing bank", "Emirates NBD PJSC, Dubai"],
            ["LC number", "EN-ILC-24-118822"],
            ["Applicant", "Al Noor Packaging Trading LLC, Jebel Ali Free Zone"],
            ["Beneficiary", "Ege Ambalaj San. ve Tic. A.S., Izmir"],
            ["Amount", "EUR 7,200.00"],
            ["Goods", "80,000 kraft paper carrier bags as per PO ANP-PO-3502"],
            ["Latest shipment", "15 July 2024"],
            ["Expiry", "5 August 2024, Turkiye"],
            ["Documents", "Commercial invoice, packing list, B/L, certificate of origin"],
        ]),
    ]
    text = (
        "Dear Mehmet,\n\n"
        "The LC has been opened today by Emirates NBD for the full value of PO ANP-PO-3502 (copy of "
        "the advice attached), so please proceed with the full order of 80,000 kraft bags.\n\n"
        "Please make sure the B/L shows the consignee exactly as in the LC, last time the bank charged "
        "us a discrepancy fee.\n\n"
        "Best regards,\nRashid"
        + sig("Rashid Al Mansoori", "Procurement Director", "Al Noor Packaging Trading LLC", "+971 4 000 7720")
    )
    m = mail("Rashid Al Mansoori <rashid@alnoorpack.example.ae>",
             "Mehmet Kaya <mehmet.kaya@egeambalaj.example.com.tr>",
             "ANP-PO-3502 - LC opened", "Tue, 04 Jun 2024 13:05:00 +0400", text,
             attachments=[("LC_EN-ILC-24-118822.pdf", pdf(lc, title="LC advice", author="Al Noor"), PDF_MT)])
    case("p61_lc_opened_proceed", ["RG012"],
         "buyer makes the opened LC the reason to proceed with the full 80,000 order",
         [("ANP-PO-3502.eml", m)])


# ---- END OF CASES ----


def _write(case_dir: Path, fn: str, data):
    p = case_dir / fn
    if isinstance(data, EmailMessage):
        p.write_bytes(eml_bytes(data))
    elif isinstance(data, str):
        p.write_text(data, encoding="utf-8", newline="\n")
    else:
        p.write_bytes(data)


def _register_all():
    """Call every case function (c.. = clean, p.. = positive) in definition order."""
    for fname, fn in list(globals().items()):
        if re.match(r"^[cp]\d\d_", fname) and callable(fn):
            fn()


def main():
    _register_all()
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(SEED).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, start=1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem)
        folder = f"{PREFIX}_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            _write(d, fn, data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    counts = {f"RG{i:03d}": 0 for i in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}")
    for r, n in counts.items():
        print(f"  {r}: {n}")


if __name__ == "__main__":
    main()
