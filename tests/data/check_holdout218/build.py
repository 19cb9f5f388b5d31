#!/usr/bin/env python3
"""Generator for the releasegate check_holdout218 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout218/build.py

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
    m["Message-ID"] = msgid or f"<h218-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h218")
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




# ------------------------------------------------------------ corpus helpers
# Domain: elevator and escalator components. All names are fictional.
# Buyers:    Kaarna Hissihuolto Oy (Vantaa, FI)            lift maintenance
#            Harbourfront Estate Services Ltd (Kwun Tong, HK) property manager
#            Constructora Altamira S.A.S. (Medellin, CO)    building contractor
#            NMX-JV Nile Metro Extension Joint Venture (Cairo, EG) metro extension
# Suppliers: Componentes Levante para Elevacion S.L. (Paterna, ES)
#            Deccan Liftparts Pvt. Ltd. (Chakan, Pune, IN)
#            Suzhou Hengtai Elevator Parts Co., Ltd. (Wujiang, Suzhou, CN)
#            Povazske Komponenty Vytahov s.r.o. (Povazska Bystrica, SK)
#            Componentes Elevacion del Bajio S.A. de C.V. (Queretaro, MX)

JUKKA = "Jukka Räsänen <jukka.rasanen@kaarna-hissi.fi>"
SATU = "Satu Heikkilä <satu.heikkila@kaarna-hissi.fi>"
MIKKO = "Mikko Lehtinen <mikko.lehtinen@kaarna-hissi.fi>"
WINNIE = "Winnie Chan <winnie.chan@harbourfront-es.com.hk>"
KELVIN = "Kelvin Lau <kelvin.lau@harbourfront-es.com.hk>"
RAYMOND = "Raymond Tse <raymond.tse@harbourfront-es.com.hk>"
ANDRES = "Andrés Restrepo <compras@altamira-construye.co>"
LUISA = "Luisa Fernanda Gómez <lf.gomez@altamira-construye.co>"
CARLOS = "Carlos Ospina <carlos.ospina@altamira-construye.co>"
AHMED = "Ahmed Fathy <a.fathy@nmx-jv.com.eg>"
MONA = "Mona Abdelrahman <m.abdelrahman@nmx-jv.com.eg>"
HOSSAM = "Hossam Nabil <h.nabil@nmx-jv.com.eg>"
JAVIER = "Javier Montoro <jmontoro@levante-elevacion.es>"
MARTA = "Marta Ferrer <mferrer@levante-elevacion.es>"
RAJESH = "Rajesh Kulkarni <rajesh.k@deccanliftparts.in>"
PRIYA = "Priya Deshpande <ppc@deccanliftparts.in>"
KEVIN = "Kevin Zhou <kevin.zhou@hengtai-lift.cn>"
LILY = "Lily Wang <pmc@hengtai-lift.cn>"
PETER = "Peter Hudák <peter.hudak@pkv-vytahy.sk>"
ZUZANA = "Zuzana Kováčová <zuzana.kovacova@pkv-vytahy.sk>"
ALEJANDRO = "Alejandro Ramírez <aramirez@ceb-bajio.com.mx>"
FERNANDA = "Fernanda Ríos <planeacion@ceb-bajio.com.mx>"

SIG_JUKKA = sig("Jukka Räsänen", "Purchaser / Ostaja", "Kaarna Hissihuolto Oy, Valimotie 21, 01510 Vantaa",
                "+358 9 4250 1180")
SIG_SATU = sig("Satu Heikkilä", "Engineer, Components", "Kaarna Hissihuolto Oy, Vantaa", "+358 9 4250 1134")
SIG_MIKKO = sig("Mikko Lehtinen", "Supply Chain Manager", "Kaarna Hissihuolto Oy, Vantaa", "+358 9 4250 1102")
SIG_WINNIE = sig("Winnie Chan", "Procurement Officer", "Harbourfront Estate Services Ltd, Kwun Tong, Hong Kong",
                 "+852 2389 4410")
SIG_ANDRES = sig("Andrés Restrepo", "Compras / Purchasing", "Constructora Altamira S.A.S., Medellín",
                 "+57 604 448 2190")
SIG_CARLOS = sig("Carlos Ospina", "Gerente de Proyecto", "Constructora Altamira S.A.S., Medellín",
                 "+57 604 448 2101")
SIG_AHMED = sig("Eng. Ahmed Fathy", "Procurement Engineer - Vertical Transportation",
                "NMX-JV Nile Metro Extension Joint Venture, New Cairo", "+20 2 2614 7730")
SIG_JAVIER = sig("Javier Montoro", "Dpto. Comercial", "Componentes Levante para Elevación S.L., Paterna (Valencia)",
                 "+34 961 32 45 80")
SIG_RAJESH = sig("Rajesh Kulkarni", "Manager - Sales (Export)", "Deccan Liftparts Pvt. Ltd., Chakan MIDC, Pune",
                 "+91 20 6790 2214")
SIG_KEVIN = sig("Kevin Zhou", "Sales Manager", "Suzhou Hengtai Elevator Parts Co., Ltd., Wujiang, Suzhou",
                "+86 512 6321 8870")
SIG_PETER = sig("Peter Hudák", "Obchod / Sales", "Považské Komponenty Výťahov s.r.o., Považská Bystrica",
                "+421 42 432 1190")
SIG_ALEJANDRO = sig("Alejandro Ramírez", "Ventas", "Componentes Elevación del Bajío S.A. de C.V., Querétaro",
                    "+52 442 215 3380")


def to_html(text):
    """Plain mail text -> simple HTML alternative (paragraphs, line breaks)."""
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        if not p.strip():
            continue
        out.append("<p>" + "<br>\n".join(escape(line) for line in p.split("\n")) + "</p>")
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def quote(text):
    return "\n".join(("> " + line) if line else ">" for line in text.splitlines())


def outlook_hdr(frm, sent, to, subject, cc=None):
    h = f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        h += f"Cc: {cc}\n"
    return h + f"Subject: {subject}\n\n"


def E(m):
    return eml_bytes(m)


# =================================================================== CLEAN

# c01 supplier quote with sample / series / frame tiers; no authorization anywhere
case("c01_levante_quote_tiers", [], "Supplier quote with sample, series and frame tiers; quotes authorize nothing",
     [("LEV-Q-2024-0188.pdf", pdf([
         ("h1", "OFERTA / QUOTATION LEV-Q-2024-0188"),
         ("p", "Componentes Levante para Elevación S.L. · Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 14, "
               "46988 Paterna (Valencia) · CIF B98412377"),
         ("p", "Customer: Harbourfront Estate Services Ltd, Kwun Tong, Hong Kong. Attn. Ms. Winnie Chan, Procurement."),
         ("p", "Date: 08/05/2024 · Your RFQ: HF-RFQ-24-019 · Validity of offer: 60 days"),
         ("p", "Item: car-panel trim, stainless steel 1.4301 hairline finish, profile CPT-1100-HL, drawing HF-LFT-2207 "
               "rev. 3, for the car interiors of Lion Rock Court lifts L1 to L8."),
         ("table", [["Tier", "Quantity", "Unit price", "Lead time"],
                    ["Samples (first articles)", "10 pcs", "EUR 64,50", "3 weeks"],
                    ["Series", "1.200 pcs", "EUR 22,40", "8 weeks from your written release"],
                    ["Series, frame agreement", "3.000 pcs", "EUR 19,90", "8 weeks per call-off"]]),
         ("sp",),
         ("p", "Prices EXW Paterna (Incoterms 2020), packing included, protective PVC film 80 µm. Bending tool "
               "EUR 1.850,00 one time, paid with the first series order."),
         ("p", "Remarks: this is a quotation, not an order confirmation. Series quantities are produced only against "
               "your purchase order and your written release."),
         ("p", "Un saludo, Javier Montoro, Dpto. Comercial, +34 961 32 45 80"),
     ], title="Quotation LEV-Q-2024-0188", author="Javier Montoro"))])

# c02 buyer RFQ with three quantity scenarios (multipart/alternative)
_t = """Hello Peter,

we would like to get your offer for sliding guide shoes GS-16 (for T89/B rails, insert UHMW-PE), drawing KH-GS-16 rev. C. The 3D model is in our supplier portal.

Please quote three scenarios:
  a) 20 pcs samples
  b) 500 pcs
  c) 1 170 pcs / year, delivery in 4 lots

Requirements: ISO 9001:2015 certificate, material certificate EN 10204 3.1 for the housing, salt spray 240 h (ISO 9227) for the zinc plating, packing max 25 kg per box.

This is an RFQ only, not an order. Please send your quotation latest 21.5.2024.

Br,
Jukka
""" + SIG_JUKKA
_h = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Peter,</p>
<p>we would like to get your offer for sliding guide shoes <b>GS-16</b> (for T89/B rails, insert UHMW-PE), drawing KH-GS-16 rev. C. The 3D model is in our supplier portal.</p>
<p>Please quote three scenarios:</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Scenario</th><th>Quantity</th></tr>
<tr><td>a) samples</td><td>20 pcs</td></tr>
<tr><td>b)</td><td>500 pcs</td></tr>
<tr><td>c) yearly, 4 lots</td><td>1 170 pcs / year</td></tr>
</table>
<p>Requirements: ISO 9001:2015 certificate, material certificate EN 10204 3.1 for the housing, salt spray 240 h (ISO 9227) for the zinc plating, packing max 25 kg per box.</p>
<p><b>This is an RFQ only, not an order.</b> Please send your quotation latest 21.5.2024.</p>
<p>Br,<br>Jukka</p>
<pre>""" + escape(SIG_JUKKA) + """</pre>
</body></html>
"""
case("c02_rfq_three_scenarios", [], "Buyer RFQ with three quantity scenarios, explicitly not an order",
     [("RFQ-KH-24-031.eml", E(mail(JUKKA, PETER, "RFQ-KH-24-031 guide shoes GS-16 / request for quotation",
                                    "Tue, 07 May 2024 10:05:00 +0300", _t, html=_h)))])

# c03 supplier asks for the go-ahead; buyer answers with full scope
case("c03_whatsapp_goahead_question", [],
     "Supplier question 'can we have go-ahead for balance 480?' answered with hold, event and named release person",
     [("WhatsApp_Chat_Rajesh_Kulkarni.txt", """12/06/2024, 08:41 - Rajesh Kulkarni: Good morning sir 🙏
12/06/2024, 08:42 - Rajesh Kulkarni: Samples 20 nos door hanger DH-2-900 dispatched yesterday by DHL, AWB 58 2290 4471
12/06/2024, 08:43 - Rajesh Kulkarni: Kindly confirm can we have go-ahead for balance 480 nos? Our press shop is free from next Monday
12/06/2024, 09:15 - Jukka Räsänen: Morning Rajesh. Not yet.
12/06/2024, 09:17 - Jukka Räsänen: Satu does the sample sign-off in week 26. Until then only the 20 samples of PO 4500-2563 are released, the 480 stay on hold.
12/06/2024, 09:18 - Jukka Räsänen: If the sign-off is ok, Mikko Lehtinen sends the written release for the 480. Please don't buy strip steel for the balance before that.
12/06/2024, 09:20 - Rajesh Kulkarni: Noted sir, we will wait for Mr. Mikko's release. Thank you 👍
12/06/2024, 09:21 - Rajesh Kulkarni: <Media omitted>
""")])

# c04 supplier portal showing a clearly labelled, non-binding forecast
case("c04_portal_forecast_labelled", [], "Supplier portal view of a customer forecast labelled non-binding, no authority",
     [("hengtai_portal_C-0871.html", html_page("Hengtai Customer Portal - Forecast", """
<h2>Hengtai Customer Portal &raquo; Forecast view</h2>
<p>Customer: <b>Harbourfront Estate Services Ltd</b> (HK) &nbsp;|&nbsp; Customer no. C-0871 &nbsp;|&nbsp; Uploaded 2024-06-03 by Winnie Chan (EDI-CSV)</p>
<div class="note"><b>NON-BINDING FORECAST.</b> For capacity planning only. This is not a purchase order and gives
no production or material authority. Quantities are ordered only by Harbourfront PO and written release.</div>
<table>
<tr><th>Month</th><th>Part no.</th><th>Description</th><th>Forecast qty</th></tr>
<tr><td>2024-07</td><td>GS-16</td><td>Guide shoe, T89/B rail</td><td>40</td></tr>
<tr><td>2024-08</td><td>GS-16</td><td>Guide shoe, T89/B rail</td><td>40</td></tr>
<tr><td>2024-09</td><td>GS-16</td><td>Guide shoe, T89/B rail</td><td>60</td></tr>
<tr><td>2024-10</td><td>GS-16</td><td>Guide shoe, T89/B rail</td><td>60</td></tr>
<tr><td>2024-09</td><td>LPB-4F</td><td>Landing push-button plate, 4F type</td><td>120</td></tr>
<tr><td>2024-11</td><td>LPB-4F</td><td>Landing push-button plate, 4F type</td><td>112</td></tr>
</table>
<p>Hengtai PMC remark: capacity check done, no work order opened. &mdash; Lily Wang</p>
"""))])

# c05 sample disposition: approved for fit check only, production not released
case("c05_sdr_fitcheck_only", [], "Sample disposition 'approved for fit check only; production not released', hold + named release person",
     [("SDR-24-017.docx", docx_bytes([
         ("h1", "Sample Disposition Record SDR-24-017"),
         ("table", [["Part", "LPB-4F landing push-button plate, 4 buttons, SS hairline, braille"],
                    ["PO", "HF-PO-24-0901 (8 pcs samples)"],
                    ["Supplier", "Suzhou Hengtai Elevator Parts Co., Ltd."],
                    ["Samples received", "8 pcs, 27.05.2024"],
                    ["Inspected by", "Kelvin Lau, Lift & Escalator Engineer"]]),
         ("h", "Findings"),
         ("li", "Dimensions per drawing HF-LFT-2315 rev. 2: OK (cut-out 70 x 280 mm, 4 x M4 studs)."),
         ("li", "Button travel and IP54 check: OK. Braille dot height 0.6 mm: OK."),
         ("li", "Fit check on landing wall, Block B 12/F: OK."),
         ("h", "Disposition"),
         ("p", "Samples APPROVED for fit check only. Production not released."),
         ("p", "The balance of 232 pcs remains on hold. It can be released only by a written release from "
               "Mr. Raymond Tse, Head of Technical Services, after this record and the site trial report are reviewed."),
         ("p", "Material authority: sample quantity only (8 pcs)."),
         ("p", "Signed: Kelvin Lau, 29.05.2024"),
     ], author="Kelvin Lau"))])

# c06 full-quantity PO, 'proceed with the full 300 pcs'
case("c06_full_qty_po", [], "Full-quantity PO (300 pcs, no balance) saying proceed with the full 300; no absence rules apply",
     [("OC-7830.pdf", pdf([
         ("h1", "ORDEN DE COMPRA OC-7830"),
         ("p", "Constructora Altamira S.A.S. · NIT 900.418.227-3 · Cra. 43A # 7-50, Medellín, Colombia"),
         ("table", [["Proveedor", "Componentes Elevación del Bajío S.A. de C.V., Querétaro, México"],
                    ["Fecha", "03/06/2024"], ["Proyecto", "Ciudadela Altamira Ceiba, Torres 5 a 8"],
                    ["Moneda / pago", "USD / 45 días"], ["Incoterm", "FCA Querétaro"]]),
         ("sp",),
         ("table", [["Ítem", "Código", "Descripción", "Cant.", "Und", "Precio USD", "Total USD"],
                    ["1", "CPT-1100-HL", "Guarnición de cabina / car-panel trim, inox 1.4301 hairline", "300", "pza",
                     "38,40", "11.520,00"]]),
         ("sp",),
         ("p", "Programa de entregas / delivery schedule:"),
         ("table", [["Lote", "Cantidad", "Semana"], ["1", "100 pzas", "30"], ["2", "100 pzas", "32"],
                    ["3", "100 pzas", "34"]]),
         ("sp",),
         ("p", "Cantidad total y final: trescientas (300) piezas. This order is for the full quantity; there is no "
               "further balance. Proceed with the full 300 pcs according to the delivery schedule above."),
         ("p", "Elaboró: Andrés Restrepo (Compras). Autorizó: Carlos Ospina (Gerente de Proyecto)."),
     ], title="OC-7830", author="Andres Restrepo"))])

# c07 DELFOR call-off with explicit staged material authority above the released quantity
case("c07_delfor_staged_material", [],
     "Call-off releases 40; explicit staged material authority up to 200; forecast labelled; next call-off by named person",
     [("DELFOR_KH-DF-0007.txt", """EDI DELFOR D.96A  -- translated printout --                 KAARNA HISSIHUOLTO OY
==========================================================================================
Message ref  : KH-DF-0007                        Doc date : 2024-06-17
Buyer        : KAARNA HISSIHUOLTO OY, VANTAA     GLN 6417834000017
Supplier     : POVAZSKE KOMPONENTY VYTAHOV SRO    GLN 8588000412209
Sched. agr.  : 5500000211                        Item     : GS-16 GUIDE SHOE T89/B
Drawing      : KH-GS-16 REV C                    Unit     : EA
------------------------------------------------------------------------------------------
SCC 1  FIRM / RELEASED
   QTY 113 (delivery qty)          40 EA     DTM 2024-07-08
SCC 4  FORECAST - NOT RELEASED - PLANNING ONLY
   QTY 113                         180 EA    DTM 2024-08
   QTY 113                         180 EA    DTM 2024-09
   QTY 113                         200 EA    DTM 2024-10
------------------------------------------------------------------------------------------
FTX AAI  MATERIAL AUTHORITY (STAGED): SUPPLIER MAY BUY AND HOLD RAW MATERIAL
FTX AAI  (HOUSING CASTINGS + UHMW-PE INSERTS) FOR UP TO 200 EA AT BUYER'S LIABILITY.
FTX AAI  NO FABRICATION BEYOND THE 40 EA RELEASED ABOVE. BALANCE ON HOLD.
FTX AAI  FURTHER QTY ONLY BY NEXT CALL-OFF, ISSUED IN WRITING BY
FTX AAI  MIKKO LEHTINEN, SUPPLY CHAIN MANAGER.
------------------------------------------------------------------------------------------
CUM RECEIVED : 0 EA          LAST ASN : --          ISO 9001:2015 CERT VALID TO 2026-03-31
""")])

# c08 signed explicit auto-conversion record
case("c08_autoconversion_signed", [],
     "Explicit signed auto-conversion: quantity 182, signer, conditions, date; recorded before sign-off",
     [("AC-NMX-VT-003.docx", docx_bytes([
         ("h1", "Auto-conversion Record AC-NMX-VT-003"),
         ("p", "Project: Nile Metro Extension, East Extension, Vertical Transportation package"),
         ("table", [["Order", "PO-NMX-VT-0480, pit buffers PB-100 (polyurethane, EN 81-20 / EN 81-50 type-tested)"],
                    ["Supplier", "Componentes Levante para Elevación S.L., Paterna, Spain"],
                    ["Sample quantity", "4 pcs"],
                    ["Quantity converted on sign-off", "182 pcs (balance of the 186 pcs contract quantity)"],
                    ["Sample sign-off by", "Eng. Mona Abdelrahman, E&M Design Engineer"],
                    ["Authorised by", "Eng. Hossam Nabil, Package Manager (release authority)"]]),
         ("h", "Statement"),
         ("p", "By this record the release authority agrees in advance that an approved sample sign-off of the 4 "
               "samples by Eng. Mona Abdelrahman releases the 182 pcs automatically, without a further document, "
               "on these conditions:"),
         ("num", "the EN 81-50 type-test certificate submitted with the samples is valid at the date of sign-off;"),
         ("num", "the sign-off is dated on or before 30.09.2024;"),
         ("num", "no stop notice on PO-NMX-VT-0480 is in force."),
         ("p", "If any condition is not met, the 182 pcs stay on hold until a written release by Eng. Hossam Nabil."),
         ("p", "Signed: Eng. Hossam Nabil, 20.05.2024"),
         ("p", "Acknowledged for the supplier: Javier Montoro, 21.05.2024"),
     ], author="Hossam Nabil"))])

# c09 old quote forwarded as rfc822, declared informational, current PO scoped
_old_q = pdf([
    ("h1", "QUOTATION HT-Q-2022-0933"),
    ("p", "Suzhou Hengtai Elevator Parts Co., Ltd. to Harbourfront Estate Services Ltd, 14 Sep 2022"),
    ("table", [["Item", "Qty", "Unit price USD"], ["GS-16 guide shoe, T89/B", "5.000 pcs", "6,85"],
               ["GS-16 guide shoe, T89/B", "1.000 pcs", "7,40"]]),
    ("p", "Validity 30 days. FOB Shanghai."),
], title="HT-Q-2022-0933", author="Kevin Zhou")
_old = mail(KEVIN, WINNIE, "Quotation HT-Q-2022-0933 guide shoes", "Wed, 14 Sep 2022 16:02:00 +0800",
            "Dear Winnie,\n\nPls find our quotation for GS-16 guide shoes attached, 5.000 pcs and 1.000 pcs price.\n\n"
            "Best regards\nKevin" + SIG_KEVIN,
            attachments=[("HT-Q-2022-0933.pdf", _old_q, PDF_MT)])
_t = """Kevin,

FYI, below is your old quotation from 2022 with the 5.000 pcs price. Sending only as price reference for our budget discussion. It is NOT an order and nothing in it is released.

Current status stays as per our PO HF-PO-24-0922: 12 pcs guide shoe samples only. The balance is not released until Kelvin Lau signs off the samples and Mr. Raymond Tse sends the written release. Material for the 12 samples only pls.

Thx
Winnie
""" + SIG_WINNIE
case("c09_fwd_old_quote_info", [],
     "Old 5.000 pcs quote forwarded as rfc822 and declared price reference only; current 12-sample scope complete",
     [("FW_Quotation_HT-Q-2022-0933.eml", E(mail(WINNIE, KEVIN, "FW: Quotation HT-Q-2022-0933 guide shoes",
                                                  "Mon, 10 Jun 2024 10:31:00 +0800", _t,
                                                  attachments=[("rfc822", _old)])))])

# c10 buyer corrects a quoted supplier line that assumed auto-conversion
_q = """Hola Carlos,

Las 12 muestras de botoneras salen el viernes. Una vez que aprueben las muestras, we go straight into the 1.428 pcs series, ok? Así ganamos 3 semanas.

Saludos cordiales,
Alejandro""" + SIG_ALEJANDRO
_t = """Alejandro, buenas tardes.

No. La firma de las muestras no libera la serie.

Solo las doce (12) muestras de la OC 7840 están liberadas. El saldo de 1.428 pzas sigue en hold hasta mi liberación escrita, que hago después del sample sign-off de la Ing. Luisa Fernanda Gómez en obra. Material solo para las muestras, por favor.

Cordial saludo,
Carlos
""" + SIG_CARLOS + "\n" + "El 18/06/2024 a las 09:12, Alejandro Ramírez <aramirez@ceb-bajio.com.mx> escribió:\n" + quote(_q) + "\n"
case("c10_reply_corrects_autoconv", [],
     "Buyer reply rejects a quoted supplier assumption of rolling into the 1.428 series; hold, event and person named",
     [("RE_OC_7840_muestras.eml", E(mail(CARLOS, ALEJANDRO, "RE: OC 7840 muestras botoneras - envío viernes",
                                         "Tue, 18 Jun 2024 15:40:00 -0500", _t, cc=ANDRES,
                                         in_reply_to="<h218-q0010@ceb-bajio.com.mx>")))])

# c11 WeChat: supplier says the deposit does not release production
case("c11_wechat_deposit_not_release", [], "Supplier: 'deposit does not release production'; buyer confirms hold, event and release person",
     [("WeChat_Harbourfront_Hengtai_0702.txt", """WeChat chat history  |  Harbourfront x Hengtai 恒泰 (group)  |  exported 2024-07-03
----------------------------------------------------------------------------
2024-07-02 10:03  Winnie Chan (Harbourfront)
Kevin, 30% deposit for PI-HT-240702 paid today, HKD 9,840. TT copy in email

2024-07-02 10:11  Kevin Zhou 周凯
Received with thanks 🙏
Pls note: deposit does not release production. We make only the 8 samples under PO HF-PO-24-0935, balance 392 pcs wait for your written release. Material we buy only for 8 pcs

2024-07-02 10:15  Winnie Chan (Harbourfront)
Correct. Kelvin will sign off the samples first, then Mr Raymond Tse release the 392 in writing if ok

2024-07-02 10:16  Kevin Zhou 周凯
ok noted 👌
""")])

# c12 supplier acknowledgement restating the hold (multipart + DOCX + quoted buyer scope)
_ack_docx = docx_bytes([
    ("h1", "Order Acknowledgement OA-PKV-24-0217"),
    ("table", [["Customer", "NMX-JV Nile Metro Extension Joint Venture"],
               ["Customer PO", "PO-NMX-VT-0491"],
               ["Item", "CP-35-1000 comb plate, aluminium, 35°, 1000 mm (EN 115-1)"],
               ["Acknowledged quantity", "4 pcs samples"],
               ["Balance 92 pcs", "NOT released, not scheduled"],
               ["Material", "for 4 samples only"]]),
    ("p", "We will not start the balance before a written release from Eng. Hossam Nabil after the sample sign-off."),
    ("p", "Považské Komponenty Výťahov s.r.o., Peter Hudák, 05.06.2024"),
], author="Peter Hudak")
_q = """Dear Mr. Peter,

Kindly find attached PO-NMX-VT-0491 for four (4) sample comb plates CP-35-1000.
Please be informed that the balance of 92 pcs is not released at this stage. It will be released only in writing by Eng. Hossam Nabil, Package Manager, after sample sign-off by Eng. Mona Abdelrahman. Material for the 4 samples only.

Best Regards,
Eng. Ahmed Fathy"""
_t = """Dear Eng. Ahmed,

thank you for your order. We acknowledge PO-NMX-VT-0491 as written:
- 4 (four) sample comb plates CP-35-1000 only,
- balance of 92 pcs not released,
- material for the 4 samples only,
- we do not start the balance before the written release of Eng. Hossam Nabil after the sample sign-off.

Our signed acknowledgement OA-PKV-24-0217 is attached. Samples ready in week 26.

With best regards / S pozdravom
Peter Hudák
""" + SIG_PETER + "\n" + "From: Ahmed Fathy <a.fathy@nmx-jv.com.eg>\nSent: Monday, June 3, 2024 1:14 PM\nTo: Peter Hudák\nSubject: PO-NMX-VT-0491 sample comb plates\n\n" + quote(_q) + "\n"
case("c12_supplier_ack_restates_hold", [], "Supplier acknowledgement restating sample-only scope, hold, material and release person",
     [("RE_PO-NMX-VT-0491.eml", E(mail(PETER, AHMED, "RE: PO-NMX-VT-0491 sample comb plates",
                                       "Wed, 05 Jun 2024 08:55:00 +0200", _t, html=to_html(_t),
                                       in_reply_to="<h218-q0012@nmx-jv.com.eg>",
                                       attachments=[("OA-PKV-24-0217.docx", _ack_docx, DOCX_MT)])))])

# c13 supplier status report restating hold and sample-only material
case("c13_status_report_hold", [], "Supplier status report: 24 samples released and made, balance 476 not released, material sample-only",
     [("DLP_status_Altamira_wk25.pdf", pdf([
         ("h1", "Order Status Report - Constructora Altamira - Week 25/2024"),
         ("p", "Deccan Liftparts Pvt. Ltd., Plot C-17, Chakan MIDC Phase II, Pune 410501 · ISO 9001:2015 · IATF not applicable"),
         ("table", [["Cust. PO", "Part", "Released (samples)", "Produced", "Dispatched", "Balance", "Material"],
                    ["OC 7851", "GS-16 guide shoe", "24", "24", "24 (AWB 77 1840 2290)",
                     "476 - not released, awaiting customer written release", "sample qty only"],
                    ["OC 7852", "GS-16 insert (spare)", "24", "24", "24", "none", "sample qty only"]]),
         ("sp",),
         ("p", "Remarks: no work order is open for the balance of OC 7851. We will start only after the written "
               "release of Ing. Carlos Ospina following the site sample sign-off."),
         ("p", "Prepared by: Priya Deshpande (PPC), 21.06.2024"),
     ], title="Order status wk25", author="Priya Deshpande"))])

# c14 interim sample sign-off with quantity and date limits, release of 60 by named person
case("c14_interim_signoff_limits", [],
     "Interim sign-off limited to 60 pcs / 30.09.2024; release of 60 by named authority; balance 540 on hold",
     [("SSO-24-009.docx", docx_bytes([
         ("h1", "Sample Sign-off SSO-24-009"),
         ("table", [["Part", "DH-2-900 door hanger assembly, drawing KH-DH-900 rev. 4"],
                    ["Supplier / PO", "Deccan Liftparts Pvt. Ltd. / PO 4500-2563"],
                    ["Samples", "20 pcs, received 18.06.2024"],
                    ["Engineer", "Satu Heikkilä"]]),
         ("h", "Result"),
         ("p", "Dimensions OK. Roller noise 52 dB(A) at 0.63 m/s, limit 50 dB(A): deviation DV-24-031."),
         ("h", "Disposition: INTERIM"),
         ("li", "Quantity limit: 60 pcs."),
         ("li", "Valid until 30.09.2024 or until the corrected rollers are signed off, whichever comes first."),
         ("li", "Deviation DV-24-031 must be marked on each carton."),
         ("h", "Release"),
         ("p", "Production release R-1 for 60 pcs is issued by Mikko Lehtinen, Supply Chain Manager, under this "
               "interim sign-off (see release notice KH-REL-2024-05)."),
         ("p", "The balance of 540 pcs remains on hold until a full sample sign-off and a further written release by "
               "Mikko Lehtinen."),
         ("p", "Satu Heikkilä, 24.06.2024 / Mikko Lehtinen, 24.06.2024"),
     ], author="Satu Heikkila"))])

# c15 full-quantity ERP PO full of identifiers that look like quantities
case("c15_erp_po_identifiers", [],
     "Full-quantity PO for 48 pcs; PN, DRG rev, EN/ISO numbers, thread and test hours are identifiers, not quantities",
     [("PO-NMX-VT-0512.txt", """NMX-JV  NILE METRO EXTENSION JOINT VENTURE          ORACLE EBS - PURCHASE ORDER
Vertical Transportation Package - East Extension
====================================================================================
PO No.      : PO-NMX-VT-0512          Rev : 0           Date : 09-JUN-2024
Supplier    : DECCAN LIFTPARTS PVT LTD (Supplier site PUNE-01)
Ship-to     : NMX-JV CENTRAL STORE, KM 28 CAIRO-SUEZ RD, NEW CAIRO
Buyer       : ENG. AHMED FATHY               Currency : EUR      Terms : LC 90 DAYS
====================================================================================
Ln  Item            Description                              Qty   UOM  Unit EUR   Amount
 1  GS-160-12       GUIDE SHOE T89/B SLIDING, 160 MM         48   EA      38.50   1,848.00
                    DRG NMX-VT-4500 REV 20
                    M10X1.5 FIXING STUDS, GR 8.8
                    ZINC-NICKEL 12 UM, SALT SPRAY 500 H ISO 9227
                    EN 81-20:2020 / EN 81-50:2020
------------------------------------------------------------------------------------
Shipments:  Ln1 Shp1   24 EA   NEED-BY 28-JUL-2024
            Ln1 Shp2   24 EA   NEED-BY 25-AUG-2024
------------------------------------------------------------------------------------
NOTES TO SUPPLIER:
  FULL AND FINAL QUANTITY: 48 EA FOR LIFTS L-201 TO L-212 (12 LIFTS X 4). NO BALANCE.
  SUPPLIER QMS: ISO 9001:2015. INSPECTION CERT EN 10204 3.1.
  PACKING: 8 PCS PER CARTON, MAX 1000 KG PER PALLET.
====================================================================================
                                                    TOTAL EUR        1,848.00
""")])

# c16 buyer portal PO page with a complete scope note
case("c16_portal_po_scope_complete", [],
     "Buyer portal PO page: 6 samples active, balance 234 not released, sign-off event, named release authority, sample-only material",
     [("harbourfront_po_HF-PO-24-0950.html", html_page("Harbourfront Supplier Portal - PO HF-PO-24-0950", """
<h2>Harbourfront Supplier Portal</h2>
<p>Purchase order <b>HF-PO-24-0950</b> &nbsp;|&nbsp; Supplier: Deccan Liftparts Pvt. Ltd. &nbsp;|&nbsp; Issued 2024-06-11 by Winnie Chan</p>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Scope</th><th>Qty</th><th>Unit price HKD</th></tr>
<tr><td>1</td><td>CP-35-800</td><td>Comb plate, aluminium, 35&deg;, 800 mm, black with yellow demarcation</td><td>sample</td><td>6</td><td>612.00</td></tr>
</table>
<div class="note">
<p><b>Scope note.</b> This PO covers six (6) sample comb plates only. The balance of 234 pcs is NOT released.</p>
<p>Make and ship the 6 samples only. Material authority: sample quantity only.</p>
<p>The balance will be released only after sample sign-off by Kelvin Lau (Lift &amp; Escalator Engineer), by a written release from Mr. Raymond Tse, Head of Technical Services.</p>
</div>
<p>Supplier acknowledgement: <i>pending</i></p>
"""))])

# c17 Teams: go ahead with the 15 pilot units only
case("c17_teams_pilot_only", [], "Go-ahead scoped to 'the 15 pilot units only'; rest not released until sign-off + written release by Mikko",
     [("Teams_Kaarna_Levante_GS16.txt", """Microsoft Teams - chat export
Chat: Kaarna / Levante - pit buffers PB-100            Exported: 14.6.2024
-------------------------------------------------------------------------
Javier Montoro  13.6.2024 16.02
Hola Mikko, PO 4500-2577 received, thank you. We are ready to cut the polyurethane on Monday. Can we start?

Mikko Lehtinen  13.6.2024 16.20
Hi Javier. Go ahead with the 15 pilot units only. The rest 285 pcs are not released until Satu's sample sign-off and my written release. Material only for the 15, please.

Javier Montoro  13.6.2024 16.24
Perfecto, entendido. 15 pilot units only, 285 wait for your written release.
""")])

# c18 release notice after sign-off, remaining quantity on hold
case("c18_release_notice_partial", [],
     "Release notice: 48 released after sign-off; remaining 48 on hold until installation check + next written release by named person",
     [("RN-NMX-VT-012.pdf", pdf([
         ("h1", "RELEASE NOTICE RN-NMX-VT-012"),
         ("p", "NMX-JV Nile Metro Extension Joint Venture · Vertical Transportation Package"),
         ("table", [["To", "Deccan Liftparts Pvt. Ltd., Pune (Attn. Mr. Rajesh Kulkarni)"],
                    ["PO", "PO-NMX-VT-0503, comb plates CP-35-1000, total 96 pcs"],
                    ["Sample sign-off", "SSO-044, approved by Eng. Mona Abdelrahman on 12.06.2024"],
                    ["Released by this notice", "48 pcs (Stations E1 to E3, 12 escalators x 4)"],
                    ["Remaining quantity", "48 pcs: on hold"],
                    ["Date", "16.06.2024"]]),
         ("sp",),
         ("p", "Kindly manufacture and deliver the 48 pcs released above. The remaining 48 pcs are not released. They "
               "will be released only after the installation check of the first 12 escalators, by a next written "
               "release from the undersigned."),
         ("p", "Authorised by: Eng. Hossam Nabil, Package Manager - Vertical Transportation"),
     ], title="RN-NMX-VT-012", author="Hossam Nabil"))])

# c19 deposit explicitly does NOT release (multipart + SWIFT copy as text attachment)
_swift = """{1:F01BCOLCOBMAXXX0000000000}{2:I103CAIXESBBXXXXN}{4:
:20:ALT240619-0077
:23B:CRED
:32A:240619EUR1164,00
:50K:/0099-1122-33
CONSTRUCTORA ALTAMIRA SAS
MEDELLIN CO
:59:/ES7621000418450200051332
COMPONENTES LEVANTE PARA ELEVACION SL
PATERNA ES
:70:PI LEV-PI-24-077 ANTICIPO 30 PCT
:71A:SHA
-}
"""
_t = """Hola Javier,

hoy transferimos el anticipo del 30% (EUR 1.164,00) de la proforma LEV-PI-24-077, adjunto copia del SWIFT.

Importante: this payment does not release production. Por ahora solo las seis (6) muestras de la OC 7862. El saldo de 534 pzas no está liberado hasta el sample sign-off de la Ing. Luisa Fernanda Gómez y la liberación escrita de Carlos Ospina, Gerente de Proyecto. Material solo para las muestras.

Cordial saludo,
Andrés
""" + SIG_ANDRES
case("c19_deposit_explicitly_not_release", [],
     "Buyer: deposit paid but 'this payment does not release production'; 6 samples, hold, event and named person",
     [("Anticipo_LEV-PI-24-077.eml", E(mail(ANDRES, JAVIER, "Anticipo 30% PI LEV-PI-24-077 / OC 7862",
                                            "Wed, 19 Jun 2024 10:12:00 -0500", _t, html=to_html(_t),
                                            attachments=[("MT103_ALT240619-0077.txt", _swift, "text/plain")])))])

# c20 minutes that keep sign-off, PO and production release apart
case("c20_minutes_terms_apart", [],
     "Minutes keep sample sign-off, PO issued and production release apart; 20 samples, 580 on hold, named person",
     [("MoM_Kaarna_Deccan_2024-06-26.docx", docx_bytes([
         ("h1", "Minutes of Meeting - Kaarna / Deccan Liftparts"),
         ("p", "Date: 26.06.2024, Teams. Participants: Jukka Räsänen, Satu Heikkilä, Mikko Lehtinen (Kaarna); "
               "Rajesh Kulkarni, Priya Deshpande (Deccan)."),
         ("h", "1. Landing push-button plates LPB-4F"),
         ("table", [["Topic", "Status", "Owner"],
                    ["Sample sign-off (20 pcs)", "passed on 24.06.2024, report SSO-24-011", "Satu Heikkilä"],
                    ["Purchase order", "PO 4500-2588 issued, covers the 20 samples only", "Jukka Räsänen"],
                    ["Production release (580 pcs)", "not given. Balance on hold.", "Mikko Lehtinen"],
                    ["Material authority", "sample-only", "Jukka Räsänen"]]),
         ("h", "2. Next step"),
         ("p", "The internal budget decision for the 580 pcs is expected in week 28. After it, Mikko Lehtinen sends the "
               "written production release and a revised PO. Deccan does not start the 580 pcs before that."),
         ("h", "3. AOB"),
         ("p", "Deccan asked about packing 20 pcs per carton instead of 10. Satu to check with the warehouse."),
         ("p", "Minutes: Jukka Räsänen"),
     ], author="Jukka Rasanen"))])

# c21 EDI 830 clearly labelled forecast, no fab / material authority
case("c21_edi830_forecast_only", [], "X12 830 planning schedule labelled forecast only, no fabrication or material authorization",
     [("EDI830_KH_HENGTAI_W24.txt", """ISA*00*          *00*          *ZZ*KAARNAHISSI    *ZZ*HENGTAILIFT    *240610*0815*U*00401*000000218*0*P*>~
GS*PS*KAARNAHISSI*HENGTAILIFT*20240610*0815*218*X*004010~
ST*830*0001~
BFR*05*KH-FC-2024-W24**DL*A*20240701*20241231*20240610~
N1*BY*KAARNA HISSIHUOLTO OY~
N1*SU*SUZHOU HENGTAI ELEVATOR PARTS CO LTD~
LIN**BP*DH-2-900*VP*HT-DH900~
UIT*EA~
FST*120*D*M*20240701~
FST*120*D*M*20240801~
FST*160*D*M*20240901~
FST*160*D*M*20241001~
ATH*FI****20240610~
ATH*MT****20240610~
CTT*1*560~
SE*14*0001~
GE*1*218~
IEA*1*000000218~

-- translator view --------------------------------------------------------------
Planning schedule KH-FC-2024-W24, purpose 05 (replace), type DL
ALL FST LINES ARE QUALIFIER D = PLANNING (FORECAST ONLY).
ATH FI / MT carry NO quantity: NO FABRICATION AUTHORIZATION, NO MATERIAL AUTHORIZATION.
This schedule is not a purchase order. Orders only by PO and written release from Kaarna.
""")])

# c22 supplier portal order acknowledgement restating the hold
case("c22_supplier_portal_ack", [], "Supplier portal ack: sample lot 10 confirmed, 590 NOT RELEASED awaiting named buyer release, material sample-only",
     [("hengtai_order_SO-24-0611.html", html_page("Hengtai Customer Portal - Sales order SO-24-0611", """
<h2>Hengtai Customer Portal &raquo; Sales order SO-24-0611</h2>
<p>Customer: Kaarna Hissihuolto Oy &nbsp;|&nbsp; Customer PO: 4500-2599 &nbsp;|&nbsp; Part: CPT-1100-HL car-panel trim</p>
<table>
<tr><th>Lot</th><th>Quantity</th><th>Status</th><th>Material</th></tr>
<tr><td>Sample lot</td><td>10 pcs</td><td>Confirmed, ETD 2024-07-05</td><td>bought for 10 pcs</td></tr>
<tr><td>Production</td><td>590 pcs</td><td><b>NOT RELEASED</b> &ndash; waiting buyer written release</td><td>none</td></tr>
</table>
<p class="note">Production of the 590 pcs starts only after Kaarna's sample sign-off and a written release from Mr. Mikko Lehtinen, Supply Chain Manager. Material authority: sample-only.</p>
<p>Last update 2024-06-14 by Kevin Zhou</p>
"""))])

# c23 revised PO that releases the balance after sign-off; no balance remains
case("c23_revised_po_releases_balance", [],
     "PO Rev 2 releases the remaining 92 after sign-off; total 96 released, no balance left, named authority",
     [("PO-NMX-VT-0519_Rev2.pdf", pdf([
         ("h1", "PURCHASE ORDER PO-NMX-VT-0519 - REVISION 2"),
         ("p", "NMX-JV Nile Metro Extension Joint Venture, New Cairo · Vertical Transportation Package"),
         ("table", [["Supplier", "Považské Komponenty Výťahov s.r.o., Považská Bystrica, Slovakia"],
                    ["Revision date", "16.07.2024"],
                    ["Reason for revision", "Release of balance following sample sign-off SSO-051 of 14.07.2024"]]),
         ("sp",),
         ("table", [["Ln", "Item", "Description", "Rev 1 qty", "Rev 2 qty", "Unit EUR", "Amount EUR"],
                    ["1", "DH-2-1100", "Door hanger, 2-panel CO, 1100 mm, sample", "4", "4", "96,00", "384,00"],
                    ["2", "DH-2-1100", "Door hanger, 2-panel CO, 1100 mm, production", "-", "92", "71,50", "6.578,00"]]),
         ("sp",),
         ("p", "This revision releases the remaining 92 pcs for production. Total ordered and released: 96 pcs. "
               "No balance remains on this PO."),
         ("p", "Authorised by: Eng. Hossam Nabil, Package Manager. Buyer: Eng. Ahmed Fathy."),
     ], title="PO-NMX-VT-0519 Rev 2", author="Ahmed Fathy"))])

# c24 supplier-internal forward (rfc822) of the buyer's complete scope
_buyer = mail(WINNIE, KEVIN, "PO HF-PO-24-0961 guide shoe samples", "Tue, 11 Jun 2024 09:40:00 +0800",
              """Dear Kevin,

Pls find PO HF-PO-24-0961 in the portal: six (6) pcs guide shoe samples GS-16 only.
The balance 154 pcs is NOT released. Material for the 6 pcs only pls.
The balance can be released only after Kelvin Lau signs off the samples, by written release from Mr. Raymond Tse, Head of Technical Services.

Thx & rgds
Winnie
""" + SIG_WINNIE)
_t = """Lily,

pls see customer PO scope below. Only 6 samples to make. Don't open work order for balance, don't buy material for balance. Wait until Mr Raymond Tse release in writing.

Kevin
"""
case("c24_fwd_scope_to_ops", [], "Supplier sales forwards (rfc822) the buyer's complete sample-only scope to its PMC",
     [("FW_PO_HF-PO-24-0961.eml", E(mail(KEVIN, LILY, "FW: PO HF-PO-24-0961 guide shoe samples",
                                         "Tue, 11 Jun 2024 11:05:00 +0800", _t,
                                         attachments=[("rfc822", _buyer)])))])

# c25 multi-file: cover mail + TXT PO + supplier quote; quote declared informational
_t = """Hola Javier,

attached our PO 4500-2611 for the door hanger samples and, for your file, your quotation LEV-Q-2024-0207.

Please note: the quotation shows the series 600 pcs. That figure is for information only and is not released. The PO covers the 12 samples only, material for the samples only.

The series of 600 pcs is released only after our sample sign-off (Satu Heikkilä), by a written release from Mikko Lehtinen, Supply Chain Manager.

Br,
Jukka
""" + SIG_JUKKA
case("c25_cover_po_quote_informational", [],
     "Cover mail + PO + quote: quote's 600 declared informational; 12 samples, series 600 on hold, event and named person",
     [("Mail_PO_4500-2611.eml", E(mail(JUKKA, JAVIER, "PO 4500-2611 door hanger samples DH-2-900",
                                       "Thu, 20 Jun 2024 09:03:00 +0300", _t))),
      ("PO_4500-2611.txt", """KAARNA HISSIHUOLTO OY                                   OSTOTILAUS / PURCHASE ORDER
Valimotie 21, 01510 Vantaa                              PO 4500-2611    20.06.2024
Supplier: 200388 COMPONENTES LEVANTE PARA ELEVACION S.L., PATERNA (VALENCIA), ES
------------------------------------------------------------------------------------
Item  Material   Text                                        Qty  Un   Price EUR   Value EUR
10    DH-2-900   DOOR HANGER ASSY 2-PANEL CO 900MM SAMPLE     12  PC      66,00      792,00
------------------------------------------------------------------------------------
Scope: this PO covers twelve (12) sample pcs only. Series 600 pcs NOT released.
Material authority: samples only.
Unlock: sample sign-off by Satu Heikkilä, then written release by Mikko Lehtinen,
Supply Chain Manager. Quotation LEV-Q-2024-0207 attached for information only.
Delivery DAP Vantaa wk 28. Payment 60 d net.
"""),
      ("LEV-Q-2024-0207.pdf", pdf([
          ("h1", "OFERTA / QUOTATION LEV-Q-2024-0207"),
          ("p", "Componentes Levante para Elevación S.L. to Kaarna Hissihuolto Oy, 11/06/2024"),
          ("table", [["Tier", "Quantity", "Unit price", "Lead time"],
                     ["Samples", "12 pcs", "EUR 66,00", "3 weeks"],
                     ["Series", "600 pcs", "EUR 41,20", "7 weeks after written release"]]),
          ("p", "Rollers Ø62 polyurethane, bearing 6201-2RS. EXW Paterna. Validity 60 days."),
      ], title="LEV-Q-2024-0207", author="Javier Montoro"))])


# ================================================================ POSITIVE

# p01 sample PO mail + PDF PO that quotes the series quantity, nothing else
_po = pdf([
    ("h1", "PURCHASE ORDER 4500-2291"),
    ("table", [["Buyer", "Kaarna Hissihuolto Oy, Valimotie 21, 01510 Vantaa, Finland"],
               ["Supplier", "Suzhou Hengtai Elevator Parts Co., Ltd., No. 58 Fenhu Avenue, Wujiang District, Suzhou"],
               ["PO date", "15.05.2024"], ["Payment", "60 days net"], ["Incoterms", "DAP Vantaa"]]),
    ("sp",),
    ("table", [["Item", "Material", "Description", "Qty", "Unit", "Price EUR", "Value EUR"],
               ["10", "DH-2-900", "Door hanger assembly, 2-panel centre opening, 900 mm, sample", "10", "pcs",
                "64,50", "645,00"]]),
    ("sp",),
    ("p", "Reference: your quotation SHT-Q-24-0418 of 06.05.2024: samples 10 pcs, series 600 pcs, series unit price "
          "EUR 41,80."),
    ("p", "Drawing KH-DH-900 rev. 4. Rollers Ø62 polyurethane, bearing 6201-2RS. PO number on every carton."),
    ("p", "Purchaser: Jukka Räsänen, +358 9 4250 1180"),
], title="PO 4500-2291", author="Jukka Rasanen")
_t = """Hello Kevin,

please find attached our purchase order 4500-2291 for the door hanger samples DH-2-900, ten (10) pcs, according to your quotation SHT-Q-24-0418.

Delivery DAP Vantaa latest week 24. Please send the material certificates (EN 10204 3.1) and the dimensional report with the samples. The rollers 62 mm must be the polyurethane type like in the offer.

Please confirm the PO and the delivery date.

Br,
Jukka
""" + SIG_JUKKA
case("p01_sample_po_quote_series", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 10 cites the quoted series 600 unmarked; no hold, no unlock event, no release person",
     [("PO_4500-2291_door_hangers.eml", E(mail(JUKKA, KEVIN, "PO 4500-2291 / door hanger samples DH-2-900",
                                               "Wed, 15 May 2024 08:47:00 +0300", _t,
                                               attachments=[("PO_4500-2291.pdf", _po, PDF_MT)])))])

# p02 SAP PO for 6 samples with project total 240 in header text; release authority named only
case("p02_sap_po_project_total", ["RG001", "RG003", "RG004"],
     "SAP sample PO for 6 comb plates shows project total 240 unmarked; release authority named but no hold, no event",
     [("PO_4700018245.txt", """HARBOURFRONT ESTATE SERVICES LTD                                  PURCHASE ORDER
22/F Harbourfront Centre, 88 Hoi Bun Road, Kwun Tong, Kowloon, Hong Kong
-------------------------------------------------------------------------------------
PO Number    : 4700018245               PO Date    : 06.05.2024
Vendor       : 300412  DECCAN LIFTPARTS PVT LTD
               PLOT C-17, CHAKAN MIDC PHASE II, PUNE 410501, INDIA
Purch. Group : H12 LIFT & ESCALATOR     Buyer      : WINNIE CHAN  Tel 2389 4410
Currency     : HKD                      Pay. Terms : 30 DAYS NET
Incoterms    : CIF HONG KONG
-------------------------------------------------------------------------------------
Item  Material      Short text                            Qty  UoM   Net price    Net value
00010 CP-35-800     COMB PLATE AL 35DEG W800 - SAMPLE       6  EA       612.00     3,672.00
      Deliv. date 14.06.2024      Plant HK01   Stor. loc. KT-ESC
-------------------------------------------------------------------------------------
Header text:
  Comb plates for escalators ESC-07 to ESC-18, Kwun Tong Plaza Phase 2.
  Total project requirement 240 pcs as per your quotation DLP/Q/24-117 dd 22.04.2024.
  Comb plate to EN 115-1:2017, alloy EN AC-46000, black powder coat, yellow demarcation.
  Release authority for this project: Raymond Tse, Head of Technical Services.
-------------------------------------------------------------------------------------
                                                  Total net value HKD      3,672.00
""")])

# p03 multi-file: cover mail + sample PO + supplier quote with 1.440 production
_t = """Buenos días Alejandro,

Adjunto la OC 7720 para las muestras de botoneras de piso (landing push-button plates) LPB-4F, doce (12) unidades, y su cotización COT-CEB-2404-051.

Please proceed with the samples. Entrega en obra Ciudadela Altamira Ceiba, Envigado, a nombre de la Ing. Luisa Fernanda Gómez. Necesitamos el braille y el grabado del piso según plano ALT-ASC-031 rev. B.

Cordial saludo,
Andrés
""" + SIG_ANDRES
case("p03_cover_po_quote_1440", ["RG001", "RG003", "RG004", "RG005"],
     "Cover mail + sample PO (12) + quote with production 1.440 unmarked; nothing on hold, no event, no release person",
     [("Correo_OC-7720.eml", E(mail(ANDRES, ALEJANDRO, "OC 7720 - muestras botoneras de piso LPB-4F / Ceiba",
                                    "Thu, 16 May 2024 11:20:00 -0500", _t, cc=LUISA))),
      ("OC-7720.pdf", pdf([
          ("h1", "ORDEN DE COMPRA No. 7720"),
          ("p", "Constructora Altamira S.A.S. · NIT 900.418.227-3 · Medellín"),
          ("table", [["Proveedor", "Componentes Elevación del Bajío S.A. de C.V."], ["Fecha", "16/05/2024"],
                     ["Proyecto", "Ciudadela Altamira Ceiba"], ["Pago", "30 días"]]),
          ("sp",),
          ("table", [["Ítem", "Código", "Descripción", "Cant.", "Und", "Precio USD", "Total USD"],
                     ["1", "LPB-4F", "Botonera de piso / landing push-button plate, inox satinado, braille - MUESTRA",
                      "12", "und", "86,00", "1.032,00"]]),
          ("sp",),
          ("p", "Entrega: 3 semanas, en obra. Referencia: cotización COT-CEB-2404-051."),
          ("p", "Elaboró: Andrés Restrepo (Compras)"),
      ], title="OC 7720", author="Andres Restrepo")),
      ("COT-CEB-2404-051.pdf", pdf([
          ("h1", "COTIZACIÓN COT-CEB-2404-051"),
          ("p", "Componentes Elevación del Bajío S.A. de C.V. · Av. 5 de Febrero 2120, Querétaro, Qro. · 29/04/2024"),
          ("p", "Cliente: Constructora Altamira S.A.S., Atn. Andrés Restrepo"),
          ("table", [["Concepto", "Cantidad", "Precio unitario USD", "Importe USD"],
                     ["Muestras LPB-4F", "12 pzas", "86,00", "1.032,00"],
                     ["Producción LPB-4F (8 torres x 30 paradas x 6 ascensores)", "1.440 pzas", "49,50", "71.280,00"]]),
          ("sp",),
          ("p", "Vigencia 30 días. Entrega producción 6 semanas. Precios LAB Querétaro, no incluyen IVA."),
          ("p", "Saludos cordiales, Alejandro Ramírez, Ventas"),
      ], title="COT-CEB-2404-051", author="Alejandro Ramirez"))])

# p04 buyer portal PO line: BOQ qty 186 beside PO qty 4
case("p04_portal_boq_beside_po", ["RG001", "RG003", "RG004", "RG005"],
     "Portal sample PO shows BOQ qty 186 beside PO qty 4 with no hold, unlock event or release person",
     [("nmx_eproc_PO-NMX-VT-0391.html", html_page("NMX-JV e-Procurement - PO-NMX-VT-0391", """
<h2>NMX-JV e-Procurement &raquo; Purchase Order PO-NMX-VT-0391</h2>
<p>Supplier: <b>Považské Komponenty Výťahov s.r.o.</b> (Považská Bystrica, SK) &nbsp;|&nbsp; Issued: 12-May-2024 &nbsp;|&nbsp; Buyer: Eng. Ahmed Fathy</p>
<table>
<tr><th>Line</th><th>Item code</th><th>Description</th><th>BOQ Qty</th><th>PO Qty</th><th>Unit</th><th>Rate (EUR)</th><th>Amount (EUR)</th></tr>
<tr><td>1</td><td>PB-100</td><td>Polyurethane pit buffer, car / counterweight, EN 81-20 / EN 81-50 type-tested &ndash; sample</td><td>186</td><td>4</td><td>No.</td><td>148,00</td><td>592,00</td></tr>
</table>
<p><b>Remarks:</b> Samples to be delivered to Station E4 site store, attn. Eng. Mona Abdelrahman. Type-test certificate and ISO 9001:2015 certificate to accompany the delivery.</p>
<p>Status: <i>Issued &ndash; awaiting supplier acknowledgement</i></p>
"""))])

# p05 PDF PO for 6 samples with a project data box giving total 540
case("p05_po_project_data_540", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 6 trims carries project total 540 and series price unmarked; no hold, event or release person",
     [("OC-7736.pdf", pdf([
         ("h1", "ORDEN DE COMPRA / PURCHASE ORDER No. 7736"),
         ("p", "Constructora Altamira S.A.S. · Medellín, Colombia"),
         ("table", [["Proveedor / Supplier", "Componentes Levante para Elevación S.L., Paterna (Valencia), España"],
                    ["Fecha", "21/05/2024"], ["Incoterm", "FCA Valencia"], ["Pago", "30 días fecha factura"]]),
         ("sp",),
         ("table", [["Ítem", "Código", "Descripción", "Cant.", "Precio EUR", "Total EUR"],
                    ["1", "CPT-1100-HL", "Guarnición de cabina / car-panel trim, 1.4301 hairline - MUESTRA", "6",
                     "58,20", "349,20"]]),
         ("sp",),
         ("h", "Datos del proyecto / project data"),
         ("table", [["Proyecto", "Ciudadela Altamira Ceiba, Torres 1-8"], ["Cabinas", "45"],
                    ["Cantidad total CPT-1100-HL", "540 pzas"], ["Precio serie cotizado", "EUR 31,75 / pza"]]),
         ("sp",),
         ("p", "Muestras con certificado de material 3.1 y film protector. Entrega muestras semana 24."),
         ("p", "Elaboró: Andrés Restrepo (Compras)"),
     ], title="OC 7736", author="Andres Restrepo"))])

# p06 letter of award for 4 samples with a schedule of quantities of 96
case("p06_loa_schedule_96", ["RG001", "RG003", "RG004"],
     "Sample award for 4 comb plates with schedule of quantities 96 unmarked; release authority named, no hold or event",
     [("LOA_NMX-JV-VT-0117.docx", docx_bytes([
         ("h1", "LETTER OF AWARD - SAMPLE ORDER"),
         ("p", "Ref.: NMX-JV/VT/LOA/0117                                   Date: 14 May 2024"),
         ("p", "To: Deccan Liftparts Pvt. Ltd., Chakan MIDC, Pune, India. Attn.: Mr. Rajesh Kulkarni"),
         ("p", "Dear Mr. Rajesh,"),
         ("p", "With reference to your offer DLP/Q/24-131 dated 02.05.2024, we are pleased to award you the sample "
               "order for four (4) comb plates CP-35-1000 for the heavy-duty public service escalators of the East "
               "Extension, at the rate of EUR 118,00 each."),
         ("p", "Eng. Hossam Nabil, Package Manager - Vertical Transportation, is the release authority for this "
               "package."),
         ("h", "Appendix A - Schedule of Quantities"),
         ("table", [["Item", "Description", "Qty", "Rate EUR"],
                    ["1", "CP-35-1000 comb plate, samples", "4", "118,00"],
                    ["2", "CP-35-1000 comb plate, Stations E1 to E6 (24 escalators x 4)", "96", "84,00"]]),
         ("p", "Kindly acknowledge this letter within three (3) working days."),
         ("p", "Best Regards, Eng. Ahmed Fathy, Procurement Engineer, NMX-JV"),
     ], author="Ahmed Fathy"))])

# p07 WhatsApp: full scope earlier, later 'ok approved, go ahead' on a process change
case("p07_whatsapp_approved_go_ahead", ["RG002"],
     "Complete scope earlier in chat; later 'ok approved, go ahead' on engraving change names no quantity or sample scope",
     [("WhatsApp_Chat_HF_Hengtai_LPB.txt", """[20/05/2024, 09:02:11] Winnie Chan HF: Kevin, PO HF-PO-24-0733 issued: 8 pcs landing push-button plates LPB-4F, samples only.
[20/05/2024, 09:02:48] Winnie Chan HF: Balance 232 pcs NOT released. Material for 8 pcs only pls.
[20/05/2024, 09:03:30] Winnie Chan HF: Balance release only after Kelvin sample sign-off + written release from Mr Raymond Tse
[20/05/2024, 09:10:05] Kevin Zhou Hengtai: Noted thx 👍
[28/05/2024, 14:22:40] Kevin Zhou Hengtai: Kelvin sir, about the braille dots, we can do laser engraved instead of riveted, cheaper and faster. Same 0.6mm height. ok?
[28/05/2024, 14:23:02] Kevin Zhou Hengtai: ‎<attached: 00000031-PHOTO-2024-05-28-14-22-58.jpg>
[28/05/2024, 15:40:19] Kelvin Lau HF: ok approved, go ahead 👍
[28/05/2024, 15:41:02] Kevin Zhou Hengtai: 👌👌
""")])

# p08 Teams: complete scope earlier, later 'green light from us' after ECN
case("p08_teams_green_light_ecn", ["RG002"],
     "Complete scope earlier in chat; later 'Green light from us' after an ECN, with no quantity or sample-only scope",
     [("Teams_Kaarna_PKV_GS16_pilot.txt", """Microsoft Teams - chat export
Chat: Kaarna / PKV - GS-16 pilot                          Exported: 21.6.2024
-------------------------------------------------------------------------------
Jukka Räsänen  3.6.2024 9.14
Hello Peter, PO 4500-2310 is in the portal: 15 pcs guide shoes GS-16, pilot lot. The other 285 pcs are not released. They are released only after Satu's sample sign-off, with a written release by Mikko Lehtinen. Material for the 15 only.

Peter Hudák  3.6.2024 9.40
Understood, thank you. Pilot 15 pcs in week 25.

Peter Hudák  18.6.2024 13.05
Hello Satu, insert material changed to UHMW-PE 1000 per your ECN-118, drawing KH-GS-16 rev C. Photos and 3.1 cert in the portal. Can we continue?

Satu Heikkilä  18.6.2024 14.31
Thanks Peter, ECN ok from our side. Green light from us 👍

Peter Hudák  18.6.2024 14.33
Super, thank you!
""")])

# p09 two-level quoted thread: buyer scope > supplier question > 'green light, proceed'
_q0 = """Buenos días Javier,

Adjunto la OC 7741: seis (6) muestras de guarnición de cabina CPT-1100-HL.
El saldo de 534 pzas NO está liberado. Se libera solo después del sample sign-off de la Ing. Luisa Fernanda Gómez, con liberación escrita de Carlos Ospina, Gerente de Proyecto. Material solo para las muestras.

Cordial saludo,
Andrés"""
_q1 = """Buenos días Andrés,

hemos ajustado el radio de plegado de los perfiles a R2 según vuestro comentario del plano ALT-ASC-044 rev. C. ¿Podemos seguir?

Un saludo,
Javier

El 22/05/2024 a las 10:05, Andrés Restrepo escribió:
""" + quote(_q0)
_t = """Listo Javier, green light, proceed.

Saludos,
Andrés
""" + SIG_ANDRES + "\nEl 29/05/2024 a las 12:48, Javier Montoro <jmontoro@levante-elevacion.es> escribió:\n" + quote(_q1) + "\n"
case("p09_reply_green_light_proceed", ["RG002"],
     "Two-level quoted thread keeps complete scope; buyer's top reply 'green light, proceed' has no quantity or sample scope",
     [("RE_RE_OC_7741_guarniciones.eml", E(mail(ANDRES, JAVIER, "RE: RE: OC 7741 guarniciones de cabina - radio R2",
                                                "Wed, 29 May 2024 08:15:00 -0500", _t,
                                                in_reply_to="<h218-q0009@levante-elevacion.es>")))])

# p10 minutes: forecast confirmed as firm order; coating colour 'approved, may proceed'
case("p10_minutes_forecast_firm_proceed", ["RG002", "RG008"],
     "Minutes turn the 2025 forecast of 186 into a firm order and say 'approved, CEB may proceed' without quantity; 4-sample scope complete",
     [("MoM_07_NMX_CEB_buffers.docx", docx_bytes([
         ("h1", "Minutes of Meeting No. 7 - Pit buffers PB-100"),
         ("p", "Video call NMX-JV / Componentes Elevación del Bajío, 04 June 2024, 11:00 Cairo time."),
         ("p", "Attendees: Eng. Ahmed Fathy, Eng. Mona Abdelrahman (NMX-JV); Alejandro Ramírez, Fernanda Ríos (CEB)."),
         ("h", "1. Current order"),
         ("p", "PO-NMX-VT-0402 covers four (4) sample buffers only. The balance is not released until the type-test "
               "review is signed off by Eng. Mona and a written release is issued by Eng. Hossam Nabil, Package "
               "Manager."),
         ("h", "2. Samples"),
         ("p", "4 pcs received at Station E2 store on 30.05.2024. Type-test documents (EN 81-50 annex) under review."),
         ("h", "3. Quantities 2025"),
         ("p", "NMX-JV presented the quantity forecast for 2025: 186 pcs for Stations E1 to E6. Eng. Ahmed confirmed "
               "this forecast is the firm order quantity; CEB to book it in their order book."),
         ("h", "4. Brackets"),
         ("p", "Powder coating colour RAL 1023 for the buffer brackets: approved. CEB may proceed."),
         ("h", "5. Next meeting"),
         ("p", "18 June 2024."),
         ("p", "Prepared by: Eng. Ahmed Fathy"),
     ], author="Ahmed Fathy"))])

# p11 deposit transferred 'so please go ahead' (multipart)
_t = """Dear Javier,

Thanks for the proforma. As per our PO HF-PO-24-0761 the order is 20 pcs car-panel trims CPT-1100-HL samples; the balance 220 pcs is not released until Kelvin Lau signs off the samples and Mr. Raymond Tse releases in writing.

We have transferred the 30% deposit (HKD 38,400) today, bank slip attached in portal. So please go ahead.

Thanks & regards
Winnie
""" + SIG_WINNIE
case("p11_deposit_so_go_ahead", ["RG002", "RG012"],
     "Scope complete, but 'deposit transferred ... so please go ahead': payment used as the trigger, go-ahead unscoped",
     [("HF-PO-24-0761_update.eml", E(mail(WINNIE, JAVIER, "HF-PO-24-0761 deposit transferred",
                                           "Fri, 24 May 2024 17:26:00 +0800", _t, html=to_html(_t))))])

# p12 plain mail saved as text: approved x4 meanings + 'you can go ahead'
case("p12_mail_approved_everything", ["RG002", "RG009"],
     "'approved' used for samples, PO by finance, packing and the series; 'you can go ahead' with no quantity",
     [("Mail_RE_DH-2-900_status.txt", """From:    Satu Heikkilä <satu.heikkila@kaarna-hissi.fi>
Sent:    Thursday, 13 June 2024 15:47
To:      Rajesh Kulkarni <rajesh.k@deccanliftparts.in>
Cc:      Jukka Räsänen; Mikko Lehtinen
Subject: RE: DH-2-900 door hanger samples - status

Hi Rajesh,

the 10 samples are approved, fit check at our Vantaa workshop ok. PO 4500-2344 was approved by our finance yesterday. Approval for the series will come from Mikko after his review; until his written release the 590 series pcs are not released.

Your packing proposal (20 pcs per carton, VCI bag) is also approved, you can go ahead.

BR,
Satu

--
Satu Heikkilä
Engineer, Components
Kaarna Hissihuolto Oy, Vantaa
+358 9 4250 1134
""")])

# p13 ERP PO for first-article samples, nothing about any balance
case("p13_erp_fa_samples_only", ["RG003", "RG004", "RG005"],
     "Sample (first article) PO for 5 trims never says the balance is not released, names no unlock event and no release person",
     [("PO_4500-2322.txt", """KAARNA HISSIHUOLTO OY                                   OSTOTILAUS / PURCHASE ORDER
Valimotie 21, 01510 Vantaa, Finland                     PO 4500-2322      Date 27.05.2024
Supplier : 200417 POVAZSKE KOMPONENTY VYTAHOV S.R.O., POVAZSKA BYSTRICA, SK
Buyer    : Jukka Räsänen   +358 9 4250 1180
-------------------------------------------------------------------------------------
Item  Material       Text                                          Qty Un  Price EUR  Value EUR
10    CPT-1100-HL    CAR PANEL TRIM 1.4301 HL - FIRST ARTICLE        5 PC      61,00     305,00
                     SAMPLES
-------------------------------------------------------------------------------------
Item text 10:
  Drawing KH-CPT-1100 rev 20. Edge radius R2, protective film 80 um.
  First article inspection report + EN 10204 3.1 cert with delivery.
  Supplier QMS ISO 9001:2015. Compliance EN 81-20 clause 5.4.
Delivery : DAP Vantaa, week 25
Payment  : 60 days net
""")])

# p14 hold 'until further notice', release person named, no event (multipart + DOCX attachment)
_req = docx_bytes([
    ("h1", "Technical Requirements Sheet TRS-VT-022"),
    ("p", "Door hangers DH-2-1100, East Extension station lifts."),
    ("li", "EN 81-20:2020 and EN 81-50:2020 compliance."),
    ("li", "Supplier QMS ISO 9001:2015; EN 10204 3.1 certificates for hanger plate and track."),
    ("li", "Roller Ø75 polyurethane, bearing 6202-2RS; salt spray 500 h (ISO 9227) on zinc-nickel parts."),
    ("li", "Marking: PO number and lift number on each hanger."),
], author="Mona Abdelrahman")
_t = """Dear Mr. Kevin,

Kindly note that PO-NMX-VT-0415 covers four (4) sample door hangers DH-2-1100 for the Station E3 lifts.
The balance quantity of 92 pcs is on hold until further notice. Eng. Hossam Nabil, Package Manager, will issue the release of the balance.
Material for the 4 samples only. Technical requirements sheet attached.

Best Regards,
""" + SIG_AHMED
case("p14_hold_until_further_notice", ["RG004"],
     "Balance 92 on hold 'until further notice' and release person named, but no unlock event",
     [("PO-NMX-VT-0415_samples.eml", E(mail(AHMED, KEVIN, "PO-NMX-VT-0415 sample door hangers",
                                            "Sun, 19 May 2024 10:40:00 +0300", _t, html=to_html(_t),
                                            attachments=[("TRS-VT-022.docx", _req, DOCX_MT)])))])

# p15 Teams: hold + event, but 'our side will confirm in writing' (no named person)
case("p15_teams_our_side_confirms", ["RG005"],
     "Samples 6 active, rest 154 on hold until sample sign-off, but release by 'our side', no named person",
     [("Teams_HF_Hengtai_GS16.txt", """Microsoft Teams - chat export
Chat: HF Procurement <> Hengtai PMC                      Exported: 2024-06-07
----------------------------------------------------------------------------
Winnie Chan  2024-06-05 10:12
Lily, PO HF-PO-24-0802 is for the 6 guide shoe samples GS-16 only.

Winnie Chan  2024-06-05 10:13
The rest 154 pcs is on hold, will release after Kelvin's sample sign-off. Our side will confirm in writing. Material only for 6 pcs pls.

Lily Wang  2024-06-05 10:30
ok noted, 6 pcs samples only. Wait your written confirm for 154.
""")])

# p16 PDF PO: note says ten (10) samples, line table says 12; release by unnamed department
case("p16_po_words_vs_table", ["RG005", "RG011"],
     "PO note says diez (10) samples but the line says 12; hold and event stated, release by 'Compras', no named person",
     [("OC-7755.pdf", pdf([
         ("h1", "ORDEN DE COMPRA No. 7755"),
         ("p", "Constructora Altamira S.A.S. · Medellín · Proyecto Centro Comercial Altamira Sabaneta (escaleras mecánicas)"),
         ("table", [["Proveedor", "Componentes Elevación del Bajío S.A. de C.V., Querétaro"], ["Fecha", "28/05/2024"],
                    ["Pago", "30 días"], ["Incoterm", "FCA Querétaro"]]),
         ("sp",),
         ("table", [["Ítem", "Código", "Descripción", "Cant.", "Und", "Precio USD", "Total USD"],
                    ["1", "CP-35-800", "Peine / comb plate aluminio 35°, 800 mm - muestra", "12", "pza", "72,00",
                     "864,00"]]),
         ("sp",),
         ("h", "Alcance / Scope"),
         ("p", "Esta OC cubre solamente diez (10) muestras de comb plates CP-35-800. El saldo de 86 pzas NO está "
               "liberado. Material solo para las muestras."),
         ("p", "Liberación del saldo: solo después de la aprobación de las muestras por ingeniería de obra, mediante "
               "liberación escrita del área de Compras."),
         ("p", "Elaboró: Andrés Restrepo"),
     ], title="OC 7755", author="Andres Restrepo"))])

# p17 memo: 'first lot' with no number; hold, event and person complete
case("p17_memo_first_lot_no_qty", ["RG010"],
     "Memo authorizes 'the first lot' of pit buffers without a number; hold, unlock event and release person are stated",
     [("Memo_PO_4500-2371.docx", docx_bytes([
         ("h1", "Memo"),
         ("p", "To: Componentes Levante para Elevación S.L., Marta Ferrer (production)   From: Jukka Räsänen   "
               "Date: 04.06.2024"),
         ("p", "Subject: PO 4500-2371, pit buffers PB-100, Tikkurila modernisation"),
         ("p", "Hello Marta,"),
         ("p", "PO 4500-2371 covers the first lot of pit buffers PB-100 (EN 81-20:2020, type-test certificate EN 81-50). "
               "Please manufacture the first lot and ship it to our Vantaa warehouse."),
         ("p", "The remaining quantity stays on hold and is not released. It will be released only after the sample "
               "sign-off by Satu Heikkilä, by a written release from Mikko Lehtinen, Supply Chain Manager."),
         ("p", "Br, Jukka Räsänen, Purchaser"),
     ], author="Jukka Rasanen"))])

# p18 'you can proceed with the first lot' - no quantity (quoted reply)
_q = """Dear Mr. Andrés,

Greetings from Deccan Liftparts!
Samples GS-16 guide shoes dispatched today via DHL, AWB 4471 2290 18. Inspection report and 3.1 certificates PFA.
Kindly advise next steps.

Thanks & Regards,
Rajesh Kulkarni"""
_t = """Dear Rajesh,

thanks, samples arrived at site in good condition. You can proceed with the first lot of guide shoes GS-16 for Torre Ceiba.

The balance stays on hold, not released, until the site trial sign-off by Ing. Luisa Fernanda Gómez and a written release from Ing. Carlos Ospina, Gerente de Proyecto.

Cordial saludo,
Andrés
""" + SIG_ANDRES + "\n" + outlook_hdr(RAJESH, "Monday, June 3, 2024 6:12 AM", ANDRES,
                                       "GS-16 samples dispatched - OC 7768") + quote(_q) + "\n"
case("p18_proceed_first_lot", ["RG002", "RG010"],
     "'You can proceed with the first lot' names no quantity and no sample scope; hold, event and person present",
     [("RE_GS-16_samples_OC_7768.eml", E(mail(ANDRES, RAJESH, "RE: GS-16 samples dispatched - OC 7768",
                                              "Mon, 10 Jun 2024 14:02:00 -0500", _t,
                                              in_reply_to="<h218-q0018@deccanliftparts.in>")))])

# p19 WhatsApp: start production for towers 1 and 2, no quantity
case("p19_whatsapp_towers_no_qty", ["RG010"],
     "Buyer tells supplier to start production 'para las torres 1 y 2' without a quantity; hold, event and person named",
     [("WhatsApp_Luisa_Fernanda_CEB.txt", """24/6/24 8:05 a. m. - Luisa Fernanda Gómez: Fernanda buenos días
24/6/24 8:06 a. m. - Luisa Fernanda Gómez: Carlos ya firmó la liberación 🙌 pueden empezar producción de las botoneras LPB-4F para las torres 1 y 2
24/6/24 8:07 a. m. - Luisa Fernanda Gómez: Lo de torres 3 a 8 sigue en hold, no está liberado, hasta que pase la prueba de muestra en torre 3 y Carlos Ospina libere por escrito
24/6/24 8:20 a. m. - Fernanda Ríos: Buenos días ingeniera! perfecto, le aviso a producción
24/6/24 8:21 a. m. - Fernanda Ríos: torres 1 y 2 arrancan hoy, torres 3 a 8 en espera 👍
""")])

# p20 buyer portal release record: APPROVED everywhere, released quantity blank
case("p20_portal_release_no_qty", ["RG009", "RG010"],
     "Portal uses APPROVED for the PO (finance) and for the samples; release R-2 lets production start for Block C with no quantity",
     [("harbourfront_release_HF-PO-24-0840.html", html_page("Harbourfront Supplier Portal - Release record", """
<h2>Harbourfront Supplier Portal &raquo; Release record</h2>
<p>PO <b>HF-PO-24-0840</b> &nbsp;|&nbsp; Supplier: Componentes Levante para Elevaci&oacute;n S.L. &nbsp;|&nbsp; Part: CPT-1100-HL car-panel trim</p>
<table>
<tr><th>Step</th><th>Status</th><th>By</th><th>Date</th></tr>
<tr><td>Purchase order</td><td>APPROVED (finance)</td><td>Finance HK</td><td>2024-05-30</td></tr>
<tr><td>Samples</td><td>APPROVED</td><td>Kelvin Lau</td><td>2024-06-12</td></tr>
<tr><td>Production release R-2</td><td>ISSUED &ndash; supplier may start production for Block C lifts</td><td>Raymond Tse</td><td>2024-06-14</td></tr>
</table>
<p><b>Released quantity:</b> &mdash;</p>
<div class="note">Blocks D and E are on hold, not released. Next release only after the installation check of the Block C lift cars, in writing by Mr. Raymond Tse.</div>
"""))])

# p21 WeChat: deposit paid, start the first batch, quantity 'will confirm later'
case("p21_wechat_deposit_first_batch", ["RG010", "RG012"],
     "Deposit paid then 'pls start production of the first batch', quantity left open; hold/event/person stated earlier",
     [("WeChat_Harbourfront_Hengtai_0529.txt", """WeChat chat history  |  Harbourfront x Hengtai 恒泰 (group)  |  exported 2024-05-30
----------------------------------------------------------------------------
2024-05-27 09:31  Winnie Chan (Harbourfront)
Kevin, for HF-PO-24-0778 door hangers: rest of the order on hold until Kelvin sign off the samples, then Mr Raymond Tse will release in writing

2024-05-27 09:40  Kevin Zhou 周凯
ok noted

2024-05-29 16:02  Winnie Chan (Harbourfront)
Kevin, deposit 30% paid this morning, TT copy in email. Pls start production of the first batch.

2024-05-29 16:10  Kevin Zhou 周凯
ok received 🙏 how many pcs first batch?

2024-05-29 16:25  Winnie Chan (Harbourfront)
will confirm later, just start first

2024-05-29 16:26  Kevin Zhou 周凯
ok 👌
""")])

# p22 Teams: 'when I sign the sample report you are good to run'
case("p22_teams_good_to_run_after_signoff", ["RG002", "RG007"],
     "Engineer: 'when I sign the sample report you are good to run, no need to wait' contradicts the written-release scope",
     [("Teams_Kaarna_Deccan_LPB.txt", """Microsoft Teams - chat export
Chat: Kaarna / Deccan - LPB-4F                           Exported: 20.6.2024
-------------------------------------------------------------------------------
Jukka Räsänen  6.6.2024 8.55
Hi Priya, PO 4500-2402: 12 pcs landing push-button plates LPB-4F, samples. Balance 468 pcs is not released. Release only by written release from Mikko Lehtinen after the sample sign-off. Material for the 12 only.

Priya Deshpande  6.6.2024 9.20
Noted Jukka, 12 nos samples only. Will share photos before dispatch.

Priya Deshpande  19.6.2024 11.02
Photos of 12 nos samples uploaded in portal, kindly check. Engraving depth 0.3 mm as per drawing.

Satu Heikkilä  19.6.2024 13.47
Photos look nice 👍 When I sign the sample report next week you are good to run, no need to wait.

Priya Deshpande  19.6.2024 13.50
Thank you Satu ma'am, we will plan press shop accordingly 🙏
""")])

# p23 supplier status report: material for the full project bought, only 6 samples released
case("p23_status_report_material_full", ["RG006"],
     "Supplier report: 6 samples released, aluminium for the full 240 pcs procured without any material authority",
     [("DLP_weekly_status_HF_wk21.pdf", pdf([
         ("h1", "Weekly Order Status - Harbourfront Estate Services - Week 21/2024"),
         ("p", "Deccan Liftparts Pvt. Ltd., Chakan MIDC, Pune · prepared by PPC"),
         ("table", [["Cust. PO", "Part", "Released", "Produced", "Balance", "Material status"],
                    ["HF-PO-24-0788", "CP-35-800 comb plate", "6 (samples)", "6",
                     "234 - not released, awaiting customer release",
                     "Al casting alloy EN AC-46000 procured for 240 pcs (full project), in stock"]]),
         ("sp",),
         ("p", "Remarks: to secure lead time (foundry 10 weeks), material for the complete project is purchased and "
               "kept at our Chakan store. Samples dispatched 21.05.2024 by air, AWB 098-2290 4471."),
         ("p", "Kindly do the needful for sample sign-off at the earliest."),
         ("p", "Priya Deshpande, PPC, 24.05.2024"),
     ], title="Weekly order status wk21", author="Priya Deshpande"))])

# p24 supplier reply (quoted buyer scope): aluminium bought for all 1 170 pcs (+ HTML attachment)
_insp = html_page("Sample inspection summary", """
<h3>Sample inspection summary - CP-35-800 - PO 4500-2418</h3>
<table><tr><th>Char.</th><th>Nominal</th><th>Measured (n=5)</th><th>Result</th></tr>
<tr><td>Width</td><td>800 &plusmn;0.5</td><td>799.8 - 800.2</td><td>OK</td></tr>
<tr><td>Teeth angle</td><td>35&deg;</td><td>35&deg;</td><td>OK</td></tr>
<tr><td>Teeth pitch</td><td>8.0</td><td>8.0</td><td>OK</td></tr></table>
<p>Zuzana Kováčová, Quality</p>""")
_q = """Hello Peter,

PO 4500-2418 covers thirty (30) sample comb plates CP-35-800 only.
The balance of 1 140 pcs is not released. Material authority: sample quantity only.
The balance is released only after sample sign-off by Satu Heikkilä, with a written release from Mikko Lehtinen.

Br,
Jukka"""
_t = """Dear Jukka,

the 30 sample pcs are in production, ready in week 25. First inspection summary is attached.

For your information, we already ordered the aluminium profiles for the complete 1 170 pcs, because the mill has 14 weeks lead time now. Hope this is fine for you.

With best regards / S pozdravom
Peter Hudák
""" + SIG_PETER + "\n" + outlook_hdr(JUKKA, "Monday, May 27, 2024 9:02 AM", PETER, "PO 4500-2418 comb plate samples") + quote(_q) + "\n"
case("p24_reply_profiles_for_1170", ["RG006"],
     "Supplier ordered aluminium for all 1 170 pcs while the quoted buyer scope gives sample-only material authority",
     [("RE_PO_4500-2418.eml", E(mail(PETER, JUKKA, "RE: PO 4500-2418 comb plate samples",
                                     "Fri, 31 May 2024 14:18:00 +0200", _t, in_reply_to="<h218-q0024@kaarna-hissi.fi>",
                                     attachments=[("inspection_summary_CP-35-800.html", _insp, "text/html")])))])

# p25 supplier ERP/MRP printout: advance received -> WO for full 96, sheet ordered for 96
case("p25_mrp_advance_full_wo", ["RG006", "RG012"],
     "Supplier MRP: advance payment triggers WO for full 96 and sheet purchase for 96 while customer released only 4",
     [("HT_ERP_SO-24-0533.txt", """HENGTAI ERP  (U8)   SALES ORDER / MRP STATUS                 Print: 2024-05-24 08:12
======================================================================================
SO No.        : SO-24-0533             Customer : NMX-JV (Cairo)      Cust. PO : PO-NMX-VT-0430
Item          : HT-DH1100  Door hanger DH-2-1100, 2-panel CO        Sales: Kevin Zhou
--------------------------------------------------------------------------------------
Customer released qty           :     4 pcs  (samples)
Customer release for balance 92 :  NOT RECEIVED
Advance payment 30%             :  RECEIVED 2024-05-20 (USD 2,060.40)
  -> WO-2405-118 released for full 96 pcs   (PMC: Lily Wang, per advance received)
--------------------------------------------------------------------------------------
MRP / purchase requisitions:
PR No.        Material                       Qty        For      Status
PR-2405-0331  SUS304 sheet 1.5mm 1219x2438    38 sh      96 sets  PO placed  (Jiangsu Yongxin)
PR-2405-0332  Roller PU D75 + 6202-2RS        192 pcs    96 sets  PO placed
PR-2405-0333  M10x1.5 eccentric bolt GR8.8    192 pcs    96 sets  in stock
--------------------------------------------------------------------------------------
Remark: start cutting 2024-05-27
""")])

# p26 minutes: 'approved' for samples / PO / series + material for all 600 already bought
case("p26_minutes_approved_material_600", ["RG006", "RG009"],
     "Minutes use 'approved/approval' for samples, PO and series; supplier already bought and cut material for all 600 (20 released)",
     [("MoM_Kaarna_Levante_2024-05-28.docx", docx_bytes([
         ("h1", "Minutes - supplier visit, Paterna, 28.05.2024"),
         ("p", "Kaarna: Jukka Räsänen, Satu Heikkilä. Levante: Javier Montoro, Marta Ferrer."),
         ("h", "Door hangers DH-2-900"),
         ("num", "Samples: the 20 samples are approved dimensionally (Satu)."),
         ("num", "PO 4500-2455 (20 samples) is approved in our system."),
         ("num", "Production: the approval of the series 580 pcs follows after Mikko Lehtinen's review. The 580 pcs "
                 "are not released now; Mikko sends the written release."),
         ("num", "Levante informed that the steel strip and the rollers for all 600 hangers are already bought and "
                 "the hanger plates cut, to keep the delivery in August."),
         ("h", "Open points"),
         ("li", "Levante to send roller noise measurement (limit 50 dB(A))."),
         ("li", "Packing: 10 pcs per carton, max 25 kg."),
         ("p", "Minutes: Jukka Räsänen"),
     ], author="Jukka Rasanen"))])

# p27 supplier portal: advance received -> IN PRODUCTION full lot; material staged for 1.200
case("p27_portal_anticipo_en_produccion", ["RG006", "RG012"],
     "Supplier portal: 30% advance received -> full lot 1.200 in production, material staged for 1.200; customer released 12",
     [("ceb_portal_pedido_OC-7788.html", html_page("Portal de Clientes CEB - Pedido OC 7788", """
<h2>Portal de Clientes CEB &raquo; Pedido PV-24-1190</h2>
<p>Cliente: Constructora Altamira S.A.S. &nbsp;|&nbsp; OC cliente: 7788 &nbsp;|&nbsp; Producto: CPT-1100-HL guarnición de cabina</p>
<table>
<tr><th>Concepto</th><th>Dato</th></tr>
<tr><td>Cantidad liberada por cliente</td><td>12 pzas (muestras)</td></tr>
<tr><td>Anticipo 30%</td><td>&#10004; recibido 22/05/2024</td></tr>
<tr><td>Estatus</td><td><b>EN PRODUCCI&Oacute;N</b> &ndash; lote completo 1.200 pzas (anticipo recibido)</td></tr>
<tr><td>Material</td><td>Lámina inox 1.4301 para 1.200 pzas &ndash; surtida / staged en piso</td></tr>
<tr><td>Saldo 1.188 pzas</td><td>pendiente liberación escrita del cliente</td></tr>
</table>
<p>Actualizado por: Fernanda Ríos (Planeación), 24/05/2024</p>
"""))])

# p28 supplier: material for full 186 bought, will roll into the 182 after sample approval (quoted scope)
_q = """Dear Mr. Javier,

Kindly find attached PO-NMX-VT-0447: four (4) sample pit buffers PB-100.
The balance of 182 pcs is NOT released. It will be released only after sample sign-off by Eng. Mona Abdelrahman and a written release from Eng. Hossam Nabil, Package Manager.
Material for the samples only.

Best Regards,
Eng. Ahmed Fathy"""
_t = """Dear Eng. Ahmed,

thank you, the 4 samples will leave Valencia port on 14/06.

To keep your site programme we have purchased the polyurethane and the steel base plates for the full 186 buffers. Once Eng. Mona approves the 4 samples, we will roll directly into the production of the 182 balance, so the delivery can be in week 34.

Un saludo,
Javier
""" + SIG_JAVIER + "\n" + outlook_hdr(AHMED, "Sunday, June 2, 2024 11:20 AM", JAVIER,
                                       "PO-NMX-VT-0447 sample pit buffers") + quote(_q) + "\n"
case("p28_material_186_roll_into_balance", ["RG006", "RG007"],
     "Supplier bought material for full 186 and will 'roll directly' into the 182 after sample approval; quoted scope forbids both",
     [("RE_PO-NMX-VT-0447.eml", E(mail(JAVIER, AHMED, "RE: PO-NMX-VT-0447 sample pit buffers",
                                       "Thu, 06 Jun 2024 18:04:00 +0200", _t, cc=MARTA,
                                       in_reply_to="<h218-q0028@nmx-jv.com.eg>")))])

# p29 supplier order acknowledgement: forecast confirmed as order, material booked for 3.600
case("p29_ack_forecast_as_order_material", ["RG006", "RG008"],
     "Supplier confirms a forecast as an order of 3.600 and books raw material for 3.600 with no release or material authority",
     [("DLP_OA_24-0412.txt", """DECCAN LIFTPARTS PVT. LTD.
Plot C-17, Chakan MIDC Phase II, Pune 410501, Maharashtra      GSTIN 27AAGCD4471Q1Z8
--------------------------------------------------------------------------------
ORDER ACKNOWLEDGEMENT   No. DLP/OA/24-0412              Date : 17.04.2024
Customer  : Kaarna Hissihuolto Oy, Vantaa, Finland
Your ref. : Forecast KH-FC-2024-04 dated 12.04.2024
--------------------------------------------------------------------------------
Sr  Part No.   Description                     Qty (nos)   Rate EUR   Schedule
1   GS-16      Guide shoe T89/B, UHMW insert     3.600      6,95      300 nos / month
                                                                       May-24 to Apr-25
--------------------------------------------------------------------------------
Dear Sir,
We thank you for your valued order and confirm your order of 3.600 nos guide shoes
GS-16 for 2024-2025 as per your forecast dated 12.04.2024.
Raw material (SG iron housings from our foundry + UHMW-PE inserts) is booked for
the complete 3.600 nos to ensure on-time delivery.
Kindly do the needful and send your PO copy for our records.

For Deccan Liftparts Pvt. Ltd.
Rajesh Kulkarni, Manager - Sales (Export)
""")])

# p30 supplier: after your sample approval we automatically continue with the 590 (multipart)
_t = """Dear Winnie,

Thanks for your PO HF-PO-24-0815, 10 pcs door hanger samples DH-2-900. Samples ETD 2024-06-07.

For the balance 590 pcs, which you have not released yet: after your sample approval we will automatically continue with the 590 pcs, no need new PO or other paper, to save time for Lion Rock Court modernisation. Lead time 6 weeks after approval.

Best regards
Kevin
""" + SIG_KEVIN
case("p30_supplier_auto_continue_590", ["RG007"],
     "Supplier says it will automatically continue with the unreleased 590 after sample approval, no new PO or paper",
     [("HF-PO-24-0815_confirmation.eml", E(mail(KEVIN, WINNIE, "HF-PO-24-0815 door hanger samples - order confirm",
                                                "Mon, 27 May 2024 11:47:00 +0800", _t, cc=KELVIN,
                                                html=to_html(_t))))])

# p31 Teams: buyer engineer contradicts the written-release requirement
case("p31_teams_continue_without_paper", ["RG007"],
     "Engineer: 'if the 8 pass the compression test, just continue with the rest, no need to wait for paperwork from Mikko'",
     [("Teams_Kaarna_PKV_PB100.txt", """Microsoft Teams - chat export
Chat: Kaarna / PKV - pit buffers PB-100                  Exported: 28.6.2024
-------------------------------------------------------------------------------
Jukka Räsänen  10.6.2024 10.02
Hello Peter, PO 4500-2477: 8 pcs pit buffers PB-100, samples. Balance 112 pcs NOT released. Release only by written release from Mikko Lehtinen after the sample sign-off. Material for the 8 only.

Peter Hudák  10.6.2024 10.30
Thank you Jukka, noted. Samples week 26.

Satu Heikkilä  27.6.2024 15.12
Peter, if the 8 pass our compression test (EN 81-50, 3 drops at 1.15 v) just continue with the rest, no need to wait for paperwork from Mikko. We are late with Tikkurila.

Peter Hudák  27.6.2024 15.20
OK understood, we plan the 112 then for week 29.
""")])

# p32 PDF PO: clause says balance continues upon sample approval, contradicting its own release authority
case("p32_po_clause_upon_approval", ["RG007"],
     "PO names release authority and says balance not released, yet clause 3 says upon sample approval supplier continues with the balance",
     [("PO-NMX-VT-0458.pdf", pdf([
         ("h1", "PURCHASE ORDER PO-NMX-VT-0458"),
         ("p", "NMX-JV Nile Metro Extension Joint Venture · Vertical Transportation Package · New Cairo"),
         ("table", [["Supplier", "Považské Komponenty Výťahov s.r.o., Považská Bystrica, Slovakia"],
                    ["Date", "09-Jun-2024"], ["Buyer", "Eng. Ahmed Fathy"],
                    ["Release Authority", "Eng. Hossam Nabil, Package Manager"], ["Terms", "LC 90 days, CIP Cairo"]]),
         ("sp",),
         ("table", [["Ln", "Item", "Description", "Qty", "Unit", "Rate EUR", "Amount EUR"],
                    ["1", "LPB-4F", "Landing push-button plate, SS hairline, braille, Station E5 lifts - sample", "3",
                     "No.", "92,00", "276,00"]]),
         ("sp",),
         ("h", "Special Conditions"),
         ("p", "1. This PO covers three (3) samples. The balance of 45 pcs is not released at this stage."),
         ("p", "2. Samples to be submitted with the EN 81-58 fire-rating declaration and ISO 9001:2015 certificate."),
         ("p", "3. Upon approval of the samples, the Supplier shall continue with the balance as per the site "
               "programme."),
         ("p", "4. Material for the samples only."),
     ], title="PO-NMX-VT-0458", author="Ahmed Fathy"))])

# p33 supplier takes the labelled forecast as a confirmed order and will roll into production (CSV attached)
_csv = """Pronostico Constructora Altamira - guide shoes GS-16 - NO VINCULANTE / forecast, not an order
mes;cantidad
2024-08;400
2024-09;400
2024-10;400
2024-11;400
2024-12;400
2025-01;400
2025-02;400
2025-03;400
2025-04;400
2025-05;400
2025-06;400
2025-07;400
total;4800
"""
_t = """Estimado Andrés,

gracias por el pronóstico 2024-2025 (adjunto de regreso con nuestra columna de capacidad). Lo tomamos como pedido confirmado de 4.800 pzas de guide shoes GS-16 and we reserve the capacity from August.

Una vez aprobadas las muestras (12 pzas, OC 7802) arrancamos directo con la producción, sin esperar otra OC, para no perder el lugar en la línea.

Saludos cordiales, quedo al pendiente,
Alejandro
""" + SIG_ALEJANDRO
case("p33_forecast_taken_as_order_autoroll", ["RG007", "RG008"],
     "Supplier takes the buyer's non-binding forecast of 4.800 as a confirmed order and will start production once samples are approved",
     [("RE_GS-16_2024-2025.eml", E(mail(ALEJANDRO, ANDRES, "Pronóstico GS-16 2024-2025 / OC 7802",
                                                "Tue, 04 Jun 2024 12:30:00 -0600", _t,
                                                attachments=[("pronostico_GS-16.csv", _csv, "text/csv")])))])

# p34 supplier acknowledgement: approval of PO = commercial release, approval of samples = production release
case("p34_ack_approval_equals_release", ["RG007", "RG009"],
     "Supplier ack: 'approval of samples = production release for the balance 376, starts automatically'; approval/release mixed",
     [("OA_PKV_4500-2490.docx", docx_bytes([
         ("h1", "Order Acknowledgement and Control Plan Summary"),
         ("p", "Považské Komponenty Výťahov s.r.o. · OA-PKV-24-0188 · 12.06.2024"),
         ("table", [["Customer", "Kaarna Hissihuolto Oy"], ["Customer PO", "4500-2490"],
                    ["Item", "GS-16 guide shoe, drawing KH-GS-16 rev C"],
                    ["Current scope", "24 pcs samples (PPAP level 3)"], ["Balance", "376 pcs (not released yet)"]]),
         ("h", "Approval and release flow (our understanding)"),
         ("num", "Approval of the PO = commercial release."),
         ("num", "Approval of the samples (PPAP level 3) = production release for the balance 376 pcs; production "
                 "starts automatically after the approval."),
         ("num", "Release of each shipment after our final inspection."),
         ("h", "Control plan summary"),
         ("table", [["Char.", "Method", "Frequency"], ["Slot width 16 +0.2", "gauge", "5 pcs / 2 h"],
                    ["Insert hardness", "Shore D", "1 / lot"], ["Zinc 12 µm", "XRF", "1 / lot"]]),
         ("p", "S pozdravom, Peter Hudák, Obchod"),
     ], author="Peter Hudak"))])

# p35 EDI 830 whose forecast lines are declared firm commitments
case("p35_edi830_forecast_firm", ["RG008"],
     "Planning schedule (forecast) with FST lines coded firm and a note that the quantities are firm commitments to produce",
     [("EDI830_KH_DECCAN_W22.txt", """ISA*00*          *00*          *ZZ*KAARNAHISSI    *ZZ*DECCANLIFT     *240529*0702*U*00401*000000522*0*P*>~
GS*PS*KAARNAHISSI*DECCANLIFT*20240529*0702*522*X*004010~
ST*830*0001~
BFR*05*KH-2024-W22**DL*A*20240701*20241231*20240529~
N1*BY*KAARNA HISSIHUOLTO OY~
N1*SU*DECCAN LIFTPARTS PVT LTD~
LIN**BP*GS-16*VP*DLP-GS16~
UIT*EA~
FST*400*C*M*20240701~
FST*400*C*M*20240801~
FST*400*C*M*20240901~
FST*400*C*M*20241001~
FST*400*C*M*20241101~
FST*400*C*M*20241201~
CTT*1*2400~
SE*16*0001~
GE*1*522~
IEA*1*000000522~

-- translator view --------------------------------------------------------------
Planning schedule (forecast) KH-2024-W22, Jul-Dec 2024, GS-16 guide shoe.
FST02 = C (FIRM) on all lines.
Buyer note: the quantities below are firm commitments of Kaarna. Supplier to produce
to this schedule, 400 EA per month, total 2400 EA.
""")])

# p36 supplier: PO accepted in our system, so the forecast 1 170 is scheduled as firm (quoted buyer scope)
_q = """Hello Peter,

PO 4500-2501 covers thirty (30) sample pcs of car-panel trims CPT-1100-HL only.
The 1 170 pcs in the attached forecast are a forecast, not an order, and are not released.
Release only after sample sign-off by Satu Heikkilä and a written release by Mikko Lehtinen. Material for the samples only.

Br,
Jukka"""
_t = """Dear Mr. Räsänen,

thank you for PO 4500-2501. Your PO is accepted in our system, therefore the production of the 1 170 pcs from your forecast is now scheduled as firm, start week 27. The 30 samples will come first, in week 25.

With best regards / S pozdravom
Peter Hudák
""" + SIG_PETER + "\n" + outlook_hdr(JUKKA, "Tuesday, June 4, 2024 8:31 AM", PETER, "PO 4500-2501 car-panel trim samples") + quote(_q) + "\n"
case("p36_po_accepted_forecast_firm", ["RG008", "RG012"],
     "Supplier: PO accepted in our system, therefore forecast 1 170 scheduled as firm production; quoted buyer scope says forecast, not released",
     [("RE_PO_4500-2501.eml", E(mail(PETER, JUKKA, "RE: PO 4500-2501 car-panel trim samples",
                                     "Thu, 06 Jun 2024 10:14:00 +0200", _t, html=to_html(_t),
                                     in_reply_to="<h218-q0036@kaarna-hissi.fi>")))])

# p37 supplier order confirmation: forecast quantities confirmed as firm order
case("p37_oc_forecast_confirmed", ["RG008"],
     "Supplier order confirmation turns the buyer's demand forecast into a confirmed firm order of 240 pcs",
     [("DLP_OC_24-0391.pdf", pdf([
         ("h1", "ORDER CONFIRMATION OC/DLP/24-0391"),
         ("p", "Deccan Liftparts Pvt. Ltd., Chakan MIDC, Pune · Date 03.06.2024"),
         ("p", "To: Harbourfront Estate Services Ltd, Kwun Tong, Hong Kong. Kind attn.: Ms. Winnie Chan"),
         ("p", "Your ref.: Demand forecast HF-DF-2024 Q3-Q4"),
         ("table", [["Month", "Part", "Qty (nos)", "Status"],
                    ["Jul-2024", "GS-16 guide shoe", "40", "CONFIRMED ORDER"],
                    ["Aug-2024", "GS-16 guide shoe", "40", "CONFIRMED ORDER"],
                    ["Sep-2024", "GS-16 guide shoe", "60", "CONFIRMED ORDER"],
                    ["Oct-2024", "GS-16 guide shoe", "60", "CONFIRMED ORDER"],
                    ["Nov-2024", "GS-16 guide shoe", "40", "CONFIRMED ORDER"],
                    ["Total", "", "240", ""]]),
         ("sp",),
         ("p", "We thank you for your order and confirm the above forecast quantities as firm order. Rate HKD 48.60 "
               "per no., CIF Hong Kong. Kindly arrange LC / TT as per terms."),
         ("p", "Rajesh Kulkarni, Manager - Sales (Export)"),
     ], title="OC/DLP/24-0391", author="Rajesh Kulkarni"))])

# p38 buyer portal demand plan: forecast quantities presented as committed orders
case("p38_portal_demand_plan_committed", ["RG008"],
     "Buyer portal demand plan labels forecast months 'Commitment: FIRM' and says they are committed orders to produce",
     [("harbourfront_collab_hengtai.html", html_page("Harbourfront Supplier Collaboration - Demand plan", """
<h2>Harbourfront Supplier Collaboration &raquo; Demand plan</h2>
<p>Supplier: Suzhou Hengtai Elevator Parts Co., Ltd. &nbsp;|&nbsp; Published 2024-06-05 by Winnie Chan</p>
<div class="note">The following forecast quantities are committed orders. Supplier shall plan and run production accordingly.</div>
<table>
<tr><th>Month</th><th>Part</th><th>Forecast qty</th><th>Commitment</th></tr>
<tr><td>2024-08</td><td>LPB-4F landing push-button plate</td><td>60</td><td>FIRM</td></tr>
<tr><td>2024-09</td><td>LPB-4F landing push-button plate</td><td>60</td><td>FIRM</td></tr>
<tr><td>2024-10</td><td>LPB-4F landing push-button plate</td><td>56</td><td>FIRM</td></tr>
<tr><td>2024-11</td><td>LPB-4F landing push-button plate</td><td>56</td><td>FIRM</td></tr>
</table>
"""))])

# p39 quoted reply: 'approved' for samples, PO approval, approval for production
_q = """Hola Andrés,

¿tenemos ya la aprobación? Las muestras de los door hangers llegaron a obra el lunes.

Un saludo,
Javier"""
_t = """Javier, update:

The samples are approved by Ing. Luisa (dimensions and roller noise OK).
The PO approval for the balance is still in our SAP workflow.
Approval for production will come from Carlos Ospina in writing once the PO is revised.

Until then only the 8 samples of OC 7765 are released; the 352 pcs remain not released. Material solo para las muestras.

Saludos,
Andrés
""" + SIG_ANDRES + "\nEl 11/06/2024 a las 09:40, Javier Montoro <jmontoro@levante-elevacion.es> escribió:\n" + quote(_q) + "\n"
case("p39_reply_three_approvals", ["RG009"],
     "'approved'/'approval' used for sample (technical), PO workflow (commercial) and production; scope otherwise complete",
     [("RE_OC_7765_door_hangers.eml", E(mail(ANDRES, JAVIER, "RE: aprobación door hangers OC 7765",
                                           "Tue, 11 Jun 2024 11:58:00 -0500", _t, cc=CARLOS,
                                           in_reply_to="<h218-q0039@levante-elevacion.es>")))])

# p40 SAP value contract: RELEASED (workflow) + production may start first call-off, no quantity
case("p40_sap_value_contract_no_qty", ["RG009", "RG010"],
     "Value contract 'RELEASED' in SAP workflow and 'production may start for the first call-off' with no quantity",
     [("SAP_contract_4600000118.txt", """KAARNA HISSIHUOLTO OY            SAP MM - CONTRACT DISPLAY (ME33K)          03.06.2024
-------------------------------------------------------------------------------------
Contract      : 4600000118   Type MK (value contract)    Purch.org KH01  Group K05
Vendor        : 200451 SUZHOU HENGTAI ELEVATOR PARTS CO LTD, WUJIANG, SUZHOU, CN
Validity      : 01.06.2024 - 31.05.2025
Target value  : EUR 48.000,00
Release strat.: K2    Release indicator: R    Status: RELEASED 03.06.2024 (J. Räsänen, M. Lehtinen)
-------------------------------------------------------------------------------------
Item  Material   Short text                           Target qty  Un   Net price EUR
10    DH-2-900   DOOR HANGER ASSY 2-PANEL CO 900MM        -       PC       41,80
-------------------------------------------------------------------------------------
Header text:
  Call-offs against this contract for door hangers DH-2-900, modernisation programme 2024-25.
  Supplier may start production of the first call-off (pilot lot).
  Rest of the target value is not released. Next call-off only after sample sign-off
  by Satu Heikkilä, released in writing by Mikko Lehtinen, Supply Chain Manager.
""")])

# p41 release letter: text releases 240, table says 204
case("p41_release_letter_240_vs_204", ["RG011"],
     "Release letter says 240 pcs released in the text but 204 in the table; rest of the scope complete",
     [("Liberacion_No2_OC-7811.pdf", pdf([
         ("h1", "LIBERACIÓN DE PRODUCCIÓN No. 2 - OC 7811"),
         ("p", "Constructora Altamira S.A.S. a Componentes Elevación del Bajío S.A. de C.V. · 25/06/2024"),
         ("p", "Producto: LPB-4F botonera de piso / landing push-button plate, Ciudadela Altamira Ceiba, torres 1 a 4."),
         ("p", "Por medio de la presente se liberan doscientas cuarenta (240) piezas para producción y entrega en obra."),
         ("table", [["Liberación", "Torres", "Cantidad liberada", "Entrega"],
                    ["No. 1 (muestras)", "-", "12", "entregadas 05/06/2024"],
                    ["No. 2", "1 a 4", "204", "semana 31"]]),
         ("sp",),
         ("p", "El saldo restante queda en hold, no liberado, hasta la verificación de instalación en la torre 1 y una "
               "nueva liberación escrita del suscrito."),
         ("p", "Carlos Ospina, Gerente de Proyecto"),
     ], title="Liberacion No 2 OC 7811", author="Carlos Ospina"))])

# p42 cover mail says 20 samples, attached PO says 24
_po = pdf([
    ("h1", "PURCHASE ORDER 4500-2529"),
    ("table", [["Buyer", "Kaarna Hissihuolto Oy, Vantaa"], ["Supplier", "Suzhou Hengtai Elevator Parts Co., Ltd."],
               ["Date", "05.06.2024"], ["Incoterms", "DAP Vantaa"]]),
    ("sp",),
    ("table", [["Item", "Material", "Description", "Qty", "Unit", "Price EUR", "Value EUR"],
               ["10", "CPT-1100-HL", "Car-panel trim 1.4301 hairline, sample", "24", "pcs", "24,90", "597,60"]]),
    ("sp",),
    ("p", "Scope: 24 sample pcs. Balance 576 pcs not released. Material for samples only. Balance released only after "
          "sample sign-off (Satu Heikkilä), by written release from Mikko Lehtinen, Supply Chain Manager."),
], title="PO 4500-2529", author="Jukka Rasanen")
_t = """Hello Kevin,

attached PO 4500-2529 for the car-panel trim samples, twenty (20) pcs.

Balance 580 pcs is not released; it is released only after Satu's sample sign-off and a written release from Mikko Lehtinen. Material for the samples only.

Br,
Jukka
""" + SIG_JUKKA
case("p42_cover_20_po_24", ["RG011"],
     "Cover mail says twenty (20) samples / balance 580; attached PO says 24 samples / balance 576",
     [("PO_4500-2529_trims.eml", E(mail(JUKKA, KEVIN, "PO 4500-2529 car-panel trim samples",
                                        "Wed, 05 Jun 2024 13:22:00 +0300", _t,
                                        attachments=[("PO_4500-2529.pdf", _po, PDF_MT)])))])

# p43 multi-file: PO for 6 samples + proforma for 8 that starts production on advance payment
case("p43_po_vs_proforma_advance", ["RG011", "RG012"],
     "PO covers 6 samples (scope complete); supplier proforma bills 8 pcs and says production starts on receipt of 30% advance",
     [("PO-NMX-VT-0466.pdf", pdf([
         ("h1", "PURCHASE ORDER PO-NMX-VT-0466"),
         ("p", "NMX-JV Nile Metro Extension Joint Venture · New Cairo"),
         ("table", [["Supplier", "Suzhou Hengtai Elevator Parts Co., Ltd."], ["Date", "11-Jun-2024"],
                    ["Buyer", "Eng. Ahmed Fathy"]]),
         ("sp",),
         ("table", [["Ln", "Item", "Description", "Qty", "Unit", "Rate USD", "Amount USD"],
                    ["1", "GS-16", "Guide shoe T89/B, station lifts - sample", "6", "No.", "14,20", "85,20"]]),
         ("sp",),
         ("p", "Scope: this PO covers six (6) samples. The balance of 90 pcs is not released. Material for the samples "
               "only. The balance will be released only after sample sign-off by Eng. Mona Abdelrahman, by a "
               "written release from Eng. Hossam Nabil, Package Manager."),
     ], title="PO-NMX-VT-0466", author="Ahmed Fathy")),
      ("PI-HT-240611.pdf", pdf([
          ("h1", "PROFORMA INVOICE PI-HT-240611"),
          ("p", "Suzhou Hengtai Elevator Parts Co., Ltd. · Wujiang, Suzhou · 12-Jun-2024"),
          ("p", "Buyer: NMX-JV, New Cairo · Your PO: PO-NMX-VT-0466"),
          ("table", [["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
                     ["1", "GS-16 guide shoe T89/B", "8 pcs", "14.20", "113.60"],
                     ["", "Air freight to Cairo", "", "", "86.00"], ["", "Total", "", "", "199.60"]]),
          ("sp",),
          ("p", "Payment: 30% advance by T/T, balance before shipment. Production will start upon receipt of the 30% "
                "advance payment."),
          ("p", "Bank: Bank of China Suzhou Wujiang Sub-branch, SWIFT BKCHCNBJ95E"),
      ], title="PI-HT-240611", author="Kevin Zhou"))])

# p44 multi-file: portal release says 60, WhatsApp says 80
case("p44_portal_60_chat_80", ["RG011"],
     "Portal release R-1 says 60 pcs released; buyer's WhatsApp says R-1 releases 80 pcs; hold/event/person complete",
     [("harbourfront_release_HF-PO-24-0870.html", html_page("Harbourfront Supplier Portal - Release R-1", """
<h2>Harbourfront Supplier Portal &raquo; Release R-1</h2>
<p>PO <b>HF-PO-24-0870</b> &nbsp;|&nbsp; Supplier: Deccan Liftparts Pvt. Ltd. &nbsp;|&nbsp; Part: CP-35-800 comb plate</p>
<table>
<tr><th>Release</th><th>Quantity released</th><th>Escalators</th><th>Authorised by</th><th>Date</th></tr>
<tr><td>R-1</td><td>60 pcs</td><td>ESC-07 to ESC-10</td><td>Raymond Tse</td><td>2024-06-20</td></tr>
</table>
<div class="note">Balance 180 pcs on hold. Next release only after the installation check at ESC-07, in writing by Mr. Raymond Tse.</div>
""")),
      ("WhatsApp_Chat_Winnie_Rajesh.txt", """[20/06/2024, 17:05:12] Winnie Chan HF: Rajesh, R-1 is out for HF-PO-24-0870 👍 80 pcs comb plates released for ESC-07 to ESC-10, pls start
[20/06/2024, 17:05:40] Winnie Chan HF: balance still on hold until Raymond checks ESC-07 installation
[20/06/2024, 17:31:09] Rajesh Kulkarni: Thank you madam 🙏 will start tomorrow
""")])

# p45 release letter: PO number and quantity differ between text and table
case("p45_release_letter_po_mismatch", ["RG011"],
     "Release letter text: 200 pcs under PO 4500-2540; its table: 220 pcs under PO 4500-2504",
     [("KH-REL-2024-07.docx", docx_bytes([
         ("h1", "Production Release KH-REL-2024-07"),
         ("p", "To: Componentes Levante para Elevación S.L., Javier Montoro / Marta Ferrer"),
         ("p", "Date: 02.07.2024"),
         ("p", "Following the sample sign-off SSO-24-012 of 28.06.2024, Kaarna Hissihuolto Oy releases two hundred "
               "(200) door hangers DH-2-900 for production under PO 4500-2540."),
         ("table", [["PO", "Part", "Released qty", "Delivery"],
                    ["4500-2504", "DH-2-900", "220", "week 33, DAP Vantaa"]]),
         ("p", "The remaining 400 pcs stay on hold until the installation feedback from the first 10 modernised "
               "lifts and a next written release by the undersigned."),
         ("p", "Mikko Lehtinen, Supply Chain Manager"),
     ], author="Mikko Lehtinen"))])


# ===================================================================== WRITE
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case id"
    assert len(CASES) == 70, len(CASES)
    clean = [c for c in CASES if not c["expect"]]
    assert len(clean) == 25, len(clean)
    for c in CASES:
        assert c["name"].startswith("c") == (not c["expect"]), c["name"]
    for r in RULES:
        n = sum(r in c["expect"] for c in CASES)
        assert n >= 6, (r, n)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(218218).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h218_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
