#!/usr/bin/env python3
"""Generator for the releasegate check_holdout187 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout187/build.py

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
    m["Message-ID"] = msgid or f"<h187-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h187")
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


# Domain for this corpus: scaffolding and formwork (couplers, base jacks, ledger blades,
# formwork ties, aluminium beams, guardrail posts). All companies and people are fictional.
import textwrap  # noqa: E402


def T(s):
    """Dedent a hand-written block and drop the first newline."""
    return textwrap.dedent(s).lstrip("\n")


def q(text, level=1):
    """Quote a block the way mail clients do ('> ' per level)."""
    pre = "> " * level
    return "\n".join((pre + ln).rstrip() for ln in text.rstrip("\n").split("\n")) + "\n"


TXT_MT = "text/plain"
HTML_MT = "text/html"

# people -----------------------------------------------------------------------------
KARI = "Kari Haugland <kari.haugland@fjordstillas.no>"
EIRIK = "Eirik Solberg <eirik.solberg@fjordstillas.no>"
MOHD = "Mohammed Al-Kuwari <m.alkuwari@alrayyangulf.qa>"
ARG_AP = "Joseph Mathew <ap@alrayyangulf.qa>"
CHINEDU = "Chinedu Okafor <c.okafor@lagooncrest.com.ng>"
FUNMI = "Funmilayo Adebayo <f.adebayo@lagooncrest.com.ng>"
DARREN = "Darren Whitfield <darren.whitfield@scformwork.com.au>"
JAVIER = "Javier Morales <j.morales@andamioslevante.es>"
MEHMET = "Mehmet Yildiz <mehmet.yildiz@kartaliskele.com.tr>"
LILY = "Lily Zhang <lily.zhang@tjhengda.cn>"
LAN = "Nguyen Thi Lan <lan.nt@hpsteelform.vn>"
PETR = "Petr Novak <petr.novak@brnoform.cz>"

FJ = "Fjordstillas AS, Sandviksveien 114, 5035 Bergen, Norway"
ARG = "Al Rayyan Gulf Contracting W.L.L., P.O. Box 22817, Doha, Qatar"
LCG = "Lagoon Crest Construction Group Ltd, 14 Adeola Odeku Street, Victoria Island, Lagos"
SCF = "Southern Cross Formwork Pty Ltd, 88 Kingsford Smith Drive, Hamilton QLD 4007, Australia"

SIG_KARI = sig("Kari Haugland", "Innkjøpsleder / Purchasing Manager", "Fjordstillas AS, Bergen",
               "+47 55 30 41 00")
SIG_MOHD = sig("Mohammed Al-Kuwari", "Procurement Manager", "Al Rayyan Gulf Contracting W.L.L., Doha",
               "+974 4444 1820")
SIG_CHINEDU = sig("Chinedu Okafor", "Procurement Officer", "Lagoon Crest Construction Group Ltd, Lagos",
                  "+234 803 555 0142")
SIG_FUNMI = sig("Funmilayo Adebayo (Mrs)", "Head, Plant & Equipment",
                "Lagoon Crest Construction Group Ltd, Lagos", "+234 803 555 0177")
SIG_DARREN = sig("Darren Whitfield", "Procurement Lead", "Southern Cross Formwork Pty Ltd, Brisbane",
                 "+61 7 3555 0198")
SIG_MEHMET = ("\n--\nMehmet Yıldız\nExport Sales Manager\nKartal İskele Sanayi ve Ticaret A.Ş.\n"
              "Konya Organize Sanayi Bölgesi, 42300 Selçuklu / Konya\n+90 332 555 01 44\n\n"
              "Bu e-posta ve ekleri gizlidir. This e-mail and its attachments are confidential and "
              "intended only for the addressee.\n")
SIG_LILY = ("\n--\nBest regards\nLily Zhang | Sales Manager\nTianjin Hengda Scaffolding Co., Ltd.\n"
            "No. 18 Jinwei Road, Beichen District, Tianjin 300400, China\nTel/WeChat +86 135 5500 1870\n")
SIG_JAVIER = ("\n--\nJavier Morales\nExport Sales\nAndamios Levante S.L. | Polígono Industrial Fuente del "
              "Jarro, 46988 Paterna (Valencia)\nTel. +34 961 555 082\n\nAVISO LEGAL: Este mensaje y sus "
              "anexos son confidenciales. Si lo ha recibido por error, por favor comuníquelo al remitente "
              "y elimínelo.\n")
SIG_PETR = ("\n--\nS pozdravem / Best regards\nPetr Novák\nSales Manager\nBrnoform s.r.o., Vídeňská 241, "
            "619 00 Brno, Czech Republic\n+420 543 555 210\n")
SIG_LAN = ("\n--\nThanks & Best regards,\nNguyen Thi Lan (Ms.)\nSales Executive\nHai Phong Steelform JSC\n"
           "Lot C3, Nomura Industrial Zone, An Duong, Hai Phong, Vietnam\nMob/Zalo: +84 912 555 306\n")


# =================================================================== CLEAN
# c01: supplier quote with sample tier and production tiers, no authorization anywhere.
case("c01_quote_tiers", [], "supplier quote with sample and production tiers; no authorized quantity (conv. 4)", [
    ("quotation_HD-Q-25-0417.txt", T("""
        TIANJIN HENGDA SCAFFOLDING CO., LTD.
        No. 18 Jinwei Road, Beichen District, Tianjin 300400, China
        Tel +86 22 5555 0187   Fax +86 22 5555 0188   sales@tjhengda.cn

        QUOTATION                                   No.: HD-Q-25-0417
        Date: 2025-03-11                            Valid: 60 days
        To:   Lagoon Crest Construction Group Ltd, Lagos, Nigeria
        Attn: Mr. Chinedu Okafor, Procurement
        Your ref: LCG-RFQ-25-019

        Dear Mr. Chinedu,
        Thanks for your inquiry. We are pleased to quote you as below, please kindly check.

        Item Part No.          Description                                     Qty (pcs)  Unit USD  Amount USD
        ---- ----------------- ----------------------------------------------- ---------- --------- ----------
        1    HD-CP-4830 Rev12  Double coupler, drop-forged, 48.3mm, EN 74-1    60         2.95      177.00
                               class B -- SAMPLE LOT, by air (DHL)
        2    HD-CP-4830 Rev12  Double coupler, drop-forged, 48.3mm, EN 74-1    18,000     1.12      20,160.00
                               class B -- mass production, 1x20'GP
        3    HD-SW-4830 Rev12  Swivel coupler, drop-forged, 48.3mm, EN 74-1    12,000     1.31      15,720.00
                               class B -- mass production

        Price tiers item 2 (double coupler):
            10,000 - 17,999 pcs  USD 1.18
            18,000 - 29,999 pcs  USD 1.12
            30,000 pcs and up    USD 1.07

        Technical:
          - Material: Q235B body, T-bolt M14 x 60, nut 22mm, grade 4.8
          - Surface: electro-galvanized 8-12 um; HDG on request (+USD 0.21/pc)
          - Slip load test acc. EN 74-1 cl. 9.1, report with every lot
          - Factory certified ISO 9001:2015, cert. no. 00125Q31880R2M

        Lead time:
          - Samples: 12 days after PO
          - Mass production: 35 days after your written production order

        Payment: T/T 30% deposit, 70% before shipment (copy B/L)
        Delivery: samples DAP Lagos by DHL; production FOB Xingang

        Note: this quotation is not an order confirmation. The quantities above are for
        pricing only.

        Best regards
        Lily Zhang
        Sales Manager, Tianjin Hengda Scaffolding Co., Ltd.
        """)),
])

# c02: buyer RFQ with three quantity scenarios (multipart/alternative).
_c02_txt = T("""
    G'day Petr,

    Hope all's well in Brno. We're pricing the Kangaroo Point tower job and need your best numbers
    on the AB-165 alu beam (165 mm, our DRG SCF-D-1650 Rev 3, 3.9 m lengths).

    Could you quote three scenarios:
      A)   600 beams
      B) 1,800 beams
      C) 3,600 beams
    plus a pilot lot of twelve (12) beams for our load test to AS 3610.1.

    Just to be clear this is an RFQ only - it's not an order and nothing is released. Please don't
    buy any billet against it. If we win the job we'll send a PO, probably late May.

    Also can you confirm lead time ex-works Brno, and whether the end caps can be black instead
    of red?

    Cheers,
    Darren
    """) + SIG_DARREN
_c02_html = """<p>G'day Petr,</p>
<p>Hope all's well in Brno. We're pricing the Kangaroo Point tower job and need your best numbers on the
AB-165 alu beam (165 mm, our DRG SCF-D-1650 Rev 3, 3.9 m lengths).</p>
<table><tr><th>Scenario</th><th>Beams</th></tr>
<tr><td>A</td><td>600</td></tr><tr><td>B</td><td>1,800</td></tr><tr><td>C</td><td>3,600</td></tr>
<tr><td>Pilot lot (load test to AS 3610.1)</td><td>twelve (12)</td></tr></table>
<p>Just to be clear this is an <b>RFQ only</b> - it's not an order and nothing is released. Please don't buy
any billet against it. If we win the job we'll send a PO, probably late May.</p>
<p>Also can you confirm lead time ex-works Brno, and whether the end caps can be black instead of red?</p>
<p>Cheers,<br>Darren</p>
<p style="color:#777">Darren Whitfield | Procurement Lead | Southern Cross Formwork Pty Ltd, Brisbane | +61 7 3555 0198</p>
"""
case("c02_rfq", [], "buyer RFQ with three quantity scenarios, explicitly not an order", [
    ("RFQ_SCF-RFQ-2025-031.eml", eml_bytes(mail(
        DARREN, PETR, "RFQ SCF-RFQ-2025-031 - AB-165 alu beams - 3 scenarios + pilot lot",
        "Mon, 10 Mar 2025 08:12:00 +1000", _c02_txt, html=_c02_html))),
])

# c03: supplier asks for go-ahead on the balance; buyer answers with full scope.
case("c03_question_scope", [], "supplier's go-ahead question; buyer restates 24 samples, hold, sign-off + written release by Rashid", [
    ("WhatsApp_Chat_with_Mehmet_Kartal.txt", T("""
        12/03/2025, 09:14 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
        12/03/2025, 09:14 - Mehmet Yildiz Kartal: Good morning Mohammed bey 🙏
        12/03/2025, 09:15 - Mehmet Yildiz Kartal: The 24 sample base jacks BJ-38-600 are packed, DHL tomorrow, AWB I will send
        12/03/2025, 09:16 - Mehmet Yildiz Kartal: Can we have go ahead for the balance 4.776 pcs? Our planning is asking me the slot for week 14
        12/03/2025, 09:41 - Mohammed Al-Kuwari: Morning Mehmet, thanks for update
        12/03/2025, 09:43 - Mohammed Al-Kuwari: No, the balance is not released. PO 7100412 covers the 24 samples only.
        12/03/2025, 09:44 - Mohammed Al-Kuwari: Suresh (QA/QC) will test them at Lusail site, load test and thread check Tr 38x5. After his sample sign-off, Eng. Rashid Al-Marri will send you written release for the 4,776 if all ok
        12/03/2025, 09:45 - Mohammed Al-Kuwari: Until then pls don't buy tube or plate for the balance. Samples only
        12/03/2025, 09:52 - Mehmet Yildiz Kartal: Understood, tamam. We keep the slot tentative, no material
        12/03/2025, 09:52 - Mehmet Yildiz Kartal: 👍
        """)),
])

# c04: labelled forecast (PDF).
case("c04_labelled_forecast", [], "rolling forecast clearly labelled non-binding, no production or material authority", [
    ("Fjordstillas_forecast_KL-LB-0600_2025-26.pdf", pdf([
        ("h1", "Fjordstillas AS - Rolling forecast"),
        ("p", "To: Kartal Iskele Sanayi ve Ticaret A.S., Konya - attn. Mehmet Yildiz"),
        ("p", "Item: KL-LB-0600 ringlock ledger blade (cast end), DRG FS-2207 rev 4, EN 12810 / EN 12811-1"),
        ("p", "Date: 01.04.2025   Forecast no.: FC-2025-04"),
        ("h", "FORECAST ONLY - THIS IS NOT A PURCHASE ORDER"),
        ("table", [
            ["Month", "Forecast qty (stk)", "Basis"],
            ["Apr 2025", "1 200", "forecast"], ["May 2025", "1 800", "forecast"],
            ["Jun 2025", "2 400", "forecast"], ["Jul 2025", "1 500", "forecast"],
            ["Aug 2025", "1 500", "forecast"], ["Sep 2025", "1 000", "forecast"],
            ["Oct 2025 - Mar 2026", "4 600", "forecast (indicative)"],
            ["Total 12 months", "14 000", ""],
        ]),
        ("sp",),
        ("p", "The quantities are non-binding planning figures, shared so that you can plan capacity. "
              "This forecast authorizes no production and no purchase of material. Production is only "
              "authorized by a PO line together with a written release from Fjordstillas, signed by "
              "Ingrid Brekke (COO)."),
        ("p", "Questions: Kari Haugland, innkjøpsleder, +47 55 30 41 00"),
    ], title="Forecast FC-2025-04", author="Fjordstillas AS")),
])

# c05: sample disposition "approved for fit check only; production not released" (DOCX).
case("c05_fitcheck_only", [], "sample disposition approved for fit check only; 9,600 on hold until written release by Bronwyn Tate after load test", [
    ("SDR-0219_tie_rod_samples.docx", docx_bytes([
        ("h1", "Sample Disposition Record SDR-0219"),
        ("p", "Southern Cross Formwork Pty Ltd - Engineering"),
        ("table", [
            ["Field", "Entry"],
            ["Supplier", "Hai Phong Steelform JSC, Vietnam"],
            ["Part", "TR-15-1200 formwork tie rod DW15, 1,200 mm, with WN-15-100 wing nut"],
            ["PO", "SCF-PO-25-0261 (24 samples)"],
            ["Samples received", "24 pcs, 03/04/2025"],
            ["Tests", "Thread gauge DW15 OK; tensile 3 pcs, min 182 kN (SWL 90 kN); zinc 12 um"],
            ["Disposition", "APPROVED FOR FIT CHECK ONLY"],
        ]),
        ("sp",),
        ("p", "The 24 samples are approved for the fit check on the Kangaroo Point wall panels only. "
              "Production is not released. No units beyond the 24 samples are authorized."),
        ("p", "The quoted production quantity of 9,600 pcs stays on hold. It is released only by a written "
              "release from Bronwyn Tate (Operations Manager), after the site load test has been signed off. "
              "Material for the samples only until then."),
        ("p", "Signed: Mel Kovac, Design Engineer, 07/04/2025"),
    ], author="Mel Kovac")),
])

# c06: buyer portal, full-quantity PO with "proceed with the full 1,200".
case("c06_portal_full_po", [], "full-quantity PO in buyer portal; 'proceed with the full 1,200'; no balance exists (conv. 5)", [
    ("po_7100455.html", html_page("Al Rayyan Supplier Portal - PO 7100455", """
<h2>Al Rayyan Gulf Contracting W.L.L. - Supplier Portal</h2>
<p>Logged in as: <b>Hai Phong Steelform JSC</b> (vendor 200318)</p>
<h3>Purchase Order 7100455</h3>
<table>
<tr><th>PO date</th><td>16/03/2025</td><th>Status</th><td>Issued</td></tr>
<tr><th>Project</th><td>Lusail Marina Tower C - temporary works</td><th>Buyer</th><td>Mohammed Al-Kuwari</td></tr>
<tr><th>Incoterm</th><td>CFR Hamad Port</td><th>Payment</th><td>60 days from B/L</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
<tr><td>10</td><td>GP-1200</td><td>Guardrail post 1,200 mm, slab-edge clamp, EN 13374 class A, HDG</td><td>1,200 pcs</td><td>USD 14.60</td><td>USD 17,520.00</td></tr>
</table>
<h3>Delivery schedule</h3>
<table>
<tr><th>Lot</th><th>Qty</th><th>ETD Hai Phong</th></tr>
<tr><td>1</td><td>400</td><td>20/04/2025</td></tr><tr><td>2</td><td>400</td><td>05/05/2025</td></tr><tr><td>3</td><td>400</td><td>20/05/2025</td></tr>
</table>
<div class="note"><b>Scope:</b> full order, production. Please proceed with the full 1,200 pcs.
This PO is the complete quantity for the project; there is no balance and no further call-off.
Same item as supplied under PO 7100311, no new samples required.</div>
<p>Documents required: mill cert EN 10204 3.1, galvanising report ISO 1461, packing list.</p>
""")),
])

# c07: full-quantity PO mail with PDF PO attached (multipart/alternative).
_c07_po = pdf([
    ("h1", "PURCHASE ORDER LCG/PO/25/0127"),
    ("p", LCG),
    ("p", "Supplier: Hai Phong Steelform JSC, Lot C3 Nomura IZ, An Duong, Hai Phong, Vietnam"),
    ("p", "Date: 18/03/2025   Delivery: CFR Apapa, Lagos   Payment: 30% T/T advance, 70% against copy B/L"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "TR-15-1200", "Formwork tie rod DW15 x 1,200 mm, black", "6,000", "2.15", "12,900.00"],
        ["2", "WN-15-100", "Wing nut DW15, plate 100 mm, EG", "6,000", "0.98", "5,880.00"],
        ["", "", "", "", "Total", "18,780.00"],
    ]),
    ("sp",),
    ("p", "This PO is for the complete quantity. Full and final order, no further call-offs. "
          "Same items as supplied under LCG/PO/24/0388, no samples required."),
    ("p", "Issued by: Chinedu Okafor, Procurement Officer"),
], title="PO LCG/PO/25/0127", author="Lagoon Crest Construction Group")
_c07_txt = T("""
    Dear Ms Lan,

    Good day and trust you are well.

    Please find attached our PO LCG/PO/25/0127 for six thousand (6,000) tie rods TR-15-1200 and
    6,000 wing nuts WN-15-100. This is the complete quantity for the Eko Atlantic podium job.
    Kindly proceed with the full 6,000 pcs of each item. There will be no further call-off on
    this PO.

    Same items as our PO LCG/PO/24/0388, so no samples are needed.

    Please send your proforma invoice so that accounts can process the 30% advance.

    Thank you and God bless.
    """) + SIG_CHINEDU
_c07_html = """<p>Dear Ms Lan,</p><p>Good day and trust you are well.</p>
<p>Please find attached our PO LCG/PO/25/0127 for <b>six thousand (6,000)</b> tie rods TR-15-1200 and 6,000 wing nuts
WN-15-100. This is the complete quantity for the Eko Atlantic podium job. Kindly proceed with the full 6,000 pcs of each
item. There will be no further call-off on this PO.</p>
<p>Same items as our PO LCG/PO/24/0388, so no samples are needed.</p>
<p>Please send your proforma invoice so that accounts can process the 30% advance.</p>
<p>Thank you and God bless.</p><p>Chinedu Okafor<br>Procurement Officer<br>Lagoon Crest Construction Group Ltd, Lagos</p>"""
case("c07_full_po_mail", [], "full and final quantity PO; 'proceed with the full 6,000'; no balance", [
    ("PO_LCG-PO-25-0127.eml", eml_bytes(mail(
        CHINEDU, LAN, "PO LCG/PO/25/0127 - tie rods & wing nuts - full quantity",
        "Tue, 18 Mar 2025 11:05:00 +0100", _c07_txt, html=_c07_html,
        attachments=[("LCG-PO-25-0127.pdf", _c07_po, PDF_MT)]))),
])

# c08: EDI call-off with staged material authority above the released quantity.
case("c08_edi_staged", [], "EDI call-off: 800 released, staged material authority up to 2 400, forecast balance released only by next call-off signed by Kari", [
    ("DELFOR_CO-2025-0042.txt", T("""
        ===== EDIFACT DELFOR D.96A  -  human-readable print (Fjordstillas EDI gateway) =====
        UNB  UNOC:3 + 7080001234567:14 (FJORDSTILLAS AS) + 8430001987654:14 (ANDAMIOS LEVANTE SL)
             + 250402:0730 + 00000412
        BGM  241  Delivery schedule / call-off  no. CO-2025-0042   function 9 (original)
        DTM  137  2025-04-02
        NAD  BY   Fjordstillas AS, Sandviksveien 114, 5035 Bergen
        NAD  SE   Andamios Levante S.L., Paterna (Valencia)
        NAD  ST   Fjordstillas lager Åsane, Hylkjeflaten 20, 5109 Hylkjebakke
        LIN  1    BJ-38-600  adjustable base jack 38 x 4 mm, 600 mm, Tr 38x5, plate 150x150x5
        PIA       PO 4500019180 line 10
        QTY  70   cumulative released ............................... 800 PCE
        QTY  3    cumulative received ................................. 0 PCE

        SCC  1 (firm)      QTY 113   400 PCE   DTM 2  2025-W16
        SCC  1 (firm)      QTY 113   400 PCE   DTM 2  2025-W18
        SCC  4 (forecast)  QTY 113 1 600 PCE   DTM 2  2025-W20..W26
        SCC  4 (forecast)  QTY 113 1 600 PCE   DTM 2  2025-W27..W34

        QTY  FAB/RAW  material authorization (raw) ........... 2 400 PCE

        FTX  AAI  Only 800 pcs are released for production under this call-off (firm weeks W16
             and W18). Raw material (tube 38x4, plate S235) may be bought for up to 2 400 pcs
             at Fjordstillas' liability (staged material authority); no finished parts beyond
             the 800.
        FTX  AAI  The forecast lines (3 200 pcs) are NOT released. They are released only by the
             next call-off, signed by Kari Haugland (innkjøpsleder).
        UNT  22
        ===== end of message 00000412 =====
        """)),
])

# c09: signed auto-conversion record (DOCX).
case("c09_autoconversion_signed", [], "explicit signed auto-conversion record naming quantity, signer and conditions", [
    ("ACA-2025-004.docx", docx_bytes([
        ("h1", "Auto-Conversion Agreement ACA-2025-004"),
        ("p", "Between Southern Cross Formwork Pty Ltd (buyer) and Brnoform s.r.o. (supplier)"),
        ("table", [
            ["Item", "Entry"],
            ["Order", "AB-165-3900 aluminium beam, DRG SCF-D-1650 Rev 3, PO SCF-PO-25-0311"],
            ["Sample lot", "12 beams (pilot), load test to AS 3610.1"],
            ["Quoted production quantity", "1,200 beams (firm basis, Brnoform quote Q-BF-25-061)"],
            ["Auto-conversion quantity", "600 beams"],
            ["Sample sign-off by", "Mel Kovac, Design Engineer"],
        ]),
        ("sp",),
        ("p", "Both parties agree, in writing and before the samples are delivered, that an APPROVED sample "
              "sign-off by Mel Kovac releases 600 beams for production by itself, without a further release "
              "notice (auto-conversion)."),
        ("p", "Conditions: (1) the disposition is 'approved', not interim or rejected; (2) it is dated on or "
              "before 30 June 2025; (3) the load test is passed at 1.25 x SWL; (4) no change to DRG SCF-D-1650 "
              "Rev 3. If any condition fails, nothing is released."),
        ("p", "The remaining 600 beams stay on hold. They are released only by a written release from "
              "Bronwyn Tate, Operations Manager."),
        ("p", "Material authority: billet for up to 600 beams after the approved sign-off; before it, pilot beams only."),
        ("p", "Signed for Southern Cross Formwork: Bronwyn Tate, Operations Manager, 21/03/2025"),
        ("p", "Signed for Brnoform s.r.o.: Petr Novák, Sales Manager, 21/03/2025"),
    ], author="Bronwyn Tate")),
])

# c10: old quote forwarded as message/rfc822, declared informational.
_c10_old = mail(MEHMET, KARI, "Teklif / Offer KI-2023-0877 ledger blades",
                "Wed, 14 Jun 2023 15:20:00 +0300", T("""
    Dear Kari Hanım,

    Thank you for your request. Our offer for the ringlock ledger blades:

      KL-LB-0600 cast ledger blade, HDG      25.000 pcs    EUR 1,92 / pc
      KL-LB-0600 cast ledger blade, HDG      10.000 pcs    EUR 2,05 / pc

    Delivery FCA Konya, 6 weeks. Valid 30 days.
    """) + SIG_MEHMET)
_c10_txt = T("""
    Hei Mehmet,

    For info only: below is your 2023 offer on the ledger blades, so you can see the old price
    basis we talked about on the phone.

    The 25.000 pcs in that old offer is NOT an order and is not released. Our current PO
    4500019102 covers two hundred (200) sample ledger blades only. The balance stays on hold
    until Eirik Solberg has signed off the samples and Ingrid Brekke (COO) has sent a written
    release. Material for the 200 samples only, please.

    Med vennlig hilsen
    Kari
    """) + SIG_KARI
case("c10_fwd_old_quote", [], "old quote (25.000) forwarded as rfc822 and declared informational; current PO 200 samples, full hold wording", [
    ("FW_old_offer_ledger_blades.eml", eml_bytes(mail(
        KARI, MEHMET, "FW: Teklif / Offer KI-2023-0877 ledger blades (for info only)",
        "Thu, 20 Mar 2025 10:02:00 +0100", _c10_txt, attachments=[("rfc822", _c10_old)]))),
])

# c11: buyer corrects a quoted supplier line that assumes auto-conversion.
_c11_quoted = T("""
    Dear Mrs Funmilayo,
    Samples 60 pcs double coupler will ship on Friday by DHL. After your sample approval we will
    roll straight into the 18,000 pcs mass production, so please approve fast :)
    Best regards
    Lily
    """)
_c11_txt = T("""
    Dear Lily,

    Thank you for the update.

    Please note: sample approval does not release production. Only the 60 sample couplers are
    released under PO LCG/PO/25/0102. The balance of 18,000 pcs stays on hold.

    After Engr Tunde Bakare has signed off the samples at site, I will send you a written
    production release stating the quantity. Do not start or buy steel for the balance before
    you have it in hand.

    Regards,
    """) + SIG_FUNMI + "\n\nOn Tue, 25 Mar 2025 at 08:40, Lily Zhang <lily.zhang@tjhengda.cn> wrote:\n" + q(_c11_quoted)
case("c11_correct_quoted", [], "quoted supplier assumes roll into production; buyer reply corrects it: 60 released, balance hold, sign-off + written release by Funmilayo", [
    ("Re_Samples_HD-CP-4830.eml", eml_bytes(mail(
        FUNMI, LILY, "Re: Samples HD-CP-4830 - shipping Friday", "Tue, 25 Mar 2025 13:17:00 +0100",
        _c11_txt, cc=CHINEDU, in_reply_to="<h187-ly0325@tjhengda.cn>"))),
])

# c12: WhatsApp, supplier says deposit does not release production; buyer confirms full scope.
case("c12_deposit_not_release", [], "supplier: deposit does not release production; buyer: 30 samples only, 2,970 on hold, Tunde sign-off then Funmilayo written release", [
    ("WhatsApp_Chat_with_Lan_Hai_Phong.txt", T("""
        02/04/2025, 14:03 - Nguyen Thi Lan HP Steelform: Dear Mr Chinedu, good afternoon
        02/04/2025, 14:04 - Nguyen Thi Lan HP Steelform: We received your deposit USD 1,935 (30% of PI HP-PI-2503-19) today, thank you so much 🙏
        02/04/2025, 14:05 - Nguyen Thi Lan HP Steelform: Please note the deposit is not release for production. We make only 30 pcs sample tie rod TR-15-1200 as your PO. The balance we wait your written release
        02/04/2025, 14:31 - Chinedu Okafor LCG: Well noted Lan, thank you.
        02/04/2025, 14:33 - Chinedu Okafor LCG: Correct. Only the 30 samples for now. The balance 2,970 pcs is on hold until Engr Tunde Bakare signs off the samples on site, then Mrs Funmilayo Adebayo will send you the written release
        02/04/2025, 14:33 - Chinedu Okafor LCG: Abeg no steel for the balance yet o
        02/04/2025, 14:40 - Nguyen Thi Lan HP Steelform: Yes sir, understand. Samples ETD 16/04
        """)),
])

# c13: supplier acknowledgement restating the hold (DOCX).
case("c13_supplier_ack", [], "supplier acknowledgement restating 40-sample scope, hold, sample-only material, Rashid's written release", [
    ("Kartal_order_acknowledgement_7100520.docx", docx_bytes([
        ("h1", "SİPARİŞ ONAYI / ORDER ACKNOWLEDGEMENT"),
        ("p", "Kartal İskele Sanayi ve Ticaret A.Ş., Konya OSB, Türkiye"),
        ("p", "To: Al Rayyan Gulf Contracting W.L.L., Doha - attn. Mr. Mohammed Al-Kuwari"),
        ("p", "Your PO: 7100520 dated 19.03.2025    Our ref.: SO-25-1187"),
        ("table", [
            ["Pos.", "Item", "Description", "Qty", "Status"],
            ["1", "BJ-38-600", "Base jack 38x4 mm, 600 mm, Tr 38x5, plate 150x150x5, HDG", "40 pcs", "samples - in production"],
        ]),
        ("sp",),
        ("p", "We acknowledge your PO 7100520 with the scope as written: 40 pcs sample base jacks only."),
        ("p", "The quoted production quantity 2.360 pcs is NOT released. We do not produce it and we do not "
              "buy material for it. Material: for the 40 samples only (sample-only)."),
        ("p", "We wait for the written release from Eng. Rashid Al-Marri, which comes after your QA/QC "
              "sample sign-off, before any production."),
        ("p", "Saygılarımızla / Best regards, Mehmet Yıldız, Export Sales Manager"),
    ], author="Mehmet Yildiz")),
])

# c14: interim sample disposition with quantity and date limits (PDF).
case("c14_interim_limits", [], "interim disposition: 300 released by Bronwyn Tate within limits; 2,700 on hold until full sign-off + written release", [
    ("ISD-25-007_guardrail_posts.pdf", pdf([
        ("h1", "Interim Sample Disposition ISD-25-007"),
        ("p", "Southern Cross Formwork Pty Ltd - Engineering / Operations"),
        ("table", [
            ["Field", "Entry"],
            ["Supplier", "Kartal Iskele Sanayi ve Ticaret A.S., Konya"],
            ["Part", "GP-1200 guardrail post 1,200 mm, slab-edge clamp, AS/NZS 4994.1"],
            ["PO", "SCF-PO-25-0296 (24 samples; quoted production 3,000 pcs, firm)"],
            ["Samples", "24 pcs received 08/04/2025"],
            ["Results", "Dimensions OK (32 char.); side load 0.9 kN OK; galvanising 58 um avg, 2 readings < 45 um"],
            ["Disposition", "INTERIM"],
            ["Limits", "max. 300 pcs; expires 30/06/2025"],
        ]),
        ("sp",),
        ("p", "Reason for interim: zinc thickness low on the clamp weld on 2 of 24 samples. Re-test after the "
              "supplier's galvanising bath change."),
        ("p", "Production release under this interim: 300 pcs. Released by Bronwyn Tate, Operations Manager, "
              "14/04/2025. Material authority: 300 pcs."),
        ("p", "The balance of 2,700 pcs is not released. Unlock: a full (approved) sample sign-off by Mel Kovac "
              "after the galvanising re-test, then a written release by Bronwyn Tate."),
        ("p", "Mel Kovac, Design Engineer        Bronwyn Tate, Operations Manager"),
    ], title="ISD-25-007", author="Southern Cross Formwork")),
])

# c15: ERP full-quantity PO full of quantity-like identifiers.
case("c15_erp_identifiers", [], "full-quantity ERP PO (2 000 stk, two schedule lines) with many quantity-like identifiers; no balance", [
    ("PO_4500019155.txt", T("""
        FJORDSTILLAS AS                                         INNKJØPSORDRE / PURCHASE ORDER
        Sandviksveien 114, 5035 Bergen                          Nr./No.:   4500019155
        Org.nr. 918 555 204 MVA                                 Dato/Date: 24.03.2025
                                                                Side 1 av 1
        Leverandør / Supplier:                                  Vår ref.: Kari Haugland
        Tianjin Hengda Scaffolding Co., Ltd.                    Deres ref.: Lily Zhang
        No. 18 Jinwei Road, Beichen, Tianjin 300400, China      Lev.betingelse: FOB Xingang
        Lev.nr. 30418                                           Betaling: 30 dager etter B/L

        Pos  Varenr.            Beskrivelse                                   Antall   Enh  Pris USD   Beløp USD
        ---  -----------------  --------------------------------------------  -------  ---  --------  ---------
        10   HD-SW-4830 Rev 12  Swivel coupler 48.3 drop-forged, EN 74-1      2 000    stk    1,31     2 620,00
                                class B, DRG FS-4830 rev 20, bolt M14x60,
                                EG 12 um, salt spray ISO 9227 480 h

        Leveringsplan / delivery schedule:
            Pos 10 / 1      1 000 stk     ETD 2025-W20
            Pos 10 / 2      1 000 stk     ETD 2025-W24

        Merknad / note:
        Full order quantity 2 000 stk. No balance, no samples (same item as PO 4500018644,
        lot 2024-1180). Proceed with the full 2 000 pcs.
        Certificates: EN 10204 3.1, slip test EN 74-1 cl. 9.1, factory ISO 9001:2015.
        Marking: FS logo + EN 74-1 + class B + year. Packing: 25 pcs/bag, 1 000 kg/pallet max.

        Sum eks. mva:                                                                 USD  2 620,00
        """)),
])

# c16: supplier portal order book showing the balance on hold.
case("c16_supplier_portal_hold", [], "supplier status portal: 24 samples in production, balance 9,576 on hold awaiting customer release; non-authorizing", [
    ("order_status_SCF.html", html_page("HP Steelform customer portal - Southern Cross Formwork", """
<h2>Hai Phong Steelform JSC - Customer order status</h2>
<p>Customer: <b>Southern Cross Formwork Pty Ltd</b> (C-0412) &nbsp; Updated: 09/04/2025 16:00 ICT</p>
<table>
<tr><th>Customer PO</th><th>Item</th><th>Description</th><th>Qty</th><th>Status</th><th>ETD</th></tr>
<tr><td>SCF-PO-25-0277</td><td>TR-15-1200</td><td>Tie rod DW15 x 1200, black - samples</td><td>24</td><td>In production (threading done)</td><td>16/04/2025</td></tr>
<tr><td>SCF-PO-25-0277</td><td>TR-15-1200</td><td>Tie rod DW15 x 1200, black - balance of quote HP-Q-2503-02</td><td>9,576</td><td>ON HOLD - not released - awaiting customer written release</td><td>-</td></tr>
</table>
<div class="note">Material: wire rod for the 24 samples only. We do not plan the balance until we receive the customer's written release.</div>
<p>Contact: Ms Nguyen Thi Lan, Sales Executive, +84 912 555 306</p>
""")),
])

# c17: buyer reply scoping the go-ahead to the 12 pilot beams (quoted, multipart/alternative).
_c17_quoted = T("""
    Hi Darren,
    The pilot beams for your PO SCF-PO-25-0318 will be ready next week Wednesday, we do the
    load test protocol same day. Shall we continue with the rest after? Please advise.
    Petr
    """)
_c17_txt = T("""
    Hi Petr,

    Go ahead with the 12 pilot beams only.

    The balance of 1,188 beams is not released. It gets released after Mel Kovac signs off the
    pilot beams (load test) and Bronwyn Tate sends you the written release. No billet for the
    balance yet please - pilot beams only.

    Thanks mate,
    Darren
    """) + SIG_DARREN + "\n\nOn 11/04/2025 9:02 pm, Petr Novak wrote:\n" + q(_c17_quoted)
_c17_html = """<p>Hi Petr,</p><p><b>Go ahead with the 12 pilot beams only.</b></p>
<p>The balance of 1,188 beams is not released. It gets released after Mel Kovac signs off the pilot beams (load test)
and Bronwyn Tate sends you the written release. No billet for the balance yet please - pilot beams only.</p>
<p>Thanks mate,<br>Darren</p>
<blockquote style="border-left:2px solid #999;padding-left:6px">Hi Darren,<br>The pilot beams for your PO SCF-PO-25-0318
will be ready next week Wednesday, we do the load test protocol same day. Shall we continue with the rest after? Please advise.<br>Petr</blockquote>"""
case("c17_scoped_goahead", [], "go-ahead scoped to 12 pilot beams only; balance not released until Mel sign-off + Bronwyn Tate written release", [
    ("Re_pilot_beams_SCF-PO-25-0318.eml", eml_bytes(mail(
        DARREN, PETR, "Re: pilot beams SCF-PO-25-0318", "Sat, 12 Apr 2025 07:45:00 +1000",
        _c17_txt, html=_c17_html, in_reply_to="<h187-pn0411@brnoform.cz>"))),
])

# c18: PO with explicit staged material authority above the released quantity (PDF).
case("c18_staged_material_po", [], "PO releases 500 with explicit staged material authority up to 5,000; balance on hold until Suresh sign-off + Rashid written release", [
    ("PO_7100488.pdf", pdf([
        ("h1", "PURCHASE ORDER 7100488"),
        ("p", ARG),
        ("p", "Vendor: Tianjin Hengda Scaffolding Co., Ltd. (vendor 200207)    Date: 23/03/2025"),
        ("p", "Project: Al Wakrah school package 3 - access scaffold    Incoterm: CFR Hamad Port"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD", "Scope"],
            ["10", "HD-CP-4830", "Double coupler 48.3 drop-forged EN 74-1 cl. B, HDG", "500", "1.34", "670.00", "production - released"],
            ["20", "HD-CP-4830", "Double coupler, balance of order", "4,500", "1.34", "6,030.00", "production - ON HOLD"],
        ]),
        ("sp",),
        ("p", "Released for production now: 500 pcs (line 10, first lot)."),
        ("p", "Material authority: staged. The supplier may buy forging steel / blanks for up to 5,000 pcs at "
              "Al Rayyan's liability. Finished couplers beyond the 500 are not authorized."),
        ("p", "Line 20 (4,500 pcs) is on hold. It is released only after QA/QC sample sign-off by Suresh Nair "
              "on the first lot and a written release by Eng. Rashid Al-Marri, Project Director."),
        ("p", "Buyer: Mohammed Al-Kuwari, Procurement Manager"),
    ], title="PO 7100488", author="Al Rayyan Gulf Contracting")),
])

# c19: deviation permit that leaves quantities and release status untouched.
case("c19_deviation_permit", [], "deviation permit on zinc thickness; states it changes no quantity and releases nothing; hold, event, person restated", [
    ("DP-25-011.txt", T("""
        FJORDSTILLAS AS - KVALITET
        AVVIKSTILLATELSE / DEVIATION PERMIT                       DP-25-011
        -----------------------------------------------------------------------
        Leverandør / supplier : Andamios Levante S.L., Paterna
        PO                    : 4500019207, pos 10 (BJ-38-600 base jack)
        Gjelder / concerns    : sample lot of 50 pcs only
        Krav / requirement    : HDG min. 55 um (EN ISO 1461, DRG FS-3806 rev 7)
        Avvik / deviation     : 45-52 um measured on 11 of 50 samples
        Beslutning / decision : accepted for the 50 samples (site trial at Åsane depot)

        This permit concerns the coating of the 50 samples only. It does not change any
        PO quantity and it releases nothing. Release status of PO 4500019207 is unchanged:
        50 samples released; the balance of 3 550 stk remains on hold until sample sign-off
        by Eirik Solberg and a written release from Ingrid Brekke (COO).

        Utstedt / issued: 04.04.2025   Eirik Solberg, teknisk leder
        """)),
])

# c20: minutes that keep sign-off / PO / production release apart (DOCX).
case("c20_minutes_terms_apart", [], "minutes keep sample sign-off, PO issued and production release apart; 4,000 released by Funmilayo, 8,000 on hold until lot acceptance + her next release", [
    ("Minutes_progress_meeting_09-04-2025.docx", docx_bytes([
        ("h1", "Minutes of Progress Meeting - Swivel Couplers"),
        ("p", "Lagoon Crest Construction Group Ltd / Tianjin Hengda Scaffolding Co., Ltd. (video call), 09/04/2025"),
        ("p", "Present: Mrs Funmilayo Adebayo, Engr Tunde Bakare, Chinedu Okafor (LCG); Lily Zhang, Wang Wei (Hengda)"),
        ("table", [
            ["Topic", "Status", "By / date"],
            ["Sample sign-off HD-SW-4830", "Signed off (technical only)", "Engr Tunde Bakare, 02/04/2025"],
            ["PO LCG/PO/25/0140", "Issued for 12,000 pcs (commercial cover)", "Procurement, 20/03/2025"],
            ["Production release PR-01", "4,000 pcs", "Mrs Funmilayo Adebayo, 05/04/2025"],
            ["Balance", "8,000 pcs - not released", "-"],
        ]),
        ("sp",),
        ("num", "The sample sign-off is a technical disposition; it does not release any quantity."),
        ("num", "Issuing the PO gives commercial cover for 12,000 pcs; it is not a production release."),
        ("num", "Production release PR-01 covers 4,000 pcs only. Hengda may buy steel for 4,000 pcs only."),
        ("num", "The next production release for the balance of 8,000 pcs follows lot acceptance of the first "
                "4,000 pcs at the Lekki yard and will be signed by Mrs Funmilayo Adebayo."),
        ("p", "Minutes: Chinedu Okafor"),
    ], author="Chinedu Okafor")),
])

# c21: multi-file: cover mail + PO PDF + supplier quote TXT; quote declared informational.
_c21_po = pdf([
    ("h1", "INNKJØPSORDRE / PURCHASE ORDER 4500019240"),
    ("p", FJ),
    ("p", "Supplier: Andamios Levante S.L., Polígono Industrial Fuente del Jarro, 46988 Paterna (Valencia)"),
    ("p", "Date: 27.03.2025   Delivery: DAP Bergen   Payment: 30 days net"),
    ("table", [
        ["Pos", "Item", "Description", "Qty", "Scope", "Price EUR", "Amount EUR"],
        ["10", "BJ-38-600", "Base jack 38x4, 600 mm, Tr 38x5, plate 150x150x5, HDG", "50", "sample", "9,80", "490,00"],
    ]),
    ("sp",),
    ("p", "Scope: fifty (50) sample base jacks only. The production quantity in your offer OF-25-118 is for "
          "information and is not released. The balance stays on hold until sample sign-off by Eirik Solberg "
          "and a written release from Ingrid Brekke (COO). Material authority: samples only."),
    ("p", "Buyer: Kari Haugland"),
], title="PO 4500019240", author="Fjordstillas AS")
_c21_mail = T("""
    Hola Javier,

    Attached our PO 4500019240 for fifty (50) sample base jacks BJ-38-600, and your offer
    OF-25-118 for reference.

    The 5.000 pcs in your offer are for information only and are not released. The balance
    stays on hold until Eirik Solberg has signed off the samples and Ingrid Brekke (COO) sends a
    written release. Please buy material for the 50 samples only.

    Samples to Åsane depot please, latest week 17.

    Med vennlig hilsen / saludos
    Kari
    """) + SIG_KARI
case("c21_bundle_informational", [], "bundle: PO 50 samples + offer 50/5.000; cover mail and PO declare the 5.000 informational, hold, Eirik sign-off, Ingrid release", [
    ("mail_PO_4500019240.eml", eml_bytes(mail(
        KARI, JAVIER, "PO 4500019240 - sample base jacks BJ-38-600", "Thu, 27 Mar 2025 09:30:00 +0100", _c21_mail))),
    ("PO_4500019240.pdf", _c21_po),
    ("oferta_OF-25-118.txt", T("""
        ANDAMIOS LEVANTE S.L.                         OFERTA / OFFER  OF-25-118
        Polígono Ind. Fuente del Jarro, Paterna       Fecha: 17/03/2025
        CIF B-46555082                                Cliente: Fjordstillas AS, Bergen

        Ref.       Descripción / description                         Cant./qty   EUR/ud.   Total EUR
        BJ-38-600  Husillo base / base jack 38x4 600 mm, HDG          50          9,80       490,00
                   (muestras / samples)
        BJ-38-600  Husillo base / base jack 38x4 600 mm, HDG          5.000       6,15    30.750,00
                   (serie / production)

        Plazo / lead time: samples 2 weeks; production 5 weeks from written order.
        Validez / valid: 45 days. Portes / delivery: DAP Bergen.
        Javier Morales - Export Sales
        """)),
])

# c22: multi-file: sample PO (PDF) + supplier acknowledgement (DOCX).
_c22_po = pdf([
    ("h1", "PURCHASE ORDER SCF-PO-25-0288"),
    ("p", SCF),
    ("p", "Supplier: Hai Phong Steelform JSC, Hai Phong, Vietnam    Date: 26/03/2025    Incoterm: FOB Hai Phong"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Scope", "Unit USD", "Amount USD"],
        ["1", "WN-15-100", "Wing nut DW15, plate 100 mm, EG, 90 kN SWL", "20", "sample", "3.40", "68.00"],
    ]),
    ("sp",),
    ("p", "Active quantity: 20 sample wing nuts. The balance of 4,980 pcs (quote HP-Q-2503-05) is not released."),
    ("p", "Unlock: sample sign-off by Mel Kovac (Design Engineer), then a written release by Bronwyn Tate "
          "(Operations Manager). Material authority: sample-only."),
    ("p", "Please acknowledge this scope in writing."),
], title="PO SCF-PO-25-0288", author="Southern Cross Formwork")
case("c22_po_and_ack", [], "bundle: sample PO with complete scope + supplier acknowledgement restating it", [
    ("PO_SCF-PO-25-0288.pdf", _c22_po),
    ("HP_acknowledgement_SCF-PO-25-0288.docx", docx_bytes([
        ("h1", "ORDER ACKNOWLEDGEMENT"),
        ("p", "Hai Phong Steelform JSC - Sales Department"),
        ("p", "Customer: Southern Cross Formwork Pty Ltd    Customer PO: SCF-PO-25-0288    Our SO: HP-SO-25-0331"),
        ("table", [
            ["Item", "Qty", "Note"],
            ["WN-15-100 wing nut DW15, plate 100 mm", "20 pcs", "samples"],
        ]),
        ("sp",),
        ("p", "We acknowledge your PO as written: 20 pcs samples only. The balance 4,980 pcs is not released and "
              "we will not produce it or buy material for it."),
        ("p", "We understand the balance can be released only by written release from Ms Bronwyn Tate after "
              "sample sign-off by Ms Mel Kovac."),
        ("p", "Nguyen Thi Lan, Sales Executive, 27/03/2025"),
    ], author="Nguyen Thi Lan")),
])

# c23: buyer portal release notice.
case("c23_portal_release_notice", [], "release notice: 2 000 released after sample sign-off, released by Ingrid Brekke, 4 000 on hold until her next written release", [
    ("release_REL-2025-0042.html", html_page("Fjordstillas leverandørportal - REL-2025-0042", """
<h2>Fjordstillas AS - Leverandørportal</h2>
<p>Leverandør: <b>Kartal İskele Sanayi ve Ticaret A.Ş.</b> (30377)</p>
<h3>Produksjonsfrigivelse / Production release REL-2025-0042</h3>
<table>
<tr><th>PO</th><td>4500019120</td></tr>
<tr><th>Vare / item</th><td>KL-LB-0600 ringlock ledger blade, DRG FS-2207 rev 4</td></tr>
<tr><th>Quoted production quantity</th><td>6 000 stk (firm)</td></tr>
<tr><th>Released quantity (this release)</th><td>2 000 stk</td></tr>
<tr><th>Unlock event</th><td>Sample sign-off SDR-25-014, approved by Eirik Solberg 03.04.2025</td></tr>
<tr><th>Released by</th><td>Ingrid Brekke, COO (release authority)</td></tr>
<tr><th>Material authority</th><td>2 000 stk</td></tr>
<tr><th>Remaining</th><td>4 000 stk - on hold, released only by a next written release from Ingrid Brekke</td></tr>
</table>
<p class="note">Please acknowledge this release in the portal before starting production.</p>
""", lang="no")),
])

# c24: buyer pays deposit and says explicitly it does not release production (quoted, MT103 text).
_c24_quoted = T("""
    Dear Mohammed,
    Kindly arrange the 30% deposit as per PI HD-PI-25-0088, then we can arrange the sample
    production and book DHL.
    Thanks & regards
    Lily
    """)
_c24_txt = T("""
    Dear Lily,

    The 30% deposit is paid today, MT103 copy attached.

    Please note clearly: the deposit does not release production. PO 7100530 releases the 60
    sample couplers only. The balance of 11,940 pcs stays on hold until our QA/QC engineer
    Suresh Nair has signed off the samples and Eng. Rashid Al-Marri, Project Director, sends you
    a written release.

    Best Regards,
    """) + SIG_MOHD + "\n\n-----Original Message-----\nFrom: Lily Zhang\nSent: Sunday, March 30, 2025 10:11 AM\n" \
    "Subject: PI HD-PI-25-0088 / PO 7100530\n\n" + q(_c24_quoted)
_c24_mt103 = T("""
    {1:F01QNBAQAQAAXXX0000000000}{2:I103BKCHCNBJ200XN}{4:
    :20:ARG2503310044
    :23B:CRED
    :32A:250331USD4086,00
    :50K:/QA58QNBA000000000123456789
    AL RAYYAN GULF CONTRACTING WLL
    DOHA QATAR
    :59:/6217000010099887766
    TIANJIN HENGDA SCAFFOLDING CO LTD
    :70:PI HD-PI-25-0088 PO 7100530 DEPOSIT 30PCT
    :71A:SHA
    -}
    """)
case("c24_deposit_not_release", [], "buyer: deposit paid but does not release production; 60 samples only, hold, Suresh sign-off + Rashid written release", [
    ("RE_PI_HD-PI-25-0088.eml", eml_bytes(mail(
        MOHD, LILY, "RE: PI HD-PI-25-0088 / PO 7100530 - deposit", "Mon, 31 Mar 2025 12:20:00 +0300",
        _c24_txt, in_reply_to="<h187-ly0330@tjhengda.cn>",
        attachments=[("MT103_ARG2503310044.txt", _c24_mt103, TXT_MT)]))),
])

# c25: supplier production report full of identifiers, balance not released.
case("c25_supplier_report_ids", [], "supplier weekly report: 12 pilot beams made, production not released, billet for 12 only; many quantity-like identifiers", [
    ("Brnoform_weekly_report_W15.txt", T("""
        BRNOFORM s.r.o. - TÝDENNÍ ZPRÁVA / WEEKLY REPORT   W15/2025
        Zákazník / customer: Fjordstillas AS, Bergen           Objednávka / PO: 4500019281
        Výrobek / item: AB-165-3900 aluminium beam, EN AW-6082 T6 (EN 755-2), DRG FS-AB-165 Rev C
        ---------------------------------------------------------------------------------------
        Pilot beams (samples) ordered ........................ 12 ks
        Pilot beams extruded / cut / capped .................. 12 ks
        Load test per EN 13377 (3 ks, 1.5 x SWL) ............. passed, report ZK-2025-1650
        Creep test 1000 h ..................................... running, 312 h done
        Serial production ..................................... NOT released - 0 ks started
        Material (billet 7" 6082) ............................. for 12 ks only
        Certificates ........................................... ISO 9001:2015, EN 1090-1 EXC2
        ---------------------------------------------------------------------------------------
        Poznámka / remark: pilot beams ship 14.04. by truck (Brno - Bergen, 4 days). We wait for
        your sample sign-off and your written release before any serial production.
        Jana Svobodová, kvalita / quality
        """)),
])


# =================================================================== POSITIVE
# p01: multi-file: cover mail + sample PO + supplier offer with unmarked production quantity.
_p01_mail = T("""
    Dear Mehmet,

    Good day.

    Please find attached our PO 7100430 for forty (40) sample base jacks BJ-38-600, together with
    your offer KI-2025-0219 for reference.

    Kindly proceed with the samples and confirm the dispatch date. Delivery to our Lusail site
    store, attention Mr. Suresh Nair.

    Best Regards,
    """) + SIG_MOHD
_p01_po = pdf([
    ("h1", "PURCHASE ORDER 7100430"),
    ("p", ARG),
    ("p", "Vendor: Kartal Iskele Sanayi ve Ticaret A.S., Konya, Türkiye (vendor 200412)"),
    ("p", "PO date: 17/03/2025    Incoterm: DAP Lusail site    Payment: 45 days"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "UoM", "Unit QAR", "Amount QAR"],
        ["10", "BJ-38-600", "Base jack 38x4 mm, 600 mm, Tr 38x5, plate 150x150x5, HDG - SAMPLE", "40", "EA", "38,50", "1.540,00"],
        ["", "", "", "", "", "Total", "1.540,00"],
    ]),
    ("sp",),
    ("p", "Reference: Kartal offer KI-2025-0219 dated 10/03/2025."),
    ("p", "Documents: mill certificate EN 10204 3.1, galvanising report, dimensional report."),
    ("p", "Issued by: Procurement Department"),
], title="PO 7100430", author="Al Rayyan Gulf Contracting")
_p01_offer = pdf([
    ("h1", "TEKLIF / OFFER KI-2025-0219"),
    ("p", "Kartal Iskele Sanayi ve Ticaret A.S. - Konya OSB, Türkiye"),
    ("p", "To: Al Rayyan Gulf Contracting W.L.L., Doha - Mr. Mohammed Al-Kuwari    Date: 10.03.2025"),
    ("table", [
        ["Pos.", "Item", "Description", "Qty", "Unit QAR", "Total QAR"],
        ["1", "BJ-38-600", "Base jack 600 mm - samples", "40", "38,50", "1.540,00"],
        ["2", "BJ-38-600", "Base jack 600 mm - production", "4.760", "24,90", "118.524,00"],
    ]),
    ("sp",),
    ("p", "Lead time: samples 10 days, production 4 weeks. Validity 30 days. Packing: 50 pcs/pallet."),
    ("p", "Mehmet Yildiz, Export Sales Manager"),
], title="Offer KI-2025-0219", author="Kartal Iskele")
case("p01_bundle_offer_unmarked", ["RG001", "RG003", "RG004", "RG005"],
     "bundle: PO for 40 samples + offer with 4.760 production, nothing says not released; no hold, event or release person", [
    ("cover_mail_7100430.eml", eml_bytes(mail(
        MOHD, MEHMET, "PO 7100430 - sample base jacks", "Mon, 17 Mar 2025 10:40:00 +0300", _p01_mail))),
    ("PO_7100430.pdf", _p01_po),
    ("Kartal_offer_KI-2025-0219.pdf", _p01_offer),
])

# p02: multi-file: full-quantity ERP PO (2,400) + proforma invoice (2.500).
_p02_pi = pdf([
    ("h1", "PROFORMA INVOICE HP-PI-2503-27"),
    ("p", "Hai Phong Steelform JSC - Lot C3, Nomura Industrial Zone, An Duong, Hai Phong, Vietnam"),
    ("p", "Buyer: Lagoon Crest Construction Group Ltd, Lagos    Your PO: LCG/PO/25/0186    Date: 28/03/2025"),
    ("table", [
        ["No.", "Item", "Description", "Quantity", "Unit price USD", "Amount USD"],
        ["1", "TR-15-1200", "Tie rod DW15 x 1,200 mm, black", "2.500 pcs", "2.15", "5,375.00"],
        ["", "", "", "", "Total", "5,375.00"],
    ]),
    ("sp",),
    ("p", "Payment: 30% T/T advance, 70% against copy B/L.  Delivery: CFR Apapa.  Packing: 100 pcs/bundle, steel strap."),
    ("p", "Bank: Vietcombank Hai Phong, SWIFT BFTVVNVX, A/C 0031000555306"),
    ("p", "Nguyen Thi Lan, Sales Executive"),
], title="Proforma HP-PI-2503-27", author="Hai Phong Steelform")
case("p02_po_vs_proforma", ["RG011"], "full-quantity PO 2,400 vs supplier proforma 2.500 on the same PO", [
    ("LCG_PO_25_0186.txt", T("""
        LAGOON CREST CONSTRUCTION GROUP LTD                      PURCHASE ORDER
        14 Adeola Odeku Street, Victoria Island, Lagos           PO No : LCG/PO/25/0186
        RC 1455082                                               Date  : 26/03/2025
                                                                 Page  : 1 of 1
        Vendor : HAI PHONG STEELFORM JSC (V-00871)
                 Lot C3 Nomura IZ, An Duong, Hai Phong, Vietnam
        Project: EKO ATLANTIC PODIUM - CORE WALLS        Cost code: TW-04-112

        LN  ITEM CODE    DESCRIPTION                           QTY      UOM   UNIT USD   AMOUNT USD
        --  -----------  ------------------------------------  -------  ----  ---------  ----------
        01  TR-15-1200   TIE ROD DW15 X 1200MM BLACK           2,400    PCS        2.15    5,160.00
                                                                              ---------  ----------
                                                                 TOTAL USD               5,160.00

        REMARKS:
        FULL ORDER QUANTITY - PROCEED WITH THE FULL 2,400 PCS. NO BALANCE, NO SAMPLES
        (SAME ITEM AS PO LCG/PO/24/0388). SHIP CFR APAPA. 30% ADVANCE / 70% COPY B/L.

        PREPARED BY: C. OKAFOR            CHECKED BY: PROCUREMENT MANAGER
        """)),
    ("HP_proforma_HP-PI-2503-27.pdf", _p02_pi),
])

# p03: WhatsApp: unscoped "approved, go ahead" after samples; supplier rolls into production.
case("p03_chat_approved_goahead", ["RG002", "RG007"],
     "buyer's 'Approved, go ahead' names no quantity; supplier takes sample approval as start of the 2.376, buyer acquiesces despite written-release scope", [
    ("WhatsApp_Chat_with_Mehmet_Yildiz.txt", T("""
        18/03/2025, 11:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
        18/03/2025, 11:02 - Mohammed Al-Kuwari: Mehmet, PO 7100577 sent by mail. It is for 24 sample guardrail posts GP-1200 only
        18/03/2025, 11:03 - Mohammed Al-Kuwari: Balance 2,376 on hold until Suresh sign off samples and Eng. Rashid send written release
        18/03/2025, 11:10 - Mehmet Yildiz Kartal: Received Mohammed bey, thank you. Samples ready 1 week
        02/04/2025, 16:21 - Mehmet Yildiz Kartal: Good afternoon, did Suresh bey check the samples?
        02/04/2025, 18:47 - Mohammed Al-Kuwari: Mehmet the samples are ok, Suresh checked yesterday at site
        02/04/2025, 18:47 - Mohammed Al-Kuwari: Approved, go ahead 👍
        02/04/2025, 18:55 - Mehmet Yildiz Kartal: Super, çok teşekkürler! So we start the mass production 2.376 pcs on Monday
        02/04/2025, 19:30 - Mohammed Al-Kuwari: ok inshallah
        """)),
])

# p04: "on hold until further notice", no event, no person (multipart/alternative).
_p04_txt = T("""
    Hei Javier,

    Attached / below our PO 4500019266 for thirty (30) sample base jacks BJ-38-600, HDG, plate
    150x150x5. Delivery to Åsane depot, week 16.

    The balance of 3.570 stk is on hold until further notice. Please buy material for the 30
    samples only.

    Takk for hjelpen!
    Kari
    """) + SIG_KARI
_p04_html = """<p>Hei Javier,</p>
<p>Below our PO <b>4500019266</b>:</p>
<table><tr><th>Pos</th><th>Item</th><th>Qty</th><th>Scope</th></tr>
<tr><td>10</td><td>BJ-38-600 base jack, HDG, plate 150x150x5</td><td>30</td><td>samples</td></tr></table>
<p>Delivery to Åsane depot, week 16.</p>
<p>The balance of 3.570 stk is on hold until further notice. Please buy material for the 30 samples only.</p>
<p>Takk for hjelpen!<br>Kari</p>
<p style="color:#777">Kari Haugland | Innkjøpsleder | Fjordstillas AS, Bergen | +47 55 30 41 00</p>"""
case("p04_hold_further_notice", ["RG004", "RG005"],
     "30 samples, balance 3.570 'on hold until further notice': no unlock event, nobody named to release", [
    ("PO_4500019266_mail.eml", eml_bytes(mail(
        KARI, JAVIER, "PO 4500019266 - 30 sample base jacks", "Fri, 28 Mar 2025 13:12:00 +0100",
        _p04_txt, html=_p04_html))),
])

# p05: PO with hold and event but nobody named (PDF).
case("p05_po_no_person", ["RG005"],
     "pilot PO: balance 1,188 not released until sample sign-off and written release 'from Southern Cross'; no named release person", [
    ("PO_SCF-PO-25-0302.pdf", pdf([
        ("h1", "PURCHASE ORDER SCF-PO-25-0302"),
        ("p", SCF),
        ("p", "Supplier: Brnoform s.r.o., Videnska 241, 619 00 Brno, Czech Republic    Date: 31/03/2025"),
        ("p", "Buyer contact: purchasing@scformwork.com.au    Incoterm: FCA Brno    Terms: 30 days EOM"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Scope", "Unit EUR", "Amount EUR"],
            ["1", "AB-165-3900", "Aluminium beam 165 mm x 3.9 m, DRG SCF-D-1650 Rev 3", "12", "pilot / sample", "146,00", "1.752,00"],
        ]),
        ("sp",),
        ("p", "This PO covers the 12 pilot beams only. The balance of 1,188 beams (quote Q-BF-25-064) is NOT released."),
        ("p", "Release of the balance follows sample sign-off of the pilot beams and a written release from "
              "Southern Cross. Material: pilot beams only."),
    ], title="PO SCF-PO-25-0302", author="Southern Cross Formwork")),
])

# p06: authorization letter with release person named but no unlock event (DOCX).
case("p06_letter_person_no_event", ["RG004"],
     "30 samples, balance 11,970 not released and 'on hold until further notice'; Funmilayo named as release authority but no unlock event", [
    ("LCG_sample_authorisation_HD-SW-4830.docx", docx_bytes([
        ("p", "LAGOON CREST CONSTRUCTION GROUP LTD"),
        ("p", "14 Adeola Odeku Street, Victoria Island, Lagos"),
        ("p", "Our Ref: LCG/PROC/25/077                                   Date: 24th March, 2025"),
        ("p", "The Sales Manager, Tianjin Hengda Scaffolding Co., Ltd., Tianjin, China"),
        ("p", "Attention: Ms Lily Zhang"),
        ("h", "RE: AUTHORISATION FOR SAMPLE SWIVEL COUPLERS HD-SW-4830 - PO LCG/PO/25/0109"),
        ("p", "Dear Madam,"),
        ("p", "Further to your quotation HD-Q-25-0388, we hereby authorise the manufacture of thirty (30) sample "
              "swivel couplers HD-SW-4830 (48.3 mm, EN 74-1 class B) under our PO LCG/PO/25/0109."),
        ("p", "Kindly note that the remaining 11,970 pcs of your quotation are not released and must not be "
              "produced. The balance remains on hold until further notice."),
        ("p", "Release authority for the balance: Mrs Funmilayo Adebayo, Head, Plant & Equipment."),
        ("p", "Please acknowledge receipt of this letter."),
        ("p", "Yours faithfully,"),
        ("p", "For: Lagoon Crest Construction Group Ltd"),
        ("p", "Chinedu Okafor, Procurement Officer"),
    ], author="Chinedu Okafor")),
])

# p07: ERP PO with "1 LOT" samples: active quantity never stated.
case("p07_erp_one_lot", ["RG010"],
     "ERP PO line '1 LOT' sample lot: active quantity in pieces never stated; hold, sign-off and Rashid named", [
    ("PO_7100463_print.txt", T("""
        AL RAYYAN GULF CONTRACTING W.L.L.                           PURCHASE ORDER
        P.O. Box 22817, Doha - State of Qatar                       PO Number : 7100463
        CR No. 55082                                                PO Date   : 20.03.2025
                                                                    Currency  : QAR
        Vendor   : 200318  HAI PHONG STEELFORM JSC
        Pur.Grp  : P12 Temporary Works       Plant: 1200 Lusail Marina Tower C
        Inco     : CFR Hamad Port            Pay. terms: Z045 45 days

        Item  Material    Short text                          Qty     Un   Net price    Net value
        ----  ----------  ----------------------------------  ------  ---  ----------  -----------
        00010 30004812    GUARDRAIL POST GP-1200 SAMPLE LOT        1  LOT    2,850.00     2,850.00
                          EN 13374 CL.A, HDG, DRG ARG-TW-118 R2
                                                                       Total net value   2,850.00

        Header text:
        Sample lot as per Hai Phong Steelform quotation HP-Q-2502-07. Balance of the project
        quantity (2,000 pcs) NOT released. Release of the balance only after QA/QC sample
        sign-off by Suresh Nair and written release from Eng. Rashid Al-Marri, Project Director.
        No material for the balance.

        Created by: MALKUWARI     Printed: 20.03.2025 14:22   Page 1 of 1
        """)),
])

# p08: supplier bought steel for the full quantity (quoted thread, DOCX attachment).
_p08_quoted = T("""
    Dear Lily,
    PO LCG/PO/25/0117 covers 60 sample double couplers HD-CP-4830 only. The balance of 18,000
    pcs is on hold until Engr Tunde Bakare signs off the samples and Mrs Funmilayo Adebayo sends
    the written release. Material for the samples only please.
    Regards
    Chinedu
    """)
_p08_txt = T("""
    Dear Chinedu,

    Good news, the 60 pcs samples are finished, pictures in attached report.

    For your information, we already purchased the Q235 steel for the full 18,000 pcs last week,
    because steel price is going up in April, so we can save cost for you. It is in our
    warehouse now.

    Please arrange the sample approval as soon as possible. Thank you!
    """) + SIG_LILY + "\n\n------------------ Original ------------------\nFrom: \"Chinedu Okafor\" <c.okafor@lagooncrest.com.ng>\n" \
    "Date: Wed, Mar 19, 2025 04:12 PM\nSubject: PO LCG/PO/25/0117 - samples\n\n" + q(_p08_quoted)
_p08_docx = docx_bytes([
    ("h1", "Production Status Report - PO LCG/PO/25/0117"),
    ("p", "Tianjin Hengda Scaffolding Co., Ltd.    Date: 2025-04-01"),
    ("table", [
        ["Item", "Status"],
        ["Samples HD-CP-4830, 60 pcs", "Finished, slip test OK (EN 74-1 cl. 9.1), packing"],
        ["Raw material Q235B for 18,000 pcs (16.2 t)", "Purchased 2025-03-26, in warehouse"],
        ["Mass production", "Wait customer sample approval"],
    ]),
    ("p", "Prepared: Wang Wei, Factory Manager"),
], author="Wang Wei")
case("p08_steel_for_full_qty", ["RG006"],
     "supplier bought steel for the full 18,000 while only 60 samples are released and material authority is sample-only", [
    ("Re_PO_LCG-PO-25-0117_samples.eml", eml_bytes(mail(
        LILY, CHINEDU, "Re: PO LCG/PO/25/0117 - samples", "Tue, 01 Apr 2025 09:26:00 +0800", _p08_txt,
        in_reply_to="<h187-co0319@lagooncrest.com.ng>",
        attachments=[("Hengda_status_LCG-PO-25-0117.docx", _p08_docx, DOCX_MT)]))),
])

# p09: supplier monthly status report: wire rod bought for 9,600 against 200 released (PDF).
case("p09_status_report_material", ["RG006"],
     "supplier report: 200 sample ties released but wire rod bought for 9,600 'to keep lead time', no material authority", [
    ("HP_monthly_status_March_2025.pdf", pdf([
        ("h1", "Monthly Order Status - March 2025"),
        ("p", "Hai Phong Steelform JSC -> Southern Cross Formwork Pty Ltd"),
        ("table", [
            ["Customer PO", "Item", "Released by customer", "Produced", "Balance", "Status"],
            ["SCF-PO-25-0290", "TR-15-1200 tie rod DW15", "200 (samples)", "200", "9,400", "not released - waiting customer release"],
        ]),
        ("sp",),
        ("h", "Material"),
        ("table", [
            ["Material", "For qty", "PO to mill", "Arrival"],
            ["Wire rod / bar 15 mm, 45# steel, 14.8 t", "9,600 ties", "HP-MPO-25-0142", "24/03/2025 (in stock)"],
            ["Wing nut castings WN-15-100", "200", "internal", "done"],
        ]),
        ("sp",),
        ("p", "Remark: we bought the bar for the whole 9,600 ties now to keep lead time for your Kangaroo Point "
              "job, mill price valid only to end of March. Threading starts same day when you send release."),
        ("p", "Prepared by: Tran Van Duc, Production Manager"),
    ], title="HP monthly status", author="Hai Phong Steelform")),
])

# p10: Teams: buyer engineer says sample sign-off rolls straight into the run.
case("p10_teams_crack_on", ["RG007"],
     "buyer engineer: once pilot beams are signed off 'just crack on with the run of 1,188, no need to wait for paperwork' against the written-release scope", [
    ("Teams_chat_Brnoform_AB-165.txt", T("""
        Microsoft Teams - chat export
        Chat: SCF / Brnoform - AB-165 pilot beams
        Participants: Darren Whitfield (Southern Cross Formwork), Mel Kovac (Southern Cross Formwork), Petr Novák (External)

        [3/04/2025 10:12 AM] Darren Whitfield
        Morning Petr. PO SCF-PO-25-0318 is the 12 pilot beams only. Balance 1,188 on hold till Mel signs off the pilot beams and Bronwyn Tate sends the written release.

        [3/04/2025 10:30 AM] Petr Novák
        Noted Darren, thank you. Pilot beams in extrusion now.

        [14/04/2025 3:47 PM] Mel Kovac
        Petr, pilot beams are looking good on the rig so far, 2 of 3 done at 1.5x SWL no issues

        [14/04/2025 3:49 PM] Mel Kovac
        Once I sign them off just crack on with the run of 1,188 - no need to wait for paperwork from Bronwyn, we're tight on the programme

        [14/04/2025 4:05 PM] Petr Novák
        Understood Mel, we start the 1,188 immediately after your sign-off. Billet is available.

        [14/04/2025 4:06 PM] Mel Kovac
        👍
        """)),
])

# p11: supplier offer mail: sample approval starts mass production automatically (PDF attachment).
_p11_offer = pdf([
    ("h1", "TEKLIF / OFFER KI-2025-0301"),
    ("p", "Kartal Iskele Sanayi ve Ticaret A.S. - Konya OSB, Türkiye"),
    ("p", "To: Fjordstillas AS, Bergen - Kari Haugland    Date: 02.04.2025    Valid: 30 days"),
    ("table", [
        ["Pos.", "Item", "Description", "Qty", "EUR/pc", "Total EUR"],
        ["1", "KL-LB-0600", "Ringlock ledger blade, cast, HDG - samples", "200", "3,40", "680,00"],
        ["2", "KL-LB-0600", "Ringlock ledger blade, cast, HDG - mass production", "2.000", "1,98", "3.960,00"],
    ]),
    ("sp",),
    ("p", "Delivery FCA Konya. Samples 2 weeks, mass production 4 weeks."),
], title="Offer KI-2025-0301", author="Kartal Iskele")
_p11_txt = T("""
    Dear Kari Hanım,

    Thank you for your request. Please find attached our offer KI-2025-0301 for 200 pcs samples
    and 2.000 pcs ledger blades KL-LB-0600.

    As usual in our company, as soon as you approve the samples we start the mass production of
    the 2.000 pcs automatically, so no time is lost for your season. Please confirm.

    Have a nice day
    """) + SIG_MEHMET
case("p11_offer_auto_start", ["RG007"],
     "supplier offer says sample approval starts the 2.000 mass production automatically; no recorded auto-conversion", [
    ("Offer_KI-2025-0301.eml", eml_bytes(mail(
        MEHMET, KARI, "Offer KI-2025-0301 ledger blades KL-LB-0600", "Wed, 02 Apr 2025 09:58:00 +0300", _p11_txt,
        attachments=[("KI-2025-0301.pdf", _p11_offer, PDF_MT)]))),
])

# p12: buyer portal demand plan: forecast presented as firm order.
case("p12_portal_forecast_firm", ["RG008"],
     "buyer portal: forecast basis but 'firm commitment - produce and ship per schedule'", [
    ("leverandorportal_demand_KL-LB-0600.html", html_page("Fjordstillas leverandørportal - Etterspørsel", """
<h2>Fjordstillas AS - Leverandørportal</h2>
<p>Leverandør: <b>Kartal İskele Sanayi ve Ticaret A.Ş.</b> (30377) &nbsp; Vare: KL-LB-0600 ringlock ledger blade</p>
<h3>Etterspørsel / Demand plan 2025 - status: FIRM ORDER</h3>
<div class="note">Basis: Fjordstillas sales forecast Q2-Q4 2025 (rental fleet growth, Vestland + Rogaland).
These forecast quantities are our firm commitment - please produce and ship per schedule below.</div>
<table>
<tr><th>Uke / week</th><th>Antall / qty (stk)</th><th>Status</th></tr>
<tr><td>2025-W20</td><td>1 500</td><td>firm</td></tr>
<tr><td>2025-W24</td><td>1 500</td><td>firm</td></tr>
<tr><td>2025-W28</td><td>2 000</td><td>firm</td></tr>
<tr><td>2025-W33</td><td>2 000</td><td>firm</td></tr>
<tr><td>2025-W38</td><td>1 000</td><td>firm</td></tr>
<tr><td><b>Total</b></td><td><b>8 000</b></td><td></td></tr>
</table>
<p>Kontakt: Kari Haugland, innkjøpsleder</p>
""", lang="no")),
])

# p13: buyer mail: "treat this forecast as our firm order" (multipart/alternative + HTML attachment).
_p13_txt = T("""
    Dear Madam Lily,

    Compliments of the season.

    Please see attached our 2025 demand forecast for swivel couplers HD-SW-4830, total
    thirty-six thousand (36,000) pcs for our Lekki and Eko Atlantic sites.

    Kindly treat this forecast as our firm order and plan your production accordingly so that
    the containers can start moving from June. The formal PO will follow from accounts.

    Thank you for your usual cooperation.
    """) + SIG_CHINEDU
_p13_html = """<p>Dear Madam Lily,</p><p>Compliments of the season.</p>
<p>Please see attached our 2025 demand forecast for swivel couplers HD-SW-4830, total <b>thirty-six thousand (36,000) pcs</b>
for our Lekki and Eko Atlantic sites.</p>
<p>Kindly treat this forecast as our firm order and plan your production accordingly so that the containers can start
moving from June. The formal PO will follow from accounts.</p>
<p>Thank you for your usual cooperation.</p><p>Chinedu Okafor<br>Procurement Officer<br>Lagoon Crest Construction Group Ltd</p>"""
_p13_att = html_page("LCG demand forecast 2025 - HD-SW-4830", """
<h3>Lagoon Crest Construction Group - Demand forecast 2025</h3>
<p>Item: HD-SW-4830 swivel coupler 48.3 mm, EN 74-1 class B</p>
<table><tr><th>Quarter</th><th>Lekki</th><th>Eko Atlantic</th><th>Total</th></tr>
<tr><td>Q2</td><td>4,000</td><td>2,000</td><td>6,000</td></tr>
<tr><td>Q3</td><td>8,000</td><td>6,000</td><td>14,000</td></tr>
<tr><td>Q4</td><td>8,000</td><td>8,000</td><td>16,000</td></tr>
<tr><td><b>2025</b></td><td></td><td></td><td><b>36,000</b></td></tr></table>
<p>Source: LCG plant &amp; equipment planning, forecast v3</p>
""")
case("p13_forecast_as_firm_mail", ["RG008"],
     "buyer sends a 36,000 forecast and asks the supplier to treat it as a firm order", [
    ("LCG_2025_forecast_swivel_couplers.eml", eml_bytes(mail(
        CHINEDU, LILY, "2025 forecast - swivel couplers HD-SW-4830", "Thu, 03 Apr 2025 10:15:00 +0100",
        _p13_txt, html=_p13_html, attachments=[("LCG_forecast_2025_HD-SW-4830.html", _p13_att, HTML_MT)]))),
])

# p14: minutes with "approved" for technical, commercial and production (PDF).
case("p14_minutes_approved_3ways", ["RG009"],
     "minutes use 'approved' for sample sign-off, PO/budget approval and production release (3,000)", [
    ("MoM_ARG_Hengda_2025-04-07.pdf", pdf([
        ("h1", "Minutes of Meeting - Couplers for Al Wakrah Package 3"),
        ("p", "Al Rayyan Gulf Contracting / Tianjin Hengda (Teams call), 07/04/2025"),
        ("p", "Attendees: Eng. Rashid Al-Marri, Mohammed Al-Kuwari, Suresh Nair (ARG); Lily Zhang (Hengda)"),
        ("table", [
            ["No.", "Item", "Status", "Action by"],
            ["1", "Samples HD-CP-4830 (60 pcs)", "Approved by QA/QC (Suresh Nair) - slip and torque tests OK", "-"],
            ["2", "PO 7100540 (12,000 pcs)", "Approved by Finance - budget line TW-PK3-07", "-"],
            ["3", "Production", "Approved for 3,000 pcs - Eng. Rashid Al-Marri", "Hengda"],
            ["4", "Balance 9,000 pcs", "On hold until written release by Eng. Rashid Al-Marri after lot acceptance of the first 3,000", "ARG"],
        ]),
        ("sp",),
        ("p", "Hengda to confirm ETD of the first 3,000 pcs by 10/04/2025."),
        ("p", "Minutes by: Mohammed Al-Kuwari"),
    ], title="MoM 07-04-2025", author="Al Rayyan Gulf Contracting")),
])

# p15: sign-off record using "released" for drawing, PO workflow, samples and production (DOCX).
case("p15_released_4ways", ["RG009"],
     "record uses 'released' for the drawing, the ERP PO workflow, the sample approval and the production release", [
    ("Frigivelse_AB-165_4500019301.docx", docx_bytes([
        ("h1", "Frigivelseslogg / Release log - AB-165 alu beams"),
        ("p", "Fjordstillas AS - Teknisk avdeling. Supplier: Brnoform s.r.o. PO 4500019301."),
        ("table", [
            ["Dato", "Hva / what", "Status", "Sign."],
            ["02.04.2025", "Drawing FS-AB-165", "Released Rev C", "E. Solberg"],
            ["03.04.2025", "PO 4500019301 (1 200 beams)", "Released in Visma (attestert)", "K. Haugland"],
            ["07.04.2025", "Pilot beams (12 stk)", "Released - load test OK", "E. Solberg"],
            ["08.04.2025", "Production", "Released 300 beams", "I. Brekke"],
        ]),
        ("sp",),
        ("p", "Balance 888 beams not released until Ingrid Brekke gives the next written release after the "
              "site trial at Åsane depot."),
        ("p", "Material authority: 300 beams."),
    ], author="Eirik Solberg")),
])

# p16: EDI planning schedule where the forecast is declared firm.
case("p16_edi_forecast_firm", ["RG008"],
     "DELFOR planning schedule with forecast lines, FTX tells supplier to regard all forecast weeks as firm and produce in advance", [
    ("DELFOR_FC-2025-0017.txt", T("""
        ===== EDIFACT DELFOR D.96A  -  human-readable print (Fjordstillas EDI gateway) =====
        UNB  UNOC:3 + 7080001234567:14 (FJORDSTILLAS AS) + 8690001555044:14 (KARTAL ISKELE AS)
             + 250401:0615 + 00000407
        BGM  241  Delivery schedule - FORECAST / planning   no. FC-2025-0017
        DTM  137  2025-04-01
        NAD  BY   Fjordstillas AS, Sandviksveien 114, 5035 Bergen
        NAD  SE   Kartal İskele Sanayi ve Ticaret A.Ş., Konya
        LIN  1    GP-1200  guardrail post 1 200 mm, slab-edge clamp, EN 13374 cl. A, HDG
        SCC  4 (forecast)  QTY 113   600 PCE   DTM 2  2025-W19
        SCC  4 (forecast)  QTY 113   600 PCE   DTM 2  2025-W23
        SCC  4 (forecast)  QTY 113   900 PCE   DTM 2  2025-W27
        SCC  4 (forecast)  QTY 113   900 PCE   DTM 2  2025-W31
        SCC  4 (forecast)  QTY 113   600 PCE   DTM 2  2025-W36
        QTY  79   total forecast horizon ..................... 3 600 PCE
        FTX  AAI  Kartal: please regard all forecast weeks above as firm order and produce in
             advance, so that stock is ready for the season. Kari Haugland, innkjøpsleder
        UNT  18
        ===== end of message 00000407 =====
        """)),
])

# p17: buyer finance: deposit paid, so start production of the balance (MT103 text attachment).
_p17_txt = T("""
    Dear Lily,

    Good day.

    We have transferred the 30% deposit of USD 5,436.00 today, MT103 copy attached for your
    reference.

    As the deposit is now paid, please start production of the balance 14,940 couplers under
    PO 7100512 and advise the shipment schedule.

    Regards,
    Joseph Mathew
    Accounts Payable Supervisor
    Al Rayyan Gulf Contracting W.L.L.
    """)
_p17_mt103 = T("""
    {1:F01QNBAQAQAAXXX0000000000}{2:I103BKCHCNBJ200XN}{4:
    :20:ARG2504020051
    :23B:CRED
    :32A:250402USD5436,00
    :50K:/QA58QNBA000000000123456789
    AL RAYYAN GULF CONTRACTING WLL
    DOHA QATAR
    :59:/6217000010099887766
    TIANJIN HENGDA SCAFFOLDING CO LTD
    :70:PO 7100512 DEPOSIT 30PCT
    :71A:SHA
    -}
    """)
case("p17_deposit_start_balance", ["RG012"],
     "buyer accounts: 'as the deposit is now paid, please start production of the balance 14,940'", [
    ("Remittance_ARG2504020051.eml", eml_bytes(mail(
        ARG_AP, LILY, "Deposit payment - PO 7100512", "Wed, 02 Apr 2025 14:02:00 +0300", _p17_txt, cc=MOHD,
        attachments=[("MT103_ARG2504020051.txt", _p17_mt103, TXT_MT)]))),
])

# p18: WeChat: supplier reads the deposit as release of mass production; buyer does not correct.
case("p18_wechat_deposit_start", ["RG012"],
     "supplier: 'now deposit is received, we arrange the mass production 9,504'; buyer does not correct", [
    ("WeChat_Lily_Hengda_export.txt", T("""
        WeChat chat history with "Lily Zhang (Hengda)"
        Exported 2025-04-10 08:30

        2025-04-08 10:02  Lily Zhang (Hengda)
        Darren, good morning! 30% deposit received today, thank you very much [Rose]

        2025-04-08 10:03  Lily Zhang (Hengda)
        Now deposit is received, we arrange the mass production 9,504 pcs TR-15-1200 as per PI, start next Monday

        2025-04-08 10:30  Darren Whitfield
        Cheers Lily. Can you send photos of the pilot ties when they're packed?

        2025-04-08 10:31  Lily Zhang (Hengda)
        OK no problem, tomorrow I send
        """)),
])

# p19: supplier proforma: full production starts on receipt of advance (PDF).
case("p19_proforma_advance_starts", ["RG012"],
     "supplier proforma: production of the full quantity starts automatically on receipt of the 40% advance", [
    ("Proforma_PF-25-0087.pdf", pdf([
        ("h1", "FACTURA PROFORMA / PROFORMA INVOICE PF-25-0087"),
        ("p", "Andamios Levante S.L. - CIF B-46555082 - Polígono Industrial Fuente del Jarro, 46988 Paterna (Valencia)"),
        ("p", "Cliente / customer: Fjordstillas AS, Bergen    Su pedido / your PO: 4500019219    Fecha: 01/04/2025"),
        ("table", [
            ["Ref.", "Descripción / description", "Cant. / qty", "EUR/ud.", "Importe EUR"],
            ["BJ-38-600", "Base jack 38x4 600 mm, HDG - muestras / samples", "36", "9,80", "352,80"],
            ["BJ-38-600", "Base jack 38x4 600 mm, HDG - serie / production", "3.564", "6,15", "21.918,60"],
            ["", "", "", "Total", "22.271,40"],
        ]),
        ("sp",),
        ("p", "Forma de pago / payment: 40% anticipo / advance, 60% antes de envío / before dispatch."),
        ("p", "Producción / production: la fabricación de la cantidad total comienza automáticamente al recibir "
              "el anticipo. The production of the full quantity starts automatically on receipt of the 40% advance."),
        ("p", "IBAN ES76 2100 5555 0822 0012 3456 - CaixaBank, Paterna"),
    ], title="Proforma PF-25-0087", author="Andamios Levante")),
])

# p20: sample PO mail + offer with 2.000 unmarked; release person named, no hold, no event.
_p20_offer = pdf([
    ("h1", "TEKLIF / OFFER KI-2025-0288"),
    ("p", "Kartal Iskele Sanayi ve Ticaret A.S. - Konya OSB, Türkiye"),
    ("p", "To: Fjordstillas AS, Bergen - Kari Haugland    Date: 25.03.2025    Valid: 30 days"),
    ("table", [
        ["Pos.", "Item", "Description", "Qty", "EUR/pc", "Total EUR"],
        ["1", "KL-LB-0600", "Ringlock ledger blade, cast, HDG - samples", "20", "3,40", "68,00"],
        ["2", "KL-LB-0600", "Ringlock ledger blade, cast, HDG", "2.000", "1,98", "3.960,00"],
    ]),
    ("sp",),
    ("p", "Delivery FCA Konya. Samples 2 weeks, production 4 weeks after order."),
    ("p", "Mehmet Yildiz, Export Sales Manager"),
], title="Offer KI-2025-0288", author="Kartal Iskele")
_p20_txt = T("""
    Hei Mehmet,

    Our PO 4500019330 is for twenty (20) sample ledger blades KL-LB-0600 at EUR 3,40, as in
    your offer KI-2025-0288 (attached for reference).

    Production release authority for this item is Ingrid Brekke, COO.

    Please confirm delivery of the samples to Åsane depot in week 17.

    Med vennlig hilsen
    Kari
    """) + SIG_KARI
case("p20_offer_attached_person_named", ["RG001", "RG003", "RG004"],
     "20 samples with attached offer showing 2.000 unmarked; release authority named but no hold and no unlock event", [
    ("PO_4500019330_ledger_blades.eml", eml_bytes(mail(
        KARI, MEHMET, "PO 4500019330 - sample ledger blades KL-LB-0600", "Tue, 25 Mar 2025 15:44:00 +0100", _p20_txt,
        attachments=[("KI-2025-0288.pdf", _p20_offer, PDF_MT)]))),
])

# p21: pilot-lot PO that never mentions a balance, event or release person (PDF).
case("p21_pilot_po_bare", ["RG003", "RG004", "RG005"],
     "pilot lot of 96 'for evaluation before series order': never says the series quantity is not released, no event, no person", [
    ("PO_SCF-PO-25-0335.pdf", pdf([
        ("h1", "PURCHASE ORDER SCF-PO-25-0335"),
        ("p", SCF),
        ("p", "Supplier: Tianjin Hengda Scaffolding Co., Ltd., Tianjin, China    Date: 04/04/2025    Incoterm: FOB Xingang"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "TR-15-1200", "Formwork tie rod DW15 x 1,200 mm, black - pilot lot", "96", "3.10", "297.60"],
            ["2", "WN-15-100", "Wing nut DW15, plate 100 mm, EG - pilot lot", "96", "1.45", "139.20"],
            ["", "", "", "", "Total", "436.80"],
        ]),
        ("sp",),
        ("p", "Pilot lot for evaluation on the Kangaroo Point core before the series order."),
        ("p", "Ship by air to Brisbane, attention yard manager Hemmant. Test certificates with the goods."),
        ("p", "Buyer contact: purchasing@scformwork.com.au"),
    ], title="PO SCF-PO-25-0335", author="Southern Cross Formwork")),
])

# p22: WhatsApp: "paid the deposit ... green light, oya start", no quantity anywhere.
case("p22_chat_deposit_green_light", ["RG002", "RG010", "RG012"],
     "buyer: deposit paid 'so you have green light, oya start' - unscoped, no quantity ever stated, payment treated as release", [
    ("WhatsApp_Chat_with_Lily_Hengda.txt", T("""
        20/03/2025, 10:12 - Lily Zhang Hengda: Good morning Mr Chinedu, the PI HD-PI-25-0102 for the swivel couplers I sent you yesterday, please check 🙏
        20/03/2025, 10:40 - Chinedu Okafor LCG: Morning Madam Lily. Seen, no wahala
        20/03/2025, 10:41 - Chinedu Okafor LCG: Just remember the mass quantity stays on hold until Engr Tunde signs off the samples and Mrs Funmilayo sends you written release
        20/03/2025, 10:44 - Lily Zhang Hengda: Yes understand 👌 When you can pay the deposit?
        27/03/2025, 09:05 - Chinedu Okafor LCG: Madam Lily we have paid the deposit this morning, the swift copy is in your mail
        27/03/2025, 09:06 - Chinedu Okafor LCG: So you have green light, oya start! 💪
        27/03/2025, 09:20 - Lily Zhang Hengda: Thank you!! We start production tomorrow
        """)),
])

# p23: supplier bought material for full quantity and will go straight to mass production (quoted).
_p23_quoted = T("""
    Dear Mehmet,
    PO 7100590 is for 24 sample base jacks BJ-38-600 only. Balance 4,776 pcs on hold until
    sample sign-off by our QA/QC Suresh Nair and written release by Eng. Rashid Al-Marri.
    Material for the samples only.
    Best Regards
    Mohammed
    """)
_p23_txt = T("""
    Dear Mohammed bey,

    Thank you. The samples are ready Thursday, DHL AWB follows.

    To keep your site schedule we already ordered the S235 tube 38x4 and the base plates for all
    4.800 base jacks, arriving to us next week. After your sample approval we go direct to mass
    production, no stop, so please only send us the approval.

    Saygılarımızla
    """) + SIG_MEHMET + "\n\n-----Original Message-----\nFrom: Mohammed Al-Kuwari <m.alkuwari@alrayyangulf.qa>\n" \
    "Sent: 24 March 2025 09:50\nSubject: PO 7100590 - sample base jacks\n\n" + q(_p23_quoted)
case("p23_material_and_roll", ["RG006", "RG007"],
     "supplier ordered tube and plates for all 4.800 against a sample-only scope and says sample approval goes direct to mass production", [
    ("RE_PO_7100590.eml", eml_bytes(mail(
        MEHMET, MOHD, "RE: PO 7100590 - sample base jacks", "Tue, 25 Mar 2025 17:05:00 +0300", _p23_txt,
        in_reply_to="<h187-ma0324@alrayyangulf.qa>"))),
])

# p24: supplier production plan treats forecast as firm and books material for it (PDF).
case("p24_plan_forecast_firm_material", ["RG006", "RG008"],
     "supplier plan: customer forecast 24,000 taken as 'firm order', wire rod booked for 24,000 while 300 samples are released", [
    ("HP_production_plan_LCG_Q2-2025.pdf", pdf([
        ("h1", "Production Plan Q2/2025 - Lagoon Crest Construction Group"),
        ("p", "Hai Phong Steelform JSC - Planning Department    Issue: 07/04/2025"),
        ("table", [
            ["Item", "Order basis", "Qty", "Released by customer", "Plan"],
            ["TR-15-1200 tie rod DW15", "Customer forecast 2025 = firm order", "24,000", "300 (samples, PO LCG/PO/25/0131)", "6,000 / month from May"],
            ["WN-15-100 wing nut", "Customer forecast 2025 = firm order", "24,000", "300 (samples)", "6,000 / month from May"],
        ]),
        ("sp",),
        ("h", "Raw material"),
        ("table", [
            ["Material", "Qty", "Covers", "Status"],
            ["Bar 15 mm, 45# steel", "37.0 t", "24,000 tie rods", "booked with mill, delivery 15/04/2025"],
            ["Ductile iron for wing nuts", "12.5 t", "24,000 wing nuts", "booked"],
        ]),
        ("sp",),
        ("p", "Note: Lagoon Crest forecast for 2025 is treated as firm order in our plan to secure capacity "
              "for the rainy season."),
        ("p", "Tran Van Duc, Production Manager"),
    ], title="Production plan Q2-2025 LCG", author="Hai Phong Steelform")),
])

# p25: minutes: "approved" for samples and PO, then unscoped "can go ahead" (DOCX).
case("p25_minutes_go_ahead", ["RG002", "RG009"],
     "minutes: 'approved' for QA/QC samples and for the PO by finance; action 'tell Kartal they can go ahead' names no quantity", [
    ("MoM_guardrail_posts_7100601.docx", docx_bytes([
        ("h1", "Minutes of Meeting - Guardrail Posts GP-1200, PO 7100601"),
        ("p", "Al Rayyan Gulf Contracting W.L.L. - Lusail Marina Tower C site office, 08/04/2025"),
        ("p", "Attendees: Eng. Rashid Al-Marri (Project Director), Mohammed Al-Kuwari (Procurement), "
              "Suresh Nair (QA/QC), Ahmed Farouk (Finance)"),
        ("table", [
            ["No.", "Discussion", "Action / by"],
            ["1", "PO 7100601 issued to Kartal for 24 sample guardrail posts GP-1200 (EN 13374 class A).", "-"],
            ["2", "Samples approved by QA/QC - side load and clamp tests OK (Suresh Nair).", "-"],
            ["3", "PO value and payment terms approved by Finance.", "-"],
            ["4", "Production balance 2,376 pcs remains on hold until written release by Eng. Rashid Al-Marri "
                  "after QA/QC final sign-off of the galvanising report.", "Suresh / Eng. Rashid"],
            ["5", "Kartal is approved. Mohammed to inform Kartal they can go ahead.", "Mohammed"],
        ]),
        ("sp",),
        ("p", "Next meeting: 15/04/2025. Minutes by Mohammed Al-Kuwari."),
    ], author="Mohammed Al-Kuwari")),
])

# p26: buyer portal PO page: 30 samples with quote pane 2,970, nothing about hold/event/person.
case("p26_portal_po_quote_pane", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 30 sample tie rods with quote summary showing 2,970 production, no hold, no event, no release person", [
    ("iSupplier_PO_LCG-PO-25-0155.html", html_page("LCG iSupplier - PO LCG/PO/25/0155", """
<h2>Lagoon Crest Construction Group - iSupplier Portal</h2>
<p>Supplier: <b>Hai Phong Steelform JSC</b> (V-00871) &nbsp; Site: Lekki Phase 1 residential towers</p>
<h3>Purchase Order LCG/PO/25/0155 &nbsp; <small>Status: Open</small></h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit USD</th><th>Amount USD</th><th>Need-by</th></tr>
<tr><td>1</td><td>TR-15-1200</td><td>Tie rod DW15 x 1200 mm, black - samples</td><td>30</td><td>PCS</td><td>4.80</td><td>144.00</td><td>25-APR-2025</td></tr>
</table>
<h3>Attachments - quote summary (HP-Q-2503-14)</h3>
<table>
<tr><th>Tier</th><th>Qty</th><th>Unit USD</th></tr>
<tr><td>Samples</td><td>30</td><td>4.80</td></tr>
<tr><td>Production</td><td>2,970</td><td>2.15</td></tr>
</table>
<p>Buyer: Chinedu Okafor &nbsp;|&nbsp; Ship-to: LCG Central Yard, Ikota, Lekki &nbsp;|&nbsp; Terms: 30% advance, 70% copy B/L</p>
""")),
])

# p27: ERP PO that states the quantity twice differently (480 vs 4.800).
case("p27_erp_qty_twice", ["RG011"],
     "full-quantity ERP PO: line quantity 480 stk, note 'four thousand eight hundred (4.800)'", [
    ("PO_4500019288.txt", T("""
        FJORDSTILLAS AS                                         INNKJØPSORDRE / PURCHASE ORDER
        Sandviksveien 114, 5035 Bergen                          Nr./No.:   4500019288
        Org.nr. 918 555 204 MVA                                 Dato/Date: 31.03.2025
        Leverandør / Supplier:                                  Vår ref.: Kari Haugland
        Andamios Levante S.L.                                   Deres ref.: Javier Morales
        Pol. Ind. Fuente del Jarro, 46988 Paterna (Valencia)    Lev.betingelse: DAP Bergen
        Lev.nr. 30295                                           Betaling: 30 dager netto

        Pos  Varenr.      Beskrivelse                                   Antall   Enh   Pris EUR   Beløp EUR
        ---  -----------  --------------------------------------------  -------  ----  --------  ----------
        10   BJ-38-600    Base jack 38x4, 600 mm, Tr 38x5, plate         480     stk     6,15     2 952,00
                          150x150x5, HDG, DRG FS-3806 rev 7

        Merknad / note:
        Som avtalt / as agreed on the phone 28.03: four thousand eight hundred (4.800) base
        jacks, delivery in two lots (W18 and W22). Full order, no samples - same item as
        PO 4500018790. Proceed with the full quantity.

        Sum eks. mva:                                                              EUR  2 952,00
        """)),
])

# p28: cover mail says 10 pilot beams, attached PO says 12 (quoted, PDF attachment).
_p28_po = pdf([
    ("h1", "PURCHASE ORDER SCF-PO-25-0342"),
    ("p", SCF),
    ("p", "Supplier: Brnoform s.r.o., Brno, Czech Republic    Date: 07/04/2025    Incoterm: FCA Brno"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Scope", "Unit EUR", "Amount EUR"],
        ["1", "AB-165-3900", "Aluminium beam 165 mm x 3.9 m, DRG SCF-D-1650 Rev 3", "12", "pilot", "146,00", "1.752,00"],
    ]),
    ("sp",),
    ("p", "Pilot lot only; balance of quote Q-BF-25-070 not released."),
    ("p", "Buyer contact: purchasing@scformwork.com.au"),
], title="PO SCF-PO-25-0342", author="Southern Cross Formwork")
_p28_quoted = T("""
    Hi Darren,
    can you please send the PO for the pilot beams? We have extrusion slot on Thursday.
    Thanks
    Petr
    """)
_p28_txt = T("""
    Hi Petr,

    As discussed, PO SCF-PO-25-0342 attached for the pilot lot of ten (10) AB-165 beams.

    The balance of the 1,200 quoted is not released - it gets released after Mel Kovac signs
    off the pilot beams and Bronwyn Tate sends you the written release. Billet for the pilot
    beams only please.

    Cheers,
    Darren
    """) + SIG_DARREN + "\n\nOn Mon, 7 Apr 2025 at 6:15 pm, Petr Novak <petr.novak@brnoform.cz> wrote:\n" + q(_p28_quoted)
case("p28_mail_vs_po_qty", ["RG011"],
     "cover mail says ten (10) pilot beams, attached PO says 12; hold, event and person otherwise complete", [
    ("Re_PO_pilot_beams_SCF-PO-25-0342.eml", eml_bytes(mail(
        DARREN, PETR, "Re: PO for pilot beams", "Tue, 08 Apr 2025 08:03:00 +1000", _p28_txt,
        in_reply_to="<h187-pn0407@brnoform.cz>",
        attachments=[("SCF-PO-25-0342.pdf", _p28_po, PDF_MT)]))),
])

# p29: PO with quantity "as per quotation" and hold without a named person (PDF).
case("p29_po_qty_as_per_quote", ["RG005", "RG010"],
     "sample PO with quantity 'as per quotation' (never stated); balance on hold until QA/QC sample sign-off, nobody named", [
    ("PO_7100615.pdf", pdf([
        ("h1", "PURCHASE ORDER 7100615"),
        ("p", ARG),
        ("p", "Vendor: Andamios Levante S.L., Paterna (Valencia), Spain (vendor 200455)    PO date: 06/04/2025"),
        ("p", "Project: Al Sadd residential - facade scaffold    Incoterm: CFR Hamad Port"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit EUR", "Scope"],
            ["10", "AL-DC-48", "Double coupler 48.3 pressed, EN 74-1 class B, EG", "as per quotation AL-OF-25-044", "2,10", "sample lot"],
        ]),
        ("sp",),
        ("p", "The production balance is on hold and not released until QA/QC sample sign-off at site."),
        ("p", "Material for the sample lot only."),
        ("p", "Issued by: Procurement Department, Al Rayyan Gulf Contracting"),
    ], title="PO 7100615", author="Al Rayyan Gulf Contracting")),
])

# p30: WhatsApp: forecast taken as firm, deposit on it starts production.
case("p30_chat_forecast_deposit", ["RG008", "RG012"],
     "buyer: 6-month forecast 9,600 'take that as firm', 30% deposit 'once the money lands you can start making them'", [
    ("WhatsApp_Chat_with_Lan_HP_Steelform.txt", T("""
        09/04/2025, 16:20 - Darren Whitfield: Hi Lan, heads up - our forecast for the next 6 months is 9,600 ties (TR-15-1200) for the Kangaroo Point and Albion jobs
        09/04/2025, 16:21 - Darren Whitfield: Take that as firm, we're good for it
        09/04/2025, 16:22 - Darren Whitfield: We'll pay 30% deposit on the lot this week, so once the money lands you can start making them
        09/04/2025, 16:58 - Nguyen Thi Lan HP Steelform: Dear Mr Darren, thank you so much for your support 🙏
        09/04/2025, 16:59 - Nguyen Thi Lan HP Steelform: We will start production when deposit receive and send you the plan
        09/04/2025, 17:01 - Darren Whitfield: Legend, thanks Lan
        """)),
])

# p31: buyer portal release page: "approved" 3 ways and released quantity 600 vs 660.
case("p31_portal_release_conflict", ["RG009", "RG011"],
     "release page uses 'approved' for sample, PO and release; text releases 600 stk, table says 660", [
    ("release_REL-2025-0051.html", html_page("Fjordstillas leverandørportal - REL-2025-0051", """
<h2>Fjordstillas AS - Leverandørportal</h2>
<p>Leverandør: <b>Kartal İskele Sanayi ve Ticaret A.Ş.</b> (30377)</p>
<h3>Produksjonsfrigivelse / Production release REL-2025-0051</h3>
<p>GP-1200 guardrail post, PO 4500019296 (2 400 stk). Sample approval: approved 10.04.2025 (Eirik Solberg).
PO approval: approved in Visma 11.04.2025. Release approved for 600 stk (Ingrid Brekke, COO).</p>
<table>
<tr><th>PO</th><td>4500019296</td></tr>
<tr><th>Approved quantity (this release)</th><td>660 stk</td></tr>
<tr><th>Approved by</th><td>Ingrid Brekke</td></tr>
<tr><th>Remaining</th><td>1 800 stk - on hold until next written release by Ingrid Brekke</td></tr>
</table>
<p class="note">Please acknowledge in the portal before starting production.</p>
""", lang="no")),
])

# p32: supplier portal: released quantity stated as 240 and 2.400; coil bought for 24.000.
case("p32_supplier_portal_conflict_coil", ["RG006", "RG011"],
     "supplier portal shows released qty 240 in header and 2.400 in line; steel coil bought for 24.000 blades", [
    ("Kartal_order_tracking_4500019355.html", html_page("Kartal İskele - Sipariş takip / Order tracking", """
<h2>Kartal İskele - Sipariş takip / Order tracking</h2>
<p>Müşteri / customer: <b>Fjordstillas AS</b> &nbsp; Sipariş / PO: <b>4500019355</b> &nbsp; Ürün: KL-LB-0600 ledger blade</p>
<table>
<tr><th>Onaylı miktar / released qty</th><td>240 pcs</td></tr>
<tr><th>Termin / due</th><td>2025-W21</td></tr>
</table>
<h3>Üretim / production</h3>
<table>
<tr><th>Pos.</th><th>Operation</th><th>Released for production</th><th>Done</th></tr>
<tr><td>1</td><td>Casting ledger ends</td><td>2.400 pcs</td><td>600</td></tr>
<tr><td>2</td><td>Tube cutting 48.3x2.5</td><td>2.400 pcs</td><td>0</td></tr>
</table>
<h3>Malzeme / material</h3>
<table>
<tr><th>Material</th><th>Covers</th><th>Status</th></tr>
<tr><td>S235 steel coil 2.5 mm, 38 t</td><td>24.000 blades (annual volume)</td><td>purchased, in stock 03.04.2025</td></tr>
</table>
<p>Sorumlu / responsible: Ayşe Demir, Planlama</p>
""", lang="tr")),
])

# p33: letter of authority: samples, no quantity, no hold, no event, no person (DOCX).
case("p33_letter_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "letter authorises 'sample guardrail posts' with no quantity, never says the rest is not released, no event, no release person", [
    ("LCG_letter_of_authority_GP-1200.docx", docx_bytes([
        ("p", "LAGOON CREST CONSTRUCTION GROUP LTD"),
        ("p", "14 Adeola Odeku Street, Victoria Island, Lagos"),
        ("p", "Our Ref: LCG/PROC/25/091                                  Date: 3rd April, 2025"),
        ("p", "The Managing Director, Hai Phong Steelform JSC, Hai Phong, Vietnam"),
        ("p", "Attention: Ms Nguyen Thi Lan"),
        ("h", "LETTER OF AUTHORITY - SAMPLE GUARDRAIL POSTS GP-1200"),
        ("p", "Dear Sir/Madam,"),
        ("p", "With reference to your quotation HP-Q-2503-21, we hereby authorise you to manufacture sample "
              "guardrail posts GP-1200 (EN 13374 class A, hot-dip galvanised) for our evaluation at the Lekki "
              "Phase 1 site."),
        ("p", "Kindly proceed with the samples and advise us the lead time and courier details."),
        ("p", "Thank you for your anticipated cooperation."),
        ("p", "Yours faithfully,"),
        ("p", "For: Lagoon Crest Construction Group Ltd"),
        ("p", "Chinedu Okafor, Procurement Officer"),
    ], author="Chinedu Okafor")),
])

# p34: "price approved, HDG approved, all approved - go ahead" (2-level quoted, multipart/alternative).
_p34_lvl2 = T("""
    Dear Mehmet,
    PO 7100625: 40 sample guardrail posts GP-1200 only. Balance 3,960 pcs on hold until sample
    sign-off by Suresh Nair (QA/QC) and written release by Eng. Rashid Al-Marri.
    Best Regards
    Mohammed
    """)
_p34_lvl1 = T("""
    Dear Mohammed bey,
    Our revised price with hot-dip galvanising is QAR 58,75 / pc instead of electro-galvanised.
    Can you confirm price and can Suresh bey confirm HDG is acceptable?
    Best regards
    Mehmet

    -----Original Message-----
    From: Mohammed Al-Kuwari
    Sent: 27 March 2025 10:05
    """) + q(_p34_lvl2)
_p34_txt = T("""
    Dear Mehmet,

    Your revised price QAR 58,75 is approved by our management and Suresh has approved the hot-dip
    galvanising. So all approved from our side - go ahead.

    Best Regards,
    """) + SIG_MOHD + "\n\n-----Original Message-----\nFrom: Mehmet Yildiz\nSent: 01 April 2025 11:40\n" \
    "Subject: RE: PO 7100625 - guardrail posts\n\n" + q(_p34_lvl1)
_p34_html = """<p>Dear Mehmet,</p>
<p>Your revised price QAR 58,75 is approved by our management and Suresh has approved the hot-dip galvanising.
So all approved from our side - go ahead.</p>
<p>Best Regards,<br>Mohammed Al-Kuwari<br>Procurement Manager<br>Al Rayyan Gulf Contracting W.L.L., Doha</p>
<blockquote style="border-left:2px solid #999;padding-left:6px">Dear Mohammed bey,<br>Our revised price with hot-dip
galvanising is QAR 58,75 / pc instead of electro-galvanised. Can you confirm price and can Suresh bey confirm HDG is acceptable?<br>
Mehmet
<blockquote style="border-left:2px solid #999;padding-left:6px">Dear Mehmet,<br>PO 7100625: 40 sample guardrail posts GP-1200
only. Balance 3,960 pcs on hold until sample sign-off by Suresh Nair (QA/QC) and written release by Eng. Rashid Al-Marri.<br>
Mohammed</blockquote></blockquote>"""
case("p34_all_approved_go_ahead", ["RG002", "RG009"],
     "'price approved', 'HDG approved', 'all approved - go ahead': commercial and technical approval in one word, go-ahead names no quantity", [
    ("RE_RE_PO_7100625_guardrail_posts.eml", eml_bytes(mail(
        MOHD, MEHMET, "RE: RE: PO 7100625 - guardrail posts", "Wed, 02 Apr 2025 08:55:00 +0300",
        _p34_txt, html=_p34_html, in_reply_to="<h187-my0401@kartaliskele.com.tr>"))),
])

# p35: supplier order confirmation: serial production starts automatically after sample approval.
case("p35_oc_auto_serial", ["RG007"],
     "supplier order confirmation: after sample approval the serial production of the remaining quantity starts automatically 'without further order'", [
    ("OC-25-0412_Brnoform.txt", T("""
        BRNOFORM s.r.o.                              POTVRZENÍ OBJEDNÁVKY / ORDER CONFIRMATION
        Vídeňská 241, 619 00 Brno                    Číslo / No.: OC-25-0412
        IČO 25555210, DIČ CZ25555210                 Datum / date: 03.04.2025

        Odběratel / customer: Fjordstillas AS, Sandviksveien 114, 5035 Bergen, Norway
        Vaše objednávka / your PO: 4500019318 ze dne 01.04.2025

        Pol.  Kód / code     Popis / description                         Množství  Cena EUR   Celkem EUR
        ----  -------------  ------------------------------------------  --------  ---------  ----------
        1     AB-165-3900    Hliníkový nosník / alu beam 165 mm, 3,9 m   12 ks     146,00      1 752,00
                             EN AW-6082 T6, DRG FS-AB-165 Rev C
                             (vzorky / samples)

        Dodací lhůta / delivery: 2 týdny / 2 weeks, FCA Brno
        Platební podmínky / payment: 30 dní / 30 days

        Poznámka / remark:
        According to our general terms of sale (VOP 2024, art. 6.3), after your sample approval the
        serial production of the remaining quantity from our offer NB-25-0147 starts automatically,
        without further order.

        Vyřizuje / handled by: Petr Novák, obchod / sales
        """)),
])

# p36: sample PO with reference quotation table (2,000 production) and no hold (PDF).
case("p36_po_quote_table", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 20 sample posts prints the reference quotation with 2,000 production pcs; no hold, event or release person", [
    ("PO_7100640.pdf", pdf([
        ("h1", "PURCHASE ORDER 7100640"),
        ("p", ARG),
        ("p", "Vendor: Hai Phong Steelform JSC, Hai Phong, Vietnam (vendor 200318)    PO date: 08/04/2025"),
        ("p", "Project: Msheireb block D - slab edge protection    Incoterm: CFR Hamad Port    Payment: 60 days"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "UoM", "Unit USD", "Amount USD"],
            ["10", "GP-1200", "Guardrail post 1,200 mm, slab-edge clamp, EN 13374 cl. A, HDG - sample", "20", "EA", "19.80", "396.00"],
        ]),
        ("sp",),
        ("h", "Reference quotation HP-Q-2503-11"),
        ("table", [
            ["Tier", "Qty", "Unit USD", "Lead time"],
            ["Sample", "20 pcs", "19.80", "10 days"],
            ["Production", "2,000 pcs", "14.20", "30 days"],
        ]),
        ("sp",),
        ("p", "Documents: mill cert EN 10204 3.1, HDG report ISO 1461, load test report."),
        ("p", "Issued by: Procurement Department"),
    ], title="PO 7100640", author="Al Rayyan Gulf Contracting")),
])

# p37: ERP PO: 30 sample couplers, quote reference 3 600, release person named, no hold.
case("p37_erp_ref_quote", ["RG001", "RG003", "RG004"],
     "ERP PO for 30 sample couplers with 'ref. tilbud 30 / 3 600 stk' unmarked; release person named, no hold, no event", [
    ("PO_4500019322.txt", T("""
        FJORDSTILLAS AS                                         INNKJØPSORDRE / PURCHASE ORDER
        Sandviksveien 114, 5035 Bergen                          Nr./No.:   4500019322
        Org.nr. 918 555 204 MVA                                 Dato/Date: 02.04.2025
        Leverandør / Supplier:                                  Vår ref.: Kari Haugland
        Andamios Levante S.L.                                   Deres ref.: Javier Morales
        Pol. Ind. Fuente del Jarro, 46988 Paterna (Valencia)    Lev.betingelse: DAP Bergen
        Lev.nr. 30295                                           Betaling: 30 dager netto

        Pos  Varenr.      Beskrivelse                                   Antall   Enh   Pris EUR   Beløp EUR
        ---  -----------  --------------------------------------------  -------  ----  --------  ----------
        10   AL-DC-48     Double coupler 48.3 pressed, EN 74-1 cl. B,      30    stk     3,20        96,00
                          EG, sample

        Merknad / note:
        Ref. tilbud / offer AL-OF-25-051: 30 / 3 600 stk, EUR 3,20 / 2,05.
        Produksjonsfrigivelse / production release: Ingrid Brekke (COO).
        Samples to Åsane depot, uke/week 17.

        Sum eks. mva:                                                              EUR     96,00
        """)),
])

# p38: PO mail with the supplier quote forwarded as message/rfc822; release person named, no hold.
_p38_quote = mail(LILY, DARREN, "Quotation HD-Q-25-0452 tie rods DW15", "Fri, 28 Mar 2025 16:30:00 +0800", T("""
    Dear Darren,

    Thanks for your inquiry, our quotation as below:

      TR-15-1200 tie rod DW15 x 1200mm black
        Pilot lot          96 pcs     USD 3.10/pc   by air
        Mass production  9,504 pcs    USD 1.86/pc   FOB Xingang, 30 days

    Payment: 30% deposit, 70% before shipment.
    """) + SIG_LILY)
_p38_txt = T("""
    Hi Lily,

    PO SCF-PO-25-0361 is for the 96 pilot ties TR-15-1200 at USD 3.10, ship by air to Brisbane.
    Your quote is below - please put the PO number on all docs.

    Bronwyn Tate (Ops Manager) signs off all production releases on our side.

    Cheers,
    Darren
    """) + SIG_DARREN
case("p38_fwd_quote_rfc822", ["RG001", "RG003", "RG004"],
     "96 pilot ties with the forwarded quote (9,504 mass production) unmarked; Bronwyn named, but no hold and no unlock event", [
    ("PO_SCF-PO-25-0361_pilot_ties.eml", eml_bytes(mail(
        DARREN, LILY, "PO SCF-PO-25-0361 - pilot ties / FW: Quotation HD-Q-25-0452", "Wed, 02 Apr 2025 11:20:00 +1000",
        _p38_txt, attachments=[("rfc822", _p38_quote)]))),
])

# p39: buyer portal PO page: 12 pilot beams + quote pane 1,188; release authority named.
case("p39_portal_release_authority_only", ["RG001", "RG003", "RG004"],
     "portal PO: 12 pilot beams, quote summary 1,188 production unmarked; release authority named, no hold, no event", [
    ("SCF_supplier_portal_SCF-PO-25-0370.html", html_page("SCF Supplier Portal - SCF-PO-25-0370", """
<h2>Southern Cross Formwork - Supplier Portal</h2>
<p>Supplier: <b>Brnoform s.r.o.</b> (S-1187)</p>
<h3>PO SCF-PO-25-0370</h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit EUR</th><th>Amount EUR</th></tr>
<tr><td>1</td><td>AB-165-3900</td><td>Alu beam 165 mm x 3.9 m - pilot</td><td>12</td><td>146,00</td><td>1.752,00</td></tr>
</table>
<h3>Quote summary - Brnoform Q-BF-25-077</h3>
<table>
<tr><th>Lot</th><th>Beams</th><th>Unit EUR</th></tr>
<tr><td>Pilot</td><td>12</td><td>146,00</td></tr>
<tr><td>Production</td><td>1,188</td><td>118,40</td></tr>
</table>
<p>Release authority: Bronwyn Tate, Operations Manager</p>
<p>Delivery: FCA Brno, truck to Antwerp for sea freight &nbsp;|&nbsp; Terms: 30 days EOM</p>
""")),
])

# p40: supplier MRP printout: forecast taken as firm, wire rod purchased for 9,600.
case("p40_mrp_forecast_firm", ["RG006", "RG008"],
     "supplier MRP: customer forecast 9,600 'treated as firm order', wire rod purchased for 9,600 while 96 pilot ties are released", [
    ("MRP_run_2025-04-09.txt", T("""
        TIANJIN HENGDA SCAFFOLDING CO., LTD.   MRP RUN  2025-04-09 07:00   (K3 Cloud)
        Customer : C0233 SOUTHERN CROSS FORMWORK PTY LTD (AU)
        Item     : TR-15-1200  TIE ROD DW15 X 1200 BLACK

        DEMAND
          Src     Doc               Qty      Type                     Remark
          SO      SO-25-0611         96      customer PO (pilot)      SCF-PO-25-0335, released
          FC      SCF-FC-2025H2   9,600      customer forecast        treated as firm order (sales: Lily)
          -----------------------------------------------------------------
          Total demand           9,696

        SUPPLY / PURCHASE
          PR-25-0418  wire rod 45# D15, 14.9 t   for 9,600 pcs   PO to mill PO-M-25-0207 issued 2025-04-03
          PR-25-0419  wing nut castings        for    96 pcs   internal

        PLANNED PRODUCTION
          WO-25-1290   96    pilot lot            start 2025-04-10
          WO-25-1291  9,600  per forecast         start 2025-05-06  (firm per sales)

        Printed by: wangwei
        """)),
])

# p41: 2-level quoted thread: supplier will release balance on sample approval; buyer "Approved, go ahead!".
_p41_lvl2 = T("""
    Hola Javier,
    PO 4500019310: 30 sample base jacks BJ-38-600. The balance of 3.570 stk is not released until
    sample sign-off by Eirik Solberg and a written release from Ingrid Brekke (COO).
    Mvh Kari
    """)
_p41_lvl1 = T("""
    Dear Kari,
    Did the samples arrive to you? If you approve them, we release the 3.570 pcs to our production
    the same day, so you have them for the season. Please confirm approval.
    Saludos,
    Javier

    El 24/03/2025 a las 10:02, Kari Haugland escribió:
    """) + q(_p41_lvl2)
_p41_txt = T("""
    Hi Javier,

    Yes, Eirik checked them yesterday, all fine. Approved, go ahead!

    Br Kari
    """) + SIG_KARI + "\n\nFra: Javier Morales <j.morales@andamioslevante.es>\nSendt: torsdag 10. april 2025 09:14\n" \
    "Emne: RE: PO 4500019310 samples\n\n" + q(_p41_lvl1)
case("p41_thread_approved_go_ahead", ["RG002", "RG007"],
     "supplier asks approval so it can release the 3.570 to production; buyer 'Approved, go ahead!' (unscoped), contradicting her own written-release scope", [
    ("SV_RE_PO_4500019310_samples.eml", eml_bytes(mail(
        KARI, JAVIER, "SV: RE: PO 4500019310 samples", "Thu, 10 Apr 2025 13:37:00 +0200", _p41_txt,
        in_reply_to="<h187-jm0410@andamioslevante.es>"))),
])

# p42: approval form: technical/commercial/production "approval", quantity blank, "may proceed".
case("p42_approval_form_blank_qty", ["RG002", "RG009", "RG010"],
     "approval form: 'approval' for technical, commercial and production, quantity for manufacture left blank, 'supplier approved - may proceed'", [
    ("ARG_supplier_approval_form_7100688.docx", docx_bytes([
        ("h1", "Supplier / Production Approval Form"),
        ("p", "Al Rayyan Gulf Contracting W.L.L. - Form QF-PRC-014 rev 2"),
        ("table", [
            ["Field", "Entry"],
            ["Supplier", "Tianjin Hengda Scaffolding Co., Ltd."],
            ["PO", "7100688 - HD-CP-4830 double coupler, order total 12,000 pcs"],
            ["Technical approval", "Approved - Suresh Nair (QA/QC), 09/04/2025"],
            ["Commercial approval", "Approved - Mohammed Al-Kuwari, 09/04/2025"],
            ["Production approval", "Approved"],
            ["Quantity approved for manufacture now", "________"],
            ["Remaining quantity", "On hold until written release by Eng. Rashid Al-Marri after QA/QC final sign-off"],
        ]),
        ("sp",),
        ("p", "Remarks: Supplier approved - may proceed."),
        ("p", "Distribution: Procurement, QA/QC, Site Stores"),
    ], author="Mohammed Al-Kuwari")),
])

# p43: Teams: deposit is the authority to produce; quantity only "as per PO".
case("p43_teams_deposit_authority", ["RG010", "RG012"],
     "buyer: 'the deposit is your authority to produce the qty on our PO' - payment as release, active quantity never stated", [
    ("Teams_chat_HP_Steelform.txt", T("""
        Microsoft Teams - chat export
        Chat: Southern Cross Formwork <> HP Steelform
        Participants: Darren Whitfield (Southern Cross Formwork), Nguyen Thi Lan (External)

        [11/04/2025 1:12 PM] Nguyen Thi Lan
        Dear Mr Darren, we received the 30% deposit for PI HP-PI-2504-03 this morning. So we understand we can start now? How many pcs first?

        [11/04/2025 2:40 PM] Darren Whitfield
        Hi Lan, yep the deposit's in, so you're covered - the deposit is your authority to produce the qty on our PO SCF-PO-25-0377.

        [11/04/2025 2:41 PM] Darren Whitfield
        Balance of the job stays on hold till Mel Kovac signs off the first-off ties and Bronwyn Tate sends you the written release.

        [11/04/2025 2:55 PM] Nguyen Thi Lan
        Noted with thanks, we arrange production from Monday.
        """)),
])

# p44: forecast declared firm; cover mail says first call 2,400, attached PO says 2,040.
_p44_po = pdf([
    ("h1", "PURCHASE ORDER 7100702"),
    ("p", ARG),
    ("p", "Vendor: Andamios Levante S.L., Paterna (Valencia), Spain (vendor 200455)    PO date: 10/04/2025"),
    ("p", "Project: Lusail Marina Tower C    Incoterm: CFR Hamad Port    Payment: 60 days"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "UoM", "Unit EUR", "Amount EUR"],
        ["10", "BJ-38-600", "Base jack 38x4, 600 mm, Tr 38x5, plate 150x150x5, HDG", "2,040", "EA", "6,40", "13.056,00"],
    ]),
    ("sp",),
    ("p", "First call-off against annual requirement 2025."),
    ("p", "Issued by: Mohammed Al-Kuwari, Procurement Manager"),
], title="PO 7100702", author="Al Rayyan Gulf Contracting")
_p44_txt = T("""
    Dear Javier,

    Good day.

    Our annual requirement forecast 2025 for base jacks BJ-38-600 is 9,600 pcs. This is firm,
    please plan your production for the full quantity.

    Attached PO 7100702 for the first call of 2,400 pcs, delivery CFR Hamad Port by end of May.

    Best Regards,
    """) + SIG_MOHD
case("p44_forecast_firm_po_mismatch", ["RG008", "RG011"],
     "annual forecast 9,600 declared firm with production planned for it; mail says first call 2,400, attached PO says 2,040", [
    ("PO_7100702_base_jacks.eml", eml_bytes(mail(
        MOHD, JAVIER, "PO 7100702 - base jacks, first call", "Thu, 10 Apr 2025 12:10:00 +0300", _p44_txt,
        attachments=[("PO_7100702.pdf", _p44_po, PDF_MT)]))),
])

# p45: supplier order acceptance: PO acceptance + advance = production approved for 2.376.
case("p45_order_acceptance_start", ["RG009", "RG012"],
     "supplier: with PO acceptance and advance, 'production approved' for 2.376; 'approved' used for PO, credit and production", [
    ("Kartal_siparis_kabul_SCF-PO-25-0384.txt", T("""
        KARTAL İSKELE SANAYİ VE TİCARET A.Ş.
        SİPARİŞ KABUL / ORDER ACCEPTANCE                        No: SK-25-0930
        Tarih / date: 11.04.2025
        Müşteri / customer: Southern Cross Formwork Pty Ltd, Brisbane
        Sipariş / your PO: SCF-PO-25-0384 (24 samples GP-1200; quoted production 2.376 pcs)

        1. Your PO SCF-PO-25-0384 is approved by Kartal (order accepted).
        2. Credit approved - advance payment 30% received 10.04.2025.
        3. Production approved: with acceptance of your PO and receipt of advance, production
           of 2.376 pcs GP-1200 is started and planned for week 20.
        4. Samples 24 pcs: ETD 18.04.2025 by air.

        Kalite / quality: EN 13374 class A, HDG EN ISO 1461, ISO 9001:2015.
        Ayşe Demir - Planlama / Planning
        """)),
])


# =================================================================== BUILD
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def _stem(filename):
    s = Path(filename).stem
    s = re.sub(r"[^A-Za-z0-9_-]+", "_", s).strip("_")
    return s


def main():
    assert len(CASES) == 70, len(CASES)
    assert len({c["name"] for c in CASES}) == 70
    clean = [c for c in CASES if not c["expect"]]
    assert len(clean) == 25, len(clean)
    for r in RULES:
        n = sum(r in c["expect"] for c in CASES)
        assert n >= 6, (r, n)
    for c in CASES:
        assert all(r in RULES for r in c["expect"]), c["name"]
        assert c["name"][0] == ("c" if not c["expect"] else "p"), c["name"]

    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(187187).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h187_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_bytes(data.encode("utf-8"))
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
