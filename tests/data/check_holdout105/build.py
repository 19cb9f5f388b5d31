#!/usr/bin/env python3
"""Generator for the releasegate check_holdout105 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout105/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps). Renderer helpers copied from check_holdout3/build.py.
Domain of this corpus: musical instruments and audio gear.
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
    """files: dict filename -> bytes | str (written in insertion order)."""
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
_PDF_MAP = {"ř": "r", "Ř": "R", "ě": "e", "Ě": "E", "č": "c", "Č": "C", "ů": "u", "ň": "n", "ť": "t",
            "ď": "d", "Ω": "ohm", "≤": "<=", "≥": ">=", "–": "-", "—": "-"}


def _pdf_safe(s):
    """The standard PDF fonts only cover cp1252; transliterate the rest (as many ERP exports do)."""
    import unicodedata
    out = []
    for ch in s:
        ch = _PDF_MAP.get(ch, ch)
        try:
            ch.encode("cp1252")
        except UnicodeEncodeError:
            ch = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or "?"
        out.append(ch)
    return "".join(out)


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, title=title, author=author,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    ss = getSampleStyleSheet()
    flow = []
    blocks = [(b[0], _pdf_safe(b[1])) if len(b) > 1 and isinstance(b[1], str) else
              (b[0], [[_pdf_safe(str(c)) for c in r] for r in b[1]]) if b[0] == "table" else b
              for b in blocks]
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
    m["Message-ID"] = msgid or f"<h105-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h105")
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


# ------------------------------------------------------------ small helpers
def quote(text, prefix="> "):
    """Prefix every line of text like a mail client quoting a reply."""
    return "\n".join((prefix + ln) if ln.strip() else prefix.rstrip() for ln in text.strip("\n").splitlines())


def text_to_html(text):
    """Very small text->HTML for multipart/alternative bodies."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        if p.startswith(">"):
            inner = "<br>\n".join(escape(ln.lstrip("> ")) for ln in p.splitlines())
            out.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in p.splitlines()) + "</p>")
    return "<html><body style=\"font-family:Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


def E(m):
    return eml_bytes(m)


# ======================================================================= CASES
# Descriptive names: c.. = clean (expect []), p.. = positive. Folder names are neutral.

# =================================================================== CLEAN (batch 1)

# c01: supplier quote alone, sample + production tiers, production line is price information
_q = pdf([
    ("h1", "PT KAYU SUARA NUSANTARA"),
    ("p", "Jl. Rungkut Industri III No. 42, Surabaya 60293, Jawa Timur, Indonesia"),
    ("h", "QUOTATION QTN/KSN/24-118"),
    ("p", "To: Halden & Rowe Guitars LLC, Portland, Oregon, USA - Attn. Mr. Ben Rowe"),
    ("p", "Date: 6 May 2024. Validity: 60 days. Incoterms: FOB Tanjung Perak. Currency: USD."),
    ("table", [
        ["No", "Description", "Qty", "Unit price", "Lead time"],
        ["1", "HR-T offset guitar, pre-production (finish sample + tone test), complete, unstrung", "6 pcs", "410.00", "5 weeks"],
        ["2", "HR-T offset guitar, production (price information)", "300 pcs", "236.00", "10 weeks after written production release"],
        ["3", "CNC program + body/neck templates (one time)", "1 lot", "850.00", "-"],
    ]),
    ("sp",),
    ("p", "Spec: body swamp ash 2-piece (centre joint), neck roasted maple 1-piece, fretboard Indian laurel "
          "radius 9.5\", 22 frets medium jumbo, nut width 42 mm, nitro top coat over poly base."),
    ("p", "Remarks: This quotation is not an order confirmation. Line 2 is price information; the production "
          "quantity will only be produced after a written production release from your company stating the "
          "quantity. We do not purchase production wood before such a release."),
    ("p", "Prepared by: Dewi Kartika, Sales & Export"),
], title="QTN/KSN/24-118", author="PT Kayu Suara Nusantara")
_m = mail(
    '"Dewi Kartika" <dewi.kartika@kayusuara.co.id>', '"Ben Rowe" <ben@haldenrowe.com>',
    "Quotation HR-T offset model - QTN/KSN/24-118", "Mon, 06 May 2024 15:22:10 +0700",
    """Dear Mr. Rowe,

Good afternoon from Surabaya, and thank you for your RFQ on the HR-T offset model.

Kindly find attached our quotation QTN/KSN/24-118. Summary:

- Pre-production guitars (finish sample + tone test): 6 pcs at USD 410.00/pc, 5 weeks
- Production: 300 pcs at USD 236.00/pc, 10 weeks after your written production release
- CNC program and templates: USD 850.00 one time

The production line is for your price information. This quotation is not an order, and we will
not buy production ash or maple before we receive a written release from your side for a stated
quantity.

Regarding the roasted maple: our supplier in Central Java can do the 1-piece necks, grain is
quarter-sawn. If you want birdseye for the artist model, please tell us, then price will change.

We look forward to work together with Halden & Rowe.

Best regards,
Dewi Kartika
Sales & Export
PT Kayu Suara Nusantara
+62 31 843 1120 / WhatsApp +62 812 3055 7781
""",
    attachments=[("QTN_KSN_24-118.pdf", _q, PDF_MT)])
case("c01_supplier_quote_tiers", [], "Supplier quote alone: 6 pre-production / 300 production tiers, production line marked price information; no authorization in bundle.",
     {"QTN_KSN_24-118.eml": E(_m)})

# c02: WhatsApp, supplier asks about the go-ahead, buyer answers with a fully scoped hold
case("c02_whatsapp_case_factory", [], "Supplier's go-ahead question is not an approval; buyer answers: 8 samples only, 392 not released, drop test + written release by Dana Whitfield.",
     {"WhatsApp Chat with Linh Sao Mai.txt": """\
[03/06/2024, 08:41:12] Linh (Sao Mai Case): Good morning Mr Tom. The 8 sample cases will finish today, we send photo this afternoon
[03/06/2024, 08:41:50] Linh (Sao Mai Case): Blue plush inside like your Pantone 2945C, logo embroidery on the lid
[03/06/2024, 08:43:55] Linh (Sao Mai Case): Also question: do we have go ahead for the 392 production cases? Our line is free from 17 June
[03/06/2024, 09:02:10] Tom Ashby (Bramble Road): Morning Linh! Brilliant, photos would be great
[03/06/2024, 09:03:47] Tom Ashby (Bramble Road): Not yet on the 392 I'm afraid. PO BRM-22107 is for the 8 sample cases only. The other 392 are not released – please don't cut tolex or build shells for them
[03/06/2024, 09:05:02] Tom Ashby (Bramble Road): Once the samples pass our drop test and the humidity check, Dana Whitfield (our buying director) sends you a written production release with the quantity on it. Only that email counts, not me on here 🙂
[03/06/2024, 09:05:40] Linh (Sao Mai Case): Understood, 8 only. We keep the line slot tentative
[03/06/2024, 09:06:02] Tom Ashby (Bramble Road): Perfect, cheers Linh
[03/06/2024, 09:06:30] Tom Ashby (Bramble Road): Ship the 8 by DHL please, account no. on the PO
[03/06/2024, 16:12:44] Linh (Sao Mai Case): <Media omitted>
[03/06/2024, 16:12:45] Linh (Sao Mai Case): <Media omitted>
[03/06/2024, 16:13:20] Linh (Sao Mai Case): Photos of sample 1 and 2. Hinges are the new black ones
[03/06/2024, 16:40:05] Tom Ashby (Bramble Road): Look great! Latches a touch stiff on #2 but we'll see in the drop test
"""})

# c03: German PO PDF to Czech neck maker, complete scope note
_po = pdf([
    ("h1", "Bestellung / Purchase Order 4500018821"),
    ("p", "Klangholz Instrumentenbau GmbH - Adorfer Straße 18 - 08258 Markneukirchen - Germany"),
    ("p", "Supplier: Dílna Krásno s.r.o., Dukelská 311, 358 01 Kraslice, Czech Republic - Supplier no. 70215"),
    ("p", "Date: 14.05.2024 - Buyer: Jürgen Pfeiffer - Your offer: AN-2024-077 of 30.04.2024"),
    ("table", [
        ["Pos", "Material no.", "Description", "Qty", "Unit", "Price EUR", "Total EUR"],
        ["10", "4711-220-05", "Bass neck KH-J4, 4-string, maple/rosewood, 34\" scale, drawing KH-N-220 Rev. C", "10", "pcs", "148,00", "1.480,00"],
        ["20", "9900-001", "Tooling share CNC fixture (one-off)", "1", "lot", "620,00", "620,00"],
    ]),
    ("p", "Total net: EUR 2.100,00. Delivery: DAP Markneukirchen, calendar week 27/2024. Payment: 30 days net."),
    ("h", "Scope of this purchase order - please read"),
    ("p", "This purchase order covers ten (10) pre-production necks, position 10, and the fixture, position 20. "
          "Nothing else is ordered or released."),
    ("p", "The series quantity of 190 necks in your offer AN-2024-077 is a forecast and is NOT released. "
          "Please do not produce or pre-machine any series necks."),
    ("p", "Material: you may buy material for the 10 pre-production necks plus 2 spare blanks only."),
    ("p", "The 190 series necks can only be released after our written sample sign-off of the 10 necks AND a "
          "separate written production release signed by Mr. Jürgen Pfeiffer, Head of Purchasing. No other "
          "person and no other document (including this purchase order, an order confirmation or an invoice) "
          "releases series production."),
    ("sp",),
    ("p", "Our general terms of purchase (AEB 2023) apply. Please confirm this order within 3 working days."),
], title="PO 4500018821", author="Klangholz Instrumentenbau GmbH")
case("c03_german_po_neck_scope", [], "PO for 10 pre-production necks; 190 series necks forecast and not released; sample sign-off + written release by Jürgen Pfeiffer; material 10+2.",
     {"Bestellung_4500018821.pdf": _po})

# c04: DOCX labelled rolling forecast, explicitly not an order
_fc = docx_bytes([
    ("h1", "Southerly Drum Co. - Rolling Forecast (planning only)"),
    ("p", "To: Ningbo Yongxin Precision Hardware Co., Ltd. - Attn. Ms. Vivian Xu"),
    ("p", "Issued: 20 May 2024 by Mick Harlow, Head of Product, Southerly Drum Co. Pty Ltd, Brunswick VIC 3056"),
    ("p", "This is our rolling forecast for your capacity planning. It is not a purchase order, not a "
          "commitment to buy and it does not authorize production or the purchase of material. We order only "
          "by numbered purchase order; production starts only against a written production release."),
    ("table", [
        ["Part", "Description", "Q3 2024", "Q4 2024", "Q1 2025", "Q2 2025"],
        ["LUG-T2-CHR", "Tube lug T2, chrome, dwg L-220 C", "2,400", "3,000", "2,000", "2,600"],
        ["TR-52-BLK", "Tension rod 52 mm, black nickel", "4,800", "6,000", "4,000", "5,200"],
        ["SS-3-CHR", "Snare throw-off SS-3, chrome", "150", "220", "120", "180"],
    ]),
    ("sp",),
    ("p", "Figures are estimates and will change. Please tell us if any quarter is outside your capacity, "
          "and flag any long-lead material so that we can decide on it in writing in good time."),
    ("p", "Thanks for the great work on the T2 lugs this year - the chrome on the last shipment was spot on."),
    ("p", "Mick Harlow"),
], author="Mick Harlow")
case("c04_labelled_forecast_docx", [], "Rolling forecast clearly labelled planning only, not an order, no production or material authority.",
     {"Southerly_rolling_forecast_Q3-24.docx": _fc})

# c05: HTML portal, full-quantity production PO (no sample stage, no balance)
case("c05_portal_full_qty_cabinets", [], "Full-quantity production PO for 40 cabinets, no sample stage, no balance; 'proceed with all 40' is scoped.",
     {"portal_PO_10-3381.html": html_page("Copperline Amplification - Supplier Portal - PO 10-3381", """
<h2>Copperline Amplification &middot; Supplier Portal</h2>
<p>Logged in as: <b>Gabinetes Acústicos del Pacífico S.A. de C.V.</b> (Tijuana, B.C.) &middot; <a href="#">Log out</a></p>
<h3>Purchase Order 10-3381 &middot; Status: Open</h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit (USD)</th><th>Need by</th></tr>
<tr><td>1</td><td>CA-CAB-212-CB</td><td>2x12 closed-back cabinet, 13-ply birch, black levant tolex, oxblood grill, rev F</td><td>40</td><td>189.00</td><td>2024-07-19</td></tr>
<tr><td>2</td><td>CA-CORNER-BLK</td><td>Metal corners, black (8 per cab), supplied by you</td><td>320</td><td>0.85</td><td>2024-07-19</td></tr>
</table>
<div class="note">
<p><b>Buyer note:</b> This is a production order for the full quantity of forty (40) cabinets. The design was
signed off on the 2023 run (same drawing, rev F); there is no sample stage and no further balance on this order.
You may proceed with all 40 cabinets. Please ship on two pallets, corner protectors on every cab.</p>
</div>
<p>Buyer: Travis Boyd &middot; Copperline Amplification LLC &middot; 1408 Charlotte Ave, Nashville TN 37203</p>
<p><small>Portal terms apply. Questions: purchasing@copperlineamps.com</small></p>
""")})

# c06: buyer engineering feedback, sign-off for colour only, multipart/alternative
_t = """Hola Rubén,

Thanks for getting the three finish samples (Sunburst Tobacco, Sea Foam, Burgundy Mist) to us so
fast. The team went through them yesterday under daylight and stage lights. Here's where we landed:

- Sea Foam: signed off for colour and gloss level.
- Sunburst Tobacco: signed off too, but please note the burst should be about 10 mm narrower at the
  lower bout. I've added it to the finish spec (FS-07 rev C, attached to the next mail).
- Burgundy Mist: dropped from the line, sorry.

To be really clear about what this means: these sign-offs are for finish and colour only. They do not
release production. PO BG-24-0719 covers the 3 finish sample bodies, all delivered, and that's all
that should be built right now. The 250 bodies in your quote stay on hold - please don't spray,
route or buy alder for them.

The 250 can only be released after our tone test on the sample bodies (we're assembling them into
guitars here next week), and then only by a written production release from me with the quantity on it.

Thanks again, really great work on the Sea Foam - the sales guys already want one.

Megan
""" + sig("Megan Olsen", "Product Manager", "Bellweather Guitars, Austin TX", "+1 512 555 0148")
_m = mail('"Megan Olsen" <molsen@bellweatherguitars.com>', '"Rubén Ortega" <ruben@maderasparacho.mx>',
          "Finish samples - feedback (PO BG-24-0719)", "Thu, 16 May 2024 10:41:00 -0500", _t, html=text_to_html(_t))
case("c06_finish_feedback_scoped", [], "Finish sign-off explicitly for colour only; 3 sample bodies; 250 on hold until tone test + written release from Megan Olsen.",
     {"Finish samples feedback.eml": E(_m)})

# c07: ERP call-off with explicit staged material authority above the released quantity
case("c07_erp_calloff_staged_material", [], "Call-off releases 50; explicit staged material authority up to 200 at buyer liability; balance 150 on hold until next call-off by named buyers.",
     {"ABRUF_AB-2024-0031.txt": """\
RHEIN-AUDIO BUEHNENTECHNIK GMBH                          CALL-OFF / ABRUF
Industriestr. 77, 50829 Koeln, DE                        Page 1 of 1
===============================================================================
Call-off no. : AB-2024-0031            Date      : 2024-06-11
Frame PO     : 4510000982              Supplier  : 70443 JIAXING HONGDA METAL
Buyer        : S. BRANDT               Incoterms : FOB SHANGHAI
Currency     : EUR                     Pay terms : 30% T/T, 70% B/L copy
===============================================================================
ITEM  MATERIAL      DESCRIPTION                        QTY  UOM  DELIV DATE
0010  CS-B22-BLK    CYMBAL BOOM STAND B22, BLACK        50  PC   2024-08-05
      DWG RA-B22-100 REV 4 / TUBE 22/19 MM / DIN EN 10305-2
-------------------------------------------------------------------------------
PRODUCTION RELEASED BY THIS CALL-OFF ..........: 50 PC
FRAME QUANTITY (PLANNING, NOT RELEASED) .......: 200 PC
BALANCE ON HOLD ...............................: 150 PC
MATERIAL AUTHORITY ............................: STAGED, UP TO 200 PC
   Steel tube 22/19 mm and die-cast tilters may be bought for up to
   200 stands at buyer's liability. Do not cut, weld, machine or coat
   more than the 50 stands released above.
UNLOCK OF BALANCE .............................: NEXT CALL-OFF
   (AB-2024-0032 ff.), issued in writing by S. Brandt (Strategic
   Buyer) or M. Vogt (Head of SCM). No other document unlocks it.
-------------------------------------------------------------------------------
PACKING: 5 PC/CARTON, CARTON MARKED WITH CALL-OFF NO. AND ITEM.
PLEASE CONFIRM CALL-OFF BY RETURN (EDI OR MAIL TO einkauf@rhein-audio.de)
===============================================================================
PRINTED 2024-06-11 07:58  USER SBRANDT  SAP/MM  ME9E
"""})

# c08: explicit, recorded auto-conversion (names quantity, signer, conditions) + DOCX agreement
_agr = docx_bytes([
    ("h1", "Agreement on pilot and first production lot - NL-50 head shells"),
    ("p", "Between Nordlicht Amps GmbH, Hamburg (buyer) and Dřevovýroba Luby s.r.o., Luby (supplier). "
          "Reference: PO 24-0412, quotation DL-Q-2024-019 (500 shells)."),
    ("h", "§ 1 Pilot"),
    ("p", "PO 24-0412 line 1 orders five (5) pilot shells. These five are the only shells released on signature of this agreement."),
    ("h", "§ 2 Sign-off"),
    ("p", "Thomas Becker (Managing Director, release authority) signs the pilot sign-off form NL-F-12 after the fit, "
          "rattle and tolex checks. A sign-off with remarks or an interim sign-off does not count for § 3."),
    ("h", "§ 3 Automatic conversion (recorded)"),
    ("p", "If and only if the form NL-F-12 is signed by Thomas Becker without remarks, one hundred (100) production "
          "shells are released by that signed form itself, without a further document. Delivery of the 100 by "
          "calendar week 36/2024. PO 24-0412 line 2 (100 shells) provides the commercial cover."),
    ("h", "§ 4 Balance"),
    ("p", "The remaining 395 shells of the quoted 500 are not released. They need a revised PO and a written "
          "production release signed by Thomas Becker."),
    ("h", "§ 5 Material"),
    ("p", "Material authority: staged, up to 105 shells (5 pilot + 100) in birch ply and tolex, at the buyer's "
          "liability. No material beyond 105 shells."),
    ("table", [["For the buyer", "For the supplier"], ["Thomas Becker, 21.05.2024", "Jan Novák, 21.05.2024"]]),
], author="Thomas Becker")
_m = mail('"Thomas Becker" <becker@nordlicht-amps.de>', '"Jan Novák" <novak@drevovyroba-luby.cz>',
          "NL-50 head shells - signed agreement pilot / first lot", "Tue, 21 May 2024 17:05:00 +0200",
          """Dear Mr Novák,

as discussed on Tuesday, attached is the signed agreement on the pilot and the first production lot
for the NL-50 head shells. In short:

1. PO 24-0412 line 1: 5 pilot shells. These are the only shells released today.
2. Automatic conversion (§ 3 of the agreement): if I sign the pilot sign-off form NL-F-12 without
   remarks, 100 production shells are released by that signed form itself, no further document.
   Delivery of those 100 by KW 36.
3. The remaining 395 shells of the quoted 500 stay on hold. They need a revised PO and a written
   production release from me.
4. Material: you may buy birch ply and tolex for 105 shells (5 + 100) at our liability, nothing beyond.

If the form carries remarks, or if I can only give an interim sign-off, nothing converts and the 100
stay on hold until I release them in writing.

Please countersign and send back a scan.

Mit freundlichen Grüßen / Best regards
Thomas Becker
Geschäftsführer
Nordlicht Amps GmbH - Stresemannstraße 150 - 22769 Hamburg
Amtsgericht Hamburg HRB 162233
""", attachments=[("Agreement_NL-50_pilot_first_lot.docx", _agr, DOCX_MT)])
case("c08_explicit_auto_conversion", [], "Explicit recorded auto-conversion naming quantity (100), signer (Thomas Becker) and conditions; 395 on hold; staged material 105.",
     {"NL-50 signed agreement.eml": E(_m)})

# c09: forwarded old quote with 5,000 pcs, declared informational
_old = mail('"Kevin Huang" <kevin@tianyi-diecast.cn>', '"Gareth Pryce" <gareth@fuzzmonger.co.uk>',
            "Quotation enclosure 125B style - TY-Q-2022-0871", "Thu, 08 Sep 2022 11:20:00 +0800",
            """Dear Gareth,

Please see our price for the 125B style enclosure, ADC12 die cast, powder coat + 2 colour UV print:

  500 pcs    USD 3.95
  1,000 pcs  USD 3.40
  5,000 pcs  USD 2.85

Tooling for custom lid embossing USD 1,200. Lead time 25 days.

Best regards
Kevin Huang
Shenzhen Tianyi Die Casting Co., Ltd.
""")
_m = mail('"Gareth Pryce" <gareth@fuzzmonger.co.uk>', '"Kevin Huang" <kevin@tianyi-diecast.cn>',
          "PO FM-3310 - 60 pilot enclosures (Wolfsbane fuzz)", "Wed, 22 May 2024 09:14:00 +0100",
          """Hi Kevin,

Hope you're well - it's been a while since the 2022 project!

Here's PO FM-3310 for the new Wolfsbane fuzz:

  PO FM-3310, line 1: 60 (sixty) pilot enclosures, 125B style, matte forest green powder coat,
  2-colour UV print per artwork WB-ART-03. USD 3.95 each. Ship by air by 14 June.

For reference I'm forwarding your old quote from September 2022 below. The quantities in it
(500 / 1,000 / 5,000 pcs) are for information only and none of them is released, and the same goes
for the production quantity we discussed on the phone (roughly 1,500 this year, still open). This PO covers the 60 pilot enclosures
and nothing more.

Production will only be released by a written release from me, after we've signed off the pilot
enclosures (print registration, coat thickness, and the fit of the footswitch bushing). Please buy
aluminium and powder for the 60 only.

Cheers,
Gareth
""" + sig("Gareth Pryce", "Founder / Purchasing", "Fuzzmonger Effects Ltd, Leeds LS9 8AJ", "+44 113 496 0712"),
          attachments=[("rfc822", _old)])
case("c09_forwarded_old_quote", [], "Forwarded 2022 quote with 5,000 pcs declared informational and not released; 60 pilot; written release by Gareth Pryce after pilot sign-off.",
     {"PO FM-3310 pilot enclosures.eml": E(_m)})

# c10: supplier's quoted assumption of auto-conversion, corrected by buyer reply
_m = mail('"Tanabe Hiroshi" <h.tanabe@kagura-drum.co.jp>', '"Zhang Lei" <zhanglei@jinsheng-hw.com>',
          "Re: KDW-0588 snare strainer samples schedule", "Fri, 24 May 2024 18:30:00 +0900",
          """Dear Mr. Zhang,

Thank you for the sample schedule. We are happy that the 10 samples are ready on June 7.

But please understand one point. Sample sign-off does not start the 480 pcs.
Our PO KDW-0588 is for 10 samples of the strainer SS-K2 only. The 480 pcs are not released.

After our check of the samples (function, noise, plating), I will send to you the written production
release with the quantity. Only after this release you may start. Please do not buy brass or
prepare plating for 480 pcs before this release.

October date is still important for us, so we will check the samples quickly, within one week.

Best regards,
Tanabe Hiroshi
Purchasing Manager
Kagura Drum Works Co., Ltd.
2-14-8 Minamihorie, Nishi-ku, Osaka 550-0015 Japan
TEL +81-6-6538-2210

-----Original Message-----
From: Zhang Lei <zhanglei@jinsheng-hw.com>
Sent: Friday, May 24, 2024 3:02 PM
To: Tanabe Hiroshi
Subject: KDW-0588 snare strainer samples schedule

""" + quote("""Dear Mr. Tanabe,

10 samples SS-K2 will be ready June 7, we send by EMS.
After you approve the 10 samples we will start the 480 pcs immediately so we can meet your
October date, ok?

Best regards
Zhang Lei
Tianjin Jinsheng Musical Instrument Hardware Co., Ltd."""), in_reply_to="<h105-sup-0010@jinsheng-hw.com>")
case("c10_quoted_assumption_corrected", [], "Supplier's quoted assumption of rolling into 480 is corrected: 10 samples only, 480 not released, written release by Tanabe Hiroshi after sample check.",
     {"Re_KDW-0588 samples schedule.eml": E(_m)})

# c11: supplier confirms deposit and states the deposit does not release production
_m = mail('"Cindy Zhou" <cindy@huayin-guitarparts.com>', '"Sam Doyle" <sam@coastlineguitars.com.au>',
          "RE: PO CGC-1187 deposit received", "Tue, 28 May 2024 16:48:00 +0800",
          """Hi Sam,

We confirm receipt of your 30% deposit (USD 2,160.00) for PI HY-240311 today, thank you.

Please note, according to your PO CGC-1187 the deposit covers the neck carving fixture and the
12 pre-production necks only. The deposit does not release production. We will not start the 288
production necks or buy maple for them until we receive your written production release.

12 pre-production necks: truss rod installed this week, frets next week, ETD 28 June from Nansha.

Best,
Cindy Zhou
Export Dept. | Guangzhou Huayin Guitar Parts Co., Ltd.
Tel +86 20 3482 6617

---------- Previous message ----------
From: Sam Doyle <sam@coastlineguitars.com.au>
Date: Mon, 27 May 2024 08:10 +1000
Subject: PO CGC-1187 deposit

""" + quote("""Hi Cindy,

Deposit is going out today via Westpac, remittance to follow.

As per the PO note: PO CGC-1187 is for 12 pre-production necks (PP-1 to PP-12) and the carving
fixture. The balance of 288 necks in your quote is NOT released. The 288 will only be released
after our sample sign-off, by a written release from me (Sam Doyle, Operations Manager). Material
for the 12 necks only please.

Cheers
Sam"""))
case("c11_deposit_not_release", [], "Supplier states the deposit does not release production; quoted buyer scope: 12 pre-production, 288 not released, sign-off + written release by Sam Doyle.",
     {"RE_PO CGC-1187 deposit received.eml": E(_m)})

# c12: DOCX supplier acknowledgement restating the hold (Mexico)
_ack = docx_bytes([
    ("h1", "Confirmación de pedido / Order Acknowledgement"),
    ("p", "Carpintería Fina de Baja S. de R.L. de C.V. - Blvd. Costero 1840, Ensenada, B.C., México - RFC CFB180522QX1"),
    ("p", "Customer: Redwater Basses LLC, Seattle WA - Attn. Daniel Reyes - Your PO: RW-5520 - Our ref.: OA-24-0133 - Date: 29/05/2024"),
    ("table", [
        ["Item", "Description", "Qty", "Unit USD", "Ship date"],
        ["1", "Prototype bass body RW-PJ, 2-pc alder, contour per drawing RW-B-04 rev 2", "6", "95.00", "21/06/2024"],
        ["2", "Route templates (one-off)", "1", "240.00", "21/06/2024"],
    ]),
    ("sp",),
    ("p", "Scope as we understand it: we build the six (6) prototype bodies and the templates only. The 144 "
          "production bodies in our quote Q-CFB-0419 are not released. We will not cut, rough-out or buy alder "
          "for them."),
    ("p", "Production will start only after we receive your written production release, signed by Mr. Daniel "
          "Reyes, following your sign-off of the prototypes."),
    ("p", "Payment: net 30 from invoice. Packing: individual foam sleeves, export carton."),
    ("p", "Atentamente, Lucía Herrera - Ventas / Sales"),
], author="Lucía Herrera")
case("c12_supplier_ack_restates_hold", [], "Supplier acknowledgement restates 6 prototypes only, 144 not released, written release by Daniel Reyes after prototype sign-off.",
     {"OA-24-0133_Redwater.docx": _ack})

# c13: full-quantity PO with identifiers that look like quantities
_po = pdf([
    ("h1", "PURCHASE ORDER OSS-4402"),
    ("p", "Ostara Sound Systems Ltd - Unit 9, Avonside Trading Estate, Bristol BS2 0UG - VAT GB 318 4471 02"),
    ("p", "Supplier: Reprobox s.r.o., Zašovská 1200, 757 01 Valašské Meziříčí, Czech Republic"),
    ("p", "Order date: 03/06/2024 - Required: 26/07/2024 - Incoterms: DAP Bristol - Terms: 45 days EOM"),
    ("table", [
        ["Line", "Part no.", "Description", "Qty", "Unit GBP", "Amount GBP"],
        ["1", "1200-450-18", "2x12 closed-back cabinet, 18 mm Baltic birch, DWG-3000 Rev 12, RAL 9005 textured", "24", "212.50", "5,100.00"],
        ["2", "1200-450-05", "Jack plate, 2 x 1/4\" parallel, 16 Ω label", "24", "6.20", "148.80"],
    ]),
    ("p", "Order total: GBP 5,248.80"),
    ("h", "Notes"),
    ("p", "This is a complete order for 24 cabinets. No sample stage, no further balance, no forecast attached. "
          "The cabinet design is unchanged from our 2023 orders (DWG-3000 Rev 12)."),
    ("p", "Loading: each cabinet rated 1,500 W programme with the customer's drivers; build and test per "
          "IEC 60268-5 section 17. Supplier quality system per ISO 9001:2015. Cartons marked OSS-4402 / line / 1 of 24."),
    ("p", "Issued by: Freya Hale, Purchasing, Ostara Sound Systems Ltd."),
], title="PO OSS-4402", author="Ostara Sound Systems Ltd")
case("c13_full_po_identifiers", [], "Complete 24-cabinet order, no balance; part numbers, DWG-3000 Rev 12, 1,500 W, ISO/IEC norms are identifiers, not quantities.",
     {"PO_OSS-4402.pdf": _po})

# =================================================================== CLEAN (batch 2)

# c14: HTML buyer portal, staged signature run scope table; "album release" is not a procurement term
case("c14_signature_run_scope_table", [], "Signature run scope table: 2 prototypes released, NAMM samples and 150-unit run not released with events and Carla Mendes; 'album release' is music-industry usage.",
     {"VPG_artist_model_LM1.html": html_page("Vantage Point Guitars - Partner Hub - LM-1 Artist Model", """
<h2>Vantage Point Guitars &middot; Partner Hub</h2>
<p>Project: <b>LM-1 Lacey Monroe signature</b> &middot; Partner: PT Gitarindo Cirebon (Indonesia) &middot; PO VPG-24-330</p>
<p>Hi Pak Hendra and team &ndash; here's the plan for Lacey's model. We're timing the launch with her album release
in March 2025, so the calendar is tight, but the stages below are how we'll do it.</p>
<table>
<tr><th>Stage</th><th>Qty</th><th>Status</th><th>What unlocks it</th><th>Who releases it</th></tr>
<tr><td>Artist prototypes</td><td>2</td><td><b>Released &ndash; build now</b> (PO VPG-24-330)</td><td>&ndash;</td><td>Carla Mendes (done)</td></tr>
<tr><td>NAMM show samples</td><td>3</td><td>Not released</td><td>Lacey's sign-off of the prototypes</td><td>Carla Mendes, written production release</td></tr>
<tr><td>Signature run, limited edition of 150 (serials LM-001 to LM-150)</td><td>150</td><td>Not released</td><td>Sign-off of the NAMM samples + revised PO</td><td>Carla Mendes, written production release</td></tr>
</table>
<div class="note">
<p><b>Material authority:</b> prototypes only &ndash; two sets of korina, ebony and hardware. Please don't buy wood
for the NAMM samples or the run yet; if the korina lead time becomes a problem, ask me and I'll answer in writing.</p>
<p>Only a written production release from me names a quantity you can build. Nothing on this page beyond the two
prototypes is released.</p>
</div>
<p>Spec pack: LM-1 body drawing rev 3, neck carve &ldquo;Lacey C&rdquo; 0.84&Prime;/0.92&Prime;, 12&Prime; radius, gold foil pickups (supplied by us).</p>
<p>&mdash; Carla Mendes, VP Product &middot; Vantage Point Guitars &middot; 600 Division St, Nashville TN</p>
""")})

# c15: WeChat, explicit staged material authority (100) above released (10)
case("c15_wechat_staged_ebony", [], "Only 10 sample fretboards released; 290 on hold until sign-off + written release by Kenji Ishida; explicit staged material authority for 100 ebony blanks.",
     {"WeChat_Dongsheng_ebony.txt": """\
微信聊天记录 / WeChat chat export - 陈伟 (Huizhou Dongsheng) & 森田 葵 (Yamabuki Gakki)
Exported 2024-06-19

2024-06-18 10:02  陈伟 Chen Wei: Morita san, good morning. Ebony price will go up around 18% from July 1.
2024-06-18 10:03  陈伟 Chen Wei: For the 10 sample fretboards we have wood already. But for production 300 pcs, do you want us to buy ebony now?
2024-06-18 10:15  森田 Aoi Morita: Good morning Chen san. Thank you for the information.
2024-06-18 10:19  森田 Aoi Morita: Production is still not released. Only the 10 sample fretboards under PO YG-24-2231 are released now. The other 290 stay on hold until our sample sign-off and then the written production release from Mr. Kenji Ishida (purchasing director).
2024-06-18 10:23  森田 Aoi Morita: But for ebony we give you material authority: you may buy ebony blanks for up to 100 fretboards at Yamabuki liability. Please do not slot, radius or cut any of them.
2024-06-18 10:23  森田 Aoi Morita: I will send the same by email with my signature today.
2024-06-18 10:24  陈伟 Chen Wei: OK understand. Buy ebony for 100 only, no processing. 10 sample fretboards continue.
2024-06-18 10:25  陈伟 Chen Wei: [OK]
2024-06-18 10:31  森田 Aoi Morita: Thank you. Sample delivery still June 28?
2024-06-18 10:33  陈伟 Chen Wei: Yes June 28, by FedEx
"""})

# c16: multi-file: buyer PO PDF + supplier quote PDF with production tier declared informational
_po = pdf([
    ("h1", "Southerly Drum Co. - Purchase Order SDC-008790"),
    ("p", "Southerly Drum Co. Pty Ltd - 41 Hope St, Brunswick VIC 3056, Australia - ABN 62 118 440 907"),
    ("p", "Supplier: CV Bambu Ritme, Jl. Raya Tahunan KM 4, Jepara, Jawa Tengah, Indonesia"),
    ("p", "Date: 27/05/2024 - Ref. quotation: QB-0522 (copy in this folder) - Ship via: air freight, DDP Melbourne"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "AUD each", "AUD total"],
        ["1", "SHL-146-MAH", "Sample snare shell 14 x 6.5, 8-ply mahogany, 45° edges, reinforcement rings", "10", "64.00", "640.00"],
    ]),
    ("h", "Scope"),
    ("p", "This PO buys ten (10) sample shells only. The quotation QB-0522 also shows 600 production shells: that figure "
          "is for information only and is not released."),
    ("p", "The production balance stays on hold until the samples pass our sign-off (tone test and roundness within "
          "0.3 mm) and Mick Harlow (Head of Product) sends a written production release with the quantity."),
    ("p", "Material authority: sample-only. Please don't buy veneer for production shells yet."),
    ("p", "Authorised: Mick Harlow"),
], title="PO SDC-008790", author="Southerly Drum Co.")
_qb = pdf([
    ("h1", "CV BAMBU RITME - PENAWARAN / QUOTATION QB-0522"),
    ("p", "Kepada / To: Southerly Drum Co., Melbourne - Date: 17 May 2024"),
    ("table", [
        ["Item", "Description", "Qty", "USD/pc", "Remark"],
        ["1", "Snare shell 14x6.5 mahogany 8-ply, sample", "10", "41.50", "3 weeks, air"],
        ["2", "Snare shell 14x6.5 mahogany 8-ply, production", "600", "22.80", "6 weeks after release, sea LCL"],
    ]),
    ("p", "Price ex-works Jepara. Veneer from Perhutani certified stock. Thank you, Bapak Slamet Riyadi."),
], title="QB-0522", author="CV Bambu Ritme")
case("c16_multifile_po_plus_quote", [], "Folder: PO for 10 sample shells declares the quote's 600 informational/not released; sign-off + written release by Mick Harlow; sample-only material.",
     {"PO_SDC-008790.pdf": _po, "Quotation_QB-0522.pdf": _qb})

# c17: supplier status report, multipart/alternative, restates waiting for release
_t = """Dear Hannah,

Weekly status for PO FG-4402 (ridgeline gig bag, custom charcoal):

1. Twelve (12) sample gig bags shipped today by DHL, AWB 4821 7740 12, ETA Denver Thursday.
2. Zipper: we changed to YKK #10 as you asked, both sides.
3. Shoulder strap padding 15 mm, logo patch sewn, not glued.
4. Production: we are waiting for your written production release before cutting any fabric
   for the 588 production bags. No material purchased beyond the sample quantity.

Please tell us your comments after the test. Our line booking for July is tentative only.

Thank you and best regards,
Tran Thi Mai
Merchandiser - Saigon Softcase JSC
Lot C4, Tan Thuan EPZ, District 7, Ho Chi Minh City
"""
_m = mail('"Tran Thi Mai" <mai.tran@saigonsoftcase.vn>', '"Hannah Cole" <hannah.cole@fretlinegear.com>',
          "FG-4402 weekly status - samples shipped", "Mon, 03 Jun 2024 17:20:00 +0700", _t, html=text_to_html(_t),
          cc="qc@saigonsoftcase.vn")
case("c17_supplier_status_waiting", [], "Supplier status report: 12 samples shipped, waiting for written release before the 588, no material beyond samples; non-authorizing.",
     {"FG-4402 weekly status.eml": E(_m)})

# c18: ERP full-quantity PO, "proceed with all 500" is scoped
case("c18_erp_full_qty_jackplates", [], "Full-quantity ERP PO for 500 jack plates, no sample stage and no balance; 'proceed with all 500' is scoped; 6061-T6, M3x0.5 are identifiers.",
     {"PO_BG-77310.txt": """\
BELLWEATHER GUITARS INC                                   PURCHASE ORDER
2201 E CESAR CHAVEZ ST, AUSTIN TX 78702                   PO NO  BG-77310
                                                          REV    00
VENDOR: 20871 MAQUINADOS PRECISOS DE QUERETARO SA DE CV   DATE   05/28/24
        AV 5 DE FEBRERO 1803, QUERETARO, QRO, MX          BUYER  T.NGUYEN
SHIP TO: BELLWEATHER GUITARS, RECEIVING DOCK 2            TERMS  NET 45
-------------------------------------------------------------------------------
LN  ITEM          DESCRIPTION                    QTY   UM   UNIT USD   EXT USD
--  ------------  -----------------------------  ----  --   --------  --------
01  JP-OVL-6061   JACK PLATE OVAL, 6061-T6,       500  EA      3.120  1,560.00
                  ANODIZED BLK, DWG JP-11 REV D
                  2 X M3X0.5 CSK HOLES
02  NRE-JP11      FIXTURE / PROGRAM (ONE TIME)      1  LT    180.000    180.00
-------------------------------------------------------------------------------
                                                   TOTAL USD          1,740.00
NOTES:
 1. THIS PO IS FOR THE FULL QUANTITY (500 EA). NO SAMPLE STAGE, NO BALANCE,
    NO FURTHER RELEASES ON THIS PO. PROCEED WITH ALL 500 PCS.
 2. SAME DWG AS PO BG-71822 (2023). FIRST 5 PCS TO QC WITH SHIPMENT.
 3. PACK 50/BAG, LABEL W/ PO + LINE. SHIP UPS GROUND VIA LAREDO BROKER.
-------------------------------------------------------------------------------
AUTHORIZED: T. NGUYEN, PURCHASING                 PAGE 1 OF 1
"""})

# c19: DOCX interim sample disposition with limits + separate production release for 30
_dis = docx_bytes([
    ("h1", "Sample Disposition Record SDR-2024-041"),
    ("p", "Buyer: Saitenwerk Mittenwald GmbH, Obermarkt 9, 82481 Mittenwald, Germany"),
    ("p", "Supplier: Hoa Binh Woodcraft Co., Ltd., Lot 12 Luong Son IZ, Hoa Binh Province, Vietnam"),
    ("table", [
        ["Field", "Entry"],
        ["Part", "Guitar neck SW-N-14, rev B (maple/rosewood, 24.75\" scale)"],
        ["Order", "PO 4500-3391 (200 necks quoted; 6 samples delivered 17.05.2024)"],
        ["Disposition", "INTERIM sign-off"],
        ["Limits", "max. 30 necks in total (incl. the 6 samples), valid until 31.07.2024"],
        ["Reason", "Fret-end dressing marginal at frets 19-22; acceptable for dealer demo instruments"],
        ["Corrective action", "8D report SW-8D-0077 due 28.06.2024; re-sample 3 necks after correction"],
        ["Production release", "PR-0098: 30 necks, signed Stefan Krüger, 24.05.2024"],
        ["Balance", "170 necks - not released, on hold"],
    ]),
    ("sp",),
    ("p", "The interim sign-off itself releases nothing. On its basis, production release PR-0098 (signed by Stefan "
          "Krüger) covers 30 necks in total. The balance of 170 necks remains on hold until full sign-off of the "
          "corrected re-samples and a written production release by Stefan Krüger (Head of Quality & Purchasing)."),
    ("p", "Material authority: 30 necks. After 31.07.2024 the interim limit lapses even if fewer than 30 were built."),
    ("p", "Signed: Stefan Krüger"),
], author="Stefan Krüger")
case("c19_interim_disposition_limits", [], "Interim sign-off with 30-neck/date limits; separate release PR-0098 for 30; 170 on hold until full sign-off + written release by Stefan Krüger.",
     {"SDR-2024-041_SW-N-14.docx": _dis})

# c20: PDF letter rejecting a supplier's auto-conversion clause (quoted clause rejected)
_let = pdf([
    ("h1", "Tonmeister Audiotechnik GmbH"),
    ("p", "Heilbronner Straße 190 - 70191 Stuttgart - Germany"),
    ("p", "To: Ningbo Fenghua Acoustic Cabinet Co., Ltd., attn. Ms. Wang Jing - By e-mail - Stuttgart, 04.06.2024"),
    ("h", "Your order confirmation OC-24-0611 to our PO 4700-2218 - clause 4"),
    ("p", "Dear Ms. Wang,"),
    ("p", "thank you for your order confirmation OC-24-0611. Clause 4 of it reads: \"Production of the 800 cabinets "
          "starts automatically after sample approval.\" We do not accept this clause."),
    ("p", "Our PO 4700-2218 covers eight (8) sample cabinets TM-210 only. The remaining 792 cabinets of your quotation are not "
          "released. Our sign-off of the samples will be recorded in a separate sample report; that report releases nothing."),
    ("p", "Production of the 792 cabinets, or any part of them, requires a written production release signed by "
          "Dipl.-Ing. Frank Neumann, Head of Procurement, issued after the sample sign-off. Until then the material "
          "authority is limited to the 8 sample cabinets."),
    ("p", "Please send us a corrected order confirmation without clause 4 within five working days."),
    ("p", "Mit freundlichen Grüßen"),
    ("p", "i.A. Sabine Roth, Purchasing - on behalf of Dipl.-Ing. Frank Neumann"),
    ("p", "Tonmeister Audiotechnik GmbH - Sitz Stuttgart - Amtsgericht Stuttgart HRB 734410 - USt-IdNr. DE 281 553 019"),
], title="Letter OC-24-0611 clause 4", author="Tonmeister Audiotechnik GmbH")
case("c20_letter_rejects_auto_clause", [], "Buyer letter rejects supplier's quoted auto-start clause; 8 samples only; 792 not released until written release by Frank Neumann after sign-off.",
     {"Letter_OC-24-0611_clause4.pdf": _let})

# c21: HTML supplier web quote with tiers, no authorization
case("c21_supplier_web_quote_tiers", [], "Supplier web quote with 20/500/2,000 tiers and a note that nothing is produced without PO and written release; no authorization.",
     {"nabidka_NQ-2024-118.html": html_page("Strojírna Hudba Cheb - Nabídka / Quotation NQ-2024-118", """
<h2>Strojírna Hudba Cheb s.r.o.</h2>
<p>Americká 48, 350 02 Cheb, Czech Republic &middot; IČO 27461234</p>
<h3>Nabídka / Quotation NQ-2024-118</h3>
<p>Customer: Pennine Drum Company Ltd, Sheffield &middot; Attn. Mr Oliver Grant &middot; Date: 29.05.2024 &middot; Valid 90 days</p>
<table>
<tr><th>Pos.</th><th>Part</th><th>Description</th><th>Quantity tier</th><th>Price EUR/pc</th><th>Lead time</th></tr>
<tr><td>1</td><td>HH-CL-08</td><td>Hi-hat clutch, brass body, CNC, M8 thread, nickel</td><td>20 (samples)</td><td>18,40</td><td>3 weeks</td></tr>
<tr><td>2</td><td>HH-CL-08</td><td>same</td><td>500</td><td>6,95</td><td>6 weeks</td></tr>
<tr><td>3</td><td>HH-CL-08</td><td>same</td><td>2.000</td><td>5,60</td><td>8 weeks</td></tr>
</table>
<p>Prices EXW Cheb, excl. VAT. Brass CuZn39Pb3 per EN 12164. Tier prices apply per released lot.</p>
<p class="note">This is a quotation only, not an order confirmation. Quantities above are price tiers. Nothing is
produced without your purchase order and, for production lots, your written production release.</p>
<p>S pozdravem / Kind regards<br>Ing. Petra Vávrová, obchod / sales</p>
""", lang="cs")})

# c22: PDF production release letter for the full balance after sign-off
_rel = pdf([
    ("h1", "Production Release PR-CGC-0042"),
    ("p", "Coastline Guitar Co. Pty Ltd - 7 Banksia Dr, Byron Bay NSW 2481 - Australia"),
    ("p", "To: Guangzhou Huayin Guitar Parts Co., Ltd. - Attn. Cindy Zhou - Date: 09/07/2024"),
    ("table", [
        ["Field", "Entry"],
        ["Order", "PO CGC-1187 rev 1 (revised PO of 08/07/2024, 300 necks in total)"],
        ["Part", "Bolt-on neck CGC-N22, roasted maple / pau ferro, drawing CGC-N22 rev 4"],
        ["Quantity released by this document", "288 production necks (the full balance)"],
        ["Basis (unlock event)", "Sample sign-off report SSR-118 of 05/07/2024: all 12 pre-production necks signed off, no remarks"],
        ["Authorised by", "Sam Doyle, Operations Manager (release authority, limit USD 50,000)"],
        ["Balance on hold after this release", "0"],
        ["Material authority", "288 necks"],
        ["Delivery", "2 x 144 necks, ETD Nansha 20/08/2024 and 17/09/2024"],
    ]),
    ("sp",),
    ("p", "With this release the order is fully released: 12 pre-production necks (delivered) + 288 production necks = 300."),
    ("p", "Signed: Sam Doyle"),
], title="PR-CGC-0042", author="Coastline Guitar Co.")
case("c22_release_letter_full_balance", [], "Written production release of the full 288 balance after sign-off, named authority, revised PO covers 300; nothing left on hold.",
     {"PR-CGC-0042.pdf": _rel})

# c23: casual US chat, 2 prototypes, NAMM, written release by Jake
case("c23_casual_chat_protos", [], "Casual chat: just the 2 prototypes, other 48 wait; written release from Jake Moreno after the NAMM show; material for 2.",
     {"chat_GhostTown_BoLin.txt": """\
[4/22/24, 11:02:13 AM] Jake Moreno: yo Bo, PO GTA-0093 just went out for the 2 prototype head cabs (shells only, tolex + grill cloth)
[4/22/24, 11:02:40 AM] Jake Moreno: just the 2. don't start the other 48 yet, seriously lol
[4/22/24, 11:03:05 AM] Bo Lin: ok boss. 2 prototypes. the 48 wait
[4/22/24, 11:03:51 AM] Bo Lin: tolex is the cream bronco? or the black
[4/22/24, 11:04:10 AM] Jake Moreno: cream bronco, brown/gold grill. piping white
[4/22/24, 11:04:31 AM] Jake Moreno: we're taking the protos to NAMM. if the dealers dig them I'll send you a written release for the 48 after the show. that email is the only thing that starts the 48
[4/22/24, 11:05:02 AM] Bo Lin: 👍 understood. we buy material only for 2
[4/22/24, 11:05:40 AM] Jake Moreno: legend. need them in Jersey by Jan 10, air is fine
[4/22/24, 11:06:02 AM] Bo Lin: ok air. I send tracking
"""})

# c24: EML + DOCX revised PO; production release of 150 after sign-off; labelled forecast 300 not released
_rev = docx_bytes([
    ("h1", "PURCHASE ORDER HA-5512 - Revision B"),
    ("p", "Hoshizora Audio K.K., 3-11-4 Kanda-Jinbocho, Chiyoda-ku, Tokyo 101-0051, Japan"),
    ("p", "Supplier: Hanoi Precision Metal Co., Ltd., Quang Minh IZ, Me Linh, Hanoi, Vietnam"),
    ("p", "Revision B date: 2024-06-21. Change from revision A: line 2 added."),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit JPY", "Status"],
        ["1", "HA-ENC-1590N1", "Pedal enclosure, aluminium, powder coat Hoshizora Blue, print HA-ART-07", "6", "1,850", "sample - delivered"],
        ["2", "HA-ENC-1590N1", "Pedal enclosure, same spec, production", "150", "690", "production - released 2024-06-21 (R. Fujii)"],
    ]),
    ("sp",),
    ("p", "Total lines 1+2: 156 enclosures. There is no other quantity on this purchase order."),
    ("p", "Issued by: Ryota Fujii, Purchasing Manager"),
], author="Ryota Fujii")
_m = mail('"Ryota Fujii" <r.fujii@hoshizora-audio.jp>', '"Nguyen Minh Tuan" <tuan.nm@hanoiprecision.vn>',
          "HA-5512 rev.B / production release 150 pcs", "Fri, 21 Jun 2024 11:05:00 +0900",
          """Dear Mr. Tuan,

Thank you for the 6 sample enclosures. Our engineering completed the sample sign-off on June 20
(report HA-SSR-031, no remarks).

Please find attached PO HA-5512 revision B. Change from revision A: line 2 added, 150 production
enclosures.

Production release: with this mail I release the 150 enclosures of line 2 for production.
Delivery by August 30, by sea to Tokyo.

For your planning only: our 2025 forecast is about 300 enclosures. This forecast is not ordered and
not released. If we need them, I will send a new PO and a separate written release.

Material authority: for the 150 released enclosures only.

Best regards,
Ryota Fujii
Purchasing Manager
Hoshizora Audio K.K.
TEL +81-3-5212-4471
""", attachments=[("HA-5512_revB.docx", _rev, DOCX_MT)])
case("c24_revised_po_release_150", [], "Revised PO adds 150; written production release of 150 by Ryota Fujii after sign-off; 2025 forecast of 300 labelled not ordered/not released.",
     {"HA-5512 revB production release.eml": E(_m)})

# c25: HTML stop notice with samples allowed and balance still on hold
case("c25_stop_notice_portal", [], "Stop notice: 10 sample cases already built may ship; 190 remain not released; lift by Erik Lindqvist in writing, then sign-off + written release.",
     {"stop_notice_SN-07.html": html_page("Northfork Cases - Supplier Notice SN-07", """
<h2>Northfork Cases &middot; Supplier Notice</h2>
<p><b>To:</b> Dong Nai Case Manufacturing Co., Ltd. (Bien Hoa, Vietnam) &middot; <b>Order:</b> PO NFC-2207 &middot; <b>Date:</b> June 12, 2024</p>
<h3>STOP NOTICE SN-07</h3>
<p>Effective immediately, please stop all work on PO NFC-2207. Our latch vendor has issued a recall on the
LK-40 draw latch (spring fatigue), and that latch is on every case in this order.</p>
<table>
<tr><th>Item</th><th>Quantity</th><th>What to do now</th></tr>
<tr><td>Sample dreadnought cases (already finished)</td><td>10</td><td>May ship as planned; we'll swap latches here</td></tr>
<tr><td>Production dreadnought cases</td><td>190</td><td>Not released &ndash; do not cut plywood, covering or plush</td></tr>
</table>
<div class="note">
<p>This stop is lifted only by a written lift notice from Erik Lindqvist (Director of Sourcing) once the latch
issue is closed (CAPA-22). Lifting the stop does not release the 190: they still need our sample sign-off and a
written production release from Erik Lindqvist.</p>
</div>
<p>Sorry for the disruption &mdash; we'll pay for any rework on the 10 samples. Questions: erik@northforkcases.com</p>
<p>Northfork Cases Inc. &middot; 2100 Washington Ave N, Minneapolis MN 55411</p>
""")})

# =================================================================== POSITIVE (batch 3)

# p01: sample PO + re-attached quote with 450 production, "build per your quote", nothing about the balance
_po = pdf([
    ("h1", "COPPERLINE AMPLIFICATION LLC"),
    ("p", "1408 Charlotte Ave, Nashville TN 37203 - purchasing@copperlineamps.com"),
    ("h", "Purchase Order CA-24-0317"),
    ("p", "Vendor: Dongguan Hengsheng Wood Products Co., Ltd., Houjie Town, Dongguan, Guangdong, China"),
    ("p", "Date: 04/29/2024 - Terms: 50% with order, 50% before shipment - Ship: air, DAP Nashville"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Ext USD"],
        ["1", "VSP-112-PP", "Vesper 1x12 combo cabinet, pre-production, finger-jointed pine, oxblood grill, black tolex", "6", "118.00", "708.00"],
    ]),
    ("p", "Need by: 05/30/2024. Reference: quotation HS-Q-0412."),
    ("p", "Authorized: Travis Boyd, Product Manager"),
], pagesize=LETTER, title="PO CA-24-0317", author="Copperline Amplification")
_q = pdf([
    ("h1", "DONGGUAN HENGSHENG WOOD PRODUCTS CO., LTD."),
    ("h", "QUOTATION HS-Q-0412"),
    ("p", "Customer: Copperline Amplification - Date: 2024-04-22 - Price term: FOB Shenzhen"),
    ("table", [
        ["Item", "Model", "Stage", "Qty", "Unit price USD", "Lead time"],
        ["1", "Vesper 1x12 combo cabinet", "Pre-production", "6", "118.00", "3 weeks"],
        ["2", "Vesper 1x12 combo cabinet", "Production", "450", "64.00", "6 weeks"],
    ]),
    ("p", "Tolex and grill cloth per customer spec, corners/handles from our standard range. Payment T/T."),
    ("p", "Eric Mo, Sales Manager"),
], title="HS-Q-0412", author="Hengsheng")
_m = mail('"Travis Boyd" <travis@copperlineamps.com>', '"Eric Mo" <eric.mo@hengsheng-wood.com>',
          "PO CA-24-0317 Vesper pre-pro cabs", "Mon, 29 Apr 2024 16:40:00 -0500",
          """Hi Eric,

Thanks for turning the quote around so fast. PO CA-24-0317 is attached - it's for the 6
pre-production combo cabinets (the Vesper 1x12, finger-jointed pine, oxblood grill). We need them in
Nashville by May 30 for the tone sessions with our artist.

Please build per your quote HS-Q-0412 - I re-attached it so everything's in one place. Same tolex as
the 2022 Copperline heads.

Let me know the ship date and whether the cabinets can go on the same air shipment as the corner
hardware.

Thanks man,
Travis
""" + sig("Travis Boyd", "Product Manager", "Copperline Amplification LLC", "+1 615 555 0183"),
          attachments=[("PO_CA-24-0317.pdf", _po, PDF_MT), ("HS-Q-0412.pdf", _q, PDF_MT)])
case("p01_prepro_po_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "Pre-production PO for 6 with re-attached quote showing 450 production and 'build per your quote'; nothing says the 450 is not released, no event, no person.",
     {"PO CA-24-0317 Vesper pre-pro cabs.eml": E(_m)})

# p02: scope for 10/290 quoted, but buyer sends updated quote for a 500 run without saying it is not released
_q2 = pdf([
    ("h1", "PT KAYU SUARA NUSANTARA"),
    ("h", "QUOTATION KSN-Q-24-131 rev.2"),
    ("p", "To: Kisaragi Instruments Co., Ltd., Hamamatsu - Attn. Mr. Takeshi Ono - Date: 10 June 2024"),
    ("table", [
        ["No", "Description", "Qty", "USD/pc", "Lead time"],
        ["1", "KS-S body, alder 2-pc, SSH route, pilot", "10", "96.00", "4 weeks"],
        ["2", "KS-S body, alder 2-pc, SSH route, production run", "500", "58.40", "9 weeks"],
    ]),
    ("p", "Rev.2: production quantity changed from 290 to 500 per customer request on Zoom call 7 June. "
          "Price for line 2 reduced from USD 63.10."),
    ("p", "Budi Santoso, Marketing"),
], title="KSN-Q-24-131 rev2", author="PT Kayu Suara Nusantara")
_m = mail('"Takeshi Ono" <t.ono@kisaragi-inst.co.jp>', '"Budi Santoso" <budi@kayusuara.co.id>',
          "RE: KI-24-0880 pilot bodies / quotation rev.2", "Wed, 12 Jun 2024 10:22:00 +0900",
          """Dear Pak Budi,

Thank you for the quick revision. I attach your quotation KSN-Q-24-131 rev.2 (500 bodies, USD 58.40)
with my comments for our file. The new price level is fine for our costing.

How are the 10 pilot bodies progressing? Please send a photo of the sanding stage when possible.
Our designer asks to check the neck pocket depth again (16.0 mm, tolerance +0.2/-0).

Best regards,
Takeshi Ono
Purchasing Group, Kisaragi Instruments Co., Ltd.
1-8-22 Sumiyoshi, Naka-ku, Hamamatsu, Shizuoka 430-0906
TEL +81-53-455-3310

-----Original Message-----
From: Takeshi Ono
Sent: Monday, May 27, 2024 9:05 AM
To: Budi Santoso
Subject: KI-24-0880 pilot bodies

""" + quote("""Dear Pak Budi,

PO KI-24-0880 is issued: 10 pilot bodies (alder, SSH route). Only these 10 are released.
The balance of 290 bodies in quotation KSN-Q-24-131 rev.1 is not released and on hold until our
pilot sign-off and a written production release signed by me.

Best regards,
Takeshi Ono"""), attachments=[("KSN-Q-24-131_rev2_commented.pdf", _q2, PDF_MT)])
case("p02_updated_quote_500_unlabelled", ["RG001"],
     "Scope 10 pilot / 290 on hold is quoted, but the buyer now sends a quote for a 500 run beside the 10 authorized with nothing saying the 500 is not released.",
     {"RE_KI-24-0880 quotation rev2.eml": E(_m)})

# p03: ERP PO printout, pilot lot, quote reference shows series 4,800 on the line
case("p03_erp_pilot_ref_quote_series", ["RG001", "RG003", "RG004", "RG005"],
     "ERP pilot PO for 24 lugs carries the quote's SERIES 4,800 on the line; nothing says the series is not released, no event, no person.",
     {"PO_BDC-008812.txt": """\
BLUEBIRD DRUM CO                                              PURCHASE ORDER
1500 HERMAN ST, NASHVILLE TN 37208                            PO   BDC-008812
PH 615-555-0127                                               DATE 05/13/24
-------------------------------------------------------------------------------
VENDOR 30117  NINGBO YONGXIN PRECISION HARDWARE CO LTD     TERMS  T/T 30/70
              BEILUN DISTRICT, NINGBO, ZHEJIANG, CN        SHIP   FEDEX IP
BUYER  K.ALVAREZ                                           FOB    NINGBO
-------------------------------------------------------------------------------
LN ITEM          DESCRIPTION                        QTY UOM    UNIT       EXT
-- ------------  ------------------------------  ------ --- -------  --------
01 LUG-BB2-NKL   TUBE LUG BB2, NICKEL              24  EA    6.800    163.20
                 DWG L-BB2 REV B
                 PILOT LOT - FIT & TONE CHECK
                 REF QUOTE YX-Q-2405-17:
                 PILOT 24 EA @ 6.80 / SERIES 4,800 EA @ 2.95
02 TR-52-NKL     TENSION ROD 52MM, NICKEL          48  EA    0.900     43.20
                 PILOT LOT
-------------------------------------------------------------------------------
                                                    TOTAL USD         206.40
NOTES:
 - SHIP PILOT BY AIR. CONFIRM ETD BY RETURN.
 - PLATING THICKNESS CERT (MIN 8 UM NI) WITH SHIPMENT.
 - COUNTRY OF ORIGIN MARKING ON INNER BAG.
-------------------------------------------------------------------------------
K.ALVAREZ / PURCHASING                                         PAGE 1 OF 1
"""})

# p04: HTML portal: sample qty (this PO) beside production qty from the quote, no hold
case("p04_portal_sample_vs_production_cols", ["RG001", "RG003", "RG004", "RG005"],
     "Portal shows 30 samples (this PO) beside 3,000 production from the quote with no status; no hold, event or person for the balance.",
     {"BTC_portal_PO_BTC-7720.html": html_page("Brixton Tone Co. - Supplier Portal - PO BTC-7720", """
<h2>Brixton Tone Co. &middot; Supplier Portal</h2>
<p>Supplier: <b>Shenzhen Tianyi Die Casting Co., Ltd.</b> &middot; PO <b>BTC-7720</b> &middot; Issued 21 May 2024 &middot; Buyer: Priya Shah</p>
<table>
<tr><th>Item</th><th>Description</th><th>Sample qty (this PO)</th><th>Production qty (quote TY-Q-2291)</th><th>Unit price USD</th></tr>
<tr><td>125B-BTC-GRN</td><td>125B enclosure, British racing green (RAL 6005), 3-colour UV print, 4 x M3 lid screws</td><td>30</td><td>3,000</td><td>4.10 / 2.60</td></tr>
</table>
<div class="note"><p><b>Buyer comment:</b> Please make the 30 samples as soon as you can &ndash; we want them at the
UK Guitar Show in September, so ETA London by 16 August at the latest. Colour match to the chip we posted (RAL 6005,
satin). Artwork file BTC-ART-11 in the Files tab.</p></div>
<p>Ship to: Brixton Tone Co. Ltd, Unit 4, 12 Coldharbour Lane, London SE5 9NR &middot; DAP &middot; Carrier: DHL Express</p>
""")})

# p05: multi-file: PO scoped for 8/192, supplier quote rev.2 now shows production 400 with no status
_po = pdf([
    ("h1", "Elbklang Drums GmbH - Bestellung 4500-7690"),
    ("p", "Elbklang Drums GmbH - Königsbrücker Str. 96 - 01099 Dresden"),
    ("p", "Lieferant: Kovolis Hranice s.r.o., Tovární 15, 753 01 Hranice, Czech Republic"),
    ("p", "Datum: 22.05.2024 - Einkäufer: Tobias Lenz"),
    ("table", [
        ["Pos", "Artikel", "Bezeichnung / description", "Menge", "EUR/Stk"],
        ["10", "SB-14-CHR", "Snare stand basket 14\", chrome, drawing EK-SB-14 Index C (samples)", "8", "21,50"],
    ]),
    ("h", "Umfang / Scope"),
    ("p", "This order releases eight (8) sample baskets only. The balance of 192 baskets from your offer of 14.05.2024 "
          "is not released. It stays on hold until our sample sign-off and a written production release signed by "
          "Tobias Lenz (Einkauf). Material: for the 8 samples only."),
], title="Bestellung 4500-7690", author="Elbklang Drums GmbH")
_q = pdf([
    ("h1", "KOVOLIS HRANICE s.r.o."),
    ("h", "Nabídka / Offer N-24-0388 rev. 2"),
    ("p", "Zákazník / Customer: Elbklang Drums GmbH, Dresden - Datum: 03.06.2024"),
    ("table", [
        ["Pol.", "Popis / Description", "Množství / Qty", "EUR/ks"],
        ["1", "Snare stand basket 14\" chrome, samples", "8", "21,50"],
        ["2", "Snare stand basket 14\" chrome, production", "400", "9,80"],
    ]),
    ("p", "Revision 2: production quantity updated to 400 pcs following your sales department's enquiry of 30.05.2024; "
          "price per piece reduced accordingly. Chrome plating per ČSN EN ISO 1456."),
    ("p", "Ing. Radek Sýkora, obchodní oddělení"),
], title="N-24-0388 rev2", author="Kovolis Hranice")
case("p05_multifile_po_plus_quote_rev2", ["RG001"],
     "Folder: PO holds the 192 balance correctly, but the supplier's revised offer beside it shows 400 production baskets with nothing saying they are not released.",
     {"Bestellung_4500-7690.pdf": _po, "Nabidka_N-24-0388_rev2.pdf": _q})

# p06: WhatsApp, scope was clear, then "You're good to go!" after photos
case("p06_whatsapp_good_to_go", ["RG002"],
     "Scope stated (4 pre-production, 196 not released, written release from Dale after tone test), then 'You're good to go!' with no quantity or sample scope.",
     {"WhatsApp Chat with Kevin Liang Jinyue.txt": """\
[5/6/24, 9:12:03 AM] Dale Whitaker: Morning Kevin! PO SW-1180 sent to your email. It's for the 4 pre-production 2x12 cabs only (the Rattler, closed back, salt & pepper grill)
[5/6/24, 9:13:20 AM] Dale Whitaker: the other 196 are NOT released - please don't cut ply for them. After our tone test I'll send you a written production release with the number on it
[5/6/24, 9:40:11 AM] Kevin Liang (Jinyue): Good morning Dale. Received, 4 pcs pre-production. Finish around May 24
[5/6/24, 9:41:02 AM] Kevin Liang (Jinyue): Baffle is 18mm or 15mm?
[5/6/24, 9:44:30 AM] Dale Whitaker: 18 birch, floating baffle like the drawing. thx
[5/21/24, 10:02:17 PM] Kevin Liang (Jinyue): Tolex arrived today, the white piping is little more cream than sample. Ok?
[5/21/24, 10:30:40 PM] Dale Whitaker: cream is fine, looks more vintage anyway
[5/27/24, 8:02:45 PM] Kevin Liang (Jinyue): <attached: 00000012-PHOTO-2024-05-27-20-02-45.jpg>
[5/27/24, 8:02:46 PM] Kevin Liang (Jinyue): <attached: 00000013-PHOTO-2024-05-27-20-02-46.jpg>
[5/27/24, 8:03:10 PM] Kevin Liang (Jinyue): 4 cabs finished, photo for your check. Can ship by DHL tomorrow
[5/28/24, 7:15:22 AM] Dale Whitaker: Man these look killer 🔥🔥 piping is perfect, grill is dead straight
[5/28/24, 7:15:40 AM] Dale Whitaker: You're good to go!
[5/28/24, 7:31:02 AM] Kevin Liang (Jinyue): Thank you Dale! We arrange 👍
"""})

# p07: German buyer, "Approved. Please proceed." after measuring samples; PO scope in the quoted chain
_m = mail('"Katrin Hoffmann" <k.hoffmann@tonwerk-zupf.de>', '"Pavel Dvořák" <dvorak@dilna-krasno.cz>',
          "AW: PO 4500-2277 - sample necks TW-N-60 shipped", "Mon, 10 Jun 2024 14:12:00 +0200",
          """Sehr geehrter Herr Dvořák,

we have measured the 5 sample necks in our lab this morning:

- all dimensions within tolerance per drawing TW-N-60 Index B
- neck relief 0,25 mm at the 12th fret with 0.010-0.046 strings: OK
- fret levelling: very good
- nut slot low E is 0,1 mm deep (uncritical, we correct it here)

Approved. Please proceed.

Mit freundlichen Grüßen / Kind regards

Katrin Hoffmann
Leitung Einkauf
Tonwerk Zupfinstrumente GmbH - Werner-von-Siemens-Str. 41 - 91052 Erlangen
Tel. +49 9131 88 402-15
Geschäftsführer: Markus Wendt - Amtsgericht Fürth HRB 15520

-----Ursprüngliche Nachricht-----
Von: Pavel Dvořák <dvorak@dilna-krasno.cz>
Gesendet: Freitag, 7. Juni 2024 16:30
An: Katrin Hoffmann <k.hoffmann@tonwerk-zupf.de>
Betreff: PO 4500-2277 - sample necks TW-N-60 shipped

""" + quote("""Dear Mrs. Hoffmann,

the 5 sample necks were shipped yesterday by DPD, tracking 0150 4472 8813 06. Measuring report is in
the box. When can we expect your feedback?

Best regards
Pavel Dvořák
Dílna Krásno s.r.o.

> Dear Mr. Dvořák,
>
> please find PO 4500-2277: 5 sample necks TW-N-60 ("Jazz" profile). The remaining 195 necks of
> your offer are not released and stay on hold until our sample sign-off and a written production
> release from me (Katrin Hoffmann, Leitung Einkauf).
>
> Kind regards
> Katrin Hoffmann"""), in_reply_to="<h105-sup-0207@dilna-krasno.cz>")
case("p07_german_approved_proceed", ["RG002"],
     "After measuring the 5 sample necks the release authority writes 'Approved. Please proceed.' with no quantity or sample scope; PO scope quoted below.",
     {"AW_PO 4500-2277 sample necks.eml": E(_m)})

# p08: HTML inspection record; "APPROVED" for the PO (finance) and the samples (engineering); "Approved - proceed."
case("p08_inspection_record_approved", ["RG002", "RG009"],
     "'APPROVED' used for the PO (finance) and the sample inspection (engineering), and the release authority comments 'Approved — proceed.' without scope.",
     {"SIR-0457_HLA-CAB-112.html": html_page("Harbour Lane Audio - Sample Inspection Record SIR-0457", """
<h2>Harbour Lane Audio Ltd &middot; Supplier Quality</h2>
<h3>Sample Inspection Record SIR-0457</h3>
<p>Part: <b>HLA-CAB-112</b> 1x12 extension cabinet, rev C &middot; Supplier: Mekong Acoustic Works Co., Ltd. (Can Tho, Vietnam) &middot; PO HLA-24-0630</p>
<p><b>PO scope:</b> 3 first-article cabinets released. The balance of 297 cabinets is not released and stays on hold
until the written production release from Rosie Whitcombe (Head of Operations) following sample sign-off.</p>
<table>
<tr><th>Check</th><th>Spec</th><th>Result</th></tr>
<tr><td>Outside dimensions</td><td>560 x 480 x 285 mm &plusmn;1</td><td>OK (all 3)</td></tr>
<tr><td>Baffle flatness</td><td>&le; 0.5 mm</td><td>OK</td></tr>
<tr><td>Tolex seams / corners</td><td>visual std VS-04</td><td>OK</td></tr>
<tr><td>Rattle test, 40&ndash;400 Hz sweep at 50 W</td><td>no buzz</td><td>OK</td></tr>
</table>
<h4>Status</h4>
<table>
<tr><th>Item</th><th>Status</th><th>By / date</th></tr>
<tr><td>PO HLA-24-0630</td><td>APPROVED</td><td>Finance &ndash; D. Okafor, 12/06/2024</td></tr>
<tr><td>Sample inspection SIR-0457</td><td>APPROVED</td><td>Engineering &ndash; M. Pryce, 19/06/2024</td></tr>
</table>
<p class="note"><b>Comment (R. Whitcombe, 19/06/2024):</b> Approved &mdash; proceed. Nice job on the corners this time.</p>
<p><small>Harbour Lane Audio Ltd &middot; 3 Feeder Road, Bristol BS2 0SB &middot; Registered in England 10447219</small></p>
""")})

# p10: chat, "go ahead" with no quantity; the rest on hold (event + person named)
case("p10_chat_go_ahead_no_qty", ["RG002", "RG010"],
     "'yep all good, go ahead' names no quantity or sample scope, and no message ever states how many necks are authorized now; hold, event and Pete Marsh are named.",
     {"chat_DustyCreek_VietTonewood.txt": """\
[12/6/2024, 3:14 pm] Hai (Viet Tonewood): Hi Bec, the roasted maple is dry now, we are ready to start the necks. Waiting your confirm
[12/6/2024, 3:18 pm] Bec Sullivan: hey Hai! sorry for slow reply, crazy week with the workshop move
[12/6/2024, 3:20 pm] Bec Sullivan: yep all good, go ahead 👍
[12/6/2024, 3:20 pm] Bec Sullivan: the rest stays on hold till Pete Marsh has signed off the first ones and sent you the written release
[12/6/2024, 3:21 pm] Hai (Viet Tonewood): ok thank you. Which fret wire, the 6105 or the 6150?
[12/6/2024, 3:22 pm] Bec Sullivan: 6105 stainless. and the side dots luminlay green
[12/6/2024, 3:22 pm] Hai (Viet Tonewood): ok 👍
[12/6/2024, 3:40 pm] Bec Sullivan: oh and ship to the new address pls - 18 Grote St, Adelaide SA 5000
"""})

# p11: buyer treats the paid deposit as the production go-ahead
_m = mail('"Ollie Thornbury" <ollie@thornburybasses.co.uk>', '"Arturo Villaseñor" <arturo@maderasdelbajio.mx>',
          "Re: Proforma PI-2024-118", "Thu, 06 Jun 2024 11:02:00 +0100",
          """Hola Arturo,

Quick one - our accounts team paid your proforma PI-2024-118 this morning (50% deposit, USD 6,450).
Remittance advice below.

Please take this as our go-ahead for production. Can't wait to see the first bodies!

Cheers,
Ollie

  REMITTANCE ADVICE - Barclays Bank UK PLC
  Beneficiary: MADERAS DEL BAJIO SA DE CV - CLABE 0122 2500 1234 5678 90
  Amount: USD 6,450.00 - Value date 06/06/2024 - Ref: PI-2024-118 / TB-2291
""" + sig("Ollie Thornbury", "Founder", "Thornbury Basses Ltd, Bristol", "+44 117 496 0388") + """
On 22 May 2024, at 09:31, Ollie Thornbury <ollie@thornburybasses.co.uk> wrote:

""" + quote("""Hola Arturo,

PO TB-2291 attached. It is for 6 pre-production P-bass bodies (2-piece swamp ash, poly sealer, no
colour). The balance of 144 bodies in your quote is not released; it stays on hold until we've
signed off the pre-production bodies and I send you a written production release with the quantity.

Cheers
Ollie"""))
case("p11_deposit_go_ahead_production", ["RG002", "RG012"],
     "Buyer treats the paid deposit as authority ('take this as our go-ahead for production') with no quantity; earlier scope held the 144 until sign-off + written release.",
     {"Re_Proforma PI-2024-118.eml": E(_m)})

# p12: WeChat, sample PO; production "see our RFQ, discuss later" - no hold, event, person
case("p12_wechat_samples_rfq_later", ["RG003", "RG004", "RG005"],
     "Japanese buyer orders 5 strainer samples and points to the RFQ production quantity 'to discuss later'; never says it is not released, no event, no person.",
     {"WeChat_Xinghe_SS-3.txt": """\
微信聊天记录 - 佐藤 由紀 (Mizuho Percussion) / 刘强 (Hebei Xinghe Drum Hardware)

2024-05-20 14:02  佐藤 Sato Yuki: Hello Mr. Liu. We sent PO MZ-24-118 by email just now.
2024-05-20 14:02  佐藤 Sato Yuki: Please make 5 samples of snare strainer SS-3 (drawing SS-3 rev.D), chrome finish, our logo by laser.
2024-05-20 14:03  佐藤 Sato Yuki: For the production quantity please see our RFQ. Schedule for production we discuss later.
2024-05-20 14:05  刘强 Liu Qiang: Received, thank you Sato san. 5 samples delivery 3 weeks. We use same chrome line as mass production
2024-05-20 14:06  佐藤 Sato Yuki: Thank you. Please send photo before shipping.
2024-05-20 14:06  刘强 Liu Qiang: [OK]
2024-05-20 14:10  刘强 Liu Qiang: Logo file is the one from last year? MZ_logo_2023.ai
2024-05-20 14:12  佐藤 Sato Yuki: Yes, same file. Size 12 x 4 mm.
"""})

# p13: short mobile email, "start the prototype necks", no quantity, no hold/event/person
_m = mail('"Nate Brooks" <nate@marloweguitarworks.com>', '"Pavel Horák" <horak@bohemia-neckworks.cz>',
          "Re: prototype necks", "Tue, 14 May 2024 07:58:00 -0400",
          """Hey Pavel -

PO MGW-4471 is in your inbox. Please start the prototype necks - the roasted maple ones with the
10-16" compound radius and the rolled edges we talked about on the call.

The production quantity for the fall run is in the RFQ we sent in March.

Thanks!
Nate

Sent from my iPhone

> On May 13, 2024, at 10:12 AM, Pavel Horák <horak@bohemia-neckworks.cz> wrote:
>
> Dear Nate,
> attached is our price for the prototype necks including CNC programming. Please send the PO when
> ready and we will schedule them.
> Best regards
> Pavel Horák
> Bohemia Neckworks s.r.o., Luby u Chebu
""", in_reply_to="<h105-sup-0313@bohemia-neckworks.cz>")
case("p13_mobile_start_prototypes", ["RG003", "RG004", "RG005", "RG010"],
     "'Please start the prototype necks' gives no quantity; production quantity referenced with no hold, no unlock event and no named release person.",
     {"Re_prototype necks.eml": E(_m)})

# p15: PDF PO, balance on hold "until further notice", named person, no unlock event
_po = pdf([
    ("h1", "PENNINE DRUM COMPANY LTD"),
    ("p", "Unit 3, Shalesmoor Works, Sheffield S3 8UL - VAT GB 204 8812 77"),
    ("h", "Purchase Order PDC-3317"),
    ("p", "Supplier: Jiaxing Hongda Metal Products Co., Ltd., Jiaxing, Zhejiang - Date: 28/05/2024 - Quotation HD-Q-0317"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "USD each"],
        ["1", "PD-CBS-2", "Cymbal boom stand, double braced, black, convertible boom, SAMPLE", "12", "24.00"],
    ]),
    ("h", "Scope"),
    ("p", "This PO authorizes the twelve (12) sample stands only. The remaining 588 stands shown in quotation "
          "HD-Q-0317 are not released and are on hold until further notice. Oliver Grant (Operations Director) "
          "is the only person who can lift that hold."),
    ("p", "Material: sample quantity only."),
    ("p", "Delivery: air freight DAP Sheffield by 05/07/2024. Pack each stand in its own carton with PDC logo label."),
    ("p", "Issued by: Oliver Grant"),
], title="PO PDC-3317", author="Pennine Drum Company")
case("p15_po_hold_until_further_notice", ["RG004"],
     "12 samples; 588 'on hold until further notice', Oliver Grant named as the only one who can lift it; no unlock event.",
     {"PO_PDC-3317.pdf": _po})

# p17: DOCX spec sheet + PO note: "Balance of 180 bodies is on hold." only
_spec = docx_bytes([
    ("h1", "Sakurai Guitar Laboratory - Body Spec Sheet SGL-B-07"),
    ("p", "Supplier: Hue Artisan Woodworks Co., Ltd., Phu Bai IZ, Thua Thien Hue, Vietnam"),
    ("p", "PO: SGL-24-0215 - Date: 2024-05-30 - Prepared by: Naoko Sakurai"),
    ("table", [
        ["Item", "Specification"],
        ["Body wood", "Okoume 2-piece, centre joint, moisture 8-10%"],
        ["Top", "Flamed maple veneer 0.6 mm, bookmatched"],
        ["Route", "HH, rear-routed control cavity, drawing SGL-R-07 rev 3"],
        ["Finish", "Urethane, Trans Indigo Burst, 0.25 mm total film"],
        ["Neck pocket", "56.0 mm +0.1/-0, depth 15.9 mm"],
    ]),
    ("sp",),
    ("h", "Order quantity"),
    ("p", "Order quantity this PO: 20 pre-production bodies."),
    ("p", "Balance of 180 bodies is on hold."),
    ("p", "Please send photos of the veneer matching before spraying. Thank you for your cooperation."),
], author="Naoko Sakurai")
case("p17_docx_spec_balance_on_hold", ["RG004", "RG005"],
     "20 pre-production bodies; 'Balance of 180 bodies is on hold.' names neither the unlock event nor who may release it.",
     {"SGL-B-07_spec_sheet.docx": _spec})

# p18: ERP PO, balance held pending event (no person); forecast written as firm volume commitment
case("p18_erp_forecast_commitment", ["RG005", "RG008"],
     "Sample PO holds 294 pending sample sign-off and revised PO but names no person; the 12-month forecast is written as a firm commitment to be treated as ordered.",
     {"PO_77-40215.txt": """\
CRESCENT CITY CASES LLC                                     PURCHASE ORDER
4100 TCHOUPITOULAS ST, NEW ORLEANS LA 70115                 NO. 77-40215  REV 0
-------------------------------------------------------------------------------
VENDOR : 40982 BINH DUONG LUGGAGE & CASE JSC     DATE   : 06/03/2024
         VSIP II, THU DAU MOT, BINH DUONG, VN     TERMS  : 30% DEP / 70% BL
SHIP VIA: OCEAN / SAMPLES BY AIR                  INCOTERM: FOB HCMC
-------------------------------------------------------------------------------
LN  PART           DESCRIPTION                       QTY  UOM     PRICE
1   CCC-HSC-LP     HARDSHELL CASE LP STYLE, SAMPLE     6  EA     48.00
                   CUSTOM ROYAL BLUE PLUSH, GOLD LOGO
2   CCC-HSC-LP-T   TOOLING, LID EMBOSS PLATE           1  LT    320.00
-------------------------------------------------------------------------------
NOTES:
 1. SAMPLE LOT ONLY. BAL 294 EA NOT RELEASED, ON HOLD PENDING SAMPLE
    SIGN-OFF AND REVISED PO.
 2. 12-MONTH FORECAST 3,600 EA (SCHEDULE B, JUL-24 TO JUN-25) IS OUR FIRM
    VOLUME COMMITMENT. BOOK CAPACITY AND TREAT AS ORDERED. NOT RELEASED
    FOR PRODUCTION UNTIL CALL-OFF.
 3. CARTON MARKS: CCC / PO NO / CASE NO. 2 CASES PER MASTER CARTON.
-------------------------------------------------------------------------------
PREPARED BY: R.BOUDREAUX                                     PAGE 1 OF 1
"""})

# =================================================================== POSITIVE (batch 4)

# p19: email says 16 pre-production snares, attached PO says 18; release "from our side"
_po = pdf([
    ("h1", "YARRA SNARE WORKS PTY LTD"),
    ("p", "22 Cremorne St, Richmond VIC 3121, Australia - ABN 41 603 228 915"),
    ("h", "PURCHASE ORDER YSW-0412"),
    ("p", "Supplier: PT Rimba Drum Jepara, Desa Mulyoharjo, Jepara 59431, Indonesia - Date: 03/06/2024"),
    ("table", [
        ["Line", "Code", "Description", "Qty", "USD ea", "USD total"],
        ["1", "YSW-1455-MAH", "Pre-production snare drum 14x5.5, solid-ply mahogany, natural satin, 10 lugs", "18", "86.00", "1,548.00"],
    ]),
    ("p", "Pre-production lot only. Balance of 232 snares on hold until sample sign-off and written production release."),
    ("p", "Delivery: air, DDP Melbourne, by 09/08/2024."),
], title="PO YSW-0412", author="Yarra Snare Works")
_m = mail('"Liam Carter" <liam@yarrasnareworks.com.au>', '"Agus Prasetyo" <agus@rimbadrum.co.id>',
          "PO YSW-0412 pre-production snares", "Mon, 03 Jun 2024 12:15:00 +1000",
          """G'day Agus,

PO YSW-0412 attached for 16 pre-production snares (the 14x5.5 mahogany, natural satin, 10 lugs,
die-cast hoops). The remaining 234 from your quote are not released - please hold them until we've
signed off the pre-pro snares and you've got a written release from our side.

They need to be in Melbourne for the drum festival on 24 August, so air freight please.

Cheers,
Liam
""" + sig("Liam Carter", "General Manager", "Yarra Snare Works Pty Ltd", "+61 3 9421 0077"),
          attachments=[("PO_YSW-0412.pdf", _po, PDF_MT)])
case("p19_email16_po18_our_side", ["RG005", "RG011"],
     "Email authorizes 16 pre-production snares (234 held) while the attached PO says 18 (232 held); release 'from our side' names no person.",
     {"PO YSW-0412 pre-production snares.eml": E(_m)})

# p21: supplier bought alder for all 300 while 12 released, no material authority
_m = mail('"Rubén Ortega" <ruben@maderasparacho.mx>', '"Megan Olsen" <molsen@bellweatherguitars.com>',
          "RE: PO BG-24-0802 pre-production bodies - update", "Fri, 07 Jun 2024 18:22:00 -0600",
          """Hi Megan,

Quick update on PO BG-24-0802 (12 pre-production bodies):

- Bodies routed and sanded, sealer goes on Thursday.
- Good news on wood: our lumber yard in Uruapan had a really nice lot of 2-piece alder, light and
  very even grain, so we bought enough for all 300 bodies to keep the look consistent across the
  run. It's stickered and drying in our shed now.
- Pickguard screw holes will be drilled at your side, like you asked.

Pictures come in the next mail, the files are big.

Saludos,
Rubén Ortega
Talleres Maderas Paracho S.A. de C.V. - Paracho de Verduzco, Michoacán
Tel. +52 423 525 0190

-----Original Message-----
From: Megan Olsen <molsen@bellweatherguitars.com>
Sent: Tuesday, May 21, 2024 9:03 AM
To: Rubén Ortega
Subject: PO BG-24-0802 pre-production bodies

""" + quote("""Hola Rubén,

PO BG-24-0802 is attached. It covers 12 pre-production bodies only. The remaining 288 from your
quote are not released; they'll be released only by a written production release from me after
we've signed off the tone test on the pre-production guitars.

Thanks!
Megan"""))
case("p21_supplier_bought_alder_300", ["RG006"],
     "Supplier bought alder for all 300 bodies while only 12 are released and no material authority was given; buyer scope otherwise complete.",
     {"RE_PO BG-24-0802 update.eml": E(_m)})

# p22: WeChat, supplier reports steel for 2,000 stands arrived; pilot 50, material sample-only
case("p22_wechat_steel_all_stands", ["RG006"],
     "Pilot 50 released with material for the pilot only; supplier reports steel tube and castings for all 2,000 stands bought.",
     {"WeChat_Fuda_hihat_stands.txt": """\
WeChat export - Mick Harlow (Southerly Drum Co.) / 王芳 Wang Fang (Cangzhou Fuda Stand Co.)

2024-05-09 09:14  Mick Harlow: Hi Wang Fang, PO SDC-008830 sent by email. It's for 50 pilot hi-hat stands only (HS-700, double braced, direct pull).
2024-05-09 09:15  Mick Harlow: The other 1,950 are not released. They get released only by my written release after we sign off the pilot stands. Material for the 50 pilot only please.
2024-05-09 09:31  王芳 Wang Fang: Hi Mick, received. 50 pilot, delivery end of June.
2024-06-03 16:48  王芳 Wang Fang: Mick good afternoon. Good news: steel tube and the castings for all 2000 stands arrived our warehouse yesterday. Steel price was going up in June so our boss decided buy now, save cost for you 😊
2024-06-03 16:49  王芳 Wang Fang: Pilot 50 stands welding finished, powder coat next week
2024-06-03 16:49  王芳 Wang Fang: [Photo]
2024-06-03 17:30  Mick Harlow: Thanks Wang Fang. Will the pilot still ship end of June?
2024-06-03 17:41  王芳 Wang Fang: Yes, ETD June 27 Tianjin
"""})

# p23: supplier MRP printout: 24 released, raw material on order for 240
case("p23_supplier_mrp_material_240", ["RG006"],
     "Supplier MRP: customer released 24 pre-production necks, balance 216 not released, yet maple blanks and fret wire ordered for 240.",
     {"MRP_ZAK-24-0177.txt": """\
BOHEMIA NECKWORKS s.r.o.      MRP - POTREBA MATERIALU / MATERIAL REQUIREMENTS
Luby u Chebu, CZ              Run: 03.06.2024 06:00   User: JKRAL   Page 1/1
================================================================================
Zakazka / Job      : ZAK-24-0177        Customer : MARLOWE GUITAR WORKS (US)
Cust. PO           : MGW-4502           Part     : MGW-N-62C roasted maple neck
Released (cust.)   : 24 ks   (pre-production necks)
Cust. balance      : 216 ks  NOT RELEASED (release pending, N. Brooks)
Material authority : -
================================================================================
MATERIAL    DESCRIPTION                 REQ BASIS  QTY REQ  ON ORDER  PO DATE   VENDOR
----------  --------------------------  ---------  -------  --------  --------  ---------------
RM-MPL-RST  Roasted maple blank 1-pc     240 ks      240      240     28.05.24  Holzhandel Weiss
RM-FW-6105  Fret wire 6105 NS, 60 cm     240 ks    5.280     5.280    28.05.24  Jescar EU
RM-TR-440   Truss rod dual action 440    240 ks      240      240     29.05.24  Gotoh EU dist.
RM-DOT-3    Side dot 3 mm luminlay       240 ks    2.880     3.000    29.05.24  Luminlay
----------  --------------------------  ---------  -------  --------  --------  ---------------
Planner remark: material bought for full job qty (240) - price valid only for
complete lot; customer release for the 216 expected after NAMM.
================================================================================
"""})

# p24: supplier treats the deposit as the start and buys mahogany for all 200
_m = mail('"Sophie Li" <sophie@haiyun-music.com>', '"Bec Sullivan" <bec@dustycreekguitars.com.au>',
          "RE: PO DCG-0091 deposit", "Wed, 19 Jun 2024 15:05:00 +0800",
          """Dear Bec,

We received your TT deposit 30% today, thank you so much!

So we have started the order: mahogany for 200 guitars is already purchased from our Qingdao timber
partner, and the first 50 bodies are cutting now. Necks will start next week.

The 8 sample guitars will be finished by end of this month as planned.

Best regards
Sophie Li
Sales Manager | Qingdao Haiyun Musical Instruments Co., Ltd.
Jiaozhou, Qingdao, Shandong | +86 532 8720 3366

---- Replied Message ----
From: Bec Sullivan <bec@dustycreekguitars.com.au>
Date: 06/14/2024 10:20
Subject: PO DCG-0091 deposit

""" + quote("""Hi Sophie,

Deposit for PO DCG-0091 is going out Monday. Just so we're on the same page: PO DCG-0091 is for the
8 sample guitars only. The balance of 192 is not released - that only happens by a written release
from me after we've signed off the samples.

Thanks heaps,
Bec"""))
case("p24_deposit_start_mahogany_200", ["RG006", "RG012"],
     "Supplier reads the deposit as the start of the order and buys mahogany for 200 while only 8 samples are released and no material authority exists.",
     {"RE_PO DCG-0091 deposit.eml": E(_m)})

# p25: supplier books aluminium for 1,000 and plans to go straight into production after pilot approval
_plan = """PILOT INSPECTION PLAN - CHE-1590 enclosure - PO CHE-2208
Dongguan Jinhao Die Casting Co., Ltd.

Step  Check                          Method               Sample size
1     Wall thickness 2.0 +/-0.1 mm    caliper              5 pcs
2     Lid flatness                    feeler gauge         5 pcs
3     Powder coat thickness 60-80 um  Elcometer            5 pcs
4     UV print adhesion               cross-hatch ISO 2409 2 pcs
5     Footswitch hole 12.2 mm         pin gauge            all 40
"""
_m = mail('"Jacky Wu" <jacky@jinhao-diecast.com>', '"Sarah Brennan" <sarah@cobblehilleffects.co.uk>',
          "Re: PO CHE-2208 pilot enclosures", "Thu, 30 May 2024 11:46:00 +0800",
          """Dear Sarah,

Noted with thanks, 40 pilot enclosures, forest green + gold print.

To save time for you: we have booked ADC12 aluminium ingot for 1,000 pcs this week and keep it in
our warehouse. So as soon as you approve the pilot, we go straight into casting and powder coat for
the 960 without waiting. Your Christmas date is then safe.

Attached our pilot inspection plan.

Best regards,
Jacky Wu
Dongguan Jinhao Die Casting Co., Ltd. | Chang'an Town, Dongguan

On Wed, May 29, 2024 at 4:02 PM Sarah Brennan <sarah@cobblehilleffects.co.uk> wrote:
""" + quote("""Hi Jacky,

Here's PO CHE-2208: 40 pilot enclosures (1590 size, forest green, gold UV print).

The other 960 are on hold and not released. They'll only be released by a written release from me
once we've signed off the pilot run (fit of the PCB, print, coat).

Cheers,
Sarah Brennan
Cobble Hill Effects, Manchester"""), attachments=[("pilot_inspection_plan.txt", _plan, "text/plain")])
case("p25_ingot_1000_straight_into_960", ["RG006", "RG007"],
     "Supplier books aluminium for 1,000 without material authority and says it will go straight into the 960 once the pilot is approved, ignoring the required written release.",
     {"Re_PO CHE-2208 pilot enclosures.eml": E(_m)})

# p27: multi-file: buyer call-off releases 30 with material authority 30; supplier status says 50 released, maple for 200 bought
_co = docx_bytes([
    ("h1", "Abruf / Production Release AR-2024-009"),
    ("p", "Klangholz Instrumentenbau GmbH, Adorfer Straße 18, 08258 Markneukirchen - to Hoa Binh Woodcraft Co., Ltd."),
    ("p", "Frame order: 4500018840 (neck KH-G6, 200 pcs) - Date: 12.06.2024 - Issued by: Jürgen Pfeiffer, Head of Purchasing"),
    ("table", [
        ["Item", "Quantity", "Status"],
        ["Neck KH-G6, maple/rosewood, drawing KH-N-260 Rev. B", "30", "released for production by this call-off"],
        ["Balance of frame order", "170", "not released - on hold until next call-off signed by J. Pfeiffer"],
        ["Material authority", "30 necks", "no material purchases beyond 30 necks"],
    ]),
    ("sp",),
    ("p", "Delivery of the 30 necks: DAP Markneukirchen, KW 33/2024. Please confirm by return."),
], author="Jürgen Pfeiffer")
case("p27_multifile_calloff_vs_status", ["RG006", "RG011"],
     "Call-off releases 30 with material authority 30; supplier's status report states 50 released and maple bought for 200.",
     {"AR-2024-009_Abruf.docx": _co, "HBW_weekly_status_wk25.txt": """\
HOA BINH WOODCRAFT CO., LTD. - WEEKLY STATUS REPORT - WEEK 25/2024
Customer: KLANGHOLZ INSTRUMENTENBAU GMBH      Frame order: 4500018840
Part: Neck KH-G6 (dwg KH-N-260 Rev. B)         Prepared: Do Thi Lan, 21.06.2024
--------------------------------------------------------------------------
Released qty per your call-off AR-2024-009 ....: 50 necks
Produced to date ...............................: 18 necks (rough shaped)
Finished ........................................: 0
Material ........................................: hard maple for 200 necks
                                                   purchased 14.06.2024 (rough
                                                   sawn, in kiln, 9% MC target)
Fretboard rosewood ..............................: 60 sets in stock
--------------------------------------------------------------------------
Issues: kiln no. 2 maintenance 24-25 June, no impact on delivery.
Next report: 28.06.2024
"""})

# p29: DOCX supplier order confirmation quotes the hold, then says it will roll straight into the 150
_oc = docx_bytes([
    ("h1", "ORDER CONFIRMATION OC-GC-24-091"),
    ("p", "PT Gitarindo Cirebon - Jl. Tuparev No. 88, Cirebon, Jawa Barat 45153, Indonesia"),
    ("p", "Customer: Vantage Point Guitars, Nashville TN - Your PO: VPG-24-331 - Date: 24 June 2024"),
    ("table", [
        ["No", "Item", "Qty", "USD/pc", "Ship"],
        ["1", "LM-1 signature guitar, NAMM show sample, korina / ebony, gold foil pickups (customer supplied)", "3", "640.00", "15 Nov 2024"],
    ]),
    ("sp",),
    ("p", "Your PO note (copied): \"3 NAMM show samples only. The signature run of 150 is not released; release "
          "only by written production release from Carla Mendes after sign-off of the NAMM samples.\""),
    ("h", "Remarks from Gitarindo"),
    ("p", "1. Korina stock for the 3 samples is confirmed."),
    ("p", "2. After your approval of the NAMM samples we will roll straight into the signature run of 150 pcs, so "
          "that the dealer allocation date in March is safe. Serials LM-001 to LM-150 will be inked at final assembly."),
    ("p", "3. Payment: 50% T/T with this confirmation, balance before shipment."),
    ("p", "Hendra Wijaya, Production & Export Manager"),
], author="Hendra Wijaya")
case("p29_oc_roll_straight_into_150", ["RG007"],
     "Supplier's confirmation quotes the written-release requirement yet says it will roll straight into the 150 after NAMM sample approval.",
     {"OC-GC-24-091.docx": _oc})

# p30: buyer contradicts his own written-release requirement: keep the line running into the full 300
_m = mail('"Ben Rowe" <ben@haldenrowe.com>', '"Dewi Kartika" <dewi.kartika@kayusuara.co.id>',
          "Re: HR-24-0508 tone test Friday", "Tue, 18 Jun 2024 08:10:00 -0700",
          """Hi Dewi,

Tone test is booked for Friday with our endorsing artist at the studio in Portland. Honestly I don't
expect any surprises - the pre-pro guitars sound great on the video you sent.

So to save us a week: if Friday goes fine, just keep the line running into the full 300, no need to
wait on paperwork from me. I'll tidy up the release afterwards.

Also - can you double-check the string-through ferrules are the vintage cup style on the run?

Thanks!
Ben
""" + sig("Ben Rowe", "Co-founder", "Halden & Rowe Guitars LLC, Portland OR", "+1 503 555 0162") + """
On Mon, May 13, 2024 at 9:30 AM Ben Rowe <ben@haldenrowe.com> wrote:
""" + quote("""Hi Dewi,

PO HR-24-0508 for the 6 pre-production guitars is attached. The production balance of 294 is not
released; it needs a written production release from me after the tone test sign-off.

Ben"""))
case("p30_keep_line_running_after_test", ["RG007"],
     "Buyer says a good tone test should roll straight into the full 300 without the written release his own PO requires.",
     {"Re_HR-24-0508 tone test Friday.eml": E(_m)})

# p32: Indonesian supplier acknowledgement: continue to production automatically after pilot approval
_ack = pdf([
    ("h1", "PT JATI NADA INSTRUMENTS"),
    ("p", "Jl. Berbek Industri II/18, Waru, Sidoarjo, Jawa Timur 61256"),
    ("h", "PURCHASE ORDER ACKNOWLEDGEMENT JN-ACK-0442"),
    ("table", [
        ["Customer PO", "Item", "Qty", "Unit price", "Delivery"],
        ["KI-24-0915", "Pilot neck KS-N, maple/rosewood, 25.5\" scale", "8 pcs", "USD 38.50", "12 July 2024"],
    ]),
    ("p", "Per customer PO note: balance 392 pcs not released - production release by Mr. Takeshi Ono in writing "
          "after pilot sign-off."),
    ("p", "Acknowledged by: Indra Wijaya, Marketing Manager - 19 June 2024"),
], title="JN-ACK-0442", author="PT Jati Nada")
_m = mail('"Indra Wijaya" <indra@jatinada.co.id>', '"Takeshi Ono" <t.ono@kisaragi-inst.co.jp>',
          "PO KI-24-0915 acknowledgement", "Wed, 19 Jun 2024 14:25:00 +0700",
          """Dear Mr. Ono,

Good afternoon. Hereby we confirm your PO KI-24-0915 for 8 pcs pilot necks, acknowledgement attached.

We understand that after the pilot necks are approved by your side, we continue to the production
392 pcs automatically, so we already keep the CNC slot in week 30 for it.

Fretboard: Indian rosewood, 9.5" radius, 22 frets jumbo, clay dot. Truss rod adjust at heel.

Thank you for your trust.

Best regards,
Indra Wijaya
Marketing Manager
PT Jati Nada Instruments
""", attachments=[("JN-ACK-0442.pdf", _ack, PDF_MT)])
case("p32_ack_continue_automatically", ["RG007"],
     "Supplier acknowledgement says it will continue to the 392 automatically after pilot approval, although the attached ack restates the written-release requirement.",
     {"PO KI-24-0915 acknowledgement.eml": E(_m)})

# p33: buyer spec sheet: sample approval deems production approval given; "approval" used for both
_spec = docx_bytes([
    ("h1", "Elbklang Drums - Specification ES-SH-1465 / Snare shell 14x6.5 maple"),
    ("p", "Supplier: Kovolis Hranice s.r.o. (shells via subcontractor Dřevo Bystřice) - PO 4500-7712 - Issue 3, 05.06.2024"),
    ("table", [
        ["Feature", "Requirement"],
        ["Plies", "10-ply North American maple, 7.2 mm, reinforcement rings 2 x 6 mm"],
        ["Roundness", "≤ 0.3 mm (measured at 3 heights)"],
        ["Bearing edges", "45° double, 1 mm back-cut"],
        ["Snare beds", "2.0 mm depth, 75 mm width"],
        ["Finish", "Satin lacquer, natural, 40-60 µm"],
    ]),
    ("sp",),
    ("h", "Quantities"),
    ("p", "PO 4500-7712 covers 10 sample shells. The balance of 390 shells is not released until sample sign-off and a "
          "written production release by Tobias Lenz (Einkauf)."),
    ("h", "Approval"),
    ("p", "Upon approval of the finish sample by Elbklang R&D, production approval for the order quantity is deemed "
          "given and the supplier shall continue without further instruction."),
    ("p", "Document owner: Tobias Lenz"),
], author="Tobias Lenz")
case("p33_spec_deemed_production_approval", ["RG007", "RG009"],
     "Spec sheet says finish-sample approval deems production approval given (roll-over without a recorded auto-conversion), contradicting its own written-release line; 'approval' means both technical and production.",
     {"ES-SH-1465_issue3.docx": _spec})

# p34: HTML supplier order-tracking portal with an automatic sample->mass production step
case("p34_supplier_portal_auto_mass_prod", ["RG007"],
     "Supplier tracking page shows 'Sample approved -> mass production starts automatically' next to the buyer's note requiring a written release.",
     {"baiyun_order_tracking_BRM-22190.html": html_page("Guangzhou Baiyun Bag Co. - Order Tracking", """
<h2>Guangzhou Baiyun Bag Co., Ltd. &middot; Customer Order Tracking</h2>
<p>Customer: <b>Bramble Road Music Ltd (London, UK)</b> &middot; Customer PO: <b>BRM-22190</b> &middot; Item: deluxe electric gig bag, 25 mm padding, embroidered logo</p>
<p class="note"><b>Customer PO note:</b> 6 sample gig bags only. The 594 production bags are not released. They will
be released only by a written production release from Dana Whitfield (Buying Director) after sample sign-off.</p>
<table>
<tr><th>Step</th><th>Description</th><th>Qty</th><th>Status</th><th>Date</th></tr>
<tr><td>1</td><td>Order received (PO BRM-22190)</td><td>6</td><td>Done</td><td>2024-05-30</td></tr>
<tr><td>2</td><td>Sample making</td><td>6</td><td>Done</td><td>2024-06-12</td></tr>
<tr><td>3</td><td>Samples shipped (DHL 7741 2290 5511)</td><td>6</td><td>Done</td><td>2024-06-13</td></tr>
<tr><td>4</td><td>Sample approved by customer</td><td>&ndash;</td><td>Waiting</td><td>&ndash;</td></tr>
<tr><td>5</td><td>Mass production starts automatically (T+3 days after step 4)</td><td>594</td><td>Scheduled</td><td>&ndash;</td></tr>
<tr><td>6</td><td>Inspection &amp; shipment</td><td>594</td><td>Planned</td><td>2024-08-20</td></tr>
</table>
<p><small>Page generated 2024-06-14 09:00 CST &middot; Contact: Ms. Amy Huang, amy@baiyunbag.com</small></p>
""")})

# p35: PDF supplier order confirmation: balance follows automatically once sample approval arrives
_oc = pdf([
    ("h1", "Strojírna Hudba Cheb s.r.o."),
    ("p", "Americká 48, 350 02 Cheb, Czech Republic"),
    ("h", "Potvrzení objednávky / Order Confirmation PO-C-24-0219"),
    ("p", "Customer: Mizuho Percussion K.K., Kyoto - Your order MZ-24-131 of 03.06.2024 - Date: 06.06.2024"),
    ("table", [
        ["Pos.", "Part", "Description", "Qty", "EUR/pc", "Delivery"],
        ["1", "HH-CL-08M", "Hi-hat clutch, brass, nickel, Mizuho logo, samples", "50", "18,40", "KW 27"],
    ]),
    ("p", "Restated from your order: balance 1.150 pcs not released; release by written production release of "
          "Mr. Sato Yuki after sample sign-off."),
    ("h", "Conditions"),
    ("p", "1. Prices EXW Cheb. 2. Payment 30 days net. 3. Brass per EN 12164. "
          "4. To keep your delivery window, production of the balance will follow automatically, without further "
          "instruction, as soon as your sample approval reaches us."),
    ("p", "Ing. Petra Vávrová, obchod / sales"),
], title="PO-C-24-0219", author="Strojírna Hudba Cheb")
case("p35_oc_balance_follows_automatically", ["RG007"],
     "Supplier confirmation: balance of 1,150 will follow automatically once sample approval arrives, contradicting the restated written-release requirement.",
     {"PO-C-24-0219_confirmation.pdf": _oc})

# p36: PDF buyer volume letter: forecast to be treated as the order for 2025
_let = pdf([
    ("h1", "Marlowe Guitar Works"),
    ("p", "41 Commercial St, Portland, Maine 04101, USA"),
    ("p", "To: Bohemia Neckworks s.r.o., Luby u Chebu - Attn. Pavel Horák - July 1, 2024"),
    ("h", "2025 volume outlook - necks"),
    ("p", "Pavel, thanks for a great first half. As promised, here is our forecast for next year so you can plan "
          "people and kiln time:"),
    ("table", [
        ["Model", "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Total"],
        ["MGW-N-62C roasted maple", "150", "200", "250", "200", "800"],
        ["MGW-N-50S mahogany", "80", "100", "120", "100", "400"],
        ["Total", "230", "300", "370", "300", "1,200"],
    ]),
    ("p", "This forecast is our commitment for 2025: you can treat these numbers as our order for the year and plan "
          "your capacity on them. Quarterly POs will follow for invoicing."),
    ("p", "Best, Nate Brooks, Owner"),
], pagesize=LETTER, title="2025 volume outlook", author="Marlowe Guitar Works")
case("p36_forecast_treat_as_order", ["RG008"],
     "Buyer letter calls the 2025 forecast of 1,200 necks a commitment to be treated as the order for the year.",
     {"MGW_2025_volume_outlook.pdf": _let})

# p37: supplier confirms a labelled forecast as an order and puts it in the production plan
_m = mail('"Vivian Xu" <vivian.xu@yongxin-hw.com>', '"Mick Harlow" <mick@southerlydrum.com.au>',
          "RE: Rolling forecast LUG-T2 Q3/24-Q1/25", "Tue, 11 Jun 2024 10:18:00 +0800",
          """Dear Mick,

Thank you for your forecast. We confirm your order of 9,400 pcs LUG-T2 chrome per your forecast
Q3 2024 to Q1 2025 and have put it in our production plan: 2,600 pcs in August, 3,400 pcs in
October, 3,400 pcs in January.

We will send PI for the first lot next week.

Best regards
Vivian Xu
Sales Dept. | Ningbo Yongxin Precision Hardware Co., Ltd.
Tel: +86 574 8618 2237

-----Original-----
From: "Mick Harlow"<mick@southerlydrum.com.au>
Date: Mon, Jun 10, 2024 17:55
Subject: Rolling forecast LUG-T2 Q3/24-Q1/25

""" + quote("""Hi Vivian,

Our rolling forecast for the T2 lugs for your planning - this is not an order:

  Q3 2024  2,600
  Q4 2024  3,400
  Q1 2025  3,400

POs will follow as usual when we need them.

Cheers
Mick"""))
case("p37_supplier_confirms_forecast_as_order", ["RG008"],
     "Supplier confirms the buyer's labelled forecast (not an order) as an order of 9,400 lugs and puts it in the production plan.",
     {"RE_Rolling forecast LUG-T2.eml": E(_m)})

# =================================================================== POSITIVE (batch 5)

# p38: DOCX demand forecast declared a firm purchase commitment
_fc = docx_bytes([
    ("h1", "Demand Forecast FY2024 H2 - Pedal Enclosures"),
    ("p", "From: Hoshizora Audio K.K., Purchasing (Ryota Fujii) - To: Hanoi Precision Metal Co., Ltd. - Date: 2024-06-28"),
    ("p", "Dear Mr. Tuan, please find our forecast for July to December 2024."),
    ("table", [
        ["Part", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Total"],
        ["HA-ENC-1590N1 (Hoshizora Blue)", "120", "150", "150", "200", "250", "130", "1,000"],
        ["HA-ENC-1590B (Matte Black)", "60", "60", "80", "80", "120", "100", "500"],
    ]),
    ("sp",),
    ("p", "Important change from this year: this forecast is a firm purchase commitment of Hoshizora Audio for the "
          "total quantities above. Please plan your production according to it."),
    ("p", "Individual POs will be issued monthly for delivery scheduling."),
    ("p", "Thank you for your continuous support."),
], author="Ryota Fujii")
case("p38_docx_forecast_firm_commitment", ["RG008"],
     "Forecast table declared 'a firm purchase commitment' for 1,500 enclosures and to be planned into production.",
     {"Hoshizora_forecast_FY24H2.docx": _fc})

# p41: supplier calls the forecast an order and buys ply for 600 (24 released); buyer's forecast mail forwarded as rfc822
_orig = mail('"Freya Hale" <freya.hale@ostarasound.co.uk>', '"Tomáš Kubeš" <kubes@reprobox.cz>',
             "2025 forecast - 2x12 cabinets", "Tue, 04 Jun 2024 15:40:00 +0100",
             """Hi Tomáš,

For your planning, our forecast for 2025 (planning only, not an order):

  1200-450-18  2x12 closed-back cabinet  2,400 pcs over the year, roughly 200 a month

Current order stays as it is: PO OSS-4410, 24 cabinets (complete order, delivery July).

Best regards,
Freya Hale
Purchasing, Ostara Sound Systems Ltd
""")
_m = mail('"Tomáš Kubeš" <kubes@reprobox.cz>', '"Freya Hale" <freya.hale@ostarasound.co.uk>',
          "Re: 2025 forecast - 2x12 cabinets / ply", "Fri, 07 Jun 2024 09:05:00 +0200",
          """Dear Mrs. Hale,

thank you very much for your forecast order for 2,400 cabinets for 2025. We are very glad about the
long-term cooperation.

To secure the price before the summer increase, we have already purchased Baltic birch ply for the
first 600 cabinets; it will be delivered to our plant in week 26.

The 24 cabinets of PO OSS-4410 are in production, delivery 19 July as confirmed.

Your original e-mail is attached for reference.

S pozdravem / Best regards
Tomáš Kubeš
obchodní ředitel / Sales Director
Reprobox s.r.o., Valašské Meziříčí
""", attachments=[("rfc822", _orig)])
case("p41_forecast_order_ply_600", ["RG006", "RG008"],
     "Supplier calls a 'planning only, not an order' forecast a 'forecast order' and buys ply for 600 cabinets while 24 are released with no material authority.",
     {"Re_2025 forecast ply.eml": E(_m)})

# p42: "released in SAP" (PO approval workflow) and "production release" in the same mail
_po_html = html_page("PO 4700-2301 summary", """
<h3>Tonmeister Audiotechnik GmbH &ndash; Purchase order 4700-2301 (summary)</h3>
<table>
<tr><th>Item</th><th>Material</th><th>Description</th><th>Qty</th><th>Price EUR</th></tr>
<tr><td>10</td><td>TM-112-S</td><td>1x12 cabinet TM-112, sample, 15 mm birch, black textured</td><td>6</td><td>96,00</td></tr>
</table>
<p>Release strategy TM: level 1 cost centre (released 17.06.2024), level 2 purchasing manager (released 17.06.2024). Status: released.</p>
""")
_t = """Dear Ms. Wang,

our purchase order 4700-2301 has been released in SAP today (release strategy: cost centre manager,
then purchasing manager). You will receive the PO PDF from our system separately; a summary is
attached.

Scope: 6 sample cabinets TM-112. The remaining 594 cabinets are not released. Their production
release follows only after our sample sign-off, by a written release from Dipl.-Ing. Frank Neumann.

Material: for the 6 samples only.

Mit freundlichen Grüßen
Sabine Roth
Einkauf / Purchasing
Tonmeister Audiotechnik GmbH - Heilbronner Straße 190 - 70191 Stuttgart
"""
_m = mail('"Sabine Roth" <s.roth@tonmeister-audio.de>', '"Wang Jing" <wangjing@fenghua-acoustic.com>',
          "PO 4700-2301 TM-112 samples", "Mon, 17 Jun 2024 15:30:00 +0200", _t, html=text_to_html(_t),
          attachments=[("PO_4700-2301_summary.html", _po_html, "text/html")])
case("p42_released_in_sap_vs_production_release", ["RG009"],
     "'Released' used for the SAP purchase-order approval workflow and for production release in the same mail; scope otherwise complete.",
     {"PO 4700-2301 TM-112 samples.eml": E(_m)})

# p43: PDF PO approval block: "approved" for drawing, PO (finance) and production
_po = pdf([
    ("h1", "BLUEBIRD DRUM CO - PURCHASE ORDER BDC-008860"),
    ("p", "1500 Herman St, Nashville TN 37208 - To: PT Rimba Drum Jepara, Indonesia - Date: 06/10/2024"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "USD ea"],
        ["1", "BB-1465-WAL", "Pre-production snare 14x6.5, walnut stave, 10 tube lugs, dwg BDC-D-14 rev B", "10", "112.00"],
    ]),
    ("h", "Scope"),
    ("p", "Ten (10) pre-production snares only. The balance of 240 is not released; it is unlocked only by our sample "
          "sign-off and a written production release from Rachel Kim (VP Operations)."),
    ("h", "Approvals"),
    ("table", [
        ["Function", "Status", "Name / date"],
        ["Engineering", "Drawing BDC-D-14 rev B approved", "J. Park, 06/05/2024"],
        ["Finance", "PO approved", "K. Alvarez, 06/07/2024"],
        ["Production", "Approved for 10 pcs", "R. Kim, 06/10/2024"],
    ]),
    ("p", "Ship by air, DAP Nashville. Bearing edges to be protected with edge rings during transit."),
], pagesize=LETTER, title="PO BDC-008860", author="Bluebird Drum Co")
case("p43_po_approval_block_three_meanings", ["RG009"],
     "Approval block uses 'approved' for the drawing (technical), the PO (finance) and production (10 pcs); scope otherwise complete.",
     {"PO_BDC-008860.pdf": _po})

# p44: chat: "samples are approved" and "budget approved" -> one word, two meanings
case("p44_chat_samples_and_budget_approved", ["RG009"],
     "'approved' used for the prototype shells (technical) and the budget (commercial) in one message; scope, event and Jake Moreno named earlier.",
     {"WhatsApp Chat with Luis Gabinetes.txt": """\
[6/3/24, 10:02:11 AM] Jake Moreno: hey Luis, PO GTA-0101 is in your inbox. it's for the 5 prototype 1x12 cab shells only
[6/3/24, 10:02:58 AM] Jake Moreno: the other 95 are not released until I send you the written production release after we sign off the protos
[6/3/24, 10:10:40 AM] Luis Ramírez: Perfecto Jake, 5 prototypes. Pine or birch?
[6/3/24, 10:11:15 AM] Jake Moreno: birch, 15mm. rear port like the sketch
[6/14/24, 5:48:02 PM] Luis Ramírez: shipped today by FedEx, 2 boxes
[6/17/24, 4:20:33 PM] Luis Ramírez: Jake, the 5 shells arrived ok?
[6/17/24, 4:35:09 PM] Jake Moreno: yeah they're here, they sound huge man
[6/17/24, 4:36:27 PM] Jake Moreno: samples are approved, and our partners approved the budget for the run yesterday too, so the release is coming this week
[6/17/24, 4:37:01 PM] Luis Ramírez: great!! we wait for the release 🙌
"""})

# p47: PDF PO for a pre-production build "per quote" with no quantity anywhere
_po = pdf([
    ("h1", "RED MESA GUITAR CO."),
    ("p", "2114 Central Ave SE, Albuquerque NM 87106"),
    ("h", "Purchase Order RMG-1042"),
    ("p", "Vendor: Maderas y Mástiles del Norte S.A. de C.V., Av. Tecnológico 4501, Chihuahua, Chih., México"),
    ("p", "Date: 06/04/2024 - Terms: Net 30 - Ship: truck to El Paso, broker Aduanas Juárez"),
    ("table", [
        ["Line", "Description", "Qty", "Price"],
        ["1", "Pre-production build, mesquite-top T-style guitars, per your quote Q-2291", "per quote", "per quote"],
    ]),
    ("h", "Scope"),
    ("p", "This PO covers the pre-production build only. The production balance is not released and stays on hold "
          "until our sample sign-off after the NAMM Summer show and a written production release from Rachel Ortiz "
          "(VP Operations)."),
    ("p", "Material: for the pre-production build only."),
    ("p", "Authorized: Rachel Ortiz"),
], pagesize=LETTER, title="PO RMG-1042", author="Red Mesa Guitar Co.")
case("p47_po_prepro_per_quote_no_qty", ["RG010"],
     "PO authorizes a 'pre-production build per your quote' with quantity 'per quote'; the quantity authorized now is never stated. Hold, event and person present.",
     {"PO_RMG-1042.pdf": _po})

# p48: HTML call-off "first batch per schedule", no number
case("p48_portal_first_batch_per_schedule", ["RG010"],
     "Call-off releases 'the first batch per the April schedule' without a number; remaining quantity on hold until CO-08 by Thomas Becker.",
     {"Abruf_CO-07_NL-212.html": html_page("Nordlicht Amps - Abruf / Call-off CO-07", """
<h2>Nordlicht Amps GmbH &middot; Lieferantenportal</h2>
<p>Lieferant / Supplier: <b>Dřevovýroba Luby s.r.o.</b> &middot; Rahmenvertrag / frame agreement RV-2024-03 &middot; Artikel: NL-212 walnut 2x12 cabinet</p>
<h3>Abruf / Call-off CO-07 &middot; 24.06.2024</h3>
<table>
<tr><th>Feld</th><th>Inhalt</th></tr>
<tr><td>Released now</td><td>First batch of NL-212 walnut cabinets per the delivery schedule sent in April</td></tr>
<tr><td>Delivery</td><td>DAP Hamburg, KW 34</td></tr>
<tr><td>Remaining quantity</td><td>On hold until call-off CO-08, issued in writing by Thomas Becker (Geschäftsführer)</td></tr>
<tr><td>Material authority</td><td>For the released batch only</td></tr>
</table>
<p class="note">Walnut veneer: please use the lot from May (book-matched sequences), not the new delivery.</p>
<p>Mit freundlichen Grüßen &ndash; Thomas Becker</p>
""", lang="de")})

# p49: DOCX call-off "next lot, same as last time"
_co = docx_bytes([
    ("h1", "Murray River Music Pty Ltd - Call-off 7"),
    ("p", "Frame order MRM-FO-2024 - Supplier: CV Ukulele Nusantara, Jl. Parangtritis KM 7, Bantul, Yogyakarta"),
    ("p", "Date: 20 June 2024 - Issued by: Ingrid Holm, Supply Manager, Murray River Music, Albury NSW"),
    ("p", "Hi Pak Joko,"),
    ("p", "Please produce and ship the next lot of the MR-U21 concert ukulele bodies, same as last time. Spec below is "
          "unchanged from call-off 6."),
    ("table", [
        ["Feature", "Spec"],
        ["Body", "Mahogany laminate back/sides, solid spruce top"],
        ["Binding", "Cream ABS, top only"],
        ["Finish", "Satin natural"],
        ["Quantity", "as previous call-off"],
    ]),
    ("sp",),
    ("p", "The balance of the frame order stays on hold until call-off 8, which I will issue in writing."),
    ("p", "Thanks and regards, Ingrid Holm"),
], author="Ingrid Holm")
case("p49_docx_calloff_same_as_last_time", ["RG010"],
     "Call-off 7 says 'next lot, same as last time' / 'as previous call-off' and never states the quantity; balance held until call-off 8 by Ingrid Holm.",
     {"MRM_call-off_7.docx": _co})

# p51: multi-file: PO PDF says 12 prototype bodies, buyer email says 15
_po = pdf([
    ("h1", "REDWATER BASSES LLC"),
    ("p", "3300 Airport Way S, Seattle WA 98134"),
    ("h", "Purchase Order RW-5604"),
    ("p", "Vendor: Carpintería Fina de Baja S. de R.L. de C.V., Ensenada, B.C. - Date: 06/11/2024"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "USD ea"],
        ["1", "RW-JJ-PROTO", "Prototype bass body RW-JJ, 3-pc swamp ash, drawing RW-B-06 rev 1", "12", "98.00"],
    ]),
    ("p", "Scope: 12 prototype bodies only. The balance of 138 bodies is not released and stays on hold until "
          "prototype sign-off and a written production release from Daniel Reyes."),
    ("p", "Authorized: Daniel Reyes, Operations"),
], pagesize=LETTER, title="PO RW-5604", author="Redwater Basses")
_m = mail('"Daniel Reyes" <daniel@redwaterbasses.com>', '"Lucía Herrera" <ventas@carpinteriafinabaja.mx>',
          "RW-5604 prototype bodies", "Tue, 11 Jun 2024 13:20:00 -0700",
          """Hola Lucía,

PO RW-5604 is on its way from our system - it's for 15 prototype bodies of the new JJ model, as we
discussed on the call. The other 135 are on hold until my written release after we sign off the
prototypes.

Same foam sleeves as last time please, and one body with the satin sealer only (no grain fill) so we
can compare.

Gracias,
Daniel
""" + sig("Daniel Reyes", "Operations", "Redwater Basses LLC, Seattle WA", "+1 206 555 0174"))
case("p51_multifile_po12_email15", ["RG011"],
     "Folder: PO authorizes 12 prototype bodies (138 held), buyer's email authorizes 15 (135 held).",
     {"PO_RW-5604.pdf": _po, "RW-5604 prototype bodies.eml": E(_m)})

# p52: PDF PO: header says 20 pilot cabinets authorized, the line says 24
_po = pdf([
    ("h1", "TSUBASA SOUND WORKS CO., LTD."),
    ("p", "4-2-10 Nipponbashi, Naniwa-ku, Osaka 556-0005, Japan"),
    ("h", "PURCHASE ORDER TSW-24-0712"),
    ("table", [
        ["Supplier", "Mekong Acoustic Works Co., Ltd., Tra Noc IZ, Can Tho, Vietnam"],
        ["Date", "2024-06-12"],
        ["Authorized quantity (pilot)", "20 cabinets"],
        ["Buyer", "Haruki Endo, Purchasing Section Chief"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Part", "Description", "Qty", "USD/pc"],
        ["1", "TSW-410-P", "4x10 bass cabinet, pilot, 18 mm birch, black carpet, 8 ohm", "24", "155.00"],
    ]),
    ("p", "Pilot only. The balance of 180 cabinets is not released; release only by written production release "
          "from Mr. Haruki Endo after pilot sign-off. Material authority: pilot quantity only."),
], title="PO TSW-24-0712", author="Tsubasa Sound Works")
case("p52_pdf_header20_line24", ["RG011"],
     "One PO states an authorized pilot quantity of 20 in the header and 24 on the line.",
     {"PO_TSW-24-0712.pdf": _po})

# p55: multi-file: ERP PO says 50 pilot enclosures; buyer's chat says 80
case("p55_multifile_erp50_chat80", ["RG011"],
     "Folder: ERP PO authorizes 50 pilot enclosures (950 held); the same buyer's chat tells the supplier to make 80 pilot units.",
     {"PO_LA-30991.txt": """\
LANTERN AUDIO INC.                                        PURCHASE ORDER
2250 W FULTON ST, CHICAGO IL 60612                        PO# LA-30991
-------------------------------------------------------------------------------
SUPPLIER: 51220 XIAMEN HONGFA METAL ENCLOSURES CO LTD     DATE: 06/05/2024
          HAICANG DISTRICT, XIAMEN, FUJIAN, CN            TERMS: T/T 50/50
-------------------------------------------------------------------------------
LINE  ITEM           DESCRIPTION                       QTY  UOM   UNIT USD
1     LA-ENC-125B    125B ENCLOSURE, PILOT, AMBER        50  EA      4.60
                     POWDER + 2C UV PRINT, DWG LA-E-07 C
-------------------------------------------------------------------------------
NOTES:
 PILOT ONLY. BALANCE 950 EA NOT RELEASED. HOLD UNTIL PILOT SIGN-OFF
 AND WRITTEN PRODUCTION RELEASE FROM MARCUS LEE (DIR. OPERATIONS).
 MATERIAL: PILOT QTY ONLY.
-------------------------------------------------------------------------------
ISSUED BY: J.KOWALSKI / PURCHASING                         PAGE 1 OF 1
""", "chat_Marcus_Hongfa.txt": """\
[6/6/24, 8:12:40 AM] Marcus Lee: Hi Annie, Marcus here (ops at Lantern). Jen sent you PO LA-30991 yesterday
[6/6/24, 8:13:15 AM] Marcus Lee: change of plan: we're doing 80 pilot units not 50 - sales need more for the dealer demo kits. please make 80
[6/6/24, 8:13:52 AM] Marcus Lee: the rest stays on hold until I release it in writing after the pilot sign-off, same as the PO says
[6/6/24, 9:01:20 AM] Annie Chen (Hongfa): Good morning Marcus. Noted. Amber powder same as the color chip?
[6/6/24, 9:03:02 AM] Marcus Lee: yes, chip #A-7
"""})

# p56: WeChat: release was 150, then the deposit payment triggers "start production of 200"
case("p56_wechat_deposit_start_200", ["RG011", "RG012"],
     "Written release covers 150 fretboards, then the buyer treats the paid deposit as the trigger and asks the supplier to start 200.",
     {"WeChat_Dongsheng_YG-24-2260.txt": """\
微信聊天记录 / WeChat export - 森田 葵 (Yamabuki Gakki) & 陈伟 (Huizhou Dongsheng)

2024-07-02 09:40  森田 Aoi Morita: Chen san, good morning. Sample sign-off for the ebony fretboards is done (report YG-QA-118, no remarks).
2024-07-02 09:42  森田 Aoi Morita: PO YG-24-2260 is issued today. Production release: 150 fretboards, signed by Mr. Kenji Ishida, PDF by email. The remaining 150 stay on hold until the next written release from Mr. Ishida.
2024-07-02 09:55  陈伟 Chen Wei: Good morning Morita san, thank you! Received PO and release for 150 pcs.
2024-07-09 15:20  森田 Aoi Morita: Chen san, today our accounting paid the 30% deposit for PO YG-24-2260.
2024-07-09 15:21  森田 Aoi Morita: So please start production of 200 fretboards now.
2024-07-09 15:34  陈伟 Chen Wei: Thank you Morita san! Deposit received. We start 200 pcs.
2024-07-09 15:35  陈伟 Chen Wei: [OK]
"""})

# p57: HTML release notice: text releases 100, table says 120
case("p57_release_notice_100_vs_120", ["RG011"],
     "Release notice text releases 100 stands while its own table shows 120 released.",
     {"Freigabe_RN-14.html": html_page("Elbklang Drums - Production Release RN-14", """
<h2>Elbklang Drums GmbH &middot; Production Release RN-14</h2>
<p>To: Kovolis Hranice s.r.o. &middot; Order 4500-7690 (snare stand basket SB-14-CHR) &middot; Dresden, 08.07.2024</p>
<p>Sehr geehrter Herr Sýkora,</p>
<p>following our sample sign-off of 03.07.2024 (report EK-QS-0451), we hereby release 100 snare stand baskets for
production. The remaining quantity of the order stays on hold until a further written production release signed
by me.</p>
<table>
<tr><th>Order</th><th>Part</th><th>Samples (delivered)</th><th>Qty released (RN-14)</th><th>Balance on hold</th></tr>
<tr><td>4500-7690</td><td>SB-14-CHR</td><td>8</td><td>120</td><td>72</td></tr>
</table>
<p>Material authority: for the released quantity only. Delivery: DAP Dresden, KW 36.</p>
<p>Mit freundlichen Grüßen<br>Tobias Lenz, Einkauf</p>
""", lang="de")})

# p58: supplier: after sample approval continue directly, and start cutting when the deposit arrives
_m = mail('"Tran Thi Mai" <mai.tran@saigonsoftcase.vn>', '"Hannah Cole" <hannah.cole@fretlinegear.com>',
          "RE: PO FG-4517 sample bags", "Wed, 26 Jun 2024 10:12:00 +0700",
          """Dear Hannah,

Thank you for PO FG-4517 (10 sample bags, bass gig bag "Summit", olive green).

Our plan to keep your September date: after you approve the sample bags, we will continue directly
with the 490 production bags, and as soon as your 30% deposit for the production is received we
start cutting.

Samples ready July 8. Fabric: 1680D ballistic nylon, olive, lining brushed tricot.

Thank you and best regards,
Tran Thi Mai
Merchandiser - Saigon Softcase JSC

-----Original Message-----
From: Hannah Cole <hannah.cole@fretlinegear.com>
Sent: Tuesday, June 25, 2024 11:30 PM
Subject: PO FG-4517 sample bags

""" + quote("""Hi Mai,

PO FG-4517 attached for 10 sample bags (Summit bass bag, olive). The 490 production bags are not
released. They'll be released only by a written production release from me (Hannah Cole) after we've
signed off the samples in our drop and zipper tests.

Thanks!
Hannah"""))
case("p58_supplier_continue_directly_on_deposit", ["RG007", "RG012"],
     "Supplier plans to continue directly into the 490 after sample approval and to start cutting when the deposit arrives, contrary to the quoted written-release scope.",
     {"RE_PO FG-4517 sample bags.eml": E(_m)})

# p59: chat: supplier starts mass production because the invoice is paid; buyer does not correct it
case("p59_chat_payment_mass_production", ["RG012"],
     "Supplier announces mass production because the prototype invoice is paid; buyer's scope (4 prototypes, 96 held until Sakurai's written release) is in the chat.",
     {"chat_Gitarindo_Sakurai.txt": """\
[2024/05/13 10:02] Sakurai Naoko: Good morning Hendra-san. PO SGL-24-0203 sent. It is for 4 prototype guitars only (SG-T model, okoume body, roasted maple neck).
[2024/05/13 10:03] Sakurai Naoko: The other 96 guitars are not released. I will send a written production release after our prototype sign-off.
[2024/05/13 10:20] Hendra Wijaya: Good morning Sakurai-san, well received. 4 prototypes, finish end of June.
[2024/06/28 16:45] Hendra Wijaya: Sakurai-san, we received your payment of invoice INV-GC-0611 today. Thank you very much!
[2024/06/28 16:46] Hendra Wijaya: Since payment is complete, we start mass production next Monday.
[2024/06/28 17:10] Sakurai Naoko: Thank you Hendra-san. When do the prototypes ship?
[2024/06/28 17:12] Hendra Wijaya: Prototypes ship July 3 by FedEx, tracking will send.
"""})

# @@CASES@@


# ======================================================================= BUILD
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "duplicate case names"
    order = list(CASES)
    random.Random(105105).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        first = sorted(c["files"])[0]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(first).stem).strip("_")
        folder = f"h105_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"].items():
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({clean} clean, {len(CASES) - clean} with risks)")


if __name__ == "__main__":
    main()
