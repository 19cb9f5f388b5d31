#!/usr/bin/env python3
"""Generator for the releasegate check_holdout9 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout9/build.py

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
    m["Message-ID"] = msgid or f"<h9-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h9")
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



def E(name, m):
    return (name, eml_bytes(m))


# =================================================================== CLEAN
# c01: supplier quote on its own, sample and series tiers (Czech forging shop)
case("c01_quote_kovarna", [], "supplier quote alone with sample and series tiers; no authorized quantity, nothing authorizes",
     [("NAB-2024-0318_Kovarna_Zlin.pdf", pdf([
         ("h1", "CENOVÁ NABÍDKA / QUOTATION NAB-2024-0318"),
         ("p", "Kovárna Zlín s.r.o., Tř. Tomáše Bati 1650, 760 01 Zlín, CZ  |  IČO 25 51 44 09  |  ISO 9001:2015, IATF 16949"),
         ("p", "Zákazník / Customer: Hartwell Axle Components LLC, Fort Wayne, IN, USA. Attn. Mr. Brian Kessler, Commodity Buyer."),
         ("p", "Dotaz / RFQ: HAC-RFQ-2240 dated 11.03.2024. Díl / Part: Steering knuckle forging, PN HAC-4410-220, drawing 4410-220 Rev 12, material 42CrMo4 per EN 10083-3, heat treatment QT, hardness 280–320 HB."),
         ("h", "Ceny / Prices (EXW Zlín, Incoterms 2020)"),
         ("table", [["Pol.", "Popis / Description", "Množství / Qty", "Cena/ks EUR", "Dodací lhůta / Lead time"],
                    ["1", "Vzorky / Samples (PPAP level 3, incl. dimensional report)", "10 ks", "86,40", "6 týdnů / 6 weeks from order"],
                    ["2", "Série / Series price break", "2.500 ks", "24,15", "8 týdnů po uvolnění / 8 weeks after your release"],
                    ["3", "Série / Series price break", "5.000 ks", "22,90", "8 týdnů po uvolnění / 8 weeks after your release"],
                    ["4", "Zápustka / Forging die (one-off)", "1", "14.800,00", "incl. in sample lead time"]]),
         ("sp",),
         ("p", "Ceny platí 90 dní. Prices valid 90 days. Series prices are indicative and assume steel surcharge index of 03/2024; they will be re-confirmed when you place a series order."),
         ("p", "Platební podmínky / Payment: die 50 % with order, 50 % after PPAP submission; parts 30 days net."),
         ("p", "Balení / Packing: wooden crate, max. 400 kg, VCI film."),
         ("p", "Vypracoval / Prepared by: Ing. Petra Horáková, obchodní oddělení / Sales, +420 577 112 430, horakova@kovarna-zlin.cz"),
     ], title="Quotation NAB-2024-0318", author="Kovarna Zlin"))])

# c02: supplier asks whether it may start the balance; quoted buyer scope complete
_m = mail("Rafael Contreras <rcontreras@fundicionesdelbajio.mx>", "Dana Whitfield <dwhitfield@prairiebrake.com>",
          "RE: PO 4500-2291 PPAP samples shipped - may we start the balance?",
          "Tue, 14 May 2024 16:42:10 -0600",
          "Hola Dana,\n\n"
          "The 20 PPAP castings left Celaya today with Estafeta, tracking 8821 4402 9913. Dimensional report, "
          "material certs (A380 per ASTM B85) and the PSW are in the box and in your portal.\n\n"
          "Quick question before our planning meeting on Thursday: may we start the balance of 1,980 pcs, or do "
          "we wait for the PPAP sign-off and your written release? Our die is free in week 22 and week 25, so "
          "just tell us which one fits. We will not touch the balance or buy ingot for it until we hear from you.\n\n"
          "Saludos,\nRafael\n"
          + sig("Rafael Contreras", "Gerente de Ventas / Sales Manager", "Fundiciones del Bajío S.A. de C.V.", "+52 461 612 0440")
          + "\n\nOn Fri, 26 Apr 2024, Dana Whitfield wrote:\n"
          "> Rafael, PO 4500-2291 is attached. To be clear on scope:\n"
          "> - Authorized now: 20 pcs PPAP samples, PN PB-7730-18 Rev C.\n"
          "> - The remaining 1,980 pcs on your quote are NOT released. Do not start them and do not buy\n"
          ">   ingot for them.\n"
          "> - They get released only after PPAP sign-off, by a written release from me (Dana Whitfield,\n"
          ">   Purchasing Manager). Nobody else at Prairie Brake can release them.\n"
          "> Thanks, Dana\n")
case("c02_re_po_4500_2291", [], "supplier question about starting the balance; quoted buyer scope names qty, hold, event, person",
     [E("RE_PO_4500-2291_PPAP_samples.eml", _m)])

# c03: labelled forecast
case("c03_forecast_oring", [], "buyer forecast clearly labelled not an order, no production or material authority",
     [("FCST_Q3-Q4_2024_Anatolia_Seal.txt",
       "ERIE VALLEY HYDRAULICS INC.          12-MONTH FORECAST                RUN DATE 06/03/2024\n"
       "SUPPLIER: ANATOLIA SEAL SANAYI A.S. (VEND 20417)        PLANNER: K. MARSH  ext 2231\n"
       "=============================================================================\n"
       "*** FORECAST ONLY - THIS IS NOT A PURCHASE ORDER. NO PRODUCTION, MATERIAL OR   ***\n"
       "*** CAPACITY AUTHORITY IS GIVEN BY THIS DOCUMENT. ONLY PO RELEASES AUTHORIZE.  ***\n"
       "=============================================================================\n"
       "ITEM             DESCRIPTION                     JUL    AUG    SEP    OCT    NOV    DEC\n"
       "OR-AS568-214-N70 O-RING NBR 70 SHORE A DASH 214  4,000  4,000  6,000  6,000  5,000  3,000\n"
       "OR-AS568-117-V75 O-RING FKM 75 DASH 117          1,500  1,500  1,500  2,000  2,000  1,000\n"
       "BU-2040-PTFE     BACKUP RING PTFE 20X24X1.4        800    800  1,200  1,200  1,000    600\n"
       "-----------------------------------------------------------------------------\n"
       "NOTES: QUANTITIES ARE ESTIMATES FOR YOUR CAPACITY PLANNING. FIRM QUANTITIES COME\n"
       "ONLY AS PO RELEASES ISSUED BY PURCHASING. SPEC: ISO 3601-1 CLASS A, ISO 3601-3 GRADE N.\n"
       "QUESTIONS: K.MARSH@ERIEVALLEYHYD.COM\n")])

# c04: FAI approved for fit check only; production not released (aerospace, US buyer)
case("c04_fai_disposition", [], "FAI sign-off scoped to fit check only; 5 pcs active, 145 not released, written release by named director",
     [("FAI_Disposition_PO7781.docx", docx_bytes([
         ("h1", "First Article Disposition - PO 7781"),
         ("p", "Supplier: Kettering Precision Machining, Dayton OH (CAGE 4RT12)."),
         ("p", "Part: Bracket, actuator mount, PN 7781-150-02, DRG 20-1450 Rev F, 7075-T7351 plate per AMS 4078."),
         ("table", [["Item", "Result"],
                    ["FAI report (AS9102 Forms 1-3)", "Received 03 June 2024, SN 001-005"],
                    ["Characteristics", "112 of 112 conforming; balloon 47 re-measured on CMM"],
                    ["Disposition", "Sign-off for form/fit check only"],
                    ["Quantity authorized now", "5 pcs (the first articles already built)"],
                    ["Production quantity", "145 pcs - NOT released"]]),
         ("sp",),
         ("p", "The FAI pieces are signed off for fit check on the actuator test rig only. Production is not released. "
               "Do not start the 145 production pieces and do not buy plate for them."),
         ("p", "The 145 pieces will be released only after the fit check closes and a revised PO 7781 rev 2 is issued, "
               "by a written release signed by Rachel Ostrowski, Director of Supply Chain."),
         ("p", "Quality contact: Tom Beaudry, Supplier Quality Engineer, tbeaudry@northfield-aero.com."),
     ], author="Tom Beaudry"))])

# c05: full-quantity PO that says proceed (dental / ortho)
case("c05_po_ortho_cases", [], "full-quantity PO, 'proceed with 1,200' scoped; no balance so absence rules do not apply",
     [("PO_10488_BrightArch.pdf", pdf([
         ("h1", "PURCHASE ORDER 10488"),
         ("p", "BrightArch Orthodontics Inc., 2200 Pearl St, Boulder CO 80302, USA"),
         ("p", "Vendor: Saigon Precision Moulding Co., Ltd., Lot C3, Tan Thuan EPZ, District 7, Ho Chi Minh City, Vietnam"),
         ("p", "Date: 07/15/2024   Terms: Net 45   Ship via: DHL Express, DAP Boulder   Buyer: Megan Alvarez"),
         ("table", [["Line", "Part", "Description", "Qty", "Unit USD", "Ext USD"],
                    ["1", "BA-CASE-03 Rev B", "Aligner case, PP, frosted teal, logo pad print", "1,200", "0.94", "1,128.00"]]),
         ("sp",),
         ("p", "This is a full production order. Please proceed with all 1,200 cases; there is no further quantity on this PO and no balance to be released later."),
         ("p", "Pad print artwork BA-ART-0031 (Pantone 7473 C). Packing: 50 per poly bag, 400 per carton, carton label with PO and lot number."),
         ("p", "Certificate of conformance and FDA-compliant resin declaration (21 CFR 177.1520) required with shipment."),
     ], pagesize=LETTER, title="PO 10488", author="BrightArch Orthodontics"))])

# c06: call-off with explicit staged material authority above the release (rubber, Turkish supplier)
case("c06_calloff_staged", [], "call-off releases 2,000; explicit staged material authority to 10,000 at buyer liability",
     [("Call-off_CO-118_Anatolia.docx", docx_bytes([
         ("h1", "Call-off CO-118 under Blanket PO 7200-044"),
         ("p", "From: Erie Valley Hydraulics Inc., Purchasing. To: Anatolia Seal Sanayi A.Ş., Gebze OSB, Kocaeli, Türkiye."),
         ("p", "Item OR-AS568-214-N70, O-ring NBR 70 Shore A, dash 214, per ISO 3601-1 Class A."),
         ("table", [["", "Quantity", "Status"],
                    ["Released for production by this call-off", "2,000 pcs", "Ship by 30 Aug 2024"],
                    ["Material authority (staged)", "up to 10,000 pcs of compound", "at Erie Valley's liability"],
                    ["Remaining blanket quantity", "22,000 pcs", "not released"]]),
         ("sp",),
         ("p", "You may mix and hold NBR compound for up to 10,000 pcs at our liability. That is material authority only: "
               "mould and ship no more than the 2,000 pcs released above."),
         ("p", "The remaining 22,000 pcs stay on hold. They will be released only by the next call-off, signed by "
               "Kevin Marsh, Materials Manager."),
         ("p", "Teşekkürler, iyi çalışmalar. Kevin Marsh, Materials Manager, +1 814 555 0182"),
     ], author="Kevin Marsh"))])

# c07: explicit, recorded auto-conversion (automotive PPAP)
case("c07_po_rev2_autoconv", [], "explicit recorded auto-conversion naming quantity, signer and conditions",
     [("PO_4500-3310_rev2.txt",
       "PRAIRIE BRAKE SYSTEMS LLC - PURCHASE ORDER 4500-3310 REVISION 2          PAGE 1 OF 1\n"
       "VENDOR 300118  FUNDICIONES DEL BAJIO SA DE CV, CELAYA GTO MX\n"
       "BUYER  D.WHITFIELD    REV DATE 05/20/2024    TERMS NET 60   FOB CELAYA\n"
       "---------------------------------------------------------------------------\n"
       "LN ITEM           DESCRIPTION                   QTY   UOM  SCOPE       DUE\n"
       "01 PB-7731-04 RB  CALIPER BRACKET, A380 DC        30  EA   SAMPLE      06/07/24\n"
       "02 PB-7731-04 RB  CALIPER BRACKET, A380 DC     2,400  EA   PRODUCTION  08/16/24\n"
       "---------------------------------------------------------------------------\n"
       "REVISION 2 NOTE - AUTO-CONVERSION AGREED AND RECORDED:\n"
       "LINE 01 (30 PCS PPAP SAMPLES) IS RELEASED NOW. LINE 02 (2,400 PCS) IS RELEASED\n"
       "AUTOMATICALLY, WITHOUT A FURTHER DOCUMENT, WHEN AND ONLY WHEN THE PPAP IS SIGNED\n"
       "OFF AS FULLY APPROVED (NOT INTERIM) BY LUIS ORTEGA, SUPPLIER QUALITY MANAGER, ON\n"
       "THE PSW. AN INTERIM OR REJECTED DISPOSITION RELEASES NOTHING. UNTIL THE PSW IS\n"
       "SIGNED, DO NOT START LINE 02 AND DO NOT BUY INGOT FOR IT.\n"
       "AGREED BY D. WHITFIELD (PURCHASING MANAGER) AND R. CONTRERAS (FUNDICIONES) 05/20/24.\n"
       "---------------------------------------------------------------------------\n"
       "SHIP TO: PRAIRIE BRAKE PLANT 2, 1400 INDUSTRIAL PKWY, MUNCIE IN 47302\n")])

# c08: long forwarded thread; old quote as rfc822, declared informational
_old = mail("Sales Team <sales@printforge3d.com>", "Jordan Ruiz <jordan@loopwell.io>",
            "Quote Q-3318 - Loopwell hinge clip (MJF PA12)", "Mon, 04 Mar 2024 10:15:00 -0800",
            "Hi Jordan,\n\nThanks for the STEP files. Quote Q-3318:\n\n"
            "  Prototype lot    25 pcs   MJF PA12, dyed black   $6.80/pc   5 business days\n"
            "  Production lot 5,000 pcs  MJF PA12, dyed black   $2.10/pc   3 weeks\n\n"
            "Valid 30 days. Let us know!\n\nPrintForge 3D Sales\n")
_m = mail("Jordan Ruiz <jordan@loopwell.io>", "Aisha Bello <aisha@printforge3d.com>",
          "Fwd: Quote Q-3318 - old numbers, FYI only + PO 1042 for the hinge clips",
          "Wed, 12 Jun 2024 21:03:44 -0700",
          "hey Aisha!\n\n"
          "forwarding the old March quote so you have the history on the hinge clip. the 5,000 pc figure in it is "
          "informational only and is NOT released, we're nowhere near that yet lol.\n\n"
          "what I actually need: PO 1042 covers 40 pcs of the hinge clip rev D (HC-0042-D), MJF PA12 dyed black. "
          "that's all you should print. no powder or build space for anything beyond the 40.\n\n"
          "any production qty after that only happens if our drop test passes and I (Jordan Ruiz, co-founder, "
          "I own purchasing here) send you a written release with the number. until then nothing beyond 40 is released.\n\n"
          "ship to the Oakland office pls, same as last time. also - the logo on the last batch was a bit shallow, "
          "can you bump the emboss to 0.4 mm?\n\nthanks!!\nJordan\n\n--\nJordan Ruiz | co-founder, Loopwell | +1 510 555 0147\n",
          attachments=[("rfc822", _old)])
case("c08_fwd_old_quote", [], "old quote with 5,000 forwarded as rfc822 and declared informational; 40 active, hold, written release by named founder",
     [E("Fwd_Quote_Q-3318_and_PO_1042.eml", _m)])

# c09: quoted supplier assumption of auto-conversion, corrected by the buyer
_m = mail("Kenji Sato <k.sato@hokuriku-denso.co.jp>", "Nguyen Van Hoang <hoang.nv@mekongpress.vn>",
          "Re: ISIR samples PN HD-2208-35 / mass production schedule",
          "Thu, 20 Jun 2024 09:12:00 +0900",
          "Dear Mr. Hoang,\n\n"
          "Thank you for your quick delivery of the ISIR samples. I must correct one point in your mail below.\n\n"
          "ISIR sign-off does not release mass production. Please do not plan to continue with the 4,800 pcs "
          "after our evaluation. The status is:\n\n"
          "  - Released now: 8 pcs ISIR samples only (PO 45-0091).\n"
          "  - 4,800 pcs mass production: not released, please keep on hold. No material purchase for it.\n"
          "  - Release condition: ISIR sign-off by our Quality Assurance, then a written production release\n"
          "    signed by me, Kenji Sato, Purchasing Section Manager, with PO 45-0091 revision.\n\n"
          "We expect the evaluation result at the end of next week. Sorry for the trouble, and thank you for "
          "your understanding.\n\n"
          "Best regards,\nKenji Sato\nPurchasing Section Manager\nHokuriku Denso Co., Ltd.\nTEL +81-76-555-0132\n\n"
          "-----Original Message-----\nFrom: Nguyen Van Hoang\nSent: Wednesday, June 19, 2024 5:40 PM\n"
          "> Dear Sato-san,\n> ISIR 8 pcs were delivered by FedEx today.\n"
          "> After your approval of ISIR we will roll directly into mass production of the 4,800 pcs in July,\n"
          "> so please confirm soon. Thank you very much.\n> Hoang\n",
          in_reply_to="<h9-isir-0619@mekongpress.vn>")
case("c09_re_isir_schedule", [], "supplier's auto-conversion assumption only in quoted text under the buyer's correct scope; buyer states 8, hold, event, named person",
     [E("Re_ISIR_samples_HD-2208-35.eml", _m)])

# c10: supplier says the deposit does not release production (startup, CM in Vietnam)
_m = mail("Tran Thi Mai <mai.tran@lotusems.vn>", "Sam Okafor <sam@kindlebell.co>",
          "Re: deposit received - Kindlebell EVT",
          "Mon, 08 Jul 2024 10:20:00 +0700",
          "Hi Sam,\n\n"
          "We received the USD 12,000 tooling deposit today, thank you! Finance will send the receipt.\n\n"
          "Just so we are aligned: the deposit pays for the tooling. It does not release production. For now we "
          "build only the 30 EVT units on your PO KB-0007. The 2,000 PVT units in our quote stay on hold and we "
          "will not buy components for them.\n\n"
          "As you wrote in the PO, the PVT units are released only by your written release after you sign off the "
          "DVT report. Please send it from your email when the time comes.\n\n"
          "Cảm ơn anh,\nMai\n"
          + sig("Tran Thi Mai", "Program Manager", "Lotus EMS Co., Ltd. - Bac Ninh", "+84 222 555 0190")
          + "\n> From: Sam Okafor\n> PO KB-0007 attached: 30 EVT units of Kindlebell v2. That's it for now - the 2,000 PVT\n"
          "> units are not released. I'll release them myself (Sam Okafor, CEO), in writing, once I sign off\n"
          "> the DVT report. Deposit wire going out tomorrow.\n")
case("c10_re_deposit", [], "supplier states the deposit does not release production; quoted buyer scope complete",
     [E("Re_Kindlebell_EVT_PO_KB-0007.eml", _m)])

# c11: supplier acknowledgement restating the hold (Japanese supplier, PDF)
case("c11_ack_hokuriku", [], "supplier acknowledgement restating scope and hold exactly",
     [("Order_Acknowledgement_MP-24-0771.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT"),
         ("p", "Mekong Press Components JSC, Lot 48 VSIP II, Binh Duong, Vietnam  |  No. MP-24-0771  |  Date: 2024/06/04"),
         ("p", "To: Hokuriku Denso Co., Ltd., Purchasing Section, Mr. Kenji Sato"),
         ("p", "We acknowledge your purchase order 45-0091 dated 2024/06/03 exactly as written:"),
         ("table", [["Item", "Description", "Qty", "Status per your PO"],
                    ["HD-2208-35 Rev 3", "Terminal bracket, SPCC t1.2, Zn plating", "8 pcs", "ISIR samples - released"],
                    ["HD-2208-35 Rev 3", "Mass production", "4,800 pcs", "On hold - not released"]]),
         ("sp",),
         ("p", "We will manufacture and ship only the 8 ISIR samples. We will not start the 4,800 pcs and will not "
               "purchase coil for them. We understand they are released only after ISIR sign-off, by a written "
               "production release from Mr. Kenji Sato with a PO revision."),
         ("p", "Delivery of samples: 2024/06/18, FedEx IP, DAP Kanazawa."),
         ("p", "Prepared by: Nguyen Van Hoang, Sales Manager. Checked: Le Thi Thu, QA Manager."),
     ], title="Order Acknowledgement", author="Mekong Press"))])

# c12: PPAP interim disposition with limits, release within them (automotive)
case("c12_interim_psw", [], "interim PPAP disposition with quantity and date limits; release of 500 within limits by named person; balance held",
     [("Interim_Disposition_PB-7730-18.docx", docx_bytes([
         ("h1", "PPAP Interim Disposition and Release R-01"),
         ("p", "Customer: Prairie Brake Systems LLC. Supplier: Fundiciones del Bajío S.A. de C.V. (vendor 300118)."),
         ("p", "Part: PB-7730-18 Rev C caliper housing, A380 die casting. PO 4500-2291."),
         ("table", [["Field", "Value"],
                    ["PSW disposition", "INTERIM (class B) - porosity X-ray per ASTM E505 level 2 pending"],
                    ["Interim limit", "500 pcs or 31 July 2024, whichever comes first"],
                    ["Production release R-01", "500 pcs"],
                    ["Balance (1,480 pcs)", "On hold - not released"],
                    ["Released by", "Dana Whitfield, Purchasing Manager, 03 June 2024"]]),
         ("sp",),
         ("p", "Release R-01 authorizes 500 pcs under the interim disposition. The remaining 1,480 pcs are not released. "
               "They will be released only after full PPAP sign-off, by a further written release from Dana Whitfield."),
         ("p", "Material: buy ingot for the 500 pcs only."),
         ("p", "Contención / containment: 100% X-ray of the 500 pcs, results with each shipment."),
     ], author="Luis Ortega"))])

# c13: identifiers that look like quantities, full-quantity ERP order
case("c13_erp_oring_full", [], "full-quantity order; part numbers, dash sizes, ISO norms and drawing revs look like quantities",
     [("PO_7200-2400.txt",
       "EPICOR ERP 10.2  PURCHASE ORDER                        PO NO: 7200-2400   REV: 0\n"
       "ERIE VALLEY HYDRAULICS INC  1800 PEACH ST  ERIE PA 16501         DATE: 06/17/2024\n"
       "VENDOR: 20417 ANATOLIA SEAL SANAYI A.S.  GEBZE/KOCAELI TR        BUYER: K.MARSH\n"
       "SHIP VIA: UPS WORLDWIDE EXPEDITED   TERMS: NET 60   INCOTERMS: DAP ERIE\n"
       "-----------------------------------------------------------------------------\n"
       "LN PART NUMBER        REV DESCRIPTION                       QTY  UOM   UNIT   DUE\n"
       "1  OR-AS568-214-N70    12  O-RING NBR70 DASH 214             600  EA   0.110 07/26/24\n"
       "   DRG 5000-214 REV 12; SPEC ISO 3601-1 CLASS A / ISO 3601-3 GRADE N; LOT 2400-480\n"
       "2  BU-2040-PTFE        03  BACKUP RING PTFE 20X24X1.4        150  EA   0.380 07/26/24\n"
       "   DRG 5000-2040 REV 3\n"
       "-----------------------------------------------------------------------------\n"
       "THIS PO IS FOR THE FULL QUANTITIES SHOWN. NO BALANCE, NO FURTHER RELEASES.\n"
       "CERT OF CONFORMANCE REQ'D. CURE DATE 2Q24 OR NEWER. PACK 100/BAG.\n"
       "TOTAL: USD 123.00\n")])

# c14: complete sample PO scope note in a supplier-portal page (Korean buyer)
case("c14_portal_po_hanbit", [], "sample PO page with all four jobs: 30 active, 2,970 not released, DVT sign-off + written release by named lead",
     [("Hanbit_SupplierPortal_PO_HB24-0613.html", html_page("PO HB24-0613 | Hanbit Supplier Portal",
       "<h2>Hanbit Electronics Co., Ltd. &mdash; Supplier Portal</h2>\n"
       "<p>Supplier: <b>Daehan Precision Plastics</b> (V-11872) &nbsp;|&nbsp; Logged in as: ops@daehanpp.co.kr</p>\n"
       "<h3>Purchase Order HB24-0613 (status: Issued)</h3>\n"
       "<table><tr><th>Line</th><th>Item</th><th>Description</th><th>Scope</th><th>Qty</th><th>Due</th></tr>\n"
       "<tr><td>10</td><td>HB-ENC-220 Rev B</td><td>Front cover, PC/ABS, texture MT-11010</td><td>Sample (DVT)</td><td>30</td><td>2024-07-05</td></tr>\n"
       "</table>\n"
       "<div class=\"note\"><b>PO scope note</b><br>\n"
       "1. Build now: 30 pcs DVT samples only.<br>\n"
       "2. The quoted production quantity of 2,970 pcs is a forecast and is <b>not released</b>.<br>\n"
       "3. Material: resin for the 30 pcs only. Do not start or stage the 2,970.<br>\n"
       "4. Unlock: DVT sign-off by Hanbit engineering, then a written release from Park Ji-ho (Purchasing Lead). "
       "No other person or document releases it.</div>\n"
       "<p>Attachments: HB-ENC-220_RevB.stp, HB-ENC-220_RevB.pdf, Cosmetic_Spec_v4.pdf</p>\n"
       "<p style=\"color:#888\">&copy; 2024 Hanbit Electronics. 문의: scm@hanbit-elec.co.kr</p>"))])

# c15: release notice for the balance after sign-off (Czech buyer)
case("c15_uvolneni_r2", [], "release notice for the full balance; event happened, quantity and named releaser stated; nothing left on hold",
     [("Uvolneni_vyroby_R-2_PO-4410.pdf", pdf([
         ("h1", "UVOLNĚNÍ VÝROBY / PRODUCTION RELEASE R-2"),
         ("p", "Odběratel / Buyer: Moravia Steering a.s., Uherské Hradiště. Dodavatel / Supplier: Kovárna Zlín s.r.o."),
         ("p", "Objednávka / PO: 4410-2024-017, díl / part HAC-4410-220 výkres / drawing 4410-220 Rev 12."),
         ("table", [["", "Množství / Qty"],
                    ["Vzorky (uvolněno R-1, dodáno) / Samples (released R-1, delivered)", "10 ks"],
                    ["Tímto uvolněno / Released by this notice", "2.490 ks"],
                    ["Zbývá / Remaining on PO", "0 ks"]]),
         ("sp",),
         ("p", "Vzorky byly schváleny protokolem PPAP č. 24-117 dne 12.06.2024. Sample sign-off: PPAP report 24-117 of 12 June 2024."),
         ("p", "Tímto uvolňujeme výrobu 2.490 ks. We hereby release production of 2,490 pcs, delivery in 5 lots of 498 pcs from week 28."),
         ("p", "Uvolnil / Released by: Ing. Jana Dvořáková, vedoucí nákupu / Head of Purchasing, dne / on 14.06.2024."),
     ], title="Uvolneni R-2", author="Moravia Steering"))])

# c16: stop notice (Mexican buyer)
_m = mail("Ing. Alejandro Villarreal <avillarreal@autopartesnorte.mx>", "Ventas <ventas@hulesdelnorte.mx>",
          "ALTO / STOP - OC 4471 empaque tapa PN AN-5512",
          "Fri, 21 Jun 2024 18:05:00 -0600",
          "Buenas tardes,\n\n"
          "Por medio del presente les notifico un ALTO (stop) en la OC 4471, empaque de tapa PN AN-5512 Rev 4.\n\n"
          "STOP: effective now, nothing more may start on PO 4471, released or not. Of the 300 pcs released on "
          "release 01, you reported 120 produced; do not mould the other 180 and do not mix more compound. Keep the "
          "120 pcs segregated in your warehouse. The 2,700 pcs not released stay not released.\n\n"
          "Reason: our customer changed the hardness to 60 Shore A (ECN-24-061). New drawing to follow.\n\n"
          "This stop is lifted only by a written notice from me. Please confirm receipt.\n\n"
          "Saludos,\nIng. Alejandro Villarreal\nJefe de Compras / Purchasing Manager\nAutopartes del Norte S.A. de C.V., Saltillo, Coah.\n",
          html="<p>Buenas tardes,</p><p>Por medio del presente les notifico un <b>ALTO (stop)</b> en la OC 4471, empaque de tapa PN AN-5512 Rev 4.</p>"
               "<p><b>STOP:</b> effective now, nothing more may start on PO 4471, released or not. Of the 300 pcs released on "
               "release 01, you reported 120 produced; do not mould the other 180 and do not mix more compound. Keep the "
               "120 pcs segregated in your warehouse. The 2,700 pcs not released stay not released.</p>"
               "<p>Reason: our customer changed the hardness to 60 Shore A (ECN-24-061). New drawing to follow.</p>"
               "<p>This stop is lifted only by a written notice from me. Please confirm receipt.</p>"
               "<p>Saludos,<br>Ing. Alejandro Villarreal<br>Jefe de Compras / Purchasing Manager</p>")
case("c16_alto_oc4471", [], "stop notice: nothing may start; quantities restated consistently; lift by named buyer",
     [E("ALTO_STOP_OC_4471.eml", _m)])

# c17: Jira ticket where the go-ahead question is answered with a hold
case("c17_jira_ops", [], "supplier question 'go-ahead for the 480?' answered: not released, written release by named buyer after FAI sign-off",
     [("OPS-1187_ticket_export.html", html_page("[OPS-1187] Bracket 7795-480: FAI shipped - next steps",
       "<h2>[OPS-1187] Bracket 7795-480: FAI shipped &mdash; next steps</h2>\n"
       "<table><tr><th>Type</th><td>Task</td><th>Status</th><td>Waiting for customer</td></tr>\n"
       "<tr><th>Reporter</th><td>Ray Lindqvist (Kettering Precision)</td><th>Customer PO</th><td>7795 (5 FAI pcs)</td></tr></table>\n"
       "<h3>Comments</h3>\n"
       "<p><b>Ray Lindqvist</b> &middot; 04/Jun/24 8:02 AM<br>FAI pieces SN 001-005 shipped FedEx 7739 2201 4410. "
       "Do we have a go-ahead for the 480 production pieces on the forecast, or do we hold the saw?</p>\n"
       "<p><b>Karin Lund</b> (Northfield Aero, Supply Chain Manager) &middot; 04/Jun/24 10:47 AM<br>Hold the saw. "
       "Only the 5 FAI pieces are released. The 480 are not released and no plate should be bought for them. "
       "After the FAI is signed off by our quality team I will send a written release with the quantity &mdash; "
       "nobody else can release it.</p>\n"
       "<p><b>Ray Lindqvist</b> &middot; 04/Jun/24 10:52 AM<br>Understood, holding. Saw schedule cleared.</p>\n"))])

# c18: casual but complete startup EVT PO email
_m = mail("Priya Raman <priya@tidewaterlabs.com>", "orders@fabsmith3d.com",
          "PO TW-0019 - 60 EVT enclosures (SLA Tough 2000)",
          "Sat, 13 Jul 2024 23:48:00 -0400",
          "hi FabSmith team 👋\n\n"
          "PO TW-0019 attached. quick summary so nobody has to dig:\n\n"
          "• print 60 of the EVT enclosure (TW-ENC-01 rev C), SLA Tough 2000, sanded + primer grey. that's the whole job for now.\n"
          "• your quote also had 1,500 units for the launch batch - that number is not released. please don't queue it or order resin for it.\n"
          "• the launch batch only gets released if our EVT drop + IP54 tests pass and I send you a written release with the qty. "
          "I'm Priya Raman, COO, and I'm the only one who signs those.\n\n"
          "we'd love the 60 by Jul 26 if you can. ship UPS ground to our Somerville lab.\n\n"
          "thx!\nPriya\n",
          html="<p>hi FabSmith team 👋</p><p>PO TW-0019 attached. quick summary so nobody has to dig:</p><ul>"
               "<li>print 60 of the EVT enclosure (TW-ENC-01 rev C), SLA Tough 2000, sanded + primer grey. that's the whole job for now.</li>"
               "<li>your quote also had 1,500 units for the launch batch - that number is not released. please don't queue it or order resin for it.</li>"
               "<li>the launch batch only gets released if our EVT drop + IP54 tests pass and I send you a written release with the qty. "
               "I'm Priya Raman, COO, and I'm the only one who signs those.</li></ul>"
               "<p>we'd love the 60 by Jul 26 if you can. ship UPS ground to our Somerville lab.</p><p>thx!<br>Priya</p>",
          attachments=[("PO_TW-0019.pdf", pdf([
              ("h1", "Purchase Order TW-0019"),
              ("p", "Tidewater Labs Inc., 44 Union Sq, Somerville MA 02143"),
              ("p", "Supplier: FabSmith 3D LLC, Providence RI"),
              ("table", [["#", "Item", "Qty", "Unit", "Total"],
                         ["1", "TW-ENC-01 rev C EVT enclosure, SLA Tough 2000, sanded, primer grey", "60", "$38.50", "$2,310.00"]]),
              ("p", "Scope: EVT samples only (60 pcs). No production quantity is released by this PO. "
                    "Release of any production quantity: written release from Priya Raman, COO, after EVT test sign-off."),
          ], pagesize=LETTER, title="PO TW-0019", author="Tidewater Labs"), PDF_MT)])
case("c18_po_tw0019", [], "very casual but complete EVT PO: 60 active, 1,500 not released, test sign-off + written release by named COO",
     [E("PO_TW-0019_60_EVT_enclosures.eml", _m)])

# c19: Teams chat with complete scoped go-ahead (Vietnamese buyer / Korean supplier)
case("c19_teams_pilot", [], "chat go-ahead scoped to 12 pilot units; 588 on hold until DVT sign-off; release by named buyer",
     [("Teams_chat_LotusEMS_Seoul-Flex.txt",
       "Microsoft Teams - chat export\nChat: Lotus EMS <> Seoul Flex | FPC for KB-v2\nExported 2024-07-19 08:00 (UTC+07:00)\n\n"
       "[2024-07-18 09:14] Kim Min-jun (Seoul Flex): Good morning! FPC golden sample passed our flying probe. We are ready for pilot.\n"
       "[2024-07-18 09:16] Kim Min-jun (Seoul Flex): How many pilot units do you want? We can do up to 50 on the panel.\n"
       "[2024-07-18 09:31] Tran Thi Mai (Lotus EMS): Chào anh Min-jun. Go ahead with the 12 pilot units only, PO LE-24-0355.\n"
       "[2024-07-18 09:32] Tran Thi Mai (Lotus EMS): The other 588 on the PO are on hold. Don't run them, don't buy polyimide for them.\n"
       "[2024-07-18 09:33] Tran Thi Mai (Lotus EMS): They get released after DVT sign-off, by a written release from me (Tran Thi Mai, Program Manager). Only me.\n"
       "[2024-07-18 09:35] Kim Min-jun (Seoul Flex): 알겠습니다 - understood, 12 pcs only, 588 hold until your written release. 👍\n"
       "[2024-07-18 09:36] Tran Thi Mai (Lotus EMS): Thanks! Ship with the impedance coupon please.\n")])

# c20: multi-file: 3D printing quote with tiers + buyer PO with complete scope
case("c20_quote_po_dentsmile", [], "bundle: quote tiers marked informational by the PO; PO states 24 active, hold, event, named person",
     [("Quote_PF-Q-4471.pdf", pdf([
         ("h1", "PrintForge 3D - Quotation PF-Q-4471"),
         ("p", "Customer: DentSmile Lab s.r.o., Brno, CZ. Contact: MUDr. Tomáš Beneš."),
         ("table", [["Tier", "Part", "Process", "Qty", "Unit EUR"],
                    ["Sample", "DS-MODEL-11 dental model base", "SLA Model V3 resin", "24", "9,20"],
                    ["Production", "DS-MODEL-11 dental model base", "SLA Model V3 resin", "1.200", "4,35"]]),
         ("p", "Lead time: samples 4 working days; production 12 working days after order. Valid 60 days."),
     ], title="PF-Q-4471", author="PrintForge 3D")),
      ("Objednavka_DS-24-088.txt",
       "DENTSMILE LAB s.r.o. - OBJEDNÁVKA / PURCHASE ORDER DS-24-088          Brno, 02.07.2024\n"
       "Dodavatel / Supplier: PrintForge 3D, Sacramento CA, USA (quote PF-Q-4471)\n"
       "----------------------------------------------------------------------------\n"
       "Pol. Položka            Popis                          Množství   Cena/ks\n"
       "1    DS-MODEL-11 rev 2   Model base, SLA Model V3       24 ks      EUR 9,20\n"
       "----------------------------------------------------------------------------\n"
       "Rozsah / Scope: this order releases the 24 sample pieces only. The 1.200 pcs in your\n"
       "quote are for information only and are NOT released (nevydáno do výroby).\n"
       "Release of production: only after our fit test sign-off, by a written release signed\n"
       "by MUDr. Tomáš Beneš, jednatel / managing director. Do not buy resin beyond the 24 pcs.\n"
       "Doprava / Shipping: FedEx Economy, DAP Brno.\n")])

# c21: full-quantity Plex release for forgings, "proceed" scoped to the quantity
case("c21_plex_full_release", [], "full-quantity release with 'proceed with 1,000'; no balance; rev/heat/lot numbers look like quantities",
     [("PLEX_PO_88120_release.txt",
       "PLEX MANUFACTURING CLOUD          SUPPLIER PURCHASE ORDER             PRINTED 2024-08-05 07:14\n"
       "PO: 88120   TYPE: STANDARD   STATUS: OPEN   BUYER: Y.TAKAHASHI\n"
       "SUPPLIER: ANKARA DOVME SAN. TIC. A.S. (SUP-5521)\n"
       "SHIP TO: TOYOHASHI GEAR WORKS LLC, 3000 COMMERCE DR, COLUMBUS IN 47201\n"
       "--------------------------------------------------------------------------------------\n"
       "LINE PART NO         REV  DESCRIPTION                 ORDER QTY  RELEASED  DUE DATE\n"
       "1    TGW-1000-500-250 20   GEAR BLANK FORGING 20MnCr5     1,000     1,000  2024-09-20\n"
       "--------------------------------------------------------------------------------------\n"
       "NOTES:\n"
       " PPAP APPROVED 2024-07-30 (PSW NO. 24-0500). PROCEED WITH THE FULL 1,000 PCS.\n"
       " ORDER QTY = RELEASED QTY. NO FURTHER QUANTITY ON THIS PO.\n"
       " HEAT NO. TRACEABILITY REQ'D. HARDNESS 156-207 HB. GRAIN FLOW PER DRG 5000 REV 20.\n"
       " PACK: 250 PCS PER WIRE BASKET, 4 BASKETS.\n")])

# c22: long reply thread; buyer states full scope mid-thread; supplier acks
_m = mail("Volkan Demir <volkan.demir@ankaradovme.com.tr>", "Brian Kessler <bkessler@hartwellaxle.com>",
          "RE: RE: RE: HAC-4410-221 knuckle - samples, die, shipping",
          "Wed, 24 Jul 2024 11:30:00 +0300",
          "Hi Brian,\n\n"
          "Noted and confirmed: we forge 12 pcs samples only, and the 1,188 pcs stay on hold until your written "
          "release after PPAP sign-off. We will not cut billets for them. Teşekkürler for the clear note.\n\n"
          "For shipping, the 12 pcs will go by air via IST, DAP Fort Wayne, with the dimensional report and "
          "the 3.1 certs (EN 10204).\n\n"
          "Best regards / Saygılarımla,\nVolkan Demir\nExport Sales, Ankara Dövme San. Tic. A.Ş.\n+90 312 555 0117\n\n"
          "-----Original Message-----\nFrom: Brian Kessler\nSent: Tuesday, July 23, 2024 4:02 PM\n"
          "> Volkan,\n>\n> Thanks for the die photos, looks good. On the flash line, please keep it under 1.5 mm per\n"
          "> the note on sheet 2.\n>\n> Scope for PO 4410-77, so nobody reads it wrong:\n"
          "> - 12 pcs PPAP samples are released now. That is all you build.\n"
          "> - The other 1,188 pcs on the PO are not released. Do not start them, no billets for them.\n"
          "> - Release comes after PPAP sign-off, in a written release from me, Brian Kessler, Commodity Buyer.\n>\n"
          "> Also - can you send the heat treat chart with the samples?\n>\n> Brian\n>\n"
          "> -----Original Message-----\n> From: Volkan Demir\n> Sent: Monday, July 22, 2024 9:15 AM\n"
          "> > Dear Brian, die trial done, photos attached. Flash is 1.2-1.8 mm, we will trim in-line.\n"
          "> > When can we expect the shipping instructions for the samples?\n> > Volkan\n"
          "> >\n> > -----Original Message-----\n> > From: Brian Kessler\n> > Sent: Friday, July 12, 2024 2:44 PM\n"
          "> > > Volkan, PO 4410-77 is attached. Let me know when the die is ready. Have a good weekend.\n",
          in_reply_to="<h9-thread-0723@hartwellaxle.com>")
case("c22_re_knuckle_thread", [], "long quoted thread; buyer scope mid-thread complete; supplier ack restates it; logistics chatter",
     [E("RE_HAC-4410-221_knuckle_samples.eml", _m)])

# c23: hold notice (Japanese buyer)
case("c23_hold_notice_hd", [], "hold notice: 4,800 on hold, unlock event and named person; ISIR 8 already released",
     [("HN-2024-014_HD-2208-35.docx", docx_bytes([
         ("h1", "保留通知 / HOLD NOTICE  HN-2024-014"),
         ("p", "Hokuriku Denso Co., Ltd., Purchasing Section. To: Mekong Press Components JSC."),
         ("p", "Part HD-2208-35 Rev 3, PO 45-0091. Date 2024/06/28."),
         ("table", [["Quantity", "Status"],
                    ["8 pcs ISIR samples", "Released (delivered 2024/06/18)"],
                    ["4,800 pcs mass production", "ON HOLD"]]),
         ("sp",),
         ("p", "The ISIR evaluation found a burr height of 0.12 mm on position 14 (limit 0.08 mm). The 4,800 pcs remain "
               "on hold. Please do not start them and do not purchase coil."),
         ("p", "Unlock condition: ISIR re-submission (3 pcs) and its sign-off by our QA, then a written production release "
               "from Kenji Sato, Purchasing Section Manager. Please send the corrective action (8D) by 2024/07/05."),
         ("p", "よろしくお願いいたします。"),
     ], author="Kenji Sato"))])

# c24: apparel PP sample comments, scoped to shade and fit (Vietnamese buyer office)
case("c24_pp_sample_comments", [], "PP sample signed off for shade/fit only; 30,000 bulk not released; written bulk release by named merchandiser",
     [("PP_Sample_Comments_ZP-7781.pdf", pdf([
         ("h1", "PP SAMPLE COMMENTS"),
         ("p", "Buyer office: Northline Outfitters - Ho Chi Minh City Liaison Office. Vendor: Phu My Zipper Co., Ltd."),
         ("p", "Style FW24-JKT-207 / Trim: #5 nylon coil zipper, auto-lock slider, tape colour 19-4052 TCX Classic Blue, PO NL-24-7781."),
         ("table", [["Check", "Result", "Comment"],
                    ["Tape shade vs. standard", "OK (D65, TL84)", "DE 0.6"],
                    ["Slider pull strength", "OK", "Lateral 450 N"],
                    ["Length tolerance", "OK", "+/- 3 mm"],
                    ["Puller logo emboss", "Comment", "deepen 0.1 mm before bulk"]]),
         ("sp",),
         ("p", "PP sample signed off for shade and fit only. The 300 PP samples on the PO are released; bulk (30,000 pcs) is NOT released. "
               "Please do not dye tape or cut for bulk yet."),
         ("p", "Bulk release will come as a written bulk release from Ms. Nguyen Thi Lan, Senior Merchandiser, after the puller "
               "emboss correction is signed off on 3 re-submitted pieces."),
         ("p", "Cảm ơn / thank you. QA: Vo Minh Khoa."),
     ], title="PP Sample Comments", author="Northline HCMC"))])

# c25: CM quote with EVT/DVT/PVT tiers and deposit terms (supplier doc, nothing authorizes)
case("c25_cm_quote_tiers", [], "contract manufacturer quote with EVT/DVT/PVT tiers; deposit explicitly not a build release",
     [("Lotus_EMS_Quote_LQ-24-118.html", html_page("Lotus EMS Quotation LQ-24-118",
       "<h2>Lotus EMS Co., Ltd. &mdash; Quotation LQ-24-118</h2>\n"
       "<p>Customer: Kindlebell Inc. (Sam Okafor). Product: Kindlebell v2 smart doorbell, PCBA + box build.</p>\n"
       "<table><tr><th>Build</th><th>Qty</th><th>Unit USD</th><th>Lead time</th></tr>\n"
       "<tr><td>EVT</td><td>30</td><td>148.00</td><td>3 weeks</td></tr>\n"
       "<tr><td>DVT</td><td>200</td><td>61.20</td><td>4 weeks</td></tr>\n"
       "<tr><td>PVT / MP ramp</td><td>2,000</td><td>27.85</td><td>6 weeks</td></tr></table>\n"
       "<p>Tooling (enclosure, 2 cavities): USD 12,000 one-off. Deposit: 100% of tooling with the PO.</p>\n"
       "<p class=\"note\">The tooling deposit pays for tooling only. It is not a build release: each build (EVT, DVT, PVT) "
       "starts only against your written build release naming the quantity.</p>\n"
       "<p>Prices valid 45 days, FOB Hai Phong. BOM v0.9 basis; long-lead items (MCU, image sensor) quoted at "
       "distributor prices of 2024-06-20.</p>\n"
       "<p>Contact: Tran Thi Mai, Program Manager, mai.tran@lotusems.vn</p>"))])


# =================================================================== RISKY
# p01: startup founder, sample PO + quote with production tier attached, nothing about the rest
_m = mail("Jordan Ruiz <jordan@loopwell.io>", "Aisha Bello <aisha@printforge3d.com>",
          "PO 1051 - hinge clip v5 samples",
          "Thu, 01 Aug 2024 22:17:00 -0700",
          "hey Aisha,\n\n"
          "PO 1051 attached for the 20 sample units of the hinge clip v5 (HC-0051-A). same MJF PA12 dyed black "
          "as before, but the living hinge is now 0.6 mm so please double-check the orientation in the build.\n\n"
          "I also attached your quote Q-3391 so everything's in one place for your accounting folks.\n\n"
          "can we get them by the 9th? we're demoing at a trade show on the 12th 😬\n\n"
          "thanks so much!\nJordan\n\n--\nJordan Ruiz | co-founder, Loopwell | +1 510 555 0147\n",
          html="<p>hey Aisha,</p><p>PO 1051 attached for the 20 sample units of the hinge clip v5 (HC-0051-A). same MJF PA12 dyed black "
               "as before, but the living hinge is now 0.6 mm so please double-check the orientation in the build.</p>"
               "<p>I also attached your quote Q-3391 so everything's in one place for your accounting folks.</p>"
               "<p>can we get them by the 9th? we're demoing at a trade show on the 12th 😬</p><p>thanks so much!<br>Jordan</p>",
          attachments=[
              ("PO_1051.pdf", pdf([
                  ("h1", "Loopwell Inc. - Purchase Order 1051"),
                  ("p", "Loopwell Inc., 1421 Broadway, Oakland CA 94612"),
                  ("p", "Vendor: PrintForge 3D, 88 Bercut Dr, Sacramento CA 95811"),
                  ("table", [["Line", "Item", "Description", "Qty", "Unit", "Amount"],
                             ["1", "HC-0051-A", "Hinge clip v5, MJF PA12 dyed black - samples", "20", "$7.10", "$142.00"]]),
                  ("p", "Payment: Net 30. Ship: UPS 2nd Day Air to Oakland office."),
              ], pagesize=LETTER, title="PO 1051", author="Loopwell"), PDF_MT),
              ("Q-3391_PrintForge.pdf", pdf([
                  ("h1", "PrintForge 3D - Quote Q-3391"),
                  ("p", "For: Loopwell Inc. / Jordan Ruiz. Part: HC-0051-A hinge clip v5."),
                  ("table", [["Qty", "Process", "Finish", "Unit price", "Lead time"],
                             ["20", "MJF PA12", "Dyed black", "$7.10", "4 business days"],
                             ["800", "MJF PA12", "Dyed black", "$2.45", "12 business days"]]),
                  ("p", "Quote valid 30 days. Orientation per customer note."),
              ], pagesize=LETTER, title="Q-3391", author="PrintForge 3D"), PDF_MT)])
case("p01_po_1051_samples", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 20 with attached quote showing 800; nothing says the 800 is not released, no event, no release person",
     [E("PO_1051_hinge_clip_v5_samples.eml", _m)])

# p02: Korean buyer PO (DOCX, table) with the mass-production quantity as price basis
case("p02_po_daehan", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 30 samples states price basis of 3,000 pcs mass production; no hold, no event, no release person",
     [("PO_HB24-0702_Daehan.docx", docx_bytes([
         ("h1", "PURCHASE ORDER HB24-0702"),
         ("p", "Hanbit Electronics Co., Ltd., 17 Gasan digital 1-ro, Geumcheon-gu, Seoul. Date: 2024.07.02"),
         ("p", "Supplier: Daehan Precision Plastics (V-11872), Ansan."),
         ("table", [["No.", "Item", "Description", "Q'ty", "Unit price (KRW)", "Amount (KRW)"],
                    ["1", "HB-ENC-231 Rev A", "Rear cover, PC/ABS, black, texture MT-11020 (sample)", "30", "18,500", "555,000"]]),
         ("sp",),
         ("p", "Unit price is applied as per your quotation DQ-24-0611 for mass production quantity 3,000 pcs "
               "(mold amortization included)."),
         ("p", "Delivery: 2024.07.19, to Hanbit R&D center, 3F incoming inspection."),
         ("p", "Inspection: dimensional report for 5 pcs, cosmetic per Hanbit spec CS-004 v4, colour L*a*b* report."),
         ("p", "Please send the tax invoice to ap@hanbit-elec.co.kr. 감사합니다."),
         ("p", "Purchasing: Park Ji-ho / Lee Seo-yeon"),
     ], author="Park Ji-ho"))])

# p03: Plex printout, PPAP sample PO with production lot per RFQ
case("p03_plex_ppap_po", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO for 300 PPAP pcs lists production lot 9,600 per RFQ without saying it is not released; no event, no person",
     [("PLEX_PO_88342.txt",
       "PLEX MANUFACTURING CLOUD          SUPPLIER PURCHASE ORDER             PRINTED 2024-05-28 06:41\n"
       "PO: 88342   TYPE: STANDARD   STATUS: OPEN   BUYER: C.HOLLIS   PHONE 419-555-0163\n"
       "SUPPLIER: GREAT LAKES STAMPING & WELD (SUP-2210) TOLEDO OH\n"
       "SHIP TO: MAUMEE SEATING SYSTEMS, PLANT 4, 600 ANTHONY WAYNE TRL, MAUMEE OH 43537\n"
       "--------------------------------------------------------------------------------------\n"
       "LINE PART NO         REV  DESCRIPTION                   ORDER QTY  UOM  UNIT $  DUE DATE\n"
       "1    MSS-3302-118     C    SEAT TRACK BRKT, HSLA 340       300     EA   2.870   2024-06-21\n"
       "     PPAP LEVEL 3 SAMPLES - RUN AT RATE ON PROD TOOLING\n"
       "--------------------------------------------------------------------------------------\n"
       "NOTES:\n"
       " RFQ 24-118 AWARDED. PROD LOT 9,600 PCS PER RFQ 24-118 AT 1.940/EA.\n"
       " PPAP PKG (PSW, CONTROL PLAN, PFMEA, MSA, DIM LAYOUT 6 PCS) DUE WITH SAMPLES.\n"
       " E-COAT PER MSS-ES-114. CERTS REQ'D. LABEL PER AIAG B-10.\n")])

# p04: multi-file Czech forging: PO PDF (10 samples) + supplier quote HTML (2.500 series)
case("p04_objednavka_vzorky", ["RG001", "RG003", "RG004", "RG005"],
     "bundle: sample PO for 10 ks with supplier quote showing 2.500 ks series; PO never holds the series or names event/person",
     [("Objednavka_MS-24-0417_vzorky.pdf", pdf([
         ("h1", "OBJEDNÁVKA / PURCHASE ORDER MS-24-0417"),
         ("p", "Moravia Steering a.s., Průmyslová 1540, 686 01 Uherské Hradiště. Datum: 17.04.2024"),
         ("p", "Dodavatel / Supplier: Kovárna Zlín s.r.o. - na základě nabídky / based on quotation NAB-2024-0391 (attached)."),
         ("table", [["Pol.", "Číslo dílu / Part", "Popis / Description", "Množství", "Cena/ks", "Celkem"],
                    ["1", "MS-8810-14 Rev 7", "Páka řízení, výkovek 42CrMo4 / steering arm forging - vzorky", "10 ks", "92,00 EUR", "920,00 EUR"],
                    ["2", "MS-8810-14-Z", "Zápustka / forging die", "1", "15.600,00 EUR", "15.600,00 EUR"]]),
         ("sp",),
         ("p", "Termín dodání vzorků / sample delivery: týden 22 / week 22. Dodací podmínky FCA Zlín."),
         ("p", "Požadujeme: rozměrový protokol, atest 3.1 dle EN 10204, protokol tepelného zpracování."),
         ("p", "Vyřizuje / Contact: Martin Kolář, nákupčí, +420 572 555 118"),
     ], title="Objednavka MS-24-0417", author="Moravia Steering")),
      ("Nabidka_NAB-2024-0391.html", html_page("Nabídka NAB-2024-0391",
       "<h2>Kovárna Zlín s.r.o. &mdash; Nabídka / Quotation NAB-2024-0391</h2>\n"
       "<p>Pro / For: Moravia Steering a.s., p. Martin Kolář</p>\n"
       "<table><tr><th>Pol.</th><th>Popis</th><th>Množství</th><th>Cena/ks EUR</th></tr>\n"
       "<tr><td>1</td><td>Vzorky MS-8810-14</td><td>10 ks</td><td>92,00</td></tr>\n"
       "<tr><td>2</td><td>Série MS-8810-14</td><td>2.500 ks</td><td>27,40</td></tr>\n"
       "<tr><td>3</td><td>Zápustka</td><td>1</td><td>15.600,00</td></tr></table>\n"
       "<p>Platnost 60 dní. Dodací lhůta série: 8 týdnů.</p>\n"
       "<p>S pozdravem, Ing. Petra Horáková</p>"))])

# p05: supplier-portal page showing the buyer's PO line and a bulk quantity (apparel trims)
case("p05_portal_zipper_po", ["RG001", "RG003", "RG004", "RG005"],
     "buyer PO on portal: 500 sample zippers beside 'bulk 40,000 pcs per quotation'; no hold, event or release person",
     [("TrimLink_Portal_PO_NL-24-8120.html", html_page("TrimLink | PO NL-24-8120",
       "<h2>TrimLink Vendor Portal</h2>\n"
       "<p>Vendor: <b>Phu My Zipper Co., Ltd.</b> &nbsp; Buyer: <b>Northline Outfitters</b> (HCMC Liaison Office)</p>\n"
       "<h3>Purchase Order NL-24-8120 &mdash; Issued 2024-08-06</h3>\n"
       "<table><tr><th>Line</th><th>Article</th><th>Description</th><th>Colour</th><th>Qty</th><th>Ex-factory</th></tr>\n"
       "<tr><td>1</td><td>ZP-5NC-AL-62</td><td>#5 nylon coil, auto-lock, 62 cm, sample</td><td>19-1664 TCX True Red</td><td>500</td><td>2024-08-20</td></tr>\n"
       "</table>\n"
       "<p><b>Line remark:</b> Bulk 40,000 pcs per quotation PMZ-Q-0733, price USD 0.212/pc, FOB Cat Lai.</p>\n"
       "<p><b>Buyer remark:</b> Dear Phu My team, please send sample with test report (ASTM D2061 slider lock). "
       "Carton mark per Northline manual v7. Cảm ơn. &mdash; Nguyen Thi Lan, Senior Merchandiser</p>\n"
       "<p style=\"color:#888\">Status: Acknowledged by vendor 2024-08-07 08:12</p>"))])

# p06: Teams chat, US Midwest buyer / Mexican die caster: "you're good to run"
case("p06_teams_diecast", ["RG002"],
     "chat: buyer's earlier scope is complete, but later 'you're good to run' names neither samples nor a quantity",
     [("Teams_PrairieBrake_Fundiciones.txt",
       "Microsoft Teams - chat export\nChat: Prairie Brake / Fundiciones del Bajío - PB-7732 caliper bracket\n"
       "Exported 06/14/2024 07:30 AM (UTC-05:00)\n\n"
       "[05/29/2024 08:02] Dana Whitfield (Prairie Brake): Morning Rafa. PO 4500-2360 is in your inbox. Heads up on scope:\n"
       "[05/29/2024 08:03] Dana Whitfield (Prairie Brake): 25 PPAP pcs released. The other 2,975 on your quote are not released, no ingot for them.\n"
       "[05/29/2024 08:03] Dana Whitfield (Prairie Brake): They get released after PPAP sign-off by a written release from me, nobody else.\n"
       "[05/29/2024 08:15] Rafael Contreras (Fundiciones): Buenos días Dana, entendido. 25 pcs, die trial Friday.\n"
       "[06/07/2024 15:40] Rafael Contreras (Fundiciones): Samples shipped, Estafeta 8821 4403 1177. CMM + X-ray in the portal.\n"
       "[06/07/2024 15:41] Rafael Contreras (Fundiciones): Porosity all level 1 👌\n"
       "[06/12/2024 10:22] Dana Whitfield (Prairie Brake): Got them. Luis went through the layout this morning, flatness is way better than the 7731.\n"
       "[06/12/2024 10:23] Dana Whitfield (Prairie Brake): Looks great, you're good to run. 👍\n"
       "[06/12/2024 10:24] Rafael Contreras (Fundiciones): Perfecto, gracias!! We schedule the die next week then.\n"
       "[06/12/2024 10:30] Dana Whitfield (Prairie Brake): Also - can you switch the pallet labels to the new B-10 format? Thx.\n")])

# p07: Jira ticket at a hardware startup; founder comment "Approved - proceed"
case("p07_jira_hw", ["RG002"],
     "ticket: PO scope complete in description, but founder's 'Approved — proceed' comment is unscoped",
     [("HW-412_T1_samples.html", html_page("[HW-412] Enclosure T1 samples from Daehan - review",
       "<h2>[HW-412] Enclosure T1 samples from Daehan &mdash; review</h2>\n"
       "<table><tr><th>Project</th><td>Hardware</td><th>Status</th><td>Done</td></tr>\n"
       "<tr><th>Assignee</th><td>Lee Seo-yeon (Daehan PM, guest)</td><th>Reporter</th><td>Noah Feldman</td></tr></table>\n"
       "<h3>Description</h3>\n"
       "<p>PO BX-0031 to Daehan covers 40 T1 sample shells (BX-SHELL-02 rev B). The 4,960 production shells from their "
       "quote are not released &mdash; no resin for them. Production gets released only after we sign off the T1 "
       "samples, by a written release from Noah Feldman (CEO).</p>\n"
       "<h3>Activity</h3>\n"
       "<p><b>Lee Seo-yeon</b> &middot; 11/Jul/24 4:10 PM<br>40 pcs T1 delivered to your office. Gate vestige is 0.15 mm, "
       "texture MT-11010 matched. Waiting your feedback, then we plan the mold for next step.</p>\n"
       "<p><b>Ethan Cho</b> &middot; 12/Jul/24 9:30 AM<br>Snap fits OK, battery door a bit tight (0.1 mm). Can live with it.</p>\n"
       "<p><b>Noah Feldman</b> &middot; 12/Jul/24 11:02 AM<br>Approved &mdash; proceed 🚀</p>\n"
       "<p><b>Lee Seo-yeon</b> &middot; 12/Jul/24 11:20 AM<br>Thank you! We will go ahead.</p>\n"
       "<p><i>Noah Feldman changed the status to Done.</i></p>\n"))])

# p09: founder: tooling deposit paid, green light
_m = mail("Sam Okafor <sam@kindlebell.co>", "Tran Thi Mai <mai.tran@lotusems.vn>",
          "Re: Kindlebell v2 EVT - tooling deposit",
          "Tue, 16 Jul 2024 07:55:00 -0700",
          "Mai!\n\n"
          "Wire for the tooling deposit went out this morning (USD 12,000, ref KB-TOOL-01), so we're officially "
          "paid up. Green light from our side - let's go! 🚀🚀\n\n"
          "Can you send me a pic of the first shots when the tool is running? Our investors love that stuff.\n\n"
          "Sam\n\n"
          "On Mon, Jul 15, 2024 at 9:41 PM Tran Thi Mai wrote:\n"
          "> Hi Sam, the tool steel is ready and T0 is planned for next week once the deposit arrives.\n"
          "> Mai\n>\n"
          "> On Fri, Jul 5, 2024 Sam Okafor wrote:\n"
          "> > Hi Mai - PO KB-0009 is for 30 EVT units only. The 2,000 PVT units from your quote are not\n"
          "> > released; I'll release them myself (Sam Okafor, CEO) in writing after I sign off the DVT report.\n"
          "> > No components for PVT until then please.\n")
case("p09_re_kindlebell_deposit", ["RG002", "RG012"],
     "founder ties 'green light, let's go' to the deposit wire (payment as release) and the go-ahead names no quantity; quoted scope otherwise complete",
     [E("Re_Kindlebell_v2_EVT_tooling.eml", _m)])

# p10: Japanese buyer evaluation letter: "Please proceed."
case("p10_isir_result_letter", ["RG002"],
     "evaluation letter restates complete scope but closes with an unscoped 'please proceed'",
     [("ISIR_Evaluation_Result_HD-2210-07.docx", docx_bytes([
         ("h1", "ISIR Evaluation Result"),
         ("p", "To: Mekong Press Components JSC, Sales Dept., Mr. Nguyen Van Hoang"),
         ("p", "From: Hokuriku Denso Co., Ltd., Quality Assurance Section. Date: 2024/07/22. Ref: PO 45-0118."),
         ("p", "Part: HD-2210-07 Rev 2, earth terminal, C2680 brass t0.8, Sn plating 3-5 µm."),
         ("table", [["No.", "Item", "Spec", "Result", "Judge"],
                    ["1", "Overall length", "24.0 ±0.1", "23.96-24.04", "OK"],
                    ["2", "Hole dia.", "Ø4.2 +0.1/0", "4.22-4.26", "OK"],
                    ["3", "Plating thickness", "3-5 µm", "3.8-4.4 µm", "OK"],
                    ["4", "Burr height", "≤0.05", "0.02-0.04", "OK"]]),
         ("sp",),
         ("p", "For reference, PO 45-0118 covers 10 pcs ISIR samples. Mass production of 6,000 pcs is not released; it will be "
               "released by written production release from Mr. Kenji Sato (Purchasing) after this evaluation."),
         ("p", "We have no objection to the results above. Please proceed."),
         ("p", "Best regards, Yamamoto Haruka, QA Section Chief"),
     ], author="Yamamoto Haruka"))])

# p19: Czech buyer: quoted scope lacks sample quantity; reply "Schváleno, go ahead"
_m = mail("Martin Kolář <martin.kolar@moraviasteering.cz>", "Ing. Petra Horáková <horakova@kovarna-zlin.cz>",
          "RE: MS-8812 páka - vzorky / samples",
          "Thu, 23 May 2024 13:05:00 +0200",
          "Dobrý den paní Horáková,\n\nschváleno, go ahead. 👍\n\n"
          "S pozdravem / Best regards\nMartin Kolář\nNákup / Purchasing, Moravia Steering a.s.\n+420 572 555 118\n\n"
          "From: Ing. Petra Horáková\nSent: 23. května 2024 10:40\n"
          "> Dobrý den pane Koláři, zápustka je hotová, die is finished. Can we start?\n> Horáková\n>\n"
          "> From: Martin Kolář\n> Sent: 2. května 2024 9:12\n"
          "> > Dobrý den, posílám objednávku MS-24-0502 na vzorky páky MS-8812 dle vaší nabídky.\n"
          "> > Série 6.000 ks není uvolněna / the 6.000 pcs series is not released - no material for it.\n"
          "> > Sérii uvolní písemně Ing. Jana Dvořáková (vedoucí nákupu) po podpisu PSW.\n"
          "> > The series will be released in writing by Ing. Jana Dvořáková (Head of Purchasing) after PPAP sign-off.\n"
          "> > Martin Kolář\n")
case("p19_re_ms8812_vzorky", ["RG002", "RG010"],
     "'schváleno, go ahead' is unscoped; the sample order never states how many samples (quantity 'dle nabídky' only)",
     [E("RE_MS-8812_paka_vzorky.eml", _m)])

# p13: Mexican buyer: remaining on hold "until further notice", nobody named
_m = mail("Lic. Mariana Esquivel <mesquivel@autopartesnorte.mx>", "Ventas <ventas@hulesdelnorte.mx>",
          "OC 4502 - muestras empaque PN AN-5530 / sample gaskets",
          "Mon, 08 Jul 2024 12:10:00 -0600",
          "Buen día equipo de Hules del Norte,\n\n"
          "Les envío la OC 4502 para el empaque PN AN-5530 Rev 1 (EPDM 70 Shore A, plano 5530-001).\n\n"
          "Alcance / scope:\n"
          "  - Autorizado ahora / authorized now: 20 muestras (20 sample pcs), with dimensional report and\n"
          "    compression-set test per ASTM D395 method B.\n"
          "  - Las 1,180 piezas restantes de su cotización COT-0921 quedan en espera hasta nuevo aviso.\n"
          "    The remaining 1,180 pcs stay on hold until further notice. Do not mould them and do not\n"
          "    mix compound for them.\n\n"
          "Entrega de muestras: semana 30, en nuestra planta de Ramos Arizpe. Favor de confirmar fecha.\n\n"
          "Quedo atenta a sus comentarios.\n\n"
          "Saludos cordiales,\nMariana Esquivel\nCompradora Jr. / Junior Buyer\nAutopartes del Norte S.A. de C.V.\n"
          "Tel. +52 844 555 0129\n\n"
          "AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son confidenciales y para uso exclusivo del destinatario.\n",
          attachments=[("OC_4502_AN-5530.docx", docx_bytes([
              ("h1", "ORDEN DE COMPRA / PURCHASE ORDER 4502"),
              ("p", "Autopartes del Norte S.A. de C.V., Blvd. Isidro López Zertuche 4120, Saltillo, Coah. Fecha: 08/07/2024"),
              ("p", "Proveedor: Hules del Norte S.A. de C.V. (cotización COT-0921)"),
              ("table", [["Partida", "Número de parte", "Descripción", "Cantidad", "Precio unitario MXN"],
                         ["1", "AN-5530 Rev 1", "Empaque EPDM 70 Shore A - muestras / samples", "20 pzs", "38.50"]]),
              ("sp",),
              ("p", "Las 1,180 pzs restantes de la cotización quedan en espera hasta nuevo aviso / remaining 1,180 pcs on hold until further notice."),
              ("p", "Condiciones de pago: 60 días. Entrega: Ramos Arizpe, Coah."),
          ], author="Mariana Esquivel"), DOCX_MT)])
case("p13_oc_4502_muestras", ["RG004", "RG005"],
     "20 samples active and balance held 'until further notice' — no unlock event and nobody named to release",
     [E("OC_4502_muestras_AN-5530.eml", _m)])

# p14: Epicor printout: balance hold with release authority named but no event
case("p14_epicor_po_hold", ["RG004"],
     "ERP PO: 20 released, balance 480 on hold until further notice, release authority named; no unlock event",
     [("EPICOR_PO_7200-2533.txt",
       "EPICOR ERP 10.2  PURCHASE ORDER                        PO NO: 7200-2533   REV: 0\n"
       "ERIE VALLEY HYDRAULICS INC  1800 PEACH ST  ERIE PA 16501         DATE: 08/12/2024\n"
       "VENDOR: 20655 KETTERING PRECISION MACHINING  DAYTON OH           BUYER: J.OKAFOR\n"
       "SHIP VIA: BEST WAY   TERMS: NET 45   FOB: ORIGIN\n"
       "-----------------------------------------------------------------------------\n"
       "LN PART NUMBER        REV DESCRIPTION                       QTY  UOM   UNIT   DUE\n"
       "1  EV-MAN-3300        D   MANIFOLD BLOCK 6061-T6, SAMPLE     20  EA  84.000 09/13/24\n"
       "   DRG EV-MAN-3300 REV D; ANODIZE MIL-A-8625 TYPE II CL 1; CMM REPORT ON 5 PCS\n"
       "-----------------------------------------------------------------------------\n"
       "SCOPE NOTE: ONLY LN 1 (20 PCS SAMPLE) IS RELEASED. BAL 480 PER QUOTE KPM-2291\n"
       "            ON HOLD UNTIL FURTHER NOTICE - DO NOT START, NO BAR STOCK FOR BAL.\n"
       "RELEASE AUTHORITY FOR BAL: J. OKAFOR, MATERIALS MANAGER (ONLY).\n"
       "-----------------------------------------------------------------------------\n"
       "TOTAL: USD 1,680.00\n")])

# p15 + p31 merged: Turkish buyer PO (no named releaser) + supplier ack assuming auto-conversion, "approval" mixed
case("p15_po_siparis_kayseri", ["RG005", "RG007", "RG009"],
     "bundle: PO holds 4,950 until PPAP sign-off + revised PO 'from our side' (no named person); supplier ack says sample approval = production approval and it will start",
     [("Siparis_PO_KT-24-0330.docx", docx_bytes([
         ("h1", "SATINALMA SİPARİŞİ / PURCHASE ORDER KT-24-0330"),
         ("p", "Kayseri Taşıt Parçaları A.Ş., Organize Sanayi Bölgesi 12. Cadde No:7, Kayseri. Tarih / Date: 30.05.2024"),
         ("p", "Tedarikçi / Supplier: Bursa Kauçuk Teknik Ltd. Şti., Nilüfer/Bursa"),
         ("table", [["Kalem / Item", "Parça / Part", "Açıklama / Description", "Miktar / Qty", "Birim fiyat"],
                    ["1", "KT-SEAL-4410 Rev 3", "Kapı fitili EPDM / door seal EPDM, numune / sample", "50 adet", "48,00 TL"]]),
         ("sp",),
         ("p", "Kapsam / Scope: bu sipariş yalnızca 50 adet numuneyi kapsar. This PO covers 50 sample pcs only."),
         ("p", "Teklifinizdeki kalan 4.950 adet serbest bırakılmamıştır. The remaining 4,950 pcs from your offer are not released; "
               "do not start them and do not buy compound for them. They will be released after PPAP sign-off and a revised PO "
               "from our side."),
         ("p", "Teslimat / Delivery: 21.06.2024, Kayseri fabrika. PPAP seviye 3."),
         ("p", "Satınalma Departmanı / Purchasing Department"),
     ], author="Kayseri Tasit")),
      ("Siparis_Onayi_BKT-2405-118.docx", docx_bytes([
         ("h1", "SİPARİŞ ONAYI / ORDER CONFIRMATION BKT-2405-118"),
         ("p", "Bursa Kauçuk Teknik Ltd. Şti. → Kayseri Taşıt Parçaları A.Ş., Satınalma. Tarih: 31.05.2024"),
         ("p", "Sayın yetkili, siparişiniz KT-24-0330 için teşekkür ederiz. Thank you for your PO KT-24-0330."),
         ("table", [["Parça", "Miktar", "Termin"],
                    ["KT-SEAL-4410 Rev 3 numune / samples", "50 adet", "21.06.2024"],
                    ["KT-SEAL-4410 Rev 3 seri / series", "4.950 adet", "after approval"]]),
         ("sp",),
         ("p", "Numune onayı ile birlikte seri üretim onayı da verilmiş sayılır. Upon approval of the PPAP samples, "
               "production approval is deemed given, and we will start the 4.950 adet on the same week to keep your "
               "SOP date. If you do not want this please inform us."),
         ("p", "Profil kalıbı hazır, ekstrüzyon hattı 2 rezerve edildi."),
         ("p", "Saygılarımızla, Selin Aydın, Satış Müdürü / Sales Manager"),
     ], author="Selin Aydin"))])

# p16: buyer to 3D print bureau: "the sample lot only, per your quote" - never says how many
_m = mail("Greg Halvorsen <ghalvorsen@lakeshoremedtech.com>", "Quotes <quotes@fabsmith3d.com>",
          "PO LMT-24-311 - sample lot, cable guide (SLS PA11)",
          "Wed, 10 Jul 2024 14:26:00 -0500",
          "Hello FabSmith,\n\n"
          "Please go ahead with the sample lot only, per your quote FS-Q-1187, part LMT-CG-07 rev B cable guide in "
          "SLS PA11, natural, bead blasted. PO LMT-24-311 covers it.\n\n"
          "The production quantity of 2,400 pcs in the same quote stays on hold: don't schedule it and don't order "
          "powder for it. It will be released only after our design verification sign-off, by a written release "
          "from Karin Lund, Supply Chain Manager.\n\n"
          "Please include the powder lot number and the build report with the shipment. Ship FedEx Ground to our "
          "Minnetonka dock, attention receiving (dock 3, hours 7am-3pm).\n\n"
          "Thanks, and have a great rest of your week.\n"
          + sig("Greg Halvorsen", "Buyer", "Lakeshore MedTech Inc.", "+1 952 555 0171"))
case("p16_po_lmt_24_311", ["RG010"],
     "go-ahead scoped to 'the sample lot only, per your quote' but never states the sample quantity; hold, event, person present",
     [E("PO_LMT-24-311_sample_lot_cable_guide.eml", _m)])

# p17: Teams chat, Korean buyer: pilot build "as we agreed in the meeting"
case("p17_teams_pilot_qty", ["RG010"],
     "chat authorizes 'pilot build only' with quantity 'as agreed in the meeting' — active quantity never stated; hold, event, person present",
     [("Teams_Hanbit_Saigon-Moulding.txt",
       "Microsoft Teams - chat export\nChat: Hanbit SCM / Saigon Precision Moulding - HB-BTN-08 key cap\n"
       "Exported 2024-08-02 17:05 (UTC+09:00)\n\n"
       "[2024-08-01 10:02] Lee Seo-yeon (Hanbit): 안녕하세요 Mr. Dung, thank you for yesterday meeting by Zoom.\n"
       "[2024-08-01 10:03] Pham Tien Dung (SPM): Thank you Ms. Lee! T2 mold correction done, gate moved 2 mm.\n"
       "[2024-08-01 10:05] Lee Seo-yeon (Hanbit): Please start the pilot build only, with the quantity we agreed in the meeting. PO HB24-0788 follows today.\n"
       "[2024-08-01 10:06] Lee Seo-yeon (Hanbit): Mass production 12,000 pcs is not released yet. Please do not order resin for it.\n"
       "[2024-08-01 10:07] Lee Seo-yeon (Hanbit): After pilot sign-off by our R&D, Mr. Park Ji-ho (purchasing lead) will send written release. Only him.\n"
       "[2024-08-01 10:09] Pham Tien Dung (SPM): OK understood. Pilot only, MP wait for Mr. Park release.\n"
       "[2024-08-01 10:10] Pham Tien Dung (SPM): Colour chip for RAL 9016 we send by DHL tomorrow.\n"
       "[2024-08-01 10:11] Lee Seo-yeon (Hanbit): 감사합니다! 👍\n")])

# p18m: aerospace buyer email, "approved" for commercial, technical and production; FAI quantity never stated
_m = mail("Rachel Ostrowski <rostrowski@northfield-aero.com>", "Ray Lindqvist <ray@ketteringprecision.com>",
          "PO 7790 - housing, FAI and next steps",
          "Mon, 19 Aug 2024 08:40:00 -0400",
          "Ray,\n\n"
          "Good news: PO 7790 for the actuator housing (PN 7790-220-01, DRG 20-1890 Rev C, 6061-T6511 per AMS-QQ-A-200/8) "
          "was approved by our finance committee on Friday, so the commercial side is settled.\n\n"
          "Please machine the first article pieces AS9102 requires for this part and send the full FAI package "
          "(Forms 1-3, material certs, special process certs for the chem film per MIL-DTL-5541 Type I Class 3).\n\n"
          "Once our quality team has approved the FAI, the production lot of 220 is approved only when I send you "
          "the written production approval. Until then the 220 pieces are on hold - please don't start them or buy "
          "bar for them.\n\n"
          "Thanks for squeezing us in before the holiday shutdown.\n\n"
          "Rachel Ostrowski\nDirector of Supply Chain, Northfield Aerostructures\nAS9100D / ISO 9001:2015\n+1 216 555 0108\n")
case("p18_po_7790_fai", ["RG009", "RG010"],
     "'approved' used for PO/finance, FAI quality and production release; FAI quantity never stated (only 'pieces AS9102 requires')",
     [E("PO_7790_housing_FAI_next_steps.eml", _m)])

# p20: Oracle printout: sample PO, release qty TBD, nothing on balance
case("p20_oracle_sample_po", ["RG003", "RG004", "RG005", "RG010"],
     "sample PO with quantity 'TBD per engineering' and 'production to follow'; no hold, no event, no release person",
     [("ORACLE_PO_600731.txt",
       "ORACLE E-BUSINESS SUITE R12        STANDARD PURCHASE ORDER          PAGE 1\n"
       "ORDER: 600731   REV: 0   DATE: 22-JUL-2024   BUYER: HOLLIS, CRAIG\n"
       "SUPPLIER: SMILEFORM DENTAL TECHNOLOGY SRO, PLZEN CZ   SITE: PLZEN-MAIN\n"
       "SHIP-TO: CLEARPATH ORTHODONTICS INC, 5110 W 74TH ST, EDINA MN 55439\n"
       "------------------------------------------------------------------------------\n"
       "LINE ITEM               DESCRIPTION                        QTY     UOM  PRICE\n"
       "1    CP-RET-2201 REV A  ORTHODONTIC RETAINER WIRE, NITI,   TBD     EA   3.15\n"
       "                        PREFORMED - SAMPLE (QTY PER ENG)\n"
       "------------------------------------------------------------------------------\n"
       "NOTE TO SUPPLIER: SAMPLE ORDER. PRODUCTION TO FOLLOW ON THIS PART.\n"
       "  MATERIAL CERT + BIOCOMPATIBILITY DECLARATION (ISO 10993-1) REQUIRED.\n"
       "  PACKAGING: INDIVIDUAL POUCH, LOT LABEL, UDI NOT REQUIRED FOR SAMPLES.\n"
       "  CONTACT FOR TECHNICAL QUESTIONS: M. SOKOLOVA, R&D.\n")])

# p21: machine shop reply: blanks cut for all 150 against a 5-piece FAI release
_m = mail("Ray Lindqvist <ray@ketteringprecision.com>", "Rachel Ostrowski <rostrowski@northfield-aero.com>",
          "RE: PO 7781 bracket - FAI status",
          "Thu, 23 May 2024 15:12:00 -0400",
          "Hi Rachel,\n\n"
          "Quick status on 7781. The 5 FAI pieces are through 5-axis and at CMM now; Forms 1-3 should be done "
          "Tuesday. Balloon 47 (the 0.0005 true position) is the only one we are watching.\n\n"
          "Heads up on material: the mill told us 7075-T7351 plate is going to 14+ weeks after June, so we went "
          "ahead and bought the plate and saw-cut blanks for all 150 brackets while we could still get it at the "
          "old price. They're tagged and sitting in cage B. We haven't machined any of the production pieces, "
          "just blanks.\n\n"
          "Let me know if you want the FAI pieces shipped overnight or with the weekly truck.\n\n"
          "Thanks,\nRay\n"
          + sig("Ray Lindqvist", "Operations Manager", "Kettering Precision Machining", "+1 937 555 0124")
          + "\n-----Original Message-----\nFrom: Rachel Ostrowski\nSent: Thursday, May 2, 2024 11:05 AM\n"
          "> Ray - PO 7781 is for 5 FAI pieces only. The other 145 of the 150 on your quote are not released:\n"
          "> don't start them and don't buy plate for them. They get released only after FAI sign-off, by a\n"
          "> written release from me (Rachel Ostrowski, Director of Supply Chain).\n",
          in_reply_to="<h9-po7781@northfield-aero.com>")
case("p21_re_po7781_fai_status", ["RG006"],
     "supplier bought plate and cut blanks for all 150 while only 5 FAI pcs are released; buyer scope (quoted) complete and says no plate",
     [E("RE_PO_7781_bracket_FAI_status.eml", _m)])

# p22: Turkish O-ring supplier weekly status report: compound for 20,000
case("p22_weekly_status_anatolia", ["RG006"],
     "supplier status report: 200 samples released, but compound mixed and cured-batch stored for 20,000 pcs without material authority",
     [("Anatolia_Seal_Weekly_Status_KW27.txt",
       "ANATOLIA SEAL SANAYI A.S. - HAFTALIK DURUM RAPORU / WEEKLY STATUS REPORT - KW 27 / 2024\n"
       "Customer: Erie Valley Hydraulics Inc.      Prepared: Burak Yilmaz, Proje Muhendisi\n"
       "==========================================================================\n"
       "PART               PO         RELEASED BY CUSTOMER     STATUS\n"
       "OR-AS568-228-V75   7200-2488  200 pcs (samples)        moulded, post-cure done\n"
       "                              production 19,800 pcs    not released yet (PPAP open)\n"
       "--------------------------------------------------------------------------\n"
       "1) Samples: 200 pcs FKM 75 moulded on press P-14, post-cure 4h/200C done.\n"
       "   Dimensional check per ISO 3601-1 class A: all OK. Shipping Friday via UPS.\n"
       "2) Hammadde / material: FKM compound is on allocation from our supplier. To\n"
       "   secure it, we have mixed one master batch sufficient for 20,000 pcs\n"
       "   (about 310 kg) and stored it in cold room 2. Shelf life 6 months.\n"
       "3) Tooling: 16-cavity mould T-228 cleaned and stored.\n"
       "4) Open points: PPAP level 3 documents to be uploaded next week.\n"
       "==========================================================================\n"
       "Iyi calismalar / best regards - Burak\n")])

# p23: Mexican die caster reads forecast as commitment and buys ingot for 12,000
_fc = ("PRAIRIE BRAKE SYSTEMS - SUPPLIER FORECAST (NOT AN ORDER)        06/03/2024\n"
       "VENDOR 300118 FUNDICIONES DEL BAJIO     PART PB-7733-02 CALIPER HOUSING\n"
       "Q3-2024    9,000     Q4-2024    9,000     Q1-2025    9,000     Q2-2025    9,000\n"
       "TOTAL 12 MONTHS: 36,000  -  FORECAST FOR PLANNING ONLY. NO MATERIAL OR\n"
       "PRODUCTION AUTHORITY. ONLY PO RELEASES AUTHORIZE.\n")
_m = mail("Rafael Contreras <rcontreras@fundicionesdelbajio.mx>", "Dana Whitfield <dwhitfield@prairiebrake.com>",
          "RE: PB-7733 - muestras PPAP y material / PPAP samples and material",
          "Mon, 17 Jun 2024 09:48:00 -0600",
          "Hola Dana,\n\n"
          "Thank you for the forecast. Con base en su compromiso anual de 36,000 piezas - based on your annual "
          "commitment of 36,000 pcs - we purchased A380 ingot for the first 12,000 pcs last week to protect "
          "the aluminum price before the July increase. The ingot is in our yard, identified for Prairie Brake.\n\n"
          "The 20 PPAP pcs are on the die today. Salen el viernes.\n\n"
          "Saludos,\nRafael\n"
          + sig("Rafael Contreras", "Gerente de Ventas / Sales Manager", "Fundiciones del Bajío S.A. de C.V.", "+52 461 612 0440")
          + "\nOn Mon, 3 Jun 2024, Dana Whitfield wrote:\n"
          "> Rafa, attached is the 12-month forecast for PB-7733 (forecast only, not an order).\n"
          "> PO 4500-2402 releases 20 PPAP pcs - that's all. Nothing else is released and there is no\n"
          "> material authority beyond the 20. Production gets released after PPAP sign-off, in a written\n"
          "> release from me (Dana Whitfield, Purchasing Manager).\n",
          attachments=[("Forecast_PB-7733_06-2024.txt", _fc, "text/plain")])
case("p23_re_pb7733_material", ["RG006", "RG008"],
     "supplier calls a labelled forecast an 'annual commitment' and buys ingot for 12,000 while 20 PPAP pcs are released",
     [E("RE_PB-7733_PPAP_samples_and_material.eml", _m)])

# p24: Vietnamese zipper supplier production status PDF: bulk tape dyed; bulk to start on shade approval
case("p24_status_phumy", ["RG006", "RG007"],
     "supplier dyed tape for the 40,000 bulk on a 500-pc sample release, and says bulk starts automatically on shade approval",
     [("Production_Status_PMZ_NL-24-8150.pdf", pdf([
         ("h1", "PRODUCTION STATUS REPORT"),
         ("p", "Phu My Zipper Co., Ltd. - Nhon Trach IZ, Dong Nai. To: Northline Outfitters HCMC Liaison Office, Ms. Nguyen Thi Lan."),
         ("p", "PO NL-24-8150 revised 2024-08-12: 500 pcs sample zippers released; bulk 40,000 pcs not released, written bulk release by Ms. Lan after shade sign-off."),
         ("table", [["Step", "Qty", "Status", "Date"],
                    ["Sample zippers #5 nylon coil 62 cm, True Red", "500 pcs", "Finished, QC passed", "2024-08-16"],
                    ["Tape dyeing, 19-1664 TCX", "40,000 pcs equiv. (2,480 m)", "Done - dye lot DL-0816", "2024-08-16"],
                    ["Slider plating", "40,000 pcs", "Ordered from sub-supplier", "2024-08-19"],
                    ["Bulk assembly", "40,000 pcs", "Waiting shade approval", "-"]]),
         ("sp",),
         ("p", "Remark: to keep one dye lot for the whole order and avoid shade band, factory dyed the tape for full bulk "
               "together with the sample tape, and ordered slider plating for full quantity."),
         ("p", "Once buyer approve the bulk shade on the sample, factory will start bulk 40,000 pcs immediately, so the "
               "ex-factory date 2024-09-10 can be kept."),
         ("p", "Prepared by: Dang Thu Ha, Merchandiser. Checked by: Tran Quoc Bao, Factory Manager."),
     ], title="Production Status", author="Phu My Zipper"))])

# p25: Teams chat with Vietnamese CM: long-lead parts for PVT bought; will go straight to PVT after DVT
case("p25_teams_cm_pvt", ["RG006", "RG007"],
     "CM placed long-lead orders for 5,000 PVT kits on a 200-unit DVT release and plans to go straight to PVT when DVT passes",
     [("Teams_Tidewater_LotusEMS_DVT.txt",
       "Microsoft Teams - chat export\nChat: Tidewater Labs <> Lotus EMS | TW-HUB DVT\nExported 2024-09-03 21:10 (UTC-04:00)\n\n"
       "[2024-08-26 08:30] Priya Raman (Tidewater): morning! reminder for the channel: PO TW-0031 = 200 DVT units. the 5,000 PVT\n"
       "                   units are NOT released - no parts for them. PVT only gets released by my written release after DVT sign-off.\n"
       "[2024-08-26 20:14] Nguyen Duc Anh (Lotus EMS): Hi Priya, noted. DVT SMT line booked Sep 2.\n"
       "[2024-08-30 19:02] Nguyen Duc Anh (Lotus EMS): Update: MCU lead time jumped to 38 weeks. To protect your launch we placed\n"
       "                   orders for the long-lead parts (MCU, PMIC, BLE module) for 5,000 sets last night. Distributor is Arrow SG.\n"
       "[2024-08-30 19:03] Nguyen Duc Anh (Lotus EMS): And when you approve DVT we go straight into PVT 5k, no waiting 🙂\n"
       "[2024-08-30 19:05] Nguyen Duc Anh (Lotus EMS): DVT units ship Sep 6 by DHL.\n"
       "[2024-08-31 07:40] Priya Raman (Tidewater): ok thanks for the DVT date. will reply on the rest monday.\n")])

# p26: 3D printing bureau order page: powder for the entire 800
case("p26_portal_order_status", ["RG006"],
     "service-bureau order page: 20 sample parts released, but powder bought for the entire 800-unit run",
     [("FabSmith_Order_FS-24-5102.html", html_page("FabSmith 3D | Order FS-24-5102",
       "<h2>FabSmith 3D &mdash; Order FS-24-5102</h2>\n"
       "<p>Customer: Lakeshore MedTech Inc. &nbsp; Customer PO: LMT-24-340 &nbsp; Part: LMT-KN-12 rev A knob, SLS PA12</p>\n"
       "<table><tr><th>Item</th><th>Qty</th><th>Status</th></tr>\n"
       "<tr><td>Samples (released on PO LMT-24-340)</td><td>20</td><td>Printed, in bead blast</td></tr>\n"
       "<tr><td>Production run (not released &mdash; waiting for Karin Lund's written release after DV sign-off)</td><td>800</td><td>Not started</td></tr>\n"
       "</table>\n"
       "<h3>Production notes</h3>\n"
       "<p><b>Jesse (ops)</b>, 2024-07-29: Ordered 12 kg virgin PA12 from EOS, enough for the entire 800 so all parts come "
       "from one powder lot. Arrives Aug 6. Charged to this order.</p>\n"
       "<p><b>Jesse (ops)</b>, 2024-07-30: Samples nested in build B-2291 with the Medline job.</p>\n"))])

# p27: Czech dental lab letter: zirconia blanks pre-cut for all 600
case("p27_dopis_zirkon", ["RG006"],
     "dental supplier pre-cut zirconia blanks for all 600 crowns; only 15 try-in pieces are released and no material authority was given",
     [("Informace_o_zakazce_ZR-600.docx", docx_bytes([
         ("h1", "Informace o zakázce / Order update ZR-24-117"),
         ("p", "SmileForm Dental Technology s.r.o., Plzeň → ClearPath Orthodontics Inc., Edina MN. Attn. Craig Hollis."),
         ("p", "Your PO 600744: 15 try-in crowns (CP-ZR-3Y-A2) released; 585 crowns not released until your written release by "
               "Craig Hollis after clinical fit sign-off."),
         ("table", [["Položka / Item", "Množství / Qty", "Stav / Status"],
                    ["Try-in crowns, 3Y-TZP, shade A2", "15", "Sintered, glazing 28.08."],
                    ["Zirconia blanks pre-cut (98 x 20 mm discs, nested)", "600 units", "Cut on 26.08., stored"],
                    ["Production crowns", "585", "Not started"]]),
         ("sp",),
         ("p", "Poznámka / note: to keep a single blank lot (Lot ZR-2408-33) for shade consistency, we have pre-cut and "
               "nested the blanks for all 600 units. The blanks cannot be used for other customers."),
         ("p", "S pozdravem / kind regards, Mgr. Lucie Marková, Key Account Manager"),
     ], author="Lucie Markova"))])

# p28: Japanese buyer scope quoted; Vietnamese supplier plans to continue mass production after ISIR approval
_m = mail("Nguyen Van Hoang <hoang.nv@mekongpress.vn>", "Kenji Sato <k.sato@hokuriku-denso.co.jp>",
          "Re: PO 45-0124 HD-2215-10 ISIR samples",
          "Fri, 09 Aug 2024 16:30:00 +0700",
          "Dear Sato-san,\n\n"
          "Thank you very much for your PO 45-0124 and for your kind explanation.\n\n"
          "We are pleased to inform that the progressive die for HD-2215-10 is completed and the 8 pcs ISIR samples "
          "will be shipped on 2024/08/20 by FedEx, with the inspection report, material mill sheet and plating report.\n\n"
          "After your approval of ISIR, we will continue the mass production of remaining 4,800 pcs as planned, "
          "so that the first delivery can arrive in your Kanazawa factory in the end of September.\n\n"
          "We appreciate your continued support.\n\n"
          "Best regards,\nNguyen Van Hoang (Mr.)\nSales Manager\nMekong Press Components JSC\nLot 48 VSIP II, Binh Duong, Vietnam\n"
          "Tel: +84 274 555 0166\n\n"
          "-----Original Message-----\nFrom: Kenji Sato <k.sato@hokuriku-denso.co.jp>\nSent: Thursday, August 8, 2024 11:02 AM\n"
          "> Dear Mr. Hoang,\n> Please find PO 45-0124. It covers 8 pcs ISIR samples only.\n"
          "> The 4,800 pcs mass production is not released. Please do not start it and do not purchase coil.\n"
          "> It is released only by written production release from me (Kenji Sato, Purchasing Section Manager)\n"
          "> after ISIR sign-off and PO revision.\n> Best regards, Kenji Sato\n")
case("p28_re_po_45_0124", ["RG007"],
     "supplier: 'after your approval of ISIR, we will continue the mass production of remaining 4,800' despite quoted written-release requirement",
     [E("Re_PO_45-0124_ISIR_samples.eml", _m)])

# p30: Midwest buyer contradicts own written-release requirement in a long thread
_m = mail("Craig Hollis <chollis@maumeeseating.com>", "Tony Braddock <tbraddock@greatlakesstamping.com>",
          "RE: 88351 PPAP parts / run at rate Thursday",
          "Tue, 11 Jun 2024 17:55:00 -0400",
          "Tony,\n\n"
          "Thanks for setting up the run at rate Thursday. Our SQE Linda will be there by 7 with the gauges.\n\n"
          "Honestly, if the 300 PPAP parts pass on your CMM Thursday, just keep the press running into the 9,300 "
          "while you're set up - no sense tearing down the die. We'll catch up on the paperwork afterward.\n\n"
          "Also, plant 4 wants the returnable racks instead of cardboard going forward. I'll send the rack drawing.\n\n"
          "Craig Hollis\nSr. Buyer, Maumee Seating Systems\n419-555-0163\n\n"
          "-----Original Message-----\nFrom: Tony Braddock\nSent: Tuesday, June 11, 2024 2:10 PM\n"
          "> Craig - die is in the press, we can do the run at rate Thursday 6/13. Who's coming from your side?\n>\n"
          "> -----Original Message-----\n> From: Craig Hollis\n> Sent: Wednesday, May 29, 2024 9:00 AM\n"
          "> > Tony, PO 88351 releases 300 PPAP pcs of MSS-3302-118 Rev C. The remaining 9,300 are on hold:\n"
          "> > do not run them and do not buy coil for them. They will be released only after PPAP sign-off,\n"
          "> > by a written release signed by me, Craig Hollis, Sr. Buyer.\n",
          in_reply_to="<h9-88351-rar@greatlakesstamping.com>")
case("p30_re_88351_run_at_rate", ["RG007"],
     "buyer contradicts own written-release requirement: if PPAP parts pass, 'keep the press running into the 9,300'",
     [E("RE_88351_PPAP_run_at_rate.eml", _m)])

# p33: startup founder (Slack-style export): "if DVT looks fine on your end, just keep going"
case("p33_slack_founder", ["RG007"],
     "founder's PO note requires his written OK after DVT, then in chat says if DVT looks fine on the CM's end just keep going into production",
     [("slack_export_kindlebell-lotus.txt",
       "Slack export - #kindlebell-lotus (shared channel)\n"
       "----------------------------------------------------------------\n"
       "2024-09-02 09:12  Sam Okafor (Kindlebell): PO KB-0014 is up in the drive. 200 DVT units. PO note says it all:\n"
       "                  \"DVT 200 units released. The 1,800 production units are not released - released only by\n"
       "                  written OK from Sam Okafor (CEO) after DVT sign-off.\"\n"
       "2024-09-02 09:40  Tran Thi Mai (Lotus EMS): Thanks Sam! DVT build starts Sep 16.\n"
       "2024-09-10 22:31  Sam Okafor (Kindlebell): random q, does the new gasket fix the IP test?\n"
       "2024-09-11 08:02  Tran Thi Mai (Lotus EMS): Yes, 10/10 passed IPX4 spray in our lab.\n"
       "2024-09-11 08:15  Sam Okafor (Kindlebell): amazing. ok I'm going to be in Lisbon for Web Summit prep and mostly offline.\n"
       "2024-09-11 08:16  Sam Okafor (Kindlebell): if the DVT units look fine on your end, just keep going into the production run,\n"
       "                  don't wait on me. we need boxes on shelves by black friday 🙏\n"
       "2024-09-11 08:20  Tran Thi Mai (Lotus EMS): Ok noted 👍\n")])

# p34: Czech supplier order confirmation: automatic continuation with series after sample approval
case("p34_potvrzeni_objednavky", ["RG007"],
     "supplier order confirmation restates the hold, then says it continues automatically with the 2.490 series once samples are approved",
     [("Potvrzeni_objednavky_KZ-24-0522.pdf", pdf([
         ("h1", "POTVRZENÍ OBJEDNÁVKY / ORDER CONFIRMATION KZ-24-0522"),
         ("p", "Kovárna Zlín s.r.o. → Moravia Steering a.s., nákup, Ing. Jana Dvořáková. Datum: 22.05.2024"),
         ("p", "Potvrzujeme Vaši objednávku MS-24-0519. We confirm your PO MS-24-0519:"),
         ("table", [["Pol.", "Díl / Part", "Množství / Qty", "Stav dle objednávky / Status per your PO", "Termín"],
                    ["1", "MS-8815-02 Rev 4 vzorky / samples", "10 ks", "uvolněno / released", "týden 25"],
                    ["2", "MS-8815-02 Rev 4 série / series", "2.490 ks", "neuvolněno / not released", "-"]]),
         ("sp",),
         ("p", "Po schválení vzorků automaticky pokračujeme výrobou série 2.490 ks, abychom udrželi Váš termín SOP. "
               "After approval of the samples we automatically continue with production of the series 2.490 pcs, to keep your SOP date."),
         ("p", "Platební podmínky: 30 dní. Dodací podmínky: FCA Zlín."),
         ("p", "Vyřizuje: Ing. Petra Horáková, obchodní oddělení"),
     ], title="Potvrzeni objednavky", author="Kovarna Zlin"))])

# p35: Midwest buyer: forecast "consider it our commitment"
_m = mail("Brian Kessler <bkessler@hartwellaxle.com>", "Volkan Demir <volkan.demir@ankaradovme.com.tr>",
          "2025 volumes - HAC-4410-221 knuckle",
          "Fri, 27 Sep 2024 15:20:00 -0400",
          "Volkan,\n\n"
          "Hope the new press line is treating you well. Wanted to get you our 2025 picture early since you mentioned "
          "capacity is getting tight in Q1.\n\n"
          "Our 2025 forecast for the HAC-4410-221 knuckle is 48,000 pcs (roughly 4,000 a month, a bit heavier in "
          "March-May for the model-year change). Consider it our commitment - lock in the press capacity and plan "
          "your year around it.\n\n"
          "Monthly POs will keep coming as usual from our MRP. Let me know if the steel surcharge outlook changes.\n\n"
          "Have a good weekend,\nBrian\n"
          + sig("Brian Kessler", "Commodity Buyer - Forgings & Castings", "Hartwell Axle Components LLC", "+1 260 555 0193"),
          attachments=[("HAC_2025_volumes_4410-221.html", html_page("HAC 2025 volumes - 4410-221",
              "<h3>Hartwell Axle Components &mdash; 2025 forecast, PN HAC-4410-221 (steering knuckle)</h3>\n"
              "<table><tr><th>Month</th><th>Jan</th><th>Feb</th><th>Mar</th><th>Apr</th><th>May</th><th>Jun</th>"
              "<th>Jul</th><th>Aug</th><th>Sep</th><th>Oct</th><th>Nov</th><th>Dec</th><th>Total</th></tr>\n"
              "<tr><td>Pcs</td><td>3,600</td><td>3,600</td><td>4,800</td><td>4,800</td><td>4,800</td><td>4,000</td>"
              "<td>3,200</td><td>3,600</td><td>4,000</td><td>4,000</td><td>4,000</td><td>3,600</td><td>48,000</td></tr></table>\n"
              "<p>Drawing 4410-221 Rev 14. Steel 42CrMo4.</p>"), "text/html")])
case("p35_2025_volumes", ["RG008"],
     "buyer calls a 2025 forecast of 48,000 'our commitment' and tells the supplier to plan to it",
     [E("2025_volumes_HAC-4410-221.eml", _m)])

# p36: Korean supplier ack: "firm order of 12,000" + advance payment = production start
_m = mail("Kim Min-jun <minjun.kim@seoulflex.co.kr>", "Park Ji-ho <jiho.park@hanbit-elec.co.kr>",
          "RE: HB-FPC-07 pilot PO 5521 and 2025 forecast",
          "Wed, 04 Sep 2024 10:05:00 +0900",
          "Dear Mr. Park,\n\n"
          "Thank you for your firm order of 12,000 units for 2025 and for the 30% advance payment, which we received "
          "yesterday. With the payment received, we have scheduled production start in week 38 for the first 3,000 units "
          "so that we can keep stable supply for you.\n\n"
          "The 40 pilot units will ship together with the first lot.\n\n"
          "항상 감사드립니다.\nBest regards,\nKim Min-jun / Sales Team Leader\nSeoul Flex Co., Ltd.\n+82 31 555 0148\n\n"
          "-----Original Message-----\nFrom: Park Ji-ho\nSent: Monday, September 2, 2024 5:50 PM\n"
          "> Dear Mr. Kim,\n> Attached is our 2025 forecast for HB-FPC-07: 12,000 units (forecast only, not an order).\n"
          "> PO 5521 covers the 40 pilot units only. Nothing beyond those 40 is released and no material for it.\n"
          "> Production will be released by a written release from me, Park Ji-ho (Purchasing Lead), after the\n"
          "> pilot sign-off. We also sent the 30% advance on the tooling today.\n> Best regards, Park Ji-ho\n")
case("p36_re_pilot_po_5521", ["RG008", "RG012"],
     "supplier turns a labelled forecast into a 'firm order of 12,000' and schedules production because the advance was paid",
     [E("RE_HB-FPC-07_pilot_PO_5521_forecast.eml", _m)])

# p37: ERP ship schedule: forecast weeks declared firm commitments
case("p37_ship_schedule_830", ["RG008"],
     "ship schedule flags weeks 32-40 as FCST yet the header and footer call all quantities firm commitments",
     [("SHIP_SCHEDULE_MSS_GLSW_2024-W27.txt",
       "MAUMEE SEATING SYSTEMS        MATERIAL RELEASE / SHIP SCHEDULE (830)       ISSUE 2024-07-01\n"
       "SUPPLIER: GREAT LAKES STAMPING & WELD (SUP-2210)     PART: MSS-3302-118 REV C  SEAT TRACK BRKT\n"
       "BLANKET PO: 88400          RELEASE NO: 027            ANALYST: C.HOLLIS\n"
       "*** FIRM ORDER - ALL QUANTITIES BELOW ARE COMMITTED ***\n"
       "-----------------------------------------------------------------------------\n"
       "WEEK   DUE DATE     QTY     TYPE\n"
       "W28    2024-07-08   1,200   FIRM\n"
       "W29    2024-07-15   1,200   FIRM\n"
       "W30    2024-07-22   1,200   FIRM\n"
       "W31    2024-07-29   1,200   FIRM\n"
       "W32-35 MONTHLY      5,000   FCST\n"
       "W36-40 MONTHLY      6,400   FCST\n"
       "-----------------------------------------------------------------------------\n"
       "CUM RECEIVED: 14,880   LAST ASN: 11827 (2024-06-28)\n"
       "NOTE: MSS COMMITS TO ALL QUANTITIES SHOWN ON THIS SCHEDULE INCLUDING FCST BUCKETS.\n"
       "      PLAN MATERIAL AND CAPACITY ACCORDINGLY.\n")])

# p38: Japanese buyer annual plan letter: forecast volume is guaranteed purchase
case("p38_annual_plan_letter", ["RG008"],
     "buyer letter labels 60,000 pcs a forecast and in the same breath calls it the guaranteed purchase quantity",
     [("Annual_Purchase_Plan_FY2025.docx", docx_bytes([
         ("h1", "FY2025 Annual Purchase Plan"),
         ("p", "To: Mekong Press Components JSC, President Mr. Le Van Tam"),
         ("p", "From: Hokuriku Denso Co., Ltd., Purchasing Section. 2024/10/01"),
         ("p", "Thank you for your continued cooperation. We inform you of our purchase plan for FY2025 (April 2025 - March 2026)."),
         ("table", [["Part", "Description", "FY2025 volume (forecast)", "Monthly avg."],
                    ["HD-2208-35", "Terminal bracket", "60,000 pcs", "5,000 pcs"],
                    ["HD-2215-10", "Ground plate", "36,000 pcs", "3,000 pcs"]]),
         ("sp",),
         ("p", "The forecast volumes above are our guaranteed purchase quantity for FY2025. Please prepare your capacity and "
               "material procurement accordingly."),
         ("p", "Monthly delivery instructions will be issued by our production control section."),
         ("p", "Kenji Sato, Purchasing Section Manager"),
     ], author="Kenji Sato"))])

# p40: PPAP status PDF where "release" means lab sign-off, PO approval and production release
case("p40_ppap_status_release", ["RG009"],
     "'released' used for the quality lab's sample result, the PO in SAP and the production release in one status sheet",
     [("PPAP_Status_AN-5540.pdf", pdf([
         ("h1", "Estatus PPAP / PPAP status - PN AN-5540 Rev 2"),
         ("p", "Autopartes del Norte S.A. de C.V., Saltillo - Calidad Proveedores. Proveedor: Hules del Norte S.A. de C.V."),
         ("table", [["Concepto", "Estatus", "Fecha"],
                    ["Muestras PPAP (30 pzs)", "Released by quality lab", "2024-06-14"],
                    ["OC 4519 (30 pzs)", "Released in SAP by finance", "2024-05-20"],
                    ["Producción 2,970 pzs", "Release pending", "-"]]),
         ("sp",),
         ("p", "The 30 PPAP samples were released by our quality lab on 14 June (hardness 70±5 Shore A, compression set 18%). "
               "PO 4519 was released in SAP on 20 May. The 2,970 production pcs are not released yet; their release comes after "
               "the PPAP file is closed, in writing from Ing. Alejandro Villarreal, Jefe de Compras."),
         ("p", "Por favor no inicien producción ni compren compuesto para las 2,970 pzs hasta recibir la liberación por escrito."),
         ("p", "Elaboró: Ing. Sofía Garza, SQE"),
     ], title="PPAP status AN-5540", author="Sofia Garza"))])

# p41: apparel approval tracker DOCX: "approved" for lab dip, costing and bulk
case("p41_approval_tracker", ["RG009"],
     "trim tracker uses 'approved/approval' for lab dip (technical), costing (commercial) and bulk (production)",
     [("Trim_Tracker_FW24-JKT-215.docx", docx_bytes([
         ("h1", "Trim approval tracker - Style FW24-JKT-215"),
         ("p", "Northline Outfitters HCMC Liaison Office. Vendor: Phu My Zipper Co., Ltd. PO NL-24-8177: 600 pcs PP/size-set zippers."),
         ("table", [["Stage", "Status", "By", "Date"],
                    ["Lab dip 19-0303 TCX Jet Black", "Approved", "Vo Minh Khoa (QA)", "2024-08-22"],
                    ["Costing USD 0.198/pc", "Approved", "Finance HK", "2024-08-23"],
                    ["PP / size-set zippers (600 pcs)", "Approved to produce", "Nguyen Thi Lan", "2024-08-23"],
                    ["Bulk 48,000 pcs", "Pending approval", "Nguyen Thi Lan", "-"]]),
         ("sp",),
         ("p", "Bulk 48,000 pcs is not released. Bulk approval will be given in writing by Ms. Nguyen Thi Lan, Senior Merchandiser, "
               "after the PP sample is approved at the fit session on 2024-09-05."),
         ("p", "Please do not dye bulk tape before bulk approval."),
     ], author="Nguyen Thi Lan"))])

# p42: Teams chat, Korean buyer / US supplier: "approval" for drawing, PO and production in one exchange
case("p42_teams_approval_words", ["RG009"],
     "chat mixes 'approval' for sample dimensional check, the PO's internal sign-off and production release",
     [("Teams_Hanbit_Kettering_HB-HS-40.txt",
       "Microsoft Teams - chat export\nChat: Hanbit SCM / Kettering Precision - HB-HS-40 heat sink\n"
       "Exported 2024-09-20 09:00 (UTC+09:00)\n\n"
       "[2024-09-18 22:05] Ray Lindqvist (Kettering): Evening Ms. Lee - the 10 sample heat sinks shipped. Any word on approval?\n"
       "[2024-09-19 09:12] Lee Seo-yeon (Hanbit): Good morning Ray. Sample approval: our R&D finished the flatness check today, approval OK.\n"
       "[2024-09-19 09:14] Lee Seo-yeon (Hanbit): PO HB24-0911 for the 10 samples also got approval from our CFO yesterday, so invoice is fine.\n"
       "[2024-09-19 09:15] Lee Seo-yeon (Hanbit): For the 1,990 production pcs, approval will come in writing from Mr. Park Ji-ho after the thermal test sign-off. Not released now.\n"
       "[2024-09-19 09:16] Lee Seo-yeon (Hanbit): Please do not start the 1,990 or buy aluminum for them before his approval.\n"
       "[2024-09-19 09:30] Ray Lindqvist (Kettering): Got it, thanks. Holding.\n")])

# p44: PO PDF: text says twenty (20), line table says 25
case("p44_po_clearpath_brackets", ["RG011"],
     "PO text releases 'twenty (20)' sample brackets but the line table shows 25 released",
     [("PO_600758_ClearPath.pdf", pdf([
         ("h1", "PURCHASE ORDER 600758"),
         ("p", "ClearPath Orthodontics Inc., 5110 W 74th St, Edina MN 55439. Buyer: Craig Hollis. Date: 08/14/2024"),
         ("p", "Supplier: SmileForm Dental Technology s.r.o., Plzeň, Czech Republic"),
         ("table", [["Line", "Item", "Description", "Scope", "Qty released", "Unit EUR"],
                    ["1", "CP-BRK-018 Rev C", "Ceramic bracket, 0.018 slot, MIM core - samples", "Sample", "25", "4,80"]]),
         ("sp",),
         ("p", "This PO releases twenty (20) sample brackets for bonding trials. The remaining 1,980 brackets from quotation "
               "SF-Q-2024-061 are not released: do not start them and do not buy feedstock for them."),
         ("p", "They will be released only after our bonding-trial sign-off, by a written release signed by Craig Hollis, "
               "Purchasing Manager."),
         ("p", "Ship DHL Express, DAP Edina. ISO 13485 certificate and material declaration required."),
     ], pagesize=LETTER, title="PO 600758", author="ClearPath Orthodontics"))])

# p45: multi-file: Oracle PO (12 FAI) + release letter PDF (15 FAI) + cover email
_m = mail("Karin Lund <klund@northfield-aero.com>", "Ray Lindqvist <ray@ketteringprecision.com>",
          "PO 600812 + FAI release letter - spar fitting",
          "Tue, 03 Sep 2024 10:14:00 -0400",
          "Ray,\n\nAttached in this folder: Oracle PO 600812 and the FAI release letter for the spar fitting "
          "(PN 600812-88, DRG 31-0088 Rev K, Ti-6Al-4V per AMS 4928). Both went out today.\n\n"
          "Please confirm the FAI ship date. Our source inspector (Dave Pruitt) wants to witness the CMM run, so give "
          "him 48 hours notice.\n\nThanks,\nKarin\n"
          + sig("Karin Lund", "Supply Chain Manager", "Northfield Aerostructures", "+1 216 555 0115"))
case("p45_oracle_po_600812", ["RG011"],
     "bundle: the PO releases 12 FAI pieces, the release letter for the same order releases 15",
     [("ORACLE_PO_600812.txt",
       "ORACLE E-BUSINESS SUITE R12        STANDARD PURCHASE ORDER          PAGE 1\n"
       "ORDER: 600812   REV: 0   DATE: 03-SEP-2024   BUYER: LUND, KARIN\n"
       "SUPPLIER: KETTERING PRECISION MACHINING, DAYTON OH   CAGE 4RT12\n"
       "------------------------------------------------------------------------------\n"
       "LINE ITEM              DESCRIPTION                          QTY   UOM   PRICE\n"
       "1    600812-88 REV K   SPAR FITTING TI-6AL-4V - FAI          12    EA   1,240.00\n"
       "------------------------------------------------------------------------------\n"
       "SCOPE: LINE 1 RELEASES 12 FAI PIECES ONLY. PRODUCTION QTY 88 NOT RELEASED -\n"
       "  DO NOT START, NO MATERIAL. RELEASE OF PRODUCTION: WRITTEN RELEASE BY KARIN LUND,\n"
       "  SUPPLY CHAIN MANAGER, AFTER FAI SIGN-OFF PER AS9102.\n"
       "QUALITY CLAUSES: NF-Q1, NF-Q7 (SOURCE INSPECTION), NF-Q12 (DFARS 252.225-7009).\n"),
      ("FAI_Release_Letter_600812.pdf", pdf([
          ("h1", "FAI Release Letter"),
          ("p", "Northfield Aerostructures, Supply Chain. To: Kettering Precision Machining. Date: 3 September 2024."),
          ("p", "Order: PO 600812, spar fitting 600812-88 Rev K."),
          ("table", [["Released now", "Not released", "Unlock", "Release authority"],
                     ["15 pieces for FAI", "88 production pieces", "FAI sign-off per AS9102, then written release", "Karin Lund, Supply Chain Manager"]]),
          ("p", "Please manufacture 15 pieces for first article inspection. Production pieces remain on hold."),
          ("p", "Signed: Karin Lund"),
      ], pagesize=LETTER, title="FAI Release Letter 600812", author="Karin Lund")),
      E("PO_600812_cover_email.eml", _m)])

# p46: supplier ack restates 400 where the PO released 40
_m = mail("Selin Aydın <selin.aydin@bursakaucuk.com.tr>", "Satınalma <satinalma@kayseritasit.com.tr>",
          "YNT: Sipariş KT-24-0412 / order acknowledgement",
          "Thu, 13 Jun 2024 09:40:00 +0300",
          "Merhaba,\n\n"
          "Siparişiniz için teşekkürler. We confirm your release of 400 pcs KT-SEAL-4420 Rev 1 for PPAP, and we "
          "understand the remaining pcs of the offer are on hold until your written release. Termin: 05.07.2024.\n\n"
          "Ekstrüzyon hattı 2 planlandı. Numune raporları (kesit ölçüm, sertlik, sıkıştırma) teslimatla gelecek.\n\n"
          "Saygılarımızla,\nSelin Aydın\nSatış Müdürü / Sales Manager\nBursa Kauçuk Teknik Ltd. Şti.\n+90 224 555 0161\n\n"
          "-----Original Message-----\nFrom: Emre Koç <emre.koc@kayseritasit.com.tr>\nSent: Wednesday, June 12, 2024 4:15 PM\n"
          "> Selin Hanım merhaba,\n> PO KT-24-0412 attached. Released now: 40 pcs KT-SEAL-4420 Rev 1 for PPAP.\n"
          "> The remaining 3.960 pcs of your offer are not released - no start, no compound. They will be\n"
          "> released after PPAP sign-off by a written release from me, Emre Koç (Satınalma Müdürü).\n> Emre\n")
case("p46_ynt_siparis_kt_24_0412", ["RG011"],
     "supplier acknowledgement confirms a release of 400 pcs where the buyer's PO (quoted) released 40",
     [E("YNT_Siparis_KT-24-0412_ack.eml", _m)])

# p47: Czech call-off DOCX: table 2.400 ks vs text 4 200 ks
case("p47_odvolavka_2400", ["RG011"],
     "call-off table releases 2.400 ks, the text of the same call-off releases 4 200 ks",
     [("Odvolavka_OV-2024-31.docx", docx_bytes([
         ("h1", "ODVOLÁVKA / CALL-OFF OV-2024-31"),
         ("p", "Moravia Steering a.s. → Kovárna Zlín s.r.o. Rámcová objednávka / blanket PO RO-2024-004. Díl MS-8815-02 Rev 4."),
         ("table", [["Týden / Week", "Množství / Qty", "Poznámka"],
                    ["32-35", "2.400 ks", "uvolněno k výrobě / released for production"],
                    ["36-44", "9.600 ks", "neuvolněno / not released"]]),
         ("sp",),
         ("p", "Touto odvolávkou uvolňujeme k výrobě 4 200 ks pro týdny 32-35. With this call-off we release 4 200 pcs for "
               "production for weeks 32-35."),
         ("p", "Zbylé množství rámcové objednávky není uvolněno; uvolní ho až další odvolávka podepsaná Ing. Janou Dvořákovou, "
               "vedoucí nákupu. The remainder is released only by the next call-off signed by Ing. Jana Dvořáková."),
         ("p", "Materiál: pouze pro uvolněné množství. Material: for the released quantity only."),
     ], author="Jana Dvorakova"))])

# p48: apparel bulk release HTML: header 5,000, schedule total 8,000
case("p48_bulk_release_notice", ["RG011"],
     "bulk release notice says 5,000 pcs released; its delivery schedule totals 8,000 pcs released",
     [("Bulk_Release_BR-24-033.html", html_page("Bulk Release BR-24-033",
       "<h2>Northline Outfitters &mdash; Bulk Release BR-24-033</h2>\n"
       "<p>Vendor: Phu My Zipper Co., Ltd. &nbsp; PO NL-24-8177 &nbsp; Article ZP-5NC-AL-58 Jet Black</p>\n"
       "<p>PP sample signed off 2024-09-05 (fit session). <b>Released by this notice: 5,000 pcs.</b></p>\n"
       "<table><tr><th>Delivery</th><th>Ex-factory</th><th>Qty released</th></tr>\n"
       "<tr><td>1</td><td>2024-09-25</td><td>3,000</td></tr>\n"
       "<tr><td>2</td><td>2024-10-10</td><td>3,000</td></tr>\n"
       "<tr><td>3</td><td>2024-10-25</td><td>2,000</td></tr>\n"
       "<tr><th colspan=\"2\">Total released</th><th>8,000</th></tr></table>\n"
       "<p>The remaining 40,000 pcs of the bulk stay on hold; they are released only by a further written bulk release from "
       "Ms. Nguyen Thi Lan after the first delivery passes inline inspection.</p>\n"
       "<p>Signed: Nguyen Thi Lan, Senior Merchandiser</p>"))])

# p49: Korean buyer forwards the release (rfc822) but restates a different quantity on top
_rel = mail("Park Ji-ho <jiho.park@hanbit-elec.co.kr>", "Pham Tien Dung <dung.pt@saigonmoulding.vn>",
            "Production release R-01 - HB-BTN-08 key cap", "Mon, 26 Aug 2024 14:00:00 +0900",
            "Dear Mr. Dung,\n\nPilot sign-off is complete. With this mail I release 250 pcs of HB-BTN-08 for production "
            "(release R-01). The remaining 11,750 pcs stay on hold until the next written release from me.\n\n"
            "Best regards,\nPark Ji-ho, Purchasing Lead, Hanbit Electronics\n")
_m = mail("Lee Seo-yeon <seoyeon.lee@hanbit-elec.co.kr>", "Pham Tien Dung <dung.pt@saigonmoulding.vn>",
          "FW: Production release R-01 - HB-BTN-08 key cap",
          "Tue, 27 Aug 2024 09:20:00 +0900",
          "Dear Mr. Dung,\n\nAs per Mr. Park's release below, you can produce 200 pcs now. Please share the moulding plan "
          "and the packing spec (tray 50 pcs) by Thursday.\n\nThank you,\nLee Seo-yeon\nSCM Team, Hanbit Electronics\n",
          attachments=[("rfc822", _rel)])
case("p49_fw_release_r01", ["RG011"],
     "forwarded release (rfc822) releases 250 pcs; the forwarding buyer restates it as 200 pcs",
     [E("FW_Production_release_R-01_HB-BTN-08.eml", _m)])

# p50: Epicor printout: release line 100 vs scope note 120
case("p50_epicor_pilot_release", ["RG011"],
     "ERP PO release line authorizes 100 pcs, the scope note on the same PO authorizes 120 pcs",
     [("EPICOR_PO_7200-2610_REL1.txt",
       "EPICOR ERP 10.2  PURCHASE ORDER - RELEASE                PO NO: 7200-2610   REL: 1\n"
       "ERIE VALLEY HYDRAULICS INC  1800 PEACH ST  ERIE PA 16501         DATE: 09/09/2024\n"
       "VENDOR: 20417 ANATOLIA SEAL SANAYI A.S.  GEBZE/KOCAELI TR        BUYER: K.MARSH\n"
       "-----------------------------------------------------------------------------\n"
       "LN PART NUMBER        REV DESCRIPTION                  LINE QTY  REL  REL QTY  DUE\n"
       "1  OR-AS568-330-E80    02  O-RING EPDM80 DASH 330         1,000    1      100  10/04/24\n"
       "-----------------------------------------------------------------------------\n"
       "SCOPE NOTE: PILOT RELEASE: 120 PCS. BALANCE OF LINE NOT RELEASED - DO NOT MOULD,\n"
       "            NO COMPOUND FOR BALANCE. NEXT RELEASE ONLY AFTER PILOT SIGN-OFF, BY\n"
       "            WRITTEN RELEASE FROM KEVIN MARSH, MATERIALS MANAGER.\n"
       "SPEC: ISO 3601-1 CLASS B, PEROXIDE CURED, CURE DATE ON BAG LABEL.\n")])

# p51: Mexican buyer: deposit paid, so start production of the 5,000
_txt = ("Hola Ing. Treviño,\n\n"
        "Le confirmo que ya quedó pagado el anticipo del 30% de la OC 4530 (transferencia SPEI ref. 0093311, "
        "$186,450.00 MXN). Así que ya pueden arrancar la producción de las 5,000 piezas del sello PN AN-5561 Rev 2 - "
        "with the deposit paid, please start production of the 5,000 pcs.\n\n"
        "La OC es por la cantidad completa (5,000 pzs), no hay muestras en esta orden porque el PPAP de este número ya "
        "quedó cerrado en abril con el plano anterior y el cambio de revisión fue solo de empaque.\n\n"
        "Entregas: 1,000 pzs semanales a partir de la semana 36 en Ramos Arizpe.\n\n"
        "Saludos,\nLic. Mariana Esquivel\nCompradora, Autopartes del Norte S.A. de C.V.\nTel. +52 844 555 0129\n")
_m = mail("Lic. Mariana Esquivel <mesquivel@autopartesnorte.mx>", "Ing. Héctor Treviño <htrevino@hulesdelnorte.mx>",
          "Anticipo OC 4530 pagado - arranque de producción",
          "Wed, 21 Aug 2024 11:05:00 -0600", _txt,
          html="<p>" + _txt.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>")
case("p51_anticipo_oc4530", ["RG012"],
     "full-quantity order, but the buyer makes the deposit payment the trigger to start production ('ya pagado el anticipo... así que arranquen')",
     [E("OC_4530_PN_AN-5561.eml", _m)])

# p52: Turkish supplier treats PO acceptance in its system as authority for the series
_m = mail("Selin Aydın <selin.aydin@bursakaucuk.com.tr>", "Emre Koç <emre.koc@kayseritasit.com.tr>",
          "YNT: KT-24-0455 numune siparişi / sample PO",
          "Mon, 22 Jul 2024 08:50:00 +0300",
          "Emre Bey merhaba,\n\n"
          "PO'nuz sistemimizde kabul edildi ve onaylandı. Since the PO is accepted in our system, production of "
          "the 7.900 adet is planned for week 33 on extrusion line 1, right after the 100 samples.\n\n"
          "Kalıp revizyonu tamamlandı. Numune teslimatı: 09.08.2024.\n\n"
          "İyi çalışmalar,\nSelin Aydın\nSatış Müdürü / Sales Manager\nBursa Kauçuk Teknik Ltd. Şti.\n\n"
          "-----Original Message-----\nFrom: Emre Koç\nSent: Friday, July 19, 2024 5:30 PM\n"
          "> Selin Hanım,\n> PO KT-24-0455: 100 pcs samples KT-SEAL-4433 Rev 2 - released now, that's all.\n"
          "> The 7.900 pcs series is not released, please don't start it and don't mix compound for it.\n"
          "> It is released after PPAP sign-off by a written release from me (Emre Koç, Satınalma Müdürü).\n> Emre\n")
case("p52_ynt_kt_24_0455", ["RG012"],
     "supplier reads acceptance of a sample PO in its system as authority to plan the 7.900 series; quoted buyer scope complete",
     [E("YNT_KT-24-0455_numune_siparisi.eml", _m)])

# p53: Vietnamese trims supplier: advance payment received, so bulk started
_m = mail("Dang Thu Ha <ha.dt@phumyzipper.vn>", "Nguyen Thi Lan <lan.nguyen@northline-outfitters.com>",
          "Re: PO NL-24-8230 snap buttons - PP sample & advance",
          "Thu, 12 Sep 2024 15:10:00 +0700",
          "Dear Ms. Lan,\n\n"
          "Thank you for the 50% advance payment, our accounting confirm received this morning.\n\n"
          "Because advance payment is received, factory has started bulk production of the full 30,000 sets snap "
          "button SB-15-ANT (antique brass, 15 mm) to secure your ex-factory date. Plating line booked for next week.\n\n"
          "The 300 sets PP sample will be send to your office on Monday by Kerry Express.\n\n"
          "Best regards,\nDang Thu Ha (Ms.)\nMerchandiser, Phu My Zipper Co., Ltd. - Buttons Division\n\n"
          "On Tue, Sep 10, 2024, Nguyen Thi Lan wrote:\n"
          "> Dear Ha, PO NL-24-8230 is for 300 sets PP sample only. Bulk 30,000 sets is not released.\n"
          "> Bulk release will be sent in writing by me (Nguyen Thi Lan, Senior Merchandiser) after PP sample\n"
          "> sign-off at the fit session. We will transfer the 50% advance for the whole PO this week as agreed.\n")
case("p53_re_nl_24_8230_advance", ["RG012"],
     "supplier starts the 30,000 bulk because the advance was received, against a quoted 300-set PP sample release",
     [E("Re_PO_NL-24-8230_snap_buttons.eml", _m)])


# =================================================================== WRITE
def _stem(fn):
    st = fn.rsplit(".", 1)[0]
    return re.sub(r"[^A-Za-z0-9_-]+", "_", st)


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(20240909).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h9_{i:02d}_{_stem(c['files'][0][0])}"
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
    # summary
    from collections import Counter
    rc = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean} multi-rule={multi}")
    for r in sorted(rc):
        print(f"  {r}: {rc[r]}")


if __name__ == "__main__":
    main()
