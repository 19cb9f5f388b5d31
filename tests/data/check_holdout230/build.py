#!/usr/bin/env python3
"""Generator for the releasegate check_holdout230 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout230/build.py

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
    m["Message-ID"] = msgid or f"<h230-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h230")
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


# ------------------------------------------------------------ h230 helpers
import textwrap  # noqa: E402
import unicodedata  # noqa: E402

_SPECIAL = {"ı": "i", "İ": "I", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "→": "->",
            "–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "…": "...", "≤": "<=", "≥": ">="}


def lat(s):
    """Transliterate to what the PDF base-14 fonts (WinAnsi) can draw."""
    out = []
    for ch in s:
        ch = _SPECIAL.get(ch, ch)
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch)
                           if not unicodedata.combining(c))
            try:
                base.encode("cp1252")
                out.append(base)
            except UnicodeEncodeError:
                out.append("?")
    return "".join(out)


def PDF(blocks, **kw):
    fixed = []
    for b in blocks:
        if b[0] == "table":
            fixed.append(("table", [[lat(str(c)) for c in r] for r in b[1]]))
        elif len(b) > 1:
            fixed.append((b[0], lat(b[1])))
        else:
            fixed.append(b)
    kw = {k: lat(v) if isinstance(v, str) else v for k, v in kw.items()}
    return pdf(fixed, **kw)


def T(s):
    """Dedent a triple-quoted text block."""
    return textwrap.dedent(s).strip("\n") + "\n"


def to_html(text):
    """Very plain text -> HTML for the text/html alternative of a mail."""
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(ln.startswith(">") for ln in lines if ln.strip()):
            inner = "<br>\n".join(escape(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial;"
            "font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n")


TXT = "text/plain"
HTML_MT = "text/html"

# People and parties (all fictional)
FJ = "Fjordlaks Havbruk AS"
GC = "Glen Corrach Trout Ltd"
CM = "Cooperativa Mitilicultores Seno Reloncaví Ltda."
MB = "Mekong Blue Seafood JSC"
EG = "Egemar Deniz Ekipmanları San. ve Tic. A.Ş."
QH = "Qingdao Haiyun Marine Hardware Co., Ltd."
TN = "Talleres Navales Arousa S.L."
BJ = "UAB Baltijos Jūrų Metalas"
SA = "Siam Aqua Engineering Co., Ltd."

INGRID = "Ingrid Solheim <ingrid.solheim@fjordlaks.no>"
KJETIL = "Kjetil Brevik <kjetil.brevik@fjordlaks.no>"
MARIT = "Marit Haugland <marit.haugland@fjordlaks.no>"
FIONA = "Fiona MacLeod <fiona.macleod@glencorrach.co.uk>"
CALLUM = "Callum Drummond <callum.drummond@glencorrach.co.uk>"
CAMILA = "Camila Vergara <cvergara@mitilreloncavi.cl>"
HA = "Nguyễn Thị Thu Hà <ha.ntt@mekongblue.vn>"
MURAT = "Murat Yıldız <murat.yildiz@egemar.com.tr>"
LEO = "Leo Wang <leo.wang@haiyun-marine.cn>"
SUNNY = "Sunny Liu <sunny.liu@haiyun-marine.cn>"
XOAN = "Xoán Castro <xcastro@tnarousa.es>"
TOMAS = "Tomas Petrauskas <tomas.petrauskas@bjmetalas.lt>"
RUTA = "Rūta Jankauskienė <ruta.jankauskiene@bjmetalas.lt>"
SOMCHAI = "Somchai Wongsakul <somchai@siamaqua.co.th>"

S_INGRID = sig("Ingrid Solheim", "Innkjøper / Purchaser", FJ + ", Hitra", "+47 72 44 18 20")
S_FIONA = sig("Fiona MacLeod", "Purchasing & Operations", GC + ", Loch Awe, Argyll", "+44 1866 833 210")
S_CALLUM = sig("Callum Drummond", "Site Engineer", GC, "+44 1866 833 214")
S_CAMILA = sig("Camila Vergara", "Compras / Purchasing", CM + ", Puerto Montt", "+56 65 2 43 1180")
S_HA = sig("Nguyen Thi Thu Ha", "Purchasing Officer", MB + ", Ca Mau", "+84 290 3 83 1166")
S_MURAT = sig("Murat Yıldız", "Export Sales Manager", EG + ", Aliağa / İzmir", "+90 232 616 44 10")
S_LEO = sig("Leo Wang (王磊)", "Sales Manager", QH + ", Jiaozhou, Qingdao", "+86 532 8722 0415")
S_SUNNY = sig("Sunny Liu", "Sales Dept.", QH, "+86 532 8722 0418")
S_XOAN = sig("Xoán Castro", "Dpto. Comercial", TN + ", Vilagarcía de Arousa", "+34 986 50 11 27")
S_TOMAS = sig("Tomas Petrauskas", "Sales Manager", BJ + ", Klaipėda", "+370 46 31 22 90")
S_RUTA = sig("Rūta Jankauskienė", "Production Planning", BJ + ", Klaipėda", "+370 46 31 22 94")
S_SOMCHAI = sig("Somchai Wongsakul", "Sales Director", SA + ", Samut Sakhon", "+66 34 41 2270")


# =================================================================== CLEAN
# c01 supplier quote with sample and production tiers (PDF) ------------------
case("c01_quote_tiers", [], "supplier quote alone with sample and two production tiers; no authorized quantity, production marked as needing a written release order", [
    ("QH-Q-2024-0422.pdf", PDF([
        ("h1", "QUOTATION"),
        ("p", "Qingdao Haiyun Marine Hardware Co., Ltd. - No. 18 Haiyun Road, Jiaozhou, Qingdao, Shandong, China"),
        ("p", "Quotation No.: QH-Q-2024-0422    Date: 2024-04-15    Valid: 60 days"),
        ("p", "To: Fjordlaks Havbruk AS, Hitra, Norway - Attn. Ms. Ingrid Solheim, Purchasing"),
        ("p", "Item: Net-pen walkway bracket NPB-160 (for 160 mm HDPE ring), material 316L, drawing FL-DRG-4500 Rev 12, "
              "bolts M24x3 A4-80 included. Salt spray test ISO 9227 NSS 1000 h can be provided on request."),
        ("sp",),
        ("table", [
            ["Stage", "Quantity", "Unit price", "Lead time"],
            ["Sample lot", "6 pcs", "EUR 48,00", "25 days after PO"],
            ["Production tier A", "500 pcs", "EUR 22,40", "45 days after written release order"],
            ["Production tier B", "2.400 pcs", "EUR 19,85", "60 days after written release order"],
            ["Tooling / fixture (one time)", "1 set", "EUR 1.150,00", "-"],
        ]),
        ("sp",),
        ("p", "Remarks:"),
        ("p", "1. Production prices are for your budget information. We start production only after your written release order "
              "with quantity; the sample order does not start production."),
        ("p", "2. Payment: samples 100% T/T before shipment. Production: 30% T/T deposit, 70% before shipment."),
        ("p", "3. Packing: wooden case, max 250 kg each. FOB Qingdao. Our factory is ISO 9001:2015 certified."),
        ("sp",),
        ("p", "Leo Wang, Sales Manager - leo.wang@haiyun-marine.cn - +86 532 8722 0415"),
    ], title="Quotation QH-Q-2024-0422", author="Leo Wang")),
])

# c02 buyer RFQ with three quantity scenarios (EML, multipart/alternative) ---------
_t = T("""
    Hi Tomas,

    Hope you're keeping well and the summer's kinder over there than it is here.

    We're looking at replacing the grading tables at Loch Awe and Glen Etive and would like a price on
    the frame, drawing GC-GTF-1200 rev B (316 stainless, TIG welded, feet M16 adjustable). It's on the
    portal under RFQ GC-RFQ-24-022.

    Could you quote three scenarios please:
      - 10 off (trial frames for Loch Awe)
      - 200 off
      - 600 off (only if we end up doing all the sites over 2025-26)

    This is a request for quotation only. It is not an order and there's nothing to make or buy
    against it; we've no budget signed for the bigger numbers yet. Could you also give lead times,
    and tell me whether the 10 off could be with us before the end of August?

    Cheers,
    Fiona
    """) + S_FIONA
case("c02_rfq_three_scenarios", [], "buyer RFQ with 10/200/600 scenarios, explicitly not an order; questions only", [
    ("RFQ GC-RFQ-24-022.eml", eml_bytes(mail(
        FIONA, TOMAS, "RFQ GC-RFQ-24-022 - grading table frames GTF-1200", "Mon, 03 Jun 2024 10:41:00 +0100",
        _t, html=to_html(_t)))),
])

# c03 supplier question under a complete quoted buyer scope (EML, quoted) ----------
_t = T("""
    Hola Camila,

    Gracias, OC recibida y registrada como pedido TNA-P-24-0311.

    One question: the foundry in Ourense asks us to keep the pattern slot for the 112 housings in
    September. Can we have the go-ahead for the balance now, or do we wait for the sign-off of Rodrigo
    on the samples? Until you tell us, nothing is started for the 112 and no duplex is bought for them.

    Un saludo,
    Xoán

    El mar, 14 may 2024 a las 16:02, Camila Vergara <cvergara@mitilreloncavi.cl> escribió:
    > Estimado Xoán,
    >
    > Adjunto OC 4100-2291 para las carcasas de impulsor FPH-250 (fish pump impeller housing), dúplex 1.4462,
    > plano RLV-PL-250 rev 3.
    >
    > Scope: ocho (8) muestras only. The balance of 112 pcs from your cotización TNA-24-118 is NOT released.
    > Unlock: sample sign-off by Rodrigo Aravena (Jefe de Planta), and after that a written production
    > release from Patricio Muñoz, Gerente de Operaciones. Material: only for the 8 samples, please.
    >
    > Saludos cordiales,
    > Camila Vergara
    > Compras - Cooperativa Mitilicultores Seno Reloncaví
    """) + S_XOAN
case("c03_supplier_question_quoted_scope", [], "supplier asks for the go-ahead for the balance under a complete quoted buyer scope (8 samples, 112 not released, sign-off + written release by Patricio Muñoz); a question is not an approval", [
    ("Re_ OC 4100-2291 muestras FPH-250.eml", eml_bytes(mail(
        XOAN, CAMILA, "Re: OC 4100-2291 muestras FPH-250", "Wed, 15 May 2024 09:17:00 +0200",
        _t, in_reply_to="<oc-4100-2291@mitilreloncavi.cl>"))),
])

# c04 labelled EDI 830 forecast (TXT) --------------------------------------------
case("c04_edi830_forecast_labelled", [], "EDI 830 planning schedule explicitly labelled non-binding forecast, zero fab/material authorization", [
    ("FL_830_20417_20240603.txt", T("""
        FJORDLAKS HAVBRUK AS              PLANNING SCHEDULE (EDI X12 830)              PAGE 1/1
        TRANSMITTED 2024-06-03 06:00   ISA CTRL 000000830   GS 4711   ST 0001
        ------------------------------------------------------------------------------------------
        SUPPLIER  : 20417  UAB BALTIJOS JURU METALAS, KLAIPEDA LT
        SHIP TO   : FJORDLAKS HAVBRUK AS, SANDSTAD, 7240 HITRA NO
        PART      : MSP-48-S355-HDG   MOORING BUOY SHACKLE PLATE   DRG 7800 REV 4
                    S355J2 EN 10025-2, HOT DIP GALV. EN ISO 1461, HOLE 48 MM
        SCHEDULE  : BFR01 TYPE DL (FORECAST ONLY)          HORIZON 2024-28 .. 2024-52
        ------------------------------------------------------------------------------------------
        ***  THIS SCHEDULE IS A NON-BINDING FORECAST. IT IS NOT AN ORDER.                    ***
        ***  IT DOES NOT AUTHORIZE PRODUCTION AND DOES NOT AUTHORIZE MATERIAL PURCHASE.      ***
        ***  FAB AUTH QTY: 0        RAW MATERIAL AUTH QTY: 0                                 ***
        ------------------------------------------------------------------------------------------
        WEEK       QTY    QUAL
        2024-28    120    FORECAST
        2024-32    120    FORECAST
        2024-36    240    FORECAST
        2024-40    240    FORECAST
        2024-44    240    FORECAST
        2024-48    240    FORECAST
        2024-52    240    FORECAST
        ------------------------------------------------------------------------------------------
        CUM FORECAST 2024-28..2024-52 :  1 440 PCS
        FIRM ORDERS UNDER THIS SCHEDULE:  NONE
        ORDERS ARE PLACED ONLY BY SEPARATE PO OR CALL-OFF SIGNED BY FJORDLAKS PURCHASING.
        CONTACT: INGRID SOLHEIM, INNKJOP, +47 72 44 18 20
        SE 0024 0001
        """)),
])

# c05 sample sign-off scoped to fit check, production not released (DOCX) ----------
case("c05_signoff_fit_check_only", [], "engineering sign-off 'approved for fit check only; production not released', balance 114 on hold until written release by Marit Haugland", [
    ("SSR-2024-031 FPH-250.docx", docx_bytes([
        ("h1", "Sample sign-off record SSR-2024-031"),
        ("p", "Fjordlaks Havbruk AS - Teknisk avdeling / Engineering"),
        ("table", [
            ["Part", "FPH-250 fish-pump impeller housing, duplex 1.4462, DRG FL-DRG-2500 Rev 7"],
            ["Supplier", "Egemar Deniz Ekipmanları (İzmir)"],
            ["PO", "4500012379, line 10 - six (6) pilot housings"],
            ["Received", "21.05.2024, Frøya pump station"],
        ]),
        ("h", "Results"),
        ("table", [
            ["Characteristic", "Requirement", "Result"],
            ["Bore Ø250 H7", "250,000 / 250,046", "250,021 - 250,038 OK"],
            ["Flange PCD", "Ø310 ±0,2", "OK (6/6)"],
            ["Hydrostatic test", "16 bar / 30 min", "No leakage (6/6)"],
            ["Fit on pump skid P-2", "Bolt-on without rework", "OK"],
        ]),
        ("h", "Disposition"),
        ("p", "Approved for fit check only. This is a technical sign-off on the six pilot housings; it covers "
              "dimensions and fit on the skid, nothing else."),
        ("p", "Production not released. The balance of 114 housings stays on hold. It can only be released by a "
              "written production release from Marit Haugland, Supply Chain Manager."),
        ("p", "Material: no material for the 114 until that written release."),
        ("sp",),
        ("p", "Signed: Kjetil Brevik, Teknisk sjef / Technical Manager, 24.05.2024"),
    ], author="Kjetil Brevik")),
])

# c06 full-quantity PO that says proceed (PDF) -------------------------------------
case("c06_full_qty_po_proceed", [], "full and final PO for 40 hatch covers, no sample lot and no balance; 'proceed with the full 40' is scoped", [
    ("PO GC-24-0117.pdf", PDF([
        ("h1", "PURCHASE ORDER GC-24-0117"),
        ("p", "Glen Corrach Trout Ltd, Ardbrecknish Pier, Loch Awe, Argyll PA33 1BH, Scotland - VAT GB 284 1170 66"),
        ("p", "Supplier: Talleres Navales Arousa S.L., Polígono O Rial, 36600 Vilagarcía de Arousa, Spain"),
        ("p", "Date: 14/05/2024    Currency: EUR    Incoterm: DAP Oban    Payment: 45 days from invoice"),
        ("sp",),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit price", "Total"],
            ["1", "FBH-900-5083", "Feed-barge hatch cover 900x900, Al 5083-H111, EPDM gasket, hinge pins A4, DRG GC-2210 Rev 3",
             "40", "EUR 412,50", "EUR 16.500,00"],
        ]),
        ("sp",),
        ("p", "Delivery: 20 pcs week 30 and 20 pcs week 34, both to our feed barge 'Corrach II', Oban pier."),
        ("p", "This PO is for the full and final quantity of forty (40) hatch covers. There is no sample lot and no "
              "balance, and no further call-offs will follow. You may proceed with the full 40 pcs."),
        ("p", "Documents with shipment: material certificate EN 10204 3.1, weld log, leak test 0,2 bar record."),
        ("sp",),
        ("p", "Issued by Fiona MacLeod, Purchasing & Operations"),
    ], title="PO GC-24-0117", author="Fiona MacLeod")),
])

# c07 DELFOR call-off with explicit staged material authority (TXT) ------------------
case("c07_delfor_staged_material", [], "call-off releases 300, explicit staged material authority up to 600, balance 900 on hold until next call-off signed by Marit Haugland", [
    ("DELFOR_FL-DF-2024-0612.txt", T("""
        EDIFACT DELFOR D.96A  --  HUMAN READABLE PRINT                       FJORDLAKS HAVBRUK AS
        MESSAGE REF : FL-DF-2024-0612            DOC DATE : 12.06.2024       PAGE 1 OF 1
        BUYER       : FJORDLAKS HAVBRUK AS, SANDSTAD, 7240 HITRA, NO
        SUPPLIER    : UAB BALTIJOS JURU METALAS, KLAIPEDA, LT       SUPPLIER NO 20417
        SCHED. AGRMT: 5500000218
        PART        : NPB-160-HDG   NET-PEN WALKWAY BRACKET   DRG 4500 REV 12   NS 9415:2009
        AGREEMENT QTY (QUOTED 2024/25, COMMERCIAL COVER ONLY): 1.200 PCS
        =========================================================================================
        CALL-OFF NO 01
          RELEASED FOR PRODUCTION (FIRM) ........ 300 PCS
              DELIVERY WK 27 ..................... 150 PCS
              DELIVERY WK 29 ..................... 150 PCS
          MATERIAL AUTHORITY .................... STAGED UP TO 600 PCS
              (S355J2 PLATE + HDG CAPACITY; BUYER LIABLE FOR MATERIAL UP TO 600 PCS. THIS IS
               MATERIAL ONLY - NOT A PRODUCTION RELEASE BEYOND THE 300.)
          BALANCE NOT RELEASED .................. 900 PCS
              ON HOLD UNTIL NEXT CALL-OFF (CALL-OFF NO 02). DO NOT START.
          RELEASE AUTHORITY ..................... MARIT HAUGLAND, SUPPLY CHAIN MANAGER
                                                  (SIGNS EVERY CALL-OFF)
        =========================================================================================
        CUM RELEASED : 300     CUM RECEIVED : 0     LAST ASN : NONE
        END OF MESSAGE  UNH 0612 / UNT 38
        """)),
])

# c08 signed explicit auto-conversion record (DOCX) -------------------------------
case("c08_autoconversion_signed", [], "explicit, signed auto-conversion agreement recorded before sample shipment: names 120 pcs, the signer and the conditions", [
    ("AC-2024-04 FPH-250.docx", docx_bytes([
        ("h1", "Acuerdo de auto-conversión / Auto-conversion agreement AC-2024-04"),
        ("p", "Cooperativa Mitilicultores Seno Reloncaví Ltda. (comprador) - Talleres Navales Arousa S.L. (proveedor)"),
        ("p", "Recorded 03.06.2024, before the samples are shipped. Order: carcasa de impulsor / impeller housing "
              "FPH-250, plano RLV-PL-250 rev 3, OC 4100-2305."),
        ("num", "Samples: eight (8) housings under OC 4100-2305 line 10. Only these are released today."),
        ("num", "Auto-conversion: if and when the sample sign-off for these 8 housings is recorded as APPROVED "
                "(not interim, not rejected) by Rodrigo Aravena, Jefe de Planta, a production quantity of one hundred "
                "twenty (120) housings is released automatically, without a further written release."),
        ("num", "Conditions: sign-off recorded within 60 days of this agreement; price EUR 386,00 per unit as quote "
                "TNA-24-131; OC 4100-2305 line 20 (120 pcs) is already issued as commercial cover."),
        ("num", "Outside these conditions an interim or rejected sign-off releases nothing. Any quantity above 120 "
                "needs a written release by Patricio Muñoz."),
        ("num", "Material authority: sample-only until the auto-conversion has happened."),
        ("sp",),
        ("table", [
            ["Role", "Name", "Signature / date"],
            ["Release authority (comprador)", "Patricio Muñoz, Gerente de Operaciones", "firmado 03.06.2024"],
            ["Sample sign-off (comprador)", "Rodrigo Aravena, Jefe de Planta", "firmado 03.06.2024"],
            ["Acknowledged (proveedor)", "Xoán Castro, Dpto. Comercial", "firmado 04.06.2024"],
        ]),
    ], author="Patricio Muñoz")),
])

# c09 old quote forwarded as rfc822, declared informational (EML) -------------------
_inner = mail(MURAT, FIONA, "Quotation EGM-Q-22-0917 mooring buoy shackle plates",
              "Thu, 22 Sep 2022 11:20:00 +0300",
              T("""
                Dear Mrs. Fiona,

                Thank you for your inquiry. Please find our offer:

                Item: Mooring buoy shackle plate MSP-48, S355J2, hot dip galvanized EN ISO 1461
                Quantity: 5.000 pcs
                Unit price: EUR 14,20 EXW Aliağa
                Lead time: 8 weeks after order
                Validity: 30 days

                We are waiting your kind order.
                """) + S_MURAT)
_t = T("""
    Callum,

    FYI only - forwarding the old 2022 Egemar quote for the shackle plates so you've got a price
    reference for the budget paper. It's information, nothing more: it's not an order, nothing is
    released against it, and we've no PO open with Egemar for these plates.

    Price will be well out of date, steel has moved a lot since.

    F.
    """) + S_FIONA
case("c09_fwd_old_quote_info", [], "internal forward of a 2022 quote for 5.000 pcs as rfc822, declared information only, no PO open", [
    ("Fwd_ Quotation EGM-Q-22-0917.eml", eml_bytes(mail(
        FIONA, CALLUM, "Fwd: Quotation EGM-Q-22-0917 mooring buoy shackle plates", "Tue, 04 Jun 2024 14:05:00 +0100",
        _t, attachments=[("rfc822", _inner)]))),
])

# c10 buyer corrects a quoted supplier roll-into-production line (EML, quoted) --------
_t = T("""
    Hi Murat,

    Thanks for the update, good news on the samples. But no - please don't roll into the 600.

    The sample sign-off by Callum does not release production. The ten (10) samples are the only
    quantity released under PO GC-24-0126. The 600 balance stays on hold until Callum has signed the
    samples off AND Alasdair Ross (our MD) has sent you a written production release. No material for
    the 600 either until then, please.

    Cheers,
    Fiona

    On Wed, 22 May 2024 at 09:48, Murat Yıldız <murat.yildiz@egemar.com.tr> wrote:
    > Dear Fiona,
    > The samples (10 pcs net-pen bracket NPB-160) will be ready Friday, we send by UPS.
    > Once you approve the samples we will roll straight into the 600 pcs, so you gain 3 weeks.
    > Best regards, Murat
    """) + S_FIONA
case("c10_correction_of_quoted_roll", [], "quoted supplier line assumes roll into the 600; buyer reply corrects it with complete scope (10 released, 600 on hold, sign-off + written release by Alasdair Ross)", [
    ("Re_ NPB-160 samples ready.eml", eml_bytes(mail(
        FIONA, MURAT, "Re: NPB-160 samples ready", "Wed, 22 May 2024 11:02:00 +0100",
        _t, cc=CALLUM, in_reply_to="<egm-20240522-0948@egemar.com.tr>"))),
])

# c11 WhatsApp: deposit does not release production (TXT) ---------------------------
case("c11_whatsapp_deposit_not_release", [], "supplier states the deposit does not release production; buyer confirms 12 samples only, 1.188 on hold until written release by Le Minh Quan after sign-off", [
    ("WhatsApp Chat with Somchai Siam Aqua.txt", T("""
        [14/05/2024, 09:12:33] Hà Mekong Blue: Dear Mr Somchai, we transfer deposit 30% today for PO MB-2405-017, 12 pcs sample shackle plate MSP-48. pls check
        [14/05/2024, 09:40:02] Somchai Siam Aqua: Good morning Khun Ha. Deposit received already, thank you krub 🙏
        [14/05/2024, 09:41:18] Somchai Siam Aqua: Just to be clear krub: deposit does not release production. We make only the 12 sample pcs. Balance 1.188 pcs stay on hold until written release from Mr Le Minh Quan after your sample sign-off
        [14/05/2024, 10:05:47] Hà Mekong Blue: Yes correct. 12 pcs sample only. Balance 1.188 not release until Mr Quan sign written release, after Mr Duc sign-off the sample. Material only for 12 pcs please
        [14/05/2024, 10:06:30] Somchai Siam Aqua: Noted krub 👍 galvanize EN ISO 1461 same as drawing MB-MSP-48 rev 2
        [14/05/2024, 10:07:12] Hà Mekong Blue: 👍
        """)),
])

# c12 supplier portal acknowledgement restating the hold (HTML) ---------------------
case("c12_supplier_portal_ack_hold", [], "supplier acknowledgement page restating 10 samples only, balance 590 not released, material for 10 only", [
    ("BJM_portal_KO-24-0401.html", html_page("BJM Customer Portal - Order acknowledgement KO-24-0401", T("""
        <h2>UAB Baltijos Jūrų Metalas &mdash; Customer Portal</h2>
        <p>Customer: <b>Glen Corrach Trout Ltd</b> &middot; Customer PO: <b>GC-24-0133</b> &middot; Our order: KO-24-0401</p>
        <h3>Order acknowledgement</h3>
        <table>
        <tr><th>Pos.</th><th>Part</th><th>Scope</th><th>Qty</th><th>Status</th></tr>
        <tr><td>10</td><td>GTF-1200 grading table frame, AISI 316, DRG GC-GTF-1200 rev B</td><td>Sample</td><td>10</td><td>Acknowledged &ndash; in production</td></tr>
        <tr><td>&ndash;</td><td>GTF-1200 production balance (quote BJM-Q-24-077)</td><td>Production</td><td>590</td><td>NOT RELEASED &ndash; on hold</td></tr>
        </table>
        <div class="note">
        <p>We acknowledge the PO scope as written: ten (10) sample frames only.</p>
        <p>The balance of 590 frames is not released. We will start it only after your sample sign-off and a written
        production release from Mr Alasdair Ross, Managing Director.</p>
        <p>Material: purchased for the 10 sample frames only (316 tube 40x40x2, 84 m).</p>
        </div>
        <p>Acknowledged by Tomas Petrauskas, Sales Manager, 2024-05-29 14:12 (EET)</p>
        """))),
])

# c13 supplier status report restating the hold (PDF) -------------------------------
case("c13_status_report_hold", [], "supplier weekly status: 6 samples in work, production quantity on hold pending written release, material for samples only", [
    ("Haiyun_status_WK24_Fjordlaks.pdf", PDF([
        ("h1", "Weekly Order Status - WK24/2024"),
        ("p", "Qingdao Haiyun Marine Hardware Co., Ltd. -> Fjordlaks Havbruk AS (Ms. Ingrid Solheim)"),
        ("table", [
            ["PO", "Item", "Scope", "Qty", "Status"],
            ["4500012466", "NPB-160 net-pen bracket 316L", "Sample", "6", "Machining finished, passivation WK25, ship WK26"],
            ["4500012466", "NPB-160 net-pen bracket 316L", "Production (quoted)", "2.400", "ON HOLD - waiting customer written release"],
        ]),
        ("sp",),
        ("p", "Material: 316L plate 12 mm purchased for the 6 samples only (38 kg, heat no. 24C0415). No material bought "
              "for production. We will not buy or start anything for the 2.400 pcs before your written release."),
        ("p", "Quality: first article dimension report will come with the samples. Salt spray ISO 9227 NSS 1000 h is "
              "running on 2 coupons, finish WK27."),
        ("sp",),
        ("p", "Prepared by: Zhang Min (PMC) / checked: Leo Wang"),
    ], title="Status WK24", author="Zhang Min")),
])
# c14 interim disposition with quantity and date limits (DOCX) ----------------------
case("c14_interim_disposition_limits", [], "interim sample disposition limited to 150 pcs before 30.09.2024, release of 150 signed by Marit Haugland, balance 2.250 on hold until final sign-off and written release", [
    ("ISD-2024-07 MSP-48.docx", docx_bytes([
        ("h1", "Interim sample disposition ISD-2024-07"),
        ("p", "Fjordlaks Havbruk AS - Kvalitet / Quality"),
        ("table", [
            ["Part", "MSP-48 mooring buoy shackle plate, S355J2, HDG EN ISO 1461, DRG 7800 Rev 4"],
            ["Supplier", "Qingdao Haiyun Marine Hardware Co., Ltd."],
            ["PO", "4500012470 (commercial cover 2.400 pcs)"],
            ["Samples", "12 pcs received 03.07.2024"],
        ]),
        ("h", "Finding"),
        ("p", "Zinc thickness 78 µm at 2 of 40 points, requirement min. 85 µm. All other characteristics OK. "
              "Root cause at galvanizer (immersion time). Corrective action due with the next lot."),
        ("h", "Disposition: INTERIM"),
        ("li", "Limit 1 - quantity: up to one hundred fifty (150) pcs."),
        ("li", "Limit 2 - date: delivered before 30.09.2024."),
        ("li", "Use: Hitra site moorings only."),
        ("h", "Production release under this interim disposition"),
        ("p", "Release R-2024-07-1: 150 pcs. Authorized by Marit Haugland, Supply Chain Manager (release authority)."),
        ("p", "Material authority: staged up to 150 pcs."),
        ("p", "Balance 2.250 pcs: not released. It unlocks only after a final sample sign-off (approved, not interim) "
              "by Kjetil Brevik on a corrected lot, followed by a written release from Marit Haugland."),
        ("sp",),
        ("p", "Kjetil Brevik, Technical Manager - Marit Haugland, Supply Chain Manager - 05.07.2024"),
    ], author="Kjetil Brevik")),
])

# c15 deviation permit that leaves quantities untouched (PDF) ------------------------
case("c15_deviation_permit", [], "deviation permit on weld finish for the 8 sample frames; changes no quantity and releases nothing; balance stays on hold with event and named person", [
    ("DP-24-011.pdf", PDF([
        ("h1", "Permiso de desviación / Deviation permit DP-24-011"),
        ("p", "Cooperativa Mitilicultores Seno Reloncaví Ltda. - Planta Chinquihue, Puerto Montt"),
        ("p", "Supplier: UAB Baltijos Jūrų Metalas, Klaipėda - OC 4100-2318 - Part GTF-1200 grading table frame, plano RLV-PL-1200 rev 1"),
        ("sp",),
        ("table", [
            ["Item", "Requirement", "Deviation granted", "Applies to"],
            ["Weld seams underside", "Ground flush, Ra 3,2", "As welded, pickled and passivated", "The 8 sample frames only"],
            ["Foot plate holes", "Ø18", "Ø17,5 + reamed on site", "The 8 sample frames only"],
        ]),
        ("sp",),
        ("p", "This deviation changes no quantity and releases nothing. It applies to the eight (8) sample frames of "
              "OC 4100-2318 line 10 only."),
        ("p", "The production balance (96 frames in your quote) remains on hold as written in the OC: it needs the "
              "sample sign-off by Rodrigo Aravena and then a written release from Patricio Muñoz, Gerente de Operaciones."),
        ("sp",),
        ("p", "Granted by: Rodrigo Aravena, Jefe de Planta - 11.06.2024"),
    ], title="DP-24-011", author="Rodrigo Aravena")),
])

# c16 full-quantity ERP PO full of quantity-like identifiers (TXT) -------------------
case("c16_erp_po_identifiers", [], "full-quantity PO for 36 brackets; identifiers PN 160-2400-316, DRG 4500 Rev 12, M24x3, ISO 9227 1000 h, NS 9415:2009 are not quantities; no balance", [
    ("POP_GC-24-0152.txt", T("""
        GLEN CORRACH TROUT LTD                                        Sage 200 - POP  PURCHASE ORDER
        Ardbrecknish Pier, Loch Awe, Argyll PA33 1BH                  Printed 21/05/2024 15:40  user FMACLEOD
        ----------------------------------------------------------------------------------------------------
        PO No   : GC-24-0152          Rev : 0        Date : 21/05/2024
        Supplier: EGE001  EGEMAR DENIZ EKIPMANLARI SAN. VE TIC. A.S., ALIAGA / IZMIR, TURKIYE
        Deliver : Glen Corrach Trout Ltd, Ardbrecknish Pier (site 2400)   Required: wk 28
        Terms   : 45 days   Incoterm: DAP   Currency: GBP
        ----------------------------------------------------------------------------------------------------
        Ln  Item code          Description                                   Qty  UoM   Price      Value
        1   PN 160-2400-316    Net-pen walkway bracket NPB-160, 316L           36  EA    61.20    2,203.20
                               DRG 4500 Rev 12, bolts M24x3 A4-80
                               spec GC-QS-0600 rev 16
        ----------------------------------------------------------------------------------------------------
                                                                       Net total GBP       2,203.20
        Notes:
        - Design to NS 9415:2009; supplier certified ISO 9001:2015.
        - Salt spray report ISO 9227 NSS 1000 h and EN 10204 3.1 certs to come with the goods.
        - This is the full order quantity: thirty-six (36) brackets. No samples, no balance,
          no further call-offs under this PO.
        Authorised: F MacLeod
        """)),
])

# c17 Teams: go-ahead scoped to the 6 pilot housings (TXT) --------------------------
case("c17_teams_scoped_go_ahead", [], "Teams go-ahead scoped to 'the 6 pilot housings only', balance 114 not released until pilot sign-off and written release from Marit Haugland", [
    ("Teams_FPH-250_Haiyun.txt", T("""
        Microsoft Teams - chat export - "FPH-250 impeller housing / Haiyun"
        Participants: Kjetil Brevik (Fjordlaks Havbruk AS), Ingrid Solheim (Fjordlaks Havbruk AS), Leo Wang (External)

        Leo Wang (External)   04.06.2024 08:31
        Good morning. Drawing FPH-250 rev D received, casting pattern ready. We can start pilot lot this week if you confirm.

        Kjetil Brevik   04.06.2024 08:41
        Morning Leo. Rev D is correct, the O-ring groove 3,53 mm is the change.
        Go ahead with the 6 pilot housings only. The 114 balance is not released - it waits for my sign-off of the pilots and then a written release from Marit Haugland.

        Leo Wang (External)   04.06.2024 08:44
        Clear. 6 pcs pilot only, nothing for 114. Material we buy for 6 pcs.

        Ingrid Solheim   04.06.2024 08:52
        👍 PO 4500012495 covers the 6 pcs, sent yesterday.
        """)),
])

# c18 buyer portal PO: production line not released (HTML) -------------------------
case("c18_buyer_portal_line_not_released", [], "buyer portal PO: line 10 four samples active, line 20 (76) commercial cover marked not released until sample sign-off and written release by Marit Haugland", [
    ("leverandorportal_PO_4500012502.html", html_page("Fjordlaks Leverandørportal - PO 4500012502", T("""
        <h2>Fjordlaks Havbruk AS &mdash; Leverandørportal / Supplier portal</h2>
        <p>Supplier: Egemar Deniz Ekipmanları San. ve Tic. A.Ş. (20433) &middot; PO <b>4500012502</b> &middot; Status: Issued 27.05.2024</p>
        <table>
        <tr><th>Line</th><th>Part</th><th>Scope</th><th>Qty</th><th>Unit price</th><th>Status</th></tr>
        <tr><td>10</td><td>FBH-900 feed-barge hatch cover, Al 5083, DRG FL-DRG-0900 Rev C</td><td>Sample</td><td>4</td><td>EUR 455,00</td><td>Active &ndash; make now</td></tr>
        <tr><td>20</td><td>FBH-900 feed-barge hatch cover</td><td>Production</td><td>76</td><td>EUR 398,00</td><td>NOT RELEASED &ndash; awaiting sample sign-off</td></tr>
        </table>
        <div class="note">
        <p>Only line 10, four (4) sample hatch covers, is active. Line 20 is commercial cover only and is not released for production.</p>
        <p>Line 20 is released only by a written production release from Marit Haugland, Supply Chain Manager, after the sample sign-off by Kjetil Brevik.</p>
        <p>Material authority: sample-only.</p>
        </div>
        <p style="color:#666">Contact: Ingrid Solheim, innkjøp &middot; +47 72 44 18 20</p>
        """), lang="no")),
])

# c19 supplier portal order book with balance on hold (HTML) -------------------------
case("c19_supplier_order_book", [], "supplier order book: 12 samples in production, balance 1.188 on hold for customer written release, plus an unrelated full-quantity order shipped", [
    ("siamaqua_orderbook_MB.html", html_page("Siam Aqua Engineering - Customer order book", T("""
        <h2>Siam Aqua Engineering Co., Ltd. &mdash; Customer Order Book</h2>
        <p>Customer: Mekong Blue Seafood JSC (Ca Mau) &middot; printed 2024-06-10</p>
        <table>
        <tr><th>SO</th><th>Customer PO</th><th>Item</th><th>Scope</th><th>Qty</th><th>Status</th><th>Material</th></tr>
        <tr><td>SO-24-0311</td><td>MB-2405-017</td><td>MSP-48 shackle plate, HDG</td><td>Sample</td><td>12</td><td>In production, ship 2024-06-21</td><td>for 12 pcs only</td></tr>
        <tr><td>SO-24-0311-B</td><td>MB-2405-017</td><td>MSP-48 shackle plate, HDG</td><td>Balance</td><td>1,188</td><td>ON HOLD &ndash; customer written release required (Mr Le Minh Quan)</td><td>none</td></tr>
        <tr><td>SO-24-0287</td><td>MB-2404-009</td><td>GTF-1200 grading table frame</td><td>Full order</td><td>24</td><td>Shipped 2024-05-30</td><td>&ndash;</td></tr>
        </table>
        <p class="note">Balance lines are not scheduled. Production of a balance line starts only on the customer's written release.</p>
        """))),
])

# c20 full-quantity ERP PO with three schedule lines (TXT) --------------------------
case("c20_erp_po_schedule_lines", [], "full and final PO for 240 frames split in three 80-pc delivery lines; no samples, no balance", [
    ("OC_4100-2342.txt", T("""
        SOFTLAND ERP  -  ORDEN DE COMPRA                                        Pág. 1/1
        COOPERATIVA MITILICULTORES SENO RELONCAVÍ LTDA.   RUT 76.543.210-K
        Camino a Chinquihue km 8, Puerto Montt, Chile
        ----------------------------------------------------------------------------------
        N° OC        : 4100-2342               Fecha emisión: 20.05.2024
        Proveedor    : TALLERES NAVALES AROUSA S.L. (Vilagarcía de Arousa, España)
        Condición    : 30% anticipo / 70% contra BL     Incoterm: FOB Vigo   Moneda: EUR
        ----------------------------------------------------------------------------------
        Pos  Código        Descripción                                    Cant.  Precio   Total
        10   GTF-1200-316  Mesa de clasificación - bastidor / grading      240   268,00   64.320,00
                           table frame, AISI 316, plano RLV-PL-1200 rev 1
             Reparto de entregas / schedule lines:
               10.1  80 un.   FOB 15.08.2024
               10.2  80 un.   FOB 16.09.2024
               10.3  80 un.   FOB 15.10.2024
        ----------------------------------------------------------------------------------
        Cantidad total y final: 240 unidades (doscientas cuarenta). No hay muestras ni saldo
        pendiente; esta OC cubre y autoriza la cantidad completa.
        Emitido por: Camila Vergara, Compras      Autoriza: Patricio Muñoz, Gte. Operaciones
        """)),
])

# c21 PO + proforma: deposit for samples does not release production (PDF + PDF) -----
case("c21_po_and_proforma_deposit", [], "sample PO (5 frames, 195 not released, sign-off by Duc + written release by Le Minh Quan) with a proforma that says the advance does not release production", [
    ("PO MB-2406-029.pdf", PDF([
        ("h1", "PURCHASE ORDER MB-2406-029"),
        ("p", "Mekong Blue Seafood JSC - Lot A2, Khanh An Industrial Zone, Ca Mau, Viet Nam"),
        ("p", "To: Siam Aqua Engineering Co., Ltd., Samut Sakhon, Thailand - Date: 04/06/2024"),
        ("table", [
            ["No.", "Item", "Description", "Qty", "Unit price", "Amount"],
            ["1", "GTF-1200", "Grading table frame, SUS316, drawing MB-GT-1200 rev 2 - SAMPLE", "5", "USD 412.00", "USD 2,060.00"],
        ]),
        ("sp",),
        ("p", "Scope: five (05) sample frames only."),
        ("p", "The balance of 195 frames in quotation SAE-Q-0612 is NOT released. Unlock: sample sign-off by Mr Tran Van Duc "
              "(Technical), then written release by Mr Le Minh Quan, Deputy Director."),
        ("p", "Material: for the 5 sample frames only."),
        ("p", "Purchasing: Nguyen Thi Thu Ha"),
    ], title="PO MB-2406-029", author="Nguyen Thi Thu Ha")),
    ("PI-SAE-24-0188.pdf", PDF([
        ("h1", "PROFORMA INVOICE PI-SAE-24-0188"),
        ("p", "Siam Aqua Engineering Co., Ltd., 88/9 Moo 4, Tha Chin, Mueang Samut Sakhon 74000, Thailand"),
        ("p", "Bill to: Mekong Blue Seafood JSC - Ref. your PO MB-2406-029 - Date: 06/06/2024"),
        ("table", [
            ["Description", "Qty", "Unit price", "Amount"],
            ["GTF-1200 grading table frame SUS316 - sample lot", "5", "USD 412.00", "USD 2,060.00"],
            ["Advance payment 50%", "", "", "USD 1,030.00"],
        ]),
        ("sp",),
        ("p", "Note: this advance payment is for the 5 sample frames only. Payment does not release any production "
              "quantity; we start production only on the customer's written release."),
        ("p", "Bank: Chao Phraya Commercial Bank, Samut Sakhon branch, SWIFT CPCBTHB1. - Ploy Srisuk, Sales Coordinator"),
    ], title="PI-SAE-24-0188", author="Ploy Srisuk")),
])

# c22 PO with explicit staged material authority (EML + PDF attachment, multipart/alternative)
_po = PDF([
    ("h1", "INNKJØPSORDRE / PURCHASE ORDER 4500012519"),
    ("p", "Fjordlaks Havbruk AS, Sandstad, 7240 Hitra, Norway - Org.nr. 918 240 160"),
    ("p", "Supplier: Egemar Deniz Ekipmanları San. ve Tic. A.Ş., Aliağa / İzmir - Date: 10.06.2024"),
    ("table", [
        ["Line", "Part", "Scope", "Qty", "Unit price", "Status"],
        ["10", "FPH-250 impeller housing, duplex, DRG FL-DRG-2500 Rev 7", "Pilot", "10", "EUR 402,00", "ACTIVE"],
        ["20", "FPH-250 impeller housing", "Production", "150", "EUR 371,00", "NOT RELEASED"],
    ]),
    ("sp",),
    ("p", "Active quantity: line 10, ten (10) pilot housings. Make these now."),
    ("p", "Line 20 (150 pcs) is commercial cover only and is not released. It unlocks on the pilot sign-off by Kjetil "
          "Brevik followed by a written production release from Marit Haugland, Supply Chain Manager."),
    ("p", "Material authority: STAGED up to 60 pcs of duplex castings (foundry lead time 14 weeks). Fjordlaks is liable "
          "for castings up to 60 pcs. This staging is material only; it is not a production release, and no machining "
          "beyond the 10 pilot pcs."),
    ("p", "Ingrid Solheim, Innkjøper"),
], title="PO 4500012519", author="Ingrid Solheim")
_t = T("""
    Hei Murat,

    Attached PO 4500012519 for the impeller housings FPH-250.

    Please note the staged material authority in the PO: you may order duplex castings for up to 60 pcs
    now, because of the 14 weeks at the foundry. Machining only for the 10 pilot pcs. Line 20 is not
    released, that comes after Kjetil's pilot sign-off with a written release from Marit.

    Please confirm by return.

    Med vennlig hilsen / Best regards
    Ingrid
    """) + S_INGRID
case("c22_po_staged_material_authority", [], "pilot PO 10 pcs with explicit staged material authority up to 60 pcs; 150 not released until pilot sign-off + written release by Marit Haugland", [
    ("PO 4500012519 Egemar.eml", eml_bytes(mail(
        INGRID, MURAT, "PO 4500012519 - FPH-250 impeller housings", "Mon, 10 Jun 2024 13:22:00 +0200",
        _t, html=to_html(_t), attachments=[("PO_4500012519.pdf", _po, PDF_MT)]))),
])

# c23 stop notice with complete scope (TXT mail) ------------------------------------
case("c23_stop_notice", [], "formal stop: active quantity zero, balance 590 never released; after lifting, samples continue and balance needs sign-off + written release by Alasdair Ross", [
    ("GC-24-0161 Baltijos.txt", T("""
        From:    Fiona MacLeod <fiona.macleod@glencorrach.co.uk>
        To:      Tomas Petrauskas <tomas.petrauskas@bjmetalas.lt>
        Cc:      Alasdair Ross <alasdair.ross@glencorrach.co.uk>
        Date:    Thu, 11 Jul 2024 16:05
        Subject: STOP NOTICE - PO GC-24-0161 grading table frames

        Tomas,

        Please treat this as a formal stop on PO GC-24-0161, with immediate effect. Nothing more is to
        start on this order, released or not, until the stop is lifted in writing.

        - Active quantity from now: zero (0). If any of the ten (10) sample frames are part-made, leave
          them as they are and send me photos.
        - The 590 balance was never released and is still not released.
        - No material to be bought for this order.

        The stop can only be lifted by a written notice from Alasdair Ross, our MD. Once it is lifted,
        the 10 samples carry on as before; the 590 balance still needs Callum Drummond's sample sign-off
        and then a written production release from Alasdair Ross.

        Reason: we're re-thinking the grading line layout after the Loch Etive trial. Sorry for the
        hassle, I'll phone you tomorrow morning.

        Fiona
        --
        Fiona MacLeod | Purchasing & Operations | Glen Corrach Trout Ltd | +44 1866 833 210
        """)),
])

# c24 minutes that keep sign-off / PO issued / production release apart (DOCX) -------
case("c24_minutes_terms_apart", [], "minutes keep sample sign-off, PO issued and production release apart; 4 samples, 96 on hold until written release by Le Minh Quan after budget sign-off", [
    ("Bien ban hop 18-06-2024.docx", docx_bytes([
        ("h1", "Biên bản họp / Minutes of meeting - 18/06/2024"),
        ("p", "Mekong Blue Seafood JSC - Qingdao Haiyun Marine Hardware (video call)"),
        ("p", "Attendees: Mr Tran Van Duc (Technical), Ms Nguyen Thi Thu Ha (Purchasing) - Mr Leo Wang, Ms Zhang Min (Haiyun)"),
        ("p", "Subject: fish-pump impeller housing FPH-250, drawing MB-FP-250 rev 3"),
        ("num", "Sample sign-off: 4 samples measured by Mr Duc on 17/06. Result: approved (technical sign-off only: "
                "dimensions, hydro test 10 bar)."),
        ("num", "PO: PO MB-2406-031 was issued on 03/06 for the 4 samples. Commercial only."),
        ("num", "Production release: not given. Balance 96 pcs stays on hold. It needs the internal budget sign-off "
                "(board meeting 05/07) and then a written production release from Mr Le Minh Quan, Deputy Director."),
        ("num", "Material: sample-only. Haiyun confirms no castings ordered for the 96 pcs."),
        ("num", "Next call: 09/07/2024."),
        ("p", "Minutes by: Nguyen Thi Thu Ha"),
    ], author="Nguyen Thi Thu Ha")),
])

# c25 written release notice for the whole balance (PDF) ------------------------------
case("c25_release_notice", [], "written production release of the full 76-pc balance: quantity, unlock event and evidence, named authority; nothing left on hold", [
    ("PR-2024-019.pdf", PDF([
        ("h1", "PRODUCTION RELEASE NOTICE PR-2024-019"),
        ("p", "Fjordlaks Havbruk AS -> Egemar Deniz Ekipmanlari (20433) - Date: 04.07.2024"),
        ("table", [
            ["Field", "Value"],
            ["Order", "PO 4500012502, line 20 - FBH-900 feed-barge hatch cover"],
            ["Released quantity", "76 pcs (seventy-six)"],
            ["Unlock event", "Sample sign-off SSR-2024-044, approved 02.07.2024 by Kjetil Brevik"],
            ["Evidence", "SSR-2024-044 incl. leak test report 0,2 bar"],
            ["Authorized by", "Marit Haugland, Supply Chain Manager (release authority)"],
            ["Material authority", "76 pcs"],
        ]),
        ("sp",),
        ("p", "After this release: released total 80 pcs (4 samples + 76) = commercial cover of PO 4500012502. "
              "Nothing remains on hold under this PO."),
        ("p", "Delivery: 38 pcs week 33, 38 pcs week 36, DAP Hitra."),
        ("sp",),
        ("p", "Marit Haugland"),
    ], title="PR-2024-019", author="Marit Haugland")),
])
# =================================================================== POSITIVE
# p01 cover mail + sample PO + supplier quote with 2.400 (EML + PDF + PDF) ----------
_t = T("""
    Hi Leo,

    Please find attached our PO 4500012410 for the net-pen walkway brackets NPB-160, and your
    quotation QH-Q-2024-0398 so that everything is together.

    Drawing FL-DRG-4500 Rev 12 applies. Please confirm delivery date for the six (6) pcs to Hitra,
    DAP, and send the material certificates with the goods.

    Med vennlig hilsen / Best regards
    Ingrid
    """) + S_INGRID
case("p01_cover_po_quote_2400", ["RG001", "RG003", "RG004", "RG005"], "sample PO for 6 brackets with the supplier's quote showing production 2.400 in the same folder; nothing says the 2.400 is not released, no unlock event, no release person", [
    ("mail_PO_4500012410.eml", eml_bytes(mail(
        INGRID, LEO, "PO 4500012410 NPB-160 brackets", "Tue, 07 May 2024 08:14:00 +0200", _t))),
    ("PO_4500012410.pdf", PDF([
        ("h1", "INNKJØPSORDRE / PURCHASE ORDER 4500012410"),
        ("p", "Fjordlaks Havbruk AS, Sandstad, 7240 Hitra, Norway"),
        ("p", "Supplier: Qingdao Haiyun Marine Hardware Co., Ltd. (20441) - Date: 07.05.2024 - Payment: 30 days net - DAP Hitra"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit price", "Amount"],
            ["10", "NPB-160-316L", "Net-pen walkway bracket, sample, DRG FL-DRG-4500 Rev 12", "6", "EUR 48,00", "EUR 288,00"],
        ]),
        ("sp",),
        ("p", "Reference: your quotation QH-Q-2024-0398."),
        ("p", "Certificates EN 10204 3.1 required. Marking: PO number on each bracket."),
        ("p", "Ingrid Solheim, Innkjøper"),
    ], title="PO 4500012410", author="Ingrid Solheim")),
    ("QH-Q-2024-0398.pdf", PDF([
        ("h1", "QUOTATION QH-Q-2024-0398"),
        ("p", "Qingdao Haiyun Marine Hardware Co., Ltd. -> Fjordlaks Havbruk AS, Ms. Ingrid Solheim - 2024-04-26"),
        ("table", [
            ["Item", "Qty", "Unit price", "Lead time"],
            ["NPB-160 net-pen walkway bracket 316L - sample", "6 pcs", "EUR 48,00", "25 days"],
            ["NPB-160 net-pen walkway bracket 316L - mass production", "2.400 pcs", "EUR 19,85", "60 days"],
        ]),
        ("sp",),
        ("p", "Payment: sample 100% before shipment; mass production 30% deposit, 70% against B/L copy."),
        ("p", "Leo Wang, Sales Manager"),
    ], title="Quotation QH-Q-2024-0398", author="Leo Wang")),
])

# p02 sample order mail with attached supplier quote (series 600) (EML + PDF) -------
_q = PDF([
    ("h1", "KOMERCINIS PASIŪLYMAS / QUOTATION BJM-Q-24-081"),
    ("p", "UAB Baltijos Jūrų Metalas, Nemuno g. 14, Klaipėda, Lithuania -> Glen Corrach Trout Ltd - 2024-05-08"),
    ("table", [
        ["Pos.", "Description", "Qty", "Price EUR/pc", "Delivery"],
        ["1", "GTF-1200 grading table frame AISI 316 - samples", "10", "318,00", "5 weeks"],
        ["2", "GTF-1200 grading table frame AISI 316 - series", "600", "241,50", "10 weeks"],
    ]),
    ("sp",),
    ("p", "Prices EXW Klaipėda. Welding EN ISO 3834-2, material EN 10204 3.1. Valid 45 days."),
    ("p", "Tomas Petrauskas, Sales Manager"),
], title="BJM-Q-24-081", author="Tomas Petrauskas")
_t = T("""
    Hi Tomas,

    Here's our PO GC-24-0139: ten (10) GTF-1200 grading table frames as samples for the Loch Awe
    trial, GBP 272.00 each, delivery by 23 August please.

    I've attached your quote BJM-Q-24-081 as well so it's all in the one place.

    Alasdair Ross (MD) is the release authority for this programme, any production questions go to him.

    Cheers,
    Fiona
    """) + S_FIONA
case("p02_sample_po_with_quote_600", ["RG001", "RG003", "RG004"], "sample PO for 10 frames sent with the quote showing series 600; 600 not marked informational or not released, no unlock event; release authority Alasdair Ross named", [
    ("PO GC-24-0139 samples.eml", eml_bytes(mail(
        FIONA, TOMAS, "PO GC-24-0139 - GTF-1200 sample frames", "Fri, 10 May 2024 15:48:00 +0100",
        _t, attachments=[("BJM-Q-24-081.pdf", _q, PDF_MT)]))),
])

# p03 ERP PO with header text '8 muestras + 120 serie' (TXT) -------------------------
case("p03_erp_po_header_120", ["RG001", "RG003", "RG004", "RG005"], "ERP sample PO for 8 housings whose header text repeats the quote '8 muestras + 120 serie'; no hold, no unlock event, no named release authority", [
    ("OC_4100-2297.txt", T("""
        SOFTLAND ERP  -  ORDEN DE COMPRA / PURCHASE ORDER                       Pág. 1/1
        COOPERATIVA MITILICULTORES SENO RELONCAVÍ LTDA.   RUT 76.543.210-K
        ----------------------------------------------------------------------------------
        N° OC        : 4100-2297               Fecha: 09.05.2024
        Proveedor    : TALLERES NAVALES AROUSA S.L. (ES-B36123456)
        Cond. pago   : 30 días fecha factura    Incoterm: FCA Vigo    Moneda: EUR
        Texto cabecera:
          Ref. cotización TNA-24-118: 8 muestras + 120 serie.
          Carcasa impulsor bomba de peces FPH-250, dúplex 1.4462, plano RLV-PL-250 rev 3.
        ----------------------------------------------------------------------------------
        Pos  Material      Descripción                             Cant.  UM   Precio    Total
        10   FPH-250-DX    Carcasa impulsor FPH-250 - MUESTRA         8   UN   612,00  4.896,00
        ----------------------------------------------------------------------------------
        Total neto EUR 4.896,00        IVA: exento (exportación)
        Entrega: 28.06.2024 - Planta Chinquihue, Puerto Montt
        Prueba hidrostática 16 bar, certificado EN 10204 3.1.
        Emitido por: Camila Vergara, Compras
        """)),
])

# p04 buyer portal PO with a 'Program qty' column (HTML) ----------------------------
case("p04_portal_program_qty_1200", ["RG001", "RG003", "RG004"], "portal PO line for 12 samples shows 'Program qty 1,200' with no hold marking and no unlock event; release contact Le Minh Quan named", [
    ("mekongblue_portal_PO_MB-2405-022.html", html_page("Mekong Blue Supplier Portal - PO MB-2405-022", T("""
        <h2>Mekong Blue Seafood JSC &mdash; Supplier Portal</h2>
        <p>Supplier: <b>Siam Aqua Engineering Co., Ltd.</b> &middot; PO <b>MB-2405-022</b> &middot; issued 08/05/2024 &middot; status: PO confirmed by supplier</p>
        <table>
        <tr><th>Line</th><th>Item</th><th>Description</th><th>Sample qty</th><th>Program qty</th><th>Unit price</th><th>Delivery</th></tr>
        <tr><td>1</td><td>MSP-48</td><td>Mooring buoy shackle plate, S355J2, HDG EN ISO 1461, drawing MB-MSP-48 rev 2</td><td>12</td><td>1,200</td><td>USD 9.80</td><td>20/06/2024</td></tr>
        </table>
        <p>Inspection: zinc thickness min. 85 µm, report with shipment. Packing: pallet max 800 kg.</p>
        <p>Contact for production release: Mr Le Minh Quan, Deputy Director (release authority).</p>
        <p style="color:#777">Purchasing: Nguyen Thi Thu Ha &middot; ha.ntt@mekongblue.vn</p>
        """))),
])

# p05 WeChat: 5 samples + 'this year we order 300 pcs sure' (TXT) -------------------
case("p05_wechat_300_sure", ["RG001", "RG003", "RG004", "RG005", "RG008"], "WeChat: buyer confirms 5 sample housings and says 'this year we order 300 pcs sure'; forecast written as commitment, 300 beside 5 unmarked, no hold/event/person", [
    ("WeChat_Leo_Wang_Haiyun.txt", T("""
        微信聊天记录 / WeChat chat history
        Chat: Leo Wang 王磊 Haiyun Marine  <->  Hà Nguyễn (Mekong Blue)
        Exported 2024-05-21

        2024-05-20 10:02  Hà Nguyễn (Mekong Blue)
        Hello Mr Leo, I send PO MB-2405-026 by email, for 5 pcs sample impeller housing FPH-250. please confirm

        2024-05-20 10:05  Leo Wang 王磊
        收到 received 👍 5 pcs sample, we check drawing today

        2024-05-20 10:07  Hà Nguyễn (Mekong Blue)
        Ok. Boss say this year we order 300 pcs sure, for 3 farm Cà Mau, Bạc Liêu, Sóc Trăng. so please make sample fast

        2024-05-20 10:09  Leo Wang 王磊
        OK understand, 300 pcs. sample about 25 days

        2024-05-20 10:10  Hà Nguyễn (Mekong Blue)
        👍👍
        """)),
])

# p06 PO with 'Cant. programa 960' column (PDF) ------------------------------------
case("p06_po_programa_960", ["RG001", "RG003", "RG004"], "PO for 8 sample plates with a 'Cant. programa 960' column beside it, unmarked; no hold, no unlock event; series release person named", [
    ("OC 4100-2303.pdf", PDF([
        ("h1", "ORDEN DE COMPRA 4100-2303"),
        ("p", "Cooperativa Mitilicultores Seno Reloncaví Ltda. - Camino a Chinquihue km 8, Puerto Montt, Chile"),
        ("p", "Proveedor: Qingdao Haiyun Marine Hardware Co., Ltd. - Fecha: 13.05.2024 - Moneda: USD - FOB Qingdao"),
        ("table", [
            ["Pos", "Código", "Descripción", "Cant. muestra", "Cant. programa", "Precio USD", "Total USD"],
            ["10", "MSP-48-HDG", "Placa grillete boya de fondeo / mooring buoy shackle plate, S355J2, HDG EN ISO 1461, plano RLV-PL-048 rev 2",
             "8", "960", "11,40", "91,20"],
        ]),
        ("sp",),
        ("p", "Entrega muestras: 30 días. Certificado de galvanizado y 3.1 con el envío."),
        ("p", "Liberación de serie / series release: Patricio Muñoz, Gerente de Operaciones."),
        ("p", "Emitido por: Camila Vergara, Compras"),
    ], title="OC 4100-2303", author="Camila Vergara")),
])

# p07 Teams: unscoped 'Approved, go ahead' after a hinge question (TXT) -------------
case("p07_teams_approved_go_ahead", ["RG002"], "complete scope stated earlier in the chat, then engineering writes 'Fine. Approved, go ahead.' after a hinge change with no quantity and no sample-only wording", [
    ("Teams_FBH-900_Egemar.txt", T("""
        Microsoft Teams - chat export - "FBH-900 hatch cover / Egemar"
        Participants: Ingrid Solheim, Kjetil Brevik (Fjordlaks Havbruk AS), Murat Yıldız (External)

        Ingrid Solheim   28.05.2024 09:02
        Hi Murat, PO 4500012530 is out: four (4) sample hatch covers FBH-900 only. The 76 balance is not released - it needs Kjetil's sample sign-off and then a written release from Marit Haugland.

        Murat Yıldız (External)   28.05.2024 09:20
        Noted Ingrid, 4 samples. One question for the hinge: drawing FL-DRG-0900 Rev C shows M12, but your gasket spec says M10 bolt?

        Kjetil Brevik   28.05.2024 10:47
        M12 is right, the gasket spec is old. You can also use EPDM 70 shore instead of 60.

        Murat Yıldız (External)   28.05.2024 11:05
        Ok. Then we change the hinge bracket weld also, small thing, 2 mm shorter. Is it ok for you?

        Kjetil Brevik   28.05.2024 11:09
        Fine. Approved, go ahead.

        Murat Yıldız (External)   28.05.2024 11:10
        Thank you 🙏
        """)),
])

# p08 deposit -> 'green light, crack on' over a two-level quoted scope (EML) ---------
_t = T("""
    Hi Murat,

    Deposit's gone through this morning (GBP 1,140.00, our ref GC-DEP-0144), so you've got the green
    light - crack on!

    Cheers,
    Fiona

    On Mon, 17 Jun 2024 at 08:31, Murat Yıldız <murat.yildiz@egemar.com.tr> wrote:
    > Dear Fiona,
    > We are waiting the 30% deposit for PO GC-24-0144 as per proforma PF-EGM-24-212.
    > After deposit we can plan.
    > Best regards, Murat
    >
    > On Thu, 13 Jun 2024 at 16:10, Fiona MacLeod <fiona.macleod@glencorrach.co.uk> wrote:
    >> Murat,
    >> PO GC-24-0144 attached: twenty (20) sample shackle plates MSP-48 only.
    >> The 380 balance is not released until Callum has signed off the samples and
    >> Alasdair Ross sends you a written production release.
    >> Fiona
    """) + S_FIONA
case("p08_deposit_green_light", ["RG002", "RG012"], "buyer: 'deposit's gone through ... so you've got the green light - crack on' with no quantity; deposit treated as authority; quoted original scope (20 samples, 380 on hold, Alasdair Ross) covers the absence rules", [
    ("Re_ Re_ PO GC-24-0144.eml", eml_bytes(mail(
        FIONA, MURAT, "Re: Re: PO GC-24-0144 shackle plates", "Tue, 18 Jun 2024 10:12:00 +0100",
        _t, in_reply_to="<egm-20240617-0831@egemar.com.tr>"))),
])

# p09 sample PO naming a release authority only (PDF) -------------------------------
case("p09_sample_po_authority_only", ["RG003", "RG004"], "sample PO for 10 brackets names Alasdair Ross as release authority but never says the balance is not released and names no unlock event", [
    ("PO GC-24-0148.pdf", PDF([
        ("h1", "PURCHASE ORDER GC-24-0148"),
        ("p", "Glen Corrach Trout Ltd, Ardbrecknish Pier, Loch Awe, Argyll PA33 1BH"),
        ("p", "Supplier: Egemar Deniz Ekipmanlari San. ve Tic. A.S., Aliaga / Izmir, Turkiye - Date: 24/05/2024 - Currency GBP"),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Price", "Value"],
            ["1", "NPB-160-316", "Net-pen walkway bracket, 316L, DRG 4500 Rev 12 - sample lot", "10", "68.00", "680.00"],
        ]),
        ("sp",),
        ("p", "Samples ahead of the 2025 pen upgrade programme. Please send with 3.1 certificates and the weld map."),
        ("p", "Release authority for the pen upgrade programme: Alasdair Ross, Managing Director."),
        ("p", "Fiona MacLeod, Purchasing & Operations"),
    ], title="PO GC-24-0148", author="Fiona MacLeod")),
])

# p10 'please start the pilot housings' with no quantity (EML + DOCX attachment) ------
_spec = docx_bytes([
    ("h1", "Technical requirements FPH-250"),
    ("p", "Fjordlaks Havbruk AS - Engineering"),
    ("li", "Material: cast duplex ASTM A890 Grade 4A, PREN ≥ 34."),
    ("li", "Hydrostatic test 16 bar / 30 min, every housing."),
    ("li", "Flange to EN 1092-1 PN16, bore Ø250 H7."),
    ("li", "Marking: part number, heat number, FL-DRG-2500 Rev 7."),
    ("li", "Documents: EN 10204 3.1, dimension report, hydro test record."),
], author="Kjetil Brevik")
_t = T("""
    Hei Murat,

    As discussed on the phone today: please start the pilot housings FPH-250 in duplex, our PO
    4500012388 covers them. Drawing FL-DRG-2500 Rev 7 and the technical requirements attached.

    Marit Haugland is release authority for this part.

    Mvh
    Ingrid
    """) + S_INGRID
case("p10_start_pilot_no_qty", ["RG003", "RG004", "RG010"], "buyer asks to start 'the pilot housings' under a PO without any quantity, without a hold on the balance and without an unlock event; Marit Haugland named", [
    ("PO 4500012388 pilot FPH-250.eml", eml_bytes(mail(
        INGRID, MURAT, "PO 4500012388 - pilot housings FPH-250", "Wed, 29 May 2024 15:31:00 +0200",
        _t, attachments=[("FPH-250_technical_requirements.docx", _spec, DOCX_MT)]))),
])

# p11 balance on hold 'until further notice' (TXT mail) ------------------------------
case("p11_hold_until_further_notice", ["RG004"], "8 samples released, balance 112 on hold 'until further notice' (no event); Patricio Muñoz named as release authority", [
    ("OC 4100-2310 muestras.txt", T("""
        De:      Camila Vergara <cvergara@mitilreloncavi.cl>
        Para:    Xoán Castro <xcastro@tnarousa.es>
        Fecha:   jueves, 16 de mayo de 2024 11:26
        Asunto:  OC 4100-2310 muestras carcasas / samples

        Hola Xoán, ¿cómo estás?

        Te envío la OC 4100-2310. Only the eight (8) sample housings FPH-250 are released now, po.

        The balance of 112 pcs from your cotización is ON HOLD until further notice - please don't start
        it and don't buy duplex for it. Patricio Muñoz (Gerente de Operaciones) is the release authority
        for this order.

        Cualquier duda me avisas.
        Saludos cordiales,
        Camila Vergara
        Compras - Cooperativa Mitilicultores Seno Reloncaví Ltda.
        Tel. +56 65 2 43 1180
        """)),
])

# p12 'rest on hold until further notice', no person (EML, multipart/alternative) -----
_t = T("""
    Hi Tomas,

    PO 4500012455 for twenty (20) sample hatch covers FBH-900 is in your portal now.

    The rest (480 pcs) is on hold until further notice, so please do not plan it yet, and buy
    material for the 20 only.

    Takk!
    Ingrid
    """) + S_INGRID
case("p12_rest_on_hold_no_person", ["RG004", "RG005"], "20 samples, rest 480 on hold 'until further notice': no unlock event and nobody named who may release it", [
    ("PO 4500012455 hatch covers.eml", eml_bytes(mail(
        INGRID, TOMAS, "PO 4500012455 FBH-900 sample hatch covers", "Thu, 16 May 2024 12:02:00 +0200",
        _t, html=to_html(_t)))),
])

# p13 scope note without sample quantity, release by 'Management Board' (DOCX) -------
case("p13_scope_note_board_no_qty", ["RG005", "RG010"], "scope note for a sample lot that never states the sample quantity; production release by 'the Management Board' (no named person)", [
    ("PO MB-2406-040 scope note.docx", docx_bytes([
        ("h1", "PURCHASE ORDER SCOPE NOTE - PO MB-2406-040"),
        ("p", "Mekong Blue Seafood JSC -> Siam Aqua Engineering Co., Ltd."),
        ("p", "Item: grading table frame GTF-1200, SUS316, drawing MB-GT-1200 rev 2."),
        ("p", "Dear Khun Somchai,"),
        ("p", "This PO is for the sample lot of the grading table frames. Please make the sample lot per drawing and send "
              "with material certificate."),
        ("p", "The production quantity in your quotation SAE-Q-0588 is NOT released. Release of production will come "
              "only after sample sign-off by our QA department and then a written release by our Management Board."),
        ("p", "Material: only for the sample lot, please."),
        ("p", "Thank you and best regards,"),
        ("p", "Nguyen Thi Thu Ha - Purchasing"),
    ], author="Nguyen Thi Thu Ha")),
])

# p14 sample order letter, 'released in writing from our side' (DOCX) -------------
case("p14_letter_from_our_side", ["RG005"], "10 sample plates, balance 190 not released until sample sign-off and a written release 'from our side' (no named person)", [
    ("GC-24-0157 sample order letter.docx", docx_bytes([
        ("h1", "Sample order - PO GC-24-0157"),
        ("p", "Glen Corrach Trout Ltd - Ardbrecknish Pier, Loch Awe, Argyll PA33 1BH"),
        ("p", "To: Qingdao Haiyun Marine Hardware Co., Ltd., attn. Sunny Liu - 30/05/2024"),
        ("p", "Dear Sunny,"),
        ("p", "Further to your quote QH-Q-2024-0451, please find our PO GC-24-0157 for ten (10) sample mooring buoy "
              "shackle plates MSP-48 (S355J2, HDG to EN ISO 1461, drawing GC-MSP-48 rev 2). Ten only, please."),
        ("p", "The 190 balance from your quote is not released. It will be released in writing from our side once the "
              "samples have been signed off here at Loch Awe."),
        ("p", "Material for the ten samples only."),
        ("p", "Kind regards,"),
        ("p", "Fiona MacLeod, Purchasing & Operations"),
    ], author="Fiona MacLeod")),
])

# p15 purchase instruction for 'the sample lot' with no number (DOCX) ---------------
case("p15_instruction_sample_lot_no_qty", ["RG010"], "instruction to make 'the sample lot' of hatch covers with hold, event and named release person but no sample quantity anywhere", [
    ("Innkjopsinstruks FBH-900 Arousa.docx", docx_bytes([
        ("h1", "Innkjøpsinstruks / Purchase instruction"),
        ("p", "Fjordlaks Havbruk AS -> Talleres Navales Arousa S.L. - PO 4500012548 - 12.06.2024"),
        ("p", "Part: FBH-900 feed-barge hatch cover, Al 5083-H111, EPDM gasket, hinge pins A4, drawing FL-DRG-0900 Rev C."),
        ("li", "Please make the sample lot of hatch covers per the drawing. Leak test 0,2 bar on every cover."),
        ("li", "The production balance is not released. It is released only after the sample sign-off by Kjetil Brevik "
               "and a written production release from Marit Haugland, Supply Chain Manager."),
        ("li", "Material: only for the sample lot."),
        ("li", "Documents: EN 10204 3.1, weld log, leak test record."),
        ("p", "Ingrid Solheim, Innkjøper"),
    ], author="Ingrid Solheim")),
])

# p16 Teams: 'All good, go ahead' and no sample quantity anywhere (TXT) --------------
case("p16_teams_go_ahead_no_qty", ["RG002", "RG010"], "hold, event and person stated, then 'All good, go ahead.' to 'Shall we start?'; no quantity stated anywhere in the chat", [
    ("Teams_hatch_covers_Arousa.txt", T("""
        Microsoft Teams - chat export - "Hatch covers GC / Arousa"
        Participants: Fiona MacLeod, Callum Drummond (Glen Corrach Trout Ltd), Xoán Castro (External)

        Fiona MacLeod   05/06/2024 09:14
        Morning Xoán. For the hatch covers: the production balance is not released until Callum has signed off the samples and Alasdair Ross sends the written release. Just so we're all on the same page.

        Xoán Castro (External)   05/06/2024 09:40
        Good morning Fiona, understood. We received drawing GC-2210 rev E today with the new gasket groove 12x8. Shall we start?

        Callum Drummond   05/06/2024 10:02
        Rev E is the one. All good, go ahead.

        Xoán Castro (External)   05/06/2024 10:05
        Perfecto, gracias!
        """)),
])

# p17 WhatsApp: 'please make sample', no quantity, no scope (TXT) -------------------
case("p17_whatsapp_make_sample", ["RG003", "RG004", "RG005", "RG010"], "buyer asks for samples with no quantity ('same like last time'), no hold on the balance, no event, no release person", [
    ("WhatsApp Chat with Ploy Siam Aqua.txt", T("""
        03/06/2024, 14:20 - Thu Hà Mekong Blue: Dear Khun Ploy, please make sample for us shackle plate MSP-48, same drawing as last year, galvanize EN ISO 1461. PO will come tomorrow. Thank you
        03/06/2024, 14:31 - Ploy Siam Aqua: Dear Khun Ha, well noted ka. How many pcs for sample ka?
        03/06/2024, 14:40 - Thu Hà Mekong Blue: same like last time, i will check and send with PO
        03/06/2024, 14:41 - Ploy Siam Aqua: ok ka 🙏
        """)),
])
# p18 supplier status report: plate bought for the full 600 (PDF) --------------------
case("p18_status_material_600", ["RG006"], "supplier status: 10 samples released, 590 waiting release, but 316L plate bought for all 600 brackets 'to secure price' without any material authority", [
    ("Egemar_status_GC-24-0171.pdf", PDF([
        ("h1", "ORDER STATUS REPORT"),
        ("p", "Egemar Deniz Ekipmanlari San. ve Tic. A.S. -> Glen Corrach Trout Ltd - Report date 19.06.2024"),
        ("p", "Customer PO: GC-24-0171 - Net-pen walkway bracket NPB-160, 316L, DRG 4500 Rev 12"),
        ("table", [
            ["Item", "Qty", "Status"],
            ["Sample brackets (released)", "10", "Welding finished, pickling 20.06, ready for shipment week 26"],
            ["Production brackets", "590", "Waiting your written release"],
            ["Raw material 316L plate 8 mm", "4.150 kg", "Purchased 12.06.2024 - enough for 600 brackets"],
        ]),
        ("sp",),
        ("p", "Remark: steel price is going up every week, so we purchased the 316L plate for the full quoted quantity "
              "of 600 brackets to secure the price and the mill slot. Material is stored in our warehouse in Aliaga."),
        ("p", "Prepared by: Elif Kaya, Planning - Murat Yildiz, Export Sales"),
    ], title="Order status GC-24-0171", author="Elif Kaya")),
])

# p19 supplier MRP printout: material ordered for 500 vs 20 released (TXT) ----------
case("p19_mrp_material_500", ["RG006"], "supplier MRP run: 20 sample covers released, balance not released, but sheet, gasket and pins ordered for 500 covers on a planner override; no material authority recorded", [
    ("MRP_run_20240605_KO-24-0433.txt", T("""
        UAB BALTIJOS JŪRŲ METALAS        MRP RUN 2024-06-05 02:00        Monitor ERP 9.4      p. 1
        ============================================================================================
        Customer     : FJORDLAKS HAVBRUK AS (K-0117)        Customer PO : 4500012461
        Cust. order  : KO-24-0433
        Item         : FBH-900-5083   Feed barge hatch cover 900x900, DRG FL-DRG-0900 Rev C
        Released for production by customer : 20 pcs  (sample lot)
        Customer balance status             : NOT RELEASED (480 pcs)
        Demand basis for purchasing          : QUOTE QTY 500   (planner override - R.J. 2024-06-04)
        --------------------------------------------------------------------------------------------
        Purchase order   Material                                     Qty         Covers   Status
        PO-BJM-24-1187   EN AW-5083 H111 sheet 6 mm 1500x3000         42 sheets   500      ORDERED
        PO-BJM-24-1188   EPDM gasket profile 12x8 (70 Sh A)           1 850 m     500      ORDERED
        PO-BJM-24-1189   Hinge pin A4 M12x80                          1 000 pcs   500      CONFIRMED
        --------------------------------------------------------------------------------------------
        Material authority from customer : NONE RECORDED
        Exceptions : 0      Warnings : 0
        """)),
])

# p20 supplier: deposit received so material for 1,200 ordered and cutting starts (EML + text attachment)
_bank = T("""
    CHAO PHRAYA COMMERCIAL BANK PCL - INWARD REMITTANCE ADVICE
    Date: 12/06/2024        Ref: IR-24061200471
    Beneficiary : SIAM AQUA ENGINEERING CO., LTD.  A/C 012-3-45670-9
    Ordering    : MEKONG BLUE SEAFOOD JSC, CA MAU, VIET NAM
    Ord. bank   : MEKONG COMMERCIAL JOINT STOCK BANK (MKCBVNVX)
    Amount      : USD 3,528.00
    Details     : DEPOSIT 30 PCT PO MB-2405-022 SHACKLE PLATE
    Charges     : SHA
    """)
_t = T("""
    Dear Ms Ha,

    Good news, we received your deposit 30% (USD 3,528.00) today, copy of bank advice attached.

    So we already start: we ordered the steel S355J2 for the full 1,200 pcs shackle plate MSP-48, and
    cutting will start next Monday. The 12 pcs sample will be first from the lot, so you get them
    faster.

    Thank you for your support krub.

    Best regards,
    Somchai
    """) + S_SOMCHAI
case("p20_deposit_so_we_start_1200", ["RG006", "RG012"], "supplier reads the deposit as a start signal and orders steel for the full 1,200 plates; no material authority", [
    ("PO MB-2405-022 Siam Aqua.eml", eml_bytes(mail(
        SOMCHAI, HA, "Deposit received - PO MB-2405-022", "Wed, 12 Jun 2024 16:40:00 +0700",
        _t, html=to_html(_t), attachments=[("bank_advice_IR-24061200471.txt", _bank, TXT)]))),
])

# p21 supplier quoted reply: material for 120 bought, 'when you approve ... series' (EML, quoted)
_t = T("""
    Hola Camila,

    Muestras en mecanizado, salen el viernes 14 por DHL.

    Para ganar tiempo ya compramos el material dúplex para las 120 unidades (la fundición nos guardó
    la colada). So when you approve the samples we go directly with the series, no need to wait.

    Un saludo,
    Xoán

    El lun, 3 jun 2024 a las 12:15, Camila Vergara <cvergara@mitilreloncavi.cl> escribió:
    > Hola Xoán,
    > OC 4100-2326 adjunta: ocho (8) muestras FPH-250 solamente.
    > El saldo de 112 NO está liberado: needs sample sign-off by Rodrigo Aravena and then a written
    > release from Patricio Muñoz, Gerente de Operaciones. Material only for the 8, please.
    > Saludos, Camila
    """) + S_XOAN
case("p21_material_120_go_directly", ["RG006", "RG007"], "supplier bought duplex for all 120 against 8 released and says approval of samples leads directly to the series; quoted buyer scope is complete", [
    ("Re_ OC 4100-2326 muestras.eml", eml_bytes(mail(
        XOAN, CAMILA, "Re: OC 4100-2326 muestras", "Mon, 10 Jun 2024 17:55:00 +0200",
        _t, in_reply_to="<oc-4100-2326@mitilreloncavi.cl>"))),
])

# p22 supplier portal: tube purchased for 600 frames, 10 released (HTML) --------------
case("p22_supplier_portal_material_600", ["RG006"], "supplier portal shows 10 samples released but 316 tube purchased for 600 frames on the quoted annual quantity; no material authority", [
    ("BJM_portal_KO-24-0419.html", html_page("BJM Customer Portal - KO-24-0419", T("""
        <h2>UAB Baltijos Jūrų Metalas &mdash; Customer Portal</h2>
        <p>Customer: <b>Glen Corrach Trout Ltd</b> &middot; Customer PO: GC-24-0166 &middot; Our order: KO-24-0419</p>
        <table>
        <tr><th>Pos.</th><th>Part</th><th>Released qty</th><th>Produced</th><th>Material status</th></tr>
        <tr><td>10</td><td>GTF-1200 grading table frame, AISI 316</td><td>10 (samples)</td><td>6</td><td>316 tube 40x40x2: purchased for 600 frames (5.040 m), in stock</td></tr>
        </table>
        <p>Production balance: 590 frames &ndash; awaiting customer release.</p>
        <p>Material purchase basis: quoted annual quantity (quote BJM-Q-24-077).</p>
        <p style="color:#666">Updated 2024-06-21 08:00 by R. Jankauskienė</p>
        """))),
])

# p23 supplier: after approval of the 6 samples we continue to mass production (EML + HTML attachment)
_rep = html_page("Inspection report NPB-160 samples", T("""
    <h3>Qingdao Haiyun - Dimension inspection report IR-24-0611</h3>
    <p>Part NPB-160 net-pen walkway bracket 316L, DRG FL-DRG-4500 Rev 12 - sample lot</p>
    <table>
    <tr><th>No.</th><th>Characteristic</th><th>Spec</th><th>S1</th><th>S2</th><th>S3</th><th>S4</th><th>S5</th><th>S6</th></tr>
    <tr><td>1</td><td>Clamp ID</td><td>Ø160 +0.5/0</td><td>160.2</td><td>160.3</td><td>160.1</td><td>160.2</td><td>160.4</td><td>160.2</td></tr>
    <tr><td>2</td><td>Hole M24x3 position</td><td>±0.3</td><td>OK</td><td>OK</td><td>OK</td><td>OK</td><td>OK</td><td>OK</td></tr>
    <tr><td>3</td><td>Plate thickness</td><td>12 ±0.5</td><td>12.1</td><td>12.0</td><td>12.2</td><td>12.1</td><td>12.0</td><td>12.1</td></tr>
    </table>
    <p>Inspector: Zhang Min &middot; 2024-06-11</p>
    """))
_t = T("""
    Dear Ingrid,

    Good day. The 6 pcs sample NPB-160 are finished, inspection report attached. Shipping by DHL
    tomorrow, AWB number I will send.

    After your approval of the 6 samples we will continue directly to mass production of 2.400 pcs,
    so the lead time is only 35 days for you.

    Best regards,
    Leo
    """) + S_LEO
case("p23_after_approval_continue_mass", ["RG007"], "supplier states that approval of the 6 samples leads directly into mass production of 2.400; no recorded auto-conversion", [
    ("NPB-160 samples finished.eml", eml_bytes(mail(
        LEO, INGRID, "NPB-160 samples finished / inspection report", "Tue, 11 Jun 2024 17:20:00 +0800",
        _t, html=to_html(_t), attachments=[("IR-24-0611.html", _rep, HTML_MT)]))),
])

# p24 internal project minutes: sample approved = production approved (DOCX) ----------
case("p24_internal_minutes_approved_roll", ["RG007", "RG009"], "internal minutes: 'when the samples are approved, production is approved too' (implied auto-conversion) and 'approved' used for samples, production and the finance PO workflow", [
    ("Prosjektmote referat GTF-1200.docx", docx_bytes([
        ("h1", "Prosjektmøte - referat / Project meeting minutes"),
        ("p", "Fjordlaks Havbruk AS - INTERNAL, not for distribution - 13.06.2024"),
        ("p", "Present: Ingrid Solheim, Kjetil Brevik, Ola Nygård (site manager Hitra)"),
        ("p", "Topic: grading table frames GTF-1200 from Baltijos Jūrų Metalas, PO 4500012540"),
        ("num", "PO 4500012540 (4 sample frames + 36 production frames) was approved by finance in our workflow on 14.05."),
        ("num", "Sample frames due week 26. Kjetil checks them on site at the smolt plant."),
        ("num", "When the samples are approved, production is approved too, so Baltijos can just continue with the rest "
                "of the order without more paperwork from us. Ola wants the frames before the autumn grading."),
        ("num", "Ingrid to update the supplier file (ISO 9001:2015 certificate expires 2025)."),
        ("p", "Referent: Ingrid Solheim"),
    ], author="Ingrid Solheim")),
])

# p25 buyer engineer contradicts own written-release requirement (EML, two-level quote)
_t = T("""
    Hi Sunny,

    I'll be checking the plates on Tuesday afternoon. If they measure up, just carry on with the 588 -
    no need to wait for a release letter from Alasdair, I'll square it with him.

    Cheers,
    Callum

    On Fri, 21 Jun 2024 at 10:02, Sunny Liu <sunny.liu@haiyun-marine.cn> wrote:
    > Dear Fiona, dear Callum,
    > The samples will arrive Oban on Tuesday. Please advise if production can start after your check,
    > we want to book the galvanizing slot.
    > Best regards, Sunny
    >
    > On Mon, 3 Jun 2024 at 14:44, Fiona MacLeod <fiona.macleod@glencorrach.co.uk> wrote:
    >> Sunny,
    >> PO GC-24-0163: twelve (12) sample shackle plates MSP-48 only. The 588 balance is not
    >> released: it needs Callum's sample sign-off and then a written production release from
    >> Alasdair Ross (MD).
    >> Fiona
    """) + S_CALLUM
case("p25_engineer_skips_written_release", ["RG007"], "buyer engineer: if the samples measure up 'just carry on with the 588 - no need to wait for a release letter', contradicting the quoted written-release requirement", [
    ("Re_ Re_ GC-24-0163 samples.eml", eml_bytes(mail(
        CALLUM, SUNNY, "Re: Re: GC-24-0163 sample shackle plates", "Fri, 21 Jun 2024 16:37:00 +0100",
        _t, cc=FIONA, in_reply_to="<hy-20240621-1002@haiyun-marine.cn>"))),
])

# p26 WhatsApp: 'when the lab gives the OK, you proceed no más' (TXT) -----------------
case("p26_whatsapp_lab_ok_proceed", ["RG002", "RG007"], "after a complete scope from purchasing, the plant chief writes 'when the lab gives the OK, you proceed no más, no need more papers'; unscoped proceed and sample OK rolled into the series", [
    ("WhatsApp Chat with TNA Xoan Castro.txt", T("""
        [15/7/24, 9:02:11] Camila Vergara: Hola Xoán! Recordatorio OC 4100-2331: ocho (8) muestras FPH-250 no más. El saldo de 112 NO está liberado: needs sample sign-off by Rodrigo and written release from Patricio Muñoz.
        [15/7/24, 9:10:40] Xoán Castro TNA: Hola Camila, claro. Las muestras salen el jueves 👍
        [15/7/24, 11:47:03] Rodrigo Aravena: Xoán, cuando lleguen las muestras y el laboratorio dé el OK, you proceed no más, no need more papers po. Patricio está en Santiago todo el mes.
        [15/7/24, 11:50:29] Xoán Castro TNA: Perfecto Rodrigo, entonces arrancamos con la serie al OK del laboratorio.
        """)),
])

# p27 WhatsApp: supplier 'when deposit and sample approve, we run all 114' (TXT) -------
case("p27_whatsapp_deposit_and_approve_run", ["RG007", "RG012"], "supplier: 'when we receive 30% deposit and sample approve, we run all 114 pcs immediately, no need wait more paper'; buyer's own scope complete", [
    ("WhatsApp Chat with Somchai.txt", T("""
        [24/06/2024, 08:55:10] Fiona MacLeod: Hi Somchai, PO GC-24-0175 sent: 6 sample grading table frames GTF-1200. Balance 114 not released - needs Callum's sample sign-off and a written release from Alasdair Ross.
        [24/06/2024, 13:02:44] Somchai Siam Aqua: Hello Khun Fiona, well received krub. For faster delivery: when we receive 30% deposit and sample approve, we run all 114 pcs immediately, no need wait more paper krub 🙏
        [24/06/2024, 13:30:05] Fiona MacLeod: The deposit invoice is with our accounts, should be paid Friday.
        [24/06/2024, 13:31:37] Somchai Siam Aqua: Thank you krub. Then we book the line for week 32 👍
        """)),
])

# p28 supplier acknowledgement: 'annual order 1.440' and automatic start (EML, quoted)
_t = T("""
    Dear Ingrid,

    Thank you for your order. We acknowledge PO 4500012577 for twenty (20) sample shackle plates
    MSP-48, delivery week 29.

    We also register your annual order of 1.440 pcs for 2024/25 in our capacity plan. Upon your
    sample approval the production of the 1.420 pcs will start automatically, as per our standard
    terms of sale (art. 7.2), and we will inform you the first delivery week.

    Best regards,
    Rūta
    Production Planning

    From: Ingrid Solheim <ingrid.solheim@fjordlaks.no>
    Sent: Monday, June 10, 2024 11:08
    To: Rūta Jankauskienė <ruta.jankauskiene@bjmetalas.lt>
    Subject: PO 4500012577 MSP-48 samples

    > Hi Rūta,
    > PO 4500012577 for twenty (20) sample shackle plates MSP-48 is attached in the portal.
    > The balance is not released: it needs Kjetil Brevik's sample sign-off and then a written
    > production release from Marit Haugland. For your planning only: our 2024/25 forecast is
    > about 1.440 pcs. This is a forecast, not an order.
    > Ingrid
    """) + S_RUTA
case("p28_ack_annual_order_auto_start", ["RG007", "RG008"], "supplier acknowledgement turns the buyer's labelled 1.440 forecast into an 'annual order' and says production starts automatically on sample approval; quoted buyer scope complete", [
    ("RE_ PO 4500012577 MSP-48 samples.eml", eml_bytes(mail(
        RUTA, INGRID, "RE: PO 4500012577 MSP-48 samples", "Tue, 11 Jun 2024 09:45:00 +0300",
        _t, in_reply_to="<fl-4500012577@fjordlaks.no>"))),
])

# p29 buyer forecast declared 'our firm order' (TXT mail) ----------------------------
case("p29_forecast_as_firm_order", ["RG008"], "buyer sends the 2025 forecast of 2.400 brackets and asks the supplier to take it as a firm order", [
    ("NPB-160 2025 Haiyun.txt", T("""
        From:    Ingrid Solheim <ingrid.solheim@fjordlaks.no>
        To:      Leo Wang <leo.wang@haiyun-marine.cn>
        Cc:      Marit Haugland <marit.haugland@fjordlaks.no>
        Sent:    Friday, 28 June 2024 10:12
        Subject: Forecast 2025 NPB-160 brackets

        Hi Leo,

        Here is our forecast for 2025 for the net-pen walkway brackets NPB-160 (316L, FL-DRG-4500 Rev 12):

            Q1 2025    600 pcs
            Q2 2025    600 pcs
            Q3 2025    600 pcs
            Q4 2025    600 pcs
            Total    2.400 pcs

        Please take this as our firm order for 2025 and reserve the capacity. First delivery week 6/2025
        to Hitra, then 600 every quarter.

        Med vennlig hilsen
        Ingrid Solheim
        Innkjøper | Fjordlaks Havbruk AS | +47 72 44 18 20
        """)),
])

# p30 supplier PMC sheet: customer forecast treated as firm, castings for 300 (TXT) ----
case("p30_pmc_forecast_firm_castings", ["RG006", "RG008"], "supplier planning sheet treats the customer's 300-pc forecast as a firm order and orders castings for 300 while 5 samples are released", [
    ("PMC_plan_MB_FPH-250.txt", T("""
        青岛海韵船舶五金有限公司 QINGDAO HAIYUN MARINE HARDWARE - PMC 生产计划 PRODUCTION PLAN
        更新 Updated: 2024-05-27  by Zhang Min
        ------------------------------------------------------------------------------------------
        客户 Customer     : MEKONG BLUE SEAFOOD JSC (VN)
        产品 Item         : FPH-250 fish pump impeller housing, duplex, drawing MB-FP-250 rev 3
        客户订单 Cust. PO : MB-2405-026   released qty 5 pcs (sample)
        客户预测 Forecast : 300 pcs 2024 (customer WeChat 20/05 "forecast for 3 farm")
        PMC 处理 Handling : treat forecast 300 pcs as FIRM ORDER (sales L. Wang instruction)
        ------------------------------------------------------------------------------------------
        采购 Purchasing
          HY-CG-24-0688  duplex castings FPH-250 to foundry Jiaozhou Xinda   300 sets   ordered 2024-05-24
          HY-CG-24-0689  O-ring FKM 3,53 / flange bolts M16 A4-80            300 sets   ordered 2024-05-24
        生产 Production
          sample 5 pcs   machining week 22-23
          batch 295 pcs  planned week 27-31
        备注 Remarks: customer has no material authorization on file. 客户未书面授权材料.
        """)),
])

# p31 meeting minutes: 'commitment 1.500' + 'approved' for three things (DOCX) -------
case("p31_minutes_commitment_approvals", ["RG008", "RG009"], "minutes turn a sales forecast into a 'firm commitment' for 1.500 frames and use 'approved/approval' for the samples, the PO and production", [
    ("MOM 02-07-2024 GTF-1200.docx", docx_bytes([
        ("h1", "MINUTES OF MEETING - 02/07/2024"),
        ("p", "Mekong Blue Seafood JSC / Qingdao Haiyun Marine Hardware - grading table frame GTF-1200"),
        ("p", "Attendees: Mr Le Minh Quan, Mr Tran Van Duc, Ms Nguyen Thi Thu Ha (Mekong Blue); Mr Leo Wang (Haiyun)"),
        ("num", "Samples: 4 pcs approved by Mr Duc - dimensions and weld OK."),
        ("num", "PO MB-2407-003 for the 4 samples approved by Director on 28/06."),
        ("num", "Mekong Blue confirms the 2025 quantity of 1.500 frames as a firm commitment (figure from sales forecast "
                "2025). Delivery timing see point 4."),
        ("num", "Production approval for the 1.500: not given yet. It will be given by Mr Le Minh Quan in writing after "
                "the sample report is complete."),
        ("num", "Haiyun to send the sample report by 09/07."),
        ("p", "Minutes: Nguyen Thi Thu Ha"),
    ], author="Nguyen Thi Thu Ha")),
])

# p32 buyer portal 'Confirmed orders' built from the production plan forecast (HTML) ---
case("p32_portal_confirmed_orders_forecast", ["RG008"], "buyer portal lists plan/forecast quantities as 'CONFIRMED - binding purchase commitment'", [
    ("leverandorportal_orders_20441.html", html_page("Fjordlaks Leverandørportal - Confirmed orders", T("""
        <h2>Fjordlaks Havbruk AS &mdash; Leverandørportal</h2>
        <p>Supplier: Qingdao Haiyun Marine Hardware Co., Ltd. (20441) &middot; tab: <b>Confirmed orders</b> &middot; printed 01.07.2024</p>
        <table>
        <tr><th>Order</th><th>Part</th><th>Qty</th><th>Delivery</th><th>Status</th></tr>
        <tr><td>FC-2025-Q1</td><td>MSP-48 shackle plate</td><td>360</td><td>wk 8/2025</td><td>CONFIRMED &ndash; binding purchase commitment</td></tr>
        <tr><td>FC-2025-Q2</td><td>MSP-48 shackle plate</td><td>360</td><td>wk 20/2025</td><td>CONFIRMED &ndash; binding purchase commitment</td></tr>
        <tr><td>FC-2025-Q3</td><td>MSP-48 shackle plate</td><td>480</td><td>wk 33/2025</td><td>CONFIRMED &ndash; binding purchase commitment</td></tr>
        </table>
        <p>Source of quantities: Fjordlaks production plan 2025 (forecast run 27.06.2024). Please plan your capacity accordingly.</p>
        <p style="color:#666">Contact: Ingrid Solheim, innkjøp</p>
        """), lang="no")),
])
# p33 sample record: 'APPROVED' for the samples and for the finance budget (PDF) ------
case("p33_acta_approved_twice", ["RG009"], "sample record uses APPROVED for the technical sample result and for the finance/budget approval of the series line, beside a production 'release' that is withheld", [
    ("Acta muestras OC 4100-2339.pdf", PDF([
        ("h1", "ACTA DE APROBACIÓN DE MUESTRAS / SAMPLE APPROVAL RECORD"),
        ("p", "Cooperativa Mitilicultores Seno Reloncaví Ltda. - Planta Chinquihue"),
        ("p", "Proveedor: UAB Baltijos Jūrų Metalas - OC 4100-2339 - GTF-1200 bastidor mesa de clasificación, plano RLV-PL-1200 rev 1"),
        ("table", [
            ["Característica", "Requisito", "Resultado"],
            ["Escuadra bastidor", "≤ 1,5 mm / 1200", "0,8 mm OK"],
            ["Soldadura", "EN ISO 5817 nivel C", "OK"],
            ["Pasivado", "ASTM A967", "OK"],
            ["Muestras", "8 unidades (OC línea 10)", "8/8 conformes"],
        ]),
        ("sp",),
        ("p", "Estado muestras / sample status: APPROVED (dimensional y soldadura). - R. Aravena, 19.06.2024"),
        ("p", "OC 4100-2339 línea 20 (serie, 96 unidades): APPROVED by Finanzas 20.06.2024 (presupuesto)."),
        ("p", "Production release for the 96: NOT released. Requires a written release from Patricio Muñoz, Gerente de Operaciones."),
    ], title="Acta muestras OC 4100-2339", author="Rodrigo Aravena")),
])

# p34 'drawing approved, quotation approved, so all approved, please proceed' (EML, two-level quote)
_t = T("""
    Dear Mr Leo,

    Good news: drawing rev C is approved by Mr Duc, and your quotation QH-Q-24-0471 is approved by our
    Director. So all approved, please proceed.

    Best regards,
    Ha

    On 05/06/2024 09:12, Leo Wang wrote:
    > Dear Ms Ha,
    > Before we start we need: 1) drawing rev C approval, 2) quotation QH-Q-24-0471 confirm.
    > Please advise.
    > Leo
    >
    > On 03/06/2024 15:40, Nguyễn Thị Thu Hà wrote:
    >> Dear Mr Leo,
    >> PO MB-2406-044: six (6) pcs sample impeller housing FPH-250 only.
    >> Balance 194 pcs not release until sample sign-off by Mr Duc and written release of
    >> Mr Le Minh Quan, Deputy Director.
    >> Ha
    """) + S_HA
case("p34_all_approved_please_proceed", ["RG002", "RG009"], "'drawing approved ... quotation approved ... so all approved, please proceed': approved used for technical and commercial, proceed without quantity; quoted scope complete", [
    ("Re_ Re_ PO MB-2406-044.eml", eml_bytes(mail(
        HA, LEO, "Re: Re: PO MB-2406-044 FPH-250 sample", "Fri, 07 Jun 2024 10:05:00 +0700",
        _t, in_reply_to="<hy-20240605-0912@haiyun-marine.cn>"))),
])

# p35 SAP PO print: release strategy RELEASED vs production not released (TXT) ---------
case("p35_sap_released_workflow", ["RG009"], "SAP print: release strategy status RELEASED (purchasing workflow) next to 'item 20 is not released for production'; the word release carries two meanings", [
    ("ME9F_4500012588.txt", T("""
        Fjordlaks Havbruk AS                SAP S/4HANA - Purchase Order (ME9F print)             Page 1
        -------------------------------------------------------------------------------------------------
        Purchase order : 4500012588         Type: NB Standard PO        Date: 11.06.2024
        Vendor         : 20441 Qingdao Haiyun Marine Hardware Co., Ltd., Jiaozhou, Qingdao CN
        Release strat. : F2 (Purchasing mgr / Finance)
        Release status : RELEASED    (M. Haugland 11.06.2024 14:02)    Release ind.: R
        -------------------------------------------------------------------------------------------------
        Item  Material        Short text                          Qty    Un   Net price    Scope
        10    NPB-160-316L    Net-pen walkway bracket              6    PC   EUR 48,00    SAMPLE
        20    NPB-160-316L    Net-pen walkway bracket            494    PC   EUR 21,10    PRODUCTION
        -------------------------------------------------------------------------------------------------
        Header text:
          Item 20 is not released for production. Production release for item 20 only after the sample
          sign-off by Kjetil Brevik and a written production release from Marit Haugland, Supply Chain
          Manager. Material for item 10 only.
        Delivery item 10: DAP Hitra, week 27.  Drawing FL-DRG-4500 Rev 12.
        """)),
])

# p36 buyer portal release page: header 30 vs line 24, APPROVED twice (HTML) ---------
case("p36_portal_release_30_vs_24", ["RG009", "RG011"], "release page states 30 pcs in the header and 24 in the line table; APPROVED used for the sample FAI and for the PO budget", [
    ("corrach_supplier_hub_REL-GC-0034.html", html_page("Corrach Supplier Hub - Release REL-GC-0034", T("""
        <h2>Glen Corrach Trout Ltd &mdash; Supplier Hub</h2>
        <p>Supplier: Talleres Navales Arousa S.L. &middot; PO <b>GC-24-0118</b> &middot; FBH-900 feed-barge hatch cover</p>
        <h3>Release REL-GC-0034 &mdash; Released quantity: 30 pcs</h3>
        <table>
        <tr><th>Check</th><th>Status</th></tr>
        <tr><td>Sample FAI (4 pcs)</td><td>APPROVED &ndash; C. Drummond 12/06/2024</td></tr>
        <tr><td>PO GC-24-0118 rev 1</td><td>APPROVED &ndash; budget, A. Ross 10/06/2024</td></tr>
        <tr><td>Production</td><td>RELEASED &ndash; A. Ross 14/06/2024</td></tr>
        </table>
        <h3>Lines</h3>
        <table>
        <tr><th>Line</th><th>Part</th><th>PO qty</th><th>Released (this release)</th><th>Balance on hold</th></tr>
        <tr><td>2</td><td>FBH-900-5083 production</td><td>60</td><td>24</td><td>36</td></tr>
        </table>
        <p class="note">The balance stays on hold until the next written release by Alasdair Ross (MD).</p>
        """))),
])

# p37 SAP PO for 20 samples + supplier order confirmation for 25 (TXT + EML) ---------
_t = T("""
    Dear Ingrid,

    Thank you. We confirm your order 4500012601:

      NPB-160-HDG net-pen walkway bracket, samples ........ 25 pcs
      delivery ............................................ week 28, DAP Hitra
      balance 1.180 pcs ................................... on hold as per your PO

    Hot dip galvanizing EN ISO 1461, 3.1 certificates with the goods.

    Best regards,
    Rūta Jankauskienė

    -----Original Message-----
    From: Ingrid Solheim <ingrid.solheim@fjordlaks.no>
    Sent: Monday, June 17, 2024 09:30
    Subject: PO 4500012601 NPB-160-HDG samples

    > Hi Rūta, attached PO 4500012601 for twenty (20) sample brackets NPB-160-HDG.
    > Please confirm. Ingrid
    """) + S_RUTA
case("p37_po20_confirmation25", ["RG011"], "buyer PO authorizes 20 sample brackets; supplier order confirmation of the same PO confirms 25", [
    ("ME9F_4500012601.txt", T("""
        Fjordlaks Havbruk AS                SAP S/4HANA - Purchase Order (ME9F print)             Page 1
        -------------------------------------------------------------------------------------------------
        Purchase order : 4500012601         Type: NB Standard PO        Date: 17.06.2024
        Vendor         : 20417 UAB Baltijos Juru Metalas, Klaipeda LT
        Status         : Issued
        -------------------------------------------------------------------------------------------------
        Item  Material        Short text                          Qty    Un   Net price    Scope
        10    NPB-160-HDG     Net-pen walkway bracket, HDG         20    PC   EUR 39,00    SAMPLE
        20    NPB-160-HDG     Net-pen walkway bracket, HDG      1.180    PC   EUR 17,60    PRODUCTION
        -------------------------------------------------------------------------------------------------
        Header text:
          Only item 10 (20 PC samples) is active. Item 20 (1.180 PC) is commercial cover only and is not
          released. It is released only after the sample sign-off by Kjetil Brevik and a written
          production release from Marit Haugland, Supply Chain Manager. Material for item 10 only.
        Drawing DRG 4500 Rev 12, galvanizing EN ISO 1461.
        """)),
    ("RE_ PO 4500012601 order confirmation.eml", eml_bytes(mail(
        RUTA, INGRID, "RE: PO 4500012601 NPB-160-HDG samples - order confirmation", "Tue, 18 Jun 2024 08:12:00 +0300",
        _t, in_reply_to="<fl-4500012601@fjordlaks.no>"))),
])

# p38 PO: 'twelve (12)' in the scope text, 15 in the line table (PDF) ----------------
case("p38_po_twelve_vs_15", ["RG011"], "one PO states the sample quantity as twelve (12) in the scope text and 15 in the line table", [
    ("PO MB-2406-051.pdf", PDF([
        ("h1", "PURCHASE ORDER MB-2406-051"),
        ("p", "Mekong Blue Seafood JSC - Lot A2, Khanh An Industrial Zone, Ca Mau, Viet Nam"),
        ("p", "To: Qingdao Haiyun Marine Hardware Co., Ltd. - Date: 14/06/2024 - FOB Qingdao - T/T 30 days"),
        ("p", "Sample quantity: twelve (12) pcs mooring buoy shackle plate MSP-48."),
        ("table", [
            ["No.", "Item", "Description", "Qty", "Unit price", "Amount"],
            ["1", "MSP-48", "Shackle plate S355J2, HDG EN ISO 1461, drawing MB-MSP-48 rev 2 - SAMPLE", "15", "USD 11.20", "USD 168.00"],
        ]),
        ("sp",),
        ("p", "Only the sample lot is released. The balance of the production quantity (1.188 pcs) is NOT released "
              "until sample sign-off by Mr Tran Van Duc and written release by Mr Le Minh Quan, Deputy Director."),
        ("p", "Material: sample lot only."),
        ("p", "Purchasing: Nguyen Thi Thu Ha"),
    ], title="PO MB-2406-051", author="Nguyen Thi Thu Ha")),
])

# p39 mail says PO GC-24-0128, attached PO is GC-24-0182 (EML + PDF) -----------------
_po = PDF([
    ("h1", "PURCHASE ORDER GC-24-0182"),
    ("p", "Glen Corrach Trout Ltd, Ardbrecknish Pier, Loch Awe, Argyll PA33 1BH"),
    ("p", "Supplier: UAB Baltijos Juru Metalas, Klaipeda - Date: 01/07/2024 - Currency EUR"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Price", "Value"],
        ["1", "GTF-1200", "Grading table frame AISI 316, DRG GC-GTF-1200 rev B - samples", "12", "318.00", "3,816.00"],
    ]),
    ("sp",),
    ("p", "Twelve (12) sample frames only. The 588 balance is not released until Callum Drummond has signed off the "
          "samples and Alasdair Ross (MD) sends a written production release."),
    ("p", "Fiona MacLeod, Purchasing & Operations"),
], title="PO GC-24-0182", author="Fiona MacLeod")
_t = T("""
    Hi Rūta,

    Tomas tells me you're looking after our frames now - welcome aboard!

    Please book the twelve (12) sample frames against PO GC-24-0128, PO copy attached. Same as before:
    the 588 balance stays on hold until Callum signs off the samples and Alasdair Ross sends a written
    production release.

    Cheers,
    Fiona
    """) + S_FIONA
case("p39_po_number_mismatch", ["RG011"], "cover mail books the samples against PO GC-24-0128 while the attached PO is GC-24-0182 (same 12 pcs): two documents of one order disagree on the PO number", [
    ("GTF-1200 samples PO.eml", eml_bytes(mail(
        FIONA, RUTA, "GTF-1200 sample frames - PO", "Mon, 01 Jul 2024 12:20:00 +0100",
        _t, cc=TOMAS, attachments=[("PO_GC-24-0182.pdf", _po, PDF_MT)]))),
])

# p40 Word PO for 8 + supplier proforma for 10 that starts the series on the advance (DOCX + PDF)
case("p40_po8_proforma10_advance", ["RG011", "RG012"], "PO authorizes 8 sample housings; the supplier's proforma for the same OC bills 10 and says the series starts on receipt of the advance without further confirmation", [
    ("OC 4100-2334.docx", docx_bytes([
        ("h1", "ORDEN DE COMPRA 4100-2334"),
        ("p", "Cooperativa Mitilicultores Seno Reloncaví Ltda. - Puerto Montt - 24.06.2024"),
        ("p", "Proveedor: Talleres Navales Arousa S.L., Vilagarcía de Arousa"),
        ("table", [
            ["Pos", "Código", "Descripción", "Cant.", "Precio EUR", "Total EUR"],
            ["10", "FPH-250-DX", "Carcasa impulsor FPH-250, dúplex, plano RLV-PL-250 rev 3 - MUESTRAS", "8", "612,00", "4.896,00"],
        ]),
        ("p", "Alcance / scope: ocho (8) muestras solamente."),
        ("p", "Saldo de 112 unidades: NO liberado. Se libera solo después del sign-off de muestras por Rodrigo Aravena "
              "y una liberación escrita de Patricio Muñoz, Gerente de Operaciones."),
        ("p", "Material: solo para las 8 muestras."),
        ("p", "Camila Vergara, Compras"),
    ], author="Camila Vergara")),
    ("PF-24-0219.pdf", PDF([
        ("h1", "FACTURA PROFORMA PF-24-0219"),
        ("p", "Talleres Navales Arousa S.L. - Polígono O Rial, 36600 Vilagarcía de Arousa - CIF B36123456"),
        ("p", "Cliente: Cooperativa Mitilicultores Seno Reloncaví Ltda. - Su OC 4100-2334 - 26.06.2024"),
        ("table", [
            ["Concepto", "Cant.", "Precio EUR", "Importe EUR"],
            ["Carcasa impulsor FPH-250 dúplex - muestras", "10", "612,00", "6.120,00"],
            ["Anticipo 50%", "", "", "3.060,00"],
        ]),
        ("sp",),
        ("p", "La fabricación de la serie (112 uds.) se inicia al recibir el anticipo, sin necesidad de más confirmación. / "
              "Series production (112 pcs) starts on receipt of the advance payment; no further confirmation needed."),
        ("p", "IBAN ES12 2080 5140 1130 4000 2291 - Xoán Castro, Dpto. Comercial"),
    ], title="PF-24-0219", author="Xoan Castro")),
])

# p41 portal release notice for 150 + Teams message 'the release is 120' (HTML + TXT) ---
case("p41_release150_chat120", ["RG011"], "the written release notice releases 150 brackets; the release authority's own Teams message to the supplier says the release is 120", [
    ("leverandorportal_R-2024-022.html", html_page("Fjordlaks Leverandørportal - Release R-2024-022", T("""
        <h2>Fjordlaks Havbruk AS &mdash; Leverandørportal</h2>
        <h3>Production release R-2024-022</h3>
        <table>
        <tr><th>Field</th><th>Value</th></tr>
        <tr><td>Supplier</td><td>Qingdao Haiyun Marine Hardware Co., Ltd. (20441)</td></tr>
        <tr><td>Order</td><td>PO 4500012615 line 20 &ndash; NPB-160 net-pen walkway bracket 316L</td></tr>
        <tr><td>Released quantity</td><td>150 pcs</td></tr>
        <tr><td>Unlock event</td><td>Sample sign-off SSR-2024-051, approved 18.06.2024 by Kjetil Brevik</td></tr>
        <tr><td>Authorized by</td><td>Marit Haugland, Supply Chain Manager</td></tr>
        <tr><td>Balance</td><td>344 pcs &ndash; not released; next written release by Marit Haugland</td></tr>
        </table>
        <p style="color:#666">Issued 19.06.2024 10:40</p>
        """), lang="no")),
    ("Teams_brackets_release.txt", T("""
        Microsoft Teams - chat export - "NPB-160 brackets / Haiyun"
        Participants: Marit Haugland (Fjordlaks Havbruk AS), Leo Wang (External)

        Marit Haugland   19.06.2024 13:15
        Leo, to confirm for the brackets: the release is 120 pcs, rest waits for my next release.

        Leo Wang (External)   19.06.2024 13:22
        OK Marit, 120 pcs. We plan cutting next week.
        """)),
])

# p42 buyer: deposit paid, so start production; bank notice forwarded as rfc822 (EML) ---
_bank_msg = mail("MekongBank eBiz <ebiz@mekongbank.example.vn>", HA,
                 "Giao dich thanh cong / Transaction successful - TT-24061400218",
                 "Fri, 14 Jun 2024 09:03:00 +0700",
                 T("""
                    Kính gửi Quý khách / Dear customer,

                    Giao dịch chuyển tiền quốc tế của Quý khách đã thành công.
                    Your international transfer was successful.

                    Số giao dịch / Ref.        : TT-24061400218
                    Người hưởng / Beneficiary  : QINGDAO HAIYUN MARINE HARDWARE CO., LTD.
                    Số tiền / Amount           : USD 4,104.00
                    Nội dung / Details         : DEPOSIT 30PCT PO MB-2406-058 MSP-48

                    MekongBank eBiz. Đây là thư tự động, vui lòng không trả lời.
                    This is an automatic message, please do not reply.
                    """))
_t = T("""
    Dear Mr Leo,

    We paid the 30% deposit today for the 1.200 pcs shackle plate MSP-48 (PO MB-2406-058), bank
    confirmation forwarded below.

    So you can start production of the 1.200 pcs now. Please send us the production schedule.

    Thank you and best regards,
    Ha
    """) + S_HA
case("p42_deposit_paid_start_1200", ["RG012"], "buyer: 'we paid the 30% deposit ... so you can start production of the 1.200 pcs now'; bank notice forwarded as rfc822", [
    ("PO MB-2406-058 MSP-48.eml", eml_bytes(mail(
        HA, LEO, "Deposit paid - PO MB-2406-058 MSP-48", "Fri, 14 Jun 2024 10:20:00 +0700",
        _t, html=to_html(_t), attachments=[("rfc822", _bank_msg)]))),
])

# p43 WhatsApp: supplier 'we accept the PO, so production can start' (TXT) ------------
case("p43_whatsapp_accept_po_start", ["RG010", "RG012"], "buyer's sample PO message gives no quantity; supplier treats its PO acceptance as the start of production and the buyer does not correct it", [
    ("WhatsApp Chat with Murat Egemar.txt", T("""
        22/05/2024, 10:14 - Fiona MacLeod: Hi Murat, PO GC-24-0188 for the sample hatch covers is sent. Balance not released until Callum signs off the samples and Alasdair Ross gives the written release.
        22/05/2024, 10:31 - Murat Yıldız Egemar: Dear Fiona, thank you, we accept the PO. So production can start next Monday 👍
        22/05/2024, 10:33 - Fiona MacLeod: Great, thanks Murat
        """)),
])

# p44 supplier proforma: mass production starts on receipt of deposit (PDF) -----------
case("p44_proforma_start_on_deposit", ["RG012"], "supplier proforma for mass production of 960 plates: 'production will start immediately on receipt of deposit, no further confirmation needed'", [
    ("PI-HY-24-0733.pdf", PDF([
        ("h1", "PROFORMA INVOICE"),
        ("p", "Qingdao Haiyun Marine Hardware Co., Ltd. - No. 18 Haiyun Road, Jiaozhou, Qingdao, China"),
        ("p", "PI No.: PI-HY-24-0733    Date: 2024-06-20    Buyer: Cooperativa Mitilicultores Seno Reloncavi Ltda., Puerto Montt, Chile"),
        ("table", [
            ["Item", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "MSP-48 mooring buoy shackle plate, S355J2, HDG EN ISO 1461 - mass production", "960", "11,40", "10.944,00"],
            ["", "30% deposit by T/T", "", "", "3.283,20"],
            ["", "70% balance before shipment", "", "", "7.660,80"],
        ]),
        ("sp",),
        ("p", "Terms: production will start immediately on receipt of deposit, no further confirmation needed. "
              "Lead time 45 days from deposit. FOB Qingdao."),
        ("p", "Bank: Jiaozhou Bay Commercial Bank, Qingdao, SWIFT JZBCCNBQ, A/C 2178 0040 1186."),
        ("p", "Sunny Liu, Sales Dept."),
    ], title="PI-HY-24-0733", author="Sunny Liu")),
])

# p45 'PO rev 2 is approved in our system. Good to run.' (EML, two-level quote) -------
_t = T("""
    Hi Murat,

    PO rev 2 with EUR 64,50 is approved in our system and sent to you. Good to run.

    Mvh
    Ingrid

    On 19.06.2024 14:03, Murat Yıldız wrote:
    > Dear Ingrid,
    > The 316L price increased 4% since our offer, we need a PO revision with EUR 64,50 instead of
    > EUR 62,00. Please send PO rev 2.
    > Best regards, Murat
    >
    > On 04.06.2024 09:26, Ingrid Solheim wrote:
    >> Hei Murat,
    >> PO 4500012391 rev 1: eight (8) pilot brackets NPB-160 only. The 142 production balance is not
    >> released until Kjetil's pilot sign-off and a written production release from Marit Haugland.
    >> Mvh Ingrid
    """) + S_INGRID
case("p45_po_rev2_good_to_run", ["RG002"], "after a price revision the buyer writes 'Good to run.' with no quantity and no sample-only scope; quoted original scope is complete (two-level quote)", [
    ("Re_ Re_ PO 4500012391 price.eml", eml_bytes(mail(
        INGRID, MURAT, "Re: Re: PO 4500012391 NPB-160 pilot - price", "Thu, 20 Jun 2024 08:40:00 +0200",
        _t, in_reply_to="<egm-20240619-1403@egemar.com.tr>"))),
])


# =================================================================== WRITE
def _stem(fn):
    st = Path(fn).stem
    st = re.sub(r"[^A-Za-z0-9]+", "_", st).strip("_")
    return st


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(230230).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        folder = f"h230_{n:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    n_clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"wrote {len(labels)} cases ({n_clean} clean) to {OUT}")


if __name__ == "__main__":
    main()
