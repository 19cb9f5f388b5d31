#!/usr/bin/env python3
"""Generator for the releasegate check_holdout196 corpus (aquaculture equipment).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout196/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
DOCX zip timestamps, seeded shuffle).
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import unicodedata
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
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
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
_FOLD = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"}


def _pdf_text(s):
    """The standard PDF fonts only carry cp1252 glyphs: fold other letters (Turkish, Polish,
    Vietnamese) to their base letter, as many ERP PDF exports do."""
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        if ch in _FOLD:
            out.append(_FOLD[ch])
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        try:
            base.encode("cp1252")
            out.append(base)
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out)


def _fold_block(b):
    if b[0] == "table":
        return (b[0], [[_pdf_text(str(c)) for c in r] for r in b[1]]) + tuple(b[2:])
    return tuple(_pdf_text(x) if isinstance(x, str) else x for x in b)


def _auto_widths(rows, total):
    """Column widths: each column at least as wide as its longest unbreakable token (a number
    like "1 170" counts as one token), the rest shared out by text length."""
    ncol = max(len(r) for r in rows)
    mins, lens = [20.0] * ncol, [20.0] * ncol
    for r in rows:
        for j, c in enumerate(r):
            c = str(c)
            toks = [t for t in re.split(r"(?<!\d) | (?!\d)", c) if t] or [""]
            mins[j] = max(mins[j], max(stringWidth(t, "Helvetica", 10) for t in toks) + 14)
            lens[j] = max(lens[j], stringWidth(c, "Helvetica", 10) + 14)
    widths = list(mins)
    extra = total - sum(widths)
    if extra <= 0:
        return widths
    want = [max(lens[j] - mins[j], 0.0) for j in range(ncol)]
    # short columns first get their whole text on one line; the long ones share the rest
    left = sorted(range(ncol), key=lambda j: (want[j], j))
    while left and want[left[0]] <= extra / len(left):
        j = left.pop(0)
        widths[j] += want[j]
        extra -= want[j]
    if left:
        tot = sum(want[j] for j in left)
        for j in left:
            widths[j] += extra * want[j] / tot
    return widths


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows[, col_widths]) | ("sp",)"""
    blocks = [_fold_block(b) for b in blocks]
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
            t = Table(rows, hAlign="LEFT",
                      colWidths=b[2] if len(b) > 2 else _auto_widths(b[1], pagesize[0] - 100))
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
    m["Message-ID"] = msgid or f"<h196-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h196")
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


def q(text, level=1):
    """Quote a block the way mail clients do ("> " per level)."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        pre = ">" * level
        out.append(pre + (" " + line if line else ""))
    return "\n".join(out) + "\n"


# people and companies (all fictional)
HL = "hardangerlaks.no"        # Hardangerlaks AS, Rosendal (NO) - salmon farmer, buyer
CM = "coopmitchiloe.cl"        # Cooperativa Mitilicultores Chiloe Sur, Castro (CL) - mussel co-op, buyer
TP = "tanphuaqua.vn"           # Tan Phu Aqua Group JSC, Ca Mau (VN) - shrimp farm group, buyer
GC = "glencorrantrout.co.uk"   # Glen Corran Trout Ltd, Loch Awe, Argyll (UK) - trout farm, buyer
VP = "vestnesplast.no"         # Vestnes Plast & Stal AS, Vestnes (NO) - supplier
PM = "polmar-aqua.pl"          # Polmar Aqua Sp. z o.o., Gdynia (PL) - supplier
QH = "haiyun-marine.cn"        # Qingdao Haiyun Marine Equipment Co., Ltd. (CN) - supplier
CA = "cbeaquatech.in"          # Coimbatore Aquatech Castings Pvt. Ltd. (IN) - supplier
EG = "egedenizcilik.com.tr"    # Ege Denizcilik Ekipmanlari A.S., Izmir (TR) - supplier


# =================================================================== CLEAN

# c01 - supplier quote with sample and production tiers, nothing authorized (quote alone)
case("c01_quote_tiers", [], "supplier quote with a 4-pc sample tier and a 1.200 production tier; no authorization in the bundle", [
    ("Tilbud_VPS-24-118.pdf", pdf([
        ("h1", "VESTNES PLAST & STÅL AS"),
        ("p", "Industrivegen 14, 6390 Vestnes · Org.nr 912 345 678 MVA · post@vestnesplast.no"),
        ("h", "TILBUD / QUOTATION VPS-24-118"),
        ("p", "Til / To: Hardangerlaks AS, att. Ingrid Solheim, innkjøp. Dato / Date: 24.04.2024. "
              "Gyldig / Valid: 60 dager."),
        ("p", "Takk for forespørselen. We are pleased to offer handrail collar brackets for your "
              "Ø315 PE100 floating collars (NS 9415 site class B) as follows:"),
        ("table", [
            ["Pos", "Item", "Description", "Qty", "Unit price NOK", "Basis"],
            ["1", "HL-4500-315", "Collar bracket, S355J2 (EN 10025), hot-dip galv. EN ISO 1461 min 85 µm, "
             "for Ø315 pipe, 2 x M16 clamp bolts A4-80", "4 (sample)", "1 260,00", "sample lot, one-off"],
            ["2", "HL-4500-315", "Same, series", "1.200", "412,00", "production quantity, basis: forecast"],
            ["3", "-", "Tooling: bending jig + welding fixture", "1", "18 500,00", "one-off, payable with pos. 1"],
        ]),
        ("sp",),
        ("p", "Leveringstid / lead time: samples 3 weeks after PO. Series: 8 weeks after your written "
              "production release. Pos. 2 is a price for planning only; we do not make or buy anything "
              "for pos. 2 unless you send a written release, and we buy steel beyond the samples only "
              "against a written material authority from you."),
        ("p", "Prices ex works Vestnes, NOK excl. MVA. Galvanising thickness per EN ISO 1461 table 3. "
              "Quality system ISO 9001:2015, cert. no. 2006-OSL-AQ-0315."),
        ("sp",),
        ("p", "Med vennlig hilsen / Best regards — Øyvind Myklebust, salgsingeniør, +47 71 18 40 22"),
    ], title="Tilbud VPS-24-118", author="Vestnes Plast & Stal AS")),
])

# c02 - RFQ with three quantity scenarios (multipart/alternative)
_t = """Hiya Rajesh,

Hope you're keeping well and the monsoon hasn't flooded the foundry yet.

We're looking at replacing the impellers on our two fish pumps at Loch Awe and the new
site at Kilchrenan. Could you quote the below please - three scenarios, because honestly
we don't know yet how many sites will convert next year:

  Part:      fish pump impeller FPI-250-6 (6-vane, Ø250), to our DRG 2205-40 Rev 3
  Material:  duplex 2205 (1.4462), 3.1 cert to EN 10204
  Balancing: ISO 1940 G6.3

  Scenario A:     6 pcs (samples for trial)
  Scenario B:   600 pcs
  Scenario C: 1 200 pcs

This is a request for quotation only - not an order. Please don't make or buy anything
on the back of it. If we go ahead with anything it'll come as a proper PO from me.

Lead times for each scenario would be grand, and whether you'd want a pattern charge.

Cheers,
Fiona
""" + sig("Fiona MacAulay", "Buyer", "Glen Corran Trout Ltd, Loch Awe, Argyll", "+44 1866 555 014")
_h = ("<p>Hiya Rajesh,</p><p>Hope you're keeping well and the monsoon hasn't flooded the foundry yet.</p>"
      "<p>We're looking at replacing the impellers on our two fish pumps at Loch Awe and the new site at "
      "Kilchrenan. Could you quote the below please - three scenarios, because honestly we don't know yet "
      "how many sites will convert next year:</p>"
      "<table><tr><th>Part</th><td>fish pump impeller FPI-250-6 (6-vane, Ø250), to our DRG 2205-40 Rev 3</td></tr>"
      "<tr><th>Material</th><td>duplex 2205 (1.4462), 3.1 cert to EN 10204</td></tr>"
      "<tr><th>Balancing</th><td>ISO 1940 G6.3</td></tr></table>"
      "<table><tr><th>Scenario</th><th>Qty</th></tr><tr><td>A (samples for trial)</td><td>6</td></tr>"
      "<tr><td>B</td><td>600</td></tr><tr><td>C</td><td>1 200</td></tr></table>"
      "<p><b>This is a request for quotation only - not an order.</b> Please don't make or buy anything on "
      "the back of it. If we go ahead with anything it'll come as a proper PO from me.</p>"
      "<p>Lead times for each scenario would be grand, and whether you'd want a pattern charge.</p>"
      "<p>Cheers,<br>Fiona</p><p>--<br>Fiona MacAulay<br>Buyer<br>Glen Corran Trout Ltd, Loch Awe, Argyll</p>")
case("c02_rfq", [], "RFQ with 6 / 600 / 1 200 scenarios, says it is not an order", [
    ("RFQ_impeller_FPI-250-6.eml", eml_bytes(mail(
        f"Fiona MacAulay <fiona.macaulay@{GC}>", f"Rajesh Subramanian <rajesh.s@{CA}>",
        "RFQ - fish pump impeller FPI-250-6, three scenarios", "Tue, 16 Apr 2024 10:41:00 +0100",
        _t, html=_h))),
])

# c03 - supplier question quoted under a complete buyer scope
_ha = """Dear Sunny,

Please find attached PO TPA-PO-24-0412 for eight (8) sample impellers FPI-250-6 only, for
the pond trial at Farm 3 Nam Can.

The production quantity 1 500 pcs in your quote QH-2404-77 is NOT released and stay on
hold until our pond trial sample report is signed off and Mr Le Minh Tuan (Deputy
General Director) issue the written production release. Material: please buy only for
the 8 samples.

Best regards,
Ha
"""
_t = """Dear Ms Ha,

Good day! The 8 pcs sample impellers are finish balancing test (ISO 1940 G6.3, all pass),
report attached in next mail. Will ship by DHL tomorrow, AWB we send you.

May we ask: when can we have the go-ahead for the balance 1 500 pcs? Our foundry slot is
in July, so if you can tell us the expected date of the release it help us to plan.
We understand nothing is started before Mr Tuan's written release.

Thanks and best regards
Sunny Zhao
Sales Dept.
Qingdao Haiyun Marine Equipment Co., Ltd.
Tel: +86 532 8866 1207

-----Original Message-----
From: Nguyen Thi Thu Ha <ha.ntt@tanphuaqua.vn>
Sent: Monday, May 13, 2024 8:05 AM
To: Sunny Zhao <sunny.zhao@haiyun-marine.cn>
Subject: PO TPA-PO-24-0412 sample impellers

""" + q(_ha)
case("c03_supplier_question", [], "supplier asks for the go-ahead for the balance; quoted buyer scope is complete (8 samples, 1 500 on hold, event, Le Minh Tuan)", [
    ("RE_TPA-PO-24-0412.eml", eml_bytes(mail(
        f"Sunny Zhao <sunny.zhao@{QH}>", f"Nguyen Thi Thu Ha <ha.ntt@{TP}>",
        "RE: PO TPA-PO-24-0412 sample impellers", "Wed, 05 Jun 2024 16:22:00 +0800", _t,
        in_reply_to="<h196-po0412@tanphuaqua.vn>"))),
])

# c04 - EDI delivery schedule clearly labelled forecast only
_t = """=====================================================================
 HARDANGERLAKS AS - EDI OUTBOUND LOG           printed 03.06.2024 07:55
 Message: DELFOR D.96A   Interchange 000000731   Partner: VESTNESPLAST
=====================================================================
UNB+UNOC:3+7080003310005:14+7080004451203:14+240603:0750+000000731'
UNH+1+DELFOR:D:96A:UN'
BGM+241+DF-2024-22+9'
DTM+137:20240603:102'
FTX+AAI+++FORECAST ONLY - PLANNING INFORMATION - NOT AN ORDER'
FTX+AAI+++NO FABRICATION AND NO MATERIAL AUTHORISATION IS GIVEN BY THIS MESSAGE'
NAD+BY+7080003310005::9++HARDANGERLAKS AS+SKALAFJORDVEGEN 2+ROSENDAL++5470+NO'
NAD+SE+7080004451203::9++VESTNES PLAST OG STAL AS+INDUSTRIVEGEN 14+VESTNES++6390+NO'
LIN+1++HL-4500-315:SA'
IMD+F++:::COLLAR BRACKET D315 HDG'
SCC+4'
QTY+1:200:PCE'
DTM+2:202427:102'
QTY+1:300:PCE'
DTM+2:202431:102'
QTY+1:300:PCE'
DTM+2:202435:102'
QTY+1:400:PCE'
DTM+2:202439:102'
UNS+S'
UNT+21+1'
UNZ+1+000000731'

--- readable ---------------------------------------------------------
 Item HL-4500-315 collar bracket Ø315 HDG
 Schedule status SCC 4 = forecast (planning only)
   week 27/2024     200 pcs   forecast
   week 31/2024     300 pcs   forecast
   week 35/2024     300 pcs   forecast
   week 39/2024     400 pcs   forecast
   total          1 200 pcs   forecast, not an order
 Note: firm quantities come only as a purchase order plus a written
 production release from Hardangerlaks. This schedule does not commit
 Hardangerlaks to buy and does not authorise material.
======================================================================
"""
case("c04_edi_forecast", [], "DELFOR schedule labelled forecast only, no order, no material authorisation", [
    ("DELFOR_DF-2024-22.txt", _t),
])

# c05 - sample sign-off approved for fit check only, production not released
case("c05_signoff_fitcheck", [], "sample sign-off 'approved for fit check only; production not released'; hold, event and Kjetil Brekke named", [
    ("Proevegodkjenning_SR-2024-031.docx", docx_bytes([
        ("h1", "Prøvegodkjenning / Sample sign-off record SR-2024-031"),
        ("table", [
            ["Field", "Value"],
            ["Part", "HL-4500-315 collar bracket Ø315, S355J2 HDG"],
            ["Supplier", "Vestnes Plast & Stål AS"],
            ["PO", "4510233 (4 sample brackets)"],
            ["Samples received", "4 pcs, 21.05.2024, Lokalitet Storholmen"],
            ["Checked by", "Sigrun Aas, teknisk ansvarlig"],
        ]),
        ("h", "Checks"),
        ("table", [
            ["Check", "Requirement", "Result"],
            ["Fit on Ø315 PE100 pipe", "no play after torque 120 Nm on M16", "OK, 4/4"],
            ["Galvanising thickness", "min 85 µm (EN ISO 1461)", "88-97 µm, OK"],
            ["Weld visual", "ISO 5817 level C", "OK"],
            ["Handrail post Ø60 fits sleeve", "slide fit", "OK"],
        ]),
        ("h", "Disposition"),
        ("p", "Approved for fit check only; production not released."),
        ("p", "The production quantity of 1 200 brackets stays on hold. It is released only by a written "
              "production release signed by Kjetil Brekke, driftsdirektør, after the 6-week sea trial at "
              "Storholmen has been signed off by me."),
        ("p", "This record is a technical disposition of the four samples. It does not change PO 4510233 "
              "and it is not a production release."),
        ("p", "Rosendal, 24.05.2024 — Sigrun Aas"),
    ], author="Sigrun Aas")),
])

# c06 - full-quantity PO, proceed with the full quantities
case("c06_full_po", [], "full-quantity PO (240 + 120 shackles), no sample stage, no balance; quantity-like identifiers", [
    ("PO_GC-2417.pdf", pdf([
        ("h1", "Glen Corran Trout Ltd"),
        ("p", "Loch Awe, Dalmally, Argyll PA33 1AQ, Scotland · VAT GB 284 5566 10"),
        ("h", "PURCHASE ORDER GC-2417"),
        ("table", [
            ["Supplier", "Ege Denizcilik Ekipmanları A.Ş., İzmir, Türkiye"],
            ["Date", "14 May 2024"],
            ["Your quote", "EGE-Q-2404-36 dated 2 May 2024"],
            ["Deliver to", "Glen Corran Trout Ltd, Kilchrenan pier, PA35 1HD"],
            ["Incoterms", "DAP Kilchrenan (Incoterms 2020)"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit", "Price GBP", "Total GBP"],
            ["1", "BS-12-M36", "Bow shackle WLL 12 t, pin M36, grade 8, HDG, EN 13889", "240", "pcs", "21.40", "5,136.00"],
            ["2", "SP-85-M30", "Safety pin bolt shackle WLL 8.5 t, pin M30, HDG, EN 13889", "120", "pcs", "16.90", "2,028.00"],
            ["", "", "", "", "", "Total", "7,164.00"],
        ]),
        ("sp",),
        ("p", "This is a full-quantity order. The 240 pcs (line 1) and 120 pcs (line 2) are the whole "
              "quantity for the 2024 mooring refit; there is no sample stage and no further quantity to "
              "follow under this PO. Please proceed with the full quantities listed."),
        ("p", "Proof load test to EN 13889 at 2 x WLL on 3 pcs per heat lot; 3.1 certificate to EN 10204 "
              "with each delivery. Marking per EN 13889 clause 7 (WLL, grade, traceability code). Salt "
              "spray to ISO 9227, 480 h, report with first delivery."),
        ("p", "Payment 60 days from invoice. Supplier quality system ISO 9001:2015."),
        ("sp",),
        ("p", "Fiona MacAulay, Buyer — for Glen Corran Trout Ltd"),
    ], title="PO GC-2417", author="Glen Corran Trout Ltd")),
])

# c07 - ERP full-quantity PO with three delivery schedule lines
_t = """COOPERATIVA MITILICULTORES CHILOE SUR LTDA.            RUT 76.543.210-K
Ruta 5 Sur km 1.182, Castro, Region de Los Lagos, CHILE
-------------------------------------------------------------------------------
ORDEN DE COMPRA / PURCHASE ORDER                N°   2024-0533
Fecha / date:        08.07.2024                 Estado: EMITIDA (issued)
Proveedor / supplier: POLMAR AQUA SP. Z O.O., ul. Hutnicza 31, 81-061 Gdynia, PL
Comprador / buyer:   Macarena Oyarzun, Jefa de Compras
Cotizacion / quote:  QP-24-140 rev.1
Incoterm:            CIF San Antonio
-------------------------------------------------------------------------------
Pos  Codigo       Descripcion                              Cant.   Un   P.unit EUR
010  HT-1200/12   Bandeja hatchery / hatchery tray          1.200   UN      6,35
                  HT-1200 Rev 12, PP-copo, 600x400 mm
     Programa de entregas / delivery schedule:
       010-1   15.08.2024     400 UN
       010-2   16.09.2024     400 UN
       010-3   15.10.2024     400 UN
-------------------------------------------------------------------------------
Cantidad total / total qty:   1.200 UN        Total EUR 7.620,00
-------------------------------------------------------------------------------
Nota / note:
  Cantidad total 1.200 bandejas = orden completa y final. No hay muestras ni
  saldo pendiente bajo esta OC. Full and final quantity: please produce and
  deliver the 1.200 trays to the schedule above.
  Pago: 30 dias fecha factura. Embalaje: 40 UN por pallet (30 pallets).
-------------------------------------------------------------------------------
Impreso por / printed by: MOYARZUN     08.07.2024 11:32     pag. 1/1
"""
case("c07_erp_full_po", [], "ERP PO for the full 1.200 trays in three schedule lines; no sample stage, no balance", [
    ("OC_2024-0533.txt", _t),
])

# c08 - buyer portal call-off with explicit staged material authority above the released quantity
_b = """<h1>Hardangerlaks Leverandørportal</h1>
<p>Innlogget: Vestnes Plast &amp; Stål AS (leverandør 20417) &middot; <a href="#">Logg ut</a></p>
<h2>Avrop / Call-off RA-2024-07-01</h2>
<table>
<tr><th>Rammeavtale / frame agreement</th><td>RA-2024-07, collar bracket HL-4500-315, frame quantity 1 200 pcs</td></tr>
<tr><th>PO</th><td>4510233 rev 2</td></tr>
<tr><th>Dato</th><td>12.08.2024</td></tr>
</table>
<h3>Quantities</h3>
<table>
<tr><th></th><th>pcs</th><th>status</th></tr>
<tr><td>Released for production by this call-off</td><td>300</td><td>released</td></tr>
<tr><td>Remaining frame quantity</td><td>900</td><td>not released - on hold</td></tr>
<tr><td>Material authority</td><td>600</td><td>staged: steel (S355J2 flat bar 80x10, tube 60.3x4) for up to 600 brackets, at Hardangerlaks' liability</td></tr>
</table>
<div class="note">
<p>Released now: 300 (three hundred) brackets, delivery week 36 to Storholmen.</p>
<p>The remaining 900 are not released. They stay on hold until the 300 have passed lot acceptance
at Storholmen and the next call-off (RA-2024-07-02) is issued and signed by Kjetil Brekke.</p>
<p>You may buy and hold steel for up to 600 brackets now (material authority above). Do not cut,
weld or galvanise beyond the 300 released.</p>
</div>
<p>Signert / signed: <b>Kjetil Brekke</b>, driftsdirektør, Hardangerlaks AS, 12.08.2024 14:07</p>
<p><small>Kvittering fra leverandør / supplier acknowledgement: pending</small></p>
"""
case("c08_portal_calloff_staged", [], "call-off releases 300; 900 on hold until lot acceptance + next call-off signed by Kjetil Brekke; explicit staged material authority 600", [
    ("avrop_RA-2024-07-01.html", html_page("Avrop RA-2024-07-01 - Hardangerlaks Leverandørportal", _b, lang="no")),
])

# c09 - explicit, signed auto-conversion record
case("c09_autoconversion_signed", [], "explicit signed auto-conversion: 500 released by an approved sign-off under stated conditions; 1 000 remain on hold; staged material 500", [
    ("Record_AC-TPA-24-03.docx", docx_bytes([
        ("h1", "Auto-conversion record / Biên bản chuyển đổi tự động"),
        ("p", "Record no. AC-TPA-24-03 · Date 20/05/2024 · Ca Mau"),
        ("table", [
            ["Buyer", "Tan Phu Aqua Group JSC"],
            ["Supplier", "Qingdao Haiyun Marine Equipment Co., Ltd."],
            ["Part", "Fish pump impeller FPI-250-6, DRG 2205-40 Rev 3, duplex 2205"],
            ["PO", "TPA-PO-24-0412 - eight (8) sample impellers"],
            ["Quoted production quantity", "1 500 pcs (quote QH-2404-77), basis: forecast"],
        ]),
        ("h", "1. What converts automatically"),
        ("p", "If the sample sign-off of the 8 sample impellers is recorded as APPROVED on form SR-TPA-24-09, "
              "signed by Tran Van Khoa (Technical Engineer), on or before 31/07/2024, then five hundred (500) "
              "impellers are released for production by this record itself. No further release letter is "
              "needed for these 500."),
        ("h", "2. Conditions"),
        ("num", "Vibration at 1 450 rpm below 4,5 mm/s in the 30-day pond trial at Farm 3 Nam Can."),
        ("num", "Balancing ISO 1940 G6.3 on all 8 samples; 3.1 certificates to EN 10204."),
        ("num", "If the sign-off is interim or rejected, or is signed after 31/07/2024, nothing converts."),
        ("h", "3. What stays on hold"),
        ("p", "The remaining 1 000 impellers of the quoted 1 500 are not released. They stay on hold until a "
              "separate written production release signed by Le Minh Tuan."),
        ("h", "4. Material authority"),
        ("p", "Staged: Qingdao Haiyun may buy duplex 2205 castings for up to 500 impellers at Tan Phu's "
              "liability from the date of this record. Nothing beyond 500."),
        ("h", "Signatures"),
        ("table", [
            ["For Tan Phu Aqua Group JSC", "For Qingdao Haiyun"],
            ["Le Minh Tuan, Deputy General Director (release authority), 20/05/2024",
             "Sunny Zhao, Sales Manager, 20/05/2024"],
        ]),
    ], author="Le Minh Tuan")),
])

# c10 - old quote forwarded as message/rfc822, declared informational
_old = mail(f"Katarzyna Wisniewska <k.wisniewska@{PM}>", f"Fiona MacAulay <fiona.macaulay@{GC}>",
            "Quotation QP-22-311 aerator paddles APW-0750", "Thu, 17 Nov 2022 13:05:00 +0100",
            """Dear Fiona,

as discussed on the phone, please see our offer for the paddle-wheel aerator paddles:

  APW-0750 paddle, HDPE + UV, 0,75 kW wheel
  5.000 pcs   EUR 19,80 / pc   FCA Gdynia
  lead time 10 weeks

Offer valid until 31.12.2022.

Best regards / Z powazaniem
Katarzyna Wisniewska
Key Account Manager, Polmar Aqua Sp. z o.o.
""")
_t = """Katarzyna,

Forwarding your 2022 quote below purely for information - you asked last week what the old
price was. The 5.000 paddles in it were an old budget figure. They are NOT an order and
nothing in that quote is released.

What is live: PO GC-2405 covers twelve (12) sample paddles APW-0750 only. The production
quantity is on hold until Callum Reid has signed off the sample trial on the Loch Awe
ponds and Alasdair Munro (MD) sends you a written production release. Material for the
12 samples only, please.

Ta,
Fiona
""" + sig("Fiona MacAulay", "Buyer", "Glen Corran Trout Ltd, Loch Awe, Argyll", "+44 1866 555 014")
case("c10_fwd_old_quote", [], "2022 quote for 5.000 forwarded as rfc822 and declared informational; live PO is 12 samples with hold, event, Alasdair Munro", [
    ("FW_Quotation_QP-22-311.eml", eml_bytes(mail(
        f"Fiona MacAulay <fiona.macaulay@{GC}>", f"Katarzyna Wisniewska <k.wisniewska@{PM}>",
        "FW: Quotation QP-22-311 aerator paddles APW-0750 - for info only",
        "Mon, 27 May 2024 09:18:00 +0100", _t, attachments=[("rfc822", _old)]))),
])

# c11 - quoted supplier assumes auto-conversion; buyer reply corrects it
_raj = """Dear Madam,

Greetings from Coimbatore!

We are happy to inform that the 3 nos. sample impellers FPI-250-6 are dispatched today
by FedEx, AWB 7789 4410 2231. Kindly note once you approve the 3 samples we will
immediately roll into the 900 nos. production, our foundry is booked from 15th July.

Thanking you and assuring our best services always,
Rajesh Subramanian
Marketing Manager, Coimbatore Aquatech Castings Pvt. Ltd.
"""
_t = """Dear Rajesh,

Thank you for the quick dispatch.

No, please do not roll into the 900. Sample sign-off does not release the 900 pcs. When
Sigrun Aas has signed off the 3 samples, the production needs a separate written release
from Kjetil Brekke (driftsdirektør). Until that release comes: PO 4510261 is for the
3 sample impellers only, the 900 are on hold, and please buy material for the 3 only.

If the foundry slot on 15 July is a problem, tell me and we talk about it - but do not
pour for the series before you have Kjetil's release.

Med vennlig hilsen / Best regards
Ingrid Solheim
Innkjøper, Hardangerlaks AS
+47 53 48 21 10

On Mon, 10 Jun 2024 at 11:02, Rajesh Subramanian <rajesh.s@cbeaquatech.in> wrote:
""" + q(_raj)
case("c11_correct_autoconv", [], "quoted supplier assumes sample approval rolls into 900; buyer reply corrects it with hold, event and Kjetil Brekke", [
    ("RE_sample_impellers_dispatch.eml", eml_bytes(mail(
        f"Ingrid Solheim <ingrid.solheim@{HL}>", f"Rajesh Subramanian <rajesh.s@{CA}>",
        "RE: Sample impellers FPI-250-6 - dispatch", "Mon, 10 Jun 2024 14:47:00 +0200", _t,
        in_reply_to="<CAC-20240610-1102@cbeaquatech.in>"))),
])

# c12 - WhatsApp: supplier says the deposit does not release production
_t = """[03/06/2024, 17:41:05] Macarena Oyarzún: Murat buenas tardes! OC 2024-0418 va por correo mañana. Es solo para los 10 grilletes de prueba MS-35-42 para el ensayo de carga 🙏
[03/06/2024, 17:42:30] Macarena Oyarzún: In English: PO 2024-0418 = 10 test shackles only. The 3.000 shackles of your quote stay on hold until the proof-load test report is signed off here and Sr. Patricio Barría (Gerente General) sends the written production release
[03/06/2024, 17:50:12] Murat Yılmaz: Merhaba Macarena hanım, noted, thank you 👍
[12/06/2024, 10:03:44] Macarena Oyarzún: Murat, transferimos hoy el anticipo 30% (EUR 34.560) para asegurar el cupo de producción del próximo año
[12/06/2024, 10:04:01] Macarena Oyarzún: <attached: 00000021-PHOTO-2024-06-12-10-03-58.jpg>
[12/06/2024, 10:31:19] Murat Yılmaz: Received, çok teşekkürler. For clarity: the deposit does not release production. We make only the 10 test shackles. The 3.000 pcs stay on hold until your written release from Sr. Barría after the proof load report sign-off. Steel we buy only for the 10
[12/06/2024, 10:33:50] Macarena Oyarzún: Exacto, perfecto. Solo los 10 por ahora 👌
[12/06/2024, 10:34:02] Murat Yılmaz: 👍
"""
case("c12_whatsapp_deposit_not_release", [], "buyer scope complete; supplier states the deposit does not release production", [
    ("WhatsApp Chat with Murat Yilmaz Ege.txt", _t),
])

# c13 - supplier acknowledgement restating the hold (multipart/alternative, quoted buyer PO mail)
_fi = """Hi Katarzyna,

PO GC-2412 attached: a dozen (12) sample paddles APW-0750 for the trial on ponds 3 and 4.
The production quantity in your quote (1 170 pcs) is not released. It stays on hold until
Callum Reid signs off the pond trial and Alasdair Munro, our MD, sends you a written
production release. Please only buy material for the 12.

Cheers,
Fiona
"""
_t = """Dear Fiona,

Thank you for PO GC-2412. We acknowledge the scope as written:

  - 12 (twelve) sample paddles APW-0750, delivery week 24
  - production quantity 1 170 pcs: NOT released, on hold until the pond trial sign-off by
    Mr Callum Reid and the written production release by Mr Alasdair Munro
  - material: we buy HDPE and UV masterbatch only for the 12 samples

We will not plan the 1 170 pcs in our moulding schedule before we receive the release.

Best regards / Z poważaniem
Katarzyna Wiśniewska
Key Account Manager
Polmar Aqua Sp. z o.o. | ul. Hutnicza 31 | 81-061 Gdynia | Poland
tel. +48 58 555 31 20

This message may contain confidential information. Polmar Aqua Sp. z o.o., KRS 0000456123,
Sąd Rejonowy Gdańsk-Północ. If you are not the addressee, please delete it.

On 20.05.2024 10:12, Fiona MacAulay wrote:
""" + q(_fi)
_h = ("<p>Dear Fiona,</p><p>Thank you for PO GC-2412. We acknowledge the scope as written:</p><ul>"
      "<li>12 (twelve) sample paddles APW-0750, delivery week 24</li>"
      "<li>production quantity 1 170 pcs: <b>NOT released</b>, on hold until the pond trial sign-off by "
      "Mr Callum Reid and the written production release by Mr Alasdair Munro</li>"
      "<li>material: we buy HDPE and UV masterbatch only for the 12 samples</li></ul>"
      "<p>We will not plan the 1 170 pcs in our moulding schedule before we receive the release.</p>"
      "<p>Best regards / Z poważaniem<br>Katarzyna Wiśniewska<br>Key Account Manager<br>"
      "Polmar Aqua Sp. z o.o. | ul. Hutnicza 31 | 81-061 Gdynia | Poland</p>"
      "<p style=\"font-size:10px;color:#777\">This message may contain confidential information. Polmar Aqua "
      "Sp. z o.o., KRS 0000456123, Sąd Rejonowy Gdańsk-Północ. If you are not the addressee, please delete it.</p>"
      "<blockquote><p>Hi Katarzyna,</p><p>PO GC-2412 attached: a dozen (12) sample paddles APW-0750 for the "
      "trial on ponds 3 and 4. The production quantity in your quote (1 170 pcs) is not released. It stays on "
      "hold until Callum Reid signs off the pond trial and Alasdair Munro, our MD, sends you a written "
      "production release. Please only buy material for the 12.</p><p>Cheers,<br>Fiona</p></blockquote>")
case("c13_supplier_ack", [], "supplier acknowledgement restating 12 samples, 1 170 on hold, event, Alasdair Munro, sample-only material", [
    ("RE_PO_GC-2412_acknowledgement.eml", eml_bytes(mail(
        f"Katarzyna Wiśniewska <k.wisniewska@{PM}>", f"Fiona MacAulay <fiona.macaulay@{GC}>",
        "RE: PO GC-2412 sample paddles - order acknowledgement", "Tue, 21 May 2024 08:36:00 +0200", _t,
        html=_h, in_reply_to="<h196-gc2412@glencorrantrout.co.uk>"))),
])

# c14 - supplier status report restating the hold and the sample-only material authority
case("c14_status_report", [], "supplier weekly report: 8 samples made, 1 500 on hold, material sample-only; a separate full-quantity order in progress", [
    ("Haiyun_weekly_report_W24.pdf", pdf([
        ("h1", "Qingdao Haiyun Marine Equipment Co., Ltd."),
        ("p", "No. 88 Haixi Road, Huangdao District, Qingdao, Shandong, China"),
        ("h", "Weekly Order Status Report - Week 24/2024 - Customer: Tan Phu Aqua Group JSC"),
        ("table", [
            ["Customer PO / part", "Scope per PO", "Released", "Produced", "Shipped", "Material bought"],
            ["TPA-PO-24-0412 impeller FPI-250-6", "8 samples; 1 500 on hold", "8", "8", "0", "8 castings (sample only)"],
            ["TPA-PO-24-0398 paddlewheel float PF-400", "full order 2 000", "2 000", "1 200", "800", "resin for 2 000"],
        ]),
        ("sp",),
        ("h", "Remarks"),
        ("p", "TPA-PO-24-0412: 8 sample impellers finished, balancing ISO 1940 G6.3 passed, ship by DHL "
              "on 14/06. The production quantity 1 500 pcs is not released: it stays on hold until your "
              "pond trial sample report is signed off and Mr Le Minh Tuan sends the written production "
              "release. We did not buy castings or start anything for them."),
        ("p", "TPA-PO-24-0398: full-quantity order. 2nd container (1 200 pcs cumulative) loading 20/06, "
              "ETD Qingdao 22/06, ETA Cat Lai 03/07."),
        ("sp",),
        ("p", "Prepared by: Kevin Liu, PMC · Checked by: Sunny Zhao, Sales Manager · 14/06/2024"),
    ], title="Weekly report W24", author="Qingdao Haiyun")),
])

# c15 - interim sample sign-off with quantity and date limits
case("c15_interim_signoff", [], "interim disposition limited to 500 shackles / 30.11.2024 with a written release of 500 by Patricio Barría; 2 500 on hold", [
    ("Informe_muestras_MS-35-42.docx", docx_bytes([
        ("h1", "Informe de muestras / Sample sign-off - INTERIM"),
        ("table", [
            ["Pieza / part", "MS-35-42 grillete lira (bow shackle) WLL 35 t, pin M42, EN 13889"],
            ["Proveedor", "Ege Denizcilik Ekipmanları A.Ş., İzmir"],
            ["OC", "2024-0418 - 10 grilletes de prueba (test shackles)"],
            ["Cotización", "EGE-Q-2404-41: 3.000 pcs production, basis firm"],
            ["Fecha", "14.10.2024"],
        ]),
        ("h", "Resultados / results"),
        ("table", [
            ["Ensayo / test", "Requisito", "Resultado"],
            ["Proof load 2 x WLL = 70 t, 10 pcs", "no permanent set > 0,5 %", "10/10 OK"],
            ["Galvanizado ISO 1461", "min 85 µm", "62-71 µm - NOT OK"],
            ["Dureza pasador / pin hardness", "38-44 HRC", "41 HRC OK"],
        ]),
        ("h", "Disposición / disposition"),
        ("p", "INTERIM. Limited to 500 (quinientos) shackles, or until 30.11.2024, whichever comes first. "
              "Ege must correct the galvanising and submit 5 new shackles for a retest."),
        ("h", "Liberación / production release"),
        ("p", "Under this interim disposition I release 500 shackles MS-35-42 for production. "
              "— Patricio Barría, Gerente General, 14.10.2024"),
        ("p", "The remaining 2 500 of the 3.000 quoted stay on hold. They are not released until the final "
              "sign-off (galvanising corrected and retest passed) and a new written release signed by "
              "Patricio Barría."),
        ("p", "Autorización de material / material authority: steel and galvanising for 500 shackles only."),
        ("p", "Firmado: Rodrigo Cárcamo, Ingeniero de Operaciones (sign-off) · Patricio Barría, Gerente General (release)"),
    ], author="Rodrigo Carcamo")),
])

# c16 - deviation permit that leaves quantities untouched
case("c16_deviation_permit", [], "deviation permit for a material grade on a full-quantity order; quantities and release status unchanged", [
    ("Deviation_DP-GC-07.pdf", pdf([
        ("h1", "Glen Corran Trout Ltd"),
        ("h", "DEVIATION PERMIT DP-GC-07"),
        ("table", [
            ["Supplier", "Polmar Aqua Sp. z o.o., Gdynia"],
            ["PO", "GC-2444 (full-quantity order, 2 400 hatchery trays HT-1200 Rev 12)"],
            ["Requested by", "Marek Zieliński, Production Manager, Polmar, 02.07.2024"],
            ["Date of permit", "05.07.2024"],
        ]),
        ("sp",),
        ("table", [
            ["", "Drawing HT-1200 Rev 12", "Deviation permitted"],
            ["Material", "PP copolymer, MFI 12 (grade A)", "PP copolymer, MFI 15 (grade B), same food-contact declaration EU 10/2011"],
            ["Colour", "RAL 7035", "unchanged"],
            ["Wall thickness", "2,2 mm", "unchanged"],
        ]),
        ("sp",),
        ("p", "Applies to: trays moulded between 08.07.2024 and 31.08.2024 under PO GC-2444."),
        ("p", "This permit changes the resin grade only. It does not change quantities, delivery dates or "
              "prices. PO GC-2444 remains a full-quantity order of 2 400 trays; there is no balance and "
              "nothing else to release."),
        ("p", "Trays under this permit to be marked 'DP-07' on the carton label."),
        ("sp",),
        ("p", "Callum Reid, Site Manager (engineering) — Fiona MacAulay, Buyer"),
    ], title="Deviation permit DP-GC-07", author="Glen Corran Trout Ltd")),
])

# c17 - Teams: go-ahead scoped to the 4 test brackets only
_t = """Microsoft Teams - chat export
Chat: Hardangerlaks / Vestnes Plast - brakett HL-4500-315
Participants: Ingrid Solheim (Hardangerlaks AS), Øyvind Myklebust (Vestnes Plast & Stål AS), Lars Tangen (Vestnes Plast & Stål AS)
--------------------------------------------------------------------------------

[07.05.2024 08:58] Øyvind Myklebust
God morgen Ingrid. Fikk PO 4510233 i går. Skal vi sette i gang? Lars har stål på lager for prøvene.

[07.05.2024 09:04] Ingrid Solheim
God morgen! Ja - go ahead with the 4 test brackets only.

[07.05.2024 09:05] Ingrid Solheim
Og for ordens skyld / to be clear: the 1 200 in tilbud VPS-24-118 are not released. Kjetil Brekke gives the written production release after Sigrun has signed off the samples at Storholmen. No steel for the series yet.

[07.05.2024 09:07] Lars Tangen
Skjønner. 4 stk, fixture på plass, galv. fredag. Nothing for 1 200 before we have papir fra Kjetil 👍

[07.05.2024 09:08] Ingrid Solheim
Supert, takk 🙂
"""
case("c17_teams_scoped_goahead", [], "'go ahead with the 4 test brackets only'; 1 200 not released; event and Kjetil Brekke named", [
    ("Teams_chat_HL-4500-315.txt", _t),
])

# c18 - PO full of identifiers that look like quantities (full-quantity order)
case("c18_po_identifiers", [], "full-quantity PO for 2 000 paddles; item code 1500-750-42, DRG Rev 12, 720 h, 1 000 h, ISO numbers are identifiers", [
    ("TPA-PO-24-0450.pdf", pdf([
        ("h1", "TAN PHU AQUA GROUP JSC"),
        ("p", "Km 12, QL63, Tan Thanh, Ca Mau, Viet Nam · MST 2000 456 789"),
        ("h", "PURCHASE ORDER / ĐƠN ĐẶT HÀNG  TPA-PO-24-0450"),
        ("table", [
            ["Supplier", "Coimbatore Aquatech Castings Pvt. Ltd., SIDCO Industrial Estate, Kurichi, Coimbatore 641021"],
            ["Date", "24/06/2024"],
            ["Quote ref.", "CAC/Q/24/0512 rev 2"],
            ["Delivery", "CIF Cat Lai, HCMC - 2 lots"],
        ]),
        ("sp",),
        ("table", [
            ["No", "Item code", "Description", "Qty", "Unit", "USD/unit", "Amount USD"],
            ["1", "1500-750-42", "Aerator paddle APW-0750, PP+GF30, 8 blades, bore Ø42, DRG 0750-12 Rev 12", "2 000", "pcs", "7,15", "14 300,00"],
        ]),
        ("sp",),
        ("p", "Quantity: two thousand (2 000) pcs = full and final quantity. No samples and no balance under "
              "this PO. Proceed with the full 2 000 pcs, 2 lots of 1 000 pcs (ETD 15/08 and 15/09)."),
        ("p", "Requirements: supplier certified ISO 9001:2015; UV test ISO 4892-2, 1 000 h; salt spray "
              "ISO 9227 NSS 720 h on hub insert; packing 48 pcs/carton, 21 cartons per lot (last carton 40 pcs)."),
        ("p", "Payment: 100% T/T 30 days after B/L date."),
        ("sp",),
        ("p", "Purchasing Manager: Nguyen Thi Thu Ha — Ca Mau, 24/06/2024"),
    ], title="TPA-PO-24-0450", author="Tan Phu Aqua Group JSC")),
])

# c19 - WhatsApp: buyer cancels a quoted risky PO-note line and restates the scope
_t = """[14/05/2024, 14:20:11] Sunny Zhao Haiyun: Good afternoon Ms Ha. Small question about PO TPA-PO-24-0412
[14/05/2024, 14:21:40] Sunny Zhao Haiyun: In PO rev 0 the note line 3 is write "production to follow after samples OK". So after sample OK we can start the 1 500?
[14/05/2024, 14:35:02] Nguyen Thi Thu Ha: Chào Sunny. No. That line was a mistake of our ERP template, rev 1 was sent this morning
[14/05/2024, 14:36:27] Nguyen Thi Thu Ha: Rev 0 note line 3 ("production to follow after samples OK") is CANCELLED, please do not use it
[14/05/2024, 14:38:50] Nguyen Thi Thu Ha: Correct scope rev 1: 8 sample impellers FPI-250-6 only. The 1 500 pcs stay on hold until pond trial report is signed off and Mr Le Minh Tuan send written production release. Material only for the 8 pcs
[14/05/2024, 14:40:13] Sunny Zhao Haiyun: Clear, thank you Ms Ha. We follow rev 1, only 8 pcs 🙏
[14/05/2024, 14:40:30] Nguyen Thi Thu Ha: 👍 cảm ơn
"""
case("c19_whatsapp_correction", [], "buyer cancels a quoted rev-0 PO-note line ('production to follow after samples OK') and restates the complete scope", [
    ("WhatsApp Chat - Haiyun Sunny.txt", _t),
])

# c20 - supplier portal order view restating the buyer's scope
_b = """<h1>Vestnes Plast &amp; Stål - Kundeportal</h1>
<p>Kunde / customer: <b>Hardangerlaks AS</b> &middot; kundenr. 10233</p>
<h2>Ordre 24-0611 (deres PO 4510233)</h2>
<table>
<tr><th>Varenr.</th><th>Beskrivelse</th><th>Frigitt / released</th><th>Produsert</th><th>Levert</th></tr>
<tr><td>HL-4500-315</td><td>Collar bracket Ø315, S355J2 HDG</td><td>4 (prøver / samples)</td><td>4</td><td>4 (21.05.2024)</td></tr>
</table>
<h3>Scope per PO</h3>
<ul>
<li>Released: 4 test brackets.</li>
<li>Production quantity 1 200: <b>not released - on hold</b> until Hardangerlaks' sample sign-off and a written production release signed by Kjetil Brekke.</li>
<li>Material authority: sample-only. No steel bought for the 1 200.</li>
</ul>
<p class="note">Status: waiting for sample sign-off (sea trial Storholmen, 6 weeks). Nothing planned for production.</p>
<p><small>Sist oppdatert 03.06.2024 07:12 av L. Tangen</small></p>
"""
case("c20_supplier_portal_scope", [], "supplier portal restates 4 released, 1 200 on hold until sign-off + Kjetil Brekke's written release, sample-only material", [
    ("ordre_24-0611.html", html_page("Ordre 24-0611 - Vestnes Plast Kundeportal", _b, lang="no")),
])

# c21 - WeChat: supplier asks whether the plan is firm; buyer says forecast only
_t = """WeChat chat history: Kevin Liu 刘凯 (Qingdao Haiyun) & Nguyen Thi Thu Ha
Exported 2024-07-02

Kevin Liu 刘凯 2024-07-01 16:02:17
Ms Ha good afternoon. Your 2025 plan show 3 000 impellers FPI-250-6, is this firm order or forecast? We need know for the casting booking of next year

Kevin Liu 刘凯 2024-07-01 16:02:40
[File] TPA_plan_2025_impeller.xlsx

Nguyen Thi Thu Ha 2024-07-01 16:30:05
Dear Kevin, forecast only. Not an order and not a commitment. Please do not book casting or buy material for it

Nguyen Thi Thu Ha 2024-07-01 16:31:12
Firm quantities come only by PO + written release from Mr Le Minh Tuan

Kevin Liu 刘凯 2024-07-01 16:33:48
Understood, we keep it as forecast in our system 🙏 thank you
"""
case("c21_wechat_forecast_question", [], "supplier asks if 3 000 is firm; buyer: forecast only, no booking, firm only by PO + written release", [
    ("WeChat_Kevin_Liu_2024-07.txt", _t),
])

# c22 - folder: ERP PO (complete scope) + supplier acknowledgement mail
_po = """GLEN CORRAN TROUT LTD                           Sage 200 - Purchase Order
Loch Awe, Dalmally, Argyll PA33 1AQ             Printed 03/06/2024 10:20  Page 1 of 1
==============================================================================
Order No:   GC-2422                      Order Date:   03/06/2024
Supplier:   COIMB01  Coimbatore Aquatech Castings Pvt. Ltd.
            SIDCO Industrial Estate, Kurichi, Coimbatore 641021, India
Your Ref:   CAC/Q/24/0457 rev 1          Buyer:        F. MacAulay
Deliver to: Glen Corran Trout Ltd, Loch Awe hatchery, PA33 1AQ
==============================================================================
Ln  Stock Code    Description                          Qty    Unit   Price GBP
01  FPI-250-6     Fish pump impeller 6-vane Ø250,        6    EA       148.00
                  duplex 2205, DRG 2205-40 Rev 3
                  SAMPLE LOT - pump trial Loch Awe
==============================================================================
                                          Order total GBP          888.00
------------------------------------------------------------------------------
SCOPE NOTE
 1. This order covers six (6) sample impellers only.
 2. The production quantity of 600 impellers in your quote is NOT released.
    It is on hold.
 3. Make and ship the 6 samples now. Balancing report ISO 1940 G6.3 and
    3.1 certificate EN 10204 with the samples.
 4. The 600 will be released only by a written production release from
    Alasdair Munro (Managing Director), after Callum Reid has signed off
    the 4-week pump trial.
 5. Material authority: sample only - castings for the 6 samples.
 6. A 50% advance on the samples is payable with this order. The advance
    does not release production.
------------------------------------------------------------------------------
Terms: 30 days end of month. Carriage paid to site.
"""
_ack = """Dear Fiona Madam,

Greetings from Coimbatore Aquatech Castings!

We thank you for your esteemed PO GC-2422 dated 03/06/2024 and hereby acknowledge the
scope as per your scope note:

  1. Six (6) nos. sample impellers FPI-250-6 only, dispatch by 28/06/2024.
  2. Production quantity 600 nos. is not released and kept on hold by us.
  3. The 600 nos. will be taken up only after written production release from
     Mr. Alasdair Munro, after Mr. Callum Reid's sign-off of the pump trial.
  4. Material procured only for 6 nos. samples.
  5. Noted that the 50% advance on samples does not release production.

Kindly do the needful to send the advance at your earliest convenience.

Thanking you and assuring our best services always,

Rajesh Subramanian
Marketing Manager
Coimbatore Aquatech Castings Pvt. Ltd.
SIDCO Industrial Estate, Kurichi, Coimbatore - 641 021, Tamil Nadu, India
Mob: +91 98430 55512

DISCLAIMER: The information contained in this e-mail message and/or attachments to it may
contain confidential or privileged information. If you are not the intended recipient, any
dissemination, use, review, distribution, printing or copying of the information contained
in this e-mail message and/or attachments to it are strictly prohibited.
"""
case("c22_po_and_ack", [], "folder: ERP PO with complete scope note (6 samples, 600 on hold, event, Alasdair Munro, sample-only material, advance not a release) + supplier acknowledgement", [
    ("PO_GC-2422.txt", _po),
    ("Acknowledgement_GC-2422.eml", eml_bytes(mail(
        f"Rajesh Subramanian <rajesh.s@{CA}>", f"Fiona MacAulay <fiona.macaulay@{GC}>",
        "Order Acknowledgement - Your PO GC-2422 - Sample Impellers FPI-250-6",
        "Tue, 04 Jun 2024 11:15:00 +0530", _ack))),
])

# c23 - plain mail saved as text: staged release with explicit staged material authority
_t = """From:    Alasdair Munro <alasdair.munro@glencorrantrout.co.uk>
Sent:    Thursday, 25 July 2024 16:02
To:      Rajesh Subramanian <rajesh.s@cbeaquatech.in>
Cc:      Fiona MacAulay <fiona.macaulay@glencorrantrout.co.uk>; Callum Reid <callum.reid@glencorrantrout.co.uk>
Subject: Production release 1 - PO GC-2426 - impellers FPI-250-6

Rajesh,

Callum signed off the pump trial on Monday, so here is the first release under PO GC-2426
(rev 1, which covers the full 600):

  Release 1:        150 impellers FPI-250-6 released for production now.
  Balance:          the other 450 are NOT released. They stay on hold until the
                    150 have passed lot acceptance here at Loch Awe and I send
                    you release 2 in writing. I am the release authority for
                    this order.
  Material:         you may buy and hold castings for up to 300 impellers, at
                    our liability. Nothing beyond 300, and no machining beyond
                    the 150 released.

Delivery of the 150 by end of September would suit us fine.

Regards,
Alasdair

--
Alasdair Munro
Managing Director
Glen Corran Trout Ltd, Loch Awe, Dalmally, Argyll PA33 1AQ
+44 1866 555 001
"""
case("c23_mail_staged_release", [], "release 1 of 150 by Alasdair Munro; 450 on hold until lot acceptance + release 2; explicit staged material authority 300", [
    ("Production release 1 - PO GC-2426.txt", _t),
])

# c24 - RFQ as a plain mail saved as text
_t = """De:      Macarena Oyarzún <m.oyarzun@coopmitchiloe.cl>
Enviado: martes, 9 de abril de 2024 11:47
Para:    sunny.zhao@haiyun-marine.cn
Asunto:  Solicitud de cotización / RFQ - grilletes lira WLL 17 t

Estimada Sunny, buenos días

We are preparing the renewal of the longline moorings (líneas de cultivo) in Quemchi
and Dalcahue for 2025 and we need your best price for:

  Grillete lira / bow shackle WLL 17 t, pin M36, grado 6, galvanizado en caliente,
  según EN 13889, certificado 3.1 (EN 10204), marcado CE.

  Cantidades a cotizar / quantities to quote:
     a)     10 pcs  (muestras para ensayo de carga / test samples)
     b)  1.000 pcs
     c)  3.000 pcs

Favor indicar plazo de entrega, precio FOB Qingdao y CIF San Antonio para cada cantidad.

Esto es solo una solicitud de cotización, no es una orden de compra. Please do not buy
material or start anything. If we go forward it will be with a formal OC.

Saludos cordiales,
Macarena Oyarzún
Jefa de Compras | Cooperativa Mitilicultores Chiloé Sur Ltda.
Castro, Chiloé | +56 65 2 555 410
"""
case("c24_rfq_text", [], "RFQ for 10 / 1.000 / 3.000 shackles, explicitly not an order", [
    ("RFQ grilletes WLL 17t.txt", _t),
])

# c25 - release letter releasing the full production quantity after sign-off; nothing left on hold
case("c25_full_release_letter", [], "written release of the full 1 200 by Kjetil Brekke after sign-off, PO revised to cover it; no balance remains", [
    ("Produksjonsfrigivelse_PR-2024-014.pdf", pdf([
        ("h1", "Hardangerlaks AS"),
        ("p", "Skålafjordvegen 2, 5470 Rosendal · org.nr 987 654 321"),
        ("h", "PRODUKSJONSFRIGIVELSE / PRODUCTION RELEASE PR-2024-014"),
        ("table", [
            ["Til / to", "Vestnes Plast & Stål AS, att. Øyvind Myklebust / Lars Tangen"],
            ["Part", "HL-4500-315 collar bracket Ø315, S355J2 HDG"],
            ["PO", "4510233 rev 2 (revised 01.07.2024 to cover 1 200 production brackets)"],
            ["Sample sign-off", "SR-2024-031 + sea trial report ST-2024-07, disposition: approved, signed Sigrun Aas 28.06.2024"],
            ["Dato", "02.07.2024"],
        ]),
        ("sp",),
        ("table", [
            ["", "pcs"],
            ["Production quantity quoted (VPS-24-118)", "1 200"],
            ["Released by this letter", "1 200"],
            ["Remaining on hold", "0"],
            ["Material authority", "up to 1 200"],
        ]),
        ("sp",),
        ("p", "Hardangerlaks AS hereby releases the full production quantity of 1 200 (one thousand two "
              "hundred) collar brackets HL-4500-315 for production, delivery weeks 34-38 to Storholmen "
              "as per PO 4510233 rev 2. With this release nothing of the quoted production quantity "
              "remains on hold."),
        ("sp",),
        ("p", "Kjetil Brekke, driftsdirektør (release authority) — Rosendal, 02.07.2024"),
    ], title="PR-2024-014", author="Hardangerlaks AS")),
])


# =================================================================== POSITIVE

# p01 - ERP sample PO with the series quantity in the line text; nothing on hold, no event, no person
_t = """HARDANGERLAKS AS                                  INNKJØPSORDRE / PURCHASE ORDER
Skålafjordvegen 2, 5470 Rosendal                  PO nr.:      4510233
Org.nr 987 654 321 MVA                            Dato:        06.05.2024
                                                  Side:        1 av 1
Leverandør / supplier:                            Vår ref.:    Ingrid Solheim, innkjøp
  VESTNES PLAST & STÅL AS (20417)                 Deres ref.:  tilbud VPS-24-118
  Industrivegen 14, 6390 Vestnes                  Levering:    Lokalitet Storholmen,
                                                               Kvinnherad
--------------------------------------------------------------------------------------
Pos  Varenr.        Beskrivelse                          Antall Enh.  Pris NOK    Beløp NOK
10   HL-4500-315    Rekkverksbrakett / collar bracket         4  STK  1 260,00     5 040,00
                    Ø315 PE100, S355J2 HDG EN ISO 1461
     Linjetekst:    Prøveserie / sample lot for fit test at Storholmen.
                    Ref. tilbud VPS-24-118: serie 1.200 stk à NOK 412,00,
                    levering uke 34-38.
20   VERKT-01       Bøyejigg + sveisefikstur (tooling)        1  STK 18 500,00    18 500,00
--------------------------------------------------------------------------------------
                                                      Sum eks. MVA NOK    23 540,00
                                                      MVA 25 %             5 885,00
                                                      Totalt NOK          29 425,00
--------------------------------------------------------------------------------------
Betaling: 30 dager netto. Leveringsbetingelser: DAP Storholmen (Incoterms 2020).
Faktura merkes med PO-nr. 4510233. Ordrebekreftelse til innkjop@hardangerlaks.no.
Generelle innkjøpsbetingelser Hardangerlaks AS rev. 2021 gjelder.
"""
case("p01_erp_po_series_in_linetext", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 4 shows 'serie 1.200 stk ... levering uke 34-38' unmarked; no hold, no unlock event, no release person", [
    ("PO_4510233.txt", _t),
])

# p02 - cover mail + PO PDF + supplier quote PDF as attachments; quote tier unmarked, no hold/event; release authority named
_po = pdf([
    ("h1", "Glen Corran Trout Ltd"),
    ("p", "Loch Awe, Dalmally, Argyll PA33 1AQ · purchasing@glencorrantrout.co.uk"),
    ("h", "PURCHASE ORDER GC-2431"),
    ("table", [
        ["Supplier", "Polmar Aqua Sp. z o.o., ul. Hutnicza 31, 81-061 Gdynia, Poland"],
        ["Date", "29 April 2024"],
        ["Quote", "QP-24-090"],
        ["Deliver to", "Loch Awe hatchery"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit price GBP", "Total GBP"],
        ["1", "HT-1200 Rev 12", "Hatchery incubation tray, PP copolymer, 600 x 400 mm - samples", "6", "14.50", "87.00"],
        ["2", "FRT", "Carriage to Loch Awe", "1", "65.00", "65.00"],
        ["", "", "", "", "Total", "152.00"],
    ]),
    ("sp",),
    ("p", "Sample trays for trial in the incubation racks. Deliver with material declaration "
          "(EU 10/2011 food contact)."),
    ("p", "Fiona MacAulay, Buyer"),
], title="PO GC-2431", author="Glen Corran Trout Ltd")
_qt = pdf([
    ("h1", "POLMAR AQUA Sp. z o.o."),
    ("p", "ul. Hutnicza 31, 81-061 Gdynia · NIP 586-123-45-67"),
    ("h", "OFERTA / QUOTATION QP-24-090"),
    ("p", "For: Glen Corran Trout Ltd, Ms Fiona MacAulay · Date: 18.04.2024 · Valid 90 days"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price GBP", "Lead time"],
        ["HT-1200 Rev 12", "Hatchery tray, PP copo, RAL 7035", "6", "14.50", "2 weeks"],
        ["HT-1200 Rev 12", "Hatchery tray, PP copo, RAL 7035", "2 400", "6.10", "6 weeks"],
        ["-", "Mould modification (drain slots)", "1", "1,850.00", "-"],
    ]),
    ("sp",),
    ("p", "Prices FCA Gdynia. Packing 40 pcs per carton. Payment 30 days."),
    ("p", "Katarzyna Wiśniewska, Key Account Manager"),
], title="QP-24-090", author="Polmar Aqua")
_t = """Hi Katarzyna,

PO GC-2431 attached for the six (6) sample trays HT-1200 Rev 12 for the hatchery at Loch
Awe, with your quote QP-24-090 that goes with it. Please make the 6 as per the PO -
Callum wants to try them in the incubation racks before the eyed-egg intake in June.

Just so you know who's who on our side now: Alasdair Munro (MD) is the release
authority for this account.

Cheers,
Fiona
""" + sig("Fiona MacAulay", "Buyer", "Glen Corran Trout Ltd, Loch Awe, Argyll", "+44 1866 555 014")
case("p02_mail_po_quote_attached", ["RG001", "RG003", "RG004"],
     "sample PO for 6 trays sent with the quote showing 2 400 unmarked; no hold, no unlock event; Alasdair Munro named as release authority", [
    ("PO_GC-2431_sample_trays.eml", eml_bytes(mail(
        f"Fiona MacAulay <fiona.macaulay@{GC}>", f"Katarzyna Wiśniewska <k.wisniewska@{PM}>",
        "PO GC-2431 - sample trays HT-1200", "Mon, 29 Apr 2024 15:10:00 +0100", _t,
        cc=f"Callum Reid <callum.reid@{GC}>",
        attachments=[("PO_GC-2431.pdf", _po, PDF_MT), ("QP-24-090.pdf", _qt, PDF_MT)]))),
])

# p03 - folder: cover mail + PO PDF + quote PDF (Chile -> Turkey, shackles)
_t = """Estimado Murat, buenas tardes

Adjunto OC 2024-0418 por diez (10) grilletes de prueba MS-35-42 para el ensayo de carga
de prueba (proof load) en nuestro taller de Castro. Also I attach your cotización
EGE-Q-2404-41 for the file.

Please confirm fecha de despacho. We need them here before the end of July because the
ensayo is with the Armada inspector.

Muchas gracias y saludos,
Macarena Oyarzún
Jefa de Compras
Cooperativa Mitilicultores Chiloé Sur Ltda.
Castro, Chiloé | +56 65 2 555 410

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y para uso exclusivo
del destinatario. Si usted lo recibió por error, favor eliminarlo y avisar al remitente.
"""
_po = pdf([
    ("h1", "Cooperativa Mitilicultores Chiloé Sur Ltda."),
    ("p", "RUT 76.543.210-K · Ruta 5 Sur km 1.182, Castro, Chile"),
    ("h", "ORDEN DE COMPRA N° 2024-0418"),
    ("table", [
        ["Proveedor", "Ege Denizcilik Ekipmanları A.Ş., Atatürk OSB 10003 Sk. No:7, Çiğli / İzmir, Türkiye"],
        ["Fecha", "03.06.2024"],
        ["Cotización", "EGE-Q-2404-41"],
        ["Incoterm", "CIF San Antonio"],
    ]),
    ("sp",),
    ("table", [
        ["Pos", "Código", "Descripción", "Cant.", "P. unit EUR", "Total EUR"],
        ["10", "MS-35-42", "Grillete lira / bow shackle WLL 35 t, pin M42, EN 13889, HDG - prueba", "10", "52,00", "520,00"],
        ["20", "FLETE", "Courier", "1", "180,00", "180,00"],
        ["", "", "", "", "Total", "700,00"],
    ]),
    ("sp",),
    ("p", "Grilletes para ensayo de carga de prueba 70 t (2 x WLL). Certificado 3.1 EN 10204."),
    ("p", "Macarena Oyarzún, Jefa de Compras"),
], title="OC 2024-0418", author="Coopmit Chiloe Sur")
_qt = pdf([
    ("h1", "EGE DENİZCİLİK EKİPMANLARI A.Ş."),
    ("p", "Atatürk OSB 10003 Sk. No:7, Çiğli / İzmir · export@egedenizcilik.com.tr"),
    ("h", "QUOTATION / TEKLİF EGE-Q-2404-41"),
    ("p", "Customer: Cooperativa Mitilicultores Chiloé Sur · Date: 22.04.2024"),
    ("table", [
        ["No", "Item", "Qty", "Unit EUR", "Delivery"],
        ["1", "Bow shackle WLL 35 t, M42 pin, HDG, EN 13889 - test pieces", "10", "52,00", "3 weeks"],
        ["2", "Bow shackle WLL 35 t, M42 pin, HDG, EN 13889", "3.000", "38,40", "10 weeks"],
    ]),
    ("sp",),
    ("p", "Payment: 30% advance, balance against B/L copy. Validity 60 days."),
    ("p", "Murat Yılmaz, Export Sales Manager"),
], title="EGE-Q-2404-41", author="Ege Denizcilik")
case("p03_folder_cover_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "folder: cover mail + PO for 10 test shackles + quote with 3.000 unmarked; no hold, no event, no release person", [
    ("Correo_OC_2024-0418.eml", eml_bytes(mail(
        f"Macarena Oyarzún <m.oyarzun@{CM}>", f"Murat Yılmaz <murat.yilmaz@{EG}>",
        "OC 2024-0418 - grilletes de prueba MS-35-42", "Mon, 03 Jun 2024 16:55:00 -0400", _t))),
    ("OC_2024-0418.pdf", _po),
    ("Cotizacion_EGE-Q-2404-41.pdf", _qt),
])

# p04 - buyer portal PO view with an 'annual volume' column next to the sample quantity
_b = """<h1>TAN PHU AQUA GROUP - Supplier Portal / Cổng nhà cung cấp</h1>
<p>Supplier: Qingdao Haiyun Marine Equipment Co., Ltd. (V-0087) &middot; Language: EN | VI</p>
<h2>Purchase Order TPA-PO-24-0412</h2>
<table>
<tr><th>PO date</th><td>13/05/2024</td></tr>
<tr><th>Buyer</th><td>Nguyen Thi Thu Ha, Purchasing Manager</td></tr>
<tr><th>Quote</th><td>QH-2404-77</td></tr>
<tr><th>Production release authority</th><td>Le Minh Tuan, Deputy General Director</td></tr>
<tr><th>Deliver to</th><td>Farm 3 Nam Can, Ca Mau</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Order qty</th><th>Annual volume</th><th>Unit price USD</th><th>Delivery</th></tr>
<tr><td>1</td><td>FPI-250-6</td><td>Fish pump impeller 6-vane Ø250, duplex 2205, DRG 2205-40 Rev 3</td><td>8</td><td>1 500</td><td>46,80</td><td>15/06/2024</td></tr>
</table>
<p>Notes: samples for pond trial at Farm 3 Nam Can. Balancing ISO 1940 G6.3, 3.1 certificate EN 10204.</p>
<p><button>Acknowledge PO</button> <button>Upload documents</button></p>
"""
case("p04_portal_annual_volume", ["RG001", "RG003", "RG004"],
     "sample PO for 8 shows 'Annual volume 1 500' in the same line, unmarked; no hold, no event; Le Minh Tuan named as release authority", [
    ("TPA-PO-24-0412_portal.html", html_page("PO TPA-PO-24-0412 - Tan Phu Aqua Supplier Portal", _b)),
])

# p05 - DOCX sample order letter with a series column
case("p05_docx_sample_letter_series", ["RG001", "RG003", "RG004", "RG005"],
     "sample order letter for 3 impellers with a 'series qty 900' column, unmarked; no hold, no event, no release person", [
    ("Sample_order_4510261.docx", docx_bytes([
        ("p", "Hardangerlaks AS · Skålafjordvegen 2 · 5470 Rosendal · Norway"),
        ("p", "Coimbatore Aquatech Castings Pvt. Ltd., att. Mr Rajesh Subramanian, SIDCO Industrial Estate, Kurichi, Coimbatore 641021, India"),
        ("p", "Rosendal, 27.05.2024"),
        ("h", "Sample order - fish pump impeller FPI-250-6 - PO 4510261"),
        ("p", "Dear Mr Subramanian,"),
        ("p", "Thank you for quote CAC/Q/24/0457 and the good visit in April. We hereby order three (3) "
              "sample impellers for our fish pumps at the harvest station Ølve, as below:"),
        ("table", [
            ["Item", "Description", "Sample qty", "Series qty", "Price INR/pc"],
            ["FPI-250-6", "Impeller 6-vane Ø250, duplex 2205 (1.4462), DRG 2205-40 Rev 3", "3", "900", "12 850 / 9 420"],
        ]),
        ("sp",),
        ("p", "Please send with the samples: 3.1 certificate to EN 10204, balancing report ISO 1940 G6.3 and "
              "the dimensional report for bore Ø42 H7 and keyway 12 P9."),
        ("p", "Delivery by air to Bergen (BGO), DAP Ølve. Invoice in INR to Hardangerlaks AS, PO 4510261."),
        ("sp",),
        ("p", "Med vennlig hilsen / Kind regards"),
        ("p", "Ingrid Solheim, innkjøper, Hardangerlaks AS, +47 53 48 21 10"),
    ], author="Ingrid Solheim")),
])

# p06 - PDF PO with a text line giving the batch quantity and week; release contact named
case("p06_pdf_po_batch_textline", ["RG001", "RG003", "RG004"],
     "PO for 12 sample paddles carries a text line 'batch 1 170 pcs, week 38' unmarked; no hold, no event; Alasdair Munro named for production release", [
    ("PO_GC-2409.pdf", pdf([
        ("h1", "Glen Corran Trout Ltd"),
        ("p", "Loch Awe, Dalmally, Argyll PA33 1AQ, Scotland"),
        ("h", "PURCHASE ORDER GC-2409"),
        ("table", [
            ["Supplier", "Polmar Aqua Sp. z o.o., Gdynia, Poland"],
            ["Date", "7 May 2024"],
            ["Quote", "QP-24-101"],
            ["Buyer", "Fiona MacAulay"],
            ["Contact for production release", "Alasdair Munro, Managing Director"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit price EUR", "Total EUR"],
            ["10", "APW-0750", "Aerator paddle, HDPE + UV, for 0.75 kW paddlewheel - samples", "12", "31,00", "372,00"],
            ["20", "(text)", "Batch price APW-0750: 1 170 pcs at EUR 22,40, delivery week 38", "", "", ""],
            ["", "", "", "", "Total", "372,00"],
        ]),
        ("sp",),
        ("p", "Samples for the paddlewheel trial on ponds 3 and 4 at Loch Awe. Colour RAL 5015."),
        ("p", "Payment 30 days. Delivery DAP Loch Awe."),
    ], title="PO GC-2409", author="Glen Corran Trout Ltd")),
])

# p07 - WhatsApp group: complete scope earlier, later an unscoped "approved, go ahead"
_t = """[13/05/2024, 08:02:10] Nguyen Thi Thu Ha: Good morning Sunny, PO TPA-PO-24-0412 sent by email. It is for 8 sample impellers only
[13/05/2024, 08:03:55] Nguyen Thi Thu Ha: Production 1 500 pcs not released. Hold until pond trial report signed off and written release from Mr Le Minh Tuan. Material only for 8 pcs please
[13/05/2024, 08:20:31] Sunny Zhao Haiyun: Well received Ms Ha, 8 pcs only 🙏
[27/05/2024, 15:44:02] Sunny Zhao Haiyun: <attached: 00000042-PHOTO-2024-05-27-15-43-40.jpg>
[27/05/2024, 15:44:40] Sunny Zhao Haiyun: Mr Khoa, this is drawing DRG 2205-40 rev C with the new hub bore Ø42 H7 and keyway 12 P9 as you ask. Please check, we can go?
[27/05/2024, 16:10:17] Tran Van Khoa: ok approved, go ahead 👍
[27/05/2024, 16:11:02] Sunny Zhao Haiyun: Thank you sir! 🙏🙏
"""
case("p07_whatsapp_approved_goahead", ["RG002"],
     "after a complete scope (8 samples, 1 500 on hold, event, Le Minh Tuan) the buyer engineer answers 'ok approved, go ahead' with no quantity or sample scope", [
    ("WhatsApp Chat - TPA Haiyun impeller.txt", _t),
])

# p08 - mail thread, two-level quote: buyer scope at level 2, unscoped "green light" on top
_fi = """Katarzyna / Marek,

PO GC-2409 attached. It covers a dozen (12) sample paddles APW-0750 only. The production
quantity of 1 170 in your quote is not released; it stays on hold until Callum signs off
the pond trial and Alasdair Munro sends you a written production release. Material for
the 12 only, please.

Cheers,
Fiona
"""
_ma = """Dear Mr Callum,

we have a small problem with the UV masterbatch for colour RAL 5015, the supplier in
Germany have 6 weeks delay. We can offer RAL 6005 (moss green) instead, same UV class,
same price. Please confirm we can go with this.

Best regards
Marek Zieliński
Production Manager, Polmar Aqua Sp. z o.o.

On 07.05.2024 16:20, Fiona MacAulay wrote:
""" + q(_fi)
_t = """Marek,

Grand - the green's fine by us, the fish won't mind. You've got the green light.

Callum

--
Callum Reid
Site Manager, Glen Corran Trout Ltd
Loch Awe, Argyll | +44 1866 555 022

On 14 May 2024, at 10:03, Marek Zieliński <m.zielinski@polmar-aqua.pl> wrote:
""" + q(_ma)
case("p08_thread_green_light", ["RG002"],
     "two-level thread: quoted buyer scope is complete; the site manager's 'You've got the green light' names no sample scope or quantity", [
    ("RE_RE_GC-2409_colour.eml", eml_bytes(mail(
        f"Callum Reid <callum.reid@{GC}>", f"Marek Zieliński <m.zielinski@{PM}>",
        "RE: RE: PO GC-2409 paddles - colour RAL 5015", "Tue, 14 May 2024 11:26:00 +0100", _t,
        cc=f"Fiona MacAulay <fiona.macaulay@{GC}>", in_reply_to="<h196-pm0514@polmar-aqua.pl>"))),
])

# p09 - Teams: "released" for the PO and for the drawing, plus "good to run"
_t = """Microsoft Teams - chat export
Chat: Hardangerlaks / Vestnes Plast - kragerør Ø500
Participants: Ingrid Solheim (Hardangerlaks AS), Øyvind Myklebust (Vestnes Plast & Stål AS)
--------------------------------------------------------------------------------

[21.05.2024 09:12] Ingrid Solheim
Hei Øyvind. PO 4510240 er sendt: 2 (two) test sections of collar pipe Ø500 SDR17 PE100, 12 m each, with the new stanchion sleeves.

[21.05.2024 09:14] Ingrid Solheim
The 96 sections in tilbud VPS-24-131 are not released. Kjetil Brekke releases them in writing after Sigrun has signed off the test at Storholmen.

[21.05.2024 09:30] Øyvind Myklebust
Takk. Mottatt. We wait for drawing rev D before we weld the sleeves.

[23.05.2024 13:41] Øyvind Myklebust
Hei igjen - do we have everything now? PO and drawing rev D?

[23.05.2024 13:52] Ingrid Solheim
Yes. PO 4510240 is released in Visma since this morning, and Sigrun released drawing rev D yesterday. So you're good to run 👍

[23.05.2024 13:53] Øyvind Myklebust
Flott, takk!
"""
case("p09_teams_released_good_to_run", ["RG002", "RG009"],
     "'released' used for the PO (Visma), the drawing and the production release; 'good to run' without quantity or sample scope", [
    ("Teams_chat_krageror_500.txt", _t),
])

# p10 - DOCX minutes: no sample quantity anywhere; "approved, go ahead" on a galvaniser change
case("p10_minutes_goahead_noqty", ["RG002", "RG010"],
     "minutes: PO covers 'the test shackles' (no number) with hold, event and Patricio Barría; galvaniser change 'approved, go ahead' unscoped", [
    ("Acta_reunion_Ege_22-05-2024.docx", docx_bytes([
        ("h1", "Acta de reunión / Minutes of meeting"),
        ("table", [
            ["Fecha", "22.05.2024, oficina Castro"],
            ["Asistentes", "Coopmit: Macarena Oyarzún (Compras), Rodrigo Cárcamo (Operaciones). Ege Denizcilik: Murat Yılmaz (Export Sales), Elif Demir (Quality) - por Teams"],
            ["Tema", "Grilletes lira MS-35-42 WLL 35 t (EN 13889) para fondeo de líneas de cultivo"],
        ]),
        ("h", "1. Orden de compra"),
        ("p", "OC 2024-0418 covers the test shackles for the proof-load test (ensayo de carga 70 t) only."),
        ("h", "2. Producción"),
        ("p", "The production quantity is not released. It stays on hold until the proof-load test report is "
              "signed by Patricio Barría, Gerente General, who will then send the production release in writing."),
        ("h", "3. Galvanizado"),
        ("p", "Elif explained that Ege wants to move hot-dip galvanising to a new subcontractor in Manisa "
              "(ISO 1461, bath 450 °C, same 85 µm minimum). Rodrigo: OK, approved, go ahead."),
        ("h", "4. Varios"),
        ("p", "Marking per EN 13889 clause 7. Ege to send the 3.1 certificate template by 31.05."),
        ("h", "Acciones"),
        ("table", [
            ["#", "Acción", "Responsable", "Fecha"],
            ["1", "Send 3.1 certificate template", "Elif Demir", "31.05.2024"],
            ["2", "Book proof-load test bench in Castro", "Rodrigo Cárcamo", "15.07.2024"],
        ]),
        ("p", "Redactado por: Macarena Oyarzún"),
    ], author="Macarena Oyarzun")),
])

# p11 - supplier portal with buyer comments: approved used for drawing and price, then "Approved - proceed."
_b = """<h1>Coimbatore Aquatech Castings - Customer Collaboration Portal</h1>
<p>Customer: Hardangerlaks AS (Norway) &middot; Sales order CAC-SO-24-131 &middot; your PO 4510266</p>
<h2>Order scope (from customer PO)</h2>
<table>
<tr><th>Item</th><th>Qty released</th><th>Scope</th></tr>
<tr><td>FPI-250-6 impeller, duplex 2205, DRG 2205-40</td><td>3</td><td>sample impellers only</td></tr>
</table>
<p class="note">PO note: series quantity 900 not released - on hold until sample sign-off by Sigrun Aas and a written production release by Kjetil Brekke. Material for the 3 samples only.</p>
<h2>Comments</h2>
<table>
<tr><th>Date</th><th>By</th><th>Comment</th></tr>
<tr><td>03/06/2024 10:14</td><td>Rajesh Subramanian (CAC)</td><td>Pattern modified as per DRG 2205-40 Rev 3 (hub bore Ø42 H7). Due to nickel surcharge the PO price is revised +2% (INR 13 107/pc). Kindly confirm both at the earliest.</td></tr>
<tr><td>04/06/2024 08:41</td><td>Ingrid Solheim (Hardangerlaks)</td><td>Drawing Rev 3 approved by Sigrun. Price change approved by our finance. Approved - proceed.</td></tr>
<tr><td>04/06/2024 09:02</td><td>Rajesh Subramanian (CAC)</td><td>Thank you Madam, noted.</td></tr>
</table>
<p><small>Attachments: DRG_2205-40_Rev3.pdf &middot; price_revision_0604.pdf</small></p>
"""
case("p11_portal_approved_proceed", ["RG002", "RG009"],
     "buyer comment uses 'approved' for the drawing (technical) and the price (commercial), then 'Approved - proceed.' with no quantity", [
    ("CAC-SO-24-131.html", html_page("CAC-SO-24-131 - Customer Collaboration Portal", _b)),
])

# p12 - multipart mail: deposit paid -> "green light"; quoted earlier scope is complete
_mo = """Hola Katarzyna,

Adjunto OC 2024-0455 por treinta (30) bandejas de muestra HT-1200 Rev 12 para el
hatchery de Dalcahue. The production quantity of 4.000 trays in your offer is not
released - it stays on hold until our hatchery trial report is signed and Patricio
Barría (Gerente General) sends the written release. Material solo para las 30.

Saludos,
Macarena
"""
_t = """Hola Katarzyna!

Good news: hoy transferimos el anticipo del 30% for the 4.000 trays (EUR 7.620), comprobante
adjunto en el otro correo. So green light from us! 🙂

Por favor confirm the start date as soon as you can, la temporada de captación empieza en
noviembre.

Saludos cordiales,
Macarena Oyarzún
Jefa de Compras | Cooperativa Mitilicultores Chiloé Sur Ltda.
Castro, Chiloé | +56 65 2 555 410

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y para uso exclusivo
del destinatario. Si usted lo recibió por error, favor eliminarlo y avisar al remitente.

El 24-06-2024 a las 10:15, Macarena Oyarzún escribió:
""" + q(_mo)
_h = ("<p>Hola Katarzyna!</p><p>Good news: hoy transferimos el anticipo del 30% for the 4.000 trays "
      "(EUR 7.620), comprobante adjunto en el otro correo. <b>So green light from us!</b> 🙂</p>"
      "<p>Por favor confirm the start date as soon as you can, la temporada de captación empieza en noviembre.</p>"
      "<p>Saludos cordiales,<br>Macarena Oyarzún<br>Jefa de Compras | Cooperativa Mitilicultores Chiloé Sur Ltda.</p>"
      "<p style=\"font-size:9px\">AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y para "
      "uso exclusivo del destinatario.</p>"
      "<blockquote>Hola Katarzyna,<br><br>Adjunto OC 2024-0455 por treinta (30) bandejas de muestra HT-1200 Rev 12 "
      "para el hatchery de Dalcahue. The production quantity of 4.000 trays in your offer is not released - it "
      "stays on hold until our hatchery trial report is signed and Patricio Barría (Gerente General) sends the "
      "written release. Material solo para las 30.<br><br>Saludos,<br>Macarena</blockquote>")
case("p12_deposit_green_light", ["RG002", "RG012"],
     "buyer pays the 30% deposit for the 4.000 trays and writes 'So green light from us!' although the quoted scope holds the 4.000 until trial + written release", [
    ("RE_OC_2024-0455_anticipo.eml", eml_bytes(mail(
        f"Macarena Oyarzún <m.oyarzun@{CM}>", f"Katarzyna Wiśniewska <k.wisniewska@{PM}>",
        "RE: OC 2024-0455 bandejas HT-1200 - anticipo", "Tue, 02 Jul 2024 12:40:00 -0400", _t, html=_h,
        in_reply_to="<h196-oc0455@coopmitchiloe.cl>"))),
])

# p13 - sample PO mail with PDF PO; nothing about the balance, no event, nobody named
_po = pdf([
    ("h1", "HARDANGERLAKS AS"),
    ("p", "Skålafjordvegen 2, 5470 Rosendal · org.nr 987 654 321 MVA"),
    ("h", "INNKJØPSORDRE / PURCHASE ORDER 4510270"),
    ("table", [
        ["Leverandør", "Vestnes Plast & Stål AS (20417)"],
        ["Dato", "10.06.2024"],
        ["Deres ref.", "tilbud VPS-24-131"],
        ["Levering", "Lokalitet Storholmen, Kvinnherad - DAP"],
    ]),
    ("sp",),
    ("table", [
        ["Pos", "Varenr.", "Beskrivelse", "Antall", "Enh.", "Pris NOK", "Beløp NOK"],
        ["10", "KR-500-17", "Kragerør / collar pipe Ø500 SDR17 PE100, 12 m, sort, med nye rekkverkshylser - test", "2", "STK", "14 900,00", "29 800,00"],
    ]),
    ("sp",),
    ("p", "Test sections for the collar test at Storholmen. Sveiseprotokoll (EN 13067 certified welder) "
          "følger leveransen."),
    ("p", "Betaling 30 dager netto. Innkjøper: Ingrid Solheim."),
], title="PO 4510270", author="Hardangerlaks AS")
_t = """Hei Øyvind,

Vedlagt PO 4510270 for two (2) test sections Ø500 SDR17 PE100, 12 m, black, with the new
stanchion sleeves, as per tilbud VPS-24-131. These are for the collar test at Storholmen
in August.

Kan du bekrefte leveringsdato? Tor Eirik needs them on site before week 32.

Mvh / best regards
Ingrid Solheim
Innkjøper, Hardangerlaks AS
+47 53 48 21 10
"""
case("p13_sample_po_mail_bare", ["RG003", "RG004", "RG005"],
     "PO for 2 test sections against a quote; never says the rest is not released, no unlock event, no release person", [
    ("PO_4510270.eml", eml_bytes(mail(
        f"Ingrid Solheim <ingrid.solheim@{HL}>", f"Øyvind Myklebust <oyvind@{VP}>",
        "PO 4510270 - 2 test sections Ø500", "Mon, 10 Jun 2024 13:05:00 +0200", _t,
        cc=f"Tor Eirik Vik <tor.eirik.vik@{HL}>",
        attachments=[("PO_4510270.pdf", _po, PDF_MT)]))),
])

# p14 - EDI ORDERS: quantity 10 in QTY, "twelve" in free text; balance on hold until further notice
_t = """COOPMIT CHILOE SUR - EDI TRANSLATOR PRINTOUT            03.06.2024 18:02:11
Direction: OUTBOUND   Standard: UN/EDIFACT ORDERS D.96A   Partner: EGEDENIZ
------------------------------------------------------------------------------
UNB+UNOC:3+7809999000012:14+8690000123456:14+240603:1802+000418'
UNH+1+ORDERS:D:96A:UN'
BGM+220+2024-0418+9'
DTM+137:20240603:102'
DTM+2:20240722:102'
NAD+BY+7809999000012::9++COOPMIT CHILOE SUR LTDA+RUTA 5 SUR KM 1182+CASTRO++5700000+CL'
CTA+PD+:MACARENA OYARZUN'
NAD+SU+8690000123456::9++EGE DENIZCILIK EKIPMANLARI AS+ATATURK OSB 10003 SK 7+IZMIR++35620+TR'
CUX+2:EUR:9'
LIN+1++MS-35-42:SA'
IMD+F++:::BOW SHACKLE WLL 35T PIN M42 EN13889 HDG'
QTY+21:10:PCE'
PRI+AAA:52.00'
FTX+PUR+++SAMPLE QTY TWELVE (12) PCS FOR PROOF LOAD TEST 70T'
FTX+PUR+++BALANCE ON HOLD UNTIL FURTHER NOTICE'
FTX+PUR+++RELEASE AUTHORITY PATRICIO BARRIA GERENTE GENERAL'
UNS+S'
CNT+2:1'
UNT+19+1'
UNZ+1+000418'
------------------------------------------------------------------------------
Segments: 19   Status: SENT 03.06.2024 18:02   ACK (CONTRL): received 18:04
"""
case("p14_edi_orders_twelve_vs_10", ["RG004", "RG011"],
     "ORDERS states QTY 10 and 'SAMPLE QTY TWELVE (12)'; balance on hold 'until further notice' names no event; release person named", [
    ("ORDERS_2024-0418.txt", _t),
])

# p15 - PDF sample PO: hold and event stated, release by "Purchasing Department"
case("p15_pdf_po_dept_release", ["RG005"],
     "sample PO for 20 paddles: 2 000 on hold until signed pond-trial report; release 'by Purchasing Department', no named person", [
    ("TPA-PO-24-0431.pdf", pdf([
        ("h1", "TAN PHU AQUA GROUP JSC"),
        ("p", "Km 12, QL63, Tan Thanh, Ca Mau, Viet Nam"),
        ("h", "PURCHASE ORDER TPA-PO-24-0431"),
        ("table", [
            ["Supplier", "Coimbatore Aquatech Castings Pvt. Ltd., Coimbatore, India"],
            ["Date", "17/05/2024"],
            ["Quote", "CAC/Q/24/0470"],
            ["Delivery", "CIF Cat Lai - by 30/06/2024"],
        ]),
        ("sp",),
        ("table", [
            ["No", "Item", "Description", "Qty", "USD/unit", "Amount USD"],
            ["1", "APW-0750", "Aerator paddle PP+GF30, 8 blades, bore Ø42 - SAMPLE", "20", "11,50", "230,00"],
            ["2", "FRT", "Air freight", "1", "95,00", "95,00"],
            ["", "", "", "", "Total", "325,00"],
        ]),
        ("sp",),
        ("p", "This PO is for twenty (20) sample paddles only, for a 30-day trial in ponds B7 and B8."),
        ("p", "Production quantity 2 000 pcs is NOT released. It is on hold until the 30-day pond trial "
              "report is signed off. The production release will be issued in writing by Purchasing "
              "Department."),
        ("p", "Material: buy only for the 20 samples."),
        ("sp",),
        ("p", "Nguyen Thi Thu Ha - Purchasing Manager"),
    ], title="TPA-PO-24-0431", author="Tan Phu Aqua Group JSC")),
])

# p16 - DOCX sample order letter without the sample quantity
case("p16_docx_samples_as_quoted", ["RG010"],
     "letter orders 'the samples as quoted' without a number; hold, sign-off event and Alasdair Munro are stated", [
    ("Sample_order_Ege_shackles.docx", docx_bytes([
        ("p", "Glen Corran Trout Ltd · Loch Awe · Dalmally · Argyll PA33 1AQ"),
        ("p", "To: Ege Denizcilik Ekipmanları A.Ş., Mr Murat Yılmaz, Export Sales"),
        ("p", "Date: 11 June 2024 · Our ref: GC-2436"),
        ("h", "Sample shackles for the cage mooring refit"),
        ("p", "Dear Murat,"),
        ("p", "Further to your quotation Q-EGE-2024-77, please produce the samples as quoted of the bow "
              "shackle WLL 12 t, pin M36, grade 8, hot-dip galvanised to EN 13889, and send them to "
              "Kilchrenan pier with the 3.1 certificates."),
        ("p", "The production quantity is not released. Callum Reid will witness the proof-load test (2 x WLL) "
              "on the samples; once he has signed off the test report, the production release will be given "
              "in writing by Alasdair Munro, Managing Director. Until then please buy material for the "
              "samples only."),
        ("p", "Our PO GC-2436 for the samples follows from our Sage system."),
        ("sp",),
        ("p", "Kind regards,"),
        ("p", "Fiona MacAulay, Buyer"),
    ], author="Fiona MacAulay")),
])

# p17 - WeChat: "make sample first", no number; hold + person, no event
_t = """WeChat chat history: Nguyen Thi Thu Ha & Kevin Liu 刘凯 (Qingdao Haiyun)
Exported 2024-06-04

Nguyen Thi Thu Ha 2024-06-03 09:12:44
Kevin, good morning. Please make sample impeller first for trial in our pond, the new 7-vane type FPI-250-7. Same material duplex 2205

Nguyen Thi Thu Ha 2024-06-03 09:13:30
Mass production keep hold. Mr Tuan will release himself later

Kevin Liu 刘凯 2024-06-03 09:40:02
Good morning Ms Ha 😊 OK. How many sample you need?

Nguyen Thi Thu Ha 2024-06-03 10:05:51
Like before, enough for the trial la

Kevin Liu 刘凯 2024-06-03 10:06:37
OK noted, we arrange casting pattern this week 👍
"""
case("p17_wechat_sample_first", ["RG004", "RG010"],
     "'make sample first' with no number ('enough for the trial'); mass production on hold, Mr Tuan will release 'later' - no unlock event", [
    ("WeChat_Nguyen_Thi_Thu_Ha_Kevin_Liu.txt", _t),
])

# p18 - buyer portal call-off releasing 300; nothing about the remaining frame quantity
_b = """<h1>Hardangerlaks Leverandørportal</h1>
<p>Innlogget: Vestnes Plast &amp; Stål AS (leverandør 20417)</p>
<h2>Avrop / Call-off RA-2024-09-01</h2>
<table>
<tr><th>Rammeavtale / frame agreement</th><td>RA-2024-09 - collar bracket HL-4500-315 (call-off 1)</td></tr>
<tr><th>PO</th><td>4510290</td></tr>
<tr><th>Dato</th><td>19.08.2024</td></tr>
</table>
<table>
<tr><th>Varenr.</th><th>Beskrivelse</th><th>Avropt / called off</th><th>Levering</th></tr>
<tr><td>HL-4500-315</td><td>Collar bracket Ø315, S355J2 HDG</td><td>300 stk</td><td>uke 37, Storholmen</td></tr>
</table>
<div class="note"><p>300 (tre hundre) brackets released for production under this call-off.</p></div>
<p>Frigitt av / released by: <b>Kjetil Brekke</b>, driftsdirektør, 19.08.2024 10:31</p>
<p><button>Bekreft avrop / acknowledge</button></p>
"""
case("p18_portal_calloff_no_hold", ["RG003", "RG004"],
     "call-off 1 of a frame agreement releases 300 (by Kjetil Brekke) but never says the rest of the frame quantity is not released; no unlock event", [
    ("avrop_RA-2024-09-01.html", html_page("Avrop RA-2024-09-01 - Hardangerlaks Leverandørportal", _b, lang="no")),
])

# p19 - mail: "first batch is released", no number; balance on hold, no event, no person
_raj = """Dear Fiona Madam,

Good day. Hope the sample impellers reached Loch Awe safely and the trial is going well.
Kindly update us about the production of the balance impellers, as our foundry is
planning the melt schedule for August.

Thanking you,
Rajesh Subramanian
Marketing Manager, Coimbatore Aquatech Castings Pvt. Ltd.
"""
_t = """Hi Rajesh,

Good news - the first batch of impellers is released, please get going on it. The balance stays on hold for now, we'll come back to you on that.

Thanks,
Fiona
""" + sig("Fiona MacAulay", "Buyer", "Glen Corran Trout Ltd, Loch Awe, Argyll", "+44 1866 555 014") + """
On Wed, 17 Jul 2024 at 07:12, Rajesh Subramanian <rajesh.s@cbeaquatech.in> wrote:
""" + q(_raj)
case("p19_first_batch_released", ["RG004", "RG005", "RG010"],
     "'the first batch ... is released' with no quantity; balance on hold but no unlock event and no named release person ('we')", [
    ("RE_balance_impellers.eml", eml_bytes(mail(
        f"Fiona MacAulay <fiona.macaulay@{GC}>", f"Rajesh Subramanian <rajesh.s@{CA}>",
        "RE: Status - balance impellers", "Thu, 18 Jul 2024 09:40:00 +0100", _t,
        in_reply_to="<CAC-20240717-0712@cbeaquatech.in>"))),
])

# p20 - supplier status (quoted thread): granulate ordered for the full 1 170 against a sample-only scope
_fi = """Dear Marek,

PO GC-2409 rev 1 attached (colour now RAL 6005). Reminder of the scope: twelve (12)
sample paddles APW-0750 only. The 1 170 pcs in your quote are not released; they stay on
hold until Callum Reid signs off the pond trial and Alasdair Munro sends a written
production release. Material for the 12 samples only.

Cheers,
Fiona
"""
_t = """Dear Fiona,

thank you. Status of GC-2409:

 - 12 sample paddles APW-0750 in RAL 6005 are moulded, QC (impact test -20 °C, UV
   chips) tomorrow, dispatch Friday by DPD.
 - To keep the price of EUR 22,40 we have already ordered the HDPE granulate and the UV
   masterbatch for the full 1 170 pcs, delivery to our plant in week 27. The price from
   our granulate supplier goes up 8% from July so this was the best for you.

We will keep the granulate in our warehouse until you are ready.

Best regards
Marek Zieliński
Production Manager
Polmar Aqua Sp. z o.o. | ul. Hutnicza 31 | 81-061 Gdynia
tel. +48 58 555 31 27

On 15.05.2024 09:02, Fiona MacAulay wrote:
""" + q(_fi)
case("p20_status_granulate_full_lot", ["RG006"],
     "supplier has ordered granulate for the full 1 170 while the quoted buyer scope releases 12 samples with sample-only material", [
    ("RE_GC-2409_status.eml", eml_bytes(mail(
        f"Marek Zieliński <m.zielinski@{PM}>", f"Fiona MacAulay <fiona.macaulay@{GC}>",
        "RE: PO GC-2409 rev 1 - status", "Wed, 05 Jun 2024 14:18:00 +0200", _t,
        cc=f"Katarzyna Wiśniewska <k.wisniewska@{PM}>", in_reply_to="<h196-gc2409r1@glencorrantrout.co.uk>"))),
])

# p21 - supplier weekly report: steel staged for 1 200 against 4 released, no material authority
case("p21_weekly_report_steel_staged", ["RG006"],
     "supplier report shows steel bought for 1 200 brackets while 4 are released and the PO gives sample-only material", [
    ("Ukerapport_uke23_Hardangerlaks.pdf", pdf([
        ("h1", "Vestnes Plast & Stål AS"),
        ("h", "Ukerapport / weekly status - uke 23/2024 - kunde Hardangerlaks AS"),
        ("table", [
            ["Ordre", "PO", "Vare", "Frigitt / released", "Produsert", "Levert", "Materiale"],
            ["24-0611", "4510233", "HL-4500-315 brakett", "4 (prøver)", "4", "4", "S355J2 flatstål 80x10 + rør 60,3x4 for 1 200 stk innkjøpt (lager hall 2)"],
            ["24-0598", "4510190", "FBH-600 Rev C hopper liner", "24 (full order)", "24", "24", "-"],
        ]),
        ("sp",),
        ("h", "Kommentarer / comments"),
        ("p", "24-0611: production quantity 1 200 on hold per PO 4510233 until sample sign-off and written "
              "release from Kjetil Brekke. PO material: sample only. We have however bought the steel for "
              "all 1 200 brackets in week 22 to lock the price from Norsk Stål before the July increase "
              "(approx. 38 t). It is stored in hall 2, not cut."),
        ("p", "24-0598: delivered complete, invoice sent."),
        ("sp",),
        ("p", "Lars Tangen, produksjonsplanlegger · 07.06.2024"),
    ], title="Ukerapport uke 23", author="Vestnes Plast & Stal AS")),
])

# p22 - WhatsApp: supplier reads the deposit as go and buys steel / starts forging for 3.000
_t = """[03/06/2024, 17:42:30] Macarena Oyarzún: Murat, OC 2024-0418 = 10 test shackles MS-35-42 only. The 3.000 of your quote stay on hold until the proof-load report is signed and Sr. Patricio Barría sends the written release 🙏
[03/06/2024, 17:49:58] Murat Yılmaz: Noted Macarena hanım 👍
[19/06/2024, 09:15:20] Macarena Oyarzún: Buenos días Murat! Anticipo 30% transferido hoy, EUR 34.560 🙂
[19/06/2024, 09:15:41] Macarena Oyarzún: <attached: 00000037-PHOTO-2024-06-19-09-15-33.jpg>
[19/06/2024, 11:02:07] Murat Yılmaz: Thank you very much Macarena hanım! Deposit received, so we started forging for the 3.000 and we bought the 42CrMo4 bar for all the lot. İnşallah ready in 8 weeks
[19/06/2024, 11:40:55] Macarena Oyarzún: ok gracias Murat
"""
case("p22_whatsapp_deposit_steel", ["RG006", "RG012"],
     "supplier: 'Deposit received, so we started forging for the 3.000 and bought the bar for all the lot' against a 10-piece release with a hold", [
    ("WhatsApp Chat with Murat Yilmaz.txt", _t),
])

# p23 - DOCX supplier planning sheet: melt stock reserved for the series
case("p23_planning_sheet_melt_stock", ["RG006"],
     "supplier planning sheet reserves/buys melt stock for 900 + 3 impellers while only 3 samples are released, no material authority", [
    ("PPC_plan_Hardangerlaks_4510261.docx", docx_bytes([
        ("h1", "Production Planning Sheet - PPC"),
        ("p", "Coimbatore Aquatech Castings Pvt. Ltd. · Doc. no. PPC/F/07 rev 02 · Date 12/06/2024"),
        ("table", [
            ["Customer", "Hardangerlaks AS, Norway"],
            ["Customer PO", "4510261 - 3 nos. sample impellers FPI-250-6 (series 900 nos. on hold per PO until sample sign-off by Ms Sigrun Aas and written release by Mr Kjetil Brekke)"],
            ["Our SO", "CAC-SO-24-118"],
            ["Material", "Duplex 2205 (CD4MCuN / 1.4462)"],
        ]),
        ("h", "Material plan"),
        ("table", [
            ["Material", "Basis", "Qty", "Status"],
            ["Duplex 2205 melt stock (ingots)", "903 impellers x 2,9 kg + 35% runner/riser", "3,54 MT", "PO placed on Mahindra Metals 10/06, delivery 24/06"],
            ["Ceramic filters 100x100", "903 impellers", "920 nos.", "in stock - reserved"],
            ["Core sand", "903 impellers", "4,1 MT", "reserved"],
        ]),
        ("sp",),
        ("p", "Remark: melt stock booked for the full series along with the samples to avoid the nickel surcharge "
              "increase from July. Samples pouring 14/06; series pouring to be planned."),
        ("p", "Prepared: Priya Venkatesh (PPC) · Checked: Rajesh Subramanian"),
    ], author="Priya Venkatesh")),
])

# p24 - supplier order tracker: deposit = order confirmed, castings for 1 500 ordered
_b = """<h1>Haiyun Marine - Customer Order Tracking</h1>
<p>Customer: Tan Phu Aqua Group JSC &middot; Customer PO: <b>TPA-PO-24-0412</b> &middot; Our SO: HY-SO-240518</p>
<h2>Buyer scope (copied from PO)</h2>
<p class="note">8 sample impellers FPI-250-6. Production 1 500 pcs not released - on hold until pond trial report signed off and written production release from Mr Le Minh Tuan. Material only for 8 pcs.</p>
<h2>Timeline</h2>
<table>
<tr><th>Date</th><th>Step</th><th>Status</th></tr>
<tr><td>13/05/2024</td><td>PO received</td><td>done</td></tr>
<tr><td>28/05/2024</td><td>8 samples cast, machined, balanced G6.3</td><td>done</td></tr>
<tr><td>05/06/2024</td><td>30% deposit received (USD 21 060,00)</td><td>done</td></tr>
<tr><td>06/06/2024</td><td>Deposit received = order confirmed. Mass production 1 500 pcs started</td><td>in progress</td></tr>
<tr><td>07/06/2024</td><td>Duplex 2205 castings for 1 500 pcs ordered from Jiaonan foundry</td><td>in progress</td></tr>
<tr><td>est. 25/07/2024</td><td>Container loading</td><td>planned</td></tr>
</table>
<p><small>Contact: Sunny Zhao, Sales Manager &middot; Kevin Liu, PMC &middot; updated 07/06/2024 17:30 CST</small></p>
"""
case("p24_tracker_deposit_started", ["RG006", "RG012"],
     "supplier tracker: 'Deposit received = order confirmed. Mass production 1 500 pcs started' and castings ordered for 1 500 while the copied scope releases 8 samples", [
    ("HY-SO-240518_tracking.html", html_page("HY-SO-240518 - Haiyun Customer Order Tracking", _b)),
])

# p25 - buyer mail (text attachment = ERP PO): sample-only material authority, then "order the resin for the whole series"
_po = """TAN PHU AQUA GROUP JSC - ERP PURCHASE ORDER (printout)        17/05/2024 14:02
PO no.      TPA-PO-24-0431          Supplier: V-0112 Coimbatore Aquatech Castings
Buyer       Nguyen Thi Thu Ha       Quote:    CAC/Q/24/0470
------------------------------------------------------------------------------
Ln  Item        Description                           Qty   UoM   USD/unit
1   APW-0750    Aerator paddle PP+GF30 8 blades Ø42    20   PCS      11,50
                SAMPLE for 30-day pond trial
2   FRT         Air freight                             1   LOT      95,00
------------------------------------------------------------------------------
PO TEXT:
 - 20 (twenty) sample paddles only.
 - Production qty 2 000 pcs NOT released. On hold until 30-day pond trial
   report signed off and written production release from Mr Le Minh Tuan.
 - Material authority: samples only (20 pcs).
------------------------------------------------------------------------------
"""
_t = """Dear Mr Rajesh,

Good day. Attached our PO TPA-PO-24-0431 for twenty (20) sample aerator paddles APW-0750
for the pond trial. The 2 000 pcs production is not released, it is on hold until our
30-day pond trial report is signed off and Mr Le Minh Tuan send the written production
release.

One more thing: the PP+GF30 resin price will go up after July as you told us. So you can
already order the resin and glass fibre for the whole series now, it is cheaper for both
of us. Then when release come, you can start immediately.

Please confirm sample delivery date.

Best regards,
Nguyen Thi Thu Ha
Purchasing Manager
Tan Phu Aqua Group JSC | Km 12, QL63, Ca Mau, Viet Nam
Tel: +84 290 3 555 118
"""
case("p25_buyer_resin_whole_series", ["RG006"],
     "buyer, whose PO gives a sample-only material authority, tells the supplier to order resin for the whole series now; no staged authority quantity or liability", [
    ("PO_TPA-PO-24-0431_samples.eml", eml_bytes(mail(
        f"Nguyen Thi Thu Ha <ha.ntt@{TP}>", f"Rajesh Subramanian <rajesh.s@{CA}>",
        "PO TPA-PO-24-0431 - sample aerator paddles", "Fri, 17 May 2024 14:20:00 +0700", _t,
        attachments=[("TPA-PO-24-0431.txt", _po, "text/plain")]))),
])

# p26 - supplier reply: "once you approve the samples we go straight to mass production"; quoted buyer scope has no sample quantity
_ha = """Dear Sunny,

Please make the sample impellers FPI-250-7 (7-vane) as per your quote QH-2405-12, for our
pond trial at Farm 3 Nam Can. The production quantity stays on hold until the trial
report is signed off by Tran Van Khoa (Technical Engineer) and Mr Le Minh Tuan send the
written production release. Material please only for the samples.

Best regards,
Ha
"""
_t = """Dear Ms Ha,

Noted with many thanks. Samples will be ready around 20/06.

To catch your season, once you approve the samples we will go straight to mass
production of 1 500 pcs, no need to wait new PO or letter. Our foundry slot is already
booked for week 28 for your order.

Thanks and best regards
Sunny Zhao
Sales Manager
Qingdao Haiyun Marine Equipment Co., Ltd.
No. 88 Haixi Road, Huangdao District, Qingdao | Tel +86 532 8866 1207
This e-mail is confidential. If you are not the intended recipient please notify the
sender and delete it.

-----Original Message-----
From: Nguyen Thi Thu Ha <ha.ntt@tanphuaqua.vn>
Sent: Thursday, May 30, 2024 9:41 AM
To: Sunny Zhao <sunny.zhao@haiyun-marine.cn>
Subject: Sample impellers FPI-250-7

""" + q(_ha)
case("p26_supplier_straight_to_mp", ["RG007", "RG010"],
     "supplier: 'once you approve the samples we will go straight to mass production of 1 500 pcs'; quoted buyer authorization never states the sample quantity", [
    ("RE_Sample_impellers_FPI-250-7.eml", eml_bytes(mail(
        f"Sunny Zhao <sunny.zhao@{QH}>", f"Nguyen Thi Thu Ha <ha.ntt@{TP}>",
        "RE: Sample impellers FPI-250-7", "Thu, 30 May 2024 15:02:00 +0800", _t,
        in_reply_to="<h196-fpi2507@tanphuaqua.vn>"))),
])

# p27 - Teams: site manager says "when Sigrun signs off, just run the series", contradicting the written-release rule; no sample quantity
_t = """Microsoft Teams - chat export
Chat: Fôrflåte Storholmen II - hopper liners
Participants: Ingrid Solheim (Hardangerlaks AS), Tor Eirik Vik (Hardangerlaks AS), Lars Tangen (Vestnes Plast & Stål AS)
--------------------------------------------------------------------------------

[04.06.2024 10:20] Ingrid Solheim
Hei Lars. PO 4510281 covers the test hopper liners FBH-600 Rev C for the feed barge Storholmen II, so we can check wear on the pellet chute. The series is on hold until Kjetil Brekke gives you a written release.

[04.06.2024 10:26] Lars Tangen
Ok, mottatt. Test liners klar uke 25.

[18.06.2024 15:02] Tor Eirik Vik
Lars - when Sigrun has signed off the test liners, just run the series, no need to wait for paper from Kjetil. We need them on the barge before the autumn feeding peak.

[18.06.2024 15:05] Lars Tangen
Skjønner, we plan it like that 👍
"""
case("p27_teams_just_run_series", ["RG007", "RG010"],
     "buyer site manager: 'when Sigrun has signed off the test liners, just run the series, no need to wait for paper from Kjetil'; no sample quantity stated", [
    ("Teams_chat_forflate_Storholmen_II.txt", _t),
])

# p28 - DOCX sign-off record: "approved" for the samples and for production that "follows automatically"
case("p28_signoff_follows_automatically", ["RG007", "RG009"],
     "sign-off by the site manager says the 2 400 'follow automatically on this approval, as usual' against a PO requiring Alasdair Munro's written release; 'approved' used for samples and production", [
    ("Sample_signoff_SSR-GC-011.docx", docx_bytes([
        ("h1", "Sample Sign-off Record SSR-GC-011"),
        ("table", [
            ["Part", "HT-1200 Rev 12 hatchery incubation tray"],
            ["Supplier", "Polmar Aqua Sp. z o.o."],
            ["PO", "GC-2438 - six (6) sample trays. PO scope: production quantity 2 400 on hold until written production release by Alasdair Munro, MD."],
            ["Date", "2 July 2024"],
        ]),
        ("h", "Results"),
        ("table", [
            ["Check", "Requirement", "Result"],
            ["Fit in Heath-type incubation rack", "slides in, no rocking", "6/6 OK"],
            ["Mesh opening", "1,6 mm ± 0,1", "1,58-1,63 mm OK"],
            ["Water flow 12 l/min", "even upwelling, no dead corners", "OK"],
            ["Material declaration EU 10/2011", "provided", "OK"],
        ]),
        ("h", "Disposition"),
        ("p", "Samples: APPROVED."),
        ("p", "Production: approved - the 2 400 trays of the batch follow automatically on this approval, "
              "as usual. Polmar can mould straight away."),
        ("sp",),
        ("p", "Signed: Callum Reid, Site Manager"),
    ], author="Callum Reid")),
])

# p29 - PDF supplier order confirmation: production starts automatically on sample approval; bar staged for the batch
case("p29_oc_auto_start_staged", ["RG006", "RG007"],
     "supplier order confirmation restates the hold but plans 'production of the batch starts automatically' on test-piece approval and has staged bar for the full batch", [
    ("Siparis_Onayi_OC-EGE-24-0418.pdf", pdf([
        ("h1", "EGE DENİZCİLİK EKİPMANLARI A.Ş."),
        ("p", "Atatürk OSB 10003 Sk. No:7, Çiğli / İzmir · Tel +90 232 555 48 10"),
        ("h", "ORDER CONFIRMATION / SİPARİŞ ONAYI OC-EGE-24-0418"),
        ("table", [
            ["Customer", "Cooperativa Mitilicultores Chiloé Sur Ltda., Castro, Chile"],
            ["Your PO", "2024-0418 dated 03.06.2024"],
            ["Date", "05.06.2024"],
        ]),
        ("sp",),
        ("table", [
            ["Pos", "Item", "Description", "Qty", "Unit EUR", "Delivery"],
            ["10", "MS-35-42", "Bow shackle WLL 35 t, pin M42, HDG, EN 13889 - test pieces", "10", "52,00", "wk 27"],
        ]),
        ("sp",),
        ("p", "Your scope as we understand: 10 test shackles only; the 3.000 pcs stay on hold until the "
              "proof load report is signed and you receive written release from Mr Patricio Barría."),
        ("p", "Our planning: upon your approval of the 10 test shackles, production of the batch starts "
              "automatically in week 30, so you have the shackles before the Chilean spring. To secure "
              "week 30 we have staged 42CrMo4 round bar for the full batch in our stock (approx. 58 t)."),
        ("p", "Proof load 70 t (2 x WLL) on each test piece, 3.1 certificate EN 10204."),
        ("sp",),
        ("p", "Murat Yılmaz, Export Sales Manager · Elif Demir, Quality Manager"),
    ], title="OC-EGE-24-0418", author="Ege Denizcilik")),
])

# p30 - multipart mail with PDF PO: buyer says deposit paid, so once the samples are approved carry on with production
_po = pdf([
    ("h1", "Cooperativa Mitilicultores Chiloé Sur Ltda."),
    ("p", "RUT 76.543.210-K · Castro, Chiloé, Chile"),
    ("h", "ORDEN DE COMPRA N° 2024-0462"),
    ("table", [
        ["Proveedor", "Qingdao Haiyun Marine Equipment Co., Ltd."],
        ["Fecha", "01.07.2024"],
        ["Cotización", "QH-2406-31"],
    ]),
    ("sp",),
    ("table", [
        ["Pos", "Código", "Descripción", "Cant.", "P. unit USD", "Total USD"],
        ["10", "HT-900", "Bandeja de captación de semilla / spat collector tray HT-900 - muestra", "25", "9,80", "245,00"],
    ]),
    ("sp",),
    ("p", "Alcance / scope: this OC covers twenty-five (25) sample trays only. The production quantity of "
          "5.000 trays is not released. It stays on hold until the hatchery trial report is signed by "
          "Rodrigo Cárcamo and Patricio Barría (Gerente General) sends the written production release. "
          "Material only for the 25 samples."),
    ("p", "Macarena Oyarzún, Jefa de Compras"),
], title="OC 2024-0462", author="Coopmit Chiloe Sur")
_t = """Hola Sunny,

Adjunto OC 2024-0462 for twenty-five (25) sample trays HT-900.

Ya pagamos el anticipo del 30% para las 5.000 (your PI-HY-24-0702), so apenas aprobemos
las muestras sigan nomás con la producción, no esperen papel - we are in a hurry for the
season, la captación de semilla parte en octubre.

Saludos y gracias,
Macarena Oyarzún
Jefa de Compras | Cooperativa Mitilicultores Chiloé Sur Ltda.
Castro, Chiloé | +56 65 2 555 410
"""
_h = ("<p>Hola Sunny,</p><p>Adjunto OC 2024-0462 for twenty-five (25) sample trays HT-900.</p>"
      "<p>Ya pagamos el anticipo del 30% para las 5.000 (your PI-HY-24-0702), so <b>apenas aprobemos las "
      "muestras sigan nomás con la producción, no esperen papel</b> - we are in a hurry for the season, la "
      "captación de semilla parte en octubre.</p><p>Saludos y gracias,<br>Macarena Oyarzún<br>Jefa de Compras | "
      "Cooperativa Mitilicultores Chiloé Sur Ltda.</p>")
case("p30_deposit_paid_carry_on", ["RG007", "RG012"],
     "buyer: deposit paid, so once the samples are approved carry on with production without paper - contradicts the attached PO's written-release requirement", [
    ("OC_2024-0462_muestras.eml", eml_bytes(mail(
        f"Macarena Oyarzún <m.oyarzun@{CM}>", f"Sunny Zhao <sunny.zhao@{QH}>",
        "OC 2024-0462 - bandejas HT-900 muestras", "Mon, 01 Jul 2024 17:20:00 -0400", _t, html=_h,
        cc=f"Rodrigo Cárcamo <r.carcamo@{CM}>", attachments=[("OC_2024-0462.pdf", _po, PDF_MT)]))),
])

# p31 - supplier tracking page: workflow says mass production auto-starts after sample approval
_b = """<h1>Haiyun Marine - Customer Order Tracking</h1>
<p>Customer: Glen Corran Trout Ltd (UK) &middot; Customer PO: <b>GC-2451</b> &middot; Our SO: HY-SO-240611</p>
<h2>Buyer scope (copied from PO)</h2>
<p class="note">5 sample bow shackles WLL 17 t, pin M36 (EN 13889). Production quantity 800 pcs on hold until proof-load sign-off by Callum Reid and written production release by Alasdair Munro.</p>
<h2>Order workflow</h2>
<table>
<tr><th>Step</th><th>Description</th><th>Status</th></tr>
<tr><td>1</td><td>PO received, 5 samples scheduled</td><td>done 11/06/2024</td></tr>
<tr><td>2</td><td>5 samples forged, galvanised, proof load 34 t</td><td>done 24/06/2024</td></tr>
<tr><td>3</td><td>Sample approval by customer</td><td>waiting</td></tr>
<tr><td>4</td><td>Mass production 800 pcs - auto-start after sample approval (step 3)</td><td>scheduled wk 28</td></tr>
<tr><td>5</td><td>Loading / shipment</td><td>planned wk 33</td></tr>
</table>
<p><small>Sunny Zhao, Sales Manager &middot; updated 25/06/2024</small></p>
"""
case("p31_tracker_auto_start", ["RG007"],
     "supplier workflow: 'Mass production 800 pcs - auto-start after sample approval' although the copied buyer scope requires a written release", [
    ("HY-SO-240611_tracking.html", html_page("HY-SO-240611 - Haiyun Customer Order Tracking", _b)),
])

# p32 - PDF supply plan: forecast table, cover text asks to treat it as a firm order
case("p32_supply_plan_firm", ["RG008"],
     "supply plan headed 'Forecast 2025' but the cover text says to treat the 1 500 as our firm order and plan production", [
    ("TPA_supply_plan_2025_impellers.pdf", pdf([
        ("h1", "TAN PHU AQUA GROUP JSC"),
        ("h", "SUPPLY PLAN 2025 - FISH PUMP IMPELLERS"),
        ("p", "To: Qingdao Haiyun Marine Equipment Co., Ltd. - Ms Sunny Zhao · From: Purchasing Dept. · Date: 15/07/2024"),
        ("p", "Dear Haiyun team, thank you for the good cooperation this year. For our 2025 shrimp crops "
              "(3 farms, 412 ha) please treat the quantities below as our firm order for 2025 and plan "
              "the production and the castings accordingly. Price as per QH-2404-77."),
        ("table", [
            ["Forecast 2025", "Item", "Q1", "Q2", "Q3", "Q4", "Total"],
            ["Farm 1 Tan Thanh", "FPI-250-6", "150", "200", "100", "100", "550"],
            ["Farm 2 Dam Doi", "FPI-250-6", "100", "150", "100", "100", "450"],
            ["Farm 3 Nam Can", "FPI-250-6", "150", "150", "100", "100", "500"],
            ["Total", "", "400", "500", "300", "300", "1 500"],
        ]),
        ("sp",),
        ("p", "Delivery: each quarter CIF Cat Lai, 1st container ETA 15/01/2025. Packing 20 pcs per wooden case."),
        ("p", "Best regards, Nguyen Thi Thu Ha, Purchasing Manager"),
    ], title="Supply plan 2025", author="Tan Phu Aqua Group JSC")),
])

# p33 - folder: buyer forecast (clearly labelled) + supplier mail booking it as an order and buying melt stock
_fc = """HARDANGERLAKS AS - PROGNOSE / FORECAST 2025                    utskrevet 01.08.2024
Leverandør: Coimbatore Aquatech Castings Pvt. Ltd. (V-30871)
Status: IKKE BINDENDE PROGNOSE / NON-BINDING FORECAST - NOT AN ORDER
================================================================================
Varenr.      Beskrivelse                       Q1     Q2     Q3     Q4     Sum
FPI-250-6    Pumpehjul / impeller Ø250 duplex   200    250    250    200     900
================================================================================
Merknad / note:
 Prognosen er kun for planlegging. This forecast is for your capacity planning
 only. It is not an order and gives no material authority. Orders come as a PO
 with a written production release.
"""
_in = """Dear Rajesh,

Attached our forecast for 2025 for your planning. This is a forecast, not an order.

Med vennlig hilsen
Ingrid Solheim
"""
_t = """Dear Madam,

Greetings from Coimbatore!

Thank you very much for your valued order of 900 nos. impellers FPI-250-6 for 2025. We
have booked the order in our system (SO CAC-SO-25-004) and already ordered the duplex
melt stock for the full 900 nos. with our mill, so the foundry slot in January is
secured for Hardangerlaks.

We shall send the order acceptance with the delivery schedule shortly.

Thanking you and assuring our best services always,
Rajesh Subramanian
Marketing Manager
Coimbatore Aquatech Castings Pvt. Ltd.
Mob: +91 98430 55512

DISCLAIMER: The information contained in this e-mail message and/or attachments to it may
contain confidential or privileged information. If you are not the intended recipient,
please notify the sender immediately and delete it.

On Thu, 1 Aug 2024, 13:44 Ingrid Solheim <ingrid.solheim@hardangerlaks.no> wrote:
""" + q(_in)
case("p33_forecast_booked_as_order", ["RG006", "RG008"],
     "folder: buyer's non-binding forecast of 900 + supplier mail thanking for the 'order of 900' and buying melt stock for all 900", [
    ("Prognose_2025_Coimbatore.txt", _fc),
    ("RE_Forecast_2025.eml", eml_bytes(mail(
        f"Rajesh Subramanian <rajesh.s@{CA}>", f"Ingrid Solheim <ingrid.solheim@{HL}>",
        "RE: Forecast 2025 - impellers", "Fri, 02 Aug 2024 10:05:00 +0530", _t,
        in_reply_to="<h196-fc2025@hardangerlaks.no>"))),
])

# p34 - X12 830 printout: season forecast with every line flagged firm and a note saying they are orders
_t = """GLEN CORRAN TROUT LTD - EDI X12 OUTBOUND (printout)         01/08/2024 08:14
Transaction set 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY   Partner: POLMARAQUA
-------------------------------------------------------------------------------
ISA*00*          *00*          *ZZ*GLENCORRAN     *ZZ*POLMARAQUA     *240801*0814*U*00401*000000215*0*P*>~
GS*PS*GLENCORRAN*POLMARAQUA*20240801*0814*215*X*004010~
ST*830*0001~
BFR*00**GC-830-2025*DL*A*20250101*20251231*20240801~
N1*BY*GLEN CORRAN TROUT LTD~
N1*SU*POLMAR AQUA SP Z O O~
LIN**BP*APW-0750~
UIT*EA~
FST*300*C*D*20250301~
FST*300*C*D*20250401~
FST*300*C*D*20250501~
FST*270*C*D*20250601~
CTT*1*1170~
SE*13*0001~
GE*1*215~
IEA*1*000000215~
-------------------------------------------------------------------------------
READABLE:
  Schedule GC-830-2025   FORECAST 2025 SEASON - paddles APW-0750
  Mar 2025   300 EA   C (firm)
  Apr 2025   300 EA   C (firm)
  May 2025   300 EA   C (firm)
  Jun 2025   270 EA   C (firm)
  Total    1 170 EA
  NOTE: forecast quantities above are firm orders. Supplier to produce and
        ship to this schedule.
-------------------------------------------------------------------------------
"""
case("p34_x12_830_forecast_firm", ["RG008"],
     "X12 830 season forecast with every FST line coded firm and a note 'forecast quantities above are firm orders'", [
    ("830_GC-830-2025.txt", _t),
])

# p35 - WhatsApp: buyer site manager takes the forecast as an order and ties the start to the advance
_t = """[08/07/2024, 18:05:14] Murat Yılmaz: Good evening Callum bey. For your 2025 forecast of 2 000 shackles WLL 12 t, shall we put in our planning?
[08/07/2024, 18:22:40] Callum Reid: Evening Murat. Aye, we'll definitely need the 2 000 next year, take it as an order
[08/07/2024, 18:23:12] Callum Reid: Fiona will send the 30% advance next week so you can start 👍
[08/07/2024, 18:30:01] Murat Yılmaz: Perfect, thank you! We start when advance arrives 🙏
"""
case("p35_whatsapp_forecast_as_order_advance", ["RG008", "RG012"],
     "buyer: 2025 forecast of 2 000 'take it as an order', and the 30% advance 'so you can start'", [
    ("WhatsApp Chat with Callum Reid.txt", _t),
])

# p36 - DOCX supplier review minutes: forecast confirmed as a firm commitment
case("p36_minutes_forecast_commitment", ["RG008"],
     "minutes: 'Coopmit confirms its 2025 forecast of 4.000 trays as a firm commitment; Polmar may plan on it'", [
    ("Minutes_supplier_review_Polmar_2024-09.docx", docx_bytes([
        ("h1", "Minutes - supplier review Polmar Aqua"),
        ("table", [
            ["Date", "10.09.2024, Teams"],
            ["Coopmit Chiloé Sur", "Macarena Oyarzún (Compras), Rodrigo Cárcamo (Operaciones)"],
            ["Polmar Aqua", "Katarzyna Wiśniewska (Key Account), Marek Zieliński (Production)"],
        ]),
        ("h", "1. Delivery performance 2024"),
        ("p", "OC 2024-0533 (1.200 hatchery trays HT-1200, full order): lot 1 and lot 2 delivered on time, "
              "lot 3 ETA San Antonio 28.10. OTD 100 %, no claims."),
        ("h", "2. Season 2025"),
        ("p", "Rodrigo presented the hatchery expansion in Dalcahue (2 new spat rooms). Coopmit confirms its "
              "2025 forecast of 4.000 trays HT-1200 as a firm commitment; Polmar may plan on it and reserve "
              "moulding capacity for February-April 2025."),
        ("h", "3. Quality"),
        ("p", "Polmar to add the batch number in the tray rim (mould insert, 6-digit). Marek confirms for "
              "deliveries from 2025."),
        ("h", "Actions"),
        ("table", [
            ["#", "Action", "Owner", "Due"],
            ["1", "Reserve moulding capacity Feb-Apr 2025 for 4.000 trays", "Marek Zieliński", "30.09.2024"],
            ["2", "Send updated price list 2025", "Katarzyna Wiśniewska", "15.10.2024"],
        ]),
        ("p", "Minutes: Macarena Oyarzún"),
    ], author="Macarena Oyarzun")),
])

# p37 - supplier portal order book: buyer forecast booked as a confirmed order
_b = """<h1>Vestnes Plast &amp; Stål - Kundeportal</h1>
<p>Kunde / customer: <b>Hardangerlaks AS</b> &middot; kundenr. 10233</p>
<h2>Ordrebok / order book</h2>
<table>
<tr><th>Ordre</th><th>Kilde / source</th><th>Vare</th><th>Antall</th><th>Status</th><th>Produksjon</th></tr>
<tr><td>24-0598</td><td>PO 4510190</td><td>FBH-600 Rev C hopper liner</td><td>24</td><td>levert / delivered</td><td>-</td></tr>
<tr><td>24-0702</td><td>Prognose Q3-Q4 2024 (e-post 28.06)</td><td>HL-4500-315 collar bracket Ø315</td><td>1.200</td><td><b>BEKREFTET ORDRE / CONFIRMED ORDER</b></td><td>uke 34-38</td></tr>
<tr><td>24-0703</td><td>Prognose Q3-Q4 2024 (e-post 28.06)</td><td>KR-500-17 kragerør Ø500</td><td>96</td><td><b>BEKREFTET ORDRE / CONFIRMED ORDER</b></td><td>uke 36-40</td></tr>
</table>
<p class="note">Ordre 24-0702 og 24-0703 er lagt inn fra kundens prognose og er med i produksjonsplanen.
Orders 24-0702 and 24-0703 were entered from the customer's forecast and are in the production plan.</p>
<p><small>Sist oppdatert 01.07.2024 av L. Tangen</small></p>
"""
case("p37_order_book_forecast_confirmed", ["RG008"],
     "supplier order book enters the buyer's forecast (1.200 brackets, 96 pipes) as 'CONFIRMED ORDER' in the production plan", [
    ("ordrebok_Hardangerlaks.html", html_page("Ordrebok Hardangerlaks - Vestnes Plast Kundeportal", _b, lang="no")),
])

# p38 - DOCX approval record: "approved" for drawing, PO and production
case("p38_approval_record_three_senses", ["RG009"],
     "one record uses 'approved/approval' for the drawing (technical), the PO in Visma (commercial) and the production of the 2 test liners / the series", [
    ("Godkjenning_FBH-600.docx", docx_bytes([
        ("h1", "Godkjenningsskjema / approval record - FBH-600 hopper liner"),
        ("table", [
            ["Leverandør", "Vestnes Plast & Stål AS"],
            ["Vare", "FBH-600 Rev C, UHMW-PE hopper liner 12 mm, feed barge Storholmen II"],
            ["PO", "4510281"],
            ["Dato", "05.06.2024"],
        ]),
        ("h", "1. Technical approval"),
        ("p", "Drawing FBH-600 Rev C approved by Sigrun Aas, teknisk ansvarlig, 28.05.2024."),
        ("h", "2. Commercial approval"),
        ("p", "PO 4510281 approved in Visma (2-level approval, finance) 03.06.2024."),
        ("h", "3. Production approval"),
        ("p", "Two (2) test liners approved for production, for the wear test on the pellet chute."),
        ("p", "The series of 24 liners is not approved for production. It stays on hold until the test liners "
              "are signed off after 8 weeks of feeding and Kjetil Brekke, driftsdirektør, gives his written "
              "approval for the series."),
        ("sp",),
        ("p", "Utarbeidet av / prepared by: Ingrid Solheim, innkjøper"),
    ], author="Ingrid Solheim")),
])

# p39 - multipart reply with HTML attachment: "released" for QA, for the PO and for production
_raj = """Dear Fiona Madam,

Kindly advise the status of approval for the sample impellers and the PO, as we would like
to plan the production in our foundry.

Thanking you,
Rajesh Subramanian
"""
_t = """Hi Rajesh,

Update from our side:

 - the samples were released by our QA yesterday, see the inspection summary attached;
 - your PO GC-2426 was released by finance this morning.

We'll release production of the 600 impellers after Alasdair Munro (MD) signs it off,
probably next week. Until that written release it's the six (6) samples only - the 600
stay on hold, and no castings for them yet please.

Cheers,
Fiona
""" + sig("Fiona MacAulay", "Buyer", "Glen Corran Trout Ltd, Loch Awe, Argyll", "+44 1866 555 014") + """
On Mon, 8 Jul 2024 at 06:50, Rajesh Subramanian <rajesh.s@cbeaquatech.in> wrote:
""" + q(_raj)
_h = ("<p>Hi Rajesh,</p><p>Update from our side:</p><ul><li>the samples were <b>released by our QA</b> yesterday, "
      "see the inspection summary attached;</li><li>your PO GC-2426 was <b>released by finance</b> this morning.</li></ul>"
      "<p>We'll release production of the 600 impellers after Alasdair Munro (MD) signs it off, probably next week. "
      "Until that written release it's the six (6) samples only - the 600 stay on hold, and no castings for them yet please.</p>"
      "<p>Cheers,<br>Fiona</p><p>--<br>Fiona MacAulay<br>Buyer<br>Glen Corran Trout Ltd, Loch Awe, Argyll</p>"
      "<blockquote>Dear Fiona Madam,<br>Kindly advise the status of approval for the sample impellers and the PO, "
      "as we would like to plan the production in our foundry.<br>Thanking you,<br>Rajesh Subramanian</blockquote>")
_ins = html_page("Inspection summary FPI-250-6 samples", """<h2>Glen Corran Trout Ltd - incoming inspection</h2>
<p>Part FPI-250-6 impeller, DRG 2205-40 Rev 3 &middot; supplier Coimbatore Aquatech &middot; 6 samples &middot; 08/07/2024</p>
<table>
<tr><th>Feature</th><th>Spec</th><th>S1</th><th>S2</th><th>S3</th><th>S4</th><th>S5</th><th>S6</th></tr>
<tr><td>Bore Ø42 H7</td><td>42,000-42,025</td><td>42,011</td><td>42,009</td><td>42,014</td><td>42,012</td><td>42,010</td><td>42,016</td></tr>
<tr><td>Keyway 12 P9</td><td>go/no-go</td><td>OK</td><td>OK</td><td>OK</td><td>OK</td><td>OK</td><td>OK</td></tr>
<tr><td>Balance ISO 1940 G6.3</td><td>&le; 6,3 mm/s</td><td>3,1</td><td>2,8</td><td>3,4</td><td>2,9</td><td>3,0</td><td>3,3</td></tr>
</table>
<p>Result: QA release of the 6 samples - all features within spec. Inspector: Callum Reid</p>""")
case("p39_released_qa_po_production", ["RG009"],
     "'released' used for QA on the samples, for the PO by finance and for production; scope itself complete (6 samples, 600 on hold, Alasdair Munro)", [
    ("RE_status_of_approval.eml", eml_bytes(mail(
        f"Fiona MacAulay <fiona.macaulay@{GC}>", f"Rajesh Subramanian <rajesh.s@{CA}>",
        "RE: Status of approval - sample impellers / PO GC-2426", "Tue, 09 Jul 2024 10:12:00 +0100", _t, html=_h,
        in_reply_to="<CAC-20240708-0650@cbeaquatech.in>",
        attachments=[("inspection_summary_FPI-250-6.html", _ins, "text/html")]))),
])

# p40 - ERP screen: "APROBADA" for the PO and for production; production line unlocked because the deposit was paid
_t = """COOPMIT CHILOE SUR LTDA - ERP SOFTLAND - CONSULTA ORDEN DE COMPRA      08.07.2024 16:40
Usuario: MOYARZUN                                                        Pag. 1/1
==========================================================================================
OC N°:        2024-0471                 Proveedor: EGE DENIZCILIK EKIPMANLARI A.S.
Fecha OC:     04.06.2024                Cotizacion: EGE-Q-2405-12
ESTADO OC:    APROBADA  (aprobacion comercial nivel 2 - P. BARRIA 04.06.2024)
------------------------------------------------------------------------------------------
Pos Codigo     Descripcion                                  Cant.   Un   P.unit EUR  Estado
10  MS-35-42   Grillete lira WLL 35 t pin M42 - PRUEBA         10   UN        52,00  ENVIADA
20  MS-35-42   Grillete lira WLL 35 t pin M42 - PRODUCCION  3.000   UN        38,40  (ver hist.)
    Nota pos 20: bloqueada. Liberacion a produccion requiere informe de ensayo de carga
                 firmado + liberacion escrita de Patricio Barria (Gerente General).
------------------------------------------------------------------------------------------
HISTORIAL / LOG
 04.06.2024 10:02  OC APROBADA (nivel 2)                                     PBARRIA
 20.06.2024 15:31  Muestras (10) recibidas - ensayo de carga PENDIENTE        RCARCAMO
 08.07.2024 11:05  Anticipo 30% pagado EUR 34.560 (transf. BCI 88120)        MOYARZUN
 08.07.2024 11:07  Pos 20 -> APROBADA PARA PRODUCCION (motivo: anticipo pagado) MOYARZUN
 08.07.2024 11:09  Aviso a proveedor: "Anticipo pagado: aprobado, pueden iniciar la
                   produccion de las 3.000 unidades."                          MOYARZUN
==========================================================================================
"""
case("p40_erp_aprobada_anticipo", ["RG009", "RG012"],
     "ERP uses 'APROBADA' for the commercial PO approval and for the production line; pos 20 unlocked 'motivo: anticipo pagado' before the test report", [
    ("Consulta_OC_2024-0471.txt", _t),
])

# p41 - folder: ERP PO (8 samples, complete scope) + supplier proforma (10 samples; mass production starts on deposit)
_po = """TAN PHU AQUA GROUP JSC - ERP PURCHASE ORDER (printout)           10/06/2024 09:31
PO no.      TPA-PO-24-0477          Supplier: V-0087 Qingdao Haiyun Marine Equipment
Buyer       Nguyen Thi Thu Ha       Quote:    QH-2405-12
Deliver to  Farm 3 Nam Can, Ca Mau  Incoterm: CIF Cat Lai
------------------------------------------------------------------------------
Ln  Item        Description                              Qty   UoM   USD/unit
1   FPI-250-7   Fish pump impeller 7-vane Ø250,            8   PCS      58,00
                duplex 2205, DRG 2205-41 Rev 1 - SAMPLE
------------------------------------------------------------------------------
PO TEXT:
 - Eight (8) sample impellers only, for the pond trial at Farm 3.
 - Production quantity 1 500 pcs NOT released. On hold until the trial
   report is signed off by Tran Van Khoa and Mr Le Minh Tuan sends the
   written production release.
 - Material authority: samples only (8 pcs).
------------------------------------------------------------------------------
Total USD 464,00      Payment: 100% T/T before shipment of samples
"""
_pi = pdf([
    ("h1", "QINGDAO HAIYUN MARINE EQUIPMENT CO., LTD."),
    ("p", "No. 88 Haixi Road, Huangdao District, Qingdao 266555, Shandong, China"),
    ("h", "PROFORMA INVOICE PI-HY-24-0613"),
    ("table", [
        ["Buyer", "Tan Phu Aqua Group JSC, Ca Mau, Viet Nam"],
        ["Your PO", "TPA-PO-24-0477"],
        ["Date", "13/06/2024"],
        ["Incoterm", "CIF Cat Lai"],
    ]),
    ("sp",),
    ("table", [
        ["No", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "Sample impeller FPI-250-7, duplex 2205", "10", "58,00", "580,00"],
        ["2", "Mass production impeller FPI-250-7", "1 500", "46,80", "70 200,00"],
        ["", "", "", "Total", "70 780,00"],
    ]),
    ("sp",),
    ("p", "Payment terms: samples 100% T/T before shipment. Mass production: 30% T/T deposit "
          "(USD 21 060,00); mass production will start on receipt of the deposit; balance 70% against B/L copy."),
    ("p", "Bank: Bank of China Qingdao Branch, SWIFT BKCHCNBJ500, A/C 2366 0012 8841."),
    ("p", "Sunny Zhao, Sales Manager"),
], title="PI-HY-24-0613", author="Qingdao Haiyun")
case("p41_folder_po_vs_proforma", ["RG011", "RG012"],
     "folder: PO for 8 samples vs proforma for 10 samples; proforma says mass production of the held 1 500 starts on receipt of the deposit", [
    ("TPA-PO-24-0477.txt", _po),
    ("PI-HY-24-0613.pdf", _pi),
])

# p42 - folder: release letter 400 vs ERP call-off 450
_rl = pdf([
    ("h1", "Hardangerlaks AS"),
    ("h", "PRODUKSJONSFRIGIVELSE / PRODUCTION RELEASE PR-2024-019"),
    ("table", [
        ["Til", "Vestnes Plast & Stål AS"],
        ["Part", "HL-4500-315 collar bracket Ø315"],
        ["PO", "4510233 rev 2 (1 200 brackets)"],
        ["Sample sign-off", "SR-2024-031, signed Sigrun Aas"],
        ["Dato", "15.07.2024"],
    ]),
    ("sp",),
    ("table", [
        ["", "pcs"],
        ["Released by this letter (release 1)", "400"],
        ["Not released - on hold", "800"],
        ["Material authority (staged)", "600"],
    ]),
    ("sp",),
    ("p", "Release 1: 400 (four hundred) brackets are released for production, delivery week 36."),
    ("p", "The remaining 800 are not released. They stay on hold until release 1 has passed lot acceptance "
          "at Storholmen and I issue release 2 in writing."),
    ("p", "Material authority: you may buy and hold steel for up to 600 brackets at our liability."),
    ("sp",),
    ("p", "Kjetil Brekke, driftsdirektør (release authority)"),
], title="PR-2024-019", author="Hardangerlaks AS")
_co = """HARDANGERLAKS AS                                       AVROP / CALL-OFF
                                                       Nr.:    4510233-01
Leverandør: VESTNES PLAST & STÅL AS (20417)            Dato:   15.07.2024
Ref.: frigivelse PR-2024-019                           Side 1 av 1
------------------------------------------------------------------------------
Pos  Varenr.        Beskrivelse                      Antall  Enh.  Levering
10   HL-4500-315    Collar bracket Ø315 S355J2 HDG      450  STK   uke 36
------------------------------------------------------------------------------
Leveringsadresse: Lokalitet Storholmen, Kvinnherad. DAP.
Innkjøper: Ingrid Solheim
"""
case("p42_folder_release_vs_calloff", ["RG011"],
     "folder: release letter releases 400 (800 on hold, Kjetil Brekke) while the ERP call-off referring to it calls off 450", [
    ("PR-2024-019.pdf", _rl),
    ("Avrop_4510233-01.txt", _co),
])

# p43 - PDF PO stating the sample quantity twice, differently
case("p43_pdf_po_20_vs_25", ["RG011"],
     "PO says 'twenty (20) sample paddles' in the scope text and 25 in the line table; otherwise complete scope", [
    ("TPA-PO-24-0488.pdf", pdf([
        ("h1", "TAN PHU AQUA GROUP JSC"),
        ("p", "Km 12, QL63, Tan Thanh, Ca Mau, Viet Nam"),
        ("h", "PURCHASE ORDER TPA-PO-24-0488"),
        ("table", [
            ["Supplier", "Coimbatore Aquatech Castings Pvt. Ltd."],
            ["Date", "02/07/2024"],
            ["Quote", "CAC/Q/24/0512"],
        ]),
        ("sp",),
        ("p", "Sample order: twenty (20) aerator paddles APW-0750 (new 10-blade type) for the 30-day trial in "
              "ponds C3 and C4."),
        ("table", [
            ["No", "Item", "Description", "Qty", "USD/unit", "Amount USD"],
            ["1", "APW-0750-10", "Aerator paddle PP+GF30, 10 blades, bore Ø42 - SAMPLE", "25", "12,40", "310,00"],
        ]),
        ("sp",),
        ("p", "Production quantity 2 000 pcs is NOT released. It stays on hold until the trial report is "
              "signed off by Tran Van Khoa and Mr Le Minh Tuan (Deputy General Director) sends the written "
              "production release. Material authority: samples only."),
        ("p", "Nguyen Thi Thu Ha, Purchasing Manager"),
    ], title="TPA-PO-24-0488", author="Tan Phu Aqua Group JSC")),
])

# p44 - cover mail gives PO 2024-0418, attached PDF PO is 2024-0481
_po = pdf([
    ("h1", "Cooperativa Mitilicultores Chiloé Sur Ltda."),
    ("p", "RUT 76.543.210-K · Castro, Chiloé, Chile"),
    ("h", "ORDEN DE COMPRA N° 2024-0481"),
    ("table", [
        ["Proveedor", "Ege Denizcilik Ekipmanları A.Ş., İzmir"],
        ["Fecha", "05.07.2024"],
        ["Cotización", "EGE-Q-2406-08"],
    ]),
    ("sp",),
    ("table", [
        ["Pos", "Código", "Descripción", "Cant.", "P. unit EUR", "Total EUR"],
        ["10", "MS-25-36", "Grillete lira WLL 25 t, pin M36, EN 13889, HDG - prueba", "10", "44,00", "440,00"],
    ]),
    ("sp",),
    ("p", "Alcance / scope: 10 test shackles only. The production quantity of 2.500 shackles is not released; "
          "it stays on hold until the proof-load test report is signed and Patricio Barría (Gerente General) "
          "sends the written production release. Material only for the 10."),
    ("p", "Macarena Oyarzún, Jefa de Compras"),
], title="OC 2024-0481", author="Coopmit Chiloe Sur")
_t = """Estimado Murat,

Adjunto la OC N° 2024-0418 por diez (10) grilletes de prueba MS-25-36 (WLL 25 t).

As always: only the 10 test shackles. The 2.500 stay on hold until the proof-load report
is signed and Sr. Patricio Barría sends the written production release.

Favor confirmar recepción y fecha de despacho.

Saludos,
Macarena Oyarzún
Jefa de Compras | Cooperativa Mitilicultores Chiloé Sur Ltda.
Castro, Chiloé | +56 65 2 555 410
"""
_h = ("<p>Estimado Murat,</p><p>Adjunto la OC N° <b>2024-0418</b> por diez (10) grilletes de prueba MS-25-36 (WLL 25 t).</p>"
      "<p>As always: only the 10 test shackles. The 2.500 stay on hold until the proof-load report is signed and "
      "Sr. Patricio Barría sends the written production release.</p><p>Favor confirmar recepción y fecha de despacho.</p>"
      "<p>Saludos,<br>Macarena Oyarzún<br>Jefa de Compras | Cooperativa Mitilicultores Chiloé Sur Ltda.</p>")
case("p44_po_number_mismatch", ["RG011"],
     "cover mail names OC 2024-0418, the attached PO is 2024-0481 (same 10 test shackles); scope otherwise complete", [
    ("OC_grilletes_prueba_MS-25-36.eml", eml_bytes(mail(
        f"Macarena Oyarzún <m.oyarzun@{CM}>", f"Murat Yılmaz <murat.yilmaz@{EG}>",
        "OC grilletes de prueba MS-25-36", "Fri, 05 Jul 2024 12:30:00 -0400", _t, html=_h,
        attachments=[("OC_2024-0481.pdf", _po, PDF_MT)]))),
])

# p45 - forwarded internal mail (rfc822) says ten sample trays, attached DOCX sample order says twelve
_cal = mail(f"Callum Reid <callum.reid@{GC}>", f"Fiona MacAulay <fiona.macaulay@{GC}>",
            "Sample trays for the incubation trial", "Mon, 08 Jul 2024 07:55:00 +0100",
            """Fiona,

Can you order ten (10) sample trays HT-1200 Rev 12 from Polmar for the incubation trial
in hatchery room 2? Production (2 400) stays on hold until I've signed off the trial and
Alasdair releases it in writing.

Ta,
Callum
""")
_so = docx_bytes([
    ("h1", "Glen Corran Trout Ltd - Sample order GC-2439"),
    ("p", "To: Polmar Aqua Sp. z o.o., Ms Katarzyna Wiśniewska · Date: 8 July 2024"),
    ("table", [
        ["Part", "Description", "Qty", "Unit price GBP"],
        ["HT-1200 Rev 12", "Hatchery incubation tray, PP copolymer, RAL 7035 - samples", "12", "14.50"],
    ]),
    ("sp",),
    ("p", "Scope: twelve (12) sample trays for the incubation trial in hatchery room 2."),
    ("p", "The production quantity of 2 400 trays is not released. It stays on hold until Callum Reid has "
          "signed off the incubation trial and Alasdair Munro, Managing Director, issues a written "
          "production release."),
    ("p", "Material authority: samples only."),
    ("p", "Fiona MacAulay, Buyer"),
], author="Fiona MacAulay")
_t = """Hi Katarzyna,

See Callum's note below and our sample order GC-2439 attached - please make the sample
trays for the incubation trial and let me know the dispatch date.

Cheers,
Fiona
""" + sig("Fiona MacAulay", "Buyer", "Glen Corran Trout Ltd, Loch Awe, Argyll", "+44 1866 555 014")
case("p45_fwd_ten_vs_docx_twelve", ["RG011"],
     "forwarded internal mail (rfc822) says ten (10) sample trays, the attached sample order says twelve (12); hold, event and Alasdair Munro stated", [
    ("FW_Sample_trays_incubation_trial.eml", eml_bytes(mail(
        f"Fiona MacAulay <fiona.macaulay@{GC}>", f"Katarzyna Wiśniewska <k.wisniewska@{PM}>",
        "FW: Sample trays for the incubation trial - order GC-2439", "Mon, 08 Jul 2024 11:20:00 +0100", _t,
        attachments=[("rfc822", _cal), ("Sample_order_GC-2439.docx", _so, DOCX_MT)]))),
])


# =================================================================== WRITE
def _stem(fn):
    s = Path(fn).stem
    s = re.sub(r"[^A-Za-z0-9_-]+", "_", s).strip("_")
    return s


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(196196).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        folder = f"h196_{n:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"{len(labels)} cases, {clean} clean, {len(labels) - clean} with risks")


if __name__ == "__main__":
    main()
