#!/usr/bin/env python3
"""Generator for the releasegate check_holdout53 corpus (building services / HVAC / plumbing).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout53/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, fixed shuffle seed 5353).

Renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; every case below was written independently for this corpus.
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


_PDF_FOLD = str.maketrans({"ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ł": "l", "Ł": "L",
                          "ń": "n", "ś": "s", "Ś": "S", "ż": "z", "Ż": "Z", "ź": "z", "ą": "a", "ę": "e",
                          "ć": "c", "ő": "o", "ű": "u", "\u2013": "-", "\u2014": "-", "\u2019": "'"})
_pdf_raw = pdf


def pdf(blocks, **kw):  # noqa: F811
    """Local wrapper: the standard PDF fonts only cover Latin-1, so fold Turkish/Polish letters
    the way many suppliers' ERP PDF exports do (Yılmaz -> Yilmaz)."""
    def fold(b):
        if b[0] == "table":
            return ("table", [[str(c).translate(_PDF_FOLD) for c in r] for r in b[1]])
        return tuple(x.translate(_PDF_FOLD) if isinstance(x, str) else x for x in b)
    kw = {k: (v.translate(_PDF_FOLD) if isinstance(v, str) else v) for k, v in kw.items()}
    return _pdf_raw([fold(b) for b in blocks], **kw)


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
    m["Message-ID"] = msgid or f"<h53-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h53")
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
def quote(text, depth=1):
    """Prefix every line with '> ' (depth times), as a mail client does in a reply."""
    pre = "> " * depth
    return "\n".join((pre + ln).rstrip() for ln in text.strip("\n").split("\n"))


def sig_plain(name, title, company, phone):
    """Signature without the long disclaimer (supplier and site mails often have none)."""
    return f"\n--\n{name}\n{title}\n{company}\n{phone}\n"


def html_from_text(text):
    """Very small text-to-HTML for multipart/alternative bodies."""
    paras = [p for p in text.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


# =================================================================== CLEAN
# c01 - supplier quote with sample and production tiers, no authorization anywhere.
case("c01_quote_tiers_lsd", [], "Supplier quote alone: sample 12 and production 1,180 tiers; nothing is authorized, so nothing to flag.", [
    ("QTN-PN-24-0387.pdf", pdf([
        ("h1", "QUOTATION"),
        ("p", "Shreeji Airtech Fabricators Pvt. Ltd. | Plot B-41, Chakan MIDC Phase II, Pune 410501, Maharashtra, India | GSTIN 27AAKCS4410L1Z2"),
        ("p", "To: Hollis & Grange Building Services Ltd, Kirkstall Road, Leeds LS4 2AZ, United Kingdom. Attn: Mr Tom Whitfield, Senior Buyer."),
        ("p", "Quotation no.: QTN-PN-24-0387   Date: 22 April 2024   Validity: 60 days   Your enquiry: HG-ENQ-1187 (Leeds Civic Hall refurbishment, package M04 air terminals)"),
        ("h", "Item"),
        ("p", "Linear slot diffuser, 2-slot, 20 mm slot width, 1200 mm active length, extruded aluminium 6063-T5, "
              "powder coat RAL 9010 matt (30% gloss), with opposed-blade damper and concealed fixing. Plenum boxes NOT included. "
              "Ref. drawing SAF-LSD-2S-1200 Rev 04."),
        ("table", [
            ["Tier", "Quantity", "Unit price (GBP)", "Lead time", "Remarks"],
            ["Sample / mock-up", "12 nos.", "38.40", "3 weeks from PO", "air freight, DAP Leeds"],
            ["Production", "1,180 nos.", "21.90", "6 weeks from your written production release", "sea freight FOB Nhava Sheva"],
        ]),
        ("sp",),
        ("h", "Commercial terms"),
        ("p", "Payment: sample tier 100% with order; production tier 30% advance, 70% against copy B/L. "
              "Prices are based on aluminium LME of USD 2,340/t; variation above +/- 5% to be adjusted. "
              "Packing: individually poly-wrapped, 20 nos. per carton, cartons on 1200 x 1000 pallets max. height 1.6 m."),
        ("p", "Testing: air performance data per ISO 5135 and BS EN 12238 available on request. Coating tested to ISO 9227 NSS 240 h."),
        ("p", "The production tier is offered as a price basis. It becomes an order only on receipt of your purchase order and written production release."),
        ("sp",),
        ("p", "For Shreeji Airtech Fabricators Pvt. Ltd.   Vikram Patil, Head - Export Sales   +91 20 6712 4410   vikram@shreejiairtech.in"),
    ], title="QTN-PN-24-0387", author="Shreeji Airtech")),
])

# c02 - supplier question whether it may go ahead; no authorization in the bundle.
_t = """Dear Graham,

Good morning from Binh Duong.

The 8 sample DN25 static balancing valves (your PO 2024-0617) passed our internal
leak test yesterday at 24 bar shell / 17.6 bar seat. Test report will come this
afternoon. Shipping by DHL Express on Thursday 16 May, AWB number to follow.

One question from our production planning team. The remaining 632 pcs in our
quotation AP-Q-0419 are not on your PO. Could you tell us whether we may go ahead
with the 632 pcs now, or should we keep waiting for your written release?

For your information we have NOT purchased brass bar for the 632 pcs. We only hold
material for the 8 samples. If the balance is coming in June, the CW617N bar needs
about 5 weeks from the mill, so an early answer helps us plan.

Thank you and best regards,
Nguyen Thi Thu Ha
Sales Executive - Export
An Phat Mechanical JSC
Lot C7, Song Than 2 IZ, Di An, Binh Duong, Viet Nam
Tel +84 274 3790 415
"""
case("c02_supplier_question_bv", [], "Supplier asks whether it may go ahead with the 632; a question, not an approval; no authorizing document in the bundle.", [
    ("RE_PO_2024-0617_sample_valves.eml", eml_bytes(mail(
        "Nguyen Thi Thu Ha <ha.nguyen@anphatmech.vn>", "Graham Pelletier <gpelletier@northline-mech.ca>",
        "RE: PO 2024-0617 sample balancing valves - status & question",
        "Tue, 14 May 2024 10:22:05 +0700", _t, html=html_from_text(_t),
        in_reply_to="<h53-prior-0617@northline-mech.ca>"))),
])

# c03 - clearly labelled non-binding forecast (HTML portal)
case("c03_forecast_portal", [], "Buyer forecast page clearly labelled forecast only / not a PO / authorises nothing.", [
    ("kestrel_supplier_forecast_Q3-Q4.html", html_page("Kestrel Mechanical - supplier forecast", """
<h2>Kestrel Mechanical Pty Ltd &mdash; Supplier Portal</h2>
<p>Supplier: <b>Sai Gon Metal Louvre JSC</b> (vendor 200417) &nbsp;|&nbsp; Published: 06/05/2024 &nbsp;|&nbsp; Prepared by: Priya Raman, Commercial Manager</p>
<div class="note"><b>FORECAST ONLY &mdash; NOT A PURCHASE ORDER.</b> The figures below are non-binding planning
quantities to help you reserve capacity. They do not authorise production and do not authorise the purchase of
material at Kestrel's cost. Orders are placed only by a numbered Kestrel PO, and production is released only by a
written call-off.</div>
<h3>Rolling forecast &mdash; external weather louvres and ceiling panels (units)</h3>
<table>
<tr><th>Project</th><th>Item</th><th>Jul-24</th><th>Aug-24</th><th>Sep-24</th><th>Q4-24</th><th>Total (forecast)</th></tr>
<tr><td>Parramatta Sq. Tower 6</td><td>WL-150 louvre 1200x600</td><td>120</td><td>160</td><td>160</td><td>300</td><td>740</td></tr>
<tr><td>Parramatta Sq. Tower 6</td><td>Perf. ceiling panel 600x600 (0.7 mm)</td><td>400</td><td>400</td><td>350</td><td>900</td><td>2,050</td></tr>
<tr><td>Westmead Health Stage 2</td><td>WL-100 louvre 900x450</td><td>&ndash;</td><td>60</td><td>90</td><td>150</td><td>300</td></tr>
</table>
<p>Accuracy: months 1&ndash;2 typically +/-15%, months 3+ +/-40%. Builder programme rev 11 (03/05/2024) applies.</p>
<p>Questions: procurement@kestrelmech.com.au &nbsp;|&nbsp; +61 2 9681 4402</p>
""")),
])

# c04 - complete sample PO (PDF, table)
case("c04_sample_po_fsd", [], "Sample PO complete: 6 released, 294 not released, witness test + written release, named release person, sample-only material.", [
    ("PO_4500-88231.pdf", pdf([
        ("h1", "PURCHASE ORDER 4500-88231"),
        ("p", "Brennan Ashworth Contractors Ltd, Mechanical & Electrical Division, 14 Trafford Wharf Road, Manchester M17 1HH. VAT GB 284 4419 07."),
        ("p", "Supplier: Termo-Flow Sp. z o.o., ul. Przemyslowa 9, 85-758 Bydgoszcz, Poland (vendor 310882). Your offer: TF/0412/24 of 11.04.2024."),
        ("p", "Project: Salford Quays Block C - 214 apartments + podium. Package: M07 fire & smoke dampers. Order date: 02 May 2024. Currency: GBP."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit price", "Value"],
            ["10", "FSD-60-600x400", "Fire/smoke damper EI 60 (ve i<->o) S, EN 15650 / EN 1366-2, 24 V spring-return actuator, 600 x 400 mm - SAMPLE for witness test and mock-up", "6", "312.00", "1,872.00"],
        ]),
        ("sp",),
        ("h", "Scope of this order - please read"),
        ("p", "This purchase order covers six (6) sample dampers only. They are for the witness fire test and the mock-up in apartment C-0304."),
        ("p", "The remaining 294 dampers listed in your offer TF/0412/24 are not released. Do not manufacture them and do not schedule them."),
        ("p", "Material: buy material for the 6 sample dampers only. Any material bought for the 294 is at your own risk."),
        ("p", "What releases the balance: (1) the witness test report is signed off by our M&E engineer, and then (2) a written production release signed by Gareth Lowe, Commercial Manager. "
              "Gareth Lowe is the only person who can release the 294. A revised PO for the balance will accompany that release."),
        ("sp",),
        ("p", "Delivery: DAP site, Salford Quays Block C gate 2, Monday-Friday 08:00-15:30, booking 48 h ahead with the site logistics manager (0161 555 0143). "
              "Documents: DoP, CE marking, classification report, O&M data sheets."),
        ("p", "Terms: Brennan Ashworth standard terms BA-T-2023. Invoices to ap@brennanashworth.co.uk quoting the PO number."),
        ("p", "Issued by: Gareth Lowe, Commercial Manager, Brennan Ashworth Contractors Ltd."),
    ], title="PO 4500-88231", author="Brennan Ashworth")),
])

# c05 - full-quantity PO that says proceed with the full quantity (DOCX, table), with look-alike numbers
case("c05_fullqty_po_clamps", [], "Full-quantity PO (no balance); 'proceed' is scoped to the stated 2,400 + 1,600; identifiers like ASTM B117 480 h are not quantities.", [
    ("NM-24-1093_purchase_order.docx", docx_bytes([
        ("h1", "Northline Mechanical Inc. - Purchase Order NM-24-1093"),
        ("p", "Northline Mechanical Inc., 2250 Argentia Road, Unit 7, Mississauga ON L5N 6A5, Canada"),
        ("p", "Supplier: Ningbo Hengtai Pipe Fittings Co., Ltd., No. 88 Xingye Road, Beilun, Ningbo, Zhejiang, China"),
        ("p", "Project: Humber River Commons - plumbing & hydronic supports. Date: May 6, 2024. Terms: Net 60, FOB Ningbo. Currency: USD."),
        ("table", [
            ["Line", "Part no.", "Description", "Qty", "Unit", "Unit price", "Extended"],
            ["1", "HT-PC-2-054", "Two-piece pipe clamp 54 mm, M8/M10 combi nut, EPDM liner, zinc plated", "2,400", "pcs", "0.86", "2,064.00"],
            ["2", "HT-PC-2-076", "Two-piece pipe clamp 76 mm, M10 nut, EPDM liner, zinc plated", "1,600", "pcs", "1.12", "1,792.00"],
        ]),
        ("sp",),
        ("p", "This purchase order is for the full project quantity shown above. There is no balance, no option quantity and no further call-off under this order."),
        ("p", "Please proceed with the manufacture of all 2,400 pcs of HT-PC-2-054 and all 1,600 pcs of HT-PC-2-076."),
        ("p", "Quality: corrosion resistance per ASTM B117, 480 h to red rust; liner per ASTM D2000; load test certificate per MSS SP-58 Type 4 for each lot. "
              "Mark cartons with PO no., line, part no. and quantity; max. 25 kg per carton."),
        ("p", "Ship in one 20' container to Toronto via Vancouver/CN rail. Required on site: week 27."),
        ("p", "Buyer: Graham Pelletier, Purchasing Manager - gpelletier@northline-mech.ca - +1 905 555 0188"),
    ], author="Northline Mechanical")),
])

# c06 - call-off with explicit staged material authority above the released quantity (ERP TXT)
case("c06_calloff_staged_material", [], "Call-off releases 180; explicit staged material authority to 540; balance 1,080 not released; next call-off after L6 inspection signed by named manager.", [
    ("GCC-CO-3391-02.txt", """\
GULF CREST CONTRACTING LLC                                   CALL-OFF ORDER
P.O. Box 48211, Dubai, United Arab Emirates                  Page 1 of 1
------------------------------------------------------------------------------
CALL-OFF NO.   : GCC-CO-3391-02            DATE      : 12-05-2024
FRAMEWORK PO   : GCC-PO-3391               PROJECT   : AL REEM TOWER (P-118)
SUPPLIER       : ANADOLU HAVA TEKNIK A.S., ORGANIZE SANAYI 14. CAD. NO 22,
                 KAYSERI, TURKIYE          VENDOR    : 70-4410
------------------------------------------------------------------------------
LN  ITEM CODE       DESCRIPTION                          UOM   THIS CALL-OFF
--  -------------   -----------------------------------  ----  -------------
01  SAG-FCU-600     SUPPLY AIR GRILLE FOR FCU, 600X150,   NOS            180
                    DOUBLE DEFL., AL, RAL 9016, LEVELS 6-8
------------------------------------------------------------------------------
FRAMEWORK QTY (PO GCC-PO-3391)          : 1,440 NOS
CALL-OFF 01 (LEVELS 3-5, DELIVERED 14-04): 180 NOS
THIS CALL-OFF 02 (LEVELS 6-8)           : 180 NOS
TOTAL RELEASED FOR PRODUCTION TO DATE   : 360 NOS
BALANCE NOT RELEASED                    : 1,080 NOS  -- DO NOT FABRICATE
------------------------------------------------------------------------------
MATERIAL AUTHORITY (STAGED):
  YOU MAY PURCHASE AND HOLD ALUMINIUM EXTRUSION AND POWDER FOR UP TO 540 NOS
  (LEVELS 6-11) AT GULF CREST LIABILITY. FABRICATION IS LIMITED TO THE 180 NOS
  OF THIS CALL-OFF. MATERIAL BEYOND 540 NOS IS AT SUPPLIER RISK.
NEXT CALL-OFF:
  CALL-OFF 03 (LEVELS 9-11) WILL BE ISSUED ONLY AFTER THE LEVEL 6 CEILING
  CLOSE-UP INSPECTION IS PASSED, AND ONLY WHEN SIGNED BY ENG. SAMIR HADDAD,
  PROCUREMENT MANAGER. NO OTHER PERSON MAY RELEASE FURTHER QUANTITIES.
------------------------------------------------------------------------------
DELIVERY  : DDP SITE, AL REEM ISLAND GATE 4, WK 24. LOADING BAY BOOKING
            VIA SITE LOGISTICS +971 2 555 0192, 06:00-14:00 ONLY.
PACKING   : PER LEVEL, LABELLED LEVEL/ZONE/FCU TAG. NO WOODEN PALLETS
            WITHOUT ISPM-15 MARK.
SIGNED    : ENG. SAMIR HADDAD, PROCUREMENT MANAGER
------------------------------------------------------------------------------
"""),
])
# c07 - explicit, recorded auto-conversion (EML + PDF PO rev 2)
_po = pdf([
    ("h1", "Bestellung / Purchase Order 4100-1870 Rev. 2"),
    ("p", "Rheinwerk Gebäudetechnik GmbH, Deutz-Mülheimer Str. 183, 51063 Köln. USt-IdNr. DE 812 447 310."),
    ("p", "Lieferant / Supplier: Polwent Sp. z o.o., ul. Pszczynska 141, 44-100 Gliwice, Poland. Angebot / Offer PW-24-0288."),
    ("p", "Projekt: Campus Deutz, Haus 2 - RLT-Anlagen / air handling units. Date: 08.05.2024. Supersedes Rev. 1 of 22.04.2024."),
    ("table", [
        ["Pos.", "Article", "Description", "Qty", "Scope"],
        ["10", "PW-AD-1200", "AHU access door 1200 x 600, double skin 50 mm, T2/TB2 per EN 1886, hinged, RAL 7035", "3", "sample - released"],
        ["20", "PW-AD-1200", "as pos. 10", "117", "production - see clause 4"],
    ]),
    ("sp",),
    ("h", "Clause 4 - Recorded auto-conversion (agreed 07.05.2024)"),
    ("p", "4.1 Today three (3) sample doors are released. The 117 doors of pos. 20 are not released; "
          "material may be bought for the 3 samples only."),
    ("p", "4.2 The parties agree that an approved sample sign-off for the three (3) sample doors releases one hundred and seventeen (117) doors of pos. 20 by itself, "
          "without a further release document, if all of these conditions are met: "
          "(a) the sign-off is issued on Rheinwerk form QS-07 with the status 'approved' and without conditions; "
          "(b) it is signed by Dipl.-Ing. Jana Krüger, Head of Engineering, who holds the release authority for this order; "
          "(c) it is dated on or before 31.07.2024."),
    ("p", "4.3 An interim or conditional sign-off, a sign-off signed by anybody else, or a sign-off after 31.07.2024 releases nothing. "
          "In that case pos. 20 stays on hold until a written production release signed by Jana Krüger."),
    ("sp",),
    ("p", "Delivery: DAP Köln-Deutz, Tor 3. Liefertermin samples: KW 21. Zahlungsbedingungen: 30 Tage netto."),
    ("p", "Rheinwerk Gebäudetechnik GmbH - Einkauf - Stefan Albers"),
], title="PO 4100-1870 Rev 2", author="Rheinwerk Einkauf")
_t = """Dear Mr Zielinski,

as discussed on Tuesday, please find attached PO 4100-1870 revision 2. The only
change against revision 1 is the new clause 4, which records the auto-conversion
we agreed: if Ms Krüger signs off the 3 sample access doors as approved on our
QS-07 form by 31 July, that sign-off itself releases the 117 doors of pos. 20.
Any other outcome releases nothing and pos. 20 waits for her written release.

Please countersign clause 4 and return the PDF with your order acknowledgement.

Delivery of the samples remains KW 21, please send the 3.1 material certificates
for the galvanised sheet with the shipment.

Mit freundlichen Grüßen / Best regards
""" + sig("Stefan Albers", "Einkauf / Purchasing", "Rheinwerk Gebäudetechnik GmbH, Köln", "+49 221 8804 317")
case("c07_recorded_autoconversion", [], "Explicit recorded auto-conversion: quantity 117, signer Jana Krüger, conditions and expiry; 3 samples active, sample-only material.", [
    ("PO_4100-1870_rev2_mail.eml", eml_bytes(mail(
        "Stefan Albers <s.albers@rheinwerk-gt.de>", "Pawel Zielinski <p.zielinski@polwent.pl>",
        "PO 4100-1870 Rev. 2 - AHU access doors - clause 4", "Wed, 08 May 2024 14:05:00 +0200", _t,
        cc="Jana Krüger <j.krueger@rheinwerk-gt.de>",
        attachments=[("PO_4100-1870_Rev2.pdf", _po, PDF_MT)]))),
])

# c08 - supplier: deposit does not release production (EML + PI PDF)
_pi = pdf([
    ("h1", "PROFORMA INVOICE PI-24-0871"),
    ("p", "Jiaxing Xinrui HVAC Equipment Co., Ltd. No. 1199 Yatai Road, Nanhu District, Jiaxing, Zhejiang, China."),
    ("p", "Buyer: Kestrel Mechanical Pty Ltd, 17 Prime Drive, Seven Hills NSW 2147, Australia. Ref: PO KM-24-0442."),
    ("table", [
        ["Item", "Description", "Qty", "Unit (AUD)", "Amount (AUD)"],
        ["1", "Volume control damper VCD-R 400x300, galv., opposed blade, hand quadrant - SAMPLE", "4", "107.00", "428.00"],
        ["2", "Tooling set-up for blade profile", "1", "3,852.00", "3,852.00"],
        ["", "Total", "", "", "4,280.00"],
    ]),
    ("p", "Deposit 30% = AUD 1,284.00 received 13.05.2024 with thanks."),
    ("p", "Remark: The deposit is a commercial payment only. The deposit does not release production. "
          "Only the 4 sample pieces on PO KM-24-0442 will be made."),
    ("p", "Bank: Bank of China, Jiaxing Branch. SWIFT BKCHCNBJ92A."),
], title="PI-24-0871", author="Jiaxing Xinrui")
_t = """Hi Ben,

Thanks - we received the 30% deposit (AUD 1,284.00) this morning, updated PI attached.

Just so our two teams read it the same way: the deposit does not release production.
We are building only the 4 sample VCDs on your PO KM-24-0442. The 356 pcs balance in
our quotation stays un-started until we receive the written release from Ms Priya
Raman, as your PO note says, after your engineer signs off the samples. We bought
galvanised sheet for the 4 samples only.

Samples finish on 20 May, we ship by air to Seven Hills, ETA around 24 May.

Best regards,
Lily Zhou
Sales Dept. 3 | Jiaxing Xinrui HVAC Equipment Co., Ltd.
Mob/WeChat +86 138 5733 0412
"""
case("c08_deposit_not_release", [], "Supplier says explicitly the deposit does not release production; builds 4 samples only; sample-only material.", [
    ("RE_KM-24-0442_deposit.eml", eml_bytes(mail(
        "Lily Zhou <sales3@jxhvac-cn.com>", "Ben Thornton <ben.t@kestrelmech.com.au>",
        "RE: KM-24-0442 sample VCDs - deposit received / PI updated", "Mon, 13 May 2024 16:40:12 +0800", _t,
        attachments=[("PI-24-0871.pdf", _pi, PDF_MT)], in_reply_to="<h53-prior-0442@kestrelmech.com.au>"))),
])

# c09 - supplier acknowledgement restating the hold (DOCX with table)
case("c09_supplier_ack_zone_valves", [], "Supplier acknowledgement restates buyer scope: 4 samples, balance 196 on hold, release by named person after sample sign-off.", [
    ("EV-OA-2024-0553_acknowledgement.docx", docx_bytes([
        ("h1", "Order Acknowledgement EV-OA-2024-0553"),
        ("p", "Ege Vana Sanayi ve Ticaret A.Ş., 10003 Sokak No. 7, Atatürk OSB, Çiğli, İzmir, Türkiye"),
        ("p", "To: Hessler Haustechnik GmbH, Hanauer Landstraße 291, 60314 Frankfurt am Main. Attn. Mr Tobias Reinhardt, Einkaufsleiter."),
        ("p", "Your PO: HH-45012 dated 29.04.2024. Our quotation: EV-Q-2024-118. Date: 03.05.2024."),
        ("table", [
            ["Pos", "Item", "Description", "Qty", "Status"],
            ["1", "EV-MZV-32", "Motorised 2-port zone valve DN32 PN16, 230 V, spring return, Rp 1 1/4", "4", "sample - in production"],
            ["-", "EV-MZV-32", "balance per quotation EV-Q-2024-118", "196", "not released - on hold"],
        ]),
        ("sp",),
        ("p", "We acknowledge your purchase order as written: it covers four (4) sample valves only."),
        ("p", "The balance of 196 valves in our quotation is not released and stays on hold. We will not buy material and will not start production for the 196 "
              "until Mr Tobias Reinhardt sends us a written production release following your first-article sample sign-off (Erstmusterprüfung)."),
        ("p", "Delivery of the samples: CW 23, DAP Frankfurt. Documents: test certificate EN 10204 2.2, WRAS approval letter copy, wiring diagram."),
        ("p", "Ege Vana Sanayi A.Ş. - Murat Aydın, Export Sales Manager - +90 232 376 8150"),
    ], author="Ege Vana")),
])

# c10 - consultant submittal review stamp, scoped to mock-up (PDF)
case("c10_submittal_stamp_scoped", [], "Review stamp 'Code B approved as noted' scoped to 2 mock-up panels; production of 346 not released; release by named package manager after Code A.", [
    ("MS-HVAC-041_rev1_review.pdf", pdf([
        ("h1", "SUBMITTAL REVIEW SHEET"),
        ("p", "Halcrow-Meridian Consulting Engineers (Dubai Branch), Office 1402, Al Shafar Tower 1, Barsha Heights, Dubai, UAE."),
        ("table", [
            ["Project", "Marina Vista Residences - Plot 392-117"],
            ["Submittal no.", "MS-HVAC-041 Rev 1"],
            ["Subject", "Fire-rated ceiling access panels 600x600 - shop drawings and sample board"],
            ["Main contractor", "Al Noor Contracting LLC"],
            ["Manufacturer", "Maharashtra Metal Works, Nashik, India"],
            ["Date received / returned", "29-04-2024 / 09-05-2024"],
        ]),
        ("sp",),
        ("table", [
            ["Code", "Meaning", "This submittal"],
            ["A", "Approved", ""],
            ["B", "Approved as noted", "X"],
            ["C", "Revise and resubmit", ""],
            ["D", "Rejected", ""],
        ]),
        ("sp",),
        ("h", "Reviewer comments"),
        ("p", "1. Code B - approved as noted for mock-up fabrication only: two (2) panels for mock-up apartment 1204."),
        ("p", "2. Hinge side to be reversed to suit ceiling grid; panel gauge to be 1.2 mm (not 1.0 mm) per spec section 23 33 00 cl. 2.7."),
        ("p", "3. This review does not release production of the remaining 346 panels. Production of the balance may only be released in writing by the Main Contractor's "
              "Package Manager, Mr Rajesh Menon, after Code A has been obtained on the resubmission incorporating comments 1-2."),
        ("p", "4. Review of shop drawings does not relieve the contractor of responsibility for dimensions, coordination and compliance with the contract documents."),
        ("sp",),
        ("p", "Reviewed: Deepa Varghese, Senior Mechanical Engineer. Checked: K. Subramanian, Associate Director."),
    ], title="MS-HVAC-041 Rev 1 review", author="Halcrow-Meridian")),
])
# c11 - quoted supplier assumption of auto-conversion, buyer's reply corrects it
_q = """On Mon, 13 May 2024 at 11:02, Vikram Patil <vikram@shreejiairtech.in> wrote:
Dear Fiona,
Good news, the 4 sample grille sets are dispatched today by air, AWB 176-8841 2093.
We understand that once the samples are okayed by the consultant we can roll straight
into the 380 pcs balance, so we are keeping a slot in week 25 for powder coating.
Pls confirm.
Regards, Vikram
"""
_t = """Hi Vikram,

Thanks for the quick dispatch.

No - please don't plan it that way. The consultant's sign-off on the samples does not
release the 380. What is released today is the four (4) sample grille sets on
PO 4500-77120, nothing more. The 380 stay on hold.

When the consultant returns Code A on the samples, I will send you a written production
release. I'm the only one at Hollis & Grange who can issue it. Until that release
arrives, please don't buy powder or extrusion beyond what the samples needed. If you
want to keep the week 25 slot provisionally at your own risk that's your call, but it
is not an instruction from us.

Kind regards,
Fiona
""" + sig("Fiona Grant", "Procurement Lead - M&E", "Hollis & Grange Building Services Ltd", "+44 113 496 0211") + "\n" + quote(_q)
case("c11_reply_corrects_roll_in", [], "Quoted supplier assumption of roll-in is corrected; buyer states 4 released, 380 on hold, Code A + written release, herself (named) as sole release authority.", [
    ("RE_sample_grilles_dispatch.eml", eml_bytes(mail(
        "Fiona Grant <f.grant@hollisgrange.co.uk>", "Vikram Patil <vikram@shreejiairtech.in>",
        "RE: PO 4500-77120 - sample grille sets dispatched", "Mon, 13 May 2024 13:47:31 +0100", _t,
        in_reply_to="<h53-prior-77120@shreejiairtech.in>"))),
])

# c12 - full-quantity PO on a portal page; identifiers look like quantities (HTML)
case("c12_flanges_portal_fullqty", [], "Full-quantity order 36 + 24 flanges, no balance; DN/PN/EN/KW/Rev numbers are identifiers not quantities.", [
    ("rheinwerk_PO_4100-2250.html", html_page("Bestellung 4100-2250", """
<h2>Rheinwerk Gebäudetechnik GmbH &mdash; Lieferantenportal</h2>
<p><b>Bestellung / Purchase order 4100-2250</b> Rev. 0 &nbsp;|&nbsp; 13.05.2024 &nbsp;|&nbsp; Kostenstelle 4410 &nbsp;|&nbsp; Projekt Campus Deutz, Haus 3 (Heizzentrale)</p>
<p>Lieferant: Cangzhou Huayang Flange Manufacturing Co., Ltd., Mengcun, Hebei, China &nbsp;|&nbsp; Kreditor 700152</p>
<table>
<tr><th>Pos.</th><th>Artikel</th><th>Beschreibung</th><th>Zeichnung</th><th>Menge</th><th>Preis (EUR)</th></tr>
<tr><td>10</td><td>FL-150-16-11</td><td>Weld neck flange DN150 PN16, EN 1092-1 Type 11 B1, P250GH, 3.1 per EN 10204</td><td>RW-4410-220 Rev 3</td><td>36 Stk</td><td>41,20</td></tr>
<tr><td>20</td><td>FL-200-16-11</td><td>Weld neck flange DN200 PN16, EN 1092-1 Type 11 B1, P250GH, 3.1 per EN 10204</td><td>RW-4410-221 Rev 3</td><td>24 Stk</td><td>58,90</td></tr>
</table>
<p class="note">This order covers the total requirement for Heizzentrale Haus 3. There is no balance, no option and no later call-off.
Please manufacture all 36 pcs of pos. 10 and all 24 pcs of pos. 20.</p>
<p>Lieferung: KW 28, DAP Köln-Deutz, Lager 1500 (max. 1.000 kg per pallet). Verpackung seefest, Flanschflächen mit Schutzkappen.</p>
<p>Prüfung: Hydrostatic test not required (forgings). Marking per EN 1092-1 clause 10. Certificates: EN 10204 3.1 with heat number traceability.</p>
<p>Einkauf: Stefan Albers &nbsp;|&nbsp; s.albers@rheinwerk-gt.de &nbsp;|&nbsp; +49 221 8804 317</p>
""", lang="de")),
])

# c13 - interim sample disposition with limits + release of 40 (DOCX, table)
case("c13_interim_disposition_louvres", [], "Interim disposition limited to 40 units and a date; release R-02 for 40; balance 358 on hold until corrected sample sign-off and R-03 by named PM.", [
    ("NM_release_R-02_louvres.docx", docx_bytes([
        ("h1", "Sample Disposition and Production Release R-02"),
        ("p", "From: Northline Mechanical Inc., Mississauga ON. To: Sai Gon Metal Louvre JSC, My Phuoc 3 IZ, Binh Duong, Viet Nam."),
        ("p", "Order: PO NM-24-1075, external weather louvre WL-150, 1200 x 600, PVDF finish to match Benjamin Moore 2134-30 - 400 units in total."),
        ("h", "1. Sample disposition"),
        ("p", "Samples: 2 louvre sections received 2 May 2024. Result: INTERIM. The colour is outside tolerance (dE 2.4 against the architect's standard). "
              "The deviation is accepted for the first 40 louvres only, for the mechanical penthouse screen (not the street facade), for louvres shipped before 30 June 2024."),
        ("h", "2. What this release covers"),
        ("table", [
            ["", "Units"],
            ["Samples (PO line 1, delivered)", "2"],
            ["Released by this release R-02", "40"],
            ["Balance on hold - not released", "358"],
            ["PO total", "400"],
        ]),
        ("sp",),
        ("p", "Please manufacture the 40 louvres of this release. Material: buy finish and extrusion for the 40 only."),
        ("h", "3. What unlocks the balance"),
        ("p", "The 358 remaining louvres stay on hold until (a) a corrected colour sample is signed off by the architect (Moriyama & Teshima) and "
              "(b) release R-03 is issued in writing by Marc Tremblay, Project Manager, who holds release authority on this order up to CAD 60,000."),
        ("p", "Marc Tremblay, Project Manager, Northline Mechanical Inc. - mtremblay@northline-mech.ca - May 7, 2024"),
    ], author="Northline Mechanical")),
])

# c14 - old quote forwarded as message/rfc822, declared informational; sample PO attached
_old = mail("Zhang Ping <zhangping@tjhongda-support.com>", "Ben Thornton <ben.t@kestrelmech.com.au>",
            "Quotation HD-2023-1187 seismic brackets", "Thu, 12 Oct 2023 15:11:00 +0800",
            """Dear Ben,

Please see our price for the seismic sway bracket SB-41 (41x41 channel, HDG):

  sample lot      10 pcs    AUD 28.00/pc
  project lot  2,000 pcs    AUD 9.40/pc   (lead time 35 days)

Price valid 90 days. FOB Xingang.

Best regards
Zhang Ping
Tianjin Hongda Support Systems Co., Ltd.
""")
_po = pdf([
    ("h1", "Kestrel Mechanical - Purchase Order KM-24-0519"),
    ("p", "Supplier: Tianjin Hongda Support Systems Co., Ltd. Date: 09/05/2024. Project: Westmead Health Stage 2 - seismic restraint of services (AS 1170.4)."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit (AUD)", "Total"],
        ["1", "SB-41", "Seismic sway bracket, 41x41x2.5 channel, HDG to AS/NZS 4680 - SAMPLE for load test", "10", "29.50", "295.00"],
    ]),
    ("p", "This PO covers ten (10) sample brackets only. Any further quantity is not released."),
], title="KM-24-0519", author="Kestrel Mechanical")
_t = """Ping,

Forwarding your 2023 quote below only so you have the old pricing reference to hand -
the 2,000 brackets in it are for information only and are not released.

Our PO KM-24-0519 (attached) is for ten (10) sample brackets only. Nothing beyond
the 10 is to be made or purchased. The remaining project quantity stays on hold until
our structural engineer signs off the cyclic load test of the samples, and then it can
only be released by a written release from me.

Please quote the new 2024 price for the project quantity separately - for pricing only.

Cheers,
""" + sig("Ben Thornton", "Procurement Manager", "Kestrel Mechanical Pty Ltd", "+61 2 9681 4417")
case("c14_fwd_old_quote_info", [], "Old quote with 2,000 forwarded as rfc822 but declared informational and not released; PO for 10 samples; hold, event and named releaser present.", [
    ("FW_HD-2023-1187_and_PO_KM-24-0519.eml", eml_bytes(mail(
        "Ben Thornton <ben.t@kestrelmech.com.au>", "Zhang Ping <zhangping@tjhongda-support.com>",
        "FW: Quotation HD-2023-1187 seismic brackets + PO KM-24-0519 samples", "Thu, 09 May 2024 10:15:00 +1000", _t,
        attachments=[("PO_KM-24-0519.pdf", _po, PDF_MT), ("rfc822", _old)]))),
])
# c15 - WhatsApp site group with a clear scope (TXT chat export)
case("c15_whatsapp_mockup_grilles", [], "Chat: buyer PM releases only 2 mock-up grilles, 418 not released, Code A + his written release, named sender is sole releaser; supplier confirms.", [
    ("WhatsApp_Chat_with_MVR_Tower_B_FCU_grilles.txt", """\
[12/05/2024, 08:41:07] Rashid Khan (Al Noor MEP): Good morning all. Mock-up flat 1204 ceiling closes Wednesday, need the grilles by Tuesday latest
[12/05/2024, 08:43:55] Sandeep Rao (MMW): Good morning sir. 2 pcs powder coated yesterday, curing today. Courier tmrw to Dubai
[12/05/2024, 08:44:20] Rashid Khan (Al Noor MEP): 👍
[12/05/2024, 08:52:13] Vinod (Site Supervisor): Access from basement B1 only, ramp on east side closed for concrete pour
[12/05/2024, 09:05:48] Sandeep Rao (MMW): Sir one query - shall we book powder for the full job now? Supplier has offer till 20th
[12/05/2024, 09:17:02] Rashid Khan (Al Noor MEP): Team, to be clear on the grilles: only the 2 mock-up grilles for flat 1204 are released. The other 418 are NOT released - do not start them, do not buy powder or aluminium for them
[12/05/2024, 09:17:40] Rashid Khan (Al Noor MEP): Once the consultant gives Code A on the mock-up I will send the written release for the 418. Nobody else can release them, only me
[12/05/2024, 09:19:11] Sandeep Rao (MMW): Noted sir. Only 2 pcs in work. Balance 418 on hold till your written release. Powder we will not book
[12/05/2024, 09:21:30] Vinod (Site Supervisor): Also need 2 spare clips per grille for the mock-up pls
[12/05/2024, 09:24:02] Sandeep Rao (MMW): Ok will add 4 clips in the courier
[12/05/2024, 10:02:45] Rashid Khan (Al Noor MEP): Thanks all
"""),
])

# c16 - supplier weekly production status report (HTML table)
case("c16_weekly_status_report", [], "Supplier status report: material held only up to released quantities; balance awaiting release; a report authorizes nothing.", [
    ("polwent_status_KW19.html", html_page("Polwent - weekly status KW 19", """
<h2>Polwent Sp. z o.o. &mdash; Weekly production status, KW 19/2024</h2>
<p>For: Rheinwerk Gebäudetechnik GmbH, Einkauf (Mr S. Albers) &nbsp;|&nbsp; Prepared: 10.05.2024, P. Zielinski</p>
<table>
<tr><th>PO</th><th>Item</th><th>PO qty</th><th>Released for production</th><th>Produced</th><th>Material bought (units)</th><th>Status</th></tr>
<tr><td>4100-1911</td><td>AHU access door 900x600</td><td>3</td><td>3</td><td>3</td><td>3</td><td>Samples shipped 08.05. Balance 57 not released &mdash; we wait for your written release.</td></tr>
<tr><td>4100-1902</td><td>Multi-leaf control damper 1000x500</td><td>60</td><td>60</td><td>42</td><td>60</td><td>Full quantity order, in production, remaining 18 in assembly KW 20.</td></tr>
<tr><td>4100-1944</td><td>Sound attenuator 1200x600x1500</td><td>24</td><td>24</td><td>0</td><td>24</td><td>Full quantity order, cutting KW 20.</td></tr>
</table>
<p>Material policy: we hold material only up to the released quantity of each order. Nothing is bought for quantities that are not released.</p>
<p>Transport: next full truck Gliwice &rarr; Köln on 17.05. (13.6 m, tail lift). Please confirm gate slot.</p>
""")),
])

# c17 - buyer planning question, explicitly not an instruction (EML)
_t = """Hi Tuan,

Quick planning question - not an instruction.

If the mock-up review on Tuesday goes well, how many working days after a written
release would you need before the first 50 of the perforated ceiling panels could ship?
The builder wants to lock the level 3 ceiling programme and I'd rather give them a
real number.

To be clear: PO KM-24-0388 still covers the 6 mock-up panels only. The 230 balance
remains on hold - please don't start anything or order coil for it. The balance will
only move after the architect signs off the mock-up, and then by a written release
from me.

Thanks mate,
""" + sig("Ben Thornton", "Procurement Manager", "Kestrel Mechanical Pty Ltd", "+61 2 9681 4417")
case("c17_buyer_planning_question", [], "Buyer asks a planning question; restates 6 released, 230 on hold, architect sign-off + his written release; nothing approved.", [
    ("KM-24-0388_planning_question.eml", eml_bytes(mail(
        "Ben Thornton <ben.t@kestrelmech.com.au>", "Tran Van Tuan <tuan.tran@saigonlouvre.vn>",
        "KM-24-0388 ceiling panels - lead time after release?", "Fri, 10 May 2024 16:20:00 +1000", _t))),
])

# c18 - production release of the full balance after sign-off (DOCX)
case("c18_release_full_balance", [], "Written release of the full balance 294 naming the sign-off, the authoriser and second approver; nothing remains on hold.", [
    ("PR-2024-014_Produktionsfreigabe.docx", docx_bytes([
        ("h1", "Production Release PR-2024-014"),
        ("p", "Rheinwerk Gebäudetechnik GmbH, Einkauf, Köln - to Polwent Sp. z o.o., Gliwice. Date: 14.03.2024."),
        ("table", [
            ["Field", "Entry"],
            ["Purchase order", "4100-1933 (issued 05.02.2024), fire dampers FD-EI90 315 mm, 300 units total"],
            ["Sample quantity (delivered)", "6"],
            ["Sample sign-off", "SSO-0521 of 12.03.2024, result: approved, signed Dipl.-Ing. J. Krüger"],
            ["Quantity released by this document", "294"],
            ["Total released after this document", "300 (= PO quantity)"],
            ["Remaining on hold", "0"],
            ["Material authority", "294 units (full balance)"],
        ]),
        ("sp",),
        ("p", "With this document the balance of 294 fire dampers on PO 4100-1933 is released for production. Nothing on this purchase order remains on hold."),
        ("p", "Delivery in three lots of 98 to Campus Deutz Haus 2: KW 16, KW 18, KW 20."),
        ("p", "Authorised by: Thomas Becker, Head of Procurement (release limit EUR 150,000). Second signature: Jana Krüger, Head of Engineering."),
    ], author="Rheinwerk Einkauf")),
])

# c19 - hold notice on a portal page (HTML, table)
case("c19_hold_notice_roller_supports", [], "Hold notice: 10 samples released, 590 on hold, commissioning sign-off of load test + written release by named purchasing manager.", [
    ("NM_hold_notice_HN-0042.html", html_page("Hold notice HN-0042", """
<h2>Northline Mechanical Inc. &mdash; HOLD NOTICE HN-0042</h2>
<p>To: Vardhman Pipe Supports Pvt. Ltd., Focal Point Phase 8, Ludhiana, Punjab, India &nbsp;|&nbsp; Date: May 9, 2024</p>
<p>Order: PO NM-24-1150 &mdash; pipe roller support with sole plate, 3/4&quot; rod, for 6&quot;-10&quot; hydronic mains, Humber River Commons</p>
<table>
<tr><th>Item</th><th>Quantity</th><th>Status</th></tr>
<tr><td>Sample roller supports (PO line 1)</td><td>10</td><td>released &mdash; manufacture and ship</td></tr>
<tr><td>Balance per quotation VPS/Q/24/061</td><td>590</td><td>ON HOLD &mdash; not released, do not manufacture</td></tr>
</table>
<div class="note">
<p>Material: buy material for the 10 samples only.</p>
<p>The 590 stay on hold until our commissioning engineer signs off the load test of the samples (test per MSS SP-58, 3 x rated load).
After that sign-off, the balance can only be released by a written release from Graham Pelletier, Purchasing Manager.</p>
</div>
<p>Questions: gpelletier@northline-mech.ca &nbsp;|&nbsp; +1 905 555 0188</p>
""")),
])

# c20 - multi-file: ERP PO + supplier quote; PO declares the production tier informational
case("c20_po_plus_quote_info", [], "Folder: PO for 5 samples declares the quote's 1,495 for information only and not released; FAI sign-off + written release by named director.", [
    ("PO_4500-91027.txt", """\
HOLLIS & GRANGE BUILDING SERVICES LTD            PURCHASE ORDER        4500-91027
KIRKSTALL ROAD, LEEDS LS4 2AZ                    DATE                  07.05.2024
                                                 PO STATUS             ISSUED
VENDOR: 0000418822  MARMARA KANAL EKIPMANLARI SAN. TIC. LTD. STI.
        DOSAB, BURSA, TURKIYE
PROJECT: 2231-LEEDS CIVIC HALL    PACKAGE: M05 VCDs / CONTROL DAMPERS
--------------------------------------------------------------------------------
LINE  MATERIAL        DESCRIPTION                          QTY  UOM    PRICE GBP
  10  VCD-CIRC-250    VOLUME CONTROL DAMPER 250 DIA,          5  EA       24.60
                      GALV, LOCKING QUADRANT - SAMPLE
--------------------------------------------------------------------------------
NOTE TO SUPPLIER:
  YOUR QUOTE MKE-Q-24-0215 SHOWS 5 SAMPLES AND 1,495 PRODUCTION UNITS.
  THE 1,495 ARE SHOWN FOR INFORMATION ONLY AND ARE NOT RELEASED.
  ONLY THE 5 SAMPLES ON LINE 10 ARE RELEASED. BUY MATERIAL FOR 5 ONLY.
  THE BALANCE WILL BE RELEASED ONLY BY A WRITTEN PRODUCTION RELEASE FROM
  HELEN CARR, PROCUREMENT DIRECTOR, AFTER FAI SIGN-OFF OF THE SAMPLES BY
  OUR M&E ENGINEER.
--------------------------------------------------------------------------------
DELIVERY: DAP LEEDS, WK 22.  INVOICE: AP@HOLLISGRANGE.CO.UK QUOTING PO NO.
"""),
    ("MKE-Q-24-0215_quote.pdf", pdf([
        ("h1", "Teklif / Quotation MKE-Q-24-0215"),
        ("p", "Marmara Kanal Ekipmanları San. Tic. Ltd. Şti., Demirtaş OSB, Bursa. To: Hollis & Grange, Leeds. Date 24.04.2024."),
        ("table", [
            ["Item", "Description", "Sample qty", "Production qty", "Unit price GBP (sample / production)"],
            ["VCD-CIRC-250", "Volume control damper 250 dia, galvanised, locking quadrant", "5", "1,495", "24.60 / 9.85"],
        ]),
        ("p", "Lead time production: 5 weeks after written production release. Payment: 30 days after delivery."),
        ("p", "Emre Yılmaz, Export Manager, +90 224 261 4470"),
    ], title="MKE-Q-24-0215", author="Marmara Kanal")),
])
# c21 - scoped sample approval (colour/finish only), multipart/alternative with HTML table
_t = """Dear Ms Chen,

thank you for the 5 sample swirl diffusers, they arrived in Köln on Monday.

Result of our review:
- Sample approved for colour and surface finish only (RAL 9010, 30% gloss) -
  production not released.
- The dimensional FAI report is still open: the neck diameter measured 397 mm
  against 398 +/- 0.5 on two of five pieces. Please send your measurement
  protocol for all five.

Status of PO 4100-2301:
  Released:  5 sample diffusers (delivered)
  On hold:   995 diffusers - not released, no material purchase for them

The 995 remain on hold until our QA signs off the dimensional FAI report. The written
production release will then come from me; nobody else at Rheinwerk issues it.

Mit freundlichen Grüßen
""" + sig("Stefan Albers", "Einkauf / Purchasing", "Rheinwerk Gebäudetechnik GmbH, Köln", "+49 221 8804 317")
_h = """<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Dear Ms Chen,</p>
<p>thank you for the 5 sample swirl diffusers, they arrived in Köln on Monday.</p>
<p>Result of our review:</p>
<ul><li><b>Sample approved for colour and surface finish only</b> (RAL 9010, 30% gloss) &ndash; production not released.</li>
<li>The dimensional FAI report is still open: the neck diameter measured 397 mm against 398 +/- 0.5 on two of five pieces. Please send your measurement protocol for all five.</li></ul>
<p>Status of PO 4100-2301:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Status</th><th>Quantity</th><th>Remark</th></tr>
<tr><td>Released</td><td>5</td><td>sample diffusers (delivered)</td></tr>
<tr><td>On hold</td><td>995</td><td>not released, no material purchase for them</td></tr>
</table>
<p>The 995 remain on hold until our QA signs off the dimensional FAI report. The written production release will then come from me; nobody else at Rheinwerk issues it.</p>
<p>Mit freundlichen Grüßen<br>Stefan Albers<br>Einkauf / Purchasing<br>Rheinwerk Gebäudetechnik GmbH, Köln</p>
</body></html>
"""
case("c21_scoped_finish_approval", [], "'Sample approved for colour and surface finish only - production not released'; 5 released, 995 on hold, FAI sign-off, named releaser.", [
    ("4100-2301_sample_review.eml", eml_bytes(mail(
        "Stefan Albers <s.albers@rheinwerk-gt.de>", "Amy Chen <amy.chen@suzhou-airtech.com>",
        "PO 4100-2301 swirl diffusers - sample review result", "Wed, 15 May 2024 11:30:00 +0200", _t, html=_h))),
])

# c22 - ERP printout, full-quantity PO with floor-by-floor delivery schedule
case("c22_erp_fullqty_floor_schedule", [], "Full-quantity PO for 320 with floor-by-floor delivery lots summing to 320; 'proceed with all 320' is scoped; no balance.", [
    ("PO_4500-93310_print.txt", """\
HOLLIS & GRANGE BUILDING SERVICES LTD                         PURCHASE ORDER
================================================================================
PO NUMBER  : 4500-93310             PO DATE   : 09.05.2024    PO STATUS : ISSUED
VENDOR     : 0000417703 SHREEJI AIRTECH FABRICATORS PVT LTD, CHAKAN, PUNE, IN
PROJECT    : 2240-HEADINGLEY STUDENT RESIDENCE  PKG: M04 AIR TERMINALS
BUYER      : T. WHITFIELD (SENIOR BUYER)        TEL: 0113 496 0208
================================================================================
LN   MATERIAL         DESCRIPTION                         QTY   UOM   NET GBP
---  ---------------  ---------------------------------  ----  ----  ---------
010  CD-4W-600-9010   CEILING DIFFUSER 4-WAY 600X600,     320   EA     19.40
                      LAY-IN, RAL 9010, C/W OBD
--------------------------------------------------------------------------------
DELIVERY SCHEDULE (FLOOR BY FLOOR, DAP SITE):
   LOT 1  LEVELS 1-2   80 EA   WK 24
   LOT 2  LEVELS 3-4   80 EA   WK 26
   LOT 3  LEVELS 5-6   80 EA   WK 28
   LOT 4  LEVELS 7-8   80 EA   WK 30
                     ------
   TOTAL              320 EA
--------------------------------------------------------------------------------
TEXT: FULL QUANTITY ORDER - NO BALANCE, NO OPTIONS. SUPPLIER TO PROCEED WITH
      ALL 320 EA ON LINE 010. LOTS ARE DELIVERY DATES ONLY.
      PACK PER LOT, LABEL LEVEL/ROOM NO. PER SCHEDULE DWG 2240-M-4101 REV C.
      CONFORM TO BS EN 12238 / ISO 5135 DATA SUBMITTED WITH QUOTE QTN-PN-24-0402.
================================================================================
TOTAL NET VALUE GBP 6,208.00                         TERMS: 60 DAYS EOM
"""),
])

# c23 - staged material authority above release, sample order (DOCX, table)
case("c23_staged_material_docx", [], "12 samples released, 588 not released, explicit staged material authority up to 600 panels of coil, architect sign-off + named commercial manager.", [
    ("KM-24-0601_material_authority.docx", docx_bytes([
        ("h1", "Sample Order and Material Authority Statement - PO KM-24-0601"),
        ("p", "Kestrel Mechanical Pty Ltd, 17 Prime Drive, Seven Hills NSW 2147 - to Sai Gon Metal Louvre JSC, Binh Duong, Viet Nam. Date: 13/05/2024."),
        ("p", "Item: perforated metal ceiling panel 600 x 600 x 0.7 mm aluzinc, 2.5 mm round perf. 16% open area, acoustic fleece, white powder coat (Dulux Duralloy Precious Pearl)."),
        ("table", [
            ["", "Panels", "Meaning"],
            ["Released for production now", "12", "sample panels for the mock-up bay, level 2"],
            ["Balance - not released", "588", "do not cut, punch, form or coat"],
            ["Material authority (staged)", "600", "you may buy and hold 0.7 mm coil for up to 600 panels at Kestrel's liability"],
        ]),
        ("sp",),
        ("p", "The staged material authority lets you secure coil ahead of the mill's price change. It does not release any fabrication beyond the 12 sample panels."),
        ("p", "The 588 remain not released until the architect (Bates Smart) signs off the mock-up bay and Priya Raman, Commercial Manager, issues a written production release. "
              "No other Kestrel staff member can release these panels."),
        ("p", "Priya Raman, Commercial Manager, Kestrel Mechanical Pty Ltd, +61 2 9681 4402"),
    ], author="Kestrel Mechanical")),
])

# c24 - consultant "revise and resubmit, do not fabricate" (EML + TXT comment sheet)
_cs = """\
COMMENT SHEET - SUBMITTAL MS-PLB-017 REV 0
Project: Marina Vista Residences - Plot 392-117
Item: Booster pump set (duty/standby/assist) and PRV stations, floors 1-38
Status: CODE C - REVISE AND RESUBMIT

No.  Ref.              Comment
1    Pump curve        Duty point 14.2 l/s @ 62 m not met at 80% speed; reselect.
2    PRV station L12   Downstream setting 3.5 bar, spec requires 3.0 bar max at outlet.
3    Vessel            Pre-charge volume calc missing; provide per BS EN 806-3 / DM regs.
4    Controls          BMS points list missing (BACnet MS/TP).
5    General           Provide WRAS / DM approval certificates for all wetted parts.

Reviewer: Deepa Varghese, Senior Mechanical Engineer, Halcrow-Meridian
"""
_t = """Dear Mr Menon,

Please find attached our comments on submittal MS-PLB-017 Rev 0 (booster pump set and
PRV stations). The submittal is returned Code C - revise and resubmit.

Do not fabricate or order long-lead items against this submittal. Resubmit with the
pump reselection and the missing calculations.

Regards,
Deepa Varghese
Senior Mechanical Engineer | Halcrow-Meridian Consulting Engineers | Dubai
T +971 4 555 0377
"""
case("c24_consultant_code_c", [], "Consultant returns Code C revise and resubmit, do not fabricate; no authorization, nothing approved.", [
    ("MS-PLB-017_Code_C.eml", eml_bytes(mail(
        "Deepa Varghese <dvarghese@halcrow-meridian.ae>", "Rajesh Menon <rmenon@alnoorcontracting.ae>",
        "MS-PLB-017 Rev 0 - booster pumps & PRVs - CODE C", "Thu, 16 May 2024 12:05:00 +0400", _t,
        cc="Sandeep Rao <sandeep@maharashtrametal.in>",
        attachments=[("MS-PLB-017_comment_sheet.txt", _cs, "text/plain")]))),
])

# c25 - long forwarded thread, full scope in the buyer's top message among logistics noise
_t = """Hi Kevin,

Pulling the thread together before the long weekend.

Scope of PO NM-24-1177 (unchanged): six (6) sample press-fit ball valve assemblies,
DN20/DN25, for the mock-up riser. Those six are released. The remaining 1,194 in your
quote are not released - don't make them and don't buy brass for them. They stay on
hold until our commissioning engineer signs off the pressure test on the mock-up riser
(target June 7), and then only a written release from me, Graham Pelletier, releases
them.

On the logistics questions below:
- HS code 8481.80 is fine for the valves; the insulation jackets go under 3926.90.
- Pallet height max 1.5 m, our dock door is 2.4 m.
- Courier for the samples: FedEx IP on our account 7714-0993-2, not DHL.

Thanks,
""" + sig("Graham Pelletier", "Purchasing Manager", "Northline Mechanical Inc.", "+1 905 555 0188") + "\n" + quote("""On Wed, May 15, 2024 at 9:02 PM Kevin Liu <kevin@hengtaivalve.cn> wrote:
Dear Graham,
Samples will finish on 22 May. Please advise:
1) HS code for customs invoice, our forwarder proposes 8481.80
2) max pallet height at your warehouse
3) courier account, or we use DHL prepaid?
Also the insulation jackets - same HS code?
Best regards, Kevin

On Tue, May 14, 2024 at 4:40 PM Graham Pelletier <gpelletier@northline-mech.ca> wrote:
Kevin - our receiving hours changed, dock 3 is now 7:00-14:30 Mon-Thu. Fridays closed
until Labour Day. Please book 24 h ahead with Dominique (ext. 214).

On Mon, May 13, 2024 at 10:12 AM Kevin Liu <kevin@hengtaivalve.cn> wrote:
Dear Graham, pls find the updated GA drawing HV-PF-20 rev 5 with the longer
extension stem for 50 mm insulation. Regards, Kevin""")
case("c25_long_thread_scope", [], "Long thread with logistics; the buyer's top message states 6 released, 1,194 not released, pressure test sign-off, named releaser.", [
    ("FW_NM-24-1177_logistics_and_scope.eml", eml_bytes(mail(
        "Graham Pelletier <gpelletier@northline-mech.ca>", "Kevin Liu <kevin@hengtaivalve.cn>",
        "RE: FW: NM-24-1177 sample ball valves - HS code / pallets / courier", "Thu, 16 May 2024 08:15:00 -0400", _t,
        cc="Dominique Roy <droy@northline-mech.ca>", in_reply_to="<h53-prior-1177@hengtaivalve.cn>"))),
])
# =================================================================== WITH RISKS
# p01 - sample PO mailed with the supplier quote attached; quote's 1,180 unlabelled; no hold / event / releaser
_po = pdf([
    ("h1", "PURCHASE ORDER 4500-77341"),
    ("p", "Hollis & Grange Building Services Ltd, Kirkstall Road, Leeds LS4 2AZ. Buyer: Tom Whitfield, Senior Buyer, 0113 496 0208."),
    ("p", "Vendor: Shreeji Airtech Fabricators Pvt. Ltd., Chakan MIDC, Pune, India. Ref. quotation QTN-PN-24-0387."),
    ("p", "Project 2231 - Leeds Civic Hall refurbishment. Package M04 air terminals. Order date 03.05.2024."),
    ("table", [
        ["Line", "Material", "Description", "Qty", "Unit GBP", "Net GBP"],
        ["10", "LSD-2S-1200-9010", "Linear slot diffuser 2-slot 1200 mm, RAL 9010 matt, c/w OBD - samples for mock-up wall", "12", "38.40", "460.80"],
    ]),
    ("sp",),
    ("p", "Delivery: DAP site, Leeds Civic Hall, Portland Crescent entrance, by 14 June 2024. Contact site: Dean Holroyd 07700 900412."),
    ("p", "Invoices to ap@hollisgrange.co.uk quoting the PO number. Terms: Hollis & Grange conditions of purchase HG-CP-07."),
], title="PO 4500-77341", author="Hollis & Grange")
_qt = pdf([
    ("h1", "QUOTATION QTN-PN-24-0387"),
    ("p", "Shreeji Airtech Fabricators Pvt. Ltd., Chakan MIDC, Pune. To: Hollis & Grange, Leeds. Date 22.04.2024."),
    ("table", [
        ["Description", "Qty", "Unit GBP", "Lead time"],
        ["Linear slot diffuser 2-slot 1200 mm RAL 9010 - samples", "12", "38.40", "3 weeks"],
        ["Linear slot diffuser 2-slot 1200 mm RAL 9010 - production", "1,180", "21.90", "6 weeks"],
    ]),
    ("p", "Payment 30% advance, 70% against B/L copy. FOB Nhava Sheva for production, DAP Leeds for samples."),
], title="QTN-PN-24-0387", author="Shreeji Airtech")
_t = """Hi Vikram,

Please find attached our PO 4500-77341 for the sample linear slot diffusers, with your
quote attached for reference.

Can you confirm a ship date for the twelve (12) samples? The consultant wants them on
the mock-up wall in the east wing by the third week of June, and the ceiling contractor
needs two days to fit them, so the 14th is a hard date on our side.

Delivery to site please, not to our Kirkstall Road office - contact details on the PO.

Cheers,
""" + sig("Tom Whitfield", "Senior Buyer", "Hollis & Grange Building Services Ltd", "+44 113 496 0208")
case("p01_sample_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 12 mailed with the quote showing 1,180 unlabelled; nothing says the balance is not released, no unlock event, no release person.", [
    ("PO_4500-77341_samples.eml", eml_bytes(mail(
        "Tom Whitfield <t.whitfield@hollisgrange.co.uk>", "Vikram Patil <vikram@shreejiairtech.in>",
        "PO 4500-77341 - LSD samples - Leeds Civic Hall", "Fri, 03 May 2024 15:02:00 +0100", _t,
        attachments=[("PO_4500-77341.pdf", _po, PDF_MT), ("QTN-PN-24-0387.pdf", _qt, PDF_MT)]))),
])

# p02 - multi-file: German ERP PO for 4 sample dampers + Turkish quote with the series quantity
case("p02_erp_po_and_quote_folder", ["RG001", "RG003", "RG004", "RG005"],
     "Folder: PO for 4 sample fire dampers beside a quote with series 356, nothing labels the 356; no hold, no unlock event, no releaser.", [
    ("HH-45190_Bestellung.txt", """\
HESSLER HAUSTECHNIK GMBH          BESTELLUNG / PURCHASE ORDER      HH-45190
Hanauer Landstr. 291                                          Datum: 06.05.2024
60314 Frankfurt am Main                                       Seite: 1 / 1
-------------------------------------------------------------------------------
Lieferant / Supplier: 88120  AKDENIZ TEKNIK HAVALANDIRMA SAN. A.S.
                             ANTALYA OSB 3. KISIM, ANTALYA, TR
Ihr Angebot / Your offer: AT-Q-24-0331 vom 19.04.2024
Projekt: BV Ostend Quartier, Bauteil B - Lüftung
-------------------------------------------------------------------------------
Pos  Artikel        Bezeichnung / Description              Menge  ME   EUR/ME
---  -------------  -------------------------------------  -----  ---  ------
010  FD90-400x300   Brandschutzklappe / fire damper EI90       4  Stk  286,00
                    400x300, DIN EN 15650, Muster/SAMPLE
-------------------------------------------------------------------------------
Lieferadresse: Baustelle Ostend Quartier, Hanauer Landstr. 180, Tor 2
Liefertermin: KW 22
Versand: Spedition, Avis 24 h vorher an Bauleitung (Hr. Ditzel 0171 555 0287)
Zahlungsbedingung: 30 Tage netto
Es gelten unsere Einkaufsbedingungen Stand 01/2024.
-------------------------------------------------------------------------------
Einkauf: T. Reinhardt                              Summe netto: EUR 1.144,00
"""),
    ("AT-Q-24-0331_offer.pdf", pdf([
        ("h1", "Teklif / Offer AT-Q-24-0331"),
        ("p", "Akdeniz Teknik Havalandırma San. A.Ş., Antalya OSB. To: Hessler Haustechnik GmbH, Frankfurt. Date 19.04.2024."),
        ("table", [
            ["Pos", "Description", "Sample qty", "Series qty", "EUR/pc sample", "EUR/pc series"],
            ["1", "Fire damper EI90 400x300, DIN EN 15650, motorised 24V", "4", "356", "286,00", "171,50"],
        ]),
        ("p", "Delivery series: 6 weeks. Incoterms DAP Frankfurt. Validity 45 days."),
        ("p", "Hakan Demir, Sales Engineer, +90 242 258 1130"),
    ], title="AT-Q-24-0331", author="Akdeniz Teknik")),
])

# p03 - portal PO page: project quantity column unlabelled + "Approved, please proceed"
case("p03_portal_po_vav", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "Portal PO: order qty 2 with a 'project qty 260' column, buyer comment 'Approved, please proceed' with no scope; no hold, event or releaser.", [
    ("GCC-PO-3420_portal.html", html_page("GCC Supplier Portal - PO GCC-PO-3420", """
<h2>Gulf Crest Contracting LLC &mdash; Supplier Portal</h2>
<p>Purchase order <b>GCC-PO-3420</b> &nbsp;|&nbsp; Status: Issued &nbsp;|&nbsp; 07-05-2024 &nbsp;|&nbsp; Project P-121 Creek Harbour Residences</p>
<p>Supplier: Guangdong Airtop Environmental Equipment Co., Ltd., Foshan &nbsp;|&nbsp; Vendor 70-5127</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Order qty</th><th>Project qty</th><th>Unit price (AED)</th><th>Need date</th></tr>
<tr><td>1</td><td>VAV-200-PI</td><td>VAV terminal unit 200 mm, pressure independent, BACnet controller, 1.0 mm galv. casing, 25 mm liner &mdash; sample</td><td>2</td><td>260</td><td>1,840.00</td><td>02-06-2024</td></tr>
</table>
<h3>Comments</h3>
<table>
<tr><th>Date</th><th>By</th><th>Comment</th></tr>
<tr><td>05-05-2024</td><td>Supplier (Lucy Huang)</td><td>Submittal data and controller points list uploaded. Please check.</td></tr>
<tr><td>07-05-2024</td><td>Buyer (Samir Haddad)</td><td>Approved, please proceed.</td></tr>
</table>
<p>Delivery: DDP site Creek Harbour, Gate 7. Documents: COO, test certificates, AHRI 880 data.</p>
""")),
])

# p04 - letter of intent for 2 mock-up louvres with an unlabelled schedule of quantities (DOCX)
case("p04_loi_mockup_louvres", ["RG001", "RG003", "RG004", "RG005"],
     "LOI authorises 2 mock-up louvres; the schedule of quantities for 744 sits beside it with nothing saying informational/not released; no hold, event or releaser.", [
    ("Kestrel_LOI_weather_louvres.docx", docx_bytes([
        ("h1", "Letter of Intent - External Weather Louvres"),
        ("p", "Kestrel Mechanical Pty Ltd, 17 Prime Drive, Seven Hills NSW 2147. ABN 41 118 772 093."),
        ("p", "To: Sai Gon Metal Louvre JSC, My Phuoc 3 Industrial Park, Ben Cat, Binh Duong, Viet Nam. Attn: Mr Tran Van Tuan."),
        ("p", "Date: 29 April 2024. Project: Parramatta Square Tower 6 - mechanical services. Your quotation SGL-Q-24-055."),
        ("p", "Dear Tuan,"),
        ("p", "We are pleased to confirm our intention to engage Sai Gon Metal Louvre for the supply of the external weather louvres on this project."),
        ("p", "As a first step we authorise the manufacture of two (2) mock-up louvre panels WL-150 (1200 x 600, PVDF Dulux Fluoroset Charcoal) at AUD 412.00 each, "
              "for installation on the façade mock-up at the builder's yard in Wetherill Park."),
        ("h", "Schedule of quantities"),
        ("table", [
            ["Level", "Louvre WL-150 (panels)", "Louvre WL-100 (panels)"],
            ["L1 - L4 (plant)", "168", "40"],
            ["L5 - L20", "288", "96"],
            ["L21 - L35", "120", "0"],
            ["Roof plant", "32", "0"],
            ["Total", "608", "136"],
        ]),
        ("sp",),
        ("p", "Please send your shop drawings with the mock-up panels. Freight: DAP Wetherill Park. Payment: 30 days end of month."),
        ("p", "Yours sincerely,"),
        ("p", "Ben Thornton, Procurement Manager, Kestrel Mechanical Pty Ltd"),
    ], author="Kestrel Mechanical")),
])

# p05 - folder: sample PO (PDF) + quote (PDF) + supplier mail saying material for the full job is booked
case("p05_pipe_supports_folder", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "Folder: PO for 5 sample trapeze sets beside a quote for 3,200; supplier books channel and rod for all 3,200; PO has no hold, event or releaser.", [
    ("NM-24-1201_PO.pdf", pdf([
        ("h1", "Northline Mechanical Inc. - Purchase Order NM-24-1201"),
        ("p", "To: Tianjin Hongda Support Systems Co., Ltd., Xiqing Economic Development Area, Tianjin, China. Date: May 3, 2024. Terms: Net 45."),
        ("p", "Project: Humber River Commons - seismic trapeze supports for sprinkler and hydronic mains (NBC 2020 / CSA S832)."),
        ("table", [
            ["Line", "Part no.", "Description", "Qty", "Unit USD", "Ext. USD"],
            ["1", "HD-TR-1200", "Seismic trapeze assembly, 1200 mm 41x41x2.5 channel, 2 x 1/2-13 rod, lateral + longitudinal brace kit, HDG - SAMPLE", "5", "64.00", "320.00"],
        ]),
        ("p", "Ship by air, DAP Mississauga. Buyer: Graham Pelletier, Purchasing Manager."),
    ], title="NM-24-1201", author="Northline Mechanical")),
    ("HD-2024-0418_quotation.pdf", pdf([
        ("h1", "QUOTATION HD-2024-0418"),
        ("p", "Tianjin Hongda Support Systems Co., Ltd. To: Northline Mechanical Inc. Date: 24 April 2024."),
        ("table", [
            ["Item", "Description", "Qty", "Unit USD", "Lead time"],
            ["1", "Seismic trapeze assembly HD-TR-1200 - sample", "5", "64.00", "10 days"],
            ["2", "Seismic trapeze assembly HD-TR-1200 - mass production", "3,200", "23.80", "35 days"],
        ]),
        ("p", "FOB Xingang for mass production. Price based on Q235 steel at CNY 3,950/t."),
    ], title="HD-2024-0418", author="Tianjin Hongda")),
    ("RE_NM-24-1201_received.eml", eml_bytes(mail(
        "Zhang Ping <zhangping@tjhongda-support.com>", "Graham Pelletier <gpelletier@northline-mech.ca>",
        "RE: NM-24-1201 - PO received", "Tue, 07 May 2024 09:44:00 +0800",
        """Dear Graham,

Well received your PO NM-24-1201, thank you for your trust.

The 5 sample trapeze sets will be ready on 21 May and ship by air same week.

For your information, steel price is going up in June, so to keep the price of our
quotation we have booked the galvanised channel and the threaded rod for all 3,200
sets with the mill this week. Rod is already in our warehouse.

Best regards
Zhang Ping
Sales Manager, Tianjin Hongda Support Systems Co., Ltd.
+86 22 2398 1147
"""))),
])
# p06 - supplier reply: material for the whole balance already bought; buyer's complete scope quoted
_q = """On 2 May 2024, at 10:15, Gareth Lowe <g.lowe@brennanashworth.co.uk> wrote:
Marek,
PO 4500-88410 attached. It covers six (6) sample fire dampers only, for the witness
test at ITB and the mock-up. The balance of 394 is not released - please don't
manufacture it. It will be released only by a written release signed by me, after the
witness fire test report is signed off by our M&E engineer.
Regards, Gareth Lowe, Commercial Manager, Brennan Ashworth Contractors"""
_t = """Dear Gareth,

Thank you for the PO 4500-88410.

The 6 samples are in welding now and the witness test slot at ITB Warsaw is booked for
6 June, 09:00. Your engineer is welcome; please send names for the visitor passes.

For information: our steel mill announced +11% from 1 July, so to protect the price of
our offer we already bought the galvanised sheet (1.5 mm DX51D Z275) and the intumescent
strips for all 394 dampers and stored them in our warehouse in Bydgoszcz. We invoice
only with the production, of course, so no cost for you now.

Best regards,
""" + sig_plain("Marek Kowalczyk", "Sales Director", "Termo-Flow Sp. z o.o.", "+48 52 345 7710") + "\n" + quote(_q)
case("p06_material_bought_for_balance", ["RG006"],
     "Buyer scope complete (6 released, 394 not released, test sign-off, named releaser) but the supplier has bought sheet and strips for all 394 without material authority.", [
    ("RE_PO_4500-88410_samples.eml", eml_bytes(mail(
        "Marek Kowalczyk <m.kowalczyk@termoflow.pl>", "Gareth Lowe <g.lowe@brennanashworth.co.uk>",
        "RE: PO 4500-88410 sample fire dampers", "Tue, 07 May 2024 12:30:00 +0200", _t,
        in_reply_to="<h53-prior-88410@brennanashworth.co.uk>"))),
])

# p07 - supplier cuts material for the balance so that mock-up approval rolls into production
_q = """On 06-May-2024 17:02, Rajesh Menon <rmenon@alnoorcontracting.ae> wrote:
Sandeep,
Only the 2 access panels for the mock-up apartment 1204 are released. The balance of 346
panels is not released until the consultant gives Code A on the resubmission and I send
you my written release.
Rajesh Menon
Package Manager - MEP, Al Noor Contracting LLC"""
_t = """Dear Rajesh sir,

Greetings from Nashik.

Both mock-up panels are dispatched by air today (Emirates SkyCargo AWB 176-5512 0984),
ETA Dubai Thursday. Copy of packing list attached in the next mail.

To save time on your programme we have started cutting the 1.2 mm sheet for the balance
346 panels, so as soon as the consultant approves the mock-up we run straight into
production without losing any days.

Thanks and regards,
Sandeep Rao
Manager - Exports, Maharashtra Metal Works
Gat No. 412, Ambad MIDC, Nashik 422010
+91 253 238 4417

""" + quote(_q)
case("p07_cutting_balance_roll_in", ["RG006", "RG007"],
     "Buyer scope complete; supplier cuts sheet for the 346 balance and plans to roll straight into production on mock-up approval.", [
    ("RE_mockup_access_panels.eml", eml_bytes(mail(
        "Sandeep Rao <sandeep@maharashtrametal.in>", "Rajesh Menon <rmenon@alnoorcontracting.ae>",
        "RE: Mock-up access panels - MVR - dispatch", "Wed, 08 May 2024 14:12:00 +0530", _t,
        html=html_from_text(_t), in_reply_to="<h53-prior-mvr1204@alnoorcontracting.ae>"))),
])

# p08 - WhatsApp: call-off scope complete, supplier reports aluminium for all levels arrived
case("p08_whatsapp_calloff_material", ["RG006"],
     "Chat: call-off CO-03 for 60 with the 360 not released and named releaser/event, but the supplier has bought profiles for all 420.", [
    ("WhatsApp_Chat_with_Creek_Harbour_grilles_CO.txt", """\
04/06/2024, 09:58 - Samir Haddad (GCC): Good morning. CO-03 issued today, copy in email
04/06/2024, 09:59 - Samir Haddad (GCC): CO-03 released: Level 3 supply grilles, 60 pcs only
04/06/2024, 10:00 - Samir Haddad (GCC): Levels 4 to 9 (360 pcs) NOT released. Next CO only after L3 ceiling inspection, and only issued by me
04/06/2024, 10:07 - Kemal Arslan (Anadolu Hava): Günaydın Samir bey, noted 🙏
04/06/2024, 10:09 - Kemal Arslan (Anadolu Hava): Info: aluminium profiles for all levels arrived to our factory yesterday, 420 pcs worth. We cut only L3 as per CO
04/06/2024, 10:11 - Kemal Arslan (Anadolu Hava): L3 60 pcs ready for powder coat on Thursday, truck loading Sunday
04/06/2024, 10:30 - Ayesha (GCC Site Logistics): Gate 7 closed Sunday for crane, use Gate 4 pls
04/06/2024, 10:31 - Kemal Arslan (Anadolu Hava): Ok Gate 4
"""),
])

# p09 - supplier: deposit received, so material for the full quantity ordered and forging started
_q = """On May 6, 2024, at 11:20 AM, Graham Pelletier <gpelletier@northline-mech.ca> wrote:
Kevin,
PO NM-24-1230 is for six (6) sample ball valve assemblies only. The remaining 1,994
in your quote are not released. They will be released only by a written release from me
after our commissioning engineer signs off the samples.
Graham Pelletier, Purchasing Manager, Northline Mechanical"""
_t = """Dear Graham,

We received your deposit of USD 3,450.00 yesterday, thank you very much.

As the deposit is received, we placed the brass bar order (CW617N) for the full 2,000 pcs
and started forging the valve bodies this week, so we can meet your site date in August.
The six samples will be machined first and ship by FedEx on 24 May.

Best regards,
Kevin Liu
Hengtai Valve (Ningbo) Co., Ltd. | Export Dept.
+86 574 8689 2210

""" + quote(_q)
case("p09_deposit_brass_forging", ["RG006", "RG012"],
     "Buyer scope complete; supplier treats the deposit as the go signal, buys bar for 2,000 and starts forging beyond the 6 released.", [
    ("RE_NM-24-1230_ball_valves.eml", eml_bytes(mail(
        "Kevin Liu <kevin@hengtaivalve.cn>", "Graham Pelletier <gpelletier@northline-mech.ca>",
        "RE: NM-24-1230 ball valve assemblies - deposit", "Fri, 10 May 2024 10:05:00 +0800", _t,
        in_reply_to="<h53-prior-1230@northline-mech.ca>"))),
])

# p10 - supplier letter: forecast read as an order, extrusion bought for the forecast (DOCX)
case("p10_forecast_material_letter", ["RG006", "RG008"],
     "Supplier calls the annual forecast an order and bought extrusion for 5,000 blades while only 600 are released.", [
    ("SGL_letter_2024-05-14.docx", docx_bytes([
        ("h1", "Sai Gon Metal Louvre JSC"),
        ("p", "My Phuoc 3 Industrial Park, Ben Cat, Binh Duong, Viet Nam - Tel +84 274 3556 218"),
        ("p", "To: Kestrel Mechanical Pty Ltd, Attn: Ms Priya Raman, Commercial Manager. Date: 14 May 2024."),
        ("p", "Subject: Aluminium extrusion purchase - louvre blades 2024/25"),
        ("p", "Dear Ms Priya,"),
        ("p", "Thank you for the continued cooperation on Parramatta Square and Westmead."),
        ("p", "Based on your annual forecast order of 5,000 louvre blades for 2024/25, we have purchased extruded aluminium (6063-T5, WL-150 blade profile) "
              "for all 5,000 blades from Tung Kuang, to secure the price before the LME increase. The extrusion arrived at our warehouse on 10 May."),
        ("table", [
            ["", "Blades"],
            ["Annual forecast 2024/25", "5,000"],
            ["Released so far (call-off 1)", "600"],
            ["Produced", "420"],
            ["Extrusion purchased", "5,000"],
        ]),
        ("sp",),
        ("p", "We will invoice the extrusion together with each call-off. Please let us know the timing of call-off 2."),
        ("p", "Best regards,"),
        ("p", "Tran Van Tuan, Sales Manager"),
    ], author="Sai Gon Metal Louvre")),
])

# p11 - folder: PO (30 released) and supplier acknowledgement restating 50 with material for 50
case("p11_po_vs_ack_folder", ["RG006", "RG011"],
     "Folder: PO releases 30 VCDs with complete hold/event/releaser; supplier acknowledgement restates 50 released and buys material for 50.", [
    ("PO_4500-88560.pdf", pdf([
        ("h1", "PURCHASE ORDER 4500-88560"),
        ("p", "Brennan Ashworth Contractors Ltd, M&E Division, Manchester. To: Marmara Kanal Ekipmanları, Bursa, Türkiye. Date 09 May 2024."),
        ("p", "Project: Salford Quays Block C. Package M05 VCDs - Level 2 first fix."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit GBP"],
            ["10", "VCD-R-400x300", "Volume control damper, rectangular 400x300, opposed blade, galv., locking quadrant", "30", "31.40"],
        ]),
        ("p", "Released now: thirty (30) dampers for Level 2. The remaining 210 dampers for Levels 3-9 are not released."),
        ("p", "The next quantity will be released only after the Level 2 installation inspection, by a written release signed by Gareth Lowe, Commercial Manager."),
        ("p", "Material: for the 30 released dampers only."),
    ], title="PO 4500-88560", author="Brennan Ashworth")),
    ("MKE-OA-24-0912_acknowledgement.pdf", pdf([
        ("h1", "Sipariş Teyidi / Order Acknowledgement MKE-OA-24-0912"),
        ("p", "Marmara Kanal Ekipmanları San. Tic. Ltd. Şti., Bursa. To: Brennan Ashworth Contractors Ltd. Your PO: 4500-88560. Date: 11.05.2024."),
        ("table", [
            ["Item", "Description", "Released qty", "Material purchased", "Delivery"],
            ["VCD-R-400x300", "VCD rectangular 400x300 galv.", "50 pcs", "galvanised sheet for 50 pcs", "CW 23"],
        ]),
        ("p", "We thank you for your order and confirm the released quantity of 50 pcs as above."),
        ("p", "Emre Yılmaz, Export Manager"),
    ], title="MKE-OA-24-0912", author="Marmara Kanal")),
])
# p12 - supplier order confirmation: balance to start automatically on sample approval (EML + PDF)
_oc = pdf([
    ("h1", "ORDER CONFIRMATION SZA-OC-240517"),
    ("p", "Suzhou Airtech Ventilation Co., Ltd., No. 36 Chunxing Road, Xiangcheng, Suzhou, Jiangsu, China."),
    ("p", "Customer: Rheinwerk Gebäudetechnik GmbH, Köln. Customer PO: 4100-2344. Date: 17.05.2024."),
    ("table", [
        ["No.", "Model", "Description", "Qty", "Unit EUR", "Ship"],
        ["1", "SZA-SD-600-24", "Swirl ceiling diffuser 600x600, 24 adjustable blades, RAL 9010, plenum side entry 250", "10", "46.00", "CW 22 by air"],
    ]),
    ("sp",),
    ("h", "Remarks"),
    ("p", "1. Samples 10 pcs ship CW 22 by air, DAP Köln."),
    ("p", "2. Upon your approval of the samples, production of the 490 pcs balance will commence automatically to hold the lead time of 5 weeks."),
    ("p", "3. Packing: 4 pcs per carton, export carton with corner protection."),
    ("p", "Confirmed by: Amy Chen, Sales Manager Europe"),
], title="SZA-OC-240517", author="Suzhou Airtech")
_q = """Am 15.05.2024 um 09:40 schrieb Stefan Albers <s.albers@rheinwerk-gt.de>:
Dear Ms Chen,
PO 4100-2344 attached: ten (10) sample ceiling diffusers only. The balance of 490 is
not released. It will be released only in writing by me, after our QA has signed off
the FAI report for the samples.
Stefan Albers, Einkauf, Rheinwerk Gebäudetechnik GmbH"""
_t = """Dear Mr Albers,

thank you for your PO 4100-2344. Please find attached our order confirmation.

Samples are in production, the FAI report will travel with the shipment.

Best regards
Amy Chen
Sales Manager Europe | Suzhou Airtech Ventilation Co., Ltd.
+86 512 6592 7730

""" + quote(_q)
case("p12_oc_automatic_balance", ["RG007"],
     "Buyer scope complete (10, 490 not released, FAI sign-off, named releaser); supplier OC says the 490 start automatically upon sample approval.", [
    ("RE_PO_4100-2344_OC.eml", eml_bytes(mail(
        "Amy Chen <amy.chen@suzhou-airtech.com>", "Stefan Albers <s.albers@rheinwerk-gt.de>",
        "RE: PO 4100-2344 ceiling diffusers - order confirmation", "Fri, 17 May 2024 15:20:00 +0800", _t,
        attachments=[("SZA-OC-240517.pdf", _oc, PDF_MT)], in_reply_to="<h53-prior-2344@rheinwerk-gt.de>"))),
])

# p13 - buyer contradicts her own written-release requirement (quoted thread)
_q1 = """On Thu, 2 May 2024 at 16:45, Fiona Grant <f.grant@hollisgrange.co.uk> wrote:
Vikram,
PO 4500-77500 attached - four (4) sample FCU grille sets only. The balance of 380 is on
hold, not released. I'll send the written production release after the consultant gives
Code A on the samples. Only I can release it.
Fiona Grant, Procurement Lead - M&E, Hollis & Grange"""
_t = """Vikram,

Update: the consultant is on site Thursday for the mock-up walk.

If he gives Code A on the mock-up, just crack on with the remaining 380 - no need to
wait for paperwork from me. I'm on leave from Friday for two weeks and I don't want the
programme to slip while I'm away.

Courier the O&M data sheets to site, not to Kirkstall Road.

Thanks,
Fiona
""" + sig("Fiona Grant", "Procurement Lead - M&E", "Hollis & Grange Building Services Ltd", "+44 113 496 0211") + "\n" + quote(_q1)
case("p13_buyer_waives_paperwork", ["RG007"],
     "Buyer's own PO requires her written release, then she says Code A on the mock-up means crack on with the remaining 380 without paperwork: implied auto-conversion.", [
    ("RE_4500-77500_mockup_walk.eml", eml_bytes(mail(
        "Fiona Grant <f.grant@hollisgrange.co.uk>", "Vikram Patil <vikram@shreejiairtech.in>",
        "RE: PO 4500-77500 - FCU grille samples - mock-up walk Thursday", "Tue, 14 May 2024 17:55:00 +0100", _t,
        in_reply_to="<h53-prior-77500@hollisgrange.co.uk>"))),
])

# p14 - buyer: sample approval "is your approval for production" (roll-in + one word for two things)
_q1 = """On Apr 29, 2024, at 2:10 PM, Marc Tremblay <mtremblay@northline-mech.ca> wrote:
Tuan,
PO NM-24-1262 covers three (3) sample louvre sections only. The remaining 297 sections
are not released. They will be released by a written release from me once the architect
has signed off the samples. Please buy material for the 3 samples only.
Marc Tremblay, Project Manager"""
_t = """Tuan,

Thanks for the tracking number, the samples should land at Pearson on Friday.

One simplification so we don't lose a week: once the samples are approved, consider that
your approval for production as well - no need to wait for a separate release from me.
The architect will email you directly.

Also, please add a spare blade clip kit with the first production shipment.

Marc
""" + sig("Marc Tremblay", "Project Manager", "Northline Mechanical Inc.", "+1 905 555 0173") + "\n" + quote(_q1)
case("p14_sample_approval_is_production_approval", ["RG007", "RG009"],
     "Buyer turns sample approval into production authority ('consider that your approval for production'), contradicting his written-release scope; 'approval' used for technical and production.", [
    ("RE_NM-24-1262_louvre_samples.eml", eml_bytes(mail(
        "Marc Tremblay <mtremblay@northline-mech.ca>", "Tran Van Tuan <tuan.tran@saigonlouvre.vn>",
        "RE: NM-24-1262 louvre samples shipped", "Wed, 15 May 2024 09:12:00 -0400", _t,
        in_reply_to="<h53-prior-1262@saigonlouvre.vn>"))),
])

# p15 - supplier ack (DOCX) restates 10 samples / 390 and continues without paperwork on approval
_ack = docx_bytes([
    ("h1", "Potwierdzenie zamówienia / Order Acknowledgement PW-OA-24-0377"),
    ("p", "Polwent Sp. z o.o., ul. Pszczyńska 141, 44-100 Gliwice. To: Rheinwerk Gebäudetechnik GmbH, Köln. Your PO 4100-2371. Date: 16.05.2024."),
    ("table", [
        ["Pos.", "Item", "Qty", "Remark"],
        ["10", "Smoke extract damper SED-E600, 800x500, multi-compartment, EN 12101-8", "10", "samples, ship KW 23"],
        ["20", "Smoke extract damper SED-E600, 800x500 - balance", "390", "see note"],
    ]),
    ("sp",),
    ("p", "We acknowledge a sample quantity of ten (10) dampers."),
    ("p", "Note: upon your approval of the samples we will continue with the remaining 390 pcs without further paperwork, to keep the delivery of KW 30."),
    ("p", "Agnieszka Nowak, Customer Service"),
], author="Polwent")
_q = """Am 14.05.2024 um 10:05 schrieb Stefan Albers <s.albers@rheinwerk-gt.de>:
Dear Ms Nowak,
PO 4100-2371: eight (8) sample smoke extract dampers. The balance of 392 is not
released. It will be released only in writing by me, after the FAT sign-off at your works.
Stefan Albers, Einkauf"""
_t = """Dear Mr Albers,

please find attached our order acknowledgement for PO 4100-2371.

FAT at our works can be offered on 18 or 19 June, please confirm which date suits.

Kind regards,
Agnieszka Nowak
Customer Service | Polwent Sp. z o.o.
+48 32 231 0946

""" + quote(_q)
case("p15_ack_10_vs_8_roll_in", ["RG007", "RG011"],
     "Buyer PO: 8 samples / 392 on hold; supplier ack restates 10 / 390 and says it will continue with the balance on sample approval without paperwork.", [
    ("RE_PO_4100-2371_acknowledgement.eml", eml_bytes(mail(
        "Agnieszka Nowak <a.nowak@polwent.pl>", "Stefan Albers <s.albers@rheinwerk-gt.de>",
        "RE: PO 4100-2371 smoke extract dampers - acknowledgement", "Thu, 16 May 2024 13:40:00 +0200", _t,
        attachments=[("PW-OA-24-0377.docx", _ack, DOCX_MT)], in_reply_to="<h53-prior-2371@rheinwerk-gt.de>"))),
])

# p16 - folder: PO with complete scope + buyer's transmittal saying fabrication follows Code A without further instruction
case("p16_po_and_transmittal_folder", ["RG007"],
     "Folder: PO complete (3 released, 297 held, Code A + written release by named manager) but the buyer's transmittal says fabrication of the balance follows Code A without further instruction.", [
    ("FH-PO-2207.pdf", pdf([
        ("h1", "PURCHASE ORDER FH-PO-2207"),
        ("p", "Falcon Heights MEP Contracting LLC, Mussafah M-37, Abu Dhabi, UAE. TRN 100 2249 8810 0003."),
        ("p", "Supplier: Rajkot Sheet Metal Industries, GIDC Metoda, Rajkot, Gujarat, India. Date: 02-05-2024. Project: Saadiyat Grove Villas - Package HV-09 access doors."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit AED"],
            ["1", "SB-AD", "Sample board (finishes, hinge, lock, gasket)", "1", "650.00"],
            ["2", "FAD-600", "Fire-rated ceiling access door 600x600, 1 h, concealed hinge - sample", "3", "540.00"],
        ]),
        ("sp",),
        ("p", "Released now: the sample board and three (3) sample access doors. The balance of 297 access doors is not released; buy material for the samples only."),
        ("p", "The balance will be released only by a written release signed by Ahmed Al Mansoori, Procurement Manager, after the consultant gives Code A on the sample board."),
    ], title="FH-PO-2207", author="Falcon Heights MEP")),
    ("TR-MEP-0189_transmittal.docx", docx_bytes([
        ("h1", "Document Transmittal TR-MEP-0189"),
        ("p", "From: Falcon Heights MEP Contracting LLC (Document Control). To: Rajkot Sheet Metal Industries. Date: 09-05-2024."),
        ("table", [
            ["Doc. no.", "Title", "Rev", "Purpose"],
            ["SGV-MEP-SD-0412", "Access door shop drawing - ceiling type", "B", "For consultant review"],
            ["SGV-MEP-SB-0027", "Sample board - access doors", "A", "For consultant review"],
        ]),
        ("sp",),
        ("p", "Note to subcontractor: upon receipt of Code A on the sample board, the subcontractor shall proceed with fabrication of the remaining 297 access doors "
              "without further instruction, in order to maintain the programme."),
        ("p", "Issued by: Leena Joseph, Document Controller, on behalf of the MEP Project Manager."),
    ], author="Falcon Heights MEP")),
])

# p17 - supplier: deposit in + samples approved = balance under way
_q = """On 7 May 2024, at 9:30 am, Ben Thornton <ben.t@kestrelmech.com.au> wrote:
Jason,
PO KM-24-0610 is for 4 sample fire dampers. The remaining 760 are not released. They
will be released by a written release from Priya Raman, our Commercial Manager, after
the witness test report is signed off by our engineer.
Ben Thornton, Procurement Manager, Kestrel Mechanical"""
_t = """Hi Ben,

Thanks for the deposit, we received the 30% today.

Also our QC manager saw your engineer's email that the samples are approved. So
according to our standard terms, with the deposit in and the samples approved,
production of the 760 balance is now under way. First 200 pcs will be ready end of June.

Best regards,
Jason Wu
Jiaxing Xinrui HVAC Equipment Co., Ltd.
+86 573 8221 0936

""" + quote(_q)
case("p17_deposit_and_approval_start", ["RG007", "RG012"],
     "Buyer scope complete; supplier starts the 760 because the deposit is in and the samples were approved: payment as release plus implied roll-in.", [
    ("RE_KM-24-0610.eml", eml_bytes(mail(
        "Jason Wu <jason@jxhvac-cn.com>", "Ben Thornton <ben.t@kestrelmech.com.au>",
        "RE: KM-24-0610 fire dampers", "Tue, 21 May 2024 17:02:00 +0800", _t,
        in_reply_to="<h53-prior-0610@kestrelmech.com.au>"))),
])
# p18 - cover mail says 8 samples, the attached PO says six (6)
_po = pdf([
    ("h1", "Bestellung / Purchase Order 4100-2402"),
    ("p", "Rheinwerk Gebäudetechnik GmbH, Köln. Lieferant: Suzhou Airtech Ventilation Co., Ltd., Suzhou, China. Datum: 10.05.2024."),
    ("p", "Projekt: Campus Deutz, Haus 3 - Hörsaal ventilation (displacement + swirl)."),
    ("table", [
        ["Pos.", "Article", "Description", "Qty", "EUR/pc"],
        ["10", "SZA-SD-625-16", "Swirl diffuser 625x625, 16 blades, RAL 9006, for T-bar ceiling - sample", "6", "52.00"],
    ]),
    ("sp",),
    ("p", "Sample quantity: six (6) pcs. The balance of 594 pcs per your offer SZA-Q-2404-11 is not released - do not produce and do not buy material for it."),
    ("p", "The balance will be released only in writing by Stefan Albers (Einkauf), after our QA has signed off the first article inspection of the samples."),
    ("p", "Lieferung: DAP Köln-Deutz, KW 22. Zahlung: 30 Tage netto."),
], title="PO 4100-2402", author="Rheinwerk Einkauf")
_t = """Dear Ms Chen,

please find attached our PO 4100-2402 for the 8 sample swirl diffusers for the lecture
hall in Haus 3.

Please make sure the samples come with the plenum boxes (side entry 250) so we can do
the acoustic check on site, and send the sound power data at 150 / 250 / 350 l/s.

Mit freundlichen Grüßen
""" + sig("Stefan Albers", "Einkauf / Purchasing", "Rheinwerk Gebäudetechnik GmbH, Köln", "+49 221 8804 317")
case("p18_cover_mail_vs_po_qty", ["RG011"],
     "Cover mail says 8 sample diffusers, the attached PO says six (6) with balance 594; scope otherwise complete.", [
    ("PO_4100-2402_samples.eml", eml_bytes(mail(
        "Stefan Albers <s.albers@rheinwerk-gt.de>", "Amy Chen <amy.chen@suzhou-airtech.com>",
        "PO 4100-2402 - sample swirl diffusers Haus 3", "Fri, 10 May 2024 10:48:00 +0200", _t,
        attachments=[("PO_4100-2402.pdf", _po, PDF_MT)]))),
])

# p19 - folder: release letter says 180, cover email says 160
case("p19_release_vs_cover_folder", ["RG011"],
     "Folder: release PR-GCC-011 releases 180 pieces for Level 3; the buyer's cover mail says 160; hold/event/releaser present.", [
    ("PR-GCC-011_release.pdf", pdf([
        ("h1", "PRODUCTION RELEASE PR-GCC-011"),
        ("p", "Gulf Crest Contracting LLC, Dubai. To: Coimbatore Duct Fab Pvt. Ltd., SIDCO Industrial Estate, Kurichi, Coimbatore, India. Date: 15-05-2024."),
        ("p", "Order: GCC-PO-3455 - rectangular galvanised ductwork, DW/144 low pressure, Al Reem Tower (P-118)."),
        ("table", [
            ["Scope", "Pieces", "Status"],
            ["Level 3 - supply & return ductwork (drawing P118-M-203 rev D)", "180", "released by this document"],
            ["Levels 4-12", "per drawings", "not released"],
        ]),
        ("sp",),
        ("p", "Released quantity: one hundred and eighty (180) pieces for Level 3."),
        ("p", "Levels 4-12 are not released. The next release will be issued only after the Level 3 duct installation and leakage test are passed, "
              "and only when signed by Eng. Samir Haddad, Procurement Manager."),
        ("p", "Signed: Eng. Samir Haddad, Procurement Manager"),
    ], title="PR-GCC-011", author="Gulf Crest")),
    ("PR-GCC-011_cover_mail.eml", eml_bytes(mail(
        "Samir Haddad <s.haddad@gulfcrest.ae>", "Arun Kumar <arun@cbeductfab.in>",
        "Production release PR-GCC-011 - Level 3 ductwork", "Wed, 15 May 2024 11:20:00 +0400",
        """Dear Arun,

Please find attached the production release for Level 3 - 160 pcs of ductwork as per
drawing P118-M-203 rev D.

Please send the dispatch plan floor-wise and make sure each piece carries the tag number
from the drawing. Site storage is limited, max 2 trucks per day.

Best regards,
""" + sig("Eng. Samir Haddad", "Procurement Manager", "Gulf Crest Contracting LLC, Dubai", "+971 4 555 0168"),
        attachments=[]))),
])

# p20 - portal: PO line 10 samples, release summary 12
case("p20_portal_line_vs_release_summary", ["RG011"],
     "Portal: PO sample line 10 but the release summary says 12 released; hold, event and releaser present.", [
    ("NM-24-1288_supplier_collab.html", html_page("Northline - PO NM-24-1288", """
<h2>Northline Mechanical Inc. &mdash; Supplier Collaboration</h2>
<p>PO <b>NM-24-1288</b> &nbsp;|&nbsp; Supplier: An Phat Mechanical JSC, Binh Duong, Viet Nam &nbsp;|&nbsp; Project: Humber River Commons &nbsp;|&nbsp; May 8, 2024</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Scope</th></tr>
<tr><td>1</td><td>APM-RG-300</td><td>Return air grille 300x300, fixed 45&deg; blade, white</td><td>10</td><td>Sample</td></tr>
<tr><td>2</td><td>APM-RG-300</td><td>as line 1 &mdash; balance</td><td>490</td><td>Production &mdash; on hold, not released</td></tr>
</table>
<h3>Release summary</h3>
<table>
<tr><th>Released qty</th><th>On hold</th><th>Unlock event</th><th>Release authority</th></tr>
<tr><td>12</td><td>490</td><td>Sample sign-off by our mechanical engineer, then written release</td><td>Daniel Okafor, Purchasing Supervisor</td></tr>
</table>
<p class="note">Material: sample quantity only. Do not stage material for line 2.</p>
""")),
])

# p21 - letter with a number written two ways: twelve (21)
case("p21_words_vs_digits_docx", ["RG011"],
     "Sample order states 'twelve (21)' bracing kits: one statement with two different authorized quantities; hold, event and releaser present.", [
    ("KM-24-0633_sample_order_letter.docx", docx_bytes([
        ("h1", "Kestrel Mechanical Pty Ltd"),
        ("p", "17 Prime Drive, Seven Hills NSW 2147"),
        ("p", "To: Tianjin Hongda Support Systems Co., Ltd. Attn: Zhang Ping. Date: 16 May 2024. Our ref: KM-24-0633."),
        ("p", "Subject: Sample order - seismic bracing kits SBK-2 (Westmead Health Stage 2)"),
        ("p", "Dear Ping,"),
        ("p", "Further to your quote HD-2024-0502, we place this order for twelve (21) seismic bracing kits SBK-2 (2 x 41x41 channel braces, "
              "hinged brackets, 12 mm rod stiffener) for the load test at the UNSW structures lab and for the mock-up plant room."),
        ("p", "The project balance in your quote is not released. Do not make it and do not buy material for it."),
        ("p", "The balance will be released only after our structural engineer signs off the load test report, by a written release from Priya Raman, Commercial Manager."),
        ("p", "Deliver by air, DAP Seven Hills, before 14 June. Price per your quote: AUD 86.00 per kit."),
        ("p", "Kind regards,"),
        ("p", "Ben Thornton, Procurement Manager"),
    ], author="Kestrel Mechanical")),
])

# p22 - German PO 1.200 Stück (full quantity), English cover mail 1,020 pcs
_po = pdf([
    ("h1", "Bestellung HH-45277"),
    ("p", "Hessler Haustechnik GmbH, Hanauer Landstraße 291, 60314 Frankfurt am Main. Lieferant: Ege Vana Sanayi A.Ş., İzmir, Türkiye."),
    ("p", "Datum: 13.05.2024. Projekt: BV Ostend Quartier, Bauteil A+B - Trinkwasser / potable water."),
    ("table", [
        ["Pos.", "Artikel", "Bezeichnung", "Menge", "EUR/Stk", "Gesamt EUR"],
        ["10", "EV-PBV-20", "Kugelhahn mit Pressanschluss DN20, DVGW W 570, Messing CW617N entzinkungsbeständig", "1.200 Stk", "7,85", "9.420,00"],
    ]),
    ("sp",),
    ("p", "Gesamtmenge - keine Restmenge, keine Abrufe. / Full quantity - no balance, no call-offs."),
    ("p", "Liefertermin: KW 27, DAP Frankfurt, Lager Fechenheim. Prüfzeugnis EN 10204 2.2. Verpackung: 25 Stk je Karton."),
    ("p", "Einkauf: Tobias Reinhardt, Einkaufsleiter"),
], title="HH-45277", author="Hessler Einkauf")
_t = """Dear Mr Aydın,

attached our order HH-45277 for 1,020 pcs of the press-end ball valves DN20 (EV-PBV-20)
for the Ostend Quartier potable water installation, parts A and B.

This is the full quantity for the project, no call-offs will follow.

Please confirm the delivery week 27 and send the DVGW certificate copy with your
acknowledgement.

Mit freundlichen Grüßen
""" + sig("Tobias Reinhardt", "Einkaufsleiter", "Hessler Haustechnik GmbH", "+49 69 9415 220")
case("p22_german_1200_vs_1020", ["RG011"],
     "Full-quantity PO says 1.200 Stk (European format = 1,200); the cover mail says 1,020 pcs: two authorized quantities for one order.", [
    ("HH-45277_order_mail.eml", eml_bytes(mail(
        "Tobias Reinhardt <t.reinhardt@hessler-ht.de>", "Murat Aydın <murat.aydin@egevana.com.tr>",
        "Bestellung / Order HH-45277 - ball valves DN20", "Mon, 13 May 2024 14:02:00 +0200", _t,
        attachments=[("Bestellung_HH-45277.pdf", _po, PDF_MT)]))),
])
# p23 - supplier: advance received, so the balance goes to the workshop
_q = """On 09/05/2024 4:18 PM, Samir Haddad <s.haddad@gulfcrest.ae> wrote:
Dear Mr Wang,
Only the 2 mock-up linear bar grilles are released on GCC-PO-3431. The balance of 518
is not released until the consultant gives Code A on the mock-up and I issue my written
release.
Eng. Samir Haddad, Procurement Manager, Gulf Crest Contracting LLC"""
_t = """Dear Eng. Samir,

Advance payment 30% received today in our account, many thanks for your support.

With the advance in hand we have released the balance 518 pcs to our workshop, cutting
starts tomorrow. The mock-up samples will ship on Sunday by DHL.

Best regards,
Wang Lei
Foshan Nanhai Grille Manufacturing Co., Ltd.
Tel/WhatsApp +86 757 8662 5503

""" + quote(_q)
case("p23_advance_releases_balance", ["RG012"],
     "Buyer scope complete (2 mock-up, 518 not released, Code A + named releaser); supplier treats the advance payment as release of the 518.", [
    ("RE_GCC-PO-3431.eml", eml_bytes(mail(
        "Wang Lei <wanglei@foshan-grille.com>", "Samir Haddad <s.haddad@gulfcrest.ae>",
        "RE: GCC-PO-3431 linear bar grilles - advance payment", "Mon, 13 May 2024 18:22:00 +0800", _t,
        in_reply_to="<h53-prior-3431@gulfcrest.ae>"))),
])

# p24 - supplier: "with our acceptance the order is confirmed" and starts the full length
_q = """Am 08.05.2024 um 15:30 schrieb Tobias Reinhardt <t.reinhardt@hessler-ht.de>:
Dear Mr Sharma,
PO HH-45233 covers 50 m of sample pre-insulated pipe DN50 only, for the trial
installation in the district heating chamber. The balance of 1,950 m in your quotation
is not released. It will be released by a written release from me after the trial
installation has been signed off by the Stadtwerke inspector.
Tobias Reinhardt, Einkaufsleiter"""
_t = """Dear Mr Reinhardt,

We accept your PO HH-45233 with thanks.

With our acceptance the order is confirmed and we are starting extrusion of the full
2,000 m as per our quotation LPS/Q/24/118, so that your site date in September is safe.
We have also purchased the steel carrier pipe and the PUR foam system for the full
2,000 m. The first 50 m will be sent for your trial installation.

Warm regards,
Rohit Sharma
Ludhiana Pre-Insulated Systems Pvt. Ltd. | International Business
+91 161 502 7781

""" + quote(_q)
case("p24_po_acceptance_starts_run", ["RG006", "RG012"],
     "Buyer scope complete (50 m released, 1,950 m not released, inspection + named releaser); supplier treats PO acceptance as authority to start all 2,000 m and buys material for it.", [
    ("RE_PO_HH-45233.eml", eml_bytes(mail(
        "Rohit Sharma <rohit@ludhianapipe.in>", "Tobias Reinhardt <t.reinhardt@hessler-ht.de>",
        "RE: PO HH-45233 pre-insulated pipe - acceptance", "Thu, 09 May 2024 11:40:00 +0530", _t,
        in_reply_to="<h53-prior-45233@hessler-ht.de>"))),
])

# p25 - proforma invoice: series production starts on receipt of the advance (EML + PDF)
_pi = pdf([
    ("h1", "PROFORMA INVOICE PI-2024-377"),
    ("p", "Marmara Kanal Ekipmanları San. Tic. Ltd. Şti., Demirtaş OSB, Bursa, Türkiye. Customer: Hollis & Grange Building Services Ltd, Leeds. Ref: PO 4500-91140."),
    ("table", [
        ["Pos", "Description", "Qty", "Unit GBP", "Amount GBP"],
        ["1", "Volume control damper VCD-CIRC-315, galv. - samples", "12", "26.10", "313.20"],
        ["2", "Volume control damper VCD-CIRC-315, galv. - series", "1,188", "10.40", "12,355.20"],
        ["", "Total", "", "", "12,668.40"],
    ]),
    ("sp",),
    ("p", "Payment terms: 30% advance (GBP 3,800.52), balance 70% before loading."),
    ("p", "Production of the series (pos. 2) will commence upon receipt of the 30% advance payment. Delivery 5 weeks after advance."),
    ("p", "Bank: Türkiye İş Bankası, Bursa Demirtaş branch, IBAN TR33 0006 4000 0011 2345 6789 01."),
], title="PI-2024-377", author="Marmara Kanal")
_q = """On 6 May 2024, at 09:12, Helen Carr <h.carr@hollisgrange.co.uk> wrote:
Emre,
PO 4500-91140: 12 sample VCDs (315 dia) only. The balance of 1,188 is not released.
It will be released by a written production release from me, after FAI sign-off of the
samples by our M&E engineer. Buy material for the 12 only.
Helen Carr, Procurement Director"""
_t = """Dear Helen,

Thank you for the order. Please find attached our proforma invoice PI-2024-377, kindly
arrange the advance payment as per the PI so we can plan the production.

Samples will be ready in week 21; after your sample approval we continue directly with
the series, so there is no gap on the line.

Best regards,
Emre Yılmaz
Export Manager, Marmara Kanal Ekipmanları
+90 224 261 4470

""" + quote(_q)
case("p25_pi_advance_starts_series", ["RG007", "RG012"],
     "Buyer scope complete (12 samples, 1,188 not released); supplier PI starts the series on receipt of the advance and the mail rolls sample approval into the series.", [
    ("RE_PO_4500-91140_proforma.eml", eml_bytes(mail(
        "Emre Yılmaz <emre@marmarakanal.com.tr>", "Helen Carr <h.carr@hollisgrange.co.uk>",
        "RE: PO 4500-91140 VCD samples - proforma invoice", "Wed, 08 May 2024 10:05:00 +0300", _t,
        attachments=[("PI-2024-377.pdf", _pi, PDF_MT)], in_reply_to="<h53-prior-91140@hollisgrange.co.uk>"))),
])

# p26 - buyer: "LC opened. Go ahead." on a full-quantity PO (EML + PDF)
_po = pdf([
    ("h1", "PURCHASE ORDER FH-PO-2290"),
    ("p", "Falcon Heights MEP Contracting LLC, Mussafah M-37, Abu Dhabi. Supplier: Foshan Nanhai Grille Manufacturing Co., Ltd., Foshan, China. Date: 28-04-2024."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "LBG-20-1500", "Linear bar grille 20 mm core, 1500 mm, 0-deg, anodised clear, with OBD", "1,450", "31.20", "45,240.00"],
    ]),
    ("p", "Full project quantity, Saadiyat Grove Villas (all 58 villas). No balance and no call-offs."),
    ("p", "Payment: irrevocable LC at sight, Emirates NBD. Shipment: CIF Khalifa Port, latest 31-07-2024."),
    ("p", "Procurement Manager: Ahmed Al Mansoori"),
], title="FH-PO-2290", author="Falcon Heights MEP")
_t = """Dear Mr Wang,

LC no. ENBD/ILC/24/07731 has been opened today by Emirates NBD in your favour for
PO FH-PO-2290 (copy of the PO attached again for your file). Your bank should receive
the SWIFT MT700 tomorrow.

LC opened. Go ahead.

Please send the shipping schedule once the vessel is booked.

Regards,
""" + sig("Ahmed Al Mansoori", "Procurement Manager", "Falcon Heights MEP Contracting LLC", "+971 2 555 0129")
case("p26_lc_opened_go_ahead", ["RG002", "RG012"],
     "Full-quantity PO; buyer writes 'LC opened. Go ahead.': the opening of the LC is made the production trigger and the go-ahead names no quantity.", [
    ("FH-PO-2290_grilles.eml", eml_bytes(mail(
        "Ahmed Al Mansoori <a.almansoori@falconheights-mep.ae>", "Wang Lei <wanglei@foshan-grille.com>",
        "FH-PO-2290 linear bar grilles - LC opened", "Sun, 12 May 2024 10:30:00 +0400", _t,
        attachments=[("FH-PO-2290.pdf", _po, PDF_MT)]))),
])

# p27 - buyer mails a forecast table and asks to treat it as firm orders (EML + HTML attachment)
_fc = html_page("Q3 forecast - Parramatta Sq. Tower 6", """
<h3>Kestrel Mechanical &mdash; Q3 FY25 forecast &mdash; perforated ceiling panels 600x600</h3>
<table>
<tr><th>Month</th><th>Levels</th><th>Panels</th></tr>
<tr><td>Jul-24</td><td>L7&ndash;L10</td><td>800</td></tr>
<tr><td>Aug-24</td><td>L11&ndash;L14</td><td>800</td></tr>
<tr><td>Sep-24</td><td>L15&ndash;L18</td><td>800</td></tr>
<tr><td colspan="2"><b>Q3 total</b></td><td><b>2,400</b></td></tr>
</table>
<p>Source: builder programme rev 11, 03/05/2024.</p>
""")
_t = """Hi Tuan,

Attached is our Q3 forecast for the Parramatta Tower 6 ceiling panels, 2,400 panels
across July-September.

Please treat the Q3 figures as our firm orders and plan your line for them. The formal
PO will follow once the builder confirms the level 7 handover date.

Thanks,
""" + sig("Priya Raman", "Commercial Manager", "Kestrel Mechanical Pty Ltd", "+61 2 9681 4402")
case("p27_forecast_as_firm_orders", ["RG008"],
     "Buyer sends a Q3 forecast of 2,400 panels and asks the supplier to treat the figures as firm orders before any PO exists.", [
    ("Q3_forecast_ceiling_panels.eml", eml_bytes(mail(
        "Priya Raman <priya.r@kestrelmech.com.au>", "Tran Van Tuan <tuan.tran@saigonlouvre.vn>",
        "Parramatta T6 - ceiling panels Q3 forecast", "Thu, 16 May 2024 14:45:00 +1000", _t,
        attachments=[("Q3_forecast_T6.html", _fc, "text/html")]))),
])

# p28 - supplier confirms a "firm order" from a buyer forecast labelled non-binding (quoted)
_q = """On May 10, 2024, at 3:00 PM, Graham Pelletier <gpelletier@northline-mech.ca> wrote:
Kevin,
For your capacity planning, our non-binding 2024 forecast for clevis hangers (all sizes
3/8" to 1") is 6,000 pcs, spread roughly evenly from July to December. This is not an
order; each month will be ordered by a separate PO.
Graham"""
_t = """Dear Graham,

Thank you for the information.

We confirm your firm order of 6,000 clevis hangers for 2024 per your forecast below,
and we have scheduled them in our production plan from July, 1,000 pcs per month.
We will send the order confirmation with the split by size next week.

Best regards,
Kevin Liu
Hengtai Valve (Ningbo) Co., Ltd. | Export Dept. - pipe support division
+86 574 8689 2210

""" + quote(_q)
case("p28_supplier_firms_up_forecast", ["RG008"],
     "Supplier confirms 'your firm order of 6,000' from a buyer forecast explicitly labelled non-binding and not an order.", [
    ("RE_2024_hanger_forecast.eml", eml_bytes(mail(
        "Kevin Liu <kevin@hengtaivalve.cn>", "Graham Pelletier <gpelletier@northline-mech.ca>",
        "RE: 2024 clevis hanger forecast", "Mon, 13 May 2024 09:18:00 +0800", _t,
        in_reply_to="<h53-prior-fc2024@northline-mech.ca>"))),
])

# p29 - portal forecast page calling forecast quantities committed volumes (HTML)
case("p29_forecast_committed_portal", ["RG008"],
     "Buyer's rolling forecast page says the forecast quantities are committed volumes to be planned as orders.", [
    ("rheinwerk_lieferantenvorschau.html", html_page("Rheinwerk - Lieferantenvorschau", """
<h2>Rheinwerk Gebäudetechnik GmbH &mdash; Lieferantenvorschau / rolling forecast</h2>
<p>Lieferant: Polwent Sp. z o.o. (Kreditor 700098) &nbsp;|&nbsp; Stand: 13.05.2024 &nbsp;|&nbsp; Einkauf: S. Albers</p>
<div class="note">The quantities below are our committed volumes for the next six months. Please plan them as orders;
individual delivery call-offs will follow monthly.</div>
<table>
<tr><th>Artikel</th><th>Bezeichnung</th><th>Jun</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Okt</th><th>Nov</th><th>Summe</th></tr>
<tr><td>PW-AD-1200</td><td>AHU access door 1200x600</td><td>20</td><td>20</td><td>30</td><td>30</td><td>30</td><td>20</td><td>150</td></tr>
<tr><td>PW-MLD-1000</td><td>Multi-leaf damper 1000x500</td><td>40</td><td>60</td><td>60</td><td>40</td><td>40</td><td>40</td><td>280</td></tr>
<tr><td>PW-SA-1500</td><td>Sound attenuator 1200x600x1500</td><td>12</td><td>12</td><td>18</td><td>18</td><td>12</td><td>12</td><td>84</td></tr>
</table>
<p>Grundlage: Projektplanung Campus Deutz Haus 2+3, Bauzeitenplan Index F.</p>
""", lang="de")),
])

# p30 - WhatsApp: buyer says the tower B forecast is locked in, count it as ordered
case("p30_whatsapp_forecast_locked_in", ["RG008"],
     "Chat: buyer says the 900-grille forecast for tower B is locked in and can be counted as ordered, PO later.", [
    ("WhatsApp_Chat_with_MVR_Tower_B_procurement.txt", """\
[15/05/2024, 17:02:11] Sandeep Rao (MMW): Good evening sir. Our powder coating line is getting booked for Jul-Aug by other clients. Can you give some visibility for Tower B?
[15/05/2024, 17:10:45] Rashid Khan (Al Noor MEP): Tower B forecast is 900 FCU grilles, L1 to L30, install from Aug
[15/05/2024, 17:11:20] Rashid Khan (Al Noor MEP): that's locked in, you can count it as ordered 👍 PO will come later once QS finishes the BOQ
[15/05/2024, 17:13:02] Sandeep Rao (MMW): Thank you sir, very helpful
[15/05/2024, 17:15:40] Vinod (Site Supervisor): Tower B L1-L5 ceilings open from 5th Aug as per programme rev 7
[15/05/2024, 17:16:03] Sandeep Rao (MMW): Noted 🙏
"""),
])
# p31 - ERP print: "PO STATUS RELEASED" next to a production release for samples only
case("p31_erp_status_released", ["RG009"],
     "ERP print uses 'released' for the PO's commercial status and for production release of 6 samples; scope otherwise complete.", [
    ("PO_4500-93377_print.txt", """\
HOLLIS & GRANGE BUILDING SERVICES LTD                         PURCHASE ORDER
================================================================================
PO NUMBER  : 4500-93377             PO DATE   : 06.05.2024
PO STATUS  : RELEASED  (APPROVAL WORKFLOW COMPLETE 06.05.2024 14:12, L2 CFO)
VENDOR     : 0000417703 SHREEJI AIRTECH FABRICATORS PVT LTD, CHAKAN, PUNE, IN
PROJECT    : 2240-HEADINGLEY STUDENT RESIDENCE  PKG: M04 AIR TERMINALS
BUYER      : T. WHITFIELD (SENIOR BUYER)        TEL: 0113 496 0208
================================================================================
LN   MATERIAL         DESCRIPTION                         QTY   UOM   NET GBP
---  ---------------  ---------------------------------  ----  ----  ---------
010  SD-4W-300-9010   SQUARE DIFFUSER 4-WAY 300X300,        6   EA     27.50
                      RAL 9010 - SAMPLE FOR FAI
--------------------------------------------------------------------------------
TEXT: PRODUCTION RELEASE: LINE 010 ONLY - 6 SAMPLE DIFFUSERS.
      BALANCE OF 594 EA PER QUOTE QTN-PN-24-0411 NOT RELEASED. DO NOT
      MANUFACTURE, DO NOT BUY MATERIAL FOR THE BALANCE.
      RELEASE OF THE BALANCE ONLY BY WRITTEN NOTICE FROM T. WHITFIELD,
      SENIOR BUYER, AFTER FAI SIGN-OFF BY OUR M&E ENGINEER.
================================================================================
TOTAL NET VALUE GBP 165.00                           TERMS: 60 DAYS EOM
"""),
])

# p32 - "approved" for finance, for the consultant's sample review and for production
_t = """Dear Emre Bey,

Good news on the VCDs for Saadiyat Grove.

PO FH-PO-2315 for the 4 sample VCDs was approved by our finance on Sunday, so you will
receive the payment for the samples this week.

The 4 samples were approved by the consultant yesterday (Code A, submittal
SGV-MEP-MS-0233 rev 1).

Production of the remaining 396 VCDs will be approved by me in writing once the
consultant has also signed off the mock-up installation in villa 14. Until then the 396
are not released, so please do not produce them or buy material for them.

Best regards,
""" + sig("Ahmed Al Mansoori", "Procurement Manager", "Falcon Heights MEP Contracting LLC", "+971 2 555 0129")
case("p32_approved_three_ways", ["RG009"],
     "'Approved' is used for the finance approval of the PO, the consultant's technical approval of samples and the production release of the 396.", [
    ("FH-PO-2315_VCD_update.eml", eml_bytes(mail(
        "Ahmed Al Mansoori <a.almansoori@falconheights-mep.ae>", "Emre Yılmaz <emre@marmarakanal.com.tr>",
        "FH-PO-2315 VCDs - samples and next steps", "Tue, 14 May 2024 09:05:00 +0400", _t))),
])

# p33 - German-English letter: commercial release, technical release, production release
case("p33_freigabe_three_meanings", ["RG009"],
     "Letter uses 'release' for the commercial PO approval, the technical first-article approval and the production release; 5 samples, 245 held, named releaser.", [
    ("Rheinwerk_Schreiben_4100-2480.docx", docx_bytes([
        ("h1", "Rheinwerk Gebäudetechnik GmbH"),
        ("p", "Deutz-Mülheimer Str. 183, 51063 Köln"),
        ("p", "An / To: Polwent Sp. z o.o., Gliwice. Datum: 15.05.2024. Betreff: PO 4100-2480 - Schalldämpfer / sound attenuators - Freigabestatus"),
        ("p", "Sehr geehrter Herr Zielinski, dear Mr Zielinski,"),
        ("p", "The commercial release of PO 4100-2480 by our purchasing committee was given on 03.05.2024."),
        ("p", "The technical release of the 5 sample attenuators (first article, Erstmusterfreigabe) is expected in KW 24, after the acoustic test at the Haus 2 mock-up."),
        ("p", "The production release of the balance of 245 attenuators will be issued in writing by Thomas Becker, Head of Procurement, after that technical release. "
              "Until then only the 5 sample units are released; the 245 are not released and no material may be bought for them."),
        ("p", "Mit freundlichen Grüßen / kind regards"),
        ("p", "Stefan Albers, Einkauf"),
    ], author="Rheinwerk Einkauf")),
])

# p34 - portal status panel: 'approval' for budget and for samples
case("p34_portal_approval_mixed", ["RG009"],
     "Portal uses 'approval' for the budget (commercial) and for the samples (technical); production release kept separate; scope otherwise complete.", [
    ("NM-24-1302_status.html", html_page("PO NM-24-1302 status", """
<h2>Northline Mechanical Inc. &mdash; Supplier Collaboration &mdash; PO NM-24-1302</h2>
<p>Supplier: Guangdong Airtop Environmental Equipment Co., Ltd. &nbsp;|&nbsp; Item: fan coil unit FCU-H-06, horizontal concealed, 2-pipe, EC motor</p>
<table>
<tr><th>Step</th><th>Status</th><th>Date / by</th></tr>
<tr><td>Budget approval (PO NM-24-1302, 8 sample units)</td><td>APPROVED</td><td>May 2, 2024 &mdash; Finance (CFO)</td></tr>
<tr><td>Sample approval (8 sample units)</td><td>PENDING</td><td>&mdash; mechanical engineer</td></tr>
<tr><td>Production release (balance 392 units)</td><td>NOT RELEASED &mdash; on hold</td><td>written release by Graham Pelletier after sample approval</td></tr>
</table>
<p class="note">Released for production now: 8 sample units. Material: sample units only.</p>
""")),
])

# p35 - "green light from us" after FAI photos, no scope (thread)
_q2 = """On 30 Apr 2024, at 11:02, Tom Whitfield <t.whitfield@hollisgrange.co.uk> wrote:
Khoa,
PO 4500-77610 attached: six (6) sample egg-crate grilles only. The balance of 594 is on
hold - not released until the FAI is signed off by our M&E engineer and I send you the
written release.
Tom Whitfield, Senior Buyer"""
_q1 = """On 14 May 2024, at 08:30, Le Minh Khoa <khoa.le@vietduct.com.vn> wrote:
Dear Tom,
Please see attached photos of the 6 samples and our FAI sheet (all dimensions within
tolerance, coating 72-81 micron). Please advise.
Regards, Khoa

""" + quote(_q2)
_t = """Khoa -

All looks good, green light from us.

Cheers,
Tom
""" + sig("Tom Whitfield", "Senior Buyer", "Hollis & Grange Building Services Ltd", "+44 113 496 0208") + "\n" + quote(_q1)
case("p35_green_light_after_fai", ["RG002"],
     "After FAI photos the buyer writes 'green light from us' without saying sample-only or which quantity; the earlier scope (6, 594 on hold, FAI + named releaser) is quoted.", [
    ("RE_4500-77610_FAI_photos.eml", eml_bytes(mail(
        "Tom Whitfield <t.whitfield@hollisgrange.co.uk>", "Le Minh Khoa <khoa.le@vietduct.com.vn>",
        "RE: PO 4500-77610 egg-crate grille samples - FAI photos", "Tue, 14 May 2024 12:14:00 +0100", _t,
        in_reply_to="<h53-prior-77610@vietduct.com.vn>"))),
])

# p36 - WhatsApp: "mock-up looks good, go ahead" after a complete scope
case("p36_whatsapp_go_ahead", ["RG002"],
     "Chat: buyer's scope earlier is complete (2 mock-up, 148 not released, Code A + his release) but later he writes 'mock-up looks good go ahead' with no scope.", [
    ("WhatsApp_Chat_with_Marina_Vista_access_panels.txt", """\
[06/05/2024, 11:30:14] Rashid Khan (Al Noor MEP): Sandeep, PO sent for the 2 mock-up access panels only. Balance 148 panels NOT released till consultant gives Code A on mock-up and I send written release
[06/05/2024, 11:31:02] Sandeep Rao (MMW): Noted sir, 2 pcs only
[13/05/2024, 15:44:37] Vinod (Site Supervisor): <attached: IMG-20240513-WA0017.jpg>
[13/05/2024, 15:44:52] Vinod (Site Supervisor): mock-up panels installed flat 1204, hinge side ok now
[13/05/2024, 16:02:10] Rashid Khan (Al Noor MEP): mock-up looks good 👍 go ahead
[13/05/2024, 16:05:29] Sandeep Rao (MMW): Thank you sir 🙏
"""),
])

# p37 - consultant shop drawing stamp: APPROVED - PROCEED, nothing scoped (PDF)
case("p37_shop_drawing_stamp_proceed", ["RG002"],
     "Shop drawing review stamp 'APPROVED - PROCEED' with no sample-only scope and no quantity.", [
    ("SD-M-204_revC_stamp.pdf", pdf([
        ("h1", "SHOP DRAWING REVIEW"),
        ("p", "Castlereagh Building Services Engineers Pty Ltd, Level 9, 60 Castlereagh St, Sydney NSW 2000."),
        ("table", [
            ["Project", "Westmead Health Stage 2 - Mechanical services"],
            ["Drawing", "SD-M-204 Rev C - Fire and smoke damper installation details, plant room L4"],
            ["Contractor", "Kestrel Mechanical Pty Ltd"],
            ["Manufacturer", "Jiaxing Xinrui HVAC Equipment Co., Ltd."],
            ["Reviewed", "15/05/2024 - M. O'Donnell"],
        ]),
        ("sp",),
        ("table", [
            ["Status", "Tick"],
            ["APPROVED - PROCEED", "X"],
            ["APPROVED AS NOTED - PROCEED, INCORPORATE COMMENTS", ""],
            ["REVISE AND RESUBMIT", ""],
            ["REJECTED", ""],
        ]),
        ("sp",),
        ("p", "Comments: Nil. Approved. Proceed."),
        ("p", "This review is for general conformance with the design concept only and does not relieve the contractor of compliance with AS 1668.1 and AS 1682.2."),
    ], title="SD-M-204 Rev C review", author="Castlereagh BSE")),
])
# p38 - PO: hold and named releaser, but "until further notice" names no event (PDF)
case("p38_hold_until_further_notice", ["RG004"],
     "PO releases 6 samples and holds the 230 'until further notice'; a named releaser but no unlock event.", [
    ("NM-24-1315_PO.pdf", pdf([
        ("h1", "Northline Mechanical Inc. - Purchase Order NM-24-1315"),
        ("p", "To: An Phat Mechanical JSC, Lot C7, Song Than 2 IZ, Di An, Binh Duong, Viet Nam. Date: May 14, 2024. Terms: Net 45, FCA Ho Chi Minh City."),
        ("p", "Project: Humber River Commons - plumbing. Item: thermostatic mixing valve TMV-20, ASSE 1070, 1/2 in. NPT, lead-free."),
        ("table", [
            ["Line", "Part no.", "Description", "Qty", "Unit USD"],
            ["1", "APM-TMV-20", "Thermostatic mixing valve, point-of-use, ASSE 1070 / CSA B125.3 - sample", "6", "38.50"],
        ]),
        ("sp",),
        ("p", "Six (6) sample valves are released under this PO."),
        ("p", "The balance of 230 valves is on hold until further notice. Only Daniel Okafor, Purchasing Supervisor, can release it, in writing."),
        ("p", "Material for the 6 samples only."),
    ], pagesize=LETTER, title="NM-24-1315", author="Northline Mechanical")),
])

# p39 - letter: hold and unlock event, but the releaser is a department (DOCX)
case("p39_release_by_department", ["RG005"],
     "3 samples released, balance 297 on hold until mock-up sign-off and written release from 'our procurement department': no named person.", [
    ("ANC_sample_order_letter.docx", docx_bytes([
        ("h1", "Al Noor Contracting LLC"),
        ("p", "Office 803, Bay Square Building 11, Business Bay, Dubai, UAE"),
        ("p", "To: Maharashtra Metal Works, Ambad MIDC, Nashik, India. Ref: ANC/MVR/PO/0772. Date: 09 May 2024."),
        ("p", "Subject: Marina Vista Residences - fan coil return air plenums - sample order"),
        ("p", "Dear Sir,"),
        ("p", "We confirm our purchase order ANC/MVR/PO/0772 for three (3) sample return air plenums (RAP-FCU-06, 1.0 mm GI, 25 mm acoustic lining) for the mock-up apartment."),
        ("p", "The balance of 297 plenums is on hold and is not released. Please do not fabricate it and do not buy material for it."),
        ("p", "The balance will be released after the consultant has signed off the mock-up, by a written release from our procurement department."),
        ("p", "Delivery: DDP site, Marina Vista, by 30 May 2024."),
        ("p", "Yours faithfully, for Al Noor Contracting LLC"),
        ("p", "Procurement Department"),
    ], author="Al Noor Contracting")),
])

# p40 - plain ERP sample PO: nothing about the balance at all (TXT)
case("p40_erp_sample_po_bare", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 10 valves quoting the 990 production tier unlabelled; no word on the balance, no unlock event, no release authority.", [
    ("PO_4500-91203.txt", """\
HOLLIS & GRANGE BUILDING SERVICES LTD            PURCHASE ORDER        4500-91203
KIRKSTALL ROAD, LEEDS LS4 2AZ                    DATE                  13.05.2024
                                                 PO STATUS             ISSUED
VENDOR: 0000418840  EGE VANA SANAYI VE TICARET A.S.
        ATATURK OSB, CIGLI, IZMIR, TURKIYE
PROJECT: 2240-HEADINGLEY STUDENT RESIDENCE    PACKAGE: P02 PLUMBING VALVES
--------------------------------------------------------------------------------
LINE  MATERIAL        DESCRIPTION                          QTY  UOM    PRICE GBP
  10  EV-DRV-15       DOUBLE REGULATING VALVE 15MM,          10  EA       18.20
                      BS 7350, PRESS ENDS, WRAS - SAMPLE
                      REF: YOUR QUOTE EV-Q-2024-131
                      (10 SAMPLE / 990 PRODUCTION @ GBP 9.85)
--------------------------------------------------------------------------------
DELIVERY: DAP LEEDS, WK 22.  CERTS: WRAS, BS 7350 TEST DATA WITH DELIVERY.
INVOICE: AP@HOLLISGRANGE.CO.UK QUOTING PO NO.   TERMS: 60 DAYS EOM
BUYER: H. CARR
"""),
])

# p41 - "go ahead with the sample dampers" with no number anywhere (EML)
_t = """Hi Marek,

Go ahead with the sample dampers per your quote TF/0533/24 - sample tier only.

The production tier stays on hold and is not released until the witness test report
is signed off by our M&E engineer and Gareth Lowe sends you a written release. Please
buy material for the samples only.

Delivery to the ITB test lab in Warsaw directly, we'll sort the paperwork for the
witness test on our side.

Thanks,
""" + sig("Sophie Brennan", "Assistant Buyer", "Brennan Ashworth Contractors Ltd", "+44 161 555 0150")
case("p41_sample_tier_no_number", ["RG010"],
     "Buyer authorises 'the sample dampers per your quote' (quote not in the bundle) without ever stating how many; hold, event, releaser present.", [
    ("TF-0533-24_samples.eml", eml_bytes(mail(
        "Sophie Brennan <s.brennan@brennanashworth.co.uk>", "Marek Kowalczyk <m.kowalczyk@termoflow.pl>",
        "TF/0533/24 - smoke dampers Block D - samples", "Mon, 13 May 2024 16:10:00 +0100", _t,
        cc="Gareth Lowe <g.lowe@brennanashworth.co.uk>"))),
])

# p42 - chat: "make the samples for the mock-up room", no number, no named releaser
case("p42_whatsapp_samples_no_qty", ["RG005", "RG010"],
     "Chat: buyer asks for 'the samples for the mock-up room' with no quantity; rest on hold till consultant sign-off, but nobody named to release.", [
    ("WhatsApp_Chat_with_Saadiyat_Grove_VCD.txt", """\
07/05/24, 10:12 am - Omar Farouk (FH MEP): Emre hi, PO coming today
07/05/24, 10:13 am - Omar Farouk (FH MEP): pls make the samples for the mock-up room villa 14, rest on hold till consultant signs off the mock-up
07/05/24, 10:20 am - Emre Yılmaz (Marmara Kanal): ok Omar bey 👍 which sizes? 250 and 315 both?
07/05/24, 10:24 am - Omar Farouk (FH MEP): both sizes yes
07/05/24, 10:25 am - Emre Yılmaz (Marmara Kanal): ok, ready in 10 days, DHL to Abu Dhabi
07/05/24, 10:40 am - Omar Farouk (FH MEP): site contact Jithin 050 555 0817
"""),
])

# p43 - letter of intent: "manufacture the first-off samples", nothing else (DOCX)
case("p43_loi_first_off_samples", ["RG003", "RG004", "RG005", "RG010"],
     "LOI authorises 'the first-off samples' with no quantity, no hold on the rest, no unlock event and no releaser.", [
    ("Hessler_Absichtserklaerung_LOI.docx", docx_bytes([
        ("h1", "Absichtserklärung / Letter of Intent"),
        ("p", "Hessler Haustechnik GmbH, Hanauer Landstraße 291, 60314 Frankfurt am Main"),
        ("p", "To: Xiamen Lianfeng Ventilation Technology Co., Ltd., Jimei District, Xiamen, China. Date: 10.05.2024."),
        ("p", "Project: BV Ostend Quartier - Bauteil A, office floors 1-7 - ceiling swirl diffusers, your offer XLV-24-0617."),
        ("p", "Dear Mr Lin,"),
        ("p", "Hessler Haustechnik intends to award the supply of the ceiling swirl diffusers for Bauteil A to Xiamen Lianfeng."),
        ("p", "We hereby authorise you to manufacture the first-off samples of the swirl diffusers in accordance with your offer XLV-24-0617 and our specification LV-430 Index C."),
        ("p", "Please deliver the samples DAP Frankfurt, Lager Fechenheim, with the sound power data and the test certificate for the powder coating."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Tobias Reinhardt, Einkaufsleiter"),
    ], author="Hessler Einkauf")),
])

# p44 - call-off for a level "per drawing set" with no number (PDF)
case("p44_calloff_level_no_qty", ["RG010"],
     "Call-off releases 'Level 3 ductwork per drawing set' with no quantity stated; later levels not released, next call-off after pressure test, named signatory.", [
    ("CO-04_Level3_ductwork.pdf", pdf([
        ("h1", "CALL-OFF CO-04"),
        ("p", "Hollis & Grange Building Services Ltd, Leeds. To: Coimbatore Duct Fab Pvt. Ltd., Coimbatore, India. Date: 14.05.2024."),
        ("p", "Framework order: 4500-90111 - rectangular galvanised ductwork to DW/144, Headingley Student Residence (project 2240)."),
        ("table", [
            ["Call-off", "Scope", "Drawings", "Status"],
            ["CO-04", "Level 3 supply, extract and fresh air ductwork, incl. fittings and access panels", "2240-M-5301 to 5306 rev C", "released"],
            ["-", "Levels 4-8", "2240-M-5401 to 5806", "not released"],
        ]),
        ("sp",),
        ("p", "Released by this call-off: Level 3 ductwork as drawing set 2240-M-5301 to 5306 rev C."),
        ("p", "Levels 4-8 are not released. The next call-off (CO-05, Level 4) will be issued after the Level 3 ductwork pressure test is passed, and only signed by Tom Whitfield, Senior Buyer."),
        ("p", "Delivery: DAP site, floor-by-floor, Level 3 in week 25. Label each piece with drawing and item number."),
        ("p", "Signed: Tom Whitfield, Senior Buyer"),
    ], title="CO-04", author="Hollis & Grange")),
])

# p45 - German-English mail: "we release the samples according to your offer" without a number
_t = """Dear Mr Zielinski,

hereby we release the samples according to your offer 24-117 (fire dampers FD-EI120,
round, 200 and 250) for our test installation in Haus 3.

The series remains blocked until the first sample approval by our engineering and the
written release of the series by Mr Jürgen Vogel, Leiter Einkauf. Please purchase
material only for the samples.

Delivery of the samples please to Köln-Deutz, Tor 3, KW 23.

Mit freundlichen Grüßen
""" + sig("Stefan Albers", "Einkauf / Purchasing", "Rheinwerk Gebäudetechnik GmbH, Köln", "+49 221 8804 317")
case("p45_release_samples_per_offer", ["RG010"],
     "Buyer releases 'the samples according to your offer 24-117' (offer not in bundle) without a quantity; series blocked until first-sample approval and named releaser.", [
    ("Freigabe_Muster_Angebot_24-117.eml", eml_bytes(mail(
        "Stefan Albers <s.albers@rheinwerk-gt.de>", "Pawel Zielinski <p.zielinski@polwent.pl>",
        "Freigabe Muster / release of samples - offer 24-117", "Thu, 16 May 2024 08:50:00 +0200", _t))),
])


# =================================================================== writer
def _stem(fn):
    stem = fn.rsplit(".", 1)[0]
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")
    return stem


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(5353).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h53_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # summary
    counts = {f"RG{n:03d}": 0 for n in range(1, 13)}
    for v in labels.values():
        for r in v["expect"]:
            counts[r] += 1
    clean = sum(1 for v in labels.values() if not v["expect"])
    multi = sum(1 for v in labels.values() if len(v["expect"]) > 1)
    print(f"cases: {len(labels)}  clean: {clean}  with risks: {len(labels) - clean}  multi-rule: {multi}")
    for r, n in counts.items():
        print(f"  {r}: {n}")


if __name__ == "__main__":
    main()
