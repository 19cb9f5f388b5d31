#!/usr/bin/env python3
"""Generator for the releasegate check_holdout89 corpus (commercial kitchen equipment).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout89/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps). Case folders are shuffled with seed 8989 and named
h89_NN_<first-file-stem>; the descriptive names (c.. clean, p.. positive) live only here.
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
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
pdfmetrics.registerFont(TTFont("VeraBd", "VeraBd.ttf"))
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
    # Vera ships with reportlab and covers Turkish/Nordic/Italian letters (İ ş ğ å ä à €)
    for st in ("BodyText", "Code"):
        ss[st].fontName = "Vera"
    for st in ("Title", "Heading2"):
        ss[st].fontName = "VeraBd"
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
    if html == "auto":
        html = txt2html(text)
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = msgid or f"<h89-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h89")
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




def chat(lines, style="wa"):
    """lines: list of (date, time, sender, text). style 'wa' = WhatsApp export, 'wc' = WeChat-like."""
    out = []
    for d, t, who, text in lines:
        if style == "wa":
            first, *rest = text.split("\n")
            out.append(f"{d}, {t} - {who}: {first}")
            out.extend(rest)
        else:
            out.append(f"{who}  {d} {t}")
            out.append(text)
            out.append("")
    return "\n".join(out) + "\n"


def txt2html(text):
    """Simple HTML alternative for a plain-text mail body (paragraphs, line breaks kept)."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    body = "\n".join("<p>" + escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + body + "\n</body></html>\n"


def quote_lines(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


# =================================================================== CASES
# ------------------------------------------------------------------ CLEAN (batch 1)

# c01: supplier quote with sample and production tiers, no authorisation in the bundle
case("c01_quote_tiers", [],
     "Supplier quote alone: sample 2 and production 120 tiers, no authorized quantity, no roll-over promise",
     [("BI-Q-24-0412_rev1.pdf", pdf([
         ("h1", "BURSA INOX ENDÜSTRİYEL MUTFAK LTD. ŞTİ."),
         ("p", "Nilüfer OSB, 16140 Nilüfer / Bursa, Türkiye · Tel +90 224 411 0000 · export@bursainox.com.tr"),
         ("h", "QUOTATION No. BI-Q-24-0412 rev 1"),
         ("p", "Date: 08.04.2024. Customer: Hearth & Ember Restaurants Ltd, 14 Wellington Street, Leeds LS1 4DL, "
               "United Kingdom. Attn: Mr. Tom Hartley (Development Chef), Ms. Sarah Whitworth (Procurement)."),
         ("p", "Subject: Wall benches with upstand and undershelf for store roll-out 2024/25"),
         ("table", [["Pos.", "Description", "Qty", "Unit price (GBP)", "Amount (GBP)"],
                    ["1", "Show sample – wall bench 1800 x 700 x 900 mm, top 1.2 mm AISI 304, brushed No.4 finish, "
                          "100 mm upstand, 0.9 mm undershelf, adjustable feet", "2", "612.00", "1,224.00"],
                    ["2", "Production – same as pos. 1, for store roll-out", "120", "438.00", "52,560.00"]]),
         ("sp",),
         ("p", "Notes:"),
         ("p", "1. Prices EXW Bursa, packed on export pallets with corner protection. Container consolidation "
               "with your other Bursa-region suppliers is possible at our yard."),
         ("p", "2. Sample lead time: 3 weeks after receipt of your purchase order for the show samples."),
         ("p", "3. Production lead time: 6 weeks after your written production release, for the quantity you "
               "release. Pos. 2 is a price tier for your planning."),
         ("p", "4. Non-powered benches: no UKCA marking applies. Material certificate EN 10204 3.1 supplied "
               "with each lot. Welds TIG, ground and re-grained to No.4."),
         ("p", "5. Validity 30 days. Payment: 30% advance, balance before loading."),
         ("sp",),
         ("p", "Best regards, Emre Yıldız, Export Sales Manager"),
     ], title="Quotation BI-Q-24-0412", author="Bursa Inox"))])

# c02: full-quantity PO, "proceed" scoped to the full 36 pcs, no balance
case("c02_full_po_proceed", [],
     "Full-quantity PO for 36 hotel pans; 'proceed with manufacture of all 36' is scoped; no balance exists",
     [("LFC-40102.pdf", pdf([
         ("h1", "PURCHASE ORDER LFC-40102"),
         ("p", "Lakeshore Foodservice Contractors, Inc. · 2200 W Fulton St, Chicago, IL 60612 · (312) 555-0188"),
         ("p", "Supplier: Chennai Steelcraft Kitchen Systems Pvt Ltd, SIDCO Industrial Estate, Ambattur, "
               "Chennai 600098, India. Vendor no. 30417."),
         ("p", "PO date: 03/18/2024. Incoterms: FOB Chennai. Ship to: Lakeshore Central Commissary, "
               "2200 W Fulton St, Dock 4. Required on dock: 06/14/2024."),
         ("table", [["Line", "Item", "Description", "Qty", "UOM", "Unit USD", "Ext. USD"],
                    ["10", "LFC-HP-11-4", "Full-size hotel pan 12\" x 20\" x 4\" deep, 22 ga 304 SS, "
                                          "anti-jam, NSF/ANSI 2", "24", "EA", "14.80", "355.20"],
                    ["20", "LFC-HP-12-6", "Half-size hotel pan 6\" deep, 22 ga 304 SS, NSF/ANSI 2",
                     "12", "EA", "11.20", "134.40"],
                    ["", "", "Total", "36", "", "", "489.60"]]),
         ("sp",),
         ("p", "Scope: this purchase order is for the full quantity shown, 36 pcs in total. Please proceed with "
               "manufacture of all 36 pcs. There is no option quantity and no further balance on this order."),
         ("p", "Marking: NSF mark and 'Made in India' stamped on each pan. Nest in cartons of 6, master carton "
               "labelled with PO and line number."),
         ("p", "Terms: Net 60 from receipt of goods. Lakeshore standard terms LFC-T-2023 apply."),
         ("p", "Issued by: Jenna Morales, Buyer, jmorales@lakeshorefsc.com"),
     ], pagesize=LETTER, title="PO LFC-40102", author="Lakeshore"))])

# c03: sample PO with the full scope note (EML multipart/alternative)
_c03_txt = """Dear Ms. Chen,

Thank you for your time at Gulfood. As discussed, please find our purchase order for the show
samples below.

PO SAF-PO-2024-0311
Item: 2-drawer refrigerated base, 1400 mm, GN 1/1 drawers, R290, AISI 304 exterior, brushed No.4
Quantity now: 2 (two) units - show samples for our Dubai Hills test kitchen
Unit price: USD 1,385.00 FOB Ningbo, per your quote NH-Q-0925

Scope of this PO - please read carefully:
- Only the 2 show samples are authorised for production now.
- Your quote NH-Q-0925 also lists 46 units for our 2024 openings. Those 46 units are not
  released. Please do not start them and do not buy compressors or sheet for them.
- Material authority: sample-only (material for the 2 units).
- What unlocks the 46: our Executive Chef, Rami Khoury, signs off both show samples in writing
  after a two-week kitchen trial. After that, the 46 can be released only by a written release
  from me.
- The 46 is a forecast for our 2024 openings, not a firm quantity.

Please confirm this scope in your acknowledgement. CE marking and the R290 charge label are
required on both units; ship by LCL to Jebel Ali, consignee details in the attached sheet to follow.

Kind regards,""" + sig("Layla Mansour", "Procurement Manager", "Saffron Table Restaurants LLC, Al Quoz 3, Dubai, UAE",
                       "+971 4 555 0142")
_c03_html = html_page("PO SAF-PO-2024-0311", """<p>Dear Ms. Chen,</p>
<p>Thank you for your time at Gulfood. As discussed, please find our purchase order for the show samples below.</p>
<table><tr><th>PO</th><td>SAF-PO-2024-0311</td></tr>
<tr><th>Item</th><td>2-drawer refrigerated base, 1400 mm, GN 1/1 drawers, R290, AISI 304 exterior, brushed No.4</td></tr>
<tr><th>Quantity now</th><td>2 (two) units &ndash; show samples for our Dubai Hills test kitchen</td></tr>
<tr><th>Unit price</th><td>USD 1,385.00 FOB Ningbo, per your quote NH-Q-0925</td></tr></table>
<div class="note"><b>Scope of this PO &ndash; please read carefully:</b><ul>
<li>Only the 2 show samples are authorised for production now.</li>
<li>Your quote NH-Q-0925 also lists 46 units for our 2024 openings. Those 46 units are not released. Please do not start them and do not buy compressors or sheet for them.</li>
<li>Material authority: sample-only (material for the 2 units).</li>
<li>What unlocks the 46: our Executive Chef, Rami Khoury, signs off both show samples in writing after a two-week kitchen trial. After that, the 46 can be released only by a written release from me.</li>
<li>The 46 is a forecast for our 2024 openings, not a firm quantity.</li></ul></div>
<p>Please confirm this scope in your acknowledgement. CE marking and the R290 charge label are required on both units; ship by LCL to Jebel Ali, consignee details in the attached sheet to follow.</p>
<p>Kind regards,<br>Layla Mansour<br>Procurement Manager<br>Saffron Table Restaurants LLC, Al Quoz 3, Dubai, UAE<br>+971 4 555 0142</p>""")
case("c03_sample_po_full_scope", [],
     "Sample PO: 2 active, 46 not released, unlock = chef sign-off + written release by named sender, sample-only material",
     [("SAF-PO-2024-0311.eml", eml_bytes(mail(
         "Layla Mansour <layla.mansour@saffrontable.ae>", "Chen Jing <sales3@nbhaitai-catering.com>",
         "PO SAF-PO-2024-0311 - 2 show samples, refrigerated drawer base (GN 1/1)",
         "Mon, 11 Mar 2024 10:05:00 +0400", _c03_txt, html=_c03_html,
         cc="Rami Khoury <rami.khoury@saffrontable.ae>")))])

# c04: WhatsApp - supplier asks about go-ahead, buyer answers with a scoped authorisation
case("c04_chat_goahead_question", [],
     "Supplier's go-ahead question; buyer answers 1 first-off only, 59 not released, consultant sign-off then his written release",
     [("WhatsApp Chat - AlNoor Ege JBR hoods.txt", chat([
         ("14/05/2024", "09:58", "Emre Doğan (Ege Paslanmaz)", "Good morning Omar bey. Drawing AN-JBR-H01 rev D received, thank you 🙏"),
         ("14/05/2024", "10:02", "Emre Doğan (Ege Paslanmaz)", "One question. We see PO ANH-24-0588 for the first-off canopy. Do we have go ahead for all 60 hoods of JBR towers, or only the first-off? Our planning want to book the laser"),
         ("14/05/2024", "10:11", "Omar Haddad (Al Noor)", "Morning Emre. Only the first-off canopy, 1 unit."),
         ("14/05/2024", "10:11", "Omar Haddad (Al Noor)", "The other 59 are NOT released. Don't book laser or sheet for them."),
         ("14/05/2024", "10:13", "Omar Haddad (Al Noor)", "First-off goes to site, the MEP consultant (Hill Intl) does the sign-off after the site survey on the 28th. After that I send the written release for the 59 myself. Nothing before that."),
         ("14/05/2024", "10:20", "Emre Doğan (Ege Paslanmaz)", "Understood. Only 1 unit now, 59 waiting your written release after consultant sign-off. Thank you Omar bey"),
         ("14/05/2024", "10:21", "Omar Haddad (Al Noor)", "Also pls send packing list for the first-off, it goes in the Jebel Ali container 6 June"),
         ("14/05/2024", "10:24", "Emre Doğan (Ege Paslanmaz)", "<Media omitted>"),
         ("14/05/2024", "10:24", "Emre Doğan (Ege Paslanmaz)", "Packing list draft. 1 crate 2650x1400x900, 186 kg gross"),
         ("14/05/2024", "10:30", "Omar Haddad (Al Noor)", "Thanks"),
     ]))])

# c05: HTML supplier portal - labelled forecast
case("c05_portal_forecast", [],
     "Rolling forecast page clearly labelled non-binding, no production or material authority",
     [("redline_supplier_portal_wk23.html", html_page("Redline Supplier Portal - Rolling forecast", """
<h2>Redline Hospitality Group &middot; Supplier Portal</h2>
<p>Supplier: <b>Guangzhou Jinbao Stainless Products Co., Ltd.</b> (vendor 20911) &middot; Generated 2024-06-03 07:00 CDT</p>
<h3>Rolling 6-month forecast &mdash; FOR PLANNING ONLY</h3>
<div class="note">This page is a <b>forecast</b>. It is not a purchase order, not a production release and not a
material authority. Quantities may change every week as our opening programme moves. Do not build or buy
material against this page. Work is authorised only by a purchase order together with a written production
release that names the quantity.</div>
<table>
<tr><th>Item</th><th>Description</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Oct</th><th>Nov</th><th>Dec</th></tr>
<tr><td>RHG-WT-7230</td><td>Worktable 72" x 30", 16 ga 304 top, galv. undershelf</td><td>18</td><td>24</td><td>12</td><td>30</td><td>24</td><td>6</td></tr>
<tr><td>RHG-WS-4812</td><td>Wall shelf 48" x 12", 18 ga 304</td><td>36</td><td>48</td><td>24</td><td>60</td><td>48</td><td>12</td></tr>
<tr><td>RHG-HD-10</td><td>10 ft exhaust hood, 18 ga 430, UL 710 filters</td><td>3</td><td>4</td><td>2</td><td>5</td><td>4</td><td>1</td></tr>
</table>
<p>Basis: 2024 store opening plan rev 7 (Dallas, Phoenix, Tampa, Charlotte). Forecast accuracy last quarter: 71%.</p>
<p>Questions: supplierdesk@redlinehg.com &middot; Portal help: x4410</p>
"""))])

# c06: DOCX call-off with explicit staged material authority above the released quantity
case("c06_calloff_staged_material", [],
     "Call-off releases 20 of 200, balance 180 not released, staged material authority up to 80, next call-off by named manager",
     [("CCS-CO-FA0724-01.docx", docx_bytes([
         ("h1", "Castlegate Catering Services Ltd - Call-off Order"),
         ("p", "Call-off CCS-CO-FA0724-01 under frame agreement FA-2024-07"),
         ("p", "Supplier: Foshan Shunde Hengli Kitchen Equipment Co., Ltd., Ronggui, Shunde, Foshan, Guangdong, China"),
         ("p", "Part: HL-BH-110 cast-iron burner head, 110 mm, with brass injector seat, for CCS six-burner "
               "range (drawing CCS-DRG-2231 rev F). UKCA/CE gas appliance conformity via the range OEM."),
         ("table", [["", "Quantity (pcs)"],
                    ["Frame agreement quantity (forecast basis)", "200"],
                    ["Released by this call-off", "20"],
                    ["Balance on hold - not released", "180"],
                    ["Material authority (staged)", "up to 80"]]),
         ("sp",),
         ("p", "What to do now: cast, machine and test the 20 pcs released above. Ship with the July "
               "container consolidation from Foshan."),
         ("p", "Material authority: you may buy and hold pig iron and brass bar for up to 80 pcs at "
               "Castlegate's liability. Nothing beyond 80 pcs is covered. This does not release any "
               "production beyond the 20 pcs."),
         ("p", "Balance: the remaining 180 pcs are not released. They are released only by a further written "
               "call-off, which will be issued by Gareth Pugh, Category Manager, after lot acceptance of these "
               "20 pcs at our Swindon distribution centre."),
         ("p", "Authorised signatory: Gareth Pugh, Category Manager - Equipment, 12 June 2024"),
     ], author="Gareth Pugh"))])

# c07: PDF with an explicit, recorded auto-conversion
case("c07_explicit_autoconversion", [],
     "Explicit recorded auto-conversion naming 24 units, the signer and the condition; remaining 95 on hold, named releaser",
     [("SMF-PO-2024-0142_revB.pdf", pdf([
         ("h1", "Inköpsorder / Purchase Order SMF-PO-2024-0142 rev B"),
         ("p", "Smakfabriken Restauranger AB · Sveavägen 44, 111 34 Stockholm · org.nr 556712-0000"),
         ("p", "Supplier: Inox Veneta S.r.l., Via dell'Industria 18, 31050 Villorba (TV), Italia"),
         ("p", "Part: stand for 10 x GN 1/1 combi oven, AISI 304, 1.5 mm legs 40 x 40, runners for GN 1/1, "
               "drawing SMF-RS-1010 rev 4. CE marking per Machinery Directive not applicable (no moving parts)."),
         ("table", [["Line", "Scope", "Qty", "Status"],
                    ["1", "First-off unit", "1", "Released - build now"],
                    ["2", "Production, first tranche", "24", "Released automatically on first-off sign-off (see below)"],
                    ["3", "Production, remainder", "95", "Not released - on hold"]]),
         ("sp",),
         ("h", "Auto-conversion (agreed and recorded on this revision B, 4 March 2024)"),
         ("p", "When Chef Lina Ek, Head of Culinary Development, signs the first-off sign-off form SMF-F12 for the "
               "first-off stand without open points, line 2 (24 stands) is released by that signature alone. "
               "No other event releases line 2. An interim or conditional sign-off does not trigger it."),
         ("h", "Remainder"),
         ("p", "Line 3 (95 stands) stays on hold. It is released only by a separate written release from Johan "
               "Berg, Inköpschef, after the 24 stands have passed lot acceptance at our Årsta warehouse."),
         ("p", "Material authority: material for lines 1 and 2 only (25 stands)."),
         ("p", "Betalningsvillkor / payment: 30 dagar netto. Leverans: DAP Årsta."),
         ("p", "Signed: Johan Berg, Inköpschef"),
     ], title="SMF-PO-2024-0142 rev B", author="Smakfabriken"))])

# c08: supplier says the deposit does not release production
_c08_quoted = """On Mon, 22 Apr 2024 at 16:40, Dana Whitfield <dwhitfield@redlinehg.com> wrote:
Hi Ashok,
Deposit of USD 1,950.00 for the sample units on PO RHG-5512 went out this afternoon, TT copy attached.
Let me know when the three samples are on the water.
Dana"""
case("c08_deposit_not_release", [],
     "Supplier confirms deposit received and states the deposit does not release production; only 3 samples, 57 wait for written release",
     [("RE_PO_RHG-5512.eml", eml_bytes(mail(
         "Ashok Kulkarni <ashok@shreeganeshss.in>", "Dana Whitfield <dwhitfield@redlinehg.com>",
         "RE: PO RHG-5512 deposit", "Tue, 23 Apr 2024 09:15:00 +0530",
         """Dear Ms. Dana,

Good morning. We have received the deposit of USD 1,950.00 today, thank you very much.

Kindly note for our records: the deposit does not release production. We are making only the
3 (three) sample units of the 60" pass-through shelf on PO RHG-5512. The balance of 57 units in
our quotation SG/Q/24/118 will not be started, and no material will be bought for it, until we
receive your written release after the sample sign-off by your culinary team, as your PO says.

Samples are in polishing now; expected sea shipment from Nhava Sheva on 10 May, ETA Houston
around 12 June. Packing: wooden crate, fumigated, ISPM-15.

Thanks and regards,
Ashok Kulkarni
Export Manager
Shree Ganesh Stainless Fabricators Pvt Ltd, Chakan MIDC, Pune 410501
+91 20 5555 0190

""" + quote_lines(_c08_quoted),
         in_reply_to="<rhg-5512-dep@redlinehg.com>")))])

# c09: supplier acknowledgement that restates the hold (EML + PDF attachment)
_c09_pdf = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT OA-2405-118"),
    ("p", "Siam Steel Kitchen Co., Ltd. · 88/12 Moo 4, Bang Phli Industrial Estate, Samut Prakan 10540, Thailand"),
    ("p", "Customer: Lion City Kitchen Solutions Pte Ltd, 21 Kaki Bukit Road 3, Singapore 417803"),
    ("p", "Your PO: LCKS-24-0077 dated 2 May 2024"),
    ("table", [["Item", "Description", "Qty acknowledged", "Scope"],
               ["1", "Sink table 1500 x 700 mm, single bowl right, 1.2 mm SUS304, No.4, 150 mm splashback",
                "2", "Show samples"],
               ["-", "Balance of quotation SSK-Q-6602", "38", "Not released - no work, no material"]]),
    ("sp",),
    ("p", "We acknowledge the scope of your PO as written: we build the 2 (two) show samples only. "
          "The balance of 38 units is not released; we will not start it or buy material for it. "
          "It can be released only by a written release from Ms. Goh Wei Ling after the show samples "
          "are signed off by Chef Tan Boon Huat."),
    ("p", "Delivery of samples: 24 May 2024, by truck via Padang Besar to your Kaki Bukit store."),
    ("p", "Acknowledged by: Pimchanok Srisuk, Sales Coordinator"),
], title="OA-2405-118", author="Siam Steel Kitchen")
case("c09_supplier_ack_restates_hold", [],
     "Supplier acknowledgement restating 2 samples only, 38 not released, unlock by named release person after chef sign-off",
     [("OA-2405-118.eml", eml_bytes(mail(
         "Pimchanok Srisuk <pimchanok@siamsteelkitchen.co.th>", "Goh Wei Ling <weiling.goh@lionckitchen.com.sg>",
         "Order Acknowledgement OA-2405-118 / your PO LCKS-24-0077", "Fri, 03 May 2024 14:22:00 +0700",
         """Dear Khun Wei Ling,

Please find attached our order acknowledgement for PO LCKS-24-0077 (2 show samples, sink table).
We confirm the scope as in your PO, see the note on the acknowledgement.

Have a nice weekend ka.

Best regards,
Pimchanok Srisuk
Sales Coordinator, Siam Steel Kitchen Co., Ltd.
Tel +66 2 555 0133 | Line: ssk_pim
""", attachments=[("OA-2405-118.pdf", _c09_pdf, PDF_MT)])))])

# c10: "sample approved for fit check only; production not released"
case("c10_fitcheck_only", [],
     "Technical disposition scoped to fit check; nothing beyond 2 samples authorised; 118 on hold until full sign-off and named written release",
     [("HE-24-0456 show sample benches.eml", eml_bytes(mail(
         "Tom Hartley <tom.hartley@hearthandember.co.uk>", "Emre Yildiz <emre.yildiz@bursainox.com.tr>",
         "Fit check - show sample benches (PO HE-24-0456)", "Thu, 16 May 2024 17:48:00 +0100",
         """Hi Emre,

Quick update from the Leeds test kitchen. We put both show-sample wall benches in on Tuesday
next to the new combi and the fryer suite.

Sample approved for fit check only - production not released.

Height, depth and the upstand all line up with the wall tiles, and the undershelf clears the
kick-plate on the fryers. Two things are still open before we can do the full sample sign-off:
- weld discolouration on the left rear corner of bench 2 (photo 4) - please tell us how you
  will re-grain it on production units;
- adjustable feet: we need the 150 mm stainless version, not the plastic ones.

So nothing beyond the 2 samples is authorised. The 118 production benches stay on hold until
the full sample sign-off is done and Sarah Whitworth (Head of Procurement) sends you a written
release. Please don't buy sheet for them yet.

Cheers,
Tom

Tom Hartley | Development Chef
Hearth & Ember Restaurants Ltd | 14 Wellington Street, Leeds LS1 4DL
07700 900 418

This email and any attachments are confidential and intended solely for the addressee.
Hearth & Ember Restaurants Ltd, registered in England and Wales no. 08123456.
""", cc="Sarah Whitworth <sarah.whitworth@hearthandember.co.uk>")))])

# c11: full-quantity PO full of identifiers that look like quantities
case("c11_identifiers_full_po", [],
     "Full-quantity PO for 8 hoods; part numbers, drawing rev, EN/ISO norms, dimensions and site numbers are not quantities",
     [("NKP-PO-1500-0824.pdf", pdf([
         ("h1", "Northbank Kitchen Projects Ltd - Purchase Order"),
         ("p", "PO no. NKP-PO-1500-0824 · Date 09/08/2024 · Unit 1500, Trafford Park, Manchester M17 1PZ"),
         ("p", "Supplier: Bangna Metalworks Co., Ltd., 299 Moo 12, Bangna-Trad Km 23, Samut Prakan 10540, Thailand"),
         ("table", [["Line", "Part no.", "Description", "Drawing", "Qty", "Unit GBP"],
                    ["1", "3040-1200-600", "Wall canopy 3040 x 1200 x 600 mm, 1.2 mm 304 No.4, "
                                           "5 x 500 x 500 baffle filters, 2 x LED 1200 lm",
                     "NKP-7100 Rev 12", "8", "1,180.00"]]),
         ("sp",),
         ("p", "Standards: EN 1672-2:2020 hygiene requirements; DW/172 for kitchen ventilation; supplier "
               "QMS to ISO 9001:2015. Weld seams continuous, liquid-tight gutter, 2 x 1/2\" BSP drain taps."),
         ("p", "This order is for the full quantity: 8 (eight) canopies for the Manchester Piccadilly food hall "
               "package, site ref 2500-B. There is no balance and no option quantity."),
         ("p", "Delivery: CIF Felixstowe, week 41. Consolidate with our container NKP-C-0917 at your Bangna yard."),
         ("p", "Payment: 60 days from B/L date. Our PO number must appear on every crate."),
         ("p", "Authorised signatory: Claire Benson, Purchasing Manager"),
     ], title="NKP-PO-1500-0824", author="Northbank"))])

# c12: release email with an old quote forwarded as message/rfc822, 480 declared informational
_c12_old = mail("Vivian Huang <vivian@gzjinbao-steel.com>", "Mike Donnelly <mdonnelly@keystonekitchen.com>",
                "Quotation JB-Q-2023-1187 dish tables", "Wed, 11 Oct 2023 11:30:00 +0800",
                """Dear Mike,

Attached please find our quotation JB-Q-2023-1187 for soiled / clean dish tables.

Item A  Soiled dish table 60" left-to-right, 16 ga 304, 3" splash, pre-rinse basin
        Qty 24 pcs  USD 412.00 / pc
        Qty 480 pcs USD 336.00 / pc
Item B  Clean dish table 48", 16 ga 304
        Qty 24 pcs  USD 298.00 / pc
        Qty 480 pcs USD 241.00 / pc

Drawing refs: JB-DT-60L rev 3, JB-DT-48C rev 2. NSF certified. Packing: 1 pc / carton.
Price valid 60 days. FOB Nansha.

Best regards,
Vivian Huang
Guangzhou Jinbao Stainless Products Co., Ltd.
""")
case("c12_forwarded_old_quote", [],
     "Full-quantity PO of 24; forwarded 2023 quote's 480 tier explicitly declared informational and not released",
     [("KKS-PO-8830 dish tables Columbus.eml", eml_bytes(mail(
         "Mike Donnelly <mdonnelly@keystonekitchen.com>", "Vivian Huang <vivian@gzjinbao-steel.com>",
         "KKS-PO-8830 dish tables - Columbus store package", "Tue, 07 May 2024 08:20:00 -0400",
         """Hi Vivian,

Our PO KKS-PO-8830 is in the portal now: 12 soiled dish tables (item A) and 12 clean dish
tables (item B), 24 pcs in total, for the Columbus, OH store package. That is the whole
quantity on this order and it is authorized now - please build all 24.

I'm forwarding your old 2023 quote below for the drawing references only. The 480 pcs price
tier in it is informational and not released; there is no production balance on this PO.

NSF stickers on every table please, and one carton per table as before. Target FOB Nansha
date is June 21 so it can ride with the Canton Road consolidation.

Thanks,
Mike
--
Mike Donnelly | VP Supply Chain | Keystone Kitchen Supply, Inc.
1450 Lincoln Hwy, Lancaster, PA 17602 | (717) 555-0166
""", attachments=[("rfc822", _c12_old)])))])

# c13: buyer reply corrects a quoted supplier assumption of auto-conversion
_c13_supplier = """From: Lisa Zhou <lisa.zhou@hengli-kitchen.cn>
Sent: Sunday, 19 May 2024 15:02
Subject: RE: PO FK-2024-219 sample burners

Dear Rashid,

The 4 sample burner heads will finish casting on Tuesday. After your side approve the sample we
will go directly to mass production of the 196 pcs to catch the container on 20 June, please
kindly note.

Best regards
Lisa Zhou"""
case("c13_buyer_corrects_quoted_autoconv", [],
     "Quoted supplier message assumes roll-over; buyer's reply (the authorization) corrects it: 4 only, 196 on hold, sign-off + named written release",
     [("RE_ PO FK-2024-219 sample burners.eml", eml_bytes(mail(
         "Rashid Qureshi <rashid.q@falconkitchens.ae>", "Lisa Zhou <lisa.zhou@hengli-kitchen.cn>",
         "RE: PO FK-2024-219 sample burners", "Mon, 20 May 2024 08:35:00 +0400",
         """Dear Lisa,

No - please do not plan it that way.

Sample sign-off does not release anything. Only the 4 sample burner heads on PO FK-2024-219 are
released. The 196 pcs stay on hold until Eng. Khalid Al Mansoori has signed off the samples after
the gas test at our Mussafah workshop, AND I have sent you a written release for the 196. If that
misses the 20 June container, we will take the next one.

Please also do not book castings or brass for the 196 yet.

Regards,
Rashid Qureshi
Procurement Lead | Falcon Kitchens Trading LLC | Mussafah M-37, Abu Dhabi, UAE
+971 2 555 0178

""" + quote_lines(_c13_supplier), in_reply_to="<h89-fk219-lz@hengli-kitchen.cn>")))])

# c14: PDF interim disposition with quantity and expiry limits, release within them
case("c14_interim_disposition", [],
     "Interim sample disposition limited to 30 units / 30 Sep; Release R-2 of 30 within it; balance 90 on hold, named people",
     [("RHG-R2-ISD07.pdf", pdf([
         ("h1", "Release R-2 and interim sample disposition ISD-07"),
         ("p", "Redline Hospitality Group · 5901 Legacy Dr, Plano, TX 75024"),
         ("p", "Supplier: Ningbo Haitai Catering Equipment Co., Ltd. · PO RHG-6044 · Part RHG-FW-18: "
               "fry-station dump shelf with heat lamp bracket, 18 ga 304, drawing RHG-D-6044 rev B"),
         ("h", "1. Sample disposition"),
         ("p", "The 4 samples were reviewed on 14 June 2024. Disposition: interim. The heat-lamp bracket hole "
               "pattern is accepted as built; the drain lip radius deviates from drawing rev B and is "
               "accepted as a deviation for a limited quantity only."),
         ("table", [["Interim limit", "Value"],
                    ["Quantity limit", "30 units"],
                    ["Expiry", "30 September 2024"],
                    ["Condition", "drain lip radius R3 instead of R6, all other features to rev B"]]),
         ("sp",),
         ("h", "2. Release R-2"),
         ("p", "Release R-2: 30 units are released for production under the interim disposition above, "
               "authorized by Dana Whitfield, Director of Procurement."),
         ("p", "Balance: 90 units of the 120 production quantity are not released. They can be released only "
               "after a full sample sign-off by Mark Alvarez (Culinary Engineering) on units built to rev B, and "
               "a written release from Dana Whitfield."),
         ("p", "Material authority: material for the 30 released units only."),
         ("p", "Dana Whitfield, Director of Procurement · Mark Alvarez, Culinary Engineering"),
     ], pagesize=LETTER, title="Release R-2", author="Redline"))])

# c15: TXT ERP printout, full-quantity PO, balance zero
case("c15_erp_full_po", [],
     "ERP printout of a standard full-quantity PO for 12 shelves, balance 0, no other quantity",
     [("PO_CCS-4500021877.txt", """CASTLEGATE CATERING SERVICES LTD                      PURCHASE ORDER
Unit 7, Kembrey Park, Swindon SN2 8UY                 PAGE 1 OF 1
==========================================================================
PO NUMBER : 4500021877          PO TYPE : NB STANDARD - FULL QTY
PO DATE   : 02.07.2024          BUYER   : G.PUGH  (GP04)
VENDOR    : 300518 CHENNAI STEELCRAFT KITCHEN SYSTEMS PVT LTD
            SIDCO IND EST, AMBATTUR, CHENNAI 600098, IN
INCOTERMS : FOB CHENNAI         PAYMENT : Z060  60 DAYS NET
CURRENCY  : GBP
--------------------------------------------------------------------------
ITM  MATERIAL        DESCRIPTION                     QTY  UN   PRICE   NET
--------------------------------------------------------------------------
010  CCS-PS-1800-2   PASS-THROUGH SHELF 1800MM 2-TIER  12  EA  96.50 1158.00
                     1.0MM 304 NO.4, HEAT-LAMP CUT-OUTS
                     DRG CCS-DRG-1800 REV 3
--------------------------------------------------------------------------
ORDER QTY TOTAL :   12 EA       ORDER VALUE :  1158.00 GBP
OPEN BALANCE    :    0 EA
--------------------------------------------------------------------------
HEADER TEXT:
 FULL ORDER QTY 12 EA - NO BALANCE, NO OPTION QTY.
 MAKE AND SHIP ALL 12 EA. UKCA NOT REQUIRED (NON-POWERED).
 DELIVERY DAP SWINDON WK 36. PACK 2 PER CRATE.
==========================================================================
PRINTED 02.07.2024 11:04  USER GPUGH   SAP MM / ME9F
""")])

# ------------------------------------------------------------------ CLEAN (batch 2)

# c16: DOCX technical specification with tables, no authorisation
case("c16_docx_spec_gn", [],
     "Technical specification for GN pans with dimension table; quantities and release explicitly left to POs",
     [("SMF-SPEC-GN-2024.docx", docx_bytes([
         ("h1", "Smakfabriken Restauranger AB - Teknisk specifikation / Technical specification"),
         ("p", "Document SMF-SPEC-GN-2024, issue 3, 15 January 2024. Owner: Oskar Nyberg, Kitchen Design."),
         ("h", "1. Scope"),
         ("p", "Gastronorm containers for all Smakfabriken kitchens (Stockholm, Göteborg, Malmö). This "
               "specification covers material, dimensions, finish and marking only. Quantities, delivery "
               "dates and production release are given only in purchase orders and written releases, "
               "never in this specification."),
         ("h", "2. Material and finish"),
         ("li", "AISI 304 (EN 1.4301), thickness 0.8 mm for GN 1/1 and 2/1, 0.7 mm for GN 1/3 and smaller."),
         ("li", "Reinforced rim, anti-jam corners, stackable, brushed No.4 outside, satin inside."),
         ("li", "Food contact: EU 1935/2004 declaration of compliance with every lot."),
         ("h", "3. Dimensions"),
         ("table", [["Size", "Outer dimensions (mm)", "Depths (mm)", "Tolerance"],
                    ["GN 2/1", "650 x 530", "65 / 100 / 150", "± 1.0"],
                    ["GN 1/1", "530 x 325", "20 / 40 / 65 / 100 / 150 / 200", "± 0.8"],
                    ["GN 1/2", "325 x 265", "65 / 100 / 150", "± 0.8"],
                    ["GN 1/3", "325 x 176", "65 / 100 / 150", "± 0.5"]]),
         ("sp",),
         ("p", "Dimensions to EN 631-1. Flatness of the rim 0.5 mm over 530 mm."),
         ("h", "4. Marking"),
         ("p", "Laser marking on the rim: GN size, depth, 'SMF', batch code YYWW. No adhesive labels."),
         ("h", "5. Sample sign-off"),
         ("p", "New suppliers submit 3 pcs per size for sample sign-off by Kitchen Design. The sample "
               "sign-off is a technical check only; it does not release production."),
     ], author="Oskar Nyberg"))])

# c17: EML call-off with TXT ERP attachment, Swedish number formats
_c17_txt = """NORDKÖK AB                                   AVROP / CALL-OFF
Hisings Backa, Exportgatan 12, 422 46 Göteborg
---------------------------------------------------------------------
AVROP NR    : NK-RA-2211-03        DATUM : 2024-08-19
RAMAVTAL    : NK-RA-2211 (GN 1/1 150 mm, art. 81150)
LEVERANTÖR  : INOX VENETA S.R.L., VILLORBA (TV), IT
---------------------------------------------------------------------
RAMAVTAL KVANTITET (PROGNOS)        :  1 200 st
AVROP 1  (2024-03-04)  LEVERERAT    :    240 st
AVROP 2  (2024-05-27)  LEVERERAT    :    240 st
AVROP 3  (DETTA AVROP) FRISLÄPPT    :    240 st
SUMMA FRISLÄPPT                     :    720 st
SALDO - EJ FRISLÄPPT / NOT RELEASED :    480 st
MATERIALBEHÖRIGHET / MAT. AUTHORITY : ENDAST FRISLÄPPT KVANTITET (720 st)
---------------------------------------------------------------------
NÄSTA AVROP: skriftligt avrop av Erik Sandberg, inköpschef, efter
godkänd ankomstkontroll (lot acceptance) av avrop 3 i Hisings Backa.
---------------------------------------------------------------------
"""
case("c17_calloff_swedish_numbers", [],
     "Call-off 3 releases 240 st (cum. 720 of 1 200); 480 not released; next call-off by named manager after lot acceptance",
     [("Avrop NK-RA-2211-03.eml", eml_bytes(mail(
         "Erik Sandberg <erik.sandberg@nordkok.se>", "Giulia Rossi <g.rossi@inoxveneta.it>",
         "Avrop / call-off NK-RA-2211-03 - GN 1/1 150 mm", "Mon, 19 Aug 2024 08:10:00 +0200",
         """Hej Giulia,

Here is call-off 3 under our frame agreement NK-RA-2211 for the GN 1/1 150 mm containers.

This call-off releases 240 st. With call-offs 1 and 2 that makes 720 st released in total. The
remaining 480 st of the 1 200 st frame quantity (our forecast) are not released. Material: for
the released quantity only.

The next call-off comes from me in writing after lot acceptance of these 240 st at our Hisings
Backa warehouse. Please keep the same pallet pattern as call-off 2 (8 layers, 30 st per layer).

The ERP printout is attached for your files.

Med vänliga hälsningar / best regards,
Erik Sandberg
Inköpschef, Nordkök AB
Exportgatan 12, 422 46 Göteborg | +46 31 555 01 20
""", html="auto", attachments=[("NK-RA-2211-03.txt", _c17_txt, "text/plain")])))])

# c18: WhatsApp (Singapore) - buyer's scoped instruction with all four parts
case("c18_chat_sg_scoped", [],
     "Chat: buyer authorises 2 show samples only; 38 not released; chef sign-off then her own written release",
     [("WhatsApp Chat with Kopi&Co x Siam Steel.txt", chat([
         ("06/02/2024", "11:04", "Nur Aisyah (Kopi & Co)", "Hi Khun Somchai, PO KC-24-0031 sent to your email just now 🙂"),
         ("06/02/2024", "11:05", "Nur Aisyah (Kopi & Co)", "Pls make only the 2 pcs show sample of the kopi counter (drg KC-CT-02 rev B) for Jewel outlet first."),
         ("06/02/2024", "11:05", "Nur Aisyah (Kopi & Co)", "The other 38 counters for the new outlets not released yet ya. Dont buy steel for them."),
         ("06/02/2024", "11:07", "Nur Aisyah (Kopi & Co)", "Once Chef Marcus Lim sign off the show sample at Jewel, I will send the written release for the 38 myself."),
         ("06/02/2024", "11:20", "Somchai P. (Siam Steel)", "Noted khun Aisyah, 2 pcs only. Sample ready 23 Feb, truck to Singapore 26 Feb krub"),
         ("06/02/2024", "11:21", "Nur Aisyah (Kopi & Co)", "Ok thank you! Happy CNY in advance 🧧"),
         ("06/02/2024", "11:25", "Somchai P. (Siam Steel)", "Thank you, same to you 🙏"),
     ]))])

# c19: supplier status report - material for released units only
case("c19_status_report_clean", [],
     "Supplier status report: 2 first-off units done, material for those 2 only, balance untouched awaiting written release",
     [("GJ-status-KKS-9107-wk23.pdf", pdf([
         ("h1", "Production status report - week 23"),
         ("p", "Guangzhou Jinbao Stainless Products Co., Ltd. → Keystone Kitchen Supply, Inc."),
         ("p", "Your PO: KKS-PO-9107 · Item: mobile tray rack, 20 x 18\" x 26\" sheet pans, 304 angle, "
               "5\" casters (2 locking), NSF"),
         ("table", [["", "Qty", "Status"],
                    ["First-off units on PO", "2", "Welded, passivated, QC done 5 June"],
                    ["Material bought", "2 units' worth", "304 angle and casters for 2 units only"],
                    ["Remaining quoted quantity", "118", "Not started, no material bought - waiting for your written release"]]),
         ("sp",),
         ("p", "The 2 first-off racks will go on the 12 June LCL from Nansha, ETA Newark about 20 July."),
         ("p", "We understand the remaining 118 racks can start only after your written release. We will "
               "not buy angle or casters for them before that."),
         ("p", "Prepared by: Vivian Huang, Sales Manager, 6 June 2024"),
     ], title="Status report wk23", author="Guangzhou Jinbao"))])

# c20: HTML procurement portal PO page with lines and scope note
case("c20_portal_po_scope", [],
     "Portal PO: sample line 4 released, production line quoted 96 not released; FAI sign-off then named purchasing manager's written release",
     [("LFC_portal_PO_40288.html", html_page("Lakeshore eProcure - PO LFC-40288", """
<h2>Lakeshore eProcure &middot; Purchase Order LFC-40288</h2>
<p>Supplier: <b>Bangna Metalworks Co., Ltd.</b> &middot; Vendor 30552 &middot; Buyer: Tom Kowalski &middot; Issued 2024-04-09</p>
<table>
<tr><th>Line</th><th>Item</th><th>Scope</th><th>Qty released</th><th>Quoted qty (info)</th><th>Unit USD</th></tr>
<tr><td>1</td><td>LFC-CB-48 chef base 48" for 36" griddle, 2 drawers, 304, NSF/UL</td><td>Sample</td><td>4</td><td>4</td><td>2,140.00</td></tr>
<tr><td>2</td><td>LFC-CB-48 chef base, production</td><td>Production</td><td>0</td><td>96</td><td>1,655.00</td></tr>
</table>
<div class="note"><b>Scope note.</b> Only line 1 (4 sample units) is released. The 96 production units quoted in
BM-Q-24-0311 are not released and are shown for information only. Build the 4 samples and ship them to our
Chicago test kitchen. The 96 can be released only after the first-article (FAI) sign-off by Priya Raman,
Culinary Engineering, and then only by a written release from Tom Kowalski, Purchasing Manager.
Material authority: sample-only. The 96 are a firm quantity subject to that release.</div>
<p>Payment: Net 45. Incoterms: FOB Laem Chabang. UL/NSF listing required before production.</p>
<p><small>Lakeshore eProcure v5.2 &middot; page generated 2024-04-09 14:12 CDT</small></p>
"""))])

# c21: multi-file - sample PO (PDF) + supplier quote (PDF); PO declares the quote's 150 not released
case("c21_multifile_po_quote_clean", [],
     "Bundle PO + quote: PO releases 3 sample trolleys, declares quote's 150 informational and not released, event + named releaser",
     [("CCS-PO-24-2210.pdf", pdf([
         ("h1", "PURCHASE ORDER CCS-PO-24-2210"),
         ("p", "Castlegate Catering Services Ltd · Unit 7, Kembrey Park, Swindon SN2 8UY"),
         ("p", "Supplier: Officine Marchetti S.p.A., Via Venezia 201, 35129 Padova, Italia"),
         ("table", [["Line", "Description", "Qty", "Unit EUR"],
                    ["1", "Mobile racking trolley for 10 x GN 1/1 combi oven, AISI 304, 4 castors, "
                          "drawing OM-RT-1011 rev 2 - SAMPLE", "3", "845,00"]]),
         ("sp",),
         ("p", "Scope: this PO covers 3 (three) sample trolleys only. Please build and ship these 3 now."),
         ("p", "Your quotation OM-2024-118 (attached) also shows 150 production trolleys. That figure is for "
               "information only and is not released. Do not start or buy material for it."),
         ("p", "The 150 can be released only after sample sign-off at our Swindon development kitchen and a "
               "written release from Gareth Pugh, Category Manager."),
         ("p", "Material authority: sample-only. Delivery DAP Swindon. Payment 60 days end of month."),
         ("p", "Authorised signatory: Gareth Pugh"),
     ], title="CCS-PO-24-2210", author="Castlegate")),
      ("OM-2024-118.pdf", pdf([
          ("h1", "OFFICINE MARCHETTI S.p.A. - Offerta / Quotation OM-2024-118"),
          ("p", "Padova, 22/05/2024. Spett.le Castlegate Catering Services Ltd, att. Mr Gareth Pugh"),
          ("table", [["Pos.", "Descrizione / Description", "Q.tà", "Prezzo unit. EUR"],
                     ["1", "Carrello portateglie 10 x GN 1/1 per forno combinato, AISI 304 - campionatura / samples",
                      "3", "845,00"],
                     ["2", "Idem - produzione / production", "150", "612,50"]]),
          ("sp",),
          ("p", "Resa: DAP Swindon. Consegna campioni: 4 settimane da ordine. Produzione: 8 settimane dal "
                "vostro rilascio scritto. Validità offerta: 60 giorni."),
          ("p", "Distinti saluti, Luca Ferraro, Ufficio Commerciale Estero"),
      ], title="OM-2024-118", author="Officine Marchetti"))])

# c22: stop notice with HTML attachment - everything stated
_c22_html = html_page("HE supplier portal - PO HE-24-0588 status", """
<h3>Hearth &amp; Ember supplier portal &middot; PO HE-24-0588</h3>
<table><tr><th>Field</th><th>Value</th></tr>
<tr><td>Order status</td><td><b>STOPPED</b> (stop notice SN-HE-07, 3 June 2024)</td></tr>
<tr><td>Released to date</td><td>6 canopies (complete)</td></tr>
<tr><td>May start now</td><td>0</td></tr>
<tr><td>Balance not released</td><td>54</td></tr>
<tr><td>Stop owner</td><td>Sarah Whitworth, Head of Procurement</td></tr></table>
""")
case("c22_stop_notice", [],
     "Stop notice: 6 done, nothing more may start, 54 not released; lift + later release by named person after York survey",
     [("SN-HE-07.eml", eml_bytes(mail(
         "Sarah Whitworth <sarah.whitworth@hearthandember.co.uk>", "Vivian Huang <vivian@gzjinbao-steel.com>",
         "STOP NOTICE SN-HE-07 - PO HE-24-0588 extraction canopies", "Mon, 03 Jun 2024 07:45:00 +0100",
         """Dear Vivian,

Please treat this as a formal stop on PO HE-24-0588 (extraction canopies for Leeds, York and Hull).

- Released so far: 6 canopies. These are finished; you may pack and ship them as planned.
- Quantity authorised now: none beyond those 6. Nothing more may start, released or not, while
  this stop is in force. Please do not cut, fold or buy sheet for further units.
- The remaining 54 canopies are not released.
- Why: the York site survey found the ceiling void 180 mm lower than the drawings. A revised
  survey is booked for 17 June.
- I will lift this stop in writing once the revised York survey has confirmed the heights. Lifting
  the stop does not release the 54; that will need a separate written release from me.

The portal status page is attached. Sorry for the disruption - I know your laser was booked.

Kind regards,
Sarah Whitworth
Head of Procurement
Hearth & Ember Restaurants Ltd | 14 Wellington Street, Leeds LS1 4DL | 0113 555 0190
""", attachments=[("HE-24-0588-status.html", _c22_html, "text/html")])))])

# c23: full-quantity PO (DOCX, table) with deposit payment terms, no link to production start
case("c23_full_po_deposit_terms", [],
     "Full-quantity DOCX PO for 24 worktables; 30% advance is only a payment term, not a production trigger; no balance",
     [("SAF-PO-2024-0517.docx", docx_bytes([
         ("h1", "Saffron Table Restaurants LLC - Purchase Order SAF-PO-2024-0517"),
         ("p", "Al Quoz Industrial Area 3, Dubai, UAE · TRN 100 2345 6789 0003 · Date: 20 May 2024"),
         ("p", "Supplier: Shree Ganesh Stainless Fabricators Pvt Ltd, Chakan MIDC, Pune 410501, India"),
         ("table", [["Line", "Description", "Qty", "Unit price USD", "Amount USD"],
                    ["1", "Worktable 1800 x 700 x 900 mm, 1.2 mm AISI 304 top, brushed No.4, undershelf, "
                          "100 mm upstand, drawing SAF-WT-1807 rev C", "24", "395.00", "9,480.00"],
                    ["", "Total", "24", "", "9,480.00"]]),
         ("sp",),
         ("p", "Quantity: this PO is for the full 24 units for the Al Barsha, Mirdif and JLT kitchens (8 each). "
               "Please manufacture all 24. There is no balance or option quantity."),
         ("p", "Payment terms: 30% advance against proforma invoice, 70% against copy of Bill of Lading."),
         ("p", "Delivery: CFR Jebel Ali, latest 15 July 2024. Each table labelled with site name. "
               "Dubai Municipality food-contact declaration required."),
         ("p", "Procurement Manager: Layla Mansour"),
     ], author="Layla Mansour"))])

# c24: Italian supplier stages material within an explicit staged authority (quoted buyer release)
_c24_quoted = """Da: Maja Holmqvist <maja.holmqvist@smakfabriken.se>
Inviato: lunedì 8 luglio 2024 09:02
Oggetto: Release 1 + material authority MA-2 - landing tables SMF-LT-900

Hi Luca,
Release 1 on PO SMF-PO-2024-0233: 10 landing tables (SMF-LT-900) are released for production.
The balance of 30 tables is not released. It will be released only by a written release from me
after lot acceptance of these 10 at our Årsta warehouse.
Material authority MA-2: you may buy and hold 1.5 mm AISI 304 sheet for up to 40 tables at
Smakfabriken's liability. This is a material authority only; it releases no production beyond
the 10.
Maja Holmqvist, Inköpare, Smakfabriken Restauranger AB"""
case("c24_staged_within_authority", [],
     "Supplier reserves sheet for 40 within explicit staged authority MA-2 while producing only the 10 released",
     [("R_ Release 1 + MA-2 landing tables.eml", eml_bytes(mail(
         "Luca Ferraro <l.ferraro@officinemarchetti.it>", "Maja Holmqvist <maja.holmqvist@smakfabriken.se>",
         "R: Release 1 + material authority MA-2 - landing tables SMF-LT-900", "Wed, 10 Jul 2024 15:30:00 +0200",
         """Buongiorno Maja,

thank you. In accordance with your material authority MA-2 (staged up to 40 tables), we have
reserved 1.5 mm AISI 304 2B sheet for 40 tables at our service centre in Verona; invoice for
the sheet will follow only if you cancel, as per MA-2.

In production: only the 10 tables of Release 1. The other 30 are not started; we wait for your
written release after lot acceptance in Årsta.

Delivery of the 10: camion groupage, departure Padova 2 August, DAP Årsta ca. 7 August.

Cordiali saluti / best regards,
Luca Ferraro
Ufficio Commerciale Estero - Officine Marchetti S.p.A.
Via Venezia 201, 35129 Padova | +39 049 555 0147

""" + quote_lines(_c24_quoted), in_reply_to="<h89-smf-ma2@smakfabriken.se>")))])

# c25: multi-file - release of the whole balance after recorded sign-off (EML + PDF record)
case("c25_release_whole_balance", [],
     "Release 2 of 96 after recorded sample sign-off; 4 + 96 = whole quoted 100, no remaining balance; named authorizer",
     [("KKS-REL-9300-02.eml", eml_bytes(mail(
         "Mike Donnelly <mdonnelly@keystonekitchen.com>", "Chen Jing <sales3@nbhaitai-catering.com>",
         "Release 2 - KKS-PO-9300 undercounter freezer drawers - 96 units", "Thu, 13 Jun 2024 10:02:00 -0400",
         """Hi Chen Jing,

The sample sign-off for the 4 sample units was recorded on June 12 (record SSO-0142 attached,
signed by our test kitchen lead Carla Reyes).

Release 2 on PO KKS-PO-9300: 96 units of the 2-drawer undercounter freezer base are released
for production, authorized by me. With the 4 samples (Release 1) this is the whole quoted
quantity of 100; nothing remains on hold.

UL/NSF labels as on the samples. Ship in two lots of 48, first lot FOB Ningbo August 9.

Thanks,
Mike Donnelly
VP Supply Chain, Keystone Kitchen Supply, Inc. | (717) 555-0166
"""))), ("SSO-0142.pdf", pdf([
         ("h1", "Sample sign-off record SSO-0142"),
         ("p", "Keystone Kitchen Supply, Inc. - Test Kitchen, Lancaster PA"),
         ("table", [["Field", "Entry"],
                    ["PO / part", "KKS-PO-9300 / KKS-UF-2D-48 2-drawer undercounter freezer base"],
                    ["Samples reviewed", "4 units (serials NH2405-001 to -004)"],
                    ["Tests", "pull-down to -18 °C in 95 min at 32 °C ambient; drawer slide 10,000 cycles; "
                              "gasket fit"],
                    ["Disposition", "Sample sign-off: accepted, technical only - no open points"],
                    ["Signed", "Carla Reyes, Test Kitchen Lead, 12 June 2024"]]),
         ("sp",),
         ("p", "This record is a technical disposition of the samples. Production is released only by a "
               "written release from Keystone Supply Chain."),
     ], pagesize=LETTER, title="SSO-0142", author="Keystone"))])

# ------------------------------------------------------------------ POSITIVE (batch 2)

# p01: multi-file sample PO + quote with production tier; PO says nothing about the balance
case("p01_multifile_po_quote_silent", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 2 show-sample worktables next to quote with 80 production; no hold, no unlock event, no release person",
     [("NKP-PO-1500-0771.pdf", pdf([
         ("h1", "Northbank Kitchen Projects Ltd - Purchase Order"),
         ("p", "PO no. NKP-PO-1500-0771 · Date 14/03/2024 · Unit 1500, Trafford Park, Manchester M17 1PZ"),
         ("p", "Supplier: Ege Paslanmaz Mutfak San. ve Tic. A.Ş., Kemalpaşa OSB, 35730 İzmir, Türkiye"),
         ("table", [["Line", "Description", "Qty", "Unit GBP", "Net GBP"],
                    ["1", "Show sample - worktable 1500 x 700 x 900 mm with undershelf and 100 mm upstand, "
                          "1.2 mm AISI 304, brushed No.4, drawing NKP-WT-1507 rev A", "2", "540.00", "1,080.00"]]),
         ("sp",),
         ("p", "Reference: your quotation EP-TQ-2291 rev 1 dated 04/03/2024 (attached)."),
         ("p", "Delivery: DAP Trafford Park, week 16. Please send photos of the welded frames before "
               "polishing. Material certificate 3.1 with the goods."),
         ("p", "Payment: 60 days from invoice. Northbank terms NKP-T-05 apply."),
         ("p", "Authorised signatory: Claire Benson, Purchasing Manager"),
     ], title="NKP-PO-1500-0771", author="Northbank")),
      ("EP-TQ-2291_rev1.pdf", pdf([
          ("h1", "EGE PASLANMAZ MUTFAK - TEKLİF / QUOTATION EP-TQ-2291 rev 1"),
          ("p", "İzmir, 04.03.2024. To: Northbank Kitchen Projects Ltd, Ms. Claire Benson"),
          ("p", "Project: hotel kitchens programme 2024 - worktables NKP-WT-1507"),
          ("table", [["No", "Item", "Qty", "Unit price GBP"],
                     ["1", "Worktable 1500 x 700, 1.2 mm AISI 304, No.4 - show sample", "2", "540.00"],
                     ["2", "Worktable 1500 x 700, same spec - production for hotel kitchens programme", "80", "402.00"]]),
          ("sp",),
          ("p", "Lead time: samples 3 weeks, production 5 weeks. Delivery DAP Manchester, groupage truck "
                "from İzmir weekly. Validity 45 days."),
          ("p", "Best regards, Emre Doğan, Export Department"),
      ], title="EP-TQ-2291 rev 1", author="Ege Paslanmaz"))])

# p02: EML + DOCX PO with quote pricing table showing production 45; nothing about the balance
_p02_docx = docx_bytes([
    ("h1", "Lakeshore Foodservice Contractors - Purchase Order LFC-40218"),
    ("p", "2200 W Fulton St, Chicago, IL 60612 · PO date 04/22/2024 · Buyer: Jenna Morales"),
    ("p", "Supplier: Chennai Steelcraft Kitchen Systems Pvt Ltd (vendor 30417)"),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD"],
               ["10", "LFC-3CS-18", "3-compartment sink, 18\" x 24\" x 14\" bowls, two 24\" drainboards, "
                                    "16 ga 304, NSF/ANSI 2 - pilot units", "3", "1,480.00"]]),
    ("sp",),
    ("p", "Pricing per quotation CS-Q-0771:"),
    ("table", [["Quote line", "Qty", "Unit USD"],
               ["Pilot", "3", "1,480.00"],
               ["Production", "45", "1,120.00"]]),
    ("sp",),
    ("p", "Ship to: Lakeshore Central Commissary, Dock 4. FOB Chennai. Net 60."),
    ("p", "NSF listing mark on each sink. Faucet holes 8\" centers, splash-mount."),
])
case("p02_eml_docx_quote_table", ["RG001", "RG003", "RG004", "RG005"],
     "Pilot PO for 3 sinks with quote table showing production 45 beside it; balance, unlock event and releaser never stated",
     [("PO LFC-40218 pilot sinks.eml", eml_bytes(mail(
         "Jenna Morales <jmorales@lakeshorefsc.com>", "Ravi Subramanian <ravi@chennaisteelcraft.in>",
         "PO LFC-40218 - pilot units, 3-compartment sink", "Mon, 22 Apr 2024 13:40:00 -0500",
         """Hi Ravi,

Please find attached PO LFC-40218 for the pilot units of the 3-compartment sink. I've put your
quote pricing on it as well.

Could you send the NSF listing letter for the drainboard weld detail when you get a chance?

Thanks,
Jenna

Jenna Morales | Buyer | Lakeshore Foodservice Contractors, Inc.
2200 W Fulton St, Chicago, IL 60612 | (312) 555-0188
This message may contain confidential information. If you are not the intended recipient,
please delete it and notify the sender.
""", attachments=[("LFC-40218.docx", _p02_docx, DOCX_MT)])))])

# p03: HTML portal - 1 sample line, linked quote with 30, unscoped "green light / go ahead"
case("p03_portal_greenlight", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "Portal PO for 1 sample hood beside linked quote for 30; buyer comment 'green light, go ahead' unscoped; no hold/event/person",
     [("ANH_portal_PO_24-0630.html", html_page("Al Noor eProcurement - PO ANH-24-0630", """
<h2>Al Noor Hospitality Equipment LLC &middot; eProcurement</h2>
<p>PO <b>ANH-24-0630</b> &middot; Status: Issued &middot; Supplier: Guangzhou Jinbao Stainless Products Co., Ltd. &middot; Created 2024-06-11</p>
<h3>Lines</h3>
<table>
<tr><th>#</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit USD</th></tr>
<tr><td>1</td><td>ANH-IH-2000</td><td>Island hood 2000 x 1200 mm, 1.2 mm SS304, 4 baffle filters, fire-suppression nozzle drops, sample</td><td>1</td><td>EA</td><td>3,850.00</td></tr>
</table>
<h3>Linked documents</h3>
<table>
<tr><th>Document</th><th>Content</th></tr>
<tr><td>Supplier quotation GJ-Q-3310</td><td>Sample 1 unit USD 3,850.00; project quantity (Marina Heights towers) 30 units USD 2,960.00</td></tr>
<tr><td>Drawing ANH-IH-2000 rev B</td><td>General arrangement, hanging points M10</td></tr>
</table>
<h3>Buyer comments</h3>
<p>2024-06-11 16:02 &middot; Fatima Al Zaabi: Green light from our side &ndash; go ahead. Please consolidate with our Jebel Ali container and send the packing list before loading.</p>
<p><small>Terms: CFR Jebel Ali. Payment 60 days from B/L. Fire-suppression interface to Dubai Civil Defence requirements.</small></p>
"""))])

# p04: TXT ERP printout - first-off 1 EA, quote batch 64 in header text, "cleared to proceed"
case("p04_erp_cleared_to_proceed", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "ERP PO for 1 first-off with quote batch 64 in header text and unscoped 'cleared to proceed'; nothing on balance/event/person",
     [("PO_HE_4500019934.txt", """HEARTH & EMBER RESTAURANTS LTD                        PURCHASE ORDER
14 Wellington Street, Leeds LS1 4DL                   PAGE 1 OF 1
==========================================================================
PO NUMBER : 4500019934          PO TYPE : NB STANDARD
PO DATE   : 21.03.2024          BUYER   : S.WHITWORTH (SW01)
VENDOR    : 301144 INOX VENETA S.R.L.
            VIA DELL'INDUSTRIA 18, 31050 VILLORBA (TV), IT
INCOTERMS : DAP LEEDS           PAYMENT : Z060  60 DAYS NET
CURRENCY  : EUR
--------------------------------------------------------------------------
ITM  MATERIAL        DESCRIPTION                     QTY  UN    PRICE     NET
--------------------------------------------------------------------------
010  HE-CS-1011      COMBI OVEN STAND 10XGN1/1         1  EA  1.610,00 1.610,00
                     FIRST-OFF UNIT, 304 1.5MM, CASTORS
                     DRG HE-CS-1011 REV 2
--------------------------------------------------------------------------
ORDER VALUE :  1.610,00 EUR
--------------------------------------------------------------------------
HEADER TEXT:
 QUOTE INV-Q-24/118: FIRST-OFF 1 EA / BATCH 64 EA @ EUR 1.240,00
 CE DOC NOT REQ (NO MOVING PARTS). LABEL: HE LOGO + DRG NO.
 REMARK: SUPPLIER CLEARED TO PROCEED.
 DELIVERY WK 17 TO LEEDS TEST KITCHEN, GOODS IN 07:00-11:00.
==========================================================================
PRINTED 21.03.2024 15:27  USER SWHITWORTH  SAP MM / ME9F
""")])

# p05: EML with PO PDF (2 show units) + quote PDF (40); deposit treated as the start signal; balance silent
_p05_po = pdf([
    ("h1", "LION CITY KITCHEN SOLUTIONS PTE LTD"),
    ("p", "21 Kaki Bukit Road 3, Singapore 417803 · GST Reg. M2-0099999-X"),
    ("h", "PURCHASE ORDER LCKS-24-0140"),
    ("p", "Date: 18 Mar 2024. Supplier: Bangna Metalworks Co., Ltd., Samut Prakan, Thailand."),
    ("table", [["S/N", "Description", "Qty", "Unit SGD", "Amount SGD"],
               ["1", "Rice-cooker stand 1200 x 600 x 700 mm, 1.2 mm SUS304, No.4, 2 tier, castors with brake "
                     "- show unit", "2", "690.00", "1,380.00"]]),
    ("sp",),
    ("p", "Ref: your quotation BM-Q-24-0207. Delivery: DAP Kaki Bukit. Payment: 50% deposit, 50% on delivery."),
    ("p", "Prepared by: Goh Wei Ling, Purchasing"),
], title="LCKS-24-0140", author="Lion City")
_p05_q = pdf([
    ("h1", "BANGNA METALWORKS CO., LTD. - QUOTATION BM-Q-24-0207"),
    ("p", "To: Lion City Kitchen Solutions Pte Ltd, attn. Ms. Goh Wei Ling · 11 Mar 2024"),
    ("table", [["Item", "Description", "Qty", "Unit SGD"],
               ["1", "Rice-cooker stand 1200 x 600 x 700, SUS304 - show unit", "2", "690.00"],
               ["2", "Rice-cooker stand, same - food court fit-out", "40", "515.00"]]),
    ("sp",),
    ("p", "Lead time: show units 2 weeks, fit-out units 4 weeks. Truck to Singapore via Sadao. Validity 30 days."),
    ("p", "Prasert Wongsa, Sales Manager"),
], title="BM-Q-24-0207", author="Bangna Metalworks")
case("p05_eml_deposit_start", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "Show-unit PO (2) with quote for 40 attached; 'deposit paid, so you can start the stands'; no hold, event or release person",
     [("LCKS-24-0140 rice-cooker stands.eml", eml_bytes(mail(
         "Goh Wei Ling <weiling.goh@lionckitchen.com.sg>", "Prasert Wongsa <prasert@bangnametal.co.th>",
         "LCKS-24-0140 rice-cooker stands", "Mon, 18 Mar 2024 10:12:00 +0800",
         """Hi Khun Prasert,

Attached is our PO LCKS-24-0140 and your quote BM-Q-24-0207 again.

We've TT'd the 50% deposit this morning (bank slip attached in the next mail), so you can start
the stands now. Chef wants them in before Hari Raya, so please keep us posted on the truck date.

Thanks & regards,
Goh Wei Ling
Purchasing | Lion City Kitchen Solutions Pte Ltd
21 Kaki Bukit Road 3, Singapore 417803 | +65 6555 0123
""", attachments=[("LCKS-24-0140.pdf", _p05_po, PDF_MT), ("BM-Q-24-0207.pdf", _p05_q, PDF_MT)])))])

# ------------------------------------------------------------------ POSITIVE (batch 3)

# p06: WhatsApp group - 2 samples "first", package of 120 mentioned, nothing about the balance
case("p06_chat_package_120", ["RG001", "RG003", "RG004", "RG005"],
     "Chat: buyer orders 2 samples and mentions the 120-piece package beside it; balance, unlock event and releaser never stated",
     [("WhatsApp Chat - Saffron x Shree Ganesh tabling.txt", chat([
         ("02/04/2024", "12:31", "Hussain Ali (Saffron Table)", "Ashok ji good afternoon. PO SAF-PO-2024-0602 sent to your mail for the pass-through dishwasher tabling (inlet + outlet set), drg SAF-DW-22 rev A"),
         ("02/04/2024", "12:32", "Hussain Ali (Saffron Table)", "Send 2 pcs sample first so Chef can check with the hood-type dishwasher at Al Barsha"),
         ("02/04/2024", "12:33", "Hussain Ali (Saffron Table)", "Full kitchen package is 120 pcs across the outlets btw"),
         ("02/04/2024", "12:50", "Ashok Kulkarni (Shree Ganesh)", "Noted sir, drawing received 👍 Sample 2 pcs can dispatch by 20th. By air or sea?"),
         ("02/04/2024", "12:52", "Hussain Ali (Saffron Table)", "Sea is fine, add to the Nhava Sheva - Jebel Ali container"),
         ("02/04/2024", "12:53", "Ashok Kulkarni (Shree Ganesh)", "Ok sir. Will share photos before polishing"),
     ]))])

# p07: chat - "start the show samples" with no quantity and nothing about the rest
case("p07_chat_show_samples_noqty", ["RG003", "RG004", "RG005", "RG010"],
     "Chat: buyer tells supplier to start the show samples with no quantity and says nothing about the remaining counters",
     [("WhatsApp Chat - Marina Mall counters.txt", chat([
         ("21/07/2024", "09:14", "Fatima Al Zaabi (Al Noor)", "Hi Emre, drawing AN-DWG-2207 rev C for the Marina Mall bain-marie counters is final now ✅"),
         ("21/07/2024", "09:15", "Fatima Al Zaabi (Al Noor)", "pls start the show samples, same spec as the drawing. Sneeze guard 8 mm tempered glass, LED strip under the gantry"),
         ("21/07/2024", "09:40", "Emre Doğan (Ege Paslanmaz)", "Good news Fatima hanım! Front panels No.4 or mirror finish?"),
         ("21/07/2024", "09:42", "Fatima Al Zaabi (Al Noor)", "No.4. And send me photos at welding stage pls"),
         ("21/07/2024", "09:43", "Emre Doğan (Ege Paslanmaz)", "Of course. Ready in 3 weeks inşallah, then by sea from İzmir"),
     ]))])

# p08: EML - hold "until further notice", named person, mixed "approved/approval"
case("p08_eml_further_notice_mixed", ["RG004", "RG009"],
     "2 prototypes active, 22 on hold 'until further notice' with named person but no unlock event; 'approved/approval' used for drawing, PO and production",
     [("NK-24-0415 refrigerated chef base.eml", eml_bytes(mail(
         "Karin Lund <karin.lund@nordkok.se>", "Kaan Aydın <kaan.aydin@bursainox.com.tr>",
         "PO NK-24-0415 - refrigerated chef base RC-1800", "Wed, 24 Apr 2024 14:05:00 +0200",
         """Hej Kaan,

Thanks for the call this morning. Here is where we are on the refrigerated chef base RC-1800
(drawing NK-RC-1800 rev 2) for the Liseberg restaurants project.

PO NK-24-0415 covers 2 prototype units. These 2 you can build now.

The drawings are approved by our kitchen designer, and the PO is approved by finance as of
yesterday. Approval for production will come from Karin Lund (me, Category Manager).

The remaining 22 units of the project are on hold until further notice. Only I can lift that
hold.

Compressor: R290, Embraco or Secop, your choice. Please send the CE declaration draft with the
prototypes.

Med vänlig hälsning,
Karin Lund
Category Manager, Nordkök AB | Exportgatan 12, 422 46 Göteborg | +46 31 555 01 33
""")))])

# p10: HTML call-off without quantities; other sites on hold "pending further instruction from our side"
case("p10_portal_calloff_sites_noqty", ["RG004", "RG005", "RG010"],
     "Call-off for three sites' canopies with no quantity; other sites on hold pending 'further instruction from our side' - no event, no person",
     [("HE_calloff_CO-07.html", html_page("Hearth & Ember - Call-off CO-07", """
<h2>Hearth &amp; Ember Restaurants &middot; Supplier portal &middot; Call-off CO-07</h2>
<p>Frame order: HE-FO-2024-02 (extraction canopies and plenums) &middot; Supplier: Foshan Shunde Hengli Kitchen Equipment Co., Ltd. &middot; Issued: 2024-05-27 &middot; Issued by: Equipment Procurement</p>
<p>Please manufacture the canopies and extract plenums required for the three sites below, per the site drawings.</p>
<table>
<tr><th>Site</th><th>Opening</th><th>Site drawing</th><th>Delivery</th></tr>
<tr><td>Leeds Kirkgate</td><td>2024-09-12</td><td>HE-LDS-K01 rev D</td><td>DAP Leeds, wk 33</td></tr>
<tr><td>York Micklegate</td><td>2024-09-26</td><td>HE-YRK-K01 rev B</td><td>DAP York, wk 35</td></tr>
<tr><td>Hull Marina</td><td>2024-10-10</td><td>HE-HUL-K02 rev A</td><td>DAP Hull, wk 37</td></tr>
</table>
<div class="note">All other sites in the frame order remain on hold pending further instruction from our side.</div>
<p>Specification: 1.2 mm 304 No.4, DW/172 compliant, baffle filters, LED lighting, UKCA for the fan control panels. Consolidate in one container from Foshan.</p>
"""))])

# p11: PDF sample release - "two (2)" in text vs 3 in table; procurement team unnamed
case("p11_pdf_sample_release_conflict", ["RG005", "RG011"],
     "Sample release says two (2) in the text but 3 in the table; balance released 'by our procurement team' - nobody named",
     [("RHG-6120.pdf", pdf([
         ("h1", "Sample release - PO RHG-6120"),
         ("p", "Redline Hospitality Group · 5901 Legacy Dr, Plano, TX 75024 · 29 February 2024"),
         ("p", "To: Siam Steel Kitchen Co., Ltd., Bang Phli Industrial Estate, Samut Prakan, Thailand"),
         ("p", "Part: RHG-HP-60 heated pass shelf 60\", 18 ga 304, 2 x 500 W strip heaters, UL/NSF, "
               "drawing RHG-D-6120 rev A."),
         ("p", "This letter releases two (2) sample units of the heated pass shelf for production. Please build "
               "them to drawing rev A and ship by air to our Plano test kitchen."),
         ("table", [["", "Units"],
                    ["Sample units released", "3"],
                    ["Production units - not released", "58"]]),
         ("sp",),
         ("p", "The remaining 58 units are not released. They will be released in writing by our procurement "
               "team after sample sign-off by Redline Culinary."),
         ("p", "Material: for the sample units only. UL listing file to be opened on the sample units."),
         ("p", "Redline Hospitality Group - Procurement"),
     ], pagesize=LETTER, title="RHG-6120 sample release", author="Redline"))])

# p12: WeChat export - show samples, no quantity; rest on hold till "HQ" signs off
case("p12_wechat_hq_noqty", ["RG005", "RG010"],
     "Chat: show samples with no quantity; rest on hold until 'HQ' signs off and 'HQ will send the release' - no named person",
     [("WeChat_Kopi&Co_Hengli.txt", chat([
         ("2024-08-05", "10:12", "Jasmine Teo | Kopi & Co", "Mr Liang good morning. Pls make the show samples of the kopi counter first (drg KC-CT-05 rev A)."),
         ("2024-08-05", "10:13", "Jasmine Teo | Kopi & Co", "Rest on hold till HQ sign off the show samples at our Tampines central kitchen, then HQ will send the release 🙏"),
         ("2024-08-05", "10:31", "Liang Wei 梁伟 | Hengli", "OK Jasmine. Show samples we start Monday. Material 304 1.2mm, No.4 finish, correct?"),
         ("2024-08-05", "10:33", "Jasmine Teo | Kopi & Co", "yes correct. pls also quote sea freight Nansha to Singapore"),
         ("2024-08-05", "10:35", "Liang Wei 梁伟 | Hengli", "收到 received 👌"),
     ], style="wc"))])

# p14: EML thread - quoted full scope, supplier has bought material for the balance, buyer replies "Approved."
_p14_po = """From: Samir Nasser <samir.nasser@falconkitchens.ae>
Sent: Thursday, 4 April 2024 11:20
Subject: PO FK-2024-305 first-off burner assemblies

Dear Mehmet,
PO FK-2024-305 is attached: 4 (four) first-off burner assemblies for the 6-burner range top
(cast-iron caps, brass injectors for NG and LPG, drawing FK-BR-06 rev C).
The balance of 196 assemblies is not released. What unlocks it: the first-off units pass the
gas test at our Mussafah workshop, and then I send you a written release.
Material: for the 4 first-off units only.
Regards, Samir Nasser, Procurement Engineer, Falcon Kitchens Trading LLC"""
_p14_sup = """From: Mehmet Kaya <mehmet.kaya@bursainox.com.tr>
Sent: Monday, 22 April 2024 16:05
Subject: RE: PO FK-2024-305 first-off burner assemblies

Dear Samir bey,
The 4 first-off burners passed our internal gas test yesterday, photos and the flame picture
attached. We have also already purchased the brass injectors and the cast-iron caps for the
remaining 196 assemblies, to save time for you.
Please confirm.
Best regards, Mehmet Kaya, Export Sales, Bursa Inox

""" + quote_lines(_p14_po)
case("p14_thread_approved_material", ["RG002", "RG006"],
     "Thread: supplier reports injectors and caps bought for the unreleased 196; buyer answers a bare 'Approved.'",
     [("RE_ RE_ PO FK-2024-305.eml", eml_bytes(mail(
         "Samir Nasser <samir.nasser@falconkitchens.ae>", "Mehmet Kaya <mehmet.kaya@bursainox.com.tr>",
         "RE: RE: PO FK-2024-305 first-off burner assemblies", "Tue, 23 Apr 2024 08:02:00 +0400",
         """Approved. Thanks Mehmet.

Samir Nasser
Procurement Engineer | Falcon Kitchens Trading LLC | Mussafah M-37, Abu Dhabi
+971 2 555 0191
Sent from my iPhone

""" + quote_lines(_p14_sup), in_reply_to="<h89-fk305-mk@bursainox.com.tr>")))])

# p15: DOCX meeting minutes - forecast confirmed as a firm order, action "green light"
case("p15_docx_minutes_greenlight_forecast", ["RG002", "RG008"],
     "Minutes: 2025 forecast of 240 confirmed as a firm order; action item gives the supplier 'the green light' with no scope",
     [("CCS-Ege progress meeting 2024-06-12.docx", docx_bytes([
         ("h1", "Progress meeting - Castlegate Catering / Ege Paslanmaz"),
         ("p", "Date: 12 June 2024, 10:00-10:45 (Teams). Minutes: Hannah Cole."),
         ("p", "Attendees: Gareth Pugh (CCS, Category Manager), Hannah Cole (CCS, Projects), "
               "Chef Dylan Rees (CCS, Culinary), Emre Doğan (Ege Paslanmaz, Export)."),
         ("table", [["#", "Topic", "Notes"],
                    ["1", "Show samples - pass-through dishwash tabling",
                     "2 show samples arrived at Swindon on 10 June. Chef Dylan Rees reviews on 19 June. "
                     "Scope unchanged: 2 show samples active; the 58 production units are not released; "
                     "after Dylan's sign-off, Gareth Pugh issues a written release."],
                    ["2", "2025 client-site roll-out",
                     "Forecast for 2025 is 240 units across 30 client sites. CCS confirmed the 240 units as "
                     "a firm order for 2025; Ege to reserve capacity on that basis. No production release "
                     "for 2025 volumes at this stage."],
                    ["3", "Logistics", "Consolidate İzmir shipments into one 40' container per month to "
                                       "Felixstowe; Ege to share loading plan."],
                    ["4", "Snag list", "Swindon sample: one castor bracket misaligned - Ege to correct on "
                                       "production units."]]),
         ("sp",),
         ("h", "Actions"),
         ("li", "Ege Paslanmaz has the green light - GP"),
         ("li", "Hannah Cole to send the loading plan template - HC, 14 June"),
         ("li", "Chef review of show samples - DR, 19 June"),
     ], author="Hannah Cole"))])

# p16: EML - buyer's own quoted scope, then "once QA signs it off, you're good to run"
_p16_prev = """On Mon, 13 May 2024, Dana Whitfield <dwhitfield@redlinehg.com> wrote:
> Vivian - PO RHG-7004 is for 2 prototype units of the fry-station shelf only. The 148
> production units are not released. They will be released by a written release from me
> after our QA sign-off of the prototypes. Material for the 2 prototypes only."""
case("p16_eml_good_to_run", ["RG002", "RG007"],
     "Buyer contradicts her own written-release scope: 'once QA signs it off, you're good to run' - implied roll-over, unscoped",
     [("RE_ RHG-7004 prototypes arrived.eml", eml_bytes(mail(
         "Dana Whitfield <dwhitfield@redlinehg.com>", "Vivian Huang <vivian@gzjinbao-steel.com>",
         "RE: RHG-7004 prototypes arrived", "Fri, 07 Jun 2024 18:22:00 -0500",
         """Hi Vivian,

Both prototypes of the fry-station shelf arrived at the Plano test kitchen yesterday in perfect
shape. Chef Marco loved them - the heat-lamp bracket is exactly where the line cooks wanted it.

QA is doing the load test and the NSF cleanability check next week. Once our QA signs it off
properly, you're good to run.

Have a great weekend,
Dana

Dana Whitfield | Director of Procurement | Redline Hospitality Group
5901 Legacy Dr, Plano, TX 75024 | (972) 555-0147

""" + _p16_prev, in_reply_to="<h89-rhg7004-vh@gzjinbao-steel.com>")))])

# p18: EML Turkish-English supplier - "approval" for three things, sheet bought for all 60
_p18_po = """From: Sarah Whitworth <sarah.whitworth@hearthandember.co.uk>
Date: 2 April 2024 09:14
Subject: PO HE-24-0391 show samples - wall shelves

Dear Emre,
PO HE-24-0391 covers 2 show-sample wall shelves (1200 x 300, 1.0 mm 304, drawing HE-WS-12 rev C).
The balance of 58 shelves is not released. It can be released only by a written release from me
after Chef Tom Hartley has signed off the show samples in our Leeds test kitchen.
Material authority: sample-only.
Kind regards, Sarah Whitworth, Head of Procurement"""
case("p18_eml_turkish_approval_sheet60", ["RG006", "RG009"],
     "Supplier uses 'approval' for drawing, proforma and production, and has bought sheet for all 60 against a sample-only PO",
     [("RE_ PO HE-24-0391 show samples.eml", eml_bytes(mail(
         "Emre Yildiz <emre.yildiz@bursainox.com.tr>", "Sarah Whitworth <sarah.whitworth@hearthandember.co.uk>",
         "RE: PO HE-24-0391 show samples - wall shelves", "Wed, 17 Apr 2024 11:48:00 +0300",
         """Dear Sarah Hanım,

Good day. Your approval received for the drawing rev C, thank you.

We are now waiting your approval for the proforma invoice PI-24-0391 and your approval for the
production of the 58 shelves.

For keeping the lead time of your opening programme, we already bought the 1.0 mm AISI 304
sheets for all 60 shelves, they are in our warehouse now. The 2 show samples will be ready
on 26 April and go with the Bursa-Felixstowe groupage truck.

Best regards,
Emre Yıldız
Export Sales Manager
Bursa Inox Endüstriyel Mutfak Ltd. Şti. | Nilüfer OSB, Bursa | +90 224 411 0000

""" + quote_lines(_p18_po), in_reply_to="<h89-he0391-sw@hearthandember.co.uk>")))])

# p19: multi-file - release PDF (50 of 500, material for released qty only) + supplier status TXT (coil for 500)
case("p19_multifile_release_status_coil", ["RG006"],
     "Release 50 of 500 with material limited to the released 50; supplier status shows coil booked for the full 500",
     [("SMF-REL-088-01.pdf", pdf([
         ("h1", "Release 1 - PO SMF-2024-088"),
         ("p", "Smakfabriken Restauranger AB, Sveavägen 44, 111 34 Stockholm · 2024-04-15"),
         ("p", "Supplier: Foshan Shunde Hengli Kitchen Equipment Co., Ltd."),
         ("p", "Part: GN 1/1 container, 65 mm, 0.8 mm AISI 304, per SMF-SPEC-GN-2024 issue 3."),
         ("table", [["", "pcs"],
                    ["PO quantity (commercial cover)", "500"],
                    ["Released by Release 1", "50"],
                    ["Not released - on hold", "450"]]),
         ("sp",),
         ("p", "Please produce and ship the 50 pcs released above. The 450 pcs are not released; they are "
               "released only by a written release from Maja Holmqvist, Inköpare, after lot acceptance of "
               "Release 1 at our Årsta warehouse."),
         ("p", "Material authority: for the released quantity only (50 pcs). Smakfabriken is not liable for "
               "material bought beyond that."),
         ("p", "Maja Holmqvist, Inköpare"),
     ], title="SMF-REL-088-01", author="Smakfabriken")),
      ("Hengli weekly status wk18.txt", """FOSHAN SHUNDE HENGLI KITCHEN EQUIPMENT CO., LTD.
WEEKLY STATUS REPORT  WK18 / 2024          CUSTOMER: SMAKFABRIKEN (SE)
=====================================================================
PO        : SMF-2024-088      ITEM: GN 1/1 65MM 0.8MM SUS304
RELEASE 1 : 50 PCS            STATUS: DEEP DRAWING DONE, POLISHING
---------------------------------------------------------------------
MATERIAL  : SUS304 0.8MM COIL 1.1 T BOOKED AT TISCO FOR FULL ORDER
            QTY 500 PCS (TO SECURE MAY PRICE). DELIVERED TO OUR
            STORE 29/04, SLITTING TO 620MM DONE.
QC        : RIM FLATNESS 0.3MM OK, DEPTH 65 +0.4 OK
SHIPMENT  : 50 PCS READY 10/05, LCL NANSHA-GOTHENBURG, ETD 14/05
---------------------------------------------------------------------
PREPARED BY: ZHANG LI (SALES), 03/05/2024
""")])

# p20: EML - buyer notes and praises the supplier's compressors + sheet for all 48, release is 4
case("p20_eml_buyer_condones_material", ["RG006"],
     "Buyer welcomes compressors and sheet already in for all 48 drawer units while only 4 are released; no material authority given",
     [("RE_ FK-2024-277 progress.eml", eml_bytes(mail(
         "Rashid Qureshi <rashid.q@falconkitchens.ae>", "Luca Ferraro <l.ferraro@officinemarchetti.it>",
         "RE: FK-2024-277 progress - refrigerated drawers", "Mon, 27 May 2024 09:30:00 +0400",
         """Ciao Luca,

Thanks for the progress report and the photos of the drawer carcasses.

I see from the report that you already have the Embraco compressors and the 304 sheet in for all
48 drawer units - good thinking, that will save us a few weeks on the Yas Island project.

Paperwork reminder so we stay aligned: PO FK-2024-277 releases the 4 show units only. The other
44 are not released until Chef Karim Haddad has signed off the show units at our Mussafah test
kitchen and I have sent you the written release.

Please ship the 4 show units by air, Venice to Abu Dhabi, as agreed.

Regards,
Rashid Qureshi
Procurement Lead | Falcon Kitchens Trading LLC | Mussafah M-37, Abu Dhabi, UAE
+971 2 555 0178
""", in_reply_to="<h89-fk277-lf@officinemarchetti.it>")))])

# p21: EML - supplier takes the deposit as the start signal and buys material for all 200
_p21_po = """-----Original Message-----
From: Jenna Morales <jmorales@lakeshorefsc.com>
Sent: Tuesday, May 14, 2024 3:02 PM
Subject: PO LFC-40377 sample burners

Hi Ashok,
PO LFC-40377: 10 sample stock-pot burner assemblies (LFC-SP-BRN-23, 3-ring cast iron, NG).
The balance of 190 is not released. It will be released only by a written release from me,
after sample sign-off on our commissary test line. Material: sample-only.
Thanks, Jenna Morales, Buyer"""
case("p21_eml_deposit_material_200", ["RG006", "RG012"],
     "Supplier reads the 30% deposit as the start signal and buys raw material for all 200 against a 10-sample PO",
     [("RE_ PO LFC-40377 sample burners.eml", eml_bytes(mail(
         "Ashok Kulkarni <ashok@shreeganeshss.in>", "Jenna Morales <jmorales@lakeshorefsc.com>",
         "RE: PO LFC-40377 sample burners", "Fri, 24 May 2024 17:45:00 +0530",
         """Dear Ms. Jenna,

Thank you for the 30% deposit, received today in our account.

We have now purchased all the raw material for the 200 burners (grey cast iron FG 260 and brass
bar for the injectors), and production will start on Monday. The 10 samples will be packed
separately for air freight.

Thanks and regards,
Ashok Kulkarni
Export Manager
Shree Ganesh Stainless Fabricators Pvt Ltd, Chakan MIDC, Pune 410501
+91 20 5555 0190

""" + _p21_po, in_reply_to="<h89-lfc40377-jm@lakeshorefsc.com>")))])

# p22: multi-file - buyer release TXT (8) + Italian DOCX progress report (10 released, sheet for 80)
case("p22_multifile_release_docx_report", ["RG006", "RG011"],
     "Release says 8 units; supplier progress report shows 10 released and sheet ordered for the full 80",
     [("NKP-R-3310-01.txt", """NORTHBANK KITCHEN PROJECTS LTD - PRODUCTION RELEASE
==============================================================
RELEASE NO  : NKP-R-3310-01          DATE : 05/06/2024
PO          : NKP-PO-1500-3310
SUPPLIER    : INOX VENETA S.R.L. (VILLORBA, IT)
PART        : NKP-PC-900 PASS-THROUGH CUPBOARD 900MM, 304 1.5MM
--------------------------------------------------------------
QTY RELEASED        :  8 EA
BALANCE NOT RELEASED: 72 EA
UNLOCK              : FAI SIGN-OFF BY D.HOLT (PROJECT ENGINEER),
                      THEN WRITTEN RELEASE BY C.BENSON
                      (PURCHASING MANAGER)
MATERIAL AUTHORITY  : RELEASED QTY ONLY (8 EA)
--------------------------------------------------------------
AUTHORISED: C.BENSON
"""), ("Rapporto avanzamento commessa 24-118.docx", docx_bytes([
         ("h1", "Inox Veneta S.r.l. - Rapporto di avanzamento / Progress report"),
         ("p", "Commessa 24-118 · Cliente: Northbank Kitchen Projects Ltd · Vs. ordine NKP-PO-1500-3310 · 21/06/2024"),
         ("table", [["Voce / Item", "Quantità / Qty", "Note"],
                    ["Quantità rilasciata / Released qty", "10 pz", "Rilascio NKP-R-3310-01"],
                    ["In lavorazione / In work", "10 pz", "Piegatura e saldatura / folding and welding"],
                    ["Lamiera AISI 304 2B 1,5 mm", "ordinata per 80 pz (intero lotto) / ordered for 80 pcs (full lot)",
                     "Consegna acciaieria 28/06"],
                    ["Collaudo FAI", "-", "previsto / planned 08/07"]]),
         ("sp",),
         ("p", "Spedizione: groupage camion Villorba - Manchester, partenza prevista 12/07."),
         ("p", "Redatto da: Giulia Rossi, Ufficio Tecnico"),
     ], author="Giulia Rossi"))])

# p23: WhatsApp - supplier stages material for all 120 and plans to run once the sample is approved
case("p23_chat_thai_material_autorun", ["RG006", "RG007"],
     "Chat: supplier prepared material for all 120 so that 'when you approve sample we can run immediately'; buyer does not correct",
     [("WhatsApp Chat - KopiCo x Bangna drinks station.txt", chat([
         ("12/06/2024", "14:02", "Nur Aisyah (Kopi & Co)", "Hi Khun Prasert, PO KC-24-0088 is for 2 show units of the drinks-station counter only (drg KC-DS-01 rev C)."),
         ("12/06/2024", "14:03", "Nur Aisyah (Kopi & Co)", "The 118 for the outlet roll-out are not released. After Chef Marcus Lim sign off the show units, I will send the written release myself."),
         ("12/06/2024", "14:03", "Nur Aisyah (Kopi & Co)", "Material only for the 2 show units pls"),
         ("12/06/2024", "14:30", "Prasert Wongsa (Bangna Metal)", "Noted krub"),
         ("01/07/2024", "09:15", "Prasert Wongsa (Bangna Metal)", "Khun Aisyah, 2 show units finish, send by truck tomorrow"),
         ("01/07/2024", "09:16", "Prasert Wongsa (Bangna Metal)", "We prepare material for full 120 unit already, so when you approve sample we can run immediately krub 🙏"),
         ("01/07/2024", "10:02", "Nur Aisyah (Kopi & Co)", "ok thanks, Chef will check on Tuesday at the Tampines kitchen"),
     ]))])

# ------------------------------------------------------------------ POSITIVE (batch 4)

# p24: PDF order confirmation - forecast confirmed as "your order", steel secured for the full 1,200
case("p24_pdf_oc_forecast_steel", ["RG006", "RG008"],
     "Supplier OC calls the 2025 forecast of 1,200 'your order' and has secured steel for all 1,200 while only call-off 100 is released",
     [("OC-GJ-24-0315.pdf", pdf([
         ("h1", "ORDER CONFIRMATION OC-GJ-24-0315"),
         ("p", "Guangzhou Jinbao Stainless Products Co., Ltd. · Panyu District, Guangzhou, China · 15 Mar 2024"),
         ("p", "To: Keystone Kitchen Supply, Inc., 1450 Lincoln Hwy, Lancaster, PA 17602 · Attn. Mike Donnelly"),
         ("p", "Dear Mike, thank you very much. We confirm your order of 1,200 pcs full-size hotel pans "
               "(12\" x 20\" x 2-1/2\", 22 ga 304, NSF) for 2025, as per your forecast dated 3 Feb 2024."),
         ("table", [["Lot", "Qty (pcs)", "Status"],
                    ["Call-off CO-01", "100", "Released by your CO-01 - in production, FOB Nansha 20 Apr"],
                    ["Remaining 2025 quantity", "1,100", "To be produced against your further call-offs, not released yet"]]),
         ("sp",),
         ("p", "Steel: to protect you from the nickel surcharge we have secured 304 coil for the full "
               "1,200 pcs at Tsingshan, delivered to our store on 11 March."),
         ("p", "Packing: 12 pcs per carton, NSF label on each pan. Payment: T/T 30 days after B/L."),
         ("p", "Best regards, Vivian Huang, Sales Manager"),
     ], title="OC-GJ-24-0315", author="Guangzhou Jinbao"))])

# p26: PDF supplier quote that promises to roll straight from sample approval into the run
case("p26_pdf_quote_rollover", ["RG007"],
     "Supplier quote: 'upon approval of the show sample we will proceed directly with the production run of 40 without further instruction'",
     [("EP-TQ-2416.pdf", pdf([
         ("h1", "EGE PASLANMAZ MUTFAK - QUOTATION EP-TQ-2416"),
         ("p", "Kemalpaşa OSB, 35730 İzmir, Türkiye · 06.05.2024"),
         ("p", "To: Castlegate Catering Services Ltd, Swindon · Attn. Mr. Gareth Pugh, Ms. Hannah Cole"),
         ("p", "Subject: Hot cupboard with bain-marie top, 1800 mm, for university catering contract"),
         ("table", [["No", "Item", "Qty", "Unit GBP"],
                    ["1", "Hot cupboard 1800 x 700 x 900, 1.2 mm AISI 304 No.4, sliding doors, bain-marie top "
                          "4 x GN 1/1, UKCA - show sample", "1", "2,480.00"],
                    ["2", "Same - production", "40", "1,960.00"]]),
         ("sp",),
         ("p", "Lead time: show sample 4 weeks from your PO. Upon approval of the show sample, we will proceed "
               "directly with the production run of 40 units without further instruction, to meet your "
               "September opening date."),
         ("p", "Delivery DAP Swindon by groupage truck. Payment 30% advance, 70% before loading. Validity 30 days."),
         ("p", "Best regards, Emre Doğan, Export Department"),
     ], title="EP-TQ-2416", author="Ege Paslanmaz"))])

# p27: EML - buyer contradicts her own PO: "if Erik is happy, just carry on with the remaining 96"
_p27_po = pdf([
    ("h1", "Inköpsorder / Purchase Order SMF-PO-2024-0217"),
    ("p", "Smakfabriken Restauranger AB · Sveavägen 44, 111 34 Stockholm · 2024-05-06"),
    ("p", "Supplier: Bursa Inox Endüstriyel Mutfak Ltd. Şti., Nilüfer OSB, Bursa, Türkiye"),
    ("table", [["Line", "Description", "Qty", "Unit EUR"],
               ["1", "Pizza prep counter 2000 mm, AISI 304, granite top, 9 x GN 1/6 wells - sample",
                "4", "1.940,00"]]),
    ("sp",),
    ("p", "Scope: 4 sample counters are released now. The balance of 96 counters is not released. It can be "
          "released only by a written release from Anna Berg, Inköpschef, after sample sign-off by Chef Erik "
          "Nilsson at our Södermalm test kitchen. Material authority: sample-only."),
    ("p", "Leverans: DAP Stockholm. Betalning: 30 dagar netto."),
], title="SMF-PO-2024-0217", author="Smakfabriken")
case("p27_eml_buyer_skip_paperwork", ["RG007"],
     "PO requires a written release after chef sign-off, but buyer's cover email says 'if Erik is happy, just carry on with the remaining 96'",
     [("SMF-PO-2024-0217 pizza counters.eml", eml_bytes(mail(
         "Anna Berg <anna.berg@smakfabriken.se>", "Emre Yildiz <emre.yildiz@bursainox.com.tr>",
         "SMF-PO-2024-0217 pizza prep counters", "Mon, 06 May 2024 16:55:00 +0200",
         """Hej Emre,

PO attached for the 4 sample counters. Erik will test them in the Södermalm kitchen on
Thursday 23 May with the full pizza team.

Honestly, if Erik is happy with the samples on Thursday, just carry on with the remaining 96 -
no need to wait for a separate paper from me, we are short on time for the opening.

Granite from your usual supplier is fine, 30 mm, polished edge.

Vänliga hälsningar,
Anna Berg
Inköpschef | Smakfabriken Restauranger AB | +46 8 555 012 40
""", attachments=[("SMF-PO-2024-0217.pdf", _p27_po, PDF_MT)])))])

# p28: EML - Chinese supplier says the balance goes to mass production "automatically" after sample OK
_p28_po = """On 2024-05-06 10:20, Omar Haddad wrote:
> Dear Lisa,
> PO ANH-24-0702: 20 sample pcs of the GN 1/1 perforated pans (65 mm, 0.8 mm SS304).
> The balance of 480 pcs is not released. It unlocks only after sample sign-off at our JLT central
> kitchen, and then by a written release from me.
> Material: for the 20 sample pcs only.
> Regards, Omar Haddad, Purchasing Manager, Al Noor Hospitality Equipment LLC"""
case("p28_eml_cn_automatic", ["RG007"],
     "Supplier: 'after your side confirm sample OK, we will arrange mass production of balance 480pcs automatically' - buyer required a written release",
     [("Re_ PO ANH-24-0702 sample pans.eml", eml_bytes(mail(
         "Lisa Zhou <lisa.zhou@hengli-kitchen.cn>", "Omar Haddad <omar.haddad@alnoor-hospitality.ae>",
         "Re: PO ANH-24-0702 sample pans", "Thu, 16 May 2024 15:40:00 +0800",
         """Dear Omar,

Good day! The 20 pcs sample perforated pans are finished and packed, we send by DHL tomorrow,
tracking number will follow.

After your side confirm sample OK, we will arrange mass production of balance 480pcs
automatically, please kindly note. So the delivery time can be faster for your hotel project.

Any question please feel free contact me.

Best regards
Lisa Zhou
Foshan Shunde Hengli Kitchen Equipment Co., Ltd.
Tel: +86 757 5555 0123  WeChat: lisazhou_hl

""" + _p28_po, in_reply_to="<h89-anh0702-oh@alnoor-hospitality.ae>")))])

# p29: DOCX spec + order conditions - first-off approval "constitutes approval to manufacture"
case("p29_docx_spec_approval_clause", ["RG007", "RG009"],
     "Order scope needs a written release, but the approvals clause says first-off approval 'constitutes approval to manufacture the remaining units'",
     [("CCS-SPEC-HC-1460.docx", docx_bytes([
         ("h1", "Castlegate Catering Services - Specification and order conditions CCS-SPEC-HC-1460"),
         ("p", "Part: mobile hot cupboard 1200 mm, 1.0 mm 304 No.4, fan-assisted, 230 V, UKCA. "
               "Supplier: Chennai Steelcraft Kitchen Systems Pvt Ltd. Purchase order: CCS-PO-24-1460."),
         ("h", "1. Technical requirements"),
         ("table", [["Feature", "Requirement"],
                    ["Holding temperature", "63-85 °C, ±2 °C at shelf centre"],
                    ["Electrical", "230 V 50 Hz, 2 kW, BS 1363 plug, UKCA + CE"],
                    ["Castors", "4 x 125 mm, 2 braked, stainless"],
                    ["Finish", "brushed No.4, no visible weld discolouration"]]),
         ("sp",),
         ("h", "2. Order scope"),
         ("p", "PO CCS-PO-24-1460 covers 1 (one) first-off unit. The balance of 29 units is not released. "
               "It will be released only by a written release from Gareth Pugh, Category Manager, after "
               "first-off sign-off by CCS Engineering. Material: first-off unit only."),
         ("h", "3. Approvals"),
         ("num", "Drawing approval by CCS Engineering is required before cutting."),
         ("num", "Approval of the first-off unit by Castlegate engineering constitutes approval to manufacture "
                 "the remaining units."),
         ("num", "Electrical safety test report (PAT + earth bond) to accompany each unit."),
         ("h", "4. Packing and shipping"),
         ("p", "Export crate, fumigated, ISPM-15. FOB Chennai, consolidate with CCS container via Felixstowe."),
     ], author="Hannah Cole"))])

# p30: WhatsApp (SG) - supplier agent plans to "straight away continue the 38" after chef OK
case("p30_chat_sg_straight_away", ["RG007"],
     "Chat: buyer's scope needs her written release; supplier agent says if the chef OKs the sample 'we straight away continue the 38'; not corrected",
     [("WhatsApp Chat - LCKS noodle station.txt", chat([
         ("08/07/2024", "09:30", "Goh Wei Ling (LCKS)", "Kelvin, PO LCKS-24-0102 is for 2 show samples of the noodle-boiler station only, drg LCKS-NB-02 rev A"),
         ("08/07/2024", "09:31", "Goh Wei Ling (LCKS)", "The 38 for Funan + Paya Lebar outlets are not released. After Chef Tan Boon Huat sign off, I will send written release."),
         ("08/07/2024", "09:45", "Kelvin Ong (Jinbao SG)", "ok noted 👌 samples ship from Nansha next week"),
         ("24/07/2024", "17:02", "Kelvin Ong (Jinbao SG)", "boss, samples reach your warehouse tmr morning"),
         ("24/07/2024", "17:03", "Kelvin Ong (Jinbao SG)", "if the chef ok the sample on Friday we straight away continue the 38 units ya, save time for Funan opening"),
         ("24/07/2024", "17:20", "Goh Wei Ling (LCKS)", "Chef tasting is Friday 3pm, will update you after"),
     ]))])

# p31: EML (Swedish buyer) + PO PDF - "the 24 hoods can follow straight on" after the test kitchen passes the prototype
_p31_po = pdf([
    ("h1", "Nordkök AB - Inköpsorder NK-24-0530"),
    ("p", "Exportgatan 12, 422 46 Göteborg · 2024-05-30"),
    ("p", "Leverantör / supplier: Inox Veneta S.r.l., Villorba (TV), Italia"),
    ("table", [["Rad", "Artikel / item", "Antal / qty", "Pris EUR"],
               ["1", "Wall canopy 2400 x 1100 mm, 1.0 mm AISI 304, baffle filters, LED - prototype", "1", "2.150,00"]]),
    ("sp",),
    ("p", "Scope: 1 prototype canopy is released now. The 24 production canopies for the Göteborg "
          "restaurant programme are not released. They will be released only by a written release from "
          "Erik Sandberg, Inköpschef, after the prototype has passed our test kitchen in Hisings Backa. "
          "Material authority: prototype only."),
    ("p", "Leverans DAP Göteborg. Betalning 30 dagar netto. CE-märkning för fläktstyrning."),
], title="NK-24-0530", author="Nordkok")
case("p31_eml_se_follow_straight_on", ["RG007"],
     "PO needs a written release; buyer's cover email: once the prototype passes, 'the 24 hoods can follow straight on' without paperwork",
     [("NK-24-0530 prototype canopy.eml", eml_bytes(mail(
         "Erik Sandberg <erik.sandberg@nordkok.se>", "Giulia Rossi <g.rossi@inoxveneta.it>",
         "NK-24-0530 prototype canopy", "Thu, 30 May 2024 13:15:00 +0200",
         """Ciao Giulia,

Our PO NK-24-0530 for the prototype canopy is attached.

The test kitchen in Hisings Backa is booked for the week of 24 June. When they have passed the
prototype, the 24 hoods can follow straight on - let's not lose a week waiting for paperwork
over the midsummer holidays.

Please send the LED driver data sheet with the prototype.

Med vänliga hälsningar,
Erik Sandberg
Inköpschef, Nordkök AB | +46 31 555 01 20
""", attachments=[("NK-24-0530.pdf", _p31_po, PDF_MT)])))])

# p32: EML - buyer writes the 2025 forecast as a firm order
case("p32_eml_forecast_firm_order", ["RG008"],
     "Buyer: 'our forecast for 2025 is 84 worktables... please take this as our firm order' - forecast written as a commitment",
     [("2025 roll-out worktables.eml", eml_bytes(mail(
         "Sarah Whitworth <sarah.whitworth@hearthandember.co.uk>", "Emre Yildiz <emre.yildiz@bursainox.com.tr>",
         "2025 roll-out - worktables", "Fri, 20 Sep 2024 16:10:00 +0100",
         """Hi Emre,

Further to our call this afternoon.

Our forecast for the 2025 openings is 14 sites with 6 worktables each, so 84 worktables
(HE-WT-1807, same spec as the Leeds units). Please take this as our firm order for 2025 and plan
steel and capacity on that basis.

The site list is still moving (two sites in Scotland are waiting for planning), so delivery
dates will come later.

Have a good weekend,
Sarah

Sarah Whitworth | Head of Procurement | Hearth & Ember Restaurants Ltd
14 Wellington Street, Leeds LS1 4DL | 0113 555 0190
""", html="auto")))])

# p33: PDF order acknowledgement - forecast confirmed as an order; production starts on the advance
case("p33_pdf_ack_forecast_advance", ["RG008", "RG012"],
     "Supplier acknowledgement confirms 'your order for 600 pcs as per your rolling forecast' and starts production on receipt of the 30% advance",
     [("CSK-OA-24-0981.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT CSK-OA-24-0981"),
         ("p", "Chennai Steelcraft Kitchen Systems Pvt Ltd · SIDCO Industrial Estate, Ambattur, Chennai 600098"),
         ("p", "To: Redline Hospitality Group, 5901 Legacy Dr, Plano, TX 75024 · Kind attn. Ms. Dana Whitfield · 02.04.2024"),
         ("p", "Dear Madam, we thank you and confirm your order for 600 pcs solid shelves as per your rolling "
               "forecast dated 15.03.2024, as below."),
         ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["1", "Solid shelf 18\" x 48\", 18 ga 304, NSF, with post clips", "600", "38.40", "23,040.00"]]),
         ("sp",),
         ("p", "Production will commence upon receipt of 30% advance (USD 6,912.00) in our account. Balance "
               "70% against scanned copy of B/L."),
         ("p", "Delivery: 6 weeks from advance, FOB Chennai. Packing: 10 pcs per carton, palletised."),
         ("p", "For Chennai Steelcraft Kitchen Systems Pvt Ltd - Ravi Subramanian, Director (Exports)"),
     ], title="CSK-OA-24-0981", author="Chennai Steelcraft"))])

# p34: HTML supplier schedule - forecast lines declared committed, "please build to this schedule"
case("p34_portal_schedule_committed", ["RG008"],
     "Buyer portal schedule: lines typed 'Forecast' but declared 'committed volumes - please build to this schedule'",
     [("KKS_supplier_schedule_Q3Q4.html", html_page("Keystone supplier schedule", """
<h2>Keystone Kitchen Supply &middot; Supplier schedule</h2>
<p>Supplier: <b>Ningbo Haitai Catering Equipment Co., Ltd.</b> &middot; Part: KKS-UF-2D-48 undercounter freezer base &middot; Published 2024-06-28</p>
<table>
<tr><th>Month</th><th>Type</th><th>Qty</th><th>Ship-to</th></tr>
<tr><td>2024-09</td><td>Forecast</td><td>40</td><td>Lancaster PA DC</td></tr>
<tr><td>2024-10</td><td>Forecast</td><td>60</td><td>Lancaster PA DC</td></tr>
<tr><td>2024-11</td><td>Forecast</td><td>60</td><td>Reno NV DC</td></tr>
<tr><td>2024-12</td><td>Forecast</td><td>40</td><td>Reno NV DC</td></tr>
<tr><th colspan="2">Total</th><th>200</th><th></th></tr>
</table>
<div class="note">Forecast quantities are committed volumes for Keystone. Please build to this schedule and
ship FOB Ningbo in the month shown.</div>
<p>Contact: Mike Donnelly, VP Supply Chain &middot; (717) 555-0166</p>
"""))])

# p35: WhatsApp - "ok looks good, go ahead" after a first-off video; next year's forecast "treat it as confirmed"
case("p35_chat_goahead_forecast_confirmed", ["RG002", "RG008"],
     "Chat: scoped sample instruction, then 'ok looks good, go ahead' with no scope and 'the 300 is just forecast but treat it as confirmed'",
     [("WhatsApp Chat - KopiCo x SiamSteel toast station.txt", chat([
         ("03/09/2024", "10:05", "Jasmine Teo (Kopi & Co)", "Khun Somchai, PO KC-24-0120 is for 2 show units of the toast station only (drg KC-TS-01 rev B)."),
         ("03/09/2024", "10:06", "Jasmine Teo (Kopi & Co)", "Balance of the 2024 programme (38) is not released, and 2025 volumes also not released. After Chef Marcus Lim sign off the show units, I send written release."),
         ("03/09/2024", "10:20", "Somchai P. (Siam Steel)", "Noted krub 🙏"),
         ("19/09/2024", "16:44", "Somchai P. (Siam Steel)", "<Media omitted>"),
         ("19/09/2024", "16:44", "Somchai P. (Siam Steel)", "First-off toast station done, pls check video krub"),
         ("19/09/2024", "17:10", "Jasmine Teo (Kopi & Co)", "ok looks good, go ahead 👍"),
         ("19/09/2024", "17:11", "Jasmine Teo (Kopi & Co)", "btw the 300 for next year is just forecast but treat it as confirmed la, we sure take"),
         ("19/09/2024", "17:30", "Somchai P. (Siam Steel)", "Ok krub, thank you"),
     ]))])

# p37: EML - "approved" for the sample and the budget, "approval" for production
case("p37_eml_us_approved_three_ways", ["RG009"],
     "Scope complete (6 samples, 294 on hold, field fit + written release by sender), but 'approved/approval' covers sample, budget and production",
     [("KKS-8912 gasket kits - status.eml", eml_bytes(mail(
         "Mike Donnelly <mdonnelly@keystonekitchen.com>", "Luca Ferraro <l.ferraro@officinemarchetti.it>",
         "KKS-8912 door gasket kits - status", "Mon, 10 Jun 2024 09:05:00 -0400",
         """Hi Luca,

Good news on PO KKS-8912 (door gasket kits for the 10-grid combi ovens, 6 sample kits).

The sample is approved - our test kitchen finished the 500-cycle door test on June 3 with no
leaks. Budget is approved as well; finance signed the capex on Friday.

Production approval will follow from me in writing once our service team has fitted the kits
on two customer ovens in Lancaster (about two weeks). Nothing beyond the 6 sample kits is
authorized until then, and the 294 production kits stay on hold - please don't start them.

Could you send the silicone compound certificate (FDA 21 CFR 177.2600) for our file?

Thanks,
Mike Donnelly
VP Supply Chain, Keystone Kitchen Supply, Inc. | (717) 555-0166
""", html="auto")))])

# p38: PDF PO - "PO released" (commercial) vs "production release"; 12 in text vs 10 in the table
case("p38_pdf_po_released_twice", ["RG009", "RG011"],
     "PO header 'PO released' (SAP) next to 'Production release: 12 units'; line table says released qty 10",
     [("SMF-PO-2024-0301.pdf", pdf([
         ("h1", "Inköpsorder / Purchase Order SMF-PO-2024-0301"),
         ("p", "Smakfabriken Restauranger AB · Sveavägen 44, 111 34 Stockholm"),
         ("p", "Status: PO released 12.03.2024 (SAP release strategy S2, cost centre 4410)."),
         ("p", "Supplier: Ningbo Haitai Catering Equipment Co., Ltd., Ningbo, Zhejiang, China"),
         ("table", [["Line", "Item", "PO qty", "Released qty", "Unit EUR"],
                    ["1", "Refrigerated counter 3-door GN 1/1, R290, AISI 304, SMF-RC-3D rev 2", "120", "10", "1.420,00"]]),
         ("sp",),
         ("p", "Production release: 12 units (first store, Vasastan). Please build and ship these now."),
         ("p", "Balance: 108 units are not released. They will be released only by a written release from "
               "Maja Holmqvist, Inköpare, after lot acceptance of the Vasastan units at our Årsta warehouse."),
         ("p", "Material authority: released quantity only. CE + F-gas label required."),
         ("p", "Leverans: CIF Göteborg. Betalning: 60 dagar netto."),
     ], title="SMF-PO-2024-0301", author="Smakfabriken"))])

# p40: WhatsApp - "released" for the sample (QA) and for the PO (finance); production release kept separate
case("p40_chat_released_qa_finance", ["RG009"],
     "Chat: 'sample released by our QA', 'PO also released by finance', then 'production release is separate' - one word, three meanings",
     [("WhatsApp Chat - Falcon x Shree Ganesh.txt", chat([
         ("11/06/2024", "08:40", "Ashok Kulkarni (Shree Ganesh)", "Good morning sir, any news on the samples? Is sample approved?"),
         ("11/06/2024", "09:05", "Samir Nasser (Falcon Kitchens)", "Morning Ashok. Sample released by our QA today ✅"),
         ("11/06/2024", "09:05", "Samir Nasser (Falcon Kitchens)", "PO FK-2024-318 also released by finance, you will get the copy by mail"),
         ("11/06/2024", "09:12", "Ashok Kulkarni (Shree Ganesh)", "Thank you sir 🙏 so production we can start?"),
         ("11/06/2024", "09:20", "Samir Nasser (Falcon Kitchens)", "No. Production release is separate. Only the 4 samples are authorised now, the 56 stay on hold."),
         ("11/06/2024", "09:21", "Samir Nasser (Falcon Kitchens)", "I will send the production release for the 56 in writing myself, after the Yas Mall site survey confirms the dimensions."),
         ("11/06/2024", "09:25", "Ashok Kulkarni (Shree Ganesh)", "Understood sir, we wait for your written release"),
     ]))])

# p41: EML - "make the show samples" with no number; the rest not released; named releaser and event
case("p41_eml_show_samples_noqty", ["RG010"],
     "Buyer authorises 'the show samples' without a quantity; remaining sinks not released; named releaser after chef sign-off",
     [("Oxford colleges pot-wash sinks.eml", eml_bytes(mail(
         "Hannah Cole <hannah.cole@castlegatecatering.co.uk>", "Emre Doğan <emre.dogan@egepaslanmaz.com.tr>",
         "Oxford colleges contract - pot-wash sinks, show samples", "Tue, 09 Jul 2024 11:20:00 +0100",
         """Hi Emre,

We've won the Oxford colleges catering contract, so here we go.

Please make the show samples of the double-bowl pot-wash sink (drawing CCS-PW-2412 rev B, 1.5 mm
304 bowls, 600 x 500 x 300 mm, 150 mm upstand, lever waste). They go to the Swindon development
kitchen.

The remaining sinks for the contract are not released. Gareth Pugh will issue a written release
after the show samples are signed off by Chef Dylan Rees.

Material authority: show samples only.

Thanks,
Hannah

Hannah Cole | Projects Manager | Castlegate Catering Services Ltd
Unit 7, Kembrey Park, Swindon SN2 8UY | 01793 555 014
Castlegate Catering Services Ltd is registered in England no. 04123456.
""")))])

# ------------------------------------------------------------------ POSITIVE (batch 5)

# p42: PDF PO - sample units "per quotation", quotation not in the bundle
case("p42_pdf_po_qty_per_quote", ["RG010"],
     "Sample PO line quantity 'per quotation BM-Q-24-0415' (not in bundle); hold, event and named releaser present",
     [("HE-24-0612.pdf", pdf([
         ("h1", "PURCHASE ORDER HE-24-0612"),
         ("p", "Hearth & Ember Restaurants Ltd · 14 Wellington Street, Leeds LS1 4DL · 12 June 2024"),
         ("p", "Supplier: Bangna Metalworks Co., Ltd., 299 Moo 12, Bangna-Trad Km 23, Samut Prakan 10540, Thailand"),
         ("table", [["Line", "Description", "Qty", "Unit GBP"],
                    ["1", "Chargrill canopy 1800 x 1200 mm, 1.2 mm 304 No.4, spark arrestor baffles, "
                          "drawing HE-CC-18 rev B - sample units", "per quotation BM-Q-24-0415", "1,260.00"]]),
         ("sp",),
         ("p", "Scope: only the sample units on line 1 are authorised now. The production quantity in your "
               "quotation is not released. It will be released only by a written release from Sarah "
               "Whitworth, Head of Procurement, after sample sign-off by Chef Tom Hartley at our Leeds test kitchen."),
         ("p", "Material authority: sample units only. Delivery CIF Felixstowe. Payment 60 days from B/L."),
         ("p", "Authorised signatory: Sarah Whitworth"),
     ], title="HE-24-0612", author="Hearth & Ember"))])

# p43: DOCX release letter - advance payment triggers production of an unquantified "first tranche"
case("p43_docx_advance_first_tranche", ["RG010", "RG012"],
     "Release letter: 'now that our advance payment has reached you, production of the first tranche may begin' - payment as trigger, no quantity",
     [("NK-24-0611 Stockholm counters.docx", docx_bytes([
         ("h1", "Nordkök AB - Release letter"),
         ("p", "To: Ege Paslanmaz Mutfak San. ve Tic. A.Ş., Kemalpaşa OSB, İzmir · Ref. PO NK-24-0611 · 2024-07-02"),
         ("p", "Subject: serving counters with heated wells, Stockholm stores"),
         ("p", "Dear Emre,"),
         ("p", "Now that our advance payment has reached you, production of the first tranche of counters for "
               "the Stockholm stores may begin."),
         ("p", "The counters for the remaining stores are not released. They will be released only by a written "
               "release from Erik Sandberg, Inköpschef, after lot acceptance of the first tranche at our "
               "Hisings Backa warehouse."),
         ("table", [["Store", "Opening", "Counter drawing"],
                    ["Stockholm Kungsholmen", "2024-10-01", "NK-SC-31 rev B"],
                    ["Stockholm Hornstull", "2024-10-15", "NK-SC-31 rev B"],
                    ["Stockholm Odenplan", "2024-11-05", "NK-SC-32 rev A"]]),
         ("sp",),
         ("p", "Heated wells: 3 x GN 1/1, dry heat, 230 V, CE. Finish brushed No.4."),
         ("p", "Med vänliga hälsningar, Erik Sandberg, Inköpschef, Nordkök AB"),
     ], author="Erik Sandberg"))])

# p45: EML body says 4 show samples, attached PO says 6
_p45_po = pdf([
    ("h1", "PURCHASE ORDER HE-24-0701"),
    ("p", "Hearth & Ember Restaurants Ltd · 14 Wellington Street, Leeds LS1 4DL · 1 July 2024"),
    ("p", "Supplier: Guangzhou Jinbao Stainless Products Co., Ltd., Panyu District, Guangzhou, China"),
    ("table", [["Line", "Description", "Qty", "Unit GBP"],
               ["1", "Chargrill hood 2400 x 1300 mm, 1.2 mm 304, spark-arrestor baffles - show sample",
                "6", "1,340.00"]]),
    ("sp",),
    ("p", "Scope: 6 (six) show samples are released now. The balance of 54 hoods for the 2024/25 sites is not "
          "released. It will be released only by a written release from Sarah Whitworth, Head of "
          "Procurement, after sign-off of the show samples by Chef Tom Hartley."),
    ("p", "Material authority: sample-only. FOB Nansha. Payment 60 days from B/L."),
], title="HE-24-0701", author="Hearth & Ember")
case("p45_eml_4_vs_pdf_6", ["RG011"],
     "Cover email says 'the 4 show samples' while the attached PO releases 6 (six); scope otherwise complete",
     [("HE-24-0701 chargrill hoods.eml", eml_bytes(mail(
         "Sarah Whitworth <sarah.whitworth@hearthandember.co.uk>", "Vivian Huang <vivian@gzjinbao-steel.com>",
         "HE-24-0701 chargrill hoods - show samples", "Mon, 01 Jul 2024 10:30:00 +0100",
         """Dear Vivian,

Please find attached our PO for the 4 show samples of the chargrill hood. Chef Tom Hartley
would like them in Leeds by the end of August so he can run them through the September menu
launch.

Spark-arrestor baffles as per your sample photo of 14 June, please.

Kind regards,
Sarah Whitworth
Head of Procurement | Hearth & Ember Restaurants Ltd | 0113 555 0190
""", html="auto", attachments=[("HE-24-0701.pdf", _p45_po, PDF_MT)])))])

# p46: multi-file - DOCX release letter 40 vs ERP printout 48
case("p46_multifile_docx40_erp48", ["RG011"],
     "Release 2 letter says forty (40) units; the ERP printout of the same release says 48 (cumulative 78, balance 72)",
     [("LFC release 2 - 40221.docx", docx_bytes([
         ("h1", "Lakeshore Foodservice Contractors - Production Release"),
         ("p", "PO LFC-40221 · Release 2 · 08/12/2024 · Supplier: Chennai Steelcraft Kitchen Systems Pvt Ltd"),
         ("p", "Part: LFC-WT-3072 worktable 30\" x 72\", 16 ga 304 top, 18 ga galvanized undershelf, NSF"),
         ("table", [["", "Units"],
                    ["PO quantity", "150"],
                    ["Release 1 (06/03/2024)", "30"],
                    ["Release 2 (this release)", "40"],
                    ["Balance not released", "80"]]),
         ("sp",),
         ("p", "Release 2: forty (40) units are released for production now."),
         ("p", "The balance of 80 units is not released. It will be released only by a written release "
               "from Tom Kowalski, Purchasing Manager, after lot acceptance of Release 2 at our Chicago commissary."),
         ("p", "Material authority: released quantity only."),
         ("p", "Tom Kowalski, Purchasing Manager"),
     ], author="Tom Kowalski")),
      ("LFC-40221_REL02_ERP.txt", """LAKESHORE FOODSERVICE CONTRACTORS       SCHEDULING AGREEMENT RELEASE
=======================================================================
PO / SA    : LFC-40221         VENDOR : 30417 CHENNAI STEELCRAFT
ITEM       : LFC-WT-3072 WORKTABLE 30X72 16GA 304
REL NO     : 02                REL DATE : 08/12/2024
-----------------------------------------------------------------------
PO QTY          :   150 EA
PREV CUM REL    :    30 EA
THIS REL QTY    :    48 EA
CUM REL         :    78 EA
BAL ON HOLD     :    72 EA   (NOT RELEASED - WRITTEN RELEASE BY
                              T.KOWALSKI AFTER LOT ACCEPTANCE)
MAT AUTH        : CUM REL QTY ONLY
-----------------------------------------------------------------------
PRINTED 08/12/2024 14:02 BY TKOWALSKI
""")])

# p47: EML says twelve (12) sample drawer fronts, attached PO line says 10
_p47_po = pdf([
    ("h1", "AL NOOR HOSPITALITY EQUIPMENT LLC - PURCHASE ORDER ANH-24-0744"),
    ("p", "Al Quoz Industrial 4, Dubai, UAE · 29 May 2024"),
    ("p", "Supplier: Officine Marchetti S.p.A., Via Venezia 201, 35129 Padova, Italia"),
    ("table", [["#", "Description", "Qty", "Unit EUR", "Total EUR"],
               ["1", "Drawer front assembly for refrigerated base, 304 No.4, magnetic gasket, "
                     "handle bar 600 mm - sample", "10", "186,00", "1.860,00"]]),
    ("sp",),
    ("p", "Scope: sample drawer fronts only. The production drawer fronts for the Marina Heights project are "
          "not released; they will be released by a written release from Omar Haddad, Purchasing Manager, "
          "after sample sign-off at our Al Quoz workshop."),
    ("p", "Material: samples only. CIP Dubai by air. Payment 60 days."),
], title="ANH-24-0744", author="Al Noor")
case("p47_eml_twelve_vs_pdf_10", ["RG011"],
     "Email body releases 'twelve (12)' sample drawer fronts; the attached PO line says 10",
     [("ANH-24-0744 drawer fronts.eml", eml_bytes(mail(
         "Omar Haddad <omar.haddad@alnoor-hospitality.ae>", "Luca Ferraro <l.ferraro@officinemarchetti.it>",
         "ANH-24-0744 - sample drawer fronts", "Wed, 29 May 2024 11:45:00 +0400",
         """Dear Luca,

Please go ahead with twelve (12) sample drawer fronts as per the attached PO ANH-24-0744. We
need them in Dubai by 20 June for the mock-up kitchen at Marina Heights.

Handle bar length 600 mm, magnetic gasket in grey as on your catalogue page 44.

Best regards,
Omar Haddad
Purchasing Manager | Al Noor Hospitality Equipment LLC | Al Quoz Industrial 4, Dubai
+971 4 555 0166
""", attachments=[("ANH-24-0744.pdf", _p47_po, PDF_MT)])))])

# p48: WeChat - 3 show samples in one message, 2 in a later one, no acknowledged change
case("p48_wechat_3_vs_2", ["RG011"],
     "Chat: buyer asks for 3 show samples, later refers to 'the 2 show samples' with no change agreed; hold, event, releaser present",
     [("WeChat_Saffron_Jinbao_shawarma hood.txt", chat([
         ("2024-04-08", "11:02", "Hussain Ali | Saffron Table", "Vivian, PO SAF-PO-2024-0655 is issued. Pls make 3 show samples of the shawarma station hood, drg SAF-SH-09 rev A"),
         ("2024-04-08", "11:04", "Hussain Ali | Saffron Table", "Rest 40 hoods not released. Only after Chef Rami Khoury sign off the samples, and then my written release."),
         ("2024-04-08", "11:30", "Vivian Huang | Jinbao", "Received Hussain, thank you. Material for samples only, noted."),
         ("2024-04-15", "09:12", "Hussain Ali | Saffron Table", "Vivian pls remember the 2 show samples must be ready before 2 May, they go to Al Barsha for the chef trial"),
         ("2024-04-15", "09:40", "Vivian Huang | Jinbao", "Ok, we will try our best 💪"),
     ], style="wc"))])

# p50: EML - supplier acknowledges 20 released; quoted buyer release says 24
_p50_rel = """On Tue, 6 Aug 2024 at 09:10, Goh Wei Ling <weiling.goh@lionckitchen.com.sg> wrote:
> Dear Chen Jing,
> Release 2 on PO LCKS-24-0150: 24 pcs of the 2-door undercounter chiller (LCKS-UC-2D) are
> released for production.
> The balance of 56 pcs is not released. It will be released only by a written release from me
> after lot acceptance of Release 2 at our Kaki Bukit warehouse.
> Material authority: released quantity only.
> Regards, Goh Wei Ling, Purchasing, Lion City Kitchen Solutions"""
case("p50_eml_ack_20_vs_24", ["RG011"],
     "Supplier acknowledgement confirms 20 pcs released under Release 2; the quoted buyer release says 24",
     [("RE_ Release 2 LCKS-24-0150.eml", eml_bytes(mail(
         "Chen Jing <sales3@nbhaitai-catering.com>", "Goh Wei Ling <weiling.goh@lionckitchen.com.sg>",
         "RE: Release 2 - PO LCKS-24-0150 undercounter chillers", "Wed, 07 Aug 2024 10:25:00 +0800",
         """Dear Wei Ling,

Thank you. We confirm 20 pcs released under Release 2. Production will finish 30 August and the
goods can go on the 4 September sailing from Ningbo to Singapore.

Refrigerant R290, 150 g charge, as on the Release 1 units.

Best regards,
Chen Jing
Sales Dept. | Ningbo Haitai Catering Equipment Co., Ltd.
Tel +86 574 5555 0108

""" + _p50_rel, in_reply_to="<h89-lcks0150-r2@lionckitchen.com.sg>")))])

# p51: EML - subject says 1.200 st, body says 1 020 st for the same release
case("p51_eml_subject_1200_body_1020", ["RG011"],
     "Same release stated as '1.200 st' in the subject and '1 020 st' in the body (European vs Swedish number formats)",
     [("Avrop 3 - Release 3 GN 1-1 100 mm.eml", eml_bytes(mail(
         "Erik Sandberg <erik.sandberg@nordkok.se>", "Giulia Rossi <g.rossi@inoxveneta.it>",
         "Avrop 3 / Release 3 - 1.200 st GN 1/1 100 mm (NK-RA-2302)", "Mon, 16 Sep 2024 08:30:00 +0200",
         """Hej Giulia,

Release 3 under frame agreement NK-RA-2302 (GN 1/1 100 mm, art. 81100) covers 1 020 st.

Status of the frame (4 800 st, our forecast):
  call-off 1 and 2 delivered ........ 2 400 st
  release 3 (this one) .............. 1 020 st
  not released ...................... 1 380 st

The 1 380 st are released only by a written release from me after lot acceptance of release 3
in Hisings Backa. Material: released quantity only.

Same pallet pattern as before please (8 layers of 30 st).

Med vänliga hälsningar,
Erik Sandberg
Inköpschef, Nordkök AB | +46 31 555 01 20
""")))])

# p54: EML - supplier treats portal PO acceptance as authority to run all 300
_p54_po = """From: Gareth Pugh <gareth.pugh@castlegatecatering.co.uk>
Sent: 02 September 2024 10:15
Subject: PO CCS-PO-24-1702 - sample dish-rack trolleys

Dear Vivian,
PO CCS-PO-24-1702 is in the portal: 10 sample dish-rack trolleys (CCS-DT-500, 304, 4 braked castors).
The balance of 290 trolleys in your quotation is not released. It can be released only by a written
release from me after sample sign-off by Chef Dylan Rees at Swindon.
Material authority: sample-only.
Regards, Gareth Pugh, Category Manager"""
case("p54_eml_po_accepted_jobcard", ["RG012"],
     "Supplier: PO accepted on the portal, so job card opened for all 300 and production starts - against a 10-sample PO",
     [("RE_ PO CCS-PO-24-1702.eml", eml_bytes(mail(
         "Vivian Huang <vivian@gzjinbao-steel.com>", "Gareth Pugh <gareth.pugh@castlegatecatering.co.uk>",
         "RE: PO CCS-PO-24-1702 - sample dish-rack trolleys", "Wed, 04 Sep 2024 16:50:00 +0800",
         """Dear Gareth,

Your PO CCS-PO-24-1702 is accepted on your supplier portal today, thank you.

As the PO is now accepted from both sides, we have opened job card JC-24-0912 for all 300 pcs
and production is starting next week. The 10 samples will be taken from the first batch and
sent by air.

Best regards,
Vivian Huang
Sales Manager | Guangzhou Jinbao Stainless Products Co., Ltd.

""" + quote_lines(_p54_po), in_reply_to="<h89-ccs1702-gp@castlegatecatering.co.uk>")))])

# p55: multi-file - sample PO (PDF) + supplier pro forma (PDF) that starts production of 500 on deposit
case("p55_multifile_po_proforma_deposit", ["RG012"],
     "Sample PO (5, balance 495 not released, full scope) bundled with a pro forma for 500 that starts production on the 30% deposit",
     [("RHG-7310.pdf", pdf([
         ("h1", "PURCHASE ORDER RHG-7310"),
         ("p", "Redline Hospitality Group · 5901 Legacy Dr, Plano, TX 75024 · 07/15/2024"),
         ("p", "Supplier: Foshan Shunde Hengli Kitchen Equipment Co., Ltd., Ronggui, Shunde, Foshan, China"),
         ("table", [["Line", "Item", "Description", "Qty", "Unit USD"],
                    ["1", "RHG-FDS-24", "Fry dump station 24\", 18 ga 304, heat lamp, drain pan - sample", "5", "612.00"]]),
         ("sp",),
         ("p", "Scope: 5 sample units are released now. The balance of 495 units in your quotation is not "
               "released. It will be released only by a written release from Dana Whitfield, Director of "
               "Procurement, after sample sign-off by Mark Alvarez, Culinary Engineering."),
         ("p", "Material authority: sample-only. FOB Nansha. Payment: Net 45 for the samples."),
     ], pagesize=LETTER, title="RHG-7310", author="Redline")),
      ("PI-HL-240716.pdf", pdf([
          ("h1", "PROFORMA INVOICE PI-HL-240716"),
          ("p", "Foshan Shunde Hengli Kitchen Equipment Co., Ltd. · 16 Jul 2024"),
          ("p", "Buyer: Redline Hospitality Group, Plano, TX, USA · Your ref: RHG-7310"),
          ("table", [["Item", "Description", "Qty", "Unit USD", "Amount USD"],
                     ["1", "Fry dump station 24\", SS304, heat lamp, drain pan", "500", "486.00", "243,000.00"]]),
          ("sp",),
          ("p", "Payment: 30% T/T deposit (USD 72,900.00), 70% before shipment. Production will commence "
                "upon receipt of 30% T/T deposit. Delivery: 45 days after deposit, FOB Nansha."),
          ("p", "Bank: Bank of China, Shunde branch, SWIFT BKCHCNBJ95H, account 7423 5566 0189"),
          ("p", "Seller: Lisa Zhou"),
      ], title="PI-HL-240716", author="Hengli"))])

# ------------------------------------------------------------------ end of cases


# =================================================================== BUILD
def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(8989).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h89_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"{len(CASES)} cases written to {OUT}")


if __name__ == "__main__":
    build()
