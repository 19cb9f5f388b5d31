#!/usr/bin/env python3
"""Generator for the releasegate check_holdout52 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout52/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode).
Renderer helpers copied from check_holdout3/build.py (lines 1-203).
Case texts: white goods / small-appliance plastic and metal parts.
PDF text is kept to Latin-1 (standard Type1 fonts), so Turkish/Polish/Slovene letters are
transliterated in PDFs only.
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
    m["Message-ID"] = msgid or f"<h52-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h52")
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



def q(text, depth=1):
    """Quote text as in a reply (> prefix)."""
    pre = ">" * depth
    return "\n".join(f"{pre} {ln}" if ln else pre for ln in text.strip("\n").splitlines())


def E(m):
    return eml_bytes(m)


# =================================================================== CLEAN
# c01: SAP fixed-width PO, complete scope note, quote qty declared informational.
case("c01_sap_po_doorbin", [], "sample PO 30 pc; 8.000 quote qty informational, balance 7.970 on hold until lab sign-off + written release by M. Nowak; sample-only material", [
    ("PO_4500081207.txt", """\
WISLA AGD SP. Z O.O.                                        PURCHASE ORDER
ul. Fabryczna 12, 53-609 Wroclaw, PL                        Page   1 of 1
NIP 894-000-11-22                                           Printed 08.04.2024 10:41
--------------------------------------------------------------------------------
PO number  : 4500081207              PO date   : 08.04.2024
Vendor     : 104417                  NINGBO HAOYU PRECISION MOULD CO., LTD.
             No. 88 Binhai Rd, Beilun, Ningbo 315800, CN
Buyer      : P. Zielinski  (grp B12) tel +48 71 000 4410
Incoterms  : FCA Ningbo             Pay. terms: 60 days net
Currency   : EUR                    Your ref.: Q-HY-24-0318 dd 02.04.2024
--------------------------------------------------------------------------------
Item  Material        Description                     Qty UoM    Price    Net value
--------------------------------------------------------------------------------
00010 4810-2000-15    DOOR BIN UPPER 600 GPPS CLR      30 PC      6,80       204,00
      Drg 4810-2000-15 Rev 12  /  T1 SAMPLES (PPAP-LIGHT)
      Deliv. date 20.05.2024   Plant 1100   Stor.loc 0001
--------------------------------------------------------------------------------
                                              Total net value EUR          204,00

HEADER TEXT
  THIS PO COVERS 30 PC T1 SAMPLES ONLY (ITEM 00010).
  QUOTE Q-HY-24-0318 SHOWS A SERIES QTY OF 8.000 PC - FOR INFORMATION ONLY,
  NOT ORDERED AND NOT RELEASED. BALANCE 7.970 PC STAYS ON HOLD.
  NOW: MOULD THE 30 T1 PC FROM THE 2-CAV TOOL, MARK CAVITY ID, SHIP WITH
  DIM REPORT (5 PC PER CAVITY) AND GPPS MATERIAL CERT.
  SERIES RELEASE ONLY AFTER OUR LAB SIGNS OFF THE T1 SAMPLES AND
  MAGDALENA NOWAK (KIEROWNIK ZAKUPOW / PURCHASING MANAGER) SENDS A WRITTEN
  RELEASE STATING THE QTY.
  MATERIAL AUTHORITY: SAMPLE-ONLY - BUY GPPS FOR THE 30 PC, NOTHING MORE.

DELIVERY ADDRESS: WISLA AGD, GATE 3, UL. FABRYCZNA 12, 53-609 WROCLAW
Packing: single PE bag per part, carton max 15 kg, label with PO/item/cavity.
General terms: OWZ Wisla AGD 2023 apply. Deliveries without PO no. are refused.
"""),
])

# c02: supplier quote with sample and production tiers, no authorization.
case("c02_quote_dustcup", [], "supplier quote alone: sample tier + annual estimate, production only after written release", [
    ("Quotation_JS-Q-2404-09.pdf", pdf([
        ("h1", "QUOTATION JS-Q-2404-09"),
        ("p", "Dongguan Jinsheng Plastic Products Co., Ltd. - Qiaotou Town, Dongguan, Guangdong, China"),
        ("p", "To: Egeli Beyaz Esya San. A.S., Manisa OSB, Turkey - Attn. Ms. Elif Kaya (Purchasing)"),
        ("p", "Date: 16 April 2024. Validity: 90 days. Currency: USD. Incoterms: FOB Shenzhen."),
        ("h", "Part"),
        ("p", "Vacuum cleaner dust cup VC-DC-09, transparent ABS (Chimei PA-758), wall 2.2 mm, "
              "drawing VC-DC-09 Rev B dated 03 April 2024. Texture: polished SPI A2 outside, MT-11020 on grip."),
        ("table", [
            ["Item", "Quantity", "Unit price USD", "Remarks"],
            ["Injection mould, 1+1 family, P20 / H13 inserts, hot runner 2 drops", "1 set", "21,800.00", "Tool life 500k shots"],
            ["T1 samples (after mould trial)", "20 pcs", "0.00", "included in tool price"],
            ["Production parts, estimated annual volume", "50,000 pcs/yr", "1.36", "estimate from your RFQ, not an order"],
            ["Ultrasonic welding of filter frame", "per pc", "0.09", "optional"],
        ]),
        ("sp",),
        ("p", "Cycle time 38 s, 2 cavities (1+1). Press 280 t. Lead time: T0 in 5 weeks after tool kick-off, "
              "T1 one week after T0 corrections."),
        ("p", "Payment terms tooling: 50% with tool order, 50% after T1 sign-off. Production parts: 30 days after B/L."),
        ("p", "Production quantities are released only by your written production release stating the quantity; "
              "the annual figure above is for price calculation only."),
        ("p", "Best regards, Amy Chen - Sales Manager - amy.chen@jinsheng-plastic.cn - +86 769 8000 1234"),
    ], title="Quotation JS-Q-2404-09", author="Amy Chen")),
])

# c03: supplier question about the balance; restates hold.
case("c03_supplier_question_hinge", [], "supplier asks whether it has a go-ahead for the balance, restates hold; question, not authorization", [
    ("RE_HB-1050-2_pre-series.eml", E(mail(
        "Murat Özkan <murat.ozkan@ozkanmetal.com.tr>", "Jure Novak <jure.novak@savinja-aparati.si>",
        "HB-1050-2 pre-series shipped / question about balance", "Tue, 14 May 2024 11:02:00 +0300",
        """Dear Mr. Novak,

the 40 pre-series hinge brackets HB-1050-2 (DC04 EN 10130, 1.5 mm, zinc-nickel 8 µm) left our plant
in Nilüfer today with Horoz Lojistik, CMR 24-55871, ETA Velenje Friday. Measurement report
(CMM, 5 pcs) and the salt spray result (720 h, no red rust) are attached to the delivery note.

One question from our side: do we have a go-ahead for the remaining 4,960 pcs?
I know that per your PO 4100-2291 the balance is on hold until your sample sign-off and a written
release from Mrs. Kovač, so we will not start the press or buy coil before that.
The only reason I ask: coil lead time from Borçelik is now 5 weeks, so an early signal would help us
plan. If you can tell me the planned date of the sign-off, that is enough.

Teşekkürler / hvala,
""" + sig("Murat Özkan", "Sales & Projects", "Bursa Özkan Metal Pres San. ve Tic. Ltd. Şti.", "+90 224 000 5566"),
        attachments=[("CMM_report_HB-1050-2.html", html_page("CMM report HB-1050-2", """
<h3>Bursa Özkan Metal Pres &mdash; CMM report HB-1050-2 pre-series (5 pcs of 40)</h3>
<p>Drawing HB-1050-2 rev 4 &middot; DIN ISO 2768-mK &middot; measured 13.05.2024 on Zeiss Contura 700</p>
<table>
<tr><th>Char.</th><th>Nominal</th><th>Tol.</th><th>#1</th><th>#2</th><th>#3</th><th>#4</th><th>#5</th></tr>
<tr><td>Hole &Oslash;</td><td>6.40</td><td>+0.10/0</td><td>6.44</td><td>6.45</td><td>6.43</td><td>6.44</td><td>6.46</td></tr>
<tr><td>Pitch</td><td>125.0</td><td>&plusmn;0.2</td><td>125.05</td><td>124.98</td><td>125.02</td><td>125.04</td><td>125.00</td></tr>
<tr><td>Bend angle</td><td>90&deg;</td><td>&plusmn;0.5&deg;</td><td>90.2</td><td>90.1</td><td>89.9</td><td>90.3</td><td>90.2</td></tr>
<tr><td>Flatness</td><td>&ndash;</td><td>0.3</td><td>0.12</td><td>0.15</td><td>0.11</td><td>0.14</td><td>0.13</td></tr>
</table>
<p>Result: all characteristics within tolerance.</p>
"""), "text/html")]))),
])

# c04: labelled forecast on the buyer's supplier portal.
case("c04_portal_forecast", [], "clearly labelled forecast: not an order, no production or material authority", [
    ("pronostico_BT-520.html", html_page("Pronóstico / Forecast BT-520", """
<h2>Hogar Bajío Electrodomésticos S.A. de C.V. &mdash; Portal de Proveedores</h2>
<p>Proveedor: <b>Inyectados del Norte S.A. de C.V.</b> (No. 300218) &middot; Generado: 03/06/2024 07:00 &middot; Usuario: rsalas</p>
<div class="note"><b>PRONÓSTICO &mdash; NO ES ORDEN DE COMPRA / FORECAST &mdash; NOT A PURCHASE ORDER.</b><br>
Las cantidades son estimaciones para planeación de capacidad. No liberan producción y no autorizan compra de material.
These quantities are estimates for your capacity planning only. They do not release production and do not authorize any
material purchase. Only a signed call-off (liberación) with a quantity authorizes production.</div>
<h3>Número de parte BT-520 &mdash; bisagra de tapa, lavadora 18 kg (PP + 20% talco, negro)</h3>
<table>
<tr><th>Mes / Month</th><th>Pronóstico (pzas)</th><th>Tipo</th><th>Comentario</th></tr>
<tr><td>Julio 2024</td><td>2,500</td><td>Forecast</td><td>SOP línea 4</td></tr>
<tr><td>Agosto 2024</td><td>3,000</td><td>Forecast</td><td></td></tr>
<tr><td>Septiembre 2024</td><td>3,000</td><td>Forecast</td><td></td></tr>
<tr><td>Octubre 2024</td><td>3,500</td><td>Forecast</td><td>campaña Buen Fin</td></tr>
<tr><td>Noviembre 2024</td><td>3,500</td><td>Forecast</td><td></td></tr>
<tr><td>Diciembre 2024</td><td>2,000</td><td>Forecast</td><td>paro de planta 20/12&ndash;06/01</td></tr>
</table>
<p>Total pronóstico jul&ndash;dic: 17,500 pzas (forecast only).</p>
<p>Dudas sobre este pronóstico: Rodrigo Salas, Compras, rsalas@hogarbajio.mx, +52 461 000 2200 ext. 318.</p>
<p style="color:#777">Ref. dibujo BT-520 rev. 4 &middot; norma de empaque HB-PK-100 &middot; Planta Celaya, Gto.</p>
"""), ),
])

# c05: scoped sample approval, multipart/alternative.
_c05_txt = """Dear Milica,

our lab has finished the check on the 40 T1 crisper drawers CR-6010 (your delivery note KP-0419).

Result: the 40 T1 samples are approved for fit and texture only. The grain (VDI 3400 Ref. 27) matches
the colour master and the drawer runs smoothly in the 60 cm cabinet. This is not a production release.

The balance of 5,960 pcs from your offer KP-24-033 stays on hold. It will be released only after
(1) the PPAP-light package is signed off (dimensional report 5 pcs per cavity, PS material certificate,
process flow) and (2) I send you a written release with the quantity. Until then please keep material
at sample level and do not schedule the drawer on the 450 t press.

Two small points for the PPAP-light run: the ejector marks on the bottom rib are acceptable, and the
label area must stay free of grain (see drawing note 7).

Cordiali saluti / srdačan pozdrav,
""" + sig("Giulia Ferri", "Responsabile Acquisti", "Friulana Elettrodomestici S.p.A., Pordenone", "+39 0434 000 711")
_c05_html = ("<p>Dear Milica,</p><p>our lab has finished the check on the <b>40 T1 crisper drawers CR-6010</b> "
             "(your delivery note KP-0419).</p><p>Result: the 40 T1 samples are <b>approved for fit and texture only</b>. "
             "The grain (VDI 3400 Ref. 27) matches the colour master. <b>This is not a production release.</b></p>"
             "<p>The balance of <b>5,960 pcs</b> from your offer KP-24-033 stays <b>on hold</b>. It will be released only after "
             "(1) the PPAP-light package is signed off and (2) I send you a written release with the quantity. Until then please "
             "keep material at sample level and do not schedule the drawer on the 450 t press.</p>"
             "<p>Cordiali saluti,<br>Giulia Ferri<br>Responsabile Acquisti<br>Friulana Elettrodomestici S.p.A.</p>")
case("c05_scoped_sample_ok", [], "T1 approved for fit/texture only, not a production release; balance 5,960 on hold until PPAP-light sign-off + written release by G. Ferri", [
    ("CR-6010_T1_result.eml", E(mail(
        "Giulia Ferri <g.ferri@friulana-elettro.it>", "Milica Jovanović <milica.jovanovic@kgplast.rs>",
        "CR-6010 crisper drawer - T1 result", "Wed, 22 May 2024 16:20:00 +0200", _c05_txt, html=_c05_html,
        cc="Elena Russo <e.russo@friulana-elettro.it>"))),
])

# c06: full-quantity PO, "proceed" scoped to the full quantity, no balance.
case("c06_full_po_bracket", [], "full-quantity series PO 12.000 pcs matching quote; no balance; proceed is scoped", [
    ("ODA_4501-7712.pdf", pdf([
        ("h1", "ORDINE DI ACQUISTO / PURCHASE ORDER 4501-7712"),
        ("p", "Friulana Elettrodomestici S.p.A. - Viale dell'Industria 40, 33170 Pordenone (PN), Italia - P.IVA IT00000000931"),
        ("p", "Fornitore / Supplier: Foshan Ruitai Metal Stamping Co., Ltd., Shunde, Foshan, China (cod. 20577)"),
        ("p", "Data / Date: 06.05.2024 - Buyer: Marco Bianchi - Resa / Incoterms: FOB Shenzhen - Pagamento: 90 gg d.f.f.m."),
        ("table", [
            ["Pos.", "Codice / Part", "Descrizione", "Q.ta", "Prezzo EUR", "Consegna"],
            ["10", "CMB-220 rev F", "Staffa compressore / compressor mounting bracket, DX51D+Z140 EN 10346, sp. 2,0 mm", "4.000 pz", "0,412", "sett. 24"],
            ["20", "CMB-220 rev F", "idem", "4.000 pz", "0,412", "sett. 28"],
            ["30", "CMB-220 rev F", "idem", "4.000 pz", "0,412", "sett. 32"],
        ]),
        ("sp",),
        ("p", "Totale ordine / order total: 12.000 pz - EUR 4.944,00. Rif. offerta / quote: FR-Q-2403-118 (12.000 pz)."),
        ("p", "This is a series order for the full quoted quantity of 12.000 pcs; there is no balance outstanding beyond "
              "this order. PPAP was signed off on 04.03.2024 (report PP-0211). Please proceed with the 12.000 pcs in the three "
              "deliveries above. Coil may be bought for the 12.000 pcs of this order."),
        ("p", "Tolleranze ISO 2768-mK. Imballo: cassa legno ISPM 15, max 800 kg. Certificato 3.1 EN 10204 per ogni colata."),
        ("p", "Friulana Elettrodomestici S.p.A. - Ufficio Acquisti - firmato digitalmente"),
    ], title="ODA 4501-7712", author="Marco Bianchi")),
])

# c07: call-off with explicit staged material authority above the released quantity.
case("c07_calloff_staged_material", [], "call-off releases 2,000; explicit staged material authority to 6,000; balance 10,000 on hold until next call-off by P. Kovac", [
    ("Call-off_CO-01_ODH-5.pdf", pdf([
        ("h1", "CALL-OFF CO-01 / ODPOKLIC"),
        ("p", "Savinja Aparati d.o.o., Partizanska 20, 3320 Velenje, Slovenia"),
        ("p", "To: Nis Metal Pres d.o.o., Bulevar 12. februar 80, 18000 Nis, Serbia - Attn. Dragan Petrovic"),
        ("p", "Frame agreement OP-2024-07, part ODH-5 oven door hinge (DC04, 2.0 mm, drawing ODH-5 Rev H). Date: 27.05.2024."),
        ("table", [
            ["Item", "Quantity", "Status"],
            ["Frame quantity 2024 (forecast basis)", "12,000 pcs", "not released - planning figure"],
            ["This call-off CO-01", "2,000 pcs", "RELEASED for production, delivery weeks 25-26"],
            ["Balance of frame", "10,000 pcs", "ON HOLD - not released"],
            ["Material authority", "6,000 pcs equivalent", "STAGED - coil DC04 2.0 mm may be bought and slit"],
        ]),
        ("sp",),
        ("p", "What to do now: stamp and deliver the 2,000 pcs of CO-01. You may buy and slit coil for up to 6,000 pcs; "
              "Savinja Aparati carries the liability for that material (up to 6,000 pcs) if the frame is not called off. "
              "Do not stamp beyond the 2,000 pcs."),
        ("p", "The balance of 10,000 pcs is released only by the next call-off, issued and signed by Petra Kovac "
              "(Vodja nabave / Head of Purchasing)."),
        ("p", "Packing: returnable KLT 6429, 250 pcs per box. Delivery DAP Velenje, truck on Tuesdays."),
        ("p", "Petra Kovac - Vodja nabave - Savinja Aparati d.o.o."),
    ], title="Call-off CO-01", author="Petra Kovac")),
])

# c08: explicit, recorded auto-conversion.
case("c08_minutes_autoconversion", [], "explicit recorded auto-conversion naming quantity 1,000, signer K. Demir and conditions; 4,000 on hold until written release by S. Aydin", [
    ("Minutes_T1_review_LF-330.docx", docx_bytes([
        ("h1", "Minutes – Tool kick-off and T1 plan, lint filter housing LF-330"),
        ("p", "Date: 02.05.2024, Teams call. Egeli Beyaz Eşya: Serkan Aydın (Satınalma Müdürü / Purchasing Manager), "
              "Kemal Demir (Quality Manager), Elif Kaya (Buyer). Kragujevac Plast: Milica Jovanović (Sales), Nikola Ilić (Tooling)."),
        ("h", "1. Tool"),
        ("p", "Tool kick-off confirmed on PO 4700-3301 (mould 2-cavity, PP homopolymer, hot runner). T0 planned week 22, "
              "T1 week 24. Cycle time target 29 s."),
        ("h", "2. Samples"),
        ("p", "Kragujevac Plast moulds 25 T1 samples (PO 4700-3301 line 20). Material authority until sign-off: sample-only."),
        ("h", "3. Recorded auto-conversion agreement"),
        ("p", "Agreed in advance and recorded by signature of both parties below: if the 25 T1 samples are signed off "
              "“approved” by Kemal Demir (Quality Manager, Egeli) on the PPAP-light form with no open points, that sign-off "
              "by itself releases 1,000 pcs of LF-330 as the first production lot. An “interim” or “rejected” disposition "
              "releases nothing."),
        ("p", "The sign-off releases no other quantity. The remaining 4,000 pcs of the quoted 5,000 pcs stay on hold until "
              "a written release from Serkan Aydın. Material authority after an approved sign-off: 1,000 pcs."),
        ("h", "4. Action items"),
        ("table", [
            ["#", "Action", "Owner", "Due"],
            ["1", "Send T0 report with cavity pressure curves", "N. Ilić", "wk 22"],
            ["2", "Colour master (RAL 7035) to supplier", "E. Kaya", "wk 21"],
            ["3", "PPAP-light form template to supplier", "K. Demir", "wk 21"],
        ]),
        ("p", "Signed: Serkan Aydın (Egeli) — Milica Jovanović (Kragujevac Plast), 02.05.2024"),
    ], author="Elif Kaya")),
])

# c09: supplier: deposit does not release production.
case("c09_deposit_not_release", [], "supplier confirms the tooling deposit does not release production; builds 16 T1 shots only", [
    ("Deposit_received_PO7100-0456.eml", E(mail(
        "Cathy Wang <cathy.wang@haoyu-mould.com>", "Laura Méndez <lmendez@hogarbajio.mx>",
        "Deposit received - PO 7100-0456 / MW-RR-245 turntable ring", "Mon, 15 Apr 2024 09:35:00 +0800",
        """Dear Ing. Méndez,

Good day! We confirm the tooling deposit of USD 14,400.00 (30% of the mould price) arrived on our account
on 12 April. Thank you.

To avoid any misunderstanding, please note: the deposit covers the tool kick-off only. It does not
release any production. According to your PO 7100-0456 we will build only the T1 shots (16 pcs),
and we send them by DHL together with the dimensional report and the material certificate (PP-C, UL 94 HB).
The 6,000 pcs in our quotation HY-Q-24-0211 stay not released; we start production only after
your written release with the quantity.

Timing:
- steel order (NAK80) this week
- T0 mould trial around 28 May
- T1 around 11 June, samples on the way 13 June

If you want us to prepare anything else for the PPAP-light, please tell me.

Best regards,
Cathy Wang
Sales Manager | Ningbo Haoyu Precision Mould Co., Ltd.
No. 88 Binhai Rd, Beilun, Ningbo 315800, China | +86 574 0000 8866 | WeChat cathy_haoyu
"""))),
])

# c10: supplier acknowledgement restating the hold (EML + PDF attachment).
_c10_pdf = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT OA-2024-0377"),
    ("p", "Gebze Plastik Enjeksiyon Ltd. Sti., GOSB 1600. Sokak No. 12, Gebze / Kocaeli, Turkey"),
    ("p", "Customer: Wisla AGD Sp. z o.o., Wroclaw, Poland - your PO 4500081311 dated 29.04.2024"),
    ("table", [
        ["Pos", "Part", "Description", "Qty", "Status"],
        ["10", "KB-450 Rev C", "Kettle base, PP-H glass fibre 20%, black", "24 pcs", "T1 samples - confirmed, ship wk 22"],
        ["-", "KB-450 Rev C", "Balance of quoted quantity", "2,976 pcs", "NOT released - not scheduled"],
    ]),
    ("sp",),
    ("p", "We confirm the scope as written in your PO: 24 pcs T1 samples only. The balance of 2,976 pcs is not released. "
          "We will neither start it nor buy material for it until Mrs. Magdalena Nowak sends the written release after your "
          "sample sign-off. Material bought now: PP-GF20 for the 24 samples only."),
    ("p", "Mould: 2 cavities, cycle time 34 s, 350 t press. Colour master received 30.04.2024."),
    ("p", "Ayse Yildiz - Sales Engineer - Gebze Plastik Enjeksiyon"),
], title="OA-2024-0377", author="Ayse Yildiz")
case("c10_ack_restates_hold", [], "supplier acknowledgement restates 24 samples only and the hold; non-authorizing", [
    ("OA-2024-0377_Wisla.eml", E(mail(
        "Ayşe Yıldız <ayse.yildiz@gebzeplastik.com.tr>", "Piotr Zieliński <piotr.zielinski@wisla-agd.pl>",
        "Order acknowledgement OA-2024-0377 / your PO 4500081311", "Thu, 02 May 2024 14:10:00 +0300",
        """Dear Piotr,

please find attached our order acknowledgement for PO 4500081311 (kettle base KB-450).
As written in the attachment, we confirm 24 pcs T1 samples only; the balance stays not released
until Mrs. Nowak's written release after your sample sign-off.

T1 trial is planned on 21 May, shipment with UPS on 23 May.

Kind regards / Saygılarımla,
""" + sig("Ayşe Yıldız", "Sales Engineer", "Gebze Plastik Enjeksiyon Ltd. Şti.", "+90 262 000 3344"),
        attachments=[("OA-2024-0377.pdf", _c10_pdf, PDF_MT)]))),
])

# c11: identifiers that look like quantities.
case("c11_po_identifiers", [], "15 samples; PN/drawing/norm numbers look like quantities; balance 1,985 on hold until sample sign-off + revised PO signed by P. Kovac", [
    ("PO_4100-2299_TC-12.txt", """\
SAVINJA APARATI d.o.o.            NAROCILNICA / PURCHASE ORDER        4100-2299
Partizanska 20, SI-3320 Velenje                                   Date 10.04.2024
============================================================================
Supplier : 700512 BURSA OZKAN METAL PRES SAN. VE TIC. LTD. STI.
           Nilufer OSB, 16140 Bursa, TR
Buyer    : Jure Novak, ext. 4000 (cost centre 4000 / hall 2000, dock 12)
Terms    : DAP Velenje, 45 days, frame terms OP-2023-11
============================================================================
Pos Part no.          Rev Description                       Qty   Unit  EUR/unit
--- ----------------- --- --------------------------------- ----- ----- --------
010 2500-1000-250     30  CRUMB TRAY TC-12, ALUMINISED STEEL    15  PCS     4,20
                          DX53D+AS120 EN 10346, 0,6 mm
                          Drawing 5000 Rev 30, tol. DIN EN ISO 2768-mK
                          2x clinch nut M6x1,0 (DIN 934 equiv.)
============================================================================
SCOPE OF THIS PO
  Pos 010 = 15 pcs samples only (first-off tool samples, hand-deburred OK).
  Your quote BO-24-047 is based on 2,000 pcs; the balance of 1,985 pcs is NOT
  released and NOT ordered by this PO. It stays on hold.
  Unlock: sample sign-off by our quality lab, followed by a revised PO
  (rev. 1 of this PO) signed by Petra Kovac, Vodja nabave.
  Material: buy strip for the 15 samples only.
  Do now: stamp 15 pcs, measure 3 pcs (full dim), send with 3.1 cert.
============================================================================
Delivery date : 22.05.2024 (KW 21)
Signature     : J. Novak
"""),
])

# c12: quoted supplier message assumes auto-conversion; buyer corrects it.
case("c12_buyer_corrects_autoconv", [], "supplier's quoted auto-conversion assumption corrected by buyer: 24 samples only, 2,400 on hold until lab sign-off + written release by G. Ferri", [
    ("RE_OK-3301_T1_plan.eml", E(mail(
        "Marco Bianchi <m.bianchi@friulana-elettro.it>", "Kevin Li <kevin.li@hengda-mould.cn>",
        "RE: OK-3301 T1 plan and production", "Fri, 17 May 2024 10:05:00 +0200",
        """Kevin,

no - please don't. Sample sign-off does not start the series here.

PO 4501-7730 covers the 24 T1 oven knobs OK-3301 (chrome plated ABS) only. The 2,400 pcs production
quantity from your quote stays on hold until (1) our lab signs off the T1 knobs, including the
CASS test on the chrome, and (2) Giulia Ferri sends you a written release with the quantity.
No auto-conversion has been agreed between us, so the mould goes off the press after the T1 shots.

For the T1: please send 12 knobs plated and 12 unplated, each bag marked with the cavity number.

Thanks and regards,
Marco

Marco Bianchi | Buyer - Plastics & Plating | Friulana Elettrodomestici S.p.A. | +39 0434 000 745

On 16 May 2024, at 09:12, Kevin Li <kevin.li@hengda-mould.cn> wrote:
""" + q("""Dear Marco,

T1 trial for OK-3301 is fixed on 28 May, 4 cavities, cycle 31 s.
Once you approve the T1 we will roll directly into the 2,400 pcs so that you keep the SOP date,
the mould can stay in the press. Plating line is booked.

Best regards
Kevin Li
Yuyao Hengda Mould & Plastic Co."""),
        in_reply_to="<h52-yh-0516@hengda-mould.cn>"))),
])

# c13: WhatsApp export, Spanglish, scoped go-ahead.
case("c13_whatsapp_scoped", [], "chat: go ahead with the 20 muestras only; 1,980 on hold until PPAP sign-off + written release by Ing. L. Mendez", [
    ("WhatsApp_Chat_Inyectados_MW-RR.txt", """\
[12/03/24, 09:14:03] Javier Treviño (Inyectados del Norte): Buenos días Rodrigo, las muestras T1 del rodillo MW-RR-245 salen mañana del molde. ¿Cuántas quieres?
[12/03/24, 09:16:40] Rodrigo Salas (Hogar Bajío): Buen día Javier! déjame ver con calidad
[12/03/24, 09:20:11] Rodrigo Salas (Hogar Bajío): Ok go ahead with the 20 muestras only. La OC 7100-0519 ya está en el portal, partida 10 = 20 pzas
[12/03/24, 09:21:02] Rodrigo Salas (Hogar Bajío): El resto (1,980 pzas de tu cotización) se queda on hold, no lo arranquen
[12/03/24, 09:22:30] Rodrigo Salas (Hogar Bajío): Para liberar ese resto necesitamos el PPAP sign-off de Calidad (Ing. Paola Herrera) y después la liberación por escrito de la Ing. Laura Méndez. Sin eso no hay producción 🙏
[12/03/24, 09:25:47] Javier Treviño (Inyectados del Norte): Entendido 👍 solo 20. Resina solo para las muestras
[12/03/24, 09:26:05] Javier Treviño (Inyectados del Norte): ¿las mando por Estafeta o pasan por ellas?
[12/03/24, 09:31:12] Rodrigo Salas (Hogar Bajío): Estafeta día siguiente, a nombre de Paola, Planta Celaya, recibo de materiales puerta 2
[12/03/24, 09:31:40] Rodrigo Salas (Hogar Bajío): y porfa el reporte dimensional de 5 pzas por cavidad
[12/03/24, 09:32:18] Javier Treviño (Inyectados del Norte): sale. Ciclo nos quedó en 22 seg, 4 cavidades
[12/03/24, 09:32:55] Rodrigo Salas (Hogar Bajío): 👌 gracias
[13/03/24, 17:48:09] Javier Treviño (Inyectados del Norte): <adjunto: guia_estafeta_7731.pdf>
[13/03/24, 17:48:30] Javier Treviño (Inyectados del Norte): ya van las 20, guía 7731 0044 2210
"""),
])

# c14: PPAP interim disposition with limits, separate production release (DOCX + table).
case("c14_interim_ppap_panel", [], "interim disposition with 800 pcs / date limit; release R-01 800 by G. Ferri; 4,200 on hold until full PPAP sign-off + new written release", [
    ("Interim_disposition_SP-7720.docx", docx_bytes([
        ("h1", "Interim disposition and production release R-01 — SP-7720"),
        ("p", "Friulana Elettrodomestici S.p.A. → Subotica Boja d.o.o. (attn. Nenad Stojanović). Date 16.05.2024."),
        ("p", "Part: SP-7720 painted side panel, built-in oven 60 cm, powder coat RAL 9003 gloss 85 ±3 GU, "
              "drawing SP-7720 rev E, paint spec FE-PS-012."),
        ("h", "Engineering disposition of the PPAP samples (level 2-light)"),
        ("p", "Disposition: INTERIM. Open point: gloss measured 80–82 GU on 3 of 10 samples (spec 85 ±3). Corrective action: "
              "oven curve adjustment, due 20.06.2024. The interim disposition is valid for max. 800 pcs or until 30.06.2024, "
              "whichever comes first."),
        ("h", "Production release R-01"),
        ("p", "Released for production: 800 pcs, deliveries weeks 22–25. Authorized by Giulia Ferri, Responsabile Acquisti."),
        ("table", [
            ["Item", "Quantity", "Status"],
            ["Quoted production quantity (offer SB-24-019)", "5,000 pcs", "reference"],
            ["Production release R-01", "800 pcs", "released"],
            ["Balance", "4,200 pcs", "on hold – not released"],
            ["Material authority", "800 pcs", "blanks and powder for R-01 only"],
        ]),
        ("p", "The balance of 4,200 pcs is not released. It is released only after the full PPAP sign-off (disposition "
              "“approved”) and a new written release from Giulia Ferri."),
        ("p", "Giulia Ferri — Responsabile Acquisti — Friulana Elettrodomestici S.p.A."),
    ], author="Giulia Ferri")),
])

# c15: multi-file: revised PO rev 2 (DOCX) + release letter (PDF), full remaining quantity released.
case("c15_revised_po_and_release", [], "PO rev 2 and release letter agree: 4,970 released after sample sign-off, no balance on hold", [
    ("PO_4500081150_rev2.docx", docx_bytes([
        ("h1", "Zamówienie / Purchase Order 4500081150 – revision 2"),
        ("p", "Wisła AGD Sp. z o.o., ul. Fabryczna 12, 53-609 Wrocław → Kragujevac Plast d.o.o., Kragujevac, Serbia"),
        ("p", "Date of revision: 22.05.2024. Reason: production line added after sample sign-off."),
        ("table", [
            ["Line", "Part", "Scope", "Quantity", "Status"],
            ["10", "2820-114-05 Rev F detergent drawer", "T1 samples", "30 pcs", "delivered 08.05.2024 – closed"],
            ["20", "2820-114-05 Rev F detergent drawer", "production", "4,970 pcs", "released – REL-2820-01"],
        ]),
        ("p", "Line 20 is released by production release REL-2820-01 (attached), signed by Magdalena Nowak, Kierownik Zakupów. "
              "Lines 10 + 20 cover the full quantity of quote Q-KP-2024-077 (5,000 pcs); no balance remains on hold."),
        ("p", "Delivery: 1,000 pcs per week from week 24, FCA Kragujevac. Packing: returnable trays WT-40."),
    ], author="Piotr Zieliński")),
    ("REL-2820-01.pdf", pdf([
        ("h1", "PRODUCTION RELEASE REL-2820-01"),
        ("p", "Wisla AGD Sp. z o.o. to Kragujevac Plast d.o.o. - 22.05.2024"),
        ("p", "Part 2820-114-05 Rev F, detergent drawer, PP-copolymer white."),
        ("p", "Basis: sample sign-off report LAB-24-117 of 20.05.2024 - all 30 T1 samples conform (dimensions, "
              "colour vs. master, drop test)."),
        ("p", "Released quantity: 4,970 pcs (PO 4500081150 line 20). This release covers the whole remaining quantity of "
              "quote Q-KP-2024-077; there is no balance on hold. Material authority: 4,970 pcs."),
        ("p", "Magdalena Nowak - Kierownik Zakupow / Purchasing Manager - Wisla AGD"),
    ], title="REL-2820-01", author="Magdalena Nowak")),
])

# c16: multi-file: PO (TXT) + supplier quote (PDF); quote production figure declared informational.
case("c16_po_plus_quote", [], "PO for 20 T1 spray arms; quote's 10,000/yr declared information only, not released; on hold until T1 sign-off by K. Demir + written release by S. Aydin", [
    ("PO_4700-3322_SA-410.txt", """\
EGELI BEYAZ ESYA SAN. A.S.                       SATINALMA SIPARISI / PURCHASE ORDER
Manisa OSB 3. Kisim, 45030 Yunusemre / Manisa, TR
------------------------------------------------------------------------------
Siparis No / PO no. : 4700-3322          Tarih / date : 19.04.2024
Tedarikci / vendor  : 300910 YUYAO HENGDA MOULD & PLASTIC CO.
Alici / buyer       : Elif Kaya  +90 236 000 1290
Teslim / Incoterms  : CIF Izmir (Alsancak)
------------------------------------------------------------------------------
Kalem Malzeme      Tanim                              Miktar  Birim  Fiyat USD
----- ------------ ---------------------------------- ------- ------ ---------
0010  SA-410       UPPER SPRAY ARM, PP-H, 3 PARTS WELD     20  ADET       2,15
                   T1 NUMUNE / T1 SAMPLES
------------------------------------------------------------------------------
NOTLAR / NOTES
- Bu siparis sadece 20 adet T1 numune icindir.
  This PO is for 20 pcs T1 samples only.
- The 10,000 pcs/yr in your quote YH-Q-24-055 is an estimate for information
  only. It is not ordered and not released; production stays on hold.
- Production release only after T1 sign-off by our Quality Manager Kemal Demir
  AND a written release from Serkan Aydin (Satinalma Muduru).
- Material: buy for the 20 samples only.
------------------------------------------------------------------------------
"""),
    ("Quote_YH-Q-24-055.pdf", pdf([
        ("h1", "QUOTATION YH-Q-24-055"),
        ("p", "Yuyao Hengda Mould & Plastic Co. - Yuyao, Zhejiang, China - 08 April 2024 - to Egeli Beyaz Esya, Ms. Elif Kaya"),
        ("table", [
            ["Item", "Qty", "Price USD", "Note"],
            ["Mould SA-410, 4 cavity, ultrasonic weld fixture", "1 set", "17,900", "T1 in 6 weeks"],
            ["T1 samples", "20 pcs", "2.15", ""],
            ["Production spray arm SA-410", "10,000 pcs/yr", "1.08", "estimate"],
        ]),
        ("p", "Cycle time 27 s. Material Sabic PP 575P natural. Kevin Li, Sales."),
    ], title="YH-Q-24-055", author="Kevin Li")),
])

# c17: long logistics thread with a complete call-off (multipart/alternative, quoted replies).
_c17_txt = """Dragan, hi,

answers below, and the call-off you were waiting for.

CALL-OFF CO-GF-07 (frame agreement FA-2024-NMP-02, part GF-600 grease filter frame, AISI 430, 0.5 mm):
- released for production now: 1,500 pcs, delivery FCA Niš week 27
- the remaining 4,500 pcs of the 2024 frame quantity are not released; they stay on hold until the
  next call-off, which comes from me (Marco Bianchi) in writing
- material: buy and cut strip for the 1,500 pcs of this call-off only

Packing: yes, EUR pallet 120x80, max 8 layers, VCI bag over each layer, corner boards. No wooden
boxes please, our receiving cannot handle them on line 6.

Truck: we book Ekol for Tuesday 2 July, loading 08:00 at your gate. CMR and EUR.1 with the driver;
customs at Batrovci is arranged by our broker (Spedimex), reference FE-24-0771.

Labels: VDA 4902 with our part no. and the call-off no. CO-GF-07 on every pallet.

Thanks for the quick turnaround on the deburring issue, the last lot looked very clean.

Ciao,
Marco

Marco Bianchi | Buyer - Sheet Metal | Friulana Elettrodomestici S.p.A. | Viale dell'Industria 40, Pordenone
+39 0434 000 745

Il giorno 12 giu 2024, alle ore 15:40, Dragan Petrović <dragan.petrovic@nismetalpres.rs> ha scritto:
""" + q("""Hi Marco,

three things before we plan week 27:

1) Packing - EUR pallet ok for you or do you want the wooden boxes like in 2023?
2) Truck - do you book or do we? Last time the driver arrived without the EUR.1 form.
3) Call-off - we still have no call-off for the GF-600 after CO-GF-06. Can you send it?
   We do not start anything without it.

Best regards,
Dragan

Dragan Petrović | Commercial Director | Niš Metal Pres d.o.o. | +381 18 000 4455

On Mon, 10 Jun 2024 at 11:02, Marco Bianchi wrote:
""" + q("""Dragan, CO-GF-06 arrived complete, thanks. The next call-off will follow this week.
Marco""")) + "\n"
_c17_html = ("<div><p>Dragan, hi,</p><p>answers below, and the call-off you were waiting for.</p>"
             "<p><b>CALL-OFF CO-GF-07</b> (frame agreement FA-2024-NMP-02, part GF-600 grease filter frame, AISI 430, 0.5 mm):</p>"
             "<ul><li>released for production now: <b>1,500 pcs</b>, delivery FCA Niš week 27</li>"
             "<li>the remaining <b>4,500 pcs</b> of the 2024 frame quantity are <b>not released</b>; they stay on hold until the next "
             "call-off, which comes from me (Marco Bianchi) in writing</li>"
             "<li>material: buy and cut strip for the 1,500 pcs of this call-off only</li></ul>"
             "<p>Packing: yes, EUR pallet 120x80, max 8 layers, VCI bag over each layer. Truck: Ekol, Tuesday 2 July, 08:00.</p>"
             "<p>Ciao,<br>Marco</p></div>"
             "<blockquote>Hi Marco, three things before we plan week 27: packing, truck, call-off. We do not start anything "
             "without the call-off. Dragan</blockquote>")
case("c17_logistics_thread_calloff", [], "long logistics thread; call-off releases 1,500, 4,500 on hold until next call-off from M. Bianchi; material within call-off", [
    ("RE_GF-600_week27_planning.eml", E(mail(
        "Marco Bianchi <m.bianchi@friulana-elettro.it>", "Dragan Petrović <dragan.petrovic@nismetalpres.rs>",
        "RE: GF-600 week 27 - packing / truck / call-off", "Thu, 13 Jun 2024 09:18:00 +0200", _c17_txt, html=_c17_html,
        cc="logistica@friulana-elettro.it", in_reply_to="<h52-nmp-0612@nismetalpres.rs>"))),
])

# c18: supplier portal page with PO line status table.
case("c18_portal_line_status", [], "portal: line 10 25 samples released; line 20 2,475 on hold, unlock PPAP-light sign-off + written release by Ing. L. Mendez; sample-only material", [
    ("OC_7100-0601_estatus.html", html_page("OC 7100-0601 estatus", """
<h2>Portal de Proveedores &mdash; Hogar Bajío Electrodomésticos</h2>
<p>Proveedor: Troquelados Querétaro S.A. de C.V. &middot; Contacto: Ana Ruiz &middot; Consultado 20/05/2024 12:03</p>
<h3>Orden de compra 7100-0601 &mdash; soporte de motor MS-310 (lámina SPCC 1.2 mm, dibujo MS-310 rev. C)</h3>
<table>
<tr><th>Partida</th><th>Alcance / scope</th><th>Cantidad</th><th>Estatus</th><th>Comentario</th></tr>
<tr><td>10</td><td>Muestras / samples</td><td>25 pzas</td><td>LIBERADA (solo muestras)</td><td>entrega sem. 22 con reporte dimensional</td></tr>
<tr><td>20</td><td>Producción</td><td>2,475 pzas</td><td><b>ON HOLD &mdash; no liberada</b></td><td>cobertura comercial solamente</td></tr>
</table>
<div class="note">
<p><b>Qué hacer ahora / what to do now:</b> troquelar y enviar las 25 muestras de la partida 10.</p>
<p><b>Partida 20 no está liberada.</b> Se libera únicamente después del PPAP-light sign-off de Calidad y de la liberación
por escrito de la Ing. Laura Méndez (Gerente de Compras). Line 20 is commercial cover only and is not released for production.</p>
<p><b>Autorización de material:</b> solo muestras (sample-only). No comprar lámina para la partida 20.</p>
</div>
<p style="color:#777">Norma de empaque HB-PK-100 rev. 3 &middot; Incoterm FCA Querétaro &middot; Condiciones de pago 60 días</p>
"""), ),
])

# c19: stop notice.
case("c19_stop_notice", [], "stop notice: nothing further may start; 60 samples the only released qty, 7,940 on hold until stop lifted in writing by S. Aydin after 8D + new sample sign-off", [
    ("STOP_VC-DC-09.pdf", pdf([
        ("h1", "STOP NOTICE / DURDURMA BILDIRIMI"),
        ("p", "From: Egeli Beyaz Esya San. A.S., Manisa - To: Dongguan Jinsheng Plastic Products Co., Ltd. - Attn. Amy Chen"),
        ("p", "Date: 29.05.2024 - Part: VC-DC-09 vacuum cleaner dust cup - PO 4700-3276 - NCR-2024-0512"),
        ("p", "Effective immediately: do not start, mould, weld, print or pack anything further on VC-DC-09, whether "
              "released or not. Reason: crack at the snap hook after the 1 m drop test on 4 of the 60 T1 samples "
              "(NCR-2024-0512, 8D requested)."),
        ("p", "The 60 T1 samples already shipped are the only released quantity. The remaining 7,940 pcs of quote "
              "JS-Q-2404-09-R1 are on hold and not released. Do not buy ABS or filter mesh for them."),
        ("p", "This stop stays in force until I lift it in writing. I will lift it only after the 8D review is closed and a "
              "new set of samples is signed off by our quality lab."),
        ("p", "Serkan Aydin - Satinalma Muduru / Purchasing Manager - Egeli Beyaz Esya San. A.S. - +90 236 000 1200"),
    ], title="Stop notice VC-DC-09", author="Serkan Aydin")),
])

# c20: tooling-only PO, payment milestones explicitly not production authority.
case("c20_tooling_po_blenderjug", [], "tooling PO + 10 T1 shots; payment milestones do not authorize parts; 30,000/yr estimate not released until PPAP sign-off by E. Russo + written release by G. Ferri", [
    ("ODA_4501-7801_tooling.pdf", pdf([
        ("h1", "ORDINE DI ACQUISTO 4501-7801 - TOOLING ONLY"),
        ("p", "Friulana Elettrodomestici S.p.A., Pordenone - to Ningbo Haoyu Precision Mould Co., Ltd. - 03.04.2024"),
        ("p", "Part: BJ-1500 blender jug 1.5 L, Tritan TX1001, drawing BJ-1500 rev 07, food contact EU 10/2011."),
        ("table", [
            ["Pos.", "Description", "Qty", "EUR"],
            ["1", "Injection mould 1+1 (jug + lid), hot runner, S136 stainless, tool life 1,000,000 shots", "1 set", "38.500,00"],
            ["2", "T1 trial shots (jug + lid), for our measurement and food-contact test", "10 pcs", "0,00"],
        ]),
        ("sp",),
        ("p", "Payment: 40% at tool kick-off, 40% after T1 shots received, 20% after PPAP sign-off. Payment milestones are "
              "commercial only; no payment authorizes any production parts."),
        ("p", "The production quantity of about 30,000 pcs/yr in your quote HY-Q-24-0190 is an estimate; it is not ordered "
              "and not released and stays on hold until (1) PPAP sign-off by Elena Russo (Qualita) and (2) a written production "
              "release from Giulia Ferri (Responsabile Acquisti) stating the quantity. Material: Tritan for the 10 T1 shots only."),
        ("p", "Ufficio Acquisti - Marco Bianchi"),
    ], title="ODA 4501-7801", author="Marco Bianchi")),
])

# c21: DOCX minutes with a scoped texture sign-off and a complete hold.
case("c21_minutes_texture", [], "T1 review minutes: texture signed off on samples only; 16 samples active; 3,984 on hold until PPAP-light sign-off by Dr. M. Zupan + written release by P. Kovac", [
    ("Zapisnik_T1_CK-08.docx", docx_bytes([
        ("h1", "Zapisnik / Minutes – T1 review CK-08 cooktop knob ring"),
        ("p", "Date: 06.05.2024, Gebze Plastik, Gebze (TR). Present: Jure Novak (Savinja Aparati, purchasing), "
              "Dr. Marko Zupan (Savinja Aparati, quality), Ayşe Yıldız and Hakan Çelik (Gebze Plastik)."),
        ("h", "1. T1 results"),
        ("li", "Cycle time 24 s (quoted 26 s), 4 cavities; cavity 4 short shot at the clip fixed by venting."),
        ("li", "Dimensions: 38 of 40 characteristics OK; Ø 42.0 ±0.1 bore at upper limit on cavity 2 – steel-safe correction."),
        ("li", "Texture MT-11010 signed off on the colour master for the T1 samples (sample only; production not released)."),
        ("h", "2. Scope agreed"),
        ("p", "Gebze Plastik delivers 16 T1 samples (4 per cavity) against PO 4100-2355 by week 22. "
              "The balance of 3,984 pcs of the quoted 4,000 pcs stays on hold and is not released. "
              "Unlock: PPAP-light sign-off by Dr. Marko Zupan, then a written release from Petra Kovač (Vodja nabave). "
              "Material: PA66 for the 16 samples only."),
        ("h", "3. Action items"),
        ("table", [
            ["#", "Action", "Who", "When"],
            ["1", "Steel-safe correction cavity 2 bore", "H. Çelik", "wk 21"],
            ["2", "Send 16 T1 samples + dim report", "A. Yıldız", "wk 22"],
            ["3", "PPAP-light checklist to supplier", "M. Zupan", "wk 21"],
        ]),
    ], author="Jure Novak")),
])

# c22: supplier weekly status report, material at sample level.
case("c22_supplier_status_html", [], "supplier status report: 30 samples released, material sample quantity only, production 3,000 not released", [
    ("status_semanal_HC-40.html", html_page("Status semanal HC-40", """
<h2>Inyectados del Norte S.A. de C.V. &mdash; Reporte semanal de proyecto / weekly project status</h2>
<p>Cliente: Hogar Bajío Electrodomésticos &middot; Proyecto: HC-40 tapa de dispensador de detergente &middot; Semana 21 / 2024</p>
<table>
<tr><th>Concepto</th><th>Estatus</th></tr>
<tr><td>Molde (2 cavidades)</td><td>T1 realizado 21/05, ciclo 26 s</td></tr>
<tr><td>Cantidad liberada / released quantity</td><td>30 pzas muestra T1 (OC 7100-0610)</td></tr>
<tr><td>Material en planta</td><td>PP copolímero 25 kg &mdash; solo para las 30 muestras</td></tr>
<tr><td>Cantidad de producción (cotización)</td><td>3,000 pzas &mdash; NO liberada, esperando PPAP sign-off y su liberación por escrito</td></tr>
<tr><td>Siguiente paso</td><td>envío de muestras 23/05 + PPAP-light (dimensional 5 pzas/cavidad)</td></tr>
</table>
<p>Riesgos: ninguno. No se ha comprado material para producción.</p>
<p>Ing. Javier Treviño &middot; Gerente de Proyectos &middot; Monterrey, N.L.</p>
"""), ),
])

# c23: Mexican full-quantity order, no balance.
case("c23_full_order_mx", [], "full-quantity series order 3,500 pzas, no balance; PPAP sign-off done", [
    ("OC_7100-0622.txt", """\
HOGAR BAJIO ELECTRODOMESTICOS S.A. DE C.V.          ORDEN DE COMPRA / PURCHASE ORDER
Av. Industrial 1500, Celaya, Gto. 38010 MX          OC 7100-0622      Fecha 02/05/2024
RFC HBE-000000-XX0
----------------------------------------------------------------------------------
Proveedor : 300241  INYECTADOS DEL NORTE S.A. DE C.V., Apodaca, N.L.
Comprador : Rodrigo Salas   ext. 318        Condiciones: 60 dias   Incoterm: FCA Apodaca
----------------------------------------------------------------------------------
Part Numero     Descripcion                              Cantidad UM   P.U. MXN   Importe
---- ---------- ---------------------------------------- -------- --- --------- ---------
0010 DH-1800    JALADERA REFRIGERADOR ABS CROMADO 1800MM    3,500 PZA     38.40 134,400.00
                dibujo DH-1800 rev. 6 / entrega sem. 23-26
----------------------------------------------------------------------------------
NOTAS
 - Orden de produccion serie por la cantidad total: 3,500 pzas.
   Es la cantidad completa de la cotizacion IN-24-0310; no hay saldo pendiente.
 - PPAP firmado (sign-off) el 02/04/2024, expediente PPAP-HB-0877.
 - Favor de producir y embarcar las 3,500 pzas segun programa sem. 23-26
   (875 pzas por semana). Material: para las 3,500 pzas.
----------------------------------------------------------------------------------
Autorizo: Ing. Laura Mendez, Gerente de Compras
"""),
])

# c24: old quote forwarded as message/rfc822, declared informational.
_c24_old = mail("Ayşe Yıldız <ayse.yildiz@gebzeplastik.com.tr>", "Piotr Zieliński <piotr.zielinski@wisla-agd.pl>",
                "Quotation GP-23-212 fridge door handle DH-2210", "Tue, 10 Oct 2023 16:45:00 +0300",
                """Dear Piotr,

as requested our quotation for the fridge door handle DH-2210 (ABS + PMMA cap):
- mould 2+2, EUR 46,000
- T1 samples 12 pcs, free of charge
- serial price EUR 1.94 at 20,000 pcs/year

Validity 60 days.
Best regards, Ayşe
""", msgid="<h52-gp-2023-1010@gebzeplastik.com.tr>")
case("c24_forward_old_quote", [], "old quote with 20,000 forwarded as rfc822, declared information only; PO 12 T1 samples, balance on hold until sample sign-off + written release by M. Nowak", [
    ("FW_DH-2210_old_quote_and_PO.eml", E(mail(
        "Piotr Zieliński <piotr.zielinski@wisla-agd.pl>", "Ayşe Yıldız <ayse.yildiz@gebzeplastik.com.tr>",
        "FW: Quotation GP-23-212 fridge door handle DH-2210 / PO 4500081402", "Mon, 06 May 2024 08:55:00 +0200",
        """Dzień dobry Ayşe,

I forward your old quotation mail from October 2023 only for reference, so that our engineers see the
same mould concept. The 20,000 pcs/year in it was the old project estimate: information only, not
ordered and not released.

What we order now is PO 4500081402: 12 pcs T1 samples of DH-2210 (2 per cavity + 4 spare).
The production quantity is not released and stays on hold until our quality signs off the samples
and Magdalena Nowak (Kierownik Zakupów) sends you a written release with the quantity. Please buy
ABS/PMMA for the 12 samples only.

Pozdrawiam / best regards
Piotr Zieliński
Buyer - Plastics | Wisła AGD Sp. z o.o. | +48 71 000 4410
""", attachments=[("rfc822", _c24_old)]))),
])

# c25: quantities as words, EML with a TXT attachment (PO printout).
case("c25_words_panels", [], "twelve (12) panels for colour master; 4,988 not released until colour master sign-off by Dr. M. Zupan + written release by P. Kovac", [
    ("SP-RAL9003_colour_master_PO.eml", E(mail(
        "Jure Novak <jure.novak@savinja-aparati.si>", "Nenad Stojanović <nenad.stojanovic@suboticaboja.rs>",
        "PO 4100-2371 - colour master panels RAL 9003", "Wed, 24 Apr 2024 13:30:00 +0200",
        """Pozdravljeni Nenad,

attached is our PO 4100-2371 for twelve (12) painted side panels PSP-450 (RAL 9003 fine texture,
60 ±5 µm) to make the colour master. Please paint them on the production line, not in the lab booth,
so that we see the real oven curve.

The remaining four thousand nine hundred eighty-eight (4,988) panels of your offer SB-24-007 are
not released. They stay on hold until Dr. Marko Zupan has signed off the colour master against
RAL 9003 (ΔE ≤ 0.8, gloss 30 ±5 GU) and Petra Kovač sends you a written release. Powder only for the
twelve panels, please.

Lep pozdrav,
""" + sig("Jure Novak", "Buyer", "Savinja Aparati d.o.o., Velenje", "+386 3 000 4400"),
        attachments=[("PO_4100-2371.txt", """SAVINJA APARATI d.o.o.   PURCHASE ORDER 4100-2371   24.04.2024
Supplier 700630 SUBOTICA BOJA d.o.o.
Pos 010  PSP-450  PAINTED SIDE PANEL RAL 9003 FT   QTY 12 PCS   EUR 6,90
         colour master samples only - balance of offer SB-24-007 not released
Delivery KW 19, DAP Velenje
""", "text/plain")]))),
])


# =================================================================== WITH RISKS
# p01: classic: sample PO + supplier quote with production qty, nothing else (multi-file).
case("p01_sap_po_and_quote_clip", ["RG001", "RG003", "RG004", "RG005"],
     "PO 30 samples with quote 30/25,000 in bundle, no word on balance, unlock event or release person", [
    ("PO_4500081499.txt", """\
WISLA AGD SP. Z O.O.                                        PURCHASE ORDER
ul. Fabryczna 12, 53-609 Wroclaw, PL                        Page   1 of 1
--------------------------------------------------------------------------------
PO number  : 4500081499              PO date   : 15.04.2024
Vendor     : 104502                  DONGGUAN JINSHENG PLASTIC PRODUCTS CO., LTD.
Buyer      : P. Zielinski  (grp B12) tel +48 71 000 4410
Incoterms  : FOB Shenzhen           Pay. terms: 60 days net
Currency   : USD                    Your ref.: JS-Q-2404-17 dd 11.04.2024
--------------------------------------------------------------------------------
Item  Material        Description                     Qty UoM    Price    Net value
--------------------------------------------------------------------------------
00010 DW-CLIP-0750    BASKET CLIP DISHWASHER POM       30  PC      0,95        28,50
      Drg DW-CLIP-0750 Rev 03, POM-C natural
      Deliv. date 27.05.2024   Plant 1100
--------------------------------------------------------------------------------
                                              Total net value USD           28,50

HEADER TEXT
  AS PER YOUR QUOTATION JS-Q-2404-17. PLEASE CONFIRM DELIVERY DATE WITHIN
  3 WORKING DAYS. PACKING: 30 PC IN ONE PE BAG, LABEL WITH PO NO.
  INVOICE TO: WISLA AGD, ACCOUNTS PAYABLE, FAKTURY@WISLA-AGD.PL
"""),
    ("Quotation_JS-Q-2404-17.pdf", pdf([
        ("h1", "QUOTATION JS-Q-2404-17"),
        ("p", "Dongguan Jinsheng Plastic Products Co., Ltd. to Wisla AGD Sp. z o.o., attn. Mr. Piotr Zielinski - 11 April 2024"),
        ("table", [
            ["Item", "Description", "Qty", "Unit price USD"],
            ["1", "Mould DW-CLIP-0750, 16 cavities, cold runner", "1 set", "6,400.00"],
            ["2", "T1 samples DW-CLIP-0750", "30 pcs", "0.95"],
            ["3", "Mass production DW-CLIP-0750, POM-C", "25,000 pcs", "0.061"],
        ]),
        ("p", "Lead time mass production: 3 weeks. MOQ 25,000 pcs. Payment T/T 30 days."),
        ("p", "Amy Chen - Sales Manager"),
    ], title="JS-Q-2404-17", author="Amy Chen")),
])

# p03: supplier order-tracking page: project qty beside released qty, resin bought for all.
case("p03_tracking_page_resin", ["RG001", "RG006"],
     "supplier tracking page: released 25 T1 beside project qty 4,000 with no label; resin bought for 4,000", [
    ("order_tracking_SV-4100-2310.html", html_page("Order tracking - Savinja Aparati", """
<h2>Yuyao Hengda Mould &amp; Plastic Co. &mdash; Customer order tracking</h2>
<p>Customer: <b>Savinja Aparati d.o.o.</b> (Velenje, SI) &middot; Customer PO: 4100-2310 &middot; Updated: 2024-05-21 18:00 CST</p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Part</td><td>DPC-118 drain pump cover, PA66 GF30 black, drawing DPC-118 rev 2</td></tr>
<tr><td>Mould</td><td>M-24-117, 2 cavities, cycle 33 s, 260 t press</td></tr>
<tr><td>PO quantity (released)</td><td>25 pcs T1</td></tr>
<tr><td>Project quantity</td><td>4,000 pcs</td></tr>
<tr><td>Resin purchased</td><td>PA66 GF30 (Zytel 70G30HSL) 140 kg &mdash; for 4,000 pcs</td></tr>
<tr><td>T1 status</td><td>moulded 2024-05-20, measuring in progress</td></tr>
<tr><td>Next</td><td>ship T1 by TNT 2024-05-24</td></tr>
</table>
<p>Questions: Kevin Li, Sales, kevin.li@hengda-mould.cn</p>
"""), ),
])

# p04: Teams chat, buyer mentions the quote total beside the sample PO, nothing else.
case("p04_teams_chat_panels", ["RG001", "RG003", "RG004", "RG005"],
     "chat: PO for 12 colour-master panels, quote total 3.600 mentioned without label; no hold, unlock event or release person", [
    ("Teams_chat_Savinja_SuboticaBoja.txt", """\
Chat export – Microsoft Teams (external) – Savinja Aparati / Subotica Boja
Participants: Jure Novak, Nenad Stojanović
Exported 30.04.2024 16:02

Nenad Stojanović  29.04.2024 08:47
Dobro jutro Jure, any news on the order for the PSP-520 panels? line is free next week

Jure Novak  29.04.2024 09:05
Dobro jutro! Yes, PO 4100-2335 is out since Friday, 12 pcs painted panels for the colour master 😊
your quote total was 3.600 incl. samples, price is ok for us

Nenad Stojanović  29.04.2024 09:06
super, thanks

Nenad Stojanović  29.04.2024 09:09
RAL 9003 fine texture like last time? gloss 30?

Jure Novak  29.04.2024 09:15
yes, 30 ±5 GU, film 60–80 µm. please no orange peel on the front edge, that is where the customer looks

Nenad Stojanović  29.04.2024 09:16
ok. pretreatment is zirconium now, not iron phosphate, you know

Jure Novak  29.04.2024 09:20
yes we know, it's in drawing rev D

Nenad Stojanović  29.04.2024 11:32
packing with foam corners + stretch, 1 pallet ok?

Jure Novak  29.04.2024 11:40
ok, DAP Velenje, gate 2, before 14:00 please 👍
"""),
])

# p05: DOCX kick-off minutes: series quantity beside 60 pre-series, release person named, no hold, no event.
case("p05_minutes_preseries_bracket", ["RG001", "RG003", "RG004"],
     "minutes authorize 60 pre-series; series qty 18.000 listed without label, balance never put on hold, no unlock event (release person is named)", [
    ("Minutes_kickoff_WB-330.docx", docx_bytes([
        ("h1", "Notatka ze spotkania / Meeting minutes – WB-330 back-panel bracket"),
        ("p", "Date: 18.04.2024, Wisła AGD, Wrocław, room 2.14. Present: Tomasz Wójcik (Purchasing Director), Piotr Zieliński "
              "(Buyer), Anna Kowalczyk (Quality), Murat Özkan (Bursa Özkan Metal Pres)."),
        ("h", "1. Part and process"),
        ("li", "WB-330 back-panel bracket for the 8 kg washing machine platform, DX51D+Z275, 1.5 mm, drawing WB-330 rev B."),
        ("li", "Progressive die 6 stations, 400 t press, 28 strokes/min. Die tryout week 19."),
        ("li", "Series quantity: 18.000 pcs (SOP 01/2025)."),
        ("h", "2. Agreed"),
        ("li", "Bursa Özkan delivers 60 pre-series brackets for the line trial on PO 4500081455, delivery week 22, DAP Wrocław."),
        ("li", "Release authority for series parts: Tomasz Wójcik (Purchasing Director)."),
        ("li", "Packing: EUR pallet, 4 boxes × 15 pcs, VCI paper."),
        ("h", "3. Open points"),
        ("table", [
            ["#", "Topic", "Owner", "Due"],
            ["1", "Burr height limit on hole Ø8.5 (max 0.1 mm?)", "A. Kowalczyk", "25.04"],
            ["2", "Zinc coating measurement method (ISO 1460 vs. XRF)", "M. Özkan", "25.04"],
            ["3", "Transport cost split for trial parts", "P. Zieliński", "30.04"],
        ]),
    ], author="Piotr Zieliński")),
])

# p62: supplier confirmation mail says 30, attached acknowledgement says 300 and lists a production lot.
_p62_pdf = pdf([
    ("h1", "ORDER CONFIRMATION NMP-OC-24-118"),
    ("p", "Nis Metal Pres d.o.o., Bulevar 12. februar 80, 18000 Nis, Serbia - 14.05.2024"),
    ("p", "Customer: Egeli Beyaz Esya San. A.S., Manisa - attn. Ms. Elif Kaya - your PO 4700-3412 of 10.05.2024"),
    ("table", [
        ["Pos", "Part", "Description", "Quantity", "Delivery"],
        ["1", "DPC-220", "Drain pump cover plate, DX53D+Z100, 0.8 mm, T1 samples", "300 pcs", "week 22"],
        ["2", "DPC-220", "Production lot", "3,000 pcs", "week 27"],
    ]),
    ("sp",),
    ("p", "Delivery terms FCA Nis. Packing: cartons on EUR pallet. Prices as per offer NMP-24-061."),
    ("p", "Dragan Petrovic - Commercial Director"),
], title="NMP-OC-24-118", author="Dragan Petrovic")
case("p62_ack_30_vs_300", ["RG001", "RG011"],
     "supplier mail restates PO as 30 T1 samples, attached confirmation says 300 and lists a 3,000 production lot with no label", [
    ("OC_NMP-OC-24-118.eml", E(mail(
        "Dragan Petrović <dragan.petrovic@nismetalpres.rs>", "Elif Kaya <elif.kaya@egeli.com.tr>",
        "Order confirmation NMP-OC-24-118 / your PO 4700-3412", "Tue, 14 May 2024 12:40:00 +0200",
        """Dear Ms. Kaya,

thank you for your PO 4700-3412 for 30 pcs T1 samples of the drain pump cover plate DPC-220.
Please find our order confirmation attached.

The die is in tryout now; first strips look good, burr below 0.05 mm. We will send the
measurement report (5 pcs, CMM) together with the samples.

Srdačan pozdrav / best regards,
""" + sig("Dragan Petrović", "Commercial Director", "Niš Metal Pres d.o.o.", "+381 18 000 4455"),
        attachments=[("NMP-OC-24-118.pdf", _p62_pdf, PDF_MT)]))),
])

# p07: quoted thread; buyer's own scope is complete, then an unscoped "green light".
case("p07_green_light_thread", ["RG002"],
     "after T1 report the buyer writes 'green light from our side' with no scope or quantity; own quoted PO scope is otherwise complete", [
    ("RE_RE_DD-770_T1_report.eml", E(mail(
        "Elif Kaya <elif.kaya@egeli.com.tr>", "Cathy Wang <cathy.wang@haoyu-mould.com>",
        "RE: RE: DD-770 T1 report", "Thu, 23 May 2024 11:47:00 +0300",
        """Hi Cathy,

thanks a lot. Kemal checked the report and the photos this morning together with our production
people; rib 4 at +0.05 is acceptable for us, no need to touch the steel.

Green light from our side 👍

Please let me know the shipping date and the vessel as soon as you have it.

İyi çalışmalar,
Elif

Elif Kaya | Satınalma Uzmanı / Buyer | Egeli Beyaz Eşya San. A.Ş. | +90 236 000 1290

On 22 May 2024 17:05, Cathy Wang wrote:
""" + q("""Dear Elif,

T1 shots of the detergent drawer handle DD-770 done yesterday. Dimensional report attached:
all within tolerance except rib 4 (+0.05 mm). Texture photos (MT-11030) attached as well.
Cycle time 29 s, 2 cavities.

Best regards,
Cathy

On 02 May 2024 09:30, Elif Kaya wrote:
""" + q("""Dear Cathy,

PO 4700-3318 is attached. It covers 20 pcs T1 samples of DD-770 only.
The balance of 9,980 pcs is not released and stays on hold until our quality
signs off the T1 samples and Serkan Aydın (Satınalma Müdürü) sends a written release.
Please buy material for the 20 samples only.

Elif""")),
        in_reply_to="<h52-hy-0522@haoyu-mould.com>"))),
])

# p08: WhatsApp chat, Polish buyer: complete scope earlier, then "good to run".
case("p08_whatsapp_good_to_run", ["RG002"],
     "chat: scope complete (50 pre-series, 4 950 on hold until lab sign-off + written release by M. Nowak), then buyer answers 'we run?' with unscoped 'good to run'", [
    ("WhatsApp_Chat_Murat_Ozkan.txt", """\
[06.05.2024, 08:12:44] Piotr Zieliński: Dzień dobry Murat, PO 4500081470 sent today
[06.05.2024, 08:13:30] Piotr Zieliński: it is 50 szt. (pcs) pre-series of the reinforcement plate HR-88 only
[06.05.2024, 08:14:52] Piotr Zieliński: reszta = 4 950 pcs NOT released, on hold until our lab signs off the 50 and Magdalena Nowak sends written release
[06.05.2024, 08:20:03] Murat Özkan: Günaydın Piotr, ok noted 👍 only 50
[06.05.2024, 08:20:41] Murat Özkan: die tryout Thursday
[09.05.2024, 17:55:10] Murat Özkan: <attached: IMG_20240509_1751.jpg>
[09.05.2024, 17:55:49] Murat Özkan: first-off parts measured, CMM ok, burr max 0.08
[09.05.2024, 17:56:12] Murat Özkan: flatness 0.3 on 200 mm, drawing says 0.5
[09.05.2024, 17:56:30] Murat Özkan: we run?
[09.05.2024, 18:31:07] Piotr Zieliński: looks very nice
[09.05.2024, 18:31:22] Piotr Zieliński: ok good to run 👍 dzięki
[09.05.2024, 18:32:00] Murat Özkan: 👍👍
[10.05.2024, 07:45:13] Murat Özkan: truck booking for Monday, Horoz, 1 pallet
"""),
])

# p09: buyer's supplier portal: complete PO scope, but a comment "Rev C approved - go ahead".
case("p09_portal_go_ahead", ["RG002"],
     "portal PO complete (30 T1, balance on hold, unlock + person), but buyer comment 'Rev C approved - go ahead' has no scope", [
    ("PO_4501-7840_portal.html", html_page("PO 4501-7840", """
<h2>Friulana Elettrodomestici &mdash; Supplier Portal</h2>
<p>Supplier: Kragujevac Plast d.o.o. &middot; PO 4501-7840 &middot; issued 02.05.2024 by Marco Bianchi</p>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Scope</th></tr>
<tr><td>10</td><td>CB-560 rev B</td><td>Cutlery basket, dishwasher 60 cm, PP white</td><td>30</td><td>T1 samples</td></tr>
</table>
<div class="note">PO scope: this PO covers 30 T1 samples. The production quantity of offer KP-24-041 (6,000 pcs) is not released and
stays on hold until our lab signs off the T1 samples and Giulia Ferri (Responsabile Acquisti) sends a written release with
the quantity. Material: sample quantity only.</div>
<h3>Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>08.05.2024 14:20</td><td>Milica Jovanović (supplier)</td><td>Question: rib height at handle 2.0 or 2.5 mm? Drawing rev B is not clear.</td></tr>
<tr><td>09.05.2024 09:02</td><td>Marco Bianchi</td><td>2.5 mm. We issue rev C.</td></tr>
<tr><td>14.05.2024 16:45</td><td>Milica Jovanović (supplier)</td><td>Drawing rev C uploaded with our steel-safe marks, rib 2.5 mm, draft 1.5&deg;.</td></tr>
<tr><td>15.05.2024 08:31</td><td>Marco Bianchi</td><td>Rev C approved &ndash; go ahead.</td></tr>
</table>
<p style="color:#777">Attachments: CB-560_revC.pdf (1.2 MB) &middot; KP-24-041_offer.pdf (310 kB)</p>
"""), ),
])

# p10: PO change notice: header says 30 samples, line says 36; buyer comment "Approved. Proceed."
case("p10_po_change_30_vs_36", ["RG002", "RG011"],
     "change notice: header sample qty 30 vs line 36; 'Approved. Proceed.' unscoped; hold/unlock/person present", [
    ("OC_7100-0655_cambio01.pdf", pdf([
        ("h1", "ORDEN DE COMPRA 7100-0655 - CAMBIO 01 / CHANGE NOTICE 01"),
        ("p", "Hogar Bajio Electrodomesticos S.A. de C.V., Celaya, Gto. - Proveedor: Inyectados del Norte S.A. de C.V., Apodaca, N.L."),
        ("p", "Fecha / date: 08/05/2024 - Comprador: Rodrigo Salas"),
        ("p", "Cambio / change: color cambia de Blanco Polar a Blanco Artico (master HB-C-112). Sin cambio de precio."),
        ("p", "Cantidad de muestra / sample quantity: 30 pzas."),
        ("table", [
            ["Partida", "Parte", "Descripcion", "Cantidad", "Entrega"],
            ["10", "DTC-75 rev 3", "Tapa de dispensador / dispenser cover, PP, muestras T1", "36 pzas", "sem. 21"],
        ]),
        ("sp",),
        ("p", "Saldo / balance: 2,970 pzas de la cotizacion IN-24-0288 - on hold, no liberado, hasta PPAP-light sign-off y "
              "liberacion por escrito de la Ing. Laura Mendez (Gerente de Compras)."),
        ("p", "Comentario del comprador / buyer comment: Approved. Proceed."),
        ("p", "Rodrigo Salas - Compras - rsalas@hogarbajio.mx"),
    ], title="OC 7100-0655 cambio 01", author="Rodrigo Salas")),
])

# p45: "approved" for lab and for finance, then an unscoped "Go ahead" (multipart/alternative).
_p45_txt = """Dear Cathy,

short update on the oven lamp cover frame OLC-25:

- The 16 T1 samples are approved by our lab (report LAB-SV-0412, all 22 characteristics OK,
  heat test 250 °C / 1 h passed).
- PO 4100-2360 for the 16 T1 samples was approved by our finance department yesterday.

Go ahead.

The balance of 3,984 pcs from your quote HY-Q-24-0233 stays on hold until the PPAP-light package
is signed off and Petra Kovač sends you a written release with the quantity.

Lep pozdrav,
""" + sig("Jure Novak", "Buyer", "Savinja Aparati d.o.o., Velenje", "+386 3 000 4400")
_p45_html = ("<p>Dear Cathy,</p><p>short update on the oven lamp cover frame OLC-25:</p><ul>"
             "<li>The 16 T1 samples are approved by our lab (report LAB-SV-0412).</li>"
             "<li>PO 4100-2360 for the 16 T1 samples was approved by our finance department yesterday.</li></ul>"
             "<p><b>Go ahead.</b></p><p>The balance of 3,984 pcs from your quote HY-Q-24-0233 stays on hold until the PPAP-light "
             "package is signed off and Petra Kovač sends you a written release with the quantity.</p><p>Lep pozdrav,<br>Jure Novak</p>")
case("p45_approved_twice_go_ahead", ["RG002", "RG009"],
     "'approved' used for lab sample approval and finance PO approval; bare 'Go ahead' unscoped; hold/unlock/person present", [
    ("OLC-25_update.eml", E(mail(
        "Jure Novak <jure.novak@savinja-aparati.si>", "Cathy Wang <cathy.wang@haoyu-mould.com>",
        "OLC-25 update", "Fri, 24 May 2024 08:40:00 +0200", _p45_txt, html=_p45_html))),
])

# p12: Italian sample PO, nothing about the rest.
case("p12_oda_campioni_knob", ["RG003", "RG004", "RG005"],
     "sample PO for 25 campioni; never says the rest is not released, no unlock event, no release person", [
    ("ODA_4501-7862.pdf", pdf([
        ("h1", "ORDINE DI ACQUISTO / PURCHASE ORDER 4501-7862"),
        ("p", "Friulana Elettrodomestici S.p.A. - Viale dell'Industria 40, 33170 Pordenone (PN)"),
        ("p", "Fornitore: Kragujevac Plast d.o.o., Kragujevac (RS) - cod. 20611 - Data: 29.04.2024 - Buyer: Marco Bianchi"),
        ("table", [
            ["Pos.", "Codice", "Descrizione", "Q.ta", "Prezzo EUR", "Consegna"],
            ["1", "OK-3301 rev C", "Manopola forno cromata / oven knob, ABS galvanico - campioni T1", "25 pz", "3,10", "24.05.2024"],
        ]),
        ("sp",),
        ("p", "Note: campioni per prova di montaggio sulla linea 3 (samples for the assembly trial on line 3). "
              "Imballo singolo in sacchetto PE antigraffio. Allegare rapporto dimensionale e prova CASS 16 h."),
        ("p", "Resa: FCA Kragujevac. Pagamento: 60 gg d.f.f.m. Condizioni generali di acquisto Friulana rev. 2022."),
        ("p", "Ufficio Acquisti - Friulana Elettrodomestici S.p.A."),
    ], title="ODA 4501-7862", author="Marco Bianchi")),
])

# p19: EML with DOCX PO: hold + event, but release comes from "internal approval in our company".
case("p19_oc_internal_approval", ["RG005"],
     "40 muestras, balance 7,960 on hold until sample sign-off and 'internal approval in our company'; no named release person", [
    ("OC_7100-0667_soporte.eml", E(mail(
        "Rodrigo Salas <rsalas@hogarbajio.mx>", "Ana Ruiz <aruiz@troqueladosqro.mx>",
        "OC 7100-0667 muestras soporte MB-77", "Tue, 07 May 2024 10:12:00 -0600",
        """Hola Ana,

adjunto la OC 7100-0667 para las muestras del soporte de motor MB-77. Las necesitamos en planta la
semana 21 para la prueba en línea 2. Cualquier duda me avisas.

Saludos,
Rodrigo Salas
Comprador | Hogar Bajío Electrodomésticos S.A. de C.V. | Celaya, Gto. | ext. 318
""", attachments=[("OC_7100-0667.docx", docx_bytes([
            ("h1", "Orden de compra 7100-0667"),
            ("p", "Hogar Bajío Electrodomésticos S.A. de C.V. → Troquelados Querétaro S.A. de C.V. · Fecha 07/05/2024"),
            ("table", [
                ["Partida", "Parte", "Descripción", "Cantidad", "Entrega"],
                ["10", "MB-77 rev B", "Soporte de motor, SPCC 2.0 mm, zincado — muestras", "40 pzas", "sem. 21"],
            ]),
            ("p", "Alcance / scope: esta OC cubre 40 muestras. The balance of 7,960 pcs of quote TQ-24-051 is not released "
                  "and stays on hold until the sample sign-off and the internal approval in our company."),
            ("p", "Material: sólo para las 40 muestras."),
        ], author="Rodrigo Salas"), DOCX_MT)]))),
])

# p20: chat: hold stated ("rest wait"), no event, no person.
case("p20_chat_rest_wait", ["RG004", "RG005"],
     "chat: 24 T1 only, 'rest wait, don't start it yet' – hold without unlock event or named release person", [
    ("WeChat_export_Jinsheng_WT-300.txt", """\
WeChat chat history with "Amy Chen 陈 (Jinsheng)"
Exported 2024-05-16

2024-05-13 09:02:11 Elif Kaya
Hi Amy, PO 4700-3342 was sent this morning, please check your mail

2024-05-13 09:10:45 Amy Chen 陈 (Jinsheng)
Hi Elif, received, thanks! steam iron water tank WT-300, 24 pcs T1 right?

2024-05-13 09:12:30 Elif Kaya
yes 24 pcs T1 only. rest wait, don't start it yet please 🙏

2024-05-13 09:13:02 Amy Chen 陈 (Jinsheng)
ok understood, only 24, rest we wait

2024-05-13 09:15:40 Elif Kaya
and transparent SAN please, not the blue tint from the RFQ photo

2024-05-13 09:16:55 Amy Chen 陈 (Jinsheng)
yes Lustran SAN DN50 clear, we have the TDS. T1 around 5 June

2024-05-15 16:20:12 Amy Chen 陈 (Jinsheng)
[Image]

2024-05-15 16:20:40 Amy Chen 陈 (Jinsheng)
mould steel arrived, NAK80, machining starts tomorrow 💪

2024-05-15 16:41:03 Elif Kaya
👍 teşekkürler
"""),
])

# p21: supplier already ordered resin for the whole quantity; buyer's quoted scope complete.
case("p21_resin_for_20k", ["RG006"],
     "supplier ordered PC/ABS for the whole 20k while only 40 T1 are released; no material authority", [
    ("RE_FD-410_T1_timing.eml", E(mail(
        "Kevin Li <kevin.li@hengda-mould.cn>", "Piotr Zieliński <piotr.zielinski@wisla-agd.pl>",
        "RE: FD-410 PO 4500081520 / T1 timing", "Wed, 08 May 2024 15:22:00 +0800",
        """Dear Piotr,

thanks for the PO. T1 for the freezer drawer front FD-410 is scheduled on 3 June (2+2 family mould:
front + handle insert), cycle time about 42 s on our 470 t Haitian.

Also for your information: to protect your SOP in September we have already ordered the PC/ABS
(Covestro Bayblend T85 XF, white 9003) for the whole 20k from the distributor in Shanghai. The
resin arrives next week and we keep it in our warehouse. Please confirm you are OK with this.

Colour master received, thank you. We will mould the T1 in the production colour.

Best regards
Kevin Li
Sales | Yuyao Hengda Mould & Plastic Co. | +86 574 0000 6622

-----Original Message-----
From: Piotr Zieliński <piotr.zielinski@wisla-agd.pl>
Sent: Tuesday, May 7, 2024 2:05 PM
Subject: FD-410 PO 4500081520

""" + q("""Dear Kevin,

attached PO 4500081520 for 40 pcs T1 samples of FD-410 (front + handle insert, assembled).
The balance of 19,960 pcs of your quote YH-Q-24-071 is not released and stays on hold until our
lab signs off the T1 samples and Magdalena Nowak (Kierownik Zakupów) sends a written release with
the quantity.

Regards,
Piotr"""),
        in_reply_to="<h52-wisla-0507@wisla-agd.pl>"))),
])

# p23: supplier weekly status (PDF table): coil and blanks far beyond the released call-off.
case("p23_weekly_status_coil", ["RG006"],
     "supplier status: call-off 500 released, coil for ~15,000 received and 3,000 blanks cut, no material authority", [
    ("Weekly_status_wk19_HA-12.pdf", pdf([
        ("h1", "WEEKLY STATUS - WEEK 19/2024"),
        ("p", "Nis Metal Pres d.o.o. for Savinja Aparati d.o.o. - part HA-12 dishwasher door hinge arm (DC04, 2.0 mm, drawing HA-12 rev C)"),
        ("table", [
            ["Topic", "Status"],
            ["Released quantity (call-off 01)", "500 pcs"],
            ["Frame quantity 2024", "15,000 pcs - open balance 14,500, awaiting your call-off"],
            ["Coil DC04 2.0 x 1250 mm received", "6.2 t (approx. 15,000 pcs)"],
            ["Blanks cut", "3,000 pcs"],
            ["Stamped and e-coated", "500 pcs (call-off 01 complete)"],
            ["Shipment call-off 01", "truck 14.05.2024, CMR 24-0917"],
        ]),
        ("sp",),
        ("p", "Comments: blanking line was free in week 19, so we cut ahead to be ready for the next call-off. "
              "Die maintenance done after 25,000 strokes."),
        ("p", "Dragan Petrovic - Commercial Director"),
    ], title="Weekly status wk19 HA-12", author="Dragan Petrovic")),
])

# p25: supplier treats the deposit as go-ahead and books resin for the full quantity.
case("p25_deposit_as_go", ["RG006", "RG012"],
     "supplier takes the tooling deposit as the go to launch, books resin for 10,000 and reserves press for production; buyer's quoted PO said 20 T1, rest on hold", [
    ("RE_PO_4501-7901_deposit.eml", E(mail(
        "Cathy Wang <cathy.wang@haoyu-mould.com>", "Marco Bianchi <m.bianchi@friulana-elettro.it>",
        "RE: PO 4501-7901 - tool + T1 / deposit", "Thu, 18 Apr 2024 10:05:00 +0800",
        """Dear Marco,

we received your tooling deposit of EUR 15,400 today, thank you very much!

We take the deposit as your go to launch the project: resin (PP talc 20%, Sinopec K8303 +
talc masterbatch) for the full 10,000 pcs is booked, and press no. 7 (380 t) is reserved for
your production from week 26.

Tool design (2D/3D) will come to you for review on Monday.

Best regards,
Cathy Wang
Sales Manager | Ningbo Haoyu Precision Mould Co., Ltd.

-----Original Message-----
From: Marco Bianchi
Sent: 10 April 2024 11:30
Subject: PO 4501-7901 - tool + T1

""" + q("""Dear Cathy,

attached PO 4501-7901. It covers the mould for the dishwasher filter housing FH-88 and 20 T1 samples.
Tooling deposit 40% will be paid next week.
The production quantity (10,000 pcs in your quote) is not released and stays on hold until the
PPAP sign-off by Elena Russo (Qualità) and a written release from Giulia Ferri.
Material for the 20 T1 samples only, please.

Marco"""),
        in_reply_to="<h52-fe-0410@friulana-elettro.it>"))),
])

# p28: supplier MRP printout: material bought for the whole forecast against a 40 pc sample order.
case("p28_mrp_printout", ["RG006"],
     "supplier MRP list: sales order 40 T1 samples, forecast labelled, but ABS bought and received for 12,000 pcs", [
    ("MRP_list_HC-55.txt", """\
INYECTADOS DEL NORTE S.A. DE C.V.        MRP / LISTA DE NECESIDADES     22/05/2024 06:00
Planta Apodaca                           Planeador: JTV                 Pag. 1
=====================================================================================
Articulo : HC-55  TAPA MANIJA / HANDLE CAP  ABS NEGRO  (cliente HOGAR BAJIO)
Molde    : M-0871  4 cav.  ciclo 24 s  prensa 180 t
-------------------------------------------------------------------------------------
Fecha     Tipo   Documento        Cantidad      Saldo  Nota
--------- ------ -------------- ----------- ---------- --------------------------
13/05/24  PV     SO-24-0877            40-        -40  OC cliente 7100-0688 (muestras T1)
01/07/24  PRON   FCST-HB-0624      12,000-    -12,040  PRONOSTICO cliente - no liberado
17/05/24  OCP    PO-MP-24-311        1,450 kg          ABS negro = 12,000 pzas  RECIBIDO
17/05/24  OCP    PO-MP-24-312           36 kg          masterbatch negro        RECIBIDO
-------------------------------------------------------------------------------------
NOTAS DEL PLANEADOR
 * Material comprado para el proyecto completo (decision planeacion 15/05).
 * Muestras T1: 40 pzas sem. 21. Produccion: esperando liberacion del cliente.
=====================================================================================
"""),
])

# p29: supplier assumes sample approval rolls straight into the balance.
case("p29_roll_straight_into", ["RG007"],
     "supplier: 'once you approve the samples we will roll straight into the 4,960'; buyer's quoted scope requires sign-off + written release", [
    ("RE_CC-300_T1_shipped.eml", E(mail(
        "Amy Chen <amy.chen@jinsheng-plastic.cn>", "Jure Novak <jure.novak@savinja-aparati.si>",
        "RE: CC-300 PO 4100-2388 - T1 shipped", "Mon, 27 May 2024 17:30:00 +0800",
        """Dear Jure,

the 20 T1 samples of the crisper cover CC-300 were shipped today by DHL, AWB 1234 5678 90,
with the dimensional report (5 pcs per cavity) and the RoHS / REACH declaration.

To keep your SOP date, once you approve the samples we will roll straight into the 4,960 pcs -
the mould stays on the press. If there is any problem with the
samples please tell us quickly.

Best regards,
Amy Chen
Sales Manager | Dongguan Jinsheng Plastic Products Co., Ltd. | +86 769 8000 1234

> From: Jure Novak
> Sent: 06 May 2024 10:14
> Subject: CC-300 PO 4100-2388
>
> Dear Amy,
> PO 4100-2388 covers 20 pcs T1 samples of CC-300 only. The balance of 4,960 pcs
> is not released. It stays on hold until Dr. Marko Zupan signs off the samples
> and Petra Kovač (Vodja nabave) sends a written release with the quantity.
> Material for the 20 samples only.
> Regards, Jure
""", in_reply_to="<h52-sv-0506@savinja-aparati.si>"))),
])

# p30: buyer contradicts own written-release requirement (EML + attached PDF PO).
_p30_pdf = pdf([
    ("h1", "PURCHASE ORDER 4500081533"),
    ("p", "Wisla AGD Sp. z o.o., Wroclaw - to Kragujevac Plast d.o.o., Kragujevac - 13.05.2024"),
    ("table", [
        ["Item", "Part", "Description", "Qty", "Price EUR"],
        ["10", "ST-900 rev A", "Fridge shelf trim, ABS silver metallic, T1 samples", "30 PC", "1,85"],
    ]),
    ("sp",),
    ("p", "Scope: 30 pcs T1 samples. The balance of 5,970 pcs of quote Q-KP-2024-090 is not released and stays on hold "
          "until our lab signs off the T1 samples and Magdalena Nowak (Purchasing Manager) sends a written release with "
          "the quantity. Material authority: sample-only."),
    ("p", "Magdalena Nowak - Kierownik Zakupow"),
], title="PO 4500081533", author="Magdalena Nowak")
case("p30_buyer_skip_paper", ["RG007"],
     "PO requires lab sign-off + written release, but buyer's mail says if the lab says OK just carry on with the series without waiting for paper", [
    ("PO_4500081533_ST-900.eml", E(mail(
        "Magdalena Nowak <magdalena.nowak@wisla-agd.pl>", "Milica Jovanović <milica.jovanovic@kgplast.rs>",
        "PO 4500081533 ST-900 shelf trim", "Mon, 13 May 2024 15:48:00 +0200",
        """Dear Milica,

PO 4500081533 for the ST-900 shelf trim is attached.

I will be on holiday from 20 May to 7 June and Piotr is at the Chinese supplier in week 23, so to
save time: if our lab says OK on the 30 samples, just carry on with the series - you don't need to
wait for a paper from me. The lab will mail you directly.

Silver metallic: please take care of flow lines near the gate, this was the problem on ST-800.

Pozdrawiam,
""" + sig("Magdalena Nowak", "Kierownik Zakupów / Purchasing Manager", "Wisła AGD Sp. z o.o.", "+48 71 000 4400"),
        attachments=[("PO_4500081533.pdf", _p30_pdf, PDF_MT)]))),
])

# p31: DOCX minutes: blanks for the full series already cut; "once the colour is OK continue with the series".
case("p31_minutes_continue_series", ["RG006", "RG007"],
     "minutes: series 3,600 needs written release by G. Ferri, yet blanks for 3,600 already cut and 'once the colour is OK the supplier can continue with the series'", [
    ("Verbale_visita_RP-45.docx", docx_bytes([
        ("h1", "Verbale riunione / Meeting minutes – RP-45 rear panel, supplier visit Niš"),
        ("p", "Date: 21.05.2024. Present: Marco Bianchi (Friulana, purchasing), Elena Russo (Friulana, quality), "
              "Dragan Petrović and Jelena Marković (Niš Metal Pres)."),
        ("h", "1. Colour master samples"),
        ("p", "The 12 colour master panels RP-45 (e-coat + powder RAL 9005 matt) were delivered on PO 4501-7920. "
              "Gloss 8 GU – OK. Elena Russo takes 4 panels for the salt spray test (500 h)."),
        ("h", "2. Series quantity"),
        ("p", "Series quantity 3,600 pcs (offer NMP-24-044) is not released yet. Release of the series: written release "
              "from Giulia Ferri (Responsabile Acquisti)."),
        ("h", "3. Material"),
        ("p", "Dragan confirmed that pre-treated steel blanks for the full 3,600 panels are already cut and stored in hall 2, "
              "to be ready for the SOP."),
        ("h", "4. Timing"),
        ("p", "To save time, once the colour is OK the supplier can continue with the series; paint line slot week 25 "
              "is kept for Friulana."),
        ("h", "5. Action items"),
        ("table", [
            ["#", "Action", "Who", "Due"],
            ["1", "Salt spray test 500 h on 4 panels", "E. Russo", "wk 24"],
            ["2", "Packaging proposal (returnable racks)", "J. Marković", "wk 22"],
            ["3", "Updated cost breakdown for powder", "D. Petrović", "wk 22"],
        ]),
    ], author="Marco Bianchi")),
])

# p32: supplier order acknowledgement: production begins automatically upon sample approval.
case("p32_oa_begin_automatically", ["RG007"],
     "supplier acknowledgement restates the hold, then says the balance will begin automatically upon sample approval", [
    ("OA-24-0519_ORS-14.pdf", pdf([
        ("h1", "ORDER ACKNOWLEDGEMENT OA-24-0519"),
        ("p", "Foshan Ruitai Metal Stamping Co., Ltd., Ronggui, Shunde, Foshan, Guangdong - 20 May 2024"),
        ("p", "Customer: Egeli Beyaz Esya San. A.S., Manisa - your PO 4700-3360 dated 16.05.2024"),
        ("table", [
            ["Pos", "Part", "Description", "Qty", "Remark"],
            ["10", "ORS-14 rev B", "Oven rack support, SUS430 1.0 mm, T1 samples", "30 pcs", "ship wk 23 by air"],
            ["-", "ORS-14 rev B", "Balance of quote FR-24-198", "5,970 pcs", "not released per your PO"],
        ]),
        ("sp",),
        ("p", "Remarks: to secure the lead time, production of the balance will begin automatically upon your sample "
              "approval. Please send the approval by e-mail to sales@ruitai-stamping.cn."),
        ("p", "Tooling: progressive die 5 stations, 160 t. Surface: 2B, protective film one side."),
        ("p", "Jack Zhou - Sales Manager - Foshan Ruitai Metal Stamping"),
    ], title="OA-24-0519", author="Jack Zhou")),
])

# p33: chat: buyer sets full scope, later tells supplier to just continue with the series if samples pass.
case("p33_chat_just_continue", ["RG007"],
     "chat: 24 muestras, 4,976 on hold until PPAP sign-off + written release by Ing. L. Mendez; later buyer: if samples pass drop test just continue with the series", [
    ("WhatsApp_Chat_LH-310.txt", """\
[02/05/24, 10:01:12] Rodrigo Salas (Hogar Bajío): Javier buenos días, OC 7100-0701 ya en portal
[02/05/24, 10:01:40] Rodrigo Salas (Hogar Bajío): 24 muestras de la bisagra de tapa LH-310, nada más
[02/05/24, 10:02:35] Rodrigo Salas (Hogar Bajío): balance 4,976 on hold hasta PPAP sign-off + liberación por escrito de la Ing. Laura Méndez, ok?
[02/05/24, 10:05:02] Javier Treviño (Inyectados del Norte): ok enterado 👍 24 muestras
[14/05/24, 16:44:19] Javier Treviño (Inyectados del Norte): muestras listas, mañana salen. el jueves hacen drop test?
[14/05/24, 16:50:03] Rodrigo Salas (Hogar Bajío): sí, jueves en laboratorio
[14/05/24, 16:51:27] Rodrigo Salas (Hogar Bajío): Javier, si las muestras pasan el drop test el jueves, you just continue with the series, no need to ask me again 😉 la línea 4 arranca en junio y no hay tiempo
[14/05/24, 16:52:10] Javier Treviño (Inyectados del Norte): perfecto, así lo hacemos
[14/05/24, 16:52:44] Javier Treviño (Inyectados del Norte): ¿el empaque como el de la BT-520? charola + caja 40x60
[14/05/24, 16:55:30] Rodrigo Salas (Hogar Bajío): sí igual, 50 pzas por caja
"""),
])

# p34: Mexican supplier (Spanish): as soon as you approve the samples we start the 9,950.
case("p34_arrancamos_produccion", ["RG007"],
     "supplier: 'en cuanto ustedes aprueben las muestras arrancamos la producción de las 9,950 piezas'; quoted buyer scope requires PPAP sign-off + written release", [
    ("RE_OC_7100-0715_muestras.eml", E(mail(
        "Javier Treviño <jtrevino@inyectadosdelnorte.mx>", "Laura Méndez <lmendez@hogarbajio.mx>",
        "RE: OC 7100-0715 muestras tapa filtro LF-88", "Wed, 15 May 2024 17:20:00 -0600",
        """Ing. Méndez, buenas tardes.

Le confirmo que las 50 muestras T1 de la tapa de filtro de pelusa LF-88 salen el viernes por
Estafeta, con reporte dimensional y certificado de material (PP copolímero, UL 94 V-2).

Conforme a lo platicado en la junta del martes, en cuanto ustedes aprueben las muestras arrancamos
la producción de las 9,950 piezas, para no perder la fecha de SOP de la línea 4. El molde ya quedó
ajustado (ciclo 27 s, 4 cavidades) y tenemos turno reservado.

Quedo atento a cualquier comentario.

Saludos cordiales,
Ing. Javier Treviño
Gerente de Proyectos | Inyectados del Norte S.A. de C.V. | Apodaca, N.L. | +52 81 0000 4321

-----Mensaje original-----
De: Laura Méndez
Enviado: lunes, 6 de mayo de 2024 09:10
Asunto: OC 7100-0715 muestras tapa filtro LF-88

""" + q("""Ing. Treviño:

La OC 7100-0715 cubre 50 piezas muestra T1 de la tapa de filtro LF-88.
El saldo de 9,950 piezas NO está liberado y queda on hold hasta la firma del PPAP por la
Ing. Paola Herrera (Calidad) y la liberación por escrito de su servidora.
Material: sólo para las 50 muestras.

Ing. Laura Méndez
Gerente de Compras, Hogar Bajío Electrodomésticos"""),
        in_reply_to="<h52-hb-0506@hogarbajio.mx>"))),
])

# p35: buyer: once quality approves the samples, consider the batch approved as well.
case("p35_batch_approved_too", ["RG007", "RG009"],
     "buyer states hold until K. Demir sign-off + written release, then 'once Kemal approves the samples, consider the 4,975 approved as well' (approval = technical and production)", [
    ("DF-220_PO_4700-3390.eml", E(mail(
        "Serkan Aydın <serkan.aydin@egeli.com.tr>", "Milica Jovanović <milica.jovanovic@kgplast.rs>",
        "DF-220 detergent drawer front - PO 4700-3390", "Fri, 10 May 2024 12:15:00 +0300",
        """Dear Milica,

PO 4700-3390 covers the 25 T1 samples of the detergent drawer front DF-220 (PP + 20% talc,
white RAL 9016, IML label area). The balance of 4,975 pcs is on hold until Kemal Demir signs
off the T1 and I send you the written release.

Our SOP on the 9 kg platform moved forward to week 30, so we have no time to lose. Once Kemal
approves the samples, consider the 4,975 approved as well - no need to wait for a separate letter.

IML foils: we send 500 foils for the T1 by courier, artwork rev 4.

Saygılarımla,
""" + sig("Serkan Aydın", "Satınalma Müdürü / Purchasing Manager", "Egeli Beyaz Eşya San. A.Ş.", "+90 236 000 1200")))),
])

# p37: supplier: samples approved by Kowalski, so as agreed material for 6,000 ordered and line starts (multipart).
_p37_txt = """Dear Piotr,

good news: the T1 samples of the egg tray ET-6 were approved by your Mr. Kowalski on Friday (his
mail is below). So, as we agreed, we ordered the PP for 6,000 pcs yesterday and line 4 starts the
series on Monday. First truck can leave Gebze in week 25.

Kind regards,
Ayşe Yıldız
Sales Engineer | Gebze Plastik Enjeksiyon Ltd. Şti. | +90 262 000 3344

---------- Forwarded message ---------
From: Krzysztof Kowalski <krzysztof.kowalski@wisla-agd.pl>
Date: Fri, 31 May 2024 13:02
Subject: ET-6 T1 result

""" + q("""Dear Ms. Yıldız,
T1 dimensional check OK on all 24 samples, colour within ΔE 0.5. Samples approved.
K. Kowalski, Quality Engineer, Wisła AGD""") + """

---------- Original message ---------
From: Piotr Zieliński <piotr.zielinski@wisla-agd.pl>
Date: Mon, 6 May 2024 09:40
Subject: PO 4500081560 ET-6 egg tray

""" + q("""Dear Ayşe,
PO 4500081560 covers 24 T1 samples of ET-6 only. The balance of 5,976 pcs is not released; it stays
on hold until our lab signs off the samples and Magdalena Nowak sends a written release with the quantity.
Material for the 24 samples only.
Piotr""") + "\n"
_p37_html = ("<p>Dear Piotr,</p><p>good news: the T1 samples of the egg tray ET-6 were approved by your Mr. Kowalski on Friday "
             "(his mail is below). So, as we agreed, <b>we ordered the PP for 6,000 pcs</b> yesterday and <b>line 4 starts the series "
             "on Monday</b>. First truck can leave Gebze in week 25.</p><p>Kind regards,<br>Ayşe Yıldız</p><hr>"
             "<blockquote><p>T1 dimensional check OK on all 24 samples, colour within ΔE 0.5. Samples approved. K. Kowalski</p></blockquote>"
             "<blockquote><p>PO 4500081560 covers 24 T1 samples of ET-6 only. The balance of 5,976 pcs is not released; it stays on hold "
             "until our lab signs off the samples and Magdalena Nowak sends a written release with the quantity. Material for the 24 "
             "samples only. Piotr</p></blockquote>")
case("p37_approved_so_line_starts", ["RG006", "RG007"],
     "supplier treats quality's sample approval as the start of the series and buys PP for 6,000; buyer's quoted scope required written release from M. Nowak", [
    ("RE_ET-6_egg_tray.eml", E(mail(
        "Ayşe Yıldız <ayse.yildiz@gebzeplastik.com.tr>", "Piotr Zieliński <piotr.zielinski@wisla-agd.pl>",
        "ET-6 egg tray - series start", "Tue, 04 Jun 2024 10:25:00 +0300", _p37_txt, html=_p37_html,
        cc="Krzysztof Kowalski <krzysztof.kowalski@wisla-agd.pl>"))),
])

# p38: buyer asks supplier to treat the rolling forecast as a firm order.
case("p38_forecast_as_firm_order", ["RG008"],
     "buyer: rolling forecast 2025 of 40,000 pcs – 'please treat this as our firm order'", [
    ("Forecast_2025_oven_knobs.eml", E(mail(
        "Giulia Ferri <g.ferri@friulana-elettro.it>", "Kevin Li <kevin.li@hengda-mould.cn>",
        "Rolling forecast 2025 - oven knob family OK-33xx", "Mon, 03 Jun 2024 09:00:00 +0200",
        """Dear Kevin,

below our rolling forecast 2025 for the oven knob family OK-3301 / OK-3302 / OK-3305 (chrome
plated ABS), as discussed in Canton Fair:

  Q1 2025   9,000 pcs
  Q2 2025  11,000 pcs
  Q3 2025   8,000 pcs
  Q4 2025  12,000 pcs
  ---------------------
  total    40,000 pcs

Please treat this as our firm order for 2025 and book the press and plating capacity accordingly.
Split per variant is in the attached file; the monthly schedule follows in December.

Prices as agreed in your offer HY-Q-24-0260 (USD 0.86 / 0.91 / 0.94).

Cordiali saluti,
""" + sig("Giulia Ferri", "Responsabile Acquisti", "Friulana Elettrodomestici S.p.A., Pordenone", "+39 0434 000 711"),
        attachments=[("Rolling_forecast_2025_OK-33xx.html", html_page("Rolling forecast 2025", """
<h3>Friulana Elettrodomestici &mdash; rolling forecast 2025 &mdash; OK-33xx oven knobs</h3>
<table>
<tr><th>Quarter</th><th>OK-3301</th><th>OK-3302</th><th>OK-3305</th><th>Total</th></tr>
<tr><td>Q1 2025</td><td>4,000</td><td>3,000</td><td>2,000</td><td>9,000</td></tr>
<tr><td>Q2 2025</td><td>5,000</td><td>3,500</td><td>2,500</td><td>11,000</td></tr>
<tr><td>Q3 2025</td><td>3,500</td><td>2,500</td><td>2,000</td><td>8,000</td></tr>
<tr><td>Q4 2025</td><td>5,500</td><td>4,000</td><td>2,500</td><td>12,000</td></tr>
<tr><td><b>2025</b></td><td>18,000</td><td>13,000</td><td>9,000</td><td><b>40,000</b></td></tr>
</table>
<p>Version 06/2024 &middot; Pianificazione acquisti</p>
"""), "text/html")]))),
])

# p39: supplier confirms the forecast as an order.
case("p39_supplier_confirms_forecast", ["RG008"],
     "supplier capacity letter: 'based on your forecast of 12,000 pcs/yr we confirm your order of 12,000 pcs for 2025'", [
    ("Capacity_confirmation_HB-1050-2.pdf", pdf([
        ("h1", "CAPACITY CONFIRMATION 2025"),
        ("p", "Bursa Ozkan Metal Pres San. ve Tic. Ltd. Sti., Nilufer OSB, Bursa - 28.05.2024"),
        ("p", "To: Savinja Aparati d.o.o., Velenje - attn. Mr. Jure Novak / Mrs. Petra Kovac"),
        ("p", "Subject: hinge bracket HB-1050-2 (DC04, 1.5 mm, Zn-Ni), your forecast letter of 20.05.2024"),
        ("p", "Based on your forecast of 12,000 pcs/yr for HB-1050-2 we confirm your order of 12,000 pcs for 2025 and have "
              "reserved press line P3 (400 t) with 2 shifts per week for Savinja Aparati."),
        ("table", [
            ["Quarter", "Quantity (pcs)", "Press line"],
            ["Q1 2025", "3,000", "P3"],
            ["Q2 2025", "3,000", "P3"],
            ["Q3 2025", "3,000", "P3"],
            ["Q4 2025", "3,000", "P3"],
        ]),
        ("sp",),
        ("p", "Price 2025: EUR 0.74 / pc, steel surcharge according to the MEPS index, quarterly."),
        ("p", "Murat Ozkan - Sales & Projects"),
    ], title="Capacity confirmation 2025", author="Murat Ozkan")),
])

# p40: buyer letter commits to the forecast volume.
case("p40_volume_commitment_letter", ["RG008"],
     "buyer letter commits to purchase the forecast volume of 60,000 pcs as basis for a second mould", [
    ("Volume_commitment_FD-410.docx", docx_bytes([
        ("h1", "Volume commitment letter – FD-410 freezer drawer front"),
        ("p", "Wisła AGD Sp. z o.o., ul. Fabryczna 12, 53-609 Wrocław — to Kragujevac Plast d.o.o., Kragujevac"),
        ("p", "Wrocław, 27.05.2024"),
        ("p", "Dear Ms. Jovanović,"),
        ("p", "with reference to our forecast of 15.03.2024 and your request for a volume guarantee before you invest in "
              "a second mould (2-cavity, offer KP-24-052), Wisła AGD hereby commits to purchase the forecast volume of "
              "60,000 pcs of FD-410 in 2025."),
        ("table", [
            ["Period", "Forecast volume (pcs)"],
            ["H1 2025", "28,000"],
            ["H2 2025", "32,000"],
            ["Total 2025", "60,000"],
        ]),
        ("p", "This letter is the basis for your capacity investment. Monthly call-offs will follow with the delivery "
              "schedule."),
        ("p", "Yours sincerely,"),
        ("p", "Tomasz Wójcik, Dyrektor ds. Zakupów / Purchasing Director"),
    ], author="Tomasz Wójcik")),
])

# p41: WeChat: LC opened = project running; forecast put in production plan as firm orders.
case("p41_wechat_lc_forecast", ["RG008", "RG012"],
     "supplier: LC opened, so the project is running and the 5k/month forecast goes into the production plan as firm orders", [
    ("WeChat_Haoyu_Egeli.txt", """\
WeChat chat history with "Cathy Wang Haoyu 王"
Exported 2024-06-07

2024-06-05 10:02:18 Elif Kaya
Hi Cathy, any date for T1 of the SA-480 spray arm tool?

2024-06-05 10:15:44 Cathy Wang Haoyu 王
Hi Elif! T1 next Thursday 13 June 😊

2024-06-05 10:16:30 Cathy Wang Haoyu 王
and good news, LC opened by your bank today, we received the MT700 from Bank of Ningbo

2024-06-05 10:17:52 Cathy Wang Haoyu 王
so for us the project is running now: we put your forecast 5k/month in our production plan as firm orders from July

2024-06-05 10:18:20 Cathy Wang Haoyu 王
packing drawing I send you next week

2024-06-05 10:31:02 Elif Kaya
ok, I will check with finance and come back to you

2024-06-05 10:31:40 Cathy Wang Haoyu 王
👌 thank you dear
"""),
])

# p42: buyer portal: T&C make forecast firm; call-off quantity 800 in table vs 600 in note.
case("p42_portal_schedule_firm_forecast", ["RG008", "RG011"],
     "portal schedule: terms say forecast quantities are firm orders; call-off LIB-0042 is 800 in the table but 600 in the note", [
    ("programa_entregas_DPC-130.html", html_page("Programa de entregas DPC-130", """
<h2>Hogar Bajío Electrodomésticos &mdash; Portal de Proveedores &mdash; Programa de entregas</h2>
<p>Proveedor: Inyectados del Norte S.A. de C.V. &middot; Parte: DPC-130 tapa de bomba de desagüe (PA66 GF30) &middot; Versión 24-22 &middot; 27/05/2024</p>
<div class="note">Términos del programa: Las cantidades de pronóstico se consideran pedido firme salvo cancelación con 4 semanas
de anticipación. / Forecast quantities are firm orders unless cancelled 4 weeks before the delivery date.</div>
<h3>Liberaciones / call-offs</h3>
<table>
<tr><th>Liberación</th><th>Semanas</th><th>Cantidad liberada</th><th>Firmado por</th></tr>
<tr><td>LIB-0042</td><td>24&ndash;25</td><td>800 pzas</td><td>Rodrigo Salas (Compras)</td></tr>
</table>
<h3>Pronóstico / forecast</h3>
<table>
<tr><th>Semana</th><th>Cantidad</th><th>Tipo</th></tr>
<tr><td>26&ndash;29</td><td>1,600</td><td>pronóstico</td></tr>
<tr><td>30&ndash;33</td><td>1,600</td><td>pronóstico</td></tr>
<tr><td>34&ndash;37</td><td>2,000</td><td>pronóstico</td></tr>
</table>
<p>Nota del comprador: la liberación LIB-0042 es de 600 pzas para las semanas 24&ndash;25. Las cantidades de pronóstico no están
liberadas para producción; la siguiente liberación (call-off) la emite y firma Rodrigo Salas (Compras).</p>
<p style="color:#777">Empaque HB-PK-100 &middot; FCA Apodaca &middot; contacto: rsalas@hogarbajio.mx</p>
"""), ),
])

# p44: release letter: "released" for drawing and for production; 1.000 in text vs 1,200 in table.
case("p44_release_letter_drawing_and_qty", ["RG009", "RG011"],
     "letter uses 'released' for the drawing (ECN) and for production; production quantity 1.000 in text vs 1,200 in table", [
    ("REL-2024-031_HBK-4.pdf", pdf([
        ("h1", "RELEASE LETTER REL-2024-031"),
        ("p", "Savinja Aparati d.o.o., Velenje - to Nis Metal Pres d.o.o., Nis - attn. Dragan Petrovic - 04.06.2024"),
        ("p", "Part: HBK-4 hob bracket, DX51D+Z275 1.2 mm."),
        ("p", "1. Drawing HBK-4 Rev D is released (ECN-0192: hole 6.4 mm changed to 6.6 mm, burr direction note added). "
              "Please use Rev D for all new parts."),
        ("p", "2. The production release covers 1.000 pcs for delivery in week 26, DAP Velenje."),
        ("table", [
            ["Item", "Value"],
            ["Part / revision", "HBK-4 Rev D"],
            ["Released quantity", "1,200 pcs"],
            ["Delivery", "week 26"],
            ["Material authority", "released quantity only"],
        ]),
        ("sp",),
        ("p", "3. The remaining quantity of the 2024 frame beyond this release is not released; it stays on hold until the "
              "next call-off signed by Petra Kovac."),
        ("p", "Petra Kovac - Vodja nabave / Head of Purchasing"),
    ], title="REL-2024-031", author="Petra Kovac")),
])

# p47: buyer portal: PPAP status "RELEASED" and production "RELEASED".
case("p47_portal_ppap_released", ["RG009"],
     "portal uses RELEASED for PPAP (technical) and for production (2,000 pcs); otherwise complete", [
    ("PPAP_status_CR-6020.html", html_page("PPAP / release status CR-6020", """
<h2>Friulana Elettrodomestici &mdash; Supplier Portal &mdash; PPAP &amp; release status</h2>
<p>Supplier: Kragujevac Plast d.o.o. &middot; Part: CR-6020 crisper drawer 70 cm, PS clear, drawing rev D &middot; 15.05.2024</p>
<table>
<tr><th>Step</th><th>Status</th><th>By / date</th><th>Details</th></tr>
<tr><td>PPAP (level 3)</td><td><b>RELEASED</b></td><td>E. Russo, 10.05.2024</td><td>PSW signed, all 58 characteristics OK, Cpk &ge; 1.67</td></tr>
<tr><td>Production</td><td><b>RELEASED</b> &ndash; 2,000 pcs</td><td>G. Ferri, 14.05.2024</td><td>release R-01, deliveries weeks 21&ndash;24</td></tr>
<tr><td>Balance of offer KP-24-038</td><td>4,000 pcs &ndash; on hold, not released</td><td>&ndash;</td><td>next written release from Giulia Ferri after the 30-day run-at-rate review</td></tr>
<tr><td>Material authority</td><td>2,000 pcs</td><td>&ndash;</td><td>PS for release R-01 only</td></tr>
</table>
<p style="color:#777">Contacts: purchasing m.bianchi@friulana-elettro.it &middot; quality e.russo@friulana-elettro.it</p>
"""), ),
])

# p49: DOCX PO: samples "as needed per trial plan", release from "our quality department".
case("p49_po_samples_no_count", ["RG005", "RG010"],
     "sample PO never counts the samples ('as needed per trial plan'); series 8,000 on hold until sample sign-off, release from an unnamed quality department", [
    ("ODA_4501-7955_SC-30.docx", docx_bytes([
        ("h1", "Ordine di acquisto / Purchase order 4501-7955"),
        ("p", "Friulana Elettrodomestici S.p.A., Pordenone → Gebze Plastik Enjeksiyon Ltd. Şti., Gebze (TR). Data 14.05.2024. "
              "Buyer: Marco Bianchi."),
        ("table", [
            ["Pos.", "Codice", "Descrizione", "Quantità", "Consegna"],
            ["1", "SC-30 rev A", "Tappo sale lavastoviglie / dishwasher salt cap, PP + TPE bi-injection – samples",
             "as needed for trial (see trial plan TP-17)", "sett. 24"],
        ]),
        ("p", "Scope: samples for the assembly trial on line 5. The series quantity (8,000 pcs, your offer GP-24-118) is not "
              "released and stays on hold until the sample sign-off; the release will come from our quality department."),
        ("p", "Material: for the trial samples only. Packing: PE bag per 10 pcs, label with cavity number."),
        ("p", "Resa: DAP Pordenone. Pagamento: 60 gg d.f.f.m."),
    ], author="Marco Bianchi")),
])

# p50: chat: buyer asks for "some pieces"; supplier mentions resin for 2,000 already drying.
case("p50_chat_some_pieces_resin", ["RG006", "RG010"],
     "buyer asks for 'some pieces' (no quantity) with hold/unlock/person; supplier says resin for 2,000 is already drying for the series", [
    ("Teams_chat_BS-75.txt", """\
Chat export – Microsoft Teams (external) – Savinja Aparati / Kragujevac Plast
Participants: Jure Novak, Milica Jovanović
Exported 22.05.2024 08:10

Jure Novak  20.05.2024 13:02
Milica, živjo. For the fitting trial on line 2 next week please send us some pieces of the bottle shelf BS-75, whatever you have from T1. PO 4100-2402 covers them.

Jure Novak  20.05.2024 13:04
the rest of the project stays on hold and is not released until Dr. Zupan signs off the fitting trial and Petra Kovač sends the written release

Milica Jovanović  20.05.2024 13:20
zdravo Jure, ok! we send 10-15 pcs from T1 with DHL tomorrow

Milica Jovanović  20.05.2024 13:22
btw resin for 2,000 pcs is already drying in the dryer, we prepared it for the series start 🙂 so we are fast after the trial

Jure Novak  20.05.2024 13:40
ok. please put the cavity number on each part

Milica Jovanović  20.05.2024 13:41
sure 👍
"""),
])

# p52: DOCX release letter releases "the first production lot" without a quantity.
case("p52_release_first_lot", ["RG010"],
     "release letter releases 'the first production lot' without stating its quantity; rest on hold until next written release from M. Nowak after line audit", [
    ("PR-24-019_MBR-6.docx", docx_bytes([
        ("h1", "Zwolnienie produkcji / Production release PR-24-019"),
        ("p", "Wisła AGD Sp. z o.o. → Bursa Özkan Metal Pres San. ve Tic. Ltd. Şti. · Wrocław, 08.05.2024"),
        ("p", "Part: MBR-6 motor bracket, DX51D+Z275, 1.5 mm, drawing MBR-6 rev C. Order: PO 4500081600."),
        ("p", "Following the sample sign-off of 06.05.2024 (report LAB-24-131, 5 of 5 samples conform, salt spray 240 h OK), "
              "we hereby release the first production lot of MBR-6 for delivery in week 22."),
        ("p", "The remaining quantity of the 2024 schedule is not released; it stays on hold until the next written release "
              "from me after the line audit in week 24."),
        ("p", "Packing: EUR pallet, VCI bag, max. 600 kg. Labels VDA 4902."),
        ("p", "Magdalena Nowak"),
        ("p", "Kierownik Zakupów / Purchasing Manager, Wisła AGD Sp. z o.o."),
    ], author="Magdalena Nowak")),
])

# p53: portal release record with quantity "see quote".
case("p53_portal_release_see_quote", ["RG010"],
     "portal release record has no quantity ('see quote'); person, basis and hold on the balance are present", [
    ("release_RL-24-0088.html", html_page("Release RL-24-0088", """
<h2>Egeli Beyaz Eşya &mdash; Tedarikçi Portalı / Supplier Portal</h2>
<p>Tedarikçi / supplier: Dongguan Jinsheng Plastic Products Co., Ltd. &middot; Part DFC-90 drain filter cap (POM, grey)</p>
<h3>Üretim serbest bırakma / Production release RL-24-0088</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>PO</td><td>4700-3377</td></tr>
<tr><td>Quantity</td><td>&mdash; (see quote JS-Q-2405-03)</td></tr>
<tr><td>Status</td><td>Released</td></tr>
<tr><td>Authorized by</td><td>Serkan Aydın, Satınalma Müdürü / Purchasing Manager</td></tr>
<tr><td>Basis</td><td>T1 sign-off 09.05.2024 by Kemal Demir (report QA-24-233)</td></tr>
<tr><td>Date</td><td>13.05.2024</td></tr>
</table>
<p>Comment: Released as per quotation, first batch. The balance after this batch is on hold until the next release from
Serkan Aydın after the run-at-rate.</p>
"""), ),
])

# p54: SAP PO with "1 LO" of samples, hold "until further notice", release only by named person.
case("p54_sap_one_lot", ["RG004", "RG010"],
     "PO line '1 LO' of T1 samples per quote – no piece count; series on hold until further notice, release only by S. Aydin (no unlock event)", [
    ("PO_4700-3455.txt", """\
EGELI BEYAZ ESYA SAN. A.S.                        SATINALMA SIPARISI / PURCHASE ORDER
Manisa OSB 3. Kisim, 45030 Yunusemre / Manisa, TR
------------------------------------------------------------------------------
Siparis No / PO no. : 4700-3455          Tarih / date : 21.05.2024
Tedarikci / vendor  : 300955 FOSHAN RUITAI METAL STAMPING CO., LTD.
Alici / buyer       : Elif Kaya  +90 236 000 1290
Teslim / Incoterms  : FOB Shenzhen
------------------------------------------------------------------------------
Kalem Malzeme      Tanim                              Miktar  Birim  Fiyat USD
----- ------------ ---------------------------------- ------- ------ ---------
0010  ORB-7        OVEN REAR BRACKET SPCC 1.2 ZN            1  LO       180,00
                   T1 SAMPLES PER QUOTE FR-24-207
------------------------------------------------------------------------------
NOTLAR / NOTES
- SERIES QTY NOT RELEASED - ON HOLD UNTIL FURTHER NOTICE.
- RELEASE ONLY BY S. AYDIN (SATINALMA MUDURU / PURCHASING MGR).
- MATERIAL: SAMPLES ONLY.
- DIN EN 10130 / ISO 2768-mK / SALT SPRAY 96 H PER ISO 9227.
------------------------------------------------------------------------------
"""),
])

# p55: multi-file: PO says 50 T1 samples, buyer's mail says the PO is for 80.
case("p55_po_50_mail_80", ["RG011"],
     "PO printout: 50 T1 samples; buyer's reminder mail: 'our PO is for 80 T1 samples'; scope otherwise complete", [
    ("PO_4100-2415_VR-3.txt", """\
SAVINJA APARATI d.o.o.            NAROCILNICA / PURCHASE ORDER        4100-2415
Partizanska 20, SI-3320 Velenje                                   Date 06.05.2024
============================================================================
Supplier : 700588 YUYAO HENGDA MOULD & PLASTIC CO., Yuyao, Zhejiang, CN
Buyer    : Jure Novak
Terms    : CIF Koper, 60 days
============================================================================
Pos Part no.          Rev Description                       Qty   Unit  EUR/unit
--- ----------------- --- --------------------------------- ----- ----- --------
010 VR-3              B   VEGETABLE DRAWER RAIL, POM-C         50  PCS     0,62
                          T1 SAMPLES
============================================================================
SCOPE OF THIS PO
  Pos 010 = 50 pcs T1 samples. Production qty of quote YH-Q-24-068
  (12,000 pcs) is NOT released and stays on hold until Dr. Marko Zupan signs off the T1
  samples and Petra Kovac (Vodja nabave) issues a written release.
  Material: samples only.
============================================================================
"""),
    ("Reminder_VR-3_T1.eml", E(mail(
        "Jure Novak <jure.novak@savinja-aparati.si>", "Kevin Li <kevin.li@hengda-mould.cn>",
        "VR-3 T1 samples - shipping week 23", "Tue, 21 May 2024 09:05:00 +0200",
        """Hi Kevin,

short reminder: our PO 4100-2415 is for 80 T1 samples of the vegetable drawer rail VR-3. Please ship
them by week 23 (air freight, our DHL account 96-1234-567), with the dimensional report of
5 pcs per cavity.

The balance stays on hold as written in the PO.

Lep pozdrav,
""" + sig("Jure Novak", "Buyer", "Savinja Aparati d.o.o., Velenje", "+386 3 000 4400")))),
])

# p57: thread: quoted PO mail says 24 samples; top mail says twelve (12) "as per PO"; hold until further notice.
case("p57_twelve_vs_24", ["RG004", "RG011"],
     "quoted buyer scope 24 T1 samples vs new buyer mail 'as per PO please send the twelve (12)'; balance on hold until further notice (no unlock event), G. Ferri named", [
    ("RE_HE-2_samples.eml", E(mail(
        "Marco Bianchi <m.bianchi@friulana-elettro.it>", "Amy Chen <amy.chen@jinsheng-plastic.cn>",
        "RE: HE-2 end cap - samples", "Wed, 29 May 2024 11:10:00 +0200",
        """Amy,

as per PO please send the twelve (12) pieces by courier (our FedEx account 3344-5566-7).
Cavity numbers on the bags please.

Thanks,
Marco

Marco Bianchi | Buyer - Plastics & Plating | Friulana Elettrodomestici S.p.A. | +39 0434 000 745

On 28 May 2024, at 16:03, Amy Chen <amy.chen@jinsheng-plastic.cn> wrote:
""" + q("""Dear Marco,
T1 of the oven handle end cap HE-2 finished today, parts look good.
How do you want the samples, sea with the next container or courier?
Amy

On 06 May 2024, at 10:00, Marco Bianchi wrote:
""" + q("""Amy,
PO 4501-7980 = 24 pcs T1 samples of HE-2 (PA6 GF15, black).
The balance (2,976 pcs) is on hold until further notice. Only Giulia Ferri can release it.
Marco""")),
        in_reply_to="<h52-js-0528@jinsheng-plastic.cn>"))),
])

# p58: DOCX release letter: 1,500 in the text, 1.200 in the table.
case("p58_liberacion_1500_vs_1200", ["RG011"],
     "production release LP-24-07: 1,500 pcs in the text, 1.200 in the table; hold/unlock/person present", [
    ("Liberacion_LP-24-07_HS-40.docx", docx_bytes([
        ("h1", "Liberación de producción / Production release LP-24-07"),
        ("p", "Hogar Bajío Electrodomésticos S.A. de C.V. → Troquelados Querétaro S.A. de C.V. (Ana Ruiz) · Celaya, 20/05/2024"),
        ("p", "Parte: HS-40 soporte de bisagra / hinge support, SPCC 1.6 mm zincado, dibujo HS-40 rev. D. OC 7100-0690."),
        ("p", "Con base en el PPAP firmado el 15/05/2024 (expediente PPAP-HB-0902), liberamos 1,500 pzas para producción, "
              "entregas semanas 23 a 25."),
        ("table", [
            ["Concepto", "Valor"],
            ["Cantidad liberada / released quantity", "1.200 pzas"],
            ["Entregas", "sem. 23–25"],
            ["Autorización de material", "sólo la cantidad liberada"],
        ]),
        ("p", "El resto de la cantidad anual no está liberado; queda on hold hasta la aceptación de este lote en nuestra planta "
              "y una nueva liberación por escrito de la Ing. Laura Méndez."),
        ("p", "Ing. Laura Méndez — Gerente de Compras"),
    ], author="Laura Méndez")),
])

# p60: buyer forwards the release (rfc822) that says 600, but her own text says 650.
_p60_fwd = mail("Serkan Aydın <serkan.aydin@egeli.com.tr>", "Elif Kaya <elif.kaya@egeli.com.tr>",
                "Release REL-EG-24-044 DDH-12", "Mon, 03 Jun 2024 17:40:00 +0300",
                """Elif,

release REL-EG-24-044 for the detergent drawer housing DDH-12 (Gebze Plastik):
- released: 600 pcs, delivery week 24
- the rest of the 2024 quantity stays on hold until the next call-off from me
- material for the 600 pcs only

Please forward to Ayşe Hanım.

Serkan Aydın
Satınalma Müdürü
""", msgid="<h52-eg-rel044@egeli.com.tr>")
case("p60_forward_600_vs_650", ["RG011"],
     "forwarded release (rfc822) says 600 pcs; the forwarding buyer writes 'please plan the 650 pcs'", [
    ("FW_Release_REL-EG-24-044.eml", E(mail(
        "Elif Kaya <elif.kaya@egeli.com.tr>", "Ayşe Yıldız <ayse.yildiz@gebzeplastik.com.tr>",
        "FW: Release REL-EG-24-044 DDH-12", "Tue, 04 Jun 2024 08:30:00 +0300",
        """Ayşe Hanım merhaba,

Serkan Bey'in release mail'ini aşağıda iletiyorum (forwarding Serkan's release below).
So please plan the 650 pcs of DDH-12 for week 24 and send me the truck date.

İyi çalışmalar,
Elif Kaya
Satınalma Uzmanı / Buyer | Egeli Beyaz Eşya San. A.Ş.
""", attachments=[("rfc822", _p60_fwd)]))),
])

# p63: buyer: deposit paid -> "Green light - you can start the run" (multipart/alternative).
_p63_txt = """Dear Jack,

the 30% deposit for the tool (USD 9,600) was paid today, the SWIFT copy is attached below.

Green light - you can start the run.

Best regards,
Jure

Jure Novak | Buyer | Savinja Aparati d.o.o. | Partizanska 20, Velenje | +386 3 000 4400

SWIFT MT103 copy (extract): value date 2024-05-17, amount USD 9,600.00, ordering customer
SAVINJA APARATI D.O.O., beneficiary FOSHAN RUITAI METAL STAMPING CO LTD, ref. PO 4100-2430 DEPOSIT

-----Original Message-----
From: Jure Novak
Sent: 02 May 2024 11:00
Subject: PO 4100-2430 toaster side frame TSF-2

""" + q("""Dear Jack,
PO 4100-2430 covers the progressive die and 20 T1 samples of TSF-2.
The balance of 4,980 pcs is not released until Dr. Marko Zupan signs off the samples and
Petra Kovač sends a written release with the quantity. Material for the 20 samples only.
Jure""") + "\n"
_p63_html = ("<p>Dear Jack,</p><p>the 30% deposit for the tool (USD 9,600) was paid today, the SWIFT copy is attached below.</p>"
             "<p><b>Green light &ndash; you can start the run.</b></p><p>Best regards,<br>Jure</p>"
             "<blockquote>PO 4100-2430 covers the progressive die and 20 T1 samples of TSF-2. The balance of 4,980 pcs is not released "
             "until Dr. Marko Zupan signs off the samples and Petra Kovač sends a written release with the quantity. Material for the "
             "20 samples only. Jure</blockquote>")
case("p63_deposit_green_light", ["RG002", "RG012"],
     "buyer: deposit paid -> 'Green light - you can start the run' (payment as authority, unscoped approval); own quoted scope otherwise complete", [
    ("Deposit_paid_TSF-2.eml", E(mail(
        "Jure Novak <jure.novak@savinja-aparati.si>", "Jack Zhou <jack.zhou@ruitai-stamping.cn>",
        "RE: PO 4100-2430 TSF-2 - deposit paid", "Fri, 17 May 2024 15:12:00 +0200", _p63_txt, html=_p63_html,
        in_reply_to="<h52-sv-0502@savinja-aparati.si>"))),
])

# p64: supplier: an accepted PO is released to the shop floor (EML + PDF acceptance).
_p64_pdf = pdf([
    ("h1", "ORDER ACCEPTANCE KP-OA-24-093"),
    ("p", "Kragujevac Plast d.o.o., Kragujevac, Serbia - 23.05.2024"),
    ("p", "Customer: Friulana Elettrodomestici S.p.A., Pordenone - PO 4501-8010 of 20.05.2024"),
    ("table", [
        ["Line", "Part", "Scope", "Qty", "As written in your PO"],
        ["10", "DB-45 door bin 45 cm", "PPAP samples", "30 pcs", "released"],
        ["20", "DB-45 door bin 45 cm", "production", "4,970 pcs", "commercial cover only, NOT released until PPAP sign-off and written release by Giulia Ferri"],
    ]),
    ("sp",),
    ("p", "We accept PO 4501-8010 with prices and delivery terms as written. Signed: Milica Jovanovic, Sales."),
], title="KP-OA-24-093", author="Milica Jovanovic")
case("p64_accepted_po_to_shop_floor", ["RG012"],
     "supplier: 'an accepted PO is released to the shop floor', schedules production line 20 although the PO marks it commercial cover only", [
    ("Order_acceptance_PO_4501-8010.eml", E(mail(
        "Milica Jovanović <milica.jovanovic@kgplast.rs>", "Marco Bianchi <m.bianchi@friulana-elettro.it>",
        "Order acceptance PO 4501-8010 DB-45", "Thu, 23 May 2024 14:30:00 +0200",
        """Dear Marco,

please find attached our signed order acceptance for PO 4501-8010 (door bin DB-45).

As per our internal procedure, an accepted PO is released to the shop floor, so line 20 is now
scheduled for week 23 on the 350 t press, right after the PPAP samples of line 10.

PPAP documents (PSW, control plan, PFMEA) will come with the samples.

Srdačan pozdrav,
""" + sig("Milica Jovanović", "Sales", "Kragujevac Plast d.o.o.", "+381 34 000 7788"),
        attachments=[("KP-OA-24-093.pdf", _p64_pdf, PDF_MT)]))),
])

# p65: payment advice: payment released = production released.
case("p65_payment_released", ["RG009", "RG012"],
     "payment advice: 'payment released' and 'consider the production of the 6,000 pcs released as well' - payment treated as production authority, 'released' used for both", [
    ("Payment_advice_PR-FIN-24-3312.pdf", pdf([
        ("h1", "PAYMENT ADVICE / AWIZO PLATNOSCI"),
        ("p", "Wisla AGD Sp. z o.o., Finance Department, Wroclaw - 29.05.2024"),
        ("p", "Beneficiary: Ningbo Haoyu Precision Mould Co., Ltd. - Bank of Ningbo, SWIFT BKNBCN2N"),
        ("table", [
            ["Document", "Description", "Amount EUR"],
            ["PI-HY-24-077", "Proforma: mould KB-520 kettle body + 20 T1 samples", "12.480,00"],
            ["", "Total", "12.480,00"],
        ]),
        ("sp",),
        ("p", "Payment release PR-FIN-24-3312: the above amount has been released for payment, value date 30.05.2024."),
        ("p", "Note from purchasing (P. Zielinski): with this payment released, please consider the production of the "
              "6,000 pcs released as well, so that the first containers can leave in July."),
        ("p", "Wisla AGD - Dzial Finansowy / Finance"),
    ], title="Payment advice PR-FIN-24-3312", author="Finance")),
])

# p67: Turkish buyer: advance payment done, so start with the first 500; nothing on the rest.
case("p67_avans_first_500", ["RG003", "RG004", "RG005", "RG012"],
     "buyer: advance paid, 'so you can start with the first 500' – payment as authority; nothing on the rest, no unlock event, no release person", [
    ("Avans_RB-90.eml", E(mail(
        "Elif Kaya <elif.kaya@egeli.com.tr>", "Murat Özkan <murat.ozkan@ozkanmetal.com.tr>",
        "RB-90 avans ödemesi / advance payment", "Wed, 29 May 2024 16:05:00 +0300",
        """Murat Bey merhaba,

avans ödemesi yapıldı (advance payment done): TRY 185.000, %30 of your offer BO-24-061,
dekont ekte / bank receipt attached.

So you can start with the first 500 oven rear brackets RB-90 now; we need them on line 3 by
20 June. Drawing RB-90 rev C, DC01 1.0 mm, Zn 8 µm, ISO 2768-mK.

Paketleme: 50 pcs per carton, cartons on EUR pallet, max 600 kg.

İyi çalışmalar,
Elif Kaya
Satınalma Uzmanı / Buyer | Egeli Beyaz Eşya San. A.Ş. | +90 236 000 1290
""", attachments=[("dekont_20240529.txt", "GARANTI BBVA - HAVALE/EFT DEKONTU\nTarih: 29.05.2024\nGonderen: EGELI BEYAZ ESYA SAN. A.S.\nAlici: BURSA OZKAN METAL PRES SAN. VE TIC. LTD. STI.\nTutar: 185.000,00 TRY\nAciklama: RB-90 AVANS %30 TEKLIF BO-24-061\n", "text/plain")]))),
])


# =================================================================== OUTPUT
def _stem(fn):
    s = Path(fn).stem
    s = re.sub(r"[^A-Za-z0-9._-]+", "_", s).strip("_")
    return s


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(5252).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h52_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        fns = [fn for fn, _ in c["files"]]
        assert len(fns) == len(set(fns))
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({clean} clean, {len(CASES) - clean} with risks) -> {OUT}")


if __name__ == "__main__":
    main()
