#!/usr/bin/env python3
"""Generator for the releasegate check_holdout20 corpus.

Run with the throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout20/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps). Case folders are shuffled with random.Random(2020).

Descriptive case ids (c.. = clean, p.. = with risks) appear only in this file;
the folder names are neutral: h20_NN_<first-file-stem>.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import shutil
import textwrap
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


def T(s):
    """Dedent a triple-quoted block and drop the first newline."""
    return textwrap.dedent(s).lstrip("\n")


def q(text, depth=1):
    """Quote a block of text the way mail clients do ("> ")."""
    pre = ">" * depth
    return "\n".join((pre + " " + ln) if ln.strip() else pre for ln in text.rstrip("\n").split("\n")) + "\n"


# ----------------------------------------------------------------- renderers
# (copied from check_holdout3/build.py lines 1-203; only the message-id and boundary tags changed)
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
    m["Message-ID"] = msgid or f"<h20-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h20")
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


def sig_plain(name, title, company, phone, extra=""):
    """A signature without the English disclaimer (many senders have their own)."""
    s = f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"
    return s + (("\n" + extra.strip() + "\n") if extra else "")


def simple_html(text):
    """Very small text -> HTML conversion for multipart/alternative bodies."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [escape(ln) for ln in para.split("\n")]
        if all(ln.startswith("&gt;") for ln in lines if ln):
            out.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:6px;color:#555\">"
                       + "<br>\n".join(ln.lstrip("&gt;").lstrip() for ln in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n"


def E(name, m):
    """file tuple for an EML"""
    return (name, eml_bytes(m))


def P(name, blocks, **kw):
    return (name, pdf(blocks, **kw))


def D(name, blocks, **kw):
    return (name, docx_bytes(blocks, **kw))


def H(name, title, body, lang="en"):
    return (name, html_page(title, body, lang=lang))


def X(name, text):
    return (name, text)


# =================================================================== CLEAN
# ---------------------------------------------------------------- c01
# Argentine machine shop quote with sample + production price tiers. A quote authorizes nothing.
case("c01_quote_tiers_valves", [],
     "supplier quote with sample and two production tiers; no authorizing document in the bundle",
     [P("Cotizacion_MV-2024-0611.pdf", [
         ("h1", "Metalurgica Valle del Sol S.A."),
         ("p", "Av. Circunvalacion 4410 - Rosario, Santa Fe, Argentina - CUIT 30-71234567-2 - ventas@mvalledelsol.com.ar"),
         ("h", "COTIZACION / QUOTATION No. MV-2024-0611"),
         ("p", "Fecha / Date: 11/06/2024        Validez / Validity: 90 dias / days"),
         ("p", "Cliente / Customer: AguaPura Tratamiento S.A.C., Av. Argentina 2890, Callao, Peru - Attn. Ing. Gustavo Quispe Mamani"),
         ("p", "Ref.: your RFQ of 03/06/2024 - Butterfly valve DN150 PN16, wafer type, ductile iron body "
               "EN-GJS-400-15 (GGG-40), disc AISI 316, EPDM seat, top flange ISO 5211 F07, face-to-face EN 558 series 20."),
         ("table", [
             ["Item", "Descripcion / Description", "Cant. / Qty", "Precio unit. USD", "Plazo / Lead time"],
             ["1", "Muestra / sample lot incl. hydrostatic shell + seat test report EN 12266-1, 3.1 material certs", "4", "412,00", "5 semanas / weeks"],
             ["2", "Escala de produccion A / production price tier A", "300", "268,50", "10 semanas desde su liberacion escrita"],
             ["3", "Escala de produccion B / production price tier B", "600", "251,00", "12 semanas desde su liberacion escrita"],
             ["4", "Modelo de fundicion (pattern) para cuerpo DN150 - unico pago / one-off", "1", "1.850,00", "incluido en item 1"],
         ]),
         ("sp",),
         ("p", "Notas / Notes:"),
         ("p", "1. Items 2 and 3 are price tiers for your evaluation. Lead times for production count from the date "
               "of your written release, not from the purchase order date."),
         ("p", "2. Incoterm FCA Buenos Aires (Incoterms 2020). Packing: wooden crate, 10 valves per crate, ISPM-15."),
         ("p", "3. Condiciones de pago / payment: 30% anticipo con la orden de compra, saldo a 60 dias fecha factura."),
         ("p", "4. Ensayos adicionales (PMI, ensayo de par / torque test) a cotizar por separado."),
         ("p", "5. Precios sin IVA. Tipo de cambio no aplica: cotizacion en USD."),
         ("sp",),
         ("p", "Atentamente / Kind regards,"),
         ("p", "Lic. Mariano Ferreyra - Ventas Tecnicas / Technical Sales - Tel. +54 341 455-7720"),
     ], title="Cotizacion MV-2024-0611", author="M. Ferreyra")])

# ---------------------------------------------------------------- c02
# Colombian WhatsApp: supplier asks whether there is a green light for 40.000; buyer answers fully.
case("c02_whatsapp_question_scoped", [],
     "supplier's luz-verde question is not an approval; buyer states 500 active, 39.500 on hold, unlock = fill test + sample sign-off + written release by himself; board for 500 only",
     [X("WhatsApp_Chat_Cartones_del_Valle.txt", T("""
        [12/03/24, 08:14:22] Jhon Fredy Ospina: Buenos días don Andrés 🙏 we received OC 4100-2291 for the Tahiti lime boxes (caja 18 kg, 2 colores)
        [12/03/24, 08:15:07] Jhon Fredy Ospina: quick question: do we have luz verde for the 40.000 or only for the muestras? planta is asking if they mount the full die set on the troqueladora
        [12/03/24, 08:15:41] Jhon Fredy Ospina: sorry for the hurry, it's for the weekly production meeting at 10
        [12/03/24, 08:31:12] Andrés Cárdenas: Buenos días Jhon. Only the samples: five hundred (500) boxes, printed with artwork v3.
        [12/03/24, 08:32:03] Andrés Cárdenas: The other 39.500 are NOT released. They stay on hold until the fill test on our packing line in La Tebaida and the sample sign-off. After that I send you the release myself, in writing (email with a release number).
        [12/03/24, 08:33:30] Andrés Cárdenas: and board only for the 500 please, no stock for production
        [12/03/24, 08:40:18] Jhon Fredy Ospina: Listo, entendido 👍 solo 500, el resto quieto hasta su correo
        [12/03/24, 08:41:02] Jhon Fredy Ospina: the troquel we need anyway for the samples, it is in the quote
        [12/03/24, 08:45:49] Andrés Cárdenas: Sí, el troquel está en la OC, línea 20.
        [12/03/24, 09:02:11] Jhon Fredy Ospina: <Multimedia omitido>
        [12/03/24, 09:02:30] Jhon Fredy Ospina: foto de la prueba de color, Pantone 7739 C
        [12/03/24, 09:10:55] Andrés Cárdenas: Color bien. That is only a colour OK, not production eh 😅
        [12/03/24, 09:11:20] Jhon Fredy Ospina: jaja claro que sí don Andrés. Despacho de muestras el viernes a Armenia
        [12/03/24, 09:12:02] Andrés Cárdenas: 👍 gracias
        """))])

# ---------------------------------------------------------------- c03
# Moroccan automotive DELFOR: firm zone released, forecast labelled, next DELFOR by named controller.
_c03_edi = T("""
    UNA:+.? '
    UNB+UNOC:3+ATLMOTTNG:ZZ+CABDETROIT:ZZ+240603:0615+000000045'
    UNH+1+DELFOR:D:96A:UN:A51'
    BGM+241+0045+9'
    DTM+137:20240603:102'
    DTM+158:20240603:102'
    DTM+159:20240811:102'
    FTX+AAI+++FIRM ZONE WEEKS 23-24 IS RELEASED FOR PRODUCTION AND DELIVERY. WEEKS 25-32 ARE:FORECAST FOR PLANNING ONLY - NOT RELEASED.'
    FTX+AAI+++FORECAST WEEKS ARE RELEASED ONLY BY A LATER DELFOR ISSUED BY Y. EL AMRANI:MRP CONTROLLER. NO MATERIAL AUTHORITY BEYOND THE FIRM ZONE.'
    NAD+BY+ATLMOT::92++ATLANTIC MOTORS TANGER MED+ZONE FRANCHE KSAR EL MAJAZ+TANGER++90000+MA'
    CTA+SC+:YOUSSEF EL AMRANI'
    COM+212539000451:TE'
    NAD+SE+CABDET::92++CABLERIE DU DETROIT SARL+ZI GZENAYA LOT 112+TANGER++90000+MA'
    NAD+ST+ATLMOT::92++ATLANTIC MOTORS TANGER MED+DOCK 7+TANGER++90000+MA'
    UNS+S'
    LIN+1++HRN-7721-B:IN'
    PIA+1+C:EC'
    IMD+F++:::HARNESS ENGINE COMPARTMENT LHD'
    LOC+11+DOCK7'
    QTY+48:5400'
    DTM+51:20240101:102'
    QTY+1:1200'
    SCC+1'
    DTM+2:20240603:20240609:718'
    QTY+1:1200'
    SCC+1'
    DTM+2:20240610:20240616:718'
    QTY+1:1300'
    SCC+4'
    DTM+2:20240617:20240623:718'
    QTY+1:1300'
    SCC+4'
    DTM+2:20240624:20240630:718'
    QTY+1:1250'
    SCC+4'
    DTM+2:20240701:20240707:718'
    QTY+1:1250'
    SCC+4'
    DTM+2:20240708:20240714:718'
    QTY+1:900'
    SCC+4'
    DTM+2:20240715:20240721:718'
    QTY+1:900'
    SCC+4'
    DTM+2:20240722:20240728:718'
    QTY+1:1400'
    SCC+4'
    DTM+2:20240729:20240804:718'
    QTY+1:1400'
    SCC+4'
    DTM+2:20240805:20240811:718'
    UNT+50+1'
    UNZ+1+000000045'
    """)
_c03_read = T("""
    ------------------------------------------------------------------------------
    ATLANTIC MOTORS TANGER MED - DELIVERY SCHEDULE (DELFOR) No. 0045 - READABLE COPY
    Supplier: CABLERIE DU DETROIT SARL (CABDET)     Issued: 03/06/2024 06:15
    Part: HRN-7721-B  eng. change C   HARNESS ENGINE COMPARTMENT LHD
    Cum. received since 01/01/2024: 5400
    ------------------------------------------------------------------------------
    WEEK   FROM        TO          QTY    STATUS
    W23    03/06/2024  09/06/2024  1200   FIRM - RELEASED
    W24    10/06/2024  16/06/2024  1200   FIRM - RELEASED
    W25    17/06/2024  23/06/2024  1300   FORECAST - NOT RELEASED
    W26    24/06/2024  30/06/2024  1300   FORECAST - NOT RELEASED
    W27    01/07/2024  07/07/2024  1250   FORECAST - NOT RELEASED
    W28    08/07/2024  14/07/2024  1250   FORECAST - NOT RELEASED
    W29    15/07/2024  21/07/2024   900   FORECAST - NOT RELEASED (summer shutdown)
    W30    22/07/2024  28/07/2024   900   FORECAST - NOT RELEASED (summer shutdown)
    W31    29/07/2024  04/08/2024  1400   FORECAST - NOT RELEASED
    W32    05/08/2024  11/08/2024  1400   FORECAST - NOT RELEASED
    ------------------------------------------------------------------------------
    Released for production in this schedule: 2400 (W23-W24).
    Forecast weeks are for capacity planning only. They are released only by a later
    DELFOR issued by Y. EL AMRANI (MRP controller). No raw-material authority beyond
    the firm zone. Questions: mrp.tanger@atlanticmotors.ma / +212 539 000 451
    ------------------------------------------------------------------------------
    """)
case("c03_delfor_labelled_forecast", [],
     "DELFOR: 2400 firm released, forecast weeks labelled not released; unlock = later DELFOR by named MRP controller; no material beyond firm zone",
     [X("DELFOR_0045_HRN-7721-B.txt", _c03_edi + "\n\n" + _c03_read)])

# ---------------------------------------------------------------- c04
# Tunisian olive-oil bottler to Portuguese closure maker: fit check only sign-off.
_c04_txt = T("""
    Bonjour Rui,

    We ran the 200 sample caps (PO 7100-0412, line 1) on filling line 3 yesterday afternoon.
    Removal torque was inside 8-14 in-lb on all 40 measured bottles, no leaks after 24 h at 45 °C,
    and the tamper band broke cleanly on the capper. Small remark: the knurling on 3 caps had a
    flash, please check cavity 7.

    Result: sample sign-off for fit check only. This is not a production release.

    The production quantity (48.000 caps, PO line 2) remains on hold and is not released. It will be
    released only by a written release from our Directeur Achats, Mr. Karim Ben Salah, after the
    second trial on line 5 (planned week 27) has been signed off. Please do not buy liner material or
    PP resin for the 48.000 in the meantime; material stays sample-only.

    For the second trial we need another 200 caps, same spec, I will send PO 7100-0412 rev 1 line 3
    for them this week.

    Merci et bonne journée,
    Sonia
    """) + sig_plain("Sonia Trabelsi", "Responsable Qualité Emballages", "Huilerie Zitouna SA - Route de Gabès km 6, Sfax, Tunisie", "+216 74 400 118")
_c04 = mail("Sonia Trabelsi <s.trabelsi@huilerie-zitouna.tn>",
            "Rui Almeida <rui.almeida@tampas-atlantico.pt>",
            "Bouchons 28 mm - essai ligne 3 / trial result samples PO 7100-0412",
            "Wed, 05 Jun 2024 10:12:00 +0100", _c04_txt, html=simple_html(_c04_txt),
            cc="Karim Ben Salah <k.bensalah@huilerie-zitouna.tn>")
case("c04_fit_check_only", [],
     "sample sign-off scoped to fit check; 200 active, 48.000 on hold, unlock = line-5 trial sign-off + written release by named Directeur Achats; material sample-only",
     [E("Bouchons_28mm_essai_ligne3.eml", _c04)])

# ---------------------------------------------------------------- c05
# Moroccan shoe maker: full-quantity PO that says proceed. No balance.
case("c05_full_qty_po_proceed", [],
     "full-quantity PO of 2,400 pairs with size breakdown summing to 2,400; 'proceed with the 2,400 pairs' is scoped; no balance",
     [D("BC-24-0877_Chaussures_Atlas.docx", [
         ("h1", "BON DE COMMANDE / PURCHASE ORDER  BC-24-0877"),
         ("p", "Chaussures Atlas SARL - Quartier Industriel Sidi Brahim, Lot 47, Fès, Maroc - ICE 001523447000081"),
         ("p", "Fournisseur / Supplier: Semelles et Premières du Sahel SA, ZI Sahline, Monastir, Tunisie"),
         ("p", "Date: 04/06/2024      Devise / Currency: MAD      Incoterm: DAP Fès (Incoterms 2020)"),
         ("table", [
             ["Ligne", "Article", "Désignation / Description", "Qté / Qty", "PU MAD", "Livraison"],
             ["10", "SEM-CUIR-3641", "Première de propreté cuir de chèvre, doublure latex / goat-leather insole, latex-backed, size run 36-41", "2 400 paires / pairs", "38,50", "12/07/2024"],
         ]),
         ("sp",),
         ("p", "Répartition par pointure / size breakdown (pairs):"),
         ("table", [
             ["36", "37", "38", "39", "40", "41", "Total"],
             ["200", "400", "600", "600", "400", "200", "2 400"],
         ]),
         ("sp",),
         ("p", "This order covers the full quantity. There is no sample stage on this order: the pattern was signed "
               "off on our order BC-23-1190 last season and has not changed (pattern ref. PAT-3641 ind. B)."),
         ("p", "Please proceed with the 2,400 pairs as per line 10 and confirm the delivery date within 3 working days."),
         ("p", "Emballage / packing: 20 paires par carton, étiquette avec n° BC et pointure. Palette 120x80 max 1,20 m."),
         ("p", "Paiement / payment: 60 jours fin de mois par virement. Pénalité de retard selon nos CGA art. 9."),
         ("sp",),
         ("p", "Acheteur / Buyer: Mme Nadia El Fassi - achats@chaussures-atlas.ma - +212 535 65 22 10"),
     ], author="N. El Fassi")])

# ---------------------------------------------------------------- c06
# Chilean copper fittings framework call-off with explicit staged material authority above release.
case("c06_calloff_staged_material", [],
     "call-off releases 6,000; framework balance 42,000 not released until next call-off by named Category Manager; explicit staged material authority 18,000; forecast labelled",
     [P("LlamadoEntrega_FA-2024-07_N03.pdf", [
         ("h1", "LLAMADO DE ENTREGA / CALL-OFF No. 3"),
         ("p", "Bajo Acuerdo Marco / under Framework Agreement FA-2024-07 - Cobre Andino Distribucion SpA, "
               "Av. Presidente Eduardo Frei Montalva 9950, Quilicura, Santiago, Chile"),
         ("p", "Proveedor / Supplier: Fundicion y Conexiones del Pacifico S.A., Camino a Lo Boza 120, Pudahuel"),
         ("p", "Fecha / Date: 07-06-2024       Contacto / contact: Claudia Fuentes Ibarra, Category Manager"),
         ("table", [
             ["Part", "Descripcion", "Framework qty 2024", "Released call-offs 1-2", "THIS CALL-OFF (3)", "Not released"],
             ["CU-E90-22", "Codo 90 cobre 22 mm soldar / copper elbow 90 deg 22 mm, NCh 951, EN 1254-1", "60.000", "12.000 (delivered)", "6.000", "42.000"],
         ]),
         ("sp",),
         ("p", "1. Production release: this call-off releases 6.000 pcs of CU-E90-22 for delivery in week 27 to our "
               "Quilicura DC. Nothing else is released by this document."),
         ("p", "2. Balance: the remaining 42.000 pcs of the framework quantity are not released. They are released "
               "only by a next call-off signed by Claudia Fuentes Ibarra (Category Manager)."),
         ("p", "3. Material authority (staged): you may purchase copper tube for up to 18.000 pcs of CU-E90-22 "
               "(this call-off plus the next two expected call-offs) at Cobre Andino's liability. Fabrication is "
               "limited to the 6.000 pcs released above. Material beyond 18.000 pcs is at the supplier's own risk."),
         ("p", "4. Pronostico (informativo, no liberado) / forecast for information only, not released:"),
         ("table", [
             ["Mes / month", "Julio", "Agosto", "Septiembre"],
             ["Pronostico / forecast (pcs)", "6.000", "6.000", "7.500"],
         ]),
         ("sp",),
         ("p", "Entregar con guia de despacho indicando FA-2024-07 / CO-3 y numero de colada. Horario de recepcion "
               "lunes a viernes 08:00-15:30."),
         ("p", "Claudia Fuentes Ibarra - Category Manager Cobre y Bronce - cfuentes@cobreandino.cl - +56 2 2940 1180"),
     ], title="Call-off 3 FA-2024-07", author="C. Fuentes")])

# ---------------------------------------------------------------- c07
# Egyptian hospital furniture minutes with an explicit, recorded auto-conversion.
case("c07_minutes_explicit_autoconversion", [],
     "explicit recorded auto-conversion naming quantity (147), signer (Dr. Eng. Hany Mostafa) and conditions; otherwise 147 on hold and written release by named Procurement Director",
     [D("MOM-2024-031_NileCare_DeltaMedical.docx", [
         ("h1", "Minutes of Meeting MOM-2024-031"),
         ("p", "Nile Care Hospitals Group (Procurement) / Delta Medical Furniture Co. - 14 May 2024, 11:00-12:30, "
               "Nile Care head office, Nasr City, Cairo"),
         ("p", "Attendees: Mr. Ahmed Fawzy (Procurement Director, NCHG), Dr. Eng. Hany Mostafa (Biomedical Engineering "
               "Director, NCHG), Eng. Rania Said (Buyer, NCHG), Eng. Amr El-Sherbiny (Sales Manager, Delta), "
               "Mr. Wael Ghoneim (Plant Manager, Delta, 10th of Ramadan City)"),
         ("h", "1. PO 5100-0192 - ICU bed frames, model DMF-ICU-5"),
         ("p", "Line 1: 3 pilot bed frames are released for production now (delivery 2 June 2024 to the Heliopolis site "
               "for the pilot evaluation). Line 2: 147 bed frames (commercial cover only)."),
         ("h", "2. Auto-conversion (recorded)"),
         ("p", "Both parties agree and record the following: if the pilot sign-off for the 3 ICU bed frames is signed by "
               "Dr. Eng. Hany Mostafa without deviations and on or before 30 June 2024, that signed pilot sign-off releases "
               "the 147 bed frames of PO 5100-0192 line 2 by itself; no further release document is needed."),
         ("p", "Until that signed sign-off exists, the 147 bed frames are not released. If the sign-off lists deviations, "
               "or is signed after 30 June 2024, the 147 stay on hold and need a written release from Mr. Ahmed Fawzy, "
               "Procurement Director."),
         ("h", "3. Material"),
         ("p", "Material authority: sample-only. Steel tube (40x40x2 mm) and castors for the 147 may be bought only after the "
               "auto-conversion above has taken effect."),
         ("h", "4. Technical"),
         ("li", "Colour RAL 9016, epoxy powder coat, min. 80 micron; antibacterial additive certificate to be supplied."),
         ("li", "Actuators: 4 x 6000 N, IEC 60601-2-52 test report from the actuator maker to be attached to the pilot file."),
         ("li", "Mattress platform: 4 sections, HPL panels removable for X-ray cassette."),
         ("h", "5. Action items"),
         ("table", [
             ["#", "Action", "Owner", "Due"],
             ["1", "Ship 3 pilot bed frames to Heliopolis site", "W. Ghoneim", "02-06-2024"],
             ["2", "Pilot evaluation (ward + biomedical)", "Dr. Eng. H. Mostafa", "20-06-2024"],
             ["3", "Send signed pilot sign-off or deviation list", "Dr. Eng. H. Mostafa", "30-06-2024"],
             ["4", "Update delivery plan for line 2 after sign-off", "A. El-Sherbiny", "after item 3"],
         ]),
         ("p", "Minutes taken by Eng. Rania Said. Circulated to all attendees; no comments received within 48 h count as accepted."),
     ], author="R. Said")])

# ---------------------------------------------------------------- c08
# Emirati solar buyer forwards an old supplier quote (rfc822) and declares its 5,000 informational.
_c08_old_txt = T("""
    Dear Mr. Faisal,

    Thank you for your enquiry. Please find our offer for the string inverter enclosures per your
    drawing SSE-ENC-300 rev A:

      - Pilot lot: 20 pcs at AED 1,240.00 / pc, 4 weeks
      - Series: 5,000 pcs at AED 610.00 / pc, 8 weeks after your release
      - Powder coating RAL 7035 textured, IP65 gasket EPDM, stainless hinges A2

    Prices ex-works Sharjah, valid until 31 December 2023.

    Best regards,
    Tariq Hassan
    Sales Engineer, Gulf Sheet Metal Industries LLC
    Industrial Area 13, Sharjah - +971 6 543 2210
    """)
_c08_old = mail("Tariq Hassan <tariq.hassan@gulfsheetmetal.ae>", "Faisal Al Mansoori <faisal.m@sahrasolar.ae>",
                "Quotation GSM-Q-23-1188 - inverter enclosures", "Tue, 17 Oct 2023 14:05:00 +0400", _c08_old_txt)
_c08_txt = T("""
    Dear Mr. Tariq,

    Assalamu alaikum. Please find below our PO 7100-2231 for twenty (20) pilot enclosures, IP65,
    RAL 7035, drawing SSE-ENC-300 rev B (rev B adds the second cable gland row and the M6 earthing stud).

      PO 7100-2231 line 1: 20 pcs pilot enclosure SSE-ENC-300 rev B, AED 1,240.00 / pc
      Delivery: DDP our Jebel Ali warehouse (JAFZA South, WH S30412), 4 weeks

    For traceability I am forwarding your quotation e-mail from last October (attached). Please note:
    the 5,000 units in that old quote are for information only and are NOT released. Only the 20 pilot
    enclosures on PO 7100-2231 are released now.

    The remaining quantity stays on hold until (1) our pilot sign-off after the thermal cycling test
    (-10/+70 °C, 50 cycles) and (2) a written release signed by me. No material purchases beyond the
    20 units, please.

    Kindly send your order acknowledgement within two working days.

    Best regards,
    Faisal
    """) + sig("Faisal Al Mansoori", "Procurement Lead", "Sahra Solar Solutions LLC, Dubai", "+971 4 887 3301")
_c08 = mail("Faisal Al Mansoori <faisal.m@sahrasolar.ae>", "Tariq Hassan <tariq.hassan@gulfsheetmetal.ae>",
            "PO 7100-2231 - pilot enclosures SSE-ENC-300 rev B", "Mon, 03 Jun 2024 09:40:00 +0400",
            _c08_txt, html=simple_html(_c08_txt), attachments=[("rfc822", _c08_old)])
case("c08_fwd_old_quote_informational", [],
     "old quote (5,000) forwarded as rfc822 and declared information-only/not released; 20 active, rest on hold until pilot sign-off + written release by sender; material for 20",
     [E("PO_7100-2231_pilot_enclosures.eml", _c08)])

# ---------------------------------------------------------------- c09
# Saudi desalination buyer corrects a supplier who assumed FAI sign-off rolls into the batch.
_c09_txt = T("""
    Dear Eng. Mahmoud,

    Wa alaikum assalam. Thank you, we will witness the FAI on Sunday 9 June at 10:00 at your
    Borg El Arab plant; Eng. Fahad from our QA will attend with me.

    Please note: the FAI sign-off does not release the 58 housings. The 58 stay on hold until I send a
    written release together with revised PO 4600-0817 rev 1. Please do not roll into the batch and do
    not buy resin or glass roving for it before that.

    Released now: the 2 FAI housings only (PO 4600-0817 rev 0, line 10).

    Regards,
    Abdulrahman
    """) + sig("Abdulrahman Al-Qahtani", "Senior Buyer", "Jazirah Desalination Co., Jubail Industrial City", "+966 13 340 7715") + "\n" + q(T("""
    On Wed, 5 Jun 2024 at 13:22, Mahmoud Ezzat <m.ezzat@alexfrp.com.eg> wrote:
    Dear Eng. Abdulrahman,

    Assalamu alaikum. The 2 FAI membrane housings (8 inch x 7 elements, 1000 psi, side ports 2 inch)
    are ready for your witness. Hydro test at 1.5 x design pressure passed internally, report attached.

    Once they pass your witness, we will roll straight into the 58 remaining housings to keep your
    schedule for the Jubail expansion.

    Best regards,
    Mahmoud Ezzat
    Projects Manager - Alexandria FRP Industries
    """))
_c09 = mail("Abdulrahman Al-Qahtani <a.alqahtani@jazirahdesal.com.sa>", "Mahmoud Ezzat <m.ezzat@alexfrp.com.eg>",
            "RE: FAI membrane housings PO 4600-0817", "Wed, 05 Jun 2024 16:48:00 +0300", _c09_txt,
            in_reply_to="<fai-0817-1@alexfrp.com.eg>")
case("c09_quoted_autoconversion_corrected", [],
     "supplier's quoted roll-straight-into assumption is corrected by the buyer: 2 active, 58 on hold until written release by sender with revised PO; no material",
     [E("RE_FAI_membrane_housings_PO_4600-0817.eml", _c09)])

# ---------------------------------------------------------------- c10
# Argentine machine shop acknowledges a deposit and says it does not release production.
_c10_txt = T("""
    Estimado Ing. Ruiz:

    Recibimos el anticipo del 30% (transferencia ref. 88231-B del 04/06) - muchas gracias.

    To avoid any misunderstanding on our side: the deposit does not release production. As per your
    OC 2291 we will machine only the six (6) sample valve bodies (DN100, CF8M, bridas ANSI 150 RF).
    The balance of 294 bodies stays on hold; we will not start it and will not buy bar stock or
    castings for it until we have your written release, signed by you, after your hydro test sign-off
    on the samples.

    Entrega de las 6 muestras: semana 26, con protocolo de ensayo y certificados 3.1.

    Saludos cordiales,
    Lic. Carolina Paz
    Administración de Ventas
    Mecanizados del Litoral SRL - Ruta 168 km 3,5, Santa Fe, Argentina - +54 342 456-1180
    """)
_c10 = mail("Carolina Paz <cpaz@mecanizadoslitoral.com.ar>", "Ing. Martin Ruiz <mruiz@aguaclara-tratamientos.com.ar>",
            "Anticipo recibido - OC 2291 cuerpos de válvula DN100", "Wed, 05 Jun 2024 11:30:00 -0300",
            _c10_txt, html=simple_html(_c10_txt))
case("c10_deposit_not_release", [],
     "supplier: 'the deposit does not release production'; 6 samples only, 294 on hold until written release by the named buyer after hydro-test sign-off",
     [E("OC_2291_cuerpos_valvula_DN100.eml", _c10)])

# ---------------------------------------------------------------- c11
# Mexican harness supplier order acknowledgement restating the hold.
case("c11_supplier_ack_restates_hold", [],
     "supplier acknowledgement: 25 confirmed, 2,475 NOT RELEASED on hold until PPAP sign-off + written release by named buyer; no material for line 20",
     [P("ACK_SO-24-1187_Arneses_del_Bajio.pdf", [
         ("h1", "CONFIRMACION DE PEDIDO / ORDER ACKNOWLEDGEMENT"),
         ("p", "Arneses del Bajio S.A. de C.V. - Parque Industrial El Marques, Queretaro, Qro., Mexico - RFC ABA0912104K2"),
         ("p", "Cliente / Customer: Autopartes Regiomontanas S.A. de C.V. - Attn. Sr. Ricardo Trevino Garza (Compras)"),
         ("p", "Su OC / Your PO: 4500-118820     Nuestro pedido / our SO: SO-24-1187     Fecha: 06/06/2024"),
         ("table", [
             ["Linea", "No. parte", "Descripcion", "Cant.", "Estatus"],
             ["10", "ARB-7731-03 rev C", "Arnes tablero / dashboard harness - muestras PPAP nivel 3", "25", "CONFIRMADO - embarque sem. 24"],
             ["20", "ARB-7731-03 rev C", "Arnes tablero / dashboard harness - serie", "2,475", "NOT RELEASED - on hold"],
         ]),
         ("sp",),
         ("p", "Notas: Line 20 stays on hold until PPAP sign-off of line 10 and a written release from Sr. Ricardo "
               "Trevino Garza (Compras). We will not purchase terminals, seals or wire for line 20 before that release."),
         ("p", "Precios segun cotizacion ABQ-24-330. Empaque: charola retornable 10 pzs. Incoterm FCA Queretaro."),
         ("p", "Atentamente, Ing. Daniela Robles - Customer Service - drobles@arnesesbajio.com.mx - +52 442 221 0914"),
     ], pagesize=LETTER, title="Order acknowledgement SO-24-1187", author="D. Robles")])

# ---------------------------------------------------------------- c12
# Peruvian buyer's quality concession that explicitly releases nothing more.
case("c12_quality_concession_html", [],
     "quality concession limited to 300 pcs already released; releases nothing else; 700 on hold until next call-off by named Jefa de Compras",
     [H("Concesion_QC-2024-044.html", "Concesión de calidad QC-2024-044", T("""
        <h2>Sanitarios del Pacífico S.A.C. &mdash; Concesión de calidad / Quality concession QC-2024-044</h2>
        <p>Av. Nicolás Arriola 1150, La Victoria, Lima &mdash; Calidad de Proveedores</p>
        <table>
          <tr><th>Campo</th><th>Detalle</th></tr>
          <tr><td>Proveedor / Supplier</td><td>Conexiones de Cobre Arica Ltda. (Arica, Chile)</td></tr>
          <tr><td>OC / PO</td><td>4500-8812, call-off 12</td></tr>
          <tr><td>Parte / Part</td><td>TEE-CU-15, tee de cobre 15 mm, NTP 342.052, plano DWG-1502 rev 3</td></tr>
          <tr><td>No conformidad / nonconformity</td><td>Oxidación superficial leve (tarnish) en el 100% del lote; dimensiones y ensayo de presión conformes</td></tr>
          <tr><td>Cantidad cubierta / quantity covered</td><td>300 pcs (lote L-2418)</td></tr>
          <tr><td>Disposición / disposition</td><td>Use as is &mdash; concession granted for lot L-2418 only</td></tr>
          <tr><td>Acción correctiva / corrective action</td><td>Proveedor: embalaje con VCI y bolsa sellada desde el próximo lote; 8D al 30/06/2024</td></tr>
        </table>
        <div class="note">
        <p><b>Alcance:</b> This concession covers only the 300 pcs of lot L-2418, already released under call-off 12
        of PO 4500-8812. It releases no further quantity. The remaining 700 pcs on PO 4500-8812 are not released and
        stay on hold until the next call-off issued by Ana Beltrán Rojas (Jefa de Compras).</p>
        </div>
        <p>Firmas: Ing. Luis Chávez Paredes (Calidad de Proveedores) &mdash; Ana Beltrán Rojas (Jefa de Compras) &mdash; 07/06/2024</p>
        """), lang="es")])

# ---------------------------------------------------------------- c13
# Mexican PPAP interim disposition with quantity and date limits.
case("c13_ppap_interim_limits", [],
     "PPAP interim disposition limited to 500 pcs / 30-Jun; 500 released by named release authority; 9,500 on hold until full PPAP sign-off + her written release",
     [D("PPAP_Disposition_ARC-4410-12.docx", [
         ("h1", "PPAP DISPOSITION - INTERIM (Class B)"),
         ("p", "Tracción Automotriz del Norte S.A. de C.V. - Supplier Quality - Blvd. Isidro López Zertuche 4100, Saltillo, Coah."),
         ("p", "Proveedor / Supplier: Arneses Chihuahua S. de R.L. de C.V. (código 200781)"),
         ("table", [
             ["Part", "Rev", "PPAP level", "Disposition", "Limit"],
             ["ARC-4410-12 arnés consola / console harness", "D", "3", "INTERIM", "500 pcs or 30-Jun-2024, whichever comes first"],
         ]),
         ("sp",),
         ("p", "Open items: (1) CMM layout of connector housing C12, 2 dimensions out of 32 pending re-measure; "
               "(2) salt-spray 96 h on ring terminals in progress at the external lab."),
         ("p", "Under this interim disposition, 500 pcs are released for production by Lucía Hernández Vega (Supplier "
               "Quality Manager, release authority for this part number). Parts must be labelled 'INTERIM PPAP' on "
               "each box."),
         ("p", "The remaining 9,500 pcs of blanket PO 5500-2210 are not released; they stay on hold until full PPAP "
               "sign-off and a written release from Lucía Hernández Vega."),
         ("p", "Distribution: Compras (Ing. Óscar Villarreal), Planta Ramos Arizpe, proveedor."),
         ("p", "Fecha: 04/06/2024"),
     ], author="L. Hernandez")])

# ---------------------------------------------------------------- c14
# Chilean mining PO full of identifiers that look like quantities.
case("c14_identifiers_like_quantities", [],
     "sample PO for ten (10) liners; PN/DRG/ASTM/ISO/warehouse/hours numbers are identifiers; production not released until wear-trial sign-off + written release by named manager",
     [P("OC_4500091500_Minera_Cordillera.pdf", [
         ("h1", "ORDEN DE COMPRA / PURCHASE ORDER 4500091500"),
         ("p", "Minera Cordillera Norte SpA - Av. Grecia 1350, Antofagasta, Chile - RUT 76.555.120-3"),
         ("p", "Proveedor / Supplier: Aceros Resistentes Talcahuano S.A. - Av. Colon 8120, Talcahuano"),
         ("p", "Fecha: 05-06-2024     Moneda: CLP     Entrega: Bodega 5000, Planta Concentradora Sierra Gorda"),
         ("table", [
             ["Pos.", "Material", "Descripcion", "Cant.", "Precio unit. CLP"],
             ["10", "PN 1500-2000-25", "Liner, shell, ball mill 26 ft, DRG 3000 Rev 12, ASTM A532 Class III Type A, 500 BHN min, "
                    "bolts M36x4 incl., approx. 1.850 kg/pc", "10 pcs", "1.250.000"],
         ]),
         ("sp",),
         ("p", "Alcance / scope: muestras para prueba de desgaste / samples for the wear trial - ten (10) pcs only."),
         ("p", "The production quantity of your quote CT-2024-1500 rev 2 is NOT released and stays on hold until the "
               "wear-trial sign-off after 2,000 operating hours in mill ML-02 and a written release from Rodrigo Araya "
               "Fuentes, Gerente de Abastecimiento."),
         ("p", "Material authority: sample-only (10 pcs)."),
         ("p", "Requisitos: ISO 9001:2015; certificado de colada EN 10204 3.1; ensayo de dureza por pieza; embalaje en "
               "pallet de madera tratada NIMF-15; marcado con PN y numero de colada."),
         ("p", "Comprador: Javiera Soto Molina - jsoto@mcordillera.cl - +56 55 265 1500"),
     ], title="OC 4500091500", author="J. Soto")])

# ---------------------------------------------------------------- c15
# Colombian SAP PO printout: sample line released, production line blocked.
case("c15_sap_blocked_line", [],
     "SAP PO: line 10 8 samples released; line 20 392 blocked/not released until written release by named Jefe de Compras after sample sign-off; no material",
     [X("ME23N_4500321877.txt", T("""
        SAP  ME23N   Mostrar pedido estándar 4500321877                      Página 1 / 1
        ================================================================================
        Soc.  CO10  DOTACIONES HOSPITALARIAS ANDINAS SAS      Org.compras  CO10
        Gr.compras  210 Mobiliario hospitalario            Fecha doc.  04.06.2024
        Proveedor   100284  MUEBLES CLINICOS DE ANTIOQUIA SAS  Itagüí, ANT
        Moneda      COP       Cond.pago  Z030 30 días neto   Incoterm  DAP Bogotá
        --------------------------------------------------------------------------------
        Pos  Material     Texto breve                           Cantidad UM   Precio neto
        00010 800-1420    MESA NOCHE HOSPITALARIA - MUESTRA           8 UN   1.450.000,00
        00020 800-1420    MESA NOCHE HOSPITALARIA - PRODUCCION      392 UN   1.180.000,00
                          ** BLOQUEADO / BLOCKED - NOT RELEASED **
        --------------------------------------------------------------------------------
        Texto cabecera:
        Line 00010: 8 sample bedside cabinets are released now, delivery 21.06.2024 to
        CD Bogotá (Calle 13 # 68-40, muelle 3).
        Line 00020 is commercial cover only. It is blocked: do not produce, do not buy
        material. It is released only by a written release from Diana Restrepo Gómez
        (Jefe de Compras) after sample sign-off by our biomedical engineering team.
        --------------------------------------------------------------------------------
        Texto posición 00010:
        Según plano MC-1420 rev. 5, melamina blanca 18 mm, cantos PVC 2 mm, ruedas 75 mm
        con freno (2). Entregar con ficha técnica y certificado de pintura antibacterial.
        --------------------------------------------------------------------------------
        Valor neto total cubierto:  474.160.000,00 COP
        Impreso 04.06.2024 15:22   Usuario: DRESTREPO
        """))])

# ---------------------------------------------------------------- c16
# Egyptian buyer / Dubai fabricator Telegram chat: 6 pilots only, sheet for 6 only.
case("c16_telegram_pilot_only", [],
     "chat: 'go ahead with the 6 pilot enclosures only', 594 frozen/not released until pilot report sign-off + written release by the named buyer; sheet for 6 only",
     [X("Telegram_Karim_Saleh_Hamdan.txt", T("""
        Hamdan Al Zaabi, [03.06.2024 10:12]
        Salam Eng. Karim, PO CSS-24-077 received 👍 which qty to start?

        Karim Saleh, [03.06.2024 10:26]
        Ahlan Hamdan. Go ahead with the 6 pilot enclosures only. The other 594 stay frozen – not released – until I sign the pilot report and send you the release in writing.

        Hamdan Al Zaabi, [03.06.2024 10:28]
        ok clear. can we order the 1.5mm galvanised sheet for all 600? the mill gives better price for full coil

        Karim Saleh, [03.06.2024 10:35]
        No. Buy sheet for the 6 pilots only. If you need a coil for price, send me a proposal and I decide in writing – for now material is for 6.

        Hamdan Al Zaabi, [03.06.2024 10:36]
        noted habibi, 6 only 🙏

        Karim Saleh, [03.06.2024 10:41]
        pilot report = thermal test 72h at 55°C + IP65 spray test at our lab in 6th of October. inshallah end of month

        Hamdan Al Zaabi, [03.06.2024 10:44]
        👍 we ship the 6 by air cargo on the 18th, AWB will send

        Karim Saleh, [03.06.2024 10:45]
        perfect, shukran
        """))])

# ---------------------------------------------------------------- c17
# Portuguese olive-oil bottler minutes: pilot pallet released, production on hold, forecast labelled.
case("c17_minutes_pilot_forecast_labelled", [],
     "minutes: 1.200 pilot bottles released, 240.000 not released until filling-trial sign-off + written release by named Head of Procurement; 2025 forecast labelled no commitment",
     [D("Ata_reuniao_Lagar_Alentejo_VMG.docx", [
         ("h1", "Ata de reunião / Minutes of meeting"),
         ("p", "Lagar do Alentejo, S.A. (Beja) / Vidraria Marinha Grande, Lda. - 29/05/2024 - videoconferência"),
         ("p", "Presentes / attendees: Eng.ª Sofia Marques (Head of Procurement, LdA), Eng. Pedro Nunes (Quality, LdA), "
               "Dr. Miguel Antunes (Key Account, VMG), Eng.ª Inês Rocha (Production Planning, VMG)"),
         ("h", "1. Garrafa dórica 500 ml, extra-flint, bocal 31.5 mm (DIN 168 thread)"),
         ("p", "Pilot lot: 1.200 bottles (one pallet) for the filling trial on line 2 - released on PO 45-0778, line 1. "
               "Delivery to Beja, week 24."),
         ("h", "2. Production quantity"),
         ("p", "The quoted production quantity of 240.000 bottles (PO 45-0778 line 2, commercial cover) is NOT released. "
               "It stays on hold until the filling-trial sign-off by Eng. Pedro Nunes (Quality) and a written production "
               "release from Eng.ª Sofia Marques."),
         ("p", "Material authority: sample-only. VMG will not reserve furnace time or buy decoration material for line 2 "
               "before the written production release."),
         ("h", "3. Forecast 2025"),
         ("p", "LdA shared its forecast for 2025: approx. 1,2 million bottles/year. This is a forecast only - not an order "
               "and no commitment - for VMG's capacity planning."),
         ("h", "4. Logistics"),
         ("li", "Pallet pattern 1.200 x 1.000 mm, 7 layers, interlayer cardboard, stretch hood; max. height 1,75 m."),
         ("li", "Delivery slots Tuesday and Thursday 07:00-13:00; CMR with lot number."),
         ("h", "5. Ações / actions"),
         ("table", [
             ["#", "Ação", "Responsável", "Prazo"],
             ["1", "Ship pilot pallet", "I. Rocha", "14/06/2024"],
             ["2", "Filling trial line 2, torque + leak report", "P. Nunes", "21/06/2024"],
             ["3", "Decision on production release (written)", "S. Marques", "after action 2"],
         ]),
     ], author="S. Marques")])

# ---------------------------------------------------------------- c18
# Saudi buyer supplier-portal PO view: sample line open, production line on hold.
case("c18_portal_po_lines", [],
     "portal PO: 12 sample valves released, 288 not released until FAT sign-off + written release by named Procurement Manager; material sample-only",
     [H("iSupplier_PO_2024-PO-118822.html", "Purchase Order 2024-PO-118822 - Supplier view", T("""
        <h2>Arabian Water Technologies Co. &mdash; iSupplier Portal</h2>
        <p>Purchase Order <b>2024-PO-118822</b> &nbsp;|&nbsp; Revision 0 &nbsp;|&nbsp; Status: Open &nbsp;|&nbsp; Created 02-JUN-2024</p>
        <p>Supplier: Al Jubail Valve Manufacturing Co. (site: 2nd Industrial City, Dammam) &nbsp;|&nbsp; Currency: SAR &nbsp;|&nbsp; Terms: 60 days</p>
        <table>
          <tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Scope</th><th>Line status</th><th>Need-by</th></tr>
          <tr><td>1</td><td>AWT-CV-200</td><td>Dual-plate check valve DN200 PN25, body ASTM A216 WCB, plates CF8M, spring Inconel X-750</td><td>12</td><td>EA</td><td>SAMPLE</td><td>Open &ndash; released</td><td>30-JUN-2024</td></tr>
          <tr><td>2</td><td>AWT-CV-200</td><td>Same as line 1</td><td>288</td><td>EA</td><td>PRODUCTION</td><td>Not released &ndash; on hold</td><td>TBD</td></tr>
        </table>
        <div class="note">
          <p><b>Scope note.</b> Line 1 (12 sample valves) is released for production now. Line 2 is commercial cover
          only: it is not released until the factory acceptance test (FAT) sign-off on line 1 and a written release
          from Eng. Nawaf Al-Harbi (Procurement Manager). Material authority: sample-only (12 units).</p>
        </div>
        <p>Attachments: AWT-CV-200 datasheet rev 4.pdf, ITP-CV-200.pdf &nbsp;&nbsp; Buyer: Ms. Reem Al-Dossary, +966 11 460 2231</p>
        """))])

# ---------------------------------------------------------------- c19
# Peruvian mining multi-file bundle: PO + quote + PO note field. Quote declared informational.
case("c19_multifile_po_quote_note", [],
     "bundle PO + quote + note: 1 set (2 pcs) active, the quote's 40 sets informational/not released, on hold until wear-trial sign-off + written release by named superintendent; material sample-only",
     [P("OC_4200-1187_Huancavelica.pdf", [
         ("h1", "ORDEN DE COMPRA 4200-1187"),
         ("p", "Compania Minera Huancavelica S.A.A. - Jr. Huayna Capac 120, Lircay, Huancavelica, Peru - RUC 20100123455"),
         ("p", "Proveedor: Fundicion Metalurgica del Sur S.A.C. - Parque Industrial Rio Seco, Arequipa"),
         ("p", "Fecha: 06/06/2024    Moneda: USD    Entrega: almacen central Lircay (DAP)"),
         ("table", [
             ["Item", "Codigo", "Descripcion", "Cant.", "P. unit. USD"],
             ["1", "FMS-CC-4417", "Set mantle + concave, chancadora conica 4 1/4 ft, acero al Mn 18% Cr 2% (1 set = 2 pcs)", "1 set (2 pcs)", "14.800,00"],
         ]),
         ("sp",),
         ("p", "Alcance: ver nota de alcance adjunta (campo nota de la OC). Cotizacion de referencia FM-24-233 adjunta: "
               "las 40 unidades (sets) de produccion que muestra son informativas y NO estan liberadas. / Reference quote "
               "FM-24-233 attached: the 40 production sets it shows are informational only and NOT released."),
         ("p", "Comprador: Ing. Elena Huaman Ccori - ehuaman@cmhuancavelica.com.pe - +51 67 452 310"),
     ], title="OC 4200-1187", author="E. Huaman"),
      P("COT_FM-24-233.pdf", [
         ("h1", "Fundicion Metalurgica del Sur S.A.C. - COTIZACION FM-24-233"),
         ("p", "Cliente: Cia. Minera Huancavelica - Atn. Ing. Carlos Mendoza Salas - 22/05/2024"),
         ("table", [
             ["Item", "Descripcion", "Cant.", "P. unit. USD", "Plazo"],
             ["1", "Set mantle + concave 4 1/4 ft - primer set para prueba de desgaste", "1 set", "14.800,00", "6 semanas"],
             ["2", "Set mantle + concave 4 1/4 ft - produccion anual", "40 sets", "12.350,00", "8 semanas por lote de 10"],
         ]),
         ("p", "Validez 60 dias. Precios FCA Arequipa. Analisis quimico por colada incluido."),
         ("p", "Ing. Victor Zegarra - Jefe Comercial - +51 54 232 118"),
     ], title="Cotizacion FM-24-233", author="V. Zegarra"),
      X("nota_alcance_OC_4200-1187.txt", T("""
        OC 4200-1187 - CAMPO NOTA / PO NOTE FIELD (impreso del ERP)
        ALCANCE / SCOPE: 1 SET (2 PCS) MUESTRA / SAMPLE ONLY - RELEASED.
        BALANCE OF QUOTED PRODUCTION (40 SETS, COT FM-24-233) NOT RELEASED - ON HOLD
        UNTIL WEAR TRIAL SIGN-OFF (MIN. 1,500 H IN CRUSHER CH-02) AND WRITTEN RELEASE
        BY ING. CARLOS MENDOZA SALAS, SUPERINTENDENTE DE ABASTECIMIENTO.
        MATERIAL AUTHORITY: SAMPLE ONLY.
        """))])

# ---------------------------------------------------------------- c20
# Moroccan water utility: tender award letter authorizing the full 140 valves; option not awarded.
case("c20_award_letter_full_qty", [],
     "letter of award = written authority for the full 140 valves (80+60 in annex); optional 60 of lot 2-bis explicitly not exercised/not awarded; no sample stage",
     [P("Lettre_attribution_AO-12-2024_lot2.pdf", [
         ("h1", "Régie Intercommunale des Eaux du Saïss (RIES)"),
         ("p", "Direction des Achats - Avenue des FAR 212, Meknès, Maroc"),
         ("p", "Meknès, le 31 mai 2024 - Réf. DA/2024/0917"),
         ("p", "A: Robinetterie Industrielle du Maghreb SA, Zone Industrielle Ouled Saleh, Bouskoura - Casablanca"),
         ("h", "Objet: Lettre d'attribution / Letter of Award - Appel d'offres AO-12/2024, lot 2"),
         ("p", "Messieurs, we are pleased to inform you that lot 2 of tender AO-12/2024 is awarded to your company: "
               "140 gate valves DN200 PN16 (EN 1171, resilient seated, ductile iron EN-GJS-500-7) as listed in Annex 1, "
               "for a total of MAD 1.932.000,00 HT."),
         ("p", "This letter is your written authority to manufacture the full 140 valves. There is no sample stage for "
               "this lot; the factory acceptance test (FAT) will be witnessed by our inspector before shipment."),
         ("p", "Option: the tender also included an optional quantity of 60 valves (lot 2-bis). That option is NOT "
               "exercised and NOT awarded; do not manufacture against it."),
         ("p", "An advance payment of 10% is payable against a bank guarantee of equal amount, per article 18 of the CPS. "
               "Delivery: 16 weeks, to our Meknès central store."),
         ("h", "Annexe 1 / Annex 1"),
         ("table", [
             ["Pos.", "Désignation", "Qté"],
             ["2.1", "Robinet-vanne DN200 PN16 à volant / with handwheel", "80"],
             ["2.2", "Robinet-vanne DN200 PN16, platine ISO 5211 F14 pour actionneur électrique", "60"],
             ["", "Total lot 2", "140"],
         ]),
         ("sp",),
         ("p", "Veuillez agréer, Messieurs, nos salutations distinguées."),
         ("p", "Mme Naïma Berrada - Directrice des Achats"),
     ], title="Lettre d'attribution AO-12/2024", author="N. Berrada")])

# ---------------------------------------------------------------- c21
# Chilean citrus packer change order: dates and label change, quantity unchanged; full-quantity PO.
case("c21_change_order_qty_unchanged", [],
     "change order changes delivery split and label only; full-quantity PO 15.000 unchanged, split 7.500+7.500; 'proceed with the 15.000' is scoped",
     [D("OC_4500-7712_CO-03.docx", [
         ("h1", "ORDEN DE CAMBIO / CHANGE ORDER CO-03 a OC 4500-7712"),
         ("p", "Exportadora Cítricos del Limarí S.A. - Ruta D-43 km 12, Ovalle, Chile"),
         ("p", "Proveedor: Envases Plásticos del Maipo Ltda. - Av. Lo Espejo 0980, San Bernardo"),
         ("p", "Fecha: 03-06-2024. Motivo: nueva ventana de embarque naviera y requisito de etiquetado del importador (UE)."),
         ("table", [
             ["Campo / field", "Antes / before", "Después / after"],
             ["Entrega / delivery", "Semana 20: 15.000 clamshells", "Semana 21: 7.500 / semana 23: 7.500"],
             ["Etiqueta / label", "Logo + calibre", "Logo + calibre + 'Producto de Chile / Product of Chile' + GTIN-13"],
             ["Cantidad / quantity", "15.000 clamshells 1 kg mandarina", "15.000 (sin cambio / no change)"],
             ["Precio / price", "CLP 118 c/u", "CLP 121 c/u (etiqueta adicional)"],
         ]),
         ("sp",),
         ("p", "La OC 4500-7712 cubre la cantidad completa (15.000); no tiene etapa de muestras."),
         ("p", "Please proceed with the 15.000 clamshells under this change order; all other terms of PO 4500-7712 remain unchanged."),
         ("p", "Fernanda Ríos Tapia - Compras - frios@citricoslimari.cl - +56 53 262 4410"),
     ], author="F. Rios")])

# ---------------------------------------------------------------- c22
# Emirati contractor / Egyptian copper fittings maker: long thread with inline answers and a forward.
_c22_fwd = T("""
    ---------- Forwarded message ---------
    From: Anil Menon <ops@blueharbour-logistics.ae>
    Date: Sun, 2 Jun 2024 at 11:02
    Subject: Booking confirmation ALX-AUH / PO AD-7715
    To: Mariam Al Suwaidi <m.alsuwaidi@emiratesplumbing.ae>

    Dear Mariam,
    Booking confirmed on MSC sailing 24W from Alexandria (Dekheila) to Khalifa Port, ETD 21 June,
    transit 16 days. 1 x 20' GP, max payload 21,700 kg. Please ask the shipper to have the cargo at
    the terminal by 18 June, with commercial invoice, packing list and certificate of origin (Form A
    not needed for UAE, standard COO legalised by the chamber).
    Regards, Anil
    """)
_c22_txt = T("""
    Dear Eng. Sherif,

    Thank you for the detailed questions. My answers are inline below, marked [MS]. I also forward
    the forwarder's booking at the end so your logistics team has it.

    Best regards,
    Mariam

    """) + q(T("""
    On Thu, 6 Jun 2024 at 09:17, Sherif Nabil <s.nabil@cairocopper.com.eg> wrote:
    Dear Ms. Mariam,

    Good morning. We received PO AD-7715 (400 trial tees 22 mm, EN 1254-1) and we plan to start
    casting next week. Before that please confirm some points:

    1. Should we go ahead with the full 9,600 tees in the same campaign? It would save one furnace set-up.
    """)) + "\n[MS] No. Only the 400 trial tees on PO AD-7715 are released. The 9,200 balance is not\nreleased.\n\n" + q(T("""
    2. When will we get the release for the rest?
    """)) + "\n[MS] After the site pressure-test sign-off by our project engineer on the Al Reem tower\nmock-up, I will issue a written release for the balance, signed by me. Not before.\n\n" + q(T("""
    3. Can we buy copper tube for the 9,600 now to keep this month's LME price?
    """)) + "\n[MS] Material for the 400 only. If you want to propose a staged material authority with a cap,\nsend me a proposal and I will answer in writing.\n\n" + q(T("""
    4. Packing: 50 pcs per carton, 40 cartons per pallet OK?
    """)) + "\n[MS] Yes, 50 per carton. Cartons labelled with PO number and heat number please.\n\n" + q(T("""
    5. Marking: do you want your logo on the tee body?
    """)) + "\n[MS] No logo. Only size, EN 1254-1 and your maker's mark.\n\n" + q(T("""
    Best regards,
    Sherif Nabil
    Sales Engineer, Cairo Copper Fittings Co. - 10th of Ramadan City, Egypt
    """)) + "\n" + _c22_fwd + sig("Mariam Al Suwaidi", "Senior Procurement Officer", "Emirates Plumbing Contracting LLC, Abu Dhabi", "+971 2 555 0718")
_c22 = mail("Mariam Al Suwaidi <m.alsuwaidi@emiratesplumbing.ae>", "Sherif Nabil <s.nabil@cairocopper.com.eg>",
            "RE: PO AD-7715 trial tees - questions before casting", "Thu, 06 Jun 2024 14:55:00 +0400", _c22_txt,
            cc="Project Engineering <projects@emiratesplumbing.ae>", in_reply_to="<ad7715-q@cairocopper.com.eg>")
case("c22_long_thread_inline_answers", [],
     "long thread with inline answers: go-ahead question answered no; 400 released, 9,200 not released until pressure-test sign-off + written release by sender; material for 400",
     [E("RE_PO_AD-7715_trial_tees.eml", _c22)])

# ---------------------------------------------------------------- c23
# Argentine footwear buyer: pilot 100 pairs, explicit staged material authority for 1,000 (DOCX attached).
_c23_docx = docx_bytes([
    ("h1", "Autorización de material / Material authority - OC 7734"),
    ("p", "Calzados Patagonia S.A. - Av. Warnes 2150, CABA, Argentina"),
    ("p", "Proveedor: Fábrica de Calzado San Justo S.R.L. - San Justo, Buenos Aires"),
    ("p", "Tipo: STAGED (escalonada). This is a material authority, not a production release."),
    ("table", [
        ["Material", "Hasta / up to", "Responsabilidad / liability", "Válida hasta"],
        ["Cuero vacuno flor corregida 1,8-2,0 mm, negro", "1.000 pares / pairs", "Calzados Patagonia", "31/08/2024"],
        ["Suela TR bota Andes, pares 35-40", "1.000 pares / pairs", "Calzados Patagonia", "31/08/2024"],
        ["Forro, plantillas, cordones", "1.000 pares / pairs", "Proveedor / supplier", "-"],
    ]),
    ("sp",),
    ("p", "Production released: 100 pairs (pilot, size run 35-40). Cut and stitch only the 100 pairs."),
    ("p", "Firmado: Valeria Gómez - Jefa de Compras - 05/06/2024"),
], author="V. Gomez")
_c23_txt = T("""
    Hola Sergio, ¿cómo estás?

    Te paso el resumen de lo que acordamos ayer por teléfono para la bota Andes (OC 7734):

    - Pilot: 100 pairs released now (size run 35-40, as per the table in the OC).
    - The remaining 900 pairs are not released. They stay on hold until the fitting sign-off of the
      pilot in our Palermo store and my written release.
    - Material authority (staged): you may buy leather hides and TR soles for up to 1,000 pairs at our
      liability - details and limits in the attached sheet. This material authority is not a
      production release: cut and stitch only the 100.

    Cualquier duda me llamás.

    Saludos,
    Valeria
    """) + sig_plain("Valeria Gómez", "Jefa de Compras", "Calzados Patagonia S.A. - Av. Warnes 2150, CABA", "+54 11 4854-2200")
_c23 = mail("Valeria Gomez <vgomez@calzadospatagonia.com.ar>", "Sergio Benítez <sbenitez@calzadosanjusto.com.ar>",
            "OC 7734 bota Andes - piloto y autorización de material", "Wed, 05 Jun 2024 17:20:00 -0300",
            _c23_txt, html=simple_html(_c23_txt),
            attachments=[("Autorizacion_material_OC-7734.docx", _c23_docx, DOCX_MT)])
case("c23_staged_material_authority", [],
     "100 pilot pairs released; 900 on hold until fitting sign-off + written release by sender; explicit staged material authority up to 1,000 pairs (DOCX) is not a release",
     [E("OC_7734_bota_Andes_piloto.eml", _c23)])

# ---------------------------------------------------------------- c24
# Moroccan solar enclosure fabricator: weekly status report (supplier, non-authorizing), all in scope.
case("c24_supplier_status_in_scope", [],
     "supplier status report: 10 pilot built, 490 not started/not released and no material bought; other order full-quantity",
     [H("Rapport_hebdo_S23_Noor_Energy.html", "Rapport hebdomadaire S23 - Noor Energy Services", T("""
        <h2>Atlas Tôlerie Industrielle &mdash; Rapport hebdomadaire / weekly status &mdash; semaine 23</h2>
        <p>Client: Noor Energy Services SA, Ouarzazate &mdash; Attn. M. Youssef Tazi (Achats) &mdash; établi le 07/06/2024 à Kénitra</p>
        <table>
          <tr><th>Commande</th><th>Périmètre libéré / scope released</th><th>Avancement</th><th>Étape suivante</th><th>Matière</th></tr>
          <tr><td>PO NE-24-118 ligne 1</td><td>10 pilot enclosures (inverter, IP65)</td><td>10 built, internal FAT done 05/06</td><td>awaiting your pilot sign-off</td><td>bought for 10 only</td></tr>
          <tr><td>PO NE-24-118 ligne 2</td><td>490 enclosures &mdash; not released</td><td>not started</td><td>waiting for your written release (M. Youssef Tazi)</td><td>nothing bought</td></tr>
          <tr><td>PO NE-24-131</td><td>2 000 mounting brackets (full PO)</td><td>1 200 done, galvanising</td><td>ship 800 in week 25</td><td>on hand for 2 000</td></tr>
        </table>
        <p class="note">Nothing is started or purchased for the 490 enclosures of PO NE-24-118 until we receive your written release.</p>
        <p>Divers: the powder coater changes to RAL 7035 fine texture from week 24, same qualification. Visit of your QA planned 13/06.</p>
        <p>Hicham Bennani &mdash; Chef de projet &mdash; +212 537 37 41 90</p>
        """), lang="fr")])

# ---------------------------------------------------------------- c25
# Colombian Siesa PO printout: firm 300, forecast labelled not an order, more needs a new PO by named person.
case("c25_siesa_firm_plus_forecast", [],
     "Siesa PO firm 300 units; forecast 2.400/yr labelled reference only/not an order/not released; any further quantity needs a new PO signed by named Jefe de Compras",
     [X("SIESA_OC-000877.txt", T("""
        SIESA ENTERPRISE  -  ORDEN DE COMPRA                                 OC-000877
        ENSAMBLADORA ANDINA DE VEHICULOS S.A.S.   NIT 900.441.223-5
        Cra 50 # 12 Sur-110, Itagüí, Antioquia          Fecha: 2024/06/04
        ------------------------------------------------------------------------------
        PROVEEDOR: ARNESES Y CONECTORES DE COLOMBIA LTDA   NIT 830.118.662-1
        Contacto: Ing. Jairo Castaño   Tel: 604 444 1870
        Condición de pago: 45 días     Lugar de entrega: Planta Itagüí, bodega 2
        ------------------------------------------------------------------------------
        REF        DESCRIPCION                         UM    CANT     VR UNIT        VR TOTAL
        ARN-220    ARNES MOTOR BUS B12 REV F           UN     300   385.000,00  115.500.000,00
        ------------------------------------------------------------------------------
        ENTREGAS: 100 UN 2024/06/28 - 100 UN 2024/07/26 - 100 UN 2024/08/23
        ------------------------------------------------------------------------------
        OBSERVACIONES:
        1. Cantidad en firme: 300 UN (esta OC). / Firm quantity: 300 units on this PO.
        2. Pronóstico 2024-2025: 2.400 UN/año - SOLO REFERENCIA, NO ES ORDEN DE COMPRA,
           NO LIBERADO. / Forecast for reference only, not an order, not released.
        3. Cualquier cantidad adicional a las 300 UN requiere una nueva OC firmada por
           Natalia Pérez Rojas, Jefe de Compras.
        4. Certificado de calidad por lote, prueba de continuidad 100%.
        ------------------------------------------------------------------------------
        ELABORÓ: JCASTRILLON          AUTORIZÓ: NPEREZ          Página 1 de 1
        """))])


# =================================================================== WITH RISKS
# ---------------------------------------------------------------- p01 (A)
# Peruvian mine: sample PO + supplier quote as separate files; PO silent about the balance.
case("p01_multifile_sample_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "bundle: PO releases 3 sample liners; quote beside it shows 150 production pcs with no informational/not-released note; no hold, no unlock event, no release person",
     [P("OC_4500-2217_Minera_Los_Andes.pdf", [
         ("h1", "ORDEN DE COMPRA No. 4500-2217"),
         ("p", "Minera Los Andes de Cajamarca S.A. - Km 24 Carretera Cajamarca-Bambamarca, Cajamarca, Peru - RUC 20453311877"),
         ("p", "Proveedor: Fundicion Ferrosa Arequipa S.A.C. - Av. Alfonso Ugarte 1205, Cercado, Arequipa"),
         ("p", "Fecha de emision: 03/06/2024     Moneda: USD     Condicion de pago: 30 dias fecha factura"),
         ("table", [
             ["Item", "Codigo", "Descripcion", "Cant.", "UM", "P. unit.", "Total"],
             ["1", "FF-LP-2217 rev 4", "Placa de desgaste / wear liner plate, chute de transferencia CV-03, Ni-Hard 4, 600 BHN", "3", "PZA", "1.180,00", "3.540,00"],
         ]),
         ("sp",),
         ("p", "Observaciones / remarks: Muestras para prueba de desgaste en el chute CV-03 (faja de relaves) / samples for "
               "the wear trial on transfer chute CV-03. Ref.: su cotizacion / your quote COT-2024-0318. Entregar con "
               "certificado de material, reporte dimensional y de dureza."),
         ("p", "Lugar de entrega: Almacen Mina, Cajamarca. Horario 07:00-16:00. Guia de remision con numero de OC."),
         ("p", "Facturacion electronica a facturas@minalosandes.pe indicando la OC."),
         ("sp",),
         ("p", "Ing. Patricia Rojas Chavez - Compradora - projas@minalosandes.pe - +51 76 365 220"),
     ], title="OC 4500-2217", author="P. Rojas"),
      P("COT-2024-0318_Fundicion_Ferrosa.pdf", [
         ("h1", "Fundicion Ferrosa Arequipa S.A.C."),
         ("h", "COTIZACION COT-2024-0318"),
         ("p", "Senores: Minera Los Andes de Cajamarca S.A. - Atn.: Ing. Patricia Rojas - Arequipa, 20/05/2024"),
         ("table", [
             ["Item", "Descripcion", "Cant.", "P. unit. USD", "Plazo de entrega"],
             ["1", "Placa de desgaste / wear liner FF-LP-2217 rev 4, Ni-Hard 4 - muestra / sample", "3", "1.180,00", "4 semanas / weeks"],
             ["2", "Placa de desgaste / wear liner FF-LP-2217 rev 4, Ni-Hard 4 - produccion / production", "150", "865,00", "8 semanas / weeks"],
         ]),
         ("p", "Precios no incluyen IGV. Flete a Cajamarca incluido. Validez de la oferta: 45 dias."),
         ("p", "Atentamente, Ing. Renzo Valdivia - Area Comercial - +51 54 421 090"),
     ], title="COT-2024-0318", author="R. Valdivia")])

# ---------------------------------------------------------------- p02 (B)
# Emirati solar buyer sends a pilot PO with the supplier quote (2,000 series) attached; body silent.
_p02_po = pdf([
    ("h1", "Falcon Renewable Systems FZE - PURCHASE ORDER FRS-PO-24-0419"),
    ("p", "Dubai Silicon Oasis, Building A4, Dubai, UAE - TRN 100234567800003"),
    ("p", "Supplier: Precision Enclosures Tunisia SARL, Zone Industrielle Sidi Abdelhamid, Sousse, Tunisia"),
    ("p", "Date: 04 June 2024     Currency: USD     Incoterm: DAP Jebel Ali (Incoterms 2020)"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
        ["1", "FRS-INV-ENC-02 rev C", "Pilot enclosure for 50 kW string inverter, 1.5 mm Al 5052, IP66, RAL 7035", "5", "690.00", "3,450.00"],
    ]),
    ("sp",),
    ("p", "Delivery: 5 weeks from PO. Documents: CoC, IP test report, coating thickness report."),
    ("p", "Buyer: Khalid Al Hammadi, Procurement Officer - procurement@falconrenewable.ae"),
], title="FRS-PO-24-0419", author="K. Al Hammadi")
_p02_quote = pdf([
    ("h1", "Precision Enclosures Tunisia SARL - OFFRE / QUOTATION Q-PET-2231 rev B"),
    ("p", "To: Falcon Renewable Systems FZE, Dubai - Attn. Mr. Khalid Al Hammadi - Sousse, 21 May 2024"),
    ("table", [
        ["Pos.", "Description", "Qty", "Unit price USD", "Lead time"],
        ["1", "Enclosure FRS-INV-ENC-02 rev C - pilot", "5", "690.00", "5 weeks"],
        ["2", "Enclosure FRS-INV-ENC-02 rev C - series", "2,000", "318.00", "10 weeks"],
    ]),
    ("p", "Validity 60 days. Packing: wooden crate, 4 enclosures per crate. Payment: 30 days from B/L."),
    ("p", "Mehdi Gharsallah - Directeur Commercial - +216 73 321 440"),
], title="Q-PET-2231 rev B", author="M. Gharsallah")
_p02_txt = T("""
    Dear Mr. Mehdi,

    Good day. Please find attached our PO FRS-PO-24-0419 for five (5) pilot enclosures, 1.5 mm
    aluminium 5052, IP66, drawing FRS-INV-ENC-02 rev C (rev C moves the fan cut-out 40 mm up and adds
    the drip shield).

    Attached also your quotation Q-PET-2231 rev B and the PO PDF.

    Delivery: DAP Jebel Ali, 5 weeks. Kindly send the order acknowledgement within 48 hours and share
    the coating supplier's datasheet.

    Regards,
    Khalid
    """) + sig("Khalid Al Hammadi", "Procurement Officer", "Falcon Renewable Systems FZE, Dubai Silicon Oasis", "+971 4 501 6620")
_p02 = mail("Khalid Al Hammadi <procurement@falconrenewable.ae>", "Mehdi Gharsallah <m.gharsallah@pet-enclosures.tn>",
            "PO FRS-PO-24-0419 - pilot enclosures", "Tue, 04 Jun 2024 12:10:00 +0400", _p02_txt,
            html=simple_html(_p02_txt),
            attachments=[("FRS-PO-24-0419.pdf", _p02_po, PDF_MT), ("Q-PET-2231_revB.pdf", _p02_quote, PDF_MT)])
case("p02_pilot_po_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "pilot PO for 5 with supplier quote attached showing 2,000 series and no informational note; nothing about the balance, unlock event or release person",
     [E("PO_FRS-PO-24-0419_pilot.eml", _p02)])

# ---------------------------------------------------------------- p03 (C)
# Mexican SAP printout: sample line + production line with delivery date, no status; approval in two senses.
case("p03_sap_two_lines_no_hold", ["RG001", "RG003", "RG004", "RG005", "RG009"],
     "SAP PO: 25 PPAP samples + 2,475 series line with date and no hold; no unlock event/person; 'approved/approval' used for PO release strategy and for sample approval",
     [X("ME9F_4500774120.txt", T("""
        SAP  ME9F   Pedido 4500774120                                   Impreso 05.06.2024 08:41
        ================================================================================
        COMPONENTES AUTOMOTRICES DE SALTILLO S.A. DE C.V.      RFC CAS-990212-QK3
        Blvd. Fundadores 7700, Ramos Arizpe, Coahuila, México
        --------------------------------------------------------------------------------
        Proveedor   200455   ARNESES INTEGRADOS DEL NORTE S.A. DE C.V.  Cd. Juárez, Chih.
        Grupo compras  M12   Arneses/Cableado      Moneda  USD     Incoterm  FCA Cd. Juárez
        Approval status: APPROVED  (release strategy C1 - Gerente de Compras, 04.06.2024)
        --------------------------------------------------------------------------------
        Pos   Material          Descripción                         Cantidad UM  Entrega
        00010 ARN-5520-07 REV B ARNES PUERTA DEL. IZQ. - MUESTRAS PPAP    25 PZ  21.06.2024
        00020 ARN-5520-07 REV B ARNES PUERTA DEL. IZQ. - PRODUCCION   2,475 PZ  15.08.2024
        --------------------------------------------------------------------------------
        Texto posición 00010:
          Samples subject to approval by SQA before shipment. PPAP level 3, incluir PSW,
          estudio dimensional, IMDS y plan de control.
        Texto posición 00020:
          Empaque retornable KLT 6429, 20 pz por caja. Etiqueta AIAG B-10.
        --------------------------------------------------------------------------------
        Precio neto pos. 00010:  48.20 USD/PZ      Precio neto pos. 00020:  31.75 USD/PZ
        Valor total del pedido:  79,786.25 USD
        Condiciones: 60 días neto. Términos y condiciones generales CAS-TC-2023 aplican.
        Comprador: Ing. Héctor Garza Leal   hgarza@cas-saltillo.com.mx   +52 844 438 1200
        """))])

# ---------------------------------------------------------------- p04 (D)
# Tunisian olive-oil bottler Odoo PO for sample bottles; quote terms with 120,000 pasted in notes.
case("p04_odoo_po_quote_terms", ["RG001", "RG003", "RG004", "RG005"],
     "Odoo PO for 300 sample bottles with the quote's 120,000-bottle production price pasted in the terms, unmarked; silent on balance, unlock event, release person",
     [H("Odoo_P00417_Huilerie_El_Baraka.html", "Bon de commande P00417", T("""
        <div style="float:right;color:#777">Odoo &mdash; Achats</div>
        <h2>Huilerie El Baraka SARL</h2>
        <p>Route de Tunis km 4, 3027 Sfax, Tunisie &mdash; MF 1288733/A/M/000</p>
        <h3>Bon de commande / Purchase order n&deg; P00417</h3>
        <p>Fournisseur: Alexandria Glass Containers Co., Borg El Arab Industrial Zone, Alexandria, Egypt<br>
        Date de commande: 05/06/2024 &nbsp; Date prévue: 01/07/2024 &nbsp; Représentant achats: Mme Amel Chaabane</p>
        <table>
          <tr><th>Description</th><th>Date prévue</th><th>Qté</th><th>Prix unitaire</th><th>Taxes</th><th>Montant</th></tr>
          <tr><td>[BTL-750-MAR] Bouteille marasca 750 ml verre extra-blanc, bague 31,5 DIN &mdash; échantillons / samples</td><td>01/07/2024</td><td>300,00 Unités</td><td>0,520 TND</td><td>TVA 19%</td><td>156,000 TND</td></tr>
        </table>
        <p>Montant HT: 156,000 TND &nbsp; TVA: 29,640 TND &nbsp; <b>Total: 185,640 TND</b></p>
        <h4>Conditions générales / terms</h4>
        <p>Merci de confirmer la réception de ce bon de commande. Livraison DAP Sfax, palette filmée.</p>
        <p>Conditions reprises de votre offre AGC-Q-0522: Prix production: 0,410 TND/bouteille pour 120 000 bouteilles,
        MOQ 1 camion complet (28 palettes), délai 6 semaines. Décoration sérigraphie 1 couleur en option.</p>
        <p>Paiement: 60 jours fin de mois. Les bouteilles doivent être conformes au règlement (CE) 1935/2004.</p>
        <p style="color:#777">Page 1 / 1</p>
        """), lang="fr")])

# ---------------------------------------------------------------- p05 (E)
# Chilean copper: sample PO (DOCX) + supplier ack (EML) saying copper for the full 10,000 is already bought.
_p05_ack_txt = T("""
    Estimada Sra. Paula:

    Junto con saludar, confirmamos su OC 7781 por 50 piezas de muestra de la tee de cobre 22 mm,
    entrega semana 27 en su bodega de Concepción.

    Para mantener el precio cotizado (10.000 piezas a USD 1,42) ya aseguramos con nuestro proveedor
    el tubo de cobre para las 10.000 piezas; lo tenemos en bodega desde el lunes. Así no corremos
    riesgo con la variación del cobre en la LME. / To hold the quoted price (10,000 pcs at USD 1.42)
    we already secured the copper tube for the full 10,000 pcs; it is in our warehouse since Monday.

    Quedamos atentos a cualquier consulta.

    Saludos cordiales,
    Héctor Muñoz Valdés
    Ejecutivo Comercial
    Bronces y Cobres Rancagua S.A. - Camino Los Lirios 1440, Rancagua - +56 72 223 5510
    """)
_p05_ack = mail("Hector Munoz <hmunoz@bcrancagua.cl>", "Paula Sepúlveda <psepulveda@dsanitariasur.cl>",
                "RE: OC 7781 - confirmación", "Fri, 07 Jun 2024 10:05:00 -0400", _p05_ack_txt,
                in_reply_to="<oc7781@dsanitariasur.cl>")
case("p05_multifile_po_docx_ack_material", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "bundle: DOCX PO releases 50 samples and says nothing about the balance/unlock/person; supplier ack shows 10,000 quoted and copper tube already bought for 10,000",
     [D("OC_7781_Distribuidora_Sanitaria_del_Sur.docx", [
         ("h1", "ORDEN DE COMPRA N° 7781"),
         ("p", "Distribuidora Sanitaria del Sur SpA - Av. Colón 3025, Talcahuano / Concepción, Chile - RUT 77.210.884-K"),
         ("p", "Proveedor: Bronces y Cobres Rancagua S.A. - Atención: Héctor Muñoz Valdés"),
         ("p", "Fecha: 03-06-2024       Condición de pago: 30 días       Ref.: cotización COT-BCR-0912"),
         ("table", [
             ["Ítem", "Código", "Descripción", "Cantidad", "Precio unit. USD"],
             ["1", "TE-CU-22", "Tee igual de cobre 22 mm para soldar, NCh 951 / EN 1254-1 - muestras", "50", "2,10"],
         ]),
         ("sp",),
         ("p", "Despachar a bodega Concepción, Av. Colón 3025, lunes a viernes 08:30-17:00."),
         ("p", "Adjuntar certificado de calidad del lote y ficha técnica."),
         ("p", "Paula Sepúlveda Lagos - Compradora - psepulveda@dsanitariasur.cl - +56 41 248 3300"),
     ], author="P. Sepulveda"),
      E("RE_OC_7781_confirmacion.eml", _p05_ack)])

# ---------------------------------------------------------------- p06 (F)
# Portuguese hospital-bed buyer: "start the pre-series as discussed" - the pre-series quantity is never written.
_p06_txt = T("""
    Bom dia Eng. Lopes,

    Following Tuesday's meeting in Águeda, please start the pre-series of the electric hospital beds
    (model MQ-400, general arrangement drawing MQ-400-GA rev F) as discussed, under our PO 2024/0619,
    line 1 (pre-series).

    The series of 300 beds (PO line 2) is not released. It stays on hold until our clinical and
    electrical-safety sign-off of the pre-series (IEC 60601-2-52 / IEC 60601-1) and a written release
    signed by me.

    Material: buy material for the pre-series only.

    Two technical points from the meeting, for the record:
      - side rails: the 220 mm gap must be checked with the new mattress MQ-M14 (14 cm);
      - castors: 150 mm twin-wheel, central locking, antistatic.

    Com os melhores cumprimentos,
    Rui Carvalho
    """) + sig_plain("Eng. Rui Carvalho", "Diretor de Compras", "MedEquipa - Equipamentos Hospitalares, S.A. - Rua do Freixo 1071, Porto", "+351 225 190 440",
                     "Esta mensagem e quaisquer anexos são confidenciais. Se a recebeu por engano, por favor apague-a e informe o remetente.")
_p06 = mail("Rui Carvalho <rui.carvalho@medequipa.pt>", "Eng. Joaquim Lopes <jlopes@metalvouga.pt>",
            "Camas MQ-400 - pré-série", "Thu, 06 Jun 2024 09:05:00 +0100", _p06_txt, html=simple_html(_p06_txt))
case("p06_preseries_as_discussed", ["RG010"],
     "authorizes 'the pre-series ... as discussed' without ever stating how many beds; balance 300 on hold, unlock event and release person (sender) are present",
     [E("Camas_MQ-400_pre-serie.eml", _p06)])

# ---------------------------------------------------------------- p07 (G)
# Colombian shoe maker WhatsApp: "start with the sample soles" - quantity left to "what we agreed".
case("p07_whatsapp_samples_no_qty", ["RG010"],
     "buyer authorizes 'the sample soles' in sizes 37 and 40 but never says how many; production on hold until fitting test + sample sign-off + her written release",
     [X("WhatsApp_Chat_Suelas_del_Valle.txt", T("""
        10/06/24, 7:52 a. m. - Wilmer Rentería: buenas Camila, the sole mould for TR-2291 is ready 💪 ¿arrancamos?
        10/06/24, 7:58 a. m. - Camila Ortiz: hola Wilmer! yes, start with the sample soles for the new model (ref. TR-2291, talla 37 y 40 como hablamos)
        10/06/24, 7:59 a. m. - Camila Ortiz: the production for the 6 colours is NOT released, ojo. It stays on hold until our fitting test and the sample sign-off, then I send you the written release myself.
        10/06/24, 8:03 a. m. - Wilmer Rentería: perfecto. ¿cuántos pares de muestra entonces?
        10/06/24, 8:10 a. m. - Camila Ortiz: como quedamos en la reunión 👍
        10/06/24, 8:10 a. m. - Wilmer Rentería: listo
        10/06/24, 8:12 a. m. - Camila Ortiz: and material only for the samples porfa, no compren TR para la producción
        10/06/24, 8:13 a. m. - Wilmer Rentería: 👌 sí señora
        10/06/24, 9:40 a. m. - Wilmer Rentería: <Multimedia omitido>
        10/06/24, 9:40 a. m. - Wilmer Rentería: así quedó el molde, sale la primera inyección hoy en la tarde
        """))])

# ---------------------------------------------------------------- p08 (H)
# Moroccan water-treatment buyer's letter: "proceed with the prototypes" - no quantity, nothing about the series.
case("p08_letter_prototypes_only_text", ["RG003", "RG004", "RG005", "RG010"],
     "letter authorizes the prototypes (scoped, so not RG002) but never states how many; never says the series of the offer is not released; no unlock event; no release person",
     [D("Lettre_SOMATE_prototypes_VP300.docx", [
         ("p", "SOMATE - Société Marocaine de Traitement des Eaux SA"),
         ("p", "Boulevard Moulay Slimane, Aïn Sebaâ, 20250 Casablanca - RC 118233 - ICE 000088776000092"),
         ("p", "Casablanca, le 4 juin 2024"),
         ("p", "A l'attention de M. Abdelilah Chraibi, Fonderie et Robinetterie de Berrechid, ZI Berrechid, lot 33"),
         ("h", "Objet: Vannes papillon DN300 PN10 - prototypes / butterfly valves DN300 - prototypes"),
         ("p", "Monsieur,"),
         ("p", "Suite à notre réunion du 28 mai, nous vous prions de procéder à la fabrication des prototypes selon le plan "
               "SOM-VP-300 indice C. / Following our meeting of 28 May, please proceed with the prototypes according to "
               "drawing SOM-VP-300 index C, with EPDM seat (WRAS-listed compound) and ductile-iron body EN-GJS-400-15."),
         ("p", "Essais / tests: hydrostatic shell test at 1.5 x PN and seat test at 1.1 x PN per EN 12266-1; coating "
               "epoxy 250 micron, holiday test. Marking per EN 19."),
         ("p", "Livraison à notre atelier d'Aïn Sebaâ. Facturation selon votre offre OF-24-117 (prototypes et série)."),
         ("p", "Veuillez agréer, Monsieur, l'expression de nos salutations distinguées."),
         ("p", "Latifa Bennani - Acheteuse, Service Achats"),
     ], author="L. Bennani")])

# ---------------------------------------------------------------- p09 (I)
# Saudi desalination iSupplier PO: first-article line is amount-based, so no quantity is authorized anywhere.
case("p09_portal_amount_based_line", ["RG010"],
     "portal PO: first-article line is amount-based (SAR 48,000) with no quantity; line 2 1,500 not released until first-article sign-off + written release by named manager",
     [H("iSupplier_PO_RSW-24-5521.html", "Purchase Order RSW-24-5521", T("""
        <h2>Red Sea Water Desalination Co. &mdash; iSupplier Portal</h2>
        <p>PO <b>RSW-24-5521</b> &nbsp;|&nbsp; Rev 0 &nbsp;|&nbsp; Status: Open &nbsp;|&nbsp; Buyer: Eng. Saad Al-Otaibi &nbsp;|&nbsp; Yanbu Industrial City</p>
        <p>Supplier: Composite Vessels Egypt S.A.E. (Sadat City) &nbsp;|&nbsp; Currency SAR &nbsp;|&nbsp; Payment: 45 days</p>
        <table>
          <tr><th>Line</th><th>Type</th><th>Description</th><th>Qty</th><th>UOM</th><th>Amount</th><th>Line status</th></tr>
          <tr><td>1</td><td>Amount-based</td><td>FRP membrane pressure vessel 8 in, 7 elements, 1200 psi, side ports 3 in &mdash; FIRST ARTICLES per quotation CVE-Q-771</td><td>&mdash;</td><td>&mdash;</td><td>48,000.00</td><td>Open &ndash; released</td></tr>
          <tr><td>2</td><td>Quantity-based</td><td>Same vessel &mdash; PRODUCTION</td><td>1,500</td><td>EA</td><td>4,875,000.00</td><td>Not released &ndash; on hold</td></tr>
        </table>
        <div class="note"><p>Line 2 is not released. It is on hold until first-article sign-off (hydrostatic test at 1.5 x design
        pressure and 100,000-cycle fatigue test per ASME Section X) and a written release from Eng. Saad Al-Otaibi,
        Procurement Manager. Material authority: first articles only.</p></div>
        <p>Ship-to: RSWD Yanbu Phase 3 site store, gate 4. Documents: ASME stamp certificate, resin CoA, NSF/ANSI 61 listing.</p>
        """))])

# ---------------------------------------------------------------- p10 (J)
# Argentine lemon packer / carton maker: thread; the buyer's last reply is a bare "approved - go ahead".
_p10_orig = T("""
    Hola Sebastián,

    Te envío la OC 3300-5521: 800 cajas de muestra (caja telescópica 18 kg limón, impresión 2 colores,
    arte v5). Only these 800 are released. The remaining 119,200 cartons of the season quote stay on
    hold until the packing-line trial sign-off at our Famaillá plant and a written release from me.

    Saludos,
    Lina Morales
    Jefa de Compras - Citrícola Tucumana S.A.
    """)
_p10_sup = T("""
    Lina, buenas tardes.

    The 800 samples are ready, trial pallet leaves tomorrow on the 07:00 truck to Famaillá.

    Two things:
    (1) our usual hot-melt supplier is out of stock until July; can we switch to Henkel Technomelt
        for the glue flap? TDS attached, same open time, food-contact declaration included.
    (2) We are ready on our side, corrugator slot booked for next week.

    Abrazo,
    Sebastián Díaz
    Cartonera del Norte SRL - Parque Industrial Tucumán, Lules
    """)
_p10_txt = T("""
    Hola Sebastián, approved — go ahead 👍

    Saludos,
    Lina
    """) + "\n" + q("El mar, 4 jun 2024 a las 16:40, Sebastián Díaz <sdiaz@cartoneradelnorte.com.ar> escribió:\n" + _p10_sup) + q(
    "El lun, 27 may 2024 a las 09:12, Lina Morales <lmorales@citricolatucumana.com.ar> escribió:\n" + _p10_orig, 2)
_p10 = mail("Lina Morales <lmorales@citricolatucumana.com.ar>", "Sebastián Díaz <sdiaz@cartoneradelnorte.com.ar>",
            "RE: OC 3300-5521 cajas muestra - pegamento / slot", "Tue, 04 Jun 2024 18:02:00 -0300", _p10_txt,
            in_reply_to="<cdn-3300-5521-2@cartoneradelnorte.com.ar>")
case("p10_thread_bare_approved_go_ahead", ["RG002"],
     "after a supplier message mixing a glue question with 'corrugator slot booked', the buyer answers only 'approved - go ahead' without scope or quantity; quoted PO is otherwise complete",
     [E("RE_OC_3300-5521_cajas_muestra.eml", _p10)])

# ---------------------------------------------------------------- p11 (K)
# Egyptian hospital-furniture WhatsApp: scope set early; later a bare "approved ✅ go ahead" on a packing layout.
case("p11_whatsapp_tamam_approved", ["RG002"],
     "chat: scope complete (4 pilot, 196 on hold until biomedical pilot sign-off + her written release); later 'tamam, approved ✅ yalla go ahead' with no scope or quantity",
     [X("WhatsApp_Chat_Mona_Adel_ElObour.txt", T("""
        02/06/2024, 10:14 - Mona Adel: Good morning Ahmed. PO 6100-0355 sent by mail. To be clear: 4 pilot beds only are released. The other 196 are not released, on hold until our biomedical team signs the pilot inspection and I send the written release.
        02/06/2024, 10:20 - Ahmed Samir: sabah el kheir ya Eng. Mona 🙏 received, 4 pilots. delivery 20 June to Maadi
        02/06/2024, 10:21 - Mona Adel: 👍
        09/06/2024, 13:02 - Ahmed Samir: <Media omitted>
        09/06/2024, 13:02 - Ahmed Samir: packing layout for the 40ft container + label proposal (Arabic/English, UDI space left)
        09/06/2024, 13:03 - Ahmed Samir: all ready from our side ya fandem, waiting for you
        09/06/2024, 15:47 - Mona Adel: tamam, approved ✅ yalla go ahead
        09/06/2024, 15:48 - Ahmed Samir: shukran ya Eng. 🌹
        """))])

# ---------------------------------------------------------------- p12 (L)
# Chilean citrus packer meeting minutes: scope complete, but an action item says "Supplier to proceed."
case("p12_minutes_supplier_to_proceed", ["RG002"],
     "minutes state 800 active, 79.200 on hold until print-proof/stacking sign-off + written release by named manager; action item 'supplier to proceed' is unscoped",
     [P("Acta_reunion_Fruticola_Elqui_CIM.pdf", [
         ("h1", "ACTA DE REUNION / MINUTES"),
         ("p", "Fruticola Valle de Elqui S.A. / Cartones Impresos del Maule S.A. - 05-06-2024, 15:00, planta Vicuna"),
         ("p", "Asistentes: Francisca Soto Vidal (Jefa de Abastecimiento, FVE), Marcelo Araya (Calidad, FVE), "
               "Rodrigo Pino (Ventas, CIM), Carolina Espinoza (Preprensa, CIM)"),
         ("h", "1. Alcance de la OC 4500-6630 (caja exportacion mandarina 2,3 kg)"),
         ("p", "800 sample cartons are released. The balance of 79.200 cartons is not released and stays on hold until the "
               "print-proof and stacking-test sign-off by Calidad and a written release from Francisca Soto Vidal."),
         ("h", "2. Arte y etiquetado"),
         ("p", "Artwork v4 reviewed with the SAG export label and the USDA-APHIS block. Colores: Pantone 151 C + negro."),
         ("h", "3. Ensayo de apilamiento / stacking test"),
         ("p", "BCT minimo 320 kgf; ensayo a 90% HR en el laboratorio de FVE, 10 cajas de la muestra."),
         ("h", "4. Acuerdos / action items"),
         ("table", [
             ["#", "Tema", "Acuerdo", "Responsable", "Fecha"],
             ["1", "Artwork v4", "OK. Supplier to proceed.", "CIM - R. Pino", "10-06-2024"],
             ["2", "Ensayo BCT", "Ejecutar con 10 cajas de la muestra", "FVE - M. Araya", "17-06-2024"],
             ["3", "Pallet", "Esquineros de carton, 12 camadas", "CIM - R. Pino", "10-06-2024"],
         ]),
         ("sp",),
         ("p", "Redacto: Marcelo Araya. Proxima reunion: 19-06-2024."),
     ], title="Acta FVE-CIM 05-06-2024", author="M. Araya")])

# ---------------------------------------------------------------- p13 (M)
# Argentine footwear thread: "¡Aprobado! ... approved by gerencia ... approved by our modelist ... go ahead."
_p13_orig = T("""
    Buenos días Ramiro,

    Va la OC 8812 por 24 pares de muestra (twenty-four pairs), modelo Mocasín Río, curva 36-41,
    cuero suela color suela. The balance of 1,176 pairs on the quote is on hold until the fitting
    sign-off in our Córdoba showroom and a written release from me.

    Saludos,
    Romina Acosta
    Compras - Calzados del Sur S.A.
    """)
_p13_sup = T("""
    Romina, ¿qué tal?

    Dos temas antes de seguir:
    1. Price update: the leather tannery raised +6% from 1 June; new price ARS 38.900 per pair for
       the production pairs. Please confirm.
    2. Hormas (lasts): we modified the toe spring and the instep as your modelist asked; photos
       attached.

    Quedamos a la espera.
    Ramiro Quiroga
    Fábrica de Calzado Villa María S.R.L.
    """)
_p13_txt = T("""
    Ramiro,

    ¡Aprobado! The +6% is approved by our gerencia and the new lasts are approved by our modelist,
    so everything is approved — go ahead.

    Abrazo,
    Romina
    """) + sig_plain("Romina Acosta", "Compras", "Calzados del Sur S.A. - Bv. Los Alemanes 3410, Córdoba", "+54 351 475-2290") + "\n" + q(
    "El jue, 6 jun 2024 a las 11:15, Ramiro Quiroga <rquiroga@calzadovm.com.ar> escribió:\n" + _p13_sup) + q(
    "El lun, 3 jun 2024 a las 09:30, Romina Acosta <racosta@calzadosdelsur.com.ar> escribió:\n" + _p13_orig, 2)
_p13 = mail("Romina Acosta <racosta@calzadosdelsur.com.ar>", "Ramiro Quiroga <rquiroga@calzadovm.com.ar>",
            "RE: OC 8812 Mocasín Río - precio y hormas", "Thu, 06 Jun 2024 17:44:00 -0300", _p13_txt,
            html=simple_html(_p13_txt), in_reply_to="<vm-8812-2@calzadovm.com.ar>")
case("p13_aprobado_everything_go_ahead", ["RG002", "RG009"],
     "'approved' used for a commercial approval (+6% by management) and a technical one (lasts by modelist), then 'everything is approved - go ahead' with no scope or quantity",
     [E("RE_OC_8812_Mocasin_Rio.eml", _p13)])

# ---------------------------------------------------------------- p14 (N)
# Saudi water-valve buyer Telegram: scope set; later "checked, good to run 👍" on a pattern-change report.
case("p14_telegram_good_to_run", ["RG002"],
     "chat: 10 FAT valves released, 490 on hold until FAT witness sign-off + his written release; later 'checked, good to run' with no scope or quantity",
     [X("Telegram_Turki_AlShehri_DVI.txt", T("""
        Turki Al-Shehri, [02.06.2024 09:05]
        Yousef good morning. PO 7400-0215: 10 check valves DN150 for FAT are released. The 490 balance is on hold until the FAT witness sign-off and my written release. Please confirm.

        Yousef Al-Mutairi, [02.06.2024 09:31]
        Good morning Eng. Turki, confirmed: 10 for FAT, 490 on hold 👍

        Yousef Al-Mutairi, [08.06.2024 14:10]
        [Document: DVI-CR-0042_pattern_change_dim_report.pdf]
        Eng. Turki, dimensional report after the pattern change on the body (core print moved 3 mm), all 46 dims in tolerance. please check

        Turki Al-Shehri, [08.06.2024 16:52]
        checked, good to run 👍

        Yousef Al-Mutairi, [08.06.2024 16:53]
        thank you Eng. 🙏
        """))])

# ---------------------------------------------------------------- p15 (P)
# Chilean mining buyer letter: the release comes from "our planning department, after internal approval".
case("p15_release_by_department", ["RG005"],
     "6 lifter bars active, 234 not released until wear-trial sign-off and written release, but the releaser is only 'our planning department after internal approval in our company'",
     [D("Carta_OC_5520-0311_barras_levantadoras.docx", [
         ("p", "Compañía Minera Altiplano SpA - Av. Granaderos 2280, Calama, Región de Antofagasta"),
         ("p", "Calama, 05 de junio de 2024"),
         ("p", "Señores Maestranza Industrial Los Ángeles S.A. - Atn.: Sr. Patricio Henríquez, Jefe de Ventas"),
         ("h", "Ref.: OC 5520-0311 - barras levantadoras molino SAG 36 ft"),
         ("p", "De nuestra consideración:"),
         ("p", "Por medio de la presente confirmamos la OC 5520-0311 por seis (6) barras levantadoras (lifter bars) de "
               "muestra, plano MA-SAG-LB-07 rev 3, acero Cr-Mo 340-400 BHN, para la prueba de desgaste en el molino SAG-01."),
         ("p", "The remaining 234 lifter bars of your quotation MIL-2024-0877 are not released. They stay on hold until "
               "the wear-trial sign-off and the written release from our planning department, after internal approval "
               "in our company."),
         ("p", "Material authority: sample-only (6 pcs). Entrega DAP bodega central Calama, con certificados de colada y "
               "dureza, marcación con número de OC y colada."),
         ("p", "Sin otro particular, saluda atentamente,"),
         ("p", "Jorge Pizarro Rivera - Comprador Senior - Abastecimiento"),
     ], author="J. Pizarro")])

# ---------------------------------------------------------------- p16 (Q)
# Moroccan bus assembler PO: balance "bloqué jusqu'à nouvel ordre" - no event, no person.
case("p16_po_balance_until_further_notice", ["RG004", "RG005"],
     "200 sample harnesses active; 9,800 'on hold until further notice' names no unlock event and no release person",
     [P("BC-2024-0611_SOMACI.pdf", [
         ("h1", "SOMACI - BON DE COMMANDE / PURCHASE ORDER BC-2024-0611"),
         ("p", "Société Marocaine de Carrosserie Industrielle SA - Route de Rabat km 12, Aïn Harrouda, Mohammedia, Maroc"),
         ("p", "Fournisseur / supplier: Câblage Nord Afrique SARL, Zone Franche d'Exportation, Tanger"),
         ("p", "Date: 03/06/2024     Devise: EUR     Incoterm: DAP Aïn Harrouda"),
         ("table", [
             ["Ligne", "Référence", "Désignation", "Qté", "PU EUR", "Statut"],
             ["1", "SMC-HL-220 ind. D", "Faisceau éclairage caisse / body-lighting harness, autobus urbain 12 m - échantillons / samples", "200", "61,40", "Lancé / released"],
             ["2", "SMC-HL-220 ind. D", "Solde / balance", "9 800", "48,90", "Bloqué / on hold"],
         ]),
         ("sp",),
         ("p", "Le solde (ligne 2) reste bloqué jusqu'à nouvel ordre. / The balance (line 2) stays on hold until further notice."),
         ("p", "Documents: rapport de contrôle électrique 100%, PV dimensionnel, fiche IMDS. Emballage: bacs retournables SOMACI."),
         ("p", "Acheteur / buyer: Hicham Alaoui - h.alaoui@somaci.ma - +212 523 30 14 70"),
     ], title="BC-2024-0611", author="H. Alaoui")])

# ---------------------------------------------------------------- p17 (S)
# Peruvian citrus exporter Telegram: "avancen con las muestras, lo demás se queda quieto" - we'll let you know.
case("p17_telegram_rest_stays_put", ["RG004", "RG005", "RG010"],
     "buyer authorizes the samples without a number; the rest 'stays put' (balance held) but no unlock event ('we'll let you know') and no named release person",
     [X("Telegram_Envases_Pacifico_Diego.txt", T("""
        Jhonatan Huamaní, [04.06.2024 08:02]
        buenas Ing. Diego, the OC for the 10 kg mandarin box arrived 👍 ¿con cuánto arrancamos?

        Diego Salazar, [04.06.2024 08:20]
        ya, avancen con las muestras de la caja de 10 kg

        Diego Salazar, [04.06.2024 08:20]
        lo demás se queda quieto, no lo toquen. the rest stays put, we'll let you know later

        Jhonatan Huamaní, [04.06.2024 08:24]
        ok, muestras nomás. el resto en espera entonces 👌

        Diego Salazar, [04.06.2024 08:25]
        exacto. cuando sea les avisamos

        Jhonatan Huamaní, [04.06.2024 08:31]
        perfecto. the die-cut for the 10 kg is the same as last season, troquel T-1048
        """))])

# ---------------------------------------------------------------- p18 (U)
# Peruvian foundry weekly status (supplier): alloy for the full 120 bought while 4 are released.
case("p18_status_alloy_full_qty", ["RG006"],
     "supplier status report: 4 sample grizzly bars released, but Cr-Mo alloy and ferro-alloys for the full 120 already purchased, with no material authority",
     [H("Reporte_semanal_S23_ACS.html", "Reporte semanal semana 23", T("""
        <h2>Aceros Fundidos del Sur S.A.C. &mdash; Reporte semanal de avance / weekly progress report &mdash; semana 23</h2>
        <p>Cliente: Compañía Minera Santa Rosa de Puno S.A. &mdash; Atn. Ing. Walter Condori (Abastecimiento) &mdash; Arequipa, 07/06/2024</p>
        <table>
          <tr><th>OC</th><th>Parte</th><th>Liberado</th><th>Estado</th><th>Materiales</th></tr>
          <tr><td>4500-3391</td><td>Barra grizzly GZ-55, Cr-Mo</td><td>4 pcs (muestras)</td><td>moldeo y colada OK; tratamiento térmico en curso, salida 12/06</td>
              <td>Aleación Cr-Mo + ferroaleaciones para la cantidad total cotizada de 120 pcs compradas el 04/06 para evitar el alza de precios /
              Cr-Mo alloy and ferro-alloys for the full quoted quantity of 120 pcs purchased on 04/06 to beat the price increase (supplier invoice sent separately)</td></tr>
          <tr><td>4500-3391</td><td>Barra grizzly GZ-55 &mdash; lote de producción</td><td>&mdash;</td><td>no iniciado; esperando su liberación</td><td>ver arriba</td></tr>
          <tr><td>4500-3402</td><td>Forro de tolva TL-12</td><td>18 pcs (OC completa)</td><td>12 despachadas, 6 en mecanizado</td><td>en stock para 18</td></tr>
        </table>
        <p class="note">Comentario: el lote de producción de la barra GZ-55 (116 pcs) no se ha iniciado; esperamos su liberación escrita
        para programar hornos. / The GZ-55 production lot (116 pcs) has not started; we are waiting for your written release
        to schedule the furnaces.</p>
        <p>Ing. Milagros Paredes &mdash; Planeamiento y Control de la Producción &mdash; +51 54 448 220</p>
        """), lang="es")])

# ---------------------------------------------------------------- p19 (W)
# Tunisian harness supplier MRP printout: components ordered for 10,000 sets; customer released 200.
case("p19_mrp_printout_components", ["RG006"],
     "supplier MRP printout: customer released 200 sets and gave no material authority, yet terminals/wire/connectors for 10,000 sets are ordered",
     [X("MRP_CO-24-0871_TCA.txt", T("""
        TUNISIE CABLAGE AUTOMOBILE SA - USINE MENZEL BOURGUIBA          SAGE X3  MRP  07/06/2024
        ==========================================================================================
        COMMANDE CLIENT / CUSTOMER ORDER  CO-24-0871     CLIENT: SUD AUTO EQUIPEMENTS (LYON, FR)
        ARTICLE  FX-ECL-3301 ind. B  FAISCEAU ECLAIRAGE ARRIERE  (HARNESS REAR LIGHTING)
        Statut libération client / customer release status:
           RELEASED ..........  200 SETS   (échantillons + PPAP)
           BALANCE ...........  9.800 SETS NOT RELEASED (client: hold until PPAP sign-off,
                                 written release by M. Fabrice Morel, acheteur)
        Autorisation matière client / customer material authority:  NONE (sample-only)
        ------------------------------------------------------------------------------------------
        BESOINS / REQUIREMENTS (exploded for 10.000 sets)
        COMPOSANT        DESIGNATION                      BESOIN      CDE ACHAT    STATUT
        TRM-064-F        Cosse 0.64 femelle étamée       40.000 pc   PO-A-55120   COMMANDE / ORDERED
        CBL-FLRY-035     Câble FLRY-B 0,35 mm² noir      62.000 m    PO-A-55121   COMMANDE / ORDERED
        CBL-FLRY-050     Câble FLRY-B 0,50 mm² rouge     18.500 m    PO-A-55121   COMMANDE / ORDERED
        CNX-12P-GY       Connecteur 12 voies gris        10.000 pc   PO-A-55122   COMMANDE / ORDERED
        SEAL-064         Joint individuel 0.64           40.000 pc   PO-A-55120   COMMANDE / ORDERED
        TAPE-PVC-19      Ruban PVC 19 mm                  1.250 rl   stock         DISPONIBLE
        ------------------------------------------------------------------------------------------
        Commentaire planificateur: acheter pour 10.000 jeux pour bénéficier du prix cuivre du mois
        et du MOQ connecteurs - validé par M. Gharbi (directeur usine) le 05/06.
        Imprimé par: S. JEMLI
        """))])

# ---------------------------------------------------------------- p20 (X)
# Egyptian enclosure buyer thread: supplier orders galvanised sheet for all 600 despite sample-only authority.
_p20_orig = T("""
    Dear Mr. Mohamed,

    PO 3300-118 is attached. Scope: 10 pilot cabinets are released. The other 590 are not released;
    they are on hold until our pilot sign-off (thermal run + IP55 test) and my written release.
    Material authority: sample-only (10 units).

    Best regards,
    Eng. Tarek Fahmy
    Procurement - Pyramids Power Electronics, 6th of October City
    """)
_p20_q2 = T("""
    Eng. Tarek, one question: can we order the galvanised sheet for all 600 cabinets now to lock the
    price? Steel is going up next month.
    Mohamed
    """)
_p20_txt = T("""
    Eng. Tarek, good afternoon,

    Good news: price locked — we ordered the 1.5 mm galvanised sheet (DX51D Z275) for all 600
    cabinets today, delivery to our plant in Obour next week. The 10 pilot cabinets will be ready
    on the 20th for your inspection.

    Best regards,
    Mohamed Saeed
    Sales & Planning - Delta Steelworks for Electrical Enclosures
    El Obour City, Industrial Zone A, Block 13015 - +20 2 4610 5521
    """) + "\n" + q("On Sun, 2 Jun 2024, Mohamed Saeed wrote:\n" + _p20_q2) + q("On Thu, 30 May 2024, Tarek Fahmy wrote:\n" + _p20_orig, 2)
_p20 = mail("Mohamed Saeed <m.saeed@deltasteelworks.com.eg>", "Tarek Fahmy <t.fahmy@pyramidspower.com.eg>",
            "RE: PO 3300-118 pilot cabinets", "Tue, 04 Jun 2024 15:30:00 +0300", _p20_txt,
            in_reply_to="<ppe-3300-118-q@deltasteelworks.com.eg>")
case("p20_sheet_ordered_for_all", ["RG006"],
     "buyer's quoted scope is complete and material is sample-only; supplier reports galvanised sheet ordered for all 600 cabinets",
     [E("RE_PO_3300-118_pilot_cabinets.eml", _p20)])

# ---------------------------------------------------------------- p21 (Y)
# Mexican copper call-off with staged material authority up to 12,000; supplier holds coil for 20,000.
_p21_calloff = pdf([
    ("h1", "HIDROSANITARIOS DEL NORTE S.A. DE C.V. - LLAMADO DE ENTREGA No. 5"),
    ("p", "Contrato marco / blanket PO 5500-0931 - Av. Ruiz Cortines 3300, Monterrey, N.L., México"),
    ("p", "Proveedor: Conexiones de Cobre de Guadalajara S.A. de C.V. - Fecha: 20/05/2024"),
    ("table", [
        ["Parte", "Descripción", "Cantidad liberada (este llamado) / released", "Entrega"],
        ["CPL-CU-19", "Cople de cobre 3/4 in para soldar, NMX-W-101", "4,000 pz", "semana 24"],
    ]),
    ("sp",),
    ("p", "Producción liberada / production released: 4,000 pz. The balance of the blanket is not released; it is "
          "released only by the next call-off signed by Ing. Fernanda Garza Treviño (Compras)."),
    ("p", "Autorización de material (escalonada) / staged material authority: the supplier may buy copper tube for up to "
          "12,000 pcs of CPL-CU-19 at Hidrosanitarios del Norte's liability. Material above 12,000 pcs is at the supplier's "
          "own cost and risk."),
    ("p", "Ing. Fernanda Garza Treviño - Compras - fgarza@hidronorte.com.mx"),
], pagesize=LETTER, title="Llamado 5 - 5500-0931", author="F. Garza")
_p21_txt = T("""
    Buen día Ing. Garza,

    Le comparto el estatus mensual del contrato 5500-0931:

    - Llamado 5 (adjunto): 4,000 coples CPL-CU-19 en producción, embarque semana 24.
    - Materia prima: tenemos en piso bobina/tubo de cobre para 20,000 coples, comprado en mayo para
      asegurar el precio LME antes del alza. / Raw material: we hold copper coil and tube for 20,000
      couplings on the floor, bought in May to lock the LME price.
    - Esperamos los siguientes llamados pronto para no detener la línea de soldadura.

    Cualquier cosa quedo a sus órdenes.

    Saludos,
    Raúl Mendoza Ibarra
    Gerente de Cuenta - Conexiones de Cobre de Guadalajara S.A. de C.V.
    Periférico Sur 7980, Tlaquepaque, Jal. - +52 33 3601 2280
    """)
_p21 = mail("Raul Mendoza <rmendoza@cobregdl.com.mx>", "Fernanda Garza <fgarza@hidronorte.com.mx>",
            "Estatus mensual contrato 5500-0931 - junio", "Mon, 03 Jun 2024 09:20:00 -0600", _p21_txt,
            html=simple_html(_p21_txt), attachments=[("Llamado_5_5500-0931.pdf", _p21_calloff, PDF_MT)])
case("p21_coil_beyond_staged_authority", ["RG006"],
     "call-off releases 4,000 with explicit staged material authority up to 12,000; supplier holds copper for 20,000, beyond the authority",
     [E("Estatus_mensual_contrato_5500-0931.eml", _p21)])

# ---------------------------------------------------------------- p22 (Z)
# Chilean clinic buyer / Peruvian stretcher maker: 40% advance taken as the start; aluminium for all 1,000 bought.
_p22_orig = T("""
    Estimado Sr. Alvarado,

    Adjunto OC CLA-24-0440. Scope: 10 pilot stretchers (camillas de transporte, modelo CT-300) are
    released. The remaining 990 are not released; they stay on hold until our pilot sign-off in the
    emergency ward and a written release from me. Material authority: sample-only (10 units).
    As agreed, we pay a 40% advance on the PO value for the commercial reservation.

    Atentamente,
    Ximena Rojas Fuenzalida
    Jefa de Compras - Clínica Los Andes, Santiago
    """)
_p22_txt = T("""
    Estimada Sra. Ximena:

    Muchas gracias, your 40% advance arrived in our account yesterday. With the advance paid we have
    started: the aluminium 6061-T6 tubes for all 1,000 stretchers are purchased, and our production
    line is booked from 1 July.

    The 10 pilot stretchers will be shipped by air on 21 June, AWB to follow.

    Saludos cordiales,
    Jorge Alvarado Tello
    Gerente Comercial - Metal Médica del Perú S.A.C.
    Av. Industrial 1650, Ate, Lima - +51 1 326 4410
    """) + "\n" + q("El 28/05/2024, Ximena Rojas Fuenzalida escribió:\n" + _p22_orig)
_p22 = mail("Jorge Alvarado <jalvarado@metalmedica.pe>", "Ximena Rojas <xrojas@clinicalosandes.cl>",
            "RE: OC CLA-24-0440 camillas CT-300", "Wed, 05 Jun 2024 12:12:00 -0500", _p22_txt,
            html=simple_html(_p22_txt), in_reply_to="<cla-24-0440@clinicalosandes.cl>")
case("p22_advance_started_material", ["RG006", "RG012"],
     "quoted buyer scope is complete (10 released, 990 held, sample-only material); supplier treats the 40% advance as the start and buys aluminium for all 1,000",
     [E("RE_OC_CLA-24-0440_camillas.eml", _p22)])

# ---------------------------------------------------------------- p23 (AA)
# Portuguese closure maker to Moroccan olive-oil bottler: resin bought for 500.000 and "roll straight on" after approval.
_p23_orig = T("""
    Bonjour M. Pereira,

    BC 24-0318 ci-joint. 2.000 sample closures (33 mm, tamper-evident, liner Saranex) are released
    for our filling trial. Production of 500.000 is not released - on hold until the filling-trial
    sign-off and a written release from me. Material: sample-only.

    Cordialement,
    Salma Idrissi
    Responsable Achats - Les Huileries du Saïss, Meknès
    """)
_p23_txt = T("""
    Cara Sra. Salma, bonjour,

    The 2.000 sample closures ship on Friday with DHL, tracking to follow.

    As the samples will surely be approved — it is the same design we run for your Spanish brand —
    we have already bought the PP resin and the Saranex liners for the full 500.000 closures, and we
    will roll straight into production after your approval, so no time is lost before the harvest.

    Com os melhores cumprimentos / cordialement,
    João Pereira
    Key Account Manager - Tampas Atlântico, Lda.
    Zona Industrial da Cova das Faias, Leiria, Portugal - +351 244 850 120
    """) + "\n" + q("Le 27/05/2024 à 11:02, Salma Idrissi a écrit :\n" + _p23_orig)
_p23 = mail("Joao Pereira <joao.pereira@tampas-atlantico.pt>", "Salma Idrissi <s.idrissi@huileries-saiss.ma>",
            "RE: BC 24-0318 bouchons 33 mm", "Tue, 04 Jun 2024 10:45:00 +0100", _p23_txt,
            html=simple_html(_p23_txt), in_reply_to="<bc-24-0318@huileries-saiss.ma>")
case("p23_resin_bought_roll_straight", ["RG006", "RG007"],
     "supplier bought resin/liners for 500.000 against sample-only authority and says it will roll straight into production after sample approval; buyer's quoted scope is complete",
     [E("RE_BC_24-0318_bouchons_33mm.eml", _p23)])

# ---------------------------------------------------------------- p24 (AB)
# Tunisian shoe maker quote: series launched automatically after sample validation.
case("p24_quote_automatic_series", ["RG007"],
     "supplier quote states the 4.800-pair series is launched automatically upon sample validation, with no confirmation from the buyer",
     [P("Offre_OF-2024-0387_TCS.pdf", [
         ("h1", "Tanneries et Chaussures du Sahel SA"),
         ("p", "Route de Sousse km 3, 5000 Monastir, Tunisie - MF 0451239/P/A/M/000 - export@tcs-sahel.com.tn"),
         ("h", "OFFRE / QUOTATION N° OF-2024-0387"),
         ("p", "Client: Sapatos da Ribeira, Lda., São João da Madeira, Portugal - Attn. Sr. Tiago Moreira - Monastir, 29/05/2024"),
         ("p", "Article: bottine femme cuir nappa, semelle TR, réf. client SR-BT-117, pointures 36-41"),
         ("table", [
             ["Pos.", "Désignation", "Qté", "Prix EUR/paire", "Délai"],
             ["1", "Échantillons / samples (1 paire par pointure + 6 paires taille 38)", "12 paires", "48,00", "3 semaines"],
             ["2", "Série / production", "4.800 paires", "21,40", "7 semaines"],
         ]),
         ("sp",),
         ("p", "Conditions:"),
         ("p", "a) Après validation des échantillons par votre styliste, la série de 4.800 paires sera lancée automatiquement "
               "en fabrication, sans autre confirmation de votre part. / Upon validation of the samples by your designer, the "
               "series of 4,800 pairs will automatically be launched into production, with no further confirmation needed."),
         ("p", "b) Incoterm FCA Monastir. Emballage: boîte individuelle + carton de 12 paires."),
         ("p", "c) Paiement: 30% à la commande, solde à 30 jours date de facture."),
         ("p", "d) Tolérance de quantité: +/- 3%."),
         ("sp",),
         ("p", "Karim Jaziri - Directeur Export - +216 73 461 220"),
     ], title="OF-2024-0387", author="K. Jaziri")])

# ---------------------------------------------------------------- p25 (AC)
# Mexican solar buyer contradicts her own written-release rule: "if PPAP comes out fine, continue with the rest".
_p25_orig = T("""
    Ing. Ramírez, buenas tardes:

    Le envío la OC 4500-9021. Released: 8 piezas PPAP (gabinete para inversor 60 kW, plano
    ESB-GAB-60 rev E). The other 792 stay on hold until PPAP sign-off and my written release.
    Material solo para las 8 piezas.

    Saludos,
    Lic. Adriana Salinas
    Gerente de Compras - Energía Solar del Bajío
    """)
_p25_txt = T("""
    Hola Ing. Ramírez,

    ¿Cómo van las 8 piezas? Nuestro cliente en Aguascalientes ya nos está presionando con el
    arranque de la planta.

    Por cierto: si el PPAP sale bien, sigan con el resto sin esperar papel — no quiero perder la
    semana. If PPAP comes out fine, just continue with the rest, don't wait for paperwork. Mi firma
    llega después.

    Saludos,
    Adriana
    """) + sig_plain("Lic. Adriana Salinas", "Gerente de Compras", "Energía Solar del Bajío S.A. de C.V. - León, Gto.", "+52 477 710 3320") + "\n" + q(
    "El 27/05/2024 13:10, Adriana Salinas escribió:\n" + _p25_orig)
_p25 = mail("Adriana Salinas <asalinas@solarbajio.mx>", "Ing. Luis Ramírez <lramirez@gabinetesleon.mx>",
            "RE: OC 4500-9021 gabinetes - avance", "Mon, 10 Jun 2024 08:35:00 -0600", _p25_txt,
            in_reply_to="<oc-4500-9021@solarbajio.mx>")
case("p25_continue_without_paper", ["RG007"],
     "buyer's own scope requires her written release, then she tells the supplier to continue with the rest if PPAP comes out fine, without waiting for paperwork",
     [E("RE_OC_4500-9021_gabinetes.eml", _p25)])

# ---------------------------------------------------------------- p26 (AD)
# Emirati desalination kick-off minutes: scope requires a written release, then "production follows automatically".
case("p26_minutes_follows_automatically", ["RG007"],
     "minutes record 3 pilot housings released and 117 on hold until written release by named manager, then agree that production follows automatically if the hydrotest passes (no quantity, no signer)",
     [D("Kickoff_minutes_EWD-24-0712.docx", [
         ("h1", "Kick-off meeting - PO EWD-24-0712 - membrane housings"),
         ("p", "Emirates Water Desalination Services / Al Ain Composite Industries LLC - 03 June 2024 - Fujairah plant, meeting room 2"),
         ("p", "Attendees: Mr. Saeed Al Dhaheri (Procurement Manager, EWDS), Eng. Hessa Al Kaabi (Mechanical, EWDS), "
               "Eng. Vikram Nair (Project Manager, AACI), Mr. Osama Haddad (QA, AACI)"),
         ("h", "1. Scope"),
         ("p", "3 pilot housings (8 in, 1200 psi, 7 elements, end-port 3 in) are released. The balance of 117 housings is "
               "not released and stays on hold until the pilot hydrotest sign-off and a written release from Mr. Saeed Al Dhaheri."),
         ("h", "2. Design"),
         ("li", "ASME Section X design report to be submitted with the pilot."),
         ("li", "Head retaining ring: stainless 2205, locking segments per drawing AACI-MH-8-1200 rev B."),
         ("h", "3. Schedule"),
         ("p", "Pilot hydrotest planned week 26. Agreed: if the pilot batch passes the hydrotest, the production run follows "
               "automatically - no separate paperwork needed, to save two weeks."),
         ("h", "4. Material"),
         ("p", "Material authority: sample-only (3 units)."),
         ("h", "5. Actions"),
         ("table", [
             ["#", "Action", "Owner", "Due"],
             ["1", "Submit ASME X design report", "V. Nair", "14-06-2024"],
             ["2", "Pilot hydrotest witness", "H. Al Kaabi", "week 26"],
         ]),
     ], author="H. Al Kaabi")])

# ---------------------------------------------------------------- p27 (AE)
# Moroccan water buyer (French/English): PO attached is complete, body says "enchaînez sur la série".
_p27_po = pdf([
    ("h1", "EAS - Eaux et Assainissement du Souss"),
    ("p", "Bon de commande / Purchase order EAS-2024-0455 - Agadir, 03/06/2024"),
    ("p", "Fournisseur: Vannes et Raccords du Nord (VRN) SARL, Zone Industrielle Mghogha, Tanger"),
    ("table", [
        ["Ligne", "Désignation", "Qté", "Statut"],
        ["1", "Ventouse triple fonction DN80 PN16 / air-release valve DN80 - échantillons", "4", "libéré / released"],
        ["2", "Ventouse triple fonction DN80 PN16 - série", "196", "non libéré / not released"],
    ]),
    ("sp",),
    ("p", "The balance of 196 is not released and stays on hold until our laboratory test sign-off and a written release "
          "from M. Rachid Ouazzani (Directeur Technique)."),
    ("p", "Matière: échantillons uniquement / material: samples only."),
    ("p", "Acheteur: M. Hamid Benali - h.benali@eas-souss.ma"),
], title="BC EAS-2024-0455", author="H. Benali")
_p27_txt = T("""
    Bonjour Mme Khadija,

    Ci-joint le BC EAS-2024-0455 pour les ventouses DN80.

    Dès validation des échantillons par notre labo, vous pouvez enchaîner directement sur la série,
    pas besoin d'attendre un autre papier de notre part. / As soon as our lab validates the samples
    you can move straight on to the series - no need to wait for another paper from us.

    Merci de nous confirmer la date d'expédition des 4 échantillons.

    Cordialement,
    Hamid Benali
    Acheteur - Eaux et Assainissement du Souss, Agadir
    Tél. +212 528 22 41 60
    """)
_p27 = mail("Hamid Benali <h.benali@eas-souss.ma>", "Khadija El Ouardi <k.elouardi@vrn-tanger.ma>",
            "BC EAS-2024-0455 - ventouses DN80", "Mon, 03 Jun 2024 16:20:00 +0100", _p27_txt,
            html=simple_html(_p27_txt), attachments=[("BC_EAS-2024-0455.pdf", _p27_po, PDF_MT)])
case("p27_enchainer_sur_la_serie", ["RG007"],
     "attached PO is complete (4 released, 196 on hold until lab sign-off + written release by named director); the cover mail says to move straight on to the series once samples are validated",
     [E("BC_EAS-2024-0455_ventouses.eml", _p27)])

# ---------------------------------------------------------------- p28 (AF)
# Peruvian olive-oil PO (TXT) + Portuguese glassworks acknowledgement: production starts automatically after approval.
case("p28_multifile_po_ack_automatic", ["RG007"],
     "bundle: buyer PO is complete (3.000 pilot bottles, 180.000 on hold until trial sign-off + written release by named person); supplier ack says production starts automatically after sample approval",
     [X("OC_TCN-0451_Olivos_del_Sur.txt", T("""
        OLIVOS DEL SUR S.A.C.                                   ORDEN DE COMPRA TCN-0451
        Carretera Panamericana Sur km 1298, Tacna, Perú          Fecha: 31/05/2024
        RUC 20532244101                                          Moneda: EUR
        -------------------------------------------------------------------------------
        Proveedor: VIDREIRA DO MONDEGO, LDA. - Zona Industrial de Taveiro, Coimbra, PT
        Incoterm: FOB Leixões          Pago: 60 días B/L
        -------------------------------------------------------------------------------
        It  Código      Descripción                                 Cant.     P.unit EUR
        1   BOT-DOR-500 Botella dórica 500 ml, vidrio verde UVAG,   3.000 un  0,182
                        bocal 31,5 DIN - corrida piloto (1 pallet)
        -------------------------------------------------------------------------------
        NOTAS:
        - Pilot run of 3.000 bottles released for the filling trial at our Tacna plant.
        - Production quantity (180.000 bottles, quote VM-24-77) NOT released. On hold
          until the filling-trial sign-off and a written release from Ing. Rosa Huamán
          Quispe, Jefa de Logística y Compras.
        - Material authority: pilot only.
        -------------------------------------------------------------------------------
        Emitido por: RHUAMAN                                     Pág. 1/1
        """)),
      X("Confirmacao_CE-2024-1187_Vidreira_Mondego.txt", T("""
        VIDREIRA DO MONDEGO, LDA.   -   CONFIRMAÇÃO DE ENCOMENDA / ORDER CONFIRMATION
        Nº CE-2024/1187        Data: 04-06-2024        Sua ref.: OC TCN-0451
        Cliente: OLIVOS DEL SUR S.A.C. - Tacna, Peru
        ------------------------------------------------------------------------------
        Linha  Artigo        Descrição                        Qtd.       Expedição
        1      BOT-DOR-500   Garrafa dórica 500 ml UVAG       3.000 un   semana 28
        ------------------------------------------------------------------------------
        Observações:
        Após aprovação das amostras pelo cliente, a produção arranca automaticamente,
        sem necessidade de nova confirmação. / After the customer's approval of the
        samples, production starts automatically, without any new confirmation.
        Paletização: 1.200 x 1.000 mm, 9 camadas, filme retrátil.
        ------------------------------------------------------------------------------
        Departamento Comercial - encomendas@vidreira-mondego.pt - +351 239 980 410
        """))])

# ---------------------------------------------------------------- p29 (AH)
# Saudi solar buyer: "approval of the samples = approval of the order"; attached portal PO holds the balance.
_p29_html_att = html_page("PO 9100-0771", T("""
    <h3>Sudair Solar Services Co. &mdash; Purchase Order 9100-0771</h3>
    <table>
      <tr><th>Line</th><th>Description</th><th>Qty</th><th>Status</th></tr>
      <tr><td>10</td><td>Outdoor inverter enclosure SSS-E-250, pilot</td><td>4</td><td>Released</td></tr>
      <tr><td>20</td><td>Outdoor inverter enclosure SSS-E-250, series</td><td>396</td><td>Not released &ndash; on hold</td></tr>
    </table>
    <p class="note">Line 20 stays on hold until pilot sign-off and a written release by Eng. Abdullah Al-Zahrani.</p>
    """))
_p29_txt = T("""
    Dear Mr. Fahad,

    Thank you for the call today. To keep things simple on your side: for us, approval of the
    samples = approval of the order. Our PO 9100-0771 is already approved in SAP by our CFO, so once
    the 4 pilot enclosures are approved the order is complete and your team can start the series.

    PO copy attached (HTML export from our portal). Please plan the pilot delivery to our Sudair
    site warehouse, gate B, before 25 June.

    Best regards,
    Eng. Abdullah Al-Zahrani
    """) + sig("Eng. Abdullah Al-Zahrani", "Procurement Manager", "Sudair Solar Services Co., Riyadh", "+966 11 250 8841")
_p29 = mail("Abdullah Al-Zahrani <a.alzahrani@sudairsolar.sa>", "Fahad Al-Harthi <f.alharthi@jeddahsheetmetal.sa>",
            "PO 9100-0771 pilot enclosures - next steps", "Sun, 09 Jun 2024 13:15:00 +0300", _p29_txt,
            html=simple_html(_p29_txt), attachments=[("PO_9100-0771.html", _p29_html_att, "text/html")])
case("p29_sample_approval_equals_order", ["RG007", "RG009"],
     "buyer says sample approval = order approval and the series can start once samples are approved, contradicting his PO's written-release hold; 'approved' means technical and commercial",
     [E("PO_9100-0771_next_steps.eml", _p29)])

# ---------------------------------------------------------------- p30 (AI)
# Emirati desalination buyer: rolling forecast to be treated as a firm order.
_p30_txt = T("""
    Dear Eng. Wael,

    As discussed in Cairo last week, please find below our rolling forecast for 2025 for the 8 inch /
    1000 psi membrane housings (side-port, 6 elements):

        Q1 2025   300 pcs
        Q2 2025   300 pcs
        Q3 2025   300 pcs
        Q4 2025   300 pcs
        Total   1,200 pcs

    Please treat this forecast as our firm order and commit the production capacity accordingly. The
    formal PO will follow in January once our 2025 budget is loaded in the system.

    Technical basis unchanged: drawing GDO-MH-8-1000 rev D, ASME X, NSF/ANSI 61.

    Best regards,
    Hamad Al Nuaimi
    """) + sig("Hamad Al Nuaimi", "Category Manager - Mechanical", "Gulf Desal Operations, Abu Dhabi", "+971 2 419 6630")
_p30 = mail("Hamad Al Nuaimi <h.alnuaimi@gulfdesalops.ae>", "Eng. Wael Sobhy <w.sobhy@mht-egypt.com>",
            "2025 forecast - membrane housings 8in/1000psi", "Mon, 10 Jun 2024 10:00:00 +0400", _p30_txt,
            html=simple_html(_p30_txt))
case("p30_forecast_as_firm_order", ["RG008"],
     "buyer asks the supplier to treat the 2025 rolling forecast (1,200) as a firm order and commit capacity",
     [E("MH-8in-1000psi_GDO_2025.eml", _p30)])

# ---------------------------------------------------------------- p31 (AJ)
# Colombian caster maker confirms the buyer's labelled forecast as an order of 36.000.
_p31_fc = T("""
    MOBILIARIO HOSPITALARIO DE JALISCO S.A. DE C.V. - PRONÓSTICO DE CONSUMO 2024-2025
    FORECAST - for capacity planning only - not a purchase order
    Artículo: RUEDA-125-FR  rueda giratoria 125 mm con freno, poliuretano gris
    ---------------------------------------------------------------
    Mes       Jul  Ago  Sep  Oct  Nov  Dic  Ene  Feb  Mar  Abr  May  Jun
    Piezas   3000 3000 3000 3000 3000 3000 3000 3000 3000 3000 3000 3000
    Total 12 meses: 36.000 piezas
    ---------------------------------------------------------------
    Preparó: T. Villalobos (Compras)   Fecha: 31/05/2024
    """)
_p31_txt = T("""
    Estimada Ing. Villalobos:

    Reciba un cordial saludo desde Medellín.

    Confirmamos su pedido de 36.000 ruedas RUEDA-125-FR según el pronóstico anual enviado (adjunto
    para referencia); quedan programadas en nuestra planta en lotes mensuales de 3.000 a partir de
    julio. / We confirm your order of 36,000 casters as per the annual forecast.

    Le enviaremos la factura proforma del primer lote la próxima semana.

    Atentamente,
    Andrés Felipe Zuluaga
    Coordinador de Ventas Exportación
    Plásticos Técnicos de Medellín S.A.S. - Cra 48 # 10-45, Medellín - +57 604 352 7710
    """)
_p31 = mail("Andres Felipe Zuluaga <azuluaga@plastecmed.com.co>", "Teresa Villalobos <tvillalobos@mobhospjal.com.mx>",
            "Confirmación pedido ruedas RUEDA-125-FR 2024-2025", "Wed, 05 Jun 2024 08:50:00 -0500", _p31_txt,
            attachments=[("pronostico_2024_2025_RUEDA-125-FR.txt", _p31_fc, "text/plain")])
case("p31_supplier_confirms_forecast_order", ["RG008"],
     "buyer's attachment is labelled forecast/not a purchase order, but the supplier confirms it as an order of 36.000 and schedules it",
     [E("Confirmacion_pedido_ruedas_RUEDA-125-FR.eml", _p31)])

# ---------------------------------------------------------------- p32 (AK)
# Moroccan bus assembler DELFOR: all weeks are forecast (SCC+4) yet declared binding commitments to produce.
_p32_lines = []
_p32_weeks = [("20240617", "20240623", 420), ("20240624", "20240630", 420), ("20240701", "20240707", 460),
              ("20240708", "20240714", 460), ("20240715", "20240721", 300), ("20240722", "20240728", 300),
              ("20240729", "20240804", 480), ("20240805", "20240811", 480)]
for a, b, n in _p32_weeks:
    _p32_lines += [f"QTY+1:{n}'", "SCC+4'", f"DTM+2:{a}:{b}:718'"]
_p32_edi = "\n".join([
    "UNA:+.? '",
    "UNB+UNOC:3+MBABERRECHID:ZZ+FENTANGER:ZZ+240610:0700+000000112'",
    "UNH+1+DELFOR:D:97A:UN'",
    "BGM+241+0112+9'",
    "DTM+137:20240610:102'",
    "FTX+AAI+++FORECAST QUANTITIES BELOW ARE BINDING PURCHASE COMMITMENTS. SUPPLIER TO PRODUCE:AND DELIVER AS SCHEDULED.'",
    "NAD+BY+MBA::92++MAGHREB BUS ASSEMBLY SA+ZI SAHEL LOT 9+BERRECHID++26100+MA'",
    "NAD+SE+FEN::92++FAISCEAUX ELECTRIQUES DU NORD SARL+ZONE FRANCHE+TANGER++90000+MA'",
    "UNS+S'",
    "LIN+1++MBA-HX-900:IN'",
    "IMD+F++:::FAISCEAU TABLEAU DE BORD AUTOCAR'",
] + _p32_lines + [f"UNT+{10 + len(_p32_lines)}+1'", "UNZ+1+000000112'"]) + "\n"
_p32_read = T("""
    -----------------------------------------------------------------------------
    MAGHREB BUS ASSEMBLY SA - PROGRAMME DE LIVRAISON / DELIVERY SCHEDULE 0112
    Fournisseur: FAISCEAUX ELECTRIQUES DU NORD SARL     Emis le 10/06/2024 07:00
    Article: MBA-HX-900  FAISCEAU TABLEAU DE BORD AUTOCAR
    -----------------------------------------------------------------------------
    SEMAINE  DU          AU          QTE   TYPE
    S25      17/06/2024  23/06/2024  420   PREVISION / FORECAST
    S26      24/06/2024  30/06/2024  420   PREVISION / FORECAST
    S27      01/07/2024  07/07/2024  460   PREVISION / FORECAST
    S28      08/07/2024  14/07/2024  460   PREVISION / FORECAST
    S29      15/07/2024  21/07/2024  300   PREVISION / FORECAST
    S30      22/07/2024  28/07/2024  300   PREVISION / FORECAST
    S31      29/07/2024  04/08/2024  480   PREVISION / FORECAST
    S32      05/08/2024  11/08/2024  480   PREVISION / FORECAST
    -----------------------------------------------------------------------------
    NOTE: Les quantités prévisionnelles ci-dessus constituent un engagement ferme
    d'achat. Le fournisseur doit produire et livrer selon ce programme.
    Contact planification: Mme Btissam Lahlou +212 522 33 90 12
    -----------------------------------------------------------------------------
    """)
case("p32_delfor_forecast_binding", ["RG008"],
     "DELFOR where every week is a forecast (SCC+4) but the text declares the forecast quantities binding purchase commitments to produce",
     [X("DELFOR_0112_MBA-HX-900.txt", _p32_edi + "\n" + _p32_read)])

# ---------------------------------------------------------------- p33 (AL)
# Egyptian water utility clarification minutes: indicative BoQ quantity "considered as ordered".
case("p33_tender_minutes_estimated_as_ordered", ["RG008"],
     "minutes call the 3,000 valves an indicative estimate of annual consumption, then agree the contractor shall consider the estimated 3,000 as ordered and start manufacturing",
     [P("Minutes_clarification_AWCO-T-2024-17.pdf", [
         ("h1", "Alexandria Water Company - Minutes of clarification meeting"),
         ("p", "Tender AWCO-T-2024-17 - supply of gate valves DN100-DN300 for network rehabilitation, zones East and Montaza"),
         ("p", "Date: 4 June 2024 - Venue: AWCO headquarters, El Shatby, Alexandria"),
         ("p", "Present: Eng. Nagwa Soliman (General Manager Procurement, AWCO), Eng. Khaled Abdelaziz (Networks, AWCO), "
               "Mr. Tamer Youssef (Contracts, AWCO); for the Contractor, Nile Valves & Fittings S.A.E.: Eng. Ashraf Lotfy, Mr. Mina Girgis"),
         ("h", "1. Quantities"),
         ("p", "The quantities in the Bill of Quantities are indicative. They reflect the estimated annual consumption of "
               "3,000 gate valves DN100-DN300 (split per size in BoQ section 2)."),
         ("h", "2. Technical"),
         ("p", "Valves per EN 1074-2 / ISO 7259, resilient seated, epoxy coated 250 micron, WRAS or equivalent for EPDM; "
               "each valve to carry the AWCO logo cast on the body."),
         ("h", "3. Payment"),
         ("p", "15% advance against an advance payment guarantee; monthly invoicing against delivered quantities."),
         ("h", "4. Agreed"),
         ("p", "To avoid delays in the rehabilitation programme, the Contractor shall consider the estimated 3,000 valves "
               "as ordered and start manufacturing in line with the estimated monthly consumption."),
         ("table", [
             ["Size", "DN100", "DN150", "DN200", "DN300", "Total"],
             ["Estimated qty", "1,200", "900", "600", "300", "3,000"],
         ]),
         ("sp",),
         ("p", "Signed for AWCO: Eng. Nagwa Soliman. Signed for the Contractor: Eng. Ashraf Lotfy."),
     ], title="Minutes AWCO-T-2024-17", author="T. Youssef")])

# ---------------------------------------------------------------- p34 (AM)
# Argentine olive-oil bottler (webmail print): advance paid on the annual forecast, "take it as a firm order, start".
case("p34_advance_on_forecast_start", ["RG008", "RG012"],
     "buyer pays a 20% advance computed on the annual forecast, tells the supplier to take the forecast as a firm order and to start production because the advance is paid",
     [H("Webmail_Olivicola_Cuyana_botellas_500ml.html", "Anticipo forecast 2024-2025 - Olivícola Cuyana", T("""
        <div style="border-bottom:1px solid #ccc;padding-bottom:6px;margin-bottom:8px;color:#444">
        <b>De:</b> Federico Luna &lt;fluna@olivicolacuyana.com.ar&gt;<br>
        <b>Para:</b> Gabriel Ortiz &lt;gortiz@envidriorosario.com.ar&gt;<br>
        <b>CC:</b> Tesorería &lt;tesoreria@olivicolacuyana.com.ar&gt;<br>
        <b>Fecha:</b> jueves, 6 de junio de 2024 12:41<br>
        <b>Asunto:</b> Anticipo forecast 2024-2025 botellas 500 ml
        </div>
        <p>Hola Gabriel, ¿cómo va?</p>
        <p>Te transferimos hoy el anticipo del 20% calculado sobre el forecast anual de 12.000 cajas de botellas
        (botella cuadrada 500 ml, vidrio UVAG, cajas de 12). Comprobante adjunto. La PO formal sale después.</p>
        <p>Tomen el forecast como pedido firme: con el anticipo ya pueden arrancar la producción de las 12.000 cajas.
        / Take the forecast as a firm order: with the advance paid you can start producing the 12,000 cases.</p>
        <table>
          <tr><th>Trimestre</th><th>Cajas (forecast)</th></tr>
          <tr><td>Jul-Sep 2024</td><td>4.000</td></tr>
          <tr><td>Oct-Dic 2024</td><td>3.000</td></tr>
          <tr><td>Ene-Mar 2025</td><td>2.000</td></tr>
          <tr><td>Abr-Jun 2025</td><td>3.000</td></tr>
        </table>
        <p>Entregas en nuestra planta de Pocito, San Juan. Etiquetado y paletizado como la temporada pasada.</p>
        <p>Abrazo,<br>Federico Luna<br>Jefe de Compras &mdash; Olivícola Cuyana S.A. &mdash; Ruta 40 km 18, Pocito, San Juan<br>+54 264 492-3310</p>
        """), lang="es")])

# ---------------------------------------------------------------- p35 (AN)
# Emirati solar buyer: "release" for the Oracle PO, for the drawing and for production, then "once you have seen the release".
_p35_txt = T("""
    Dear Mr. Youssef,

    Quick update on order DSE-PO-24-3310 (string inverter enclosures, drawing DSE-ENC-410):

    - The PO was released in Oracle this morning (approval workflow complete on our side).
    - Drawing DSE-ENC-410 rev D was released by our engineering last week; please scrap rev C prints.
    - Production release: 12 pilot enclosures. The remaining 588 stay on hold until pilot sign-off
      and a written production release from me.

    Please let me know once you have seen the release in the iSupplier portal so we can plan the
    pilot build and the inspection visit.

    Best regards,
    Omar Haddad
    """) + sig("Omar Haddad", "Procurement Specialist", "Desert Sun Energy LLC, Abu Dhabi", "+971 2 672 4490")
_p35 = mail("Omar Haddad <o.haddad@desertsunenergy.ae>", "Youssef Amrani <y.amrani@kenitrametalworks.ma>",
            "DSE-PO-24-3310 - status", "Wed, 05 Jun 2024 11:25:00 +0400", _p35_txt, html=simple_html(_p35_txt))
case("p35_release_three_meanings", ["RG009"],
     "'release' means Oracle PO approval (commercial), drawing release (technical) and production release, then 'once you have seen the release' is ambiguous; scope itself complete",
     [E("DSE-PO-24-3310_status.eml", _p35)])

# ---------------------------------------------------------------- p36 (AO)
# Portuguese car plant letter: samples approved by quality, quote approved by the board, approval for series later.
case("p36_letter_approval_three_senses", ["RG009"],
     "'approved/approval' used for PPAP samples (technical), the quotation (commercial) and series production; scope itself complete (20 released, 1.980 on hold, run@rate, named engineer)",
     [D("Carta_PMA-7710_estado_cablagem.docx", [
         ("p", "Palmela Motor Assembly, S.A. - Compras Diretas - Quinta da Marquesa, 2950-557 Quinta do Anjo, Palmela"),
         ("p", "Palmela, 7 de junho de 2024"),
         ("p", "Exmos. Senhores Cablagens do Ave, Lda. - Att. Eng.ª Cláudia Machado - Vila Nova de Famalicão"),
         ("h", "Assunto: Cablagem porta traseira PN PMA-7710 rev. C - estado / status"),
         ("p", "Released on PO 5500-1120: 20 sample harnesses (line 10)."),
         ("p", "The 20 sample harnesses were approved by our quality team (PPAP level 3, PSW signed 03-06-2024). "
               "Your revised quotation was approved by our board on 05-06-2024. The approval for series production "
               "will come from Eng. Nuno Ferreira after the run@rate at your plant."),
         ("p", "Until then, the remaining 1.980 harnesses on PO 5500-1120 are not released and stay on hold. "
               "Material authority: sample-only."),
         ("p", "Run@rate: proposed for week 27, 8 hours at nominal rate (250 harnesses/shift), with our SQE present."),
         ("p", "Com os melhores cumprimentos,"),
         ("p", "Eng.ª Patrícia Valente - Compradora Sénior, Elétricos"),
     ], author="P. Valente")])

# ---------------------------------------------------------------- p37 (AQ)
# Tunisian hospital group: mail body says 15 pilot beds, the attached PO says 12.
_p37_po = pdf([
    ("h1", "Groupe Hospitalier Carthage - BON DE COMMANDE GHC-24-0210"),
    ("p", "Rue du Lac Windermere, Les Berges du Lac, 1053 Tunis - MF 1402217/B/A/M/000"),
    ("p", "Fournisseur: Ateliers Métalliques du Cap Bon SARL, ZI Béni Khalled, Nabeul"),
    ("p", "Date: 04/06/2024 - Devise: TND"),
    ("table", [
        ["Ligne", "Désignation", "Qté", "PU TND", "Statut"],
        ["1", "Lit d'hospitalisation électrique 3 fonctions, modèle AMCB-L3 - pilote / pilot", "12", "2 950,000", "released"],
        ["2", "Lit d'hospitalisation électrique AMCB-L3 - série", "288", "2 640,000", "not released - on hold"],
    ]),
    ("sp",),
    ("p", "Line 2 (288 beds) is not released. It stays on hold until the ward-trial sign-off of the pilot beds and a "
          "written release by Mme Sonia Ben Amor (Responsable Achats)."),
    ("p", "Matière: pilote uniquement / material: pilot only."),
], title="BC GHC-24-0210", author="S. Ben Amor")
_p37_txt = T("""
    Bonjour M. Hatem,

    Please find attached our PO GHC-24-0210.

    Please produce the 15 pilot beds for our ward trial at Clinique Carthage Lac (delivery before
    28 June, 3rd floor, service access). The other beds are on hold as stated in the PO.

    Merci de confirmer par retour.

    Cordialement,
    Sonia Ben Amor
    Responsable Achats - Groupe Hospitalier Carthage
    +216 71 960 330
    """)
_p37 = mail("Sonia Ben Amor <s.benamor@ghcarthage.tn>", "Hatem Jlassi <h.jlassi@amcb.com.tn>",
            "BC GHC-24-0210 - lits pilote", "Tue, 04 Jun 2024 14:05:00 +0100", _p37_txt,
            html=simple_html(_p37_txt), attachments=[("BC_GHC-24-0210.pdf", _p37_po, PDF_MT)])
case("p37_body_15_vs_po_12", ["RG011"],
     "cover mail releases 15 pilot beds, the attached PO releases 12 (and holds 288 until ward-trial sign-off + written release by the sender)",
     [E("BC_GHC-24-0210_lits_pilote.eml", _p37)])

# ---------------------------------------------------------------- p38 (AR)
# Mexican copper buyer: "doce (20) piezas" in the text, 12 in the table.
case("p38_words_vs_digits", ["RG011"],
     "release text says 'doce (20) / twelve (20)' sample pieces while the line table says 12; balance 12,000 on hold until lab sign-off + written release by named buyer",
     [D("Liberacion_muestras_CC-E90-075.docx", [
         ("h1", "LIBERACIÓN DE MUESTRAS / SAMPLE RELEASE"),
         ("p", "Plomería Industrial de Puebla S.A. de C.V. - Calle 4 Sur 1502, Puebla, Pue. - Compras"),
         ("p", "Proveedor: Latonería y Cobre de Celaya S.A. de C.V. - Atn. Ing. Marisol Guerrero"),
         ("p", "Fecha: 05/06/2024 - OC 4500-6610"),
         ("p", "Por medio de la presente liberamos doce (20) piezas de muestra del codo 90° de cobre 3/4\" para soldar. "
               "/ We hereby release twelve (20) sample pieces of the 3/4\" copper 90° elbow."),
         ("table", [
             ["Línea", "No. parte", "Descripción", "Alcance", "Cantidad"],
             ["10", "CC-E90-075", "Codo 90° cobre 3/4 in, NMX-W-101/1", "Muestra / sample", "12 pz"],
         ]),
         ("sp",),
         ("p", "La cantidad de producción (12,000 pz) no está liberada: queda en espera hasta la firma de laboratorio "
               "(ensayo NMX-W-101) y la liberación por escrito del Lic. Jorge Alvarado Ruiz, Jefe de Compras. "
               "/ The production quantity (12,000 pcs) is not released; it is on hold until the laboratory sign-off and a "
               "written release from Lic. Jorge Alvarado Ruiz."),
         ("p", "Material: solo para las muestras."),
         ("p", "Lic. Jorge Alvarado Ruiz - Jefe de Compras - +52 222 231 4470"),
     ], author="J. Alvarado")])

# ---------------------------------------------------------------- p39 (AS)
# Chilean mining-water buyer: call-off 04 releases 6.000; the buyer's SAP schedule shows 8.000 for release 0004.
case("p39_multifile_calloff_vs_sap", ["RG011"],
     "bundle: call-off 04 releases 6.000 valves, the buyer's SAP scheduling-agreement printout shows release 0004 = 8.000; both hold the framework balance until the next call-off by named manager",
     [P("Llamado_04_AIN_Valvulas_Andinas.pdf", [
         ("h1", "AGUAS INDUSTRIALES DEL NORTE SpA - LLAMADO DE ENTREGA 04"),
         ("p", "Acuerdo marco / framework AM-2024-03 - Av. Argentina 1960, Antofagasta"),
         ("p", "Proveedor: Valvulas Andinas S.A. - Fecha: 04-06-2024"),
         ("table", [
             ["Parte", "Descripcion", "Liberado en este llamado / released by this call-off", "Entrega"],
             ["VB-PVC-25", "Valvula de bola PVC-U 1 in, PN16, union doble", "6.000 un", "semana 26"],
         ]),
         ("sp",),
         ("p", "Este llamado libera 6.000 unidades. / This call-off releases 6.000 units. The framework balance is not "
               "released; it is released only by the next call-off signed by Matias Herrera Lagos, Jefe de Compras."),
         ("p", "Matias Herrera Lagos - Jefe de Compras - mherrera@ainorte.cl"),
     ], title="Llamado 04 AM-2024-03", author="M. Herrera"),
      X("ME38_5600000312_release_0004.txt", T("""
        SAP  ME38  Plan de entregas / scheduling agreement 5600000312     05.06.2024 09:12
        AGUAS INDUSTRIALES DEL NORTE SpA        Proveedor 300918 VALVULAS ANDINAS S.A.
        Acuerdo marco AM-2024-03        Material VB-PVC-25  VALVULA BOLA PVC-U 1" PN16
        ------------------------------------------------------------------------------
        Release  Fecha       Tipo       Cantidad   Entrega     Estado
        0001     08.02.2024  Call-off      5.000   sem. 10     entregado / delivered
        0002     04.03.2024  Call-off      5.000   sem. 14     entregado / delivered
        0003     06.05.2024  Call-off      6.000   sem. 22     entregado / delivered
        0004     04.06.2024  Call-off      8.000   sem. 26     liberado / released
        ------------------------------------------------------------------------------
        Saldo acuerdo marco no liberado: se libera solo con el siguiente llamado firmado
        por Matias Herrera Lagos (Jefe de Compras). / Framework balance not released;
        released only by the next call-off signed by Matias Herrera Lagos.
        Usuario: MHERRERA
        """))])

# ---------------------------------------------------------------- p40 (AT)
# Portuguese shoe buyer files the supplier's ack (forwarded, rfc822): release 1.500 pairs, ack 150.
_p40_ack_txt = T("""
    Dear Eng. Marta,

    We acknowledge receipt and confirm the release of 150 pairs of model LX-220, sizes 36-41,
    delivery week 29. Cutting starts on Monday.

    Best regards / melhores cumprimentos,
    Driss Amrani
    Atelier Chaussures Amrani SARL - Fès, Maroc

    """) + q(T("""
    From: Marta Sousa <marta.sousa@calcadolusitano.pt>
    Sent: 3 June 2024 10:02
    Subject: Release no. 7 - contract CL-2024-04

    Dear Mr. Driss,
    Libertação nº 7 / release no. 7 under contract CL-2024-04: 1.500 pairs of model LX-220,
    sizes 36-41, per the attached size grid. The rest of the contract quantity (6.000 pairs) is
    not released; it is released only by a next written release signed by me.
    Marta Sousa
    """))
_p40_ack = mail("Driss Amrani <driss@atelier-amrani.ma>", "Marta Sousa <marta.sousa@calcadolusitano.pt>",
                "RE: Release no. 7 - contract CL-2024-04", "Tue, 04 Jun 2024 09:30:00 +0100", _p40_ack_txt,
                in_reply_to="<lib7-cl-2024-04@calcadolusitano.pt>")
_p40_txt = T("""
    Olá Joana,

    Attached is the Fès atelier's acknowledgement for release no. 7. Please file it in the
    CL-2024-04 contract folder and update the receiving plan.

    Obrigada,
    Marta
    """) + sig_plain("Eng.ª Marta Sousa", "Compras / Purchasing", "Calçado Lusitano, S.A. - Felgueiras", "+351 255 340 110")
_p40 = mail("Marta Sousa <marta.sousa@calcadolusitano.pt>", "Joana Freitas <joana.freitas@calcadolusitano.pt>",
            "FW: Release no. 7 - atelier acknowledgement", "Tue, 04 Jun 2024 11:48:00 +0100", _p40_txt,
            attachments=[("rfc822", _p40_ack)])
case("p40_fwd_ack_1500_vs_150", ["RG011"],
     "the release says 1.500 pairs (European format); the supplier's forwarded acknowledgement confirms 150; nobody resolves the difference",
     [E("FW_Release_7_CL-2024-04.eml", _p40)])

# ---------------------------------------------------------------- p41 (AU)
# Colombian coal mine WhatsApp: 200 teeth released, days later "confirmo las 250 liberadas", 800 still held.
case("p41_whatsapp_200_then_250", ["RG011"],
     "chat: buyer releases 200 teeth (800 held until field wear-test sign-off + his written release), later confirms 250 released with the same 800 held and no explanation",
     [X("WhatsApp_Chat_Sergio_Palacios_DFB.txt", T("""
        [3/06/24, 7:15:02 a. m.] Sergio Palacios: Nelson buen día. OC 4500-1812 for the bucket teeth PN DB-1450 (pala P&H 4100, 1.450 = the adapter size, ojo). Quedan liberadas 200 uñas for the first delivery; the other 800 stay on hold until the field wear-test sign-off at pit La Loma and my written release.
        [3/06/24, 7:31:44 a. m.] Nelson Cárdenas: buen día ingeniero 🙏 recibido, 200 uñas, entrega en La Jagua semana 25
        [3/06/24, 7:32:10 a. m.] Nelson Cárdenas: la colada sale el viernes
        [7/06/24, 4:05:51 p. m.] Nelson Cárdenas: ingeniero ya salió la colada, dureza 52 HRC promedio, le mando el informe por correo
        [7/06/24, 4:40:18 p. m.] Sergio Palacios: perfecto. confirmo las 250 liberadas, send the invoice per delivery. the 800 remain on hold as I said
        [7/06/24, 4:41:02 p. m.] Nelson Cárdenas: 👍 listo ingeniero
        [7/06/24, 4:41:30 p. m.] Nelson Cárdenas: transporte lo coordina don Efraín como siempre
        """))])

# ---------------------------------------------------------------- p42 (AV)
# Egyptian hospital group: PO (DOCX) pilot 8 beds, pilot release letter (PDF) says ten (10).
case("p42_multifile_po_8_letter_10", ["RG011"],
     "bundle: DOCX PO releases 8 pilot beds, the PDF pilot release letter releases ten (10); both hold the balance until pilot sign-off + written release by named director",
     [D("PO_NVMC-24-0098_beds.docx", [
         ("h1", "PURCHASE ORDER NVMC-24-0098"),
         ("p", "Nile Valley Medical Centers - Procurement Department - 14 El Gomhoreya St., Assiut, Egypt"),
         ("p", "Supplier: Port Said Steel Furniture Co. (S.A.E.), Public Free Zone, Port Said"),
         ("p", "Date: 02 June 2024 - Currency: EGP - Payment: 60 days after delivery"),
         ("table", [
             ["Line", "Description", "Qty", "Unit price EGP", "Status"],
             ["1", "Manual hospital bed, 2 cranks, ABS head/foot boards, model PSF-M2 - pilot", "8", "24,500", "released"],
             ["2", "Manual hospital bed PSF-M2 - production", "242", "21,900", "not released - on hold"],
         ]),
         ("sp",),
         ("p", "Line 2 is not released. It stays on hold until the pilot sign-off by our biomedical department and a written "
               "release from Dr. Eng. Hoda Mansour, Procurement Director."),
         ("p", "Material authority: pilot only."),
     ], author="H. Mansour"),
      P("Pilot_release_letter_NVMC-24-0098.pdf", [
         ("h1", "Nile Valley Medical Centers - Pilot release letter"),
         ("p", "Ref: PO NVMC-24-0098 - Assiut, 05 June 2024"),
         ("p", "To: Port Said Steel Furniture Co. - Attn. Eng. Hany Ragab, Plant Manager"),
         ("p", "Dear Eng. Hany,"),
         ("p", "Further to our PO NVMC-24-0098, we release ten (10) pilot beds model PSF-M2 for the ward evaluation in our "
               "Assiut and Sohag centers. Delivery before 30 June 2024."),
         ("p", "The balance remains on hold until the pilot sign-off by our biomedical department and a written release from "
               "Dr. Eng. Hoda Mansour."),
         ("p", "Kind regards,"),
         ("p", "Dr. Eng. Hoda Mansour - Procurement Director"),
     ], title="Pilot release NVMC-24-0098", author="H. Mansour")])

# ---------------------------------------------------------------- p43 (AW)
# Saudi olive-oil bottler WhatsApp: deposit transferred "so production can start on your side".
case("p43_whatsapp_deposit_so_start", ["RG012"],
     "chat: 5,000 pilot bottles released, 195,000 on hold until filling-trial sign-off + his written release; later the buyer says the deposit is transferred so production can start",
     [X("WhatsApp_Chat_Majed_AlGhamdi_CairoGlass.txt", T("""
        28/05/2024, 09:12 - Majed Al-Ghamdi: Good morning Eng. Hossam. PO 2024-0412 sent by email. Scope: 5,000 pilot bottles (one pallet) released for the filling-line trial in Al Jouf. The 195,000 balance is on hold until the filling-trial sign-off and my written release.
        28/05/2024, 09:40 - Hossam Farouk: Good morning ya Majed bey, received 👍 5,000 pilot, we ship by sea from Alexandria
        28/05/2024, 09:41 - Hossam Farouk: proforma for the 30% deposit coming today
        05/06/2024, 11:03 - Majed Al-Ghamdi: Transfer done for the 30% deposit ✅ so production can start on your side 💪
        05/06/2024, 11:05 - Majed Al-Ghamdi: <Media omitted>
        05/06/2024, 11:05 - Majed Al-Ghamdi: swift copy
        05/06/2024, 11:20 - Hossam Farouk: shukran, received. we start Sunday inshallah
        """))])

# ---------------------------------------------------------------- p44 (AX)
# Peruvian valve maker portal acknowledgement: accepted PO = signal to manufacture the whole order.
case("p44_ack_po_acceptance_signal", ["RG012"],
     "supplier acknowledgement treats the accepted PO as the signal to manufacture the whole order, although the quoted PO releases 20 samples and holds 4,780",
     [H("Acuse_OC_7720-0091_Valvulas_Rimac.html", "Acuse de recibo OC 7720-0091", T("""
        <h2>Válvulas del Rímac S.A.C. &mdash; Portal de clientes &mdash; Acuse de recibo / order acknowledgement</h2>
        <p>Cliente: Sanitaria Biobío S.A., Concepción, Chile &mdash; Atn. Sr. Cristián Vega Muñoz (Compras)<br>
        Su OC: 7720-0091 &nbsp;|&nbsp; Nuestro pedido: PV-24-0388 &nbsp;|&nbsp; Fecha: 06/06/2024</p>
        <table>
          <tr><th>Línea OC</th><th>Descripción</th><th>Cant.</th><th>Según su OC</th></tr>
          <tr><td>1</td><td>Válvula de compuerta DN100 PN16, asiento elástico, muestras</td><td>20</td><td>released</td></tr>
          <tr><td>2</td><td>Válvula de compuerta DN100 PN16, producción</td><td>4,780</td><td>on hold until FAT sign-off and written release from Sr. Cristián Vega Muñoz</td></tr>
        </table>
        <p>Estado: <b>ACEPTADA</b></p>
        <p>Hemos aceptado su OC. For us the accepted PO is the signal to manufacture the whole order, so the production
        job is loaded in our plant schedule from week 27. Las 20 muestras salen en la semana 25.</p>
        <p>Contacto: Ing. Renato Gálvez &mdash; Atención al Cliente &mdash; +51 1 614 2200</p>
        """), lang="es")])

# ---------------------------------------------------------------- p45 (AY)
# Egyptian cabinet maker letter: LC opened, so all 250 cabinets are considered released.
case("p45_lc_opened_all_released", ["RG011", "RG012"],
     "supplier letter: because the LC covers the full contract value it considers all 250 cabinets released, while it cites the PO releasing 5 pilots and holding 245",
     [P("Letter_ASC-2024-118_GPD-24-1150.pdf", [
         ("h1", "Alexandria Steel Cabinets Co. (S.A.E.)"),
         ("p", "Borg El Arab New City, 3rd Industrial Zone, Block 27 - Alexandria, Egypt - Tel. +20 3 459 2180"),
         ("p", "Ref: ASC/2024/118 - 06 June 2024"),
         ("p", "To: Gulf Power Distribution LLC, Abu Dhabi - Attn. Mr. Rashid Al Ketbi, Procurement Manager"),
         ("h", "Re: PO GPD-24-1150 - 250 outdoor inverter cabinets, drawing GPD-CAB-07 rev B"),
         ("p", "Dear Mr. Rashid,"),
         ("p", "We thank you for the irrevocable letter of credit No. LC/ADCB/24/55817 issued by ADCB, received through "
               "National Bank of Egypt on 4 June 2024, covering the full contract value of USD 412,500."),
         ("p", "We note that your PO lists 5 pilot cabinets as released and 245 cabinets on hold until the pilot sign-off "
               "and a written release from you, Mr. Rashid Al Ketbi. However, with the LC opened for the full value, we consider the production of "
               "all 250 cabinets released and have scheduled them in our plant from 1 July 2024."),
         ("p", "The 5 pilot cabinets will be ready for your inspection on 20 June 2024."),
         ("p", "Yours faithfully,"),
         ("p", "Eng. Sameh Abdelrahman - Commercial Director"),
     ], title="ASC/2024/118", author="S. Abdelrahman")])


# =================================================================== BUILD
def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(2020).shuffle(order)
    labels = {}
    mapping = {}
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        first = Path(c["files"][0][0]).stem
        folder = f"h20_{n:02d}_{first}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
        mapping[folder] = c["name"]
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    # summary on stdout (not written to disk, so the folders carry no hint of the label)
    counts = {f"RG{i:03d}": 0 for i in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  with risks: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r, k in counts.items():
        print(f"  {r}: {k}")


if __name__ == "__main__":
    build()
