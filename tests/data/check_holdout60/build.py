#!/usr/bin/env python3
"""Generator for the releasegate check_holdout60 corpus (glass, ceramics and tableware).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout60/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
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
    m["Message-ID"] = msgid or f"<h60-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h60")
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


# ------------------------------------------------------------------ helpers
def q(text, depth=1):
    """Quote text the way mail clients do ("> " prefix)."""
    pre = ">" * depth
    return "\n".join((pre + " " + ln) if ln else pre for ln in text.strip("\n").split("\n"))


def html_table(rows):
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "\n".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>"
                     for r in rows[1:])
    return f"<table>\n<tr>{head}</tr>\n{body}\n</table>"


def text_to_html(text):
    """A plausible text/html alternative for a plain-text mail body."""
    out = []
    for para in text.strip().split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith("- ") for ln in lines):
            out.append("<ul>" + "".join(f"<li>{escape(ln[2:])}</li>" for ln in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def wa(lines, style="android"):
    """WhatsApp-style chat export. lines: (date, time, sender, text)."""
    out = []
    for d, t, who, msg in lines:
        if style == "android":
            out.append(f"{d}, {t} - {who}: {msg}")
        else:
            out.append(f"[{d}, {t}] {who}: {msg}")
    return "\n".join(out) + "\n"


SIG_PLAIN = "\n-- \n{name}\n{title}\n{company}\n{phone}\n"


def sig2(name, title, company, phone):
    """Signature without the disclaimer (shorter, for replies)."""
    return SIG_PLAIN.format(name=name, title=title, company=company, phone=phone)


def sig_pt(name, title, company, phone):
    return (f"\n-- \n{name}\n{title}\n{company}\n{phone}\n\n"
            "AVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos destinam-se exclusivamente ao(s) "
            "destinatário(s). Se a recebeu por engano, por favor apague-a e informe o remetente.\n"
            "Antes de imprimir, pense no ambiente.\n")


def sig_it(name, title, company, phone):
    return (f"\n-- \n{name}\n{title}\n{company}\n{phone}\n\n"
            "Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questa e-mail sono "
            "riservate. Se avete ricevuto questo messaggio per errore vi preghiamo di cancellarlo.\n")



# =================================================================== CLEAN
# c01: UK hotel group -> Portuguese porcelain; sample PO with the full scope note, PDF attached.
_c01_body = """Dear Ana,

Thank you for the lovely call on Friday, and for sending the glaze tiles so quickly. The team in Bath were very taken with the Atlantic White, and the gold of the crest comes up beautifully on it.

Please find attached our purchase order 4500117. To be completely clear about what it covers:

- It covers thirty-six (36) sample dinner plates, 27 cm coupe, with the gold crest decal (artwork ref. HF-CREST-03, Pantone 871 C). Please make and ship these 36 now.
- The production quantity in your quotation VL-2024-031 (4,200 plates) is for information only and is not released. Please do not fire, decorate or order decals for it.
- The 4,200 will only be released after our sample sign-off in Bath, by a written release from me, Fiona Marsh, Group Procurement Manager.

Delivery of the samples DAP Bath by 19 April, please, packed in the usual double-wall cartons with the plates interleaved. If you have any questions on the decal position (we'd like it 18 mm from the rim), Tom in our design studio is copied and will happily send a marked-up drawing.

Kind regards,
Fiona""" + sig("Fiona Marsh", "Group Procurement Manager", "Harrow & Finch Hotels Ltd, 14 Queen Square, Bath BA1 2HN", "+44 1225 496 0117")

_c01_pdf = pdf([
    ("h1", "HARROW & FINCH HOTELS LTD"),
    ("p", "14 Queen Square, Bath BA1 2HN, United Kingdom - VAT GB 294 5510 12"),
    ("h", "PURCHASE ORDER 4500117"),
    ("table", [["Supplier", "Cerâmica Vale do Lis, Lda., Zona Industrial de Leiria, 2400-016 Leiria, Portugal"],
               ["PO date", "12 March 2024"], ["Buyer", "Fiona Marsh"], ["Quotation ref.", "VL-2024-031"],
               ["Incoterms", "DAP Bath (Incoterms 2020)"], ["Payment", "60 days end of month"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Amount"],
               ["10", "HF-DP27-S", "Sample dinner plate 27 cm coupe, Atlantic White glaze, gold crest decal HF-CREST-03",
                "36", "pcs", "GBP 9.80", "GBP 352.80"],
               ["20", "HF-FRT", "Freight samples DAP Bath", "1", "lot", "GBP 85.00", "GBP 85.00"]]),
    ("sp",),
    ("p", "PO total: GBP 437.80"),
    ("h", "Scope of this purchase order"),
    ("p", "Samples only. This PO covers 36 sample plates. The quoted production quantity of 4,200 plates "
          "is not released and must not be started. It will be released only by a written release from "
          "Fiona Marsh (Group Procurement Manager) after sample sign-off. Material authority: sample-only."),
    ("p", "Food contact: ware must comply with BS 6748 and the supplier's declaration of compliance must "
          "accompany the samples."),
], title="PO 4500117", author="Harrow & Finch Hotels Ltd")

case("c01_hotel_plates_scoped_po", [],
     "Sample PO for 36 plates; quote's 4,200 declared informational and not released; unlock = sample sign-off + written release by named buyer.",
     [("PO_4500117.eml", eml_bytes(mail(
         "Fiona Marsh <fiona.marsh@harrowfinch.co.uk>", "Ana Ribeiro <ana.ribeiro@valedolis.pt>",
         "PO 4500117 - sample dinner plates, H&F crest decal", "Tue, 12 Mar 2024 10:14:00 +0000",
         _c01_body, html=text_to_html(_c01_body), cc="Tom Hale <tom.hale@harrowfinch.co.uk>",
         attachments=[("PO_4500117.pdf", _c01_pdf, PDF_MT)])))])


# c02: Chinese porcelain quote with sample + production tiers, on its own.
case("c02_quote_tiers_chargers", [],
     "Supplier quotation with sample and production tiers; no authorization in the bundle; says sign-off does not start production.",
     [("HC-Q24-0418.pdf", pdf([
         ("h1", "JINGDEZHEN HUACI PORCELAIN CO., LTD."),
         ("p", "No. 88 Taoxi Road, Zhushan District, Jingdezhen, Jiangxi 333000, P.R. China - Tel +86 798 822 6014"),
         ("h", "QUOTATION No. HC-Q24-0418"),
         ("table", [["To", "Al Noor Hospitality LLC, Dubai, U.A.E. - Attn. Mr. Omar Al Mansoori"],
                    ["Date", "18 April 2024"], ["Validity", "60 days"],
                    ["Item", "Bone china charger plate 31 cm, 24K gold rim 4 mm, hand-painted palm motif (your design AN-PALM-02)"]]),
         ("sp",),
         ("table", [["Ref.", "Description", "Quantity", "Unit price USD", "Amount USD"],
                    ["S", "Sample set for approval of shape, gold and painting", "24 pcs", "18.50", "444.00"],
                    ["P-A", "Production tier A", "3,000 pcs", "6.40", "19,200.00"],
                    ["P-B", "Production tier B", "5,000 pcs", "5.95", "29,750.00"],
                    ["P-C", "Production tier C", "10,000 pcs", "5.60", "56,000.00"],
                    ["M", "Plaster mould and jigger head (one time)", "1 set", "650.00", "650.00"]]),
         ("sp",),
         ("h", "Terms"),
         ("p", "1. Sample lead time: 25 days after receipt of your sample purchase order."),
         ("p", "2. Production lead time: 45 days from your written production release. Sample sign-off alone "
               "does not start production; we will wait for your release in writing with the quantity."),
         ("p", "3. Packing: 6 pcs per inner box, 24 pcs per export carton, 40 cartons per pallet (960 pcs). "
               "Spare pieces 0.5% free of charge for breakage."),
         ("p", "4. Payment for production orders: 30% T/T with order, 70% against copy of B/L."),
         ("p", "5. Prices FOB Shanghai. Gold price basis USD 2,300/oz; adjustment if gold moves more than 5%."),
         ("p", "Best regards, Zhang Min, Export Sales Manager"),
     ], title="Quotation HC-Q24-0418", author="Jingdezhen Huaci Porcelain"))])


# c03: WhatsApp; supplier asks for green light, buyer answers scoped.
case("c03_chat_cortado_question", [],
     "Chat: buyer scopes 48 samples, holds 2,352 until barista sign-off + his written release; supplier's green-light question answered 'not yet'.",
     [("WhatsApp_Chat_Emre_Anadolu_Cam.txt", wa([
         ("12/03/2024", "09:41", "Joost Verhoeven", "Morning Emre! PO 2024-0318 is in your inbox. It's for 48 sample cortado glasses (the 120 ml with our logo etched). Only those 48 please"),
         ("12/03/2024", "09:52", "Emre Yılmaz", "Good morning Joost, received 👍 we check the etching file today"),
         ("12/03/2024", "09:55", "Joost Verhoeven", "The 2,352 pcs for the shops are NOT released yet. I will send a written release after our barista team signs off the samples. Until then nothing for the 2,352, ok?"),
         ("12/03/2024", "09:58", "Emre Yılmaz", "Understood. Only 48 now."),
         ("12/03/2024", "10:03", "Emre Yılmaz", "Joost the logo in the file is 24 mm, on 120 ml glass we suggest 20 mm, looks more elegant"),
         ("12/03/2024", "10:05", "Joost Verhoeven", "Good idea, 20 mm is fine"),
         ("19/03/2024", "14:20", "Emre Yılmaz", "<Media omitted>"),
         ("19/03/2024", "14:20", "Emre Yılmaz", "first etching test on the 120 ml"),
         ("19/03/2024", "14:31", "Joost Verhoeven", "Looks sharp! 😍"),
         ("04/04/2024", "11:07", "Emre Yılmaz", "Samples shipped today with DHL, AWB 4471 2098 55, 2 cartons"),
         ("04/04/2024", "11:09", "Emre Yılmaz", "Joost, one question. Our production planner asks do we have green light for the 2.352 so he can put in schedule for May?"),
         ("04/04/2024", "11:26", "Joost Verhoeven", "Not yet, no green light for the 2,352. Only the 48 samples are released. Barista panel is on 16 April, if they sign off I'll send the written release myself that same week"),
         ("04/04/2024", "11:28", "Emre Yılmaz", "Clear, thank you. We wait 🙏"),
         ("04/04/2024", "11:29", "Joost Verhoeven", "Thanks Emre, have a good weekend"),
     ]))])


# c04: labelled, non-binding forecast (HTML portal page).
_c04 = html_page("Van Dijk Wonen - rolling forecast wk 14/2024", """
<h2>Van Dijk Wonen B.V. &ndash; Supplier portal</h2>
<p>Supplier: <b>Huta Szkła Sudety Sp. z o.o.</b> (supplier no. 700412) &middot; Published: 2 April 2024 &middot; Week 14/2024</p>
<div class="note"><b>Rolling forecast &ndash; NOT AN ORDER.</b> This forecast is non-binding and for capacity planning only.
It is not a purchase order, releases no production and authorizes no material purchase. Quantities are ordered
only by purchase order and released only by a written call-off from Van Dijk Wonen.</div>
<h3>Forecast by quarter (pieces)</h3>
""" + html_table([
    ["Article", "Description", "Q2 2024", "Q3 2024", "Q4 2024", "Q1 2025"],
    ["VDW-4471", "Tumbler 'Gracht' 300 ml, smoke", "2,400", "3,600", "4,800", "2,400"],
    ["VDW-4472", "Tumbler 'Gracht' 400 ml, smoke", "1,200", "1,800", "2,400", "1,200"],
    ["VDW-4480", "Carafe 'Gracht' 1 l, smoke", "300", "450", "900", "300"],
    ["VDW-5102", "Vase 'Polder' 30 cm, amber", "0", "600", "1,200", "0"],
]) + """
<p>Forecast accuracy last 4 quarters: 87%. Next update: week 18/2024.</p>
<p>Questions: Sanne Bakker, Category Manager Home &middot; s.bakker@vandijkwonen.nl &middot; +31 30 799 4410</p>
<p style="font-size:11px;color:#666">Van Dijk Wonen B.V. &middot; Europalaan 200, 3526 KS Utrecht &middot; KvK 30112457</p>
""", lang="en")
case("c04_forecast_portal", [],
     "Rolling forecast clearly labelled non-binding; releases nothing; no authorization in the bundle.",
     [("VDW_portal_wk14.html", _c04)])


# c05: glaze approved for colour only (DOCX sample sign-off letter).
case("c05_glaze_colour_signoff", [],
     "Scoped technical sign-off (colour only, not a production release); PO still 30 samples; 1,970 not released until revised PO by named buyer after full sign-off.",
     [("LUM_sample_signoff_bowl24.docx", docx_bytes([
         ("p", "Brasserie Lumière SAS - 12 quai Saint-Antoine - 69002 Lyon - France"),
         ("p", "Lyon, 16 April 2024"),
         ("p", "Ceramiche Faentine S.r.l., Via Granarolo 141, 48018 Faenza (RA), Italy - Attn. Sig. Paolo Bertolini"),
         ("h1", "Sample sign-off - 'Terracotta' glaze, pasta bowl 24 cm"),
         ("p", "Dear Mr. Bertolini,"),
         ("p", "Thank you for the 30 sample bowls from your kiln run of 8 April. Our chefs used them for a full "
               "week of service at Quai Saint-Antoine and in the test kitchen, and we are very pleased with the "
               "feel of the glaze."),
         ("p", "Result of our sample sign-off: the glaze is approved for colour only. It matches our Pantone "
               "7586 C reference under daylight and under the restaurant lighting. This is a technical sign-off "
               "on the colour; it is not a production release."),
         ("table", [["Check", "Result", "Action"],
                    ["Colour vs. Pantone 7586 C", "matches", "none"],
                    ["Foot ring finish", "rough on 4 of 30 bowls", "supplier to correct (grinding/sponging)"],
                    ["Dishwasher test, 500 cycles", "1 rim chip at cycle 212", "supplier to investigate edge thickness"],
                    ["Lead and cadmium (EN 1388-1)", "report pending", "supplier to send lab report"]]),
         ("p", "Our purchase order PO-LUM-2024-077 still covers the 30 sample bowls only. The production balance "
               "of 1,970 bowls is not released: please do not start it and do not purchase glaze materials for it."),
         ("p", "The 1,970 bowls will be released only by a revised PO signed by Camille Moreau, Directrice Achats, "
               "once the foot ring and rim points are closed and we sign off the samples in full."),
         ("p", "With our warm thanks to your glazing team,"),
         ("p", "Camille Moreau - Directrice Achats - Brasserie Lumière SAS - +33 4 72 00 18 40"),
     ], author="Camille Moreau"))])


# c06: full-quantity replenishment PO, ERP fixed width.
_c06 = """HUDSON ROW HOSPITALITY GROUP LLC                              PURCHASE ORDER
455 W 14TH STREET, NEW YORK NY 10014                          PO NO.    HR-88412
TEL (212) 555-0148                                            PO DATE   03/18/2024
                                                              REVISION  0
                                                              PAGE      1 OF 1
VENDOR:  PORCELANA NOWA RUDA SP. Z O.O.        VENDOR NO. 20117
         UL. PRZEMYSLOWA 14
         57-400 NOWA RUDA, POLAND
SHIP TO: HUDSON ROW CENTRAL KITCHEN, 1 ROOSEVELT AVE, LONG ISLAND CITY NY 11101

TERMS: NET 45            INCOTERMS: FOB GDANSK            CURRENCY: USD
BUYER: D. OKAFOR         REQ. DATE: 06/14/2024 AT PORT    FREIGHT: COLLECT

---------------------------------------------------------------------------------
LN  ITEM         DESCRIPTION                          QTY UOM  UNIT USD    EXT USD
---------------------------------------------------------------------------------
01  HR-SP-1130   STEAK PLATE 30CM OVAL, HR BACKSTAMP 1,200 EA     7.85   9,420.00
                 SPEC: SAME AS PO HR-80117 (2023)
---------------------------------------------------------------------------------
                                                       PO TOTAL USD     9,420.00

NOTES:
 1. REPLENISHMENT OF AN ESTABLISHED ITEM. SAME SPEC, GLAZE AND BACKSTAMP AS
    PO HR-80117. NO SAMPLES REQUIRED.
 2. FULL QUANTITY ORDERED: 1,200 EA. THERE IS NO FURTHER BALANCE ON THIS PO.
    PLEASE PROCEED WITH THE FULL 1,200 EA.
 3. PACK 12 EA PER CARTON, 100 CARTONS = 4 PALLETS (25 CTN/PLT), MAX 1,000 KG
    PER PALLET, HT-STAMPED PALLETS (ISPM 15).
 4. BREAKAGE ABOVE 1% TO BE CLAIMED WITHIN 14 DAYS OF RECEIPT.
 5. PLEASE ACKNOWLEDGE THIS PO WITHIN 3 WORKING DAYS TO PURCHASING@HUDSONROW.COM

AUTHORIZED: DANIEL OKAFOR, DIRECTOR OF PURCHASING
"""
case("c06_full_qty_replenishment", [],
     "Full-quantity replenishment PO (1,200 ordered, no balance); 'proceed with the full 1,200' is scoped.",
     [("PO_HR-88412.txt", _c06)])


# c07: call-off with explicit staged material authority above the released quantity.
case("c07_calloff_staged_material", [],
     "Call-off releases 600 of 2,000; balance 1,400 on hold until call-off 2 by named director; explicit staged material authority up to 2,000.",
     [("DRR-CO-01.pdf", pdf([
         ("h1", "DESERT ROSE RESORTS"),
         ("p", "Procurement Department - P.O. Box 77410 - Saadiyat Island - Abu Dhabi - United Arab Emirates"),
         ("h", "CALL-OFF No. DRR-CO-01 against PO DRR-4410"),
         ("table", [["To", "Porcelanas da Serra, Lda. - Rua da Cerâmica 22, 3780-101 Anadia, Portugal"],
                    ["Attn.", "Sra. Isabel Costa, Export Department"],
                    ["Date", "20 March 2024"],
                    ["Article", "Banquet plate 28 cm, rolled edge, 3 mm gold band, DRR backstamp"]]),
         ("sp",),
         ("table", [["", "Quantity (plates)"],
                    ["PO DRR-4410, commercial cover", "2,000"],
                    ["Sample sign-off SS-118 (12 Feb 2024)", "approved"],
                    ["Previously released", "0"],
                    ["Released by this call-off", "600"],
                    ["Balance on hold (not released)", "1,400"]]),
         ("sp",),
         ("p", "Production release: six hundred (600) banquet plates, for delivery DAP Abu Dhabi by 30 May 2024."),
         ("p", "The balance of 1,400 plates is not released. It will be released only by call-off no. 2, "
               "issued in writing by Ahmed Khalil, Procurement Director."),
         ("p", "Material authority (staged): you may buy and hold porcelain body, gold and decal paper for up to "
               "2,000 plates, at Desert Rose Resorts' liability. You may not form, fire or decorate more than the "
               "600 released plates."),
         ("p", "Packing: 6 plates per inner box, 48 per export carton, palletised, with breakage allowance of 1% "
               "as per PO DRR-4410 terms."),
         ("sp",),
         ("p", "Ahmed Khalil - Procurement Director - Desert Rose Resorts - +971 2 555 0410"),
     ], title="Call-off DRR-CO-01", author="Desert Rose Resorts"))])


# c08: explicit, recorded auto-conversion.
case("c08_recorded_autoconversion", [],
     "Explicit recorded auto-conversion naming quantity (1,176), signer (Sophie Laurent) and condition (APPROVED sign-off); 24 samples active.",
     [("MV-24-1193.eml", eml_bytes(mail(
         "Élodie Marchand <e.marchand@maisonverlaine.fr>", "Lorenzo Bianchi <l.bianchi@vetreriatoscana.it>",
         "PO MV-24-1193 - carafe 'Seine' 1 L - samples and agreed auto-conversion",
         "Wed, 10 Apr 2024 16:02:00 +0200",
         """Buongiorno Lorenzo,

Following our call this morning, here is what we agreed, in writing so that nobody has to rely on memory:

1. PO MV-24-1193 line 1 covers 24 (twenty-four) sample carafes 'Seine' 1 L, mouth-blown, with the engraved MV monogram. Please make these now.

2. PO line 2 (1,176 carafes) is not released today. Please do not start it.

3. Auto-conversion, agreed and recorded: if Sophie Laurent, Directrice Produit, signs the sample sign-off for the 24 carafes as APPROVED (no deviations), that sign-off by itself releases the 1,176 carafes of line 2. You will not need any further document from us. An interim or a rejected sign-off releases nothing, and line 2 then stays on hold.

4. Material authority: sample-only until then.

The sign-off form will come from Sophie by e-mail with the reference SS-MV-1193, on our letterhead.

Grazie ancora per la pazienza, and my compliments to the maestro for the prototype: the lip is perfect.

Élodie""" + sig("Élodie Marchand", "Acheteuse Art de la Table", "Maison Verlaine SA, 41 rue du Bac, 75007 Paris", "+33 1 84 88 20 11"))))])


# c09: supplier proforma: payment does not release production.
case("c09_proforma_no_release", [],
     "Supplier proforma for mould + 24 samples; 30,000 stated informational/not released; payment explicitly does not release production.",
     [("BG-PI-240611.pdf", pdf([
         ("h1", "XUZHOU BRIGHTGLASS PACKAGING CO., LTD."),
         ("p", "Glass Industrial Park, Tongshan District, Xuzhou, Jiangsu 221100, China - Tel +86 516 8390 2275"),
         ("h", "PROFORMA INVOICE No. BG-PI-240611"),
         ("table", [["Buyer", "Copperline Distilling Co., 1180 Distillery Rd, Bardstown KY 40004, USA"],
                    ["Attn.", "Mr. Wade Harlan, Operations"], ["Date", "11 June 2024"],
                    ["Ref.", "Your sample PO CD-PO-3288 / our quotation BG-Q-2405"]]),
         ("sp",),
         ("table", [["No.", "Description", "Qty", "Unit USD", "Amount USD"],
                    ["1", "Mould 2 cavities, 750 ml 'Copperline' bar-top bottle, embossed still logo", "1 set", "2,800.00", "2,800.00"],
                    ["2", "Sample bottles 750 ml amber, from new mould", "24 pcs", "7.50", "180.00"],
                    ["3", "Express courier samples to Bardstown", "1", "95.00", "95.00"],
                    ["", "TOTAL", "", "", "3,075.00"]]),
         ("sp",),
         ("p", "Production quantity 30,000 pcs per our quotation BG-Q-2405: for information only, not included "
               "in this proforma and not released."),
         ("p", "Important: payment of this proforma covers the mould and the 24 samples. It does not release "
               "production. We will start the 30,000 bottles only after your written production release."),
         ("p", "Bank: Bank of China, Xuzhou Branch - SWIFT BKCHCNBJ950 - A/C 4712 5588 0199 - Beneficiary: "
               "Xuzhou Brightglass Packaging Co., Ltd."),
         ("p", "Kevin Zhou - Sales Manager - kevin.zhou@brightglass.cn"),
     ], title="Proforma BG-PI-240611", author="Xuzhou Brightglass"))])


# c10: Italian supplier acknowledgement restating the hold, with the buyer's PO mail quoted.
_c10_buyer = """Dear Francesca,

Please find attached our PO AH-2024-0291 for eighteen (18) sample decanters 'Laguna' 0.75 l with the engraved monogram.

The remaining 982 decanters in your offer are not released. They will be released only by a written release from me (Oliver Grant, Head of Buying) after our sample sign-off at Ashcombe House.

Kind regards,
Oliver"""
case("c10_supplier_ack_hold", [],
     "Italian supplier acknowledges 18 samples and restates the hold on 982 pending named buyer's written release; quoted buyer scope complete.",
     [("RE_AH-2024-0291.eml", eml_bytes(mail(
         "Francesca Zanon <commerciale@vetrerialaguna.it>", "Oliver Grant <oliver.grant@ashcombehouse.co.uk>",
         "R: PO AH-2024-0291 - sample decanters Laguna", "Thu, 04 Apr 2024 09:37:00 +0200",
         """Dear Mr. Grant,

good morning and thank you very much for your order n. AH-2024-0291. We confirm it as written:

n. 18 (eighteen) sample decanters 'Laguna' 0,75 lt, hand-blown, with the engraved monogram.

We understand well that the other 982 pieces are not released: we will not start them and we will not prepare the crystal batch for them. We will wait for your written release, which will come from you after your sample sign-off.

The samples will be ready in week 17. Our master glassblower is already very happy with the shape of the neck, we will send you some pictures of the first pieces.

With our best regards""" + sig_it("Francesca Zanon", "Ufficio Commerciale", "Vetreria Artistica Laguna S.r.l. - Fondamenta Vetrai 58 - 30141 Murano (VE)", "+39 041 527 4410") + "\n\n-----Messaggio originale-----\nDa: Oliver Grant <oliver.grant@ashcombehouse.co.uk>\nInviato: martedì 2 aprile 2024 17:12\n\n" + q(_c10_buyer),
         in_reply_to="<h60-po-ah0291@ashcombehouse.co.uk>")))])


# c11: quoted supplier assumes auto-conversion, buyer corrects it.
case("c11_buyer_corrects_rollover", [],
     "Quoted supplier text assumes approval rolls into 3,000; buyer's reply corrects it: only 30 released, 3,000 on hold until her written release after QA sign-off.",
     [("RE_PEL-77120_mugs.eml", eml_bytes(mail(
         "Emma Clarke <emma.clarke@pellhams.co.uk>", "Mehmet Aydın <mehmet@kutahyaporselen.com.tr>",
         "RE: PEL-77120 stoneware mug 'Kew' - first pressing", "Mon, 22 Apr 2024 08:46:00 +0100",
         """Hi Mehmet,

Thanks for the update, and the photos of the first pressing look great. The handle is exactly what our designer asked for.

One correction on your last point, though. Sample sign-off does not release the 3,000 mugs. Only the 30 samples on PO PEL-77120 are released now. The 3,000 stay on hold until I send you a written release, and I will only do that after our quality team has signed off the samples.

So please don't plan the 3,000 into the kiln until you have that release from me in writing. If you lose the week 20 slot because of this, that's fine, we'll find another one together.

Best,
Emma""" + sig2("Emma Clarke", "Category Buyer - Home & Dining", "Pellham's Ltd, 200 Brompton Road, London SW3 2BB", "+44 20 7946 0877") + "\n\nFrom: Mehmet Aydın <mehmet@kutahyaporselen.com.tr>\nSent: 20 April 2024 15:10\nSubject: PEL-77120 stoneware mug 'Kew' - first pressing\n\n" + q("""Dear Emma,

samples are in drying now, we fire them on Thursday in kiln 2 at 1240 C.
When you approve the samples we go directly with the 3.000 mugs, the kiln slot in week 20 is reserved for you.

Best regards,
Mehmet Aydın
Kütahya Porselen Atölyesi"""),
         in_reply_to="<h60-kp-77120@kutahyaporselen.com.tr>")))])


# c12: tiles PO full of identifiers that look like quantities.
case("c12_tile_identifiers", [],
     "Sample tile PO for 20 pcs with many numeric identifiers (pattern 2400, TL-5000 rev 12, ISO 10545-3); production 1,500 m2 not released; named release.",
     [("PO_KC-24-0118.pdf", pdf([
         ("h1", "KETTLE & CRUMB CAFÉS LTD"),
         ("p", "Unit 4, Baltic Triangle, 30 Jamaica Street, Liverpool L1 0AH - Company no. 09812240"),
         ("h", "PURCHASE ORDER KC-24-0118"),
         ("table", [["Supplier", "Azulejos Ribeira, Lda., Rua do Forno 12, 4400-155 Vila Nova de Gaia, Portugal"],
                    ["Date", "5 February 2024"], ["Delivery", "DAP Liverpool, week 10"],
                    ["Drawing", "TL-5000 rev 12 (counter front, 62 sites)"]]),
         ("sp",),
         ("table", [["Line", "Description", "Qty", "Unit", "Price", "Amount"],
                    ["1", "Hand-painted wall tile, pattern 2400-ROSA, 200 x 200 x 10 mm, glaze G-1000 on red body, kiln 3",
                     "20", "pcs", "EUR 6.20", "EUR 124.00"]]),
         ("sp",),
         ("p", "Standards: EN 14411:2016 Group BIII; water absorption per ISO 10545-3; crazing per ISO 10545-11. "
               "Interior use, frost resistance not required."),
         ("p", "Scope: this PO covers a sample panel of 20 tiles only. The production quantity of 1,500 m2 for the "
               "counter fronts is not released; do not start it. It will be released only after sample sign-off, "
               "by a written release from Dan Whitmore, Head of Store Design."),
         ("p", "Material authority: sample-only."),
         ("p", "Authorised by: Dan Whitmore"),
     ], title="PO KC-24-0118", author="Kettle & Crumb"))])


# c13: B2B web-shop order confirmation, full quantity replenishment.
_c13 = html_page("Order confirmation 2024-B2B-01877", """
<h2>Huta Szkła Sudety &ndash; B2B shop</h2>
<p>Thank you for your order. Order no. <b>2024-B2B-01877</b> &middot; placed 9 April 2024, 15:22 CET</p>
<p>Customer: <b>Tidewater Oyster Bars Inc.</b>, 77 Atlantic Ave, Boston MA 02110, USA (customer no. 31088)<br>
Placed by: Jack Sullivan, Director of Procurement &middot; Customer reference: TW-REPL-0419</p>
""" + html_table([
    ["SKU", "Description", "Qty", "Unit", "Unit price EUR", "Amount EUR"],
    ["HSS-WG-350-TW", "Wine glass 'Marina' 350 ml, Tidewater logo etched (artwork on file, order 2023-1187)", "480", "pcs", "2,15", "1.032,00"],
    ["FRT-PAL", "Export pallet, wrapped", "2", "pcs", "18,00", "36,00"],
]) + """
<p><b>Order total: EUR 1.068,00</b> (ex VAT, intra-community / export)</p>
<div class="note">Repeat order of an existing article. Full quantity ordered: 480 pcs (20 cartons of 24). No samples required.
Production of the 480 pcs in week 19, dispatch week 20.</div>
<p>Pallet pattern: 10 cartons per pallet, 2 layers, max height 1.10 m. Breakage claims within 14 days with photos.</p>
<p>Payment terms: 30 days after invoice. Incoterms: FCA Wałbrzych.</p>
<p style="font-size:11px;color:#666">Huta Szkła Sudety Sp. z o.o. &middot; ul. Hutnicza 3, 58-300 Wałbrzych &middot; NIP 886-100-44-21</p>
""")
case("c13_b2b_repeat_order", [],
     "B2B shop confirmation of a full-quantity repeat order (480 pcs), no samples and no balance.",
     [("order_2024-B2B-01877.html", _c13)])


# c14: supplier question about proceeding, buyer's scope quoted beneath.
case("c14_supplier_asks_proceed", [],
     "Supplier asks whether to proceed with 2.000 or only 12 samples (question); quoted buyer scope names 12 samples, hold, brewmaster sign-off and named releaser.",
     [("RE_GK-24-031.eml", eml_bytes(mail(
         "Javier Ortega <j.ortega@vidriosmediterraneo.es>", "Pieter de Wit <p.dewit@goudenkarper.nl>",
         "RE: PO GK-24-031 - botella 33 cl embossed", "Tue, 07 May 2024 12:18:00 +0200",
         """Dear Mr. de Wit,

Our production planning asks me to confirm one thing before the next furnace schedule is closed on Friday: may we proceed with the 2.000 bottles already, or only with the 12 samples of your PO GK-24-031?

We have not started anything yet. The mould with the embossed carp is finished and the first trial bottles look very good, with a clean emboss also on the tail.

Thank you and kind regards,
Javier Ortega
Área Comercial - Vidrios del Mediterráneo S.L.
Polígono Industrial Fuente del Jarro, 46988 Paterna (Valencia)
+34 961 340 772

""" + q("""From: Pieter de Wit
Sent: 15 April 2024 10:02

Hello Javier,

PO GK-24-031 is for twelve (12) sample bottles, 33 cl, embossed carp, amber.
The 2,000 bottles in your offer are not released. I will release them in writing (Pieter de Wit, Inkoop) once our brewmaster signs off the samples on the filling line.

Groeten,
Pieter"""),
         in_reply_to="<h60-gk-031@goudenkarper.nl>")))])


# c15: interim sample sign-off with limits and a release for the limited quantity.
case("c15_interim_disposition", [],
     "Interim disposition limited to 300 pcs until 30 June; release PR-01 for 300 by named person; 2,700 not released until full sign-off and further written release.",
     [("SS-MV-0042.docx", docx_bytes([
         ("h1", "Sample sign-off record SS-MV-0042"),
         ("p", "Marlowe & Vine Restaurants Ltd - 9 Wardour Street, London W1D 6PF"),
         ("table", [["Field", "Entry"],
                    ["Supplier", "Loza Artesana de Manises S.L., Camí de la Pedrera 8, 46940 Manises (Valencia)"],
                    ["Part", "Side plate 18 cm, speckled oat glaze"],
                    ["Purchase order", "MV-PO-3391 (commercial cover 3,000 plates; samples on separate line)"],
                    ["Samples received", "20 pcs, 24 April 2024"],
                    ["Disposition", "INTERIM"],
                    ["Limit", "300 pcs, valid until 30 June 2024"],
                    ["Reason", "Speckle density slightly above master sample; acceptable for the soft opening of the Manchester site only"]]),
         ("sp",),
         ("p", "Production release PR-3391-01: three hundred (300) side plates, issued by Marc Lefèvre, "
               "Head of Operations Purchasing, on 3 May 2024, for delivery to Manchester by 7 June 2024."),
         ("p", "The remaining 2,700 plates of PO MV-PO-3391 are not released. They need a full sample sign-off "
               "(disposition approved) on a new sample lot with corrected speckle, and a further written release "
               "from Marc Lefèvre."),
         ("p", "Material authority: material for the 300 released plates only. Please do not buy clay or glaze for the 2,700."),
         ("sp",),
         ("p", "Signed: Marc Lefèvre, Head of Operations Purchasing - Ruth Adeyemi, Quality (sample assessment)"),
     ], author="Marc Lefèvre"))])


# c16: two files: ERP sample PO (TXT) + the supplier's quote (PDF).
_c16_po = """AL NOOR HOSPITALITY LLC                                   PURCHASE ORDER
P.O. BOX 118204, DUBAI, U.A.E.                            NO.   AN-5521
TRN 100 2284 6610 0003                                    DATE  14.03.2024
                                                          PAGE  1/1
SUPPLIER : VIDRARIA ATLANTICA, S.A. (SUPPL. 4410-PT)
           ZONA INDUSTRIAL DA MARINHA GRANDE, 2430-028 MARINHA GRANDE, PT
ATTN     : SR. RICARDO FERREIRA
QUOTE REF: VA-ORC-2024-077 (ATTACHED)

LN  MATERIAL     DESCRIPTION                              QTY  UOM   PRICE EUR   VALUE EUR
--  -----------  ---------------------------------------  ---  ----  ---------   ---------
01  AN-HB-OASIS  HIGHBALL 'OASIS' 330ML GOLD RIM SAMPLE    12  PC        9,50      114,00
02  FRT          COURIER SAMPLES DAP DUBAI                  1  LOT      65,00       65,00
                                                                    TOTAL EUR     179,00

SCOPE NOTE:
THIS PO COVERS 12 SAMPLE HIGHBALLS ONLY. THE PRODUCTION QUANTITY OF 6,000 PCS
IN QUOTE VA-ORC-2024-077 IS FOR INFORMATION ONLY AND IS NOT RELEASED. DO NOT
START IT AND DO NOT BUY MATERIAL FOR IT. IT WILL BE RELEASED ONLY BY A WRITTEN
RELEASE FROM LAYLA HADDAD, PURCHASING MANAGER, AFTER SAMPLE SIGN-OFF BY OUR
F&B TEAM.

DELIVERY: SAMPLES TO AL NOOR CENTRAL STORES, AL QUOZ IND. AREA 3, BY 12.04.2024
PAYMENT : 30 DAYS NET
ISSUED BY: LAYLA HADDAD  +971 4 555 0192  L.HADDAD@ALNOORHOSPITALITY.AE
"""
_c16_quote = pdf([
    ("h1", "VIDRARIA ATLÂNTICA, S.A."),
    ("p", "Zona Industrial da Marinha Grande - 2430-028 Marinha Grande - Portugal - NIF 500 774 120"),
    ("h", "Orçamento / Quotation VA-ORC-2024-077"),
    ("table", [["Cliente / Customer", "Al Noor Hospitality LLC, Dubai"], ["Data / Date", "02.03.2024"],
               ["Artigo / Item", "Highball 'Oasis' 330 ml, soda-lime, hand-applied 24K gold rim"]]),
    ("sp",),
    ("table", [["Quantidade / Quantity", "Preço unit. / Unit price EUR", "Prazo / Lead time"],
               ["12 pcs (amostras / samples)", "9,50", "3 semanas / 3 weeks"],
               ["6.000 pcs", "2,85", "8 semanas / 8 weeks"],
               ["12.000 pcs", "2,60", "10 semanas / 10 weeks"]]),
    ("sp",),
    ("p", "Condições: preços EXW Marinha Grande, embalagem em caixas de 24 unidades, validade 90 dias. "
          "Conditions: prices EXW Marinha Grande, packed in cartons of 24, validity 90 days."),
    ("p", "Com os melhores cumprimentos / Best regards, Ricardo Ferreira, Departamento Comercial"),
], title="Quotation VA-ORC-2024-077", author="Vidraria Atlantica")
case("c16_po_plus_quote_files", [],
     "Two files: sample PO (12) declaring the quote's 6,000 informational/not released with named releaser after F&B sign-off; quote with tiers.",
     [("PO_AN-5521.txt", _c16_po), ("VA-ORC-2024-077.pdf", _c16_quote)])


# c17: French buyer, European number formats, multipart/alternative.
_c17 = """Bonjour Madame Costa,

Thank you for your devis PS-DV-24-0311 and for the beautiful glaze tiles you sent with it. Our product committee loved the "bleu de Sèvres".

Our order GO-24-00871 concerns only 24 (twenty-four) sample espresso cups "Rivoli" with saucers, 8 cl, in that blue. Please make and send these 24 pieces.

The remaining 1.176 cups of the 1.200 in your devis are not released. Merci de ne pas les lancer, and please don't buy materials for them.

The release of the 1.176 cups will be a written release signed by Hélène Garnier, Responsable Achats, after our sample sign-off at the comité produit of 14 May.

For the delivery of the samples: Galeries Orsay, Service Achats Arts de la Table, 6e étage, 40 boulevard Haussmann, 75009 Paris, before 3 May if possible.

Bien cordialement,
Hélène Garnier"""
case("c17_french_euro_numbers", [],
     "French buyer: 24 samples only; 1.176 of 1.200 not released; written release by named buyer after 14 May committee sign-off. European formats consistent.",
     [("GO-24-00871.eml", eml_bytes(mail(
         "Hélène Garnier <h.garnier@galeries-orsay.fr>", "Isabel Costa <isabel.costa@porcelanasdaserra.pt>",
         "Commande GO-24-00871 - tasses échantillons Rivoli", "Fri, 05 Apr 2024 11:40:00 +0200",
         _c17 + sig("Hélène Garnier", "Responsable Achats Arts de la Table", "Galeries Orsay SA, 40 bd Haussmann, 75009 Paris", "+33 1 99 42 17 60"),
         html=text_to_html(_c17))))])


# c18: supplier status: material bought for the sample lot only; HTML attachment.
_c18_att = html_page("Shade report sample lot", "<h3>Cerámica Levante - shade and caliber report</h3>" + html_table([
    ["Lot", "Article", "m2", "Shade", "Caliber", "Water absorption (ISO 10545-3)"],
    ["L24-0417-S", "Salinas 15x15 glazed terracotta, verde", "40", "T3", "2", "9,8 %"],
]) + "<p>Frit lot F-2291, glaze lot G-4410. Reference sample retained at Onda.</p>")
case("c18_supplier_material_samples_only", [],
     "Supplier status: material bought only for the 40 m2 sample lot, nothing for 2.500 m2 until written material authority or release; supplier doc, no authorization.",
     [("RE_TA-24-1120_status.eml", eml_bytes(mail(
         "Lucía Ferrer <lferrer@ceramicalevante.es>", "Maarten de Boer <maarten.deboer@tegelhuisamstel.nl>",
         "TA-24-1120 Salinas verde - status sample lot", "Thu, 18 Apr 2024 17:05:00 +0200",
         """Dear Maarten,

An update on your order TA-24-1120.

We fired the 40 m2 sample lot of Salinas 15x15 in verde yesterday. The shade is T3, caliber 2, you will find the report attached. The tiles are on one pallet and can be collected from Monday by your forwarder (Transportes Bellver, as usual).

About material: we bought frit and glaze only for the 40 m2 sample lot. For the 2.500 m2 of the production we have not purchased anything, and we will not until you send us a written material authority or the production release.

One suggestion: with handmade glazes the shade moves a little between frit lots. If you want, we can reserve one frit lot for the production now, but only if you authorize it in writing with the quantity. Just tell us.

Un saludo cordial,
Lucía Ferrer
Export Sales - Cerámica Levante S.A.
Ctra. Onda-Vila-real km 3, 12200 Onda (Castellón) - +34 964 600 318""",
         attachments=[("shade_report_L24-0417-S.html", _c18_att, "text/html")])))])


# c19: long thread, call-off 2 of a blanket, with call-off 1 forwarded as message/rfc822.
_c19_co1 = mail(
    "Rachel Owens <rachel.owens@ashburygin.co.uk>", "Katarzyna Nowak <k.nowak@hutasudety.pl>",
    "Call-off 1 - PO AG-PO-2210 - 70cl Ashbury bottle", "Mon, 05 Feb 2024 09:12:00 +0000",
    """Dear Katarzyna,

Call-off 1 under PO AG-PO-2210 (commercial cover 6,000 bottles):

Please produce and ship 1,500 (one thousand five hundred) bottles, 70cl flint, Ashbury emboss, to Tilbury bonded warehouse by 15 March.

The remaining 4,500 bottles are on hold and must not be started. They will be released only by a further call-off from me, Rachel Owens, Supply Chain Manager.

Best regards,
Rachel""")
case("c19_calloff2_long_thread", [],
     "Call-off 2 releases 1,500; cumulative 3,000 of 6,000; remaining 3,000 on hold until call-off 3 by named manager; forwarded call-off 1 consistent for its date.",
     [("AG-PO-2210_calloff2.eml", eml_bytes(mail(
         "Rachel Owens <rachel.owens@ashburygin.co.uk>", "Katarzyna Nowak <k.nowak@hutasudety.pl>",
         "RE: AG-PO-2210 - delivery call-off 1 / next call-off", "Thu, 04 Apr 2024 14:31:00 +0100",
         """Dear Katarzyna,

Thank you, call-off 1 arrived in Tilbury in perfect shape. Our warehouse counted 3 broken bottles out of 1,500, well inside the 0.5% breakage allowance, so no claim from our side.

Here is call-off 2 under PO AG-PO-2210:

- Please produce and ship 1,500 (one thousand five hundred) bottles, same specification (70cl flint, Ashbury emboss, cork finish 21.5 mm), delivery to Tilbury bonded warehouse by 24 May.
- After this call-off, 3,000 bottles are released in total (call-off 1: 1,500; call-off 2: 1,500).
- The remaining 3,000 bottles stay on hold and must not be started. They will be released only by call-off 3, which will come in writing from me, Rachel Owens, Supply Chain Manager.

Packing as before: 12 bottles per carton, 10 cartons per layer, 5 layers, so 600 bottles per pallet. The 1,500 go on 2 full pallets plus 1 part pallet of 300. Please don't add overs; we pay for 1,500.

For your records I attach call-off 1 again, as our auditors asked us to keep the two together.

Our new labels arrive in June, so there may be a small change to the carton marking for call-off 3. I'll let you know in good time.

Best regards,
Rachel""" + sig("Rachel Owens", "Supply Chain Manager", "Ashbury Gin Ltd, 3 Bermondsey Wall West, London SE16 4TN", "+44 20 7946 0310") + "\n\n" + q("""From: Katarzyna Nowak <k.nowak@hutasudety.pl>
Sent: 28 March 2024 11:04
Subject: AG-PO-2210 - delivery call-off 1 / next call-off

Dear Rachel,

call-off 1 is delivered, 1.500 pcs, CMR and delivery note attached. Do you have information about the next call-off? Our furnace 2 is planned for flint until end of May.

Best regards,
Katarzyna Nowak
Sales Department - Huta Szkła Sudety"""),
         attachments=[("rfc822", _c19_co1)], in_reply_to="<h60-hss-ag2210@hutasudety.pl>")))])


# c20: sample order letter (DOCX) + clearly labelled non-binding forecast in the mail body.
_c20_docx = docx_bytes([
    ("h1", "Order letter NZG-PO-0412"),
    ("p", "Noordzee Gin B.V. - Havenkade 14 - 1973 AA IJmuiden - The Netherlands"),
    ("p", "To: Vidraria Atlântica, S.A., Marinha Grande - Attn. Sr. Ricardo Ferreira"),
    ("p", "Date: 8 March 2024"),
    ("table", [["Item", "Description", "Quantity"],
               ["1", "Sample bottle 50 cl, flint, embossed wave on shoulder, per drawing NZG-B50 rev D", "60 (sixty)"]]),
    ("p", "Production: not released. The production quantity will be ordered and released only by a revised "
          "PO signed by Femke Visser, Operations Director, after sample sign-off of our filling-line trial."),
    ("p", "Material authority: sample-only."),
    ("p", "Femke Visser, Operations Director"),
], author="Femke Visser")
case("c20_labelled_forecast_sample_order", [],
     "60 sample bottles with hold, revised-PO unlock and named signer; the 50k figure is a clearly labelled non-binding forecast.",
     [("NZG-PO-0412.eml", eml_bytes(mail(
         "Femke Visser <femke@noordzeegin.nl>", "Ricardo Ferreira <r.ferreira@vidraria-atlantica.pt>",
         "Order letter NZG-PO-0412 - sample bottles 50 cl", "Fri, 08 Mar 2024 15:20:00 +0100",
         """Olá Sr. Ferreira,

Attached is our order letter for the sample bottles. We're very excited to see the wave on the shoulder in real glass.

For your capacity planning only, and explicitly not an order: our non-binding forecast is around 50k bottles for 2025, probably in two runs (spring and autumn). Please don't buy anything or plan furnace time against that number; it may well change after the summer.

Met vriendelijke groet,
Femke""" + sig("Femke Visser", "Operations Director", "Noordzee Gin B.V.", "+31 255 799 014"),
         attachments=[("NZG-PO-0412.docx", _c20_docx, DOCX_MT)])))])


# c21: full-quantity tiles PO including the breakage allowance.
case("c21_full_qty_tiles_breakage", [],
     "Full-quantity PO: 1,030 m2 (1,000 + 3% breakage) released for production in the PO itself; no balance.",
     [("PO_MPH-T-2207.pdf", pdf([
         ("h1", "MARINA PEARL HOTEL LLC"),
         ("p", "Dubai Marina, P.O. Box 45512, Dubai, U.A.E."),
         ("h", "PURCHASE ORDER MPH-T-2207"),
         ("table", [["Supplier", "Cerámica Levante S.A., Onda (Castellón), Spain"], ["Date", "9 April 2024"],
                    ["Project", "Pool deck refurbishment, Level 3"], ["Incoterms", "CIF Jebel Ali"]]),
         ("sp",),
         ("table", [["Line", "Description", "Qty", "Unit", "EUR/unit", "EUR"],
                    ["1", "Porcelain tile 'Arena' 60x60 R11, anti-slip, sand", "1,000", "m2", "24.50", "24,500.00"],
                    ["2", "Breakage allowance 3% on line 1", "30", "m2", "24.50", "735.00"],
                    ["", "Total ordered", "1,030", "m2", "", "25,235.00"]]),
         ("sp",),
         ("p", "Full-quantity order: the full 1,030 m2 (1,000 m2 + 3% breakage allowance) are released for "
               "production by this PO. No balance remains on this PO."),
         ("p", "Sample board SB-771 was signed off by our interior designer on 2 April 2024; production to match it "
               "(shade and caliber on one lot)."),
         ("p", "Issued by: Rahul Menon, Purchasing Manager - +971 4 555 0871"),
     ], title="PO MPH-T-2207", author="Marina Pearl Hotel"))])


# c22: chat, buyer's scoped approval.
case("c22_chat_scoped_approval", [],
     "Chat: samples approved for colour and shape only, explicitly not a production release; 40 samples; 1,960 on hold until GM budget sign-off + her written release.",
     [("WhatsApp_Chat_Li_Wei.txt", wa([
         ("22.04.24", "10:02:11", "Li Wei", "Dear Rania good morning, 40 sample glasses arrived to your office? 😊"),
         ("22.04.24", "10:15:40", "Rania Saeed", "Good morning Li! Yes they arrived yesterday, beautiful packing"),
         ("22.04.24", "10:16:02", "Rania Saeed", "Our team is testing today in the lobby bar"),
         ("23.04.24", "16:48:27", "Rania Saeed", "Samples approved for colour and shape only ✅ this is NOT a production release"),
         ("23.04.24", "16:49:10", "Rania Saeed", "PO AN-7781 stays as it is: 40 samples. Keep the balance of 1,960 on hold"),
         ("23.04.24", "16:50:33", "Rania Saeed", "For production I will send you the written release with the quantity myself, after our GM signs the FF&E budget (expected end of May)"),
         ("23.04.24", "16:55:02", "Li Wei", "OK understood, we wait your written release. Thank you!"),
         ("23.04.24", "16:57:45", "Li Wei", "Can we book the furnace slot tentatively for June? No material buy, only the slot"),
         ("23.04.24", "17:03:19", "Rania Saeed", "Tentative slot is fine. No material and no production please"),
         ("23.04.24", "17:03:51", "Li Wei", "👍"),
     ], style="ios"))])


# c23: buyer paid a deposit to secure a kiln slot, says it releases nothing.
case("c23_deposit_not_release", [],
     "Buyer paid 30% deposit for a kiln slot and states it does not release production; 24 samples released; 2,976 on hold until his written release after sign-off.",
     [("VDW-24-5512_CF-PF-2024-088.eml", eml_bytes(mail(
         "Henk Mulder <h.mulder@vandijkwonen.nl>", "Giulia Rinaldi <g.rinaldi@ceramichefaentine.it>",
         "CF-PF-2024-088 deposit paid - PO VDW-24-5512", "Mon, 27 May 2024 10:05:00 +0200",
         """Dear Ms. Rinaldi,

We have today paid the 30% deposit on your proforma CF-PF-2024-088 (EUR 4.320,00), as agreed, to secure your kiln slot in September.

To avoid any misunderstanding: the deposit does not release production. Only the 24 sample plates on PO VDW-24-5512 are released. The balance of 2,976 plates stays on hold until I send you the written release after our sample sign-off (panel on 21 June).

Please do not buy glaze or decals for the balance before that release.

Met vriendelijke groet,
Henk Mulder""" + sig("Henk Mulder", "Senior Buyer Tableware", "Van Dijk Wonen B.V., Europalaan 200, 3526 KS Utrecht", "+31 30 799 4425"),
         html=None)))])


# c24: Italian-English offer with tiers (DOCX).
case("c24_offer_docx_tiers", [],
     "Supplier offer with sample and production tiers; says sample approval does not start production; no authorization in bundle.",
     [("CF-OF-24-117.docx", docx_bytes([
         ("h1", "OFFERTA / OFFER n. CF-OF-24/117"),
         ("p", "Ceramiche Faentine S.r.l. - Via Granarolo 141 - 48018 Faenza (RA) - P.IVA 01992880391"),
         ("p", "Spett.le Tidewater Oyster Bars Inc., 77 Atlantic Ave, Boston MA 02110 - c.a. Mr. Jack Sullivan"),
         ("p", "Faenza, 11/03/2024"),
         ("p", "Oggetto / Subject: oyster platter 'Marea' 32 cm, hand-glazed majolica, seaweed green, food-safe"),
         ("table", [["Quantità / Quantity", "Prezzo cad. / Unit price", "Consegna / Delivery"],
                    ["10 pz campioni / samples", "€ 38,00", "3 settimane / 3 weeks"],
                    ["1.000 pz", "€ 14,50", "8 settimane / 8 weeks"],
                    ["2.500 pz", "€ 12,90", "8 settimane / 8 weeks"],
                    ["5.000 pz", "€ 11,80", "10 settimane / 10 weeks"]]),
         ("p", "Prezzi franco fabbrica Faenza (EXW), imballo incluso. Prices EXW Faenza, packing included."),
         ("p", "Samples lead time from your sample order. Production lead time from your written production "
               "release. The sample approval is a technical step only and does not start the production."),
         ("p", "Pagamento / Payment: 30% with the production order, balance before shipping."),
         ("p", "Validità / Validity: 60 giorni / 60 days."),
         ("p", "Distinti saluti / Best regards - Giulia Rinaldi, Ufficio Export"),
     ], author="Giulia Rinaldi"))])


# c25: designer brief: "lead and cadmium release" is a lab term, nothing is ordered.
_c25 = html_page("Design brief - Harbour dinnerware", """
<h2>Studio Kell &mdash; Design brief</h2>
<p><b>Client:</b> Tidewater Oyster Bars Inc. &middot; <b>Collection:</b> 'Harbour' dinnerware &middot; <b>Version:</b> 3 (4 March 2024)</p>
<h3>Intent</h3>
<p>Weathered, hand-thrown feel; the glaze should pool slightly at the rim like sea foam. Deep blue (Pantone 2965 C) breaking to
off-white at edges. Matte exterior, satin interior. The oyster platter is the hero piece; everything else stays quiet.</p>
<h3>Pieces</h3>
""" + html_table([
    ["Piece", "Size", "Notes"],
    ["Oyster platter", "32 cm", "12 wells, drainage channel to one side"],
    ["Side plate", "18 cm", "no rim"],
    ["Chowder bowl", "14 cm, 350 ml", "straight wall, foot ring unglazed"],
    ["Ramekin", "7 cm, 60 ml", "for mignonette"],
]) + """
<h3>Technical requirements</h3>
<ul>
<li>Commercial dishwasher: no visible wear after 1,000 cycles.</li>
<li>Lead and cadmium release within FDA CPG 545.450 limits and ISO 6486-2; lab report per glaze colour.</li>
<li>Thermal shock: 20&deg;C to 120&deg;C, 3 cycles, no crazing.</li>
<li>Stackable: 10 side plates max 16 cm high.</li>
</ul>
<div class="note">This brief is a design document. It is not a purchase order and authorizes no samples, no material and no production.
Samples and quantities will follow on a Tidewater purchase order.</div>
<p>Studio Kell &middot; 40 Thayer Street, Boston MA 02118 &middot; hello@studiokell.com</p>
""")
case("c25_design_brief_lead_release", [],
     "Designer brief; 'lead and cadmium release' is a lab term; states it is not an order and authorizes nothing.",
     [("brief_Harbour_v3.html", _c25)])


# ================================================================ POSITIVE
# p01: gin bottles: sample PO + quote with 30,000 attached together, nothing about the balance.
_p01_po = pdf([
    ("h1", "THORNFIELD SPIRITS LTD"),
    ("p", "Thornfield Distillery, 2 Salamander Place, Edinburgh EH6 7JL, Scotland"),
    ("h", "PURCHASE ORDER TS-PO-1187"),
    ("table", [["Supplier", "Xuzhou Brightglass Packaging Co., Ltd., Xuzhou, Jiangsu, China"],
               ["Date", "26 February 2024"], ["Currency", "USD"], ["Delivery", "Samples by air, DAP Edinburgh"],
               ["Your quotation", "BG-Q-2406"]]),
    ("sp",),
    ("table", [["Line", "Description", "Qty", "Unit USD", "Total USD"],
               ["1", "Sample bottle 70cl 'Thornfield', flint, embossed stag, per drawing TS-B-070 rev C", "48", "5.00", "240.00"],
               ["2", "Mould, 2 cavities, per drawing TS-B-070 rev C", "1 set", "2,800.00", "2,800.00"],
               ["", "Total", "", "", "3,040.00"]]),
    ("sp",),
    ("p", "Please confirm receipt and sample dispatch date. Invoices to accounts@thornfieldspirits.co.uk quoting the PO number."),
    ("p", "Thornfield Spirits Ltd - Registered in Scotland SC512207"),
], title="TS-PO-1187", author="Thornfield Spirits")
_p01_quote = pdf([
    ("h1", "XUZHOU BRIGHTGLASS PACKAGING CO., LTD."),
    ("h", "QUOTATION BG-Q-2406"),
    ("table", [["Customer", "Thornfield Spirits Ltd, Edinburgh"], ["Date", "19 February 2024"],
               ["Item", "70cl spirit bottle 'Thornfield', super flint, embossed stag, bar-top 21.5 mm"]]),
    ("sp",),
    ("table", [["Description", "Quantity", "Unit price USD", "Lead time"],
               ["Mould, 2 cavities", "1 set", "2,800.00", "30 days"],
               ["Samples from new mould", "48 pcs", "5.00", "10 days after mould"],
               ["Production (MOQ)", "30,000 pcs", "0.62", "35 days"]]),
    ("sp",),
    ("p", "Packing: 24 pcs per carton with dividers, 1,440 pcs per pallet. FOB Lianyungang."),
    ("p", "Kevin Zhou, Sales Manager"),
], title="BG-Q-2406", author="Xuzhou Brightglass")
case("p01_gin_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "48-sample PO sent with the quote showing 30,000 production; nothing says the 30,000 is informational or on hold, no unlock event, no releaser.",
     [("TS-PO-1187.eml", eml_bytes(mail(
         "Callum Reid <callum@thornfieldspirits.co.uk>", "Kevin Zhou <kevin.zhou@brightglass.cn>",
         "PO TS-PO-1187 stag bottle", "Mon, 26 Feb 2024 16:45:00 +0000",
         """Hi Kevin,

Please find attached our PO TS-PO-1187 for the sample bottles, plus your quotation BG-Q-2406 so everything is in one place.

The stag drawing is rev C, which moves the antlers 2 mm away from the mould seam as your engineer suggested. Really looking forward to seeing the emboss!

Best,
Callum""" + sig("Callum Reid", "Operations & Packaging", "Thornfield Spirits Ltd", "+44 131 496 0771"),
         attachments=[("TS-PO-1187.pdf", _p01_po, PDF_MT), ("BG-Q-2406.pdf", _p01_quote, PDF_MT)])))])


# p02: two files: ERP sample PO (TXT) + supplier quote (DOCX) with 4.800.
_p02_po = """PELLHAM'S LTD                                        PURCHASE ORDER
200 BROMPTON ROAD, LONDON SW3 2BB                    ORDER NO : PEL-77301
                                                     DATE     : 07-MAR-2024
                                                     BUYER    : E. CLARKE
SUPPLIER 60442  PORCELANAS DA SERRA, LDA.
                RUA DA CERAMICA 22, 3780-101 ANADIA, PORTUGAL

DELIVER TO: PELLHAM'S DC, UNIT 9 PARK ROYAL, LONDON NW10 7LQ  (GOODS IN 07:00-14:00)

LINE  SKU          DESCRIPTION                            QTY    UOM   UNIT GBP   NET GBP
----  -----------  -------------------------------------  -----  ----  --------   -------
0001  PEL-KEW-27S  SAMPLE PLATE 'KEW' 27CM BOTANICAL DECAL   36  EA       9.90    356.40
----  -----------  -------------------------------------  -----  ----  --------   -------
                                                        ORDER TOTAL GBP          356.40

REF: QUOTE PS-2024-0219 (ATTACHED)
SAMPLES REQUIRED BY 12-APR-2024 FOR RANGE REVIEW.
ALL CARTONS TO SHOW ORDER NO. AND SKU. PLEASE ACKNOWLEDGE WITHIN 48 HOURS.
PELLHAM'S STANDARD TERMS OF PURCHASE (REV 2023-04) APPLY.
"""
_p02_quote = docx_bytes([
    ("h1", "Orçamento / Quotation PS-2024-0219"),
    ("p", "Porcelanas da Serra, Lda. - Rua da Cerâmica 22 - 3780-101 Anadia - Portugal"),
    ("p", "Para / To: Pellham's Ltd, London - Att. Ms. Emma Clarke"),
    ("p", "Data / Date: 28 February 2024"),
    ("p", "Artigo / Article: dinner plate 'Kew' 27 cm, porcelain, botanical decal (4 colours + gold line)"),
    ("table", [["Descrição / Description", "Quantidade / Qty", "Preço / Price GBP", "Prazo / Lead time"],
               ["Amostras / Samples", "36 pcs", "9,90", "4 semanas / 4 weeks"],
               ["Produção / Production", "4.800 pcs", "5,90", "10 semanas / 10 weeks"]]),
    ("p", "Embalagem: caixa individual kraft, 24 pratos por caixa de exportação. Packing: kraft gift box, 24 plates per export carton."),
    ("p", "Condições: FCA Anadia; pagamento 60 dias. Validade 90 dias."),
    ("p", "Com os melhores cumprimentos, Isabel Costa - Departamento de Exportação"),
], author="Isabel Costa")
case("p02_store_po_and_quote_files", ["RG001", "RG003", "RG004", "RG005"],
     "Two files: ERP PO for 36 sample plates referencing the attached quote with 4.800 production; no hold, no unlock event, no named releaser.",
     [("PEL-77301.txt", _p02_po), ("PS-2024-0219.docx", _p02_quote)])


# p03: HTML PO from a US procurement system: 24 samples, header shows project volume 6,000.
_p03 = html_page("Purchase Order TW-PO-55108", """
<h2>Tidewater Oyster Bars Inc. &mdash; Purchase Order TW-PO-55108</h2>
""" + html_table([
    ["Field", "Value"],
    ["Supplier", "Anadolu Cam Sanayi A.Ş., Organize Sanayi Bölgesi 4. Cad. No 12, Eskişehir, Türkiye"],
    ["Order date", "03/11/2024"], ["Requester", "Jack Sullivan"],
    ["Project", "Harbour glassware roll-out (14 restaurants)"],
    ["Project volume", "6,000 EA"],
    ["Ship to", "Tidewater Test Kitchen, 77 Atlantic Ave, Boston MA 02110"],
    ["Payment terms", "Net 30"],
]) + "<h3>Lines</h3>" + html_table([
    ["#", "Item", "Description", "Qty", "UOM", "Unit USD", "Total USD"],
    ["1", "TW-TMB-12S", "Sample tumbler 12 oz, sandblasted oyster logo, per artwork TW-LOGO-7", "24", "EA", "6.25", "150.00"],
    ["2", "SHIP", "Air courier to Boston", "1", "LOT", "140.00", "140.00"],
]) + """
<p><b>Total: USD 290.00</b></p>
<p>Comments: Samples to our Boston test kitchen, attention Chef Marisol Vega. Please confirm ship date.</p>
<p style="font-size:11px;color:#666">Generated by Tidewater eProcurement &middot; PO TW-PO-55108 &middot; page 1 of 1</p>
""")
case("p03_portal_po_project_volume", ["RG001", "RG003", "RG004", "RG005"],
     "HTML PO for 24 sample tumblers whose header shows 'Project volume 6,000 EA' unlabelled; no hold, unlock event or releaser.",
     [("TW-PO-55108.html", _p03)])


# p04: "Order attached. Go ahead!" + DOCX order letter with 12 samples and a project of 2,400.
_p04_docx = docx_bytes([
    ("p", "Al Noor Hospitality LLC - P.O. Box 118204 - Dubai - United Arab Emirates"),
    ("p", "Dubai, 21 March 2024"),
    ("p", "Vetreria Toscana Colle S.r.l., Località Le Lellere 7, 53034 Colle di Val d'Elsa (SI), Italy"),
    ("h1", "Order AN-PO-6120 - decanter 'Qasr'"),
    ("p", "Dear Mr. Bianchi,"),
    ("p", "Further to your kind visit to Dubai, we are pleased to order twelve (12) sample decanters 'Qasr', "
          "1.2 L, hand-cut lead-free crystal with the eight-point star base, per our drawing AN-DEC-04 rev B."),
    ("table", [["Item", "Description", "Qty", "Unit price", "Amount"],
               ["1", "Sample decanter 'Qasr' 1.2 L, hand-cut", "12", "EUR 64.00", "EUR 768.00"]]),
    ("p", "The project covers 2,400 decanters for our 14 properties across the UAE and Oman, to be delivered "
          "ahead of the winter season."),
    ("p", "Delivery of the samples: DAP Dubai, Al Noor central stores, Al Quoz Industrial Area 3."),
    ("p", "With kind regards,"),
    ("p", "Layla Haddad, Purchasing Manager"),
], author="Layla Haddad")
case("p04_decanters_goahead_project", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "Mail says only 'Go ahead!'; attached order: 12 sample decanters beside a 2,400 project quantity with no hold, event or releaser.",
     [("AN-PO-6120.eml", eml_bytes(mail(
         "Layla Haddad <l.haddad@alnoorhospitality.ae>", "Lorenzo Bianchi <l.bianchi@vetreriatoscana.it>",
         "Order AN-PO-6120 Qasr decanter", "Thu, 21 Mar 2024 13:05:00 +0400",
         """Dear Lorenzo,

Order attached. Go ahead!

It was a pleasure hosting you and Marco last week; the team is still talking about the cutting demonstration.

Warm regards,
Layla""" + sig("Layla Haddad", "Purchasing Manager", "Al Noor Hospitality LLC, Dubai", "+971 4 555 0192"),
         attachments=[("AN-PO-6120.docx", _p04_docx, DOCX_MT)])))])


# p05: PDF "PO - samples" with the quote's production figure in a summary block.
case("p05_sample_po_quote_summary", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 12 sample mugs reprints the quote's 1,188 production pcs with price; nothing says informational/not released; no event or releaser.",
     [("PO_KC-24-0207.pdf", pdf([
         ("h1", "KETTLE & CRUMB CAFÉS LTD"),
         ("p", "Unit 4, Baltic Triangle, 30 Jamaica Street, Liverpool L1 0AH"),
         ("h", "PURCHASE ORDER - SAMPLES - KC-24-0207"),
         ("table", [["Supplier", "Kütahya Porselen Atölyesi, Zafer OSB 2. Cadde No 9, 43100 Kütahya, Türkiye"],
                    ["Date", "14 March 2024"], ["Contact", "Sophie Reed, Buying Manager"]]),
         ("sp",),
         ("table", [["Line", "Description", "Qty", "Unit GBP", "Total GBP"],
                    ["1", "Sample mug 'Crumb' 340 ml, speckled oat glaze, debossed K&C logo", "12", "6.50", "78.00"]]),
         ("sp",),
         ("h", "Quote details (your quote KP-24-061)"),
         ("table", [["", "Qty", "Unit GBP", "Delivery"],
                    ["Samples", "12", "6.50", "3 weeks"],
                    ["Production", "1,188", "3.10", "week 30, DAP Liverpool"]]),
         ("sp",),
         ("p", "Please send samples to our Liverpool office. Invoice to accounts@kettleandcrumb.co.uk."),
     ], title="KC-24-0207", author="Kettle & Crumb"))])


# p06: thread: buyer answers "Shall we start?" with an unscoped "go ahead".
_p06_orig = """Hi Rui,

PO MV-PO-3412 attached: thirty (30) sample pasta bowls, 26 cm, with the vine decal.
The 2,970 bowls in your quote are not released, please don't start them.
They'll be released only in writing by our Head of Purchasing, Marc Lefèvre, after sample sign-off at our Soho kitchen.

Thanks,
Jess"""
_p06_sup = """Dear Jess, good afternoon.

Everything is ready from our side: the mould of the bowl is finished, the sample decals are printed by our partner in Aveiro, and we have a kiln slot from 14 May.

Shall we start?

Melhores cumprimentos,
Rui Santos
Cerâmica Vale do Lis"""
case("p06_thread_unscoped_goahead", ["RG002"],
     "Buyer answers the supplier's 'Shall we start?' with 'Lovely, go ahead!' naming neither samples nor a quantity; original scope (30, hold, Marc Lefèvre, sign-off) quoted.",
     [("RE_MV-PO-3412.eml", eml_bytes(mail(
         "Jess Patel <jess.patel@marloweandvine.co.uk>", "Rui Santos <rui.santos@valedolis.pt>",
         "RE: MV-PO-3412 vine pasta bowl", "Thu, 09 May 2024 09:12:00 +0100",
         "Lovely, go ahead!\n\nJess" + sig2("Jess Patel", "Buyer", "Marlowe & Vine Restaurants Ltd", "+44 20 7946 0562")
         + "\n\nOn 8 May 2024, at 16:40, Rui Santos wrote:\n" + q(_p06_sup)
         + "\n>\n> On 15 Apr 2024, at 11:02, Jess Patel wrote:\n" + q(_p06_orig, 2),
         in_reply_to="<h60-vdl-3412@valedolis.pt>")))])


# p07: WhatsApp, "Green light from our side" after a painting proof.
case("p07_chat_green_light", ["RG002"],
     "Chat: scope given (24 samples, 3,000 not released until his written release after chef sign-off), later 'Green light from our side' with no scope.",
     [("WhatsApp_Chat_Zhang_Min.txt", wa([
         ("04/03/2024", "10:14", "Omar Al Mansoori", "Zhang, PO AN-4471 for the sample chargers is sent. 24 pcs, gold rim, palm motif"),
         ("04/03/2024", "10:15", "Omar Al Mansoori", "Production 3,000 is NOT released. Don't start it. I will release it in writing after our executive chef signs off the samples"),
         ("04/03/2024", "10:31", "Zhang Min", "Received, thank you Mr Omar. 24 samples only 🙏"),
         ("11/03/2024", "08:02", "Zhang Min", "<Media omitted>"),
         ("11/03/2024", "08:02", "Zhang Min", "The gold rim test on the 31cm, 4mm width"),
         ("11/03/2024", "09:40", "Omar Al Mansoori", "Good, 4mm is right"),
         ("18/03/2024", "07:55", "Zhang Min", "Mr Omar good morning, our painting master finished the palm motif proof on the first plate, video sent. How do you think?"),
         ("18/03/2024", "07:55", "Zhang Min", "<Media omitted>"),
         ("18/03/2024", "11:20", "Omar Al Mansoori", "Beautiful work!! Green light from our side 👍"),
         ("18/03/2024", "11:22", "Zhang Min", "Thank you Mr Omar! We arrange 👌"),
     ]))])


# p08: "Approved - please proceed" above a quoted quote with three quantities.
case("p08_approved_proceed_on_quote", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "Buyer replies 'Approved - please proceed' to a quote with 20 samples / 1.500 / 3.000: no quantity, no hold, no unlock event, no releaser.",
     [("RE_Valencia_platter_offer.eml", eml_bytes(mail(
         "Hélène Garnier <h.garnier@galeries-orsay.fr>", "Carmen Ruiz <carmen.ruiz@lozamanises.es>",
         "RE: Offer 'Valencia' serving platter", "Tue, 19 Mar 2024 18:22:00 +0100",
         "Bonjour Carmen,\n\nApproved - please proceed.\n\nCordialement,\nHélène"
         + sig2("Hélène Garnier", "Responsable Achats Arts de la Table", "Galeries Orsay SA", "+33 1 99 42 17 60")
         + "\n\nLe 18/03/2024 à 12:05, Carmen Ruiz a écrit :\n" + q("""Dear Hélène,

please find our quotation for the 'Valencia' serving platter, 38 cm, hand-painted orange blossom:

- Samples: 20 pcs at 18,00 EUR
- Production: 1.500 pcs at 7,40 EUR / 3.000 pcs at 6,90 EUR

Lead time samples 3 weeks, production 7 weeks. Prices FCA Manises, packing in cartons of 6.

Best regards,
Carmen Ruiz
Loza Artesana de Manises S.L."""),
         in_reply_to="<h60-lam-valencia@lozamanises.es>")))])


# p09: minutes: "Samples APPROVED. HSS may proceed." + furnace planned; contradicts written release.
case("p09_minutes_approved_proceed", ["RG002", "RG007"],
     "Minutes record the hold pending Sanne Bakker's written release, then conclude 'may proceed' and plan the furnace for the vases: unscoped go and approval rolling into production.",
     [("minutes_sample_review_2024-04-18.pdf", pdf([
         ("h1", "Minutes - sample review 'Polder' vase"),
         ("p", "Van Dijk Wonen B.V., Utrecht - 18 April 2024, 14:00-15:30"),
         ("table", [["Attendees", "Sanne Bakker (VDW, Category Manager Home), Pim de Graaf (VDW, Quality), "
                                  "Katarzyna Nowak (Huta Szkla Sudety, via Teams)"],
                    ["Minutes by", "Pim de Graaf"]]),
         ("h", "1. Background"),
         ("p", "PO VDW-24-4471 covers 40 sample vases 'Polder', smoke glass, 30 cm. The balance of 1,960 vases is "
               "not released; it needs a written release from Sanne Bakker after sample sign-off."),
         ("h", "2. Review"),
         ("table", [["Check", "Finding"],
                    ["Colour (smoke, ref. VDW-C-12)", "OK, slightly lighter on 3 pieces, accepted"],
                    ["Weight", "1.38-1.44 kg, spec 1.4 kg +/- 0.1, OK"],
                    ["Base flatness", "OK, no rocking on glass plate"],
                    ["Drop test in retail box (80 cm)", "0 breakages out of 10"]]),
         ("h", "3. Outcome"),
         ("p", "Samples APPROVED. Huta Szkla Sudety may proceed."),
         ("h", "4. Actions"),
         ("table", [["Who", "What", "When"],
                    ["HSS (Katarzyna)", "Plan the furnace for the Polder vases from week 20", "wk 17"],
                    ["VDW (Pim)", "Send retail box artwork v2 to HSS", "wk 17"]]),
     ], title="Minutes sample review Polder", author="Pim de Graaf"))])


# p10: sample request with no quantity (HTML form from the supplier's B2B site).
_p10 = html_page("Richiesta campioni / Sample request RC-24-0093", """
<h2>Ceramiche Faentine &mdash; Richiesta campioni / Sample request</h2>
<p>Request no. <b>RC-24-0093</b> &middot; submitted 2 April 2024, 17:48 &middot; customer: <b>Brasserie Lumière SAS</b> (Lyon)</p>
""" + html_table([
    ["Field", "Entry"],
    ["Shapes", "Coupe plate 27 cm; pasta bowl 24 cm; espresso cup 8 cl"],
    ["Glaze", "Terracotta (new), Pantone 7586 C reference enclosed"],
    ["Quantity", "a few pieces of each shape (factory to advise)"],
    ["Offer reference", "CF-OF-24/131"],
    ["Delivery", "Brasserie Lumière test kitchen, 12 quai Saint-Antoine, 69002 Lyon"],
]) + """
<h3>Customer note</h3>
<div class="note">Please make samples of the three shapes in the new Terracotta glaze. This request is for samples only:
the production quantities in your offer CF-OF-24/131 are not released. Production will be released only by a written
release from me, Camille Moreau (Directrice Achats), after our chefs sign off the samples in the Lyon kitchen.</div>
<p style="font-size:11px;color:#666">Ceramiche Faentine S.r.l. &middot; Via Granarolo 141, 48018 Faenza (RA)</p>
""")
case("p10_sample_request_no_count", ["RG010"],
     "Sample request for three shapes with 'a few pieces of each', no number; hold, unlock event and named releaser are present.",
     [("RC-24-0093.html", _p10)])


# p11: call-off note whose quantity is only "per summer schedule (sent separately)".
_p11 = """NOORDZEE GIN B.V.                                           CALL-OFF NOTE
HAVENKADE 14, 1973 AA IJMUIDEN, NL                          NO.     NZG-CO-02
                                                            DATE    16-04-2024
SUPPLIER : VIDRARIA ATLANTICA S.A., MARINHA GRANDE (PT)     VENDOR  2208
BLANKET  : NZG-PO-0398   BOTTLE 50CL 'WAVE' FLINT EMBOSSED
           COMMERCIAL COVER 20,000 PCS

CALL-OFF QTY   : PER SUMMER SCHEDULE (SENT SEPARATELY)
DELIVERY       : DAP ROTTERDAM (WAALHAVEN), WEEK 22
PACKING        : PALLETS 1200 X 1000, LAYER PADS, MAX 1.80 M, ISPM 15

INSTRUCTION:
PLEASE PRODUCE AND DELIVER THE NEXT LOT FOR THE SUMMER SEASON AGAINST THIS
CALL-OFF.

THE REMAINING BOTTLES OF THE BLANKET STAY ON HOLD AND MUST NOT BE STARTED
UNTIL CALL-OFF NZG-CO-03, WHICH WILL BE SIGNED BY FEMKE VISSER, OPERATIONS
DIRECTOR.

QUALITY: AQL 0.65 CRITICAL / 1.5 MAJOR, COA WITH EACH DELIVERY.
CONTACT: F. VISSER +31 255 799 014
"""
case("p11_calloff_qty_elsewhere", ["RG010"],
     "Call-off instructs production of 'the next lot' with quantity only 'per summer schedule (sent separately)'; hold, next call-off and named signer present.",
     [("NZG-CO-02.txt", _p11)])


# p12: DOCX production release for "the first tranche" without a number.
case("p12_first_tranche_release", ["RG010"],
     "Release letter releases 'the first tranche' without stating a quantity; remaining tranches on hold until Q3 budget sign-off, named signer.",
     [("MPH-REL-01.docx", docx_bytes([
         ("p", "Marina Pearl Hotel LLC - Dubai Marina - P.O. Box 45512 - Dubai - U.A.E."),
         ("p", "Dubai, 8 May 2024"),
         ("p", "Porcelanas da Serra, Lda. - Rua da Cerâmica 22 - 3780-101 Anadia - Portugal - Attn. Sra. Isabel Costa"),
         ("h1", "Production release MPH-REL-01 - banquet plates, PO MPH-4415"),
         ("p", "Dear Ms. Costa,"),
         ("p", "We are pleased to confirm that the sample plates were signed off by our Executive Chef on 2 May."),
         ("p", "We hereby release the first tranche of the banquet plates (28 cm, rolled edge, 3 mm gold band) for the "
               "soft opening of our new ballroom, delivery DAP Dubai before 15 July 2024."),
         ("p", "The remaining tranches stay on hold and must not be started until our Q3 budget sign-off. Their release "
               "will be signed by Rahul Menon, Purchasing Manager."),
         ("table", [["Packing", "6 plates per inner box, 48 per export carton, palletised, corner boards"],
                    ["Backstamp", "MPH crest, underglaze, per artwork MPH-BS-02"],
                    ["Documents", "Certificate of origin, packing list, food-contact declaration (EU 1935/2004)"]]),
         ("p", "Kind regards,"),
         ("p", "Rahul Menon, Purchasing Manager"),
     ], author="Rahul Menon"))])


# p13: chat "go for the samples": no count, no hold, no event, no person.
case("p13_chat_go_for_samples", ["RG003", "RG004", "RG005", "RG010"],
     "Chat: buyer says 'go for the samples' with no number and nothing about the balance, the unlock event or who releases it.",
     [("WhatsApp_Chat_Mehmet_Kutahya.txt", wa([
         ("02/04/2024", "08:47", "Mehmet Aydın", "Hello Sophie, the mug with the new speckled glaze is ready for sampling. Shall we make samples?"),
         ("02/04/2024", "09:30", "Sophie Reed", "Oh brilliant! Yes go for the samples 🙌 can't wait to see them"),
         ("02/04/2024", "09:31", "Sophie Reed", "Can you do the handle a bit thicker like we said on the call?"),
         ("02/04/2024", "09:40", "Mehmet Aydın", "Yes, 2 mm more. We fire next week Thursday 👍"),
         ("02/04/2024", "09:41", "Sophie Reed", "Perfect. And the logo debossed, not printed"),
         ("02/04/2024", "09:43", "Mehmet Aydın", "Of course, same as the Crumb mug"),
         ("10/04/2024", "16:12", "Mehmet Aydın", "<Media omitted>"),
         ("10/04/2024", "16:12", "Mehmet Aydın", "out of the kiln 🔥"),
         ("10/04/2024", "16:30", "Sophie Reed", "Stunning 😍"),
     ]))])


# p14: hold "until further notice", release person named, no unlock event.
case("p14_vases_until_further_notice", ["RG004"],
     "40 samples; 1,960 on hold 'until further notice'; Sanne Bakker named as the only person to lift it, but no unlock event.",
     [("VDW-Duin_samples.eml", eml_bytes(mail(
         "Sanne Bakker <s.bakker@vandijkwonen.nl>", "Jenny Liang <jenny@everbrightglass.com>",
         "Vase 'Duin' amber - samples", "Wed, 13 Mar 2024 11:20:00 +0100",
         """Dear Jenny,

Thank you for the quick quotation and for the colour chips; the amber is exactly the warm tone we were looking for.

We'd like to start with samples: please make forty (40) sample vases 'Duin' in amber, per drawing VDW-V-220 rev B. Our PO VDW-24-4702 follows from our system today.

The remaining 1,960 vases are on hold until further notice. Please don't start them or buy raw material for them. Only I, Sanne Bakker, Category Manager Home, can lift that hold.

Samples please by sea-air to Utrecht, in the retail box if it is ready; otherwise plain cartons are fine.

Met vriendelijke groet,
Sanne""" + sig("Sanne Bakker", "Category Manager Home", "Van Dijk Wonen B.V., Europalaan 200, 3526 KS Utrecht", "+31 30 799 4410"))))])


# p15: PO with hold and unlock event, but the release authority is an unnamed team.
case("p15_bottle_po_no_person", ["RG005"],
     "60 sample bottles; 18,000 not released until a revised PO after oenology team sign-off; nobody named as release authority (delivery contact only).",
     [("BC-CB-2024-061.pdf", pdf([
         ("h1", "CHÂTEAU BELCOURT"),
         ("p", "Lieu-dit Belcourt - 33330 Saint-Émilion - France - SIRET 412 887 190 00018"),
         ("h", "BON DE COMMANDE / PURCHASE ORDER CB-2024-061"),
         ("table", [["Fournisseur / Supplier", "Vidrios del Mediterráneo S.L., Paterna (Valencia), Spain"],
                    ["Date", "4 April 2024"], ["Livraison / Delivery", "DAP Saint-Émilion, chai no. 2"],
                    ["Contact livraison / Delivery contact", "Julien Marchetti (chai) +33 5 57 00 41 20"]]),
         ("sp",),
         ("table", [["Réf.", "Désignation / Description", "Qté / Qty", "PU EUR", "Total EUR"],
                    ["1", "Bouteille bordelaise 75 cl, vert antique, écusson en relief / embossed crest - échantillons / samples", "60", "3,10", "186,00"]]),
         ("sp",),
         ("p", "The production quantity of 18,000 bottles is not released. It will be released by a revised purchase "
               "order after our oenology team has signed off the samples during the bottling trial on the line (12 June)."),
         ("p", "Material authority: samples only."),
         ("p", "Service Achats - Château Belcourt"),
     ], title="CB-2024-061", author="Chateau Belcourt"))])


# p16: "twenty-four (42)"; hold until further notice; nobody named.
case("p16_cups_words_vs_digits", ["RG004", "RG005", "RG011"],
     "Letter orders 'twenty-four (42)' sample cups while its table says 24; balance on hold 'until further notice' with no event and no named releaser.",
     [("MV-commande-Rivoli.docx", docx_bytes([
         ("p", "Maison Verlaine SA - 41 rue du Bac - 75007 Paris"),
         ("p", "Paris, le 29 février 2024"),
         ("p", "Porcelana Nowa Ruda Sp. z o.o., ul. Przemysłowa 14, 57-400 Nowa Ruda, Poland"),
         ("h1", "Lettre de commande MV-24-0877 - espresso cup 'Rivoli'"),
         ("p", "Dear Madam, dear Sir,"),
         ("p", "We are pleased to order twenty-four (42) sample espresso cups 'Rivoli' with saucers, white porcelain "
               "with a platinum line, per our drawing MV-RIV-01."),
         ("table", [["Article", "Description", "Qty", "Unit price", "Total"],
                    ["MV-RIV-ES", "Espresso cup 8 cl + saucer 12 cm, platinum line - sample", "24", "EUR 7,80", "EUR 187,20"]]),
         ("p", "The balance of 2,376 cups is on hold until further notice."),
         ("p", "Please send the samples to our Paris office, 41 rue du Bac, 3rd floor."),
         ("p", "Best regards,"),
         ("p", "Élodie Marchand, Acheteuse Art de la Table"),
     ], author="Élodie Marchand"))])


# p17: Portuguese factory bought paste and decals for the full 4.200 to protect the date.
_p17_scope = """From: Fiona Marsh <fiona.marsh@harrowfinch.co.uk>
Sent: 12 March 2024 10:14

PO 4500127 covers thirty-six (36) sample plates only. The 4,200 plates in your quotation are not released; please do not fire, decorate or order decals for them. They will be released only by a written release from me, Fiona Marsh, Group Procurement Manager, after our sample sign-off in Bath."""
case("p17_paste_decals_full_run", ["RG006"],
     "Supplier bought porcelain paste and ordered decals for all 4.200 plates while only 36 samples are released and no material authority exists; quoted buyer scope complete.",
     [("RE_PO_4500127.eml", eml_bytes(mail(
         "Ana Ribeiro <ana.ribeiro@valedolis.pt>", "Fiona Marsh <fiona.marsh@harrowfinch.co.uk>",
         "RE: PO 4500127 - side plates crest - ponto de situação", "Wed, 03 Apr 2024 08:58:00 +0100",
         """Dear Fiona, good morning, I hope you are well.

I am pleased to inform you that the 36 sample plates are in the kiln since yesterday and will be ready for decoration on Monday. The crest decal is really beautiful in the gold, our decoration team is very proud of it.

To keep the opening date of your hotels in September, and because the porcelain paste from our supplier in Aveiro has now 6 weeks of delivery, we took the liberty to buy already the paste and to order the decals for all the 4.200 plates. Like this, when your written release arrives, we can start immediately without waiting for anything.

The samples will be shipped on 17 April by DHL Express, I will send you the tracking.

Com os melhores cumprimentos,""" + sig_pt("Ana Ribeiro", "Departamento Comercial / Sales", "Cerâmica Vale do Lis, Lda. - Zona Industrial de Leiria", "+351 244 800 117") + "\n" + q(_p17_scope),
         in_reply_to="<h60-hf-4500127@harrowfinch.co.uk>")))])


# p18: Polish status report: material purchased for 8.000 while 800 are released.
case("p18_status_report_material", ["RG006"],
     "Supplier status report: 800 released, 7.200 on hold, yet glass batch and decals purchased for 8.000 to beat a price increase; no material authority.",
     [("HSS_status_GK-2024-112_wk16.pdf", pdf([
         ("h1", "HUTA SZKLA SUDETY SP. Z O.O."),
         ("p", "ul. Hutnicza 3, 58-300 Walbrzych, Poland"),
         ("h", "Order status report - week 16/2024"),
         ("table", [["Customer", "De Gouden Karper Brouwerij B.V., Zwolle (NL)"],
                    ["Order", "GK-2024-112 - tulip beer glass 33 cl with gold carp decal"],
                    ["Prepared by", "Katarzyna Nowak, Sales Department"], ["Date", "19.04.2024"]]),
         ("sp",),
         ("table", [["Item", "Quantity", "Status"],
                    ["Released quantity (your release R-1 of 28.03.2024)", "800 pcs", "in production, 520 pcs formed, decoration wk 17"],
                    ["Quantity on hold (not released)", "7.200 pcs", "not started"],
                    ["Glass batch and gold decals purchased", "for 8.000 pcs", "delivered to our warehouse 12.04.2024"],
                    ["Cartons (6-pack, printed)", "for 800 pcs", "ordered"]]),
         ("sp",),
         ("h", "Comments"),
         ("p", "We purchased the batch material and the gold decals for the complete 8.000 pcs to secure the decal "
               "price before the increase of 1 May announced by our decal supplier (+11%). The material is stored "
               "in our warehouse, hall 2."),
         ("p", "Next report: week 17."),
     ], title="Status GK-2024-112", author="Huta Szkla Sudety"))])


# p19: Spanish tiles: frit and glaze bought for the full 2.500 m2 "for shade consistency".
_p19_scope = """PO HR-88501 covers 40 m2 of sample tiles only, for the mock-up wall at our Chelsea site.
The 2,500 m2 production quantity is not released; do not start it.
It will be released only by a written release from Daniel Okafor, Director of Purchasing, after our design team signs off the sample board.

Daniel Okafor
Hudson Row Hospitality Group"""
case("p19_tiles_frit_shade", ["RG006"],
     "Tile supplier bought frit and glaze for the full 2.500 m2 'for shade consistency' while only 40 m2 of samples are released; quoted buyer scope complete.",
     [("RE_HR-88501_Salinas.eml", eml_bytes(mail(
         "Lucía Ferrer <lferrer@ceramicalevante.es>", "Daniel Okafor <d.okafor@hudsonrow.com>",
         "RE: PO HR-88501 - Salinas verde 7,5x30 sample lot", "Fri, 26 Apr 2024 13:47:00 +0200",
         """Dear Mr. Okafor,

Good news: the 40 m2 of sample tiles 'Salinas verde' 7,5x30 are fired and caliber checked, and they ship on Friday to New York with Maersk, booking MAEU 240 118 733.

As you know, with handmade glazes the shade changes a little from one frit lot to the next. For this reason we have already purchased the frit and the glaze components for the full 2.500 m2, all from the same lot, so the production will have exactly the same shade as your samples. The material is stored in our warehouse in Onda and reserved with your order number.

We are sure your designers will be happy with the board.

Un saludo cordial,
Lucía Ferrer
Export Sales - Cerámica Levante S.A.
+34 964 600 318

""" + q(_p19_scope),
         in_reply_to="<h60-hr-88501@hudsonrow.com>")))])


# p20: payment received -> "so we started production" + material for all 30,000.
_p20_scope = """Dear Kevin,

please find attached the transfer confirmation for your proforma BG-PI-2405 (mould and 24 samples, USD 2,980).

As a reminder of our PO MD-2024-019: it covers the mould and 24 sample bottles only. The 30,000 production bottles are not released; they will be released by a written release from me (Claire Fontaine) after our sample sign-off in Cognac.

Bien cordialement,
Claire Fontaine
Responsable Approvisionnement, Maison Delorme"""
case("p20_payment_started_material", ["RG006", "RG012"],
     "Supplier treats receipt of the mould/sample payment as go: 'so we have started production' and bought cullet/cartons for all 30,000; buyer scope quoted (24 samples, hold, named releaser).",
     [("RE_MD-2024-019.eml", eml_bytes(mail(
         "Kevin Zhou <kevin.zhou@brightglass.cn>", "Claire Fontaine <c.fontaine@maisondelorme.fr>",
         "RE: MD-2024-019 payment BG-PI-2405", "Tue, 14 May 2024 09:03:00 +0800",
         """Dear Claire,

Good news! We received your payment USD 2,980 today, thank you very much.

So we have started the production, and we purchased the cullet, soda ash and the printed cartons for all 30,000 bottles, to catch our furnace campaign for flint in June. The samples (24 pcs) will go with DHL next week for your check.

Best regards,
Kevin Zhou
Sales Manager
Xuzhou Brightglass Packaging Co., Ltd.
Tel +86 516 8390 2275 / WeChat kevinzhou_glass

""" + q(_p20_scope),
         in_reply_to="<h60-md-019@maisondelorme.fr>")))])


# p21: Italian crystal: batch bought for all 1.200 and approval rolls straight into production.
_p21_scope = """PO AH-2024-0344: eighteen (18) sample decanters 'Contessa' only.
The other 1,182 decanters are not released. They will be released only by a written release from me (Oliver Grant, Head of Buying) after our sample sign-off.

Oliver Grant
Ashcombe House Hotels"""
case("p21_crystal_batch_rollover", ["RG006", "RG007"],
     "Italian supplier bought the crystal batch for all 1.200 and says that on sample approval they go straight into the remaining pieces; quoted buyer scope requires a written release.",
     [("R_AH-2024-0344.eml", eml_bytes(mail(
         "Lorenzo Bianchi <l.bianchi@vetreriatoscana.it>", "Oliver Grant <oliver.grant@ashcombehouse.co.uk>",
         "R: PO AH-2024-0344 - caraffe Contessa - campioni", "Mon, 15 Apr 2024 17:26:00 +0200",
         """Gentile Mr. Grant,

the 18 sample decanters are finished and they will be shipped tomorrow by UPS, tracking follows. The cut of the base came out really brilliant, our maestro is very proud.

For be fast, we have already purchased the crystal batch (lead-free, potassium) for all 1.200 decanters, so when you approve the samples we go directly in production of the remaining pieces, without to lose time, as we do usually with our clients. We hope this is appreciated and that the hotels can have the decanters for Christmas.

Cordiali saluti""" + sig_it("Lorenzo Bianchi", "Direttore Commerciale", "Vetreria Toscana Colle S.r.l. - Colle di Val d'Elsa (SI)", "+39 0577 920 315") + "\n" + q(_p21_scope),
         in_reply_to="<h60-ah-0344@ashcombehouse.co.uk>")))])


# p22: chat: buyer calls the forecast "confirmed"; supplier stages cullet and cartons for 20.000.
case("p22_chat_forecast_cullet", ["RG006", "RG008"],
     "Buyer says the 20k forecast should be taken as confirmed; supplier then reserves cullet and cartons for 20.000 while only 60 samples are released.",
     [("WhatsApp_Chat_Emre_Bayside.txt", wa([
         ("08/04/2024", "18:03", "Megan Doyle", "Hey Emre! Quick one, our 2025 forecast for the Bayside rocks glass is 20k. It's just forecast but honestly take it as confirmed, it's a done deal with our CEO 😄"),
         ("08/04/2024", "18:20", "Emre Yılmaz", "Great news Megan! So we plan 20.000 pcs for 2025"),
         ("08/04/2024", "18:24", "Megan Doyle", "Yes! PO for now is only the 60 samples though (PO BG-2291). Rest is NOT released until I send a written release after our bar team signs off the samples"),
         ("08/04/2024", "18:25", "Emre Yılmaz", "Understood. Samples next week 👍"),
         ("16/04/2024", "10:11", "Emre Yılmaz", "<Media omitted>"),
         ("16/04/2024", "10:12", "Emre Yılmaz", "60 samples packed, UPS tomorrow"),
         ("19/04/2024", "09:47", "Emre Yılmaz", "Megan, info: we reserved 2,4 ton cullet and the printed carton boxes for the full 20.000 pcs in our warehouse, so we are ready"),
         ("19/04/2024", "15:02", "Megan Doyle", "Oh ok, thanks for the heads up"),
     ]))])


# p23: supplier portal: material reserved for the full order, production auto-triggered on sample approval.
_p23 = html_page("Order FE-SO-24-0871", """
<h2>Foshan Everbright Glassware &mdash; Customer Portal</h2>
<p>Sales order <b>FE-SO-24-0871</b> &middot; customer <b>Galeries Orsay SA</b> (Paris) &middot; updated 23 April 2024</p>
""" + html_table([
    ["Line", "Description", "Qty", "Status"],
    ["10", "Hurricane candle holder 25 cm, clear, gold foot (sample)", "12 pcs", "Samples in approval"],
    ["20", "Hurricane candle holder 25 cm - production quantity per quotation FE-Q-0318", "3,600 pcs",
     "Scheduled - will be triggered automatically upon your sample approval"],
]) + """
<h3>Material</h3>
""" + html_table([
    ["Material", "Reserved for", "Status"],
    ["Glass tube 90 mm / batch", "3,612 pcs (full order quantity)", "reserved"],
    ["Gold foil + gift boxes", "3,612 pcs (full order quantity)", "reserved"],
]) + """
<h3>Customer PO note (copied from PO GO-24-00944)</h3>
<div class="note">PO GO-24-00944 covers 12 sample hurricanes only. The production quantity is not released. It will be released
only by a written release from Hélène Garnier, Responsable Achats, after our sample sign-off.</div>
<p style="font-size:11px;color:#666">Foshan Everbright Glassware Co., Ltd. &middot; Nanhai District, Foshan, Guangdong</p>
""")
case("p23_portal_auto_trigger_reservation", ["RG006", "RG007"],
     "Supplier portal: 3,600 'triggered automatically upon your sample approval' and material reserved for 3,612 while the copied PO note limits the release to 12 samples.",
     [("FE-SO-24-0871.html", _p23)])


# p25: Portuguese supplier: "as soon as you approve the samples we roll straight into the 4.800".
_p25_scope = """PO PEL-77455: 30 sample serving bowls 'Kew' only.
The 4,800 bowls are not released. I will release them in writing (Emma Clarke, Category Buyer) after our QA sign-off.
Emma"""
case("p25_roll_straight_into_run", ["RG007"],
     "Supplier: 'as soon as you approve the samples we roll straight into the 4.800'; buyer's quoted scope requires her written release.",
     [("RE_PEL-77455.eml", eml_bytes(mail(
         "Isabel Costa <isabel.costa@porcelanasdaserra.pt>", "Emma Clarke <emma.clarke@pellhams.co.uk>",
         "RE: PEL-77455 - serving bowl Kew", "Tue, 16 Apr 2024 10:02:00 +0100",
         """Dear Emma,

Thank you for your order PEL-77455 of the 30 sample serving bowls. They go to the kiln on Wednesday.

As we spoke with your colleague at Ambiente in Frankfurt, as soon as you approve the samples we roll straight into the 4.800 bowls, so we keep the kiln slot of week 24 for you. If you do not approve, of course we correct and send new samples.

Com os melhores cumprimentos,""" + sig_pt("Isabel Costa", "Export Department", "Porcelanas da Serra, Lda. - Anadia", "+351 231 500 284") + "\n" + q(_p25_scope),
         in_reply_to="<h60-pel-77455@pellhams.co.uk>")))])


# p26: Chinese quotation terms: production starts automatically after sample approval + deposit.
case("p26_quote_auto_start_deposit", ["RG007", "RG012"],
     "Quotation terms: mass production begins automatically after sample approval and receipt of the 30% deposit, no further confirmation needed.",
     [("HC-Q24-0522.pdf", pdf([
         ("h1", "JINGDEZHEN HUACI PORCELAIN CO., LTD."),
         ("h", "QUOTATION & SALES TERMS No. HC-Q24-0522"),
         ("table", [["To", "Marina Pearl Hotel LLC, Dubai - Attn. Mr. Rahul Menon"], ["Date", "22 May 2024"],
                    ["Item", "Bone china soup plate 23 cm, navy band with gold pearl line"]]),
         ("sp",),
         ("table", [["Description", "Quantity", "Unit price USD", "Amount USD"],
                    ["Samples", "20 pcs", "15.00", "300.00"],
                    ["Production", "2,000 pcs", "4.90", "9,800.00"],
                    ["Production", "4,000 pcs", "4.55", "18,200.00"]]),
         ("sp",),
         ("h", "Sales terms"),
         ("p", "1. Samples: 20 pcs, ready 20 days after sample order."),
         ("p", "2. Mass production will begin automatically 3 days after your sample approval and receipt of 30% "
               "deposit; no further confirmation is needed."),
         ("p", "3. Balance 70% before shipment. FOB Shanghai. Validity 45 days."),
         ("p", "4. Packing: 4 pcs per inner box, 24 pcs per carton."),
         ("p", "Zhang Min, Export Sales Manager"),
     ], title="HC-Q24-0522", author="Jingdezhen Huaci Porcelain"))])


# p27: buyer contradicts her own written-release requirement.
_p27_orig = """Bonjour João,

PO GO-24-01012: 24 sample carafes 'Haussmann' 1 L.
The 1,176 carafes are not released. I will release them in writing after our product committee signs off the samples.

Hélène Garnier, Responsable Achats"""
case("p27_buyer_carry_on_rest", ["RG007"],
     "Buyer who required her written release now tells the supplier to carry straight on with the other 1,176 if the committee likes the samples, 'no need to wait for my paperwork'.",
     [("RE_GO-24-01012.eml", eml_bytes(mail(
         "Hélène Garnier <h.garnier@galeries-orsay.fr>", "João Pereira <j.pereira@vidraria-atlantica.pt>",
         "RE: GO-24-01012 carafes - samples shipped", "Mon, 13 May 2024 09:31:00 +0200",
         """Bonjour João,

Samples arrived safely, merci! Not one chipped, and the cartons were beautifully packed.

Our product committee looks at them on Thursday. To save time: if the committee likes them, just carry straight on with the other 1,176, no need to wait for my paperwork. I'll sort out the formal side afterwards.

Bonne journée,
Hélène""" + sig2("Hélène Garnier", "Responsable Achats Arts de la Table", "Galeries Orsay SA", "+33 1 99 42 17 60")
         + "\n\n" + q("""From: João Pereira
Sent: 8 May 2024 17:02

Dear Hélène, the 24 sample carafes were shipped today with DHL, AWB 58 7710 2294. Best regards, João""")
         + "\n>\n" + q(_p27_orig, 2),
         in_reply_to="<h60-va-01012@vidraria-atlantica.pt>")))])


# p28: chat: supplier plans to roll straight into the 2k on sample OK; buyer then ties the start to payment.
case("p28_chat_rollover_paid_start", ["RG007", "RG012"],
     "Supplier: 'when samples OK we start 2k directly' (buyer 👍) despite the written-release requirement; later 'samples invoice paid, so you're clear to start the 2k'.",
     [("WhatsApp_Chat_Katarzyna_HSS.txt", wa([
         ("01/07/2024", "11:02", "Callum Reid", "PO TS-PO-1240 sent: 50 sample tumblers, stag engraving. The 2,000 for the distillery shop aren't released, I'll send a written release after our brand team signs off the samples"),
         ("01/07/2024", "11:30", "Katarzyna Nowak", "Thank you Callum, we start samples Monday"),
         ("01/07/2024", "11:31", "Katarzyna Nowak", "Just to plan: when samples OK we start 2k directly, same engraving setup 👍"),
         ("01/07/2024", "11:45", "Callum Reid", "👍"),
         ("12/07/2024", "14:05", "Katarzyna Nowak", "Samples shipped, UPS 1Z 88A 1F0 04 1234 5678"),
         ("16/07/2024", "10:20", "Callum Reid", "Got them, class! Stag looks great"),
         ("16/07/2024", "10:21", "Callum Reid", "Invoice for the samples paid this morning ✅ so you're clear to start the 2k now, we want them for Christmas"),
         ("16/07/2024", "10:40", "Katarzyna Nowak", "Super, thank you! We plan week 31"),
     ]))])


# p29: DOCX project letter whose timeline assumes production starts right after sample approval.
case("p29_timeline_assumes_rollover", ["RG007"],
     "Project letter says the 2,400 sets need Ahmed Khalil's written release, but its timeline has the full run start the week after sample approval.",
     [("DRR-AA-project_letter.docx", docx_bytes([
         ("p", "Desert Rose Resorts - Procurement Department - Abu Dhabi"),
         ("p", "Kütahya Porselen Atölyesi - Zafer OSB 2. Cadde No 9 - 43100 Kütahya - Türkiye - Attn. Mr. Mehmet Aydın"),
         ("p", "10 April 2024"),
         ("h1", "Project letter - Desert Rose Al Ain - tableware programme"),
         ("h", "1. Scope"),
         ("p", "PO DRR-4520 covers twelve (12) sample sets (dinner plate 27 cm, side plate 18 cm, bowl 16 cm). "
               "The production quantity of 2,400 sets is not released. It is released only by a written release "
               "signed by Ahmed Khalil, Procurement Director, after sample sign-off by our Executive Chef."),
         ("h", "2. Specification"),
         ("table", [["Piece", "Glaze", "Decoration"],
                    ["Dinner plate 27 cm", "reactive sand", "none"],
                    ["Side plate 18 cm", "reactive sand", "none"],
                    ["Bowl 16 cm", "reactive sand outside, white inside", "DRR logo, underglaze, 12 mm"]]),
         ("h", "3. Timeline"),
         ("table", [["Week", "Milestone"],
                    ["18", "Samples delivered to Al Ain"],
                    ["20", "Chef tasting and sample approval"],
                    ["21", "Production start, full run of 2,400 sets (immediately after sample approval)"],
                    ["30", "Delivery DAP Al Ain, pre-opening stores"]]),
         ("p", "We look forward to a beautiful collection."),
         ("p", "Ahmed Khalil, Procurement Director"),
     ], author="Ahmed Khalil"))])


# p30: buyer calls the annual forecast a firm order (TXT plan attached).
_p30_att = """NOORDZEE GIN B.V. - VOLUME PLAN 2025 - BOTTLE 50CL 'WAVE' FLINT
FORECAST (PCS)     JAN    FEB    MAR    APR    MAY    JUN    JUL    AUG    SEP    OCT    NOV    DEC
WAVE 50CL        2,500  2,500  3,000  3,500  4,500  3,000  3,000  3,000  3,000  3,500  5,000  3,500
TOTAL 2025      40,000
"""
case("p30_forecast_as_firm_order", ["RG008"],
     "Buyer writes that the 2025 forecast of 40,000 bottles is 'our firm order for 2025'; nothing released now, call-offs monthly by named director.",
     [("NZG_2025_volumes.eml", eml_bytes(mail(
         "Femke Visser <femke@noordzeegin.nl>", "Ricardo Ferreira <r.ferreira@vidraria-atlantica.pt>",
         "2025 volumes - Wave 50 cl", "Wed, 16 Oct 2024 14:10:00 +0200",
         """Hi Ricardo,

As promised at the tasting in Lisbon, our numbers for next year.

Our forecast for 2025 is 40,000 bottles of the 50 cl Wave bottle, about 3,300 a month with peaks in May and November (plan attached). Please consider this our firm order for 2025 and plan your furnace campaigns accordingly.

Nothing is released by this mail: production only against our monthly call-offs, each signed by me.

Thanks again for a great year, the new emboss has had so many compliments from the bars.

Femke""" + sig("Femke Visser", "Operations Director", "Noordzee Gin B.V.", "+31 255 799 014"),
         html=None, attachments=[("NZG_volume_plan_2025.txt", _p30_att, "text/plain")])))])


# p31: supplier order confirmation: forecast confirmed as an order, PO acceptance -> production scheduled.
case("p31_confirmation_forecast_accepted", ["RG008", "RG012"],
     "Supplier confirms 20.000 bottles 'as per your annual forecast' as an order, and because the PO was accepted schedules production for week 32.",
     [("OC-24-0671.pdf", pdf([
         ("h1", "VIDRIOS DEL MEDITERRÁNEO S.L."),
         ("p", "Polígono Industrial Fuente del Jarro - 46988 Paterna (Valencia) - CIF B46 118 220"),
         ("h", "CONFIRMACIÓN DE PEDIDO / ORDER CONFIRMATION OC-24-0671"),
         ("table", [["Cliente / Customer", "Copperline Distilling Co., Bardstown KY, USA"],
                    ["Su pedido / Your PO", "CD-PO-3310 of 02.07.2024"], ["Fecha / Date", "05.07.2024"]]),
         ("sp",),
         ("table", [["Artículo / Article", "Cantidad / Quantity", "Precio / Price", "Semana / Week"],
                    ["Bottle 'Copperline' 750 ml, amber, bar-top finish, embossed still", "20.000 pcs", "USD 0,71", "32"]]),
         ("sp",),
         ("p", "Quantity confirmed: 20.000 pcs, as per your 2024 annual forecast."),
         ("p", "Your PO has been accepted in our system; therefore the production of the 20.000 bottles is "
               "scheduled for week 32 on furnace 1 (amber campaign)."),
         ("p", "Palletisation: 1.320 bottles per pallet, 9 layers, top frame. FCA Valencia port."),
         ("p", "Javier Ortega - Área Comercial"),
     ], title="OC-24-0671", author="Vidrios del Mediterraneo"))])


# p32: buyer's forecast page labelled "firm - committed".
_p32 = html_page("Galeries Orsay - 12-week forecast", """
<h2>Galeries Orsay &mdash; Supplier collaboration</h2>
<p>Supplier: <b>Porcelanas da Serra, Lda.</b> &middot; Article: <b>GO-RIV-ES</b> espresso cup 'Rivoli' + saucer, bleu de Sèvres &middot; published 29 April 2024</p>
<div class="note"><b>12-week forecast &ndash; FIRM.</b> The quantities below are committed by Galeries Orsay. Please plan your
kiln capacity to them. Call-offs follow separately by e-mail.</div>
""" + html_table([
    ["Week", "Forecast (pcs)", "Type"],
    ["22", "600", "forecast - committed"],
    ["24", "600", "forecast - committed"],
    ["26", "900", "forecast - committed"],
    ["28", "600", "forecast - committed"],
    ["30", "600", "forecast - committed"],
    ["32", "900", "forecast - committed"],
]) + """
<p>Total 12 weeks: 4,200 pcs.</p>
<p>Contact: Hélène Garnier, Responsable Achats Arts de la Table &middot; +33 1 99 42 17 60</p>
""")
case("p32_forecast_page_committed", ["RG008"],
     "Buyer's 12-week forecast page labels each forecast line 'committed' and the whole page 'FIRM'.",
     [("GO_portal_wk18.html", _p32)])


# p33: supply agreement annex turning an estimated volume into a purchase commitment.
case("p33_agreement_estimate_commitment", ["RG008"],
     "Agreement annex: the 'estimated annual volume' (a forecast based on usage) 'constitutes a firm purchase commitment'.",
     [("HR-PNR_agreement_annex2.docx", docx_bytes([
         ("h1", "Supply Agreement - Annex 2: Volumes and Call-offs"),
         ("p", "between Hudson Row Hospitality Group LLC, New York ('Buyer') and Porcelana Nowa Ruda Sp. z o.o., "
               "Nowa Ruda ('Supplier'), dated 15 January 2024"),
         ("num", "The estimated annual volume for the steak plate HR-SP-1130 is 14,400 pcs. This estimate is a forecast "
                 "based on 2023 usage across our 12 restaurants and the two openings planned for 2024."),
         ("num", "The estimated annual volume set out in item 1 constitutes a firm purchase commitment of the Buyer for "
                 "calendar year 2024."),
         ("num", "Production is authorized only by individual call-offs signed by Daniel Okafor, Director of Purchasing. "
                 "Each call-off states its quantity and delivery week."),
         ("num", "Prices per Annex 1 are fixed until 31 December 2024."),
         ("table", [["Quarter", "Forecast pcs"], ["Q1", "3,000"], ["Q2", "3,600"], ["Q3", "3,600"], ["Q4", "4,200"]]),
         ("p", "For the Buyer: Daniel Okafor - For the Supplier: Tomasz Wieczorek, Export Manager"),
     ], author="Hudson Row Legal"))])


# p34: supplier treats the rolling forecast as firm and buys tubing for 9.000 while 1.500 are released.
_p34_co = """Call-off 4 under blanket PO PEL-BL-2024: please produce and ship 1,500 hurricanes 'Kew' 30 cm.
The rest of the blanket stays on hold until call-off 5, which will come from me, Emma Clarke.
The rolling forecast I sent on Monday is for planning only and releases nothing.

Emma Clarke
Category Buyer - Home & Dining, Pellham's"""
case("p34_forecast_tubing_bought", ["RG006", "RG008"],
     "Supplier 'firmly scheduled' June-August from the rolling forecast and bought tubing for 9.000 while only the 1.500 of call-off 4 are released; forecast was labelled planning-only.",
     [("RE_PEL-BL-2024_CO4.eml", eml_bytes(mail(
         "Tomasz Wieczorek <t.wieczorek@hutasudety.pl>", "Emma Clarke <emma.clarke@pellhams.co.uk>",
         "RE: PEL-BL-2024 call-off 4 - hurricane Kew", "Fri, 24 May 2024 12:40:00 +0200",
         """Dear Emma,

Thank you for call-off 4. The 1.500 pcs are in packing now and will be ready for your forwarder on Wednesday.

Based on your rolling forecast (3.000 pcs per month for the 'Kew' hurricane), we have firmly scheduled your production for June, July and August and we have bought the glass tubing for the 9.000 pcs, so you will not have any delay in the summer.

Kind regards,
Tomasz Wieczorek
Export Manager - Huta Szkła Sudety Sp. z o.o.
+48 74 666 20 18

""" + q(_p34_co),
         in_reply_to="<h60-pel-bl-co4@pellhams.co.uk>")))])


# p35: "approved" for sample, PO and production in one buyer mail (multipart/alternative).
_p35 = """Hi Agnieszka,

Quick status from our side on the Bayside bread plates:

- The samples are approved - our chef loved the speckle, and the rim is perfect.
- PO BG-2318 (30 sample plates) has been approved by our finance team, so your invoice can go in.
- Approval for production will follow once our CFO signs the Q3 capex.

For now, please keep to the 30 samples already made; the 2,970 production plates are not released. I'll send a written release myself once the CFO has signed.

Thanks so much, and say hi to the glazing team!

Megan"""
case("p35_approved_three_meanings", ["RG009"],
     "One mail uses 'approved/approval' for the samples (technical), the PO (finance) and production; scope otherwise complete (30, hold, CFO sign-off, her written release).",
     [("BG-2318_status.eml", eml_bytes(mail(
         "Megan Doyle <megan.doyle@baysidegrill.com>", "Agnieszka Zielińska <a.zielinska@porcelana-nowaruda.pl>",
         "Bayside bread plate - status", "Thu, 25 Apr 2024 16:15:00 -0700",
         _p35 + sig("Megan Doyle", "Purchasing Manager", "Bayside Grill Group, 1450 Harbor Dr, San Diego CA 92101", "+1 619 555 0133"),
         html=text_to_html(_p35))))])


# p36: ERP PO header "STATUS: RELEASED" (commercial) next to production release wording.
_p36 = """MARINA PEARL HOTEL LLC                                       PURCHASE ORDER
DUBAI MARINA, P.O. BOX 45512, DUBAI, U.A.E.                  PO NO   MPH-G-3307
                                                             DATE    14-MAR-2024
PO STATUS : RELEASED   (RELEASED BY: R. MENON 14-MAR-2024 10:42)

SUPPLIER  : VIDRARIA ATLANTICA S.A. (V-0288)
            ZONA INDUSTRIAL DA MARINHA GRANDE, 2430-028 MARINHA GRANDE, PORTUGAL

LN  ITEM            DESCRIPTION                              QTY UOM   UNIT EUR    EXT EUR
01  MPH-WG-450S     WINE GLASS 'PEARL' 450ML - SAMPLE         24  EA      8,20     196,80
02  FREIGHT         COURIER DAP DUBAI                          1  LOT    70,00      70,00
                                                                     TOTAL EUR     266,80
NOTES:
SAMPLES ONLY. PRODUCTION QTY 3,600 EA NOT RELEASED. PRODUCTION RELEASE ONLY BY
WRITTEN RELEASE FROM RAHUL MENON (PURCHASING MANAGER) AFTER SAMPLE SIGN-OFF BY
OUR BEVERAGE DIRECTOR.

BUYER: RAHUL MENON  +971 4 555 0871  PURCHASING@MARINAPEARL.AE
"""
case("p36_erp_status_released", ["RG009"],
     "ERP header 'PO STATUS: RELEASED / RELEASED BY' (commercial approval) beside 'production not released / production release'; scope otherwise complete.",
     [("MPH-G-3307.txt", _p36)])


# p37: DOCX approval matrix using "approval" for design, samples, commercial and production.
case("p37_approval_matrix", ["RG009"],
     "Status table uses 'approval/approved' for design, samples, the PO (commercial) and production release; scope otherwise complete (12 sets, hold, Fiona Marsh in writing).",
     [("HF-tea-set_status.docx", docx_bytes([
         ("p", "Harrow & Finch Hotels Ltd - 14 Queen Square - Bath BA1 2HN"),
         ("p", "To: Jingdezhen Huaci Porcelain Co., Ltd. - Attn. Ms. Zhang Min"),
         ("p", "2 April 2024"),
         ("h1", "Crest tea set - status of approvals"),
         ("p", "Dear Zhang Min, for clarity, here is where we stand on the crest tea set (teapot, cup and saucer, "
               "milk jug, sugar bowl)."),
         ("table", [["Step", "Status", "Date", "By"],
                    ["Design approval (artwork HF-CREST-03)", "Approved", "04.03.2024", "Tom Hale, Design Studio"],
                    ["Sample approval (12 sample tea sets)", "Approved", "22.03.2024", "Fiona Marsh"],
                    ["Commercial approval (PO 4500188, 12 sample tea sets)", "Approved", "25.03.2024", "Finance"],
                    ["Production approval (1,188 tea sets)", "Pending", "-", "Fiona Marsh"]]),
         ("p", "The 1,188 tea sets are not released until Fiona Marsh sends the production approval in writing."),
         ("p", "Kind regards, Fiona Marsh, Group Procurement Manager"),
     ], author="Fiona Marsh"))])


# p38: portal: "Release status: RELEASED (PO approved by Finance)" + lines 480 vs total 600.
_p38 = html_page("TW-PO-55210", """
<h2>Tidewater Oyster Bars &mdash; Supplier Portal</h2>
<p>Order <b>TW-PO-55210</b> &middot; Supplier: Anadolu Cam Sanayi A.Ş. &middot; Commercial cover: 2,400 EA</p>
<p>Release status: <b>RELEASED</b> (commercial sign-off by Finance 04/03/2024)</p>
""" + html_table([
    ["Line", "Item", "Description", "Released for production", "Ship week"],
    ["1", "TW-TMB-12", "Oyster tumbler 12 oz, sandblasted logo", "480 EA", "19"],
]) + """
<p><b>Total quantity released for production: 600 EA</b></p>
<div class="note">The remaining quantity of this PO is on hold and must not be started until call-off 2, issued in writing
by Jack Sullivan, Director of Procurement.</div>
<p style="font-size:11px;color:#666">Tidewater eProcurement &middot; last change 04/05/2024 by jsullivan</p>
""")
case("p38_portal_release_status_total", ["RG009", "RG011"],
     "Portal uses 'RELEASED' for the PO's commercial sign-off by Finance and for production; line releases 480 EA while the total says 600 EA.",
     [("TW-PO-55210.html", _p38)])


# p39: chat: "approved" for artwork and budget, then "all approved - go ahead!!"
case("p39_chat_all_approved_go", ["RG002", "RG009"],
     "Chat: 'approved' for the decal artwork and for the budget, then 'all approved - go ahead!!' with no scope; earlier scope (20 samples, hold, her written release after chef sign-off).",
     [("WhatsApp_Chat_Carmen_Manises.txt", wa([
         ("11/03/2024", "09:10", "Camille Moreau", "Bonjour Carmen! PO LUM-2024-102 sent: 20 sample bread plates. The 2,000 for the brasseries are not released, I send the written release myself after the chefs sign off the samples"),
         ("11/03/2024", "09:12", "Camille Moreau", "Before you make the samples we need to check the decal artwork, can you send the proof?"),
         ("11/03/2024", "10:40", "Carmen Ruiz", "Buenos días Camille! Proof by email in 1 hour 😊"),
         ("13/03/2024", "17:55", "Camille Moreau", "Carmen, bonne nouvelle"),
         ("13/03/2024", "17:55", "Camille Moreau", "decal artwork approved ✔"),
         ("13/03/2024", "17:56", "Camille Moreau", "budget approved ✔ (our CFO signed this morning)"),
         ("13/03/2024", "17:56", "Camille Moreau", "all approved - go ahead!! 🎉"),
         ("13/03/2024", "18:20", "Carmen Ruiz", "Perfecto!! 😍 we start on Monday"),
     ]))])


# p40: cover mail says 48 samples, attached PO says 36.
_p40_po = pdf([
    ("h1", "MARLOWE & VINE RESTAURANTS LTD"),
    ("p", "9 Wardour Street, London W1D 6PF"),
    ("h", "PURCHASE ORDER MV-PO-3450"),
    ("table", [["Supplier", "Kütahya Porselen Atölyesi, Kütahya, Türkiye"], ["Date", "6 May 2024"],
               ["Buyer", "Jess Patel"], ["Delivery", "DAP London, Soho kitchen"]]),
    ("sp",),
    ("table", [["Line", "Description", "Qty", "Unit GBP", "Total GBP"],
               ["1", "Sample side plate 20 cm, olive reactive glaze, unglazed foot", "36", "5.40", "194.40"]]),
    ("sp",),
    ("p", "Samples only. The production quantity of 3,000 plates is not released and must not be started. It will be "
          "released only by a written release from Marc Lefèvre, Head of Purchasing, after sample sign-off."),
], title="MV-PO-3450", author="Marlowe & Vine")
case("p40_cover_mail_48_po_36", ["RG011"],
     "Cover mail asks for 48 sample plates; the attached PO orders 36. Hold, unlock event and releaser present.",
     [("MV-PO-3450.eml", eml_bytes(mail(
         "Jess Patel <jess.patel@marloweandvine.co.uk>", "Mehmet Aydın <mehmet@kutahyaporselen.com.tr>",
         "PO MV-PO-3450 olive side plates", "Mon, 06 May 2024 15:30:00 +0100",
         """Hi Mehmet,

Attached is PO MV-PO-3450 for the 48 sample side plates in the olive glaze. We'd like to put them out in two restaurants for a fortnight before we decide, hence the bigger sample lot.

Could you leave the foot unglazed like the mugs? The chefs like the contrast.

Thanks!
Jess""" + sig2("Jess Patel", "Buyer", "Marlowe & Vine Restaurants Ltd", "+44 20 7946 0562"),
         attachments=[("MV-PO-3450.pdf", _p40_po, PDF_MT)])))])


# p41: release letter: words say 1,200, the table says 1,500.
case("p41_release_text_vs_table", ["RG011"],
     "Release letter releases 'one thousand two hundred (1,200)' in the text but 1,500 in its table (balance 1,800 vs 1,500).",
     [("AN-0412-R02.pdf", pdf([
         ("h1", "AL NOOR HOSPITALITY LLC"),
         ("p", "P.O. Box 118204, Dubai, U.A.E."),
         ("h", "PRODUCTION RELEASE PR-AN-0412-02"),
         ("table", [["Supplier", "Porcelana Nowa Ruda Sp. z o.o., Nowa Ruda, Poland"],
                    ["PO", "AN-0412 - charger plate 31 cm, platinum rim - commercial cover 3,000"],
                    ["Date", "6 May 2024"]]),
         ("sp",),
         ("p", "We hereby release one thousand two hundred (1,200) charger plates for production under PO AN-0412, "
               "for delivery DAP Dubai by 15 August 2024."),
         ("table", [["", "Plates"],
                    ["PO commercial cover", "3,000"],
                    ["Released this release", "1,500"],
                    ["Balance on hold (not released)", "1,500"]]),
         ("sp",),
         ("p", "The balance is on hold until release 03, which will be issued by Omar Al Mansoori after lot acceptance "
               "of this delivery at our central stores."),
         ("p", "Omar Al Mansoori, Head of Procurement"),
     ], title="PR-AN-0412-02", author="Al Noor Hospitality"))])


# p42: two files: ERP PO for 24 sample coupes + a DOCX letter asking for 30.
_p42_po = """HUDSON ROW HOSPITALITY GROUP LLC                              PURCHASE ORDER
455 W 14TH STREET, NEW YORK NY 10014                          PO NO.    HR-88630
                                                              PO DATE   04/02/2024
VENDOR:  ANADOLU CAM SANAYI A.S.                VENDOR NO. 20388
         ORGANIZE SANAYI BOLGESI 4. CAD. NO 12, ESKISEHIR, TURKIYE

LN  ITEM         DESCRIPTION                          QTY UOM  UNIT USD    EXT USD
01  HR-CPE-180S  COUPE 'HUDSON' 180ML SAMPLE           24 EA      9.50     228.00
02  FRT          AIR COURIER NEW YORK                   1 LOT   160.00     160.00
                                                       PO TOTAL USD       388.00
NOTES:
 1. SAMPLES ONLY. PRODUCTION 3,000 EA NOT RELEASED; RELEASE ONLY BY WRITTEN
    RELEASE FROM D. OKAFOR, DIRECTOR OF PURCHASING, AFTER SAMPLE SIGN-OFF.
 2. SHIP TO: HUDSON ROW CENTRAL KITCHEN, LONG ISLAND CITY NY 11101.

AUTHORIZED: DANIEL OKAFOR, DIRECTOR OF PURCHASING
"""
_p42_letter = docx_bytes([
    ("p", "Hudson Row Hospitality Group LLC - 455 W 14th Street - New York NY 10014"),
    ("p", "April 3, 2024"),
    ("p", "Anadolu Cam Sanayi A.Ş. - Attn. Mr. Emre Yılmaz"),
    ("h1", "Sample coupes - PO HR-88630"),
    ("p", "Dear Emre,"),
    ("p", "Further to PO HR-88630, please produce thirty (30) sample coupes for our bar teams in New York, Boston "
          "and Chicago (ten per bar), so each team can work with them for a full week."),
    ("p", "Please pack them ten per carton and mark each carton with the city name."),
    ("p", "Best regards,"),
    ("p", "Daniel Okafor, Director of Purchasing"),
], author="Daniel Okafor")
case("p42_po_24_letter_30_files", ["RG011"],
     "Two files for one order: PO HR-88630 releases 24 sample coupes, the buyer's letter under the same PO asks for thirty (30).",
     [("HR-88630.txt", _p42_po), ("HR-88630_sample_letter.docx", _p42_letter)])


# p43: chat: buyer says 60 samples, supplier acknowledges 50, nobody corrects.
case("p43_chat_60_ack_50", ["RG011"],
     "Chat: buyer's PO is for 60 samples; supplier acknowledges 'PO MP-2290 for 50 sample pcs' and the buyer lets it stand.",
     [("WhatsApp_Chat_Jenny_Everbright.txt", wa([
         ("03/06/2024", "09:05", "Rahul Menon", "Jenny, PO MP-2290 sent for 60 sample glasses (the hurricane lamp covers for the terrace). 60 only. Production 1,940 not released, I send the written release after our GM signs off the samples"),
         ("03/06/2024", "09:40", "Jenny Liang", "Thank you Mr Rahul! Noted: PO MP-2290 for 50 sample pcs, we start next week 😊"),
         ("03/06/2024", "09:41", "Rahul Menon", "Great thanks"),
         ("03/06/2024", "09:43", "Jenny Liang", "Clear glass or light smoke? Drawing says both 🙈"),
         ("03/06/2024", "09:50", "Rahul Menon", "Clear please"),
         ("12/06/2024", "15:12", "Jenny Liang", "<Media omitted>"),
         ("12/06/2024", "15:13", "Jenny Liang", "samples ready, ship tomorrow by FedEx"),
     ]))])


# p44: supplier forwards the buyer's release 2 (250 pcs) but confirms 300 as released after payment.
_p44_rel = mail(
    "Sophie Reed <sophie.reed@kettleandcrumb.co.uk>", "Rui Santos <rui.santos@valedolis.pt>",
    "Release 2 - PO KC-24-0390 - mug Crumb", "Mon, 10 Jun 2024 08:55:00 +0100",
    """Hi Rui,

Release 2 under PO KC-24-0390 (commercial cover 2,400 mugs):

Please produce 250 (two hundred and fifty) mugs 'Crumb' 340 ml, speckled oat, for delivery to Liverpool by 12 July.

Release 1 (200 mugs) was delivered in May. The remaining 1,950 mugs stay on hold until release 3, which will come from me, Sophie Reed, Buying Manager, after our lot acceptance of this delivery.

Thanks,
Sophie""")
case("p44_ack_300_after_payment", ["RG011", "RG012"],
     "Supplier confirms '300 mugs of release 2 are released' and started them because the release 1 invoice was paid; the forwarded buyer release 2 says 250.",
     [("KC-24-0390_release2.eml", eml_bytes(mail(
         "Rui Santos <rui.santos@valedolis.pt>", "Sophie Reed <sophie.reed@kettleandcrumb.co.uk>",
         "FW: Release 2 - PO KC-24-0390 - mug Crumb", "Thu, 13 Jun 2024 10:20:00 +0100",
         """Dear Sophie,

We received the payment of the invoice of release 1 yesterday, thank you very much! So we confirm that 300 mugs of release 2 are released, and we have started them in the kiln this morning.

I forward your release 2 mail below for our records, as our quality department asks to keep the customer release together with the production order.

Melhores cumprimentos,""" + sig_pt("Rui Santos", "Sales", "Cerâmica Vale do Lis, Lda.", "+351 244 800 118"),
         cc="producao@valedolis.pt", attachments=[("rfc822", _p44_rel)])))])


# p45: buyer mail says 1,200 released; the attached release form (Italian supplier's form) says 1.500.
_p45_form = pdf([
    ("h1", "CERAMICHE FAENTINE S.R.L."),
    ("h", "Modulo di rilascio / Release form"),
    ("table", [["Cliente / Customer", "Maison Verlaine SA, Paris"],
               ["Ordine / Order", "MV-24-1310 - ciotola da portata 'Siena' 28 cm / serving bowl"],
               ["Copertura ordine / Order cover", "3.000 pz"],
               ["Rilascio n. / Release no.", "1"],
               ["Quantità rilasciata / Released quantity", "1.500 pz"],
               ["Saldo / Balance", "1.500 pz - in attesa / on hold"],
               ["Consegna / Delivery", "settimana / week 27"],
               ["Firma cliente / Customer signature", "Sophie Laurent, Directrice Produit"]]),
    ("sp",),
    ("p", "Il saldo resta bloccato fino al rilascio n. 2 firmato dal cliente. The balance stays blocked until release no. 2 signed by the customer."),
], title="Modulo di rilascio MV-24-1310", author="Maison Verlaine")
case("p45_mail_1200_form_1500", ["RG011"],
     "Buyer's mail releases 1,200 bowls (remaining 1,800 on hold); the attached signed release form for the same order says 1.500 released, balance 1.500.",
     [("MV-24-1310_release1.eml", eml_bytes(mail(
         "Élodie Marchand <e.marchand@maisonverlaine.fr>", "Paolo Bertolini <p.bertolini@ceramichefaentine.it>",
         "MV-24-1310 Siena - release 1", "Tue, 21 May 2024 10:44:00 +0200",
         """Buongiorno Paolo,

Please find attached your release form, signed by Sophie, for the 'Siena' serving bowls.

Release 1: 1,200 bowls are released for production, delivery week 27 to our warehouse in Gennevilliers. The remaining 1,800 stay on hold until release 2, which will again be signed by Sophie Laurent, Directrice Produit.

The glaze on the samples was perfect, please keep exactly the same firing curve.

Grazie e a presto,
Élodie""" + sig("Élodie Marchand", "Acheteuse Art de la Table", "Maison Verlaine SA, 41 rue du Bac, 75007 Paris", "+33 1 84 88 20 11"),
         attachments=[("MV-24-1310_rilascio_1.pdf", _p45_form, PDF_MT)])))])


# p46: accounts payable: "the deposit has been paid, so you can start with the production".
_p46_sup = """Dear Henk,

please find attached our proforma PS-PF-24-117 for the 30% deposit of the production of the 'Gouda' dinner plates, as discussed by phone, to reserve the kiln capacity for October.

Best regards,
Isabel Costa
Porcelanas da Serra"""
_p46_henk = """PO VDW-24-5620: 24 sample dinner plates 'Gouda' only.
The balance of 2,976 plates is not released. It will be released only by a written release from me (Henk Mulder) after our sample sign-off.
Henk"""
case("p46_accounts_deposit_start", ["RG012"],
     "Accounts payable tells the supplier the deposit is paid 'so you can start with the production'; buyer's quoted scope keeps 2,976 on hold until Henk Mulder's written release.",
     [("RE_PS-PF-24-117.eml", eml_bytes(mail(
         "Lotte de Vries <crediteuren@vandijkwonen.nl>", "Isabel Costa <isabel.costa@porcelanasdaserra.pt>",
         "RE: Proforma PS-PF-24-117 - deposit 'Gouda'", "Fri, 31 May 2024 15:52:00 +0200",
         """Dear Ms. Costa,

Please be informed that we have transferred the deposit of EUR 6.840,00 for your proforma PS-PF-24-117 today (value date 3 June).

The deposit has been paid, so you can start with the production.

Kind regards,
Lotte de Vries
Crediteurenadministratie / Accounts Payable
Van Dijk Wonen B.V.

""" + q(_p46_sup) + "\n>\n" + q(_p46_henk, 2),
         cc="Henk Mulder <h.mulder@vandijkwonen.nl>", in_reply_to="<h60-ps-pf-117@porcelanasdaserra.pt>")))])


# ===================================================================== build
def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(6060).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h60_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                (d / fn).write_bytes(data.encode("utf-8"))
            else:
                (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    n_clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({n_clean} clean) -> {OUT}")


if __name__ == "__main__":
    main()
