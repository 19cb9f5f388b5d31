#!/usr/bin/env python3
"""Generator for the releasegate check_holdout212 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout212/build.py

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
            # column widths by content (h212 addition), so part numbers do not wrap
            avail = pagesize[0] - 100
            cols = range(len(b[1][0]))
            minw = [max(len(w) for r in b[1] for w in (str(r[j]).split() or [""])) * 6.6 + 14 for j in cols]
            natw = [max(min(len(str(r[j])), 45) * 5.6 + 14 for r in b[1]) for j in cols]
            natw = [max(n, m) for n, m in zip(natw, minw)]
            spare = avail - sum(minw)
            extra = sum(n - m for n, m in zip(natw, minw)) or 1
            widths = [m + max(spare, 0) * (n - m) / extra for n, m in zip(natw, minw)]
            if sum(widths) > avail:
                widths = [w * avail / sum(widths) for w in widths]
            t = Table(rows, hAlign="LEFT", colWidths=widths)
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
    m["Message-ID"] = msgid or f"<h212-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h212")
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


# ------------------------------------------------------------ extra helpers
def q(text, prefix="> "):
    """Quote a block of text the way mail clients do."""
    return "\n".join((prefix + ln) if ln.strip() else prefix.rstrip() for ln in text.strip("\n").split("\n"))


def html_of(text):
    """A plain HTML rendering of a mail body (for multipart/alternative)."""
    out, quote = [], False
    for ln in text.split("\n"):
        if ln.startswith(">") and not quote:
            out.append("<blockquote style=\"border-left:2px solid #999;padding-left:6px\">")
            quote = True
        elif not ln.startswith(">") and quote:
            out.append("</blockquote>")
            quote = False
        s = ln.lstrip("> ") if quote else ln
        out.append(escape(s) + "<br>")
    if quote:
        out.append("</blockquote>")
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


# --------------------------------------------------------------- the people
CA = "Minera Cerro Alto SpA"
PH = "Pilbara Haulmark Contracting Pty Ltd"
AR = "Asante Ridge Gold Ltd"
BB = "Bergslagen Ballast AB"
VW = "Vaal Wear Castings (Pty) Ltd"
SA = "Saurashtra Alloy Castings Pvt. Ltd."
HD = "Ma'anshan Huadong Wear Materials Co., Ltd."
PW = "Polwear Technika Sp. z o.o."
FA = "Fundición Andina del Sur S.A.C."

JAVIERA = "Javiera Rojas Valdés <jrojas@cerroalto.cl>"
RODRIGO = "Rodrigo Fuentes <rfuentes@cerroalto.cl>"
CLAUDIA = "Claudia Muñoz Araya <cmunoz@cerroalto.cl>"
DARREN = "Darren Kells <darren.kells@haulmark.com.au>"
SHAZ = "Shaz Nguyen <shaz.nguyen@haulmark.com.au>"
BRETT = "Brett O'Connell <brett.oconnell@haulmark.com.au>"
KWAME = "Kwame Asante-Boateng <k.asanteboateng@asanteridge.com.gh>"
EFUA = "Efua Mensah <e.mensah@asanteridge.com.gh>"
YAW = "Yaw Ofori <y.ofori@asanteridge.com.gh>"
KARIN = "Karin Ekström <karin.ekstrom@bergslagenballast.se>"
ANNIKA = "Annika Holm <annika.holm@bergslagenballast.se>"
MATS = "Mats Lindqvist <mats.lindqvist@bergslagenballast.se>"
PIETER = "Pieter van der Merwe <pieter@vaalwear.co.za>"
THABO = "Thabo Nkosi <thabo@vaalwear.co.za>"
HITESH = "Hitesh Patel <hitesh.patel@saurashtraalloy.in>"
SUNNY = "Sunny Zhang <sunny.zhang@hdwear.com.cn>"
TOMASZ = "Tomasz Wiśniewski <t.wisniewski@polwear.pl>"
AGNIESZKA = "Agnieszka Kowalczyk <a.kowalczyk@polwear.pl>"
LUIS = "Luis Quispe Mamani <lquispe@fandinasur.com.pe>"
CARMEN = "Carmen Huamán <chuaman@fandinasur.com.pe>"

SIG_JAVIERA = sig("Javiera Rojas Valdés", "Compradora Senior / Senior Buyer - Abastecimiento", CA + ", Calama", "+56 55 255 0418")
SIG_DARREN = sig("Darren Kells", "Procurement Lead - Fixed Plant & Mobile", PH + ", Port Hedland WA", "+61 8 9173 0412")
SIG_KWAME = sig("Kwame Asante-Boateng", "Procurement Officer, Supply Chain Dept.", AR + ", Nkwanta Mine, Western Region", "+233 31 209 4471")
SIG_KARIN = sig("Karin Ekström", "Inköpare / Buyer", BB + ", Västerås", "+46 21 555 0147")
SIG_PIETER = sig("Pieter van der Merwe", "Sales Engineer - Mining", VW + ", Vanderbijlpark", "+27 16 555 0192")
SIG_HITESH = sig("Hitesh Patel", "Marketing Manager (Exports)", SA + ", GIDC Shapar-Veraval, Rajkot 360024", "+91 281 255 0319")
SIG_SUNNY = sig("Sunny Zhang", "Export Sales Dept.", HD + ", Ma'anshan, Anhui", "+86 555 555 0271")
SIG_TOMASZ = sig("Tomasz Wiśniewski", "Key Account Manager - Mining & Quarry", PW + ", Gliwice", "+48 32 555 0164")
SIG_CARMEN = sig("Carmen Huamán", "Planeamiento y Control de Producción", FA + ", Arequipa", "+51 54 555 0233")
SIG_LUIS = sig("Luis Quispe Mamani", "Ventas Minería / Mining Sales", FA + ", Arequipa", "+51 54 555 0230")


# =================================================================== CLEAN
# c01 supplier quote with sample and production tiers, no authorization in it
case("c01_quote_tiers_rajkot", [],
     "supplier quote alone: 12 sample / 600 production tiers, production indicative and needs a separate written order; no authorized quantity",
     [("SAC-Q-24-25-0147.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "SAURASHTRA ALLOY CASTINGS PVT. LTD. - Plot 41, GIDC Shapar-Veraval, Rajkot 360024, Gujarat, India. "
               "An ISO 9001:2015 certified steel foundry."),
         ("p", "Ref: SAC/Q/24-25/0147    Date: 06.05.2024"),
         ("p", "To: Pilbara Haulmark Contracting Pty Ltd, Port Hedland WA 6721, Australia. Kind attn.: Mr. Darren Kells, Procurement Lead"),
         ("p", "Sub: Bucket teeth tips for EX-09 / EX-11 excavator buckets - your enquiry PH-RFQ-0412 dt. 29.04.2024"),
         ("p", "Dear Sir, With reference to your above enquiry we are pleased to quote our best rates as under:"),
         ("table", [
             ["Sr.", "Description", "Part No.", "Stage", "Qty", "Unit price USD", "Amount USD"],
             ["1", "Tip, heavy duty, Cr-Mo-Ni alloy steel, 477-514 BHN, wt. 96 kg", "SAC-TT-4000-HD Rev 2", "Sample / trial", "12 nos", "186.00", "2,232.00"],
             ["2", "Tip, heavy duty, do -", "SAC-TT-4000-HD Rev 2", "Production (indicative)", "600 nos", "149.50", "89,700.00"],
             ["3", "Pin & retainer set M30 (per tip)", "SAC-PR-30", "with item 1 / 2", "per tip", "7.80", "-"],
         ]),
         ("sp",),
         ("h", "Terms & Conditions"),
         ("p", "1. Price basis: FCA Mundra port, packing in wooden pallets included."),
         ("p", "2. Payment: 30% advance with PO, balance against copy of B/L."),
         ("p", "3. Delivery: trial tips 5-6 weeks from receipt of PO. Production 8-10 weeks from receipt of your separate written production order."),
         ("p", "4. The production quantity of 600 nos is indicative only for pricing. Same will be taken up only against separate written "
               "order from your end after trial of the samples at site."),
         ("p", "5. Testing: chemical, hardness (10 locations), UT as per ASTM A609 Level 2, MPI. Test certificate 3.1 as per EN 10204."),
         ("p", "6. Validity: 60 days from date of quotation."),
         ("sp",),
         ("p", "Hoping to receive your valued order. Please revert for any clarification."),
         ("p", "Thanking you, For SAURASHTRA ALLOY CASTINGS PVT. LTD. - Hitesh Patel, Marketing Manager (Exports)"),
     ], title="SAC/Q/24-25/0147", author="Saurashtra Alloy Castings"))])

# c02 RFQ with three quantity scenarios, multipart/alternative
_t = """Hej Tomasz,

We are looking at PU modular panels for the secondary screen at Kvarntorp (deck 2, 6 x 16 ft).
Could you quote us three scenarios so we can compare:

  A) 40 panels    - trial, one section of the deck
  B) 400 panels   - one complete deck change
  C) 1.200 panels - yearly consumption, three deck changes (our own estimate)

Panel 305 x 305 x 40 mm, slot 12 x 40 mm, pin-fix system, 87 Shore A.
Drawing SP-305-40 rev 5 is uploaded to your folder on the portal.

This is only a price request, not an order. We place nothing before we have compared the offers
and run a trial.

Please give price EUR/panel and lead time for each scenario, before 31 May if possible.

Tack på förhand / thanks in advance
""" + SIG_KARIN
case("c02_rfq_three_scenarios", [],
     "buyer RFQ with 40 / 400 / 1.200 scenarios, stated as a price request and not an order; no authorization",
     [("RFQ_24-031.eml", eml_bytes(mail(
         KARIN, TOMASZ, "RFQ 24-031 PU screen panels 305x305 - Kvarntorp deck 2",
         "Mon, 13 May 2024 08:41:00 +0200", _t, html=html_of(_t))))])

# c03 WhatsApp: supplier asks for green light, buyer answers with the complete scope
case("c03_whatsapp_luz_verde", [],
     "supplier's question; buyer replies with 4 sample liners only, balance 46 on hold until trial sign-off and written release by Claudia Muñoz",
     [("WhatsApp Chat - FAS Liners CV-07.txt", """[14/05/24, 10:12:33] Luis Quispe FAS: Buenos días Ing. Rodrigo, Srta. Javiera 🙋‍♂️ los 4 liners de muestra salieron de granallado hoy
[14/05/24, 10:12:58] Luis Quispe FAS: <adjunto: IMG-20240514-WA0012.jpg>
[14/05/24, 10:14:40] Luis Quispe FAS: les consulto, ¿tenemos luz verde para el saldo de 46? is for plan the moulding line next week
[14/05/24, 10:31:07] Javiera Rojas MCA: Hola Luis, no todavía.
[14/05/24, 10:32:19] Javiera Rojas MCA: Only the 4 sample liners (OC 4500081277, pos 10). The balance of 46 liners is NOT released, y tampoco material para ellos.
[14/05/24, 10:33:45] Javiera Rojas MCA: The 46 stay on hold until Rodrigo signs off the trial in chute CV-07 and Claudia Muñoz (Jefa de Abastecimiento) sends you the written release. Sin eso no parten, ok?
[14/05/24, 10:35:02] Luis Quispe FAS: Entendido Srta. Javiera, only the 4. We wait the written release from Sra. Claudia 👍
[14/05/24, 11:02:16] Rodrigo Fuentes MCA: Recibí las fotos. Los instalamos en la detención de planta del 22, después de eso medimos desgaste a las 600 h.
[14/05/24, 11:02:51] Luis Quispe FAS: Perfecto Ingeniero, gracias
""")])

# c04 clearly labelled forecast
case("c04_forecast_labelled", [],
     "rolling demand forecast labelled for planning only, not an order, no production or material authority",
     [("ARG-FC-2024-06.pdf", pdf([
         ("h1", "Rolling 12-Month Demand Forecast"),
         ("p", "FOR PLANNING ONLY - THIS IS NOT A PURCHASE ORDER"),
         ("p", "Asante Ridge Gold Ltd, Supply Chain Department, Nkwanta Mine, Western Region, Ghana. "
               "Issued to: Vaal Wear Castings (Pty) Ltd, Vanderbijlpark. Forecast ref: ARG-FC-2024-06. Issued: 3 June 2024."),
         ("p", "This forecast is shared for your capacity planning only. It is not an order, it does not authorise "
               "production and it does not authorise you to purchase any material. Firm requirements will come only by "
               "purchase order and a written release."),
         ("table", [
             ["Item", "Description", "Q3 2024", "Q4 2024", "Q1 2025", "Q2 2025", "Total"],
             ["IDL-152-TR", "Troughing idler set, 3-roll, 152 dia, 1200 BW, 35 deg", "60", "80", "80", "60", "280"],
             ["IDL-152-RT", "Return idler, 152 dia x 1390", "40", "40", "50", "40", "170"],
             ["IDL-159-IM", "Impact idler set, 159 dia, rubber rings", "12", "12", "16", "12", "52"],
         ]),
         ("sp",),
         ("p", "Bearings 6306-2RS C3 (SKF, FAG or NSK only) per spec ARG-ENG-SP-0211 rev 4. Shell tube 152.4 x 4.5 mm."),
         ("p", "Quantities may change by +/- 30% without notice. Please do not stock or cast against these figures."),
         ("p", "Kwame Asante-Boateng, Procurement Officer"),
     ], title="ARG-FC-2024-06", author="Asante Ridge Gold"))])

# c05 sample sign-off record, fit check only, production not released
case("c05_signoff_fit_only", [],
     "sample sign-off 'approved for fit check only; production not released'; balance 380 on hold until second trial sign-off and written release by Mats Lindqvist",
     [("SR-24-017.docx", docx_bytes([
         ("h1", "Provgodkännande / Sample sign-off record SR-24-017"),
         ("table", [
             ["Field", "Entry"],
             ["Supplier", "Polwear Technika Sp. z o.o., Gliwice"],
             ["Part", "PU screen panel 305 x 305 x 40, slot 12 x 40, drawing SP-305-40 rev 5"],
             ["Purchase order", "4510-3390, line 1 (sample): 20 panels"],
             ["Samples received", "20 panels, 2024-06-11, GRN 24-0611-03"],
             ["Trial", "Kvarntorp secondary screen, deck 2, 500 h running"],
         ]),
         ("h", "Results"),
         ("table", [
             ["Check", "Requirement", "Result", "OK / NOK"],
             ["Hardness", "87 ±3 Shore A", "86-88", "OK"],
             ["Slot width", "12,0 +0,5 mm", "12,1-12,3", "OK"],
             ["Wear after 500 h", "max 2 mm", "1,4 mm", "OK"],
             ["Pin fit", "no loose panels", "2 of 20 tight, acceptable", "OK"],
         ]),
         ("h", "Disposition"),
         ("p", "Samples approved for fit check only; production not released."),
         ("p", "The balance of 380 panels (quotation Q-PW-24-118) stays on hold. It is released only by a written "
               "production release from Mats Lindqvist, Produktionschef, after a second trial period on deck 2 "
               "(further 500 h) has been signed off."),
         ("p", "Polwear may not buy material beyond the 20 sample panels."),
         ("sp",),
         ("p", "Signed: Annika Holm, Processingenjör, 2024-07-08"),
     ], author="Annika Holm"))])

# c06 full-quantity PO on the buyer portal, "proceed with the full 64"
case("c06_portal_full_qty", [],
     "portal PO for the full and only quantity of 64 return idlers, no sample stage and no balance; 'proceed with the full 64 units' is scoped",
     [("PO_7700-4182.html", html_page("Haulmark Supplier Portal - PO 7700-4182", """
<h2>Haulmark Supplier Portal</h2>
<p>Purchase Order <b>7700-4182</b> &middot; Revision 0 &middot; Issued 08-May-2024 &middot; Buyer: Darren Kells</p>
<p>Supplier: Vaal Wear Castings (Pty) Ltd, Vanderbijlpark, ZA &middot; Incoterms: CIF Port Hedland</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit AUD</th><th>Ext AUD</th></tr>
<tr><td>10</td><td>PHC-CV-RT152</td><td>Return idler 152 dia x 1390, 6306-2RS C3, spec PHC-SP-CV-019 rev 3</td><td>64</td><td>EA</td><td>212.40</td><td>13,593.60</td></tr>
</table>
<div class="note"><b>Order note:</b> Full order quantity. This PO covers the total requirement of 64 return idlers
for the CV-11 belt replacement shutdown. There is no sample stage, no balance and no follow-on quantity.
Proceed with the full 64 units. Deliver to Port Hedland laydown by 26-Jul-2024.</div>
<p>Supplier status: <b>Acknowledged</b> 09-May-2024 (P. van der Merwe)</p>
"""))])

# c07 EDI call-off with an explicit staged material authority above the released quantity
case("c07_edi_calloff_staged", [],
     "call-off releases 40, staged material authority 120 is explicit, remaining 80 forecast not released until next call-off signed by Yaw Ofori",
     [("ARG-CO-0093.txt", """ASANTE RIDGE GOLD LTD - EDI OUTBOUND - HUMAN READABLE PRINT
==============================================================================
TRANSACTION : 862 SHIPPING SCHEDULE / CALL-OFF          DOC NO : ARG-CO-0093
ISSUE DATE  : 2024-06-24                                SUPPLIER: SAURASHTRA ALLOY
SHIP-TO     : NKWANTA MINE STORES, WESTERN REGION       VENDOR NO: 100-4471
BLANKET PO  : AR-PO-22950                               CURRENCY: USD
------------------------------------------------------------------------------
ITEM        : BT-92-TIP REV B   LOADER BUCKET TIP, 92 KG, 477-514 BHN
DRAWING     : ARG-MB-0092 REV 6       STD: EN 10204 3.1 CERT REQUIRED
------------------------------------------------------------------------------
LIN  QTY   UOM  DATE        TYPE
001  20    EA   2024-07-15  FIRM - RELEASED FOR PRODUCTION
002  20    EA   2024-08-12  FIRM - RELEASED FOR PRODUCTION
003  40    EA   WK 32-36    FORECAST - NOT RELEASED
004  40    EA   WK 37-40    FORECAST - NOT RELEASED
------------------------------------------------------------------------------
CUM RELEASED FOR PRODUCTION (FAB AUTH) .......... 40 EA
MATERIAL AUTHORIZATION (RAW MATL, STAGED) ....... 120 EA
  BUYER ACCEPTS LIABILITY FOR RAW MATERIAL (SCRAP, FERRO-ALLOYS) UP TO
  120 EA. NO CASTING BEYOND THE 40 EA RELEASED.
NOT RELEASED ................................... 80 EA (LINES 003-004)
------------------------------------------------------------------------------
NOTES:
 RELEASE 40 EA ONLY (LINES 001-002). LINES 003-004 ARE FORECAST AND ARE
 NOT RELEASED UNTIL THE NEXT CALL-OFF, SIGNED BY YAW OFORI, GM OPERATIONS.
 RELEASE AUTHORITY FOR THIS SCHEDULE: YAW OFORI, GM OPERATIONS.
 QUERIES: K. ASANTE-BOATENG, PROCUREMENT, +233 31 209 4471
==============================================================================
END OF DOCUMENT                                                    PAGE 1 OF 1
""")])

# c08 signed auto-conversion agreement
case("c08_autoconversion_signed", [],
     "explicit signed auto-conversion: approved sign-off of 2 sample sets releases 10 sets, with signer, conditions and expiry; remaining 12 on hold for Claudia Muñoz",
     [("Acuerdo_OC_4500080455.docx", docx_bytes([
         ("h1", "Acuerdo de auto-conversión / Auto-conversion agreement"),
         ("p", "Minera Cerro Alto SpA (MCA) - Fundición Andina del Sur S.A.C. (FAS)"),
         ("p", "Orden de compra / PO: 4500080455. Parte: muela fija y móvil, chancador primario CH-01, "
               "DRG MCA-CH01-JP rev 7, acero al manganeso ASTM A128 Gr. B-3. Cotización FAS-24-0392 (24 juegos en total)."),
         ("num", "Sample lot / lote de muestra: 2 juegos (sets), OC posición 10."),
         ("num", "Auto-conversion: if, and only if, the sample sign-off of the 2 sets is recorded as 'approved' by "
                 "Rodrigo Fuentes (Superintendente Mantención Chancado) on form SO-CH-01, that sign-off releases by "
                 "itself 10 sets of production (OC posición 20). No separate release letter is needed for these 10 sets."),
         ("num", "Conditions: hardness 190-230 HB as cast; dimensions per DRG rev 7; UT without indications above level 2; "
                 "sign-off recorded not later than 30-09-2024. If any condition fails, nothing is released."),
         ("num", "No other quantity is released by this agreement. The remaining 12 sets of the quotation stay on hold "
                 "until a separate written release by Claudia Muñoz Araya, Jefa de Abastecimiento."),
         ("num", "Material authority: sample-only (2 sets) until the auto-conversion takes effect; from then 12 sets "
                 "(2 + 10)."),
         ("sp",),
         ("table", [
             ["Firma / Signature", "Cargo / Role", "Fecha / Date"],
             ["Claudia Muñoz Araya", "Jefa de Abastecimiento, MCA", "21-05-2024"],
             ["Rodrigo Fuentes", "Superintendente Mantención Chancado, MCA", "21-05-2024"],
             ["Luis Quispe Mamani", "Ventas Minería, FAS", "22-05-2024"],
         ]),
     ], author="Claudia Muñoz Araya"))])

# c09 old quote forwarded as message/rfc822, declared informational
_inner = mail(TOMASZ, KARIN, "Offer 22/0871 - skirt rubber SBR 60 ShA",
              "Thu, 13 Oct 2022 14:20:00 +0200",
              """Dear Karin,

as discussed on phone we offer skirt rubber SBR 60 Shore A, 15 x 300 mm, rolls of 20 m:

  200 m    EUR 22,40 / m
  2.000 m  EUR 19,80 / m

Delivery 3-4 weeks, DAP Västerås. Offer valid 30 days.

Best regards / Pozdrawiam
""" + SIG_TOMASZ)
_t = """Hej Tomasz,

I forward your old offer from October 2022 below, only so we talk about the same basis
(profile, compound, width). It is for information only: nothing in it is ordered or released,
and the 2.000 m is not a quantity for now.

Could you send me a fresh quote for 2025 on the same spec, price per metre for 300 m and for
1.500 m? No order yet, that comes later by PO if the price is right.

Tack,
Karin
""" + SIG_KARIN
case("c09_fwd_old_quote_info", [],
     "2022 offer with 2.000 m forwarded as message/rfc822 and declared informational; new price request, nothing ordered",
     [("Fwd_Offer_22-0871.eml", eml_bytes(mail(
         KARIN, TOMASZ, "Fwd: Offer 22/0871 - skirt rubber SBR 60 ShA", "Tue, 21 May 2024 10:05:00 +0200",
         _t, cc=AGNIESZKA, attachments=[("rfc822", _inner)])))])

# c10 quoted supplier assumption corrected by the buyer
_t = """G'day Sunny,

No - please don't do that. Sample sign-off doesn't release anything on our side.

PO 7700-4233 is for the four (4) sample adaptors only. The balance of 116 adaptors is on hold
until Shaz Nguyen signs off the samples after the bucket trial on EX-14, and then Brett O'Connell
(Ops Manager) sends you a written release. Don't buy steel for the 116 either.

Cheers,
Darren
""" + SIG_DARREN + """
From: Sunny Zhang <sunny.zhang@hdwear.com.cn>
Sent: Monday, 10 June 2024 4:12 PM
To: Darren Kells <darren.kells@haulmark.com.au>
Subject: PO 7700-4233 sample adaptors

""" + q("""Dear Darren,

Good day! The 4 pcs sample adaptors will finish casting this week, then heat treatment.
After you approve the samples we will go directly to mass production 116 pcs, so delivery can be
faster for you. Please note.

Best regards,
Sunny""")
case("c10_buyer_corrects_autoconv", [],
     "quoted supplier 'after you approve the samples we go directly to mass production' is corrected by the buyer: 4 samples only, balance 116 on hold for Shaz sign-off and Brett's written release",
     [("RE_PO_7700-4233.eml", eml_bytes(mail(
         DARREN, SUNNY, "RE: PO 7700-4233 sample adaptors", "Tue, 11 Jun 2024 07:48:00 +0800", _t,
         cc=SHAZ, in_reply_to="<h212-sunny-0610@hdwear.com.cn>")))])

# c11 WeChat: deposit does not release production
case("c11_wechat_deposit_not_release", [],
     "supplier says the deposit pays the 2 sample sets only and does not release production; waits for written release for 18 sets",
     [("WeChat_Huadong_Asante.txt", """WeChat chat history: Sunny Zhang (华东耐磨) & Kwame Asante-Boateng
Exported 2024-06-19

2024-06-18 14:02  Sunny Zhang: Dear Kwame, good afternoon. We received the deposit USD 3,360 for PI HD-PI-240611 today, thank you!
2024-06-18 14:03  Sunny Zhang: Please note the deposit is only for the 2 sets sample jaw plates. Deposit does not release production. We cast only the 2 sets.
2024-06-18 14:20  Kwame Asante-Boateng: Noted, thanks Sunny.
2024-06-18 14:22  Sunny Zhang: For balance 18 sets we wait your written release after the sample sign-off. We not buy material for the 18 sets before that.
2024-06-18 14:25  Kwame Asante-Boateng: Yes please. Efua will inspect the samples on site, I will revert.
2024-06-18 14:26  Sunny Zhang: 👌 OK. Samples ETD Shanghai 5 July, I send you BL copy.
""")])

# c12 supplier acknowledgement restating the hold
case("c12_ack_restates_hold", [],
     "supplier acknowledgement of 8 sample sets only; balance 232 not released, no build or material until Yaw Ofori's written release after Efua Mensah's sign-off",
     [("OA-24-0611.pdf", pdf([
         ("h1", "Order Acknowledgement OA-24-0611"),
         ("p", "Vaal Wear Castings (Pty) Ltd, 14 Nobel Street, Vanderbijlpark 1911, South Africa. Reg. 2004/015512/07."),
         ("p", "Customer: Asante Ridge Gold Ltd, Nkwanta Mine. Customer PO: AR-PO-22871 dated 28 May 2024. Our quotation: VWC-Q-24-0388."),
         ("table", [
             ["Line", "Item", "Description", "Qty acknowledged", "Scope", "Delivery"],
             ["1", "IDL-152-TR", "Troughing idler frame + 3 rolls, 152 dia, 1200 BW, 6306-2RS C3, shaft EN8 25 mm", "8 sets", "Sample", "12 Jul 2024 FCA Vanderbijlpark"],
         ]),
         ("sp",),
         ("p", "We acknowledge your PO as written: 8 sample sets only."),
         ("p", "The balance of 232 sets in our quotation VWC-Q-24-0388 is not released. We will not build, and will not "
               "buy steel tube or bearings for, anything beyond the 8 sample sets until we receive a written release from "
               "Mr Yaw Ofori (GM Operations) following sample sign-off by Ms Efua Mensah."),
         ("p", "Payment terms: 30 days from statement. Packing: steel stillages, 4 sets per stillage."),
         ("p", "Pieter van der Merwe, Sales Engineer - Mining, for Vaal Wear Castings (Pty) Ltd"),
     ], title="OA-24-0611", author="Vaal Wear Castings"))])

# c13 interim disposition with quantity and date limits, release given by the named authority
case("c13_interim_limits", [],
     "interim disposition limited to 160 m / CV-03+CV-04 / 30 Sep; 160 m released in writing by Brett O'Connell; balance 1,000 m not released until final sign-off and further written release",
     [("IR-PHC-24-009.docx", docx_bytes([
         ("h1", "Interim Sample Disposition IR-PHC-24-009"),
         ("table", [
             ["Field", "Entry"],
             ["Part", "Skirt rubber SBR/NR 65 Sh A, 20 x 250 mm, spec PHC-SP-CV-031 rev 2"],
             ["Supplier", "Polwear Technika Sp. z o.o., Gliwice (PL)"],
             ["PO", "7700-4275 - line 1 sample 40 m; quotation PW-Q-24-0190 total 1,200 m"],
             ["Disposition", "INTERIM"],
             ["Reason", "Abrasion loss 118 mm3 vs spec max 110 mm3 (ISO 4649, method A) - retest at Polwear lab pending"],
         ]),
         ("h", "Limits"),
         ("li", "Quantity: max 160 m (interim lot)"),
         ("li", "Use: CV-03 and CV-04 only"),
         ("li", "Valid until: 30 Sep 2024"),
         ("h", "Release"),
         ("p", "Production release for the interim lot: 160 m, released in writing by Brett O'Connell (Operations Manager) "
               "on 18 Jun 2024, ref REL-PHC-0091. A sample disposition on its own releases nothing."),
         ("p", "Balance of 1,000 m (quotation 1,200 m less 40 m samples and 160 m interim lot): not released. It needs a "
               "final sign-off after the abrasion retest and a further written release by Brett O'Connell."),
         ("p", "Material: Polwear may hold compound for the 160 m interim lot only."),
         ("sp",),
         ("p", "Shaz Nguyen, Maintenance Engineer - Fixed Plant, 18 Jun 2024"),
     ], author="Shaz Nguyen"))])

# c14 deviation permit that leaves quantities untouched
case("c14_deviation_permit", [],
     "deviation permit for 48 mm thickness on the 6 sample liners; states it changes no quantity and releases nothing; balance 54 stays on hold per the PO",
     [("DP-CA-2024-031.pdf", pdf([
         ("h1", "Permiso de desviación / Deviation permit DP-CA-2024-031"),
         ("p", "Minera Cerro Alto SpA - Gerencia Mantención Planta. Proveedor / supplier: Fundición Andina del Sur S.A.C., Arequipa."),
         ("p", "Parte: revestimiento de chute (chute liner segment), fundición blanca alto cromo ASTM A532 Class III A, "
               "DRG MCA-CV07-CL-12 rev 3. OC 4500081530, posición 10 (muestras)."),
         ("table", [
             ["Característica", "Plano / drawing", "Real / actual", "Decisión"],
             ["Espesor / thickness", "50 mm +2/-0", "48 mm (pattern wear)", "Accepted for the 6 sample segments only"],
             ["Dureza / hardness", "min 600 HB", "640-660 HB", "Conforme"],
             ["Agujeros M24x3", "4 x dia 26", "conforme", "Conforme"],
         ]),
         ("sp",),
         ("p", "Alcance / scope: this permit covers the 6 sample segments already cast. It does not change any quantity "
               "of the OC and does not release any quantity. The balance of 54 segments remains on hold as written in the "
               "OC: written release by Claudia Muñoz Araya after sign-off of the trial in chute CV-07."),
         ("p", "Para la producción el proveedor debe corregir el modelo a 50 mm."),
         ("table", [
             ["Emitido por", "Revisado por", "Fecha"],
             ["Rodrigo Fuentes, Supte. Mantención", "Javiera Rojas, Abastecimiento", "03-06-2024"],
         ]),
     ], title="DP-CA-2024-031", author="Minera Cerro Alto"))])

# c15 Teams go-ahead scoped to the 3 sample tips
case("c15_teams_scoped_goahead", [],
     "'go ahead and dispatch the 3 sample tips only'; the 57 are not released until wear test and written release by Mats Lindqvist; no material",
     [("Teams_Saurashtra_Bergslagen.txt", """Microsoft Teams - chat export
Chat: Saurashtra Alloy / Bergslagen Ballast - bucket tips WL-07
--------------------------------------------------------------
[2024-06-04 09:14] Hitesh Patel (Guest): Good morning Madam, 3 nos sample tips are ready for dispatch. TC and hardness report uploaded in the folder. Kindly confirm dispatch and also the plan for balance qty.
[2024-06-04 09:31] Karin Ekström: Hi Hitesh. Go ahead and dispatch the 3 sample tips only.
[2024-06-04 09:32] Karin Ekström: The rest (57 tips on your quote) is not released. We wait for the wear test on loader WL-07, around 300 operating hours, and then Mats Lindqvist sends a written release if it is ok. No material for the 57 before that please.
[2024-06-04 09:40] Hitesh Patel (Guest): Noted Madam, only 3 nos. Will dispatch by DHL tomorrow, AWB I will share.
[2024-06-04 09:41] Karin Ekström: 👍 tack
""")])

# c16 SAP PO, full quantity, lots of quantity-like identifiers
case("c16_sap_po_full_identifiers", [],
     "full-quantity replenishment PO (6 + 6 sets), states no sample and no balance; identifiers 1000-2400-12, REV 7, M36x4, ISO 898-1, ISO 9001:2015",
     [("PO_4500082016.txt", """MINERA CERRO ALTO SpA                                   RUT 76.555.204-K
PEDIDO DE COMPRA / PURCHASE ORDER                       Nro. 4500082016
Fecha: 17.06.2024          Org. Compras: 2400      Grupo: C12 (J. Rojas)
Proveedor: 100318 FUNDICION ANDINA DEL SUR S.A.C., AREQUIPA, PERU
Condición de pago: 60 días fecha factura      Incoterm: CPT Calama
-------------------------------------------------------------------------------
Pos  Material      Descripción                                Cant  UM   Precio USD   Total USD
10   1000-2400-12  MUELA FIJA CH-01 DRG MCA-CH01-JP REV 7        6  JGO    8.450,00    50.700,00
                   ASTM A128 GR B-3, 190-230 HB
20   1000-2400-13  MUELA MOVIL CH-01 DRG MCA-CH01-JM REV 7       6  JGO    8.980,00    53.880,00
                   ASTM A128 GR B-3, 190-230 HB
-------------------------------------------------------------------------------
                                                          TOTAL NETO USD  104.580,00
Textos de cabecera:
 PERNOS M36x4 GR 10.9 (ISO 898-1) INCLUIDOS, 24 POR JUEGO.
 CANTIDAD TOTAL Y FINAL: 6 JUEGOS POR POSICION. REPOSICION DE STOCK
 (ALMACEN 2400-01). NO HAY MUESTRAS NI SALDO EN ESTE PEDIDO.
 FABRICAR Y DESPACHAR LAS CANTIDADES INDICADAS. ENTREGA 10 SEMANAS.
 PROVEEDOR CON CERTIFICACION ISO 9001:2015 VIGENTE.
 CERTIFICADO DE CALIDAD 3.1 SEGUN EN 10204 CON CADA DESPACHO.
-------------------------------------------------------------------------------
Página 1 de 1
""")])

# c17 supplier portal restating the hold and sample-only material
case("c17_supplier_portal_status", [],
     "supplier portal: 20 sample panels delivered, balance 380 NOT RELEASED pending sign-off and written release by Mats Lindqvist; material sample-only",
     [("polwear_order_status.html", html_page("Polwear Technika - Portal klienta / Customer portal", """
<h2>Polwear Technika &ndash; Customer Portal</h2>
<p>Customer: <b>Bergslagen Ballast AB</b> &middot; Account manager: Tomasz Wiśniewski &middot; Status as of 2024-07-10</p>
<table>
<tr><th>Our order</th><th>Your PO</th><th>Item</th><th>Sample qty</th><th>Sample status</th><th>Production balance</th><th>Balance status</th></tr>
<tr><td>BB-24-118</td><td>4510-3390</td><td>PU panel 305x305x40, SP-305-40 rev 5</td><td>20</td><td>delivered 11.06.2024</td><td>380</td>
<td><b>NOT RELEASED</b> &ndash; waiting for your trial sign-off and the written release from Mats Lindqvist</td></tr>
</table>
<div class="note">Material authority: sample only. We have no PU prepolymer reserved for the 380 panels.
Nothing will be produced for the balance before we receive the written release.</div>
<p>Questions: planning@polwear.pl (Agnieszka Kowalczyk)</p>
"""))])

# c18 buyer corrects a risky line of his own earlier mail; two-level quote
_t = """Dear Pieter,

Correction to my mail below, sorry for the confusion. Please disregard the line "Once samples
pass, go ahead with the full 150." That line was wrong and is withdrawn.

Only the 10 sample rolls on PO AR-PO-23005 are authorised. The balance of 140 rolls stays on hold
until Efua Mensah signs off the samples and Yaw Ofori (GM Operations) sends you the written
release. Please do not buy tube or bearings for the 140.

Regards,
Kwame
""" + SIG_KWAME + """
On Wed, 19 Jun 2024 at 09:12, Kwame Asante-Boateng <k.asanteboateng@asanteridge.com.gh> wrote:
""" + q("""Dear Pieter,

Thanks for the update, noted the samples ship Friday.
Once samples pass, go ahead with the full 150.

Regards,
Kwame

On Tue, 18 Jun 2024 at 16:40, Pieter van der Merwe <pieter@vaalwear.co.za> wrote:
""" + q("""Hi Kwame,

The 10 sample rolls (return idler 152 x 1390) are painted and packed, they go Friday on the
Durban - Takoradi sailing. What about the other 140, do we plan them now now or wait?

Regards
Pieter"""))
case("c18_correction_two_level_quote", [],
     "buyer withdraws his own quoted 'go ahead with the full 150' in the same thread; restates 10 samples, 140 on hold until Efua's sign-off and Yaw Ofori's written release",
     [("RE_RE_sample_rolls.eml", eml_bytes(mail(
         KWAME, PIETER, "RE: RE: AR-PO-23005 sample rolls", "Thu, 20 Jun 2024 10:05:00 +0000", _t,
         in_reply_to="<h212-kwame-0619@asanteridge.com.gh>")))])

# c19 PO with an explicit staged material authority above the released quantity
case("c19_po_staged_material", [],
     "PO releases 2 sample jaw plates; pos 2 (10) commercial cover only, not released until sign-off by Annika Holm and written release by Mats Lindqvist; explicit staged material authority 12",
     [("PO_4510-3455.pdf", pdf([
         ("h1", "Inköpsorder / Purchase order 4510-3455"),
         ("p", "Bergslagen Ballast AB, Box 1142, 721 29 Västerås, Sweden. Supplier: Vaal Wear Castings (Pty) Ltd, Vanderbijlpark. "
               "Date 2024-05-27. Buyer: Karin Ekström."),
         ("table", [
             ["Pos", "Article", "Description", "Qty", "Scope", "Unit EUR", "Amount EUR"],
             ["1", "31-220-01", "Jaw plate, fixed, Mn18Cr2, DRG JP-220 rev 3", "2", "Sample - released", "4 180,00", "8 360,00"],
             ["2", "31-220-01", "Jaw plate, fixed, Mn18Cr2, DRG JP-220 rev 3", "10", "Production - NOT released", "3 950,00", "39 500,00"],
         ]),
         ("sp",),
         ("p", "Released now: the 2 sample jaw plates of pos 1."),
         ("p", "Pos 2 (10 pcs) is commercial cover only and is not released for production. Unlock: sample sign-off by "
               "Annika Holm after 200 h in the primary crusher at Kvarntorp, then a written production release by Mats "
               "Lindqvist, Produktionschef."),
         ("p", "Material authority: staged up to 12 pcs. Vaal may buy and hold manganese steel charge material for 12 pcs "
               "at Bergslagen's liability. No casting beyond pos 1 before the written release."),
         ("p", "Delivery CIP Västerås (Incoterms 2020). Payment 60 days net. Certificates 3.1 per EN 10204."),
     ], title="PO 4510-3455", author="Bergslagen Ballast"))])

# c20 supplier's question, with the buyer's complete scope quoted
case("c20_supplier_question_quoted", [],
     "supplier asks 'kindly confirm if we can proceed for balance 585 or wait for your release'; quoted buyer scope is complete (15 trial, 585 not released, Shaz sign-off, Brett release)",
     [("RE_PO_7700-4290_trial_tips.txt", """From: Hitesh Patel <hitesh.patel@saurashtraalloy.in>
To: Darren Kells <darren.kells@haulmark.com.au>
Date: Fri, 12 Jul 2024 17:42:10 +0530
Subject: RE: PO 7700-4290 - trial tips

Dear Darren Sir,

Greetings from Rajkot!

15 nos trial tips are dispatched today vide AWB 176-2231 4455, copy of TC and hardness report
attached in my previous mail.

Kindly confirm if we can proceed for balance 585 nos or we are to wait for your release? Our
foundry is having a slot in week 30, so kindly revert at the earliest.

Thanks & Regards,
Hitesh Patel
Marketing Manager (Exports)
Saurashtra Alloy Castings Pvt. Ltd., Rajkot

-----Original Message-----
From: Darren Kells <darren.kells@haulmark.com.au>
Sent: 20 June 2024 08:15
Subject: PO 7700-4290 - trial tips

> Hi Hitesh,
>
> PO 7700-4290 is for fifteen (15) trial tips only. The balance of 585 on your quote is not
> released. It'll be released only in writing by Brett O'Connell (Ops Manager), after Shaz
> Nguyen signs off the trial on the EX-09 bucket. No material for the 585 until then, please.
>
> Cheers,
> Darren
""")])

# c21 full-quantity PO by mail with PDF, "go ahead with the 20 sets"
_po = pdf([
    ("h1", "PURCHASE ORDER 7700-4311"),
    ("p", "Pilbara Haulmark Contracting Pty Ltd, Lot 12 Pinga Street, Wedgefield WA 6721. ABN 51 555 014 220."),
    ("p", "Supplier: Vaal Wear Castings (Pty) Ltd. Date: 01-Jul-2024. Buyer: Darren Kells. Deliver to: Port Hedland laydown, by 09-Aug-2024."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "UoM", "Unit AUD", "Ext AUD"],
        ["10", "PHC-CV-IM159", "Impact idler set, 159 dia, 3-roll, 1200 BW, rubber rings, spec PHC-SP-CV-019 rev 3", "20", "SET", "1,184.00", "23,680.00"],
    ]),
    ("sp",),
    ("p", "Full and final quantity: 20 sets. No sample stage, no balance, no follow-on quantity on this PO."),
    ("p", "Terms: 30 days EOM. Freight CIF Port Hedland."),
], title="PO 7700-4311", author="Pilbara Haulmark")
_t = """Hi Pieter,

PO 7700-4311 attached for twenty (20) impact idler sets, 159 dia, for the CV-02 load zone.
That's the full and final quantity - no samples, nothing to follow.

Go ahead with the 20 sets. We need them on site in Port Hedland by 9 Aug, so shout if that's
a problem.

Cheers,
Darren
""" + SIG_DARREN
case("c21_full_qty_po_mail", [],
     "full and final PO for 20 impact idler sets, no balance; 'go ahead with the 20 sets' is scoped",
     [("PO_7700-4311.eml", eml_bytes(mail(
         DARREN, PIETER, "PO 7700-4311 - impact idlers CV-02", "Mon, 01 Jul 2024 09:30:00 +0800", _t,
         html=html_of(_t), attachments=[("PO_7700-4311.pdf", _po, PDF_MT)])))])

# c22 minutes that keep sample sign-off, PO and production release apart
case("c22_minutes_words_apart", [],
     "minutes: sample sign-off for fit only, production release not given, balance 16 on hold until Claudia Muñoz's written release after the 400 h trial sign-off; material 2 sets only",
     [("Acta_2024-07-02_muelas_CH-01.docx", docx_bytes([
         ("h1", "Acta de reunión / Minutes - revisión de muestras, muelas CH-01"),
         ("p", "Fecha: 02-07-2024, Teams. Participantes: Rodrigo Fuentes, Javiera Rojas, Claudia Muñoz (MCA); "
               "Luis Quispe, Carmen Huamán (FAS)."),
         ("h", "1. Sample sign-off"),
         ("p", "Las 2 muelas de muestra (OC 4500080690 pos 10) pasaron dimensional y dureza; fit check en CH-01 hecho el "
               "28-06. Rodrigo firma el sample sign-off for fit only. Wear trial sigue hasta 400 h."),
         ("h", "2. Production release"),
         ("p", "No se da hoy / not given today. The balance of 16 sets (pos 20) stays on hold. It will be released only by a "
               "written release from Claudia Muñoz, after Rodrigo signs off the 400 h wear trial."),
         ("h", "3. Orden de compra"),
         ("p", "OC 4500080690 sigue como fue emitida; sin cambios."),
         ("h", "4. Material"),
         ("p", "FAS tiene material de carga solo para las 2 muestras. Carmen confirma que no se ha comprado nada para los 16 juegos."),
         ("h", "5. Próxima reunión"),
         ("p", "30-07-2024, mismo link."),
         ("sp",),
         ("p", "Redacta: Javiera Rojas"),
     ], author="Javiera Rojas"))])

# c23 eSourcing bid comparison, no award
case("c23_bid_comparison_no_award", [],
     "buyer eSourcing bid comparison with sample and production quantities from four suppliers; no award, nobody authorised",
     [("ARG-RFQ-0288_comparison.html", html_page("Asante Ridge Gold - eSourcing - RFQ ARG-RFQ-0288", """
<h2>eSourcing &ndash; Bid comparison</h2>
<p>RFQ <b>ARG-RFQ-0288</b> &middot; Chute liners, ROM bin and transfer chute TC-2 &middot; Closed 14-Jun-2024 &middot; Owner: K. Asante-Boateng</p>
<table>
<tr><th>Bidder</th><th>Material offered</th><th>Sample qty</th><th>Sample price USD</th><th>Production qty (as per RFQ)</th><th>Unit price USD</th><th>Lead time</th></tr>
<tr><td>Vaal Wear Castings</td><td>AR500 bolt-on plate 40 mm</td><td>4</td><td>412.00</td><td>120</td><td>348.00</td><td>8 wks</td></tr>
<tr><td>Saurashtra Alloy Castings</td><td>Cr-Mo white iron 45 mm</td><td>4</td><td>380.00</td><td>120</td><td>301.50</td><td>10 wks</td></tr>
<tr><td>Ma'anshan Huadong</td><td>Bimetal composite 30+15 mm</td><td>4</td><td>455.00</td><td>120</td><td>322.00</td><td>12 wks</td></tr>
<tr><td>Fundición Andina del Sur</td><td>ASTM A532 III A 45 mm</td><td>4</td><td>398.00</td><td>120</td><td>336.00</td><td>11 wks</td></tr>
</table>
<div class="note">Status: evaluation in progress (technical scoring by Plant Engineering). No award has been made.
No bidder is authorised to produce or to buy material.</div>
"""))])

# c24 X12 830 planning schedule, forecast only, zero authorizations
case("c24_edi830_planning_only", [],
     "X12 830 with forecast quantities only, labelled planning, FAB and material authorization zero, not an order",
     [("EDI830_PHC_SAC_2024-27.txt", """PILBARA HAULMARK CONTRACTING - EDI X12 830 PLANNING SCHEDULE (HUMAN READABLE)
ISA SENDER: PHCPTYLTD    RECEIVER: SACRAJKOT    CONTROL: 000004417
BFR*05**PHC-830-2427*DL*A*20240701*20241229*20240701
  05 = REPLACE   DL = DELIVERY BASED   A = ACTUAL DISCRETE QTYS
N1*ST*PILBARA HAULMARK PORT HEDLAND*92*PH01
LIN**BP*SAC-TT-4000-HD*EC*REV 2
UIT*EA
  ITEM: BUCKET TIP HD, EX-09/EX-11 BUCKETS
FST*40*D*W*20240805      (D = PLANNING)
FST*40*D*W*20240902
FST*60*D*W*20240930
FST*60*D*W*20241028
FST*80*D*W*20241125
ATH*FI**0*20241229*20240701     (FABRICATION AUTHORIZATION CUM = 0)
ATH*MT**0*20241229*20240701     (MATERIAL AUTHORIZATION CUM = 0)
CTT*1*280
NOTE: ALL QUANTITIES ABOVE ARE FORECAST FOR PLANNING ONLY (FST02 = D).
      THIS SCHEDULE IS NOT AN ORDER AND AUTHORISES NO FABRICATION AND NO
      MATERIAL PURCHASE. FIRM REQUIREMENTS ONLY BY PURCHASE ORDER AND
      WRITTEN RELEASE.
SE*14*0001
""")])

# c25 folder: WeChat + PO + proforma; deposit explicitly not a release
_po = pdf([
    ("h1", "ORDEN DE COMPRA / PURCHASE ORDER 4500083104"),
    ("p", "Minera Cerro Alto SpA, Calama, Chile. Proveedor: Ma'anshan Huadong Wear Materials Co., Ltd., Anhui, China. "
          "Fecha: 02.07.2024. Compradora: Javiera Rojas Valdés."),
    ("table", [
        ["Pos", "Material", "Descripción", "Cant.", "UM", "Precio USD", "Total USD"],
        ["10", "1000-2420-05", "Muela fija chancador secundario CH-02, Mn18Cr2, DRG MCA-CH02-JP rev 4 - MUESTRA / SAMPLE", "2", "JGO", "5.600,00", "11.200,00"],
    ]),
    ("sp",),
    ("p", "Authorised now: 2 sample sets (pos 10) only."),
    ("p", "Saldo / balance: the further 8 sets of quotation HD-Q-240615 are not released and are not covered by this OC. "
          "Unlock: sample sign-off by Rodrigo Fuentes (Superintendente Mantención) after trial in CH-02, then a written "
          "release and a revised OC from Claudia Muñoz Araya, Jefa de Abastecimiento."),
    ("p", "Material authority: sample-only (2 sets). Payment: 30% anticipo / deposit against proforma, balance against B/L."),
], title="OC 4500083104", author="Minera Cerro Alto")
_pi = docx_bytes([
    ("h1", "PROFORMA INVOICE HD-PI-240702"),
    ("p", "Seller: Ma'anshan Huadong Wear Materials Co., Ltd., Economic Development Zone, Ma'anshan, Anhui, China"),
    ("p", "Buyer: Minera Cerro Alto SpA, Calama, Chile.  Buyer's PO No.: 4500083104   Date: 2024-07-03"),
    ("table", [
        ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "Fixed jaw plate CH-02, Mn18Cr2, DRG MCA-CH02-JP rev 4 (SAMPLE)", "2 sets", "5,600.00", "11,200.00"],
        ["", "Deposit 30%", "", "", "3,360.00"],
    ]),
    ("p", "Payment: 30% deposit by T/T, 70% against B/L copy. Bank: Bank of China, Ma'anshan Branch, SWIFT BKCHCNBJ780."),
    ("p", "Remark: this deposit pays the 2 sample sets only. It does not release production of the 8 sets in our quotation "
          "HD-Q-240615; for those we wait your written release and revised PO."),
    ("p", "Ma'anshan Huadong Wear Materials Co., Ltd. - Export Sales Dept. (Sunny Zhang)"),
], author="Sunny Zhang")
case("c25_po_proforma_deposit", [],
     "PO + proforma + WeChat: 2 sample sets; 8 sets not released until sign-off by Rodrigo and written release by Claudia; proforma and chat say the deposit does not release production",
     [("WeChat_MCA_Huadong.txt", """WeChat chat history: Javiera Rojas (MCA) & Sunny Zhang (华东耐磨)
Exported 2024-07-05

2024-07-04 21:10  Javiera Rojas: Hi Sunny, deposit for PI HD-PI-240702 sent today, swift copy later. Only for the samples ok?
2024-07-04 21:31  Sunny Zhang: Good morning Javiera! Yes, only 2 sets samples.
2024-07-04 21:32  Sunny Zhang: Deposit is not release for the 8 sets, we know. We wait your written release and new PO.
2024-07-04 21:40  Javiera Rojas: Perfecto, gracias 🙏 Sample ETD?
2024-07-04 21:42  Sunny Zhang: ETD Shanghai around 16 August, I send booking.
"""),
      ("OC_4500083104.pdf", _po),
      ("PI_HD-PI-240702.docx", _pi)])


# ================================================================ POSITIVE
# p01 PO with a sample line and an unmarked production line
case("p01_po_sample_plus_production_line", ["RG001", "RG003", "RG004", "RG005"],
     "PO shows sample 2 sets and production line 22 sets with nothing saying the 22 are not released; no hold, no unlock event, no release person",
     [("OC_4500079544.pdf", pdf([
         ("h1", "ORDEN DE COMPRA / PURCHASE ORDER 4500079544"),
         ("p", "Minera Cerro Alto SpA, Av. Granaderos 2250, Calama, Región de Antofagasta, Chile. RUT 76.555.204-K."),
         ("p", "Proveedor / supplier: Fundición Andina del Sur S.A.C., Parque Industrial, Arequipa, Perú. Fecha: 08.05.2024. "
               "Compradora: Javiera Rojas Valdés. Condición de pago: 60 días. Incoterm: CPT Calama."),
         ("table", [
             ["Pos", "Material", "Descripción", "Cant.", "UM", "Precio unit. USD", "Total USD"],
             ["10", "1000-2410-01", "Muela fija chancador CH-03, MUESTRA / sample, ASTM A128 Gr. C, DRG MCA-CH03-JP rev 2", "2", "JGO", "9.120,00", "18.240,00"],
             ["20", "1000-2410-01", "Muela fija chancador CH-03, PRODUCCIÓN según cotización FAS-24-0415", "22", "JGO", "8.640,00", "190.080,00"],
         ]),
         ("sp",),
         ("p", "TOTAL NETO USD 208.320,00"),
         ("p", "Condiciones: entrega muestras 6 semanas desde OC; entrega producción según programa. Certificado 3.1 EN 10204, "
               "informe de dureza y UT con cada despacho. Embalaje en pallets de madera tratada (NIMF 15)."),
         ("p", "Favor confirmar recepción de esta OC y fecha de despacho."),
     ], title="OC 4500079544", author="Minera Cerro Alto"))])

# p02 mail with PO for 6 trial tips and the 300-piece quote attached; Brett named
_po = pdf([
    ("h1", "PURCHASE ORDER 7700-4210"),
    ("p", "Pilbara Haulmark Contracting Pty Ltd, Wedgefield WA 6721. Supplier: Ma'anshan Huadong Wear Materials Co., Ltd. "
          "Date: 22-May-2024. Buyer: Darren Kells."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Ext USD"],
        ["10", "PHC-GET-T4000", "Bucket tip, trial, EX-11 bucket, to drawing PHC-GET-0114 rev B", "6", "EA", "212.00", "1,272.00"],
    ]),
    ("p", "Delivery: air freight to Port Hedland. Terms: 30 days EOM."),
], title="PO 7700-4210", author="Pilbara Haulmark")
_qt = pdf([
    ("h1", "QUOTATION HD-Q-240418"),
    ("p", "Ma'anshan Huadong Wear Materials Co., Ltd. To: Pilbara Haulmark Contracting Pty Ltd, Mr. Darren Kells. Date: 2024-04-18."),
    ("table", [
        ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "Bucket tip HD-T-4000 (to PHC-GET-0114 rev B), trial", "6 pcs", "212.00", "1,272.00"],
        ["2", "Bucket tip HD-T-4000, batch", "300 pcs", "168.00", "50,400.00"],
    ]),
    ("p", "Material: Cr-Ni-Mo alloy steel, hardness 48-52 HRC. Lead time: trial 35 days, batch 60 days. FOB Shanghai."),
], title="HD-Q-240418", author="Huadong")
_t = """Hi Sunny,

PO 7700-4210 attached for the six (6) trial tips, and your quote HD-Q-240418 attached again so
the pricing is all in one place.

Brett O'Connell (Ops Manager) is the release authority on this job - anything beyond this PO goes
through him.

Please confirm receipt and a ship date for the trial tips.

Cheers,
Darren
""" + SIG_DARREN
case("p02_mail_po_and_quote_attached", ["RG001", "RG003", "RG004"],
     "PO for 6 trial tips sent with the quote showing 300; nothing says the 300 is not released; no hold or unlock event; Brett named as release authority",
     [("PO_7700-4210_trial_tips.eml", eml_bytes(mail(
         DARREN, SUNNY, "PO 7700-4210 trial tips EX-11", "Wed, 22 May 2024 14:10:00 +0800", _t,
         attachments=[("PO_7700-4210.pdf", _po, PDF_MT), ("HD-Q-240418.pdf", _qt, PDF_MT)])))])

# p03 buyer portal PO page with order qty 400 and sample 10
case("p03_portal_order_qty_400", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO shows ordered 400 and sample 10 to ship; nothing says the 390 are not released; no unlock event, no release person",
     [("AR-PO-23010.html", html_page("Asante Ridge Gold - Supplier Collaboration Portal", """
<h2>Supplier Collaboration Portal &ndash; Purchase Order AR-PO-23010</h2>
<p>Supplier: <b>Vaal Wear Castings (Pty) Ltd</b> &middot; Created 30-May-2024 by K. Asante-Boateng &middot; Currency USD</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Ordered quantity</th><th>Sample quantity</th><th>Unit price</th><th>Line status</th></tr>
<tr><td>1</td><td>IDL-152-RR</td><td>Idler roll 152 x 465, 6306-2RS C3, shaft 25 mm EN8</td><td>400 EA</td><td>10 EA</td><td>38.50</td><td>Open &ndash; accepted by supplier</td></tr>
</table>
<div class="note"><b>Supplier action:</b> please ship the sample quantity by 28-Jun-2024 to Nkwanta Mine stores,
attention Plant Engineering. Mark cartons AR-PO-23010.</div>
<p>Delivery terms: CIF Takoradi &middot; Payment: 45 days from receipt of goods</p>
"""))])

# p04 folder: cover mail says 2 sample sets, PO says 3
_t = """Hej Pieter,

Our PO 4510-3377 is in the portal now: two (2) sample sets of swing jaw plates for the Kvarntorp
primary, as we discussed on Teams. Your quotation VWC-Q-24-0301 is attached to it for our files.

See the PO for the conditions on the balance.

Med vänliga hälsningar / best regards
Karin
""" + SIG_KARIN
_po = pdf([
    ("h1", "Inköpsorder / Purchase order 4510-3377"),
    ("p", "Bergslagen Ballast AB, Västerås. Supplier: Vaal Wear Castings (Pty) Ltd. Date 2024-05-15. Buyer: Karin Ekström."),
    ("table", [
        ["Pos", "Article", "Description", "Qty", "Scope", "Unit EUR", "Amount EUR"],
        ["1", "31-221-02", "Jaw plate, swing, Mn22Cr2, DRG JP-221 rev 1", "3 sets", "Sample - released", "4 420,00", "13 260,00"],
    ]),
    ("sp",),
    ("p", "Balance: 12 sets (quotation VWC-Q-24-0301, 15 sets in total) are not released."),
    ("p", "Unlock: sample sign-off by Annika Holm after 250 h in the primary crusher, then a written production release by "
          "Mats Lindqvist, Produktionschef."),
    ("p", "Material authority: sample-only (3 sets)."),
], title="PO 4510-3377", author="Bergslagen Ballast")
_qt = pdf([
    ("h1", "Quotation VWC-Q-24-0301"),
    ("p", "Vaal Wear Castings (Pty) Ltd, Vanderbijlpark. To: Bergslagen Ballast AB, Ms Karin Ekström. Date: 2024-04-22."),
    ("table", [
        ["Item", "Description", "Qty", "Unit EUR", "Total EUR"],
        ["1", "Swing jaw plate Mn22Cr2 to DRG JP-221 rev 1 - sample sets", "3 sets", "4 420,00", "13 260,00"],
        ["2", "Swing jaw plate Mn22Cr2 to DRG JP-221 rev 1 - production sets", "12 sets", "4 150,00", "49 800,00"],
    ]),
    ("p", "Lead time: samples 7 weeks, production 9 weeks after written release. DAP Västerås."),
], title="VWC-Q-24-0301", author="Vaal Wear Castings")
case("p04_cover_vs_po_sample_qty", ["RG011"],
     "cover mail says two (2) sample sets, the PO releases 3 sample sets; otherwise complete (12 not released, sign-off by Annika, release by Mats)",
     [("Kvarntorp_swing_jaws.eml", eml_bytes(mail(
         KARIN, PIETER, "PO 4510-3377 swing jaw plates Kvarntorp", "Wed, 15 May 2024 11:20:00 +0200", _t)),),
      ("PO_4510-3377.pdf", _po),
      ("VWC-Q-24-0301.pdf", _qt)])

# p05 supplier weekly report: steel for 240 bought, only 8 released
case("p05_weekly_report_steel_240", ["RG006"],
     "supplier report: 8 sample tips released, balance 232 marked not released, but steel for 240 pcs already purchased without any material authority",
     [("HD_weekly_report_W24.html", html_page("Huadong Wear - Customer weekly report", """
<h2>Ma'anshan Huadong Wear Materials &ndash; Weekly Production Report</h2>
<p>Customer: Pilbara Haulmark Contracting &middot; Week 24 / 2024 &middot; Prepared by: Sunny Zhang</p>
<table>
<tr><th>PO</th><th>Item</th><th>Qty released</th><th>Progress</th><th>Material</th></tr>
<tr><td>7700-4219</td><td>Bucket tip HD-T-4000, Cr-Ni-Mo, 48-52 HRC</td><td>8 pcs (sample)</td><td>casting finished, heat treatment 14 June</td>
<td>Alloy steel for 240 pcs purchased 12 June (to lock the price before July increase)</td></tr>
</table>
<p>Balance 232 pcs: not released &ndash; waiting your written release after sample test.</p>
<p>Next week: hardness test, dimension report, packing of 8 pcs samples. ETD Shanghai 28 June.</p>
"""))])

# p06 supplier MRP printout: purchase requisitions for the full 600
case("p06_mrp_printout_pr_600", ["RG006"],
     "supplier MRP: work order for 12 sample tips, balance 588 marked not released, but purchase orders raised for raw material for the full 600",
     [("MRP_RUN_21-06-2024.txt", """SAURASHTRA ALLOY CASTINGS PVT LTD                         MRP RUN : 21-06-2024 18:05
ERP MODULE : PPC / MATERIAL PLANNING                      USER    : JRAVAL
====================================================================================
SALES ORDER : SO/24-25/0311        CUSTOMER : ASANTE RIDGE GOLD LTD, GHANA
CUST PO     : AR-PO-23072          SCOPE    : SAMPLE 12 NOS
BAL QTY     : 588 NOS (QUOTE SAC/Q/24-25/0152) - NOT RELEASED BY CUSTOMER
ITEM        : BT-92-TIP REV B      WT 92 KG   GRADE : CR-MO-NI 477-514 BHN
====================================================================================
WORK ORDER  : WO-0311-01   QTY 12 NOS   STATUS : MOULDING
------------------------------------------------------------------------------------
MATERIAL            REQ FOR WO   REQ FOR BAL   PR QTY     PR NO     STATUS
MS SCRAP HMS 1&2     1.45 MT      71.0 MT      73.0 MT    PR-1187   PO PLACED
FERRO CHROME HC 60%  0.04 MT       1.9 MT       2.0 MT    PR-1188   PO PLACED
FERRO MOLY 60%       0.01 MT       0.5 MT       0.5 MT    PR-1189   PO PLACED
NICKEL CATHODE       0.01 MT       0.6 MT       0.6 MT    PR-1190   PO PLACED
------------------------------------------------------------------------------------
REMARKS : PR RAISED FOR FULL 600 NOS AS PER QUOTE - PRICE LOCK BEFORE MONSOON.
          MATERIAL TO BE STORED AT YARD-2.  RAISED BY : J. RAVAL (PPC)
====================================================================================
*** END OF REPORT ***
""")])

# p07 supplier reply: PU material for all 400 ordered; buyer scope quoted and complete
_t = """Dear Karin,

thank you for the PO 4510-3412. The 20 sample panels will be ready in week 27.

For your information: we have already ordered the PU prepolymer and curative for all 400 panels,
because our supplier has lead time 10 weeks and the price goes up from July. I hope this is ok for
you - it is only material, we do not cast the 380 before your release.

Best regards / Pozdrawiam
Tomasz
""" + SIG_TOMASZ + """
On 2024-06-03 09:02, Karin Ekström wrote:
""" + q("""Hej Tomasz,

PO 4510-3412: 20 sample panels only (screen deck 3, Norrby plant).
The balance of 380 panels is not released. Release only in writing by Mats Lindqvist, after Annika
Holm signs off the 500 h trial.
Material authority: sample-only.

Karin""")
case("p07_reply_pu_for_400", ["RG006"],
     "supplier bought PU material for all 400 panels while only 20 are released and the quoted PO says material sample-only",
     [("RE_PO_4510-3412.eml", eml_bytes(mail(
         TOMASZ, KARIN, "RE: PO 4510-3412 screen panels Norrby", "Wed, 05 Jun 2024 15:27:00 +0200", _t,
         cc=AGNIESZKA, in_reply_to="<h212-karin-0603@bergslagenballast.se>")))])

# p08 WhatsApp: pattern photo, "Approved, go ahead"
case("p08_whatsapp_pattern_goahead", ["RG002"],
     "after a complete scope (2 samples, 20 on hold, Rodrigo sign-off, Claudia release) the buyer answers pattern photos with an unscoped 'Approved, go ahead'",
     [("WhatsApp Chat - FAS Muelas CH-04.txt", """[03/06/24, 09:05:12] Javiera Rojas MCA: Luis, confirmo OC 4500080961: solo 2 juegos de muestra (muelas CH-04). Saldo 20 juegos on hold hasta el sign-off del trial por Rodrigo Fuentes y la liberación escrita de Claudia Muñoz.
[03/06/24, 09:07:40] Luis Quispe FAS: Recibido Srta. Javiera, gracias 🙏
[10/06/24, 16:44:03] Luis Quispe FAS: Ing. Rodrigo buenas tardes, le mando fotos del modelo para la muela fija, ya con la corrección del radio R45
[10/06/24, 16:44:21] Luis Quispe FAS: <adjunto: IMG-20240610-WA0031.jpg>
[10/06/24, 16:44:22] Luis Quispe FAS: <adjunto: IMG-20240610-WA0032.jpg>
[10/06/24, 16:45:10] Luis Quispe FAS: ¿está ok para seguir?
[10/06/24, 18:02:55] Rodrigo Fuentes MCA: Se ve bien Luis. Approved, go ahead 👍
[10/06/24, 18:03:30] Luis Quispe FAS: Excelente, muchas gracias Ingeniero!!
""")])

# p09 "Good to run" plus approved for drawing and for PO
_t = """Dear Pieter,

Our PO AR-PO-23144 is for 8 sample troughing frames. The balance of 232 frames is not released
until Efua Mensah signs off the samples and Yaw Ofori (GM Operations) releases it in writing.

Now the good news: drawing IDL-152-TR rev C (the 35 deg trough angle change) is approved by Efua,
and the PO is also approved by our Finance this morning. Good to run.

Kindly advise the date.

Best regards,
Kwame
""" + SIG_KWAME
case("p09_good_to_run_drawing_po", ["RG002", "RG009"],
     "'Good to run' names neither samples nor a quantity; 'approved' used for the drawing (technical) and the PO (commercial); scope otherwise complete",
     [("AR-PO-23144_drawing_rev_C.eml", eml_bytes(mail(
         KWAME, PIETER, "AR-PO-23144 - drawing rev C", "Tue, 04 Jun 2024 11:40:00 +0000", _t,
         cc=EFUA, html=html_of(_t))))])

# p10 supplier assumes sample approval rolls into mass production; buyer scope quoted
_t = """Dear Darren,

Good day! The 5 pcs sample lip shrouds finished heat treatment, hardness 48-50 HRC, report I send
in next mail.

For save time, after you approve the samples we will continue the mass production 115 pcs
directly, no need to wait new document. We already arrange the furnace for July.

Thank you for your support!

Best regards,
Sunny
""" + SIG_SUNNY + """
------------------ Original ------------------
From: "Darren Kells"<darren.kells@haulmark.com.au>
Date: Thu, May 30, 2024 08:55 AM
Subject: PO 7700-4240 lip shrouds

""" + q("""Hi Sunny,
PO 7700-4240: five (5) sample lip shrouds only. The balance of 115 is on hold until Shaz Nguyen
signs off the samples and Brett O'Connell releases it in writing.
Cheers, Darren""")
case("p10_supplier_roll_into_mass", ["RG007"],
     "supplier: 'after you approve the samples we will continue the mass production 115 pcs directly, no need new document'; quoted buyer scope is complete",
     [("RE_PO_7700-4240.eml", eml_bytes(mail(
         SUNNY, DARREN, "RE: PO 7700-4240 lip shrouds", "Fri, 14 Jun 2024 17:20:00 +0800", _t,
         in_reply_to="<h212-darren-0530@haulmark.com.au>")))])

# p11 supplier order acceptance: balance starts automatically on sample approval
case("p11_order_acceptance_automatic", ["RG007"],
     "supplier acceptance says balance 56 is not released now but will commence automatically on sample approval, no separate release",
     [("SAC-OA-24-25-0097.pdf", pdf([
         ("h1", "ORDER ACCEPTANCE"),
         ("p", "Saurashtra Alloy Castings Pvt. Ltd., Rajkot. OA No.: SAC/OA/24-25/0097   Date: 12.06.2024"),
         ("p", "To: Bergslagen Ballast AB, Västerås, Sweden. Your PO No.: 4510-3598 dt. 10.06.2024. Kind attn.: Ms. Karin Ekström"),
         ("p", "Dear Madam, We thank you for your valued order and accept the same as under:"),
         ("table", [
             ["Sr.", "Item", "Qty", "Stage", "Delivery"],
             ["1", "Bucket tip BT-L22 Rev C, 38 kg, 450-500 BHN", "4 nos", "Sample", "5 weeks, by air"],
             ["2", "Bucket tip BT-L22 Rev C", "56 nos", "Balance", "8 weeks from sample approval"],
         ]),
         ("sp",),
         ("p", "Balance 56 nos is not released at present. Production of the balance 56 nos will commence automatically on "
               "receipt of your sample approval; no separate release or order is required from your end."),
         ("p", "Test certificate 3.1 as per EN 10204 and hardness report will be provided with each lot."),
         ("p", "For SAURASHTRA ALLOY CASTINGS PVT. LTD. - Hitesh Patel, Marketing Manager (Exports)"),
     ], title="SAC/OA/24-25/0097", author="Saurashtra Alloy Castings"))])

# p12 buyer memo: once samples approved proceed with the 20; PO 'aprobada'; no named person
case("p12_memo_once_approved_proceed", ["RG005", "RG007", "RG009"],
     "buyer memo: 'once the samples are approved, proceed with the 20 production sets' (implied auto-conversion); 'aprobada' for PO and for samples; nobody named",
     [("Condiciones_OC_4500079120.docx", docx_bytes([
         ("h1", "Condiciones especiales - OC 4500079120"),
         ("p", "Minera Cerro Alto SpA - Gerencia de Abastecimiento. Proveedor: Fundición Andina del Sur S.A.C."),
         ("num", "OC aprobada en SAP el 03-06-2024 / PO approved in SAP on 03-06-2024."),
         ("num", "Posición 10: dos (2) juegos de muelas de muestra (sample), chancador CH-05, DRG MCA-CH05-JP rev 1."),
         ("num", "Posición 20: veinte (20) juegos de producción."),
         ("num", "Una vez aprobadas las muestras por Mantención, proceder con los 20 juegos de producción. / Once the "
                 "samples are approved by Maintenance, proceed with the 20 production sets."),
         ("num", "Certificados 3.1 EN 10204, informe de dureza (190-230 HB) y UT con cada despacho."),
         ("sp",),
         ("p", "Emitido por: Abastecimiento MCA, Calama"),
     ], author="Abastecimiento MCA"))])

# p13 buyer contradicts his own written-release requirement
case("p13_buyer_skip_written_release", ["RG007"],
     "buyer: 'when Efua approves the samples, you can go ahead with the remaining 140 straight, no need to wait for another paper', contradicting the quoted PO that needs Yaw Ofori's written release",
     [("mail_AR-PO-23190_return_rolls.txt", """From: Kwame Asante-Boateng <k.asanteboateng@asanteridge.com.gh>
To: Pieter van der Merwe <pieter@vaalwear.co.za>
Date: Mon, 08 Jul 2024 13:18:00 +0000
Subject: RE: AR-PO-23190 return rolls - timing

Hi Pieter,

Please be informed, to save time on your side: when Efua approves the samples, you can go ahead
with the remaining 140 rolls straight, no need to wait for another paper from Yaw.

We are under pressure from the plant for the shutdown in September.

Regards,
Kwame
Procurement Officer, Asante Ridge Gold Ltd

-----Original Message-----
From: Kwame Asante-Boateng
Sent: 24 June 2024 10:02
To: Pieter van der Merwe
Subject: AR-PO-23190 return rolls

> Dear Pieter,
> PO AR-PO-23190: 10 sample return rolls. Balance 140 not released until sample sign-off by
> Efua Mensah and written release by Yaw Ofori, GM Operations.
> Regards, Kwame
""")])

# p14 supplier portal: production starts automatically after sample approval
case("p14_portal_auto_start", ["RG007"],
     "supplier portal: balance 970 m not released yet but 'production starts automatically after your sample approval (no further release needed)'",
     [("polwear_portal_PW-24-0233.html", html_page("Polwear Technika - Customer portal", """
<h2>Polwear Technika &ndash; Customer Portal</h2>
<p>Customer: <b>Pilbara Haulmark Contracting</b> &middot; Order PW-24-0233 &middot; Your PO 7700-4260</p>
<table>
<tr><th>Item</th><th>Description</th><th>Sample</th><th>Sample status</th><th>Balance</th><th>Balance status</th></tr>
<tr><td>SK-20-250</td><td>Skirt rubber SBR/NR 65 ShA, 20 x 250 mm, rolls of 30 m</td><td>30 m</td><td>delivered 21.06.2024</td><td>970 m</td>
<td>not released yet &ndash; production starts automatically after your sample approval (no further release needed)</td></tr>
</table>
<p>Planned start of balance: week 31 (subject to sample approval). Planner: Agnieszka Kowalczyk</p>
"""))])

# p15 PO for 10 trial tips + "FY25 forecast 2,400 = firm commitment"
_po = pdf([
    ("h1", "PURCHASE ORDER 7700-4301"),
    ("p", "Pilbara Haulmark Contracting Pty Ltd, Wedgefield WA 6721. Supplier: Saurashtra Alloy Castings Pvt. Ltd., Rajkot. "
          "Date: 27-Jun-2024. Buyer: Darren Kells."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Ext USD"],
        ["10", "PHC-GET-T4000", "Bucket tip HD, trial, EX-11 bucket, SAC-TT-4000-HD Rev 2", "10", "EA", "186.00", "1,860.00"],
    ]),
    ("p", "Delivery: air freight, DAP Port Hedland. Terms: 30 days EOM."),
], title="PO 7700-4301", author="Pilbara Haulmark")
_t = """Hi Hitesh,

PO 7700-4301 attached for ten (10) trial tips for the EX-11 bucket.

Our FY25 forecast is 2,400 tips across the fleet. Take that as a firm commitment from Pilbara
Haulmark and book your foundry capacity on it.

Brett O'Connell (Ops Manager) is the release authority for this one.

Cheers,
Darren
""" + SIG_DARREN
case("p15_trial_po_forecast_firm", ["RG001", "RG003", "RG004", "RG008"],
     "PO for 10 trial tips with a 2,400 forecast called a firm commitment; nothing says the larger quantity is not released; no hold, no unlock event; Brett named",
     [("PO_7700-4301_trial_tips.eml", eml_bytes(mail(
         DARREN, HITESH, "PO 7700-4301 trial tips + FY25", "Thu, 27 Jun 2024 10:15:00 +0800", _t,
         attachments=[("PO_7700-4301.pdf", _po, PDF_MT)])))])

# p16 supplier sales contract turns the forecast into a firm order, deposit starts production
case("p16_sales_contract_forecast_order", ["RG008", "RG012"],
     "supplier contract: 'based on the buyer's annual forecast of 1.200 pcs the seller confirms a firm order of 1.200 pcs'; production starts on receipt of the deposit",
     [("HD-SC-2024-0627.pdf", pdf([
         ("h1", "SALES CONTRACT No. HD-SC-2024-0627"),
         ("p", "Seller: Ma'anshan Huadong Wear Materials Co., Ltd., Ma'anshan, Anhui, China. "
               "Buyer: Asante Ridge Gold Ltd, Nkwanta Mine, Western Region, Ghana. Date: 2024-06-27."),
         ("p", "1. Based on the Buyer's annual forecast of 1.200 pcs, the Seller confirms this as a firm order of 1.200 pcs "
               "of chute liner plates as below. Delivery monthly 100 pcs from September 2024."),
         ("table", [
             ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
             ["1", "Bimetal chute liner plate 500 x 300 x (30+15) mm, 58-62 HRC overlay, 4 x M20 studs", "1.200 pcs", "86,40", "103.680,00"],
         ]),
         ("p", "2. Payment: 30% T/T deposit, 70% T/T against B/L copy."),
         ("p", "3. Production of the 1.200 pcs starts upon receipt of the deposit."),
         ("p", "4. Packing: steel pallet, 20 pcs per pallet. Shipment: FOB Shanghai, partial shipment allowed."),
         ("p", "5. Quality: ISO 9001:2015, hardness report per lot, overlay thickness check by UT."),
         ("table", [["The Seller", "The Buyer"], ["Sunny Zhang (signed)", "________________"]]),
     ], title="HD-SC-2024-0627", author="Huadong"))])

# p17 annual meeting minutes: forecast volume treated as firm order
case("p17_minutes_forecast_firm", ["RG008"],
     "buyer's minutes: the 2025 forecast of 1 170 m skirt rubber is 'to be treated as a firm order' by the supplier",
     [("Minnesanteckningar_Polwear_2024-09-12.docx", docx_bytes([
         ("h1", "Minnesanteckningar / Minutes - Annual supplier meeting Polwear Technika"),
         ("p", "Date: 2024-09-12, Västerås. Present: Karin Ekström, Mats Lindqvist (Bergslagen); Tomasz Wiśniewski, "
               "Agnieszka Kowalczyk (Polwear)."),
         ("h", "1. Performance 2024"),
         ("p", "OTD 94 % (target 95 %). One complaint, SK-15-300 roll length short by 0,4 m, closed with credit note."),
         ("h", "2. Volume 2025"),
         ("p", "Bergslagen forecast for skirt rubber SBR 60 ShA 15 x 300 is 1 170 m for 2025 (all plants). Agreed that "
               "Polwear treats the 1 170 m as a firm order for 2025 and plans capacity accordingly. Call-offs per plant "
               "as before."),
         ("h", "3. Screen panels"),
         ("p", "Trial on deck 2 Kvarntorp continues, no change this meeting."),
         ("h", "4. Price"),
         ("p", "Polwear proposes +3,5 % from 1 January due to compound cost. Karin to answer before 15 October."),
         ("sp",),
         ("p", "Minutes: Karin Ekström"),
     ], author="Karin Ekström"))])

# p18 Teams: "approved, go ahead" + forecast locked in as an order
case("p18_teams_lock_in_forecast", ["RG002", "RG008"],
     "after a complete trial scope (12 trial, 588 not released, Shaz/Brett) the buyer writes 'yep approved, go ahead' and 'the 600 is only forecast but lock it in as an order'",
     [("Teams_Haulmark_Saurashtra.txt", """Microsoft Teams - chat export
Chat: Haulmark / Saurashtra - GET EX-09
------------------------------------------------
[2024-06-20 08:02] Darren Kells: Morning Hitesh. PO 7700-4266 is for the 12 trial tips. Balance of 588 isn't released until Shaz signs off the trial and Brett O'Connell releases it in writing.
[2024-06-20 10:41] Hitesh Patel (Guest): Good morning Sir, noted with thanks. Sir one more point, for FY25 your forecast is 600 nos for EX-09, kindly confirm so we can block foundry capacity.
[2024-06-20 11:15] Darren Kells: yep approved, go ahead
[2024-06-20 11:16] Darren Kells: the 600 is only forecast but lock it in as an order, we're good for it
[2024-06-20 11:20] Hitesh Patel (Guest): Thank you Sir 🙏 will do the needful.
""")])

# p19 'approved' for samples, for the PO and for production
_t = """Estimado Luis,

Les cuento: the 2 sample sets are approved (dimensional and hardness OK, informe QC-0412 de
Rodrigo). Also the PO 4500078812 is approved in SAP now, so you can invoice the samples.

The production of the 20 sets will be approved when Claudia Muñoz sends you the written release,
after the trial in CH-01 (300 h). Hasta entonces, los 20 juegos quedan en espera.

Saludos cordiales,
Javiera
""" + SIG_JAVIERA
case("p19_approved_three_meanings", ["RG009"],
     "'approved' used for the 2 sample sets (technical), the PO in SAP (commercial) and production of the 20 sets (release); scope otherwise complete",
     [("OC_4500078812_muestras.eml", eml_bytes(mail(
         JAVIERA, LUIS, "OC 4500078812 - muestras muelas CH-01", "Tue, 25 Jun 2024 12:30:00 -0400", _t,
         cc=RODRIGO, html=html_of(_t))))])

# p20 minutes: 'released' for drawing, PO and production; supplier already bought steel for all 12
case("p20_minutes_released_steel", ["RG006", "RG009"],
     "minutes use 'released' for the drawing, the PO in IFS and production; supplier reports steel for all 12 sets already ordered while 2 are released",
     [("Minutes_2024-06-18_Vaal_jaws.docx", docx_bytes([
         ("h1", "Minutes - Teams meeting Bergslagen / Vaal Wear, jaw plates Norrby"),
         ("p", "2024-06-18. Present: Karin Ekström, Annika Holm, Mats Lindqvist; Pieter van der Merwe, Thabo Nkosi."),
         ("num", "Drawing JP-230 rev 3 released by Annika (new tooth profile)."),
         ("num", "PO 4510-3502 released in IFS (purchase), 2 sample sets."),
         ("num", "Production release for the 10 remaining sets: only by written release from Mats Lindqvist after the "
                 "sample sign-off (250 h in the Norrby primary)."),
         ("num", "Vaal informed that they have already ordered the manganese steel and FeMn for all 12 sets to hold the "
                 "price from the mill."),
         ("num", "Next call 2024-07-09."),
         ("sp",),
         ("p", "Minutes: Karin Ekström"),
     ], author="Karin Ekström"))])

# p21 supplier: sample approval + PO approved => start balance 'as approved'
case("p21_supplier_start_as_approved", ["RG007", "RG009"],
     "supplier starts the balance 45 because the samples are approved; 'approved' used for sample approval and for order booking",
     [("mail_PO_4510-3618_adaptors.txt", """From: Hitesh Patel <hitesh.patel@saurashtraalloy.in>
To: Karin Ekström <karin.ekstrom@bergslagenballast.se>
Cc: Jignesh Raval <ppc@saurashtraalloy.in>
Date: Wed, 17 Jul 2024 11:05:00 +0530
Subject: PO 4510-3618 - bucket adaptors - production plan

Respected Madam,

Greetings from Saurashtra Alloy!

We are in receipt of your approval for the samples (3 nos bucket adaptors) from Mr. Mats
Lindqvist, thank you very much. Your PO no. 4510-3618 is also approved in our system (order
booking done).

As samples are approved, we are starting production of balance 45 nos as per approved order.
Dispatch plan we will share by this week end.

Thanks & Regards,
Hitesh Patel
Marketing Manager (Exports)
Saurashtra Alloy Castings Pvt. Ltd.
""")])

# p22 WhatsApp: the release authority says go ahead with production, no quantity anywhere
case("p22_whatsapp_crack_on", ["RG002", "RG010"],
     "release authority writes 'go ahead with production on the CV-05 idlers' / 'just crack on'; no quantity stated anywhere",
     [("WhatsApp Chat - Vaal Wear CV-05.txt", """[09/07/2024, 07:41] Pieter Vaal Wear: Morning Brett, any news on the sample idlers for CV-05?
[09/07/2024, 07:55] Brett O'Connell: Morning Pieter. Shaz signed off the samples yesterday arvo.
[09/07/2024, 07:56] Brett O'Connell: Had a look at the numbers this morning and I'm releasing it - go ahead with production on the CV-05 idlers.
[09/07/2024, 07:58] Pieter Vaal Wear: Lekker, thanks Brett! How many must we do first, the whole lot?
[09/07/2024, 08:10] Brett O'Connell: Yeah mate just crack on, Darren will sort the paperwork
[09/07/2024, 08:11] Pieter Vaal Wear: 👍 Will tell Thabo now now
""")])

# p23 forwarded GM mail: 'green light', kindly commence production, no quantity
_inner = mail(YAW, KWAME, "Vaal return idlers - repeat order", "Wed, 10 Jul 2024 17:02:00 +0000",
              """Kwame,

Green light from my side on the Vaal idler job.

Regards,
Yaw Ofori
GM Operations, Asante Ridge Gold Ltd
""", cc=EFUA)
_t = """Dear Pieter,

Please find below from our GM. Kindly commence production and advise the delivery date.
PO AR-PO-23255 will follow from our system.

Best regards,
Kwame
""" + SIG_KWAME
case("p23_fwd_green_light", ["RG002", "RG010"],
     "forwarded GM mail gives 'green light' and buyer says 'kindly commence production'; no quantity anywhere in the bundle",
     [("Fwd_Vaal_return_idlers.eml", eml_bytes(mail(
         KWAME, PIETER, "Fwd: Vaal return idlers - repeat order", "Thu, 11 Jul 2024 08:20:00 +0000", _t,
         attachments=[("rfc822", _inner)])))])

# p24 ERP PO for a sample lot with no quantity; everything else present
case("p24_erp_po_sample_lot_no_qty", ["RG010"],
     "PO for a skirt rubber sample lot gives no quantity (\"per quote\", quote not in bundle); balance on hold, trial sign-off and Mats Lindqvist named",
     [("IFS_PO_4510-3644.txt", """BERGSLAGEN BALLAST AB                                  IFS APPLICATIONS 10
INKÖPSORDER / PURCHASE ORDER            4510-3644           DATUM 2024-07-01
LEVERANTÖR / SUPPLIER   20417  POLWEAR TECHNIKA SP. Z O.O., GLIWICE, PL
VÅR REF / OUR REF       KARIN EKSTRÖM        LEV.VILLKOR  DAP VÄSTERÅS
BETALNING / PAYMENT     30 DAGAR NETTO
---------------------------------------------------------------------------
RAD  ARTIKEL      BENÄMNING / DESCRIPTION                   ANTAL   ENH
1    44-015-300   SKIRT RUBBER SBR 60 SHA 15 X 300 MM       ---     M
                  SAMPLE LOT PER QUOTE Q-PW-24-141
---------------------------------------------------------------------------
ORDERTEXT / NOTE:
 SAMPLE LOT OF SKIRT RUBBER FOR TRIAL ON CV-2 KVARNTORP (CRUSHER DISCHARGE).
 THE BALANCE OF THE QUOTE IS ON HOLD AND NOT RELEASED UNTIL THE TRIAL IS
 SIGNED OFF BY ANNIKA HOLM AND MATS LINDQVIST (PRODUKTIONSCHEF) SENDS A
 WRITTEN RELEASE.
 MATERIAL: SAMPLE LOT ONLY.
---------------------------------------------------------------------------
SIDA 1 (1)
""")])

# p25 PO states the sample quantity twice, differently
case("p25_po_two_vs_three", ["RG011"],
     "one PO says 'dos (2) juegos de muestra' in the text and 3 JGO in the sample line; balance 18 otherwise on hold with sign-off and Claudia named",
     [("OC_4500080118.pdf", pdf([
         ("h1", "ORDEN DE COMPRA / PURCHASE ORDER 4500080118"),
         ("p", "Minera Cerro Alto SpA, Calama. Proveedor: Fundición Andina del Sur S.A.C., Arequipa. Fecha: 11.06.2024. "
               "Compradora: Javiera Rojas Valdés."),
         ("p", "Se autoriza la fabricación de dos (2) juegos de muestra / authorised now: two (2) sample sets."),
         ("table", [
             ["Pos", "Material", "Descripción", "Cant.", "UM", "Precio USD", "Total USD"],
             ["10", "1000-2430-02", "Muela móvil CH-06, MUESTRA, ASTM A128 Gr. B-3, DRG MCA-CH06-JM rev 3", "3", "JGO", "7.940,00", "23.820,00"],
             ["20", "1000-2430-02", "Muela móvil CH-06, PRODUCCIÓN - NO LIBERADO / NOT RELEASED", "18", "JGO", "7.510,00", "135.180,00"],
         ]),
         ("sp",),
         ("p", "Saldo: los 18 juegos de la pos. 20 no están liberados hasta el sign-off del trial (400 h) por Rodrigo "
               "Fuentes y la liberación escrita de Claudia Muñoz Araya, Jefa de Abastecimiento."),
         ("p", "Material: solo muestras."),
     ], title="OC 4500080118", author="Minera Cerro Alto"))])

# p26 folder: PO + proforma with a different PO number, production of 200 on deposit
_po = pdf([
    ("h1", "PURCHASE ORDER 7700-4218"),
    ("p", "Pilbara Haulmark Contracting Pty Ltd, Wedgefield WA 6721. Supplier: Ma'anshan Huadong Wear Materials Co., Ltd. "
          "Date: 03-Jun-2024. Buyer: Darren Kells."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Ext USD"],
        ["10", "PHC-GET-S994", "Side cutter, trial, loader bucket LB-04, drawing PHC-GET-0131 rev A", "4", "EA", "265.00", "1,060.00"],
    ]),
    ("sp",),
    ("p", "Trial quantity only: 4 EA. Balance of 196 on quote HD-Q-240520 is on hold until Shaz Nguyen signs off the "
          "trial and Brett O'Connell (Ops Manager) releases it in writing. Material: trial quantity only."),
], title="PO 7700-4218", author="Pilbara Haulmark")
_pi = pdf([
    ("h1", "PROFORMA INVOICE HD-PI-240603"),
    ("p", "Seller: Ma'anshan Huadong Wear Materials Co., Ltd. Buyer: Pilbara Haulmark Contracting Pty Ltd. "
          "Buyer's PO No.: 7700-4281. Date: 2024-06-04."),
    ("table", [
        ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "Side cutter HD-SC-994 (trial)", "4 pcs", "265.00", "1,060.00"],
        ["2", "Side cutter HD-SC-994 (production)", "196 pcs", "228.00", "44,688.00"],
        ["", "Total", "200 pcs", "", "45,748.00"],
    ]),
    ("p", "Payment: 30% deposit T/T (USD 13,724.40), 70% against B/L copy."),
    ("p", "Production of the full order 200 pcs will start when the deposit is received."),
], title="HD-PI-240603", author="Huadong")
case("p26_po_vs_proforma_number", ["RG011", "RG012"],
     "proforma cites PO 7700-4281 for PO 7700-4218 and states the whole 200 pcs; supplier says production of the full 200 starts when the deposit is received",
     [("PO_7700-4218.pdf", _po), ("HD-PI-240603.pdf", _pi)])

# p27 one mail: 3 sample tips and four (4) samples
_t = """Hi Hitesh,

Our PO 4510-3671 is issued for 3 sample tips for the WL-07 loader bucket (drawing BT-L22 rev C).

Please send the four (4) samples with material certificates 3.1 to EN 10204 and the hardness
report. Marking on the tips: PO number and heat number.

The balance of 45 tips on your quote is not released. Mats Lindqvist releases it in writing after
Annika Holm has signed off the wear test.

Best regards
Karin
""" + SIG_KARIN
case("p27_mail_three_vs_four", ["RG011"],
     "one mail authorises 3 sample tips and then asks for four (4) samples; balance 45 otherwise on hold with Annika's sign-off and Mats' written release",
     [("PO_4510-3671_sample_tips.eml", eml_bytes(mail(
         KARIN, HITESH, "PO 4510-3671 sample tips WL-07", "Mon, 22 Jul 2024 09:10:00 +0200", _t,
         html=html_of(_t))))])

# p28 folder: SAP PO printout 10 sample rolls vs supplier ack 12
_ack = """Hi Kwame,

Thanks for PO AR-PO-23301. We confirm the twelve (12) sample idler rolls, ship 19 July from
Vanderbijlpark.

Balance 188 not released, we wait for Mr Ofori's written release after Ms Mensah's sign-off.
No material bought for the balance.

Regards
Pieter
""" + SIG_PIETER + """
From: Kwame Asante-Boateng <k.asanteboateng@asanteridge.com.gh>
Sent: Monday, 01 July 2024 09:30
To: Pieter van der Merwe <pieter@vaalwear.co.za>
Subject: AR-PO-23301 sample idler rolls

""" + q("""Dear Pieter,

Please find our PO AR-PO-23301 (SAP printout attached to the portal). Kindly acknowledge.

Regards,
Kwame""")
case("p28_sap_po_vs_ack", ["RG011"],
     "buyer's SAP PO releases 10 sample rolls (balance 190), supplier acknowledgement confirms 12 (balance 188)",
     [("SAP_PO_AR-PO-23301.txt", """ASANTE RIDGE GOLD LTD                               SAP MM - PURCHASE ORDER PRINT
PO NUMBER   : AR-PO-23301          PO DATE : 28.06.2024      DOC TYPE : NB
VENDOR      : 200117 VAAL WEAR CASTINGS (PTY) LTD, VANDERBIJLPARK, ZA
PURCH. GRP  : G07 K. ASANTE-BOATENG        PLANT : 1100 NKWANTA MINE
-----------------------------------------------------------------------------
ITEM  MATERIAL      SHORT TEXT                              QTY   UN  NET PRICE USD
00010 IDL-152-RR    IDLER ROLL 152X465 6306-2RS C3            10   EA          38.50
-----------------------------------------------------------------------------
ITEM TEXT 00010:
 SAMPLE 10 EA ONLY. BALANCE 190 EA (QUOTE VWC-Q-24-0402, 200 EA) NOT
 RELEASED UNTIL SAMPLE SIGN-OFF BY E. MENSAH (PLANT ENGINEER) AND WRITTEN
 RELEASE BY Y. OFORI (GM OPERATIONS).
 MATERIAL AUTHORITY: SAMPLE QTY ONLY.
-----------------------------------------------------------------------------
DELIVERY : CIF TAKORADI      PAYMENT : 45 DAYS      INCOTERMS 2020
"""),
      ("RE_AR-PO-23301_ack.eml", eml_bytes(mail(
          PIETER, KWAME, "RE: AR-PO-23301 sample idler rolls", "Wed, 03 Jul 2024 10:14:00 +0200", _ack,
          in_reply_to="<h212-kwame-0701@asanteridge.com.gh>")))])

# p29 portal release page: header 40 m, line 45 m
case("p29_portal_release_40_vs_45", ["RG011"],
     "portal release shows released quantity 40 m in the header and 45 m on the line; balance 960 m on hold with Shaz sign-off and Brett's release",
     [("REL-PHC-0107.html", html_page("Haulmark Supplier Portal - Release REL-PHC-0107", """
<h2>Haulmark Supplier Portal &ndash; Release REL-PHC-0107</h2>
<p>Against PO <b>7700-4322</b> (Polwear Technika Sp. z o.o.) &middot; Issued 15-Jul-2024 by Brett O'Connell, Operations Manager</p>
<p><b>Released quantity: 40 m</b> (trial lot)</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>PO qty</th><th>Release qty</th><th>Need date</th></tr>
<tr><td>1</td><td>PHC-CV-SK20</td><td>Skirt rubber SBR/NR 65 ShA 20 x 250 mm, spec PHC-SP-CV-031 rev 2</td><td>1,000 m</td><td>45 m</td><td>09-Aug-2024</td></tr>
</table>
<div class="note">Balance of 960 m remains on hold. It is not released until Shaz Nguyen signs off the trial lot on CV-04 and
Brett O'Connell issues a further written release. Material authority: trial lot only.</div>
"""))])

# p30 WeChat: deposit received -> start all 20 sets, steel for 20 bought
case("p30_wechat_deposit_start_all", ["RG006", "RG012"],
     "after the buyer's complete scope (2 samples, 18 on hold), supplier: 'deposit received, we start production of all 20 sets, steel for 20 sets already purchase'",
     [("WeChat_Asante_Huadong_jaws.txt", """WeChat chat history: Kwame Asante-Boateng & Sunny Zhang (华东耐磨)
Exported 2024-07-12

2024-07-02 10:15  Kwame Asante-Boateng: Sunny, PO AR-PO-23210 is for 2 sample jaw sets only. Balance 18 sets on hold until Efua Mensah signs off the samples and Yaw Ofori gives the written release.
2024-07-02 10:40  Sunny Zhang: Received, thank you Kwame.
2024-07-11 16:05  Sunny Zhang: Dear Kwame, deposit received today, thank you!! 🙏
2024-07-11 16:06  Sunny Zhang: We start production of all 20 sets now, steel for 20 sets already purchase, so delivery will be fast 😊
2024-07-11 16:30  Kwame Asante-Boateng: Ok, I will check with Efua and revert.
""")])

# p31 supplier: advance received, full 800 commenced, forecast treated as confirmed order
_t = """Dear Kwame Sir,

Greetings!!

We are in receipt of advance payment USD 5,400/- against our PI No. SAC/PI/24-25/088, thanks a
lot.

As per our terms, production of full 800 nos is commenced from today, since your annual forecast
of 800 nos is treated by us as confirmed order. The 20 nos samples will be dispatched first by
air.

Kindly arrange the balance payment as per schedule.

Thanks & Regards,
Hitesh
""" + SIG_HITESH + """
-----Original Message-----
From: Kwame Asante-Boateng <k.asanteboateng@asanteridge.com.gh>
Sent: 26 June 2024 14:10
To: Hitesh Patel <hitesh.patel@saurashtraalloy.in>
Subject: AR-PO-23120 sample teeth

""" + q("""Dear Hitesh,

PO AR-PO-23120 is for twenty (20) sample teeth only. The balance of 780 per your quote is not
released until Efua Mensah signs off the samples and Yaw Ofori, GM Operations, releases it in
writing. Our 800 per year is a forecast, not an order.

Regards,
Kwame""")
case("p31_advance_full_800", ["RG008", "RG012"],
     "supplier: advance received so production of the full 800 commenced, 'annual forecast of 800 treated by us as confirmed order'; quoted buyer scope is complete",
     [("RE_AR-PO-23120_sample_teeth.eml", eml_bytes(mail(
         HITESH, KWAME, "RE: AR-PO-23120 sample teeth - advance received", "Mon, 08 Jul 2024 12:44:00 +0530", _t,
         in_reply_to="<h212-kwame-0626@asanteridge.com.gh>")))])

# p32 supplier order confirmation: production on advance and sample approval
case("p32_confirmation_advance_and_approval", ["RG007", "RG012"],
     "supplier confirmation: production of the 22 sets on hold now but starts on receipt of the 50% advance and the sample approval",
     [("FAS-OC-24-0188.pdf", pdf([
         ("h1", "CONFIRMACIÓN DE PEDIDO / ORDER CONFIRMATION FAS-OC-24-0188"),
         ("p", "Fundición Andina del Sur S.A.C., Parque Industrial Río Seco, Arequipa, Perú. RUC 20555012877."),
         ("p", "Cliente: Minera Cerro Alto SpA, Calama, Chile. Su OC / your PO: 4500081870. Fecha: 19.06.2024."),
         ("table", [
             ["Ítem", "Descripción", "Cant.", "Etapa / stage", "Entrega"],
             ["1", "Muela fija CH-07, ASTM A128 Gr. B-3, DRG MCA-CH07-JP rev 2", "2 JGO", "Muestra / sample", "6 semanas"],
             ["2", "Muela fija CH-07, ASTM A128 Gr. B-3, DRG MCA-CH07-JP rev 2", "22 JGO", "Producción - en espera / on hold", "8 semanas"],
         ]),
         ("sp",),
         ("p", "La producción de los 22 juegos se inicia con la recepción del anticipo de 50% y su aprobación de las "
               "muestras. / Production of the 22 sets starts on receipt of the 50% advance and your approval of the samples."),
         ("p", "Forma de pago: 50% anticipo, 50% contra B/L. Precios FCA Arequipa."),
         ("p", "Atentamente, Luis Quispe Mamani, Ventas Minería"),
     ], title="FAS-OC-24-0188", author="Fundición Andina del Sur"))])

# p33 LC opened = go-ahead, no quantity
case("p33_lc_opened_goahead", ["RG002", "RG010", "RG012"],
     "buyer: 'LC's been opened, take that as your go-ahead on the tips order, crack on'; payment treated as release, no quantity stated",
     [("mail_PO_7700-4345.txt", """From: Darren Kells <darren.kells@haulmark.com.au>
To: Sunny Zhang <sunny.zhang@hdwear.com.cn>
Date: Tue, 16 Jul 2024 16:52:00 +0800
Subject: LC for the tips order

Hi Sunny,

LC's been opened with our bank this arvo, copy will come through from them tomorrow.

So take that as your go-ahead on the tips order (PO 7700-4345) - crack on.

Cheers,
Darren

Darren Kells | Procurement Lead - Fixed Plant & Mobile
Pilbara Haulmark Contracting Pty Ltd | Port Hedland WA
""")])

# p34 PO mail with HTML attachment: hold and event present, nobody named
_po_html = html_page("IFS - Purchase order 4510-3702", """
<h2>Bergslagen Ballast AB &ndash; Purchase order 4510-3702</h2>
<p>Supplier: Vaal Wear Castings (Pty) Ltd &middot; Date 2024-07-03 &middot; Our ref: Karin Ekström</p>
<table>
<tr><th>Pos</th><th>Article</th><th>Description</th><th>Qty</th><th>Scope</th><th>Unit EUR</th></tr>
<tr><td>1</td><td>31-240-01</td><td>Jaw plate set (fixed + swing), Mn18Cr2, DRG JP-240 rev 2</td><td>2 sets</td><td>Sample</td><td>8 150,00</td></tr>
</table>
<div class="note">Released: 2 sample sets. The balance of 10 sets (quotation VWC-Q-24-0455) is not released. It is released
after sample sign-off and our internal budget decision, in writing. Material: sample-only.</div>
""")
_t = """Hi Pieter,

PO 4510-3702 attached (HTML from IFS).

Released now: 2 sample sets of jaw plates for the Norrby secondary. The balance of 10 sets is not
released. It will be released after the sample sign-off and our internal budget decision, in
writing.

Best regards
Karin
""" + SIG_KARIN
case("p34_po_mail_no_person", ["RG005"],
     "2 sample sets released, balance 10 not released until sample sign-off and internal budget decision; nobody named as release authority",
     [("PO_4510-3702_jaw_sets.eml", eml_bytes(mail(
         KARIN, PIETER, "PO 4510-3702 jaw plate sets Norrby", "Wed, 03 Jul 2024 14:02:00 +0200", _t,
         attachments=[("PO_4510-3702.html", _po_html, "text/html")])))])

# p35 SAP PO printout: release strategy RELEASED + production not released; 'plant mgmt'
case("p35_sap_release_strategy_plant_mgmt", ["RG005", "RG009"],
     "SAP print: PO 'RELEASED' by release strategy next to 'BAL 46 NOT RELEASED ... RELEASE BY PLANT MGMT'; 'release' means two things and nobody is named",
     [("SAP_PO_4500081977.txt", """MINERA CERRO ALTO SpA                               SAP MM - IMPRESIÓN PEDIDO
PEDIDO      : 4500081977         FECHA : 13.06.2024       CLASE : ZMUE
PROVEEDOR   : 100318 FUNDICION ANDINA DEL SUR S.A.C.
GRUPO COMPRAS: C12               CENTRO: 2400 (PLANTA CONCENTRADORA)
ESTRATEGIA DE LIBERACION C1 : RELEASED 14.05.2024  (NIVEL 1 + NIVEL 2)
-------------------------------------------------------------------------------
POS   MATERIAL       TEXTO BREVE                          CANT  UM   PRECIO USD
00010 1000-2460-07   LINER CHUTE CV-09 ASTM A532 IIIA         4  PZA      1.240,00
00020 1000-2460-07   LINER CHUTE CV-09 ASTM A532 IIIA        46  PZA      1.095,00
-------------------------------------------------------------------------------
TEXTO POSICION 00020:
 SAMPLE QTY 4 (POS 00010). BAL 46 NOT RELEASED UNTIL FAI SIGN-OFF.
 RELEASE BY PLANT MGMT.
 DRG MCA-CV09-CL-04 REV 2, AGUJEROS M24X3, ESPESOR 50 MM.
-------------------------------------------------------------------------------
CONDICION PAGO: 60 DIAS     INCOTERM: CPT CALAMA
""")])

# p36 portal PO: hold 'until further notice', person named, no event
case("p36_portal_hold_further_notice", ["RG004"],
     "6 sample liner plates; balance 114 'on hold until further notice' (no unlock event); Yaw Ofori named as release authority",
     [("AR-PO-23288.html", html_page("Asante Ridge Gold - Supplier Collaboration Portal", """
<h2>Supplier Collaboration Portal &ndash; Purchase Order AR-PO-23288</h2>
<p>Supplier: <b>Vaal Wear Castings (Pty) Ltd</b> &middot; Created 05-Jul-2024 by K. Asante-Boateng &middot; Currency USD</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Scope</th></tr>
<tr><td>1</td><td>CL-AR500-40</td><td>Chute liner plate AR500, 40 mm, 600 x 400, 4 x M20 countersunk</td><td>6 EA</td><td>336.00</td><td>Sample</td></tr>
</table>
<div class="note"><b>Order note:</b> 6 sample liner plates only. The balance of 114 plates on quotation VWC-Q-24-0430 is on hold
until further notice. Release authority: Yaw Ofori, GM Operations.</div>
"""))])

# p37 hold notice: person named, no event
case("p37_hold_notice_no_event", ["RG004"],
     "hold notice: 24 sample panels authorised, balance 216 on hold, Claudia Muñoz will release it; no event named",
     [("Aviso_OC_4500081999.docx", docx_bytes([
         ("h1", "Aviso de retención / Hold notice - OC 4500081999"),
         ("p", "Minera Cerro Alto SpA, Gerencia de Abastecimiento. Para / to: Polwear Technika Sp. z o.o., Gliwice."),
         ("p", "Parte: panel de harnero de goma (rubber screen panel) 305 x 610 x 50, abertura 20 x 40, harnero H-12, "
               "DRG MCA-H12-SP rev 2."),
         ("table", [
             ["", "Cantidad / quantity"],
             ["Autorizado ahora / authorised now (muestras)", "24 paneles"],
             ["Saldo retenido / balance on hold", "216 paneles"],
             ["Total cotización PW-Q-24-0233", "240 paneles"],
         ]),
         ("p", "El saldo de 216 paneles queda retenido / the balance of 216 panels is on hold. La liberación del saldo la "
               "hará Claudia Muñoz Araya, Jefa de Abastecimiento."),
         ("p", "Material: solo para las muestras."),
         ("sp",),
         ("p", "Javiera Rojas Valdés, Compradora Senior, 12-07-2024"),
     ], author="Javiera Rojas Valdés"))])

# p38 Teams: go ahead with the trial tips, no quantity, Brett named, no hold/event
case("p38_teams_trial_tips_no_qty", ["RG003", "RG004", "RG010"],
     "'go ahead with the trial tips' gives no quantity and never says the rest is not released or what unlocks it; Brett named",
     [("Teams_Haulmark_Saurashtra_EX-14.txt", """Microsoft Teams - chat export
Chat: Haulmark / Saurashtra - EX-14 bucket
------------------------------------------------
[2024-07-18 13:05] Hitesh Patel (Guest): Good afternoon Sir, pattern for EX-14 tip is ready, kindly confirm to pour the trial tips.
[2024-07-18 13:22] Darren Kells: Yep go ahead with the trial tips.
[2024-07-18 13:23] Darren Kells: Brett O'Connell is the release authority on this job btw.
[2024-07-18 13:25] Hitesh Patel (Guest): Noted Sir, thank you. Pouring on Monday.
""")])

# p39 sample disposition record: APPROVED, supplier may proceed
case("p39_disposition_approved_proceed", ["RG002", "RG007", "RG010"],
     "sample disposition 'APPROVED. Supplier may proceed.' rolls the samples into production with no quantity and no scope",
     [("Sample_Disposition_ARG-SD-0044.docx", docx_bytes([
         ("h1", "Sample Disposition ARG-SD-0044"),
         ("p", "Asante Ridge Gold Ltd - Plant Engineering, Nkwanta Mine"),
         ("table", [
             ["Field", "Entry"],
             ["Supplier", "Vaal Wear Castings (Pty) Ltd"],
             ["Part", "Chute liner plate AR500, 40 mm, drawing ARG-TC2-CL-07 rev 1"],
             ["Samples received", "per GRN-2024-0412"],
             ["Inspection", "Thickness 40,2-40,6 mm; hardness 477-495 HB; hole pattern M20 OK; flatness OK"],
             ["Fit check", "Transfer chute TC-2, installed 02-Jul-2024, no gaps"],
         ]),
         ("h", "Disposition"),
         ("p", "APPROVED. Supplier may proceed."),
         ("sp",),
         ("p", "Efua Mensah, Plant Engineer, 09-Jul-2024"),
     ], author="Efua Mensah"))])

# p40 supplier: deposit arrived, PU for all 300 panels bought and casting started; text attachment
_mt103 = """{1:F01BKCHCNBJXXXX0000000000}{2:O1031012240715ASGHGHACXXXX}
:20:ARG240715-0031
:23B:CRED
:32A:240715EUR4800,00
:50K:/0011002245571
ASANTE RIDGE GOLD LTD
NKWANTA MINE WESTERN REGION GHANA
:59:/PL61109010140000071219812874
POLWEAR TECHNIKA SP Z O O
GLIWICE POLAND
:70:DEPOSIT PO AR-PO-23330 PI PW-PF-24-077
:71A:SHA
-}
"""
_t = """Dear Kwame,

we confirm the deposit EUR 4.800,00 arrived today (bank confirmation attached). Thank you.

So we started the production: the PU material for all 300 panels is bought and the first 60
panels are already cast. The 30 samples will go with the first truck to Gdynia.

Best regards / Pozdrawiam
Tomasz
""" + SIG_TOMASZ + """
On 2024-07-01 11:20, Kwame Asante-Boateng wrote:
""" + q("""Dear Tomasz,

PO AR-PO-23330: 30 sample screen panels only. The balance of 270 panels is on hold until Efua
Mensah signs off the samples and Yaw Ofori (GM Operations) releases it in writing.

Regards,
Kwame""")
case("p40_deposit_started_bought_pu", ["RG006", "RG012"],
     "supplier: deposit arrived 'so we started the production', PU for all 300 panels bought, 60 cast; quoted buyer scope releases 30 samples only",
     [("RE_AR-PO-23330_screen_panels.eml", eml_bytes(mail(
         TOMASZ, KWAME, "RE: AR-PO-23330 screen panels - deposit", "Mon, 15 Jul 2024 16:40:00 +0200", _t,
         in_reply_to="<h212-kwame-0701b@asanteridge.com.gh>",
         attachments=[("MT103_ARG240715-0031.txt", _mt103, "text/plain")])))])

# p41 EDI 850: sample line 20 m and production line 1,200 m, nothing else
case("p41_edi850_two_lines", ["RG001", "RG003", "RG004", "RG005"],
     "EDI 850 with a 20 m sample line and a 1,200 m production line, no note that the 1,200 m is not released, no unlock event, no release person",
     [("EDI850_PHC_7700-4355.txt", """PILBARA HAULMARK CONTRACTING - EDI X12 850 PURCHASE ORDER (HUMAN READABLE)
ISA SENDER: PHCPTYLTD    RECEIVER: POLWEARPL    CONTROL: 000004502
BEG*00*SA*7700-4355**20240719
  00 = ORIGINAL   SA = STAND-ALONE ORDER
CUR*BY*EUR
REF*VR*POLWEAR-20417
N1*ST*PILBARA HAULMARK PORT HEDLAND*92*PH01
N1*VN*POLWEAR TECHNIKA SP Z O O*92*20417
PO1*1*20*MR*24.60**BP*PHC-CV-SK20*VP*SK-20-250
PID*F****SKIRT RUBBER SBR/NR 65 SHA 20X250 - SAMPLE
DTM*002*20240816
PO1*2*1200*MR*21.90**BP*PHC-CV-SK20*VP*SK-20-250
PID*F****SKIRT RUBBER SBR/NR 65 SHA 20X250 - PRODUCTION PER QUOTE PW-Q-24-0207
DTM*002*20241115
CTT*2*1220
SE*14*0001
""")])

# p42 mail with DOCX spec: 10 sample teeth, spec says order quantity 500; Yaw named
_spec = docx_bytes([
    ("h1", "Technical Specification ARG-ENG-SP-0318 rev 2 - Bucket teeth, EX-3600 class"),
    ("table", [
        ["Item", "Requirement"],
        ["Part", "Bucket tooth (tip), drawing ARG-MB-0360 rev 4"],
        ["Material", "Cr-Ni-Mo low alloy steel, through hardened"],
        ["Hardness", "477-514 BHN at surface, min 400 BHN at 20 mm depth"],
        ["Impact", "Charpy V min 20 J at -20 °C"],
        ["NDT", "UT per ASTM A609 level 2; MPI 100 %"],
        ["Certificates", "EN 10204 3.1"],
        ["Order quantity", "500 nos (incl. samples), delivery in 4 lots"],
        ["Marking", "Supplier logo, heat no., PO no., cast into the part"],
    ]),
    ("p", "Prepared: Efua Mensah, Plant Engineer. Checked: Plant Maintenance Superintendent."),
], author="Efua Mensah")
_t = """Dear Hitesh,

Please find attached our technical specification for the bucket teeth.

PO AR-PO-23402 is for ten (10) sample teeth. Please produce them and ship by air to Kotoka
International, attention Plant Engineering.

Yaw Ofori, GM Operations, is the release authority for this order.

Regards,
Kwame
""" + SIG_KWAME
case("p42_mail_spec_order_qty_500", ["RG001", "RG003", "RG004"],
     "PO for 10 sample teeth with an attached spec stating 'order quantity 500 nos'; nothing says the 500 is not released; no hold, no unlock event; Yaw named",
     [("AR-PO-23402_sample_teeth.eml", eml_bytes(mail(
         KWAME, HITESH, "AR-PO-23402 sample teeth - specification", "Fri, 19 Jul 2024 09:48:00 +0000", _t,
         cc=EFUA, html=html_of(_t),
         attachments=[("ARG-ENG-SP-0318_rev2.docx", _spec, DOCX_MT)])))])

# p43 PO for 3 sample tips with annual requirement 240 'to be treated as firm'
case("p43_po_annual_requirement_firm", ["RG001", "RG003", "RG004", "RG005", "RG008"],
     "PO for 3 sample tips also shows annual requirement 240 'to be treated as firm by supplier'; no hold, no unlock event, no release person",
     [("PO_4510-3689.pdf", pdf([
         ("h1", "Inköpsorder / Purchase order 4510-3689"),
         ("p", "Bergslagen Ballast AB, Västerås. Supplier: Ma'anshan Huadong Wear Materials Co., Ltd. Date 2024-07-08. "
               "Our ref: Karin Ekström."),
         ("table", [
             ["Pos", "Article", "Description", "Qty", "Unit EUR", "Amount EUR"],
             ["1", "31-410-22", "Bucket tip, loader WL-07, drawing BT-L22 rev C - sample", "3", "142,00", "426,00"],
         ]),
         ("sp",),
         ("p", "Årsbehov / annual requirement 2025: 240 tips. This is our forecast and is to be treated as firm by the supplier."),
         ("p", "Delivery: DAP Västerås, samples by air. Payment: 60 days net. Certificates 3.1 per EN 10204."),
     ], title="PO 4510-3689", author="Bergslagen Ballast"))])

# p44 WhatsApp: supplier bought material for all 14 sets and will pour on sample OK
case("p44_whatsapp_pour_on_ok", ["RG006", "RG007"],
     "supplier: steel and FeMn ordered for all 14 sets; 'as soon as Annika OKs the samples we pour the 12 straight away, no need to wait for Mats' letter'",
     [("WhatsApp Chat - Vaal Bergslagen.txt", """[08/07/2024, 09:02] Karin Ekström: Hi Pieter, PO 4510-3733 is out: 2 sample sets of jaw plates only. The balance of 12 sets is not released until Annika's sign-off after 250 h and a written release from Mats Lindqvist.
[08/07/2024, 09:30] Pieter Vaal Wear: Thanks Karin, noted 👍
[12/07/2024, 15:48] Pieter Vaal Wear: Hi Karin, just so you know: we have ordered the manganese steel scrap and FeMn for all 14 sets already, Thabo wants to pour in one campaign.
[12/07/2024, 15:49] Pieter Vaal Wear: As soon as Annika OKs the samples we pour the 12 straight away, no need to wait for Mats' letter. Saves 3 weeks ja
[12/07/2024, 16:20] Karin Ekström: Noted, I will come back to you.
""")])

# p45 supplier weekly mail with PDF report: tiles bought for all 50 liners; buyer scope quoted
_rep = pdf([
    ("h1", "Informe de avance semanal / Weekly progress report - Semana 28"),
    ("p", "Fundición Andina del Sur S.A.C. - Cliente: Minera Cerro Alto SpA - OC 4500082210"),
    ("table", [
        ["Actividad", "Cant.", "Estado", "Comentario"],
        ["Liners cerámicos de muestra CV-12 (pos 10)", "5", "Vulcanizado", "despacho semana 30"],
        ["Placas cerámicas alúmina 92% 150x100x25", "para 50 liners", "Compradas 08-07", "asegurar precio proveedor"],
        ["Goma base SBR 60 ShA", "para 50 liners", "En stock", "-"],
        ["Saldo 45 liners (pos 20)", "45", "No liberado", "esperando liberación escrita"],
    ]),
    ("p", "Preparado por: Carmen Huamán, Planeamiento."),
], title="Informe semana 28", author="Fundición Andina del Sur")
_t = """Estimada Javiera,

Adjunto el informe de avance de la semana 28.

Les informamos que ya hemos comprado las placas cerámicas (alúmina 92%) para los 50 liners, para
asegurar el precio de nuestro proveedor, que sube en agosto. La goma base también la tenemos
en stock. Los 45 de producción no se fabrican hasta su liberación escrita.

Los 5 liners de muestra se despachan la semana 30.

Saludos cordiales,
Carmen
""" + SIG_CARMEN + """
El 18-06-2024 a las 10:12, Javiera Rojas Valdés escribió:
""" + q("""Carmen, Luis:
OC 4500082210 pos 10: 5 liners de muestra (ceramic rubber liner CV-12). The balance of 45 (pos 20)
is NOT released until Rodrigo Fuentes signs off the trial and Claudia Muñoz sends the written
release. Material solo para las muestras.
Javiera""")
case("p45_report_tiles_for_50", ["RG006"],
     "supplier bought ceramic tiles for all 50 liners while 5 are released and the quoted PO limits material to the samples",
     [("Informe_semana_28_OC_4500082210.eml", eml_bytes(mail(
         CARMEN, JAVIERA, "RE: OC 4500082210 - informe semana 28", "Fri, 12 Jul 2024 18:05:00 -0500", _t,
         cc=LUIS, in_reply_to="<h212-javiera-0618@cerroalto.cl>",
         attachments=[("Informe_S28.pdf", _rep, PDF_MT)])))])


# ==================================================================== BUILD
RULES = [f"RG{n:03d}" for n in range(1, 13)]


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    assert len(CASES) == 70, len(CASES)
    assert sum(1 for c in CASES if not c["expect"]) == 25
    for r in RULES:
        n = sum(1 for c in CASES if r in c["expect"])
        assert n >= 6, (r, n)
    for c in CASES:
        assert set(c["expect"]) <= set(RULES), c["name"]
        assert c["name"].startswith("c") == (not c["expect"]), c["name"]

    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(212212).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h212_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(order)} cases to {OUT}")


if __name__ == "__main__":
    main()
