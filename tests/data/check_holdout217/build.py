#!/usr/bin/env python3
"""Generator for the releasegate check_holdout217 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout217/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
DOCX zip timestamps, shuffle seeded with random.Random(217217)).

Domain: theatre and live-event staging hardware.
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
    m["Message-ID"] = msgid or f"<h217-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h217")
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



# ------------------------------------------------------------ small helpers (h217)
import textwrap  # noqa: E402


def T(s):
    """Dedent a hand-written block and drop the first newline."""
    return textwrap.dedent(s).lstrip("\n")


def quote(s, level=1):
    pre = ">" * level + " "
    return "\n".join((pre + ln).rstrip() if ln.strip() else ">" * level for ln in s.rstrip("\n").split("\n")) + "\n"


def as_html(text):
    """Very plain Outlook-ish HTML rendering of a text body (for multipart/alternative)."""
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [escape(ln) for ln in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body>"
            "<div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</div></body></html>\n")


def TXT(name, s):
    return (name, s.encode("utf-8"))


def PDF(name, blocks, **kw):
    return (name, pdf(blocks, **kw))


def DOCX(name, blocks, **kw):
    return (name, docx_bytes(blocks, **kw))


def HTML(name, title, body):
    return (name, html_page(title, body).encode("utf-8"))


def EML(name, m):
    return (name, eml_bytes(m))


# people and addresses (all fictional)
LH = "Lantern Hall Touring Ltd"
BARNABY = "Barnaby Okafor <barnaby.okafor@lanternhall-touring.co.uk>"
PRIYA = "Priya Wrenfield <priya.wrenfield@lanternhall-touring.co.uk>"
TOM = "Tom Ashdown <tom.ashdown@lanternhall-touring.co.uk>"
SM = "Silver Mesa Resort & Showroom"
KAYLA = "Kayla Brandt <kbrandt@silvermesa-lv.com>"
DWAYNE = "Dwayne Kowalczyk <dkowalczyk@silvermesa-lv.com>"
SHONDA = "Shonda Reyes <sreyes@silvermesa-lv.com>"
MARTY = "Marty Feld <mfeld@silvermesa-lv.com>"
YL = "Yarra Lights Festival Pty Ltd"
BEC = "Bec Donnelly <bec.donnelly@yarralights.com.au>"
LACHIE = "Lachlan Pike <lachlan.pike@yarralights.com.au>"
MICK = "Mick Sutherland <mick.sutherland@yarralights.com.au>"
ON = "Opera Nadodrzańska we Wrocławiu"
AGA = "Agnieszka Zielińska <a.zielinska@opera-nadodrzanska.pl>"
PAWEL = "Paweł Nowicki <p.nowicki@opera-nadodrzanska.pl>"
TOMASZ = "Tomasz Wróblewski <t.wroblewski@opera-nadodrzanska.pl>"
KS = "Kovostage s.r.o."
JIRI = "Jiří Dvořák <dvorak@kovostage.cz>"
PETRA = "Petra Holubová <holubova@kovostage.cz>"
HX = "Guangzhou Huaxing Stage Equipment Co., Ltd."
KEVIN = "Kevin Liang <kevin.liang@hx-stage.cn>"
AMY = "Amy Zhou <amy.zhou@hx-stage.cn>"
EL = "Escenotecnia Levante S.L."
JAVIER = "Javier Morales <jmorales@escenotecnia-levante.es>"
LUCIA = "Lucía Ferrer <lferrer@escenotecnia-levante.es>"
AS = "Anatolia Sahne Metal San. ve Tic. A.Ş."
EMRE = "Emre Yıldız <emre.yildiz@anatoliasahne.com.tr>"
BURAK = "Burak Aydın <burak.aydin@anatoliasahne.com.tr>"
NRT = "PT Nusantara Rigging Teknik"
BUDI = "Budi Santoso <budi.santoso@nusantararigging.co.id>"
DEWI = "Dewi Lestari <dewi.lestari@nusantararigging.co.id>"


# =================================================================== CLEAN
# c01: supplier quote with sample and production tiers, on its own (convention 4)
case("c01", [], "supplier quote alone: sample and production tiers, no authorized quantity", [
    PDF("KS-nabidka-24-0117.pdf", [
        ("h1", "Kovostage s.r.o. - Quotation / Nabidka KS-24-0117"),
        ("p", "Kovostage s.r.o., Zavodni 14, 301 00 Plzen, Czech Republic. ISO 9001:2015 certified "
              "(cert. no. CZ-0917-QMS). VAT CZ26917432."),
        ("p", "To: Lantern Hall Touring Ltd, attn. Mr Barnaby Okafor, Production Buyer, 7 Tanner Yard, "
              "London SE1 3XT. Date: 26.02.2024. Your enquiry of 19.02.2024."),
        ("p", "Dear Mr Okafor, we are pleased to offer you following for the half-coupler TC-50 "
              "(for tube 48-51 mm) according your drawing DRG 1200 Rev 4, PN LHT-TC-5051:"),
        ("table", [
            ["Pos.", "Description", "Qty", "Unit price", "Lead time"],
            ["1", "Samples TC-50, forged S355, zinc flake, bolt M12x1.75 8.8", "20 pcs", "EUR 14,80", "3 weeks"],
            ["2", "Serial production TC-50, same execution", "1.200 pcs", "EUR 9,40", "6 weeks"],
            ["3", "Serial production TC-50, same execution", "2.400 pcs", "EUR 8,65", "8 weeks"],
            ["4", "Load test report 1,25 x WLL (WLL 500 kg), per EN 17115:2018 annex", "1 set", "EUR 180,00", "with samples"],
        ]),
        ("sp",),
        ("p", "Salt spray test 480 h per ISO 9227 possible on request (external lab, +EUR 260,00)."),
        ("p", "Prices EXW Plzen, without VAT, valid 60 days. Payment 30 days net. This is a quotation, "
              "not an order confirmation. Lead times count from your written order for the respective "
              "position."),
        ("p", "With best regards / S pozdravem"),
        ("p", "Jiri Dvorak, obchodni oddeleni / sales, Kovostage s.r.o., +420 377 105 220"),
    ], title="KS-24-0117", author="Jiri Dvorak"),
])

# c02: buyer RFQ with three scenarios; explicitly not an order
c02_txt = T("""
    Hi Javier,

    Hope you're well and the Fallas didn't wreck you.

    We're pricing the new river-stage curtains for Yarra Lights 2025 and would like a quote on your
    CTC-32 ball-bearing carrier (32 mm track, black anodised, our drawing YL-DRG-0320 Rev C).

    Please quote three scenarios so we can take it to the board:

      A) 300 carriers
      B) 600 carriers
      C) 1,000 carriers

    plus twenty-four (24) samples in every scenario, delivered to Docklands, DAP Melbourne.

    This is a request for quotation only. It's not an order and nothing is authorised off the back of
    it, so please don't buy anything or book capacity yet. If we go ahead we'll send a PO with the
    scope spelled out.

    Quotes by Friday 22 March would be ace.

    Cheers,
    Bec
    """) + sig("Bec Donnelly", "Production Coordinator", YL, "+61 3 9555 0142")
case("c02", [], "buyer RFQ with three quantity scenarios, explicitly not an order", [
    EML("RFQ_YL-CTC32.eml", mail(BEC, JAVIER, "RFQ - CTC-32 curtain track carriers - Yarra Lights 2025",
                                 "Tue, 12 Mar 2024 10:22:00 +1100", c02_txt, html=as_html(c02_txt),
                                 cc=MICK)),
])

# c03: supplier question under a quoted complete buyer scope
c03_orig = T("""
    Hi Emre,

    PO 55302 is attached. To be clear on scope:

    - PO 55302 covers forty (40) CR-5/900 cable ramp samples only.
    - The balance of 1,160 ramps on your quote TR-Q-0388 is not released.
    - Release of the balance requires Shonda Reyes' sample sign-off, followed by a revised PO signed
      by Marty Feld, VP Production Operations.
    - Material: sample quantity only.

    Thanks,
    Kayla Brandt
    Purchasing Agent, Silver Mesa Resort & Showroom
    """)
c03_txt = T("""
    Dear Kayla,

    Noted with thanks, 40 samples will ship 22 March by air, AWB follows.

    May we ask: can we have go-ahead for the balance 1.160 pcs before the sample sign-off? Our PU
    supplier is giving slot in week 14 and after that week 19. If not possible, no problem, we wait
    your revised PO as you wrote.

    """) + sig("Emre Yıldız", "Export Sales", AS, "+90 224 555 41 12") + T("""

    On Mon, 4 Mar 2024 at 18:05, Kayla Brandt <kbrandt@silvermesa-lv.com> wrote:
    """) + quote(c03_orig)
case("c03", [], "supplier asks whether the balance may start; buyer's quoted scope is complete", [
    EML("RE_PO_55302_CR-5.eml", mail(EMRE, KAYLA, "RE: PO 55302 - CR-5 cable ramp samples",
                                     "Tue, 5 Mar 2024 09:40:00 +0300", c03_txt,
                                     in_reply_to="<h217-po55302@silvermesa-lv.com>")),
])

# c04: clearly labelled forecast printout
c04 = T("""
    SILVER MESA RESORT & SHOWROOM            MATERIALS MGMT - DEMAND FORECAST        PAGE 1 OF 1
    RUN DATE 03/18/2024  09:02  USER KBRANDT  REPORT MM-FC-20

    *** DEMAND FORECAST - NOT A PURCHASE ORDER ***
    *** THIS REPORT DOES NOT AUTHORIZE PRODUCTION OR MATERIAL PURCHASE ***

    VENDOR   : 40772  GUANGZHOU HUAXING STAGE EQUIPMENT CO LTD
    ITEM     : SM-FSY-2500   YOKE, FOLLOW SPOT 2500 W, AL 6082-T6, DWG SM-2500-07 REV 3
    UOM      : EA

    BUCKET     FORECAST QTY   CONFIDENCE   SOURCE
    --------   ------------   ----------   ------------------------------
    2024-Q3              40   MEDIUM       SHOW CALENDAR V12 (PROPOSED)
    2024-Q4              80   LOW          SHOW CALENDAR V12 (PROPOSED)
    2025-Q1             120   LOW          NEW RESIDENCY - NOT SIGNED
    --------   ------------
    TOTAL               240

    OPEN PO LINES FOR THIS ITEM:  NONE

    NOTES:
    1. Forecast only, shared for capacity planning. Quantities may change or go to zero.
    2. Production and material are authorized only by a PO line with scope PRODUCTION and a written
       release from Marty Feld, VP Production Operations.
    3. Questions: Kayla Brandt, Purchasing Agent, x4471.

    END OF REPORT
    """)
case("c04", [], "demand forecast printout labelled not an order", [TXT("MM-FC-20_40772.txt", c04)])

# c05: sample sign-off record, scoped to fit check, balance on hold
case("c05", [], "sample sign-off 'approved for fit check only; production not released', hold, event and named authority", [
    DOCX("Protokol_odbioru_probek_SDL-600.docx", [
        ("h1", "Protokół odbioru próbek / Sample sign-off record"),
        ("p", "Opera Nadodrzańska we Wrocławiu - Dział Techniczny. Nr protokołu: PP-2024/017. Data: 09.04.2024."),
        ("table", [
            ["Pole / Field", "Wartość / Value"],
            ["Dostawca / Supplier", "Kovostage s.r.o., Plzeň"],
            ["Część / Part", "SDL-600 teleskopowa noga podestu / telescopic deck leg 600-1000 mm, rys. OPN-DRG-1200 Rev 4"],
            ["Zamówienie / PO", "2024/ZT/0466 - próbki / samples"],
            ["Ilość próbek / Sample qty", "20 szt. / 20 pcs"],
            ["Ilość z oferty (seria) / Quoted series qty", "400 szt."],
            ["Badanie / Test", "Próba obciążenia 7,5 kN/m² wg PN-EN 1991-1-1, pasowanie do istniejących podestów (fit check on existing decks)"],
        ]),
        ("h", "Decyzja / Disposition"),
        ("p", "Próbki zatwierdzone wyłącznie do sprawdzenia pasowania. Samples approved for fit check only; "
              "production not released."),
        ("p", "Active quantity: the 20 sample legs already delivered. Nothing else may be made."),
        ("p", "Balance of 380 legs (400 quoted less 20 samples) remains on hold and is not released. "
              "It is unlocked only by a revised PO signed by Tomasz Wróblewski, Kierownik Techniczny "
              "(Technical Manager), who is the only person who may release production on this order."),
        ("p", "Material authority: samples only."),
        ("sp",),
        ("p", "Sprawdził / Checked: Paweł Nowicki, inżynier sceny"),
        ("p", "Do wiadomości / cc: Agnieszka Zielińska (Dział Zamówień), Kovostage s.r.o. (p. Jiří Dvořák)"),
    ], author="Paweł Nowicki"),
])

# c06: full-quantity PO on a buyer portal that says proceed
c06_body = """
<div style="background:#1d2b3a;color:#fff;padding:8px 12px"><b>Silver Mesa Resort &amp; Showroom</b> &middot; Supplier Portal &middot; Purchase Orders</div>
<h2>Purchase Order 55318</h2>
<table>
<tr><th>Vendor</th><td>40913 Escenotecnia Levante S.L., Paterna (Valencia), Spain</td></tr>
<tr><th>Buyer</th><td>Kayla Brandt, Purchasing Agent</td></tr>
<tr><th>Issued</th><td>03/21/2024</td></tr>
<tr><th>Status</th><td>Issued &middot; Acknowledgement pending</td></tr>
<tr><th>Incoterms</th><td>DAP Las Vegas NV 89109</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit USD</th><th>Ext. USD</th><th>Need by</th></tr>
<tr><td>1</td><td>SM-CTC-32</td><td>Carrier, curtain track, 32 mm, ball bearing, black anodised, DWG SM-3200-02 Rev 5</td><td>240</td><td>EA</td><td>6.85</td><td>1,644.00</td><td>05/10/2024</td></tr>
</table>
<div class="note">
<p><b>Buyer note:</b> Repeat part, identical to PO 54877 (2023). This PO is the full and final quantity:
240 carriers, no sample phase, nothing held back. Please proceed with the full 240 pcs and confirm
ship date in the portal.</p>
</div>
<p style="color:#666">Terms: Silver Mesa PO terms rev. 2019-2. Quality: ISO 9001:2015 supplier, CoC with shipment.</p>
"""
case("c06", [], "full-quantity repeat PO: 'proceed with the full 240 pcs', no balance exists", [
    HTML("portal_PO_55318.html", "PO 55318 - Silver Mesa Supplier Portal", c06_body),
])

# c07: EDI call-off with explicit staged material authority above the released quantity
c07 = T("""
    EDI DELFOR / CALL-OFF PRINT            YARRA LIGHTS FESTIVAL PTY LTD         PRINTED 08-APR-2024 14:31
    ----------------------------------------------------------------------------------------------------
    MESSAGE REF   : YL-DELFOR-000311              SCHEDULING AGREEMENT : YL-SA-0088
    SUPPLIER      : PT NUSANTARA RIGGING TEKNIK, SURABAYA (SUPP 2071)
    SHIP-TO       : YARRA LIGHTS - DOCK 3, 61 LORIMER ST, DOCKLANDS VIC 3008
    ITEM          : CR-5/900  CABLE RAMP 5-CHANNEL PU 900MM, YELLOW LID  DRG YL-CR-900 REV B

    CALL-OFF NO.  : 03
    QTY RELEASED THIS CALL-OFF          :     50 PCS     DELIVER BY 20-MAY-2024
    CUMULATIVE QTY RELEASED (CO 01-03)  :    150 PCS
    CUMULATIVE QTY RECEIVED             :    100 PCS

    MATERIAL AUTHORITY (BUYER LIABLE)   : STAGED - UP TO 300 PCS OF PU COMPOUND + STEEL INSERTS
                                          (NOT TO BE CONVERTED INTO RAMPS BEYOND CUM RELEASED QTY)

    FORECAST (PLANNING ONLY - NOT RELEASED, NO COMMITMENT):
        JUN-2024    120
        JUL-2024     80
        AUG-2024    200

    ANY QUANTITY ABOVE CUM 150 IS NOT RELEASED UNTIL THE NEXT CALL-OFF.
    CALL-OFFS ARE ISSUED AND SIGNED BY LACHLAN PIKE, SITE OPERATIONS MANAGER.
    QUERIES: BEC DONNELLY +61 3 9555 0142
    ----------------------------------------------------------------------------------------------------
    END OF MESSAGE YL-DELFOR-000311
    """)
case("c07", [], "call-off: 50 released (cum 150), staged material authority up to 300, forecast labelled, next call-off by named person", [
    TXT("DELFOR_000311.txt", c07),
])

# c08: explicit, signed auto-conversion record
case("c08", [], "explicit signed auto-conversion: quantity 400, signer, conditions; remaining balance on hold", [
    DOCX("LHT_TC-50_conversion_record.docx", [
        ("h1", "Auto-conversion record - TC-50 half-coupler"),
        ("p", "Lantern Hall Touring Ltd - Production Office, 7 Tanner Yard, London SE1 3XT"),
        ("table", [
            ["Item", "Detail"],
            ["Order", "LHT-TC-5051 / DRG 1200 Rev 4, supplier Kovostage s.r.o. (Plzeň)"],
            ["Commercial cover", "PO LHT-3390 Rev 2: 20 samples + 400 production (420 pcs)"],
            ["Samples", "20 pcs, delivered 18 March 2024"],
            ["Auto-converted quantity", "400 pcs (four hundred)"],
            ["Trigger", "Sample sign-off with disposition APPROVED, signed by Priya Wrenfield, Technical Director"],
            ["Conditions", "all 20 samples pass proof load 1,25 x WLL (WLL 500 kg); sign-off dated on or before 30 April 2024; no open NCR"],
            ["Recorded by", "Tom Ashdown, Head of Production (release authority), 4 March 2024"],
        ]),
        ("p", "Statement: when the sample sign-off above is recorded as APPROVED within the conditions, "
              "a production quantity of four hundred (400) TC-50 half-couplers is released automatically, "
              "without a further release letter. This is an auto-conversion in the sense of our supplier "
              "terms, clause 7.3."),
        ("p", "The remaining quoted quantity of 780 pcs (quote KS-24-0117: 1.200 production less 400) "
              "is not released and stays on hold until a written release signed by Tom Ashdown."),
        ("p", "If the sign-off is INTERIM or REJECTED, nothing converts."),
        ("sp",),
        ("p", "Signed: Tom Ashdown, Head of Production - 04/03/2024"),
        ("p", "Acknowledged for Kovostage s.r.o.: Jiří Dvořák, sales - 05/03/2024"),
    ], author="Tom Ashdown"),
])

# c09: old quote forwarded as message/rfc822, declared informational
c09_old_txt = T("""
    Dear Mrs. Zielinska,

    Thank you for your interest. Please find our offer for the carrier CTC-32 (old execution with
    POM wheels):

      5.000 pcs  CTC-32 carrier, zinc plated steel body, POM wheels   EUR 3,10 / pc
      Delivery 7-8 weeks. Validity of offer 30 days.

    Kind regards,
    Javier Morales
    Departamento Comercial - Escenotecnia Levante S.L.
    Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 22, 46988 Paterna (Valencia)
    """)
c09_old = mail(JAVIER, AGA, "Oferta 22-0871 - carros CTC-32", "Wed, 9 Nov 2022 12:10:00 +0100", c09_old_txt)
c09_txt = T("""
    Dear Javier,

    As discussed by phone, I forward below your offer from November 2022 (5.000 pcs). It is only for
    information, so you can see which old execution (POM wheels) our stage used until now. This old
    offer is not valid and nothing from it is ordered or released.

    The current order is PO 2024/ZT/0388: ten (10) sample carriers CTC-32, new execution with ball
    bearings, drawing OPN-DRG-3200 Rev 2. Only these 10 pieces may be produced now.

    The production quantity is not released. It stays on hold until sample sign-off by our stage
    engineer Paweł Nowicki and then written production release from Mr Tomasz Wróblewski, Technical
    Manager. Please buy material for the 10 samples only.

    Best regards,
    Agnieszka Zielińska
    Specjalista ds. zamówień / Procurement
    Opera Nadodrzańska we Wrocławiu, ul. Teatralna 9, 50-055 Wrocław
    tel. +48 71 555 30 12

    Informacja: Wiadomość zawiera informacje poufne przeznaczone wyłącznie dla adresata.
    """)
case("c09", [], "old 5.000 pcs quote forwarded as rfc822, declared informational; current 10-sample PO fully scoped", [
    EML("FW_Oferta_22-0871.eml", mail(AGA, JAVIER, "FW: Oferta 22-0871 - carros CTC-32 (info only)",
                                      "Thu, 14 Mar 2024 11:05:00 +0100", c09_txt, cc=PAWEL,
                                      attachments=[("rfc822", c09_old)])),
])

# c10: buyer corrects a quoted supplier auto-conversion assumption (two-level thread)
c10_l2 = T("""
    Kevin,

    PO LHT-3470 attached. It covers sixteen (16) FSY-2500 follow-spot yokes, samples only.
    Balance of 584 on your quote is not released until Priya Wrenfield signs off the samples and
    Tom Ashdown (Head of Production) sends a written release. Material for the samples only please.

    Barnaby
    """)
c10_l1 = T("""
    Dear Barnaby,

    Well received PO, thank you. Once you approve samples we run the 584 directly to save time,
    the tour is coming soon.

    Best regards
    Kevin Liang
    """) + "\nOn 2024-03-11 16:20, Barnaby Okafor wrote:\n" + quote(c10_l2)
c10_txt = T("""
    Kevin -

    No, please don't. Sample sign-off does not release anything by itself.

    Build the 16 sample yokes only. The 584 stay on hold until Tom Ashdown sends you a written
    release, and he'll only do that after Priya's sign-off. No material beyond the samples until then.

    Appreciate you trying to save us time, honestly, but we need it in writing.

    Cheers,
    Barnaby
    """) + sig("Barnaby Okafor", "Production Buyer", LH, "+44 20 7946 0831") + \
    "\nOn 12 Mar 2024, at 03:12, Kevin Liang <kevin.liang@hx-stage.cn> wrote:\n" + quote(c10_l1)
case("c10", [], "buyer reply corrects a quoted supplier 'once you approve samples we run the 584'; scope complete", [
    EML("RE_RE_LHT-3470_yokes.eml", mail(BARNABY, KEVIN, "RE: RE: PO LHT-3470 FSY-2500 yokes",
                                         "Tue, 12 Mar 2024 08:47:00 +0000", c10_txt, cc=TOM,
                                         in_reply_to="<h217-kl0312@hx-stage.cn>")),
])

# c11: WhatsApp, supplier says the deposit does not release production
c11 = T("""
    [13/03/2024, 10:02:11] Bec Donnelly: Hi Budi, mould deposit for the CR-5 ramps went through this arvo, receipt attached 👍
    [13/03/2024, 10:02:15] Bec Donnelly: <attached: 00000041-PHOTO-2024-03-13-10-02-15.jpg>
    [13/03/2024, 10:41:37] Budi Santoso: Terima kasih Bu Bec 🙏 received already
    [13/03/2024, 10:43:02] Budi Santoso: Just to make clear from our side: deposit is for mould only, deposit does not release production ya
    [13/03/2024, 10:43:40] Budi Santoso: We make only 30 sample ramp per PO YL-7702. Rest 2.370 pcs we wait your written release from Pak Lachlan after sample sign-off
    [13/03/2024, 10:58:12] Bec Donnelly: Spot on Budi. 30 samples only. The other 2,370 stay on hold until Lachie (Lachlan Pike) signs off the samples and sends you the written release
    [13/03/2024, 10:58:30] Bec Donnelly: And no material for the production run yet pls, samples only
    [13/03/2024, 11:04:51] Budi Santoso: Siap, understood 👌
    """)
case("c11", [], "WhatsApp: supplier states the deposit does not release production; buyer restates 30-sample scope", [
    TXT("WhatsApp Chat with Budi Santoso.txt", c11),
])

# c12: supplier order acknowledgement restating the hold
case("c12", [], "supplier order acknowledgement restates sample-only scope, hold, sample-only material, named release person", [
    PDF("EL_confirmacion_pedido_0533.pdf", [
        ("h1", "Escenotecnia Levante S.L. - Confirmacion de pedido / Order acknowledgement"),
        ("p", "Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 22, 46988 Paterna (Valencia). CIF B-46917730. "
              "ISO 9001:2015."),
        ("p", "Cliente / Customer: Opera Nadodrzanska we Wroclawiu, ul. Teatralna 9, 50-055 Wroclaw, Poland. "
              "Att. Mrs Agnieszka Zielinska. Su pedido / Your PO: 2024/ZT/0533 of 18.03.2024. "
              "Our ref.: AC-24-0533. Fecha / date: 20.03.2024."),
        ("table", [
            ["Linea", "Articulo", "Descripcion", "Cantidad", "Precio", "Entrega"],
            ["1", "SDL-600", "Pata telescopica de tarima / telescopic deck leg 600-1000 mm, tubo 60x3 S235, "
                             "plano OPN-DRG-1200 Rev 4 - MUESTRAS / SAMPLES", "12 pcs", "EUR 38,00", "sem. 15 / CW 15"],
        ]),
        ("sp",),
        ("p", "We acknowledge your order as written: only the twelve (12) sample legs are authorised. "
              "The balance of 948 pcs from our offer OF-24-0112 (total 960) is NOT released and we will "
              "not produce it. Material is bought for the 12 samples only."),
        ("p", "We wait for the written production release from Mr Tomasz Wroblewski, Technical Manager, "
              "after your sample sign-off. Without this release, no series production will start."),
        ("p", "Atentamente, Lucia Ferrer, Jefa de Produccion - Javier Morales, Comercial"),
    ], title="AC-24-0533", author="Lucia Ferrer"),
])

# c13: interim sign-off with quantity and date limits, named release
case("c13", [], "interim sample disposition limited to 60 pcs / 30 June, released in writing by named person; balance held", [
    PDF("SDR-0412_FSY-2500.pdf", [
        ("h1", "Silver Mesa Resort & Showroom - Sample Disposition Report SDR-0412"),
        ("p", "Part: SM-FSY-2500 follow-spot yoke (for 2500 W follow spot), DWG SM-2500-07 Rev 3. "
              "Supplier: Guangzhou Huaxing Stage Equipment Co., Ltd. Commercial cover: PO 55247 Rev 1, 300 pcs."),
        ("table", [
            ["#", "Characteristic", "Spec", "Sample results (n=6)", "Result"],
            ["1", "Pivot bore", "25.00 mm H7", "25.004 - 25.019", "OK"],
            ["2", "Clamp thread", "M12x1.75 6H", "go / no-go OK", "OK"],
            ["3", "Proof load", "2 x WLL 35 kg, 5 min", "no deformation", "OK"],
            ["4", "Anodise thickness", "15 um min", "11 - 13 um", "NOT OK"],
            ["5", "Salt spray", "ASTM B117 240 h", "pending (lab)", "OPEN"],
        ]),
        ("sp",),
        ("h", "Disposition: INTERIM"),
        ("p", "Interim approval, limited to 60 pcs and valid until 30 June 2024, for the June residency only "
              "(anodise deviation accepted for these 60 pcs). Signed: Shonda Reyes, Technical Director, 04/19/2024."),
        ("p", "Production release: 60 pcs are released for production by Marty Feld, VP Production Operations "
              "(signature below, 04/19/2024). Supplier may build and ship 60 pcs, no more."),
        ("p", "Balance: 240 pcs (300 covered by PO 55247 Rev 1 less 60) are not released. They stay on hold "
              "until full sample sign-off (items 4 and 5 closed) and a written release signed by Marty Feld."),
        ("p", "Material authority: 60 pcs."),
        ("pre", "Signed: ____Marty Feld____  VP Production Operations   04/19/2024"),
    ], pagesize=LETTER, title="SDR-0412", author="Shonda Reyes"),
])

# c14: full-quantity ERP PO with three delivery schedule lines
c14 = T("""
    OPERA NADODRZAŃSKA WE WROCŁAWIU                                   ZAMÓWIENIE / PURCHASE ORDER
    ul. Teatralna 9, 50-055 Wrocław   NIP 896-10-55-417                Nr: 2024/ZT/0590
                                                                       Data: 2024-04-02
    Dostawca / Supplier: KOVOSTAGE s.r.o., Závodní 14, 301 00 Plzeň, CZ    Nr dost.: D-0317
    Osoba kontaktowa / Contact: Agnieszka Zielińska, tel. +48 71 555 30 12
    Warunki / Terms: FCA Plzeň (Incoterms 2020), płatność 30 dni / payment 30 days
    --------------------------------------------------------------------------------------------
    Poz. Indeks         Nazwa / Description                          Ilość  JM   Cena EUR   Wartość
    --------------------------------------------------------------------------------------------
    10   OPN-TC-5051    Półzłączka TC-50 / half-coupler 48-51 mm,     120   szt     9,80    1 176,00
                        rys. DRG 1200 Rev 4, śruba M12x1.75 kl. 8.8,
                        WLL 500 kg, wg EN 17115:2018
    --------------------------------------------------------------------------------------------
    HARMONOGRAM DOSTAW / DELIVERY SCHEDULE (poz. 10)
       linia 1   2024-05-15     40 szt
       linia 2   2024-06-05     40 szt
       linia 3   2024-06-26     40 szt
                              --------
       razem / total          120 szt
    --------------------------------------------------------------------------------------------
    UWAGI / REMARKS:
    Część powtarzalna, bez etapu próbek. Zamówienie obejmuje całą ilość 120 szt. - nie ma
    pozostałej ilości do uruchomienia później.
    Repeat part, no sample stage. This order is the complete quantity of 120 pcs; there is no
    remaining balance. Deliver per the schedule above. Certificate 3.1 (EN 10204) with each delivery.
    Dostawca posiada ISO 9001:2015.

    Wystawił / Issued by: Agnieszka Zielińska          Zatwierdził / Authorised: Tomasz Wróblewski
    --------------------------------------------------------------------------------------------
    Strona 1/1          wydruk z systemu ERP TEATR+ v4.2   2024-04-02 13:18
    """)
case("c14", [], "full-quantity ERP PO (120 in three schedule lines), no balance", [TXT("ZT_0590_wydruk.txt", c14)])

# c15: sample PO with a complete scope note, full of quantity-like identifiers
case("c15", [], "sample PO with full scope note; PN/DRG/EN/ISO/WLL numbers look like quantities", [
    PDF("LHT-3412_PO.pdf", [
        ("h1", "Lantern Hall Touring Ltd - Purchase Order LHT-3412"),
        ("p", "7 Tanner Yard, London SE1 3XT, United Kingdom. VAT GB 281 4471 09. Date: 07/03/2024. "
              "Buyer: Barnaby Okafor. Currency: EUR. Delivery: DAP London, Incoterms 2020."),
        ("p", "Supplier: Anatolia Sahne Metal San. ve Tic. A.S., Nilufer OSB 16140 Bursa, Turkey. "
              "Your quotation AS-Q-24-118 of 29/02/2024."),
        ("table", [
            ["Line", "Part", "Description", "Scope", "Qty", "Unit EUR", "Total EUR"],
            ["1", "PN 500-250-12", "RP-4 four-way rigging plate, S355J2 10 mm, DRG 2000 Rev 12, "
                                   "EN 1090-2 EXC2, hot-dip galv. ISO 1461, WLL 2000 kg, holes 4x M16",
             "sample", "12", "31,50", "378,00"],
            ["2", "-", "Material certificate EN 10204 3.1 + weld report", "sample", "1", "0,00", "0,00"],
        ]),
        ("sp",),
        ("h", "Scope note"),
        ("p", "1. This PO covers twelve (12) sample rigging plates only. Build and ship these 12 and "
              "nothing else."),
        ("p", "2. The production quantity in your quotation (1.188 further plates) is a forecast and is "
              "not released. Do not produce it."),
        ("p", "3. Unlock: sample sign-off by Priya Wrenfield, Technical Director, followed by a written "
              "release signed by Tom Ashdown, Head of Production. Only Tom Ashdown may release production."),
        ("p", "4. Material authority: sample-only (material for the 12 plates)."),
        ("p", "Supplier quality system: ISO 9001:2015 and EN 1090-1 certificate 1090-CPR-2217 required. "
              "Ref. rigging standard BGV C1 / DGUV 17 for the tour."),
        ("p", "Authorised signatory (commercial): Barnaby Okafor, Production Buyer"),
    ], title="PO LHT-3412", author="Barnaby Okafor"),
])

# c16: Teams, go-ahead scoped to the pilot units only
c16 = T("""
    Microsoft Teams - chat export
    Participants: Barnaby Okafor (Lantern Hall Touring), Dewi Lestari (PT Nusantara Rigging Teknik), Priya Wrenfield (Lantern Hall Touring)

    Barnaby Okafor  09/04/2024 09:12
    Morning Dewi. PO LHT-3488 is in your inbox. Covers 8 pilot CTC-32 carriers only.

    Barnaby Okafor  09/04/2024 09:13
    The other 392 on your quote are not released. They wait for Priya's sign-off on the pilots and then a written release from Tom Ashdown. Tom's the only one who can release them.

    Dewi Lestari  09/04/2024 09:40
    Selamat pagi Mr Barnaby, well received. Question: wheel material PA6 or POM? drawing LHT-DRG-3200 rev 2 say PA6 but sample from last year is POM

    Priya Wrenfield  09/04/2024 10:05
    PA6 as per rev 2 please. The POM ones squeaked on the Lyceum track.

    Dewi Lestari  09/04/2024 10:07
    Noted PA6. So we can start?

    Barnaby Okafor  09/04/2024 10:15
    Yes - go ahead with the 8 pilot carriers only. Material for the 8 only please. Nothing on the 392 until Tom's release.

    Dewi Lestari  09/04/2024 10:16
    Ok siap, 8 pcs pilot only 👍
    """)
case("c16", [], "Teams: go-ahead scoped to 'the 8 pilot carriers only', hold/event/authority stated", [
    TXT("Teams_chat_LHT-3488.txt", c16),
])

# c17: supplier portal status report restating the hold
c17_body = """
<div style="background:#b3121f;color:#fff;padding:8px 12px"><b>华兴舞台 HUAXING STAGE</b> &middot; Customer Order Tracking</div>
<p>Customer: <b>Silver Mesa Resort &amp; Showroom</b> (Las Vegas) &middot; Updated 2024-04-03 17:40 (GMT+8) by Amy Zhou</p>
<table>
<tr><th>Our order</th><th>Customer PO</th><th>Item</th><th>Authorised now</th><th>Balance</th><th>Material</th><th>Status</th></tr>
<tr><td>HX-SO-24-0291</td><td>55262</td><td>FSY-2500 follow spot yoke, AL6082-T6, DWG SM-2500-07 Rev 3</td>
<td>6 pcs samples</td><td>294 pcs &ndash; ON HOLD, not released</td><td>sample-only (6 sets)</td><td>Samples shipped 2024-03-29, DHL 48 1190 2500</td></tr>
</table>
<div class="note">
<p>Remark: Balance 294 pcs is not released. We wait customer written release from Mr. Marty Feld (VP Production
Operations) after sample sign-off by Ms. Shonda Reyes. No production and no material purchase for the balance before
this release.</p>
</div>
<p style="color:#777">Huaxing Stage Equipment Co., Ltd. &middot; Panyu District, Guangzhou &middot; ISO 9001:2015</p>
"""
case("c17", [], "supplier portal status page restating 6-sample scope and the hold on 294", [
    HTML("HX_order_tracking_55262.html", "Huaxing Stage - Order Tracking", c17_body),
])

# c18: deviation permit that leaves quantities and release status untouched
case("c18", [], "deviation permit for sample feature; states quantities and release status unchanged, full scope", [
    DOCX("DP-YL-014.docx", [
        ("h1", "Deviation Permit DP-YL-014"),
        ("p", "Yarra Lights Festival Pty Ltd - Production Engineering. Issued 22 April 2024."),
        ("table", [
            ["Field", "Entry"],
            ["Supplier", "PT Nusantara Rigging Teknik, Surabaya"],
            ["Part", "CR-5/900 cable ramp, 5-channel, PU, DRG YL-CR-900 Rev B"],
            ["PO", "YL-7715 (samples)"],
            ["Deviation", "Lid hinge pin 6 mm stainless instead of 8 mm zinc-plated, samples only"],
            ["Applies to", "the 20 sample ramps of PO YL-7715"],
            ["Reason", "8 mm pin back-ordered; fit and function to be checked on the samples"],
        ]),
        ("h", "Effect on quantities and release"),
        ("p", "No change to quantities or release status. PO YL-7715 still covers twenty (20) sample ramps "
              "only. The balance of 980 ramps stays not released until sample sign-off and a written release "
              "signed by Lachlan Pike, Site Operations Manager."),
        ("p", "Material authority stays sample-only."),
        ("sp",),
        ("p", "Raised by: Jess Tran, Rigging Engineer. Accepted for supplier: Dewi Lestari, PPIC."),
    ], author="Jess Tran"),
])

# c19: multi-file: cover mail + PO + supplier quote, production quantity declared informational
c19_txt = T("""
    Hola Javier,

    Please find our PO LHT-3501 for the SDL-600 deck legs, and for completeness your quote EL-24-0217.

    Short version, so nobody on either side reads it differently:
    - ten (10) sample legs only, that's all the PO covers;
    - the 1.500 production legs in your quote are for information only and are not released;
    - release of production needs Priya Wrenfield's sample sign-off and then a written release from
      Tom Ashdown, Head of Production;
    - buy material for the 10 samples only.

    Gracias!
    Barnaby
    """) + sig("Barnaby Okafor", "Production Buyer", LH, "+44 20 7946 0831")
c19_po = PDF("LHT-3501.pdf", [
    ("h1", "Purchase Order LHT-3501"),
    ("p", "Lantern Hall Touring Ltd, 7 Tanner Yard, London SE1 3XT. Date 14/03/2024. Buyer: Barnaby Okafor."),
    ("p", "Supplier: Escenotecnia Levante S.L., Paterna (Valencia), Spain. Quote ref EL-24-0217."),
    ("table", [
        ["Line", "Item", "Description", "Scope", "Qty", "Unit EUR", "Total EUR"],
        ["1", "LHT-SDL-600", "Telescopic deck leg 600-1000 mm, 60x3 S235, DRG LHT-1200 Rev 4", "sample", "10", "41,00", "410,00"],
    ]),
    ("sp",),
    ("p", "PO scope note: This PO covers 10 sample legs only. The production quantity of 1.500 shown in "
          "quote EL-24-0217 is for information only and is NOT released. It stays on hold until sample "
          "sign-off by Priya Wrenfield (Technical Director) and a written release from Tom Ashdown "
          "(Head of Production). Material authority: sample-only."),
], title="LHT-3501", author="Barnaby Okafor")
c19_quote = PDF("EL-24-0217_oferta.pdf", [
    ("h1", "Escenotecnia Levante S.L. - Oferta / Quotation EL-24-0217"),
    ("p", "Cliente: Lantern Hall Touring Ltd (London). Fecha: 06/03/2024. Validez: 60 dias."),
    ("table", [
        ["Pos.", "Descripcion", "Cantidad", "Precio unit.", "Plazo"],
        ["1", "Muestras pata SDL-600 / sample deck legs", "10 pcs", "EUR 41,00", "3 semanas"],
        ["2", "Serie pata SDL-600 / series production", "1.500 pcs", "EUR 23,60", "7 semanas"],
    ]),
    ("sp",),
    ("p", "Portes: DAP London incluido a partir de 500 pcs. Forma de pago: 30 dias fecha factura."),
    ("p", "Javier Morales, Comercial"),
], title="EL-24-0217", author="Javier Morales")
case("c19", [], "cover mail + PO + quote: quote's 1.500 declared informational and not released; full scope", [
    EML("cover_mail_LHT-3501.eml", mail(BARNABY, JAVIER, "PO LHT-3501 - SDL-600 sample legs",
                                        "Thu, 14 Mar 2024 15:30:00 +0000", c19_txt, html=as_html(c19_txt),
                                        cc=PRIYA)),
    c19_po,
    c19_quote,
])

# c20: multi-file: PO + proforma, deposit explicitly does not release production
c20_po = T("""
    SILVER MESA RESORT & SHOWROOM - PURCHASING                       PURCHASE ORDER
    5120 S MESA VIEW DR, LAS VEGAS NV 89118                          PO NUMBER : 55360
                                                                     PO DATE   : 03/25/2024
    VENDOR: 41020 ANATOLIA SAHNE METAL SAN VE TIC AS, NILUFER OSB, BURSA, TR
    BUYER : DWAYNE KOWALCZYK, PURCHASING MANAGER   TERMS: 30% DEP / 70% BEFORE SHIP   FOB: ISTANBUL

    LN  ITEM          DESCRIPTION                                 SCOPE    QTY  UOM   UNIT USD    EXT USD
    --  ------------  ------------------------------------------  ------  ----  ---  --------  ---------
     1  SM-RP-4       PLATE, RIGGING 4-WAY S355J2 10MM            SAMPLE    40   EA     29.00   1,160.00
                      DWG SM-4000-11 REV 2, WLL 2000 KG, ISO 1461
     2  SM-RP-4-TL    TOOLING, LASER + PRESS FIXTURE              SAMPLE     1   LT    900.00     900.00
                                                                                      ---------
                                                                          PO TOTAL    2,060.00

    SCOPE NOTE:
    THIS PO COVERS 40 SAMPLE PLATES AND SAMPLE TOOLING ONLY. THE BALANCE OF 760 PLATES ON QUOTE
    AS-Q-24-131 (800 TOTAL) IS NOT RELEASED. RELEASE OF THE BALANCE REQUIRES SAMPLE SIGN-OFF BY
    SHONDA REYES, TECHNICAL DIRECTOR, AND THEN A REVISED PO SIGNED BY MARTY FELD, VP PRODUCTION
    OPERATIONS. MATERIAL AUTHORITY: SAMPLE QUANTITY ONLY. THE DEPOSIT DOES NOT RELEASE PRODUCTION.
    """)
c20_pi = PDF("AS_proforma_PI-24-0077.pdf", [
    ("h1", "PROFORMA INVOICE PI-24-0077"),
    ("p", "Anatolia Sahne Metal San. ve Tic. A.S. - Nilufer OSB, 16140 Bursa / Turkiye - Tax no 0710 455 217"),
    ("p", "Buyer: Silver Mesa Resort & Showroom, Las Vegas NV. Your PO: 55360 dated 03/25/2024. Date: 27.03.2024."),
    ("table", [
        ["No", "Description", "Qty", "Unit USD", "Amount USD"],
        ["1", "RP-4 rigging plate, SAMPLES, DWG SM-4000-11 Rev 2", "40 pcs", "29,00", "1.160,00"],
        ["2", "Tooling (laser program + press fixture)", "1 lot", "900,00", "900,00"],
        ["", "TOTAL", "", "", "2.060,00"],
        ["", "30% deposit due now", "", "", "618,00"],
    ]),
    ("sp",),
    ("p", "Note: This deposit covers the sample lot and tooling. It does not release production. The "
          "balance of 760 pcs will be produced only after your written release (revised PO) is received."),
    ("p", "Bank: Turkiye Vakif Bankasi, Bursa OSB branch, IBAN TR00 0001 5001 5800 7300 0000 00 (sample)."),
    ("p", "Emre Yildiz - Export Sales"),
], title="PI-24-0077", author="Emre Yildiz")
case("c20", [], "PO + proforma agree on 40 samples; both say the deposit does not release production", [
    TXT("PO_55360.txt", c20_po),
    c20_pi,
])

# c21: a proper release letter for the whole balance
case("c21", [], "written release of 576 after recorded sample sign-off, named authority, revised PO covers it; nothing left held", [
    PDF("YL_production_release_PR-0031.pdf", [
        ("h1", "Production Release PR-YL-0031"),
        ("p", "Yarra Lights Festival Pty Ltd, 61 Lorimer St, Docklands VIC 3008, Australia. Date: 6 May 2024."),
        ("p", "To: Escenotecnia Levante S.L., attn. Lucia Ferrer (Produccion) / Javier Morales (Comercial)."),
        ("table", [
            ["Item", "Detail"],
            ["Order", "CTC-32 curtain-track carrier, DRG YL-DRG-0320 Rev C"],
            ["Commercial cover", "PO YL-7741 Rev 1: 24 samples + 576 production = 600 pcs"],
            ["Unlock event", "Sample sign-off SSO-YL-019, 2 May 2024, disposition APPROVED (Jess Tran, Rigging Engineer)"],
            ["Quantity released now", "576 pcs (five hundred and seventy-six)"],
            ["Material authority", "576 pcs"],
            ["Authorised by", "Lachlan Pike, Site Operations Manager"],
        ]),
        ("sp",),
        ("p", "You are released to produce 576 CTC-32 carriers. With the 24 samples already delivered this is "
              "the full 600 on PO YL-7741 Rev 1; no quantity remains on hold."),
        ("p", "Deliveries: 300 by 14 June 2024, 276 by 5 July 2024, DAP Docklands."),
        ("pre", "Signed:  Lachlan Pike   Site Operations Manager   06/05/2024"),
    ], title="PR-YL-0031", author="Lachlan Pike"),
])

# c22: WeChat, supplier asks to buy material for the full quantity, buyer says no
c22 = T("""
    WeChat 聊天记录 / chat history export
    Amy Zhou (Huaxing) & Mick Sutherland (Yarra Lights)

    2024-04-15 14:02  Amy Zhou: Mick hi, good afternoon
    2024-04-15 14:03  Amy Zhou: steel plate price will up 8% from next month. Can we buy plate for 500pcs RP-4 now? so price keep
    2024-04-15 16:47  Mick Sutherland: Hi Amy, thanks for the heads-up but no. PO YL-7729 is for the 16 sample plates only, so material for the 16 samples only.
    2024-04-15 16:48  Mick Sutherland: The other 484 plates are not released until our sample sign-off and then a written release from Lachlan Pike.
    2024-04-15 16:49  Mick Sutherland: If you want a staged material authority for the plate, ask and Lachlan will put it in writing. Until then no.
    2024-04-15 16:55  Amy Zhou: ok understand, only 16pcs material 👌
    2024-04-15 16:55  Amy Zhou: I ask my boss if we can hold price 1 month
    """)
case("c22", [], "WeChat: supplier asks about buying material for 500; buyer refuses, restates 16-sample scope", [
    TXT("wechat_export_Amy_Zhou.txt", c22),
])

# c23: minutes that keep sample sign-off, PO issue and production release apart
case("c23", [], "minutes keep 'sample sign-off', 'PO issued', 'production release' apart; scope complete", [
    DOCX("Notatka_narada_techniczna_2024-04-16.docx", [
        ("h1", "Notatka ze spotkania / Minutes - narada techniczna 16.04.2024"),
        ("p", "Obecni / Present: Tomasz Wróblewski (Kierownik Techniczny), Paweł Nowicki (inżynier sceny), "
              "Agnieszka Zielińska (Dział Zamówień). Gość online: Burak Aydın (Anatolia Sahne Metal, planowanie)."),
        ("h", "1. Wózki kurtyny CTC-32 / curtain-track carriers"),
        ("li", "PO issued: 2024/ZT/0415 was issued on 14.03 for eight (8) sample carriers. Commercial only."),
        ("li", "Sample sign-off: recorded today by Paweł Nowicki - 8 of 8 samples OK on the main curtain track "
               "(wheel noise < 45 dB, ISO 3744 method)."),
        ("li", "Production release: not given today. The balance of 392 carriers (400 in offer AS-Q-24-140 "
               "less 8 samples) stays on hold."),
        ("li", "Next step: Agnieszka prepares a revised PO for 392 pcs; production release follows only in "
               "writing, signed by Tomasz Wróblewski, after the revised PO is issued."),
        ("li", "Material: Anatolia confirmed they hold material for the 8 samples only. Burak Aydın confirmed."),
        ("h", "2. Różne / AOB"),
        ("li", "Próba obciążenia sztankietów w sali 2 przesunięta na 23.04."),
        ("p", "Sporządziła / Minutes by: Agnieszka Zielińska"),
    ], author="Agnieszka Zielińska"),
])

# c24: buyer portal with a firm call-off and a labelled non-binding forecast
c24_body = """
<div style="background:#0b3d2e;color:#fff;padding:8px 12px"><b>Yarra Lights</b> supplier hub &middot; Call-offs</div>
<p>Supplier: PT Nusantara Rigging Teknik (2071) &middot; Scheduling agreement YL-SA-0088 &middot; Item CR-5/900 cable ramp</p>
<h3>Call-off CO-07 (firm)</h3>
<table>
<tr><th>Call-off</th><th>Qty</th><th>Deliver by</th><th>Signed</th></tr>
<tr><td>CO-07</td><td>200</td><td>28 Oct 2024</td><td>Lachlan Pike, Site Operations Manager, 2 Sep 2024</td></tr>
</table>
<p>CO-07 authorises 200 ramps, delivered in full by 28 Oct. Quantities beyond this call-off are not released;
the next call-off will be issued and signed by Lachlan Pike.</p>
<h3>Non-binding forecast (planning only)</h3>
<div class="note">Forecast only &ndash; not an order, not released, no material authority. Shared so you can plan capacity.</div>
<table>
<tr><th>Month</th><th>Forecast qty</th></tr>
<tr><td>Nov 2024</td><td>350</td></tr>
<tr><td>Dec 2024</td><td>600</td></tr>
<tr><td>Jan 2025</td><td>450</td></tr>
</table>
<p style="color:#666">Contact: Bec Donnelly, Production Coordinator &middot; +61 3 9555 0142</p>
"""
case("c24", [], "portal: firm call-off of 200 with next call-off by named person; forecast table labelled non-binding", [
    HTML("YL_hub_calloff_CO-07.html", "Yarra Lights supplier hub - CO-07", c24_body),
])

# c25: EDI 860 change order that replaces the sample quantity (a correction, not a conflict)
c25 = T("""
    X12 860 PURCHASE ORDER CHANGE - HUMAN READABLE            LANTERN HALL TOURING LTD (ISA ID LHTOURUK)
    =============================================================================================
    ST*860*0007   BCH*04*PO*LHT-3395*01*20240308 (CHANGE NO. 01 - REPLACES CHANGE 00)
    VENDOR: KOVOSTAGE SRO, PLZEN CZ (VEN 1188)

    PO LINE 001  PN LHT-TC-5051  HALF-COUPLER TC-50 48-51MM  DRG 1200 REV 4  M12X1.75 8.8
      POC*001*QI*10*12*EA    QTY CHANGED FROM 10 TO 12 EA (SAMPLE)  UNIT EUR 14,80
      REASON: 2 EXTRA SAMPLES FOR EN 17115:2018 PROOF TEST AT THIRD-PARTY LAB.
      THE QTY OF 10 ON THE ORIGINAL PO IS SUPERSEDED. AUTHORISED SAMPLE QTY NOW = 12 EA.

    NTE*GEN*SCOPE: SAMPLE LINE ONLY. PRODUCTION BALANCE (1.188 EA PER QUOTE KS-24-0117) IS NOT
    NTE*GEN*RELEASED UNTIL SAMPLE SIGN-OFF BY P WRENFIELD AND A WRITTEN RELEASE SIGNED BY
    NTE*GEN*T ASHDOWN, HEAD OF PRODUCTION. MATERIAL AUTHORITY: SAMPLE ONLY (12 EA).
    CTT*1   SE*14*0007
    =============================================================================================
    """)
case("c25", [], "EDI 860 change replaces sample qty 10 -> 12 (superseded, not a conflict); full scope", [
    TXT("X12_860_LHT-3395_chg01.txt", c25),
])


# ================================================================ POSITIVE
# p01: sample PO + quote with the production tier attached, no hold, no event; release person named
p01_po = pdf([
    ("h1", "Purchase Order LHT-3390"),
    ("p", "Lantern Hall Touring Ltd, 7 Tanner Yard, London SE1 3XT. Date: 05/03/2024. Buyer: Barnaby Okafor. "
          "Supplier: Kovostage s.r.o., Zavodni 14, 301 00 Plzen, CZ. Your ref.: KS-24-0117."),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit EUR", "Total EUR", "Due"],
        ["1", "LHT-TC-5051", "Half-coupler TC-50, 48-51 mm, DRG 1200 Rev 4, M12x1.75 8.8 - samples", "20", "14,80", "296,00", "22/03/2024"],
        ["2", "LHT-TC-5051-LT", "Load test report 1,25 x WLL per EN 17115:2018", "1", "180,00", "180,00", "with samples"],
    ]),
    ("sp",),
    ("p", "Release authority on this order: Tom Ashdown, Head of Production."),
    ("p", "Terms: Lantern Hall standard purchase terms LHT-T-07. Quality: ISO 9001:2015 supplier."),
], title="LHT-3390", author="Barnaby Okafor")
p01_q = pdf([
    ("h1", "Kovostage s.r.o. - Quotation KS-24-0117"),
    ("p", "To: Lantern Hall Touring Ltd, Mr Barnaby Okafor. Date: 26.02.2024. Half-coupler TC-50 per DRG 1200 Rev 4."),
    ("table", [
        ["Pos.", "Description", "Qty", "Unit price", "Lead time"],
        ["1", "Samples TC-50", "20 pcs", "EUR 14,80", "3 weeks"],
        ["2", "Serial production TC-50", "1.200 pcs", "EUR 9,40", "6 weeks"],
        ["3", "Load test report 1,25 x WLL", "1 set", "EUR 180,00", "with samples"],
    ]),
    ("p", "EXW Plzen. Valid 60 days. Jiri Dvorak, sales."),
], title="KS-24-0117", author="Jiri Dvorak")
p01_txt = T("""
    Dobrý den Jiří,

    Please find attached our PO LHT-3390 for twenty (20) sample TC-50 half-couplers, together with your
    quotation KS-24-0117.

    Please go ahead with the 20 samples; we need them at Tanner Yard by 22 March for the load test
    before the tour rig goes out.

    Any questions on the drawing, Priya Wrenfield is your contact.

    Many thanks,
    Barnaby
    """) + sig("Barnaby Okafor", "Production Buyer", LH, "+44 20 7946 0831")
case("p01", ["RG001", "RG003", "RG004"],
     "20-sample PO with quote (1.200 production) attached unmarked; no hold, no unlock event; release person named", [
    EML("PO_LHT-3390_Kovostage.eml", mail(BARNABY, JIRI, "PO LHT-3390 - TC-50 samples", "Tue, 5 Mar 2024 16:12:00 +0000",
                                          p01_txt, cc=PRIYA,
                                          attachments=[("LHT-3390.pdf", p01_po, PDF_MT),
                                                       ("KS-24-0117.pdf", p01_q, PDF_MT)])),
])

# p02: buyer portal PO for 6 samples with the linked quote's 300 beside it
p02_body = """
<div style="background:#1d2b3a;color:#fff;padding:8px 12px"><b>Silver Mesa Resort &amp; Showroom</b> &middot; Supplier Portal &middot; Purchase Orders</div>
<h2>Purchase Order 55231</h2>
<table>
<tr><th>Vendor</th><td>40772 Guangzhou Huaxing Stage Equipment Co., Ltd.</td></tr>
<tr><th>Buyer</th><td>Dwayne Kowalczyk, Purchasing Manager</td></tr>
<tr><th>Issued</th><td>02/27/2024</td></tr>
<tr><th>Status</th><td>Issued &middot; Acknowledged by vendor 02/28/2024</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Ext. USD</th></tr>
<tr><td>1</td><td>SM-FSY-2500</td><td>Yoke, follow spot 2500 W, AL 6082-T6, DWG SM-2500-07 Rev 3 &ndash; pre-production sample</td><td>6</td><td>142.00</td><td>852.00</td></tr>
</table>
<h3>Linked quotation Q-HX-2024-088</h3>
<table>
<tr><th>Tier</th><th>Qty</th><th>Unit USD</th><th>Lead time</th></tr>
<tr><td>Sample</td><td>6</td><td>142.00</td><td>20 days</td></tr>
<tr><td>Production</td><td>300</td><td>61.50</td><td>35 days</td></tr>
</table>
<div class="note"><p><b>Buyer note:</b> Please proceed with the 6 pre-production samples and ship by DHL to
Receiving, Dock B. Shonda Reyes (Technical Director) will review them for the new residency rig.</p></div>
"""
case("p02", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 6 samples shows linked quote with 300 production, nothing says not released; no event, no release person", [
    HTML("portal_PO_55231.html", "PO 55231 - Silver Mesa Supplier Portal", p02_body),
])

# p03: Polish ERP sample PO quoting the offer's serial quantity in the remarks
p03 = T("""
    OPERA NADODRZAŃSKA WE WROCŁAWIU                                   ZAMÓWIENIE / PURCHASE ORDER
    ul. Teatralna 9, 50-055 Wrocław   NIP 896-10-55-417                Nr: 2024/ZT/0415
                                                                       Data: 2024-03-14
    Dostawca / Supplier: KOVOSTAGE s.r.o., Závodní 14, 301 00 Plzeň, CZ    Nr dost.: D-0317
    Osoba kontaktowa / Contact: Agnieszka Zielińska, tel. +48 71 555 30 12
    --------------------------------------------------------------------------------------------
    Poz. Indeks         Nazwa / Description                          Ilość  JM   Cena EUR   Wartość
    --------------------------------------------------------------------------------------------
    10   OPN-CTC-32     Wózek prowadnicy kurtyny / curtain-track        8   szt    14,50      116,00
                        carrier CTC-32, łożyska kulkowe, rys.
                        OPN-DRG-3200 Rev 2 - PRÓBKI / SAMPLES
    --------------------------------------------------------------------------------------------
    Termin dostawy próbek / sample delivery: 2024-04-05, DAP Wrocław

    UWAGI / REMARKS:
    Zgodnie z ofertą KS-24-0133 z dnia 05.03.2024: 8 szt. próbek + 2 400 szt. produkcja seryjna,
    cena seryjna 2,85 EUR/szt.
    As per offer KS-24-0133 of 05.03.2024: 8 pcs samples + 2 400 pcs serial production, serial
    price EUR 2,85/pc.
    Dostawca posiada ISO 9001:2015. Świadectwo 3.1 wg EN 10204.

    Wystawił / Issued by: Agnieszka Zielińska
    --------------------------------------------------------------------------------------------
    Strona 1/1          wydruk z systemu ERP TEATR+ v4.2   2024-03-14 10:02
    """)
case("p03", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO (8) repeats the offer's 2 400 serial qty in remarks unmarked; no hold, event or release person", [
    TXT("ZT_0415_wydruk.txt", p03),
])

# p04: multi-file: sample PO + supplier quote with a 2.000 production tier; release person named only
p04_po = PDF("YL-7690_PO.pdf", [
    ("h1", "Yarra Lights Festival Pty Ltd - Purchase Order YL-7690"),
    ("p", "61 Lorimer St, Docklands VIC 3008. ABN 51 600 417 221. Date: 11/03/2024. Buyer: Bec Donnelly."),
    ("p", "Supplier: PT Nusantara Rigging Teknik, Jl. Rungkut Industri III/18, Surabaya 60293, Indonesia."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "CR-5/900", "Cable ramp 5-channel PU 900 mm, yellow lid, DRG YL-CR-900 Rev B - samples", "30", "52.00", "1,560.00"],
        ["2", "CR-5/900-M", "Mould modification (yellow lid insert)", "1", "640.00", "640.00"],
    ]),
    ("sp",),
    ("p", "Refer to supplier quotation NRT/Q/24/061 (attached to this PO)."),
    ("p", "Release authority: Lachlan Pike, Site Operations Manager."),
    ("p", "Deliver samples to Dock 3, Docklands by 26/04/2024. Ramps must take 20 t axle load (site traffic plan TP-2024-07)."),
], title="YL-7690", author="Bec Donnelly")
p04_q = PDF("NRT-Q-24-061.pdf", [
    ("h1", "PT NUSANTARA RIGGING TEKNIK - QUOTATION NRT/Q/24/061"),
    ("p", "To: Yarra Lights Festival Pty Ltd, Ibu Bec Donnelly. Date: 04 March 2024. Subject: cable ramp CR-5/900."),
    ("table", [
        ["No", "Description", "Qty", "Unit price USD", "Delivery"],
        ["1", "Sample cable ramp CR-5/900, PU shore 85A, yellow lid", "30 pcs", "52.00", "4 weeks"],
        ["2", "Mass production cable ramp CR-5/900", "2.000 pcs", "31.40", "6 weeks"],
        ["3", "Mould modification lid insert", "1 lot", "640.00", "included in sample time"],
    ]),
    ("sp",),
    ("p", "Price FOB Tanjung Perak Surabaya. Payment: T/T 30% DP, 70% before shipment. Validity 45 days."),
    ("p", "Hormat kami, Budi Santoso - Marketing"),
], title="NRT/Q/24/061", author="Budi Santoso")
case("p04", ["RG001", "RG003", "RG004"],
     "PO for 30 samples + attached quote with 2.000 mass production, nothing marks it informational; no hold/event; release person named", [
    p04_po, p04_q,
])

# p05: DOCX order letter with the offer table (12 + 960), release person named only
case("p05", ["RG001", "RG003", "RG004"],
     "order letter for 12 sample legs reproduces offer table with 960 series unmarked; no hold or event; release person named", [
    DOCX("Zamowienie_2024-ZT-0502.docx", [
        ("h1", "Zamówienie nr 2024/ZT/0502"),
        ("p", "Opera Nadodrzańska we Wrocławiu, ul. Teatralna 9, 50-055 Wrocław. Wrocław, 19.03.2024."),
        ("p", "Escenotecnia Levante S.L., Pol. Ind. Fuente del Jarro, 46988 Paterna (Valencia), Hiszpania. "
              "Attn. Mr Javier Morales."),
        ("p", "Dear Mr Morales,"),
        ("p", "Thank you for your offer OF-24-0112. We order the sample legs for our new orchestra-pit "
              "platforms. Your offer:"),
        ("table", [
            ["Poz.", "Opis / Description", "Ilość / Qty", "Cena / Price"],
            ["1", "Muestras / samples SDL-600 telescopic deck leg 600-1000 mm, rys. OPN-DRG-1200 Rev 4", "12 pcs", "EUR 38,00"],
            ["2", "Serie / series SDL-600", "960 pcs", "EUR 22,40"],
        ]),
        ("p", "Please produce twelve (12) sample legs and deliver them to our stage door (ul. Teatralna 9, "
              "rampa 2) until 19.04.2024."),
        ("p", "Decyzję o produkcji podejmuje / production release authority: Tomasz Wróblewski, Kierownik "
              "Techniczny."),
        ("p", "Z poważaniem / Best regards,"),
        ("p", "Agnieszka Zielińska, Dział Zamówień"),
    ], author="Agnieszka Zielińska"),
])

# p06: WhatsApp: sample PO with the quote's production tier in the same message, nothing else
p06 = T("""
    [18/03/2024, 15:20:04] Bec Donnelly: Hey Kevin, PO 7781 sent thru for the 10 sample yokes mate 👍
    [18/03/2024, 15:21:30] Bec Donnelly: your quote's in there too - 10 samples @ AUD 188 and 400 production @ AUD 74
    [18/03/2024, 15:21:52] Bec Donnelly: <attached: 00000017-PO_7781.pdf>
    [18/03/2024, 16:02:45] Kevin Liang: Hi Bec, well received, thank you! Yoke FSY-2500 for the 2500W follow spot same drawing rev 3 right?
    [18/03/2024, 16:10:13] Bec Donnelly: yep rev 3. start on the 10 samples, we need them here by 19 April for the lighting rehearsal
    [18/03/2024, 16:11:02] Kevin Liang: OK no problem 👌 sample 10 pcs ready 12 April
    """)
case("p06", ["RG001", "RG003", "RG004", "RG005"],
     "WhatsApp: 10-sample PO with the quote's 400 production in the same message; no hold, event or release person", [
    TXT("WhatsApp Chat with Kevin Liang HX.txt", p06),
])

# p07: Teams, unscoped green light after a technical question; scope otherwise complete
p07 = T("""
    Microsoft Teams - chat export
    Participants: Barnaby Okafor, Priya Wrenfield (Lantern Hall Touring); Emre Yıldız (Anatolia Sahne Metal)

    Barnaby Okafor  19/03/2024 11:02
    Hi Emre, PO LHT-3522 is with you. It covers 16 sample TC-50 clamps only.

    Barnaby Okafor  19/03/2024 11:03
    Balance of 1.184 on your quote is not released. It waits for Priya's sample sign-off and then a written release from Tom Ashdown, Head of Production.

    Emre Yıldız  19/03/2024 11:30
    Dear Barnaby, thank you. Two question before we start please: 1) zinc flake or hot dip galvanised? 2) bolt M12x1.75 class 8.8 or 10.9?

    Priya Wrenfield  19/03/2024 12:14
    Zinc flake (Geomet 500 equivalent is fine), bolt 8.8 per DRG 1200 Rev 4.

    Emre Yıldız  19/03/2024 12:20
    Clear. Anything else from your side?

    Barnaby Okafor  19/03/2024 12:26
    That's everything from us. Crack on, you've got the green light 👍

    Emre Yıldız  19/03/2024 12:27
    Thank you, we start.
    """)
case("p07", ["RG002"],
     "Teams: 'crack on, you've got the green light' names neither samples nor a quantity; scope stated earlier is complete", [
    TXT("Teams_LHT-3522_export.txt", p07),
])

# p08: repeat order, 'go ahead with the order per your quote', no quantity anywhere
p08_q = T("""
    Dear Kayla,

    As requested, our price for CR-5/900 cable ramps, same execution as your PO 54410 (2023):

      USD 48,20 / pc, FOB Istanbul, packing on EUR pallets
      Lead time: 5 weeks after order
      Offer TR-Q-0412 valid until 30 April 2024

    Best regards,
    Emre Yıldız
    Export Sales - Anatolia Sahne Metal
    """)
p08_txt = T("""
    Hi Emre,

    Price works for us. Go ahead with the order per TR-Q-0412, same spec as last year (yellow lids,
    anti-slip top, 5 x 50 mm channels). SAP PO number will follow for your paperwork.

    Ship to Receiving, Dock B, 5120 S Mesa View Dr. Call me with the ship date.

    Thanks!
    Kayla
    """) + sig("Kayla Brandt", "Purchasing Agent", SM, "+1 702 555 0147") + \
    "\nOn Thu, Mar 21, 2024 at 2:44 AM Emre Yıldız <emre.yildiz@anatoliasahne.com.tr> wrote:\n" + quote(p08_q)
case("p08", ["RG002", "RG010"],
     "repeat order: 'go ahead with the order per TR-Q-0412' with no quantity in the mail or the quoted offer", [
    EML("RE_CR-5_offer_TR-Q-0412.eml", mail(KAYLA, EMRE, "RE: CR-5/900 offer TR-Q-0412", "Thu, 21 Mar 2024 08:15:00 -0700",
                                            p08_txt, in_reply_to="<h217-trq0412@anatoliasahne.com.tr>")),
])

# p09: DOCX minutes: "approved" for drawing, PO and supplier; "approved to proceed" unscoped
case("p09", ["RG002", "RG009"],
     "minutes: 'approved' for drawing, PO (finance) and supplier start; 'approved to proceed' unscoped; scope otherwise complete", [
    DOCX("Prod_meeting_minutes_2024-03-06.docx", [
        ("h1", "Production meeting - minutes"),
        ("p", "Lantern Hall Touring Ltd - 'The Glass Orchard' UK/EU tour. Wednesday 6 March 2024, Tanner Yard, 10:00."),
        ("p", "Present: Tom Ashdown (Head of Production), Priya Wrenfield (Technical Director), Barnaby Okafor "
              "(Production Buyer), Gemma Rudd (Company Stage Manager). Apologies: LX supervisor."),
        ("h", "1. Truss clamps - Kovostage"),
        ("li", "PO LHT-3390 covers 20 sample TC-50 clamps. Balance 1.180 not released until sample sign-off (PW) "
               "and written release (Tom Ashdown)."),
        ("li", "DRG 1200 Rev 4 approved (PW) - thread now M12x1.75, bolt 8.8."),
        ("li", "PO LHT-3390 approved by finance (BO) on 05/03."),
        ("li", "Kovostage approved to proceed - BO to email Jiří today."),
        ("h", "2. Deck legs"),
        ("li", "Escenotecnia quote still outstanding. BO to chase."),
        ("h", "3. AOB"),
        ("li", "Get-in at Manchester Palace moved to Monday 15 April, 07:00 call."),
        ("p", "Next meeting: 13 March 2024."),
    ], author="Gemma Rudd"),
])

# p10: WeChat: deposit wired -> "you're good to run"
p10 = T("""
    WeChat chat history — Kevin Liang (Huaxing Stage) / Dwayne Kowalczyk (Silver Mesa)

    2024-03-04 07:31  Dwayne Kowalczyk: Morning Kevin. PO 55284 is for 6 sample yokes only. Balance of 294 not released until Shonda's sample sign-off and a written release from Marty Feld.
    2024-03-04 07:45  Kevin Liang: Good morning Dwayne, understand, 6 pcs sample first
    2024-03-04 07:46  Kevin Liang: For tooling deposit USD 1.800 please arrange, PI-HX-24-031 in email
    2024-03-08 18:22  Dwayne Kowalczyk: Deposit wired this morning, TT copy attached. You're good to run!
    2024-03-08 18:22  Dwayne Kowalczyk: [File] TT_copy_PI-HX-24-031.pdf
    2024-03-08 18:40  Kevin Liang: Received with thanks 🙏 we arrange production schedule tomorrow
    """)
case("p10", ["RG002", "RG012"],
     "WeChat: 'Deposit wired ... You're good to run!' ties the go-ahead to payment and names no quantity", [
    TXT("WeChat_Kevin_Liang_export.txt", p10),
])

# p11: buyer portal message: unscoped green light after a colour question; PO scope complete
p11_body = """
<div style="background:#0b3d2e;color:#fff;padding:8px 12px"><b>Yarra Lights</b> supplier hub &middot; Purchase orders</div>
<h2>PO YL-7733 &ndash; Escenotecnia Levante S.L.</h2>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit EUR</th></tr>
<tr><td>1</td><td>CTC-32</td><td>Curtain-track carrier 32 mm, ball bearing, DRG YL-DRG-0320 Rev C &ndash; samples</td><td>20</td><td>7,90</td></tr>
</table>
<div class="note"><p><b>Scope:</b> 20 sample carriers only. The balance of 580 carriers on quote EL-24-0240 is not
released until sample sign-off and a written release from Lachlan Pike, Site Operations Manager.
Material: samples only.</p></div>
<h3>Messages</h3>
<table>
<tr><th>From</th><th>Date</th><th>Message</th></tr>
<tr><td>Javier Morales (Escenotecnia)</td><td>27 Mar 2024 09:12</td><td>Hello Bec, please confirm the colour: black anodised or natural? We are ready to start.</td></tr>
<tr><td>Bec Donnelly (Yarra Lights)</td><td>27 Mar 2024 19:40</td><td>Black anodised confirmed. Green light from our end &#128077;</td></tr>
<tr><td>Javier Morales (Escenotecnia)</td><td>28 Mar 2024 08:03</td><td>Perfect, thank you. We plan it now.</td></tr>
</table>
"""
case("p11", ["RG002"],
     "portal message 'Green light from our end' after a colour question names no scope; PO scope note complete", [
    HTML("YL_hub_PO_YL-7733.html", "Yarra Lights supplier hub - PO YL-7733", p11_body),
])

# p12: two-level thread: buyer's original scope has no quantity; latest 'go ahead' unscoped
p12_l2 = T("""
    Dear Mr Budi,

    Please produce sample legs SDL-600 per drawing OPN-DRG-1200 Rev 4 (tube 60x3, S235, zinc plated).
    Production balance is not released until sample sign-off by Paweł Nowicki, our stage engineer,
    and written production release from Mr Tomasz Wróblewski, Technical Manager.

    Best regards,
    Agnieszka Zielińska
    """)
p12_l1 = T("""
    Dear Ibu Agnieszka,

    Noted with thanks. One question: packing in wooden crate or carton box? Please confirm.

    Best regards,
    Budi Santoso
    Marketing - PT Nusantara Rigging Teknik
    """) + "\nOn 20/03/2024 13:02, Agnieszka Zielińska wrote:\n" + quote(p12_l2)
p12_txt = T("""
    Dear Mr Budi,

    Wooden crate please, ISPM 15 marked. Go ahead.

    Best regards,
    Agnieszka Zielińska
    Specjalista ds. zamówień / Procurement
    Opera Nadodrzańska we Wrocławiu
    tel. +48 71 555 30 12
    """) + "\nOn 21/03/2024 04:17, Budi Santoso wrote:\n" + quote(p12_l1)
case("p12", ["RG002", "RG010"],
     "two-level thread: 'Go ahead.' unscoped, and the quoted original order names no sample quantity (hold/event/person present)", [
    EML("RE_RE_SDL-600_samples.eml", mail(AGA, BUDI, "RE: RE: SDL-600 sample legs", "Thu, 21 Mar 2024 09:30:00 +0100",
                                          p12_txt, in_reply_to="<h217-bs0321@nusantararigging.co.id>")),
])

# p13: sample PO mail: 'production quantity to follow', release person named, no hold/event
p13_txt = T("""
    Hola Javier,

    Attached is PO 55288 for eight (8) pre-production sample legs SDL-600 (600-1000 mm telescopic,
    DWG SM-1200-04 Rev 4), USD 44.00 each, DAP Las Vegas.

    Production quantity to follow.

    Release authority for this order: Marty Feld, VP Production Operations.

    Please confirm receipt and ship date.

    Thanks,
    Dwayne
    """) + sig("Dwayne Kowalczyk", "Purchasing Manager", SM, "+1 702 555 0139")
case("p13", ["RG003", "RG004"],
     "8-sample PO: 'production quantity to follow', never says the rest is not released, no unlock event; release person named", [
    EML("PO_55288_SDL-600.eml", mail(DWAYNE, JAVIER, "PO 55288 - SDL-600 pre-production samples",
                                     "Mon, 18 Mar 2024 13:05:00 -0700", p13_txt, html=as_html(p13_txt))),
])

# p14: 'on hold until further notice' (no unlock event); DOCX order letter attached
p14_doc = docx_bytes([
    ("h1", "Zamówienie nr 2024/ZT/0627 - RP-4"),
    ("p", "Opera Nadodrzańska we Wrocławiu, Dział Zamówień. Wrocław, 05.04.2024."),
    ("p", "Dostawca: Kovostage s.r.o., Plzeň. Oferta KS-24-0151 (10 + 240 szt.)."),
    ("table", [
        ["Poz.", "Opis", "Ilość", "Cena EUR"],
        ["1", "Płyta rigging RP-4 / four-way rigging plate S355J2 10 mm, WLL 2000 kg, rys. OPN-DRG-2000 Rev 12 - próbki", "10 szt.", "29,00"],
    ]),
    ("p", "Zamówienie obejmuje wyłącznie 10 próbek. This order covers the 10 sample plates only."),
    ("p", "Pozostałe 240 szt. wstrzymane do odwołania. The balance of 240 plates is on hold until further notice."),
    ("p", "Release authority: Tomasz Wróblewski, Kierownik Techniczny."),
    ("p", "Materiał tylko na próbki / material for the samples only."),
], author="Agnieszka Zielińska")
p14_txt = T("""
    Dzień dobry Panie Jiří,

    w załączniku zamówienie 2024/ZT/0627 na płyty RP-4. / Please find attached our order 2024/ZT/0627.

    Only the 10 sample plates now, please. The balance of 240 plates is on hold until further notice.
    Release authority is Mr Tomasz Wróblewski.

    Pozdrawiam serdecznie,
    Agnieszka Zielińska
    Dział Zamówień, Opera Nadodrzańska we Wrocławiu
    tel. +48 71 555 30 12
    """)
case("p14", ["RG004"],
     "10 samples, balance 240 'on hold until further notice' - no unlock event; release person named", [
    EML("Zamowienie_2024-ZT-0627.eml", mail(AGA, JIRI, "Zamówienie 2024/ZT/0627 - RP-4 próbki / samples",
                                            "Fri, 5 Apr 2024 10:40:00 +0200", p14_txt,
                                            attachments=[("Zamowienie_2024-ZT-0627.docx", p14_doc, DOCX_MT)])),
])

# p15: balance on hold, but no unlock event and no named release person; PDF PO attached
p15_po = pdf([
    ("h1", "Purchase Order LHT-3474"),
    ("p", "Lantern Hall Touring Ltd, 7 Tanner Yard, London SE1 3XT. Date: 11/03/2024."),
    ("p", "Supplier: Guangzhou Huaxing Stage Equipment Co., Ltd., Panyu District, Guangzhou, PRC. Quote Q-HX-2024-102."),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "LHT-FSY-2500", "Follow-spot yoke for 2500 W spot, AL 6082-T6, DRG LHT-2500 Rev 3 - samples", "20", "139.00", "2,780.00"],
    ]),
    ("sp",),
    ("p", "Note: 20 sample yokes only. Balance of the quoted 480 on hold."),
    ("p", "Ship by air, DAP London SE1. Commercial invoice and packing list with shipment."),
], title="LHT-3474", author="Barnaby Okafor")
p15_txt = T("""
    Hi Kevin,

    PO LHT-3474 attached: 20 sample yokes only. Balance of the quoted 480 on hold.

    Need the samples in London by 12 April please, the LX crew want them on the spots before the
    Birmingham get-in.

    Ta,
    Barnaby
    """) + sig("Barnaby Okafor", "Production Buyer", LH, "+44 20 7946 0831")
case("p15", ["RG004", "RG005"],
     "20 samples, 'balance of the quoted 480 on hold' - no unlock event and nobody named to release it", [
    EML("PO_LHT-3474.eml", mail(BARNABY, KEVIN, "PO LHT-3474 - FSY-2500 sample yokes", "Mon, 11 Mar 2024 14:55:00 +0000",
                                p15_txt, attachments=[("LHT-3474.pdf", p15_po, PDF_MT)])),
])

# p16: interim sign-off record: release 'by Production Dept.' (no named person)
case("p16", ["RG005"],
     "interim disposition 40 pcs with limits, balance 740 held until full sign-off + revised PO, but release 'by the Production Department'", [
    DOCX("SM_sample_disposition_CR-5.docx", [
        ("h1", "Sample Disposition - CR-5/900 cable ramp"),
        ("p", "Silver Mesa Resort & Showroom - Technical Department. Record SD-24-031, April 22, 2024."),
        ("table", [
            ["Field", "Entry"],
            ["Supplier", "PT Nusantara Rigging Teknik (Surabaya)"],
            ["PO", "55312 Rev 1 - 20 samples + 40 pcs first lot (cover 60); quote NRT/Q/24/077: 800 pcs total"],
            ["Samples tested", "20 of 20, load test 20,000 lb axle, 48 h UV chamber"],
            ["Finding", "lid hinge noise; 3 of 20 lids crack at -5 °C (cold room) - open"],
            ["Disposition", "INTERIM"],
        ]),
        ("p", "Interim approval: limited to 40 pcs, valid until May 31, 2024, for the indoor loading dock only. "
              "Supplier may produce 40 pcs under this interim disposition."),
        ("p", "The balance of 740 pcs (800 quoted less the 20 samples and the 40 interim pcs) is not released. It stays on hold until full "
              "sample sign-off (cold-room finding closed) and a revised PO."),
        ("p", "Release of the balance will be issued by the Production Department."),
        ("p", "Material authority: 40 pcs."),
        ("sp",),
        ("p", "Signed: Shonda Reyes, Technical Director"),
    ], author="Shonda Reyes"),
])

# p17: X12 850 print: header note and line disagree (21 vs 12); release 'BY BUYER'
p17 = T("""
    X12 850 PURCHASE ORDER - PRINT                               SILVER MESA RESORT & SHOWROOM
    ================================================================================================
    ISA/GS: SMRESORTLV -> ANATOLIASAHNE       CONTROL 000001184        DATE 2024-03-27 10:14
    BEG*00*SA*55337**20240327
    REF*VN*41020 (ANATOLIA SAHNE METAL SAN VE TIC AS, BURSA TR)
    PER*BD*DWAYNE KOWALCZYK*TE*7025550139

    MSG*SAMPLE LOT 21 PCS CR-5/900 CABLE RAMP FOR NEW FRONT-OF-HOUSE CABLE RUN.
    MSG*BALANCE OF QUOTE TR-Q-0390 ON HOLD PENDING SAMPLE SIGN-OFF BY SHONDA REYES.
    MSG*RELEASE: BY BUYER.

    PO1*1*12*EA*48.20**VP*SM-CR-5-900*BP*CR-5/900-YL
    PID*F****CABLE RAMP 5-CH PU 900MM YELLOW LID DWG SM-9000-03 REV 2 - SAMPLE
    DTM*002*20240419
    CTT*1*12
    ================================================================================================
    LINES: 1   TOTAL QTY: 12 EA   TOTAL USD: 578.40
    """)
case("p17", ["RG005", "RG011"],
     "EDI 850: header 'SAMPLE LOT 21 PCS' vs line qty 12; balance on hold pending sign-off but 'RELEASE: BY BUYER' names nobody", [
    TXT("EDI850_55337.txt", p17),
])

# p18: supplier status report: material for the full quantity + 'production continues directly'
case("p18", ["RG006", "RG007"],
     "supplier report: plate bought for 640 while 16 samples released; 'after your sample approval production continues directly'", [
    PDF("AS_status_report_W14_YL.pdf", [
        ("h1", "Anatolia Sahne Metal - Weekly Status Report W14/2024"),
        ("p", "Customer: Yarra Lights Festival Pty Ltd (Melbourne). Attn. Mr Mick Sutherland. Prepared: Burak Aydin, "
              "Planning. Date: 05.04.2024."),
        ("table", [
            ["Item", "Customer PO", "Released by customer", "Status"],
            ["RP-4 rigging plate S355J2 10 mm, DRG YL-RP-2000 Rev 12", "YL-7719", "16 pcs (samples)",
             "samples laser cut, welding W15, galv. ISO 1461 W16"],
        ]),
        ("sp",),
        ("table", [
            ["Material", "Quantity bought", "Enough for", "Remark"],
            ["S355J2 plate 10 mm, 3.1 cert EN 10204", "4,1 t", "640 pcs", "bought W13 to secure mill slot, price +9% from May"],
            ["M16 shackle bolts 8.8", "2.600 pcs", "640 pcs", "in stock"],
        ]),
        ("sp",),
        ("p", "Remarks: To keep your festival date, after your sample approval production of the 624 pcs "
              "continues directly, no delay. Samples dispatch planned 19.04.2024 by air (TK cargo)."),
        ("p", "Burak Aydin - Planning / Planlama"),
    ], title="Status W14", author="Burak Aydin"),
])

# p19: WhatsApp: supplier has ordered material for 2.000; buyer restates a complete scope
p19 = T("""
    [02/04/2024, 09:15:40] Dewi Lestari: Selamat pagi Bu Bec 🙏
    [02/04/2024, 09:16:22] Dewi Lestari: Info: we already order PU compound & steel insert for 2.000 pcs ramp, because supplier price naik (go up) next month 15%
    [02/04/2024, 09:16:58] Dewi Lestari: sample 24 pcs finish Friday
    [02/04/2024, 11:48:03] Bec Donnelly: Hang on Dewi - PO YL-7724 is for the 24 samples only. We never authorised material for 2,000
    [02/04/2024, 11:49:31] Bec Donnelly: The other 1,976 stay on hold until Lachie (Lachlan Pike) signs off the samples and sends you the written release. Pls don't convert any of that compound into ramps
    [02/04/2024, 12:30:10] Dewi Lestari: Baik Bu, understood. No production, only 24 sample. I discuss with Pak Budi about the material
    """)
case("p19", ["RG006"],
     "WhatsApp: supplier already ordered material for 2.000 with only 24 samples released and no material authority; buyer scope complete", [
    TXT("WhatsApp Chat with Dewi PPIC.txt", p19),
])

# p20: supplier reply quoting the buyer's complete scope: tube bought for all 800 + 'continue directly'
p20_q = T("""
    Hi Jiří,

    PO LHT-3455 attached. To be clear:
    - PO LHT-3455 covers 16 sample legs SDL-600 only.
    - Balance of 784 is not released until sample sign-off by Priya Wrenfield and a written release
      from Tom Ashdown, Head of Production.
    - Material: sample quantity only.

    Thanks,
    Barnaby
    """)
p20_txt = T("""
    Dear Barnaby,

    thank you, noted.

    To keep your tour date we have already ordered the tube 60x3 for all 800 legs, it is on stock
    in Plzeň now. After sample approval we continue directly with the 784 pcs, so you have them in
    week 27.

    Samples ship on 12.04. by DPD.

    S pozdravem / Best regards
    Jiří Dvořák
    obchodní oddělení / sales
    Kovostage s.r.o., Závodní 14, 301 00 Plzeň
    +420 377 105 220

    Tento e-mail je důvěrný. This e-mail is confidential.

    Dne 2. 4. 2024 v 17:21 Barnaby Okafor napsal(a):
    """) + quote(p20_q)
case("p20", ["RG006", "RG007"],
     "supplier reply: tube already bought for 800 (16 released, material sample-only) and 'after sample approval we continue directly with the 784'", [
    EML("RE_PO_LHT-3455.eml", mail(JIRI, BARNABY, "RE: PO LHT-3455 - SDL-600 sample legs", "Wed, 3 Apr 2024 08:05:00 +0200",
                                   p20_txt, in_reply_to="<h217-lht3455@lanternhall-touring.co.uk>")),
])

# p21: supplier: deposit received -> material for all 300 and production start
p21_txt = T("""
    Dear Dwayne,

    Good day! We received deposit 30% for PO 55296 today, thank you very much.

    PO 55296: 6 pcs samples FSY-2500, balance 294 pcs pending your release.

    Since deposit is received, we already purchase aluminium 6082-T6 bar for all 300 yokes and
    start production of the 300 pcs next Monday, so delivery can be before your summer show.

    Samples will be ready 15 April.

    Best regards,
    Kevin Liang
    Sales Manager | Guangzhou Huaxing Stage Equipment Co., Ltd.
    No. 18 Shiji Road, Panyu District, Guangzhou | +86 20 5555 7180
    """)
case("p21", ["RG006", "RG012"],
     "supplier: 'since deposit is received' buys material for 300 and starts production; only 6 samples authorised", [
    EML("HX_PO55296_update.eml", mail(KEVIN, DWAYNE, "PO 55296 deposit received - production plan",
                                            "Wed, 3 Apr 2024 17:20:00 +0800", p21_txt, html=as_html(p21_txt))),
])

# p22: supplier planning report treats the buyer's season forecast as an order and buys profile for it
case("p22", ["RG006", "RG008"],
     "supplier plan lists the opera's season forecast 3.000 as a firm customer order and has bought profile for 3.000; 8 samples released", [
    PDF("EL_plan_produccion_OPN.pdf", [
        ("h1", "Escenotecnia Levante - Plan de produccion / Production plan"),
        ("p", "Cliente / Customer: Opera Nadodrzanska we Wroclawiu. Articulo: CTC-32 curtain-track carrier, "
              "plano OPN-DRG-3200 Rev 2. Fecha: 28.03.2024. Preparado: Lucia Ferrer."),
        ("table", [
            ["Concepto", "Cantidad", "Referencia", "Estado"],
            ["Released by customer (samples)", "8 pcs", "PO 2024/ZT/0449", "in production, ship W15"],
            ["Customer order season 2024/25", "3.000 pcs", "forecast e-mail Mrs Zielinska 12.03.2024",
             "planned as firm order, W20-W28"],
            ["Aluminium profile 6060 T5", "for 3.000 pcs", "Aluminios del Turia, pedido 24-1187", "purchased, delivered 25.03"],
            ["Bearings 608-2RS", "6.000 pcs", "stock", "reserved"],
        ]),
        ("sp",),
        ("p", "Nota: we have secured the aluminium for the season order to keep the price of March."),
    ], title="Plan OPN", author="Lucia Ferrer"),
])

# p23: supplier portal: forgings for 1.500 staged while 12 released; no material authority
p23_body = """
<div style="background:#2d4f7c;color:#fff;padding:8px 12px"><b>KOVOSTAGE</b> &middot; zákaznický portál / customer portal</div>
<p>Zákazník / Customer: <b>Silver Mesa Resort &amp; Showroom</b>, Las Vegas &middot; stav k / as of 09.04.2024</p>
<table>
<tr><th>Zakázka / Job</th><th>Customer PO</th><th>Item</th><th>Released by customer</th><th>Balance</th><th>Material</th><th>WIP</th></tr>
<tr><td>KS-Z-24-0288</td><td>55270</td><td>TC-50 half-coupler, DWG SM-1200-04 Rev 4, M12x1.75</td>
<td>12 pcs (samples)</td><td>1.488 pcs &ndash; not released, waiting written release from Mr Marty Feld</td>
<td>forgings for 1.500 pcs staged, warehouse B (reserved for this customer)</td><td>samples machined, zinc flake W16</td></tr>
</table>
<p style="color:#666">Kovostage s.r.o. &middot; Plzeň &middot; ISO 9001:2015 &middot; kontakt: Petra Holubová, plánování výroby</p>
"""
case("p23", ["RG006"],
     "supplier portal: forgings for 1.500 staged against 12 released samples with no material authority", [
    HTML("kovostage_portal_KS-Z-24-0288.html", "Kovostage - zákaznický portál", p23_body),
])

# p24: supplier reply quoting the complete buyer scope, then assumes auto-conversion
p24_q = T("""
    Dear Emre,

    PO LHT-3560 attached.
    - It covers twenty-four (24) RP-4 sample rigging plates only.
    - The balance of 1.176 plates on quote AS-Q-24-118 is not released.
    - It waits for Priya Wrenfield's sample sign-off and then a written release from Tom Ashdown,
      Head of Production.

    Regards,
    Barnaby Okafor
    """)
p24_txt = T("""
    Dear Barnaby,

    Well noted, thank you for PO.

    For keep your tour date, after your sample approval we will roll directly into the 1.176 pcs
    serial production without waiting further paper. We hope it is ok for you, it save 2 weeks.

    Samples: laser W15, welding + galvanising W16 (ISO 1461, approx 85 µm), air freight W17.

    Best regards / Saygılarımla
    Emre Yıldız
    Export Sales
    Anatolia Sahne Metal San. ve Tic. A.Ş. - Nilüfer OSB, Bursa
    +90 224 555 41 12

    Bu e-posta gizlidir. This e-mail is confidential and intended only for the addressee.

    On 4.04.2024 16:40, Barnaby Okafor wrote:
    """) + quote(p24_q)
case("p24", ["RG007"],
     "supplier reply: 'after your sample approval we will roll directly into the 1.176 pcs' against a quoted complete scope", [
    EML("RE_PO_LHT-3560_RP-4.eml", mail(EMRE, BARNABY, "RE: PO LHT-3560 RP-4 samples", "Fri, 5 Apr 2024 09:12:00 +0300",
                                        p24_txt, in_reply_to="<h217-lht3560@lanternhall-touring.co.uk>")),
])

# p25: buyer contradicts his own written-release requirement; "approved" for samples and production
p25_att = T("""
    SILVER MESA - TECHNICAL DEPT - SAMPLE CHECK SHEET   PO 55305   SM-FSY-2500   DWG SM-2500-07 REV 3
    CHECKED BY: S. REYES   DATE: 04/08/2024   SAMPLES: 6

    #  CHARACTERISTIC          SPEC                 S1      S2      S3      S4      S5      S6
    1  PIVOT BORE              25.000 +0.021/0      25.008  25.011  25.004  25.019  25.010  25.006
    2  CLAMP THREAD            M12X1.75 6H          OK      OK      OK      OK      OK      OK
    3  PROOF LOAD 2X WLL 35KG  NO DEFORMATION       OK      OK      OK      OK      OK      OK
    4  ANODISE                 15 UM MIN            16      17      15      16      18      16

    STATUS: REVIEW IN PROGRESS - SALT SPRAY (ASTM B117 240 H) AT LAB, RESULT DUE 04/15
    """)
p25_txt = T("""
    Kevin,

    Per PO 55305 the 6 sample yokes are all that's covered today, and the 294 balance is not released yet.
    Shonda's check sheet so far is attached, salt spray result is due on the 15th.

    To save time though: once Shonda approves the samples, consider the 294 approved for production and
    run them. No need to wait on the paperwork from Marty.

    Dwayne
    """) + sig("Dwayne Kowalczyk", "Purchasing Manager", SM, "+1 702 555 0139")
case("p25", ["RG007", "RG009"],
     "buyer: 'once Shonda approves the samples, consider the 294 approved for production' - bypasses the written release; 'approved' for sample and production", [
    EML("FSY-2500_samples_PO55305.eml", mail(DWAYNE, KEVIN, "FSY-2500 samples / PO 55305", "Tue, 9 Apr 2024 16:02:00 -0700",
                                             p25_txt, cc=SHONDA,
                                             attachments=[("check_sheet_55305.txt", p25_att, "text/plain")])),
])

# p26: supplier production plan: 'customer sample approval -> automatic start mass production'
case("p26", ["RG007"],
     "supplier plan: 'customer sample approval -> automatic start mass production 1.480 pcs' with no recorded auto-conversion", [
    PDF("NRT_production_plan_LHT-3533.pdf", [
        ("h1", "PT Nusantara Rigging Teknik - Production Plan"),
        ("p", "Customer: Lantern Hall Touring Ltd, London. Customer PO: LHT-3533 (samples 20 pcs). "
              "Item: CTC-32 curtain-track carrier, drawing LHT-DRG-3200 rev 2. Issued: 10 April 2024 by Dewi Lestari, PPIC."),
        ("table", [
            ["Week", "Activity", "Qty", "Remark"],
            ["W16", "Sample production", "20 pcs", "PA6 wheels per rev 2"],
            ["W17", "Sample QC + ship DHL", "20 pcs", "CMM report + photos"],
            ["W19", "Customer sample approval", "-", "by Lantern Hall"],
            ["W19", "Automatic start mass production", "1.480 pcs", "after customer sample approval"],
            ["W23", "Mass production finish + ship by sea (Tanjung Perak - Felixstowe)", "1.480 pcs", "40' HC"],
        ]),
        ("sp",),
        ("p", "Note: to meet your tour date the mass production is planned to start immediately after sample approval."),
        ("p", "Dewi Lestari - PPIC"),
    ], title="Production plan LHT-3533", author="Dewi Lestari"),
])

# p27: WeChat: supplier links deposit and sample approval to mass production
p27 = T("""
    WeChat chat history — Amy Zhou (Huaxing) / Barnaby Okafor (Lantern Hall)

    2024-03-26 10:05  Barnaby Okafor: Hi Amy, PO LHT-3541 is for 12 RP-4 sample plates only. Balance of 288 not released until Priya signs off the samples and Tom Ashdown sends a written release.
    2024-03-26 10:20  Amy Zhou: received, thank you Barnaby 😊
    2024-04-02 09:48  Amy Zhou: Barnaby hi, TT deposit received 👍 so production is confirmed
    2024-04-02 09:49  Amy Zhou: when sample approved we go mass production directly, 12 samples + 288 pcs ship together, save freight
    2024-04-02 17:31  Barnaby Okafor: Noted Amy, will come back to you tomorrow
    """)
case("p27", ["RG007", "RG012"],
     "WeChat: supplier reads the deposit as 'production is confirmed' and plans to go to mass production directly on sample approval", [
    TXT("wechat_export_Amy_LHT-3541.txt", p27),
])

# p28: buyer forwards an internal labelled forecast and calls it a firm order
p28_inner_txt = T("""
    Kayla,

    For vendor planning: 2025 show calendar forecast for CR-5/900 ramps, about 1,200 pcs over the year
    (new residency + two arena one-offs). This is a forecast - not approved, subject to the residency
    contract being signed.

    Marty
    """)
p28_inner = mail(MARTY, KAYLA, "2025 ramp forecast (planning only)", "Fri, 29 Mar 2024 11:30:00 -0700", p28_inner_txt)
p28_txt = T("""
    Hi Emre,

    Forwarding Marty's note below. Please treat the 1,200 ramps as our firm order for 2025 and book
    the capacity now, monthly call-offs to follow from January.

    Same spec as PO 54410 (yellow lids, 5 x 50 mm channels).

    Thanks,
    Kayla
    """) + sig("Kayla Brandt", "Purchasing Agent", SM, "+1 702 555 0147")
case("p28", ["RG008"],
     "buyer forwards (rfc822) a forecast marked 'not approved' and writes 'treat the 1,200 ramps as our firm order'", [
    EML("FW_CR-5_2025.eml", mail(KAYLA, EMRE, "FW: 2025 ramp forecast (planning only)",
                                          "Mon, 1 Apr 2024 09:10:00 -0700", p28_txt,
                                          attachments=[("rfc822", p28_inner)])),
])

# p29: ERP delivery schedule headed FIRM although every line comes from the festival forecast
p29 = T("""
    YARRA LIGHTS FESTIVAL PTY LTD          DELIVERY SCHEDULE / LIEFERPLAN          PRINTED 15/04/2024 08:55
    SYSTEM: MYOB-ADV PURCHASING    SCHEDULE NO. YL-DS-0042    SUPPLIER: ESCENOTECNIA LEVANTE S.L. (2088)
    ITEM: CTC-32  CURTAIN-TRACK CARRIER 32MM BALL BEARING  DRG YL-DRG-0320 REV C
    --------------------------------------------------------------------------------------------------
    *** FIRM SCHEDULE - THESE QUANTITIES ARE A FIRM COMMITMENT. PLEASE PRODUCE TO THIS SCHEDULE. ***
    --------------------------------------------------------------------------------------------------
    DEL. DATE     QTY     SOURCE                              BUCKET
    15/10/2024    400     FESTIVAL PLAN FP-2025 (FORECAST)    FC
    15/11/2024    600     FESTIVAL PLAN FP-2025 (FORECAST)    FC
    15/12/2024    350     FESTIVAL PLAN FP-2025 (FORECAST)    FC
                -----
    TOTAL         1350
    --------------------------------------------------------------------------------------------------
    PREPARED BY: MICK SUTHERLAND, PROCUREMENT LEAD      CONTACT: +61 3 9555 0120
    """)
case("p29", ["RG008"],
     "delivery schedule headed 'firm commitment, produce to this schedule' while every line is the festival forecast", [
    TXT("YL-DS-0042_schedule.txt", p29),
])

# p30: buyer portal lists a forecast under 'Confirmed orders' as committed
p30_body = """
<div style="background:#3b1f4a;color:#fff;padding:8px 12px"><b>Lantern Hall Touring</b> &middot; Supplier extranet</div>
<p>Supplier: <b>Kovostage s.r.o.</b> (V-1188) &middot; Logged in as: Jiří Dvořák &middot; 16 April 2024</p>
<h3>Confirmed orders</h3>
<table>
<tr><th>Reference</th><th>Item</th><th>Qty</th><th>Scope</th><th>Status</th></tr>
<tr><td>PO LHT-3377</td><td>LHT-SDL-600 deck leg foot plate</td><td>60</td><td>full order, no balance</td><td>Delivered</td></tr>
<tr><td>PO LHT-3508</td><td>LHT-CR-5 cable ramp end cap</td><td>120</td><td>full order, no balance</td><td>Open</td></tr>
<tr><td>FC-2025-Q1</td><td>LHT-TC-5051 half-coupler TC-50, DRG 1200 Rev 4</td><td>2.000</td><td>tour forecast 2025 Q1</td><td>Confirmed &ndash; committed</td></tr>
</table>
<p style="color:#666">Questions: Barnaby Okafor, Production Buyer &middot; +44 20 7946 0831</p>
"""
case("p30", ["RG008"],
     "buyer extranet lists the 2025 Q1 tour forecast (2.000 clamps) under 'Confirmed orders' as 'committed'", [
    HTML("LHT_extranet_orders_V-1188.html", "Lantern Hall Touring - Supplier extranet", p30_body),
])

# p31: multi-file: sample PO + supplier OC that confirms the forecast as the order quantity
p31_po = T("""
    SILVER MESA RESORT & SHOWROOM - PURCHASING                       PURCHASE ORDER
    5120 S MESA VIEW DR, LAS VEGAS NV 89118                          PO NUMBER : 55340
                                                                     PO DATE   : 03/12/2024
    VENDOR: 40772 GUANGZHOU HUAXING STAGE EQUIPMENT CO LTD, PANYU, GUANGZHOU CN
    BUYER : KAYLA BRANDT, PURCHASING AGENT                           FOB: NANSHA PORT

    LN  ITEM          DESCRIPTION                                 SCOPE    QTY  UOM   UNIT USD    EXT USD
    --  ------------  ------------------------------------------  ------  ----  ---  --------  ---------
     1  SM-CR-5-900   RAMP, CABLE 5-CH PU 900MM YELLOW LID        SAMPLE    20   EA     46.00     920.00
                      DWG SM-9000-03 REV 2

    SCOPE NOTE:
    THIS PO COVERS 20 SAMPLE RAMPS ONLY. OUR 2024-25 ANNUAL FORECAST OF 1,500 RAMPS IS A FORECAST,
    NOT AN ORDER. THE BALANCE OF 1,480 IS NOT RELEASED UNTIL SAMPLE SIGN-OFF BY SHONDA REYES AND A
    REVISED PO SIGNED BY MARTY FELD, VP PRODUCTION OPERATIONS. MATERIAL: SAMPLE QUANTITY ONLY.
    """)
p31_oc = PDF("HX_order_confirmation_SO-24-0305.pdf", [
    ("h1", "Guangzhou Huaxing Stage Equipment Co., Ltd. - ORDER CONFIRMATION"),
    ("p", "OC No.: HX-SO-24-0305. Date: 2024-03-14. Customer: Silver Mesa Resort & Showroom, Las Vegas. "
          "Customer PO: 55340. Attn: Ms. Kayla Brandt."),
    ("table", [
        ["Item", "Description", "Confirmed order qty", "Unit USD", "Delivery"],
        ["CR-5/900", "Cable ramp 5 channel PU 900 mm, yellow lid, DWG SM-9000-03 Rev 2", "1.500 pcs (per your annual forecast)", "46,00 sample / 27,80 mass", "samples W14, mass W20-W26"],
    ]),
    ("sp",),
    ("p", "We confirm your order of 1.500 pcs. First 20 pcs are samples. Thank you for your order!"),
    ("p", "Amy Zhou - Merchandiser. Chop: Huaxing Stage Equipment (seal)."),
], title="HX-SO-24-0305", author="Amy Zhou")
case("p31", ["RG008", "RG011"],
     "PO: 20 samples, 1,500 labelled forecast; supplier OC confirms '1.500 pcs (per your annual forecast)' as the order", [
    TXT("PO_55340.txt", p31_po),
    p31_oc,
])

# p32: supplier capacity reservation that calls the buyer's forecast a committed order
case("p32", ["RG008"],
     "supplier capacity letter books the buyer's forecast (2.400 clamps) as 'committed order'", [
    DOCX("AS-KR-25-014_LHT.docx", [
        ("h1", "Capacity Reservation / Kapasite Rezervasyonu 2025"),
        ("p", "Anatolia Sahne Metal San. ve Tic. A.Ş., Nilüfer OSB, Bursa. Date: 08.04.2024. Ref: AS-KR-25-014."),
        ("p", "To: Lantern Hall Touring Ltd, Mr Barnaby Okafor."),
        ("p", "Dear Barnaby,"),
        ("p", "Thank you for your forecast e-mail of 04.03.2024 for next year tour. We have entered it in our "
              "capacity plan as below:"),
        ("table", [
            ["Customer", "Item", "Quantity", "Status", "Forging line slot"],
            ["Lantern Hall Touring", "TC-50 half-coupler, DRG 1200 Rev 4", "2.400 pcs", "Committed order", "W02-W09/2025"],
            ["Lantern Hall Touring", "RP-4 rigging plate, DRG 2000 Rev 12", "600 pcs", "Committed order", "W06-W08/2025"],
        ]),
        ("p", "With this committed order we keep the forging line free for you in Q1 2025. Please inform us "
              "early for any change."),
        ("p", "Saygılarımızla / Kind regards,"),
        ("p", "Burak Aydın, Planning - Emre Yıldız, Export Sales"),
    ], author="Burak Aydın"),
])

# p33: "approved" used for sample, PO and production; scope complete
p33_att = html_page("Sign-off summary PO 2024/ZT/0611", """
<h3>Podsumowanie / Summary - PO 2024/ZT/0611 - FSY-2500 jarzma / yokes</h3>
<table>
<tr><th>Step</th><th>Status</th><th>By</th><th>Date</th></tr>
<tr><td>Samples (6 pcs)</td><td>APPROVED (technical, load test 2 x WLL)</td><td>Paweł Nowicki</td><td>10.04.2024</td></tr>
<tr><td>PO 2024/ZT/0611</td><td>APPROVED (finance)</td><td>Dział Finansowy</td><td>11.04.2024</td></tr>
<tr><td>Production (balance 34 pcs)</td><td>NOT APPROVED - on hold</td><td>Tomasz Wróblewski (written approval)</td><td>-</td></tr>
</table>
""")
p33_txt = T("""
    Dzień dobry Panie Jiří,

    Good news: the 6 sample yokes FSY-2500 are approved by our engineer Paweł Nowicki after the load
    test. PO 2024/ZT/0611 is also approved by our financial department.

    Production is not approved yet. The balance of 34 yokes (40 in your offer KS-24-0162 less the 6
    samples) is on hold until Mr Tomasz Wróblewski, Technical Manager, sends written approval for
    production. Please do not buy material for the 34 before that.

    Summary table in attachment.

    Pozdrawiam,
    Agnieszka Zielińska
    Dział Zamówień, Opera Nadodrzańska we Wrocławiu
    tel. +48 71 555 30 12
    """)
case("p33", ["RG009"],
     "'approved' used for the samples (technical), the PO (finance) and production; scope, hold, event and person otherwise complete", [
    EML("FSY-2500_PO_2024-ZT-0611.eml", mail(AGA, JIRI, "FSY-2500 - próbki / samples - PO 2024/ZT/0611",
                                                 "Thu, 11 Apr 2024 14:20:00 +0200", p33_txt, html=as_html(p33_txt),
                                                 cc=TOMASZ,
                                                 attachments=[("podsumowanie_0611.html", p33_att, "text/html")])),
])

# p34: SAP print: "RELEASED" (release strategy) next to production "not released"
p34 = T("""
    SAP  ME23N  Display Purchase Order                                    LANTERN HALL TOURING LTD
    ---------------------------------------------------------------------------------------------
    Standard PO   4500003580        Vendor 100271 PT NUSANTARA RIGGING TEKNIK     Doc. date 18.04.2024
    Purch. Org. LH01  Purch. Group L03 (B. Okafor)      Company Code LH10      Currency USD
    ---------------------------------------------------------------------------------------------
    Release strategy  L2   Release indicator  R   RELEASED  (level 1 B. Okafor 18.04., level 2 finance 19.04.)
    ---------------------------------------------------------------------------------------------
    Itm  Material        Short text                             PO Qty  OUn  Net price   Deliv. date
    10   LHT-CR-5-900    Cable ramp 5-ch PU 900 mm, sample          30  PC      52.00    24.05.2024
                         DRG LHT-CR-900 Rev B
    ---------------------------------------------------------------------------------------------
    Header text:
    PO for 30 sample cable ramps only. Production is not released: the balance of 570 ramps
    (quote NRT/Q/24/083, 600 total) stays on hold until sample sign-off by P. Wrenfield and a
    written production release signed by Tom Ashdown, Head of Production.
    Material authority: samples only.
    ---------------------------------------------------------------------------------------------
    """)
case("p34", ["RG009"],
     "SAP print 'RELEASED' (PO release strategy) beside 'production is not released'; scope otherwise complete", [
    TXT("ME23N_4500003580.txt", p34),
])

# p35: Teams: "approved" for samples, PO and production; production approval 'from the office'
p35 = T("""
    Microsoft Teams
    Chat: Yarra Lights / Escenotecnia - CTC-32 carriers

    Bec Donnelly  10/04/2024 16:02
    Hola Lucía, update from our side:

    Bec Donnelly  10/04/2024 16:03
    Samples approved ✔ (Jess did the fit check on the river stage track, all good)
    PO YL-7752 approved ✔ (finance signed it off this morning)
    30 sample carriers only for now. The balance of 570 stays on hold until we send you the revised PO.

    Bec Donnelly  10/04/2024 16:04
    Production approval will come from the office once the revised PO is out.

    Lucía Ferrer  10/04/2024 16:30
    Hola Bec, muchas gracias! Understood, we wait the revised PO and the production approval. Only 30 pcs now.
    """)
case("p35", ["RG005", "RG009"],
     "Teams: 'approved' for samples, PO (finance) and production; production approval 'from the office' names nobody", [
    TXT("Teams_YL_Escenotecnia_CTC-32.txt", p35),
])

# p36: PO with 'qty as per quote' for the samples; no active quantity anywhere
p36_po = pdf([
    ("h1", "Purchase Order LHT-3596"),
    ("p", "Lantern Hall Touring Ltd, 7 Tanner Yard, London SE1 3XT. Date: 22/04/2024. Buyer: Barnaby Okafor."),
    ("p", "Supplier: Kovostage s.r.o., Plzen, CZ. Quote KS-24-0171."),
    ("table", [
        ["Line", "Part", "Description", "Scope", "Qty", "Unit EUR"],
        ["1", "LHT-TC-6063", "Half-coupler TC-60 for 60.3 mm tube, DRG 1260 Rev 2, M12x1.75 8.8", "sample", "as per quote", "15,20"],
    ]),
    ("sp",),
    ("p", "Scope note: sample quantity per your quote only. The production quantity is not released. It stays "
          "on hold until sample sign-off by Priya Wrenfield and a written release from Tom Ashdown, Head of "
          "Production. Material authority: samples only."),
], title="LHT-3596", author="Barnaby Okafor")
p36_txt = T("""
    Hi Jiří,

    PO LHT-3596 attached for the new TC-60 clamps (60.3 mm tube for the new ground-support towers).
    Please make the samples per your quote, usual load test report please.

    Scope is in the PO note: production not released until Priya signs off the samples and Tom
    Ashdown sends a written release.

    Cheers,
    Barnaby
    """) + sig("Barnaby Okafor", "Production Buyer", LH, "+44 20 7946 0831")
case("p36", ["RG010"],
     "sample PO and mail say 'as per quote' / 'per your quote' - the sample quantity authorised is never stated (quote not in bundle)", [
    EML("PO_LHT-3596_TC-60.eml", mail(BARNABY, JIRI, "PO LHT-3596 - TC-60 samples", "Mon, 22 Apr 2024 11:48:00 +0100",
                                      p36_txt, attachments=[("LHT-3596.pdf", p36_po, PDF_MT)])),
])

# p37: plain mail saved as text: samples 'as discussed', release 'from our side'
p37 = T("""
    From:    Agnieszka Zielińska <a.zielinska@opera-nadodrzanska.pl>
    Sent:    Tuesday, 16 April 2024 09:12
    To:      Petra Holubová <holubova@kovostage.cz>
    Cc:      Paweł Nowicki <p.nowicki@opera-nadodrzanska.pl>
    Subject: Wózki CTC-40 - próbki / sample carriers

    Dzień dobry Pani Petro,

    following our Tuesday call, please make the sample carriers CTC-40 (for the new 40 mm track on the
    main stage, drawing OPN-DRG-4000 Rev 1) as discussed.

    Rest of the quantity is not released until sample sign-off by our engineer. Release will come
    from our side.

    Z poważaniem,
    Agnieszka Zielińska
    Specjalista ds. zamówień / Procurement
    Opera Nadodrzańska we Wrocławiu
    """)
case("p37", ["RG005", "RG010"],
     "mail: 'make the sample carriers as discussed' (no quantity); release 'from our side' names nobody", [
    TXT("mail_CTC-40_probki.txt", p37),
])

# p38: WhatsApp: 'deposit's paid, so you can start on the samples' - no sample quantity at all
p38 = T("""
    [08/04/2024, 13:01:55] Mick Sutherland: G'day Budi, re the new CR-3 ramps for the gate crossings
    [08/04/2024, 13:02:40] Mick Sutherland: Rest of the ramps are not released until Lachie (Lachlan Pike) signs off the samples, he'll send you the written release after that
    [08/04/2024, 13:40:12] Budi Santoso: Noted Pak Mick 🙏 waiting the deposit for mould
    [10/04/2024, 09:22:31] Mick Sutherland: Deposit's paid mate, so you can start on the samples now
    [10/04/2024, 09:22:44] Mick Sutherland: <attached: 00000052-Remittance_YL_0410.pdf>
    [10/04/2024, 10:05:18] Budi Santoso: Siap, received. We start sample tomorrow 👍
    """)
case("p38", ["RG010", "RG012"],
     "WhatsApp: 'Deposit's paid mate, so you can start on the samples' - payment as trigger, sample quantity never stated", [
    TXT("WhatsApp Chat with Budi Santoso NRT.txt", p38),
])

# p39: buyer portal release page: 'RELEASED' workflow status and a production release with no quantity
p39_body = """
<div style="background:#1d2b3a;color:#fff;padding:8px 12px"><b>Silver Mesa Resort &amp; Showroom</b> &middot; Supplier Portal &middot; Releases</div>
<h2>PO 55349 &ndash; PT Nusantara Rigging Teknik</h2>
<table>
<tr><th>PO status</th><td>RELEASED (approval workflow complete, D. Kowalczyk 04/02/2024)</td></tr>
<tr><th>Item</th><td>SM-CTC-32 carrier, curtain track 32 mm, DWG SM-3200-02 Rev 5</td></tr>
<tr><th>PO quantity</th><td>600 EA (production scope)</td></tr>
</table>
<h3>Production releases</h3>
<table>
<tr><th>Release</th><th>Text</th><th>Released qty</th><th>Signed</th></tr>
<tr><td>R-01</td><td>First lot per delivery schedule &ndash; released for production</td><td>&mdash;</td><td>Marty Feld, VP Production Operations, 04/05/2024</td></tr>
</table>
<div class="note"><p>Remaining quantity is not released until acceptance of lot 1 at our receiving dock.
Release authority: Marty Feld.</p></div>
"""
case("p39", ["RG009", "RG010"],
     "portal: PO workflow 'RELEASED' and a production 'release' for the 'first lot' with no quantity", [
    HTML("portal_releases_55349.html", "Releases - PO 55349", p39_body),
])

# p40: multi-file: PO for 24 samples vs proforma for 42 that starts production on the deposit
p40_po = T("""
    YARRA LIGHTS FESTIVAL PTY LTD               PURCHASE ORDER            PO No.: YL-7760
    61 Lorimer St, Docklands VIC 3008           Date: 17/04/2024          Buyer: Mick Sutherland
    Supplier: ESCENOTECNIA LEVANTE S.L., Paterna (Valencia), ES (2088)

    Ln  Item        Description                                          Qty   Unit EUR   Total EUR
    1   SDL-600     Telescopic deck leg 600-1000mm 60x3 S235              24      39,50      948,00
                    DRG YL-SDL-600 Rev A - SAMPLES
    2   SDL-TOOL    Jig for foot-plate welding                              1     450,00      450,00
                                                                                         ---------
                                                                              TOTAL EUR  1.398,00
    SCOPE:
    This PO covers twenty-four (24) sample legs and the jig only. The balance of 1,176 legs on quote
    EL-24-0266 is not released until sample sign-off and a written release signed by Lachlan Pike,
    Site Operations Manager. Material for the 24 samples only. Payment: 30% deposit on proforma.
    """)
p40_pi = PDF("EL_factura_proforma_PF-24-118.pdf", [
    ("h1", "FACTURA PROFORMA / PROFORMA INVOICE PF-24-118"),
    ("p", "Escenotecnia Levante S.L., Paterna (Valencia). CIF B-46917730. Fecha: 19/04/2024."),
    ("p", "Cliente: Yarra Lights Festival Pty Ltd, Docklands VIC. Su pedido / your PO: YL-7760."),
    ("table", [
        ["Linea", "Descripcion", "Cantidad", "Precio EUR", "Importe EUR"],
        ["1", "Pata telescopica SDL-600 - muestras / samples", "42 pcs", "39,50", "1.659,00"],
        ["2", "Utillaje soldadura / welding jig", "1", "450,00", "450,00"],
        ["", "Total", "", "", "2.109,00"],
        ["", "Anticipo 30% / deposit 30%", "", "", "632,70"],
    ]),
    ("sp",),
    ("p", "Production will start on receipt of the 30% deposit. Plazo: 4 semanas desde el anticipo."),
    ("p", "IBAN ES00 0000 0000 0000 0000 0000 (ejemplo). Javier Morales, Comercial."),
], title="PF-24-118", author="Javier Morales")
case("p40", ["RG011", "RG012"],
     "PO says 24 sample legs, proforma says 42; proforma: 'production will start on receipt of the 30% deposit'", [
    TXT("PO_YL-7760.txt", p40_po),
    p40_pi,
])

# p41: one PO states the sample quantity twice, differently
case("p41", ["RG011"],
     "PO note says 'twenty (20) sample yokes', line table says 24; hold, event and person stated", [
    PDF("YL-7768_PO.pdf", [
        ("h1", "Yarra Lights Festival Pty Ltd - Purchase Order YL-7768"),
        ("p", "61 Lorimer St, Docklands VIC 3008. Date: 23/04/2024. Buyer: Bec Donnelly. "
              "Supplier: PT Nusantara Rigging Teknik, Surabaya. Quote NRT/Q/24/090."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
            ["1", "FSY-2500", "Follow-spot yoke for 2500 W spot, steel S235 powder coat black, DRG YL-FSY-25 Rev 3 - samples", "24", "96.00", "2,304.00"],
        ]),
        ("sp",),
        ("p", "Scope: this PO authorises twenty (20) sample yokes. The balance of the quoted 220 yokes is not "
              "released until sample sign-off by Jess Tran (Rigging Engineer) and a written release signed by "
              "Lachlan Pike, Site Operations Manager. Material for the samples only."),
        ("p", "Deliver to Dock 3 by 24/05/2024 for the tower-spot rehearsal."),
    ], title="YL-7768", author="Bec Donnelly"),
])

# p42: cover mail and attached PO disagree on the PO number
p42_po = pdf([
    ("h1", "ZAMOWIENIE / PURCHASE ORDER 2024/ZT/0702"),
    ("p", "Opera Nadodrzanska we Wroclawiu, ul. Teatralna 9, 50-055 Wroclaw. Data: 2024-04-24."),
    ("p", "Dostawca / Supplier: Guangzhou Huaxing Stage Equipment Co., Ltd., Panyu, Guangzhou, Chiny."),
    ("table", [
        ["Poz.", "Opis / Description", "Ilosc / Qty", "Cena USD"],
        ["10", "Jarzmo FSY-2500 / follow-spot yoke 2500 W, rys. OPN-DRG-2500 Rev 3 - probki / samples", "10 szt.", "138,00"],
    ]),
    ("sp",),
    ("p", "Uwagi / Remarks: 10 sample yokes only. Balance of the quoted 90 yokes not released until sample "
          "sign-off by Pawel Nowicki and written production release by Tomasz Wroblewski, Technical Manager. "
          "Material: samples only."),
    ("p", "Wystawil / Issued by: Agnieszka Zielinska"),
], title="2024/ZT/0702", author="Agnieszka Zielinska")
p42_txt = T("""
    Dear Mr Kevin,

    In attachment our PO 2024/ZT/0720 for ten (10) sample yokes FSY-2500, drawing OPN-DRG-2500 Rev 3.
    Balance of the quoted 90 yokes is not released until sample sign-off by Paweł Nowicki and written
    production release from Mr Tomasz Wróblewski.

    Please confirm the PO number on your order confirmation and proforma.

    Best regards,
    Agnieszka Zielińska
    Dział Zamówień / Procurement
    Opera Nadodrzańska we Wrocławiu
    """)
case("p42", ["RG011"],
     "cover mail cites PO 2024/ZT/0720, the attached PO is 2024/ZT/0702 (same 10 samples, otherwise complete scope)", [
    EML("PO_2024-ZT-0720_FSY-2500.eml", mail(AGA, KEVIN, "PO 2024/ZT/0720 - FSY-2500 samples",
                                            "Wed, 24 Apr 2024 12:33:00 +0200", p42_txt,
                                            attachments=[("Zamowienie_2024-ZT-0702.pdf", p42_po, PDF_MT)])),
])

# p43: supplier treats PO acceptance as authority to produce
p43_q = T("""
    Dear Mr Morales,

    Please find attached our PO 2024/ZT/0561.
    - It covers twelve (12) sample legs SDL-600 only.
    - The balance of 588 legs from your offer OF-24-0130 (600 total) is not released.
    - It waits for sample sign-off by Paweł Nowicki and written production release from
      Mr Tomasz Wróblewski, Technical Manager.

    Best regards,
    Agnieszka Zielińska
    """)
p43_txt = T("""
    Dear Mrs Zielińska,

    Many thanks for your order. We confirm acceptance of your PO 2024/ZT/0561.

    As the PO is accepted, we start the production per our offer next week, so the legs are ready
    for your autumn season. The samples we send first by express.

    Un saludo cordial,
    Javier Morales
    Departamento Comercial
    Escenotecnia Levante S.L. - Paterna (Valencia)
    Tel. +34 961 555 208

    AVISO LEGAL: Este mensaje y sus anexos son confidenciales. / This message and its attachments are confidential.

    El 08/04/2024 a las 10:15, Agnieszka Zielińska escribió:
    """) + quote(p43_q)
case("p43", ["RG012"],
     "supplier: 'As the PO is accepted, we start the production per our offer' against a quoted 12-sample scope", [
    EML("RE_Pedido_2024-ZT-0561.eml", mail(JAVIER, AGA, "RE: Zamówienie 2024/ZT/0561 - SDL-600", "Tue, 9 Apr 2024 17:44:00 +0200",
                                          p43_txt, in_reply_to="<h217-zt0561@opera-nadodrzanska.pl>")),
])

# p44: release record: table 380, text 360
case("p44", ["RG011"],
     "release record: table says 380 released, text says 'three hundred and sixty (360)'", [
    DOCX("Zwolnienie_produkcji_SDL-600.docx", [
        ("h1", "Zwolnienie produkcji / Production release ZP-2024/006"),
        ("p", "Opera Nadodrzańska we Wrocławiu - Dział Techniczny. Wrocław, 29.04.2024."),
        ("p", "Do / To: Kovostage s.r.o., p. Jiří Dvořák, p. Petra Holubová."),
        ("table", [
            ["Pole / Field", "Wartość / Value"],
            ["Część / Part", "SDL-600 telescopic deck leg, rys. OPN-DRG-1200 Rev 4"],
            ["Pokrycie / Commercial cover", "PO 2024/ZT/0466 Rev 1 - 400 szt. (20 próbek + 380)"],
            ["Zdarzenie / Unlock event", "Protokół odbioru próbek PP-2024/021 z 26.04.2024 - zatwierdzone (P. Nowicki)"],
            ["Ilość zwolniona / Released quantity", "380 szt."],
            ["Zwalnia / Released by", "Tomasz Wróblewski, Kierownik Techniczny"],
        ]),
        ("p", "Niniejszym zwalniamy do produkcji trzysta sześćdziesiąt (360) nóg SDL-600. / We hereby release "
              "three hundred and sixty (360) SDL-600 legs for production."),
        ("p", "Dostawy / deliveries: 2 partie, 05.06 i 26.06.2024."),
        ("p", "Podpis / signed: Tomasz Wróblewski"),
    ], author="Tomasz Wróblewski"),
])

# p45: supplier OC: down payment received -> production of the full quantity started
case("p45", ["RG012"],
     "supplier OC: 12 samples, balance pending release, yet 'down payment received -> production of full 600 started'", [
    DOCX("NRT_Order_Confirmation_55410.docx", [
        ("h1", "ORDER CONFIRMATION / KONFIRMASI PESANAN"),
        ("p", "PT Nusantara Rigging Teknik, Jl. Rungkut Industri III/18, Surabaya 60293. No: NRT/OC/24/044. "
              "Date: 15 March 2024."),
        ("p", "Customer: Silver Mesa Resort & Showroom, Las Vegas NV, USA. Attn: Mr Dwayne Kowalczyk."),
        ("table", [
            ["Customer PO", "Item", "Qty authorised", "Remark"],
            ["55410", "CTC-32 curtain-track carrier, DWG SM-3200-02 Rev 5", "12 pcs sample",
             "balance 588 pcs pending customer release"],
        ]),
        ("h", "Status"),
        ("p", "Down payment 30% received 14-Mar-2024. Thank you. With the down payment received, production of "
              "the full quantity 600 pcs is started in our factory, for shipment together with the samples."),
        ("p", "Hormat kami / Best regards,"),
        ("p", "Budi Santoso, Marketing"),
    ], author="Budi Santoso"),
])


# =================================================================== WRITE
def _safe(stem):
    return re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("_")


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case id"
    assert len(CASES) == 70, len(CASES)
    assert sum(1 for c in CASES if not c["expect"]) == 25
    for rid in (f"RG{n:03d}" for n in range(1, 13)):
        assert sum(1 for c in CASES if rid in c["expect"]) >= 6, rid

    order = list(CASES)
    random.Random(217217).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        first = c["files"][0][0]
        folder = f"h217_{i:02d}_{_safe(Path(first).stem)}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    print(f"wrote {len(order)} cases to {OUT}")


if __name__ == "__main__":
    main()
