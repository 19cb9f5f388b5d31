#!/usr/bin/env python3
"""Generator for the releasegate check_holdout39 corpus (hospitality / contract FF&E).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout39/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, fixed shuffle seed 3939).

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; only the Message-ID / boundary prefixes were changed.
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
from email.utils import format_datetime
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
SEED = 3939


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
    m["Message-ID"] = msgid or f"<h39-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h39")
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


# ----------------------------------------------------------------- small local helpers
def T(s):
    """Dedent a triple-quoted block and normalise the leading/trailing newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def dt(y, mo, d, h, mi, off=0):
    tz = _dt.timezone(_dt.timedelta(hours=off))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, 0, tzinfo=tz))


def text_html(text):
    """Very small text -> HTML conversion for multipart/alternative bodies."""
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        lines = [escape(x) for x in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


def rows_html(rows):
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>\n" for r in rows[1:])
    return f"<table>\n<tr>{head}</tr>\n{body}</table>"


def quote(text, level=1):
    pre = ">" * level
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.rstrip("\n").split("\n")) + "\n"


def E(m):
    return eml_bytes(m)


# people / addresses
FIONA = "Fiona Carmichael <fiona.carmichael@harrowvale.co.uk>"
TOM = "Tom Ashworth <tom.ashworth@harrowvale.co.uk>"
HANNAH = "Hannah Ellery <hannah@studioellery.co.uk>"
GORDON = "Gordon McLeish <gordon.mcleish@thistleffe.co.uk>"
ISLA = "Isla Fraser <isla.fraser@thistleffe.co.uk>"
RASHID = "Rashid Al Mansoori <rashid.almansoori@alnoorhp.ae>"
LAYLA = "Layla Haddad <layla.haddad@alnoorhp.ae>"
SANA = "Sana Qureshi <sana@mirageinteriors.ae>"
FAISAL = "Faisal Al-Otaibi <faisal.alotaibi@najdhd.com.sa>"
ABDULLAH = "Abdullah Al-Harbi <abdullah.alharbi@najdhd.com.sa>"
MEGAN = "Megan Doyle <mdoyle@pinecresthp.com>"
CARL = "Carl Whitfield <cwhitfield@pinecresthp.com>"
PRIYA = "Priya Raman <priya@lakelinedesign.com>"
KEVIN = "Kevin Marsh <kmarsh@brightwatersuites.com>"
DANA = "Dana Okafor <dokafor@brightwatersuites.com>"
LAN = "Nguyen Thi Lan <lan.nguyen@dongnaiwoodcraft.vn>"
TUAN = "Pham Minh Tuan <tuan.pm@thuanancasegoods.vn>"
BUDI = "Budi Santoso <budi@jeparakayu.co.id>"
DEWI = "Dewi Lestari <dewi@suryarotan.co.id>"
KASIA = "Katarzyna Nowak <k.nowak@meblex.pl>"
MAREK = "Marek Zielinski <m.zielinski@tapicerstwo-wlkp.pl>"
EMRE = "Emre Yildiz <emre.yildiz@kayserikoltuk.com.tr>"
AYSE = "Ayse Demir <ayse.demir@inegolahsap.com.tr>"
KELLY = "Kelly Zhao <kelly.zhao@lumenlighting.cn>"
VINCENT = "Vincent Chen <vincent.chen@hongyu-furniture.cn>"

SIG_FIONA = sig("Fiona Carmichael", "Senior Purchasing Manager", "Harrow & Vale Procurement Ltd", "+44 20 7946 0381")
SIG_TOM = sig("Tom Ashworth", "Procurement Director", "Harrow & Vale Procurement Ltd", "+44 20 7946 0300")
SIG_GORDON = sig("Gordon McLeish", "Purchasing Agent", "Thistle FF&E Services Ltd", "+44 131 496 0722")
SIG_RASHID = sig("Rashid Al Mansoori", "Purchasing Manager", "Al Noor Hospitality Projects LLC", "+971 4 555 0182")
SIG_FAISAL = sig("Faisal Al-Otaibi", "Procurement Lead", "Najd Hospitality Development Co.", "+966 11 555 0147")
SIG_MEGAN = sig("Megan Doyle", "Purchasing Agent", "Pinecrest Hospitality Purchasing, Inc.", "+1 404 555 0163")
SIG_KEVIN = sig("Kevin Marsh", "Senior Buyer, Corporate Procurement", "Brightwater Suites Inc.", "+1 404 555 0129")
SIG_DANA = sig("Dana Okafor", "Director of Strategic Sourcing", "Brightwater Suites Inc.", "+1 404 555 0110")

# =================================================================== CLEAN
# ---- c01: mock-up room PO (EML + PDF PO), all four scope items present
c01_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Harrow & Vale Procurement Ltd - purchasing agent for Marlow Hotels Ltd - "
          "41 Great Portland Street, London W1W 7LA, United Kingdom"),
    ("table", [["Field", "Value"],
               ["PO No.", "HV-24-0318"], ["Date", "13 May 2024"],
               ["Supplier", "Dong Nai Woodcraft JSC, Lot 12, Road 9, Bien Hoa 2 Industrial Zone, Dong Nai, Vietnam"],
               ["Project", "The Marlow Hotel, Mayfair - guestroom refurbishment"],
               ["Incoterm", "EXW Bien Hoa (consolidation by our forwarder at Cat Lai, HCMC)"],
               ["Currency", "USD"], ["Buyer", "Fiona Carmichael, Senior Purchasing Manager"]]),
    ("sp",),
    ("table", [["Line", "FF&E code", "Description", "Qty", "Unit", "Unit price", "Amount"],
               ["10", "HB-01", "King headboard, oak veneer frame, upholstered panel (COM)", "1", "pc", "640.00", "640.00"],
               ["20", "NS-02", "Nightstand, oak veneer, antique brass pull", "2", "pc", "310.00", "620.00"],
               ["30", "WD-03", "Writing desk with leather inlay", "1", "pc", "780.00", "780.00"],
               ["40", "WR-04", "Wardrobe 1200 mm, hinged doors", "1", "pc", "1,150.00", "1,150.00"],
               ["50", "PKG", "Export packing, mock-up set", "1", "lot", "120.00", "120.00"],
               ["", "", "", "", "", "Total USD", "3,310.00"]]),
    ("sp",),
    ("h", "PO scope note"),
    ("p", "This PO releases the mock-up room set only (lines 10-50, one (1) set). The guestroom bulk for "
          "186 rooms is not released by this PO and remains on hold: do not cut timber, press veneer or "
          "order hardware for bulk."),
    ("p", "The bulk will be released only by a written production release signed by Tom Ashworth, "
          "Procurement Director, after the mock-up room has been signed off on site in London. "
          "Material authority: mock-up quantity only."),
    ("h", "Terms"),
    ("p", "Payment: 50% with order against PI, 50% before collection. Shop drawings: rev B attached for "
          "reference; rev C with the veneer sequence to be submitted before the mock-up is started. "
          "Finishes per finishes board FB-03 (Studio Ellery). Fire: BS 7176 medium hazard for the "
          "upholstered panel."),
], title="PO HV-24-0318", author="Harrow & Vale Procurement")

c01_txt = T("""
    Dear Ms Lan,

    Please find attached our purchase order HV-24-0318 for the mock-up room at The Marlow Hotel.

    So there is no misunderstanding between our offices, the scope in short:

    - Released now: one (1) mock-up room set - 1 king headboard HB-01, 2 nightstands NS-02,
      1 writing desk WD-03 and 1 wardrobe WR-04 (items per FF&E schedule rev C).
    - The guestroom bulk (186 rooms, same items) is NOT released by this PO and remains on hold.
      Please do not cut timber, press veneer or order hardware for bulk.
    - The bulk will be released only by a written production release signed by Tom Ashworth,
      Procurement Director, after the mock-up room has been signed off on site in London by
      Studio Ellery and the owner.
    - Material authority: mock-up quantity only.

    Target for the mock-up to arrive on site is week 27. Shop drawings rev B are attached to the PO
    for reference; please send rev C with the oak veneer sequence before you start.

    Kind regards,
    Fiona
    """) + SIG_FIONA
case("c01_mockup_po_email", [], "mock-up room PO: 1 set released, 186 rooms on hold, written release by Tom Ashworth after on-site sign-off",
     [("HV-24-0318_mockup.eml", E(mail(FIONA, LAN, "PO HV-24-0318 - The Marlow Hotel - mock-up room casegoods",
                                      dt(2024, 5, 13, 10, 15, 1), c01_txt, cc=TOM,
                                      attachments=[("PO_HV-24-0318.pdf", c01_po, PDF_MT)])))])

# ---- c02: supplier quote with prototype and bulk tiers (supplier document only)
c02 = pdf([
    ("h1", "OFERTA / QUOTATION MX/2024/117"),
    ("p", "Meblex Sp. z o.o., ul. Rzemieslnicza 14, 62-020 Swarzedz, Poland - NIP 777-00-12-345"),
    ("table", [["", ""], ["To", "Pinecrest Hospitality Purchasing, Inc. - attn. Megan Doyle"],
               ["Project", "The Halcyon Austin"], ["Date", "22.04.2024"], ["Validity", "60 days"]]),
    ("h", "Item: LC-210 lounge chair, beech frame, COM upholstery"),
    ("p", "Frame: solid beech, glued and dowelled, tested to EN 16139:2013 level 2. Seat: pocket springs "
          "with CMHR foam 35 kg/m3. COM requirement: 1,6 lm per chair (140 cm width). Legs: walnut stain W-12."),
    ("table", [["Tier", "Quantity", "Unit price EUR", "Lead time"],
               ["Prototype", "2 pcs", "1.450,00", "4 weeks after PO and COM receipt"],
               ["Bulk production", "240 pcs", "612,50", "10 weeks after written production release and COM receipt"]]),
    ("p", "Prices ex-works Swarzedz, export packing included (carton with corner protection). Sea freight "
          "consolidation via Gdansk to Houston on request."),
    ("p", "Payment: prototypes 100% with order; bulk 30% advance / 70% before loading."),
    ("p", "This quotation is an offer only and does not constitute an order."),
    ("p", "Katarzyna Nowak, Export Manager"),
], title="Quotation MX/2024/117", author="Meblex")
case("c02_supplier_quote_tiers", [], "supplier quote alone with prototype and bulk tiers; no authorization in the bundle",
     [("MX-2024-117.pdf", c02)])

# ---- c03: WhatsApp, supplier asks whether it may go ahead; buyer says wait
c03 = T("""
    14/05/2024, 08:58 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
    14/05/2024, 08:58 - Megan Doyle created group "Halcyon Austin - Lighting (Lumen)"
    14/05/2024, 08:59 - Megan Doyle added Kelly Zhao Lumen, Priya Raman
    14/05/2024, 09:02 - Megan Doyle: Hi Kelly, PO PHP-7781 sent this morning for the PL-05 pendant 👋
    14/05/2024, 09:03 - Megan Doyle: Just repeating the PO note so it's in here too: 4 sample pendants only (2 brass, 2 bronze). Bal. 316 pcs on hold. Priya signs off the samples at the Austin mock-up room and then Carl Whitfield (our VP Purchasing) sends the written production release. Nothing for bulk before that pls
    14/05/2024, 09:40 - Kelly Zhao Lumen: Received dear 👍 4 pcs sample, ship by DHL around 28th
    15/05/2024, 10:12 - Kelly Zhao Lumen: Megan one question. Our glass supplier say price up 8% from June. Can we go ahead the bulk glass now for the 316? Or wait?
    15/05/2024, 10:31 - Megan Doyle: Wait please. No glass for bulk yet. If the price goes up send me the new price and I'll take it to Carl
    15/05/2024, 10:33 - Kelly Zhao Lumen: ok understand, we wait your release
    27/05/2024, 16:05 - Kelly Zhao Lumen: <Media omitted>
    27/05/2024, 16:05 - Kelly Zhao Lumen: sample before packing, brass one
    27/05/2024, 18:20 - Priya Raman: Looks lovely! We'll check the patina in person at the mock-up on June 6.
    27/05/2024, 18:22 - Kelly Zhao Lumen: 🙏🙏
    """)
case("c03_chat_goahead_question", [], "supplier asks 'can we go ahead the bulk glass?' (question); buyer scope complete: 4 samples, bal 316 on hold, Priya sign-off + Carl written release",
     [("WhatsApp_Chat_Halcyon_Lighting.txt", c03)])

# ---- c04: labelled forecast (HTML table)
c04_rows = [["Property", "Keys", "Target quarter", "GC-88 guestroom chair (forecast)", "DK-900 desk (forecast)"],
            ["Brightwater Suites Denver", "132", "Q1 2025", "132", "132"],
            ["Brightwater Suites Scottsdale", "118", "Q1 2025", "118", "118"],
            ["Brightwater Suites Nashville", "146", "Q2 2025", "146", "146"],
            ["Brightwater Suites Charlotte", "124", "Q2 2025", "124", "124"],
            ["Brightwater Suites Boise", "96", "Q3 2025", "96", "96"],
            ["Brightwater Suites Tulsa", "104", "Q3 2025", "104", "104"],
            ["Brightwater Suites Raleigh", "160", "Q4 2025", "160", "160"],
            ["Brightwater Suites Omaha", "112", "Q4 2025", "112", "112"],
            ["Total forecast", "992", "", "992", "992"]]
c04 = html_page("Brightwater Suites 2025 programme - demand forecast", f"""
<h1>Brightwater Suites - 2025 Renovation Programme</h1>
<h2>FF&amp;E demand forecast, issue 2 (8 July 2024)</h2>
<p class="note"><b>FORECAST - NOT A PURCHASE ORDER.</b> Nothing on this page is ordered, committed or
released for production. Quantities and timing may change by up to 30% or be cancelled property by
property. Each property will be ordered on its own PO, and production is released only by a written
release under that PO. Please use this page to plan capacity only; do not buy material against it.</p>
{rows_html(c04_rows)}
<p>Questions: Kevin Marsh, Senior Buyer (kmarsh@brightwatersuites.com). Programme owner: Dana Okafor,
Director of Strategic Sourcing.</p>
<p style="font-size:11px;color:#666">Distribution: preferred seating and casegoods partners. Page generated 2024-07-08 14:02 EDT.</p>
""")
case("c04_labelled_forecast", [], "forecast page clearly labelled not an order / not released; capacity planning only",
     [("BWS_2025_programme.html", c04)])

# ---- c05: full-quantity repeat PO, 'proceed' scoped with quantities, no balance
c05 = docx_bytes([
    ("h1", "PURCHASE ORDER TH-PO-0776"),
    ("p", "Thistle FF&E Services Ltd, 14 Canning Street, Edinburgh EH3 8EG - on behalf of Kestrel House Hotel Ltd"),
    ("table", [["Field", "Value"],
               ["Supplier", "Inegol Ahsap Mobilya San. ve Tic. Ltd. Sti., Organize Sanayi Bolgesi 5. Cadde No: 21, Inegol / Bursa, Turkiye"],
               ["Date", "04.06.2024"], ["Delivery", "FCA Gemlik port, ETD week 33"], ["Currency", "GBP"],
               ["Area", "Brasserie and bar, ground floor"]]),
    ("sp",),
    ("table", [["Line", "Code", "Description", "Qty", "Unit price GBP", "Amount GBP"],
               ["10", "BS-12", "Bar stool, solid ash, walnut stain, seat height 750 mm, upholstered seat in Halden Wool col. 0133 (COM)", "64", "138.00", "8,832.00"],
               ["20", "PT-08", "Poseur table, ash base, 700 mm dia. Carrara top, H 1050 mm", "8", "295.00", "2,360.00"],
               ["", "", "Total", "", "", "11,192.00"]]),
    ("h", "Scope"),
    ("p", "Repeat of the Kestrel Glasgow order of 2023 (your order no. IA-2023-214); same drawings DWG BS-12 rev 4 "
          "and PT-08 rev 2, no prototype stage. This PO is both the commercial order and the production release "
          "for the full quantity: 64 bar stools and 8 poseur tables. There is no balance beyond these quantities."),
    ("p", "Please proceed with production of the 64 bar stools and 8 poseur tables against this PO and confirm "
          "the ex-works date by return."),
    ("h", "Terms"),
    ("p", "Payment 30% advance against PI, 70% against copy B/L. COM fabric (64 x 0,6 m) will be dispatched from "
          "Halden Mills, Galashiels, in week 25. Compliance: EN 16139:2013 level 2; BS 5852 crib 5 for the seat upholstery."),
    ("p", "Gordon McLeish, Purchasing Agent"),
], author="Thistle FF&E Services")
case("c05_full_qty_repeat_po", [], "full-quantity repeat PO (64 + 8), no sample stage, no balance; 'proceed' names the quantities",
     [("TH-PO-0776.docx", c05)])

# ---- c06: call-off with explicit staged material authority above the released quantity
c06_txt = T("""
    Dear Emre,

    Further to the prototype sign-off of SF-301 on 8 May (sign-off sheet PSO-5510-01, signed by Sana
    Qureshi for Mirage Interiors), Layla has signed the first call-off. Details below.

    Call-off ANH-CO-02 against PO ANH-PO-5510 (sofa SF-301, 3-seater, COM)

    - Released for production now: 60 sofas (Lot 1 - floors 2 to 6).
    - Remaining 120 sofas: not released, on hold.
    - Unlock for the next lot: lot acceptance of Lot 1 at our Jebel Ali warehouse, followed by a
      written release signed by Layla Haddad, Project Director.
    - Material authority (staged): you may buy beech frame timber and foam blocks for up to 180
      sofas at our liability. This covers material purchase only - no cutting, framing or
      upholstery beyond the 60 released sofas.
    - COM fabric: 60 x 11 m ships from Como next week; fabric for Lot 2 ships only with the next
      release.

    Please confirm by return with the ex-works date for Lot 1.

    Best regards,
    Rashid
    """) + SIG_RASHID
c06_html = ("<html><body style=\"font-family:Calibri,Arial\"><p>Dear Emre,</p><p>Further to the prototype sign-off of "
            "SF-301 on 8 May (sign-off sheet PSO-5510-01, signed by Sana Qureshi for Mirage Interiors), Layla has signed "
            "the first call-off.</p>" + rows_html([
                ["Call-off ANH-CO-02 / PO ANH-PO-5510", "SF-301 sofa"],
                ["Released for production now", "60 sofas (Lot 1, floors 2-6)"],
                ["Not released - on hold", "120 sofas"],
                ["Unlock for next lot", "Lot 1 acceptance at Jebel Ali, then written release signed by Layla Haddad, Project Director"],
                ["Material authority (staged)", "Beech frame timber and foam blocks for up to 180 sofas at our liability; purchase only, no cutting/framing/upholstery beyond the 60"],
                ["COM fabric", "60 x 11 m from Como next week; Lot 2 fabric only with the next release"]]) +
            "<p>Please confirm by return with the ex-works date for Lot 1.</p><p>Best regards,<br>Rashid</p>"
            "<p style=\"color:#777;font-size:11px\">Rashid Al Mansoori | Purchasing Manager | Al Noor Hospitality Projects LLC</p></body></html>")
case("c06_calloff_staged_material", [], "call-off releases 60, 120 on hold, lot acceptance + Layla Haddad; explicit staged material authority up to 180 (clean)",
     [("ANH-CO-02.eml", E(mail(RASHID, EMRE, "Call-off ANH-CO-02 / PO ANH-PO-5510 - sofas SF-301 - Lot 1",
                               dt(2024, 5, 15, 11, 40, 4), c06_txt, html=c06_html, cc=LAYLA)))])

# ---- c07: explicit, recorded auto-conversion (EML + DOCX memo)
c07_memo = docx_bytes([
    ("h1", "Auto-conversion memo - NS-14 nightstand"),
    ("table", [["Field", "Value"],
               ["Buyer", "Pinecrest Hospitality Purchasing, Inc. (for The Halcyon Austin)"],
               ["Supplier", "Thuan An Casegoods Co., Ltd., Binh Duong, Vietnam"],
               ["PO", "PHP-7802 rev 1"], ["Item", "NS-14 nightstand, walnut, 2 drawers, DWG NS-14 rev 5"],
               ["Date", "6 May 2024"]]),
    ("num", "Released now: two (2) prototype nightstands under PO PHP-7802, line 10."),
    ("num", "Bulk: 498 nightstands, PO PHP-7802 line 20 (commercial cover, scope production). Not released on the date of this memo."),
    ("num", "Auto-conversion (recorded): if Priya Raman, Lakeline Design Studio, signs the prototype sign-off sheet "
            "with the box 'SIGNED OFF - NO COMMENTS' ticked, that signed sheet alone releases the 498 nightstands of "
            "line 20 for production. No further document is needed for those 498."),
    ("num", "A sign-off with comments, an interim sign-off or a rejection releases nothing; in that case the 498 stay "
            "on hold until Carl Whitfield issues a written production release."),
    ("num", "Material authority until the release: prototype quantity only."),
    ("num", "This memo expires on 31 August 2024 if no sign-off has been recorded by then."),
    ("p", "Authorized: Carl Whitfield, VP Purchasing - signed 6 May 2024"),
    ("p", "Acknowledged (supplier): ______________________   date: __________"),
], author="Pinecrest Hospitality Purchasing")
c07_txt = T("""
    Hi Tuan,

    As discussed on Tuesday's call, attached is the auto-conversion memo for the NS-14 nightstand,
    signed by Carl.

    In short: PO PHP-7802 releases 2 prototype nightstands now. The 498 bulk nightstands are not
    released today. They are released by Priya's sign-off sheet alone, but only if she ticks the box
    "SIGNED OFF - NO COMMENTS"; any other outcome releases nothing and the 498 then wait for a written
    production release from Carl. The memo has the details and the expiry date.

    Please keep it with the PO file, sign the acknowledgement line and send it back.

    Thanks,
    Megan
    """) + SIG_MEGAN
case("c07_recorded_auto_conversion", [], "explicit recorded auto-conversion naming quantity (498), signer (Priya Raman), condition and authority (Carl Whitfield)",
     [("PHP-7802_memo.eml", E(mail(MEGAN, TUAN, "PO PHP-7802 - NS-14 nightstand - signed auto-conversion memo",
                                   dt(2024, 5, 7, 16, 5, -5), c07_txt, cc=f"{CARL}, {PRIYA}",
                                   attachments=[("NS-14_auto-conversion_memo.docx", c07_memo, DOCX_MT)])))])

# ---- c08: forwarded old quote (rfc822), declared informational
c08_inner = mail(VINCENT, KEVIN, "Quotation HY-Q-23-0915 - GC-88 guestroom chair - 8 hotels rollout",
                 dt(2023, 9, 12, 15, 20, 8), T("""
    Dear Kevin,

    Thank you for visiting us in Shunde last week. As requested, our price for the GC-88 guestroom chair:

    - Sample: 6 pcs, USD 185/pc including air freight
    - Rollout: 2,400 pcs, USD 96/pc FOB Shekou, 40HC loading 180 pcs

    Lead time: 45 days after your written production release.
    Validity: 90 days.

    Best regards,
    Vincent Chen
    Project Sales | Foshan Hongyu Hospitality Furniture Co., Ltd.
    """))
c08_txt = T("""
    Vincent,

    For reference only, forwarding your 2023 quote below so your new colleague has the history. The
    2,400 pcs in it is informational: it is not an order and it is not released.

    Current position, as per PO BWS-24-1190 sent this morning:
    - released now: 6 sample chairs GC-88 (2 per finish: oak, walnut, ebonised);
    - the rollout quantity stays on hold - nothing for rollout is to be started or bought;
    - the rollout is released only by a written production release signed by Dana Okafor,
      Director of Strategic Sourcing, after the samples pass our sign-off at the Denver property.

    Thanks,
    Kevin
    """) + SIG_KEVIN
case("c08_forwarded_old_quote", [], "old 2,400 pcs quote forwarded as rfc822 and declared informational; 6 samples released, rollout on hold, Dana Okafor after sign-off",
     [("Fwd_HY-Q-23-0915.eml", E(mail(KEVIN, VINCENT, "Fwd: Quotation HY-Q-23-0915 - for reference only",
                                      dt(2024, 6, 3, 9, 45, -4), c08_txt, attachments=[("rfc822", c08_inner)])))])

# ---- c09: quoted supplier assumption of auto-conversion, corrected by the buyer
c09_txt = T("""
    Dear Kelly,

    Thank you for the photos, the bronze finish looks right.

    Please note one point in your mail: confirming the sample does not start mass production. The 6
    sample wall lights under PO ANH-PO-5532 are the only quantity released. The balance of 412 pcs is
    not released and stays on hold. After our sample sign-off in Dubai, the balance needs a written
    production release signed by Layla Haddad, Project Director. Please do not plan or buy anything
    for mass production before you have that document.

    Samples: please ship by DHL to our office at Dubai Design District, Building 6, and send me the AWB.

    Best regards,
    Rashid
    """) + SIG_RASHID + "\nOn Mon, 20 May 2024 at 15:40, Kelly Zhao <kelly.zhao@lumenlighting.cn> wrote:\n" + quote(T("""
    Dear Rashid,

    Good day! The 6 samples of WL-220 are ready, please see photos attached
    (bronze finish, 2700K, CRI 90+, IP44 for the bathroom version).

    After you confirm the sample OK we will arrange the mass production
    directly, to catch your opening date.

    Best regards
    Kelly Zhao
    Sales Manager | Zhongshan Lumen Lighting Co., Ltd.
    """))
case("c09_quoted_assumption_corrected", [], "supplier's quoted auto-conversion assumption corrected by buyer: 6 released, 412 on hold, written release by Layla Haddad",
     [("RE_WL-220_samples.eml", E(mail(RASHID, KELLY, "RE: WL-220 wall light samples ready - photos",
                                       dt(2024, 5, 21, 9, 5, 4), c09_txt, in_reply_to="<h39-k0520@lumenlighting.cn>")))])

# ---- c10: supplier PI: the deposit does not release production
c10 = pdf([
    ("h1", "PROFORMA INVOICE"),
    ("p", "PT Jepara Kayu Mandiri - Jl. Raya Tahunan KM 4, Jepara 59427, Jawa Tengah, Indonesia - NPWP 01.234.567.8-516.000"),
    ("table", [["", ""], ["PI No.", "PI-JKM-2024-061"], ["Date", "27 May 2024"],
               ["Buyer", "Najd Hospitality Development Co., Riyadh - attn. Faisal Al-Otaibi"],
               ["Your PO", "NHD-PO-2291"], ["Terms", "FOB Semarang (Tanjung Emas)"]]),
    ("sp",),
    ("table", [["No", "Item", "Description", "Qty", "Unit price USD", "Amount USD"],
               ["1", "SL-07", "Prototype sun lounger, teak A-grade, 4-position back", "2", "780.00", "1,560.00"],
               ["2", "ST-03", "Prototype side table, teak, 500 mm dia.", "2", "210.00", "420.00"],
               ["3", "CRT", "Export crating and fumigation (ISPM 15)", "1 lot", "120.00", "120.00"],
               ["", "", "Total", "", "", "2,100.00"],
               ["", "", "Deposit 30%", "", "", "630.00"]]),
    ("sp",),
    ("h", "For information only - bulk (not released, not invoiced on this PI)"),
    ("table", [["Item", "Bulk quantity", "Status"],
               ["SL-07 sun lounger", "180 pcs", "not released"],
               ["ST-03 side table", "90 pcs", "not released"]]),
    ("h", "Important"),
    ("p", "The deposit on this PI covers the prototype stage and reserves our kiln slot. It does not release bulk "
          "production: we will not buy teak or start any bulk work until we receive your written production release, "
          "signed by Eng. Abdullah Al-Harbi after the prototypes are signed off at the AlUla site, as stated in your "
          "PO NHD-PO-2291."),
    ("p", "Bank: PT Bank Mandiri (Persero) Tbk, Cabang Jepara - A/C 135-00-0761234-9 (USD). SVLK / V-Legal document "
          "will accompany the shipment."),
    ("p", "Budi Santoso, Marketing Director"),
], title="PI-JKM-2024-061", author="PT Jepara Kayu Mandiri")
case("c10_pi_deposit_not_release", [], "supplier PI states the deposit does not release bulk production; bulk shown for information, not released",
     [("PI-JKM-2024-061.pdf", c10)])

# ---- c11: supplier acknowledgement restating the hold (Vietnamese-English)
c11 = T("""
    DONG NAI WOODCRAFT JSC
    Lot 12, Road 9, Bien Hoa 2 Industrial Zone, Dong Nai Province, Vietnam
    Tel: +84 251 3836 410   Tax code: 3600123456

    ORDER ACKNOWLEDGEMENT No. DNW-OA-0457
    Date: 21/05/2024
    To: Harrow & Vale Procurement Ltd - Ms Fiona Carmichael
    Ref: your PO HV-24-0318 (The Marlow Hotel, mock-up room)

    Dear Ms Fiona,

    We are pleased to confirm receive your PO HV-24-0318. We confirm the scope as below:

    1. We produce 01 (one) mock-up room set only: 01 headboard HB-01, 02 nightstand NS-02,
       01 writing desk WD-03, 01 wardrobe WR-04.
    2. Bulk for 186 rooms is not release. We will not cut timber, not press veneer and not
       order hardware for bulk.
    3. We understand bulk start only after mock-up sign-off at site in London and written
       production release signed by Mr Tom Ashworth, Procurement Director.
    4. Material: we buy only for mock-up quantity.

    Mock-up ready for inspection at factory: 14/06/2024.
    ETD Cat Lai (HCMC): 21/06/2024 by LCL, consolidation by your forwarder.
    Shop drawing rev C will be send to you before 24/05/2024.

    Thank you and best regards,

    Nguyen Thi Lan
    Sales Manager
    """)
case("c11_supplier_ack_restates_hold", [], "supplier acknowledgement restating: 1 mock-up set only, 186 rooms not released, written release by Tom Ashworth after sign-off",
     [("DNW-OA-0457.txt", c11)])

# ---- c12: ERP fixed-width PO printout with complete scope note; item code looks like a quantity
c12 = T("""
    THISTLE FF&E SERVICES LTD                                  PURCHASE ORDER
    14 CANNING STREET, EDINBURGH EH3 8EG                       PAGE 1 OF 1
    ==============================================================================
    PO NUMBER : 4500012400        REV : 00          DATE : 03.06.2024
    VENDOR    : 100482  MEBLEX SP. Z O.O., UL. RZEMIESLNICZA 14, 62-020 SWARZEDZ PL
    PROJECT   : KESTREL HOUSE HOTEL - RESIDENTS' LOUNGE
    BUYER     : G. MCLEISH                      CURRENCY : EUR
    ------------------------------------------------------------------------------
    LN  ITEM          DESCRIPTION                          QTY UOM   UNIT EUR     NET EUR
    10  KH-LC-1200    LOUNGE CHAIR, PROTOTYPE, COM           2 EA    1.450,00    2.900,00
    20  FRT-EXW       COLLECTION EXW SWARZEDZ (CONSOL.)      1 LOT     180,00      180,00
    ------------------------------------------------------------------------------
                                                        TOTAL NET EUR   3.080,00
    PO NOTE:
     LINE 10 IS A PROTOTYPE ORDER: QTY 2 ONLY.
     BULK 240 EA (QUOTE MX/2024/131) NOT RELEASED - ON HOLD. DO NOT CUT OR BUY FOR BULK.
     BULK RELEASED ONLY BY WRITTEN PRODUCTION RELEASE SIGNED BY
     ISLA FRASER (PROJECT DIRECTOR) AFTER PROTOTYPE SIGN-OFF AT KESTREL HOUSE.
     MATERIAL AUTHORITY: PROTOTYPE QTY ONLY.
     COM FABRIC: 2 X 1,6 M SHIPPED BY BUYER, REF. HALDEN WOOL COL. 0133.
     FRAME TEST: EN 16139:2013 LEVEL 2. FIRE: BS 7176 MEDIUM HAZARD.
    ------------------------------------------------------------------------------
    DELIVERY: EXW SWARZEDZ, WEEK 27              PAYMENT: 100% PRIOR TO COLLECTION
    ==============================================================================
    """)
case("c12_erp_po_scope_note", [], "ERP PO printout: prototype qty 2, bulk 240 not released, Isla Fraser written release after sign-off; KH-LC-1200 is a part number",
     [("PO_4500012400.txt", c12)])

# ---- c13: meeting minutes, scoped technical sign-off, bulk on hold
c13 = docx_bytes([
    ("h1", "Minutes - Mock-up Room Review, Al Noor Creek Hotel"),
    ("p", "Date: 12 May 2024, 11:00 GST - Location: mock-up room 2-14, Al Noor Creek Hotel, Dubai Creek Harbour"),
    ("table", [["Attendee", "Company", "Role"],
               ["Layla Haddad", "Al Noor Hospitality Projects LLC", "Project Director"],
               ["Rashid Al Mansoori", "Al Noor Hospitality Projects LLC", "Purchasing Manager"],
               ["Sana Qureshi", "Mirage Interiors FZ-LLC", "Interior Designer"],
               ["Pham Minh Tuan", "Thuan An Casegoods Co., Ltd.", "Export Sales (via Teams)"]]),
    ("h", "Findings"),
    ("table", [["No.", "Item", "Finding", "Action", "Owner", "Due"],
               ["1", "Wardrobe WR-04", "Drawer runner soft-close not engaging", "Replace runner type on revised drawer sample", "Tuan", "26 May"],
               ["2", "Vanity mirror", "Fixing visible at top edge", "Concealed cleat, shop drawing rev D", "Tuan", "26 May"],
               ["3", "Plinth", "Colour darker than finishes board", "New colour sample W-2b", "Tuan / Sana", "26 May"]]),
    ("h", "Decisions"),
    ("num", "The mock-up room was signed off with comments for finishes and dimensions (technical sign-off only); items 1-3 above to be closed."),
    ("num", "The mock-up room (1 set) remains the only quantity released to Thuan An Casegoods."),
    ("num", "Bulk for 212 rooms remains on hold. It is not released by today's review."),
    ("num", "The bulk production release will be issued in writing by Layla Haddad once items 1-3 are closed and verified on the revised drawer sample."),
    ("num", "Finishes board: walnut W-2 and brass B-1 confirmed for colour only - this is not a production release."),
    ("p", "Next meeting: 27 May 2024. Minutes by Rashid Al Mansoori."),
], author="Al Noor Hospitality Projects")
case("c13_minutes_scoped_signoff", [], "minutes: technical sign-off with comments, 1 mock-up set only, 212 rooms on hold, written release by Layla Haddad after items closed",
     [("Minutes_mockup_review_2024-05-12.docx", c13)])

# ---- c14: FF&E schedule with released / on-hold columns
c14_rows = [["Spec code", "Item", "Supplier", "Total (for information)", "Released now", "On hold - not released"],
            ["FF-101", "King headboard, upholstered (COM)", "Tapicerstwo Wielkopolska", "250", "2 (prototype)", "248"],
            ["FF-114", "Nightstand NS-14, walnut", "Thuan An Casegoods", "500", "2 (prototype)", "498"],
            ["SE-310", "Lounge chair LC-210", "Meblex", "240", "2 (prototype)", "238"],
            ["LT-205", "Bedside lamp TL-08", "Zhongshan Lumen", "500", "4 (samples)", "496"],
            ["LT-240", "Pendant PL-05", "Zhongshan Lumen", "320", "4 (samples)", "316"]]
c14 = html_page("The Halcyon Austin - FF&E schedule rev E (release status)", f"""
<h1>The Halcyon Austin - FF&amp;E Schedule rev E</h1>
<p>Guestroom floors 3-12 (250 keys). Issued by Pinecrest Hospitality Purchasing, Inc. with Lakeline Design Studio, 20 May 2024.</p>
{rows_html(c14_rows)}
<p class="note">Quantities in the "On hold - not released" column are not released. Each hold is lifted only by a
written production release signed by Carl Whitfield, VP Purchasing, after the prototype or sample sign-off by
Priya Raman (Lakeline Design Studio). Material authority: released quantities only. "Total (for information)"
is the project quantity, not an order quantity.</p>
<p style="font-size:11px">Finishes per finishes board FB-Halcyon-04. Fabric COM-07 (Maharam-type wool) supplied by owner.</p>
""")
case("c14_ffe_schedule_status", [], "FF&E schedule: released column vs on-hold column, totals labelled informational, Carl Whitfield written release after sign-off",
     [("Halcyon_FFE_schedule_revE.html", c14)])

# ---- c15: interim sign-off with quantity and expiry limits (multipart/alternative)
c15_txt = T("""
    Dear Emre,

    Thank you for hosting the prototype review on 3 June. Our disposition for the AC-07 armchair
    prototype:

    Disposition: INTERIM sign-off.
    Reason: seat depth measured 15 mm over drawing AC-07 rev C; to be corrected on rev D and shown
    on a pre-production sample.

    Under this interim sign-off I release forty (40) armchairs AC-07 for the Level 3 guestrooms, to
    be completed by 15 July 2024. The interim release is limited to those 40 pieces and expires on
    15 July 2024.

    The remaining 146 armchairs are not released and stay on hold until the corrected pre-production
    sample is signed off by Studio Ellery and I issue a written production release.

    Material: the COM fabric for the 40 leaves our London warehouse this week. You may buy frame
    timber and foam for the 40 released chairs only.

    Kind regards,
    Tom
    """) + SIG_TOM
case("c15_interim_signoff_limits", [], "interim sign-off with quantity (40) and expiry; 146 on hold until corrected sample sign-off and written release by Tom Ashworth",
     [("AC-07_disposition.eml", E(mail(TOM, EMRE, "AC-07 armchair - prototype disposition: INTERIM - 40 pcs",
                                       dt(2024, 6, 5, 17, 30, 1), c15_txt, html=text_html(c15_txt), cc=FIONA)))])

# ---- c16: PDF PO for lighting samples, bulk column labelled not released, identifiers
c16 = pdf([
    ("h1", "PURCHASE ORDER NHD-PO-2352"),
    ("p", "Najd Hospitality Development Co. - King Fahd Road, Al Olaya, Riyadh 12214, Kingdom of Saudi Arabia - VAT 300012345600003"),
    ("table", [["", ""], ["Supplier", "Zhongshan Lumen Lighting Co., Ltd., Guzhen Town, Zhongshan, Guangdong, China"],
               ["Project", "Wadi Sahra Resort, AlUla - villa lighting"], ["Date", "2 June 2024"],
               ["Incoterm", "FOB Zhongshan"], ["Buyer", "Faisal Al-Otaibi, Procurement Lead"]]),
    ("sp",),
    ("table", [["Line", "Code", "Description", "Spec", "Sample qty (released)", "Bulk qty (reference only - not released)"],
               ["10", "FL-301", "Floor lamp, brushed brass, linen shade", "E27, 2700K, CRI 90+, IP20", "2", "96"],
               ["20", "TL-302", "Table lamp, travertine base", "E14, 2700K, USB-C", "2", "192"],
               ["30", "PL-303", "Pendant, woven palm shade", "DALI-2 dimmable, 230 V 50 Hz", "2", "96"],
               ["40", "WS-304", "Wall sconce, bathroom", "IP44, EN 60598-2-1", "2", "192"]]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This PO releases the samples only: 2 pcs of each of the four fixtures above, 8 pcs in total. The bulk "
          "quantities in the last column are shown for planning, are not released and stay on hold. Bulk will be "
          "released only by a written production release signed by Eng. Abdullah Al-Harbi, Project Director, after "
          "sample sign-off in the mock-up villa at AlUla. Material authority: samples only."),
    ("p", "Certification: supplier quality system ISO 9001:2015; CE and SASO conformity certificates to be "
          "submitted with the samples. Photometric files (LDT/IES) with the samples."),
], title="NHD-PO-2352", author="Najd Hospitality Development")
case("c16_pdf_po_lighting_samples", [], "lighting sample PO: 8 samples released, bulk column labelled reference/not released, Eng. Abdullah written release after sign-off; ISO/EN identifiers",
     [("NHD-PO-2352.pdf", c16)])

# ---- c17: buyer pays deposit, says the deposit does not release production
c17_txt = T("""
    Dear Ibu Dewi,

    Assalamu alaikum. We have today remitted USD 1,194.00 as the 30% deposit on your PI
    SRC-PI-24-033 (bank ref. FT24152XK01). Our finance team will send the SWIFT copy separately.

    Please note: the deposit does not release production. It covers the prototype stage only:
    2 rattan lounge chairs RC-21 and 1 coffee table RT-05 for the mock-up villa.

    The bulk for the 96 villas (192 lounge chairs and 96 coffee tables) is not released and stays on
    hold. It will be released only by a written production release signed by Eng. Abdullah Al-Harbi,
    Project Director, after the prototypes are signed off at the AlUla mock-up villa. Please do not
    buy rattan or start any bulk work until you have that release.

    Jazakum Allah khair,
    Faisal
    """) + SIG_FAISAL
case("c17_deposit_not_release_buyer", [], "buyer: deposit paid but 'does not release production'; 2+1 prototypes released, bulk on hold, Eng. Abdullah after sign-off",
     [("SRC-PI-24-033_remittance.eml", E(mail(FAISAL, DEWI, "Deposit remitted - PI SRC-PI-24-033 - prototype villa terrace set",
                                           dt(2024, 5, 31, 13, 10, 3), c17_txt)))])

# ---- c18: WhatsApp, Arabic-English, mock-up only
c18 = T("""
    [02/06/2024, 10:14:05] Faisal Al-Otaibi: Salam Mr Tuan 🙏 Mock-up villa items: only 1 set for now, as in PO NHD-PO-2307. Don't start the 96 villas, they are on hold.
    [02/06/2024, 10:20:41] Pham Minh Tuan: Dear Mr Faisal, well noted. When we can start the bulk?
    [02/06/2024, 10:26:12] Faisal Al-Otaibi: Inshallah after Eng. Abdullah signs off the mock-up at site, then he sends you the production release in writing. Before that, khalas, nothing for bulk.
    [02/06/2024, 10:27:30] Pham Minh Tuan: Understood 100%. 1 set mock-up only. We wait the written release from Eng. Abdullah.
    [02/06/2024, 10:29:02] Faisal Al-Otaibi: Yalla, thank you. Send me the packing list for the mock-up when ready.
    [09/06/2024, 15:02:18] Pham Minh Tuan: Packing list mock-up villa: 7 cartons, 4.2 CBM, 612 kg. ETD Cat Lai 21/6.
    [09/06/2024, 15:05:55] Faisal Al-Otaibi: 👍 shukran
    """)
case("c18_chat_arabic_english_mockup", [], "chat: 1 mock-up set only, 96 villas on hold until Eng. Abdullah signs off and sends written release",
     [("WhatsApp_Chat_Wadi_Sahra_casegoods.txt", c18)])

# ---- c19: multi-file: PO + supplier quote + supplier acknowledgement, all consistent
c19_po = pdf([
    ("h1", "PURCHASE ORDER PHP-7815"),
    ("p", "Pinecrest Hospitality Purchasing, Inc. - 1180 Peachtree St NE, Suite 1400, Atlanta, GA 30309, USA"),
    ("table", [["", ""], ["Supplier", "Tapicerstwo Wielkopolska Sp. z o.o., ul. Fabryczna 7, 62-200 Gniezno, Poland"],
               ["Project", "The Halcyon Austin - guestrooms"], ["Date", "May 28, 2024"], ["Ship via", "Air, DAP Austin TX"]]),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
               ["10", "HB-22", "Upholstered headboard, king, channel tufted, COM-07", "2", "540.00", "1,080.00"]]),
    ("h", "Scope note"),
    ("p", "Released now: 2 prototype headboards HB-22 (line 10). Bulk: 248 headboards per quote Q-TW-2024-044 - "
          "not released, on hold; please do not cut, sew or buy material for bulk. Unlock: prototype sign-off by "
          "Priya Raman (Lakeline Design Studio), followed by a written production release signed by Carl Whitfield, "
          "VP Purchasing. Material authority: prototype only."),
    ("p", "Megan Doyle, Purchasing Agent"),
], pagesize=LETTER, title="PO PHP-7815", author="Pinecrest")
c19_quote = pdf([
    ("h1", "OFERTA / QUOTATION Q-TW-2024-044"),
    ("p", "Tapicerstwo Wielkopolska Sp. z o.o. - ul. Fabryczna 7, 62-200 Gniezno - for Pinecrest Hospitality Purchasing, Inc."),
    ("table", [["Tier", "Qty", "Unit price USD", "Lead time"],
               ["Prototype HB-22", "2 szt. / pcs", "540,00", "3 weeks after PO and COM receipt"],
               ["Bulk HB-22", "248 szt. / pcs", "212,00", "9 weeks after written production release"]]),
    ("p", "Frame: plywood 18 mm + pine, foam RG 30, fire: CAL TB 117-2013 label. COM-07: 2,2 m per headboard."),
    ("p", "Oferta wazna 45 dni / valid 45 days. Marek Zielinski, Key Account Manager."),
], title="Q-TW-2024-044", author="Tapicerstwo Wielkopolska")
c19_ack = mail(MAREK, MEGAN, "RE: PO PHP-7815 - HB-22 prototypes - confirmation", dt(2024, 5, 29, 8, 12, 2), T("""
    Dear Mrs Megan,

    We confirm receipt of PO PHP-7815, thank you.

    Scope as we understand it: we make 2 prototype headboards HB-22 only. The 248 bulk headboards
    from our quote Q-TW-2024-044 are not released; we do not cut, sew or buy material for them. We
    wait for Mrs Priya's sign-off and then the written production release from Mr Whitfield.

    Prototypes ready 14.06.2024, by air to Austin (DAP). COM-07 received 27.05, 5 m, OK.

    Pozdrawiam / Best regards,
    Marek Zielinski
    Key Account Manager | Tapicerstwo Wielkopolska Sp. z o.o. | +48 61 555 0144
    """), in_reply_to="<h39-php7815@pinecresthp.com>")
case("c19_multi_po_quote_ack", [], "multi-file bundle: PO (2 released, 248 on hold, Priya sign-off + Carl release), supplier quote tiers, supplier ack restating hold",
     [("PO_PHP-7815.pdf", c19_po), ("Q-TW-2024-044.pdf", c19_quote), ("RE_PO_PHP-7815.eml", E(c19_ack))])

# ---- c20: production release letter with material limit
c20 = docx_bytes([
    ("h1", "PRODUCTION RELEASE HV-PR-07"),
    ("p", "Harrow & Vale Procurement Ltd, for Marlow Hotels Ltd - 8 July 2024"),
    ("table", [["Field", "Value"], ["Supplier", "Dong Nai Woodcraft JSC"], ["Item", "Nightstand NS-02, oak veneer"],
               ["PO", "HV-24-0318 rev 2 (commercial cover: 372 nightstands)"],
               ["Unlock event", "Mock-up room sign-off on 2 July 2024, sheet SO-HV-0318-1 (Hannah Ellery, Studio Ellery, and owner's representative)"]]),
    ("p", "Following the mock-up room sign-off recorded above, I release one hundred and twenty (120) nightstands "
          "NS-02 for production, for floors 1 to 3 (60 rooms)."),
    ("p", "The remaining 252 nightstands are not released and remain on hold until the owner's Phase 2 budget "
          "sign-off and a further written production release from me."),
    ("p", "Material authority: material for the 120 released nightstands only. Please do not buy veneer or "
          "hardware for the 252 on hold."),
    ("p", "Tom Ashworth, Procurement Director"),
], author="Harrow & Vale Procurement")
case("c20_release_letter_material_limit", [], "release letter: 120 released after recorded sign-off, 252 on hold until budget sign-off + further release by Tom Ashworth; material for 120 only",
     [("HV-PR-07.docx", c20)])

# ---- c21: supplier status portal, nothing started for rollout
c21 = html_page("Hongyu customer portal - order status", """
<h1>Foshan Hongyu Hospitality Furniture - Customer Portal</h1>
<h2>Order status: Brightwater Suites - GC-88 guestroom chair (PO BWS-24-1190)</h2>
<table>
<tr><th>Step</th><th>Qty</th><th>Status</th><th>Date</th></tr>
<tr><td>Samples (oak / walnut / ebonised)</td><td>6</td><td>Shipped, FedEx 7729 1845 0021</td><td>14 Jun 2024</td></tr>
<tr><td>Sample sign-off (customer)</td><td>-</td><td>Waiting</td><td>-</td></tr>
<tr><td>Rollout production</td><td>0</td><td>Not released - not started</td><td>-</td></tr>
<tr><td>Material for rollout</td><td>0</td><td>Not purchased</td><td>-</td></tr>
</table>
<p class="note">Rollout production will start only after we receive a written production release signed by
Ms Dana Okafor, Director of Strategic Sourcing. The sample sign-off alone does not start production.</p>
<p style="font-size:11px">Last updated 2024-06-18 10:31 CST by PMC dept. Contact: Vincent Chen.</p>
""")
case("c21_supplier_status_portal", [], "supplier status page: samples shipped, rollout not released/not started, no material bought; waits for Dana Okafor's written release",
     [("hongyu_order_status.html", c21)])

# ---- c22: supplier asks to buy timber; buyer gives explicit staged material authority, Polish-English
c22_txt = T("""
    Dear Katarzyna,

    Thanks for the heads-up. Yes, for material only, within these limits:

    Material authority (staged), PO PHP-7790: you may buy beech frame timber and CMHR foam for up
    to 120 chairs at our liability, capped at EUR 18.500. Please send the sawmill invoice copy when
    you place the order.

    This is not a production release. Production stays at the 2 prototype chairs under PO PHP-7790.
    The 238 bulk chairs are not released and stay on hold until Priya Raman signs off the
    prototypes and Carl Whitfield issues a written production release. No cutting or framing for
    bulk.

    Carl is copied and confirms the material authority below.

    Best,
    Megan

    ---
    Confirmed: staged material authority as above, up to 120 chairs / EUR 18.500. No production
    release.
    Carl Whitfield, VP Purchasing
    """) + SIG_MEGAN + "\nOn Tue, 11 Jun 2024 at 14:02, Katarzyna Nowak <k.nowak@meblex.pl> wrote:\n" + quote(T("""
    Dear Megan,

    our sawmill in Czarnkow informs that beech prices go up 12% from 1 July. Would it be
    possible that we buy the frame timber for the bulk chairs already now? We do not want to
    start anything without your paper, so please confirm in writing.

    Pozdrawiam / Best regards
    Katarzyna Nowak
    Export Manager, Meblex Sp. z o.o.
    """))
case("c22_explicit_staged_material", [], "buyer grants explicit staged material authority (120 chairs, EUR cap) and restates 2 released, 238 on hold, Priya sign-off + Carl release",
     [("RE_LC-210_beech_price.eml", E(mail(MEGAN, KASIA, "RE: LC-210 - beech price increase from 1 July",
                                            dt(2024, 6, 11, 11, 20, -4), c22_txt, html=text_html(c22_txt), cc=CARL,
                                            in_reply_to="<h39-kn0611@meblex.pl>")))])

# ---- c23: stop notice
c23 = pdf([
    ("h1", "STOP NOTICE SN-ANH-03"),
    ("table", [["", ""], ["To", "Kayseri Koltuk A.S. - attn. Emre Yildiz, Export Sales Manager"],
               ["Order", "Sofa SF-301, PO ANH-PO-5510"], ["Date", "24 June 2024"],
               ["Issued by", "Layla Haddad, Project Director, Al Noor Hospitality Projects LLC"]]),
    ("p", "With immediate effect, all work on order SF-301 stops: no cutting, framing, upholstery, sewing or "
          "material purchasing, whether released or not."),
    ("p", "Reason: the fire test report for the COM fabric (BS 5852 ignition source 5, report FTR-2024-0588) is "
          "under review by the hotel operator's fire engineer."),
    ("table", [["Status", "Sofas"],
               ["Released to date (call-off ANH-CO-02)", "60"],
               ["of which completed before this notice", "22"],
               ["released but not started - may not be started while this stop is in force", "38"],
               ["not released - on hold", "120"]]),
    ("p", "This stop will be lifted only by a written notice signed by me once the fire test report has been "
          "accepted. Lifting the stop restores the 38 released sofas only. The 120 sofas on hold remain on hold "
          "until lot acceptance of Lot 1 and a further written release signed by me."),
    ("p", "The staged material authority in call-off ANH-CO-02 is suspended: please do not place further material "
          "orders while the stop is in force."),
    ("p", "Layla Haddad, Project Director"),
], title="SN-ANH-03", author="Al Noor Hospitality Projects")
case("c23_stop_notice", [], "stop notice: all work stops; 60 released (22 done, 38 not started), 120 on hold until lot acceptance + release by Layla Haddad",
     [("SN-ANH-03.pdf", c23)])

# ---- c24: ERP call-off, identifiers that look like quantities
c24 = T("""
    BRIGHTWATER SUITES INC. - CORPORATE PROCUREMENT                     PAGE 1 OF 1
    2200 PEACHTREE RD NE, ATLANTA GA 30309
    ================================================================================
    CALL-OFF / PRODUCTION RELEASE           NO. CO-BWS-0041-03
    BLANKET PO                              BWS-BPO-0041   REV 02
    DATE                                    2024-08-19
    VENDOR                                  V-20417 FOSHAN HONGYU HOSPITALITY FURNITURE CO LTD
    SHIP TO                                 BRIGHTWATER SUITES DENVER, 1600 WAZEE ST, DENVER CO 80202
    --------------------------------------------------------------------------------
    ITEM          WR-1200
    DESCRIPTION   WARDROBE 1200W X 2400H X 600D MM, OAK VENEER, EN 14749
    DRAWING       DWG-WR-1200 REV 12
    --------------------------------------------------------------------------------
    QUANTITY STATUS                                          EA
      COMMERCIAL COVER (BLANKET PO REV 02)                  144
      PREVIOUSLY RELEASED (CO-02, FLOORS 9-11)               48
      RELEASED BY THIS CALL-OFF (FLOORS 12-14)               48
      NOT RELEASED - ON HOLD (FLOORS 15-17)                  48
    --------------------------------------------------------------------------------
    NEXT RELEASE    : ONLY BY NEXT CALL-OFF SIGNED BY D. OKAFOR,
                      DIRECTOR STRATEGIC SOURCING
    MATERIAL AUTH.  : RELEASED QTY ONLY (96 EA CUMULATIVE)
    SHIP WINDOW     : ETD YANTIAN WK 40, 40HC X 1 (48 EA PER CONTAINER)
    --------------------------------------------------------------------------------
    AUTHORIZED: D. OKAFOR                               ENTERED BY: K. MARSH
    """)
case("c24_erp_calloff_identifiers", [], "ERP call-off: 48 released, 48 on hold until next call-off signed by D. Okafor; WR-1200 / 2400H / REV 12 are identifiers",
     [("CO-BWS-0041-03.txt", c24)])

# ---- c25: long thread about logistics; scope in the quoted original; HTML packing list attachment
c25_pl = html_page("Packing list PT Surya Rotan", """
<h2>PT Surya Rotan Cirebon - Packing List PL-SRC-24-071</h2>
<p>Consignee: Kestrel House Hotel Ltd c/o Thistle FF&amp;E Services Ltd, Edinburgh. Ref: PO TH-PO-0789.</p>
<table>
<tr><th>Carton</th><th>Content</th><th>Pcs</th><th>Dims (cm)</th><th>Gross kg</th></tr>
<tr><td>1/3</td><td>TC-09 terrace chair prototype, natural</td><td>2</td><td>78x72x95</td><td>32</td></tr>
<tr><td>2/3</td><td>TC-09 terrace chair prototype, charcoal wash</td><td>2</td><td>78x72x95</td><td>32</td></tr>
<tr><td>3/3</td><td>TC-09 terrace chair prototype, whitewash</td><td>2</td><td>78x72x95</td><td>32</td></tr>
<tr><td colspan="2">Total</td><td>6</td><td>1.8 CBM</td><td>96</td></tr>
</table>
""")
c25_txt = T("""
    Dear Mr Gordon,

    Thank you for your mail. Answers below:

    1. The 6 prototype chairs TC-09 are finished and packed, 3 cartons, 1.8 CBM, 96 kg gross.
       Packing list attached.
    2. Fumigation done, certificate ISPM 15 no. FUM-CRB-24-1187 travels with the goods. FSC
       certificate copy (FSC-C123456) also attached for the teak legs.
    3. LCL from Tanjung Priok: our forwarder can load on 12 July, ETA Rotterdam around 8 August,
       so Clyde Freight can collect there as you suggest.
    4. Bulk: as per your PO we have not started anything and have not bought rattan for the bulk.
       We wait for the written release from Ms Isla Fraser after your prototype sign-off in
       Edinburgh.

    Warm regards,
    Dewi Lestari
    Export Manager | PT Surya Rotan Cirebon | +62 231 555 0190
    """) + "\nOn Wed, 3 Jul 2024 at 16:48, Gordon McLeish <gordon.mcleish@thistleffe.co.uk> wrote:\n" + quote(T("""
    Dear Dewi,

    Good to hear the prototypes are nearly ready, and thank you for the weaving photos - Isla was
    very happy with the charcoal wash.

    Could you let me know the CBM and gross weight, and whether the fumigation certificate will
    travel with the goods? Our forwarder (Clyde Freight) can collect at Rotterdam and bring them up
    with a consolidation that is already booked.

    Regards,
    Gordon
    """)) + "\n" + quote(T("""
    On Mon, 24 Jun 2024 at 10:02, Dewi Lestari <dewi@suryarotan.co.id> wrote:
    Dear Mr Gordon, prototype weaving 80% done, photos attached. Whitewash sample
    took longer because of the rain, sorry. Finish by end of next week.
    """), 2) + "\n" + quote(T("""
    On Mon, 27 May 2024 at 09:15, Gordon McLeish <gordon.mcleish@thistleffe.co.uk> wrote:
    Dear Dewi,

    PO TH-PO-0789 attached. This PO covers six (6) prototype terrace chairs TC-09
    only (2 per finish). The bulk of 140 chairs is not released and is on hold until
    the prototypes are signed off at Kestrel House and Isla Fraser, Project
    Director, issues a written production release. Material authority: prototypes
    only.

    Regards,
    Gordon McLeish, Thistle FF&E Services Ltd
    """), 3)
case("c25_long_thread_logistics", [], "long logistics thread; quoted original PO: 6 prototypes, 140 on hold, Isla Fraser written release after sign-off; supplier confirms nothing started",
     [("RE_TC-09_prototypes_shipping.eml", E(mail(DEWI, GORDON, "RE: RE: TC-09 prototypes - shipping details",
                                                   dt(2024, 7, 4, 10, 30, 7), c25_txt,
                                                   attachments=[("PL-SRC-24-071.html", c25_pl, "text/html")],
                                                   in_reply_to="<h39-gm0703@thistleffe.co.uk>")))])

# =================================================================== RISKY
# ---- p01: sample PO silent on the balance, supplier quote with bulk tier attached
p01_po = pdf([
    ("h1", "PURCHASE ORDER HV-24-0355"),
    ("p", "Harrow & Vale Procurement Ltd - purchasing agent for Marlow Hotels Ltd - 41 Great Portland Street, London W1W 7LA"),
    ("table", [["", ""], ["Supplier", "Kayseri Koltuk A.S., Organize Sanayi Bolgesi 18. Cadde No: 7, Melikgazi / Kayseri, Turkiye"],
               ["Date", "22 May 2024"], ["Project", "The Marlow Hotel, Mayfair"], ["Incoterm", "EXW Kayseri"],
               ["Currency", "EUR"], ["Buyer", "Fiona Carmichael"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit EUR", "Amount EUR"],
               ["10", "AC-07", "Armchair, prototype, beech frame, COM (Halden Wool col. 0133)", "2", "690.00", "1,380.00"],
               ["20", "CUR", "Courier to London, DHL Express", "1", "260.00", "260.00"],
               ["", "", "Total", "", "", "1,640.00"]]),
    ("h", "Terms"),
    ("p", "Payment 100% against PI before dispatch. Fire labelling to BS 7176 medium hazard. Please quote the PO "
          "number on all documents."),
], title="PO HV-24-0355", author="Harrow & Vale Procurement")
p01_quote = pdf([
    ("h1", "TEKLIF / QUOTATION KK-Q-2024-212"),
    ("p", "Kayseri Koltuk A.S. - to Harrow & Vale Procurement Ltd, attn. Fiona Carmichael - 9 May 2024"),
    ("table", [["Tier", "Item", "Qty", "Unit EUR", "Lead time"],
               ["Prototype", "AC-07 armchair", "2 pcs", "690,00", "3 weeks after COM receipt"],
               ["Bulk", "AC-07 armchair", "186 pcs", "298,00", "8 weeks"]]),
    ("p", "Frame: kiln-dried beech, corner blocks glued and screwed. Seat: S-springs, foam 35/40 density. COM: 1,8 m per chair."),
    ("p", "Payment: 30% advance, 70% before loading. Validity 45 days. Emre Yildiz, Export Sales Manager."),
], title="KK-Q-2024-212", author="Kayseri Koltuk")
p01_txt = T("""
    Dear Emre,

    Good to speak yesterday. Please find attached our PO HV-24-0355 for the AC-07 armchair
    prototypes, and your quotation KK-Q-2024-212 so both documents are in one place.

    Please confirm receipt and the ex-works date. The COM fabric (Halden Wool col. 0133, 2 x 1,8 m)
    leaves our London warehouse on Friday by courier; tracking to follow.

    Hannah from Studio Ellery would like to see the frame before upholstery if possible - photos
    are fine.

    Kind regards,
    Fiona
    """) + SIG_FIONA
case("p01_sample_po_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "prototype PO for 2 says nothing about the bulk; attached quote shows 186 pcs bulk; no hold, no unlock event, no release person",
     [("HV-24-0355.eml", E(mail(FIONA, EMRE, "PO HV-24-0355 - AC-07 armchair prototypes", dt(2024, 5, 22, 14, 50, 1), p01_txt,
                                attachments=[("PO_HV-24-0355.pdf", p01_po, PDF_MT), ("KK-Q-2024-212.pdf", p01_quote, PDF_MT)])))])

# ---- p03: WhatsApp, designer's unscoped "go ahead" on a finish panel
p03 = T("""
    03/06/2024, 08:30 - Megan Doyle: Morning Kelly! PO PHP-7794 for the TL-08 bedside lamp is in your inbox.
    03/06/2024, 08:31 - Megan Doyle: Scope so we're all on the same page: 4 sample lamps TL-08 only. Balance 496 on hold until Priya signs off the samples in Austin and Carl Whitfield sends the written production release. Pls don't start or buy anything for the 496.
    03/06/2024, 09:15 - Kelly Zhao Lumen: Noted Megan, 4 pcs sample only 👍
    07/06/2024, 17:48 - Kelly Zhao Lumen: <Media omitted>
    07/06/2024, 17:49 - Kelly Zhao Lumen: Dear Priya, finish panel antique brass for TL-08 base, 3 options A / B / C. Which one you like?
    07/06/2024, 22:03 - Priya Raman: B!! That's the one, perfect patina. Go ahead 👍
    07/06/2024, 22:10 - Kelly Zhao Lumen: Thank you Priya 🙏
    08/06/2024, 07:55 - Megan Doyle: 👀 nice choice
    """)
case("p03_chat_finish_goahead", ["RG002"],
     "designer replies 'Go ahead' to a finish panel with no quantity and no sample scope; PO scope earlier in the chat is complete",
     [("WhatsApp_Chat_TL-08_Lumen.txt", p03)])

# ---- p04: reply to shop drawings: "Approved, please go ahead." (quoted PO scope complete)
p04_txt = T("""
    Dear Tuan,

    Sana and I went through rev C this morning. The hinge detail is fixed and the plinth is now
    100 mm as requested.

    Approved, please go ahead.

    Best regards,
    Rashid
    """) + SIG_RASHID + "\nOn Thu, 16 May 2024 at 17:22, Pham Minh Tuan <tuan.pm@thuanancasegoods.vn> wrote:\n" + quote(T("""
    Dear Mr Rashid,

    Attached shop drawings rev C for wardrobe WR-04 with your comments from the
    mock-up review (hinge detail, plinth 100 mm, concealed mirror cleat).
    Please confirm so we can continue.

    Best regards,
    Pham Minh Tuan
    """)) + "\n" + quote(T("""
    On Mon, 29 Apr 2024 at 10:05, Rashid Al Mansoori <rashid.almansoori@alnoorhp.ae> wrote:
    Dear Tuan,
    PO ANH-PO-5541 attached. It covers one (1) mock-up room set only. Bulk for
    212 rooms is not released and stays on hold until the mock-up is signed off
    in Dubai and Layla Haddad, Project Director, issues the written production
    release.
    Regards, Rashid
    """), 2)
case("p04_reply_drawings_goahead", ["RG002"],
     "'Approved, please go ahead.' on shop drawings with no quantity or sample scope; quoted PO scope otherwise complete",
     [("RE_WR-04_shop_drawings_revC.eml", E(mail(RASHID, TUAN, "RE: Shop drawings rev C - wardrobe WR-04 / mock-up",
                                                 dt(2024, 5, 17, 9, 40, 4), p04_txt, cc=SANA,
                                                 in_reply_to="<h39-tpm0516@thuanancasegoods.vn>")))])

# ---- p05: multi-file: PO (2 prototypes) + designer's review transmittal ("APPROVED AS NOTED - PROCEED", 3 prototypes)
p05_po = pdf([
    ("h1", "PURCHASE ORDER NHD-PO-2318"),
    ("p", "Najd Hospitality Development Co. - Riyadh - for Wadi Sahra Resort, AlUla"),
    ("table", [["", ""], ["Supplier", "PT Jepara Kayu Mandiri, Jepara, Indonesia"], ["Date", "28 May 2024"],
               ["Incoterm", "FOB Semarang"], ["Buyer", "Faisal Al-Otaibi, Procurement Lead"]]),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
               ["10", "DB-02", "Daybed, prototype, teak A-grade, with outdoor cushion", "2", "1,240.00", "2,480.00"]]),
    ("h", "Scope"),
    ("p", "This PO releases two (2) prototype daybeds DB-02 only. The bulk of 64 daybeds is not released and is on "
          "hold. Bulk will be released only by a written production release signed by Eng. Abdullah Al-Harbi, "
          "Project Director, after the prototypes are signed off at the AlUla site. Material authority: prototypes only."),
], title="NHD-PO-2318", author="Najd Hospitality Development")
p05_dt = docx_bytes([
    ("h1", "DRAWING REVIEW TRANSMITTAL DT-WS-118"),
    ("p", "Desert Line Design Consultants - interior design consultant to Najd Hospitality Development Co."),
    ("table", [["Field", "Value"],
               ["Project", "Wadi Sahra Resort, AlUla - villa terraces"],
               ["Item", "DB-02 teak daybed"],
               ["Submittal", "Shop drawing SD-DB-02 rev 3 (PT Jepara Kayu Mandiri)"],
               ["Review status", "B - APPROVED AS NOTED - PROCEED"],
               ["Reviewed by", "Omar Khalil, Senior Designer"],
               ["Date", "11 June 2024"]]),
    ("h", "Notes"),
    ("num", "Cushion thickness to be 120 mm, not 100 mm."),
    ("num", "Teak to be A-grade, FSC 100%; no finger joints on visible rails."),
    ("num", "Supplier to make three (3) prototype daybeds, not two, so that one can stay in the mock-up villa while two go to the owner's review in Riyadh."),
    ("num", "Resubmit rev 4 for record."),
    ("p", "Review codes: A - no exceptions taken; B - approved as noted; C - revise and resubmit; D - rejected."),
], author="Desert Line Design Consultants")
case("p05_multi_po_transmittal", ["RG002", "RG011"],
     "review stamp 'APPROVED AS NOTED - PROCEED' with no quantity/sample scope; transmittal asks for 3 prototypes while the PO releases 2",
     [("NHD-PO-2318.pdf", p05_po), ("DT-WS-118.docx", p05_dt)])

# ---- p06: designer's sample review log with "Good to run"
p06_rows = [["Ref", "Item", "Supplier", "Reviewed", "Status", "Comment"],
            ["SR-031", "AC-07 armchair prototype", "Kayseri Koltuk", "03/06", "Signed off with comments (sample only)", "Seat depth +15 mm; correct on rev D"],
            ["SR-032", "CP-02 corridor carpet strike-off", "Axminster mill", "04/06", "Colour signed off (colour only)", "Pile height to confirm"],
            ["SR-033", "TL-11 bedside lamp sample", "Zhongshan Lumen", "05/06", "Good to run", "Linen shade matches finishes board FB-03"],
            ["SR-034", "HB-01 headboard panel (mock-up)", "Dong Nai Woodcraft", "07/06", "Rejected", "Veneer sequence wrong; resubmit"]]
p06 = html_page("Studio Ellery - Marlow sample review log", f"""
<h1>Studio Ellery - The Marlow Hotel</h1>
<h2>Sample &amp; prototype review log - issue 7 (10 June 2024)</h2>
<p class="note"><b>Release status (from Harrow &amp; Vale):</b> released now are the sample and prototype
quantities only - AC-07 armchair: 2 prototypes; TL-11 bedside lamp: 4 samples; HB-01 headboard: 1 (mock-up room);
CP-02 carpet: 1 strike-off. Bulk for every item stays on hold until the sample is signed off here and Tom
Ashworth, Procurement Director, issues a written production release.</p>
{rows_html(p06_rows)}
<p>Next review session: 24 June, Studio Ellery, Clerkenwell. Please bring physical samples where possible.</p>
""")
case("p06_sample_review_log", ["RG002"],
     "review log status 'Good to run' for the TL-11 lamp names neither sample-only nor a quantity; page otherwise states released qty, hold, event and Tom Ashworth",
     [("Marlow_sample_review_log_issue7.html", p06)])

# ---- p07: CFA response form: "APPROVED - go ahead"; "approved" also used for the PO budget
p07 = docx_bytes([
    ("h1", "CFA RESPONSE - Cutting for Approval"),
    ("table", [["Field", "Value"],
               ["Project", "Kestrel House Hotel, Edinburgh"], ["Item", "KH-AC-300 lounge armchair"],
               ["Supplier", "Meblex Sp. z o.o."], ["PO", "4500012455"],
               ["Fabric", "Halden Wool col. 0133 (COM), dye lot 24-118"], ["CFA received", "28.05.2024"],
               ["Reviewed by", "Gordon McLeish with Isla Fraser"]]),
    ("sp",),
    ("table", [["Check", "Result"],
               ["Colour vs master swatch", "Within tolerance (delta E 0.8)"],
               ["Handle", "OK"], ["Pattern repeat", "n/a (plain)"],
               ["Status", "APPROVED - go ahead"]]),
    ("p", "Commercial: PO 4500012455 approved by Isla Fraser (budget holder) on 3 June 2024."),
    ("p", "Scope reminder: the PO releases two (2) prototype armchairs only. The bulk of 96 armchairs is not released "
          "and stays on hold until the prototypes are signed off at Kestrel House and Isla Fraser, Project Director, "
          "issues a written production release."),
], author="Thistle FF&E Services")
case("p07_cfa_response_form", ["RG002", "RG009"],
     "CFA status 'APPROVED - go ahead' unscoped; 'approved' used both for the CFA (technical) and for the PO budget (commercial)",
     [("CFA_KH-AC-300.docx", p07)])

# ---- p08: minutes using "approved" for the mock-up (technical) and the PO (commercial)
p08 = docx_bytes([
    ("h1", "Al Noor Creek Hotel - FF&E Progress Meeting No. 14"),
    ("p", "Date: 16 May 2024, 10:00 GST - Location: site office, Dubai Creek Harbour"),
    ("table", [["Attendee", "Company"], ["Layla Haddad", "Al Noor Hospitality Projects LLC (Project Director)"],
               ["Rashid Al Mansoori", "Al Noor Hospitality Projects LLC (Purchasing)"],
               ["Sana Qureshi", "Mirage Interiors FZ-LLC"], ["Pham Minh Tuan", "Thuan An Casegoods (Teams)"]]),
    ("h", "4. Guestroom casegoods (Thuan An Casegoods, PO ANH-PO-5541)"),
    ("table", [["No.", "Discussion", "Action", "Owner"],
               ["4.1", "Mock-up room approved by Mirage Interiors on 9 May for finishes, dimensions and ironmongery "
                       "(technical sign-off of the mock-up only; it does not release production).",
                "Close 3 snag items: drawer runner, mirror fixing, plinth colour.", "Tuan"],
               ["4.2", "PO ANH-PO-5541 rev 1 for the full 212 rooms (AED 3.2m) approved by the Owner's finance committee on 11 May.",
                "Issue rev 1 to supplier.", "Rashid"],
               ["4.3", "Production: currently released is the mock-up room set (1 set) only. The bulk of 212 rooms is not "
                       "released and stays on hold until the 3 snag items are closed and Layla Haddad, Project Director, "
                       "signs the written production release.", "-", "Layla"]]),
    ("h", "5. Logistics"),
    ("p", "Sea freight: consolidation at Cat Lai, 40HC, Jebel Ali; first container not before the written production release. "
          "Customs: HS 9403.60 for casegoods, certificate of origin form B."),
    ("p", "Next meeting: 30 May 2024."),
], author="Al Noor Hospitality Projects")
case("p08_minutes_approved_two_senses", ["RG009"],
     "'approved' used for the mock-up (technical) and for the PO by the finance committee (commercial) in the same minutes",
     [("Progress_meeting_14_minutes.docx", p08)])

# ---- p09: supplier status using "approval" for three different things (Polish-English)
p09_txt = T("""
    Dear Mrs Megan,

    short update on the LC-210 lounge chairs for The Halcyon Austin:

    1. Approval of the prototype - done. Mrs Priya gave her approval on the video call on Tuesday
       (seat height 430 mm and arm radius OK, small remark on the stitching).
    2. Approval of the PI MX/PI/2024/088 - your finance approved it yesterday, thank you.
    3. Now we are only waiting for your approval for the series of 238 chairs. Until we have it in
       writing from Mr Whitfield, we do not start cutting.

    Photos of the corrected stitching will follow on Friday.

    Pozdrawiam serdecznie / Kind regards,
    Katarzyna Nowak
    Export Manager | Meblex Sp. z o.o. | ul. Rzemieslnicza 14, 62-020 Swarzedz | +48 61 555 0177
    """)
case("p09_supplier_approval_three_senses", ["RG009"],
     "supplier uses 'approval' for prototype (technical), PI (commercial) and the series (production release)",
     [("LC-210_status_update.eml", E(mail(KASIA, MEGAN, "LC-210 - status update", dt(2024, 6, 13, 15, 5, 2), p09_txt)))])

# ---- p10: supplier bought veneer and MDF for all bedrooms (quoted PO: mock-up only)
p10_txt = T("""
    Dear Mr Gordon,

    Mock-up bedroom production is going well, please see photos attached (headboard frame, desk
    top with leather inlay, wardrobe carcass).

    One good news: to keep the same oak colour for the whole project, our purchasing already bought
    the white oak veneer and the MDF for all 118 bedrooms last week, from the same flitch. So when
    your written release come, we can start bulk very fast. Hardware (hinges, runners) we bought
    only for the mock-up.

    Mock-up ready for your QC visit on 28/06.

    Best regards,
    Nguyen Thi Lan
    Sales Manager | Dong Nai Woodcraft JSC | +84 251 3836 410
    """) + "\nOn 20/05/2024 11:02, Gordon McLeish wrote:\n" + quote(T("""
    Dear Ms Lan,

    PO TH-PO-0805 attached. It covers one (1) mock-up bedroom set only. The bulk
    for 118 bedrooms is not released and is on hold. Bulk will be released only by
    a written production release signed by Isla Fraser, Project Director, after
    the mock-up bedroom is signed off in Edinburgh. Material authority: mock-up
    quantity only.

    Kind regards,
    Gordon
    """))
case("p10_supplier_bought_veneer_all", ["RG006"],
     "supplier bought veneer and MDF for all 118 bedrooms while only the mock-up is released and material authority is mock-up only",
     [("RE_TH-PO-0805_mockup_progress.eml", E(mail(LAN, GORDON, "RE: PO TH-PO-0805 - Kestrel House mock-up bedroom",
                                                  dt(2024, 6, 12, 16, 20, 7), p10_txt, cc=ISLA,
                                                  in_reply_to="<h39-gm0520@thistleffe.co.uk>")))])

# ---- p11: chat: hand-blown glass made for the whole quantity
p11 = T("""
    [06/05/2024, 09:11:03] Rashid Al Mansoori: Kelly, PO ANH-PO-5588 sent. PL-77 pendant: 3 sample pcs only. Bal 209 pcs on hold until sample sign-off in Dubai + written release from Layla Haddad. Nothing for bulk pls
    [06/05/2024, 09:30:47] Kelly Zhao: ok dear, 3 pcs sample, I inform factory
    [27/05/2024, 14:02:15] Kelly Zhao: Rashid good news 😊 hand-blown glass for all 212 shades finished! our glass workshop blow in one batch so colour is same. Now in our warehouse
    [27/05/2024, 14:40:09] Rashid Al Mansoori: Kelly we never authorised glass for 212!! Only 3 samples are released. Who pays for this? I will talk to Layla
    [27/05/2024, 14:44:52] Kelly Zhao: sorry dear, glass workshop minimum is 200 pcs per colour, otherwise colour not same. we keep it for you
    [27/05/2024, 14:45:30] Rashid Al Mansoori: Send me the sample photos first. Bulk is still on hold.
    """)
case("p11_chat_glass_all_shades", ["RG006"],
     "supplier blew glass for all 212 shades while only 3 samples are released; no material authority",
     [("WhatsApp_Chat_PL-77.txt", p11)])

# ---- p12: supplier weekly status (DOCX): timber and foam for all 96 sofas, 48 released
p12 = docx_bytes([
    ("h1", "Weekly Production Status - week 26"),
    ("p", "Kayseri Koltuk A.S. for Najd Hospitality Development Co. - Wadi Sahra Resort villa sofas VS-10 - PO NHD-PO-2361"),
    ("p", "Released under NHD-REL-04: 48 villa sofas VS-10 (villas 1-48)."),
    ("table", [["Operation", "Qty", "Done", "Remarks"],
               ["Beech frame timber purchased", "96", "96", "bought for the full project to secure kiln-dried stock"],
               ["Foam blocks (HR 40) ordered", "96 sets", "96 sets", "delivered 21.06"],
               ["Frames cut and assembled", "48", "31", ""],
               ["Upholstery (COM)", "48", "12", "COM fabric for villas 1-48 received"],
               ["Packing", "48", "0", "first 40HC planned week 29"]]),
    ("p", "Note: to avoid a second kiln cycle and the July foam price increase, we purchased beech and foam for the full "
          "96 sofas. Cutting and upholstery only on the released 48."),
    ("p", "Emre Yildiz, Export Sales Manager"),
], author="Kayseri Koltuk")
case("p12_supplier_status_timber_all", ["RG006"],
     "supplier status: beech and foam bought for 96 sofas while 48 are released; no material authority anywhere",
     [("KK_status_wk26_VS-10.docx", p12)])

# ---- p13: supplier weekly report (PDF): rattan bought for 400 chairs, 20 pilot chairs released
p13 = pdf([
    ("h1", "WEEKLY PRODUCTION REPORT - WEEK 24"),
    ("p", "PT Surya Rotan Cirebon - for Al Noor Hospitality Projects LLC - Al Noor Jumeirah Beach Club"),
    ("table", [["", ""], ["Order", "BC-14 beach club chair, PO ANH-PO-5602"],
               ["Released", "20 pilot chairs (release ANH-REL-BC-01)"], ["Report date", "14 June 2024"]]),
    ("table", [["Step", "Qty", "Status"],
               ["Rattan poles (Manau, 28-30 mm) purchased", "for 400 chairs (full project)", "stored in drying shed"],
               ["Frames bent", "20", "20 / 20 done"],
               ["Weaving (synthetic fibre, sand)", "20", "12 / 20 done"],
               ["Finishing and QC", "20", "not started"]]),
    ("p", "We purchased the rattan for the whole project because Manau poles of this diameter are only available after "
          "the harvest season; prices are also better for the full lot."),
    ("p", "Pilot chairs ready for your inspection 28 June. Dewi Lestari, Export Manager."),
], title="Weekly report wk24 BC-14", author="PT Surya Rotan")
case("p13_weekly_report_rattan_all", ["RG006"],
     "supplier report: rattan bought for 400 chairs while 20 pilot chairs are released; no material authority",
     [("SRC_weekly_report_wk24.pdf", p13)])

# ---- p15: deposit received -> bulk started, teak for all 180 bought
p15_txt = T("""
    Dear Mr Faisal,

    Alhamdulillah we received your 30% deposit today, thank you very much.

    With the deposit in, we have started the bulk production of the sun loungers, and we bought the
    A-grade teak for the full 180 pcs so the prototypes and the bulk come from the same log batch
    (better colour match after oiling).

    The 2 prototypes will be ready on 24 June for your inspector.

    Salam hormat,
    Budi Santoso
    Marketing Director | PT Jepara Kayu Mandiri | +62 291 555 0133
    """) + "\nOn Tue, 28 May 2024 at 11:30, Faisal Al-Otaibi wrote:\n" + quote(T("""
    Dear Pak Budi,
    PO NHD-PO-2296 covers 2 prototype sun loungers SL-09 only. The bulk of 180
    is on hold until the prototypes are signed off at AlUla and Eng. Abdullah
    Al-Harbi, Project Director, issues a written production release. Material
    authority: prototypes only.
    Regards, Faisal
    """))
case("p15_deposit_started_bulk_teak", ["RG006", "RG012"],
     "supplier treats the deposit as the start signal for bulk and bought teak for all 180 while only 2 prototypes are released",
     [("RE_NHD-PO-2296_SL-09.eml", E(mail(BUDI, FAISAL, "RE: PO NHD-PO-2296 - SL-09 prototypes - deposit",
                                           dt(2024, 6, 6, 15, 45, 7), p15_txt, in_reply_to="<h39-fa0528@najdhd.com.sa>")))])

# ---- p17: supplier will roll straight into the run once samples are approved
p17_txt = T("""
    Dear Kevin,

    Samples shipped today by FedEx, AWB 7729 1845 3318, ETA Phoenix on Thursday.

    To save time for your Scottsdale opening, once your team approves the samples we'll roll
    straight into the production run - you don't need to send anything else, our PMC has already
    put the run in the August schedule.

    Best regards,
    Vincent Chen
    Project Sales | Foshan Hongyu Hospitality Furniture Co., Ltd. | +86 757 2233 0188
    """) + "\nOn Mon, 27 May 2024 at 08:50, Kevin Marsh <kmarsh@brightwatersuites.com> wrote:\n" + quote(T("""
    Vincent,
    PO BWS-24-1207 covers 6 sample lounge chairs GC-90 only (2 per finish). The
    rollout quantity is not released and stays on hold. The rollout will be
    released only by a written production release signed by Dana Okafor, Director
    of Strategic Sourcing, after the samples pass our sign-off at the Scottsdale
    property.
    Thanks, Kevin
    """))
case("p17_supplier_roll_straight", ["RG007"],
     "supplier: once samples are approved 'we'll roll straight into the production run', no further document, against the quoted written-release requirement",
     [("RE_BWS-24-1207_samples_shipped.eml", E(mail(VINCENT, KEVIN, "RE: PO BWS-24-1207 - GC-90 samples shipped",
                                                    dt(2024, 6, 10, 17, 5, 8), p17_txt, in_reply_to="<h39-km0527@brightwatersuites.com>")))])

# ---- p18: buyer on WhatsApp: if he is happy with the mock-up, carry on with the 96 villas, no paper
p18 = T("""
    [05/06/2024, 12:01:44] Faisal Al-Otaibi: Salam Mr Hung. PO NHD-PO-2330: 1 mock-up villa set only. The 96 villas are on hold until Eng. Abdullah signs the written production release after the mock-up sign-off.
    [05/06/2024, 12:09:10] Tran Van Hung: Noted sir. Mock-up will be ready 20/6.
    [13/06/2024, 21:37:25] Faisal Al-Otaibi: Mr Hung, we are very late with the opening, the owner is pushing. Eng. Abdullah will see the mock-up on Sunday. If he is happy, just carry on with the 96 villas straight away, no need to wait for the paper, I will sort it after.
    [13/06/2024, 21:40:02] Tran Van Hung: OK sir, we prepare the line 🙏
    [13/06/2024, 21:41:15] Faisal Al-Otaibi: Yalla 👍
    """)
case("p18_chat_carry_on_no_paper", ["RG007"],
     "buyer says mock-up approval rolls into the 96 villas 'no need to wait for the paper', contradicting his own written-release requirement",
     [("WhatsApp_Chat_Dong_Nai_villas.txt", p18)])

# ---- p19: supplier PI: bulk commences automatically on mock-up approval and deposit
p19 = pdf([
    ("h1", "PROFORMA INVOICE PI-TA-24-0192"),
    ("p", "Thuan An Casegoods Co., Ltd. - Lot C5, Song Than 2 Industrial Park, Di An, Binh Duong, Vietnam"),
    ("table", [["", ""], ["Buyer", "Al Noor Hospitality Projects LLC, Dubai - attn. Rashid Al Mansoori"],
               ["Ref", "PO ANH-PO-5541 (mock-up room)"], ["Date", "02 May 2024"], ["Terms", "FOB Cat Lai"]]),
    ("table", [["No", "Item", "Description", "Qty", "USD"],
               ["1", "HB-10", "King headboard, walnut veneer", "1", "720.00"],
               ["2", "NS-11", "Nightstand, walnut, 1 drawer", "2", "640.00"],
               ["3", "WR-04", "Wardrobe with luggage bench", "1", "1,380.00"],
               ["4", "MB-06", "Minibar cabinet", "1", "560.00"],
               ["", "", "Total mock-up room set", "", "3,300.00"]]),
    ("h", "Terms and conditions"),
    ("p", "1. Payment mock-up: 100% T/T before shipment."),
    ("p", "2. Lead time mock-up: 35 days from PO."),
    ("p", "3. Upon mock-up approval and receipt of the 30% bulk deposit, bulk production shall commence automatically; the bulk PI will be issued on the same day."),
    ("p", "4. Colour tolerance on walnut veneer per sample board; natural variation is not a defect."),
    ("p", "Bank: Vietcombank Binh Duong branch, SWIFT BFTVVNVX. Pham Minh Tuan, Export Sales."),
], title="PI-TA-24-0192", author="Thuan An Casegoods")
case("p19_pi_auto_commence", ["RG007", "RG012"],
     "supplier PI: bulk 'shall commence automatically' upon mock-up approval and receipt of the bulk deposit",
     [("PI-TA-24-0192.pdf", p19)])

# ---- p20: minutes agree to move into bulk straight after the mock-up review
p20 = docx_bytes([
    ("h1", "The Marlow Hotel - FF&E coordination call no. 9"),
    ("p", "18 June 2024, 09:00 BST, Teams. Present: Fiona Carmichael, Tom Ashworth (Harrow & Vale); Hannah Ellery (Studio Ellery); "
          "Nguyen Thi Lan (Dong Nai Woodcraft)."),
    ("h", "1. Status"),
    ("p", "Level 6 suites casegoods, PO HV-24-0331: mock-up suite (1 set) released. Bulk for the 24 suites is on hold; "
          "bulk is released only by a written production release signed by Tom Ashworth after the mock-up suite is signed off."),
    ("h", "2. Shop drawings"),
    ("p", "Rev C issued for the bar cabinet BC-06; Hannah to return comments by 21 June."),
    ("h", "6. Programme"),
    ("table", [["No.", "Item", "Action", "Owner"],
               ["6.1", "Mock-up suite review in Bien Hoa on 2 July (Hannah, Fiona).", "Book travel", "Fiona"],
               ["6.2", "To protect the opening, agreed that Dong Nai moves into bulk directly after the mock-up review on 2 July "
                       "if Studio Ellery has no major comments - no need to wait for the release paperwork.",
                "Lan to book line capacity from 8 July", "Lan"],
               ["6.3", "Sea freight: consolidate with the Level 5 wardrobes, 40HC from Cat Lai.", "Confirm booking", "Fiona"]]),
    ("p", "Minutes: F. Carmichael."),
], author="Harrow & Vale Procurement")
case("p20_minutes_move_into_bulk", ["RG007"],
     "minutes agree supplier moves into bulk directly after the mock-up review 'no need to wait for the release paperwork', contradicting the written-release requirement",
     [("Marlow_coordination_call_09.docx", p20)])

# ---- p21: PO: bulk not released under this PO, but starts immediately upon mock-up approval; nobody named
p21 = pdf([
    ("h1", "PURCHASE ORDER BWS-24-1244"),
    ("p", "Brightwater Suites Inc. - Corporate Procurement, 2200 Peachtree Rd NE, Atlanta GA 30309"),
    ("table", [["", ""], ["Vendor", "Inegol Ahsap Mobilya San. ve Tic. Ltd. Sti., Inegol / Bursa, Turkiye"],
               ["Property", "Brightwater Suites Boise - guestroom renovation"], ["Date", "June 17, 2024"],
               ["Incoterm", "FOB Gemlik"], ["Prepared by", "K. Marsh"]]),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
               ["1", "MU-SET", "Mock-up guestroom casegoods set (headboard, 2 nightstands, desk, wardrobe, luggage rack)", "1", "3,950.00", "3,950.00"]]),
    ("h", "Special instructions"),
    ("p", "This PO covers one (1) mock-up guestroom set only. The bulk for the remaining 95 guestrooms is not released "
          "under this PO."),
    ("p", "Upon approval of the mock-up room, the supplier shall start bulk production of the 95 guestrooms immediately, "
          "so that the reopening date of 1 March 2025 is protected."),
], pagesize=LETTER, title="BWS-24-1244", author="Brightwater Suites")
case("p21_po_start_upon_mockup_approval", ["RG005", "RG007"],
     "PO lets mock-up approval start the 95-room bulk immediately without a recorded auto-conversion (no signer); nobody named who releases the bulk",
     [("BWS-24-1244.pdf", p21)])

# ---- p22: supplier: after prototype approval we go automatically with the series; approval in three senses
p22_txt = T("""
    Dear Mrs Megan,

    thank you for PO PHP-7817. The commercial approval is done on our side (credit limit OK), and
    the prototypes are already in the sewing room.

    Please note our standard procedure: after your approval of the prototype we go automatically
    with the series of 46 headboards, so we need the approval until 20 June to keep your delivery
    in August.

    Pozdrawiam / Best regards,
    Marek Zielinski
    Key Account Manager | Tapicerstwo Wielkopolska Sp. z o.o. | +48 61 555 0144
    """) + "\nOn Fri, 31 May 2024 at 16:10, Megan Doyle <mdoyle@pinecresthp.com> wrote:\n" + quote(T("""
    Hi Marek,
    PO PHP-7817 covers 2 prototype headboards HB-24 (suite king) only. The 46
    bulk headboards are not released and stay on hold until Priya Raman signs off
    the prototypes and Carl Whitfield issues a written production release.
    Thanks, Megan
    """))
case("p22_supplier_automatic_series", ["RG007", "RG009"],
     "supplier: 'after your approval of the prototype we go automatically with the series'; 'approval' used for commercial, technical and production",
     [("RE_PO_PHP-7817.eml", E(mail(MAREK, MEGAN, "RE: PO PHP-7817 - HB-24 prototypes", dt(2024, 6, 3, 9, 25, 2), p22_txt,
                                    in_reply_to="<h39-md0531@pinecresthp.com>")))])

# ---- p23: designer's programme schedule says bulk follows automatically from prototype sign-off
p23_rows = [["Date", "Milestone", "Owner"],
            ["24 Jun 2024", "Prototype sign-off SE-320 sofa, Austin mock-up room", "Priya Raman"],
            ["25 Jun 2024", "Bulk production SE-320 starts - follows automatically from the prototype sign-off, no further release needed", "Meblex"],
            ["20 Aug 2024", "Ex-works Swarzedz, sea freight consolidation Gdansk - Houston (approx. 28 days)", "Meblex / forwarder"],
            ["30 Sep 2024", "Install floors 3-6", "Installer"]]
p23 = html_page("Halcyon Austin - FF&E programme rev 3", f"""
<h1>The Halcyon Austin - FF&amp;E programme schedule, rev 3</h1>
<p>Lakeline Design Studio for Pinecrest Hospitality Purchasing, Inc. - issued 10 June 2024</p>
<p class="note">Release status: SE-320 sofa (Meblex, PO PHP-7824) - released now: 2 prototypes. Bulk of 58 sofas on
hold pending a written production release from Carl Whitfield, VP Purchasing, after prototype sign-off by Priya Raman.</p>
{rows_html(p23_rows)}
<p>Critical path: sofa bulk lead time 8 weeks. Any slip on the prototype sign-off moves the install date 1:1.</p>
""")
case("p23_programme_auto_bulk_start", ["RG007"],
     "schedule says bulk 'follows automatically from the prototype sign-off, no further release needed', contradicting the written-release requirement on the same page",
     [("Halcyon_FFE_programme_rev3.html", p23)])

# ---- p24: buyer asks supplier to treat a forecast as a firm order
p24_rows = [["Property", "Rooms", "GC-88 forecast", "Target quarter"],
            ["Denver", "132", "132", "Q1"], ["Scottsdale", "118", "118", "Q1"], ["Nashville", "146", "146", "Q2"],
            ["Charlotte", "124", "124", "Q2"], ["Boise", "96", "96", "Q3"], ["Tulsa", "104", "104", "Q3"],
            ["Raleigh", "160", "160", "Q4"], ["Omaha", "112", "112", "Q4"], ["Attic stock (all)", "-", "72", "-"],
            ["Total", "992", "1,064", ""]]
p24_txt = T("""
    Vincent,

    Following our call, here is our 2025 forecast for the GC-88 guestroom chair across the eight
    properties: 992 chairs for the rooms plus 72 attic stock, 1,064 in total (table in the HTML
    version of this mail).

    Please treat the 1,064 as our firm order for 2025 and lock the capacity on your side. Property
    POs will follow one by one as each renovation is scheduled.

    Regards,
    Dana
    """) + SIG_DANA
p24_html = ("<html><body style=\"font-family:Calibri,Arial\"><p>Vincent,</p><p>Following our call, here is our 2025 "
            "forecast for the GC-88 guestroom chair across the eight properties: 992 chairs for the rooms plus 72 attic "
            "stock, 1,064 in total.</p>" + rows_html(p24_rows) +
            "<p>Please treat the 1,064 as our firm order for 2025 and lock the capacity on your side. Property POs will "
            "follow one by one as each renovation is scheduled.</p><p>Regards,<br>Dana</p></body></html>")
case("p24_forecast_treat_as_firm", ["RG008"],
     "buyer: 2025 forecast of 1,064 chairs 'treat as our firm order'",
     [("GC-88_2025_volumes.eml", E(mail(DANA, VINCENT, "GC-88 - 2025 volumes", dt(2024, 7, 9, 10, 0, -4), p24_txt,
                                        html=p24_html, cc=KEVIN)))])

# ---- p25: multi-file: labelled forecast + supplier acknowledges it as an order
p25_rows = [["Hotel", "Item", "Forecast qty", "Indicative timing"],
            ["The Halcyon Nashville", "LC-210 lounge chair", "520", "Q1 2025"],
            ["The Halcyon Charlotte", "LC-210 lounge chair", "440", "Q2 2025"],
            ["Total", "", "960", ""]]
p25_fc = html_page("Pinecrest - Phase 2 seating forecast", f"""
<h1>Pinecrest Hospitality Purchasing - Phase 2 seating forecast</h1>
<p class="note"><b>FORECAST - NOT AN ORDER.</b> For capacity planning only. Nothing here is ordered or released;
Phase 2 depends on the owner's financing close.</p>
{rows_html(p25_rows)}
<p>Issued 1 July 2024 by Megan Doyle, Purchasing Agent.</p>
""")
p25_ack = mail(KASIA, MEGAN, "RE: Phase 2 seating forecast", dt(2024, 7, 2, 9, 15, 2), T("""
    Dear Mrs Megan,

    thank you very much for your order of 960 lounge chairs LC-210 for the Phase 2 hotels
    (Nashville and Charlotte). We have booked it in our production plan for Q1 2025 and will send
    the order confirmation next week.

    Pozdrawiam / Best regards,
    Katarzyna Nowak
    Export Manager | Meblex Sp. z o.o.
    """) + "\nOn Mon, 1 Jul 2024 at 17:40, Megan Doyle <mdoyle@pinecresthp.com> wrote:\n" + quote(T("""
    Hi Katarzyna,
    attached our Phase 2 seating forecast for your capacity planning.
    Megan
    """)), in_reply_to="<h39-md0701@pinecresthp.com>")
case("p25_multi_forecast_ack_as_order", ["RG008"],
     "forecast page is labelled, but the supplier acknowledges 'your order of 960 lounge chairs' and books it",
     [("Pinecrest_phase2_seating.html", p25_fc), ("RE_Phase2_seating.eml", E(p25_ack))])

# ---- p26: chat: "take it as our order for the 96 rooms"
p26 = T("""
    [01/07/2024, 08:12:30] Nguyen Thi Lan: Good morning Ms Fiona. Our director ask about Marlow phase 2 (floors 6-10). Is it sure? We need to plan Q4 capacity.
    [01/07/2024, 09:40:02] Fiona Carmichael: Morning Lan. Owner hasn't signed the phase 2 budget yet - the forecast is 96 rooms. But honestly it's happening. Take it as our order for the 96 rooms, we're committed.
    [01/07/2024, 09:42:17] Nguyen Thi Lan: Thank you Ms Fiona!! We put 96 rooms in Q4 plan 🙏
    [01/07/2024, 09:43:05] Fiona Carmichael: 👍 paperwork when the budget is through
    """)
case("p26_chat_forecast_as_order", ["RG008"],
     "buyer turns an unsigned-budget forecast of 96 rooms into 'our order ... we're committed'",
     [("WhatsApp_Chat_Marlow_phase2.txt", p26)])

# ---- p27: blanket PO commits to the forecast quantity
p27 = pdf([
    ("h1", "BLANKET PURCHASE ORDER BWS-BPO-0057"),
    ("p", "Brightwater Suites Inc. - Corporate Procurement, 2200 Peachtree Rd NE, Atlanta GA 30309"),
    ("table", [["", ""], ["Vendor", "Thuan An Casegoods Co., Ltd., Binh Duong, Vietnam"], ["Date", "July 22, 2024"],
               ["Validity", "1 January - 31 December 2025"], ["Incoterm", "FOB Cat Lai"]]),
    ("table", [["Item", "Description", "Ordered quantity", "Unit USD", "Value USD"],
               ["DK-900", "Guestroom desk, oak veneer, cable grommet, 900 x 550 x 760 mm", "1,200 EA (2025 forecast)", "214.00", "256,800.00"]]),
    ("h", "Terms"),
    ("p", "1. Buyer commits to the ordered quantity of 1,200 EA over calendar year 2025, based on the 2025 forecast."),
    ("p", "2. Production is released by call-offs only. Call-off 01: 150 EA for Brightwater Suites Denver, released with this order."),
    ("p", "3. The remaining 1,050 EA are not released and are on hold until the next call-off, signed by Dana Okafor, Director of Strategic Sourcing."),
    ("p", "4. Material authority: released call-off quantities only."),
    ("p", "Dana Okafor, Director of Strategic Sourcing"),
], pagesize=LETTER, title="BWS-BPO-0057", author="Brightwater Suites")
case("p27_blanket_commits_forecast", ["RG008"],
     "blanket PO 'commits to the ordered quantity of 1,200 EA ... based on the 2025 forecast'; call-off mechanics otherwise complete",
     [("BWS-BPO-0057.pdf", p27)])

# ---- p28: supplier capacity confirmation: forecast as firm order + material for six months
p28 = docx_bytes([
    ("h1", "CAPACITY AND ORDER CONFIRMATION IA-CC-2024-019"),
    ("p", "Inegol Ahsap Mobilya San. ve Tic. Ltd. Sti. - 18 November 2024"),
    ("p", "To: Brightwater Suites Inc., Ms Dana Okafor, Director of Strategic Sourcing. Ref: your 2025 forecast dated "
          "12 November 2024 (wardrobes WR-1000, luggage racks LR-40)."),
    ("p", "We confirm your firm order of 4 x 40HC per month from January to June 2025 (240 wardrobes and 240 luggage racks "
          "per month), as per your forecast dated 12 November 2024."),
    ("table", [["Month 2025", "Containers", "WR-1000", "LR-40"],
               ["January", "4 x 40HC", "240", "240"], ["February", "4 x 40HC", "240", "240"],
               ["March", "4 x 40HC", "240", "240"], ["April", "4 x 40HC", "240", "240"],
               ["May", "4 x 40HC", "240", "240"], ["June", "4 x 40HC", "240", "240"],
               ["Total", "24 x 40HC", "1,440", "1,440"]]),
    ("p", "To guarantee the 2024 price level, we have already purchased the oak-veneered MDF and the hinges for the whole "
          "six months (1,440 wardrobes)."),
    ("p", "Released to date: call-off CO-BWS-0063-01, 180 wardrobes WR-1000 (Brightwater Suites Tulsa)."),
    ("p", "Ayse Demir, Foreign Trade Manager"),
], author="Inegol Ahsap")
case("p28_capacity_confirm_firm_order", ["RG006", "RG008"],
     "supplier confirms the forecast as a 'firm order' and has bought MDF/hinges for 1,440 wardrobes while 180 are released",
     [("IA-CC-2024-019.docx", p28)])

# ---- p29: "go ahead with the samples" without any quantity
p29_txt = T("""
    Dear Kelly,

    Please go ahead with the samples of the floor lamp FL-301, table lamp TL-302, wall light WL-220
    and pendant PL-303 as per your quotation LL-Q-0611, in the finishes of our finishes board
    FB-AN-02 (brushed brass BB-2, linen LN-4).

    Bulk is not released: it stays on hold until the samples are signed off in Dubai and Layla
    Haddad, Project Director, issues a written production release. Please do not buy material for
    bulk.

    Samples to our office in Dubai Design District by 28 June please.

    Best regards,
    Rashid
    """) + SIG_RASHID
case("p29_goahead_samples_no_qty", ["RG010"],
     "sample authorization names items, hold, event and Layla Haddad but never the number of samples authorized",
     [("Lighting_samples_LL-Q-0611.eml", E(mail(RASHID, KELLY, "Lighting samples - Al Noor Creek guestrooms", dt(2024, 6, 4, 12, 10, 4),
                                                p29_txt, html=text_html(p29_txt))))])

# ---- p30: chat: "pls make the prototype nightstands and desks" - silent on everything
p30 = T("""
    10/06/2024, 08:05 - Megan Doyle: Hi Tuan, PO PHP-7809 is in your inbox 🙂 Pls make the prototype nightstands and desks, same finish as the walnut panel Priya picked. Need them in Austin by July 19 for the mock-up room.
    10/06/2024, 08:40 - Pham Minh Tuan: Dear Megan, received with thanks. Prototype finish 5/7, ship by air 8/7.
    10/06/2024, 08:41 - Pham Minh Tuan: Drawer runner: soft-close like the sample or standard?
    10/06/2024, 08:55 - Megan Doyle: Same as sample pls. Thanks!
    """)
case("p30_chat_make_prototypes", ["RG003", "RG004", "RG005", "RG010"],
     "prototype request with no quantity, no hold on the rest, no unlock event, no release person",
     [("WhatsApp_Chat_PHP-7809.txt", p30)])

# ---- p32: release letter by floors, no quantity
p32 = docx_bytes([
    ("h1", "PRODUCTION RELEASE HV-PR-09"),
    ("p", "Harrow & Vale Procurement Ltd, for Marlow Hotels Ltd - 15 July 2024"),
    ("table", [["Field", "Value"], ["Supplier", "Dong Nai Woodcraft JSC"], ["Item", "Wardrobe WR-04, 1200 mm"],
               ["PO", "HV-24-0340 rev 1"], ["Unlock event", "Mock-up room signed off on 2 July 2024"]]),
    ("p", "Following the mock-up sign-off, we hereby release production of the wardrobes for floors 3 to 7."),
    ("p", "Wardrobes for floors 1-2 and 8-10 are not released and remain on hold until the owner's Phase 2 budget "
          "sign-off and a further written release from Tom Ashworth, Procurement Director."),
    ("p", "Material authority: released floors only."),
    ("p", "Tom Ashworth, Procurement Director"),
], author="Harrow & Vale Procurement")
case("p32_release_by_floors_no_qty", ["RG010"],
     "release letter releases 'the wardrobes for floors 3 to 7' without a quantity; hold, event and Tom Ashworth present",
     [("HV-PR-09.docx", p32)])

# ---- p33: call-off portal page: first batch, rest on hold until further notice
p33 = html_page("Brightwater supplier portal - call-off", """
<h1>Brightwater Suites - Supplier Portal</h1>
<h2>Call-off CO-BWS-0062-01 against blanket BWS-BPO-0062</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Vendor</td><td>Xiamen Stoneway Co., Ltd.</td></tr>
<tr><td>Item</td><td>VU-60 vanity unit, 600 mm, Carrara top 20 mm, undermount basin, DWG VU-60 rev 7</td></tr>
<tr><td>Property</td><td>Brightwater Suites Nashville</td></tr>
<tr><td>Issued</td><td>2024-08-05</td></tr>
</table>
<p>Please start the first batch of vanity units for the Nashville property.</p>
<p>The rest of the blanket stays on hold until further notice.</p>
<p>Release authority: Dana Okafor, Director of Strategic Sourcing - questions about further quantities go to her.</p>
<p style="font-size:11px">Packing: each unit crated, top packed separately, ISPM 15 wood. Quality: ANSI Z124.3 basin.</p>
""")
case("p33_portal_calloff_first_batch", ["RG004", "RG010"],
     "call-off 'start the first batch' with no quantity; rest 'on hold until further notice' (no event); Dana Okafor named",
     [("CO-BWS-0062-01.html", p33)])

# ---- p34: multi-file: PO for 2 samples + cover email asking for 3
p34_po = pdf([
    ("h1", "PURCHASE ORDER HV-24-0371"),
    ("p", "Harrow & Vale Procurement Ltd - for Marlow Hotels Ltd"),
    ("table", [["", ""], ["Supplier", "Zhongshan Lumen Lighting Co., Ltd."], ["Date", "3 June 2024"], ["Incoterm", "FOB Zhongshan"]]),
    ("table", [["Line", "Item", "Description", "Qty", "USD"],
               ["10", "FL-19", "Floor lamp sample, smoked oak stem, pleated shade", "2", "2 x 145.00"]]),
    ("h", "Scope note"),
    ("p", "This PO releases 2 sample floor lamps FL-19 only. The bulk of 186 floor lamps is not released and stays on hold "
          "until the samples are signed off by Studio Ellery and Tom Ashworth, Procurement Director, issues a written "
          "production release. Material authority: samples only."),
], title="HV-24-0371", author="Harrow & Vale Procurement")
p34_txt = T("""
    Dear Kelly,

    Attached PO HV-24-0371 for the floor lamp samples.

    As discussed on the phone, please make three (3) samples: Hannah wants one for the Studio Ellery
    showroom as well. Everything else as per the PO.

    Kind regards,
    Fiona
    """) + SIG_FIONA
case("p34_multi_po_email_qty", ["RG011"],
     "PO releases 2 samples; the cover email asks for three (3) samples for the same order",
     [("HV-24-0371_cover.eml", E(mail(FIONA, KELLY, "PO HV-24-0371 - FL-19 floor lamp samples", dt(2024, 6, 3, 15, 0, 1), p34_txt))),
      ("PO_HV-24-0371.pdf", p34_po)])

# ---- p35: DOCX PO: table says 10, note says a dozen (12)
p35 = docx_bytes([
    ("h1", "PURCHASE ORDER ANH-PO-5571"),
    ("p", "Al Noor Hospitality Projects LLC - Dubai Design District, Building 6 - for Al Noor Creek Hotel, all-day-dining restaurant"),
    ("table", [["Field", "Value"], ["Supplier", "Inegol Ahsap Mobilya San. ve Tic. Ltd. Sti."], ["Date", "9 June 2024"],
               ["Incoterm", "FOB Gemlik"], ["Buyer", "Rashid Al Mansoori"]]),
    ("sp",),
    ("table", [["Line", "Code", "Description", "Qty", "Unit EUR", "Amount EUR"],
               ["10", "DC-15", "Dining chair, pilot lot, ash, fluted back, COM seat", "10", "164.00", "1,640.00"]]),
    ("h", "Scope"),
    ("p", "This PO releases a pilot lot of a dozen (12) dining chairs DC-15 for the mock-up table setting. The balance "
          "of 168 chairs is not released and stays on hold until the pilot lot is accepted at our Jebel Ali warehouse and "
          "Layla Haddad, Project Director, issues a written production release. Material authority: pilot lot only."),
], author="Al Noor Hospitality Projects")
case("p35_po_table_vs_note", ["RG011"],
     "PO line says 10 pilot chairs, scope note releases a dozen (12) for the same order",
     [("ANH-PO-5571.docx", p35)])

# ---- p36: EML says 48, attached release letter says 84
p36_rel = pdf([
    ("h1", "PRODUCTION RELEASE BWS-REL-GC88-02"),
    ("p", "Brightwater Suites Inc. - Corporate Procurement"),
    ("table", [["", ""], ["Vendor", "Foshan Hongyu Hospitality Furniture Co., Ltd."], ["Item", "GC-88 guestroom chair"],
               ["PO", "BWS-24-1190 rev 3"], ["Date", "August 12, 2024"]]),
    ("table", [["Status", "EA"], ["Previously released (BWS-REL-GC88-01, Denver)", "132"],
               ["Quantity released by this release (Scottsdale, floors 2-4)", "84"]]),
    ("p", "The remaining rollout quantity is not released and stays on hold until lot acceptance of this release at "
          "Scottsdale and a further written release signed by Dana Okafor. Material authority: released quantity only."),
    ("p", "Dana Okafor, Director of Strategic Sourcing"),
], pagesize=LETTER, title="BWS-REL-GC88-02", author="Brightwater Suites")
p36_txt = T("""
    Vincent,

    Attached Release No. 2 for GC-88: 48 chairs for the Scottsdale property, floors 2-4.

    The rest of the rollout stays on hold; the next release will again come from me in writing after
    lot acceptance at Scottsdale. Material for the released quantity only.

    Dana
    """) + SIG_DANA
case("p36_email_vs_release_pdf", ["RG011"],
     "email says release no. 2 covers 48 chairs; the attached release letter says 84 for the same floors",
     [("BWS-REL-GC88-02.eml", E(mail(DANA, VINCENT, "Release No. 2 - GC-88 - Scottsdale", dt(2024, 8, 12, 13, 30, -4), p36_txt,
                                     cc=KEVIN, attachments=[("BWS-REL-GC88-02.pdf", p36_rel, PDF_MT)])))])

# ---- p37: ERP printout: line qty 12, note says twenty (20)
p37 = T("""
    THISTLE FF&E SERVICES LTD                                  PURCHASE ORDER
    14 CANNING STREET, EDINBURGH EH3 8EG                       PAGE 1 OF 1
    ==============================================================================
    PO NUMBER : TH-PO-0817        REV : 00          DATE : 17.06.2024
    VENDOR    : 100517  PT SURYA ROTAN CIREBON, JL. RAYA PLUMBON KM 6, CIREBON ID
    PROJECT   : KESTREL HOUSE HOTEL - ROOF TERRACE
    BUYER     : G. MCLEISH                      CURRENCY : USD
    ------------------------------------------------------------------------------
    LN  ITEM        DESCRIPTION                            QTY UOM    UNIT USD    NET USD
    10  TC-11       TERRACE CHAIR, PILOT LOT, SYNTH. FIBRE  12 EA       118.00   1,416.00
    ------------------------------------------------------------------------------
    PO NOTE:
     PILOT LOT: TWENTY (20) CHAIRS RELEASED FOR THE TERRACE TRIAL.
     BALANCE 128 EA NOT RELEASED - ON HOLD UNTIL PILOT LOT ACCEPTANCE AND
     WRITTEN RELEASE SIGNED BY ISLA FRASER, PROJECT DIRECTOR.
     MATERIAL AUTHORITY: PILOT LOT ONLY.
    ------------------------------------------------------------------------------
    DELIVERY: FOB TANJUNG PRIOK, WEEK 31          PAYMENT: 30% ADVANCE / 70% B/L
    ==============================================================================
    """)
case("p37_erp_line_vs_note", ["RG011"],
     "ERP line quantity 12 vs note 'TWENTY (20) CHAIRS RELEASED' for the same pilot lot",
     [("PO_TH-PO-0817.txt", p37)])

# ---- p39: multi-file: FF&E schedule says 24 released, email says 20
p39_rows = [["Spec code", "Item", "Total (for information)", "Released now", "On hold - not released"],
            ["LT-205", "Bedside lamp TL-08", "500", "24 (model floor 3)", "476"],
            ["LT-240", "Pendant PL-05", "320", "4 (samples)", "316"]]
p39_sch = html_page("Halcyon Austin - FF&E schedule rev F", f"""
<h1>The Halcyon Austin - FF&amp;E Schedule rev F (lighting)</h1>
<p>Issued 1 July 2024 by Pinecrest Hospitality Purchasing, Inc.</p>
{rows_html(p39_rows)}
<p class="note">On-hold quantities are not released. Each hold is lifted only by a written production release signed by
Carl Whitfield, VP Purchasing, after the sample sign-off by Priya Raman (TL-08 samples signed off 6 June 2024).</p>
""")
p39_txt = T("""
    Hi Kelly,

    Carl signed the model-floor release today: 20 bedside lamps TL-08 for floor 3, as per the updated
    FF&E schedule rev F (attached separately). Everything else stays on hold per the schedule.

    Please confirm the ex-works date.

    Thanks,
    Megan
    """) + SIG_MEGAN
case("p39_multi_schedule_vs_email", ["RG011"],
     "FF&E schedule rev F releases 24 TL-08 lamps for the model floor; the email says Carl's release is for 20",
     [("Halcyon_FFE_schedule_revF.html", p39_sch),
      ("TL-08_model_floor.eml", E(mail(MEGAN, KELLY, "TL-08 - model floor release", dt(2024, 7, 1, 16, 45, -4), p39_txt, cc=CARL)))])

# ---- p40: forwarded original PO mail (5 samples) with a new note asking for 6
p40_inner = mail(RASHID, TUAN, "PO ANH-PO-5560 - MB-06 minibar cabinet samples", dt(2024, 5, 27, 10, 20, 4), T("""
    Dear Tuan,

    PO ANH-PO-5560 attached: five (5) sample minibar cabinets MB-06, one per veneer option.

    The balance of 207 cabinets is not released and stays on hold until the samples are signed off
    in Dubai and Layla Haddad, Project Director, issues a written production release. Material
    authority: samples only.

    Best regards,
    Rashid
    """))
p40_txt = T("""
    Tuan,

    Forwarding my original PO mail again since your team says they can't find it.

    Please make sure the 6 sample minibar cabinets reach Dubai before 30 June - Sana needs them for
    the finishes review.

    Thanks,
    Rashid
    """) + SIG_RASHID
case("p40_forward_po_5_vs_6", ["RG011"],
     "forwarded PO mail releases five (5) samples; the forwarding note asks for 6 sample cabinets",
     [("Fwd_ANH-PO-5560.eml", E(mail(RASHID, TUAN, "Fwd: PO ANH-PO-5560 - MB-06 minibar cabinet samples", dt(2024, 6, 10, 8, 55, 4),
                                     p40_txt, attachments=[("rfc822", p40_inner)])))])

# ---- p41: deposit "so you can start" + silent prototype PO + quote with bulk
p41_po = pdf([
    ("h1", "PURCHASE ORDER TH-PO-0812"),
    ("p", "Thistle FF&E Services Ltd, 14 Canning Street, Edinburgh EH3 8EG - for Kestrel House Hotel Ltd"),
    ("table", [["", ""], ["Supplier", "Inegol Ahsap Mobilya San. ve Tic. Ltd. Sti."], ["Date", "10.06.2024"],
               ["Delivery", "FCA Gemlik"], ["Currency", "GBP"]]),
    ("table", [["Line", "Code", "Description", "Qty", "Unit GBP", "Amount GBP"],
               ["10", "KW-18", "Wardrobe, prototype, oak veneer, 1000 mm, with luggage drawer", "2", "690.00", "1,380.00"]]),
    ("p", "Payment: 30% advance against PI, 70% before dispatch. Drawings DWG KW-18 rev 2."),
    ("p", "Gordon McLeish, Purchasing Agent"),
], title="TH-PO-0812", author="Thistle FF&E Services")
p41_quote = pdf([
    ("h1", "QUOTATION IA-2024-077"),
    ("p", "Inegol Ahsap Mobilya - to Thistle FF&E Services Ltd - Kestrel House Hotel bedrooms - 24.05.2024"),
    ("table", [["Tier", "Item", "Qty", "Unit GBP", "Lead time"],
               ["Prototype", "KW-18 wardrobe", "2", "690,00", "4 weeks"],
               ["Bulk", "KW-18 wardrobe", "118", "402,00", "9 weeks"]]),
    ("p", "Validity 60 days. Ayse Demir, Foreign Trade Manager."),
], title="IA-2024-077", author="Inegol Ahsap")
p41_txt = T("""
    Dear Ayse,

    The 30% deposit on your PI went out from our bank this morning (ref. TFS-0612-77), so you can
    start.

    PO TH-PO-0812 and your quote IA-2024-077 are attached again for your files.

    Kind regards,
    Gordon
    """) + SIG_GORDON
case("p41_deposit_start_silent_po", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "'deposit went out ... so you can start'; prototype PO for 2 silent on the 118 bulk shown in the attached quote",
     [("TH-PO-0812_KW-18.eml", E(mail(GORDON, AYSE, "KW-18 wardrobes - deposit paid", dt(2024, 6, 12, 11, 5, 1), p41_txt,
                                       attachments=[("PO_TH-PO-0812.pdf", p41_po, PDF_MT), ("IA-2024-077.pdf", p41_quote, PDF_MT)])))])

# ---- p42: chat: supplier starts bulk on receipt of the deposit, leather for all bought
p42 = T("""
    [20/05/2024, 10:02:11] Rashid Al Mansoori: Vincent, PO ANH-PO-5577 sent: 2 prototype lobby chairs LC-40 only. Bulk 64 on hold until prototype sign-off in Dubai and written release from Layla Haddad, Project Director.
    [20/05/2024, 10:15:40] Vincent Chen: Well received Rashid 👍
    [03/06/2024, 16:22:05] Vincent Chen: Dear Rashid, deposit received today, thank you 🙏 We start the bulk production tomorrow so we can catch the shipping before Eid. Leather hides for all 64 chairs already bought from our tannery.
    [03/06/2024, 16:50:31] Rashid Al Mansoori: ??? Vincent the deposit is for the prototypes. Bulk is ON HOLD. Don't start anything
    [03/06/2024, 16:52:12] Vincent Chen: OK understand. sorry for misunderstanding
    """)
case("p42_chat_deposit_start_bulk", ["RG006", "RG012"],
     "supplier reads the deposit as the start of bulk and has bought leather for all 64 while 2 prototypes are released",
     [("WhatsApp_Chat_LC-40_Hongyu.txt", p42)])

# ---- p43: supplier PI: production starts upon receipt of deposit
p43 = pdf([
    ("h1", "PROFORMA INVOICE LL-PI-24-0377"),
    ("p", "Zhongshan Lumen Lighting Co., Ltd. - No. 18 Xingye Road, Guzhen Town, Zhongshan, Guangdong, China"),
    ("table", [["", ""], ["Buyer", "Harrow & Vale Procurement Ltd - attn. Fiona Carmichael"],
               ["Project", "The Marlow Hotel - bedside lamp TL-11"], ["Date", "12 June 2024"], ["Terms", "FOB Zhongshan"]]),
    ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
               ["TL-11", "Bedside lamp, smoked oak base, linen shade, E27, UKCA", "372", "38.50", "14,322.00"],
               ["", "Deposit 30%", "", "", "4,296.60"]]),
    ("h", "Payment and production"),
    ("p", "Payment terms: 30% deposit by T/T, balance 70% before shipment."),
    ("p", "Production will start upon receipt of the 30% deposit. Lead time 35 days."),
    ("p", "Bank: Bank of China, Zhongshan Branch, SWIFT BKCHCNBJ42A. Kelly Zhao, Sales Manager."),
], title="LL-PI-24-0377", author="Zhongshan Lumen")
case("p43_pi_production_on_deposit", ["RG012"],
     "supplier PI: 'Production will start upon receipt of the 30% deposit'",
     [("LL-PI-24-0377.pdf", p43)])

# ---- p44: supplier: PO accepted, so order released to production (TXT order confirmation attached)
p44_oc = T("""
    KAYSERI KOLTUK A.S.
    ORDER CONFIRMATION  KK-OC-24-0448          DATE: 14.06.2024
    CUSTOMER           : HARROW & VALE PROCUREMENT LTD
    CUSTOMER PO        : HV-24-0362
    ------------------------------------------------------------
    POS  ITEM    DESCRIPTION                    QTY   UNIT EUR
    1    AC-09   LOUNGE CHAIR PROTOTYPE, COM      2     720,00
    ------------------------------------------------------------
    DELIVERY : EXW KAYSERI, WEEK 27
    PAYMENT  : 100% BEFORE DISPATCH
    """)
p44_txt = T("""
    Dear Fiona Hanim,

    We have accepted your PO HV-24-0362 in our system today. As the PO is accepted, the AC-09 order
    is now released to our production department and the cutting plan is prepared.

    Our order confirmation KK-OC-24-0448 is attached.

    Saygilarimla / Best regards,
    Emre Yildiz
    Export Sales Manager | Kayseri Koltuk A.S. | +90 352 555 0166
    """) + "\nOn Wed, 12 Jun 2024 at 12:30, Fiona Carmichael wrote:\n" + quote(T("""
    Dear Emre,
    PO HV-24-0362 attached: 2 prototype lounge chairs AC-09 only. The bulk of 96
    chairs is not released and stays on hold until the prototypes are signed off
    by Studio Ellery and Tom Ashworth, Procurement Director, issues a written
    production release. Material authority: prototypes only.
    Kind regards, Fiona
    """))
case("p44_po_accepted_released", ["RG012"],
     "supplier: 'As the PO is accepted, the AC-09 order is now released to our production department'",
     [("RE_HV-24-0362_AC-09.eml", E(mail(EMRE, FIONA, "RE: PO HV-24-0362 - AC-09 - order confirmation", dt(2024, 6, 14, 10, 40, 3),
                                           p44_txt, attachments=[("KK-OC-24-0448.txt", p44_oc, "text/plain")],
                                           in_reply_to="<h39-fc0612@harrowvale.co.uk>")))])

# ---- p46: HTML PO page for samples with a project-quantity column, silent
p46 = html_page("Al Noor procurement portal - PO ANH-PO-5590", """
<h1>Al Noor Hospitality Projects LLC - Purchase Order ANH-PO-5590</h1>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Supplier</td><td>Zhongshan Lumen Lighting Co., Ltd.</td></tr>
<tr><td>Project</td><td>Al Noor Creek Hotel - guestroom lighting</td></tr>
<tr><td>Date</td><td>2024-06-18</td></tr>
<tr><td>Incoterm</td><td>FOB Zhongshan</td></tr>
</table>
<h2>Lines</h2>
<table>
<tr><th>Line</th><th>Code</th><th>Description</th><th>Sample qty</th><th>Project qty</th><th>Unit USD</th></tr>
<tr><td>10</td><td>WL-220</td><td>Wall light, bronze, IP44 bathroom version</td><td>2</td><td>424</td><td>46.00</td></tr>
<tr><td>20</td><td>FL-301</td><td>Floor lamp, brushed brass</td><td>2</td><td>212</td><td>118.00</td></tr>
<tr><td>30</td><td>TL-302</td><td>Table lamp, travertine base</td><td>2</td><td>424</td><td>64.00</td></tr>
</table>
<p>Deliver samples to Al Noor Creek Hotel mock-up room, Level 2. Payment 100% T/T before dispatch.</p>
<p>Buyer: Rashid Al Mansoori, Purchasing Manager.</p>
""")
case("p46_html_po_project_qty", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO page shows a 'Project qty' column (424/212) beside the 2-pc samples with no hold, no unlock event, no release person",
     [("ANH-PO-5590.html", p46)])

# ---- p47: ERP PO printout with the quoted bulk quantity, silent
p47 = T("""
    HARROW & VALE PROCUREMENT LTD                              PURCHASE ORDER
    41 GREAT PORTLAND STREET, LONDON W1W 7LA                   PAGE 1 OF 1
    ==============================================================================
    PO NUMBER : HV-24-0377        REV : 00          DATE : 19.06.2024
    VENDOR    : 200311  MEBLEX SP. Z O.O., SWARZEDZ PL
    PROJECT   : THE MARLOW HOTEL - GUESTROOMS
    BUYER     : F. CARMICHAEL                   CURRENCY : EUR
    QUOTE REF : MX/2024/140  PROTO 2 EA @ 890,00 / BULK 186 EA @ 410,00
    ------------------------------------------------------------------------------
    LN  ITEM       DESCRIPTION                             QTY UOM    UNIT EUR    NET EUR
    10  HP-01      HEADBOARD PANEL, UPHOLSTERED, PROTO       2 EA       890,00   1.780,00
    20  FRT        DHL EXPRESS TO LONDON                     1 LOT      210,00     210,00
    ------------------------------------------------------------------------------
                                                        TOTAL NET EUR   1.990,00
    DELIVERY  : DAP LONDON W1, WEEK 28
    PAYMENT   : 100% BEFORE DISPATCH
    REMARKS   : COM HALDEN WOOL COL. 0133 SHIPPED BY BUYER. FIRE: BS 7176 MEDIUM HAZARD.
    ==============================================================================
    """)
case("p47_erp_po_quote_ref_bulk", ["RG001", "RG003", "RG004", "RG005"],
     "ERP prototype PO carries 'BULK 186 EA' in the quote reference with no hold, no unlock event, no release person",
     [("PO_HV-24-0377.txt", p47)])

# ---- p48: DOCX FF&E schedule extract issued with a mock-up PO, total column, silent
p48 = docx_bytes([
    ("h1", "FF&E Schedule extract - issued with PO NHD-PO-2344"),
    ("p", "Najd Hospitality Development Co. - Wadi Sahra Resort, AlUla - villa casegoods - supplier: Dong Nai Woodcraft JSC"),
    ("table", [["FF&E code", "Item", "Finish", "Qty per villa", "Total qty (96 villas)", "Qty this PO"],
               ["CG-01", "King bed frame with headboard", "Smoked oak / palm weave", "1", "96", "1"],
               ["CG-02", "Nightstand", "Smoked oak", "2", "192", "2"],
               ["CG-05", "Majlis cabinet", "Smoked oak / brass", "1", "96", "1"],
               ["CG-07", "Vanity unit with travertine top", "Smoked oak", "1", "96", "1"]]),
    ("p", "This PO is for the mock-up villa. Please deliver to the AlUla site compound by 15 August 2024, DAP, "
          "and send the packing list one week before loading."),
    ("p", "Faisal Al-Otaibi, Procurement Lead"),
], author="Najd Hospitality Development")
case("p48_ffe_extract_total_column", ["RG001", "RG003", "RG004", "RG005"],
     "mock-up PO's FF&E extract shows totals for 96 villas beside the mock-up quantities with no hold, no unlock event, no release person",
     [("FFE_extract_NHD-PO-2344.docx", p48)])

# ---- p49: hold until further notice, release authority named, no event
p49_txt = T("""
    Hi Emre,

    PO PHP-7830 is attached in our portal. It covers 2 prototype sofas SF-12 for the Halcyon lobby
    only.

    The remaining 46 sofas are on hold until further notice - please don't start them or buy
    material for them.

    Release authority for this project sits with Carl Whitfield, VP Purchasing; he is your contact
    for anything bulk-related.

    Thanks,
    Megan
    """) + SIG_MEGAN
case("p49_hold_until_further_notice", ["RG004"],
     "2 prototypes released, 46 'on hold until further notice' - no unlock event; Carl Whitfield named as release authority",
     [("PHP-7830_SF-12.eml", E(mail(MEGAN, EMRE, "PO PHP-7830 - SF-12 lobby sofa prototypes", dt(2024, 6, 20, 9, 30, -4), p49_txt,
                                    html=text_html(p49_txt), cc=CARL)))])

# ---- p50: PO note: sample chairs, no quantity, hold + event, release by "our office"
p50 = T("""
    PO TH-PO-0830 - NOTE TO SUPPLIER
    Supplier: Meblex Sp. z o.o. (vendor 100482)
    Project : Kestrel House Hotel - brasserie, chair BC-31

    Please produce the sample chairs for the brasserie in the agreed oak stain W-7 and
    COM (Halden Wool col. 0140, shipped by us).

    Bulk is on hold until the samples are signed off at the hotel and our office issues
    a written production release. Do not buy material for bulk.

    Delivery of samples: DAP Edinburgh, week 30.
    Thistle FF&E Services Ltd - purchasing
    """)
case("p50_po_note_samples_our_office", ["RG005", "RG010"],
     "PO note authorizes 'the sample chairs' without a number; bulk held until sign-off and a release by 'our office' (no named person)",
     [("TH-PO-0830_note.txt", p50)])

# ---- p51: "finance released the PO ... the order is now released" + production release
p51_txt = T("""
    Dear Ayse Hanim,

    Good news: finance released PO NHD-PO-2371 rev 1 today (SAR 2,140,000), so the order is now
    released.

    The production release for the 96 villa majlis sets will follow from Eng. Abdullah Al-Harbi,
    Project Director, after the mock-up majlis set is signed off at AlUla. Until then only the
    mock-up majlis set (1 set) is released for production; the 96 villa sets are on hold.

    Regards,
    Faisal
    """) + SIG_FAISAL
case("p51_finance_released_po", ["RG009"],
     "'released' used for the PO by finance (commercial) and for production release in the same mail",
     [("NHD-PO-2371_rev1.eml", E(mail(FAISAL, AYSE, "PO NHD-PO-2371 rev 1 - majlis seating MJ-04", dt(2024, 7, 8, 14, 0, 3), p51_txt)))])


# =================================================================== build
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem)
        folder = f"h39_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
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
