#!/usr/bin/env python3
"""Generator for the releasegate check_holdout172 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout172/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).

Domain: trailers and towing equipment (drawbars, tow bars, hitches, couplings, axles,
mudguards, ramps, winches, LED trailer lights and wiring looms). All names are fictional.

Buyers:    Veldkamp Aanhangwagens B.V. (Nijverdal, NL)      - Sanne de Groot, Joost Verhoeven,
                                                               Marieke Bosman, Pieter van Dam
           Hartfield Equine Coachworks Ltd (Lambourn, UK)   - Rupert Hale, Fiona McAllister,
                                                               Graham Tolley, Debbie Nash
           Red Clay Trailer Co. (Cartersville, GA, US)      - Darrell Pruitt, Kayla Whitmore,
                                                               Travis Odom, Lena Castillo
           Bundu Bakkie Gear (Pty) Ltd (Centurion, ZA)      - Johan Pretorius, Thandi Mokoena,
                                                               Riaan Venter, Sipho Dlamini
Suppliers: Metalhak Sp. z o.o. (Kalisz, PL)                 - Tomasz Wisniewski, Agnieszka Nowak,
                                                               Marek Zielinski
           Naprava Moravia s.r.o. (Prerov, CZ)              - Petr Dvorak, Jana Novakova, Martin Kral
           Anadolu Romork Parcalari A.S. (Bursa, TR)        - Emre Yilmaz, Ayse Demir, Burak Kaya
           Sahyadri Autolink Pvt. Ltd. (Chakan, Pune, IN)   - Rohan Kulkarni, Sneha Deshpande,
                                                               Amit Joshi
           Qingdao Haixin Lighting & Harness Co., Ltd (CN)  - Kevin Liu, Cherry Zhang, Mr. Sun
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
    _check_pdf_text(blocks)
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


def _check_pdf_text(blocks):
    """The standard PDF fonts only cover cp1252; keep PDF text inside it."""
    for b in blocks:
        parts = []
        if b[0] == "table":
            parts = [str(c) for r in b[1] for c in r]
        elif len(b) > 1:
            parts = [b[1]]
        for s in parts:
            s.encode("cp1252")


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
    m["Message-ID"] = msgid or f"<h172-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h172")
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


# ------------------------------------------------------------------ people
SANNE = "Sanne de Groot <s.degroot@veldkamp-aanhangers.nl>"
JOOST = "Joost Verhoeven <j.verhoeven@veldkamp-aanhangers.nl>"
MARIEKE = "Marieke Bosman <m.bosman@veldkamp-aanhangers.nl>"
PIETER = "Pieter van Dam <p.vandam@veldkamp-aanhangers.nl>"
RUPERT = "Rupert Hale <rupert.hale@hartfield-equine.co.uk>"
FIONA = "Fiona McAllister <fiona.mcallister@hartfield-equine.co.uk>"
DEBBIE = "Debbie Nash <debbie.nash@hartfield-equine.co.uk>"
DARRELL = "Darrell Pruitt <dpruitt@redclaytrailer.com>"
KAYLA = "Kayla Whitmore <kwhitmore@redclaytrailer.com>"
TRAVIS = "Travis Odom <todom@redclaytrailer.com>"
LENA = "Lena Castillo <lcastillo@redclaytrailer.com>"
JOHAN = "Johan Pretorius <johan.p@bundugear.co.za>"
THANDI = "Thandi Mokoena <thandi.m@bundugear.co.za>"
RIAAN = "Riaan Venter <riaan.v@bundugear.co.za>"
TOMASZ = "Tomasz Wiśniewski <t.wisniewski@metalhak.pl>"
AGNIESZKA = "Agnieszka Nowak <a.nowak@metalhak.pl>"
MAREK = "Marek Zieliński <m.zielinski@metalhak.pl>"
PETR = "Petr Dvořák <dvorak@napravamoravia.cz>"
JANA = "Jana Nováková <novakova@napravamoravia.cz>"
EMRE = "Emre Yılmaz <emre.yilmaz@anadoluromork.com.tr>"
AYSE = "Ayşe Demir <ayse.demir@anadoluromork.com.tr>"
ROHAN = "Rohan Kulkarni <rohan.kulkarni@sahyadriautolink.in>"
SNEHA = "Sneha Deshpande <sneha.d@sahyadriautolink.in>"
KEVIN = "Kevin Liu <kevin.liu@haixin-lighting.cn>"
CHERRY = "Cherry Zhang <cherry@haixin-lighting.cn>"

CO_VK = "Veldkamp Aanhangwagens B.V. | Industrieweg 14, 7442 DH Nijverdal | Nederland"
CO_HF = "Hartfield Equine Coachworks Ltd | Unit 4, Membury Estate, Lambourn, Berkshire RG17 7TJ"
CO_RC = "Red Clay Trailer Co. | 1400 Industrial Blvd, Cartersville, GA 30120"
CO_BB = "Bundu Bakkie Gear (Pty) Ltd | Unit 7, Highveld Techno Park, Centurion 0157"
CO_MH = "Metalhak Sp. z o.o. | ul. Wrocławska 212, 62-800 Kalisz, Poland"
CO_NM = "Náprava Moravia s.r.o. | Tovární 31, 750 02 Přerov, Czech Republic"
CO_AR = "Anadolu Römork Parçaları A.Ş. | Nilüfer OSB, 16140 Bursa, Türkiye"
CO_SA = "Sahyadri Autolink Pvt. Ltd. | Plot B-27, MIDC Chakan Phase II, Pune 410501"
CO_HX = "Qingdao Haixin Lighting & Harness Co., Ltd. | Jiaozhou, Qingdao, Shandong, China"

VK_DISC = ("\nVeldkamp Aanhangwagens B.V. - KvK 06012345 - Op al onze aanbiedingen en "
           "overeenkomsten zijn onze inkoopvoorwaarden van toepassing.\nThis e-mail is intended "
           "for the addressee only. If you received it by mistake, please delete it and inform "
           "the sender.\n")


def T(s):
    """Text block written flush-left in this file; drop the leading newline."""
    return s[1:] if s.startswith("\n") else s


def quote(s, level=1):
    pre = ">" * level
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in s.strip("\n").split("\n")) + "\n"


# =================================================================== CLEAN

# c01 - supplier quote with sample and series tiers (TXT, mail saved as text)
case("c01", [], "supplier quote alone: sample and series tiers, no authorized quantity, says offer only", [
    ("Offer_MH-24-0311.txt", T("""
From: Tomasz Wiśniewski <t.wisniewski@metalhak.pl>
Sent: Tuesday, 16 April 2024 11:42
To: Sanne de Groot <s.degroot@veldkamp-aanhangers.nl>
Cc: Agnieszka Nowak <a.nowak@metalhak.pl>
Subject: Offer MH-24-0311 / V-drawbar VD-1350 galvanised

Dear Mrs. Sanne,

thank you for your inquiry from 9.04. Please find below our offer for the V-drawbar
acc. to your drawing DRG 1350-07 Rev 04.

Item:     V-drawbar VD-1350, tube S355 100x50x4, hot dip galvanised acc. EN ISO 1461,
          prepared for coupling ECE R55 class A50-X, holes M12x1.5 for jockey wheel clamp
Welding jig (one time): EUR 2.850,00

Quantity tiers:
  samples            10 pcs   EUR 148,00 / pc   (made by hand in jig, lead time 4 weeks)
  series tier 1     500 pcs   EUR  96,40 / pc
  series tier 2   1.000 pcs   EUR  91,20 / pc
  series tier 3   2.500 pcs   EUR  87,90 / pc

Lead time series: 6-7 weeks after your release.
Prices EXW Kalisz, packing on steel racks included (returnable racks).
Validity of this offer: 60 days. Payment 30 days netto.
Our QMS is ISO 9001:2015, certificate nr PL-0917-2015 attached on request.

This is an offer only, no production and no material is planned from our side before we
have your order. We are waiting for your feedback.

Pozdrawiam / Best regards
Tomasz Wiśniewski
Export Sales
Metalhak Sp. z o.o.
ul. Wrocławska 212, 62-800 Kalisz, Poland
tel. +48 62 555 21 40
""")),
])

# c02 - buyer RFQ with three volume scenarios (EML, multipart/alternative)
_txt = T("""
Hi Rohan,

We're getting quotes on a new 12V electric winch for our car hauler line (RC-18 and RC-20
tilt decks). This is an RFQ only - not an order. Please don't start anything or buy material.

Spec: 9,500 lb rated line pull, synthetic rope 3/8" x 85 ft, IP67 solenoid box, wireless
remote, 2 year warranty. Drawing RC-W-9500 Rev B is on our supplier portal.

Please quote three scenarios:
 - Scenario A: 250 units/yr
 - Scenario B: 500 units/yr
 - Scenario C: 1,000 units/yr
plus a price for five (5) pilot units for our test lab (we cycle them 200 times at full load).

Volumes are estimates for quoting only. Actual quantities will only come by PO.
Need your pricing FOB Nhava Sheva, lead times and MOQ by Friday May 24.

Thanks,
Kayla
""") + sig("Kayla Whitmore", "Buyer, Purchasing", CO_RC, "+1 770 555 0142")
_html = """<html><body style="font-family:Calibri,sans-serif">
<p>Hi Rohan,</p>
<p>We're getting quotes on a new 12V electric winch for our car hauler line (RC-18 and RC-20 tilt decks).
<b>This is an RFQ only - not an order.</b> Please don't start anything or buy material.</p>
<p>Spec: 9,500 lb rated line pull, synthetic rope 3/8" x 85 ft, IP67 solenoid box, wireless remote,
2 year warranty. Drawing RC-W-9500 Rev B is on our supplier portal.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Scenario</th><th>Annual volume (estimate)</th><th>Your price / unit</th><th>Lead time</th></tr>
<tr><td>Pilot (test lab)</td><td>5 units, one time</td><td></td><td></td></tr>
<tr><td>A</td><td>250</td><td></td><td></td></tr>
<tr><td>B</td><td>500</td><td></td><td></td></tr>
<tr><td>C</td><td>1,000</td><td></td><td></td></tr>
</table>
<p>Volumes are estimates for quoting only. Actual quantities will only come by PO.<br>
Need your pricing FOB Nhava Sheva, lead times and MOQ by Friday May 24.</p>
<p>Thanks,<br>Kayla</p>
<p style="color:#666;font-size:11px">Kayla Whitmore | Buyer, Purchasing | Red Clay Trailer Co. | 1400 Industrial Blvd,
Cartersville, GA 30120 | +1 770 555 0142</p>
</body></html>
"""
case("c02", [], "buyer RFQ with three volume scenarios and a pilot price; says not an order", [
    ("RFQ_RC-W-9500.eml", eml_bytes(mail(KAYLA, ROHAN, "RFQ RC-W-9500 - 12V winch 9,500 lb",
                                         "Mon, 13 May 2024 10:05:00 -0400", _txt, html=_html))),
])

# c03 - WhatsApp: supplier asks for the balance, buyer answers with the complete scope
case("c03", [], "supplier question about the balance; buyer answers: 50 samples only, 1.150 not released, "
     "fit check + sign-off, written release by Marieke Bosman", [
    ("WhatsApp_Chat_with_Burak_Kaya_Anadolu.txt", T("""
07/05/2024, 08:51 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
07/05/2024, 08:51 - Burak Kaya Anadolu: Good morning Sanne hanım, 50 sample mudguards MG-1400 are ready, packing today
07/05/2024, 08:53 - Burak Kaya Anadolu: Question: can we start also the balance 1.150 pcs? Our press line is free next week, good chance for you
07/05/2024, 09:20 - Sanne de Groot: Morning Burak, thanks! No, please do not start the balance.
07/05/2024, 09:21 - Sanne de Groot: PO 45-1290 is for the 50 samples only. The other 1.150 are not released.
07/05/2024, 09:23 - Sanne de Groot: First Joost does the fit check on the 1350 kg chassis and signs off the samples. After that Marieke Bosman sends you the written release for the 1.150. Not before 🙂
07/05/2024, 09:24 - Burak Kaya Anadolu: Understood 👍 we hold the balance and we buy no sheet for it
07/05/2024, 09:24 - Burak Kaya Anadolu: samples go today with DHL, AWB I send after
07/05/2024, 09:40 - Sanne de Groot: Top, thank you!
07/05/2024, 16:02 - Burak Kaya Anadolu: <Media omitted>
07/05/2024, 16:02 - Burak Kaya Anadolu: AWB 48 1120 5567
""")),
])

# c04 - clearly labelled forecast (PDF table)
case("c04", [], "12-month rolling forecast labelled planning only / not a purchase order; part numbers carry 3500", [
    ("FC-2024-05_Bundu_towbars.pdf", pdf([
        ("h1", "Bundu Bakkie Gear (Pty) Ltd"),
        ("p", "Unit 7, Highveld Techno Park, Centurion 0157, South Africa | procurement@bundugear.co.za"),
        ("h", "Rolling forecast FC-2024-05 - tow bars"),
        ("p", "FORECAST - FOR CAPACITY PLANNING ONLY. THIS IS NOT A PURCHASE ORDER."),
        ("p", "To: Metalhak Sp. z o.o., Kalisz - attn. Tomasz Wisniewski. Date: 03.05.2024. "
              "Issued by: Johan Pretorius, Procurement."),
        ("table", [
            ["Model", "Bundu part no.", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Total"],
            ["Hilux 2016+ tow bar", "BB-TB-HLX-3500", "120", "120", "150", "150", "180", "180", "900"],
            ["Ranger 2012+ tow bar", "BB-TB-RGR-3500", "90", "90", "100", "110", "120", "120", "630"],
            ["Navara D23 tow bar", "BB-TB-NAV-3500", "40", "40", "40", "60", "60", "60", "300"],
            ["D-Max 2020+ tow bar", "BB-TB-DMX-3500", "30", "30", "30", "40", "40", "40", "210"],
        ]),
        ("sp",),
        ("h", "Notes"),
        ("p", "1. Figures are our best estimate from dealer orders and can move by +/- 30 %. "
              "The 3500 in the part numbers is the towing rating (3 500 kg), not a quantity."),
        ("p", "2. This forecast does not authorise production or the purchase of material. Metalhak makes "
              "and ships only what is on a Bundu purchase order; production quantities are released in "
              "writing by Riaan Venter (Operations Director)."),
        ("p", "3. Please use it to plan capacity and tell us early if the October / November peak is a "
              "problem for your bending line."),
        ("p", "4. Hitch balls 50 mm to ISO 1103, SANS 1603 marking as before."),
    ], title="FC-2024-05", author="Johan Pretorius")),
])

# c05 - sample sign-off record scoped to fit check (DOCX)
case("c05", [], "sample sign-off: approved for fit check only; production not released; balance 596 on hold "
     "until written release by Marieke Bosman", [
    ("SSR-24-031.docx", docx_bytes([
        ("h1", "Sample sign-off record SSR-24-031"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "Loading ramp RP-2000, aluminium, 2000 kg per pair, DRG 2000-14 Rev C"],
            ["Supplier", "Anadolu Römork Parçaları A.Ş., Bursa"],
            ["PO", "45-1318 - samples: four (4) ramps = 2 pairs"],
            ["Samples received", "29-04-2024"],
            ["Checked by", "Joost Verhoeven, Engineering"],
        ]),
        ("h", "Result"),
        ("li", "Dimensions: OK (CMM report CMM-24-118 attached)."),
        ("li", "Fit on the 2700 kg plant trailer PT-27: OK, hooks engage in both positions."),
        ("li", "Load test 2 x 2000 kg, 10 min: no permanent deformation."),
        ("li", "Hinge lug weld: one spatter spot, cosmetic, supplier to clean on series parts."),
        ("h", "Disposition"),
        ("p", "Approved for fit check only; production not released."),
        ("p", "This sign-off is a technical statement about the four samples. It gives no permission to "
              "produce the series quantity of 596 ramps from quotation AR-24-118. The balance stays on hold "
              "until Marieke Bosman (Operations Director) issues a written production release. Material "
              "authority: sample-only, no aluminium profile to be bought for the series."),
        ("sp",),
        ("p", "Joost Verhoeven - Engineering - 02-05-2024"),
    ], author="Joost Verhoeven")),
])

# c06 - buyer portal PO for the full quantity (HTML)
case("c06", [], "full-quantity portal PO (400 kits) that says proceed with the full 400; no balance exists", [
    ("PO_7-2256.html", html_page("Red Clay Supplier Portal - PO 7-2256", """
<h2>Red Clay Trailer Co. - Supplier Portal</h2>
<p>Supplier: <b>Qingdao Haixin Lighting &amp; Harness Co., Ltd.</b> (vendor 40117) &nbsp;|&nbsp; Logged in: cherry@haixin-lighting.cn</p>
<h3>Purchase Order 7-2256 &nbsp; <small>Rev 0 - issued 05/09/2024</small></h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit price</th><th>Ext.</th><th>Need by</th></tr>
<tr><td>1</td><td>LK-400-7W</td><td>LED light kit, stop/tail/turn + marker, 7-way SAE J560 plug, 25 ft harness, FMVSS 108 / SAE J2040</td><td>400</td><td>EA</td><td>$38.60</td><td>$15,440.00</td><td>07/15/2024</td></tr>
</table>
<p class="note"><b>PO type: Standard - full quantity.</b> Please proceed with the full 400 kits. This PO is the complete
order: there is no sample lot and no balance, nothing further to release on this PO.<br>
Drawing RC-E-1200 Rev 3 applies. Inspect to AQL 1.0, 2 lamps per carton x 200 cartons, carton marks per RC-PK-01.</p>
<p>Ship to: Red Clay Trailer Co., 1400 Industrial Blvd, Cartersville, GA 30120 &nbsp;|&nbsp; Incoterm FOB Qingdao
&nbsp;|&nbsp; Terms Net 45 &nbsp;|&nbsp; Buyer: Kayla Whitmore (770-555-0142)</p>
<p><button>Acknowledge PO</button> <button>Propose change</button></p>
""")),
])

# c07 - EDI call-off with explicit staged material authority above the released quantity (TXT)
case("c07", [], "DELFOR call-off: 200 firm, forecast lines labelled not released, explicit staged material "
     "authority up to 600 sets, next call-off by S. de Groot", [
    ("DELFOR_24-021.txt", T("""
EDI DELFOR D.96A - HUMAN READABLE PRINT                          page 1/1
=========================================================================
Sender    : VELDKAMP AANHANGWAGENS BV        GLN 8712345000017
Receiver  : NAPRAVA MORAVIA S.R.O.           GLN 8594000123451
Message   : call-off 24-021                  date 2024-05-06 07:12
Agreement : scheduling agreement SA 5500-0031
Item      : AX-1350-B  braked axle 1350 kg, PCD 100x4, brake 200x50
Drawing   : DRG 1350-11 Rev 06
Cum recd  : 1870 (since 2024-01-01)      Last ASN: 24-0419 / 96 pcs

LINE PERIOD          QTY  TYPE
---- -------------- ----- --------------------------------------------
 1   wk 21-22         200 FIRM  - released for production and delivery
 2   wk 23-24         120 FCST  - forecast, not released
 3   wk 25-26         120 FCST  - forecast, not released
 4   wk 27-30         240 FCST  - forecast, not released
 5   wk 31-34         240 FCST  - forecast, not released

FAB / MAT AUTHORISATION
  Fabrication authorisation : 200 axles (line 1 only)
  Material authorisation    : STAGED, up to 600 axle sets (tube 80x80x6,
                              hubs, brake shoes). Veldkamp is liable for
                              material up to 600 sets. No fabrication
                              beyond the 200 of line 1.

NOTES
  Forecast lines 2-5 are not released. Further quantities are released
  only by the next call-off, issued by S. de Groot (call-off authority,
  Purchasing Veldkamp). Quantities on forecast lines may change.
=========================================================================
END OF MESSAGE  UNB ref 000240521  UNH 1
""")),
])

# c08 - explicit, signed auto-conversion record (DOCX)
case("c08", [], "explicit auto-conversion agreement: quantity 600, signer Riaan Venter, conditions; balance beyond "
     "600 on hold", [
    ("AC-2024-004_couplings.docx", docx_bytes([
        ("h1", "Auto-conversion agreement AC-2024-004"),
        ("p", "Bundu Bakkie Gear (Pty) Ltd and Sahyadri Autolink Pvt. Ltd. - recorded on 22 April 2024, "
              "before submission of the PPAP samples."),
        ("table", [
            ["Item", "Entry"],
            ["Part", "Ball coupling head BC-3500, 50 mm, ECE R55, drawing BB-D-3500 Rev 2"],
            ["PO", "4500013310"],
            ["Samples", "six (6) PPAP samples, PPAP level 3"],
            ["Quantity released by auto-conversion", "600 pcs"],
            ["Sign-off that triggers it", "status 'approved' (not interim) by Thandi Mokoena, Product Engineer"],
        ]),
        ("h", "Agreement"),
        ("p", "If, and only if, the six PPAP samples receive a sign-off with status 'approved' from Thandi "
              "Mokoena, then 600 pcs under PO 4500013310 are released for production by that sign-off, "
              "without a further release letter. An interim or rejected sign-off releases nothing."),
        ("p", "Conditions: salt spray ISO 9227 480 h passed; pull test 3 500 kg x 1.5 passed; sign-off "
              "dated before 30 June 2024. After that date this agreement lapses."),
        ("p", "Anything above the 600 pcs (quoted annual volume 2 400) stays on hold and is released only by "
              "a written release from Riaan Venter. Material authority until sign-off: sample-only."),
        ("sp",),
        ("p", "Signed: Riaan Venter, Operations Director, Bundu Bakkie Gear - 22/04/2024"),
        ("p", "Acknowledged: Rohan Kulkarni, Sales, Sahyadri Autolink - 23/04/2024"),
    ], author="Riaan Venter")),
])

# c09 - old quote forwarded as message/rfc822, declared informational (EML)
_old = mail(KEVIN, SANNE, "Quotation HX-Q-22-0871 LED rear lamp LR-7",
            "Thu, 17 Nov 2022 15:20:00 +0800", T("""
Dear Sanne,

Thanks for your inquiry. Our quotation for the LED rear combination lamp LR-7 (ECE R148 / R7 / R6,
IP67, 12V, 5-pin bayonet) as below:

  sample        20 pcs     EUR 19,80
  MOQ          500 pcs     EUR 11,45
             2.000 pcs     EUR 10,60
            10.000 pcs     EUR  9,75

Mould cost EUR 6.400, amortised free above 10.000 pcs. Lead time 35 days.
Valid 30 days.

Best regards
Kevin Liu
Sales Manager
Qingdao Haixin Lighting & Harness Co., Ltd.
"""))
_txt = T("""
Hi Kevin,

For the good order I forward below your quotation from November 2022. Only as price reference
for our call on Thursday - it is informational, the 10.000 pcs in it are not ordered and not
released.

Current situation stays as in PO 45-1344:
- 40 sample lamps LR-7 (new lens colour), that is all you may produce now
- the balance is on hold. First Joost Verhoeven signs off the samples, then Marieke Bosman
  sends the written release with the quantity
- no material beyond the samples please

Can you send me your new price for 2.000 and 5.000 before Thursday?

Met vriendelijke groet / Kind regards,
Sanne de Groot
Inkoper / Purchaser
""") + VK_DISC
case("c09", [], "old 2022 quote with 10.000 pcs forwarded as rfc822 and declared informational; current PO 40 samples, "
     "balance on hold, sign-off then written release by Marieke Bosman", [
    ("FW_Quotation_HX-Q-22-0871.eml", eml_bytes(mail(
        SANNE, KEVIN, "FW: Quotation HX-Q-22-0871 LED rear lamp LR-7", "Mon, 06 May 2024 14:31:00 +0200",
        _txt, cc=JOOST, attachments=[("rfc822", _old)]))),
])

# c10 - quoted supplier line assuming auto-conversion, corrected by the buyer (EML, quoted reply)
_q = quote(T("""
From: Rohan Kulkarni <rohan.kulkarni@sahyadriautolink.in>
Sent: Tuesday, May 14, 2024 7:48 AM
To: Darrell Pruitt <dpruitt@redclaytrailer.com>
Subject: Pilot winches RC-W-9500 - dispatch

Dear Darrell ji,

Greetings from Sahyadri! The 10 pilot winches are packed and will be dispatched by air tomorrow,
AWB will be shared.

To save time, once Lena madam approves the pilot units we will roll straight into the 490 balance.
Motors are available with our vendor this month only, hence we are planning to book them now.

Kindly revert.

Regards,
Rohan Kulkarni
Sahyadri Autolink Pvt. Ltd.
"""))
_txt = T("""
Rohan,

No - please don't. Lena's sign-off is a technical sign-off on the pilot units, it doesn't
release anything by itself.

You're released for the 10 pilot winches on PO 7-2290, period. The other 490 stay on hold
until Lena has signed off the pilots AND Travis Odom sends you a written production release
with the quantity. Please don't book motors or rope for the 490 either - sample material only
until then.

Thanks for the heads up on the motors, I'll talk to Travis about lead time.

Darrell
""") + sig("Darrell Pruitt", "Purchasing Manager", CO_RC, "+1 770 555 0120") + "\n" + _q
case("c10", [], "quoted supplier line 'roll straight into the 490' corrected by buyer: 10 pilot units only, "
     "balance on hold until sign-off and written release by Travis Odom", [
    ("RE_Pilot_winches_RC-W-9500.eml", eml_bytes(mail(
        DARRELL, ROHAN, "RE: Pilot winches RC-W-9500 - dispatch", "Tue, 14 May 2024 08:26:00 -0400", _txt,
        cc=LENA, in_reply_to="<SAL-20240514-0748@sahyadriautolink.in>"))),
])

# c11 - WhatsApp: deposit explicitly does not release production
case("c11", [], "deposit paid for the mould; both say it does not release production; 30 samples only, "
     "balance 1 470 not released, Thandi signs off, Riaan releases in writing", [
    ("WhatsApp_Chat_Ayse_Anadolu.txt", T("""
[2024/05/08, 10:02:11] Johan Pretorius: Morning Ayşe, deposit for the mudguard mould MG-PP-16 went out this morning. POP attached
[2024/05/08, 10:02:15] Johan Pretorius: <attached: 00000012-PHOTO-2024-05-08-10-02-15.jpg>
[2024/05/08, 10:31:40] Ayşe Demir: Good morning Johan, thank you, I give to accounting
[2024/05/08, 10:33:02] Ayşe Demir: For clarity: deposit is for the mould only, it does not release production. We make only the 30 sample mudguards
[2024/05/08, 10:47:26] Johan Pretorius: Ja exactly, thanks. 30 samples only on PO 4500013398. The balance of 1 470 is not released
[2024/05/08, 10:48:10] Johan Pretorius: Thandi signs off the samples first, then Riaan Venter sends you the written release for the balance. Only then
[2024/05/08, 10:48:55] Ayşe Demir: Noted 👍 mould T1 shots planned 27 May, samples ship first week June inşallah
[2024/05/08, 10:49:30] Johan Pretorius: Lekker, shot
""")),
])

# c12 - supplier acknowledgement restating the hold (PDF)
case("c12", [], "supplier order acknowledgement restating scope: 2 sample axles, balance 148 on hold, sample-only "
     "material, written release from Graham Tolley", [
    ("AB-24-0412.pdf", pdf([
        ("h1", "Naprava Moravia s.r.o."),
        ("p", "Tovarni 31, 750 02 Prerov, Czech Republic | VAT CZ25871234 | ISO 9001:2015, IATF 16949"),
        ("h", "Order acknowledgement AB-24-0412"),
        ("p", "Customer: Hartfield Equine Coachworks Ltd, Lambourn, UK. Your order: PO HEC-7710 of 22.04.2024. "
              "Our reference: Petr Dvorak, sales. Date: 25.04.2024."),
        ("table", [
            ["Pos.", "Article", "Description", "Qty", "Unit price", "Amount"],
            ["10", "AX-1600-T", "Braked tandem axle set 1600 kg, PCD 112x5, brake 250x40, torsion rubber",
             "2 sets (samples)", "EUR 612,00", "EUR 1.224,00"],
        ]),
        ("sp",),
        ("p", "We acknowledge the scope of your order as written: two (2) sample axle sets only. The balance "
              "of 148 sets from our offer NM-Q-24-033 is not released and stays on hold. We will not plan "
              "or produce it."),
        ("p", "Material authority: sample-only. We buy no tube or hubs for the balance."),
        ("p", "We wait for the written production release from Mr. Graham Tolley (Managing Director) after "
              "your sample sign-off on the HB-2 chassis. Delivery of samples: week 20, DAP Lambourn."),
        ("p", "S pozdravem / Best regards, Petr Dvorak"),
    ], title="AB-24-0412", author="Petr Dvorak")),
])

# c13 - interim sample sign-off with limits (DOCX)
case("c13", [], "interim disposition with quantity (150) and expiry limits; releases nothing by itself; release "
     "separately by Graham Tolley; balance 1 050 not released", [
    ("Interim_disposition_HX-LR-2.docx", docx_bytes([
        ("h1", "Sample disposition - INTERIM"),
        ("p", "Hartfield Equine Coachworks Ltd - Engineering"),
        ("table", [
            ["", ""],
            ["Part", "LED side marker lamp SM-2 amber, ECE R7, 12/24V, IP67"],
            ["Supplier", "Qingdao Haixin Lighting & Harness Co., Ltd."],
            ["Order", "PO HEC-7724 - twelve (12) sample lamps"],
            ["Disposition", "INTERIM"],
            ["Limit", "max. 150 lamps; valid until 30 June 2024"],
        ]),
        ("h", "Reason"),
        ("p", "Colour co-ordinates of the amber lens sit at the edge of the R7 box (x = 0.571). Light output "
              "and IP67 spray test OK. Haixin is to correct the lens masterbatch and resubmit 12 lamps by "
              "week 26."),
        ("h", "What this disposition allows"),
        ("p", "It allows a production release of up to 150 lamps, to be used on the show stock horseboxes "
              "only. The disposition releases nothing by itself: the release for the 150 is issued "
              "separately, in writing, by Graham Tolley (Managing Director). The balance of 1 050 lamps "
              "from quote HX-Q-24-0210 is not released and needs a full approval of the resubmitted "
              "samples plus a written release from Graham."),
        ("sp",),
        ("p", "Fiona McAllister, Design Engineer - 10 May 2024"),
    ], author="Fiona McAllister")),
])

# c14 - deviation permit that leaves quantities untouched (PDF)
case("c14", [], "deviation permit on coating; changes no quantity and releases nothing", [
    ("DEV-24-007.pdf", pdf([
        ("h1", "Veldkamp Aanhangwagens B.V."),
        ("h", "Deviation permit DEV-24-007"),
        ("table", [
            ["Field", "Entry"],
            ["Supplier", "Naprava Moravia s.r.o., Prerov"],
            ["Part", "Brake rod bracket BR-1350 on axle AX-1350-B, DRG 1350-11 Rev 06"],
            ["Requirement", "Hot dip galvanised, EN ISO 1461, min. 55 um"],
            ["Deviation", "Zinc flake coating (Geomet 321 + top coat), min. 8 um, salt spray ISO 9227 720 h"],
            ["Applies to", "Axles of call-off 24-021 line 1 (already released 200 pcs)"],
            ["Valid until", "30.06.2024 or end of call-off 24-021 line 1"],
        ]),
        ("sp",),
        ("p", "Reason: galvaniser in Olomouc has a kettle repair until end of June. Engineering (Joost "
              "Verhoeven) checked the zinc flake data sheet; corrosion performance is equal or better."),
        ("p", "This deviation permit only changes the coating. It changes no quantity and releases nothing: "
              "the forecast lines of the scheduling agreement stay not released, and the release status of "
              "every line is unchanged."),
        ("p", "Approved by: Joost Verhoeven (Engineering), 07.05.2024"),
    ], title="DEV-24-007", author="Joost Verhoeven")),
])

# c15 - Teams: scoped go-ahead
case("c15", [], "Teams go-ahead scoped to the 8 pilot winches only; 242 not released until Fiona's sign-off and "
     "Graham's written release", [
    ("Teams_chat_Sahyadri_ramp_winch.txt", T("""
Chat: Hartfield / Sahyadri - ramp winch RW-1200
Exported 15/05/2024

Sneha Deshpande  14/05/2024 11:02
Good afternoon Rupert. Revised drawing RW-1200 Rev E received, thank you. Shall we proceed?

Rupert Hale  14/05/2024 11:20
Hi Sneha - yes, go ahead with the 8 pilot winches only (PO HEC-7719).

Rupert Hale  14/05/2024 11:21
The other 242 on your quote are not released. They wait for Fiona's sign-off of the pilots on the
ramp rig and then a written release from Graham Tolley. Nothing before that, and no motors or
gearboxes bought for them please.

Sneha Deshpande  14/05/2024 11:35
Noted Rupert. 8 nos. pilot only, balance 242 on hold, sample material only. Will share the
dispatch plan by tomorrow EOD.

Rupert Hale  14/05/2024 11:36
Cheers 👍
""")),
])

# c16 - full-quantity ERP PO full of quantity-like identifiers (TXT)
case("c16", [], "full-quantity ERP PO (60 couplers); identifiers 2-5/16, 10K, J684, DRG 2500 Rev 12, 5/8-11 UNC", [
    ("PO_7-2244.txt", T("""
RED CLAY TRAILER CO.                                  PURCHASE ORDER
1400 INDUSTRIAL BLVD                                  PO NUMBER : 7-2244
CARTERSVILLE GA 30120                                 REVISION  : 0
PH 770-555-0100                                       PO DATE   : 05/06/2024
                                                      PAGE      : 1 OF 1
VENDOR: 30482                                         BUYER     : DARRELL PRUITT
  METALHAK SP. Z O.O.
  UL. WROCLAWSKA 212                                  TERMS     : NET 60
  62-800 KALISZ, POLAND                               FOB       : FCA GDANSK
                                                      SHIP VIA  : OCEAN, CONSOLIDATED
PO TYPE: STANDARD - COMPLETE QUANTITY (NO SAMPLE LOT, NO BALANCE)
-------------------------------------------------------------------------------------
LN  ITEM              DESCRIPTION                         QTY UOM   UNIT PR   EXT PRICE
-------------------------------------------------------------------------------------
 1  2516-10K-BC       COUPLER, 2-5/16 IN BALL, 10K GTW,    60  EA    42.75     2,565.00
                      STRAIGHT TONGUE 3 IN, SAE J684,
                      DRG 2500 REV 12
 2  2516-10K-BC-HW    HARDWARE KIT 5/8-11 UNC GR 8,        60  KT     3.10       186.00
                      NYLOCK NUTS
-------------------------------------------------------------------------------------
                                                         PO TOTAL USD   2,751.00
NOTES:
 1. THIS PO IS THE FULL ORDER QUANTITY. PROCEED WITH 60 EA LINE 1 / 60 KT LINE 2.
 2. SUPPLIER MUST HOLD ISO 9001:2015. PPAP LEVEL 1 ON FILE (PPAP-2023-0112).
 3. PROOF LOAD 15,000 LB PER SAE J684 - CERTS WITH SHIPMENT.
 4. PACK 10 EA PER CARTON, 6 CARTONS, LABEL PER RC-PK-01 REV 4.
AUTHORIZED: D. PRUITT 05/06/2024
""")),
])
# c17 - supplier status report restating the hold and sample-only material (PDF)
case("c17", [], "supplier status report: samples shipped, balances on hold / not released, material sample-only", [
    ("SAL_status_Bundu_wk19.pdf", pdf([
        ("h1", "Sahyadri Autolink Pvt. Ltd."),
        ("p", "Plot B-27, MIDC Chakan Phase II, Pune 410501 | IATF 16949 / ISO 9001:2015"),
        ("h", "Weekly order status - Bundu Bakkie Gear - week 19 / 2024"),
        ("table", [
            ["Bundu PO", "Part", "Released to us", "Status", "Balance", "Material"],
            ["4500013288", "Winch BW-12K, 12 000 lb, 12V", "sample 5 nos.",
             "5 nos. shipped 06-05-2024, AWB 098-1176 2231", "295 nos. on hold - not released",
             "sample-only"],
            ["4500013301", "Coupling BC-2000, 50 mm", "sample 8 nos.",
             "in salt spray ISO 9227, 480 h ends 13-05", "392 nos. on hold - not released",
             "sample-only"],
            ["4500013177", "Jockey wheel JW-48", "full order 240 nos.",
             "160 shipped, 80 in assembly", "none (full order)", "as per PO"],
        ]),
        ("sp",),
        ("p", "Remarks: We have not started and will not start the balances of PO 4500013288 and "
              "4500013301. As per Bundu PO text, balance is released only by written release from "
              "Mr. Riaan Venter after Ms. Thandi Mokoena signs off the samples. No raw material procured "
              "for the balances."),
        ("p", "Prepared by: Sneha Deshpande, Customer Service - 10-05-2024"),
    ], title="Status wk19", author="Sneha Deshpande")),
])

# c18 - supplier portal page carrying the buyer's complete PO note (HTML)
case("c18", [], "supplier portal shows buyer PO note: 24 sample looms only, balance 2.376 not released, sign-off by "
     "Joost, written release by Sanne de Groot", [
    ("order_45-1361.html", html_page("Haixin customer order 45-1361", """
<h2>HAIXIN ERP - Customer Order View</h2>
<p>Customer: <b>Veldkamp Aanhangwagens B.V.</b> (C-0318) &nbsp;|&nbsp; Sales: Kevin Liu &nbsp;|&nbsp; Merchandiser: Cherry Zhang</p>
<table>
<tr><th>Customer PO</th><th>Item</th><th>Description</th><th>Order qty</th><th>Type</th><th>Status</th></tr>
<tr><td>45-1361</td><td>WL-13P-7.5</td><td>Wiring loom 13-pin ISO 11446, 7.5 m, with side marker branches</td><td>24</td><td>SAMPLE</td><td>In production (samples)</td></tr>
</table>
<h3>Customer PO note (copied from PO 45-1361)</h3>
<div class="note">
PO 45-1361 covers 24 sample looms only. The balance of 2.376 looms from your quotation HX-Q-24-0133 is
<b>not released</b>. Engineering (Joost Verhoeven) signs off the samples on the trailer; after that sign-off
Sanne de Groot (Purchasing) sends a written release with the released quantity. No cable or connectors to be
bought for the balance.
</div>
<h3>Internal remark</h3>
<p>Sample only. Do not open MO for balance. - Cherry 2024-05-09</p>
""")),
])

# c19 - full-quantity PO that says proceed (EML with PDF attachment)
_po = pdf([
    ("h1", "Red Clay Trailer Co."),
    ("p", "1400 Industrial Blvd, Cartersville, GA 30120 - Purchasing"),
    ("h", "Purchase Order 7-2262"),
    ("p", "Vendor: Metalhak Sp. z o.o., Kalisz, Poland (30482). Date: 05/15/2024. Buyer: Darrell Pruitt. "
          "Terms: Net 60. FCA Gdansk."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "UOM", "Unit", "Ext."],
        ["1", "RH-2-CL3", "Receiver hitch, class III, 2 in receiver, 6,000 lb GTW / 600 lb TW, black powder coat",
         "300", "EA", "$61.20", "$18,360.00"],
    ]),
    ("sp",),
    ("p", "This PO is the complete order quantity (300 EA). No sample lot, no balance. "
          "Pin and clip included. Drawing RC-H-3000 Rev 7. SAE J684 test report per lot."),
], pagesize=LETTER, title="PO 7-2262", author="Darrell Pruitt")
_txt = T("""
Tomasz,

PO 7-2262 attached for the class III receiver hitches. This one is the full order - 300 pcs,
no samples needed since it's the same hitch as PO 7-2198, just the new black powder coat you
already sampled in March.

Please proceed with the full 300. Let me know your ship date out of Gdansk.

Thanks,
Darrell
""") + sig("Darrell Pruitt", "Purchasing Manager", CO_RC, "+1 770 555 0120")
case("c19", [], "full-quantity PO (300) with 'proceed with the full 300'; no balance exists", [
    ("PO_7-2262_receiver_hitches.eml", eml_bytes(mail(
        DARRELL, TOMASZ, "PO 7-2262 - receiver hitches class III", "Wed, 15 May 2024 09:40:00 -0400",
        _txt, attachments=[("PO_7-2262.pdf", _po, PDF_MT)]))),
])

# c20 - release letter + the sample sign-off record it refers to (TXT + DOCX, multi-file)
case("c20", [], "release of the full remaining 380 by Graham Tolley with sign-off reference; sign-off record keeps "
     "disposition separate from release", [
    ("R-0412_RS-45.txt", T("""
From: Graham Tolley <graham.tolley@hartfield-equine.co.uk>
Sent: 07 May 2024 16:12
To: Emre Yılmaz <emre.yilmaz@anadoluromork.com.tr>
Cc: Rupert Hale <rupert.hale@hartfield-equine.co.uk>; Fiona McAllister <fiona.mcallister@hartfield-equine.co.uk>
Subject: Production release R-0412 - ramp spring assembly RS-45 - PO HEC-7688

Emre,

Production release R-0412

  Part:       ramp spring assembly RS-45 (twin torsion, 45 kg assist), drawing HEC-D-045 Rev B
  PO:         HEC-7688 rev 1 (covers 400 pcs in total)
  Released:   380 pcs - the full remaining quantity after the 20 samples
  Event:      sample sign-off SSR-0118, approved by Fiona McAllister on 3 May (record attached)
  Authorised: Graham Tolley, Managing Director

With the 20 samples this completes the PO; there's nothing left on hold for this part.
Please confirm the delivery split (we'd like 190 in week 24 and 190 in week 28).

Regards,
Graham

Graham Tolley
Managing Director
Hartfield Equine Coachworks Ltd
Unit 4, Membury Estate, Lambourn, Berkshire RG17 7TJ
""")),
    ("SSR-0118.docx", docx_bytes([
        ("h1", "Sample sign-off record SSR-0118"),
        ("table", [
            ["Field", "Entry"],
            ["Part", "Ramp spring assembly RS-45, HEC-D-045 Rev B"],
            ["Supplier", "Anadolu Römork Parçaları A.Ş."],
            ["Samples", "20 pcs under PO HEC-7688"],
            ["Tests", "10 000 cycle ramp test on HB-2 rig, corrosion ISO 9227 240 h, fit on 3 ramp sizes"],
            ["Disposition", "APPROVED"],
        ]),
        ("p", "This record is the technical sample disposition only. It does not release production; the "
              "production release is issued separately, in writing, by Graham Tolley."),
        ("p", "Fiona McAllister, Design Engineer - 3 May 2024"),
    ], author="Fiona McAllister")),
])

# c21 - minutes that keep the words apart (DOCX)
case("c21", [], "minutes keep sample sign-off / PO issued / production release apart; 6 samples, balance 594 not "
     "released, written release by Graham Tolley after sign-off", [
    ("Minutes_2024-05-09_Metalhak.docx", docx_bytes([
        ("h1", "Minutes - supplier call Hartfield / Metalhak"),
        ("p", "Date: 9 May 2024, Teams. Present: Rupert Hale, Fiona McAllister (Hartfield); Tomasz Wiśniewski, "
              "Marek Zieliński (Metalhak)."),
        ("h", "1. Coupling head CH-3000"),
        ("p", "Part: coupling head CH-3000, 50 mm, ECE R55, for the 3 000 kg two-horse trailer, drawing "
              "HEC-D-3000 Rev 3. Quote MH-24-0297: 6 samples, 600 series."),
        ("li", "PO issued: HEC-7730 on 2 May (commercial document, covers the 6 samples)."),
        ("li", "Samples: 6 pcs ship week 21. Sample sign-off by Fiona McAllister after the overrun-brake test."),
        ("li", "Production release: not given. The balance of 594 is not released. After the sample sign-off "
               "Graham Tolley (MD) sends a written production release naming the quantity."),
        ("li", "Material authority: sample-only. Metalhak buys no castings for the 594 until the release."),
        ("h", "2. Packaging"),
        ("p", "Metalhak proposes a dozen heads per carton instead of 10. Rupert OK with it."),
        ("h", "Actions"),
        ("table", [
            ["Action", "Owner", "Due"],
            ["Ship 6 samples with material certs 3.1 (EN 10204)", "Marek", "wk 21"],
            ["Sample sign-off record", "Fiona", "wk 23"],
            ["Written production release (if sign-off OK)", "Graham Tolley", "wk 23"],
        ]),
        ("p", "Minutes: Rupert Hale"),
    ], author="Rupert Hale")),
])

# c22 - supplier question under a complete quoted scope (EML, quoted reply)
_q = quote(T("""
From: Rupert Hale <rupert.hale@hartfield-equine.co.uk>
Sent: 29 April 2024 09:15
To: Emre Yılmaz <emre.yilmaz@anadoluromork.com.tr>
Subject: PO HEC-7702 - rear mudguards

Morning Emre,

PO HEC-7702 attached. To be clear on scope: it's for the 40 sample mudguards only. The balance
of 560 on your quote is not released. Fiona will do the fit sign-off on the horsebox wheel arches
and after that Graham Tolley releases the balance in writing - nothing before then please.

Cheers,
Rupert
"""))
_txt = T("""
Dear Rupert,

Good day. The 40 sample mudguards left Bursa on Friday by truck, CMR 24-1187, ETA Lambourn
Thursday.

Could we have your go-ahead for the balance of 560 pcs? Our press is free in week 23 and we
could give good delivery. Or should we wait for Mr. Graham's release? Please advise.

Best Regards,
Emre Yılmaz
Export Manager
""") + sig("Emre Yılmaz", "Export Manager", CO_AR, "+90 224 555 41 10") + "\n" + _q
case("c22", [], "supplier asks for the go-ahead on the balance (question, not approval) under a quoted complete "
     "buyer scope", [
    ("RE_PO_HEC-7702.eml", eml_bytes(mail(
        EMRE, RUPERT, "RE: PO HEC-7702 - rear mudguards", "Mon, 13 May 2024 10:22:00 +0300", _txt,
        in_reply_to="<h172-hec7702@hartfield-equine.co.uk>"))),
])

# c23 - PO with an explicit staged material authority above the released quantity (PDF)
case("c23", [], "PO releases 100 pilot winches; explicit staged material authority up to 400 sets; balance 300 "
     "on hold until sign-off by Thandi and written release by Riaan Venter", [
    ("PO_4500013355.pdf", pdf([
        ("h1", "Bundu Bakkie Gear (Pty) Ltd"),
        ("p", "Unit 7, Highveld Techno Park, Centurion 0157 | VAT 4870261234"),
        ("h", "Purchase Order 4500013355"),
        ("p", "Supplier: Sahyadri Autolink Pvt. Ltd., Chakan, Pune. Date: 09.05.2024. Buyer: Johan Pretorius. "
              "Incoterm: FOB Nhava Sheva. Payment: 60 days from B/L."),
        ("table", [
            ["Item", "Material", "Description", "Qty", "Price (USD)", "Value (USD)"],
            ["10", "BW-9K-S", "Winch 9 000 lb, 12V, synthetic rope, IP67 control box", "100", "182.00",
             "18,200.00"],
        ]),
        ("sp",),
        ("h", "Scope of this PO"),
        ("p", "Released now: 100 winches (pilot lot) - make and ship these."),
        ("p", "Balance: 300 winches from quote SAL/Q/24/061 are NOT released. They are released only after "
              "Thandi Mokoena signs off the pilot lot, by a written release from Riaan Venter (Operations "
              "Director)."),
        ("p", "Material authority: staged, up to 400 sets of motors, drums and gearboxes. Bundu carries the "
              "cost of that material if the balance is cancelled. No assembly beyond the 100."),
        ("p", "Quality: ISO 9001:2015, load test 1.5 x 9 000 lb on 2 units per lot."),
    ], title="PO 4500013355", author="Johan Pretorius")),
])

# c24 - buyer portal sample PO with complete scope (HTML)
case("c24", [], "buyer portal sample PO: 20 lamps now, balance 1 180 not released, sign-off by Thandi, written "
     "release by Riaan Venter, sample-only material", [
    ("portal_PO_4500013362.html", html_page("Bundu Supplier Hub - PO 4500013362", """
<h2>Bundu Supplier Hub</h2>
<p>Welcome, <b>Qingdao Haixin Lighting &amp; Harness Co., Ltd.</b> &nbsp;|&nbsp; <a href="#">Orders</a> &nbsp;|&nbsp; <a href="#">Invoices</a></p>
<h3>PO 4500013362 - LED tail lamp TL-160 (canopy / off-road trailer)</h3>
<table>
<tr><th>Item</th><th>Material</th><th>Description</th><th>Qty</th><th>Scope</th><th>Delivery</th></tr>
<tr><td>10</td><td>TL-160-LED</td><td>LED tail lamp 160 mm, stop/tail/indicator, 12V, E-mark R148</td><td>20</td><td>SAMPLE</td><td>24.06.2024</td></tr>
</table>
<div class="note">
<b>Scope note.</b> Make and ship the 20 sample lamps on item 10 now. The balance of 1 180 lamps from your
quote HX-Q-24-0262 is not released. Thandi Mokoena (Product Engineer) signs off the samples; after that
Riaan Venter (Operations Director) releases the balance in writing, with the quantity. Material authority:
sample-only.
</div>
<p>Status: <b>Sent 10.05.2024</b> &nbsp; <button>Acknowledge scope</button></p>
""")),
])

# c25 - tooling deposit explicitly does not release production (EML + text attachment)
_swift = T("""
{1:F01FNBBUS33AXXX0000000000}{2:I103ICBKCNBJXQDX}{4:
:20:RCT240516-0031
:23B:CRED
:32A:240516USD4800,00
:50K:/0021456789
RED CLAY TRAILER CO
1400 INDUSTRIAL BLVD CARTERSVILLE GA
:59:/6222 0803 1100 2456 789
QINGDAO HAIXIN LIGHTING AND HARNESS CO
:70:PO 7-2281 TOOL DEPOSIT 50PCT LENS MOULD
:71A:SHA
-}
""")
_txt = T("""
Hi Cherry,

We wired the 50% tooling deposit for the lens mould today, USD 4,800 - copy of the MT103 attached.

Just so nobody gets this wrong on your side: the deposit pays for the tool. It does not release
production. On PO 7-2281 you're released for the 24 sample light bars only. The balance of 4,976
stays on hold until Lena Castillo signs off the samples and Travis Odom sends you a written
production release with the quantity. No LEDs or PCBs for the balance before that, please.

Thanks!
Kayla
""") + sig("Kayla Whitmore", "Buyer, Purchasing", CO_RC, "+1 770 555 0142")
_html = """<html><body style="font-family:Calibri,sans-serif">
<p>Hi Cherry,</p>
<p>We wired the 50% tooling deposit for the lens mould today, USD 4,800 - copy of the MT103 attached.</p>
<p>Just so nobody gets this wrong on your side: <b>the deposit pays for the tool. It does not release production.</b>
On PO 7-2281 you're released for the 24 sample light bars only. The balance of 4,976 stays on hold until
Lena Castillo signs off the samples and Travis Odom sends you a written production release with the quantity.
No LEDs or PCBs for the balance before that, please.</p>
<p>Thanks!<br>Kayla</p>
</body></html>
"""
case("c25", [], "tooling deposit wired; says it does not release production; 24 samples only, balance 4,976 on "
     "hold until Lena's sign-off and Travis Odom's written release", [
    ("PO_7-2281_tooling.eml", eml_bytes(mail(
        KAYLA, CHERRY, "PO 7-2281 - tooling deposit sent", "Thu, 16 May 2024 15:05:00 -0400", _txt,
        html=_html, cc=LENA, attachments=[("MT103_RCT240516-0031.txt", _swift, "text/plain")]))),
])

# ================================================================ POSITIVE

# p01 - cover mail + sample PO + supplier quote with the series quantity (multi-file: EML + PDF + PDF)
_txt = T("""
Dear Tomasz,

Hereby our PO 45-1207 for the A-frame drawbars AF-2000, together with your quotation
MH-24-0268 as agreed on the phone last Thursday.

Delivery please in week 22 to Nijverdal, on your steel racks. Can you confirm me the order
and the delivery date?

Met vriendelijke groet / Kind regards,
Sanne de Groot
Inkoper / Purchaser
""") + VK_DISC
case("p01", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 10 drawbars sent with the quote showing 1.000 series pcs; nothing says the 1.000 is not released, "
     "no unlock event, no release person", [
    ("Mail_PO_45-1207.eml", eml_bytes(mail(
        SANNE, TOMASZ, "PO 45-1207 AF-2000", "Fri, 03 May 2024 11:18:00 +0200", _txt, cc=AGNIESZKA))),
    ("PO_45-1207.pdf", pdf([
        ("h1", "Veldkamp Aanhangwagens B.V."),
        ("p", "Industrieweg 14, 7442 DH Nijverdal, Nederland | KvK 06012345 | BTW NL001234567B01"),
        ("h", "Inkooporder / Purchase order 45-1207"),
        ("p", "Leverancier / supplier: Metalhak Sp. z o.o., ul. Wroclawska 212, 62-800 Kalisz, Poland. "
              "Datum: 03-05-2024. Inkoper: S. de Groot. Leverconditie: DAP Nijverdal (Incoterms 2020)."),
        ("table", [
            ["Regel", "Artikel", "Omschrijving / description", "Aantal", "Prijs", "Bedrag"],
            ["10", "AF-2000", "A-frame drawbar 2000 kg tandem, S355, hot dip galv., DRG 2000-03 Rev 02 - samples",
             "10", "EUR 162,00", "EUR 1.620,00"],
        ]),
        ("sp",),
        ("p", "Reference: your quotation MH-24-0268 d.d. 12-04-2024. Delivery week 22. "
              "Our general purchase conditions (FME 2014) apply."),
    ], title="PO 45-1207", author="Sanne de Groot")),
    ("MH-24-0268.pdf", pdf([
        ("h1", "Metalhak Sp. z o.o."),
        ("p", "ul. Wroclawska 212, 62-800 Kalisz, Poland | NIP 618-000-12-34 | ISO 9001:2015"),
        ("h", "Offer MH-24-0268"),
        ("p", "For: Veldkamp Aanhangwagens B.V., Mrs. Sanne de Groot. Date: 12.04.2024. Valid: 60 days."),
        ("table", [
            ["Pos.", "Item", "Description", "Quantity", "Unit price", "Lead time"],
            ["1", "AF-2000", "A-frame drawbar 2000 kg, samples from jig", "10 pcs", "EUR 162,00", "4 weeks"],
            ["2", "AF-2000", "A-frame drawbar 2000 kg, series", "1.000 pcs", "EUR 104,50", "6 weeks"],
            ["3", "JIG-AF", "Welding jig, one time", "1", "EUR 3.100,00", "-"],
        ]),
        ("sp",),
        ("p", "Series delivery in 4 lots of 250 pcs. Prices EXW Kalisz incl. packing on returnable racks. "
              "Galvanising EN ISO 1461. Payment 30 days."),
        ("p", "Tomasz Wisniewski, Export Sales"),
    ], title="MH-24-0268", author="Tomasz Wisniewski")),
])

# p02 - ERP PO note: hold and event, nobody named to release (TXT)
case("p02", ["RG005"], "PO note: 4 sample axles, balance 296 on hold until sample sign-off by 'our engineering'; "
     "no named release person", [
    ("IO_45-1322.txt", T("""
VELDKAMP AANHANGWAGENS B.V.          INKOOPORDER / PURCHASE ORDER      blad 1
Industrieweg 14  7442 DH Nijverdal   ordernr : 45-1322
tel 0548-555 100                     datum   : 30-04-2024
                                     inkoper : S. de Groot
leverancier 70211
NAPRAVA MORAVIA S.R.O.               lev.cond: DAP Nijverdal
TOVARNI 31                           betaling: 60 dagen
750 02 PREROV  CZ
------------------------------------------------------------------------------
rg  artikel       omschrijving                       aantal  eh   prijs   bedrag
------------------------------------------------------------------------------
10  AX-2000-T     tandem as geremd 2x1000 kg,             4  st  455,00  1820,00
                  PCD 112x5, rem 250x40, tek. 2000-11
                  rev 03 - SAMPLES
------------------------------------------------------------------------------
                                                 totaal excl. BTW  EUR  1820,00
PO NOTE / OPMERKING:
This PO covers 4 sample axles only. The balance of 296 axles from your offer
NM-Q-24-019 stays on hold until the sample sign-off by our engineering
department (brake test on roller bench). Material authority: sample-only.
Please confirm this order within 3 working days.
""")),
])

# p03 - WhatsApp: complete scope, then an unscoped "go ahead" after a drawing change (TXT)
case("p03", ["RG002"], "scope complete (12 samples, 288 on hold, Fiona sign-off, Graham written release) but later "
     "'Rev D is fine, go ahead' names neither samples nor a quantity", [
    ("WhatsApp_Chat_Emre_Yilmaz.txt", T("""
[02/05/2024, 14:10:05] Rupert Hale: Hi Emre, PO HEC-7731 went out this morning. It's for 12 sample ramps RP-HB (ribbed ali, 1.9 m). The remaining 288 on your quote aren't released - they wait till Fiona signs off the fit check and Graham Tolley sends the written release.
[02/05/2024, 14:22:47] Emre Yılmaz: Hello Rupert, thank you, received. Understood 12 samples. One question on drawing, hinge pin Ø16 or Ø20? Rev C says 16 but your mail said 20
[02/05/2024, 14:25:12] Rupert Hale: Good spot. Fiona is updating it, Rev D tomorrow
[03/05/2024, 09:41:30] Rupert Hale: ‎HEC-D-RP-HB_RevD.pdf • ‎1 page ‎<attached: 00000031-HEC-D-RP-HB_RevD.pdf>
[03/05/2024, 09:41:58] Rupert Hale: Rev D is fine, go ahead 👍
[03/05/2024, 09:50:13] Emre Yılmaz: Thank you Rupert, we proceed 👍
""")),
])

# p04 - supplier reply: material bought for the full lot (EML, quoted reply)
_q = quote(T("""
From: Johan Pretorius <johan.p@bundugear.co.za>
Sent: Thursday, 25 April 2024 14:02
To: Rohan Kulkarni <rohan.kulkarni@sahyadriautolink.in>
Subject: PO 4500013240 - winch BW-12K

Hi Rohan

PO 4500013240 attached. Scope: 25 sample winches BW-12K only. The balance of 975 is not
released. Thandi Mokoena signs off the samples, then Riaan Venter releases the balance in
writing. Material: sample-only please.

Thanks
Johan
"""))
_txt = T("""
Dear Johan sir,

Greetings from Sahyadri Autolink!

Sample 25 nos. BW-12K are under final load testing (1.5 x 12 000 lb), dispatch by 20th May
by air. Test reports will be shared along with dispatch.

We wish to inform you that to protect the lead time and the steel price increase from June,
we have procured the raw material (drum castings, 5 mm plates, 6.6 hp motors and gearboxes)
for the full 1,000 winches. Same is in our stores now. Kindly note the same.

Awaiting your valuable feedback on samples.

Thanks & Regards,
Rohan Kulkarni
Manager - Exports
""") + sig("Rohan Kulkarni", "Manager - Exports", CO_SA, "+91 20 5555 8801") + "\n" + _q
case("p04", ["RG006"], "supplier bought material for the full 1,000 winches while only 25 samples are released and "
     "material authority is sample-only", [
    ("RE_PO_4500013240_winch.eml", eml_bytes(mail(
        ROHAN, JOHAN, "RE: PO 4500013240 - winch BW-12K", "Mon, 06 May 2024 12:47:00 +0530", _txt,
        cc=SNEHA, in_reply_to="<h172-po13240@bundugear.co.za>"))),
])

# p05 - sample PO with an unmarked program volume (PDF)
case("p05", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 24 sample light kits shows 'Program volume 6,000 kits' unmarked; no hold, no event, no release person", [
    ("PO_7-2270.pdf", pdf([
        ("h1", "Red Clay Trailer Co."),
        ("p", "1400 Industrial Blvd, Cartersville, GA 30120 | Purchasing 770-555-0100"),
        ("h", "Purchase Order 7-2270"),
        ("table", [
            ["Vendor", "PO date", "Buyer", "Terms", "Ship via"],
            ["Qingdao Haixin Lighting & Harness Co., Ltd. (40117)", "05/08/2024", "Kayla Whitmore",
             "Net 45", "Air, DAP Cartersville"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UOM", "Unit", "Ext."],
            ["1", "LK-600-SMP", "Sample - LED light kit, submersible, stop/tail/turn, 7-way SAE J560, "
             "30 ft harness", "24", "EA", "$45.00", "$1,080.00"],
        ]),
        ("sp",),
        ("table", [
            ["Program", "Program volume", "Target price", "SOP"],
            ["RC-16 / RC-18 utility trailers 2025 MY", "6,000 kits", "$31.50", "Sept 2024"],
        ]),
        ("sp",),
        ("p", "Notes: Ship samples to attention Lena Castillo, Quality. Need by 06/07/2024. "
              "Lamps to meet FMVSS 108 and SAE J2040; submersion test per RC-QS-12 (30 min, 1 ft)."),
    ], pagesize=LETTER, title="PO 7-2270", author="Kayla Whitmore")),
])

# p06 - supplier reply assumes sample approval rolls into the series (EML, quoted reply)
_q = quote(T("""
From: Sanne de Groot <s.degroot@veldkamp-aanhangers.nl>
Sent: maandag 6 mei 2024 10:14
To: Agnieszka Nowak <a.nowak@metalhak.pl>
Subject: PO 45-1335 hitch brackets HB-750

Dear Agnieszka,

Hereby PO 45-1335 for 10 sample hitch brackets HB-750. The balance of 990 pcs is not
released. Joost Verhoeven signs off the samples, after that Marieke Bosman sends the written
release for the balance.

Met vriendelijke groet,
Sanne de Groot
"""))
_txt = T("""
Dear Mrs. Sanne,

thank you for the PO 45-1335. The 10 samples are in welding now, ready on 24.05, we send
with our own truck together with order 45-1298.

To save the time for you: after your approval of the samples we go direct into the 990 pcs,
no need new paper from Mrs. Bosman. Steel we order after approval, the delivery of the series
can be then in week 27.

Best regards / Pozdrawiam
Agnieszka Nowak
Customer Service
""") + sig("Agnieszka Nowak", "Customer Service", CO_MH, "+48 62 555 21 44") + "\n" + _q
case("p06", ["RG007"], "supplier says after sample approval it goes direct into the 990 without the written release "
     "the quoted PO requires", [
    ("RE_PO_45-1335.eml", eml_bytes(mail(
        AGNIESZKA, SANNE, "RE: PO 45-1335 hitch brackets HB-750", "Tue, 07 May 2024 08:02:00 +0200", _txt,
        in_reply_to="<h172-po451335@veldkamp-aanhangers.nl>"))),
])

# p07 - Teams: deposit wired, "go ahead and start on the run" (TXT)
case("p07", ["RG002", "RG012"], "scope stated (20 samples, 480 on hold until sign-off + Travis' written release), then "
     "'deposit's wired ... so go ahead and start on the run': payment as release, unscoped go-ahead", [
    ("Teams_RedClay_Metalhak_BM-2-4D.txt", T("""
Microsoft Teams - chat export
Participants: Travis Odom (Red Clay Trailer Co.), Marek Zieliński (Metalhak Sp. z o.o.)

Travis Odom  5/6/2024 8:02 AM
Morning Marek. PO 7-2231 went out Friday. It covers 20 sample ball mounts BM-2-4D (2" shank, 4" drop). The other 480 stay on hold till Lena signs the samples off and I send y'all a written release with the quantity.

Marek Zieliński  5/6/2024 8:40 AM
Good morning Travis, understood, 20 samples and 480 on hold. For the bending die of the 4 in drop we need the prepayment 40% before we make the die, like in our offer.

Travis Odom  5/7/2024 3:15 PM
Deposit's wired for the die, confirmation below. So go ahead and start on the run.

Travis Odom  5/7/2024 3:15 PM
Wire confirmation FED REF 20240507B1Q8021C000417 - USD 3,920.00

Marek Zieliński  5/7/2024 3:31 PM
Thank you Travis! We start.
""")),
])

# p08 - sample PO + supplier proforma for the full quantity, production on deposit (multi-file: TXT + PDF)
case("p08", ["RG011", "RG012"], "PO 4500013371 is 50 samples (balance on hold, Thandi sign-off, Riaan release) but the "
     "proforma for the same PO says 1 500 pcs and production starts on receipt of the advance", [
    ("PO_4500013371.txt", T("""
BUNDU BAKKIE GEAR (PTY) LTD                                 PURCHASE ORDER
Unit 7, Highveld Techno Park, Centurion 0157               PO 4500013371
VAT 4870261234                                              Date 10.05.2024
                                                            Page 1
Vendor 200417
ANADOLU ROMORK PARCALARI A.S.                               Buyer  J. Pretorius
NILUFER OSB, 16140 BURSA, TURKIYE                           Terms  30% adv./70% B/L
                                                            Inco   FOB Gemlik
---------------------------------------------------------------------------------
Item Material      Description                          Qty  Un   Price     Net value
---------------------------------------------------------------------------------
 10  MG-ST-14      Mudguard steel 14in, hot dip galv.,    50  EA   EUR 18,40  EUR 920,00
                   with stays, off-road trailer OR-750
                   SAMPLE
---------------------------------------------------------------------------------
Header text:
Sample order. Make the 50 sample mudguards only. The balance of 1 450 pcs
(quote AR-24-131) is NOT released. The balance is released only after sample
sign-off by Thandi Mokoena, by a written release from Riaan Venter
(Operations Director). Material authority: sample-only.
""")),
    ("PI-2024-0588.pdf", pdf([
        ("h1", "ANADOLU ROMORK PARCALARI A.S."),
        ("p", "Nilufer OSB, 16140 Bursa, Turkiye | Tax no 0680123456 | info@anadoluromork.com.tr"),
        ("h", "PROFORMA INVOICE PI-2024-0588"),
        ("p", "Date: 13.05.2024. Buyer: Bundu Bakkie Gear (Pty) Ltd, Centurion, South Africa. "
              "Your order: PO 4500013371."),
        ("table", [
            ["No", "Code", "Description", "Qty", "Unit price", "Amount"],
            ["1", "MG-ST-14", "Mudguard steel 14 inch, hot dip galvanised, with stays", "1 500 pcs",
             "EUR 16,20", "EUR 24.300,00"],
            ["", "", "", "", "Total FOB Gemlik", "EUR 24.300,00"],
        ]),
        ("sp",),
        ("p", "Payment: 30 % advance (EUR 7.290,00) by T/T, balance against copy of B/L."),
        ("p", "Production starts upon receipt of advance payment. Delivery 35 days after advance."),
        ("p", "Bank: Turkiye Is Bankasi, Bursa OSB branch, IBAN TR12 0006 4000 0011 2345 6789 01, SWIFT ISBKTRIS."),
        ("p", "Ayse Demir - Sales"),
    ], title="PI-2024-0588", author="Ayse Demir")),
])

# p09 - sample PO mail with the production quantity in the same table (EML, multipart/alternative)
_txt = T("""
Hi Kevin,

PO HEC-7745 has gone through our system this morning for the 30 samples of the new rear lamp
cluster RL-HB3, PDF to follow from accounts. Details as agreed:

  Samples     RL-HB3 rear lamp cluster    30     USD 21.50
  Production  RL-HB3 rear lamp cluster    2,400  USD 12.90

Samples needed in Lambourn by 14 June please - they go on the show horsebox for Newbury.
Please use our carton labels (template attached last time).

FYI Graham Tolley signs all our releases here.

Kind regards,
Debbie
""") + sig("Debbie Nash", "Buyer", CO_HF, "+44 1488 555 230")
_html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hi Kevin,</p>
<p>PO HEC-7745 has gone through our system this morning for the 30 samples of the new rear lamp cluster RL-HB3,
PDF to follow from accounts. Details as agreed:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>Stage</th><th>Part</th><th>Qty</th><th>Unit price</th></tr>
<tr><td>Samples</td><td>RL-HB3 rear lamp cluster</td><td>30</td><td>USD 21.50</td></tr>
<tr><td>Production</td><td>RL-HB3 rear lamp cluster</td><td>2,400</td><td>USD 12.90</td></tr>
</table>
<p>Samples needed in Lambourn by 14 June please - they go on the show horsebox for Newbury.
Please use our carton labels (template attached last time).</p>
<p>FYI Graham Tolley signs all our releases here.</p>
<p>Kind regards,<br>Debbie</p>
<p style="font-size:11px;color:#777">Debbie Nash | Buyer | Hartfield Equine Coachworks Ltd | +44 1488 555 230</p>
</body></html>
"""
case("p09", ["RG001", "RG003", "RG004"], "sample PO (30) mailed with production 2,400 in the same table, unmarked; no "
     "hold, no unlock event; Graham Tolley named as the one who signs releases", [
    ("PO_HEC-7745_RL-HB3.eml", eml_bytes(mail(
        DEBBIE, KEVIN, "PO HEC-7745 - rear lamp cluster RL-HB3", "Wed, 08 May 2024 10:37:00 +0100", _txt,
        html=_html, cc=FIONA))),
])

# p10 - X12 830 planning lines written as firm orders (TXT)
case("p10", ["RG008"], "830 planning schedule whose lines carry the planning qualifier, with a buyer note to treat "
     "them as firm orders and produce", [
    ("X12_830_RC2024-19.txt", T("""
X12 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY - TRANSLATED PRINT
====================================================================
ISA sender   : REDCLAYTRL     ISA receiver : METALHAKPL
GS control   : 4471           ST control   : 0019
BFR*05*RC2024-19**DL*A*20240506*20241027*20240506~
  Purpose  : 05 (replace)        Schedule type : DL (delivery based)
  Horizon  : 05/06/2024 - 10/27/2024
N1*ST*RED CLAY TRAILER CO*92*CART01~
N1*SU*METALHAK SP Z O O*92*30482~
LIN**BP*RH-2-CL3*VP*MH-RH-2-3~
  Item : RH-2-CL3  RECEIVER HITCH CLASS III 2 IN  DRG RC-H-3000 REV 7
UIT*EA~
FST*300*D*W*20240603~
FST*300*D*W*20240701~
FST*350*D*W*20240805~
FST*350*D*W*20240902~
FST*400*D*W*20241007~
  Qualifier D = planning
  Total scheduled : 1,700 EA
SHP*02*1120*050*20240101*20240505~   (cum shipped 1,120)
N9*L1*BUYER NOTE~
MSG*PLEASE TREAT ALL QUANTITIES ABOVE AS FIRM ORDERS~
MSG*PRODUCE AND SHIP ACCORDINGLY. NO SEPARATE PO WILL FOLLOW~
MSG*D. PRUITT PURCHASING~
CTT*5*1700~
SE*22*0019~
""")),
])

# p11 - supplier reads the advance payment as production release (EML, quoted reply)
_q = quote(T("""
From: Johan Pretorius <johan.p@bundugear.co.za>
Sent: Friday, 03 May 2024 09:12
To: Rohan Kulkarni <rohan.kulkarni@sahyadriautolink.in>
Subject: PO 4500013319 - coupling BC-2000

Rohan

PO 4500013319 is for 12 sample couplings BC-2000 only. The balance of 588 stays on hold:
Thandi signs off the samples, then Riaan Venter sends the written release. Advance on your PI
goes out next week.

Johan
"""))
_txt = T("""
Dear Johan sir,

Thank you for the advance payment of USD 2,160 received today against our PI SAL/PI/24/118.

As per our payment terms the production order is now released in our plant, and the first
lot is planned in week 22. The 12 sample couplings will be dispatched along with the first lot
to save freight.

Kindly do the needful for arranging the pre-shipment inspection.

Thanks & Regards,
Rohan Kulkarni
""") + sig("Rohan Kulkarni", "Manager - Exports", CO_SA, "+91 20 5555 8801") + "\n" + _q
case("p11", ["RG012"], "supplier treats the advance payment as production release although the quoted PO is 12 samples "
     "with the balance on hold", [
    ("RE_PO_4500013319.eml", eml_bytes(mail(
        ROHAN, JOHAN, "RE: PO 4500013319 - coupling BC-2000", "Thu, 09 May 2024 16:20:00 +0530", _txt,
        in_reply_to="<h172-po13319@bundugear.co.za>"))),
])

# p12 - minutes use "released" for QA, ERP and production (DOCX)
case("p12", ["RG009"], "minutes say samples 'released by QA', PO 'released in the ERP' and production 'released' "
     "for three different acts; scope itself complete", [
    ("Verslag_overleg_2024-05-14.docx", docx_bytes([
        ("h1", "Verslag / minutes Veldkamp - Náprava Moravia"),
        ("p", "14-05-2024, Nijverdal. Aanwezig: Sanne de Groot, Joost Verhoeven, Pieter van Dam (Veldkamp); "
              "Petr Dvořák (Náprava Moravia)."),
        ("h", "1. Tandem axle AX-1800-T (PO 45-1327)"),
        ("p", "The 4 sample axles were released by QA on 10-05 after measuring (measuring report MR-24-077, "
              "all dimensions within tolerance, PCD 112x5 OK)."),
        ("p", "PO 45-1327 was released in the ERP by finance on 08-05, after the budget check."),
        ("p", "Production: only the 4 samples are released. The balance of 196 axles is not released yet; "
              "Marieke Bosman releases it in writing after the sample sign-off by Joost (brake test on the "
              "roller bench, week 21)."),
        ("h", "2. Deliveries AX-1350-B"),
        ("p", "Call-off 24-021: 200 axles week 21-22 on schedule. Petr asks for the forecast of Q3 in time, "
              "Pieter sends the update on Friday."),
        ("h", "3. Next meeting"),
        ("p", "11-06-2024, Teams."),
        ("table", [
            ["Actie", "Wie", "Wanneer"],
            ["Brake test samples AX-1800-T", "Joost", "wk 21"],
            ["Written release balance (after sign-off)", "Marieke Bosman", "wk 22"],
            ["Q3 forecast AX-1350-B", "Pieter", "17-05"],
        ]),
        ("p", "Verslag: Pieter van Dam"),
    ], author="Pieter van Dam")),
])

# p13 - sample order form with the series quantity beside it (DOCX)
case("p13", ["RG001", "RG003", "RG004", "RG005"], "sample order form: 2 sample axle sets with series 150 sets/yr in "
     "the same table; nothing says the series is not released; no event, no release person", [
    ("SOF-24-015.docx", docx_bytes([
        ("h1", "Sample order form SOF-24-015"),
        ("p", "Hartfield Equine Coachworks Ltd - Purchasing"),
        ("table", [
            ["", ""],
            ["Supplier", "Náprava Moravia s.r.o., Přerov (attn. Petr Dvořák)"],
            ["Our PO", "HEC-7736"],
            ["Part", "AX-2700-T tandem axle set 2700 kg, PCD 139.7x5, brake 250x40, drawing HEC-D-270 Rev A"],
            ["Sample quantity", "2 sets"],
            ["Series quantity", "150 sets per year"],
            ["Price", "samples £690.00 / set - series £455.00 / set"],
            ["Samples required", "week 22, DAP Lambourn"],
        ]),
        ("sp",),
        ("p", "Please confirm receipt and the sample delivery date by return. Certificates 3.1 to EN 10204 "
              "with the samples please, and the TÜV report for the brake."),
        ("p", "Rupert Hale, Purchasing Manager - 30 April 2024"),
    ], author="Rupert Hale")),
])

# p14 - buyer mail: officially on hold, but "once Thandi approves ... just roll on" (TXT)
case("p14", ["RG007"], "buyer states the written-release process, then tells the supplier to roll on with the 585 "
     "once the samples are approved, without waiting for the release", [
    ("Mail_Johan_PO_4500013344.txt", T("""
From:    Johan Pretorius <johan.p@bundugear.co.za>
To:      Tomasz Wiśniewski <t.wisniewski@metalhak.pl>
Date:    Wed, 15 May 2024 07:48 +0200
Subject: PO 4500013344 Ranger tow bars - timing

Howzit Tomasz

Quick one on PO 4500013344 (tow bar BB-TB-RGR-3500, Ranger 2012+).

The PO is for the 15 samples. Officially the balance of 585 is on hold until Riaan Venter
signs the written release, that's our process.

But honestly, the dealers are on our case for the Ranger launch. So once Thandi approves the
samples just roll on with the 585 - Riaan's letter will follow, don't wait for it.

Samples please by air to Centurion, the usual DHL account.

Cheers
Johan

Johan Pretorius | Procurement | Bundu Bakkie Gear (Pty) Ltd
+27 12 555 0190 | www.bundugear.co.za
""")),
])

# p15 - supplier status report: material for 1,000 bought on a 20-piece pilot (PDF)
case("p15", ["RG006"], "supplier report: 20 pilot winches released, balance awaiting release, but motors, gearboxes "
     "and drums procured for 1,000 sets with no material authority", [
    ("SAL_MIS_Hartfield_May24.pdf", pdf([
        ("h1", "Sahyadri Autolink Pvt. Ltd."),
        ("p", "Plot B-27, MIDC Chakan Phase II, Pune 410501 | IATF 16949"),
        ("h", "Customer MIS report - Hartfield Equine Coachworks Ltd - May 2024"),
        ("table", [
            ["PO", "Part", "Released", "Produced", "Shipped", "Remarks"],
            ["HEC-7709", "Electric ramp winch RW-1500, 12V, 1 500 kg", "20 nos. (pilot)", "20", "0",
             "Pilot lot in final inspection, dispatch 17-05-2024"],
            ["HEC-7709", "RW-1500 balance", "-", "0", "0", "980 nos. awaiting customer release"],
        ]),
        ("sp",),
        ("h", "Raw material status"),
        ("table", [
            ["Material", "Qty procured", "Received", "Covers"],
            ["Worm gearbox 50:1", "1,000 nos.", "02-05-2024", "1,000 winches"],
            ["DC motor 12V 0.9 kW", "1,000 nos.", "02-05-2024", "1,000 winches"],
            ["Drum casting SG 400/15", "1,000 nos.", "in transit", "1,000 winches"],
        ]),
        ("sp",),
        ("p", "Remarks: Material for the complete 1,000 sets procured in advance to secure lead time, as "
              "motor vendor has 14 weeks lead time from June. Kindly advise the release of balance at the "
              "earliest."),
        ("p", "Prepared by: Sneha Deshpande, Customer Service. Checked by: Amit Joshi, Plant Head."),
    ], title="MIS May 2024", author="Sneha Deshpande")),
])

# p16 - WeChat: supplier starts mass production on the sample approval, chips bought for 2000 (TXT)
case("p16", ["RG006", "RG007"], "buyer scope complete (40 samples, rest on hold until sign-off + Marieke's release); "
     "supplier starts mass production of 2000 on the sample approval and has bought chips and PCB for 2000", [
    ("WeChat_Kevin_Liu_Haixin.txt", T("""
WeChat chat history: Kevin Liu (Haixin) & Sanne de Groot
==========================================================
2024-05-06 09:12:44 Sanne de Groot: Hi Kevin, PO 45-1402 is for 40 sample lamps LR-9 only. The rest is not released until Joost signs off the samples and Marieke Bosman sends you the written release.
2024-05-06 09:30:02 Kevin Liu (Haixin): ok noted Sanne 👌
2024-05-06 09:30:40 Kevin Liu (Haixin): samples ready 10th May
2024-05-13 10:02:17 Sanne de Groot: Samples arrived, thanks. Joost will have a look with you in video call tomorrow
2024-05-14 16:45:10 Kevin Liu (Haixin): Dear Sanne, good news, Joost approved the samples today in the video call 😀
2024-05-14 16:45:52 Kevin Liu (Haixin): so we start mass production 2000 pcs tomorrow, normal process
2024-05-14 16:46:30 Kevin Liu (Haixin): LED chips and PCB for 2000 pcs already ordered last week to keep the delivery time
2024-05-14 16:46:58 Kevin Liu (Haixin): [Image]
""")),
])

# p17 - cover mail says twelve (12), attached PO says 15 (EML + PDF attachment)
_po = pdf([
    ("h1", "Red Clay Trailer Co."),
    ("p", "1400 Industrial Blvd, Cartersville, GA 30120 | Purchasing"),
    ("h", "Purchase Order 7-2296"),
    ("p", "Vendor: Sahyadri Autolink Pvt. Ltd. (30517). Date: 05/10/2024. Buyer: Darrell Pruitt. "
          "Terms: Net 30. FOB Nhava Sheva."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "UOM", "Unit", "Ext."],
        ["1", "RC-W-12K-P", "Pilot winch 12,000 lb, 12V, steel cable 3/8 in x 94 ft", "15", "EA",
         "$214.00", "$3,210.00"],
    ]),
    ("sp",),
    ("p", "Pilot units only. Balance of the quoted 1,500 is not released: Lena Castillo signs off the pilot "
          "units, then Travis Odom releases the balance in writing."),
], pagesize=LETTER, title="PO 7-2296", author="Darrell Pruitt")
_txt = T("""
Rohan,

Attached is PO 7-2296 for twelve (12) pilot winches RC-W-12K. Balance of the quoted 1,500
stays on hold till Lena signs off the pilots; Travis Odom releases the balance in writing
after that.

Need the pilots here by June 21 for the Perry trailer show.

Thanks,
Darrell
""") + sig("Darrell Pruitt", "Purchasing Manager", CO_RC, "+1 770 555 0120")
case("p17", ["RG011"], "cover mail authorizes twelve (12) pilot winches, the attached PO 7-2296 says 15", [
    ("PO_7-2296_pilot_winches.eml", eml_bytes(mail(
        DARRELL, ROHAN, "PO 7-2296 pilot winches RC-W-12K", "Fri, 10 May 2024 13:12:00 -0400", _txt, cc=LENA,
        attachments=[("PO_7-2296.pdf", _po, PDF_MT)]))),
])

# p18 - portal PO with complete scope + supplier acknowledgement reading acceptance as release (HTML + EML)
_txt = T("""
Dear Rupert,

We have accepted your PO HEC-7733 in your portal today.

As per our standard procedure, PO acceptance means production release on our side, so the
ramps are scheduled in our production plan for week 22.

Aluminium profile 6082-T6 for 300 ramps we ordered today from our extruder to secure the
price, LME is going up.

Best regards,
Ayşe Demir
Sales
""") + sig("Ayşe Demir", "Sales", CO_AR, "+90 224 555 41 12")
case("p18", ["RG006", "RG012"], "portal PO: 12 sample ramps, 288 not released (Fiona sign-off, Graham release); "
     "supplier treats PO acceptance as production release and orders profile for 300", [
    ("HEC_portal_PO_HEC-7733.html", html_page("Hartfield supplier portal - PO HEC-7733", """
<h2>Hartfield Equine Coachworks - Supplier Portal</h2>
<p>Supplier: <b>Anadolu Römork Parçaları A.Ş.</b> &nbsp;|&nbsp; Buyer: Rupert Hale</p>
<h3>Purchase order HEC-7733 &nbsp;<small>issued 13/05/2024</small></h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Price</th><th>Due</th></tr>
<tr><td>1</td><td>RP-HB2</td><td>Side ramp, ribbed aluminium 1.6 m, with gas struts - SAMPLE</td><td>12</td><td>£148.00</td><td>07/06/2024</td></tr>
</table>
<div class="note">
Scope: this PO is for the 12 sample ramps only. The remaining 288 ramps on quote AR-24-140 are <b>not released</b>.
Fiona McAllister signs off the samples on the HB-2 horsebox; after that Graham Tolley (Managing Director) issues the
written release for the 288. Material authority: sample-only.
</div>
<p>Status: <b>ACCEPTED by supplier 14/05/2024 08:55</b></p>
""")),
    ("RE_PO_HEC-7733_acceptance.eml", eml_bytes(mail(
        AYSE, RUPERT, "PO HEC-7733 accepted", "Tue, 14 May 2024 09:20:00 +0300", _txt, cc=EMRE))),
])

# p19 - sample PO that never states the sample quantity (PDF)
case("p19", ["RG010"], "PO for coupling samples: hold, event and release person present, but the sample quantity is "
     "never stated ('acc. to your quotation')", [
    ("PO_45-1349.pdf", pdf([
        ("h1", "Veldkamp Aanhangwagens B.V."),
        ("p", "Industrieweg 14, 7442 DH Nijverdal, Nederland"),
        ("h", "Inkooporder / Purchase order 45-1349"),
        ("p", "Supplier: Sahyadri Autolink Pvt. Ltd., Chakan, Pune, India. Date: 08-05-2024. "
              "Buyer: S. de Groot. Delivery: CPT Nijverdal."),
        ("table", [
            ["Line", "Article", "Description", "Quantity", "Price", "Amount"],
            ["10", "AK-1600-S", "Ball coupling 1600 kg, ECE R55 class A50-1, for 45 mm drawbar - samples",
             "acc. to your quotation", "lot price", "EUR 540,00"],
        ]),
        ("sp",),
        ("p", "Samples only. The balance of the series is not released. Release of the balance after sample "
              "sign-off by Joost Verhoeven (Engineering), by written release from Marieke Bosman "
              "(Operations Director). Material authority: sample-only."),
        ("p", "Please send test report ECE R55 (dynamic test 2 x 10^6 cycles) with the samples."),
    ], title="PO 45-1349", author="Sanne de Groot")),
])

# p20 - WhatsApp: "go ahead with the samples" with nothing else (TXT)
case("p20", ["RG003", "RG004", "RG005", "RG010"], "buyer's go-ahead for 'the samples' with no quantity, no hold on "
     "the balance, no unlock event and no release person", [
    ("WhatsApp_Emre_QR-450.txt", T("""
14/05/2024, 11:03 - Emre Yılmaz: Hello Johan, new quad ramp QR-450 drawing with your changes is ready, I send pdf
14/05/2024, 11:03 - Emre Yılmaz: QR-450_rev2.pdf (file attached)
14/05/2024, 11:05 - Emre Yılmaz: folding hinge now in middle, 450 kg per pair like you want
14/05/2024, 11:20 - Johan Pretorius: Shot Emre, looks lekker. Ja, go ahead with the samples bru 👍
14/05/2024, 11:21 - Emre Yılmaz: Thank you, we start the samples this week
14/05/2024, 11:22 - Johan Pretorius: 👍
""")),
])

# p21 - forwarded quote (rfc822) with 5,000 beside a 16-piece sample PO (EML)
_oq = mail(EMRE, DARRELL, "Quotation AR-24-102 / aluminum loading ramps RL-7000",
           "Tue, 16 Apr 2024 17:40:00 +0300", T("""
Dear Darrell,

Thank you for your inquiry. Please find our quotation for aluminum loading ramps RL-7000
(7,000 lb per pair, 8 ft x 16 in, serrated rungs, plate top hooks):

  Samples        16 pcs     USD 148.00 / pc
  Production   5,000 pcs    USD  96.00 / pc   (in 10 shipments of 500 pcs)

FOB Gemlik, payment 30% advance / 70% against B/L. Validity 45 days.

Best Regards,
Emre Yılmaz
Export Manager
Anadolu Römork Parçaları A.Ş.
"""))
_txt = T("""
Emre,

Forwarding your quote below so we're all on the same page. We're issuing PO 7-2240 for
sixteen (16) sample ramps RL-7000 per this quote - the PO comes out of our system tomorrow.

Samples to Cartersville by June 14 please. Travis Odom, our plant manager, signs off
production releases here.

Thanks,
Darrell
""") + sig("Darrell Pruitt", "Purchasing Manager", CO_RC, "+1 770 555 0120")
case("p21", ["RG001", "RG003", "RG004"], "PO for 16 sample ramps with the forwarded quote's 5,000 production pcs, "
     "unmarked; no hold, no unlock event; Travis Odom named", [
    ("FW_Quotation_AR-24-102.eml", eml_bytes(mail(
        DARRELL, EMRE, "FW: Quotation AR-24-102 / aluminum loading ramps RL-7000",
        "Mon, 13 May 2024 11:02:00 -0400", _txt, attachments=[("rfc822", _oq)]))),
])

# p22 - supplier MRP printout: material released for 300 on a 4-piece sample order (TXT)
case("p22", ["RG006"], "supplier MRP: customer released 4 samples, planner override buys tube, hubs and brake shoes "
     "for 300 axles", [
    ("MRP_2024-05-07_ZAK-24-0331.txt", T("""
NAPRAVA MORAVIA s.r.o.      MRP - vysledek planovani / planning result      07.05.2024 05:00
Helios Green 2.1                                                             list 1/1
----------------------------------------------------------------------------------------
Zakazka / order : ZAK-24-0331       Zakaznik: VELDKAMP AANHANGWAGENS BV
Customer PO     : 45-1380           Polozka : AX-2000-T  tandem axle 2x1000 kg
Released by customer : 4 ks (samples)
Quoted balance       : 296 ks (not released by customer)
MRP demand basis     : 300 ks   << planner override P. Dvorak 06.05.: "vzit cele mnozstvi,
                                   cena oceli" (take full qty, steel price)
----------------------------------------------------------------------------------------
Component      Description                 Req   Stock  Open PO  Action
TR-80-6-2450   tube 80x80x6 L=2450 S355    300     12      288   OBJ-24-1190 RELEASED (Ferona)
HUB-112x5      hub 112x5 with bearing      600     40      560   OBJ-24-1191 RELEASED (BPW-CZ)
BS-250x40      brake shoe set 250x40       600     20      580   OBJ-24-1192 RELEASED
TA-RUB-1000    torsion rubber cord 1000    1200    100    1100   OBJ-24-1193 RELEASED
----------------------------------------------------------------------------------------
Production order VP-24-0871 : 4 ks   (samples)   status: released to workshop
Production order VP-24-0872 : 296 ks             status: planned (not released)
""")),
])

# p23 - buyer writes a forecast as a firm commitment (EML, multipart/alternative)
_txt = T("""
Tomasz,

Heads up for your 2025 planning: our forecast for next year is 3,600 receiver hitches RH-2-CL3
(about 300 a month, heavier March-June).

Please take this as our firm commitment for 2025 and book the capacity for it. Monthly POs
will follow, but you can count on the 3,600.

Appreciate you guys,
Darrell
""") + sig("Darrell Pruitt", "Purchasing Manager", CO_RC, "+1 770 555 0120")
_html = """<html><body style="font-family:Calibri,sans-serif">
<p>Tomasz,</p>
<p>Heads up for your 2025 planning: our forecast for next year is <b>3,600 receiver hitches RH-2-CL3</b>
(about 300 a month, heavier March-June).</p>
<p>Please take this as our firm commitment for 2025 and book the capacity for it. Monthly POs will follow,
but you can count on the 3,600.</p>
<p>Appreciate you guys,<br>Darrell</p>
</body></html>
"""
case("p23", ["RG008"], "forecast of 3,600 hitches for 2025 presented as 'our firm commitment'", [
    ("2025_planning_RH-2-CL3.eml", eml_bytes(mail(
        DARRELL, TOMASZ, "2025 planning - RH-2-CL3", "Thu, 16 May 2024 16:44:00 -0400", _txt, html=_html,
        cc=KAYLA))),
])

# p24 - supplier confirms a labelled forecast as an order and reserves material for it (PDF)
case("p24", ["RG006", "RG008"], "supplier 'order confirmation' turns the buyer's labelled forecast FC-2025-01 into "
     "an order of 6 000 and buys/reserves steel for 6 000", [
    ("OC-24-0311.pdf", pdf([
        ("h1", "ANADOLU ROMORK PARCALARI A.S."),
        ("p", "Nilufer OSB, 16140 Bursa, Turkiye"),
        ("h", "ORDER CONFIRMATION OC-24-0311"),
        ("p", "Customer: Bundu Bakkie Gear (Pty) Ltd, Centurion. Reference: your forecast FC-2025-01 "
              "(planning forecast 2025) dated 02.05.2024. Date: 09.05.2024."),
        ("p", "Dear Johan, we confirm with thanks your order for 2025 as below:"),
        ("table", [
            ["Code", "Description", "Qty 2025", "Unit price", "Delivery"],
            ["MG-ST-14", "Mudguard steel 14 inch, hot dip galvanised", "4 000 pcs", "EUR 16,20",
             "monthly from January 2025"],
            ["MG-ST-16", "Mudguard steel 16 inch, hot dip galvanised", "2 000 pcs", "EUR 18,90",
             "monthly from January 2025"],
            ["", "Total", "6 000 pcs", "", ""],
        ]),
        ("sp",),
        ("p", "Raw material: we have purchased and reserved DC01 sheet 1,5 mm for the full 6 000 pcs at the "
              "current price, in our warehouse from June."),
        ("p", "Thank you for your trust. Ayse Demir / Emre Yilmaz"),
    ], title="OC-24-0311", author="Ayse Demir")),
])

# p25 - buyer portal schedule: forecast-derived quantities labelled firm orders (HTML)
case("p25", ["RG008"], "buyer portal schedule headed 'Firm orders - please produce' whose quantities come from the "
     "dealer forecast", [
    ("Bundu_hub_schedule_Metalhak.html", html_page("Bundu Supplier Hub - schedule", """
<h2>Bundu Supplier Hub</h2>
<p>Supplier: <b>Metalhak Sp. z o.o.</b> (200388) &nbsp;|&nbsp; Buyer: Johan Pretorius &nbsp;|&nbsp; Published 13.05.2024</p>
<h3>Delivery schedule Jul - Dec 2024 - FIRM ORDERS, please produce and ship</h3>
<table>
<tr><th>Material</th><th>Description</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Oct</th><th>Nov</th><th>Dec</th><th>Total</th></tr>
<tr><td>BB-TB-HLX-3500</td><td>Tow bar Hilux 2016+</td><td>130</td><td>130</td><td>160</td><td>160</td><td>190</td><td>190</td><td>960</td></tr>
<tr><td>BB-TB-RGR-3500</td><td>Tow bar Ranger 2012+</td><td>95</td><td>95</td><td>105</td><td>115</td><td>125</td><td>125</td><td>660</td></tr>
<tr><td>BB-TB-NAV-3500</td><td>Tow bar Navara D23</td><td>40</td><td>40</td><td>45</td><td>60</td><td>60</td><td>60</td><td>305</td></tr>
</table>
<p>Source of quantities: dealer forecast FC-2024-06 (sell-out estimate).</p>
<div class="note">These quantities are firm orders from Bundu. Please produce to this schedule and ship monthly;
POs will be raised by procurement each month for invoicing.</div>
""")),
])

# p26 - minutes: "approved" for drawing, price and "approved to run" (DOCX)
case("p26", ["RG002", "RG009"], "minutes use 'approved' for drawing, price and running; 'Haixin approved to run' has "
     "no quantity or sample scope although the balance is recorded as not released", [
    ("Minutes_LED_review_2024-05-16.docx", docx_bytes([
        ("h1", "Minutes - LED lamp project review"),
        ("p", "16 May 2024, Teams. Present: Rupert Hale, Fiona McAllister, Graham Tolley (item 1 only) - "
              "Hartfield; Kevin Liu, Cherry Zhang - Haixin."),
        ("h", "1. Rear lamp cluster RL-HB4"),
        ("li", "Drawing Rev C approved by Fiona (engineering)."),
        ("li", "Unit price USD 13.40 approved by Graham (commercial)."),
        ("li", "PO HEC-7751 covers the 30 samples. The balance of 2,370 is not released until Graham Tolley "
               "gives the written release after the fit trial sign-off on the HB-3 horsebox."),
        ("h", "2. Tooling"),
        ("li", "Mould T1 shots reviewed on video: sink mark on the reflector boss fixed with the new gate."),
        ("li", "Haixin approved to run."),
        ("h", "3. Packaging"),
        ("li", "2 lamps per inner box, 20 per carton, Hartfield labels. Cherry to send carton drawing."),
        ("h", "Actions"),
        ("table", [
            ["Action", "Owner", "Date"],
            ["Send 30 samples by air", "Kevin", "31/05"],
            ["Fit trial sign-off", "Fiona", "14/06"],
        ]),
        ("p", "Minutes by Rupert Hale"),
    ], author="Rupert Hale")),
])

# p27 - two-level thread: buyer turns "samples OK" into "green light, go on" (EML, quoted reply, 2 levels)
_l2 = T("""
From: Sanne de Groot <s.degroot@veldkamp-aanhangers.nl>
Sent: donderdag 2 mei 2024 15:40
To: Petr Dvořák <dvorak@napravamoravia.cz>
Subject: PO 45-1391 axles AX-1350-BR

Dear Petr,

Hereby PO 45-1391 for 6 sample axles AX-1350-BR (with reversing brake). The balance of 294
is not released. Joost signs off the samples after the brake test, after that Marieke Bosman
sends you the written release.

Met vriendelijke groet,
Sanne de Groot
""")
_l1 = T("""
From: Petr Dvořák <dvorak@napravamoravia.cz>
Sent: Tuesday, May 14, 2024 8:05 AM
To: Sanne de Groot <s.degroot@veldkamp-aanhangers.nl>
Subject: RE: PO 45-1391 axles AX-1350-BR

Dear Mrs. de Groot,

the 6 samples were delivered to you on Monday 13.05. Could you please tell us the result of
the brake test? We would like to plan our capacity in week 24.

S pozdravem / Best regards
Petr Dvořák
Sales

""") + quote(_l2)
_txt = T("""
Hi Petr,

Joost says the samples are OK. Green light from our side, go on.

Groeten,
Sanne
""") + VK_DISC + "\n" + quote(_l1)
case("p27", ["RG002", "RG007"], "buyer replies 'samples OK. Green light, go on' under the quoted PO that required "
     "Marieke's written release: unscoped approval and sample approval rolled into production", [
    ("RE_RE_PO_45-1391.eml", eml_bytes(mail(
        SANNE, PETR, "RE: RE: PO 45-1391 axles AX-1350-BR", "Wed, 15 May 2024 10:11:00 +0200", _txt,
        in_reply_to="<h172-nm-0514@napravamoravia.cz>"))),
])

# p28 - one PO states the sample quantity twice, differently (PDF)
case("p28", ["RG011"], "PO text orders twenty (20) sample coupling heads, the line table says 25", [
    ("PO_HEC-7741.pdf", pdf([
        ("h1", "Hartfield Equine Coachworks Ltd"),
        ("p", "Unit 4, Membury Estate, Lambourn, Berkshire RG17 7TJ | VAT GB 123 4567 89"),
        ("h", "Purchase Order HEC-7741"),
        ("p", "To: Metalhak Sp. z o.o., Kalisz. Date: 10 May 2024. Buyer: Rupert Hale. Delivery: DAP Lambourn."),
        ("p", "We are ordering twenty (20) sample coupling heads CH-2700 for the fit and overrun trials. The "
              "balance of 480 on your quote MH-24-0301 is not released: Fiona McAllister signs off the samples "
              "and Graham Tolley (Managing Director) then releases the balance in writing."),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit", "Total"],
            ["1", "CH-2700", "Coupling head 50 mm, 2 700 kg, ECE R55, with stabiliser pads - samples", "25",
             "GBP 58.00", "GBP 1,450.00"],
        ]),
        ("sp",),
        ("p", "Material authority: sample-only. Certificates 3.1 (EN 10204) with the goods."),
    ], title="PO HEC-7741", author="Rupert Hale")),
])

# p29 - PO and supplier order confirmation disagree on PO number and quantity (PDF + TXT)
case("p29", ["RG011"], "PO 45-1386 is 60 sample looms; supplier confirmation quotes PO 45-1383 and 600 pcs", [
    ("PO_45-1386.pdf", pdf([
        ("h1", "Veldkamp Aanhangwagens B.V."),
        ("p", "Industrieweg 14, 7442 DH Nijverdal, Nederland"),
        ("h", "Inkooporder / Purchase order 45-1386"),
        ("p", "Supplier: Qingdao Haixin Lighting & Harness Co., Ltd. Date: 07-05-2024. Buyer: S. de Groot. "
              "Delivery: CPT Nijverdal, by air."),
        ("table", [
            ["Line", "Article", "Description", "Qty", "Price", "Amount"],
            ["10", "WL-7P-5", "Wiring loom 7-pin ISO 1724, 5.0 m, with 2 side marker branches - samples", "60",
             "EUR 14,20", "EUR 852,00"],
        ]),
        ("sp",),
        ("p", "Samples only. The balance of 2.340 looms from your quotation is not released. Joost Verhoeven "
              "signs off the samples; after that Marieke Bosman sends the written release. Material "
              "authority: sample-only."),
    ], title="PO 45-1386", author="Sanne de Groot")),
    ("HX_OC_240509-07.txt", T("""
QINGDAO HAIXIN LIGHTING & HARNESS CO., LTD.
ORDER CONFIRMATION                                   No.: HX-OC-240509-07
                                                     Date: 2024-05-09
Customer : Veldkamp Aanhangwagens B.V.
Customer PO No. : 45-1383
Sales: Kevin Liu          Merchandiser: Cherry Zhang

Item  Code      Description                               Qty       Unit price   Amount
1     WL-7P-5   7-pin wiring loom 5.0m, 2 marker branch   600 pcs   EUR 14.20    EUR 8,520.00

Delivery: 25 days after confirmation, CPT Nijverdal
Payment: T/T 30 days
Remark: please check and sign back. Thank you for your order!

Haixin Lighting - Cherry Zhang
""")),
])

# p30 - Teams: supplier says PO acknowledgement is its production release (TXT)
case("p30", ["RG012"], "supplier states that acknowledging the PO in Coupa is its production release for 500 winches", [
    ("Teams_Kayla_Sneha.txt", T("""
Teams chat - Kayla Whitmore / Sneha Deshpande
---------------------------------------------

Kayla Whitmore   5/13/2024 9:10 AM
Hi Sneha, any update on PO 7-2305? Lena needs dates for the pilot winch testing.

Sneha Deshpande   5/13/2024 9:48 AM
Good morning Kayla. PO 7-2305 is acknowledged in Coupa this morning.

Sneha Deshpande   5/13/2024 9:49 AM
As per our process the PO acknowledgement is the production release for us, so production is released for 500 winches RC-W-9500. First lot week 23, pilot units will come from the same lot 🙏
""")),
])

# p31 - release letter that never states a quantity (EML, multipart/alternative)
_txt = T("""
Marek,

Production release - PO 7-2236 - ball mount BM-2-6D (2" shank, 6" drop)

Lena Castillo signed off the samples on 5/20 (sample sign-off SSO-24-044, report attached
in the portal). On that basis ball mount BM-2-6D on PO 7-2236 is released for production.

Authorized: Travis Odom, Plant Manager

Please confirm the ship date for the first container.

Travis
""") + sig("Travis Odom", "Plant Manager", CO_RC, "+1 770 555 0111")
_html = """<html><body style="font-family:Calibri,sans-serif">
<p>Marek,</p>
<p><b>Production release - PO 7-2236 - ball mount BM-2-6D</b> (2" shank, 6" drop)</p>
<p>Lena Castillo signed off the samples on 5/20 (sample sign-off SSO-24-044, report attached in the portal).
On that basis ball mount BM-2-6D on PO 7-2236 is released for production.</p>
<p>Authorized: Travis Odom, Plant Manager</p>
<p>Please confirm the ship date for the first container.</p>
<p>Travis</p>
</body></html>
"""
case("p31", ["RG010"], "production release letter with event and signer but no released quantity", [
    ("PO_7-2236_BM-2-6D.eml", eml_bytes(mail(
        TRAVIS, MAREK, "PO 7-2236 BM-2-6D", "Tue, 21 May 2024 07:55:00 -0400", _txt, html=_html,
        cc=DARRELL))),
])

# p32 - supplier planning board: material ordered for 2,000 on a 40-piece sample PO (HTML)
case("p32", ["RG006"], "supplier planning board shows the buyer's sample-only PO note, yet LED chips/PCB ordered for "
     "2,000 and housings moulded for 1,200", [
    ("HX_MES_board_7-2275.html", html_page("Haixin MES - planning board", """
<h2>HAIXIN MES &middot; Production planning board</h2>
<p>Customer: <b>Red Clay Trailer Co.</b> (C-0412) &nbsp;|&nbsp; Customer PO: 7-2275 &nbsp;|&nbsp; Item: LB-48 LED light bar 48 in, amber/white</p>
<h3>Order lines</h3>
<table>
<tr><th>Type</th><th>Qty</th><th>Status</th></tr>
<tr><td>Sample</td><td>40</td><td>Assembly done, ageing test 48 h</td></tr>
<tr><td>Mass production (plan)</td><td>2,000</td><td>Waiting customer release</td></tr>
</table>
<h3>Customer PO note</h3>
<div class="note">PO 7-2275: 40 sample light bars only. Balance 1,960 not released. Lena Castillo signs off the
samples, then Travis Odom sends the written release. Sample material only.</div>
<h3>Material status (for 2,000 pcs plan)</h3>
<table>
<tr><th>Material</th><th>Qty</th><th>Status</th></tr>
<tr><td>LED chip 2835 amber</td><td>96,000</td><td>PO to vendor 05-08, arrived</td></tr>
<tr><td>PCB LB-48 rev 3</td><td>2,000</td><td>PO to vendor 05-08, in production</td></tr>
<tr><td>Housing PC/ASA (moulded in-house)</td><td>1,200</td><td>moulded, in stock</td></tr>
</table>
<p>Updated 2024-05-15 by Mr. Sun</p>
""")),
])

# p33 - ERP PO: balance "on hold until further notice" (TXT)
case("p33", ["RG004", "RG005"], "PO: 12 sample tow bars, balance on hold 'until further notice' - no unlock event, "
     "no named release person", [
    ("PO4500013367.txt", T("""
BUNDU BAKKIE GEAR (PTY) LTD                                 PURCHASE ORDER
Unit 7, Highveld Techno Park, Centurion 0157               PO 4500013367
                                                            Date 14.05.2024
Vendor 200388
METALHAK SP. Z O.O.                                         Buyer  J. Pretorius
UL. WROCLAWSKA 212, 62-800 KALISZ, POLAND                   Terms  60 days
                                                            Inco   FCA Gdansk
---------------------------------------------------------------------------------
Item Material          Description                      Qty  Un   Price      Net value
---------------------------------------------------------------------------------
 10  BB-TB-DMX-3500    Tow bar D-Max 2020+, 3 500 kg,     12  EA   EUR 88,00  EUR 1.056,00
                       50 mm ball ISO 1103, SANS 1603
                       SAMPLE
---------------------------------------------------------------------------------
Header text:
Samples only (12). Balance of the quoted 588 pcs on hold until further
notice. Material: sample-only.
""")),
])

# p34 - mail + attached QA "sample release note": "release" for three acts (EML + DOCX attachment)
_srn = docx_bytes([
    ("h1", "Sample release note SRN-24-009"),
    ("table", [
        ["", ""],
        ["Part", "AX-2400-T tandem axle set 2400 kg, HEC-D-240 Rev A"],
        ["Supplier", "Náprava Moravia s.r.o."],
        ["Samples", "2 sets, PO HEC-7752"],
        ["Checks", "dimensions, brake reaction, hub run-out 0.08 mm"],
        ["Result", "RELEASED"],
    ]),
    ("p", "Released by: Fiona McAllister (Engineering / Quality), 13 May 2024"),
], author="Debbie Nash")
_txt = T("""
Hi Petr,

Attached is the sample release note from our QA for the 2 sample axle sets AX-2400-T - all
fine on dimensions and brakes.

PO HEC-7752 was released in Sage on Monday, so accounts will pay your sample invoice on the
normal terms.

The balance of 148 sets is not released. Production release for it comes from Graham Tolley,
in writing, once Fiona has signed off the fit trial on the HB-2 chassis - not before.

Cheers,
Rupert
""") + sig("Rupert Hale", "Purchasing Manager", CO_HF, "+44 1488 555 210")
case("p34", ["RG009"], "one thread uses 'release' for the QA sample result, the Sage PO workflow and production "
     "release; scope otherwise complete", [
    ("Samples_AX-2400-T.eml", eml_bytes(mail(
        RUPERT, PETR, "AX-2400-T samples - HEC-7752", "Wed, 15 May 2024 14:26:00 +0100", _txt, cc=FIONA,
        attachments=[("SRN-24-009.docx", _srn, DOCX_MT)]))),
])

# p35 - WhatsApp: forecast "take it as our order" + start on deposit (TXT)
case("p35", ["RG008", "RG012"], "buyer tells supplier to take the 2025 forecast of 6 000 as the order and to start "
     "producing once the deposit is in the bank", [
    ("WhatsApp_Tomasz_Metalhak.txt", T("""
[15/05/2024, 08:30:12] Johan Pretorius: Morning Tomasz. Our forecast for 2025 is 6 000 tow bars across the four models. Take it as our order, ja
[15/05/2024, 08:31:40] Johan Pretorius: We'll pay 20% deposit on the 6 000 end of the month. Once it's in your bank you can start producing, no need to wait for POs
[15/05/2024, 09:02:55] Tomasz Wiśniewski: Good morning Johan, thank you very much. So we plan 6 000 for 2025 and start after deposit. I send proforma today
[15/05/2024, 09:04:10] Johan Pretorius: 👍 shot
""")),
])

# p36 - quoted thread: "approved" x3, production approved, go ahead - no quantity anywhere (EML, quoted reply)
_q = quote(T("""
From: Marek Zieliński <m.zielinski@metalhak.pl>
Sent: Monday, May 20, 2024 3:02 AM
To: Darrell Pruitt <dpruitt@redclaytrailer.com>
Subject: BM-2-4D ball mounts - next step

Dear Darrell,

samples of the ball mount BM-2-4D are with you since one week. When can we start the
production run? Our bending line has free capacity from week 23.

Best regards
Marek Zieliński
Production Manager
"""))
_txt = T("""
Marek,

Good news - Lena approved the samples Tuesday, and finance approved the PO change yesterday.
Production is approved as well, Travis Odom signed it off this morning. Go ahead and schedule
it.

Thanks,
Darrell
""") + sig("Darrell Pruitt", "Purchasing Manager", CO_RC, "+1 770 555 0120") + "\n" + _q
case("p36", ["RG002", "RG009", "RG010"], "'approved' used for samples, PO change and production; 'go ahead and "
     "schedule it' with no quantity anywhere in the thread", [
    ("RE_BM-2-4D_next_step.eml", eml_bytes(mail(
        DARRELL, MAREK, "RE: BM-2-4D ball mounts - next step", "Tue, 21 May 2024 09:18:00 -0400", _txt,
        in_reply_to="<h172-mh-0520@metalhak.pl>"))),
])

# p37 - PO: 20 sample looms on the line, "Total PO quantity 2.000" in the footer (PDF)
case("p37", ["RG001", "RG003", "RG004", "RG011"], "PO line 20 sample looms but footer says total PO quantity 2.000: "
     "two authorized quantities, unmarked larger figure, no hold, no event (release authority named)", [
    ("IO_45-1410.pdf", pdf([
        ("h1", "Veldkamp Aanhangwagens B.V."),
        ("p", "Industrieweg 14, 7442 DH Nijverdal, Nederland"),
        ("h", "Inkooporder / Purchase order 45-1410"),
        ("p", "Supplier: Qingdao Haixin Lighting & Harness Co., Ltd. Date: 15-05-2024. Buyer: S. de Groot."),
        ("table", [
            ["Line", "Article", "Description", "Qty", "Price", "Amount"],
            ["10", "WL-13P-7.5", "Wiring loom 13-pin ISO 11446, 7.5 m - sample looms", "20", "EUR 21,80",
             "EUR 436,00"],
        ]),
        ("sp",),
        ("table", [
            ["Total PO quantity", "Total PO value", "Release authority"],
            ["2.000 st", "EUR 33.600,00 (series price EUR 16,80)", "Marieke Bosman, Operations Director"],
        ]),
        ("sp",),
        ("p", "Delivery samples: week 22, by air. Our purchase conditions (FME 2014) apply."),
    ], title="PO 45-1410", author="Sanne de Groot")),
])

# p38 - memo: "once the samples are approved, Sahyadri may proceed to run the remaining 380" (DOCX)
case("p38", ["RG005", "RG007"], "memo makes sample approval roll into the 380 balance; nobody named to release", [
    ("Memo_RW-1800_next_steps.docx", docx_bytes([
        ("h1", "Memo - ramp winch RW-1800: samples and next steps"),
        ("p", "To: Sahyadri Autolink Pvt. Ltd. (Rohan Kulkarni, Sneha Deshpande)"),
        ("p", "From: Hartfield Equine Coachworks Ltd, Purchasing (Debbie Nash)"),
        ("p", "Date: 9 May 2024. Ref: PO HEC-7760."),
        ("h", "1. Order"),
        ("p", "PO HEC-7760 orders 20 pilot winches RW-1800 (auto-brake, 1 800 kg, IP66). The remaining 380 "
              "winches on your quote SAL/Q/24/077 are on hold pending sample approval."),
        ("h", "2. Next steps"),
        ("p", "Once the samples are approved, Sahyadri may proceed to run the remaining 380 winches. Please "
              "plan the motors accordingly so there is no gap."),
        ("h", "3. Testing"),
        ("p", "The pilots will be tested on the ramp rig: 2 000 cycles at 1 800 kg, IP66 spray test, "
              "brake hold test 30 min."),
    ], author="Debbie Nash")),
])

# p39 - supplier portal: "Approved" for drawing, PO and production; production released on prepayment (HTML)
case("p39", ["RG009", "RG012"], "supplier portal marks drawing, PO and production all 'Approved'; production "
     "released automatically on receipt of the 30% prepayment", [
    ("Metalhak_B2B_7-2248.html", html_page("Metalhak B2B - order 7-2248", """
<h2>METALHAK B2B &mdash; Order tracking</h2>
<p>Customer: <b>Red Clay Trailer Co.</b> &nbsp;|&nbsp; Customer PO: 7-2248 &nbsp;|&nbsp; Item: RH-2-CL4 receiver hitch class IV, 2 in, 10,000 lb GTW</p>
<table>
<tr><th>Step</th><th>Status</th><th>Qty</th><th>Date</th><th>Remark</th></tr>
<tr><td>Drawing RC-H-3100 Rev 2</td><td style="color:green">Approved</td><td>-</td><td>02.05.2024</td><td>customer engineering</td></tr>
<tr><td>Purchase order</td><td style="color:green">Approved</td><td>500</td><td>03.05.2024</td><td>accepted by Metalhak</td></tr>
<tr><td>Prepayment 30%</td><td style="color:green">Received</td><td>-</td><td>06.05.2024</td><td>USD 9,180.00</td></tr>
<tr><td>Production</td><td style="color:green">Approved</td><td>500</td><td>06.05.2024</td><td>released automatically on receipt of prepayment</td></tr>
<tr><td>Shipment</td><td>Planned</td><td>500</td><td>wk 25</td><td>FCA Gdansk</td></tr>
</table>
<p class="note">Production is released automatically when the prepayment is received. Questions: Tomasz Wiśniewski, +48 62 555 21 40</p>
""")),
])

# p40 - mail: hold and release person stated, no unlock event; "good to run" (TXT)
case("p40", ["RG002", "RG004"], "6 sample axles, balance 144 on hold, release only by Graham Tolley, but no unlock "
     "event; 'all ok, good to run' is unscoped", [
    ("Mail_HEC-7758_torsion_axles.txt", T("""
From: Rupert Hale <rupert.hale@hartfield-equine.co.uk>
Sent: 16 May 2024 11:52
To: Petr Dvořák <dvorak@napravamoravia.cz>
Subject: HEC-7758 torsion axles - drawing rev B

Petr,

PO HEC-7758 for the torsion axle samples: 6 sets AX-1500-R. Balance of 144 sets on hold.
Release of the balance only by Graham Tolley.

Drawing rev B with the longer stub axle (+15 mm) - Fiona has checked it, all ok, good to run.

Cheers,
Rupert

Rupert Hale
Purchasing Manager
Hartfield Equine Coachworks Ltd
""")),
])

# p41 - sample PO mail without a sample quantity + "firm order plan" built on a forecast (EML + HTML attachment)
_plan = html_page("Veldkamp - order plan 2025 RP-2500", """
<h2>Veldkamp Aanhangwagens B.V. - Firm order plan 2025</h2>
<p>Article: RP-2500 loading ramp aluminium, 2500 kg per pair &nbsp;|&nbsp; Supplier: Anadolu R&ouml;mork Par&ccedil;alar&#305; A.&#350;.</p>
<table>
<tr><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th><th>Total 2025</th></tr>
<tr><td>360</td><td>480</td><td>440</td><td>320</td><td>1.600</td></tr>
</table>
<p>Figures from our dealer forecast (March 2024).</p>
<p class="note">These are firm orders for 2025.</p>
""")
_txt = T("""
Dear Emre,

Hereby PO 45-1420 for the sample ramps RP-2500 (the new 2500 kg version). The series is not
released: Joost Verhoeven signs off the samples, then Marieke Bosman gives the written release.

In the attachment our firm order plan 2025 for the RP-2500: 1.600 ramps. These are firm orders
for next year, so please reserve the capacity in your press shop.

Met vriendelijke groet,
Sanne de Groot
Inkoper / Purchaser
""") + VK_DISC
_html = """<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Dear Emre,</p>
<p>Hereby PO 45-1420 for the sample ramps RP-2500 (the new 2500 kg version). The series is not released:
Joost Verhoeven signs off the samples, then Marieke Bosman gives the written release.</p>
<p>In the attachment our firm order plan 2025 for the RP-2500: 1.600 ramps. These are firm orders for next year,
so please reserve the capacity in your press shop.</p>
<p>Met vriendelijke groet,<br>Sanne de Groot<br>Inkoper / Purchaser</p>
</body></html>
"""
case("p41", ["RG008", "RG010"], "sample PO mail never states the sample quantity; attached 'firm order plan' of "
     "1.600 is built from the dealer forecast and called firm orders", [
    ("PO_45-1420_RP-2500.eml", eml_bytes(mail(
        SANNE, EMRE, "PO 45-1420 RP-2500 + plan 2025", "Thu, 16 May 2024 13:50:00 +0200", _txt, html=_html,
        cc=JOOST, attachments=[("Orderplan_2025_RP-2500.html", _plan, "text/html")]))),
])

# p42 - supplier review report: "approved" x3 and the released quantity stated twice differently (PDF)
case("p42", ["RG009", "RG011"], "review report: 'approved' for PPAP, capex and production; release R-17 given as "
     "1,200 kits in the text and 1,000 in the table", [
    ("QBR_Haixin_Q2-2024.pdf", pdf([
        ("h1", "Red Clay Trailer Co. - Quarterly supplier review"),
        ("p", "Supplier: Qingdao Haixin Lighting & Harness Co., Ltd. Period: Q2 2024. Prepared by Kayla "
              "Whitmore, 05/17/2024. Attendees: Darrell Pruitt, Lena Castillo, Travis Odom; Kevin Liu, Cherry Zhang."),
        ("h", "1. Summary"),
        ("p", "PPAP for light kit LK-600 approved by Lena Castillo on 4/22. The second harness fixture (capex "
              "CX-24-031, $7,400) approved by finance. LK-600 approved for production: release R-17, signed by "
              "Travis Odom on 4/29, covers 1,200 kits. The rest of the 6,000-kit program stays on hold; the next "
              "written release follows the Q3 sell-through review and is signed by Travis Odom."),
        ("h", "2. Release and delivery status"),
        ("table", [
            ["Release", "Item", "Released qty", "Shipped", "Open", "Next ship"],
            ["R-17", "LK-600", "1,000", "400", "600", "06/14/2024"],
        ]),
        ("h", "3. Quality"),
        ("table", [
            ["Metric", "Target", "Q2"],
            ["PPM (field + receiving)", "< 500", "310"],
            ["On-time delivery", "95 %", "92 %"],
            ["Submersion test fails (ISO 20653 IPX7)", "0", "1 lot, 8D closed"],
        ]),
        ("p", "Action: Haixin to add 100 % leak test on harness connector (due 06/30)."),
    ], pagesize=LETTER, title="QBR Q2 2024", author="Kayla Whitmore")),
])

# p43 - WhatsApp: supplier books a labelled forecast as confirmed order and plans to roll into MP (TXT)
case("p43", ["RG007", "RG008"], "buyer labels the FY25 forecast 'planning only'; supplier books it as a confirmed "
     "order and says it will start mass production directly after sample approval", [
    ("WhatsApp_Rohan_Sahyadri.txt", T("""
[10/05/2024, 10:15:22] Johan Pretorius: Hi Rohan, here our FY25 forecast for the BW-9K winch, for planning only: 2 400 units. Not an order
[10/05/2024, 10:16:01] Johan Pretorius: <attached: 00000044-FC-FY25-BW9K.pdf>
[10/05/2024, 12:40:33] Rohan Kulkarni: Thank you Johan sir. As per your forecast of 2 400 winches for FY25 we have booked the same as confirmed order in our system
[10/05/2024, 12:41:10] Rohan Kulkarni: And after Thandi madam approves the samples we will directly start mass production, no need of separate release 🙏
[10/05/2024, 12:41:45] Rohan Kulkarni: Samples dispatch 18th May
[10/05/2024, 13:05:02] Johan Pretorius: When do they land in JHB?
[10/05/2024, 13:20:16] Rohan Kulkarni: 21st/22nd May sir
""")),
])

# p44 - release note with technical / commercial / production "release" and no quantity (DOCX)
case("p44", ["RG009", "RG010"], "release note uses 'release' for sample sign-off, PO workflow and production; the "
     "production release states no quantity", [
    ("VR-24-012.docx", docx_bytes([
        ("h1", "Vrijgave / release note VR-24-012"),
        ("table", [
            ["", ""],
            ["Part", "V-drawbar VD-1350, DRG 1350-07 Rev 04"],
            ["Supplier", "Metalhak Sp. z o.o., Kalisz"],
            ["PO", "45-1301"],
        ]),
        ("h", "Releases"),
        ("table", [
            ["Release", "Status", "By", "Date"],
            ["Technical release (samples)", "released - sample sign-off SSR-24-029", "Joost Verhoeven", "13-05-2024"],
            ["Commercial release (PO)", "released in ERP", "Finance", "08-05-2024"],
            ["Production release", "released", "Marieke Bosman", "15-05-2024"],
        ]),
        ("sp",),
        ("p", "Please confirm the delivery schedule to Pieter van Dam (planning)."),
    ], author="Marieke Bosman")),
])

# p45 - buyer portal release: deposit paid so production released; 400 in text, 450 in the table (HTML)
case("p45", ["RG011", "RG012"], "release page says production released because the deposit is paid; 400 tow bars in "
     "the text, 450 in the table", [
    ("Bundu_hub_R-0044.html", html_page("Bundu Supplier Hub - release R-0044", """
<h2>Bundu Supplier Hub</h2>
<p>Supplier: <b>Metalhak Sp. z o.o.</b> (200388)</p>
<h3>Release R-0044 &mdash; PO 4500013350 &mdash; tow bar BB-TB-HLX-3500 (Hilux 2016+)</h3>
<p>Thandi Mokoena signed off the samples on 06.05.2024. As the 30% deposit on your proforma PI/MH/24/071 has now been
paid (08.05.2024), production is released: <b>400 tow bars</b>.</p>
<table>
<tr><th>Release</th><th>PO</th><th>Material</th><th>Released qty</th><th>Delivery</th><th>Authorised by</th></tr>
<tr><td>R-0044</td><td>4500013350</td><td>BB-TB-HLX-3500</td><td>450</td><td>wk 26 / wk 30</td><td>Riaan Venter, Operations Director</td></tr>
</table>
<p class="note">The balance of the quoted 1 200 tow bars is not released. The next release follows the August
sell-out review and is issued by Riaan Venter in writing.</p>
""")),
])


# ================================================================== WRITER
def _write():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(172172).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem)
        folder = f"h172_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    return labels


if __name__ == "__main__":
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    labels = _write()
    n_clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"{len(labels)} cases, {n_clean} clean, {len(labels) - n_clean} with risks")
