#!/usr/bin/env python3
"""Generator for the releasegate check_holdout176 corpus (cranes and hoists).

Run with the venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout176/build.py

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
    m["Message-ID"] = msgid or f"<h176-{_MSGN[0]:04d}@{dom}>"
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
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h176")
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


# ------------------------------------------------------------- small helpers
def T(s):
    """A text file body written as a triple-quoted block."""
    return s.strip("\n") + "\n"


_BQ = '<blockquote style="border-left:2px solid #9a9a9a;margin:0 0 0 6px;padding-left:8px">'


def html_from_text(text):
    """HTML alternative of a plain-text mail body; '>' quote levels become blockquotes."""
    html = ['<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    depth = 0
    para = []

    def flush():
        if para:
            html.append("<p>" + "<br>\n".join(escape(x) for x in para) + "</p>")
            para.clear()

    for ln in text.strip("\n").split("\n"):
        d, s = 0, ln
        while s.startswith(">"):
            d += 1
            s = s[1:]
            if s.startswith(" "):
                s = s[1:]
        if d != depth:
            flush()
            while depth < d:
                html.append(_BQ)
                depth += 1
            while depth > d:
                html.append("</blockquote>")
                depth -= 1
        if s.strip() == "":
            flush()
        else:
            para.append(s)
    flush()
    while depth > 0:
        html.append("</blockquote>")
        depth -= 1
    html.append("</div>")
    return "<html><body>\n" + "\n".join(html) + "\n</body></html>\n"


def quote(text, level=1):
    """Prefix every line with '>' (level times), as mail clients do for replies."""
    pre = ">" * level
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.strip("\n").split("\n"))


# signatures in the writers' own styles (plus the generic sig() above)
SIG_ELBTAL = """
Mit freundlichen Grüßen / Best regards

{name}
{title}
Elbtal Kranbau GmbH
Industriestraße 14 · 01589 Riesa · Germany
Tel. +49 3525 7741-{ext}

Elbtal Kranbau GmbH · Sitz Riesa · Amtsgericht Dresden HRB 31877 · Geschäftsführer: Frank Lößnitzer
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
"""

SIG_SKAGERAK = """
Best regards / Med venlig hilsen
{name}
{title}
Skagerak Offshore Cranes A/S
Tarphagevej 31, DK-6710 Esbjerg V
M: +45 2176 {ext}

This e-mail may contain confidential information. If you are not the intended recipient, please
notify the sender and delete the e-mail. Skagerak Offshore Cranes A/S, CVR 38 41 27 90.
"""

SIG_ANDINO = """
Saludos cordiales / Best regards,
{name}
{title}
Puerto Andino Terminales S.A.
Av. Ramón Barros Luco 1613, San Antonio, Chile
+56 35 221 {ext}

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus adjuntos son confidenciales y para uso exclusivo
del destinatario. Si lo recibió por error, favor avisar al remitente y eliminarlo.
"""

SIG_GSN = """
Best Regards,
{name}
{title}
PT Galangan Samudra Nusantara
Jl. Brigjen Katamso Km 6, Tanjung Uncang, Batam 29422, Indonesia
Ph. +62 778 391 {ext}

DISCLAIMER: This email and any files transmitted with it are confidential and intended solely
for the use of the addressee. PT Galangan Samudra Nusantara accepts no liability for any damage
caused by this email.
"""

SIG_HAKMET = """
Z poważaniem / Best regards
{name}
{title}
Hakmet Sp. z o.o.
ul. Toszecka 101, 44-100 Gliwice, Poland
tel. +48 32 230 {ext}

Hakmet Sp. z o.o., Sąd Rejonowy w Gliwicach, KRS 0000418822, NIP 631-265-40-17.
Treść tej wiadomości jest poufna. / The content of this message is confidential.
"""

SIG_KLADKY = """
S pozdravom / Best regards
{name}
{title}
KladkyTech s.r.o.
Priemyselná 9, 010 01 Žilina, Slovakia
+421 41 562 {ext}

Tento e-mail je dôverný. This e-mail is confidential and intended for the addressee only.
"""

SIG_ZY = """
Best regards
{name}
{title}
Henan Zhongyuan Hoist Machinery Co., Ltd.
Weiyuan Industrial Zone, Changyuan County, Xinxiang, Henan 453400, China
Tel/WeChat: +86 373 8891 {ext}
"""

SIG_DCC = """
Best regards,
{name}
{title}
Daesung Crane Controls Co., Ltd.
47, Seongsan-ro 283beon-gil, Seongsan-gu, Changwon-si, Gyeongsangnam-do, Korea
T. +82 55 262 {ext}

This message is intended only for the addressee. If you have received it in error, please
delete it and notify the sender. Daesung Crane Controls Co., Ltd.
"""

SIG_OB = """
Cordiali saluti / Kind regards
{name}
{title}
Officine Bergamasche Sollevamento S.r.l.
Via dell'Artigianato 22, 24050 Grassobbio (BG), Italia
Tel. +39 035 458 {ext}

Ai sensi del GDPR (Reg. UE 2016/679) le informazioni contenute in questa e-mail sono riservate.
Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo.
"""


def S(tpl, name, title, ext):
    return tpl.format(name=name, title=title, ext=ext)


# people (all fictional)
JENS = "Jens Pötzsch <j.poetzsch@elbtal-kranbau.de>"
KATRIN = "Katrin Heinicke <k.heinicke@elbtal-kranbau.de>"
METTE = "Mette Kjærgaard <mkj@skagerak-cranes.dk>"
RASMUS = "Rasmus Holm <rho@skagerak-cranes.dk>"
CATALINA = "Catalina Fuentes <cfuentes@puertoandino.cl>"
RODRIGO = "Rodrigo Salinas <rsalinas@puertoandino.cl>"
BUDI = "Budi Santoso <budi.santoso@galangan-sn.co.id>"
DEWI = "Dewi Lestari <dewi.lestari@galangan-sn.co.id>"
TOMASZ = "Tomasz Wójcik <t.wojcik@hakmet.pl>"
AGNIESZKA = "Agnieszka Nowak <a.nowak@hakmet.pl>"
MAREK = "Marek Hudák <hudak@kladkytech.sk>"
ZUZANA = "Zuzana Kováčová <kovacova@kladkytech.sk>"
KEVIN = "Kevin Li <kevin.li@zy-hoist.cn>"
AMY = "Amy Zhang <amy.zhang@zy-hoist.cn>"
PARK = "Park Ji-hoon <jhpark@daesung-cc.co.kr>"
SOOJIN = "Kim Soo-jin <sjkim@daesung-cc.co.kr>"
MARCO = "Marco Rinaldi <m.rinaldi@obsollevamento.it>"
GIULIA = "Giulia Bonetti <g.bonetti@obsollevamento.it>"


# =================================================================== CLEAN (25)

# c01 supplier quote with tiers, saved as text (Henan -> Saxony)
case("c01_quote_tiers_zy", [],
     "Supplier quote with sample / 40 / 80 tiers; no authorization in the bundle (conv. 1, 4).",
     [("RE_RFQ_EK-2024-031.txt", T("""
From: Kevin Li <kevin.li@zy-hoist.cn>
Sent: Monday, 18 March 2024 10:42
To: Jens Pötzsch <j.poetzsch@elbtal-kranbau.de>
Subject: RE: RFQ EK-2024-031 electric chain hoist CH-1000 / our quotation ZY-Q240318

Dear Mr. Pötzsch,

Thank you very much for your inquiry EK-2024-031 and sorry for late reply, we had holiday
in factory. Please kindly find our best offer as below.

Item:     Electric chain hoist CH-1000, 1 t, 2 falls, lifting height 6 m
          400 V / 50 Hz, 2 speed 4/1 m/min, FEM 2m (ISO M5), IP55
          bottom hook to DIN 15401 RSN 025, pendant 4 push button
Drawing:  EK-5520-010 Rev B (your drawing)

  Qty tier            Unit price EUR (FCA Qingdao)   Lead time
  ------------------  ----------------------------   ---------------------------------
  2 pcs (samples)     1.480,00                       30 days after PO
  40 pcs              1.120,00                       45 days after your written release
  80 pcs              1.065,00                       45 days after your written release

One time cost for hook cover tooling: EUR 2.400,00
Payment:  30% T/T deposit with PO, 70% before shipment
Validity: 60 days from today
Test:     static 1.5 x WLL, dynamic 1.1 x WLL acc. EN 14492-2, certificate EN 10204 3.1 for chain

Remark: 40 / 80 pcs price is only for your budget. We produce only the quantity you release
in writing, nothing more.

Any question please feel free to contact me.

Best regards
Kevin Li
Sales Manager, Export Department
Henan Zhongyuan Hoist Machinery Co., Ltd.
Changyuan, Henan, China
Tel/WeChat: +86 373 8891 2206

-----Original Message-----
From: Jens Pötzsch
Sent: Tuesday, 5 March 2024 14:03
To: kevin.li@zy-hoist.cn
Subject: RFQ EK-2024-031 electric chain hoist CH-1000

Sehr geehrter Herr Li,

bitte bieten Sie uns folgendes an / please quote:
CH-1000 acc. to drawing EK-5520-010 Rev B, staggered 2 / 40 / 80 pcs, incl. lead times.
This is an inquiry only, not an order.

Mit freundlichen Grüßen
Jens Pötzsch
Strategischer Einkauf, Elbtal Kranbau GmbH
"""))])

# c02 buyer portal RFQ with three scenarios (Chile)
case("c02_rfq_portal_andino", [],
     "Buyer RFQ with three quantity scenarios, stated as inquiry only; nothing authorized (conv. 1).",
     [("rfq_PAT-2024-017.html", html_page("RFQ PAT-2024-017 – Portal de Proveedores", """
<h2>Portal de Proveedores · Puerto Andino Terminales S.A.</h2>
<p><b>Solicitud de Cotización / Request for Quotation RFQ-PAT-2024-017</b><br>
Publicada: 02-04-2024 · Cierre: 19-04-2024 17:00 (hora Chile)<br>
Comprador: Catalina Fuentes, Jefa de Compras</p>
<p>Invitados: KladkyTech s.r.o. (Žilina, SK) · Officine Bergamasche Sollevamento S.r.l. (Grassobbio, IT)</p>
<h3>Artículo</h3>
<table>
<tr><th>Código</th><th>Descripción</th><th>Plano</th><th>Material</th></tr>
<tr><td>TW-630-RTG</td><td>Rueda de carro / trolley wheel Ø630 mm, double flange, for RTG 40 t</td>
<td>PAT-MEC-0630 Rev 4</td><td>42CrMo4, surface hardened 300–350 HB, EN 10204 3.1</td></tr>
</table>
<h3>Escenarios de cantidad / quantity scenarios</h3>
<table>
<tr><th>Escenario</th><th>Muestras</th><th>Serie</th><th>Comentario</th></tr>
<tr><td>A</td><td>4</td><td>0</td><td>solo muestras para prueba en grúa RTG-07</td></tr>
<tr><td>B</td><td>4</td><td>24</td><td>renovación flota RTG-01…RTG-06</td></tr>
<tr><td>C</td><td>4</td><td>48</td><td>flota completa incl. STS-02/03</td></tr>
</table>
<p class="note">Esto es una solicitud de cotización, no una orden de compra. Please quote the three
scenarios with price per unit and lead time. Nothing is ordered or released with this RFQ; any
order comes as a separate OC (orden de compra) with its own scope.</p>
<p>Consultas técnicas: Rodrigo Salinas, Ingeniero de Mantención · Consultas comerciales: Catalina Fuentes</p>
""", lang="es"))])

# c03 supplier question under a complete quoted buyer scope (Slovakia -> Denmark)
_c03_mette = T("""
Hi Marek,

PO 7200-1184 is issued today, please find it in the portal.

Scope, so we are clear:
- PO 7200-1184 covers eight (8) sample sheaves SHV-800-28 (Ø800 for 28 mm rope, drawing
  SOC-22-4410 Rev F) and nothing else.
- The balance of 112 pcs from your quote KT-Q-24-097 is NOT released.
- It will be released only in writing by Anders Bækgaard, Head of Supply Chain, after Rasmus Holm
  has signed off the samples.
- Material authority: samples only. Please do not buy castings for the 112.

Best regards
Mette Kjærgaard
Senior Buyer, Skagerak Offshore Cranes A/S
""")
case("c03_question_balance_kladky", [],
     "Supplier asks for a go-ahead for the balance; the quoted buyer scope is complete (conv. 3, 8).",
     [("RE_PO_7200-1184_sheaves.eml", eml_bytes(mail(
         MAREK, METTE, "RE: PO 7200-1184 sample sheaves SHV-800-28",
         "Thu, 02 May 2024 07:58:11 +0200",
         T("""
Dear Mette,

the eight samples are at your Esbjerg warehouse since 11 April (DHL 4471 0882 13), hardness
protocol and UT report EN 10228-3 are in the portal.

Can we have go-ahead for the balance 112 sheaves? Our foundry in Považská Bystrica asks us
for the casting slot in June, if no, we lose the slot and the next free one is September.
Please advise, we will not start anything before your written release.

""") + S(SIG_KLADKY, "Marek Hudák", "Obchodný manažér / Sales Manager", "318") + "\n\n"
         + "On 04.04.2024 14:12, Mette Kjærgaard wrote:\n" + quote(_c03_mette),
         in_reply_to="<h176-src-0101@skagerak-cranes.dk>",
         attachments=[("KT_hardness_SHV-800-28.pdf", pdf([
             ("h1", "Protokol tvrdosti / Hardness protocol"),
             ("p", "KladkyTech s.r.o. - PO 7200-1184 - SHV-800-28 samples - 09.04.2024"),
             ("table", [
                 ["Sample no.", "Groove HB (3 points)", "Hub HB", "UT EN 10228-3", "Result"],
                 ["24-1101", "318 / 322 / 325", "221", "class 3 ok", "OK"],
                 ["24-1102", "320 / 327 / 319", "218", "class 3 ok", "OK"],
                 ["24-1103", "331 / 326 / 329", "224", "class 3 ok", "OK"],
                 ["24-1104 ... 24-1108", "316 - 334", "215 - 226", "class 3 ok", "OK"],
             ]),
             ("p", "Zuzana Kovacova, Quality"),
         ], title="Hardness protocol SHV-800-28", author="KladkyTech s.r.o."), PDF_MT)])))])

# c04 clearly labelled non-binding forecast (Denmark -> Korea)
case("c04_forecast_labelled", [],
     "Demand outlook labelled non-binding forecast, states it authorizes nothing (conv. 1, 11).",
     [("SOC_demand_outlook_Q3-2024_Q2-2025.pdf", pdf([
         ("h1", "Rolling demand outlook Q3/2024 - Q2/2025"),
         ("p", "Skagerak Offshore Cranes A/S, Esbjerg - to: Daesung Crane Controls Co., Ltd., Changwon"),
         ("p", "Document SOC-FC-2024-07, issued 12.04.2024 by Mette Kjaergaard, Senior Buyer"),
         ("p", "NON-BINDING FORECAST. This outlook is for your capacity planning only. It is not a "
               "purchase order, not a call-off and not a commitment. It does not authorize production "
               "or the purchase of material. Orders are placed by separate PO; production is released "
               "only by written call-off."),
         ("table", [
             ["Part", "Description", "Q3/2024", "Q4/2024", "Q1/2025", "Q2/2025", "Total"],
             ["PC-10-IP65", "Pendant control 10 btn, 2-step, EN 60204-32", "40", "55", "50", "45", "190"],
             ["CAB-OS-22", "Operator cabin offshore crane, ISO 12944 C5-M", "3", "3", "4", "2", "12"],
             ["RC-868", "Radio remote 868 MHz, spare", "10", "10", "10", "10", "40"],
         ]),
         ("sp",),
         ("p", "Figures depend on the vessel programme (hulls 1127-1132) and can move by +/- 30 %. "
               "Quantities in this outlook are forecasts, not orders."),
         ("p", "Questions: Mette Kjaergaard, mkj@skagerak-cranes.dk"),
     ], title="Demand outlook SOC-FC-2024-07", author="Skagerak Offshore Cranes A/S"))])

# c05 sample sign-off record, correctly scoped (Saxony, Polish hook blocks)
case("c05_signoff_fitcheck", [],
     "Sample sign-off 'approved for fit check only; production not released', balance, event and "
     "named release authority stated.",
     [("Bemusterungsprotokoll_EK-24-118.docx", docx_bytes([
         ("h1", "Bemusterungsprotokoll / Sample sign-off record EK-24-118"),
         ("table", [
             ["Teil / Part", "Unterflasche / hook block HB-32-4, 32 t, 4-strängig"],
             ["Zeichnung / Drawing", "EK-4410-200 Rev C"],
             ["Lieferant / Supplier", "Hakmet Sp. z o.o., Gliwice"],
             ["Bestellung / PO", "4500218802 (Muster / samples)"],
             ["Muster erhalten / samples received", "3 Stk, 16.04.2024"],
             ["Prüfung / inspection", "Maßprüfung, Haken DIN 15401 RSN 32, Gewinde M64x4, Härte, MT-Prüfung"],
         ]),
         ("h", "Disposition"),
         ("p", "Approved for fit check only; production not released."),
         ("p", "Die Muster dürfen in die Laufkatze LK-250 (Prototyp) eingebaut werden. Die Serienmenge von "
               "57 Stk bleibt gesperrt (balance on hold)."),
         ("p", "Unlock: production release requires the load test 1.25 x WLL acc. EN 13001 on the LK-250 "
               "prototype and then a written production release by Dr. Uwe Schreiter, Leiter Supply Chain. "
               "Material authority for Hakmet remains sample-only."),
         ("table", [
             ["Rolle", "Name", "Datum"],
             ["Engineering sign-off", "Katrin Heinicke", "17.04.2024"],
             ["Einkauf (zur Kenntnis)", "Jens Pötzsch", "17.04.2024"],
         ]),
     ], author="Katrin Heinicke"))])

# c06 buyer portal PO, full quantity, "proceed with the full 24"
case("c06_full_qty_portal_gsn", [],
     "Full-quantity PO (24 of 24, no balance) with 'proceed with the full 24 pcs' (conv. 5, 8).",
     [("po_GSN-2024-0412.html", html_page("PO/GSN/2024/0412", """
<h2>GSN e-Procurement · Purchase Order</h2>
<table>
<tr><th>PO No.</th><td>PO/GSN/2024/0412</td><th>Date</th><td>03-04-2024</td></tr>
<tr><th>Vendor</th><td>Daesung Crane Controls Co., Ltd. (V-20117)</td><th>Project</th><td>Hull 1127 / 1128 deck cranes</td></tr>
<tr><th>Buyer</th><td>Budi Santoso, Purchasing Officer</td><th>Terms</th><td>CIF Batam, 30 days after delivery</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Ln</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit</th><th>Unit price USD</th><th>Amount USD</th></tr>
<tr><td>1</td><td>PC-8B</td><td>Pendant control 8 button, 2-step, IP65, e-stop, cable 10 m, EN 60204-32</td><td>24</td><td>unit</td><td>386.00</td><td>9,264.00</td></tr>
</table>
<div class="note"><b>Scope:</b> This PO covers the full and final quantity of twenty-four (24) units.
There is no sample lot and no balance. Please proceed with the full 24 pcs and deliver in two
shipments (12 + 12) to Batam, ETA week 22 and week 26.</div>
<p>PO signed in system by: Ir. Hendra Wijaya (Project Director), 03-04-2024 15:21</p>
""", lang="id"))])

# c07 ERP PO printout, full quantity, identifiers that look like quantities (Saxony -> Poland)
case("c07_sap_full_qty_idents", [],
     "Full-quantity SAP PO with three schedule lines, full of quantity-like identifiers; no balance.",
     [("BE_4500218877.txt", T("""
ELBTAL KRANBAU GMBH                                        BESTELLUNG / PURCHASE ORDER
Industriestrasse 14, 01589 Riesa                           Nr. 4500218877      Datum 26.03.2024
----------------------------------------------------------------------------------------------
Lieferant: 200431  Hakmet Sp. z o.o., ul. Toszecka 101, PL-44-100 Gliwice
Einkaeufer: Jens Poetzsch  Tel. +49 3525 7741-213   Zahlungsbed.: 30 Tage netto
Lieferbed.: DAP Riesa (Incoterms 2020)              Waehrung: EUR
----------------------------------------------------------------------------------------------
Pos  Material        Bezeichnung                                  Menge  ME  Preis/ME    Wert
0010 100-4410-32     Unterflasche HB-32-4, 32 t, 4-straengig        18  ST  3.410,00  61.380,00
                     Zeichnung EK-4410-200 Rev 12
                     Haken DIN 15401 RSN 32, Mutter M64x4
                     Werkszeugnis EN 10204 3.1, Pruefung 1,25 x WLL = 40 t
                     Lieferant zert. ISO 9001:2015, Schweissen EN ISO 3834-2
  Einteilungen:      02.05.2024   6 ST
                     06.06.2024   6 ST
                     04.07.2024   6 ST
----------------------------------------------------------------------------------------------
Gesamtwert netto                                                           EUR 61.380,00

Kopftext:
Vollstaendige Bestellmenge 18 ST fuer Laufkatzen LK-250, Serie 2024 (Krannr. 2411-2428).
Es gibt keine Restmenge und keine weiteren Abrufe. Die Bestellung umfasst Fertigung und
Lieferung der 18 ST gemaess Einteilungen. Full order quantity, no balance.

Bitte Auftragsbestaetigung innerhalb 3 Arbeitstagen an einkauf@elbtal-kranbau.de.
Es gelten unsere AEB Stand 01/2023.
----------------------------------------------------------------------------------------------
Seite 1 von 1                 SAP ME9F  Druck 26.03.2024 11:07  JPOETZSCH
"""))])

# c08 EDI DELFOR call-off with explicit staged material authority (Denmark -> Slovakia)
case("c08_delfor_staged_material", [],
     "Call-off releases 40, explicit staged material authority up to 120; balance 80 on hold until "
     "next call-off by named person (conv. 10).",
     [("DELFOR_SOC_KT_0417.txt", T("""
=== EDI INBOUND - DELFOR D.96A - KladkyTech s.r.o. EDI viewer ==========================
Interchange  UNB+UNOC:3+5790002214406:14+8588003116209:14+240417:0612+SOC0417001'
Sender       Skagerak Offshore Cranes A/S (GLN 5790002214406)
Receiver     KladkyTech s.r.o. (GLN 8588003116209)
Message      DELFOR  BGM+241+CO-7200-1190-03+9'   Date 17.04.2024

RAW SEGMENTS
UNH+1+DELFOR:D:96A:UN:A01051'
BGM+241+CO-7200-1190-03+9'
DTM+137:20240417:102'
RFF+ON:7200-1190'
NAD+BY+5790002214406::9++Skagerak Offshore Cranes A/S'
NAD+SE+8588003116209::9++KladkyTech s.r.o.'
LIN+1++SHV-630-22:IN'
IMD+F++:::Rope sheave D630 for 22 mm rope'
QTY+113:40:PCE'
SCC+1'
DTM+2:20240603:102'
QTY+3:40:PCE'
FTX+AAI+++RELEASED QTY THIS CALL-OFF 40 PCS (DELIVERY WK 23):FAB AUTH 40 PCS'
FTX+AAI+++MATERIAL AUTH STAGED UP TO 120 PCS (CASTINGS ONLY):BUYER LIABLE FOR CASTINGS 120 PCS'
FTX+AAI+++BALANCE 80 PCS NOT RELEASED:UNLOCK = NEXT CALL-OFF'
FTX+AAI+++RELEASE AUTHORITY ANDERS BAEKGAARD HEAD OF SUPPLY CHAIN'
UNT+17+1'
UNZ+1+SOC0417001'

DECODED
  Order 7200-1190   Call-off CO-7200-1190-03   Part SHV-630-22
  Firm (SCC 1)       40 PCE   delivery 03.06.2024
  Fabrication auth   40 PCE
  Material auth      staged, up to 120 PCE (castings only)
  Balance            80 PCE - not released, next call-off
  Release authority  Anders Baekgaard
==========================================================================================
"""))])

# c09 signed auto-conversion record (Chile / Slovakia)
case("c09_autoconversion_signed", [],
     "Explicit, signed auto-conversion (20 of 48 on approved sample sign-off, signer and conditions "
     "named); rest on hold until written release (conv. 9).",
     [("Acuerdo_OC_4100-2290.docx", docx_bytes([
         ("h1", "Acuerdo de auto-conversión / Auto-conversion agreement"),
         ("p", "OC 4100-2290 · Rueda de carro TW-630-RTG, plano PAT-MEC-0630 Rev 4 · Proveedor KladkyTech s.r.o."),
         ("p", "Registrado el 05-04-2024, antes de la entrega de las muestras."),
         ("h", "1. Alcance actual / active quantity"),
         ("p", "The OC covers 4 sample wheels (muestras) and a production quantity of 48 wheels. Today only "
               "the 4 samples are authorized to be made."),
         ("h", "2. Auto-conversión"),
         ("p", "If the sample sign-off by Rodrigo Salinas (Ingeniero de Mantención) is recorded as APPROVED "
               "(not interim, not rejected) and the hardness report shows 300-350 HB on all 4 samples, then 20 "
               "of the 48 production wheels are released for production automatically on the date of that "
               "sign-off. No further document is needed for these 20 wheels."),
         ("h", "3. Saldo / balance"),
         ("p", "The remaining 28 wheels stay on hold. They are released only by a written release from "
               "Patricio Valdés, Gerente de Operaciones, after 500 operating hours of the sample wheels on RTG-07."),
         ("h", "4. Material"),
         ("p", "Material authority: up to 24 wheels (4 samples + 20 auto-converted). No forgings beyond that."),
         ("table", [
             ["Rol", "Nombre", "Firma", "Fecha"],
             ["Autoridad de liberación (release authority)", "Patricio Valdés", "firmado", "05-04-2024"],
             ["Compras", "Catalina Fuentes", "firmado", "05-04-2024"],
             ["Proveedor (acknowledged)", "Marek Hudák, KladkyTech", "firmado", "08-04-2024"],
         ]),
     ], author="Catalina Fuentes"))])

# c10 old quote forwarded as message/rfc822, declared informational (Saxony -> Italy)
_c10_old = mail(
    MARCO, JENS, "Offerta OB-2022-118 bracci girevoli JA-6000 - accordo quadro",
    "Wed, 09 Nov 2022 16:20:44 +0100",
    T("""
Dear Mr. Pötzsch,

as discussed in Bauma, here our offer for a frame agreement:

Jib arm JA-6000 (6 m outreach, 1 t, slewing 270°), drawing OB-JA-6000 Rev 2
- frame quantity 500 pcs over 2023-2025, call-offs of min. 20 pcs
- price EUR 3.120,00 / pc, steel surcharge on index ESTAT 2022
- lead time 8 weeks from call-off

Offer valid until 31.12.2022.
""") + S(SIG_OB, "Marco Rinaldi", "Ufficio Commerciale Estero", "217"))
case("c10_fwd_old_quote_info", [],
     "Old 2022 quote (500 pcs) forwarded as rfc822 and declared for reference only; current PO "
     "scope complete (conv. 3, 4).",
     [("FW_OB-2022-118.eml", eml_bytes(mail(
         JENS, MARCO, "WG: Offerta OB-2022-118 bracci girevoli JA-6000 - nur zur Info / for reference only",
         "Tue, 16 Apr 2024 09:31:02 +0200",
         T("""
Hallo Herr Rinaldi,

wie am Telefon besprochen schicke ich Ihnen Ihr altes Angebot von 2022 (siehe Anhang), damit Sie
die Preisbasis nachvollziehen können.

Please note: the old offer is for reference only. The 500 pcs frame quantity and the prices
from 2022 are informational; nothing of it is ordered and that frame agreement was never signed.

Current order is PO 4500219077 for two (2) prototype jib arms JA-6000 only. The series
(quantity still open, we are waiting for the 2025 programme) is not released. A series release
comes only in writing from Dr. Uwe Schreiter, Leiter Supply Chain, after the prototype
sign-off by Frau Heinicke (Konstruktion). Please buy material only for the 2 prototypes.
""") + S(SIG_ELBTAL, "Jens Pötzsch", "Strategischer Einkauf", "213"),
         cc=KATRIN, attachments=[("rfc822", _c10_old)])))])

# c11 buyer reply correcting a quoted supplier assumption, two quote levels (Denmark / Korea)
_c11_mette0 = T("""
Dear Park,

PO 7200-1203 is issued for six (6) sample pendant controls PC-10-IP65 only.
The balance of 90 pcs is not released. Rasmus Holm will sign off the samples after the IP65 test,
and the production release comes in writing from Anders Bækgaard, Head of Supply Chain.
Material authority: samples only.

Br Mette
""")
_c11_park = T("""
Dear Mette,

Thank you for PO 7200-1203. Six samples will be ship on 24 April by air.
After your approval of samples we go directly to mass production of 90 pcs to keep the
schedule of hull 1128. Please kindly understand.

Best regards,
Park Ji-hoon
Manager, Overseas Sales Team
""") + "\n-----Original Message-----\nFrom: Mette Kjærgaard\nSent: Monday, April 08, 2024 3:11 PM\n" \
    "Subject: PO 7200-1203 sample pendants\n\n" + quote(_c11_mette0)
case("c11_reply_corrects_quoted", [],
     "Buyer corrects a quoted supplier 'after approval of samples we go directly to mass production'; "
     "scope restated (conv. 3, 9).",
     [("RE_RE_PO_7200-1203_pendants.eml", eml_bytes(mail(
         METTE, PARK, "RE: RE: PO 7200-1203 sample pendants",
         "Wed, 10 Apr 2024 08:47:30 +0200",
         T("""
Hi Park,

No, please don't. The sample sign-off does not release the 90 pcs.

PO 7200-1203 still covers the 6 samples only. The balance of 90 pendants stays on hold until
Rasmus has signed off the samples AND Anders Bækgaard has sent you the written production release.
Without that mail from Anders, nothing beyond the 6 samples, also no material.

I know hull 1128 is tight, if the samples are OK the release can come quickly.
""") + S(SIG_SKAGERAK, "Mette Kjærgaard", "Senior Buyer", "4410") + "\n\n"
         + "From: Park Ji-hoon <jhpark@daesung-cc.co.kr>\nSent: 9. april 2024 02:15\n"
         + "Subject: RE: PO 7200-1203 sample pendants\n\n" + quote(_c11_park),
         cc=RASMUS, in_reply_to="<h176-src-0111@daesung-cc.co.kr>")))])

# c12 WhatsApp: supplier says the deposit does not release production (Indonesia / Henan)
case("c12_whatsapp_deposit_not_release", [],
     "Buyer chat states 2 samples, balance 38 on hold, event and named release person; supplier: "
     "'deposit not release production' (conv. 14).",
     [("WhatsApp_Chat_Amy_ZY_Hoist.txt", T("""
WhatsApp Chat with Amy ZY Hoist

[02/04/24 09.12.41] Budi GSN: Selamat pagi Ms Amy. PO/GSN/2024/0398 already send by email
[02/04/24 09.13.05] Budi GSN: Please make 2 sample only ya, chain hoist CH-2000 (2 ton, 3 m lift)
[02/04/24 09.14.22] Budi GSN: balance 38 unit is hold, not released until QC sign off by Bu Dewi and PO revision signed by Pak Hendra (Ir. Hendra Wijaya, project director)
[02/04/24 09.40.17] Amy ZY Hoist: Good morning Mr Budi, well received 👍
[02/04/24 09.41.02] Amy ZY Hoist: 2 sample CH-2000 we finish in 25 days
[05/04/24 14.02.55] Budi GSN: DP 30% for sample already transfer today, BCA ref 0504-7731
[05/04/24 16.20.10] Amy ZY Hoist: Deposit received thank you 🙏
[05/04/24 16.21.34] Amy ZY Hoist: But just to be clear, deposit not release production. We only make 2 sample hoist, the 38 wait your revised PO
[05/04/24 16.25.48] Budi GSN: yes correct. thanks Ms Amy
[29/04/24 10.03.11] Amy ZY Hoist: <attached: 00000014-PHOTO-2024-04-29-10-03-11.jpg>
[29/04/24 10.03.40] Amy ZY Hoist: 2 sample ready for shipment, load test 2.5 t (125%) done, certificate in email
"""))])

# c13 supplier acknowledgement restating hold and sample-only material (Poland -> Saxony)
case("c13_ack_restates_hold", [],
     "Supplier order acknowledgement that restates 4 samples, balance 56 not released, sample-only "
     "material (conv. 1).",
     [("Potwierdzenie_HM-AB-24-0227.pdf", pdf([
         ("h1", "Potwierdzenie zamowienia / Order acknowledgement"),
         ("p", "Hakmet Sp. z o.o., ul. Toszecka 101, 44-100 Gliwice - AB No. HM-AB-24-0227, 11.04.2024"),
         ("p", "Customer: Elbtal Kranbau GmbH, Riesa - your PO 4500218990 of 09.04.2024"),
         ("table", [
             ["Item", "Part", "Description", "Qty", "Unit price EUR", "Delivery"],
             ["1", "HB-16-2", "Hook block 16 t, 2 sheaves, hook DIN 15401 RSN 16, drawing EK-4402-160 Rev B",
              "4 pcs (samples)", "2.260,00", "wk 20/2024"],
         ]),
         ("sp",),
         ("p", "We confirm your PO as written: four (4) sample hook blocks HB-16-2 only."),
         ("p", "We understand that the balance of 56 pcs from our quote HM-24-0298 is not released and will "
               "not be produced. Material authority: samples only - we buy forgings for 4 pcs, nothing more."),
         ("p", "We will wait for your sample sign-off and for the written production release from "
               "Dr. Uwe Schreiter before any series work."),
         ("p", "Tomasz Wojcik, Kierownik Sprzedazy / Sales Manager"),
     ], title="AB HM-AB-24-0227", author="Hakmet Sp. z o.o."))])

# c14 interim sample sign-off with quantity and date limits (Denmark / Korea)
case("c14_interim_signoff_limits", [],
     "Interim sample sign-off (max 20 pcs, until 30.06.2024), states it releases nothing by itself; "
     "remaining 180 on hold until final sign-off and written release.",
     [("Sample_disposition_SOC-SD-2024-031.docx", docx_bytes([
         ("h1", "Sample disposition SOC-SD-2024-031"),
         ("table", [
             ["Part", "Pendant control PC-10-IP65, drawing DCC-PC10-001 Rev C"],
             ["Supplier", "Daesung Crane Controls Co., Ltd."],
             ["PO", "7200-1197 (6 samples; production quantity 200)"],
             ["Samples", "6 pcs received 02.04.2024"],
         ]),
         ("h", "Disposition: INTERIM"),
         ("p", "Limits: maximum 20 pcs, valid until 30.06.2024."),
         ("p", "Reason: function and drop test passed; IP65 test report to EN 60529 (water jet) still pending "
               "from the test house. Final sign-off when the report is received and reviewed."),
         ("p", "This interim sign-off is a technical disposition only; it does not release production by "
               "itself. A production release of up to 20 pcs within the limits above will be issued in writing "
               "by Anders Bækgaard, Head of Supply Chain, as a separate document."),
         ("p", "The remaining 180 pcs stay on hold until the final sign-off and a further written release by "
               "Anders Bækgaard. Material authority: 20 pcs."),
         ("table", [
             ["Role", "Name", "Date"],
             ["Engineering (sign-off)", "Rasmus Holm", "04.04.2024"],
             ["Purchasing (info)", "Mette Kjærgaard", "04.04.2024"],
         ]),
     ], author="Rasmus Holm"))])

# c15 deviation permit, quantities untouched (Italy -> Saxony)
case("c15_deviation_permit", [],
     "Deviation permit on paint thickness for the 2 prototypes; quantities and release status unchanged.",
     [("DP-2024-007_Abweichung.pdf", pdf([
         ("h1", "Abweichungsgenehmigung / Deviation permit DP-2024-007"),
         ("table", [
             ["Supplier", "Officine Bergamasche Sollevamento S.r.l."],
             ["Customer / PO", "Elbtal Kranbau GmbH / PO 4500219077"],
             ["Part", "Jib arm JA-6000, drawing OB-JA-6000 Rev 3"],
             ["Characteristic", "Dry film thickness, ISO 12944 C4-H"],
             ["Specified", "min. 280 um"],
             ["Actual", "240 - 260 um (topcoat RAL 1007)"],
         ]),
         ("sp",),
         ("p", "Decision: accepted as is for the 2 prototype jib arms only. The prototypes are used for the "
               "fit and slewing test in Riesa, not for delivery to an end customer."),
         ("p", "This permit changes no quantity and no date. The series remains not released; its release "
               "stays with Dr. Uwe Schreiter after the prototype sign-off, as stated in PO 4500219077."),
         ("table", [
             ["", "Name", "Date"],
             ["Requested (supplier)", "Giulia Bonetti, Responsabile Produzione", "18.04.2024"],
             ["Accepted (customer QA)", "Katrin Heinicke, Konstruktion", "19.04.2024"],
         ]),
     ], title="Deviation permit DP-2024-007", author="Elbtal Kranbau GmbH"))])

# c16 Teams chat, go-ahead scoped to the 3 pilot cabins (Denmark / Korea)
case("c16_teams_scoped_goahead", [],
     "Go-ahead scoped to 'the 3 pilot cabins only', balance 9 not released until sign-off and a written "
     "release by the named writer (conv. 7, 8).",
     [("Teams_chat_CAB-OS-22.txt", T("""
Microsoft Teams - chat export
Chat: CAB-OS-22 pilot cabins (Skagerak / Daesung)
Participants: Mette Kjærgaard (Skagerak Offshore Cranes A/S), Park Ji-hoon (Daesung Crane Controls) (External)

[11.04.2024 08:02] Park Ji-hoon (External): Good morning Mette. Steel frame drawing Rev E is updated, we are ready. Can we start?
[11.04.2024 08:15] Mette Kjærgaard: Morning Park. Yes - go ahead with the 3 pilot cabins only (PO 7200-1244).
[11.04.2024 08:16] Mette Kjærgaard: The balance of 9 cabins is not released. Rasmus signs off the pilot cabin after the FAT in Changwon, and after that I send you the release for the 9 in writing. Not before.
[11.04.2024 08:16] Mette Kjærgaard: Material also only for the 3 pilots please.
[11.04.2024 08:31] Park Ji-hoon (External): Understood. 3 pilot cabins only, 9 on hold until your written release. Thank you 🙏
[11.04.2024 08:33] Mette Kjærgaard: 👍
"""))])

# c17 supplier status report restating hold (Korea -> Denmark)
case("c17_status_report_hold", [],
     "Supplier status report: 6 samples shipped, balance 90 on hold / not released, sample-only "
     "material; supplier document, no authorization.",
     [("DCC_status_report_wk16.pdf", pdf([
         ("h1", "Weekly order status - Skagerak Offshore Cranes A/S"),
         ("p", "Daesung Crane Controls Co., Ltd. - report week 16/2024 - prepared by Kim Soo-jin, QA"),
         ("table", [
             ["PO", "Part", "Ordered now", "Built", "Shipped", "Balance", "Status of balance"],
             ["7200-1203", "PC-10-IP65 pendant", "6 (samples)", "6", "6 (24.04)", "90",
              "ON HOLD - not released, wait written release A. Baekgaard"],
             ["7200-1244", "CAB-OS-22 cabin", "3 (pilot)", "1", "0", "9",
              "ON HOLD - not released, wait sign-off R. Holm + written release"],
             ["7200-1188", "RC-868 radio remote", "40 (full qty)", "40", "40", "0", "-"],
         ]),
         ("sp",),
         ("p", "Material: for 7200-1203 and 7200-1244 we hold material for samples / pilots only. "
               "No purchase for the balance quantities until written release from Skagerak."),
         ("p", "Open points: IP65 report (EN 60529) from KTL expected wk 17. FAT pilot cabin planned 07.05."),
     ], title="DCC status wk16", author="Daesung Crane Controls"))])

# c18 supplier portal order book with hold marked (Slovakia, customer Chile)
case("c18_supplier_portal_orderbook", [],
     "Supplier portal order book: released 4 samples, balance 44 marked on hold / not released with "
     "unlock and named releaser.",
     [("orderbook_PuertoAndino.html", html_page("KladkyTech zákaznícky portál – Puerto Andino", """
<h2>KladkyTech s.r.o. · Order book · Customer: Puerto Andino Terminales S.A.</h2>
<p>Stav k / status as of 22.04.2024 06:00 · Account manager: Marek Hudák</p>
<table>
<tr><th>Customer OC</th><th>Our SO</th><th>Part</th><th>Quoted qty</th><th>Released for production</th><th>Built</th><th>Balance</th><th>Balance status</th></tr>
<tr><td>4100-2290</td><td>KT-SO-24-0311</td><td>TW-630-RTG trolley wheel Ø630</td><td>4 + 48</td><td>4 (samples)</td><td>4</td><td>48</td>
<td>ON HOLD – not released. 20 pcs convert on approved sample sign-off (auto-conversion agreement of 05.04.2024, signed P. Valdés); 28 pcs need written release by Patricio Valdés</td></tr>
<tr><td>4100-2301</td><td>KT-SO-24-0340</td><td>TW-400 trolley wheel Ø400</td><td>4 + 44</td><td>4 (samples)</td><td>0</td><td>44</td>
<td>ON HOLD – not released; unlock = sample sign-off + written release by Patricio Valdés</td></tr>
</table>
<p class="note">Material: castings purchased only for released quantities (8 pcs) and within the signed
material authority of OC 4100-2290 (max. 24 pcs). Nothing for balances on hold.</p>
""", lang="sk"))])

# c19 full-quantity OC by mail with PDF, 'proceed with the full quantity' (Chile -> Korea)
_c19_pdf = pdf([
    ("h1", "Orden de Compra / Purchase Order 4100-2329"),
    ("p", "Puerto Andino Terminales S.A. - San Antonio, Chile - fecha 15-04-2024"),
    ("p", "Proveedor: Daesung Crane Controls Co., Ltd., Changwon, Korea"),
    ("table", [
        ["Item", "Codigo", "Descripcion", "Cant.", "P. unit USD", "Total USD"],
        ["10", "PC-8B-48", "Botonera colgante / pendant control 8 btn, 48 VAC, IP65, EN 60204-32, cable 12 m",
         "6", "412,00", "2.472,00"],
        ["20", "RC-433", "Spare receiver 433 MHz for STS-02", "1", "655,00", "655,00"],
    ]),
    ("sp",),
    ("p", "Cantidad total y final. Total and final quantity: six (6) pendant controls and one (1) receiver. "
          "There is no sample lot and no balance."),
    ("p", "Entrega: CIF San Antonio, 8 semanas. Certificados: ISO 9001:2015, CE."),
    ("p", "Compras: Catalina Fuentes"),
], title="OC 4100-2329", author="Puerto Andino Terminales S.A.")
_c19_txt = T("""
Estimado Mr. Park,

adjunto la OC 4100-2329 por las botoneras para la grúa STS-02.

This is the total requirement: six (6) pendant controls PC-8B-48 and one (1) spare receiver.
No samples, no balance, the same model as 2022. Please proceed with the full quantity of six (6)
units and send the order confirmation with ETA.

Gracias!
""") + S(SIG_ANDINO, "Catalina Fuentes", "Jefa de Compras", "4470")
case("c19_full_qty_oc_mail", [],
     "Full-quantity OC (6 + 1, no balance) by mail with PDF; 'proceed with the full quantity of six' "
     "is scoped (conv. 5, 8).",
     [("OC_4100-2329_botoneras.eml", eml_bytes(mail(
         CATALINA, PARK, "OC 4100-2329 botoneras STS-02 / pendant controls",
         "Mon, 15 Apr 2024 11:05:19 -0400", _c19_txt, html=html_from_text(_c19_txt),
         attachments=[("OC_4100-2329.pdf", _c19_pdf, PDF_MT)])))])

# c20 ERP sample PO printout, fully scoped, identifiers (Indonesia -> Poland)
case("c20_erp_sample_po_scoped", [],
     "ERP sample PO: 3 samples, balance 27 not released, QC sign-off + written release by named "
     "director, sample-only material; quantity-like identifiers.",
     [("PO_GSN-2024-0388.txt", T("""
PT GALANGAN SAMUDRA NUSANTARA                              PURCHASE ORDER
BATAM - INDONESIA                                          NO  : PO/GSN/2024/0388
                                                           DATE: 01-04-2024
VENDOR : V-30442  HAKMET SP. Z O.O., GLIWICE, POLAND       REV : 0
PROJECT: NB 1129 (PSV 3000 DWT) - DECK CRANE 10T SWL
======================================================================================
LN ITEM CODE      DESCRIPTION                              QTY  UOM   PRICE EUR   AMOUNT
-- -------------- ---------------------------------------- ---- ----- ----------- ----------
01 HB-10T-2S      HOOK BLOCK 10 T SWL, 2 SHEAVE, HOOK          3 PCS    1.780,00   5.340,00
                  DIN 15401 RSN 10, DRG GSN-HB-1000 REV 3
                  PROOF LOAD 2 x SWL (20 T), BKI CLASS CERT
                  SHACKLE PIN M24, SALT SPRAY 500 H
======================================================================================
TOTAL EUR                                                                  5.340,00

REMARKS:
1. THIS PO IS FOR 3 PCS SAMPLE ONLY.
2. BALANCE 27 PCS (TOTAL PROJECT QTY 30 PCS FOR NB 1129-1131) IS NOT RELEASED.
3. BALANCE WILL BE RELEASED ONLY AFTER QC SIGN-OFF OF SAMPLES (DEWI LESTARI, QC ENGINEER)
   AND WRITTEN RELEASE BY IR. HENDRA WIJAYA, PROJECT DIRECTOR.
4. MATERIAL: SAMPLE ONLY. DO NOT PURCHASE FORGING FOR BALANCE.
5. VENDOR QMS ISO 9001:2015 REQUIRED. MILL CERT EN 10204 3.1.

PREPARED: BUDI SANTOSO          CHECKED: -            SIGNED (PO): IR. HENDRA WIJAYA
PRINTED 01-04-2024 16:44 BY BSANTOSO  PAGE 1/1
"""))])

# c21 written production release with DOCX release record (Denmark -> Slovakia)
_c21_docx = docx_bytes([
    ("h1", "Production release PR-2024-014"),
    ("table", [
        ["Order", "PO 7200-1190, rope sheave SHV-630-22"],
        ["Supplier", "KladkyTech s.r.o., Žilina"],
        ["Quoted production quantity", "120 pcs (basis: firm)"],
        ["Released now", "60 pcs"],
        ["Unlock event", "Sample sign-off 12.04.2024 by Rasmus Holm (approved, ref. SOC-SD-2024-027)"],
        ["Balance on hold", "60 pcs - next call-off"],
        ["Material authority", "60 pcs"],
        ["Released by", "Anders Bækgaard, Head of Supply Chain"],
    ]),
    ("p", "Issued 15.04.2024. This document is the production release; the PO itself and the sample "
          "sign-off do not release anything."),
], author="Anders Bækgaard")
_c21_txt = T("""
Dear Marek,

with this mail I release sixty (60) rope sheaves SHV-630-22 under PO 7200-1190 for production.

- Unlock event: sample sign-off 12.04.2024 by Rasmus Holm (approved).
- The remaining 60 pcs stay on hold until the next call-off.
- Material authority: 60 pcs.

The release record PR-2024-014 is attached.
""") + S(SIG_SKAGERAK, "Anders Bækgaard", "Head of Supply Chain", "4402")
case("c21_release_notice_docx", [],
     "Written production release: 60 of 120 after sample sign-off, balance 60 on hold until next "
     "call-off, named releaser; DOCX record attached.",
     [("PR-2024-014_SHV-630-22.eml", eml_bytes(mail(
         "Anders Bækgaard <abg@skagerak-cranes.dk>", MAREK,
         "Production release PR-2024-014 - PO 7200-1190 SHV-630-22",
         "Mon, 15 Apr 2024 13:20:00 +0200", _c21_txt, html=html_from_text(_c21_txt), cc=METTE,
         attachments=[("PR-2024-014.docx", _c21_docx, DOCX_MT)])))])

# c22 minutes that keep the terms apart (Chile / Slovakia)
case("c22_minutes_terms_apart", [],
     "Minutes keep 'OC issued', 'sample sign-off' and 'production release' apart; 4 samples, balance "
     "44 on hold, event and named releaser.",
     [("Acta_reunion_KladkyTech_2024-04-18.docx", docx_bytes([
         ("h1", "Acta de reunión / Minutes - Puerto Andino / KladkyTech"),
         ("p", "Fecha: 18-04-2024, Teams. Asistentes: Catalina Fuentes, Rodrigo Salinas (Puerto Andino); "
               "Marek Hudák, Zuzana Kováčová (KladkyTech)."),
         ("h", "1. OC 4100-2301 (TW-400 trolley wheels)"),
         ("li", "OC issued 10-04-2024 for 4 sample wheels TW-400. This is the commercial document only."),
         ("li", "Sample sign-off: pending. Rodrigo Salinas will sign off after the runout and hardness check (HB 300-350)."),
         ("li", "Production release: none yet. The balance of 44 wheels is on hold until the sample sign-off "
                "and a written production release by Patricio Valdés, Gerente de Operaciones."),
         ("li", "Material authority: 4 wheels only."),
         ("h", "2. Varios"),
         ("li", "KladkyTech sends the ISO 9001:2015 certificate renewal (valid to 2027)."),
         ("li", "Next meeting 02-05-2024."),
         ("p", "Acta: Catalina Fuentes"),
     ], author="Catalina Fuentes"))])

# c23 buyer portal hold notice (Indonesia / Korea)
case("c23_hold_notice_portal", [],
     "Hold notice: active quantity 2 pilot cabins, balance 10 on hold, QC sign-off + revised PO signed "
     "by named director.",
     [("notice_GSN-2024-0419.html", html_page("Hold notice PO/GSN/2024/0419", """
<h2>GSN e-Procurement · Hold Notice</h2>
<table>
<tr><th>PO</th><td>PO/GSN/2024/0419</td></tr>
<tr><th>Vendor</th><td>Daesung Crane Controls Co., Ltd.</td></tr>
<tr><th>Item</th><td>CAB-D18 operator cabin for 18 t deck crane (hull 1127-1132)</td></tr>
<tr><th>Active quantity</th><td>2 pilot cabins (delivered 15-04-2024)</td></tr>
<tr><th>Balance</th><td>10 cabins – ON HOLD, not released</td></tr>
<tr><th>Unlock</th><td>QC sign-off of the pilot cabins by Dewi Lestari (QC Engineer) <b>and</b> revised PO signed by Ir. Hendra Wijaya (Project Director)</td></tr>
<tr><th>Material authority</th><td>pilot cabins only</td></tr>
</table>
<p class="note">Mohon tidak memulai produksi untuk 10 kabin sisanya. Please do not start the
10 remaining cabins or buy material for them before the revised PO is received.</p>
<p>Issued by: Budi Santoso, Purchasing Officer · 16-04-2024</p>
""", lang="id"))])

# c24 Italian supplier: the deposit does not release the series (quoted reply)
_c24_jens = T("""
Sehr geehrter Herr Rinaldi,

die Anzahlung (30 % auf die Prototypen, EUR 2.910,00) ist heute überwiesen.

Zur Erinnerung: PO 4500219077 umfasst nur zwei (2) Prototyp-Schwenkarme JA-6000. Die Serie
ist nicht freigegeben; Freigabe nur schriftlich durch Dr. Uwe Schreiter nach der
Prototypen-Abnahme durch Frau Heinicke.

Mit freundlichen Grüßen
Jens Pötzsch
""")
_c24_txt = T("""
Dear Mr. Pötzsch,

we received the deposit for the prototypes today, thank you.

To be clear from our side also: the deposit does not release the series. We make only the 2
prototypes JA-6000, we buy the steel only for them, and we wait for the written release from
Dr. Schreiter before anything for the series.

Prototypes are in welding now, painting next week (with the deviation DP-2024-007 for the paint).
""") + S(SIG_OB, "Marco Rinaldi", "Ufficio Commerciale Estero", "217") + "\n\n" \
    + "Il giorno 22/04/2024 10:14, Jens Pötzsch ha scritto:\n" + quote(_c24_jens)
case("c24_deposit_not_release_it", [],
     "Supplier reply: 'the deposit does not release the series'; quoted buyer scope complete (conv. 3, 14).",
     [("Re_PO_4500219077.eml", eml_bytes(mail(
         MARCO, JENS, "Re: Anzahlung PO 4500219077 / deposit",
         "Mon, 22 Apr 2024 17:02:45 +0200", _c24_txt, html=html_from_text(_c24_txt),
         in_reply_to="<h176-src-0124@elbtal-kranbau.de>")))])

# c25 PO + supplier quote; PO declares the quote's series figure informational (Chile -> Poland)
case("c25_po_quote_info", [],
     "PO for 4 samples says the quote's 36 series pcs are for information only and not released; "
     "event and named releaser stated; quote has tiers (conv. 4).",
     [("OC_4100-2312.pdf", pdf([
         ("h1", "Orden de Compra 4100-2312"),
         ("p", "Puerto Andino Terminales S.A. - 09-04-2024 - Proveedor: Hakmet Sp. z o.o., Gliwice (PL)"),
         ("table", [
             ["Item", "Codigo", "Descripcion", "Cant.", "P. unit EUR", "Total EUR"],
             ["10", "HB-40-4", "Hook block 40 t, 4 sheaves, for STS spreader, DIN 15401 RSN 40",
              "4 (muestras)", "4.950,00", "19.800,00"],
         ]),
         ("sp",),
         ("p", "Alcance / scope: esta OC cubre solamente 4 muestras. Your quote Q-HM-24-077 also shows a "
               "series of 36 pcs: that figure is for information only and is NOT released."),
         ("p", "The 36 pcs are released only after the sample sign-off by Rodrigo Salinas (load test 1.25 x WLL "
               "on STS-03) and a written release by Patricio Valdes, Gerente de Operaciones."),
         ("p", "Material: solo para las 4 muestras."),
         ("p", "Compras: Catalina Fuentes"),
     ], title="OC 4100-2312", author="Puerto Andino Terminales S.A.")),
      ("Oferta_Q-HM-24-077.pdf", pdf([
          ("h1", "Oferta / Quotation Q-HM-24-077"),
          ("p", "Hakmet Sp. z o.o., Gliwice - for Puerto Andino Terminales S.A. - 28.03.2024"),
          ("table", [
              ["Item", "Qty", "Unit price EUR", "Lead time"],
              ["HB-40-4 hook block 40 t - samples", "4 pcs", "4.950,00", "6 weeks"],
              ["HB-40-4 hook block 40 t - series", "36 pcs", "4.380,00", "8 weeks from release"],
          ]),
          ("sp",),
          ("p", "Forged hook DIN 15401 RSN 40 from own forge, certificate EN 10204 3.1, proof test 1.25 x WLL."),
          ("p", "Payment 30 days net. Validity 90 days. Tomasz Wojcik, Sales Manager"),
      ], title="Q-HM-24-077", author="Hakmet Sp. z o.o."))])


# ================================================================ POSITIVE (45)

# p01 German sample PO with an unmarked quote table showing the series (Saxony -> Poland)
case("p01_po_quote_table_de", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 4 with a 'quote data' table showing series 60 pcs, unmarked; no hold, no event, "
     "no release person.",
     [("Bestellung_4500218834.pdf", pdf([
         ("h1", "Bestellung / Purchase order 4500218834"),
         ("p", "Elbtal Kranbau GmbH, Industriestraße 14, 01589 Riesa - Datum 03.04.2024"),
         ("p", "Lieferant: Hakmet Sp. z o.o., ul. Toszecka 101, PL-44-100 Gliwice - Lieferantennr. 200431"),
         ("p", "Einkäufer: Jens Pötzsch, Tel. +49 3525 7741-213"),
         ("table", [
             ["Pos", "Material", "Bezeichnung", "Menge", "Preis/ME EUR", "Wert EUR"],
             ["10", "100-4420-20", "Unterflasche HB-20-4, 20 t, 4-strängig, Muster; Zeichnung EK-4420-200 Rev A; "
                                   "Haken DIN 15401 RSN 20", "4 ST", "2.980,00", "11.920,00"],
         ]),
         ("sp",),
         ("h", "Angebotsdaten / quote data (Angebot HM-24-0311 vom 14.03.2024)"),
         ("table", [
             ["", "Menge", "Preis/ME EUR", "Lieferzeit"],
             ["Muster", "4 ST", "2.980,00", "6 Wochen"],
             ["Serie", "60 ST", "2.540,00", "10 Wochen"],
         ]),
         ("sp",),
         ("p", "Bitte liefern Sie die Muster bis KW 19 frei Haus Riesa, mit Werkszeugnis EN 10204 3.1 und "
               "Prüfprotokoll 1,25 x WLL. Auftragsbestätigung bitte innerhalb 3 Arbeitstagen."),
         ("p", "Es gelten unsere Allgemeinen Einkaufsbedingungen, Stand 01/2023."),
     ], title="Bestellung 4500218834", author="Elbtal Kranbau GmbH"))])

# p02 Danish PO mail with the supplier quote attached (6 + 140), release person named only
_p02_quote = pdf([
    ("h1", "Cenova ponuka / Quotation KT-Q-24-118"),
    ("p", "KladkyTech s.r.o., Zilina - for Skagerak Offshore Cranes A/S - 21.03.2024"),
    ("table", [
        ["Pos", "Part", "Description", "Qty", "Unit EUR", "Lead time"],
        ["1", "SHV-560-20", "Rope sheave D560 for 20 mm rope, GS-42CrMo4, groove hardened, sealed bearings 6224-2RS",
         "6 (samples)", "1.310,00", "5 weeks"],
        ["2", "SHV-560-20", "same, series", "140", "1.045,00", "9 weeks"],
    ]),
    ("sp",),
    ("p", "UT to EN 10228-3 class 3, certificate EN 10204 3.1. Prices FCA Zilina. Validity 60 days."),
    ("p", "Marek Hudak, Sales Manager"),
], title="KT-Q-24-118", author="KladkyTech s.r.o.")
_p02_txt = T("""
Hi Marek,

PO 7200-1207 is in the supplier portal now: six (6) sample sheaves SHV-560-20 for the auxiliary
hoist of the OC-2500 crane, as per your quote KT-Q-24-118 (attached).

Please confirm delivery in week 20 to Esbjerg, and send the 3.1 certificates with the goods.

Anders Bækgaard (Head of Supply Chain) is release authority on this project, please keep him in
cc on all release topics.
""") + S(SIG_SKAGERAK, "Mette Kjærgaard", "Senior Buyer", "4410")
case("p02_po_mail_quote_attached", ["RG001", "RG003", "RG004"],
     "Sample PO mail for 6 with the quote (6 + 140 series) attached unmarked; names a release authority "
     "but no hold and no unlock event.",
     [("PO_7200-1207_SHV-560-20.eml", eml_bytes(mail(
         METTE, MAREK, "PO 7200-1207 sample sheaves SHV-560-20", "Tue, 26 Mar 2024 10:12:40 +0100",
         _p02_txt, cc="Anders Bækgaard <abg@skagerak-cranes.dk>",
         attachments=[("KT-Q-24-118.pdf", _p02_quote, PDF_MT)])))])

# p03 Chilean ERP OC printout with the quote's series quantity next to the sample line
case("p03_erp_oc_ref_quote", ["RG001", "RG003", "RG004", "RG005"],
     "ERP OC for 8 sample wheels with 'ref. cotización: muestra 8 / serie 96' unmarked; no hold, event "
     "or release person.",
     [("OC_4100-2318.txt", T("""
PUERTO ANDINO TERMINALES S.A.                      ORDEN DE COMPRA / PURCHASE ORDER
RUT 96.811.240-3                                   OC N°   : 4100-2318
Av. Ramón Barros Luco 1613, San Antonio            Fecha   : 08.04.2024
                                                   Moneda  : EUR
Proveedor: 200871  KladkyTech s.r.o.
           Priemyselná 9, 010 01 Žilina, ESLOVAQUIA
Comprador: Catalina Fuentes   cfuentes@puertoandino.cl
------------------------------------------------------------------------------------------
Item Código        Descripción                                 Cant. UM  P.Unit    Total
---- ------------- ------------------------------------------- ----- -- --------- ---------
0010 TW-630-STS    Rueda de carro / trolley wheel Ø630, doble      8 UN  1.245,00  9.960,00
                   pestaña, 42CrMo4 templado 300-350 HB
                   Plano PAT-MEC-0631 Rev 2 - grúa STS-03
                   Ref. cotización KT-Q-24-102: muestra 8 UN / serie 96 UN
------------------------------------------------------------------------------------------
                                                          Total neto EUR       9.960,00
Entrega    : 6 semanas, FCA Žilina (Incoterms 2020)
Pago       : 60 días fecha factura
Documentos : certificado EN 10204 3.1, informe dureza, packing list
Observación: favor confirmar recepción de la OC y fecha de despacho.
------------------------------------------------------------------------------------------
SAP MM  ME9F  impreso 08.04.2024 12:31  usuario CFUENTES       pág. 1/1
"""))])

# p04 Indonesian buyer portal: pilot cabins with an unmarked project-quantity column
case("p04_portal_project_qty", ["RG001", "RG003", "RG004", "RG005"],
     "Portal PO for 2 pilot cabins with a 'project qty 12' column, unmarked; no hold, event or "
     "release person.",
     [("po_GSN-2024-0431.html", html_page("PO/GSN/2024/0431", """
<h2>GSN e-Procurement · Purchase Order</h2>
<table>
<tr><th>PO No.</th><td>PO/GSN/2024/0431</td><th>Date</th><td>08-04-2024</td></tr>
<tr><th>Vendor</th><td>Daesung Crane Controls Co., Ltd. (V-20117)</td><th>Project</th><td>NB 1133-1138 (AHTS 80 t BP)</td></tr>
<tr><th>Buyer</th><td>Budi Santoso</td><th>Terms</th><td>CIF Batam · 30% DP, 70% after delivery</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Ln</th><th>Item</th><th>Description</th><th>PO Qty</th><th>Project Qty (NB 1133-1138)</th><th>Unit price USD</th><th>Amount USD</th></tr>
<tr><td>1</td><td>CAB-PC25</td><td>Pilot operator cabin for 25 t pedestal crane, A60 insulated, heater + A/C, ISO 12944 C5-M</td><td>2</td><td>12</td><td>41,300.00</td><td>82,600.00</td></tr>
</table>
<p>Mohon dikirim sesuai jadwal / please deliver as per schedule: ETA Batam week 28.<br>
Documents: class certificate BKI, FAT report, painting report (DFT 320 µm).</p>
<p>Created by: bsantoso · Status: ISSUED</p>
""", lang="id"))])

# p05 German order letter (DOCX) with the quote's series price table; release person named only
case("p05_bestellschreiben_series_tbl", ["RG001", "RG003", "RG004"],
     "Order letter for 2 prototype jib arms with a quote table 'Serie 45 pz' unmarked; release "
     "authority named, but no hold and no unlock event.",
     [("Bestellschreiben_4500219102.docx", docx_bytes([
         ("p", "Elbtal Kranbau GmbH · Industriestraße 14 · 01589 Riesa"),
         ("p", "Officine Bergamasche Sollevamento S.r.l., Via dell'Artigianato 22, 24050 Grassobbio (BG)"),
         ("p", "Riesa, 10.04.2024"),
         ("h1", "Bestellung 4500219102 – Prototyp-Schwenkarme JA-4000"),
         ("p", "Sehr geehrter Herr Rinaldi,"),
         ("p", "vielen Dank für Ihr Angebot OB-2024-044. Hiermit bestellen wir zwei (2) Prototyp-Schwenkarme "
               "JA-4000 (Ausladung 4 m, 500 kg, Schwenkbereich 270°) nach Zeichnung OB-JA-4000 Rev 1."),
         ("table", [
             ["Angebot OB-2024-044", "Menge", "Preis EUR/Stk", "Lieferzeit"],
             ["Prototipo JA-4000", "2 pz", "4.850,00", "6 settimane"],
             ["Serie JA-4000", "45 pz", "3.960,00", "8 settimane"],
         ]),
         ("p", "Liefertermin Prototypen: KW 22, frei Haus Riesa. Beschichtung RAL 1007, ISO 12944 C4-H."),
         ("p", "Release authority für dieses Projekt: Dr. Uwe Schreiter, Leiter Supply Chain."),
         ("p", "Bitte bestätigen Sie uns die Bestellung."),
         ("p", "Mit freundlichen Grüßen"),
         ("p", "Jens Pötzsch, Strategischer Einkauf"),
     ], author="Jens Pötzsch"))])

# p06 X12 850 for 6 sample pendants with a program quantity message (Denmark -> Korea)
case("p06_x12_850_program_qty", ["RG001", "RG003", "RG004", "RG005"],
     "EDI 850 for 6 sample pendants with 'program qty 200 EA incl samples' in MSG, unmarked; no hold, "
     "event or release person.",
     [("X12_850_7200-1215.txt", T("""
DCC EDI GATEWAY - INBOUND 850 - received 2024-04-11 15:02:17 KST - status: TRANSLATED OK
------------------------------------------------------------------------------------------
ISA*00*          *00*          *ZZ*SKAGERAKOC     *ZZ*DAESUNGCC      *240411*0802*U*00401*000004471*0*P*>~
GS*PO*SKAGERAKOC*DAESUNGCC*20240411*0802*4471*X*004010~
ST*850*0001~
BEG*00*SA*7200-1215**20240411~
CUR*BY*EUR~
REF*VN*DCC-Q-2291~
PER*BD*METTE KJAERGAARD*EM*MKJ@SKAGERAK-CRANES.DK~
DTM*002*20240517~
N1*BY*SKAGERAK OFFSHORE CRANES A/S*92*5790002214406~
N1*ST*SKAGERAK OFFSHORE CRANES A/S - WAREHOUSE 2*92*5790002214413~
N3*TARPHAGEVEJ 31~
N4*ESBJERG V**6710*DK~
MSG*PENDANT CONTROL PC-10 SAMPLE LOT FOR OC-5000 CRANE~
MSG*QUOTE DCC-Q-2291 PROGRAM QTY 200 EA INCL SAMPLES~
PO1*1*6*EA*412.00*PE*BP*PC-10-IP65*VP*DCC-PC10~
PID*F****PENDANT CONTROL 10 BTN 2-STEP IP65 EN 60204-32 E-STOP~
REF*DR*DCC-PC10-001 REV C~
SCH*6*EA***002*20240517~
CTT*1*6~
SE*20*0001~
GE*1*4471~
IEA*1*000004471~
------------------------------------------------------------------------------------------
SUMMARY  PO 7200-1215  line 1  PC-10-IP65  6 EA  EUR 412.00  ship by 2024-05-17
"""))])

# p07 Teams: go-ahead for 3 trial sheaves, nothing about the rest (Denmark / Slovakia)
case("p07_teams_trial_sheaves", ["RG003", "RG004", "RG005"],
     "Go-ahead scoped to 3 trial sheaves, but nothing says the rest is not released, no event, no "
     "release person.",
     [("Teams_chat_KB-3000_sheaves.txt", T("""
Microsoft Teams - chat export
Chat: KB-3000 knuckle boom - sheaves
Participants: Mette Kjærgaard, Rasmus Holm (Skagerak Offshore Cranes A/S), Marek Hudák (KladkyTech) (External)

[03.04.2024 13:40] Marek Hudák (External): Hello Mette, hello Rasmus, for the new KB-3000 knuckle boom, do we start with trial pieces of the SHV-710-24 like last project?
[03.04.2024 13:52] Rasmus Holm: Hi Marek, yes, drawing SOC-22-4710 Rev A is final from engineering side. Mette?
[03.04.2024 14:05] Mette Kjærgaard: Hi Marek, pls go ahead with 3 trial sheaves SHV-710-24 for the test rig. PO 7200-1249 follows tomorrow.
[03.04.2024 14:07] Marek Hudák (External): ok 3 pcs, we start Monday, castings from our stock. Delivery in 4 weeks 👍
[03.04.2024 14:08] Mette Kjærgaard: perfect, thx
"""))])

# p08 German buyer mail: balance on hold "until further notice", release person named (Saxony -> Henan)
_p08_txt = T("""
Dear Mr. Li,

please find attached our PO 4500219015 for two (2) sample chain hoists CH-1000 according to your
quotation ZY-Q240318 (drawing EK-5520-010 Rev B). The hook cover tooling (EUR 2.400,00) is included.

The remaining 78 pcs from your quotation are not released and stay on hold until further notice.
Only Dr. Uwe Schreiter, Leiter Supply Chain, may release them, in writing. Please buy material only
for the 2 samples.

Delivery of the samples: DHL express to Riesa, latest 17.05.2024.
""") + S(SIG_ELBTAL, "Jens Pötzsch", "Strategischer Einkauf", "213")
case("p08_hold_until_further_notice", ["RG004"],
     "Sample PO mail: 2 samples, remaining 78 on hold 'until further notice', named release person; no "
     "unlock event (conv. 6).",
     [("PO_4500219015_CH-1000.eml", eml_bytes(mail(
         JENS, KEVIN, "PO 4500219015 - 2 sample chain hoists CH-1000", "Fri, 12 Apr 2024 08:55:10 +0200",
         _p08_txt, html=html_from_text(_p08_txt))))])

# p10 Indonesian ERP PO: release "from purchasing dept" (Indonesia -> Poland)
case("p10_erp_release_dept", ["RG005"],
     "ERP sample PO: 3 samples, balance 21 not released until QC sign-off and written release 'from "
     "purchasing dept'; no named release person (conv. 7).",
     [("PO_GSN-2024-0405.txt", T("""
PT GALANGAN SAMUDRA NUSANTARA                              PURCHASE ORDER
BATAM - INDONESIA                                          NO  : PO/GSN/2024/0405
                                                           DATE: 05-04-2024
VENDOR : V-30442  HAKMET SP. Z O.O., GLIWICE, POLAND       REV : 0
PROJECT: NB 1133 (AHTS) - PROVISION CRANE 16T SWL
======================================================================================
LN ITEM CODE      DESCRIPTION                              QTY  UOM   PRICE EUR   AMOUNT
-- -------------- ---------------------------------------- ---- ----- ----------- ----------
01 HB-16T-2S      HOOK BLOCK 16 T SWL, 2 SHEAVE, SWIVEL        3 PCS    2.140,00   6.420,00
                  HOOK DIN 15401 RSN 16, DRG GSN-HB-1600 REV 1
                  PROOF LOAD 2 x SWL, BKI CLASS CERT
======================================================================================
TOTAL EUR                                                                  6.420,00

REMARKS:
1. SAMPLE ORDER: 3 PCS.
2. BALANCE 21 PCS NOT RELEASED UNTIL QC SIGN-OFF OF SAMPLES AND WRITTEN RELEASE FROM
   PURCHASING DEPT.
3. MATERIAL FOR SAMPLE ONLY.
4. PLEASE SEND ORDER CONFIRMATION WITHIN 3 DAYS.

PREPARED: BUDI SANTOSO          SIGNED (PO): WF-L2 (SYSTEM)
PRINTED 05-04-2024 10:12 BY BSANTOSO  PAGE 1/1
"""))])

# p12 Chilean buyer reply: 'only the sample wheels', no number, release by an unnamed area
_p12_marek = T("""
Dear Catalina,

thank you for OC 4100-2335. Line 10 says only "ruedas de muestra según cotización KT-Q-24-140".
Please confirm what we should produce now, so our planning makes the correct work order.

Best regards
Marek Hudák
KladkyTech s.r.o.
""")
_p12_txt = T("""
Hola Marek,

la OC 4100-2335 cubre solamente las ruedas de muestra según la cotización, nada más.

The balance is not released until the sample approval by our engineering area (Ingeniería de
Mantención) and a revised OC. Please no material for the balance.

Gracias y saludos
""") + S(SIG_ANDINO, "Catalina Fuentes", "Jefa de Compras", "4470") + "\n\n" \
    + "El mié, 17 abr 2024 a las 09:22, Marek Hudák <hudak@kladkytech.sk> escribió:\n" + quote(_p12_marek)
case("p12_reply_no_qty_unnamed_area", ["RG005", "RG010"],
     "Buyer reply authorizes 'the sample wheels per the quote' without a number; balance on hold until "
     "sample approval by an unnamed engineering area and a revised OC.",
     [("RE_OC_4100-2335.eml", eml_bytes(mail(
         CATALINA, MAREK, "RE: OC 4100-2335 ruedas TW-500", "Wed, 17 Apr 2024 12:40:03 -0400", _p12_txt,
         in_reply_to="<h176-src-0212@kladkytech.sk>")))])

# p13 German supplier-portal call-off: rest blocked "bis auf Weiteres", nobody named
case("p13_portal_calloff_blocked", ["RG004", "RG005"],
     "Portal call-off releases 12, rest 36 'gesperrt bis auf Weiteres' (until further notice); no "
     "unlock event, no named release person.",
     [("abruf_RV-2024-07_Nr12.html", html_page("Lieferantenportal Elbtal Kranbau – Abruf", """
<h2>Elbtal Kranbau GmbH · Lieferantenportal</h2>
<p>Lieferant: <b>KladkyTech s.r.o.</b> (200512) · angemeldet: hudak@kladkytech.sk</p>
<h3>Abruf Nr. 12 zu Rahmenvertrag RV-2024-07</h3>
<table>
<tr><th>Material</th><th>Bezeichnung</th><th>Rahmenmenge</th><th>Abgerufen (dieser Abruf)</th><th>Liefertermin</th></tr>
<tr><td>110-2205-18</td><td>Seilrolle SR-500-18, Ø500 für Seil 18 mm, Zeichnung EK-2205-500 Rev D</td><td>48 ST</td><td>12 ST</td><td>KW 24/2024</td></tr>
</table>
<div class="note">Dieser Abruf gibt 12 ST zur Fertigung frei. Restmenge 36 ST: gesperrt bis auf Weiteres
(balance 36 pcs blocked until further notice). Bitte keine Fertigung und kein Material für die Restmenge.</div>
<p>Erstellt: Einkauf, 16.04.2024 · Bestätigung durch Lieferant: <i>offen</i></p>
""", lang="de"))])

# p14 Indonesian mail saved as text: 'the sample' without a number
case("p14_mail_sample_no_qty", ["RG010"],
     "Buyer mail asks to produce 'the sample of chain hoist' per quotation without a number; hold, "
     "event and named persons are present.",
     [("Email_sample_CH-2500.txt", T("""
From: Budi Santoso <budi.santoso@galangan-sn.co.id>
To: Amy Zhang <amy.zhang@zy-hoist.cn>
Cc: Dewi Lestari <dewi.lestari@galangan-sn.co.id>
Date: Tue, 16 Apr 2024 15:27:44 +0700
Subject: PO/GSN/2024/0426 - sample chain hoist CH-2500

Dear Ms Amy,

Good afternoon. Refer to your quotation ZY-Q240402 and our PO/GSN/2024/0426, please produce the
sample of chain hoist CH-2500 (2.5 ton, 6 m lift, 380 V 50 Hz, IP55) as per your quotation.

For the balance quantity, it is not released until QC sign-off by Ibu Dewi Lestari (QC Engineer)
and PO revision signed by Ir. Hendra Wijaya (Project Director). Please do not purchase material
for balance.

Kindly send us the production schedule for the sample and the test certificate format.

Thank you and best regards,
Budi Santoso
Purchasing Officer
PT Galangan Samudra Nusantara
Batam, Indonesia
"""))])

# p15 German mail to Korea: prototype cabins 'as per offer', no number
_p15_txt = T("""
Dear Mr. Park,

thank you for your offer DCC-Q-24-077. With our PO 4500219121 please build the prototype cabins
as per your offer (option B, with A/C unit and FOPS roof, ISO 3449).

The series is not released. A series release comes only in writing from Dr. Uwe Schreiter,
Leiter Supply Chain, after the sample sign-off of the prototypes by Frau Katrin Heinicke
(Konstruktion) in Riesa.

Please send the steel structure drawing for our check before welding.
""") + S(SIG_ELBTAL, "Jens Pötzsch", "Strategischer Einkauf", "213")
case("p15_prototype_cabins_no_qty", ["RG010"],
     "Buyer mail: 'build the prototype cabins as per your offer' with no quantity; hold, event and "
     "named releaser present.",
     [("PO_4500219121_cabins.eml", eml_bytes(mail(
         JENS, PARK, "PO 4500219121 prototype cabins LK-250", "Thu, 18 Apr 2024 10:03:27 +0200",
         _p15_txt, html=html_from_text(_p15_txt), cc=KATRIN)))])

# p16 Danish release letter: 'the first lot' without a quantity
case("p16_release_first_lot", ["RG010"],
     "Written release of 'the first lot' per a schedule not in the bundle; event, hold and named "
     "releaser present, active quantity missing.",
     [("SOC_letter_7200-1221.pdf", pdf([
         ("h1", "Production release - PO 7200-1221"),
         ("p", "Skagerak Offshore Cranes A/S, Esbjerg - to Hakmet Sp. z o.o., Gliwice - 25.03.2024"),
         ("table", [
             ["PO", "7200-1221"],
             ["Part", "Hook block HB-50-6, 50 t SWL, 6 sheaves, for offshore crane OC-5000"],
             ["Drawing", "SOC-50-1100 Rev D"],
             ["Standards", "EN 13852-1, DNV-ST-0378, proof load 2 x SWL = 100 t"],
             ["Sample sign-off", "22.03.2024, Rasmus Holm (approved)"],
         ]),
         ("sp",),
         ("p", "Following the sample sign-off of 22.03.2024 we hereby release the first lot of hook blocks "
               "HB-50-6 for production, as per the delivery plan we discussed in Gliwice on 19.03.2024."),
         ("p", "All further lots remain on hold until the next call-off."),
         ("p", "Released by: Anders Bækgaard, Head of Supply Chain"),
     ], title="Production release 7200-1221", author="Skagerak Offshore Cranes A/S"))])

# p16b Teams: 'start the sample pendants', no number; rest on hold until further notice
case("p16b_teams_samples_no_qty", ["RG004", "RG010"],
     "Buyer chat: 'start the sample pendants' without a number; rest on hold 'until further notice', "
     "writer will release it herself (named); no unlock event.",
     [("Teams_chat_PC-6-EX.txt", T("""
Microsoft Teams - chat export
Chat: PC-6-EX pendants
Participants: Mette Kjærgaard (Skagerak Offshore Cranes A/S), Kim Soo-jin (Daesung Crane Controls) (External)

[15.04.2024 09:10] Mette Kjærgaard: Hi Soo-jin, you can start the sample pendants PC-6-EX now, PO 7200-1230 is in the system.
[15.04.2024 09:11] Mette Kjærgaard: The rest of the pendant order stays on hold until further notice, I will release it myself when we are ready.
[15.04.2024 09:30] Kim Soo-jin (External): Thank you Mette. How many sample pcs please? PO line say "samples per quote".
[15.04.2024 09:41] Mette Kjærgaard: Same as for the PC-10 last time, Rasmus will tell you the details 🙂
[15.04.2024 09:42] Kim Soo-jin (External): OK I will check with Mr Holm. Thank you!
"""))])

# p17 thread: an unscoped "Approved, go ahead" to a drawing question; the quoted PO note is complete
_p17_mette0 = T("""
Dear Park,

PO 7200-1236 covers six (6) sample pendants PC-6-EX (ATEX zone 1) only.
The balance of 114 pcs is not released until Rasmus Holm signs off the samples and Anders Bækgaard
issues a written production release. Material authority: samples only.

Br Mette
""")
_p17_park = T("""
Dear Mette,

Attached Rev D of drawing DCC-PC6EX-001. Change: cable gland M25x1.5 (Ex e) instead of M20x1.5,
because the 7-core cable 1.5 mm2 does not fit. Is it OK for you?

Best regards,
Park Ji-hoon
""") + "\n> On 2 Apr 2024, at 11:02, Mette Kjærgaard wrote:\n" + quote(_p17_mette0)
case("p17_thread_approved_go_ahead", ["RG002"],
     "Buyer answers a drawing question with 'Approved, go ahead' naming neither samples nor a "
     "quantity; the quoted PO note carries the scope (conv. 3, 8).",
     [("RE_PC-6-EX_drawing_RevD.eml", eml_bytes(mail(
         METTE, PARK, "RE: PC-6-EX drawing Rev D / cable gland", "Tue, 09 Apr 2024 16:44:12 +0200",
         T("""
Hi Park,

Rev D is fine, Rasmus checked it. Approved, go ahead.
""") + S(SIG_SKAGERAK, "Mette Kjærgaard", "Senior Buyer", "4410") + "\n\n"
         + "From: Park Ji-hoon <jhpark@daesung-cc.co.kr>\nSent: 9. april 2024 07:30\n"
         + "To: Mette Kjærgaard\nSubject: PC-6-EX drawing Rev D / cable gland\n\n" + quote(_p17_park),
         cc=RASMUS, in_reply_to="<h176-src-0317@daesung-cc.co.kr>")))])

# p18 WhatsApp group: 'dale, green light' and the supplier rolls into the 40 (Chile / Henan)
case("p18_whatsapp_green_light_40", ["RG002", "RG007"],
     "Buyer engineer's 'dale, green light' on sample photos is unscoped; supplier reads it as start of "
     "the 40 production hoists, nobody corrects.",
     [("WhatsApp_Chat_PAT_ZY_tecles.txt", T("""
WhatsApp Chat with PAT - ZY Hoist tecles

08/04/24, 10:14 - Catalina Fuentes: Hola Kevin, OC 4100-2342 enviada por correo 📄
08/04/24, 10:15 - Catalina Fuentes: Es solo para 2 tecles de muestra CH-2000 (2 sample chain hoists). Las otras 40 unidades NO están liberadas hasta que Patricio Valdés firme la liberación escrita después de la prueba de carga en el taller
08/04/24, 10:31 - Kevin Li: Dear Catalina, well received, thank you! 2 samples in 25 days
08/04/24, 10:32 - Catalina Fuentes: 👍
30/04/24, 21:05 - Kevin Li: <Multimedia omitido>
30/04/24, 21:05 - Kevin Li: <Multimedia omitido>
30/04/24, 21:06 - Kevin Li: Dear Rodrigo, 2 samples finished, load test 2.5 t done, photos and video of test
30/04/24, 21:40 - Rodrigo Salinas: se ven bien 👍 dale, green light
30/04/24, 21:41 - Kevin Li: Thank you Mr. Rodrigo!! So we start production of the 40 pcs now, finish before 20 May 💪
30/04/24, 21:43 - Rodrigo Salinas: 👌
"""))])

# p19 WeChat: 'good to run' after sample photos; supplier reads it narrowly (Saxony / Henan)
case("p19_wechat_good_to_run", ["RG002"],
     "Buyer's 'looks good. good to run' on sample photos names no quantity or sample scope; earlier "
     "chat states scope, so only the approval wording is at risk.",
     [("WeChat_Amy_Zhang_export.txt", T("""
WeChat chat history export - Amy Zhang (Henan Zhongyuan Hoist) / Jens Pötzsch
Exported 2024-04-25

2024-04-02 09:18  Jens Pötzsch
Hello Amy, PO 4500219044 is sent by mail. It is for 2 sample hoists CH-500 only.
The other 48 pcs are not released until sample sign-off by Katrin Heinicke and written release by Dr. Uwe Schreiter.

2024-04-02 09:47  Amy Zhang
Dear Jens, received, thank you. 2 samples CH-500 (500 kg, 2 falls) we arrange.

2024-04-24 15:02  Amy Zhang
[Image]
2024-04-24 15:02  Amy Zhang
[Image]
2024-04-24 15:03  Amy Zhang
Dear Jens, 2 samples are finished, painting RAL 1007 and name plate done as your drawing EK-5520-005 Rev A. Can we continue?

2024-04-24 16:20  Jens Pötzsch
looks good. good to run 👍

2024-04-24 16:31  Amy Zhang
OK thank you! We pack the 2 samples and send by DHL tomorrow, tracking number I send you.
"""))])

# p20 FAI report with an unscoped customer disposition and a supplier note rolling into series
case("p20_fai_approved_proceed", ["RG002", "RG007"],
     "FAI report: customer disposition 'APPROVED - proceed' (unscoped); supplier note says serial "
     "production of the remaining 33 starts on that disposition.",
     [("FAI_HM-24-052.pdf", pdf([
         ("h1", "First Article Inspection Report FAI-HM-24-052"),
         ("p", "Hakmet Sp. z o.o., Gliwice - Customer: PT Galangan Samudra Nusantara, Batam"),
         ("table", [
             ["Customer PO", "PO/GSN/2024/0396"],
             ["PO scope (customer text)", "3 pcs sample only. Balance 33 pcs not released until QC sign-off by "
                                          "Dewi Lestari and written release by Ir. Hendra Wijaya."],
             ["Part", "Hook block HB-25T-4S, 25 t SWL, 4 sheaves, drawing GSN-HB-2500 Rev 2"],
             ["Samples", "3 pcs, serial no. 24-0521 / 0522 / 0523"],
         ]),
         ("sp",),
         ("h", "Results"),
         ("table", [
             ["No.", "Characteristic", "Nominal", "Tolerance", "Measured (3 pcs)", "Result"],
             ["1", "Hook throat opening", "106 mm", "+/- 2", "105.8 / 106.1 / 106.4", "OK"],
             ["2", "Shank thread", "M56x4", "6g", "GO / NOGO ok", "OK"],
             ["3", "Sheave pitch diameter", "500 mm", "+/- 1", "499.6 / 500.2 / 500.1", "OK"],
             ["4", "Proof load 2 x SWL", "50 t / 10 min", "no deformation", "ok", "OK"],
             ["5", "MT test hook (EN ISO 17638)", "no indication", "-", "none", "OK"],
         ]),
         ("sp",),
         ("h", "Customer disposition"),
         ("p", "APPROVED - proceed.   D. Lestari (QC Engineer, PT GSN), 15.04.2024"),
         ("h", "Supplier note"),
         ("p", "According to the customer disposition above, serial production of the remaining 33 pcs "
               "(PO/GSN/2024/0396) starts in week 17. Planned completion week 24."),
         ("p", "Prepared: Agnieszka Nowak, Production Planning / QC"),
     ], title="FAI-HM-24-052", author="Hakmet Sp. z o.o."))])

# p21 minutes: 'approved' for budget and for samples, and an unscoped green light (Indonesia / Italy)
case("p21_minutes_all_approved", ["RG002", "RG009"],
     "Minutes use 'approved' for the PO budget and for the sample, then 'everything approved, green "
     "light' to the supplier, unscoped; hold and releaser stated.",
     [("MoM_GSN_OB_2024-04-10.docx", docx_bytes([
         ("h1", "Minutes of Meeting – Workshop jib cranes JA-4000"),
         ("p", "Date: 10-04-2024, video call. Attendees: Budi Santoso, Dewi Lestari (PT GSN); "
               "Marco Rinaldi, Giulia Bonetti (Officine Bergamasche Sollevamento)."),
         ("num", "PO/GSN/2024/0402 (1 sample jib arm JA-4000, 4 m, 500 kg) was approved in the system by "
                 "Ir. Hendra Wijaya (budget approval)."),
         ("num", "Sample jib arm: approved by QC (Dewi Lestari). Dimension report OB-DR-24-031 ok, "
                 "load test 1.25 x 500 kg ok."),
         ("num", "The balance of 7 jib arms is not released until a written release from Ir. Hendra Wijaya "
                 "after the sample sign-off."),
         ("num", "Mr Budi to Officine Bergamasche: everything is approved, green light from our side."),
         ("num", "Action: Officine Bergamasche to confirm delivery date to Batam (Mr Marco)."),
         ("p", "Minutes by: Budi Santoso"),
     ], author="Budi Santoso"))])

# p23 supplier status in a quoted thread: forgings ordered for all 50 (Poland -> Saxony)
_p23_jens = T("""
Sehr geehrte Frau Nowak,

PO 4500219063 covers five (5) sample hook blocks HB-12-2 only. The balance of 45 pcs is not
released; written release only by Dr. Uwe Schreiter after the sample sign-off by Frau Heinicke.
Material authority: samples only.

Mit freundlichen Grüßen
Jens Pötzsch
""")
_p23_txt = T("""
Dear Mr. Pötzsch,

short status for PO 4500219063:

- 5 samples HB-12-2 are in machining, assembly week 18, proof test 1.25 x WLL week 19.
- Delivery of samples to Riesa planned 10.05.2024.
- To keep the lead time for the series we have already ordered the forgings 34CrNiMo6 for all
  fifty (50) hook blocks from our forge partner in Stalowa Wola, delivery week 21.

Certificates EN 10204 3.1 will follow with the samples.
""") + S(SIG_HAKMET, "Agnieszka Nowak", "Planowanie produkcji / Production Planning", "412") + "\n\n" \
    + "W dniu 04.04.2024 o 13:55, Jens Pötzsch pisze:\n" + quote(_p23_jens)
case("p23_status_forgings_all_50", ["RG006"],
     "Supplier status under the quoted buyer scope (5 samples, sample-only material): forgings "
     "already ordered for all 50.",
     [("RE_PO_4500219063_status.eml", eml_bytes(mail(
         AGNIESZKA, JENS, "RE: PO 4500219063 HB-12-2 - status", "Wed, 24 Apr 2024 14:18:09 +0200",
         _p23_txt, cc=TOMASZ, in_reply_to="<h176-src-0323@elbtal-kranbau.de>")))])

# p24 supplier status report: forgings bought for the full quantity (Slovakia -> Chile)
case("p24_status_material_full", ["RG006"],
     "Supplier status report: 8 samples released, forgings purchased for all 96; no material "
     "authority.",
     [("KT_sprava_OC_4100-2350.pdf", pdf([
         ("h1", "Sprava o stave zakazky / Order status report"),
         ("p", "KladkyTech s.r.o., Zilina - customer: Puerto Andino Terminales S.A. - 19.04.2024"),
         ("table", [
             ["Customer OC", "Part", "Released (samples)", "Machined", "Quoted series", "Forgings ordered"],
             ["4100-2350", "TW-500 trolley wheel D500, 42CrMo4", "8", "8", "88", "96"],
         ]),
         ("sp",),
         ("p", "Samples: 8 pcs machined, hardening at Kovohuty on 23.04, shipment planned 30.04.2024."),
         ("p", "Material: because the forge in Podbrezova has 14 weeks lead time, we purchased the forgings for "
               "the complete quantity (8 + 88 = 96 pcs) already now. Forgings are in our stock from week 18."),
         ("p", "Zuzana Kovacova, Quality / Marek Hudak, Sales"),
     ], title="Order status 4100-2350", author="KladkyTech s.r.o."))])

# p26 minutes: supplier bought material for all 12 cabins and will start series after FAI approval
case("p26_minutes_material_autostart", ["RG006", "RG007"],
     "Supplier-visit minutes: material for all 12 cabins bought while 2 pilots released; supplier "
     "plans series start right after FAI approval; not corrected.",
     [("Minutes_supplier_visit_Changwon.docx", docx_bytes([
         ("h1", "Minutes – supplier visit Daesung Crane Controls, Changwon, 03.04.2024"),
         ("p", "Attendees: Rasmus Holm (Skagerak), Park Ji-hoon, Lee Dong-hyun (Daesung)."),
         ("h", "1. Status CAB-OS-30 (cabin for 30 t knuckle boom crane)"),
         ("li", "PO 7200-1241 covers 2 pilot cabins only. Balance of 10 cabins not released until FAI sign-off "
                "by Rasmus Holm and written release by Anders Bækgaard."),
         ("li", "Pilot cabin 1: steel frame welded, glazing next week. Pilot cabin 2: frame in jig."),
         ("li", "Daesung informed that steel sheet S355 and laminated safety glass for all 12 cabins were "
                "already purchased, to hold the yard schedule."),
         ("li", "Daesung plans to start the 10 series cabins immediately after Skagerak's FAI approval, as "
                "pilot and series use the same jig."),
         ("h", "2. Open points"),
         ("li", "Noise test < 70 dB(A) (EN ISO 11201) to be witnessed at FAT."),
         ("li", "Wiper motor 24 VDC – Daesung to send datasheet."),
         ("p", "Minutes: Rasmus Holm, 04.04.2024"),
     ], author="Rasmus Holm"))])

# p28 supplier reply: deposit received, so material bought for all 36 and production started
_p28_cat = T("""
Estimado Kevin,

adjunto comprobante: transferimos el anticipo del 30% de la OC 4100-2361 (2 muestras CH-3000).
Recuerda: la OC es solo para las 2 muestras. The 36 hoists are not released until Patricio Valdés
releases them in writing after the load test.

Saludos,
Catalina
""")
_p28_txt = T("""
Dear Catalina,

we have received your 30% deposit, thank you very much! (copy of bank slip attached)

As deposit received, we have bought the motors, chain G80 and gearboxes for all 36 hoists
CH-3000 and production is started, so we can ship all together with the 2 samples in June.
""") + S(SIG_ZY, "Kevin Li", "Sales Manager, Export Department", "2206") + "\n\n" \
    + "From: Catalina Fuentes\nSent: Tuesday, April 16, 2024 22:10\n" \
    + "Subject: OC 4100-2361 anticipo / deposit\n\n" + quote(_p28_cat)
_p28_mt103 = T("""
MT103 SINGLE CUSTOMER CREDIT TRANSFER - COPY FOR BENEFICIARY
:20:  PAT240416-0087
:23B: CRED
:32A: 240416USD3717,60
:50K: /001992004471
      PUERTO ANDINO TERMINALES S.A.
      SAN ANTONIO CHILE
:57A: BKCHCNBJ530
:59:  /41050188360800002214
      HENAN ZHONGYUAN HOIST MACHINERY CO LTD
      CHANGYUAN HENAN CHINA
:70:  OC 4100-2361 ANTICIPO 30 PCT
:71A: SHA
""")
case("p28_deposit_material_all_36", ["RG006", "RG012"],
     "Supplier: deposit received, so material bought for all 36 and production started, against the "
     "quoted 2-sample scope.",
     [("RE_OC_4100-2361.eml", eml_bytes(mail(
         KEVIN, CATALINA, "RE: OC 4100-2361 anticipo / deposit", "Wed, 17 Apr 2024 09:12:55 +0800", _p28_txt,
         in_reply_to="<h176-src-0328@puertoandino.cl>",
         attachments=[("MT103_PAT240416-0087.txt", _p28_mt103, "text/plain")])))])

# p29 WhatsApp: supplier cut blanks for all 140 and will roll into series after the sample OK
case("p29_whatsapp_blanks_all_140", ["RG006", "RG007"],
     "Supplier chat: blanks already cut for all 140 series sheaves, 'after your sample OK we go "
     "straight to series'; buyer engineer does not object.",
     [("WhatsApp_Chat_Marek_KladkyTech.txt", T("""
WhatsApp Chat with Marek KladkyTech

[22.04.24, 11:02:13] Marek KladkyTech: Hi Rasmus, 6 sample sheaves SHV-900-32 go to DHL today 👍
[22.04.24, 11:02:40] Marek KladkyTech: hardness 320-340 HB in groove, UT ok, protocol in the box
[22.04.24, 11:04:05] Marek KladkyTech: btw we already cut the blanks for all 140 serial sheaves, so after your sample OK we go straight to series, no waiting 😉
[22.04.24, 11:31:47] Rasmus Holm: ok thx, I check them next week when they arrive
[22.04.24, 11:32:02] Marek KladkyTech: 👍
"""))])

# p30 buyer contradicts her own written-release requirement in a quoted thread (Chile -> Slovakia)
_p30_cat0 = T("""
Marek,

OC 4100-2370: 4 sample wheels TW-800 (STS trolley, Ø800). The balance of 32 wheels is not
released; it needs a written release by Patricio Valdés after the sample sign-off by Rodrigo
Salinas.

Saludos
Catalina
""")
_p30_txt = T("""
Hola Marek,

para ganar tiempo: once Rodrigo approves the samples, just continue with the 32 wheels, no need
to wait for papers from Patricio. He is travelling until June anyway.

Saludos
""") + S(SIG_ANDINO, "Catalina Fuentes", "Jefa de Compras", "4470") + "\n\n" \
    + "De: Catalina Fuentes\nEnviado el: lunes, 8 de abril de 2024 16:20\nPara: Marek Hudák\n" \
    + "Asunto: OC 4100-2370 TW-800\n\n" + quote(_p30_cat0)
case("p30_buyer_skip_written_release", ["RG007"],
     "Buyer overrides her own written-release requirement: 'once Rodrigo approves the samples, just "
     "continue with the 32 wheels' (conv. 9).",
     [("RE_OC_4100-2370_TW-800.eml", eml_bytes(mail(
         CATALINA, MAREK, "RE: OC 4100-2370 TW-800", "Thu, 25 Apr 2024 18:05:31 -0400", _p30_txt,
         cc=RODRIGO, in_reply_to="<h176-src-0330@puertoandino.cl>")))])

# p33 forecast sent as "firm order" (Indonesia -> Korea)
_p33_txt = T("""
Dear Mr Park,

Good day. Herewith our forecast for year 2025 for the deck crane cabins CAB-D18, for new
building hull NB 1139 until NB 1150:

  Q1 2025 : 3 unit
  Q2 2025 : 3 unit
  Q3 2025 : 4 unit
  Q4 2025 : 2 unit
  Total   : 12 unit

Please treat this forecast as our firm order for 2025 and reserve the capacity in your line.
Official PO will follow after our budget is open in January, but the quantity is fix.

Terima kasih.
""") + S(SIG_GSN, "Budi Santoso", "Purchasing Officer", "2217")
_p33_tbl = "\n".join(ln for ln in _p33_txt.split("\n") if ln.startswith("  Q") or ln.startswith("  Total"))
_p33_html = html_from_text(_p33_txt.replace(_p33_tbl, "[[TABLE]]")).replace(
    "<p>[[TABLE]]</p>",
    "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>Quarter</th><th>CAB-D18</th></tr>"
    "<tr><td>Q1 2025</td><td>3 unit</td></tr><tr><td>Q2 2025</td><td>3 unit</td></tr>"
    "<tr><td>Q3 2025</td><td>4 unit</td></tr><tr><td>Q4 2025</td><td>2 unit</td></tr>"
    "<tr><td><b>Total</b></td><td><b>12 unit</b></td></tr></table>")
assert "<table" in _p33_html
case("p33_forecast_as_firm_order", ["RG008"],
     "Buyer sends the 2025 forecast and asks to treat it as 'our firm order ... the quantity is fix'.",
     [("Planning_2025_CAB-D18.eml", eml_bytes(mail(
         BUDI, PARK, "Forecast 2025 crane cabin CAB-D18 (NB 1139-1150)", "Mon, 22 Apr 2024 14:10:00 +0700",
         _p33_txt, html=_p33_html, cc="Hendra Wijaya <hendra.wijaya@galangan-sn.co.id>")))])

# p34 supplier order confirmation turns a forecast into an order and buys material for all 480
case("p34_confirmation_forecast_480", ["RG006", "RG008"],
     "Supplier 'confirms your order of 480' from a forecast and orders castings for 480; only one "
     "40-pc call-off so far.",
     [("Potvrdenie_KT-OC-24-0415.pdf", pdf([
         ("h1", "Potvrdenie objednavky / Order confirmation KT-OC-24-0415"),
         ("p", "KladkyTech s.r.o., Zilina - to Skagerak Offshore Cranes A/S, Esbjerg - 15.04.2024"),
         ("p", "Reference: your forecast SOC-FC-2024-04 of 02.04.2024, frame order 7200-1170"),
         ("p", "We confirm your order of 480 rope sheaves SHV-450-16 for 2024/2025 according to your forecast "
               "SOC-FC-2024-04, with the following delivery plan:"),
         ("table", [
             ["Quarter", "Q2/2024", "Q3/2024", "Q4/2024", "Q1/2025", "Q2/2025", "Total"],
             ["SHV-450-16", "40", "110", "110", "110", "110", "480"],
         ]),
         ("sp",),
         ("p", "Call-offs received until today: CO-7200-1170-01, 40 pcs (delivery week 22)."),
         ("p", "To secure the delivery plan, raw material (castings GS-42CrMo4) for 480 pcs is ordered from our "
               "foundry, first 160 pcs arrive in week 19."),
         ("p", "Price EUR 612,00 / pc FCA Zilina, fixed until 30.06.2025. Marek Hudak, Sales Manager"),
     ], title="KT-OC-24-0415", author="KladkyTech s.r.o."))])

# p35 X12 830 planning schedule with every line coded firm and a 'committed' note (Denmark -> Poland)
case("p35_x12_830_all_firm", ["RG008"],
     "Planning schedule (830, forecast) with all lines coded C = firm and the note 'quantities are "
     "firm commitments, produce accordingly'.",
     [("X12_830_SOC_Hakmet_2024-04.txt", T("""
HAKMET EDI MONITOR - 830 PLANNING SCHEDULE - partner SKAGERAKOC - file 830_20240415_0712.x12
==========================================================================================
ISA*00*          *00*          *ZZ*SKAGERAKOC     *ZZ*HAKMETPL       *240415*0712*U*00401*000004530*0*P*>~
GS*PS*SKAGERAKOC*HAKMETPL*20240415*0712*4530*X*004010~
ST*830*0001~
BFR*00**FC-2024-15*DL*A*20240415*20250331*20240415~
N1*BY*SKAGERAK OFFSHORE CRANES A/S*92*5790002214406~
N1*SU*HAKMET SP Z O O*92*5901234100007~
LIN**BP*HB-25-4*VP*HM-HB25-4~
UIT*EA~
PER*BD*METTE KJAERGAARD*EM*MKJ@SKAGERAK-CRANES.DK~
FST*8*C*M*20240601~
FST*12*C*M*20240701~
FST*12*C*M*20240801~
FST*12*C*M*20240901~
FST*16*C*Q*20241001~
FST*16*C*Q*20250101~
SDP*Y*Y~
NTE*GEN*FORECAST FC-2024-15 - ALL QUANTITIES BELOW ARE FIRM COMMITMENTS - PLEASE PRODUCE ACCORDINGLY~
CTT*1*76~
SE*19*0001~
GE*1*4530~
IEA*1*000004530~
==========================================================================================
DECODED (Hakmet ERP import)
  Schedule  FC-2024-15 (forecast), horizon 15.04.2024 - 31.03.2025
  Item      HB-25-4 hook block 25 t, 4 sheaves (drawing SOC-25-1040 Rev B)
  06/2024  8 EA  firm (C)      07/2024 12 EA  firm (C)      08/2024 12 EA  firm (C)
  09/2024 12 EA  firm (C)      Q4/2024 16 EA  firm (C)      Q1/2025 16 EA  firm (C)
  Total 76 EA
  Note: "ALL QUANTITIES BELOW ARE FIRM COMMITMENTS - PLEASE PRODUCE ACCORDINGLY"
"""))])

# p36 buyer portal: 'Bedarfsvorschau' declared binding, and 'release' used three ways (Saxony -> Poland)
case("p36_portal_forecast_binding", ["RG008", "RG009"],
     "Portal 'Bedarfsvorschau' (forecast) declared 'verbindliche Bestellung'; 'release/Freigabe' used "
     "for PO workflow, sample and production.",
     [("lieferantenportal_hakmet.html", html_page("Elbtal Kranbau – Bedarfsvorschau Hakmet", """
<h2>Elbtal Kranbau GmbH · Lieferantenportal · Bedarfsvorschau / Forecast</h2>
<p>Lieferant: Hakmet Sp. z o.o. (200431) · Stand 19.04.2024 · Ansprechpartner: Jens Pötzsch</p>
<table>
<tr><th>Material</th><th>Bezeichnung</th><th>Mai 24</th><th>Jun 24</th><th>Jul 24</th><th>Aug 24</th><th>Sep 24</th><th>Summe</th></tr>
<tr><td>100-4410-32</td><td>Unterflasche HB-32-4 (EK-4410-200 Rev 12)</td><td>6</td><td>6</td><td>6</td><td>8</td><td>8</td><td>34</td></tr>
<tr><td>100-4420-20</td><td>Unterflasche HB-20-4 (EK-4420-200 Rev A)</td><td>–</td><td>10</td><td>10</td><td>20</td><td>20</td><td>60</td></tr>
</table>
<div class="note"><b>Hinweis:</b> Diese Mengen gelten als verbindliche Bestellung. These quantities are to be
considered as firm order – please plan material and production accordingly.</div>
<h3>Freigabestatus / release status</h3>
<table>
<tr><th>Material</th><th>Bestellung</th><th>Muster</th><th>Serie</th></tr>
<tr><td>100-4410-32</td><td>released (Freigabestrategie E2, Controlling, 02.04.2024)</td><td>released (QS, EMPB EK-24-118)</td><td>released per call-off</td></tr>
<tr><td>100-4420-20</td><td>released (Freigabestrategie E2, 03.04.2024)</td><td>open</td><td>not released (written release Dr. U. Schreiter)</td></tr>
</table>
""", lang="de"))])

# p37 Chilean minutes: annual forecast confirmed as firm, advance payment read as release
case("p37_acta_forecast_anticipo", ["RG008", "RG012"],
     "Minutes: annual forecast of 120 wheels confirmed as a firm commitment; supplier treats the "
     "advance payment as release for the 120, buyer does not object.",
     [("Acta_PAT_KT_2024-04-09.docx", docx_bytes([
         ("h1", "Acta de reunión – Puerto Andino / KladkyTech – 09-04-2024"),
         ("p", "Asistentes: Catalina Fuentes, Patricio Valdés (Puerto Andino); Marek Hudák (KladkyTech)."),
         ("h", "Acuerdos / agreements"),
         ("num", "Puerto Andino confirmó el forecast anual 2024-2025 de 120 ruedas TW-710 (gantry wheel Ø710, "
                 "plano PAT-MEC-0710 Rev 1) como compromiso firme / firm commitment."),
         ("num", "Puerto Andino pagó el anticipo del 30 % (EUR 44.820) el 05-04-2024."),
         ("num", "KladkyTech considera el anticipo como liberación para producir las 120 ruedas; producción "
                 "desde semana 17. Puerto Andino no tiene objeción."),
         ("num", "Entregas mensuales de 10 ruedas desde julio 2024."),
         ("p", "Acta: Catalina Fuentes"),
     ], author="Catalina Fuentes"))])

# p38 WhatsApp: buyer confirms the forecast as the order (Italy / Saxony)
case("p38_whatsapp_forecast_is_order", ["RG008"],
     "Supplier takes the 45-arm forecast as the order and the buyer confirms 'forecast is firm, you "
     "can plan all 45'.",
     [("WhatsApp_Chat_Marco_OB.txt", T("""
WhatsApp Chat with Marco Rinaldi OB

[19.04.24, 08:47:22] Marco Rinaldi OB: Buongiorno Jens! Your forecast 2024 shows 45 jib arms JA-3000 (3 m, 250 kg) for the workshop cranes
[19.04.24, 08:48:01] Marco Rinaldi OB: So we consider this 45 as your order and we plan the production in June-July, ok?
[19.04.24, 09:15:40] Jens Pötzsch: Morgen Marco. Ja, passt. The forecast is firm, you can plan all 45.
[19.04.24, 09:16:12] Marco Rinaldi OB: Perfetto, grazie 🙏 I send the confirmation by mail
"""))])

# p39 Danish mail: 'release' for SAP, samples and production; first lot without a quantity
_p39_txt = T("""
Dear Tomasz,

PO 7200-1250 is now released in SAP (release strategy completed by our controller this morning).
The samples are released too - Rasmus released them yesterday after the dimensional check and the
proof test report.

So with this mail I release the first production lot of hook blocks HB-25-4. The quantities per
lot will follow with the call-off schedule. All further lots stay on hold until the next call-off
from me.
""") + S(SIG_SKAGERAK, "Mette Kjærgaard", "Senior Buyer", "4410")
case("p39_release_three_ways_first_lot", ["RG009", "RG010"],
     "'Released' used for the SAP PO, the sample acceptance and the production lot; the first lot is "
     "released without a quantity.",
     [("PO_7200-1250_HB-25-4.eml", eml_bytes(mail(
         METTE, TOMASZ, "PO 7200-1250 HB-25-4 - release", "Fri, 19 Apr 2024 11:25:48 +0200", _p39_txt,
         cc=RASMUS)))])

# p40 SAP printout: 'Freigabe' for PO workflow, sample and series (Saxony -> Slovakia)
case("p40_sap_freigabe_mixed", ["RG009"],
     "SAP PO text uses 'Freigabe/released' for the PO release strategy, the sample acceptance and the "
     "production release; scope itself complete.",
     [("BE_4500219130.txt", T("""
ELBTAL KRANBAU GMBH                                        BESTELLUNG / PURCHASE ORDER
Industriestrasse 14, 01589 Riesa                           Nr. 4500219130      Datum 04.04.2024
----------------------------------------------------------------------------------------------
Lieferant: 200512  KladkyTech s.r.o., Priemyselna 9, SK-010 01 Zilina
Einkaeufer: Jens Poetzsch                                  Freigabestatus: FREIGEGEBEN / RELEASED
                                                           (Freigabestrategie E1, Controlling, 04.04.2024)
----------------------------------------------------------------------------------------------
Pos  Material        Bezeichnung                                  Menge  ME  Preis/ME    Wert
0010 110-2206-22     Seilrolle SR-630-22, Muster                     4  ST    985,00   3.940,00
                     Zeichnung EK-2206-630 Rev C, GS-42CrMo4
----------------------------------------------------------------------------------------------
Positionstext:
Muster freigegeben durch QS am 03.04.2024 (EMPB EK-24-112) / samples released by QA.
Serienfreigabe: Restmenge 76 ST nicht freigegeben bis zur schriftlichen Freigabe durch
Dr. U. Schreiter (Leiter Supply Chain) nach Einbauversuch LK-250 /
production release: balance 76 pcs not released until written release by Dr. U. Schreiter
after the installation trial on LK-250.
Material nur fuer die 4 Muster.
----------------------------------------------------------------------------------------------
Seite 1 von 1                 SAP ME9F  Druck 04.04.2024 14:52  JPOETZSCH
"""))])

# p42 Indonesian sign-off form: 'approval' for budget, sample and production; release by 'management'
case("p42_approval_form_management", ["RG005", "RG009"],
     "Form uses 'approval' for PO budget, sample and production; balance waits for 'production "
     "approval from management' (unnamed).",
     [("GSN-QC-24-019.docx", docx_bytes([
         ("h1", "SAMPLE APPROVAL FORM  GSN-QC-24-019"),
         ("table", [
             ["PO", "PO/GSN/2024/0414"],
             ["Vendor", "KladkyTech s.r.o., Žilina"],
             ["Item", "Rope sheave SHV-400-14 for provision crane 5 t (drawing GSN-SHV-0400 Rev 2)"],
             ["Sample qty", "4 pcs (received 12-04-2024)"],
             ["Balance", "60 pcs"],
         ]),
         ("h", "Approval status"),
         ("table", [
             ["Step", "Status", "By"],
             ["PO approval (budget)", "APPROVED 02-04-2024", "Director"],
             ["Sample approval (dimension, hardness 300 HB, UT)", "APPROVED 18-04-2024", "QC – Dewi Lestari"],
             ["Production approval (balance 60 pcs)", "PENDING", "Management"],
         ]),
         ("p", "Remark: balance 60 pcs is not released. Vendor to wait for production approval from "
               "management after the load test report of the provision crane."),
         ("p", "Form owner: QC Department, PT Galangan Samudra Nusantara"),
     ], author="Dewi Lestari"))])

# p43 Korean supplier mail: 'approval' three ways and automatic release after sample approval
_p43_html = html_page("IP65 test summary PC-8B-48", """
<h3>IP65 test summary – sample pendant PC-8B-48 (3 pcs)</h3>
<table>
<tr><th>Test</th><th>Standard</th><th>Condition</th><th>Result</th></tr>
<tr><td>Dust</td><td>EN 60529 IP6X</td><td>8 h, category 1</td><td>PASS</td></tr>
<tr><td>Water jet</td><td>EN 60529 IPX5</td><td>12.5 l/min, 3 min</td><td>PASS</td></tr>
<tr><td>Drop</td><td>EN 60204-32</td><td>1 m, 5 times</td><td>PASS</td></tr>
</table>
<p>Tested by Kim Soo-jin, QA, 11-04-2024.</p>
""")
_p43_txt = T("""
Dear Mr. Salinas,

Thank you for your approval of OC 4100-2376 (purchase approval received 02-04).
Sample pendants PC-8B-48 passed the IP65 test, summary attached.

After your approval of samples we release the 18 pendants to production automatically, so
please send the approval soon, then we can keep the delivery date for the STS-04 crane.
""") + S(SIG_DCC, "Kim Soo-jin", "Assistant Manager, QA", "7731")
case("p43_approval_three_ways_auto", ["RG007", "RG009"],
     "Supplier uses 'approval' for the PO and for the samples and says the 18 go to production "
     "automatically after sample approval.",
     [("DCC_OC_4100-2376_samples.eml", eml_bytes(mail(
         SOOJIN, RODRIGO, "OC 4100-2376 sample pendant IP65 test / approval", "Fri, 12 Apr 2024 10:40:02 +0900",
         _p43_txt, cc=CATALINA,
         attachments=[("IP65_test_summary_PC-8B-48.html", _p43_html, "text/html")])))])

# m1 cover mail + PO + supplier quote; cover says 3 prototypes, the PO says 4 (Saxony -> Italy)
_m1_txt = T("""
Sehr geehrter Herr Rinaldi,

anbei (separate Dateien) unsere Bestellung 4500219160 über drei (3) Prototyp-Schwenkarme
JA-5000 sowie Ihr Angebot OB-2024-051 zur Info.

Die Serie (45 Stk laut Angebot) ist nicht freigegeben. Die Serienfreigabe kommt nur schriftlich
durch Dr. Uwe Schreiter, Leiter Supply Chain, nach der Bemusterung der Prototypen durch Frau
Heinicke. Material bitte nur für die Prototypen.

Please confirm the delivery date of the prototypes (we need them in week 23 for the trial
assembly on the LK-160 crane).
""") + S(SIG_ELBTAL, "Jens Pötzsch", "Strategischer Einkauf", "213")
case("m1_cover_po_quote_3vs4", ["RG011"],
     "Cover mail authorizes three (3) prototypes; the PO PDF of the same order says 4; series 45 "
     "marked not released (conv. 13).",
     [("Mail_Bestellung_4500219160.eml", eml_bytes(mail(
         JENS, MARCO, "Bestellung 4500219160 Prototypen JA-5000", "Mon, 22 Apr 2024 15:40:19 +0200",
         _m1_txt, cc=KATRIN))),
      ("Bestellung_4500219160.pdf", pdf([
          ("h1", "Bestellung / Purchase order 4500219160"),
          ("p", "Elbtal Kranbau GmbH, Riesa - 22.04.2024 - Lieferant: Officine Bergamasche Sollevamento S.r.l. (200788)"),
          ("table", [
              ["Pos", "Material", "Bezeichnung", "Menge", "Preis/ME EUR", "Wert EUR"],
              ["10", "120-5000-01", "Schwenkarm JA-5000, Prototyp, 5 m, 1 t, Zeichnung OB-JA-5000 Rev 2",
               "4 ST", "5.240,00", "20.960,00"],
          ]),
          ("sp",),
          ("p", "Liefertermin: KW 23/2024, DAP Riesa. Beschichtung ISO 12944 C4-H, RAL 1007."),
          ("p", "Einkäufer: Jens Pötzsch"),
      ], title="Bestellung 4500219160", author="Elbtal Kranbau GmbH")),
      ("Offerta_OB-2024-051.pdf", pdf([
          ("h1", "Offerta / Quotation OB-2024-051"),
          ("p", "Officine Bergamasche Sollevamento S.r.l. - per Elbtal Kranbau GmbH - 11.04.2024"),
          ("table", [
              ["Articolo", "Quantita", "Prezzo EUR/pz", "Consegna"],
              ["Braccio girevole JA-5000 - prototipi", "3 pz", "5.240,00", "6 settimane"],
              ["Braccio girevole JA-5000 - serie", "45 pz", "4.310,00", "8 settimane dal rilascio"],
          ]),
          ("sp",),
          ("p", "Acciaio S355J2, saldature EN ISO 3834-2, verniciatura C4-H. Validita 60 giorni."),
          ("p", "Marco Rinaldi, Ufficio Commerciale Estero"),
      ], title="OB-2024-051", author="Officine Bergamasche Sollevamento"))])

# m2 PO + supplier proforma: PO number and quantity differ, production starts on deposit (Indonesia -> Henan)
case("m2_po_proforma_mismatch", ["RG011", "RG012"],
     "PO PO/GSN/2024/0447 for 2 samples vs proforma citing PO/GSN/2024/0474 with 24 pcs; proforma "
     "says production of all 24 starts on deposit.",
     [("PO_GSN-2024-0447.pdf", pdf([
         ("h1", "PURCHASE ORDER PO/GSN/2024/0447"),
         ("p", "PT Galangan Samudra Nusantara, Batam - date 11-04-2024"),
         ("p", "Vendor: Henan Zhongyuan Hoist Machinery Co., Ltd., Changyuan, Henan (V-40215)"),
         ("table", [
             ["Ln", "Item", "Description", "Qty", "Unit price USD", "Amount USD"],
             ["1", "CH-5000", "Electric chain hoist 5 t, 2 falls, 9 m lift, 380 V 50 Hz, IP55, EN 14492-2",
              "2 unit (sample)", "2,860.00", "5,720.00"],
         ]),
         ("sp",),
         ("p", "Remarks: this PO is for 2 sample units only. Balance 22 units not released until QC sign-off "
               "by Dewi Lestari (QC Engineer) and written release by Ir. Hendra Wijaya (Project Director). "
               "Material for samples only."),
         ("p", "Payment: 30% down payment, 70% before shipment. Buyer: Budi Santoso"),
     ], title="PO/GSN/2024/0447", author="PT Galangan Samudra Nusantara")),
      ("ZY-PI-240419.pdf", pdf([
          ("h1", "PROFORMA INVOICE ZY-PI-240419"),
          ("p", "Henan Zhongyuan Hoist Machinery Co., Ltd. - Changyuan, Henan, China - 19-04-2024"),
          ("p", "Buyer: PT Galangan Samudra Nusantara, Batam - Your PO: PO/GSN/2024/0474"),
          ("table", [
              ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
              ["1", "Electric chain hoist CH-5000, 5 t, 9 m lift, 380 V / 50 Hz", "24 pcs", "2,860.00", "68,640.00"],
              ["", "30% T/T deposit", "", "", "20,592.00"],
          ]),
          ("sp",),
          ("p", "Production of all 24 pcs will start immediately after your deposit is received."),
          ("p", "Beneficiary bank: Bank of China, Xinxiang Branch, SWIFT BKCHCNBJ530. "
                "Shipment: FOB Qingdao, 35 days after deposit."),
          ("p", "Amy Zhang, Export Department"),
      ], title="Proforma ZY-PI-240419", author="Henan Zhongyuan Hoist Machinery"))])

# p44 one OC states the sample quantity twice, differently (Chile -> Korea)
case("p44_oc_six_vs_eight", ["RG011"],
     "One OC: text authorizes 'seis (6)' sample pendants, the line table says 8; hold, event and "
     "releaser stated (conv. 13).",
     [("OC_4100-2388.pdf", pdf([
         ("h1", "Orden de Compra 4100-2388"),
         ("p", "Puerto Andino Terminales S.A. - San Antonio - 16-04-2024 - Proveedor: Daesung Crane Controls Co., Ltd."),
         ("p", "La presente OC autoriza la fabricación de seis (6) botoneras de muestra PC-10-48 para las grúas RTG."),
         ("table", [
             ["Item", "Codigo", "Descripcion", "Cant.", "P. unit USD", "Total USD"],
             ["10", "PC-10-48", "Botonera 10 pulsadores, 48 VAC, IP65, cable 10 m - muestra", "8", "436,00", "3.488,00"],
         ]),
         ("sp",),
         ("p", "El saldo de 34 unidades no está liberado hasta la aprobación de muestras por Rodrigo Salinas "
               "(Ingeniero de Mantención) y la liberación escrita de Patricio Valdés (Gerente de Operaciones)."),
         ("p", "Material: solo para las muestras. Compras: Catalina Fuentes"),
     ], title="OC 4100-2388", author="Puerto Andino Terminales S.A."))])

# p45 ERP PO: line quantity 10 vs remark 'partial release 12 pcs now' (Indonesia -> Italy)
case("p45_erp_line10_release12", ["RG011"],
     "ERP PO line says 10 PCS, the remark releases 12 PCS now (balance 38); two authorized quantities "
     "in one document.",
     [("PO_GSN-2024-0455.txt", T("""
PT GALANGAN SAMUDRA NUSANTARA                              PURCHASE ORDER
BATAM - INDONESIA                                          NO  : PO/GSN/2024/0455
                                                           DATE: 18-04-2024
VENDOR : V-50118  OFFICINE BERGAMASCHE SOLLEVAMENTO SRL    REV : 0
PROJECT: WORKSHOP OVERHEAD CRANES 10T (BAY 3 + BAY 4)
======================================================================================
LN ITEM CODE      DESCRIPTION                              QTY  UOM   PRICE EUR   AMOUNT
-- -------------- ---------------------------------------- ---- ----- ----------- ----------
01 TW-315-G       TROLLEY WHEEL D315, FLANGED, 42CRMO4,       10 PCS      610,00   6.100,00
                  BEARING 22216 E, DRG OB-TW-315 REV 5
======================================================================================
TOTAL EUR                                                                  6.100,00

REMARKS:
1. PARTIAL RELEASE: 12 PCS NOW (FIRST LOT).
2. BALANCE 38 PCS NOT RELEASED UNTIL QC SIGN-OFF OF FIRST LOT BY DEWI LESTARI AND WRITTEN
   RELEASE BY IR. HENDRA WIJAYA, PROJECT DIRECTOR.
3. MATERIAL ONLY FOR THE RELEASED QTY.

PREPARED: BUDI SANTOSO          SIGNED (PO): IR. HENDRA WIJAYA
PRINTED 18-04-2024 09:03 BY BSANTOSO  PAGE 1/1
"""))])

# p46 forwarded original PO mail (rfc822) says 10 samples, the cover says 12 "as written" (Denmark -> Slovakia)
_p46_orig = mail(
    METTE, MAREK, "PO 7200-1262 sample trolley wheels TW-250", "Tue, 02 Apr 2024 09:20:00 +0200",
    T("""
Hi Marek,

PO 7200-1262 is issued: ten (10) sample trolley wheels TW-250 for the 5 t maintenance trolley
(drawing SOC-31-0250 Rev B).

The balance of 110 pcs is not released until Rasmus Holm has signed off the samples and Anders
Bækgaard has sent the written release. Material authority: samples only.
""") + S(SIG_SKAGERAK, "Mette Kjærgaard", "Senior Buyer", "4410"))
case("p46_fwd_po_10_vs_12", ["RG011"],
     "Buyer forwards her original PO mail (10 samples, balance 110) and in the cover releases twelve "
     "(12), balance 108, 'as written below'.",
     [("FW_PO_7200-1262_TW-250.eml", eml_bytes(mail(
         METTE, MAREK, "FW: PO 7200-1262 sample trolley wheels TW-250", "Wed, 17 Apr 2024 13:02:44 +0200",
         T("""
Hi Marek,

forwarding the PO mail again, since you asked for it for your ISO audit.

As written below: we release twelve (12) sample wheels TW-250 now, the balance of 108 stays on
hold until Rasmus's sample sign-off and the written release by Anders Bækgaard.
""") + S(SIG_SKAGERAK, "Mette Kjærgaard", "Senior Buyer", "4410"),
         attachments=[("rfc822", _p46_orig)])))])

# m3 ERP OC (20 released) + minutes and chat (24 released) (Chile -> Poland)
case("m3_erp_minutes_chat_20vs24", ["RG011"],
     "Partial release of one OC: ERP printout releases 20 (balance 40), minutes and chat release 24 "
     "(balance 36).",
     [("OC_4100-2395.txt", T("""
PUERTO ANDINO TERMINALES S.A.                      ORDEN DE COMPRA / PURCHASE ORDER
                                                   OC N°   : 4100-2395
                                                   Fecha   : 10.04.2024
Proveedor: 200902  Hakmet Sp. z o.o., Gliwice, POLONIA
Comprador: Catalina Fuentes
------------------------------------------------------------------------------------------
Item Código        Descripción                                 Cant. UM  P.Unit    Total
0010 HB-63-4       Hook block 63 t, 4 sheaves, for STS-04         60 UN  7.120,00 427.200,00
                   hook DIN 15401 RSN 63, plano PAT-MEC-1063 Rev 1
------------------------------------------------------------------------------------------
Texto de cabecera:
LIBERACIÓN DE PRODUCCIÓN / PRODUCTION RELEASE: 20 UN (llamado 1).
SALDO 40 UN EN ESPERA / ON HOLD hasta el llamado 2, liberado por escrito por
Patricio Valdés, Gerente de Operaciones.
Material: solo para las 20 UN liberadas.
------------------------------------------------------------------------------------------
SAP MM  ME9F  impreso 10.04.2024 17:02  usuario CFUENTES       pág. 1/1
""")),
      ("Acta_Hakmet_2024-04-11.docx", docx_bytes([
          ("h1", "Acta de reunión – Puerto Andino / Hakmet – 11-04-2024"),
          ("p", "Asistentes: Catalina Fuentes, Patricio Valdés (Puerto Andino); Tomasz Wójcik (Hakmet), Teams."),
          ("h", "OC 4100-2395 – HB-63-4"),
          ("li", "Se liberan 24 unidades para producción (llamado 1) / 24 pcs released for production."),
          ("li", "Saldo 36 unidades en espera del llamado 2; liberación escrita por Patricio Valdés."),
          ("li", "Material: solo para las unidades liberadas."),
          ("li", "Hakmet confirma entrega llamado 1 en semana 26."),
          ("p", "Acta: Catalina Fuentes"),
      ], author="Catalina Fuentes")),
      ("WhatsApp_Chat_Tomasz_Hakmet.txt", T("""
WhatsApp Chat with Tomasz Hakmet

12/04/24, 08:02 - Tomasz Hakmet: Good morning Catalina, short question for OC 4100-2395 - how many pcs in first call-off? we want to order the forgings today
12/04/24, 08:35 - Catalina Fuentes: Hola Tomasz, sí son 24 en el primer llamado, como dice el acta de ayer
12/04/24, 08:36 - Tomasz Hakmet: ok 24 pcs, thank you 👍
"""))])

# p47 buyer: down payment transferred, 'so you have green light' (Indonesia -> Korea)
_p47_budi0 = T("""
Dear Mr Park,

PO/GSN/2024/0437 is for 2 pilot cabins CAB-D25 only. Balance 10 cabins is on hold, not released
until QC sign-off of the pilot cabins by Ibu Dewi Lestari and written release by Ir. Hendra Wijaya.

Best regards,
Budi
""")
_p47_txt = T("""
Dear Mr Park,

Good morning. We have transfer the down payment 30% for the cabins yesterday (Bank Mandiri, ref
GSN-TT-240418-02), so you have green light from us.

Please inform the delivery schedule.
""") + S(SIG_GSN, "Budi Santoso", "Purchasing Officer", "2217") + "\n\n" \
    + "-----Original Message-----\nFrom: Budi Santoso\nSent: Monday, 08 April 2024 10:15\n" \
    + "Subject: PO/GSN/2024/0437 pilot cabins CAB-D25\n\n" + quote(_p47_budi0)
case("p47_dp_transferred_green_light", ["RG002", "RG012"],
     "Buyer: down payment transferred 'so you have green light from us', unscoped and tied to payment; "
     "quoted PO note holds the scope.",
     [("RE_PO_GSN-2024-0437.eml", eml_bytes(mail(
         BUDI, PARK, "RE: PO/GSN/2024/0437 pilot cabins CAB-D25 - down payment", "Fri, 19 Apr 2024 08:21:36 +0700",
         _p47_txt, html=html_from_text(_p47_txt), in_reply_to="<h176-src-0347@galangan-sn.co.id>")))])

# p48 Italian supplier: OC accepted, therefore production of all 30 (mail saved as text)
case("p48_accepted_so_production", ["RG012"],
     "Supplier reads its acceptance of the OC as authority to produce all 30 wheels, against the "
     "quoted 4-sample scope.",
     [("Mail_OB_conferma_OC_4100-2402.txt", T("""
From:    Marco Rinaldi <m.rinaldi@obsollevamento.it>
To:      Catalina Fuentes <cfuentes@puertoandino.cl>
Date:    Tue, 23 Apr 2024 10:48:17 +0200
Subject: R: OC 4100-2402 ruote TW-315 - conferma d'ordine

Dear Mrs. Fuentes,

we confirm the acceptance of your OC 4100-2402, our order confirmation AB-OB-24-0391 is attached.

As the order is accepted and confirmed, we proceed with the production of the 30 trolley wheels
TW-315, delivery in June all together, so you save also the freight.

Cordiali saluti / Kind regards
Marco Rinaldi
Ufficio Commerciale Estero
Officine Bergamasche Sollevamento S.r.l.
Tel. +39 035 458 217

-----Messaggio originale-----
Da: Catalina Fuentes <cfuentes@puertoandino.cl>
Inviato: venerdì 19 aprile 2024 17:31
A: Marco Rinaldi
Oggetto: OC 4100-2402 ruote TW-315

> Estimado Marco,
>
> OC 4100-2402 covers four (4) sample wheels TW-315 only. The balance of 26 wheels is not
> released until the sample sign-off by Rodrigo Salinas and a written release by Patricio Valdés.
>
> Saludos,
> Catalina Fuentes
> Jefa de Compras, Puerto Andino Terminales S.A.
"""))])

# p50 Korean supplier portal: advance payment received -> production released for 12
case("p50_portal_payment_released", ["RG012"],
     "Supplier portal shows 'advance payment received -> production RELEASED 12 cabins' while the "
     "customer PO is 2 pilots with balance on hold.",
     [("dcc_portal_SO-24-0318.html", html_page("DCC Partner Portal – SO DCC-SO-24-0318", """
<h2>Daesung Crane Controls · Partner Portal · Sales order DCC-SO-24-0318</h2>
<table>
<tr><th>Customer</th><td>PT Galangan Samudra Nusantara (Batam)</td></tr>
<tr><th>Customer PO</th><td>PO/GSN/2024/0461 – 2 pilot cabins CAB-D12 (balance 10: customer hold)</td></tr>
<tr><th>Item</th><td>CAB-D12 operator cabin for 12 t deck crane, drawing DCC-CAB-D12-000 Rev B</td></tr>
</table>
<h3>Order timeline</h3>
<table>
<tr><th>Date</th><th>Event</th><th>Status</th></tr>
<tr><td>2024-04-08</td><td>Customer PO received</td><td>OK</td></tr>
<tr><td>2024-04-12</td><td>Advance payment 30% received (USD 29,160.00)</td><td>OK</td></tr>
<tr><td>2024-04-12</td><td>Production status</td><td><b>RELEASED – 12 cabins</b> (released by advance payment)</td></tr>
<tr><td>2024-04-15</td><td>Production schedule issued to line 2</td><td>OK</td></tr>
</table>
<p>Account manager: Park Ji-hoon · last update 2024-04-16 09:12 KST</p>
""", lang="ko"))])


# ===================================================================== write
def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case id"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(176176).shuffle(order)
    labels = {}
    for nn, i in enumerate(order, 1):
        c = CASES[i]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h176_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        fnames = [fn for fn, _ in c["files"]]
        assert len(fnames) == len(set(fnames)), folder
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"{len(labels)} cases, {clean} clean, {len(labels) - clean} with risks")


if __name__ == "__main__":
    main()
