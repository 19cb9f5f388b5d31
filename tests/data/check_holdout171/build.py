#!/usr/bin/env python3
"""Generator for the releasegate check_holdout171 corpus (sauna, spa and wellness equipment).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout171/build.py

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
    m["Message-ID"] = msgid or f"<h171-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h171")
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
def quote(header, text):
    """Quote text the way mail clients do: header line, then '> ' on every line."""
    lines = text.strip("\n").splitlines()
    return header + "\n" + "\n".join(("> " + ln) if ln.strip() else ">" for ln in lines)


def as_html(text, extra=""):
    """Plain-text body to a simple HTML alternative (paragraphs, quoted blocks)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.splitlines()
        if lines and all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append(f'<blockquote style="border-left:2px solid #999;margin:0 0 0 6px;'
                       f'padding-left:8px;color:#444">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    body = "\n".join(out)
    if extra:
        body += "\n" + extra
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,"
            "sans-serif;font-size:11pt\">\n" + body + "\n</body></html>\n")


def html_table(rows):
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>\n"
                   for r in rows[1:])
    return (f'<table border="1" cellpadding="4" style="border-collapse:collapse">'
            f"<tr>{head}</tr>\n{body}</table>")


DISCLAIMER_DE = (
    "\n-- \n{name}\n{title}\n{company}\n{phone}\n\n"
    "Wellbau Spa-Technik GmbH | Sitz Freiburg im Breisgau | Amtsgericht Freiburg HRB 712044 | "
    "Geschäftsführer: Markus Rombach\n"
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
    "informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail. / This e-mail may "
    "contain confidential information. If you are not the intended recipient, please notify the "
    "sender and delete it.\n"
)


def sig_de(name, title, phone="+49 761 4580 0"):
    return DISCLAIMER_DE.format(name=name, title=title, company="Wellbau Spa-Technik GmbH",
                                phone=phone)


# =================================================================== CLEAN
# c01 supplier quote with sample / pilot / mass-production tiers (no authorization in it)
case("c01_quote_tiers_ningbo", [],
     "supplier quote alone with 10 / 50 / 1 500 tiers; no authorized quantity, so nothing to flag",
     [("quotation_QN-240611-07.txt", """\
NINGBO HAOYU ELECTRIC CO., LTD.
No. 88 Xingye Road, Beilun District, Ningbo, Zhejiang 315800, China
Tel +86 574 8688 0210   Fax +86 574 8688 0211   www.haoyu-electric.cn

QUOTATION
No.: QN-240611-07                     Date: 2024-06-11
To: Kiuaspaja Oy, Hervannan valtaväylä 12, 33720 Tampere, Finland
Attn: Mr. Mikko Lahtinen (Purchasing)
Subject: CP-210 touch control panel for KH heater series, acc. DRG KP-3310-210 Rev 12

Dear Mikko,

Thank you for your kindly inquiry. Please find our best price as below.

Item  Description                             Stage       Qty (pcs)   Unit price   Lead time
----  --------------------------------------  ----------  ----------  -----------  ------------------
1     CP-210 control panel, IPX4 front, 3 m   Sample      10          USD 48.00    25 days
      cable, M8x1.25 gland
2     CP-210 control panel                    Pilot       50          USD 31.50    35 days
3     CP-210 control panel                    Mass prod.  1 500       USD 22.40    45 days after PO

Tooling: front label die + ICT test jig USD 1 850.00, one time, amortize not possible.
Certification: EN 60335-2-53 test done by customer lab. We support with 3 pcs extra
samples free of charge. Factory is ISO 9001:2015, certificate no. 24Q-0210-3310.
Payment: T/T 30% deposit with PO, balance before shipment.
Delivery: FOB Ningbo.
Validity: 60 days from date of quotation.

Remark: quantities above are price tiers for your information. Which quantity we make
is only according to your PO and your written release.

Thanks and best regards,
Lily Chen
Sales Manager | Ningbo Haoyu Electric Co., Ltd.
Mob/WeChat +86 138 0574 2210
"""),
      ])

# c02 buyer RFQ with three scenarios, multipart/alternative
_t = """Hi Pawel,

Hope you're doing well. We're lining up suppliers for the 2025 cover program and would like
your pricing on the NB-C84 insulated spa cover (84" x 84", 4"-2" taper, marine vinyl,
1 lb EPS core, ASTM F1346-91 safety straps).

Please quote three volume scenarios per year:

  Scenario A:   250 covers
  Scenario B:   800 covers
  Scenario C: 1,500 covers

plus 4 sample covers in Midnight Canyon colour for our fit check.

To be clear, this is an RFQ only. It's not an order and nothing is released by this email,
so please don't buy foam or vinyl against it. If we choose Termoform you'll get a PO from
our ERP with its own scope note.

Could you get it back to me by June 28? Happy to jump on a call if anything's unclear.

Thanks,
Tyler
""" + sig("Tyler Mackenzie", "Sourcing Manager", "Northbay Hot Tubs Inc. | Kelowna, BC", "+1 250 555 0143")
_h = as_html(_t.split("Please quote three")[0] + "Please quote three volume scenarios per year:",
             html_table([["Scenario", "Covers / year"], ["A", "250"], ["B", "800"], ["C", "1,500"]])
             + "<p>plus 4 sample covers in Midnight Canyon colour for our fit check.</p>"
             + "<p>To be clear, this is an RFQ only. It's not an order and nothing is released by this "
               "email, so please don't buy foam or vinyl against it. If we choose Termoform "
               "you'll get a PO from our ERP with its own scope note.</p>"
             + "<p>Could you get it back to me by June 28? Happy to jump on a call if anything's "
               "unclear.</p><p>Thanks,<br>Tyler</p>"
             + "<p style=\"color:#666;font-size:9pt\">Tyler Mackenzie | Sourcing Manager | Northbay "
               "Hot Tubs Inc. | Kelowna, BC | +1 250 555 0143</p>")
case("c02_rfq_three_scenarios", [],
     "buyer RFQ with 250 / 800 / 1,500 scenarios, says it is not an order and releases nothing",
     [("RFQ NB-C84 2025.eml", eml_bytes(mail(
         "Tyler Mackenzie <tyler.mackenzie@northbayhottubs.ca>",
         "Paweł Nowak <pawel.nowak@termoform.pl>",
         "RFQ - NB-C84 spa cover, 2025 program", "Wed, 12 Jun 2024 08:41:00 -0700",
         _t, html=_h)))])

# c03 buyer portal forecast, clearly labelled non-binding
case("c03_portal_forecast_labelled", [],
     "buyer portal page with quarterly forecast clearly labelled non-binding, no material authority",
     [("bedarfsvorschau_IR-350.html", html_page("Wellbau Lieferantenportal - Bedarfsvorschau", """
<h2>Wellbau Lieferantenportal</h2>
<p>Lieferant / supplier: <b>Vilkma UAB, Kaunas (LT)</b> &nbsp;|&nbsp; Kreditor 700412 &nbsp;|&nbsp;
angemeldet: T. Petrauskas</p>
<h3>Bedarfsvorschau / Demand forecast &ndash; IR-350 Infrarot-Strahler 350 W</h3>
<p class="note"><b>UNVERBINDLICHE VORSCHAU / NON-BINDING FORECAST.</b> This page is not a purchase
order, not a call-off and not a production release. It gives no material authority. Quantities are
planning figures from our hotel project pipeline and may change or fall away. Firm quantities come
only by call-off (Abruf) in SAP, each with its own release.</p>
<table>
<tr><th>Zeitraum / period</th><th>Artikel</th><th>Prognose / forecast (Stk)</th><th>Status</th></tr>
<tr><td>Q3/2024</td><td>IR-350, 230 V, IP X4</td><td>120</td><td>Forecast</td></tr>
<tr><td>Q4/2024</td><td>IR-350, 230 V, IP X4</td><td>180</td><td>Forecast</td></tr>
<tr><td>Q1/2025</td><td>IR-350, 230 V, IP X4</td><td>240</td><td>Forecast</td></tr>
<tr><td>Q2/2025</td><td>IR-350, 230 V, IP X4</td><td>240</td><td>Forecast</td></tr>
</table>
<p>Projektbasis: Hotel Feldberg (Spa 2. OG), Therme Bad Krozingen Erweiterung, 3 Hotelprojekte in
Angebot. Norm: EN 60335-2-30, IEC 60529. Zeichnung DRG WB-7120 Rev 04.</p>
<p>Fragen zur Vorschau: Katrin Vogel, Einkauf, +49 761 4580 212</p>
<p style="color:#777">Stand: 01.07.2024 06:00 &ndash; automatisch erzeugt aus SAP APO</p>
""", lang="de"))])

# c04 DOCX sample sign-off: approved for fit check only, hold, event, person
case("c04_signoff_fit_check_only", [],
     "sample sign-off approved for fit check only; balance 594 on hold until thermal test + written release by Jukka Heikkilä",
     [("SSR-2024-031.docx", docx_bytes([
         ("h1", "Sample sign-off record SSR-2024-031"),
         ("p", "Kiuaspaja Oy, Tuotekehitys / R&D, Tampere"),
         ("table", [["Field", "Entry"],
                    ["Part", "KP-3310-220 stone basket, AISI 304, 1.0 mm"],
                    ["Drawing", "DRG KP-3310-220 Rev C"],
                    ["Supplier", "Baltic Heatwave SIA, Riga"],
                    ["PO", "4500-1176 (sample line only)"],
                    ["Samples received", "6 pcs, 27.05.2024, delivery note BH-DN-24-0419"],
                    ["Checks done", "dimensions (CMM), fit on KH-90 body, weld seams visual"],
                    ["Disposition", "Approved for fit check only"]]),
         ("h", "Remarks"),
         ("p", "All six baskets fit the KH-90 body. Weld seam on sample 4 is acceptable but "
               "close to limit; supplier informed."),
         ("p", "This sign-off covers the 6 samples and the fit check only. It is not a production "
               "release. The production quantity of 594 pcs in quote QBH-2024-088 is not released "
               "and stays on hold."),
         ("p", "Still open before the balance can move: the thermal test of the basket with stones "
               "(EN 60335-2-53 temperature rise, 3 cycles of 4 h). After a passed thermal test the "
               "balance can be released only by a written production release from Jukka Heikkilä, "
               "Supply Chain Manager."),
         ("p", "Material authority for the supplier remains sample-only."),
         ("sp",),
         ("table", [["Role", "Name", "Date"],
                    ["R&D engineer (sign-off)", "Sanna Virtanen", "29.05.2024"],
                    ["Copy to", "Mikko Lahtinen, Purchasing; Jukka Heikkilä, SCM", "29.05.2024"]]),
     ], author="Sanna Virtanen"))])

# c05 full-quantity PO that says proceed with the full 36
case("c05_full_po_proceed_36", [],
     "full-quantity hotel project PO, 'proceed with the full 36 units', no balance exists",
     [("Bestellung_4500-8815.pdf", pdf([
         ("h1", "Bestellung / Purchase Order 4500-8815"),
         ("p", "Wellbau Spa-Technik GmbH, Hanferstraße 19, 79108 Freiburg im Breisgau"),
         ("p", "Lieferant: Ningbo Haoyu Electric Co., Ltd., Beilun, Ningbo, China - Kreditor 700388"),
         ("p", "Datum: 18.06.2024   Einkauf: Katrin Vogel   Projekt: Hotel Schwarzwaldhof, Titisee"),
         ("table", [["Pos", "Material", "Bezeichnung", "Menge", "Einh.", "Preis EUR", "Liefertermin"],
                    ["10", "SG-9-400", "Dampfgenerator SG-9, 9 kW, 400 V 3N~, IP X5", "36", "ST",
                     "612,00", "KW 36/2024 (18) + KW 40/2024 (18)"],
                    ["20", "SG-AC-01", "Dampfdüse mit Aromaschale", "36", "ST", "22,40", "mit Pos 10"],
                    ["30", "SG-CP-9", "Steuerung CP-9 inkl. 10 m Kabel", "36", "ST", "58,00", "mit Pos 10"]]),
         ("sp",),
         ("h", "Hinweise / Notes"),
         ("p", "This purchase order covers the full project quantity of 36 steam generators with "
               "nozzle and control. There is no further quantity, option or balance on this project. "
               "Please proceed with the full 36 units; delivery in two batches of 18 as above."),
         ("p", "Standards: EN 60335-1 and EN 55014-1 as per your declaration; ISO 9001:2015 "
               "certificate to be sent with the first batch. Connection thread G 1/2\" and M8x1.25 "
               "earth stud as DRG WB-5009 Rev 3."),
         ("p", "Incoterms FOB Ningbo. Payment 60 days net after delivery. Our general terms of "
               "purchase (AEB 2023) apply."),
         ("p", "Wellbau Spa-Technik GmbH - Einkauf - Katrin Vogel"),
     ], title="Bestellung 4500-8815", author="Wellbau Spa-Technik GmbH"))])

# c06 EDI DELFOR call-off with explicit staged material authority above the released quantity
case("c06_delfor_staged_material", [],
     "call-off releases 120 sets; explicit staged material authority up to 360; forecast lines labelled, next call-off by Rein Kask",
     [("DELFOR_DF-2024-0412.txt", """\
================================================================================
 EDIFACT DELFOR D.96A  -  HUMAN READABLE PRINT                      page 1 / 1
================================================================================
 Sender    : SAUNAMETS OU, Tartu           GLN 4740000123456
 Receiver  : PUIDUKODA OU, Parnu           GLN 4740000654321
 Message   : DF-2024-0412                   Created: 2024-04-12 07:02
 Agreement : SA-5500-071  (scheduling agreement, bench board sets)
 Item      : BB-2400  bench board set, thermo-aspen 28x90, L=2400 mm
             DRG SM-210 Rev 7, moisture 6-8 %, EN 14298
--------------------------------------------------------------------------------
 LINE  SCC  TYPE                          QTY (sets)  DATE/WEEK   STATUS
 ----  ---  ----------------------------  ----------  ----------  --------------
  1     1   Firm call-off                        120  W18/2024    RELEASED FOR
                                                                  PRODUCTION
  2     2   Material authorisation               360  --          STAGED - raw
                                                                  material only
  3     4   Planning / forecast                  240  W24/2024    FORECAST - NOT
                                                                  RELEASED
  4     4   Planning / forecast                  240  W30/2024    FORECAST - NOT
                                                                  RELEASED
--------------------------------------------------------------------------------
 FREE TEXT (FTX AAI):
 Production authority with this message is 120 sets (line 1) and nothing more.
 Material authority (line 2): Puidukoda may buy, kiln-dry and thermo-treat aspen
 for up to 360 sets at Saunamets liability. Do not cut, plane or assemble beyond
 the 120 sets of line 1.
 Lines 3-4 (480 sets) are forecast only and not released. The next quantity is
 released only by the next call-off, signed by Rein Kask, Production Manager.
 Contact: Kadri Tamm, ostujuht / purchasing, +372 5301 4411
================================================================================
 UNB+UNOC:3+4740000123456:14+4740000654321:14+240412:0702+DF20240412'  (ref)
================================================================================
"""),
      ])

# c07 DOCX signed auto-conversion record (quantity, signer, conditions)
case("c07_signed_auto_conversion", [],
     "explicit signed auto-conversion record: approved sample sign-off releases 60 shells; remaining 340 need written release by Janelle Fortin",
     [("AC-2024-02_NB-S84.docx", docx_bytes([
         ("h1", "Auto-conversion agreement AC-2024-02"),
         ("p", "Northbay Hot Tubs Inc., 2280 Enterprise Way, Kelowna, BC V1X 4J7, Canada"),
         ("p", "Supplier: Termoform Sp. z o.o., ul. Przemysłowa 41, 85-758 Bydgoszcz, Poland"),
         ("table", [["Item", "Entry"],
                    ["Part", "NB-S84 acrylic shell, 84\", Sterling Silver, ABS backed"],
                    ["PO", "7781-0412, line 10 (samples) and line 20 (first production lot)"],
                    ["Sample quantity", "4 shells (line 10)"],
                    ["Auto-converted quantity", "60 shells (line 20)"],
                    ["Trigger", "approved sample sign-off recorded by Dave Kowalchuk, QA Lead"],
                    ["Not covered", "remaining 340 shells of the annual quote"]]),
         ("h", "What this record says"),
         ("p", "Normally a sample sign-off releases nothing. For this part we agree an exception, "
               "recorded here before the samples ship: when Dave Kowalchuk records an approved "
               "sample sign-off for the 4 sample shells, the first production lot of 60 shells "
               "(PO 7781-0412 line 20) is released automatically, without a separate release letter."),
         ("p", "Conditions: (1) the sign-off is dated on or before September 30, 2024; (2) there is "
               "no open NCR on the samples; (3) PO line 20 is still open for 60 shells. If any "
               "condition fails, nothing is released and Termoform waits for a written release."),
         ("p", "The remaining 340 shells of the annual quote are not released by this record. They "
               "stay on hold until a written production release signed by Janelle Fortin, "
               "VP Operations."),
         ("p", "Material authority: Termoform may buy acrylic sheet and ABS for 64 shells "
               "(4 samples + 60) and no more."),
         ("sp",),
         ("table", [["Signed", "Name / title", "Date"],
                    ["Northbay (release authority)", "Janelle Fortin, VP Operations", "2024-07-03"],
                    ["Northbay QA", "Dave Kowalchuk, QA Lead", "2024-07-03"],
                    ["Termoform (acknowledged)", "Paweł Nowak, Key Account Manager", "2024-07-04"]]),
     ], author="Janelle Fortin"))])

# c08 forwarded old quote (rfc822) declared informational
_inner = mail("Andris Ozols <andris.ozols@balticheatwave.lv>",
              "Mikko Lahtinen <mikko.lahtinen@kiuaspaja.fi>",
              "Quotation Q-22-0319 heating elements 2000 W", "Mon, 21 Mar 2022 14:05:00 +0200",
              """Hello Mikko,

thank you for the request. Our offer Q-22-0319:

Heating element 2000 W / 230 V, tube AISI 321, L=520 mm, M10 thread
  - annual volume 5 000 pcs:  EUR 7,85 / pc
  - annual volume 2 500 pcs:  EUR 8,40 / pc
Samples 20 pcs free of charge, delivery 3 weeks.

Validity 90 days. Delivery FCA Riga.

Best regards
Andris
""" + sig("Andris Ozols", "Sales Manager", "Baltic Heatwave SIA, Riga, Latvia", "+371 2914 0077"))
case("c08_forward_old_quote_info", [],
     "old 2022 quote with 5 000 pcs forwarded as rfc822 for reference; mail says informational, nothing ordered or released",
     [("Fwd Q-22-0319.eml", eml_bytes(mail(
         "Mikko Lahtinen <mikko.lahtinen@kiuaspaja.fi>",
         "Andris Ozols <andris.ozols@balticheatwave.lv>",
         "Fwd: Quotation Q-22-0319 heating elements 2000 W - new quote please",
         "Tue, 04 Jun 2024 10:12:00 +0300",
         """Hei Andris,

we are planning the new KH-120 model and I need new prices for the 2000 W element.
For reference I forward your old quote from 2022 (attached).

The 5 000 pcs in it was the old volume estimate. It is for information only: there is no
order and nothing is released by this mail, so please do not plan or buy anything against it.

Please send a new quote for 20 samples and for 600 pcs / year production by end of June.
Same drawing KP-3310-EL20 Rev 5, but tube now AISI 321 with M10 thread as before.

Br,
Mikko
""" + sig("Mikko Lahtinen", "Ostaja / Purchaser", "Kiuaspaja Oy, Tampere", "+358 40 718 2231"),
         attachments=[("rfc822", _inner)])))])

# c09 buyer reply correcting a quoted supplier assumption of auto-conversion
_q = quote("On Tue, 9 Jul 2024 at 16:20, Paweł Nowak <pawel.nowak@termoform.pl> wrote:", """Hello Janelle,

the 6 sample covers NB-C84 go out on Friday with DHL, tracking follows.
After your approval we will continue directly with the 180 covers, so you have them
before the season.

Best regards / Pozdrawiam
Paweł Nowak
Key Account Manager, Termoform Sp. z o.o.""")
case("c09_reply_corrects_autoconv", [],
     "buyer reply corrects quoted supplier 'continue directly with 180': samples only, balance on hold until sign-off + written release by Janelle Fortin",
     [("RE NB-C84 sample covers.eml", eml_bytes(mail(
         "Janelle Fortin <janelle.fortin@northbayhottubs.ca>",
         "Paweł Nowak <pawel.nowak@termoform.pl>",
         "RE: NB-C84 sample covers - shipping Friday", "Tue, 09 Jul 2024 09:03:00 -0700",
         """Hi Paweł,

Thanks for the heads-up on shipping. One correction to the second line below, though:
sample sign-off does not release the 180.

PO 7781-0520 covers the 6 sample covers only. The 180 production covers stay on hold
until Dave Kowalchuk (QA) has signed off the samples AND I've sent you a written production
release. No release email from me, no production. Please don't buy foam or vinyl beyond
the 6 samples either.

Appreciate the push for the season, we want it too, just in the right order.

Janelle
""" + sig("Janelle Fortin", "VP Operations", "Northbay Hot Tubs Inc. | Kelowna, BC", "+1 250 555 0101")
         + "\n" + _q + "\n",
         cc="Tyler Mackenzie <tyler.mackenzie@northbayhottubs.ca>",
         in_reply_to="<h171-pn-0709@termoform.pl>")))])

# c10 WhatsApp: supplier says deposit does not release production; buyer confirms scope
case("c10_whatsapp_deposit_not_release", [],
     "supplier says deposit does not release production; buyer confirms 12 samples only, balance 288 on hold until sign-off, release by Kadri Tamm",
     [("WhatsApp Chat with Ilze Berzina.txt", """\
15.05.24, 09:12 - Ilze Bērziņa: Labrīt / good morning Kadri! Deposit for PO SM-24-0088 is received today, thank you 🙏
15.05.24, 09:13 - Ilze Bērziņa: Just to be clear from our side: deposit does not release production. We make only the 12 sample heaters KH-80 now and we wait your written release for other 288.
15.05.24, 09:40 - Kadri Tamm: Tere Ilze, correct 👍 12 sample heaters only
15.05.24, 09:41 - Kadri Tamm: Balance 288 pcs stays on hold until sample sign-off in our Tartu test room. After that release comes in writing from me, not by phone and not by payment
15.05.24, 09:41 - Ilze Bērziņa: Ok noted. Steel and elements we buy also only for 12 pcs
15.05.24, 09:43 - Kadri Tamm: Aitäh! Stones we send ourselves, no need
15.05.24, 09:44 - Ilze Bērziņa: 👌
15.05.24, 11:02 - Ilze Bērziņa: <Media omitted>
15.05.24, 11:02 - Ilze Bērziņa: drawing BH-KH80-01 rev 3 for your check, the M8x1.25 studs moved 5 mm
15.05.24, 11:30 - Kadri Tamm: Priit looks at it tomorrow
"""),
      ])

# c11 supplier acknowledgement restating the hold
case("c11_supplier_ack_restates_hold", [],
     "supplier acknowledgement: 8 sample panels only, 392 not released, hold until sign-off and written release by Stefan Huber, material sample-only",
     [("OA-24-117.pdf", pdf([
         ("h1", "Order acknowledgement OA-24-117"),
         ("p", "Vilkma UAB, Pramones pr. 16, LT-51329 Kaunas, Lithuania - VAT LT100004411"),
         ("p", "To: Wellbau Spa-Technik GmbH, Einkauf, Ms. Katrin Vogel - your PO 4500-8812 of 02.07.2024"),
         ("table", [["Pos", "Item", "Description", "Qty", "Unit price", "Delivery"],
                    ["10", "IR-350", "Carbon infrared panel 350 W, 230 V, IP X4, sample", "8 pcs",
                     "EUR 96,00", "week 31/2024"],
                    ["20", "IR-TH-1", "Wall thermostat for IR panels, sample", "2 pcs", "EUR 41,50",
                     "week 31/2024"]]),
         ("sp",),
         ("p", "We confirm your purchase order as written. We will produce 8 pcs IR-350 sample panels "
               "and 2 thermostats, nothing more."),
         ("p", "The remaining quantity of your project inquiry (392 pcs IR-350) is not released. We "
               "understand it is on hold until your sample sign-off and a written production release "
               "by Mr. Stefan Huber, Projektleiter. Until then we will not plan it."),
         ("p", "Material: carbon heating film and 4 mm tempered glass are bought only for the 8 "
               "samples (sample-only material authority)."),
         ("p", "Test report EN 60335-2-30 and IEC 60529 (IP X4) follows with the samples."),
         ("p", "Kaunas, 04.07.2024 - Tomas Petrauskas, Sales Manager, Vilkma UAB"),
     ], title="OA-24-117", author="Vilkma UAB"))])

# c12 interim sample disposition with quantity and date limits
case("c12_interim_disposition_limits", [],
     "interim disposition limited to 60 pcs and 31.08.2024, released by Stefan Huber; remaining 340 on hold until full sign-off + his written release",
     [("ISD-2024-05_IR-350.docx", docx_bytes([
         ("h1", "Interim sample disposition ISD-2024-05"),
         ("p", "Wellbau Spa-Technik GmbH - Qualitätssicherung / Projektleitung"),
         ("table", [["Field", "Entry"],
                    ["Part", "IR-350 carbon infrared panel, DRG WB-7120 Rev 04"],
                    ["Supplier", "Vilkma UAB, Kaunas"],
                    ["Samples", "8 pcs, received 05.08.2024"],
                    ["Finding", "surface temperature at lower corner 2 K above spec; re-test needed"],
                    ["Disposition", "INTERIM"],
                    ["Quantity limit", "60 pcs"],
                    ["Time limit", "deliveries until 31.08.2024"],
                    ["Use limit", "Hotel Feldberg project only (relax room, no direct body contact)"]]),
         ("h", "Production release with this interim disposition"),
         ("p", "Within the limits above, 60 pcs IR-350 are released for production, release no. "
               "PR-FB-01, signed by Stefan Huber (release authority for the project)."),
         ("p", "Not released: the remaining 340 pcs of the project. They stay on hold until the full "
               "sample sign-off after the re-test of the corner temperature. After that, a further "
               "release only in writing by Stefan Huber, Projektleiter."),
         ("p", "Material: Vilkma may buy film and glass for the 60 released pcs only."),
         ("sp",),
         ("table", [["Role", "Name", "Date"],
                    ["QS (disposition)", "Dr. Jürgen Albrecht", "07.08.2024"],
                    ["Projektleitung (release PR-FB-01)", "Stefan Huber", "07.08.2024"]]),
     ], author="Dr. Jürgen Albrecht"))])

# c13 supplier portal order book showing hold
case("c13_supplier_portal_orderbook", [],
     "supplier-side order book showing sample lines released and production balances on hold, material sample-only",
     [("haoyu_orderbook.html", html_page("Haoyu Customer Order Book", """
<h2>Ningbo Haoyu Electric - Customer order book (internal view)</h2>
<p>Printed by: Kevin Zhou (PM) &nbsp; 2024-07-15 08:30 CST &nbsp; Filter: export customers, open</p>
<table>
<tr><th>Customer</th><th>Customer PO</th><th>Item</th><th>Stage</th><th>Qty</th>
<th>Customer release status</th><th>Material</th><th>Our status</th></tr>
<tr><td>Kiuaspaja Oy (FI)</td><td>4500-1207</td><td>CP-210 control panel, DRG KP-3310-210 Rev 12</td>
<td>Sample</td><td>10</td><td>authorized by sample PO</td><td>sample only</td><td>SMT done, assembly W29</td></tr>
<tr><td>Kiuaspaja Oy (FI)</td><td>--</td><td>CP-210 control panel</td>
<td>Mass production</td><td>1 490</td><td>ON HOLD - not released, wait sample sign-off + written release J. Heikkila</td>
<td>none</td><td>not planned</td></tr>
<tr><td>Northbay Hot Tubs (CA)</td><td>7781-0601</td><td>NB-CP-4000 control pack 4 kW 240 V</td>
<td>Pilot</td><td>12</td><td>authorized by pilot PO</td><td>pilot only</td><td>shipped 2024-07-09</td></tr>
<tr><td>Northbay Hot Tubs (CA)</td><td>--</td><td>NB-CP-4000 control pack</td>
<td>Production</td><td>1 188</td><td>ON HOLD - not released, wait pilot sign-off + written release J. Fortin</td>
<td>none</td><td>not planned</td></tr>
</table>
<p class="note">Rule for planners: ON HOLD lines are not production orders. Do not buy components or
book SMT line for them. Only released quantity goes to MRP.</p>
<p>Certificates: ISO 9001:2015 (24Q-0210-3310), UL 1563 file E488120, CSA C22.2 No. 218.1.</p>
"""))])

# c14 ERP PO printout, full and final quantity, many quantity-like identifiers
case("c14_erp_full_po_identifiers", [],
     "full and final 480 pcs PO; Rev 12, 1000 h, M10, ISO 9001:2015, EN numbers are identifiers, not quantities; no balance",
     [("OSTOTILAUS_4500-1199.txt", """\
KIUASPAJA OY                                                 OSTOTILAUS / PURCHASE ORDER
Hervannan valtaväylä 12, FI-33720 Tampere                    Nro / No.   4500-1199
Y-tunnus 2468013-5                                           Pvm / Date  03.06.2024
                                                             Sivu / Page 1 / 1
Toimittaja / Supplier:                                       Ostaja / Buyer:
BALTIC HEATWAVE SIA  (toim.nro 30417)                        Mikko Lahtinen
Krasta iela 52, LV-1003 Riga, Latvia                         +358 40 718 2231
                                                             mikko.lahtinen@kiuaspaja.fi
Toimitusehto / Incoterms: DAP Tampere       Maksuehto / Payment: 45 pv netto / 45 days net
-------------------------------------------------------------------------------------------
Rivi Nimike          Kuvaus / Description                  Määrä   Yks  á-hinta   Yhteensä
Line Item                                                   Qty    Unit  EUR       EUR
---- --------------- ------------------------------------ ------- ---- --------- ----------
10   KP-3310-EL20    Vastus / heating element 2000 W        480   kpl       7,92   3 801,60
                     230 V, AISI 321, L=520, M10 thread
                     DRG KP-3310-EL20 Rev 12
                     Toim. / delivery: vk 27 (240), vk 31 (240)
-------------------------------------------------------------------------------------------
                                                          Yhteensä / Total EUR   3 801,60
Huom. / Notes:
 1. This is the full and final quantity for this order: 480 pcs. No balance, no option,
    no forecast is attached to this PO.
 2. Requirements: EN 60335-2-53, salt spray ISO 9227 NSS 1000 h on sample basis,
    insulation test 1250 V / 1 s 100 %, supplier ISO 9001:2015 certified.
 3. Marking: "KP-3310-EL20 2000W 230V" + date code YYWW on the terminal plate.
 4. Packing: 40 pcs per carton, 12 cartons per delivery.
 5. Please confirm this order within 3 working days with delivery dates.

Tilauksen hyväksyjä / Order signed by: Mikko Lahtinen, Ostaja
-------------------------------------------------------------------------------------------
Kiuaspaja Oy:n yleiset ostoehdot 2023 / General purchasing terms 2023 apply.
"""),
      ])

# c15 supplier asks for go-ahead on the balance; complete buyer scope quoted below
_q = quote("Kadri Tamm <kadri.tamm@saunamets.ee> kirjutas 03.06.2024 11:20:", """Tere Marko,

PO SM-24-0140 is in the attachment of my previous mail. Scope, so we are on same page:
- 2 prototype cabin kits SK-180 only (wall elements, benches, door frame).
- Balance 38 kits is not released. It stays on hold until the prototype sign-off in our
  Tartu hall and then a written release from Rein Kask, Production Manager.
- Material: buy thermo-aspen only for the 2 prototype kits.

Aitäh,
Kadri""")
case("c15_supplier_asks_balance_goahead", [],
     "supplier question 'can we have the go-ahead for the balance 38 kits?' under a complete quoted buyer scope; a question is not an approval",
     [("RE SK-180 prototype kits ready.eml", eml_bytes(mail(
         "Marko Saar <marko.saar@puidukoda.ee>",
         "Kadri Tamm <kadri.tamm@saunamets.ee>",
         "RE: SK-180 prototype kits - ready Thursday", "Mon, 17 Jun 2024 15:48:00 +0300",
         """Tere Kadri,

good news, the 2 prototype kits SK-180 are ready, pickup possible Thursday from 8:00.
Packing list and photos I send separately.

Question: can we have the go-ahead for the balance 38 kits? We would like to plan the drying
chamber for July, otherwise next free slot is only end of August. If you need time for the
prototype check no problem, just tell us when you expect the release.

Parimate soovidega / best regards
Marko Saar
Müügijuht / Sales Manager
Puidukoda OÜ, Raba 31, 80041 Pärnu, Estonia
+372 5566 7012

""" + _q + "\n",
         in_reply_to="<h171-kt-0603@saunamets.ee>")))])

# c16 complete sample PO as PDF with line table
case("c16_sample_po_complete", [],
     "sample PO for 10 panels; quoted 1 490 marked forecast and not released; hold until sample sign-off + written release by Jukka Heikkilä",
     [("PO_4500-1207.pdf", pdf([
         ("h1", "Purchase order 4500-1207"),
         ("p", "Kiuaspaja Oy, Hervannan valtaväylä 12, FI-33720 Tampere, Finland"),
         ("p", "Supplier: Ningbo Haoyu Electric Co., Ltd., Ningbo, China. Your quote QN-240611-07."),
         ("p", "Date 14.06.2024. Buyer: Mikko Lahtinen. Incoterms FOB Ningbo, air freight by buyer."),
         ("table", [["Line", "Item", "Description", "Scope", "Qty", "Unit price", "Amount"],
                    ["10", "KP-3310-210", "CP-210 touch control panel, DRG KP-3310-210 Rev 12",
                     "sample", "10 pcs", "USD 48.00", "USD 480.00"],
                    ["20", "KP-JIG-210", "ICT test jig for CP-210 (tooling)", "tooling", "1 pc",
                     "USD 1 850.00", "USD 1 850.00"]]),
         ("sp",),
         ("h", "Scope of this PO"),
         ("p", "This PO releases ten (10) sample panels (line 10) and the test jig (line 20). Nothing else."),
         ("p", "The mass production quantity of your quote (1 490 pcs) is a forecast and is NOT "
               "released. It stays on hold until the samples have passed our EN 60335-2-53 test in "
               "Tampere (sample sign-off) and a written production release is signed by Jukka "
               "Heikkilä, Supply Chain Manager."),
         ("p", "Material authority: sample-only. Do not buy components for more than the 10 samples "
               "(plus the 3 free test pieces you offered)."),
         ("p", "Please acknowledge this scope in writing with your order confirmation."),
         ("p", "Kiuaspaja Oy - Mikko Lahtinen, Ostaja / Purchaser"),
     ], title="PO 4500-1207", author="Kiuaspaja Oy"))])

# c17 Teams: go-ahead scoped to the 4 pre-series units only
case("c17_teams_goahead_scoped", [],
     "Teams go-ahead 'with the 4 pre-series units only'; other 32 on hold until FAT sign-off, release from Stefan Huber in writing",
     [("Teams_Wellbau_Haoyu_SG-6.txt", """\
Microsoft Teams - Chat export
Chat: Wellbau / Haoyu - SG-6 Vorserie Hotel Seeblick
Exported: 05.07.2024 17:12 by stefan.huber@wellbau-spa.de
----------------------------------------------------------------------

Kevin Zhou (Ningbo Haoyu) [External]  03.07.2024 10:02
Hello Mr Huber, for pre-series SG-6 steam generator all parts are in house now (4 sets). We can start?

Stefan Huber  03.07.2024 10:15
Hello Kevin, yes - go ahead with the 4 pre-series units only.

Stefan Huber  03.07.2024 10:16
The other 32 for Hotel Seeblick are not released. They stay on hold until the FAT sign-off here in Freiburg (planned KW 33). The release for them comes from me, in writing, after the FAT.

Kevin Zhou (Ningbo Haoyu) [External]  03.07.2024 10:20
Understood, 4 pcs only. Test with 400 V 3N~ and 6 kW load 72 h burn-in before shipping, ok?

Stefan Huber  03.07.2024 10:24
72 h burn-in ok. Please send the test log with the units.

Kevin Zhou (Ningbo Haoyu) [External]  03.07.2024 10:25
👍
"""),
      ])

# c18 DOCX minutes keeping the terms apart
case("c18_minutes_terms_apart", [],
     "minutes keep PO issued / sample sign-off / production release apart; 2 kits authorized, 38 on hold until sign-off + written release by Rein Kask",
     [("Minutes_SK-180_2024-06-05.docx", docx_bytes([
         ("h1", "Koosoleku protokoll / Minutes - project review SK-180"),
         ("p", "Date: 05.06.2024, Tartu, Saunamets OÜ. Participants: Kadri Tamm (purchasing), Priit "
               "Lepp (engineering), Rein Kask (production manager) - Saunamets; Marko Saar (sales), "
               "Liis Org (planning) - Puidukoda OÜ."),
         ("h", "1. PO status"),
         ("p", "PO SM-24-0140 was issued on 02.04.2024 for 2 prototype cabin kits SK-180. It is a "
               "commercial document only."),
         ("h", "2. Sample sign-off"),
         ("p", "Prototype kit 1: passed dimensional check (wall elements ±1 mm, bench height 450/900 "
               "mm). Prototype kit 2: check on 12.06.2024. Sample sign-off for the prototypes is "
               "given by Priit Lepp after both kits are checked."),
         ("h", "3. Production release"),
         ("p", "No production release is issued. The balance of 38 kits is not released and stays on "
               "hold until the prototype sign-off of both kits. The production release for the 38 "
               "kits is given only in writing by Rein Kask."),
         ("h", "4. Material"),
         ("p", "Puidukoda buys thermo-aspen and alder only for the 2 prototype kits until the "
               "production release."),
         ("h", "5. Actions"),
         ("table", [["Action", "Who", "When"],
                    ["Check prototype kit 2", "Priit Lepp", "12.06.2024"],
                    ["Send sign-off result to Puidukoda", "Kadri Tamm", "13.06.2024"],
                    ["Update drying chamber plan (no booking yet)", "Liis Org", "14.06.2024"]]),
     ], author="Kadri Tamm"))])

# c19 forwarded (rfc822) partial production release, complete
_inner = mail("Stefan Huber <stefan.huber@wellbau-spa.de>",
              "Katrin Vogel <katrin.vogel@wellbau-spa.de>",
              "Produktionsfreigabe PR-2024-017 - Bankauflagen BB-2400 Hotel Seeblick",
              "Thu, 13 Jun 2024 16:40:00 +0200",
              """Hallo Katrin,

der Musterprüfbericht (sample sign-off) vom 12.06. ist positiv, Protokoll liegt im DMS.
Bitte an Puidukoda weiterleiten:

Production release PR-2024-017
- Part: BB-2400 bench board set, thermo-aspen 28x90, DRG SM-210 Rev 7
- Released for production now: 300 sets (three hundred)
- Framework quote total: 1.200 sets. The remaining 900 sets are NOT released and stay on
  hold until the next call-off.
- The next call-off and release come again only in writing from me.
- Material: for the 300 released sets only.

Gruß
Stefan
""" + sig_de("Stefan Huber", "Projektleiter Hotel & Spa", "+49 761 4580 230"))
case("c19_forwarded_release_complete", [],
     "forwarded rfc822 production release: 300 released, 900 on hold until next call-off, release only by Stefan Huber",
     [("WG Produktionsfreigabe PR-2024-017.eml", eml_bytes(mail(
         "Katrin Vogel <katrin.vogel@wellbau-spa.de>",
         "Marko Saar <marko.saar@puidukoda.ee>",
         "WG: Produktionsfreigabe PR-2024-017 - Bankauflagen BB-2400 Hotel Seeblick",
         "Fri, 14 Jun 2024 08:05:00 +0200",
         """Dear Mr. Saar,

please find attached (forwarded) the production release PR-2024-017 from our project lead
Mr. Huber for the bench board sets. Please plan accordingly and confirm the delivery weeks
for the 300 sets.

Kind regards / Mit freundlichen Grüßen
Katrin Vogel
""" + sig_de("Katrin Vogel", "Einkauf / Purchasing", "+49 761 4580 212"),
         attachments=[("rfc822", _inner)])))])

# c20 buyer portal full-quantity PO, "proceed with the full 150"
case("c20_portal_full_po_150", [],
     "portal PO for the full 150 covers with 'proceed with the full 150'; no balance, identifiers only",
     [("northbay_po_7781-0733.html", html_page("Northbay Supplier Portal - PO 7781-0733", """
<h2>Northbay Hot Tubs - Supplier Portal</h2>
<p>Supplier: <b>Termoform Sp. z o.o.</b> (vendor 20417) &nbsp;|&nbsp; logged in: a.wojcik@termoform.pl</p>
<h3>Purchase Order 7781-0733 &nbsp; <span style="color:green">OPEN</span></h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Ship date</th></tr>
<tr><td>1</td><td>NB-C84-MC</td><td>Spa cover 84" x 84", 4"-2" taper, Midnight Canyon, 1 lb EPS,
ASTM F1346-91 straps</td><td>150</td><td>USD 212.00</td><td>2024-09-16 (75) / 2024-10-14 (75)</td></tr>
</table>
<div class="note">
<p><b>Buyer note:</b> This PO is the full order quantity: 150 covers. There is no balance, no option and
no forecast attached to it. Proceed with the full 150 covers on the ship dates above.</p>
</div>
<p>Spec: DRG NB-C84 Rev 9, skirt 5", 6 clips, hinge seam 2 x double-stitched, vinyl 30 oz marine
grade, cold crack -30 &deg;C. Labels per CSA/ASTM requirements (2 warning labels per cover).</p>
<p>Buyer: Tyler Mackenzie, Sourcing Manager &nbsp; tyler.mackenzie@northbayhottubs.ca</p>
<p><button>Acknowledge PO</button> <button>Download PDF</button></p>
<p style="color:#777">Created 2024-07-29 by T. Mackenzie</p>
"""))])

# c21 WeChat: supplier asks to buy components for 1000, buyer says no
case("c21_wechat_components_denied", [],
     "supplier asks to buy components for 1,000; buyer: only the 30 pilot packs, 1,000 wait pilot sign-off + revised PO + written release by Tyler",
     [("WeChat_LilyChen_Northbay.txt", """\
WeChat Chat History
Chat with: Lily Chen 陈丽 (Haoyu Electric)
Exported by: Tyler Mackenzie  2024-08-09

————— 2024-08-06 —————
Lily Chen 陈丽 21:14
Hi Tyler good evening. PCB main MCU lead time now 16 weeks 😣 Can we buy components for 1000 pcs NB-CP-4000 now? Then mass production no delay.

Lily Chen 陈丽 21:15
only need your OK

————— 2024-08-07 —————
Tyler Mackenzie 07:32
Morning Lily. No, please don't. Components only for the 30 pilot packs on PO 7781-0655.

Tyler Mackenzie 07:33
The 1,000 are not released. They wait for the pilot sign-off and a revised PO, and after that a written release from me.

Tyler Mackenzie 07:35
If the MCU lead time is a real problem send me a quote for staging MCUs only, I'll check it internally. No buying before I answer.

Lily Chen 陈丽 07:50
OK understand. 30 pcs only 👌 I send MCU staging quote tomorrow

Tyler Mackenzie 07:51
thx!
"""),
      ])

# c22 deviation permit that leaves quantities untouched
case("c22_deviation_permit", [],
     "deviation permit for knot size; explicitly changes no quantities and is not a production release",
     [("DP-24-009.pdf", pdf([
         ("h1", "Deviation permit DP-24-009"),
         ("p", "Saunamets OÜ, Kvaliteet / Quality, Ringtee 75, 50105 Tartu, Estonia"),
         ("table", [["Field", "Entry"],
                    ["Supplier", "Puidukoda OÜ, Pärnu"],
                    ["Part", "BB-2400 bench board set, thermo-aspen 28x90, DRG SM-210 Rev 7"],
                    ["Requirement", "sound knots max. 8 mm on visible and underside faces"],
                    ["Deviation", "sound knots up to 12 mm allowed on the UNDERSIDE face only"],
                    ["Applies to", "sets produced under call-off DF-2024-0520 line 1 (already released)"],
                    ["Valid until", "31.07.2024"]]),
         ("sp",),
         ("p", "Reason: thermo-aspen batch TA-24-118 from the new sawmill has more knots (about a dozen "
               "boards per set affected); underside is not visible after installation and knots are "
               "sound (no falling knots)."),
         ("p", "This permit changes no quantities. It is not a production release and does not "
               "extend any call-off. Quantities, hold and release rules of call-off DF-2024-0520 "
               "stay exactly as written there."),
         ("table", [["Role", "Name", "Date"],
                    ["Quality", "Priit Lepp", "20.06.2024"],
                    ["Purchasing (copy)", "Kadri Tamm", "20.06.2024"]]),
     ], title="DP-24-009", author="Saunamets OU"))])

# c23 mail with DOCX material authority statement (staged authority above release)
_mas = docx_bytes([
    ("h1", "Material authority statement MAS-2024-07"),
    ("p", "Kiuaspaja Oy, Tampere - to Baltic Heatwave SIA, Riga"),
    ("table", [["Item", "Entry"],
               ["Part", "KP-3310-EL20 heating element 2000 W, DRG Rev 12"],
               ["Order", "PO 4500-1231 (quote QBH-2024-101: 600 pcs)"],
               ["Samples", "10 pcs - signed off 24.06.2024"],
               ["Released for production now", "50 pcs (first lot)"],
               ["Material authority", "staged up to 200 pcs: resistance wire and AISI 321 tube only"],
               ["Not released", "550 pcs"],
               ["Unlock event", "lot acceptance of the first 50 pcs at Kiuaspaja incoming inspection"],
               ["Release authority", "Jukka Heikkilä, Supply Chain Manager (written release only)"]]),
    ("p", "Staged material above 50 pcs may be bought and stored, not processed. Kiuaspaja carries "
          "the cost of staged material up to 200 pcs if the balance is cancelled."),
    ("p", "Signed: Jukka Heikkilä, 26.06.2024"),
], author="Jukka Heikkilä")
case("c23_mail_docx_material_authority", [],
     "mail + DOCX material authority statement: 50 released, staged material up to 200, 550 on hold until lot acceptance, release by Jukka Heikkilä",
     [("MAS-2024-07 heating elements.eml", eml_bytes(mail(
         "Mikko Lahtinen <mikko.lahtinen@kiuaspaja.fi>",
         "Andris Ozols <andris.ozols@balticheatwave.lv>",
         "MAS-2024-07 material authority - heating elements KP-3310-EL20",
         "Wed, 26 Jun 2024 13:30:00 +0300",
         """Hei Andris,

attached the material authority statement for the 2000 W elements. Short version so you
don't need to open it on the phone:

- released for production now: 50 pcs (first lot)
- you may stage wire and tube for up to 200 pcs at our liability, only buy, no processing
- the rest of the quote, 550 pcs, is not released
- next release after lot acceptance of the 50 pcs, and only written by Jukka Heikkilä

Kiitos and have a nice juhannus week still,
Mikko
""" + sig("Mikko Lahtinen", "Ostaja / Purchaser", "Kiuaspaja Oy, Tampere", "+358 40 718 2231"),
         cc="Jukka Heikkilä <jukka.heikkila@kiuaspaja.fi>",
         attachments=[("MAS-2024-07.docx", _mas, DOCX_MT)])))])

# c24 (multi-file) ERP sample PO + DOCX sign-off approved for fit check only
case("c24_erp_po_plus_signoff", [],
     "sample PO 6 panels with 240 on hold until sign-off + written release by Stefan Huber; sign-off 'approved for fit check only; production not released'",
     [("Bestellung_4500-8840.txt", """\
Wellbau Spa-Technik GmbH                         BESTELLUNG / PURCHASE ORDER
Hanferstraße 19, D-79108 Freiburg                Nr.        4500-8840
                                                 Datum      22.07.2024
Lieferant 700412                                 Einkäufer  K. Vogel  Tel. -212
Vilkma UAB
Pramonės pr. 16
LT-51329 Kaunas
--------------------------------------------------------------------------------
Pos  Material     Kurztext                           Menge  ME  Preis/EUR  Termin
---- ------------ ---------------------------------- ------ --- ---------- -------
10   IR-350-S     IR-Strahler 350 W Muster / sample       6 ST       96,00 KW33
                  DRG WB-7120 Rev 04, IP X4
--------------------------------------------------------------------------------
Kopftext / header text:
  Scope: 6 sample panels only (Pos 10).
  Project quantity Hotel Feldberg 240 pcs is NOT released. It stays on hold until
  the sample sign-off at Wellbau and a written production release by Stefan Huber,
  Projektleiter. Material authority: sample-only.
--------------------------------------------------------------------------------
Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2023).
Lieferadresse: Wellbau Lager, Tor 3, Hanferstraße 19, 79108 Freiburg
"""),
      ("Musterpruefbericht_IR-350.docx", docx_bytes([
          ("h1", "Musterprüfbericht / Sample sign-off record IR-350"),
          ("table", [["Feld / field", "Eintrag / entry"],
                     ["Lieferant", "Vilkma UAB"], ["Bestellung", "4500-8840, Pos 10, 6 samples"],
                     ["Prüfungen", "fit in bench back frame, cable routing, surface temperature"],
                     ["Ergebnis / disposition", "approved for fit check only; production not released"]]),
          ("p", "The 6 samples fit the bench back frame of the Feldberg relax room. Surface "
                "temperature test per EN 60335-2-30 is still open (lab slot KW 35)."),
          ("p", "Production is not released by this record. The 240 project panels stay on hold; "
                "a written production release by Stefan Huber is still required after the "
                "temperature test."),
          ("p", "Prüfer: Dr. Jürgen Albrecht, QS, 14.08.2024"),
      ], author="Dr. Jürgen Albrecht")),
      ])

# c25 (multi-file) cover mail with PO text + supplier quote; larger figure declared informational
case("c25_cover_mail_plus_quote", [],
     "cover mail PO for 30 pilot packs; quote's 1,000 declared informational and not released; hold until pilot sign-off + written release by Janelle Fortin",
     [("PO 7781-0655 pilot control packs.eml", eml_bytes(mail(
         "Tyler Mackenzie <tyler.mackenzie@northbayhottubs.ca>",
         "Lily Chen <lily.chen@haoyu-electric.cn>",
         "PO 7781-0655 - NB-CP-4000 pilot control packs", "Thu, 25 Jul 2024 16:10:00 -0700",
         """Hi Lily,

PO 7781-0655 is below, the PDF from our ERP will follow separately.

  Line 1  NB-CP-4000 control pack 4 kW / 240 V, pilot build   30 ea   USD 41.20
  Ship: air, Kelowna, by Sept 6

About your quotation HY-Q-24-0718 (attached to your mail of July 18, copy in this folder):
the production tiers in it (1,000 and 2,500 pcs) are for information only. They are not
ordered and not released with this PO. The production quantity stays on hold until our pilot sign-off
and a written production release signed by Janelle Fortin, VP Operations.

Material: pilot quantity only (30 sets), please.

Thanks!
Tyler
""" + sig("Tyler Mackenzie", "Sourcing Manager", "Northbay Hot Tubs Inc. | Kelowna, BC", "+1 250 555 0143")))),
      ("HY-Q-24-0718.txt", """\
NINGBO HAOYU ELECTRIC CO., LTD.                       QUOTATION HY-Q-24-0718
Customer: Northbay Hot Tubs Inc., Kelowna BC Canada    Date: 2024-07-18
Attn: Tyler Mackenzie                                  Sales: Lily Chen

Item: NB-CP-4000 spa control pack, 4 kW heater 240 V, 2 pumps + blower, UL 1563 / CSA C22.2 No. 218.1

 No. | Stage       | Qty     | Unit price (USD) | Lead time
 ----+-------------+---------+------------------+-------------------------
  1  | Pilot       |    30   |    41.20         | 30 days, air
  2  | Production  | 1 000   |    27.85         | 50 days after PO, sea
  3  | Production  | 2 500   |    25.90         | 50 days after PO, sea

 NRE: UL file update USD 2 200 (one time)
 Payment: T/T 30% deposit, 70% against B/L copy
 Validity: 45 days

Note: price tiers only. Production quantity according customer PO and written release.
"""),
      ])


# ================================================================ POSITIVE
# p01 (multi-file) cover mail + sample PO + supplier quote showing 1 200, nothing says not released
_t = """Hi Lily,

attached our PO 4500-1213 for the new CP-220 touch panels, 30 pcs samples as in your
quotation QN-240702-03 (copy attached).

We need them in Tampere week 34 at latest, our EN 60335-2-53 test slot is booked for
week 35. Please start asap and confirm the delivery date by return.

Br,
Mikko
""" + sig("Mikko Lahtinen", "Ostaja / Purchaser", "Kiuaspaja Oy, Tampere", "+358 40 718 2231")
case("p01_cover_po_quote_1200", ["RG001", "RG003", "RG004", "RG005"],
     "30-sample PO with quote showing 1 200 mass production; nothing says 1 200 is informational or on hold, no event, no release person",
     [("PO 4500-1213 CP-220.eml", eml_bytes(mail(
         "Mikko Lahtinen <mikko.lahtinen@kiuaspaja.fi>",
         "Lily Chen <lily.chen@haoyu-electric.cn>",
         "PO 4500-1213 CP-220 touch panels", "Thu, 04 Jul 2024 09:25:00 +0300",
         _t, html=as_html(_t)))),
      ("PO_4500-1213.pdf", pdf([
          ("h1", "Purchase order 4500-1213"),
          ("p", "Kiuaspaja Oy, Hervannan valtaväylä 12, FI-33720 Tampere, Finland - Y-tunnus 2468013-5"),
          ("p", "Supplier: Ningbo Haoyu Electric Co., Ltd. (supplier no. 30522). Ref. quotation QN-240702-03."),
          ("p", "Date: 04.07.2024   Buyer: Mikko Lahtinen   Incoterms: FOB Ningbo   Payment: 30 days net"),
          ("table", [["Line", "Item", "Description", "Qty", "Unit", "Unit price", "Amount"],
                     ["10", "KP-3310-220E", "CP-220 touch control panel, samples, DRG KP-3310-220E Rev 3",
                      "30", "pcs", "USD 52.00", "USD 1 560.00"]]),
          ("sp",),
          ("p", "Delivery: week 34/2024, air freight, to Kiuaspaja Oy, goods reception door 2."),
          ("p", "Requirements: EN 60335-2-53; IPX4 front; cable 3 m with M8x1.25 gland; ISO 9001:2015."),
          ("p", "Please confirm this purchase order within 3 working days."),
          ("p", "Kiuaspaja Oy - Mikko Lahtinen"),
      ], title="PO 4500-1213", author="Kiuaspaja Oy")),
      ("QN-240702-03.pdf", pdf([
          ("h1", "QUOTATION QN-240702-03"),
          ("p", "Ningbo Haoyu Electric Co., Ltd. - No. 88 Xingye Road, Beilun, Ningbo 315800, China"),
          ("p", "To: Kiuaspaja Oy, Mr. Mikko Lahtinen. Date: 2024-07-02. Sales: Lily Chen."),
          ("table", [["Item", "Description", "Stage", "Qty (pcs)", "Unit price", "Lead time"],
                     ["1", "CP-220 touch control panel", "Sample", "30", "USD 52.00", "25 days"],
                     ["2", "CP-220 touch control panel", "Mass production", "1 200", "USD 24.10",
                      "45 days"]]),
          ("p", "Payment T/T 30% deposit, balance before shipment. FOB Ningbo. Validity 60 days."),
          ("p", "Best regards, Lily Chen, Sales Manager"),
      ], title="QN-240702-03", author="Ningbo Haoyu Electric")),
      ])

# p02 (multi-file) PO for 24 pilot shells + supplier proforma for 40 that starts production on prepayment
case("p02_po24_proforma40_prepay", ["RG011", "RG012"],
     "PO releases 24 pilot shells; supplier proforma for the same PO says 40 pcs and 'production will start after receipt of advance payment'",
     [("PO_7781-0702.pdf", pdf([
          ("h1", "PURCHASE ORDER 7781-0702"),
          ("p", "Northbay Hot Tubs Inc., 2280 Enterprise Way, Kelowna, BC V1X 4J7, Canada"),
          ("p", "Vendor: Termoform Sp. z o.o., Bydgoszcz, Poland (vendor 20417)   Date: 2024-07-08"),
          ("p", "Buyer: Tyler Mackenzie   Terms: Net 45   Incoterms: FCA Bydgoszcz"),
          ("table", [["Line", "Part", "Description", "Scope", "Qty", "Unit price (EUR)", "Ext."],
                     ["1", "NB-S84-SS", "Acrylic shell 84\", Sterling Silver, ABS backed, DRG NB-S84 Rev 6",
                      "pilot", "24", "318.00", "7,632.00"]]),
          ("sp",),
          ("h", "Scope note"),
          ("p", "This PO releases the pilot lot of 24 shells (line 1) and nothing else. The annual "
                "quote quantity of 400 shells is not released. It stays on hold until the pilot "
                "sign-off by Dave Kowalchuk (QA) and a written production release signed by Janelle "
                "Fortin, VP Operations. Material authority: pilot quantity only."),
          ("p", "Northbay Hot Tubs Inc. - Purchasing"),
      ], title="PO 7781-0702", author="Northbay Hot Tubs Inc.", pagesize=LETTER)),
      ("PF_2024_0713.pdf", pdf([
          ("h1", "FAKTURA PROFORMA / PROFORMA INVOICE PF/2024/0713"),
          ("p", "Termoform Sp. z o.o., ul. Przemyslowa 41, 85-758 Bydgoszcz, NIP 554-281-40-17"),
          ("p", "Buyer: Northbay Hot Tubs Inc., Kelowna, BC, Canada. Your order: PO 7781-0702."),
          ("p", "Date of issue: 2024-07-10"),
          ("table", [["No.", "Item", "Description", "Qty", "Unit net EUR", "Net EUR"],
                     ["1", "NB-S84-SS", "Acrylic shell 84\" Sterling Silver, ABS backed", "40 pcs",
                      "318,00", "12 720,00"],
                     ["", "", "Advance payment 30%", "", "", "3 816,00"]]),
          ("sp",),
          ("p", "Payment: 30% advance payment (EUR 3 816,00) to mBank S.A., IBAN PL61 1140 2004 0000 "
                "3102 7788 1234, SWIFT BREXPLPWMBK. Rest 70% before pick-up."),
          ("p", "Production will start after receipt of advance payment on our account. Delivery "
                "5 weeks after payment."),
          ("p", "Issued by: Agnieszka Wójcik, Planowanie produkcji / Production planning"),
      ], title="PF/2024/0713", author="Termoform Sp. z o.o.")),
      ])

# p03 (multi-file) buyer portal PO 4500-8853 for 12 sets + supplier ack for PO 4500-8835 and 21 sets
_q = quote("-----Original Message-----\nFrom: Wellbau Lieferantenportal <portal-noreply@wellbau-spa.de>\nSent: Tuesday, 20 August 2024 07:01\nTo: Marko Saar\nSubject: Neue Bestellung / new purchase order 4500-8853", """Sehr geehrte Damen und Herren / Dear supplier,

a new purchase order was published for you in the Wellbau Lieferantenportal:

  PO 4500-8853, BB-2600 bench board set alder, sample, 12 sets

Please open the portal to read the order and the scope note, and acknowledge it there.

Wellbau Spa-Technik GmbH - automatic message, do not reply""")
case("p03_portal_po_vs_ack_mismatch", ["RG011"],
     "portal PO 4500-8853 releases 12 sample sets; supplier ack confirms 'PO 4500-8835' and 21 sample sets",
     [("wellbau_po_4500-8853.html", html_page("Wellbau Lieferantenportal - Bestellung 4500-8853", """
<h2>Wellbau Lieferantenportal</h2>
<p>Lieferant: <b>Puidukoda OÜ, Pärnu (EE)</b> &nbsp;|&nbsp; Kreditor 700455</p>
<h3>Bestellung / Purchase order 4500-8853 &nbsp; (veröffentlicht 20.08.2024)</h3>
<table>
<tr><th>Pos</th><th>Material</th><th>Kurztext</th><th>Menge</th><th>Preis EUR</th><th>Termin</th></tr>
<tr><td>10</td><td>BB-2600-ER</td><td>Bankauflagen-Set Erle / bench board set alder 28x90, L=2600,
Muster / sample, DRG SM-260 Rev 2</td><td>12 Sets</td><td>84,50</td><td>KW 37/2024</td></tr>
</table>
<div class="note">
<p><b>Scope note:</b> This order releases 12 sample sets only. The project quantity for Hotel
Seeblick (120 sets) is not released and stays on hold until the sample sign-off and a written
production release by Stefan Huber, Projektleiter. Material authority: sample-only.</p>
</div>
<p>Einkauf: Katrin Vogel, +49 761 4580 212</p>
<p><button>Bestellung bestätigen / acknowledge</button></p>
""", lang="de")),
      ("RE Neue Bestellung 4500-8853.eml", eml_bytes(mail(
          "Marko Saar <marko.saar@puidukoda.ee>",
          "Katrin Vogel <katrin.vogel@wellbau-spa.de>",
          "RE: Neue Bestellung / new purchase order 4500-8853", "Wed, 21 Aug 2024 10:14:00 +0300",
          """Dear Ms. Vogel,

thank you for the order. The portal button did not work for me (error 500), so I confirm
by mail:

We confirm your PO 4500-8835 for 21 sample sets BB-2600 alder, delivery week 37/2024.
Remaining project quantity stays on hold until your sample sign-off and the written
release of Mr. Huber, as in your scope note. Material we buy only for the sample sets.

Best regards
Marko Saar
Müügijuht / Sales Manager
Puidukoda OÜ, Raba 31, 80041 Pärnu, Estonia
+372 5566 7012

""" + _q + "\n",
          in_reply_to="<portal-4500-8853@wellbau-spa.de>"))),
      ])

# p04 PO with "quoted series qty" column beside the order quantity
case("p04_po_series_qty_column", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 20 heater bodies with a 'quoted series qty 580' column and nothing saying it is not released; no hold, event or release person",
     [("PO_4500-1188.pdf", pdf([
          ("h1", "OSTOTILAUS / PURCHASE ORDER 4500-1188"),
          ("p", "Kiuaspaja Oy, Hervannan valtaväylä 12, FI-33720 Tampere"),
          ("p", "Toimittaja / supplier: Baltic Heatwave SIA, Krasta iela 52, Riga (30417)"),
          ("p", "Pvm / date 28.05.2024 - Ostaja / buyer Mikko Lahtinen - DAP Tampere - 45 days net"),
          ("table", [["Pos", "Item", "Description", "Order qty", "Quoted series qty", "Unit price",
                      "Delivery"],
                     ["10", "KP-3310-090-B", "KH-90 heater body AISI 430, 0.8 mm, DRG KP-3310-090 Rev 8",
                      "20 pcs", "580 pcs", "EUR 64,20", "vk 26 / week 26"],
                     ["20", "KP-3310-090-G", "Stone guard rail, AISI 430, for KH-90", "20 pcs", "580 pcs",
                      "EUR 11,80", "vk 26 / week 26"]]),
          ("sp",),
          ("p", "Samples for the KH-90 heater body and stone guard. Quote QBH-2024-071."),
          ("p", "Requirements: EN 60335-2-53, weld seams TIG, no sharp edges, M8x1.25 studs per "
                "drawing. Material certificate 3.1 (EN 10204) with delivery."),
          ("p", "Please confirm by return. Kiitos!"),
          ("p", "Kiuaspaja Oy - Mikko Lahtinen, Ostaja"),
      ], title="PO 4500-1188", author="Kiuaspaja Oy"))])

# p05 mail with attached supplier quote (6 + 300); go-ahead scoped to 6 samples but 300 unmarked
_qpdf = pdf([
    ("h1", "OFERTA / QUOTATION Q-TF-24-0311"),
    ("p", "Termoform Sp. z o.o., Bydgoszcz, Poland - for Northbay Hot Tubs Inc., Kelowna"),
    ("p", "Date 2024-06-19 - Key Account: Pawel Nowak"),
    ("table", [["Pos.", "Item", "Stage", "Qty", "Price EUR / pc", "Lead time"],
               ["1", "NB-S84 acrylic shell 84\", ABS backed", "Samples", "6", "395,00", "4 weeks"],
               ["2", "NB-S84 acrylic shell 84\", ABS backed", "Production", "300", "309,00",
                "6 weeks, 25 pcs / week"]]),
    ("p", "Mould NB-S84 vacuum forming tool: EUR 14 800,00 (one time). Acrylic Lucite 3.2 mm / "
          "ABS 4 mm. Validity 30 days."),
], title="Q-TF-24-0311", author="Termoform Sp. z o.o.")
case("p05_mail_quote_attached_300", ["RG001", "RG003", "RG004", "RG005"],
     "buyer asks for 6 sample shells 'per your attached quote'; quote shows 300 production, nothing marks it informational; no hold, event, person",
     [("NB-S84 samples.eml", eml_bytes(mail(
         "Tyler Mackenzie <tyler.mackenzie@northbayhottubs.ca>",
         "Paweł Nowak <pawel.nowak@termoform.pl>",
         "NB-S84 samples", "Mon, 24 Jun 2024 11:02:00 -0700",
         """Hi Pawel,

please go ahead and make the 6 sample shells per your attached quote. PO 7781-0611 will
follow from our ERP tomorrow morning (our time).

Colour Sterling Silver, 84" model, ABS backing as quoted. Mould invoice can come with the
samples.

Thanks!
Tyler
""" + sig("Tyler Mackenzie", "Sourcing Manager", "Northbay Hot Tubs Inc. | Kelowna, BC", "+1 250 555 0143"),
         attachments=[("Q-TF-24-0311.pdf", _qpdf, PDF_MT)])))])

# p06 WeChat: pasted quote 8 + 600, PO for 8, "deposit paid, so please start"
case("p06_wechat_quote600_deposit_start", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "chat: quote 8 samples + 600 MP unmarked beside PO for 8; 'deposit 30% paid, so please start'; no hold, event or release person",
     [("WeChat_KevinZhou_Kiuaspaja.txt", """\
WeChat Chat History
Chat with: Kevin Zhou 周凯 (Haoyu PM)
Exported by: Mikko Lahtinen   2024-07-22

————— 2024-07-15 —————
Kevin Zhou 周凯 14:02
Dear Mikko, this is our quotation for SG-6 steam generator (6 kW 400V 3N~) for your steam room line:
Sample 8 pcs USD 186/pc
MP 600 pcs USD 121/pc
Lead time sample 20 days, MP 40 days. Payment 30% deposit.

Kevin Zhou 周凯 14:03
[File] QN-240715-02_SG-6.pdf

Mikko Lahtinen 15:40
Thanks Kevin. Price is ok for us.

————— 2024-07-18 —————
Mikko Lahtinen 08:55
Morning. PO 4500-1221 for the 8 samples is in our system now, you get it by mail from ERP.

Mikko Lahtinen 08:56
Deposit 30% paid this morning, so please start 👍

Kevin Zhou 周凯 09:10
Received, thank you Mikko! We start now. Samples ready around 2024-08-07.

Mikko Lahtinen 09:12
Good. Remember the M8x1.25 earth stud like on drawing KP-SG6 rev 4, last time was M6
"""),
      ])

# p07 DOCX kick-off minutes: pilot 5 kits authorised, project volume 45 kits unmarked
case("p07_kickoff_minutes_45", ["RG001", "RG003", "RG004", "RG005"],
     "minutes authorise 5 pilot kits beside a project volume of 45 kits with nothing saying the 45 is not released; no event or release person",
     [("Kickoff_SK-220_NordicStay.docx", docx_bytes([
         ("h1", "Kick-off meeting - sauna cabin SK-220, Nordic Stay hotel rollout"),
         ("p", "Date 10.06.2024, Teams. Saunamets OÜ: Kadri Tamm, Priit Lepp, Rein Kask. "
               "Puidukoda OÜ: Marko Saar, Liis Org."),
         ("h", "1. Project"),
         ("p", "Nordic Stay hotels (Tallinn, Riga, Vilnius, Helsinki) renew their spa floors. Saunamets "
               "delivers SK-220 cabins (2.2 x 2.0 m, thermo-aspen inside, alder benches). "
               "Project volume: 45 cabin kits over 2024-2025."),
         ("h", "2. Pilot"),
         ("p", "Pilot lot: 5 cabin kits are authorised with PO SM-24-0177. Puidukoda delivers wall "
               "elements, bench sets and door frames for the 5 kits in week 27."),
         ("h", "3. Technical"),
         ("p", "Drawing SK-220 Rev 2 valid. Wall element 44 mm, bench depth 600 mm, EN 14298 moisture "
               "class. Heater opening for 9 kW heater (KH-90 or BH-90)."),
         ("h", "4. Actions"),
         ("table", [["Action", "Who", "When"],
                    ["Send PO SM-24-0177", "Kadri Tamm", "11.06.2024"],
                    ["Confirm week 27 for the pilot kits", "Marko Saar", "14.06.2024"],
                    ["Packing spec for hotel sites", "Liis Org", "21.06.2024"]]),
         ("p", "Minutes: Kadri Tamm"),
     ], author="Kadri Tamm"))])

# p08 multipart mail with HTML table: Vorserie 4 beside Projektmenge 36; release authority named only
_t = """Dear Mr. Zhou,

please find below our order for the pre-series steam generators for Hotel Seeblick.

  Pos 10  SG-9-400 steam generator 9 kW, 400 V 3N~, IP X5
          Bestellmenge / order quantity (Vorserie):  4 pcs
          Projektmenge / project quantity:          36 pcs

Delivery for the 4 pcs: KW 35/2024 to Freiburg, air freight on our account.
Release authority for this project is Mr. Stefan Huber (Projektleiter).

Please confirm the delivery date and send the test report of the 72 h burn-in.

Mit freundlichen Grüßen / Kind regards
Katrin Vogel
""" + sig_de("Katrin Vogel", "Einkauf / Purchasing", "+49 761 4580 212")
_h = as_html("""Dear Mr. Zhou,

please find below our order for the pre-series steam generators for Hotel Seeblick.""",
             html_table([["Pos", "Material", "Kurztext", "Bestellmenge (Vorserie)", "Projektmenge"],
                         ["10", "SG-9-400", "Dampfgenerator 9 kW, 400 V 3N~, IP X5", "4 ST", "36 ST"]])
             + "<p>Delivery for the 4 pcs: KW 35/2024 to Freiburg, air freight on our account.<br>"
               "Release authority for this project is Mr. Stefan Huber (Projektleiter).</p>"
               "<p>Please confirm the delivery date and send the test report of the 72 h burn-in.</p>"
               "<p>Mit freundlichen Grüßen / Kind regards<br>Katrin Vogel</p>"
               "<p style=\"font-size:8pt;color:#666\">Wellbau Spa-Technik GmbH | Einkauf | "
               "+49 761 4580 212</p>")
case("p08_mail_projektmenge_36", ["RG001", "RG003", "RG004"],
     "order of 4 pre-series units beside 'Projektmenge 36' with nothing saying not released; release authority named but no hold and no unlock event",
     [("Bestellung Vorserie SG-9.eml", eml_bytes(mail(
         "Katrin Vogel <katrin.vogel@wellbau-spa.de>",
         "Kevin Zhou <kevin.zhou@haoyu-electric.cn>",
         "Bestellung Vorserie SG-9 Hotel Seeblick / pre-series order", "Tue, 23 Jul 2024 10:30:00 +0200",
         _t, html=_h, cc="Stefan Huber <stefan.huber@wellbau-spa.de>")))])

# p09 X12 850 print view: 12 pilot + REF QUOTE 1188 production
case("p09_x12_850_ref_quote", ["RG001", "RG003", "RG004", "RG005"],
     "EDI 850 for 12 pilot packs with 'REF QUOTE 12 PILOT + 1188 PRODUCTION PCS' unmarked; no hold, event or release person",
     [("X12_850_7781-0690.txt", """\
ANSI X12 850 PURCHASE ORDER  -  PRINT VIEW                 Northbay Hot Tubs Inc.
Interchange ctl 000004127   Group ctl 4127   Txn set 0001   Received 2024-08-12 06:14 PDT
-------------------------------------------------------------------------------------
ST*850*0001
BEG*00*SA*7781-0690**20240812            Original / Stand-alone order 7781-0690
CUR*BY*USD
REF*VN*HY-Q-24-0801                      Vendor quote ref
DTM*002*20240913                         Delivery requested 2024-09-13
N1*BY*NORTHBAY HOT TUBS INC*92*NBHT
N3*2280 ENTERPRISE WAY
N4*KELOWNA*BC*V1X4J7*CA
N1*SE*NINGBO HAOYU ELECTRIC CO LTD*92*HAOYU
PO1*1*12*EA*38.50**BP*NB-CP-4000-R3*VP*HY-CP4K-R3
PID*F****PILOT CONTROL PACK 4KW 240V 2 PUMP + BLOWER UL 1563
MSG*REF QUOTE HY-Q-24-0801 12 PILOT + 1188 PRODUCTION PCS
MSG*SHIP AIR TO KELOWNA BC - DOCK 4
MSG*LABEL PER NB-LBL-017 REV 2
CTT*1*12
SE*17*0001
-------------------------------------------------------------------------------------
Line 1: NB-CP-4000-R3   qty 12 EA   @ 38.50   ext 462.00 USD
Total lines 1   total qty 12   total value 462.00 USD
Buyer contact: Tyler Mackenzie  +1 250 555 0143
"""),
      ])

# p10 SAP sample PO printout with nothing about the balance
case("p10_sap_sample_po_bare", ["RG003", "RG004", "RG005"],
     "sample PO for 16 IR panels with no word on the balance, no unlock event, no release person",
     [("Bestellung_4500-8870.txt", """\
Wellbau Spa-Technik GmbH                         BESTELLUNG / PURCHASE ORDER
Hanferstraße 19, D-79108 Freiburg                Nr.        4500-8870
                                                 Datum      29.07.2024
Lieferant 700412                                 Einkäufer  K. Vogel  Tel. -212
Vilkma UAB
Pramonės pr. 16
LT-51329 Kaunas
--------------------------------------------------------------------------------
Pos  Material     Kurztext                           Menge  ME  Preis/EUR  Termin
---- ------------ ---------------------------------- ------ --- ---------- -------
10   IR-450-S     IR-Strahler 450 W Muster / sample      16 ST      104,00 KW35
                  DRG WB-7145 Rev 01, IP X4, 230 V
20   IR-TH-1      Wandthermostat Muster                   2 ST       41,50 KW35
--------------------------------------------------------------------------------
Kopftext / header text:
  Muster für Projekt Hotel Feldberg, Ruheraum 2. OG.
  Samples for Hotel Feldberg project, relax room 2nd floor.
  Prüfbericht EN 60335-2-30 und IEC 60529 mit Lieferung.
--------------------------------------------------------------------------------
Es gelten unsere Allgemeinen Einkaufsbedingungen (AEB 2023).
Lieferadresse: Wellbau Lager, Tor 3, Hanferstraße 19, 79108 Freiburg
"""),
      ])

# p11 WhatsApp: 10 sample heaters, release authority named, no hold, no event
case("p11_whatsapp_samples_authority_only", ["RG003", "RG004"],
     "chat orders 10 sample heaters and names Rein Kask as release authority, but never says the balance is not released nor what unlocks it",
     [("WhatsApp Chat with Andris Ozols.txt", """\
03.06.24, 08:31 - Kadri Tamm: Tere Andris! PO SM-24-0101 sent by mail just now. 10 sample heaters KH-80 for the new cabin line
03.06.24, 08:32 - Kadri Tamm: Please make them until week 22 if possible, our test room is free then
03.06.24, 08:33 - Kadri Tamm: Release authority on our side for this order is Rein Kask, production manager. Only him
03.06.24, 09:05 - Andris Ozols: Labdien Kadri, thanks! 10 pcs ok. Week 22 is tight, maybe week 23
03.06.24, 09:06 - Andris Ozols: Control panel also from us or you use your own?
03.06.24, 09:20 - Kadri Tamm: Own panel, only heater + 5 m cable please
03.06.24, 09:21 - Andris Ozols: 👍 noted, 400 V 3N~ as last time
"""),
      ])

# p12 PO: hold until further notice, named authority, no unlock event
case("p12_po_hold_further_notice", ["RG004"],
     "PO releases 20 sample sets; balance 480 'on hold until further notice', only Jukka Heikkilä can lift it; no unlock event named",
     [("PO_4500-1240.pdf", pdf([
          ("h1", "Purchase order 4500-1240"),
          ("p", "Kiuaspaja Oy, Hervannan valtaväylä 12, FI-33720 Tampere, Finland"),
          ("p", "Supplier: Puidukoda OÜ, Raba 31, 80041 Pärnu, Estonia (supplier no. 30611)"),
          ("p", "Date 12.06.2024 - Buyer Mikko Lahtinen - DAP Tampere - 30 days net"),
          ("table", [["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
                     ["10", "KP-LV-0600", "Lauteet / bench set alder 28x90, 600 mm deep, sample",
                      "20 sets", "EUR 92,00", "EUR 1 840,00"]]),
          ("sp",),
          ("h", "Scope"),
          ("p", "Only the 20 sample sets of line 10 are released with this PO. The balance of 480 "
                "sets from your quote PK-24-033 is on hold until further notice. Only Jukka "
                "Heikkilä, Supply Chain Manager, can lift the hold."),
          ("p", "Material: for the 20 sample sets only."),
          ("p", "Quality: moisture 8-10 %, no bark, edges rounded R3, screws hidden (A2 stainless)."),
          ("p", "Kiuaspaja Oy - Mikko Lahtinen, Ostaja"),
      ], title="PO 4500-1240", author="Kiuaspaja Oy"))])

# p13 two-level thread: original PO mail says 8 sample covers, reply says 10
_orig = """Hi Agnieszka,

PO 7781-0540 is out of our ERP now:
  - 8 sample covers NB-C84, Midnight Canyon, for the fit check on the new S84 shell.
  - The 180 production covers are not released. They're on hold until Dave Kowalchuk's
    sample sign-off and a written production release from Janelle Fortin (VP Ops).
  - Material for the 8 samples only please.

Thanks,
Tyler"""
_mid = """Dear Tyler,

thank you for PO. One question: do you want that we prepare already the EPS foam cores
for the 180? Lead time for EPS is 3 weeks now, summer holidays at supplier.

Best regards,
Agnieszka Wójcik
Planowanie produkcji / Production planning
Termoform Sp. z o.o.

""" + quote("On Mon, Jul 15, 2024 at 9:12 AM Tyler Mackenzie <tyler.mackenzie@northbayhottubs.ca> wrote:", _orig)
case("p13_thread_8_vs_10_samples", ["RG011"],
     "two-level thread: buyer's quoted PO mail releases 8 sample covers, buyer's reply says 'just the 10 sample covers'; hold, event and authority present",
     [("RE PO 7781-0540 sample covers.eml", eml_bytes(mail(
         "Tyler Mackenzie <tyler.mackenzie@northbayhottubs.ca>",
         "Agnieszka Wójcik <agnieszka.wojcik@termoform.pl>",
         "RE: PO 7781-0540 sample covers", "Wed, 17 Jul 2024 08:20:00 -0700",
         """Hi Agnieszka,

No thanks, not yet. Just the 10 sample covers for now. The 180 stay on hold exactly as in
my mail below, no foam cores for them.

If EPS lead time becomes a problem later, tell me and we'll look at it then.

Cheers,
Tyler
""" + sig("Tyler Mackenzie", "Sourcing Manager", "Northbay Hot Tubs Inc. | Kelowna, BC", "+1 250 555 0143")
         + "\n" + quote("On Tue, 16 Jul 2024 at 14:05, Agnieszka Wójcik <agnieszka.wojcik@termoform.pl> wrote:", _mid)
         + "\n",
         in_reply_to="<h171-aw-0716@termoform.pl>")))])

# p14 PO: balance on hold until sample sign-off, release by "Purchasing department" (no named person)
case("p14_po_release_by_department", ["RG005"],
     "PO releases 6 sample doors, balance 114 on hold until sample sign-off, but release 'by Wellbau Purchasing department' names no person",
     [("Bestellung_4500-8891.pdf", pdf([
          ("h1", "Bestellung / Purchase order 4500-8891"),
          ("p", "Wellbau Spa-Technik GmbH, Hanferstraße 19, 79108 Freiburg im Breisgau"),
          ("p", "Lieferant: Vilkma UAB, Kaunas (Kreditor 700412) - Datum 05.08.2024 - Einkauf: K. Vogel"),
          ("table", [["Pos", "Material", "Kurztext", "Menge", "Preis EUR", "Termin"],
                     ["10", "GD-8-1990", "Saunaglastür ESG 8 mm, 700 x 1990, Bronze, Muster / sample",
                      "6 ST", "238,00", "KW 38/2024"]]),
          ("sp",),
          ("h", "Scope"),
          ("p", "Released with this order: 6 sample doors (Pos 10)."),
          ("p", "The balance of 114 doors for the hotel projects 2024/25 is not released and stays "
                "on hold until the sample sign-off (door closing test 10 000 cycles, EN 14351-1 "
                "relevant parts). The release of the balance will be given by Wellbau Purchasing "
                "department."),
          ("p", "Material: for the 6 sample doors only."),
          ("p", "Wellbau Spa-Technik GmbH - Einkauf"),
      ], title="Bestellung 4500-8891", author="Wellbau Spa-Technik GmbH"))])

# p15 Teams: balance on hold until internal approval "from our side" - no named person
case("p15_teams_internal_approval_our_side", ["RG005"],
     "go-ahead scoped to 2 prototype kits; remaining 30 on hold until 'internal approval from our side'; no named release person",
     [("Teams_Saunamets_Puidukoda_barrel.txt", """\
Microsoft Teams - vestlus / chat export
Chat: Saunamets – Puidukoda barrel sauna BS-240
Exported 26.06.2024 by priit.lepp@saunamets.ee

Liis Org (Puidukoda) [External]  25.06.2024 13:02
Tere Priit, staves and end walls for the barrel sauna BS-240 are cut as test. Can we start assembly of the prototypes?

Priit Lepp  25.06.2024 13:40
Tere Liis, yes go ahead with the 2 prototype kits BS-240 (PO SM-24-0188).

Priit Lepp  25.06.2024 13:41
The remaining 30 kits are on hold until internal approval from our side. Please don't start them.

Liis Org (Puidukoda) [External]  25.06.2024 13:45
Ok clear, 2 kits. Stave profile 42 x 90 with tongue & groove as drawing BS-240 rev 5?

Priit Lepp  25.06.2024 13:47
Yes rev 5. Steel bands 2 per kit more, 4 total
"""),
      ])

# p16 multipart mail: start the pilot lot, hold/event/person present, but no quantity anywhere
_t = """Hei Andris,

as we discussed on Tuesday in Riga, please start the pilot lot of the KH-120 heater
(12 kW, 400 V 3N~, DRG KP-3312-000 Rev 2) now, so we have the heaters for the dealer
training in October.

The balance of your quote QBH-2024-110 stays not released until the pilot sign-off in our
Tampere lab. Release of the balance only in writing by Jukka Heikkilä, Supply Chain
Manager.

Delivery DAP Tampere, packing same as for the KH-90 (wooden pallet).

Br,
Mikko
""" + sig("Mikko Lahtinen", "Ostaja / Purchaser", "Kiuaspaja Oy, Tampere", "+358 40 718 2231")
case("p16_mail_pilot_lot_no_qty", ["RG010"],
     "authorizes 'the pilot lot' with hold, unlock event and named release authority, but never states how many pilot heaters",
     [("KH-120 pilot lot.eml", eml_bytes(mail(
         "Mikko Lahtinen <mikko.lahtinen@kiuaspaja.fi>",
         "Andris Ozols <andris.ozols@balticheatwave.lv>",
         "KH-120 pilot lot", "Thu, 08 Aug 2024 14:47:00 +0300", _t, html=as_html(_t),
         cc="Jukka Heikkilä <jukka.heikkila@kiuaspaja.fi>")))])

# p17 WhatsApp: "go ahead with the samples" - no quantity, nothing on the balance
case("p17_whatsapp_samples_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "buyer 'go ahead with the samples' gives no quantity and says nothing on balance, unlock event or release person",
     [("WhatsApp Chat with Lily Chen.txt", """\
[2024-09-02, 19:48:10] Lily Chen Haoyu: Hi Tyler 😊 samples of new topside panel NB-TP-200 ready to start, PCB rev B arrived today. Can go?
[2024-09-02, 19:48:40] Lily Chen Haoyu: LCD is the 3.5" version as your mail
[2024-09-02, 21:03:12] Tyler Mackenzie: hey Lily! yep go ahead with the samples 👍 we need them before the Vegas show
[2024-09-02, 21:03:55] Tyler Mackenzie: air freight pls, send me the AWB when they ship
[2024-09-02, 21:15:31] Lily Chen Haoyu: OK! about 15 days. I tell you tracking 🙏
[2024-09-03, 08:02:44] Lily Chen Haoyu: Tyler the overlay color Pantone 432C confirm?
[2024-09-03, 08:30:17] Tyler Mackenzie: confirmed 432C
"""),
      ])

# p18 release letter without the released quantity
case("p18_release_letter_no_qty", ["RG010"],
     "production release of 'the first production lot' with hold, lot-acceptance event and named authority, but no released quantity",
     [("PR-NB-2024-09.pdf", pdf([
          ("h1", "Production release PR-NB-2024-09"),
          ("p", "Northbay Hot Tubs Inc., Kelowna, BC - to Termoform Sp. z o.o., Bydgoszcz"),
          ("p", "Date: 2024-05-16"),
          ("table", [["Item", "Entry"],
                     ["Part", "NB-C84 spa cover 84\" x 84\", 4\"-2\" taper, DRG NB-C84 Rev 9"],
                     ["PO", "7781-0488"],
                     ["Sample sign-off", "2024-05-14, Dave Kowalchuk, QA Lead (record SS-NB-117)"],
                     ["Released now", "first production lot"]]),
          ("sp",),
          ("p", "Following the sample sign-off of May 14, 2024, the first production lot of NB-C84 "
                "covers is released for production. Please ship it on the dates of the PO."),
          ("p", "The remaining covers of the annual quote stay on hold until lot acceptance of this "
                "first lot at our Kelowna receiving inspection. The next release again only in "
                "writing by Janelle Fortin, VP Operations."),
          ("p", "Material authority: for the first production lot only."),
          ("p", "Signed: Janelle Fortin, VP Operations, Northbay Hot Tubs Inc."),
      ], title="PR-NB-2024-09", author="Northbay Hot Tubs Inc.", pagesize=LETTER))])

# p19 buyer portal: artwork approved, unscoped go ahead, no quantity anywhere
case("p19_portal_artwork_go_ahead", ["RG002", "RG010"],
     "portal message 'Artwork rev B approved. Go ahead.' with no quantity or sample scope; hold note present but no active quantity stated",
     [("kiuaspaja_portal_4500-1252.html", html_page("Kiuaspaja Supplier Portal - Order 4500-1252", """
<h2>Kiuaspaja Oy &ndash; Toimittajaportaali / Supplier Portal</h2>
<p>Supplier: <b>Ningbo Haoyu Electric Co., Ltd.</b> &nbsp;|&nbsp; user: lily.chen</p>
<h3>Order 4500-1252 &ndash; CP-220 control panel, front label artwork</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Item</td><td>KP-3310-220E CP-220 touch control panel, DRG KP-3310-220E Rev 3</td></tr>
<tr><td>Status</td><td>open</td></tr>
<tr><td>Buyer scope note</td><td>Production quantity on hold until sample sign-off; production release only in
writing by Jukka Heikkil&auml;, Supply Chain Manager.</td></tr>
</table>
<h3>Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>2024-08-19 10:12</td><td>Lily Chen (Haoyu)</td><td>Dear Mikko, front label artwork rev B attached
(sauna symbol moved, FI/SV/EN text, IPX4 mark). Please approve.</td></tr>
<tr><td>2024-08-19 10:13</td><td>Lily Chen (Haoyu)</td><td>[attachment] CP-220_label_revB.pdf</td></tr>
<tr><td>2024-08-20 08:40</td><td>Mikko Lahtinen (Kiuaspaja)</td><td>Artwork rev B approved. Go ahead.</td></tr>
<tr><td>2024-08-20 09:02</td><td>Lily Chen (Haoyu)</td><td>Thank you, we go ahead.</td></tr>
</table>
<p><button>Reply</button> <button>Upload document</button></p>
"""))])

# p20 PO with quantity "acc. to quotation" - no quantity, nothing on balance
case("p20_po_qty_per_quotation", ["RG003", "RG004", "RG005", "RG010"],
     "sample PO line gives quantity only as 'acc. to quotation'; no balance statement, unlock event or release person",
     [("Ostutellimus_SM-24-0190.pdf", pdf([
          ("h1", "OSTUTELLIMUS / PURCHASE ORDER SM-24-0190"),
          ("p", "Saunamets OÜ, Ringtee 75, 50105 Tartu, Estonia - KMKR EE102233445"),
          ("p", "Tarnija / supplier: Vilkma UAB, Pramones pr. 16, Kaunas, Lithuania"),
          ("p", "Kuupäev / date 01.07.2024 - Ostja / buyer: Kadri Tamm - DAP Tartu"),
          ("table", [["Rida", "Kood / code", "Nimetus / description", "Kogus / qty", "Hind / price",
                      "Tarne / delivery"],
                     ["1", "IR-350", "Infrapunapaneel / IR carbon panel 350 W, samples for cabin line "
                      "SK-IR", "acc. to quotation QV-24-112", "acc. to quotation", "week 30"],
                     ["2", "IR-CBL-3", "Silicone cable 3 m, 2x1.5 mm2", "acc. to quotation",
                      "acc. to quotation", "week 30"]]),
          ("sp",),
          ("p", "Samples for the new infrared cabin line SK-IR. Panels must fit behind the backrest "
                "(max. depth 22 mm). Test report EN 60335-2-30 please."),
          ("p", "Invoice to: arved@saunamets.ee, PO number on invoice mandatory."),
          ("p", "Saunamets OÜ - Kadri Tamm, ostujuht"),
      ], title="SM-24-0190", author="Saunamets OU"))])

# p21 two-level thread: supplier asks how many; buyer gives green light for pilot only without number
_orig = """Dear Ms. Bērziņa,

for the Hotel Seeblick project we need pilot heaters BH-160 (16 kW, 400 V 3N~, wall
mounted, stainless). The PO will come from SAP next week.

Kind regards
Katrin Vogel"""
_mid = """Dear Ms. Vogel,

thank you very much. How many pieces should we start for the pilot? And is the balance
of 24 heaters also confirmed, or only later?

Best regards,
Ilze Bērziņa
Project coordinator, Baltic Heatwave SIA

""" + quote("On 05.08.2024 09:10, Katrin Vogel wrote:", _orig)
case("p21_thread_green_light_pilot_no_qty", ["RG010"],
     "two-level thread; supplier asks how many; buyer gives green light 'for the pilot heaters only' with hold, FAT event and Stefan Huber, but never says how many",
     [("AW Pilot heaters BH-160 Seeblick.eml", eml_bytes(mail(
         "Katrin Vogel <katrin.vogel@wellbau-spa.de>",
         "Ilze Bērziņa <ilze.berzina@balticheatwave.lv>",
         "AW: Pilot heaters BH-160 Hotel Seeblick", "Wed, 07 Aug 2024 15:22:00 +0200",
         """Dear Ms. Bērziņa,

thank you. Green light for the pilot heaters only; the SAP PO follows.

The balance is not released. It stays on hold until the pilot sign-off (FAT in our
Freiburg test room), and the release for it comes only in writing from Mr. Stefan Huber,
Projektleiter.

Kind regards
Katrin Vogel
""" + sig_de("Katrin Vogel", "Einkauf / Purchasing", "+49 761 4580 212")
         + "\n" + quote("On 06.08.2024 11:41, Ilze Bērziņa wrote:", _mid) + "\n",
         in_reply_to="<h171-ib-0806@balticheatwave.lv>")))])

# p22 two-level thread: drawing rev C approved, go ahead (unscoped) under a complete quoted scope
_orig = """Hi Paweł,

PO 7781-0750 scope, so there's no confusion:
  - 4 sample shells NB-S96 (96", Tuscan Sun), line 1.
  - The 220 production shells are not released. They stay on hold until Dave Kowalchuk's
    sample sign-off and a written production release from me.
  - Material for the 4 samples only.

Janelle"""
_mid = """Hello Janelle,

we received the revised drawing NB-S96 rev C (step area 15 mm higher, footwell radius
R40). Please confirm so we can modify the vacuum mould.

Pozdrawiam / Best regards
Paweł Nowak
Key Account Manager, Termoform Sp. z o.o.

""" + quote("On Thu, 1 Aug 2024 at 17:02, Janelle Fortin <janelle.fortin@northbayhottubs.ca> wrote:", _orig)
case("p22_thread_drawing_approved_go_ahead", ["RG002"],
     "two-level thread with complete quoted scope; new buyer line 'Drawing rev C approved, go ahead.' names neither samples nor a quantity",
     [("RE NB-S96 drawing rev C.eml", eml_bytes(mail(
         "Janelle Fortin <janelle.fortin@northbayhottubs.ca>",
         "Paweł Nowak <pawel.nowak@termoform.pl>",
         "RE: NB-S96 drawing rev C", "Mon, 12 Aug 2024 07:55:00 -0700",
         """Drawing rev C approved, go ahead.

Janelle
""" + sig("Janelle Fortin", "VP Operations", "Northbay Hot Tubs Inc. | Kelowna, BC", "+1 250 555 0101")
         + "\n" + quote("On Fri, 9 Aug 2024 at 13:30, Paweł Nowak <pawel.nowak@termoform.pl> wrote:", _mid) + "\n",
         in_reply_to="<h171-pn-0809@termoform.pl>")))])

# p23 WhatsApp: scope complete, later "good to run" after sample photos
case("p23_whatsapp_good_to_run", ["RG002", "RG007"],
     "scope stated earlier (10 samples, 290 on hold, written release by Jukka Heikkilä); later buyer answers sample photos with 'good to run'",
     [("WhatsApp Chat with Andris BH.txt", """\
24.07.24, 10:05 - Mikko Lahtinen: Hei Andris, PO 4500-1260 is for 10 sample KH-120 heaters. Balance 290 is not released, it waits sample sign-off in Tampere and then a written release from Jukka Heikkilä
24.07.24, 10:07 - Andris Ozols: Labdien Mikko, clear, 10 pcs samples. Thank you
24.07.24, 10:07 - Andris Ozols: Terminal box like KH-90 or new one?
24.07.24, 10:12 - Mikko Lahtinen: new one, drawing KP-3312-010 rev 2
08.08.24, 15:31 - Andris Ozols: <Media omitted>
08.08.24, 15:31 - Andris Ozols: <Media omitted>
08.08.24, 15:32 - Andris Ozols: Samples finished, all 10 passed our hipot test 1250 V and 4 h burn-in. Photos above
08.08.24, 15:33 - Andris Ozols: Can we run now? Line is free from Monday
08.08.24, 16:50 - Mikko Lahtinen: Looks good 👍 good to run
08.08.24, 16:52 - Andris Ozols: Super, thank you! We start Monday
"""),
      ])

# p24 DOCX review minutes: scope stated, then "samples approved, may proceed, no need to wait for written release"
case("p24_minutes_approved_may_proceed", ["RG002", "RG007"],
     "minutes state 12 samples, 388 on hold until sign-off + written release by Stefan Huber, then decide 'samples approved, Vilkma may proceed, no need to wait for the written release'",
     [("Protokoll_Musterpruefung_IR-350.docx", docx_bytes([
         ("h1", "Protokoll Musterprüfung / Sample review minutes IR-350"),
         ("p", "Datum 19.08.2024, Freiburg. Teilnehmer: Dr. Jürgen Albrecht (QS), Katrin Vogel "
               "(Einkauf) - Wellbau; Tomas Petrauskas, Rasa Kazlauskienė (Vilkma, per Teams)."),
         ("h", "1. Ausgangslage / starting point"),
         ("p", "PO 4500-8905 covers 12 sample panels IR-350. The project balance of 388 panels is "
               "on hold until the sample sign-off and a written production release by Stefan "
               "Huber, Projektleiter."),
         ("h", "2. Ergebnisse / results"),
         ("table", [["Check", "Requirement", "Result"],
                    ["Surface temperature", "max. 95 °C at 23 °C ambient", "88-91 °C, OK"],
                    ["IP X4 (IEC 60529)", "no water ingress", "OK"],
                    ["Leakage current EN 60335-2-30", "< 0.75 mA", "0.21 mA, OK"],
                    ["Fit in bench back frame", "DRG WB-7120 Rev 04", "OK"]]),
         ("h", "3. Entscheidung / decision"),
         ("p", "Samples approved. Mr. Huber is on holiday until 09.09. and the hotel opening does not "
               "wait, so Vilkma may proceed; no need to wait for the written release, we will "
               "send it when he is back."),
         ("h", "4. Next steps"),
         ("table", [["Action", "Who", "When"],
                    ["Send packing instruction", "Katrin Vogel", "21.08.2024"],
                    ["Send test reports as PDF", "Rasa Kazlauskienė", "23.08.2024"]]),
         ("p", "Protokoll: Katrin Vogel"),
     ], author="Katrin Vogel"))])

# p25 WhatsApp: prepayment paid, "you can go ahead"
case("p25_whatsapp_prepayment_go_ahead", ["RG002", "RG012"],
     "scope stated (2 prototype kits, 18 on hold); later buyer writes 'Ettemaks paid this morning, you can go ahead' - payment used as the start signal, unscoped go ahead",
     [("WhatsApp Chat with Marko Saar.txt", """\
01.07.24, 11:14 - Kadri Tamm: Tere Marko, PO SM-24-0205 for the barrel sauna BS-300: 2 prototype kits. Other 18 kits not released, on hold until prototype sign-off in Tartu and written release by Rein Kask
01.07.24, 11:20 - Marko Saar: Tere! Ok 2 kits. Proforma comes today, 50% ettemaks please, then we start
01.07.24, 11:21 - Kadri Tamm: ok
01.07.24, 16:02 - Marko Saar: <Media omitted>
01.07.24, 16:02 - Marko Saar: proforma PF-24-077
02.07.24, 09:31 - Kadri Tamm: Ettemaks paid this morning, you can go ahead 👍
02.07.24, 09:40 - Marko Saar: Super, aitäh! We start Monday with cutting
02.07.24, 09:41 - Marko Saar: stove guard also thermo-aspen or alder?
02.07.24, 09:55 - Kadri Tamm: alder
"""),
      ])

# p26 multipart mail: ECN approved + PO change approved in SAP + "you have our approval, go ahead"
_t = """Dear Mr. Ozols,

good news from Freiburg:

1. ECN 24-17 (new stone guard, DRG WB-3000 Rev 12, 1.5 mm instead of 1.0 mm) is approved
   by our technical department (Dr. Albrecht).
2. The PO change for the new price (EUR 712,00 instead of 698,00 per heater) is approved
   in SAP today, PO 4500-8901 version 2. The PO quantity stays as it is: 24 heaters BH-160,
   the full quantity for Hotel Seeblick.

So you have our approval - please go ahead.

Kind regards / Mit freundlichen Grüßen
Katrin Vogel
""" + sig_de("Katrin Vogel", "Einkauf / Purchasing", "+49 761 4580 212")
case("p26_mail_ecn_po_change_approval", ["RG002", "RG009"],
     "'approved' for an ECN (technical) and a SAP PO change (commercial), then 'you have our approval - please go ahead' with no scope or quantity",
     [("ECN 24-17 and PO change 4500-8901.eml", eml_bytes(mail(
         "Katrin Vogel <katrin.vogel@wellbau-spa.de>",
         "Andris Ozols <andris.ozols@balticheatwave.lv>",
         "ECN 24-17 und PO-Änderung 4500-8901 / ECN and PO change", "Fri, 30 Aug 2024 11:45:00 +0200",
         _t, html=as_html(_t), cc="Jürgen Albrecht <juergen.albrecht@wellbau-spa.de>")))])

# p27 supplier portal: PO status released, deposit received -> production released
case("p27_portal_deposit_releases_production", ["RG009", "RG012"],
     "supplier order page: 'PO status: Released (PO approved)' and 'Production: released - deposit received'; deposit treated as the production trigger, 'released' used for PO and production",
     [("haoyu_order_7781-0801.html", html_page("Haoyu Order Tracking - 7781-0801", """
<h2>Ningbo Haoyu Electric &ndash; Order tracking</h2>
<p>Customer: <b>Northbay Hot Tubs Inc.</b> (Kelowna, BC) &nbsp;|&nbsp; Sales: Lily Chen &nbsp;|&nbsp;
PM: Kevin Zhou</p>
<h3>Customer PO 7781-0801 &ndash; NB-CP-4000 control pack 4 kW / 240 V</h3>
<table>
<tr><th>Item</th><th>Status</th><th>Date</th><th>Remark</th></tr>
<tr><td>PO status</td><td><b>Released</b></td><td>2024-08-14</td><td>customer PO approved, 500 pcs,
USD 27.85</td></tr>
<tr><td>Payment</td><td>30% deposit received</td><td>2024-08-20</td><td>USD 4 177.50 T/T, HSBC ref
HK240820-3317</td></tr>
<tr><td>Production</td><td><b>Released</b></td><td>2024-08-20</td><td>released after deposit received,
SMT start 2024-08-26</td></tr>
<tr><td>Shipment</td><td>planned</td><td>2024-10-15</td><td>sea, Ningbo &rarr; Vancouver</td></tr>
</table>
<p class="note">Production is released automatically in our ERP when the deposit arrives. Please
contact Kevin Zhou for changes: kevin.zhou@haoyu-electric.cn</p>
<p>Certification: UL 1563, CSA C22.2 No. 218.1, file E488120.</p>
"""))])

# p28 supplier status mail saved as text: material bought for all 600 while 20 samples released
case("p28_status_steel_all_600", ["RG006"],
     "supplier status: 20 samples in work but stainless sheet and wire already bought for all 600 pcs, no material authority",
     [("Status week 27 KH-90.txt", """\
From: Ilze Bērziņa <ilze.berzina@balticheatwave.lv>
To: Mikko Lahtinen <mikko.lahtinen@kiuaspaja.fi>
Cc: Andris Ozols <andris.ozols@balticheatwave.lv>
Date: Fri, 05 Jul 2024 15:12:40 +0300
Subject: Status week 27 - PO 4500-1270 KH-90 heater samples

Hello Mikko,

status for week 27:

- PO 4500-1270, 20 samples KH-90 heater: bodies welded, elements in assembly. Ready for
  pick-up week 29 (Tuesday).
- Test: hipot 1250 V and 4 h burn-in is planned for week 28.
- To keep the price of the quote for you, we already bought the stainless steel AISI 430
  sheets 0.8 mm and the heating wire for all 600 pcs. Material is in our warehouse in
  Riga, hall 2, place 2500.
- Production of the balance starts only when you send the release.

Have a nice weekend!

Ar cieņu / Best regards
Ilze Bērziņa
Project coordinator
Baltic Heatwave SIA, Krasta iela 52, Riga LV-1003
+371 2655 1180
"""),
      ])

# p29 supplier reply under a complete quoted scope: timber for 40 kits already in drying; HTML stock report attached
_q = quote("Kadri Tamm <kadri.tamm@saunamets.ee> kirjutas 08.07.2024 10:02:", """Tere Marko,

PO SM-24-0215 scope:
- 2 prototype kits SK-240 (corner cabin) only.
- Balance 38 kits is not released; on hold until the prototype sign-off in Tartu and a
  written release by Rein Kask, production manager.
- Material authority: sample-only, so thermo-aspen only for the 2 prototype kits.

Aitäh,
Kadri""")
_stock = html_page("Puidukoda - stock report 2024-07-12", """
<h3>Puidukoda OÜ &ndash; laoaruanne / stock report 12.07.2024</h3>
<table>
<tr><th>Material</th><th>Dimension</th><th>Customer / order</th><th>Qty</th><th>Status</th></tr>
<tr><td>Thermo-aspen, sauna grade</td><td>28x90, L 2400</td><td>Saunamets SM-24-0215</td><td>2 kit sets</td><td>cut, in assembly</td></tr>
<tr><td>Thermo-aspen, sauna grade</td><td>28x90, L 2400</td><td>Saunamets SK-240 balance</td><td>40 kit sets</td><td>in drying chamber 3, ready 02.08.</td></tr>
<tr><td>Alder</td><td>28x90, L 2600</td><td>Wellbau 4500-8853</td><td>12 sets</td><td>in stock</td></tr>
</table>
""")
case("p29_reply_timber_40_kits_drying", ["RG006"],
     "supplier reply under complete quoted buyer scope (2 kits, sample-only material) says thermo-aspen for 40 kits is already in the drying chamber; HTML stock report attached",
     [("RE PO SM-24-0215 SK-240.eml", eml_bytes(mail(
         "Marko Saar <marko.saar@puidukoda.ee>",
         "Kadri Tamm <kadri.tamm@saunamets.ee>",
         "RE: PO SM-24-0215 SK-240 prototype kits", "Fri, 12 Jul 2024 16:30:00 +0300",
         """Tere Kadri,

thanks for the PO. 2 prototype kits are in production, ready week 30.

FYI: we already put thermo-aspen for 40 kits into drying chamber 3, because the drying
takes 3 weeks and in August the chamber is full with other customers. So we are ready
when you release. Stock report attached.

Parimate soovidega
Marko Saar
Müügijuht / Sales Manager
Puidukoda OÜ, Raba 31, 80041 Pärnu
+372 5566 7012

""" + _q + "\n",
         in_reply_to="<h171-kt-0708@saunamets.ee>",
         attachments=[("laoaruanne_2024-07-12.html", _stock, "text/html")])))])

# p30 supplier planning page: 12 pilot released in header, 120 released in plan table, sheets bought for 200
case("p30_planning_12_vs_120_sheets_200", ["RG006", "RG011"],
     "supplier planning page states customer release 12 pcs in the header and 120 pcs released in the plan table; acrylic bought for 200 shells",
     [("termoform_plan_7781-0820.html", html_page("Termoform - plan produkcji 7781-0820", """
<h2>Termoform Sp. z o.o. &ndash; Plan produkcji / production plan</h2>
<p>Klient / customer: <b>Northbay Hot Tubs Inc.</b> &nbsp;|&nbsp; Zamówienie / order: <b>7781-0820</b>
&nbsp;|&nbsp; Wyrób / product: NB-S84 acrylic shell 84" Sterling Silver</p>
<p><b>Customer release: 12 pcs (pilot lot).</b> Rest of annual quote waiting for customer.</p>
<h3>Plan</h3>
<table>
<tr><th>Tydzień / week</th><th>Operacja</th><th>Released for production</th><th>Planned pcs</th></tr>
<tr><td>35</td><td>Thermoforming (vacuum, mould NB-S84)</td><td>120</td><td>25</td></tr>
<tr><td>36</td><td>Thermoforming + ABS backing</td><td>120</td><td>25</td></tr>
<tr><td>37</td><td>Thermoforming + trimming CNC</td><td>120</td><td>25</td></tr>
<tr><td>38</td><td>Finish, QC, packing</td><td>120</td><td>45</td></tr>
</table>
<h3>Materiał / material</h3>
<table>
<tr><th>Material</th><th>Ordered</th><th>Status</th></tr>
<tr><td>Lucite acrylic sheet 3.2 mm, 2540 x 2540</td><td>200 sheets (= 200 shells)</td><td>delivered 2024-08-19</td></tr>
<tr><td>ABS sheet 4 mm</td><td>200 sheets</td><td>delivered 2024-08-19</td></tr>
</table>
<p style="color:#777">Przygotował / prepared by: Agnieszka Wójcik, 2024-08-22</p>
""", lang="pl"))])

# p31 DOCX supplier readiness report: "approved" technical and commercial; material for 400 while 8 samples ordered
case("p31_readiness_approved_material_400", ["RG006", "RG009"],
     "supplier report uses 'approved' for the sample result and for the PO; film and glass bought for 400 panels on an 8-sample PO",
     [("Readiness_IR-350_Wellbau.docx", docx_bytes([
         ("h1", "Production readiness report - IR-350 - Wellbau"),
         ("p", "Vilkma UAB, Kaunas. Prepared by Rasa Kazlauskienė, Quality & Production, 16.08.2024."),
         ("table", [["Topic", "Status"],
                    ["Customer order", "PO 4500-8930: 8 pcs IR-350 samples"],
                    ["Order approval", "approved - PO approved and accepted by Vilkma on 01.07.2024"],
                    ["Sample approval", "approved - customer technical approval of samples on 11.07.2024"],
                    ["Production release", "not received yet"],
                    ["Carbon heating film 350 W", "purchased for 400 panels, in stock"],
                    ["Tempered glass 4 mm, 600 x 1200", "purchased for 400 panels, in stock"],
                    ["Line capacity", "60 panels / week from week 35"]]),
         ("h", "Comment"),
         ("p", "Sample approval and order approval are both done and material for the full project "
               "of 400 panels is ready in our warehouse, so we can start immediately when the production release comes. Lead time "
               "after release: 7 weeks for all 400."),
         ("p", "Standards: EN 60335-2-30, IEC 60529 IP X4, ISO 9001:2015 (cert. LT-Q-0411)."),
     ], author="Rasa Kazlauskiene"))])

# p32 WeChat: scope stated, then supplier: deposit received, components for 1000 ordered, mass production next week
case("p32_wechat_deposit_mass_production", ["RG006", "RG012"],
     "after a 30-pilot scope the supplier writes 'deposit received ... we already order all components for 1000 pcs and arrange mass production'",
     [("WeChat_KevinZhou_Northbay.txt", """\
WeChat Chat History
Chat with: Kevin Zhou 周凯 (Haoyu PM)
Exported by: Tyler Mackenzie  2024-09-12

————— 2024-08-28 —————
Tyler Mackenzie 08:14
Hi Kevin, PO 7781-0830 is for the 30 pilot packs NB-CP-5000. The 970 production packs are not released, they're on hold until the pilot sign-off + a written release from me.

Kevin Zhou 周凯 08:40
Received Tyler. Proforma for deposit send today.

————— 2024-09-10 —————
Kevin Zhou 周凯 10:02
Hi Tyler, deposit received, thank you!

Kevin Zhou 周凯 10:03
Deposit is received so we already order all components for 1000 pcs and arrange mass production next week, then shipment can be early. 💪

Kevin Zhou 周凯 10:04
[Photo]

————— 2024-09-11 —————
Tyler Mackenzie 07:58
thanks Kevin. pls send me the AWB for the pilot packs when shipped
"""),
      ])

# p33 PDF supplier status report: series starts automatically after sample approval; material for 246 covers
case("p33_status_report_auto_start_material", ["RG006", "RG007"],
     "supplier status report: 'series production will start automatically after customer sample approval'; foam and vinyl bought for 246 covers on a 6-sample PO",
     [("Raport_statusu_2024-08.pdf", pdf([
          ("h1", "Raport statusu / Status report 08/2024"),
          ("p", "Termoform Sp. z o.o. for Northbay Hot Tubs Inc. - prepared by Agnieszka Wójcik, 2024-08-30"),
          ("table", [["Order", "Product", "Ordered", "Status", "Next step"],
                     ["7781-0845", "NB-C96 cover 96\", 5\"-3\" taper", "6 samples",
                      "shipped 2024-08-12, waiting customer approval",
                      "series production will start automatically after customer sample approval"],
                     ["7781-0733", "NB-C84 cover, Midnight Canyon", "150", "in production, 75 shipped",
                      "2nd shipment 2024-10-14"]]),
          ("sp",),
          ("h", "Material"),
          ("table", [["Material", "For order", "Quantity", "Status"],
                     ["EPS foam core 1 lb, tapered 5\"-3\"", "7781-0845", "246 covers", "purchased, in stock"],
                     ["Marine vinyl 30 oz, Slate Grey", "7781-0845", "246 covers", "purchased, in stock"],
                     ["Marine vinyl 30 oz, Midnight Canyon", "7781-0733", "150 covers", "in use"]]),
          ("sp",),
          ("p", "Remarks: material for NB-C96 bought in August because the vinyl supplier has price "
                "increase +6 % from September. Quality: cold crack test -30 °C passed on samples, "
                "ASTM F1346-91 straps OK."),
      ], title="Status report 08/2024", author="Termoform Sp. z o.o."))])

# p34 supplier reply: once you approve the samples we go straight into production, no new PO needed
_pl = pdf([
    ("h1", "Packing list PL-24-0917"),
    ("p", "Termoform Sp. z o.o., Bydgoszcz -> Northbay Hot Tubs Inc., Kelowna. DHL Express AWB 47 1182 5530."),
    ("table", [["Pos", "Item", "Description", "Qty", "Gross kg", "Dimensions cm"],
               ["1", "NB-S96-TS", "Acrylic shell 96\" Tuscan Sun, sample", "4 pcs", "4 x 68",
                "250 x 250 x 105"]]),
    ("p", "Crate: wooden, ISPM 15 treated. Customs: HS 3922 10 00."),
], title="PL-24-0917", author="Termoform Sp. z o.o.")
_q = quote("On Fri, Sep 13, 2024 at 8:05 AM Tyler Mackenzie <tyler.mackenzie@northbayhottubs.ca> wrote:",
           """Hi Pawel, please send tracking for the NB-S96 samples when they leave. Thanks, Tyler""")
case("p34_supplier_straight_into_production", ["RG007"],
     "supplier: 'Once you approve the samples we go straight into the production run, no need to wait for new PO' - sample approval assumed to roll into production",
     [("RE NB-S96 samples tracking.eml", eml_bytes(mail(
         "Paweł Nowak <pawel.nowak@termoform.pl>",
         "Tyler Mackenzie <tyler.mackenzie@northbayhottubs.ca>",
         "RE: NB-S96 samples tracking", "Mon, 16 Sep 2024 14:20:00 +0200",
         """Hello Tyler,

samples (4 pcs NB-S96 shells) left today with DHL Express, AWB 47 1182 5530, packing
list attached. ETA Kelowna around Thursday.

Once you approve the samples we go straight into the production run, no need to wait
for new PO - we reserved the thermoforming line from week 40 for you, so the shells are
there before your winter show.

Best regards / Pozdrawiam
Paweł Nowak
""" + sig("Paweł Nowak", "Key Account Manager", "Termoform Sp. z o.o., Bydgoszcz", "+48 52 345 1190")
         + "\n" + _q + "\n",
         in_reply_to="<h171-tm-0913@northbayhottubs.ca>",
         attachments=[("PL-24-0917.pdf", _pl, PDF_MT)])))])

# p35 Teams: buyer contradicts own written-release requirement
case("p35_teams_continue_paperwork_later", ["RG007"],
     "buyer first requires a written release after FAT, later writes 'if the FAT is ok just continue with the 20 remaining units, we sort the paperwork later'",
     [("Teams_Wellbau_Haoyu_SG-6_FAT.txt", """\
Microsoft Teams - Chat export
Chat: Wellbau / Haoyu - SG-6 Hotel Alpenblick
Exported: 30.08.2024 by katrin.vogel@wellbau-spa.de
----------------------------------------------------------------------

Stefan Huber  12.08.2024 09:10
Hello Kevin, PO 4500-8950 is for 4 pre-series SG-6 units only. The other 20 are not released. They stay on hold until the FAT sign-off, then I send you a written release.

Kevin Zhou (Ningbo Haoyu) [External]  12.08.2024 09:31
Noted Mr Huber, 4 pcs.

Kevin Zhou (Ningbo Haoyu) [External]  27.08.2024 14:02
Mr Huber, FAT date moved to 12.09 I heard. We have capacity now in September, after that Golden Week. Can we prepare?

Stefan Huber  27.08.2024 14:40
Ok understood. If the FAT is ok just continue with the 20 remaining units, we sort the paperwork later. Time is really short for the hotel.

Kevin Zhou (Ningbo Haoyu) [External]  27.08.2024 14:41
👍 Thank you, we plan it.
"""),
      ])

# p36 DOCX supplier plan: series starts automatically after prototype approval; forecast shown as confirmed order
case("p36_supplier_plan_auto_start_forecast_firm", ["RG007", "RG008"],
     "supplier plan: series starts automatically after prototype approval; customer's 2025 forecast of 120 kits listed as 'confirmed order, capacity booked'",
     [("Tootmisplaan_2024H2_Saunamets.docx", docx_bytes([
         ("h1", "Tootmisplaan / Production plan 2024 H2 - customer Saunamets OÜ"),
         ("p", "Puidukoda OÜ, Pärnu. Prepared by Liis Org, 15.07.2024."),
         ("table", [["Week", "Item", "Qty", "Basis", "Status"],
                    ["30", "SK-240 prototype kits", "2", "PO SM-24-0230", "in production"],
                    ["32", "Prototype approval by Saunamets", "-", "customer test in Tartu", "planned"],
                    ["33-40", "SK-240 series (project balance)", "balance", "starts automatically after "
                     "prototype approval", "line booked"],
                    ["2025", "SK-240 / SK-180 kits", "120", "Saunamets sales forecast 2025",
                     "confirmed order, capacity booked"]]),
         ("h", "Notes"),
         ("p", "The series does not need an extra order: as soon as Saunamets approves the prototypes "
               "in week 32 we start the series in week 33."),
         ("p", "2025: Saunamets forecast 120 kits is taken as confirmed order; drying chamber and CNC "
               "capacity is booked for it (2-3 kits per week)."),
     ], author="Liis Org"))])

# p37 PO: after sample approval, proceed with production line 20; nobody named
case("p37_po_after_approval_proceed", ["RG005", "RG007"],
     "PO: 'Once the samples are approved, proceed with the production run of line 20 (290 pcs)' - sample approval rolls into production; no release person named",
     [("PO_4500-1290.pdf", pdf([
          ("h1", "OSTOTILAUS / PURCHASE ORDER 4500-1290"),
          ("p", "Kiuaspaja Oy, Hervannan valtaväylä 12, FI-33720 Tampere"),
          ("p", "Supplier: Baltic Heatwave SIA, Riga (30417). Quote QBH-2024-110. Date 15.08.2024."),
          ("table", [["Line", "Item", "Description", "Scope", "Qty", "Unit price", "Delivery"],
                     ["10", "KP-3312-000", "KH-120 heater 12 kW 400 V 3N~", "samples", "10 pcs",
                      "EUR 268,00", "week 38"],
                     ["20", "KP-3312-000", "KH-120 heater 12 kW 400 V 3N~", "production", "290 pcs",
                      "EUR 231,00", "after sample approval"]]),
          ("sp",),
          ("h", "Notes"),
          ("p", "Line 20 is delivered after the samples of line 10 are approved. Once the samples "
                "are approved, proceed with the production run of line 20 (290 pcs)."),
          ("p", "Requirements: EN 60335-2-53, terminal box IP X4, DRG KP-3312-000 Rev 2, "
                "stone capacity 60 kg, M8x1.25 wall bracket studs."),
          ("p", "Kiuaspaja Oy - Mikko Lahtinen, Ostaja"),
      ], title="PO 4500-1290", author="Kiuaspaja Oy"))])

# p38 multipart mail + CSV forecast: "treat the forecast as our firm order for 2025"
_csv = """FORECAST 2025 - NB-C84 spa cover - Northbay Hot Tubs Inc. - for planning only
month,qty_covers
2025-01,60
2025-02,80
2025-03,120
2025-04,140
2025-05,140
2025-06,120
2025-07,100
2025-08,100
2025-09,120
2025-10,100
2025-11,60
2025-12,60
total,1200
"""
_t = """Hi Pawel,

Attached is our 2025 forecast for the NB-C84 covers, 1,200 units across the year.

Please treat it as our firm order for 2025 and book the capacity accordingly. We'll send
the monthly quantities as call-offs, but you can count on the full 1,200.

Let me know if the monthly split works for your foam line.

Thanks,
Tyler
""" + sig("Tyler Mackenzie", "Sourcing Manager", "Northbay Hot Tubs Inc. | Kelowna, BC", "+1 250 555 0143")
case("p38_mail_forecast_as_firm_order", ["RG008"],
     "buyer sends a CSV labelled 'forecast ... for planning only' and writes 'treat it as our firm order for 2025 ... count on the full 1,200'",
     [("2025 forecast NB-C84.eml", eml_bytes(mail(
         "Tyler Mackenzie <tyler.mackenzie@northbayhottubs.ca>",
         "Paweł Nowak <pawel.nowak@termoform.pl>",
         "2025 forecast NB-C84 covers", "Tue, 17 Sep 2024 10:20:00 -0700",
         _t, html=as_html(_t),
         attachments=[("forecast_2025_NB-C84.csv", _csv, "text/csv")])))])

# p39 X12 830 planning schedule with forecast lines flagged as firm commitment
case("p39_x12_830_forecast_firm", ["RG008"],
     "EDI 830 planning schedule: forecast lines marked 'FIRM' with note 'forecast quantities are firm commitments - produce accordingly'",
     [("X12_830_NBHT_2024-09.txt", """\
ANSI X12 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY  -  PRINT VIEW
Sender NBHT (Northbay Hot Tubs Inc.)   Receiver HAOYU   Sent 2024-09-02 05:00 PDT
----------------------------------------------------------------------------------
BFR*05*7781-FC-2409**DL*A*20241001*20250930*20240902
N1*ST*NORTHBAY HOT TUBS INC*92*NBHT
LIN**BP*NB-CP-4000-R3*VP*HY-CP4K-R3
UIT*EA
FST*150*C*D*20241001      period 2024-10   qty 150   FIRM
FST*150*C*D*20241101      period 2024-11   qty 150   FIRM
FST*200*C*D*20250101      period 2025-01   qty 200   FIRM
FST*250*C*D*20250301      period 2025-03   qty 250   FIRM
FST*250*C*D*20250501      period 2025-05   qty 250   FIRM
CTT*1*1000
----------------------------------------------------------------------------------
Header note (NTE):
  THIS 830 REPLACES OUR SALES FORECAST FILE OF 2024-08-15. FORECAST QUANTITIES
  BELOW ARE FIRM COMMITMENTS. SUPPLIER TO PRODUCE ACCORDINGLY. TOTAL 1000 EA.
----------------------------------------------------------------------------------
Schedule type: DL (delivery based)   Quantity qualifier A (actual discrete)
Buyer contact: Tyler Mackenzie  +1 250 555 0143
"""),
      ])

# p40 supplier order confirmation: turns a forecast into an order and buys material for all of it
case("p40_oc_forecast_to_order_material", ["RG006", "RG008"],
     "supplier 'order confirmation' of 2 000 IR panels 'based on your forecast'; glass and film bought for all 2 000",
     [("OC-24-233.pdf", pdf([
          ("h1", "Order confirmation OC-24-233"),
          ("p", "Vilkma UAB, Pramones pr. 16, LT-51329 Kaunas - to Saunamets OÜ, Tartu, Ms. Kadri Tamm"),
          ("p", "Date: 06.09.2024. Your reference: forecast 2025 (e-mail of 02.09.2024)."),
          ("table", [["Pos", "Item", "Description", "Qty", "Unit price", "Delivery"],
                     ["1", "IR-350", "IR carbon panel 350 W, 230 V, IP X4", "1 200 pcs", "EUR 88,00",
                      "Q1-Q2 2025, 100 pcs / week"],
                     ["2", "IR-200", "IR carbon panel 200 W (foot zone)", "800 pcs", "EUR 61,00",
                      "Q1-Q2 2025"]]),
          ("sp",),
          ("p", "Based on your forecast for 2025 we confirm the order of 2 000 IR panels as above "
                "(1 200 + 800)."),
          ("p", "To secure the price before the glass increase in October, we have purchased the "
                "4 mm tempered glass and the carbon heating film for all 2 000 pcs."),
          ("p", "Payment 30 days net. Incoterms DAP Tartu. Standards EN 60335-2-30, ISO 9001:2015."),
          ("p", "Tomas Petrauskas, Sales Manager, Vilkma UAB"),
      ], title="OC-24-233", author="Vilkma UAB"))])

# p41 buyer portal: forecast page that calls the annual demand a confirmed order
case("p41_portal_demand_confirmed_order", ["RG008"],
     "buyer portal 'Forecast 2025' page states annual demand 9 000 elements is a 'CONFIRMED ORDER - plan production accordingly'",
     [("kiuaspaja_portal_forecast_2025.html", html_page("Kiuaspaja Supplier Portal - Forecast 2025", """
<h2>Kiuaspaja Oy &ndash; Toimittajaportaali / Supplier Portal</h2>
<p>Supplier: <b>Baltic Heatwave SIA</b> (30417) &nbsp;|&nbsp; user: andris.ozols</p>
<p>Tabs: Orders | <b>Forecast</b> | Quality | Documents</p>
<h3>Ennuste / Forecast 2025 &ndash; heating elements</h3>
<table>
<tr><th>Item</th><th>Description</th><th>Q1</th><th>Q2</th><th>Q3</th><th>Q4</th><th>Year 2025</th></tr>
<tr><td>KP-3310-EL20</td><td>Heating element 2000 W, DRG Rev 12</td><td>2 000</td><td>2 500</td><td>2 500</td>
<td>2 000</td><td>9 000</td></tr>
</table>
<p class="note"><b>Annual demand 2025: 9 000 pcs &ndash; CONFIRMED ORDER.</b> Please plan your production
accordingly. Call-offs will follow monthly from the ERP.</p>
<p>Contact: Mikko Lahtinen, Ostaja, +358 40 718 2231</p>
<p style="color:#777">Updated 2024-09-20 by m.lahtinen</p>
"""))])

# p42 DOCX annual meeting minutes: forecast written as commitment; "approved" for technical, budget, production
case("p42_minutes_commitment_mixed_approval", ["RG008", "RG009"],
     "minutes turn the hotel chain's sales forecast into 'a firm commitment of 60 kits'; 'approved/approval' used for prototype, budget and pilot production",
     [("Aastakoosolek_2024_Saunamets_Puidukoda.docx", docx_bytes([
         ("h1", "Aastakoosolek / Annual supplier meeting 2024"),
         ("p", "Saunamets OÜ and Puidukoda OÜ, Tartu, 25.09.2024. Participants: Kadri Tamm, Rein Kask, "
               "Priit Lepp (Saunamets); Marko Saar, Liis Org (Puidukoda)."),
         ("h", "1. Volume 2025"),
         ("p", "Nordic Stay sales forecast for 2025 is 60 cabin kits SK-220/SK-240. Saunamets confirms "
               "these 60 kits to Puidukoda as a firm commitment for 2025, so Puidukoda can plan "
               "people and drying capacity."),
         ("h", "2. Approvals"),
         ("p", "The prototype SK-240 is approved as a prototype (dimensions, surface, moisture 8 %); "
               "this is not a production release. The 2025 budget for the cabin line is approved by "
               "the Saunamets board. Approval of the pilot "
               "production is the next step and comes with the next PO."),
         ("h", "3. Quality"),
         ("p", "Two complaints in 2024 (bench board cracks, batch TA-24-118). Puidukoda changes kiln "
               "program; check again in Q1."),
         ("h", "4. Actions"),
         ("table", [["Action", "Who", "When"],
                    ["Capacity plan 2025 for 60 kits", "Liis Org", "15.10.2024"],
                    ["Price list 2025", "Marko Saar", "31.10.2024"],
                    ["Pilot PO SK-240", "Kadri Tamm", "after board meeting"]]),
         ("p", "Protokoll: Kadri Tamm"),
     ], author="Kadri Tamm"))])

# p43 ERP release printout: quantity in words and digits disagree
case("p43_release_words_vs_digits", ["RG011"],
     "production release states 'one thousand two hundred (1 020) pcs' - words and digits differ; hold, lot-acceptance event and Jukka Heikkilä present",
     [("TUOTANTOVAPAUTUS_PR-2024-044.txt", """\
KIUASPAJA OY - ERP / IFS Applications 10            TUOTANTOVAPAUTUS / PRODUCTION RELEASE
Tulostettu / printed 02.09.2024 08:14  käyttäjä / user JHEIKKILA            sivu 1/1
==========================================================================================
Vapautus nro / release no. : PR-2024-044
Toimittaja / supplier      : 30417 BALTIC HEATWAVE SIA, Riga
Nimike / item              : KP-3310-220 kivitila / stone basket AISI 304, DRG Rev C
Puitesopimus / framework   : FA-2024-03 (3 000 pcs / 2024-2025)
Ostotilaus / PO            : 4500-1176 rivi 20 / line 20
------------------------------------------------------------------------------------------
Vapautettu määrä / released quantity:
    one thousand two hundred (1 020) pcs

Toimitus / delivery        : vk 40 / week 40 (510), vk 44 / week 44 (510)
------------------------------------------------------------------------------------------
Huom. / Notes:
 - Sample sign-off SSR-2024-031 and thermal test TT-24-019 passed 28.08.2024.
 - The remaining quantity of framework FA-2024-03 is not released. It stays on hold
   until lot acceptance of this release at Kiuaspaja incoming inspection.
 - Next release only in writing by Jukka Heikkilä, Supply Chain Manager.
 - Material authority: for this released quantity only.
==========================================================================================
Hyväksyjä / signed: Jukka Heikkilä, Supply Chain Manager                 02.09.2024
"""),
      ])

# p44 reply: "released in SAP" and production release; 300 vs 320 in the same mail; SAP PO PDF attached
_popdf = pdf([
    ("h1", "Bestellung / Purchase order 4500-8960 (Version 1)"),
    ("p", "Wellbau Spa-Technik GmbH, Freiburg - Lieferant Puidukoda OÜ, Pärnu (700455) - 02.09.2024"),
    ("table", [["Pos", "Material", "Kurztext", "Menge", "Preis EUR", "Termin"],
               ["10", "BB-2400-TA", "Bankauflagen-Set Thermo-Espe 28x90, L=2400, DRG SM-210 Rev 7",
                "300 Sets", "71,80", "KW 42/2024"]]),
    ("p", "Freigabestrategie / release strategy W2: freigegeben 02.09.2024 (K. Vogel, M. Rombach)."),
    ("p", "Rahmenangebot / framework quote PK-24-051: 1 200 sets."),
], title="Bestellung 4500-8960", author="Wellbau Spa-Technik GmbH")
_q = quote("Von: Marko Saar <marko.saar@puidukoda.ee>\nGesendet: Freitag, 30. August 2024 15:02\nAn: Katrin Vogel\nBetreff: BB-2400 bench boards - release?",
           """Dear Ms. Vogel,

samples BB-2400 were signed off by Mr. Huber last week (thank you). When can we expect
the release for the bench boards? We have thermo-aspen free in September.

Best regards
Marko Saar""")
case("p44_mail_sap_release_300_vs_320", ["RG009", "RG011"],
     "'released in SAP ... so the order is released' beside a production release; release quantity given as 300 sets and later as 320 sets; hold, call-off event and Stefan Huber present",
     [("AW BB-2400 bench boards release.eml", eml_bytes(mail(
         "Katrin Vogel <katrin.vogel@wellbau-spa.de>",
         "Marko Saar <marko.saar@puidukoda.ee>",
         "AW: BB-2400 bench boards - release?", "Mon, 02 Sep 2024 13:15:00 +0200",
         """Dear Mr. Saar,

PO 4500-8960 was released in SAP today (release strategy level 2), so the order is
released, PDF attached.

The production release is for 300 sets BB-2400 thermo-aspen, delivery KW 42.

Please note: the release quantity is 320 sets. The remaining sets of the framework quote
stay on hold until the next call-off, which Mr. Stefan Huber signs.

Kind regards
Katrin Vogel
""" + sig_de("Katrin Vogel", "Einkauf / Purchasing", "+49 761 4580 212") + "\n" + _q + "\n",
         in_reply_to="<h171-ms-0830@puidukoda.ee>",
         attachments=[("Bestellung_4500-8960.pdf", _popdf, PDF_MT)])))])

# p45 supplier ERP printout: order RELEASED after credit check; prepayment received -> production released
case("p45_erp_prepayment_production_released", ["RG009", "RG012"],
     "supplier ERP: 'Order status RELEASED (credit check OK)' and 'prepayment 50% received -> production released 120 heaters'",
     [("SO-24-0511_status.txt", """\
BALTIC HEATWAVE SIA  -  Horizon ERP  -  PASŪTĪJUMA STATUSS / SALES ORDER STATUS
Printed 2024-08-13 07:45   user IBERZINA
==========================================================================================
Sales order     : SO-24-0511
Customer        : K-0088 SAUNAMETS OU, Ringtee 75, Tartu, Estonia
Customer PO     : SM-24-0250 (Kadri Tamm)
Item            : BH-KH80-400  sauna heater KH-80, 8 kW, 400 V 3N~, stainless
Ordered qty     : 120 pcs
------------------------------------------------------------------------------------------
Step                         Status        Date        Note
---------------------------  ------------  ----------  -----------------------------------
Order entry                  done          2024-08-05  from customer PO SM-24-0250
Credit check                 OK            2024-08-06  limit EUR 40 000
Order status                 RELEASED      2024-08-06  released after credit check
Prepayment 50 %              RECEIVED      2024-08-12  EUR 13 440,00, Swedbank ref 8841207
Production                   RELEASED      2024-08-12  prepayment received -> production
                                                       released: 120 heaters KH-80
Material reservation         done          2024-08-12  AISI 430 0.8 mm, elements 2000 W x 4
Planned finish               --            2024-09-06  line 2
------------------------------------------------------------------------------------------
Rule (ERP setting PAY-REL-01): production order is released automatically when the
prepayment is booked.
==========================================================================================
"""),
      ])


# ===================================================================== BUILD
def _stem(fn):
    return re.sub(r"[^A-Za-z0-9]+", "_", Path(fn).stem).strip("_")


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case id"
    order = list(CASES)
    random.Random(171171).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h171_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    n_clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"wrote {len(labels)} cases ({n_clean} clean) to {OUT}")


if __name__ == "__main__":
    main()
