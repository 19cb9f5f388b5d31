#!/usr/bin/env python3
"""Generator for the releasegate check_holdout43 corpus (automotive tier-1 / tier-2 supply).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout43/build.py

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; every case below was written independently for this corpus.

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
    m["Message-ID"] = msgid or f"<h43-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h43")
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



import textwrap  # noqa: E402


def T(s):
    """dedent + strip leading newline, keep a trailing newline"""
    return textwrap.dedent(s).lstrip("\n")


def quote(s, depth=1):
    pre = ">" * depth
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in s.rstrip("\n").split("\n")) + "\n"


def eml(m):
    return eml_bytes(m)


def simple_html(text):
    """plain text -> minimal HTML body for multipart/alternative parts"""
    paras = [p for p in text.split("\n\n") if p.strip()]
    return "<html><body style=\"font-family:Calibri,Arial\">" + "".join(
        "<p>" + escape(p).replace("\n", "<br>") + "</p>" for p in paras) + "</body></html>"


import unicodedata  # noqa: E402

_pdf_raw = pdf


def _pdf_safe(s):
    """reportlab's standard Helvetica only covers cp1252; fold other letters (Czech/Romanian diacritics) to ASCII
    so the PDF text layer stays readable instead of showing missing-glyph boxes."""
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or "?")
    return "".join(out)


def pdf(blocks, **kw):  # noqa: F811
    safe = []
    for b in blocks:
        if b[0] == "table":
            safe.append(("table", [[_pdf_safe(str(c)) for c in r] for r in b[1]]))
        elif len(b) > 1:
            safe.append((b[0], _pdf_safe(b[1])))
        else:
            safe.append(b)
    return _pdf_raw(safe, **kw)


# =================================================================== CLEAN CASES
# c01: a supplier quote on its own, with sample and production tiers; nothing is authorized.
case("c01_quote_tiers", [], "supplier quote alone with sample and production tiers; no authorized quantity, not an authorization",
     [("QT-HL-2024-0877.pdf", pdf([
         ("h1", "QUOTATION  QT-HL-2024-0877"),
         ("p", "Ningbo Hengli Die Casting Co., Ltd. | No. 88 Binhai 2nd Road, Hangzhou Bay New Zone, Ningbo, Zhejiang 315336, China | IATF 16949:2016 certified (cert. no. 0385214)"),
         ("p", "To: Autopartes del Bajío S.A. de C.V., Parque Industrial Bernardo Quintana, Querétaro, México. Attn: Ing. Verónica Lozano, Compras."),
         ("p", "Date: 2024-04-18. Validity: 90 days. Currency: USD. Incoterms 2020: FOB Ningbo."),
         ("p", "Part: Transmission control unit housing, PN AB-2231-07 rev. B, material ADC12 (JIS H 5302), "
               "weight approx. 0.62 kg, machining of 3 faces + 2 bores, impregnation per customer spec QS-114."),
         ("table", [
             ["Item", "Description", "Quantity / tier", "Unit price", "Lead time"],
             ["1", "Die casting die, 2-cavity, H13, incl. trim die", "1 set", "48,500.00", "9 weeks after tooling PO"],
             ["2", "Off-tool samples (T1), full CMM, PPAP level 3 documents", "30 pcs", "22.00", "2 weeks after die trial"],
             ["3", "Production parts, machined + impregnated", "5,000 - 19,999 pcs / year", "7.85", "per schedule"],
             ["4", "Production parts, machined + impregnated", "20,000 pcs / year and above", "7.40", "per schedule"],
             ["5", "Packaging: returnable KLT 4314 with dunnage", "per part", "0.18", "-"],
         ]),
         ("sp",),
         ("p", "Notes: Aluminium surcharge based on SMM A00 average of previous month; adjustment above +/- 5 %. "
               "Estimated annual volume used for tier 4 is 60,000 pcs per your RFQ. Prices exclude VAT and freight."),
         ("p", "Sample parts are shipped by air, production parts by sea in 40' containers, 2 per month."),
         ("p", "Thank you for the opportunity. Contact: Amy Xu, Sales Manager, +86 574 6321 8870, amy.xu@hengli-dc.cn"),
     ], title="Quotation QT-HL-2024-0877", author="Amy Xu"))])

# c02: WeChat export with a supplier question about the balance; buyer answers with full scope.
case("c02_wechat_go_ahead_question", [], "supplier asks 'do we have the go-ahead for the remaining 4,800?'; buyer says only 200 ISIR released, balance not released, written release from Tanaka after ISIR sign-off",
     [("wechat_export_huamei_aisei.txt", T("""
        WeChat chat export
        Group: Aisei x Huamei / PN 71340-KX2-A000 grille bracket
        Members: Lily Chen (Huamei Sales), 田中 Hiroshi Tanaka (Aisei Purchasing), Zhou Wei (Huamei QA)
        Exported: 2024-06-14 10:22 (UTC+8)
        ------------------------------------------------------------
        2024-06-11 09:14  Lily Chen (Huamei Sales): Tanaka-san good morning 早上好. T1 parts finish CMM, report send by email this afternoon
        2024-06-11 09:15  Lily Chen (Huamei Sales): [Photo]
        2024-06-11 09:15  Lily Chen (Huamei Sales): [Photo]
        2024-06-11 09:40  田中 Hiroshi Tanaka (Aisei Purchasing): Thank you Lily-san. Please send 200 pcs ISIR samples by DHL to Hamamatsu plant, as PO 4710-0093.
        2024-06-11 09:41  田中 Hiroshi Tanaka (Aisei Purchasing): Invoice with HS code 8708.29 please, last time customs asked.
        2024-06-11 11:02  Zhou Wei (Huamei QA): Noted. Gate vestige 0.3mm max ok? Drawing note 7 say 0.5
        2024-06-11 11:30  田中 Hiroshi Tanaka (Aisei Purchasing): Drawing note 7 is valid, 0.5 max.
        2024-06-12 16:02  Lily Chen (Huamei Sales): ok. one question: do we have the go-ahead for the remaining 4,800? our production manager ask if he can plan the press next week
        2024-06-12 16:30  田中 Hiroshi Tanaka (Aisei Purchasing): No, not yet. Only the 200 ISIR samples are released now. The remaining 4,800 pcs are not released - please do not plan the press for them.
        2024-06-12 16:31  田中 Hiroshi Tanaka (Aisei Purchasing): After our ISIR sign-off I will send the written release (mail + revised PO). Only I can release it, not our engineering team.
        2024-06-12 16:33  Lily Chen (Huamei Sales): understood 👍 so resin we buy only for 200 pcs
        2024-06-12 16:35  田中 Hiroshi Tanaka (Aisei Purchasing): Yes, material for the 200 only. Thank you for checking with me.
        2024-06-12 16:35  Lily Chen (Huamei Sales): [Sticker]
        2024-06-13 08:55  Zhou Wei (Huamei QA): ISIR samples packed, 4 cartons, DHL AWB 7718 2290 41
        """))])

# c03: EDI 830 printout, clearly a forecast with zero fab/raw authorizations.
case("c03_edi830_forecast", [], "EDI 830 planning schedule labelled forecast, no FAB/RAW authorization; shipments only by 862",
     [("EDI830_NVS_0624.txt", T("""
        ==========================================================================================
         NORTHFIELD VEHICLE SYSTEMS LLC                       EDI 830  PLANNING SCHEDULE
         Plant 14 - Spartanburg SC                            Printed 2024-06-17 06:05 EST
        ==========================================================================================
         Supplier  : 00471233  RAYONG WIRING SYSTEMS CO LTD, RAYONG TH
         Ship-to   : SPB1 Dock 7
         Schedule  : 830-2024-25     Type: FORECAST ONLY (BFR01=05 REPLACE, BFR04=DL)
         Horizon   : 2024-06-24 .. 2024-12-23
         Part      : 6620-118-44 rev D   HARNESS, SEAT MEMORY, LH
         UoM       : EA
        ------------------------------------------------------------------------------------------
          WEEK START     QTY      FST   NOTE
          2024-06-24     1,200     D    PLANNING
          2024-07-01     1,200     D    PLANNING
          2024-07-08       960     D    PLANNING  (plant shutdown wk 28 partial)
          2024-07-15     1,440     D    PLANNING
          2024-07-22     1,440     D    PLANNING
          2024-07-29     1,440     D    PLANNING
          2024-08        6,000     D    PLANNING  (monthly bucket)
          2024-09        6,000     D    PLANNING  (monthly bucket)
          2024-Q4       18,000     D    PLANNING  (quarterly bucket)
        ------------------------------------------------------------------------------------------
          CUM RECEIVED TO DATE      :  14,880   (as of ASN 88410233)
          FAB AUTHORIZATION (ATH FI):       0
          RAW AUTHORIZATION (ATH MT):       0
        ------------------------------------------------------------------------------------------
         NOTE: THIS 830 IS A FORECAST FOR CAPACITY AND MATERIAL PLANNING ONLY. IT IS NOT AN ORDER
         AND DOES NOT AUTHORIZE PRODUCTION, FABRICATION OR RAW MATERIAL PURCHASE. BUYER LIABILITY
         IS LIMITED TO THE FAB/RAW AUTHORIZATION SHOWN ABOVE (ZERO). SHIPMENTS ARE AUTHORIZED ONLY
         BY EDI 862 SHIPPING SCHEDULES.
         Scheduler: T. Whitfield  tel +1 864 555 0187
        ==========================================================================================
        """))])

# c04: PPAP interim disposition with quantity and expiry limits, balance held, named release authority.
case("c04_ppap_interim", [], "PPAP interim disposition limited to 1,500 pcs / 31 Aug, release of those 1,500 by named buyer, 10,500 held until full sign-off + written release",
     [("PPAP_Interim_Disposition_LL-5530.docx", docx_bytes([
         ("h1", "PPAP Level 3 - Interim Disposition (Status B)"),
         ("p", "Lichtwerk Lippstadt GmbH - Supplier Quality, Rixbecker Str. 75, 59552 Lippstadt"),
         ("p", "Supplier: Plastika Zlín s.r.o., Třída Tomáše Bati 1970, 760 01 Zlín, CZ. Supplier code 203377."),
         ("table", [
             ["Field", "Entry"],
             ["Part", "LL-5530-441-00 lens carrier, PC-GF10, drawing index C"],
             ["Submission", "PSW dated 2024-06-03, PPAP level 3, 5 cavities"],
             ["Disposition", "INTERIM (Status B) - not a full PPAP sign-off"],
             ["Quantity limit", "1,500 pcs (one thousand five hundred)"],
             ["Expiry", "2024-08-31 or earlier when the limit is reached"],
             ["Open points", "Sink marks at rib R4 (cavity 3); capability Cpk 1.21 on dim. 14 (target 1.67)"],
             ["Conditions", "100 % visual check on R4, parts from cavity 3 identified with green dot; containment label CS1"],
         ]),
         ("sp",),
         ("p", "Production authority under this interim status: the 1,500 pcs above are released for production "
               "with call-off no. 0042 dated 2024-06-05, signed by Markus Brandt, Lead Buyer (copy attached to the portal)."),
         ("p", "The remaining 10,500 pcs of the 2024 schedule are NOT released. They stay on hold until (1) full PPAP "
               "sign-off (Status A) after corrective action on R4 and a new capability study, and (2) a written "
               "production release signed by Markus Brandt. Material authority: staged up to 1,500 pcs only."),
         ("p", "Signed: Dr. Katrin Osterholt, Supplier Quality Engineer, 2024-06-05"),
     ], author="Katrin Osterholt"))])

# c05: full-quantity piece-price PO, "proceed with the 3,600 pcs"; identifiers that look like quantities.
case("c05_full_qty_po", [], "full-quantity production PO 3,600 pcs, no balance, 'proceed with the 3,600 pcs' is scoped",
     [("PO_7700-41882.pdf", pdf([
         ("h1", "PURCHASE ORDER 7700-41882"),
         ("p", "Great Lakes Seating Systems Inc. - 4100 Commerce Dr., Auburn Hills, MI 48326, USA"),
         ("p", "Supplier: Troqueles y Estampados del Norte S.A. de C.V., Blvd. Isidro López Zertuche 4850, Saltillo, Coah., México (vendor 300118)"),
         ("p", "Order date: 2024-05-20   Buyer: Nathan Brooks   Terms: Net 60   Incoterms 2020: DAP Auburn Hills   Currency: USD"),
         ("table", [
             ["Line", "Part / rev", "Description", "Qty", "Unit", "Unit price", "Ext."],
             ["1", "3600-118-B / C", "Recliner mounting bracket, SAE 1008 CR 1.2 mm, e-coat black", "3,600", "EA", "1.94", "6,984.00"],
         ]),
         ("sp",),
         ("p", "Delivery: 1,200 EA per month, June / July / August 2024, to Dock 12. PPAP on file (PSW 2023-11-08, level 3)."),
         ("p", "Scope: this PO is for the full quantity of 3,600 EA. No further quantity is quoted or planned under this PO. "
               "Please proceed with the 3,600 pcs per drawing 3600-118 rev C; material for the 3,600 pcs may be purchased now."),
         ("p", "Specifications: GMW 3059 substance restrictions; salt spray 240 h per ASTM B117; e-coat thickness 18-25 um."),
         ("p", "Packaging: 200 pcs per returnable tote GL-48, 6 totes per pallet. ASN (EDI 856) required at ship."),
         ("p", "This PO is governed by Great Lakes Seating Systems General Terms and Conditions rev. 2022-03."),
     ], pagesize=LETTER, title="PO 7700-41882", author="Nathan Brooks"))])

# c06: explicit recorded auto-conversion agreement (quantity, signer, conditions).
case("c06_auto_conversion_recorded", [], "explicit recorded auto-conversion: PSW full sign-off by named SQE releases 4,000 pcs; 16,000 held for written release by named director",
     [("Dohoda_auto-conversion_4100078812.pdf", pdf([
         ("h1", "Agreement on automatic release (auto-conversion)"),
         ("p", "Bohemia Thermal Systems a.s., Průmyslová 1420, 293 01 Mladá Boleslav, CZ  -  to  -  Turnătoria Arad SRL, Str. Poetului 60, 310345 Arad, RO"),
         ("p", "Reference: PO 4100078812, part BT-6612-03 pump housing, AlSi9Cu3(Fe), drawing BT-6612 index 04."),
         ("p", "Date: 3 June 2024"),
         ("h", "1. Samples"),
         ("p", "PO 4100078812 line 10 authorizes 40 (forty) PPAP samples. Material authority for the samples: sample-only."),
         ("h", "2. Recorded auto-conversion"),
         ("p", "Both parties agree and record the following auto-conversion: when the PSW for the 40 PPAP samples is signed by "
               "Jana Horáková (SQE lead) with full sign-off (not interim, not rejected), that signature releases the first "
               "production lot of 4,000 pcs (line 20) without any further document. Material authority then becomes staged up to 4,000 pcs."),
         ("p", "This auto-conversion was decided by Pavel Dvořák, Purchasing Director (release authority up to CZK 5 million), "
               "and is recorded in our supplier portal as event AC-2024-017."),
         ("h", "3. Balance"),
         ("p", "The remaining 16,000 pcs of the 2024-2025 volume stay on hold. They are released only by a separate written release "
               "signed by Pavel Dvořák after the run-at-rate on casting cell 2 (planned CW 31). The PSW signature does not release them."),
         ("sp",),
         ("p", "For Bohemia Thermal Systems a.s.: Pavel Dvořák, Purchasing Director / Jana Horáková, SQE lead"),
         ("p", "For Turnătoria Arad SRL: Mihai Ardelean, Sales Director"),
     ], title="Auto-conversion agreement", author="Pavel Dvorak"))])

# c07: supplier says the deposit does not release production; quotes buyer scope.
_c07_buyer = T("""
    Dear Mr. Liu,

    Please find PO 2024-5561 in the portal. Scope, so there is no misunderstanding:

    PO 2024-5561 covers 60 (sixty) PPAP samples only, PN MD-40913-A shift fork, drawing rev. E.
    The quoted production quantity of 25,000 pcs (your quote KY-Q-24071) is not released.
    Do not start production and do not buy production material.
    Release of any production quantity only by a written release from me, Dan Kowalski,
    after PPAP sign-off (PSW) and a successful run-at-rate.

    The 30% deposit on the sample and gauge cost will be wired this week.

    Regards,
    Dan Kowalski
    Commodity Buyer - Stampings
    Midwest Drivetrain Components, Toledo OH
    """)
_c07_text = T("""
    Dear Mr. Kowalski,

    We received the 30% deposit (USD 4,350.00) today, thank you very much.

    For clarity from our side: we understand the deposit does not release production. We will make only the
    60 PPAP samples per PO 2024-5561. Material we buy for the 60 pcs (plus 5 pcs setup scrap) only,
    SPHC 4.0 mm from Baosteel stock. The production tool stays in the rack until we receive your written release.

    Sample schedule: die tryout 24 June, CMM 26 June, samples ship by air 1 July, PPAP package same day.

    Best regards,
    Liu Jian
    Sales Engineer
    Kunshan Yuheng Precision Stamping Co., Ltd.
    No. 366 Qianjin East Road, Kunshan, Jiangsu
    Tel +86 512 5782 1193

    ----- Original Message -----
    From: Dan Kowalski <dkowalski@midwestdrivetrain.com>
    Sent: Monday, June 10, 2024 3:12 PM
    Subject: PO 2024-5561 PPAP samples MD-40913-A

    """) + quote(_c07_buyer)
case("c07_deposit_not_release", [], "supplier: 'the deposit does not release production'; quoted buyer PO scope has 60 samples, 25,000 not released, event + named buyer",
     [("RE_PO_2024-5561_deposit.eml", eml(mail(
         "Liu Jian <liujian@yuheng-stamping.cn>", "Dan Kowalski <dkowalski@midwestdrivetrain.com>",
         "RE: PO 2024-5561 PPAP samples MD-40913-A - deposit received", "Wed, 12 Jun 2024 10:41:00 +0800",
         _c07_text, in_reply_to="<po-2024-5561@midwestdrivetrain.com>")))])

# c08: call-off with an explicit staged material authority above the released quantity; supplier stays within it.
_c08_862 = T("""
    RHEINTAL FAHRWERK GMBH   -   LIEFERABRUF / CALL-OFF (VDA 4905 / EDI 862 equivalent)
    Abruf-Nr. / Call-off no. : 17/2024            Datum: 19.06.2024
    Lieferant / Supplier     : 55102  LISOVNA BRNO S.R.O., Hradecká 40, 621 00 Brno
    Sachnummer / Part        : RF-7741-220-03  Querlenkerhalter / control arm bracket, DC04 1,5 mm
    Lieferplan / SA          : 5500004412 (blanket 60.000 Stk./Jahr - NICHT freigegeben / not released)
    -----------------------------------------------------------------------------------------
     KW     LIEFERDATUM     MENGE (Stk.)   STATUS
     27     03.07.2024         2.500        FEST / FIRM
     28     10.07.2024         2.500        FEST / FIRM
    -----------------------------------------------------------------------------------------
     SUMME FEST / FIRM TOTAL : 5.000 Stk.
     MATERIALBERECHTIGUNG / MATERIAL AUTHORITY : staged, Coil DC04 fuer bis zu 15.000 Stk. (Haftung Rheintal)
     Alles ueber 5.000 Stk. hinaus ist nicht zur Produktion freigegeben. Weitere Mengen nur mit dem
     naechsten Abruf, unterschrieben von I. Vogel (Einkauf).
    -----------------------------------------------------------------------------------------
    """)
_c08_buyer = T("""
    Dobrý den Herr Dvořák,

    attached our call-off 17/2024: 5.000 Stk. for delivery CW 27-28.

    Material authority: staged - you may buy coil (DC04, 1,5 mm) for up to 15.000 Stk. at our liability,
    because of the 10-week lead time at the mill. Pressing is limited to the 5.000 Stk. Parts beyond the
    5.000 Stk. are not released; further quantities come only with the next call-off, signed by me.

    Mit freundlichen Grüßen
    Ingrid Vogel
    Einkauf Blechteile
    Rheintal Fahrwerk GmbH, Rastatt
    """)
_c08_text = T("""
    Dear Mrs. Vogel,

    confirmed, thank you. We have ordered coil DC04 1,5 mm from Třinecké železárny for 15.000 Stk.
    (about 19,8 t), which is inside your staged material authority. The press will run only the
    5.000 Stk. of call-off 17/2024; the rest of the coil stays in our warehouse, tagged RF-7741.

    First truck CW 27 Wednesday, 2.500 Stk. in 10 GLT, ASN via VDA 4913.

    S pozdravem / Best regards
    Petr Dvořák
    Obchodní oddělení / Sales
    Lisovna Brno s.r.o.
    +420 545 210 377

    -----Original Message-----
    From: Ingrid Vogel <ingrid.vogel@rheintal-fahrwerk.de>
    Sent: Wednesday, 19 June 2024 08:02
    Subject: Abruf 17/2024 RF-7741-220-03

    """) + quote(_c08_buyer)
case("c08_staged_material", [], "call-off 5.000 Stk with explicit staged material authority to 15.000; supplier bought coil within it; balance held, next call-off by named buyer",
     [("AW_Abruf_17-2024.eml", eml(mail(
         "Petr Dvořák <dvorak@lisovna-brno.cz>", "Ingrid Vogel <ingrid.vogel@rheintal-fahrwerk.de>",
         "AW: Abruf 17/2024 RF-7741-220-03", "Thu, 20 Jun 2024 13:15:00 +0200", _c08_text,
         attachments=[("Abruf_17-2024.txt", _c08_862, "text/plain")])))])

# c09: tooling PO, properly scoped, DOCX with table.
case("c09_tooling_po", [], "tooling PO covers tool + 50 T1 samples only; piece-price PO separate; 180,000/yr informational; release by named manager after PPAP sign-off",
     [("OC_Herramental_TPO-24-0319.docx", docx_bytes([
         ("h1", "Orden de Compra de Herramental / Tooling Purchase Order TPO-24-0319"),
         ("p", "Sistemas Interiores de Puebla S.A. de C.V. - Calle Cuautlancingo 204, Parque Industrial FINSA, Puebla, Pue."),
         ("p", "Proveedor / Supplier: Dongguan Huamei Precision Mould Co., Ltd., Chang'an Town, Dongguan, Guangdong, China"),
         ("p", "Fecha / Date: 2024-05-06   Comprador / Buyer: Lic. Daniela Fuentes   Moneda / Currency: USD"),
         ("table", [
             ["Partida", "Descripción / Description", "Cant.", "Precio", "Importe"],
             ["1", "Molde de inyección 4 cavidades, acero P20 / 4-cavity injection mould, P20, hot runner Yudo, for PN SIP-88120-DP door pocket liner", "1 set", "74,800.00", "74,800.00"],
             ["2", "Muestras T1 fuera de herramienta / T1 off-tool samples with dimensional report", "50 pzas", "0.00", "incl."],
         ]),
         ("sp",),
         ("p", "Alcance / Scope: this tooling PO covers the mould and fifty (50) T1 off-tool samples only. It does not cover "
               "production parts. No production quantity is released by this PO."),
         ("p", "The 180,000 pcs/year in your quotation HM-24-0412 is informational (customer planning volume) and is not released. "
               "The piece-price PO will be issued separately and only after PPAP sign-off; the piece-price PO and any production "
               "release will be signed by Ing. Rodrigo Salinas, Gerente de Compras."),
         ("p", "Material authority: resin for the 50 T1 samples only (PP-T20, customer colour 7Y3)."),
         ("p", "Mould ownership: Sistemas Interiores de Puebla. Asset tag to be fixed on the mould before T1. Tool life 500,000 shots."),
         ("p", "Condiciones de pago / Payment terms: 40 % at tool kick-off, 40 % at T1 samples received, 20 % at PPAP sign-off."),
     ], author="Daniela Fuentes"))])

# c10: folder - PO + supplier acknowledgement restating the hold.
case("c10_po_plus_ack", [], "folder: prototype PO 24 sets with balance held until DV sign-off + written call-off by named buyer; supplier ack restates the hold",
     [("PO_KDC-24-1187.pdf", pdf([
         ("h1", "PURCHASE ORDER  KDC-24-1187"),
         ("p", "Kansai Denso Components Co., Ltd.  4-12 Nishikujo, Konohana-ku, Osaka 554-0012, Japan"),
         ("p", "To: Rayong Wiring Systems Co., Ltd., 7/219 Moo 6, Amata City Rayong, Thailand"),
         ("p", "Date: 2024-05-27   Person in charge: Ms. Yuki Morimoto (Purchasing Section 2)"),
         ("table", [
             ["No.", "Part number", "Description", "Q'ty", "Unit price (JPY)", "Delivery"],
             ["1", "KD-8831-0440 rev.02", "Prototype wire harness, HV interlock, 2.0 sq / 0.5 sq", "24 sets", "18,400", "2024-07-05"],
         ]),
         ("sp",),
         ("p", "This order is for 24 sets of prototype harness for DV test only. The balance of 2,976 sets (program quantity) is "
               "not released by this order. The balance will be released only by written call-off from Ms. Yuki Morimoto "
               "after DV test sign-off. Please buy terminals and wire for the 24 sets only."),
         ("p", "Quality: JIS C 3406, USCAR-21 crimp cross-section for each terminal type, 100% continuity test."),
     ], title="PO KDC-24-1187", author="Yuki Morimoto")),
      ("Order_Acknowledgement_KDC-24-1187.docx", docx_bytes([
          ("h1", "Order Acknowledgement"),
          ("p", "Rayong Wiring Systems Co., Ltd. - Sales Administration"),
          ("p", "Customer: Kansai Denso Components Co., Ltd.   Your PO: KDC-24-1187   Our SO: RWS-SO-24-3310   Date: 2024-05-29"),
          ("table", [
              ["Item", "Part number", "Q'ty acknowledged", "Ship date"],
              ["1", "KD-8831-0440 rev.02", "24 sets", "2024-07-03 (air, Bangkok - Kansai)"],
          ]),
          ("p", "We acknowledge PO KDC-24-1187 as written: 24 sets prototype for DV test only."),
          ("p", "We understand that the remaining 2,976 sets are on hold. We will not start them and will not buy terminals or "
                "wire for them until we receive the written call-off from Ms. Morimoto after your DV sign-off."),
          ("p", "Khun Siriporn Wongsa, Sales Administration Manager"),
      ], author="Siriporn Wongsa"))])

# c11: identifiers that look like quantities (part numbers, drawing rev, norms, dock/building numbers).
case("c11_identifiers_html", [], "12-piece sample PO full of quantity-like identifiers (PN 5000-2500-100, Rev 20, IATF 16949:2016, dock 2500); scope complete",
     [("PO_SP-240611.html", html_page("Purchase Order SP-240611", T("""
        <h2>Summit Powertrain Inc. &mdash; Purchase Order SP-240611</h2>
        <p>Ship to: Summit Powertrain, Building 3000, Dock 2500, 1200 Industrial Pkwy, Columbus, IN 47201<br>
        Supplier: Estampados y Troquelados Ramos S.A. de C.V., Ramos Arizpe, Coahuila (vendor 104400)<br>
        Order date: 2024-06-11 &nbsp; Buyer: Alicia Grant &nbsp; Payment: Net 45</p>
        <table>
        <tr><th>Line</th><th>Part number</th><th>Drawing / rev</th><th>Description</th><th>Qty</th><th>Unit price</th></tr>
        <tr><td>1</td><td>5000-2500-100</td><td>D-1000 Rev 20</td><td>Oil pan baffle, SAE 1010, 1.5 mm, M8x1.25 weld nuts (4)</td><td>12</td><td>USD 41.00</td></tr>
        </table>
        <div class="note">
        <p><b>Scope of this PO:</b> twelve (12) sample parts for PPAP level 3 and engine dyno test. Nothing else is released.</p>
        <p>No production quantity is released by this PO. Production quantities will be released only by a revised PO
        after PPAP sign-off, issued and signed by Alicia Grant (Senior Buyer, release authority for program SP-T4).</p>
        <p>Material authority: sample-only.</p>
        </div>
        <p>Requirements: IATF 16949:2016 certified supplier; PPAP per AIAG 4th edition; salt spray 480 h per ASTM B117;
        weld nut push-out &ge; 3000 N; cleanliness per ISO 16232 (CCC V(B1000/C400/D40)).</p>
        <p>Packaging: individually bagged, VCI, 1 carton. Label with PO SP-240611 and line 1.</p>
        <p>Questions: alicia.grant@summitpowertrain.com, +1 812 555 0144</p>
        """)))])

# c12: German production release letter with the blanket balance on hold.
case("c12_de_release_letter", [], "written production release of 8.000 Stk against blanket; remaining 24.000 held until next written release by named buyer; material authority 8.000",
     [("Produktionsfreigabe_03_SA-5500004620.pdf", pdf([
         ("h1", "Produktionsfreigabe Nr. 03 / Production release no. 03"),
         ("p", "Schwarzwald Antriebstechnik GmbH - Einkauf - Industriestraße 12, 78054 Villingen-Schwenningen"),
         ("p", "An / To: Slévárna Hradec a.s., Pražská 315, 500 04 Hradec Králové, CZ"),
         ("p", "Datum / Date: 24.06.2024    Lieferplan / Scheduling agreement: 5500004620 (Rahmenmenge / blanket quantity 40.000 Stk.)"),
         ("p", "Teil / Part: SA-3310-118 Getriebedeckel / gearbox cover, EN AC-46000, Zeichnung / drawing index F"),
         ("table", [
             ["Freigabe / release", "Menge / quantity", "Liefertermine / delivery", "Status"],
             ["Nr. 01 (03.04.2024)", "4.000 Stk.", "KW 16-19", "geliefert / delivered"],
             ["Nr. 02 (13.05.2024)", "4.000 Stk.", "KW 21-25", "in Lieferung / shipping"],
             ["Nr. 03 (this document)", "8.000 Stk.", "KW 27-34", "zur Produktion freigegeben / released for production"],
         ]),
         ("sp",),
         ("p", "Mit diesem Schreiben geben wir 8.000 Stk. (achttausend) zur Produktion frei. With this letter we release "
               "8.000 pcs (eight thousand) for production, deliveries CW 27-34 per attached schedule."),
         ("p", "Die verbleibenden 24.000 Stk. der Rahmenmenge bleiben gesperrt / the remaining 24.000 pcs of the blanket stay on hold "
               "until the next written release (call-off) signed by Herr Jürgen Maier, Einkauf. Material authority: 8.000 pcs."),
         ("p", "PPAP-Status: PSW gezeichnet 18.03.2024 (Level 3), keine offenen Punkte."),
         ("p", "Mit freundlichen Grüßen, Jürgen Maier, Senior Einkäufer Guss"),
     ], title="Produktionsfreigabe 03", author="Juergen Maier"))])

# c13: Japanese sample order, multipart/alternative.
_c13_text = T("""
    Dear Khun Somchai,

    Thank you for your kind support always.

    We send you our sample order for the ISIR of bracket CS-2207-110 (drawing No. CS-2207-110, rev.B).

      Order No.      : CSK-SO-24-0415
      Sample q'ty    : fifteen (15) pcs
      Delivery       : 2024-07-19, to Chubu Seiki Kariya plant, receiving gate 3
      Documents      : ISIR (our form QF-12), material certificate ADC12, X-ray of 3 pcs

    Please note, this order is for the 15 samples only. The mass production quantity of 48,000 pcs written in
    your quotation CDC-Q-2403 is not ordered and not released by this order. Please do not prepare material for
    mass production.

    Mass production release will be issued in writing by Suzuki Kenji (Purchasing Section Manager) after our
    ISIR sign-off. Until then, please keep the balance on hold.

    If any question, please contact me.

    Best regards,
    Nakamura Aya
    Purchasing Section, Chubu Seiki Co., Ltd.
    1-5 Toyoda-cho, Kariya, Aichi 448-0001
    TEL +81 566 27 4410
    """)
case("c13_jp_sample_order", [], "JP sample order 15 pcs; 48,000 not ordered / not released; release in writing by Suzuki after ISIR sign-off",
     [("Sample_order_CSK-SO-24-0415.eml", eml(mail(
         "Nakamura Aya <a-nakamura@chubu-seiki.co.jp>", "Somchai Rattanakul <somchai@chonburi-dc.co.th>",
         "[Chubu Seiki] Sample order CSK-SO-24-0415 / CS-2207-110 ISIR", "Fri, 07 Jun 2024 17:20:00 +0900",
         _c13_text, html=simple_html(_c13_text), cc="Suzuki Kenji <k-suzuki@chubu-seiki.co.jp>")))])

# c14: Mexican Spanish-English PO printout with explicit hold.
case("c14_mx_orden_compra", [], "Spanish/English ERP PO: 40 muestras PPAP, bal. 11,960 NO liberado, production release only in writing by named buyer after PSW signature",
     [("OC_4500031877.txt", T("""
        CLIMAS AUTOMOTRICES DE MONTERREY S.A. DE C.V.                      ORDEN DE COMPRA / PURCHASE ORDER
        Av. Churubusco 1600 Nte, Col. Fierro, Monterrey N.L. C.P. 64590               No. 4500031877
        RFC CAM-990812-KJ3                                                      Fecha: 03.06.2024
        ---------------------------------------------------------------------------------------------------
        PROVEEDOR: 200554 PLASTICOS TECNICOS DE APODACA S.A. DE C.V.
                   Carr. Miguel Aleman km 21.5, Apodaca N.L.
        COMPRADOR: Lic. Mariana Trevino         TEL 81 8151 2200 ext 311
        CONDICIONES: 60 dias   MONEDA: MXN   INCOTERM: DAP Monterrey
        ---------------------------------------------------------------------------------------------------
        POS  MATERIAL        DESCRIPCION                               CANT   UM    PRECIO      IMPORTE
        010  CAM-7720-114    DUCTO DEFROSTER PP-T20 REV C                40   PZA    412.00    16,480.00
                             MUESTRAS PPAP NIVEL 3 / PPAP L3 SAMPLES
        ---------------------------------------------------------------------------------------------------
        TEXTO DE CABECERA / HEADER TEXT:
        Esta orden cubre SOLO 40 (cuarenta) piezas muestra PPAP.
        El resto del volumen cotizado (bal. 11,960 pzas) NO esta liberado / is NOT released.
        No iniciar produccion ni comprar resina para el balance.
        Liberacion de produccion solo por escrito de Lic. Mariana Trevino (Compras), despues de la firma
        del PSW por Calidad Proveedores.
        Autoridad de material / material authority: solo muestras (sample-only).
        ---------------------------------------------------------------------------------------------------
        Entrega: planta Escobedo, anden 4, lunes a viernes 7:00-15:00. Certificado de materiales con cada
        embarque. Empaque: caja corrugada, 10 pzas por caja, etiqueta AIAG B-10.
        ---------------------------------------------------------------------------------------------------
        """))])

# c15: long thread; supplier's quoted question about resin for the full lot; buyer says no.
_c15_q2 = T("""
    Hi Megan,

    Quick one: Mold trial T1 went well, 150 off-tool samples will be molded on Thursday. Our resin distributor
    (Ravago) says PA66-GF30 goes up 6% next month. Should we buy resin for the full 25,000 now to lock the price?
    It is about 3.8 t. Please advise.

    Saludos,
    Jorge Villarreal
    Program Manager, Inyectados Industriales de Saltillo
    """)
_c15_q1 = T("""
    Jorge,

    PO 4600-7719 is in your inbox. It covers the 150 off-tool samples only, for PPAP. Ship to Dayton, attn. receiving.

    Megan
    """)
_c15_text = T("""
    Hi Jorge,

    No - please do not buy resin for the 25,000. Material authority stays sample-only: resin for the 150 off-tool
    samples plus normal purge/scrap allowance. The 25,000 is not released. I will send the written release
    (revised PO) myself after PPAP sign-off, and that is when resin for production can be ordered.

    If the price moves we will look at it then, no problem. Thanks for asking first.

    Also: please put the cavity number on each sample bag, our lab wants to split them by cavity.

    Megan Holt
    Buyer - Interior Trim
    Buckeye Interior Products, Dayton OH
    +1 937 555 0163

    On Tue, Jun 18, 2024 at 9:02 AM Jorge Villarreal <jvillarreal@inyectados-saltillo.mx> wrote:
    """) + quote(_c15_q2) + T("""
    >
    > On Mon, Jun 10, 2024 at 4:47 PM Megan Holt <mholt@buckeye-interior.com> wrote:
    """) + quote(_c15_q1, 2)
case("c15_thread_resin_question", [], "quoted supplier question about resin for the full 25,000; buyer reply: sample-only material authority, 150 samples, not released, revised PO by her after PPAP sign-off",
     [("RE_resin_PA66_full_lot.eml", eml(mail(
         "Megan Holt <mholt@buckeye-interior.com>", "Jorge Villarreal <jvillarreal@inyectados-saltillo.mx>",
         "RE: PO 4600-7719 off-tool samples - resin", "Tue, 18 Jun 2024 11:37:00 -0400", _c15_text,
         in_reply_to="<c15-q2@inyectados-saltillo.mx>")))])

# c16: forwarded old quote (message/rfc822) with a big tier, declared informational.
_c16_old = mail("Andrei Popa <andrei.popa@injectplast-sibiu.ro>", "Petra Svobodová <svobodova@moravia-seating.cz>",
                "Oferta / Quotation IS-2023-188 armrest cover", "Mon, 13 Nov 2023 14:05:00 +0200", T("""
    Dear Mrs. Svobodová,

    Please find our quotation IS-2023-188 for armrest cover MS-4471-220:

      Samples (off-tool, with measurement report): 25 pcs, EUR 18,00 / pc
      Series: 5.000 pcs per lot, EUR 2,35 / pc, lead time 4 weeks
      Mould: EUR 21.500, 2-cavity

    Validity 60 days.

    Best regards,
    Andrei Popa
    Key Account Manager, Injectplast Sibiu SRL
    """))
_c16_text = T("""
    Hi Andrei,

    for reference I forward your quote from November (5.000 pcs lot price). It is informational only - the lot price
    is what we budget against, nothing more.

    What is authorized: PO 4100079003 covers 25 off-tool samples. The other 4.975 pcs of the first lot are not
    released. They will only be released in writing by me after our sample sign-off (lab + fit check in Mladá Boleslav).

    Please confirm the sample ship date.

    S pozdravem
    Petra Svobodová
    Nákup / Purchasing
    Moravia Seating s.r.o.
    +420 326 711 204
    """)
case("c16_forwarded_old_quote", [], "forwarded rfc822 old quote with 5.000 pcs lot; buyer declares it informational; 25 samples authorized, 4.975 held until sample sign-off + her written release",
     [("FW_quote_IS-2023-188.eml", eml(mail(
         "Petra Svobodová <svobodova@moravia-seating.cz>", "Andrei Popa <andrei.popa@injectplast-sibiu.ro>",
         "FW: Oferta / Quotation IS-2023-188 armrest cover", "Tue, 04 Jun 2024 08:30:00 +0200", _c16_text,
         attachments=[("rfc822", _c16_old)])))])

# c17: SAP scheduling agreement in a portal, fixed / trade-off / forecast zones clearly labelled.
case("c17_sap_schedule_zones", [], "scheduling agreement: fixed zone 2.400 produced, trade-off zone material-only (staged to 7.200), forecast zone information only; next JIT schedule by named scheduler",
     [("Lieferplan_5500004877_KW27.html", html_page("Lieferplaneinteilung 5500004877", T("""
        <h2>Supplier Portal &ndash; Lieferplaneinteilung / Scheduling Agreement Schedule</h2>
        <p>Kunde / Customer: <b>Oberpfalz Karosserieteile GmbH</b>, Werk Amberg &nbsp;|&nbsp; Lieferant / Supplier: <b>Kovolis Hedvikov a.s.</b> (LF 70214)<br>
        Lieferplan / Scheduling agreement: 5500004877 &nbsp;|&nbsp; Material: OK-5512-330-01 Schweißmutternblech / weld nut plate, DD11 3,0 mm<br>
        Einteilung erstellt / schedule created: 01.07.2024, JIT-Abruf Nr. 27</p>
        <table>
        <tr><th>KW / week</th><th>Menge / qty (Stk.)</th><th>Zone</th><th>Bedeutung / meaning</th></tr>
        <tr><td>27</td><td>1.200</td><td>Fertigungsfreigabe / fixed zone</td><td>produce and ship</td></tr>
        <tr><td>28</td><td>1.200</td><td>Fertigungsfreigabe / fixed zone</td><td>produce and ship</td></tr>
        <tr><td>29&ndash;32</td><td>4.800</td><td>Materialzone / trade-off zone</td><td>material may be bought, do not produce</td></tr>
        <tr><td>33&ndash;40</td><td>9.600</td><td>Vorschau / forecast zone</td><td>information only</td></tr>
        </table>
        <div class="note">
        <p>Only the fixed-zone quantity of 2.400 pcs (weeks 27&ndash;28) may be produced. Material authority: staged up to
        7.200 pcs (fixed zone + trade-off zone), at customer liability. Forecast-zone quantities are planning information
        and are not released.</p>
        <p>Further quantities become firm only with the next JIT schedule, issued by our scheduler Ondřej Malý
        (Disposition, tel. +49 9621 47 2210). Quantities in the trade-off and forecast zones do not authorize production.</p>
        </div>
        <p>Anlieferung: Werk Amberg Tor 2, Mo&ndash;Fr 06:00&ndash;14:00. Behälter: GLT 1208 leihweise.</p>
        """), lang="de"))])

# c18: programme manager's status deck as text; no authorization, balance on hold, forecast labelled.
case("c18_program_status_deck", [], "program status deck: sample PO 500, no production release exists, 19,500 held for named purchasing manager after PPAP sign-off, 2025 volume labelled forecast",
     [("K7_door_module_status_wk25.txt", T("""
        PROGRAM K7 DOOR MODULE - WEEKLY STATUS (export of slides, wk 25 / 2024)
        Prepared by: Owen Carter, Program Manager, Ridgeway Automotive Systems (Tier 1)
        Distribution: program team; Sinotech Plastics (supplier) for slides 2-3 only

        --- Slide 1: Summary ---
        * Overall: YELLOW (PPAP timing)
        * SOP customer: 2024-10-07 (unchanged)
        * Open risks: 3 (see slide 4)

        --- Slide 2: Supplier - Sinotech Plastics (carrier plate, PN RAS-K7-4410) ---
        * PPAP L3 submitted wk 22; sample sign-off pending (warpage on boss 7, re-measure wk 26)
        * Commercial: sample PO 4410-S (500 pcs) issued and delivered
        * Production release: NONE exists today. Balance of 19,500 pcs (2024 build) is on hold until the written
          release by Rachel Ng (Purchasing Manager) after PPAP sign-off. Supplier has confirmed this in writing.
        * Material authority: sample-only

        --- Slide 3: Volumes ---
        * 2025 volume: 62,000 pcs - FORECAST from OEM planning, for capacity study only, not an order
        * Capacity study at supplier: 2 x 650 t presses, OEE 78%, ok for forecast

        --- Slide 4: Risks ---
        1. Warpage boss 7 - tool correction may cost 2 weeks (owner: SQE L. Park)
        2. Sea freight lead time 6 weeks -> air freight budget for first 2 lots (owner: O. Carter)
        3. Resin PP-LGF30 allocation in Q4 (owner: R. Ng)

        --- Slide 5: Next steps ---
        * wk 26: re-measure boss 7, decision on tool correction
        * wk 28: PPAP sign-off target
        * wk 29: written release decision by R. Ng (quantity per OEM call-off at that time)
        """))])

# c19: run-at-rate instruction with PDF attachment.
_c19_text = T("""
    Hola Fernando,

    as discussed in Monday's APQP call, attached are the run-at-rate instructions for 12 Aug.

    In short: 300 castings over one 8-hour shift on cell 4, with your production operators and production dies.
    These 300 pcs are the only parts authorized under PO 5200-18811. The remaining 29,700 pcs of the program are
    not released. After the run-at-rate and PPAP sign-off I will send you the written release (Kevin Sato, Senior
    Buyer - I am the release authority for this program).

    Material: you can use the A380 you already have for the 300; please don't buy more for now.

    Thanks and see you on the 12th,
    Kevin
    """) + sig("Kevin Sato", "Senior Buyer, Powertrain Castings", "Tennessee Auto Components Inc., Smyrna TN", "+1 615 555 0172")
case("c19_run_at_rate", [], "run-at-rate instruction: 300 pcs only authorized, 29,700 not released, written release by named buyer after R@R + PPAP sign-off",
     [("Run_at_rate_12Aug.eml", eml(mail(
         "Kevin Sato <ksato@tac-smyrna.com>", "Fernando Aguilar <faguilar@fundicion-leon.mx>",
         "Run-at-rate 12 Aug - PN TAC-2280 transfer case cover", "Wed, 24 Jul 2024 16:05:00 -0500", _c19_text,
         cc="Lisa Park <lpark@tac-smyrna.com>",
         attachments=[("RaR_instructions_TAC-2280.pdf", pdf([
             ("h1", "Run-at-Rate Instructions - TAC-2280"),
             ("p", "Supplier: Fundición de León S.A. de C.V., León, Gto.  Date: 12 Aug 2024, shift 1 (06:00-14:00)"),
             ("table", [
                 ["Item", "Requirement"],
                 ["Quantity", "300 pcs (three hundred), production dies D-2280-1/-2, cell 4"],
                 ["Quoted daily rate", "38 pcs/h net (customer requirement 35 pcs/h)"],
                 ["Measurement", "First 5 + last 5 full CMM, every 25th pc check fixture CF-2280"],
                 ["Observers", "L. Park (SQE), K. Sato (Purchasing)"],
                 ["Output", "Run-at-rate report form TAC-QF-31, signed by both parties"],
             ]),
             ("sp",),
             ("p", "The 300 parts from the run-at-rate are shipped as PPAP parts. No production quantity is released by the run-at-rate itself."),
         ], title="Run-at-Rate TAC-2280", author="Lisa Park"), PDF_MT)])))])

# c20: safe-launch release, PDF with table.
case("c20_safe_launch_release", [], "safe-launch release no.1 for 1,000 sets; 5,000 held until lot acceptance + written release no.2 by named buyer",
     [("Release_01_FES-PO-88123.pdf", pdf([
         ("h1", "Production release no. 1 - Safe Launch"),
         ("p", "Fahrzeugelektrik Süd GmbH, Einkauf Kabelsätze, Ingolstädter Str. 44, 85080 Gaimersheim"),
         ("p", "To: Cablaje Timiș SRL, Calea Șagului 205, Timișoara, RO    PO: FES-PO-88123 (6,000 sets)    Date: 2024-07-08"),
         ("table", [
             ["Part", "Description", "This release", "Safe launch conditions"],
             ["FES-4471-202 AB", "Door harness, front LH, 48 circuits", "1,000 sets", "100% EOL electrical test + extra visual station; GP-12 style label"],
         ]),
         ("sp",),
         ("p", "This release authorizes production of 1,000 (one thousand) sets under safe launch conditions. "
               "The remaining 5,000 sets of PO FES-PO-88123 are on hold. They will be released only by written release no. 2, "
               "signed by Stefanie Roth (Purchasing), after lot acceptance of the safe-launch lot at our incoming inspection."),
         ("p", "Material authority: wire and terminals for 1,000 sets; connectors with > 16 week lead time staged up to 3,000 sets "
               "at our liability (agreed 2024-06-20)."),
         ("p", "Stefanie Roth, Einkauf"),
     ], title="Release 01", author="Stefanie Roth"))])

# c21: ECN samples approved for fit check only; more samples requested with complete scope; DOCX attachment.
_c21_text = T("""
    Hi Grace,

    Feedback on the 8 rev D samples (ECN-0457, added snap hook on the clip tower):

    The 8 samples are approved for fit check only - they fit the door trim and the push-out force is fine.
    Production of rev D is not released. Rev C production continues per the current call-offs; nothing changes there.

    Next step: please build 20 (twenty) more rev D samples for the DV fleet build in Auburn Hills. That is all we
    authorize on rev D for now. The rev D production quantity stays on hold until DV sign-off, and only a written
    release from me (Tom Becker, Buyer) will open it. Material authority for rev D: the 20 samples only.

    Completed disposition form attached.
    """) + sig("Tom Becker", "Buyer, Interior Plastics", "Apex Interior Systems LLC, Auburn Hills MI", "+1 248 555 0139")
case("c21_ecn_fit_check_only", [], "ECN samples 'approved for fit check only; production not released'; 20 more samples authorized, balance held until DV sign-off + written release by named buyer",
     [("ECN-0457_sample_feedback.eml", eml(mail(
         "Tom Becker <tbecker@apex-interior.com>", "Grace Lin <grace.lin@jyplastics.com.cn>",
         "ECN-0457 rev D samples - feedback and next samples", "Thu, 27 Jun 2024 10:12:00 -0400", _c21_text,
         attachments=[("ECN-0457_disposition.docx", docx_bytes([
             ("h1", "Engineering Change Sample Disposition"),
             ("table", [
                 ["Field", "Entry"],
                 ["ECN", "ECN-0457 (clip tower snap hook)"],
                 ["Part", "AIS-55021 door trim clip housing, rev C -> rev D"],
                 ["Samples received", "8 pcs, 2024-06-21"],
                 ["Disposition", "Approved for fit check only; not valid for production"],
                 ["Production rev D", "Not released - on hold until DV sign-off and written release by T. Becker"],
                 ["Next samples", "20 pcs rev D for DV fleet build"],
             ]),
             ("p", "Signed: R. Alvarez, Product Engineer, 2024-06-26"),
         ], author="R. Alvarez"), DOCX_MT)])))])

# c22: stop notice.
case("c22_stop_notice", [], "buyer stop notice: nothing may start until lifted in writing by named manager; not an authorization of any quantity",
     [("STOP_NOTICE_BTS-2291.txt", T("""
        *** STOP NOTICE / ZASTAVENI PRACI ***

        From : Bohemia Thermal Systems a.s., Purchasing, Mlada Boleslav
        To   : Shenzhen Everwin Precision Technology Co., Ltd.  (supplier 410882)
        Date : 2024-06-28 14:20 CET
        Ref  : PO 4100080915, PN BTS-2291-07 EGR cooler bracket, drawing index B

        Effective immediately, all work on PN BTS-2291-07 is stopped.

        Reason: customer design change CN-7781 (bolt pattern moved 4 mm). The index B parts will not fit the index C
        cooler.

        Nothing more may start on this part number - no pressing, no welding, no coating, no material purchase - whether
        or not it was released before. Parts already finished: keep them at your site, segregated and labelled
        "HOLD BTS-2291-07 idx B". Please send us by 2024-07-03 a list of finished parts, WIP and material on hand.

        This stop stays in force until it is lifted in writing by Lukas Cerny, Purchasing Manager. Emails or calls from
        engineering do not lift it.

        Lukas Cerny
        Purchasing Manager
        +420 326 815 500
        """))])

# c23: ERP printout with sample line + production line on hold.
case("c23_erp_two_lines", [], "ERP PO: line 10 sample 25 pcs released, line 20 production 9,975 ON HOLD - NOT RELEASED until PPAP sign-off + written release by named buyer",
     [("PO_4500118830_print.txt", T("""
        ZZPO01                              NORDSEE ANTRIEBE GMBH                          Seite/Page 1 of 1
        Bestellung / Purchase Order   4500118830                                 Druck/Printed 05.06.2024
        ------------------------------------------------------------------------------------------------------
        Lieferant / Vendor : 0000771204  SIAM PRECISION DIE CASTING CO LTD, CHONBURI, TH
        Einkaeufer / Buyer : B14 Henrik Paulsen        Tel +49 40 7532 1140
        Zahlungsbed.       : ZB30 30 Tage netto        Incoterms: FCA Laem Chabang
        ------------------------------------------------------------------------------------------------------
        Pos  Material         Kurztext                          Menge   ME  Scope       Status        Preis/EUR
        ---- ---------------- ------------------------------ -------- --- ----------- ------------- ---------
        0010 NA-6020-114-00   Lagerdeckel / bearing cover          25  ST  SAMPLE      ISSUED           28,40
        0020 NA-6020-114-00   Lagerdeckel / bearing cover       9.975  ST  PRODUCTION  ON HOLD          6,15
        ------------------------------------------------------------------------------------------------------
        Positionstext 0020:
          ON HOLD - NOT RELEASED. Do not start production, do not buy alloy for this line.
          Line 0020 becomes effective only with a written release from Henrik Paulsen (Purchasing) after
          PPAP sign-off of the 25 samples of line 0010.
        Positionstext 0010:
          PPAP level 3, 25 pcs, material authority for 25 pcs only.
        ------------------------------------------------------------------------------------------------------
        Liefertermin 0010: 26.07.2024     Lieferadresse: Werk Itzehoe, Tor 1
        Es gelten unsere Einkaufsbedingungen Stand 01/2023.
        """))])

# c24: PO revision clearly superseding an old sample quantity (20 -> 30).
case("c24_po_revision_supersedes", [], "PO rev 01 supersedes rev 00, sample qty 20 -> 30 stated as a change; only 30 authorized, balance held, revised PO by named buyer after sample sign-off",
     [("PO_4500098812_Rev01.docx", docx_bytes([
         ("h1", "Purchase Order 4500098812 - Revision 01"),
         ("p", "Allgäu Kunststofftechnik GmbH, Einkauf, Kemptener Str. 90, 87600 Kaufbeuren"),
         ("p", "Supplier: Ningbo Jiayuan Plastic Technology Co., Ltd. - Revision date: 2024-06-14"),
         ("p", "This revision 01 supersedes revision 00 of 2024-05-28 in full. Please discard revision 00."),
         ("table", [
             ["Pos.", "Part", "Rev 00 qty", "Rev 01 qty (valid)", "Scope"],
             ["10", "AKT-3350-27 sensor cover, PBT-GF30", "20 pcs", "30 pcs", "Samples"],
         ]),
         ("p", "Reason for change: 10 additional samples for the OEM climatic chamber test."),
         ("p", "Authorized now: 30 (thirty) samples. Nothing else is released. The planned series quantity (8,000 pcs in your "
               "quotation) is not released; it will be ordered by a revised PO issued by Franziska Huber (Einkauf) after our sample sign-off."),
         ("p", "Material authority: sample-only. Delivery of all 30 samples by 2024-07-12."),
     ], author="Franziska Huber"))])

# c25: folder - blanket PO summary + release notice no. 2 with cumulative figures (not conflicting).
case("c25_blanket_release_2", [], "folder: blanket 12,000 + release no.2 of 3,000 (cum 6,000 released, 6,000 held until lot acceptance + next written release by named scheduler); cumulative figures agree",
     [("Blanket_PO_BPO-3310.txt", T("""
        NORTHFIELD VEHICLE SYSTEMS LLC - BLANKET PURCHASE ORDER SUMMARY
        BPO-3310   Supplier: Chonburi Metal Forming Co., Ltd. (vendor 00482200)
        Part: 7781-220-10 seat track bracket, SAPH440 2.3 mm
        Blanket quantity: 12,000 EA      Validity: 2024-04-01 .. 2025-03-31
        Unit price: USD 0.88             Terms: Net 60, FCA Laem Chabang

        The blanket quantity is commercial cover only. Production is authorized only by numbered written
        releases against this blanket; each release states its quantity. Quantities not covered by a release are on hold.
        Releases are signed by Carla Mendes, Material Scheduler.
        """)),
      ("Release_Notice_02_BPO-3310.docx", docx_bytes([
          ("h1", "Release Notice no. 2 - BPO-3310"),
          ("p", "Date: 2024-07-01. From: Carla Mendes, Material Scheduler, Northfield Vehicle Systems, Plant 14."),
          ("table", [
              ["Release", "Date", "Quantity", "Ship weeks", "Status"],
              ["No. 1", "2024-04-15", "3,000", "wk 18-25", "complete"],
              ["No. 2 (this notice)", "2024-07-01", "3,000", "wk 28-35", "released for production"],
              ["Released to date", "", "6,000", "", ""],
              ["Balance on hold", "", "6,000", "", "not released"],
          ]),
          ("p", "This notice releases 3,000 EA for production. Together with release no. 1 the cumulative released quantity is 6,000 EA."),
          ("p", "The balance of 6,000 EA stays on hold. The next release will be issued by me in writing after lot acceptance of the "
                "first lot of release no. 2 at our receiving inspection."),
          ("p", "Material authority: steel for this release (3,000 EA)."),
          ("p", "Carla Mendes"),
      ], author="Carla Mendes"))])


# =================================================================== CASES WITH RISKS
# p01: folder - Mexican sample PO + Chinese quote with production tier; no hold, no event, no person.
case("p01_mx_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 30 PPAP pcs sits beside the supplier quote showing 60,000 production; PO never says the balance is not released, names no unlock event, no release person",
     [("OC_4500031902.pdf", pdf([
         ("h1", "ORDEN DE COMPRA / PURCHASE ORDER 4500031902"),
         ("p", "Autopartes del Bajío S.A. de C.V. - Av. Constituyentes 1010, Celaya, Gto. C.P. 38010, México. RFC ABA-080214-2Q1"),
         ("p", "Proveedor / Supplier: Ningbo Jinsheng Die Casting Co., Ltd., Beilun District, Ningbo, China (proveedor 400917)"),
         ("p", "Fecha / Date: 2024-05-14   Comprador / Buyer: Ing. Verónica Lozano   Moneda / Currency: USD   Incoterms: FCA Ningbo"),
         ("table", [
             ["Pos.", "No. de parte / Part", "Descripción / Description", "Cant. / Qty", "P.U.", "Importe"],
             ["10", "AB-2231-07 rev B", "Carcasa TCU, ADC12 maquinada / TCU housing, machined. Muestras PPAP nivel 3 / PPAP level 3 samples", "30 pzas", "22.00", "660.00"],
         ]),
         ("sp",),
         ("p", "Referencia / Reference: cotización / quotation JS-Q-2024-0912 (attached)."),
         ("p", "Entrega / Delivery: 2024-07-01 by air to Celaya plant, dock 3. PPAP documents with shipment: PSW, dimensional "
               "report (all cavities), material certs, control plan, PFMEA, MSA."),
         ("p", "Condiciones de pago / Payment: 60 días / 60 days after receipt of invoice."),
         ("p", "Empaque / Packing: individual bags with VCI, cartons max. 15 kg, label with PO and part number."),
         ("p", "Aplican los Términos y Condiciones Generales de Compra de Autopartes del Bajío, versión 2023."),
     ], title="OC 4500031902", author="Veronica Lozano")),
      ("JS-Q-2024-0912.pdf", pdf([
          ("h1", "QUOTATION JS-Q-2024-0912"),
          ("p", "Ningbo Jinsheng Die Casting Co., Ltd. - to Autopartes del Bajío, Attn. Ing. Verónica Lozano - 2024-04-29"),
          ("table", [
              ["Item", "Description", "Qty", "Unit price USD", "Lead time"],
              ["1", "PPAP samples AB-2231-07, machined, with full documents", "30 pcs", "22.00", "5 weeks"],
              ["2", "Mass production AB-2231-07, machined + impregnated", "60,000 pcs", "7.40", "6 weeks, then 5,000 pcs / month"],
          ]),
          ("sp",),
          ("p", "Tooling already quoted under JS-T-2024-0310. Aluminium price base: SMM A00 April 2024."),
          ("p", "Packaging returnable KLT, sea freight 40' HC. Payment T/T 60 days."),
          ("p", "Best regards, Tony Wu, Sales Director"),
      ], title="Quotation JS-Q-2024-0912", author="Tony Wu"))])

# p02: US tooling PO with T1 samples and the production quantity in the line text; nothing about production authority.
case("p02_us_tooling_po", ["RG001", "RG003", "RG004", "RG005"],
     "tooling PO with 50 T1 samples lists 'piece price USD 1.12 @ 100,000 pcs' with no statement that production is not released, no unlock event, no release person",
     [("PO_T-55-20417.pdf", pdf([
         ("h1", "PURCHASE ORDER  T-55-20417  (TOOLING)"),
         ("p", "Apex Interior Systems LLC, 2900 University Dr., Auburn Hills, MI 48326 USA"),
         ("p", "Vendor: Dongguan Huamei Precision Mould Co., Ltd., Chang'an Town, Dongguan, Guangdong, China"),
         ("p", "PO date: 05/21/2024   Buyer: Jennifer Ruiz   Program: AIS-K9 instrument panel   Terms: Net 60 EOM"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Amount"],
             ["1", "TL-84120-GL-01", "Injection mold, 2-cavity, HASCO standard, hot runner Synventive, for PN 84120-GL-01 glovebox liner", "1", "SET", "62,000.00", "62,000.00"],
             ["2", "84120-GL-01", "T1 off-tool samples incl. CMM and PPAP level 3 documents. Piece price USD 1.12 @ production quantity 100,000 pcs per quote HM-24-118", "50", "EA", "0.00", "0.00"],
         ]),
         ("sp",),
         ("p", "Tool to remain property of Apex Interior Systems; asset tag to be fixed before T1. Tool life 1,000,000 shots, "
               "steel P20 / H13 inserts per Apex tooling standard ATS-07."),
         ("p", "T1 timing: week 30. Ship samples by air to Auburn Hills, attn. Tom Becker."),
         ("p", "Ship via: DHL Express account 9611 8820. Include commercial invoice and packing list."),
     ], pagesize=LETTER, title="PO T-55-20417", author="Jennifer Ruiz"))])

# p03: Czech sample order DOCX with a production-quantity column.
case("p03_cz_sample_order_docx", ["RG001", "RG003", "RG004", "RG005"],
     "sample order table shows 'Qty sample 20 | Qty production 8,000' with nothing saying 8,000 is informational or held; no event, no release person",
     [("Objednavka_vzorku_4100079114.docx", docx_bytes([
         ("h1", "Objednávka vzorků / Sample Order 4100079114"),
         ("p", "Moravia Seating s.r.o., Václava Klementa 869, 293 01 Mladá Boleslav, CZ - IČO 27081234"),
         ("p", "Supplier: Injectplast Sibiu SRL, Str. Șoseaua Alba Iulia 91, 550052 Sibiu, RO"),
         ("p", "Date: 22.05.2024   Buyer: Petra Svobodová   Delivery terms: DAP Mladá Boleslav   Payment: 45 days"),
         ("table", [
             ["Pos.", "Part no.", "Description", "Qty sample", "Qty production", "Price EUR/pc"],
             ["10", "MS-4471-220", "Armrest cover, PP-TD20, grain VW K31, colour Titanschwarz", "20", "8,000", "2,35"],
             ["20", "MS-4471-221", "Armrest cover RH, same spec", "20", "8,000", "2,35"],
         ]),
         ("sp",),
         ("p", "Please deliver the samples by CW 30 to our plant in Mladá Boleslav, gate B. Measurement report (3 pcs per cavity), "
               "material certificate 3.1 and IMDS number required."),
         ("p", "Packaging for samples: single bags, labelled with order number and cavity."),
         ("p", "Děkujeme / Thank you. Petra Svobodová, Nákup"),
     ], author="Petra Svobodova"))])

# p04: Japanese buyer EML with PO + quote PDFs attached; no word on the mass production quantity.
_p04_text = T("""
    Dear Khun Prasert,

    Thank you very much for your quick quotation.

    Please find attached our purchase order for off-tool samples of bracket MBP-1190-A, and your quotation
    for reference. Samples delivery by 2024-07-26 to our Toyota-city plant, please.

    We look forward to your good quality.

    Best regards,
    Hayashi Daisuke
    Purchasing Dept., Mikawa Brake Parts Co., Ltd.
    3-21 Kamigo-cho, Toyota, Aichi 473-0931
    TEL +81 565 21 7730
    """)
case("p04_jp_po_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "email with sample PO (10 pcs) and quote (24,000 pcs per lot) attached; nothing says the mass production quantity is not released, no event, no person",
     [("Mikawa_PO_MBP-PO-24-0662.eml", eml(mail(
         "Hayashi Daisuke <d-hayashi@mikawa-brake.co.jp>", "Prasert Chaiyaporn <prasert@rayong-stamping.co.th>",
         "Purchase order MBP-PO-24-0662 / off-tool samples MBP-1190-A", "Mon, 10 Jun 2024 15:40:00 +0900", _p04_text,
         attachments=[
             ("MBP-PO-24-0662.pdf", pdf([
                 ("h1", "PURCHASE ORDER  MBP-PO-24-0662"),
                 ("p", "Mikawa Brake Parts Co., Ltd. to Rayong Precision Stamping Co., Ltd. - Date 2024-06-10"),
                 ("table", [
                     ["No.", "Part No.", "Name", "Q'ty", "Unit price (THB)", "Delivery"],
                     ["1", "MBP-1190-A rev.3", "Caliper bracket, SAPH440 t=4.5, off-tool sample", "10 pcs", "1,450", "2024-07-26"],
                 ]),
                 ("sp",),
                 ("p", "Inspection: full dimension check of 5 pcs, material mill sheet, hardness HRB. ISIR form MBP-Q-04."),
                 ("p", "Payment: end of month closing, next month end payment."),
             ], title="MBP-PO-24-0662", author="Hayashi Daisuke"), PDF_MT),
             ("RPS-QT-24-0518.pdf", pdf([
                 ("h1", "QUOTATION RPS-QT-24-0518"),
                 ("p", "Rayong Precision Stamping Co., Ltd. - 2024-05-30 - to Mikawa Brake Parts"),
                 ("table", [
                     ["Item", "Description", "Qty", "Unit price (THB)"],
                     ["1", "Off-tool sample MBP-1190-A", "10 pcs", "1,450"],
                     ["2", "Mass production MBP-1190-A", "24,000 pcs / lot", "38.60"],
                     ["3", "Progressive die, 6 stations", "1 set", "1,180,000"],
                 ]),
                 ("p", "Lead time mass production: 4 weeks per lot. Price valid 3 months."),
             ], title="Quotation RPS-QT-24-0518", author="Prasert Chaiyaporn"), PDF_MT),
         ])))])

# p05: German ERP printout, sample line only, long text quotes the series quantity.
case("p05_de_erp_sample_line", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO line of 25 samples whose long text carries 'Serienmenge 12.000 ST'; no hold statement, no unlock event, no release person",
     [("Bestellung_4500112233.txt", T("""
        ZZPO01                         ALLGAEU KUNSTSTOFFTECHNIK GMBH                       Seite 1 von 1
        Bestellung                     4500112233                                    Datum 27.05.2024
        -----------------------------------------------------------------------------------------------
        Lieferant      : 0000782210  ZHEJIANG LIANDA WIRE HARNESS CO LTD, YUYAO, CN
        Einkaeufer     : E07 Franziska Huber           Tel +49 8341 9660 215
        Zahlungsbed.   : ZB30 30 Tage netto            Lieferbed.: FCA Shanghai
        Waehrung       : EUR
        -----------------------------------------------------------------------------------------------
        Pos  Material          Kurztext                           Menge  ME   Preis/EUR     Wert/EUR
        ---- ----------------- ------------------------------ -------- ---  ---------  -----------
        0010 AKT-KS-7710-02    Kabelsatz Sensor / sensor harn.      25  ST      31,50       787,50
             Positionstext:
             Muster / samples fuer Bemusterung (EMPB, VDA 2 Vorlagestufe 2)
             Ref. Angebot LD-2024-331 vom 08.05.2024: Serienmenge 12.000 ST, Serienpreis 4,18 EUR
             Stecker TE 1-967616-1, Leitung FLRY-B 0,35 mm2, Crimp nach USCAR-21
        -----------------------------------------------------------------------------------------------
        Liefertermin   : KW 29/2024
        Lieferadresse  : Werk Kaufbeuren, Wareneingang Tor 3
        Bitte Bestellnummer auf allen Dokumenten angeben. Es gelten unsere Einkaufsbedingungen (01/2023).
        -----------------------------------------------------------------------------------------------
        """))])

# p06: HTML supplier portal PO for prototypes with an annual volume field.
case("p06_portal_prototype_po", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 40 prototype pcs shows 'Program annual volume 40,000' with no label that it is not released; no hold, no event, no release person",
     [("SupplierConnect_PO_NVS-P-77120.html", html_page("SupplierConnect - PO NVS-P-77120", T("""
        <div style="background:#003366;color:#fff;padding:6px"><b>SupplierConnect</b> &mdash; Northfield Vehicle Systems</div>
        <h2>Purchase Order NVS-P-77120 &nbsp;<small>(status: Open &ndash; awaiting supplier acknowledgement)</small></h2>
        <table>
        <tr><th>Field</th><th>Value</th></tr>
        <tr><td>Supplier</td><td>Thai Summit Polymer Co., Ltd. (00493310), Bangpoo Industrial Estate, Samut Prakan</td></tr>
        <tr><td>PO type</td><td>Prototype</td></tr>
        <tr><td>Buyer</td><td>Rebecca Lin</td></tr>
        <tr><td>Program</td><td>NV-T3 pickup, SOP Q1 2025</td></tr>
        <tr><td>Program annual volume</td><td>40,000</td></tr>
        <tr><td>Currency / terms</td><td>USD / Net 60 / FCA Laem Chabang</td></tr>
        </table>
        <h3>Lines</h3>
        <table>
        <tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need date</th></tr>
        <tr><td>1</td><td>77120-NV-3</td><td>Cup holder insert, TPE 60 ShA, 2K over PP</td><td>40</td><td>EA</td><td>14.20</td><td>2024-08-09</td></tr>
        </table>
        <p>Attachments: 77120-NV-3_drawing_revB.pdf, NVS_packaging_spec_PS-12.pdf</p>
        <p>Please acknowledge this PO within 3 business days using the <i>Acknowledge</i> button.</p>
        """)))])

# p07: chat - "make some samples first, then we see"; no quantity, no hold, no event, no person.
case("p07_whatsapp_some_samples", ["RG003", "RG004", "RG005", "RG010"],
     "buyer tells the supplier to 'make some samples first, then we see': no quantity, nothing held, no unlock event, nobody named",
     [("WhatsApp_Chat_Jiangmen_Casting.txt", T("""
        WhatsApp Chat with Mr. Wang Jiangmen Casting
        [03/06/24, 08:12:41] Mr. Wang Jiangmen Casting: Good morning Mr. Krejčí, did you receive our offer for the EGR flange?
        [03/06/24, 08:30:05] Tomáš Krejčí: Morning Mr. Wang. Yes, thank you. Price is ok for us.
        [03/06/24, 08:30:40] Tomáš Krejčí: Please make some samples first, then we see.
        [03/06/24, 08:31:02] Tomáš Krejčí: Send them to Plzeň with DHL, address same as last time. Attn: incoming inspection
        [03/06/24, 08:33:17] Mr. Wang Jiangmen Casting: OK no problem 👍 sample price 35 USD/pc, production 9.20 USD/pc as offer
        [03/06/24, 08:33:40] Mr. Wang Jiangmen Casting: Which drawing revision? We have rev A and rev B
        [03/06/24, 08:40:12] Tomáš Krejčí: Rev B. 1.4308 material cert 3.1 please
        [03/06/24, 08:41:00] Mr. Wang Jiangmen Casting: ok. 3 weeks
        [03/06/24, 08:41:30] Tomáš Krejčí: 👍
        [04/06/24, 15:02:55] Mr. Wang Jiangmen Casting: <attached: 00000021-PHOTO-2024-06-04-15-02-55.jpg>
        [04/06/24, 15:03:20] Mr. Wang Jiangmen Casting: wax pattern ready
        """))])

# p08: German sample PO email - balance on hold "until further notice"; no event, no person.
_p08_text = T("""
    Sehr geehrter Herr Horák,

    anbei unsere Bestellung 4500120077 über 30 Stk. Erstmuster (EMPB) für das Ölwannen-Unterteil SA-4410-220,
    Zeichnungsindex D.

    To be clear for your planning: the order covers the 30 initial samples only. The remaining 5.970 Stk. of
    the quoted annual quantity are on hold until further notice. Please do not start them.

    Bitte liefern Sie die Muster bis KW 31 mit EMPB nach VDA Band 2, Vorlagestufe 2, Werkstoffzeugnis 3.1 und
    Röntgenprüfung von 5 Teilen (ASTM E505, Stufe 2).

    Die Transportverpackung bitte wie besprochen in KLT 6428.

    Mit freundlichen Grüßen
    Sebastian Krüger
    Strategischer Einkauf Guss
    Schwarzwald Antriebstechnik GmbH
    Industriestraße 12, 78054 Villingen-Schwenningen
    Tel. +49 7721 8840 231

    Schwarzwald Antriebstechnik GmbH, Sitz Villingen-Schwenningen, Amtsgericht Freiburg HRB 700812.
    Geschäftsführer: Dr. Matthias Engel.
    """)
case("p08_de_until_further_notice", ["RG004", "RG005"],
     "30 EMPB samples, 5.970 Stk 'on hold until further notice': hold and quantity stated, but no unlock event and no named release authority",
     [("Bestellung_4500120077_Erstmuster.eml", eml(mail(
         "Sebastian Krüger <s.krueger@schwarzwald-antrieb.de>", "Jan Horák <horak@slevarna-hradec.cz>",
         "Bestellung 4500120077 - Erstmuster SA-4410-220", "Tue, 04 Jun 2024 10:05:00 +0200", _p08_text)))])

# p09: Mexican-issued PDF PO to a Thai supplier; event named, release by "our purchasing department".
case("p09_mx_pdf_dept_release", ["RG005"],
     "50 PPAP samples, balance 14,950 not released until PPAP sign-off, but release 'issued by our purchasing department' - nobody named",
     [("PO_4500033051.pdf", pdf([
         ("h1", "PURCHASE ORDER 4500033051"),
         ("p", "Componentes Automotrices de Ramos Arizpe S.A. de C.V. - Blvd. Industria Automotriz 300, Ramos Arizpe, Coah. 25900, México"),
         ("p", "Supplier: Laem Chabang Metal Forming Co., Ltd., Pinthong Industrial Estate, Chonburi 20230, Thailand (vendor 402233)"),
         ("p", "Date: 2024-06-06   Currency: USD   Incoterms: FOB Laem Chabang   Payment: 60 days"),
         ("table", [
             ["Item", "Part number", "Description", "Qty", "Unit price", "Amount"],
             ["10", "CRA-5510-08 rev C", "Seat belt anchor reinforcement, HSLA 420, 3.0 mm, zinc-nickel. PPAP samples", "50 pcs", "9.80", "490.00"],
         ]),
         ("sp",),
         ("p", "Scope: this order covers the 50 PPAP samples only. The balance of 14,950 pcs from your quotation LCMF-Q-0412 is not released."),
         ("p", "Production release will follow after PPAP sign-off (signed PSW, level 3) and will be issued by our purchasing department."),
         ("p", "PPAP requirements: PSW, dimensional results (5 pcs), material and performance results, salt spray 720 h per "
               "ASTM B117 (no red rust), control plan, PFMEA, process flow, MSA (GR&R < 10 %)."),
         ("p", "Deliver to: CARA Plant 2, Ramos Arizpe, receiving dock 5. Samples by air freight, supplier's account."),
         ("p", "Elena Morales - Compras / Purchasing - elena.morales@cara-mx.com"),
     ], title="PO 4500033051", author="Elena Morales"))])

# p10: Japanese buyer email + PO PDF: twelve (12) in the PO, ten (10) in the email; release decided by a named manager, no event.
_p10_text = T("""
    Dear Mr. Zhang,

    Thank you for your cooperation always.

    Attached our PO HSK-24-3307 for samples of cover HSK-4470-B.

    Please make ten (10) samples as agreed in our web meeting, and send to Hiroshima plant by 2024-07-12.

    Mass production quantity is not released and is on hold. Mass production release will be decided by
    Mr. Kobayashi Taro (General Manager, Purchasing Division).

    Thank you and best regards,
    Fujita Emi
    Purchasing Division, Hiroshima Sokki Kogyo Co., Ltd.
    2-8 Ujina-kaigan, Minami-ku, Hiroshima 734-0011
    TEL +81 82 250 6613
    """)
case("p10_jp_po_email_qty_mismatch", ["RG004", "RG011"],
     "PO says twelve (12) samples, covering email says ten (10); mass production held and Kobayashi named as release authority, but no unlock event named",
     [("HSK-24-3307_samples.eml", eml(mail(
         "Fujita Emi <e-fujita@hiroshima-sokki.co.jp>", "Zhang Lei <zhanglei@suzhou-rongda.com>",
         "PO HSK-24-3307 samples HSK-4470-B", "Thu, 13 Jun 2024 11:22:00 +0900", _p10_text,
         attachments=[("PO_HSK-24-3307.pdf", pdf([
             ("h1", "PURCHASE ORDER  HSK-24-3307"),
             ("p", "Hiroshima Sokki Kogyo Co., Ltd. to Suzhou Rongda Plastic Co., Ltd.   Issue date: 2024-06-13"),
             ("table", [
                 ["No.", "Part No.", "Part name", "Q'ty", "Unit price (JPY)", "Due date"],
                 ["1", "HSK-4470-B rev.1", "Meter cover, PMMA, samples", "twelve (12) pcs", "6,800", "2024-07-12"],
             ]),
             ("sp",),
             ("p", "Sample only. Mass production: not released."),
             ("p", "Inspection report JIS Z 9015, appearance limit sample No. L-4470."),
         ], title="PO HSK-24-3307", author="Fujita Emi"), PDF_MT)])))])

# p11: German SQE "green light from our side" in a thread whose quoted buyer scope is complete.
_p11_buyer = T("""
    Dobrý den Herr Novák,

    PO 4500120311 is in SRM now. It covers 25 T1 samples only (door handle bezel OK-7731-140).
    The series quantity (18.000 Stk.) is not released until PPAP sign-off and a written
    production release from me, Sabine Wolf. Material authority: samples only.

    Viele Grüße
    Sabine Wolf, Einkauf
    """)
_p11_supplier = T("""
    Dear Mrs. Wolf, dear Mr. Keller,

    T1 samples were sent yesterday by UPS (1Z 4R7 862 04 1190 2281). Measurement report for all 4 cavities
    attached, all characteristics OK except pos. 17 (0,08 over on cav. 3, tool correction planned).
    Please confirm.

    Best regards,
    Jiří Novák
    Plastika Zlín s.r.o.
    """)
_p11_text = T("""
    Hallo Herr Novák,

    habe mir den Messbericht angeschaut - passt, Pos. 17 akzeptieren wir nach der Korrektur.
    Grünes Licht von unserer Seite / green light from our side.

    Gruß
    Thomas Keller
    Lieferantenqualität / SQE
    Oberpfalz Karosserieteile GmbH

    Am 18.06.2024 um 16:40 schrieb Jiří Novák <novak@plastika-zlin.cz>:
    """) + quote(_p11_supplier) + T("""
    >
    > Am 03.06.2024 um 09:15 schrieb Sabine Wolf <sabine.wolf@okt-amberg.de>:
    """) + quote(_p11_buyer, 2)
case("p11_de_green_light", ["RG002"],
     "SQE answers the T1 report with 'green light from our side' - no quantity, not scoped to samples; quoted buyer scope (25 T1, 18.000 held, PPAP sign-off + written release by Wolf) is otherwise complete",
     [("AW_T1_OK-7731-140.eml", eml(mail(
         "Thomas Keller <thomas.keller@okt-amberg.de>", "Jiří Novák <novak@plastika-zlin.cz>",
         "AW: T1 Muster OK-7731-140 / Messbericht", "Wed, 19 Jun 2024 07:58:00 +0200", _p11_text,
         cc="Sabine Wolf <sabine.wolf@okt-amberg.de>", in_reply_to="<t1-okt-7731@plastika-zlin.cz>")))])

# p12: "Approved - proceed." under a supplier question about T1 shots.
_p12_po = T("""
    Hi Kevin,

    PO 55-20391 is attached. It covers 5 T1 shots plus 30 PPAP samples of glovebox latch housing
    84130-GL-02. The production quantity of 40,000 pcs is not released by this PO; it will be released only
    by a revised PO from me after PSW sign-off.

    Jennifer
    """)
_p12_sup = T("""
    Dear Jennifer,

    Attached the dimensional report for the 5 T1 shots and the cosmetic photos (A-surface, gate area).
    All dimensions within tolerance. Datum C flatness 0.12 (spec 0.15) OK. Gloss 2.1 GU at 60 deg, target 2.0 +/-0.3.

    Shall we proceed?

    Best regards,
    Kevin Huang
    Project Engineer, Jiayuan Plastics (Ningbo)
    """)
_p12_text = T("""
    Approved - proceed.

    Thanks, Jen

    Jennifer Ruiz | Buyer, Interior Components | Apex Interior Systems LLC | +1 248 555 0121

    From: Kevin Huang <kevin.huang@jyplastics.com.cn>
    Sent: Thursday, July 11, 2024 2:14 AM
    To: Jennifer Ruiz <jruiz@apex-interior.com>
    Subject: RE: PO 55-20391 T1 shots 84130-GL-02

    """) + quote(_p12_sup) + T("""
    >
    > From: Jennifer Ruiz <jruiz@apex-interior.com>
    > Sent: Monday, June 24, 2024 10:03 AM
    > Subject: PO 55-20391 T1 shots 84130-GL-02
    >
    """) + quote(_p12_po, 2)
case("p12_us_approved_proceed", ["RG002"],
     "buyer answers 'Shall we proceed?' with 'Approved - proceed.' - neither sample-only nor a quantity; quoted PO scope (5 T1 + 30 PPAP, 40,000 held, revised PO by Ruiz after PSW) is complete",
     [("RE_T1_shots_84130-GL-02.eml", eml(mail(
         "Jennifer Ruiz <jruiz@apex-interior.com>", "Kevin Huang <kevin.huang@jyplastics.com.cn>",
         "RE: PO 55-20391 T1 shots 84130-GL-02", "Thu, 11 Jul 2024 08:47:00 -0400", _p12_text,
         in_reply_to="<t1-84130@jyplastics.com.cn>")))])

# p13: interim PPAP "approved on an interim basis", quantity "agreed on the phone" never written.
_p13_text = T("""
    Dear Mr. Ionescu,

    thank you for the call this morning.

    Following our call: your PPAP submission for PN SAT-2281-40 (clutch housing) is approved on an interim basis.
    You may ship the quantity we agreed on the phone, with 100 % X-ray on the porosity area (zone Z3) and the
    parts marked with a yellow dot.

    Full PPAP sign-off follows once the porosity 8D is closed and the new X-ray results (ASTM E505 level 2) are in.
    The remaining schedule quantity stays on hold until a written release from Frank Huber (Purchasing Castings)
    after that full sign-off.

    Please send the updated 8D by Friday.

    Best regards
    Markus Lehner
    Supplier Quality Engineer
    Schwarzwald Antriebstechnik GmbH
    Tel. +49 7721 8840 512
    """)
case("p13_de_interim_by_phone", ["RG002", "RG010"],
     "PPAP 'approved on an interim basis' with 'the quantity we agreed on the phone' - the approval names no quantity and the authorized quantity is never written; hold, event and named release person are present",
     [("Interim_PPAP_SAT-2281-40.eml", eml(mail(
         "Markus Lehner <m.lehner@schwarzwald-antrieb.de>", "Radu Ionescu <radu.ionescu@turnatoria-arad.ro>",
         "Interim PPAP SAT-2281-40 clutch housing", "Mon, 01 Jul 2024 14:10:00 +0200", _p13_text,
         cc="Frank Huber <f.huber@schwarzwald-antrieb.de>")))])

# p14: WhatsApp (Spanish/English) - "good to run" after first-off photos, supplier rolls into the 6,000.
case("p14_mx_whatsapp_good_to_run", ["RG002", "RG007"],
     "buyer answers first-off photos with 'good to run' (no scope); supplier reads it as the start of the 6,000 and nobody corrects it; earlier buyer scope was complete",
     [("WhatsApp_Arneses_Celaya.txt", T("""
        WhatsApp Chat with Arneses Técnicos Celaya - Paco
        [05/06/24, 09:02:11] Ing. Carlos Ibarra: Buenos días Paco. Ya te llegó la OC 4500033120?
        [05/06/24, 09:05:40] Paco Rangel (ATC): Buenos días ingeniero, sí, ya la tenemos
        [05/06/24, 09:07:15] Ing. Carlos Ibarra: Ok. Para que quede claro: OC 4500033120 es SOLO 60 arneses muestra (sixty sample harnesses). Las 6,000 de producción NO están liberadas hasta la firma del PSW y mi liberación por escrito (Carlos Ibarra, Compras). Material solo para las 60.
        [05/06/24, 09:08:02] Paco Rangel (ATC): Entendido 👍
        [19/06/24, 17:41:30] Paco Rangel (ATC): <adjunto: first_off_1.jpg>
        [19/06/24, 17:41:31] Paco Rangel (ATC): <adjunto: first_off_2.jpg>
        [19/06/24, 17:42:05] Paco Rangel (ATC): First off del arnés 4471-B, prueba eléctrica 100% ok, cinta y clips según dibujo rev. E
        [19/06/24, 18:15:22] Ing. Carlos Ibarra: se ven bien, good to run 👍
        [19/06/24, 18:16:40] Paco Rangel (ATC): Perfecto ingeniero, con eso arrancamos las 6,000 el lunes 💪
        [20/06/24, 08:10:55] Paco Rangel (ATC): Las 60 muestras salen hoy en la tarde con Estafeta
        """))])

# p15: WeChat - supplier buys resin for the full 20,000 and plans to start right after ISIR.
case("p15_wechat_resin_and_rollover", ["RG006", "RG007"],
     "supplier has bought resin for 20,000 while only 12 ISIR samples are released, and says mass production starts 'when ISIR OK, no need wait paper'; buyer does not correct",
     [("WeChat_Xiamen_Hongtai_export.txt", T("""
        WeChat chat export - "Hongtai x Tokai Trim PN TT-6630"
        Exported 2024-07-02 09:01
        ------------------------------------------------------------
        2024-06-20 10:02  森 Akiko Mori (Tokai Trim Purchasing): Hello Vicky-san, PO TT-24-0871 sent today. ISIR samples 12 pcs only. Mass production 20,000 pcs is not released. Written release from me (Mori) after ISIR sign-off.
        2024-06-20 10:05  Vicky Huang (Hongtai Sales): received, thank you Mori-san 🙏
        2024-06-20 10:06  Vicky Huang (Hongtai Sales): ISIR samples deliver 7/5 by FedEx
        2024-06-27 15:40  Vicky Huang (Hongtai Sales): Mori-san, information: we already buy PC/ABS resin (Covestro Bayblend T85) for 20000 pcs, for save time. price going up next month 📈
        2024-06-27 15:41  Vicky Huang (Hongtai Sales): so when ISIR OK we start mass production directly same week, no need wait paper 😊 SOP safe
        2024-06-27 16:10  森 Akiko Mori (Tokai Trim Purchasing): Thank you for your support.
        2024-06-27 16:11  森 Akiko Mori (Tokai Trim Purchasing): Please send ISIR report in our format TT-QF-08.
        2024-06-28 09:30  Vicky Huang (Hongtai Sales): OK 👌
        """))])

# p16: Czech stamper orders coil for the whole year against a 3.000-pc call-off.
_p16_buyer = T("""
    Dear Mr. Kratochvíl,

    call-off 21/2024: 3.000 pcs RF-7790-118 for CW 29-30.
    The remaining 33.000 pcs of the annual blanket are not released. Further quantities only by the next
    call-off signed by me (Ingrid Vogel). Material authority: for the released 3.000 pcs only.

    Mit freundlichen Grüßen
    Ingrid Vogel
    """)
_p16_text = T("""
    Dear Mrs. Vogel,

    thank you for call-off 21/2024 (3.000 pcs), confirmed for CW 29-30.

    To secure price and lead time we have already ordered the coil for the complete annual quantity of 36.000 pcs
    (S355MC 2,5 mm, approx. 61 t) from ArcelorMittal Ostrava. Delivery to our Kroměříž plant in CW 28.
    This will avoid the surcharge announced for Q4.

    Tool maintenance done in CW 26, die set RF-7790 is in very good condition.

    S pozdravem
    Martin Kratochvíl
    Key Account Manager
    Lisovna Kroměříž a.s.
    +420 573 339 118

    Od: Ingrid Vogel <ingrid.vogel@rheintal-fahrwerk.de>
    Odesláno: 1. července 2024 8:12
    Předmět: Abruf 21/2024 RF-7790-118

    """) + quote(_p16_buyer)
case("p16_cz_coil_full_year", ["RG006"],
     "stamper ordered coil for the whole 36.000-pc year against a 3.000-pc call-off whose material authority covers only the 3.000",
     [("RE_Abruf_21-2024.eml", eml(mail(
         "Martin Kratochvíl <kratochvil@lisovna-km.cz>", "Ingrid Vogel <ingrid.vogel@rheintal-fahrwerk.de>",
         "RE: Abruf 21/2024 RF-7790-118", "Tue, 02 Jul 2024 09:44:00 +0200", _p16_text)))])

# p17: long Romanian/Czech thread + TXT status report: material for 9,640 sets and "we continue without waiting".
_p17_buyer_scope = T("""
    Hello Radu,

    PO 4100081234 is for 40 B-sample harness sets (PN MS-9902-17, rev. 04).
    The balance of 9,600 sets is NOT released. Release of the balance only by a written release from me,
    Martina Kolářová, after DV sign-off of the B-samples in our lab.

    Martina
    """)
_p17_sup = T("""
    Hello Martina,

    thank you for the call on Tuesday. B-samples were shipped today, 40 sets, DSV truck 7721.

    As discussed, when the B-samples pass your lab we continue with the remaining 9,600 sets without waiting,
    to keep the SOP in CW 40. Status report attached.

    Best regards,
    Radu Mureșan
    Project Manager, Cablaje Arad SRL
    """)
_p17_text = T("""
    Thanks Radu, status report received. I passed the samples to our lab; DV test starts Monday.
    Please send the crimp cross-sections for the 2.5 mm2 terminals as well.

    Martina Kolářová
    Nákup elektro / Purchasing Electrics
    Moravia Seating s.r.o., Mladá Boleslav
    +420 326 711 288

    From: Radu Mureșan <radu.muresan@cablaje-arad.ro>
    Sent: Thursday, June 27, 2024 18:05
    Subject: RE: PO 4100081234 B-samples MS-9902-17

    """) + quote(_p17_sup) + T("""
    >
    > From: Martina Kolářová <kolarova@moravia-seating.cz>
    > Sent: Monday, May 27, 2024 09:30
    > Subject: PO 4100081234 B-samples MS-9902-17
    >
    """) + quote(_p17_buyer_scope, 2)
_p17_status = T("""
    CABLAJE ARAD SRL - PROJECT STATUS REPORT
    Customer: Moravia Seating s.r.o.     Project: MS-9902 seat harness     Week: 26/2024
    Author: Radu Muresan, PM

    1. Samples
       B-samples: 40 sets shipped 27.06.2024 (DSV 7721). DV test at customer from CW 27.
    2. Tooling / equipment
       Crimp applicators: 6 of 6 received. EOL tester: FAT done CW 25, SAT planned CW 28.
    3. Materials
       Wire FLRY-B 0.35 / 0.5 / 2.5 mm2 and terminals (TE MCP 1.5K, 2.8) procured for 9,640 sets
       to de-risk SOP. Delivered to Arad warehouse, location B-14.
       Connectors: 9,640 sets on order, ETA CW 30.
    4. Capacity
       Line 3 reserved from CW 30, 2 shifts. Operators trained: 22 of 26.
    5. Risks
       Terminal price increase +4 % from Q4 (copper). Mitigated by early purchase (see 3).
    """)
case("p17_ro_thread_status", ["RG006", "RG007"],
     "supplier status shows wire, terminals and connectors for 9,640 sets while 40 are released; supplier will 'continue with the remaining 9,600 without waiting' once samples pass; buyer's reply does not correct it",
     [("RE_B-samples_MS-9902-17.eml", eml(mail(
         "Martina Kolářová <kolarova@moravia-seating.cz>", "Radu Mureșan <radu.muresan@cablaje-arad.ro>",
         "RE: PO 4100081234 B-samples MS-9902-17", "Fri, 28 Jun 2024 08:20:00 +0200", _p17_text,
         in_reply_to="<b-samples-9902@cablaje-arad.ro>",
         attachments=[("Status_Report_MS-9902_wk26.txt", _p17_status, "text/plain")])))])

# p18: US buyer - tooling invoice paid so "consider the castings released - go ahead" + pre-buy ingot for a year.
_p18_text = T("""
    Hi Luis,

    Good news - AP confirmed the tooling invoice (USD 84,000) for the 8800 die was paid on Friday, so consider the
    castings released. Go ahead.

    And please pre-buy the A380 ingot for the full first-year volume now, before the aluminum surcharge moves again.
    We'll tidy up the paperwork later.

    Thanks for pushing on this one.

    Dave
    """) + sig("Dave Morrison", "Program Buyer", "Tennessee Auto Components Inc., Smyrna TN", "+1 615 555 0190")
case("p18_us_paid_so_released", ["RG002", "RG006", "RG012"],
     "buyer treats the paid tooling invoice as production authority ('consider the castings released. Go ahead.'), unscoped go-ahead, and asks to pre-buy ingot for a year without a material authority; attached PO holds the balance",
     [("Tooling_invoice_paid_8800.eml", eml(mail(
         "Dave Morrison <dmorrison@tac-smyrna.com>", "Luis Herrera <lherrera@fundicion-leon.mx>",
         "8800 die - invoice paid", "Mon, 08 Jul 2024 09:15:00 -0500", _p18_text,
         cc="Greg Palmer <gpalmer@tac-smyrna.com>",
         attachments=[("PO_8800-2231.pdf", pdf([
             ("h1", "PURCHASE ORDER 8800-2231"),
             ("p", "Tennessee Auto Components Inc., 600 Enon Springs Rd, Smyrna TN 37167 - to Fundición de León S.A. de C.V."),
             ("p", "Date: 2024-05-02   Buyer: Greg Palmer   Terms: Net 60"),
             ("table", [
                 ["Line", "Part", "Description", "Qty", "Unit price"],
                 ["1", "TAC-8800-11", "Transfer case rear cover, A380, PPAP samples", "30", "USD 36.00"],
             ]),
             ("sp",),
             ("p", "This PO covers 30 PPAP samples. The balance of 11,970 pcs is not released. It will be released only in "
                   "writing by Greg Palmer, Senior Buyer, after PSW sign-off. Material authority: sample-only."),
         ], pagesize=LETTER, title="PO 8800-2231", author="Greg Palmer"), PDF_MT)])))])

# p19: Mexican moulder bought resin for the whole 25,000 (Spanish/English).
_p19_buyer = T("""
    Jorge,

    PO 4600-7722 covers 300 off-tool samples only (PN BIP-3310 console bin).
    The 25,000 pcs production quantity is NOT released. Release only by a revised PO from me (Amanda Price)
    after PPAP sign-off.

    Amanda
    """)
_p19_text = T("""
    Hola Amanda,

    te confirmo: las 300 muestras salen el viernes por Estafeta, con el reporte dimensional de las 4 cavidades.

    FYI - ya compramos la resina PA66-GF30 (Zytel 70G30HSL, negro) para todo el lote de 25,000 pzas porque el
    distribuidor subió el precio 6 % a partir del 1 de julio. Son aprox. 3.8 t, ya está en nuestro almacén en
    Ramos Arizpe. So we are covered for the whole job.

    Saludos,
    Jorge Villarreal
    Gerente de Programa
    Inyectados Industriales de Saltillo S.A. de C.V.
    Tel. +52 844 411 2870

    El 12 jun 2024, a las 10:02, Amanda Price <aprice@buckeye-interior.com> escribió:
    """) + quote(_p19_buyer)
case("p19_mx_resin_whole_lot", ["RG006"],
     "moulder bought PA66 resin for the whole 25,000 while only 300 off-tool samples are released and no material authority was given",
     [("RE_PO_4600-7722_muestras.eml", eml(mail(
         "Jorge Villarreal <jvillarreal@inyectados-saltillo.mx>", "Amanda Price <aprice@buckeye-interior.com>",
         "RE: PO 4600-7722 muestras / off-tool samples", "Wed, 26 Jun 2024 18:22:00 -0600", _p19_text)))])

# p20: folder - Thai supplier: L/C opened = order confirmed for production; MRP shows steel for 60,000.
_p20_buyer = T("""
    Dear Khun Anucha,

    PO NV-24-0881 for bracket 7790-330-12: pilot lot 2,000 pcs is released for production.
    The remaining 58,000 pcs are not released. They will be released only by a written release from me,
    Brian Hughes, after acceptance of the pilot lot at our Spartanburg receiving inspection.
    Material authority: 2,000 pcs.

    We will open the L/C for the full PO value as required by your finance team.

    Brian Hughes
    Senior Buyer, Northfield Vehicle Systems
    """)
_p20_text = T("""
    Dear Mr. Hughes,

    Good news: your bank (Wells Fargo) has opened the L/C for PO NV-24-0881 on 12 June, we received the
    advice from Bangkok Bank today.

    As per our practice, with the L/C opened we consider the order confirmed for production, and we have
    started the full order on press line 2 (800 t transfer). Attached is our MRP: the steel purchase (SAPH440,
    2.6 mm) for the 60,000 pcs is placed with Siam Steel Service Center, first coils arrive next week.

    The pilot lot of 2,000 pcs ships on 28 June, vessel ONE Harmony, ETA Charleston 2 Aug.

    Best regards,
    Anucha Srisuk
    Sales Manager
    Laem Chabang Metal Forming Co., Ltd.
    Tel +66 38 490 221

    -----Original Message-----
    From: Brian Hughes <bhughes@northfield-vs.com>
    Sent: Monday, June 3, 2024 10:15 PM
    Subject: PO NV-24-0881 7790-330-12

    """) + quote(_p20_buyer)
case("p20_th_lc_opened_mrp", ["RG006", "RG012"],
     "folder: supplier treats the opened L/C as confirmation for production and starts the full order; MRP shows steel bought for 60,000 pcs against a 2,000-pc release with 2,000-pc material authority",
     [("LCMF_LC_opened_NV-24-0881.eml", eml(mail(
         "Anucha Srisuk <anucha@lcmf.co.th>", "Brian Hughes <bhughes@northfield-vs.com>",
         "RE: PO NV-24-0881 7790-330-12 - L/C opened, production started", "Fri, 14 Jun 2024 16:50:00 +0700", _p20_text))),
      ("LCMF_MRP_NV-24-0881.txt", T("""
        LAEM CHABANG METAL FORMING CO., LTD.            MRP NET REQUIREMENTS          RUN 2024-06-14 06:00
        ------------------------------------------------------------------------------------------------------
        SALES ORDER : SO-24-1187 (cust. PO NV-24-0881)  CUSTOMER: NORTHFIELD VEHICLE SYSTEMS
        FG ITEM     : 7790-330-12  BRACKET, SAPH440 2.6   ORDER QTY: 60,000 PCS   STATUS: RELEASED TO PROD
        ------------------------------------------------------------------------------------------------------
        COMPONENT            DESCRIPTION                 GROSS REQ   ON HAND   NET REQ   PR/PO NO.    STATUS
        RM-SAPH440-26-1250   COIL SAPH440 2.6x1250       112.8 T      4.1 T   108.7 T   PO-RM-55120  PLACED
        PK-KLT-4314          RETURNABLE BOX KLT 4314        1,500       300     1,200   PR-PK-9910   OPEN
        PK-VCI-BAG-M         VCI BAG MEDIUM                60,000     5,000    55,000   PO-PK-9911   PLACED
        ------------------------------------------------------------------------------------------------------
        NOTE: STEEL QTY BASED ON 60,000 PCS x 1.88 KG GROSS (INCL. SKELETON SCRAP).
        """))])

# p21: Japanese call-off with a staged material authority of 10,000; supplier bought ingot for 25,000.
_p21_buyer = T("""
    Dear Khun Wichai,

    Call-off No. 7 for caliper housing MBP-2240-C:
      Quantity  : 2,000 pcs, delivery 2024-08-05
      Material authority : staged up to 10,000 pcs (ADC12 ingot) at our liability
    Blanket quantity 30,000 pcs/year: balance not released. Next quantity only by next call-off signed by
    Sato Yuji (Purchasing Group Leader).

    Best regards,
    Sato Yuji
    Mikawa Brake Parts Co., Ltd.
    """)
_p21_text = T("""
    Dear Sato-san,

    We confirm Call-off No. 7, 2,000 pcs, delivery 2024-08-05.

    For your information, we have purchased ADC12 ingot for 25,000 pcs (about 18 t) from Thai Metal Alloy to
    cover until December, because LME is going up. Ingot is in our yard already.

    Also we have a plan to do die maintenance on 2024-07-22, no impact to delivery.

    Best regards,
    Wichai Thongdee
    Customer Service Manager
    Chonburi Die Casting Co., Ltd.

    From: Sato Yuji <y-sato@mikawa-brake.co.jp>
    Sent: Monday, July 1, 2024 9:05 AM
    Subject: Call-off No.7 MBP-2240-C

    """) + quote(_p21_buyer)
case("p21_jp_staged_authority_exceeded", ["RG006"],
     "call-off of 2,000 with staged material authority up to 10,000; supplier bought ingot for 25,000 - beyond the authority",
     [("RE_Call-off_No7_MBP-2240-C.eml", eml(mail(
         "Wichai Thongdee <wichai@chonburi-dc.co.th>", "Sato Yuji <y-sato@mikawa-brake.co.jp>",
         "RE: Call-off No.7 MBP-2240-C", "Wed, 03 Jul 2024 11:30:00 +0700", _p21_text)))])

# p22: Mexican harness supplier: connectors for 40,000 and "as soon as you sign the PSW we start the 18,000".
_p22_buyer = T("""
    Hi Paco,

    PO 3100-6620: 800 (eight hundred) prototype harness sets, PN NV-HR-2201. 18,000 production sets are not
    released. Release only by written release from me, Kimberly Shaw, after PSW sign-off and run-at-rate.

    Kim
    """)
_p22_text = T("""
    Hi Kim,

    Update on NV-HR-2201:

    - Prototypes (800 sets) ship wk 27 by truck from Celaya, Castores, ETA Spartanburg 4 days.
    - To protect SOP we placed the order for 40,000 TE connectors (26-week lead time) and 18,000 sets of
      cavity seals. Better safe.
    - En cuanto firmen el PSW arrancamos la corrida de 18,000 - we will not wait for another PO, as we discussed
      with your engineer Mike last week.

    Saludos,
    Francisco "Paco" Rangel
    Gerente de Cuenta, Arneses Técnicos Celaya
    Tel. +52 461 612 4400

    On Mon, May 20, 2024 at 3:11 PM Kimberly Shaw <kshaw@northfield-vs.com> wrote:
    """) + quote(_p22_buyer)
case("p22_mx_connectors_and_rollover", ["RG006", "RG007"],
     "harness supplier ordered 40,000 connectors and 18,000 seal sets against 800 released prototypes, and will start the 18,000 as soon as the PSW is signed without waiting for the written release",
     [("RE_PO_3100-6620_update.eml", eml(mail(
         "Francisco Rangel <prangel@arnesestecnicos.mx>", "Kimberly Shaw <kshaw@northfield-vs.com>",
         "RE: PO 3100-6620 NV-HR-2201 update", "Tue, 25 Jun 2024 19:05:00 -0600", _p22_text)))])

# p23: buyer's product engineer contradicts the PO's written-release requirement.
_p23_text = T("""
    Hi Kevin,

    Samples look promising - thanks for the quick turnaround. Our lab will run warpage (85 degC / 500 h) and
    UV (SAE J2527) next week.

    Once they pass our lab, just keep the press running after that - no need to wait for paperwork from
    purchasing, we are really short on time with the customer build in September.

    Cheers,
    Ondřej
    """) + sig("Ondřej Beneš", "Product Engineer, Exterior", "Bohemia Thermal Systems a.s., Mladá Boleslav", "+420 326 815 640")
case("p23_cz_engineer_keep_running", ["RG007"],
     "buyer's product engineer says once samples pass the lab 'just keep the press running ... no need to wait for paperwork', contradicting the attached PO (20 samples, 5,980 held for written release by named buyer after PPAP sign-off)",
     [("Samples_BTS-6650_lab.eml", eml(mail(
         "Ondřej Beneš <benes@bohemia-thermal.cz>", "Kevin Zhou <kevin.zhou@everwin-sz.com>",
         "BTS-6650 grille samples - lab next week", "Fri, 21 Jun 2024 13:40:00 +0200", _p23_text,
         cc="Jana Dvořáková <dvorakova@bohemia-thermal.cz>",
         attachments=[("PO_4100082001.pdf", pdf([
             ("h1", "Objednávka / Purchase Order 4100082001"),
             ("p", "Bohemia Thermal Systems a.s. - to Shenzhen Everwin Precision Technology Co., Ltd. - 2024-05-15"),
             ("table", [
                 ["Pos.", "Part", "Description", "Qty", "Price USD"],
                 ["10", "BTS-6650-02", "Radiator grille insert, ASA, off-tool samples", "20 pcs", "48.00"],
             ]),
             ("sp",),
             ("p", "Scope: 20 off-tool samples. The balance of 5,980 pcs is on hold. It will be released only by a written "
                   "release from Jana Dvořáková (Purchasing) after PPAP sign-off. Material authority: samples only."),
         ], title="PO 4100082001", author="Jana Dvorakova"), PDF_MT)])))])

# p24: folder - PO holds the balance, but the supplier quote (part of the bundle) launches production automatically on PPAP approval.
case("p24_quote_terms_auto_launch", ["RG007"],
     "folder: the PO holds 15,000 for a written release by a named buyer, but the attached supplier quote says the production lot is launched automatically upon PPAP approval",
     [("PO_4500034188.pdf", pdf([
         ("h1", "ORDEN DE COMPRA / PURCHASE ORDER 4500034188"),
         ("p", "Frenos y Suspensiones de Aguascalientes S.A. de C.V. - to Foshan Rongsheng Die Casting Co., Ltd."),
         ("p", "Fecha / Date: 2024-06-03   Compras / Purchasing: Ing. Sofía Guerrero"),
         ("table", [
             ["Pos.", "Parte / Part", "Descripción", "Cant.", "P.U. USD"],
             ["10", "FSA-1180-02", "Soporte de caliper / caliper support, AlSi10Mg T6, muestras PPAP", "30 pzas", "41.00"],
         ]),
         ("sp",),
         ("p", "Alcance / Scope: 30 PPAP samples only. The production quantity of 15,000 pcs in quotation RS-Q-2405-77 is not released. "
               "Production release only in writing by Ing. Sofía Guerrero after PPAP sign-off (PSW level 3). Material authority: samples only."),
         ("p", "Quotation RS-Q-2405-77 attached for price reference."),
     ], title="OC 4500034188", author="Sofia Guerrero")),
      ("RS-Q-2405-77.pdf", pdf([
          ("h1", "QUOTATION RS-Q-2405-77"),
          ("p", "Foshan Rongsheng Die Casting Co., Ltd. - Nanhai District, Foshan - to Frenos y Suspensiones de Aguascalientes - 2024-05-20"),
          ("table", [
              ["Item", "Description", "Qty", "Unit price USD"],
              ["1", "PPAP samples FSA-1180-02, T6, machined", "30 pcs", "41.00"],
              ["2", "Production lot FSA-1180-02", "15,000 pcs", "8.65"],
          ]),
          ("sp",),
          ("h", "Terms and conditions"),
          ("p", "1. Price basis: A356 ingot price CNY 19,800/t. 2. Payment: T/T 30 days after B/L."),
          ("p", "3. Upon PPAP approval, the production lot of 15,000 pcs will be launched automatically to keep your SOP date."),
          ("p", "4. Packing: export carton on pallet, 60 pcs per carton. 5. Validity 60 days."),
          ("p", "Contact: Eric Liang, Sales Manager"),
      ], title="Quotation RS-Q-2405-77", author="Eric Liang"))])

# p25: folder - PO TXT holds the series; supplier acknowledgement DOCX says it will continue straight into the series after ISIR OK.
case("p25_ack_continue_series", ["RG007"],
     "folder: PO holds 9.975 series pcs for a written release by a named buyer after ISIR sign-off; the supplier's acknowledgement says 'after your ISIR OK we will continue directly with the series lot'",
     [("PO_4500121904.txt", T("""
        ZZPO01                       SCHWAEBISCHE GUSSTECHNIK GMBH                        Seite 1 von 1
        Bestellung / Purchase order  4500121904                                   Datum 10.06.2024
        ------------------------------------------------------------------------------------------------
        Lieferant : 0000790451  ROMCAST BRASOV SRL, STR. ZIZINULUI 110, BRASOV, RO
        Einkauf   : Dieter Lang  Tel +49 7361 5500 140
        ------------------------------------------------------------------------------------------------
        Pos  Material          Kurztext                        Menge  ME  Scope        Status
        0010 SGT-4402-118-01   Lenkgetriebedeckel / cover         25  ST  ISIR SAMPLE  ISSUED
        0020 SGT-4402-118-01   Lenkgetriebedeckel / cover      9.975  ST  SERIES       GESPERRT / ON HOLD
        ------------------------------------------------------------------------------------------------
        Text 0020: Not released. Series production only after ISIR sign-off AND a written release from
                   Dieter Lang (Einkauf). Material authority for pos. 0020: none.
        ------------------------------------------------------------------------------------------------
        Liefertermin 0010: KW 30. Lieferadresse: Werk Aalen, Tor 2.
        """)),
      ("Confirmare_comanda_4500121904.docx", docx_bytes([
          ("h1", "Confirmare comandă / Order Confirmation"),
          ("p", "Romcast Brașov SRL - Str. Zizinului 110, 500407 Brașov, RO"),
          ("p", "To: Schwäbische Gusstechnik GmbH, Mr. Dieter Lang. Your PO 4500121904 of 10.06.2024. Date: 12.06.2024"),
          ("table", [
              ["Pos.", "Part", "Qty", "Delivery"],
              ["0010", "SGT-4402-118-01 ISIR samples", "25 pcs", "CW 30"],
              ["0020", "SGT-4402-118-01 series", "9.975 pcs", "from CW 33"],
          ]),
          ("p", "We confirm PO 4500121904, 25 ISIR samples, with thanks."),
          ("p", "After your ISIR OK we will continue directly with the series lot of 9.975 pcs, as usual with your company, "
                "so that the first series delivery can leave in CW 33."),
          ("p", "Best regards, Ioana Constantinescu, Customer Service"),
      ], author="Ioana Constantinescu"))])

# p26: programme deck: forecast turned into "order secured" and "roll straight into SOP volume".
case("p26_program_deck_secured", ["RG007", "RG008"],
     "status deck calls the OEM planning forecast 'customer order secured / firm' and plans that PPAP sign-off rolls the supplier straight into SOP volume with no separate release",
     [("Program_V21_liftgate_status.txt", T("""
        PROGRAM V21 LIFTGATE - STEERING COMMITTEE STATUS (slides exported to text)
        Date: 2024-06-20   Owner: Priya Raman, Program Manager, Keystone Body Systems (Tier 1)
        Distribution: steering committee; Dalian Hualong Moulding (supplier) - slides 2-4

        === Slide 1 - Headline ===
        Status GREEN. Tool T2 done, PPAP L3 submission wk 31, customer SOP 2024-11-04.

        === Slide 2 - Volume ===
        - OEM planning volume 2025: 250k liftgate inner panels (customer forecast, issue 03/2024)
        - Customer order: 250k/yr secured -> supplier to plan press capacity for 250k firm
        - Split: 70 % Dalian Hualong, 30 % second source (to be nominated)

        === Slide 3 - Timing ===
        wk 29  T2 samples measured
        wk 31  PPAP L3 submission (PSW, 300-pc run-at-rate)
        wk 34  PPAP sign-off (Keystone SQE)
        wk 34+ supplier rolls straight into SOP volume after PPAP sign-off - no separate release needed, saves 2 weeks

        === Slide 4 - Open points ===
        - Grain LT-212 sign-off at OEM design studio (owner: L. Ortega)
        - Packaging trial with returnable racks (owner: supplier)
        - Second source nomination (owner: purchasing)

        === Slide 5 - Budget ===
        Tooling 1.42 M USD (on budget). Launch cost 180k USD.
        """))])

# p27: German buyer, multipart/alternative: holds the series, then a P.S. says go straight on after the samples are OK.
_p27_text = T("""
    Sehr geehrter Herr Dvořák,

    anbei unsere Bestellung 4500121555 für das Lüftungsgitter LG-2210-03.

    Bitte fertigen Sie zunächst 25 Erstmuster (EMPB / ISIR) inkl. Prüfbericht aller Kavitäten.
    The series quantity of 12.000 pcs is not yet released; the production release comes in writing from me,
    Klaus Richter, after ISIR sign-off. Material authority: samples only.

    Liefertermin Muster: KW 31, Werk Amberg.

    Mit freundlichen Grüßen
    Klaus Richter
    Einkauf Kunststoffteile
    Oberpfalz Karosserieteile GmbH
    Tel. +49 9621 47 2170

    P.S. Damit wir den SOP halten: wenn die Erstmuster bei uns in Ordnung sind, machen Sie bitte direkt mit der
    Serie weiter - once the first samples are OK at our side, please go straight on with the series, I will send
    the paperwork afterwards.
    """)
case("p27_de_ps_go_straight_on", ["RG007"],
     "buyer holds 12.000 series pcs for his written release after ISIR sign-off, then in a P.S. tells the supplier to go straight on with the series once the samples are OK, paperwork afterwards",
     [("Bestellung_4500121555_LG-2210-03.eml", eml(mail(
         "Klaus Richter <klaus.richter@okt-amberg.de>", "Pavel Dvořák <dvorak@plastika-zlin.cz>",
         "Bestellung 4500121555 - Erstmuster LG-2210-03", "Mon, 17 Jun 2024 15:25:00 +0200", _p27_text,
         html=simple_html(_p27_text))))])

# p28: PO says 40 PPAP samples, the cover email asks for 48.
_p28_text = T("""
    Hola Alejandro,

    PO 7712-30455 for the PPAP samples of the seat pan reinforcement is attached.

    Please build the 48 PPAP samples from production tooling on line 3, and ship them with the full PPAP level 3
    package (PSW, dimensional layout for all 48, material certs, capability on the 6 KPCs).

    Need date at our Warren receiving: August 16.

    Thanks,
    Ryan
    """) + sig("Ryan O'Connell", "Buyer, Metallic Structures", "Great Lakes Seating Systems Inc., Warren MI", "+1 586 555 0148")
case("p28_us_po40_email48", ["RG011"],
     "the attached PO authorizes 40 PPAP samples; the cover email asks the supplier to build 48",
     [("PO_7712-30455_PPAP.eml", eml(mail(
         "Ryan O'Connell <roconnell@glseating.com>", "Alejandro Garza <agarza@tyen-saltillo.mx>",
         "PO 7712-30455 - PPAP samples GLS-5520-40", "Tue, 09 Jul 2024 11:02:00 -0400", _p28_text,
         attachments=[("PO_7712-30455.pdf", pdf([
             ("h1", "PURCHASE ORDER 7712-30455"),
             ("p", "Great Lakes Seating Systems Inc. - Warren Plant - to Troqueles y Estampados del Norte S.A. de C.V., Saltillo"),
             ("p", "Date: 2024-07-09   Buyer: Ryan O'Connell   Terms: Net 60"),
             ("table", [
                 ["Line", "Part / rev", "Description", "Qty", "Unit price"],
                 ["1", "GLS-5520-40 / B", "Seat pan reinforcement, DP780, 1.6 mm - PPAP samples", "40", "USD 18.50"],
             ]),
             ("sp",),
             ("p", "Scope: 40 PPAP samples only. The production quantity of 20,000 pcs is not released. Production will be "
                   "released only by a revised PO issued by Ryan O'Connell after PSW sign-off. Material authority: sample-only."),
         ], pagesize=LETTER, title="PO 7712-30455", author="Ryan O'Connell"), PDF_MT)])))])

# p29: DOCX pilot-lot order - table says 250, text says 200.
case("p29_pilot_order_250_vs_200", ["RG011"],
     "pilot-lot order table authorizes 250 pcs while the text asks to ship 'the 200 pilot parts'; hold, event and release person present",
     [("Pilot_Lot_Order_PL-24-017.docx", docx_bytes([
         ("h1", "Pilot Lot Order PL-24-017"),
         ("p", "Lichtwerk Lippstadt GmbH, Einkauf, Rixbecker Str. 75, 59552 Lippstadt"),
         ("p", "Supplier: Suzhou Rongda Plastic Co., Ltd., Wuzhong District, Suzhou, China"),
         ("p", "Date: 2024-06-24   Buyer: Heike Schubert   Reference PO: 4500119930"),
         ("table", [
             ["Pos.", "Part", "Description", "Pilot quantity", "Unit price EUR"],
             ["1", "LL-5561-210-02", "Reflector housing, PC-HT, metallized", "250 pcs", "3,95"],
         ]),
         ("sp",),
         ("p", "Please ship the 200 pilot parts by CW 33 by air, consolidated with DSV, to Lippstadt plant gate 4."),
         ("p", "The remaining series quantity (32,000 pcs per your offer) is not released. It will be released only in writing "
               "by Heike Schubert (Einkauf) after the pilot-lot acceptance at our incoming inspection. Material authority: pilot lot only."),
         ("p", "Quality: metallization adhesion per DIN EN ISO 2409 GT0, 100 % visual, boundary samples BS-5561."),
     ], author="Heike Schubert"))])

# p30: SAP printout - "release" used for the PO release strategy and for production release; 1.200 vs 1.500 released.
case("p30_sap_release_status", ["RG009", "RG011"],
     "SAP PO shows 'Release status: RELEASED' (commercial PO approval) next to 'production release'; header says 1.200 released for production, item text says production release 1.500",
     [("ME9F_4500123077.txt", T("""
        ME9F  Bestellung ausgeben / Purchase order output                                      05.07.2024
        ==========================================================================================================
        Bestellung / PO          : 4500123077          Belegart NB        Erstellt: 02.07.2024 BRANDL_S
        Freigabestrategie / Release strategy : P2      Release status: RELEASED (K. Brandl 03.07.2024, Kostenstelle 4410)
        Lieferant / Vendor       : 0000770338  SLEVARNA HRADEC A.S., PRAZSKA 315, HRADEC KRALOVE, CZ
        Einkaeufer / Buyer       : Stefan Brandl        Tel +49 9131 77 3320
        ==========================================================================================================
        KOPFTEXT / HEADER NOTE:
          Released for production: 1.200 Stk. (CW 28-31). Blanket 10.000 Stk.; the balance is not released.
          Next production release only in writing by Stefan Brandl after lot acceptance of the first lot.
        ----------------------------------------------------------------------------------------------------------
        Pos  Material           Kurztext                            Menge  ME   Preis EUR   Lieferdatum
        0010 FA-3300-220-05     Pumpendeckel / pump cover AlSi9Cu3 10.000  ST      7,42      rolling
             Positionstext: Production release: 1.500 Stk. for CW 28-31, deliveries weekly 375 Stk.
                            PPAP: PSW signed 21.06.2024, level 3.
                            Material authority: alloy for the released quantity only.
        ----------------------------------------------------------------------------------------------------------
        Zahlungsbedingungen: 30 Tage netto. Incoterms 2020: DAP Erlangen. Es gelten unsere AEB 2023.
        ==========================================================================================================
        """))])

# p31: German buyer email with a JIT call-off attached: email says 3.200, the call-off says 3.600.
_p31_call = T("""
    NORDSEE ANTRIEBE GMBH - JIT CALL / FEINABRUF (EDI 862 print)
    Abruf-Nr.: 14-2024-03        Datum: 01.04.2024
    Lieferant: 0000771530 KOVOLIS HEDVIKOV A.S.
    Teil     : NA-7710-040-02  Halter Generator / alternator bracket
    ---------------------------------------------------------------
     KW   DATUM        MENGE   ART
     14   05.04.2024   3.600   FEST / FIRM
    ---------------------------------------------------------------
    Weitere Mengen nicht freigegeben. Naechster Abruf durch A. Schulz
    nach Wareneingangspruefung der KW-14-Lieferung.
    """)
_p31_text = T("""
    Hi Petr,

    attached the JIT call for CW 14: please ship 3.200 pcs on Friday, truck Raben pick-up 07:00.

    Quantities beyond this call are not released; the next call comes from me after lot acceptance of the CW 14
    delivery at our incoming inspection.

    Viele Grüße
    Anke Schulz
    Disposition / Material Scheduling
    Nordsee Antriebe GmbH, Itzehoe
    Tel. +49 4821 7740 225
    """)
case("p31_de_jit_call_3200_vs_3600", ["RG011"],
     "buyer's email says ship 3.200 pcs for CW 14, the attached JIT call-off says 3.600 firm for the same week",
     [("JIT_call_KW14_NA-7710.eml", eml(mail(
         "Anke Schulz <a.schulz@nordsee-antriebe.de>", "Petr Mach <mach@kovolis.cz>",
         "Feinabruf KW 14 / NA-7710-040-02", "Mon, 01 Apr 2024 10:10:00 +0200", _p31_text,
         attachments=[("Feinabruf_14-2024-03.txt", _p31_call, "text/plain")])))])

# p32: folder - interim disposition (limit 2,000) vs release letter (2,500 under the interim).
case("p32_interim_vs_release_letter", ["RG011"],
     "folder: interim PPAP disposition limits production to 2,000 pcs, the release letter for the same part releases 2,500 pcs under that interim disposition",
     [("Interim_Disposition_FSG-3307.docx", docx_bytes([
         ("h1", "PPAP Interim Disposition"),
         ("p", "Fuji Seiki de Guanajuato S.A. de C.V. - Supplier Quality - Puerto Interior, Silao, Gto."),
         ("table", [
             ["Item", "Content"],
             ["Supplier", "Foshan Rongsheng Die Casting Co., Ltd."],
             ["Part", "FSG-3307-11 oil pump body, ADC12"],
             ["Disposition", "Interim (class B)"],
             ["Quantity limit", "2,000 pcs"],
             ["Expiry", "2024-09-30"],
             ["Open item", "Porosity in bore B2; 100% leak test at 1.5 bar required"],
         ]),
         ("p", "Only 2,000 pcs may be produced under this interim disposition. Issued by: Watanabe Hideki, SQE Manager, 2024-07-02."),
     ], author="Watanabe Hideki")),
      ("Production_Release_01_FSG-3307.pdf", pdf([
          ("h1", "Production Release No. 01"),
          ("p", "Fuji Seiki de Guanajuato S.A. de C.V. - Compras - to Foshan Rongsheng Die Casting Co., Ltd. - 2024-07-03"),
          ("table", [
              ["Part", "Released quantity", "Basis", "Delivery"],
              ["FSG-3307-11", "2,500 pcs", "PPAP interim disposition of 2024-07-02", "Aug-Sep 2024"],
          ]),
          ("sp",),
          ("p", "We release 2,500 pcs for production under the interim disposition. The balance of PO 4500035520 remains on hold "
                "until full PPAP sign-off and a written release by Ishikawa Ryo, Purchasing Manager."),
          ("p", "Material authority: for the released quantity. 100 % leak test records to be sent with each shipment."),
      ], title="Production Release 01", author="Ishikawa Ryo"))])

# p33: portal schedule table firm 800 vs buyer message "firm release for week 32: 1,000 pcs".
case("p33_portal_firm_800_vs_1000", ["RG011"],
     "portal schedule shows week 32 firm quantity 800, the buyer's portal message in the same view releases 1,000 for week 32",
     [("SupplierConnect_Schedule_BPO-4471.html", html_page("SupplierConnect - Schedule BPO-4471", T("""
        <div style="background:#003366;color:#fff;padding:6px"><b>SupplierConnect</b> &mdash; Northfield Vehicle Systems &mdash; Delivery schedule</div>
        <p>Blanket PO: <b>BPO-4471</b> &nbsp;|&nbsp; Supplier: Rayong Wiring Systems Co., Ltd. (00471233) &nbsp;|&nbsp;
        Part: 6620-121-07 rev B &mdash; harness, seat heater RH &nbsp;|&nbsp; Scheduler: Tyler Whitfield</p>
        <table>
        <tr><th>Week</th><th>Qty (EA)</th><th>Type</th></tr>
        <tr><td>2024-W32</td><td>800</td><td>FIRM &ndash; produce and ship</td></tr>
        <tr><td>2024-W33</td><td>1,000</td><td>FORECAST &ndash; information only, not released</td></tr>
        <tr><td>2024-W34</td><td>1,000</td><td>FORECAST &ndash; information only, not released</td></tr>
        <tr><td>2024-W35</td><td>1,200</td><td>FORECAST &ndash; information only, not released</td></tr>
        </table>
        <h3>Messages</h3>
        <div class="note">
        <p><b>Tyler Whitfield (Northfield, Material Scheduler) &mdash; 2024-07-26 14:02 EST</b><br>
        Hi team, firm release for week 32: 1,000 pcs. Please confirm ship date in the portal.
        Weeks 33+ stay not released until the next firm schedule, which I will publish after receiving inspection of the
        week 32 lot. Material authority: firm quantity only.</p>
        </div>
        <div class="note">
        <p><b>Nattaya P. (Rayong Wiring, Customer Service) &mdash; 2024-07-26 21:40 ICT</b><br>
        Received, we will confirm ship date tomorrow morning.</p>
        </div>
        """)))])

# p34: release in one PDF: table 500, text "5,000 (five hundred)".
case("p34_five_thousand_five_hundred", ["RG011"],
     "one release document: the table releases 500 pcs, the text asks to produce '5,000 (five hundred)' pcs",
     [("Release_02_MS-7720-330.pdf", pdf([
         ("h1", "Uvolnění do výroby č. 2 / Production release no. 2"),
         ("p", "Moravia Seating s.r.o., Nákup - to Ștanțe Industriale Pitești SRL, Str. Depozitelor 18, Pitești, RO"),
         ("p", "Date: 2024-07-15   PO 4100080226   Part MS-7720-330 seat side bracket, S420MC 3,0 mm"),
         ("table", [
             ["Release", "Released qty", "Delivery", "Issued by"],
             ["No. 1 (2024-05-20)", "300 pcs", "CW 23", "H. Procházková"],
             ["No. 2 (this release)", "500 pcs", "CW 31-32", "H. Procházková"],
         ]),
         ("sp",),
         ("p", "With this release please produce 5,000 (five hundred) pcs of MS-7720-330 for delivery in CW 31-32."),
         ("p", "The remaining quantity of PO 4100080226 is not released. The next release will be issued in writing by "
               "Hana Procházková (Purchasing) after lot acceptance of release no. 2. Material authority: released quantity only."),
         ("p", "Hana Procházková, Nákup / Purchasing, +420 326 711 215"),
     ], title="Release 02", author="Hana Prochazkova"))])

# p35: Thai harness supplier: deposit received = go signal, production started.
_p35_buyer = T("""
    Dear Khun Natthapong,

    PO 4100083310 is for 50 sample harness sets (PN BTS-HV-7702, rev. 03) for our DV build.
    The 5,000-set production quantity is not released. Release only in writing by me, Lenka Horáková,
    after DV sign-off. Material authority: 50 sets.

    30 % deposit on the sample sets and the test fixture will be paid this week, as per your terms.

    Best regards,
    Lenka Horáková
    Bohemia Thermal Systems a.s.
    """)
_p35_text = T("""
    Dear Ms. Lenka,

    Sawasdee krub. We received your 30 % deposit today, thank you very much for fast payment.

    Deposit received is our go signal, so production of the BTS-HV-7702 harnesses started today on line 3 to meet
    your SOP. Samples will ship together with the first production boxes.

    Test fixture FX-7702 is finished, photo attached in next mail.

    Best regards,
    Natthapong Charoensuk
    Sales Engineer
    Siam Precision Wire Harness Co., Ltd.
    Amata Nakorn, Chonburi
    +66 38 457 300

    ----- Original Message -----
    From: Lenka Horáková <horakova@bohemia-thermal.cz>
    Sent: Tuesday, June 4, 2024 4:15 PM
    Subject: PO 4100083310 BTS-HV-7702 samples

    """) + quote(_p35_buyer)
case("p35_th_deposit_go_signal", ["RG012"],
     "supplier treats the deposit as its go signal and starts production, although the quoted PO releases 50 sample sets only",
     [("RE_PO_4100083310_deposit.eml", eml(mail(
         "Natthapong Charoensuk <natthapong@siam-pwh.co.th>", "Lenka Horáková <horakova@bohemia-thermal.cz>",
         "RE: PO 4100083310 BTS-HV-7702 samples - deposit received", "Mon, 10 Jun 2024 17:30:00 +0700", _p35_text)))])

# p36: portal PO scoped correctly, but a buyer message says "acceptance = go" and "green light".
case("p36_portal_acceptance_green_light", ["RG002", "RG012"],
     "portal PO holds line 2 for a written release by a named buyer, but the program buyer's message says accepting the PO in the portal is 'the green light - acceptance = go'",
     [("SupplierConnect_PO_NVS-77410.html", html_page("SupplierConnect - PO NVS-77410", T("""
        <div style="background:#003366;color:#fff;padding:6px"><b>SupplierConnect</b> &mdash; Northfield Vehicle Systems</div>
        <h2>Purchase Order NVS-77410 <small>(status: Open &ndash; awaiting supplier acceptance)</small></h2>
        <p>Supplier: Plásticos Técnicos de Apodaca S.A. de C.V. (00510877) &nbsp;|&nbsp; Buyer: Rebecca Lin &nbsp;|&nbsp; Terms: Net 60, DAP Spartanburg</p>
        <table>
        <tr><th>Line</th><th>Part</th><th>Scope</th><th>Qty</th><th>Status</th><th>Unit price</th></tr>
        <tr><td>1</td><td>77410-NV-2 rev A</td><td>PPAP samples</td><td>60 EA</td><td>released</td><td>USD 22.00</td></tr>
        <tr><td>2</td><td>77410-NV-2 rev A</td><td>Production</td><td>12,000 EA</td><td>on hold &ndash; not released</td><td>USD 3.10</td></tr>
        </table>
        <p>Line 2 note: on hold. Line 2 will be released only by a written release from Rebecca Lin (Senior Buyer) after PPAP
        sign-off. Material authority: line 1 only.</p>
        <h3>Messages</h3>
        <div class="note">
        <p><b>Mark Jensen (Northfield, Program Buyer) &mdash; 2024-06-18 09:12 EST</b><br>
        Hi Hector, to keep NV-T3 on track: once you accept this PO in the portal you have the green light.
        Acceptance = go, no need to wait for anything else from us.</p>
        </div>
        <div class="note">
        <p><b>Héctor Salinas (Plásticos Técnicos, Ventas) &mdash; 2024-06-18 10:40 CST</b><br>
        Thanks Mark, we will accept today.</p>
        </div>
        <p><button>Accept</button> <button>Reject</button> <button>Request change</button></p>
        """)))])

# p37: WeChat with a Chinese die caster: deposit -> mass production; forecast booked as firm order.
case("p37_wechat_deposit_forecast", ["RG008", "RG012"],
     "supplier starts mass production because the deposit arrived, and takes the buyer's 8k/month forecast as a firm order; buyer's scope (100 samples, 30k held for his written release after PPAP) is in the chat",
     [("WeChat_Rongsheng_FSA.txt", T("""
        WeChat chat export - Rodrigo Álvarez (Frenos y Suspensiones de Aguascalientes) / Eric Liang (Foshan Rongsheng)
        Exported 2024-07-05
        ------------------------------------------------------------
        2024-06-24 21:05  Rodrigo Álvarez: Hi Eric, PO 4500034410 sent. PO is 100 pcs samples only. Mass production 30k NOT released. Written release from me (Rodrigo Álvarez) after PPAP sign-off.
        2024-06-24 21:07  Rodrigo Álvarez: Forecast for next year is about 8k per month, only for your capacity planning.
        2024-06-25 08:40  Eric Liang: received Rodrigo 👍
        2024-07-03 10:12  Eric Liang: Deposit received today 👍 thank you. So we start mass production now, no problem
        2024-07-03 10:13  Eric Liang: and your forecast 8k/month we take as firm order, already book 2 machines (800T) for Q4 😊
        2024-07-03 10:15  Eric Liang: [Image]
        2024-07-03 22:30  Rodrigo Álvarez: Samples ETA?
        2024-07-04 08:02  Eric Liang: samples ETD 7/12, air to GDL
        """))])

# p38: Mexican buyer: anticipo paid so start production; "release" used for PPAP and for production.
_p38_text = T("""
    Hola Luis,

    ya pagamos el anticipo del 50 % de la OC 4500034415 (transferencia del 2 de julio), así que pueden arrancar
    la producción (you can start production).

    Recordatorio de la OC: 40 muestras PPAP; el balance de 7,960 pzas queda en espera / not released hasta la firma
    del PSW y la liberación por escrito del Ing. Héctor Salas (yo).

    Para que no haya confusión con los términos:
    - The PPAP release comes from Quality (Ing. Paola Ruiz) once the PSW is signed.
    - The production release comes from me, in writing.

    Saludos,
    Ing. Héctor Salas
    Compras Estratégicas - Fundición
    Frenos y Suspensiones de Aguascalientes S.A. de C.V.
    Tel. +52 449 910 3300
    """)
case("p38_mx_anticipo_ppap_release", ["RG009", "RG012"],
     "buyer says the 50% advance is paid 'so you can start production' (payment as authority), and uses 'release' both for the PPAP (technical) and for production",
     [("Anticipo_OC_4500034415.eml", eml(mail(
         "Héctor Salas <hsalas@fysa.com.mx>", "Luis Herrera <lherrera@fundicion-leon.mx>",
         "Anticipo OC 4500034415", "Wed, 03 Jul 2024 12:45:00 -0600", _p38_text)))])

# p39: Romanian stamper books a labelled 830 forecast as a firm order.
_p39_830 = T("""
    EDI 830 PLANNING SCHEDULE (print)  -  RHEINTAL FAHRWERK GMBH, RASTATT
    Supplier : 0000560781  STANTE INDUSTRIALE PITESTI SRL
    Part     : RF-8812-330-01  Federbeinstuetze / strut mount bracket
    Schedule : 830-2024-27   FORECAST - PLANNING ONLY, NOT AN ORDER
    ---------------------------------------------------------------
     PERIOD        QTY      TYPE
     2024-07      16.000    PLANNING
     2024-08      14.000    PLANNING
     2024-09      18.000    PLANNING
     Q3 TOTAL     48.000    PLANNING
    ---------------------------------------------------------------
    FAB AUTH: 0   RAW AUTH: 0
    Shipments only against call-offs (862).
    """)
_p39_text = T("""
    Dear Mr. Weber,

    thank you for the planning schedule 830-2024-27.

    We have booked the 48.000 pcs for Q3 as your firm order and reserved press line 4 (630 t) accordingly for July
    to September. Order confirmation follows from our ERP tomorrow. Please confirm.

    Our annual holiday is 12-16 August, the plan above already considers it.

    Best regards,
    Cristina Dumitrescu
    Key Account Manager
    Ștanțe Industriale Pitești SRL
    +40 248 610 455
    """)
case("p39_ro_books_830_as_firm", ["RG008"],
     "supplier books the Q3 830 planning quantity (48.000, labelled forecast, FAB/RAW 0) as the buyer's firm order",
     [("RE_830-2024-27_Q3.eml", eml(mail(
         "Cristina Dumitrescu <cristina.dumitrescu@sip-pitesti.ro>", "Markus Weber <markus.weber@rheintal-fahrwerk.de>",
         "RE: Planning schedule 830-2024-27 RF-8812-330-01", "Thu, 27 Jun 2024 10:20:00 +0300", _p39_text,
         attachments=[("830-2024-27.txt", _p39_830, "text/plain")])))])

# p40: US buyer - "budget release" (commercial) next to "production release"; 2025 forecast called a commitment.
_p40_text = T("""
    Hi Arturo,

    Good news from our side: we got the budget release from finance yesterday for the R5 program, so the money is there.

    Our 2025 forecast of 120,000 housings is now a commitment to you - please plan your press capacity on that basis.

    For the parts themselves nothing changes today: PO 7712-30870 stays samples only (40 pcs) and nothing beyond them is
    released yet. Production release of the first lot will come from me in writing after PPAP sign-off.

    Thanks,
    Rachel
    """) + sig("Rachel Ng", "Purchasing Manager", "Ridgeway Automotive Systems, Lansing MI", "+1 517 555 0110")
case("p40_us_budget_release_forecast_commitment", ["RG008", "RG009"],
     "buyer calls the 2025 forecast of 120,000 'a commitment to you', and uses 'release' for the budget (commercial) and for production",
     [("R5_budget_and_volume.eml", eml(mail(
         "Rachel Ng <rng@ridgeway-auto.com>", "Arturo Medina <amedina@plasticos-apodaca.mx>",
         "R5 program - budget and volumes", "Fri, 28 Jun 2024 16:30:00 -0400", _p40_text,
         html=simple_html(_p40_text))))])

# p41: Japanese buyer - "approve" for drawing (technical) and PO (commercial); forecast placed as an order.
_p41_text = T("""
    Dear Khun Prasert,

    Thank you for your kind support always.

    1. Drawing
    We approve your drawing rev.3 of bezel KDC-5520-B (technical confirmation of gate position and ejector marks).

    2. Sample PO
    Our purchase order KDC-24-1390 for twenty (20) pcs samples is approved by our management today.
    Mass production is not released by this PO. Mass production release will be issued separately in writing by
    Yamada Shinji (Purchasing Manager) after our ISIR sign-off.

    3. Mass production volume
    About mass production, our annual forecast is 36,000 pcs. We place our order of this forecast 36,000 pcs to you,
    please prepare the production line.

    Best regards,
    Morimoto Yuki
    Purchasing Section 2
    Kansai Denso Components Co., Ltd.
    TEL +81 6 6460 2281
    """)
case("p41_jp_approve_and_forecast_order", ["RG008", "RG009"],
     "buyer 'approves' the drawing (technical) and the PO 'is approved by our management' (commercial), and places 'our order of this forecast 36,000 pcs'",
     [("KDC-5520-B_drawing_PO_forecast.eml", eml(mail(
         "Morimoto Yuki <y-morimoto@kansai-denso.co.jp>", "Prasert Chaiyaporn <prasert@rayong-stamping.co.th>",
         "[KDC] KDC-5520-B drawing rev.3 / sample PO / volume", "Tue, 18 Jun 2024 18:05:00 +0900", _p41_text,
         html=simple_html(_p41_text))))])

# p42: German buyer: "ship next week's requirement" (no quantity) + forecast weeks declared binding; HTML forecast attached.
_p42_html = html_page("Vorschau KW 30-38", T("""
    <h3>Oberpfalz Karosserieteile GmbH &ndash; Vorschau / forecast, Lieferplan 5500004930</h3>
    <p>Teil: OK-6620-410-00 Kabelkanal / cable duct, PP-T20 &nbsp;|&nbsp; Lieferant: Plastika Zlín s.r.o.</p>
    <table>
    <tr><th>KW</th><th>Menge (Stk.)</th><th>Art</th></tr>
    <tr><td>30</td><td>2.000</td><td>Vorschau / forecast</td></tr>
    <tr><td>31</td><td>2.000</td><td>Vorschau / forecast</td></tr>
    <tr><td>32&ndash;34</td><td>6.600</td><td>Vorschau / forecast</td></tr>
    <tr><td>35&ndash;38</td><td>9.000</td><td>Vorschau / forecast</td></tr>
    </table>
    """), lang="de")
_p42_text = T("""
    Hallo Frau Nováková,

    please ship next week's requirement as usual, same truck slot Tuesday 06:00.

    The forecast quantities for CW 30-38 in the attached overview are binding and will be called off in full -
    you can count on them for your planning.

    Anything beyond the current call remains not released until the next JIT call, signed by me.

    Viele Grüße
    Jörg Hansen
    Disposition
    Oberpfalz Karosserieteile GmbH, Amberg
    Tel. +49 9621 47 2215
    """)
case("p42_de_next_weeks_requirement", ["RG008", "RG010"],
     "buyer asks to 'ship next week's requirement' without stating any quantity, and declares the CW 30-38 forecast binding and to be called off in full",
     [("Abruf_naechste_Woche_OK-6620.eml", eml(mail(
         "Jörg Hansen <joerg.hansen@okt-amberg.de>", "Lucie Nováková <novakova@plastika-zlin.cz>",
         "OK-6620-410-00 nächste Woche / Vorschau KW 30-38", "Thu, 18 Jul 2024 09:40:00 +0200", _p42_text,
         attachments=[("Vorschau_KW30-38.html", _p42_html, "text/html")])))])

# p43: "approval" used for the PSW (technical), the PO (commercial) and production.
_p43_text = T("""
    Dear Mr. Popescu,

    good news on PN MS-7720-118 (seat rail end cap):

    - The PSW for the 25 PPAP samples is approved - technical approval by our quality department on 8 July.
    - The PO 4100080544 for the 25 sample pcs is approved in our system as well (commercial approval by controlling).
    - Approval for production of the remaining 7,975 pcs is not given yet. It comes in writing from me,
      Hana Procházková, after the run-at-rate on 23 July, which we will witness at your plant in Pitești.

    Please prepare the run-at-rate with production operators and the final packaging (returnable GLT).

    S pozdravem / Best regards
    Hana Procházková
    Nákup / Purchasing
    Moravia Seating s.r.o.
    +420 326 711 215
    """)
case("p43_cz_three_approvals", ["RG009"],
     "'approved/approval' used for the PSW (technical), the sample PO (commercial) and production of the balance in one email; scope otherwise complete",
     [("MSPortal_message_MS-7720-118.html", html_page("Moravia Seating Supplier Portal - message", (
         "<div style=\"background:#5a2d82;color:#fff;padding:6px\"><b>MS Supplier Portal</b> &mdash; Zprávy / Messages</div>\n"
         "<table>\n<tr><th>From</th><td>Hana Proch&aacute;zkov&aacute; (Moravia Seating, N&aacute;kup)</td></tr>\n"
         "<tr><th>To</th><td>Dan Popescu (&#536;tan&#539;e Industriale Pite&#537;ti SRL)</td></tr>\n"
         "<tr><th>Sent</th><td>2024-07-10 14:00 CEST</td></tr>\n"
         "<tr><th>Subject</th><td>MS-7720-118 PSW / PO / next steps</td></tr>\n</table>\n"
         "<div class=\"note\">" + "".join("<p>" + escape(p).replace("\n", "<br>\n") + "</p>\n"
                                          for p in _p43_text.split("\n\n") if p.strip()) + "</div>\n"
         "<p><i>Attachments:</i> PSW_MS-7720-118_signed.pdf</p>\n")))])

# p44: release letter without a quantity; "release" used for the ISIR (technical) and for production.
case("p44_de_release_letter_no_qty", ["RG009", "RG010"],
     "release letter 'hereby releases series production' with no quantity anywhere, and calls the quality department's ISIR acceptance an 'ISIR release'",
     [("Serienfreigabe_LL-5530-610.pdf", pdf([
         ("h1", "Serienfreigabe / Production release"),
         ("p", "Lichtwerk Lippstadt GmbH - Einkauf - to Injectplast Sibiu SRL, Str. Șoseaua Alba Iulia 91, Sibiu, RO"),
         ("p", "Datum / Date: 2024-05-21   Part: LL-5530-610-01 bezel, PC/ABS, grain VDI 27   Scheduling agreement 5500004702"),
         ("p", "Following the ISIR release by our quality department on 14 May 2024 (ISIR no. Q-24-0714, VDA Vorlagestufe 2), "
               "we hereby release series production of part LL-5530-610-01. Deliveries per the JIT schedule in the supplier portal."),
         ("p", "Quantities beyond the current JIT call are not released. Further quantities require a written release signed by "
               "Dr. Anna Weiß (Head of Purchasing Plastics) after lot acceptance of the first series lot."),
         ("p", "Please note our packaging instruction VA-5530 (KLT 4147, 24 pcs) and label standard VDA 4902."),
         ("p", "Mit freundlichen Grüßen, Dr. Anna Weiß"),
     ], title="Serienfreigabe LL-5530-610", author="Anna Weiss"))])

# p45: "go ahead with the ISIR samples" but the sample quantity is never stated.
_p45_text = T("""
    Dear Mr. Chen,

    thank you for the T1 report. Please go ahead with the ISIR samples for PN TDC-3390-02 (drawing rev. C),
    cavities 1-4 marked, with the ISIR in our format and the material certificate (PA6-GF30, Ultramid B3WG6).

    Mass production stays on hold until a written release from me, Ito Kenta, after our ISIR sign-off.
    Material: sample quantity only.

    Delivery address: Toyo Denso Czech s.r.o., Průmyslová zóna Triangle, Žatec, receiving gate 2.

    Best regards,
    Ito Kenta
    Purchasing
    Toyo Denso Czech s.r.o.
    +420 415 930 118
    """)
case("p45_cz_jp_go_ahead_isir_no_qty", ["RG010"],
     "'go ahead with the ISIR samples' is scoped to samples, but no sample quantity is stated anywhere; hold, event and named release authority are present",
     [("ISIR_sample_request_TDC-3390-02.docx", docx_bytes(
         [("h1", "ISIR Sample Request / Požadavek na vzorky ISIR"),
          ("table", [
              ["Field", "Entry"],
              ["To", "Dongguan Kaida Plastic Products Co., Ltd. - Mr. Chen Hao"],
              ["From", "Toyo Denso Czech s.r.o. - Purchasing - Ito Kenta"],
              ["Date", "2024-07-15"],
              ["Part", "TDC-3390-02 connector housing, PA6-GF30, drawing rev. C"],
              ["Reference", "T1 report TR-3390-01 received 2024-07-12"],
          ]),
          ("sp",)] + [("p", p.replace("\n", " ")) for p in _p45_text.split("\n\n") if p.strip()],
         author="Ito Kenta"))])


# =================================================================== WRITE
def _stem(fn):
    stem = fn.rsplit(".", 1)[0]
    return re.sub(r"[^A-Za-z0-9_-]+", "_", stem)


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(4343).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h43_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(order)} cases to {OUT}")


if __name__ == "__main__":
    main()
