#!/usr/bin/env python3
"""Generator for the releasegate check_holdout186 corpus.

Domain: firefighting equipment (extinguisher cylinders and valves, hose couplings, nozzles,
hydrant caps, cabinet doors, sprinkler heads). All companies and people are fictional.

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout186/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).
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
    m["Message-ID"] = msgid or f"<h186-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h186")
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



def txt2html(text):
    """Simple HTML alternative of a plain-text mail body (paragraphs, line breaks, quotes)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [escape(x) for x in para.split("\n")]
        if all(x.startswith("&gt;") for x in lines if x):
            out.append("<blockquote style=\"border-left:2px solid #999;padding-left:6px;color:#555\">"
                       + "<br>\n".join(x.lstrip("&gt;").lstrip() for x in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial;"
            "font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n")


def quote(text):
    """Prefix every line with '> ' as a mail client does for a reply."""
    return "\n".join(("> " + x) if x else ">" for x in text.strip("\n").split("\n"))


TXT_MT = "text/plain"
HTML_MT = "text/html"

# ------------------------------------------------------------------ parties (all fictional)
# Buyers
PEN = "Pennine Fire & Safety Ltd"            # UK fire-safety distributor, Halifax
PEN_PH = "+44 1422 550 140"
GARETH = "Gareth Holroyd <gareth.holroyd@penninefire.co.uk>"
SIAN = "Sian Pritchard <sian.pritchard@penninefire.co.uk>"
CLAIRE = "Claire Whitworth <claire.whitworth@penninefire.co.uk>"
ALN = "Al Noor Civil Defence Contracting LLC"  # Emirati civil-defence contractor, Sharjah
ALN_PH = "+971 6 555 0192"
MOHD = "Mohammed Al Hammadi <m.alhammadi@alnoor-cd.ae>"
JOSEPH = "Joseph D'Souza <joseph.dsouza@alnoor-cd.ae>"
MCA = "Minera Cordillera Alta SpA"           # Chilean mining company, Antofagasta
MCA_PH = "+56 55 255 0140"
RODRIGO = "Rodrigo Fuentes <rfuentes@mineracordillera.cl>"
VALE = "Valentina Soto <vsoto@mineracordillera.cl>"
IBMN = "Inkoopbureau Brandweer Midden-Nederland"  # Dutch fire-brigade purchasing office, Utrecht
IBMN_PH = "+31 30 555 0140"
PIETER = "Pieter Janssen <p.janssen@ibmn.nl>"
# Suppliers
FEN = "Rubinetterie Fenice S.r.l."           # Lumezzane (BS), Italy: extinguisher valves
FEN_PH = "+39 030 555 0140"
LUCA = "Luca Bertoli <l.bertoli@fenicevalves.it>"
SFE = "Shreeji Fire Engineering Pvt. Ltd."   # Vadodara, India: couplings, hydrant caps
SFE_PH = "+91 265 255 0140"
RAJESH = "Rajesh Patel <rajesh.patel@shreejifire.in>"
HAO = "Zhejiang Haoyuan Fire Equipment Co., Ltd."  # Yuyao, Zhejiang: sprinkler heads, nozzles
HAO_PH = "+86 574 6255 0140"
CATHY = "Cathy Wang <cathy.wang@haoyuanfire.cn>"
EGE = "Ege Yangın Ekipmanları A.Ş."          # Izmir, Turkey: extinguisher cylinders
EGE_A = "Ege Yangin Ekipmanlari A.S."        # ASCII spelling for PDFs
EGE_PH = "+90 232 555 0140"
MURAT = "Murat Aydın <murat.aydin@egeyangin.com.tr>"
OGN = "Ogniwo Metal Sp. z o.o."              # Bielsko-Biala, Poland: cabinet doors
OGN_PH = "+48 33 555 0140"
TOMASZ = "Tomasz Nowak <t.nowak@ogniwometal.pl>"


def W(*lines):
    """Join text lines with newlines (for TXT files and mail bodies)."""
    return "\n".join(lines) + "\n"


# =================================================================== CLEAN
# c01 Italian supplier quote with sample and production tiers (mail saved as text).
case("c01_fenice_quote_tiers", [],
     "supplier quote alone: sample and production steps are price levels, no authorized quantity",
     [("FEN-24-0318_offerta.txt", """From: Luca Bertoli <l.bertoli@fenicevalves.it>
Sent: Monday, 8 April 2024 16:42
To: Gareth Holroyd <gareth.holroyd@penninefire.co.uk>
Cc: Giulia Ferraresi <g.ferraresi@fenicevalves.it>
Subject: R: Enquiry valves VF-30 for 6 kg powder - our offer FEN-24-0318

Dear Mr Holroyd,

thank you for your kind enquiry of 2 April. Here below please find our best offer for the
valve VF-30 (neck thread M30x1,5, body brass CW617N forged and nickel plated, pressure gauge
15 bar, safety pin and seal), according to EN 3-7 and your drawing PEN-D-3015 rev. C.

  Step  Description                          Q.ty        Unit price   Delivery
  ----  -----------------------------------  ----------  -----------  -----------------------
  1     Samples, hand assembled              20 pcs      EUR 31,50    3 weeks from order
  2     Production lot                       2.000 pcs   EUR 18,40    8 weeks from release
  3     Production lot                       5.000 pcs   EUR 16,95    10 weeks from release

The samples are quoted separately. Steps 2 and 3 are only price levels: they become an
order only with your purchase order and written release for a production quantity.
Forging die for the body: EUR 2.350,00 one-off, to be paid with the sample order.

Leak test 100% at 18 bar (helium sniffing on request, + EUR 0,35/pc).
Payment: 60 days end of month. Incoterms 2020: FCA Lumezzane.
Validity of the offer: 60 days.

Remaining at your disposal for any clarification, we send our best regards.

Luca Bertoli
Export Sales
Rubinetterie Fenice S.r.l.
Via Seradello 41 - 25065 Lumezzane (BS) - Italy
Tel. +39 030 555 0140
""")])

# c02 Dutch RFQ with three scenarios, multipart/alternative.
_t = W(
    "Dear Mr Patel,",
    "",
    "On behalf of the fire brigades of our region we ask you to quote for aluminium Storz",
    "couplings. This is a request for quotation only. It is not an order and it authorises no",
    "production and no material purchase.",
    "",
    "Part A: Storz coupling 52-C with 2\" hose tail, hard anodised (DIN 14302 / NEN-EN 14420-8)",
    "Part B: Storz coupling 75-B with 3\" hose tail, hard anodised (DIN 14303)",
    "",
    "Please quote three scenarios, per year, delivery DAP Utrecht:",
    "  Scenario 1:   500 pcs part A +   200 pcs part B",
    "  Scenario 2: 1.200 pcs part A +   400 pcs part B",
    "  Scenario 3: 2.500 pcs part A +   800 pcs part B",
    "",
    "Also give a price for ten (10) samples of each part for our own test at the kazerne",
    "(pressure test 16 bar, 5 min). Samples will be ordered separately with a purchase order.",
    "",
    "Your offer please before 31 May 2024, validity at least 90 days.",
    "Questions can go to me directly.",
    "",
    "Met vriendelijke groet / kind regards,",
) + sig("Pieter Janssen", "Inkoper / Buyer", IBMN, IBMN_PH)
case("c02_ibmn_rfq_three_scenarios", [],
     "buyer RFQ with three quantity scenarios, explicitly not an order",
     [("RFQ_2024-031.eml", eml_bytes(mail(
         PIETER, RAJESH, "RFQ 2024-031 Storz koppelingen 52-C / 75-B",
         "Tue, 07 May 2024 10:14:00 +0200", _t, html=txt2html(_t))))])

# c03 WeChat export: buyer scope complete, later supplier asks for go-ahead, buyer says not yet.
case("c03_wechat_goahead_question", [],
     "complete sample scope from buyer; supplier's go-ahead question is not an approval; buyer refuses",
     [("wechat_export_Cathy_Wang.txt", """WeChat chat history with "Cathy Wang 王 (Haoyuan Fire)"
Exported 2024-06-21 09:02

2024-05-27 10:04  Gareth Holroyd
Hi Cathy, PO 45-1192 just gone out by email. To be very clear: it is for 24 sample heads
K80 pendent 68°C QR only.

2024-05-27 10:05  Gareth Holroyd
The other 4,776 on your quote are NOT released. They stay on hold until Claire Whitworth
signs off the samples (fire test + 1/2" NPT thread gauge), then I will send you a written
release with the quantity.

2024-05-27 10:05  Gareth Holroyd
Material only for the 24 please, no bulbs or frames for the batch yet.

2024-05-27 10:31  Cathy Wang
ok Gareth received, clear. 24 samples only 👌

2024-06-03 16:12  Cathy Wang
[Photo]
samples finish today, go to DHL tomorrow

2024-06-20 15:12  Cathy Wang
Hello Gareth, samples arrive UK already? Can we have the go-ahead for the balance 4776 pcs?
our factory want to plan July line

2024-06-20 15:40  Gareth Holroyd
Not yet I'm afraid. Claire has the fire test booked for 3 July. Nothing beyond the 24 until
you get the written release from me.

2024-06-20 15:41  Cathy Wang
understand, we wait. thank you 🙏
""")])

# c04 Chilean non-binding forecast (PDF with table).
case("c04_mca_forecast_labelled", [],
     "clearly labelled non-binding demand forecast; authorizes nothing",
     [("MCA_plan_demanda_2024-2025.pdf", pdf([
         ("h1", "PRONÓSTICO DE DEMANDA - NO VINCULANTE"),
         ("p", "Demand forecast - NON-BINDING. Minera Cordillera Alta SpA, Abastecimiento, Antofagasta. "
               "Issued 01.07.2024 to Shreeji Fire Engineering Pvt. Ltd. (vendor 100512)."),
         ("p", "Este pronóstico es solo para planificación. This forecast is for planning only. It is not a "
               "purchase order, not a commitment to buy, and it does not authorise production or the purchase "
               "of material. Quantities are ordered only by purchase order (OC) and released in writing."),
         ("table", [
             ["Material", "Descripción", "Q3 2024", "Q4 2024", "Q1 2025", "Q2 2025"],
             ["1500-75-ST", "Acople Storz 75-B aluminio, DIN 14303", "120", "150", "150", "180"],
             ["1500-52-ST", "Acople Storz 52-C aluminio, DIN 14302", "80", "80", "100", "100"],
             ["2500-65-BS", "Acople instantáneo 2½\" BS 336 hembra", "40", "60", "60", "60"],
             ["HC-65-BSP", "Tapa de grifo 2½\" BSP con cadena", "200", "200", "250", "250"],
         ]),
         ("sp",),
         ("p", "Faenas: Sierra Gorda, Faena Norte, Planta Coloso. Hose stations according to NCh 1430 and "
               "NFPA 14. Figures are rounded and can change by +/-30% every quarter."),
         ("p", "Contacto: Valentina Soto, compradora, vsoto@mineracordillera.cl"),
     ], title="Pronostico no vinculante", author="Minera Cordillera Alta"))])

# c05 Sample sign-off record: approved for fit check only, production not released.
case("c05_ibmn_signoff_fit_only", [],
     "sample disposition scoped to fit check; balance on hold with event and named release authority",
     [("SR-2024-044.docx", docx_bytes([
         ("h1", "Monsterbeoordeling / Sample sign-off record SR-2024-044"),
         ("table", [
             ["Field", "Entry"],
             ["Part", "Kastdeur / hose reel cabinet door OM-DR-650x650, RVS 1.4301, glass 4 mm, EN 671-1"],
             ["Supplier", "Ogniwo Metal Sp. z o.o., Bielsko-Biała"],
             ["Purchase order", "2024-0612 (sample order)"],
             ["Samples received", "twelve (12) doors, 04-06-2024"],
             ["Checked by", "Marloes de Vries, technisch adviseur"],
         ]),
         ("h", "Disposition"),
         ("p", "APPROVED FOR FIT CHECK ONLY. The 12 sample doors fit the existing cabinets at kazerne "
               "Nieuwegein and Houten, hinge side and lock (driekantsleutel) are correct."),
         ("p", "Production is not released by this record. Active quantity stays the 12 sample doors."),
         ("p", "The balance of 1.188 doors on the framework quotation stays on hold. It can only be "
               "released after the six-week field trial (report FT-24-09) and a written release by "
               "Henk Bakker, hoofd inkoop."),
         ("p", "Material authority: sample-only. Ogniwo buys no sheet or glass for the series."),
         ("sp",),
         ("p", "Signed: M. de Vries, 07-06-2024"),
     ], author="Marloes de Vries"))])

# c06 UK buyer portal, full quantity, "proceed with the full 300 pcs".
case("c06_pennine_portal_full_qty", [],
     "full-quantity PO; proceed scoped to the full 300; delivery split is a schedule, no balance",
     [("PO_45-1210.html", html_page("Pennine Supplier Portal - PO 45-1210", """
<h2>Pennine Fire &amp; Safety Ltd &mdash; Supplier Portal</h2>
<p>Logged in as: <b>Rajesh Patel (Shreeji Fire Engineering Pvt. Ltd.)</b> &middot; <a href="#">Sign out</a></p>
<h3>Purchase Order 45-1210 &nbsp;<small>status: ISSUED 21/05/2024</small></h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Total</th><th>Due</th></tr>
<tr><td>10</td><td>HC-65-BSP</td><td>2&frac12;" BSP hydrant blank cap with chain, LM6 aluminium, red</td><td>300</td><td>GBP 4.85</td><td>GBP 1,455.00</td><td>see schedule</td></tr>
</table>
<h4>Delivery schedule</h4>
<table>
<tr><th>Drop</th><th>Qty</th><th>Week</th></tr>
<tr><td>1</td><td>150</td><td>wk 30</td></tr>
<tr><td>2</td><td>150</td><td>wk 34</td></tr>
</table>
<div class="note"><p><b>Buyer note:</b> This order is for the full and final quantity of 300 caps.
Same cap as our 2023 order (drawing PEN-D-0650 rev B), so there is no sample stage and there is no
further balance to follow. Proceed with the full 300 pcs.</p></div>
<p>Buyer: Sian Pritchard &middot; sian.pritchard@penninefire.co.uk &middot; +44 1422 550 140</p>
"""))])

# c07 EDI call-off with explicit staged material authority above the released quantity.
case("c07_aln_calloff_staged_material", [],
     "call-off releases 800, balance on hold until next call-off by named person; staged material authority",
     [("DELFOR_CO-2024-0482.txt", """=====================================================================
 EDI DELFOR D.96A  -  CALL-OFF PRINT            printed 02.07.2024 08:17
=====================================================================
 Message ref    : CO-2024-0482
 Sender         : AL NOOR CIVIL DEFENCE CONTRACTING LLC, SHARJAH
                  GLN 6290000004821
 Receiver       : EGE YANGIN EKIPMANLARI A.S., KEMALPASA OSB, IZMIR
 Frame PO       : AN-PO-24-0415  (frame qty 2.400 PCS)
 Item           : EY-CYL-06-1200   6 KG DCP CYLINDER EN 3-8, RAL 3000
                  (test pressure 27 bar, burst > 55 bar)
---------------------------------------------------------------------
 LIN  SCC  QTY-TYPE               QTY     DELIVERY
 1    1    FIRM CALL-OFF          800     05.08.2024
 1    4    PLANNING / FORECAST    800     wk 40/2024   NOT RELEASED
 1    4    PLANNING / FORECAST    800     wk 48/2024   NOT RELEASED
---------------------------------------------------------------------
 FTX AAI  RELEASE: 800 PCS RELEASED FOR PRODUCTION UNDER THIS CALL-OFF.
 FTX AAI  BALANCE 1.600 PCS NOT RELEASED. RELEASE ONLY BY NEXT CALL-OFF,
 FTX AAI  ISSUED BY MOHAMMED AL HAMMADI, PROCUREMENT MANAGER.
 FTX AAI  MATERIAL AUTHORITY: STAGED UP TO 2.000 PCS (DC04 STEEL COIL AND
 FTX AAI  VALVE NECK RINGS M30X1.5) AT BUYER LIABILITY. PRODUCTION BEYOND
 FTX AAI  THE 800 PCS IS NOT AUTHORISED.
---------------------------------------------------------------------
 CUM RECEIVED TO DATE : 0        CUM RELEASED : 800
=====================================================================
""")])

# c08 Signed auto-conversion record (quantity, signer, conditions).
case("c08_mca_autoconversion_signed", [],
     "explicit recorded auto-conversion naming quantity, signer and conditions; rest on hold",
     [("AC-2024-03.docx", docx_bytes([
         ("h1", "Acuerdo de conversión automática / Auto-conversion record AC-2024-03"),
         ("table", [
             ["", ""],
             ["Order", "Jet/spray branch nozzle HY-NZ-52, Storz 52-C inlet, 230 L/min at 7 bar"],
             ["Supplier", "Zhejiang Haoyuan Fire Equipment Co., Ltd., Yuyao"],
             ["Quote", "HY-Q-24117: 10 samples + 1.000 production (of which 400 covered by this record)"],
             ["Sample PO", "OC 4500019921, 10 sample nozzles"],
         ]),
         ("h", "Auto-conversion statement"),
         ("p", "An approved sample sign-off issued by Camila Rojas (Ingeniera de Protección Contra Incendios) "
               "releases four hundred (400) production nozzles by itself, without a further release letter, "
               "provided that all of these conditions are met:"),
         ("num", "the sign-off is 'approved', not interim and not rejected;"),
         ("num", "the flow test at 7 bar per NFPA 1964 gives 230 L/min +/-5% on all 10 samples;"),
         ("num", "the sign-off is dated on or before 30.09.2024."),
         ("p", "The remaining 600 production nozzles of the quote stay on hold. They need a written release by "
               "Ignacio Vergara, Gerente de Mantención. Material authority until then: 410 nozzles "
               "(10 samples + 400)."),
         ("sp",),
         ("table", [
             ["Signed for", "Name", "Date"],
             ["Minera Cordillera Alta SpA (release authority)", "Ignacio Vergara", "12.06.2024"],
             ["Zhejiang Haoyuan Fire Equipment", "Cathy Wang", "13.06.2024"],
         ]),
     ], author="Ignacio Vergara"))])

# c09 Old quote forwarded as message/rfc822, declared informational; current scope complete.
_old = mail(TOMASZ, PIETER, "Oferta OF/22/118 - drzwi szafek hydrantowych / cabinet doors",
            "Thu, 17 Nov 2022 14:05:00 +0100", W(
                "Dear Mr Janssen,",
                "",
                "as requested we send our offer OF/22/118 for the hose reel cabinet door OM-DR-650x650",
                "(stainless 1.4301, glass 4 mm, triangular lock):",
                "",
                "  12 sample doors ........... EUR 260,00 / pc",
                "  1.000 doors ............... EUR 212,00 / pc",
                "  5.000 doors ............... EUR 189,00 / pc",
                "",
                "Delivery series 10-12 weeks. Price valid until 31.12.2022.",
                "",
                "Best regards",
                "Tomasz Nowak",
                "Sales Engineer, Ogniwo Metal Sp. z o.o.",
            ))
_t = W(
    "Tomasz,",
    "",
    "As you asked on the phone, attached your old offer from 2022 so your colleague can see the",
    "prices we had then. It is for information only: the 1.000 and 5.000 in that offer are not",
    "ordered and not released.",
    "",
    "Our current order stays PO 2024-0612 for twelve (12) sample doors only. The balance is not",
    "released until Marloes de Vries has signed off the samples and Henk Bakker (hoofd inkoop)",
    "sends the written release. Material for the 12 samples only, please.",
    "",
    "Groet,",
) + sig("Pieter Janssen", "Inkoper", IBMN, IBMN_PH)
case("c09_ibmn_fwd_old_quote_info", [],
     "old quote forwarded as rfc822 and declared informational; current sample scope complete",
     [("Fwd_offerte_OF-22-118.eml", eml_bytes(mail(
         PIETER, TOMASZ, "Fwd: Oferta OF/22/118 - cabinet doors (for info only)",
         "Mon, 10 Jun 2024 11:30:00 +0200", _t, attachments=[("rfc822", _old)])))])

# c10 Quoted supplier message assumes auto-conversion; buyer's reply corrects it.
_q = W(
    "Dear Mohammed Bey,",
    "",
    "Good news, 12 sample cylinders 9 L foam are ready for shipment Monday by air.",
    "After your sample approval we will continue directly with 2.400 cylinders to keep our line",
    "slot in August, please confirm.",
    "",
    "Best regards,",
    "Murat Aydın",
    "Export Manager, Ege Yangın",
)
_t = W(
    "Dear Murat,",
    "",
    "Thanks for the update, ship the 12 samples Monday please.",
    "",
    "But please note, sample approval does not release any production. The 2.400 stay on hold.",
    "Production can start only after (1) QA sign-off of the samples by Rashid Khan, QA/QC Engineer,",
    "and (2) a written release from me with the quantity. Until then only the 12 samples, and no",
    "coil for the batch please.",
    "",
    "On 27 Jun 2024, at 16:20, Murat Aydın <murat.aydin@egeyangin.com.tr> wrote:",
    "",
    quote(_q),
) + sig("Mohammed Al Hammadi", "Procurement Manager", ALN, ALN_PH)
case("c10_aln_reply_corrects_autoconv", [],
     "quoted supplier assumes roll-into-production; buyer reply corrects it with full scope",
     [("RE_samples_9L_foam.eml", eml_bytes(mail(
         MOHD, MURAT, "RE: 9 L foam cylinders - samples ready", "Thu, 27 Jun 2024 18:02:00 +0400", _t,
         in_reply_to="<ege-20240627-1620@egeyangin.com.tr>")))])

# c11 WhatsApp: supplier says the deposit does not release production; buyer confirms.
case("c11_whatsapp_deposit_not_release", [],
     "supplier states the deposit does not release production; buyer confirms complete scope",
     [("WhatsApp_Murat_Aydin.txt", """[14/05/2024, 11:02:17] Sian Pritchard: Morning Murat, the tooling deposit £1,850 went out this morning, remittance is on email. FYI
[14/05/2024, 11:20:45] Murat Aydın: Good morning Sian, thank you I will check with accounting 🙏
[14/05/2024, 11:21:30] Murat Aydın: Only to be clear for my planning colleague: deposit is for tooling, it is not release of production. We make the 10 sample cylinders 9L foam only.
[14/05/2024, 11:22:02] Murat Aydın: For the 1.190 pcs we wait written release from Gareth after samples are signed off by Claire
[14/05/2024, 11:35:10] Sian Pritchard: Yes spot on 👍 10 only for now, the 1,190 balance is not released. Gareth will send the release once Claire has signed off the samples
[14/05/2024, 11:35:52] Murat Aydın: 👍
""")])

# c12 Supplier acknowledgement restating the hold and sample-only material authority.
case("c12_ogniwo_ack_restates_hold", [],
     "supplier acknowledgement restating sample scope, hold, event, release person, sample-only material",
     [("OA-24-0612.pdf", pdf([
         ("h1", "ORDER ACKNOWLEDGEMENT / POTWIERDZENIE ZAMOWIENIA OA/24/0612"),
         ("p", "Ogniwo Metal Sp. z o.o., ul. Partyzantow 88, 43-300 Bielsko-Biala, Poland. NIP 547-000-06-12."),
         ("p", "Customer: Inkoopbureau Brandweer Midden-Nederland, Utrecht. Your PO: 2024-0612 dated 27.05.2024."),
         ("table", [
             ["Pos.", "Item", "Description", "Qty", "Unit price", "Value"],
             ["1", "OM-DR-650x650", "Hose reel cabinet door, stainless 1.4301, glass 4 mm, EN 671-1", "12", "EUR 260,00", "EUR 3.120,00"],
         ]),
         ("sp",),
         ("p", "We acknowledge your PO 2024-0612 with the scope as written: twelve (12) sample doors only."),
         ("p", "The balance of the framework quantity (1.188 pcs) is not released and stays on hold until the "
               "sample sign-off by Ms M. de Vries and a written release by Mr H. Bakker. Production of the series "
               "will not start without this written release."),
         ("p", "Material authority: sample-only. We buy stainless sheet 1.4301 (1,5 mm) and glass for the "
               "12 doors only."),
         ("p", "Delivery of samples: week 23/2024, DAP Utrecht."),
         ("sp",),
         ("p", "Tomasz Nowak, Sales Engineer. Bielsko-Biala, 29.05.2024"),
     ], title="OA/24/0612", author="Ogniwo Metal"))])

# c13 Interim sample disposition with quantity and date limits.
case("c13_aln_interim_disposition", [],
     "interim disposition limited to 500 pcs and a date; balance on hold with event and named release authority",
     [("ISD-24-009.pdf", pdf([
         ("h1", "INTERIM SAMPLE DISPOSITION ISD-24-009"),
         ("p", "Al Noor Civil Defence Contracting LLC - QA/QC Department, Industrial Area 17, Sharjah, UAE"),
         ("table", [
             ["Item", "Detail"],
             ["Project", "Al Reem Tower B - fire protection fit-out (Civil Defence file CD-SHJ-2024-0318)"],
             ["Part", "Sprinkler head HY-SP-K80-68, pendent, quick response, 68 C, 1/2\" NPT, K80"],
             ["Supplier", "Zhejiang Haoyuan Fire Equipment Co., Ltd."],
             ["Samples tested", "20 pcs (operating temperature, leak 34.5 bar, water distribution)"],
             ["Quoted quantity", "3,000 pcs (20 samples + 2,980)"],
         ]),
         ("h", "Disposition: INTERIM"),
         ("p", "Samples conform on all tests. Open point: copy of the UL listing certificate for the 68 C bulb "
               "is still pending."),
         ("p", "Limit: 500 pcs may be produced and shipped for the level 1-12 installation only. The interim "
               "disposition is valid until 31.10.2024."),
         ("p", "The balance of 2,480 pcs is not released. It requires the full sign-off by Rashid Khan (QA/QC "
               "Engineer) after the UL certificate is received, and then a written release by Faisal Al Ketbi, "
               "Projects Director."),
         ("p", "Material: for the 500 pcs only."),
         ("sp",),
         ("p", "Rashid Khan, QA/QC Engineer - 11.07.2024"),
     ], title="ISD-24-009", author="Al Noor QA/QC"))])

# c14 Deviation permit that leaves quantities untouched.
case("c14_pennine_deviation_permit", [],
     "deviation permit on an already released full lot; changes no quantity or release",
     [("DP-24-07.docx", docx_bytes([
         ("h1", "Deviation Permit DP-24-07"),
         ("table", [
             ["Supplier", "Rubinetterie Fenice S.r.l."],
             ["Part", "VF-30 extinguisher valve, M30x1.5, drawing PEN-D-3015 rev D"],
             ["PO / release", "PO 45-1187 rev 1 / release RL-45-1187-01 (2,000 valves, full order)"],
             ["Raised by", "Claire Whitworth, Technical Manager"],
         ]),
         ("h", "Deviation"),
         ("p", "Pressure gauge dial printed 'BAR / PSI' instead of 'BAR' only. Affects up to 400 valves of the "
               "released lot (gauge batch G-2406). Reading and green zone 12-15 bar are correct."),
         ("h", "Decision"),
         ("p", "Accepted as is for these 400 valves. From gauge batch G-2407 the dial must be per drawing."),
         ("p", "This permit changes no quantity, price, schedule or release. The released quantity stays "
               "2,000 valves under RL-45-1187-01 and nothing further is on order."),
         ("sp",),
         ("p", "C. Whitworth, 18/07/2024"),
     ], author="Claire Whitworth"))])

# c15 ERP PO printout (full quantity, identifiers like quantities) + supplier acknowledgement.
_po_txt = """MINERA CORDILLERA ALTA SpA                           PEDIDO DE COMPRA / PURCHASE ORDER
RUT 76.543.210-K                                     Nro. OC   : 4500019874
Av. Grecia 1200, Antofagasta, Chile                  Fecha     : 03.06.2024
                                                     Comprador : R. Fuentes (P12)
Proveedor : 100512  SHREEJI FIRE ENGINEERING PVT LTD, GIDC MAKARPURA, VADODARA 390010
Condición : 60 DIAS FECHA FACTURA      Incoterm : CFR ANTOFAGASTA
----------------------------------------------------------------------------------------------
Pos  Material     Descripción                                   Cant.  UM   P.Unit USD  Total USD
----------------------------------------------------------------------------------------------
10   1500-75-ST   ACOPLE STORZ 75-B ALUMINIO, DIN 14303           100  PZA        18,40   1.840,00
20   1500-52-ST   ACOPLE STORZ 52-C ALUMINIO, DIN 14302            50  PZA        14,90     745,00
----------------------------------------------------------------------------------------------
                                                             TOTAL NETO USD          2.585,00
Texto de cabecera / header text:
  Full and final quantity for the Faena Sierra Gorda hose stations, plano DRG 2000 Rev 20,
  NCh 1430. Same parts as OC 4500017003 (2023), no samples required. Total 150 pzas, no
  further quantity will follow on this OC.
  Hydrostatic test 25 bar on 1 pc per 50, certificate EN 10204 3.1 with the shipment.
Entrega / delivery: 15.07.2024 CFR Antofagasta.
----------------------------------------------------------------------------------------------
 SAP MM  - impreso por RFUENTES 03.06.2024 11:52                             Pag. 1 de 1
"""
_q = W(
    "Rajesh,",
    "",
    "Adjunto OC 4500019874: 100 Storz 75-B + 50 Storz 52-C, full and final quantity, no samples",
    "(same parts as 2023). Please acknowledge and confirm the date.",
    "",
    "Saludos,",
    "Rodrigo Fuentes",
)
_t = W(
    "Dear Rodrigo Sir,",
    "",
    "Greetings from Shreeji!",
    "",
    "We acknowledge with thanks your OC 4500019874 for total 150 nos (100 nos Storz 75-B +",
    "50 nos Storz 52-C) as full and final quantity. Material is available with us. Despatch",
    "ex Mundra port on or before 10.07.2024, ETA Antofagasta approx. 5 weeks.",
    "",
    "Test certificate 3.1 will be sent with the shipping documents.",
    "",
    "Thanks & Regards,",
    "",
    "-----Original Message-----",
    "From: Rodrigo Fuentes <rfuentes@mineracordillera.cl>",
    "Sent: 03 June 2024 20:25",
    "Subject: OC 4500019874 - acoples Storz",
    "",
    quote(_q),
) + sig("Rajesh Patel", "Sr. Manager - Exports", SFE, SFE_PH)
case("c15_mca_erp_po_full_plus_ack", [],
     "full-and-final ERP PO with quantity-like identifiers, plus supplier acknowledgement; no balance",
     [("PO_4500019874.txt", _po_txt),
      ("RE_OC_4500019874.eml", eml_bytes(mail(
          RAJESH, RODRIGO, "RE: OC 4500019874 - acoples Storz", "Tue, 04 Jun 2024 10:12:00 +0530", _t,
          in_reply_to="<mca-4500019874@mineracordillera.cl>")))])

# c16 Supplier portal order book: samples shipped, production on hold.
case("c16_ogniwo_portal_orderbook", [],
     "supplier order book: sample order shipped, series shown as not released; full order in production",
     [("ogniwo_portal_orders.html", html_page("Ogniwo Metal - Customer order book", """
<h2>Ogniwo Metal Sp. z o.o. &mdash; Portal klienta / Customer portal</h2>
<p>Order book, status 15.07.2024 07:00 (automatic)</p>
<table>
<tr><th>Customer</th><th>PO</th><th>Item</th><th>Qty on PO</th><th>Scope</th><th>Status</th><th>Material</th></tr>
<tr><td>IBMN, Utrecht</td><td>2024-0612</td><td>OM-DR-650x650 door RVS</td><td>12</td><td>sample</td><td>shipped 07.06.2024</td><td>sample-only</td></tr>
<tr><td>IBMN, Utrecht</td><td>framework 2024-F-07</td><td>OM-DR-650x650 door RVS</td><td>&ndash;</td><td>series 1.188</td><td><b>NOT RELEASED &ndash; on hold</b> until sample sign-off (M. de Vries) and written release (H. Bakker)</td><td>none bought</td></tr>
<tr><td>Pennine Fire &amp; Safety, Halifax</td><td>45-1177</td><td>OM-DR-500 door, powder coated RAL 3000</td><td>500</td><td>production, full order</td><td>in production, 320 / 500 done</td><td>for 500</td></tr>
</table>
<p class="note">Contact for questions: Tomasz Nowak, t.nowak@ogniwometal.pl, +48 33 555 0140</p>
"""))])

# c17 Gulf last-time buy, full and final quantity, multipart/alternative.
_t = W(
    "Dear Rajesh,",
    "",
    "Good day. As discussed on call, your 2½\" instantaneous hydrant cap model SFE-HC-65-I",
    "is discontinued end of this year, so we place last-time buy.",
    "",
    "PO: AN-PO-24-0433",
    "Item: hydrant blank cap 2½\" instantaneous (BS 336), LM6 aluminium, with chain, red",
    "Quantity: 1,200 pcs (one thousand two hundred) - full and final quantity",
    "Price: AED 21.00 / pc, CIF Jebel Ali",
    "",
    "No samples needed, same cap as our PO AN-PO-23-0917. No further quantity will come after",
    "this one. Proceed with the full 1,200 pcs, delivery latest 30 September.",
    "",
    "Kindly send PI and acknowledge.",
    "",
    "Best regards,",
) + sig("Mohammed Al Hammadi", "Procurement Manager", ALN, ALN_PH)
case("c17_aln_last_time_buy_full", [],
     "last-time buy for the full and final 1,200; proceed scoped to the full quantity; no balance",
     [("AN-PO-24-0433.eml", eml_bytes(mail(
         MOHD, RAJESH, "LTB - PO AN-PO-24-0433 - hydrant caps 2.5in", "Sun, 16 Jun 2024 09:40:00 +0400",
         _t, html=txt2html(_t), cc=JOSEPH)))])

# c18 Teams chat: go-ahead scoped to the 6 pilot doors only; complete scope.
case("c18_teams_goahead_pilot_only", [],
     "go-ahead scoped to the 6 pilot doors only; series on hold with event and named release authority",
     [("teams_chat_type_B_door.txt", """Microsoft Teams - chat export
Chat: IBMN / Ogniwo - deur type B (OM-DR-800)
Participants: Pieter Janssen (IBMN), Tomasz Nowak (Ogniwo Metal), Marloes de Vries (IBMN)

[09-07-2024 13:02] Tomasz Nowak: Hello Pieter, the hinge modification from Marloes is done on drawing OM-DR-800 rev 4. Can we go?
[09-07-2024 13:15] Pieter Janssen: Yes, go ahead with the 6 pilot doors only (rev 4 hinge). Nothing else.
[09-07-2024 13:16] Pieter Janssen: The series of 594 stays on hold, not released. That waits for the pilot check by Marloes and then a written release from Henk Bakker.
[09-07-2024 13:18] Marloes de Vries: 👍 pilot check planned week 31 at kazerne Zeist
[09-07-2024 13:20] Tomasz Nowak: Clear, 6 pilot only. Steel for the pilot we have in stock.
""")])

# c19 Sample PO (PDF table) with a complete scope note.
case("c19_mca_sample_po_complete", [],
     "sample PO with active quantity, hold, event, named release authority, sample-only material, forecast basis",
     [("OC_4500019960.pdf", pdf([
         ("h1", "ORDEN DE COMPRA / PURCHASE ORDER 4500019960"),
         ("p", "Minera Cordillera Alta SpA - Abastecimiento - Av. Grecia 1200, Antofagasta. Fecha 10.06.2024."),
         ("p", "Proveedor: Shreeji Fire Engineering Pvt. Ltd., Vadodara, India (vendor 100512)."),
         ("table", [
             ["Pos", "Material", "Descripción", "Cant.", "Alcance / scope", "P.Unit USD", "Total USD"],
             ["10", "2500-65-BS", "Acople instantáneo 2½\" BS 336 macho, latón", "30", "SAMPLE", "22,10", "663,00"],
         ]),
         ("sp",),
         ("h", "Alcance / scope note"),
         ("p", "1. Active quantity: thirty (30) sample couplings. Make and ship these 30 now."),
         ("p", "2. The production quantity on your quotation SFE/Q/24/0211 (1 170 pcs) is a forecast. It is "
               "NOT released and stays on hold."),
         ("p", "3. Unlock: sample sign-off by Camila Rojas (Ingeniera PCI), then a written release by Rodrigo "
               "Fuentes, Jefe de Abastecimiento. Nothing beyond the 30 may start before that release."),
         ("p", "4. Material authority: sample-only (brass for 30 couplings)."),
         ("sp",),
         ("p", "Emitido por: Valentina Soto, compradora - vsoto@mineracordillera.cl"),
     ], title="OC 4500019960", author="Minera Cordillera Alta"))])

# c20 Supplier status mail with a two-level quoted chain; HTML attachment (test summary).
_lvl2 = W(
    "Dear Rodrigo Sir,",
    "Samples 30 nos will be ready by 12th June, hydro test 25 bar to be done on all.",
    "Regards, Rajesh",
)
_lvl1 = W(
    "Rajesh, ok with the date. Remember it is only the 30 samples. The 1.170 are not released",
    "until Camila Rojas signs off the samples and I send you the written release.",
    "Saludos, Rodrigo",
    "",
    "On 05.06.2024 Rajesh Patel wrote:",
    quote(_lvl2),
)
_t = W(
    "Dear Rodrigo Sir,",
    "",
    "Good morning. This is to update that the 30 nos sample couplings 2½\" BS 336 are despatched",
    "today by DHL, AWB 48 1170 2500 (yes, funny number!). Hydro test report attached.",
    "",
    "As per your PO and your below mail, balance 1,170 nos remains on hold. We shall not start",
    "production till your written release after Camila Madam sign-off. Brass is booked for the",
    "30 nos only.",
    "",
    "Thanks & Regards,",
    "",
    "On 06.06.2024 Rodrigo Fuentes wrote:",
    quote(_lvl1),
) + sig("Rajesh Patel", "Sr. Manager - Exports", SFE, SFE_PH)
_html_att = html_page("Hydro test summary HT-24-0611", """
<h3>Shreeji Fire Engineering - Hydrostatic test summary HT-24-0611</h3>
<p>Customer: Minera Cordillera Alta SpA &middot; OC 4500019960 &middot; part 2500-65-BS</p>
<table><tr><th>Sample no.</th><th>Test pressure</th><th>Hold</th><th>Result</th></tr>
<tr><td>1-10</td><td>25 bar</td><td>5 min</td><td>no leak</td></tr>
<tr><td>11-20</td><td>25 bar</td><td>5 min</td><td>no leak</td></tr>
<tr><td>21-30</td><td>25 bar</td><td>5 min</td><td>no leak</td></tr></table>
<p>Tested by: Priya Iyer, QA. Gauge cal. cert. GC-1170 valid till 12/2024.</p>""")
case("c20_sfe_status_two_level_quote", [],
     "supplier status restating the hold under a two-level quoted chain with the buyer's complete scope",
     [("RE_RE_samples_dispatch.eml", eml_bytes(mail(
         RAJESH, RODRIGO, "RE: RE: OC 4500019960 - samples dispatch", "Wed, 12 Jun 2024 11:45:00 +0530",
         _t, in_reply_to="<mca-20240606-0930@mineracordillera.cl>",
         attachments=[("HT-24-0611.html", _html_att, HTML_MT)])))])

# c21 Minutes recording a sample sign-off, a written release and the remaining hold (words kept apart).
case("c21_mca_minutes_release_recorded", [],
     "minutes keep sign-off, PO issue and release apart; release names quantity and person; balance on hold",
     [("acta_2024-07-18.docx", docx_bytes([
         ("h1", "Acta de reunión / Minutes - sprinkler heads K115 for conveyor protection"),
         ("p", "Date: 18.07.2024, Teams. Minera Cordillera Alta: Ignacio Vergara (Gerente de Mantención), "
               "Camila Rojas (Ingeniera PCI), Rodrigo Fuentes (Abastecimiento). Haoyuan: Cathy Wang, Leo Chen."),
         ("h", "1. Sample sign-off"),
         ("p", "Camila Rojas recorded the sample sign-off of the 20 sample heads HY-SP-K115-93 (upright, 93 C, "
               "3/4\" NPT), report PCI-24-031. Result: conform."),
         ("h", "2. Purchase order"),
         ("p", "OC 4500020188 rev 2 was issued on 17.07.2024 and now covers 420 heads (20 samples + 400)."),
         ("h", "3. Production release R-02"),
         ("p", "Ignacio Vergara released 400 heads for production in writing (release letter R-02, 18.07.2024)."),
         ("h", "4. Balance"),
         ("p", "The remaining 1.580 heads of quotation HY-Q-24-0340 (2.000) stay on hold. They need the "
               "field trial at Faena Norte (conveyor C-12, 90 days) and a further written release by "
               "Ignacio Vergara."),
         ("h", "5. Material"),
         ("p", "Material authority: staged up to 420 heads (brass frames and 93 C bulbs) at Minera's liability."),
         ("h", "Actions"),
         ("table", [
             ["Action", "Owner", "Due"],
             ["Ship 400 heads, 2 pallets", "Cathy Wang", "wk 36"],
             ["Install trial heads on C-12", "Camila Rojas", "wk 38"],
         ]),
     ], author="Rodrigo Fuentes"))])

# c22 Supplier's material question under the buyer's quoted complete scope (plain mail saved as text).
case("c22_sfe_material_question", [],
     "supplier asks whether to book material beyond the samples; a question, nothing bought; quoted scope complete",
     [("RE_OC_4500020117.txt", """From:    Rajesh Patel <rajesh.patel@shreejifire.in>
Sent:    Friday, June 28, 2024 12:18 PM
To:      Valentina Soto <vsoto@mineracordillera.cl>
Subject: RE: OC 4500020117 - 50 nos sample hydrant caps - material query

Dear Madam,

Good day. With reference to your below OC, kindly clarify one doubt before we procure the raw
material.

Our LM6 ingot supplier is giving good rate if we book for the full 5,000 nos. Shall we book
ingot for the 50 nos samples only, or are you ok to authorise a bigger quantity at your risk?
Please advise, we will do as per your instruction only. Till then we book for 50 nos only.

Thanks & Regards,
Rajesh Patel
Sr. Manager - Exports
Shreeji Fire Engineering Pvt. Ltd.
Plot 212, GIDC Makarpura, Vadodara - 390010, Gujarat, India

-----Original Message-----
From: Valentina Soto <vsoto@mineracordillera.cl>
Sent: 26 June 2024 21:40
Subject: OC 4500020117 - 50 nos sample hydrant caps

> Rajesh, adjunto OC 4500020117: fifty (50) sample hydrant caps 2½" BSP with chain, only.
> The remaining 4.950 of your quote are not released and stay on hold until the sample
> sign-off by Camila Rojas and a written release by Rodrigo Fuentes. Material: samples only.
> Saludos, Valentina
""")])

# c23 Release notice for the full remaining balance; nothing left on hold.
case("c23_ibmn_release_full_balance", [],
     "written release naming quantity, event, authority and second approver; nothing remains on hold",
     [("RN-2024-017.pdf", pdf([
         ("h1", "Productievrijgave / Production release RN-2024-017"),
         ("p", "Inkoopbureau Brandweer Midden-Nederland, Utrecht - to Ogniwo Metal Sp. z o.o., Bielsko-Biala."),
         ("table", [
             ["Item", "Entry"],
             ["Order", "Cabinet door OM-DR-650x650 RVS, framework 2024-F-07, PO 2024-0612 rev 2"],
             ["Quantity released", "1.188 (one thousand one hundred eighty-eight) doors"],
             ["Unlock event", "sample sign-off SR-2024-044 (fit check) and field trial FT-24-09, passed 12-08-2024"],
             ["Authorised by", "Henk Bakker, hoofd inkoop (limit EUR 300.000)"],
             ["Second approver", "Sanne Visser, contractbeheer"],
             ["Delivery", "4 x 297 doors, weeks 40, 44, 48 and 51"],
         ]),
         ("sp",),
         ("p", "With this release the full framework quantity is released: 12 sample doors + 1.188 series = "
               "1.200 doors. Nothing of the framework remains on hold."),
         ("sp",),
         ("p", "H. Bakker          S. Visser          Utrecht, 14-08-2024"),
     ], title="RN-2024-017", author="IBMN"))])

# c24 Revised PO (PDF attachment) raising commercial cover + release naming the quantity.
_po_rev = pdf([
    ("h1", "PURCHASE ORDER 45-1187 rev 1"),
    ("p", "Pennine Fire & Safety Ltd, Unit 4 Calder Trading Estate, Halifax HX1 5ND, UK. Date: 02/07/2024."),
    ("p", "Supplier: Rubinetterie Fenice S.r.l., Lumezzane (BS), Italy. Your offer FEN-24-0318."),
    ("table", [
        ["Line", "Item", "Description", "Scope", "Qty", "Unit", "Value"],
        ["10", "VF-30", "Valve M30x1.5, PEN-D-3015 rev C, samples", "sample (delivered)", "20", "EUR 31,50", "EUR 630,00"],
        ["20", "VF-30", "Valve M30x1.5, PEN-D-3015 rev C", "production", "2,000", "EUR 18,40", "EUR 36.800,00"],
        ["", "", "", "Total", "2,020", "", "EUR 37.430,00"],
    ]),
    ("sp",),
    ("p", "Line 20 is released by release RL-45-1187-01 (2,000 valves). The 5,000 step of your offer is "
          "not ordered."),
    ("p", "Delivery FCA Lumezzane, 8 weeks from release."),
], title="PO 45-1187 rev 1", author="Pennine Fire & Safety")
_t = W(
    "Dear Luca,",
    "",
    "Claire has signed off the 20 sample valves (report TS-24-112: leak test at 18 bar and the",
    "1,000-cycle test, all passed).",
    "",
    "Attached is PO 45-1187 rev 1. It now covers 2,020 valves: the 20 samples plus 2,000",
    "production valves.",
    "",
    "Production release RL-45-1187-01: 2,000 valves VF-30 are released for production, authorised by",
    "me, Gareth Holroyd, Purchasing Manager. The 5,000 step on your offer is not ordered, so there is",
    "nothing else on hold for this order.",
    "",
    "Please confirm the ex-works date.",
    "",
    "Kind regards,",
) + sig("Gareth Holroyd", "Purchasing Manager", PEN, PEN_PH)
case("c24_pennine_revised_po_release", [],
     "revised PO raises cover; release names 2,000, the event and the authority; the 5,000 step is not ordered",
     [("PO_45-1187_rev1.eml", eml_bytes(mail(
         GARETH, LUCA, "PO 45-1187 rev 1 and release RL-45-1187-01 - VF-30 valves",
         "Tue, 02 Jul 2024 15:05:00 +0100", _t, html=txt2html(_t), cc=CLAIRE,
         attachments=[("PO_45-1187_rev1.pdf", _po_rev, PDF_MT)])))])

# c25 Buyer portal RFQ page with tiers.
case("c25_mca_portal_rfq_tiers", [],
     "buyer portal RFQ with three tiers, explicitly not an order",
     [("SC-2024-118.html", html_page("Portal de Proveedores - SC-2024-118", """
<h2>Minera Cordillera Alta SpA &mdash; Portal de Proveedores</h2>
<h3>Solicitud de Cotización / Request for quotation SC-2024-118</h3>
<p>Invited supplier: <b>Ogniwo Metal Sp. z o.o.</b> &middot; closing date 30.08.2024 18:00 (Chile)</p>
<div class="note"><p>Esto es una solicitud de cotización. This is a request for quotation: it is not an order
and it authorises no production and no material. Any order will be placed by OC and released in writing.</p></div>
<table>
<tr><th>Item</th><th>Description</th><th>Tier A</th><th>Tier B</th><th>Tier C</th></tr>
<tr><td>GAB-DR-2000</td><td>Wet-riser cabinet door, galvanised + powder coat RAL 3000, window 300x200, drawing MCA-GAB-2000 rev 20</td><td>20 (samples)</td><td>400</td><td>1.200</td></tr>
</table>
<p>Please quote unit price FCA, lead time per tier, and the tooling cost separately.</p>
<p>Contact: Valentina Soto, compradora &middot; vsoto@mineracordillera.cl</p>
""", lang="es"))])


# =================================================================== POSITIVE
# p01 Cover mail + sample PO + supplier quote showing production tiers; nothing says not released.
_t = W(
    "Hi Luca,",
    "",
    "Please find attached our PO 45-1240 for the CO2 valves, and your quotation FEN-24-0402 as well.",
    "",
    "Could you confirm the lead time for the samples? We have a customer trial at the end of June.",
    "",
    "Many thanks,",
) + sig("Sian Pritchard", "Buyer", PEN, PEN_PH)
case("p01_pennine_fenice_bundle", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 20 with the supplier quote (2.000 / 4.000) in the folder; no hold, no event, no release person",
     [("mail_PO_45-1240.eml", eml_bytes(mail(
         SIAN, LUCA, "PO 45-1240 - CO2 valves VC-5", "Wed, 22 May 2024 11:20:00 +0100", _t))),
      ("PO_45-1240.pdf", pdf([
          ("h1", "PURCHASE ORDER 45-1240"),
          ("p", "Pennine Fire & Safety Ltd, Unit 4 Calder Trading Estate, Halifax HX1 5ND. VAT GB 000 1240 55."),
          ("p", "To: Rubinetterie Fenice S.r.l., Via Seradello 41, 25065 Lumezzane (BS), Italy. Date 22/05/2024."),
          ("table", [
              ["Line", "Item", "Description", "Qty", "Unit price", "Value", "Due"],
              ["10", "VC-5", "CO2 valve for 5 kg CO2 extinguisher, 25E taper thread, with syphon tube and horn swivel, EN 3-7 / TPED", "20", "EUR 34,80", "EUR 696,00", "wk 24"],
          ]),
          ("sp",),
          ("p", "Samples for evaluation. Quote ref FEN-24-0402."),
          ("p", "Terms: 60 days EOM. FCA Lumezzane. Certificate of conformity with each delivery."),
          ("p", "Buyer: Sian Pritchard"),
      ], title="PO 45-1240", author="Pennine Fire & Safety")),
      ("FEN-24-0402.pdf", pdf([
          ("h1", "OFFERTA / QUOTATION FEN-24-0402"),
          ("p", "Rubinetterie Fenice S.r.l. - Lumezzane (BS). Customer: Pennine Fire & Safety Ltd. Date 03/05/2024."),
          ("table", [
              ["Pos.", "Article", "Q.ty", "Unit price", "Delivery"],
              ["1", "VC-5 CO2 valve, samples", "20 pcs", "EUR 34,80", "3 weeks"],
              ["2", "VC-5 CO2 valve, production", "2.000 pcs", "EUR 21,60", "9 weeks"],
              ["3", "VC-5 CO2 valve, production", "4.000 pcs", "EUR 20,10", "10 weeks"],
          ]),
          ("sp",),
          ("p", "Burst disc 190 bar included. Valves tested 250 bar hydraulic. Payment 60 days EOM."),
          ("p", "Luca Bertoli - Export Sales"),
      ], title="FEN-24-0402", author="Rubinetterie Fenice"))])

# p02 WhatsApp: complete sample scope, then an unscoped "approved, go ahead".
case("p02_whatsapp_unscoped_goahead", ["RG002"],
     "complete sample scope earlier; later 'approved, go ahead' names neither sample-only nor a quantity",
     [("WhatsApp_Tomasz_Nowak.txt", """03/07/2024, 10:14 - Mohammed Al Hammadi: Tomasz good morning. PO AN-PO-24-0451 sent, it is for 8 sample cabinet doors FHC-2 only.
03/07/2024, 10:15 - Mohammed Al Hammadi: The balance 392 doors is not released. Hold until Rashid Khan (our QA) sign off the samples, after that I send you written release.
03/07/2024, 10:31 - Tomasz Nowak: Good morning Mohammed, received. 8 samples only, balance on hold. Thank you
04/07/2024, 15:02 - Tomasz Nowak: Mohammed one question: colour RAL 3000 red or brushed stainless? And lock - triangle key or cylinder lock with 2 keys?
04/07/2024, 15:02 - Tomasz Nowak: <Media omitted>
04/07/2024, 17:48 - Mohammed Al Hammadi: Red RAL 3000, triangle key. Approved, go ahead 👍
04/07/2024, 17:50 - Tomasz Nowak: 👍
""")])

# p03 Chilean sample PO: balance on hold, but no event and no release person.
case("p03_mca_po_hold_no_event", ["RG004", "RG005"],
     "sample PO states 30 samples and balance on hold; no unlock event, no named release authority",
     [("OC_4500020044.pdf", pdf([
         ("h1", "ORDEN DE COMPRA 4500020044"),
         ("p", "Minera Cordillera Alta SpA, Av. Grecia 1200, Antofagasta. Fecha: 19.06.2024."),
         ("p", "Proveedor: Zhejiang Haoyuan Fire Equipment Co., Ltd., Yuyao, Ningbo, China."),
         ("table", [
             ["Pos", "Material", "Descripción", "Cant.", "UM", "P.Unit USD", "Total USD"],
             ["10", "HY-NZ-65", "Pitón chorro/niebla 65 mm, entrada Storz 65, latón / branch nozzle", "30", "PZA", "41,00", "1.230,00"],
         ]),
         ("sp",),
         ("p", "Muestras / samples: treinta (30) pitones para prueba en Faena Norte."),
         ("p", "El saldo de 970 pitones queda en espera. The balance of 970 nozzles is on hold."),
         ("p", "Embalaje: caja individual, marcado 'MCA-PCI'. Entrega CFR Antofagasta, semana 30."),
         ("sp",),
         ("p", "Emitido por: Valentina Soto, compradora."),
     ], title="OC 4500020044", author="Minera Cordillera Alta"))])

# p04 ERP PO printout: sample line carries the quoted production quantity, no hold.
case("p04_aln_erp_sample_line_quoted_qty", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO for 10 samples prints the quoted 500 production beside it; nothing about balance, event or person",
     [("AN-PO-24-0478.txt", """AL NOOR CIVIL DEFENCE CONTRACTING LLC                  PURCHASE ORDER
P.O. BOX 23517, INDUSTRIAL AREA 17, SHARJAH, U.A.E.    PO NO   : AN-PO-24-0478
TRN 100000004780003                                    DATE    : 10-JUN-2024
                                                       REV     : 0
SUPPLIER : EGE YANGIN EKIPMANLARI A.S.                 BUYER   : JOSEPH D'SOUZA
           KEMALPASA OSB, IZMIR, TURKIYE               TERMS   : 60 DAYS PDC
SHIP TO  : AL NOOR STORES, SAJAA, SHARJAH              INCOTERM: CFR SHARJAH
-------------------------------------------------------------------------------
LN  ITEM            DESCRIPTION                      QTY  UOM  UNIT AED  AMOUNT AED
-------------------------------------------------------------------------------
1   EY-CYL-09F-500  9 LTR AFFF FOAM EXTINGUISHER      10  EA      96.00      960.00
                    CYLINDER, EN 3-8, RAL 3000
                    SAMPLE LOT - PROJECT DUBAI SOUTH W12
                    QUOTE EY-Q-24-1187: SAMPLE 10 EA /
                    PRODUCTION 500 EA @ AED 71.50
-------------------------------------------------------------------------------
                                              SUB TOTAL AED          960.00
                                              VAT 0% (EXPORT)          0.00
                                              TOTAL AED              960.00
NOTES:
 1. HYDROSTATIC TEST 27 BAR, CERTIFICATE WITH EACH CYLINDER.
 2. LABEL ENGLISH/ARABIC AS PER CIVIL DEFENCE UAE.
 3. PLEASE SEND ORDER ACKNOWLEDGEMENT WITHIN 2 WORKING DAYS.
-------------------------------------------------------------------------------
ORACLE EBS R12 - PO PRINT - JDSOUZA - 10-JUN-2024 14:22                PAGE 1/1
""")])

# p05 Sample authorization mail with the supplier quote PDF attached; release person named only.
_quote = pdf([
    ("h1", "QUOTATION HY-Q-24-0877"),
    ("p", "Zhejiang Haoyuan Fire Equipment Co., Ltd. - No. 18 Xinjian Road, Yuyao, Ningbo, Zhejiang."),
    ("p", "To: Al Noor Civil Defence Contracting LLC, Sharjah. Date: 2024-06-05. Valid 30 days."),
    ("table", [
        ["No.", "Model", "Description", "Qty", "Unit price USD", "Lead time"],
        ["1", "HY-SP-K80-79U", "Sprinkler head upright, K80, 79 C, 5 mm bulb, 1/2\" NPT, chrome", "20 (sample)", "3.20", "10 days"],
        ["2", "HY-SP-K80-79U", "same, mass production", "3,000", "1.45", "35 days"],
    ]),
    ("sp",),
    ("p", "MOQ mass production 3,000 pcs. UL/FM listing copy provided with samples. Payment: T/T 30% "
          "deposit, 70% before shipment. Packing 100 pcs / carton."),
    ("p", "Cathy Wang, Sales Manager"),
], title="HY-Q-24-0877", author="Haoyuan Fire")
_t = W(
    "Dear Cathy,",
    "",
    "Thank you for your quotation attached. Please proceed with twenty (20) sample sprinkler",
    "heads K80 upright 79°C as per your quotation, for the mock-up at Al Quoz warehouse.",
    "System PO AN-PO-24-0502 will follow from Joseph.",
    "",
    "Release authority for this project is Faisal Al Ketbi, Projects Director.",
    "",
    "Please send samples by DHL to our Sajaa stores.",
    "",
    "Best regards,",
) + sig("Mohammed Al Hammadi", "Procurement Manager", ALN, ALN_PH)
case("p05_aln_samples_quote_attached", ["RG001", "RG003", "RG004"],
     "20 samples authorized with the quote (3,000) attached unmarked; release authority named but no hold, no event",
     [("K80_upright_heads.eml", eml_bytes(mail(
         MOHD, CATHY, "K80 upright 79C - samples", "Sun, 09 Jun 2024 10:05:00 +0400", _t, cc=JOSEPH,
         attachments=[("HY-Q-24-0877.pdf", _quote, PDF_MT)])))])

# p06 Dutch buyer portal: samples 24 in the table, twenty in the note, series 1.200 unmarked.
case("p06_ibmn_portal_24_vs_20", ["RG001", "RG003", "RG004", "RG005", "RG011"],
     "portal order shows 24 samples in the line and twenty (20) in the note, series 1.200 unmarked; no hold/event/person",
     [("bestelling_2024-0688.html", html_page("IBMN Leveranciersportaal - bestelling 2024-0688", """
<h2>Inkoopbureau Brandweer Midden-Nederland &mdash; Leveranciersportaal</h2>
<p>Leverancier: <b>Ogniwo Metal Sp. z o.o.</b> &middot; ingelogd als t.nowak</p>
<h3>Bestelling / Order 2024-0688 &nbsp;<small>(verzonden 12-06-2024)</small></h3>
<table>
<tr><th>Regel</th><th>Artikel</th><th>Omschrijving</th><th>Monsters / samples</th><th>Serie / series</th><th>Prijs</th></tr>
<tr><td>10</td><td>OM-DR-500-C</td><td>Kastdeur type C, RVS, glas 4 mm, driekantslot (NEN-EN 671-1)</td><td>24</td><td>1.200</td><td>EUR 174,00</td></tr>
</table>
<div class="note"><p><b>Opmerking inkoop:</b> Bestelling voor twintig (20) monsterdeuren type C voor de
proefplaatsing bij de kazernes Zeist en Driebergen. Levering week 32, DAP Utrecht, graag met
materiaalcertificaat 3.1.</p></div>
<p>Contactpersoon: Pieter Janssen, inkoper &middot; p.janssen@ibmn.nl &middot; +31 30 555 0140</p>
""", lang="nl"))])

# p07 Quoted thread: advance transferred, "green light, go ahead"; MT103 copy as text attachment.
_q = W(
    "Dear Mohammed Bey,",
    "",
    "Please find our proforma PI-24-0311 for your PO AN-PO-24-0490. Kindly arrange the 30%",
    "advance to our account at Ziraat Bankası so we can plan.",
    "",
    "Best regards,",
    "Murat",
)
_t = W(
    "Dear Murat,",
    "",
    "Advance 30% for PO AN-PO-24-0490 (800 cylinders 6 kg DCP, full order, same cylinder as",
    "our 2023 order) transferred today, AED 18,720. MT103 copy attached.",
    "",
    "So green light from our side. Go ahead.",
    "",
    "Regards,",
    "",
    "From: Murat Aydın <murat.aydin@egeyangin.com.tr>",
    "Sent: Monday, July 1, 2024 11:02 AM",
    "To: Mohammed Al Hammadi",
    "Subject: Proforma PI-24-0311 / AN-PO-24-0490",
    "",
    quote(_q),
) + sig("Mohammed Al Hammadi", "Procurement Manager", ALN, ALN_PH)
_mt103 = """{1:F01ALNOORBKXXXX0000000000}{2:I103ZIRATRISXXXXN}
{4:
:20:AN240703-0490
:23B:CRED
:32A:240703AED18720,00
:50K:/AE000000000000000004900
AL NOOR CIVIL DEFENCE CONTRACTING LLC
SHARJAH UAE
:59:/TR00000000000000000000311
EGE YANGIN EKIPMANLARI AS
IZMIR TURKIYE
:70:ADVANCE 30PCT PI-24-0311 PO AN-PO-24-0490
:71A:OUR
-}
"""
case("p07_aln_advance_green_light", ["RG002", "RG012"],
     "full 800 PO; 'advance transferred ... so green light, go ahead': payment treated as release, unscoped go-ahead",
     [("RE_PI-24-0311.eml", eml_bytes(mail(
         MOHD, MURAT, "RE: Proforma PI-24-0311 / AN-PO-24-0490", "Wed, 03 Jul 2024 13:30:00 +0400", _t,
         in_reply_to="<ege-PI-24-0311@egeyangin.com.tr>",
         attachments=[("MT103_AN240703-0490.txt", _mt103, TXT_MT)])))])

# p08 Minutes: "approved" for drawing and for PO change; unscoped "go ahead".
case("p08_pennine_minutes_approved_twice", ["RG002", "RG009"],
     "minutes use 'approved' for the drawing (technical) and the PO change (commercial) and record an unscoped 'go ahead'",
     [("minutes_2024-06-11.docx", docx_bytes([
         ("h1", "Supplier review - Rubinetterie Fenice - minutes"),
         ("p", "11 June 2024, Halifax / Teams. Present: Gareth Holroyd, Claire Whitworth, Dave Sutcliffe "
               "(Pennine); Luca Bertoli, Marco Zanetti (Fenice)."),
         ("h", "1. ECN-24-031 VF-35 valve, gauge port moved 15°"),
         ("p", "Claire went through the FEA and the 3 pressure cycles. Drawing PEN-D-3515 rev D approved."),
         ("h", "2. PO 45-1166 price change"),
         ("p", "PO 45-1166 covers 1,500 VF-35 valves, full order placed in March (no sample stage, "
               "rev C samples were done in 2023). "
               "New unit price EUR 19,10 (was 18,60) because of the extra machining on rev D. "
               "Dave: PO change approved, rev 2 of PO 45-1166 goes out this week."),
         ("h", "3. Actions"),
         ("table", [
             ["No.", "Action", "Owner"],
             ["1", "Approved - Fenice to go ahead, confirm new ex-works dates", "Luca"],
             ["2", "Send PO 45-1166 rev 2", "Gareth"],
             ["3", "Update control plan for the 15° port", "Marco"],
         ]),
         ("p", "Next review: September, in Lumezzane."),
     ], author="Gareth Holroyd"))])

# p09 WeChat: "samples approved!! proceed with production" - no quantity, roll into production.
case("p09_wechat_samples_approved_proceed", ["RG002", "RG007", "RG010"],
     "buyer turns the sample approval into 'proceed with production' with no quantity",
     [("wechat_Haoyuan_nozzles.txt", """微信聊天记录 / WeChat chat history
Chat: Valentina Soto (Minera Cordillera Alta)
Export time: 2024-07-08 08:30

2024-07-02 09:14  Cathy Wang
Dear Valentina, 10 sample nozzles HY-NZ-65 arrive Antofagasta yesterday, customs cleared. Please check 🙏

2024-07-02 21:40  Valentina Soto
gracias Cathy! Camila go to Faena Norte on Thursday for the test

2024-07-05 17:40  Valentina Soto
Hola Cathy, Camila tested the samples, flow at 7 bar ok, Storz 65 ok, spray pattern ok

2024-07-05 17:41  Valentina Soto
samples approved!! proceed with production pls, we need them before September 🙏

2024-07-05 17:55  Cathy Wang
Great news! We start mass production Monday 👍👍

2024-07-05 17:56  Valentina Soto
[Thumbs Up]
""")])

# p10 "Green light, go ahead" with a trial-lot PO PDF attached; no hold, event or person.
_po = pdf([
    ("h1", "PURCHASE ORDER 45-1201"),
    ("p", "Pennine Fire & Safety Ltd, Halifax HX1 5ND. Date 15/05/2024."),
    ("p", "Supplier: Shreeji Fire Engineering Pvt. Ltd., Plot 212 GIDC Makarpura, Vadodara 390010, India."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price", "Value"],
        ["10", "BS336-M-65", "2½\" instantaneous coupling MALE, BS 336, LM6 alu, hard anodised", "25", "GBP 6.20", "GBP 155.00"],
        ["20", "BS336-F-65", "2½\" instantaneous coupling FEMALE, BS 336, LM6 alu, hard anodised", "25", "GBP 7.45", "GBP 186.25"],
        ["", "", "Total", "50", "", "GBP 341.25"],
    ]),
    ("sp",),
    ("p", "Trial lot as per your quotation SFE/Q/24/0118. Hydrostatic test 21 bar, marking 'PFS' + year."),
    ("p", "Delivery: DAP Halifax by air. Payment 30 days."),
], title="PO 45-1201", author="Pennine Fire & Safety")
_t = W(
    "Hi Rajesh,",
    "",
    "PO 45-1201 attached for the trial lot of the BS 336 couplings (male and female).",
    "Green light, go ahead.",
    "",
    "Please let me know the despatch date when you have it.",
    "",
    "Cheers,",
) + sig("Sian Pritchard", "Buyer", PEN, PEN_PH)
case("p10_pennine_trial_lot_green_light", ["RG002", "RG003", "RG004", "RG005"],
     "trial-lot PO for 50 with an unscoped 'green light, go ahead'; balance, event and release person never stated",
     [("PO_45-1201.eml", eml_bytes(mail(
         SIAN, RAJESH, "PO 45-1201 - BS 336 couplings trial lot", "Wed, 15 May 2024 16:10:00 +0100", _t,
         attachments=[("PO_45-1201.pdf", _po, PDF_MT)])))])

# p11 Plain mail: forty (40) full quantity, later "ship all 30"; unscoped "Go ahead."
case("p11_mca_mail_40_vs_30", ["RG002", "RG011"],
     "one mail states forty (40) couplings and then 'all 30 pcs'; separate unscoped 'Go ahead.'",
     [("OC_4500020230.txt", """From: Rodrigo Fuentes <rfuentes@mineracordillera.cl>
Sent: jueves, 11 de julio de 2024 18:07
To: Rajesh Patel <rajesh.patel@shreejifire.in>
Cc: Valentina Soto <vsoto@mineracordillera.cl>
Subject: OC 4500020230 - acoples 2½" BS 336 hembra

Rajesh,

buenas tardes. The OC 4500020230 went out today: forty (40) couplings 2½" BS 336 female,
hard anodised, full quantity. There is no sample stage, it is the same part as in 2023
(plano DRG 0650 Rev 12).

Go ahead.

Please ship all 30 pcs in one box by air, we need them for the hose station at Faena Sierra
Gorda before 15 August. Certificate 3.1 please.

Saludos,
Rodrigo Fuentes
Jefe de Abastecimiento
Minera Cordillera Alta SpA
Av. Grecia 1200, Antofagasta | +56 55 255 0140
""")])

# p12 Supplier reply: quoted sample PO without hold; supplier bought coil for the full batch.
_q = W(
    "Murat,",
    "",
    "PO 45-1222 attached: ten (10) sample cylinders 6 kg DCP, red RAL 3000, EN 3-8 marking,",
    "our label artwork to follow. Please confirm the ship date.",
    "",
    "Thanks,",
    "Gareth",
)
_t = W(
    "Dear Gareth,",
    "",
    "Thank you for the PO. The 10 samples 6 kg cylinders will be ready in week 27.",
    "",
    "For your information, to secure price and lead time we already ordered the DC04 steel coil",
    "for the full batch. Steel price in Türkiye is going up every week, so this is the best for",
    "both of us.",
    "",
    "Best regards,",
    "",
    "-----Original Message-----",
    "From: Gareth Holroyd <gareth.holroyd@penninefire.co.uk>",
    "Sent: 18 June 2024 14:51",
    "Subject: PO 45-1222 - 6 kg DCP samples",
    "",
    quote(_q),
) + sig("Murat Aydın", "Export Manager", EGE, EGE_PH)
case("p12_ege_reply_coil_full_batch", ["RG003", "RG004", "RG005", "RG006"],
     "quoted buyer PO for 10 samples never holds the balance; supplier reply says coil bought for the full batch",
     [("RE_PO_45-1222.eml", eml_bytes(mail(
         MURAT, GARETH, "RE: PO 45-1222 - 6 kg DCP samples", "Wed, 19 Jun 2024 09:35:00 +0300", _t,
         in_reply_to="<pen-45-1222@penninefire.co.uk>")))])

# p13 Sample PO with named release authority and an annual forecast written as a confirmed order.
case("p13_aln_po_annual_confirmed", ["RG001", "RG003", "RG004", "RG008"],
     "15-sample PO says the 3,000 annual forecast is 'our confirmed order'; no hold, no event; release authority named",
     [("AN-PO-24-0511.pdf", pdf([
         ("h1", "PURCHASE ORDER AN-PO-24-0511"),
         ("p", "Al Noor Civil Defence Contracting LLC, P.O. Box 23517, Sharjah, UAE. Date: 24-Jun-2024."),
         ("p", "Supplier: Shreeji Fire Engineering Pvt. Ltd., Vadodara, India."),
         ("table", [
             ["Ln", "Item", "Description", "Qty", "UOM", "Unit AED", "Amount AED"],
             ["1", "SFE-HC-65-I", "Hydrant blank cap 2½\" instantaneous BS 336, LM6, red, with chain", "15", "EA", "24.50", "367.50"],
         ]),
         ("sp",),
         ("p", "Sample lot for Civil Defence approval file (project: Al Zahia villas, 410 hydrants)."),
         ("p", "Annual quantity 2025: 3,000 pcs (from our civil defence project forecast). Treat this as our "
               "confirmed order; call-off schedule to follow."),
         ("p", "Release authority for this contract: Faisal Al Ketbi, Projects Director."),
         ("p", "Terms: 60 days PDC, CFR Sharjah. Buyer: Joseph D'Souza."),
     ], title="AN-PO-24-0511", author="Al Noor"))])

# p14 Dutch minutes: board-"approved" multi-year estimate becomes "our order"; samples "approved".
case("p14_ibmn_minutes_raming_as_order", ["RG008", "RG009"],
     "multi-year estimate (raming) declared 'our order'; 'approved' used for the samples and for the board decision",
     [("verslag_2024-05-21.docx", docx_bytes([
         ("h1", "Verslag leveranciersoverleg IBMN - Ogniwo Metal"),
         ("p", "Datum: 21-05-2024, Utrecht. Aanwezig: Henk Bakker, Pieter Janssen, Marloes de Vries (IBMN); "
               "Tomasz Nowak, Agnieszka Wójcik (Ogniwo)."),
         ("h", "1. Monsters deurtype C"),
         ("p", "De monsters (samples) of door type C are approved by Marloes after the fit check at kazerne "
               "Zeist. Small remark on the glass bead, Ogniwo will change it on the drawing."),
         ("h", "2. Meerjarenraming 2025-2026"),
         ("p", "The meerjarenraming (multi-year estimate of the regions) is 2.400 doors type C for 2025-2026. "
               "The board approved the raming on 15 May, so this is now our order for 2025-2026. Ogniwo can "
               "plan its capacity on the 2.400."),
         ("h", "3. Rondvraag"),
         ("p", "Agnieszka asks for the delivery addresses per region. Pieter sends the list."),
         ("table", [
             ["Actie", "Wie", "Wanneer"],
             ["Drawing update glass bead", "Tomasz", "wk 23"],
             ["List of delivery addresses", "Pieter", "wk 22"],
         ]),
     ], author="Pieter Janssen"))])

# p15 Plain mail: "some samples" - no quantity, no hold, no event, no release person.
case("p15_pennine_some_samples", ["RG003", "RG004", "RG005", "RG010"],
     "sample request with no quantity and nothing on the balance, unlock event or release authority",
     [("K115_upright.txt", """From: Gareth Holroyd <gareth.holroyd@penninefire.co.uk>
Sent: 12 July 2024 08:47
To: Cathy Wang <cathy.wang@haoyuanfire.cn>
Subject: Samples - K115 upright 93°C - PO 45-1233

Hi Cathy,

Thanks for the quote, looks competitive. We'd like to try your K115 upright heads on the Leeds
warehouse job (ESFR isn't needed there, storage is only 4.5 m).

Could you make us some samples please - 93°C bulb, chrome, 3/4" NPT thread as per the spec
sheet rev 3? Official PO number is 45-1233, the paperwork follows from Sian.

Cheers
Gareth

Gareth Holroyd | Purchasing Manager | Pennine Fire & Safety Ltd
Unit 4 Calder Trading Estate, Halifax HX1 5ND | +44 1422 550 140
""")])

# p16 Supplier status: advance received, so material for the full 3,000 booked and production started.
_mat = pdf([
    ("h1", "MATERIAL BOOKING CONFIRMATION MB/24-25/0311"),
    ("p", "Shreeji Fire Engineering Pvt. Ltd. - internal booking, copy to customer."),
    ("table", [
        ["Material", "Grade", "For", "Quantity", "Supplier"],
        ["Aluminium ingot", "LM6 (IS 617)", "3,000 nos Storz 75-B couplings", "2,250 kg", "Gujarat Alloys"],
        ["Seal rings", "EPDM 70 Shore", "3,000 nos", "3,000 nos", "Rubtech, Rajkot"],
    ]),
    ("p", "Booked 22.07.2024. Delivery to our works 29.07.2024."),
], title="MB/24-25/0311", author="Shreeji Fire Engineering")
_t = W(
    "Dear Rodrigo Sir,",
    "",
    "Greetings from Shreeji!",
    "",
    "We are in receipt of your advance payment of USD 9,000 against our proforma PI/24-25/061,",
    "many thanks for the same.",
    "",
    "Accordingly we have booked the LM6 aluminium ingot for the complete 3,000 nos Storz 75-B",
    "couplings (booking confirmation attached) and production is started from today in our",
    "foundry. The 30 nos samples were already despatched on 18th July.",
    "",
    "We will send weekly progress report.",
    "",
    "Thanks & Regards,",
) + sig("Rajesh Patel", "Sr. Manager - Exports", SFE, SFE_PH)
case("p16_sfe_advance_material_full", ["RG006", "RG012"],
     "supplier treats the advance as authority: books material for the full 3,000 and starts production",
     [("PI-24-25-061_status.eml", eml_bytes(mail(
         RAJESH, RODRIGO, "Storz 75-B couplings - advance received / production status",
         "Mon, 22 Jul 2024 15:20:00 +0530", _t,
         attachments=[("MB-24-25-0311.pdf", _mat, PDF_MT)])))])

# p17 Supplier weekly status: coil for 500 in stock; "after your sample approval we run the 490".
case("p17_ege_status_material_autorun", ["RG006", "RG007"],
     "supplier report: steel for 500 already in stock against 10 released, and plans to run the 490 on sample approval",
     [("EGE_weekly_status_wk27.pdf", pdf([
         ("h1", "WEEKLY ORDER STATUS - WEEK 27/2024"),
         ("p", "Ege Yangin Ekipmanlari A.S., Kemalpasa OSB, Izmir. Customer: Al Noor Civil Defence Contracting LLC."),
         ("table", [
             ["PO", "Item", "On PO", "Produced", "Material status", "Next step"],
             ["AN-PO-24-0478", "9 L AFFF foam cylinder EN 3-8", "10 (samples)", "10 - shipped 28.06",
              "DC04 coil for 500 pcs in our stock since 12.06", "after your sample approval we run the 490 pcs, week 30"],
             ["AN-PO-24-0490", "6 kg DCP cylinder EN 3-8", "800", "0", "coil ordered", "production week 29-31"],
         ]),
         ("sp",),
         ("p", "Remarks: the steel for the 9 L production is already in our stock, so we can start immediately "
               "when the samples are approved. Hydrostatic test 27 bar on 100%."),
         ("p", "Prepared by: Elif Sahin, Planning. Checked: Murat Aydin, Export Manager."),
     ], title="Weekly status wk27", author="Ege Yangin"))])

# p18 Supplier mail: forecast sheet read as "firm order of 6,000"; brass bought for 6,000.
case("p18_hao_forecast_firm_material", ["RG006", "RG008"],
     "supplier calls the buyer's 2025 forecast a firm order and has bought material for all 6,000",
     [("RE_2025_sheet.txt", """From: Cathy Wang <cathy.wang@haoyuanfire.cn>
Date: 2024-08-06 17:22 (GMT+08:00)
To: Gareth Holroyd <gareth.holroyd@penninefire.co.uk>
Subject: RE: Pennine 2025 forecast - K80 pendent

Dear Gareth,

Thanks for your 2025 forecast sheet, well received.

As per your firm order of 6,000 pcs K80 pendent 68°C for 2025, we already purchased the brass
frame material and glass bulbs for 6,000 pcs, to lock the copper price before September. Please
arrange the PO number soon so our finance can close the booking.

Delivery we suggest 1,500 pcs each quarter, first lot end of January before Chinese New Year.

Best regards
Cathy Wang 王晓燕
Sales Manager | Zhejiang Haoyuan Fire Equipment Co., Ltd.
Tel +86 574 6255 0140 | Yuyao, Ningbo
""")])

# p19 Buyer: deposit paid on the 2025 forecast, "take it as firm order and start production".
_t = W(
    "Estimada Cathy,",
    "",
    "Today we transferred USD 12.600 as 30% deposit on our 2025 forecast of 4.000 sprinkler heads",
    "K115 upright 93°C (conveyor protection programme, all faenas).",
    "",
    "With the deposit paid, please take the 4.000 as our firm order and start production, first",
    "delivery October to Antofagasta. Swift copy our treasury will send separately.",
    "",
    "Any question, I am available.",
    "",
    "Saludos cordiales,",
) + sig("Rodrigo Fuentes", "Jefe de Abastecimiento", MCA, MCA_PH)
case("p19_mca_deposit_forecast_firm", ["RG008", "RG012"],
     "buyer turns the 2025 forecast into a firm order and the deposit into the start signal",
     [("K115_conveyor_2025.eml", eml_bytes(mail(
         RODRIGO, CATHY, "Deposito 30% - forecast 2025 K115", "Fri, 26 Jul 2024 17:45:00 -0400", _t,
         html=txt2html(_t), cc=VALE)))])

# p20 Memo: hold and written release stated, then "once approved just run the 2,000"; approval double use.
case("p20_pennine_memo_contradicts_release", ["RG007", "RG009"],
     "memo requires a written release, then says run the 2,000 once samples are approved; 'approved' for finance and samples",
     [("memo_VF-40.docx", docx_bytes([
         ("h1", "Memo - VF-40 valve programme"),
         ("p", "To: Luca Bertoli (Rubinetterie Fenice)   From: Gareth Holroyd   Date: 22/04/2024"),
         ("num", "PO 45-1250 was approved by our finance director on 19/04 (commercial approval). It covers "
                 "twenty (20) sample valves VF-40."),
         ("num", "The production quantity on your offer (2,000) is a forecast and is not released. Production "
                 "release is only in writing, by me (Gareth Holroyd, Purchasing Manager), after sample approval."),
         ("num", "Sample approval: Claire Whitworth, Technical Manager - leak test 18 bar and 1,000 cycles."),
         ("num", "Material: samples only until the release."),
         ("num", "Timing: to save time, once Claire has approved the samples just run the 2,000, we'll tidy "
                 "up the paperwork afterwards."),
         ("sp",),
         ("p", "Gareth"),
     ], author="Gareth Holroyd"))])

# p21 Buyer reply: samples now; "once approved by our technical adviser, proceed with the 588, no new PO".
_q = W(
    "Dear Pieter,",
    "",
    "12 sample doors type D are ready for pick-up on Friday. What is the plan for the series?",
    "We would like to book the laser for August.",
    "",
    "Best regards",
    "Tomasz Nowak",
)
_t = W(
    "Hi Tomasz,",
    "",
    "Thanks, Friday pick-up is fine, our carrier is Van Dijk Transport.",
    "",
    "Order 2024-0702 stays at the 12 sample doors for now. Once the samples are approved by our",
    "technical adviser, you can proceed with the balance of 588 doors, no new PO needed.",
    "",
    "Groet,",
    "",
    "Op 16-07-2024 om 09:12 schreef Tomasz Nowak <t.nowak@ogniwometal.pl>:",
    quote(_q),
) + sig("Pieter Janssen", "Inkoper", IBMN, IBMN_PH)
case("p21_ibmn_reply_approval_rolls_on", ["RG005", "RG007"],
     "buyer says sample approval by an unnamed technical adviser lets the 588 roll on without a new PO",
     [("RE_type_D_doors.eml", eml_bytes(mail(
         PIETER, TOMASZ, "RE: samples deur type D / series", "Tue, 16 Jul 2024 11:04:00 +0200", _t,
         html=txt2html(_t), in_reply_to="<ogn-20240716-0912@ogniwometal.pl>")))])

# p22 Supplier portal: "mass production starts automatically when sample approval is received".
case("p22_hao_portal_auto_release", ["RG007"],
     "supplier portal announces automatic start of mass production on sample approval; no recorded auto-conversion",
     [("haoyuan_order_status.html", html_page("Haoyuan Fire - Customer order status", """
<h2>Zhejiang Haoyuan Fire Equipment Co., Ltd. &mdash; 客户订单 / Customer order status</h2>
<p>Customer: <b>Al Noor Civil Defence Contracting LLC</b> &middot; updated 2024-07-12 10:00 (GMT+8)</p>
<table>
<tr><th>Order</th><th>Model</th><th>Stage</th><th>Qty</th><th>Status</th></tr>
<tr><td>AN-PO-24-0502</td><td>HY-SP-K80-79U upright 79&deg;C</td><td>Sample</td><td>20</td><td>shipped DHL 2024-06-21</td></tr>
<tr><td>AN-PO-24-0502</td><td>HY-SP-K80-79U upright 79&deg;C</td><td>Mass production</td><td>2,980</td><td>waiting sample approval &rarr; auto-release to production</td></tr>
</table>
<div class="note"><p><b>Next step:</b> mass production of the 2,980 pcs will start automatically when your sample
approval is received in this portal (auto-release). Line slot reserved week 31-33.</p></div>
<p>Your sales contact: Cathy Wang &middot; cathy.wang@haoyuanfire.cn</p>
"""))])

# p23 Teams: "released" for the drawing, the samples and production; sample quantity never given.
case("p23_teams_release_three_ways", ["RG009", "RG010"],
     "'released' used for drawing, sample authority and production; the sample authorization states no quantity",
     [("teams_chat_type_E.txt", """Microsoft Teams - chat export
Chat: IBMN / Ogniwo - deur type E
Exported by Tomasz Nowak, 17-07-2024

Pieter Janssen  16-07-2024 10:02
Morning Tomasz. Small update: the drawing for the type E door is released now (rev 2, hinge left).

Pieter Janssen  16-07-2024 10:03
Samples: you have our release for the samples, please make them on rev 2.

Pieter Janssen  16-07-2024 10:03
Production release comes separately from Henk Bakker after Marloes has signed off the samples. The series stays on hold till then.

Tomasz Nowak  16-07-2024 10:10
OK thanks. How many samples you need? Last time for type D it was 12.

Pieter Janssen  16-07-2024 10:31
Will check with Marloes and come back to you
""")])

# p24 Pilot-lot PO: no quantity; hold and event stated; release by an unnamed department.
case("p24_mca_pilot_lot_no_qty", ["RG005", "RG010"],
     "pilot-lot PO never states how many; release 'by Gerencia de Abastecimiento' names nobody",
     [("OC_4500020301.pdf", pdf([
         ("h1", "ORDEN DE COMPRA 4500020301"),
         ("p", "Minera Cordillera Alta SpA, Abastecimiento, Av. Grecia 1200, Antofagasta. Fecha: 01.07.2024."),
         ("p", "Proveedor: Ogniwo Metal Sp. z o.o., Bielsko-Biala, Polonia."),
         ("table", [
             ["Pos", "Material", "Descripción", "Cantidad", "P.Unit EUR"],
             ["10", "GAB-DR-2000", "Puerta gabinete red húmeda, galvanizada + RAL 3000, ventana 300x200, plano MCA-GAB-2000 rev 20",
              "lote piloto / pilot lot", "268,00"],
         ]),
         ("sp",),
         ("p", "Proceed with the pilot lot per drawing MCA-GAB-2000 rev 20 only."),
         ("p", "El saldo de producción no está liberado / the production balance is not released until the "
               "sample sign-off by our fire protection engineering. The release will be issued by the "
               "Gerencia de Abastecimiento."),
         ("p", "Material: only for the pilot lot. Entrega FCA Bielsko-Biala."),
         ("sp",),
         ("p", "Emitido por: Abastecimiento MCA - SAP MM"),
     ], title="OC 4500020301", author="Minera Cordillera Alta"))])

# p25 WhatsApp: samples only, balance on hold "until further notice", Faisal releases; no quantity.
case("p25_whatsapp_hold_no_event_no_qty", ["RG004", "RG010"],
     "samples authorized with no number; balance on hold until further notice; person named, no event",
     [("WhatsApp_Al_Quoz.txt", """[03/06/2024, 09:12:44] Mohammed Al Hammadi: Cathy good morning. For the Al Quoz warehouse job, samples only for now of the ESFR K200 pendent heads.
[03/06/2024, 09:13:20] Mohammed Al Hammadi: Balance is on hold. Release of balance will come only from Faisal Al Ketbi, not from me and not from site team.
[03/06/2024, 09:20:02] Cathy Wang: Noted Mohammed 🙏 How many samples? Last time was 12
[03/06/2024, 09:45:31] Mohammed Al Hammadi: Joseph will send the PO, he will confirm. Keep the balance on hold until further notice.
[03/06/2024, 09:46:10] Cathy Wang: OK understand
""")])

# p26 PO for 1,200 + supplier proforma for 1,250 that starts production on receipt of the advance.
case("p26_pennine_po_vs_proforma", ["RG011", "RG012"],
     "PO says 1,200, proforma says 1,250; proforma starts production on receipt of the advance",
     [("PO_45-1260.pdf", pdf([
         ("h1", "PURCHASE ORDER 45-1260"),
         ("p", "Pennine Fire & Safety Ltd, Halifax HX1 5ND. Date 08/07/2024."),
         ("p", "Supplier: Ege Yangin Ekipmanlari A.S., Kemalpasa OSB, Izmir, Turkiye."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit price", "Value", "Due"],
             ["10", "EY-CYL-09W", "9 L water extinguisher cylinder, EN 3-8, RAL 3000, Pennine label", "1,200", "EUR 17,85", "EUR 21.420,00", "wk 36"],
         ]),
         ("sp",),
         ("p", "Repeat order, full quantity; same cylinder as PO 45-1119 (2023), no sample stage."),
         ("p", "Payment: 30% advance, balance 60 days from B/L. FOB Izmir."),
         ("p", "Buyer: Gareth Holroyd"),
     ], title="PO 45-1260", author="Pennine Fire & Safety")),
      ("PI-24-0388.pdf", pdf([
          ("h1", "PROFORMA INVOICE PI-24-0388"),
          ("p", "Ege Yangin Ekipmanlari A.S. - Kemalpasa OSB, Izmir. Date: 10.07.2024. Your order: 45-1260."),
          ("table", [
              ["No", "Description", "Qty", "Unit EUR", "Amount EUR"],
              ["1", "9 L water extinguisher cylinder EN 3-8, RAL 3000, customer label", "1.250", "17,85", "22.312,50"],
              ["", "Advance 30%", "", "", "6.693,75"],
          ]),
          ("sp",),
          ("p", "Payment: 30% advance by T/T, balance 60 days from B/L."),
          ("p", "Upon receipt of the advance we start production of the 1.250 pcs. Shipment 6 weeks after "
                "receipt of the advance."),
          ("p", "Bank: Ziraat Bankasi, Izmir Kemalpasa branch. Murat Aydin, Export Manager."),
      ], title="PI-24-0388", author="Ege Yangin"))])

# p27 Quoted thread + DOCX test report: 'approved' for samples and order; release 600 then 500 released.
_rep = docx_bytes([
    ("h1", "Testrapport TR-24-061 - Storz 52-C"),
    ("table", [
        ["Item", "Result"],
        ["Samples", "10 couplings Storz 52-C, Shreeji Fire Engineering"],
        ["Hydrostatic 16 bar, 5 min", "no leak (10/10)"],
        ["Coupling with Storz 52-C on hose (NEN-EN 14420-8)", "ok"],
        ["Claw dimensions (DIN 14302)", "ok, 2 pcs at upper tolerance"],
    ]),
    ("p", "Conclusion: the samples meet the technical requirements. This test report is a technical "
          "sign-off of the samples only; it releases no quantity."),
    ("p", "M. de Vries, technisch adviseur, 24-07-2024"),
], author="Marloes de Vries")
_q = W(
    "Dear Pieter Sir,",
    "Kindly update the status of sample approval and PO for Storz 52-C couplings so we can plan",
    "our foundry. Thanks & Regards, Rajesh",
)
_t = W(
    "Dear Rajesh,",
    "",
    "Good news: the samples are approved by Marloes (test report attached). The order 2024-0730 is",
    "also approved by our management, yesterday.",
    "",
    "Production release: 600 couplings Storz 52-C, released by Henk Bakker, hoofd inkoop. The",
    "remaining 1.400 of the framework stay on hold until the next written release by Henk after",
    "the first lot is accepted at our warehouse. Material only for the released couplings.",
    "",
    "Please plan production and shipment of the 500 released couplings for week 38.",
    "",
    "Met vriendelijke groet,",
    "",
    "Van: Rajesh Patel <rajesh.patel@shreejifire.in>",
    "Verzonden: maandag 22 juli 2024 07:15",
    "Onderwerp: Storz 52-C status",
    "",
    quote(_q),
) + sig("Pieter Janssen", "Inkoper", IBMN, IBMN_PH)
case("p27_ibmn_release_600_vs_500", ["RG009", "RG011"],
     "one mail releases 600 and then plans 'the 500 released'; 'approved' for samples and for the order",
     [("RE_Storz_52-C.eml", eml_bytes(mail(
         PIETER, RAJESH, "RE: Storz 52-C status", "Thu, 25 Jul 2024 14:20:00 +0200", _t,
         in_reply_to="<sfe-20240722-0715@shreejifire.in>",
         attachments=[("TR-24-061.docx", _rep, DOCX_MT)])))])

# p28 Cover mail + sample PO (DOCX) + supplier quote (TXT) with 800 production; release person named.
_t = W(
    "Tomasz,",
    "",
    "buenos días. Attached our OC 4500020412 for the sample wet-riser cabinet doors and your",
    "offer OM/OF/24/211.",
    "",
    "Release authority on our side for this order is Ignacio Vergara, Gerente de Mantención.",
    "",
    "Please confirm delivery date FCA Bielsko-Biała.",
    "",
    "Saludos,",
) + sig("Rodrigo Fuentes", "Jefe de Abastecimiento", MCA, MCA_PH)
case("p28_mca_bundle_quote_800", ["RG001", "RG003", "RG004"],
     "6 sample doors ordered with the quote (800 production) in the folder unmarked; release person named, no hold/event",
     [("mail_OC_4500020412.eml", eml_bytes(mail(
         RODRIGO, TOMASZ, "OC 4500020412 - puertas gabinete / cabinet doors", "Mon, 05 Aug 2024 10:30:00 -0400",
         _t, cc=VALE))),
      ("OC_4500020412.docx", docx_bytes([
          ("h1", "ORDEN DE COMPRA 4500020412"),
          ("p", "Minera Cordillera Alta SpA - Abastecimiento - Antofagasta. Fecha 05.08.2024."),
          ("p", "Proveedor: Ogniwo Metal Sp. z o.o., ul. Partyzantów 88, Bielsko-Biała, Polonia."),
          ("table", [
              ["Pos", "Material", "Descripción", "Cant.", "P.Unit EUR", "Total EUR"],
              ["10", "GAB-DR-2200", "Puerta gabinete red húmeda tipo 2, acero galvanizado + RAL 3000, plano MCA-GAB-2200 rev 3",
               "6", "240,00", "1.440,00"],
          ]),
          ("p", "Muestras para prueba en Faena Sierra Gorda (ambiente salino, ensayo niebla salina 480 h ISO 9227)."),
          ("p", "Oferta proveedor: OM/OF/24/211."),
          ("p", "Entrega FCA Bielsko-Biała, semana 36."),
      ], author="Rodrigo Fuentes")),
      ("OM-OF-24-211.txt", """OGNIWO METAL Sp. z o.o.
ul. Partyzantów 88, 43-300 Bielsko-Biała, Polska          NIP 547-000-02-11

OFERTA / OFFER  OM/OF/24/211                               Bielsko-Biała, 22.07.2024
For: Minera Cordillera Alta SpA, Antofagasta - att. Mr Rodrigo Fuentes

Item: wet-riser cabinet door type 2, galvanised steel 1,5 mm + powder coat RAL 3000,
      window 300x200 (drawing MCA-GAB-2200 rev 3), salt spray 480 h ISO 9227

  Pos.  Quantity              Unit price     Lead time
  1     6 pcs (samples)       EUR 240,00     4 weeks
  2     800 pcs (production)  EUR 158,00     10 weeks

Packing: wooden crate per 20 pcs. Delivery FCA Bielsko-Biała.
Payment: 45 days from invoice. Offer valid 60 days.

Tomasz Nowak
Sales Engineer / Inżynier sprzedaży
""")])

# p29 Sample PO that copies the quote tiers into the PO; nothing on balance, event or person.
case("p29_aln_po_quote_table", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 25 sample valves copies the 1.500 production tier into the PO; no hold, event or release person",
     [("AN-PO-24-0533.pdf", pdf([
         ("h1", "PURCHASE ORDER AN-PO-24-0533"),
         ("p", "Al Noor Civil Defence Contracting LLC, Sharjah, UAE. Date: 30-Jun-2024. Buyer: Joseph D'Souza."),
         ("p", "Supplier: Rubinetterie Fenice S.r.l., Lumezzane (BS), Italy."),
         ("h", "Supplier quotation summary (FEN-24-0455)"),
         ("table", [
             ["Step", "Qty", "Unit price"],
             ["Samples", "25 pcs", "EUR 29,80"],
             ["Production", "1.500 pcs", "EUR 17,20"],
         ]),
         ("h", "Order lines"),
         ("table", [
             ["Ln", "Item", "Description", "Qty", "Unit", "Amount"],
             ["1", "VF-30-AN", "Extinguisher valve M30x1.5 for 6 kg DCP, EN 3-7, Civil Defence UAE label",
              "25", "EUR 29,80", "EUR 745,00"],
         ]),
         ("sp",),
         ("p", "Samples for Civil Defence type approval file. Delivery by courier to Sharjah."),
         ("p", "Terms: 90 days from invoice."),
     ], title="AN-PO-24-0533", author="Al Noor"))])

# p30 UK buyer portal: complete scope, then an unscoped "Green light, go ahead" in the messages.
case("p30_pennine_portal_green_light", ["RG002"],
     "portal PO with complete sample scope; buyer's reply to a shade question is an unscoped 'green light, go ahead'",
     [("pennine_portal_45-1270.html", html_page("Pennine Supplier Portal - PO 45-1270", """
<h2>Pennine Fire &amp; Safety Ltd &mdash; Supplier Portal</h2>
<p>Logged in as: <b>Tomasz Nowak (Ogniwo Metal Sp. z o.o.)</b></p>
<h3>Purchase Order 45-1270 &nbsp;<small>issued 24/06/2024</small></h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Scope</th><th>Qty</th><th>Price</th></tr>
<tr><td>10</td><td>OM-DR-500-P</td><td>Hose reel cabinet door, powder coated RAL 3000, glass 4 mm</td><td>sample</td><td>10</td><td>EUR 96.00</td></tr>
</table>
<div class="note"><p><b>Scope:</b> 10 sample doors only. The balance of 490 doors on your offer is not released and is
on hold until Claire Whitworth signs off the samples and Gareth Holroyd sends a written release. Material
authority: sample-only.</p></div>
<h4>Messages</h4>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>01/07/2024 09:12</td><td>Tomasz Nowak</td><td>Our powder coat supplier has changed. New RAL 3000 shade is within &Delta;E 1.0 of the old one, photo of the test panel attached. OK for you?</td></tr>
<tr><td>01/07/2024 14:40</td><td>Sian Pritchard</td><td>Looks fine to me. Green light, go ahead 👍</td></tr>
</table>
"""))])

# p32 Hold notice: on hold until further notice; only a named person can lift it; no event.
case("p32_aln_hold_notice_no_event", ["RG004"],
     "hold notice with active 10 and named authority, but the hold is 'until further notice' with no event",
     [("HN-24-014.docx", docx_bytes([
         ("h1", "HOLD NOTICE HN-24-014"),
         ("p", "From: Al Noor Civil Defence Contracting LLC, Procurement. To: Ege Yangın Ekipmanları A.Ş."),
         ("p", "Date: 18 June 2024."),
         ("table", [
             ["Order", "AN-PO-24-0478 - 9 L AFFF foam extinguisher cylinder EN 3-8"],
             ["Active quantity", "10 sample cylinders only"],
             ["Balance", "490 cylinders (quote EY-Q-24-1187)"],
         ]),
         ("p", "The balance of 490 cylinders is on hold until further notice. Only Faisal Al Ketbi, Projects "
               "Director, can lift this hold."),
         ("p", "Please do not buy material or plan line time for the 490."),
         ("sp",),
         ("p", "Mohammed Al Hammadi, Procurement Manager"),
     ], author="Mohammed Al Hammadi"))])

# p34 EDI ORDERS print: hold and event stated, release "by IBMN Inkoop" (no named person).
case("p34_ibmn_edi_release_by_department", ["RG005"],
     "EDI order: 12 samples, balance on hold until sample sign-off, release by a department, nobody named",
     [("ORDERS_2024-0745.txt", """IBMN INKOOP - EDI ORDERS D.96A - AFDRUK / PRINT
=================================================================
BGM 220  ORDER 2024-0745                     DTM 137 22-07-2024
NAD BY   INKOOPBUREAU BRANDWEER MIDDEN-NEDERLAND, UTRECHT
NAD SU   OGNIWO METAL SP Z O O, BIELSKO-BIALA   GLN 5900000007451
-----------------------------------------------------------------
LIN 10   OM-DR-650-RVS   KASTDEUR RVS 650X650 GLAS 4MM
QTY 21   12 PCE          SAMPLE
PRI AAA  260,00 EUR
DTM 2    02-09-2024
-----------------------------------------------------------------
FTX AAI  SAMPLE ORDER ONLY. QTY 12 = SAMPLES.
FTX AAI  BAL 1188 NOT RELEASED - HOLD UNTIL SAMPLE SIGN-OFF.
FTX AAI  RELEASE OF BAL BY IBMN INKOOP AFTER SIGN-OFF.
FTX AAI  MATERIAL: SAMPLE QTY ONLY.
-----------------------------------------------------------------
UNT 14   UNZ 1                          INTERCHANGE 000000000745
""")])

# p35 Supplier status report: blanks cut for 500 doors while 10 pilot doors are released.
case("p35_ogniwo_status_blanks_500", ["RG006"],
     "supplier report: sheet bought and cut for 500 doors against 10 released pilot doors, no material authority",
     [("status_report_wk29.pdf", pdf([
         ("h1", "Production status report - week 29/2024"),
         ("p", "Ogniwo Metal Sp. z o.o., Bielsko-Biala. For: Pennine Fire & Safety Ltd, att. Gareth Holroyd."),
         ("table", [
             ["Your PO", "Item", "Released", "Done", "Material"],
             ["45-1277", "OM-DR-600-P door, powder coat RAL 3000", "10 (pilot)", "10 welded, 6 painted",
              "sheet DC01 1,2 mm for 500 doors received and cut to blanks"],
         ]),
         ("sp",),
         ("p", "Comment: to keep the delivery time for the series we have prepared the blanks for the full "
               "500 doors (laser cut 16.07-19.07). Pilot doors ready for shipment week 30."),
         ("p", "Salt spray test on painted panel: 480 h ISO 9227 started 15.07, result week 32."),
         ("sp",),
         ("p", "Agnieszka Wojcik, Production Planning"),
     ], title="Status wk29", author="Ogniwo Metal"))])

# p36 WeChat: buyer's complete scope, then supplier says it bought brass and bulbs for all 5,000.
case("p36_wechat_brass_for_5000", ["RG006"],
     "buyer scope complete (50 samples, hold, event, person, sample-only material); supplier buys for all 5,000",
     [("wechat_K115_samples.txt", """WeChat chat history - "MCA x Haoyuan K115"
2024-06-14 21:05  Valentina Soto
Cathy, OC 4500020510 sent: 50 sample heads K115 upright 93°C only. The rest 4.950 of your quote is NOT released, it stays on hold until sample sign-off by Camila Rojas and written release by Rodrigo Fuentes. Material only for the 50 please.

2024-06-15 08:30  Cathy Wang
received Valentina, thank you! 50 samples

2024-06-26 10:12  Cathy Wang
Valentina good news 😊 we already buy brass rod and glass bulb for all 5000 pcs, copper price going up, this way we keep your price for long time 👍

2024-06-26 10:13  Cathy Wang
[Image]

2024-06-26 22:47  Valentina Soto
Hmm ok. I will check with Rodrigo tomorrow
""")])

# p37 Supplier order confirmation: "upon your approval of the samples we proceed automatically with 1.475".
_oc = pdf([
    ("h1", "CONFERMA D'ORDINE / ORDER CONFIRMATION 24/0550"),
    ("p", "Rubinetterie Fenice S.r.l. - Lumezzane (BS). Customer: Al Noor Civil Defence Contracting LLC."),
    ("table", [
        ["Pos.", "Article", "Your ref.", "Q.ty", "Unit price", "Delivery"],
        ["1", "VF-30-AN valve M30x1,5, samples", "AN-PO-24-0550", "25", "EUR 29,80", "wk 29"],
    ]),
    ("p", "Conditions: 90 days from invoice. Ex works Lumezzane."),
], title="Conferma 24/0550", author="Rubinetterie Fenice")
_t = W(
    "Dear Mr Al Hammadi,",
    "",
    "we thank you for your order AN-PO-24-0550 and we confirm with pleasure the 25 sample valves",
    "VF-30-AN (our order confirmation attached), delivery week 29.",
    "",
    "Upon your approval of the samples we will proceed automatically with the balance of 1.475",
    "valves, so to respect the delivery time of the tower project.",
    "",
    "Remaining at your disposal, best regards.",
) + sig("Luca Bertoli", "Export Sales", FEN, FEN_PH)
case("p37_fenice_confirmation_auto_proceed", ["RG007"],
     "supplier confirmation says it will proceed automatically with the 1.475 on sample approval",
     [("conferma_ordine_AN-PO-24-0550.eml", eml_bytes(mail(
         LUCA, MOHD, "Conferma d'ordine 24/0550 - AN-PO-24-0550", "Thu, 04 Jul 2024 12:10:00 +0200", _t,
         html=txt2html(_t), attachments=[("conferma_24-0550.pdf", _oc, PDF_MT)])))])

# p38 Supplier mail: "once samples ok ... start bulk production of balance 1,980 immediately".
case("p38_sfe_bulk_after_samples_ok", ["RG007"],
     "supplier will start the 1,980 balance as soon as the samples are ok, no separate PO",
     [("samples_despatch_BS336.txt", """From: Rajesh Patel <rajesh.patel@shreejifire.in>
To: Gareth Holroyd <gareth.holroyd@penninefire.co.uk>
Date: Sat, 20 Jul 2024 13:02:11 +0530
Subject: Despatch of samples - BS 336 couplings 2.5" - your PO 45-1281

Dear Gareth Sir,

Greetings from Shreeji Fire!

We are pleased to inform that 20 nos samples of BS 336 2.5" instantaneous couplings (10 male +
10 female) are despatched today by FedEx, AWB 7712 1980 0020. Hydro test 21 bar done on all.

Once samples are ok from your end, we shall start bulk production of balance 1,980 nos
immediately, no need for separate PO or any other formality, so that you get material in time.

Kindly revert with your feedback at the earliest.

Thanks & Regards,
Rajesh Patel
Sr. Manager - Exports
Shreeji Fire Engineering Pvt. Ltd., Vadodara
M: +91 98 0000 1980
""")])

# p39 Supplier order confirmation turns the 2025 forecast into a firm order.
case("p39_ege_confirms_forecast_as_order", ["RG008"],
     "supplier confirms the buyer's 2025 forecast as a firm order of 9.600 cylinders",
     [("EY-OC-24-0915.pdf", pdf([
         ("h1", "ORDER CONFIRMATION / SIPARIS TEYIDI EY-OC-24-0915"),
         ("p", "Ege Yangin Ekipmanlari A.S., Kemalpasa OSB, Izmir. Date: 15.07.2024."),
         ("p", "Customer: Al Noor Civil Defence Contracting LLC, Sharjah. Reference: your forecast FC-2025-01 "
               "dated 01.07.2024."),
         ("p", "We confirm your order for the 2025 forecast quantities as firm: 9.600 pcs 6 kg DCP cylinders "
               "EN 3-8 (EY-CYL-06-1200), delivery 800 pcs per month as below."),
         ("table", [
             ["Month", "Qty", "Month", "Qty"],
             ["Jan 2025", "800", "Jul 2025", "800"],
             ["Feb 2025", "800", "Aug 2025", "800"],
             ["Mar 2025", "800", "Sep 2025", "800"],
             ["Apr 2025", "800", "Oct 2025", "800"],
             ["May 2025", "800", "Nov 2025", "800"],
             ["Jun 2025", "800", "Dec 2025", "800"],
         ]),
         ("sp",),
         ("p", "Price EUR 16,90 / pc CFR Sharjah, fixed for 2025. Test pressure 27 bar."),
         ("p", "Murat Aydin, Export Manager"),
     ], title="EY-OC-24-0915", author="Ege Yangin"))])

# p40 Buyer schedule print: forecast lines declared a firm commitment to build to.
case("p40_pennine_schedule_forecast_firm", ["RG008"],
     "buyer delivery schedule labels lines FORECAST and then calls them a firm commitment to build to",
     [("SCH-FEN-2024-09.txt", """PENNINE FIRE & SAFETY LTD - SUPPLIER DELIVERY SCHEDULE (ANSI X12 830 PRINT)
==========================================================================
Schedule no : SCH-FEN-2024-09            Issue date : 02/09/2024
Supplier    : RUBINETTERIE FENICE SRL    Vendor     : V-0318
Item        : VF-30  valve M30x1.5, PEN-D-3015 rev D
Contract    : PO 45-1187 rev 1 (2,000 released, delivered by 30/08/2024)
--------------------------------------------------------------------------
 Period     Qty     Type        Cum
 Oct-24     400     FORECAST     400
 Nov-24     400     FORECAST     800
 Dec-24     300     FORECAST    1100
 Jan-25     500     FORECAST    1600
 Feb-25     500     FORECAST    2100
 Mar-25     500     FORECAST    2600
--------------------------------------------------------------------------
BUYER NOTE: the forecast quantities on this schedule are our firm commitment.
Please treat them as orders and build to them; no separate PO will be issued.
--------------------------------------------------------------------------
Buyer: G. Holroyd   Tel +44 1422 550 140   printed by SAGE X3 02/09/2024 07:58
""")])

# p41 Buyer portal message: "released" for the drawing and for production; scope otherwise complete.
case("p41_ibmn_portal_released_drawing", ["RG009"],
     "'released' used for the drawing (technical) and for production; quantity, hold, event, person all present",
     [("bestelling_2024-0760_berichten.html", html_page("IBMN Leveranciersportaal - 2024-0760 berichten", """
<h2>Inkoopbureau Brandweer Midden-Nederland &mdash; Leveranciersportaal</h2>
<p>Leverancier: <b>Shreeji Fire Engineering Pvt. Ltd.</b> &middot; Raamovereenkomst / framework 2024-F-11 (1.200 Storz 75-B)</p>
<h3>Bestelling 2024-0760 &mdash; Berichten / messages</h3>
<table>
<tr><th>Datum</th><th>Van</th><th>Bericht</th></tr>
<tr><td>30-07-2024 16:05</td><td>Pieter Janssen (IBMN)</td><td>
Beste Rajesh,<br>
The drawing for the 75-B coupling is released, rev C (technical release by Marloes de Vries, claw
profile per DIN 14303).<br>
Production release: 300 couplings Storz 75-B are released today by Henk Bakker, hoofd inkoop, after the
sample sign-off of the 8 samples on 29-07.<br>
The remaining 900 of the framework are not released. They stay on hold until the next written release
by Henk Bakker after the first lot of 300 is accepted at our warehouse.<br>
Material: for the 300 only.<br>
Groet, Pieter</td></tr>
<tr><td>31-07-2024 08:12</td><td>Rajesh Patel (Shreeji)</td><td>Dear Sir, noted with thanks, 300 nos only, balance 900 on hold. Regards</td></tr>
</table>
""", lang="nl"))])

# p42 QA portal approval record: "approved" for the PO budget, the vendor and the samples.
case("p42_aln_portal_approval_record", ["RG009"],
     "'approved' used for vendor/PO budget (commercial) and samples (technical); scope otherwise complete",
     [("SAR-24-077.html", html_page("Al Noor QA Portal - SAR-24-077", """
<h2>Al Noor Civil Defence Contracting LLC &mdash; QA/QC Portal</h2>
<h3>Supplier Approval Record SAR-24-077</h3>
<table>
<tr><th>Field</th><th>Entry</th></tr>
<tr><td>Supplier</td><td>Ogniwo Metal Sp. z o.o. (vendor no. V-2291) &mdash; status: <b>APPROVED</b> (vendor registration)</td></tr>
<tr><td>PO</td><td>AN-PO-24-0451, fire hose cabinet door FHC-2 &mdash; <b>approved</b> by finance (budget) 15.07.2024</td></tr>
<tr><td>Samples</td><td>8 doors FHC-2 &mdash; <b>approved</b> by Rashid Khan, QA/QC Engineer, 18.07.2024 (samples only)</td></tr>
<tr><td>Active quantity</td><td>the 8 sample doors only</td></tr>
<tr><td>Balance</td><td>392 doors not released; on hold until the mock-up room inspection by the consultant and then a written release by Faisal Al Ketbi, Projects Director</td></tr>
<tr><td>Material</td><td>sample-only</td></tr>
</table>
<p>Record created by: Rashid Khan &middot; last change 18.07.2024 16:40</p>
"""))])

# p43 Forwarded (rfc822) authorization for sample doors with no quantity; hold, event, person present.
_inner = mail(RODRIGO, TOMASZ, "OC 4500020355 - puertas gabinete red húmeda (samples)",
              "Mon, 03 Jun 2024 09:15:00 -0400", W(
                  "Tomasz,",
                  "",
                  "please proceed with the sample doors for the wet-riser cabinets per drawing MCA-GAB-2000",
                  "rev 20, OC 4500020355.",
                  "",
                  "The production balance is not released. It stays on hold until the sample sign-off by",
                  "Camila Rojas, and then Ignacio Vergara (Gerente de Mantención) will send the written",
                  "release. Material: samples only.",
                  "",
                  "Saludos,",
                  "Rodrigo Fuentes",
              ))
_t = W(
    "Tomasz,",
    "",
    "forwarding again my mail of 3 June below (attached), your planning (Agnieszka) says they did",
    "not receive it. Please confirm the delivery week.",
    "",
    "Saludos,",
) + sig("Rodrigo Fuentes", "Jefe de Abastecimiento", MCA, MCA_PH)
case("p43_mca_fwd_samples_no_qty", ["RG010"],
     "forwarded buyer authorization: sample doors with hold, event and release person, but no quantity anywhere",
     [("Fwd_OC_4500020355.eml", eml_bytes(mail(
         RODRIGO, TOMASZ, "Fwd: OC 4500020355 - puertas gabinete red húmeda (samples)",
         "Tue, 18 Jun 2024 10:02:00 -0400", _t, cc="Agnieszka Wójcik <a.wojcik@ogniwometal.pl>",
         attachments=[("rfc822", _inner)])))])

# p44 Cover mail says sixteen (16) samples, attached PO says 12; scope otherwise complete.
_po = pdf([
    ("h1", "PURCHASE ORDER AN-PO-24-0560"),
    ("p", "Al Noor Civil Defence Contracting LLC, Sharjah. Date 21-Jul-2024. Buyer: Joseph D'Souza."),
    ("p", "Supplier: Zhejiang Haoyuan Fire Equipment Co., Ltd., Yuyao."),
    ("table", [
        ["Ln", "Item", "Description", "Qty", "UOM", "Unit USD", "Amount USD"],
        ["1", "HY-SP-K80-68P", "Sprinkler head pendent K80 68 C QR, 1/2\" NPT, white RAL 9010", "12", "EA", "3.40", "40.80"],
    ]),
    ("sp",),
    ("p", "Scope: 12 sample heads. The balance of the 2,000 heads on quotation HY-Q-24-0921 is not released and "
          "is on hold until QA sign-off by Rashid Khan and a written release by Faisal Al Ketbi, Projects Director."),
    ("p", "Material: samples only."),
], title="AN-PO-24-0560", author="Al Noor")
_t = W(
    "Dear Cathy,",
    "",
    "Please find attached PO AN-PO-24-0560 for sixteen (16) sample sprinkler heads K80 pendent",
    "68°C, white, for the Al Majaz tower mock-up.",
    "",
    "The balance of the 2,000 heads on your quotation is NOT released. It is on hold until QA",
    "sign-off of the samples by Rashid Khan and then a written release by Faisal Al Ketbi,",
    "Projects Director. Material for the samples only please.",
    "",
    "Best regards,",
) + sig("Mohammed Al Hammadi", "Procurement Manager", ALN, ALN_PH)
case("p44_aln_mail_16_po_12", ["RG011"],
     "cover mail authorizes sixteen (16) samples, the attached PO twelve; hold, event and person complete",
     [("AN-PO-24-0560.eml", eml_bytes(mail(
         MOHD, CATHY, "PO AN-PO-24-0560 - K80 pendent samples", "Sun, 21 Jul 2024 11:25:00 +0400", _t,
         cc=JOSEPH, attachments=[("AN-PO-24-0560.pdf", _po, PDF_MT)])))])

# p45 Scope letter: twenty (20) samples in the text, 25 in the table.
case("p45_pennine_scope_20_vs_25", ["RG011"],
     "PO scope letter says twenty (20) sample valves in the text and 25 in the line table",
     [("PO_45-1285_scope.docx", docx_bytes([
         ("h1", "PO 45-1285 - scope of order"),
         ("p", "To: Rubinetterie Fenice S.r.l., att. Luca Bertoli. From: Gareth Holroyd. 29/07/2024."),
         ("p", "This PO covers twenty (20) sample valves VC-5 rev B (CO2, 25E taper thread) for our "
               "customer trial at Bradford."),
         ("table", [
             ["Line", "Item", "Scope", "Qty", "Unit price"],
             ["10", "VC-5 rev B", "sample", "25", "EUR 34,80"],
         ]),
         ("p", "The production quantity on your offer FEN-24-0402 is not released. It stays on hold until "
               "Claire Whitworth has signed off the samples and I send a written release."),
         ("p", "Material authority: samples only."),
         ("p", "Regards, Gareth Holroyd, Purchasing Manager"),
     ], author="Gareth Holroyd"))])

# p46 WhatsApp: buyer scope complete; supplier says advance received so full 2,000 started.
case("p46_whatsapp_advance_started_full", ["RG012"],
     "buyer scope complete (50 samples, hold, event, person); supplier treats the advance as authority for 2,000",
     [("WhatsApp_Rajesh_Patel.txt", """10/06/2024, 12:01 - Gareth Holroyd: Rajesh, PO 45-1288 is for the 50 sample hydrant caps only. The 1,950 on your quote are not released, on hold till Claire signs off the samples and I send you a written release. Material for 50 only pls
10/06/2024, 12:20 - Rajesh Patel: Noted Sir 🙏
02/07/2024, 10:05 - Rajesh Patel: Good morning Gareth Sir. Advance payment received as per our proforma PI/24-25/077, thank you 🙏
02/07/2024, 10:06 - Rajesh Patel: So we have started production of the full 2,000 nos, will ship in 2 lots, first lot 1,000 nos end of July
02/07/2024, 11:48 - Gareth Holroyd: ??? Rajesh please call me
""")])

# p47 Plain mail: full-quantity PO, "deposit paid today, so you can start the 600 now".
case("p47_pennine_deposit_so_start", ["RG012"],
     "full 600 PO; buyer writes that the paid deposit is why production can start",
     [("PO_45-1275.txt", """From: Gareth Holroyd <gareth.holroyd@penninefire.co.uk>
Sent: 17 July 2024 16:33
To: Murat Aydın <murat.aydin@egeyangin.com.tr>
Cc: Sian Pritchard <sian.pritchard@penninefire.co.uk>
Subject: PO 45-1275 - 2 kg CO2 cylinders

Murat,

PO 45-1275 is on its way from Sian: 600 x 2 kg CO2 cylinders (TPED, 250 bar test), full
quantity, same spec as last year so no samples.

Deposit paid today (£4,320, 30%), so you can start the 600 now.

Let me know the ship date from Izmir.

Cheers,
Gareth

Gareth Holroyd | Purchasing Manager | Pennine Fire & Safety Ltd | +44 1422 550 140
""")])


# =================================================================== BUILD
def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(186186).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        first = c["files"][0][0]
        stem = re.sub(r"[^A-Za-z0-9._-]", "_", Path(first).stem)
        folder = f"h186_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    return labels


if __name__ == "__main__":
    ids = [c["name"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case id"
    lab = build()
    n_clean = sum(1 for v in lab.values() if not v["expect"])
    print(f"{len(lab)} cases, {n_clean} clean, {len(lab) - n_clean} with risks")
