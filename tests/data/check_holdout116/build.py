#!/usr/bin/env python3
"""Generator for the releasegate check_holdout116 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout116/build.py

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
    m["Message-ID"] = msgid or f"<h116-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h116")
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


# ----------------------------------------------------------------- small helpers (holdout116)
def txt2html(text):
    """Plain mail body -> simple HTML alternative (paragraphs, quoted blocks)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()):
            inner = "<br>\n".join(escape(l.lstrip(">").lstrip()) for l in lines)
            out.append(f'<blockquote style="border-left:2px solid #ccc;padding-left:6px">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(escape(l) for l in lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.strip("\n").split("\n"))


def E(filename, msg):
    return (filename, eml_bytes(msg))


def P(filename, blocks, **kw):
    return (filename, pdf(blocks, **kw))


def D(filename, blocks, **kw):
    return (filename, docx_bytes(blocks, **kw))


def H(filename, title, body, lang="en"):
    return (filename, html_page(title, body, lang=lang))


def T(filename, text):
    return (filename, text.strip("\n") + "\n")


def html_table(rows, cls=None):
    c = f' class="{cls}"' if cls else ""
    head = "".join(f"<th>{escape(str(x))}</th>" for x in rows[0])
    body = "\n".join("<tr>" + "".join(f"<td>{escape(str(x))}</td>" for x in r) + "</tr>" for r in rows[1:])
    return f"<table{c}>\n<tr>{head}</tr>\n{body}\n</table>"



# ==== CASES BEGIN

# =================================================================== CLEAN (batch 1)

# c01 -- supplier quote with sample and series tiers; nothing is authorised
case("c01_pl_quote_tiers", [],
     "Polish maker's quotation with prototype and series tiers; a quote authorises nothing",
     [P("ZP_oferta_Q-2024-0416.pdf", [
         ("h1", "OFERTA / QUOTATION Q-2024-0416"),
         ("p", "Zielona Polana Sp. z o.o., ul. Krakowska 212, 50-425 Wroclaw, Poland. NIP 897-17-44-210. "
               "Tel. +48 71 344 20 90, biuro@zielonapolana.pl"),
         ("p", "To: Hartwell Play Ltd, Unit 12 Stourton Trade Park, Leeds LS10 1SX, United Kingdom. "
               "Attn. Mr Neil Whitfield, Project Buyer. Date: 22.04.2024. Your enquiry: e-mail of 15.04.2024 "
               "(Roundhay and Temple Newsam playground refurbishment)."),
         ("h", "Prices"),
         ("table", [
             ["Item", "Description", "Prototype / sample qty", "Unit price GBP", "Series qty", "Unit price GBP"],
             ["ZP-CF220", "Climbing frame CF-220, tower + bridge, robinia posts, HDPE panels RAL 6018/1023",
              "1 set", "3,610.00", "24 sets", "2,940.00"],
             ["ZP-RN60", "Rope net RN-60, 16 mm PES rope with steel core, 1.2 x 1.2 m panel",
              "2 pcs", "215.00", "48 pcs", "168.50"],
             ["ZP-SRF", "Rubber tiles 500x500x45 mm under CF-220 (HIC 1.7 m)", "-", "-", "310 m2", "31.20"],
         ]),
         ("sp",),
         ("p", "Lead time prototype: 5 weeks from order. Lead time series: 9-10 weeks from written order, "
               "after your acceptance of the prototype. Series prices are valid for orders placed until 30.09.2024."),
         ("p", "Standard: EN 1176-1:2017 and EN 1176-11:2014 (rope nets); certificate by TUV Rheinland on request. "
               "Incoterms 2020 FCA Wroclaw. Payment: 30% prepayment with order, balance 30 days after delivery."),
         ("p", "This quotation is not an order confirmation. Zielona Polana Sp. z o.o. - Ewa Nowak, Kierownik Sprzedazy / Sales Manager."),
     ], title="Quotation Q-2024-0416", author="Ewa Nowak")])


# c02 -- supplier asks whether the balance may start; quoted buyer scope is complete
_c02_buyer = """Hi Emre,

PO 30-5518 is attached. It covers the 2 sample rope pyramids (RP-450, 4.5 m) only.
The other 34 pyramids on your quote are not released. They stay on hold until the
samples pass the impact and entrapment checks at our Huddersfield yard, and then I
will release them in writing.

Regards
Owen Pritchard
Project Buyer, Pennine Playworks Ltd"""
_c02_text = f"""Dear Mr. Pritchard,

Good morning. The 2 sample pyramids were shipped yesterday with DHL Freight,
AWB 4471 2290 16, ETA Huddersfield 21.05. Packing: 2 crates, 1.9 x 1.2 x 1.1 m, 312 kg gross.

One question from our planning: do we have your go-ahead for the remaining 34 pieces
after your impact test, or do you prefer that we wait for a new PO? We can keep the
production slot in week 27 for you until 14 June; after this date we must give it
to another customer, sorry for this.

Also please send us the final colour for the top ring (you wrote RAL 2004 or RAL 3020).

Best regards,
Emre Yildiz
Export Sales
Anadolu Oyun Grubu A.S. | 10032 Sk. No:14 A.O.S.B. Cigli / Izmir / Turkiye
Tel +90 232 376 11 40

On Mon, 6 May 2024 at 10:14, Owen Pritchard <o.pritchard@pennineplayworks.co.uk> wrote:
{quote(_c02_buyer)}
"""
case("c02_tr_supplier_question", [],
     "supplier asks 'do we have your go-ahead for the remaining 34'; a question, and the quoted buyer scope is complete",
     [E("RE_PO_30-5518_rope_pyramids.eml", mail(
         "Emre Yildiz <emre.yildiz@anadoluoyun.com.tr>",
         "Owen Pritchard <o.pritchard@pennineplayworks.co.uk>",
         "RE: PO 30-5518 rope pyramids - samples shipped", "Wed, 15 May 2024 08:47:12 +0300",
         _c02_text))])


# c03 -- labelled forecast, ERP printout
case("c03_au_forecast_erp", [],
     "ERP demand forecast headed and footed as not an order, not a commitment",
     [T("MRP-FC-07_40112.txt", """
COASTLINE PLAYSCAPES PTY LTD                          DEMAND FORECAST - NOT AN ORDER
ABN 61 604 118 275   18 Enterprise Cct, Molendinar QLD 4214
Report: MRP-FC-07        Run: 03/06/2024 07:15        User: SPETROVIC        Page 1 of 1
Supplier: 40112  ANADOLU OYUN GRUBU A.S. (IZMIR, TR)       Currency: AUD

ITEM          DESCRIPTION                         JUL-24  AUG-24  SEP-24  OCT-24   TOTAL
------------  ----------------------------------  ------  ------  ------  ------  ------
SF-2400-BL    SPIRAL SLIDE 2.4M BLUE HDPE              0       4       6       6      16
SF-1500-YL    WAVE SLIDE 1.5M YELLOW HDPE              2       2       4       4      12
CN-3000-RD    CLIMBING NET 3.0M RED PES/STEEL          0       0       3       3       6
------------  ----------------------------------  ------  ------  ------  ------  ------
                                                                            TOTAL   34

NOTES
 1. PROJECTS: GOLD COAST CITY COUNCIL PARKS PROGRAM 24/25 - PHASE 1 SITES (NERANG,
    COOMBABAH, LABRADOR). PHASE 2 NOT YET FUNDED.
 2. SLIDE HEIGHTS PER AS 4685.3:2021 / EN 1176-3. ITEM CODES SF-2400 / SF-1500 ARE
    PRODUCT CODES, NOT QUANTITIES.

*** FORECAST FIGURES ARE FOR CAPACITY PLANNING ONLY. THEY ARE NOT A PURCHASE ORDER,
*** NOT A COMMITMENT AND DO NOT AUTHORISE MATERIAL PURCHASE OR PRODUCTION.
*** FIRM REQUIREMENTS ARE ISSUED ONLY AS NUMBERED CALL-OFFS SIGNED BY PROCUREMENT.
""")])


# c04 -- show sample signed off for colour and finish only; hold restated
_c04_text = """Hi Soren,

The show sample of the Viking ship bow (NL-VIK-BOW, drawing NL-2231 rev C) arrived at our
Laval warehouse on Tuesday in good shape. Our landscape architect and I went over it yesterday
afternoon.

Colour and finish: approved for colour and finish only. The RAL 3000 hull and the weathered
pine look are what the Ville de Laval asked for. This is not a production release.

To be clear on scope:
- PO 4500-2218 stays a sample PO: 1 (one) show sample, delivered.
- The 11 remaining bows are not released and stay on hold.
- I will release them in writing once the structural test report from TUV (EN 1176-1
  load test on the bow frame) is on file with us.

Could you send the TUV booking date when you have it? And please keep the sample; we would
like to use it at the Laval open house on June 22.

Merci et bonne journee,
Marie-Claude Tremblay
Procurement Lead
Aires de jeux Laurentides inc. | 2875 boul. Industriel, Laval QC H7L 4P8 | 450-555-0188
"""
case("c04_ca_scoped_signoff", [],
     "show sample approved for colour and finish only, explicitly not a production release; 11 on hold until TUV report, named releaser",
     [E("Viking_bow_show_sample.eml", mail(
         "Marie-Claude Tremblay <mc.tremblay@airesdejeuxlaurentides.ca>",
         "Soren Madsen <sm@nordisk-legeplads.dk>",
         "Viking bow - show sample review", "Thu, 16 May 2024 09:30:05 -0400",
         _c04_text, html=txt2html(_c04_text)))])


# c05 -- full-quantity PO, no sample stage, "proceed"
case("c05_ae_full_qty_po", [],
     "full-quantity production PO (8 of 8) that says proceed; no balance exists; advance is a payment term only",
     [P("ANL-PO-24-0871.pdf", [
         ("h1", "PURCHASE ORDER ANL-PO-24-0871"),
         ("p", "Al Noor Leisure Projects LLC, P.O. Box 44712, Mussafah M-37, Abu Dhabi, United Arab Emirates. "
               "TRN 100349281700003."),
         ("p", "Supplier: Pune Fibre Arts Pvt. Ltd., Plot 22, MIDC Bhosari, Pune 411026, India. "
               "Attn: Ms. Sneha Kulkarni. PO date: 12 May 2024. Project: Yas Family Garden - tropical zone."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Unit price USD", "Amount USD"],
             ["1", "PFA-PALM-08", "Themed fibreglass palm trunk cover, 6.2 m, drawing TP-PALM-08 rev 3, UV-stable gelcoat",
              "8", "pcs", "2,140.00", "17,120.00"],
             ["2", "PFA-PALM-FX", "Base fixing kit, SS316, per trunk", "8", "set", "95.00", "760.00"],
             ["", "", "", "", "", "Total", "17,880.00"],
         ]),
         ("sp",),
         ("p", "Scope: this is a production order for the full quantity. Please proceed with manufacture of all "
               "eight (8) trunk covers and eight (8) fixing kits as per drawing TP-PALM-08 rev 3 and your offer "
               "PFA/OF/24/066. There is no sample stage on this order; the colour was signed off on the existing "
               "trunks at Yas Phase A."),
         ("p", "Payment terms: 30% advance against proforma invoice, 70% against copy of B/L. "
               "Delivery: CIF Jebel Ali, latest 15 August 2024. Third-party inspection before loading by Intertek."),
         ("p", "Authorised signatory: Faisal Qureshi, Procurement Manager."),
     ], title="ANL-PO-24-0871", author="Faisal Qureshi")])


# c06 -- call-off with explicit staged material authority above the released quantity
case("c06_de_calloff_staged_material", [],
     "call-off releases 12 frames; explicit staged material authority up to 36; balance 24 on hold until site acceptance, named releaser",
     [D("Abruf_02_4711-2024.docx", [
         ("h1", "Abruf 02 / Call-off 02 - Rahmenbestellung 4711-2024"),
         ("p", "Spielraum Konzepte GmbH, Wilhelmshoeher Allee 301, 34131 Kassel. An / to: StalPlay Sp. z o.o., "
               "ul. Gorecka 104, 61-483 Poznan. Attn. Tomasz Wisniewski. Datum / date: 21.05.2024."),
         ("h", "Freigabe / release"),
         ("table", [
             ["Pos.", "Artikel / item", "Bezeichnung / description", "Menge / qty", "Status"],
             ["10", "SP-KF300", "Kletterrahmen / climbing frame KF-300, feuerverzinkt + pulverbeschichtet",
              "12 Stk / pcs", "released for production (site batch Leipzig-Gruenau)"],
             ["10", "SP-KF300", "Kletterrahmen KF-300 (Rest aus Rahmenvertrag / framework balance)",
              "24 Stk / pcs", "not released - on hold"],
         ]),
         ("sp",),
         ("p", "Materialberechtigung / material authority: staged. You may buy steel tube 60.3 x 3.6 and powder "
               "(RAL 6018) for up to 36 frames at our liability. For frames 13 to 36 this covers material only; "
               "no cutting, welding or coating until they are released."),
         ("p", "The 24 frames on hold are released by the next call-off, which follows the site acceptance "
               "(Abnahme nach EN 1176-7) at Leipzig-Gruenau. The call-off is issued and signed by Jana Richter, "
               "Einkaufsleitung."),
         ("p", "Lieferung / delivery: KW 30, frei Baustelle Leipzig-Gruenau, Stuttgarter Allee 12. "
               "Avis 48 h vorher an Bauleitung Herrn Krause, +49 171 4433 902."),
         ("p", "Mit freundlichen Gruessen / kind regards, Jana Richter, Einkaufsleitung, Spielraum Konzepte GmbH"),
     ], author="Jana Richter")])


# c07 -- explicit, recorded auto-conversion with quantity, signer and conditions
case("c07_uk_explicit_autoconversion", [],
     "PO records an explicit auto-conversion (22 pcs, signer Fiona Grant, conditions, date); clean",
     [P("BLB-PO-11093.pdf", [
         ("h1", "Purchase Order BLB-PO-11093"),
         ("p", "Brackenridge Leisure Build Ltd, 40 Hillington Road South, Glasgow G52 4RT. "
               "Supplier: Guangzhou Jiale Fibreglass Art Co., Ltd., Panyu District, Guangzhou. Attn: Kevin Chen. "
               "Date: 18 March 2024. Project: Kelvingrove adventure trail - themed rock and log pieces."),
         ("table", [
             ["Line", "Scope", "Item", "Description", "Qty", "Unit price USD"],
             ["10", "sample", "JL-ROCK-B2", "Themed boulder climber B2, show sample, colour chip C-14", "1", "1,980.00"],
             ["20", "production", "JL-ROCK-B2", "Themed boulder climber B2", "22", "1,640.00"],
         ]),
         ("sp",),
         ("h", "Scope note"),
         ("p", "Line 10 is released now: 1 show sample. Line 20 (22 pcs) is not released at the date of this PO."),
         ("p", "Auto-conversion (recorded 12 March 2024 and accepted by Kevin Chen for the supplier on 14 March "
               "2024): if Fiona Grant, Project Manager, signs off the show sample in writing as approved with no "
               "open points, and the impact test report to EN 1177 is attached to that sign-off, the sign-off "
               "itself releases the 22 production pieces on line 20. No further document is needed. A sign-off "
               "with comments, a conditional or an interim sign-off releases nothing."),
         ("p", "Material authority: sample-only until line 20 is released."),
         ("p", "Delivery: FOB Nansha. Inspection by our agent before loading. Fiona Grant, Project Manager."),
     ], title="BLB-PO-11093", author="Fiona Grant")])


# c08 -- supplier: the deposit does not release production
_c08_buyer = """Hello Lily,

Deposit for PO DLP/PO/2024/0433 goes out today. Reminder of what the PO covers:
the mould for the bucket tipper and 2 show samples. The 60 production tippers are
not released. They stay on hold until the show samples pass our EN 1176 inspection
in Dubai and I send a written production release.

Rashid Al Mansoori
Procurement Manager, Desert Lagoon Parks LLC"""
_c08_text = f"""Dear Rashid,

Good day! We received the deposit USD 4,800 today, many thanks.

Please note from our side: the deposit is for the mould and the 2 show samples only.
It does not release production. We will not start the 60 pcs and will not buy
material for them until we have your written production release.

Mould T1 trial is planned on 28 May, show samples ready about 6 June. We will send
photos and the colour plate before shipping by air.

Best regards
Lily Zhang
Sales Dept. | Ningbo Bright Fun Amusement Co., Ltd. | Yinzhou, Ningbo, China
Mob/WeChat +86 138 5746 2210

-----Original Message-----
From: Rashid Al Mansoori
Sent: Monday, May 20, 2024 11:02 AM
{quote(_c08_buyer)}
"""
case("c08_cn_deposit_not_release", [],
     "supplier says the deposit does not release production; quoted buyer scope complete",
     [E("RE_deposit_DLP-PO-2024-0433.eml", mail(
         "Lily Zhang <lily@brightfun-amusement.cn>",
         "Rashid Al Mansoori <rashid.m@desertlagoonparks.ae>",
         "RE: Deposit - PO DLP/PO/2024/0433 bucket tipper", "Tue, 21 May 2024 16:05:44 +0800",
         _c08_text))])


# =================================================================== RISKY (batch 1)

# p01 -- sample PO + supplier quote with series quantities, nothing says not released (two files)
case("p01_uk_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 1 prototype set + 2 net samples, attached quote shows 24 sets / 48 nets; no hold, no unlock event, no releaser",
     [P("HPL-24-0611.pdf", [
         ("h1", "PURCHASE ORDER HPL-24-0611"),
         ("p", "Hartwell Play Ltd, Unit 12 Stourton Trade Park, Leeds LS10 1SX. VAT GB 298 4411 07. "
               "Supplier: Zielona Polana Sp. z o.o., ul. Krakowska 212, 50-425 Wroclaw, Poland (acct 20417). "
               "Date: 14 May 2024. Buyer: Neil Whitfield."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Price GBP", "Total GBP"],
             ["10", "ZP-CF220-PM", "Climbing frame CF-220, prototype module (tower + 1 bridge), RAL 6018 / RAL 1023",
              "1", "set", "3,450.00", "3,450.00"],
             ["20", "ZP-RN60-S", "Rope net RN-60, sample panel 1.2 x 1.2 m", "2", "pcs", "210.00", "420.00"],
             ["", "", "", "", "", "Net total", "3,870.00"],
         ]),
         ("sp",),
         ("p", "Supply as per your quotation Q-2024-0388 dated 29 April 2024, copy attached. The prototype module "
               "is to be presented for EN 1176 inspection at our Leeds yard by 21 June 2024 (installation slot "
               "Roundhay, phase 1 sites, starts 15 July)."),
         ("p", "Delivery: FCA Wroclaw, collection by our forwarder Baltic Freight Ltd (ref BF-HPL-0611). "
               "Invoices to accounts@hartwellplay.co.uk quoting the PO number, 60 days end of month."),
         ("p", "Our standard terms and conditions of purchase (HPL-T&C-2023) apply."),
     ], title="HPL-24-0611", author="Neil Whitfield"),
      P("ZP_Q-2024-0388.pdf", [
         ("h1", "OFERTA / QUOTATION Q-2024-0388"),
         ("p", "Zielona Polana Sp. z o.o., Wroclaw. For: Hartwell Play Ltd, Leeds. Date 29.04.2024. "
               "Project: Roundhay / Temple Newsam playgrounds."),
         ("table", [
             ["Item", "Description", "Qty", "Unit price GBP", "Lead time"],
             ["ZP-CF220-PM", "CF-220 prototype module", "1 set", "3,450.00", "5 weeks"],
             ["ZP-CF220", "CF-220 climbing frame, series", "24 sets", "2,925.00", "9-10 weeks"],
             ["ZP-RN60-S", "RN-60 rope net sample panel", "2 pcs", "210.00", "3 weeks"],
             ["ZP-RN60", "RN-60 rope net, series", "48 pcs", "166.00", "6 weeks"],
         ]),
         ("sp",),
         ("p", "EN 1176-1:2017, EN 1176-11:2014. FCA Wroclaw. Valid 60 days. Ewa Nowak, Sales Manager."),
     ], title="Q-2024-0388", author="Ewa Nowak")])


# p02 -- e-mail with sample PO and supplier quote attached; series quantity sits beside it unmarked
_p02_text = """Hi Burak,

Attached is PO CPC-7781 for the three (3) sample space-net sections we talked about on
Thursday's call, plus your quote EH-Q-1145 so everything's in one place.

We need the samples at our Abbotsford yard before July 8. The City of Surrey's inspector
is booked for the impact and head-entrapment checks on July 10 and we can't move that.

Ship via your usual forwarder to Vancouver, DAP Abbotsford. Please confirm a ship date and
send the commercial invoice with HS code 9506.99 so our broker can pre-clear.

Thanks,
Ryan McAllister
Project Manager | Cascade Parks Contracting Ltd.
31160 Peardonville Rd, Abbotsford BC V2T 6K6 | 604-555-0142
"""
case("p02_ca_email_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 3 net sections with quote attached showing 45 series sections; nothing says the 45 is not released",
     [E("PO_CPC-7781_space_net_samples.eml", mail(
         "Ryan McAllister <rmcallister@cascadeparks.ca>",
         "Burak Aydin <burak@egehalat.com.tr>",
         "PO CPC-7781 - space net samples", "Mon, 10 Jun 2024 14:22:31 -0700",
         _p02_text, html=txt2html(_p02_text),
         attachments=[
             ("CPC-7781.pdf", pdf([
                 ("h1", "Purchase Order CPC-7781"),
                 ("p", "Cascade Parks Contracting Ltd., Abbotsford BC. Vendor: Ege Halat Ip ve Oyun Ekipmanlari "
                       "San. Tic. Ltd. Sti., Torbali / Izmir. Date: 2024-06-10. Terms: Net 45."),
                 ("table", [
                     ["Line", "Part", "Description", "Qty", "UOM", "Unit CAD", "Ext CAD"],
                     ["1", "EH-SN-3D-S", "Space net section, 16 mm Hercules rope, red/black, sample", "3", "EA",
                      "1,185.00", "3,555.00"],
                 ]),
                 ("sp",),
                 ("p", "Ref. your quote EH-Q-1145. DAP Abbotsford BC (Incoterms 2020). Ryan McAllister, Project Manager."),
             ], title="CPC-7781", author="Ryan McAllister"), PDF_MT),
             ("EH-Q-1145.pdf", pdf([
                 ("h1", "QUOTATION EH-Q-1145"),
                 ("p", "Ege Halat, Izmir - to Cascade Parks Contracting, Abbotsford BC. Date 28.05.2024."),
                 ("table", [
                     ["Pos", "Description", "Qty", "Unit price CAD"],
                     ["1", "Space net section EH-SN-3D, sample", "3", "1,185.00"],
                     ["2", "Space net section EH-SN-3D, series production", "45", "960.00"],
                     ["3", "Top ring galvanised, 600 mm", "45", "74.00"],
                 ]),
                 ("p", "Delivery series: 7 weeks. Certificate EN 1176-11 by TUV SUD. Burak Aydin, Export Manager."),
             ], title="EH-Q-1145", author="Burak Aydin"), PDF_MT),
         ]))])


# p03 -- buyer portal PO page with a production quantity column, no status
_p03_rows = [
    ["Line", "Item", "Description", "Sample qty", "Production qty", "UoM", "Unit price AED", "Need date"],
    ["1", "TR-ARCH-3", "Themed fibreglass rock arch, 3.2 m span, sand / ochre", "1", "14", "pcs", "9,850.00", "2024-07-20"],
    ["2", "TR-PALM-C", "Fibreglass palm trunk cover, climbing version", "2", "40", "pcs", "3,420.00", "2024-07-20"],
]
case("p03_ae_portal_po_columns", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO lists sample qty next to production qty (14 / 40) with no not-released status; no hold, event or releaser",
     [H("ANL-PO-24-0932.html", "Supplier Portal - ANL-PO-24-0932", f"""
<div style="background:#003a5d;color:#fff;padding:6px">Al Noor Leisure Projects LLC &mdash; Supplier Portal</div>
<p>Logged in as: <b>sneha.k@punefibrearts.in</b> (Pune Fibre Arts Pvt. Ltd.) &middot; <a href="#">Logout</a></p>
<h2>Purchase Order ANL-PO-24-0932</h2>
<table>
<tr><th>PO date</th><td>2024-06-02</td><th>Buyer</th><td>Procurement - Abu Dhabi</td></tr>
<tr><th>Project</th><td>Saadiyat Discovery Play - themed zone B</td><th>Currency</th><td>AED</td></tr>
<tr><th>PO type</th><td>Standard</td><th>Incoterms</th><td>CIF Khalifa Port</td></tr>
</table>
<h3>Lines</h3>
{html_table(_p03_rows)}
<p class="note">Samples to be presented at the Saadiyat site office for inspection by the client's consultant.
Please upload the proforma invoice and the GA drawing in the Documents tab. Payment 60 days from invoice.</p>
<p><button>Acknowledge PO</button> <button>Upload documents</button> <button>Message buyer</button></p>
<p style="color:#777">&copy; 2024 Al Noor Leisure Projects LLC. Portal v3.4.1</p>
""")])


# p04 -- DOCX PO for 1 prototype tower; project requirement of 18 stated without status
case("p04_de_docx_po_project_need", ["RG001", "RG003", "RG004", "RG005"],
     "DOCX PO releases 1 prototype tower and states project requirement 18 towers in 3 lots with no hold, event or releaser",
     [D("Bestellung_4500071123.docx", [
         ("h1", "Bestellung / Purchase Order 4500071123"),
         ("p", "Spielraum Konzepte GmbH, Wilhelmshoeher Allee 301, 34131 Kassel, Deutschland. "
               "Lieferant / supplier: Nordisk Legeplads A/S, Industrivej 18, 8260 Viby J, Danmark. "
               "Bestelldatum / order date: 27.05.2024. Ansprechpartner / contact: Jana Richter."),
         ("table", [
             ["Pos.", "Artikel", "Bezeichnung / description", "Menge", "ME", "Preis EUR", "Gesamt EUR"],
             ["10", "NL-TWR-08", "Kletterturm Robinie, Prototyp / robinia climbing tower, prototype", "1", "Stk",
              "7.480,00", "7.480,00"],
             ["20", "NL-TWR-08-F", "Fundamentsatz / foundation kit", "1", "Satz", "410,00", "410,00"],
         ]),
         ("sp",),
         ("p", "Projektbedarf Stadt Kassel, Spielplatzprogramm 2024/25 / project requirement: 18 Tuerme / towers, "
               "Lieferung in 3 Losen / delivery in 3 lots (Fuldaaue, Nordstadtpark, Bergpark)."),
         ("p", "Der Prototyp wird in unserem Lager Kassel-Bettenhausen aufgebaut und durch den TUV nach DIN EN 1176 "
               "geprueft. The prototype will be erected at our Kassel-Bettenhausen yard and inspected by TUV to EN 1176."),
         ("p", "Lieferung / delivery: DAP Kassel, KW 27. Zahlung / payment: 30 Tage netto. "
               "Es gelten unsere Einkaufsbedingungen (Stand 01/2023)."),
     ], author="Jana Richter")])


# p05 -- ERP PO printout; line text carries the quote's 2,400 m2 supply figure
case("p05_au_erp_po_linetext", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO for 5 m2 sample tile; line text repeats quote 'SUPPLY 2,400 M2' unmarked; no hold, event or releaser",
     [T("CP-PO-018842.txt", """
COASTLINE PLAYSCAPES PTY LTD                                        PURCHASE ORDER
18 Enterprise Cct, Molendinar QLD 4214  ABN 61 604 118 275
-------------------------------------------------------------------------------------
PO NO   : CP-PO-018842        REV : 0          DATE : 11/06/2024
SUPPLIER: 40377 KERALA COIR & RUBBER PVT LTD, ALAPPUZHA, KERALA, INDIA
BUYER   : S PETROVIC          TERMS: NET 60    CURRENCY: AUD    INCOTERM: CFR BRISBANE
SHIP TO : COASTLINE YARD, 18 ENTERPRISE CCT, MOLENDINAR QLD 4214
-------------------------------------------------------------------------------------
LN  ITEM           DESCRIPTION                         QTY  UOM     PRICE      EXT AUD
--  -------------  ---------------------------------  ----  ---  --------  -----------
01  KCR-EPDM-40    EPDM WETPOUR SAMPLE TILE 40MM         5  M2      62.00       310.00
                   COLOUR: JUNGLE GREEN / SAND 70:30
02  KCR-HIC-RPT    HIC TEST REPORT AS 4422 / EN 1177     1  EA     180.00       180.00
-------------------------------------------------------------------------------------
                                                          TOTAL EX GST         490.00

LINE TEXT 01: REF QUOTE KCR/Q/24/117 DD 28/05/2024 - SAMPLE 5 M2 / SUPPLY 2,400 M2
              @ AUD 54.50/M2 FOR PARKWOOD + RUNAWAY BAY SITES.
LINE TEXT 02: TEST AT 1.5M CRITICAL FALL HEIGHT.

DELIVERY REQUIRED: 05/07/2024. PLEASE QUOTE PO NO ON ALL DOCUMENTS.
THIS ORDER IS SUBJECT TO COASTLINE STANDARD TERMS OF PURCHASE REV 7.
-------------------------------------------------------------------------------------
                                                   PAGE 1 OF 1   PRINTED 11/06/2024 10:02
""")])


# p06 -- "All approved, go ahead" in a reply, PO attachment has a complete scope note
_p06_quoted = """Dear Owen,

please find the colour chips RAL 5015 and RAL 2004 sent by UPS today (1Z 88E 412 04 5519 2213)
and the drawing TS-900 revision B with the thicker flange at the joint, as your engineer asked.

Please confirm so we can continue.

Best regards
Selin Kaya
Kocaeli Kaydirak ve Oyun Grubu / Export Department"""
_p06_text = f"""Hi Selin,

Thanks for the chips and the rev B drawing. Checked both with our designer this morning.
All approved, go ahead.

Heads-up: from 1 July our yard moves to Unit 4, Leeds Road Industrial Estate, Huddersfield
HD1 6NA. Anything you ship after 24 June should go to the new address. PO attached again for
your file.

Cheers,
Owen
{sig("Owen Pritchard", "Project Buyer", "Pennine Playworks Ltd, Huddersfield", "+44 1484 555 210")}
On 4 Jun 2024, at 15:40, Selin Kaya <selin.kaya@kocaelikaydirak.com.tr> wrote:

{quote(_p06_quoted)}
"""
case("p06_uk_all_approved_go_ahead", ["RG002"],
     "'All approved, go ahead' names neither samples nor quantity; attached PO scope note is otherwise complete",
     [E("RE_TS-900_colour_chips.eml", mail(
         "Owen Pritchard <o.pritchard@pennineplayworks.co.uk>",
         "Selin Kaya <selin.kaya@kocaelikaydirak.com.tr>",
         "RE: TS-900 tube slide - colour chips and rev B", "Wed, 05 Jun 2024 09:12:00 +0100",
         _p06_text, in_reply_to="<a71c-5512@kocaelikaydirak.com.tr>",
         attachments=[("PPW-PO-2207.pdf", pdf([
             ("h1", "Purchase Order PPW-PO-2207"),
             ("p", "Pennine Playworks Ltd, Huddersfield. Supplier: Kocaeli Kaydirak ve Oyun Grubu, Gebze / Kocaeli. "
                   "Date: 20 May 2024."),
             ("table", [
                 ["Line", "Item", "Description", "Qty", "Unit price EUR"],
                 ["1", "TS-900-B45", "Tube slide 900 mm, bend 45 deg, sample section", "1", "640.00"],
                 ["2", "TS-900-S2", "Tube slide 900 mm, straight 2 m, sample section", "1", "520.00"],
             ]),
             ("sp",),
             ("h", "Scope note"),
             ("p", "This PO releases 2 (two) sample slide sections only. The remaining 38 sections on your quote "
                   "KK-2024-311 are not released. They stay on hold until the samples pass EN 1176-3 inspection at "
                   "our Huddersfield yard and I, Owen Pritchard, issue a written release. Material authority: "
                   "sample-only."),
         ], title="PPW-PO-2207", author="Owen Pritchard"), PDF_MT)]))])


# p07 -- WhatsApp site group: "you're good to go" after colour chips; scope stated earlier in the chat
case("p07_au_whatsapp_good_to_go", ["RG002"],
     "site chat: buyer's 'you're good to go' on colour chips names no scope or quantity; scope, hold, event and releaser stated earlier",
     [T("WhatsApp Chat - Nerang Park shade upgrade.txt", """
[03/06/24, 7:02:11 am] Dave Kowalski: Morning all. Crane's booked for Thurs 13th at Nerang, 7am start
[03/06/24, 7:05:40 am] Jacko (site): 👍 I'll get the footings poured Mon then
[03/06/24, 8:31:02 am] Sharon Petrovic: Adding Amy from Wenzhou Happy Island so we're all in one place
[03/06/24, 8:31:02 am] Sharon Petrovic added Amy Lin
[03/06/24, 8:35:47 am] Sharon Petrovic: Amy - for the record: PO CP-PO-018901 is for the 1 prototype shade sail frame only. The other 11 frames are NOT released. They stay on hold until the prototype passes the certifier's inspection on site at Nerang and I send you the written release. Sharon
[03/06/24, 8:52:19 am] Amy Lin: Noted Sharon, thank you. Prototype frame finish powder coat this week
[03/06/24, 9:10:33 am] Jacko (site): can someone send me the footing detail rev? I've got rev B on the ute
[03/06/24, 9:14:05 am] Dave Kowalski: rev C Jacko, sending now
[03/06/24, 9:14:20 am] Dave Kowalski: <attached: 00000021-SF-NER-001_revC.pdf>
[05/06/24, 4:48:51 pm] Amy Lin: Hi Dave, colour chips for the sail frames, RAL 7016 and RAL 6005 matt
[05/06/24, 4:49:02 pm] Amy Lin: <attached: 00000024-PHOTO-2024-06-05-16-49-02.jpg>
[05/06/24, 4:49:05 pm] Amy Lin: <attached: 00000025-PHOTO-2024-06-05-16-49-05.jpg>
[05/06/24, 6:15:28 pm] Dave Kowalski: chips look mint 👌 the 7016 matt is the one. you're good to go Amy
[05/06/24, 6:16:10 pm] Amy Lin: Thank you Dave!! 🙏
[05/06/24, 6:40:02 pm] Jacko (site): rain tomorrow, footings Tuesday instead
[06/06/24, 7:01:45 am] Dave Kowalski: no worries mate
""")])


# =================================================================== CLEAN (batch 2)

# c09 -- supplier acknowledgement restating the hold
case("c09_in_ack_restates_hold", [],
     "supplier order acknowledgement restates sample-only scope and the hold on 594 seats with event and named releaser",
     [P("OA-24-25-0193.pdf", [
         ("h1", "ORDER ACKNOWLEDGEMENT OA/24-25/0193"),
         ("p", "Shreeji Playtech Pvt. Ltd., Survey No. 214, Changodar Industrial Estate, Ahmedabad 382213, Gujarat. "
               "GSTIN 24AAKCS4410M1Z2. ISO 9001:2015."),
         ("p", "To: Thamesmead Grounds Contracting Ltd, 7 Harrow Manorway, London SE2 9RH. Kind attn.: Ms. Helen Marsh, "
               "Commercial Director. Your PO: TGC-2400317 dated 08.05.2024. Our ref: SPT/EXP/0193. Date: 10.05.2024."),
         ("table", [
             ["Sr.", "Item", "Description", "Qty acknowledged", "Rate GBP", "Amount GBP"],
             ["1", "SS-40-CR", "Cradle swing seat, rubber with aluminium insert, EN 1176-2", "6 (six) nos. - sample",
              "38.00", "228.00"],
         ]),
         ("sp",),
         ("p", "We acknowledge the scope of your PO exactly as written: 6 (six) sample swing seats only. "
               "The balance 594 seats shown in our offer SPT/Q/24/088 are not released. We will not purchase material "
               "or start production for them until we receive a written release from Ms. Helen Marsh, which will follow "
               "your laboratory impact test of the samples."),
         ("p", "Dispatch of samples: by air, DHL, on or before 24.05.2024. Kindly share the consignee EORI number."),
         ("p", "For Shreeji Playtech Pvt. Ltd. - Rajesh Patel, Director (Exports). This is a computer generated document."),
     ], title="OA/24-25/0193", author="Rajesh Patel")])


# c10 -- complete sample PO in DOCX with a table and material authority
case("c10_au_docx_complete_sample_po", [],
     "DOCX PO: 1 prototype cubby released; 15 on hold until AS 4685 inspection and written release by named manager; qty basis forecast",
     [D("SCSP-PO-4388.docx", [
         ("h1", "Purchase Order SCSP-PO-4388"),
         ("p", "Southern Cross Shade & Play Pty Ltd, 9 Fitzgerald Rd, Laverton North VIC 3026. ABN 27 150 662 904. "
               "Supplier: Traelegeplads ApS, Skovvej 41, 7100 Vejle, Denmark. Attn: Mette Kjaer. Date: 29 May 2024."),
         ("table", [
             ["Line", "Item", "Description", "Scope", "Qty", "Unit price EUR"],
             ["1", "TL-CUB-2", "Timber cubby house with slide platform, larch, untreated", "sample (prototype)", "1", "5,260.00"],
             ["2", "FRT-SEA", "Sea freight FOB Aarhus - Melbourne, 20' container share", "freight", "1", "1,150.00"],
         ]),
         ("sp",),
         ("h", "Scope note"),
         ("li", "Released now: 1 prototype cubby (line 1). Build and ship it to our Laverton North yard."),
         ("li", "Production quantity (not on this PO): 15 cubbies, at your quoted EUR 4,710.00. They are not released. "
                "They stay on hold until the prototype passes inspection to AS 4685.1 by our certifier (Playsafe "
                "Inspections) and I issue a written release by revised PO."),
         ("li", "Material authority: sample-only. Do not buy timber or hardware for the 15."),
         ("li", "The 15 is a forecast for the Wyndham and Hobsons Bay council programs, not firm."),
         ("sp",),
         ("p", "Mick Darcy, Procurement Manager (release authority), Southern Cross Shade & Play. mick.darcy@scsp.com.au"),
     ], author="Mick Darcy")])


# c11 -- WhatsApp: scoped go-ahead with hold and named releaser
case("c11_uk_whatsapp_scoped_go_ahead", [],
     "chat: 'go ahead with the 2 prototype nets only', other 10 wait for impact test and the sender's written release",
     [T("WhatsApp Chat with Southmere Park play area.txt", """
12/06/2024, 08:02 - Gareth Lewis: Morning. Groundworks at Southmere finish Friday, surfacing crew in Monday
12/06/2024, 08:05 - Helen Marsh: Thanks Gareth
12/06/2024, 08:40 - Marek Zielinski (Linoplac): Good morning, drawings for the pyramid nets rev 2 are in the email. Can we start?
12/06/2024, 09:12 - Helen Marsh: Marek, go ahead with the 2 prototype nets only (PO TGC-2400352). The other 10 nets wait for my written release after the impact test at Southmere.
12/06/2024, 09:13 - Helen Marsh: Please confirm you've got that
12/06/2024, 09:30 - Marek Zielinski (Linoplac): Confirmed, 2 prototype nets only, other 10 wait for your release 👍
12/06/2024, 11:47 - Gareth Lewis: Council inspector can do the 3rd or 4th July for the impact test
12/06/2024, 11:50 - Helen Marsh: 4th please, gives Marek's nets time to land
12/06/2024, 11:52 - Marek Zielinski (Linoplac): Prototype nets ship from Gdansk 24/06, I send tracking
12/06/2024, 14:03 - Gareth Lewis: <Media omitted>
12/06/2024, 14:03 - Gareth Lewis: old swing frame out, skip collected
""")])


# c12 -- buyer portal: line status shows hold, unlock and releaser
_c12_rows = [
    ["Line", "Part", "Description", "Scope", "Qty on PO", "Qty released", "Status"],
    ["1", "NL-SPN-3", "Inclusive spinner bowl, 1.6 m, sample", "sample", "3", "3", "Released"],
    ["2", "NL-SPN-3", "Inclusive spinner bowl, 1.6 m", "production", "45", "0", "ON HOLD - not released"],
]
case("c12_ca_portal_hold_status", [],
     "buyer portal shows 3 samples released, 45 production on hold with unlock event and named release authority",
     [H("MRP-33902_portal.html", "Maple Ridge Supplier Hub - PO MRP-33902", f"""
<div style="background:#2d5016;color:#fff;padding:6px">Maple Ridge Play Structures Inc. &mdash; Supplier Hub</div>
<h2>PO MRP-33902 &middot; Nordisk Legeplads A/S</h2>
<p>Issued 2024-06-04 &middot; Buyer: Priya Raman &middot; Currency CAD &middot; Ship to: 410 Speedvale Ave W, Guelph ON N1H 1C7</p>
{html_table(_c12_rows)}
<div class="note">
<p><b>Release status.</b> Only line 1 (3 sample spinner bowls) is released. Line 2 (45) is not released.</p>
<p><b>Unlock event:</b> first article / EN 1176-5 sign-off of the samples by Maple Ridge engineering, followed by a written
release from <b>Priya Raman</b> (release authority, limit CAD 150,000).</p>
<p><b>Material authority:</b> sample-only.</p>
</div>
<p><a href="#">Download PO (PDF)</a> &middot; <a href="#">Acknowledge</a> &middot; <a href="#">Ask a question</a></p>
""")])


# c13 -- identifiers that look like quantities, complete sample scope
case("c13_uk_lookalike_identifiers", [],
     "sample PO with part/drawing/norm/hall/job numbers that look like quantities; 2 released, rest held with event and releaser",
     [P("BLB-PO-11240.pdf", [
         ("h1", "Purchase Order BLB-PO-11240"),
         ("p", "Brackenridge Leisure Build Ltd, 40 Hillington Road South, Glasgow G52 4RT. Supplier: Shreeji Playtech "
               "Pvt. Ltd., Ahmedabad (vendor 1176). Job 2024/0360 - Pollok Park toddler zone. Date: 3 June 2024."),
         ("table", [
             ["Line", "Part no.", "Description", "Drawing", "Qty", "Unit price GBP"],
             ["10", "1176-480-12", "Spring rocker 'Seal', HDPE 19 mm, spring 250 mm dia.", "DWG-2500 Rev 14", "2", "265.00"],
         ]),
         ("sp",),
         ("p", "Standards: EN 1176-1:2017 and EN 1176-6:2017 (rocking equipment). Supplier QMS to ISO 9001:2015. "
               "HS code 9506.99.9000. Deliver to Unit 480, Hall 12, Hillington Park, Glasgow G52 4BW."),
         ("h", "Scope"),
         ("p", "Only the 2 sample spring rockers on line 10 are released. The remaining rockers for Job 2024/0360 are "
               "not released and stay on hold until the samples pass the EN 1176-6 test at our Hillington yard and "
               "Fiona Grant, Project Manager, issues a written release."),
         ("p", "Fiona Grant, Project Manager - fiona.grant@brackenridgeleisure.co.uk - +44 141 555 0162"),
     ], title="BLB-PO-11240", author="Fiona Grant")])


# c14 -- German portal page + English e-mail; 1.200 m2 and 1,200 m2 are the same quantity (two files)
_c14_rows = [
    ["Pos.", "Material", "Bezeichnung", "Gesamtmenge Projekt", "Freigegeben", "Status"],
    ["10", "KCR-EPDM-40", "EPDM-Fallschutz 40 mm, rot/grau", "3.600 m\u00b2", "1.200 m\u00b2",
     "Bauabschnitt 1 freigegeben; 2.400 m\u00b2 gesperrt"],
]
_c14_text = """Dear Mr. Menon,

Following our phone call, here is the English summary of our portal entry for order
FPA-24-0214 (EPDM safety surfacing, Ahrtal adventure park):

- 1,200 m2 are released for construction phase 1 (water play area and pirate ship zone).
- The remaining 2,400 m2 are not released. They stay on hold until the site acceptance of
  phase 1 (HIC test to EN 1177 on site) and a written release from me.
- Material authority: 1,200 m2 only.

The German portal shows the same figures in German number format (1.200 m2 / 2.400 m2).

Delivery of phase 1 material: CW 31, Freizeitpark Ahrtal, Zum Wasserspielplatz 3,
53474 Bad Neuenahr-Ahrweiler. Please book the truck with our gate 48 h ahead.

Mit freundlichen Gruessen / kind regards
Katrin Vogel
Projekteinkauf | Freizeitpark Ahrtal Betriebs GmbH | +49 2641 555 380
"""
case("c14_de_euro_format_two_docs", [],
     "portal '1.200 m2 freigegeben' and e-mail '1,200 m2 released' are the same quantity; 2,400 held with event and named releaser",
     [H("FPA-24-0214_Portal.html", "Lieferantenportal - Bestellung FPA-24-0214", f"""
<h2>Freizeitpark Ahrtal &mdash; Lieferantenportal</h2>
<p>Bestellung <b>FPA-24-0214</b> &middot; Lieferant: Kerala Coir &amp; Rubber Pvt Ltd &middot; Datum 14.06.2024</p>
{html_table(_c14_rows)}
<p class="note">Freigegeben ist nur Bauabschnitt 1: 1.200 m&sup2;. Die restlichen 2.400 m&sup2; sind nicht freigegeben
und bleiben gesperrt bis zur Abnahme von Bauabschnitt 1 (HIC-Pruefung nach EN 1177 vor Ort) und einer schriftlichen
Freigabe durch Katrin Vogel (Projekteinkauf). Materialberechtigung: nur 1.200 m&sup2;.</p>
""", lang="de"),
      E("FPA-24-0214_English_summary.eml", mail(
          "Katrin Vogel <k.vogel@freizeitpark-ahrtal.de>",
          "Anil Menon <anil.menon@keralacoirrubber.in>",
          "FPA-24-0214 EPDM surfacing - English summary", "Fri, 14 Jun 2024 11:20:00 +0200",
          _c14_text))])


# c15 -- release notice: quantity, evidence, authority, remaining held
case("c15_uk_release_notice", [],
     "release notice: 10 frames for phase 1 sites, evidence, signed authority; remaining 30 held until phase 1 sign-off",
     [P("RN-0042_phase1.pdf", [
         ("h1", "Release Notice RN-0042"),
         ("p", "Thamesmead Grounds Contracting Ltd, 7 Harrow Manorway, London SE2 9RH. To: StalPlay Sp. z o.o., "
               "Poznan. Order: TGC-2400290 (climbing frame KF-300, 40 frames in total). Date: 17 June 2024."),
         ("table", [
             ["Site", "Frames released"],
             ["A - Southmere Park", "2"], ["B - Birchmere Park", "2"], ["C - Gallions Park", "2"],
             ["D - Lesnes Abbey Woods", "2"], ["E - Thamesmead Moorings", "2"], ["Total phase 1", "10"],
         ]),
         ("sp",),
         ("p", "Released quantity: 10 (ten) frames for the phase 1 sites, as listed above."),
         ("p", "Evidence: EN 1176 post-installation inspection report IR-2291 of the 2 sample frames, dated "
               "11 June 2024, no findings."),
         ("p", "Remaining 30 frames: not released. The next release follows the phase 1 installation sign-off by the "
               "Royal Borough's inspector and will again be issued by me in writing."),
         ("p", "Authorised by: Helen Marsh, Commercial Director (release authority)."),
     ], title="RN-0042", author="Helen Marsh")])


# c16 -- forwarded rfc822 budget mail declared informational
_c16_inner = mail("Dana Whitford <dwhitford@surrey.example.ca>",
                  "Ryan McAllister <rmcallister@cascadeparks.ca>",
                  "Fleetwood Park net climber - budget", "Tue, 04 Jun 2024 10:03:00 -0700",
                  """Ryan,

Council passed the capital line for the Fleetwood, Bear Creek and Green Timbers
play upgrades. Budget estimate for the net climbers is based on 60 sections at
about $1,100 each, installed.

Dana Whitford
Parks Capital Projects, City of Surrey
""")
_c16_text = """Hi Burak,

Forwarding the City's budget mail below for background only, so you understand the program size.

FYI only: the 60 sections in Dana's email are the City's budget estimate for the whole program.
They are not an order and not released. Your PO CPC-7790 still covers the 3 sample sections only.
The rest stays on hold until the July 10 impact test passes and I release it in writing.

Thanks,
Ryan McAllister
Project Manager | Cascade Parks Contracting Ltd. | 604-555-0142
"""
case("c16_ca_forwarded_budget_info", [],
     "forwarded rfc822 budget estimate (60 sections) explicitly declared informational; PO is 3 samples with hold, event, releaser",
     [E("FW_Fleetwood_budget.eml", mail(
         "Ryan McAllister <rmcallister@cascadeparks.ca>",
         "Burak Aydin <burak@egehalat.com.tr>",
         "FW: Fleetwood Park net climber - budget (FYI only)", "Wed, 12 Jun 2024 08:15:00 -0700",
         _c16_text, attachments=[("rfc822", _c16_inner)]))])


# =================================================================== RISKY (batch 2)

# p08 -- Gulf English: "green signal ... proceed at the earliest"
_p08_quoted = """Dear Lily,

Please find attached our PO DLP/PO/2024/0517.
It covers 2 (two) show samples of the water-play bucket tower WT-06 only.
The balance 10 units is not released and stays on hold until the show samples pass
our EN 1176 inspection at Dubai and I issue a written release.

Best Regards,
Rashid Al Mansoori
Procurement Manager"""
_p08_text = f"""Dear Lily,

Greetings from Dubai.

Kindly be informed that the management has given the green signal after yesterday's design
presentation. Please proceed at the earliest and share the updated timeline with us.

Also kindly arrange the revised drawings with the Arabic / English signage on the tower
roof panels, as discussed with Mr. Tariq.

Best Regards,
Rashid Al Mansoori
Procurement Manager | Desert Lagoon Parks LLC | Al Quoz Industrial 3, Dubai, UAE
Tel +971 4 555 0733

From: Rashid Al Mansoori
Sent: Sunday, 19 May 2024 10:41
To: Lily Zhang
Subject: PO DLP/PO/2024/0517 - water play bucket tower WT-06

{quote(_p08_quoted)}
"""
case("p08_ae_green_signal_proceed", ["RG002"],
     "'management has given the green signal ... please proceed' names neither samples nor a quantity; quoted PO scope is complete",
     [E("RE_WT-06_design_presentation.eml", mail(
         "Rashid Al Mansoori <rashid.m@desertlagoonparks.ae>",
         "Lily Zhang <lily@brightfun-amusement.cn>",
         "RE: WT-06 bucket tower - design presentation", "Thu, 30 May 2024 12:05:00 +0400",
         _p08_text, html=txt2html(_p08_text)))])


# p09 -- design review minutes: "approved" for fit-check and budget; "approved - please proceed" unscoped
case("p09_ca_docx_minutes_approved", ["RG002", "RG009"],
     "minutes use 'approved/approval' for fit-check and for the Town's budget, and say 'approved - please proceed' with no scope",
     [D("DR3_minutes_Discovery_Hill.docx", [
         ("h1", "Design Review 3 - Discovery Hill tower modules"),
         ("p", "Date: 2024-05-23, 10:00-11:30 ET, Maple Ridge Guelph office and Teams. "
               "Attendees: Priya Raman (Maple Ridge, procurement and release authority), Jordan Blake (Maple Ridge, "
               "design), Soren Madsen (Nordisk Legeplads A/S), Kelly Osei (Town of Milton, by Teams)."),
         ("h", "1. Prototype module fit-check"),
         ("p", "Fit-check at the Guelph yard on 22 May. Deck heights and stair risers OK. Two handrail gaps to be "
               "closed to meet the 8-25 mm finger-entrapment rule. Result: approved, with the handrail change."),
         ("h", "2. Commercial"),
         ("p", "Budget approval from the Town of Milton received on 20 May (council resolution 2024-118)."),
         ("h", "3. Scope"),
         ("p", "Authorised now: 1 prototype module on PO MRP-33871. The remaining 23 modules are not released. "
               "Production release will be given in writing by Priya Raman after the TUV impact test report is received."),
         ("h", "4. Theming panels (animal silhouettes)"),
         ("p", "Kelly confirmed the Town is happy with the heron and the beaver. Approved - please proceed."),
         ("h", "Actions"),
         ("table", [
             ["#", "Action", "Owner", "Due"],
             ["1", "Revised handrail detail, drawing NL-4410 rev E", "Soren Madsen", "2024-05-31"],
             ["2", "Book TUV impact test", "Jordan Blake", "2024-06-07"],
             ["3", "Send minutes to the Town", "Priya Raman", "2024-05-24"],
         ]),
     ], author="Jordan Blake")])


# p10 -- buyer: deposit paid, so green light, crack on (PO and remittance attached)
_p10_text = f"""G'day Tomasz,

50% deposit on SCSP-4410 went through this arvo, remittance attached. So that's the green
light from our end, crack on.

Can you also send us the galvanising cert for the last lot of posts? The certifier wants it
in the file before the Altona site handover.

Cheers
Mick
{sig("Mick Darcy", "Procurement Manager", "Southern Cross Shade & Play Pty Ltd", "+61 3 9555 0190")}"""
case("p10_au_deposit_green_light", ["RG002", "RG012"],
     "buyer treats the deposit as the green light ('deposit went through ... crack on'), unscoped; PO scope note is otherwise complete",
     [E("SCSP-4410_deposit_paid.eml", mail(
         "Mick Darcy <mick.darcy@scsp.com.au>",
         "Tomasz Wisniewski <t.wisniewski@stalplay.pl>",
         "SCSP-4410 - deposit paid", "Thu, 13 Jun 2024 16:44:00 +1000",
         _p10_text,
         attachments=[
             ("SCSP-4410.pdf", pdf([
                 ("h1", "Purchase Order SCSP-4410"),
                 ("p", "Southern Cross Shade & Play Pty Ltd, Laverton North VIC. Supplier: StalPlay Sp. z o.o., Poznan. "
                       "Date: 6 June 2024. Project: Hobsons Bay shade structures."),
                 ("table", [
                     ["Line", "Item", "Description", "Qty", "Unit price EUR"],
                     ["1", "SP-SHP-114", "Shade post 114.3 x 5.0, 4.2 m, HDG + powder RAL 7016, sample", "2", "388.00"],
                 ]),
                 ("p", "Scope: this PO releases the 2 sample posts only. The balance of 46 posts is on hold until our "
                       "structural engineer signs off the samples and Mick Darcy, Procurement Manager, issues a "
                       "written release. Payment: 50% deposit on order value, balance 30 days after delivery."),
             ], title="SCSP-4410", author="Mick Darcy"), PDF_MT),
             ("Remittance_SCSP-4410.txt", """REMITTANCE ADVICE
Southern Cross Shade & Play Pty Ltd
Payee: StalPlay Sp. z o.o.  IBAN PL61 1090 1362 0000 0001 4471 2290
Amount: EUR 388.00  (50% deposit, PO SCSP-4410)
Value date: 13/06/2024   Ref: SCSP4410-DEP
""", "text/plain"),
         ]))])


# p11 -- sample PO with no word about anything beyond the samples
case("p11_uk_sample_po_silent", ["RG003", "RG004", "RG005"],
     "PO for 2 prototype balance beams 'for design approval'; never says the rest is not released, names no event or releaser",
     [P("TGC-2400361.pdf", [
         ("h1", "PURCHASE ORDER TGC-2400361"),
         ("p", "Thamesmead Grounds Contracting Ltd, 7 Harrow Manorway, London SE2 9RH. Buyer: Priti Shah. "
               "Supplier: Traelegeplads ApS, Skovvej 41, 7100 Vejle, Denmark. Date: 21 May 2024."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit price GBP", "Total GBP"],
             ["1", "TL-BB-4", "Balance beam 4 m, robinia, wobbly section, prototype", "2", "890.00", "1,780.00"],
             ["2", "FRT", "Freight DAP London SE2", "1", "240.00", "240.00"],
         ]),
         ("sp",),
         ("p", "Prototypes for design approval ahead of the Southmere Park and Birchmere Park natural play "
               "refurbishment (Royal Borough of Greenwich framework lot 3)."),
         ("p", "Delivery: week 26 to our yard, 7 Harrow Manorway, gate B, 07:30-15:00. Contact on site: "
               "Gareth Lewis, 07700 900 418."),
         ("p", "Invoices to ap@thamesmeadgc.co.uk, 30 days from invoice. Standard TGC conditions of purchase apply."),
     ], title="TGC-2400361", author="Priti Shah")])


# p14 -- release by "our purchasing department": no named person
_p14_text = f"""Dear Mr. Chen,

Thank you for the updated quotation JL-Q-24-0907 and the renders of the dragon head.

Please find attached our order 24-0318. It covers 1 (one) show sample of the themed dragon
head DH-2 for the Drachenschlucht water ride. The remaining 5 pieces are not released. They
stay on hold until the show sample passes our colour and finish inspection at the park, after
which our purchasing department will send you the written release.

Surface: gelcoat RAL 6010 base with hand-painted scales, UV topcoat. Wall thickness min. 6 mm,
steel sub-frame hot-dip galvanised to EN ISO 1461.

Delivery of the show sample: CIF Antwerp, latest 31 July 2024.

Mit freundlichen Gruessen
i.A. Katrin Vogel
Projekteinkauf
Freizeitpark Ahrtal Betriebs GmbH | Zum Wasserspielplatz 3 | 53474 Bad Neuenahr-Ahrweiler
Geschaeftsfuehrer: Dr. Bernd Lorenz | HRB 21877 AG Koblenz
"""
case("p14_de_purchasing_department", ["RG005"],
     "sample order with hold and unlock event, but the release comes from 'our purchasing department', no named person",
     [E("Order_24-0318_dragon_head.eml", mail(
         "Katrin Vogel <k.vogel@freizeitpark-ahrtal.de>",
         "Kevin Chen <kevin.chen@jiale-fibreglass.cn>",
         "Order 24-0318 - show sample dragon head DH-2", "Mon, 27 May 2024 14:02:00 +0200",
         _p14_text, html=txt2html(_p14_text)))])


# p16 -- show samples ordered without any number
_p16_text = f"""Hi Amy,

Thanks for the quick turnaround on the 3D renders, the team loved the barnacles.

Please start on the show samples of the pirate-ship bow and stern panels so we have them for
the Glasgow play-industry show on 9 October. Make whatever you need to show the colour and the
rope-texture moulding properly; we'd rather see too much than too little.

The production quantity is not released. It stays on hold until the show samples pass our
EN 1176 inspection at Hillington and I send you a written release.

Air freight to Glasgow is fine for the samples, please quote it separately.

Best,
Fiona
{sig("Fiona Grant", "Project Manager", "Brackenridge Leisure Build Ltd, Glasgow", "+44 141 555 0162")}"""
case("p16_uk_show_samples_no_qty", ["RG010"],
     "buyer authorises show samples 'whatever you need' without any quantity; hold, event and releaser are stated",
     [E("Pirate_ship_show_samples.eml", mail(
         "Fiona Grant <fiona.grant@brackenridgeleisure.co.uk>",
         "Amy Lin <amy.lin@happyisland-play.cn>",
         "Pirate ship panels - show samples for Glasgow", "Tue, 18 Jun 2024 10:30:00 +0100",
         _p16_text))])


# p17 -- WhatsApp: samples "as many as the lab needs"
case("p17_ae_whatsapp_samples_no_qty", ["RG010"],
     "chat: buyer asks for samples of both colours 'as many as the lab needs'; no quantity authorised; hold, event, releaser given",
     [T("WhatsApp Chat with Burak Ege Halat.txt", """
[09/06/2024, 10:14:22] Faisal Qureshi: Salam Burak, hope you are well
[09/06/2024, 10:20:05] Burak Aydin: Aleykum selam Faisal bey, all good, how can I help
[09/06/2024, 10:23:48] Faisal Qureshi: The consultant for Reem Central Park wants the net impact test done in Abu Dhabi, at Dubai Central Lab, not in Izmir
[09/06/2024, 10:25:10] Faisal Qureshi: So please make some samples of both net colours, red and the sand colour, as many as the lab needs for the test. Send them to our Mussafah store
[09/06/2024, 10:26:31] Faisal Qureshi: The rest of the nets are not released. They wait for the impact test result and my written release
[09/06/2024, 10:31:02] Burak Aydin: Understood. I ask the lab how many pieces they need and come back
[09/06/2024, 10:31:40] Burak Aydin: Rope colour sand is RAL 1015 ok?
[09/06/2024, 10:35:12] Faisal Qureshi: Yes RAL 1015 👍
[09/06/2024, 16:02:55] Burak Aydin: <attached: IMG-20240609-WA0007.jpg>
[09/06/2024, 16:03:20] Burak Aydin: First knots today, looking good
""")])


# =================================================================== CLEAN (batch 3)

# c17 -- full-quantity production PO with delivery batches per site
case("c17_ca_full_po_site_batches", [],
     "production PO for all 30 swing sets (repeat item, no sample stage); batch per site schedule sums to 30; no balance",
     [P("CPC-7815.pdf", [
         ("h1", "Purchase Order CPC-7815"),
         ("p", "Cascade Parks Contracting Ltd., 31160 Peardonville Rd, Abbotsford BC V2T 6K6. Vendor: Shreeji Playtech "
               "Pvt. Ltd., Ahmedabad, India. Date: 2024-06-17. Buyer: Ryan McAllister. Terms: Net 45, CIF Vancouver."),
         ("table", [
             ["Line", "Part", "Description", "Qty", "UOM", "Unit USD", "Ext USD"],
             ["1", "SS-40-SET", "Two-bay swing set, 2.4 m beam, 1 cradle + 1 flat seat, powder RAL 6005", "30", "SET",
              "1,320.00", "39,600.00"],
         ]),
         ("sp",),
         ("p", "Scope: production order for the full quantity of 30 sets, all released for production. This is a "
               "repeat of the SS-40 set supplied on PO CPC-7402 (2023); there is no sample stage."),
         ("h", "Delivery schedule - batch per site"),
         ("table", [
             ["Batch", "Site", "Sets", "On site by"],
             ["1", "Fleetwood Park, Surrey", "5", "2024-08-19"],
             ["2", "Bear Creek Park, Surrey", "5", "2024-08-19"],
             ["3", "Green Timbers, Surrey", "5", "2024-09-02"],
             ["4", "Mill Lake Park, Abbotsford", "5", "2024-09-02"],
             ["5", "Gardner Park, Abbotsford", "5", "2024-09-16"],
             ["6", "Hougen Park, Abbotsford", "5", "2024-09-16"],
             ["", "Total", "30", ""],
         ]),
         ("sp",),
         ("p", "Please proceed with all 30 sets. Pack and label each site batch separately (site name on every crate). "
               "CSA Z614-20 compliance declaration with the first shipment."),
     ], title="CPC-7815", author="Ryan McAllister")])


# c18 -- supplier: material bought for the samples only
_c18_buyer = """Tomasz,

PO TGC-2400290 is for the 2 sample KF-300 frames only. The other 38 frames are
not released; they wait for the EN 1176 inspection of the samples at Southmere and
a written release from me. Material authority is sample-only.

Helen Marsh
Commercial Director, Thamesmead Grounds Contracting"""
_c18_text = f"""Dear Helen,

short status of TGC-2400290:

- 2 sample frames are welded and galvanised, powder coating RAL 6018 on Monday.
- Ready for collection 31.05, your forwarder has the booking.
- Material: we purchased tube and powder only for the 2 samples, as your PO says
  (sample-only). For the other 38 frames we have bought nothing. We wait for your release.

The mill lead time for the 60.3 mm tube is now 4 weeks, so if the inspection is good it
helps us if the release comes quickly, but we understand it depends on the inspection.

Best regards / Pozdrawiam
Tomasz Wisniewski
Kierownik Projektu / Project Manager
StalPlay Sp. z o.o. | ul. Gorecka 104, 61-483 Poznan | +48 61 555 27 80

> Od: Helen Marsh
> Wyslano: 2 maja 2024 09:15
{quote(_c18_buyer)}
"""
case("c18_pl_material_sample_only", [],
     "supplier status: material bought for the 2 samples only, nothing for the 38; quoted buyer scope complete",
     [E("RE_TGC-2400290_status.eml", mail(
         "Tomasz Wisniewski <t.wisniewski@stalplay.pl>",
         "Helen Marsh <h.marsh@thamesmeadgc.co.uk>",
         "RE: TGC-2400290 - status samples", "Fri, 24 May 2024 13:30:00 +0200",
         _c18_text))])


# c19 -- supplier asks whether colour chip approval is the go for production; buyer says no
_c19_supplier = """Hi Priya,

Thank you for approving the colour chips for the spinner bowls (RAL 5012 / RAL 1018).
Is the colour chip approval also the go for production of the 45 bowls, or do we wait?

Best regards,
Soren Madsen
Nordisk Legeplads A/S"""
_c19_text = f"""Hi Soren,

No. The colour chip approval is technical only; it is not a production release.

What is authorised today is the 3 sample spinner bowls on PO MRP-33902 and nothing else.
The 45 production bowls stay on hold until our engineering signs off the samples against
EN 1176-5, and then the production release comes from me, in writing.

Please ship the samples as planned on June 28.

Thanks,
Priya Raman
Procurement & Release Authority | Maple Ridge Play Structures Inc.
410 Speedvale Ave W, Guelph ON N1H 1C7 | 519-555-0133

On Mon, Jun 17, 2024 at 3:02 AM Soren Madsen <sm@nordisk-legeplads.dk> wrote:
{quote(_c19_supplier)}
"""
case("c19_ca_reply_chip_not_release", [],
     "supplier asks if chip approval is the go for production; buyer answers no, states 3 authorised, 45 held, event and releaser",
     [E("RE_spinner_colour_chips.eml", mail(
         "Priya Raman <praman@mapleridgeplay.ca>",
         "Soren Madsen <sm@nordisk-legeplads.dk>",
         "RE: Spinner bowls - colour chips", "Mon, 17 Jun 2024 08:40:00 -0400",
         _c19_text, html=txt2html(_c19_text), in_reply_to="<5521.sm@nordisk-legeplads.dk>"))])


# c20 -- interim sign-off with quantity and date limits
_c20_text = """Sehr geehrter Herr Aydin, dear Burak,

attached is our sample sign-off record SO-24-017 for the EH-PN-4 pyramid nets, signed today.

Please read the limits carefully: the disposition is interim, for the quantity and the sites
listed in the record and only until 30.06.2024. Everything else in the record stays on hold.

We will send the abrasion retest booking confirmation from TUV Nord separately.

Mit freundlichen Gruessen / best regards
Jens Albrecht
Leitung Einkauf | Holzwerk Spielplatzbau Nord GmbH | Billstrasse 88, 20539 Hamburg
Tel. +49 40 555 781 20 | Amtsgericht Hamburg HRB 110422
"""
_c20_docx = D("SO-24-017_Pyramidennetz.docx", [
         ("h1", "Musterpruefprotokoll / Sample sign-off record SO-24-017"),
         ("p", "Holzwerk Spielplatzbau Nord GmbH, Billstrasse 88, 20539 Hamburg. Supplier: Ege Halat, Torbali / Izmir. "
               "Item: EH-PN-4 pyramid net 4 m. Order: HSN-24-1102 (36 nets in total). Date: 04.06.2024."),
         ("h", "Result of sample inspection"),
         ("p", "Impact test on 2 sample nets (TUV Nord, report 24-HH-3318): passed. Rope abrasion test: one knot "
               "sleeve below the requirement; retest with the new sleeve compound is booked for 21.06.2024."),
         ("h", "Disposition: interim"),
         ("table", [
             ["Site (phase 1)", "Nets"],
             ["Hamburg-Wilhelmsburg, Inselpark", "4"],
             ["Hamburg-Harburg, Stadtpark", "3"],
             ["Hamburg-Bergedorf, Schlosspark", "3"],
             ["Total released under this interim disposition", "10"],
         ]),
         ("sp",),
         ("p", "Limits: 10 nets, for the phase 1 sites listed above only; valid until 30.06.2024. Nets must use the new "
               "sleeve compound."),
         ("p", "Remaining 26 nets: not released. They stay on hold until the final sign-off after the abrasion retest, "
               "and are then released in writing by Jens Albrecht, Leitung Einkauf."),
         ("p", "Signed: Jens Albrecht, Leitung Einkauf (release authority) / Dr. Ute Brandt, Qualitaet"),
     ], author="Ute Brandt")
case("c20_de_interim_signoff", [],
     "interim sign-off (DOCX attached to mail): 10 nets for phase 1 sites until 30.06.2024, remaining 26 on hold until final sign-off, named releaser",
     [E("SO-24-017_sign-off_pyramid_nets.eml", mail(
         "Jens Albrecht <j.albrecht@holzwerk-nord.de>",
         "Burak Aydin <burak@egehalat.com.tr>",
         "SO-24-017 - sample sign-off pyramid nets EH-PN-4 (interim)", "Tue, 04 Jun 2024 15:20:00 +0200",
         _c20_text, cc="Ute Brandt <u.brandt@holzwerk-nord.de>",
         attachments=[(_c20_docx[0], _c20_docx[1], DOCX_MT)]))])


# c21 -- purely technical design note, no authorisation
case("c21_ae_design_note_technical", [],
     "technical design note (geometry, materials, EN clauses); 'approved' only for head geometry; authorises nothing",
     [D("DN-07_Falcon_tower_cladding.docx", [
         ("h1", "Design Note DN-07 - Falcon slide tower, themed cladding"),
         ("p", "Desert Lagoon Parks LLC - Design & Theming. To: Guangzhou Jiale Fibreglass Art Co., Ltd. (Kevin Chen). "
               "Rev 3, 22 May 2024. Supersedes rev 2 of 8 May 2024."),
         ("h", "1. Geometry"),
         ("p", "Head geometry was approved by the client at design review 3 (12 May). Beak tip moved 120 mm inward to "
               "keep the free space to EN 1176-1:2017 clause 4.2.8.2. Wing panels split into 6 segments, max. 2.4 m each, "
               "for container transport."),
         ("h", "2. Laminate"),
         ("table", [
             ["Zone", "Build-up", "Min. thickness"],
             ["Head, beak", "gelcoat + 3 x CSM 450 + 1 x woven roving 600", "6 mm"],
             ["Wing segments", "gelcoat + 2 x CSM 450 + core 10 mm + 2 x CSM 450", "14 mm"],
             ["Climbing zone", "anti-slip gelcoat, grit 0.4-0.8 mm", "-"],
         ]),
         ("sp",),
         ("h", "3. Colours"),
         ("p", "Feathers RAL 8025 / RAL 1001 gradient, eye ring RAL 1023, beak RAL 1033. UV topcoat, 2 coats. "
               "Hand-painting reference: mood board MB-07 page 4."),
         ("h", "4. Fixings"),
         ("p", "Cast-in stainless inserts M12 (A4-70), pull-out test 12 kN per insert on a test coupon. No exposed bolt "
               "ends within reach (EN 1176-1 clause 4.2.7)."),
         ("p", "Open points: drainage holes in the wing segments (Kevin to propose), night lighting cable duct (DLP MEP)."),
     ], author="Design & Theming DLP")])


# =================================================================== RISKY (batch 3)

# p18 -- release letter with no number: "the first site batch ... as discussed"
case("p18_ca_release_letter_as_discussed", ["RG010"],
     "release letter releases 'the first site batch for Phase 1 as discussed' with no quantity; hold, event, releaser present",
     [P("MRP-REL-2024-07.pdf", [
         ("h1", "Production Release MRP-REL-2024-07"),
         ("p", "Maple Ridge Play Structures Inc., 410 Speedvale Ave W, Guelph ON. To: Nordisk Legeplads A/S, Viby J, "
               "Denmark. Order: PO MRP-33871, Discovery Hill tower modules. Date: 2024-06-20."),
         ("p", "Evidence: TUV impact test report 24-DK-7719 (prototype module, passed 2024-06-14) and fit-check "
               "minutes DR3 of 2024-05-23."),
         ("p", "Released for production: the first site batch for Phase 1 (Milton Sports Centre park), as discussed on our "
               "call of June 3. Please build and ship that batch as one consignment."),
         ("p", "The remainder of the Phase 1-3 program is not released. It stays on hold until the Phase 1 installation "
               "inspection to CSA Z614 is passed. The next release will come from me in writing."),
         ("p", "Material authority: as released quantity only."),
         ("p", "Priya Raman, Procurement & Release Authority, Maple Ridge Play Structures Inc."),
     ], title="MRP-REL-2024-07", author="Priya Raman")])


# p19 -- call-off 'first batch per site', no quantity, rest blocked 'until further notice'
case("p19_de_calloff_further_notice", ["RG004", "RG010"],
     "call-off asks for 'die erste Charge je Standort' without quantities; rest blocked 'bis auf Weiteres' (no event); releaser named",
     [D("Abruf_03_HSN-24-1140.docx", [
         ("h1", "Abruf 03 / Call-off 03 - Auftrag HSN-24-1140"),
         ("p", "Holzwerk Spielplatzbau Nord GmbH, Billstrasse 88, 20539 Hamburg. An: Traelegeplads ApS, Vejle. "
               "Artikel / item: TL-BB-4 Balancierbalken / balance beam, Robinie. Datum: 12.06.2024."),
         ("p", "Bitte fertigen Sie die erste Charge je Standort. Please manufacture the first batch per site for the "
               "sites below and deliver to the addresses given."),
         ("table", [
             ["Standort / site", "Lieferadresse / delivery address", "Liefertermin / date"],
             ["Inselpark Wilhelmsburg", "Neuenfelder Str. 19, 21109 Hamburg", "KW 29"],
             ["Stadtpark Harburg", "Ernst-Bergeest-Weg, 21077 Hamburg", "KW 30"],
             ["Schlosspark Bergedorf", "Bergedorfer Schlossstr. 4, 21029 Hamburg", "KW 31"],
         ]),
         ("sp",),
         ("p", "Der Rest des Auftrags bleibt bis auf Weiteres gesperrt. The rest of the order stays blocked until further "
               "notice. Freigabe ausschliesslich durch / release only by Jens Albrecht, Leitung Einkauf."),
         ("p", "Materialberechtigung / material authority: nur fuer diesen Abruf / for this call-off only."),
         ("p", "Mit freundlichen Gruessen, Jens Albrecht"),
     ], author="Jens Albrecht")])


# p20 -- buyer: advance transferred, "therefore" start the sample swings; no number
_p20_text = """Dear Rajesh ji,

Greetings from Abu Dhabi.

Please be informed that the advance payment of 30% against your PI SPT/PI/24/212 has been
transferred by our finance team today (TT copy will follow from the bank). Therefore you may
kindly start the sample swings now.

Balance quantity is not released. It stays on hold until the sample swings pass the lab test at
Dubai Central Laboratory and Mr. Faisal Qureshi issues the written release.

Kindly share the dispatch plan and the test certificates of the chains (EN 1176-2).

Thanks & Regards,
Imran Sheikh
Procurement Officer | Al Noor Leisure Projects LLC | Mussafah M-37, Abu Dhabi
"""
case("p20_ae_advance_start_samples", ["RG010", "RG012"],
     "buyer: advance transferred, 'therefore you may start the sample swings' (payment as trigger) with no sample quantity",
     [E("Advance_payment_SPT-PI-24-212.eml", mail(
         "Imran Sheikh <imran.s@alnoorleisure.ae>",
         "Rajesh Patel <rajesh@shreejiplaytech.in>",
         "Advance payment - PI SPT/PI/24/212 - swings", "Sun, 09 Jun 2024 11:25:00 +0400",
         _p20_text, cc="Faisal Qureshi <faisal.q@alnoorleisure.ae>"))])


# p21 -- supplier bought tube for all 40 frames on a 2-sample PO
_p21_buyer = """Tomasz,

PO HPL-24-0702 covers 2 sample frames KF-300 only. The other 38 are not released
until the samples pass EN 1176 inspection at our Leeds yard and I (Neil Whitfield)
send a written release. Material authority: sample-only.

Neil"""
_p21_text = f"""Dear Neil,

short status HPL-24-0702:

1. The 2 sample frames are welded, now in the galvanising shop, powder coating next week.
   Ship date 12.06 is OK.
2. Your installation slots for the phase 1 sites are tight, so to avoid any delay we already
   ordered the steel tube 60.3 x 3.6 for all 40 frames at the mill (Huta Czestochowa, delivery
   17.06). It will wait in our warehouse until your release.
3. Please send the label text for the EN 1176 plates (your company name or the council's?).

Best regards
Tomasz Wisniewski
Project Manager | StalPlay Sp. z o.o. | Poznan | +48 61 555 27 80

W dniu 07.05.2024 o 10:02, Neil Whitfield pisze:
{quote(_p21_buyer)}
"""
case("p21_pl_tube_for_all_40", ["RG006"],
     "supplier ordered tube for all 40 frames while only 2 samples are released and material authority is sample-only",
     [E("RE_HPL-24-0702_status.eml", mail(
         "Tomasz Wisniewski <t.wisniewski@stalplay.pl>",
         "Neil Whitfield <n.whitfield@hartwellplay.co.uk>",
         "RE: HPL-24-0702 KF-300 samples - status", "Thu, 30 May 2024 15:10:00 +0200",
         _p21_text))])


# p22 -- WeChat export: resin and gelcoat bought for all 8 pieces
case("p22_cn_wechat_resin_all", ["RG006"],
     "chat: supplier already bought resin and gelcoat for all 8 tree stumps 'same batch same colour'; only 1 show sample released",
     [T("WeChat_export_Kevin_Chen_2024-06.txt", """
WeChat chat history export - Kevin Chen (Jiale Fibreglass) / Marie-Claude Tremblay
==================================================================================
2024-06-03 21:14  Marie-Claude Tremblay
Hello Kevin. Order AJL-24-077 is sent by e-mail. It is for 1 show sample of the themed tree stump TS-3 only. The other 7 stumps are not released. They wait until the show sample passes our finish inspection in Laval and I send you the written release.

2024-06-03 21:40  Kevin Chen
Received, thank you Marie-Claude. 1 show sample first, ok

2024-06-11 09:02  Kevin Chen
[Photo]
2024-06-11 09:03  Kevin Chen
Mould for stump is finish. Next week we do the show sample

2024-06-11 09:05  Kevin Chen
We already buy the resin and gelcoat for 8 pcs stump. Same batch is same colour, otherwise small colour difference later 😊 gelcoat RAL 8011 special mix

2024-06-11 09:06  Kevin Chen
Also wood texture paint for 8 pcs

2024-06-11 14:30  Marie-Claude Tremblay
Thanks for the photo. Please send the wall thickness measurement with the show sample.

2024-06-11 14:55  Kevin Chen
OK no problem 👌
""")])


# p23 -- two files: buyer PO printout + supplier material plan with HDPE for 48 slides
case("p23_au_tr_po_and_mrp", ["RG006"],
     "buyer PO releases 2 sample slides (sample-only material); supplier's material plan shows HDPE ordered for 48 slides",
     [T("CP-PO-018877.txt", """
COASTLINE PLAYSCAPES PTY LTD                                        PURCHASE ORDER
18 Enterprise Cct, Molendinar QLD 4214  ABN 61 604 118 275
-------------------------------------------------------------------------------------
PO NO   : CP-PO-018877        REV : 0          DATE : 14/05/2024
SUPPLIER: 40112 ANADOLU OYUN GRUBU A.S., CIGLI / IZMIR, TURKIYE
BUYER   : S PETROVIC          TERMS: NET 60    CURRENCY: EUR    INCOTERM: FOB IZMIR
-------------------------------------------------------------------------------------
LN  ITEM           DESCRIPTION                         QTY  UOM     PRICE      EXT EUR
01  SF-2400-BL     SPIRAL SLIDE 2.4M BLUE HDPE           2  EA     1,460.00   2,920.00
                   SAMPLE - FOR AS 4685.3 INSPECTION
-------------------------------------------------------------------------------------
SCOPE: THIS PO RELEASES 2 SAMPLE SLIDES ONLY. THE REMAINING 46 SLIDES ON QUOTE
AOG-Q-24-5540 ARE NOT RELEASED. THEY STAY ON HOLD UNTIL THE SAMPLES PASS AS 4685.3
INSPECTION AT MOLENDINAR AND S PETROVIC (PROCUREMENT MANAGER) ISSUES A WRITTEN RELEASE.
MATERIAL AUTHORITY: SAMPLE-ONLY.
-------------------------------------------------------------------------------------
                                                   PAGE 1 OF 1   PRINTED 14/05/2024 09:40
"""),
      T("AOG_MRP_SIP-24-0611.txt", """
ANADOLU OYUN GRUBU A.S.          MALZEME IHTIYAC PLANI / MATERIAL REQUIREMENTS PLAN
Siparis / Customer order: SIP-24-0611   Musteri: COASTLINE PLAYSCAPES (AU)   Ref: CP-PO-018877
Tarih / date: 28.05.2024   Planlayan / planner: H. DEMIR
-------------------------------------------------------------------------------------------
URUN / PRODUCT    SF-2400-BL SPIRAL SLIDE 2.4M BLUE
SIPARIS MIKTARI / ORDER QTY (RELEASED) ........ 2 AD
PROJE MIKTARI / PROJECT QTY ................... 48 AD
-------------------------------------------------------------------------------------------
MALZEME / MATERIAL         BIRIM   IHTIYAC/REQ   STOK   SATINALMA / PURCHASE    DURUM / STATUS
HDPE LEVHA 19MM 2x3M BLUE   AD        96           4     SAS-24-2290  96 AD     SIPARIS VERILDI / PO ISSUED
PASLANMAZ CIVATA M10 A4     AD       1152         300    SAS-24-2291 900 AD     SIPARIS VERILDI / PO ISSUED
UV STAB. MASTERBATCH        KG        60           0     SAS-24-2292  60 KG     SIPARIS VERILDI / PO ISSUED
-------------------------------------------------------------------------------------------
NOT: MALZEME 48 AD ICIN PLANLANDI / MATERIAL PLANNED AND PURCHASED FOR 48 PCS (2 LEVHA / SLIDE).
-------------------------------------------------------------------------------------------
""")])


# p24 -- weekly status PDF: raw material procured for the full 500 while 20 are released
case("p24_in_status_material_full", ["RG006"],
     "supplier weekly status: 20 sets released and produced, raw material procured for 500 sets (full order)",
     [P("Weekly_status_W24_CPC.pdf", [
         ("h1", "Weekly Production Status - Week 24/2024"),
         ("p", "Shreeji Playtech Pvt. Ltd., Ahmedabad. Customer: Cascade Parks Contracting Ltd., Abbotsford BC. "
               "Kind attn.: Mr. Ryan McAllister. Prepared by: Nikhil Joshi, PPC."),
         ("table", [
             ["Item", "Customer PO / release", "Qty released", "Produced", "Shipped", "Raw material status"],
             ["SS-40-CR cradle seat", "CPC-7760 / release R-01", "20 sets", "20 sets", "0",
              "procured for 500 sets (full order) - rubber compound, aluminium inserts, chains"],
             ["SS-40-FL flat seat", "CPC-7760 / release R-01", "20 sets", "14 sets", "0", "procured for 20 sets"],
         ]),
         ("sp",),
         ("p", "Remarks: balance 480 sets of each item are on hold as per your PO until your lab test and written "
               "release by Mr. Ryan McAllister. Bulk chain and rubber compound were procured in advance since the "
               "supplier price increases on 1 July."),
         ("p", "Next update: Week 25. Regards, Nikhil Joshi, Production Planning & Control."),
     ], title="Weekly status W24", author="Nikhil Joshi")])


# p25 -- Danish maker laid in larch for the full run
_p25_buyer = """Mette,

Release R-02 on TGC-2400318: 2 lookout towers (TL-LT-6) for Lesnes Abbey Woods.
The other 16 towers are not released. Next release after the Lesnes Abbey installation
sign-off, by me in writing. Material authority: released quantity only.

Helen Marsh
Commercial Director"""
_p25_text = f"""Hi Helen,

Thank you, R-02 received and in the plan: 2 towers, ship from Vejle in week 28.

A small note so you know: we have laid in the larch for the full run of 18 towers. It has to
air-dry for about 6 weeks before we can mill it, so it was better to bring it in now than to
lose 6 weeks later. It is stacked under cover in our yard in Vejle.

The 2 towers of R-02 use logs from the same lot, so the colour and grain will match.

Venlig hilsen / Kind regards
Mette Kjaer
Traelegeplads ApS | Skovvej 41, 7100 Vejle | +45 75 55 12 80

-----Oprindelig meddelelse-----
Fra: Helen Marsh
{quote(_p25_buyer)}
"""
case("p25_dk_larch_full_run", ["RG006"],
     "supplier laid in larch for all 18 towers; release covers 2 and material authority is released quantity only",
     [E("SV_R-02_TGC-2400318.eml", mail(
         "Mette Kjaer <mk@traelegeplads.dk>",
         "Helen Marsh <h.marsh@thamesmeadgc.co.uk>",
         "SV: Release R-02 - TGC-2400318 lookout towers", "Tue, 11 Jun 2024 14:45:00 +0200",
         _p25_text))])


# p26 -- supplier: deposit received, production started for 300 and material bought for 300
_p26_buyer = """Hi Amy,

PO CP-PO-018915 attached. It is for 3 sample spring riders (SR-KOALA) only.
The other 297 are not released. They stay on hold until our certifier signs off
the samples and I send a written release. Material authority: sample-only.
30% deposit will be paid on the PO value as per your PI.

Sharon Petrovic
Procurement Manager, Coastline Playscapes"""
_p26_text = f"""Dear Sharon,

Deposit 30% received with thanks!

So we start production for the 300 pcs spring riders now, and we already buy the LLDPE powder
and the springs for all 300 pcs, to keep the price before July.

The 3 samples will be ready first, we send by air next week with DHL.

Best regards
Amy Lin
Wenzhou Happy Island Play Equipment Co., Ltd. | Qiaotou Town, Yongjia, Wenzhou
WhatsApp +86 135 7777 0421

------------------ Original ------------------
From: "Sharon Petrovic" <s.petrovic@coastlineplayscapes.com.au>
Date: Mon, Jun 3, 2024 10:21 AM
{quote(_p26_buyer)}
"""
case("p26_cn_deposit_start_300", ["RG006", "RG012"],
     "supplier reads the deposit as go: starts production of 300 and buys material for 300; PO releases 3 samples",
     [E("Re_CP-PO-018915_deposit.eml", mail(
         "Amy Lin <amy.lin@happyisland-play.cn>",
         "Sharon Petrovic <s.petrovic@coastlineplayscapes.com.au>",
         "Re: CP-PO-018915 spring riders - deposit", "Fri, 07 Jun 2024 17:20:00 +0800",
         _p26_text))])


# p27 -- supplier assumes sample approval goes straight to series and buys rope for 30
_p27_buyer = """Dear Burak,

Our PO ANL-PO-24-0955 is for 2 sample climbing nets only.
The remaining 28 nets are not released. They stay on hold until the samples pass
the impact test at Dubai Central Laboratory and I issue a written release.

Regards,
Faisal Qureshi
Procurement Manager, Al Noor Leisure Projects LLC"""
_p27_text = f"""Dear Faisal bey,

The 2 sample nets leave Izmir on Friday by air, AWB will follow.

Because after your approval of the samples we go directly to the series of 30 nets, we have
already purchased the 16 mm PES rope (Hercules, red) and the aluminium ferrules for all 30 nets.
In this way there is no waiting time for your park opening in November.

Best regards
Burak Aydin
Export Manager | Ege Halat Ip ve Oyun Ekipmanlari | Torbali / Izmir

On 22.05.2024 11:40, Faisal Qureshi wrote:
{quote(_p27_buyer)}
"""
case("p27_tr_series_after_approval_rope", ["RG006", "RG007"],
     "supplier: after sample approval 'we go directly to the series of 30' and has bought rope for all 30; buyer requires written release",
     [E("RE_ANL-PO-24-0955_samples.eml", mail(
         "Burak Aydin <burak@egehalat.com.tr>",
         "Faisal Qureshi <faisal.q@alnoorleisure.ae>",
         "RE: ANL-PO-24-0955 - sample nets", "Wed, 05 Jun 2024 09:30:00 +0300",
         _p27_text))])


# =================================================================== CLEAN (batch 4)

# c22 -- supplier web quote with quantity tiers
_c22_rows = [
    ["Qty", "Unit price EUR", "Delivery", "Note"],
    ["1 (prototype)", "12,900.00", "6 weeks", "incl. TUV type test EN 1176-1/-3"],
    ["10", "10,450.00", "10 weeks", "per unit"],
    ["50", "9,380.00", "14 weeks", "per unit, split deliveries possible"],
]
case("c22_dk_web_quote_tiers", [], "supplier web quote with 1/10/50 price tiers; a quote authorises nothing",
     [H("NL_quote_Q24-1187.html", "Nordisk Legeplads - Quote Q24-1187", f"""
<h2>Nordisk Legeplads A/S &mdash; Quote Q24-1187</h2>
<p>For: Southern Cross Shade &amp; Play Pty Ltd, Laverton North VIC &middot; Contact: Mick Darcy &middot; Valid until 2024-08-31</p>
<p><b>Product:</b> NL-DUNE-4 themed sand-dune play hill with embedded slide (slide length 4.1 m, stainless bed, fall height 1.5 m)</p>
{html_table(_c22_rows)}
<p class="note">Prices EXW Viby J, excluding freight and installation. Quantities above are price tiers for your planning,
not an order. Production starts only on a written order from you.</p>
<p>Sustainability: FSC-certified robinia, recycled HDPE panels (min. 60 %). EPD available on request.</p>
<p>Soren Madsen &middot; Key Account Manager &middot; +45 86 55 40 12 &middot; sm@nordisk-legeplads.dk</p>
""")])


# c23 -- WhatsApp: supplier says deposit is for mould only; buyer restates scope
case("c23_ae_in_whatsapp_deposit_mould", [],
     "chat: supplier says deposit covers mould only and waits for written release; buyer scope complete",
     [T("WhatsApp Chat with Rajesh Shreeji.txt", """
[14/05/2024, 09:31:05] Rashid Al Mansoori: Good morning Rajesh, deposit for the rocker mould sent yesterday, pls check
[14/05/2024, 09:48:22] Rajesh Patel: Good morning sir 🙏 received today, thank you
[14/05/2024, 09:49:10] Rajesh Patel: As agreed, deposit is for the mould only. We wait for your written release before production of the 200 rockers
[14/05/2024, 09:55:37] Rashid Al Mansoori: Correct. Reminder: PO DLP/PO/2024/0471 = 3 show samples only. The 200 are not released until I sign off colour + impact test and send you the written release
[14/05/2024, 09:56:02] Rajesh Patel: Noted sir 👍
[14/05/2024, 10:20:44] Rajesh Patel: Mould trial 24 May, show samples by air around 3 June
[14/05/2024, 10:21:30] Rashid Al Mansoori: 👍 shukran
""")])


# c24 -- internal question: "do we give them the go-ahead?" -- answer: wait
_c24_q = """Neil,

Ewa from Zielona Polana rang again this morning. Do we give them the go-ahead for the
24 CF-220 sets now, or do we wait for the EN 1176 inspection on the prototype? They say
their autumn slots are filling up.

Claire"""
_c24_text = f"""Claire,

We wait. Nothing beyond the prototype module is released until the inspection on 21 June is
done and I've signed the release. I'll ring Ewa myself and ask whether she can pencil a slot
without any commitment from us.

Neil
{sig("Neil Whitfield", "Project Buyer", "Hartwell Play Ltd, Leeds", "+44 113 555 0147")}
-----Original Message-----
From: Claire Dobson
Sent: 04 June 2024 10:02
To: Neil Whitfield
Subject: Zielona Polana - go-ahead?

{quote(_c24_q)}
"""
case("c24_uk_internal_question", [],
     "internal mail: 'do we give them the go-ahead?' is a question; answer is to wait for inspection and named releaser",
     [E("RE_Zielona_Polana_go-ahead.eml", mail(
         "Neil Whitfield <n.whitfield@hartwellplay.co.uk>",
         "Claire Dobson <c.dobson@hartwellplay.co.uk>",
         "RE: Zielona Polana - go-ahead?", "Tue, 04 Jun 2024 11:15:00 +0100",
         _c24_text))])


# c25 -- revised PO releases the whole balance after sign-off; nothing remains
case("c25_ca_revised_po_full_release", [],
     "revised PO releases the remaining 11 bows after sign-off, with evidence and signer; no balance remains",
     [P("4500-2218_Rev2.pdf", [
         ("h1", "Purchase Order 4500-2218 - Revision 2"),
         ("p", "Aires de jeux Laurentides inc., 2875 boul. Industriel, Laval QC H7L 4P8. Supplier: Nordisk Legeplads A/S, "
               "Viby J, Denmark. Revision date: 2024-07-08. Supersedes revision 1 of 2024-05-02."),
         ("table", [
             ["Line", "Scope", "Item", "Description", "Qty", "Released", "Unit CAD"],
             ["10", "sample", "NL-VIK-BOW", "Viking ship bow, show sample (delivered)", "1", "1", "14,200.00"],
             ["20", "production", "NL-VIK-BOW", "Viking ship bow, drawing NL-2231 rev C", "11", "11", "12,650.00"],
         ]),
         ("sp",),
         ("p", "Change in revision 2: line 20 added and released in full. Release R-01: 11 (eleven) bows."),
         ("p", "Evidence: show sample signed off for colour and finish on 2024-05-16; TUV structural test report "
               "TUV-DK-24-3390 (EN 1176-1 load test) received 2024-07-03."),
         ("p", "After this revision nothing is on hold on this order: 12 bows in total, all released."),
         ("p", "Released by: Marie-Claude Tremblay, Procurement Lead (release authority)."),
     ], title="4500-2218 Rev 2", author="Marie-Claude Tremblay")])


# =================================================================== RISKY (batch 4)

# p28 -- three files: labelled forecast, sample PO, supplier ack that treats the forecast as an order and buys for it
_p28_ack = """Dzien dobry Herr Albrecht,

thank you for your order HSN-24-1188. We confirm:

1. 4 (four) sample benches PB-OAK-180, delivery week 27, DAP Hamburg.
2. Your order for 120 benches for 2025 according to your forecast of 04.03.2024.
   To keep the 2024 price for you, we have already purchased the oak slats (FSC) and the
   steel frames for all 120 benches.

Invoice for the samples will follow with the delivery.

Z powazaniem / Best regards
Ewa Nowak
Kierownik Sprzedazy / Sales Manager
Zielona Polana Sp. z o.o. | Wroclaw | +48 71 344 20 90
"""
case("p28_de_pl_forecast_read_as_order", ["RG006", "RG008"],
     "supplier ack calls the non-binding 2025 forecast 'your order for 120' and buys oak and frames for 120; PO releases 4 samples",
     [T("HSN_Bedarfsvorschau_2025.txt", """
HOLZWERK SPIELPLATZBAU NORD GMBH          BEDARFSVORSCHAU / FORECAST 2025
Billstrasse 88, 20539 Hamburg             Stand / as of: 04.03.2024
Lieferant / supplier: Zielona Polana Sp. z o.o., Wroclaw

ARTIKEL       BEZEICHNUNG                         Q1   Q2   Q3   Q4   SUMME
PB-OAK-180    Parkbank Eiche 1,80 m / oak bench    20   40   40   20    120

UNVERBINDLICH - KEINE BESTELLUNG. NON-BINDING - NOT AN ORDER.
Diese Vorschau dient nur der Kapazitaetsplanung. This forecast is for capacity planning only.
"""),
      P("HSN-24-1188.pdf", [
          ("h1", "Bestellung / Purchase Order HSN-24-1188"),
          ("p", "Holzwerk Spielplatzbau Nord GmbH, Hamburg. Lieferant: Zielona Polana Sp. z o.o., Wroclaw. "
                "Datum: 03.06.2024."),
          ("table", [
              ["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis EUR"],
              ["10", "PB-OAK-180", "Parkbank Eiche 1,80 m, Muster / sample bench", "4", "465,00"],
          ]),
          ("sp",),
          ("p", "Scope: this order releases 4 sample benches only. No production quantity is released; the figures in our "
                "forecast 2025 are not released. Production quantities will be released only by a call-off signed by "
                "Jens Albrecht, Leitung Einkauf, after the sample sign-off. Material authority: sample-only."),
      ], title="HSN-24-1188", author="Jens Albrecht"),
      E("Potwierdzenie_HSN-24-1188.eml", mail(
          "Ewa Nowak <e.nowak@zielonapolana.pl>",
          "Jens Albrecht <j.albrecht@holzwerk-nord.de>",
          "Potwierdzenie zamowienia / order confirmation HSN-24-1188", "Wed, 05 Jun 2024 10:05:00 +0200",
          _p28_ack))])


# p29 -- supplier: after the show samples are approved, mass production directly, no new PO
_p29_text = """Dear Rashid,

Good day!

Attached please find your PO countersigned and our PI for the 2 show samples.

Show samples will be finish on 20 June. After you approve the show samples, we will directly
arrange mass production of the 16 dumping buckets, no need new PO, so we can catch your park
opening date in October. Sea freight takes 25 days to Jebel Ali.

Best regards
Lily Zhang
Sales Dept. | Ningbo Bright Fun Amusement Co., Ltd.
"""
case("p29_cn_mass_production_after_approval", ["RG007"],
     "supplier: 'after you approve the show samples, we will directly arrange mass production of the 16 ... no need new PO'",
     [E("PO_countersigned_DLP-PO-2024-0602.eml", mail(
         "Lily Zhang <lily@brightfun-amusement.cn>",
         "Rashid Al Mansoori <rashid.m@desertlagoonparks.ae>",
         "PO DLP/PO/2024/0602 countersigned + PI", "Mon, 03 Jun 2024 15:40:00 +0800",
         _p29_text, html=txt2html(_p29_text),
         attachments=[("DLP-PO-2024-0602_signed.pdf", pdf([
             ("h1", "PURCHASE ORDER DLP/PO/2024/0602"),
             ("p", "Desert Lagoon Parks LLC, Al Quoz Industrial 3, Dubai, UAE. Supplier: Ningbo Bright Fun Amusement "
                   "Co., Ltd. Date: 28 May 2024. Project: Lagoon Splash - toddler splash pad."),
             ("table", [
                 ["Line", "Item", "Description", "Qty", "Unit USD"],
                 ["1", "DB-3", "Dumping bucket 3-bucket tree, SS304 + LLDPE, show sample", "2", "2,850.00"],
             ]),
             ("p", "Scope: this PO covers 2 show samples only. The balance of 16 units is not released and stays on hold "
                   "until the show samples pass our EN 1176 inspection in Dubai and Rashid Al Mansoori, Procurement "
                   "Manager, issues a written release."),
             ("p", "Supplier countersignature: Lily Zhang, 02 June 2024 (stamp)."),
         ], title="DLP/PO/2024/0602", author="Rashid Al Mansoori"), PDF_MT)]))])


# p30 -- two files: buyer PO printout + supplier order confirmation (DOCX) with automatic start
case("p30_uk_pl_po_and_confirmation", ["RG007"],
     "supplier confirmation: production of the remaining 22 'will start automatically after your positive impact test'; PO needs written release",
     [T("HPL-24-0655_print.txt", """
HARTWELL PLAY LTD                                             PURCHASE ORDER
Unit 12 Stourton Trade Park, Leeds LS10 1SX                   PO: HPL-24-0655  REV 0
---------------------------------------------------------------------------------
SUPPLIER : 20417 ZIELONA POLANA SP. Z O.O., WROCLAW, PL       DATE: 21/05/2024
BUYER    : N WHITFIELD                                        CURR: GBP
---------------------------------------------------------------------------------
LN  ITEM          DESCRIPTION                              QTY  UOM     UNIT
10  ZP-RN60-S     ROPE NET RN-60 SAMPLE PANEL 1.2X1.2M       2  PCS   210.00
---------------------------------------------------------------------------------
SCOPE NOTE: 2 SAMPLE PANELS RELEASED. THE REMAINING 22 PANELS ARE NOT RELEASED.
THEY STAY ON HOLD UNTIL THE SAMPLES PASS THE IMPACT TEST AT OUR LEEDS YARD AND
NEIL WHITFIELD (PROJECT BUYER) ISSUES A WRITTEN RELEASE. MATERIAL: SAMPLE-ONLY.
---------------------------------------------------------------------------------
"""),
      D("ZP_OC_24_0391.docx", [
          ("h1", "Potwierdzenie zamowienia / Order confirmation ZP/OC/24/0391"),
          ("p", "Zielona Polana Sp. z o.o., Wroclaw, to Hartwell Play Ltd, Leeds. Your PO: HPL-24-0655. Date: 23.05.2024."),
          ("table", [
              ["Item", "Description", "Qty", "Delivery"],
              ["ZP-RN60-S", "Rope net RN-60 sample panel 1.2 x 1.2 m", "2 pcs", "week 24, FCA Wroclaw"],
          ]),
          ("sp",),
          ("p", "We confirm the 2 sample panels. Production of the remaining 22 pcs will start automatically after your "
                "positive impact test result, so that the series can be delivered in week 31 for your phase 1 sites."),
          ("p", "Rope: 16 mm PES with steel core, colour green/black. Standard EN 1176-11:2014."),
          ("p", "Ewa Nowak, Sales Manager"),
      ], author="Ewa Nowak")])


# p31 -- buyer's site manager contradicts the PO's written-release requirement
_p31_text = """Tomasz,

Quick one. The council inspector is coming on Tuesday for the prototype frame at Gallions.
Once he's through with it, just carry straight on with the other 15 frames. No need to wait
for paperwork from Helen, we're tight for the park opening on 20 July and I don't want the
frames sitting in Poznan.

Also, the bolts on the prototype came with two different head sizes, please check the kit
lists for the rest.

Ta,
Gareth Lewis
Site Manager | Thamesmead Grounds Contracting Ltd | 07700 900 418
"""
case("p31_uk_site_manager_carry_on", ["RG007"],
     "buyer's site manager: once inspection passes 'carry straight on with the other 15 ... no need to wait for paperwork', against PO",
     [E("Gallions_prototype_frame.eml", mail(
         "Gareth Lewis <g.lewis@thamesmeadgc.co.uk>",
         "Tomasz Wisniewski <t.wisniewski@stalplay.pl>",
         "Gallions - prototype frame / inspection Tuesday", "Thu, 27 Jun 2024 17:52:00 +0100",
         _p31_text, cc="Helen Marsh <h.marsh@thamesmeadgc.co.uk>",
         attachments=[("TGC-2400377.pdf", pdf([
             ("h1", "PURCHASE ORDER TGC-2400377"),
             ("p", "Thamesmead Grounds Contracting Ltd, London SE2 9RH. Supplier: StalPlay Sp. z o.o., Poznan. "
                   "Date: 3 June 2024. Project: Gallions Park play area."),
             ("table", [
                 ["Line", "Item", "Description", "Qty", "Unit GBP"],
                 ["1", "SP-ARC-5", "Arch climber 5 m, prototype", "1", "2,980.00"],
             ]),
             ("p", "Scope: 1 prototype frame released. The remaining 15 frames are not released. They stay on hold "
                   "until the prototype passes the EN 1176 inspection at Gallions Park and Helen Marsh, Commercial "
                   "Director, issues a written release."),
         ], title="TGC-2400377", author="Helen Marsh"), PDF_MT)]))])


# p32 -- buyer's PM: once I'm happy with the prototype, roll it out across the remaining 11 sites
_p32_quoted = """Hi Amy,

PO CP-PO-018930 is for the 1 prototype shade frame (SF-HEX-6) for Broadbeach only.
The other 11 frames (one per site, phase 1 sites) are not released. They stay on hold
until the prototype passes the certifier's inspection and I send you the written release.

Sharon Petrovic
Procurement Manager"""
_p32_text = f"""Hi Amy,

Frame's going in at Broadbeach on Monday, crane booked. Once I'm happy with the prototype on
site, roll it out across the remaining 11 sites, same spec, one frame per site. Saves us a
week with the councils.

Powder coat on the last lot was a bit thin on the welds, so have a look at that.

Cheers
Dave
{sig("Dave Kowalski", "Project Manager", "Coastline Playscapes Pty Ltd", "+61 7 5555 0121")}
On 2 Jun 2024, at 09:14, Sharon Petrovic <s.petrovic@coastlineplayscapes.com.au> wrote:

{quote(_p32_quoted)}
"""
case("p32_au_roll_it_out", ["RG007"],
     "buyer PM: 'once I'm happy with the prototype, roll it out across the remaining 11 sites' against the written-release scope",
     [E("RE_CP-PO-018930_prototype.eml", mail(
         "Dave Kowalski <d.kowalski@coastlineplayscapes.com.au>",
         "Amy Lin <amy.lin@happyisland-play.cn>",
         "Re: CP-PO-018930 prototype shade frame", "Thu, 20 Jun 2024 18:05:00 +1000",
         _p32_text, cc="Sharon Petrovic <s.petrovic@coastlineplayscapes.com.au>"))])


# p33 -- supplier PI with a deemed-approval clause that runs straight into the balance
_p33_quoted = """Rajesh,

PO CPC-7799 is for 6 sample swing seats (SS-40-CR) only. The balance 480 seats are
not released; they stay on hold until our lab test of the samples and my written release.

Ryan McAllister
Project Manager, Cascade Parks Contracting"""
_p33_text = f"""Dear Ryan Sir,

Greetings from Shreeji Playtech!

Please find attached our proforma invoice SPT/PI/24/231 for the sample seats. Samples will
be dispatched by DHL on 21.06.2024, AWB will be shared.

Kindly go through the terms on page 1 and revert in case of any query.

Thanks & Best Regards,
Rajesh Patel
Director (Exports) | Shreeji Playtech Pvt. Ltd. | Ahmedabad | +91 98250 55123

On Tue, 11 Jun 2024, Ryan McAllister wrote:
{quote(_p33_quoted)}
"""
case("p33_in_deemed_approval_pi", ["RG007"],
     "supplier PI: samples 'deemed approved' after 7 days without comments and 'we shall proceed with the balance 480'",
     [E("PI_SPT-PI-24-231.eml", mail(
         "Rajesh Patel <rajesh@shreejiplaytech.in>",
         "Ryan McAllister <rmcallister@cascadeparks.ca>",
         "Proforma Invoice SPT/PI/24/231 - sample seats - PO CPC-7799", "Fri, 14 Jun 2024 12:10:00 +0530",
         _p33_text,
         attachments=[("SPT-PI-24-231.pdf", pdf([
             ("h1", "PROFORMA INVOICE SPT/PI/24/231"),
             ("p", "Shreeji Playtech Pvt. Ltd., Ahmedabad. Buyer: Cascade Parks Contracting Ltd., Abbotsford BC. "
                   "Against PO: CPC-7799. Date: 14.06.2024."),
             ("table", [
                 ["Sr.", "Description", "Qty", "Rate USD", "Amount USD"],
                 ["1", "Cradle swing seat SS-40-CR, sample", "6", "41.00", "246.00"],
                 ["2", "Courier charges (DHL)", "1", "85.00", "85.00"],
                 ["", "Total", "", "", "331.00"],
             ]),
             ("h", "Terms"),
             ("p", "1. Payment: 100% advance for samples, against this PI. 2. Dispatch: 21.06.2024 by DHL. "
                   "3. Sample approval: if no comments are received within 7 days of sample dispatch, the samples shall "
                   "be deemed approved and we shall proceed with the balance 480 seats as per our offer SPT/Q/24/101. "
                   "4. Jurisdiction: Ahmedabad courts."),
         ], title="SPT/PI/24/231", author="Rajesh Patel"), PDF_MT)]))])


# p34 -- buyer design note: "approval" for colour, show sample and finance; show sample approval releases the batch per site
case("p34_ae_docx_approval_route", ["RG007", "RG009"],
     "design note: 'approval' used for colour/show sample and for finance PO approval; show sample approval 'releases the batch per site'",
     [D("DN-11_Approval_route_Lagoon_Splash.docx", [
         ("h1", "Design Note DN-11 - Approval route, Lagoon Splash themed elements"),
         ("p", "Desert Lagoon Parks LLC - Design & Theming. To: Guangzhou Jiale Fibreglass Art Co., Ltd. (Kevin Chen). "
               "Rev 1, 10 June 2024."),
         ("h", "1. Commercial scope"),
         ("p", "PO DLP/PO/2024/0588 covers 2 show samples of the themed coral arch CA-2. The remaining 22 pieces (batch per "
               "site: 11 sites x 2) are not released. They are released only by a written release from Rashid Al "
               "Mansoori, Procurement Manager, after the EN 1176 inspection of the show samples."),
         ("h", "2. Approval route"),
         ("num", "Colour chip approval - Design & Theming (Layla Haddad)."),
         ("num", "PO approval - Finance (budget line LS-24-07), already given on 3 June."),
         ("num", "Show sample approval - Design & Theming and the operator's safety officer."),
         ("p", "Approval of the show sample releases the batch per site; Jiale can then start the 22 pieces without "
               "waiting for a further document."),
         ("h", "3. Technical"),
         ("table", [
             ["Element", "Size", "Colours", "Laminate"],
             ["Coral arch CA-2", "3.4 x 2.1 m", "RAL 3014 / RAL 5021 / RAL 1016", "min. 6 mm, anti-slip top"],
         ]),
     ], author="Layla Haddad")])


# p35 -- call-off with a forecast that the buyer calls a firm commitment
_p35_text = f"""Dear Sneha,

Please find below call-off 2 against our framework order ANL-FW-24-011 (themed fibreglass
boulders FB-1).

Call-off 2: 6 (six) boulders released for production, for the Reem Central Park site.
Delivery CIF Khalifa Port by 30 August 2024.

Anything beyond call-off 2 is not released. The next call-off follows the site acceptance
of the call-off 1 boulders at Reem and will be issued by me.

Forecast for Q3-Q4 2024: 12 more boulders. Please take this as our firm commitment for your
capacity planning.

Regards,
Faisal Qureshi
Procurement Manager | Al Noor Leisure Projects LLC | Abu Dhabi
"""
case("p35_ae_forecast_firm_commitment", ["RG008"],
     "call-off complete for 6 boulders, but the Q3-Q4 forecast of 12 is written as 'our firm commitment'",
     [E("Call-off_2_ANL-FW-24-011.eml", mail(
         "Faisal Qureshi <faisal.q@alnoorleisure.ae>",
         "Sneha Kulkarni <sneha.k@punefibrearts.in>",
         "Call-off 2 - ANL-FW-24-011 - fibreglass boulders", "Tue, 18 Jun 2024 10:00:00 +0400",
         _p35_text, html=txt2html(_p35_text)))])


# =================================================================== RISKY (batch 5)

# p36 -- supplier acknowledges "your order for 1,200 pcs (annual forecast)"
_p36_quoted = """Hi Lily,

Two attachments:
1. Our annual forecast 2024/25 for the spring riders: 1,200 pcs. This is NOT an order.
2. PO SCSP-4432 for 4 sample spring riders (SR-WOMBAT). Only these 4 are released.
   Nothing from the forecast is released. Quantities will be released by numbered call-offs
   signed by me, after our certifier signs off the samples.

Mick Darcy
Procurement Manager, Southern Cross Shade & Play"""
_p36_text = f"""Dear Mick,

Thank you for your mail and the PO.

We confirm receipt of your order for 1,200 pcs spring riders (annual forecast 2024/25) and
we have reserved production capacity of 100 pcs per month for you from September.

The 4 samples SR-WOMBAT will be ready on 28 June, we send by DHL express.

Best regards
Lily Zhang
Sales Dept. | Ningbo Bright Fun Amusement Co., Ltd.

------------------ Original ------------------
From: "Mick Darcy" <mick.darcy@scsp.com.au>
Date: Wed, Jun 12, 2024 02:15 PM
{quote(_p36_quoted)}
"""
case("p36_cn_order_for_forecast", ["RG008"],
     "supplier confirms 'your order for 1,200 pcs (annual forecast)'; buyer's quoted scope says forecast is not an order",
     [E("Re_forecast_and_PO_SCSP-4432.eml", mail(
         "Lily Zhang <lily@brightfun-amusement.cn>",
         "Mick Darcy <mick.darcy@scsp.com.au>",
         "Re: Forecast 2024/25 + PO SCSP-4432 samples", "Thu, 13 Jun 2024 09:30:00 +0800",
         _p36_text))])


# p37 -- delivery schedule: forecast weeks, but footer makes all quantities firm commitments
case("p37_uk_schedule_all_firm", ["RG008"],
     "delivery schedule labels weeks 31-52 as forecast, then declares all quantities on the schedule firm commitments",
     [T("PPW_DS_40112_wk27.txt", """
PENNINE PLAYWORKS LTD                                   DELIVERY SCHEDULE (SCHEDULING AGREEMENT)
Leeds Road Ind. Est., Huddersfield HD1 6NA            Agreement: SA-2024-014   Schedule no: 27
Supplier: 40112 ANADOLU OYUN GRUBU A.S., IZMIR          Issued: 01/07/2024     Buyer: O PRITCHARD
Item: SF-1500-YL  WAVE SLIDE 1.5M YELLOW HDPE  (EN 1176-3)

WEEK      TYPE         QTY   CUM QTY   REFERENCE
-------   ---------   ----   -------   ---------------------------------------
WK 27     CALL-OFF       6         6   CALL-OFF 5
WK 28     CALL-OFF       6        12   CALL-OFF 5
WK 29     CALL-OFF       6        18   CALL-OFF 5
WK 30     CALL-OFF       6        24   CALL-OFF 5
WK 31-39  FORECAST      36        60   PHASE 2 SITES (KIRKLEES) - PLANNING
WK 40-52  FORECAST      48       108   PHASE 3 SITES (CALDERDALE) - PLANNING
-------   ---------   ----   -------   ---------------------------------------

RELEASE: ONLY CALL-OFF 5 (24 PCS, WK 27-30) IS RELEASED FOR PRODUCTION. THE NEXT CALL-OFF
FOLLOWS SITE ACCEPTANCE OF THE CALL-OFF 4 SLIDES AND IS SIGNED BY O PRITCHARD.

ALL QUANTITIES ON THIS SCHEDULE ARE FIRM COMMITMENTS OF PENNINE PLAYWORKS LTD.

TRANSPORT: FCA IZMIR, FORWARDER ARKAS LOGISTICS. PALLET LABEL WITH SA NO + SCHEDULE NO.
""")])


# p38 -- supplier restates a different release quantity and calls the forecast a commitment
_p38_quoted = """Soren,

Release R-03 on PO CPC-7744 (NL-TWR-08 climbing towers):
4 towers released for the phase 1 sites (Fleetwood, Bear Creek).
The remaining 8 towers on the PO are not released. They stay on hold until the
phase 1 site acceptance; the next release will come from me in writing.

For your planning only: our 2025 forecast is 40 towers. Non-binding.

Ryan McAllister
Project Manager, Cascade Parks Contracting"""
_p38_text = f"""Hi Ryan,

Thank you for your release of 6 towers for phase 1. We have put them in our production plan for
weeks 30-32 and will ship in one 40' container from Aarhus.

And thank you also for your commitment to 40 towers in 2025 per your forecast of 12 March. We
have blocked the capacity for you.

The installation manuals in English and French will be in the container.

Best regards
Soren Madsen
Key Account Manager | Nordisk Legeplads A/S | Industrivej 18, 8260 Viby J | +45 86 55 40 12

On 2024-06-19 16:02, Ryan McAllister wrote:
{quote(_p38_quoted)}
"""
case("p38_dk_six_towers_commitment", ["RG008", "RG011"],
     "supplier restates 'release of 6 towers' against buyer's R-03 for 4, and calls the non-binding 2025 forecast a commitment",
     [E("RE_Release_R-03_CPC-7744.eml", mail(
         "Soren Madsen <sm@nordisk-legeplads.dk>",
         "Ryan McAllister <rmcallister@cascadeparks.ca>",
         "RE: Release R-03 - CPC-7744 towers", "Thu, 20 Jun 2024 09:10:00 +0200",
         _p38_text))])


# p39 -- "released" for the drawing and for the sample quantity in one PO
case("p39_uk_drawing_released_release", ["RG009"],
     "PO uses 'released' for the drawing (technical) and 'Release' for the production quantity; scope otherwise complete",
     [P("BLB-PO-11310.pdf", [
         ("h1", "Purchase Order BLB-PO-11310"),
         ("p", "Brackenridge Leisure Build Ltd, Glasgow. Supplier: Kocaeli Kaydirak ve Oyun Grubu, Gebze. "
               "Date: 11 June 2024. Project: Rouken Glen destination play - tube slide tower."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit EUR"],
             ["10", "TS-900-T6", "Tube slide 900 mm, 6 m tower run, sample set", "2", "3,940.00"],
         ]),
         ("sp",),
         ("p", "Drawing DWG-3120 Rev D released for manufacture (supersedes Rev C; flange detail changed)."),
         ("p", "Release: 2 sample sets only. The remaining 10 sets are not released. They stay on hold until the samples "
               "pass EN 1176-3 inspection at our Hillington yard and Fiona Grant, Project Manager, issues a written "
               "release."),
         ("p", "Material authority: sample-only. Delivery: FOB Izmir, week 30."),
     ], title="BLB-PO-11310", author="Fiona Grant")])


# p40 -- "approval" for colour, for the council's money and for production
_p40_text = f"""Hi Selin,

Update on the Parc des Prairies slides:

Approval status
- Colour: approved by our landscape architect (RAL 5018 turquoise, RAL 1018 yellow).
- Commercial approval from the Ville de Laval is in; the funding resolution passed on June 10.
- Approval for production will be given by me after the impact test of the samples.

What is authorised now: the 2 sample slides on PO 4500-2290, nothing else. The other 18
slides are not released.

The impact test is booked with Bureau Veritas in Montreal for July 16.

Merci,
Marie-Claude Tremblay
Procurement Lead | Aires de jeux Laurentides inc. | 450-555-0188
"""
case("p40_ca_approval_three_meanings", ["RG009"],
     "'approval' used for colour (technical), the Ville's funding (commercial) and production; scope otherwise complete",
     [E("Parc_des_Prairies_slides_update.eml", mail(
         "Marie-Claude Tremblay <mc.tremblay@airesdejeuxlaurentides.ca>",
         "Selin Kaya <selin.kaya@kocaelikaydirak.com.tr>",
         "Parc des Prairies slides - status", "Wed, 12 Jun 2024 14:30:00 -0400",
         _p40_text, html=txt2html(_p40_text)))])


# p41 -- portal: "freigegeben" for drawing, budget and production; 12 in the table vs 10 in the summary
_p41_rows = [
    ["Pos.", "Artikel", "Zeichnung", "Bestellung", "Produktion", "Menge gesamt"],
    ["10", "SP-ZIP-30 Seilbahn-Stuetze / zip-line mast", "freigegeben (Rev F)", "freigegeben (Budget 2024)",
     "freigegeben: 12 Stk", "36 Stk"],
]
case("p41_de_portal_freigegeben", ["RG009", "RG011"],
     "portal uses 'freigegeben/released' for drawing, budget and production; table releases 12, summary says 10",
     [H("FPA-24-0233_Portal.html", "Lieferantenportal - Bestellung FPA-24-0233", f"""
<h2>Freizeitpark Ahrtal &mdash; Lieferantenportal</h2>
<p>Bestellung <b>FPA-24-0233</b> &middot; Lieferant: StalPlay Sp. z o.o., Poznan &middot; Datum 05.06.2024
&middot; Ansprechpartner: Katrin Vogel</p>
{html_table(_p41_rows)}
<div class="note">
<p><b>Released quantity / freigegebene Menge: 10 Stk.</b></p>
<p>Die restlichen 26 Stk sind nicht freigegeben. The remaining 26 masts are not released; they stay on hold until the
site acceptance of the first masts (TUV, EN 1176-4) and a written release by Katrin Vogel, Projekteinkauf.</p>
</div>
<p>Lieferadresse: Freizeitpark Ahrtal, Zum Wasserspielplatz 3, 53474 Bad Neuenahr-Ahrweiler. Anlieferung Mo-Do 7-14 Uhr.</p>
""", lang="de")])


# p42 -- cover mail says 3 show samples, attached PO page says 4 (HTML attachment)
_p42_text = """Dear Sneha,

Please find attached our PO for the three (3) show samples of the falcon head FH-1 for
Lagoon Splash. Kindly acknowledge in the portal.

Balance quantity stays on hold as written in the PO.

Best Regards,
Rashid Al Mansoori
Procurement Manager | Desert Lagoon Parks LLC | Dubai
"""
_p42_rows = [["Line", "Item", "Description", "Qty", "Unit USD"],
             ["1", "FH-1", "Falcon head, themed fibreglass, show sample", "4", "3,100.00"]]
case("p42_ae_cover_three_po_four", ["RG011"],
     "cover mail says three (3) show samples, attached PO page says 4; hold, event and releaser otherwise present",
     [E("PO_DLP-PO-2024-0611_falcon_head.eml", mail(
         "Rashid Al Mansoori <rashid.m@desertlagoonparks.ae>",
         "Sneha Kulkarni <sneha.k@punefibrearts.in>",
         "PO DLP/PO/2024/0611 - falcon head show samples", "Sun, 16 Jun 2024 09:45:00 +0400",
         _p42_text,
         attachments=[("DLP-PO-2024-0611.html", html_page("PO DLP/PO/2024/0611", f"""
<h2>PURCHASE ORDER DLP/PO/2024/0611</h2>
<p>Desert Lagoon Parks LLC, Al Quoz Industrial 3, Dubai. Supplier: Pune Fibre Arts Pvt. Ltd. Date: 16 June 2024.</p>
{html_table(_p42_rows)}
<p class="note">Scope: show samples only. The balance of 20 falcon heads is not released and stays on hold until the
show samples pass our EN 1176 inspection in Dubai and Rashid Al Mansoori, Procurement Manager, issues a written release.</p>
"""), "text/html")]))])


# p43 -- two files: ERP call-off says 40, release letter says 48
case("p43_au_calloff_vs_letter", ["RG011"],
     "call-off printout releases 40 shade frames, the release letter for the same call-off says 48",
     [T("SCSP_CALLOFF_04.txt", """
SOUTHERN CROSS SHADE & PLAY PTY LTD                        CALL-OFF / RELEASE
9 Fitzgerald Rd, Laverton North VIC 3026                   PRINTED 24/06/2024 08:12
-----------------------------------------------------------------------------------
AGREEMENT : SCSP-FA-2024-03            CALL-OFF NO : 04
SUPPLIER  : 50881 WENZHOU HAPPY ISLAND PLAY EQUIPMENT CO LTD
ITEM      : SF-HEX-6  HEXAGONAL SHADE FRAME 6M, POWDER RAL 7016
-----------------------------------------------------------------------------------
CALL-OFF 04 QTY ........ 40 EA      DELIVERY: FOB NINGBO WK 34
CUM RELEASED ........... 52 EA      (CALL-OFF 01-03: 12 EA)
AGREEMENT QTY .......... 120 EA
BALANCE NOT RELEASED ... 68 EA  - ON HOLD UNTIL SITE ACCEPTANCE OF CALL-OFF 04 FRAMES
                                  NEXT CALL-OFF SIGNED BY M DARCY
-----------------------------------------------------------------------------------
"""),
      P("Release_letter_CO04.pdf", [
          ("h1", "Release letter - call-off 04"),
          ("p", "Southern Cross Shade & Play Pty Ltd to Wenzhou Happy Island Play Equipment Co., Ltd. (Amy Lin). "
                "Framework agreement SCSP-FA-2024-03, item SF-HEX-6. Date: 24 June 2024."),
          ("p", "Following the site acceptance of the call-off 03 frames at Altona Beach, 48 shade frames are released "
                "with call-off 04, for delivery FOB Ningbo in week 34 (Hobsons Bay and Wyndham sites)."),
          ("p", "Everything beyond call-off 04 stays on hold until the site acceptance of the call-off 04 frames. The "
                "next call-off will be signed by me."),
          ("p", "Mick Darcy, Procurement Manager"),
      ], title="Release letter CO04", author="Mick Darcy")])


# p44 -- DOCX release: text says ten (10), site table sums to 12
case("p44_ca_docx_ten_vs_table", ["RG011"],
     "release note says 'ten (10) see-saw sets are released' while its own site table lists 12",
     [D("MRP-REL-2024-09_see-saws.docx", [
         ("h1", "Production Release MRP-REL-2024-09"),
         ("p", "Maple Ridge Play Structures Inc., Guelph ON. To: Shreeji Playtech Pvt. Ltd., Ahmedabad (Rajesh Patel). "
               "PO MRP-33990, spring see-saw SSW-4 (4-seat). Date: 2024-06-26."),
         ("p", "Evidence: sample sign-off SO-MRP-118 (EN 1176-6 test on 2 samples, passed 2024-06-21)."),
         ("p", "Ten (10) see-saw sets are released for production, for the sites below."),
         ("table", [
             ["Site", "Sets", "Ship by"],
             ["Riverside Park, Guelph", "3", "2024-08-09"],
             ["Exhibition Park, Guelph", "3", "2024-08-09"],
             ["Victoria Park, Kitchener", "2", "2024-08-23"],
             ["Waterloo Park, Waterloo", "4", "2024-08-23"],
         ]),
         ("sp",),
         ("p", "The remaining 28 sets on the PO are not released. The next release follows the installation inspection "
               "of these sites and will be issued by Priya Raman in writing."),
         ("p", "Priya Raman, Procurement & Release Authority"),
     ], author="Priya Raman")])


# p45 -- e-mail: "twelve (12)" in the opening, "10 nets released" in the summary
_p45_text = f"""Hi Burak,

Good news: the impact test on the two sample pyramid nets passed on Friday (Kiwa report
KW-24-0711, no findings). So I'm releasing twelve (12) pyramid nets for the phase 1 sites,
Greenhead Park and Beaumont Park.

Please pack them per site and mark the crates with the site name.

To summarise:
- 10 nets released (phase 1).
- The remaining 26 nets stay on hold until the phase 1 site acceptance.
- The next release will come from me, in writing.

Thanks,
Owen
{sig("Owen Pritchard", "Project Buyer", "Pennine Playworks Ltd", "+44 1484 555 210")}"""
case("p45_uk_twelve_vs_ten", ["RG011"],
     "release mail says 'twelve (12) pyramid nets' then summarises '10 nets released'",
     [E("Release_pyramid_nets_phase1.eml", mail(
         "Owen Pritchard <o.pritchard@pennineplayworks.co.uk>",
         "Burak Aydin <burak@egehalat.com.tr>",
         "Release - pyramid nets phase 1", "Mon, 15 Jul 2024 08:55:00 +0100",
         _p45_text))])


# p46 -- forwarded release (30) under a PM note saying 36
_p46_inner = mail("Sharon Petrovic <s.petrovic@coastlineplayscapes.com.au>",
                  "Amy Lin <amy.lin@happyisland-play.cn>",
                  "Release R-05 - CP-PO-018915 spring riders", "Mon, 24 Jun 2024 09:00:00 +1000",
                  """Hi Amy,

Release R-05 on CP-PO-018915: 30 spring riders (SR-KOALA) released for production,
after our certifier's sign-off of the 3 samples (report PSI-24-0618).

The remaining 267 riders are not released. They stay on hold until the site acceptance
of the first 30 at Nerang and Coombabah; the next release will come from me in writing.

Sharon Petrovic
Procurement Manager, Coastline Playscapes
""")
_p46_text = """Amy,

See below from Sharon - 36 spring riders released, pls schedule the container for week 33
and send me the packing list when you have it. Nerang crew wants them on site by 26 Aug.

Dave Kowalski
Project Manager, Coastline Playscapes
"""
case("p46_au_forward_36_vs_30", ["RG011"],
     "PM forwards Sharon's release of 30 (rfc822) and writes '36 spring riders released'",
     [E("FW_Release_R-05.eml", mail(
         "Dave Kowalski <d.kowalski@coastlineplayscapes.com.au>",
         "Amy Lin <amy.lin@happyisland-play.cn>",
         "FW: Release R-05 - CP-PO-018915 spring riders", "Tue, 25 Jun 2024 07:40:00 +1000",
         _p46_text, attachments=[("rfc822", _p46_inner)]))])


# p48 -- chat: supplier starts mass production on receipt of the deposit
case("p48_cn_whatsapp_deposit_mass_production", ["RG012"],
     "chat: supplier 'deposit received, we start mass production now'; buyer scope earlier in chat releases 1 show sample",
     [T("WhatsApp Chat - Kelvingrove themed rocks.txt", """
[10/06/2024, 08:15:30] Fiona Grant: Morning Kevin. PO BLB-PO-11355 is in your inbox. It's for 1 show sample of the log climber LC-4 only. The other 9 are not released - they stay on hold until the show sample passes our EN 1176 inspection at Hillington and I send you the written release.
[10/06/2024, 08:40:02] Kevin Chen: Good morning Fiona, received 👍
[10/06/2024, 08:41:15] Kevin Chen: Please arrange deposit 30% as PI
[12/06/2024, 16:20:44] Fiona Grant: Deposit paid today, remittance in your email
[13/06/2024, 09:05:10] Kevin Chen: Deposit received, thank you! We start mass production now 😊
[13/06/2024, 09:05:55] Kevin Chen: Mould for bark texture ready, first piece on Monday
[13/06/2024, 10:30:12] Fiona Grant: Great. Can you send a photo of the bark texture close up? Our designer wants to check the depth
[13/06/2024, 10:52:40] Kevin Chen: <attached: IMG_20240613_105233.jpg>
[13/06/2024, 10:53:02] Kevin Chen: depth 8-10 mm
""")])


# p49 -- supplier: PO accepted in our system, so the whole project quantity is scheduled
_p49_quoted = """Dear Sneha,

Attached is our PO 4500-2301 for 4 sample play panels (themed fibreglass, maple leaf and
beaver motifs). The remaining 60 panels are not released. They stay on hold until the
samples pass our finish and impact inspection in Laval, and I release them in writing.

Marie-Claude Tremblay
Procurement Lead, Aires de jeux Laurentides inc."""
_p49_text = f"""Dear Ms. Tremblay,

Greetings from Pune Fibre Arts!

We are pleased to inform you that your PO 4500-2301 has been accepted in our system (sales order
SO/24/0877). Accordingly, the complete project quantity of 64 play panels has been scheduled for
production in our plant, starting with the 4 samples in week 27.

Moulds for the maple leaf and beaver panels are ready. We will share photos of the first pieces.

Thanks and regards,
Sneha Kulkarni
Manager - International Business | Pune Fibre Arts Pvt. Ltd. | MIDC Bhosari, Pune 411026

On Thu, 20 Jun 2024 at 10:05, Marie-Claude Tremblay wrote:
{quote(_p49_quoted)}
"""
case("p49_in_po_accepted_scheduled_64", ["RG012"],
     "supplier: PO accepted in our system, 'accordingly' all 64 panels scheduled for production; PO releases 4 samples",
     [E("RE_PO_4500-2301_accepted.eml", mail(
         "Sneha Kulkarni <sneha.k@punefibrearts.in>",
         "Marie-Claude Tremblay <mc.tremblay@airesdejeuxlaurentides.ca>",
         "RE: PO 4500-2301 - sample play panels - order accepted", "Fri, 21 Jun 2024 16:35:00 +0530",
         _p49_text, html=txt2html(_p49_text)))])


# ==== CASES END


# ==================================================================== MAIN
RULES = {f"RG{i:03d}" for i in range(1, 13)}


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    for c in CASES:
        assert set(c["expect"]) <= RULES, c["name"]
        assert c["files"], c["name"]
        fns = [f[0] for f in c["files"]]
        assert len(fns) == len(set(fns)), c["name"]
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    order = list(range(len(CASES)))
    random.Random(116116).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h116_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                (d / fn).write_text(data, encoding="utf-8", newline="\n")
            else:
                (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    counts = {r: sum(1 for c in CASES if r in c["expect"]) for r in sorted(RULES)}
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean}")
    print(" ".join(f"{r}={n}" for r, n in counts.items()))


if __name__ == "__main__":
    main()
