#!/usr/bin/env python3
"""Generator for the releasegate check_holdout33 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout33/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, shuffled case order with seed 3333).

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; every case below was written independently for this corpus.
"""
from __future__ import annotations

import datetime as _dt
import html as _html
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
    m["Message-ID"] = msgid or f"<h33-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h33")
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


# ------------------------------------------------------------ small helpers
def q(text, depth=1):
    """Quote text the way mail clients do ("> " per line)."""
    pre = ">" * depth
    return "\n".join(f"{pre} {ln}" if ln.strip() else pre for ln in text.strip("\n").splitlines())


def t2h(text):
    """Very small text -> HTML conversion for multipart/alternative bodies."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.splitlines()
        if lines and all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(_html.escape(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(_html.escape(ln) for ln in lines) + "</p>")
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def P(name, blocks, **kw):
    return (name, pdf(blocks, **kw))


def D(name, blocks, author="unknown"):
    return (name, docx_bytes(blocks, author=author))


def T(name, text):
    return (name, text.lstrip("\n"))


def H(name, title, body):
    return (name, html_page(title, body))


def E(name, msg):
    return (name, eml_bytes(msg))


def rows_html(rows):
    head = "<tr>" + "".join(f"<th>{_html.escape(str(c))}</th>" for c in rows[0]) + "</tr>"
    body = "\n".join("<tr>" + "".join(f"<td>{_html.escape(str(c))}</td>" for c in r) + "</tr>"
                     for r in rows[1:])
    return f"<table>\n{head}\n{body}\n</table>"


# =================================================================== CLEAN
# ---------------------------------------------------------------- c01
case("c01_quote_tiers_penang", [],
     "supplier quote with T1 sample, pilot and annual production tiers; a quote alone authorizes nothing",
     [P("Q-PG-24-0417.pdf", [
         ("h1", "QUOTATION"),
         ("p", "Lumina Precision Moulding Sdn Bhd - Plot 88, Bayan Lepas FIZ Phase 4, 11900 Penang, "
               "Malaysia - ISO 13485:2016 certified - Reg. no. 200801017733 (821554-X)"),
         ("p", "Quotation no.: Q-PG-24-0417      Date: 14 May 2024      Valid until: 12 Aug 2024"),
         ("p", "To: Straits Diagnostics Pte Ltd, 21 Biopolis Road, #04-12, Singapore 138567. "
               "Attn: Ms Tan Wei Ling, Procurement"),
         ("p", "Part: Cartridge housing, upper - PN SD-30417 Rev C - PC/ABS medical grade, colour natural, "
               "4-cavity tool, part weight 6.8 g. Your RFQ SD-RFQ-0092 of 2 May 2024."),
         ("table", [
             ["Item", "Description", "Quantity", "Unit price (USD)", "Lead time"],
             ["1", "Mould, 4-cavity, hardened H13 inserts, hot runner, 500k shot life", "1 set",
              "38,500.00", "8 weeks to T1"],
             ["2", "T1 samples incl. dimensional report, all cavities", "50 pcs", "n/c", "with T1"],
             ["3", "Pilot lot (for your validation)", "500 pcs", "1.85", "3 weeks after sample sign-off"],
             ["4", "Production, annual volume", "25,000 pcs/yr", "0.62", "4 weeks per call-off"],
         ]),
         ("sp",),
         ("p", "Payment terms: tooling 50% with order, 50% on T1 submission; parts net 30 days from invoice."),
         ("p", "Notes: Unit prices for item 4 assume the annual volume stated; volumes below 15,000 pcs/yr "
               "will be re-quoted. Resin surcharge follows the quarterly index. Packaging: ESD-safe PE bags, "
               "200 pcs per bag, cleanroom ISO 8 moulding."),
         ("p", "This quotation is an offer only. It is not an order, a schedule or a commitment of capacity."),
         ("p", "Prepared by: Lim Chee Keong, Key Account Manager - +60 4 640 8812 - ck.lim@lumina-pm.com.my"),
     ], title="Quotation Q-PG-24-0417", author="Lumina Precision Moulding")])

# ---------------------------------------------------------------- c02
_c02_orig = """Andrés,

attached PO 4500771203. PO note, please read before planning:

This PO authorizes 30 FAI pieces of PN AM-2210-04 Rev F only. The balance
of 1,470 pcs quoted in your Q-CR-1183 is not released. It will be released
only by a written production release from me, Sabine Brunner, Strategic
Buyer, after our Supplier Quality has signed off the FAI.
Material authority: sample-only (bar for the 30 pcs).

Regards, Sabine"""
case("c02_supplier_goahead_question", [],
     "supplier asks whether it may start the 1,470 balance; quoted buyer PO note is complete (30 FAI, hold, FAI sign-off + written release, named buyer)",
     [E("RE_PO_4500771203_FAI_shipment.eml", mail(
         "Andrés Solano <asolano@coyolprecision.cr>",
         "Sabine Brunner <sabine.brunner@alpenmed.ch>",
         "RE: PO 4500771203 - FAI shipment / next steps",
         "Wed, 12 Jun 2024 16:41:00 -0600",
         """Hola Sabine,

The 30 FAI pieces of the locking screw (PN AM-2210-04 Rev F) left Alajuela
yesterday with DHL Express, AWB 4417 2290 61, ETA Zurich Friday. The FAI
package (forms, CMM report, material certificate for Ti-6Al-4V ELI heat 7H2291,
passivation certificate per ASTM A967) is uploaded to your supplier portal.

One planning question: our Citizen L20 cell frees up from week 27. Do we have a
go-ahead for the balance of 1,470 pcs, or do we wait for your written release
after the FAI sign-off, as per the PO note? We have not started anything beyond
the 30, and we bought bar for the 30 only.

If the release comes later than week 27 that is no problem, we just need to
know so we can offer the slot to another customer.

Saludos,
Andrés
""" + sig("Andrés Solano", "Program Manager", "Coyol Precision Components S.R.L., Alajuela, Costa Rica",
          "+506 2433 7710") + """
-----Original Message-----
From: Sabine Brunner <sabine.brunner@alpenmed.ch>
Sent: Monday, 6 May 2024 10:12
To: Andrés Solano
Subject: PO 4500771203

""" + q(_c02_orig) + "\n",
         in_reply_to="<AM-4500771203@alpenmed.ch>"))])

# ---------------------------------------------------------------- c03
case("c03_forecast_printout", [],
     "planning schedule clearly labelled forecast only, not an order, no fabrication or material authorization",
     [T("DELFOR_NPP_300417_wk24.txt", """
NORDVIK PHARMA PACKAGING A/S                                SAP S/4HANA - MD04/APO
Kalundborg, Denmark                                         Printed: 10.06.2024 07:32
User: SLINDQVIST                                            Page 1 of 1
=====================================================================================
        PLANNING SCHEDULE  -  FORECAST ONLY  -  NOT A PURCHASE ORDER
  No fabrication or material authorization is given by this schedule.
  Firm requirements are communicated only by call-off under scheduling
  agreement 5500009812.
=====================================================================================
Vendor     : 300417  AHMEDABAD BLISTER PACK PVT LTD, Changodar GIDC, Gujarat, IN
Material   : NPP-BT-0412  Blister tray PVC/PCTFE 250/15, 10-cavity, DRG 0412 Rev 07
Plant      : DK10 Kalundborg          Unit: PC          Horizon: wk 27-35/2024
-------------------------------------------------------------------------------------
Week      Date          Forecast qty    Status
2024/27   01.07.2024          12,000    FORECAST
2024/28   08.07.2024          12,000    FORECAST
2024/29   15.07.2024          14,000    FORECAST
2024/30   22.07.2024          14,000    FORECAST
2024/31   29.07.2024          14,000    FORECAST
2024/32   05.08.2024          14,000    FORECAST
2024/33   12.08.2024          14,000    FORECAST
2024/34   19.08.2024          14,000    FORECAST
2024/35   26.08.2024          18,000    FORECAST
-------------------------------------------------------------------------------------
Total wk 27-35                126,000    FORECAST (non-binding)
-------------------------------------------------------------------------------------
Remarks: summer peak wk 35 reflects a customer launch; figures may change weekly.
Questions: Sofie Lindqvist, Supply Planner, +45 59 55 12 40, sli@nordvik-pp.dk
=====================================================================================
""")])

# ---------------------------------------------------------------- c04
case("c04_chat_fitcheck_only", [],
     "Teams chat: 12 DV housings, 1,188 not released, DV sign-off + written release from Mette; later 'approved for fit check only - production not released'",
     [T("teams_export_ODS_GPP_7741.txt", """
Microsoft Teams - chat export
Chat: ODS / GPP - scanner tip housing (PN ODS-7741 Rev B)
Participants: Mette Kjær (Odense Dental Systems ApS), Ciarán Ó Briain (Galway Precision Plastics Ltd)
Exported: 2024-06-19 15:02 (UTC+02:00) by Mette Kjær

[2024-06-03 09:02] Mette Kjær: Morning Ciarán - PO 4500812234 is out. Scope so nobody has to guess: 12 DV housings only. The production batch of 1,188 is not released. It unlocks only when our DV sign-off is approved and I send you a written release.
[2024-06-03 09:05] Ciarán Ó Briain: Morning! Got it, 12 DV only. Tool is at T2 now, cav 2 gate fixed.
[2024-06-03 09:06] Ciarán Ó Briain: we'll take the 12 from the first stable shots after warm-up, CMM on all of them
[2024-06-03 09:07] Mette Kjær: perfect. Please bag each one separately with cavity ID
[2024-06-07 16:20] Ciarán Ó Briain: moulded today, CMM tomorrow morning. One reading on datum B flatness at 0.048 (tol 0.05), all others comfortable
[2024-06-07 16:22] Mette Kjær: noted, thanks for flagging
[2024-06-13 10:11] Ciarán Ó Briain: 12 pcs left Galway this morning, UPS 1Z9F27A40412377801, CMM report in the box and on mail
[2024-06-18 14:12] Mette Kjær: Arrived. First look: fit on the scanner body is good, snap force 8-12 N as designed.
[2024-06-19 14:55] Mette Kjær: Update from R&D: samples approved for fit check only - production not released. We still need the 1 m drop test and the wipe-disinfection test before DV sign-off. I'll come back to you after that, probably week 27.
[2024-06-19 14:58] Ciarán Ó Briain: understood, tool stays in the rack. Shout when you have the drop test results 👍
""")])

# ---------------------------------------------------------------- c05
case("c05_full_qty_po_proceed", [],
     "full-quantity PO (5,000 lids, no balance) that says proceed with all 5,000",
     [T("PO_7300042118.txt", """
HARBOR BIOASSAY INC.                                     PURCHASE ORDER
400 Summer Street, Boston MA 02210, USA                  PO No.   : 7300042118
Tel +1 617 555 0142                                      PO Date  : 05/14/2024
                                                         Revision : 0
Vendor: 210554                                           Buyer    : P. RAMAN
  CARIBE MOLDEO MEDICO LLC                               Terms    : NET 45
  Carr. 189 Km 3.2, Juncos PR 00777                      Incoterms: FCA Juncos
---------------------------------------------------------------------------------
ITEM  MATERIAL       DESCRIPTION                      QTY  UN   PRICE      AMOUNT
---------------------------------------------------------------------------------
00010 HB-2207-D      LID, REAGENT TRAY, 96-POS,     5,000  EA   0.3100   1,550.00
                     PP NATURAL, DRG HB-2207 REV D
                     DELIVERY: 06/28/2024
---------------------------------------------------------------------------------
                                                   TOTAL USD           1,550.00
---------------------------------------------------------------------------------
HEADER NOTE:
  THIS PO COVERS THE FULL QUANTITY OF 5,000 PCS. THERE IS NO FURTHER QUANTITY
  AND NO BALANCE UNDER THIS ORDER. PLEASE PROCEED WITH ALL 5,000 PCS PER DRAWING
  HB-2207 REV D. TOOL T-HB-2207 (CUSTOMER OWNED) AS QUALIFIED IN MARCH 2024.
  CERTIFICATE OF CONFORMANCE AND LOT NUMBER ON EACH CARTON. 500 PCS PER CARTON.
  REFERENCE: YOUR QUOTE CMM-Q-24-0311.
QUALITY:
  ISO 13485 SUPPLIER. NOTIFY BUYER OF ANY CHANGE PER QUALITY AGREEMENT QA-HB-017.
---------------------------------------------------------------------------------
STANDARD TERMS: HB-PT-2023 APPLY. PAGE 1 OF 1
""")])

# ---------------------------------------------------------------- c06
case("c06_calloff_staged_material", [],
     "call-off releases 2,000; remaining 6,000 not released until next written call-off by Stefan Amrein; explicit staged material authority for 4,000",
     [P("Abruf_03_SA5500012345.pdf", [
         ("h1", "Call-off / Abruf no. 03"),
         ("p", "Alpenmed Orthopaedics AG - Baarerstrasse 112, 6300 Zug, Switzerland"),
         ("p", "To: Tuttlinger Feinwerk GmbH, Gänsäcker 14, 78532 Tuttlingen, Germany - Attn: Herr Bernd Maier, "
               "Auftragsabwicklung"),
         ("p", "Scheduling agreement: 5500012345 - Part: AM-3120 Rev D, cortical bone screw blank Ø 3.5 mm, "
               "Ti-6Al-4V ELI (ASTM F136) - Date: 03.06.2024"),
         ("table", [
             ["Call-off", "Quantity", "Status", "Delivery"],
             ["01", "2,000 pcs", "delivered", "CW 12"],
             ["02", "2,000 pcs", "delivered", "CW 19"],
             ["03 (this call-off)", "2,000 pcs", "released for production", "CW 31"],
             ["remaining", "6,000 pcs", "not released", "-"],
             ["scheduling agreement total", "12,000 pcs", "", ""],
         ]),
         ("sp",),
         ("p", "Production authority: 2,000 pcs under this call-off 03. The remaining 6,000 pcs of the "
               "scheduling agreement are not released. They will be released only by a further call-off "
               "issued in writing by Stefan Amrein, Head of Supply Chain."),
         ("p", "Material authority: staged. You may buy and hold Ti-6Al-4V ELI bar (ASTM F136, Ø 6.35 mm) "
               "for up to 4,000 pcs at Alpenmed's liability: the 2,000 pcs released now plus 2,000 pcs of "
               "staged bar stock. Do not machine beyond the 2,000 pcs released."),
         ("p", "Documentation per delivery: certificate of conformance, material certificate 3.1 per EN 10204, "
               "passivation record, lot traceability list."),
         ("p", "Alpenmed Orthopaedics AG - Stefan Amrein, Head of Supply Chain - +41 41 710 22 80"),
     ], title="Abruf 03", author="Alpenmed Orthopaedics AG")])

# ---------------------------------------------------------------- c07
case("c07_explicit_autoconversion", [],
     "recorded auto-conversion naming quantity (1,000), signer (Aoife Brennan) and conditions; rest 2,960 needs written release from Declan Walsh",
     [D("Release_Agreement_PO4500339201.docx", [
         ("h1", "Release agreement - PO 4500339201"),
         ("p", "Buyer: Shannon Cardio Devices Ltd, Raheen Business Park, Limerick V94 X2C8, Ireland"),
         ("p", "Supplier: Precisión Médica CR S.A., Zona Franca Global Park, Heredia, Costa Rica"),
         ("p", "Part: CV-1180 Rev B, guidewire torque hub, PEEK, machined. Quote PMCR-Q-24-0145."),
         ("h", "1. Quantities"),
         ("table", [
             ["Step", "Quantity", "Authority"],
             ["First articles (now)", "40 pcs", "authorized by this PO"],
             ["Conversion lot", "1,000 pcs", "released automatically by an approved FAI sign-off (see 2)"],
             ["Remainder", "2,960 pcs", "not released - written release required (see 3)"],
             ["PO total", "4,000 pcs", ""],
         ]),
         ("h", "2. Auto-conversion (recorded)"),
         ("p", "Both parties agree and record that an approved FAI sign-off, signed by Aoife Brennan, "
               "Supplier Quality Manager, Shannon Cardio Devices, releases 1,000 pcs of the balance by itself, "
               "without any further notice. Interim, conditional or partial sign-offs do not convert anything. "
               "The sign-off must reference this agreement and FAI report no. FAI-CV-1180-B."),
         ("h", "3. Remainder"),
         ("p", "The remaining 2,960 pcs are not released. They require a written release from "
               "Declan Walsh, Purchasing Manager, after the process validation report (PQ) is signed off."),
         ("h", "4. Material"),
         ("p", "Material authority: PEEK rod for the 40 first articles and the 1,000-pc conversion lot only."),
         ("p", "Signed for Shannon Cardio Devices: Declan Walsh, Purchasing Manager; Aoife Brennan, Supplier "
               "Quality Manager. Signed for Precisión Médica CR: Ing. Diego Vargas, Plant Manager. 21 May 2024."),
     ], author="Declan Walsh")])

# ---------------------------------------------------------------- c08
_c08_old = mail(
    "Órla Nic Aoidh <orla@claddaghmicro.ie>",
    "Jake Morrison <jmorrison@northstar-neuro.com>",
    "Quote Q-CMM-23-114 - header cap",
    "Thu, 19 Oct 2023 11:20:00 +0100",
    """Hi Jake,

As promised, our quote Q-CMM-23-114 for the IPG header cap (NS-HC-114 Rev A):

  - Samples, 25 pcs: EUR 48.00/pc (soft tool)
  - Production, 5,000 pcs: EUR 6.10/pc (2-cavity hardened tool, EUR 21,400)

Lead time samples 4 weeks, production 6 weeks from release.

Kind regards,
Órla
""" + sig("Órla Nic Aoidh", "Commercial Manager", "Claddagh Micro Moulding Ltd, Galway", "+353 91 55 0140"),
    msgid="<q-cmm-23-114@claddaghmicro.ie>")
case("c08_forwarded_old_quote_informational", [],
     "forwarded 2023 quote (rfc822) with 5,000 declared informational and not released; PO covers 25 samples; DV sign-off + written release from Jake",
     [E("FW_Quote_Q-CMM-23-114.eml", mail(
         "Jake Morrison <jmorrison@northstar-neuro.com>",
         "Órla Nic Aoidh <orla@claddaghmicro.ie>",
         "FW: Quote Q-CMM-23-114 - header cap (for reference)",
         "Tue, 04 Jun 2024 08:15:00 -0500",
         """Hi Órla,

Forwarding last year's quote below so your new planner has the history.
It is for reference only: the 5,000 pcs figure in it is informational and is
not released.

PO 4500661870 (sent yesterday) covers 25 sample header caps, nothing more.
Nothing beyond the 25 is released until I, Jake Morrison, send a written
release after our DV sign-off. Please buy resin for the 25 only.

Thanks, and congrats on the ISO 13485 recertification!
Jake
""" + sig("Jake Morrison", "Sr. Buyer, Direct Materials", "Northstar Neuromodulation Inc., Minneapolis MN",
          "+1 612 555 0187"),
         attachments=[("rfc822", _c08_old)]))])

# ---------------------------------------------------------------- c09
_c09_sup = """Dear Mr. Roth,

please find our run plan for the validation. We will run the 2,000
validation blisters in week 26 and, once your QA approves the samples, we
will run straight into the 200,000 blisters in week 27 to save the
changeover.

Regards,
Hitesh Shah
Vadodara ThermoForm Pvt Ltd"""
case("c09_buyer_corrects_supplier_autoconversion", [],
     "buyer reply corrects quoted supplier's roll-straight-into assumption: 2,000 only, 200,000 on hold until Lukas Roth's written release after PQ sign-off",
     [E("RE_validation_blisters_PO4500452210.eml", mail(
         "Lukas Roth <lukas.roth@helvetic-pp.ch>",
         "Hitesh Shah <hitesh.shah@vtf-pack.in>",
         "RE: Run plan validation blisters - PO 4500452210",
         "Wed, 12 Jun 2024 08:05:00 +0200",
         """Dear Mr. Shah,

Thank you for the quick response and the run plan.

One correction before you book the line: please do not plan the 200,000
blister cards to run straight after the validation batch. A sample sign-off
releases nothing by itself. Only the 2,000 validation blisters on
PO 4500452210 are authorised. The 200,000 stay on hold until I send a written
production release, which will come only after our QA has signed off the PQ
report.

Material: please buy PVC/PVdC film for the 2,000 validation blisters only.

Everything else in your plan (forming window 120-130 °C, sealing 150 °C /
0.4 s, 100 % camera inspection) is fine with us.

Kind regards
Lukas Roth
Senior Buyer, Packaging Materials
Helvetic Pharma Packaging SA, Basel

On 11 Jun 2024, at 14:32, Hitesh Shah <hitesh.shah@vtf-pack.in> wrote:
""" + q(_c09_sup) + "\n",
         in_reply_to="<vtf-runplan-0611@vtf-pack.in>"))])

# ---------------------------------------------------------------- c10
case("c10_deposit_does_not_release", [],
     "pro-forma invoice for tooling deposit says the deposit does not release production; series only after written release",
     [P("Proforma_PI-24-0388.pdf", [
         ("h1", "PRO-FORMA INVOICE PI-24-0388"),
         ("p", "Sauerland Spritzguss GmbH - Am Hohen Hahn 9, 58515 Lüdenscheid, Germany - "
               "VAT DE812345670 - HRB 4412 Iserlohn"),
         ("p", "Bill to: Prairie Dental Products Inc., 2100 Fleur Drive, Des Moines IA 50321, USA"),
         ("p", "Your PO: 4500120045 (T1 samples)    Date: 27.05.2024    Due: on receipt"),
         ("table", [
             ["Pos.", "Description", "Amount (EUR)"],
             ["1", "2-cavity mould, impression tray handle PD-TH-08 Rev A - deposit 30 % of EUR 24,600", "7,380.00"],
             ["", "Total due", "7,380.00"],
         ]),
         ("sp",),
         ("p", "Note: Payment of this deposit secures the tool steel and our design slot. It does not "
               "release production. The 30 T1 sample pcs are covered by your PO 4500120045. Series "
               "production (10,000 pcs quoted, not released) starts only after your written production "
               "release following T1 sample sign-off."),
         ("p", "Bank: Sparkasse Lüdenscheid, IBAN DE12 4585 0005 0000 1234 56, BIC WELADED1LSD. "
               "Please quote PI-24-0388 with your payment."),
         ("p", "Contact: Matthias Krüger, Vertrieb, +49 2351 66 41-20"),
     ], title="PI-24-0388", author="Sauerland Spritzguss GmbH")])
# ---------------------------------------------------------------- c11
_c11_text = """Dear Ms Rasmussen,

thank you for your purchase order 4500287719 of 28 May 2024.

We acknowledge the order as written:

  - 50 pre-series housings, pen cap PN ADC-PC-310 Rev C, PC/ABS, colour
    RAL 5015, with initial sample inspection report (ISIR, VDA Volume 2)
  - delivery CW 27, DAP Aarhus
  - the series quantity of 20,000 pcs from our quote SSG-24-0288 is not
    released; we will not buy material or start series production until we
    receive a written release from you, Ms Hanne Rasmussen, after your PPAP
    sign-off
  - material authority: sample-only (granulate for the 50 pcs)

Our order number is 24-11873. Please note our new warehouse address for
returnable packaging (Werkstraße 3, from 1 July).

Mit freundlichen Grüßen / Best regards
Matthias Krüger
Vertrieb Medizintechnik
Sauerland Spritzguss GmbH, Lüdenscheid
Tel. +49 2351 66 41-20
"""
case("c11_supplier_ack_restates_hold", [],
     "supplier order acknowledgement restates 50 pre-series only, 20,000 not released until written release from Hanne Rasmussen after PPAP sign-off",
     [E("AB_4500287719_Sauerland.eml", mail(
         "Matthias Krüger <m.krueger@sauerland-spritzguss.de>",
         "Hanne Rasmussen <hra@aarhus-diabetes.dk>",
         "Auftragsbestätigung 24-11873 / Order acknowledgement PO 4500287719",
         "Thu, 30 May 2024 10:47:00 +0200",
         _c11_text, html=t2h(_c11_text)))])

# ---------------------------------------------------------------- c12
case("c12_deviation_permit", [],
     "deviation permit limited to 180 pcs of one lot, explicitly authorizes no production and changes no PO quantity",
     [D("DP-24-019_Crossroads_Borinquen.docx", [
         ("h1", "Deviation Permit DP-24-019"),
         ("table", [
             ["Field", "Entry"],
             ["Customer", "Crossroads Orthopedics Inc., 1800 Provident Drive, Warsaw IN 46580, USA"],
             ["Supplier", "Borinquen Precision Machining Inc., Aguadilla PR 00603"],
             ["Part", "CO-TT-2250 Rev G, tibial tray locking insert, CoCr (ASTM F1537)"],
             ["Purchase order", "4500557310"],
             ["Lot", "L2406-33"],
             ["Quantity affected", "180 pcs"],
             ["Nonconformance", "Surface roughness Ra 0.9 µm on non-articulating face F3 (spec Ra ≤ 0.8 µm)"],
             ["Disposition", "Use as is, limited to the 180 pcs of lot L2406-33"],
             ["Root cause / CAPA", "Worn finishing insert op 30; CAPA-24-0077 opened at supplier"],
         ]),
         ("sp",),
         ("p", "Scope: This permit covers only the nonconformance described above for the 180 pcs of lot "
               "L2406-33. It does not authorize production of any quantity and does not change PO 4500557310. "
               "Production quantities continue to be authorized only by the written releases issued by "
               "Crossroads Purchasing under that PO."),
         ("p", "Justification: face F3 is a non-articulating, non-sealing surface; the engineering assessment "
               "EA-24-112 shows no effect on fatigue performance or cleanability (ISO 19227)."),
         ("h", "Sign-offs"),
         ("table", [
             ["Function", "Name", "Date"],
             ["Supplier Quality Engineer (Crossroads)", "Maria Delgado", "18-Jun-2024"],
             ["MRB / Quality Assurance (Crossroads)", "Tom Becker", "18-Jun-2024"],
             ["Design Engineering (Crossroads)", "Priya Natarajan", "19-Jun-2024"],
             ["Quality Manager (Borinquen)", "Luis Ortiz Rivera", "19-Jun-2024"],
         ]),
     ], author="Maria Delgado")])

# ---------------------------------------------------------------- c13
case("c13_interim_disposition_limits", [],
     "interim sample disposition with quantity/date limits plus explicit written release R-02 of 2,000; 18,000 balance not released until approved sign-off + release by Tan Wei Ling",
     [H("interim_disposition_SD-30522.html", "Sample disposition SD-30522 - interim", f"""
<h2>Straits Diagnostics Pte Ltd - Sample disposition</h2>
<p>Supplier: Kulim MedPlast Sdn Bhd, Kulim Hi-Tech Park, Kedah, Malaysia<br>
Part: SD-30522 Rev B, cartridge base, COC, 8-cavity<br>
PO: 4500903311 (20,000 pcs) &nbsp; Date: 21 June 2024</p>
{rows_html([
    ["Item", "Entry"],
    ["Samples evaluated", "64 pcs (8 per cavity), T2 trial of 12 June"],
    ["Disposition", "INTERIM"],
    ["Limit", "up to 2,000 pcs or until 30 Sep 2024, whichever comes first"],
    ["Exclusion", "cavity 4 parts not accepted (well depth 0.06 mm over tolerance)"],
    ["Condition", "100 % well-depth check on cavities 1-3, 7, 8 remains in place; cavities 5-6 blocked"],
])}
<h3>Production release R-02</h3>
<div class="note">
<p>Issued with this disposition by Tan Wei Ling, Procurement Manager: <b>2,000 pcs</b> from cavities 1-3, 7 and 8,
delivery in two lots of 1,000 pcs (week 28 and week 30).</p>
<p>The balance of 18,000 pcs of PO 4500903311 is not released. It requires an approved sample sign-off after the
cavity 4 correction and a new written release from Tan Wei Ling.</p>
<p>Material authority: COC resin for the 2,000 pcs released only.</p>
</div>
<p>Supplier Quality: Muhammad Faiz bin Rahman &middot; Procurement: Tan Wei Ling, +65 6478 2210</p>
""")])

# ---------------------------------------------------------------- c14
case("c14_identifiers_look_like_quantities", [],
     "sample PO full of quantity-like identifiers (PN 1000-2500-04, DRG 4500-0012, Q-2024-1500, ISO 13485:2016); 15 samples, 1,500 not released, revised PO after FAI signed by Reto Zimmermann",
     [T("PO_4500190015_JHS.txt", """
JURA HEARING SYSTEMS AG                         PURCHASE ORDER / BESTELLUNG
Rue du Faucon 21, 2502 Biel/Bienne, CH          Order no.  : 4500190015
                                                Date       : 22-MAY-2024
                                                Currency   : CHF
Supplier 400112                                 Buyer      : R. ZIMMERMANN
BENGALURU MEDMACHINING PVT LTD                  Ship to    : JHS Biel, Goods Rec. 2
Plot 42, KIADB Aerospace SEZ, Devanahalli       Incoterms  : DAP Biel (Incoterms 2020)
Bengaluru 562149, India
--------------------------------------------------------------------------------------
Ln  Item / Description                                  Qty  UoM    Price    Ext. price
--------------------------------------------------------------------------------------
 1  PN 1000-2500-04 Rev 12                               15  EA   210.00      3,150.00
    Housing, receiver-stimulator, Ti Grade 23
    DRG 4500-0012 sheet 1-3, thread M1.6x0.35-6H
    SAMPLES FOR FIRST ARTICLE INSPECTION
    Need by: 15-JUL-2024
--------------------------------------------------------------------------------------
                                                         Total CHF         3,150.00
--------------------------------------------------------------------------------------
Requirements:
  - QMS per ISO 13485:2016; biocompatibility per ISO 10993-1:2018 (material only)
  - Cleanliness per ISO 19227:2018; Ra 0.4 on sealing face S1
  - FAI report with all 214 characteristics of DRG 4500-0012; CMM programme CMM-4500-12
  - Material certificate EN 10204 3.1, heat number on each bag

Scope note:
  Active quantity: 15 EA samples (line 1).
  The production quantity of 1,500 EA per your quotation Q-2024-1500 is not
  released. It will be released only by a revised PO after FAI sign-off,
  signed by Reto Zimmermann, Category Manager.
  Material authority: sample-only.

Questions: Reto Zimmermann, +41 32 555 71 40, reto.zimmermann@jura-hearing.ch
--------------------------------------------------------------------------------------
JHS General Terms of Purchase GTP-2022 apply.                              Page 1/1
""")])

# ---------------------------------------------------------------- c15
_c15_pdf = pdf([
    ("h1", "Purchase Order 4500415566"),
    ("p", "Midlands Vascular Ltd - IDA Business Park, Garrycastle, Athlone N37 K2Y6, Ireland"),
    ("p", "Supplier: Pune Precision Engineering Pvt Ltd, Chakan MIDC Phase II, Pune 410501, India"),
    ("p", "Date: 17 May 2024 - Buyer: Gráinne Daly - Currency: EUR"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit price", "Amount"],
        ["10", "MV-IH-0240 Rev C", "Introducer hub, PEEK, machined - samples for FAI", "24 pcs", "34.00", "816.00"],
    ]),
    ("sp",),
    ("p", "Scope: This PO authorizes the 24 sample pcs on line 10 only. The balance of 2,376 pcs from your "
          "quote PPE-Q-24-0781 is not released. It will be released only after FAI sign-off, by a written "
          "release from Gráinne Daly, Purchasing Manager."),
    ("p", "Material authority: staged. You may purchase PEEK rod for up to 600 units at Midlands Vascular's "
          "liability. Material beyond 600 units is bought at your own risk. Machine only the 24 samples."),
    ("p", "FAI per MV-SQP-07, dimensional report for all characteristics, CoC and material certificate."),
], title="PO 4500415566", author="Midlands Vascular Ltd")
case("c15_staged_material_sample_po", [],
     "email + PDF PO: 24 samples, 2,376 not released until FAI sign-off + written release by Gráinne Daly; explicit staged material authority for 600 units",
     [E("PO_4500415566_Midlands_Vascular.eml", mail(
         "Gráinne Daly <grainne.daly@midlandsvascular.ie>",
         "Amit Kulkarni <amit.kulkarni@pune-precision.in>",
         "PO 4500415566 - introducer hub MV-IH-0240 samples",
         "Fri, 17 May 2024 12:30:00 +0100",
         """Dear Mr. Kulkarni,

Please find PO 4500415566 attached for the 24 sample introducer hubs.

As discussed on Tuesday's call, because of the 14-week lead time on PEEK rod
the PO carries a staged material authority: you may buy rod for up to 600
units at our liability. That is material only. Machining stays limited to
the 24 samples; the other 2,376 pcs are not released until our FAI sign-off
and my written release.

Shipping: DHL Express on our account 96 4471 220, documents in the box.

Best regards,
Gráinne
""" + sig("Gráinne Daly", "Purchasing Manager", "Midlands Vascular Ltd, Athlone", "+353 90 645 2210"),
         attachments=[("PO_4500415566.pdf", _c15_pdf, PDF_MT)]))])

# ---------------------------------------------------------------- c16
_c16_pdf = pdf([
    ("h1", "Abruf / Call-off Nr. 2"),
    ("p", "Fyn Respiratory A/S - Vejlevej 120, 6000 Kolding, Danmark"),
    ("p", "An / To: Etikettenwerk Schwaben GmbH, Industriestraße 18, 89079 Ulm"),
    ("p", "Lieferplan / Scheduling agreement: 5500004471 - Datum / Date: 04.06.2024"),
    ("p", "Artikel / Item: FR-LBL-2207 Etikett Inhalator-Umkarton 40 x 25 mm, PP weiß, permanent, "
          "2.500 Stk./Rolle, Kern 76 mm"),
    ("table", [
        ["Abruf / Call-off", "Menge / Quantity", "Status", "Liefertermin / Delivery"],
        ["1", "10.000 Stk", "geliefert / delivered", "KW 15"],
        ["2 (dieser Abruf / this call-off)", "10.000 Stk (4 Rollen)", "freigegeben / released", "KW 26"],
        ["Restmenge / remaining", "30.000 Stk", "nicht freigegeben / not released", "-"],
        ["Lieferplan gesamt / total", "50.000 Stk", "", ""],
    ]),
    ("sp",),
    ("p", "Die Restmenge von 30.000 Stk wird nur durch einen weiteren schriftlichen Abruf von Anders Holm, "
          "Purchasing Manager, freigegeben. / The remaining 30.000 pcs are released only by a further "
          "written call-off from Anders Holm, Purchasing Manager."),
    ("p", "Material: Obermaterial und Kleber nur für die 10.000 Stk dieses Abrufs. / Material for the "
          "10.000 pcs of this call-off only."),
], title="Abruf 2", author="Fyn Respiratory A/S")
_c16_text = """Hello Frau Weber,

attached is call-off no. 2 under scheduling agreement 5500004471 for
10,000 labels FR-LBL-2207 (4 rolls of 2,500), delivery week 26.

The remaining 30,000 labels on the agreement are not released; the next
call-off will come in writing from me.

Please print the new lot-number field layout (artwork FR-ART-2207 v4, proof
signed on 28 May).

Venlig hilsen / Best regards
Anders Holm
Purchasing Manager
Fyn Respiratory A/S, Kolding
+45 75 55 18 02
"""
case("c16_european_format_consistent", [], 
     "European number format (10.000 Stk) in the PDF and 10,000 in the email state the same call-off quantity; remaining 30,000 not released; next call-off from Anders Holm",
     [E("Abruf_2_FR-LBL-2207.eml", mail(
         "Anders Holm <aho@fyn-respiratory.dk>",
         "Katrin Weber <k.weber@etikettenwerk-schwaben.de>",
         "Abruf 2 / call-off 2 - FR-LBL-2207 - 10,000 labels",
         "Tue, 04 Jun 2024 13:02:00 +0200",
         _c16_text, html=t2h(_c16_text),
         attachments=[("Abruf_2_5500004471.pdf", _c16_pdf, PDF_MT)]))])

# ---------------------------------------------------------------- c17
case("c17_revised_po_supersedes", [],
     "PO revision 02 explicitly supersedes rev 01 (qty 100 -> 150); 150 DV samples, 4,850 not released until written release by Dana Whitfield after DV sign-off",
     [T("PO_3100088721_rev02.txt", """
CASCADE LAB AUTOMATION INC.                 PURCHASE ORDER        Page 1 of 1
3350 NW Yeon Ave, Portland OR 97210         PO Number : 3100088721
                                            Revision  : 02
                                            Rev Date  : 06-JUN-2024
                                            *** THIS REVISION SUPERSEDES REVISION 01 ***
Supplier: 77120
COIMBATORE PRECISION COMPONENTS PVT LTD     Buyer     : WHITFIELD, DANA
SIDCO Industrial Estate, Kurichi            Terms     : NET 60
Coimbatore 641021, Tamil Nadu, India        Ship Via  : FEDEX INTL ECONOMY
------------------------------------------------------------------------------------
REVISION HISTORY
 Rev 01  20-MAY-2024  Original issue.
 Rev 02  06-JUN-2024  Line 1 quantity changed from 100 to 150 EA (additional DV
                      samples for extended fatigue testing). No other changes.
------------------------------------------------------------------------------------
Line  Item             Description                         Qty UOM  Unit Price    Extended
------------------------------------------------------------------------------------
1     CLA-MF-4410 B    MANIFOLD, 8-CH PIPETTING HEAD,      150 EA       27.40     4,110.00
                       AL 6061-T6, HARD ANODIZED
                       DV SAMPLES
                       Promised: 19-JUL-2024
------------------------------------------------------------------------------------
                                                     Total USD            4,110.00
------------------------------------------------------------------------------------
SCOPE NOTE
 Active quantity: 150 EA DV samples (line 1).
 The production quantity of 4,850 EA (quote CPC-Q-771) is not released. It will
 be released only by a separate written production release from Dana Whitfield,
 Supply Chain Manager, after DV sign-off.
 Material: for the 150 EA on line 1 only.
------------------------------------------------------------------------------------
Acknowledge this revision within 3 business days to po-ack@cascadelab.com
""")])

# ---------------------------------------------------------------- c18
case("c18_full_balance_release", [],
     "production release of the complete remaining 1,480 pcs after FAI sign-off; nothing remains on hold; signed by Claudia Meier",
     [P("Produktionsfreigabe_PR-2024-044.pdf", [
         ("h1", "Production release PR-2024-044"),
         ("p", "Rheinfelden Dental AG - Salinenstrasse 61, 4310 Rheinfelden, Switzerland"),
         ("p", "To: Schwarzwald Mikrotechnik GmbH, Talstrasse 7, 78120 Furtwangen, Germany"),
         ("p", "Date: 18 June 2024 - PO 4500633120 - Part RD-5512 Rev C, abutment screw M1.6, Ti Grade 5"),
         ("table", [
             ["Step", "Quantity", "Status"],
             ["FAI pieces", "20 pcs", "delivered; FAI sign-off recorded 12 June 2024 by Dr. Nadine Vogt, Quality"],
             ["This production release", "1,480 pcs", "released now"],
             ["PO total", "1,500 pcs", ""],
             ["Quantity remaining on hold after this release", "0 pcs", "-"],
         ]),
         ("sp",),
         ("p", "With this production release the complete remaining quantity of PO 4500633120 (1,480 pcs) is "
               "released. After this release no quantity remains on hold under this PO."),
         ("p", "Deliveries: 500 pcs CW 28, 500 pcs CW 31, 480 pcs CW 34. Material: bar for the 1,480 pcs released."),
         ("p", "Rheinfelden Dental AG - Claudia Meier, Head of Procurement - +41 61 555 30 12"),
     ], title="PR-2024-044", author="Rheinfelden Dental AG")])
# ---------------------------------------------------------------- c19
case("c19_partial_calloff_complete", [],
     "call-off releases 15,000 of 60,000 scheduling agreement; remaining 30,000 not released; next call-off in writing by Ng Siew Mei; material for released qty only",
     [H("calloff_CO-2024-118.html", "Call-off CO-2024-118", f"""
<h2>Merlion LabWare Pte Ltd &mdash; Call-off CO-2024-118</h2>
<p>10 Science Park Road, #03-21 The Alpha, Singapore 117684<br>
To: Senai Precision Plastics Sdn Bhd, Senai Industrial Park, 81400 Johor, Malaysia<br>
Scheduling agreement: 5500002231 &nbsp;|&nbsp; Part: ML-TR-1000 Rev D, pipette tip rack 1000 &micro;L, PP &nbsp;|&nbsp; Date: 11 June 2024</p>
{rows_html([
    ["Call-off", "Quantity", "Status", "Delivery"],
    ["CO-2024-101", "15,000 racks", "delivered", "week 18"],
    ["CO-2024-118 (this call-off)", "15,000 racks", "released for production", "week 29"],
    ["Remaining on agreement", "30,000 racks", "not released", "&ndash;"],
    ["Agreement total", "60,000 racks", "", ""],
]).replace("&amp;ndash;", "&ndash;")}
<div class="note">
<p>This call-off releases 15,000 racks for production. The remaining 30,000 racks are not released.
They will be released only by a further call-off issued in writing by Ng Siew Mei, Senior Buyer.</p>
<p>Material: PP resin and cartons for the 15,000 racks of this call-off only.</p>
</div>
<p>Packing: 50 racks per carton, cartons labelled with lot and call-off number. Deliver to Merlion LabWare
warehouse, 5 Tuas Avenue 8, Singapore 639220, 09:00&ndash;15:00.</p>
<p>Ng Siew Mei &middot; Senior Buyer &middot; +65 6872 1144 &middot; siewmei.ng@merlionlabware.sg</p>
""")])

# ---------------------------------------------------------------- c20
case("c20_chat_resin_question_denied", [],
     "chat: 600 pilot only, 59,400 not released until PQ sign-off + written release by Eoin; supplier asks to buy resin for 60k, buyer says no",
     [T("teams_chat_corrib_kulim.txt", """
Microsoft Teams - chat export
Chat: Corrib Diagnostics <> Kulim MedPlast - microfluidic cartridge CD-MC-600
Exported by: eoin.fahy@corribdx.ie  2024-06-14 17:40 (UTC+01:00)

[2024-06-10 08:41] Eoin Fahy (Corrib Diagnostics): Hi Azlan, PO 4500720019 went out this morning. It's for 600 pilot cartridges only. The 59,400 series balance is not released until the PQ report is signed off and I send you the written release.
[2024-06-10 08:55] Azlan Ismail (Kulim MedPlast): Hi Eoin, noted - 600 pilot only. Cleanroom slot booked wk 26.
[2024-06-12 03:12] Azlan Ismail (Kulim MedPlast): Eoin one question - ok for us to order the COC resin for the full 60k now? Resin supplier is quoting 14 weeks lead time
[2024-06-12 09:05] Eoin Fahy (Corrib Diagnostics): No - please buy resin for the 600 pilot only. If the lead time turns into a real problem I'll send you a material authority in writing with a quantity, not before.
[2024-06-12 09:20] Azlan Ismail (Kulim MedPlast): clear, resin for 600 only 👍
[2024-06-12 09:21] Azlan Ismail (Kulim MedPlast): will send the pilot moulding plan + cavity balance study by Friday
[2024-06-14 16:02] Azlan Ismail (Kulim MedPlast): [File] CD-MC-600_pilot_plan_rev1.pdf
[2024-06-14 17:38] Eoin Fahy (Corrib Diagnostics): got it, thanks - will review with Aine on Monday
""")])

# ---------------------------------------------------------------- c21
_c21_q2 = """Hi Siobhán,

Thanks for the PO. Two quick points:
1. Cavitation: we will sample from the 4-cavity tool, 10 pcs per cavity.
2. Diwali shutdown 31 Oct - 4 Nov, just so you can plan the DV dates.

Also, could you confirm the packaging: 10 pcs per PE bag or bulk?

Regards,
Karthik Subramanian
Programme Manager, Hosur Precision Moulders Pvt Ltd"""
_c21_q1 = """Karthik,

PO 4500388104 for the needle-shield sleeve samples is attached (40 pcs).
Drawing LVDD-NS-0412 Rev C and the material spec (PC, ISO 10993 tested
grade) are in the shared folder.

Siobhán"""
_c21_text = """Hi Karthik,

Thanks for both points, and for the photos of the new cleanroom gowning area -
it looks great.

1. 10 pcs per cavity is perfect, please keep them segregated and labelled by
   cavity.
2. Noted on Diwali. We will plan DV testing around it.
3. Packaging: 10 pcs per PE bag, bags in a rigid carton, please. No bulk.

Just to repeat the scope on PO 4500388104 so it's all in one place: 40 sample
needle-shield sleeves only. The 7,960 production balance from your quote is
not released. It will be released only by a revised PO, signed by me
(Siobhán Kavanagh, Procurement Lead), after our design verification sign-off.
Please buy PC for the 40 samples only.

Shipping: FedEx International Priority, our account 5512-0937-4, Incoterms
FCA Hosur. Commercial invoice with HS code 3926.90 please.

Our QA (Dr. Fionnuala Burke) will join the call on Thursday to walk through
the DV test plan. Talk then!

Best regards,
Siobhán
""" + sig("Siobhán Kavanagh", "Procurement Lead", "Lee Valley Drug Delivery Ltd, Little Island, Cork",
          "+353 21 455 8120") + """
On Mon, 20 May 2024 at 07:10, Karthik Subramanian wrote:
""" + q(_c21_q2) + """
>
> On Fri, 17 May 2024 at 16:45, Siobhán Kavanagh wrote:
""" + q(_c21_q1, 2) + "\n"
case("c21_long_thread_complete_scope", [],
     "long friendly thread (multipart/alternative) with logistics; scope restated: 40 samples, 7,960 not released until revised PO signed by Siobhán Kavanagh after DV sign-off",
     [E("RE_needle_shield_sleeve_samples.eml", mail(
         "Siobhán Kavanagh <s.kavanagh@leevalleydd.ie>",
         "Karthik Subramanian <karthik.s@hosurprecision.in>",
         "RE: PO 4500388104 - needle shield sleeve samples",
         "Tue, 21 May 2024 09:32:00 +0100",
         _c21_text, html=t2h(_c21_text),
         cc="Fionnuala Burke <f.burke@leevalleydd.ie>",
         in_reply_to="<hpm-0520-0710@hosurprecision.in>"))])

# ---------------------------------------------------------------- c22
case("c22_status_report_sample_material_only", [],
     "supplier weekly status: 200 released, material bought for the 200 only, bar for the 4,800 balance only after written release",
     [D("Weekly_Status_WK25_Borinquen.docx", [
         ("h1", "Weekly status report - week 25/2024"),
         ("p", "Borinquen Precision Machining Inc., Aguadilla PR - for Crossroads Orthopedics Inc."),
         ("p", "Prepared by: Luis Ortiz Rivera, Quality & Program Manager - 21 June 2024"),
         ("h", "1. Order status"),
         ("table", [
             ["PO / part", "Released qty", "Produced", "Shipped", "Balance (not released)"],
             ["4500557402 / CO-FS-1410 Rev B femoral stem trial", "200", "140", "0", "4,800"],
         ]),
         ("h", "2. Material"),
         ("p", "Bar stock (17-4PH, AMS 5643) bought for the 200 released pcs only. Bar for the 4,800 balance "
               "will be ordered only after your written production release; mill lead time is currently "
               "10 weeks, please take this into account in your planning."),
         ("h", "3. Quality"),
         ("li", "NCR-24-0500 (burr on slot, 3 pcs) closed; parts scrapped, deburr step added to op 60."),
         ("li", "CMM programme CO-FS-1410-B rev 4 in use; Cpk on neck diameter 1.67 over 60 pcs."),
         ("li", "PFMEA update for the new deburr step sent to Crossroads SQE on 19 June."),
         ("h", "4. Next week"),
         ("li", "Finish the remaining 60 of the 200; first shipment of 100 on 28 June (FedEx, your account)."),
     ], author="Luis Ortiz Rivera")])

# ---------------------------------------------------------------- c23
case("c23_stop_notice", [],
     "stop notice: nothing may continue (0 pcs); 2,700 balance on hold; stop lifted only in writing by Dr. Lim Hui Min after CAPA closure, balance then needs separate written release",
     [P("Notice_TM-0098_PO4500880012.pdf", [
         ("h1", "Stop notice TM-0098"),
         ("p", "Tanjong Medical Pte Ltd - 3 Tuas South Street 15, Singapore 636844"),
         ("p", "To: Precisión Médica CR S.A., Heredia, Costa Rica - Attn: Ing. Diego Vargas, Plant Manager"),
         ("p", "Date: 24 June 2024 - PO 4500880012 - Part TM-4410 Rev A, suture anchor body, Ti-6Al-4V ELI"),
         ("p", "Effective immediately, no further work of any kind may be done on PO 4500880012 until this "
               "stop is lifted. Quantity authorized to continue: none (0 pcs)."),
         ("table", [
             ["Item", "Quantity", "Instruction"],
             ["Released before this notice", "300 pcs", "-"],
             ["of which finished", "212 pcs", "hold in bonded stock, do not ship"],
             ["of which work in progress", "88 pcs", "hold in quarantine, do not complete"],
             ["Balance of PO (never released)", "2,700 pcs", "remains on hold"],
         ]),
         ("sp",),
         ("p", "Reason: burr at thread root found at incoming inspection (NCR-TM-24-061). CAPA-2024-031 opened."),
         ("p", "The stop will be lifted only in writing by Dr. Lim Hui Min, Head of Quality & Supply, after "
               "closure of CAPA-2024-031. Lifting the stop allows completion of the 88 pcs in progress only; "
               "the 2,700 pcs balance still needs a separate written production release from Dr. Lim Hui Min."),
         ("p", "Dr. Lim Hui Min - Head of Quality & Supply - +65 6861 4400"),
     ], title="Stop notice TM-0098", author="Tanjong Medical Pte Ltd")])

# ---------------------------------------------------------------- c24
case("c24_pq_protocol_cover_complete", [],
     "Veeva export of PQ protocol cover: 3 PQ lots x 2,000 under line 10; 60,000 commercial quantity not released until written release by Jonas Vestergaard after PQ report sign-off",
     [H("VV-PQ-0192_cover.html", "VV-PQ-0192 PQ protocol - cover", f"""
<p style="color:#666">Veeva Vault QualityDocs &mdash; document export &mdash; generated 2024-06-05 14:22 CET</p>
{rows_html([
    ["Field", "Value"],
    ["Document number", "VV-PQ-0192"],
    ["Title", "PQ protocol - thermoformed blister tray NPP-BT-0630, line 3 at Isla Validated Packaging LLC, Gurabo PR"],
    ["Version", "2.0"],
    ["Lifecycle state", "Effective"],
    ["Owner", "Jonas Vestergaard (Nordvik Pharma Packaging A/S)"],
    ["Related", "IQ-IVP-0311, OQ-IVP-0312, PO 4500977001"],
])}
<h2>Performance Qualification Protocol VV-PQ-0192</h2>
<h3>1. Purpose and scope</h3>
<p>This protocol demonstrates that thermoforming line 3 consistently produces blister trays NPP-BT-0630 that meet
specification NPP-SPEC-0630 rev 5 at nominal settings, after successful IQ (IQ-IVP-0311) and OQ (OQ-IVP-0312).</p>
<div class="note">
<p><b>Quantity scope.</b> Three PQ lots of 2,000 trays each (6,000 trays in total) are made under PO 4500977001 line 10.
The commercial quantity of 60,000 trays (line 20) is not released. It will be released only by a written production
release from Jonas Vestergaard, Sourcing Manager, after the PQ report has been signed off.</p>
</div>
<h3>2. Sampling</h3>
<p>Per lot: 125 trays for dimensional checks (ISO 2859-1, level II, AQL 0.65), 32 trays for seal-strength testing,
visual inspection 100 % by camera.</p>
<h3>3. Signatures (21 CFR Part 11)</h3>
{rows_html([
    ["Role", "Name", "Meaning", "Date"],
    ["Author", "Carmen Ruiz Santiago (IVP Validation)", "Authored", "2024-05-28"],
    ["Reviewer", "José Matos (IVP Quality)", "Reviewed", "2024-05-30"],
    ["Customer QA", "Birgitte Lund (Nordvik QA)", "Reviewed and accepted", "2024-06-04"],
])}
""")])

# ---------------------------------------------------------------- c25
_c25_po = [
    ("h1", "Purchase Order 4500399870"),
    ("p", "Lee Valley Drug Delivery Ltd - Little Island Business Park, Cork T45 DP62, Ireland"),
    ("p", "Supplier: Sauerland Spritzguss GmbH, Am Hohen Hahn 9, 58515 Lüdenscheid, Germany"),
    ("p", "Date: 10 June 2024 - Buyer: Siobhán Kavanagh - Currency: EUR"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit price", "Amount"],
        ["10", "LVDD-PR-0815 Rev B", "Plunger rod, autoinjector, POM medical grade - samples", "60 pcs",
         "12.50", "750.00"],
    ]),
    ("sp",),
    ("p", "Scope: This PO authorizes the 60 sample pcs on line 10 only. The series quantity of 15,000 pcs "
          "shown in your quote SSG-24-0712 is for information only and is not released."),
    ("p", "Release of any series quantity requires PPAP sign-off and a written production release from "
          "Siobhán Kavanagh, Procurement Lead."),
    ("p", "Material authority: sample-only."),
]
_c25_quote = [
    ("h1", "Angebot / Quotation SSG-24-0712"),
    ("p", "Sauerland Spritzguss GmbH, Lüdenscheid - for Lee Valley Drug Delivery Ltd, Cork"),
    ("p", "Part LVDD-PR-0815 Rev B plunger rod, POM, 8-cavity tool (existing, customer-owned). Date: 29.05.2024"),
    ("table", [
        ["Pos.", "Description", "Quantity", "Price EUR/pc"],
        ["1", "Samples incl. ISIR", "60 pcs", "12.50"],
        ["2", "Series", "15,000 pcs", "0.38"],
    ]),
    ("sp",),
    ("p", "Validity 60 days. Lead time samples 3 weeks, series 5 weeks after written release."),
]
_c25_ack = """Dear Ms Kavanagh,

we confirm your PO 4500399870: 60 sample plunger rods, delivery CW 27.
The series quantity of 15,000 pcs is not released and will not be planned
until we receive your written production release after PPAP sign-off.
Material: sample-only.

Our order no. 24-12209.

Best regards
Matthias Krüger
Sauerland Spritzguss GmbH
"""
case("c25_po_quote_ack_bundle", [],
     "three-file bundle (PO, quote, ack): quote's 15,000 declared information-only and not released; PPAP sign-off + written release from Siobhán Kavanagh; ack consistent",
     [P("PO_4500399870.pdf", _c25_po, title="PO 4500399870", author="Lee Valley Drug Delivery"),
      P("Angebot_SSG-24-0712.pdf", _c25_quote, title="SSG-24-0712", author="Sauerland Spritzguss GmbH"),
      E("AB_4500399870.eml", mail(
          "Matthias Krüger <m.krueger@sauerland-spritzguss.de>",
          "Siobhán Kavanagh <s.kavanagh@leevalleydd.ie>",
          "Order acknowledgement PO 4500399870",
          "Wed, 12 Jun 2024 11:15:00 +0200",
          _c25_ack))])
# =================================================================== RISKY
# ---------------------------------------------------------------- p01  (X1)
_p01_po = pdf([
    ("h1", "PURCHASE ORDER"),
    ("p", "Lakeview Dental Labs, LLC - 1440 W. Fulton Market, Chicago IL 60607, USA"),
    ("p", "PO number: 4500917720      PO date: 06/10/2024      Terms: Net 30      FOB: Origin"),
    ("p", "Vendor: Precisión Médica CR S.A., Zona Franca Global Park, Heredia, Costa Rica (vendor 100388)"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Extended"],
        ["10", "LDL-AB-3.5-15", "Sample abutment, 3.5 mm platform, 15° angled, Ti-6Al-4V ELI, gold anodized",
         "24", "EA", "$46.00", "$1,104.00"],
    ]),
    ("sp",),
    ("p", "Need date: 07/12/2024. Ship FedEx International Priority, account 2291-4471-0."),
    ("p", "Documents: certificate of conformance, material certificate, dimensional report per drawing "
          "LDL-AB-3.5-15 Rev A."),
    ("p", "Buyer: Rachel Kim, Purchasing Specialist - rkim@lakeviewdental.com - (312) 555-0163"),
], pagesize=LETTER, title="PO 4500917720", author="Lakeview Dental Labs")
_p01_quote = pdf([
    ("h1", "Cotización / Quotation PMCR-Q-24-0233"),
    ("p", "Precisión Médica CR S.A. - Heredia, Costa Rica - for Lakeview Dental Labs, Chicago"),
    ("p", "Date: 28 May 2024 - Valid 90 days - Part LDL-AB-3.5-15 Rev A angled abutment"),
    ("table", [
        ["Phase", "Quantity", "Unit price USD", "Lead time"],
        ["Samples", "24 pcs", "46.00", "3 weeks"],
        ["Production", "2,400 pcs", "11.80", "6 weeks"],
    ]),
    ("sp",),
    ("p", "Prices include anodizing and passivation. Freight not included."),
    ("p", "Andrés Mora Quesada - Account Manager - +506 2562 0190"),
], title="PMCR-Q-24-0233", author="Precisión Médica CR")
case("p01_sample_po_with_quote_email", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 24 abutments sent with the quote showing 2,400 production; nothing says the 2,400 is not released, no unlock event, no release person",
     [E("PO_4500917720_Lakeview.eml", mail(
         "Rachel Kim <rkim@lakeviewdental.com>",
         "Andrés Mora Quesada <amora@precisionmedica.cr>",
         "PO 4500917720 - sample abutments",
         "Mon, 10 Jun 2024 15:20:00 -0500",
         """Hi Andrés,

Hope all is well down in Heredia! Attached is PO 4500917720 for the 24 sample
abutments (LDL-AB-3.5-15, Ti-6Al-4V ELI, gold anodized), plus your quote for
reference.

Could you confirm a ship date? We'd like them here before our clinical team's
fit review on July 18. Please ship FedEx International Priority on our account
2291-4471-0.

Thanks so much,
Rachel
""" + sig("Rachel Kim", "Purchasing Specialist", "Lakeview Dental Labs, LLC, Chicago IL", "+1 312 555 0163"),
         attachments=[("PO_4500917720.pdf", _p01_po, PDF_MT),
                      ("Quote_PMCR-Q-24-0233.pdf", _p01_quote, PDF_MT)]))])

# ---------------------------------------------------------------- p02  (X2)
case("p02_sap_po_quote_reference", ["RG001", "RG003", "RG004", "RG005"],
     "SAP PO for 50 FAI pcs whose header text repeats the quote's 5.000 series figure; no hold, no unlock event, no release person",
     [T("PO_4500640218.txt", """
Basilea Ophthalmics AG                                          Bestellung / Purchase order
Hochbergerstrasse 60, 4057 Basel, Schweiz                       Nr.      4500640218
                                                                Datum    03.06.2024
                                                                Einkäufer B. FREY
Lieferant 1008812                                               Tel.     +41 61 555 48 20
Lumina Precision Moulding Sdn Bhd
Plot 88, Bayan Lepas FIZ Phase 4
11900 Penang, Malaysia
--------------------------------------------------------------------------------------
Kopftext / Header text:
  Ref. your quotation Q-PG-24-0390 dd. 22.04.2024: 50 pcs FAI / 5.000 pcs series,
  unit price series CHF 0,84. Tool: 2-cavity, customer-owned (asset BO-T-0417).
--------------------------------------------------------------------------------------
Pos  Material     Kurztext / Description                 Menge  ME   Preis/ME    Wert CHF
--------------------------------------------------------------------------------------
00010 BO-IJ-0118  IOL injector plunger tip, PP,             50  ST      18,00      900,00
                  FAI samples, Rev E
                  Liefertermin: KW 28/2024
--------------------------------------------------------------------------------------
                                                           Gesamtwert CHF      900,00
--------------------------------------------------------------------------------------
Positionstext 00010:
  FAI per BO-QSP-12, all dimensions of DRG BO-IJ-0118 Rev E, cavity-marked.
  Certificate of conformance, resin lot certificate, USP Class VI statement.
Lieferadresse: Basilea Ophthalmics AG, Wareneingang Tor 3, Hochbergerstrasse 60
Es gelten unsere Allgemeinen Einkaufsbedingungen AEB 2023.
--------------------------------------------------------------------------------------
""")])

# ---------------------------------------------------------------- p03  (X3)
case("p03_html_po_pilot_series_summary", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 300 pilot pcs with a quote summary listing 30,000/yr series; nothing says the series is not released; no unlock event, no release person",
     [H("PO_SD-PO-24-00731.html", "Purchase Order SD-PO-24-00731", f"""
<p style="color:#777">Straits Diagnostics procurement portal &mdash; purchase order view &mdash; printed 07 Jun 2024</p>
<h2>Purchase Order SD-PO-24-00731</h2>
<p>Buyer: Straits Diagnostics Pte Ltd, 21 Biopolis Road #04-12, Singapore 138567<br>
Supplier: Kulim MedPlast Sdn Bhd, Lot 12, Kulim Hi-Tech Park, 09000 Kedah, Malaysia<br>
Requester: Tan Wei Ling &nbsp;|&nbsp; Currency: USD &nbsp;|&nbsp; Payment: 30 days</p>
<h3>Lines</h3>
{rows_html([
    ["Line", "Item", "Description", "Qty", "UOM", "Unit price", "Total"],
    ["1", "SD-30610 Rev A", "Cartridge lid, COC - pilot lot", "300", "EA", "1.20", "360.00"],
])}
<h3>Supplier quote summary (Q-KMP-24-055)</h3>
{rows_html([
    ["Phase", "Quantity", "Unit price (USD)"],
    ["Pilot", "300 pcs", "1.20"],
    ["Series", "30,000 pcs / yr", "0.42"],
])}
<h3>Comments</h3>
<p>Please proceed with the 300 pilot lot pieces per drawing SD-30610 Rev A. CoC and dimensional report
(5 pcs per cavity) with the shipment. Deliver to 21 Biopolis Road, loading bay B, Mon&ndash;Fri 09:00&ndash;17:00.</p>
""")])

# ---------------------------------------------------------------- p04  (X4)
case("p04_po_txt_plus_quote_pdf", ["RG001", "RG003", "RG004", "RG005"],
     "two-file bundle: PO for 10 sample implants + supplier quote with 1,000 series; PO never mentions series status, unlock event or release person",
     [T("PO_4500822091.txt", """
ODENSE DENTAL SYSTEMS ApS                          INDKØBSORDRE / PURCHASE ORDER
Forskerparken 10, 5230 Odense M, Danmark           Ordre nr. : 4500822091
CVR 38 55 12 09                                    Dato      : 29.05.2024
                                                   Indkøber  : M. KJÆR
Leverandør / Supplier: 200771
SCHWARZWALD MIKROTECHNIK GMBH
Talstrasse 7, 78120 Furtwangen, Tyskland
------------------------------------------------------------------------------------
Pos  Varenr. / Item      Tekst / Description               Antal  Enh.   Pris EUR   Beløb
------------------------------------------------------------------------------------
10   ODS-IMP-4110 Rev C  Implant fixture Ø4.1 x 10 mm,       10  STK    145,00   1.450,00
                         Ti Grade 4, SLA surface,
                         sample implants
                         Leveringsdato: uge 28
------------------------------------------------------------------------------------
                                                     I alt EUR             1.450,00
------------------------------------------------------------------------------------
Bemærkninger / Remarks:
  Reference your quotation SMT-2024-0410 (attached).
  Sterile packaging not required for samples; double PE bag, labelled.
  Dimensional report + material certificate EN 10204 3.1 with delivery.
  Leveringsadresse: Odense Dental Systems, Forskerparken 10, Varemodtagelse.
------------------------------------------------------------------------------------
"""),
      P("Angebot_SMT-2024-0410.pdf", [
          ("h1", "Angebot / Quotation SMT-2024-0410"),
          ("p", "Schwarzwald Mikrotechnik GmbH - Talstrasse 7, 78120 Furtwangen"),
          ("p", "Kunde: Odense Dental Systems ApS, Odense - Datum: 21.05.2024 - gültig 3 Monate"),
          ("p", "Teil: ODS-IMP-4110 Rev C Implantat Ø4,1 x 10 mm, Reintitan Grad 4, SLA-Oberfläche"),
          ("table", [
              ["Pos.", "Phase", "Menge", "Preis EUR/Stk", "Lieferzeit"],
              ["1", "Muster / samples", "10 Stk", "145,00", "4 Wochen"],
              ["2", "Serie / series", "1.000 Stk", "38,50", "8 Wochen"],
          ]),
          ("sp",),
          ("p", "Oberflächenbehandlung SLA im Haus. Reinigung und Verpackung für Serie: Reinraum ISO 7, "
                "Doppelblister, Preis auf Anfrage."),
          ("p", "Ihr Ansprechpartner: Florian Dold, Vertrieb, +49 7723 9101-14"),
      ], title="SMT-2024-0410", author="Schwarzwald Mikrotechnik")])

# ---------------------------------------------------------------- p05  (X5)
_p05_docx = docx_bytes([
    ("h1", "Purchase Order 4500557981"),
    ("p", "Crossroads Orthopedics Inc. - 1800 Provident Drive, Warsaw IN 46580, USA"),
    ("p", "Supplier: Coyol Precision Components S.R.L., Coyol Free Zone, Alajuela, Costa Rica"),
    ("p", "PO date: 06/12/2024 - Buyer: Tyler Brooks - Terms: Net 45 - Incoterms: FCA Alajuela"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "UOM", "Unit price", "Extended"],
        ["1", "CO-LS-0440 Rev C", "Locking screw, tibial tray, Ti-6Al-4V ELI - FAI", "40", "EA", "$38.50",
         "$1,540.00"],
    ]),
    ("p", "Need date: 08/09/2024. FAI package: full dimensional results against drawing CO-LS-0440 Rev C, "
          "CMM report, material certification, passivation certificate (ASTM A967)."),
    ("p", "Packaging: individually bagged, labelled with PO, part number, revision and serial."),
], author="Tyler Brooks")
case("p05_email_docx_po_per_quote", ["RG001", "RG003", "RG004", "RG005"],
     "email restates the quote (40 FAI + 4,000 production) beside the FAI PO; nothing says the 4,000 is not released; no event, no release person",
     [E("PO_4500557981_FAI.eml", mail(
         "Tyler Brooks <tbrooks@crossroads-ortho.com>",
         "Coyol Precision - Customer Service <orders@coyolprecision.cr>",
         "PO 4500557981 - FAI locking screw CO-LS-0440",
         "Wed, 12 Jun 2024 10:02:00 -0400",
         """Hi team,

PO attached for the FAI run on the tibial tray locking screw, per your quote:
40 FAI pcs at $38.50 and 4,000 production at $18.20.

Please send the FAI package with the parts (CMM report, certs, passivation).
We need the FAI parts in Warsaw by Aug 9 for our incoming inspection slot.

Let me know if you need the updated CMM fixture drawing.

Thanks,
Tyler
""" + sig("Tyler Brooks", "Buyer, Implants", "Crossroads Orthopedics Inc., Warsaw IN", "+1 574 555 0129"),
         attachments=[("PO_4500557981.docx", _p05_docx, DOCX_MT)]))])

# ---------------------------------------------------------------- p06  (A52)
_p06_quote = pdf([
    ("h1", "Quotation SPP-Q-24-117"),
    ("p", "Senai Precision Plastics Sdn Bhd - PLO 221, Senai Industrial Park, 81400 Johor, Malaysia"),
    ("p", "Customer: Tanjong Medical Pte Ltd, Singapore - Date: 02 April 2024 - Validity: 6 months"),
    ("p", "Part: TM-IH-2210 Rev B suture anchor inserter handle, ABS medical grade, 2+2 family mould"),
    ("table", [
        ["Quantity", "Unit price (SGD)", "Remarks"],
        ["2,000 pcs", "1.95", "per order"],
        ["12,000 pcs (annual volume)", "1.40", "4 call-offs of 3,000"],
    ]),
    ("sp",),
    ("p", "Tooling: SGD 26,800, 2+2 family mould, 300k shots guaranteed. Packaging 100 pcs per PE bag."),
    ("p", "Contact: Rajan Pillai, Sales Manager, +60 7 599 2310"),
], title="SPP-Q-24-117", author="Senai Precision Plastics")
_p06_text = """Dear Mr. Pillai,

Release no. 1 under PO 4500611402 (2,000 pcs suture anchor inserter
handles TM-IH-2210 Rev B):

  - 500 pcs released for production, delivery week 30
  - the remaining 1,500 pcs on this PO are not released; they will be
    released by the next call-off, which only I will sign
  - material for the 500 released pcs only

Prices as per your attached quote SPP-Q-24-117. Please send the CoC and the
cavity-wise dimensional report with the delivery.

Best regards,
Goh Li Ting
Senior Buyer
Tanjong Medical Pte Ltd
3 Tuas South Street 15, Singapore 636844
+65 6861 4412
"""
case("p06_release_with_annual_volume_quote", ["RG001"],
     "release email for 500 (balance 1,500 held, next call-off by Goh Li Ting) attaches a quote showing 12,000 annual volume with nothing saying it is informational",
     [E("Release_01_PO4500611402.eml", mail(
         "Goh Li Ting <liting.goh@tanjongmedical.sg>",
         "Rajan Pillai <rajan.pillai@senai-pp.com.my>",
         "Release no. 1 - PO 4500611402 - TM-IH-2210",
         "Mon, 17 Jun 2024 10:40:00 +0800",
         _p06_text, html=t2h(_p06_text),
         attachments=[("SPP-Q-24-117.pdf", _p06_quote, PDF_MT)]))])

# ---------------------------------------------------------------- p07  (A53)
case("p07_docx_sample_po_labelled_forecast", ["RG003", "RG004", "RG005"],
     "DV sample PO (15 pcs) with a properly labelled non-binding forecast; never says the production balance is not released, no unlock event, no release person",
     [D("Indkoebsordre_4500733620.docx", [
         ("h1", "Indkøbsordre / Purchase order 4500733620"),
         ("table", [
             ["Field", "Entry"],
             ["Buyer", "Fyn Respiratory A/S, Vejlevej 120, 6000 Kolding, Denmark"],
             ["Supplier", "Hosur Precision Moulders Pvt Ltd, SIPCOT Phase II, Hosur 635109, India"],
             ["Date", "27.05.2024"],
             ["Buyer contact", "Lars Bech, Senior Buyer, +45 75 55 18 40"],
             ["Currency / terms", "EUR / 60 days net / FCA Chennai airport"],
         ]),
         ("sp",),
         ("table", [
             ["Pos.", "Item", "Description", "Qty", "Unit price", "Amount"],
             ["10", "FR-2207 Rev B", "Inhaler mouthpiece cover, PP, design verification samples", "15 pcs",
              "22.00", "330.00"],
         ]),
         ("h", "Requirements"),
         ("li", "Samples from the production-intent 4-cavity tool, cavity-marked."),
         ("li", "FAI report, certificate of conformance, resin certificate (USP Class VI / ISO 10993 tested grade)."),
         ("li", "Delivery: week 28, DHL Express, our account 95 1144 071."),
         ("h", "For information"),
         ("p", "Annual requirement: approx. 30,000 pcs - forecast, non-binding, for your capacity planning only."),
         ("p", "Fyn Respiratory general purchasing conditions FR-GPC-2021 apply."),
     ], author="Lars Bech")])

# ---------------------------------------------------------------- p08  (A54)
case("p08_hold_until_further_notice", ["RG004"],
     "24 FAI pcs, balance 1,176 'on hold until further notice' and Karen Walsh named as the person who lifts it - but no unlock event",
     [E("PO_4500341177_scope.eml", mail(
         "Eimear Quinn <eimear.quinn@shannoncardio.ie>",
         "Luis Ortiz Rivera <lortiz@borinquenpm.com>",
         "PO 4500341177 - scope - SCD-4471 hub adapter",
         "Thu, 06 Jun 2024 14:05:00 +0100",
         """Hi Luis,

PO 4500341177 should be in your inbox from our SAP system.

Scope, so there's no confusion on either side:
- 24 pcs only: FAI pieces of the catheter hub adapter SCD-4471 Rev C.
- The balance of 1,176 pcs on your quote is on hold until further notice.
  Karen Walsh, Director of Supply Chain, is the only person who can lift
  that hold.
- Please don't buy bar or book machine time for anything beyond the 24.

The FAI should follow our SQM-04 template; I've put the latest version in the
shared folder along with the balloon drawing.

Many thanks,
Eimear
""" + sig("Eimear Quinn", "Buyer", "Shannon Cardio Devices Ltd, Limerick", "+353 61 555 210")))])

# ---------------------------------------------------------------- p09  (A55)
case("p09_quality_department_releases", ["RG005"],
     "60 sample frames, balance 5,940 not released, revised PO after sample sign-off - but release authority is only 'our Quality department'",
     [T("PO_ML-24-0419.txt", """
MERLION LABWARE PTE LTD                                   PURCHASE ORDER
10 Science Park Road #03-21 The Alpha, Singapore 117684   PO #        : ML-24-0419
GST Reg. 201612345K                                       Date        : 05-Jun-2024
                                                          Terms       : 30 days
Vendor: V-00218                                           Currency    : SGD
KULIM MEDPLAST SDN BHD                                    Ship Via    : Road, Kulim-SG
Lot 12, Kulim Hi-Tech Park, 09000 Kedah, Malaysia         Ref         : KMP-Q-24-088
-----------------------------------------------------------------------------------
 #  Item          Description                       Qty  Units   Rate       Amount
-----------------------------------------------------------------------------------
 1  ML-9612 B     96-well PCR plate frame, PC,       60  EA      4.80       288.00
                  black, samples
-----------------------------------------------------------------------------------
                                                    Subtotal            288.00
                                                    GST 9%               25.92
                                                    Total SGD           313.92
-----------------------------------------------------------------------------------
Memo:
 This PO authorises 60 sample frames only. The balance (5,940 EA per quote
 KMP-Q-24-088) is not released. It will be released by a revised PO after
 sample sign-off by our Quality department.
 Flatness report (all 60) and CoC with shipment.
-----------------------------------------------------------------------------------
Printed from NetSuite - PO-ML-0419                                Page 1 of 1
""")])
# ---------------------------------------------------------------- p10  (A56')
_p10_buyer = """Declan,

PO 4500902217 is for the 40 set-screw samples (SST-SS-0850 Rev A).
Only the 40 samples are released; do not start the rest (3,960).

Thanks,
Megan Ortiz
Buyer II, Summit Spine Technologies"""
case("p10_bar_bought_for_full_lot", ["RG004", "RG005", "RG006"],
     "supplier reply: bar for the full 4,000 already bought while only 40 are released; quoted buyer scope holds the rest but names no unlock event and no release person",
     [E("RE_PO_4500902217_bar_stock.eml", mail(
         "Declan Hynes <declan.hynes@shannonturned.ie>",
         "Megan Ortiz <mortiz@summitspine.com>",
         "RE: PO 4500902217 - set screw samples",
         "Fri, 14 Jun 2024 17:12:00 +0100",
         """Hi Megan,

Understood on the 40 - they're on the Swiss-turn now, CMM on Tuesday, and
we should ship Thursday.

FYI our purchasing already brought in the 316LVM bar (ASTM F138, Ø 8 mm) for
the full 4,000, since the mill's allocation window closed on the 14th and the
next one isn't until October. It's in our bonded stores, heat 24-3371. Mill
cert to follow with the samples.

Have a good weekend,
Declan
""" + sig("Declan Hynes", "Customer Programme Manager", "Shannon Turned Parts Ltd, Ennis, Co. Clare",
          "+353 65 555 7720") + """
From: Megan Ortiz <mortiz@summitspine.com>
Sent: 10 June 2024 15:44
Subject: PO 4500902217 - set screw samples

""" + q(_p10_buyer) + "\n",
         in_reply_to="<sst-po-4500902217@summitspine.com>"))])

# ---------------------------------------------------------------- p11  (D1)
case("p11_chat_forecast_loaded_film_booked", ["RG006", "RG008"],
     "chat: buyer labels 250k as forecast; supplier loads it as confirmed demand and books film for all 250k while only 5,000 validation trays are released",
     [T("teams_NPP_ABP_validation.txt", """
Microsoft Teams - chat export
Chat: Nordvik PP / Ahmedabad Blister Pack - NPP-BT-0412 validation
Exported: 2024-06-03 09:15 (UTC+02:00) by Sofie Lindqvist

[2024-05-21 08:30] Sofie Lindqvist (Nordvik Pharma Packaging): Hi Rakesh - PO 4500870331 went out this morning. Validation run only: 5,000 blister trays under line 10. The commercial quantity is not released; it needs our PQ sign-off and then a written release from me.
[2024-05-21 08:41] Rakesh Patel (Ahmedabad Blister Pack): Thanks Sofie, noted 5,000 validation trays. Film trial on line 2 next Thursday.
[2024-05-21 08:43] Sofie Lindqvist (Nordvik Pharma Packaging): 👍 please send the forming parameters before the trial
[2024-05-24 11:02] Sofie Lindqvist (Nordvik Pharma Packaging): Also sharing our 2025 forecast for your planning: ~250k trays, forecast only, not an order. Monthly split in the attached file.
[2024-05-24 11:02] Sofie Lindqvist (Nordvik Pharma Packaging): [File] NPP-BT-0412_forecast_2025.xlsx
[2024-05-31 16:47] Rakesh Patel (Ahmedabad Blister Pack): Thank you Sofie. We have loaded the 250k as confirmed 2025 demand in our system and booked the PVC/PCTFE film for all 250k with the mill - their allocation for H2 was closing end of May.
[2024-05-31 16:48] Rakesh Patel (Ahmedabad Blister Pack): so we are fully covered for next year 😊
[2024-06-03 09:12] Sofie Lindqvist (Nordvik Pharma Packaging): ok, let's discuss on Thursday's call
""")])

# ---------------------------------------------------------------- p12  (D2)
case("p12_program_review_approved_resin_staged", ["RG006", "RG009"],
     "supplier programme review uses 'approved' for sample sign-off, PO and production; resin for the full 50,000 staged while 50 samples are released",
     [D("Program_Review_Jun2024_Caribe.docx", [
         ("h1", "Monthly programme review - June 2024"),
         ("p", "Caribe Moldeo Médico LLC, Juncos PR - for Harbor Bioassay Inc., Boston MA"),
         ("p", "Programme: analyzer front housing HB-FH-3300 Rev B (PC, 2-cavity) - prepared by Gabriel Colón "
               "Reyes, Programme Manager - 20 June 2024"),
         ("h", "1. Status"),
         ("table", [
             ["Item", "Status", "Date"],
             ["FAI samples (50 pcs, 25 per cavity)", "Approved by Harbor engineering", "14-May-2024"],
             ["PO 7300041902 (samples)", "Approved by Harbor purchasing", "02-May-2024"],
             ["Production quantity 50,000 pcs", "Awaiting approval", "-"],
         ]),
         ("h", "2. Material"),
         ("table", [
             ["Material", "Quantity", "Covers", "Status"],
             ["PC resin, medical grade, natural (lot 24C-118)", "2,300 kg", "50,000 housings (full quantity)",
              "received, dried, staged at press 7"],
             ["Colour masterbatch light grey", "46 kg", "50,000 housings", "received"],
             ["Cartons 600 x 400 x 300", "1,000 pcs", "50,000 housings", "on order"],
         ]),
         ("p", "Comment: resin for the full programme was bought in May to secure the Q3 allocation from the "
               "distributor."),
         ("h", "3. Open actions"),
         ("li", "Harbor: production go-ahead for 50,000 pcs (owner: P. Raman)."),
         ("li", "Caribe: cavity 2 ejector-pin witness mark, cosmetic, improve before production (owner: G. Colón)."),
         ("li", "Caribe: update PFMEA rev 3 with the new drying parameters (owner: QA)."),
     ], author="Gabriel Colón Reyes")])

# ---------------------------------------------------------------- p13  (D3)
_p13_po = [
    ("h1", "PURCHASE ORDER 4500450912"),
    ("p", "Mesa Surgical Kits Inc. - 4410 E. Cotton Center Blvd, Phoenix AZ 85040, USA"),
    ("p", "Supplier: Johor Kitting Sdn Bhd, Jalan Perindustrian 7, Senai, 81400 Johor, Malaysia"),
    ("p", "Date: 05/20/2024 - Buyer: Carlos Mendoza - Terms: Net 60 - Incoterms: FCA Senai"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price", "Extended"],
        ["1", "MSK-BX-22 Rev A", "Single-use biopsy procedure kit, EO sterile - sample kits", "20 kits",
         "$64.00", "$1,280.00"],
    ]),
    ("sp",),
    ("p", "Scope: Only the 20 sample kits are released. The 4,980 production kits quoted in JK-Q-24-301 are "
          "not released. They will be released only by a written release from Carlos Mendoza, Director of "
          "Procurement, after our usability study sign-off."),
    ("p", "Material authority: sample-only. Components for the 20 sample kits only."),
    ("p", "Sterilization: EO per ISO 11135, sterility assurance documentation with the kits."),
]
case("p13_kit_components_pulled_roll_straight", ["RG006", "RG007"],
     "two files: complete sample PO (20 kits, sample-only material) + supplier email: components for all 5,000 kits on the shelf, roll straight into the build on sample sign-off",
     [P("PO_4500450912.pdf", _p13_po, pagesize=LETTER, title="PO 4500450912", author="Mesa Surgical Kits"),
      E("RE_PO_4500450912_kit_components.eml", mail(
          "Nurul Huda Azman <huda@johorkitting.com.my>",
          "Carlos Mendoza <cmendoza@mesasurgical.com>",
          "RE: PO 4500450912 - sample kits MSK-BX-22",
          "Wed, 22 May 2024 09:18:00 +0800",
          """Dear Carlos,

Thank you for the PO. The 20 sample kits will be assembled in our ISO 7
cleanroom next week and go to EO sterilization on 3 June; expected ship date
12 June with the sterility documentation.

To make sure there is no gap later, we have already pulled the components for
the full 5,000 kits from our sub-suppliers (trays, CSR wraps, biopsy needles,
labels and IFUs) - they are on the shelf in Senai. The day your team signs off
the samples we can roll straight into the build without waiting.

Best regards,
Nurul Huda Azman
Customer Programme Manager
Johor Kitting Sdn Bhd
+60 7 598 1120
""",
          in_reply_to="<msk-po-4500450912@mesasurgical.com>"))])

# ---------------------------------------------------------------- p14  (D4)
case("p14_pcn_change_sample_approval_resumes", ["RG007", "RG009"],
     "supplier change notice: approval of change samples 'taken as approval' to resume production of the 18,000 on hold - sample approval rolls into production and 'approval' means two things",
     [D("CN-0912_Claddagh_Micro_Moulding.docx", [
         ("h1", "Supplier Change Notification CN-0912"),
         ("table", [
             ["Field", "Entry"],
             ["Supplier", "Claddagh Micro Moulding Ltd, Galway Business Park, Dangan, Galway H91 P2DK, Ireland"],
             ["Customer", "Basilea Ophthalmics AG, Basel, Switzerland"],
             ["Part", "BO-IJ-0215 Rev D, IOL cartridge loading chamber, PP"],
             ["Open purchase order", "4500640377 - 18,000 pcs open, currently on hold pending this change"],
             ["Change class", "Major - material (resin grade)"],
             ["Date", "11 June 2024"],
         ]),
         ("h", "1. Description of change"),
         ("p", "Our resin supplier discontinues PP homopolymer grade PH-1120M on 30 September 2024. We propose "
               "grade PH-1150M from the same producer: same base polymer, same nucleating package, MFR 12 vs "
               "11 g/10 min. Biocompatibility (ISO 10993-5, -10) and extractables to be repeated on the new grade."),
         ("h", "2. Validation plan"),
         ("li", "Change samples: 3 lots of 32 pcs (all cavities), full dimensional report."),
         ("li", "Abbreviated OQ at nominal and worst-case settings; PQ on the first production lot."),
         ("li", "Extractables study per customer protocol BO-EXT-07, results expected week 33."),
         ("h", "3. Customer approval"),
         ("p", "Customer approval of the change samples will be taken as approval to resume production of the "
               "18,000 pcs open on PO 4500640377 with the new grade. Please return this form signed."),
         ("p", "Submitted by: Órla Nic Aoidh, Commercial Manager, and Pádraig Ó Flaithearta, Quality Manager."),
     ], author="Pádraig Ó Flaithearta")])

# ---------------------------------------------------------------- p15  (D5)
case("p15_mastercontrol_cc_approved_300_vs_200", ["RG009", "RG011"],
     "change-control export: 'approved' for the CC record, the supplier listing and the build quantity; approved build 300 (3 x 100) vs purchasing's release of 200",
     [T("MC_CC-24-0331_export.txt", """
MasterControl  |  Change Control  |  Record export (PDF/A source text)
===============================================================================
Record        : CC-24-0331            Revision : 3
Title         : Transfer of pen-injector dose-knob moulding (ADC-DK-118 Rev D)
                to Caribe Moldeo Médico LLC, Juncos PR
Initiator     : Mikkel Sørensen (Category Manager, Aarhus Diabetes Care A/S)
Status        : APPROVED  (QA e-signature H. Rasmussen, 2024-06-03 10:14 CET)
-------------------------------------------------------------------------------
Section 4 - Impact assessment
  DHF/DMR update             : yes (DMR-ADC-DK-118 rev 7)
  Regulatory                 : letter-to-file, no notification required
  Risk file                  : RMF-DK-118 updated, no new hazards
-------------------------------------------------------------------------------
Section 5 - Validation build
  Approved quantity for validation build : 300 units
  Lot plan                               : 3 lots x 100 units (PQ lots)
  Prerequisites                          : IQ-CMM-0112 and OQ-CMM-0113 complete
-------------------------------------------------------------------------------
Section 6 - Supplier
  Supplier status            : Approved (ASL entry ASL-0442, audit 2024-04-16)
  Quality agreement          : QAG-ADC-CMM-002, signed 2024-05-02
-------------------------------------------------------------------------------
Task T-07 (Purchasing) - comment 2024-06-04 09:40 M. Sørensen
  "PO 4500901188 line 10 issued. Release to Caribe: 200 units validation
   build. The commercial volume (24,000 units/yr, line 20) is not released;
   it will be released only by a written production release from me after
   the PQ report is signed off."
-------------------------------------------------------------------------------
Task T-08 (Supplier Quality) - open - due 2024-07-15
  PQ report review and sign-off.
===============================================================================
Printed 2024-06-05 08:02 CET by msorensen          Controlled copy when printed: NO
""")])
# ---------------------------------------------------------------- p16  (D6)
_p16_buyer_orig = """Hi Matthias,

PO 4500120045 covers the 30 T1 sample pcs only. The 10,000 series pcs are
not released until I send a written production release after T1 sample
sign-off.

Jenna Holt
Purchasing Manager, Prairie Dental Products"""
_p16_sup = """Dear Jenna,

the T1 samples (30 pcs, 15 per cavity) left Lüdenscheid today by UPS,
tracking 1Z 4F1 E27 04 1187 2290. Dimensional report and material
certificate are attached; cavity 2 runs 0.03 mm on the long side of
tolerance on dimension 7, all others centred.

Best regards
Matthias Krüger
Sauerland Spritzguss GmbH

Jenna Holt wrote on 27.05.2024:
""" + q(_p16_buyer_orig)
case("p16_green_lit_once_lab_happy", ["RG002", "RG007"],
     "buyer who required a written release now writes 'once our lab is happy with the fit, consider yourselves green-lit for production' - unscoped and sample approval rolls into production",
     [E("RE_T1_samples_tray_handle.eml", mail(
         "Jenna Holt <jholt@prairiedental.com>",
         "Matthias Krüger <m.krueger@sauerland-spritzguss.de>",
         "RE: T1 samples PD-TH-08 shipped",
         "Wed, 19 Jun 2024 16:30:00 -0500",
         """Hi Matthias,

Samples arrived Monday - thanks for the extra cavity-ID labels, very helpful.
Our lab techs are doing fit trials with the impression trays this week and
next, and dimension 7 on cavity 2 looks like a non-issue in the assembly.

Once our lab is happy with the fit, consider yourselves green-lit for
production. I'll be out July 1-12, so no need to wait on me.

Best,
Jenna
""" + sig("Jenna Holt", "Purchasing Manager", "Prairie Dental Products Inc., Des Moines IA", "+1 515 555 0148")
         + "\nOn Thu, Jun 13, 2024 at 10:02 AM Matthias Krüger <m.krueger@sauerland-spritzguss.de> wrote:\n"
         + q(_p16_sup) + "\n",
         in_reply_to="<ssg-t1-0613@sauerland-spritzguss.de>"))])

# ---------------------------------------------------------------- p17  (D7)
case("p17_whatsapp_deposit_green_light", ["RG002", "RG012"],
     "chat on a full-quantity PO: 'Deposit's in ... Green light from our side!' - payment used as the start signal, and the go-ahead names no quantity",
     [T("whatsapp_merlion_vtf.txt", """
WhatsApp Chat with Desai VTF (Vadodara ThermoForm)
12/06/2024, 10:14 - Kelvin Ong: Hi Mr Desai, PO ML-PO-24-1187 sent just now by email. 8,000 pcs PETG reagent trays ML-RT-0096 Rev C, full qty, no further lots on this PO. Pls send PI for the 30% deposit
12/06/2024, 10:31 - Desai VTF: Noted sir. PI-VTF-24-311 will share on mail today
12/06/2024, 10:32 - Desai VTF: Tool is ready, same as samples signed off by your QA on 5 Jun
12/06/2024, 15:05 - Desai VTF: <attached: PI-VTF-24-311.pdf>
12/06/2024, 15:20 - Kelvin Ong: Thanks. Finance will pay this week
14/06/2024, 09:47 - Kelvin Ong: Deposit's in ✅ TT ref OCBC 240614-88213
14/06/2024, 09:47 - Kelvin Ong: Green light from our side!
14/06/2024, 10:02 - Desai VTF: 👍 thank you sir, we will start
14/06/2024, 10:03 - Desai VTF: dispatch plan will share by Monday
""")])

# ---------------------------------------------------------------- p18  (D8)
case("p18_interim_deviation_proceed_no_qty", ["RG002", "RG010"],
     "portal page: 'Interim approval granted under DEV-0231 - proceed' with no quantity anywhere; rest held until FAI sign-off + written release by Rob Castellano",
     [H("SQ_portal_DEV-0231.html", "DEV-0231 interim disposition", f"""
<p style="color:#777">Summit Spine Technologies &mdash; Supplier Quality Portal &mdash; record view</p>
<h2>Deviation / interim disposition DEV-0231</h2>
{rows_html([
    ["Field", "Entry"],
    ["Supplier", "Borinquen Precision Machining Inc., Aguadilla PR"],
    ["Part", "SST-PS-5540 Rev B, pedicle screw tulip head, Ti-6Al-4V ELI"],
    ["PO", "4500712290"],
    ["Nonconformance", "Thread minor diameter 0.02 mm above upper limit on op 40 (lot L24-118)"],
    ["Root cause", "Thread mill wear; tool-life counter reset missing after tool change"],
    ["CAPA", "CAPA-0411, due 30 Aug 2024"],
    ["Status", "Interim"],
])}
<div class="note">
<p><b>Disposition:</b> Interim approval granted under DEV-0231 &mdash; proceed.</p>
<p>Conditions: 100 % go/no-go thread gauge on op 40; thread-mill tool life limited to 400 parts; CAPA-0411 closed by 30 Aug 2024.</p>
<p>The rest of PO 4500712290 stays on hold until full FAI sign-off and a written release by Rob Castellano, Supply Chain Manager.</p>
</div>
<p>Entered by: Maya Patel, Supplier Quality Engineer &middot; 17 Jun 2024 14:12 CDT</p>
""")])

# ---------------------------------------------------------------- p19  (D9)
case("p19_portal_deposit_released_resin_full", ["RG006", "RG012"],
     "supplier portal: order 'released to production (deposit received)' and resin for the full 20,000 series received while only 200 pilot are ordered",
     [H("order_status_SPP-SO-24-0877.html", "Order status SPP-SO-24-0877", f"""
<p style="color:#777">Senai Precision Plastics &mdash; customer portal &mdash; Aarhus Diabetes Care A/S &mdash; viewed 10 Jun 2024</p>
<h2>Sales order SPP-SO-24-0877</h2>
{rows_html([
    ["Field", "Value"],
    ["Customer PO", "4500919004"],
    ["Part", "ADC-CAP-220 Rev A, pen cap, medical PC, blue"],
    ["Ordered", "200 pcs (pilot)"],
    ["Quoted series", "20,000 pcs - not released"],
    ["Payment", "30 % deposit received 03-Jun-2024"],
    ["Order status", "RELEASED TO PRODUCTION (deposit received)"],
    ["Pilot moulding", "scheduled week 25, press 4"],
])}
<h3>Material</h3>
{rows_html([
    ["Material", "Quantity", "Covers", "Status"],
    ["Medical PC, USP Class VI, blue", "1,000 kg", "20,000 caps (full series)", "received and dried"],
    ["Shipper cartons", "40 pcs", "20,000 caps", "received"],
])}
<p>Questions: Rajan Pillai, Sales Manager &middot; +60 7 599 2310</p>
""")])

# ---------------------------------------------------------------- p20  (D10)
_p20_buyer = """PO 4500732245: 12 FAI pieces of the microfluidic manifold CD-MF-118 Rev A
only. The balance of 1,188 pcs is not released; it will be released only by
my written release after our FAI sign-off.

Niamh Gallagher
Senior Buyer, Corrib Diagnostics Ltd"""
case("p20_po_accepted_so_1200_released", ["RG011", "RG012"],
     "supplier ack: 'as the PO is accepted, we consider the 1,200 pcs released' against a quoted buyer scope of 12 FAI pcs",
     [E("RE_PO_4500732245_acceptance.eml", mail(
         "María Fernanda Rojas <mf.rojas@precisionmedica.cr>",
         "Niamh Gallagher <niamh.gallagher@corribdx.ie>",
         "RE: PO 4500732245 - CD-MF-118 manifold",
         "Tue, 11 Jun 2024 08:55:00 -0600",
         """Dear Niamh,

Your PO 4500732245 has been accepted in our ERP (our sales order 60-11872).
As the PO is accepted, we consider the 1,200 pcs released and have scheduled
them on the 5-axis cell for week 32; the FAI pieces will come off first.

Material certificates for the PMMA sheet will follow with the FAI.

Kind regards,
María Fernanda Rojas
Production Planner
Precisión Médica CR S.A., Heredia
+506 2562 0175

-----Original Message-----
From: Niamh Gallagher
Sent: Monday, June 10, 2024 5:12 AM
Subject: PO 4500732245 - CD-MF-118 manifold

""" + q(_p20_buyer) + "\n",
         in_reply_to="<cd-po-4500732245@corribdx.ie>"))])

# ---------------------------------------------------------------- p21  (D11)
_p21_po = pdf([
    ("h1", "Purchase Order 4500341902"),
    ("p", "Shannon Cardio Devices Ltd - Raheen Business Park, Limerick V94 X2C8, Ireland"),
    ("p", "Supplier: Bengaluru MedMachining Pvt Ltd, KIADB Aerospace SEZ, Devanahalli, Bengaluru 562149"),
    ("p", "Date: 3 June 2024 - Buyer: Ciara Nolan - Currency: EUR"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit price", "Amount"],
        ["10", "SCD-VA-2290 Rev B", "Valve adapter, 316L, machined - FAI samples", "30 pcs", "21.00", "630.00"],
    ]),
    ("sp",),
    ("p", "Scope: The 30 FAI samples on line 10 are authorized. The balance of 2,970 pcs (quote BMM-Q-24-0412) "
          "is not released; it will be released only by a written production release from Ciara Nolan after "
          "FAI sign-off."),
    ("p", "Material authority: sample-only."),
], title="PO 4500341902", author="Shannon Cardio Devices")
_p21_text = """Hi Suresh,

Quick update after today's review meeting:

- FAI report for the 30 samples: approved by our Supplier Quality (the
  re-measure on feature 14 was accepted - thanks for turning it round so
  fast).
- Your revised quote rev 3 (tool modification, EUR 2,400): approved by
  Finance, and the formal PO for the samples is attached for your records.

So from our side: approved, go ahead.

Best regards,
Ciara
""" + sig("Ciara Nolan", "Buyer", "Shannon Cardio Devices Ltd, Limerick", "+353 61 555 233")
case("p21_approved_go_ahead_mixed", ["RG002", "RG009"],
     "'approved' used for the FAI report, the quote/finance and a final unscoped 'approved, go ahead'; PO behind it is complete",
     [E("Update_PO_4500341902.eml", mail(
         "Ciara Nolan <ciara.nolan@shannoncardio.ie>",
         "Suresh Narayan <suresh.n@bmmachining.in>",
         "SCD-VA-2290 - review outcome / PO 4500341902",
         "Fri, 14 Jun 2024 17:05:00 +0100",
         _p21_text, html=t2h(_p21_text),
         attachments=[("PO_4500341902.pdf", _p21_po, PDF_MT)]))])

# ---------------------------------------------------------------- p22  (D12)
case("p22_chat_validation_build_roll_into_40k", ["RG007", "RG010"],
     "chat: 'start the validation build' with no quantity; buyer then agrees to roll into the 40k after PQ without the written release he required",
     [T("teams_FR_SSG_PQ.txt", """
Microsoft Teams - chat export
Chat: Fyn Respiratory <> Sauerland Spritzguss - FR-VH-3302 spacer valve housing
Exported: 2024-06-12 08:00 (UTC+02:00) by lars.bech@fyn-respiratory.dk

[2024-06-10 08:12] Lars Bech (Fyn Respiratory): Morning Matthias. You can start the validation build for the spacer valve housing FR-VH-3302 Rev C now - PO 4500744120 line 10. The commercial volume (40,000) stays locked until the PQ report is signed off and I send the written release.
[2024-06-10 08:20] Matthias Krüger (Sauerland Spritzguss): Super, danke! Tool is on press 12 since Friday, OQ settings loaded.
[2024-06-10 08:22] Matthias Krüger (Sauerland Spritzguss): And after PQ passes we just roll into the 40k without waiting for paper, right? saves us a week on the press plan
[2024-06-10 08:31] Lars Bech (Fyn Respiratory): yes fine, makes sense - the press slot matters more to us than the paperwork
[2024-06-10 08:32] Matthias Krüger (Sauerland Spritzguss): 👍 perfect
[2024-06-11 14:05] Matthias Krüger (Sauerland Spritzguss): validation build running, first CPK data Thursday
""")])

# ---------------------------------------------------------------- p23  (D13)
case("p23_quote_committed_forecast_advance_payment", ["RG008", "RG012"],
     "supplier quote prices on a 'committed annual order' that is the buyer's forecast, and starts production on receipt of the advance payment",
     [P("Quotation_CLT-Q-24-0561.pdf", [
         ("h1", "QUOTATION CLT-Q-24-0561"),
         ("p", "Chennai LabelTech Pvt Ltd - No. 14, SIDCO Industrial Estate, Ambattur, Chennai 600098, India - "
               "GSTIN 33AABCC1234F1Z5"),
         ("p", "To: Tanjong Medical Pte Ltd, 3 Tuas South Street 15, Singapore 636844 - Attn: Ms Goh Li Ting"),
         ("p", "Date: 12 April 2024 - Validity: 60 days - Ref: your enquiry TM-ENQ-0331"),
         ("p", "Item: Primary pack label TM-LBL-0440, 50 x 30 mm, white PE, permanent acrylic adhesive, "
               "thermal-transfer overprint area, ISO 15223-1 symbols, 2,000 labels per roll"),
         ("table", [
             ["Quantity", "Price per 1,000 labels (USD)", "Lead time"],
             ["5,000 (validation)", "38.00", "10 working days"],
             ["250,000 per year", "14.20", "3 weeks per release"],
         ]),
         ("sp",),
         ("p", "Pricing basis: pricing is based on your committed annual order of 250,000 labels (per your "
               "forecast dated 3 March 2024)."),
         ("p", "Production start: upon receipt of 30% advance payment. Balance payment 30 days from dispatch."),
         ("p", "Cylinder / plate charges: USD 420 one-time. Freight: CIF Singapore by sea, or air at actuals."),
         ("p", "For Chennai LabelTech Pvt Ltd: S. Venkatesh, Business Development Manager, +91 44 2625 1180"),
     ], title="CLT-Q-24-0561", author="Chennai LabelTech")])
# ---------------------------------------------------------------- p24  (A02)
case("p24_mrp_printout_lsr_staged_full", ["RG006"],
     "supplier material status printout: LSR kits for the full 50,000 series received and staged while 500 pilot pcs are released",
     [T("KMP_material_status_SO-24-1042.txt", """
KULIM MEDPLAST SDN BHD                        MATERIAL STATUS - CUSTOMER COPY
Lot 12, Kulim Hi-Tech Park, 09000 Kedah       Run date : 13/06/2024 06:00
                                              Report   : MM-STAT-07  (Epicor)
--------------------------------------------------------------------------------------
Sales order  : SO-24-1042              Customer   : STRAITS DIAGNOSTICS PTE LTD
Customer PO  : SD-PO-24-00688          Item       : SD-VS-0210 Rev B
Description  : DUCKBILL VALVE SEAL, LSR 50 SHORE A, 16-CAV
Released qty (customer PO)   :        500 PC   (pilot)
Quoted series                :     50,000 PC   (not released)
--------------------------------------------------------------------------------------
MATERIAL      DESCRIPTION                    REQ'D FOR     QTY      UOM  STATUS
--------------------------------------------------------------------------------------
LSR-50A-AB    LSR 2-comp kit A+B 20kg/20kg   50,000 PC     2        KIT  RECEIVED - STAGED PRESS 3
PIG-WHT-05    Colour paste white             50,000 PC     1.5      KG   RECEIVED
BAG-PE-0412   PE bag 200 x 300, 500/bag      50,000 PC     100      PC   RECEIVED
CTN-S-0088    Shipper carton                 50,000 PC     25       PC   ON ORDER (ETA 21/06)
--------------------------------------------------------------------------------------
Remarks: material for full series staged to secure LSR allocation (supplier
         allocation Q3 tight). Pilot moulding wk 25, post-cure 4 h / 200 C.
Planner: Azlan Ismail  ext. 2214
--------------------------------------------------------------------------------------
""")])

# ---------------------------------------------------------------- p25  (A05)
case("p25_label_printer_face_stock_full_run", ["RG006"],
     "label printer's order confirmation: face stock and laminate for the full 200,000 annual run reserved and slit while 2,000 sample labels are ordered",
     [P("Auftragsbestaetigung_AB-24-33871.pdf", [
         ("h1", "Auftragsbestätigung / Order confirmation AB-24-33871"),
         ("p", "Etikettenwerk Schwaben GmbH - Industriestraße 18, 89079 Ulm, Deutschland"),
         ("p", "Kunde / Customer: Nordvik Pharma Packaging A/S, Kalundborg, Denmark - Ihre Bestellung / your PO "
               "4500870990 vom 03.06.2024"),
         ("table", [
             ["Pos.", "Artikel / Item", "Menge / Qty", "Preis / Price", "Termin / Date"],
             ["1", "NPP carton label 70 x 35 mm, PP white, permanent adhesive, varnish - samples", "2,000",
              "EUR 64,00 / 1,000", "KW 25"],
             ["2", "Plate charge (one-time)", "1", "EUR 180,00", "-"],
         ]),
         ("sp",),
         ("p", "We note that the annual run of 200,000 labels is not released yet. To secure the face stock "
               "(the mill allocation ends 30 June), we have already reserved and slit the face stock and adhesive "
               "laminate for the full 200,000 labels; the slit reels are stored for you in our Ulm warehouse."),
         ("p", "Lieferung / delivery: DAP Kalundborg. Zahlung / payment: 30 Tage netto."),
         ("p", "Sachbearbeiterin / contact: Katrin Weber, +49 731 14 09-31"),
     ], title="AB-24-33871", author="Etikettenwerk Schwaben")])

# ---------------------------------------------------------------- p26  (A08)
_p26_fwd = mail(
    "Aisling Murray <aisling.murray@boynemedical.ie>",
    "Brian Kearney <brian.kearney@boynemedical.ie>",
    "PEEK rod - Keystone cages - PO placed",
    "Mon, 10 Jun 2024 16:20:00 +0100",
    """Brian,

PO BMM-P-7712 placed with our distributor today for 620 m of PEEK rod,
implant grade, Ø 14 mm, lot-controlled - covers the 3,200 cages per BOM
rev C (0.19 m per cage incl. parting). Delivery week 38.

Aisling
Purchasing, Boyne Medical Machining
""",
    msgid="<bmm-p-7712@boynemedical.ie>")
case("p26_forwarded_rod_order_full_cages", ["RG006"],
     "supplier forwards (rfc822) its internal rod order covering all 3,200 cages although it states only the 40 FAI cages are released",
     [E("FW_PEEK_rod_order_Keystone.eml", mail(
         "Brian Kearney <brian.kearney@boynemedical.ie>",
         "Greg Santos <gsantos@keystonespine.com>",
         "FW: PEEK rod - Keystone cages - PO placed",
         "Tue, 11 Jun 2024 09:05:00 +0100",
         """Hi Greg,

Forwarding the note below from our purchasing so you have visibility: they've
placed the PEEK rod order for the full 3,200 cages. I know your PO 4500118833
covers the 40 FAI cages only and the 3,160 balance isn't released yet - but
the rod lead time is 16 weeks and we didn't want to lose the slot.

Let me know if that's an issue.

The 40 FAI cages are on track for the 28th.

Brian
""" + sig("Brian Kearney", "Programme Manager", "Boyne Medical Machining Ltd, Drogheda", "+353 41 555 0190"),
         attachments=[("rfc822", _p26_fwd)]))])

# ---------------------------------------------------------------- p27  (A09)
_p27_buyer = """PO 4500288140 covers 80 pre-series housings only. The series quantity of
8,000 pcs (your quote AMP-24-118) is not released; it will be released only
by a written release from me after PPAP sign-off.

Hanne Rasmussen
Category Manager, Aarhus Diabetes Care A/S"""
case("p27_ack_series_scheduled_automatically", ["RG007"],
     "supplier ack: 'upon your sample approval the series quantity of 8,000 will be scheduled automatically' despite the quoted buyer's written-release requirement",
     [E("AW_Bestellung_4500288140.eml", mail(
         "Jürgen Haas <j.haas@allgaeu-medplast.de>",
         "Hanne Rasmussen <hra@aarhus-diabetes.dk>",
         "AW: Bestellung 4500288140 - pen body housing ADC-PB-200",
         "Fri, 31 May 2024 11:22:00 +0200",
         """Dear Ms Rasmussen,

thank you for your order 4500288140. We confirm 80 pre-series pen body
housings ADC-PB-200 Rev B, delivery CW 29, with initial sample inspection
report (ISIR, VDA Volume 2) and material certificate.

Upon your sample approval, the series quantity of 8,000 pcs will be scheduled
automatically in our planning, so that there is no delay for your launch.

Mit freundlichen Grüßen / Best regards
Jürgen Haas
Key Account Manager Medical
Allgäu Medical Plastics GmbH, Kempten
+49 831 5900 412

-----Ursprüngliche Nachricht-----
Von: Hanne Rasmussen <hra@aarhus-diabetes.dk>
Gesendet: Dienstag, 28. Mai 2024 13:40
Betreff: Bestellung 4500288140 - pen body housing ADC-PB-200

""" + q(_p27_buyer) + "\n",
         in_reply_to="<adc-po-4500288140@aarhus-diabetes.dk>"))])

# ---------------------------------------------------------------- p28  (A10)
case("p28_buyer_waives_own_written_release", ["RG007"],
     "two files: complete PO (25 FAI, 1,175 held for written release by Reto Zimmermann) + Reto's email: if the FAI looks clean, don't wait for paperwork, keep running the 1,175",
     [D("PO_4500191204_JHS.docx", [
         ("h1", "Purchase order 4500191204"),
         ("p", "Jura Hearing Systems AG - Rue du Faucon 21, 2502 Biel/Bienne, Switzerland"),
         ("p", "Supplier: Coyol Precision Components S.R.L., Coyol Free Zone, Alajuela, Costa Rica"),
         ("p", "Date: 24 May 2024 - Buyer: Reto Zimmermann - Currency: CHF - Incoterms: FCA Alajuela"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit price", "Amount"],
             ["1", "JHS-3310 Rev D", "Electrode lead connector pin, Pt-Ir 90/10 - FAI", "25 pcs", "96.00",
              "2,400.00"],
         ]),
         ("h", "Scope note"),
         ("p", "Active quantity: 25 FAI pcs. The balance of 1,175 pcs (quote CPC-Q-24-201) is not released. "
               "It will be released only by a written production release from Reto Zimmermann, Category "
               "Manager, after FAI sign-off."),
         ("p", "Material authority: sample-only."),
         ("p", "FAI: all characteristics of drawing JHS-3310 Rev D, CMM and optical measurement, surface "
               "cleanliness per ISO 19227."),
     ], author="Reto Zimmermann"),
      E("RE_FAI_timing_JHS-3310.eml", mail(
          "Reto Zimmermann <reto.zimmermann@jura-hearing.ch>",
          "Andrés Solano <asolano@coyolprecision.cr>",
          "RE: FAI timing JHS-3310 / CMM backlog",
          "Thu, 13 Jun 2024 18:02:00 +0200",
          """Hi Andrés,

Thanks for the heads-up on the CMM backlog, and for being upfront about it.

Honestly - if the FAI report looks clean, don't wait for paperwork from me,
just keep the line running for the remaining 1,175. We need the parts more
than we need the formalities this quarter.

I'm in Singapore 24-28 June with patchy email, so don't let that slow you
down either.

Best regards
Reto
""" + sig("Reto Zimmermann", "Category Manager", "Jura Hearing Systems AG, Biel/Bienne", "+41 32 555 71 40"),
          in_reply_to="<cpc-cmm-0612@coyolprecision.cr>"))])

# ---------------------------------------------------------------- p29  (A11)
case("p29_pq_cover_commercial_lots_follow", ["RG007"],
     "supplier PQ protocol cover: after QA sign-off of the PQ report the remaining order quantity will be manufactured as commercial lots without further customer notice",
     [P("PQ-IVP-0417_cover.pdf", [
         ("h1", "Performance Qualification Protocol PQ-IVP-0417"),
         ("p", "Isla Validated Packaging LLC - Carr. 941 Km 1.4, Gurabo PR 00778"),
         ("table", [
             ["Field", "Entry"],
             ["Product", "Thermoformed PETG blister tray BP-BT-0210 Rev C (Brandywine Pharma Inc.)"],
             ["Equipment", "Thermoformer line 5 (IQ-IVP-0401, OQ-IVP-0402 complete)"],
             ["Customer PO", "4501228830 line 10"],
             ["PQ lots", "3 lots x 1,500 trays (4,500 trays)"],
             ["Protocol version", "1.0 - 29 May 2024"],
         ]),
         ("h", "1. Objective"),
         ("p", "Demonstrate that line 5, operated at the nominal parameters established in OQ, consistently "
               "produces trays meeting specification BP-SPEC-0210 rev 4 over three consecutive lots."),
         ("h", "2. Acceptance criteria (summary)"),
         ("p", "- Wall thickness at 9 points: min 0.18 mm, Cpk >= 1.33 per lot."),
         ("p", "- Pocket depth and pitch per BP-SPEC-0210, sampling ISO 2859-1 level II, AQL 0.65."),
         ("p", "- Cosmetic defects per BP-VIS-02, 100 % camera inspection."),
         ("h", "3. Post-PQ"),
         ("p", "Following QA sign-off of the PQ summary report, the remaining quantity of the order will be "
               "manufactured as commercial lots without further customer notice."),
         ("h", "4. Signatures"),
         ("table", [
             ["Role", "Name", "Signature / date"],
             ["Prepared - Validation Engineer (IVP)", "Carmen Ruiz Santiago", "signed 29-May-2024"],
             ["Reviewed - QA Manager (IVP)", "José Matos", "signed 30-May-2024"],
         ]),
     ], pagesize=LETTER, title="PQ-IVP-0417", author="Isla Validated Packaging")])

# ---------------------------------------------------------------- p30  (A14)
case("p30_quality_agreement_fai_continues", ["RG007"],
     "two files: complete PO (20 FAI, 1,980 held for written release by Gráinne Daly) + quality-agreement clause: on FAI approval the supplier continues with the remaining quantity without further notice",
     [T("PO_4500416020.txt", """
MIDLANDS VASCULAR LTD                                    PURCHASE ORDER
IDA Business Park, Garrycastle, Athlone N37 K2Y6         PO number : 4500416020
VAT IE 9876543T                                          PO date   : 21.05.2024
                                                         Currency  : EUR
Vendor 300921                                            Buyer     : G. DALY
TUTTLINGER FEINWERK GMBH
Gänsäcker 14, 78532 Tuttlingen, Germany
-------------------------------------------------------------------------------------
Item  Material        Description                        Qty  Un   Price      Value
-------------------------------------------------------------------------------------
00010 MV-DL-1180 A    Dilator tip, 17-4PH, machined,      20  PC   28,00     560,00
                      FAI samples
                      Delivery date: 08.07.2024
-------------------------------------------------------------------------------------
                                                  Total net EUR            560,00
-------------------------------------------------------------------------------------
Header text:
  Active quantity: 20 FAI pcs (item 00010).
  The balance of 1,980 pcs (your quote TF-A-24-0877) is not released. It will
  be released only by a written production release from Gráinne Daly,
  Purchasing Manager, after FAI sign-off.
  Material authority: sample-only.
  Quality requirements per quality agreement QA-MV-TF-003.
-------------------------------------------------------------------------------------
"""),
      P("Quality_Agreement_QA-MV-TF-003_extract.pdf", [
          ("h1", "Quality Agreement QA-MV-TF-003 (extract)"),
          ("p", "Between Midlands Vascular Ltd, Athlone, Ireland (\"Customer\") and Tuttlinger Feinwerk GmbH, "
                "Tuttlingen, Germany (\"Supplier\"). Version 2, effective 1 March 2024."),
          ("h", "6. Documentation"),
          ("p", "6.1 The Supplier maintains a device history record (DHR) for each lot, including material "
                "certificates, inspection records and deviations, for at least 15 years."),
          ("p", "6.2 Deviations from drawing or specification require a deviation permit signed by the Customer "
                "before shipment."),
          ("h", "7. First Article and production start"),
          ("p", "7.1 The Supplier submits a First Article Inspection (FAI) report covering all characteristics "
                "of the drawing for every new part number and every drawing revision."),
          ("p", "7.2 The Customer reviews the FAI report within 10 working days."),
          ("p", "7.3 Upon approval of the First Article Inspection by the Customer, the Supplier shall continue "
                "with production of the remaining order quantity without further notice."),
          ("h", "8. Change control"),
          ("p", "8.1 The Supplier notifies the Customer of any change to material, process, site or "
                "sub-supplier at least 90 days before implementation."),
          ("p", "Signed: Dr. Ruth Cleary, Head of Quality, Midlands Vascular Ltd - Sandra Bühler, Leiterin "
                "Qualität, Tuttlinger Feinwerk GmbH - 28 February 2024"),
      ], title="QA-MV-TF-003 extract", author="Midlands Vascular")])
# ---------------------------------------------------------------- p31  (A17)
_p31_po = pdf([
    ("h1", "PURCHASE ORDER 4500203377"),
    ("p", "Harbor Bioassay Inc. - 400 Summer Street, Boston MA 02210, USA"),
    ("p", "Vendor: Lumina Precision Moulding Sdn Bhd, Bayan Lepas FIZ Phase 4, 11900 Penang, Malaysia"),
    ("p", "PO date: 06/03/2024 - Buyer: Priya Raman, Sourcing Manager - Terms: Net 45"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price", "Extended"],
        ["10", "HB-CF-5120 Rev B", "Reagent cartridge frame, PC/ABS - pilot units", "25 EA", "$6.40", "$160.00"],
    ]),
    ("sp",),
    ("p", "Scope: Only the 25 pilot units on line 10 are released. The balance of 2,475 pcs (quote "
          "Q-PG-24-0502) is not released. It will be released only by a written production release from "
          "Priya Raman after pilot sign-off."),
    ("p", "Material authority: sample-only."),
], pagesize=LETTER, title="PO 4500203377", author="Harbor Bioassay")
case("p31_email_30_vs_po_25", ["RG011"],
     "cover email asks to build 30 pilot units; the attached PO (otherwise complete) releases 25",
     [E("PO_4500203377_pilot_units.eml", mail(
         "Priya Raman <praman@harborbioassay.com>",
         "Lim Chee Keong <ck.lim@lumina-pm.com.my>",
         "PO 4500203377 - HB-CF-5120 pilot units",
         "Mon, 03 Jun 2024 18:40:00 -0400",
         """Hi Chee Keong,

PO attached - please build the 30 pilot units of the reagent cartridge frame
so we have them for the July assay runs. CoC and the cavity-wise dimensional
report with the shipment, please.

Also, could you send the updated mould-flow report for the rib change when
you have it? Our R&D wants it for the design history file.

Thanks!
Priya
""" + sig("Priya Raman", "Sourcing Manager", "Harbor Bioassay Inc., Boston MA", "+1 617 555 0142"),
         attachments=[("PO_4500203377.pdf", _p31_po, PDF_MT)]))])

# ---------------------------------------------------------------- p32  (A18)
case("p32_release_letter_words_vs_table", ["RG011"],
     "release letter text releases 'two thousand (2,000)' blister cards; its table shows 2.500 released and 7.500 remaining",
     [D("Release_R-03_PO4500871144.docx", [
         ("h1", "Production release R-03"),
         ("p", "Nordvik Pharma Packaging A/S - Industrivej 40, 4400 Kalundborg, Denmark"),
         ("p", "To: Rheinland Blister GmbH, Hafenstraße 22, 41460 Neuss, Germany"),
         ("p", "Date: 17.06.2024 - PO 4500871144 - Item NPP-BC-0218 blister card, PVC/Alu, 14 cavities"),
         ("p", "Following the PQ sign-off of 14 June 2024, we release two thousand (2,000) blister cards under "
               "PO 4500871144 for production, delivery CW 28."),
         ("table", [
             ["", "Menge / quantity"],
             ["PO-Menge / PO quantity", "10.000"],
             ["Freigegeben mit R-03 / released with R-03", "2.500"],
             ["Restmenge, nicht freigegeben / remaining, not released", "7.500"],
         ]),
         ("p", "The remaining quantity stays on hold. It will be released only by a further written release "
               "from Sofie Lindqvist, Supply Planner."),
         ("p", "Material: foil and lidding for the quantity released with R-03 only."),
         ("p", "Med venlig hilsen / Kind regards - Sofie Lindqvist, Nordvik Pharma Packaging A/S, +45 59 55 12 40"),
     ], author="Sofie Lindqvist")])

# ---------------------------------------------------------------- p33  (A19)
_p33_ack = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT OA/24/1190"),
    ("p", "Pune Precision Engineering Pvt Ltd - Chakan MIDC Phase II, Pune 410501, Maharashtra, India"),
    ("p", "Customer: Basilea Ophthalmics AG, Basel - Your PO: 4500640877 dated 04.06.2024"),
    ("table", [
        ["Sr.", "Description", "Qty", "Rate (CHF)", "Delivery"],
        ["1", "IOL cartridge nozzle insert BO-NI-0061 Rev C, SS 316L - FAI samples", "60 nos.", "14.50",
         "Week 29"],
    ]),
    ("sp",),
    ("p", "We acknowledge your PO 4500640877 for 60 nos. FAI samples as above. Balance quantity not released - "
          "noted. Material for the FAI samples only."),
    ("p", "For Pune Precision Engineering Pvt Ltd - Amit Kulkarni, Head - Customer Service"),
], title="OA/24/1190", author="Pune Precision Engineering")
case("p33_sap_po_50_vs_ack_60", ["RG011"],
     "two files: SAP PO releases 50 FAI pcs (complete scope); supplier's order acknowledgement PDF confirms 60 FAI samples",
     [T("PO_4500640877.txt", """
Basilea Ophthalmics AG                                          Bestellung / Purchase order
Hochbergerstrasse 60, 4057 Basel, Schweiz                       Nr.      4500640877
                                                                Datum    04.06.2024
Lieferant 1009140                                               Einkäufer B. FREY
Pune Precision Engineering Pvt Ltd
Chakan MIDC Phase II, Pune 410501, India
--------------------------------------------------------------------------------------
Pos  Material     Kurztext / Description                 Menge  ME   Preis/ME    Wert CHF
--------------------------------------------------------------------------------------
00010 BO-NI-0061  IOL cartridge nozzle insert, 316L,        50  ST      14,50      725,00
                  FAI samples, Rev C
                  Liefertermin: KW 29/2024
--------------------------------------------------------------------------------------
                                                           Gesamtwert CHF      725,00
--------------------------------------------------------------------------------------
Kopftext / Header text:
  Active quantity: 50 FAI pcs (item 00010).
  The balance of 4,950 pcs (your quote PPE-Q-24-0655) is not released. It will be
  released only by a written production release from Beatrice Frey, Head of
  Strategic Sourcing, after FAI sign-off.
  Material authority: sample-only.
--------------------------------------------------------------------------------------
"""),
      E("Order_Acknowledgement_PPE_OA-24-1190.eml", mail(
          "Amit Kulkarni <amit.kulkarni@pune-precision.in>",
          "Beatrice Frey <beatrice.frey@basilea-ophthalmics.ch>",
          "Order acknowledgement OA/24/1190 - your PO 4500640877",
          "Thu, 06 Jun 2024 12:10:00 +0530",
          """Dear Ms. Frey,

Greetings from Pune. Please find attached our order acknowledgement
OA/24/1190 against your PO 4500640877.

Kindly check and revert in case of any discrepancy.

Thanks & regards,
Amit Kulkarni
Head - Customer Service
Pune Precision Engineering Pvt Ltd
+91 20 2745 1190
""",
          attachments=[("PPE_OA_24-1190.pdf", _p33_ack, PDF_MT)]))])

# ---------------------------------------------------------------- p34  (A20)
case("p34_calloff_header_vs_line", ["RG011"],
     "HTML call-off: header says 3,000 pcs (remaining 15,000 consistent with it) but the line table says 3,600",
     [H("calloff_ML-CO-24-044.html", "Call-off ML-CO-24-044", f"""
<h2>Merlion LabWare Pte Ltd &mdash; Call-off ML-CO-24-044</h2>
<p>To: Lumina Precision Moulding Sdn Bhd, Penang &nbsp;|&nbsp; Scheduling agreement 5500002260 (24,000 pcs)
&nbsp;|&nbsp; Date: 18 June 2024</p>
<p><b>Call-off quantity: 3,000 pcs</b> &mdash; delivery week 31</p>
{rows_html([
    ["Line", "Item", "Description", "Qty", "Delivery"],
    ["1", "ML-RS-0384 Rev B", "Reservoir strip, 8-well, PP", "3,600", "week 31"],
])}
{rows_html([
    ["Agreement status", "Quantity"],
    ["Delivered (call-offs 1-2)", "6,000"],
    ["This call-off", "3,000"],
    ["Remaining after this call-off - not released", "15,000"],
])}
<div class="note">The remaining 15,000 pcs are not released. They will be released only by a further call-off issued in
writing by Kelvin Ong, Procurement Manager. Material: resin for this call-off only.</div>
<p>Kelvin Ong &middot; Procurement Manager &middot; +65 6872 1150</p>
""")])

# ---------------------------------------------------------------- p35  (A21)
case("p35_chat_twelve_vs_po_sixteen", ["RG011"],
     "two files: PO releases 16 DV units (complete scope); buyer's chat tells the supplier to go with twelve (12) DV units, never reconciled",
     [T("teams_northstar_caribe.txt", """
Microsoft Teams - chat export
Chat: Northstar Neuromodulation / Caribe Moldeo Médico - NS-CH-220 charger coil housing
Exported: 2024-06-14 11:20 (UTC-05:00) by jmorrison@northstar-neuro.com

[2024-06-11 09:03] Jake Morrison (Northstar): Hey Gabriel - go with twelve (12) DV units on the charger coil housing.
[2024-06-11 09:10] Gabriel Colón Reyes (Caribe Moldeo): ok 👍 tool trial Thursday, we mould Friday
[2024-06-11 09:11] Gabriel Colón Reyes (Caribe Moldeo): same colour as the proto (Pantone 432 C)?
[2024-06-11 09:15] Jake Morrison (Northstar): yes, same. and laser-mark the cavity number please
[2024-06-13 16:40] Gabriel Colón Reyes (Caribe Moldeo): trial ok, warpage 0.12 on the long edge, inside spec
[2024-06-14 11:18] Jake Morrison (Northstar): great, thanks
"""),
      P("PO_4500665102.pdf", [
          ("h1", "PURCHASE ORDER 4500665102"),
          ("p", "Northstar Neuromodulation Inc. - 7700 France Ave S, Minneapolis MN 55435, USA"),
          ("p", "Vendor: Caribe Moldeo Médico LLC, Juncos PR 00777 - PO date 06/07/2024 - Buyer: Jake Morrison"),
          ("table", [
              ["Line", "Item", "Description", "Qty", "Unit price", "Extended"],
              ["1", "NS-CH-220 Rev B", "Charger coil housing, PC-ISO - DV units", "16 EA", "$42.00", "$672.00"],
          ]),
          ("sp",),
          ("p", "Only the 16 DV units are released. The production quantity of 8,000 pcs is not released until "
                "a written production release from Jake Morrison, Sr. Buyer, after DV sign-off."),
          ("p", "Material authority: sample-only."),
      ], pagesize=LETTER, title="PO 4500665102", author="Northstar Neuromodulation")])

# ---------------------------------------------------------------- p36  (A22/A36)
_p36_text = """Dear Suresh,

Good news on the valve housing: QA released lot 24-118 (the 50 FAI pieces)
yesterday, and PO 4500417733 has been released in SAP after the budget
sign-off.

We therefore release 4,800 pcs for production, in two shipments:
  - 2,400 pcs, week 33
  - 2,400 pcs, week 37

The remaining 3,150 pcs are not released; they will be released by a further
written release from me after the process validation report is signed off.

Material: bar for the 4,800 released pcs only.

Best regards,
Gráinne Daly
Purchasing Manager
Midlands Vascular Ltd, Athlone
+353 90 645 2210
"""
case("p36_release_subject_vs_body_release_mixed", ["RG009", "RG011"],
     "subject says 'production release 4,000 pcs', body releases 4,800; 'released' also used for QA lot release and the SAP PO release",
     [E("Production_release_PO4500417733.eml", mail(
         "Gráinne Daly <grainne.daly@midlandsvascular.ie>",
         "Suresh Narayan <suresh.n@bmmachining.in>",
         "Production release 4,000 pcs - PO 4500417733 - MV-VH-220",
         "Tue, 18 Jun 2024 10:25:00 +0100",
         _p36_text, html=t2h(_p36_text)))])

# ---------------------------------------------------------------- p37  (A25)
case("p37_deposit_wired_so_start", ["RG012"],
     "full-quantity order: buyer treats the wired 40% deposit as the start signal ('so you can start')",
     [E("RE_PI-HPM-2291.eml", mail(
         "Dana Whitfield <dwhitfield@cascadelab.com>",
         "Venkatesh Raman <venkat@hosurprecision.in>",
         "RE: PI-HPM-2291 - pipette head housings",
         "Thu, 13 Jun 2024 17:45:00 -0700",
         """Hi Venkat,

We've wired the 40% deposit on PI-HPM-2291 for the 12,000 pipette-head
housings today (Wells Fargo ref WF-0613-44719), so you can start.

For the record: PO 3100090114 covers the full 12,000 pcs, no further lots.
Deliveries per the PO: 4 x 3,000 monthly from September.

Cheers,
Dana
""" + sig("Dana Whitfield", "Supply Chain Manager", "Cascade Lab Automation Inc., Portland OR", "+1 503 555 0177"),
         in_reply_to="<hpm-pi-2291@hosurprecision.in>"))])

# ---------------------------------------------------------------- p38  (A31)
_p38_html = html_page("Rolling forecast 2025 - Helvetic Pharma Packaging", rows_html([
    ["SKU", "Description", "Q1", "Q2", "Q3", "Q4", "2025 total"],
    ["HPP-BC-1010", "Blister card 10-cavity, PVC/PVdC", "120,000", "120,000", "130,000", "130,000", "500,000"],
    ["HPP-BC-1414", "Blister card 14-cavity, PVC/PVdC", "90,000", "90,000", "100,000", "120,000", "400,000"],
    ["HPP-BC-2828", "Blister card 28-cavity, PVC/PVdC", "70,000", "70,000", "80,000", "80,000", "300,000"],
    ["", "Total", "280,000", "280,000", "310,000", "330,000", "1,200,000"],
]) + "\n<p>Rolling forecast 2025, version 2024-06, prepared by Helvetic Pharma Packaging SA Supply Planning.</p>")
case("p38_forecast_is_our_firm_commitment", ["RG008"],
     "buyer sends the 2025 rolling forecast (1.2 million cards) and writes 'please consider this our firm commitment'",
     [E("Rolling_forecast_2025_Helvetic.eml", mail(
         "Lukas Roth <lukas.roth@helvetic-pp.ch>",
         "Hitesh Shah <hitesh.shah@vtf-pack.in>",
         "Rolling forecast 2025 - blister cards",
         "Mon, 24 Jun 2024 09:10:00 +0200",
         """Dear Mr. Shah,

Attached is our rolling forecast for 2025: 1.2 million blister cards across
the three SKUs.

Please consider this our firm commitment for 2025 and reserve the capacity
on line 2 accordingly. Individual call-offs will follow monthly, as today.

We are also interested in your proposal for the 28-cavity format change
parts; could you quote them by mid-July?

Kind regards
Lukas Roth
Senior Buyer, Packaging Materials
Helvetic Pharma Packaging SA, Basel
""",
         attachments=[("forecast_2025_HPP.html", _p38_html, "text/html")]))])

# ---------------------------------------------------------------- p39  (A32)
_p39_buyer = """Hi Rajan,

For your capacity planning, our H2 forecast for the reagent trays SD-RT-0450:
about 40,000 pcs Jul-Dec (roughly 6,500 per month). This is a forecast only,
not an order.

Wei Ling"""
case("p39_supplier_books_forecast_as_sales_order", ["RG008"],
     "supplier enters the buyer's labelled H2 forecast (40,000 trays) as a firm sales order",
     [E("RE_H2_forecast_SD-RT-0450.eml", mail(
         "Rajan Pillai <rajan.pillai@senai-pp.com.my>",
         "Tan Wei Ling <weiling.tan@straitsdx.sg>",
         "RE: H2 forecast - reagent trays SD-RT-0450",
         "Wed, 05 Jun 2024 15:30:00 +0800",
         """Dear Wei Ling,

Thank you for sharing the H2 forecast (40,000 trays, Jul-Dec). We have
entered it as firm sales order SO-SPP-24-0912 in our system and will plan
press time on the 350 t machine accordingly.

Please let us have your PO number for our records.

Best regards,
Rajan Pillai
Sales Manager
Senai Precision Plastics Sdn Bhd
+60 7 599 2310

On 4 Jun 2024, at 10:02, Tan Wei Ling <weiling.tan@straitsdx.sg> wrote:
""" + q(_p39_buyer) + "\n",
         in_reply_to="<sd-fcst-h2@straitsdx.sg>"))])

# ---------------------------------------------------------------- p40  (A33)
case("p40_blanket_forecast_firm", ["RG008"],
     "blanket PO states its 48,000 pcs as '2025 forecast, firm'; otherwise releases nothing and names call-offs by Stefan Amrein",
     [P("Blanket_Order_5500013001.pdf", [
         ("h1", "Blanket purchase order 5500013001"),
         ("p", "Alpenmed Orthopaedics AG - Baarerstrasse 112, 6300 Zug, Switzerland"),
         ("p", "Supplier: Borinquen Precision Machining Inc., Aguadilla PR 00603, USA"),
         ("p", "Date: 20 June 2024 - Validity: 01.01.2025 - 31.12.2025 - Currency: USD"),
         ("table", [
             ["Item", "Part", "Description", "Quantity", "Unit price"],
             ["10", "AM-3301 Rev B", "Cannulated screw 4.0 mm, Ti-6Al-4V ELI", "48,000 pcs - 2025 forecast, firm",
              "$9.85"],
         ]),
         ("sp",),
         ("p", "No production is authorised by this blanket order itself. Quantities are released only by "
               "call-offs issued in writing by Stefan Amrein, Head of Supply Chain; each call-off states its "
               "quantity and delivery week."),
         ("p", "Quality: ISO 13485, quality agreement QAG-AM-BPM-004, FAI required for every drawing revision."),
         ("p", "Alpenmed Orthopaedics AG - Stefan Amrein - +41 41 710 22 80"),
     ], title="Blanket order 5500013001", author="Alpenmed Orthopaedics")])
# ---------------------------------------------------------------- p41  (A37)
case("p41_release_note_samples_released_dv", ["RG009"],
     "release note uses 'released' for samples passing design verification and for the production release of 2,000",
     [P("Release_Note_BO-RN-2024-07.pdf", [
         ("h1", "Release note BO-RN-2024-07"),
         ("p", "Basilea Ophthalmics AG - Hochbergerstrasse 60, 4057 Basel, Switzerland"),
         ("p", "To: Claddagh Micro Moulding Ltd, Galway, Ireland - Date: 19 June 2024"),
         ("p", "PO 4500641150 - Part BO-IJ-118 Rev E, injector barrel, PP - line 10: 24 DV samples; "
               "line 20: 8,000 units"),
         ("table", [
             ["No.", "Subject", "Status"],
             ["1", "Samples (line 10, 24 pcs)", "Samples released - design verification passed (report DVR-0417)"],
             ["2", "Production release (line 20)", "2,000 units released, delivery week 30"],
             ["3", "Remaining line 20 quantity", "6,000 units not released"],
         ]),
         ("sp",),
         ("p", "The remaining 6,000 units of line 20 will be released only by a further written release from "
               "Beatrice Frey, Head of Strategic Sourcing, after the process validation (PQ) report is signed off."),
         ("p", "Material: resin for the 2,000 units released only."),
         ("p", "Beatrice Frey - Head of Strategic Sourcing - +41 61 555 48 20"),
     ], title="BO-RN-2024-07", author="Basilea Ophthalmics")])

# ---------------------------------------------------------------- p42  (A39)
case("p42_go_ahead_first_articles_no_qty", ["RG010"],
     "buyer authorizes first-article pieces for the FAI without ever stating how many; production 6,000 held for written release by Siobhán Kavanagh after FAI sign-off",
     [E("FAI_start_LVDD-2240.eml", mail(
         "Siobhán Kavanagh <s.kavanagh@leevalleydd.ie>",
         "Diego Vargas <dvargas@precisionmedica.cr>",
         "PO 4500389012 - needle hub LVDD-2240 - first articles",
         "Mon, 03 Jun 2024 14:50:00 +0100",
         """Hola Diego,

PO 4500389012 is now in SAP and should reach you by EDI tonight.

Please go ahead with first-article pieces for the FAI on the autoinjector
needle hub (LVDD-2240 Rev B) - full FAI per our SQM-07, CMM on all
characteristics, cavity/fixture identified on each piece.

The production quantity on your quote (6,000 pcs) is not released; it will
be released only by a written production release from me after our FAI
sign-off.

Looking forward to seeing the new Heredia line in September!

Saludos,
Siobhán
""" + sig("Siobhán Kavanagh", "Procurement Lead", "Lee Valley Drug Delivery Ltd, Little Island, Cork",
          "+353 21 455 8120")))])

# ---------------------------------------------------------------- p43  (A41)
case("p43_validation_protocol_lot_size_elsewhere", ["RG010"],
     "buyer's PQ protocol cover: 'authorisation to manufacture PQ lots: granted', lot size only 'per batch record'; 30,000 commercial held for written release by Mikkel Sørensen",
     [D("VP-ADC-0233_PQ_cover.docx", [
         ("h1", "Process validation protocol VP-ADC-0233 (PQ)"),
         ("table", [
             ["Field", "Entry"],
             ["Owner", "Aarhus Diabetes Care A/S, Aarhus, Denmark"],
             ["Site", "Caribe Moldeo Médico LLC, Juncos PR (LSR moulding cell 2)"],
             ["Product", "ADC-NS-0090 Rev C, needle shield, LSR 40 Shore A"],
             ["Purchase order", "4500902240 (line 10 PQ lots, line 20 commercial)"],
             ["Prerequisites", "IQ-CMM-0140 and OQ-CMM-0141 closed"],
             ["Version / date", "1.1 / 07 June 2024"],
         ]),
         ("h", "1. Authorisation to manufacture"),
         ("p", "Authorisation to manufacture PQ lots: granted under PO 4500902240 line 10. Lot size per batch "
               "record BR-CMM-118."),
         ("p", "The commercial quantity (line 20, 30,000 pcs) is not released. It will be released only by a "
               "written production release from Mikkel Sørensen, Category Manager, after the PQ report is "
               "signed off."),
         ("h", "2. Acceptance criteria"),
         ("li", "Pull-off force 8-14 N, Cpk >= 1.33 per lot."),
         ("li", "Visual per ADC-VIS-011, no flash above 0.1 mm on the sealing lip."),
         ("li", "Bioburden and endotoxin per ADC-MIC-004 on 10 pcs per lot."),
         ("h", "3. Signatures"),
         ("table", [
             ["Role", "Name", "Signed"],
             ["Author (Validation, ADC)", "Signe Dahl", "2024-06-07"],
             ["Reviewer (Supplier Quality, ADC)", "Hanne Rasmussen", "2024-06-07"],
             ["Site Quality (CMM)", "Noemí Figueroa", "2024-06-08"],
         ]),
     ], author="Signe Dahl")])

# ---------------------------------------------------------------- p44  (A42)
_p44_att = """SAMPLE IDENTIFICATION - NS-CAP-118 (Northstar Neuromodulation)

Per bag:
  - part number NS-CAP-118 Rev A
  - cavity number (1 or 2)
  - moulding date and shot range
  - supplier lot number
Bags: antistatic, heat-sealed. Outer carton marked "DV SAMPLES - NOT FOR CLINICAL USE".
Ship to: Northstar Neuromodulation, Attn. R&D Receiving, 7700 France Ave S, Minneapolis MN 55435.
"""
case("p44_ship_whatever_you_have", ["RG010"],
     "buyer authorizes 'whatever you have from last week's trial run' as DV samples - no quantity; 5,000 held for DV sign-off + written release from Jake Morrison",
     [E("DV_samples_NS-CAP-118.eml", mail(
         "Jake Morrison <jmorrison@northstar-neuro.com>",
         "Órla Nic Aoidh <orla@claddaghmicro.ie>",
         "NS-CAP-118 - DV samples from the trial run",
         "Mon, 17 Jun 2024 11:05:00 -0500",
         """Hi Órla,

Thanks for the trial-run report - the short-shot issue on cavity 2 seems to
be gone with the new vent.

For the samples: ship whatever you have from last week's trial run that
passes your visual and dimensional checks; we'll take them as samples for
the DV fit tests. Labelling instructions attached.

The 5,000 production caps remain on hold until DV sign-off and a written
release from me.

Thanks,
Jake
""" + sig("Jake Morrison", "Sr. Buyer, Direct Materials", "Northstar Neuromodulation Inc., Minneapolis MN",
          "+1 612 555 0187"),
         attachments=[("sample_identification_NS-CAP-118.txt", _p44_att, "text/plain")]))])

# ---------------------------------------------------------------- p45  (A45)
case("p45_chat_approved_thumbs_up", ["RG002"],
     "chat: supplier asks 'ok to proceed?' after uploading the FAI; buyer answers 'approved 👍' - no quantity, not scoped to samples",
     [T("teams_SCD_BPM_hub_adapter.txt", """
Microsoft Teams - chat export
Chat: Shannon Cardio Devices / Borinquen PM - SCD-4480 hub adapter
Exported: 2024-06-21 16:30 (UTC+01:00) by eimear.quinn@shannoncardio.ie

[2024-06-03 10:15] Eimear Quinn (Shannon Cardio Devices): Hi Luis, PO 4500342090 is for 20 FAI pcs of the SCD-4480 hub adapter. The balance of 1,980 is not released until FAI sign-off and a written release from Karen Walsh, Director of Supply Chain.
[2024-06-03 10:40] Luis Ortiz Rivera (Borinquen PM): Good morning Eimear, understood: 20 FAI pcs. Programme is ready, we machine Thursday.
[2024-06-12 15:02] Luis Ortiz Rivera (Borinquen PM): FAI pcs shipped today FedEx 7781 2290 4412
[2024-06-20 13:30] Luis Ortiz Rivera (Borinquen PM): FAI report uploaded to Veeva (VV-FAI-0912) incl. CMM and material certs. ok to proceed?
[2024-06-21 16:12] Eimear Quinn (Shannon Cardio Devices): approved 👍
[2024-06-21 16:14] Luis Ortiz Rivera (Borinquen PM): great, thanks!
""")])


# =================================================================== build
def _safe(stem):
    return re.sub(r"[^A-Za-z0-9._-]+", "_", stem)


def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(3333).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        first = Path(c["files"][0][0]).stem
        folder = f"h33_{i:02d}_{_safe(first)}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    return labels


if __name__ == "__main__":
    labels = build()
    counts: dict[str, int] = {}
    for v in labels.values():
        for r in v["expect"]:
            counts[r] = counts.get(r, 0) + 1
    clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"cases: {len(labels)}  clean: {clean}  risky: {len(labels) - clean}")
    for r in sorted(counts):
        print(f"  {r}: {counts[r]}")
