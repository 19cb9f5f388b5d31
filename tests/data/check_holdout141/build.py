#!/usr/bin/env python3
"""Generator for the releasegate check_holdout141 corpus (jewellery and watch trade).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout141/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps). Renderer helpers are copied from check_holdout3/build.py.
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
SEED = 141141
PREFIX = "h141"


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
        if part.is_multipart():
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


# ------------------------------------------------------------- small helpers
def txt(s):
    """Text file bytes; strips one leading newline so triple-quoted strings read well."""
    if s.startswith("\n"):
        s = s[1:]
    return s.encode("utf-8")


def quote(s):
    """Prefix every line with '> ' (quoted reply)."""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in s.strip("\n").split("\n"))


def simple_html(text):
    """A plain HTML alternative for a text mail body."""
    paras = [p for p in text.strip().split("\n\n")]
    return "<html><body>" + "".join(
        "<p>" + escape(p).replace("\n", "<br>") + "</p>" for p in paras) + "</body></html>"


# =================================================================== CLEAN (batch 1)

# c01: supplier quote with sample and production tiers, no authorization
case("c01_quote_tiers", [], "supplier quote with sample and production tiers; no authorized quantity, offer only",
     [("Q-SPC-24-0318.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Siam Precious Casting Co., Ltd. - 88/14 Soi Charoen Krung 36, Bang Rak, Bangkok 10500, "
               "Thailand - Tel +66 2 234 5518 - Tax ID 0105551234567"),
         ("p", "To: Hartley & Vane Ltd, 14 Greville Street, London EC1N 8SB, United Kingdom - "
               "Attn: Ms Priya Shah, Senior Buyer"),
         ("p", "Quotation no. Q-SPC-24-0318 - Date: 22 April 2024 - Valid until: 22 May 2024"),
         ("p", "Subject: Signet ring HV-SR-07, 9ct yellow gold (375), three sizes (J, N, R), oval face "
               "12 x 10 mm, ready for hand engraving"),
         ("table", [["Tier", "Quantity", "Unit price (GBP)", "Lead time", "Remarks"],
                    ["Wax model + sample casting", "6 pcs (2 per size)", "145.00",
                     "12 working days after CAD sign-off", "Incl. 1 master model and rubber mould"],
                    ["Production", "300 pcs", "92.00", "25 working days from your written production order",
                     "MOQ 150 pcs per size run"],
                    ["Production (repeat)", "600 pcs", "86.50", "25 working days from your written production order",
                     "Price break"]]),
         ("p", "Gold basis: prices calculated on gold at USD 2,310.00/oz (LBMA PM fix of 19 April 2024). The metal "
               "value is adjusted to the fix on the day of casting; labour is fixed."),
         ("p", "Hallmarking: pieces are sent to the Birmingham Assay Office through our UK agent; assay and "
               "hallmarking charges at cost."),
         ("p", "Payment: samples 100% with order; production 30% deposit, balance before shipment. "
               "Delivery FCA Bangkok (Suvarnabhumi)."),
         ("p", "This quotation is an offer only and is not an order confirmation. Quantities and prices are "
               "subject to your purchase order."),
         ("sp",),
         ("p", "Khun Somchai Wongsakul - Sales Manager"),
     ], title="Quotation Q-SPC-24-0318", author="Siam Precious Casting"))])


# c02: supplier asks to go ahead; buyer replies with full scope (quoted question does not count)
_t = """Hi Pooja,

Thanks so much for the photos - the Aria huggies look lovely, and the 14K vermeil colour is exactly what we wanted.

To answer your question: not yet, please. PO LC-5102 covers the 10 sample pairs only. The remaining 490 pairs are not released. They open only after our QA team signs off the samples here in New York and Derek Lindqvist (VP Operations) then sends you the written production release together with PO rev. 2. Please don't cut or buy anything for the 490 in the meantime - material is for the 10 samples only.

Could you ship the 10 pairs by FedEx Priority this week, attention QA? Our account number is on the PO.

Thanks again, really appreciate the quick turnaround!

Kayla
""" + sig("Kayla Brooks", "Sourcing Manager", "Lumen & Co. Jewelry, 245 W 29th St, New York, NY 10001",
          "+1 212 555 0148") + """
On Tue, May 7, 2024 at 6:42 AM Pooja Sharma <pooja.sharma@jaipurgemcraft.in> wrote:
""" + quote("""Dear Kayla,

Greetings from Jaipur!

Please find attached photos of the 10 pairs of Aria huggies, plated and polished. Kindly check.
Can we go ahead with the balance 490 pairs? Our karigars have capacity now and we can keep the Diwali slot for you.

Warm regards,
Pooja Sharma
Export Merchandiser, Jaipur Gem Craft Pvt. Ltd.""")
case("c02_reply_to_goahead_question", [],
     "supplier's quoted go-ahead question; buyer reply states 10 pairs, 490 not released, QA sign-off + written release by named VP",
     [("RE_Aria_huggies_samples.eml", eml_bytes(mail(
         "Kayla Brooks <kayla@lumenandco.com>", "Pooja Sharma <pooja.sharma@jaipurgemcraft.in>",
         "RE: Aria huggies - samples ready / balance?", "Tue, 07 May 2024 10:05:00 -0400", _t,
         in_reply_to="<JGC-20240507-0642@jaipurgemcraft.in>")))])


# c03: vendor portal forecast page, clearly labelled non-binding
_b = """<h2>Dar Al Zahab Trading LLC &mdash; Supplier Portal</h2>
<p>Supplier: Jaipur Gem Craft Pvt. Ltd. (vendor 40017) &nbsp;|&nbsp; View: <b>Forecast Q3 2024</b> &nbsp;|&nbsp; Last updated 02/05/2024 09:00 GST</p>
<div class="note"><b>Non-binding forecast.</b> The figures below are a planning estimate for capacity only. They are not a
purchase order, not a call-off and not a production release, and they create no liability for gold or stones.
Purchase orders and production releases are issued separately, in writing, by Dar Al Zahab Procurement.</div>
<table>
<tr><th>Style</th><th>Description</th><th>Jul</th><th>Aug</th><th>Sep</th><th>Q3 forecast</th></tr>
<tr><td>DAZ-B-31</td><td>Bangle 21K, Emirati pattern, 62 mm</td><td>40</td><td>60</td><td>80</td><td>180</td></tr>
<tr><td>DAZ-N-07</td><td>Necklace 21K, Khaleeji style, 45 cm</td><td>15</td><td>20</td><td>25</td><td>60</td></tr>
<tr><td>DAZ-E-12</td><td>Jhumka earrings 22K, pair</td><td>50</td><td>50</td><td>70</td><td>170</td></tr>
</table>
<p>Questions on this forecast: Omar Khalifa, Procurement, +971 2 555 0190.</p>
<p style="font-size:11px;color:#666">Dar Al Zahab Trading LLC, Hamdan Street, Abu Dhabi, UAE. Portal v4.2</p>"""
case("c03_portal_forecast", [], "labelled non-binding forecast page on buyer portal; no authorization, not written as an order",
     [("portal_forecast_Q3.html", html_page("Supplier Portal - Forecast Q3 2024", _b))])


# c04: plating test approved for colour only, full scope in the same sheet
case("c04_plating_test_report", [],
     "plating test approved for colour and thickness only; 8 pre-production pieces active, 400 on hold until sample sign-off + written release by D. Ferraro",
     [("Plating_test_OB-RING-221.docx", docx_bytes([
         ("h1", "Rapporto prova galvanica / Plating test report"),
         ("p", "Orafo Bellini S.r.l. - Via del Castagnone 12, 15048 Valenza (AL), Italia"),
         ("p", "Supplier: Kalpana Jewels LLP, Unit 14, SEEPZ-SEZ, Andheri (E), Mumbai 400096 - Attn. Mr Nilesh Shah"),
         ("p", "Style: OB-RING-221 'Onda' - ring, silver 925 with rose gold plating. Our order: OB-PO-24-118 "
               "(8 pre-production pieces)."),
         ("h", "1. Test"),
         ("p", "Three (3) of the eight pre-production pieces were plated on your line on 24 April with 0.5 micron "
               "rose gold (3N) over a palladium flash. We measured them in Valenza by XRF."),
         ("table", [["Piece", "Spec thickness (micron)", "Measured (micron)", "Colour vs. master (dE)", "Result"],
                    ["1", "0.50", "0.54", "0.8", "OK"],
                    ["2", "0.50", "0.49", "1.1", "OK"],
                    ["3", "0.50", "0.52", "0.9", "OK"]]),
         ("p", "Result: plating colour and thickness are approved for colour and thickness only. This is not the "
               "sample sign-off and it does not release any production."),
         ("h", "2. What is authorised now"),
         ("p", "Under OB-PO-24-118 only the 8 pre-production pieces are authorised. Please finish the other 5 "
               "pieces with the same plating recipe and send all 8 to Valenza."),
         ("p", "The production lot of 400 pieces is not released. It stays on hold until (a) our sample sign-off "
               "of the 8 pre-production pieces in Valenza and (b) a written production release signed by "
               "Davide Ferraro, Direttore Produzione. Nothing else unlocks it."),
         ("p", "Material authority: silver and plating salts for the 8 pre-production pieces only. Please do not "
               "buy silver grain for the 400 pieces yet."),
         ("sp",),
         ("p", "Giulia Moretti - Ufficio Acquisti / Purchasing - giulia.moretti@orafobellini.it"),
     ], author="Giulia Moretti"))])


# c05: full-quantity PO that says proceed
case("c05_full_qty_po", [], "full-quantity PO for 300 straps, no sample line and no balance; 'proceed with all 300' is scoped",
     [("PO_KFW-24-0417.pdf", pdf([
         ("h1", "PURCHASE ORDER KFW-24-0417"),
         ("p", "Kessler Fine Watches AG, Bahnhofstrasse 61, 8001 Zurich, Switzerland - VAT CHE-112.345.678 MWST"),
         ("p", "Supplier: Everbright Leather Products Co., Ltd., No. 18 Industrial Road, Houjie Town, Dongguan, "
               "Guangdong, China - Attn. Ms Vivian Liu"),
         ("p", "Date: 2 May 2024 - Incoterm: FCA Hong Kong - Payment: 30 days net after receipt - Currency: CHF"),
         ("table", [["Pos.", "Article", "Description", "Qty", "Unit CHF", "Amount CHF"],
                    ["10", "KFW-ST-20-BLK", "Calf strap, alligator grain, 20/18 mm, black, steel pin buckle",
                     "100", "24.50", "2'450.00"],
                    ["20", "KFW-ST-20-COG", "Calf strap, alligator grain, 20/18 mm, cognac", "100", "24.50",
                     "2'450.00"],
                    ["30", "KFW-ST-20-NVY", "Calf strap, alligator grain, 20/18 mm, navy", "100", "24.50",
                     "2'450.00"],
                    ["", "", "Total", "300", "", "7'350.00"]]),
         ("p", "Scope: this purchase order covers the full quantity of 300 straps. There is no sample line and no "
               "further lot under this order; the samples (your ref. EB-S-1190) were signed off on 12 April 2024 "
               "under a separate order."),
         ("p", "Please proceed with all 300 straps per sample EB-S-1190 and our spec sheet KFW-SPEC-ST20 rev 2. "
               "Delivery in one shipment, week 26."),
         ("p", "Packing: 10 straps per polybag, 100 per carton, carton label with position number."),
         ("sp",),
         ("p", "Lukas Brunner - Buyer - authorised signature"),
     ], title="PO KFW-24-0417", author="Kessler Fine Watches"))])


# c06: call-off with explicit staged material authority above released quantity (Swiss number format)
case("c06_calloff_staged_material", [],
     "call-off 2 releases 200; 800 not released, next call-off signed by B. Moser after lot acceptance; explicit staged material authority to 600",
     [("Abruf_2_TU-BPO-2024-07.pdf", pdf([
         ("h1", "CALL-OFF / ABRUF No. 2"),
         ("p", "Tempora Uhren AG - Solothurnstrasse 120, 2504 Biel/Bienne, Switzerland - Einkauf / Purchasing"),
         ("p", "Supplier: Kowloon Watch Case Manufactory Ltd., 9/F, Kwun Tong Industrial Centre, 472 Kwun Tong "
               "Road, Kowloon, Hong Kong - Attn. Mr Alan Wong"),
         ("p", "Blanket purchase order TU-BPO-2024-07 - case TU-C40, 316L, 40.0 mm, sapphire caseback, drawing "
               "TU-C40-001 rev F - Date: 2 May 2024"),
         ("table", [["", "Cases"],
                    ["Blanket quantity (commercial cover)", "1'200"],
                    ["Call-off 1 (released 4 March 2024, delivered)", "200"],
                    ["Call-off 2 (this document) - released for production now", "200"],
                    ["Released to date (call-offs 1 + 2)", "400"],
                    ["Remaining blanket quantity - NOT released", "800"]]),
         ("p", "Call-off 2 releases 200 cases for production, delivery week 27. The remaining 800 cases are not "
               "released; each further quantity needs its own written call-off signed by Beatrice Moser, COO. "
               "Call-off 3 will only be issued after lot acceptance of call-off 2 in Biel."),
         ("p", "Material authority (staged): you may buy 316L bar stock and sapphire casebacks for up to 600 cases "
               "in total at Tempora's liability. This covers call-offs 1 to 3 (200 + 200 + 200). The material for "
               "the 200 cases beyond this call-off is authorised for staging only - do not machine it before "
               "call-off 3. Material beyond 600 cases is at the supplier's risk."),
         ("p", "Quality: ISO 3159 not applicable; water resistance test 10 bar per ISO 22810:2010 on 100% of cases."),
         ("sp",),
         ("p", "Jonas Kaelin, Einkauf - Beatrice Moser, COO"),
     ], title="Abruf 2", author="Tempora Uhren AG"))])


# c07: explicit, recorded auto-conversion with quantity, signer and conditions
_t = """Dear Elena,

As agreed on our call with Marc-Antoine yesterday, here is the auto-conversion agreement for PO MA-24-0533 (watch box "Ecrin Cent", walnut with cream suede insert). It is recorded as annex 1 to the PO and countersigned by Marc-Antoine Rochat, Directeur des Operations; the signed PDF follows by separate mail.

1. Authorised now: 10 pre-production boxes. Nothing else.
2. The series balance of 490 boxes is on hold.
3. Auto-conversion: if Marc-Antoine Rochat signs the sample sign-off form for the 10 pre-production boxes with the result "approved without conditions" on or before 14 June 2024, the 490 boxes are released for production on the date of his signature, without a separate release letter. You will receive a copy of the signed form the same day.
4. Conditions: walnut colour within the master sample range; insert fit for the Cent case 41 mm (the watch must not move when the box is turned over); hot-foil logo centred +/- 0.3 mm.
5. If the sign-off carries remarks, is interim, is signed by anyone else or comes after 14 June, nothing is released: the 490 boxes stay on hold until a written release from Marc-Antoine.
6. Material authority: walnut and suede for the 10 pre-production boxes only, until the 490 are released.

Thank you for your flexibility on this - it helps us hold the launch date.

Bien a vous,
Celine
""" + sig("Celine Favre", "Sourcing Manager", "Maison Aurele SA, Rue du Rhone 48, 1204 Geneve", "+41 22 310 45 60")
case("c07_explicit_autoconversion", [],
     "explicit recorded auto-conversion naming 490, signer M.-A. Rochat, deadline and conditions; 10 active, balance on hold otherwise",
     [("MA-24-0533_annex1.eml", eml_bytes(mail(
         "Celine Favre <c.favre@maison-aurele.ch>", "Elena Zanon <elena.zanon@astucciveneti.it>",
         "MA-24-0533 ecrins - auto-conversion agreement (annex 1)", "Thu, 02 May 2024 16:20:00 +0200", _t,
         html=simple_html(_t), cc="Marc-Antoine Rochat <ma.rochat@maison-aurele.ch>")))])


# c08: supplier says the advance does not release production
_t = """Dear Madam Fatima,

Greetings from Jaipur Gem Craft!

We acknowledge with thanks receipt of your advance of AED 18,500 against our proforma PI JGC/24-25/071, credited on 1st May.

Kindly note, as per our standard practice, the advance only reserves the karigar capacity for your order. It does not release production. We are making only the 8 (eight) sample sets of the "Layla" choker as per your PO ANJ-2291 (22K, uncut polki, meenakari on reverse).

The balance 142 sets remain on hold at our end. We will not book gold or stones for them until Mr. Rashid Al Suwaidi sends us the written production release after your sample sign-off in Dubai.

Samples will be dispatched by 20th May through Brinks, with BIS hallmarking (HUID) done.

Thanking you and assuring you of our best services at all times,

Rakesh Agarwal
Director
Jaipur Gem Craft Pvt. Ltd.
M.I. Road, Jaipur 302001, Rajasthan
+91 141 236 7781
"""
_r = """JAIPUR GEM CRAFT PVT. LTD.                 RECEIPT No. JGC/RC/24-25/019
M.I. Road, Jaipur 302001                   Date: 02-05-2024

Received from : Al Noor Jewellers LLC, Gold Souk, Deira, Dubai
Amount        : AED 18,500.00 (Eighteen thousand five hundred only)
Towards       : Advance against PI JGC/24-25/071 - sample sets (8) per PO ANJ-2291
Mode          : TT, Emirates NBD ref. 24122-0071

This receipt is not an order confirmation and does not release production.
"""
case("c08_deposit_not_release", [],
     "supplier: advance reserves capacity and does not release production; 8 sample sets only, 142 on hold until written release by named GM",
     [("Advance_received_PO_ANJ-2291.eml", eml_bytes(mail(
         "Rakesh Agarwal <rakesh@jaipurgemcraft.in>", "Fatima Al Zarooni <fatima@alnoorjewellers.ae>",
         "Advance received - PO ANJ-2291 sample sets", "Thu, 02 May 2024 11:40:00 +0530", _t,
         attachments=[("Receipt_JGC-RC-24-25-019.txt", _r, "text/plain")])))])


# c09: supplier acknowledgement restating the hold
case("c09_supplier_ack_hold", [],
     "supplier acknowledgement restates 5 pre-series only and 245 series not released until written release by named person after sign-off",
     [("OA-KWC-24-118.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT"),
         ("p", "Kowloon Watch Case Manufactory Ltd. - 9/F, Kwun Tong Industrial Centre, 472 Kwun Tong Road, "
               "Kowloon, Hong Kong"),
         ("p", "To: Maison Aurele SA, Geneve - Attn. Ms Celine Favre - Our ref. OA-KWC-24-118 - "
               "Your PO MA-24-0470 - Date: 3 May 2024"),
         ("table", [["Item", "Description", "Qty", "Remark"],
                    ["1", "Case 'Aurele Cent' 41 mm, 18k 5N gold, drawing AUR-C-41 rev C, pre-series", "5 pcs",
                     "Pre-series, for your sample sign-off"],
                    ["2", "Same, series", "245 pcs", "NOT released - on hold"]]),
         ("p", "We acknowledge your purchase order as written. Only the 5 pre-series cases go to our workshop. "
               "The series of 245 cases is not released: we will not cut gold or schedule machining for it until "
               "we receive a written release from Mr Marc-Antoine Rochat after your sample sign-off in Geneva."),
         ("p", "Material: gold for the 5 pre-series cases only (approx. 0.42 kg 5N alloy, from our stock)."),
         ("p", "Pre-series delivery: week 24, by Malca-Amit to Geneva Freeport."),
         ("sp",),
         ("p", "Alan Wong - Sales Manager"),
     ], title="OA-KWC-24-118", author="Kowloon Watch Case"))])


# c10: ERP printout full of numbers that look like quantities
_e = """
HARTLEY & VANE LTD                                    PURCHASE ORDER PRINT
14 GREVILLE STREET, LONDON EC1N 8SB                   PAGE 1 OF 1
-----------------------------------------------------------------------------
PO NUMBER   : 4500012500            PO DATE   : 02.05.2024
VENDOR      : 700750 SIAM PRECIOUS CASTING CO., LTD.  BANGKOK TH
BUYER       : P.SHAH (PUR-12)       CURRENCY  : GBP
INCOTERMS   : FCA BKK               PAY TERMS : Z100 100% WITH ORDER
-----------------------------------------------------------------------------
ITEM MATERIAL         DESCRIPTION                           QTY UOM    PRICE
0010 HV-1000-750-N    SIGNET 18CT (750) YG OVAL SZ N          2 EA    310.00
0020 HV-1000-750-R    SIGNET 18CT (750) YG OVAL SZ R          2 EA    310.00
-----------------------------------------------------------------------------
TOTAL QTY: 4 EA (SAMPLE)                              TOTAL: GBP 1,240.00
-----------------------------------------------------------------------------
HEADER TEXT:
 SAMPLE PO. ONLY THE 4 EA ABOVE ARE AUTHORISED.
 PRODUCTION QTY 250 EA (QUOTE Q-SPC-24-0355) IS NOT RELEASED - ON HOLD.
 HOLD LIFTS ONLY AFTER SAMPLE SIGN-OFF AT LONDON QC AND A WRITTEN
 PRODUCTION RELEASE SIGNED BY J. WHITCOMBE, HEAD OF PRODUCT.
 MATERIAL AUTHORITY: SAMPLE QTY ONLY (4 EA).
 DRAWING HV-DRG-2500 REV 12. MASTER MODEL MM-1000.
 FINENESS 750 PER ISO 9202:2019. HALLMARK: BIRMINGHAM ASSAY OFFICE.
 NICKEL: EN 1811:2011 TEST N/A (NI-FREE ALLOY 750-5N).
 PACK: 1 PC PER HV POUCH REF. PK-300, OUTER CARTON CT-40.
-----------------------------------------------------------------------------
PRINTED 02.05.2024 09:00 BY PSHAH                      SAP ECC 6.0 / ME9F
"""
case("c10_erp_identifiers", [],
     "ERP sample PO 4 EA with full hold text; 4500012500, 700750, 750, ISO 9202:2019, EN 1811, PK-300, MM-1000 are identifiers, not quantities",
     [("ME9F_4500012500.txt", txt(_e))])


# c11: full production release notice (nothing left on hold), HTML attachment
_t = """Hi Winnie,

Our QA (Megan Ortiz) signed off the 20 sample strands on June 4 - luster, nacre and matching all within spec. With that, I'm releasing the production quantity.

Production release PR-SP-0612
- Order: PO SP-24-2210 rev 2 (800 strands in total = 20 samples + 780 production)
- Released now: 780 strands, freshwater 7-7.5 mm AA+, 45 cm, 14K gold fish-hook clasp
- Unlock event met: sample sign-off of June 4, 2024 (QA report SP-QA-0604)
- Released by: Daniel Reyes, Director of Product
- Delivery: one shipment, week 30, to our LA warehouse

With this release the full quantity of PO rev 2 is released. Nothing remains on hold on this order.

The formal notice is attached for your files.

Best,
Daniel
""" + sig("Daniel Reyes", "Director of Product", "Sable & Pearl Inc., 811 S Hill St, Los Angeles, CA 90014",
          "+1 213 555 0177")
_h = html_page("Production release PR-SP-0612", """<h2>Production release PR-SP-0612</h2>
<table>
<tr><th>Order</th><td>PO SP-24-2210 rev 2 (800 strands = 20 samples + 780 production)</td></tr>
<tr><th>Quantity released</th><td>780 strands</td></tr>
<tr><th>Unlock event</th><td>Sample sign-off 2024-06-04, QA report SP-QA-0604 (Megan Ortiz)</td></tr>
<tr><th>Released by</th><td>Daniel Reyes, Director of Product</td></tr>
<tr><th>Remaining on hold</th><td>0 &mdash; full PO quantity released</td></tr>
</table>
<p>Supplier: Harbour Gem &amp; Pearl Ltd., Hong Kong.</p>""")
case("c11_full_release_notice", [],
     "written production release of the whole 780 balance after recorded sign-off, by named director; nothing left on hold",
     [("PR-SP-0612_release.eml", eml_bytes(mail(
         "Daniel Reyes <daniel@sableandpearl.com>", "Winnie Tsang <winnie@harbourgempearl.com.hk>",
         "Production release PR-SP-0612 - PO SP-24-2210 rev 2 - 780 strands", "Thu, 06 Jun 2024 08:15:00 -0700",
         _t, cc="Megan Ortiz <megan@sableandpearl.com>",
         attachments=[("PR-SP-0612.html", _h, "text/html")])))])


# c12: stop notice
case("c12_stop_notice", [],
     "stop notice: nothing may start, authorised quantity 0, 300 never released; lifted only in writing by named head of product",
     [("STOP_HV-PO-24-0330.docx", docx_bytes([
         ("h1", "STOP NOTICE"),
         ("p", "Hartley & Vane Ltd - 14 Greville Street, London EC1N 8SB"),
         ("p", "To: Siam Precious Casting Co., Ltd., Bangkok - Attn. Khun Somchai Wongsakul"),
         ("p", "Order: HV-PO-24-0330 - Signet ring HV-SR-07 - Date: 2 May 2024"),
         ("p", "With effect from receipt of this notice, nothing further may be started on this order: no casting, "
               "no finishing, no rework of the samples, no purchase of gold or stones."),
         ("p", "Quantity authorised from today: none (0). The production quantity of 300 pieces was never released "
               "and stays not released."),
         ("p", "Reason: the Birmingham Assay Office reported a mis-struck sponsor's mark on two of the six samples; "
               "our sample sign-off of 26 April is withdrawn pending investigation."),
         ("p", "This stop stays in force until it is lifted in writing by James Whitcombe, Head of Product. Lifting "
               "the stop does not release the 300 pieces; that still needs a new sample sign-off and a written "
               "production release from him."),
         ("p", "Please confirm receipt of this notice by return email."),
         ("sp",),
         ("p", "Priya Shah - Senior Buyer, for and on behalf of Hartley & Vane Ltd"),
     ], author="Priya Shah"))])


# c13: WhatsApp, fully scoped
_c = """
[02/05/2024, 09:12:44] Tom Marlowe: Morning Ploy! PO MA-0419 is in your inbox
[02/05/2024, 09:13:30] Tom Marlowe: It's for the 6 sample moon pendants only - sterling 925, oxidised, 18" trace chain
[02/05/2024, 09:14:02] Tom Marlowe: The 120 for the Christmas range are NOT going ahead yet, please don't cast them
[02/05/2024, 09:14:51] Tom Marlowe: Hannah checks the samples here. If she signs them off I'll send you a written release for the 120 myself. Until then silver for the 6 only pls
[02/05/2024, 09:31:07] Ploy Chaiyaporn: Good morning khun Tom 🙏
[02/05/2024, 09:31:40] Ploy Chaiyaporn: Noted ka, only 6 sample. 120 wait your release ka
[02/05/2024, 09:32:15] Ploy Chaiyaporn: Sample ready 14 May, send by EMS to Birmingham for hallmark ok?
[02/05/2024, 09:35:02] Tom Marlowe: Perfect, EMS is fine. Send to the Assay Office address on the PO, they'll forward to us
[02/05/2024, 09:35:20] Ploy Chaiyaporn: 👍
"""
case("c13_whatsapp_scoped", [],
     "WhatsApp: 6 samples only, 120 not going ahead, Hannah's sample sign-off then written release by Tom himself",
     [("WhatsApp Chat with Ploy Chaiyaporn.txt", txt(_c))])


# c14: WeChat, fully scoped
_c = """
WeChat chat history with 张丽 Lily Zhang (Golden Dragon Dial)
Exported by Joyce Leung on 2024-05-02

2024-05-02 10:02  Joyce Leung
Lily, PO HT-24-088 is for 30 sample dials only, 10 each colour (sunburst green / black / silver-white)

2024-05-02 10:03  Joyce Leung
Don't start the rest of the 1,500 pls. Bal. 1,470 on hold until Kenny Chan signs off the samples and sends you written release

2024-05-02 10:03  Joyce Leung
Brass blanks and printing only for the 30 samples

2024-05-02 10:15  张丽 Lily Zhang
收到 received 👌 only 30pcs sample, 1470pcs wait Mr Kenny release

2024-05-02 10:16  张丽 Lily Zhang
sample ready 5.20, send by SF express to Kwun Tong office ok?

2024-05-02 10:20  Joyce Leung
ok 👍 attn Kenny
"""
case("c14_wechat_scoped", [],
     "WeChat: 30 sample dials, bal. 1,470 on hold until Kenny Chan's sign-off and written release; material for 30 only",
     [("wechat_export_GoldenDragon.txt", txt(_c))])


# c15: multi-file - PO plus the supplier quote; PO declares the quote's production quantity informational
case("c15_po_plus_quote", [],
     "two files: PO for 12 samples declares quote's 600 informational and not released; sign-off + written release by D. Reyes",
     [("PO_SP-24-1187.pdf", pdf([
         ("h1", "PURCHASE ORDER SP-24-1187"),
         ("p", "Sable & Pearl Inc., 811 S Hill St, Los Angeles, CA 90014, USA"),
         ("p", "Vendor: Jaipur Gem Craft Pvt. Ltd., M.I. Road, Jaipur 302001, India - Attn. Mr Rakesh Agarwal"),
         ("p", "Date: May 2, 2024 - Terms: Net 30 - Ship via: FedEx IP, DDP Los Angeles"),
         ("table", [["Line", "Style", "Description", "Qty", "Unit USD", "Ext. USD"],
                    ["1", "SP-TB-LOTUS", "Lotus tennis bracelet, 14K white gold, lab-grown diamonds 2.0 ctw, "
                     "7 in - SAMPLE", "12", "690.00", "8,280.00"]]),
         ("p", "Scope of this PO: 12 sample bracelets. That is the only quantity authorized under this PO."),
         ("p", "Your quotation Q-2291 is attached for the unit prices only. Its production quantity of 600 "
               "bracelets is informational and is not released by this PO. Do not book gold or diamonds for it."),
         ("p", "The production quantity stays on hold until (1) our sample sign-off in Los Angeles and (2) a written "
               "production release signed by Daniel Reyes, Director of Product."),
         ("p", "Material authority: sample quantity only (12 bracelets)."),
         ("sp",),
         ("p", "Megan Ortiz - Buyer"),
     ], pagesize=LETTER, title="PO SP-24-1187", author="Sable & Pearl")),
      ("JGC_Quotation_Q-2291.pdf", pdf([
          ("h1", "QUOTATION Q-2291"),
          ("p", "Jaipur Gem Craft Pvt. Ltd. - M.I. Road, Jaipur 302001, Rajasthan, India - GSTIN 08AABCJ1234F1Z5"),
          ("p", "To: Sable & Pearl Inc., Los Angeles - Attn. Ms Megan Ortiz - Date: 24 April 2024"),
          ("table", [["Item", "Qty", "Unit USD", "Lead time"],
                     ["Lotus tennis bracelet 14K WG, LGD 2.0 ctw - sample", "12 pcs", "690.00", "3 weeks"],
                     ["Lotus tennis bracelet 14K WG, LGD 2.0 ctw - production", "600 pcs", "455.00",
                      "6 weeks from production order"]]),
          ("p", "Gold at USD 2,300/oz; diamonds IGI-certified lab-grown, F-G VS. Offer valid 30 days."),
          ("p", "Pooja Sharma - Export Merchandiser"),
      ], title="Quotation Q-2291", author="Jaipur Gem Craft"))])


# =================================================================== CLEAN (batch 2)

# c16: interim sample disposition with quantity and expiry limits
case("c16_interim_disposition", [],
     "interim disposition releases 50 dials until 30 June; balance 1,126 not released until final sign-off + written release by B. Moser",
     [("Musterentscheid_TU-D38.docx", docx_bytes([
         ("h1", "Sample disposition / Musterentscheid"),
         ("p", "Tempora Uhren AG, Solothurnstrasse 120, 2504 Biel/Bienne"),
         ("p", "Supplier: Golden Dragon Dial Co., Ltd., Bao'an District, Shenzhen - Attn. Ms Lily Zhang"),
         ("p", "Order: TU-PO-24-0655 - dial TU-D38 'Aare', blue sunray, applied indices. Order quantity 1'200 "
               "dials, of which 24 sample dials delivered on 22 April 2024."),
         ("table", [["Item", "Entry"],
                    ["Disposition", "INTERIM (not final)"],
                    ["Deviation", "sunray slightly coarser than the master dial; printing and indices OK"],
                    ["Quantity released under this interim disposition", "50 dials"],
                    ["Purpose", "watches for the trunk shows in Basel and Geneva"],
                    ["Valid until", "30 June 2024 - after this date nothing further may be made under this interim"],
                    ["Balance", "1'126 dials - NOT released"],
                    ["Unlocks the balance", "final sample sign-off of corrected sunray samples, then a written "
                                            "production release"],
                    ["Release authority for the balance", "Beatrice Moser, COO"],
                    ["Material authority", "brass blanks and lacquer for the 50 dials only"]]),
         ("p", "Quantity check: 24 samples + 50 interim + 1'126 balance = 1'200 dials."),
         ("p", "Signed: disposition - Jonas Kaelin, Einkauf; release of the 50 interim dials - Beatrice Moser, COO. "
               "Any later production release for the balance is signed only by Beatrice Moser."),
     ], author="Jonas Kaelin"))])


# c17: quoted supplier assumption of auto-conversion, corrected by buyer
_t = """Dear Khun Somchai,

Thank you for the update - but please don't. A sample sign-off releases nothing by itself on our side.

Under PO HV-PO-24-0471 only the half dozen (6) sample pendants (Knot pendant, 9ct rose gold) are authorised. The production quantity of 300 stays on hold. After our London QC has signed off the samples, James Whitcombe (Head of Product) will send you a written production release for the 300; only that document starts the lot. Please keep gold purchases to the 6 samples until then.

Kind regards,
Priya
""" + sig("Priya Shah", "Senior Buyer", "Hartley & Vane Ltd, 14 Greville Street, London EC1N 8SB",
          "+44 20 7946 0321") + """
-----Original Message-----
From: Somchai Wongsakul <somchai@siamprecious.co.th>
Sent: Thursday, May 2, 2024 8:05 AM
To: Priya Shah <priya.shah@hartleyvane.co.uk>
Subject: HV-PO-24-0471 samples

""" + quote("""Dear Khun Priya,

Samples will ship Monday by FedEx. Once you approve samples we will roll straight into the 300 pcs to save time, gold already quoted at today's price.

Best regards,
Somchai""")
case("c17_buyer_corrects_autoconv", [],
     "quoted supplier assumes roll-into-300; buyer's reply corrects it: 6 samples only, 300 on hold, QC sign-off + written release by J. Whitcombe",
     [("RE_HV-PO-24-0471_samples.eml", eml_bytes(mail(
         "Priya Shah <priya.shah@hartleyvane.co.uk>", "Somchai Wongsakul <somchai@siamprecious.co.th>",
         "RE: HV-PO-24-0471 samples", "Thu, 02 May 2024 09:31:00 +0100", _t,
         in_reply_to="<SPC-0502-0805@siamprecious.co.th>")))])


# c18: memo / consignment note, no manufacturing at all
_m = """
HARBOUR GEM & PEARL LTD.
Rm 1205, 12/F, Hang Seng Building, 77 Des Voeux Road Central, Hong Kong
Tel +852 2545 0188

MEMORANDUM / CONSIGNMENT NOTE                           No. HGP-MEMO-24-0215
Date: 02 May 2024

Consignee : Al Noor Jewellers LLC, Gold Souk, Deira, Dubai, UAE
Attn      : Ms Fatima Al Zarooni

The goods listed below are delivered ON MEMO for inspection and display only.
Title remains with Harbour Gem & Pearl Ltd. until invoiced. Goods not sold or
returned within 30 days will be invoiced at the memo price.

Line  Ref          Description                                    Pcs  Memo USD
1     HGP-SS-1211  South Sea pearl pendant 12-13mm, 18K YG bail     12  1,450.00
2     HGP-TH-0910  Tahitian pearl stud pair 9-10mm, 18K WG          12    680.00
                                                           Total    24 pcs

This memo is not a purchase order and does not ask for or authorise any
manufacturing. Replenishment, if any, will be by separate purchase order.

Shipment : Brinks Global Services, AWB 176-20240502
Insurance: to destination, by consignor

Received in good order: ____________________ (consignee)
"""
case("c18_memo_consignment", [], "memo/consignment note for finished goods; no production, no authorization",
     [("HGP-MEMO-24-0215.txt", txt(_m))])


# c19: replenishment call-off under a blanket order, vendor portal
_b = """<h2>Hartley &amp; Vane &mdash; Supplier Hub</h2>
<p>Supplier: <b>Kalpana Jewels LLP</b>, SEEPZ Mumbai (vendor 700812) &nbsp;|&nbsp; Document: <b>Call-off CO-HV-24-031</b> &nbsp;|&nbsp; Date: 02 May 2024</p>
<p>Blanket order HV-BO-24-004 &mdash; style HV-ST-05 "Pip" stud earrings, 925 silver, pair (replenishment)</p>
<table>
<tr><th>Document</th><th>Pairs</th><th>Status</th></tr>
<tr><td>Blanket order HV-BO-24-004 (commercial cover)</td><td>1,000</td><td>open</td></tr>
<tr><td>Call-off CO-HV-24-017</td><td>200</td><td>delivered 12/03/2024</td></tr>
<tr><td><b>Call-off CO-HV-24-031 (this call-off)</b></td><td><b>200</b></td><td><b>released for production</b></td></tr>
<tr><td>Remaining on blanket</td><td>600</td><td>NOT released</td></tr>
</table>
<div class="note">Only the 200 pairs of this call-off are released for production. The remaining 600 pairs of the blanket
are not released; they can only be called off by the next written call-off, signed by Priya Shah, Senior Buyer.
Material authority: silver for this call-off only (200 pairs).</div>
<p>Delivery: week 24, DHL Express to London. Each pair on HV backing card BC-925, barcode per EAN list.</p>"""
case("c19_portal_calloff", [],
     "replenishment call-off: 200 released, 600 not released until next written call-off signed by named buyer; material for 200 only",
     [("CO-HV-24-031.html", html_page("Call-off CO-HV-24-031", _b))])


# c20: DOCX spec sheet with sample order table, fully scoped
case("c20_spec_sample_order", [],
     "spec sheet: 4 samples authorised, 200 production not released until sample sign-off + written release by M. Al Mazrouei",
     [("DAZ-B-31_spec_sample_order.docx", docx_bytes([
         ("h1", "Specification & Sample Order - DAZ-B-31"),
         ("p", "Dar Al Zahab Trading LLC, Hamdan Street, Abu Dhabi, UAE - Procurement"),
         ("p", "Supplier: Jaipur Gem Craft Pvt. Ltd., M.I. Road, Jaipur - Attn. Mr Rakesh Agarwal - "
               "Order ref. DAZ-SO-24-0207 - Date 02/05/2024"),
         ("table", [["Item", "Sample qty (authorised now)", "Production qty (NOT released)", "Karat", "Weight"],
                    ["DAZ-B-31 bangle, Emirati pattern, 62 mm", "4", "200", "21K (875)", "approx. 28 g"]]),
         ("p", "Only the 4 sample bangles are authorised. The 200 production bangles stay on hold until our sample "
               "sign-off in Abu Dhabi and a written production release signed by Mariam Al Mazrouei, Head of "
               "Merchandising."),
         ("p", "Material authority: gold for the 4 samples only."),
         ("h", "Technical"),
         ("li", "Alloy 21K yellow, fineness 875, assay at Dubai Central Laboratory; UAE hallmark 21K."),
         ("li", "Pattern per CAD DAZ-B-31-v7; engraving depth 0.3 mm; box clasp with safety catch."),
         ("li", "Finish: high polish outside, satin inside; no rhodium."),
         ("p", "Omar Khalifa - Procurement"),
     ], author="Omar Khalifa"))])


# c21: samples rejected, remake scoped, lot still on hold
_t = """Gentile Marco,

unfortunately the "Vela" samples do not pass: solder points are visible on about 4 links every 10 cm, and the diamond cut looks dull after polishing.

Sample disposition: rejected.

Please remake 3 sample lengths of 50 cm each (1.5 m in total) with the corrections in the notes below. Nothing else is authorised. The 300 m production lot remains on hold and is not released; it opens only after a new sample sign-off here in Valenza and a written production release signed by Davide Ferraro. Gold for the 3 remake lengths only, please.

Notes:
- solder: laser, not torch, on the closing points
- diamond cut: new tool, facet check at 10x
- clasp: moschettone 12 mm, oro 750, marchio 1234AL

Cordiali saluti,
Giulia
""" + sig("Giulia Moretti", "Ufficio Acquisti", "Orafo Bellini S.r.l., Via del Castagnone 12, 15048 Valenza (AL)",
          "+39 0131 955 210")
case("c21_samples_rejected", [],
     "samples rejected; remake 3 lengths (1.5 m); 300 m not released until new sign-off + written release by D. Ferraro",
     [("Vela_campioni_esito.eml", eml_bytes(mail(
         "Giulia Moretti <giulia.moretti@orafobellini.it>", "Marco Lazzeri <m.lazzeri@catenificioarno.it>",
         "Catena Vela - esito campioni / sample result", "Thu, 02 May 2024 14:02:00 +0200", _t)))])


# c22: buyer asks a planning question, explicitly does not authorise
_t = """Hi Nattaya,

Quick question for planning: if Derek sends the written release on Friday, could your team start the 392 Nova rings on Monday?

Please don't start them yet. Right now PO LC-4602 covers only the 8 sample rings, and the 392 stay on hold until our QA signs off the samples and Derek Lindqvist releases them in writing. I just need to know whether Monday is realistic so I can tell our launch team.

Thanks!
Kayla
""" + sig("Kayla Brooks", "Sourcing Manager", "Lumen & Co. Jewelry, 245 W 29th St, New York, NY 10001",
          "+1 212 555 0148")
case("c22_buyer_question", [],
     "buyer's planning question, explicitly not an approval; 8 samples only, 392 on hold until QA sign-off + written release by D. Lindqvist",
     [("Nova_rings_Monday.eml", eml_bytes(mail(
         "Kayla Brooks <kayla@lumenandco.com>", "Nattaya Srisuk <nattaya@siamprecious.co.th>",
         "Nova rings - could you start Monday if released Friday?", "Wed, 15 May 2024 17:44:00 -0400", _t,
         html=simple_html(_t))))])


# c23: supplier proforma, deposit explicitly does not authorise production
case("c23_proforma_deposit", [],
     "supplier proforma: deposit secures slot and does not authorise production; 12 samples only, 600 only against written release",
     [("PI-KJ-24-118.pdf", pdf([
         ("h1", "PROFORMA INVOICE PI-KJ-24-118"),
         ("p", "Kalpana Jewels LLP - Unit 14, SEEPZ-SEZ, Andheri (E), Mumbai 400096, India - IEC 0312045678"),
         ("p", "Bill to: Orafo Bellini S.r.l., Via del Castagnone 12, 15048 Valenza (AL), Italy - "
               "Your ref. OB-PO-24-126 - Date: 02.05.2024"),
         ("table", [["Description", "Qty", "Unit EUR", "Amount EUR"],
                    ["'Onda' earrings, 925 silver, rose gold plated 0.5 micron - samples", "12 pcs", "38,00", "456,00"],
                    ["Same - production (quotation only, not invoiced)", "600 pcs", "21,00", "-"]]),
         ("p", "Deposit due now: 30% of the sample value = EUR 136,80."),
         ("p", "Please note: the deposit secures your production slot in June. It does not authorise production. "
               "Against this PI we make only the 12 samples. The 600 pcs are produced only against your written "
               "production release."),
         ("p", "Bank: HDFC Bank, SEEPZ branch, SWIFT HDFCINBBXXX, A/c 50200012345678."),
         ("p", "Nilesh Shah - Partner"),
     ], title="PI-KJ-24-118", author="Kalpana Jewels"))])


# c24: forwarded old quote as message/rfc822, declared informational
_old = mail("Elena Zanon <elena.zanon@astucciveneti.it>", "Lukas Brunner <l.brunner@kessler-watches.ch>",
            "Offerta AV-2023-412 astucci orologio", "Tue, 17 Oct 2023 11:20:00 +0200",
            """Gentile Sig. Brunner,

as requested, our offer for the watch box (oak, grey felt cushion, hot-foil logo):

  500 boxes    CHF 18.40
  1,000 boxes  CHF 15.90
  5,000 boxes  CHF 12.70

Samples: CHF 45.00 each, 3 weeks. Series: 6 weeks from order.

Cordiali saluti,
Elena Zanon
Astucci Veneti S.r.l., Padova
""")
_t = """Dear Elena,

I attach your quotation mail from last October for the price reference only. The quantities in it (500 to 5,000 boxes) are informational - they are not an order and nothing in it is released.

Current order KFW-24-0460: 20 sample boxes (Kessler "Limmat" box, oak, grey felt). The series of 980 boxes is on hold until our sample sign-off in Zurich and a written production release from Andrea Kessler, Managing Director. Material for the 20 samples only, please.

Could you confirm whether the 2023 prices still hold for the samples?

Freundliche Grüsse / best regards
Lukas
""" + sig("Lukas Brunner", "Buyer", "Kessler Fine Watches AG, Bahnhofstrasse 61, 8001 Zurich", "+41 44 211 40 90")
case("c24_forward_old_quote", [],
     "forwarded 2023 quote (rfc822) declared informational; 20 sample boxes active, 980 on hold until sign-off + written release by A. Kessler",
     [("FW_Offerta_AV-2023-412.eml", eml_bytes(mail(
         "Lukas Brunner <l.brunner@kessler-watches.ch>", "Elena Zanon <elena.zanon@astucciveneti.it>",
         "FW: Offerta AV-2023-412 astucci orologio - KFW-24-0460 samples", "Thu, 02 May 2024 10:12:00 +0200",
         _t, attachments=[("rfc822", _old)])))])


# =================================================================== POSITIVE (batch 2)

# A1: sample PO with production column, nothing else
case("p01_po_production_column", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO table shows production qty 300 and production delivery week beside 6 samples; no hold, no unlock event, no release person",
     [("PO_HV-PO-24-0412.pdf", pdf([
         ("h1", "PURCHASE ORDER HV-PO-24-0412"),
         ("p", "Hartley & Vane Ltd - 14 Greville Street, London EC1N 8SB, United Kingdom - VAT GB 123 4567 89"),
         ("p", "Supplier: Siam Precious Casting Co., Ltd., 88/14 Soi Charoen Krung 36, Bang Rak, Bangkok 10500 - "
               "Attn. Khun Somchai Wongsakul"),
         ("p", "Date: 2 May 2024 - Currency: GBP - Incoterms: FCA Bangkok - Payment: samples 100% with order, "
               "production 30% deposit / 70% before shipment"),
         ("table", [["Style", "Description", "Sample qty", "Production qty", "Unit GBP (sample / production)",
                     "Delivery"],
                    ["HV-BR-14", "Knot bangle, 9ct rose gold (375), 62 mm, high polish", "6", "300",
                     "138.00 / 88.00", "Samples wk 22; production wk 30"]]),
         ("p", "Cast from master model MM-14 rev B (supplied by us). Hallmark at the Birmingham Assay Office. "
               "Pack individually in HV pouches (PK-300)."),
         ("p", "Please confirm receipt and the sample ship date."),
         ("sp",),
         ("p", "Priya Shah - Senior Buyer"),
     ], title="PO HV-PO-24-0412", author="Hartley & Vane"))])


# A2: email with PO + quote attached; quote's launch quantity unlabelled
_po = pdf([
    ("h1", "PURCHASE ORDER LC-4471"),
    ("p", "Lumen & Co. Jewelry - 245 W 29th St, Suite 1102, New York, NY 10001"),
    ("p", "Vendor: Jaipur Gem Craft Pvt. Ltd., M.I. Road, Jaipur 302001, India"),
    ("p", "Date: May 2, 2024 - Terms: Net 30 - Ship via FedEx IP to New York"),
    ("table", [["Line", "Style", "Description", "Qty", "Unit USD", "Ext. USD"],
               ["1", "LC-EC-STELLA", "Stella ear cuff, 14K gold vermeil (2.5 micron) over 925 silver - sample",
                "10", "32.00", "320.00"]]),
    ("p", "Include mill certificate for the silver and a plating thickness report."),
    ("p", "Kayla Brooks - Sourcing Manager"),
], pagesize=LETTER, title="PO LC-4471", author="Lumen & Co.")
_q = pdf([
    ("h1", "QUOTATION Q-JGC-2307"),
    ("p", "Jaipur Gem Craft Pvt. Ltd. - To: Lumen & Co. Jewelry, New York - Date: 26 April 2024"),
    ("table", [["Item", "Qty", "Unit USD", "Lead time"],
               ["Stella ear cuff, 14K vermeil over 925 - sample", "10 pcs", "32.00", "2 weeks"],
               ["Stella ear cuff, 14K vermeil over 925 - production", "1,000 pcs", "14.20", "5 weeks"]]),
    ("p", "Silver at USD 27.50/oz. Offer valid 30 days."),
    ("p", "Pooja Sharma - Export Merchandiser"),
], title="Quotation Q-JGC-2307", author="Jaipur Gem Craft")
_t = """Hi Pooja!

Hope all's well in Jaipur. Attached is PO LC-4471 for the Stella ear cuff samples (10 pcs, 14K gold vermeil over 925), plus your quote Q-JGC-2307 with our launch quantity of 1,000 pcs at $14.20.

Could you confirm the sample ship date? We're shooting the campaign on June 18, so we'd love to have them in NY by June 7.

Thank you!!
Kayla
""" + sig("Kayla Brooks", "Sourcing Manager", "Lumen & Co. Jewelry, 245 W 29th St, New York, NY 10001",
          "+1 212 555 0148")
case("p02_email_po_and_quote", ["RG001", "RG003", "RG004", "RG005"],
     "email + sample PO (10) + quote with 'our launch quantity' 1,000, nothing says not released; no unlock event, no release person",
     [("Stella_ear_cuff_PO_LC-4471.eml", eml_bytes(mail(
         "Kayla Brooks <kayla@lumenandco.com>", "Pooja Sharma <pooja.sharma@jaipurgemcraft.in>",
         "PO LC-4471 - Stella ear cuff samples", "Thu, 02 May 2024 11:02:00 -0400", _t, html=simple_html(_t),
         attachments=[("PO_LC-4471.pdf", _po, PDF_MT), ("Q-JGC-2307.pdf", _q, PDF_MT)])))])


# A3: ERP sample PO with planned production qty and a named release authority
_e = """
AL NOOR JEWELLERS LLC                                  PURCHASE ORDER
GOLD SOUK, DEIRA, DUBAI - UAE                          TRN 100234567800003
==========================================================================
PO NO            : ANJ-PO-24-0418       DATE      : 02/05/2024
VENDOR           : V-0219 SHREEJI CHAINS PVT LTD, ZAVERI BAZAAR, MUMBAI
ORDER TYPE       : SAMPLE               CURRENCY  : USD
PLANNED PROD QTY : 1,200 PCS            DEL. PORT : DXB (EK CARGO)
RELEASE AUTHORITY: RASHID AL SUWAIDI (GENERAL MANAGER)
==========================================================================
LN  ITEM CODE        DESCRIPTION                        QTY  UOM  LABOUR
01  ANJ-CH-22-ROPE   22K (916) ROPE CHAIN 2.5MM 45CM      5  PCS  6.50/G
02  ANJ-CH-22-ROPE   22K (916) ROPE CHAIN 2.5MM 50CM      5  PCS  6.50/G
==========================================================================
TOTAL SAMPLE QTY : 10 PCS         EST. GOLD WT : 118.0 G (916)
REMARKS: BIS HALLMARK + HUID. LOBSTER CLASP 22K. SEND WEIGHT LIST WITH
         SAMPLES. GOLD ON METAL ACCOUNT (UNFIXED) - FIX ON DISPATCH.
==========================================================================
PREPARED BY: FATIMA AL ZAROONI (MERCHANDISER)
"""
case("p03_erp_planned_qty", ["RG001", "RG003", "RG004"],
     "ERP sample PO (10) with unlabelled PLANNED PROD QTY 1,200; release authority named but no hold and no unlock event",
     [("ANJ-PO-24-0418.txt", txt(_e))])


# A4: vendor portal PO with a season quantity column
_b = """<h2>Sable &amp; Pearl &mdash; Supplier Hub</h2>
<p>Purchase Order <b>SP-24-1304</b> &nbsp;|&nbsp; Status: Sent to supplier &nbsp;|&nbsp; Supplier acknowledgement: <i>pending</i></p>
<p>Supplier: Harbour Gem &amp; Pearl Ltd., Rm 1205, Hang Seng Building, 77 Des Voeux Road Central, Hong Kong</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Sample qty</th><th>Season qty</th><th>Unit cost</th><th>Need-by</th></tr>
<tr><td>1</td><td>SP-FW-7075</td><td>Freshwater pearl strand 7-7.5 mm AA+, 18 in, 14K gold clasp</td><td>20</td><td>800</td><td>$38.00</td><td>samples 06/07; season 08/15</td></tr>
</table>
<p>Notes: please upload QC photos of the sample strands before shipping. Matching: uniform luster, max. 2 visible blemishes per strand.</p>
<p>Buyer: Megan Ortiz &middot; megan@sableandpearl.com &middot; +1 213 555 0162</p>"""
case("p04_portal_season_qty", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO shows season qty 800 and season need-by beside 20 samples; no hold, no unlock event, no release person",
     [("SP-24-1304_supplier_hub.html", html_page("PO SP-24-1304", _b))])


# A5: multi-file - PO for pre-series + spec sheet with series quantity
case("p05_po_and_spec_series", ["RG001", "RG003", "RG004", "RG005"],
     "two files: PO for 5 pre-series cases; spec sheet gives series 500 with delivery target, unlabelled; no hold, no unlock event, no release person",
     [("PO_TU-PO-24-0611.pdf", pdf([
         ("h1", "BESTELLUNG / PURCHASE ORDER TU-PO-24-0611"),
         ("p", "Tempora Uhren AG - Solothurnstrasse 120, 2504 Biel/Bienne"),
         ("p", "Supplier: Kowloon Watch Case Manufactory Ltd., Kwun Tong, Hong Kong - Attn. Mr Alan Wong"),
         ("p", "Date: 2 May 2024 - Currency: CHF - Incoterm: FCA Hong Kong"),
         ("table", [["Pos.", "Article", "Description", "Qty", "Unit CHF"],
                    ["10", "TU-C38-PS", "Case TU-C38, 316L, 38 mm, pre-series, per spec TU-C38 rev D", "5", "95.00"]]),
         ("p", "Pre-series per the attached technical specification TU-C38 rev D."),
         ("p", "Jonas Kaelin - Einkauf"),
     ], title="TU-PO-24-0611", author="Tempora Uhren AG")),
      ("Spec_TU-C38_revD.docx", docx_bytes([
          ("h1", "Technical specification - case TU-C38 rev D"),
          ("table", [["Feature", "Requirement"],
                     ["Material", "316L (1.4435), certificate 3.1 per EN 10204"],
                     ["Diameter / thickness", "38.0 mm / 9.8 mm"],
                     ["Crystal", "sapphire, flat, AR inside"],
                     ["Water resistance", "10 bar per ISO 22810:2010"],
                     ["Finishing", "brushed bezel, polished flanks"]]),
          ("h", "Quantities"),
          ("li", "Pre-series: 5 cases"),
          ("li", "Series quantity: 500 cases, delivery target week 38"),
          ("p", "Technical contact: Jonas Kaelin, Einkauf (+41 32 344 12 00)."),
      ], author="Tempora Uhren AG"))])


# B1: short email, samples without a quantity and nothing about the balance
_t = """Dear Lily,

Thank you for the revised artwork proof.

Please go ahead with the sample dials for ref. K-38 "Limmat" in the three colours (sunray blue, salmon, slate grey): printing per artwork KFW-ART-38 v3, applied baton indices rhodium-plated, Super-LumiNova C3 on indices.

Please send them to Zurich by DHL Express as soon as they are ready, with the lume photos.

Best regards,
Lukas Brunner
Buyer, Kessler Fine Watches AG
Bahnhofstrasse 61, 8001 Zurich
"""
case("p06_sample_dials_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "go ahead with 'the sample dials' (scoped to samples) but no quantity, no hold on production, no unlock event, no release person",
     [("K-38_sample_dials.eml", eml_bytes(mail(
         "Lukas Brunner <l.brunner@kessler-watches.ch>", "Lily Zhang <lily@goldendragondial.cn>",
         "K-38 Limmat - sample dials", "Thu, 02 May 2024 15:10:00 +0200", _t, html=simple_html(_t))))])


# =================================================================== POSITIVE (batch 3)

# C1: hold until further notice, release person named
_t = """Dear Khun Somchai,

Following our call this morning, to put it in writing: for now we only need the twelve (12) sample pendants from PO HV-PO-24-0388 (Knot pendant, 9ct yellow gold, 18" trace chain). The rest of the 600 stays on hold until further notice.

Nobody but me can lift that hold, so please don't take instructions on the 600 from anyone else at Hartley & Vane - not even from our showroom team.

Gold for the 12 only, please. Hallmarking through Birmingham as usual.

Kind regards,
Priya
""" + sig("Priya Shah", "Senior Buyer", "Hartley & Vane Ltd, 14 Greville Street, London EC1N 8SB",
          "+44 20 7946 0321")
case("p07_hold_until_further_notice", ["RG004"],
     "12 samples active, rest of 600 on hold 'until further notice' (no unlock event); only the named sender can lift it",
     [("HV-PO-24-0388_Knot_pendant.eml", eml_bytes(mail(
         "Priya Shah <priya.shah@hartleyvane.co.uk>", "Somchai Wongsakul <somchai@siamprecious.co.th>",
         "HV-PO-24-0388 - samples only for now", "Thu, 02 May 2024 11:18:00 +0100", _t, html=simple_html(_t))))])


# C2: hold + unlock event, but only a department and 'we'
case("p08_po_quality_department", ["RG005"],
     "10 pre-series boxes; series 1.500 not released until Quality department sign-off and revised PO; no named person",
     [("BC_MA-24-0561.pdf", pdf([
         ("h1", "BON DE COMMANDE / PURCHASE ORDER MA-24-0561"),
         ("p", "Maison Aurele SA - Rue du Rhone 48, 1204 Geneve, Suisse"),
         ("p", "Fournisseur / Supplier: Astucci Veneti S.r.l., Via Venezia 85, 35129 Padova, Italia - "
               "Attn. Mme Elena Zanon"),
         ("p", "Date: 02.05.2024 - Devise: EUR - Incoterm: DAP Geneve"),
         ("table", [["Pos.", "Article", "Designation / Description", "Qte", "Prix unit. EUR"],
                    ["1", "MA-EC-TRAV", "Ecrin voyage / travel watch box, Barenia leather, 1 watch - pre-series",
                     "10", "62,00"]]),
         ("p", "Only the 10 pre-series boxes are ordered for production now. The series of 1.500 boxes is not "
               "released. It will be released only after our Quality department has signed off the pre-series "
               "boxes and we have issued a revised purchase order for the series."),
         ("p", "Material: leather for the 10 pre-series boxes only."),
         ("p", "Conditions generales d'achat Maison Aurele, edition 2023, apply."),
         ("sp",),
         ("p", "Celine Favre - Sourcing Manager"),
     ], title="MA-24-0561", author="Maison Aurele"))])


# D1: proceed with pre-series, no quantity
_t = """Dear Mr Wong,

Further to your quotation KWC-Q-24-077 and our video call on Tuesday, please proceed with the pre-series cases for the "Aurele Cent" in both executions, 316L and 18k 5N gold, per drawing AUR-C-41 rev C.

The series of 250 cases is not released. Marc-Antoine Rochat will release it in writing after our sample sign-off in Geneva; please do not plan machining time for it before then.

Material: for the pre-series only. For the gold execution please use alloy from your RJC-certified stock (CoC) and send the assay certificate with the parts.

Delivery of the pre-series to Geneva Freeport via Malca-Amit, please.

Meilleures salutations,
Celine Favre
""" + sig("Celine Favre", "Sourcing Manager", "Maison Aurele SA, Rue du Rhone 48, 1204 Geneve", "+41 22 310 45 60")
case("p09_preseries_no_qty", ["RG010"],
     "proceed with 'the pre-series cases' in both executions: no quantity authorised now; series 250 held until sign-off + written release by named person",
     [("Aurele_Cent_pre-series.eml", eml_bytes(mail(
         "Celine Favre <c.favre@maison-aurele.ch>", "Alan Wong <alan.wong@kowloonwatchcase.com.hk>",
         "Aurele Cent - pre-series cases", "Thu, 02 May 2024 09:47:00 +0200", _t)))])


# D2: spec sheet - samples "as many as needed"
case("p10_spec_samples_as_needed", ["RG010"],
     "sample lengths 'as many as you need' - open-ended, no active quantity; 250 m held until sign-off + written release by D. Ferraro",
     [("Scheda_catena_Maestrale.docx", docx_bytes([
         ("h1", "Scheda tecnica / Spec sheet - Catena 'Maestrale'"),
         ("p", "Orafo Bellini S.r.l., Via del Castagnone 12, 15048 Valenza (AL)"),
         ("p", "Fornitore / Supplier: Catenificio Arno S.r.l., Via Fiorentina 210, 52100 Arezzo - Attn. Marco Lazzeri"),
         ("table", [["Caratteristica / Feature", "Valore / Value"],
                    ["Tipo / Type", "forzatina diamantata"],
                    ["Titolo / Fineness", "oro 750 giallo (18 kt)"],
                    ["Larghezza / Width", "2,8 mm"],
                    ["Peso / Weight", "6,2 g/m (+/- 5%)"],
                    ["Chiusura / Clasp", "moschettone 12 mm, marchio 1234AL"]]),
         ("h", "Campioni / Samples"),
         ("p", "Campioni: quanti ne servono per le prove di galvanica e di diamantatura. Please make as many sample "
               "lengths as you need for the plating and diamond-cut trials and send the best ones to Valenza."),
         ("h", "Produzione / Production"),
         ("p", "The production lot of 250 m is NOT released. It is released only after our sample sign-off in "
               "Valenza and a written production release signed by Davide Ferraro, Direttore Produzione."),
         ("p", "Material: gold only for the sample lengths."),
         ("p", "Giulia Moretti - Ufficio Acquisti"),
     ], author="Giulia Moretti"))])


# D3: portal order with sample quantity TBC
_b = """<h2>Dar Al Zahab Trading LLC &mdash; Supplier Portal</h2>
<p>Order <b>DAZ-PO-24-1187</b> &nbsp;|&nbsp; Supplier: Jaipur Gem Craft Pvt. Ltd. (vendor 40017) &nbsp;|&nbsp; Issued 02/05/2024</p>
<p>Style DAZ-N-07 necklace set (necklace + jhumka earrings), 21K yellow, Khaleeji style</p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Authorised now</td><td>Sample sets &mdash; quantity: TBC (merchandiser will confirm)</td></tr>
<tr><td>Production lot</td><td>300 sets &mdash; ON HOLD, not released</td></tr>
<tr><td>Unlock event</td><td>Sample sign-off in Abu Dhabi, then written production release</td></tr>
<tr><td>Release authority</td><td>Mariam Al Mazrouei, Head of Merchandising</td></tr>
<tr><td>Material authority</td><td>Gold for the sample sets only</td></tr>
</table>
<div class="note">Please start the sample sets now so we can catch the Eid photo shoot.</div>
<p>Contact: Omar Khalifa, Procurement &middot; omar.khalifa@daralzahab.ae</p>"""
case("p11_portal_sample_qty_tbc", ["RG010"],
     "portal: 'start the sample sets now', quantity TBC; 300 on hold with unlock event and named release authority",
     [("DAZ-PO-24-1187.html", html_page("Order DAZ-PO-24-1187", _b))])


# D4: WeChat - samples first, rest hold, confirm later
_c = """
WeChat chat history - 刘薇 Vivian Liu (Everbright Leather)
Exported 2024-05-02 by Joyce Leung, Harbour Time Ltd

2024-05-02 14:20  Joyce Leung
Vivian, for HT-Marina 20mm straps: pls start the sample straps first, navy and sand

2024-05-02 14:21  Joyce Leung
the rest hold first ah, we confirm later

2024-05-02 14:30  刘薇 Vivian Liu
ok Joyce 👌 sample use same leather as last time? Italian calf 1.2mm

2024-05-02 14:31  Joyce Leung
yes same, stitching beige

2024-05-02 14:35  刘薇 Vivian Liu
收到, sample ready next Fri
"""
case("p12_wechat_rest_confirm_later", ["RG004", "RG005", "RG010"],
     "WeChat: start 'the sample straps' (no qty), 'rest hold first, we confirm later' - hold stated but no unlock event and no named person",
     [("wechat_Everbright_HT-Marina.txt", txt(_c))])


# W1: WeChat - buyer authorises samples without qty; supplier announces direct roll into mass production
_c = """
WeChat - 张丽 Lily Zhang (Golden Dragon Dial) / Nicolas Perret (Varenne Horlogerie SA)

2024-05-03 09:02  Nicolas Perret
Bonjour Lily, please make the sample dials for VH-42 "Doubs" first, in the three colours (lacquer white, anthracite, forest green)

2024-05-03 09:03  Nicolas Perret
Mass production stays on hold until Claude Jeanneret has checked the samples in Le Locle and sends you the written release. No production before that

2024-05-03 09:40  张丽 Lily Zhang
ok dear 👍 after you confirm sample we direct arrange mass production 2k pcs, so can catch October delivery

2024-05-03 09:41  张丽 Lily Zhang
brass and lacquer we order after sample confirm also

2024-05-03 09:55  Nicolas Perret
Please send me also the Pantone reference for the forest green

2024-05-03 10:10  张丽 Lily Zhang
ok, PMS 3435 C
"""
case("p13_wechat_direct_mass_production", ["RG007", "RG010"],
     "buyer authorises 'the sample dials' without qty (hold, event, person present); supplier says sample confirmation goes direct to 2k pcs mass production, uncorrected",
     [("wechat_GoldenDragon_VH-42.txt", txt(_c))])


# E1: WhatsApp "go ahead" on a wax photo
_c = """
[29/04/2024, 21:05:11] Kayla Brooks: Hi Nattaya! PO LC-4520 sent 👍 8 sample Celeste rings only (14K yellow, sizes 5-8, 2 each)
[29/04/2024, 21:06:02] Kayla Brooks: The 392 production rings are on hold - not released until our QA signs off the samples and Derek sends you the written release
[29/04/2024, 21:06:40] Kayla Brooks: (Derek Lindqvist, our VP Ops)
[30/04/2024, 08:15:33] Nattaya Srisuk: Good morning khun Kayla ka, received PO 🙏 we start wax now
[02/05/2024, 10:44:19] Nattaya Srisuk: <Media omitted>
[02/05/2024, 10:44:51] Nattaya Srisuk: Khun Kayla, wax model Celeste ready ka, please check photo. The setting for the 3 stone is ok? Can go or not ka?
[02/05/2024, 22:31:08] Kayla Brooks: omg love it!! 😍 go ahead 🙌
[02/05/2024, 22:31:40] Kayla Brooks: sorry late reply, was at a launch event
[03/05/2024, 08:02:17] Nattaya Srisuk: Thank you ka 🙏🙏
"""
case("p14_whatsapp_go_ahead", ["RG002"],
     "scope complete earlier in chat, but buyer's later 'go ahead' names neither samples nor a quantity",
     [("WhatsApp Chat with Nattaya Srisuk.txt", txt(_c))])


# E2: "Approved - please proceed." in a reply thread
_t = """Dear Nilesh,

the rose tone (photo 2) is the one we want. Approved - please proceed.

Regards,
Giulia
""" + sig("Giulia Moretti", "Ufficio Acquisti", "Orafo Bellini S.r.l., Via del Castagnone 12, 15048 Valenza (AL)",
          "+39 0131 955 210") + """
Il giorno gio 2 mag 2024 alle ore 07:12 Nilesh Shah <nilesh@kalpanajewels.in> ha scritto:
""" + quote("""Dear Madam,

Greetings! We have done plating trial in 3 tones for "Onda" earrings as per your PO OB-PO-24-131, photos attached. Kindly confirm which tone to use.

Regards
Nilesh

On Mon, 22 Apr 2024 at 15:40, Giulia Moretti <giulia.moretti@orafobellini.it> wrote:
""" + quote("""Dear Nilesh,

please find our PO OB-PO-24-131: 10 pre-production pairs of "Onda" earrings only. The production of 600 pairs is not released until our sample sign-off in Valenza and a written production release by Davide Ferraro, Direttore Produzione. Silver for the 10 pairs only.

Giulia"""))
case("p15_approved_please_proceed", ["RG002"],
     "quoted buyer PO is fully scoped, but the new reply 'Approved - please proceed.' names neither sample-only nor a quantity",
     [("Re_Onda_plating_tones.eml", eml_bytes(mail(
         "Giulia Moretti <giulia.moretti@orafobellini.it>", "Nilesh Shah <nilesh@kalpanajewels.in>",
         "Re: Onda earrings - plating tones", "Thu, 02 May 2024 09:05:00 +0200", _t,
         in_reply_to="<KJ-0502-0712@kalpanajewels.in>")))])


# E3: review form "APPROVED - good to run"
case("p16_review_form_good_to_run", ["RG002"],
     "review form decision 'APPROVED - good to run' is unscoped; PO scope line on the form is otherwise complete",
     [("DRF-0457_Hilal_pendant.pdf", pdf([
         ("h1", "CAD / SAMPLE REVIEW FORM DRF-0457"),
         ("p", "Al Noor Jewellers LLC - Design & Merchandising - Gold Souk, Deira, Dubai, UAE"),
         ("table", [["Field", "Entry"],
                    ["Style", "ANJ-P-88 'Hilal' crescent pendant, 18K yellow, pave diamonds 1.5 mm"],
                    ["Supplier", "Kalpana Jewels LLP, SEEPZ Mumbai"],
                    ["PO", "ANJ-PO-24-0402: 6 sample pcs. Production 240 pcs not released until sample sign-off "
                           "in Dubai and written release by Rashid Al Suwaidi, General Manager."],
                    ["Reviewed", "CAD render v4, received 29/04/2024"],
                    ["Comments", "Reduce bail by 0.3 mm; open the crescent tip 0.2 mm; stone size 1.5 mm OK"],
                    ["Decision", "APPROVED - good to run"],
                    ["Reviewed by", "Fatima Al Zarooni, Merchandiser, 02/05/2024"]]),
         ("p", "Please return the revised CAD with the weight estimate."),
     ], title="DRF-0457", author="Al Noor Jewellers"))])


# E4: WeChat - deposit paid, green light
_c = """
WeChat chat history with 曾慧 Winnie Tsang (Harbour Gem & Pearl)
Exported by Megan Ortiz, 2024-05-02

2024-04-26 09:12  Megan Ortiz
Hi Winnie, PO SP-24-1402 sent: 15 sample strands only (Akoya 7-7.5mm, 18in). The 585 are on hold until I sign off the samples and send you the written release

2024-04-26 09:40  曾慧 Winnie Tsang
Received Megan, thanks! Will arrange

2024-05-01 16:05  曾慧 Winnie Tsang
Dear Megan, any update on the deposit? Factory is waiting 🙏

2024-05-02 08:47  Megan Ortiz
deposit paid yesterday, green light 👍

2024-05-02 08:50  曾慧 Winnie Tsang
👍👍 thank you
"""
case("p17_wechat_deposit_green_light", ["RG002", "RG012"],
     "scope complete, then buyer answers the deposit chase with 'deposit paid yesterday, green light' - unscoped and payment used as the go signal",
     [("wechat_HarbourGem_SP-24-1402.txt", txt(_c))])


# E5: design approved + offer approved -> go ahead
_t = """Ciao Marco,

good news! The design of the new "Riva" chain is approved by our creative director, and your offer OF-24-233 is approved by our administration, so you can go ahead!

Just as a reminder, our order CDO-24-077 is for 20 m of sample chain; the production of 400 m is not released until the sample sign-off and the written release of Paolo Conti (Direttore Operativo).

Let me know when you can send the 20 m, we would like to show it at VicenzaOro.

Un abbraccio,
Francesca
""" + sig("Francesca Galli", "Buyer", "Ca' d'Oro Gioielli S.r.l., Via della Spiga 22, 20121 Milano", "+39 02 7600 1122")
case("p18_design_and_offer_approved", ["RG002", "RG009"],
     "'approved' used for design (technical) and for the offer (commercial), then an unscoped 'you can go ahead'",
     [("Riva_chain_good_news.eml", eml_bytes(mail(
         "Francesca Galli <f.galli@cadoro-gioielli.it>", "Marco Lazzeri <m.lazzeri@catenificioarno.it>",
         "Catena Riva - ok!", "Thu, 02 May 2024 12:30:00 +0200", _t, html=simple_html(_t))))])


# F1: supplier booked gold for the full balance to protect the price
_t = """Dear Khun Priya,

Good morning. The 6 sample pairs will be ready Friday, polishing now.

For your information, gold price is going up very fast this month so we already booked 18K grain for the full 400 pairs with our bullion dealer (YLG) to protect your price. Hope this is helpful for you. We keep it in our safe until you confirm.

Best regards,
Somchai Wongsakul
Sales Manager
Siam Precious Casting Co., Ltd.
+66 2 234 5518

On Mon, 22 Apr 2024 at 16:02, Priya Shah <priya.shah@hartleyvane.co.uk> wrote:
""" + quote("""Dear Khun Somchai,

PO HV-PO-24-0451 attached: 6 sample pairs of the Oval cufflinks (18ct yellow, engine-turned). The production quantity of 400 pairs is not released - it stays on hold until our London QC signs off the samples and I send you a written release.

Material authority: samples only.

Kind regards,
Priya Shah
Senior Buyer, Hartley & Vane Ltd""")
case("p19_gold_booked_full_lot", ["RG006"],
     "quoted PO is fully scoped with material authority samples-only; supplier booked 18K grain for the full 400 pairs",
     [("Re_HV-PO-24-0451_cufflinks.eml", eml_bytes(mail(
         "Somchai Wongsakul <somchai@siamprecious.co.th>", "Priya Shah <priya.shah@hartleyvane.co.uk>",
         "Re: HV-PO-24-0451 Oval cufflinks samples", "Thu, 02 May 2024 08:20:00 +0700", _t,
         in_reply_to="<HV-0422-1602@hartleyvane.co.uk>")))])


# F2: WeChat - leather cut for all straps
_c = """
WeChat chat history - 刘薇 Vivian Liu (Everbright Leather) / Lukas Brunner (Kessler Fine Watches)

2024-04-24 10:05  Lukas Brunner
Hello Vivian, PO KFW-24-0502 = 12 sample straps only (K-38 Limmat, 20mm, cognac)

2024-04-24 10:06  Lukas Brunner
Balance 1,188 on hold until Andrea Kessler signs off the samples in Zurich and sends the written release. Leather only for the 12 samples please

2024-04-24 10:30  刘薇 Vivian Liu
ok Lukas noted 👌

2024-05-02 17:12  刘薇 Vivian Liu
Lukas, samples finish tomorrow. To save time we already cut the leather for all 1200 straps, the hides from Italy very good quality, can start stitching anytime 😊

2024-05-02 17:40  Lukas Brunner
Please do not stitch anything beyond the 12 samples.
"""
case("p20_wechat_leather_cut_all", ["RG006"],
     "scope complete (12 samples, leather for 12 only); supplier already cut leather for all 1200 straps",
     [("wechat_Everbright_KFW-24-0502.txt", txt(_c))])


# F3: supplier tracking page - blanks staged for the full order
_b = """<h2>Shenzhen ClearSky Crystal Co., Ltd. &mdash; Customer order tracking</h2>
<p>Customer: Tempora Uhren AG, Biel &nbsp;|&nbsp; Customer PO: <b>TU-PO-24-0702</b> &nbsp;|&nbsp; Item: sapphire crystal, flat, 30.0 x 2.0 mm, AR both sides</p>
<table>
<tr><th>Topic</th><th>Status</th></tr>
<tr><td>Customer PO scope (per PO text)</td><td>50 sample crystals released; balance 1,950 on hold &mdash; release by B. Moser (COO) in writing after sample sign-off</td></tr>
<tr><td>Customer material authority</td><td>samples only</td></tr>
<tr><td>Samples</td><td>50 pcs polished, AR coating 03 May, ship 06 May</td></tr>
<tr><td>Material staged</td><td>sapphire blanks 2,000 pcs cut &amp; lapped, reserved for this order</td></tr>
</table>
<p class="note">Blanks were cut in one lot to keep the same boule batch for colour consistency.</p>
<p>Account manager: Jason Wu &middot; jason.wu@clearsky-crystal.cn</p>"""
case("p21_tracker_blanks_staged", ["RG006"],
     "supplier tracker: 50 samples released, authority samples-only, but 2,000 sapphire blanks cut and reserved",
     [("ClearSky_tracking_TU-PO-24-0702.html", html_page("Order tracking TU-PO-24-0702", _b))])


# =================================================================== POSITIVE (batch 4)

# F4: supplier production plan - forecast booked as firm, blanks bought for it
case("p22_plan_forecast_firm_blanks", ["RG006", "RG008"],
     "supplier plan books buyer's non-binding Q4 forecast of 3,000 as firm order and has bought 3,000 dial blanks; only 60 samples released",
     [("PP-GD-24-031_production_plan.docx", docx_bytes([
         ("h1", "Production Plan PP-GD-24-031"),
         ("p", "Golden Dragon Dial Co., Ltd., Bao'an District, Shenzhen, China"),
         ("p", "Customer: Harbour Time Ltd, Kwun Tong, Hong Kong - Attn. Mr Kenny Chan - prepared by Lily Zhang, "
               "02/05/2024"),
         ("table", [["Item", "Quantity", "Status"],
                    ["PO HT-24-117 sample dials HT-Marina (released)", "60", "printing, ship 15 May"],
                    ["Customer Q4 dials HT-Marina (your forecast mail 18 April)", "3,000", "firm order - scheduled Sep/Oct"],
                    ["Dial blanks, brass CuZn37, 0.4 mm", "3,000", "purchased, in stock"],
                    ["Super-LumiNova C3", "3 kg", "ordered"]]),
         ("p", "As per your forecast mail of 18 April (Q4 forecast 3,000 dials, non-binding) we have entered the "
               "3,000 dials as your firm order for Q4 and purchased the brass blanks for all of them, so we are "
               "ready for your Q4 requirement."),
         ("p", "Please check and reply if any change."),
         ("p", "Lily Zhang - Sales"),
     ], author="Lily Zhang"))])


# F5: supplier - advance taken as go-ahead, gold bought for full lot, roll into balance on sample approval
_t = """Dear Madam,

Greetings from Jaipur!

We are in receipt of your advance payment of AED 12,000 - thank you. Taking this as your go-ahead, we have purchased 22K gold (approx. 9.6 kg) for the full 150 sets of the "Noor Majlis" necklace and our karigars are ready.

Once Sir approves the 6 samples we will straight away roll into the balance 144 sets, so that you get the goods well before Eid. No need to send separate paper, we understand the urgency.

Thanking you,
Rakesh Agarwal
Director, Jaipur Gem Craft Pvt. Ltd.

On 24/04/2024 13:10, Fatima Al Zarooni wrote:
""" + quote("""Dear Rakesh ji,

Please find attached PO ANJ-PO-24-0377 for 6 sample sets of Noor Majlis only. The other 144 sets are not released until our sample sign-off in Dubai and a written production release from Mr Rashid Al Suwaidi, General Manager. Gold for the 6 samples only.

The advance for the samples will be transferred this week.

Regards,
Fatima Al Zarooni
Merchandiser, Al Noor Jewellers LLC""")
case("p23_advance_gold_roll_into", ["RG006", "RG007", "RG012"],
     "supplier takes the sample advance as go-ahead, buys gold for all 150 sets, and will roll into the 144 on sample approval without paper",
     [("Re_PO_ANJ-PO-24-0377_Noor_Majlis.eml", eml_bytes(mail(
         "Rakesh Agarwal <rakesh@jaipurgemcraft.in>", "Fatima Al Zarooni <fatima@alnoorjewellers.ae>",
         "Re: PO ANJ-PO-24-0377 Noor Majlis samples", "Thu, 02 May 2024 12:15:00 +0530", _t,
         html=simple_html(_t), in_reply_to="<ANJ-0424-1310@alnoorjewellers.ae>")))])


# F6: multi-file - ERP PO for 40, supplier confirms 50 and orders bar stock for 800
_e = """
VARENNE HORLOGERIE SA                            COMMANDE / PURCHASE ORDER
Rue de la Cote 14, 2400 Le Locle                 No VH-PO-24-0219
--------------------------------------------------------------------------
Date       : 02.05.2024          Fournisseur : 30118 KOWLOON WATCH CASE
Acheteur   : N. PERRET           Devise      : CHF
--------------------------------------------------------------------------
Pos Article      Designation                                 Qte    Prix
010 VH-C42-PS    Boite VH-C42 316L 42mm pre-serie             40   88.00
--------------------------------------------------------------------------
NOTE:
 PRE-SERIE 40 PCS SEULEMENT / PRE-SERIES 40 PCS ONLY.
 SERIE 760 PCS NON LIBEREE / SERIES 760 PCS NOT RELEASED - ON HOLD
 UNTIL FAI SIGN-OFF IN LE LOCLE AND WRITTEN RELEASE SIGNED BY
 CLAUDE JEANNERET, DIRECTEUR TECHNIQUE.
 MATERIAL AUTHORITY: PRE-SERIES ONLY (40 PCS).
 DRAWING VH-C42-100 IND. E; ISO 22810 10 BAR.
--------------------------------------------------------------------------
"""
case("p24_po_and_confirmation_mismatch", ["RG006", "RG011"],
     "two files: PO releases 40 pre-series (material pre-series only); supplier confirmation states 50 and bar stock ordered for 800",
     [("VH-PO-24-0219.txt", txt(_e)),
      ("KWC-OC-24-233.pdf", pdf([
          ("h1", "ORDER CONFIRMATION KWC-OC-24-233"),
          ("p", "Kowloon Watch Case Manufactory Ltd. - 9/F, Kwun Tong Industrial Centre, 472 Kwun Tong Road, "
                "Kowloon, Hong Kong"),
          ("p", "To: Varenne Horlogerie SA, Le Locle - Attn. Mr Nicolas Perret - Your PO VH-PO-24-0219 - "
                "Date: 6 May 2024"),
          ("table", [["Item", "Description", "Confirmed qty", "Delivery"],
                     ["1", "Case VH-C42, 316L, 42 mm, pre-series, drawing VH-C42-100 ind. E", "50 pcs", "week 25"]]),
          ("p", "Series: awaiting your release."),
          ("p", "Material: 316L bar stock (Ugitech, 1.4435) ordered for 800 cases to secure the mill slot; "
                "delivery to our plant week 21."),
          ("p", "Alan Wong - Sales Manager"),
      ], title="KWC-OC-24-233", author="Kowloon Watch Case"))])


# F7: multi-file - call-off 100 m with staged authority 200 m; supplier reads 120 m and buys gold for 500 m
_m = mail("Hitesh Mehta <hitesh@shreejichains.in>", "Omar Khalifa <omar.khalifa@daralzahab.ae>",
          "Re: Call-off CO-3 DAZ-BO-24-002", "Fri, 03 May 2024 10:25:00 +0530",
          """Dear Sir,

Received with thanks your call-off 3 for 120 m of the 21K Singapore chain 1.8 mm.

To run continuously through Ramadan we have purchased gold for 500 m, our machines are free this month. Dispatch of the 120 m by 25th May, weight list to follow.

Regards,
Hitesh Mehta
Shreeji Chains Pvt. Ltd.
Zaveri Bazaar, Mumbai 400002
""")
case("p25_calloff_and_supplier_reply", ["RG006", "RG011"],
     "two files: call-off releases 100 m with staged gold authority to 200 m; supplier reply says 120 m and gold bought for 500 m",
     [("CO-3_DAZ-BO-24-002.pdf", pdf([
         ("h1", "CALL-OFF CO-3"),
         ("p", "Dar Al Zahab Trading LLC - Hamdan Street, Abu Dhabi, UAE - Procurement"),
         ("p", "Supplier: Shreeji Chains Pvt. Ltd., Zaveri Bazaar, Mumbai - blanket order DAZ-BO-24-002 - "
               "21K Singapore chain 1.8 mm - Date: 02/05/2024"),
         ("table", [["Document", "Metres", "Status"],
                    ["Blanket order DAZ-BO-24-002", "1,000", "commercial cover"],
                    ["CO-1", "150", "delivered"],
                    ["CO-2", "150", "delivered"],
                    ["CO-3 (this call-off)", "100", "released for production"],
                    ["Remaining blanket", "600", "NOT released"]]),
         ("p", "This call-off releases 100 m. The remaining 600 m are not released until the next call-off, "
               "signed by Omar Khalifa, Procurement."),
         ("p", "Material authority (staged): gold for up to 200 m at our liability - the 100 m of this call-off plus "
               "100 m staging for CO-4. Any gold beyond 200 m is at the supplier's risk."),
         ("p", "Omar Khalifa - Procurement"),
     ], title="CO-3", author="Dar Al Zahab")),
      ("Re_Call-off_CO-3.eml", eml_bytes(_m))])


# G1: buyer spec sheet contradicts its own written-release rule, 'approval' for two things
case("p26_spec_approval_counts", ["RG007", "RG009"],
     "spec sheet states written release by D. Lindqvist, then says design-team approval of PP samples counts as approval to produce the 392",
     [("Spec_Celeste_LC-R-CEL.docx", docx_bytes([
         ("h1", "Product Spec Sheet - Celeste Stacking Ring (LC-R-CEL)"),
         ("p", "Lumen & Co. Jewelry, New York - Vendor: Siam Precious Casting Co., Ltd., Bangkok"),
         ("table", [["Attribute", "Spec"],
                    ["Metal", "14K yellow gold, 585, nickel-free"],
                    ["Stones", "3 x lab-grown diamond 2.0 mm, F/VS, 4-prong"],
                    ["Band", "1.6 mm x 1.4 mm, comfort fit"],
                    ["Sizes", "US 5 - 8"],
                    ["Stamp", "14K + LUMEN logo inside"]]),
         ("h", "Order"),
         ("p", "PO LC-4588: 8 PP samples (2 per size). The 392 production rings are not released until our QA signs "
               "off the samples and Derek Lindqvist (VP Operations) sends the written production release."),
         ("h", "Approval process"),
         ("p", "Approval of the PP samples by our design team also counts as approval to produce the 392 - the factory "
               "does not need to wait for paperwork."),
         ("p", "Owner: Kayla Brooks, Sourcing Manager"),
     ], author="Kayla Brooks"))])


# G2: supplier acknowledgement - will continue directly into the balance on sample approval
_t = """Gentile Giulia,

we confirm your order OB-PO-24-140 for 15 m of sample chain "Brezza", delivery 20 May.

Upon your approval of the samples we will continue directly with the 585 m balance, so the collection launch in September is safe; we have reserved the machine for June.

Cordiali saluti,
Marco Lazzeri
Ufficio Commerciale - Catenificio Arno S.r.l.
Via Fiorentina 210, 52100 Arezzo

Il 29/04/2024 10:55, Giulia Moretti ha scritto:
""" + quote("""Gentile Marco,

in attachment our order OB-PO-24-140: 15 m of sample chain only. The 585 m balance is not released until our sample sign-off in Valenza and the written production release of Davide Ferraro. Gold only for the 15 m.

Giulia""")
case("p27_ack_continue_directly", ["RG007"],
     "quoted order fully scoped; supplier confirms and says it will continue directly with the 585 m on sample approval",
     [("Conferma_OB-PO-24-140.eml", eml_bytes(mail(
         "Marco Lazzeri <m.lazzeri@catenificioarno.it>", "Giulia Moretti <giulia.moretti@orafobellini.it>",
         "Conferma ordine OB-PO-24-140 catena Brezza", "Thu, 02 May 2024 16:40:00 +0200", _t,
         in_reply_to="<OB-0429-1055@orafobellini.it>")))])


# G3: WhatsApp - buyer waives his own written release on the fly
_c = """
[22/04/2024, 10:02:11] Omar Khalifa: Salam Nattaya, PO DAZ-PO-24-0977 sent. 5 sample bangles only, 21K, design DAZ-B-40
[22/04/2024, 10:03:05] Omar Khalifa: Production 195 pcs not released. Mariam signs off the samples here in Abu Dhabi, then I send you written release. Without my written release no production please
[22/04/2024, 11:15:40] Nattaya Srisuk: Sawasdee ka khun Omar, noted ka 🙏 5 sample only
[02/05/2024, 09:20:12] Nattaya Srisuk: Samples ship tomorrow by Brinks ka
[02/05/2024, 09:48:30] Omar Khalifa: Great. I am travelling to the Hong Kong show from Sunday for 2 weeks
[02/05/2024, 09:49:02] Omar Khalifa: If Mariam likes the samples when they land, no need to wait for paper from me - just continue the rest 👍 we need the stock before Eid
[02/05/2024, 09:50:15] Nattaya Srisuk: Ok ka noted 🙏
"""
case("p28_whatsapp_no_need_to_wait", ["RG007"],
     "buyer's own rule is written release by him; later says if Mariam likes the samples just continue the rest without paper",
     [("WhatsApp Chat with Omar Khalifa.txt", txt(_c))])


# G4: supplier order confirmation with deemed-approval / automatic series clause
case("p29_confirmation_deemed_approval", ["RG007"],
     "supplier confirmation restates hold but its terms say samples are deemed approved after 5 days and series starts automatically",
     [("AV-OC-24-310.pdf", pdf([
         ("h1", "CONFERMA D'ORDINE / ORDER CONFIRMATION AV-OC-24-310"),
         ("p", "Astucci Veneti S.r.l. - Via Venezia 85, 35129 Padova, Italia - P.IVA IT01234560289"),
         ("p", "Customer: Kessler Fine Watches AG, Bahnhofstrasse 61, 8001 Zurich - your order KFW-24-0450 of "
               "29.04.2024"),
         ("table", [["Pos.", "Article", "Description", "Qty", "Unit CHF"],
                    ["1", "AV-LIM-S", "Box 'Limmat', walnut, grey felt - samples", "10", "45.00"],
                    ["2", "AV-LIM", "Box 'Limmat' - series (on hold per your order)", "490", "15.90"]]),
         ("p", "As per your order, the 490 series boxes are on hold until a written release by Ms Andrea Kessler "
               "after your sample sign-off."),
         ("h", "Condizioni generali di vendita / General terms of sale (extract)"),
         ("p", "Art. 7 - Samples. Unless the Customer objects in writing within 5 working days of delivery of the "
               "samples, the samples are deemed approved and series production starts automatically for the "
               "quantity stated in this order confirmation."),
         ("p", "Art. 9 - Retention of title. Goods remain the property of Astucci Veneti until paid in full."),
         ("p", "Art. 12 - Jurisdiction: Padova, Italian law."),
         ("p", "Elena Zanon - Ufficio Commerciale"),
     ], title="AV-OC-24-310", author="Astucci Veneti"))])


# G5: supplier order tracker with auto-start step
_b = """<h2>Kalpana Jewels LLP &mdash; Order Tracker</h2>
<p>Customer: Hartley &amp; Vane Ltd, London &nbsp;|&nbsp; Order: <b>HV-PO-24-0502</b> &nbsp;|&nbsp; Style HV-ST-09 "Halo" studs, 925 silver, CZ 4 mm</p>
<div class="note">Customer instruction (from PO): 6 sample pairs only; 294 pairs not released until sample sign-off in London and written release by Priya Shah.</div>
<table>
<tr><th>Step</th><th>Activity</th><th>Status</th></tr>
<tr><td>1</td><td>CAD</td><td>done 18/04</td></tr>
<tr><td>2</td><td>Samples (6 pairs)</td><td>in progress</td></tr>
<tr><td>3</td><td>Sample approval by customer</td><td>pending</td></tr>
<tr><td>4</td><td>Production 294 pairs</td><td>auto-start on sample approval</td></tr>
<tr><td>5</td><td>Dispatch</td><td>planned wk 27</td></tr>
</table>
<p>Merchandiser: Nilesh Shah &middot; nilesh@kalpanajewels.in</p>"""
case("p30_tracker_auto_start", ["RG007"],
     "supplier tracker shows the customer's hold but schedules production of the 294 pairs to auto-start on sample approval",
     [("Kalpana_tracker_HV-PO-24-0502.html", html_page("Order Tracker HV-PO-24-0502", _b))])


# G6: buyer email thread - roll straight into the balance once the assay is fine
_t = """Hi Winnie,

Quick update: the clasp samples are with the assay lab (14K check). Once the assay comes back fine you can roll straight into the 990 - no need to wait on Daniel's paperwork, we're super tight on time for the holiday catalog.

Thanks!
Megan
""" + sig("Megan Ortiz", "Buyer", "Sable & Pearl Inc., 811 S Hill St, Los Angeles, CA 90014", "+1 213 555 0162") + """
On Apr 23, 2024, at 9:14 AM, Megan Ortiz <megan@sableandpearl.com> wrote:
""" + quote("""Hi Winnie,

PO SP-24-1451 attached: 10 sample strands (Akoya 6.5-7 mm, 16 in, 14K clasp). The 990 production strands are not released until our QA signs off the samples and Daniel Reyes, Director of Product, sends you the written production release.

Thanks,
Megan""")
case("p31_roll_straight_after_assay", ["RG007"],
     "buyer's earlier PO requires written release by D. Reyes; her follow-up says roll straight into the 990 once the assay is fine",
     [("Re_SP-24-1451_assay.eml", eml_bytes(mail(
         "Megan Ortiz <megan@sableandpearl.com>", "Winnie Tsang <winnie@harbourgempearl.com.hk>",
         "Re: PO SP-24-1451 Akoya samples", "Thu, 02 May 2024 18:03:00 -0700", _t, html=simple_html(_t),
         in_reply_to="<SP-0423-0914@sableandpearl.com>")))])


# H1: forecast to be booked as firm order
_t = """Dear Hitesh bhai,

Sample order DAZ-PO-24-0611: 10 m of 21K Singapore chain 1.8 mm, for our sample sign-off. The production quantity is not released until Mariam Al Mazrouei signs off the samples and sends you the written production release.

Separately, for your planning: our 2025 forecast for this chain is 3,000 m. Please book it as our firm order for 2025 so your capacity is reserved for us.

Regards,
Omar Khalifa
Procurement, Dar Al Zahab Trading LLC
Hamdan Street, Abu Dhabi
"""
case("p32_forecast_book_as_firm", ["RG008"],
     "sample order fully scoped, but the 2025 forecast of 3,000 m is to be booked 'as our firm order'",
     [("DAZ-PO-24-0611_Singapore_chain.eml", eml_bytes(mail(
         "Omar Khalifa <omar.khalifa@daralzahab.ae>", "Hitesh Mehta <hitesh@shreejichains.in>",
         "DAZ-PO-24-0611 sample chain + 2025 forecast", "Thu, 02 May 2024 10:00:00 +0400", _t)))])


# H2: buy plan - forecast quantities stated as confirmed order
case("p33_buy_plan_confirmed", ["RG008"],
     "seasonal buy plan labels AW24 forecast quantities 'Confirmed order' while style POs are still to follow",
     [("Buy_plan_AW24_Siam.pdf", pdf([
         ("h1", "SEASONAL BUY PLAN AW24"),
         ("p", "Hartley & Vane Ltd - Merchandise Planning - supplier: Siam Precious Casting Co., Ltd. - issued "
               "2 May 2024 - planner: Sophie Grant"),
         ("table", [["Style", "Description", "AW24 forecast qty", "Status"],
                    ["HV-SR-07", "Signet ring 9ct YG", "600", "Confirmed order"],
                    ["HV-BR-14", "Knot bangle 9ct RG", "300", "Confirmed order"],
                    ["HV-PD-03", "Knot pendant 9ct YG", "450", "Confirmed order"]]),
         ("p", "The AW24 forecast quantities above are our confirmed order for the season. Please reserve casting "
               "capacity for August to October accordingly. Individual purchase orders per style will follow."),
         ("p", "Sophie Grant - Merchandise Planner"),
     ], title="Buy plan AW24", author="Hartley & Vane"))])


# H3: supplier turns a non-binding forecast into a firm order
_t = """Dear Lukas,

Thank you for your forecast. We confirm your firm order of 5,000 straps for 2024 as per your forecast of 3 March, and have reserved our cutting and stitching capacity from May to July for you.

Please advise the delivery split by model.

Best regards,
Vivian Liu
Sales Manager, Everbright Leather Products Co., Ltd.
Houjie Town, Dongguan

On 03/03/2024 14:20, Lukas Brunner wrote:
""" + quote("""Dear Vivian,

For your capacity planning, our non-binding forecast for 2024: about 5,000 straps across the K-38 and K-41 ranges. This is not an order; purchase orders follow per model.

Best regards,
Lukas Brunner
Kessler Fine Watches AG""")
case("p34_supplier_confirms_forecast", ["RG008"],
     "buyer's quoted forecast is non-binding; supplier replies confirming 'your firm order of 5,000 straps'",
     [("Re_Forecast_2024_straps.eml", eml_bytes(mail(
         "Vivian Liu <vivian@everbright-leather.cn>", "Lukas Brunner <l.brunner@kessler-watches.ch>",
         "Re: Forecast 2024 straps", "Thu, 02 May 2024 09:30:00 +0800", _t,
         in_reply_to="<KFW-0303-1420@kessler-watches.ch>")))])


# H4: buyer portal forecast screen marked committed / binding
_b = """<h2>Tempora Uhren AG &mdash; Supplier Portal</h2>
<p>Supplier: Kowloon Watch Case Manufactory Ltd. (30087) &nbsp;|&nbsp; Screen: <b>Forecast 2025</b> &nbsp;|&nbsp; Published 02.05.2024</p>
<div class="note"><b>Status: COMMITTED.</b> The forecast quantities below are a binding purchase commitment of Tempora Uhren AG for 2025.</div>
<table>
<tr><th>Case</th><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th><th>2025 forecast (committed)</th></tr>
<tr><td>TU-C38</td><td>300</td><td>300</td><td>300</td><td>300</td><td>1'200</td></tr>
<tr><td>TU-C40</td><td>600</td><td>600</td><td>600</td><td>600</td><td>2'400</td></tr>
<tr><td>TU-C42</td><td>200</td><td>200</td><td>200</td><td>200</td><td>800</td></tr>
</table>
<p>Contact: Jonas Kaelin, Einkauf &middot; +41 32 344 12 00</p>"""
case("p35_portal_forecast_committed", ["RG008"],
     "buyer portal forecast screen marked COMMITTED: forecast quantities written as a binding purchase commitment",
     [("Tempora_portal_forecast_2025.html", html_page("Forecast 2025", _b))])


# =================================================================== POSITIVE (batch 5)

# I1: 'approval' used for technical, commercial and production
_t = """Dear Alan,

Approval status for VH-C39, so that we are on the same page:

- Technical: the 30 pre-series cases passed our FAI dimensional check, so technically they are approved.
- Commercial: the revised PO for the series is with our finance department for approval.
- Production: approval for the 570 series cases will follow once both are done. I will send it to you in writing.

Until then the 570 stay on hold; please do not machine anything beyond the 30 pre-series cases.

Best regards,
Nicolas Perret
Acheteur / Buyer
Varenne Horlogerie SA, Rue de la Cote 14, 2400 Le Locle
+41 32 933 50 20
"""
case("p36_approval_three_meanings", ["RG009"],
     "'approval/approved' used for FAI pass, finance sign-off of the PO and production release; scope otherwise complete (30 active, 570 held, sender releases)",
     [("VH-C39_status.eml", eml_bytes(mail(
         "Nicolas Perret <n.perret@varenne-horlogerie.ch>", "Alan Wong <alan.wong@kowloonwatchcase.com.hk>",
         "VH-C39 - approval status", "Thu, 02 May 2024 13:25:00 +0200", _t, html=simple_html(_t))))])


# I2: PO status RELEASED (commercial) next to production release wording
case("p37_po_status_released", ["RG009"],
     "PO header 'Status: RELEASED (Administration)' for the commercial document beside 'production release' for the 8 samples",
     [("ODA_CDO-24-092.pdf", pdf([
         ("h1", "ORDINE DI ACQUISTO / PURCHASE ORDER CDO-24-092"),
         ("p", "Ca' d'Oro Gioielli S.r.l. - Via della Spiga 22, 20121 Milano - P.IVA IT09876540152"),
         ("p", "Supplier: Siam Precious Casting Co., Ltd., Bangkok - Attn. Khun Nattaya Srisuk"),
         ("p", "Status: RELEASED 02/05/2024 (Administration) - budget code MKT-FW24 - currency EUR"),
         ("table", [["Pos.", "Articolo", "Descrizione", "Q.ta", "Prezzo EUR"],
                    ["10", "CDO-AN-31", "Anello 'Riva' oro 750 rosa, pave - campione / sample", "8", "210,00"]]),
         ("p", "Production release: only the 8 sample rings are released. The 392 production rings are not released "
               "until our sample sign-off in Milano and a written production release by Paolo Conti, Direttore "
               "Operativo."),
         ("p", "Material: gold for the 8 samples only."),
         ("p", "Francesca Galli - Buyer"),
     ], title="CDO-24-092", author="Ca' d'Oro Gioielli"))])


# I3: PO 'released' on the system + advance paid -> production 'released'
_t = """Hi Ploy,

Quick one - PO MA-0433 is now released on our system and the advance went out this morning, so the 114 production pendants are released too. Tom's away at the fair this week so I'm handling it.

Thanks!
Hannah

Hannah Price | Studio Manager | Marlowe Atelier
Vyse Street, Jewellery Quarter, Birmingham B18 6LT

On Mon, 22 Apr 2024 at 09:40, Tom Marlowe <tom@marloweatelier.co.uk> wrote:
""" + quote("""Hi Ploy,

PO MA-0433 attached: 6 sample "Tide" pendants only (925, hammered). The 114 production pieces are not released. Hannah checks the samples; if she signs them off I'll send you a written release for the 114 myself.

Tom Marlowe""")
case("p38_released_on_system_advance", ["RG009", "RG012"],
     "'released' used for the PO in the ERP and for production; advance payment given as the reason the 114 are released",
     [("Re_MA-0433_Tide_pendants.eml", eml_bytes(mail(
         "Hannah Price <hannah@marloweatelier.co.uk>", "Ploy Chaiyaporn <ploy@chiangmaisilverworks.co.th>",
         "Re: PO MA-0433 Tide pendants", "Thu, 02 May 2024 10:48:00 +0100", _t,
         in_reply_to="<MA-0422-0940@marloweatelier.co.uk>")))])


# J1: words vs table
case("p39_po_words_vs_table", ["RG011"],
     "PO text says twelve (12) sample dials, the line table says 15",
     [("PO_KFW-24-0519.pdf", pdf([
         ("h1", "PURCHASE ORDER KFW-24-0519"),
         ("p", "Kessler Fine Watches AG, Bahnhofstrasse 61, 8001 Zurich, Switzerland"),
         ("p", "Supplier: Golden Dragon Dial Co., Ltd., Bao'an District, Shenzhen - Attn. Ms Lily Zhang"),
         ("p", "Date: 2 May 2024 - Currency: CHF - Incoterm: FCA Shenzhen"),
         ("p", "This purchase order is for twelve (12) sample dials, ref. K-41 'Sihl', black lacquer, gilt print."),
         ("table", [["Pos.", "Article", "Description", "Qty", "Unit CHF"],
                    ["10", "KFW-D41-S", "Dial K-41 Sihl, black lacquer, gilt print - sample", "15", "18.00"]]),
         ("p", "The production quantity of 600 dials is not released. It is released only after our sample sign-off "
               "in Zurich and a written production release by Andrea Kessler, Managing Director."),
         ("p", "Material authority: sample dials only."),
         ("p", "Lukas Brunner - Buyer"),
     ], title="PO KFW-24-0519", author="Kessler Fine Watches"))])


# J2: multi-file - PO 24 vs WhatsApp 30
_c = """
[02/05/2024, 11:02:15] Giulia Moretti: Hi Nilesh, PO OB-PO-24-151 sent by email
[02/05/2024, 11:02:48] Giulia Moretti: For the Onda pendant please make 30 pre-production pieces, 10 per length, we need some for the press kit
[02/05/2024, 11:03:30] Giulia Moretti: Production stays on hold as written in the PO
[02/05/2024, 11:20:05] Nilesh Shah: Noted madam 🙏 will start casting Monday
"""
case("p40_po_vs_whatsapp_qty", ["RG011"],
     "two files: PO authorises 24 pre-production pieces (8 per length); buyer's WhatsApp asks for 30 (10 per length), no revision",
     [("OB-PO-24-151.pdf", pdf([
         ("h1", "ORDINE / PURCHASE ORDER OB-PO-24-151"),
         ("p", "Orafo Bellini S.r.l. - Via del Castagnone 12, 15048 Valenza (AL)"),
         ("p", "Supplier: Kalpana Jewels LLP, SEEPZ-SEZ, Mumbai - Attn. Mr Nilesh Shah - Date: 02.05.2024"),
         ("table", [["Pos.", "Articolo", "Descrizione", "Q.ta"],
                    ["1", "OB-PD-221-40", "Pendente 'Onda' 925 rosa, catena 40 cm - pre-produzione", "8"],
                    ["2", "OB-PD-221-45", "Pendente 'Onda' 925 rosa, catena 45 cm - pre-produzione", "8"],
                    ["3", "OB-PD-221-50", "Pendente 'Onda' 925 rosa, catena 50 cm - pre-produzione", "8"],
                    ["", "", "Totale pre-produzione", "24"]]),
         ("p", "The production quantity of 900 pieces is not released until our sample sign-off in Valenza and a "
               "written production release by Davide Ferraro, Direttore Produzione."),
         ("p", "Material: silver for the 24 pre-production pieces only."),
         ("p", "Giulia Moretti - Ufficio Acquisti"),
     ], title="OB-PO-24-151", author="Orafo Bellini")),
      ("WhatsApp Chat with Nilesh Shah.txt", txt(_c))])


# J3: email says 50 sample straps, attached DOCX order says 60
_d = docx_bytes([
    ("h1", "Bestellung / Order TU-PO-24-0733"),
    ("p", "Tempora Uhren AG, Solothurnstrasse 120, 2504 Biel/Bienne - Supplier: Everbright Leather Products Co., "
          "Ltd., Dongguan - Date: 02.05.2024"),
    ("table", [["Pos.", "Article", "Description", "Qty", "Unit CHF"],
               ["10", "TU-ST-JURA-BK", "Strap 'Jura' 20/18 mm, alligator-grain calf, black - sample", "30", "21.00"],
               ["20", "TU-ST-JURA-BR", "Strap 'Jura' 20/18 mm, alligator-grain calf, brown - sample", "30", "21.00"],
               ["", "", "Total sample straps", "60", ""]]),
    ("p", "Series quantity: not released. The series is released only after our sample sign-off in Biel and a "
          "written release by Beatrice Moser, COO."),
    ("p", "Material authority: leather for the sample straps only."),
    ("p", "Jonas Kaelin - Einkauf"),
], author="Jonas Kaelin")
_t = """Dear Vivian,

Please find attached our order TU-PO-24-0733 for the "Jura" straps: please start the 50 sample straps (alligator-grain calf, 20/18 mm, black and brown).

The series of 1'950 straps is not released - it is released only after our sample sign-off in Biel and a written release by Beatrice Moser, COO. Leather for the samples only.

Best regards,
Jonas Kaelin
Einkauf, Tempora Uhren AG
"""
case("p41_email_vs_attached_order", ["RG011"],
     "email says start the 50 sample straps; attached DOCX order lists 30 + 30 = 60",
     [("TU-PO-24-0733_Jura_straps.eml", eml_bytes(mail(
         "Jonas Kaelin <j.kaelin@tempora-uhren.ch>", "Vivian Liu <vivian@everbright-leather.cn>",
         "Order TU-PO-24-0733 - Jura sample straps", "Thu, 02 May 2024 08:55:00 +0200", _t,
         attachments=[("TU-PO-24-0733.docx", _d, DOCX_MT)])))])


# J4: WhatsApp - 40 first vs PO first lot 30
_c = """
[29/04/2024, 10:15:02] Priya Shah: Hi Nilesh, for the Halo hoops can you make 40 first please
[29/04/2024, 10:15:40] Nilesh Shah: Sure madam 🙏 40 pcs first lot noted
[30/04/2024, 09:02:11] Priya Shah: PO HV-PO-24-0533 has just gone out by email. First lot 30 pcs. Balance 470 not released until our London QC signs off the first lot and I send you a written release
[30/04/2024, 09:05:20] Nilesh Shah: Received madam, thank you
[02/05/2024, 16:40:33] Nilesh Shah: Madam casting of first lot done, polishing tomorrow
"""
case("p42_whatsapp_40_vs_30", ["RG011"],
     "buyer first asks for 40, then the PO message says first lot 30 (balance 470 held); never reconciled",
     [("WhatsApp Chat with Nilesh Shah (Kalpana).txt", txt(_c))])


# J5: portal call-off header vs line quantity
_b = """<h2>Dar Al Zahab Trading LLC &mdash; Supplier Portal</h2>
<p>Call-off <b>DAZ-CO-24-019</b> under blanket DAZ-BO-24-005 &nbsp;|&nbsp; Supplier: Kalpana Jewels LLP (vendor 40233) &nbsp;|&nbsp; 02/05/2024</p>
<p><b>Released quantity: 100 pairs</b></p>
<table>
<tr><th>Line</th><th>Style</th><th>Description</th><th>Release qty</th><th>Delivery</th></tr>
<tr><td>1</td><td>DAZ-E-12</td><td>Jhumka earrings 22K, pair, meenakari</td><td>120 pairs</td><td>30/05/2024</td></tr>
</table>
<div class="note">The remainder of blanket DAZ-BO-24-005 is not released until the next call-off signed by Omar Khalifa, Procurement. Material authority: gold for this call-off only.</div>"""
case("p43_portal_header_vs_line", ["RG011"],
     "call-off page: header 'Released quantity: 100 pairs', line 'Release qty 120 pairs'",
     [("DAZ-CO-24-019.html", html_page("Call-off DAZ-CO-24-019", _b))])


# J6: multi-file - ERP call-off 1.200 m vs email 1,500 m
_e = """
CA' D'ORO GIOIELLI S.R.L.                         RICHIAMO / CALL-OFF
VIA DELLA SPIGA 22 - 20121 MILANO                 N. CDO-RC-24-004
----------------------------------------------------------------------
DATA      : 02/05/2024        FORNITORE : F0412 CATENIFICIO ARNO SRL
CONTRATTO : CDO-QC-24-001 (CONTRATTO QUADRO 6.000 M)
----------------------------------------------------------------------
POS ARTICOLO        DESCRIZIONE                          QTA'    UM
010 CDO-CH-PORTOF   CATENA PORTOFINO ORO 750 GIALLO 1,9MM  1.200  M
----------------------------------------------------------------------
QUANTITA' RILASCIATA / RELEASED QTY: 1.200 M
RESIDUO CONTRATTO NON RILASCIATO / REMAINDER NOT RELEASED -
PROSSIMO RICHIAMO FIRMATO DA PAOLO CONTI (DIR. OPERATIVO).
MATERIALE: SOLO PER QUESTO RICHIAMO / MATERIAL FOR THIS CALL-OFF ONLY.
----------------------------------------------------------------------
"""
_m = mail("Francesca Galli <f.galli@cadoro-gioielli.it>", "Marco Lazzeri <m.lazzeri@catenificioarno.it>",
          "Richiamo 4 - catena Portofino", "Thu, 02 May 2024 17:05:00 +0200",
          """Ciao Marco,

as per our call-off 4 we release 1,500 m of the Portofino chain, delivery in two parts by the end of June. The rest of the frame contract stays on hold until Paolo signs the next call-off.

Grazie!
Francesca
""" + sig("Francesca Galli", "Buyer", "Ca' d'Oro Gioielli S.r.l., Via della Spiga 22, 20121 Milano", "+39 02 7600 1122"))
case("p44_calloff_1200_vs_email_1500", ["RG011"],
     "two files: ERP call-off 4 releases 1.200 m (European format); covering email says call-off 4 releases 1,500 m",
     [("CDO-RC-24-004.txt", txt(_e)), ("Richiamo_4_Portofino.eml", eml_bytes(_m))])


# K1: advance wired -> start on the lot
_w = """WIRE TRANSFER CONFIRMATION
Ordering customer : Lumen & Co. Jewelry LLC
Beneficiary       : Kalpana Jewels LLP, HDFC Bank SEEPZ, SWIFT HDFCINBBXXX
Amount            : USD 4,266.00
Value date        : 2024-05-02
Reference         : LC-4630 ADVANCE 30 PCT
"""
_t = """Hi Nilesh,

Good news - we've wired the 30% advance today (confirmation attached), so please start on the lot.

Kayla
""" + sig("Kayla Brooks", "Sourcing Manager", "Lumen & Co. Jewelry, 245 W 29th St, New York, NY 10001",
          "+1 212 555 0148") + """
On Apr 25, 2024, at 2:10 PM, Kayla Brooks <kayla@lumenandco.com> wrote:
""" + quote("""Hi Nilesh,

PO LC-4630 attached: 10 sample Luna charm necklaces (925, 18K vermeil). The production lot of 600 is not released until our QA signs off the samples and Derek Lindqvist, VP Operations, sends the written production release. Materials for the 10 samples only.

Kayla""")
case("p45_advance_wired_start_lot", ["RG012"],
     "quoted PO holds the 600 for QA sign-off + written release; buyer then says advance wired, so start on the lot",
     [("Re_LC-4630_Luna_advance.eml", eml_bytes(mail(
         "Kayla Brooks <kayla@lumenandco.com>", "Nilesh Shah <nilesh@kalpanajewels.in>",
         "Re: PO LC-4630 Luna charm necklaces", "Thu, 02 May 2024 15:20:00 -0400", _t, html=simple_html(_t),
         in_reply_to="<LC-0425-1410@lumenandco.com>",
         attachments=[("Wire_confirmation_LC-4630.txt", _w, "text/plain")])))])


# K2: supplier portal - production started on PO acceptance, gold bought for full order
_b = """<h2>Siam Precious Casting &mdash; Customer Portal</h2>
<p>Customer: Sable &amp; Pearl Inc., Los Angeles &nbsp;|&nbsp; Order <b>SP-24-1520</b> &nbsp;|&nbsp; Style SP-R-ORB "Orbit" ring, 14K yellow</p>
<div class="note">Customer PO scope (from PO): 10 sample rings released; 290 not released until sample sign-off in LA and written release by Daniel Reyes.</div>
<table>
<tr><th>Date</th><th>Event</th></tr>
<tr><td>29/04/2024</td><td>PO received</td></tr>
<tr><td>30/04/2024</td><td>PO accepted by Siam &rarr; production started</td></tr>
<tr><td>02/05/2024</td><td>14K gold purchased for 300 pcs (1.05 kg)</td></tr>
<tr><td>02/05/2024</td><td>Casting lot 1 in progress</td></tr>
</table>
<p>Remark: production started on PO acceptance to meet your ship date.</p>
<p>Merchandiser: Nattaya Srisuk &middot; nattaya@siamprecious.co.th</p>"""
case("p46_portal_started_on_acceptance", ["RG006", "RG012"],
     "supplier portal: PO acceptance treated as start of production; gold bought for 300 though only 10 samples released",
     [("Siam_portal_SP-24-1520.html", html_page("Order SP-24-1520", _b))])


# @@CASES@@


# =================================================================== BUILD
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(range(len(CASES)))
    random.Random(SEED).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, start=1):
        c = CASES[idx]
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"{PREFIX}_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # summary
    from collections import Counter
    cnt = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean}")
    for r in sorted(cnt):
        print(f"  {r}: {cnt[r]}")


if __name__ == "__main__":
    main()
