#!/usr/bin/env python3
"""Generator for the releasegate check_holdout224 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout224/build.py

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
    m["Message-ID"] = msgid or f"<h224-{_MSGN[0]:04d}@{dom}>"
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
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h224")
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



# ------------------------------------------------------- helpers added for h224
import textwrap  # noqa: E402
from email.utils import format_datetime  # noqa: E402


def T(s):
    """Dedent a hand-written block and strip the leading newline."""
    return textwrap.dedent(s).lstrip("\n")


def when(y, mo, d, h, mi, tz_hours):
    tz = _dt.timezone(_dt.timedelta(hours=tz_hours))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, 0, tzinfo=tz))


def quote(text, level=1):
    pre = "> " * level
    return "\n".join((pre + ln).rstrip() for ln in text.rstrip("\n").split("\n")) + "\n"


def to_html(text):
    """Very small text -> HTML for the text/html alternative of a mail."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #999;padding-left:6px\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def F(name, data):
    """A top-level file of a case: text is written as UTF-8."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return (name, data)


def eml(name, m):
    return (name, eml_bytes(m))


# parties (all fictional)
BK = "ballykeelstud.ie"
BCT = "bluegrasscoachtrailer.com"
AR = "alrimal-equestrian.sa"
TR = "tussockrein.co.nz"
HF = "hartshorneforge.co.uk"
GSH = "gangasaddlery.in"
DX = "dingxinmetal.cn"
SJ = "stajmet.pl"
HP = "herrajesdelplata.com.ar"

SIOBHAN = f"Siobhán Moriarty <purchasing@{BK}>"
DECLAN = f"Declan Moran <declan.moran@{BK}>"
WADE = f"Wade Pruitt <wpruitt@{BCT}>"
HANK = f"Hank Dorsey <hdorsey@{BCT}>"
FAISAL = f"Faisal Al-Harbi <f.alharbi@{AR}>"
MEREANA = f"Mereana Tawhiri <mereana@{TR}>"
GARETH = f"Gareth Bowen <gareth.bowen@{HF}>"
RAJESH = f"Rajesh Kumar Awasthi <export@{GSH}>"
CATHY = f"Cathy Zhang <cathy.zhang@{DX}>"
PAWEL = f"Paweł Wiśniewski <p.wisniewski@{SJ}>"
MARTIN = f"Martín Echeverría <mecheverria@{HP}>"

SIG_SIOBHAN = sig("Siobhán Moriarty", "Purchasing & Administration", "Ballykeel Stud, Athy Road, Kildare, Ireland", "+353 45 52 1180")
SIG_WADE = sig("Wade Pruitt", "Purchasing", "Bluegrass Coach & Trailer Co., Paris, KY 40361", "+1 859 555 0147")
SIG_FAISAL = sig("Faisal Al-Harbi", "Procurement Officer", "Al-Rimal Equestrian Club, Riyadh, Kingdom of Saudi Arabia", "+966 11 555 0192")
SIG_MEREANA = sig("Mereana Tawhiri", "Buyer", "Tussock & Rein Saddlery Ltd, Cambridge, Waikato, New Zealand", "+64 7 555 0136")
SIG_GARETH = sig("Gareth Bowen", "Sales Manager", "Hartshorne Forge & Fittings Ltd, Walsall, West Midlands WS2", "+44 1922 555 014")
SIG_RAJESH = sig("Rajesh Kumar Awasthi", "Export Manager", "Ganga Saddlery Hardware Pvt. Ltd., Dada Nagar, Kanpur 208022, U.P., India", "+91 512 229 6114")
SIG_CATHY = sig("Cathy Zhang", "Sales Dept.", "Hebei Dingxin Metal Products Co., Ltd., Cangzhou, Hebei, China", "+86 317 555 0288")
SIG_PAWEL = sig("Paweł Wiśniewski", "Export Sales", "Stajmet Sp. z o.o., ul. Przemysłowa 12, 64-100 Leszno, Poland", "+48 65 555 0173")
SIG_MARTIN = sig("Martín Echeverría", "Ventas / Export", "Herrajes del Plata S.R.L., Parque Industrial Pilar, Buenos Aires, Argentina", "+54 230 555 0161")


# =================================================================== CLEAN
# c01 supplier quote with sample and production tiers (PDF) -- quote alone, nothing authorized
case("c01", [], "supplier quote with sample / 500 / 1.000 pair tiers; no authorization in the bundle",
     [F("Quotation_GSH-Q-24-0412.pdf", pdf([
         ("h1", "GANGA SADDLERY HARDWARE PVT. LTD."),
         ("p", "Plot 14, Dada Nagar Industrial Area, Kanpur - 208022, U.P., India | ISO 9001:2015 certified | "
               "Export House recognised by DGFT"),
         ("h", "QUOTATION No. GSH/Q/24-0412 dated 18.04.2024"),
         ("p", "To: Ms. Mereana Tawhiri, Buyer, Tussock & Rein Saddlery Ltd, Cambridge, Waikato, New Zealand"),
         ("p", "Kind Attn: Mereana ji. With reference to your enquiry dated 09.04.2024 for stainless steel stirrup "
               "irons, we are pleased to quote our best rates as under:"),
         ("table", [
             ["Item", "Description", "Qty", "Unit", "Rate (USD)", "Remarks"],
             ["1", "SI-120 stirrup iron, 120 mm tread, AISI 316, electro-polished, DRG SI-120 Rev 04", "6", "pairs",
              "18.50", "Samples - 3 weeks"],
             ["2", "SI-120 as above, production lot", "500", "pairs", "9.85", "45 days from your written release"],
             ["3", "SI-120 as above, production lot", "1.000", "pairs", "9.20", "60 days from your written release"],
         ]),
         ("sp",),
         ("p", "Terms: FOB Kanpur / ICD Panki. Payment: 30% advance against PI, balance against copy of B/L. "
               "Validity: 60 days. Tread tested 300 kg static load for 12 h, report enclosed with samples."),
         ("p", "Note: This is a quotation only. Production quantities are subject to your purchase order and your "
               "written production release. No material will be purchased by us beyond the samples till then."),
         ("p", "Hoping to receive your valued order. Thanking you and assuring you of our best services at all times."),
         ("p", "For GANGA SADDLERY HARDWARE PVT. LTD. - Rajesh Kumar Awasthi, Export Manager, +91 512 229 6114"),
     ], title="Quotation GSH/Q/24-0412", author="Ganga Saddlery Hardware"))])

# c02 buyer RFQ with three quantity scenarios (EML, multipart/alternative + DOCX spec sheet)
_c02_text = T("""
    Hey Pawel,

    Hope y'all are doing well over there. We're looking at a second source for the breast bars on the
    Liberty 3H slant-load trailer, and Carla says your welds on the tack-room brackets held up real good,
    so here we are.

    Could you quote TBB-1650 per DRG 4500 Rev 12 (spec sheet attached) at three quantities:
      - 25 pcs
      - 250 pcs
      - 1,000 pcs

    This is a request for quote only. It is not an order, and nothing is authorized to build or to buy
    material against it. If we move forward you'll get a numbered PO with its own scope.

    Need pricing by June 21 if you can swing it. Galvanizing per ASTM A123 or EN ISO 1461, either one is
    fine, just tell us which.

    Thanks a bunch,
    Wade
    """) + SIG_WADE
_c02_docx = docx_bytes([
    ("h1", "RFQ 24-118 - Specification sheet"),
    ("p", "Bluegrass Coach & Trailer Co., Paris, Kentucky. Item: TBB-1650 trailer breast bar, quick-release."),
    ("table", [
        ["Item", "Requirement"],
        ["Drawing", "DRG 4500 Rev 12"],
        ["Material", "S355J2H tube 48.3 x 3.2 (or ASTM A500 Gr. B equivalent)"],
        ["Length", "1650 mm +/- 2 mm"],
        ["Pin", "Quick-release pin M16x2.0, stainless A2, with lanyard"],
        ["Coating", "Hot-dip galvanized, ASTM A123 or EN ISO 1461, 85 µm min."],
        ["Welding", "AWS D1.1 or EN 1090-2 EXC2; welder certificates on request"],
        ["Quantities to quote", "25 / 250 / 1,000 pcs - for quoting only, not an order"],
    ]),
    ("p", "Please state lead time for each quantity and the MOQ for galvanizing."),
], author="Wade Pruitt")
case("c02", [], "buyer RFQ with 25/250/1,000 scenarios, explicitly not an order; nothing authorized",
     [eml("RFQ_24-118.eml", mail(WADE, PAWEL, "RFQ 24-118 - trailer breast bars TBB-1650 (pricing only)",
                                 when(2024, 6, 10, 10, 22, -4), _c02_text, html=to_html(_c02_text),
                                 attachments=[("RFQ_24-118_spec.docx", _c02_docx, DOCX_MT)]))])

# c03 supplier's go-ahead question under a complete scope; buyer says no (WhatsApp)
case("c03", [], "supplier asks for go-ahead on the 288; buyer restates 12 samples only, hold, sign-off + Declan's written release",
     [F("WhatsApp Chat with Martin Herrajes.txt", T("""
        [28/05/2024, 10:15:42] Siobhán Moriarty: Hi Martín, PO BK-24-0122 is in your inbox. It's for the twelve (12) sample anti-cast bolts ACB-300 only. The other 288 on your quote are not released - they stay on hold until Aoife signs off the samples here and Declan Moran (stud manager) sends you a written release.
        [28/05/2024, 10:31:07] Martín Echeverría: Perfecto Siobhán, recibido. We make the 12 muestras this week 👍
        [04/06/2024, 16:48:55] Martín Echeverría: Hola! Samples are ready, sending by DHL tomorrow. Quick question - tenemos el go-ahead para el saldo de 288? the steel price is going up here, la inflación... 😅
        [04/06/2024, 17:02:30] Siobhán Moriarty: Ah no, not yet Martín, sorry. Just the 12 samples for now. The 288 stay on hold until Aoife signs the samples off and Declan sends the written release. Please don't buy bar for them yet.
        [04/06/2024, 17:05:12] Martín Echeverría: Ok ok entendido, no problem. We wait for Declan. Saludos!
        [04/06/2024, 17:05:40] Siobhán Moriarty: 👍
        """))])

# c04 clearly labelled forecast (PDF)
case("c04", [], "demand plan labelled forecast only, not a PO, no production release or material authority",
     [F("TR_supplier_plan_FY25_SRB-450.pdf", pdf([
         ("h1", "Tussock & Rein Saddlery Ltd - Supplier Demand Plan FY2025"),
         ("p", "Supplier: Stajmet Sp. z o.o., Leszno (PL) | Item: SRB-450 saddle-rack bracket, 450 mm arm, RAL 9005 | "
               "Issued 12 July 2024 by Mereana Tawhiri, Buyer"),
         ("p", "FORECAST ONLY - NOT A PURCHASE ORDER. This plan gives no production release and no material "
               "authority. The quantities are non-binding estimates for your capacity planning. Orders are placed "
               "only by a numbered T&R purchase order, and production is released only in writing by Brooke "
               "Fairweather, General Manager."),
         ("table", [
             ["Quarter (NZ FY)", "Est. qty (pcs)", "Basis"],
             ["Q1 Jul-Sep 2024", "120", "forecast"],
             ["Q2 Oct-Dec 2024", "180", "forecast"],
             ["Q3 Jan-Mar 2025", "90", "forecast"],
             ["Q4 Apr-Jun 2025", "210", "forecast"],
             ["Total FY25", "600", "forecast"],
         ]),
         ("sp",),
         ("p", "The Q4 bump is the Fieldays and the autumn shows, so don't read too much into it. We'll refresh "
               "this plan every quarter. Cheers, Mereana"),
     ], title="Supplier demand plan FY25", author="Tussock & Rein"))])

# c05 sample sign-off "approved for fit check only; production not released" (DOCX)
case("c05", [], "sample sign-off approved for fit check only; 480 production sets on hold until Declan Moran's written release",
     [F("Sample_signoff_SDB-K10.docx", docx_bytes([
         ("h1", "Ballykeel Stud - Sample Sign-off Record"),
         ("table", [
             ["Field", "Entry"],
             ["Supplier", "Hartshorne Forge & Fittings Ltd, Walsall"],
             ["Part", "SDB-K10 stable-door bolt kit (kick-over bolt + slide bolt), DRG HF-2210 Rev 3"],
             ["PO", "BK-24-0117 - 12 sample sets"],
             ["Samples received", "21 May 2024, twelve (12) sets"],
             ["Inspected by", "Aoife Kinsella, Yard & Facilities Engineer"],
             ["Fitted to", "Boxes 14 and 15, foaling unit doors (44 mm frames)"],
         ]),
         ("h", "Disposition"),
         ("p", "Approved for fit check only; production not released."),
         ("p", "The bolts fit the 44 mm frames grand and the kick-over works one-handed with gloves on. The slide "
               "bolt keep on the foaling unit needs 2 mm more clearance - Hartshorne to confirm on DRG Rev 4."),
         ("h", "Production quantity"),
         ("p", "The 480 production sets on quote HF-Q-2291 are not released. They stay on hold until a written "
               "release from Declan Moran, Stud Manager, issued after this sign-off and the Rev 4 drawing check. "
               "Material authority: sample quantity only."),
         ("p", "Signed: Aoife Kinsella, 23 May 2024"),
     ], author="Aoife Kinsella"))])

# c06 full-quantity PO on a buyer portal (HTML)
case("c06", [], "full and final quantity PO (36 brackets), no sample stage and no balance; 'proceed with all 36' is scoped",
     [F("AR-PO-24-0316.html", html_page("Al-Rimal Equestrian Club - Procurement Portal - PO AR-PO-24-0316", T("""
        <h2>Al-Rimal Equestrian Club &mdash; Procurement Portal</h2>
        <p>Purchase Order <b>AR-PO-24-0316</b> &nbsp;|&nbsp; Date: 16/06/2024 &nbsp;|&nbsp; Status: Issued to supplier</p>
        <p>Supplier: Hartshorne Forge &amp; Fittings Ltd, Walsall, United Kingdom (Vendor 11042)<br>
        Deliver to: Stable Block C, Al-Rimal Equestrian Club, Northern Ring Road, Riyadh</p>
        <table>
        <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
        <tr><td>1</td><td>SRB-450</td><td>Saddle-rack bracket, wall mounted, 450 mm arm, powder coat RAL 9005, with M10 fixings</td><td>36</td><td>GBP 27,40</td><td>GBP 986,40</td></tr>
        </table>
        <div class="note">
        <p>Dear Sir,</p>
        <p>Kindly note this purchase order is for the full and final quantity of thirty-six (36) brackets for the new tack rooms of Stable Block C.
        There is no sample stage and no further quantity on this order. Please proceed with all 36 pcs and confirm the delivery date.</p>
        <p>Regards,<br>Faisal Al-Harbi, Procurement Officer</p>
        </div>
        <p style="font-size:11px;color:#666">Terms: DAP Riyadh, Incoterms 2020. Payment 60 days from delivery. Supplier must quote PO number on invoice.</p>
        """)))])

# c07 EDI planning schedule / call-off with explicit staged material authority (TXT)
case("c07", [], "EDI 830 call-off: 60 released, staged material authority up to 180, planning weeks labelled forecast; next call-off by Hank Dorsey",
     [F("EDI_830_BCT_20418.txt", T("""
        BLUEGRASS COACH & TRAILER CO.  --  EDI OUTBOUND PRINT                       PRINTED 06/28/2024 07:12
        TRANSACTION SET: 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY      ISA CTRL 000004417  GS 4417
        ---------------------------------------------------------------------------------------------------
        SUPPLIER......: STAJMET SP. Z O.O., LESZNO PL            VENDOR NO. 20418
        SHIP TO.......: BCT PLANT 1, 1200 MILLERSBURG RD, PARIS KY 40361
        ITEM..........: TBB-1650 BREAST BAR 1650MM QUICK-RELEASE   DRG 4500 REV 12
        REF PO........: 4471
        CUM RECEIVED..: 20 EA (PILOT LOT, FAI SIGNED OFF 06/11/2024 C. BEASLEY)
        ---------------------------------------------------------------------------------------------------
        FST  QTY   TYPE        WEEK        STATUS
        01   60    C (FIRM)    2024-W27    RELEASED - CALL-OFF 01
        02   60    D (PLAN)    2024-W31    FORECAST - NOT RELEASED
        03   60    D (PLAN)    2024-W35    FORECAST - NOT RELEASED
        04   60    D (PLAN)    2024-W39    FORECAST - NOT RELEASED
        ---------------------------------------------------------------------------------------------------
        ATH  FAB AUTH (PRODUCTION RELEASE) .......... 60 EA   (CUM 80 INCL. PILOT)
        ATH  MATERIAL AUTH (STAGED) ................. 180 EA  S355J2H TUBE + M16X2.0 PINS
             BCT IS LIABLE FOR RAW MATERIAL UP TO 180 EA. NO FABRICATION BEYOND THE 60 RELEASED.
        ---------------------------------------------------------------------------------------------------
        NOTES:
        ONLY THE FIRM / RELEASED QTY (60) MAY BE BUILT. PLANNING QTYS ARE FORECAST, NOT RELEASED.
        EACH FURTHER QTY IS RELEASED BY THE NEXT CALL-OFF (830/862) SIGNED BY HANK DORSEY, VP OPERATIONS.
        QUESTIONS: WADE PRUITT, PURCHASING, 859-555-0147
        *** END OF TRANSACTION ***
        """))])

# c08 explicit, signed auto-conversion record (DOCX)
case("c08", [], "explicit auto-conversion recorded before dispatch: 300 pairs on approved sign-off, signer and conditions named; 200 on hold",
     [F("SI-120_agreement.docx", docx_bytes([
         ("h1", "Auto-conversion agreement - SI-120 stirrup irons"),
         ("p", "Buyer: Tussock & Rein Saddlery Ltd, Cambridge, NZ. Supplier: Ganga Saddlery Hardware Pvt. Ltd., Kanpur. "
               "Part: SI-120 stirrup iron, DRG SI-120 Rev 04. PO TR-5490: six (6) sample pairs; commercial cover for "
               "500 production pairs."),
         ("h", "What is agreed"),
         ("num", "If, and only if, Hamish Dunlop (Product Manager) records the sample sign-off of the 6 sample pairs as "
                 "APPROVED (not interim, not rejected), 300 pairs are released for production automatically on the "
                 "date of that sign-off. No separate release letter is needed for these 300 pairs."),
         ("num", "An interim or rejected sign-off releases nothing."),
         ("num", "The remaining 200 pairs of the 500 are not released by this agreement. They stay on hold until a "
                 "separate written release by Brooke Fairweather, General Manager."),
         ("num", "Material authority: sample-only until the conversion takes effect; then AISI 316 bar for up to "
                 "300 pairs."),
         ("h", "Recorded and signed"),
         ("table", [
             ["Name", "Role", "Signed", "Date"],
             ["Brooke Fairweather", "General Manager, release authority (T&R)", "signed", "03 June 2024"],
             ["Hamish Dunlop", "Product Manager (T&R)", "signed", "03 June 2024"],
             ["Rajesh Kumar Awasthi", "Export Manager (Ganga)", "signed", "04 June 2024"],
         ]),
         ("p", "This record was made before the samples were dispatched from Kanpur."),
     ], author="Brooke Fairweather"))])

# c09 old quote forwarded as message/rfc822, declared informational (EML)
_c09_inner = mail(CATHY, SIOBHAN, "Quotation hay rack frame HRF-1200", when(2022, 3, 14, 15, 40, 8), T("""
    Dear Siobhan,

    Good day! Thanks for your inquiry.
    Hay rack frame HRF-1200, hot dip galvanized 80um, wall mount, as your drawing.
      MOQ 500 pcs: USD 34.50/pc FOB Tianjin
      5.000 pcs: USD 31.80/pc FOB Tianjin
    Delivery 35 days after deposit. Payment 30% T/T deposit, 70% before shipment.

    Best regards
    Cathy
    """) + SIG_CATHY)
_c09_text = T("""
    Hi Gareth,

    For info only - I'm forwarding an old 2022 quote we had from a Chinese supplier for the hay-rack
    frames, so you can see the price level we're up against. It's for price comparison only: it's not an
    order, nothing is released by it, and the 5.000 figure was their tier, never a quantity of ours.

    Could you quote HRF-1200 at 40 and at 120 pcs? Quote only for now, no order yet.

    Kind regards,
    Siobhán
    """) + SIG_SIOBHAN
case("c09", [], "forwarded 2022 quote (rfc822) with 5.000 pcs declared for price comparison only; request for quote, nothing authorized",
     [eml("Fw_HRF-1200.eml", mail(SIOBHAN, GARETH, "FW: Quotation hay rack frame HRF-1200 (for info)",
                                            when(2024, 7, 2, 11, 5, 1), _c09_text,
                                            attachments=[("rfc822", _c09_inner)]))])

# c10 quoted supplier assumes auto-conversion; buyer corrects (EML thread)
_c10_q = T("""
    Morning Siobhán,

    Samples (12 sets) go out Thursday on the Irish Ferries run. Once you lot approve them we'll roll
    straight on into the 480, material's a long lead at the minute so it'd save us a fortnight.

    Cheers,
    Gareth
    """)
_c10_text = T("""
    Hi Gareth,

    Thanks a million for the update - Thursday is perfect.

    Just to be clear on the second bit though: no. Approving the samples doesn't release the 480.
    Please make the 12 sample sets only and buy no material beyond the samples. The 480 production sets
    stay on hold until Declan Moran (Stud Manager) sends you a written release after Aoife has signed off
    the samples. If the bar lead time is a problem, tell me the date you'd need a release by and I'll put
    it to Declan.

    Kind regards,
    Siobhán
    """) + SIG_SIOBHAN + "\n" + "On Tue, 14 May 2024 at 09:12, Gareth Bowen <gareth.bowen@hartshorneforge.co.uk> wrote:\n" + quote(_c10_q)
case("c10", [], "quoted supplier 'roll straight on into the 480' corrected by buyer: 12 samples only, hold, sign-off, Declan's written release",
     [eml("Re_SDB-K10_samples.eml", mail(SIOBHAN, GARETH, "Re: SDB-K10 samples - dispatch",
                                         when(2024, 5, 14, 10, 3, 1), _c10_text,
                                         in_reply_to=f"<h224-sdbk10-0514@{HF}>"))])

# c11 WeChat: deposit explicitly does not release production
case("c11", [], "deposit paid; supplier states deposit does not release production, 2 samples only, 58 wait for Khalid's written release",
     [F("WeChat_Dingxin_AlRimal.txt", T("""
        WeChat chat history - Cathy Zhang (Dingxin Metal) & Faisal Al-Harbi (Al-Rimal)
        Exported 2024-06-06

        2024-06-02 10:14  Faisal Al-Harbi: Dear Cathy good morning. Kindly note our PO AR-PO-24-0207 is for 2 (two) sample hay rack frames HRF-1200 only. The other 58 pcs are NOT released. Release only after Eng. Tariq sign off the samples and Mr. Khalid Al-Qahtani (GM) send the written release.
        2024-06-02 10:20  Cathy Zhang: Dear Faisal, well noted 👌 2 samples only.
        2024-06-05 15:41  Faisal Al-Harbi: Deposit 30% sent today by SNB transfer, USD 693.00 as per your PI DX-PI-240528.
        2024-06-05 15:58  Cathy Zhang: Received thanks! But pls note deposit is not release production ya. We only make the 2 samples and wait your written release from Mr. Khalid for the 58 pcs. Also we not buy tube for 58 pcs before that.
        2024-06-05 16:03  Faisal Al-Harbi: Exactly. Jazak Allah khair Cathy 🙏
        """))])

# c12 supplier acknowledgement restating the hold, buyer PO text quoted (EML thread)
_c12_q = T("""
    From: Wade Pruitt
    Sent: Monday, May 13, 2024 4:12 PM
    Subject: PO 4471 - TBB-1650 pilot lot

    Pawel,
    PO 4471 - pilot lot only: 20 pcs TBB-1650 @ USD 61.40. The remaining 380 pcs from your quote are NOT
    released. Release of the balance needs Carla Beasley's FAI sign-off and then a written release from
    Hank Dorsey (VP Operations). Material authority: pilot quantity only (20).
    Thanks, Wade
    """)
_c12_text = T("""
    Dear Mr. Wade,

    Thank you for the PO 4471. We confirm the acceptance as written:
    - 20 pcs pilot TBB-1650 (DRG 4500 Rev 12), delivery week 26
    - the balance 380 pcs is not released, we do not plan it and we do not buy material for it -
      material only for the 20 pcs
    - we wait for FAI sign-off from Ms. Carla Beasley and after this the written release from
      Mr. Hank Dorsey

    Please to inform us if something is not correct.

    Best regards / Z poważaniem
    Paweł Wiśniewski
    """) + SIG_PAWEL + "\n" + quote(_c12_q)
case("c12", [], "supplier acknowledgement restates 20 pilot, balance 380 not released, FAI sign-off + Hank Dorsey's release",
     [eml("Re_PO_4471.eml", mail(PAWEL, WADE, "RE: PO 4471 - TBB-1650 pilot lot", when(2024, 5, 14, 9, 31, 2),
                                 _c12_text, in_reply_to=f"<h224-po4471@{BCT}>"))])

# c13 interim sample disposition with quantity and date limits (PDF)
case("c13", [], "interim disposition limited to 40 pcs and a date, 40 released by Hank Dorsey; 340 on hold pending final sign-off",
     [F("Disposition_TBB-1650.pdf", pdf([
         ("h1", "Bluegrass Coach & Trailer Co. - Interim Sample Disposition"),
         ("table", [
             ["Supplier", "Stajmet Sp. z o.o., Leszno, Poland"],
             ["Part", "TBB-1650 trailer breast bar, DRG 4500 Rev 12"],
             ["PO", "4471 (20 pilot pcs; quoted production 380 pcs)"],
             ["Samples", "20 pilot pcs received 06/18/2024"],
             ["Inspector", "Carla Beasley, Quality Engineer"],
         ]),
         ("h", "Findings"),
         ("table", [
             ["Characteristic", "Spec", "Result"],
             ["Overall length", "1650 +/- 2 mm", "1649-1651 mm, OK"],
             ["Coating thickness", ">= 85 µm (ASTM A123)", "71-92 µm, 3 of 20 below spec"],
             ["Pin M16x2.0", "go / no-go", "OK"],
             ["Salt spray ISO 9227 NSS", "480 h", "in test, 240 h done"],
         ]),
         ("h", "Disposition: INTERIM"),
         ("p", "Interim disposition, limited to forty (40) pcs and expiring September 30, 2024, for Liberty 3H "
               "trailers built on Line 2 only, pending the 480 h salt-spray result and recoat of the low-coating parts."),
         ("p", "Release under this interim: 40 pcs, released in writing by Hank Dorsey, VP Operations, on 06/24/2024 "
               "(release no. BCT-R-0412). Material authority: 40 pcs."),
         ("p", "Balance: the remaining 340 pcs of the 380 pcs quoted production are not released. They need a final "
               "(approved) sample sign-off after the salt-spray test and a further written release by Hank Dorsey."),
         ("p", "Signed: Carla Beasley (QE), Hank Dorsey (VP Operations)"),
     ], pagesize=LETTER, title="Interim disposition TBB-1650", author="Carla Beasley"))])

# c14 deviation permit that leaves quantities untouched (DOCX)
case("c14", [], "deviation permit for the 12 sample sets only; 480 stay on hold until Declan Moran's written release",
     [F("DP-BK-007.docx", docx_bytes([
         ("h1", "Deviation Permit DP-BK-007"),
         ("table", [
             ["Supplier", "Hartshorne Forge & Fittings Ltd, Walsall"],
             ["Part", "SDB-K10 stable-door bolt kit, DRG HF-2210 Rev 3"],
             ["Deviation", "Zinc plated 8 µm instead of hot-dip galvanised (EN ISO 1461), on the 12 sample sets only"],
             ["Reason", "Galvaniser backlog in Walsall, about 3 weeks; samples needed for the fit check"],
             ["Valid for", "PO BK-24-0117, 12 sample sets"],
         ]),
         ("p", "This deviation is for the 12 sample sets only and does not change any quantity. The 480 production "
               "sets remain on hold: they are not released by this permit and need a written release from Declan "
               "Moran, Stud Manager, after the sample sign-off. Production parts must be hot-dip galvanised per "
               "drawing."),
         ("p", "Accepted: Aoife Kinsella, Yard & Facilities Engineer (Ballykeel Stud) / Trevor Pike, Works Manager "
               "(Hartshorne Forge) - 16 May 2024"),
     ], author="Aoife Kinsella"))])

# c15 ERP full-quantity PO full of quantity-like identifiers (TXT)
case("c15", [], "full-quantity ERP PO for 150 EA, no balance; identifiers like 1200 Millersburg Rd, 480 H, 9001:2015 are not quantities",
     [F("PO_4502.txt", T("""
        BLUEGRASS COACH & TRAILER CO.                                        PURCHASE ORDER
        Epicor ERP 10.2.700                                                  Page 1 of 1
        PO NUMBER: 4502        REV: 0        DATE: 07/08/2024        TERMS: NET 60 / FOB TIANJIN
        VENDOR: 30077  HEBEI DINGXIN METAL PRODUCTS CO LTD, CANGZHOU, HEBEI, CHINA
        SHIP TO: BCT PLANT 1, 1200 MILLERSBURG RD, PARIS KY 40361
        -------------------------------------------------------------------------------------------
        LN  PART          REV  DESCRIPTION                           QTY  UOM  UNIT USD   EXT USD
        1   TBB-1650-G    12   BREAST BAR 1650MM GALV, PIN M16X2.0   150  EA   58.90      8,835.00
        -------------------------------------------------------------------------------------------
        NOTES:
         DRG 4500 REV 12. MATERIAL S355J2H 48.3X3.2. GALV ASTM A123 / ISO 1461 85UM MIN.
         SALT SPRAY ISO 9227 NSS 480 H REPORT REQD. WELD PER AWS D1.1. ISO 9001:2015 CERT ON FILE.
         FULL QUANTITY ORDER - 150 EA IS THE COMPLETE ORDER. NO SAMPLE STAGE, NO BALANCE, NO FURTHER CALL-OFFS.
         PROCEED WITH ALL 150 EA. SHIP IN 3 LOTS OF 50, FIRST LOT WK 34.
        BUYER: WADE PRUITT  859-555-0147                         TOTAL USD 8,835.00
        """))])

# c16 full-quantity PO that says "proceed with the full 250" (PDF)
case("c16", [], "full-quantity PO for 250 brackets; 'proceed with the full 250' is scoped; no balance exists",
     [F("PO_TR-5502.pdf", pdf([
         ("h1", "Tussock & Rein Saddlery Ltd"),
         ("p", "14 Victoria Street, Cambridge 3434, Waikato, New Zealand | GST 112-554-019"),
         ("h", "PURCHASE ORDER TR-5502 - 22 May 2024"),
         ("p", "Supplier: Hartshorne Forge & Fittings Ltd, Walsall, West Midlands, UK. Attn: Gareth Bowen."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit GBP", "Total GBP"],
             ["1", "SRB-450", "Saddle-rack bracket, 450 mm arm, powder coat RAL 9005, M10 coach screws incl.",
              "250", "24,90", "6.225,00"],
         ]),
         ("sp",),
         ("p", "This is a full-quantity order: 250 pcs is everything we are ordering on this PO. There is no sample "
               "stage and no balance to follow. Please proceed with the full 250 and ship by sea to Auckland, "
               "consolidated with our other Walsall freight (Incoterms FCA Walsall)."),
         ("p", "Mereana Tawhiri, Buyer - mereana@tussockrein.co.nz"),
     ], title="PO TR-5502", author="Tussock & Rein"))])

# c17 supplier portal order status showing balance on hold (HTML)
case("c17", [], "supplier portal status: 2 samples shipped, 58 on hold awaiting customer written release, sample-only material",
     [F("Dingxin_order_tracking.html", html_page("Dingxin Metal - Customer Order Tracking", T("""
        <h2>Hebei Dingxin Metal Products Co., Ltd. &mdash; Customer Order Tracking</h2>
        <p>Customer: Al-Rimal Equestrian Club, Riyadh &nbsp;|&nbsp; Updated: 2024-06-21 17:30 (GMT+8)</p>
        <table>
        <tr><th>Our order</th><th>Customer PO</th><th>Item</th><th>Qty</th><th>Status</th></tr>
        <tr><td>SO-24-0588</td><td>AR-PO-24-0207</td><td>HRF-1200 hay rack frame, galv. 80um &mdash; samples</td><td>2</td><td>Shipped 2024-06-20, DHL AWB 5512 0480 31</td></tr>
        <tr><td>&mdash;</td><td>AR-PO-24-0207 balance</td><td>HRF-1200 production</td><td>58</td><td>ON HOLD &mdash; not released. Waiting customer written release (Mr. Khalid Al-Qahtani) after sample sign-off.</td></tr>
        </table>
        <p class="note">Material status: samples only. No material purchased for the 58 pcs.</p>
        <p>Contact: Cathy Zhang, Sales Dept., +86 317 555 0288</p>
        """), lang="en"))])

# c18 complete sample-PO scope note, multipart/alternative + PDF PO attached (EML)
_c18_text = T("""
    Kia ora Rajesh,

    Please find attached PO TR-5490 for the SI-120 samples.

    Scope, so there's no confusion:
    - Active quantity: six (6) pairs, samples only.
    - The 500 pairs production tier on your quote GSH/Q/24-0412 is not released. Please don't plan it
      or buy bar for it.
    - Material authority: sample-only.
    - Unlock: sample sign-off by Hamish Dunlop (Product Manager), then a written release from Brooke
      Fairweather (GM). Nothing moves on the 500 without Brooke's release in writing.
    - The 500 pairs is our forecast, not a firm quantity.

    Ngā mihi,
    Mereana
    """) + SIG_MEREANA
_c18_pdf = pdf([
    ("h1", "Tussock & Rein Saddlery Ltd"),
    ("h", "PURCHASE ORDER TR-5490 - 2 May 2024"),
    ("p", "Supplier: Ganga Saddlery Hardware Pvt. Ltd., Kanpur, India. Quote ref GSH/Q/24-0412."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "SI-120", "Stirrup iron 120 mm, AISI 316, DRG SI-120 Rev 04 - SAMPLES", "6 pairs", "18.50", "111.00"],
    ]),
    ("sp",),
    ("p", "Scope: samples only (6 pairs). The 500-pair production tier is a forecast and is not released. "
          "Material authority: sample-only. Production needs Hamish Dunlop's sample sign-off and then a written "
          "release from Brooke Fairweather, General Manager."),
], title="PO TR-5490", author="Tussock & Rein")
case("c18", [], "sample PO scope note: 6 pairs active, 500 not released, sample-only material, sign-off + Brooke's written release",
     [eml("PO_TR-5490_samples.eml", mail(MEREANA, RAJESH, "PO TR-5490 - SI-120 samples", when(2024, 5, 2, 14, 20, 12),
                                         _c18_text, html=to_html(_c18_text),
                                         attachments=[("PO_TR-5490.pdf", _c18_pdf, PDF_MT)]))])

# c19 Teams: go-ahead scoped to the 20 pilot units
case("c19", [], "Teams go-ahead scoped to the 20 pilot units only; 380 on hold until FAI sign-off and Hank's written release",
     [F("Teams_chat_TBB-1650.txt", T("""
        Microsoft Teams - chat export
        Chat: Stajmet / Bluegrass - TBB-1650
        Participants: Agnieszka Nowak (Stajmet), Hank Dorsey (Bluegrass Coach & Trailer), Wade Pruitt (Bluegrass Coach & Trailer)

        [6/27/2024 8:02 AM] Agnieszka Nowak: Good morning, the pilot material is in house (tube for 20 pcs). We can start welding?
        [6/27/2024 8:15 AM] Hank Dorsey: Morning Agnieszka. Yes - go ahead with the 20 pilot units only. The other 380 stay on hold until Carla signs off the FAI and I send you a written release. Don't buy tube past the 20.
        [6/27/2024 8:17 AM] Agnieszka Nowak: Clear, 20 pcs only. Thank you Mr. Dorsey
        [6/27/2024 8:20 AM] Wade Pruitt: 👍
        """))])

# c20 minutes that keep sample sign-off, PO issued and production release apart (DOCX)
case("c20", [], "minutes keep words apart (sample sign-off / PO issued / production release); 480 on hold until Declan's written release",
     [F("Minutes_2024-05-30.docx", docx_bytes([
         ("h1", "Minutes - Ballykeel Stud / Hartshorne Forge, call 30 May 2024"),
         ("p", "Present: Siobhán Moriarty, Declan Moran, Aoife Kinsella (Ballykeel Stud); Gareth Bowen, Trevor Pike "
               "(Hartshorne Forge)."),
         ("num", "Sample sign-off: Aoife signed off the 12 sample sets of SDB-K10 on 23 May (fit check). The Rev 4 "
                 "clearance change on the foaling unit keep is agreed."),
         ("num", "PO issued: PO BK-24-0117 covers the 12 sample sets only. Accounts have Hartshorne set up as a "
                 "vendor. The PO is a commercial document and does not authorize production."),
         ("num", "Production release: not given. The 480 production sets stay on hold. Declan will issue a written "
                 "production release once the Rev 4 drawing is checked against the first door - expected mid-June."),
         ("num", "Material: Hartshorne hold sample-quantity material only. Trevor flagged a 3 week lead time on "
                 "the 16 mm bar; Declan noted it."),
         ("h", "Actions"),
         ("table", [
             ["Action", "Owner", "Due"],
             ["Send DRG HF-2210 Rev 4", "Trevor Pike", "4 June"],
             ["Check Rev 4 against first door", "Aoife Kinsella", "11 June"],
             ["Written production release (or not)", "Declan Moran", "mid-June"],
         ]),
     ], author="Siobhán Moriarty"))])

# c21 cover mail + PO + supplier quote; the quote's 400 tier declared information only (3 files)
_c21_text = T("""
    Dzień dobry Paweł (hope I spelled that right!),

    Attached: our PO TR-5533 for ten (10) sample saddle-rack brackets SRB-450, and your quote SQ/24/0718
    again for reference. The 400 pcs tier on your quote is information only - it is not ordered and not
    released.

    Everything past the 10 samples stays on hold until Hamish signs off the samples and Brooke Fairweather
    (our GM) sends you a written release. Material for the 10 samples only please.

    Cheers,
    Mereana
    """) + SIG_MEREANA
case("c21", [], "cover mail + sample PO (10) + supplier quote; 400 tier declared information only, hold, sign-off, Brooke's written release",
     [eml("Mail_TR-5533.eml", mail(MEREANA, PAWEL, "PO TR-5533 - SRB-450 samples", when(2024, 6, 3, 10, 45, 12),
                                   _c21_text)),
      F("PO_TR-5533.pdf", pdf([
          ("h1", "Tussock & Rein Saddlery Ltd"),
          ("h", "PURCHASE ORDER TR-5533 - 3 June 2024"),
          ("p", "Supplier: Stajmet Sp. z o.o., Leszno, Poland. Your quote: SQ/24/0718."),
          ("table", [
              ["Line", "Item", "Description", "Qty", "Unit EUR", "Total EUR"],
              ["1", "SRB-450", "Saddle-rack bracket 450 mm, RAL 9005 - SAMPLES", "10", "22,40", "224,00"],
          ]),
          ("sp",),
          ("p", "Samples only. No production quantity is ordered or released on this PO. Production needs Hamish "
                "Dunlop's sample sign-off and a written release from Brooke Fairweather, General Manager. Material "
                "authority: the 10 samples only."),
      ], title="PO TR-5533", author="Tussock & Rein")),
      F("Quote_SQ-24-0718.pdf", pdf([
          ("h1", "STAJMET Sp. z o.o."),
          ("p", "ul. Przemyslowa 12, 64-100 Leszno, Poland | NIP 697-000-00-00 | EN 1090-2 EXC2, ISO 9001:2015"),
          ("h", "OFERTA / QUOTATION SQ/24/0718 - 27.05.2024"),
          ("p", "For: Tussock & Rein Saddlery Ltd, Cambridge, New Zealand"),
          ("table", [
              ["Poz.", "Item", "Qty", "Price EUR/pc", "Lead time"],
              ["1", "SRB-450 saddle-rack bracket, samples", "10", "22,40", "2 weeks"],
              ["2", "SRB-450 saddle-rack bracket, production", "400", "13,90", "5 weeks"],
          ]),
          ("p", "Prices EXW Leszno. Validity 60 days. Powder coating RAL 9005 fine texture."),
          ("p", "Pawel Wisniewski, Export Sales"),
      ], title="Quotation SQ/24/0718", author="Stajmet"))])

# c22 partial production release letter, everything stated (PDF)
case("c22", [], "written release of 200 of 480 by Declan Moran; 280 on hold until lot acceptance and a second written release",
     [F("BK-R-003.pdf", pdf([
         ("h1", "Ballykeel Stud - Production Release No. BK-R-003"),
         ("p", "To: Hartshorne Forge & Fittings Ltd, attn. Gareth Bowen. Order: SDB-K10 stable-door bolt kit, "
               "DRG HF-2210 Rev 4. PO BK-24-0117 rev 1 (commercial cover: 12 sample sets + 480 production sets)."),
         ("table", [
             ["Item", "Quantity"],
             ["Sample sets (signed off 23 May 2024)", "12"],
             ["Released for production by this letter", "200 sets"],
             ["Not released (on hold)", "280 sets"],
             ["Material authority", "200 sets"],
         ]),
         ("sp",),
         ("p", "Dear Gareth, following the sample sign-off and the Rev 4 drawing check, I release two hundred (200) "
               "sets for production. The remaining 280 sets are not released. They will be released by a second "
               "written release from me once we have fitted the first 40 sets on the new barn in August and "
               "accepted that lot."),
         ("p", "Yours sincerely, Declan Moran, Stud Manager (release authority), Ballykeel Stud - 14 June 2024"),
     ], title="Production release BK-R-003", author="Declan Moran"))])

# c23 buyer corrects his own quoted risky "approved, go ahead" (EML, two-level quote)
_c23_q2 = T("""
    Dear Gareth,
    The sample arms are approved, go ahead.
    Regards, Faisal
    """)
_c23_q1 = T("""
    Thanks Faisal, brilliant news. Just so we've got it right - is that the go-ahead for the 22 production
    arms as well, or the samples only?
    Ta, Gareth

    On 8 Jul 2024, at 10:02, Faisal Al-Harbi wrote:
    """) + quote(_c23_q2)
_c23_text = T("""
    Dear Gareth,

    Thank you for asking, and apologies for my short mail. Correction: the approval was for the 2 sample
    arms only (fit check on the walker at Stable Block B). The 22 production arms are NOT released.

    Release will come in writing from Mr. Khalid Al-Qahtani, General Manager, after Eng. Tariq finishes
    the load test of the sample arms on the walker (2 weeks running). Until then please no material for
    the 22.

    Best regards,
    Faisal Al-Harbi
    """) + SIG_FAISAL + "\n" + "On 8 Jul 2024, at 12:40, Gareth Bowen wrote:\n" + quote(_c23_q1)
case("c23", [], "buyer corrects his own quoted 'approved, go ahead': samples only, 22 not released, load test + Khalid's written release",
     [eml("Re_Re_walker_arms.eml", mail(FAISAL, GARETH, "Re: Re: HWA-550 sample arms", when(2024, 7, 8, 14, 15, 3),
                                        _c23_text, in_reply_to=f"<h224-hwa550-0708@{HF}>"))])

# c24 stop notice with full status (TXT)
case("c24", [], "stop notice: nothing may start until Hank Dorsey lifts it; 60 released, 320 on hold needing his written release",
     [F("BCT-S-0009.txt", T("""
        BLUEGRASS COACH & TRAILER CO. -- STOP NOTICE
        Stop no.: BCT-S-0009                           Date: 08/02/2024
        To: Stajmet Sp. z o.o. (attn. Agnieszka Nowak, Pawel Wisniewski)
        Order: TBB-1650 breast bar, DRG 4500 Rev 12, PO 4471

        Effective immediately, stop all work on this order. Nothing more may start - released or not -
        until this stop is lifted in writing by Hank Dorsey, VP Operations.

        Status at stop:
          Pilot lot .............. 20 pcs, delivered
          Released to date ....... 60 pcs (call-off 01)
          Balance ................ 320 pcs, NOT released

        Reason: field report of pin binding on two Liberty 3H units; root cause under review by
        Carla Beasley (QE).

        Next: once the root cause review is closed, Hank Dorsey will lift the stop in writing or cancel
        the order. The balance of 320 stays on hold and needs its own written release from Hank Dorsey
        after the review.

        Please hold finished parts at your plant and confirm receipt of this notice today.

        Wade Pruitt, Purchasing
        """))])

# c25 supplier quote page with tiers, Spanish-English (HTML)
case("c25", [], "supplier quote page with 10 / 400 / 800 pair tiers; quotation only, production after PO and written release",
     [F("Cotizacion_HP-C-2024-0331.html", html_page("Herrajes del Plata - Cotización HP-C-2024-0331", T("""
        <h2>Herrajes del Plata S.R.L.</h2>
        <p>Parque Industrial Pilar, Buenos Aires, Argentina &middot; CUIT 30-71234567-0 &middot; ISO 9001:2015</p>
        <h3>Cotización / Quotation N&deg; HP-C-2024-0331 &mdash; 31/05/2024</h3>
        <p>Cliente / Customer: Tussock &amp; Rein Saddlery Ltd, Cambridge, Nueva Zelanda &mdash; Att. Mereana Tawhiri</p>
        <table>
        <tr><th>&Iacute;tem</th><th>Descripci&oacute;n</th><th>Cantidad</th><th>Precio USD</th><th>Plazo</th></tr>
        <tr><td>1</td><td>SI-120F estribo Fillis 120 mm, acero inox AISI 316, forjado / Fillis stirrup iron &mdash; muestras</td><td>10 pares</td><td>22,00</td><td>3 semanas</td></tr>
        <tr><td>2</td><td>SI-120F &mdash; producci&oacute;n</td><td>400 pares</td><td>11,20</td><td>6 semanas</td></tr>
        <tr><td>3</td><td>SI-120F &mdash; producci&oacute;n</td><td>800 pares</td><td>10,40</td><td>8 semanas</td></tr>
        </table>
        <p class="note">Cotizaci&oacute;n solamente / quotation only. Production only after your purchase order and your written release.
        Validez 30 d&iacute;as. Precios sujetos a variaci&oacute;n del tipo de cambio. FOB Buenos Aires.</p>
        <p>Saludos cordiales,<br>Mart&iacute;n Echeverr&iacute;a &mdash; Ventas / Export</p>
        """), lang="es"))])


# =================================================================== POSITIVE
# p01 cover mail + sample PO + supplier quote with the 480 shown, nothing scoping it (3 files)
_p01_text = T("""
    Hi Gareth,

    Hope all's well over in Walsall. PO BK-24-0117 attached for the twelve (12) sample sets of the SDB-K10
    bolt kits.

    I've attached your quote HF-Q-2291 again as well so we're all working off the same page - 480 sets at
    GBP 14,60 with the galvanising, delivery to the yard in Kildare.

    Any problems give me a shout.

    Kind regards,
    Siobhán
    """) + SIG_SIOBHAN
case("p01", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO (12 sets) with the 480-set quote restated in the cover mail and attached, no hold, no unlock event, no release person",
     [eml("Mail_BK-24-0117.eml", mail(SIOBHAN, GARETH, "PO BK-24-0117 - SDB-K10 bolt kits", when(2024, 5, 7, 9, 55, 1),
                                      _p01_text)),
      F("PO_BK-24-0117.pdf", pdf([
          ("h1", "BALLYKEEL STUD"),
          ("p", "Athy Road, Kildare, Co. Kildare, R51 X2K4, Ireland | VAT IE 9512345K"),
          ("h", "PURCHASE ORDER BK-24-0117 - 07/05/2024"),
          ("p", "Supplier: Hartshorne Forge & Fittings Ltd, Unit 4 Bentley Mill Way, Walsall WS2, United Kingdom"),
          ("table", [
              ["Line", "Part", "Description", "Qty", "Unit GBP", "Total GBP"],
              ["1", "SDB-K10", "Stable-door bolt kit (kick-over + slide bolt), DRG HF-2210 Rev 3 - sample",
               "12 sets", "19,80", "237,60"],
          ]),
          ("sp",),
          ("p", "Deliver to Ballykeel Stud, Athy Road, Kildare. Please quote the PO number on all invoices and "
                "delivery dockets."),
          ("p", "Siobhán Moriarty, Purchasing & Administration"),
      ], title="PO BK-24-0117", author="Ballykeel Stud")),
      F("Quote_HF-Q-2291.pdf", pdf([
          ("h1", "HARTSHORNE FORGE & FITTINGS LTD"),
          ("p", "Unit 4 Bentley Mill Way, Walsall WS2, West Midlands | Est. 1921 | ISO 9001:2015"),
          ("h", "QUOTATION HF-Q-2291 - 29 April 2024"),
          ("p", "For: Ballykeel Stud, Kildare - attn. Siobhán Moriarty"),
          ("table", [
              ["Item", "Description", "Qty", "Unit GBP", "Lead time"],
              ["1", "SDB-K10 stable-door bolt kit, zinc plated, sample", "12 sets", "19,80", "2 weeks"],
              ["2", "SDB-K10 stable-door bolt kit, hot-dip galvanised EN ISO 1461", "480 sets", "14,60", "5 weeks"],
          ]),
          ("p", "Prices ex works Walsall, carriage to Kildare at cost. Prices held 90 days. 16 mm bright bar, M10 "
                "fixings included."),
          ("p", "Gareth Bowen, Sales Manager"),
      ], title="Quotation HF-Q-2291", author="Hartshorne Forge"))])

# p02 Teams: scope given, later an unscoped "Approved - go ahead"
case("p02", ["RG002"],
     "after a complete pilot scope, buyer engineer answers 'ok to start the bars?' with an unscoped 'Approved - go ahead'",
     [F("Teams_chat_PO4488.txt", T("""
        Microsoft Teams - chat export
        Chat: BCT / Stajmet breast bars
        Participants: Wade Pruitt, Carla Beasley (Bluegrass Coach & Trailer), Paweł Wiśniewski (Stajmet)

        [6/19/2024 2:05 PM] Wade Pruitt: Pawel, PO 4488 went out this morning. Pilot lot only - 20 pcs TBB-1650. The other 380 are on hold till Carla signs off the FAI and Hank Dorsey sends you a written release.
        [6/19/2024 2:11 PM] Paweł Wiśniewski: Received, thank you. 20 pcs pilot.
        [6/24/2024 7:52 AM] Paweł Wiśniewski: Good morning. Two questions from production: 1) powder coat over the galvanizing RAL 9005 or RAL 9011? 2) pins M16x2.0 zinc or stainless A2? And is it ok to start the bars?
        [6/24/2024 8:30 AM] Carla Beasley: Morning! 9005 gloss and stainless A2 pins. Approved - go ahead.
        [6/24/2024 8:31 AM] Paweł Wiśniewski: 👍 thank you, we start.
        """))])

# p03 WeChat: drawing OK, "Green light, proceed" with no quantity (single-quantity order, no sample stage)
case("p03", ["RG002", "RG010"],
     "buyer's 'Green light, proceed' names no quantity; the only quantity (60) is in the supplier's quote line",
     [F("WeChat_HRF-1200_revC.txt", T("""
        WeChat chat history - Cathy Zhang (Dingxin Metal) & Faisal Al-Harbi (Al-Rimal)
        Exported 2024-04-10

        2024-04-08 11:20  Cathy Zhang: Dear Faisal, attached revised drawing HRF-1200 rev C, we change the bottom bar to 25x25 square tube as you request. Price still USD 38.50/pc FOB Tianjin for 60 pcs, galvanized 80um.
        2024-04-08 11:22  Cathy Zhang: [File] HRF-1200_revC.pdf
        2024-04-09 09:05  Faisal Al-Harbi: Dear Cathy, Eng. Tariq checked the drawing, it is OK from his side.
        2024-04-09 09:06  Faisal Al-Harbi: Green light, proceed.
        2024-04-09 09:10  Cathy Zhang: Thank you Faisal! We arrange 👍
        """))])

# p04 sample PO naming the release person but no hold and no unlock event (PDF)
case("p04", ["RG003", "RG004"],
     "sample PO for 6 pairs names Brooke Fairweather as issuer of production releases but never says the rest is not released or what unlocks it",
     [F("PO_TR-5491.pdf", pdf([
         ("h1", "Tussock & Rein Saddlery Ltd"),
         ("p", "14 Victoria Street, Cambridge 3434, Waikato, New Zealand"),
         ("h", "PURCHASE ORDER TR-5491 - 6 May 2024"),
         ("p", "Supplier: Ganga Saddlery Hardware Pvt. Ltd., Kanpur, India. Your quote GSH/Q/24-0412."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
             ["1", "SI-120", "Stirrup iron 120 mm, AISI 316, electro-polished, DRG SI-120 Rev 04 - sample order",
              "6 pairs", "18.50", "111.00"],
         ]),
         ("sp",),
         ("p", "Sample order for evaluation. Production releases for SI-120 are issued only by Brooke Fairweather, "
               "General Manager."),
         ("p", "Ship by DHL Express to our Cambridge warehouse. Invoice to accounts@tussockrein.co.nz quoting the PO."),
         ("p", "Mereana Tawhiri, Buyer"),
     ], title="PO TR-5491", author="Tussock & Rein"))])

# p05 buyer portal PO: "remaining 380 on hold until further notice" (HTML)
case("p05", ["RG004", "RG005"],
     "pilot 20 active and 380 on hold, but only 'until further notice' (no event) and no named release person",
     [F("BCT_portal_PO4493.html", html_page("Bluegrass Supplier Portal - PO 4493", T("""
        <h2>Bluegrass Coach &amp; Trailer Co. &mdash; Supplier Portal</h2>
        <p>Purchase Order <b>4493</b> rev 0 &nbsp;|&nbsp; Issued 06/21/2024 &nbsp;|&nbsp; Supplier: Stajmet Sp. z o.o. (20418)</p>
        <table>
        <tr><th>Ln</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Ext USD</th></tr>
        <tr><td>1</td><td>TBB-1650</td><td>Breast bar 1650 mm, quick-release pin M16x2.0, DRG 4500 Rev 12 &mdash; PILOT</td><td>20</td><td>61.40</td><td>1,228.00</td></tr>
        </table>
        <div class="note"><b>Scope:</b> Pilot lot only: 20 pcs. The remaining 380 pcs are on hold until further notice.</div>
        <p>Buyer contact: Wade Pruitt, 859-555-0147 &middot; Ship to: BCT Plant 1, Paris KY 40361</p>
        <p style="font-size:11px;color:#666">Acknowledge this PO in the portal within 2 business days.</p>
        """)))])

# p06 ERP PO: hold and event stated, release "from Ballykeel Stud" - no named person (TXT)
case("p06", ["RG005"],
     "12 samples, 288 not released until sample sign-off and a written release 'from Ballykeel Stud' - no named person",
     [F("PO_BK-24-0122.txt", T("""
        BALLYKEEL STUD                                   Sage 200 - Purchase Order
        Athy Road, Kildare, Co. Kildare R51 X2K4          Printed 27/05/2024 16:40
        ------------------------------------------------------------------------------
        Order No : BK-24-0122                  Order Date : 27/05/2024
        Supplier : HERRAJES DEL PLATA S.R.L.   A/C HERR001
                   Parque Industrial Pilar, Buenos Aires, Argentina
        Currency : EUR
        ------------------------------------------------------------------------------
        Item       Description                                Qty    Price    Net
        ACB-300    Anti-cast stable door bolt, 300 mm,        12     9,40     112,80
                   forged, galv. EN ISO 1461 - SAMPLES
        ------------------------------------------------------------------------------
                                                 Net  112,80   VAT 0,00   Total EUR 112,80
        Notes:
        Samples only - 12 pcs. The balance of 288 pcs on your quote HP-C-2024-0288 is
        not released until the samples are signed off here and you receive a written
        release from Ballykeel Stud.
        Deliver to: Yard office, Ballykeel Stud. Ring 045 521180 before delivery.
        """))])

# p07 supplier status: bought material for all 60 against a sample-only scope (EML thread)
_p07_q = T("""
    Dear Cathy,
    Our PO AR-PO-24-0207 is for 2 (two) sample hay rack frames only. The 58 production pcs are not released
    until Eng. Tariq Al-Mutairi signs off the samples and Mr. Khalid Al-Qahtani (GM) sends the written
    release. Material for the samples only please.
    Regards, Faisal
    """)
_p07_text = T("""
    Dear Faisal,

    Good day! Update for you:
    1. 2 pcs samples HRF-1200 finish welding, now in galvanizing, ship by DHL on 18th.
    2. Steel price go up very fast this month, so we already purchase the square tube and round bar for all
       60 pcs to keep the price for you. Material is in our warehouse, safe.

    Any question pls tell me.

    Best regards
    Cathy
    """) + SIG_CATHY + "\n" + "------------------ Original ------------------\nFrom: Faisal Al-Harbi\nDate: 2024-06-02 10:30\n" + quote(_p07_q)
case("p07", ["RG006"],
     "supplier bought tube and bar for all 60 frames while only 2 samples are released and material is sample-only",
     [eml("Re_AR-PO-24-0207_status.eml", mail(CATHY, FAISAL, "Re: AR-PO-24-0207 sample hay rack - status",
                                              when(2024, 6, 12, 16, 8, 8), _p07_text,
                                              in_reply_to=f"<h224-arpo0207@{AR}>"))])

# p08 advance received -> booked bar for 500 and started forging (EML thread + text attachment)
_p08_q = T("""
    Hi Rajesh,
    PO TR-5490 is for the 6 sample pairs only. The 500 pairs production are not released - that needs
    Hamish's sample sign-off and then a written release from Brooke Fairweather (GM). Material for samples
    only. The deposit on your PI is so you can book the sample run; it is not a release.
    Cheers, Mereana
    """)
_p08_text = T("""
    Respected Mereana Madam,

    Greetings from Kanpur!

    This is to inform that we have received your advance payment of USD 1,477.50 (30%) today, thanks for
    the same. As advance is received, we have booked AISI 316 round bar 22 mm for full 500 pairs with our
    mill and forging of the first 200 pairs has started from today itself, so that delivery will be in
    time for your spring season.

    Samples 6 pairs will be dispatched by 12th through DHL.

    PFA the material booking confirmation for your kind reference. Kindly revert for any query.

    With warm regards,
    Rajesh Kumar Awasthi
    """) + SIG_RAJESH + "\n" + "On Thu, 2 May 2024, Mereana Tawhiri wrote:\n" + quote(_p08_q)
_p08_att = T("""
    MILL BOOKING CONFIRMATION - SHRI BALAJI STEELS, KANPUR
    Booking No: SBS/24/1187   Date: 09.05.2024
    Party: Ganga Saddlery Hardware Pvt. Ltd.
    Grade: AISI 316 round bar, 22 mm dia, bright
    Qty: 1.850 kg  (for 500 pairs SI-120 + 3% scrap)
    Rate: INR 342/kg + GST 18%
    Delivery: 16.05.2024
    """)
case("p08", ["RG006", "RG012"],
     "supplier treats the advance as authority: bar booked for 500 pairs and forging started, against 6 samples released",
     [eml("Re_PO_TR-5490.eml", mail(RAJESH, MEREANA, "Re: PO TR-5490 - advance received / material booked",
                                               when(2024, 5, 9, 17, 25, 5.5), _p08_text,
                                               in_reply_to=f"<h224-tr5490@{TR}>",
                                               attachments=[("SBS_booking_1187.txt", _p08_att, "text/plain")]))])

# p09 buyer's release authority contradicts his own written-release requirement (EML, two-level quote)
_p09_q2 = T("""
    Gareth,
    PO BK-24-0117: 12 sample sets only. The 480 production sets are not released; they need Aoife's
    sample sign-off and then a written release from Declan Moran.
    Siobhán
    """)
_p09_q1 = T("""
    Hi Declan,

    Siobhán's PO says the 480 production sets need a written release from yourself after the sample
    sign-off. Samples will be with Aoife on the 20th. How would you like to handle it with you being away?

    Regards,
    Gareth

    On 7 May 2024, at 09:55, Siobhán Moriarty wrote:
    """) + quote(_p09_q2)
_p09_text = T("""
    Gareth,

    Sure look, we're all friends here. Once Aoife approves the samples just carry on with the 480, no
    need to be waiting on a letter from me. I'm away at the sales in Newmarket most of July anyway.

    Declan

    Sent from my iPhone

    On 15 May 2024, at 11:20, Gareth Bowen wrote:
    """) + quote(_p09_q1)
case("p09", ["RG007"],
     "release authority says sample approval rolls straight into the 480 with no written release, contradicting the quoted PO scope",
     [eml("Re_SDB-K10_480.eml", mail(DECLAN, GARETH, "Re: SDB-K10 - production sets", when(2024, 5, 15, 13, 2, 1),
                                     _p09_text, cc=SIOBHAN, in_reply_to=f"<h224-sdbk10-0515@{HF}>"))])

# p10 dealer forecast written as a firm order and commitment (PDF)
case("p10", ["RG008"],
     "schedule built from the dealer forecast asks the supplier to treat 1,200 as a firm order and commitment",
     [F("BCT_2025_schedule_TBB-1650.pdf", pdf([
         ("h1", "Bluegrass Coach & Trailer Co. - 2025 Supply Schedule, TBB-1650"),
         ("p", "To: Stajmet Sp. z o.o., Leszno. From: Wade Pruitt, Purchasing. Date: 10/14/2024."),
         ("p", "Our dealers sent in their 2025 pre-season forecast and it's strong. The monthly numbers below come "
               "from that dealer forecast. Please treat the 2025 volume of 1,200 breast bars as Bluegrass's firm "
               "order and commitment for 2025 and set your capacity accordingly."),
         ("table", [
             ["Month 2025", "Qty (dealer forecast)", "Month 2025", "Qty (dealer forecast)"],
             ["January", "80", "July", "80"],
             ["February", "100", "August", "80"],
             ["March", "140", "September", "100"],
             ["April", "140", "October", "100"],
             ["May", "120", "November", "80"],
             ["June", "100", "December", "80"],
             ["", "", "Total", "1,200"],
         ]),
         ("sp",),
         ("p", "Production release: nothing on this schedule is released for production yet. Monthly call-offs "
               "release quantities, and each call-off is signed by Hank Dorsey, VP Operations. Call-off 25-01 "
               "(January) will come in December. Material authority: none until the first call-off."),
     ], pagesize=LETTER, title="2025 supply schedule", author="Wade Pruitt"))])

# p11 supplier MRP: customer forecast treated as firm order, material bought for 1 200 vs 100 released (TXT)
case("p11", ["RG006", "RG008"],
     "supplier MRP treats the customer's 2025 forecast (1 200) as a firm order and buys material for it; 100 released",
     [F("MRP_TBB-1650_2024-10-21.txt", T("""
        STAJMET SP. Z O.O.  --  MRP / ZAPOTRZEBOWANIE MATERIAŁOWE              run 2024-10-21 06:00
        Klient / Customer : BLUEGRASS COACH & TRAILER CO. (Paris KY, USA)
        Indeks / Item     : TBB-1650   Rysunek DRG 4500 Rev 12   EN 1090-2 EXC2
        Źródło / Source   : prognoza klienta 2025 (customer forecast, e-mail W. Pruitt 14.10.2024)
        ---------------------------------------------------------------------------------------------
        Wydane przez klienta / released by customer : 100 szt. (call-off 24-03)
        Typ zapotrzebowania / demand type           : ZAMÓWIENIE STAŁE / FIRM ORDER   1 200 szt.
        ---------------------------------------------------------------------------------------------
        MATERIAŁ / MATERIAL                  potrzeba/need   stan/on hand   ZAMÓWIONO/ORDERED
        S355J2H rura 48,3x3,2 (m)            2 112           162            1 950  PZ/24/1187 (Huta Łabędy)
        Sworzeń M16x2.0 A2 / pin (szt.)      1 200           40             1 160  PZ/24/1188
        Cynkowanie / galvanizing (kg)        10 440          -              booked Cynkownia Leszno
        ---------------------------------------------------------------------------------------------
        Uwagi / Remarks (planista A. Nowak):
        Prognoza klienta 1 200 szt. = zamówienie stałe. Customer forecast 1 200 pcs = firm order,
        material bought for the full year 2025 to secure the price before January increase.
        """))])

# p12 minutes: "approved" for the samples, for the PO and for production (DOCX)
case("p12", ["RG009"],
     "'approved' used for the technical sample approval, the finance committee's PO approval and the production approval",
     [F("MoM_HRF-1200_2024-06-23.docx", docx_bytes([
         ("h1", "Minutes of Meeting - Hay Rack Frames HRF-1200"),
         ("p", "Date: 23 June 2024, Al-Rimal Equestrian Club, Riyadh (Hebei Dingxin by video call)."),
         ("p", "Attendees: Khalid Al-Qahtani (GM), Eng. Tariq Al-Mutairi (Facilities), Faisal Al-Harbi "
               "(Procurement); Cathy Zhang, Liu Wei (Hebei Dingxin)."),
         ("num", "Samples: the 2 sample frames are approved by Eng. Tariq (fit to the Block A stalls, "
                 "galvanizing OK)."),
         ("num", "Purchase order: PO AR-PO-24-0207 rev 1 for the 58 pcs was approved by the finance committee "
                 "on 20 June."),
         ("num", "Production: the 58 pcs are not approved yet. Production will be approved by Mr. Khalid "
                 "Al-Qahtani in writing after the 2 weeks stable trial of the samples with horses in Block A."),
         ("num", "Authorized now: the 2 samples only (delivered). Dingxin to hold material; samples quantity only."),
         ("p", "Next meeting: 8 July 2024 inshallah, after the stable trial."),
     ], author="Faisal Al-Harbi"))])

# p13 finish change approved, PO amendment approved, then "approved, go ahead!" (EML multipart/alternative)
_p13_text = T("""
    Hi Gareth,

    Good news on the finish. Aoife has approved the zinc-nickel finish instead of the galvanising (she
    tried it on the foaling unit doors, no bother), and the PO amendment for the price difference was
    approved by accounts this morning.

    So - approved, go ahead!

    Kind regards,
    Siobhán

    P.S. for the file: PO BK-24-0117 covers the 12 sample sets; the 480 production sets stay on hold until
    Aoife's sample sign-off and a written release from Declan Moran.
    """) + SIG_SIOBHAN
case("p13", ["RG002", "RG009"],
     "'approved' for the finish (technical) and the PO amendment (commercial), then an unscoped 'approved, go ahead!'",
     [eml("SDB-K10_finish.eml", mail(SIOBHAN, GARETH, "SDB-K10 - zinc-nickel finish", when(2024, 5, 28, 12, 14, 1),
                                     _p13_text, html=to_html(_p13_text)))])

# p14 portal release notice that never states the released quantity (HTML)
case("p14", ["RG010"],
     "release notice releases production 'per the delivery schedule' without stating any quantity; hold, event and person named",
     [F("TR_portal_release_R-0087.html", html_page("Tussock & Rein Supplier Portal - Release R-0087", T("""
        <h2>Tussock &amp; Rein &mdash; Supplier Portal</h2>
        <p>Releases &rsaquo; <b>R-0087</b></p>
        <table>
        <tr><th>Release no.</th><td>R-0087</td></tr>
        <tr><th>Supplier</th><td>Ganga Saddlery Hardware Pvt. Ltd., Kanpur</td></tr>
        <tr><th>Item</th><td>SI-120 stirrup iron, AISI 316, DRG SI-120 Rev 04</td></tr>
        <tr><th>PO</th><td>TR-5490</td></tr>
        <tr><th>Issued by</th><td>Brooke Fairweather, General Manager</td></tr>
        <tr><th>Date</th><td>2 August 2024</td></tr>
        </table>
        <div class="note">
        <p>Following Hamish Dunlop's sample sign-off on 24 July, production of SI-120 is released per the delivery schedule agreed with Rajesh.</p>
        <p>The remaining quantity is not released and stays on hold until the next written release from Brooke Fairweather, after the spring sell-through review.</p>
        </div>
        <p style="font-size:11px;color:#666">Please acknowledge this release in the portal.</p>
        """)))])

# p15 PO says 2 sample arms; supplier acknowledgement says three (2 files)
_p15_text = T("""
    Dear Faisal,

    Many thanks for the order. We acknowledge PO AR-PO-24-0231 as follows:

      - three (3) sample horse-walker arms HWA-550, 5.5 m, hot-dip galvanised, for trial on your walker
      - the balance of 21 arms is not released; we'll wait for the written release from Mr. Khalid
        Al-Qahtani after Eng. Tariq's sign-off of the samples
      - material bought for the samples only

    Sample arms ready week 29, air freight to Riyadh.

    Kind regards,
    Gareth
    """) + SIG_GARETH
case("p15", ["RG011"],
     "PO authorizes 2 sample arms (22 on hold); the supplier acknowledgement of the same PO states 3 samples and 21 on hold",
     [F("AR-PO-24-0231.txt", T("""
        AL-RIMAL EQUESTRIAN CLUB - PROCUREMENT DEPARTMENT
        PURCHASE ORDER                 No. AR-PO-24-0231          Date: 18/06/2024
        Supplier: Hartshorne Forge & Fittings Ltd, Walsall, UK     Vendor code 11042
        Project: Horse walker renewal, Stable Block B
        ---------------------------------------------------------------------------
        Line  Item      Description                                   Qty   Unit
        1     HWA-550   Horse-walker arm 5.5 m, HDG, sample for trial   2   pcs
        ---------------------------------------------------------------------------
        Unit price GBP 365,00    Total GBP 730,00    Incoterm CPT Riyadh
        Remarks:
        - Samples only: 2 (two) arms. Balance 22 arms NOT released.
        - Balance released only by written release of Mr. Khalid Al-Qahtani (General Manager)
          after sample sign-off by Eng. Tariq Al-Mutairi.
        - Material for samples only.
        Prepared by: Faisal Al-Harbi, Procurement Officer
        """)),
      eml("Ack_AR-PO-24-0231.eml", mail(GARETH, FAISAL, "Order acknowledgement - AR-PO-24-0231 HWA-550",
                                        when(2024, 6, 19, 10, 2, 1), _p15_text))])

# p16 sample PO (2) vs proforma for 122 pcs that starts mass production on deposit (2 files)
case("p16", ["RG011", "RG012"],
     "PO authorizes 2 samples (120 not released); the supplier's proforma for the same PO lists 122 pcs and starts mass production on deposit",
     [F("AR-PO-24-0244.txt", T("""
        AL-RIMAL EQUESTRIAN CLUB - PROCUREMENT DEPARTMENT
        PURCHASE ORDER                 No. AR-PO-24-0244          Date: 09/06/2024
        Supplier: Hebei Dingxin Metal Products Co., Ltd., Cangzhou, Hebei, China
        ---------------------------------------------------------------------------
        Line  Item       Description                                  Qty   Unit price
        1     HRF-800C   Corner hay rack frame, galv., SAMPLE           2   USD 52.00
        ---------------------------------------------------------------------------
        Total USD 104.00        FOB Tianjin
        Remarks:
        Samples only. Production quantity 120 pcs is NOT released. Release only in writing
        by Mr. Khalid Al-Qahtani (GM) after sample sign-off by Eng. Tariq Al-Mutairi.
        Material: samples only.
        Prepared by: Faisal Al-Harbi
        """)),
      F("PI_DX-PI-240611.pdf", pdf([
          ("h1", "HEBEI DINGXIN METAL PRODUCTS CO., LTD."),
          ("p", "Xinhua Road Industrial Zone, Cangzhou, Hebei, China | Tel +86 317 555 0288"),
          ("h", "PROFORMA INVOICE No. DX-PI-240611 - 2024-06-11"),
          ("p", "Buyer: Al-Rimal Equestrian Club, Riyadh, Saudi Arabia. Buyer PO: AR-PO-24-0244."),
          ("table", [
              ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
              ["1", "HRF-800C corner hay rack frame, hot dip galvanized 80um", "122 pcs", "41.00", "5,002.00"],
              ["", "Total FOB Tianjin", "", "", "5,002.00"],
          ]),
          ("p", "Payment: 30% T/T deposit, balance 70% before shipment. After receive the deposit we arrange "
                "mass production. Delivery: 35 days after deposit."),
          ("p", "Bank: Bank of China, Cangzhou Branch, SWIFT BKCHCNBJ520. Seller: Cathy Zhang"),
      ], title="Proforma invoice DX-PI-240611", author="Hebei Dingxin"))])

# p17 PO states the pilot quantity twice, differently (PDF)
case("p17", ["RG011"],
     "one PO says 'twenty-four (24) pcs' pilot in the text and 20 EA on the line",
     [F("PO_4510.pdf", pdf([
         ("h1", "BLUEGRASS COACH & TRAILER CO."),
         ("p", "1200 Millersburg Rd, Paris, KY 40361 | 859-555-0100"),
         ("h", "PURCHASE ORDER 4510 - 07/01/2024"),
         ("p", "Vendor: Herrajes del Plata S.R.L., Parque Industrial Pilar, Buenos Aires, Argentina."),
         ("p", "Pilot lot: twenty-four (24) pcs TBB-1400 pony breast bar for FAI and road testing on the Derby "
               "2-horse bumper pull."),
         ("table", [
             ["Ln", "Part", "Rev", "Description", "Qty", "UOM", "Unit USD", "Ext USD"],
             ["1", "TBB-1400", "3", "Breast bar 1400 mm, QR pin M16x2.0, galv. - PILOT", "20", "EA", "54.10",
              "1,082.00"],
         ]),
         ("sp",),
         ("p", "Balance of the program (376 pcs) not released until Carla Beasley's FAI sign-off and a written "
               "release by Hank Dorsey, VP Operations. Material: pilot quantity only."),
         ("p", "Buyer: Wade Pruitt"),
     ], pagesize=LETTER, title="PO 4510", author="Bluegrass Coach & Trailer"))])

# p18 WhatsApp: supplier reads the deposit as authority to start the 390 (TXT)
case("p18", ["RG012"],
     "buyer pays a deposit before a price change; supplier says 'with the deposit we start the production of the 390'",
     [F("WhatsApp Chat with Mereana TR.txt", T("""
        10/06/2024, 9:12 am - Mereana Tawhiri: Kia ora Martín, PO TR-5512 sent - ten (10) sample pairs SI-120F only. The 390 production pairs are on hold until Hamish signs off the samples and Brooke Fairweather releases them in writing. Material for the samples only, eh.
        10/06/2024, 9:40 am - Martín Echeverría: Hola Mereana! Perfecto, 10 pares de muestra. I send the proforma for the production también so you have it for your budget.
        14/06/2024, 3:03 pm - Mereana Tawhiri: Paid the 30% on your proforma HP-PF-0614 this morning so the funds are with you before your price change 👍
        14/06/2024, 11:20 pm - Martín Echeverría: Recibido el depósito, muchas gracias!! So with the deposit we start the producción of the 390 pares el lunes, and the samples go by DHL on Friday 🙌
        """))])

# p19 sample PO mail names the release authority; the attached quote shows 24 arms (EML + PDF attachment)
_p19_text = T("""
    Dear Mr. Gareth,

    Greetings from Riyadh.

    Please find below our PO AR-PO-24-0188 for two (2) sample horse-walker arms HWA-550 for trial on the
    six-arm walker in Block B. Your quotation HF-Q-2307 is attached for the record (24 arms at GBP 312,00
    each, delivery 8 weeks).

    Please note Mr. Khalid Al-Qahtani, General Manager, is the release authority for this project.

    Kindly confirm receipt.

    Best regards,
    Faisal Al-Harbi
    """) + SIG_FAISAL
_p19_pdf = pdf([
    ("h1", "HARTSHORNE FORGE & FITTINGS LTD"),
    ("p", "Unit 4 Bentley Mill Way, Walsall WS2 | ISO 9001:2015 | EN 1090-2 EXC2"),
    ("h", "QUOTATION HF-Q-2307 - 3 May 2024"),
    ("p", "For: Al-Rimal Equestrian Club, Riyadh - Procurement Dept., attn. Faisal Al-Harbi"),
    ("table", [
        ["Item", "Description", "Qty", "Unit GBP", "Lead time"],
        ["1", "HWA-550 horse-walker arm 5.5 m, HDG, with rubber-lined gate - sample", "2", "365,00", "4 weeks"],
        ["2", "HWA-550 horse-walker arm 5.5 m, HDG - production (4 walkers x 6 arms)", "24", "312,00", "8 weeks"],
    ]),
    ("p", "Carriage CPT Riyadh by air (samples) / sea (production). Validity 60 days."),
    ("p", "Gareth Bowen, Sales Manager"),
], title="Quotation HF-Q-2307", author="Hartshorne Forge")
case("p19", ["RG001", "RG003", "RG004"],
     "sample PO (2 arms) restates and attaches the 24-arm quote unmarked; release authority named but no hold and no unlock event",
     [eml("PO_AR-PO-24-0188.eml", mail(FAISAL, GARETH, "PO AR-PO-24-0188 - HWA-550 sample arms",
                                       when(2024, 5, 20, 9, 40, 3), _p19_text, html=to_html(_p19_text),
                                       attachments=[("HF-Q-2307.pdf", _p19_pdf, PDF_MT)]))])

# p20 sample PO with a 'quote summary' table showing 400 production pairs (PDF)
case("p20", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO (10 pairs) carries a quote-summary table with 400 production pairs and no status; no hold, event or person",
     [F("PO_TR-5518.pdf", pdf([
         ("h1", "Tussock & Rein Saddlery Ltd"),
         ("p", "14 Victoria Street, Cambridge 3434, Waikato, New Zealand"),
         ("h", "PURCHASE ORDER TR-5518 - SAMPLE ORDER - 11 June 2024"),
         ("p", "Supplier: Herrajes del Plata S.R.L., Pilar, Buenos Aires, Argentina. Attn: Martín Echeverría."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
             ["1", "SI-120F", "Fillis stirrup iron 120 mm, AISI 316, forged - samples", "10 pairs", "22.00", "220.00"],
         ]),
         ("sp",),
         ("h", "Quote summary (HP-C-2024-0331)"),
         ("table", [
             ["Stage", "Qty", "Unit USD", "Total USD"],
             ["Samples", "10 pairs", "22.00", "220.00"],
             ["Production lot", "400 pairs", "11.20", "4,480.00"],
         ]),
         ("sp",),
         ("p", "Please confirm by return and send tracking for the samples. Laser-mark T&R logo on the outside of "
               "the tread per artwork TR-ART-07."),
         ("p", "Mereana Tawhiri, Buyer"),
     ], title="PO TR-5518", author="Tussock & Rein"))])

# p21 ERP pilot-lot PO with nothing about the balance (TXT)
case("p21", ["RG003", "RG004", "RG005"],
     "pilot-lot PO for 20 EA never says the rest is not released, names no unlock event and no release person",
     [F("PO_4521.txt", T("""
        BLUEGRASS COACH & TRAILER CO.                                        PURCHASE ORDER
        Epicor ERP 10.2.700                                                  Page 1 of 1
        PO NUMBER: 4521        REV: 0        DATE: 07/22/2024        TERMS: NET 45 / FCA LESZNO
        VENDOR: 20418  STAJMET SP. Z O.O., LESZNO, POLAND
        SHIP TO: BCT PLANT 1, 1200 MILLERSBURG RD, PARIS KY 40361
        -------------------------------------------------------------------------------------------
        LN  PART          REV  DESCRIPTION                           QTY  UOM  UNIT USD   EXT USD
        1   TBB-1800      2    BREAST BAR 1800MM 4H, PIN M16X2.0     20   EA   66.20      1,324.00
        -------------------------------------------------------------------------------------------
        NOTES:
         PILOT LOT FOR FAI PER DRG 4610 REV 2. FAI REPORT WITH FIRST SHIPMENT.
         GALV ASTM A123 85UM MIN. WELD PER EN 1090-2 EXC2. LABEL EACH BAR WITH PO AND HEAT NO.
        BUYER: WADE PRUITT  859-555-0147                         TOTAL USD 1,324.00
        """))])

# p22 "go ahead with the samples as discussed" - no quantity, nothing else (EML)
_p22_text = T("""
    Hi Martín,

    Thanks for the call earlier, great to put a voice to the name at last.

    Please go ahead with the samples as discussed - Aoife is keen to get them on the doors before the
    foaling season winds down. Ship to Ballykeel Stud, Athy Road, Kildare, Eircode R51 X2K4, and mark the
    box for the yard office.

    Kind regards,
    Siobhán
    """) + SIG_SIOBHAN
case("p22", ["RG003", "RG004", "RG005", "RG010"],
     "sample go-ahead (scoped to samples, so not RG002) with no quantity, no hold, no unlock event, no release person",
     [eml("Samples_ACB-300.eml", mail(SIOBHAN, MARTIN, "ACB-300 bolts - samples", when(2024, 5, 21, 16, 30, 1),
                                      _p22_text))])

# p23 supplier order confirmation: series follows automatically after pilot approval (PDF)
case("p23", ["RG007"],
     "supplier order confirmation says series production continues automatically after pilot (FAI) approval",
     [F("OC_24_0456.pdf", pdf([
         ("h1", "STAJMET Sp. z o.o."),
         ("p", "ul. Przemyslowa 12, 64-100 Leszno, Poland | EN 1090-2 EXC2 | ISO 9001:2015"),
         ("h", "POTWIERDZENIE ZAMOWIENIA / ORDER CONFIRMATION OC/24/0456 - 15.05.2024"),
         ("p", "Customer: Bluegrass Coach & Trailer Co., Paris KY, USA. Your PO: 4471."),
         ("table", [
             ["Poz.", "Item", "Description", "Qty", "Price USD", "Delivery"],
             ["1", "TBB-1650", "Breast bar 1650 mm, DRG 4500 Rev 12, pilot", "20 pcs", "61.40", "week 26"],
         ]),
         ("sp",),
         ("p", "1. Series production: after your approval of the pilot pieces (FAI) we continue automatically with "
               "series production of the balance. No further confirmation from your side is necessary."),
         ("p", "2. Prices valid until 31.12.2024. 3. Packing: wooden crates of 10 pcs, export pallets ISPM 15."),
         ("p", "Pawel Wisniewski, Export Sales"),
     ], title="Order confirmation OC/24/0456", author="Stajmet"))])

# p24 supplier: direct production of the 200 once samples approved + bar already bought for 200 (EML thread)
_p24_q = T("""
    Dear Rajesh,
    PO AR-PO-24-0266 is for 8 (eight) sample pairs SI-120 only, for the riding school. Production 200
    pairs is not released; release in writing only by Mr. Khalid Al-Qahtani (GM) after Eng. Tariq's sample
    sign-off. Material for samples only.
    Regards, Faisal
    """)
_p24_text = T("""
    Dear Sir,

    Greetings from Kanpur.

    Samples 8 pairs SI-120 dispatched today via FedEx AWB 7781 2210 0480. Once you approve the samples we
    shall directly go for production of the 200 pairs, no need of separate letter, as it will save 3 weeks
    time. For this we have already procured AISI 316 round bar for full 200 pairs.

    Kindly revert with approval at the earliest.

    Thanks & regards,
    Rajesh Kumar Awasthi
    """) + SIG_RAJESH + "\n" + "On 3 Jun 2024, Faisal Al-Harbi wrote:\n" + quote(_p24_q)
case("p24", ["RG006", "RG007"],
     "supplier will go straight into the 200 once samples are approved, and has bought bar for all 200 against a sample-only scope",
     [eml("Re_AR-PO-24-0266_dispatch.eml", mail(RAJESH, FAISAL, "Re: AR-PO-24-0266 - samples dispatched",
                                                when(2024, 6, 17, 18, 5, 5.5), _p24_text,
                                                in_reply_to=f"<h224-arpo0266@{AR}>"))])

# p25 WhatsApp: buyer engineer says his sample approval is the approval for the 58 (TXT)
case("p25", ["RG007", "RG009"],
     "buyer engineer: 'when I approve the samples, that is your approval for the 58' - sample approval rolls into production, one word for both",
     [F("WhatsApp Chat - Dingxin HRF.txt", T("""
        12/06/2024, 10:02 - Faisal Al-Harbi: Dear Cathy, reminder: PO AR-PO-24-0207 is for the 2 samples only. The 58 pcs are not released until Eng. Tariq sign off the samples and Mr. Khalid Al-Qahtani gives the written release.
        12/06/2024, 10:09 - Cathy Zhang: Noted Faisal, thanks
        19/06/2024, 14:30 - Cathy Zhang: Dear Faisal, samples arrive Riyadh tomorrow by DHL. After Eng. Tariq check, how long for Mr. Khalid release letter? Our line is free next week.
        19/06/2024, 14:41 - Faisal Al-Harbi: added Eng. Tariq Al-Mutairi
        19/06/2024, 14:52 - Eng. Tariq Al-Mutairi: Cathy, no need to wait for letter. When I approve the samples, that is your approval for the 58 pcs also. Start directly.
        19/06/2024, 14:53 - Cathy Zhang: OK understand, thank you Eng. Tariq 👍
        """))])

# p26 FAI record: "FAI APPROVED. Supplier may proceed with production" - no quantity (DOCX)
case("p26", ["RG002", "RG007", "RG010"],
     "FAI disposition turns straight into 'proceed with production' with no quantity and no release step",
     [F("FAI_TBB-1400_PO4516.docx", docx_bytes([
         ("h1", "First Article Inspection - Disposition Record"),
         ("table", [
             ["Supplier", "Herrajes del Plata S.R.L., Pilar (Buenos Aires)"],
             ["Part", "TBB-1400 pony breast bar, DRG 4620 Rev 3"],
             ["PO", "4516"],
             ["FAI samples", "5 pcs received 07/15/2024"],
             ["Inspector", "Carla Beasley, Quality Engineer"],
         ]),
         ("h", "Results"),
         ("table", [
             ["Characteristic", "Spec", "Result"],
             ["Length", "1400 +/- 2 mm", "1399.5 - 1401 mm OK"],
             ["QR pin M16x2.0", "go / no-go, 5 cycles", "OK"],
             ["Galv. thickness", ">= 85 µm", "88 - 104 µm OK"],
             ["Weld visual", "AWS D1.1 table 8.1", "OK"],
         ]),
         ("h", "Disposition"),
         ("p", "FAI APPROVED. Supplier may proceed with production on receipt of this record."),
         ("p", "Signed: Carla Beasley, QE - 07/19/2024"),
     ], author="Carla Beasley"))])

# p27 WhatsApp: GM turns next season's forecast into a firm order (TXT)
case("p27", ["RG008"],
     "buyer GM: 'our forecast for next season is 1.000 pairs - take that as a firm order'",
     [F("WhatsApp Chat with Rajesh Ganga.txt", T("""
        02/09/2024, 4:15 pm - Brooke Fairweather: Hi Rajesh, Brooke here from T&R. Our forecast for next season on the SI-120 is 1.000 pairs. Take that as a firm order, mate - lock it in, we'll sort the paperwork when I'm back from Aussie.
        02/09/2024, 4:40 pm - Rajesh Kumar Awasthi: Namaste Brooke ma'am, thank you so much! Noted 1.000 pairs as firm order. We will plan accordingly 🙏
        02/09/2024, 4:41 pm - Brooke Fairweather: 👍
        """))])

# p28 call-off for 100 + '2025 order' of 1,200 built from dealer forecast, HTML table attached (EML)
_p28_text = T("""
    Hi Pawel,

    PO 4519 is up on the portal - line 1 is 100 pcs TBB-1650 for the Q1 builds.

    The table below (also attached) is our 2025 order for the breast bars: 1,200 pcs, built up from our
    dealers' forecast.

      Q1 2025   300
      Q2 2025   300
      Q3 2025   300
      Q4 2025   300
      Total   1,200

    Hank Dorsey signs all our production releases.

    Thanks,
    Wade
    """) + SIG_WADE
_p28_att = html_page("BCT 2025 order TBB-1650", T("""
    <h3>Bluegrass Coach &amp; Trailer Co. &mdash; 2025 ORDER, TBB-1650 breast bar</h3>
    <p>Source: dealer forecast, October 2024</p>
    <table>
    <tr><th>Quarter</th><th>Qty</th></tr>
    <tr><td>Q1 2025</td><td>300</td></tr>
    <tr><td>Q2 2025</td><td>300</td></tr>
    <tr><td>Q3 2025</td><td>300</td></tr>
    <tr><td>Q4 2025</td><td>300</td></tr>
    <tr><th>Total 2025 order</th><th>1,200</th></tr>
    </table>
    """))
case("p28", ["RG001", "RG003", "RG004", "RG008"],
     "100 pcs active next to a '2025 order' of 1,200 taken from the dealer forecast; no hold, no event (Hank named)",
     [eml("PO_4519_2025.eml", mail(WADE, PAWEL, "PO 4519 + our 2025 order - TBB-1650", when(2024, 10, 15, 15, 48, -4),
                                   _p28_text, html=to_html(_p28_text),
                                   attachments=[("BCT_2025_order_TBB-1650.html", _p28_att, "text/html")]))])

# p29 WhatsApp: "Paid the 30% deposit ... so you're grand to go ahead now" (TXT)
case("p29", ["RG002", "RG012"],
     "after a complete sample scope, buyer pays a deposit on the full 300 and says 'so you're grand to go ahead now'",
     [F("WhatsApp Chat with Martin.txt", T("""
        [03/07/2024, 11:02:10] Siobhán Moriarty: Morning Martín! PO BK-24-0135 is for the 12 sample bolts ACB-300 only. The other 288 are on hold till Aoife signs off the samples and Declan Moran sends you a written release.
        [03/07/2024, 11:20:44] Martín Echeverría: Buen día Siobhán! Recibido 👌 One thing - for the order of the bar the mill asks a 30% anticipo on the full order, is this possible?
        [03/07/2024, 11:25:02] Siobhán Moriarty: I'll ask accounts and come back to you
        [08/07/2024, 09:45:31] Siobhán Moriarty: Paid the 30% deposit on the full 300 there this morning, so you're grand to go ahead now 👍
        [08/07/2024, 10:02:17] Martín Echeverría: Genial!! Gracias Siobhán, arrancamos 💪
        """))])

# p30 full-quantity PO; buyer treats the advance as the go-ahead to start production (EML + PDF attachment)
_p30_text = T("""
    Hi Rajesh,

    We've paid the 30% advance on your PI GSH/PI/24-131 today - remittance attached.

    Please take the advance as your go-ahead and start production of the 300 SRB-450 brackets on PO
    TR-5560 (full order - no samples this time, they're identical to the 2023 run).

    Cheers,
    Mereana
    """) + SIG_MEREANA
_p30_pdf = pdf([
    ("h1", "BNZ - Foreign Currency Payment Advice"),
    ("p", "Bank of New Zealand, Hamilton Business Centre | Payment date 24 July 2024"),
    ("table", [
        ["Field", "Detail"],
        ["Ordering customer", "Tussock & Rein Saddlery Ltd, 14 Victoria Street, Cambridge 3434"],
        ["Beneficiary", "Ganga Saddlery Hardware Pvt. Ltd., Kanpur 208022, India"],
        ["Beneficiary bank", "State Bank of India, Kanpur Main Branch, SWIFT SBININBB157"],
        ["Amount", "USD 1,143.00"],
        ["Reference", "PI GSH/PI/24-131 30% ADVANCE PO TR-5560"],
        ["Charges", "SHA"],
    ]),
    ("p", "This advice is for information. Please allow 1-2 business days for the funds to reach the beneficiary."),
], title="Payment advice", author="BNZ")
case("p30", ["RG012"],
     "full-quantity PO for 300; buyer says 'take the advance as your go-ahead and start production'",
     [eml("Mail_TR-5560.eml", mail(MEREANA, RAJESH, "Advance paid - PI GSH/PI/24-131 / PO TR-5560",
                                            when(2024, 7, 24, 13, 10, 12), _p30_text,
                                            attachments=[("BNZ_payment_advice.pdf", _p30_pdf, PDF_MT)]))])

# p31 supplier portal: deposit received -> released to production; material for 60 sets (HTML)
case("p31", ["RG006", "RG012"],
     "supplier portal releases production automatically on deposit and shows material bought for 60 sets against a 2-sample PO",
     [F("Dingxin_tracking_AR-PO-24-0252.html", html_page("Dingxin Metal - Order Tracking", T("""
        <h2>Hebei Dingxin Metal Products Co., Ltd. &mdash; Order Tracking</h2>
        <p>Customer: Al-Rimal Equestrian Club &nbsp;|&nbsp; Updated 2024-07-03 09:15 (GMT+8)</p>
        <table>
        <tr><th>Customer PO</th><td>AR-PO-24-0252 (samples: 2 pcs HRF-1200)</td></tr>
        <tr><th>Samples</th><td>2 pcs &mdash; shipped 2024-06-28, DHL</td></tr>
        <tr><th>Deposit 30%</th><td>Received 2024-07-01</td></tr>
        <tr><th>Production status</th><td><b>RELEASED TO PRODUCTION</b> (deposit received)</td></tr>
        <tr><th>Material</th><td>Square tube 25x25 + round bar &Oslash;12 purchased for 60 sets, in stock</td></tr>
        <tr><th>Planned finish</th><td>2024-07-25</td></tr>
        </table>
        <p class="note">Production is released automatically when the deposit is received. Shipping date confirm after balance payment.</p>
        """)))])

# p32 "release" for the PO workflow, the samples and production; no quantity (DOCX)
case("p32", ["RG009", "RG010"],
     "'released' used for the PO workflow, the passed samples and production; the production release states no quantity",
     [F("SI-120_review_note.docx", docx_bytes([
         ("h1", "SI-120 - sample review and release note"),
         ("p", "Tussock & Rein Saddlery Ltd / Ganga Saddlery Hardware Pvt. Ltd. - 26 July 2024"),
         ("num", "PO TR-5490 was released in our Xero purchasing workflow on 2 May (Brooke as budget holder)."),
         ("num", "Samples: the 6 sample pairs were released by Hamish on 24 July after the drop test and the tread "
                 "grip check - passed."),
         ("num", "Production release: Ganga are released to produce SI-120 on the strength of this note."),
         ("num", "Anything beyond that stays on hold until Brooke Fairweather's next written release, after the "
                 "spring sell-through review."),
         ("p", "Hamish Dunlop, Product Manager"),
     ], author="Hamish Dunlop"))])

# p33 memo: pilots approved, PO approved, balance "will be approved later" (DOCX)
case("p33", ["RG004", "RG005", "RG009"],
     "'approved' for the FAI, the PO and the future production; balance held but only 'later', no event, no named person",
     [F("Memo_TBB-1650_2024-07-01.docx", docx_bytes([
         ("h1", "Memo - TBB-1650 status"),
         ("p", "To: Stajmet Sp. z o.o. (Paweł Wiśniewski, Agnieszka Nowak). From: Wade Pruitt, Purchasing, "
               "Bluegrass Coach & Trailer Co. Date: 07/01/2024."),
         ("li", "The 20 pilot bars are approved - Carla's FAI came back clean, nice work y'all."),
         ("li", "PO 4471 rev 1 was approved by our finance folks last Friday (price update to USD 59.80)."),
         ("li", "The balance of 380 will be approved later. Please hold the 380 for now: build nothing past the "
                "20 pilots and don't buy tube for them."),
         ("p", "Thanks, Wade"),
     ], author="Wade Pruitt"))])

# p34 Teams: "Pilot build is a go" - no quantity, nothing about the balance (TXT)
case("p34", ["RG003", "RG004", "RG005", "RG010"],
     "go given for 'the pilot lot' (scoped, not RG002) without a quantity, hold, unlock event or release person",
     [F("Teams_chat_Hartshorne_BCT.txt", T("""
        Microsoft Teams - chat export
        Chat: Hartshorne Forge <> Bluegrass Coach & Trailer (external)
        Participants: Gareth Bowen (Hartshorne Forge, External), Wade Pruitt

        [7/8/2024 10:14 AM] Gareth Bowen: Morning Wade, the TBB-1500 drawings are all squared away from our side now (DRG 4615 Rev 1). What would you like us to do next?
        [7/8/2024 10:31 AM] Wade Pruitt: Hey Gareth! Pilot build is a go - y'all can start the pilot lot whenever you're ready. PO 4527 is in your inbox.
        [7/8/2024 10:33 AM] Gareth Bowen: Lovely, cheers Wade. We'll get cracking.
        """))])

# p35 release letter states the released quantity twice, differently (DOCX)
case("p35", ["RG011"],
     "one release letter says 'one hundred (100) bolts' in the text and 120 in its table",
     [F("BK-R-005.docx", docx_bytes([
         ("h1", "Ballykeel Stud - Production Release BK-R-005"),
         ("p", "To: Herrajes del Plata S.R.L., attn. Martín Echeverría. Order: ACB-300 anti-cast stable door bolt. "
               "PO BK-24-0122 rev 1 (12 samples + 288 production)."),
         ("table", [
             ["Item", "Quantity"],
             ["Samples (signed off 2 July 2024 by Aoife Kinsella)", "12"],
             ["Released by this letter", "120"],
             ["Material authority", "as released"],
         ]),
         ("p", "Dear Martín, the samples are signed off, so I release one hundred (100) bolts for production. The "
               "rest of the 288 are not released; they will need a further written release from me once this "
               "first batch has been accepted at the yard."),
         ("p", "Declan Moran, Stud Manager (release authority) - 5 July 2024"),
     ], author="Declan Moran"))])

# p36 buyer "resends" a PO with a different number and quantity; original forwarded as rfc822 (EML + PDF)
_p36_inner = mail(MEREANA, MARTIN, "PO TR-5547 - SI-120F samples", when(2024, 8, 5, 9, 30, 12), T("""
    Kia ora Martín,

    PO TR-5547: twelve (12) sample pairs SI-120F. The production pairs are not released until Hamish signs
    off the samples and Brooke Fairweather sends a written release. Material for the samples only.

    Cheers,
    Mereana
    """) + SIG_MEREANA)
_p36_text = T("""
    Hi Martín,

    Resending our PO TR-5574 for the ten (10) sample pairs SI-120F - PDF attached, original mail below.
    Same as before: production is not released until Hamish signs off the samples and Brooke Fairweather
    sends a written release.

    Cheers,
    Mereana
    """) + SIG_MEREANA
_p36_pdf = pdf([
    ("h1", "Tussock & Rein Saddlery Ltd"),
    ("h", "PURCHASE ORDER TR-5574 - 5 August 2024"),
    ("p", "Supplier: Herrajes del Plata S.R.L., Pilar, Buenos Aires."),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit USD", "Total USD"],
        ["1", "SI-120F", "Fillis stirrup iron 120 mm, AISI 316 - samples", "10 pairs", "22.00", "220.00"],
    ]),
    ("p", "Samples only. Production not released until Hamish Dunlop's sample sign-off and a written release from "
          "Brooke Fairweather, General Manager. Material: samples only."),
], title="PO TR-5574", author="Tussock & Rein")
case("p36", ["RG011"],
     "resent PO TR-5574 for 10 sample pairs vs the forwarded original PO TR-5547 for 12: PO number and quantity disagree",
     [eml("Fw_PO_SI-120F.eml", mail(MEREANA, MARTIN, "FW: PO TR-5547 - SI-120F samples", when(2024, 8, 6, 8, 12, 12),
                                    _p36_text, attachments=[("PO_TR-5574.pdf", _p36_pdf, PDF_MT),
                                                            ("rfc822", _p36_inner)]))])

# p37 EDI: 850 says 100 released, 862 ships 150 firm, 830 loads the dealer forecast as firm (TXT)
case("p37", ["RG008", "RG011"],
     "850 releases 100 EA but the 862 for the same PO schedules 150 firm; the 830 loads the 2025 dealer forecast as FIRM",
     [F("EDI_print_PO4536.txt", T("""
        BLUEGRASS COACH & TRAILER CO.  --  EDI OUTBOUND PRINT                       PRINTED 10/28/2024 06:40
        PARTNER: STAJMET SP. Z O.O. (VENDOR 20418)       ITEM: TBB-1650 BREAST BAR, DRG 4500 REV 12
        =====================================================================================================
        850 PURCHASE ORDER              PO 4536   CALL-OFF 24-04   DATE 10/25/2024
          LN 1  TBB-1650   QTY 100 EA   USD 59.80   SHIP 11/04/2024
          N9/MSG: QTY 100 EA RELEASED FOR PRODUCTION BY H. DORSEY, VP OPERATIONS.
          N9/MSG: BALANCE NOT RELEASED. FURTHER QTY RELEASED ONLY BY THE NEXT CALL-OFF SIGNED BY H. DORSEY.
          N9/MSG: MATERIAL AUTH 100 EA.
        =====================================================================================================
        862 SHIPPING SCHEDULE           REF PO 4536   DATE 10/26/2024
          LN 1  TBB-1650   FIRM SHIP QTY 150 EA   SHIP DATE 11/04/2024   DOCK 3
        =====================================================================================================
        830 PLANNING SCHEDULE           HORIZON 2025   DATE 10/26/2024
          SOURCE: 2025 DEALER FORECAST LOADED AS FIRM REQUIREMENTS
          FST  2025-W02   300 EA   TYPE C (FIRM)
          FST  2025-W15   300 EA   TYPE C (FIRM)
          FST  2025-W28   300 EA   TYPE C (FIRM)
          FST  2025-W41   300 EA   TYPE C (FIRM)
        =====================================================================================================
        *** END OF PRINT ***
        """))])

# p38 buyer portal PO for 4 samples with a supplier quotation summary showing 160 production (HTML)
case("p38", ["RG001", "RG003", "RG004", "RG005"],
     "portal sample PO (4) shows the quotation's 160 production pcs with no status; no hold, event or release person",
     [F("AR-PO-24-0279.html", html_page("Al-Rimal Equestrian Club - Procurement Portal - PO AR-PO-24-0279", T("""
        <h2>Al-Rimal Equestrian Club &mdash; Procurement Portal</h2>
        <p>Purchase Order <b>AR-PO-24-0279</b> &nbsp;|&nbsp; Date: 14/07/2024 &nbsp;|&nbsp; Status: Issued to supplier</p>
        <p>Supplier: Stajmet Sp. z o.o., Leszno, Poland (Vendor 11107)</p>
        <table>
        <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
        <tr><td>1</td><td>SRB-450</td><td>Saddle-rack bracket 450 mm, RAL 9005 &mdash; sample</td><td>4</td><td>EUR 22,40</td><td>EUR 89,60</td></tr>
        </table>
        <h3>Supplier quotation summary (SQ/24/0802)</h3>
        <table>
        <tr><th>Stage</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
        <tr><td>Samples</td><td>4</td><td>EUR 22,40</td><td>EUR 89,60</td></tr>
        <tr><td>Production</td><td>160</td><td>EUR 13,90</td><td>EUR 2.224,00</td></tr>
        </table>
        <p>Dear Sir, kindly send the samples by air to Riyadh and advise the AWB number. Regards, Procurement Department</p>
        """)))])

# p39 ERP printout: sample PO with the quoted 300 pcs and a named release person (TXT)
case("p39", ["RG001", "RG003", "RG004"],
     "sample PO (4) lists 'quoted production qty 300' unmarked; Brooke named for releases but no hold and no unlock event",
     [F("PO_TR-5581.txt", T("""
        TUSSOCK & REIN SADDLERY LTD              Unleashed - Purchase Order
        14 Victoria Street, Cambridge 3434, NZ    Printed 19/08/2024 10:02
        ------------------------------------------------------------------------
        PO No.     : TR-5581                 Order date : 19/08/2024
        Supplier   : HEBEI DINGXIN METAL PRODUCTS CO., LTD. (DINGXIN01)
        Currency   : USD                     Incoterm   : FOB Tianjin
        ------------------------------------------------------------------------
        Product    Description                               Qty     Price    Total
        HRF-600    Portable hay rack frame 600 mm, galv. -    4      31.00    124.00
                   SAMPLE
        ------------------------------------------------------------------------
        Quoted production qty : 300 pcs @ USD 24.10  (your quote DX-Q-240806)
        Production releases   : Brooke Fairweather (GM) only
        Delivery              : samples by air to Cambridge, attn. Hamish Dunlop
        Buyer                 : Mereana Tawhiri
        """))])

# p40 supplier turns the labelled forecast + deposit into a confirmed order (EML thread)
_p40_q = T("""
    Hi Martín,
    For your planning: our 2025 forecast for SI-120F is 800 pairs. This is a forecast only, not an order.
    PO TR-5529 stays at 10 sample pairs; the production pairs are not released until Hamish signs off the
    samples and Brooke Fairweather sends a written release. I've paid the 30% on the sample PI today.
    Cheers, Mereana
    """)
_p40_text = T("""
    Hola Mereana,

    Thanks for the forecast 2025 and for the deposit, both arrived today.

    With the forecast of 800 pairs and the 30% anticipo in our account we consider the 800 pares as a
    confirmed order, so we start the production in the forge next week - the dies are ready.

    Saludos cordiales,
    Martín
    """) + SIG_MARTIN + "\n" + "El 9 sept 2024, a las 10:14, Mereana Tawhiri escribió:\n" + quote(_p40_q)
case("p40", ["RG008", "RG012"],
     "supplier treats the labelled 800-pair forecast plus a sample deposit as a confirmed order and starts production",
     [eml("Re_SI-120F_2025.eml", mail(MARTIN, MEREANA, "Re: 2025 forecast SI-120F / deposit",
                                               when(2024, 9, 9, 17, 40, -3), _p40_text,
                                               in_reply_to=f"<h224-fc2025@{TR}>"))])

# p41 supplier production meeting: "approved" three ways; tube bought for 400 vs 20 released (DOCX)
case("p41", ["RG006", "RG009"],
     "supplier note uses 'approved' for FAI, credit check and production; planner bought tube for 400 with only 20 released",
     [F("Notatka_produkcja_2024-07-03.docx", docx_bytes([
         ("h1", "Notatka ze spotkania produkcyjnego / Production meeting note - 2024-07-03"),
         ("p", "Obecni / Present: A. Nowak (kierownik produkcji), P. Wiśniewski (sprzedaż eksport), M. Kaczmarek "
               "(planista), T. Zieliński (spawalnia)."),
         ("num", "TBB-1650 (Bluegrass): pilot 20 pcs approved by customer (FAI, Ms. Carla Beasley)."),
         ("num", "Order 4471: approved by our sales director (credit limit OK)."),
         ("num", "Production approved for the 20 pcs only; balance 380 waits for written release from Mr. Dorsey."),
         ("num", "Material: planner bought S355J2H tube 48,3x3,2 for 400 pcs (mill price increase from August). "
                 "Stored in hall 2."),
         ("num", "Spawalnia: robot cell 2 free from week 29."),
     ], author="Agnieszka Nowak"))])

# p42 buyer portal: complete pilot scope, then "WPS-07 reviewed - approved, proceed." (HTML)
case("p42", ["RG002"],
     "portal PO scope is complete (20 pilot, 380 held, FAI sign-off, Hank Dorsey), but a later message says 'approved, proceed' unscoped",
     [F("BCT_portal_PO4530.html", html_page("Bluegrass Supplier Portal - PO 4530", T("""
        <h2>Bluegrass Coach &amp; Trailer Co. &mdash; Supplier Portal</h2>
        <p>Purchase Order <b>4530</b> rev 0 &nbsp;|&nbsp; Issued 06/05/2024 &nbsp;|&nbsp; Supplier: Hebei Dingxin Metal Products (30077)</p>
        <table>
        <tr><th>Ln</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit USD</th></tr>
        <tr><td>1</td><td>TBB-1650-G</td><td>Breast bar 1650 mm galv., DRG 4500 Rev 12 &mdash; PILOT</td><td>20</td><td>58.90</td></tr>
        </table>
        <div class="note">Scope: pilot lot of 20 pcs only. Balance 380 pcs on hold until Carla Beasley's FAI sign-off and a written release by Hank Dorsey, VP Operations. Material: pilot quantity only.</div>
        <h3>Messages</h3>
        <table>
        <tr><th>Date</th><th>From</th><th>Message</th></tr>
        <tr><td>06/13/2024</td><td>Cathy Zhang (supplier)</td><td>Dear Wade, WPS-07 weld procedure attached for the breast bar. Can we proceed?</td></tr>
        <tr><td>06/14/2024</td><td>Carla Beasley (BCT)</td><td>WPS-07 reviewed &ndash; approved, proceed.</td></tr>
        </table>
        """)))])

# p43 WeChat: ten (10) sample racks, then "ship the 12 sample racks" (TXT)
case("p43", ["RG011"],
     "the same chat authorizes ten (10) sample racks and later tells the supplier to ship the 12 sample racks",
     [F("WeChat_Ballykeel_Dingxin.txt", T("""
        WeChat chat history - Siobhán Moriarty (Ballykeel Stud) & Cathy Zhang (Dingxin Metal)
        Exported 2024-07-10

        2024-07-01 16:02  Siobhán Moriarty: Hi Cathy, PO BK-24-0140 sent by mail. It's for ten (10) sample hay racks HRF-1200 only. The 190 production racks are on hold until Aoife signs off the samples and Declan Moran sends you a written release.
        2024-07-01 16:30  Cathy Zhang: Dear Siobhan, received with thanks 😊
        2024-07-09 10:12  Cathy Zhang: Dear Siobhan, samples finish galvanizing. How to ship, by air or LCL?
        2024-07-09 10:40  Siobhán Moriarty: Air please. Ship the 12 sample racks together on Friday, one pallet, DHL to Dublin.
        2024-07-09 10:45  Cathy Zhang: OK, 12 pcs one pallet Friday.
        """))])

# p44 supplier order confirmation: series production of the balance starts on receipt of the advance (PDF)
case("p44", ["RG012"],
     "supplier order confirmation makes the 30% advance the trigger for series production of the balance",
     [F("Confirmacion_OC-HP-24-118.pdf", pdf([
         ("h1", "HERRAJES DEL PLATA S.R.L."),
         ("p", "Parque Industrial Pilar, Buenos Aires, Argentina | CUIT 30-71234567-0 | ISO 9001:2015"),
         ("h", "CONFIRMACION DE PEDIDO / ORDER CONFIRMATION OC-HP-24-118 - 22/07/2024"),
         ("p", "Cliente / Customer: Bluegrass Coach & Trailer Co., Paris KY, USA. Su orden / Your PO: 4514."),
         ("table", [
             ["Item", "Descripcion / Description", "Cant. / Qty", "USD", "Entrega / Delivery"],
             ["1", "TBB-1400 breast bar 1400 mm, galv. - piloto / pilot", "20", "54,10", "semana 33"],
         ]),
         ("sp",),
         ("p", "Produccion en serie (saldo): se inicia al recibir el anticipo del 30%. / Series production of the "
               "balance starts on receipt of the 30% advance payment."),
         ("p", "Forma de pago: 30% anticipo, 70% contra copia de B/L. Precios FOB Buenos Aires."),
         ("p", "Martin Echeverria - Ventas / Export"),
     ], title="Confirmacion de pedido OC-HP-24-118", author="Herrajes del Plata"))])

# p45 WhatsApp: supplier will crack straight on with the 480 once happy, bar already in for the lot (TXT)
case("p45", ["RG006", "RG007"],
     "supplier: once you're happy with the samples we'll crack straight on with the 480, bar already in for the full lot",
     [F("WhatsApp Chat with Gareth Hartshorne.txt", T("""
        [17/05/2024, 15:22:05] Siobhán Moriarty: Hi Gareth, just confirming PO BK-24-0117 is the 12 sample sets only - the 480 production sets aren't released till Aoife signs off the samples and Declan Moran sends you a written release.
        [17/05/2024, 15:40:51] Gareth Bowen: No worries Siobhán. Samples over to you Tuesday. Once you're happy with them we'll crack straight on with the 480 - I've already got the bar in for the full lot, saves the 3 week lead time 👍
        [17/05/2024, 15:41:30] Gareth Bowen: Trevor says hi btw
        """))])


# =================================================================== BUILD
def _stem(filename):
    stem = filename.rsplit(".", 1)[0]
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")
    return stem


def main():
    assert len(CASES) == 70, len(CASES)
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names)
    order = list(CASES)
    random.Random(224224).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h224_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        seen = set()
        for fn, data in c["files"]:
            assert fn not in seen, (c["name"], fn)
            seen.add(fn)
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"wrote {len(labels)} cases ({clean} clean) to {OUT}")


if __name__ == "__main__":
    main()
