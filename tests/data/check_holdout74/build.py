#!/usr/bin/env python3
"""Generator for the releasegate check_holdout74 corpus (outdoor and garden furniture).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout74/build.py

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
import textwrap
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
    m["Message-ID"] = msgid or f"<h74-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h74")
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


def T(s):
    """Dedent a triple-quoted block and end it with exactly one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def quote(text):
    """Quote a message body for a reply ('> ' prefix on every line)."""
    return "".join(("> " + ln) if ln.strip() else ">\n" for ln in text.splitlines(True)).rstrip("\n") + "\n"


def chat(lines):
    """WhatsApp-style export: list of (timestamp, sender, text)."""
    return "".join(f"[{ts}] {who}: {msg}\n" for ts, who, msg in lines)


TXT_MT = "text/plain"
HTML_MT = "text/html"

# =================================================================== CASES
# Descriptive names: c.. = clean, p.. = positive. The names never reach the output folders.

# ------------------------------------------------------------ batch 1
# c01: supplier quote with prototype and production tiers, standalone (clean)
case("c01_quote_tiers_teak", [],
     "supplier quote alone: prototype set plus indicative production tiers; no authorization in the bundle",
     [("BDT_Quotation_Q-BD-24-0311.pdf", pdf([
         ("h1", "BINH DUONG TEAK FURNITURE CO., LTD"),
         ("p", "Lot C7, Tan Uyen Industrial Park, Binh Duong Province, Vietnam - Tel +84 274 3655 120"),
         ("p", "FSC Chain of Custody certificate FSC-C154321 (FSC 100%)"),
         ("h", "QUOTATION No. Q-BD-24-0311"),
         ("p", "To: Harrow & Finch Garden Ltd, Unit 4 Longacre Park, Harrow HA2 0QD, United Kingdom. "
               "Attn: Mr. Tom Reilly, Senior Buyer. Date: 11 March 2024. Valid: 60 days."),
         ("p", "Collection: WINDSOR dining. Material: plantation teak, grade A, kiln dried to 10-12% "
               "moisture content, sanded 240 grit, natural finish. KD construction, stainless fittings."),
         ("table", [
             ["Item", "Description", "Qty", "Unit price USD (FOB HCMC)", "Amount USD"],
             ["1", "Prototype set: 1 x table TK-DT-2200 (220x100 cm) + 6 x chair TK-DC-06", "1 set", "1,450.00", "1,450.00"],
             ["2", "Finish panel 30x30 cm, natural and grey wash", "2 pcs", "free of charge", "0.00"],
             ["3", "Production price, tier A (indicative)", "150 sets", "1,120.00", "-"],
             ["4", "Production price, tier B (indicative)", "300 sets", "1,085.00", "-"],
             ["5", "Production price, tier C (indicative)", "600 sets", "1,049.00", "-"],
         ]),
         ("sp",),
         ("p", "Remarks:"),
         ("p", "1. Prototype set ready 25 days after your PO, dispatched by air freight at cost."),
         ("p", "2. Production prices are indicative and valid 60 days after your sample sign-off. "
               "Production quantity and ETD are fixed only by your separate production order and "
               "written release; this quotation does not start any production or timber purchase."),
         ("p", "3. Packing: KD, 1 set per 3 cartons, approx. 75 sets per 40'HC. Container loading "
               "plan will be sent with the production order confirmation."),
         ("p", "4. Payment: prototype 100% T/T before dispatch. Production: 30% T/T with order, "
               "70% against copy B/L."),
         ("p", "Best regards, Nguyen Thi Mai - Export Sales Manager - mai.nguyen@bdteak.vn"),
     ], title="Quotation Q-BD-24-0311", author="Nguyen Thi Mai"))])


# c02: sample PO with full scope note (clean)
case("c02_sample_po_wicker", [],
     "sample PO states 4 showroom sets, 180 not released, unlock = sample sign-off + revised PO, named releaser, sample-only material",
     [("PO_4500018832.pdf", pdf([
         ("h1", "Tuinhuis Nederland B.V. - Inkooporder / Purchase Order"),
         ("p", "Industrieweg 41, 5145 PD Waalwijk, Nederland - KvK 27114520 - BTW NL8123.45.678.B01"),
         ("table", [
             ["PO number", "4500018832"],
             ["PO date", "16-04-2024"],
             ["Supplier", "PT Rotan Cirebon Indah, Jl. Raya Plumbon Km 8, Cirebon, Jawa Barat, Indonesia"],
             ["Supplier quote", "OF-2024-118 dd. 02-04-2024"],
             ["Incoterm", "FCA Cirebon (airfreight arranged by our forwarder)"],
             ["Buyer", "Marieke de Vries, Head of Sourcing Outdoor"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Article", "Description", "Qty", "Unit EUR", "Total EUR"],
             ["10", "RW-LS-4 KAL", "Lounge set KALIMANTAN, 4-seat, synthetic wicker half-round 5 mm, "
                                  "colour Pebble Grey, cushions olefin Taupe - SHOWROOM SET", "4 sets", "520,00", "2.080,00"],
         ]),
         ("sp",),
         ("h", "Scope of this purchase order"),
         ("p", "This purchase order covers four (4) showroom sets only (line 10). Please build and ship "
               "these four sets now."),
         ("p", "The season quantity of 180 sets mentioned in your offer OF-2024-118 is NOT released: do "
               "not buy fibre, aluminium frames or cushion fabric for it and do not start production."),
         ("p", "The 180 sets can only be released after (1) our written sample sign-off of the showroom "
               "sets in Waalwijk and (2) a written release together with a revised PO. Only Marieke de "
               "Vries (Head of Sourcing Outdoor) can sign that release."),
         ("p", "Material authority: sample-only. Material bought for more than the four sets is at "
               "supplier's own risk."),
         ("sp",),
         ("p", "Delivery: showroom sets at our warehouse Waalwijk before 15-07-2024 for the Tuinbeurs "
               "Utrecht. Packing: fully assembled, corner protectors, 1 set per pallet."),
         ("p", "Our general purchasing conditions apply (filed at KvK 's-Hertogenbosch). Invoices to "
               "crediteuren@tuinhuis-nl.nl quoting PO number."),
     ], title="PO 4500018832", author="M. de Vries"))])


# c03: supplier asks whether to go ahead; buyer answers with full scope (clean)
case("c03_chat_goahead_question", [],
     "supplier's 'can we go ahead for 480?' is a question; buyer answers 6 released, 480 on hold, unlock = signed sample report + written release, named Anna Vogel",
     [("WhatsApp_Chat_Kevin_Liang.txt", chat([
         ("03.06.24, 08:12:40", "Kevin Liang", "Good morning Anna, the 6 salesman samples of ALU dining chair AC-210 are finished, powder coat RAL 7016 anthracite. Photos coming"),
         ("03.06.24, 08:13:05", "Kevin Liang", "<Media omitted>"),
         ("03.06.24, 08:13:09", "Kevin Liang", "<Media omitted>"),
         ("03.06.24, 08:15:51", "Kevin Liang", "Our boss ask: samples approved already? can we go ahead for the 480 pcs? aluminium price going up next week"),
         ("03.06.24, 09:41:10", "Anna Vogel", "Morning Kevin, they look good on the photos but nothing is signed off yet"),
         ("03.06.24, 09:43:22", "Anna Vogel", "To be clear: only the 6 salesman samples are released on PO 4711-2024-088. The 480 pcs stay on hold. Please do not buy aluminium for them, whatever the price does."),
         ("03.06.24, 09:44:02", "Anna Vogel", "They will be released only when I have signed the sample report here in Hamburg and sent you a written release together with the revised PO. Nobody else in our team can release them."),
         ("03.06.24, 09:45:30", "Kevin Liang", "ok understood, we ship the 6 samples by DHL tomorrow and wait for your written release 🙏"),
         ("03.06.24, 09:46:01", "Anna Vogel", "👍 Thanks. AWB number please once you have it."),
         ("04.06.24, 16:20:44", "Kevin Liang", "DHL AWB 4471 2290 18, 2 cartons 23 kg"),
     ]))])


# c04: clearly labelled forecast printout (clean)
case("c04_erp_forecast_parasols", [],
     "ERP forecast printout labelled 'forecast only, not a purchase order, no quantity released'",
     [("FCST_20417_2024-04-28.txt", T("""
         SOUTHERLY OUTDOOR PTY LTD                                   PAGE 1 OF 1
         12 DUNLOP RD, MULGRAVE VIC 3170                     RUN 28/04/2024 06:00
         SUPPLIER FORECAST REPORT (MRP)                        USER: BATCH
         ==========================================================================
         *** FORECAST ONLY - NOT A PURCHASE ORDER - NO QUANTITY IS RELEASED ***
         ==========================================================================
         SUPPLIER : 20417   NINGBO SUNSHADE PARASOL MFG CO LTD
         CURRENCY : USD     INCOTERM: FOB NINGBO       PLANNER: D. PAPADOPOULOS

         ITEM        DESCRIPTION                     JUL-24 AUG-24 SEP-24 OCT-24    TOTAL
         ----------  ------------------------------  ------ ------ ------ ------  -------
         PC-3030-TP  CANTILEVER PARASOL 3X3M TAUPE        0    240    360    180      780
         PC-3030-CH  CANTILEVER PARASOL 3X3M CHARCOAL     0    120    240    120      480
         PB-25-GR    PARASOL BASE 25KG GRANITE            0    360    600    300    1,260
         PCV-3030    PARASOL COVER 3X3M PU COATED         0    360    600    300    1,260
         ----------  ------------------------------  ------ ------ ------ ------  -------

         NOTES
         1. Figures are non-binding planning figures for your capacity planning and
            will change with sell-through. They are not orders and not commitments.
         2. Purchase orders are issued separately. Only a PO line together with a
            written production release authorises production.
         3. Fabric, aluminium or bases bought against this forecast are at the
            supplier's own risk.
         4. Questions: planning@southerlyoutdoor.com.au / +61 3 9544 7100

         END OF REPORT
         """))])


# c05: full-quantity PO with a scoped 'proceed' (clean)
case("c05_full_po_loungers", [],
     "full-quantity hotel PO (64 loungers, 32 tables), 'proceed with the 64 and 32'; no balance exists",
     [("CH-PO-24-0457.docx", docx_bytes([
         ("h1", "Coastline Hotels plc - Purchase Order CH-PO-24-0457"),
         ("p", "Coastline Hotels plc, 18 Harbour Street, Falmouth TR11 2AQ, United Kingdom. VAT GB 284 1190 37."),
         ("p", "Supplier: Izmir Dis Mekan Mobilya San. ve Tic. A.S., Kemalpasa OSB, 35730 Izmir, Turkey."),
         ("p", "Date: 22 April 2024. Your offer: IDM-TK-2404-17. Project: Porthminster Beach Hotel, pool terrace refurbishment."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
             ["1", "SL-ALU-200", "Stackable sunlounger, aluminium frame, textilene white, 5-position back", "64", "185,00", "11.840,00"],
             ["2", "ST-45", "Side table 45 cm, aluminium, HPL top concrete grey", "32", "62,00", "1.984,00"],
             ["", "", "Total", "", "", "13.824,00"],
         ]),
         ("p", "This order is for the full quantities listed above. There are no options, balances or "
               "further call-offs on this order."),
         ("p", "Please proceed with production of the 64 loungers and 32 side tables on receipt of this "
               "order and confirm your ex-works date within 5 working days."),
         ("p", "Delivery: DAP Porthminster Beach Hotel, St Ives TR26 2EB, before 31 March 2025. Packing: "
               "stacked, shrink-wrapped on pallets, max. 16 loungers per pallet. Commercial-use rating "
               "EN 581-1:2017 certificate to be sent with the shipping documents."),
         ("p", "Payment: 30 days from delivery. Please quote CH-PO-24-0457 on all paperwork."),
         ("p", "Kind regards, Rachel Penrose - Procurement Manager - Coastline Hotels plc"),
     ], author="Rachel Penrose"))])


# p01: full-quantity PO that lists a larger group quantity beside the ordered one
case("p01_po_group_tier", ["RG001"],
     "hotel PO for 60 steamer chairs also prints '300 pcs group rollout' at tier price with nothing saying it is not ordered",
     [("Bestellung_SH-2024-0193.docx", docx_bytes([
         ("h1", "Sonnenhof Hotels GmbH - Bestellung / Purchase Order SH-2024-0193"),
         ("p", "Sonnenhof Hotels GmbH, Zentraleinkauf, Seestrasse 12, 82211 Herrsching am Ammersee, Deutschland."),
         ("p", "Lieferant / Supplier: Binh Duong Teak Furniture Co., Ltd, Lot C7, Tan Uyen Industrial Park, Binh Duong, Vietnam."),
         ("p", "Datum: 06.05.2024 - Ihr Angebot / your quote: Q-2291 vom 12.02.2024 - Projekt: Hotel Sonnenhof Ammersee, Seeterrasse."),
         ("table", [
             ["Pos.", "Artikel", "Beschreibung", "Menge", "Preis USD", "Gesamt USD"],
             ["10", "TK-SC-01", "Steamer chair teak, 4-position, with wheels, natural finish", "60", "310,00", "18.600,00"],
         ]),
         ("p", "Price basis as per your quotation Q-2291:"),
         ("table", [
             ["Quantity", "Scope", "Unit price USD FOB HCMC"],
             ["60 pcs", "Hotel Sonnenhof Ammersee", "310,00"],
             ["300 pcs", "Group rollout, all five Sonnenhof properties", "285,00"],
         ]),
         ("p", "Delivery: CIF Hamburg, ETA latest 15.03.2025. Packing KD not required, fully assembled, "
               "1 pc per carton, max. 120 pcs per 40'HC. Teak FSC 100%, copy of the FSC certificate with "
               "the invoice."),
         ("p", "Payment: 30% T/T against order confirmation, 70% against copy B/L."),
         ("p", "Please confirm this order within one week, stating your ETD."),
         ("p", "Mit freundlichen Gruessen / kind regards, Stefan Huber, Leiter Einkauf, Sonnenhof Hotels GmbH"),
     ], author="Stefan Huber"))])


# p02: sample PO email with quote attached; quote shows 800, nothing on the balance
_p02_body = T("""
    Hi Ms. Thao,

    Great talking to you on Tuesday. Please find attached our PO 31877 for the prototype
    sets of the Savannah rope lounge chair - 4 sets, as discussed on the call. Your quote
    SRE-Q-0425 is attached again since our PO refers to it.

    Rope: 6 mm olefin flat rope, colour Driftwood. Cushions in Sunbrella Canvas Flax
    5492-0000, we will send 3 yards by FedEx this week.

    Could you send the proforma for the prototypes and a target ex-factory date? Our
    product review is on June 18, so ideally the sets land in Charleston by June 10.

    Thanks so much!
    Jessica
    """) + sig("Jessica Moreno", "Product Development Buyer", "Porch & Palm Inc., Charleston SC", "+1 843 555 0192")
case("p02_sample_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 4 prototype sets sent with the quote showing 800 production pcs; nothing says the 800 is not released, no unlock event, no releaser",
     [("PO_31877_prototypes.eml", eml_bytes(mail(
         "Jessica Moreno <jmoreno@porchandpalm.com>", "Tran Thi Thao <thao.tran@saigonrattan.vn>",
         "PO 31877 - prototype sets Savannah rope lounge chair", "Thu, 16 May 2024 10:14:00 -0400",
         _p02_body,
         attachments=[
             ("PO_31877.pdf", pdf([
                 ("h1", "PORCH & PALM INC. - PURCHASE ORDER"),
                 ("p", "PO 31877 - Date 05/16/2024 - Vendor 10288 Saigon Rattan Export JSC, 214 Nguyen Van Linh, District 7, Ho Chi Minh City"),
                 ("table", [
                     ["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
                     ["1", "SAV-LC-01", "Savannah lounge chair, rope 6 mm Driftwood, aluminium frame powder coat Sand - prototype set", "4", "395.00", "1,580.00"],
                     ["2", "FRT", "Air freight to Charleston SC", "1", "640.00", "640.00"],
                 ]),
                 ("p", "Ref. vendor quote SRE-Q-0425. Ship by air, DAP Charleston. Invoice to ap@porchandpalm.com."),
                 ("p", "Buyer: Jessica Moreno, Product Development Buyer"),
             ], title="PO 31877", author="Porch & Palm"), PDF_MT),
             ("SRE-Q-0425.pdf", pdf([
                 ("h1", "SAIGON RATTAN EXPORT JSC - QUOTATION SRE-Q-0425"),
                 ("p", "Customer: Porch & Palm Inc. - Item: Savannah rope lounge chair SAV-LC-01 - Date: 29 April 2024"),
                 ("table", [
                     ["Stage", "Quantity", "Unit price USD", "Lead time"],
                     ["Prototype set", "4 sets", "395.00", "25 days"],
                     ["Production", "800 pcs", "212.00 FOB HCMC", "60 days"],
                 ]),
                 ("p", "Packing: 2 pcs per carton, 184 pcs per 40'HC. Rope olefin UV 1500 h tested."),
                 ("p", "Thao Tran - Sales Manager"),
             ], title="Quotation SRE-Q-0425", author="Saigon Rattan"), PDF_MT),
         ])))])


# p03: full PO for 80 parasols plus supplier quote with unlabelled tiers and deposit-start terms
case("p03_po_plus_quote_deposit", ["RG001", "RG012"],
     "two files: full PO for 80 parasols; the quote beside it shows 300/1,000 tiers unlabelled and says production starts upon deposit",
     [("PO_BTL-7719.pdf", pdf([
         ("h1", "Bondi Terrace Living Pty Ltd"),
         ("p", "ABN 41 602 118 930 - 3/55 Campbell Parade, Bondi Beach NSW 2026 - orders@bonditerrace.com.au"),
         ("h", "PURCHASE ORDER BTL-7719"),
         ("table", [
             ["Supplier", "Ningbo Sunshade Parasol Mfg Co., Ltd (supplier no. 3310)"],
             ["Date", "20/05/2024"],
             ["Ship to", "Bondi Terrace Living DC, 8 Hale St, Botany NSW 2019"],
             ["Terms", "FOB Ningbo, 30% deposit / 70% against B/L"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Code", "Description", "Qty", "USD", "Total USD"],
             ["1", "CP-350-OL", "Cantilever parasol 3.5 m, 360 deg rotation, olefin canopy Olive", "80", "118.00", "9,440.00"],
             ["2", "PB-4X-25", "Cross base with 4 x 25 kg granite plates", "80", "54.00", "4,320.00"],
         ]),
         ("p", "This PO is for the full quantity above. Canopy colour per lab dip L-22 (signed off 08/05/2024). "
               "Wind rating Beaufort 6 test report to be supplied. Label: BTL care label v3."),
         ("p", "Issued by: Chloe Nguyen, Buyer - Outdoor Living"),
     ], title="PO BTL-7719", author="Bondi Terrace Living")),
      ("NSP_Quote_Q24-0187.pdf", pdf([
         ("h1", "NINGBO SUNSHADE PARASOL MFG CO., LTD"),
         ("p", "No. 88 Binhai 3rd Road, Hangzhou Bay New Zone, Ningbo, Zhejiang, China"),
         ("h", "QUOTATION Q24-0187 for Bondi Terrace Living Pty Ltd"),
         ("table", [
             ["Item", "Description", "80 pcs", "300 pcs", "1,000 pcs"],
             ["CP-350-OL", "Cantilever parasol 3.5 m, olefin canopy 240 g/m2", "USD 118.00", "USD 109.50", "USD 101.00"],
             ["PB-4X-25", "Cross base + 4 granite plates 25 kg", "USD 54.00", "USD 51.00", "USD 48.50"],
         ]),
         ("p", "Payment terms: T/T 30% deposit, 70% balance before shipment against copy B/L."),
         ("p", "Production starts upon receipt of the 30% deposit. Lead time 45 days from deposit."),
         ("p", "Packing: parasol in PE bag + brown carton, base plates in separate carton. MOQ per colour 80 pcs."),
         ("p", "Sales: Lily Zhou, lily@nbsunshade.cn"),
     ], title="Quotation Q24-0187", author="Lily Zhou"))])


# p04: chat - prototype sets, 'we see 350 sets for the season', nothing else
case("p04_chat_prototype_season", ["RG001", "RG003", "RG004", "RG005"],
     "buyer orders 2 prototype sets and mentions 350 season sets; no hold, no unlock event, no releaser",
     [("chat_export_Hung_Buitenleven.txt", chat([
         ("07/05/2024, 10:02", "Sander Bakker", "Hi Mr. Hung, good morning from Zwolle"),
         ("07/05/2024, 10:03", "Sander Bakker", "Pls make 2 prototype sets of the HOI AN dining chair in the new grey wash, PO 88213 follows today by email"),
         ("07/05/2024, 10:04", "Sander Bakker", "For the season we see 350 sets, so keep your capacity in mind 😉"),
         ("07/05/2024, 10:05", "Sander Bakker", "Also 1 finish panel 30x30 in the grey wash pls, for our QC"),
         ("07/05/2024, 10:31", "Hung - Phuoc Thanh Wood", "Good morning Mr. Sander. Ok noted 2 proto set + 1 finish panel grey wash"),
         ("07/05/2024, 10:32", "Hung - Phuoc Thanh Wood", "Ready around 20/5, I send photo first"),
         ("07/05/2024, 10:33", "Sander Bakker", "Perfect, dank je!"),
     ]))])


# p05: portal PO for a catalogue lot with a 'committed' season forecast
case("p05_portal_po_cushions_forecast", ["RG008"],
     "portal PO for 24 catalogue cushions (scoped correctly) but the season forecast of 2,000 is written as committed",
     [("Lakeshore_SupplierHub_PO_7700-4412.html", html_page("PO 7700-4412 - Lakeshore Supplier Hub", T("""
         <h2>Lakeshore Supplier Hub</h2>
         <p>Supplier: <b>Chennai Cushion &amp; Textile Exports Pvt Ltd</b> (vendor 60451) &middot; Logged in as: R. Subramanian</p>
         <h3>Purchase Order 7700-4412 &mdash; status: OPEN</h3>
         <table>
         <tr><th>Line</th><th>SKU</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Ext. USD</th></tr>
         <tr><td>1</td><td>DSC-2424-NV</td><td>Deep seat cushion 24x24x5&quot;, solution-dyed acrylic Navy, piping White</td><td>24</td><td>19.80</td><td>475.20</td></tr>
         <tr><td>2</td><td>BKC-2418-NV</td><td>Back cushion 24x18&quot;, Navy</td><td>24</td><td>14.60</td><td>350.40</td></tr>
         </table>
         <div class="note">
         <p><b>Scope:</b> this PO covers the 24 + 24 cushions for our 2025 catalogue photo shoot only. Nothing beyond these quantities is released.
         Season quantities need a separate PO and a written release from Dana Whitfield (Merchandise Manager) after the shoot cushions are signed off by our QA lab.</p>
         </div>
         <h3>Season planning</h3>
         <table>
         <tr><th>SKU</th><th>Season forecast 2025</th><th>Status</th></tr>
         <tr><td>DSC-2424-NV</td><td>2,000 pcs</td><td>Committed &mdash; please reserve loom and sewing capacity for this quantity</td></tr>
         <tr><td>BKC-2418-NV</td><td>2,000 pcs</td><td>Committed &mdash; please reserve loom and sewing capacity for this quantity</td></tr>
         </table>
         <p>Ship by: 06/28/2024 &middot; Mode: Air, DAP Grand Rapids MI &middot; Buyer: Kyle Andersen</p>
         <p><small>Lakeshore Outdoor Co. &middot; 4410 Lake Michigan Dr NW, Grand Rapids MI 49534</small></p>
         """)))])


# p06: forwarded old quote (rfc822) with 5,000 sets, not declared informational
_p06_old = mail("Rakesh Bhandari <rakesh@jodhpuroutdoor.in>", "Olivia Marsh <olivia.marsh@harrowfinch.co.uk>",
                "Quotation JOC/23/441 - cast aluminium bistro set BS-CA-02", "Mon, 13 Nov 2023 12:40:00 +0530",
                T("""
                Dear Ms. Olivia,

                Greetings from Jodhpur. As requested please find our best quotation:

                Item: BS-CA-02 bistro set (2 chairs + 60 cm round table), cast aluminium,
                powder coated RAL 6009 fir green, antique brush finish.
                Quantity: 5,000 sets
                Price: USD 41.50 per set FOB Mundra
                Packing: 1 set per 5-ply carton, 1,100 sets per 40'HC
                Delivery: 75 days

                Looking forward to your valued order.

                Warm regards,
                Rakesh Bhandari
                Jodhpur Outdoor Crafts Pvt Ltd
                """))
_p06_body = T("""
    Dear Rakesh,

    As discussed on Friday, I'm forwarding your quotation from last November so that
    we're on the same page with the spec (RAL 6009, antique brush finish).

    Our new PO 22-4187 is attached: ten (10) salesman samples of BS-CA-02 only, air
    freight to Harrow. The remaining 1,190 sets of the 1,200 we discussed for spring are
    not released - no castings, no powder coat for them please.

    They will be released by me, in writing, once our QC team in Leeds has signed off the
    salesman samples. Until then, only the ten samples.

    Kind regards,
    Olivia
    """) + sig("Olivia Marsh", "Buying Manager - Garden Furniture", "Harrow & Finch Garden Ltd", "+44 20 8555 0143")
case("p06_fwd_old_quote", ["RG001"],
     "scope note is complete (10 samples, 1,190 on hold, QC sign-off, Olivia Marsh) but the forwarded old quote's 5,000 sets is not declared informational",
     [("Fwd_Quotation_JOC-23-441.eml", eml_bytes(mail(
         "Olivia Marsh <olivia.marsh@harrowfinch.co.uk>", "Rakesh Bhandari <rakesh@jodhpuroutdoor.in>",
         "Fwd: Quotation JOC/23/441 - cast aluminium bistro set BS-CA-02 / new PO 22-4187",
         "Tue, 07 May 2024 14:05:00 +0100", _p06_body,
         attachments=[("rfc822", _p06_old),
                      ("PO_22-4187.pdf", pdf([
                          ("h1", "Harrow & Finch Garden Ltd - Purchase Order 22-4187"),
                          ("p", "Supplier: Jodhpur Outdoor Crafts Pvt Ltd, E-112 Basni Industrial Area, Jodhpur 342005, Rajasthan"),
                          ("table", [
                              ["Line", "Item", "Description", "Qty", "Price USD", "Value USD"],
                              ["1", "BS-CA-02", "Bistro set cast aluminium, RAL 6009 antique brush - SALESMAN SAMPLE", "10", "55.00", "550.00"],
                          ]),
                          ("p", "Delivery: air freight DAP Harrow HA2 0QD by 14/06/2024."),
                          ("p", "Buyer: Olivia Marsh"),
                      ], title="PO 22-4187", author="Harrow & Finch"), PDF_MT)])))])


# p07: 'Green light from our side' in a thread whose first message carries the full scope
_p07_orig = T("""
    Dear Wendy,

    Attached PO VDB-2024-031 for two (2) prototype daybeds MARE, rope colour Sand, frame
    RAL 1013. Only these 2 prototypes are released now.

    The 46 daybeds for our beach clubs in Scheveningen and Bloemendaal are not released.
    Do not order rope or frames for them. They will be released only in writing by me,
    after the two prototypes have been signed off on site in Scheveningen.

    Best,
    Pieter van der Berg
    Van der Berg Hospitality Group
    """)
_p07_sup = T("""
    Dear Pieter,

    Thank you. Please see attached photos of the finish panel with rope Sand and the
    weaving pattern (double diamond), frame colour sample RAL 1013 also in the photos.
    Please confirm.

    Best regards,
    Wendy Xu
    Zhejiang Rope Living Co., Ltd
    """) + "\nOn 2 May 2024, at 11:20, Pieter van der Berg wrote:\n" + quote(_p07_orig)
_p07_body = T("""
    Hi Wendy,

    Colour and weave look great, exactly what we had in mind for the beach.
    Green light from our side!

    Best,
    Pieter
    """) + "\nOn 9 May 2024, at 04:12, Wendy Xu <wendy@zjropeliving.com> wrote:\n" + quote(_p07_sup)
case("p07_thread_green_light", ["RG002"],
     "thread has full scope (2 prototypes, 46 on hold, on-site sign-off, Pieter) but the reply 'Green light from our side!' names no quantity or sample scope",
     [("RE_finish_panel_MARE.eml", eml_bytes(mail(
         "Pieter van der Berg <pieter@vdbhospitality.nl>", "Wendy Xu <wendy@zjropeliving.com>",
         "Re: Re: PO VDB-2024-031 prototype daybeds MARE - finish panel photos",
         "Thu, 09 May 2024 08:47:00 +0200", _p07_body,
         in_reply_to="<h74-wx0509@zjropeliving.com>")))])


# p09: full PO; 'approved' for finance and finish panel, then 'all approved, please proceed'
_p09_txt = T("""
    Hi Emre,

    Good news on PO GR-11029 (ANTALYA dining chair, RAL 7022 - PO copy attached): finance
    have approved the PO this morning, and our QA team approved the finish panel you sent
    last week (umbra grey, fine texture) - so everything is approved now.

    Please proceed.

    Shipping: as before, FCA Izmir, our forwarder Kuehne+Nagel will book the 40'HC once you
    give us the ready date. Commercial invoice and packing list to logistics@greenfieldrowe.co.uk.

    Thanks for the quick turnaround on the panel.

    Best regards,
    James
    """) + sig("James Rowe", "Head of Buying", "Greenfield & Rowe Garden Centres Ltd", "+44 1438 555 017")
_p09_html = ("<html><body><p>Hi Emre,</p><p>Good news on PO GR-11029 (ANTALYA dining chair, RAL 7022 - PO copy attached): "
             "finance have approved the PO this morning, and our QA team approved the finish panel you sent last week "
             "(umbra grey, fine texture) - so <b>everything is approved now</b>.</p><p><b>Please proceed.</b></p>"
             "<p>Shipping: as before, FCA Izmir, our forwarder Kuehne+Nagel will book the 40'HC once you give us the ready date. "
             "Commercial invoice and packing list to logistics@greenfieldrowe.co.uk.</p><p>Thanks for the quick turnaround on the panel.</p>"
             "<p>Best regards,<br>James</p><p>--<br>James Rowe<br>Head of Buying<br>Greenfield &amp; Rowe Garden Centres Ltd</p></body></html>")
case("p09_all_approved_proceed", ["RG002", "RG009"],
     "full PO for 120 attached; mail uses 'approved' for finance PO approval, finish-panel QA approval and 'everything approved', then a bare 'Please proceed.'",
     [("GR-11029_ANTALYA.eml", eml_bytes(mail(
         "James Rowe <james.rowe@greenfieldrowe.co.uk>", "Emre Yildiz <emre@izmirdismekan.com.tr>",
         "PO GR-11029 ANTALYA chairs - approvals", "Wed, 15 May 2024 11:32:00 +0100",
         _p09_txt, html=_p09_html,
         attachments=[("PO_GR-11029.pdf", pdf([
             ("h1", "Greenfield & Rowe Garden Centres Ltd - Purchase Order GR-11029"),
             ("p", "Great North Road, Stevenage SG1 2BA. Supplier: Izmir Dis Mekan Mobilya San. ve Tic. A.S. Date: 02/05/2024."),
             ("table", [
                 ["Line", "Item", "Description", "Qty", "EUR", "Total EUR"],
                 ["1", "ANT-DC-7022", "ANTALYA dining chair, aluminium, RAL 7022 umbra grey, fine texture", "120", "74,00", "8.880,00"],
             ]),
             ("p", "Full quantity of this order: 120 chairs. No balance, no options."),
             ("p", "FCA Izmir. Packing: 4 chairs stacked per carton. Buyer: James Rowe."),
         ], title="PO GR-11029", author="Greenfield & Rowe"), PDF_MT)])))])


# p10: chat - supplier asks for approval 'so we continue bulk 480 directly'; buyer: 'Approved'
case("p10_chat_approved_bulk", ["RG002", "RG007"],
     "buyer set scope earlier (4 samples, 480 on hold, written release by Sanne after sign-off); supplier ties approval to continuing bulk and buyer replies a bare 'Approved'",
     [("WhatsApp_Tuan_BinhDuong.txt", chat([
         ("18/04/2024, 14:02", "Sanne Jacobs", "Hi Tuan, PO 4500019020 is sent. It is only for the 4 sample chairs LOTUS, teak natural."),
         ("18/04/2024, 14:03", "Sanne Jacobs", "The 480 chairs are not released. I will release them myself, in writing, after our sample sign-off in Waalwijk. Not before."),
         ("18/04/2024, 14:20", "Tuan BDT", "Noted Ms Sanne. 4 samples, we start tomorrow"),
         ("29/04/2024, 09:11", "Tuan BDT", "Ms Sanne good morning, 4 samples finish already"),
         ("29/04/2024, 09:11", "Tuan BDT", "<Media omitted>"),
         ("29/04/2024, 09:12", "Tuan BDT", "Pls approve sample so we continue bulk 480 directly, then we can keep ETD August 😊"),
         ("29/04/2024, 11:45", "Sanne Jacobs", "Approved 👍 nice work, the grain is beautiful"),
         ("29/04/2024, 11:46", "Tuan BDT", "Thank you Ms Sanne!!"),
     ]))])


# p11: 'Go ahead.' on a prototype daybed; original PO mail says 'season qty 140 pcs will follow'
_p11_orig = T("""
    Hi Dedi,

    PO SO-5521 attached: 1 (one) prototype daybed CORAL + 1 finish panel.
    Season qty 140 pcs will follow.

    Please use swatch RW-07 Driftwood for the weave and the 60 mm foam we discussed.

    Thanks,
    Bronwyn
    """)
_p11_sup = T("""
    Dear Ibu Bronwyn,

    Good day. The prototype daybed Coral is finish, photos attach. Weaving colour is follow
    your swatch RW-07 Driftwood, foam 60 mm with quick dry. Finish panel also ready.

    We are waiting your go ahead.

    Best regards,
    Dedi Kurniawan
    PT Rotan Cirebon Indah
    """) + "\nOn Mon, 13 May 2024 at 09:30, Bronwyn Kelly wrote:\n" + quote(_p11_orig)
_p11_body = T("""
    Looks fantastic! Go ahead.

    Cheers,
    Bronwyn
    """) + sig("Bronwyn Kelly", "Senior Buyer, Outdoor", "Southerly Outdoor Pty Ltd", "+61 3 9544 7100") + \
    "\nOn Fri, 31 May 2024 at 15:02, Dedi Kurniawan <dedi@rotancirebon.co.id> wrote:\n" + quote(_p11_sup)
case("p11_daybed_go_ahead", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "'Go ahead.' with no scope; quoted PO mail says 1 prototype and 'season qty 140 pcs will follow' with no hold, event or releaser",
     [("RE_prototype_daybed_CORAL.eml", eml_bytes(mail(
         "Bronwyn Kelly <bkelly@southerlyoutdoor.com.au>", "Dedi Kurniawan <dedi@rotancirebon.co.id>",
         "RE: prototype daybed CORAL - PO SO-5521", "Sat, 01 Jun 2024 08:10:00 +1000", _p11_body)))])


# ------------------------------------------------------------ batch 2
# p12: hotel group - fabric approved, 'go ahead with production of the cabana cushions', no quantity
_p12_txt = T("""
    Hi Priya,

    Thanks for the revised strike-offs, they arrived in Sydney on Monday.

    The stripe in Aruba/Sand is approved, please go ahead with production of the cabana
    cushions for Manly.

    The rest of the hotel package (pool lounger cushions and the daybed mattresses for
    Coogee) stays on hold and is not released. Our capex board meets on 14 June; I will
    confirm that part to you in writing after the meeting, not before.

    Please keep the piping in white as per the strike-off, and the zip on the short side.

    Regards,
    Oliver
    """) + sig("Oliver Grant", "Group Procurement Manager", "Harbourside Hospitality Group Pty Ltd", "+61 2 9555 0178")
case("p12_cabana_go_ahead", ["RG002", "RG010"],
     "'go ahead with production of the cabana cushions' names no quantity and no sample scope; rest held until capex board + Oliver's written confirmation",
     [("Manly_cabana_cushions.eml", eml_bytes(mail(
         "Oliver Grant <oliver.grant@harbourside-hg.com.au>", "Priya Raman <priya@chennaicushion.in>",
         "Manly / Coogee cushions - strike-offs", "Wed, 29 May 2024 16:40:00 +1000", _p12_txt)))])


# p13: ERP sample PO printout - nothing about the season balance
case("p13_erp_sample_po_bench", ["RG003", "RG004", "RG005"],
     "SAP-style sample PO for 2 teak benches 'fuer Saisonprogramm 2025'; never says the season quantity is not released, no event, no releaser",
     [("BEST_4500771203.txt", T("""
         GARTENWELT HANDELS GMBH           BESTELLUNG / PURCHASE ORDER       SEITE 1
         Billwerder Ring 17, 21035 Hamburg                     DATUM 21.05.2024
         ----------------------------------------------------------------------------
         BESTELLNR  : 4500771203            LIEFERANT : 700412
         EINKAEUFER : 014 / M. KOWALSKI      CV JEPARA JATI MULIA
         EKGRP      : GARTENMOEBEL           JL. RAYA JEPARA-KUDUS KM 4
         ZAHLBED.   : 100% VORKASSE MUSTER   JEPARA 59452, INDONESIA
         INCOTERM   : FCA SEMARANG           KONTRAKT  : 4600002500
         ----------------------------------------------------------------------------
         POS   MATERIAL       BEZEICHNUNG                       MENGE ME   PREIS EUR
         00010 100-180-2025   MUSTER TEAKBANK JEPARA 180 CM        2 ST      265,00
                              SAMPLE TEAK BENCH 'JEPARA' 180CM
                              TEAK GRADE A, KD, EN 581-2 TESTED
         00020 100-000-0099   MUSTER OBERFLAECHE / FINISH PANEL    1 ST        0,00
         ----------------------------------------------------------------------------
                                                    NETTOWERT EUR          530,00
         KOPFTEXT:
           MUSTER FUER SAISONPROGRAMM 2025. BITTE FOTOS VOR VERSAND.
           SAMPLES FOR SEASON PROGRAMME 2025. PLEASE SEND PHOTOS BEFORE DISPATCH.
           LIEFERUNG PER LUFTFRACHT AN LAGER HAMBURG-BILLWERDER, KW 27.
           FSC-ZERTIFIKAT (FSC 100%) IN KOPIE MIT DER RECHNUNG.
         ----------------------------------------------------------------------------
         ES GELTEN UNSERE ALLGEMEINEN EINKAUFSBEDINGUNGEN (STAND 01/2024).
         DIESE BESTELLUNG WURDE MASCHINELL ERSTELLT UND IST OHNE UNTERSCHRIFT GUELTIG.
         """))])


# p14: 'salesman samples as per your quote' - no quantity anywhere, nothing on the balance
_p14_txt = T("""
    Hi Jason,

    Attached is PO 55-1032 for the salesman samples of the Sedona sling collection, as per
    your quote FS-2405-22. Frame colour Textured Bronze, sling Sesame Tweed.

    Please confirm the ship date and send the proforma to ap@sunbeltpatio.com. We need the
    samples in Phoenix before our line review in early July.

    Thanks,
    Mark
    """) + sig("Mark Delgado", "Sourcing Manager", "Sunbelt Patio Supply, Inc.", "+1 602 555 0144")
case("p14_samples_per_quote", ["RG003", "RG004", "RG005", "RG010"],
     "sample PO 'qty per quote' (quote not in bundle): no active quantity, nothing on balance, no unlock event, no releaser",
     [("PO_55-1032.eml", eml_bytes(mail(
         "Mark Delgado <mdelgado@sunbeltpatio.com>", "Jason Wu <jason.wu@fsalufurniture.com>",
         "PO 55-1032 Sedona salesman samples", "Tue, 21 May 2024 17:25:00 -0700", _p14_txt,
         attachments=[("PO_55-1032.pdf", pdf([
             ("h1", "SUNBELT PATIO SUPPLY, INC."),
             ("p", "2150 W Broadway Rd, Phoenix AZ 85041"),
             ("h", "Purchase Order 55-1032"),
             ("table", [
                 ["Vendor", "Foshan Shunde Aluminium Furniture Co., Ltd (V-2290)"],
                 ["Date", "05/21/2024"],
                 ["Ship via", "Air express, DAP Phoenix"],
             ]),
             ("sp",),
             ("table", [
                 ["Line", "Item", "Description", "Qty", "Unit", "Amount"],
                 ["1", "SED-SC-BZ", "Sedona sling dining chair, Textured Bronze / Sesame Tweed - salesman samples", "per quote FS-2405-22", "per quote", "per quote"],
                 ["2", "SED-ST-BZ", "Sedona sling swivel rocker - salesman samples", "per quote FS-2405-22", "per quote", "per quote"],
             ]),
             ("p", "Buyer: Mark Delgado. Please reference PO 55-1032 on all cartons."),
         ], title="PO 55-1032", author="Sunbelt Patio"), PDF_MT)])))])


# p15: hold 'until further notice' + supplier schedule that starts bulk automatically on sample OK
_p15_txt = T("""
    Dear Ms. Chen,

    Thank you for the quick quotation. Our PO 4100-7781 for the ROPE armchair AR-66
    (colour Moss, rope 5 mm round) covers twelve (12) salesman samples only.

    The remaining 588 pcs are on hold until further notice - please do not start them.
    Only Ingrid Bauer (Category Lead Garden) can release them.

    Please send the samples by air to our Cologne warehouse, attention QA.

    Mit freundlichen Gruessen
    Ingrid Bauer
    Category Lead Garden
    Balkonia Versand GmbH, Koeln
    """)
case("p15_hold_until_further_notice", ["RG004", "RG007"],
     "two files: 588 on hold 'until further notice' (no unlock event, Ingrid named) and supplier schedule says bulk starts automatically on sample OK",
     [("PO_4100-7781_AR-66.eml", eml_bytes(mail(
         "Ingrid Bauer <i.bauer@balkonia.de>", "Chen Yu <chenyu@zjropeliving.com>",
         "PO 4100-7781 ROPE armchair AR-66 - salesman samples", "Mon, 27 May 2024 10:05:00 +0200", _p15_txt))),
      ("ZRL_production_schedule_wk23.html", html_page("Production schedule week 23 - Zhejiang Rope Living", T("""
         <h2>Zhejiang Rope Living Co., Ltd &mdash; Customer production schedule</h2>
         <p>Customer: Balkonia Versand GmbH &middot; Updated: 2024-06-03 &middot; Merchandiser: Chen Yu</p>
         <table>
         <tr><th>PO</th><th>Item</th><th>Stage</th><th>Qty</th><th>Status</th><th>Plan date</th></tr>
         <tr><td>4100-7781</td><td>AR-66 Moss</td><td>Salesman samples</td><td>12</td><td>Weaving 80%</td><td>2024-06-07 ex-factory</td></tr>
         <tr><td>4100-7781</td><td>AR-66 Moss</td><td>Bulk</td><td>588</td><td>Bulk start: automatic on your sample OK, no further order needed</td><td>2024-07-01 start / 2024-08-10 ex-factory</td></tr>
         <tr><td>4100-7702</td><td>AR-50 Sand</td><td>Bulk</td><td>300</td><td>Packing</td><td>2024-06-12 loading, 1 x 40'HC</td></tr>
         </table>
         <p>Remarks: please tell us if any date is not OK.</p>
         """)))])


# p16: PO for 10 samples; chat says 'only the twelve (12) samples'; balance held with no event
case("p16_po_10_chat_12", ["RG004", "RG011"],
     "two files: PO says 10 salesman samples, buyer chat says twelve (12); balance 480 on hold and only Jaap releases it, but no unlock event",
     [("PO_88390.pdf", pdf([
         ("h1", "Buitenleven Retail B.V."),
         ("p", "Ceintuurbaan 210, 8024 AA Zwolle - inkoop@buitenleven.nl"),
         ("h", "INKOOPORDER 88390"),
         ("table", [
             ["Leverancier", "Bursa Golge Tekstil San. Ltd. Sti., Nilufer OSB, Bursa, Turkiye"],
             ["Datum", "13-05-2024"],
             ["Inkoper", "Jaap Visser, Category Manager Tuin"],
         ]),
         ("sp",),
         ("table", [
             ["Regel", "Artikel", "Omschrijving", "Aantal", "Prijs EUR", "Totaal EUR"],
             ["1", "PAR-300-ECRU", "Stokparasol 300 cm, doek polyester 180 g/m2 ecru - salesman sample", "10", "38,50", "385,00"],
         ]),
         ("p", "Only the salesman samples on this PO. Balance 480 pcs is NOT released."),
         ("p", "Levering: DAP Zwolle, uiterlijk 14-06-2024."),
     ], title="Inkooporder 88390", author="Buitenleven")),
      ("WhatsApp_Jaap_Bursa.txt", chat([
         ("14/05/2024, 08:50", "Jaap Visser", "Morning Murat, PO 88390 sent yesterday"),
         ("14/05/2024, 08:51", "Jaap Visser", "Only the twelve (12) samples for now. bal. 480 on hold, only I can release it"),
         ("14/05/2024, 09:30", "Murat Aydin", "Good morning Jaap bey, received. Samples ecru fabric, we cut this week"),
         ("14/05/2024, 09:31", "Jaap Visser", "👍 and pls use the new hang tag, file in the mail"),
     ]))])


# p17: agent relays 'parked' instruction and has the factory buy extrusions for all 400
_p17_buyer = T("""
    Hi Hoa,

    Please pass on to Phu My Aluminium: our PO SO-6120 is for 3 prototype sets of the
    BAYSIDE dining setting (table + 6 chairs) only. The remaining 400 sets stay parked for
    now - do not start them.

    Thanks,
    Bronwyn
    """)
_p17_txt = T("""
    Dear Bronwyn,

    Update from Phu My Aluminium (Binh Duong):

    - 3 prototype sets BAYSIDE: frames welded, in powder coating line today (Dune
      texture), slings sewn. Ex-factory 12 June as planned.
    - Aluminium: the extrusion price goes up about 8% from 1 July (LME + billet
      premium). To protect your cost and the lead time, I already asked the factory to buy
      the 6063-T5 extrusions for all 400 frames now. They will be delivered to the factory
      next week and stored inside, not cut.
    - FSC not needed for this item (no timber).

    I will send the QC photos of the prototypes on Friday.

    Best regards,
    Hoa
    """) + sig("Le Thi Hoa", "Senior Merchandiser", "Mekong Sourcing Services Co., Ltd - Ho Chi Minh City", "+84 28 3822 4410") + \
    "\n-----Original Message-----\nFrom: Bronwyn Kelly\nSent: Monday, 20 May 2024 9:12 AM\nSubject: SO-6120 prototypes\n\n" + quote(_p17_buyer)
case("p17_agent_buys_extrusions", ["RG004", "RG005", "RG006"],
     "buyer parks the 400 sets with no unlock event and no releaser; buyer's agent has the factory buy extrusions for all 400 without material authority",
     [("Update_SO-6120_BAYSIDE.eml", eml_bytes(mail(
         "Le Thi Hoa <hoa.le@mekongsourcing.vn>", "Bronwyn Kelly <bkelly@southerlyoutdoor.com.au>",
         "RE: SO-6120 prototypes - update + aluminium", "Thu, 30 May 2024 18:22:00 +0700", _p17_txt,
         cc="Phu My Aluminium <sales@phumyalu.vn>")))])


# p18: PO holds balance 'until sample sign-off by our design team' (no person); AP writes deposit paid -> commence production
case("p18_deposit_commence", ["RG005", "RG012"],
     "two files: PO holds 118 until design-team sign-off + revised PO (no named person); accounts payable says deposit paid so production can commence",
     [("PO_PTH-2291.docx", docx_bytes([
         ("h1", "Pacific Terrace Hotels LLC - Purchase Order PTH-2291"),
         ("p", "1250 Harbor Island Dr, San Diego CA 92101 - procurement@pacificterrace.com"),
         ("p", "Supplier: CV Jepara Jati Mulia, Jl. Raya Jepara-Kudus Km 4, Jepara, Central Java, Indonesia. Date: 04/29/2024. Proforma PI-JJM-0412."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["1", "JJM-CL-210", "Chaise longue teak, adjustable back, 210 cm - prototype", "2", "640.00", "1,280.00"],
             ["2", "JJM-ST-50", "Side table teak 50 cm - prototype", "2", "120.00", "240.00"],
         ]),
         ("h", "Scope"),
         ("p", "This PO releases the two (2) prototype chaise longues and two (2) side tables above. Please build these now."),
         ("p", "The balance of 118 chaise longues and 118 side tables for the Harbor Island pool deck is on hold and not released. "
               "It will be released after sample sign-off by our design team and a revised PO."),
         ("p", "Timber: FSC 100% teak, moisture content max. 12%, certificate copy with invoice."),
         ("p", "Ship by air, DAP San Diego, by 06/28/2024."),
     ], author="Pacific Terrace Hotels")),
      ("Remittance_advice_PI-JJM-0412.eml", eml_bytes(mail(
         "Accounts Payable <ap@pacificterrace.com>", "Finance CV Jepara Jati Mulia <finance@jeparajatimulia.co.id>",
         "Remittance advice - PI-JJM-0412 deposit", "Fri, 10 May 2024 13:02:00 -0700",
         T("""
         Dear Sir/Madam,

         Please be advised that the 30% deposit of USD 11,328.00 against your proforma
         PI-JJM-0412 (PO PTH-2291) was remitted today by wire, value date 05/13/2024.
         Bank reference: WF240510-88213.

         As the deposit is now paid, you can commence production.

         Kind regards,
         Accounts Payable Team
         Pacific Terrace Hotels LLC

         This is an automated remittance notification. Please do not reply to this address.
         """))))])


# p19: cushions - balance held until lab test + 'internal approval' (no person); factory dyed fabric for all 1.200
case("p19_fabric_dyed_all", ["RG005", "RG006"],
     "8 sample cushions released, 1.192 held until lab test + internal approval (no named person); supplier has dyed fabric for all 1.200",
     [("chat_Femke_Priya.txt", chat([
         ("02-05-2024 11:14", "Femke de Wit", "Hi Priya, PO 88451 is for the 8 sample cushions only (4 seat + 4 back), olefin Heather Beige"),
         ("02-05-2024 11:16", "Femke de Wit", "The remaining 1.192 cushions are not released. Not before the lab test has passed (colour fastness ISO 105-B02, min. grade 6) and we have our internal approval"),
         ("02-05-2024 12:40", "Priya Raman", "Noted Femke madam. 8 pcs sample, fabric swatch also will courier"),
         ("16-05-2024 10:05", "Priya Raman", "Good news madam, fabric for all 1.200 cushions already dyed in one dye lot, so colour will match 100% with samples 👍"),
         ("16-05-2024 10:05", "Priya Raman", "Roll stock is in our warehouse, 1.450 m"),
         ("16-05-2024 13:22", "Femke de Wit", "Hm, we did not ask for that. Let's discuss on Monday's call."),
     ]))])


# p20: PO for showroom sets 'as per quote' - no quantity; scope otherwise complete
case("p20_showroom_qty_per_quote", ["RG010"],
     "PO holds 260 season sets, names sign-off + written release and Dana Whitfield, but the showroom quantity is only 'as per quote'",
     [("PO_7700-4498.pdf", pdf([
         ("h1", "Lakeshore Outdoor Co. - Purchase Order 7700-4498"),
         ("p", "4410 Lake Michigan Dr NW, Grand Rapids MI 49534 - Buyer: Kyle Andersen"),
         ("table", [
             ["Vendor", "Zhejiang Rope Living Co., Ltd, Anji County, Huzhou, Zhejiang"],
             ["PO date", "06/03/2024"],
             ["Terms", "FOB Ningbo, net 30"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "SKU", "Description", "Qty", "Unit USD"],
             ["1", "TAH-SOF-SET", "Tahoe rope sofa set (sofa, 2 lounge chairs, coffee table) - SHOWROOM SETS", "as per quote ZRL-Q-2405 (showroom tier)", "as per quote"],
         ]),
         ("h", "Release scope"),
         ("p", "The season quantity of 260 Tahoe sets is not released. Do not purchase rope, aluminium or cushion fabric for it."),
         ("p", "It will be released only by a written release from Dana Whitfield (Merchandise Manager), issued after the showroom sets "
               "have been signed off at our Grand Rapids showroom."),
         ("p", "Showroom sets to arrive before the Chicago Casual Market preview, 08/30/2024."),
     ], title="PO 7700-4498", author="Lakeshore Outdoor"))])


# p21: ERP call-off with no quantity ('next batch as usual')
case("p21_calloff_next_batch", ["RG010"],
     "call-off asks for 'the next batch as usual' with an empty quantity field; balance held until call-off 05 by M. de Vries after sell-through review",
     [("CALLOFF_04_4600003120.txt", T("""
         TUINHUIS NEDERLAND B.V.                               AFROEP / CALL-OFF
         INDUSTRIEWEG 41, 5145 PD WAALWIJK                      PRINTED 10-06-2024
         ==========================================================================
         CALL-OFF NO.     : 04
         BLANKET PO       : 4600003120  (KALIMANTAN LOUNGER, SEASON 2024)
         SUPPLIER         : 700388  PT ROTAN CIREBON INDAH
         ARTICLE          : RW-LG-1 KAL  LOUNGER KALIMANTAN PEBBLE GREY
         CALL-OFF QTY     :
         REQ. EX-WORKS    : WK 28
         ==========================================================================
         TEXT:
         PLEASE PRODUCE THE NEXT BATCH AS USUAL TO KEEP THE LINE RUNNING.
         CONTAINER: 1 X 40'HC, LOADING PLAN AS CALL-OFF 03.
         THE REMAINING QUANTITY ON BLANKET PO 4600003120 STAYS ON HOLD AND IS NOT
         RELEASED. IT WILL ONLY BE RELEASED WITH CALL-OFF 05, ISSUED BY M. DE VRIES
         (HEAD OF SOURCING) AFTER THE SELL-THROUGH REVIEW IN WEEK 32.
         ==========================================================================
         CONTACT: INKOOP@TUINHUIS-NL.NL  TEL +31 416 555 200
         """))])


# p22: chat - 'make the samples first' (no quantity); supplier: 'payment received, we start the bulk now'
case("p22_chat_payment_start_bulk", ["RG010", "RG012"],
     "buyer authorizes 'the samples' with no quantity (bulk held until Maarten's written sign-off); supplier treats the payment as go for bulk",
     [("WhatsApp_Maarten_Long.txt", chat([
         ("22/04/2024, 07:58", "Maarten Hendriks", "Morning Long! PO 88402 is in your mail"),
         ("22/04/2024, 07:59", "Maarten Hendriks", "Pls make the samples of the NHA TRANG bench first. Bulk stays on hold until I sign off the samples in writing."),
         ("22/04/2024, 08:30", "Long - Dong Nai Teakwood", "Good morning anh Maarten, ok we make sample first"),
         ("03/05/2024, 15:10", "Maarten Hendriks", "Sample invoice + tooling for the slats paid today, TT copy attached"),
         ("03/05/2024, 15:10", "Maarten Hendriks", "<attached: TT_copy_PI-DNT-0331.pdf>"),
         ("03/05/2024, 16:44", "Long - Dong Nai Teakwood", "payment received 🙏 thank you. So we start the bulk now, then ETD is ok for you"),
         ("03/05/2024, 16:45", "Long - Dong Nai Teakwood", "sample finish next week, I send photo"),
     ]))])


# p23: portal production release with the released-quantity field empty
case("p23_portal_release_blank_qty", ["RG010"],
     "portal release record: partial release, balance on hold, unlock = sample sign-off + written release, Anna Vogel; released quantity left blank",
     [("Gartenwelt_Lieferantenportal_PR-2024-0147.html", html_page("Freigabe PR-2024-0147 - Gartenwelt Lieferantenportal", T("""
         <h2>Gartenwelt Lieferantenportal</h2>
         <p>Lieferant: Foshan Shunde Aluminium Furniture Co., Ltd (700519) &middot; Sprache: EN</p>
         <h3>Production release PR-2024-0147</h3>
         <table>
         <tr><th>Field</th><th>Value</th></tr>
         <tr><td>Order</td><td>4711-2024-102</td></tr>
         <tr><td>Article</td><td>AC-215 aluminium stacking chair, RAL 7016, 5-slat back</td></tr>
         <tr><td>Order quantity</td><td>360</td></tr>
         <tr><td>Release type</td><td>Partial release &ndash; sample lot</td></tr>
         <tr><td>Released quantity</td><td>&mdash;</td></tr>
         <tr><td>Balance</td><td>On hold &ndash; not released. Do not start, do not buy material.</td></tr>
         <tr><td>Unlock event</td><td>Sample sign-off by Gartenwelt QA, then written release</td></tr>
         <tr><td>Release authority</td><td>Anna Vogel, Senior Buyer Gartenmoebel</td></tr>
         <tr><td>Material authority</td><td>sample-only</td></tr>
         <tr><td>Created</td><td>2024-05-06 09:14 by A. Vogel</td></tr>
         </table>
         <p class="note">Please acknowledge this release in the portal within 2 working days.</p>
         """)))])


# c06: call-off with explicit staged material authority above the released quantity (clean)
case("c06_calloff_staged_material", [],
     "call-off releases 200 of 800, explicit staged material authority up to 400, 600 not released, next call-off by Bronwyn Kelly",
     [("SO-5980_calloff_02.html", html_page("Call-off 02 - PO SO-5980", T("""
         <h2>Southerly Outdoor Pty Ltd &mdash; Call-off 02</h2>
         <p>To: Phu My Aluminium Co., Ltd (via Mekong Sourcing Services) &middot; Date: 17/06/2024 &middot; PO: SO-5980</p>
         <table>
         <tr><th>Item</th><th>Description</th><th>PO quantity</th><th>Released before</th><th>Released by this call-off</th><th>Not released</th></tr>
         <tr><td>BAY-DC-DU</td><td>BAYSIDE dining chair, powder coat Dune, sling Charcoal</td><td>800</td><td>0</td><td>200</td><td>600</td></tr>
         </table>
         <h3>Production</h3>
         <p>Please produce two hundred (200) BAYSIDE dining chairs now, ex-factory by 30/08/2024.</p>
         <h3>Material authority</h3>
         <p>Staged: you may buy aluminium extrusion and sling fabric for up to 400 chairs at our liability.
         Material beyond 400 chairs is at your own risk.</p>
         <h3>Balance</h3>
         <p>The remaining 600 chairs are not released. They will be released only by a further call-off, signed by
         Bronwyn Kelly (Senior Buyer, Outdoor) after our sell-through review in October.</p>
         <p><small>Southerly Outdoor Pty Ltd &middot; 12 Dunlop Rd, Mulgrave VIC 3170 &middot; ABN 58 131 004 772</small></p>
         """)))])


# c07: explicit, recorded auto-conversion (clean)
_c07_txt = T("""
    Dear Mr. Quang,

    As agreed in our call today, here is the written record for order SH-2024-0211
    (teak sun lounger TK-SL-02, 300 pcs in total):

    1. Released now: six (6) sample loungers. Please build and ship them by air.
    2. The balance of 294 loungers is not released.
    3. Recorded auto-conversion: if Stefan Huber (Leiter Einkauf) signs the sample sign-off
       form as "approved" - not interim, not rejected - on or before 30.06.2024, that signed
       form releases the 294 loungers by itself. No further document is needed in that case.
    4. If the sign-off is interim or rejected, or comes after 30.06.2024, nothing is released
       and you need a separate written release from me.
    5. Material authority: sample-only until the signed sign-off form reaches you.

    Please confirm this record by reply.

    Mit freundlichen Gruessen
    Stefan Huber
    """) + sig("Stefan Huber", "Leiter Einkauf", "Sonnenhof Hotels GmbH", "+49 8152 555 300")
_c07_html = ("<html><body><p>Dear Mr. Quang,</p><p>As agreed in our call today, here is the written record for order "
             "SH-2024-0211 (teak sun lounger TK-SL-02, 300 pcs in total):</p><ol>"
             "<li>Released now: six (6) sample loungers. Please build and ship them by air.</li>"
             "<li>The balance of 294 loungers is not released.</li>"
             "<li>Recorded auto-conversion: if Stefan Huber (Leiter Einkauf) signs the sample sign-off form as &quot;approved&quot; - "
             "not interim, not rejected - on or before 30.06.2024, that signed form releases the 294 loungers by itself. "
             "No further document is needed in that case.</li>"
             "<li>If the sign-off is interim or rejected, or comes after 30.06.2024, nothing is released and you need a separate "
             "written release from me.</li><li>Material authority: sample-only until the signed sign-off form reaches you.</li></ol>"
             "<p>Please confirm this record by reply.</p><p>Mit freundlichen Gruessen<br>Stefan Huber<br>Leiter Einkauf, Sonnenhof Hotels GmbH</p></body></html>")
case("c07_recorded_auto_conversion", [],
     "explicit recorded auto-conversion naming quantity (294), signer (Stefan Huber), conditions and deadline; 6 samples released",
     [("SH-2024-0211_sun_loungers.eml", eml_bytes(mail(
         "Stefan Huber <s.huber@sonnenhof-hotels.de>", "Pham Van Quang <quang.pham@bdteak.vn>",
         "SH-2024-0211 sun loungers - written record: samples, balance, auto-conversion",
         "Tue, 28 May 2024 15:30:00 +0200", _c07_txt, html=_c07_html)))])


# c08: old quote forwarded as rfc822 but declared informational (clean)
_c08_old = mail("Agus Santoso <agus@jeparajatimulia.co.id>", "Tom Reilly <tom.reilly@harrowfinch.co.uk>",
                "Offer JJM-2023-077 teak bench WINCHESTER 150", "Wed, 04 Oct 2023 10:15:00 +0700",
                T("""
                Dear Mr. Tom,

                Thank you for your enquiry. Our offer for WINCHESTER bench 150 cm, teak grade A,
                FSC 100%, natural sanded:

                1,500 pcs - USD 96.00 / pc FOB Semarang
                Packing KD, 4 pcs per carton, approx. 680 pcs per 40'HC
                Lead time 70 days

                Best regards,
                Agus Santoso
                CV Jepara Jati Mulia
                """))
_c08_txt = T("""
    Dear Agus,

    Forwarding your offer from last October for price reference only. The 1,500 pcs in
    that offer is not ordered and not released - please don't plan timber against it.

    Our PO 22-4290 (attached) covers ten (10) salesman samples of the WINCHESTER bench
    150 only. Nothing beyond those 10 is released.

    Once I have signed off the samples here in Harrow, we will send a revised PO together
    with a written release for the season quantity, signed by me. Until then, samples only.

    Best regards,
    Tom
    """) + sig("Tom Reilly", "Senior Buyer", "Harrow & Finch Garden Ltd", "+44 20 8555 0147")
case("c08_fwd_old_quote_informational", [],
     "forwarded 2023 offer (1,500 pcs) declared 'price reference only, not ordered, not released'; 10 samples, sign-off + revised PO + written release by Tom",
     [("Fwd_Offer_JJM-2023-077.eml", eml_bytes(mail(
         "Tom Reilly <tom.reilly@harrowfinch.co.uk>", "Agus Santoso <agus@jeparajatimulia.co.id>",
         "Fwd: Offer JJM-2023-077 teak bench WINCHESTER 150 / PO 22-4290 samples",
         "Thu, 16 May 2024 09:40:00 +0100", _c08_txt,
         attachments=[("rfc822", _c08_old),
                      ("PO_22-4290.pdf", pdf([
                          ("h1", "Harrow & Finch Garden Ltd - Purchase Order 22-4290"),
                          ("p", "Supplier: CV Jepara Jati Mulia, Jepara, Central Java, Indonesia. Date 16/05/2024."),
                          ("table", [
                              ["Line", "Item", "Description", "Qty", "Price USD", "Value USD"],
                              ["1", "WIN-BN-150", "WINCHESTER bench 150 cm teak - SALESMAN SAMPLE", "10", "118.00", "1,180.00"],
                          ]),
                          ("p", "Delivery: air freight DAP Harrow by 21/06/2024. Buyer: Tom Reilly."),
                      ], title="PO 22-4290", author="Harrow & Finch"), PDF_MT)])))])


# ------------------------------------------------------------ batch 3
# c09: supplier assumes approval rolls into 350 (quoted); buyer reply corrects it with full scope (clean)
_c09_sup = T("""
    Dear Jessica,

    Good news, the 4 prototype sets ship on Friday by DHL, AWB to follow.

    After your approval of the prototypes we will directly start the 350 sets, so we can
    keep the September ETD for you.

    Best regards,
    Thao
    """)
_c09_txt = T("""
    Hi Thao,

    Thanks for the update - but please don't do that.

    Approving the prototypes does not release the 350 sets. On PO 31902 only the 4
    prototype sets are released. The 350 sets stay on hold: they are released only by a
    written release from me, after our product review has signed off the prototypes, and
    together with a revised PO. No rope or frames for the 350 until then, please.

    If September gets tight we'll talk about it then - I'd rather lose a week than have
    350 chairs built before we've sat in one.

    Best,
    Jessica
    """) + sig("Jessica Moreno", "Product Development Buyer", "Porch & Palm Inc., Charleston SC", "+1 843 555 0192") + \
    "\nOn Tue, Jun 4, 2024 at 9:03 PM Thao Tran <thao.tran@saigonrattan.vn> wrote:\n" + quote(_c09_sup)
case("c09_reply_corrects_assumption", [],
     "quoted supplier line assumes approval starts the 350 (quoted supplier text does not count); buyer's reply restates 4 released, 350 on hold, written release by Jessica after sign-off",
     [("RE_PO_31902_prototypes_ship.eml", eml_bytes(mail(
         "Jessica Moreno <jmoreno@porchandpalm.com>", "Thao Tran <thao.tran@saigonrattan.vn>",
         "Re: PO 31902 prototypes ship Friday", "Wed, 05 Jun 2024 08:15:00 -0400", _c09_txt,
         in_reply_to="<h74-tt0604@saigonrattan.vn>")))])


# c10: supplier confirms deposit received and says the deposit does not release production (clean)
_c10_txt = T("""
    Dear Daniel,

    We confirm receipt of your deposit USD 4,260.00 (value date 21 May) for your season
    order SO-6233, thank you. Our receipt is attached.

    Please note: the deposit does not release production. As per your PO, only the 6 sample
    parasols (3 x taupe, 3 x charcoal) are released and in work now. The 600 parasols stay
    on hold until we receive your written release after your sample sign-off. We have not
    bought canopy fabric or aluminium for the 600.

    Samples ex-factory 5 June, we send the DHL number.

    Best regards,
    Lily Zhou
    Sales Manager
    Ningbo Sunshade Parasol Mfg Co., Ltd
    Tel +86 574 5555 8120
    """)
case("c10_deposit_not_release", [],
     "supplier acknowledgement: deposit received, 'the deposit does not release production', 6 samples in work, 600 on hold",
     [("SO-6233_samples.eml", eml_bytes(mail(
         "Lily Zhou <lily@nbsunshade.cn>", "Daniel Papadopoulos <dpapadopoulos@southerlyoutdoor.com.au>",
         "SO-6233 deposit received / samples status", "Wed, 22 May 2024 10:30:00 +0800", _c10_txt,
         attachments=[("Receipt_DEP-24-0522.pdf", pdf([
             ("h1", "NINGBO SUNSHADE PARASOL MFG CO., LTD - RECEIPT"),
             ("table", [
                 ["Receipt no.", "DEP-24-0522"],
                 ["Customer", "Southerly Outdoor Pty Ltd"],
                 ["Reference", "Season order SO-6233, deposit"],
                 ["Amount received", "USD 4,260.00"],
                 ["Value date", "21 May 2024"],
             ]),
             ("p", "This receipt confirms payment only. It does not release production."),
         ], title="Receipt DEP-24-0522", author="Ningbo Sunshade"), PDF_MT)])))])


# c11: supplier order confirmation restating the hold (clean)
case("c11_supplier_ack_hold", [],
     "supplier order confirmation restates 2 prototype sets, 220 not released, no material, start only on written release by Marieke de Vries",
     [("OC_IDM-2405-112.docx", docx_bytes([
         ("h1", "ORDER CONFIRMATION IDM-2405-112"),
         ("p", "Izmir Dis Mekan Mobilya San. ve Tic. A.S. - Kemalpasa OSB, 35730 Izmir, Turkiye - export@izmirdismekan.com.tr"),
         ("p", "To: Tuinhuis Nederland B.V., Waalwijk - attn. Mrs. Marieke de Vries. Your PO 4500019311 dated 14.05.2024."),
         ("table", [
             ["Pos", "Item", "Description", "Qty", "EUR"],
             ["1", "BOD-DS-7", "BODRUM dining set aluminium (table 200x100 HPL + 6 chairs), RAL 7039 - prototype set", "2 sets", "1.460,00"],
         ]),
         ("p", "We confirm the 2 prototype sets above. Ex-works Kemalpasa 14.06.2024."),
         ("p", "We note that the season quantity of 220 sets is NOT released. We will not buy aluminium profiles or HPL tops "
               "for it and we will not start production."),
         ("p", "We will start the 220 sets only after we receive your written release signed by Mrs. Marieke de Vries, "
               "following your sample sign-off in Waalwijk."),
         ("p", "Saygilarimizla / best regards, Emre Yildiz, Export Manager"),
     ], author="Emre Yildiz"))])


# c12: finish panel approved for colour only, explicitly not a production release (clean)
_c12_txt = T("""
    Dear Agus,

    Thank you for the finish panel - it arrived yesterday in good condition.

    The finish panel is approved for colour only (Mocha stain, satin). This is not a
    production release. Nothing beyond the 2 prototype benches on PO GR-11088 is released;
    the 400 benches stay on hold until I have signed off the full prototype bench and a
    revised PO follows.

    Two small points for the prototype: please round the armrest edges a bit more (R5) and
    use the A4 stainless bolts we discussed.

    Kind regards,
    James
    """) + sig("James Rowe", "Head of Buying", "Greenfield & Rowe Garden Centres Ltd", "+44 1438 555 017")
case("c12_finish_panel_colour_only", [],
     "'finish panel approved for colour only; not a production release'; 2 prototypes only, 400 held until James signs off prototype and revised PO",
     [("GR-11088_bench.eml", eml_bytes(mail(
         "James Rowe <james.rowe@greenfieldrowe.co.uk>", "Agus Santoso <agus@jeparajatimulia.co.id>",
         "GR-11088 finish panel Mocha", "Mon, 03 Jun 2024 10:02:00 +0100", _c12_txt)))])


# c13: full-quantity ERP PO with identifiers that look like quantities (clean)
case("c13_erp_full_po_identifiers", [],
     "full-quantity ERP PO (600 + 400 = 1,000 parasols), 'proceed with production of all lines'; part numbers, Pantone, ASTM and container numbers are not quantities",
     [("LOC_PO_7700-4530.txt", T("""
         LAKESHORE OUTDOOR CO.                    PURCHASE ORDER         PAGE 001
         4410 LAKE MICHIGAN DR NW                 PO NUMBER: 7700-4530   REV 00
         GRAND RAPIDS MI 49534                    PO DATE  : 06/11/2024
         --------------------------------------------------------------------------
         VENDOR   : 20417 NINGBO SUNSHADE PARASOL MFG CO LTD
         BUYER    : K. ANDERSEN      TERMS: 30% T/T, 70% VS B/L     FOB NINGBO
         SHIP VIA : OCEAN, 2 X 40'HC (CONTAINER 1 OF 2 / 2 OF 2)
         --------------------------------------------------------------------------
         LN ITEM            DESCRIPTION                        QTY  UOM   UNIT USD
         01 3000-300-CH     MARKET UMBRELLA 9FT CHARCOAL        600  EA      38.20
                            CANOPY PANTONE 19-0303 TCX
         02 3000-300-NV     MARKET UMBRELLA 9FT NAVY            400  EA      38.20
                            CANOPY PANTONE 19-4024 TCX
         --------------------------------------------------------------------------
         TOTAL QTY        1,000 EA                  TOTAL USD 38,200.00
         --------------------------------------------------------------------------
         NOTES:
         1. THIS PO IS FOR THE FULL QUANTITY. NO BALANCE, NO OPTIONS.
            PROCEED WITH PRODUCTION OF ALL LINES ON RECEIPT.
         2. FABRIC TEST PER ASTM D6544 / UV 1000 HRS, REPORT NO. REQUIRED WITH
            SHIPPING DOCS. CARTON DROP TEST ISTA 2A.
         3. UPC LABELS: LABEL SPEC LOC-LBL-2500 REV 12.
         4. DO NOT SHIP BEFORE 12/01/2024 (CANCEL IF NOT SHIPPED BY 01/15/2025).
         --------------------------------------------------------------------------
         AUTHORIZED: K. ANDERSEN, BUYER                   PAGE 001 OF 001
         """))])


# c14: sample PO with a clearly labelled pre-season indent forecast attached (clean)
_c14_txt = T("""
    Dear Thao,

    Please find attached PO BO-3306 for twelve (12) salesman samples: 6 x ARIA lounge chair
    and 6 x ARIA side table, rope colour Fog.

    I've also attached our pre-season indent plan for SS25 so you can plan capacity. The
    2,400 units in it are a non-binding forecast, not an order: nothing in it is released
    and no rope, frames or cushions should be bought against it.

    Production quantities will be released only by a written release from me, after our
    sample sign-off in Bristol, together with a revised PO.

    Many thanks,
    Hannah
    """) + sig("Hannah Price", "Buyer - Outdoor Living", "Bramble & Oak Home Ltd, Bristol", "+44 117 555 0163")
case("c14_indent_forecast_labelled", [],
     "12 salesman samples; attached SS25 indent plan (2,400) labelled non-binding forecast, nothing released; written release by Hannah after sign-off + revised PO",
     [("PO_BO-3306_and_indent_plan.eml", eml_bytes(mail(
         "Hannah Price <hannah.price@brambleandoak.co.uk>", "Thao Tran <thao.tran@saigonrattan.vn>",
         "PO BO-3306 ARIA salesman samples + SS25 indent plan", "Mon, 10 Jun 2024 09:20:00 +0100", _c14_txt,
         attachments=[
             ("PO_BO-3306.pdf", pdf([
                 ("h1", "Bramble & Oak Home Ltd - Purchase Order BO-3306"),
                 ("p", "Supplier: Saigon Rattan Export JSC, Ho Chi Minh City. Date: 10/06/2024."),
                 ("table", [
                     ["Line", "Item", "Description", "Qty", "GBP"],
                     ["1", "ARIA-LC-FOG", "ARIA rope lounge chair, Fog - salesman sample", "6", "142.00"],
                     ["2", "ARIA-ST-FOG", "ARIA side table, Fog - salesman sample", "6", "48.00"],
                 ]),
                 ("p", "Salesman samples only. No production quantity is released by this PO."),
             ], title="PO BO-3306", author="Bramble & Oak"), PDF_MT),
             ("SS25_indent_plan_FORECAST.txt", T("""
                 BRAMBLE & OAK HOME LTD - SS25 PRE-SEASON INDENT PLAN
                 STATUS: FORECAST - NON-BINDING - NOT AN ORDER - NOTHING RELEASED
                 Supplier: Saigon Rattan Export JSC          Version 2, 07/06/2024

                 ITEM          DESCRIPTION                 FEB-25  MAR-25  APR-25   TOTAL
                 ARIA-LC-FOG   ARIA lounge chair Fog          400     600     400   1,400
                 ARIA-ST-FOG   ARIA side table Fog            300     400     300   1,000
                                                                               -------
                                                                                 2,400
                 For capacity planning only. Figures will change after sample sign-off
                 and range review. Any PO or release will be issued separately.
                 """), TXT_MT),
         ])))])


# c15: two files - sample PO declares the quote's production tier informational; the quote (clean)
case("c15_po_quote_informational", [],
     "two files: PO for 3 prototypes says quote's 900 tier is informational and not released, written release by Chloe after sign-off + revised PO; quote beside it",
     [("PO_BTL-7802.pdf", pdf([
         ("h1", "Bondi Terrace Living Pty Ltd"),
         ("p", "ABN 41 602 118 930 - 3/55 Campbell Parade, Bondi Beach NSW 2026"),
         ("h", "PURCHASE ORDER BTL-7802"),
         ("table", [
             ["Supplier", "Zhejiang Rope Living Co., Ltd"],
             ["Date", "03/06/2024"],
             ["Quote", "ZRL-Q-2411 (attached in this folder)"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Code", "Description", "Qty", "USD", "Total USD"],
             ["1", "CLO-LC-SG", "CLOVELLY rope lounge chair, Sage, prototype", "3", "165.00", "495.00"],
         ]),
         ("h", "Scope"),
         ("p", "This PO releases three (3) prototype chairs only. The production tier of 900 pcs shown in quote ZRL-Q-2411 "
               "is informational only and is not released."),
         ("p", "The 900 pcs will be released only by a written release from Chloe Nguyen (Buyer - Outdoor Living), after the "
               "prototypes have been signed off in Sydney, together with a revised PO. Material authority: sample-only."),
     ], title="PO BTL-7802", author="Bondi Terrace Living")),
      ("ZRL-Q-2411.pdf", pdf([
         ("h1", "ZHEJIANG ROPE LIVING CO., LTD - QUOTATION ZRL-Q-2411"),
         ("p", "Customer: Bondi Terrace Living Pty Ltd - Date: 27 May 2024 - Sales: Wendy Xu"),
         ("table", [
             ["Item", "Stage", "Qty", "Unit USD", "Lead time"],
             ["CLO-LC-SG", "Prototype", "3 pcs", "165.00", "20 days"],
             ["CLO-LC-SG", "Production", "900 pcs", "96.00 FOB Ningbo", "50 days from your production release"],
         ]),
         ("p", "Rope: 4 mm round olefin, UV 1,500 h. Frame: aluminium 6063, powder coat. Packing: 2 pcs/ctn, 240 pcs per 40'HC."),
     ], title="Quotation ZRL-Q-2411", author="Wendy Xu"))])


# c16: interim sample sign-off plus a separate, limited production release (clean)
case("c16_interim_signoff_release", [],
     "interim sample sign-off with expiry; production release R-01 of 100 by Oliver Grant; 400 not released until final sign-off + release R-02 by Oliver",
     [("SSO-0612_HHG-4410.docx", docx_bytes([
         ("h1", "Harbourside Hospitality Group - Sample sign-off and production release"),
         ("p", "Order: PO HHG-4410, teak deck chair TK-DC-FOLD, 500 pcs in total. Supplier: Binh Duong Teak Furniture Co., Ltd."),
         ("h", "Part A - Sample sign-off SSO-0612"),
         ("table", [
             ["Field", "Value"],
             ["Disposition", "INTERIM"],
             ["Finding", "Finish slightly lighter than master sample MS-07; hinge pin length OK; no splits"],
             ["Limit", "Accepted for the Coogee opening lot only"],
             ["Expiry", "31 July 2024"],
             ["Signed", "Mei Tanaka, Design & Procurement Engineer, 12 June 2024"],
         ]),
         ("h", "Part B - Production release R-01"),
         ("p", "Released quantity: one hundred (100) deck chairs, for the Coogee opening, within the interim limits above."),
         ("p", "Authorized by: Oliver Grant, Group Procurement Manager, 12 June 2024."),
         ("h", "Balance"),
         ("p", "The remaining 400 deck chairs are not released. They will be unlocked only by a final sample sign-off with "
               "disposition 'approved' and a separate written release R-02 signed by Oliver Grant."),
         ("p", "Material authority: timber for the 100 released chairs only."),
     ], author="Oliver Grant"))])


# c17: stop notice (clean)
case("c17_stop_notice", [],
     "stop notice: nothing may start (active quantity zero), 150 released also stopped, 1,850 remain unreleased, lifted only by Dana Whitfield's written notice after test report",
     [("STOP_NOTICE_7700-4520.pdf", pdf([
         ("h1", "STOP NOTICE"),
         ("p", "Lakeshore Outdoor Co. - 4410 Lake Michigan Dr NW, Grand Rapids MI 49534"),
         ("table", [
             ["To", "Chennai Cushion & Textile Exports Pvt Ltd (vendor 60451), attn. Priya Raman"],
             ["PO", "7700-4520 - deep seat cushion DSC-2424-SD (Sand)"],
             ["Date", "06/14/2024"],
             ["Issued by", "Dana Whitfield, Merchandise Manager"],
         ]),
         ("sp",),
         ("p", "Effective immediately, stop all work on PO 7700-4520. This includes the 150 cushions released under release "
               "R-01: do not cut, sew or fill any further cushion, released or not."),
         ("p", "Active quantity while this stop is in force: zero (0). The 1,850 cushions never released remain not released."),
         ("p", "Reason: the foam supplier changed; we need the new flammability test report (CAL TB 117-2013) and the "
               "Prop 65 declaration for the new foam."),
         ("p", "The stop will be lifted only by a written notice from Dana Whitfield after we have received and accepted both "
               "documents. Please confirm receipt of this notice and send a count of finished and in-process cushions."),
     ], title="Stop notice PO 7700-4520", author="Dana Whitfield"))])


# p24: two files - complete sample PO; supplier tracker shows teak bought for all 600 sets
case("p24_tracker_teak_600", ["RG006"],
     "two files: PO releases 4 prototype sets with complete scope and sample-only material; supplier tracker reports teak purchased for the full 600 sets",
     [("PO_22-4311.pdf", pdf([
         ("h1", "Harrow & Finch Garden Ltd - Purchase Order 22-4311"),
         ("p", "Unit 4 Longacre Park, Harrow HA2 0QD. Supplier: Binh Duong Teak Furniture Co., Ltd. Date: 08/05/2024."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "USD", "Value USD"],
             ["1", "WIN-DS-PR", "WINDSOR dining prototype set (table TK-DT-2200 + 6 chairs TK-DC-06)", "4 sets", "1,450.00", "5,800.00"],
         ]),
         ("p", "Scope: this PO releases four (4) prototype sets only. The 600 production sets in your quote Q-BD-24-0311 are "
               "not released - do not buy timber or start production for them."),
         ("p", "Release of the 600 sets requires our written prototype sign-off, a revised PO and a written release signed "
               "by Tom Reilly (Senior Buyer). Material authority: sample-only."),
     ], title="PO 22-4311", author="Harrow & Finch")),
      ("BDT_order_tracker_HF.html", html_page("BDT Order Tracker - Harrow & Finch", T("""
         <h2>Binh Duong Teak &mdash; Order Tracker</h2>
         <p>Customer: Harrow &amp; Finch Garden Ltd &middot; Updated 2024-06-06 &middot; Merchandiser: Nguyen Thi Mai</p>
         <table>
         <tr><th>PO</th><th>Item</th><th>Step</th><th>Status</th></tr>
         <tr><td>22-4311</td><td>WINDSOR prototype sets (4)</td><td>Assembly</td><td>3 sets sanded, 1 set in assembly, ship 2024-06-14</td></tr>
         <tr><td>22-4311</td><td>WINDSOR production</td><td>Timber</td><td>Teak 48 m3 purchased for the full 600 sets, now in kiln (MC 18% &rarr; 10-12%)</td></tr>
         <tr><td>22-4311</td><td>WINDSOR production</td><td>Hardware</td><td>Stainless bolts: quotation received, not ordered</td></tr>
         </table>
         <p>FSC invoice for timber lot: FSC-C154321, claim FSC 100%.</p>
         """)))])


# p26: staged material authority of 150; supplier bought teak for 400
_p26_buyer = T("""
    Dear Agus,

    PO GR-11140 attached: ten (10) sample benches HAMPTON 180 are released.

    Material authority: staged - you may buy kiln-dried teak for up to 150 benches at our
    liability, so the season is not held up by timber.

    The balance of 390 benches is not released. It will be released only by a written
    release from me, after sample sign-off here in Stevenage.

    Kind regards,
    James Rowe
    Head of Buying, Greenfield & Rowe Garden Centres Ltd
    """)
_p26_txt = T("""
    Dear Mr. James,

    Thank you for the PO, well received.

    To be efficient we have bought teak for 400 benches in one lot at the Perhutani
    auction last week, the price is very good this month and the quality is A grade.
    Sawing will start next week, then kiln drying 3 weeks.

    The 10 sample benches will be ready 28 June.

    Best regards,
    Agus Santoso
    CV Jepara Jati Mulia
    Jl. Raya Jepara-Kudus Km 4, Jepara
    """) + "\n-----Original Message-----\nFrom: James Rowe [mailto:james.rowe@greenfieldrowe.co.uk]\nSent: 05 June 2024 11:20\n\n" + quote(_p26_buyer)
case("p26_teak_beyond_staged", ["RG006"],
     "buyer's quoted scope: 10 released, staged teak authority up to 150 benches, 390 held; supplier bought teak for 400 benches",
     [("RE_PO_GR-11140.eml", eml_bytes(mail(
         "Agus Santoso <agus@jeparajatimulia.co.id>", "James Rowe <james.rowe@greenfieldrowe.co.uk>",
         "RE: PO GR-11140 HAMPTON sample benches", "Tue, 11 Jun 2024 15:48:00 +0700", _p26_txt)))])


# p27: deposit received -> teak bought for 300 sets and cutting started
_p27_buyer = T("""
    Hi Long,

    PO BO-3340 is for 2 (two) prototype dining sets CAMDEN only. The 300 sets for SS25 are
    not released. They will be released only by a written release from me, after we have
    signed off the prototypes in Bristol. Material authority: sample-only.

    Thanks,
    Hannah Price
    Bramble & Oak Home Ltd
    """)
_p27_txt = T("""
    Dear Ms Hannah,

    We well received the 30% deposit for the 300 sets, thank you very much.

    So we bought the teak for the full 300 sets and started cutting the chair legs and
    table aprons this week, to make sure we can keep ETD 15 September for you.

    The 2 prototype sets are in sanding, photos on Monday.

    Best regards,
    Long Nguyen
    Dong Nai Teakwood Co., Ltd
    """) + "\nOn 20 May 2024, Hannah Price <hannah.price@brambleandoak.co.uk> wrote:\n" + quote(_p27_buyer)
case("p27_deposit_teak_cutting", ["RG006", "RG012"],
     "quoted buyer scope is complete (2 prototypes, 300 held, written release by Hannah, sample-only); supplier reads the deposit as go, buys teak and cuts for 300",
     [("RE_PO_BO-3340.eml", eml_bytes(mail(
         "Long Nguyen <long@dongnaiteakwood.vn>", "Hannah Price <hannah.price@brambleandoak.co.uk>",
         "RE: PO BO-3340 CAMDEN prototypes / deposit", "Fri, 07 Jun 2024 17:05:00 +0700", _p27_txt)))])


# p28: agent calls the forecast 'as good as firm' and has the factory buy rope for 1,200
_p28_buyer = T("""
    Dear Minh,

    PO 4100-7810: 4 sample rope chairs LIDO are released. Nothing beyond those 4 is released.

    Our 2025 forecast of 1,200 chairs is a forecast, not an order. The production quantity
    will be released only with a written release from me, after sample sign-off in Cologne.

    Regards,
    Ingrid Bauer
    Balkonia Versand GmbH
    """)
_p28_txt = T("""
    Dear Ingrid,

    Factory update LIDO rope chair:
    - 4 samples: frames done, weaving starts Monday, ready 21 June.
    - Rope: your forecast 1,200 is as good as firm - you have sold this model three seasons
      now - so I let the factory buy the olefin rope for all 1,200 chairs (about 9,600 kg)
      to lock one dye lot. Delivery to factory 18 June.

    Have a nice weekend.

    Minh
    """) + sig("Tran Quang Minh", "Sourcing Manager", "Mekong Sourcing Services Co., Ltd", "+84 28 3822 4412") + \
    "\n________________________________\nFrom: Ingrid Bauer <i.bauer@balkonia.de>\nSent: Tuesday, 28 May 2024 10:40\nSubject: LIDO samples\n\n" + quote(_p28_buyer)
case("p28_agent_forecast_firm_rope", ["RG006", "RG008"],
     "buyer labels 1,200 a forecast and releases 4; agent calls the forecast 'as good as firm' and has rope bought for 1,200",
     [("LIDO_factory_update.eml", eml_bytes(mail(
         "Tran Quang Minh <minh.tran@mekongsourcing.vn>", "Ingrid Bauer <i.bauer@balkonia.de>",
         "RE: LIDO samples - factory update", "Fri, 07 Jun 2024 16:55:00 +0700", _p28_txt)))])


# p30: supplier confirmation restates the hold correctly but will order material for all 800
case("p30_ack_orders_extrusion_800", ["RG006"],
     "supplier confirmation restates 6 samples and 800 not released, then says it will order extrusion and sling fabric for the full 800",
     [("OC-FS-2406-031.docx", docx_bytes([
         ("h1", "FOSHAN SHUNDE ALUMINIUM FURNITURE CO., LTD"),
         ("p", "Longjiang Town, Shunde District, Foshan, Guangdong, China"),
         ("h", "ORDER CONFIRMATION OC-FS-2406-031"),
         ("p", "Customer: Sunbelt Patio Supply, Inc., Phoenix AZ - attn. Mark Delgado. Your PO: 55-1077 dated 06/04/2024."),
         ("table", [
             ["No.", "Item", "Description", "Qty", "USD"],
             ["1", "SED-DS-BZ", "Sedona sling dining set (table + 4 chairs), Textured Bronze - salesman sample", "6 sets", "286.00"],
         ]),
         ("p", "1. We confirm 6 salesman sample sets, ex-factory 28 June 2024."),
         ("p", "2. We note the 800 sets are not released. Release will come from Mark Delgado in writing after your sample sign-off."),
         ("p", "3. To keep your ETD we will order the aluminium extrusion and the sling fabric for the full 800 sets next week."),
         ("p", "4. Packing: KD, 1 set per 2 cartons."),
         ("p", "Jason Wu - Sales Manager - jason.wu@fsalufurniture.com"),
     ], author="Jason Wu"))])


# p31: supplier powder-coats frames for all 500 so it can roll straight into production on approval
_p31_buyer = T("""
    Dear Emre,

    PO 4711-2024-131: the 6 sample chairs MARMARIS are released. The 500 chairs are not
    released; they will be released only in writing by me, after sample sign-off in Hamburg.
    Material authority: sample-only.

    Beste Gruesse
    Anna Vogel
    Senior Buyer Gartenmoebel, Gartenwelt Handels GmbH
    """)
_p31_txt = T("""
    Dear Anna Hanim,

    The 6 sample chairs are shipped with UPS today, tracking 1Z 8X4 220 68 1234 5678.

    In the meantime we have started cutting and powder-coating frames for the full 500,
    so that we can roll straight into production the day you approve the samples. That
    way we save 3 weeks and you have the chairs in store for April.

    Saygilarimla,
    Emre Yildiz
    Export Manager, Izmir Dis Mekan Mobilya
    """) + "\n\nAnna Vogel <a.vogel@gartenwelt.de>, 24 May 2024 Cum, 09:15 tarihinde sunu yazdi:\n" + quote(_p31_buyer)
case("p31_frames_roll_straight", ["RG006", "RG007"],
     "quoted buyer scope complete; supplier powder-coats frames for all 500 and says it will roll straight into production when the samples are approved",
     [("RE_MARMARIS_samples_shipped.eml", eml_bytes(mail(
         "Emre Yildiz <emre@izmirdismekan.com.tr>", "Anna Vogel <a.vogel@gartenwelt.de>",
         "RE: PO 4711-2024-131 MARMARIS samples shipped", "Mon, 10 Jun 2024 14:30:00 +0300", _p31_txt)))])


# ------------------------------------------------------------ batch 4
# c18: supplier portal status page; production shown as not released (clean)
case("c18_supplier_portal_status", [],
     "supplier status page: prototypes shipped, production 350 'not released - waiting for your written release', no material bought",
     [("SRE_customer_portal_PorchPalm.html", html_page("Saigon Rattan Export - customer portal", T("""
         <h2>Saigon Rattan Export JSC &mdash; Customer portal</h2>
         <p>Customer: <b>Porch &amp; Palm Inc.</b> &middot; Account manager: Thao Tran &middot; Status as of 2024-06-12 08:00 ICT</p>
         <table>
         <tr><th>PO</th><th>Item</th><th>Stage</th><th>Qty</th><th>Status</th></tr>
         <tr><td>31902</td><td>SAV-LC-01 Savannah lounge chair</td><td>Prototype sets</td><td>4</td><td>Shipped 2024-06-07, DHL 7781 2046 55</td></tr>
         <tr><td>31902</td><td>SAV-LC-01 Savannah lounge chair</td><td>Production</td><td>350</td><td>Not released &ndash; waiting for your written release. No rope or frames bought.</td></tr>
         <tr><td>31877</td><td>SAV-LC-01 prototype (first round)</td><td>Prototype sets</td><td>4</td><td>Closed</td></tr>
         </table>
         <p>Documents: packing list PL-31902-P, commercial invoice CI-24-0611 (prototypes only).</p>
         <p><small>This page is a status report. It does not confirm or change any order.</small></p>
         """)))])


# c19: chat - 'go ahead with the 8 cushion samples only', 1.200 not released (clean)
case("c19_chat_scoped_go_ahead", [],
     "buyer: 'go ahead with the 8 cushion samples only', 1.200 not released until Lotte confirms in writing after swatch + sample sign-off",
     [("WhatsApp_Lotte_Selin.txt", chat([
         ("06-05-2024 09:02", "Selin - Denizli Ev Tekstili", "Good morning Lotte Hanim, swatch of the new stripe Lagoon is ready, courier today. Also we can start the sample cushions?"),
         ("06-05-2024 09:40", "Lotte Jansen", "Goedemorgen Selin! Yes, go ahead with the 8 cushion samples only (4 x 50x50, 4 x 60x40)."),
         ("06-05-2024 09:41", "Lotte Jansen", "The 1.200 season cushions are not released. Not until I confirm in writing, after the fabric swatch and the 8 sample cushions are signed off here in Waalwijk."),
         ("06-05-2024 09:42", "Lotte Jansen", "So no fabric for the 1.200 yet pls"),
         ("06-05-2024 09:55", "Selin - Denizli Ev Tekstili", "Understood, only 8 samples, no bulk fabric. Samples ready Friday 🙂"),
         ("06-05-2024 09:56", "Lotte Jansen", "Top, dank je wel"),
     ]))])


# c20: written release of the full remaining balance (clean)
case("c20_release_full_balance", [],
     "written production release of the full remaining 180 sets after approved sign-off and revised PO, signed by Marieke de Vries; nothing left on hold",
     [("Productievrijgave_2_PO_4500018832.pdf", pdf([
         ("h1", "Tuinhuis Nederland B.V. - Production release no. 2"),
         ("table", [
             ["Supplier", "PT Rotan Cirebon Indah, Cirebon, Indonesia"],
             ["PO", "4500018832 rev. 1 (revised 23-07-2024, lines 10 + 20)"],
             ["Article", "RW-LS-4 KAL lounge set KALIMANTAN, Pebble Grey"],
             ["Sample sign-off", "SSO-24-031 dated 22-07-2024, disposition: approved"],
             ["Date of this release", "24-07-2024"],
         ]),
         ("sp",),
         ("table", [
             ["Quantity", "Status"],
             ["4 sets (line 10)", "Showroom sets, released 16-04-2024, delivered"],
             ["180 sets (line 20)", "Released by this release no. 2"],
             ["Remaining on hold", "none"],
         ]),
         ("p", "With this release the full remaining balance of one hundred and eighty (180) sets is released for production. "
               "Nothing remains on hold on this PO."),
         ("p", "Material authority: material for the 180 sets, at our liability under PO rev. 1."),
         ("p", "Requested ex-works: week 41. Container loading plan to follow from our logistics team."),
         ("p", "Authorized: Marieke de Vries, Head of Sourcing Outdoor (signed)"),
     ], title="Production release 2", author="Marieke de Vries"))])


# c21: prototype parasol PO full of identifiers that look like quantities (clean)
case("c21_identifiers_parasol_po", [],
     "3 prototype parasols; 1.500 season pcs not released; written release by Mirko Kowalski after prototype sign-off incl. wind test; article, drawing, norm numbers are not quantities",
     [("Bestellung_4500771388.pdf", pdf([
         ("h1", "Gartenwelt Handels GmbH - Bestellung 4500771388"),
         ("p", "Billwerder Ring 17, 21035 Hamburg. Lieferant: Ningbo Sunshade Parasol Mfg Co., Ltd (700233). Datum: 03.06.2024."),
         ("table", [
             ["Pos.", "Art.-Nr.", "Bezeichnung", "Menge", "Preis USD"],
             ["10", "3000-300", "Ampelschirm / cantilever parasol 300 cm, Zeichnung 3500-01 Rev 20, Bezug Pantone 7527 C", "3", "96,00"],
         ]),
         ("p", "Technical: canopy 280 g/m2 solution-dyed polyester, UPF 50+, wind class 2 per EN 13561, "
               "mast 60x60 mm, crank 1:20. Supplier QMS ISO 9001:2015, certificate no. 12 100 4500 TMS."),
         ("h", "Scope / Umfang"),
         ("p", "This order covers three (3) prototype parasols only (Pos. 10). Die Saisonmenge von 1.500 Stueck ist NICHT "
               "freigegeben - the season quantity of 1.500 pcs is not released; do not buy fabric or aluminium for it."),
         ("p", "The 1.500 pcs will be released only by a written release from Mirko Kowalski (Einkauf Gartenmoebel), after "
               "the prototypes have been signed off including the wind test at our lab. Material authority: sample-only."),
         ("p", "Lieferung: Luftfracht, DAP Hamburg, bis KW 27."),
     ], title="Bestellung 4500771388", author="Gartenwelt"))])


# c22: supplier asks whether to buy material for the 400; buyer says no (clean)
_c22_sup = T("""
    Dear Chloe,

    The 4 sample parasols are in final QC. Can we go ahead to buy the aluminium poles for
    the 400 parasols now? The extrusion mill has a slot next week, after that 5 weeks wait.

    Best regards,
    Lily
    """)
_c22_txt = T("""
    Hi Lily,

    No - please don't. Material authority stays sample-only: only the 4 sample parasols on
    PO BTL-7860 are released.

    The 400 parasols are not released. They will be released only by a written release
    from me, after the samples are signed off here in Sydney, together with a revised PO.
    If that costs us the mill slot, so be it.

    Thanks for asking first, much appreciated.

    Chloe
    """) + sig("Chloe Nguyen", "Buyer - Outdoor Living", "Bondi Terrace Living Pty Ltd", "+61 2 9555 0131") + \
    "\nOn Thu, 13 Jun 2024 at 12:10, Lily Zhou <lily@nbsunshade.cn> wrote:\n" + quote(_c22_sup)
case("c22_material_question_denied", [],
     "supplier asks to buy poles for 400 (a question); buyer: no, sample-only, 4 released, 400 held until Chloe's written release after sign-off + revised PO",
     [("RE_BTL-7860.eml", eml_bytes(mail(
         "Chloe Nguyen <chloe.nguyen@bonditerrace.com.au>", "Lily Zhou <lily@nbsunshade.cn>",
         "Re: BTL-7860 sample parasols / aluminium poles", "Thu, 13 Jun 2024 16:45:00 +1000", _c22_txt)))])


# c23: pilot lot with explicit staged material authority above the released quantity (clean)
case("c23_staged_material_po", [],
     "PO releases a 10-chair pilot lot; explicit staged teak authority up to 120 chairs; 350 not released until Sander Bakker's written release after pilot sign-off",
     [("Inkooporder_88560.docx", docx_bytes([
         ("h1", "Buitenleven Retail B.V. - Inkooporder 88560"),
         ("p", "Ceintuurbaan 210, 8024 AA Zwolle. Leverancier: Phuoc Thanh Wood Co., Ltd, Binh Duong, Vietnam. Datum: 27-05-2024."),
         ("table", [
             ["Regel", "Artikel", "Omschrijving", "Aantal", "USD"],
             ["1", "HOI-DC-GW", "HOI AN dining chair teak, grey wash - pilot lot", "10", "92,00"],
             ["2", "HOI-DC-GW", "HOI AN dining chair teak, grey wash - season (not released)", "350", "84,00"],
         ]),
         ("h", "Release and material authority"),
         ("li", "Released now: ten (10) chairs, pilot lot, line 1. Please produce these now."),
         ("li", "Line 2, 350 chairs: not released. Do not start production."),
         ("li", "Material authority: staged - you may buy and kiln-dry teak for up to 120 chairs at our liability. "
                "Timber beyond 120 chairs is at your own risk."),
         ("li", "Line 2 will be released only by a written release signed by Sander Bakker (Buyer Tuinmeubelen), after "
                "sign-off of the pilot lot in Zwolle."),
         ("p", "Met vriendelijke groet, Sander Bakker"),
     ], author="Sander Bakker"))])


# c24: supplier proforma for samples: 'payment of this proforma does not release production' (clean)
_c24_html_att = html_page("Proforma PI-CCT-24-118", T("""
    <h2>Chennai Cushion &amp; Textile Exports Pvt Ltd</h2>
    <p>No. 42, SIDCO Industrial Estate, Guindy, Chennai 600032 &middot; GSTIN 33AABCC1234F1Z5</p>
    <h3>PROFORMA INVOICE PI-CCT-24-118</h3>
    <p>To: Pacific Terrace Hotels LLC, San Diego &middot; Attn: Carla Ruiz &middot; Your PO: PTH-2330</p>
    <table>
    <tr><th>No.</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Amount USD</th></tr>
    <tr><td>1</td><td>Chaise cushion 78x24x3&quot;, acrylic Canvas Natural &ndash; sample</td><td>4</td><td>46.00</td><td>184.00</td></tr>
    <tr><td>2</td><td>Courier charges (FedEx IP)</td><td>1</td><td>95.00</td><td>95.00</td></tr>
    <tr><td></td><td><b>Total</b></td><td></td><td></td><td><b>279.00</b></td></tr>
    </table>
    <p>Payment: 100% advance for samples.</p>
    <p class="note">Production of the pool-deck quantity starts only after your written production release from Ms. Carla Ruiz.
    Payment of this proforma does not release production.</p>
    """))
_c24_txt = T("""
    Dear Ms. Carla,

    Greetings from Chennai. Please find attached our proforma PI-CCT-24-118 for the 4
    sample cushions against your PO PTH-2330. Kindly arrange the advance; samples will be
    couriered within 10 days of payment.

    As noted on the proforma, payment is for the samples only and does not release the
    pool-deck production.

    Warm regards,
    Priya Raman
    Export Manager
    Chennai Cushion & Textile Exports Pvt Ltd
    """)
case("c24_proforma_not_release", [],
     "supplier proforma for 4 sample cushions: 'payment of this proforma does not release production'; production only on Carla Ruiz's written release",
     [("Proforma_PI-CCT-24-118.eml", eml_bytes(mail(
         "Priya Raman <priya@chennaicushion.in>", "Carla Ruiz <cruiz@pacificterrace.com>",
         "Proforma PI-CCT-24-118 - sample cushions PO PTH-2330", "Tue, 04 Jun 2024 11:35:00 +0530", _c24_txt,
         html="<html><body><p>Dear Ms. Carla,</p><p>Greetings from Chennai. Please find attached our proforma PI-CCT-24-118 for the "
              "4 sample cushions against your PO PTH-2330. Kindly arrange the advance; samples will be couriered within 10 days of "
              "payment.</p><p>As noted on the proforma, payment is for the samples only and does not release the pool-deck "
              "production.</p><p>Warm regards,<br>Priya Raman<br>Export Manager<br>Chennai Cushion &amp; Textile Exports Pvt Ltd</p></body></html>",
         attachments=[("PI-CCT-24-118.html", _c24_html_att, HTML_MT)])))])


# c25: hotel group e-procurement portal PO for the full quantity, scoped proceed (clean)
case("c25_portal_full_po_beachclub", [],
     "hospitality portal PO for the full 40 parasols and 40 bases; 'proceed with production of the 40 + 40'; no balance",
     [("VDB_eProcurement_PO_VDB-2024-058.html", html_page("VDB eProcurement - PO VDB-2024-058", T("""
         <h2>Van der Berg Hospitality Group &mdash; eProcurement</h2>
         <p>Supplier: Bursa Golge Tekstil San. Ltd. Sti. &middot; Project: Strandpaviljoen Noordwijk, terrace 2025</p>
         <h3>Purchase order VDB-2024-058 &mdash; status: sent to supplier 2024-05-30</h3>
         <table>
         <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit EUR</th><th>Total EUR</th></tr>
         <tr><td>1</td><td>PAR-400-SQ-TP</td><td>Centre-pole parasol 400x400 cm, acrylic Taupe, valance with logo print</td><td>40</td><td>289,00</td><td>11.560,00</td></tr>
         <tr><td>2</td><td>BASE-90-ST</td><td>Steel base plate 90 kg, galvanised</td><td>40</td><td>118,00</td><td>4.720,00</td></tr>
         </table>
         <div class="note">This order is for the full quantities above; there is no balance and no option.
         Please proceed with production of the 40 parasols and 40 bases and confirm the ex-works date.</div>
         <p>Delivery: DAP Noordwijk aan Zee, before 1 March 2025. Logo artwork: file VDB-logo-2024-v3.ai (attached in portal).</p>
         <p>Contact: Pieter van der Berg &middot; inkoop@vdbhospitality.nl</p>
         """)))])


# p32: two files - complete sample PO; supplier confirmation says bulk starts automatically on sample approval
case("p32_ack_bulk_automatic", ["RG007"],
     "two files: PO scope complete (2 prototype sets, 160 held, written release by Jessica after review + revised PO); supplier confirmation says bulk commences automatically upon sample approval",
     [("PO_32044.pdf", pdf([
         ("h1", "PORCH & PALM INC. - PURCHASE ORDER 32044"),
         ("p", "Vendor: PT Rotan Cirebon Indah, Cirebon, West Java, Indonesia. Date: 05/22/2024. Buyer: Jessica Moreno."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "USD"],
             ["1", "TYB-SEC-5", "Tybee resin-wicker sectional, 5 pc, Oyster weave - prototype set", "2", "1,180.00"],
         ]),
         ("p", "Scope: only the 2 prototype sets above are released. The 160 production sets are not released - "
               "no fibre, frames or cushions for them."),
         ("p", "The 160 sets will be released only by a written release from Jessica Moreno, after our product review has "
               "signed off the prototypes, together with a revised PO."),
     ], title="PO 32044", author="Porch & Palm")),
      ("Order_confirmation_RCI-OC-0588.docx", docx_bytes([
         ("h1", "PT ROTAN CIREBON INDAH - ORDER CONFIRMATION RCI-OC-0588"),
         ("p", "Jl. Raya Plumbon Km 8, Cirebon 45155, Jawa Barat, Indonesia - export@rotancirebon.co.id"),
         ("p", "Buyer: Porch & Palm Inc. - PO 32044 - Date: 24 May 2024"),
         ("table", [
             ["No", "Item", "Description", "Qty", "Status"],
             ["1", "TYB-SEC-5", "Tybee sectional prototype, Oyster weave", "2 sets", "Confirmed, ready 20 June"],
             ["2", "TYB-SEC-5", "Tybee sectional bulk", "160 sets", "See remark"],
         ]),
         ("p", "Remark: bulk production of the 160 sets will commence automatically upon sample approval. Please inform "
               "us of your approval by email so we can book the fibre."),
         ("p", "Hormat kami / best regards, Dedi Kurniawan, Export Manager"),
     ], author="Dedi Kurniawan"))])


# p33: buyer's colleague tells supplier to carry on with the rest once the prototypes are signed off
_p33_txt = T("""
    Hi Dedi,

    Quick one on PO 4500019402 (SUMBA lounge set, 2 prototypes): Marieke is travelling next
    month and the season is tight, so let's be practical.

    Once Marieke signs the prototypes off, just carry on with the rest - no need to wait for
    the paperwork, we'll sort out the release afterwards.

    Groeten,
    Bas
    """) + sig("Bas Verhoeven", "Buyer Tuinmeubelen", "Tuinhuis Nederland B.V.", "+31 416 555 214")
case("p33_carry_on_no_paperwork", ["RG007"],
     "attached PO requires a written release by Marieke after sign-off; buyer's colleague says to carry on with the rest once the prototypes are signed off, without paperwork",
     [("SUMBA_prototypes_planning.eml", eml_bytes(mail(
         "Bas Verhoeven <b.verhoeven@tuinhuis-nl.nl>", "Dedi Kurniawan <dedi@rotancirebon.co.id>",
         "PO 4500019402 SUMBA - planning", "Thu, 30 May 2024 13:12:00 +0200", _p33_txt,
         attachments=[("PO_4500019402.pdf", pdf([
             ("h1", "Tuinhuis Nederland B.V. - Purchase Order 4500019402"),
             ("p", "Supplier: PT Rotan Cirebon Indah. Date: 21-05-2024. Buyer: Bas Verhoeven."),
             ("table", [
                 ["Line", "Article", "Description", "Qty", "EUR"],
                 ["10", "RW-LS-5 SUM", "Lounge set SUMBA, synthetic wicker flat 8 mm Sand - prototype", "2 sets", "610,00"],
             ]),
             ("p", "This PO covers two (2) prototype sets only. The season quantity of 300 sets is NOT released."),
             ("p", "The 300 sets are released only after our sample sign-off and a written release signed by Marieke de Vries "
                   "(Head of Sourcing Outdoor). Material authority: sample-only."),
         ], title="PO 4500019402", author="Tuinhuis Nederland"), PDF_MT)])))])


# p34: buyer's agent tells the factory that sample approval is production approval
_p34_buyer = T("""
    Dear Rudi, dear Pak Agus,

    Order SH-2024-0230, teak bench SEEBLICK 160: two (2) sample benches are released now.
    The 250 benches are not released. They will be released only by a written release from
    me, after the sample sign-off in Herrsching.

    Mit freundlichen Gruessen
    Stefan Huber
    Sonnenhof Hotels GmbH
    """)
_p34_txt = T("""
    Pak Agus,

    For Sonnenhof order SH-2024-0230: the sample approval is also the production approval,
    same approval. So after Mr. Stefan approves the 2 samples, factory can run the 250
    benches directly, no need to wait another paper. Please prepare the timber planning.

    Samples must be ready 20 June for airfreight.

    Terima kasih,
    Rudi Hartono
    Java Wood Agency - Jepara
    (agent for Sonnenhof Hotels GmbH)
    """) + "\n---------- Forwarded message ---------\nFrom: Stefan Huber <s.huber@sonnenhof-hotels.de>\nDate: Mon, 3 Jun 2024 09:05\nSubject: SH-2024-0230 samples\n\n" + _p34_buyer
case("p34_agent_same_approval", ["RG007", "RG009"],
     "buyer's forwarded scope is complete; buyer's agent tells the factory sample approval = production approval and to run the 250 after approval",
     [("SH-2024-0230_for_factory.eml", eml_bytes(mail(
         "Rudi Hartono <rudi@javawoodagency.co.id>", "Agus Santoso <agus@jeparajatimulia.co.id>",
         "Fwd: SH-2024-0230 samples - planning", "Tue, 04 Jun 2024 08:30:00 +0700", _p34_txt,
         cc="Stefan Huber <s.huber@sonnenhof-hotels.de>")))])


# p36: chat - supplier 'after sample approve we run full order directly same like last season', buyer thumbs up
case("p36_chat_same_like_last_season", ["RG007"],
     "buyer's chat scope complete (3 samples, 250 held until Daniel's written release after sign-off); supplier says bulk runs directly after sample approval, buyer answers 👍",
     [("chat_Daniel_Dedi_SO-6301.txt", chat([
         ("14/05/2024, 10:20", "Daniel Papadopoulos", "Hi Dedi, PO SO-6301 is for 3 sample loungers PALM COVE only"),
         ("14/05/2024, 10:21", "Daniel Papadopoulos", "The 250 loungers are not released until I send you a written release, after we sign off the samples in Melbourne"),
         ("14/05/2024, 11:02", "Dedi Kurniawan", "Noted pak Daniel 🙏"),
         ("14/05/2024, 11:03", "Dedi Kurniawan", "after sample approve we run full order directly same like last season 👍"),
         ("14/05/2024, 11:30", "Daniel Papadopoulos", "👍"),
         ("14/05/2024, 11:31", "Daniel Papadopoulos", "Weave colour Driftwood pls, same as CORAL daybed"),
     ]))])


# p37: PO Rev 02 mail says 30 prototype chairs, attached Rev 02 says 24; 'continue straight into series of the 320'
_p37_txt = T("""
    Hallo Wendy,

    attached is our PO 2024-0588 Rev 02 for the ROPE chair NORDSEE. Rev 02 now covers 30
    prototype chairs - we added some for the spoga+gafa fair in Cologne.

    The 320 series chairs are not released. Release only in writing from me, after sample
    sign-off.

    If the prototypes fit at the fair, you can continue straight into series production of
    the 320 - please plan for that so we do not lose time.

    Viele Gruesse
    Thomas Berger
    Einkauf, Terrassenglueck GmbH, Muenchen
    """)
case("p37_po_rev_30_vs_24", ["RG007", "RG011"],
     "mail says PO Rev 02 covers 30 prototype chairs, attached Rev 02 says 24; buyer also says to continue straight into the 320 if prototypes fit, contradicting his written-release rule",
     [("PO_2024-0588_Rev02.eml", eml_bytes(mail(
         "Thomas Berger <t.berger@terrassenglueck.de>", "Wendy Xu <wendy@zjropeliving.com>",
         "PO 2024-0588 Rev 02 - NORDSEE prototypes", "Wed, 12 Jun 2024 17:20:00 +0200", _p37_txt,
         attachments=[("PO_2024-0588_Rev02.pdf", pdf([
             ("h1", "Terrassenglueck GmbH - Bestellung / Purchase Order 2024-0588 Rev 02"),
             ("p", "Landsberger Str. 302, 80687 Muenchen. Supplier: Zhejiang Rope Living Co., Ltd. Date: 12.06.2024."),
             ("table", [
                 ["Pos.", "Article", "Description", "Qty", "USD"],
                 ["10", "NOR-RC-01", "ROPE chair NORDSEE, rope 6 mm Salbei, frame RAL 7044 - prototype", "24", "88,00"],
             ]),
             ("p", "Rev 02: quantity of Pos. 10 changed, delivery date moved to KW 35."),
             ("p", "Series quantity 320 chairs: not released. Release only by written release from Thomas Berger after sample sign-off."),
         ], title="PO 2024-0588 Rev 02", author="Terrassenglueck"), PDF_MT)])))])


# p39: supplier answers a labelled forecast with 'thank you for your order of 1,500'
_p39_buyer = T("""
    Dear Murat,

    Attached is our forecast for season 2025: 1,500 parasols PAR-300 (900 ecru, 600
    antraciet). This is a forecast for your capacity planning, not an order. Orders follow
    separately.

    Kind regards,
    Ilse Mulder
    Supply Planner, Buitenleven Retail B.V.
    """)
_p39_txt = T("""
    Dear Ilse,

    Thank you for your order of 1,500 parasols for season 2025 (900 ecru, 600 antraciet).
    We have booked the capacity in our sewing hall for January-February and will send you
    the order confirmation this week.

    Best regards,
    Murat Aydin
    Export Sales, Bursa Golge Tekstil San. Ltd. Sti.
    Nilufer OSB, Bursa, Turkiye
    """) + "\n\nIlse Mulder <i.mulder@buitenleven.nl> sunu yazdi (3 Haz 2024 10:12):\n" + quote(_p39_buyer)
case("p39_supplier_forecast_as_order", ["RG008"],
     "buyer sends a clearly labelled forecast; supplier replies 'thank you for your order of 1,500 parasols' and books capacity",
     [("RE_forecast_season_2025.eml", eml_bytes(mail(
         "Murat Aydin <murat@bursagolge.com.tr>", "Ilse Mulder <i.mulder@buitenleven.nl>",
         "RE: forecast season 2025 PAR-300", "Tue, 04 Jun 2024 09:05:00 +0300", _p39_txt)))])


# p40: season buying plan headed 'forecast' that declares itself a binding purchase commitment
case("p40_season_plan_binding", ["RG008"],
     "SS25 season buying plan titled forecast but stating it constitutes a binding purchase commitment for the quantities",
     [("HF_SS25_season_buying_plan.pdf", pdf([
         ("h1", "Harrow & Finch Garden Ltd - SS25 Season Buying Plan"),
         ("p", "Supplier: Binh Duong Teak Furniture Co., Ltd. Issued: 14 June 2024. Version 1."),
         ("h", "Forecast"),
         ("table", [
             ["Item", "Description", "Forecast qty", "Target FOB USD", "Requested ETD"],
             ["WIN-DS-06", "WINDSOR dining set (table + 6 chairs)", "420 sets", "1,085.00", "Jan 2025"],
             ["WIN-BN-150", "WINDSOR bench 150", "900 pcs", "98.00", "Jan 2025"],
             ["WIN-LG-01", "WINDSOR steamer lounger", "600 pcs", "212.00", "Feb 2025"],
         ]),
         ("sp",),
         ("p", "This forecast constitutes our binding purchase commitment for the quantities above. Please plan timber and "
               "capacity accordingly and confirm the ETDs by 28 June."),
         ("p", "Purchase orders will be issued in line with this plan. Contact: Tom Reilly, Senior Buyer."),
     ], title="SS25 season buying plan", author="Harrow & Finch"))])


# ------------------------------------------------------------ batch 5
# p41: chat - buyer tells the supplier to take the spring forecast as a confirmed order
case("p41_chat_forecast_confirmed", ["RG008"],
     "buyer: spring forecast of 3 x 40'HC (approx. 1,050 sets) - 'take it as a confirmed order pls'",
     [("WeChat_export_Mark_Jason.txt", chat([
         ("2024-06-05 08:14", "Mark Delgado", "Morning Jason. Sell-through on Sedona was strong, we're planning spring now"),
         ("2024-06-05 08:15", "Mark Delgado", "Our forecast for spring is 3 x 40'HC of the Sedona dining sets, approx. 1,050 sets"),
         ("2024-06-05 08:16", "Mark Delgado", "Take it as a confirmed order pls, formal PO will follow in July when our budget opens"),
         ("2024-06-05 09:02", "Jason Wu", "Good news Mark! Thanks. Noted, we reserve line 2 for you Sept-Oct"),
         ("2024-06-05 09:03", "Jason Wu", "Same colour Textured Bronze / Sesame Tweed?"),
         ("2024-06-05 09:10", "Mark Delgado", "Yes same, plus 20% in Charcoal / Flint, split to follow"),
     ]))])


# p42: portal PO releases 300 of 500; supplier confirmation says 'production release: 500' and 'drawing released'
case("p42_ack_release_500_vs_300", ["RG009", "RG011"],
     "two files: portal PO releases 300 of 500 (200 held until next release by Dana Whitfield after review); supplier confirmation says production release 500 and uses 'released' for the drawing too",
     [("Lakeshore_SupplierHub_PO_7700-4601.html", html_page("PO 7700-4601 - Lakeshore Supplier Hub", T("""
         <h2>Lakeshore Supplier Hub</h2>
         <p>Supplier: <b>Izmir Dis Mekan Mobilya San. ve Tic. A.S.</b> (vendor 60522)</p>
         <h3>Purchase Order 7700-4601 &mdash; status: OPEN</h3>
         <table>
         <tr><th>Line</th><th>SKU</th><th>Description</th><th>PO qty</th><th>Released</th><th>Not released</th><th>Unit USD</th></tr>
         <tr><td>1</td><td>LS-CH-220</td><td>Aluminium chaise lounge, 5-position, sling Sand, frame Champagne</td><td>500</td><td>300</td><td>200</td><td>164.00</td></tr>
         </table>
         <div class="note">
         <p>Production release: 300 chaises now. The other 200 are not released &mdash; do not start them.</p>
         <p>They will be released only by a further written release from Dana Whitfield (Merchandise Manager) after our
         August sell-through review.</p>
         </div>
         <p>Ship: FOB Izmir, 2 x 40'HC for the 300. Buyer: Kyle Andersen.</p>
         """))),
      ("IDM_Order_Confirmation_OC-2406-140.docx", docx_bytes([
         ("h1", "ORDER CONFIRMATION OC-2406-140"),
         ("p", "Izmir Dis Mekan Mobilya San. ve Tic. A.S. - Kemalpasa OSB, 35730 Izmir, Turkiye"),
         ("p", "Customer: Lakeshore Outdoor Co., Grand Rapids MI - PO 7700-4601 - Date: 10.06.2024"),
         ("table", [
             ["Item", "Description", "Qty", "Unit USD"],
             ["LS-CH-220", "Aluminium chaise lounge, sling Sand, frame Champagne", "500", "164.00"],
         ]),
         ("li", "Drawing LS-CH-220 released Rev C by your engineering on 03.06.2024 - we build to Rev C."),
         ("li", "Production release: 500 pcs confirmed, start of production 1 July 2024."),
         ("li", "Loading: 3 x 40'HC, first container ETD 15 August 2024."),
         ("p", "Best regards, Emre Yildiz, Export Manager"),
     ], author="Emre Yildiz"))])


# p43: 'approved' for the PO (finance), the sample meeting and 'once everything is approved we'll release'
_p43_txt = T("""
    Hi Thao,

    Quick status on PO BO-3371 (KEW rope dining chair):

    - The PO itself is approved by our finance team, so you can invoice the 6 sample
      chairs now.
    - The sample approval meeting is on Friday 14th with our design team.
    - Once everything is approved, we'll release the 300.

    Until then only the 6 sample chairs are released. The 300 stay on hold and need a
    written release from me.

    Have a good weekend!
    Hannah
    """) + sig("Hannah Price", "Buyer - Outdoor Living", "Bramble & Oak Home Ltd, Bristol", "+44 117 555 0163")
_p43_html = ("<html><body><p>Hi Thao,</p><p>Quick status on PO BO-3371 (KEW rope dining chair):</p><ul>"
             "<li>The PO itself is approved by our finance team, so you can invoice the 6 sample chairs now.</li>"
             "<li>The sample approval meeting is on Friday 14th with our design team.</li>"
             "<li>Once everything is approved, we'll release the 300.</li></ul>"
             "<p>Until then only the 6 sample chairs are released. The 300 stay on hold and need a written release from me.</p>"
             "<p>Have a good weekend!<br>Hannah</p><p>--<br>Hannah Price<br>Buyer - Outdoor Living<br>Bramble &amp; Oak Home Ltd, Bristol</p></body></html>")
case("p43_everything_approved_release", ["RG009"],
     "'approved' used for finance PO approval, the sample approval meeting and 'once everything is approved we'll release the 300'; scope otherwise complete",
     [("BO-3371_status.eml", eml_bytes(mail(
         "Hannah Price <hannah.price@brambleandoak.co.uk>", "Thao Tran <thao.tran@saigonrattan.vn>",
         "BO-3371 KEW chairs - status", "Fri, 07 Jun 2024 16:05:00 +0100", _p43_txt, html=_p43_html)))])


# p44: 'Is the PO approved?' 'Yes, approved.' and 'the Sand sample is approved too' - full PO attached
_p44_sup = T("""
    Dear Rachel,

    Two questions please:
    1) Is PO CH-PO-24-0502 approved on your side? Our finance needs it before we book the
       textilene.
    2) Did you receive the colour sample of the textilene Sand?

    Best regards,
    Emre
    """)
_p44_txt = T("""
    Hi Emre,

    1) Yes, approved.
    2) Yes, received on Monday - the Sand sample is approved too, lovely colour.

    PO copy attached again for your finance team.

    Kind regards,
    Rachel
    """) + sig("Rachel Penrose", "Procurement Manager", "Coastline Hotels plc", "+44 1326 555 090") + \
    "\nFrom: Emre Yildiz <emre@izmirdismekan.com.tr>\nSent: 11 June 2024 07:40\nTo: Rachel Penrose\nSubject: CH-PO-24-0502 questions\n\n" + quote(_p44_sup)
case("p44_yes_approved", ["RG002", "RG009"],
     "full-quantity PO attached; buyer's bare 'Yes, approved.' (PO) and 'sample is approved too' (colour) use one word for commercial and technical approval",
     [("RE_CH-PO-24-0502_questions.eml", eml_bytes(mail(
         "Rachel Penrose <r.penrose@coastlinehotels.co.uk>", "Emre Yildiz <emre@izmirdismekan.com.tr>",
         "RE: CH-PO-24-0502 questions", "Tue, 11 Jun 2024 10:22:00 +0100", _p44_txt,
         attachments=[("CH-PO-24-0502.pdf", pdf([
             ("h1", "Coastline Hotels plc - Purchase Order CH-PO-24-0502"),
             ("p", "Supplier: Izmir Dis Mekan Mobilya San. ve Tic. A.S. Date: 06/06/2024. Project: Fistral Bay Hotel, Newquay."),
             ("table", [
                 ["Line", "Item", "Description", "Qty", "EUR"],
                 ["1", "SL-ALU-200", "Stackable sunlounger, aluminium, textilene Sand", "48", "185,00"],
             ]),
             ("p", "This order is for the full quantity of 48 loungers; no balance, no options."),
             ("p", "Delivery DAP Newquay before 15/03/2025. Rachel Penrose, Procurement Manager."),
         ], title="CH-PO-24-0502", author="Coastline Hotels"), PDF_MT)])))])


# p45: PO table says 6 prototype sets, the remarks ask for 8
case("p45_po_6_note_8", ["RG011"],
     "PO line says 6 prototype sets, the remarks ask the supplier to make 8; scope of the 112-set balance is otherwise complete",
     [("PO_PTH-2344.pdf", pdf([
         ("h1", "PACIFIC TERRACE HOTELS LLC"),
         ("p", "1250 Harbor Island Dr, San Diego CA 92101"),
         ("h", "PURCHASE ORDER PTH-2344"),
         ("table", [
             ["Vendor", "Saigon Rattan Export JSC, Ho Chi Minh City"],
             ["Date", "06/07/2024"],
             ["Buyer", "Carla Ruiz, Director of Procurement"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["1", "COR-CAB-01", "Coronado cabana lounge set (2 chaises + side table), resin wicker Pearl - prototype set", "6", "690.00", "4,140.00"],
         ]),
         ("h", "Remarks"),
         ("p", "Please make 8 prototype sets - 2 extra for the mock-up room at our Coronado property."),
         ("p", "The balance of 112 sets for the Harbor Island and Coronado pool decks is not released. It will be released only "
               "by a written release from Carla Ruiz after the prototypes are signed off on site, together with a revised PO."),
         ("p", "Material authority: sample-only. Ship by air, DAP San Diego, by 07/31/2024."),
     ], title="PO PTH-2344", author="Pacific Terrace Hotels"))])


# p46: two files - PO for 4 showroom sets; the buyer's release mail says six are released 'as per PO'
case("p46_po_4_mail_6", ["RG011"],
     "two files: PO releases 4 showroom sets; buyer's mail says six (6) showroom sets are released 'as per PO'; balance scope complete",
     [("PO_7700-4611.pdf", pdf([
         ("h1", "Lakeshore Outdoor Co. - Purchase Order 7700-4611"),
         ("p", "Vendor: Zhejiang Rope Living Co., Ltd. PO date 06/10/2024. Buyer: Kyle Andersen."),
         ("table", [
             ["Line", "SKU", "Description", "Qty", "Unit USD"],
             ["1", "TAH-SOF-SET", "Tahoe rope sofa set - showroom set", "4", "1,240.00"],
         ]),
         ("p", "Released: four (4) showroom sets. The 260 season sets are not released."),
         ("p", "The season sets will be released only by a written release from Dana Whitfield (Merchandise Manager) after "
               "showroom sign-off in Grand Rapids."),
     ], title="PO 7700-4611", author="Lakeshore Outdoor")),
      ("PO_7700-4611_mail.eml", eml_bytes(mail(
         "Kyle Andersen <kandersen@lakeshoreoutdoor.com>", "Wendy Xu <wendy@zjropeliving.com>",
         "PO 7700-4611 Tahoe showroom sets", "Mon, 10 Jun 2024 15:30:00 -0400",
         T("""
         Hi Wendy,

         As per PO 7700-4611, six (6) showroom sets are released - please build them now so
         they make it to Chicago for the market preview.

         The 260 season sets remain not released until Dana's written release after the
         showroom sign-off.

         Thanks,
         Kyle
         """) + sig("Kyle Andersen", "Buyer - Casual Furniture", "Lakeshore Outdoor Co.", "+1 616 555 0177"))))])


# p47: two files - call-off page releases 150; the cover mail says call-off for 180
case("p47_calloff_150_mail_180", ["RG011"],
     "two files: call-off 01 releases 150 loungers (450 held until call-off 02 by Bronwyn); the buyer's cover mail calls it a call-off for 180",
     [("SO-6012_calloff_01.html", html_page("Call-off 01 - PO SO-6012", T("""
         <h2>Southerly Outdoor Pty Ltd &mdash; Call-off 01</h2>
         <p>PO SO-6012 &middot; Supplier: Phu My Aluminium Co., Ltd (via Mekong Sourcing Services) &middot; Date: 12/06/2024</p>
         <table>
         <tr><th>Item</th><th>Description</th><th>PO qty</th><th>Released by this call-off</th><th>Not released</th></tr>
         <tr><td>COO-LG-WH</td><td>COOGEE aluminium lounger, white, textilene Pebble</td><td>600</td><td>150</td><td>450</td></tr>
         </table>
         <p>Produce one hundred and fifty (150) loungers now, ex-factory 15/08/2024. Material authority: for the 150 released loungers only.</p>
         <p>The remaining 450 loungers are not released. They will be released only by call-off 02, signed by Bronwyn Kelly
         (Senior Buyer, Outdoor) after the October sell-through review.</p>
         """))),
      ("Calloff_01_cover_mail.eml", eml_bytes(mail(
         "Bronwyn Kelly <bkelly@southerlyoutdoor.com.au>", "Le Thi Hoa <hoa.le@mekongsourcing.vn>",
         "SO-6012 call-off 01 COOGEE loungers", "Wed, 12 Jun 2024 11:05:00 +1000",
         T("""
         Hi Hoa,

         Attached is call-off 01 for 180 COOGEE loungers - please pass it to Phu My today so
         they can book the powder line.

         Cheers,
         Bronwyn
         """) + sig("Bronwyn Kelly", "Senior Buyer, Outdoor", "Southerly Outdoor Pty Ltd", "+61 3 9544 7100"))))])


# p48: release mail releases 480, the attached release letter says 420 (60 held)
_p48_txt = T("""
    Dear Kevin,

    Good news: the salesman samples of AC-210 passed our sample sign-off yesterday.

    With this mail we release the 480 chairs on PO 4711-2024-088. The signed release letter
    is attached; please confirm the ex-works date.

    Beste Gruesse
    Anna Vogel
    Senior Buyer Gartenmoebel
    Gartenwelt Handels GmbH, Hamburg
    """)
case("p48_release_480_letter_420", ["RG011"],
     "release mail releases 480 chairs; attached signed release letter says 420 released and 60 held for the Q3 review",
     [("Release_AC-210_PO_4711-2024-088.eml", eml_bytes(mail(
         "Anna Vogel <a.vogel@gartenwelt.de>", "Kevin Liang <kevin@fsalufurniture.com>",
         "Production release AC-210 - PO 4711-2024-088", "Thu, 13 Jun 2024 09:50:00 +0200", _p48_txt,
         attachments=[("Freigabe_R-02_AC-210.docx", docx_bytes([
             ("h1", "Gartenwelt Handels GmbH - Production release R-02"),
             ("table", [
                 ["Order", "4711-2024-088"],
                 ["Article", "AC-210 aluminium dining chair, RAL 7016"],
                 ["Sample sign-off", "12.06.2024, approved (Gartenwelt QA)"],
                 ["Released quantity", "420 pcs"],
                 ["Remaining on hold", "60 pcs (Austrian stores) - not released"],
             ]),
             ("p", "The 60 pcs will be released only by a separate written release from Anna Vogel after the Q3 range review."),
             ("p", "Authorized: Anna Vogel, Senior Buyer Gartenmoebel, 13.06.2024"),
         ], author="Anna Vogel"), DOCX_MT)])))])


# p54: supplier: PO received and accepted, hence bulk production scheduled
_p54_buyer = T("""
    Dear Rakesh,

    PO 22-4402 attached: ten (10) salesman samples of the bistro set BS-CA-05 only.
    The 1,200 sets for spring are not released. They will be released by me, in writing,
    once our QC team in Leeds has signed off the samples.

    Kind regards,
    Olivia Marsh
    Harrow & Finch Garden Ltd
    """)
_p54_txt = T("""
    Dear Madam,

    Greetings from Jodhpur!

    We have received your PO 22-4402 and accepted it in our system, hence the bulk
    production has been scheduled for week 32 in our foundry. The 10 salesman samples
    will be dispatched by air on 28th June.

    Kindly send the carton marking and barcode files at the earliest.

    Warm regards,
    Rakesh Bhandari
    Jodhpur Outdoor Crafts Pvt Ltd
    """) + "\n\nOn 11-Jun-2024 15:20, Olivia Marsh wrote:\n" + quote(_p54_buyer)
case("p54_po_accepted_bulk_scheduled", ["RG012"],
     "quoted buyer scope complete (10 samples, 1,200 held, QC sign-off, Olivia); supplier reads PO acceptance as authority and schedules bulk production",
     [("RE_PO_22-4402.eml", eml_bytes(mail(
         "Rakesh Bhandari <rakesh@jodhpuroutdoor.in>", "Olivia Marsh <olivia.marsh@harrowfinch.co.uk>",
         "RE: PO 22-4402 BS-CA-05 salesman samples", "Wed, 12 Jun 2024 12:15:00 +0530", _p54_txt)))])


# p57: buyer: signed proforma + TT on its way = 'your go for the 220'; the full PO says 200
_p57_txt = T("""
    Hi Wendy,

    We've signed your proforma PI-ZRL-24-077 (copy attached to the previous mail) and the
    30% TT is on its way - treat this as your go for the 220 lounge chairs.

    Rope colour Sand, frame RAL 1013 as per the MARE daybeds. PO attached for your files.

    Best,
    Pieter
    """) + sig("Pieter van der Berg", "Director", "Van der Berg Hospitality Group", "+31 70 555 4410")
case("p57_proforma_tt_go_220", ["RG011", "RG012"],
     "full PO says 200 lounge chairs; buyer says signed proforma + deposit TT is 'your go for the 220'",
     [("VDB-2024-066_lounge_chairs.eml", eml_bytes(mail(
         "Pieter van der Berg <pieter@vdbhospitality.nl>", "Wendy Xu <wendy@zjropeliving.com>",
         "VDB-2024-066 lounge chairs - proforma signed", "Fri, 14 Jun 2024 10:10:00 +0200", _p57_txt,
         attachments=[("PO_VDB-2024-066.pdf", pdf([
             ("h1", "Van der Berg Hospitality Group - Purchase Order VDB-2024-066"),
             ("p", "Gevers Deynootweg 61, 2586 BJ Scheveningen. Supplier: Zhejiang Rope Living Co., Ltd. Date: 07-06-2024."),
             ("table", [
                 ["Line", "Item", "Description", "Qty", "EUR"],
                 ["1", "MARE-LC", "MARE rope lounge chair, rope Sand, frame RAL 1013", "200", "212,00"],
             ]),
             ("p", "Full quantity of this PO: 200 lounge chairs. No balance, no options."),
             ("p", "Delivery: DAP Scheveningen, before 01-03-2025."),
         ], title="PO VDB-2024-066", author="Van der Berg Hospitality"), PDF_MT)])))])


# ==== BUILD (keep at the end of the file)
def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(range(len(CASES)))
    random.Random(7474).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h74_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        fnames = [fn for fn, _ in c["files"]]
        assert len(fnames) == len(set(fnames)), c["name"]
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # summary
    counts = {f"RG{i:03d}": 0 for i in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean} multi-rule={multi}")
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    build()
