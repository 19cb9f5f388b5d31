#!/usr/bin/env python3
"""Generator for the releasegate check_holdout231 corpus.

Domain: office-chair and seating components (gas-lift covers, armrest pads, seat-plate
mechanisms, caster bases, lumbar-support frames).

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout231/build.py

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
    m["Message-ID"] = msgid or f"<h231-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h231")
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


# ----------------------------------------------------------------- small helpers (h231)
def quote(text, prefix="> "):
    """Quote a block of text the way mail clients do."""
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.splitlines())


def txt2html(text):
    """Very small text -> HTML converter for the text/html alternative of a mail."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if lines and all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;"
            "font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n")


# ----------------------------------------------------------------- parties (all fictional)
# Buyers
HB = "Hallberg Sitzmöbel GmbH"            # German office-furniture brand, Herford
HB_KV = "Katrin Vossberg <k.vossberg@hallberg-sitz.de>"      # Strategischer Einkauf
HB_JA = "Dr. Jörg Anselm <j.anselm@hallberg-sitz.de>"         # Entwicklung / engineering
HB_MK = "Matthias Kröger <m.kroeger@hallberg-sitz.de>"        # Leiter Supply Chain, release authority
AL = "Interiores Corporativos Alameda S.A. de C.V."  # Mexican corporate-interiors dealer, Monterrey
AL_LT = "Guadalupe Treviño <compras.gtrevino@alameda-interiores.mx>"
AL_RS = "Ing. Rodrigo Salinas <rsalinas@alameda-interiores.mx>"
AL_FO = "Fernanda Ochoa <fochoa@alameda-interiores.mx>"
BS = "UKPBJ Balai Sarana Perkantoran Negara"          # Indonesian government procurement unit, Jakarta
BS_SP = "Sari Puspitasari <sari.puspitasari@ukpbj.bspn.go.id>"
BS_HW = "Hendra Wiratama <hendra.wiratama@bspn.go.id>"
VC = "Verkstad Cowork AB"                 # Swedish co-working chain, Göteborg
VC_ES = "Elin Sandqvist <elin.sandqvist@verkstadcowork.se>"
VC_JL = "Johan Lindgren <johan.lindgren@verkstadcowork.se>"
VC_MH = "Maria Håkansson <maria.hakansson@verkstadcowork.se>"
# Suppliers
HD = "Anji Hengda Seating Parts Co., Ltd."            # Anji, Zhejiang, China
HD_LZ = "Lily Zhou <lily.zhou@hengda-seating.cn>"
JF = "Jinfeng Mechanism Industrial Co., Ltd."         # Taichung, Taiwan
JF_VL = "Vincent Lai <vincent.lai@jinfeng-mech.com.tw>"
JF_HU = "Huang Chih-Ming <cm.huang@jinfeng-mech.com.tw>"
TP = "Tan Phat Furniture Components Co., Ltd."        # Binh Duong, Vietnam
TP_HA = "Nguyen Thi Thu Ha <ha.nguyen@tanphat-fc.vn>"
MT = "Meblotech Komponenty Sp. z o.o."                # Radomsko, Poland
MT_PW = "Paweł Wiśniewski <p.wisniewski@meblotech.pl>"
IM = "İnegöl Mekanizma Sanayi ve Ticaret A.Ş."        # İnegöl, Bursa, Turkey
IM_EY = "Emre Yıldız <emre.yildiz@inegolmekanizma.com.tr>"


# =================================================================== CLEAN
# c01: supplier quote with sample and production tiers, no authorization anywhere.
case("c01_anji_quote_tiers", [],
     "Supplier quote only: sample 24 pcs and 1.000/2.000/5.000 tiers; no authorized quantity, so no RG001.",
     [("HD-Q-240611-07.txt", """\
ANJI HENGDA SEATING PARTS CO., LTD.
安吉恒达座椅配件有限公司
No. 88 Gongye Road, Dipu Street, Anji County, Huzhou, Zhejiang 313300, China
Tel +86 572 5120 887   Fax +86 572 5120 889

QUOTATION                                   No.: HD-Q-240611-07
                                            Date: 2024-06-11
To:    Verkstad Cowork AB, Göteborg, Sweden
Attn:  Ms. Elin Sandqvist (Inköp)
From:  Lily Zhou, Sales Manager

Item:      Gas-lift cover GLC-3S-100, 3-section telescopic, PP, black RAL 9005
           for gas lift class 4, 100 mm stroke (DIN 4550 / EN 16955)
Drawing:   VC-DRW-0410 Rev 3
Packing:   50 pcs / carton, carton 60x40x35 cm

-------------------------------------------------------------------------
 Qty tier              Unit price (USD)   Lead time
-------------------------------------------------------------------------
 Sample    24 pcs      4.80               12 days (modify existing tool)
 Mass      1.000 pcs   0.92               30 days after PO + release
 Mass      2.000 pcs   0.86               30 days after PO + release
 Mass      5.000 pcs   0.79               35 days after PO + release
-------------------------------------------------------------------------

Remark:
1. Sample price include small modify of existing tool HD-T-0410, no tooling charge.
2. This is a quotation only, not order confirmation. Mass production quantity will be
   fixed later by your PO and your written release.
3. Payment: sample T/T in advance. Mass production term to agree with PO.
4. Price valid 60 days from quote date. MOQ 1.000 pcs per colour.
5. Factory certified ISO 9001:2015, cert. no. 04823Q20145R1M.

Thank you for your inquiry, any question please contact me.

Best regards
Lily Zhou 周丽
Sales Manager | Anji Hengda Seating Parts Co., Ltd.
Mob/WeChat +86 138 5721 4460
""")])


# c02: buyer RFQ with three volume scenarios, multipart/alternative.
_t = """\
Hej Paweł,

we are opening four new sites next year (Malmö, Uppsala, Aarhus, Oslo) and need a price
for the lumbar-support frame LSF-450 (our drawing VC-DRW-0452 rev B, steel wire frame with
PP pads, powder coat black).

Please quote three scenarios:
  A) 600 pcs
  B) 1 800 pcs
  C) 3 600 pcs
plus sixteen (16) samples for our fit check.

To be clear: this is a request for quotation only. It is not an order and nothing is
released. We decide after the samples and after the board budget meeting in September.

Some questions also:
- steel grade, is DC01 ok or do you propose something else?
- powder coat thickness, and can you do salt spray 96 h according to ISO 9227?
- lead time for samples and for the first 600?

Tack på förhand!

Elin Sandqvist
Inköp / Purchasing
Verkstad Cowork AB
Första Långgatan 19, 413 27 Göteborg
+46 31 760 44 12
"""
case("c02_verkstad_rfq_lumbar", [],
     "RFQ with three volume scenarios, explicitly not an order and nothing released; questions only.",
     [("RFQ_VC-RFQ-2024-031.eml", eml_bytes(mail(
         VC_ES, MT_PW, "RFQ VC-RFQ-2024-031 lumbar support frame LSF-450 – three volume scenarios",
         "Mon, 03 Jun 2024 10:14:00 +0200", _t, html=txt2html(_t))))])


# c03: Teams chat, supplier asks for the go-ahead on the balance, buyer says not yet.
case("c03_teams_balance_question", [],
     "Complete scope in chat (20 samples, 1.180 on hold, sign-off + written release by Kröger); supplier's go-ahead question is not an approval and the buyer keeps the hold.",
     [("Teams_Chat_Hallberg_Jinfeng.txt", """\
Microsoft Teams - Chat-Export / chat export
Chat:      Hallberg / Jinfeng - SPM-480-S Synchronmechanik
Exported:  2024-06-19 08:12 (UTC+02:00) by k.vossberg@hallberg-sitz.de
Members:   Katrin Vossberg (Hallberg), Dr. Jörg Anselm (Hallberg), Vincent Lai (Jinfeng, Extern)

[2024-06-03 09:14] Katrin Vossberg (Hallberg)
Good morning Vincent, PO 4500087655 for the SPM-480-S is out. Only the 20 sample mechanisms are on it.
The 1.180 serial pcs from your offer JF-Q-24-0301 are NOT released - they stay on hold until Dr. Anselm
has signed off the samples and Matthias Kröger sends the written release.

[2024-06-03 09:20] Vincent Lai (Jinfeng) (Extern)
Noted Katrin, 20 samples only. Material we buy only for 20 sets.

[2024-06-17 15:02] Vincent Lai (Jinfeng) (Extern)
Katrin, samples left factory today by DHL, AWB 7741 2209 1180.
Small question: can we have the go-ahead for the balance 1.180 already? Our line is free in wk 27, would be nice.

[2024-06-17 15:40] Katrin Vossberg (Hallberg)
Hi Vincent, not yet, sorry. Balance stays on hold. First the sample sign-off from Jörg (durability test
EN 1335-2 runs ~10 days), then Matthias decides and releases in writing. I let you know.

[2024-06-17 15:41] Vincent Lai (Jinfeng) (Extern)
OK understand 👍
""")])


# c04: clearly labelled, non-binding forecast (PDF table).
case("c04_hallberg_forecast_pdf", [],
     "Rolling forecast labelled non-binding, not a PO, not a release, no material authority; releases only by call-off/written release by Kröger.",
     [("Bedarfsvorschau_CB-700-AL_Q3-2024.pdf", pdf([
         ("h1", "Bedarfsvorschau / Rolling forecast"),
         ("p", "Hallberg Sitzmöbel GmbH · Strategischer Einkauf · Bünder Straße 140 · 32051 Herford"),
         ("p", "An / To: İnegöl Mekanizma Sanayi ve Ticaret A.Ş., Mr Emre Yıldız · Stand / as of: 01.07.2024"),
         ("p", "Artikel / Item: 71-5700-00 Fußkreuz Aluminium poliert / caster base CB-700-AL, Ø 700 mm, "
               "Zeichnung 71-5700-00 Rev 07, Prüfung nach EN 12529 und BIFMA X5.1"),
         ("sp",),
         ("p", "NICHT VERBINDLICHE VORSCHAU - NON-BINDING FORECAST. Für Ihre Kapazitätsplanung. "
               "Dies ist keine Bestellung, kein Abruf und keine Materialfreistellung. This forecast is not a purchase "
               "order, not a production release and gives no material authority. Quantities are released only by "
               "call-off or written release signed by Matthias Kröger (Leiter Supply Chain)."),
         ("sp",),
         ("table", [
             ["Monat / month", "Vorschau / forecast (ST)", "Status"],
             ["08/2024", "300", "forecast"],
             ["09/2024", "450", "forecast"],
             ["10/2024", "450", "forecast"],
             ["11/2024", "600", "forecast"],
             ["12/2024", "300", "forecast"],
             ["Q1/2025", "1.500", "forecast"],
             ["Q2/2025", "1.800", "forecast"],
             ["Summe / total", "5.400", "forecast, not released"],
         ]),
         ("sp",),
         ("p", "Änderungen der Vorschau sind jederzeit möglich. Kosten für Material, das ohne schriftliche "
               "Materialfreistellung beschafft wird, trägt der Lieferant."),
         ("p", "Rückfragen: Katrin Vossberg, +49 5221 5930 214"),
     ], title="Bedarfsvorschau CB-700-AL", author="Katrin Vossberg"))])


# c05: DOCX sample sign-off record, approved for fit check only.
case("c05_hallberg_signoff_fitcheck", [],
     "Sample sign-off 'approved for fit check only; production not released'; balance 1.180 on hold until full sign-off and written release by Kröger.",
     [("SSR-2024-044_SPM-480-S.docx", docx_bytes([
         ("h1", "Musterprüfbericht / Sample sign-off record SSR-2024-044"),
         ("table", [
             ["Feld / field", "Eintrag / entry"],
             ["Teil / part", "SPM-480-S Synchronmechanik, Hallberg-Nr. 71-3480-00 Rev 04"],
             ["Lieferant / supplier", "Jinfeng Mechanism Industrial Co., Ltd., Taichung"],
             ["Bestellung / PO", "4500087655 (20 Muster / samples)"],
             ["Muster erhalten / samples received", "21.06.2024, 20 pcs"],
             ["Prüfer / inspector", "Dr. Jörg Anselm, Entwicklung"],
         ]),
         ("h", "Prüfergebnisse / results"),
         ("table", [
             ["Prüfung / test", "Anforderung / requirement", "Ergebnis / result"],
             ["Lochbild / hole pattern", "200 x 250 mm, M8x1.25", "OK"],
             ["Einbau in Sitz Modell 'Talis' / fit in seat", "no interference", "OK"],
             ["Federkraft / tilt tension", "45-120 kg range", "OK"],
             ["Dauertest / durability EN 1335-2", "120 000 cycles", "running, result wk 29"],
         ]),
         ("h", "Entscheidung / disposition"),
         ("p", "Samples approved for fit check only; production not released."),
         ("p", "The balance of 1.180 pcs under PO 4500087655 stays on hold. It can be released only after the full "
               "sign-off (durability result wk 29) and only by written release from Matthias Kröger, Leiter Supply Chain. "
               "This record itself releases nothing."),
         ("sp",),
         ("p", "Herford, 24.06.2024 - Dr. Jörg Anselm"),
     ], author="Dr. Jörg Anselm"))])


# c06: HTML buyer portal, full-quantity PO.
case("c06_verkstad_portal_fullqty", [], "Full-quantity PO of 240 pcs ('proceed with the full 240 pcs'); no balance exists.",
     [("portal_VC-PO-24-0187.html", html_page("Verkstad supplier portal – VC-PO-24-0187", """\
<h2>Verkstad Cowork AB &middot; Supplier portal</h2>
<p>Logged in as: <b>Meblotech Komponenty Sp. z o.o.</b> (supplier no. 20044)</p>
<h3>Purchase order VC-PO-24-0187</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Order date</td><td>2024-06-12</td></tr>
<tr><td>Order type</td><td>Complete order (no samples, no balance)</td></tr>
<tr><td>Buyer</td><td>Elin Sandqvist</td></tr>
<tr><td>Ship to</td><td>Verkstad Uppsala, Kungsgatan 62, 753 18 Uppsala</td></tr>
<tr><td>Incoterms</td><td>DAP Uppsala</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
<tr><td>1</td><td>LSF-450</td><td>Lumbar-support frame, drawing VC-DRW-0452 rev B, EN 1335-1:2020, salt spray 96 h ISO 9227</td><td>240 pcs</td><td>EUR 7,95</td><td>EUR 1 908,00</td></tr>
</table>
<div class="note">This PO is the whole quantity. Please proceed with the full 240 pcs. No samples, no further call-offs,
nothing on hold. Delivery week 30.</div>
<p>Status: <b>Sent 2024-06-12</b> &middot; Acknowledged by supplier: 2024-06-13</p>
""")) ])


# c07: X12 830 with explicit staged material authority above the released quantity.
case("c07_alameda_830_staged_material", [],
     "830 call-off: 400 released (firm), weeks beyond are planning only and not released; explicit material authority up to 1.200 at buyer's liability; next release by next 830 signed by Fernanda Ochoa.",
     [("830_REL-2024-27_INEGOL.txt", """\
INTERIORES CORPORATIVOS ALAMEDA SA DE CV - EDI GATEWAY
Documento: X12 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY (v4010)  -  impresión legible
Enviado:   2024-07-01 09:30 CST     Control: 000000231     Socio: INEGOLMEK

ISA*00*          *00*          *ZZ*ALAMEDAMTY     *ZZ*INEGOLMEK      *240701*0930*U*00401*000000231*0*P*>~
GS*PS*ALAMEDAMTY*INEGOLMEK*20240701*0930*231*X*004010~
ST*830*0001~
BFR*05*REL-2024-27**DL*A*20240701*20241229*20240701~
N1*BY*INTERIORES CORPORATIVOS ALAMEDA SA DE CV*92*ALA01~
N1*SU*INEGOL MEKANIZMA SAN VE TIC AS*92*20417~
LIN**BP*CB-700-AL*VP*IM-5Y-700*EC*04~
UIT*EA~
ATH*FI*20240722**400*~
ATH*MT*20240722**1200*~
FST*200*C*W*20240715~
FST*200*C*W*20240722~
FST*400*D*W*20240819~
FST*400*D*W*20240916~
FST*400*D*W*20241014~
SHP*01*0*011*20240701~
CTT*1*1600~
SE*16*0001~

--- LEYENDA / LEGEND (generada por el sistema) ---------------------------------------------
Artículo   CB-700-AL base 5 puntas aluminio pulido 700 mm, plano ALA-B-0700 Rev 04 (EC*04 = revisión)
FST ...C   firme / firm      = LIBERADO para producción: 200 + 200 = 400 PZA
FST ...D   planeación / planning = PRONÓSTICO, NO liberado (1.200 PZA)
ATH*FI     autorización de fabricación (cum.): 400 PZA  -> cantidad liberada
ATH*MT     autorización de materia prima (cum.): 1.200 PZA -> el proveedor puede comprar aluminio
           para hasta 1.200 bases por cuenta y riesgo de Alameda (staged material authority).
           Esta autorización de material no libera producción arriba de 400 PZA.
CTT        total de cantidades en el documento (firme + planeación): 1.600 (informativo)

Las semanas en planeación (D) no están liberadas. La siguiente liberación de producción se hace
únicamente con el siguiente 830 (call-off) firmado por Lic. Fernanda Ochoa, Directora de Operaciones.
Contacto compras: Guadalupe Treviño, ext. 2231
""")])


# c08: DOCX explicit, signed auto-conversion record.
case("c08_hallberg_autoconversion_record", [],
     "Explicit auto-conversion recorded before sign-off: names 600 pcs, signer Kröger (release authority), conditions and expiry; remaining 1.388 on hold until revised PO and written release.",
     [("AC-2024-03_CB-700-AL.docx", docx_bytes([
         ("h1", "Auto-conversion record AC-2024-03"),
         ("p", "Hallberg Sitzmöbel GmbH - Supply Chain. Recorded 10.06.2024, before the sample sign-off."),
         ("table", [
             ["Item", "Entry"],
             ["Order", "Caster base CB-700-AL (Hallberg 71-5700-00 Rev 07), supplier İnegöl Mekanizma A.Ş."],
             ["PO", "4500087990 rev 1"],
             ["Sample quantity (active now)", "12 pcs"],
             ["Quoted production quantity", "2.000 pcs (basis: forecast)"],
             ["Auto-conversion quantity", "600 pcs"],
             ["Signed by", "Matthias Kröger, Leiter Supply Chain, release authority (limit 800 pcs)"],
         ]),
         ("h", "Statement"),
         ("p", "If the sample sign-off of the dozen sample bases (12 pcs) is recorded as 'approved' by Dr. Jörg Anselm without open "
               "deviations, and no later than 30.08.2024, then 600 pcs are released for production automatically by "
               "this record, without a further release document. An interim or rejected sign-off converts nothing."),
         ("p", "The remaining 1.388 pcs (2.000 minus 12 minus 600) are not released and stay on hold until a revised "
               "PO is issued and Matthias Kröger sends a written release."),
         ("p", "Material authority: sample-only until the conversion; after the conversion, staged up to 600 pcs."),
         ("sp",),
         ("table", [
             ["Signature", "Date"],
             ["Matthias Kröger (signed)", "10.06.2024"],
             ["Acknowledged: Emre Yıldız, İnegöl Mekanizma (signed)", "11.06.2024"],
         ]),
     ], author="Matthias Kröger"))])


# c09: buyer forwards an old quote as message/rfc822, explicitly for reference only.
_old = mail(HD_LZ, AL_LT, "Quotation HD-Q-230412-02 armrest pad AP-2D-250",
            "Wed, 12 Apr 2023 16:20:00 +0800", """\
Dear Lupita,

Good day! As your request please see our price for PU armrest pad AP-2D-250 (250 x 95 mm, black,
soft PU, steel insert with 2x M6 nut):

  sample 25 pcs    USD 6.50/pc
  8.000 pcs        USD 2.35/pc
  15.000 pcs       USD 2.18/pc

Lead time mass production 35 days. Tooling USD 1,800 (one time).
Price valid 90 days.

Best regards
Lily Zhou
Anji Hengda Seating Parts Co., Ltd.
""")
_t = """\
Hola Lily,

I forward below your quotation from April 2023, only as price reference. The 8.000 pcs in
that quote are not an order and are not released.

Our current PO 7788 covers twenty-five (25) sample pads AP-2D-250 only. The production balance
is on hold until Ing. Rodrigo Salinas signs off the samples and Lic. Fernanda Ochoa sends the
written release.

Can you confirm if the 2023 prices are still valid or send me the update? Muchas gracias.

Saludos,
Lupita
""" + sig("Guadalupe Treviño", "Compras / Purchasing", AL + ", Monterrey N.L.", "+52 81 8356 2231")
case("c09_alameda_fwd_old_quote", [],
     "Old 2023 quote with 8.000 pcs forwarded as message/rfc822 and declared price reference only; current PO 25 samples, hold, sign-off + written release by Ochoa.",
     [("Fwd_HD-Q-230412-02.eml", eml_bytes(mail(
         AL_LT, HD_LZ, "Fwd: Quotation HD-Q-230412-02 armrest pad AP-2D-250 (price reference only)",
         "Thu, 06 Jun 2024 11:05:00 -0600", _t, attachments=[("rfc822", _old)])))])


# c10: buyer reply corrects a quoted supplier line that assumed auto-conversion.
_q = """\
Dear Elin Hanım,

Thank you for PO VC-PO-24-0203. The 15 sample bases CB-650-AL will ship in week 26.
After your sample approval we will start directly the 1.500 bases, so we can keep the
delivery date for your Aarhus site.

Best regards,
Emre Yıldız
Export Sales Manager
İnegöl Mekanizma Sanayi ve Ticaret A.Ş."""
_t = """\
Hi Emre,

please don't. The sample sign-off by Johan does not release anything.

PO VC-PO-24-0203 is for the 15 sample bases only. The 1 500 production bases stay on hold
until Maria Håkansson (COO) sends a written production release after the sign-off. Until
then no material beyond the samples, please.

If the Aarhus date gets tight we will talk about it, but not by starting early.

Thanks!
Elin
""" + sig("Elin Sandqvist", "Inköp / Purchasing", VC + ", Göteborg", "+46 31 760 44 12") + \
    "\nOn Tue, 18 Jun 2024 at 10:42, Emre Yıldız <emre.yildiz@inegolmekanizma.com.tr> wrote:\n" + quote(_q) + "\n"
case("c10_verkstad_corrects_quoted_autoconv", [],
     "Quoted supplier assumption of auto-conversion is corrected by the buyer: 15 samples only, 1.500 on hold until written release by Maria Håkansson after sign-off.",
     [("RE_VC-PO-24-0203.eml", eml_bytes(mail(
         VC_ES, IM_EY, "RE: VC-PO-24-0203 sample caster bases CB-650-AL",
         "Tue, 18 Jun 2024 13:05:00 +0200", _t, in_reply_to="<h231-im-0618@inegolmekanizma.com.tr>")))])


# c11: WhatsApp, supplier says the deposit does not release production.
case("c11_whatsapp_deposit_not_release", [],
     "Buyer scope complete (30 samples, 970 on hold, sign-off Salinas + written release Ochoa); supplier states the deposit does not release production.",
     [("WhatsApp Chat with Ms Ha Tan Phat.txt", """\
12/06/24, 10:02 - Lupita Treviño: Buenos días Ms Ha! PO 7791 sent by mail: thirty (30) sample pads AP-PU-230 only. The 970 production pcs are NOT released, they are on hold until Ing. Salinas signs off the samples and Lic. Fernanda Ochoa gives the written release.
12/06/24, 10:15 - Ms Ha Tan Phat: Good morning Ms Lupita, well noted. Proforma for samples I send you already by email, USD 186.00
12/06/24, 10:16 - Ms Ha Tan Phat: <Media omitted>
13/06/24, 16:48 - Lupita Treviño: Payment for the samples done today 🙏 incl. the deposit from your proforma
13/06/24, 17:05 - Ms Ha Tan Phat: Thank you! Just to be clear, the deposit does not release production. We make only the 30 samples, the 970 wait for your written release ☺️
13/06/24, 17:06 - Lupita Treviño: Exacto, gracias 👍
13/06/24, 17:06 - Ms Ha Tan Phat: 👍
""")])


# c12: PDF supplier acknowledgement restating the hold and sample-only material.
case("c12_meblotech_ack_restates_hold", [],
     "Supplier acknowledgement restates the scope: 16 samples, quoted 1.600 not released, material sample-only, waits for sign-off and Maria Håkansson's written release.",
     [("MT-OA-2024-0419.pdf", pdf([
         ("h1", "Potwierdzenie zamówienia / Order acknowledgement"),
         ("p", "Meblotech Komponenty Sp. z o.o. · ul. Fabryczna 14 · 97-500 Radomsko · NIP 772-000-00-00"),
         ("p", "No. MT/OA/2024/0419 · Date 2024-06-14 · Customer: Verkstad Cowork AB, Göteborg · Your PO: VC-PO-24-0211"),
         ("sp",),
         ("table", [
             ["Pos.", "Item", "Description", "Qty", "Unit price", "Value"],
             ["1", "LSF-450", "Lumbar-support frame, samples, drawing VC-DRW-0452 rev B", "16 pcs", "EUR 14,50", "EUR 232,00"],
         ]),
         ("sp",),
         ("p", "We confirm the scope of your PO as written: sixteen (16) sample frames only. The quoted production "
               "quantity of 1 600 pcs (our offer MT/OF/24/097) is not released and we do not start it."),
         ("p", "Material: sample only - we buy steel wire and PP pads only for the 16 samples."),
         ("p", "We will wait for the sample sign-off by Mr Johan Lindgren and for the written production release "
               "from Ms Maria Håkansson before any production or material purchase for the balance."),
         ("p", "Samples ready: week 26. Delivery DAP Göteborg."),
         ("sp",),
         ("p", "Z poważaniem / Best regards - Paweł Wiśniewski, Key Account Manager, +48 44 683 21 07"),
     ], title="MT/OA/2024/0419", author="Paweł Wiśniewski"))])


# c13: DOCX interim sign-off with quantity and date limits; production release issued separately.
case("c13_hallberg_interim_signoff", [],
     "Interim sign-off limited to 300 pcs / 31.08.2024, says it is not a production release; release RN-2024-017 for 300 by Kröger; remaining 900 on hold until final sign-off and written release by Kröger.",
     [("Bemusterung_LSF-H-420_interim.docx", docx_bytes([
         ("h1", "Bemusterung - Interim sign-off record IS-2024-007"),
         ("p", "Hallberg Sitzmöbel GmbH, Entwicklung / Qualität"),
         ("table", [
             ["Feld", "Eintrag"],
             ["Teil", "Lordosenstütze LSF-H-420, Hallberg-Nr. 71-4420-00 Rev C"],
             ["Lieferant", "Meblotech Komponenty Sp. z o.o., Radomsko"],
             ["Bestellung", "4500087744 rev 2"],
             ["Abweichung / deviation", "Glanzgrad Pulverbeschichtung 58 GU statt 70 ± 5 GU (ISO 2813, 60°)"],
         ]),
         ("h", "Disposition"),
         ("p", "Interim: accepted with deviation, limited to 300 pcs and valid until 31.08.2024, whichever comes first."),
         ("p", "This interim sign-off is not a production release. The production release RN-2024-017 for 300 pcs was "
               "issued separately in writing by Matthias Kröger on 12.06.2024."),
         ("p", "The remaining 900 pcs of the quoted 1.200 pcs are on hold until the final sign-off (re-test of gloss on "
               "the corrected coating line) and a written release from Matthias Kröger, Leiter Supply Chain."),
         ("sp",),
         ("table", [
             ["Rolle", "Name", "Datum"],
             ["Entwicklung", "Dr. Jörg Anselm", "11.06.2024"],
             ["Qualität", "Sandra Pohl", "11.06.2024"],
         ]),
     ], author="Dr. Jörg Anselm"))])


# c14: HTML supplier portal status page restating the hold.
case("c14_jinfeng_portal_status", [],
     "Supplier portal status: Hallberg sample 20 shipped, balance 1.180 on hold awaiting written release by Kröger, material sample-only; other customer's full-quantity order.",
     [("jinfeng_order_status.html", html_page("Jinfeng customer order status", """\
<h2>Jinfeng Mechanism Industrial Co., Ltd. &middot; 錦豐機構 &middot; Order status</h2>
<p>Report date: 2024-06-28 &middot; prepared by Amy Chen (PM)</p>
<table>
<tr><th>Customer</th><th>Customer PO</th><th>Item</th><th>Scope</th><th>Qty</th><th>Status</th><th>Material</th></tr>
<tr><td>Hallberg Sitzmöbel</td><td>4500087655</td><td>SPM-480-S</td><td>Sample</td><td>20</td><td>Shipped 2024-06-17, DHL</td><td>sample only (20 sets)</td></tr>
<tr><td>Hallberg Sitzmöbel</td><td>4500087655</td><td>SPM-480-S</td><td>Production balance</td><td>1,180</td><td><b>ON HOLD</b> &ndash; not released, awaiting customer written release (Mr. M. Kröger) after sample sign-off</td><td>none bought</td></tr>
<tr><td>Verkstad Cowork</td><td>VC-PO-24-0177</td><td>SPM-T-260</td><td>Complete order</td><td>180</td><td>In production, 120 done</td><td>for 180 sets</td></tr>
</table>
<p class="note">We do not start production or buy material for any quantity marked ON HOLD.</p>
""")) ])


# c15: ERP PO full quantity, full of identifiers that look like quantities.
case("c15_hallberg_erp_fullqty_identifiers", [],
     "Full-quantity SAP PO of 120 pcs ('complete order quantity ... proceed with the full 120'); drawing, standard, thread and test numbers are identifiers, not quantities.",
     [("ME9F_4500087951.txt", """\
HALLBERG SITZMÖBEL GMBH                                     BESTELLUNG / PURCHASE ORDER
Bünder Straße 140, 32051 Herford                            Seite 1 von 1

Bestellnummer   4500087951                Datum      14.06.2024
Lieferant       310587                    Einkäufer  K. Vossberg / EKG 210
                İnegöl Mekanizma Sanayi ve Ticaret A.Ş.
                Organize Sanayi Bölgesi 2500 Sok. No:12, 16400 İnegöl/Bursa, Türkei
Lieferadresse   Werk Herford, Halle 2500, Tor 4
Incoterms       DAP Herford   Zahlung 60 Tage netto

Pos  Material      Bezeichnung                                  Menge   ME   Preis EUR   Wert EUR
---- ------------- -------------------------------------------- ------- ---- ----------- ---------
0010 71-5700-00    Fußkreuz Alu poliert Ø700, Rev 12             120    ST       16,90   2.028,00
                   Zeichnung DRG 5000-700 Rev 12
                   Rollenaufnahme Ø11x22 mm, Gaslift-Konus DIN 4550
                   Prüfung EN 12529 / BIFMA X5.1-2017 Pkt. 1 135 kg statisch
                   Salzsprühtest 96 h ISO 9227, Gewinde M10x1.0 (Prüfdorn)
                   Liefertermin KW 28/2024

Kopftext:
Vollständige Bestellmenge / complete order quantity: 120 ST. Keine Muster, keine Restmenge,
keine weiteren Abrufe. Please proceed with the full 120 pcs.
Lieferant zertifiziert nach ISO 9001:2015 (Zertifikat TR-QMS-2023-0120).

Hallberg Sitzmöbel GmbH - Registergericht Bad Oeynhausen HRB 0000 - USt-IdNr. DE000000000
""")])


# c16: multipart/alternative release mail, complete and consistent.
_t = """\
Hi Paweł,

the LSF-450 samples were signed off by Johan on 18 June (sign-off record VC-SO-24-11).

I hereby release 450 pcs of the lumbar-support frame LSF-450 for production, under
PO VC-PO-24-0211 rev 2 (which now covers 450 pcs). Release number VC-RL-24-07.

The remaining 1 150 pcs of the quoted 1 600 stay on hold. They will be released only after
our Q4 budget is approved internally and I send you a new written release.

Material: please buy only for the 450 pcs.

Best regards,
Maria
""" + sig("Maria Håkansson", "COO, release authority", VC + ", Göteborg", "+46 31 760 44 01")
case("c16_verkstad_release_mail", [],
     "Written release of 450 pcs by the COO (release authority); 1.150 on hold until internal budget approval and new written release; material only for 450.",
     [("VC-RL-24-07.eml", eml_bytes(mail(
         VC_MH, MT_PW, "Production release VC-RL-24-07 – LSF-450 – 450 pcs",
         "Thu, 20 Jun 2024 15:31:00 +0200", _t, html=txt2html(_t), cc=VC_ES)))])


# c17: PDF PO with a complete scope note (four jobs + material authority + quote basis).
case("c17_alameda_po_scope_note", [],
     "PO with complete scope note: 12 samples active, 1.188 not released, build only 12, material sample-only, unlock by sign-off (Salinas) + written release (Ochoa), quoted quantity is a forecast.",
     [("OC-2024-0815.pdf", pdf([
         ("h1", "ORDEN DE COMPRA / PURCHASE ORDER OC-2024-0815"),
         ("p", "Interiores Corporativos Alameda S.A. de C.V. · Av. Lázaro Cárdenas 2400, San Pedro Garza García, N.L. · RFC ICA-000000-XX0"),
         ("p", "Proveedor / supplier: Jinfeng Mechanism Industrial Co., Ltd., Taichung, Taiwan · Fecha: 2024-06-24 · Compras: Guadalupe Treviño"),
         ("sp",),
         ("table", [
             ["Línea", "Artículo", "Descripción", "Alcance / scope", "Cantidad", "P.U. USD", "Importe USD"],
             ["1", "SPM-T-260", "Mecanismo synchro, placa 200x250, plano ALA-M-0260 Rev 02", "sample", "12", "52.00", "624.00"],
             ["2", "SPM-T-260", "Mecanismo synchro - producción", "production - NOT RELEASED (on hold)", "1,188", "29.40", "referencia / reference only"],
         ]),
         ("sp",),
         ("h", "Nota de alcance / PO scope note"),
         ("p", "1. Active quantity: twelve (12) sample mechanisms, line 1."),
         ("p", "2. The remaining 1,188 pcs (line 2) are not released. Line 2 is shown for price reference only."),
         ("p", "3. What to do now: build and ship only the 12 samples. Material authority: sample-only - buy material for the 12 samples only."),
         ("p", "4. Unlock event: sample sign-off by Ing. Rodrigo Salinas (Ingeniería), followed by a written release from "
               "Lic. Fernanda Ochoa, Directora de Operaciones. Nothing else unlocks line 2."),
         ("p", "The quoted production quantity of 1,188 pcs is a forecast, not a commitment."),
         ("sp",),
         ("p", "Autorizó / issued by: Guadalupe Treviño, Compras"),
     ], pagesize=LETTER, title="OC-2024-0815", author="Guadalupe Treviño"))])


# c18: Indonesian SPK mail (text+HTML) with PDF attachment; advance payment is not a production order.
_spk = pdf([
    ("h1", "SURAT PERINTAH KERJA (SPK)"),
    ("p", "Nomor: 027/SPK/UKPBJ-BSPN/VI/2024 · Tanggal: 17 Juni 2024"),
    ("p", "Satuan Kerja: Balai Sarana Perkantoran Negara · Pejabat Pembuat Komitmen (PPK): Hendra Wiratama"),
    ("p", "Penyedia: Tan Phat Furniture Components Co., Ltd., Binh Duong, Viet Nam"),
    ("sp",),
    ("table", [
        ["No", "Uraian / description", "Tahap", "Jumlah", "Harga satuan (Rp)", "Jumlah harga (Rp)"],
        ["1", "Rangka penopang lumbar / lumbar-support frame LSF-ID-40, gambar BSPN-TK-040 rev 1", "Tahap 1 - sampel", "10 unit", "310.000", "3.100.000"],
        ["2", "idem", "Tahap 2 - produksi (TIDAK DILEPAS / not released)", "1.190 unit", "118.500", "-"],
    ]),
    ("sp",),
    ("p", "Pasal 3. Tahap 1: penyedia membuat sepuluh (10) unit sampel untuk diuji Tim Teknis (Ketua: Agus Setiawan). "
          "Tahap 2 (1.190 unit) tidak dilepas untuk produksi sampai hasil uji Tim Teknis dinyatakan sesuai dan PPK, "
          "Bapak Hendra Wiratama, menerbitkan surat perintah produksi tertulis."),
    ("p", "Pasal 5. Uang muka 20% dibayarkan setelah jaminan uang muka diterima. Uang muka bukan perintah produksi. "
          "The advance payment is not a production order."),
    ("sp",),
    ("p", "Jakarta, 17 Juni 2024 - PPK, Hendra Wiratama"),
], title="SPK 027", author="UKPBJ BSPN")
_t = """\
Dengan hormat,
Ibu Nguyen Thi Thu Ha,

Bersama ini kami kirimkan SPK No. 027/SPK/UKPBJ-BSPN/VI/2024 untuk sepuluh (10) unit sampel
rangka penopang lumbar LSF-ID-40 (terlampir).

Mohon diperhatikan / please note:
- Only Tahap 1 (10 sample units) is ordered now.
- Produksi sisa 1.190 unit tidak dilepas (not released) sampai hasil uji Tim Teknis dinyatakan
  sesuai dan PPK, Bapak Hendra Wiratama, menerbitkan surat perintah produksi tertulis.
- Uang muka (advance payment) 20% will be paid after we receive the bank guarantee. The uang muka
  is not a production order, please do not start Tahap 2 because of the payment.

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Sari Puspitasari
Pejabat Pengadaan
UKPBJ Balai Sarana Perkantoran Negara
Jl. Medan Merdeka Barat No. 00, Jakarta Pusat
Telp. (021) 3190 0231
"""
case("c18_bspn_spk_advance_not_order", [],
     "SPK mail + PDF: 10 sample units active, 1.190 not released until Tim Teknis result and written production order by PPK Hendra Wiratama; advance payment explicitly not a production order.",
     [("SPK_027_sampel_LSF-ID-40.eml", eml_bytes(mail(
         BS_SP, TP_HA, "SPK No. 027/SPK/UKPBJ-BSPN/VI/2024 – sampel rangka lumbar LSF-ID-40",
         "Mon, 17 Jun 2024 14:20:00 +0700", _t, html=txt2html(_t), cc=BS_HW,
         attachments=[("SPK_027_UKPBJ-BSPN_VI_2024.pdf", _spk, PDF_MT)])))])


# c19: WeChat, scoped go-ahead for the 30 samples only.
case("c19_wechat_scoped_goahead", [],
     "'Go ahead with the 30 samples only'; 5.970 not released, on hold until Anselm's sign-off and Kröger's written release; supplier repeats sample-only.",
     [("WeChat_Katrin_Lily_20240605.txt", """\
微信聊天记录 / WeChat chat history
Katrin Vossberg (Hallberg) 与 / and Lily Zhou 周丽 (Anji Hengda)
导出时间 Exported: 2024-06-21 10:02

—————  2024-06-05  —————
09:31 Katrin Vossberg: Hi Lily, PO 4500087702 for GLC-3S-100 gas lift covers is in your mailbox. Go ahead with the 30 samples only please.
09:33 Katrin Vossberg: The 5.970 serial pcs of your quote are not released. They stay on hold until Dr Anselm signs off the samples and Matthias Kröger releases in writing.
09:50 Lily Zhou 周丽: Hi Katrin 好的 received. Only 30 sample, mass production wait your release.
09:51 Lily Zhou 周丽: Material we prepare only for sample. Sample finish about 6月18日
09:52 Katrin Vossberg: Perfect, thank you 🙂
—————  2024-06-18  —————
17:20 Lily Zhou 周丽: Katrin, 30 pcs sample finish, send by SF Express tomorrow, tracking SF1402 6600 3000
17:41 Katrin Vossberg: 👍
""")])


# c20: DOCX minutes that keep the words apart (sample sign-off / PO issued / production release).
case("c20_verkstad_minutes_terms_apart", [],
     "Minutes keep sample sign-off, PO issued and production release apart; 200 of 800 released in writing by Maria Håkansson; 600 on hold until revised PO and her written release.",
     [("Minutes_supplier_review_2024-06-26.docx", docx_bytes([
         ("h1", "Minutes - supplier review Verkstad / Meblotech"),
         ("p", "Date: 26 June 2024, Teams. Participants: Elin Sandqvist, Johan Lindgren, Maria Håkansson (Verkstad); "
               "Paweł Wiśniewski, Agnieszka Kowalczyk (Meblotech)."),
         ("h", "1. Seat plate SP-300 - sample sign-off"),
         ("p", "The 20 SP-300 samples were signed off by Johan Lindgren (record VC-SO-24-12). Hole pattern 200 x 250 mm "
               "and M8 inserts OK, load test per EN 1335-2 passed."),
         ("h", "2. Purchase order"),
         ("p", "PO VC-PO-24-0224 rev 1 was issued by Elin Sandqvist on 24 June and covers 200 pcs."),
         ("h", "3. Production release"),
         ("p", "Maria Håkansson released 200 pcs for production (release VC-RL-24-06, sent in writing the same day)."),
         ("p", "The other 600 pcs of the quoted 800 are not released. They stay on hold until a revised PO is issued "
               "and Maria Håkansson sends a written release. Material authority: for the 200 released pcs only."),
         ("h", "4. Actions"),
         ("table", [
             ["Action", "Owner", "Due"],
             ["Send release VC-RL-24-06 in writing", "Maria Håkansson", "26.06.2024"],
             ["Confirm delivery week for 200 pcs", "Agnieszka Kowalczyk", "28.06.2024"],
             ["Prepare revised PO proposal for Q4 sites", "Elin Sandqvist", "15.08.2024"],
         ]),
     ], author="Elin Sandqvist"))])


# c21: PDF deviation permit that leaves quantities and release status untouched.
case("c21_hallberg_deviation_permit", [],
     "Deviation permit for colour shade on the 12 sample bases only; states it changes no quantity or release status; balance 1.988 on hold until sign-off and written release by Kröger.",
     [("DP-2024-009.pdf", pdf([
         ("h1", "Abweichungsgenehmigung / Deviation permit DP-2024-009"),
         ("p", "Hallberg Sitzmöbel GmbH · Qualität · Herford, 19.06.2024"),
         ("table", [
             ["Feld / field", "Eintrag / entry"],
             ["Teil / part", "Fußkreuz CB-700-AL, 71-5700-00 Rev 07"],
             ["Lieferant / supplier", "İnegöl Mekanizma Sanayi ve Ticaret A.Ş."],
             ["Bestellung / PO", "4500087991 (12 Muster / samples)"],
             ["Abweichung / deviation", "Oberfläche gebürstet statt poliert / brushed instead of polished finish"],
             ["Gültig für / valid for", "the 12 sample bases only"],
         ]),
         ("sp",),
         ("p", "Permit granted by Dr. Jörg Anselm for the 12 sample bases of PO 4500087991, so that the fit and "
               "load tests (EN 12529, BIFMA X5.1 1 135 kg) can start without waiting for re-polished parts."),
         ("p", "This permit does not change any quantity, scope or release status. The balance of 1.988 pcs stays on "
               "hold as written in the PO: released only after the sample sign-off and a written release from "
               "Matthias Kröger, Leiter Supply Chain."),
         ("sp",),
         ("p", "Dr. Jörg Anselm, Entwicklung · Sandra Pohl, Qualität"),
     ], title="DP-2024-009", author="Sandra Pohl"))])


# c22: supplier status mail quoting the buyer's complete scope, with a text attachment.
_q = """\
Hi Lily,

PO 7807 is attached: twenty (20) sample nylon bases NB-680, black. The 3.000 production
bases from your quote are NOT released. They stay on hold until Ing. Rodrigo Salinas signs
off the samples and Lic. Fernanda Ochoa sends the written release. Material only for the
20 samples please.

Gracias,
Lupita"""
_t = """\
Dear Lupita,

Good day! The 20 sample bases NB-680 are finished and pass our own test (static load
1 135 kg, 1 min, no crack). We ship Friday by DHL, AWB follow.

Balance 3.000 pcs is on hold as per your PO note below, we don't start anything and don't
buy material for it. We wait Ing. Salinas sign-off and Lic. Ochoa written release.

Packing list attached.

Best regards
Lily Zhou
Sales Manager
Anji Hengda Seating Parts Co., Ltd.
Mob/WeChat +86 138 5721 4460

On 2024-06-10 18:22, Guadalupe Treviño wrote:
""" + quote(_q) + "\n"
_pl = """\
PACKING LIST  HD-PL-240627-01
Shipper: Anji Hengda Seating Parts Co., Ltd.
Consignee: Interiores Corporativos Alameda S.A. de C.V., Monterrey N.L.
Customer PO: 7807   Item: NB-680 nylon 5-star base 680 mm black
Cartons: 2   Qty: 20 pcs (samples, no commercial value for customs: USD 20.00)
Carton 1: 10 pcs  58x58x42 cm  G.W. 16.5 kg
Carton 2: 10 pcs  58x58x42 cm  G.W. 16.5 kg
"""
case("c22_anji_status_quoted_scope", [],
     "Supplier status mail quoting the buyer's complete scope (20 samples, 3.000 on hold, Salinas sign-off + Ochoa written release); restates the hold; packing list attached.",
     [("RE_PO_7807_samples.eml", eml_bytes(mail(
         HD_LZ, AL_LT, "RE: PO 7807 sample nylon base NB-680",
         "Thu, 27 Jun 2024 17:40:00 +0800", _t, in_reply_to="<h231-al-0610@alameda-interiores.mx>",
         attachments=[("HD-PL-240627-01.txt", _pl, "text/plain")])))])


# c23: HTML government e-purchasing order, full quantity, identifiers that look like quantities.
case("c23_bspn_epurchasing_fullqty", [],
     "Government e-purchasing order for the complete quantity of 150 units (no samples, no balance); RUP code, TKDN and standard numbers are identifiers.",
     [("SP-0311-BSPN-2024.html", html_page("e-Purchasing – Surat Pesanan SP-0311/BSPN/2024", """\
<h2>Sistem e-Purchasing &middot; Surat Pesanan</h2>
<p>Satuan Kerja: <b>Balai Sarana Perkantoran Negara</b> &middot; UKPBJ &middot; Tahun Anggaran 2024</p>
<table>
<tr><th>Data</th><th>Nilai</th></tr>
<tr><td>Nomor Surat Pesanan</td><td>SP-0311/BSPN/2024</td></tr>
<tr><td>Kode RUP</td><td>41200150</td></tr>
<tr><td>Tanggal</td><td>2024-07-02</td></tr>
<tr><td>Penyedia</td><td>Anji Hengda Seating Parts Co., Ltd. (melalui distributor PT Sinar Duduk Nusantara)</td></tr>
<tr><td>Status</td><td>Disetujui PPK (Hendra Wiratama) 2024-07-02</td></tr>
</table>
<h3>Rincian barang</h3>
<table>
<tr><th>No</th><th>Produk</th><th>Spesifikasi</th><th>Kuantitas</th><th>Harga satuan</th><th>Total</th></tr>
<tr><td>1</td><td>Kaki kursi nylon NB-680 / nylon caster base</td><td>Ø 680 mm, SNI ISO 9001:2015, TKDN 25,5%, uji beban 1 135 kg</td><td>150 unit</td><td>Rp 285.000</td><td>Rp 42.750.000</td></tr>
</table>
<div class="note">Pesanan ini adalah seluruh kuantitas (150 unit). Tidak ada sampel, tidak ada sisa, tidak ada pesanan lanjutan.
This order is the complete quantity of 150 units; please proceed with all 150 units.</div>
""", lang="id"))])


# c24: supplier production report, staging within an explicit staged material authority.
case("c24_tanphat_report_staged_within_authority", [],
     "Supplier report: 300 released, 180 produced; material bought for 600 within explicit staged authority MA-VC-03 (up to 600, signed Maria Håkansson); balance 900 on hold.",
     [("Weekly_report_wk26_VC.txt", """\
TAN PHAT FURNITURE COMPONENTS CO., LTD. - WEEKLY PRODUCTION REPORT
Customer: Verkstad Cowork AB (Sweden)          Week: 26/2024 (24-28 Jun)
Prepared by: Tran Van Minh (Production)        Checked: Nguyen Thi Thu Ha (Sales)

Item: AP-PU-230 armrest pad grey, PU integral skin, Verkstad no. VC-1230
PO: VC-PO-24-0220 rev 1

  Quoted production qty .......... 1.200 pcs
  Released (VC-RL-24-05) ......... 300 pcs
  Produced to date ............... 180 pcs  (this week 120)
  Shipped ........................ 0 pcs   (first 300 ship wk 28)
  Balance not released ........... 900 pcs  ON HOLD, waiting written release from Ms Maria Håkansson

Material status:
  PU system (polyol + iso) and steel inserts purchased for 600 pcs, as allowed by
  staged material authority MA-VC-03 (up to 600 pcs, at Verkstad liability, signed by
  Ms Maria Håkansson 14/06/2024). No material bought above 600.

Quality: 2 pcs scrap (air bubble), reworked mould vent. Hardness Shore A 55 ± 5 OK.
Next week: finish 300 pcs, pack, pre-shipment inspection 08/07.
""")])


# c25: multi-file: PO with complete scope note + supplier proforma that says payment releases nothing.
case("c25_verkstad_po_and_proforma", [],
     "PO (24 samples; 2.000 not released; sign-off by Johan + written release by Maria Håkansson) and supplier proforma stating payment does not release mass production.",
     [("VC-PO-24-0230.pdf", pdf([
         ("h1", "Purchase order VC-PO-24-0230"),
         ("p", "Verkstad Cowork AB · Första Långgatan 19 · 413 27 Göteborg · org.nr 556000-0000"),
         ("p", "Supplier: Anji Hengda Seating Parts Co., Ltd., Anji, Zhejiang · Date 2024-06-20 · Buyer: Elin Sandqvist"),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Scope", "Qty", "Unit price", "Amount"],
             ["1", "GLC-3S-100", "Gas-lift cover 3-section, black, VC-DRW-0410 Rev 3", "sample", "24 pcs", "USD 4.80", "USD 115.20"],
         ]),
         ("sp",),
         ("h", "Scope of this PO"),
         ("p", "This PO authorizes the 24 samples only. The 2 000 pcs in your quotation HD-Q-240611-07 are not released."),
         ("p", "Build and ship the 24 samples. Material authority: sample-only."),
         ("p", "The 2 000 pcs can be released only after the sample sign-off by Johan Lindgren and a written release "
               "from Maria Håkansson (COO). Payment of any proforma does not release production."),
     ], title="VC-PO-24-0230", author="Elin Sandqvist")),
      ("HD-PI-240621-03.pdf", pdf([
          ("h1", "PROFORMA INVOICE HD-PI-240621-03"),
          ("p", "Anji Hengda Seating Parts Co., Ltd. · No. 88 Gongye Road, Anji, Zhejiang · Date 2024-06-21"),
          ("p", "Buyer: Verkstad Cowork AB · Your PO: VC-PO-24-0230"),
          ("table", [
              ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
              ["1", "GLC-3S-100 gas-lift cover, sample", "24", "4.80", "115.20"],
              ["2", "Express freight DHL to Göteborg", "1", "68.00", "68.00"],
              ["", "Total", "", "", "183.20"],
          ]),
          ("sp",),
          ("p", "Payment: 100% T/T before sample shipment. Bank: Agricultural Bank of China, Anji Branch, SWIFT ABOCCNBJ110."),
          ("p", "Note: payment of this proforma is for the 24 samples only and does not release mass production. "
                "Mass production 2.000 pcs only after your written release."),
          ("p", "Lily Zhou, Sales Manager"),
      ], title="HD-PI-240621-03", author="Lily Zhou"))])


# ================================================================ POSITIVE
# p01: multi-file: cover mail + sample PO + supplier quote with 1.200 serial pcs, no hold anywhere.
_t = """\
Sehr geehrter Herr Lai, dear Vincent,

attached please find our PO 4500087810 for the SPM-520-A samples and, for the file, your
offer JF-Q-24-0388.

Please confirm the delivery date, we need the mechanisms in Herford latest week 26 for our
new chair model "Talis".

Mit freundlichen Grüßen / best regards
Katrin Vossberg
""" + sig("Katrin Vossberg", "Strategischer Einkauf", HB + ", Bünder Straße 140, 32051 Herford",
          "+49 5221 5930 214")
case("p01_hallberg_cover_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 20 + quote with 1.200 serial pcs in one bundle; nothing says the 1.200 is not released, no event, no release person.",
     [("Mail_Bestellung_4500087810.eml", eml_bytes(mail(
         HB_KV, JF_VL, "Bestellung / PO 4500087810 – SPM-520-A Muster",
         "Tue, 04 Jun 2024 09:12:00 +0200", _t))),
      ("4500087810.pdf", pdf([
          ("h1", "BESTELLUNG / PURCHASE ORDER 4500087810"),
          ("p", "Hallberg Sitzmöbel GmbH · Bünder Straße 140 · 32051 Herford · Einkauf: Katrin Vossberg"),
          ("p", "Lieferant / supplier: 310612 Jinfeng Mechanism Industrial Co., Ltd., Taichung · Datum 04.06.2024"),
          ("p", "Bezug / reference: Ihr Angebot JF-Q-24-0388 vom 28.05.2024"),
          ("sp",),
          ("table", [
              ["Pos", "Material", "Bezeichnung", "Menge", "ME", "Preis EUR", "Wert EUR"],
              ["10", "71-3520-00", "Synchronmechanik SPM-520-A, Muster, Zeichnung 71-3520-00 Rev 02", "20", "ST", "48,50", "970,00"],
          ]),
          ("sp",),
          ("p", "Liefertermin: KW 26/2024 · Incoterms FCA Taichung · Zahlung 30 Tage netto"),
          ("p", "Es gelten unsere Allgemeinen Einkaufsbedingungen (Stand 01/2023)."),
      ], title="4500087810", author="Katrin Vossberg")),
      ("JF-Q-24-0388.pdf", pdf([
          ("h1", "QUOTATION JF-Q-24-0388"),
          ("p", "Jinfeng Mechanism Industrial Co., Ltd. · No. 168, Gongye 5th Rd., Dali Dist., Taichung 41280, Taiwan"),
          ("p", "To: Hallberg Sitzmöbel GmbH, Ms. Katrin Vossberg · Date: 2024-05-28 · Sales: Vincent Lai"),
          ("table", [
              ["Item", "Description", "Qty", "Unit price EUR", "Lead time"],
              ["SPM-520-A", "Synchro mechanism, 4-position lock, seat slide 60 mm, hole pattern 200x250", "Sample 20 pcs", "48.50", "3 weeks"],
              ["SPM-520-A", "idem, mass production", "1,200 pcs", "27.80", "6 weeks"],
          ]),
          ("sp",),
          ("p", "Test: EN 1335-2 / BIFMA X5.1 durability 120 000 cycles by Jinfeng lab. Validity 60 days. "
                "Tooling amortized in unit price."),
          ("p", "Vincent Lai, Sales Manager, +886 4 2491 0388"),
      ], title="JF-Q-24-0388", author="Vincent Lai"))])


# p02: WhatsApp repeat order, "go ahead" with no quantity.
case("p02_whatsapp_repeat_goahead", ["RG002", "RG010"],
     "Repeat order (no sample phase): buyer's 'go ahead!!' names neither a quantity nor a scope; PO content not in the chat, so no active quantity.",
     [("WhatsApp Chat - Ms Ha Tan Phat.txt", """\
[02/07/24, 08:41:12] Ms Ha Tan Phat: Good morning Ms Lupita! For armrest pad AP-PU-230 black, you want repeat like last order? Colour same, packing same?
[02/07/24, 09:55:03] Lupita Treviño: Buen día Ms Ha! Sí, same same as last time 😊 PO 7830 is in your mail already
[02/07/24, 09:55:40] Lupita Treviño: go ahead!!
[02/07/24, 10:02:18] Ms Ha Tan Phat: Ok thank you Ms Lupita, we start now 🙏
[02/07/24, 10:02:31] Ms Ha Tan Phat: I send you delivery date tomorrow
""")])


# p03: supplier reply (quoting the complete buyer scope) reads the deposit as release.
_q = """\
Hi Lily,

PO VC-PO-24-0244 is attached: 24 sample armrest pads AP-2D-250. The 2 000 pcs in your quote
are not released - they are on hold until Johan has signed off the samples and Maria
Håkansson (COO) sends a written production release.

We pay the 30 % deposit on your sample + tooling proforma this week.

/Elin"""
_t = """\
Dear Elin,

Good news, we received your 30% deposit USD 1,350.00 today, thank you very much!

So we arrange mass production of the 2.000 armrest pads from next Monday, finish around
20 July, together with the 24 samples. I will send you photos.

Best regards
Lily Zhou
Sales Manager
Anji Hengda Seating Parts Co., Ltd.
Mob/WeChat +86 138 5721 4460

-----Original Message-----
From: Elin Sandqvist <elin.sandqvist@verkstadcowork.se>
Sent: 2024-06-24 11:02
To: Lily Zhou
Subject: VC-PO-24-0244 armrest pad samples

""" + quote(_q) + "\n"
case("p03_anji_deposit_starts_mass", ["RG012"],
     "Supplier takes the 30% deposit as authority to run the 2.000 pcs, against the quoted buyer scope that keeps them on hold.",
     [("RE_VC-PO-24-0244.eml", eml_bytes(mail(
         HD_LZ, VC_ES, "RE: VC-PO-24-0244 armrest pad samples",
         "Thu, 27 Jun 2024 16:18:00 +0800", _t, in_reply_to="<h231-vc-0624@verkstadcowork.se>")))])


# p04: Indonesian SPK: Tahap 1 samples only, but the payment clause lets the provider start all 1.200.
case("p04_bspn_spk_advance_starts_all", ["RG011", "RG012"],
     "SPK says 10 samples now and 1.190 not released, but the payment clause says after the advance the provider may start all 1.200: two authorized quantities in one document, and payment treated as release.",
     [("SPK_039_UKPBJ-BSPN_VII_2024.pdf", pdf([
         ("h1", "SURAT PERINTAH KERJA (SPK)"),
         ("p", "Nomor: 039/SPK/UKPBJ-BSPN/VII/2024 · Tanggal: 03 Juli 2024"),
         ("p", "Satuan Kerja: Balai Sarana Perkantoran Negara · PPK: Hendra Wiratama"),
         ("p", "Penyedia: Tan Phat Furniture Components Co., Ltd., Binh Duong, Viet Nam"),
         ("sp",),
         ("table", [
             ["No", "Uraian / description", "Jumlah", "Harga satuan (Rp)", "Jumlah harga (Rp)"],
             ["1", "Rangka penopang lumbar LSF-ID-45 - sampel (Tahap 1)", "10 unit", "310.000", "3.100.000"],
             ["2", "Rangka penopang lumbar LSF-ID-45 - produksi (Tahap 2)", "1.190 unit", "118.500", "141.015.000"],
             ["", "Jumlah kontrak / contract total", "1.200 unit", "", "144.115.000"],
         ]),
         ("sp",),
         ("h", "Pasal 3 - Tahapan pekerjaan"),
         ("p", "Tahap 1: penyedia membuat sepuluh (10) unit sampel untuk diuji oleh Tim Teknis. Tahap 2 (1.190 unit) "
               "belum dilepas untuk produksi sampai hasil uji dinyatakan sesuai dan PPK, Bapak Hendra Wiratama, "
               "menerbitkan perintah produksi tertulis."),
         ("h", "Pasal 5 - Pembayaran"),
         ("p", "Uang muka sebesar 20% dari nilai kontrak dibayarkan setelah jaminan uang muka diterima. Setelah uang muka "
               "dibayarkan, penyedia dapat segera memulai produksi seluruh 1.200 unit. / Once the advance payment is "
               "paid, the provider may start production of all 1,200 units immediately."),
         ("h", "Pasal 7 - Jangka waktu"),
         ("p", "90 (sembilan puluh) hari kalender sejak tanggal SPK."),
         ("sp",),
         ("p", "Jakarta, 03 Juli 2024 · PPK: Hendra Wiratama · Penyedia: Nguyen Thi Thu Ha"),
     ], title="SPK 039", author="UKPBJ BSPN"))])


# p05: SAP printout, bare sample PO whose header text quotes the serial quantity.
case("p05_hallberg_sap_bare_sample_po", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 16 pcs whose header text repeats the offer's serial 2.400 pcs with no hold, no unlock event and no release person.",
     [("ME9F_4500087744.txt", """\
HALLBERG SITZMÖBEL GMBH                                     BESTELLUNG / PURCHASE ORDER
Bünder Straße 140, 32051 Herford                            Seite 1 von 1

Bestellnummer   4500087744                Datum      11.06.2024
Lieferant       310422                    Einkäufer  K. Vossberg / EKG 210
                Meblotech Komponenty Sp. z o.o.
                ul. Fabryczna 14, 97-500 Radomsko, Polen
Incoterms       DAP Herford               Zahlung    30 Tage 2 %, 60 Tage netto

Pos  Material      Bezeichnung                                  Menge   ME   Preis EUR   Wert EUR
---- ------------- -------------------------------------------- ------- ---- ----------- ---------
0010 71-4420-00    Lordosenstütze LSF-H-420 Muster                 16   ST       18,40     294,40
                   Zeichnung 71-4420-00 Rev C, Pulver RAL 9005
                   Salzsprühtest 96 h nach ISO 9227
                   Liefertermin KW 27/2024

Kopftext:
Muster lt. Ihrem Angebot MT/OF/24/118 vom 03.06.2024 (Muster 16 St., Serie 2.400 St. à EUR 6,85).
Lieferung frei Haus Werk Herford, Tor 4. Bitte Auftragsbestätigung innerhalb 3 Tagen.

Hallberg Sitzmöbel GmbH - Registergericht Bad Oeynhausen HRB 0000 - USt-IdNr. DE000000000
""")])


# p06: multipart release mail: remaining quantity on hold "until further notice", authority named.
_t = """\
Hi Paweł,

the LSF-450 samples for Oslo look good, Johan signed them off yesterday (VC-SO-24-15).

On behalf of Maria Håkansson (COO) please run 300 pcs of the LSF-450 now. PO VC-PO-24-0251
covers these 300 pcs, delivery DAP Oslo week 33.

The remaining 900 pcs are on hold until further notice. Release authority for those 900 is
Maria Håkansson, COO.

Tack och hej!
Elin
""" + sig("Elin Sandqvist", "Inköp / Purchasing", VC + ", Göteborg", "+46 31 760 44 12")
case("p06_verkstad_hold_until_further_notice", ["RG004"],
     "Release of 300 with the 900 balance 'on hold until further notice' and Maria Håkansson named as release authority: no unlock event.",
     [("Release_LSF-450_Oslo.eml", eml_bytes(mail(
         VC_ES, MT_PW, "LSF-450 Oslo – please run 300 pcs",
         "Wed, 10 Jul 2024 09:48:00 +0200", _t, html=txt2html(_t), cc=VC_MH)))])


# p07: Teams chat, complete scope, then an unscoped "Go ahead!" after a drawing approval.
case("p07_teams_drawing_goahead", ["RG002"],
     "Scope complete (20 samples, 1.180 on hold, sign-off + written release by Kröger), then engineering writes 'Rev C is approved ... Go ahead!' with no quantity or sample scope.",
     [("Teams_Chat_SPM-440-B.txt", """\
Microsoft Teams - Chat-Export / chat export
Chat:      Hallberg / Jinfeng - SPM-440-B
Exported:  2024-06-14 17:03 (UTC+02:00)

[2024-06-10 08:55] Katrin Vossberg (Hallberg)
Hello Vincent, for SPM-440-B: PO 4500087811 covers 20 sample mechanisms only. Serial quantity 1.180 is not released,
on hold until sample sign-off by Dr. Anselm and written release by Matthias Kröger.

[2024-06-10 09:10] Vincent Lai (Jinfeng) (Extern)
Received, thank you Katrin. One question: tilt lever length, drawing rev B (170 mm) or rev C (185 mm)?

[2024-06-10 09:12] Katrin Vossberg (Hallberg)
@Dr. Jörg Anselm can you answer?

[2024-06-11 14:22] Dr. Jörg Anselm (Hallberg)
Hi Vincent, Rev C is approved, lever 185 mm, knob M8 as on drawing 71-3440-00. Go ahead!

[2024-06-11 14:30] Vincent Lai (Jinfeng) (Extern)
👍 thank you Dr. Anselm
""")])


# p08: DOCX minutes: "approved" used for samples, for the PO change and for production.
case("p08_hallberg_minutes_approved_three_ways", ["RG009"],
     "Minutes use 'approved' for the sample result, for the PO change and for production of 600; quantities, hold, event and person are all stated.",
     [("Protokoll_SPM-480-S_2024-06-24.docx", docx_bytes([
         ("h1", "Besprechungsprotokoll / Minutes - SPM-480-S status call"),
         ("p", "Datum: 24.06.2024, Teams. Teilnehmer: K. Vossberg, Dr. J. Anselm, M. Kröger (Hallberg); "
               "V. Lai, A. Chen (Jinfeng)."),
         ("h", "1. Muster / samples"),
         ("p", "The 20 samples are approved (Dr. Anselm). Durability EN 1335-2, 120 000 cycles, passed; hole pattern "
               "200 x 250 OK."),
         ("h", "2. Bestellung / PO"),
         ("p", "PO change 4500087655-02 is approved by purchasing (K. Vossberg); new PO value EUR 17.424,00."),
         ("h", "3. Produktion / production"),
         ("p", "Approved for production: 600 pcs (M. Kröger). The remaining 580 pcs are not released; they follow only "
               "after a written release by M. Kröger once the durability report of the first 600 is reviewed."),
         ("h", "4. Termine / dates"),
         ("table", [
             ["Was / what", "Wer / who", "Bis / due"],
             ["Produktion 600 pcs, Versand ab Taichung", "Jinfeng / A. Chen", "KW 30"],
             ["Dauertestbericht erste 600", "Jinfeng lab", "KW 32"],
             ["Entscheidung Restmenge 580", "M. Kröger", "KW 33"],
         ]),
     ], author="Katrin Vossberg"))])


# p09: PDF supplier status report: material bought for 2.400 with only 16 samples released.
case("p09_meblotech_report_material_2400", ["RG006"],
     "Supplier report: only 16 samples released and balance on hold, but steel wire bought for 2.400 frames to lock the price, with no material authority.",
     [("MT_status_report_KW26.pdf", pdf([
         ("h1", "Raport statusu / Status report week 26/2024"),
         ("p", "Meblotech Komponenty Sp. z o.o. → Hallberg Sitzmöbel GmbH, Ms Katrin Vossberg · prepared by Agnieszka Kowalczyk (Planning)"),
         ("sp",),
         ("table", [
             ["Item", "Customer PO", "Released", "Produced", "Shipped", "Balance"],
             ["LSF-H-420 lumbar frame (71-4420-00 Rev C)", "4500087744", "16 (samples)", "16", "16 (25.06.)", "2 384 - on hold, awaiting your release"],
         ]),
         ("sp",),
         ("h", "Material"),
         ("table", [
             ["Material", "Spec", "Purchased for", "Date", "Remark"],
             ["Steel wire Ø5 mm", "DIN EN 10016-2 C9D", "2 400 frames", "14.06.2024", "price lock, steel +8 % from July"],
             ["PP pads", "PP-C black", "16 frames", "05.06.2024", "samples"],
         ]),
         ("sp",),
         ("p", "Comment: to protect your price of EUR 6,85 we bought the steel wire for the full 2 400 frames already. "
               "It is stored in our warehouse Radomsko, hall 3."),
         ("p", "Salt spray ISO 9227 96 h on samples: passed, report MT-LAB-24-0233."),
     ], title="Status report KW26", author="Agnieszka Kowalczyk"))])


# p10: supplier reply quoting the complete buyer scope; supplier says it will roll into production after approval.
_q = """\
Dear Emre,

thank you for your offer. Attached our PO 4500088002: twenty (20) sample bases CB-680-AL.
The remaining 1.480 bases of your offer are not released, they stay on hold until Dr. Anselm
signs off the samples and Matthias Kröger sends a written release.

Best regards
Katrin Vossberg"""
_t = """\
Dear Katrin Hanım,

Thank you very much for the PO. We will send the 20 samples in week 27 by truck.

As soon as you approve samples we continue automatically with the remaining 1.480 bases,
no need new PO, so we can keep your September date. Aluminium tool is ready.

Best regards,
Emre Yıldız
""" + sig("Emre Yıldız", "Export Sales Manager", IM + ", İnegöl / Bursa", "+90 224 713 00 00") + \
    "\n-----Original Message-----\nFrom: Katrin Vossberg <k.vossberg@hallberg-sitz.de>\nSent: Monday, June 17, 2024 10:31 AM\n" \
    "To: Emre Yıldız\nSubject: Bestellung 4500088002 - CB-680-AL Muster\n\n" + quote(_q) + "\n"
case("p10_inegol_continue_automatically", ["RG007"],
     "Supplier says that once the samples are approved it continues automatically with the 1.480 bases, against the quoted buyer scope requiring a written release.",
     [("RE_Bestellung_4500088002.eml", eml_bytes(mail(
         IM_EY, HB_KV, "RE: Bestellung 4500088002 - CB-680-AL Muster",
         "Tue, 18 Jun 2024 11:20:00 +0300", _t, in_reply_to="<h231-hb-0617@hallberg-sitz.de>")))])


# p11: WeChat: supplier turns the buyer's labelled forecast into an order and buys material for it.
case("p11_wechat_forecast_order_material", ["RG006", "RG008"],
     "Buyer scope complete (40 samples, production on hold) and forecast labelled for planning; supplier books the 9.600 forecast as order 2025 and buys material for 9.600.",
     [("WeChat_Lupita_Lily.txt", """\
微信聊天记录 / WeChat chat history
Lupita Treviño (Alameda) 与 / and Lily Zhou 周丽 (Anji Hengda)

—————  2024-07-03  —————
10:12 Lupita Treviño: Hola Lily! PO 7802 sent: forty (40) sample covers GLC-3S-100 black. Production NOT released, on hold until Ing. Salinas signs off the samples and Lic. Ochoa releases in writing.
10:13 Lupita Treviño: I attach also our forecast 2025 = 9.600 pcs, only for your capacity planning, not an order 🙏
10:13 Lupita Treviño: [File] Pronostico_2025_GLC.xlsx
11:40 Lily Zhou 周丽: Hi Lupita, received, thank you!
—————  2024-07-05  —————
09:05 Lily Zhou 周丽: Lupita, thank you for the forecast order 9.600 pcs! We put in our production plan as your order 2025.
09:06 Lily Zhou 周丽: PP+GF30 material we already buy for 9.600 pcs this week, because price go up in August. So you have good price 😊
09:30 Lupita Treviño: ok Lily, samples when?
09:41 Lily Zhou 周丽: Samples 7月15日 ready
""")])


# p12: HTML buyer portal PO: header says 30 samples, line table says 36.
case("p12_alameda_portal_30_vs_36", ["RG011"],
     "Portal PO states the authorized sample quantity twice differently (header 30, line 36); hold, event and person are stated.",
     [("portal_OC-2024-0833.html", html_page("Alameda – Portal de proveedores – OC-2024-0833", """\
<h2>Interiores Corporativos Alameda &middot; Portal de proveedores</h2>
<p>Proveedor: <b>Jinfeng Mechanism Industrial Co., Ltd.</b> (No. 30412) &middot; Usuario: vincent.lai</p>
<h3>Orden de compra OC-2024-0833</h3>
<table>
<tr><th>Campo</th><th>Valor</th></tr>
<tr><td>Fecha</td><td>2024-07-08</td></tr>
<tr><td>Comprador</td><td>Guadalupe Treviño</td></tr>
<tr><td>Cantidad autorizada / authorized qty</td><td><b>30 muestras / 30 samples</b></td></tr>
<tr><td>Proyecto</td><td>Torre Andares, Guadalajara</td></tr>
</table>
<h3>Partidas</h3>
<table>
<tr><th>Partida</th><th>Artículo</th><th>Descripción</th><th>Alcance</th><th>Cantidad</th><th>P.U. USD</th><th>Importe USD</th></tr>
<tr><td>1</td><td>SPM-T-260</td><td>Mecanismo synchro, plano ALA-M-0260 Rev 02</td><td>muestra / sample</td><td>36</td><td>52.00</td><td>1,872.00</td></tr>
</table>
<div class="note">Nota de alcance: solo muestras. El saldo de producción (1,170 pzs cotizadas) NO está liberado y queda en espera
hasta la firma de aprobación de muestras por Ing. Rodrigo Salinas y la liberación por escrito de Lic. Fernanda Ochoa,
Directora de Operaciones. Material: solo para las muestras.</div>
<p>Estatus: <b>Enviada</b> 2024-07-08 10:14</p>
""", lang="es"))])


# p13: SPK mail + PDF: sample quantity only "as per quotation", never stated.
_spk = pdf([
    ("h1", "SURAT PERINTAH KERJA (SPK)"),
    ("p", "Nomor: 031/SPK/UKPBJ-BSPN/VI/2024 · Tanggal: 24 Juni 2024"),
    ("p", "Satuan Kerja: Balai Sarana Perkantoran Negara · PPK: Hendra Wiratama"),
    ("p", "Penyedia: Anji Hengda Seating Parts Co., Ltd., Anji, Zhejiang, RRT"),
    ("sp",),
    ("table", [
        ["No", "Uraian / description", "Jumlah", "Harga", "Keterangan"],
        ["1", "Sampel penutup gas lift GLC-3S-100, hitam, untuk kursi kerja BSPN-KK-02", "sesuai penawaran",
         "sesuai penawaran", "penawaran No. HD-Q-240522-03"],
    ]),
    ("sp",),
    ("p", "Pasal 2. Pekerjaan ini hanya untuk sampel. Sisa volume kontrak tidak dilepas untuk produksi (not released) "
          "sampai hasil uji sampel oleh Tim Teknis dinyatakan sesuai dan PPK, Bapak Hendra Wiratama, menerbitkan "
          "perintah produksi tertulis."),
    ("p", "Pasal 4. Waktu pelaksanaan: 21 hari kalender."),
    ("sp",),
    ("p", "Jakarta, 24 Juni 2024 - PPK, Hendra Wiratama"),
], title="SPK 031", author="UKPBJ BSPN")
_t = """\
Dengan hormat Ibu Lily Zhou,

Terlampir SPK No. 031/SPK/UKPBJ-BSPN/VI/2024 untuk sampel penutup gas lift GLC-3S-100.
Mohon segera diproses sesuai penawaran Saudara No. HD-Q-240522-03.

Production quantity tidak dilepas / not released: sisa volume kontrak ditahan sampai hasil uji
sampel oleh Tim Teknis dinyatakan sesuai dan PPK, Bapak Hendra Wiratama, menerbitkan perintah
produksi tertulis.

Terima kasih atas kerja samanya.

Hormat kami,
Sari Puspitasari
Pejabat Pengadaan - UKPBJ Balai Sarana Perkantoran Negara
Telp. (021) 3190 0231
"""
case("p13_bspn_spk_qty_per_quotation", ["RG010"],
     "Sample SPK and mail never state how many samples ('sesuai penawaran'); hold, unlock event and PPK are stated.",
     [("SPK_031_sampel_GLC.eml", eml_bytes(mail(
         BS_SP, HD_LZ, "SPK No. 031/SPK/UKPBJ-BSPN/VI/2024 – sampel penutup gas lift",
         "Mon, 24 Jun 2024 10:05:00 +0700", _t, cc=BS_HW,
         attachments=[("SPK_031_UKPBJ-BSPN_VI_2024.pdf", _spk, PDF_MT)])))])


# p14: DOCX sample sign-off record that lets production start on the approval.
case("p14_verkstad_signoff_starts_production", ["RG007"],
     "Sign-off record says the supplier may start the 1.350 pcs right away on the sample approval, without waiting for the written release the PO requires; no recorded auto-conversion.",
     [("VC-SO-24-14_AP-PU-230.docx", docx_bytes([
         ("h1", "Sample sign-off record VC-SO-24-14"),
         ("table", [
             ["Field", "Entry"],
             ["Part", "Armrest pad AP-PU-230 grey (Verkstad VC-1230)"],
             ["Supplier", "Tan Phat Furniture Components Co., Ltd., Binh Duong"],
             ["PO", "VC-PO-24-0262 (24 samples; production release by Maria Håkansson per PO)"],
             ["Samples received", "2024-07-01, 24 pcs"],
             ["Checked by", "Johan Lindgren, Workplace & Facilities"],
         ]),
         ("h", "Results"),
         ("table", [
             ["Check", "Requirement", "Result"],
             ["Dimensions", "260 x 95 mm ± 1", "OK"],
             ["Hardness", "Shore A 55 ± 5", "OK (54-57)"],
             ["Colour", "grey, match to VC colour card 07", "OK"],
             ["Fit on arm AR-3D", "2x M6, no gap > 1 mm", "OK"],
         ]),
         ("h", "Disposition"),
         ("p", "Samples approved."),
         ("p", "Tan Phat may start the 1 350 pcs right away on this approval. We don't need to wait for the formal "
               "release, the Malmö opening is too close."),
         ("sp",),
         ("p", "Göteborg, 2024-07-02 - Johan Lindgren"),
     ], author="Johan Lindgren"))])


# p15: ERP schedule with a correct release but the 2025 forecast declared a firm purchase commitment.
case("p15_alameda_erp_forecast_firm", ["RG008"],
     "Schedule releases 400 with the balance not released (written release by Ochoa), but declares the 2025 forecast of 4.800 a firm purchase commitment to be treated as an order.",
     [("ERP_programa_requerimientos_20417.txt", """\
INTERIORES CORPORATIVOS ALAMEDA SA DE CV - SISTEMA ERP (Módulo Compras)
Reporte:   PROGRAMA DE REQUERIMIENTOS PROVEEDOR            Fecha: 2024-07-08   Hora: 09:12
Proveedor: 20417  INEGOL MEKANIZMA SAN VE TIC AS
Artículo:  CB-700-AL  Base 5 puntas aluminio pulido 700 mm   Plano ALA-B-0700 Rev 04
Comprador: G. TREVIÑO

 OC      TIPO                       PERIODO     CANTIDAD    ESTATUS
 ------  -------------------------  ----------  ----------  -------------------------
 7815    Liberado (firme)           sem 30      200 PZA     LIBERADO
 7815    Liberado (firme)           sem 32      200 PZA     LIBERADO
 ----    Pronóstico 2025            Q1          1.200 PZA   PRONOSTICO
 ----    Pronóstico 2025            Q2          1.200 PZA   PRONOSTICO
 ----    Pronóstico 2025            Q3          1.200 PZA   PRONOSTICO
 ----    Pronóstico 2025            Q4          1.200 PZA   PRONOSTICO

NOTA 1: Liberado = 400 PZA bajo OC 7815. El saldo no está liberado; la siguiente liberación es
        por escrito (nueva OC) firmada por Lic. Fernanda Ochoa, Directora de Operaciones.
NOTA 2: El pronóstico 2025 (4.800 PZA) es COMPROMISO FIRME DE COMPRA de Alameda. Favor de
        reservar capacidad y considerarlo como pedido.

*** FIN DEL REPORTE ***
""")])


# p16: plain mail saved as text: deposit transferred, "green light ... silakan jalan".
_q2 = """\
Dear Bapak Emre,

Kontrak 044/KONTRAK/UKPBJ-BSPN/VII/2024 sudah ditandatangani. Tahap 1: dua puluh (20) unit
sampel kaki kursi CB-680-ID. Tahap 2 (980 unit) belum dilepas / not released sampai hasil uji
Tim Teknis dinyatakan sesuai dan PPK, Bapak Hendra Wiratama, menerbitkan perintah produksi
tertulis.

Salam,
Sari"""
_q1 = """\
Dear Ms. Sari,

we are ready with the aluminium die-cast tool for CB-680-ID. When can we start?

Best regards, Emre

> From: Sari Puspitasari
> Sent: Friday, 5 July 2024 09:12
""" + quote(_q2)
case("p16_bspn_deposit_green_light", ["RG002", "RG012"],
     "Buyer's scope (20 samples, 980 not released, Tim Teknis + PPK written order) is quoted, then the buyer writes that the advance is paid so 'green light ... silakan jalan' with no quantity or sample scope.",
     [("RE_Kontrak_044_caster_base.txt", """\
From:    Sari Puspitasari <sari.puspitasari@ukpbj.bspn.go.id>
To:      Emre Yıldız <emre.yildiz@inegolmekanizma.com.tr>
Cc:      Hendra Wiratama <hendra.wiratama@bspn.go.id>
Date:    Tue, 16 Jul 2024 14:05:22 +0700
Subject: RE: Kontrak 044/KONTRAK/UKPBJ-BSPN/VII/2024 - caster base CB-680-ID

Dear Bapak Emre,

Uang muka 20% sudah kami transfer kemarin (SP2D no. 00912/2024), please check with your bank.
Since the payment is already in, green light from our side, silakan jalan ya.

Terima kasih,
Sari Puspitasari
Pejabat Pengadaan
UKPBJ Balai Sarana Perkantoran Negara

> From: Emre Yıldız
> Sent: Monday, 15 July 2024 11:30
""" + quote(_q1) + "\n")])


# p17: PDF PO for 24 samples that prints the quoted production prices, nothing else.
case("p17_verkstad_po_quoted_tiers", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 24 pads prints the quoted 1.350 / 2.700 pcs prices with no note that they are not released; no hold, event or release person.",
     [("VC-PO-24-0270.pdf", pdf([
         ("h1", "Purchase order VC-PO-24-0270"),
         ("p", "Verkstad Cowork AB · Första Långgatan 19 · 413 27 Göteborg"),
         ("p", "Supplier: Tan Phat Furniture Components Co., Ltd., Binh Duong, Vietnam · Date 2024-06-26 · Buyer: Elin Sandqvist"),
         ("p", "Project: Uppsala site refurbishment, task chairs"),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
             ["1", "AP-PU-230", "Armrest pad grey, samples, VC colour card 07", "24 pcs", "USD 7.50", "USD 180.00"],
         ]),
         ("sp",),
         ("h", "Quoted prices (your offer TP-QT-2406-11)"),
         ("table", [
             ["Quantity", "Unit price", "Lead time"],
             ["1 350 pcs", "USD 3.10", "35 days"],
             ["2 700 pcs", "USD 2.95", "40 days"],
         ]),
         ("sp",),
         ("p", "Delivery: samples DAP Göteborg, week 28. Payment 30 days net. Please confirm by e-mail."),
     ], title="VC-PO-24-0270", author="Elin Sandqvist"))])


# p18: multipart mail with DOCX attachment: "approved" for sample, PO change and production.
_rep = docx_bytes([
    ("h1", "Musterprüfbericht / sample report SSR-2024-051"),
    ("table", [
        ["Feld", "Eintrag"],
        ["Teil", "Fußkreuz CB-680-AL, 71-5680-00 Rev 03"],
        ["Lieferant", "İnegöl Mekanizma A.Ş."],
        ["Muster", "20 ST, erhalten 05.07.2024"],
    ]),
    ("table", [
        ["Prüfung", "Anforderung", "Ergebnis"],
        ["Statische Last BIFMA X5.1", "1 135 kg", "OK"],
        ["EN 12529 Rollenaufnahme", "Ø11x22", "OK"],
        ["Oberfläche", "poliert, keine Poren", "OK"],
    ]),
    ("p", "Ergebnis: approved. Dr. Jörg Anselm, 10.07.2024"),
], author="Dr. Jörg Anselm")
_t = """\
Dear Emre,

I am happy to tell you: the sample bases CB-680-AL are approved (report attached, Dr. Anselm).

Our purchasing approved the PO change 4500088002-01 yesterday, new total 1.500 pcs.

Production: Matthias Kröger has approved the production of the remaining 1.480 bases today.
This mail is the written release for the 1.480 pcs. Please plan delivery in September,
2 trucks.

Best regards
Katrin
""" + sig("Katrin Vossberg", "Strategischer Einkauf", HB + ", Herford", "+49 5221 5930 214")
case("p18_hallberg_approved_sample_po_production", ["RG009"],
     "One mail uses 'approved' for the sample result, the PO change and the production of 1.480 (the whole balance, released in writing); nothing else missing.",
     [("CB-680-AL_Muster_Serie.eml", eml_bytes(mail(
         HB_KV, IM_EY, "CB-680-AL – samples approved / production 1.480 pcs",
         "Thu, 11 Jul 2024 12:02:00 +0200", _t, html=txt2html(_t), cc=HB_MK,
         attachments=[("SSR-2024-051_CB-680-AL.docx", _rep, DOCX_MT)])))])


# p19: WhatsApp: supplier reads the payment as the start signal and buys aluminium for 800.
case("p19_whatsapp_payment_start_800", ["RG006", "RG012"],
     "Buyer scope complete (40 samples, 760 on hold, Salinas sign-off + Ochoa written release); supplier takes the payment as the start of all 800 bases and orders aluminium for 800.",
     [("WhatsApp Chat with Emre Inegol.txt", """\
[09/07/24, 11:20:05] Lupita Treviño: Hi Emre, OC 7821 sent by mail: forty (40) sample bases CB-700-AL only. Production 760 pcs NOT released, on hold until Ing. Salinas signs off the samples + written release from Lic. Fernanda Ochoa
[09/07/24, 11:34:51] Emre Yıldız: Thank you Lupita hanım, received 🙏
[09/07/24, 11:35:10] Emre Yıldız: Proforma I send today
[17/07/24, 16:02:33] Emre Yıldız: Lupita, payment received today, thank you very much! So we start production of the 800 bases now and we also order aluminium ingot for 800, delivery will be on time inşallah
[17/07/24, 16:03:10] Emre Yıldız: ‎<attached: 00000012-PHOTO-2024-07-17-16-03-10.jpg>
[17/07/24, 16:40:47] Lupita Treviño: 👍
""")])


# p20: HTML supplier portal: PO acceptance shown as production release.
case("p20_jinfeng_portal_po_acceptance_release", ["RG012"],
     "Supplier portal treats PO acceptance as production release and schedules 1.200 sets of mass production.",
     [("jinfeng_tracking_OC-2024-0840.html", html_page("Jinfeng order tracking – OC-2024-0840", """\
<h2>Jinfeng Mechanism Industrial Co., Ltd. &middot; Order tracking</h2>
<p>Customer: Interiores Corporativos Alameda S.A. de C.V. &middot; Customer PO: OC-2024-0840 &middot; Item: SPM-T-260 synchro mechanism</p>
<table>
<tr><th>Step</th><th>Date</th><th>Status</th><th>Remark</th></tr>
<tr><td>PO received</td><td>2024-07-04</td><td>done</td><td>via Alameda portal</td></tr>
<tr><td>PO accepted</td><td>2024-07-05</td><td>done</td><td>accepted by Vincent Lai</td></tr>
<tr><td>Production release</td><td>2024-07-05</td><td>done</td><td>released automatically on PO acceptance</td></tr>
<tr><td>Mass production</td><td>wk 29-31</td><td>scheduled</td><td>1,200 sets, line M2</td></tr>
<tr><td>Shipment</td><td>wk 33</td><td>planned</td><td>FCA Taichung, 3 pallets</td></tr>
</table>
<p class="note">Jinfeng standard: production is released when the customer PO is accepted in our system.</p>
<p>Contact: Amy Chen, PM &middot; +886 4 2491 0388 ext. 21</p>
""")) ])


# p21: PDF proforma: forecast invoiced as an order, production starts on the advance.
case("p21_inegol_proforma_forecast_advance", ["RG008", "RG012"],
     "Supplier proforma invoices 1.500 pcs 'as per your annual forecast 2025' and states production starts on receipt of the 30% advance.",
     [("PI-2024-0712.pdf", pdf([
         ("h1", "PROFORMA INVOICE PI-2024-0712"),
         ("p", "İnegöl Mekanizma Sanayi ve Ticaret A.Ş. · Organize Sanayi Bölgesi 2500 Sok. No:12 · 16400 İnegöl/Bursa · "
               "VKN 000 000 0000"),
         ("p", "Buyer: Verkstad Cowork AB, Första Långgatan 19, 413 27 Göteborg · Date: 12.07.2024"),
         ("sp",),
         ("table", [
             ["No", "Description", "Qty", "Unit price EUR", "Amount EUR"],
             ["1", "CB-650-AL aluminium 5-star base 650 mm, polished (as per your annual forecast 2025)", "1.500", "14,20", "21.300,00"],
             ["2", "Packing, export pallets", "10", "18,00", "180,00"],
             ["", "Total", "", "", "21.480,00"],
         ]),
         ("sp",),
         ("p", "Payment terms: 30% advance payment (EUR 6.444,00), balance 70% before loading."),
         ("p", "Production of the 1.500 pcs starts upon receipt of the 30% advance payment. Lead time 6 weeks from payment."),
         ("p", "Bank: Türkiye İş Bankası, İnegöl branch · IBAN TR00 0006 4000 0000 0000 0000 00 · SWIFT ISBKTRIS"),
         ("sp",),
         ("p", "Emre Yıldız, Export Sales Manager"),
     ], title="PI-2024-0712", author="Emre Yıldız"))])


# p22: forwarded old quote (message/rfc822) with 2.000/5.000 pcs beside a 50-sample PO, no hold.
_old = mail(HD_LZ, AL_LT, "Quotation HD-Q-230915-04 gas lift cover GLC-3S-120",
            "Fri, 15 Sep 2023 15:44:00 +0800", """\
Dear Lupita,

Please see price for gas lift cover GLC-3S-120 (3 section, 120 mm stroke, black):

  sample 50 pcs      USD 4.20/pc
  2.000 pcs          USD 0.95/pc
  5.000 pcs          USD 0.84/pc

Lead time 30 days. Price valid 90 days.

Best regards
Lily Zhou
""")
_t = """\
Hola Lily,

here below again your quote from last September with the prices for 2.000 / 5.000 pcs.

Our PO 7840 is for fifty (50) sample covers GLC-3S-120, please proceed with the 50 samples.
Prices as quoted.

Saludos,
Lupita
Release authority for this order: Lic. Fernanda Ochoa, Directora de Operaciones
""" + sig("Guadalupe Treviño", "Compras / Purchasing", AL + ", Monterrey N.L.", "+52 81 8356 2231")
case("p22_alameda_fwd_quote_no_hold", ["RG001", "RG003", "RG004"],
     "50-sample PO with the old 2.000/5.000 pcs quote forwarded as rfc822 and not declared informational; release authority named but no hold and no unlock event.",
     [("Fwd_HD-Q-230915-04_PO7840.eml", eml_bytes(mail(
         AL_LT, HD_LZ, "Fwd: Quotation HD-Q-230915-04 gas lift cover GLC-3S-120 / PO 7840",
         "Mon, 15 Jul 2024 10:20:00 -0600", _t, attachments=[("rfc822", _old)])))])


# p23: DOCX supplier order confirmation turning a forecast into a firm order and buying steel.
case("p23_meblotech_confirmation_forecast_firm", ["RG006", "RG008"],
     "Supplier confirms 16 samples but takes the buyer's Q3-Q4 forecast of 1.600 as firm order and buys steel for 1.600.",
     [("MT_OC_2024_0533.docx", docx_bytes([
         ("h1", "POTWIERDZENIE ZAMÓWIENIA / ORDER CONFIRMATION MT/OC/2024/0533"),
         ("p", "Meblotech Komponenty Sp. z o.o., ul. Fabryczna 14, 97-500 Radomsko · 2024-06-27"),
         ("p", "Customer: Hallberg Sitzmöbel GmbH, Herford · Your PO: 4500088045 · Contact: Ms Katrin Vossberg"),
         ("table", [
             ["Pos.", "Item", "Description", "Qty", "Price EUR", "Delivery"],
             ["10", "71-4420-00", "Lumbar frame LSF-H-420, samples, drawing Rev C", "16 pcs", "18,40", "wk 28"],
         ]),
         ("sp",),
         ("p", "We confirm your PO 4500088045: 16 sample frames."),
         ("p", "Forecast Q3-Q4/2024 from your mail of 20.06.: 1 600 pcs. We take this as your firm order and have "
               "planned it in our production weeks 34-38."),
         ("p", "Steel wire Ø5 mm is purchased for 1 600 frames (delivered 25.06.), so we are ready when you are."),
         ("sp",),
         ("p", "Z poważaniem, Paweł Wiśniewski, Key Account Manager"),
     ], author="Paweł Wiśniewski"))])


# p24: EDIFACT ORDERS printout: QTY 24 but free text says 30 samples.
case("p24_hallberg_edifact_24_vs_30", ["RG011"],
     "One EDI order states the sample quantity twice differently (QTY+21:24 vs FTX 'SAMPLES ONLY 30 PCS'); hold, event and person stated in FTX.",
     [("ORDERS_4500087902.txt", """\
HALLBERG SITZMÖBEL GMBH - EDI MONITOR - OUTBOUND ORDERS D96A (print view)
Partner: ANJI HENGDA SEATING PARTS (GLN 6970000123457)   Sent: 12.06.2024 08:15   Status: 3 (sent)

UNB+UNOC:3+4012345000009:14+6970000123457:14+240612:0815+HB0000231'
UNH+1+ORDERS:D:96A:UN'
BGM+220+4500087902+9'
DTM+137:20240612:102'
DTM+2:20240705:102'
NAD+BY+4012345000009::9++HALLBERG SITZMOEBEL GMBH+BUENDER STRASSE 140+HERFORD++32051+DE'
NAD+SU+6970000123457::9++ANJI HENGDA SEATING PARTS CO LTD+88 GONGYE ROAD+ANJI++313300+CN'
CUX+2:EUR:9'
LIN+1++GLC-3S-100:SA'
PIA+1+71-2100-00:BP'
IMD+F++:::GASFEDERABDECKUNG 3-TLG SCHWARZ RAL9005'
QTY+21:24:PCE'
PRI+AAA:4.40'
FTX+PUR+++SAMPLES ONLY 30 PCS. SERIAL QTY 5970 PCS NOT RELEASED, ON HOLD:UNTIL SAMPLE SIGN-OFF DR ANSELM AND WRITTEN:RELEASE BY M KROEGER (HEAD OF SUPPLY CHAIN)'
UNS+S'
CNT+2:1'
UNT+16+1'
UNZ+1+HB0000231'

--- Interpretation (EDI monitor) -------------------------------------------
Order 4500087902 of 12.06.2024, delivery date 05.07.2024
Line 1  GLC-3S-100 (Hallberg 71-2100-00)   ordered qty 24 PCE   price EUR 4,40
Free text (PUR): SAMPLES ONLY 30 PCS. SERIAL QTY 5970 PCS NOT RELEASED, ON HOLD UNTIL SAMPLE
                 SIGN-OFF DR ANSELM AND WRITTEN RELEASE BY M KROEGER (HEAD OF SUPPLY CHAIN)
""")])


# p25: two-level quoted thread: buyer scope (level 2), supplier note (level 1), engineering "approved! Go ahead".
_q2 = """\
Hi Ms Ha,

PO VC-PO-24-0275 is for 24 sample pads AP-PU-230 grey only. The 1 350 production pads are
not released - on hold until Johan signs off the samples and Maria Håkansson sends the written
release.

/Elin"""
_q1 = """\
Dear Mr Johan,

24 samples AP-PU-230 grey arrived your office on Monday. Please check and give us your comment.

Best regards,
Ha

On Mon, 10 Jun 2024 at 14:02, Elin Sandqvist <elin.sandqvist@verkstadcowork.se> wrote:
""" + quote(_q2)
_t = """\
Hi Ms Ha,

Samples look great, approved! Go ahead and get the pads running, we need them before the
Malmö opening in September.

Br
Johan
""" + sig("Johan Lindgren", "Workplace & Facilities", VC + ", Göteborg", "+46 31 760 44 30") + \
    "\nOn Tue, 2 Jul 2024 at 09:15, Nguyen Thi Thu Ha <ha.nguyen@tanphat-fc.vn> wrote:\n" + quote(_q1) + "\n"
case("p25_verkstad_samples_approved_go_ahead", ["RG002", "RG007"],
     "Two-level thread: the buyer's quoted scope needs a written release by Maria Håkansson, but engineering writes 'Samples ... approved! Go ahead and get the pads running' with no quantity.",
     [("RE_RE_VC-PO-24-0275_samples.eml", eml_bytes(mail(
         VC_JL, TP_HA, "RE: RE: VC-PO-24-0275 sample armrest pads",
         "Wed, 03 Jul 2024 08:40:00 +0200", _t, cc=VC_ES, in_reply_to="<h231-tp-0702@tanphat-fc.vn>")))])


# p26: PDF contract summary: "approved/approval" for samples, contract and production; committee unnamed.
case("p26_bspn_contract_summary_approval", ["RG005", "RG009"],
     "Contract summary uses 'approved/approval' for the technical test, the contract and the production release; the production release is by an unnamed committee.",
     [("Ringkasan_Kontrak_052.pdf", pdf([
         ("h1", "RINGKASAN KONTRAK / CONTRACT SUMMARY"),
         ("p", "Nomor: 052/KONTRAK/UKPBJ-BSPN/VII/2024 · Satuan Kerja: Balai Sarana Perkantoran Negara"),
         ("p", "Penyedia: Anji Hengda Seating Parts Co., Ltd. · Barang: penutup gas lift GLC-3S-100 (kursi kerja BSPN-KK-02)"),
         ("sp",),
         ("table", [
             ["Tahap", "Uraian", "Jumlah", "Status"],
             ["1", "Sampel / samples", "30 unit", "dipesan / ordered"],
             ["2", "Produksi / production", "2.970 unit", "ditahan / on hold"],
         ]),
         ("sp",),
         ("p", "Tahap 2 is not released until the samples are approved by the Tim Teknis (uji dimensi, uji beban, "
               "EN 16955 ukuran penutup)."),
         ("p", "Kontrak disetujui / contract approved by PPK on 08.07.2024 (persetujuan kontrak)."),
         ("p", "Production release of Tahap 2: after approval by the Tim Persetujuan Produksi (production approval committee)."),
         ("p", "Uang muka: 20%, setelah jaminan uang muka diterima."),
         ("sp",),
         ("p", "Disiapkan oleh: Sari Puspitasari, Pejabat Pengadaan · Jakarta, 09.07.2024"),
     ], title="Ringkasan Kontrak 052", author="Sari Puspitasari"))])


# p27: WeChat: engineering tells the supplier to continue with the serial pcs if the samples pass.
case("p27_wechat_if_pass_continue", ["RG007"],
     "Scope complete (30 samples, 5.970 on hold, written release by Kröger); engineering then says if the samples pass, continue with the 5.970 without waiting for paperwork.",
     [("WeChat_Hallberg_Anji_GLC-3S-120.txt", """\
微信聊天记录 / WeChat chat history - 群聊 group: Hallberg × Hengda GLC
Members: Katrin Vossberg, Dr. Jörg Anselm, Lily Zhou 周丽, 王建国 Wang Jianguo

—————  2024-07-01  —————
08:47 Katrin Vossberg: Hi Lily, PO 4500087930 GLC-3S-120 covers 30 samples only. The serial 5.970 pcs are not released, on hold until Dr Anselm signs off the samples and Matthias Kröger gives the written release.
09:02 Lily Zhou 周丽: 收到 received Katrin, 30 samples.
—————  2024-07-15  —————
14:10 Lily Zhou 周丽: Dr Anselm, sample test result when? If pass can we start mass production directly? Our line is free week 30
14:55 Dr. Jörg Anselm: Hi Lily, test is running, 10.000 cycles done. If the samples pass this week, just continue with the 5.970 serial pcs, no need to wait for paperwork. Thx
14:56 Lily Zhou 周丽: 好的 thank you Dr Anselm 👍
15:02 王建国 Wang Jianguo: 👌
""")])


# p28: HTML buyer portal: "Freigabe/approved" for PO workflow, samples and serial; rest on hold until further notice.
case("p28_hallberg_portal_freigabe", ["RG004", "RG009"],
     "Portal uses 'Freigabe/approved' for the PO workflow, the sample result and the serial release; remaining 800 'on hold until further notice' (no event); Kröger named.",
     [("Lieferantenportal_4500088133.html", html_page("Hallberg Lieferantenportal – 4500088133", """\
<h2>Hallberg Sitzmöbel &middot; Lieferantenportal</h2>
<p>Lieferant / supplier: <b>Meblotech Komponenty Sp. z o.o.</b> (310422) &middot; angemeldet: p.wisniewski</p>
<h3>Bestellung / PO 4500088133 &ndash; Sitzplatte / seat plate SP-H-300</h3>
<table>
<tr><th>Feld</th><th>Wert</th></tr>
<tr><td>Status Bestellung</td><td>Freigegeben / approved (Freigabe-Workflow 11.07.2024, K. Vossberg)</td></tr>
<tr><td>Musterfreigabe / sample approval</td><td>approved 18.07.2024 (Dr. J. Anselm), 16 Muster</td></tr>
<tr><td>Serienfreigabe / production approval</td><td>approved for 400 pcs (M. Kröger, 19.07.2024)</td></tr>
<tr><td>Restmenge / remaining quantity</td><td>800 pcs &ndash; gesperrt bis auf Weiteres / on hold until further notice</td></tr>
<tr><td>Freigabeberechtigt / release authority</td><td>Matthias Kröger, Leiter Supply Chain</td></tr>
</table>
<h3>Positionen / lines</h3>
<table>
<tr><th>Pos</th><th>Material</th><th>Bezeichnung</th><th>Menge</th><th>Preis EUR</th></tr>
<tr><td>10</td><td>71-6300-00</td><td>Sitzplatte SP-H-300, Stahl 2,5 mm, Lochbild 200x250, M8 Einpressmuttern</td><td>1.216 ST</td><td>9,35</td></tr>
</table>
<p class="note">Bitte nur die freigegebenen 400 ST fertigen.</p>
""", lang="de"))])


# p29: ERP PO: 1.000 on the line, only the first 200 delivery marked released; balance never addressed.
case("p29_alameda_erp_partial_200_of_1000", ["RG001", "RG003", "RG004", "RG005"],
     "PO line for 1.000 with only the first delivery of 200 marked released; nothing says the other 800 are not released, no event, no release person.",
     [("OC_7850_impresion.txt", """\
INTERIORES CORPORATIVOS ALAMEDA SA DE CV          ORDEN DE COMPRA / PURCHASE ORDER
Av. Lázaro Cárdenas 2400, San Pedro Garza García, N.L., México

OC:            7850                          Fecha:      22/07/2024
Proveedor:     20417 INEGOL MEKANIZMA SAN VE TIC AS, INEGOL / BURSA, TURQUIA
Comprador:     G. TREVIÑO                    Moneda:     USD
Condiciones:   30% anticipo, 70% contra copia de BL      Incoterm: CIF Manzanillo

Partida  Artículo    Descripción                                Cant. total   P.U.     Importe
-------  ----------  -----------------------------------------  -----------  -------  ----------
1        CB-650-AL   Base aluminio pulido 650 mm, 5 puntas,      1.000 PZA    15.80    15,800.00
                     plano ALA-B-0650 Rev 02, EN 12529

Programa de entregas:
  Entrega 1    sem 33    200 PZA    LIBERADO
  Entrega 2    sem 38    400 PZA
  Entrega 3    sem 43    400 PZA

Observaciones:
Primera entrega de 200 piezas liberada. Favor de confirmar fecha de embarque.

Elaboró: G. Treviño (Compras)
""")])


# p30: multi-file: SAP PO (40 samples, PO 4500088120) vs cover mail (PO 4500088210, 48 samples); unnamed release body.
_t = """\
Dear Vincent,

please find our PO 4500088210 for 48 sample mechanisms SPM-560-C in the attachment of the
system mail you received this morning. Delivery Herford week 31 please.

Only samples, the serial quantity is not released (see PO text).

Best regards
Katrin Vossberg
""" + sig("Katrin Vossberg", "Strategischer Einkauf", HB + ", Herford", "+49 5221 5930 214")
case("p30_hallberg_sap_po_vs_mail", ["RG005", "RG011"],
     "SAP PO 4500088120 for 40 samples vs cover mail 'PO 4500088210 for 48 samples'; release of the 1.160 serial pcs by 'die Geschäftsleitung' (no named person).",
     [("ME9F_4500088120.txt", """\
HALLBERG SITZMÖBEL GMBH                                     BESTELLUNG / PURCHASE ORDER
Bünder Straße 140, 32051 Herford                            Seite 1 von 1

Bestellnummer   4500088120                Datum      08.07.2024
Lieferant       310612                    Einkäufer  K. Vossberg / EKG 210
                Jinfeng Mechanism Industrial Co., Ltd.
                No. 168, Gongye 5th Rd., Dali Dist., Taichung 41280, Taiwan
Incoterms       FCA Taichung              Zahlung    30 Tage netto

Pos  Material      Bezeichnung                                  Menge   ME   Preis EUR   Wert EUR
---- ------------- -------------------------------------------- ------- ---- ----------- ---------
0010 71-3560-00    Synchronmechanik SPM-560-C Muster               40   ST       51,20   2.048,00
                   Zeichnung 71-3560-00 Rev 01, Lochbild 200x250
                   Liefertermin KW 31/2024

Kopftext:
Nur Muster. Die Serienmenge von 1.160 ST aus Angebot JF-Q-24-0412 ist nicht freigegeben und
bleibt gesperrt bis zum Muster-Sign-off durch unsere Entwicklung und der schriftlichen
Freigabe durch die Geschäftsleitung.
"""),
      ("Mail_SPM-560-C_samples.eml", eml_bytes(mail(
          HB_KV, JF_VL, "SPM-560-C samples – PO 4500088210",
          "Mon, 08 Jul 2024 11:47:00 +0200", _t)))])


# p31: multi-file: portal PO with complete scope + DOCX visit minutes "everything approved, can go ahead".
case("p31_verkstad_portal_and_visit_minutes", ["RG002", "RG009"],
     "Portal PO is complete (20 samples, 780 on hold, Johan sign-off + Maria's written release), but the visit minutes use 'approved' for the drawing, the price and 'everything', and say Meblotech can go ahead without scope.",
     [("portal_VC-PO-24-0288.html", html_page("Verkstad supplier portal – VC-PO-24-0288", """\
<h2>Verkstad Cowork AB &middot; Supplier portal</h2>
<p>Logged in as: <b>Meblotech Komponenty Sp. z o.o.</b> (supplier no. 20044)</p>
<h3>Purchase order VC-PO-24-0288 &ndash; seat plate SP-300</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Scope</th><th>Qty</th><th>Unit price</th></tr>
<tr><td>1</td><td>SP-300 seat plate, 2.5 mm steel, hole pattern 200x250</td><td>sample</td><td>20 pcs</td><td>EUR 21,00</td></tr>
</table>
<div class="note">Only the 20 samples are ordered. The 780 production plates are not released &ndash; on hold until Johan Lindgren
signs off the samples and Maria Håkansson (COO) sends a written production release. Material for the samples only.</div>
<p>Status: Sent 2024-07-01 &middot; Acknowledged 2024-07-02</p>
""")),
      ("Visit_Radomsko_2024-07-09.docx", docx_bytes([
          ("h1", "Visit report - Meblotech, Radomsko, 9 July 2024"),
          ("p", "Participants: Elin Sandqvist, Johan Lindgren (Verkstad); Paweł Wiśniewski, Agnieszka Kowalczyk (Meblotech)."),
          ("h", "1. Drawing SP-300 rev D"),
          ("p", "Hole pattern 200 x 250 mm and M8 press nuts checked on the line. Drawing rev D approved by Johan."),
          ("h", "2. Price"),
          ("p", "Price EUR 8,40 for production plates approved by Elin, PO value OK."),
          ("h", "3. Samples"),
          ("p", "20 samples to be shipped week 31."),
          ("h", "4. Conclusion"),
          ("p", "Everything approved - Meblotech can go ahead."),
      ], author="Elin Sandqvist"))])


# p32: multi-file: buyer's labelled demand plan + supplier mail confirming it as an order and buying steel.
_q = """\
Dengan hormat Ibu Ha,

terlampir Rencana Kebutuhan 2024-2025 untuk rangka lumbar LSF-ID-40. This plan is for your
capacity planning only - it is not an order. Yang dipesan hanya sampel sesuai SPK 027.

Hormat kami,
Sari Puspitasari"""
_t = """\
Dear Ibu Sari,

Thank you for your order of 3.000 lumbar frames LSF-ID-40 as per your demand plan.
We confirm the order and we already purchase steel tube 20x20x1.2 mm for 3.000 sets to
keep the price for you.

Delivery plan: 600 sets per month from October.

Best regards,
Nguyen Thi Thu Ha (Ms.)
Sales Manager
Tan Phat Furniture Components Co., Ltd.
Lot C-12, VSIP II, Thu Dau Mot, Binh Duong, Viet Nam
Tel +84 274 3635 231

This email and any attachment are confidential and for the addressee only. If you are not the
intended recipient please delete it and inform the sender.

On 2024-07-22 09:40 +0700, Sari Puspitasari wrote:
""" + quote(_q) + "\n"
case("p32_bspn_plan_and_tanphat_confirms_order", ["RG006", "RG008"],
     "Buyer's demand plan is labelled non-binding (only 10 samples ordered), but the supplier confirms 3.000 frames as an order 'as per your demand plan' and buys steel for 3.000.",
     [("Rencana_Kebutuhan_2024-2025.txt", """\
BALAI SARANA PERKANTORAN NEGARA - UKPBJ
RENCANA KEBUTUHAN / DEMAND PLAN 2024-2025  (PERKIRAAN / FORECAST)
Barang: Rangka penopang lumbar LSF-ID-40 (gambar BSPN-TK-040 rev 1)
Dicetak: 22-07-2024

*** PERKIRAAN, TIDAK MENGIKAT - NON-BINDING FORECAST. BUKAN PESANAN / NOT AN ORDER. ***
*** Tidak ada otorisasi material / no material authority.                          ***

Periode          Perkiraan (unit)
---------------  ----------------
Okt-Des 2024          600
Jan-Mar 2025          800
Apr-Jun 2025          800
Jul-Sep 2025          800
---------------  ----------------
Total                3.000

Status pesanan saat ini / current order status:
- SPK 027/SPK/UKPBJ-BSPN/VI/2024: sepuluh (10) unit sampel - satu-satunya kuantitas yang dipesan.
- Produksi tidak dilepas sampai hasil uji Tim Teknis dinyatakan sesuai dan PPK, Bapak Hendra
  Wiratama, menerbitkan surat perintah produksi tertulis.
"""),
      ("RE_Rencana_Kebutuhan_LSF-ID-40.eml", eml_bytes(mail(
          TP_HA, BS_SP, "RE: Rencana Kebutuhan 2024-2025 LSF-ID-40",
          "Wed, 24 Jul 2024 15:10:00 +0700", _t, in_reply_to="<h231-bs-0722@ukpbj.bspn.go.id>")))])


# p33: PDF PO with the sample quantity stated twice differently (table 20, scope note 24).
case("p33_hallberg_po_20_vs_24", ["RG011"],
     "PO table says 20 sample bases, scope note says twenty-four (24); hold, event and person stated.",
     [("4500088150.pdf", pdf([
         ("h1", "BESTELLUNG / PURCHASE ORDER 4500088150"),
         ("p", "Hallberg Sitzmöbel GmbH · Bünder Straße 140 · 32051 Herford · Einkauf: Katrin Vossberg"),
         ("p", "Lieferant: 310587 İnegöl Mekanizma Sanayi ve Ticaret A.Ş. · Datum 15.07.2024 · Angebot IM-TK-2024-188"),
         ("sp",),
         ("table", [
             ["Pos", "Material", "Bezeichnung", "Menge", "ME", "Preis EUR", "Wert EUR"],
             ["10", "71-5650-00", "Fußkreuz CB-650-AL Muster, Zeichnung Rev 02, EN 12529", "20", "ST", "24,00", "480,00"],
         ]),
         ("sp",),
         ("h", "Umfang / scope"),
         ("p", "This PO covers twenty-four (24) sample bases only. The serial quantity of 1.476 pcs from your offer "
               "IM-TK-2024-188 is not released and stays on hold until the sample sign-off by Dr. Jörg Anselm and a "
               "written release by Matthias Kröger, Leiter Supply Chain. Material: samples only."),
     ], title="4500088150", author="Katrin Vossberg"))])


# p34: multipart mail: "proceed with the samples as per your quotation" - no number, no hold, no event, no person.
_t = """\
Hi Lily,

PO VC-PO-24-0291 is in the supplier portal now. Please proceed with the samples of the
gas-lift cover GLC-3S-100 as per your quotation HD-Q-240611-07. Colour black RAL 9005,
drawing VC-DRW-0410 Rev 3.

Delivery to our Göteborg office, att. Johan Lindgren.

Tack!
Elin
""" + sig("Elin Sandqvist", "Inköp / Purchasing", VC + ", Göteborg", "+46 31 760 44 12")
case("p34_verkstad_proceed_samples_per_quote", ["RG003", "RG004", "RG005", "RG010"],
     "Sample authorization by reference to the quote: no sample quantity, nothing about the production balance, no unlock event, no release person ('proceed with the samples' is scoped, so no RG002).",
     [("VC-PO-24-0291_samples.eml", eml_bytes(mail(
         VC_ES, HD_LZ, "VC-PO-24-0291 – gas-lift cover samples",
         "Fri, 26 Jul 2024 10:30:00 +0200", _t, html=txt2html(_t))))])


# p35: Teams: scope complete, then "samples approved ... PO change approved in SAP ... good to run".
case("p35_teams_good_to_run", ["RG002", "RG007", "RG009"],
     "Scope complete (16 samples, 1.184 on hold, written release by Kröger); later purchasing writes samples approved + PO change approved in SAP, 'so you are good to run' - unscoped, sample approval rolling into production, 'approved' for two things.",
     [("Teams_Chat_SP-H-300.txt", """\
Microsoft Teams - Chat-Export / chat export
Chat:      Hallberg / Meblotech - SP-H-300 Sitzplatte
Exported:  2024-07-31 07:58 (UTC+02:00)

[2024-07-15 10:02] Katrin Vossberg (Hallberg)
Hi Paweł, PO 4500088177 for seat plates SP-H-300: 16 samples only. Serial 1.184 pcs are not released - on hold
until Dr. Anselm signs off the samples and Matthias Kröger releases in writing.

[2024-07-15 10:15] Paweł Wiśniewski (Meblotech) (Extern)
Dzień dobry Katrin, confirmed, 16 samples. Ship week 29.

[2024-07-29 16:40] Paweł Wiśniewski (Meblotech) (Extern)
Katrin, any news from the sample test? Our press line has a gap in week 32.

[2024-07-30 08:12] Katrin Vossberg (Hallberg)
Yes! Samples are approved by Jörg, and the PO change is approved in SAP since yesterday. So you are good to run 👍

[2024-07-30 08:20] Paweł Wiśniewski (Meblotech) (Extern)
Super, dziękuję! We plan week 32 then.
""")])


# p36: DOCX Berita Acara: sample approval lets the provider continue production of the contract balance.
case("p36_bspn_berita_acara_continue", ["RG007"],
     "Technical team's test report says that with the samples approved the provider may continue directly with the 1.190 remaining contract units; no auto-conversion was recorded.",
     [("BA_12_BA-TT_BSPN_VIII_2024.docx", docx_bytes([
         ("h1", "BERITA ACARA HASIL UJI SAMPEL"),
         ("p", "Nomor: 12/BA-TT/BSPN/VIII/2024"),
         ("p", "Pada hari ini Jumat tanggal dua (2) bulan Agustus tahun dua ribu dua puluh empat, kami Tim Teknis Balai "
               "Sarana Perkantoran Negara telah melaksanakan uji sampel atas pekerjaan berikut:"),
         ("table", [
             ["Data", "Keterangan"],
             ["Kontrak / SPK", "039/SPK/UKPBJ-BSPN/VII/2024"],
             ["Penyedia", "Tan Phat Furniture Components Co., Ltd."],
             ["Barang", "Rangka penopang lumbar LSF-ID-45"],
             ["Jumlah sampel", "10 unit"],
         ]),
         ("h", "Hasil uji"),
         ("table", [
             ["Uji", "Persyaratan", "Hasil"],
             ["Dimensi", "gambar BSPN-TK-040 rev 1, ± 1 mm", "Sesuai"],
             ["Uji beban / load", "EN 1335-2, 120 kg", "Sesuai"],
             ["Uji semprot garam", "ISO 9227, 96 jam", "Sesuai"],
         ]),
         ("h", "Kesimpulan"),
         ("p", "Sampel dinyatakan SESUAI dan DISETUJUI."),
         ("p", "Dengan disetujuinya sampel ini, penyedia dapat langsung melanjutkan produksi 1.190 unit sisa kontrak."),
         ("sp",),
         ("table", [
             ["Tim Teknis", "Tanda tangan"],
             ["Agus Setiawan (Ketua)", "ttd"],
             ["Dewi Lestari (Anggota)", "ttd"],
             ["Rudi Hartono (Anggota)", "ttd"],
         ]),
     ], author="Agus Setiawan"))])


# p37: PDF PO: samples "según cotización", no number; balance hold, event and person are stated.
case("p37_alameda_po_samples_no_qty", ["RG010"],
     "Sample PO gives the quantity only as 'según cotización'; the 2.400 production pcs are stated as not released with sign-off (Salinas) and written release (Ochoa).",
     [("OC-7861.pdf", pdf([
         ("h1", "ORDEN DE COMPRA OC 7861"),
         ("p", "Interiores Corporativos Alameda S.A. de C.V. · San Pedro Garza García, N.L. · Compras: Guadalupe Treviño"),
         ("p", "Proveedor: Anji Hengda Seating Parts Co., Ltd. · Fecha: 2024-07-29 · Cotización HD-Q-240701-02"),
         ("sp",),
         ("table", [
             ["Partida", "Artículo", "Descripción", "Cantidad", "Precio"],
             ["1", "AP-2D-250", "Descansabrazos PU negro - MUESTRAS", "según cotización", "según cotización"],
         ]),
         ("sp",),
         ("h", "Nota de alcance"),
         ("p", "Solo muestras. El saldo de producción (2,400 pzs cotizadas) NO está liberado; queda en espera hasta la "
               "aprobación de muestras por Ing. Rodrigo Salinas y la liberación por escrito de Lic. Fernanda Ochoa, "
               "Directora de Operaciones. Material: solo para muestras."),
     ], pagesize=LETTER, title="OC 7861", author="Guadalupe Treviño"))])


# p38: WhatsApp: balance not released, but the 2025 forecast is called a firm commitment; no event, no person.
case("p38_whatsapp_forecast_commitment", ["RG004", "RG005", "RG008"],
     "24 samples, 2.400 'not released yet' (hold stated) but no unlock event and no release person; the 2.400 forecast is called a firm commitment.",
     [("WhatsApp Chat with Emre Yildiz.txt", """\
05/08/2024, 13:10 - Elin Sandqvist: Hi Emre! PO VC-PO-24-0302 is for 24 sample bases CB-650-AL only. The 2 400 for next year are not released yet.
05/08/2024, 13:11 - Elin Sandqvist: But don't worry, 2 400 is our forecast for 2025 and you can count on it - it's a firm commitment from our side 🙂 Please reserve the capacity.
05/08/2024, 13:25 - Emre Yıldız: Thank you Elin Hanım, very good news 🙏
05/08/2024, 13:26 - Emre Yıldız: Samples we send week 34
""")])


# p39: supplier reply (HTML attachment) reading a quoted technical OK as production approval; steel for all 2.400.
_insp = html_page("Outgoing inspection LSF-H-420", """\
<h3>Meblotech - outgoing inspection summary</h3>
<table>
<tr><th>Item</th><th>Lot</th><th>Qty checked</th><th>Result</th></tr>
<tr><td>LSF-H-420 samples</td><td>MT-24-0716</td><td>16</td><td>OK</td></tr>
</table>
<p>Salt spray ISO 9227 96 h: OK. Weld check: OK. Gloss 68 GU (ISO 2813).</p>
""")
_q = """\
Hi Paweł,

short info: Jörg checked the 16 samples LSF-H-420 - from technical side everything OK.
The official sign-off record follows.

Katrin"""
_t = """\
Dear Katrin,

thank you very much for the approval! We proceed now with the production of the 2 384
frames, planned weeks 33-35. The steel wire for all 2 400 is already in house since June,
so no delay.

Inspection summary of the samples attached again.

Best regards / Z poważaniem
Paweł Wiśniewski
Key Account Manager
Meblotech Komponenty Sp. z o.o., ul. Fabryczna 14, 97-500 Radomsko
+48 44 683 21 07

Meblotech Komponenty Sp. z o.o., Sąd Rejonowy dla Łodzi-Śródmieścia, KRS 0000000000.
This message may contain confidential information. If you are not the addressee, please delete it.

-----Original Message-----
From: Katrin Vossberg <k.vossberg@hallberg-sitz.de>
Sent: Wednesday, July 31, 2024 4:12 PM
To: Paweł Wiśniewski
Subject: LSF-H-420 Muster

""" + quote(_q) + "\n"
case("p39_meblotech_proceeds_on_tech_ok", ["RG006", "RG007"],
     "Buyer's quoted note is a technical OK only; supplier treats it as approval to run the 2.384 frames and reports steel for all 2.400 already bought.",
     [("RE_LSF-H-420_Muster.eml", eml_bytes(mail(
         MT_PW, HB_KV, "RE: LSF-H-420 Muster",
         "Thu, 01 Aug 2024 08:05:00 +0200", _t, in_reply_to="<h231-hb-0731@hallberg-sitz.de>",
         attachments=[("inspection_LSF-H-420_MT-24-0716.html", _insp, "text/html")])))])


# p40: HTML e-purchasing order: header 150 units, item table 120 units (full-quantity order).
case("p40_bspn_epurchasing_150_vs_120", ["RG011"],
     "Full-quantity government order states the quantity twice differently: header 150 units, item table 120 units.",
     [("SP-0318-BSPN-2024.html", html_page("e-Purchasing – Surat Pesanan SP-0318/BSPN/2024", """\
<h2>Sistem e-Purchasing &middot; Surat Pesanan</h2>
<p>Satuan Kerja: <b>Balai Sarana Perkantoran Negara</b> &middot; UKPBJ &middot; Tahun Anggaran 2024</p>
<table>
<tr><th>Data</th><th>Nilai</th></tr>
<tr><td>Nomor Surat Pesanan</td><td>SP-0318/BSPN/2024</td></tr>
<tr><td>Kode RUP</td><td>41200318</td></tr>
<tr><td>Tanggal</td><td>2024-07-19</td></tr>
<tr><td>Penyedia</td><td>İnegöl Mekanizma Sanayi ve Ticaret A.Ş. (melalui PT Duduk Nyaman Indonesia)</td></tr>
<tr><td>Jumlah pesanan / order quantity</td><td><b>150 unit</b> (seluruhnya, tidak ada sisa / complete quantity)</td></tr>
<tr><td>Status</td><td>Disetujui PPK (Hendra Wiratama) 2024-07-19</td></tr>
</table>
<h3>Rincian barang</h3>
<table>
<tr><th>No</th><th>Produk</th><th>Spesifikasi</th><th>Kuantitas</th><th>Harga satuan</th><th>Total</th></tr>
<tr><td>1</td><td>Kaki kursi aluminium CB-680-ID</td><td>Ø 680 mm, EN 12529, TKDN 25,5%, uji beban 1 135 kg</td><td>120 unit</td><td>Rp 612.000</td><td>Rp 73.440.000</td></tr>
</table>
<div class="note">Pesanan lengkap. Mohon diproses seluruhnya sesuai Surat Pesanan ini.</div>
""", lang="id"))])


# p41: mail says thirty-six (36) samples, attached PO PDF says 30; scope otherwise complete.
_po = pdf([
    ("h1", "ORDEN DE COMPRA OC 7866"),
    ("p", "Interiores Corporativos Alameda S.A. de C.V. · Compras: Guadalupe Treviño · Fecha: 2024-07-30"),
    ("p", "Proveedor: Jinfeng Mechanism Industrial Co., Ltd., Taichung"),
    ("table", [
        ["Partida", "Artículo", "Descripción", "Alcance", "Cantidad", "P.U. USD", "Importe USD"],
        ["1", "SPM-T-280", "Mecanismo synchro con bloqueo, plano ALA-M-0280 Rev 01", "muestra", "30", "55.00", "1,650.00"],
    ]),
    ("sp",),
    ("p", "Nota de alcance: solo muestras. Las 1,470 pzs de producción cotizadas no están liberadas; quedan en espera "
          "hasta la aprobación de muestras por Ing. Rodrigo Salinas y la liberación por escrito de Lic. Fernanda Ochoa. "
          "Material: solo muestras."),
], pagesize=LETTER, title="OC 7866", author="Guadalupe Treviño")
_t = """\
Hi Vincent,

attached OC 7866 for thirty-six (36) sample mechanisms SPM-T-280, the new model with the
seat lock. We need them in Monterrey before 30 August for the client showroom.

The production quantity stays on hold as written in the OC.

Saludos cordiales,
Lupita
""" + sig("Guadalupe Treviño", "Compras / Purchasing", AL + ", Monterrey N.L.", "+52 81 8356 2231")
case("p41_alameda_mail_36_pdf_30", ["RG011"],
     "Cover mail says thirty-six (36) samples, the attached OC 7866 says 30; hold, event and person stated in the OC.",
     [("OC_7866_SPM-T-280.eml", eml_bytes(mail(
         AL_LT, JF_VL, "OC 7866 – muestras SPM-T-280",
         "Tue, 30 Jul 2024 12:15:00 -0600", _t,
         attachments=[("OC-7866.pdf", _po, PDF_MT)])))])


# p42: PDF sample PO with the quote's production tiers printed; release authority named, but no hold and no event.
case("p42_hallberg_po_tiers_authority_only", ["RG001", "RG003", "RG004"],
     "Sample PO for 30 covers prints the serial price basis for 3.000/6.000 pcs with no 'not released'; Kröger named as release authority, but no hold and no unlock event.",
     [("4500088190.pdf", pdf([
         ("h1", "BESTELLUNG / PURCHASE ORDER 4500088190"),
         ("p", "Hallberg Sitzmöbel GmbH · Bünder Straße 140 · 32051 Herford · Einkauf: Katrin Vossberg"),
         ("p", "Lieferant: 310655 Anji Hengda Seating Parts Co., Ltd., Anji, Zhejiang · Datum 22.07.2024"),
         ("sp",),
         ("table", [
             ["Pos", "Material", "Bezeichnung", "Menge", "ME", "Preis EUR", "Wert EUR"],
             ["10", "71-2120-00", "Gasfederabdeckung GLC-3S-120 schwarz, Muster, Zeichnung Rev 05", "30", "ST", "4,40", "132,00"],
         ]),
         ("sp",),
         ("h", "Preisbasis Serie (laut Angebot HD-Q-240520-01)"),
         ("table", [
             ["Menge", "Preis EUR/ST"],
             ["3.000 ST", "0,88"],
             ["6.000 ST", "0,81"],
         ]),
         ("sp",),
         ("p", "Freigabeberechtigt / release authority for this order: Matthias Kröger, Leiter Supply Chain."),
         ("p", "Liefertermin KW 32 · Incoterms FOB Shanghai · Zahlung 30 Tage netto"),
     ], title="4500088190", author="Katrin Vossberg"))])


# p43: WeChat: "please start the first lot" - size of the first lot never stated by the buyer.
case("p43_wechat_first_lot_no_qty", ["RG010"],
     "Buyer authorizes 'the first lot' with hold, event and Kröger stated, but never states how many; the supplier's question with numbers is not an authorization.",
     [("WeChat_Katrin_Lily_20240723.txt", """\
微信聊天记录 / WeChat chat history
Katrin Vossberg (Hallberg) 与 / and Lily Zhou 周丽 (Anji Hengda)

—————  2024-07-23  —————
10:05 Katrin Vossberg: Lily, please start the first lot of GLC-3S-100 gas lift covers, PO 4500088201.
10:06 Katrin Vossberg: The rest stays on hold until Dr. Anselm signs off the first lot and Matthias Kröger releases in writing.
10:20 Lily Zhou 周丽: 好的 Katrin. How many pcs first lot? Quote was 30 sample + 6.000
10:41 Katrin Vossberg: As discussed last week with Jörg. Thanks!
10:42 Lily Zhou 周丽: ok 👌
""")])


# p44: supplier forwards the buyer's PO mail (message/rfc822) internally: deposit paid, run all 1.200, order parts for 1.200.
_inner = mail(VC_ES, JF_VL, "VC-PO-24-0310 – SPM-T-260 sample mechanisms",
              "Mon, 29 Jul 2024 09:20:00 +0200", """\
Hi Vincent,

PO VC-PO-24-0310 attached: twenty (20) sample mechanisms SPM-T-260.

The 1 180 production mechanisms are not released. They are on hold until Johan Lindgren signs
off the samples and Maria Håkansson (COO) sends a written release.

We pay the deposit on your sample/tooling proforma this week - the deposit does not release
production.

/Elin
""" + sig("Elin Sandqvist", "Inköp / Purchasing", VC + ", Göteborg", "+46 31 760 44 12"))
_t = """\
黃廠長 Mr. Huang,

customer Verkstad PO below. They already paid the deposit yesterday USD 2,400, so we can run
all 1,200 sets SPM-T-260 now, please arrange line M2 from next week.

Please also order die-cast base plate and gas spring for 1,200 sets today, price go up in
September.

Thanks
Vincent
""" + sig("Vincent Lai", "Sales Manager", JF + ", Taichung", "+886 4 2491 0388")
case("p44_jinfeng_internal_fwd_deposit_run_all", ["RG006", "RG012"],
     "Supplier forwards the buyer's complete scope (20 samples, 1.180 on hold, deposit does not release) internally as rfc822 and orders the run of all 1.200 and parts for 1.200 because the deposit was paid.",
     [("Fwd_VC-PO-24-0310.eml", eml_bytes(mail(
         JF_VL, JF_HU, "Fwd: VC-PO-24-0310 – SPM-T-260 sample mechanisms",
         "Wed, 31 Jul 2024 08:55:00 +0800", _t, attachments=[("rfc822", _inner)])))])


# p45: DOCX commercial review record: "aprobado" for price, frame contract and production; proceed, no quantity.
case("p45_alameda_acta_aprobado", ["RG002", "RG009", "RG010"],
     "Review record uses 'aprobado' for the price, the frame contract and production, and says Jinfeng may proceed, with no quantity (no sample phase, so no balance rules).",
     [("Acta_revision_Torre_Andares.docx", docx_bytes([
         ("h1", "ACTA DE REVISIÓN - Proyecto Torre Andares (Guadalajara)"),
         ("p", "Fecha: 01/08/2024. Asistentes: Guadalupe Treviño (Compras), Ing. Rodrigo Salinas (Ingeniería), "
               "Lic. Fernanda Ochoa (Dirección de Operaciones)."),
         ("p", "Tema: sillas operativas, mecanismo SPM-T-260 de Jinfeng (Taiwán)."),
         ("table", [
             ["Punto", "Acuerdo", "Responsable"],
             ["Muestras", "No aplica - mecanismo ya validado en el proyecto Torre Valle 2023", "Ing. R. Salinas"],
             ["Precio USD 29.40", "APROBADO", "G. Treviño"],
             ["Contrato marco Jinfeng 2024-2025", "Aprobado por Dirección", "Lic. F. Ochoa"],
             ["Producción", "Aprobado - Jinfeng puede proceder", "Lic. F. Ochoa"],
         ]),
         ("sp",),
         ("p", "Siguiente paso: Compras envía la OC al proveedor."),
     ], author="Guadalupe Treviño"))])


# ================================================================== WRITER
def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(231231).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")
        folder = f"h231_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(order)} cases to {OUT}")


if __name__ == "__main__":
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    build()
