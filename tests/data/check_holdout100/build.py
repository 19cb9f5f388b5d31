#!/usr/bin/env python3
"""Generator for the releasegate check_holdout100 corpus (handmade rugs and carpets).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout100/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, shuffled case order with seed 100100).

Case ids in this file: k.. = clean (expect []), r.. = at least one risk. The ids never reach
the output; the output folders are named h100_NN_<first-file-stem>.
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
    m["Message-ID"] = msgid or f"<h100-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h100")
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


TXT_MT = "text/plain"
HTML_MT = "text/html"


def chat(lines):
    """WhatsApp-style export. lines: list of (date, time, who, text)."""
    out = []
    for d, t, who, text in lines:
        if who is None:
            out.append(f"{d}, {t} - {text}")
        else:
            first, *rest = text.split("\n")
            out.append(f"{d}, {t} - {who}: {first}")
            out.extend(rest)
    return "\n".join(out) + "\n"


def quote_lines(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


# =================================================================== BATCH 1
# ---- k01 clean: PDF sample PO with the full four-part scope note and a sample-only material authority
case("k01_halden_po_strikeoffs", [],
     "sample PO for 2 strike-offs + pom set; quoted 140 rugs declared informational and not released; "
     "unlock = strike-off sign-off by Tess Kaplan + rev 1 signed by Megan Albright; sample-only material",
     [("PO_HR-24-0611.pdf", pdf([
         ("h1", "HALDEN & ROWE — PURCHASE ORDER"),
         ("p", "Halden & Rowe Rugs Inc., 212 West 18th Street, New York, NY 10011, USA"),
         ("p", "PO number: HR-24-0611   Date: 03 June 2024   Currency: USD   Incoterms: FCA Jaipur"),
         ("p", "Supplier: Jaipur Loomworks Pvt. Ltd., Sitapura Industrial Area, Jaipur 302022, Rajasthan, India"),
         ("p", "Supplier quotation: JL/Q/24/233 dated 21 May 2024"),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Scope"],
             ["1", "JL-STR-118", "Strike-off 60 x 60 cm, design 'Tidewater', hand-knotted, 100 knots/sq in, "
                                 "NZ wool with bamboo-silk highlights, pile 8 mm", "2", "95.00", "SAMPLE"],
             ["2", "JL-POM-118", "Colour pom set, 14 colours, dyed to Pantone TCX references on CAD v3", "1 set",
              "40.00", "SAMPLE"],
         ]),
         ("sp",),
         ("h", "Scope of this purchase order"),
         ("p", "This PO covers the two (2) strike-offs and the one (1) pom set above, and nothing else. "
               "Please weave and dispatch them now."),
         ("p", "Your quotation also shows a production quantity of 140 rugs (8 x 10 ft). That figure is for "
               "information only: it is not ordered and not released by this PO. Do not dye yarn, warp looms "
               "or book loom time for the production rugs."),
         ("p", "The production rugs can be released only after Tess Kaplan (Creative Director) has signed off "
               "the strike-offs in writing, and then only by PO HR-24-0611 revision 1 signed by Megan Albright "
               "(Sourcing Manager). Material authority: sample quantity only."),
         ("h", "Delivery and documents"),
         ("p", "Ship by DHL Express to our New York studio, attention Tess Kaplan. Each strike-off to carry a "
               "cloth tag with design name, CAD version, knot count and dye lot. GoodWeave label and "
               "certificate number on the commercial invoice, please."),
         ("p", "Payment: net 30 days from receipt of the samples. Please quote PO HR-24-0611 on all documents."),
         ("sp",),
         ("p", "Issued by: Megan Albright, Sourcing Manager — megan.albright@haldenrowe.com — +1 212 555 0148"),
     ], pagesize=LETTER, title="PO HR-24-0611", author="Megan Albright"))])

# ---- k02 clean: supplier quotation with sample and production tiers, no authorization
case("k02_sgc_quotation", [],
     "supplier quotation only: strike-off and production tiers; a quote authorizes nothing; "
     "production lead time runs from a written production order",
     [("SGC_Quotation_Q-1187.pdf", pdf([
         ("h1", "SHREE GANESH CARPETS"),
         ("p", "Manufacturers & Exporters of Hand-Knotted and Hand-Tufted Carpets — G.T. Road, Bhadohi 221401 (U.P.), India"),
         ("p", "IEC 0599xxxxxx · GoodWeave licensee · Member CEPC"),
         ("h", "QUOTATION SGC/Q/1187"),
         ("p", "To: Ashcombe Interiors Ltd, 41 Cheyne Walk, London SW3 — Kind attn. Ms Olivia Pennington"),
         ("p", "Date: 28.05.2024 · Validity: 60 days · Design: 'Fenland' (your CAD ref. AI-FEN-02)"),
         ("table", [
             ["Item", "Construction", "Size", "Quantity", "Price (USD)"],
             ["Strike-off", "Hand-knotted, 80 knots/sq in, 100% NZ wool, loop + cut pile", "60 x 60 cm", "2 pcs", "85.00 / pc"],
             ["Production", "Same as strike-off", "240 x 300 cm", "300 pcs", "19.40 / sq ft"],
             ["Production", "Same as strike-off", "170 x 240 cm", "300 pcs", "20.10 / sq ft"],
         ]),
         ("sp",),
         ("p", "Strike-off lead time: 21 days from receipt of your purchase order."),
         ("p", "Production lead time: 90 to 100 days from your written production order, subject to loom "
               "availability at that time. Colour tolerance: visual match to the signed-off pom under D65."),
         ("p", "Payment terms: 30% advance against proforma invoice, balance against copy of B/L. "
               "Shipment: FOB Nhava Sheva or CIF London Gateway as agreed."),
         ("p", "Prices are based on wool rates of this week and may be revised if the order is placed after validity."),
         ("sp",),
         ("p", "For Shree Ganesh Carpets — Rakesh Maurya, Export Manager — +91 98390 1xxxx — export@sgcarpets.in"),
     ], title="Quotation SGC/Q/1187", author="Rakesh Maurya"))])

# ---- k03 clean: WhatsApp export; supplier asks about the balance, buyer answers with full scope
case("k03_hkw_chat", [],
     "supplier's go-ahead question is not an approval; buyer answers: only 4 weave samples, 480 on hold, "
     "no wool, released only on her sign-off + PO rev 2 (Priya Nair)",
     [("WhatsApp Chat with Pemba HKW.txt", chat([
         ("11/06/2024", "08:02", None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."),
         ("11/06/2024", "08:02", "Pemba Sherpa HKW", "Namaste Priya ji 🙏 weave samples of Everest Stripe are off the loom, washing today, clipping tomorrow"),
         ("11/06/2024", "08:03", "Pemba Sherpa HKW", "<Media omitted>"),
         ("11/06/2024", "08:03", "Pemba Sherpa HKW", "<Media omitted>"),
         ("11/06/2024", "08:05", "Pemba Sherpa HKW", "Colour 4 (rust) little bit darker in wet condition, after drying will be ok we think"),
         ("11/06/2024", "09:41", "Priya Nair", "Morning Pemba! They look lovely. Can you send a photo in daylight once dry? Rust is the one I'm nervous about"),
         ("11/06/2024", "09:44", "Pemba Sherpa HKW", "Sure ji. One question - loom master is asking, do we have go-ahead for the 480 balance? He wants to plan the big looms for July"),
         ("11/06/2024", "10:02", "Priya Nair", "Not yet 🙂 Only the 4 weave samples on PO FR-3390 are released right now."),
         ("11/06/2024", "10:03", "Priya Nair", "The 480 stays on hold - please don't start them and don't buy wool for them yet."),
         ("11/06/2024", "10:05", "Priya Nair", "They get released only when I've signed off the samples here in Atlanta and sent you PO FR-3390 rev 2. Samples land ~20th, so realistically early July for the rev 2 if all is good"),
         ("11/06/2024", "10:09", "Pemba Sherpa HKW", "Understood, 480 on hold, no wool purchase. I tell loom master. Samples ship Thursday by DHL, AWB I will send"),
         ("11/06/2024", "10:10", "Priya Nair", "Perfect, thanks Pemba 🙏"),
         ("13/06/2024", "16:20", "Pemba Sherpa HKW", "AWB 4471 2290 31 - 4 pcs weave samples, 2 kg, DHL Kathmandu"),
     ]))])

# ---- k04 clean: labelled rolling forecast (DOCX), no authorization
case("k04_northvale_forecast", [],
     "hotel group rolling forecast clearly labelled not an order, no commitment, releases nothing",
     [("Northvale_rug_forecast_H2-2024.docx", docx_bytes([
         ("h1", "Northvale Hospitality — guest-room rug forecast, H2 2024"),
         ("p", "To: Mirzapur Rug Crafts (Mr Sanjay Gupta) · From: Daniel Ruiz, Group Procurement · Issue 2, 10 June 2024"),
         ("h", "Status of this document"),
         ("p", "FORECAST — NOT AN ORDER. The figures below are our best estimate of hand-tufted guest-room "
               "rugs for the refurbishment programme. They are given for your capacity planning only. They "
               "are not a purchase order, not a commitment to buy, and they release nothing for production "
               "or material. Each property will be ordered under its own purchase order when its schedule is fixed."),
         ("table", [
             ["Property", "Rooms", "Rug type", "Est. quantity", "Est. window"],
             ["Northvale Bath Spa", "112", "Bedside pair, 90 x 150 cm", "approx. 224", "Sep–Oct"],
             ["Northvale York Minster", "86", "Bedside pair, 90 x 150 cm", "approx. 172", "Oct–Nov"],
             ["Northvale Edinburgh Old Town", "140", "Single, 200 x 300 cm", "approx. 140", "Nov–Dec"],
             ["Total", "", "", "approx. 536", ""],
         ]),
         ("sp",),
         ("p", "Designs follow the group palette (Heather, Slate, Oat). Spec: hand-tufted, 100% wool, 1/8 gauge, "
               "pile 12 mm, cotton canvas backing, fire rated to BS 4790 (low radius of effects of ignition)."),
         ("p", "Please tell us by 28 June whether the volumes fit your tufting capacity per month, and your "
               "wool lead time. We will share Issue 3 at the end of July."),
         ("p", "Daniel Ruiz — Group Procurement Manager, Northvale Hospitality Ltd — +44 20 7946 0321"),
     ], author="Daniel Ruiz"))])

# ---- k05 clean: French-English designer, strike-off approved for colour only, project not released
_k05_text = """Bonjour Anil,

Thank you for the strike-off n°2 of the "Rivière" design, received yesterday in the studio in good condition.

We have looked at it under daylight and under the 3000K lamps of the project. Strike-off n°2 is approved for colour and pile height only. The abrash on the blue is exactly what the client wants, bravo to the weavers.

To be very clear, this is not a production release:
- nothing beyond the strike-offs already on our purchase order MC-2024-077 (two pieces: n°2, received, and n°3, the corner sample) is authorised;
- the 18 rugs of the Rivière project (villa in Saint-Jean-Cap-Ferrat, custom sizes, see plan V4) are not released and must not be started;
- they will be released by me, with a revised purchase order MC-2024-077-A, once the corner sample (strike-off n°3, border + corner) is validated here in Paris.

For strike-off n°3, please keep the same dye lot references and send it by DHL as before. The corner sample is already covered by our PO MC-2024-077 (line 2).

Merci et belle journée,
Hélène
""" + sig("Hélène Marchand", "Directrice de projet / Project Director", "Maison Corvel — Architecture d'intérieur, 14 rue de Verneuil, 75007 Paris", "+33 1 42 60 xx xx")
case("k05_corvel_strikeoff_colour", [],
     "strike-off approved for colour and pile only, explicitly not a production release; 18 rugs not released; "
     "released by Hélène Marchand with revised PO after corner sample validation",
     [("RE_Riviere_strike-off_2.eml", mail(
         "Hélène Marchand <h.marchand@maisoncorvel.fr>", "Anil Sharma <anil@jaipurloomworks.in>",
         "RE: Rivière — strike-off n°2", "Wed, 12 Jun 2024 10:14:00 +0200", _k05_text,
         cc="Camille Arnaud <c.arnaud@maisoncorvel.fr>"))])

# ---- k06 clean: full-quantity ERP PO that says proceed, identifiers that look like quantities
_k06 = """SALTBUSH LIVING PTY LTD                                      PURCHASE ORDER
ABN 51 824 753 556   14 Doggett St, Newstead QLD 4006
------------------------------------------------------------------------------
PO NO     : SBL-PO-004120          PO DATE  : 05-JUN-2024      PAGE 1 OF 1
SUPPLIER  : 30075  PANIPAT HANDLOOM EXPORTS, G.T. ROAD, PANIPAT 132103 HR INDIA
BUYER     : T. HARDING              CURRENCY : AUD              TERMS: NET 60
SHIP TO   : DC2 EAGLE FARM QLD      INCOTERM : FOB MUNDRA       STATUS: ISSUED
------------------------------------------------------------------------------
LN ITEM          DESCRIPTION                       QTY  UOM   UNIT AUD    EXT AUD
-- ------------- ------------------------------- ----- ---- ---------- ----------
01 DUR-2030-NAT  FLATWEAVE DURRIE 200X300CM          12  PCS     148.00    1776.00
                 DESIGN 2030 'SANDBAR' NATURAL
02 DUR-1600-CHR  FLATWEAVE DURRIE 160X230CM          12  PCS      96.50    1158.00
                 DESIGN 1600 'CHARCOAL PINSTRIPE'
------------------------------------------------------------------------------
                                          TOTAL QTY  24 PCS   TOTAL   2934.00
------------------------------------------------------------------------------
NOTES:
 THIS PO IS THE COMPLETE ORDER FOR THESE TWO DESIGNS: 24 PCS IN TOTAL. NO
 FURTHER QUANTITY IS QUOTED, PLANNED OR TO FOLLOW UNDER THIS PO.
 PLEASE PROCEED WITH ALL 24 PCS AS LISTED ABOVE.
 SPEC SHEET DS-2030 REV 5 AND DS-1600 REV 3 APPLY. COTTON WARP 2/10S, WEFT
 100% RECYCLED COTTON 4/6S. TEST TO AS/NZS 2111.15 (SMALL IGNITION SOURCE).
 CARTON MARKING PER SBL-PACK-300. LABEL: "MADE IN INDIA", CARE CODE 1200.
 FUMIGATION CERT + PHYTO REQUIRED. ETD NOT LATER THAN 30-AUG-2024.
------------------------------------------------------------------------------
AUTHORISED: T. HARDING, SENIOR BUYER                     PRINTED 05-JUN-2024 14:22
"""
case("k06_saltbush_po_full", [],
     "full-quantity PO (24 pcs, complete order, no balance) that says proceed with all 24; design numbers, "
     "spec revs, AS/NZS and pack refs look like quantities",
     [("SBL-PO-004120.txt", _k06)])

# ---- k07 clean: DOCX call-off with explicit staged material authority above the released quantity
case("k07_oakmere_calloff1", [],
     "call-off releases 60 of 180; explicit staged wool authority for 180 at buyer's liability; "
     "remaining 120 not released until call-off 2 signed by Laura Chen after lot acceptance of the first 60",
     [("Oakmere_CallOff_01_PO-OD-8830.docx", docx_bytes([
         ("h1", "Call-off No. 1 against PO OD-8830"),
         ("p", "Oakmere Design LLC, 820 W Fulton Market, Chicago IL 60607 → Lahore Heritage Rugs (Pvt) Ltd, "
               "Kot Lakhpat, Lahore, Pakistan · Attn. Mr Imran Qureshi · 17 June 2024"),
         ("p", "Design: 'Ardabil Revival', hand-knotted, Ghazni wool, vegetable dyes, 9 x 12 ft. "
               "Quoted and covered by PO OD-8830: 180 rugs."),
         ("table", [
             ["", "Rugs", "Status"],
             ["Production released by this call-off", "60", "released — weave now"],
             ["Remaining on PO OD-8830", "120", "NOT released"],
             ["Material (wool, dye) you may buy", "for up to 180 rugs", "staged authority, at Oakmere's liability"],
         ]),
         ("sp",),
         ("p", "Production release: please weave sixty (60) rugs now. Nothing beyond these 60 is released."),
         ("p", "Material authority (staged): to keep one dye lot across the order you may buy and dye Ghazni "
               "wool for up to 180 rugs. Oakmere Design accepts liability for that material up to the quantity "
               "of 180 rugs even if the remaining rugs are never released. Do not buy materials beyond that."),
         ("p", "The remaining 120 rugs are not released. They can be released only by Call-off No. 2, signed "
               "by Laura Chen (Director of Sourcing), after lot acceptance of the first 60 at our pre-shipment "
               "inspection in Lahore."),
         ("p", "Inspection: AQL 2.5 general level II by our agent. Packing: rolled, polybag, HDPE wrap, "
               "two rugs per bale max. Labels per Oakmere label guide LG-7."),
         ("p", "Laura Chen — Director of Sourcing, Oakmere Design LLC"),
     ], author="Laura Chen"))])

# ---- k08 clean: explicit recorded auto-conversion (PDF)
case("k08_sable_autoconversion", [],
     "explicit recorded auto-conversion: sign-off by Sophie Garnier releases 200 kilims (line 2) with named "
     "conditions, signed by both parties; line 2 not released and no material until then",
     [("Accord_conversion_AS-5521.pdf", pdf([
         ("h1", "Recorded auto-conversion agreement — PO AS-5521"),
         ("p", "Between Atelier Sable SARL, 9 quai Saint-Vincent, 69001 Lyon (buyer) and Anadolu Kilim Tekstil "
               "Ltd. Sti., Usak, Türkiye (supplier). Date: 14 May 2024."),
         ("table", [
             ["PO line", "Content", "Quantity", "Status at signature"],
             ["1", "Sample kilims 'Ocre Lune', 120 x 180 cm, flat-weave, hand-spun wool", "2", "ordered — weave now"],
             ["2", "Production kilims 'Ocre Lune', 170 x 240 cm", "200", "not released"],
         ]),
         ("sp",),
         ("p", "1. Until the condition in point 2 is met, line 2 is not released and the supplier buys no yarn "
               "or dye for it. Only the 2 sample kilims of line 1 may be woven."),
         ("p", "2. Auto-conversion. Both parties agree, and record here, that the written sign-off of the two "
               "sample kilims by Sophie Garnier (Directrice artistique, Atelier Sable), entered in the Sable "
               "supplier portal, releases line 2 — 200 kilims — by itself, without a further purchase order or "
               "release letter."),
         ("p", "3. Conditions of the sign-off: colours within delta E 2,0 of the poms held in Lyon; size tolerance "
               "±2%; weight 2,8 to 3,2 kg/m². A sign-off with reservations does not release line 2."),
         ("p", "4. Any other message, call or visit, whatever its wording, releases nothing."),
         ("sp",),
         ("p", "Signed for Atelier Sable: Sophie Garnier · Signed for Anadolu Kilim: Mehmet Yilmaz, Genel Müdür"),
     ], title="Accord AS-5521", author="Sophie Garnier"))])

# ---- r01 risk: PDF sample PO that lists the quoted production quantity with nothing about the balance
case("r01_larkspur_po", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 3 strike-offs also lists 'production 150 pcs' from the quote as a plain line; no hold, "
     "no unlock event, no release person",
     [("Larkspur_PO_LH-7702.pdf", pdf([
         ("h1", "Purchase Order LH-7702"),
         ("p", "Larkspur Home Inc. · 1450 S Grand Ave, Los Angeles, CA 90015 · accounts payable: ap@larkspurhome.com"),
         ("p", "Vendor: Kalinda Weaves, Plot 14, Sanganer, Jaipur 302029, India (vendor no. V-20417)"),
         ("p", "Order date: 06/04/2024 · Ship via: DHL Express · Terms: Net 45 · Ref. quote KW-Q-0412"),
         ("table", [
             ["#", "Description", "Size", "Qty", "Unit", "Amount"],
             ["1", "Strike-off, 'Saguaro' hand-knotted, wool/viscose, 120 kpsi", "2' x 2'", "3", "$110.00", "$330.00"],
             ["2", "Air freight samples", "", "1", "$85.00", "$85.00"],
         ]),
         ("sp",),
         ("h", "Programme per quote KW-Q-0412"),
         ("table", [
             ["Design", "Size", "Production qty", "FOB / sq ft", "Target ship"],
             ["Saguaro", "9' x 12'", "150 pcs", "$21.50", "Oct 2024"],
         ]),
         ("sp",),
         ("p", "Please weave the strike-offs in the three colourways of CAD SAG-v4 (Dune, Sage, Terracotta) "
               "and mark each with the colourway name. Include a yarn card with 5 cm of each yarn."),
         ("p", "All shipments must include a packing list and commercial invoice quoting LH-7702. "
               "Larkspur Home's standard terms and conditions (rev. 2023-01) apply."),
         ("p", "Buyer: Dana Whitaker · dana.w@larkspurhome.com · (213) 555-0187"),
     ], pagesize=LETTER, title="PO LH-7702", author="Dana Whitaker"))])

# ---- r02 risk: EML with PO + supplier quote attached, cover note adds nothing
_r02_po = pdf([
    ("h1", "ASHCOMBE INTERIORS LTD — PURCHASE ORDER AI-2207"),
    ("p", "41 Cheyne Walk, London SW3 5HH · VAT GB 284 5519 02 · 04 June 2024"),
    ("p", "Supplier: Shree Ganesh Carpets, G.T. Road, Bhadohi 221401, India"),
    ("table", [
        ["Line", "Description", "Qty", "Unit price", "Total"],
        ["1", "Strike-off 'Fenland' 60 x 60 cm, hand-knotted 80 kpsi, NZ wool, loop + cut pile, CAD AI-FEN-02",
         "2", "USD 85.00", "USD 170.00"],
    ]),
    ("sp",),
    ("p", "Delivery: DHL to Ashcombe Interiors studio, 41 Cheyne Walk. Invoice to accounts@ashcombeinteriors.co.uk."),
    ("p", "Buyer: Olivia Pennington"),
], title="PO AI-2207", author="Olivia Pennington")
_r02_quote = pdf([
    ("h1", "SHREE GANESH CARPETS — QUOTATION SGC/Q/1187"),
    ("p", "To: Ashcombe Interiors Ltd · Date: 28.05.2024 · Design 'Fenland' (CAD AI-FEN-02)"),
    ("table", [
        ["Item", "Size", "Quantity", "Price (USD)"],
        ["Strike-off", "60 x 60 cm", "2 pcs", "85.00 / pc"],
        ["Production", "240 x 300 cm", "300 pcs", "19.40 / sq ft"],
    ]),
    ("sp",),
    ("p", "Strike-off lead time 21 days. Production lead time 90-100 days. Payment 30% advance, balance against B/L."),
    ("p", "Rakesh Maurya, Export Manager"),
], title="Quotation SGC/Q/1187", author="Rakesh Maurya")
_r02_text = """Hi Rakesh,

Hope all's well in Bhadohi and the monsoon is being kind so far.

Please find attached our purchase order AI-2207 for the two strike-offs of the Fenland design, together with your quotation SGC/Q/1187, which the order is based on.

Could you confirm an ETA for the strike-offs to the studio? Our client presentation is on 8 July, so anything before 1 July would be wonderful.

Also, one small thing on the CAD: the loop areas in the border should read as a slightly lighter tone than the cut pile. Anil in your design office knows what I mean from our call.

Kind regards,
Olivia
""" + sig("Olivia Pennington", "Senior Designer & Buyer", "Ashcombe Interiors Ltd", "+44 20 7351 0xxx")
case("r02_ashcombe_po_email", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 2 strike-offs sent with the quote showing 300 production pcs 'which the order is based on'; "
     "nothing says the 300 is not released; no unlock event, no release person",
     [("Ashcombe_PO_AI-2207_strikeoffs.eml", mail(
         "Olivia Pennington <olivia@ashcombeinteriors.co.uk>", "Rakesh Maurya <export@sgcarpets.in>",
         "PO AI-2207 — Fenland strike-offs", "Tue, 04 Jun 2024 16:40:00 +0100", _r02_text,
         attachments=[("PO_AI-2207.pdf", _r02_po, PDF_MT), ("SGC_Q-1187.pdf", _r02_quote, PDF_MT)]))])

# ---- r03 risk: two-file folder, ERP PO (samples) + supplier quote; PO ties production start to the advance
_r03_po = """COASTLINE INTERIORS PTY LTD                         *** PURCHASE ORDER ***
Level 3, 88 Cumberland St, The Rocks NSW 2000           ABN 17 604 998 213
===============================================================================
ORDER NO.   CI-PO-77815            ORDER DATE   10/06/2024        REV 0
VENDOR      V0912 PANIPAT HANDLOOM EXPORTS                     CURRENCY USD
            SEC 29 PART II, PANIPAT 132103, HARYANA, INDIA
BUYER       K.BELL                 SHIP TERMS   FOB MUNDRA        WH  SYD-01
QUOTE REF   PHE/Q/24-0560
===============================================================================
LINE  ITEM CODE     DESCRIPTION                        QTY UOM   PRICE   AMOUNT
----  ------------  -------------------------------- ----- --- ------- --------
0010  CI-DHR-SMP    SAMPLE DHURRIE 'BONDI HERRINGBONE'     2 PCS   60.00   120.00
                    160X230CM, WOOL/JUTE, HANDLOOM
0020  FRT-AIR       AIR FREIGHT SAMPLES TO SYD             1 LOT   95.00    95.00
-------------------------------------------------------------------------------
                                                     ORDER TOTAL USD  215.00
===============================================================================
PAYMENT TERMS : 30% ADVANCE WITH ORDER. PRODUCTION TO COMMENCE ON RECEIPT OF
                ADVANCE. BALANCE 70% AGAINST COPY B/L.
PACKING       : PER CI-PACK-STD-04. SWING TAG + BARCODE (GS1) ON EACH PIECE.
COMPLIANCE    : NO CHILD LABOUR DECLARATION; AZO-FREE DYES; AS/NZS 2111.15.
PLEASE ACKNOWLEDGE WITHIN 2 WORKING DAYS TO purchasing@coastlineinteriors.com.au
===============================================================================
PRINTED 10/06/2024 11:05  USER KBELL                                PAGE 1 / 1
"""
_r03_quote = pdf([
    ("h1", "PANIPAT HANDLOOM EXPORTS"),
    ("p", "Sector 29 Part II, Panipat 132103, Haryana · GSTIN 06AAxxxx · Handloom mark registered"),
    ("h", "Quotation PHE/Q/24-0560 — Coastline Interiors, Sydney"),
    ("p", "Date 29/05/2024 · Kind attention Ms Kirsty Bell"),
    ("table", [
        ["Design", "Size", "Sampling", "Bulk quantity", "FOB Mundra USD"],
        ["Bondi Herringbone (wool/jute)", "160 x 230 cm", "2 pcs @ 60.00", "400 pcs", "41.80 / pc"],
        ["Bondi Herringbone (wool/jute)", "200 x 300 cm", "—", "200 pcs", "64.90 / pc"],
    ]),
    ("sp",),
    ("p", "Bulk lead time 70 days. Jute from Kolkata, wool New Zealand blend. Colour: natural/ivory/charcoal."),
    ("p", "Vikas Goyal — Director, Panipat Handloom Exports"),
], title="Quotation PHE/Q/24-0560", author="Vikas Goyal")
case("r03_coastline_po_and_quote", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "two-file bundle: sample PO (2 pcs) + quote with 400/200 bulk pcs and no note; PO says production "
     "commences on receipt of the advance; no hold, event or release person",
     [("CI-PO-77815.txt", _r03_po), ("PHE_Quotation_24-0560.pdf", _r03_quote)])

# ---- r04 risk: HTML buyer portal, balance 'on hold until further notice', team contact only
_r04_body = """
<div style="background:#12355b;color:#fff;padding:8px 12px"><b>GULFLINE FIT-OUT LLC</b> — Supplier Collaboration Portal</div>
<p style="font-size:11px">Logged in as: <b>anil@jaipurloomworks.in</b> (Jaipur Loomworks Pvt. Ltd.) · Last sync 16 Jun 2024 07:45 GST</p>
<h2>Purchase order GFO-PO-3318 — Qasr Al Bahr Resort, Ras Al Khaimah</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Package</td><td>FF&amp;E-07 Loose rugs, guest floors</td></tr>
<tr><td>Issued</td><td>12 Jun 2024</td></tr>
<tr><td>Delivery</td><td>DAP site, Al Marjan Island</td></tr>
<tr><td>Interior designer</td><td>Studio Mirage, Dubai</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Spec</th><th>Qty</th><th>Status</th></tr>
<tr><td>10</td><td>Mock-up room rugs (type R1 bedside, R2 lounge)</td><td>Hand-tufted, NZ wool, 10 mm pile, FR treated</td><td>4</td><td>Ordered</td></tr>
<tr><td>20</td><td>Guest floor rugs R1/R2, floors 3–18</td><td>as line 10</td><td>380</td><td>ON HOLD</td></tr>
</table>
<div class="note"><b>Note from Procurement:</b> Please produce the 4 mock-up rugs for installation in the mock-up room (floor 2, room 204). The balance of 380 pcs (line 20) is on hold until further notice. Do not start line 20.</div>
<h3>Documents</h3>
<ul><li>FFE-07_Rug_Schedule_rev C.pdf</li><li>Mockup_Room_Layout_204.dwg</li><li>Fire_Cert_Requirement_DCD.pdf</li></ul>
<p>Questions: <a href="mailto:procurement@gulfline-fitout.ae">procurement@gulfline-fitout.ae</a> · Gulfline Procurement Team</p>
<p style="font-size:10px;color:#777">This portal page is generated from Gulfline ERP. Terms: Gulfline General Conditions of Purchase 2022.</p>
"""
case("r04_gulfline_portal", ["RG004", "RG005"],
     "portal PO: 4 mock-up rugs ordered, 380 'on hold until further notice' (no unlock event); only a "
     "procurement team address, nobody named who releases",
     [("GFO-PO-3318_portal.html", html_page("GFO-PO-3318 — Supplier Portal", _r04_body))])

# ---- r05 risk: DOCX brief from a London studio; corner sample + project table; 'approval' for two things
case("r05_kettleash_brief", ["RG001", "RG003", "RG004", "RG005", "RG009"],
     "brief asks for 1 corner sample and lists 6 project rugs with nothing saying not released; "
     "'approval' used for the client's design approval and the budget approval; no hold/event/person",
     [("KettleAsh_Mayfair_brief_v3.docx", docx_bytes([
         ("h1", "Kettle & Ash — Mayfair residence, rug brief v3"),
         ("p", "To: Himalayan Knot Weavers, Boudha, Kathmandu — Ms Sunita Shrestha · From: Hugo Fenwick · 7 June 2024"),
         ("h", "Where we are"),
         ("p", "We had the client's approval on the colourway last Thursday and the budget approval from their "
               "family office came through this morning, so we are all set on approvals. Please weave the corner "
               "sample below and courier it to our Clerkenwell studio."),
         ("h", "Corner sample"),
         ("table", [
             ["Item", "Design", "Size", "Qty"],
             ["Corner sample (border + field)", "'Shard' in Himalayan wool + silk, 100 knots", "60 x 60 cm", "1"],
         ]),
         ("h", "Project rugs"),
         ("table", [
             ["Room", "Design", "Size (cm)", "Qty"],
             ["Drawing room", "Shard", "420 x 560", "1"],
             ["Dining room", "Shard (no border)", "300 x 450", "1"],
             ["Principal bedroom", "Shard, silk 40%", "350 x 400", "1"],
             ["Guest bedrooms", "Shard small scale", "200 x 300", "2"],
             ["Study", "Shard, tone-on-tone", "250 x 350", "1"],
             ["Total", "", "", "6"],
         ]),
         ("sp",),
         ("p", "Colours: Pantone references on CAD KA-SHD-07. Silk highlights only on the 'shard' lines. Pile "
               "height 8 mm, hand-carved edges along the shard lines. Please advise loom width for the 420 x 560."),
         ("p", "Hugo Fenwick — Associate, Kettle & Ash Interiors, 22 Great Sutton St, London EC1V"),
     ], author="Hugo Fenwick"))])

# ---- r06 risk: WhatsApp (Dubai brand → Lahore): samples first, 'full order is 450 pcs'
case("r06_noor_lhr_chat", ["RG001", "RG003", "RG004", "RG005"],
     "chat: buyer asks for 2 samples and says the full order is 450 pcs with nothing about it being on hold; "
     "no unlock event, no release person",
     [("WhatsApp Chat with Imran LHR.txt", chat([
         ("02/06/2024", "21:14", "Sara Al Mazrouei", "Salam Imran, hope you are well. Back from Heimtextil finally 😅"),
         ("02/06/2024", "21:15", "Imran Qureshi LHR", "Walaikum salam Sara! Welcome back. How was the show?"),
         ("02/06/2024", "21:17", "Sara Al Mazrouei", "Busy! Listen, the hotel in Abu Dhabi is moving. Send me 2 samples of the Ziegler design first, 6x9, the beige/rust colourway from the CAD we did in March"),
         ("02/06/2024", "21:17", "Sara Al Mazrouei", "full order is 450 pcs, mixed sizes 6x9 / 8x10 / 9x12, size split I'll send tomorrow"),
         ("02/06/2024", "21:19", "Imran Qureshi LHR", "Great news 👍 Ziegler beige/rust, 2 pcs 6x9. Vegetable dye or chrome?"),
         ("02/06/2024", "21:20", "Sara Al Mazrouei", "Vegetable. Same knot as the Sultanabad we did last year"),
         ("02/06/2024", "21:21", "Imran Qureshi LHR", "Ok. 2 samples 18-20 days. PO please"),
         ("02/06/2024", "21:22", "Sara Al Mazrouei", "PO coming tonight for the samples. Courier to our Al Quoz warehouse as usual"),
         ("02/06/2024", "23:48", "Sara Al Mazrouei", "<attached: NH-PO-2406-019.pdf>"),
         ("03/06/2024", "07:02", "Imran Qureshi LHR", "Received. Shukriya"),
     ]))])


# =================================================================== BATCH 2
# ---- k09 clean: old quote forwarded as message/rfc822, declared informational
_k09_inner = mail(
    "Sanjay Gupta <sanjay@mirzapurrugcrafts.com>", "Jess Whitford <jess@wattleandloom.com.au>",
    "Quotation MRC/22/311 - Kelpie runner", "Mon, 14 Nov 2022 12:30:00 +0530",
    """Dear Jess,

Thank you for your visit to Mirzapur last week, it was a pleasure to host you and your team.

Please find our quotation for the Kelpie runner as discussed:

Construction : hand-tufted, 100% wool, 1/10 gauge, cut pile 12 mm, cotton canvas + latex, felt back
Size         : 80 x 300 cm
Quantity     : 1,500 runners (3 colourways x 500)
Price        : USD 38.20 per runner FOB Kolkata
Lead time    : 75 days
Sampling     : 1 runner per colourway, USD 45 each, 15 days

Validity 30 days. Wool price subject to change after validity.

Best regards,
Sanjay Gupta
Mirzapur Rug Crafts
""")
_k09_text = """Hi Sanjay,

Forwarding your 2022 quotation for the Kelpie runner (below, as an attachment) so that Ritu, your new merchandiser, has the construction details: gauge, pile height and backing are unchanged for the 2024 re-run.

Please note: the 1,500 runners in that old quotation are informational only. They are not an order and nothing in that email is released.

What is live today is our PO WL-1182, which covers six (6) sample runners only (two per colourway: Saltbush, Ironbark, Harbour). Nothing beyond those six is released. Please don't buy wool or backing for anything more.

Production will be released only by a revised PO WL-1182 rev 1, signed by me, after the six runners have passed our wash test and I have signed them off. If you need the new price for the re-run, a fresh quotation would be great.

Thanks heaps,
Jess
""" + sig("Jess Whitford", "Founder & Head of Product", "Wattle & Loom Pty Ltd, Fitzroy VIC 3065", "+61 3 9xxx 4410")
case("k09_wattle_fwd_old_quote", [],
     "old quote (1,500 runners) forwarded as rfc822 and declared informational; live PO covers 6 sample "
     "runners only; production released only by rev 1 signed by Jess after wash test + sign-off",
     [("Fwd_Kelpie_runner_old_quote.eml", mail(
         "Jess Whitford <jess@wattleandloom.com.au>", "Sanjay Gupta <sanjay@mirzapurrugcrafts.com>",
         "Fwd: Quotation MRC/22/311 - Kelpie runner (FYI only)", "Thu, 13 Jun 2024 09:05:00 +1000",
         _k09_text, cc="Ritu Singh <ritu@mirzapurrugcrafts.com>",
         attachments=[("rfc822", _k09_inner)]))])

# ---- k10 clean: quoted supplier message assumes auto-conversion; buyer reply corrects it
_k10_quoted = """On Mon, 17 Jun 2024 at 11:02, Elif Demir <elif@anadolukilim.com.tr> wrote:
Dear Léa,

The 3 strike-offs of Brume Dune are finished and go out with Aras Kargo / UPS tomorrow. Once you approve the strike-offs we will continue directly with the 350 kilims, our looms in Uşak are ready and we can keep the same weavers.

Best regards,
Elif Demir
Export Department, Anadolu Kilim
"""
_k10_text = """Dear Elif,

Thank you, good news that the strike-offs are on their way.

But please don't plan it like this. Approval of the strike-offs does not release the 350 kilims. The 350 stay on hold. Their production needs a separate written release from me, after two things: the strike-offs signed off by our studio, and our revised purchase order BR-2024-31 rev A issued.

Until then, only the 3 strike-offs on PO BR-2024-31 are authorised, and no yarn should be bought for the 350.

I know this costs you some planning comfort, and I will be quick: you will have our answer within 5 working days of receiving the strike-offs.

Bien à vous,
Léa

""" + quote_lines(_k10_quoted) + "\n" + sig("Léa Fontaine", "Responsable achats / Head of Purchasing", "Brume Paris, 31 rue de Charonne, 75011 Paris", "+33 1 43 55 xx xx")
case("k10_brume_reply_no_autoconv", [],
     "quoted supplier message assumes sample approval rolls into the 350; buyer's reply corrects it: 350 on "
     "hold, written release from Léa after sign-off + rev A; only 3 strike-offs authorised",
     [("RE_Brume_Dune_strike-offs.eml", mail(
         "Léa Fontaine <lea.fontaine@brume-paris.fr>", "Elif Demir <elif@anadolukilim.com.tr>",
         "RE: Brume Dune - strike-offs shipping", "Mon, 17 Jun 2024 15:26:00 +0200", _k10_text,
         in_reply_to="<h100-elif-0617@anadolukilim.com.tr>"))])

# ---- k11 clean: supplier states the deposit does not release production
_k11_text = """Dear Ms Layla,

Good morning. We confirm with thanks receipt of your 30% deposit of USD 4,860.00 against our proforma invoice ATC/PI/24-77 (TT ref. ENBD 240614-0093, credited 14.06.2024).

Kindly note that as per our standard practice the deposit does not release production. At present we are tufting only the 6 mock-up rugs on your purchase order MH-PO-5570. The 420 guest floor rugs shown on the proforma are not in production, and we are not buying yarn or backing cloth for them. We will start them only on receipt of your written production release.

Mock-up rugs status:
- R1 bedside 90x160 cm (2 pcs): tufting done, latexing today
- R2 lounge 200x300 cm (2 pcs): tufting 60%
- R3 corridor runner 90x400 cm (2 pcs): cloth stencilled, tufting from Monday

Expected dispatch of mock-ups by air: 26.06.2024, DAP Abu Dhabi site store.

Warm regards,
Rohit Bansal
Agra Tuft Co. | Sikandra Industrial Area, Agra 282007 | +91 562 26x xxxx
"""
case("k11_agratuft_deposit_note", [],
     "supplier confirms deposit and says it does not release production; only the 6 mock-ups on the PO "
     "are in work; 420 rugs not started, no yarn bought until written release",
     [("Deposit_received_PI_24-77.eml", mail(
         "Rohit Bansal <rohit@agratuft.co.in>", "Layla Mansour <layla.mansour@meridianhotels.ae>",
         "Deposit received - PI ATC/PI/24-77 - Meridian Saadiyat mock-up rugs",
         "Sat, 15 Jun 2024 10:48:00 +0530", _k11_text))])

# ---- k12 clean: supplier acknowledgement restating the hold (PDF)
case("k12_hkw_acknowledgement", [],
     "supplier acknowledgement: 3 weave samples only; 140 pcs balance not released; no wool or loom booking "
     "until written release signed by Priya Nair after sample sign-off",
     [("HKW_Order_Acknowledgement_FR-3412.pdf", pdf([
         ("h1", "HIMALAYAN KNOT WEAVERS"),
         ("p", "Boudha-6, Kathmandu, Nepal · Hand-knotted Tibetan carpets since 1987 · Label STEP / GoodWeave"),
         ("h", "ORDER ACKNOWLEDGEMENT — your PO FR-3412"),
         ("p", "To: Fernhill Rugs LLC, 655 Ponce de Leon Ave NE, Atlanta GA 30308 · Attn. Ms Priya Nair · Date: 19 June 2024"),
         ("table", [
             ["Your line", "Design", "Size", "Qty", "Our remark"],
             ["1", "Weave sample 'Annapurna Haze', 60 knots Tibetan, highland wool + 15% silk", "45 x 45 cm", "3",
              "accepted, weaving from 24 June"],
             ["—", "Production 'Annapurna Haze' 8 x 10 ft (your forecast in the RFQ)", "", "140", "NOT released — on hold"],
         ]),
         ("sp",),
         ("p", "We acknowledge your PO FR-3412 as written: 3 weave samples only."),
         ("p", "We confirm the 140 pcs production balance is not released. We will not buy or card wool and will "
               "not book looms for it until we receive your written production release, signed by Ms Priya Nair "
               "after sign-off of the weave samples."),
         ("p", "Samples will be sent by DHL with a yarn card and knot-count certificate. Expected dispatch 8 July 2024."),
         ("sp",),
         ("p", "For Himalayan Knot Weavers: Sunita Shrestha, Export Coordinator"),
     ], title="Acknowledgement FR-3412", author="Sunita Shrestha"))])

# ---- k13 clean: complete order with many identifiers that look like quantities (PDF, French-English)
case("k13_sable_tifawt_full_order", [],
     "complete order of 8 rugs, no balance; design 5000, ref BO-1200, lot 2400, ISO/OEKO refs, sizes and "
     "g/m² are identifiers or specs, not quantities",
     [("Commande_AS-6002_Tifawt.pdf", pdf([
         ("h1", "ATELIER SABLE — Bon de commande AS-6002"),
         ("p", "Atelier Sable SARL, 9 quai Saint-Vincent, 69001 Lyon · SIRET 812 xxx xxx 00021 · 20 juin 2024"),
         ("p", "Fournisseur / Supplier: Coopérative Tifawt, douar Aït Bougmez, province d'Azilal, Maroc — Mme Fatima Aït Lahcen"),
         ("table", [
             ["Réf.", "Description", "Dimensions", "Qté", "Prix unitaire MAD"],
             ["BO-1200", "Tapis Beni Ourain, dessin 5000 'losange brisé', laine vierge filée main, écru / brun naturel",
              "300 x 400 cm", "4", "9 800"],
             ["BO-1210", "Tapis Beni Ourain, dessin 5000, même laine", "200 x 300 cm", "4", "5 100"],
         ]),
         ("sp",),
         ("p", "Commande complète : 8 tapis au total. This purchase order is the complete order: eight (8) rugs. "
               "No other quantity is planned or will follow under this order."),
         ("p", "Please proceed with the 8 rugs listed. Poids indicatif 2 500 g/m². Laine lot 2400 de la "
               "coopérative (non teintée). Pas de certification ISO 9001:2015 demandée ; déclaration OEKO-TEX "
               "Standard 100 non requise pour la laine écrue."),
         ("p", "Livraison / delivery: transitaire Marrakech, groupage vers Lyon, incoterm FCA Marrakech. "
               "Délai souhaité: 14 semaines."),
         ("p", "Paiement: 40 % à la commande, 60 % à l'enlèvement, par virement."),
         ("sp",),
         ("p", "Sophie Garnier, Directrice artistique, Atelier Sable"),
     ], title="Bon de commande AS-6002", author="Sophie Garnier"))])

# ---- k14 clean: HTML vendor hub page; launch samples; production qty informational, not released
_k14_body = """
<div style="font-size:18px;font-weight:bold">Halden &amp; Rowe · Vendor Hub</div>
<p>Vendor: <b>Jaipur Loomworks Pvt. Ltd.</b> (V-1044) · <a href="#">Messages (2)</a> · <a href="#">Documents</a></p>
<h2>PO HR-24-0702 · High Point Market launch samples</h2>
<table>
<tr><th>Line</th><th>Design</th><th>Construction</th><th>Size</th><th>Qty</th><th>Scope</th></tr>
<tr><td>1</td><td>Tidewater</td><td>Hand-knotted, 100 kpsi, wool/bamboo silk</td><td>5' x 8'</td><td>2</td><td>Sample — trade show</td></tr>
<tr><td>2</td><td>Marram</td><td>Hand-loomed, wool/jute</td><td>5' x 8'</td><td>2</td><td>Sample — trade show</td></tr>
<tr><td>3</td><td>Saltmarsh</td><td>Flat-weave, wool</td><td>5' x 8'</td><td>1</td><td>Sample — trade show</td></tr>
<tr><td colspan="4"><b>Total released on this PO</b></td><td><b>5</b></td><td></td></tr>
</table>
<div class="note">
<p><b>Production quantities (informational — not released):</b> Tidewater 120, Marram 80, Saltmarsh 50, total 250 rugs, as in your quotation JL/Q/24/251. These figures are for your planning only; this PO does not order or release them, and no material may be bought for them.</p>
<p><b>Unlock:</b> production will be released only after the show pieces are signed off by Tess Kaplan (Creative Director), by a PO revision signed by Megan Albright (Sourcing Manager).</p>
</div>
<h3>Milestones</h3>
<table>
<tr><th>Milestone</th><th>Date</th><th>Owner</th></tr>
<tr><td>Show pieces ex-Jaipur</td><td>2024-09-06</td><td>Jaipur Loomworks</td></tr>
<tr><td>High Point Market</td><td>2024-10-19 to 10-23</td><td>Halden &amp; Rowe</td></tr>
<tr><td>Sign-off of show pieces</td><td>2024-10-28</td><td>T. Kaplan</td></tr>
</table>
<p style="font-size:10px;color:#666">Halden &amp; Rowe Vendor Hub · page generated 2024-06-21 08:12 EDT</p>
"""
case("k14_hr_vendorhub_launch", [],
     "vendor hub PO: 5 show samples released; 250 production rugs labelled informational, not released, no "
     "material; unlock = sign-off by Tess Kaplan + PO revision by Megan Albright",
     [("HR-24-0702_vendorhub.html", html_page("PO HR-24-0702 · Vendor Hub", _k14_body))])

# ---- r07 risk (B1): EML thread, buyer's bare "Go ahead." after strike-off; full scope quoted below
_r07_q2 = """From: Rakesh Maurya <export@sgcarpets.in>
Sent: Monday, 17 June 2024 13:10
To: Emily Hollis <emily@hollisandvane.co.uk>
Subject: RE: PO HV-118 - Wren strike-offs

Dear Emily ji,

Both strike-offs of Wren will reach you tomorrow as per DHL tracking. Kindly check and revert with your comments. Looms are free from 1st July in our Gopiganj unit.

Regards
Rakesh
"""
_r07_q1 = """From: Emily Hollis <emily@hollisandvane.co.uk>
Sent: Tuesday, 21 May 2024 10:02
To: Rakesh Maurya <export@sgcarpets.in>
Subject: PO HV-118 - Wren strike-offs

Hi Rakesh,

PO HV-118 attached. It covers the 2 strike-offs of Wren (60x60) only. The 120 pcs balance from your quote is not released - please don't start it or buy for it. It will be released only when I have signed off the strike-offs and issued PO HV-118 rev 1.

Thanks,
Emily
"""
_r07_text = """Thanks Rakesh - they arrived this morning and they look spot on. The ochre has come out beautifully.

Go ahead.

Emily

""" + quote_lines(_r07_q2 + "\n" + _r07_q1) + "\n" + sig("Emily Hollis", "Co-founder, Product", "Hollis & Vane Ltd, Hackney, London E8", "+44 20 3xxx 1180")
case("r07_hollis_go_ahead", ["RG002"],
     "buyer's bare 'Go ahead.' after the strike-offs arrive names neither sample-only nor a quantity; the "
     "quoted original scope (2 strike-offs, 120 on hold, rev 1 by Emily) covers the absence rules",
     [("RE_PO_HV-118_Wren_strike-offs.eml", mail(
         "Emily Hollis <emily@hollisandvane.co.uk>", "Rakesh Maurya <export@sgcarpets.in>",
         "RE: PO HV-118 - Wren strike-offs", "Tue, 18 Jun 2024 09:31:00 +0100", _r07_text,
         in_reply_to="<h100-sgc-0617@sgcarpets.in>"))])

# ---- r08 risk (B2): WhatsApp, "all good mate, proceed 👍"; prior scope has no named release person
case("r08_saltbush_hkw_chat", ["RG002", "RG005"],
     "chat: scope says 3 weave samples, 90 not released until sign-off + revised PO from 'we'; later the "
     "buyer answers 'can we start?' with an unscoped 'proceed'; no named release person",
     [("WhatsApp Chat with Pemba Sherpa.txt", chat([
         ("28/05/2024", "12:40", "Tom Harding Saltbush", "G'day Pemba, PO SBL-PO-004133 just went through to your email"),
         ("28/05/2024", "12:41", "Tom Harding Saltbush", "It's for the 3 weave samples only (Kosciuszko Grey, 45x45). Balance of 90 pcs not released until the samples are signed off here and we send a revised PO"),
         ("28/05/2024", "13:15", "Pemba Sherpa HKW", "Thank you Tom sir. 3 samples noted. 3 weeks"),
         ("18/06/2024", "09:02", "Pemba Sherpa HKW", "Good morning sir, samples finished, photos below"),
         ("18/06/2024", "09:02", "Pemba Sherpa HKW", "<Media omitted>"),
         ("18/06/2024", "09:03", "Pemba Sherpa HKW", "<Media omitted>"),
         ("18/06/2024", "09:05", "Pemba Sherpa HKW", "Sir grey is matching the pom, knots 60 per inch checked. Samples look good? we can start?"),
         ("18/06/2024", "11:47", "Tom Harding Saltbush", "Looking sharp! all good mate, proceed 👍"),
         ("18/06/2024", "11:48", "Pemba Sherpa HKW", "🙏🙏"),
     ]))])

# ---- r09 risk (B3): multipart EML, "Green light from our side!" + PDF PO with full scope
_r09_po = pdf([
    ("h1", "PENNANT & FOX INTERIORS — PURCHASE ORDER PF-0931"),
    ("p", "Unit 4, Hatch Street Works, Manchester M4 · 29 April 2024"),
    ("p", "Supplier: Konya Hali Atölyesi, Meram, Konya, Türkiye — Ms Ayse Kaya"),
    ("table", [
        ["Line", "Description", "Qty", "Unit EUR"],
        ["1", "Sample kilim 'Ilgin', 100 x 150 cm, hand-woven, Anatolian wool, natural dyes", "2", "180.00"],
    ]),
    ("sp",),
    ("p", "This PO covers the 2 sample kilims only. The balance of 64 kilims (170 x 240 cm) in your offer "
          "KHA-24-019 is not released by this PO. It will be released only after the samples are signed off by "
          "Grace Fox and PO PF-0931 revision 1 has been issued."),
    ("p", "Grace Fox, Director — grace@pennantfox.co.uk"),
], title="PO PF-0931", author="Grace Fox")
_r09_text = """Hi Ayşe,

Great news - the client loved the kilims at yesterday's presentation in Alderley Edge. The madder red on the Ilgın read beautifully against the oak panelling.

Green light from our side!

I've attached the PO again for your records. Could you let me know your current lead times for the 170 x 240 size?

Speak soon,
Grace
""" + sig("Grace Fox", "Director", "Pennant & Fox Interiors Ltd", "+44 161 xxx 2290")
_r09_html = ("<html><body><p>Hi Ayşe,</p><p>Great news - the client loved the kilims at yesterday's presentation in "
             "Alderley Edge. The madder red on the Ilgın read beautifully against the oak panelling.</p>"
             "<p><b>Green light from our side!</b></p><p>I've attached the PO again for your records. Could you let me "
             "know your current lead times for the 170 x 240 size?</p><p>Speak soon,<br>Grace</p>"
             "<p style='color:#888;font-size:11px'>Grace Fox | Director | Pennant &amp; Fox Interiors Ltd</p></body></html>")
case("r09_pennantfox_green_light", ["RG002"],
     "'Green light from our side!' after the client liked the samples names no quantity and no sample scope; "
     "attached PO carries the scope (2 samples, 64 not released, sign-off by Grace Fox + rev 1)",
     [("Ilgin_kilims_client_feedback.eml", mail(
         "Grace Fox <grace@pennantfox.co.uk>", "Ayşe Kaya <ayse@konyahali.com.tr>",
         "Ilgın kilims - client feedback", "Fri, 21 Jun 2024 08:55:00 +0100", _r09_text, html=_r09_html,
         attachments=[("PO_PF-0931.pdf", _r09_po, PDF_MT)]))])

# ---- r10 risk (B4): DOCX site meeting minutes; "go ahead" answer without scope
case("r10_southbank_minutes", ["RG002"],
     "minutes record scope (3 mock-up rugs; 212 not released; floor-by-floor revised PO signed by Nathan Cole) "
     "then the supplier asks to start and the answer is an unscoped 'go ahead'",
     [("Southbank_Grand_site_meeting_14_minutes.docx", docx_bytes([
         ("h1", "Southbank Grand Hotel refurbishment — site meeting no. 14"),
         ("p", "Date: Wednesday 19 June 2024, 10:00 AEST · Location: level 2 site office + Teams"),
         ("p", "Present: Nathan Cole (NC, Project Director, Builtform Projects), Daniel Reyes (DR, Procurement, "
               "Builtform), Mia Tran (MT, Interior Designer, Studio Ochre), Rohit Bansal (RB, Agra Tuft Co., by Teams)"),
         ("table", [
             ["Item", "Discussion", "Action / owner"],
             ["14.1 Joinery", "Level 4 vanity tops re-measured after slab variation.", "Stonemason to re-template — DR"],
             ["14.2 Lighting", "Bedside pendants delayed 2 weeks (supplier backorder).", "MT to advise alternates"],
             ["14.3 Rugs — scope", "PO BFP-2290 covers the 3 mock-up room rugs only. The guest-floor rugs for "
              "levels 2–9 (212 pcs) are not released. They will be released floor by floor by revised PO signed by "
              "NC after the mock-up room is accepted by the owner.", "Note"],
             ["14.4 Rugs — mock-ups", "Mock-up rugs installed in room 214 on 14 June. Owner walk-through done; "
              "MT happy with colour and pile. RB asked whether Agra Tuft can start. DR: 'go ahead'.", "RB"],
             ["14.5 Flooring", "Underlay to corridors L5 complete.", "—"],
         ]),
         ("sp",),
         ("p", "Next meeting: Wednesday 26 June 2024, 10:00. Minutes by Daniel Reyes. Please advise corrections "
               "within 48 hours, otherwise the minutes are taken as a true record."),
     ], author="Daniel Reyes"))])

# ---- r11 risk (B5): WhatsApp French-English with Moroccan cooperative; "some samples", "c'est bon, go ahead"
case("r11_corvel_tifawt_chat", ["RG002", "RG010"],
     "chat: buyer asks for 'some samples' without a number (project on hold until Camille sees them and sends "
     "the bon de commande), later answers 'c'est bon, you can go ahead' without scope",
     [("WhatsApp Chat with Youssef Tifawt.txt", chat([
         ("03/06/2024", "17:20", "Camille Arnaud", "Bonjour Youssef, bonjour à Fatima 🌿 Comme convenu, here is the CAD for the Beni Ourain of the Ferrat villa"),
         ("03/06/2024", "17:21", "Camille Arnaud", "<attached: Ferrat_BO_CAD_v2.pdf>"),
         ("03/06/2024", "17:23", "Camille Arnaud", "We would like some samples in our colours first: écru with charcoal lozenges, a bit denser than the usual. The rest of the project stays on hold until I see the samples in Paris and send you the bon de commande."),
         ("03/06/2024", "17:40", "Youssef Tifawt", "Bonsoir madame Camille, bien reçu. Ma mère dit the charcoal wool we must buy from Azilal souk, natural black sheep, not dyed"),
         ("03/06/2024", "17:42", "Camille Arnaud", "Parfait, natural is better"),
         ("12/06/2024", "10:05", "Youssef Tifawt", "Madame, the wool is washed and spun, the women can begin. OK?"),
         ("12/06/2024", "10:31", "Camille Arnaud", "c'est bon, you can go ahead 👍"),
         ("12/06/2024", "10:32", "Youssef Tifawt", "Merci madame 🙏"),
     ]))])

# ---- r12 risk (C1): multipart EML; samples requested without a quantity, everything else present
_r12_text = """Hi Sanjay,

Following our call, please weave the samples for designs 4410 (Harbor Stripe) and 4412 (Beacon Plaid) under PO 9031, which you received on Monday.

Spec as per tech pack TP-4410/4412 rev B: hand-tufted, 100% NZ wool, 1/8 gauge, 14 mm cut pile, hand-carved edges on the stripes, cotton backing with felt.

The production rugs in your quote Q-77 (210 pcs across both designs) are not released. They will be released only after I have signed off the samples and issued PO 9031 rev 1. Please do not buy yarn for them.

Target for samples at our Boston office: 12 July.

Many thanks,
Sofia
""" + sig("Sofia Marin", "Product Development Manager", "Marlowe Rug Co., 300 A Street, Boston MA 02210", "+1 617 555 0136")
_r12_html = "<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in _r12_text.split("\n\n")) + "</body></html>"
case("r12_marlowe_samples_noqty", ["RG010"],
     "buyer asks for 'the samples' of two designs without saying how many; hold on the 210, unlock event "
     "(sign-off + rev 1) and release person (Sofia, sender) are all stated",
     [("PO_9031_samples_4410_4412.eml", mail(
         "Sofia Marin <sofia.marin@marlowerug.com>", "Sanjay Gupta <sanjay@mirzapurrugcrafts.com>",
         "PO 9031 - samples 4410 / 4412", "Wed, 19 Jun 2024 14:12:00 -0400", _r12_text, html=_r12_html))])

# ---- r13 risk (C2): PDF strike-off PO with "as required" quantity and nothing else
case("r13_tallis_po_as_required", ["RG003", "RG004", "RG005", "RG010"],
     "strike-off PO for a collection with quantity 'as required'; no active quantity, nothing says production "
     "is not released, no unlock event, nobody named to release",
     [("Tallis_Home_PO_TH-44017.pdf", pdf([
         ("h1", "TALLIS HOME — Purchase Order TH-44017"),
         ("p", "Tallis Home LLC, 77 Hudson St, Hoboken NJ 07030 · Vendor: Jaipur Loomworks Pvt. Ltd. (V-318)"),
         ("p", "Date: June 20, 2024 · Program: 'Tallis Atlas' collection, Spring 2025 launch · Terms: Net 30"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit price"],
             ["1", "TA-SO", "Strike-offs, Atlas designs A1–A6, 2' x 2', hand-knotted wool/viscose", "as required", "$90.00 ea."],
             ["2", "TA-POM", "Colour poms for all Atlas colourways", "as required", "$3.00 ea."],
         ]),
         ("sp",),
         ("p", "Vendor to develop strike-offs for the Atlas collection per design package TA-DP-02. "
               "Production quantities and size split to be advised."),
         ("p", "Ship samples by FedEx International Priority to Hoboken, account 6xxx-xxxx-2. "
               "Reference PO TH-44017 on all cartons."),
         ("p", "Contact: Ryan Booker, Associate Buyer — ryan.booker@tallishome.com"),
     ], pagesize=LETTER, title="PO TH-44017", author="Ryan Booker"))])

# ---- r14 risk (C3): Teams chat export; "start the trade show pieces" with no count
_r14 = """Microsoft Teams — chat export
Chat: Halden & Rowe / Jaipur Loomworks — High Point 2024
Exported: 24/06/2024 18:02 (UTC-04:00)

[24/06/2024 09:12] Anil Sharma (Jaipur Loomworks, Guest)
Good morning Tess. Looms 7 and 9 are now free. Shall we put the High Point trade show pieces on?

[24/06/2024 09:30] Tess Kaplan (Halden & Rowe)
Morning Anil! Yes - you can start the trade show pieces, Tidewater and Marram, in the colourways we picked on the call.

[24/06/2024 09:31] Tess Kaplan (Halden & Rowe)
The rest of the collection is not released. Megan Albright releases it by PO revision once I've signed off the show pieces after the market.

[24/06/2024 09:33] Anil Sharma (Jaipur Loomworks, Guest)
Noted with thanks. Tidewater and Marram show pieces starting today, rest of collection waits for Megan's PO revision.

[24/06/2024 09:35] Tess Kaplan (Halden & Rowe)
👍 Can you shoot me the dye lot numbers once the yarn is dyed?

[24/06/2024 09:36] Anil Sharma (Jaipur Loomworks, Guest)
Sure
"""
case("r14_hr_teams_show_pieces", ["RG010"],
     "buyer authorizes 'the trade show pieces' without a count; rest of collection not released, "
     "unlock = sign-off after the market + PO revision by Megan",
     [("Teams_chat_HighPoint_2024.txt", _r14)])

# ---- r15 risk (C4): DOCX approval & release form; 'approval' for three things, 'first tranche' without qty
case("r15_meridian_approval_form", ["RG002", "RG009", "RG010"],
     "form uses 'approval' for CAD (technical), PO value (commercial) and production; the production entry "
     "'Approved / released' for 'the first tranche' names no quantity; rest on hold until Layla Mansour after acceptance",
     [("Meridian_ARF-0113_MH-PO-5570.docx", docx_bytes([
         ("h1", "Meridian Hotels — Approval & Release Form"),
         ("p", "Project: Meridian Saadiyat Beach, guest floors · Package: loose rugs · Supplier: Agra Tuft Co., Agra · "
               "PO MH-PO-5570 · Form no. ARF-0113 · 24 June 2024"),
         ("table", [
             ["Step", "Status", "By", "Date"],
             ["Approval — CAD and colour poms", "Approved", "Design team (Studio Lumen)", "02 Jun 2024"],
             ["Approval — PO value", "Approved", "Finance", "05 Jun 2024"],
             ["Approval for production — first tranche of guest-floor rugs", "Approved / released", "L. Mansour", "24 Jun 2024"],
             ["Remaining tranches", "Not released", "—", "—"],
         ]),
         ("sp",),
         ("p", "Comments: the first tranche of guest-floor rugs is released for production with this form. The "
               "remaining tranches are not released and will each be released by Layla Mansour (Procurement "
               "Manager) after the installation of the previous tranche is accepted on site."),
         ("p", "Fire performance: BS EN 13501-1 Cfl-s1 certificate to accompany every tranche. Packaging per "
               "Meridian FF&E logistics guide rev 4."),
         ("p", "Signed: Layla Mansour, Procurement Manager, Meridian Hotels & Resorts"),
     ], author="Layla Mansour"))])


# =================================================================== BATCH 3
# ---- k15 clean: ERP sample PO printout with hold, unlock event, named release person, material scope
_k15 = """MARLOWE RUG CO.                                              PURCHASE ORDER
300 A STREET, BOSTON MA 02210                                 PO #: 9120
                                                              DATE: 06/18/2024
VENDOR: KALINDA WEAVES (V-20417)                              REV : 0
        PLOT 14, SANGANER, JAIPUR 302029 INDIA                PAGE: 1
SHIP TO: MARLOWE DC, 1 HARBOR WAY, CHELSEA MA 02150
TERMS : NET 30        FOB: JAIPUR        SHIP VIA: DHL EXPRESS   BUYER: S.MARIN
--------------------------------------------------------------------------------
LN  ITEM NO.     DESCRIPTION                          QTY   U/M   UNIT $    EXT $
--- ------------ ------------------------------------ ----- ---- -------- --------
001 MR-5100-SO   STRIKE-OFF DES 5100 'QUARRY'             4  EA     92.00   368.00
                 24X24IN, HAND KNOTTED, 100 KPSI
002 MR-5100-YC   YARN CARD DES 5100                       1  EA      0.00     0.00
--------------------------------------------------------------------------------
                                                       TOTAL USD          368.00
--------------------------------------------------------------------------------
SCOPE NOTE (PART OF THIS PO):
 THIS PO AUTHORIZES 4 STRIKE-OFFS + 1 YARN CARD ONLY.
 BALANCE 396 PCS (QUOTE KW-Q-0433, 400 PCS TOTAL) IS ON HOLD - NOT RELEASED.
 DO NOT BUY YARN, DYE OR WARP LOOMS FOR THE BALANCE.
 RELEASE ONLY BY REVISED PO SIGNED BY J. OKAFOR (VP PRODUCT) AFTER WRITTEN
 STRIKE-OFF SIGN-OFF BY MARLOWE PRODUCT DEVELOPMENT.
--------------------------------------------------------------------------------
STRIKE-OFFS TO: S. MARIN, PRODUCT DEVELOPMENT. LABEL EACH WITH DES NO + DYE LOT.
FORM MR-PO-01 REV 12                                   PRINTED 06/18/2024 15:40
"""
case("k15_marlowe_erp_sample_po", [],
     "ERP sample PO: 4 strike-offs only; balance 396 on hold, no yarn; released only by revised PO signed "
     "by J. Okafor after strike-off sign-off",
     [("Marlowe_PO_9120.txt", _k15)])

# ---- k16 clean: DOCX design brief that is explicitly not an order
case("k16_brume_maree_brief", [],
     "design brief explicitly not an order; planned quantities labelled planning assumptions; authorizes "
     "nothing; a separate PO for strike-offs will follow",
     [("Brume_Collection_Maree_brief.docx", docx_bytes([
         ("h1", "Brume Paris — Collection « Marée », brief de développement"),
         ("p", "Pour / for: Jaipur Loomworks — Anil Sharma, Neha Agarwal · De / from: Léa Fontaine · 25 juin 2024"),
         ("h", "Statut du document / status"),
         ("p", "Ce brief n'est pas une commande. This brief is not an order and authorises nothing: no strike-off, "
               "no yarn, no loom time. The quantities below are planning assumptions for your costing. A separate "
               "purchase order for strike-offs will follow once we have your costing."),
         ("h", "Designs"),
         ("table", [
             ["Design", "Technique", "Sizes (cm)", "Planning assumption"],
             ["Marée Basse", "Hand-knotted, 80 knots/in², wool + linen", "200x300, 250x350", "about 120 pcs"],
             ["Estran", "Hand-tufted, cut and loop", "160x230, 200x300", "about 200 pcs"],
             ["Laisse de mer", "Flat-weave, undyed wool", "170x240", "about 80 pcs"],
         ]),
         ("sp",),
         ("h", "Palette"),
         ("li", "Sable mouillé (Pantone 15-1217 TCX)"),
         ("li", "Gris ardoise (Pantone 18-0601 TCX)"),
         ("li", "Écume (Pantone 11-0602 TCX)"),
         ("h", "What we need from you"),
         ("num", "Costing per m² for each design and size, FOB Mundra, by 12 July."),
         ("num", "Your proposal for pile height and knot count for Marée Basse."),
         ("num", "Lead time for strike-offs once a PO is placed."),
         ("p", "Léa Fontaine — Responsable achats, Brume Paris"),
     ], author="Léa Fontaine"))])

# ---- k17 clean: WhatsApp, Turkish kilim weaver; scoped go-ahead, supplier asks about yarn, buyer says no
case("k17_dune_anadolu_chat", [],
     "buyer: 'go ahead with the 2 sample kilims only', other 60 released only by a new PO from Alice after "
     "sign-off; supplier asks to buy yarn for the 60 and is told no",
     [("WhatsApp Chat with Mehmet Anadolu Kilim.txt", chat([
         ("20/06/2024", "07:55", "Alice Moreau", "Hi Mehmet! Costing received, thank you. All fine on our side"),
         ("20/06/2024", "07:56", "Alice Moreau", "Please go ahead with the 2 sample kilims only - Kars Stripe in sand/indigo, 120x180"),
         ("20/06/2024", "07:58", "Alice Moreau", "The other 60 wait. They're released only by a new PO from me, after I've signed off the 2 samples here in Sydney"),
         ("20/06/2024", "09:12", "Mehmet Yılmaz", "Günaydın Alice hanım. OK, 2 sample kilim we start tomorrow. Question: should we also buy the yarn for the 60 now? Same dye lot is better for indigo"),
         ("20/06/2024", "09:40", "Alice Moreau", "No, please - yarn only for the 2 samples for now. If we go ahead with the 60 I'd rather you dye a fresh lot for all 60 together"),
         ("20/06/2024", "09:41", "Mehmet Yılmaz", "Tamam, understood. Only 2 samples. Photos next week inşallah"),
         ("20/06/2024", "09:42", "Alice Moreau", "Teşekkürler! 🙏"),
     ]))])

# ---- k18 clean: two-file folder, sample PO (PDF) + supplier quote (PDF); PO declares the 600 informational
_k18_po = pdf([
    ("h1", "FERNHILL RUGS — PURCHASE ORDER FR-3450"),
    ("p", "Fernhill Rugs LLC · 655 Ponce de Leon Ave NE, Atlanta GA 30308 · Date: June 21, 2024"),
    ("p", "Vendor: Lahore Heritage Rugs (Pvt) Ltd, Kot Lakhpat Industrial Estate, Lahore, Pakistan"),
    ("table", [
        ["Line", "Description", "Size", "Qty", "Unit USD"],
        ["1", "Sample rug 'Peshawar Grove', hand-knotted, hand-spun Ghazni wool, vegetable dyes", "4' x 6'", "6", "210.00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This PO orders the six (6) sample rugs above and nothing else."),
    ("p", "Your quotation LHR-Q-2291 is attached for reference. The production quantity of 600 rugs shown in it is "
          "informational only. It is not ordered and not released by this PO, and no wool may be bought for it."),
    ("p", "Production can be released only by a revision of this PO signed by Priya Nair (Director of Merchandising), "
          "after the samples have been signed off by our quality lead, Jordan Ellis."),
    ("p", "Inspection of samples at Atlanta. Payment: 100% against delivery of the samples."),
], pagesize=LETTER, title="PO FR-3450", author="Priya Nair")
_k18_quote = pdf([
    ("h1", "LAHORE HERITAGE RUGS"),
    ("p", "Quotation LHR-Q-2291 · Fernhill Rugs, Atlanta · 10 June 2024"),
    ("table", [
        ["Design", "Size", "Samples", "Production", "FOB Karachi USD/sq ft"],
        ["Peshawar Grove", "4' x 6'", "6 @ 210.00", "—", "—"],
        ["Peshawar Grove", "8' x 10'", "—", "600", "14.90"],
    ]),
    ("sp",),
    ("p", "Production lead time 120 days after written order; wool booking 30 days. Shipping by sea, LCL or FCL."),
    ("p", "Imran Qureshi, Director Sales"),
], title="Quotation LHR-Q-2291", author="Imran Qureshi")
case("k18_fernhill_po_and_quote", [],
     "two-file bundle: sample PO for 6 declares the quote's 600 informational and not released, no wool; "
     "release by PO revision signed by Priya Nair after sample sign-off by Jordan Ellis",
     [("Fernhill_PO_FR-3450.pdf", _k18_po), ("LHR_Quotation_Q-2291.pdf", _k18_quote)])

# ---- k19 clean: full-quantity floor PO for a hotel fit-out; later floors explicitly not released
case("k19_alnoor_floor7_po", [],
     "PO for the complete floor 7 quantity (38 rugs); floors 8–12 are not part of the order and not released, "
     "to be ordered by separate PO signed by Rania Suleiman after floor 7 acceptance",
     [("AlNoor_PO_ANI-24-1907_floor7.pdf", pdf([
         ("h1", "AL NOOR INTERIORS CONTRACTING LLC"),
         ("p", "Office 1204, Business Bay, Dubai, UAE · TRN 100xxxxxxxx00003"),
         ("h", "PURCHASE ORDER ANI-24-1907 — The Palm Residence Hotel, floor 7"),
         ("p", "Supplier: Shree Ganesh Carpets, Bhadohi, India · Date: 24 June 2024 · Delivery: DAP Jebel Ali, site store"),
         ("table", [
             ["Type", "Location", "Size (cm)", "Spec", "Qty"],
             ["RG-A", "Guest room bedside", "90 x 160", "Hand-tufted, NZ wool, 12 mm, FR", "24"],
             ["RG-B", "Suite lounge", "250 x 350", "Hand-tufted, NZ wool, 12 mm, FR", "6"],
             ["RG-C", "Corridor runner", "120 x 600", "Hand-tufted, nylon/wool 80/20, 8 mm, FR", "8"],
             ["Total floor 7", "", "", "", "38"],
         ]),
         ("sp",),
         ("p", "This PO is the complete order for floor 7: 38 rugs. There is no balance under this PO. Please "
               "manufacture all 38 rugs per drawings ID-07-RG rev D."),
         ("p", "Floors 8 to 12 are not part of this order and are not released. They will be ordered under "
               "separate purchase orders signed by Rania Suleiman (Procurement Manager) after the floor 7 "
               "installation has been accepted by the client's representative."),
         ("p", "Fire: Dubai Civil Defence approved test report required before dispatch. Packing: rolled on tubes, "
               "labelled by room number."),
         ("p", "Rania Suleiman — Procurement Manager — +971 4 xxx 6620"),
     ], title="PO ANI-24-1907", author="Rania Suleiman"))])

# ---- k20 clean: supplier status email with an HTML status report attached
_k20_report = html_page("Kalinda Weaves — status report LH-7810", """
<h2>Kalinda Weaves · Weekly status · Larkspur Home PO LH-7810</h2>
<p>Week 26 / 2024 · prepared by Neha Agarwal, merchandising</p>
<table>
<tr><th>Item</th><th>Qty on PO</th><th>Status</th><th>Remark</th></tr>
<tr><td>Strike-off 'Mesa' 2'x2', colourway Clay</td><td>1</td><td>Off loom, washing</td><td>—</td></tr>
<tr><td>Strike-off 'Mesa' 2'x2', colourway Bone</td><td>1</td><td>On loom, 70%</td><td>—</td></tr>
<tr><td>Strike-off 'Mesa' 2'x2', colourway Flint</td><td>1</td><td>Yarn dyed</td><td>Re-dye after lab dip 2</td></tr>
</table>
<p class="note">Production rugs for Mesa are not on this PO. We have not bought yarn and have not booked looms for them, and will not until we receive your written production release.</p>
""")
_k20_text = """Dear Dana,

Please find attached this week's status for the three Mesa strike-offs on PO LH-7810.

Clay and Bone are on track for dispatch on 5 July. Flint needed a second lab dip (the first one went too green in daylight), so it follows one week later, unless you prefer we hold all three and ship together.

Could you tell us which you prefer?

With best regards,
Neha Agarwal
Merchandiser, Kalinda Weaves, Sanganer, Jaipur
"""
case("k20_kalinda_status_report", [],
     "supplier status report (HTML attachment) on 3 strike-offs; says production is not on the PO and no yarn "
     "or looms are booked until a written release; a supplier report authorizes nothing",
     [("Status_LH-7810_week26.eml", mail(
         "Neha Agarwal <neha@kalindaweaves.in>", "Dana Whitaker <dana.w@larkspurhome.com>",
         "Status week 26 - PO LH-7810 Mesa strike-offs", "Tue, 25 Jun 2024 18:20:00 +0530", _k20_text,
         attachments=[("Kalinda_status_LH-7810_wk26.html", _k20_report, HTML_MT)]))])

# ---- r16 risk (D1): supplier email, yarn dyed for all 220 while only 4 strike-offs are on the PO
_r16_text = """Dear Ryan,

Greetings from Bhadohi.

As per your PO TH-44080 for four (4) strike-offs of Atlas A3, the strike-offs are on the loom and will be finished by 5th July.

We understand the remaining 216 rugs are not released yet. But to hold one dye lot for the complete programme, we have already dyed the yarn for all 220 rugs (approx. 1,650 kg, lot BRH-0624-17). Indigo and rust shades are very difficult to repeat in a second lot, as you know from last season.

Kindly share your feedback on the strike-offs as soon as they reach you.

Thanks & regards,
Arvind Maurya
Bhadohi Rug House
Aurai Road, Bhadohi (U.P.) | +91 5414 22x xxx
"""
case("r16_bhadohi_yarn_dyed", ["RG006"],
     "supplier has dyed yarn for all 220 rugs while only 4 strike-offs are ordered and no material authority "
     "was given (supplier email, restates that the 216 are not released)",
     [("Atlas_A3_strike-offs_update.eml", mail(
         "Arvind Maurya <arvind@bhadohirughouse.com>", "Ryan Booker <ryan.booker@tallishome.com>",
         "Atlas A3 - strike-offs and dye lot", "Thu, 27 Jun 2024 12:05:00 +0530", _r16_text))])

# ---- r17 risk (D2): WhatsApp, buyer scope complete, supplier has carded and spun wool for 160
case("r17_lumenloam_hkw_chat", ["RG006"],
     "chat: buyer scope is 2 weave samples, 160 on hold until Kate's sign-off + PO rev 1; supplier reports the "
     "wool for all 160 already carded and spun, without any material authority",
     [("WhatsApp Chat with Sunita HKW.txt", chat([
         ("05/06/2024", "19:02", "Kate Morrison", "Hi Sunita! PO LL-2207 is in your inbox"),
         ("05/06/2024", "19:03", "Kate Morrison", "It's 2 weave samples only. The 160 pcs stay on hold, not released, until I sign off the samples and send PO rev 1"),
         ("05/06/2024", "19:30", "Sunita Shrestha", "Namaste Kate, received with thanks. 2 samples Ganesh Himal, 60 knot, we start Monday"),
         ("26/06/2024", "08:14", "Sunita Shrestha", "Good morning Kate, samples are on the loom, 50% done"),
         ("26/06/2024", "08:15", "Sunita Shrestha", "Also good news: we already carded and spun the wool for all 160 pcs, so wool is ready. Highland wool is very scarce in monsoon time"),
         ("26/06/2024", "08:15", "Sunita Shrestha", "<Media omitted>"),
         ("26/06/2024", "14:40", "Kate Morrison", "Oh! Ok, thanks for letting me know. Let's talk about that on Friday's call"),
     ]))])

# ---- r18 risk (D3): supplier ERP material requisition printout, wool issued for full 160
_r18 = """KALINDA WEAVES  -  JAIPUR                    MATERIAL REQUISITION / ISSUE SLIP
====================================================================================
MRN NO : MRN/24-25/0418          DATE : 24.06.2024          STORE : RAW WOOL GODOWN 2
SO NO  : SO-5520                 CUSTOMER : LARKSPUR HOME INC (LOS ANGELES)
CUST PO: LH-7790 (SAMPLES)       DESIGN   : 'CHOLLA' 9X12 FT, 120 KPSI
------------------------------------------------------------------------------------
SO QUANTITY STATUS
  RELEASED QTY (CUST PO LH-7790)      :     8 PCS   (SAMPLE)
  BALANCE (PER QUOTE KW-Q-0455)       :   152 PCS   NOT RELEASED BY CUSTOMER
------------------------------------------------------------------------------------
SR  MATERIAL                      LOT        UOM   REQ QTY   ISSUED   FOR QTY (PCS)
--  ----------------------------  ---------  ---  --------  -------  -------------
01  NZ WOOL 2 PLY, UNDYED         NZW-2406   KG    1,280.0  1,280.0   160 (FULL SO)
02  VISCOSE 150D                  VIS-0611   KG      210.0    210.0   160 (FULL SO)
03  COTTON WARP 10/12             CW-0598    KG      340.0    340.0   160 (FULL SO)
------------------------------------------------------------------------------------
REMARK : FULL SO QTY ISSUED TO DYEING TO KEEP SINGLE LOT. ORDERED BY: PROD. MGR.
ISSUED BY: STOREKEEPER (R. MEENA)       RECEIVED BY: DYEING (S. KHAN)
====================================================================================
"""
case("r18_kalinda_material_issue", ["RG006"],
     "supplier material issue slip: only 8 samples released, 152 not released, yet wool, viscose and warp "
     "issued for the full 160 with no material authority",
     [("MRN_24-25_0418.txt", _r18)])

# ---- r19 risk (D4): EML, Turkish weaver sets warps for all 45 after QC liked the sample; quoted buyer scope
_r19_q = """From: Tom Harding <tom.harding@saltbushliving.com.au>
Sent: Friday, 31 May 2024 16:20
To: Ayşe Kaya <ayse@konyahali.com.tr>
Subject: PO SBL-PO-004150 - Sivas sample kilim

Hi Ayşe,

PO SBL-PO-004150 attached: 1 sample kilim (Sivas, 170x240) only. The balance of 45 kilims is not released until I have signed off the sample and issued a revised PO.

Cheers,
Tom
"""
_r19_text = """Dear Tom,

Good news from Konya. Your QC, Mr. Serkan Aydın, visited our atelier yesterday and he liked the Sivas sample very much. The colours and the weight are perfect he said.

So we have set the warps on two looms for all 45 kilims and the weaving starts on Monday. Like this we can ship in September before the rush.

The sample itself goes to you by UPS tomorrow, tracking will follow.

Saygılarımla / best regards,
Ayşe Kaya
Konya Halı Atölyesi, Meram / Konya

""" + quote_lines(_r19_q)
case("r19_konya_warps_set", ["RG006", "RG007"],
     "supplier takes the QC visitor's liking of the sample as the start: warps set for all 45 and weaving "
     "Monday, against the quoted scope (1 sample; 45 not released until Tom's sign-off + revised PO)",
     [("RE_Sivas_sample_kilim.eml", mail(
         "Ayşe Kaya <ayse@konyahali.com.tr>", "Tom Harding <tom.harding@saltbushliving.com.au>",
         "RE: PO SBL-PO-004150 - Sivas sample kilim", "Thu, 27 Jun 2024 17:45:00 +0300", _r19_text,
         in_reply_to="<h100-sbl-0531@saltbushliving.com.au>"))])

# ---- r20 risk (D5): Moroccan co-op bought wool for the whole order and started with the deposit
_r20_q = """Le 4 juin 2024 à 11:30, Léa Fontaine <lea.fontaine@brume-paris.fr> a écrit :
Bonjour Khadija,
Voici notre bon de commande BR-2024-40 : 2 sample rugs only (Azrou, 150 x 200 cm). The balance of 24 rugs is not released until I sign off the samples and send bon de commande BR-2024-40 rev A.
Bien à vous,
Léa Fontaine, Brume Paris
"""
_r20_text = """Bonjour Madame Léa,

We have received the acompte of 30 % on the proforma, thank you very much.

With it we bought the wool for the whole order at the Azrou souk, the good Timahdite wool, and the weavers started the big rugs this week, so everything will be ready for your date in October.

The two samples are finished and go to Paris with the transporteur on Thursday.

Avec nos salutations,
Khadija Ouhaddou
Coopérative Aïn Leuh, Moyen Atlas

""" + quote_lines(_r20_q)
case("r20_ainleuh_deposit_wool", ["RG006", "RG012"],
     "co-op treats the 30% deposit as the start: wool bought for the whole order and the big rugs started, "
     "while the quoted bon de commande releases 2 samples and holds 24 until Léa's sign-off + rev A",
     [("RE_BR-2024-40_Azrou.eml", mail(
         "Khadija Ouhaddou <coop.ainleuh@gmail.com>", "Léa Fontaine <lea.fontaine@brume-paris.fr>",
         "RE: Bon de commande BR-2024-40 Azrou", "Tue, 25 Jun 2024 20:10:00 +0100", _r20_text,
         in_reply_to="<h100-brume-0604@brume-paris.fr>"))])

# ---- r21 risk (D6): buyer's cover email P.S. encourages yarn purchase for the full run; PDF PO attached
_r21_po = pdf([
    ("h1", "AMBERLEY LIVING — PURCHASE ORDER AL-3318"),
    ("p", "Amberley Living Ltd, 5 Milsom Place, Bath BA1 · 26 June 2024 · Supplier: Mirzapur Rug Crafts, Mirzapur (U.P.), India"),
    ("table", [
        ["Line", "Description", "Qty", "Unit GBP"],
        ["1", "Strike-off 'Solsbury' 50 x 50 cm, hand-tufted wool, cut + loop, CAD AL-SOL-3", "3", "38.00"],
    ]),
    ("sp",),
    ("p", "This PO covers the three strike-offs only. The 180 production rugs of your quotation are not released. "
          "They will be released only by a revised PO signed by Chloe Barnes once the strike-offs are signed off."),
    ("p", "Chloe Barnes, Head of Buying"),
], title="PO AL-3318", author="Chloe Barnes")
_r21_text = """Hi Sanjay,

Attached is our PO AL-3318 for the three Solsbury strike-offs. Colours as per the poms we returned last week (we went one step warmer on the terracotta).

Delivery to the Bath office please, marked for my attention.

Thanks so much,
Chloe

P.S. No harm in getting the yarn in for the full run now, so you're not waiting on the dye house later - I know it gets busy before Diwali.
""" + sig("Chloe Barnes", "Head of Buying", "Amberley Living Ltd", "+44 1225 xxx 771")
case("r21_amberley_yarn_ps", ["RG006"],
     "PO releases 3 strike-offs and holds 180 (revised PO by Chloe Barnes after sign-off), but the buyer's P.S. "
     "invites yarn purchase for the full run without an explicit material authority",
     [("PO_AL-3318_Solsbury.eml", mail(
         "Chloe Barnes <chloe@amberleyliving.co.uk>", "Sanjay Gupta <sanjay@mirzapurrugcrafts.com>",
         "PO AL-3318 - Solsbury strike-offs", "Wed, 26 Jun 2024 11:12:00 +0100", _r21_text,
         attachments=[("PO_AL-3318.pdf", _r21_po, PDF_MT)]))])

# ---- r22 risk (D7): supplier production plan PDF treats forecast as confirmed and books wool for it
case("r22_lhr_production_plan", ["RG006", "RG008"],
     "supplier plan records the customer's FY25 forecast of 500 as a confirmed order and books wool for all "
     "500 while only samples are on PO",
     [("LHR_Production_Plan_Marlowe_FY25.pdf", pdf([
         ("h1", "LAHORE HERITAGE RUGS — Production & material plan"),
         ("p", "Customer: Marlowe Rug Co., Boston · Prepared by: Planning Dept. · Rev 2 · 28 June 2024"),
         ("table", [
             ["Item", "Source", "Status", "Material"],
             ["Samples 'Sultanabad Mist' 4' x 6'", "PO 9188", "woven, shipped 12 June", "from stock"],
             ["Sultanabad Mist 8' x 10', FY25", "Customer forecast (e-mail 3 June)", "CONFIRMED ORDER — 500 pcs",
              "Ghazni wool 3,900 kg booked with Quetta supplier, 50% advance paid"],
         ]),
         ("sp",),
         ("p", "Planning note: the customer's FY25 forecast of 500 pcs is treated as a confirmed order for loom "
               "planning. Wool for the full 500 pcs is booked now at current rates; looms 14–22 reserved from August."),
         ("p", "Dyeing: vegetable (madder, indigo, walnut), two lots. Washing: Lahore wash house, antique wash."),
         ("p", "Prepared by Imran Qureshi, Director Sales"),
     ], title="Production plan Marlowe FY25", author="Imran Qureshi"))])


# =================================================================== BATCH 4
# ---- k21 clean: EML with DOCX attachment; interim sample disposition with quantity + expiry limits
_k21_docx = docx_bytes([
    ("h1", "Kingfisher & Mott — Sample disposition SD-0412"),
    ("p", "Supplier: Jaipur Loomworks Pvt. Ltd. · Design: 'Lantern' hand-knotted, 8 x 10 ft · PO KM-0788 · 28 June 2024"),
    ("table", [
        ["Field", "Entry"],
        ["Sample", "Strike-off no. 2 (field + border), received 24 June"],
        ["Disposition", "INTERIM — accepted with one deviation: border 3 mm narrower than CAD"],
        ["Production release under this interim", "40 rugs only (Decorex stock), border as sampled"],
        ["Interim expires", "31 August 2024 — nothing may start under it after that date"],
        ["Balance", "160 rugs — NOT released"],
        ["To release the balance", "corrected strike-off no. 3 signed off by Isabel Mott, then PO KM-0788 rev 2 issued by Isabel Mott"],
    ]),
    ("sp",),
    ("p", "Material: yarn for the 40 rugs only. Do not dye for the balance until rev 2."),
    ("p", "Isabel Mott — Founder & Creative Director, Kingfisher & Mott Ltd"),
], author="Isabel Mott")
_k21_text = """Dear Anil,

Please find attached our sample disposition SD-0412 for the Lantern strike-off no. 2.

In short: it is an interim disposition. You may weave 40 rugs now, with the border exactly as sampled, for our Decorex stock. That interim runs until 31 August. The other 160 are not released. For those we need a corrected strike-off no. 3 with the full border width, which I will sign off, and then PO KM-0788 rev 2 from me.

Thank you to the weavers; the colour is genuinely beautiful.

Best,
Isabel
""" + sig("Isabel Mott", "Founder & Creative Director", "Kingfisher & Mott Ltd, 12 Pimlico Road, London SW1W", "+44 20 7xxx 3321")
case("k21_kingfisher_interim", [],
     "interim disposition with limits: 40 rugs released until 31 Aug, balance 160 not released until "
     "corrected strike-off sign-off and PO rev 2 by Isabel Mott; yarn for 40 only",
     [("Lantern_sample_disposition_SD-0412.eml", mail(
         "Isabel Mott <isabel@kingfisherandmott.com>", "Anil Sharma <anil@jaipurloomworks.in>",
         "Lantern - sample disposition SD-0412 (interim)", "Fri, 28 Jun 2024 17:02:00 +0100", _k21_text,
         attachments=[("SD-0412_Lantern.docx", _k21_docx, DOCX_MT)]))])

# ---- k22 clean: multipart EML, French-English designer, only the two strike-offs
_k22_text = """Bonjour Sunita,

Merci pour la proposition de couleurs, c'est très joli.

Please weave only the two (2) strike-offs on our bon de commande AS-6031 (design "Confluence", 60 x 60 cm, one in each colourway).

The 30 rugs for the Hôtel Lyon Confluence are not released yet. Please do not start them and do not buy wool for them. I will release them myself with a new bon de commande, after validation of the strike-offs in our Lyon studio.

Bonne journée,
Sophie
""" + sig("Sophie Garnier", "Directrice artistique", "Atelier Sable, 9 quai Saint-Vincent, 69001 Lyon", "+33 4 78 xx xx xx")
_k22_html = ("<html><body><p>Bonjour Sunita,</p><p>Merci pour la proposition de couleurs, c'est très joli.</p>"
             "<p>Please weave <b>only the two (2) strike-offs</b> on our bon de commande AS-6031 (design « Confluence », "
             "60 x 60 cm, one in each colourway).</p><p>The 30 rugs for the Hôtel Lyon Confluence are <b>not released</b> "
             "yet. Please do not start them and do not buy wool for them. I will release them myself with a new bon de "
             "commande, after validation of the strike-offs in our Lyon studio.</p><p>Bonne journée,<br>Sophie</p>"
             "<p style='font-size:11px;color:#777'>Sophie Garnier · Directrice artistique · Atelier Sable</p></body></html>")
case("k22_sable_hkw_two_strikeoffs", [],
     "only the 2 strike-offs; 30 hotel rugs not released, no wool; Sophie releases them herself with a new "
     "bon de commande after strike-off validation",
     [("Confluence_strike-offs_AS-6031.eml", mail(
         "Sophie Garnier <sophie@ateliersable.fr>", "Sunita Shrestha <sunita@hkweavers.com.np>",
         "Confluence - strike-offs AS-6031", "Mon, 01 Jul 2024 09:40:00 +0200", _k22_text, html=_k22_html))])

# ---- k23 clean: supplier asks whether they have a go-ahead for the balance
_k23_text = """Dear Megan,

Hope you are doing well.

Tess signed off the two Tidewater strike-offs on 20 June (her email attached to our file). As per your PO HR-24-0611, the 140 rugs need PO revision 1 from you before we can start anything for them, including yarn.

Do we have a go-ahead for the 140 yet? If revision 1 is coming soon, could you give us an indicative date? Looms 3, 7 and 11 are free from 15 July and we would like to hold them for you, but we can only hold them until 8 July without a confirmation.

Thanks and regards,
Anil Sharma
Director - Exports, Jaipur Loomworks Pvt. Ltd.
"""
case("k23_jlw_question_balance", [],
     "supplier asks whether there is a go-ahead for the 140 and restates that PO rev 1 is needed; a "
     "question authorizes nothing",
     [("Tidewater_140_rugs_query.eml", mail(
         "Anil Sharma <anil@jaipurloomworks.in>", "Megan Albright <megan.albright@haldenrowe.com>",
         "Tidewater 140 rugs - PO revision 1?", "Tue, 02 Jul 2024 11:15:00 +0530", _k23_text,
         cc="Tess Kaplan <tess.kaplan@haldenrowe.com>"))])

# ---- k24 clean: two-file folder, DOCX call-off + consistent ERP printout; remainder not released
_k24_calloff = docx_bytes([
    ("h1", "Harbourline Fit-Out — Call-off No. 2, PO HFO-5510"),
    ("p", "Project: Pier One Hotel, Walsh Bay, Sydney · Supplier: Jaipur Loomworks Pvt. Ltd. · 3 July 2024"),
    ("table", [
        ["", "Rugs"],
        ["PO HFO-5510 commercial quantity", "292"],
        ["Released before (call-off 1: mock-up room)", "4"],
        ["Released by this call-off (levels 3–6)", "96"],
        ["Total released to date", "100"],
        ["Not released (levels 7–10)", "192"],
    ]),
    ("sp",),
    ("p", "Production release: this call-off releases ninety-six (96) rugs for levels 3 to 6, per schedule "
          "FFE-R-04 rev C. Material: for the released rugs only."),
    ("p", "The remaining 192 rugs (levels 7–10) are not released. They will be released only by Call-off No. 3, "
          "signed by Marcus Webb (Project Procurement Lead), after the installation of levels 3–6 has been accepted."),
    ("p", "Marcus Webb — Project Procurement Lead, Harbourline Fit-Out Pty Ltd"),
], author="Marcus Webb")
_k24_erp = """HARBOURLINE FIT-OUT PTY LTD           PO RELEASE STATUS            03/07/2024 16:12
PO: HFO-5510   SUPPLIER: JAIPUR LOOMWORKS PVT LTD   PROJECT: P1H PIER ONE HOTEL
PO STATUS: OPEN                        CURRENCY: AUD
-------------------------------------------------------------------------------
CALL-OFF  DATE        SCOPE                  QTY RELEASED   SIGNED BY
--------  ----------  ---------------------  ------------   -------------------
CO-01     22/05/2024  MOCK-UP ROOM 204                  4   M. WEBB
CO-02     03/07/2024  LEVELS 3-6                       96   M. WEBB
-------------------------------------------------------------------------------
PO COMMERCIAL QTY        292
TOTAL RELEASED           100
NOT RELEASED             192   (LEVELS 7-10) - NEXT: CO-03 AFTER L3-6 ACCEPTANCE
-------------------------------------------------------------------------------
MATERIAL AUTHORITY: RELEASED QTY ONLY
"""
case("k24_harbourline_calloff2", [],
     "two-file bundle: call-off 2 releases 96 (100 to date of 292) and ERP status agrees; 192 not released "
     "until call-off 3 signed by Marcus Webb after L3–6 acceptance",
     [("Harbourline_CallOff_02_HFO-5510.docx", _k24_calloff), ("HFO-5510_release_status.txt", _k24_erp)])

# ---- k25 clean: buyer pays a sample deposit and says it does not release production
_k25_text = """Hi Elif,

We sent the 50% deposit on your proforma AK-PI-24-092 today, USD 1,120 (wire ref. 0703-CL-88).

To avoid any misunderstanding on either side: that proforma and this payment cover the 4 sample kilims on our PO CL-1120 only. The payment does not release production of the 300 kilims. They remain on hold until I have signed off the samples in Miami and sent you PO CL-1120 rev B.

Looking forward to seeing the samples. Could you send a photo of the madder red before it goes to the washer?

Un abrazo,
Marisol
""" + sig("Marisol Vega", "Owner & Buyer", "Casa Lumo, 2300 NW 2nd Ave, Miami FL 33127", "+1 305 555 0119")
case("k25_casalumo_deposit_samples", [],
     "buyer pays a deposit for the 4 sample kilims and states it does not release production; 300 on hold "
     "until Marisol signs off the samples and sends rev B",
     [("Deposit_AK-PI-24-092.eml", mail(
         "Marisol Vega <marisol@casalumo.com>", "Elif Demir <elif@anadolukilim.com.tr>",
         "Deposit sent - PI AK-PI-24-092 (samples)", "Wed, 03 Jul 2024 13:48:00 -0400", _k25_text))])

# ---- r23 risk (E1): supplier email, will roll straight into the bulk once the strike-off is OK'd
_r23_text = """Dear Kirsty,

Hope you're well.

The Bondi Herringbone strike-off left Panipat this morning by FedEx (AWB 7781 4402 9915), you should have it by Monday.

Once you OK the strike-off we will roll straight into the 180 dhurries - loom is booked from 14th October, so no time lost between sampling and bulk.

Kind regards,
Vikas Goyal
Director, Panipat Handloom Exports
"""
case("r23_panipat_roll_straight", ["RG007"],
     "supplier says sample OK will roll straight into the 180 dhurries; no recorded auto-conversion "
     "(supplier email, no authorization in the bundle)",
     [("Bondi_strike-off_dispatched.eml", mail(
         "Vikas Goyal <vikas@panipathandloom.com>", "Kirsty Bell <kirsty.bell@coastlineinteriors.com.au>",
         "Bondi Herringbone strike-off dispatched", "Thu, 04 Jul 2024 15:20:00 +0530", _r23_text))])

# ---- r24 risk (E2): PDF PO requires a written release; buyer's cover note says keep the looms going
_r24_po = pdf([
    ("h1", "THORNBURY & CO — PURCHASE ORDER TC-1904"),
    ("p", "Thornbury & Co Ltd, 18 Redchurch Street, London E2 · 02 July 2024"),
    ("p", "Supplier: Jaipur Loomworks Pvt. Ltd., Jaipur"),
    ("table", [
        ["Line", "Description", "Qty", "Unit USD", "Scope"],
        ["1", "Strike-off 'Ember' 60 x 90 cm, hand-knotted 100 kpsi", "2", "120.00", "sample"],
    ]),
    ("sp",),
    ("p", "Scope: this PO covers the 2 strike-offs only. The 240 rugs of quotation JL/Q/24/266 are not released. "
          "They will be released only by a separate written release from Margaret Doyle (Head of Product) after "
          "the strike-offs have been signed off."),
    ("p", "Buyer: Ben Clarke"),
], title="PO TC-1904", author="Ben Clarke")
_r24_text = """Hi Anil,

PO TC-1904 attached for the two Ember strike-offs.

Assuming the strike-offs look right when they land, just keep the looms going into the main run - we're tight for the February launch and I'd rather not lose a fortnight on paperwork.

Cheers,
Ben
""" + sig("Ben Clarke", "Buyer", "Thornbury & Co Ltd", "+44 20 3xxx 5512")
case("r24_thornbury_keep_looms_going", ["RG007"],
     "PO requires a separate written release from Margaret Doyle after sign-off, but the buyer's cover note "
     "says to run straight into the main run if the strike-offs look right",
     [("PO_TC-1904_Ember.eml", mail(
         "Ben Clarke <ben.clarke@thornburyandco.com>", "Anil Sharma <anil@jaipurloomworks.in>",
         "PO TC-1904 - Ember strike-offs", "Tue, 02 Jul 2024 10:05:00 +0100", _r24_text,
         attachments=[("PO_TC-1904.pdf", _r24_po, PDF_MT)]))])

# ---- r25 risk (E3): WhatsApp, buyer agrees to skip the PO rev once she likes the strike-off
case("r25_qamar_kalinda_chat", ["RG007"],
     "chat: scope is 1 strike-off, 60 on hold until Leila signs off + PO rev 1; supplier proposes weaving the 60 "
     "as soon as she likes the strike-off without rev 1, and she agrees",
     [("WhatsApp Chat with Neha Kalinda.txt", chat([
         ("01/07/2024", "10:20", "Leila Haddad", "Hi Neha, PO QL-0611 sent - 1 strike-off of Oasis Lattice, 2x3 ft"),
         ("01/07/2024", "10:21", "Leila Haddad", "The 60 stays on hold until I sign off the strike-off and send PO rev 1"),
         ("01/07/2024", "11:02", "Neha Kalinda", "Received ma'am 🙏 strike-off in 12 days"),
         ("01/07/2024", "11:04", "Neha Kalinda", "And when you like the strike-off we start weaving the 60 directly, no need to wait for rev 1 paperwork, ok? Loom is free from 3rd August"),
         ("01/07/2024", "11:30", "Leila Haddad", "sure, fine by me"),
         ("01/07/2024", "11:31", "Neha Kalinda", "Thank you ma'am"),
     ]))])

# ---- r26 risk (E4): supplier quotation states that strike-off approval starts production automatically
case("r26_everest_quotation", ["RG007"],
     "supplier quotation: production commences automatically on strike-off approval, no separate order; "
     "no recorded auto-conversion (a quote alone has no authorized quantity, so RG001 does not apply)",
     [("Everest_Loom_Quotation_ELC-24-077.pdf", pdf([
         ("h1", "EVEREST LOOM CO."),
         ("p", "Jhamsikhel, Lalitpur, Nepal · Hand-knotted Tibetan carpets · Quotation ELC-24-077 · 2 July 2024"),
         ("p", "To: Kingfisher & Mott Ltd, London · Attn. Ms Isabel Mott"),
         ("table", [
             ["Item", "Description", "Size", "Qty", "Price USD"],
             ["A", "Strike-off 'Rhododendron', 100 knots, highland wool + 20% silk", "60 x 60 cm", "2", "140.00 ea."],
             ["B", "Production 'Rhododendron'", "250 x 350 cm", "120", "42.00 / sq m"],
         ]),
         ("sp",),
         ("h", "Terms"),
         ("p", "Strike-off lead time: 4 weeks from your purchase order."),
         ("p", "Production commences automatically upon approval of the strike-off; no separate order is needed. "
               "Production lead time: 14 to 16 weeks from strike-off approval."),
         ("p", "Payment: 40% with order, 60% before shipment. Delivery: CIF London by sea via Kolkata."),
         ("p", "Pemba Dorje Lama, Managing Director"),
     ], title="Quotation ELC-24-077", author="Pemba Dorje Lama"))])

# ---- r27 risk (E6): French-English designer contradicts her own written-release requirement
_r27_q = """Le 24 juin 2024 à 18:02, Camille Arnaud <c.arnaud@maisoncorvel.fr> a écrit :
Bonjour Neha,
Ci-joint notre bon de commande MC-2024-091 : 1 strike-off du dessin « Garrigue », 90 x 90 cm.
The 32 rugs of the project are not released. They need my written "bon pour production" after validation of the strike-off.
Cordialement,
Camille Arnaud, Maison Corvel
"""
_r27_text = """Bonjour Neha,

Merci for the photos of the strike-off on the loom, the ochre is superb.

Change of plan to gain time, because the client moves in earlier: as soon as I validate the strike-off by photo, you launch the production directly, like that we gain a week. The written bon pour production can follow after.

Merci beaucoup et à bientôt,
Camille

""" + quote_lines(_r27_q) + "\n" + sig("Camille Arnaud", "Architecte d'intérieur", "Maison Corvel, 14 rue de Verneuil, 75007 Paris", "+33 1 42 60 xx xx")
case("r27_corvel_validate_by_photo", ["RG007"],
     "designer says production starts as soon as she validates the strike-off by photo, the written bon pour "
     "production following later — contradicting her own quoted written-release requirement",
     [("RE_MC-2024-091_Garrigue.eml", mail(
         "Camille Arnaud <c.arnaud@maisoncorvel.fr>", "Neha Agarwal <neha@kalindaweaves.in>",
         "RE: MC-2024-091 Garrigue strike-off", "Fri, 05 Jul 2024 12:30:00 +0200", _r27_text,
         in_reply_to="<h100-corvel-0624@maisoncorvel.fr>"))])

# ---- r28 risk (E7): HTML PO page, mock-up approval 'will trigger fabrication', no named releaser
_r28_body = """
<h1 style="color:#7a5c2e">Sahara Crest Hospitality — Purchase Order SCH-PO-24-0415</h1>
<p>Project: <b>Sahara Crest Desert Resort, Al Wathba</b> · Package: FF&amp;E loose rugs · Date: 01 July 2024</p>
<p>Supplier: <b>Shree Ganesh Carpets</b>, Bhadohi, India</p>
<table>
<tr><th>Line</th><th>Description</th><th>Qty</th><th>Status</th></tr>
<tr><td>1</td><td>Mock-up room rugs, types RA and RB, hand-tufted, 100% wool, FR</td><td>4</td><td>Ordered</td></tr>
<tr><td>2</td><td>Guest floors 3–18, types RA/RB/RC per schedule FFE-LR-02</td><td>412</td><td>Not released at this stage</td></tr>
</table>
<div class="note">
<p>Mock-up room approval by the Client will trigger fabrication of floors 3–18.</p>
<p>Line 2 is not released at this stage.</p>
</div>
<h3>Requirements</h3>
<ul>
<li>Fire: ADCD certificate, BS EN 13501-1 Cfl-s1</li>
<li>Packing: individually rolled, labelled with room number and type</li>
<li>Delivery: DDP site store, Al Wathba</li>
</ul>
<p style="font-size:11px">Issued by Sahara Crest Hospitality Procurement · procurement@saharacrest.ae</p>
"""
case("r28_saharacrest_po_page", ["RG005", "RG007"],
     "PO page: 4 mock-ups ordered, 412 not released, but 'mock-up room approval by the Client will trigger "
     "fabrication' (implied auto-conversion) and no named person releases the balance",
     [("SCH-PO-24-0415.html", html_page("PO SCH-PO-24-0415", _r28_body))])

# ---- r29 risk (H1): buyer turns a season forecast into a firm order
_r29_text = """Hi Vikas,

As promised, our SS25 numbers for the Bondi and Manly dhurries are in the attached text file - 400 pcs in total across the three lines.

Please take this forecast as our firm order and plan your loom capacity for it from October. Formal paperwork will come through our system in due course, but you can count on these numbers.

Sample status: the Bondi strike-off is in Sydney and with our QA team this week.

Cheers,
Kirsty
""" + sig("Kirsty Bell", "Senior Buyer - Home", "Coastline Interiors Pty Ltd", "+61 2 8xxx 4410")
_r29_att = """COASTLINE INTERIORS - SS25 DHURRIE FORECAST          prepared K.BELL 08/07/2024
----------------------------------------------------------------------------
STYLE                      SIZE      SS25 FCST   FIRST DC WEEK
-------------------------  -------   ---------   -------------
BONDI HERRINGBONE          160X230     240 PCS   WK 05/2025
BONDI HERRINGBONE          200X300      90 PCS   WK 05/2025
MANLY STRIPE               160X230      70 PCS   WK 07/2025
----------------------------------------------------------------------------
TOTAL SS25 FORECAST                    400 PCS
"""
case("r29_coastline_forecast_firm", ["RG008"],
     "buyer writes the SS25 forecast (400 pcs) as 'our firm order' and tells the supplier to count on it",
     [("SS25_dhurrie_numbers.eml", mail(
         "Kirsty Bell <kirsty.bell@coastlineinteriors.com.au>", "Vikas Goyal <vikas@panipathandloom.com>",
         "SS25 dhurrie numbers", "Mon, 08 Jul 2024 16:45:00 +1000", _r29_text,
         attachments=[("SS25_dhurries_Coastline.txt", _r29_att, TXT_MT)]))])

# ---- r30 risk (H2): supplier ERP order confirmation built from the customer's forecast
_r30 = """MIRZAPUR RUG CRAFTS                                     SALES ORDER CONFIRMATION
Station Road, Mirzapur 231001 (U.P.) India                GSTIN 09AAxxxxxxx1Z5
==================================================================================
SO NO     : MRC/SO/24-25/0212          DATE      : 09.07.2024
CUSTOMER  : NORTHVALE HOSPITALITY LTD, LONDON
CUST REF  : GUEST-ROOM RUG FORECAST H2-2024, ISSUE 2 (D. RUIZ, 10.06.2024)
STATUS    : ORDER CONFIRMED
----------------------------------------------------------------------------------
SR  DESCRIPTION                                   SIZE CM     QTY   UOM    USD/SQM
--  ------------------------------------------  ---------  -----  -----  --------
01  HAND TUFTED 1/8 GA, 12MM, HEATHER            90X150      224   PCS      31.50
02  HAND TUFTED 1/8 GA, 12MM, SLATE              90X150      172   PCS      31.50
03  HAND TUFTED 1/8 GA, 12MM, OAT               200X300      140   PCS      29.80
----------------------------------------------------------------------------------
TOTAL AREA APPROX. 1,200 SQM         TOTAL PCS 536
REMARK: CONFIRMED AS FIRM ORDER AS PER CUSTOMER FORECAST ISSUE 2. YARN BOOKING
        AND TUFTING SCHEDULE PLANNED ACCORDINGLY. PAYMENT 30% ADVANCE, BAL. BL.
==================================================================================
FOR MIRZAPUR RUG CRAFTS               AUTHORISED SIGNATORY: SANJAY GUPTA (PARTNER)
"""
case("r30_mrc_so_confirmation", ["RG008"],
     "supplier sales order confirmation turns the customer's labelled forecast (536 pcs / 1,200 sqm) into a "
     "'firm order'",
     [("MRC_SO_24-25_0212.txt", _r30)])

# ---- r31 risk (H3): DOCX hotel rug schedule; forecast quantities declared committed
case("r31_harrowpike_schedule", ["RG008"],
     "hotel group schedule labels quantities as estimates/forecast and in the same breath declares them "
     "committed, to be called off floor by floor",
     [("HarrowPike_Rug_Schedule_2024-25.docx", docx_bytes([
         ("h1", "Harrow & Pike Hotels — Loose rug schedule 2024/25"),
         ("p", "To: Shree Ganesh Carpets, Bhadohi (Mr Rakesh Maurya) · From: Group Procurement · 9 July 2024"),
         ("table", [
             ["Hotel", "Floors", "Rug types", "Estimated quantity (forecast)"],
             ["Harrow & Pike Leeds", "2–8", "Bedside, lounge", "210"],
             ["Harrow & Pike Glasgow", "2–10", "Bedside, lounge, corridor", "330"],
             ["Harrow & Pike Cardiff", "1–6", "Bedside", "150"],
             ["Total", "", "", "690"],
         ]),
         ("sp",),
         ("p", "The estimated quantities above are committed by Harrow & Pike and will be called off floor by floor "
               "as each refurbishment starts. Please plan your loom and tufting capacity on the full 690."),
         ("p", "Specification per H&P Brand Standard FF&E-11 (rev 6). Fire: BS 4790 and BS EN 13501-1."),
         ("p", "Contact: Group Procurement, Harrow & Pike Hotels, 1 Wellington Place, Leeds LS1"),
     ], author="Harrow & Pike Procurement"))])

# ---- r32 risk (H4 + I3): WhatsApp, 'approved' for pom, PO and production; forecast 'count as booked'
case("r32_casalumo_jlw_chat", ["RG008", "RG009"],
     "chat uses 'approved' for the pom (technical), the PO (commercial) and production of the 20; the buyer "
     "also tells the supplier to count the 300 forecast as booked",
     [("WhatsApp Chat with Anil JLW.txt", chat([
         ("08/07/2024", "09:10", "Marisol Vega", "Buenos días Anil! pom approved ✅ the terracotta is perfect now"),
         ("08/07/2024", "09:11", "Marisol Vega", "and the PO got approved by my boss this morning 🎉"),
         ("08/07/2024", "09:12", "Marisol Vega", "so production approved for the 20 trade-show rugs. rest on hold till the Las Vegas market orders come in and I send PO rev A"),
         ("08/07/2024", "09:14", "Marisol Vega", "and the 300 in our forecast - count them as booked, we'll definitely take them"),
         ("08/07/2024", "09:40", "Anil Sharma JLW", "Good morning Marisol ji, thank you! 20 trade-show rugs noted"),
         ("08/07/2024", "09:41", "Anil Sharma JLW", "For the 300 we will plan looms then"),
     ]))])


# =================================================================== BATCH 5
# ---- r33 risk (F1): cover email says four strike-offs, attached PO says three
_r33_po = pdf([
    ("h1", "LUMEN & LOAM — PURCHASE ORDER LL-2231"),
    ("p", "Lumen & Loam Inc., 1600 Wynkoop St, Denver CO 80202 · July 9, 2024"),
    ("p", "Vendor: Everest Loom Co., Jhamsikhel, Lalitpur, Nepal"),
    ("table", [
        ["Line", "Description", "Size", "Qty", "Unit USD"],
        ["1", "Strike-off 'Spruce Ridge', 100 knots, highland wool + 10% silk", "2' x 2'", "3", "135.00"],
    ]),
    ("sp",),
    ("p", "This PO covers the strike-offs only. The 150 production rugs (9' x 12') of quotation ELC-24-081 are "
          "not released. They will be released only after Kate Morrison has signed off the strike-offs and issued "
          "PO LL-2231 revision 1."),
    ("p", "Kate Morrison, Head of Product"),
], pagesize=LETTER, title="PO LL-2231", author="Kate Morrison")
_r33_text = """Hi Pemba,

Attached is our PO LL-2231 for the four (4) strike-offs of Spruce Ridge - one in each colourway (Moss, Granite, Ember, Snowmelt).

Please send them to Denver by DHL when ready, and include a small yarn bundle of each colour so our photographer can match the product shots.

Thanks!
Kate
""" + sig("Kate Morrison", "Head of Product", "Lumen & Loam Inc.", "+1 720 555 0163")
case("r33_lumenloam_po_4_vs_3", ["RG011"],
     "cover email authorizes four strike-offs, the attached PO line says three; scope otherwise complete",
     [("PO_LL-2231_Spruce_Ridge.eml", mail(
         "Kate Morrison <kate@lumenandloam.com>", "Pemba Dorje Lama <pemba@everestloom.com.np>",
         "PO LL-2231 - Spruce Ridge strike-offs", "Tue, 09 Jul 2024 08:30:00 -0600", _r33_text,
         attachments=[("PO_LL-2231.pdf", _r33_po, PDF_MT)]))])

# ---- r34 risk (F3): three-file folder; release letter says 80, ERP printout says 60
_r34_letter = pdf([
    ("h1", "MARLOWE RUG CO. — PRODUCTION RELEASE R-01"),
    ("p", "300 A Street, Boston MA 02210 · July 10, 2024 · To: Kalinda Weaves, Sanganer, Jaipur"),
    ("p", "Reference: PO 9244, design 5100 'Quarry', 8' x 10', hand-knotted 100 kpsi. PO 9244 commercial quantity: 400 rugs."),
    ("p", "Following the written sign-off of the strike-offs on July 2, we release eighty (80) rugs for production "
          "under release R-01."),
    ("p", "The balance of 320 rugs is not released. It will be released only by release R-02, signed by J. Okafor "
          "(VP Product), after inspection and acceptance of the first lot."),
    ("p", "Material: yarn for the released rugs only."),
    ("sp",),
    ("p", "J. Okafor, VP Product, Marlowe Rug Co."),
], pagesize=LETTER, title="Release R-01 PO 9244", author="J. Okafor")
_r34_erp = """MARLOWE RUG CO.  -  PO RELEASE STATUS                   RUN 07/10/2024 17:55
PO: 9244    VENDOR: KALINDA WEAVES (V-20417)    ITEM: MR-5100-810 QUARRY 8X10
-------------------------------------------------------------------------------
PO QTY (COMMERCIAL)        400 EA
RELEASE   DATE        QTY    BY          STATUS
R-01      07/10/2024   60    J.OKAFOR    RELEASED FOR PRODUCTION
-------------------------------------------------------------------------------
TOTAL RELEASED              60 EA
BALANCE NOT RELEASED       340 EA   NEXT: R-02 (J.OKAFOR) AFTER LOT 1 ACCEPTANCE
-------------------------------------------------------------------------------
"""
_r34_text = """Dear Neha,

Please find attached release R-01 against PO 9244 (Quarry 8x10) and the current release status from our system.

Let me know the loom start date and the expected weekly output so we can book the inspection for lot 1.

Best regards,
Sofia Marin
Product Development Manager, Marlowe Rug Co.
"""
case("r34_marlowe_release_80_vs_60", ["RG011"],
     "three-file bundle for one order: release letter R-01 releases 80 (balance 320), the ERP status printout "
     "shows R-01 = 60 (balance 340); hold, event and J. Okafor are stated",
     [("Marlowe_cover_R-01.eml", mail(
         "Sofia Marin <sofia.marin@marlowerug.com>", "Neha Agarwal <neha@kalindaweaves.in>",
         "PO 9244 - production release R-01", "Wed, 10 Jul 2024 18:05:00 -0400", _r34_text)),
      ("Release_R-01_PO_9244.pdf", _r34_letter),
      ("PO_9244_release_status.txt", _r34_erp)])

# ---- r35 risk (F4): WhatsApp, 40 runners released, later 24 released, no reconciliation
case("r35_wattle_mrc_chat", ["RG011"],
     "chat: buyer releases 40 runners for Design Week, later 'confirms' 24 released; rest on hold until Jess "
     "sends PO rev 2 — two different authorized quantities for one order",
     [("WhatsApp Chat with Sanjay MRC.txt", chat([
         ("10/07/2024", "08:05", "Jess Whitford", "Morning Sanjay! Sign-off done on the Kelpie runners ✅ wash test passed, colour fastness 4-5"),
         ("10/07/2024", "08:06", "Jess Whitford", "Released: 40 runners for the Melbourne Design Week pop-up, Saltbush colourway. The rest (460) stays on hold until I send PO WL-1182 rev 2"),
         ("10/07/2024", "10:40", "Sanjay Gupta", "Thank you Jess ji. Tufting to start Monday"),
         ("11/07/2024", "07:58", "Jess Whitford", "Just confirming for your team: 24 runners released for Design Week, all Saltbush, rest on hold"),
         ("11/07/2024", "08:03", "Jess Whitford", "Need them in Melbourne by 2 Sept latest 🙏"),
         ("11/07/2024", "09:15", "Sanjay Gupta", "Noted, airfreight we will check"),
     ]))])

# ---- r36 risk (F5): HTML portal; 'Released' for PO approval and production; header 150 vs lines 120
_r36_body = """
<div style="background:#3b2f2f;color:#f4e9d8;padding:8px"><b>Cedar &amp; Brass Hotels</b> · Supplier Portal</div>
<h2>PO CBH-7721 · Cedar &amp; Brass Jumeirah · guest-floor rugs</h2>
<table>
<tr><th>PO status</th><td>Released (approval workflow complete, 02 Jul 2024)</td></tr>
<tr><th>Supplier</th><td>Mirzapur Rug Crafts, Mirzapur, India</td></tr>
<tr><th>PO quantity</th><td>280</td></tr>
<tr><th>Released qty</th><td><b>150</b></td></tr>
</table>
<h3>Release by floor</h3>
<table>
<tr><th>Floor</th><th>Rugs</th><th>Production status</th></tr>
<tr><td>2</td><td>40</td><td>Released</td></tr>
<tr><td>3</td><td>40</td><td>Released</td></tr>
<tr><td>4</td><td>40</td><td>Released</td></tr>
<tr><td>5–8</td><td>160</td><td>Not released</td></tr>
<tr><td><b>Total released</b></td><td><b>120</b></td><td></td></tr>
</table>
<div class="note">Floors 5–8 are not released. They will be released by the next call-off, signed by Hassan Al Amiri (Head of Procurement), after acceptance of floors 2–4 on site.</div>
<p style="font-size:10px;color:#666">Cedar &amp; Brass Hotels LLC · supplier.portal@cedarbrass.ae</p>
"""
case("r36_cedarbrass_portal", ["RG009", "RG011"],
     "portal uses 'Released' for the PO approval workflow and for production; header says released qty 150, "
     "the floor table totals 120 released",
     [("CBH-7721_portal.html", html_page("PO CBH-7721 · Supplier Portal", _r36_body))])

# ---- r37 risk (F6): DOCX call-off, text says 120, table totals 112
case("r37_greywell_calloff2", ["RG011"],
     "call-off text releases one hundred and twenty (120) rugs, the size table on the same call-off totals "
     "112; balance, unlock event and Nora Lindqvist are stated",
     [("Greywell_CallOff_02_GS-PO-660.docx", docx_bytes([
         ("h1", "Greywell Studio — Call-off No. 2 against PO GS-PO-660"),
         ("p", "Greywell Studio LLC, 1201 Western Ave, Seattle WA 98101 → Himalayan Knot Weavers, Kathmandu · 11 July 2024"),
         ("p", "This call-off releases one hundred and twenty (120) rugs of 'Cascade Fog' for production, in the "
               "sizes below."),
         ("table", [
             ["Size", "Rugs released"],
             ["5' x 8'", "40"],
             ["8' x 10'", "48"],
             ["9' x 12'", "24"],
             ["Total", "112"],
         ]),
         ("sp",),
         ("p", "The remaining 40 rugs on PO GS-PO-660 are not released. They will be released only by Call-off No. 3, "
               "signed by Nora Lindqvist (Sourcing Director), after acceptance of this lot at our inspection in Kathmandu."),
         ("p", "Wool: highland wool, lot as Call-off No. 1. Finishing: antique wash, hand-bound edges."),
         ("p", "Nora Lindqvist, Sourcing Director"),
     ], author="Nora Lindqvist"))])

# ---- r38 risk (F7): email says 6 samples and 'bal. 2k on hold' with no unlock event; PO says 8
_r38_po = pdf([
    ("h1", "DUNE & DAUGHTER — PURCHASE ORDER DD-0415"),
    ("p", "Dune & Daughter Pty Ltd, 21 Bourke St, Surry Hills NSW 2010 · 12 July 2024"),
    ("p", "Supplier: Agra Tuft Co., Sikandra Industrial Area, Agra, India"),
    ("table", [
        ["Line", "Description", "Size", "Qty", "Unit USD"],
        ["1", "Sample rug 'Tamarama', hand-tufted, wool/viscose, cut + loop", "160 x 230 cm", "8", "96.00"],
    ]),
    ("sp",),
    ("p", "Bulk (2,000 pcs per your quotation ATC/Q/24-140): on hold."),
    ("p", "Alice Moreau, Founder"),
], title="PO DD-0415", author="Alice Moreau")
_r38_text = """Hi Rohit,

PO DD-0415 attached for the 6 sample rugs - 2 per colourway (Sand, Kelp, Foam).

Bal. 2k on hold till we're ready - I'll release it myself.

Samples by air to Surry Hills please.

Alice
""" + sig("Alice Moreau", "Founder", "Dune & Daughter Pty Ltd", "+61 2 9xxx 0415")
case("r38_dune_agratuft_6_vs_8", ["RG004", "RG011"],
     "email authorizes 6 samples, the attached PO 8; balance 2k 'on hold till we're ready' names no unlock "
     "event (Alice names herself as releaser)",
     [("PO_DD-0415_Tamarama_samples.eml", mail(
         "Alice Moreau <alice@duneanddaughter.com.au>", "Rohit Bansal <rohit@agratuft.co.in>",
         "PO DD-0415 Tamarama samples", "Fri, 12 Jul 2024 14:10:00 +1000", _r38_text,
         attachments=[("PO_DD-0415.pdf", _r38_po, PDF_MT)]))])

# ---- r39 risk (F8): email says weave 25 runners, attached DOCX PO (complete order) says 20
_r39_docx = docx_bytes([
    ("h1", "Hollis & Vane — Purchase Order HV-131"),
    ("p", "Hollis & Vane Ltd, Unit 7, Mare Street, London E8 · 15 July 2024 · Supplier: Shree Ganesh Carpets, Bhadohi"),
    ("table", [
        ["Line", "Item", "Size", "Qty", "Unit USD"],
        ["1", "Runner 'Wren', hand-knotted 80 kpsi, NZ wool, loop + cut, ochre colourway", "80 x 300 cm", "20", "168.00"],
    ]),
    ("sp",),
    ("p", "This PO is the complete order for the Wren runner. No further quantity follows under it."),
    ("p", "Delivery: FOB Nhava Sheva, week 40. Inspection by Hollis & Vane's agent before shipment."),
    ("p", "Emily Hollis, Co-founder, Product"),
], author="Emily Hollis")
_r39_text = """Hi Rakesh,

The runner strike-offs are signed off (the ochre is lovely), so please weave the 25 runners now - Wren, 80 x 300, ochre - as per the attached PO HV-131.

We would love them in London by mid-November for the Christmas windows.

Thanks,
Emily
""" + sig("Emily Hollis", "Co-founder, Product", "Hollis & Vane Ltd", "+44 20 3xxx 1180")
case("r39_hollis_runners_25_vs_20", ["RG011"],
     "email says weave the 25 runners, the attached DOCX PO (complete order) says 20",
     [("PO_HV-131_Wren_runners.eml", mail(
         "Emily Hollis <emily@hollisandvane.co.uk>", "Rakesh Maurya <export@sgcarpets.in>",
         "PO HV-131 - Wren runners", "Mon, 15 Jul 2024 10:22:00 +0100", _r39_text,
         attachments=[("PO_HV-131.docx", _r39_docx, DOCX_MT)]))])

# ---- r40 risk (G1): supplier reads the advance as release and books the forecast as a confirmed order
_r40_q = """From: Sara Al Mazrouei <sara@noorhome.ae>
Sent: Sunday, 30 June 2024 11:00
To: Imran Qureshi <imran@lahoreheritagerugs.pk>
Subject: PO NH-PO-2407-031 Heriz samples

Dear Imran,
PO NH-PO-2407-031 attached: 3 sample rugs, Heriz medallion, 6x9, only. The balance of 180 pcs is not released until I sign off the samples and send PO rev 1.
Regards, Sara
"""
_r40_text = """Dear Sara,

Advance payment against our proforma LHR/PI/24-118 received with thanks today.

So we have put the production rugs on the loom from today, 4 looms, Heriz medallion as per CAD.

Also, we have entered your 2025 forecast of 600 pcs as a confirmed order in our system, so you get priority on our looms next year.

The 3 samples will ship by DHL on Thursday.

Best regards,
Imran Qureshi
Director Sales, Lahore Heritage Rugs (Pvt) Ltd

""" + quote_lines(_r40_q)
case("r40_lhr_advance_on_loom", ["RG008", "RG012"],
     "supplier treats the advance as authority to put the production rugs on the loom (quoted PO: 3 samples, 180 "
     "not released until Sara's sign-off + rev 1) and books the 2025 forecast as a confirmed order",
     [("RE_PO_NH-PO-2407-031_Heriz.eml", mail(
         "Imran Qureshi <imran@lahoreheritagerugs.pk>", "Sara Al Mazrouei <sara@noorhome.ae>",
         "RE: PO NH-PO-2407-031 Heriz samples", "Mon, 15 Jul 2024 16:40:00 +0500", _r40_text,
         in_reply_to="<h100-noor-0630@noorhome.ae>"))])

# ---- r41 risk (G2): supplier proforma, production starts on receipt of the advance
case("r41_agratuft_proforma", ["RG012"],
     "supplier proforma: 'production commences on receipt of 50% advance' makes a payment the production trigger",
     [("ATC_Proforma_PI-24-131.pdf", pdf([
         ("h1", "AGRA TUFT CO."),
         ("p", "Sikandra Industrial Area, Agra 282007, U.P., India · GSTIN 09AAxxxxxxx2Z1 · IEC 06xxxxxxx"),
         ("h", "PROFORMA INVOICE ATC/PI/24-131"),
         ("p", "Buyer: Marchmont Hotels Ltd, 4 Charlotte Square, Edinburgh EH2 · Date: 15.07.2024"),
         ("table", [
             ["S.No.", "Description", "Size (cm)", "Qty", "Rate USD", "Amount USD"],
             ["1", "Mock-up rug, hand-tufted 100% wool, 12 mm, tartan 'Marchmont Grey'", "200 x 300", "2", "240.00", "480.00"],
             ["2", "Guest-room rug, same construction", "200 x 300", "120", "186.00", "22,320.00"],
             ["", "", "", "", "Total", "22,800.00"],
         ]),
         ("sp",),
         ("p", "Payment terms: 50% advance by T/T, balance 50% against copy of B/L."),
         ("p", "Production commences on receipt of 50% advance. Delivery: 75 days from receipt of advance, "
               "FOB Nhava Sheva."),
         ("p", "Bank: State Bank of India, Agra Main Branch, SWIFT SBININBB xxx, A/c 3xxxxxxxxx."),
         ("p", "For Agra Tuft Co. — Rohit Bansal, Partner"),
     ], title="Proforma ATC/PI/24-131", author="Rohit Bansal"))])

# ---- r42 risk (G4): DOCX PO; acceptance in the portal = green light to start the collection
case("r42_oakmere_po_acceptance", ["RG002", "RG012"],
     "PO releases 4 strike-offs and holds the 180 until rev B by Laura Chen after sign-off, but its instructions "
     "make portal acceptance the 'green light to book looms and start the collection'",
     [("Oakmere_PO_OD-9012.docx", docx_bytes([
         ("h1", "Oakmere Design — Purchase Order OD-9012"),
         ("p", "Oakmere Design LLC, 820 W Fulton Market, Chicago IL 60607 → Jaipur Loomworks Pvt. Ltd. · 16 July 2024"),
         ("table", [
             ["Line", "Description", "Qty", "Unit USD"],
             ["1", "Strike-off 'Prairie Weave', 2' x 3', hand-knotted 80 kpsi, wool/jute", "4", "88.00"],
         ]),
         ("sp",),
         ("h", "Scope"),
         ("p", "Line 1 covers four (4) strike-offs. The 180 rugs of the Prairie Weave collection (quotation "
               "JL/Q/24/270) are not released by this line; they will be released by PO OD-9012 rev B, signed by "
               "Laura Chen (Director of Sourcing), after the strike-offs are signed off."),
         ("h", "Instructions to supplier"),
         ("num", "Accept this PO in the Oakmere supplier portal within 3 business days."),
         ("num", "Once you have accepted this PO in the portal, you have the green light to book looms and start the "
                 "collection so we can hit the January launch."),
         ("num", "Invoice each shipment separately, quoting OD-9012."),
         ("p", "Laura Chen, Director of Sourcing"),
     ], author="Laura Chen"))])

# ---- r43 risk (G5): supplier order-tracking page moves all lines to production on deposit receipt
_r43_body = """
<h1 style="font-size:20px">Everest Loom Co. · Order tracking</h1>
<p>Customer: <b>Amberley Living Ltd</b>, Bath, UK · Order ref.: <b>ELC-SO-24-052</b> · your PO AL-3402</p>
<table>
<tr><th>Line</th><th>Description</th><th>Qty</th><th>Basis</th></tr>
<tr><td>1</td><td>Sample rug 'Lansdown', 60 knots, highland wool, 120 x 180 cm</td><td>2</td><td>ordered on PO AL-3402</td></tr>
<tr><td>2</td><td>Production 'Lansdown', 200 x 300 cm</td><td>140</td><td>quoted — not released by PO AL-3402</td></tr>
</table>
<h3>Timeline</h3>
<table>
<tr><th>Date</th><th>Event</th></tr>
<tr><td>2024-06-24</td><td>PO AL-3402 received (line 1)</td></tr>
<tr><td>2024-07-12</td><td>40% deposit on proforma ELC-PI-052 received</td></tr>
<tr><td>2024-07-13</td><td>Status changed to <b>IN PRODUCTION (all lines)</b> — deposit received</td></tr>
</table>
<p class="note">Current status: IN PRODUCTION (all lines). Estimated completion: 2024-10-30.</p>
<p style="font-size:10px;color:#777">Everest Loom Co., Jhamsikhel, Lalitpur, Nepal · tracking page generated 2024-07-16 09:00 NPT</p>
"""
case("r43_everest_tracking_deposit", ["RG012"],
     "supplier tracking page moves all lines, including the 140 quoted and not released, into production "
     "because the deposit arrived",
     [("ELC-SO-24-052_tracking.html", html_page("Order tracking ELC-SO-24-052", _r43_body))])

# ---- r44 risk (I1): EML, 'approval' for the strike-off (technical) and for finance (commercial)
_r44_text = """Dear Rohit,

A quick update on the Marchmont Grey guest-room rugs.

Approval on the two mock-up rugs came through from our interiors team on Monday: the tartan scale and the grey are right.

Approval of the 120 guest-room rugs is still sitting with finance, as part of the budget sign-off for the Edinburgh refurbishment. As soon as the approval is through, I will send you the written release for the 120 myself.

Until then, nothing beyond the 2 mock-up rugs on our PO MH-24-3302 is authorised, and the 120 stay on hold - please do not start them or buy yarn for them.

Kind regards,
Fiona
""" + sig("Fiona Reid", "Procurement Manager", "Marchmont Hotels Ltd, 4 Charlotte Square, Edinburgh EH2", "+44 131 xxx 4402")
case("r44_marchmont_approval_mixed", ["RG009"],
     "'approval' used for the interiors team's mock-up approval and for finance's budget approval, then 'as soon "
     "as the approval is through' — ambiguous which; hold, event (budget sign-off), Fiona Reid all stated",
     [("Marchmont_Grey_update.eml", mail(
         "Fiona Reid <fiona.reid@marchmonthotels.co.uk>", "Rohit Bansal <rohit@agratuft.co.in>",
         "Marchmont Grey - mock-ups and next steps", "Tue, 16 Jul 2024 15:05:00 +0100", _r44_text))])

# ---- r45 risk (C5): SAP-style printout; 'RELEASED' for PO approval and production; no quantity released
_r45 = """NORTHVALE HOSPITALITY LTD                       PURCHASE ORDER - RELEASE STATUS
SAP MM / ME23N PRINT                                              17.07.2024 10:41
================================================================================
PURCHASING DOC : 4500018812          DOC TYPE : NB  STANDARD PO
VENDOR         : 200417  MIRZAPUR RUG CRAFTS, MIRZAPUR (U.P.) INDIA
PURCH. GROUP   : N14 FF&E             PURCH. ORG : 1000
RELEASE STATUS : RELEASED  (REL. STRATEGY N2 - REL. CODE FI, 16.07.2024)
--------------------------------------------------------------------------------
ITEM  MATERIAL      SHORT TEXT                              QTY        UNIT
----  ------------  --------------------------------------  ---------  -----
00010 FFE-RUG-BS01  GUEST RUG H/TUFTED 90X150 HEATHER       PER SCHED  PC
00020 FFE-RUG-BS02  GUEST RUG H/TUFTED 90X150 SLATE         PER SCHED  PC
--------------------------------------------------------------------------------
HEADER TEXT:
 PRODUCTION RELEASE: PHASE 1 (NORTHVALE BATH SPA) RELEASED FOR PRODUCTION.
 ROOM SCHEDULE TO FOLLOW FROM SITE TEAM.
 PHASES 2 AND 3 (YORK, EDINBURGH) NOT RELEASED - RELEASE BY D. RUIZ (GROUP
 PROCUREMENT MANAGER) ONLY AFTER LOT ACCEPTANCE OF PHASE 1.
================================================================================
"""
case("r45_northvale_sap_release", ["RG009", "RG010"],
     "printout uses 'RELEASED' for the SAP PO approval strategy and for production; phase 1 is released for "
     "production with quantities 'per schedule' (no active quantity); phases 2–3 held for D. Ruiz after lot acceptance",
     [("PO_4500018812_release_status.txt", _r45)])


# @@CASES@@


# ===================================================================== build
def _stem(fn):
    return re.sub(r"[^A-Za-z0-9_-]+", "_", Path(fn).stem).strip("_")


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(100100).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        folder = f"h100_{nn:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            if isinstance(data, EmailMessage):
                data = eml_bytes(data)
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # summary
    counts = {f"RG{i:03d}": 0 for i in range(1, 13)}
    clean = 0
    for c in CASES:
        if not c["expect"]:
            clean += 1
        for r in c["expect"]:
            counts[r] += 1
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}")
    for r, n in counts.items():
        print(f"  {r}: {n}")


if __name__ == "__main__":
    build()
