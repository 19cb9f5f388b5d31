#!/usr/bin/env python3
"""Generator for the releasegate check_holdout84 corpus (agricultural machinery and spare parts).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout84/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
DOCX zip timestamps, shuffled with a fixed seed).

Descriptive case names (c.. = clean, p.. = positive) appear only in this file; the
folders are named h84_NN_<first-file-stem> in shuffled order.
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
SEED = 8484


def case(name, expect, note, files):
    """files: list of (filename, bytes | str). The first file names the case folder."""
    CASES.append({"name": name, "expect": sorted(expect), "note": note, "files": files})


# ----------------------------------------------------------------- renderers
# (copied from check_holdout3/build.py; message-id / boundary prefix changed to h84;
#  pdf() additionally transliterates characters the standard PDF fonts cannot draw)
_PDF_FALLBACK = {"ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ń": "n", "ł": "l", "Ł": "L",
                 "ś": "s", "ż": "z", "ź": "z", "ą": "a", "ę": "e", "ć": "c", "≥": ">=", "≤": "<="}


def _pdf_safe(s):
    s = "".join(_PDF_FALLBACK.get(ch, ch) for ch in str(s))
    return s.encode("cp1252", "replace").decode("cp1252")


def pdf(blocks, pagesize=A4, title="document", author="unknown"):
    """blocks: list of ("h", s) | ("p", s) | ("pre", s) | ("table", rows) | ("sp",)"""
    blocks = [(b[0],) + tuple(([[_pdf_safe(c) for c in r] for r in x] if b[0] == "table" else _pdf_safe(x))
                              for x in b[1:]) for b in blocks]
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
    m["Message-ID"] = msgid or f"<h84-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h84")
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


# ----------------------------------------------------------------- small helpers (own)
def q(text, level=1):
    """Quote a block of text the way mail clients do ('> ')."""
    pre = ">" * level + " "
    return "\n".join((pre + line) if line.strip() else pre.rstrip() for line in text.strip("\n").split("\n"))


def para_html(text):
    """Plain text -> simple HTML paragraphs (for multipart/alternative)."""
    parts = [p for p in text.strip().split("\n\n")]
    return "<html><body>" + "".join(
        "<p>" + escape(p).replace("\n", "<br>") + "</p>" for p in parts) + "</body></html>"


def html_table(rows):
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table>\n<tr>{head}</tr>\n{body}\n</table>"


# ---- people and companies (fictional)
CAMILLE = "Camille Roux <c.roux@agrimeca.fr>"
MATHIEU = "Mathieu Girard <m.girard@agrimeca.fr>"
JULIEN = "Julien Lefèvre <j.lefevre@agrimeca.fr>"
HELENE = "Hélène Marchand <h.marchand@coop-valdeloire.fr>"
GIULIA = "Giulia Ferri <giulia.ferri@officinepadane.it>"
DAVIDE = "Davide Rinaldi <davide.rinaldi@officinepadane.it>"
MARCO = "Marco Bellini <marco.bellini@officinepadane.it>"
MARTIN = "Martín Sosa <msosa@metpampa.com.ar>"
LUCIA = "Lucía Benítez <lbenitez@metpampa.com.ar>"
DAN = "Dan Kowalczyk <dkowalczyk@prairieimplement.ca>"
SARAH = "Sarah Lindqvist <slindqvist@prairieimplement.ca>"
MIKE = "Mike Tremblay <mtremblay@prairieimplement.ca>"
OKSANA = "Oksana Koval <o.koval@agromash.com.ua>"
ANDRIY = "Andriy Bondar <a.bondar@agromash.com.ua>"
RAJESH = "Rajesh Patel <rajesh.patel@saurashtraforge.in>"
HARDIK = "Hardik Mehta <qa@saurashtraforge.in>"
GURPREET = "Gurpreet Singh <gurpreet@ludhianaagri.co.in>"
EMRE = "Emre Yıldız <emre.yildiz@konyadokum.com.tr>"
AYSE = "Ayşe Demir <ayse.demir@konyadokum.com.tr>"
MURAT = "Murat Kaya <murat.kaya@egehidrolik.com.tr>"
TOMASZ = "Tomasz Nowak <t.nowak@wlkp-obrobka.pl>"
KASIA = "Katarzyna Wiśniewska <k.wisniewska@wlkp-obrobka.pl>"
KEVIN = "Kevin Zhang <kevin.zhang@nbhuarong.cn>"
RAFAEL = "Rafael Oliveira <rafael.oliveira@serragaucha.com.br>"
JULIANA = "Juliana Costa <juliana.costa@serragaucha.com.br>"


# =================================================================== POSITIVE (batch 1)
# ---- p01: sample PO + attached quote with season build, nothing about the balance
_p01_po = pdf([
    ("h1", "AGRIMECA SAS - BON DE COMMANDE / PURCHASE ORDER"),
    ("p", "Agrimeca SAS, ZI des Sarrazins, 51000 Châlons-en-Champagne, France. TVA FR 62 412 118 004."),
    ("p", "PO n° 4500018812  |  Date: 06/05/2024  |  Acheteuse / Buyer: Camille Roux  |  Fournisseur / Supplier: "
          "Saurashtra Forge & Castings Pvt Ltd, Aji GIDC, Rajkot 360003, India (vendor 700412)"),
    ("table", [
        ["Pos.", "Article", "Désignation / Description", "Qté", "P.U.", "Montant"],
        ["10", "AGM-ST-3210", "Dent ressort 32x10 / spring tine 32x10, pattern sample, dwg 3210-044 ind. C", "12 pcs",
         "4,80 EUR", "57,60 EUR"],
        ["20", "FRAIS-OUT", "Pattern charges (one time)", "1", "650,00 EUR", "650,00 EUR"],
    ]),
    ("p", "Total HT: 707,60 EUR. Incoterm: DAP Châlons-en-Champagne (Incoterms 2020). Payment: 60 days end of month."),
    ("p", "Delivery requested: before 14/06/2024. Hardness 44-48 HRC, certificate EN 10204 3.1 and dimensional report "
          "to accompany the parts. Reference: your quotation QT/SFC/24-117 rev. 2 dated 29/04/2024."),
    ("p", "Our general purchasing conditions AGM-CGA-2023 apply. Please acknowledge this order within 5 working days."),
], title="PO 4500018812", author="Agrimeca SAS")
_p01_qt = pdf([
    ("h1", "SAURASHTRA FORGE & CASTINGS PVT LTD"),
    ("p", "Plot 118, Aji GIDC, Rajkot 360003, Gujarat, India. GSTIN 24AABCS1180K1Z4. ISO 9001:2015 certified."),
    ("h", "QUOTATION QT/SFC/24-117 rev. 2  -  29 April 2024"),
    ("p", "Kind attn: Ms. Camille Roux, Agrimeca SAS, France. Sub: Spring tine 32x10 as per your drawing 3210-044 ind. C"),
    ("table", [
        ["Sr.", "Description", "Qty", "Rate (EUR)", "Lead time"],
        ["1", "Pattern samples, spring tine 32x10, 50CrV4, hardened & tempered", "12 nos", "4.80 / no", "3 weeks"],
        ["2", "Season build, same spec, oiled, palletised 200 nos/pallet", "2,400 nos", "2.85 / no", "6 weeks from PO"],
        ["3", "Pattern charges (one time, non-refundable)", "1 lot", "650.00", "-"],
    ]),
    ("p", "Terms: prices ex-works Rajkot + sea freight quoted separately. Validity 90 days. Payment: 30% advance, "
          "balance against copy of B/L. Hardness 44-48 HRC, 100% crack test. Packing: wooden pallets ISPM-15."),
    ("p", "Thanking you and assuring you of our best services at all times. For Saurashtra Forge & Castings Pvt Ltd, "
          "Rajesh Patel, Manager - Exports."),
], title="QT/SFC/24-117", author="Saurashtra Forge")
_p01_mail = mail(
    CAMILLE, RAJESH, "PO 4500018812 - dent ressort / spring tine 32x10 - pattern samples",
    "Tue, 07 May 2024 10:14:00 +0200",
    "Dear Mr Patel,\n\n"
    "Following our call on Friday, please find attached our purchase order 4500018812 for the pattern samples of "
    "the spring tine AGM-ST-3210 (drawing 3210-044 ind. C), twelve (12) pieces, together with your quotation "
    "QT/SFC/24-117 rev. 2 which the order refers to.\n\n"
    "The samples must arrive in Châlons before 14 June so that our field team can mount them on the trial "
    "cultivator before the harvest window. Please send the hardness report (44-48 HRC) and the dimensional report "
    "with the parts, and the tracking number once shipped by air.\n\n"
    "Merci d'avance, and best regards to Mr Mehta.\n\nCamille Roux"
    + sig("Camille Roux", "Acheteuse projets / Project buyer", "Agrimeca SAS", "+33 3 26 64 18 20"),
    attachments=[("PO_4500018812.pdf", _p01_po, PDF_MT), ("QT_SFC_24-117_rev2.pdf", _p01_qt, PDF_MT)],
)
case("p01_sample_po_with_season_quote", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 12 pattern-sample tines sent with the quote showing a 2,400 season build; nothing says the 2,400 is "
     "not released, no unlock event, no release person",
     [("mail_PO_4500018812.eml", eml_bytes(_p01_mail))])

# ---- p02: Italian DOCX order with annual requirement column, no hold
_p02 = docx_bytes([
    ("h1", "OFFICINE PADANE S.r.l. - ORDINE DI ACQUISTO / PURCHASE ORDER N. OP-24/0457"),
    ("p", "Via dell'Industria 41, 42124 Reggio Emilia (RE), Italia - P.IVA IT01873320359"),
    ("p", "Spett.le / Messrs: Konya Döküm ve Dövme San. A.Ş., 3. Organize Sanayi Bölgesi, Konya, Türkiye"),
    ("p", "Data / Date: 13/05/2024    Acquisti / Purchasing: Davide Rinaldi    Rif. offerta / Your offer: KD-2024-0388"),
    ("table", [
        ["Pos.", "Codice / Part", "Descrizione / Description", "Q.tà ordine", "Fabbisogno annuo", "Prezzo unit."],
        ["1", "OP-GH-112 rev. B", "Scatola cambio / gearbox housing EN-GJS-500-7, campionatura (first-off castings), "
                                 "grezzo / as cast", "8 pz", "3.600 pz", "41,50 EUR"],
        ["2", "OP-GH-112-MOD", "Modello / pattern (aluminium, 2 cavities) - one time", "1", "-", "4.200,00 EUR"],
    ]),
    ("sp",),
    ("p", "Consegna campioni / sample delivery: sett. 26, franco nostro stabilimento (DAP Reggio Emilia)."),
    ("p", "Certificato materiale EN 10204 3.1, micrografia (nodularità ≥ 85%) e rapporto dimensionale richiesti con "
          "i campioni. Le tolleranze generali sono secondo ISO 8062-3 DCTG 9."),
    ("p", "Pagamento / Payment: bonifico 90 gg d.f.f.m. Imballo: casse in legno, ISPM-15."),
    ("p", "Vi preghiamo di restituire copia dell'ordine firmata per accettazione. Please return a signed copy as "
          "acceptance of this order."),
    ("p", "Cordiali saluti / Best regards - Davide Rinaldi, Ufficio Acquisti"),
], author="Officine Padane")
case("p02_it_order_annual_requirement", ["RG001", "RG003", "RG004", "RG005"],
     "order for 8 first-off castings with an annual requirement 3.600 pz column beside it, not marked informational; "
     "balance, unlock event and release person absent",
     [("OP-24-0457_ordine.docx", _p02)])

# ---- p03: supplier-portal page for pilot cab frames with program qty
_p03 = html_page("PO-PIC-24-0391 | Prairie Implement Co-op Supplier Portal", f"""
<div style="background:#2d5a27;color:#fff;padding:8px"><b>Prairie Implement Co-operative Ltd</b> &middot; Supplier Portal
&middot; logged in as: kevin.zhang@nbhuarong.cn (Ningbo Huarong Machinery Co., Ltd)</div>
<h2>Purchase Order PO-PIC-24-0391 &nbsp; <small>Status: OPEN &middot; Rev 0 &middot; Issued 2024-05-21</small></h2>
<p>Buyer: Sarah Lindqvist, Purchasing &middot; Ship to: 3310 Millar Ave, Saskatoon SK S7K 7G9, Canada &middot;
Incoterm: FCA Ningbo &middot; Currency: USD &middot; Terms: Net 45</p>
{html_table([
    ["Line", "Item", "Description", "Qty ordered", "Program qty", "Unit price", "Need date"],
    ["1", "CF-880-02", "Cab frame weldment, ROPS, pilot build, e-coat grey", "6 EA", "240 EA", "1,180.00", "2024-07-15"],
    ["2", "FX-880-JIG", "Welding fixture amortisation (one time)", "1 LOT", "-", "6,500.00", "2024-07-15"],
])}
<p>Notes from buyer: Pilot frames to ship by air freight, one frame per crate. Weld map and ROPS certificate
(ISO 5700) required with shipment. Program qty per RFQ 24-117.</p>
<p>Attachments: CF-880-02_revC.pdf (drawing), PIC-SQM-Rev4.pdf (supplier quality manual)</p>
<p><button>Acknowledge PO</button> <button>Request change</button> <button>Message buyer</button></p>
<p style="color:#888">&copy; 2024 Prairie Implement Co-operative Ltd. Portal v3.8.2</p>
""")
case("p03_portal_pilot_cab_frames", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO for 6 pilot cab frames shows a 240 program qty column with nothing saying it is not released; "
     "no hold, event or release person",
     [("PO-PIC-24-0391.html", _p03)])

# ---- p04: ERP PO printout (AR) + Brazilian quote PDF, two files
_p04_po = """\
METALURGICA PAMPA S.A.                                   ORDEN DE COMPRA / PURCHASE ORDER
Ruta 9 km 287, S2000 Rosario, Santa Fe, Argentina        CUIT 30-50012877-4
------------------------------------------------------------------------------------------
OC NRO.......: 0045-00012877            FECHA......: 27/05/2024        HOJA: 1/1
PROVEEDOR....: 200318 METALURGICA SERRA GAUCHA LTDA - CAXIAS DO SUL RS - BRASIL
COMPRADOR....: MSOSA                    MONEDA.....: USD               COND.PAGO: 60 DD FF
INCOTERM.....: FCA CAXIAS DO SUL        REF.COTIZ..: SG-0932 REV.1
------------------------------------------------------------------------------------------
IT  CODIGO          DESCRIPCION                              CANT  UM   P.UNIT     TOTAL
--  --------------  ---------------------------------------  ----  --  --------  --------
01  MP-CR-2210-B    CAJA REDUCTORA DOSIFICADOR / METERING      24  UN     38,90    933,60
                    GEARBOX HOUSING - MUESTRAS (SAMPLES)
                    FUNDICION GJS-450-10, MECANIZADO S/PLANO
                    MP-CR-2210 REV B
------------------------------------------------------------------------------------------
                                                         TOTAL USD ...........    933,60
ENTREGA......: 28/06/2024 EN PLANTA ROSARIO
OBSERVACIONES: ENVIAR CERTIFICADO DE MATERIAL E INFORME DIMENSIONAL CON LAS MUESTRAS.
               EMBALAJE EN CAJON DE MADERA. SEGUN COTIZACION SG-0932 REV.1 ADJUNTA.
------------------------------------------------------------------------------------------
IMPRESO: 27/05/2024 16:42  USUARIO: MSOSA  SISTEMA: TANGO GESTION 20.1
"""
_p04_qt = pdf([
    ("h1", "METALÚRGICA SERRA GAÚCHA LTDA"),
    ("p", "Rua Ernesto Dornelles 1450, Distrito Industrial, Caxias do Sul - RS, Brasil. CNPJ 88.118.204/0001-37"),
    ("h", "COTAÇÃO / QUOTATION SG-0932 rev.1 - 20/05/2024"),
    ("p", "Cliente: Metalúrgica Pampa S.A., Rosario - Att. Sr. Martín Sosa. Peça: caixa redutora MP-CR-2210 rev B."),
    ("table", [
        ["Item", "Descrição / Description", "Quantidade", "Preço unit. USD", "Prazo / Lead time"],
        ["1", "Amostras / samples, fundido + usinado", "24 pcs", "38,90", "4 semanas"],
        ["2", "Lote de produção / production lot, fundido + usinado, pintado primer", "1.200 pcs", "21,70", "8 semanas"],
        ["3", "Ferramental / tooling (placa modelo)", "1", "5.800,00", "-"],
    ]),
    ("p", "Condições: FCA Caxias do Sul. Validade 60 dias. Pagamento 60 dias da fatura. Material conforme "
          "NBR 6916 / ISO 1083. Tolerâncias conforme desenho."),
    ("p", "Atenciosamente, Rafael Oliveira - Vendas Exportação"),
], title="SG-0932 rev1", author="Serra Gaucha")
case("p04_erp_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO for 24 samples says 'según cotización adjunta'; the attached quote shows a 1.200 pcs production lot; "
     "nothing about the balance, its unlock event or who releases it",
     [("OC_0045-00012877.txt", _p04_po), ("Cotacao_SG-0932_rev1.pdf", _p04_qt)])

# ---- p05: Viber chat, 40 field-test discs priced off the 2 000 series
_p05 = """\
Viber chat history: Andriy Bondar (Poltava AgroMash) / Tomasz Nowak (WLKP Obróbka)
Exported 2024-06-04

03.06.2024 08:41 Andriy Bondar: Tomasz, good morning!
03.06.2024 08:42 Andriy Bondar: PO 118/24 sent to your email just now. 40 pcs discs 560 mm (dwg AM-D560-07 rev 2) for field test on the new disc harrow
03.06.2024 08:43 Andriy Bondar: Price as in your offer for the 2 000 pcs series, 11,40 EUR/pc, we agreed with Oksana
03.06.2024 08:43 Andriy Bondar: please confirm delivery date
03.06.2024 09:15 Tomasz Nowak: Dzień dobry Andriy 🙂 received, thank you
03.06.2024 09:16 Tomasz Nowak: Boron steel 30MnB5 we have in stock, heat treatment 3 weeks, so delivery ~26.06 by truck
03.06.2024 09:16 Tomasz Nowak: Transport as usual via Dorohusk?
03.06.2024 09:30 Andriy Bondar: yes Dorohusk, the same forwarder, Trans-Lviv. Queue is ok now
03.06.2024 09:31 Andriy Bondar: and please put hardness protocol in the box, last time it was only by email
03.06.2024 09:33 Tomasz Nowak: 👍 ok
03.06.2024 09:34 Tomasz Nowak: Will send order confirmation today
04.06.2024 11:02 Tomasz Nowak: Order confirmation sent. Greetings to the team in Poltava
04.06.2024 11:05 Andriy Bondar: Thank you! 🌻
"""
case("p05_viber_field_test_discs", ["RG001", "RG003", "RG004", "RG005"],
     "buyer's chat orders 40 field-test discs priced 'as in your offer for the 2 000 pcs series'; the 2 000 is not "
     "marked informational and nothing holds the balance, names an unlock event or a release person",
     [("viber_Bondar_Nowak_2024-06.txt", _p05)])

# ---- p06: DOCX scope note, balance on hold "until further notice", person named, no event
_p06 = docx_bytes([
    ("h1", "AGRIMECA SAS - Note de périmètre / PO scope note"),
    ("p", "Commande / PO: 4500018950 rev. 0  -  Fournisseur: Wielkopolska Obróbka Sp. z o.o., Poznań (vendor 700388)"),
    ("p", "Article: AGM-VH-63-400, fourreau de vérin / hydraulic cylinder barrel Ø63 x 400, honed, dwg 63-400-11 ind. B"),
    ("table", [
        ["Rubrique / Item", "Valeur / Value"],
        ["Quantité active / active quantity", "seize (16) pièces pour essais au champ / 16 pcs for field test"],
        ["Quantité devisée / quoted production quantity", "800 pcs (prévision / forecast)"],
        ["Solde / balance", "784 pcs - NON LIBÉRÉ / NOT RELEASED"],
        ["Statut du solde / balance status", "en attente jusqu'à nouvel ordre / on hold until further notice"],
        ["Autorité de libération / release authority", "Mathieu Girard, Directeur Achats"],
        ["Autorisation matière / material authority", "sample-only (16 pcs)"],
    ]),
    ("sp",),
    ("p", "Merci de fabriquer uniquement les 16 pièces. Please build the 16 pieces only and ship them with the "
          "honing roughness report (Ra ≤ 0,4 µm) and the pressure test record (250 bar)."),
    ("p", "Livraison: DAP Châlons-en-Champagne, semaine 27. Contact technique: Julien Lefèvre."),
    ("p", "Camille Roux - Acheteuse projets"),
], author="Agrimeca SAS")
case("p06_scope_note_until_further_notice", ["RG004"],
     "scope note states 16 active, balance 784 not released and names Mathieu Girard, but the hold is only 'until "
     "further notice' - no unlock event",
     [("Note_perimetre_4500018950.docx", _p06)])

# ---- p07: email, balance on hold until further notice, no person, no event
_p07 = mail(
    DAVIDE, GURPREET, "PO 4711/24 - PTO yoke 1 3/8\" Z6 - pilot lot",
    "Wed, 22 May 2024 15:40:00 +0200",
    "Dear Mr Gurpreet,\n\n"
    "thank you for the quick offer. Our PO 4711/24 is in your mailbox since this morning.\n\n"
    "To be very clear on the scope: PO 4711/24 covers the 30 pilot PTO yokes (part OP-YK-138-Z6, dwg rev. E) only. "
    "The balance of 570 nos from your offer is not released and stays on hold until further notice. Please do not "
    "start anything beyond the 30 pcs.\n\n"
    "For the pilot lot we need: forging certificate (42CrMo4 QT), hardness on spline 28-32 HRC, MPI report, and "
    "dimensional report on 5 pcs. Packing in VCI bags, max 25 kg per carton.\n\n"
    "Shipment by air to Bologna (BLQ), forwarder DHL Global Forwarding, our account.\n\n"
    "Grazie e buona giornata,\nDavide"
    + sig("Davide Rinaldi", "Ufficio Acquisti / Purchasing", "Officine Padane S.r.l.", "+39 0522 918 440"),
)
case("p07_pilot_yokes_hold_no_event", ["RG004", "RG005"],
     "states 30 active and the 570 balance not released, but only 'on hold until further notice': no unlock event "
     "and nobody named to release",
     [("PO_4711-24_pilot_lot.eml", eml_bytes(_p07))])

# ---- p08: AR PDF PO, event named, release by a department
_p08 = pdf([
    ("h1", "METALÚRGICA PAMPA S.A. - ORDEN DE COMPRA 0045-00012990"),
    ("p", "Fecha: 10/06/2024  |  Proveedor: Metalúrgica Serra Gaúcha Ltda, Caxias do Sul (200318)  |  "
          "Comprador: Martín Sosa  |  Moneda: USD"),
    ("table", [
        ["Ítem", "Código", "Descripción", "Cant.", "P. unit.", "Total"],
        ["1", "MP-AB-4410", "Cuerpo de abresurco / opener body, GJS-450-10, muestras (samples)", "40 un.", "17,20",
         "688,00"],
    ]),
    ("h", "Alcance de la orden / scope of this order"),
    ("p", "Cantidad activa / active quantity: 40 unidades de muestra (sample pieces)."),
    ("p", "Saldo / balance: 960 un. de la cotización SG-0951 - NO LIBERADO / NOT RELEASED. No iniciar producción "
          "ni comprar material para el saldo."),
    ("p", "El saldo se liberará sólo después de la aprobación técnica de las muestras (sample sign-off, ensayo a "
          "campo incluido) y mediante una liberación escrita emitida por el Departamento de Compras."),
    ("p", "Autorización de material / material authority: sólo muestras (sample-only)."),
    ("sp",),
    ("p", "Entrega: 15/07/2024 planta Rosario. Condición de pago: 60 días fecha factura. Adjuntar certificado de "
          "colada y informe dimensional (5 piezas)."),
], title="OC 0045-00012990", author="Metalurgica Pampa")
case("p08_ar_po_release_by_department", ["RG005"],
     "40 samples active, 960 not released, unlock event named (sample sign-off + written release), but the release "
     "is issued by 'el Departamento de Compras' - no named person",
     [("OC_0045-00012990.pdf", _p08)])

# ---- p09: WeChat export, rest parked until a person says so; supplier pours castings for all
_p09 = """\
WeChat chat export - "Poltava AgroMash / Huarong hubs"
Members: Andriy Bondar, Kevin Zhang 张凯, Lily Chen 陈莉

2024-05-06 10:12 Andriy Bondar: Kevin hello. PO 131/24 is signed and sent. Only 40 sample hubs HB-6205-AM, dwg rev 3. Rest 960 wait, Nikolai Shevchenko (our production director) will tell you when.
2024-05-06 10:20 Kevin Zhang 张凯: Hello Andriy, received with thanks. 40 pcs sample, we arrange.
2024-05-06 10:21 Kevin Zhang 张凯: Bearing 6205-2RS brand C&U ok? or you want SKF
2024-05-06 10:40 Andriy Bondar: C&U ok for samples. For series we decide later
2024-05-20 16:05 Lily Chen 陈莉: Dear Andriy, samples machining finished, painting tomorrow. Photos below
2024-05-20 16:05 Lily Chen 陈莉: [Photo]
2024-05-20 16:05 Lily Chen 陈莉: [Photo]
2024-05-21 09:30 Kevin Zhang 张凯: Andriy, to save time for your season we already poured the castings for 1000 sets, all now in our warehouse waiting machining. Only 40 are machined. When Nikolai confirm?
2024-05-21 09:31 Kevin Zhang 张凯: Foundry price going up in June so we think better buy now 😊
2024-05-21 11:47 Andriy Bondar: I will ask him. Please send samples first
"""
case("p09_wechat_castings_poured", ["RG004", "RG006"],
     "buyer: 40 samples only, rest 960 waits until Nikolai Shevchenko says so (person, no event); supplier has poured castings "
     "for 1000 sets without any material authority",
     [("wechat_AgroMash_Huarong_hubs.txt", _p09)])

# ---- p10: Italian DOCX letter, sample castings without a quantity
_p10 = docx_bytes([
    ("h1", "OFFICINE PADANE S.r.l."),
    ("p", "Reggio Emilia, 4 giugno 2024"),
    ("p", "Spett.le Konya Döküm ve Dövme San. A.Ş. - c.a. Sig. Emre Yıldız, Export Sales"),
    ("p", "Oggetto / Subject: Ordine OP-24/0502 - forcella PTO / PTO fork OP-PTO-220 rev. D - campionatura"),
    ("p", "Gentile Sig. Yıldız,"),
    ("p", "con la presente Vi autorizziamo a produrre la campionatura della forcella OP-PTO-220 rev. D (fusione in "
          "EN-GJS-600-3, sabbiatura, primer). This letter authorizes sample castings only."),
    ("p", "La produzione di serie non è rilasciata / series production is not released. Il rilascio della produzione "
          "avverrà esclusivamente per iscritto, a firma di Giulia Ferri (Responsabile Acquisti), dopo il sample "
          "sign-off del nostro ufficio Qualità (rapporto dimensionale + prova di trazione)."),
    ("p", "Autorizzazione materiali / material authority: solo campionatura (sample-only)."),
    ("p", "Documentazione richiesta: certificato 3.1 secondo EN 10204, micrografia, rapporto dimensionale completo "
          "(ISO 8062-3 DCTG 8). Consegna: DAP Reggio Emilia, entro la settimana 28."),
    ("p", "Restiamo a disposizione per ogni chiarimento. Distinti saluti,"),
    ("p", "Davide Rinaldi - Ufficio Acquisti, Officine Padane S.r.l."),
], author="Officine Padane")
case("p10_it_letter_campionatura_no_qty", ["RG010"],
     "authorizes 'la campionatura' (sample castings only) with hold, unlock event and Giulia Ferri named, but never "
     "states how many samples are authorized",
     [("Lettera_OP-24-0502_campionatura.docx", _p10)])

# ---- p11: AR email (text+html), first-off castings with no quantity
_p11_txt = (
    "Estimado Rafael,\n\n"
    "Te confirmo por este medio la orden 0045-00013104: por favor fabricar las primeras piezas de fundición "
    "(first-off castings) del disco limitador MP-DL-3050 rev A, solo muestras / samples only.\n\n"
    "El saldo de producción no está liberado (balance not released). Se libera únicamente con una liberación "
    "escrita de la Ing. Lucía Benítez, Jefa de Ingeniería, después del FAI sign-off de las muestras en Rosario.\n\n"
    "Material: sólo para las muestras. Please send the foundry certificate and the FAI report (balloon drawing) "
    "together with the parts. Entrega FCA Caxias do Sul, la recogemos con Expreso Mercosur.\n\n"
    "Saludos cordiales,\nMartín Sosa\nCompras - Metalúrgica Pampa S.A.\nTel. +54 341 455 2870"
)
_p11 = mail(MARTIN, RAFAEL, "OC 0045-00013104 - disco limitador MP-DL-3050 - primeras piezas",
            "Mon, 17 Jun 2024 11:05:00 -0300", _p11_txt, html=para_html(_p11_txt), cc=LUCIA)
case("p11_ar_first_off_castings_no_qty", ["RG010"],
     "orders first-off castings 'solo muestras' with hold, unlock event and Lucía Benítez named, but no sample "
     "quantity anywhere",
     [("OC_0045-00013104_primeras_piezas.eml", eml_bytes(_p11))])

# ---- p12: Canadian ERP printout with QTY TBA
_p12 = """\
PRAIRIE IMPLEMENT CO-OPERATIVE LTD            *** PURCHASE ORDER ***          PAGE 1 OF 1
3310 MILLAR AVE  SASKATOON SK S7K 7G9  CANADA  GST# 81224 1180 RT0001
==========================================================================================
PO NUMBER    : PIC-24-0417             REVISION : 00        DATE : 2024-06-03
VENDOR       : 40221  WIELKOPOLSKA OBROBKA SP. Z O.O., UL. GORECKA 104, 61-483 POZNAN, PL
BUYER        : S.LINDQVIST             TERMS    : NET 45    FOB  : FCA POZNAN
SHIP VIA     : AIR - FREIGHT COLLECT   CURRENCY : CAD
==========================================================================================
LN  PART NO.          REV  DESCRIPTION                          QTY     UOM   UNIT PRICE
--  ----------------  ---  -----------------------------------  ------  ----  ----------
01  240-1180-03       C    SHANK, CULTIVATOR, 1-1/4 X 2,        TBA     EA       48.60
                           QT 4140, SHOT PEENED
------------------------------------------------------------------------------------------
SCOPE        : SAMPLE ONLY - FIELD TEST UNITS
BALANCE      : NOT RELEASED. NO PRODUCTION, NO MATERIAL BEYOND SAMPLES.
UNLOCK       : FIELD TEST SIGN-OFF (ENGINEERING, M. TREMBLAY) THEN WRITTEN RELEASE
RELEASE AUTH : DAN KOWALCZYK, SUPPLY CHAIN MANAGER
MATERIAL AUTH: SAMPLE-ONLY
NOTES        : SHIP WITH CERT OF CONFORMANCE, HARDNESS MAP, PEENING INTENSITY RECORD.
               DRAWING 240-1180 REV C, GENERAL TOL. ISO 2768-mK.
==========================================================================================
PRINTED 2024-06-03 14:22 BY SLINDQVI   JDE E1 9.2   FORM PO-STD-04
"""
case("p12_erp_po_qty_tba", ["RG010"],
     "ERP sample PO with hold, unlock event and Dan Kowalczyk named, but the quantity field says TBA; part number "
     "240-1180-03 is not a quantity",
     [("PIC-24-0417_printout.txt", _p12)])

# ---- p13: French co-op portal page, quantity 'selon devis' with no quote in the bundle
_p13 = html_page("Demande d'échantillons DE-2024-061 | Coopérative Agricole du Val de Loire", f"""
<h2>Coopérative Agricole du Val de Loire &mdash; Achats pièces</h2>
<p>Portail fournisseurs &middot; Fournisseur: <b>Ege Hidrolik San. ve Tic. Ltd. Şti.</b>, İzmir (Türkiye)</p>
<h3>Demande d'échantillons / sample request DE-2024-061</h3>
{html_table([
    ["Champ / field", "Valeur / value"],
    ["Référence", "VER-63-400-CV, vérin double effet Ø63/35 course 400 / double-acting cylinder"],
    ["Type", "lot d'échantillons / sample lot"],
    ["Quantité / quantity", "selon devis / as per quotation"],
    ["Solde / balance", "non libéré / not released"],
    ["Déblocage / unlock event", "validation des essais au champ (field test sign-off) puis libération écrite"],
    ["Autorité de libération / release authority", "Hélène Marchand, responsable achats pièces"],
    ["Autorisation matière / material authority", "échantillons uniquement / sample-only"],
    ["Livraison / delivery", "DAP Saumur, semaine 30"],
])}
<div class="note">Merci de joindre le PV d'essai en pression (250 bar) et le certificat de la tige chromée
(20 µm min.). Filetages selon ISO 965-1, raccords ISO 1179-1 G1/2.</div>
<p>Contact: h.marchand@coop-valdeloire.fr &middot; +33 2 41 50 62 10</p>
""", lang="fr")
case("p13_coop_portal_qty_as_per_quote", ["RG010"],
     "sample request with hold, unlock event and Hélène Marchand named, but quantity is only 'selon devis' and no "
     "quotation is in the bundle",
     [("DE-2024-061_demande_echantillons.html", _p13)])

# ---- p14: WhatsApp, 'some sample tines', nothing else
_p14 = """\
[10/06/2024, 08:02:11] Sarah Lindqvist: Hi Emre! Hope all is good in Konya ☀️
[10/06/2024, 08:03:40] Sarah Lindqvist: We'd like you to make some sample tines for field testing before harvest - same as drawing 55-210 rev F but with the new 12 mm hole position we discussed
[10/06/2024, 08:04:02] Sarah Lindqvist: Please ship them DHL Express when ready, our account 96 4411 208. PO number to follow from our system
[10/06/2024, 09:47:55] Emre Yıldız: Hello Sarah, good morning from Konya 😊
[10/06/2024, 09:48:30] Emre Yıldız: Noted, we start pattern modification tomorrow. Spring steel 55Si7 same as before
[10/06/2024, 09:49:12] Emre Yıldız: I will send you the pro forma for the DHL customs
[10/06/2024, 09:52:03] Sarah Lindqvist: Perfect, thanks Emre!
"""
case("p14_whatsapp_some_sample_tines", ["RG003", "RG004", "RG005", "RG010"],
     "buyer tells supplier to make 'some sample tines' - no quantity, nothing about the balance, no unlock event, "
     "no release person",
     [("WhatsApp Chat with Emre Yildiz.txt", _p14)])

# ---- p15: PO PDF (complete) + Viber chat with 'ok, proceed'
_p15_po = pdf([
    ("h1", "POLTAVA AGROMASH LLC - PURCHASE ORDER 142/24"),
    ("p", "36009 Poltava, vul. Zavodska 12, Ukraine. EDRPOU 31120458. Date: 08.04.2024. "
          "Supplier: Wielkopolska Obróbka Sp. z o.o., Poznań, Poland."),
    ("table", [
        ["No.", "Part", "Description", "Qty", "Price EUR", "Amount EUR"],
        ["1", "AM-SH-3012", "Cultivator shank 30x12, 38MnB5, dwg AM-SH-3012 rev 4, SAMPLES", "20 pcs", "14,70",
         "294,00"],
    ]),
    ("h", "Scope of this PO"),
    ("p", "Active quantity: 20 sample shanks. The balance of 980 pcs (series quantity in your offer WO/24/117) is "
          "NOT released - do not start production or buy material for it."),
    ("p", "Unlock event: sample sign-off by our QC laboratory (hardness, bending test), followed by a written release "
          "signed by Oksana Koval, Head of Procurement. Only that written release authorizes the balance."),
    ("p", "Material authority: sample-only."),
    ("p", "Delivery: DAP Poltava, before 10.05.2024. Payment: 30 days after delivery. Documents: CMR, invoice, "
          "EUR.1, hardness protocol."),
], title="PO 142/24", author="Poltava AgroMash")
_p15_chat = """\
Viber - Tomasz Nowak ↔ Andriy Bondar
29.04.2024 13:10 Tomasz Nowak: Hello Andriy, samples 142/24 ready. Hardness 46-47 HRC, bending test ok on 2 pcs
29.04.2024 13:10 Tomasz Nowak: [Photo]
29.04.2024 13:11 Tomasz Nowak: [Photo]
29.04.2024 13:11 Tomasz Nowak: [File: protokol_twardosci_142-24.pdf]
29.04.2024 13:12 Tomasz Nowak: Can we proceed?
29.04.2024 15:48 Andriy Bondar: looks very good
29.04.2024 15:48 Andriy Bondar: ok, proceed 👍
29.04.2024 15:50 Tomasz Nowak: Thank you! 👍
"""
case("p15_po_plus_viber_ok_proceed", ["RG002"],
     "PO is fully scoped (20 samples, 980 not released, sign-off + Oksana Koval's written release), but the buyer "
     "answers the supplier's 'can we proceed?' with an unscoped 'ok, proceed'",
     [("PO_142-24.pdf", _p15_po), ("viber_Nowak_Bondar.txt", _p15_chat)])


# =================================================================== POSITIVE (batch 2)
# ---- p16: Turkish foundry reply: material for the full season + straight into the series
_p16_orig = (
    "Dear Emre,\n\n"
    "Our PO 4500019034 for the cultivator share points AGM-SP-0712 (cast steel, dwg 0712-020 ind. A) is attached.\n\n"
    "Scope, please read carefully:\n"
    "- Active quantity: ten (10) pattern samples.\n"
    "- Balance: 1,490 pcs of the 1,500 season quantity in your offer are NOT released.\n"
    "- Unlock: sample sign-off by Julien Lefèvre (engineering), then a written release signed by Mathieu Girard, "
    "Directeur Achats. Nothing else releases the balance.\n"
    "- Material authority: sample-only.\n\n"
    "Best regards,\nCamille Roux\nAgrimeca SAS"
)
_p16 = mail(
    EMRE, CAMILLE, "RE: PO 4500019034 - share points AGM-SP-0712 - pattern samples",
    "Thu, 16 May 2024 17:22:00 +0300",
    "Dear Camille Hanım,\n\n"
    "Thank you very much for your PO, well received. The pattern is finished and the ten samples will be poured on "
    "Thursday with heat 24-1187, then heat treatment (quench + temper, 48-52 HRC) and shot blasting. We plan to ship "
    "by air on 29 May.\n\n"
    "For your information, we have already booked the steel scrap and the ferro-alloys for the complete 1,500 pcs, "
    "because the prices will increase in July; the material is stocked in our yard under your name. As soon as "
    "Mr. Lefèvre approves the pattern samples we will continue directly with the series, so you will have all parts "
    "before the stubble season.\n\n"
    "Kind regards / Saygılarımızla,\nEmre Yıldız\n\n"
    "On Mon, 13 May 2024 at 09:05, Camille Roux <c.roux@agrimeca.fr> wrote:\n" + q(_p16_orig)
    + sig("Emre Yıldız", "Export Sales Manager", "Konya Döküm ve Dövme San. A.Ş.", "+90 332 345 11 80"),
    in_reply_to="<h84-ref-0712@agrimeca.fr>",
)
case("p16_foundry_books_material_and_rolls_on", ["RG006", "RG007"],
     "buyer's quoted scope is complete (10 samples, sample-only material); the foundry has booked material for "
     "1,500 and says it will continue directly with the series once samples are approved",
     [("RE_PO_4500019034_share_points.eml", eml_bytes(_p16))])

# ---- p17: supplier weekly status printout, bar stock for the full program
_p17 = """\
WIELKOPOLSKA OBROBKA SP. Z O.O.  -  CUSTOMER ORDER STATUS                 WEEK 24/2024
CUSTOMER: PRAIRIE IMPLEMENT CO-OPERATIVE LTD, SASKATOON (CUST. 1180)
PREPARED BY: K. WISNIEWSKA (PPC)          DISTRIBUTION: S. LINDQVIST, D. KOWALCZYK, T. NOWAK
=====================================================================================================
PO           PART          DESCRIPTION            RELEASED  PRODUCED  SHIPPED  MATERIAL ON HAND
-----------  ------------  ---------------------  --------  --------  -------  ---------------------
PIC-24-0388  240-0910-02   HITCH PIN 1-1/2"            300       300      300  0 (CONSUMED)
PIC-24-0401  240-1020-01   SPACER, BUSHING             120        80        0  TUBE FOR 120
PIC-24-0422  240-1190-01   CLEVIS, HD, 4140             25        25       25  BAR 42CRMO4 FOR 600
-----------  ------------  ---------------------  --------  --------  -------  ---------------------
REMARKS:
 PIC-24-0388  CLOSED. POD RECEIVED 2024-06-07.
 PIC-24-0401  BALANCE 40 PCS ON LATHE 7, SHIP WEEK 26.
 PIC-24-0422  SAMPLES SHIPPED WEEK 21 (AWB 176-4411 2093). BAR FOR THE FULL 600 PCS PROGRAM PURCHASED
              WEEK 22 TO SECURE MILL SLOT AT CELSA HUTA OSTROWIEC (8.4 T, HEAT 24B0719).
              BALANCE 575 PCS NOT RELEASED - WAITING FOR YOUR WRITTEN RELEASE AFTER FIELD TEST.
=====================================================================================================
NEXT REVIEW CALL: THURSDAY 13:00 CET / 06:00 CST
"""
case("p17_status_report_bar_for_program", ["RG006"],
     "supplier status: 25 samples released for PIC-24-0422 but bar for the full 600 program bought, with no "
     "material authority (balance correctly shown as not released)",
     [("WLKP_order_status_wk24.txt", _p17)])

# ---- p18: Brazilian supplier - deposit received, so steel bought and blanks cut
_p18_orig = (
    "Rafael, buenas tardes:\n\n"
    "Te envío la OC 0045-00013220 por el brazo de sembradora MP-BS-1580 rev C.\n"
    "- Cantidad activa: 20 muestras (samples).\n"
    "- Saldo: 1.180 unidades de la cotización SG-0977 - NO LIBERADO.\n"
    "- El saldo se libera sólo por escrito, firmado por mí, después del sign-off de las muestras por la Ing. "
    "Lucía Benítez.\n"
    "- Material: sólo muestras.\n\n"
    "Adjunto también el comprobante de transferencia del anticipo (30% del herramental) según tu proforma PF-2024-0311.\n\n"
    "Saludos,\nMartín Sosa - Compras, Metalúrgica Pampa S.A."
)
_p18_txt = (
    "Olá Martín, boa tarde!\n\n"
    "Recebemos o depósito, muito obrigado. The deposit was credited today in our account at Banco do Brasil.\n\n"
    "With the deposit confirmed we already bought the SAE 1045 steel for the complete 1.200 pcs and our cutting "
    "cell started the blanks this morning, so we can guarantee the delivery before the safra. The 20 samples will "
    "be machined first and sent with the dimensional report next week.\n\n"
    "Qualquer dúvida estou à disposição.\nAbraço,\nRafael Oliveira\nVendas Exportação - Metalúrgica Serra Gaúcha\n"
    "+55 54 3218 4400\n\n"
    "Em 03/06/2024 16:10, Martín Sosa escreveu:\n" + q(_p18_orig)
)
_p18 = mail(RAFAEL, MARTIN, "RES: OC 0045-00013220 - brazo sembradora MP-BS-1580",
            "Wed, 05 Jun 2024 14:31:00 -0300", _p18_txt, html=para_html(_p18_txt))
case("p18_deposit_so_steel_and_blanks", ["RG006", "RG012"],
     "buyer's scope: 20 samples, 1.180 not released, sample-only material; supplier treats the tooling deposit as "
     "the go-ahead, buys steel for 1.200 and starts cutting blanks",
     [("RES_OC_0045-00013220.eml", eml_bytes(_p18))])

# ---- p19: buyer's visit report records material staged for the whole season build
_p19 = docx_bytes([
    ("h1", "Compte rendu de visite fournisseur / Supplier visit report"),
    ("p", "Fournisseur: Ludhiana Agri Components Pvt Ltd, Focal Point Phase VIII, Ludhiana, Punjab (vendor 700455)"),
    ("p", "Date: 18/04/2024. Participants: Camille Roux (achats), Julien Lefèvre (ingénierie) - Agrimeca; "
          "Gurpreet Singh (MD), Harpreet Kaur (QA) - Ludhiana Agri."),
    ("h", "1. Order status"),
    ("table", [
        ["PO", "Part", "Released", "Balance", "Balance status"],
        ["4500018870", "AGM-HT-1240 harrow tine 12 mm, 55Si7", "50 pcs (pattern samples)", "1,450 pcs",
         "not released - sample sign-off by J. Lefèvre, then written release by Mathieu Girard"],
        ["4500018602", "AGM-BO-M16 plough bolt M16x65 10.9", "4,000 pcs (full order)", "-", "-"],
    ]),
    ("p", "Material authority on PO 4500018870: sample-only."),
    ("h", "2. Shop floor"),
    ("p", "Forging line 2 and the new tempering furnace (Nabertherm, 2023) visited. 5S level acceptable, gauges "
          "calibrated (stickers valid to 12/2024). The samples of PO 4500018870 were being straightened."),
    ("p", "Gurpreet showed us the 55Si7 wire rod for the full 1,500 pcs season build, received from JSW in March "
          "and stored in bay 4 with our tags, so that the season build can start as soon as possible."),
    ("h", "3. Quality"),
    ("p", "Hardness checks on 3 samples: 46 / 47 / 46 HRC (spec 44-48). Crack test by magnetic particle, 100%."),
    ("h", "4. Actions"),
    ("table", [
        ["#", "Action", "Owner", "Due"],
        ["1", "Ship the 50 samples by air with 3.1 certificate", "Gurpreet Singh", "26/04/2024"],
        ["2", "Sample sign-off after field test", "Julien Lefèvre", "week 21"],
        ["3", "Send updated packing specification (pallet 1,000 kg max)", "Camille Roux", "25/04/2024"],
    ]),
    ("p", "Rédigé par Camille Roux, 19/04/2024."),
], author="Agrimeca SAS")
case("p19_visit_report_wire_rod_staged", ["RG006"],
     "buyer's own visit report records wire rod for the full 1,500 season build staged while only 50 samples are "
     "released and material authority is sample-only; nothing is done about it",
     [("CR_visite_Ludhiana_2024-04-18.docx", _p19)])

# ---- p20: Indian foundry calls the forecast an order and buys pig iron for it
_p20_fc = pdf([
    ("h1", "OFFICINE PADANE S.r.l. - ROLLING FORECAST 2025"),
    ("p", "NON-BINDING FORECAST - for capacity planning only. This is not a purchase order and does not authorize "
          "production or the purchase of material."),
    ("table", [
        ["Part", "Description", "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Total 2025"],
        ["OP-BH-205", "Bearing housing, EN-GJS-400-15", "1.800", "2.200", "1.200", "800", "6.000"],
    ]),
    ("p", "Issued 20/05/2024 by Giulia Ferri, Responsabile Acquisti. Next update: 20/08/2024."),
], title="Forecast 2025 OP-BH-205", author="Officine Padane")
_p20_orig = (
    "Dear Mr Patel,\n\n"
    "please find our PO OP-24/0519 for 60 pattern-sample castings of the bearing housing OP-BH-205 rev. A.\n"
    "Any quantity beyond the 60 samples is not released. The balance is released only by a written release signed "
    "by me, after sample sign-off by Marco Bellini (Qualità). Material authority: sample-only.\n"
    "The attached 2025 rolling forecast (6.000 pcs) is non-binding and for capacity planning only.\n\n"
    "Best regards,\nGiulia Ferri\nResponsabile Acquisti - Officine Padane S.r.l."
)
_p20 = mail(
    RAJESH, GIULIA, "RE: PO OP-24/0519 - Bearing housing OP-BH-205 - pattern samples + 2025 requirement",
    "Mon, 27 May 2024 12:48:00 +0530",
    "Dear Madam,\n\n"
    "Greetings from Rajkot!\n\n"
    "We thank you for the PO for 60 nos pattern samples, which is under process. Pattern is ready and first pouring "
    "is planned on 31st May.\n\n"
    "Further, as per your forecast order of 6,000 nos for the year 2025, we have procured pig iron and "
    "ferro-silicon-magnesium for the full quantity to protect you from the price increase expected after monsoon. "
    "The same is stored at our works and reserved for Officine Padane.\n\n"
    "Kindly do the needful and confirm the Q1 schedule at the earliest.\n\n"
    "Thanks & regards,\nRajesh Patel\nManager - Exports\n\n"
    "-----Original Message-----\nFrom: Giulia Ferri <giulia.ferri@officinepadane.it>\nSent: 20 May 2024 14:02\n"
    "Subject: PO OP-24/0519 - Bearing housing OP-BH-205 - pattern samples + 2025 requirement\n\n" + q(_p20_orig)
    + sig("Rajesh Patel", "Manager - Exports", "Saurashtra Forge & Castings Pvt Ltd", "+91 281 238 5511"),
    attachments=[("Forecast_2025_OP-BH-205.pdf", _p20_fc, PDF_MT)],
)
case("p20_forecast_order_pig_iron", ["RG006", "RG008"],
     "buyer labels the 6.000 as a non-binding forecast; supplier calls it 'your forecast order' and buys pig iron "
     "for the full quantity without material authority",
     [("RE_PO_OP-24-0519_bearing_housing.eml", eml_bytes(_p20))])

# ---- p21: buyer's engineer tells the foundry not to wait for the written release
_p21_l1 = (
    "Dear Emre,\n\n"
    "order OP-24/0533 rev. 1 - gearbox cover OP-GC-118 rev. C:\n"
    "- active quantity: 8 first-off castings;\n"
    "- balance: 392 of the 400 pcs NOT released;\n"
    "- unlock: sample sign-off by Marco Bellini (Qualità), then a written release signed by me.\n"
    "Material authority: sample-only.\n\n"
    "Regards,\nGiulia Ferri"
)
_p21_l2 = (
    "Dear Davide,\n\n"
    "the 8 castings arrived at your plant on Monday (DHL 7731 4409 2210). Did Mr. Bellini already measure them? "
    "We would like to know what to do about the remaining parts, our moulding line has a slot in week 34.\n\n"
    "Best regards,\nEmre\n\n"
    "On 02/07/2024 Giulia Ferri wrote:\n" + q(_p21_l1)
)
_p21 = mail(
    DAVIDE, EMRE, "RE: RE: OP-24/0533 gearbox cover - first-off castings",
    "Fri, 09 Aug 2024 18:02:00 +0200",
    "Ciao Emre,\n\n"
    "Marco is measuring this week, the first results look fine. Giulia is on holiday until 26 August and I don't "
    "want to lose your slot in week 34.\n\n"
    "So: if Marco's Brinell and micrography are in range, don't wait for her letter - just carry on with the "
    "remaining 392, the paperwork can follow when she's back.\n\n"
    "Buon Ferragosto!\nDavide\n\n"
    "On 08/08/2024 Emre Yıldız wrote:\n" + q(_p21_l2)
    + sig("Davide Rinaldi", "Project Engineer / Acquisti", "Officine Padane S.r.l.", "+39 0522 918 440"),
    cc=MARCO,
)
case("p21_engineer_skips_written_release", ["RG007"],
     "scope requires sample sign-off and Giulia Ferri's written release; her colleague tells the foundry to carry "
     "on with the remaining 392 once the sample results are in range, paperwork later",
     [("RE_OP-24-0533_gearbox_cover.eml", eml_bytes(_p21))])

# ---- p22: Chinese order confirmation says series starts automatically (two files)
_p22_po = pdf([
    ("h1", "PRAIRIE IMPLEMENT CO-OPERATIVE LTD - PURCHASE ORDER PIC-24-0455"),
    ("p", "Date 2024-06-11 | Vendor: Ningbo Huarong Machinery Co., Ltd (40377) | Buyer: Sarah Lindqvist | USD | "
          "FCA Ningbo | Net 45"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit price"],
        ["1", "PIC-HC-308", "Hydraulic cylinder 3\" x 8\" tie-rod, 3000 psi, sample units", "10 EA", "86.00"],
    ]),
    ("h", "Release scope"),
    ("p", "Active quantity: 10 sample cylinders. The remaining 1,990 units of the 2,000 quoted are NOT released."),
    ("p", "Unlock event: field-test sign-off by Mike Tremblay (Engineering), followed by a written release signed by "
          "Dan Kowalczyk, Supply Chain Manager. Sample sign-off alone releases nothing."),
    ("p", "Material authority: sample-only."),
], title="PIC-24-0455", author="Prairie Implement")
_p22_oc = pdf([
    ("h1", "NINGBO HUARONG MACHINERY CO., LTD"),
    ("p", "No. 88 Jinyuan Road, Yinzhou District, Ningbo, Zhejiang, China. Tel +86 574 8822 6150"),
    ("h", "ORDER CONFIRMATION OC-NBHR-240613"),
    ("p", "Customer: Prairie Implement Co-operative Ltd. Your PO: PIC-24-0455 dated 2024-06-11."),
    ("table", [
        ["Item", "Description", "Qty", "Unit price USD", "Delivery"],
        ["1", "Hydraulic cylinder 3x8 tie-rod PIC-HC-308, sample", "10 sets", "86.00", "2024-07-12 FCA Ningbo"],
    ]),
    ("p", "Remarks: 1) Paint RAL 6018 as drawing. 2) Test report 4500 psi proof pressure each cylinder. "
          "3) Mass production of the remaining 1,990 sets will start automatically upon your sample approval, to "
          "meet your season. Please inform us the sample approval result by e-mail."),
    ("p", "Confirmed by: Kevin Zhang, Sales Manager. Date: 2024-06-13. (Company chop)"),
], title="OC-NBHR-240613", author="Ningbo Huarong")
case("p22_oc_mass_production_automatic", ["RG007"],
     "PO scoped correctly (10 samples, written release by Dan Kowalczyk); supplier's order confirmation says mass "
     "production of the 1,990 starts automatically upon sample approval",
     [("PO_PIC-24-0455.pdf", _p22_po), ("OC-NBHR-240613.pdf", _p22_oc)])

# ---- p23: Viber, buyer: if field test goes well just continue with the 1 960
_p23 = """\
Viber chat history with Murat Kaya (Ege Hidrolik)
2024-04-02 09:10 Andriy Bondar: Murat, hello. PO 155/24 for the lift cylinders Ø80 is sent. 40 cylinders for field test only.
2024-04-02 09:11 Andriy Bondar: 1 960 balance not released until field test report is accepted and Oksana Koval sends written release
2024-04-02 09:40 Murat Kaya: Merhaba Andriy, received. 40 pcs, we start next week. Material only for 40, ok
2024-04-25 14:03 Murat Kaya: 40 cylinders loaded, truck plate 35 AKM 441, documents by email
2024-05-06 08:55 Andriy Bondar: Trucks arrived, all good. Field test starts Monday near Kremenchuk
2024-05-06 08:57 Andriy Bondar: Murat, sowing is close. If the test goes well, just continue with the 1 960, paper from Oksana can come later
2024-05-06 08:58 Andriy Bondar: we need them before the end of May
2024-05-06 09:20 Murat Kaya: Understood 👍 we will prepare the line
"""
case("p23_viber_continue_if_test_ok", ["RG007"],
     "buyer first requires field-test acceptance plus Oksana Koval's written release, then says to continue with "
     "the 1 960 if the test goes well and let the paper follow",
     [("viber_Kaya_Bondar_cylinders.txt", _p23)])

# ---- p24: supply agreement clause: sample approval = approval of series production
_p24 = docx_bytes([
    ("h1", "SUPPLY AGREEMENT - SEEDER COMPONENTS"),
    ("p", "between Prairie Implement Co-operative Ltd, 3310 Millar Ave, Saskatoon SK, Canada (the \"Buyer\") and "
          "Metalúrgica Serra Gaúcha Ltda, Caxias do Sul RS, Brazil (the \"Supplier\"). Effective 1 July 2024."),
    ("h", "1. Scope"),
    ("p", "1.1 This Agreement governs the supply of the cast and machined seeder components listed in Annex A, made "
          "to the Buyer's drawings. Individual purchases are made by purchase orders referring to this Agreement."),
    ("h", "2. Purchase orders and prices"),
    ("p", "2.1 Prices in Annex A are fixed until 30 June 2025. Any price change is subject to approval by the "
          "Buyer's finance department before it becomes effective."),
    ("p", "2.2 The estimated annual volumes in Annex A are non-binding planning figures; they are neither an order "
          "nor a commitment."),
    ("h", "3. Initial samples"),
    ("p", "3.1 For each new part or drawing revision the Supplier shall submit initial samples with a dimensional "
          "report, material certificate EN 10204 3.1 and a capability study on the critical characteristics."),
    ("p", "3.2 Approval of the initial samples by the Buyer shall constitute the production release for the part "
          "concerned, and the Supplier shall then manufacture series quantities without further notice."),
    ("h", "4. Quality and warranty"),
    ("p", "4.1 The Supplier maintains a quality management system certified to ISO 9001:2015. Warranty: 24 months "
          "from delivery to the Buyer's dealer."),
    ("h", "Annex A - parts and prices"),
    ("table", [
        ["Part", "Description", "Price USD", "Estimated annual volume (non-binding)"],
        ["PIC-SA-2201", "Seed tube bracket, GJS-450", "9.40", "3,500"],
        ["PIC-SA-2214", "Closing wheel arm, machined", "22.10", "1,800"],
    ]),
    ("p", "Signed for the Buyer: Dan Kowalczyk, Supply Chain Manager. Signed for the Supplier: Juliana Costa, "
          "Diretora Comercial."),
], author="Prairie Implement")
case("p24_agreement_sample_approval_is_series_approval", ["RG007", "RG009"],
     "clause 3.2 makes sample approval roll into series production with no quantity or signer (implied "
     "auto-conversion); 'approval' means both the technical sample approval and the finance approval of prices",
     [("Supply_Agreement_PIC_SerraGaucha_2024.docx", _p24)])

# ---- p25: Indian supplier sends PPAP-lite docs and will proceed with the balance on approval
_p25_ppap = docx_bytes([
    ("h1", "PPAP-LITE SUBMISSION - OP-SS-3512 spline shaft"),
    ("p", "Customer: Officine Padane S.r.l.  |  PO 4760/24  |  Supplier: Ludhiana Agri Components Pvt Ltd"),
    ("table", [
        ["Element", "Document", "Status"],
        ["Design record", "Dwg OP-SS-3512 rev. F", "attached"],
        ["Dimensional results", "5 pcs, 42 characteristics", "all OK"],
        ["Material test", "42CrMo4 QT, mill TC heat 24A118", "OK"],
        ["Hardness", "Spline induction hardened 52-56 HRC, depth 1.8-2.2 mm", "OK"],
        ["Process flow / control plan", "CP-LAC-3512 rev 0", "attached"],
        ["Part submission warrant", "PSW-LAC-24-061", "signed by supplier"],
    ]),
    ("p", "Submitted by: Harpreet Kaur, QA Head, 14-06-2024"),
], author="Ludhiana Agri")
_p25_orig = (
    "Dear Mr Gurpreet,\n\n"
    "PO 4760/24 - spline shaft OP-SS-3512 rev. F:\n"
    "- active quantity: 50 pilot shafts;\n"
    "- the balance of 1,150 nos (total 1,200 in your offer) is not released;\n"
    "- the balance is released only by a written release signed by Giulia Ferri, after PPAP-lite sign-off by "
    "Marco Bellini (Qualità);\n"
    "- material authority: sample-only.\n\n"
    "Regards,\nDavide Rinaldi"
)
_p25 = mail(
    GURPREET, DAVIDE, "PPAP-lite submission - PO 4760/24 - spline shaft OP-SS-3512",
    "Fri, 14 Jun 2024 16:20:00 +0530",
    "Respected Sir,\n\n"
    "Greetings from Ludhiana Agri Components.\n\n"
    "Please find attached the PPAP-lite submission for the 50 nos pilot spline shafts dispatched vide AWB "
    "098-5521 7741 on 12-06-2024.\n\n"
    "Kindly note that upon receipt of your approval on the PPAP-lite documents, we shall be proceeding with the "
    "balance quantity of 1,150 nos as per PO, so as to maintain your delivery schedule for the season.\n\n"
    "Awaiting your valuable reply.\n\nWith warm regards,\nGurpreet Singh\nManaging Director\n\n"
    "> On 28-05-2024, Davide Rinaldi wrote:\n" + q(_p25_orig)
    + sig("Gurpreet Singh", "Managing Director", "Ludhiana Agri Components Pvt Ltd", "+91 161 267 3390"),
    cc=MARCO,
    attachments=[("PPAP-lite_OP-SS-3512.docx", _p25_ppap, DOCX_MT)],
)
case("p25_ppap_lite_then_balance", ["RG007"],
     "buyer's quoted scope needs Giulia Ferri's written release; supplier says it will proceed with the 1,150 "
     "balance upon PPAP-lite approval",
     [("PPAP-lite_PO_4760-24.eml", eml_bytes(_p25))])

# ---- p26: buyer's engineer: samples approved, carry on with production
_p26_orig = (
    "Juliana,\n\n"
    "OC 0045-00013188 - cuerpo de dosificador MP-DS-0820 rev B:\n"
    "- cantidad activa: 20 muestras;\n"
    "- saldo 780 un. NO liberado;\n"
    "- el saldo se libera sólo con liberación escrita firmada por Martín Sosa, después del sign-off de las muestras "
    "(ensayo a campo en Pergamino).\n"
    "- material: sólo muestras.\n\nMartín Sosa - Compras"
)
_p26 = mail(
    LUCIA, JULIANA, "RE: OC 0045-00013188 - muestras dosificador - ensayo a campo",
    "Tue, 02 Jul 2024 19:40:00 -0300",
    "Hola Juliana,\n\n"
    "The 20 samples ran three weeks in Pergamino without any problem, the seed distribution CV is below 5%. Muy "
    "buen trabajo de tu equipo.\n\n"
    "Samples approved - carry on with production. Martín's release is just a formality, he will sign it when he "
    "is back from Agroactiva.\n\n"
    "Saludos,\nIng. Lucía Benítez\nJefa de Ingeniería - Metalúrgica Pampa S.A.\n\n"
    "El 10/06/2024, Martín Sosa escribió:\n" + q(_p26_orig),
    cc=MARTIN,
)
case("p26_samples_approved_carry_on", ["RG002", "RG007"],
     "scope requires Martín Sosa's written release; the engineer writes 'samples approved - carry on with "
     "production' with no quantity and calls the release a formality",
     [("RE_OC_0045-00013188_muestras.eml", eml_bytes(_p26))])

# ---- p27: buyer calls the pre-season forecast a firm commitment
_p27_txt = (
    "Hi Kevin,\n\n"
    "This email is call-off #1 under blanket agreement PIC-BL-24-007 for the disc scraper PIC-DS-410 (rev B):\n\n"
    "  Released now: 200 pcs, ship FCA Ningbo by 15 August.\n"
    "  Anything beyond the 200 is not released until call-off #2, which I will sign.\n"
    "  Material authority: 200 pcs only.\n\n"
    "Looking further ahead: our 2025 pre-season forecast for this part is 3,000 pcs. That forecast is firm - "
    "please treat it as a commitment from Prairie and book your press and paint-line capacity on that basis.\n\n"
    "Thanks, and say hi to Lily.\n\nDan Kowalczyk\nSupply Chain Manager\nPrairie Implement Co-operative Ltd\n"
    "+1 306 664 1180"
)
_p27 = mail(DAN, KEVIN, "Call-off #1 PIC-BL-24-007 disc scraper + 2025 outlook",
            "Mon, 08 Jul 2024 08:15:00 -0600", _p27_txt, html=para_html(_p27_txt), cc=SARAH)
case("p27_forecast_is_firm_commitment", ["RG008"],
     "call-off #1 is complete (200 released, rest needs call-off #2 signed by Dan Kowalczyk) but the 3,000 "
     "pre-season forecast is declared firm and a commitment",
     [("Call-off_1_PIC-BL-24-007.eml", eml_bytes(_p27))])

# ---- p28: non-binding forecast PDF + supplier 'thank you for your order of 5,000'
_p28_fc = pdf([
    ("h1", "COOPÉRATIVE AGRICOLE DU VAL DE LOIRE - PRÉVISIONS 2025"),
    ("p", "PRÉVISION NON CONTRACTUELLE / NON-BINDING FORECAST. Ce document n'est pas une commande. "
          "This document is not a purchase order and authorizes no production."),
    ("table", [
        ["Réf.", "Désignation", "T1", "T2", "T3", "T4", "Total"],
        ["CV-DB-510", "Disque crénelé / notched disc blade 510 x 5 mm", "1 500", "2 000", "1 000", "500", "5 000"],
    ]),
    ("p", "Établi le 03/06/2024 par Hélène Marchand, responsable achats pièces. Mise à jour trimestrielle."),
], title="Previsions 2025 CV-DB-510", author="Coop Val de Loire")
_p28_mail = mail(
    KEVIN, HELENE, "Re: Prévisions 2025 - disc blade CV-DB-510",
    "Wed, 05 Jun 2024 10:02:00 +0800",
    "Dear Hélène,\n\n"
    "Thank you for your order of 5,000 pcs notched disc blades CV-DB-510 for 2025 as per your forecast. We confirm "
    "the order and have put it in our production plan: 1,500 pcs in Q1, 2,000 pcs in Q2, 1,000 pcs in Q3 and 500 "
    "pcs in Q4, FOB Ningbo.\n\n"
    "Price USD 7.85/pc as our last quotation. Boron steel 65Mn, hardness 45-50 HRC, painted blue RAL 5010.\n\n"
    "Best regards,\nKevin Zhang\nSales Manager\nNingbo Huarong Machinery Co., Ltd\nTel/WeChat +86 138 5740 2216",
)
case("p28_forecast_confirmed_as_order", ["RG008"],
     "buyer's forecast is clearly labelled non-binding; supplier thanks for 'your order of 5,000 pcs' and confirms "
     "it into the production plan",
     [("Previsions_2025_CV-DB-510.pdf", _p28_fc), ("Re_Previsions_2025.eml", eml_bytes(_p28_mail))])

# ---- p29: ERP forecast schedule declared binding
_p29 = """\
TOV "POLTAVA AGROMASH"                          DELIVERY SCHEDULE / ГРАФІК ПОСТАВОК
vul. Zavodska 12, 36009 Poltava, Ukraine        Printed: 12.06.2024 10:41  (1C:ERP 2.5)
---------------------------------------------------------------------------------------
SUPPLIER : WIELKOPOLSKA OBROBKA SP. Z O.O., POZNAN (PL)          CODE: P-0117
PART     : AM-SH-3012 rev 4  CULTIVATOR SHANK 30x12 38MnB5
CONTRACT : 24/PL-117                                             UNIT: PCS
---------------------------------------------------------------------------------------
PERIOD        TYPE        QTY      CUMULATIVE   REMARK
------------  --------  -------  ------------  ------------------------------
2024 wk 36    FORECAST      250           250
2024 wk 40    FORECAST      250           500
2024 wk 44    FORECAST      300           800
2024 wk 48    FORECAST      200         1 000
2025 wk 05    FORECAST      400         1 400   pre-season programme
2025 wk 09    FORECAST      400         1 800   pre-season programme
---------------------------------------------------------------------------------------
NOTE: THE FORECAST QUANTITIES ABOVE ARE FIRM AND BINDING ORDERS OF THE BUYER.
      SUPPLIER TO CONFIRM CAPACITY WITHIN 5 WORKING DAYS.
RESPONSIBLE: A. BONDAR, PROCUREMENT                      TEL. +380 532 61 18 40
---------------------------------------------------------------------------------------
"""
case("p29_erp_forecast_binding", ["RG008"],
     "ERP delivery schedule lists every line as FORECAST and then declares the forecast quantities firm and binding "
     "orders",
     [("grafik_postavok_AM-SH-3012.txt", _p29)])

# ---- p30: dealer portal: pre-season forecast counts as firm order
_p30 = html_page("Programme pré-saison 2025 | Agrimeca Dealer Net", f"""
<div style="background:#b5121b;color:#fff;padding:8px"><b>AGRIMECA Dealer Net</b> &middot; Concession: Ets Bernard
Motoculture SARL, Vitry-le-François (dealer 3318) &middot; utilisateur: p.bernard</div>
<h2>Programme pré-saison 2025 &mdash; saisie des prévisions / pre-season programme &mdash; dealer forecast</h2>
<p>Période de saisie: 01/09/2024 &ndash; 30/09/2024. Livraisons: janvier &ndash; mars 2025.</p>
{html_table([
    ["Réf.", "Désignation", "Prévision / forecast qty", "Remise programme", "Livraison"],
    ["AGM-ST-3210", "Dent ressort 32x10 / spring tine", "400", "-18 %", "janvier 2025"],
    ["AGM-SP-0712", "Pointe de soc / share point", "250", "-18 %", "février 2025"],
    ["AGM-VH-63-400", "Vérin Ø63 course 400", "12", "-12 %", "mars 2025"],
])}
<div class="note"><b>Important:</b> les quantités prévisionnelles saisies dans le programme pré-saison valent
commande ferme du concessionnaire et seront facturées à la livraison. / Forecast quantities entered in the
pre-season programme count as the dealer's firm order and will be invoiced on delivery.</div>
<p><button>Enregistrer</button> <button>Valider le programme</button></p>
<p style="color:#888">Agrimeca SAS &middot; Service Pièces &middot; pieces@agrimeca.fr &middot; CGV pièces 2024</p>
""", lang="fr")
case("p30_dealer_portal_forecast_firm", ["RG008"],
     "dealer portal page collects 'prévisions' and states that forecast quantities count as a firm order to be "
     "invoiced",
     [("programme_presaison_2025.html", _p30)])


# =================================================================== POSITIVE (batch 3)
# ---- p31: 'approved' for samples, for the PO (finance) and for production
_p31 = mail(
    CAMILLE, TOMASZ, "Commande 4500019105 - tube de timon / drawbar tube - résultats échantillons",
    "Thu, 20 Jun 2024 11:30:00 +0200",
    "Bonjour Tomasz,\n\n"
    "Good news from Châlons: the 16 samples of the drawbar tube AGM-DT-8040 are approved (dimensions, weld "
    "penetration macro and bending test all OK, Julien will send you the full report separately).\n\n"
    "The PO for the series (800 pcs, commercial cover only) was also approved by our finance director yesterday, so "
    "the commercial side is done.\n\n"
    "The balance of 784 pcs will be approved for production once Mathieu Girard signs the release. Until then it is "
    "not released, so please do not start: the active quantity remains the 16 samples you already delivered.\n\n"
    "Material authority stays sample-only.\n\n"
    "Bonne journée,\nCamille"
    + sig("Camille Roux", "Acheteuse projets / Project buyer", "Agrimeca SAS", "+33 3 26 64 18 20"),
    cc=MATHIEU,
)
case("p31_approved_three_meanings", ["RG009"],
     "scope is complete (16 active, 784 not released, written release by Mathieu Girard) but 'approved' means "
     "sample result, finance approval of the PO and production release in one email",
     [("Commande_4500019105_resultats.eml", eml_bytes(_p31))])

# ---- p32: 'released' for drawing, PO and production on one status sheet
_p32 = pdf([
    ("h1", "PRAIRIE IMPLEMENT CO-OP - RELEASE STATUS SHEET"),
    ("p", "Part 240-1250-01 Gauge wheel arm, weldment | Supplier: Wielkopolska Obróbka Sp. z o.o. | "
          "Prepared 2024-06-24 by Sarah Lindqvist"),
    ("table", [
        ["Item", "Status", "Reference", "Date"],
        ["Drawing 240-1250 rev D", "RELEASED by Engineering", "ECN 24-118", "2024-05-02"],
        ["Purchase order PIC-24-0470 rev 1", "RELEASED in JDE (approval workflow complete)", "PO PIC-24-0470",
         "2024-05-29"],
        ["Production - field test lot", "RELEASED: 40 EA", "this sheet", "2024-06-24"],
        ["Production - balance", "NOT RELEASED: 560 EA", "-", "-"],
    ]),
    ("p", "The 560 EA balance is released only after field-test sign-off by Mike Tremblay (Engineering) and a "
          "written production release signed by Dan Kowalczyk, Supply Chain Manager."),
    ("p", "Material authority: 40 EA (field test lot)."),
    ("p", "Ship the 40 EA to Saskatoon by air, weld inspection report per CSA W59 with the shipment."),
], pagesize=LETTER, title="Release status 240-1250-01", author="Prairie Implement")
case("p32_released_three_meanings", ["RG009"],
     "status sheet uses 'RELEASED' for the drawing (engineering), the PO (commercial workflow) and production; "
     "quantities, hold, event and person are all present",
     [("Release_status_240-1250-01.pdf", _p32)])

# ---- p33: WhatsApp, 'todo aprobado ... dale para adelante'
_p33 = """\
[17/06/24 09:02:15] Martín Sosa: Rafael buen día. Te paso el alcance de la OC 0045-00013240 (engranaje MP-EN-3318):
[17/06/24 09:02:40] Martín Sosa: 30 muestras. Saldo 1.470 NO liberado. El saldo se libera con liberación escrita mía, después del sign-off de Lucía sobre las muestras. Material solo para las 30.
[17/06/24 09:15:03] Rafael Oliveira: Bom dia Martín! Recebido 👍
[24/06/24 16:31:22] Rafael Oliveira: Martín, two questions: did your finance approve our steel surcharge (USD 0,42/pc)? and drawing rev C with the new tooth chamfer, is it approved by Lucía?
[24/06/24 16:58:47] Martín Sosa: Sí, todo aprobado 👍 finanzas aprobó el recargo, Lucía aprobó la rev C
[24/06/24 16:58:59] Martín Sosa: aprobado, dale para adelante!
[24/06/24 17:05:10] Rafael Oliveira: Perfeito, obrigado!! 🙌
"""
case("p33_whatsapp_todo_aprobado", ["RG002", "RG009"],
     "scope posted earlier is complete; later 'aprobado' covers the finance surcharge and the drawing revision and "
     "ends in an unscoped 'aprobado, dale para adelante'",
     [("WhatsApp_Sosa_Oliveira_OC13240.txt", _p33)])

# ---- p34: 'Approved.' plus finance approval, in a quoted thread
_p34_l1 = (
    "Dear Emre,\n\n"
    "order OP-24/0548 - hub flange OP-HF-290 rev. B:\n"
    "- active quantity: 8 first-off castings;\n"
    "- balance: 592 of the 600 pcs not released;\n"
    "- unlock: sample sign-off by Marco Bellini, then a written release signed by me.\n"
    "- material authority: sample-only.\n\nGiulia Ferri"
)
_p34_l2 = (
    "Dear Giulia Hanım,\n\n"
    "please find the hardness (180-200 HB) and micrography (nodularity 90%) reports of the 8 first-off castings, "
    "and our revised invoice for the pattern modification (EUR 1.150). Could you please confirm your approval?\n\n"
    "Best regards,\nAyşe Demir\nQuality Engineer\n\n"
    "On 10/06/2024 Giulia Ferri wrote:\n" + q(_p34_l1)
)
_p34 = mail(
    GIULIA, AYSE, "RE: OP-24/0548 hub flange - reports + pattern invoice",
    "Tue, 25 Jun 2024 17:44:00 +0200",
    "Dear Ayşe,\n\nApproved.\n\n"
    "Our finance department also approved your revised pattern invoice yesterday, the payment goes out on Friday.\n\n"
    "Best regards,\nGiulia\n\n"
    "On 24/06/2024 Ayşe Demir wrote:\n" + q(_p34_l2)
    + sig("Giulia Ferri", "Responsabile Acquisti", "Officine Padane S.r.l.", "+39 0522 918 401"),
    cc=EMRE,
)
case("p34_approved_reports_and_invoice", ["RG002", "RG009"],
     "thread scope is complete; the release authority answers the reports and the invoice with a bare 'Approved.' "
     "and uses 'approved' again for finance",
     [("RE_OP-24-0548_hub_flange.eml", eml_bytes(_p34))])

# ---- p35: PO table 12 vs scope note 20
_p35 = pdf([
    ("h1", "AGRIMECA SAS - BON DE COMMANDE / PURCHASE ORDER 4500019120"),
    ("p", "Date: 03/06/2024 | Fournisseur: Saurashtra Forge & Castings Pvt Ltd, Rajkot (700412) | "
          "Acheteuse: Camille Roux | Devise: EUR | DAP Châlons-en-Champagne"),
    ("table", [
        ["Pos.", "Article", "Désignation", "Qté", "P.U.", "Montant"],
        ["10", "AGM-DS-0460", "Entretoise de pulvériseur / disc harrow spacer spool, cast, pattern samples, "
                              "dwg 0460-012 ind. B", "12 pcs", "3,90", "46,80"],
    ]),
    ("h", "Périmètre / scope"),
    ("p", "Quantité active / active quantity: vingt (20) pattern samples."),
    ("p", "Solde / balance: 2,380 pcs of the 2,400 in quotation QT/SFC/24-131 - NOT RELEASED."),
    ("p", "Déblocage / unlock: sample sign-off by Julien Lefèvre (ingénierie), then a written release signed by "
          "Mathieu Girard, Directeur Achats."),
    ("p", "Autorisation matière / material authority: sample-only."),
    ("p", "Documents: 3.1 certificate EN-GJL-250, dimensional report on 5 pcs, photos of the parting line."),
], title="PO 4500019120", author="Agrimeca SAS")
case("p35_po_table_12_note_20", ["RG011"],
     "PO line says 12 pcs while the scope note authorizes twenty (20) pattern samples (and the balance 2,380 "
     "matches 20)",
     [("PO_4500019120.pdf", _p35)])

# ---- p36: ERP PO says 25, buyer's email says 30 (two files)
_p36_po = """\
PRAIRIE IMPLEMENT CO-OPERATIVE LTD            *** PURCHASE ORDER ***          PAGE 1 OF 1
==========================================================================================
PO NUMBER    : PIC-24-0480             REVISION : 00        DATE : 2024-06-12
VENDOR       : 40221  WIELKOPOLSKA OBROBKA SP. Z O.O., POZNAN, PL
BUYER        : S.LINDQVIST             TERMS    : NET 45    FOB  : FCA POZNAN
==========================================================================================
LN  PART NO.          REV  DESCRIPTION                          QTY     UOM   UNIT PRICE
--  ----------------  ---  -----------------------------------  ------  ----  ----------
01  240-1312-00       B    ARM, PACKER WHEEL, WELDMENT,          25     EA       71.20
                           FIELD TEST SAMPLES
------------------------------------------------------------------------------------------
SCOPE        : SAMPLE ONLY - 25 EA FIELD TEST UNITS
BALANCE      : 575 EA (PROGRAM 600) NOT RELEASED
UNLOCK       : FIELD TEST SIGN-OFF (M. TREMBLAY) THEN WRITTEN RELEASE
RELEASE AUTH : DAN KOWALCZYK, SUPPLY CHAIN MANAGER
MATERIAL AUTH: SAMPLE-ONLY
==========================================================================================
PRINTED 2024-06-12 09:05 BY SLINDQVI   JDE E1 9.2   FORM PO-STD-04
"""
_p36_mail = mail(
    SARAH, TOMASZ, "PIC-24-0480 packer wheel arm - field test units",
    "Wed, 12 Jun 2024 10:12:00 -0600",
    "Hi Tomasz,\n\n"
    "PO PIC-24-0480 went out of JDE this morning. As per that PO you are cleared to make the 30 field-test packer "
    "wheel arms, with material for those 30 only.\n\n"
    "The rest of the 600 program stays on hold until Mike's field-test sign-off and Dan Kowalczyk's written "
    "release.\n\n"
    "Weld symbols per CSA W59, paint Prairie green. Could you ship them in two crates so we can split them between "
    "the Rosthern and Outlook test farms?\n\n"
    "Thanks!\nSarah"
    + sig("Sarah Lindqvist", "Buyer, Purchasing", "Prairie Implement Co-operative Ltd", "+1 306 664 1175"),
)
case("p36_erp_25_email_30", ["RG011"],
     "ERP PO authorizes 25 field-test units, the buyer's cover email 'as per that PO' clears 30",
     [("PIC-24-0480.txt", _p36_po), ("PIC-24-0480_field_test_units.eml", eml_bytes(_p36_mail))])

# ---- p37: release email says 400, attached release letter says 450
_p37_pdf = pdf([
    ("h1", "OFFICINE PADANE S.r.l. - RILASCIO DI PRODUZIONE / PRODUCTION RELEASE R-01"),
    ("p", "Ordine OP-24/0471 - coperchio cambio / gearbox cover OP-GC-126 rev. A - Fornitore: Konya Döküm ve Dövme"),
    ("table", [
        ["Voce / item", "Valore / value"],
        ["Sample sign-off", "approvato da Marco Bellini, rapporto QR-24-0612, 18/06/2024"],
        ["Quantità rilasciata / quantity released", "450 pz"],
        ["Saldo / balance on hold", "550 pz - non rilasciato fino al rilascio R-02"],
        ["Firmato / signed", "Giulia Ferri, Responsabile Acquisti"],
        ["Autorizzazione materiali / material authority", "450 pz"],
    ]),
    ("p", "Data: 21/06/2024. Reggio Emilia."),
], title="Rilascio R-01 OP-24/0471", author="Officine Padane")
_p37 = mail(
    GIULIA, EMRE, "OP-24/0471 gearbox cover - production release R-01",
    "Fri, 21 Jun 2024 12:20:00 +0200",
    "Dear Emre,\n\n"
    "the sample sign-off is done (report QR-24-0612 by Marco Bellini), thank you for the very good castings.\n\n"
    "With this email and the attached letter R-01 I release 400 pcs of the gearbox cover OP-GC-126 for production. "
    "The balance of 600 pcs stays on hold until release R-02, which I will sign after we see the first 100 pcs on "
    "our machining line.\n\n"
    "Delivery in 4 lots of 100 pcs, first lot week 29.\n\n"
    "Best regards,\nGiulia"
    + sig("Giulia Ferri", "Responsabile Acquisti", "Officine Padane S.r.l.", "+39 0522 918 401"),
    attachments=[("Rilascio_R-01_OP-24-0471.pdf", _p37_pdf, PDF_MT)],
)
case("p37_email_400_letter_450", ["RG011"],
     "release email releases 400 pcs (balance 600) while the attached release letter R-01 says 450 released, "
     "balance 550",
     [("OP-24-0471_release_R-01.eml", eml_bytes(_p37))])

# ---- p38: WhatsApp, doce (12) and 10 in the same instruction
_p38 = """\
[08/07/24 10:14:02] Martín Sosa: Rafael, buen día!
[08/07/24 10:15:37] Martín Sosa: Liberamos doce (12) unidades de prueba del eje MP-EJ-2540 rev A para el ensayo a campo en Venado Tuerto. Material solo para esas.
[08/07/24 10:16:10] Martín Sosa: Resumen para tu gente de planta: 10 pzs de prueba. Saldo 1.188 NO liberado hasta el sign-off de Lucía y mi liberación por escrito.
[08/07/24 10:16:45] Martín Sosa: Entrega FCA Caxias, el flete lo coordina Expreso Mercosur como siempre
[08/07/24 10:31:20] Rafael Oliveira: Bom dia! Recebido, vou passar para a produção 👍
[08/07/24 10:32:02] Rafael Oliveira: Certificado de material e relatório dimensional junto com as peças, ok?
[08/07/24 10:40:55] Martín Sosa: sí, perfecto
"""
case("p38_whatsapp_doce_vs_10", ["RG011"],
     "one instruction releases 'doce (12)' test units and the summary for the shop floor says 10 pcs",
     [("WhatsApp_Sosa_Oliveira_MP-EJ-2540.txt", _p38)])

# ---- p39: supplier-portal release page: header 60, line table 80
_p39 = html_page("Release RL-24-033 | Poltava AgroMash supplier portal", f"""
<h2>TOV "Poltava AgroMash" &mdash; supplier portal</h2>
<p>Supplier: Wielkopolska Obróbka Sp. z o.o. (P-0117) &middot; Contract 24/PL-117 &middot; Part AM-SH-3012 rev 4,
cultivator shank 30x12</p>
<h3>Production release RL-24-033 &nbsp;<small>issued 2024-06-17 by Oksana Koval, Head of Procurement</small></h3>
<p><b>Released quantity: 60 pcs</b> &middot; Material authority: 60 pcs</p>
{html_table([
    ["Line", "Delivery", "Released qty", "Status"],
    ["1", "2024 wk 28", "40", "released"],
    ["2", "2024 wk 30", "40", "released"],
    ["3", "after RL-24-034", "920", "NOT released"],
])}
<div class="note">Unlock for line 3: acceptance of the first two lots by our incoming inspection and a new release
(RL-24-034) signed by Oksana Koval. No other document releases line 3.</div>
<p>Programme total 1 000 pcs. Questions: a.bondar@agromash.com.ua</p>
""")
case("p39_portal_header_60_lines_80", ["RG011"],
     "release page header says 60 pcs released while the line table releases 40 + 40 = 80 (920 held, programme 1 000)",
     [("RL-24-033_release.html", _p39)])

# ---- p40: ERP release: header 40, schedule 48
_p40 = """\
PRAIRIE IMPLEMENT CO-OPERATIVE LTD         *** SCHEDULE RELEASE ***          PAGE 1 OF 1
==========================================================================================
BLANKET      : PIC-BL-24-011            RELEASE NO : 01        DATE : 2024-07-02
VENDOR       : 40377  NINGBO HUARONG MACHINERY CO., LTD, NINGBO, CN
ITEM         : PIC-HC-312  HYD CYL 3-1/2 X 12 TIE-ROD 3000 PSI     REV : A
==========================================================================================
RELEASED QTY : 40 EA  (PILOT LOT)
BLANKET QTY  : 1,200 EA
BALANCE      : 1,160 EA - NOT RELEASED
UNLOCK       : PILOT LOT ACCEPTANCE (INCOMING INSPECTION) THEN WRITTEN RELEASE 02
RELEASE AUTH : DAN KOWALCZYK, SUPPLY CHAIN MANAGER
MATERIAL AUTH: 40 EA
------------------------------------------------------------------------------------------
DELIVERY SCHEDULE
SEQ  SHIP DATE    QTY   UOM  SHIP VIA
---  ----------  -----  ---  -----------------------
001  2024-08-05     24  EA   OCEAN LCL VANCOUVER
002  2024-08-19     24  EA   OCEAN LCL VANCOUVER
------------------------------------------------------------------------------------------
NOTES: SERIAL NUMBER AND TEST PRESSURE ON EACH ROD EYE. PAINT RAL 6018.
PRINTED 2024-07-02 15:48 BY DKOWALCZ   JDE E1 9.2   FORM SR-02
"""
case("p40_erp_release_40_schedule_48", ["RG011"],
     "schedule release authorizes 40 EA (pilot lot) but the delivery schedule lines add up to 48",
     [("PIC-BL-24-011_R01.txt", _p40)])

# ---- p41: cover note says 180, forwarded release says 150
_p41_fwd = mail(
    MATHIEU, CAMILLE, "Libération production R-01 - pointes de soc AGM-SP-0712",
    "Mon, 24 Jun 2024 08:40:00 +0200",
    "Camille,\n\n"
    "Sample sign-off for the share points AGM-SP-0712 is done (Julien, rapport RE-24-077).\n\n"
    "Production release R-01: 150 pcs released. The balance of 1,340 pcs is not released; R-02 will follow after "
    "the field test of the first 150 pcs, signed by me.\n"
    "Material authority: 150 pcs.\n\n"
    "Merci de transmettre à Konya.\n\nMathieu Girard\nDirecteur Achats - Agrimeca SAS",
    msgid="<h84-fwd-r01@agrimeca.fr>",
)
_p41 = mail(
    CAMILLE, EMRE, "TR: Libération production R-01 - pointes de soc AGM-SP-0712",
    "Mon, 24 Jun 2024 09:15:00 +0200",
    "Hello Emre,\n\n"
    "please see Mathieu's release below / attached. You can now run the 180 released pieces - we would like the "
    "first 60 by truck in week 28, the rest in week 30.\n\n"
    "Please keep the same packing as for the samples (wooden crates, 25 pcs per layer).\n\n"
    "Bonne journée,\nCamille"
    + sig("Camille Roux", "Acheteuse projets / Project buyer", "Agrimeca SAS", "+33 3 26 64 18 20"),
    attachments=[("rfc822", _p41_fwd)],
)
case("p41_forward_150_cover_180", ["RG011"],
     "forwarded release R-01 signed by Mathieu Girard releases 150 pcs; the buyer's cover note tells the foundry to "
     "run 'the 180 released pieces'",
     [("TR_Liberation_R-01_AGM-SP-0712.eml", eml_bytes(_p41))])

# ---- p42: buyer: deposit for the full lot wired, so go ahead
_p42_swift = (
    "{1:F01RZBAUAUKAXXX0000000000}{2:I103TEBUTRISXXXXN}{4:\n"
    ":20:AGM240701-0166\n:23B:CRED\n:32A:240701EUR11340,00\n"
    ":50K:/UA213808050000000026000118447\nTOV POLTAVA AGROMASH\nZAVODSKA 12 POLTAVA UA\n"
    ":59:/TR330006400000142110118800\nEGE HIDROLIK SAN. VE TIC. LTD. STI.\nIZMIR TR\n"
    ":70:ADVANCE 30 PCT PO 166/24 INV PF-24-0877\n:71A:SHA\n-}\n"
)
_p42_orig = (
    "Murat, good day.\n"
    "PO 166/24 - lift cylinder Ø80x300, AM-HC-8030:\n"
    "- 20 sample cylinders now;\n"
    "- 980 balance NOT released until our field test sign-off and my written release;\n"
    "- material for the 20 only.\n"
    "Oksana Koval, Head of Procurement"
)
_p42 = mail(
    OKSANA, MURAT, "RE: PO 166/24 lift cylinders - advance payment",
    "Mon, 01 Jul 2024 11:26:00 +0300",
    "Murat, good news.\n\n"
    "The 30% deposit for the full lot went out this morning from Raiffeisen Bank, SWIFT copy attached (EUR 11 340). "
    "So go ahead, no need to wait for anything else - we need the cylinders in Poltava before the autumn sowing.\n\n"
    "Regards,\nOksana Koval\nHead of Procurement\nTOV \"Poltava AgroMash\"\n+380 532 61 18 00\n\n"
    "-----Original Message-----\nFrom: Oksana Koval\nSent: 12 June 2024 09:40\nTo: Murat Kaya\n\n" + q(_p42_orig),
    cc=ANDRIY,
    attachments=[("SWIFT_MT103_AGM240701-0166.txt", _p42_swift, "text/plain")],
)
case("p42_deposit_wired_go_ahead", ["RG002", "RG012"],
     "after a complete scope (20 samples, 980 held until field test + her written release), the release authority "
     "writes that the deposit went out 'so go ahead, no need to wait for anything else'",
     [("RE_PO_166-24_advance_payment.eml", eml_bytes(_p42))])

# ---- p43: supplier reads PO acceptance as authority for the full quantity
_p43_oc = html_page("Potwierdzenie zamówienia AB/24/0612", f"""
<h2>WIELKOPOLSKA OBRÓBKA Sp. z o.o. &mdash; Potwierdzenie zamówienia / Order confirmation AB/24/0612</h2>
<p>Klient / customer: Coopérative Agricole du Val de Loire, Saumur (FR) &middot; Zamówienie klienta / your PO:
CV-24-0388 &middot; Data: 2024-06-14</p>
{html_table([
    ["Poz.", "Indeks", "Opis / description", "Ilość / qty", "Cena EUR", "Termin / delivery"],
    ["1", "CV-AX-1260", "Oś koła podporowego / support wheel axle 60 mm, C45 induction hardened", "800 szt.",
     "18,40", "tyg. / wk 30-33"],
])}
<p>Warunki: FCA Poznań, płatność 45 dni. Potwierdził / confirmed by: Tomasz Nowak, Dział Sprzedaży.</p>
""", lang="pl")
_p43_orig = (
    "Bonjour Tomasz,\n\n"
    "Voici notre commande CV-24-0388 pour l'axe de roue de jauge CV-AX-1260 (plan ind. C).\n"
    "The PO lines give commercial cover for 800 pcs so that the price is fixed for the season.\n"
    "Production authorized now: 16 samples only. The 784 pcs balance is NOT released: it needs our sample sign-off "
    "and a written release signed by Hélène Marchand.\n"
    "Material authority: 16 pcs.\n\nHélène Marchand\nResponsable achats pièces"
)
_p43 = mail(
    TOMASZ, HELENE, "RE: Commande CV-24-0388 - axe CV-AX-1260 - potwierdzenie / confirmation",
    "Fri, 14 Jun 2024 15:05:00 +0200",
    "Dear Mrs Marchand,\n\n"
    "thank you for the order. We have accepted your PO CV-24-0388 (order confirmation AB/24/0612 attached), and "
    "therefore we have scheduled the production of the full 800 pcs in weeks 30-33, together with the 16 samples, "
    "so that you have everything before the autumn work.\n\n"
    "Best regards / Pozdrawiam,\nTomasz Nowak\nSales - Wielkopolska Obróbka Sp. z o.o.\nul. Górecka 104, 61-483 "
    "Poznań\n\n"
    "> From: Hélène Marchand, 12.06.2024\n" + q(_p43_orig),
    attachments=[("AB_24_0612.html", _p43_oc, "text/html")],
)
case("p43_po_accepted_so_full_run", ["RG012"],
     "buyer's PO gives commercial cover for 800 but releases only 16 samples; the supplier treats its acceptance of "
     "the PO as authority and schedules the full 800",
     [("RE_Commande_CV-24-0388.eml", eml_bytes(_p43))])

# ---- p44: advance received, hence material procured and full production started
_p44_orig = (
    "Hello Hardik,\n\n"
    "PO PIC-24-0490, harrow tine clamp PIC-TC-0612 rev A:\n"
    "- released now: 25 sample clamps for field test;\n"
    "- the remaining 975 of the 1,000 quoted are NOT released;\n"
    "- unlock: field-test sign-off by Mike Tremblay, then a written release signed by Dan Kowalczyk;\n"
    "- material authority: sample-only.\n"
    "The pattern advance (50%) per your proforma PI/SFC/24-208 will be paid this week.\n\n"
    "Sarah Lindqvist, Purchasing"
)
_p44 = mail(
    HARDIK, SARAH, "RE: PO PIC-24-0490 - harrow tine clamp - advance received",
    "Thu, 27 Jun 2024 18:10:00 +0530",
    "Dear Madam,\n\n"
    "We acknowledge with thanks the receipt of your advance payment of USD 2,150 (credit advice attached in our "
    "system ref. 24/ADV/0311).\n\n"
    "Hence we have procured the raw material and started production of the full 1,000 nos, so that the complete "
    "quantity can be shipped in one container from Mundra and freight will be economical for you. 25 nos samples "
    "will be sent by courier first.\n\n"
    "Assuring you of our best services,\nHardik Mehta\nQA & Customer Service\n\n"
    "--- Original message ---\n" + q(_p44_orig)
    + sig("Hardik Mehta", "QA & Customer Service", "Saurashtra Forge & Castings Pvt Ltd", "+91 281 238 5514"),
    cc=RAJESH,
)
case("p44_advance_received_full_lot", ["RG006", "RG012"],
     "scope releases 25 samples with sample-only material; supplier treats the pattern advance as the trigger, "
     "buys material and starts the full 1,000",
     [("RE_PO_PIC-24-0490_advance.eml", eml_bytes(_p44))])

# ---- p45: LC confirmed, so the balance starts Monday
_p45_orig = (
    "Dear Emre,\n\n"
    "order OP-24/0560 - hub flange OP-HF-330 rev. A:\n"
    "- active quantity: 20 first-off castings;\n"
    "- balance 1,980 pcs NOT released until sample sign-off by Marco Bellini and a written release signed by me;\n"
    "- material authority: sample-only.\n"
    "Our bank will open the LC for the full order value, for commercial reasons only (price lock and your export "
    "financing).\n\nGiulia Ferri"
)
_p45 = mail(
    EMRE, GIULIA, "RE: OP-24/0560 hub flange - LC confirmation",
    "Wed, 10 Jul 2024 10:05:00 +0300",
    "Dear Giulia Hanım,\n\n"
    "We are pleased to inform you that your Letter of Credit No. 0417LC24001187 (Banca BPER) has been confirmed by "
    "our bank, Ziraat Bankası, yesterday.\n\n"
    "As the LC covers the full value, production of the 1,980 pcs balance starts on Monday on our moulding line 2, "
    "right after the 20 first-off castings.\n\n"
    "Kind regards,\nEmre Yıldız\n\n"
    "On 28/06/2024 Giulia Ferri wrote:\n" + q(_p45_orig)
    + sig("Emre Yıldız", "Export Sales Manager", "Konya Döküm ve Dövme San. A.Ş.", "+90 332 345 11 80"),
)
case("p45_lc_confirmed_balance_starts", ["RG012"],
     "buyer's scope holds the 1,980 and says the LC is commercial only; supplier treats the LC confirmation as "
     "authority and starts the balance",
     [("RE_OP-24-0560_LC_confirmation.eml", eml_bytes(_p45))])


# =================================================================== CLEAN (batch 4)
# ---- c01: supplier quote with sample and production tiers (no authorization)
_c01 = pdf([
    ("h1", "KONYA DÖKÜM VE DÖVME SAN. A.Ş."),
    ("p", "3. Organize Sanayi Bölgesi, Kuddusi Cad. No: 14, 42300 Selçuklu / Konya, Türkiye. "
          "Vergi No 571 004 1187. IATF-free foundry, ISO 9001:2015 and ISO 14001:2015."),
    ("h", "TEKLİF / QUOTATION KD-2024-0412  -  07.05.2024"),
    ("p", "Customer: Agrimeca SAS, Châlons-en-Champagne - Attn. Ms. Camille Roux. Part: share point AGM-SP-0712, "
          "cast steel G42CrMo4, drawing 0712-020 ind. A, weight 1.9 kg."),
    ("table", [
        ["Pos.", "Description", "Quantity", "Unit price EUR", "Lead time"],
        ["1", "Pattern samples (hand moulded), heat treated 48-52 HRC", "10 pcs", "9,80", "4 weeks"],
        ["2", "Season build, machine moulded, shot blasted, oiled", "1.500 pcs", "4,35", "6 weeks after order"],
        ["3", "Season build, as pos. 2", "3.000 pcs", "4,10", "8 weeks after order"],
        ["4", "Pattern (aluminium, 4 cavities), one time", "1 set", "1.800,00", "3 weeks"],
    ]),
    ("p", "Prices FCA Konya, packed in wooden crates. Validity: production prices valid for orders placed until "
          "31.08.2024; scrap surcharge according to the Konya scrap index, base 9.200 TRY/t."),
    ("p", "Payment: pattern 50% with order, 50% on sample delivery; parts 60 days from invoice."),
    ("p", "This quotation is an offer only. Tolerances ISO 8062-3 DCTG 10, surface roughness Ra 25."),
    ("p", "Saygılarımızla / Best regards, Emre Yıldız - Export Sales Manager"),
], title="KD-2024-0412", author="Konya Dokum")
case("c01_quote_with_tiers", [],
     "supplier quotation with a 10-pc sample tier and 1.500 / 3.000 season tiers; no authorization in the bundle",
     [("Teklif_KD-2024-0412.pdf", _c01)])

# ---- c02: supplier asks for go-ahead on bal. 480, buyer answers with a full scope
_c02 = """\
[03/06/24, 11:02:44] Gurpreet Singh: Good morning Davide sir 🙏
[03/06/24, 11:03:20] Gurpreet Singh: 20 nos pilot yokes OP-YK-140 dispatched yesterday vide DHL AWB 77 1190 4521
[03/06/24, 11:04:02] Gurpreet Singh: Sir do we have go-ahead for bal. 480 nos? our forging line is free from 15th
[03/06/24, 12:40:15] Davide Rinaldi: Good morning Gurpreet, thanks for the AWB
[03/06/24, 12:41:31] Davide Rinaldi: No. Only the 20 pilot yokes are released.
[03/06/24, 12:42:09] Davide Rinaldi: The balance of 480 is NOT released - it waits for Marco Bellini's sample sign-off and after that a written release signed by Giulia Ferri. Please don't buy bar for the 480 either
[03/06/24, 12:43:50] Gurpreet Singh: Noted sir. We will wait for the written release 👍
[03/06/24, 12:44:05] Gurpreet Singh: Will keep the line for other customer meanwhile
"""
case("c02_whatsapp_go_ahead_question", [],
     "supplier asks whether there is a go-ahead for bal. 480; buyer answers: 20 released, 480 not released until "
     "Marco Bellini's sign-off and Giulia Ferri's written release, no material",
     [("WhatsApp_Gurpreet_Davide_OP-YK-140.txt", _c02)])

# ---- c03: labelled non-binding forecast on a portal
_c03 = html_page("12-month forecast | Prairie Implement Co-op Supplier Portal", f"""
<div style="background:#2d5a27;color:#fff;padding:8px"><b>Prairie Implement Co-operative Ltd</b> &middot; Supplier
Portal &middot; Ningbo Huarong Machinery Co., Ltd (40377)</div>
<h2>12-month rolling forecast &mdash; published 2024-07-01</h2>
<div class="note"><b>FORECAST ONLY &mdash; NOT A PURCHASE ORDER.</b> The quantities below are non-binding planning
estimates. They are not released, they do not authorize production, and they do not authorize the purchase of
material. Production is authorized only by a PO line or a schedule release.</div>
{html_table([
    ["Item", "Description", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Total 6 mo"],
    ["PIC-HC-308", "Hyd cylinder 3x8 tie-rod", "0", "0", "150", "300", "300", "250", "1,000"],
    ["PIC-HC-312", "Hyd cylinder 3-1/2x12 tie-rod", "0", "40", "120", "200", "200", "160", "720"],
    ["PIC-DS-410", "Disc scraper", "200", "0", "400", "600", "600", "400", "2,200"],
])}
<p>Forecast accuracy last quarter: 82%. Questions: Sarah Lindqvist, slindqvist@prairieimplement.ca</p>
""")
case("c03_portal_nonbinding_forecast", [],
     "portal page of quantities clearly labelled as a non-binding forecast that releases nothing",
     [("forecast_2024-07_Huarong.html", _c03)])

# ---- c04: full-quantity dealer stocking order
_c04 = pdf([
    ("h1", "AGROSERVICIOS PERGAMINO S.R.L. - PEDIDO DE STOCK / DEALER STOCKING ORDER 2024-0188"),
    ("p", "Av. Colón 1845, B2700 Pergamino, Buenos Aires, Argentina. Concesionario oficial. Fecha: 12/07/2024."),
    ("p", "Proveedor / supplier: Metalúrgica Serra Gaúcha Ltda, Caxias do Sul RS, Brasil."),
    ("table", [
        ["Ítem", "Código", "Descripción", "Cantidad", "P. unit. USD", "Total USD"],
        ["1", "SG-DC-1845-04", "Disco de rastra liso 18\" x 4 mm / plain harrow disc", "300", "14,60", "4.380,00"],
        ["2", "SG-DC-2050-05", "Disco de rastra dentado 20\" x 5 mm / notched harrow disc", "120", "19,90", "2.388,00"],
    ]),
    ("p", "Pedido completo y firme / complete firm order: 300 + 120 discos. Please proceed with the 300 plain discs "
          "and the 120 notched discs; there is no balance and no further release will follow for this order."),
    ("p", "Entrega: FCA Caxias do Sul, semana 32. Pago: 50% a 30 días, 50% a 60 días. Embalaje: pallets de 60 un."),
    ("p", "Firma: Ricardo Ferraro, Gerente de Repuestos."),
], title="Pedido 2024-0188", author="Agroservicios Pergamino")
case("c04_full_qty_stocking_order", [],
     "full-quantity dealer stocking order; 'proceed with the 300 plain discs and the 120 notched discs' is scoped "
     "and there is no balance; part numbers 1845/2050 are not quantities",
     [("Pedido_stock_2024-0188.pdf", _c04)])

# ---- c05: Italian sample PO with a complete scope note (DOCX with table)
_c05 = docx_bytes([
    ("h1", "OFFICINE PADANE S.r.l. - ORDINE DI ACQUISTO OP-24/0590"),
    ("p", "Fornitore / supplier: Ludhiana Agri Components Pvt Ltd, Ludhiana, India. Data: 17/06/2024. "
          "Acquisti: Davide Rinaldi."),
    ("table", [
        ["Pos.", "Codice", "Descrizione", "Q.tà", "Prezzo unit.", "Consegna"],
        ["1", "OP-FK-221 rev. C", "Forcella PTO / PTO fork, forged 42CrMo4, campionatura (samples)", "10 pz",
         "12,80 EUR", "sett. 30"],
    ]),
    ("h", "Nota di perimetro / scope note"),
    ("li", "Quantità attiva / active quantity: 10 pz di campionatura (samples)."),
    ("li", "Saldo / balance: 490 pz della vostra offerta LAC/Q/24-061 (500 pz, quantità previsionale / forecast) - "
           "NON rilasciato / not released."),
    ("li", "Sblocco / unlock event: sample sign-off di Marco Bellini (Qualità), poi rilascio scritto firmato da "
           "Giulia Ferri, Responsabile Acquisti."),
    ("li", "Cosa fare ora / what to do now: produrre e spedire solo i 10 campioni con certificato 3.1 e rapporto "
           "dimensionale."),
    ("li", "Autorizzazione materiali / material authority: solo campionatura (sample-only)."),
    ("p", "Condizioni generali di acquisto OP-CGA rev. 7. Pagamento 90 gg d.f.f.m."),
], author="Officine Padane")
case("c05_it_sample_po_complete", [],
     "sample PO: 10 active, 490 not released (quoted 500 labelled forecast), sign-off by Marco Bellini then written "
     "release by Giulia Ferri, sample-only material",
     [("OP-24-0590_ordine_campionatura.docx", _c05)])

# ---- c06: call-off with an explicit staged material authority above the released quantity
_c06 = """\
PRAIRIE IMPLEMENT CO-OPERATIVE LTD         *** SCHEDULE RELEASE ***          PAGE 1 OF 1
==========================================================================================
BLANKET      : PIC-BL-24-009            RELEASE NO : 01        DATE : 2024-06-28
VENDOR       : 40221  WIELKOPOLSKA OBROBKA SP. Z O.O., POZNAN, PL
ITEM         : 240-0910-02  HITCH PIN 1-1/2" X 9" 4140 ZINC          REV : D
==========================================================================================
RELEASED QTY : 200 EA   (PRODUCTION RELEASE 01 - MAKE AND SHIP)
BLANKET QTY  : 1,000 EA
BALANCE      : 800 EA - NOT RELEASED
UNLOCK       : SCHEDULE RELEASE 02, SIGNED BY THE RELEASE AUTHORITY BELOW
RELEASE AUTH : DAN KOWALCZYK, SUPPLY CHAIN MANAGER
MATERIAL AUTH: STAGED - VENDOR MAY BUY AND HOLD 4140 BAR FOR UP TO 600 EA AT BUYER'S
               LIABILITY. BAR FOR 600 EA MAY BE BOUGHT; ONLY 200 EA MAY BE MACHINED.
------------------------------------------------------------------------------------------
DELIVERY SCHEDULE
SEQ  SHIP DATE    QTY   UOM  SHIP VIA
---  ----------  -----  ---  -----------------------
001  2024-08-12    100  EA   AIR FREIGHT COLLECT
002  2024-08-26    100  EA   AIR FREIGHT COLLECT
------------------------------------------------------------------------------------------
VENDOR NOTE (T. NOWAK, 2024-07-01): BAR FOR 600 EA BOOKED AT CELSA PER MATERIAL AUTH ABOVE.
PRINTED 2024-07-01 08:12 BY DKOWALCZ   JDE E1 9.2   FORM SR-02
"""
case("c06_calloff_staged_material", [],
     "schedule release 200 EA, balance 800 held until release 02 by Dan Kowalczyk; bar for 600 bought within an "
     "explicit staged material authority",
     [("PIC-BL-24-009_R01.txt", _c06)])

# ---- c07: explicit, recorded auto-conversion
_c07 = pdf([
    ("h1", "AGRIMECA SAS - AVENANT N° 1 À LA COMMANDE 4500018812"),
    ("p", "Amendment no. 1 to PO 4500018812 - spring tine AGM-ST-3210 - Saurashtra Forge & Castings Pvt Ltd. "
          "Date: 10/06/2024."),
    ("h", "1. Recorded auto-conversion"),
    ("p", "By this amendment Agrimeca records an explicit auto-conversion: if the sample sign-off of the 12 pattern "
          "samples is signed with the disposition APPROVED by Julien Lefèvre (engineering), that signed sign-off by "
          "itself releases 600 pcs for production. No further document is needed for those 600 pcs."),
    ("p", "An interim or rejected sign-off releases nothing."),
    ("h", "2. Balance"),
    ("p", "The remaining 1,788 pcs of the 2,400 pcs season build (quotation QT/SFC/24-117 rev. 2) are NOT released. "
          "They are released only by a separate written release signed by Mathieu Girard, Directeur Achats."),
    ("h", "3. Material authority"),
    ("p", "Until the sign-off: sample-only. After an APPROVED sign-off: material for 600 pcs."),
    ("p", "Decided and signed: Mathieu Girard, Directeur Achats, 10/06/2024. Acknowledged by the supplier: "
          "Rajesh Patel, Manager - Exports, 11/06/2024."),
], title="Avenant 1 PO 4500018812", author="Agrimeca SAS")
case("c07_recorded_auto_conversion", [],
     "amendment records an explicit auto-conversion (approved sign-off by Julien Lefèvre releases 600 pcs, signed "
     "by Mathieu Girard), balance 1,788 held for a written release",
     [("Avenant_1_PO_4500018812.pdf", _c07)])

# ---- c08: supplier: the deposit does not release production
_c08_orig = (
    "Rafael,\n\n"
    "OC 0045-00013260, cuerpo de abresurco MP-AB-4420 rev A:\n"
    "- cantidad activa: 10 muestras;\n"
    "- saldo 990 un. NO liberado hasta el sign-off de Lucía Benítez y mi liberación por escrito;\n"
    "- material: sólo muestras.\n"
    "Transferimos hoy el depósito del ferramental (50%).\n\nMartín Sosa - Compras"
)
_c08 = mail(
    RAFAEL, MARTIN, "RES: OC 0045-00013260 - depósito ferramental recebido",
    "Fri, 14 Jun 2024 09:40:00 -0300",
    "Bom dia Martín,\n\n"
    "Recebemos o depósito do ferramental, muito obrigado. Just to be clear on our side: the deposit pays the "
    "tooling and does not release production. We are making only the 10 samples; the 990 pcs balance waits for "
    "your written release after Lucía's sign-off, and we will not buy steel for it before that.\n\n"
    "Samples planned for week 27, with the dimensional report.\n\n"
    "Abraço,\nRafael Oliveira\nVendas Exportação - Metalúrgica Serra Gaúcha Ltda\n\n"
    "Em 13/06/2024, Martín Sosa escreveu:\n" + q(_c08_orig),
)
case("c08_deposit_does_not_release", [],
     "buyer's quoted scope is complete; supplier confirms the tooling deposit does not release production and makes "
     "only the 10 samples",
     [("RES_OC_0045-00013260_deposito.eml", eml_bytes(_c08))])

# ---- c09: supplier acknowledgement restating the hold (text+html, PO attached)
_c09_po = pdf([
    ("h1", "POLTAVA AGROMASH LLC - PURCHASE ORDER 171/24"),
    ("p", "Date: 24.06.2024. Supplier: Wielkopolska Obróbka Sp. z o.o., Poznań. Contract 24/PL-117."),
    ("table", [
        ["No.", "Part", "Description", "Qty", "Price EUR"],
        ["1", "AM-D610-09", "Disc 610 mm notched, 30MnB5, samples for field test", "30 pcs", "16,90"],
    ]),
    ("p", "Active quantity: 30 sample discs. Balance: 1 970 pcs of the 2 000 in your offer - NOT released."),
    ("p", "Unlock: field test sign-off by our QC, then a written release signed by Oksana Koval, Head of Procurement."),
    ("p", "Material authority: sample-only."),
], title="PO 171/24", author="Poltava AgroMash")
_c09_txt = (
    "Dear Mrs Koval,\n\n"
    "We acknowledge your PO 171/24 as written:\n"
    "- active quantity: 30 sample discs AM-D610-09, delivery DAP Poltava in week 29;\n"
    "- the balance of 1 970 pcs is not released; we will not start production of the balance and will not buy "
    "material for it until we receive the written release signed by you, Mrs Koval, after the field test sign-off.\n\n"
    "Heat treatment protocol and CMR will travel with the truck.\n\n"
    "Z poważaniem / Best regards,\nKatarzyna Wiśniewska\nPPC - Wielkopolska Obróbka Sp. z o.o."
)
_c09 = mail(KASIA, OKSANA, "Acknowledgement PO 171/24 - discs AM-D610-09",
            "Tue, 25 Jun 2024 13:18:00 +0200", _c09_txt, html=para_html(_c09_txt), cc=TOMASZ,
            attachments=[("PO_171-24.pdf", _c09_po, PDF_MT)])
case("c09_supplier_ack_restates_hold", [],
     "supplier acknowledgement restates the buyer's scope (30 active, 1 970 not released until field-test sign-off "
     "and Oksana Koval's written release); attached PO is complete",
     [("Ack_PO_171-24.eml", eml_bytes(_c09))])

# ---- c10: engineering disposition 'approved for fit check only'
_c10 = mail(
    MIKE, KEVIN, "CF-890-01 pilot cab frames - sample disposition",
    "Thu, 18 Jul 2024 16:05:00 -0600",
    "Hi Kevin,\n\n"
    "We fitted the 6 pilot cab frames CF-890-01 on two tractors this week. Door hinges and the ROPS mounting holes "
    "line up, the roof panel needs 2 mm more clearance at the rear (see marked photo).\n\n"
    "Disposition: sample approved for fit check only; production not released. This is a technical disposition.\n\n"
    "Authorized now: the 6 pilot frames you already delivered, nothing more. The 234 frames of the program remain "
    "not released until the ROPS test to ISO 5700 is passed and Dan Kowalczyk signs a written release. Please do "
    "not buy tube or sheet for the program yet.\n\n"
    "Thanks,\nMike Tremblay\nProduct Engineering - Prairie Implement Co-operative Ltd\n+1 306 664 1190",
    cc=DAN,
)
case("c10_fit_check_only", [],
     "'sample approved for fit check only; production not released', 6 authorized, 234 held until ROPS test and "
     "Dan Kowalczyk's written release",
     [("CF-890-01_disposition.eml", eml_bytes(_c10))])

# ---- c11: old quote forwarded as rfc822, declared informational; PO scope complete
_c11_old = mail(
    MURAT, CAMILLE, "Teklif / offer EH-2023-221 - vérin Ø63",
    "Tue, 14 Nov 2023 15:30:00 +0300",
    "Dear Camille Hanım,\n\n"
    "As requested, our offer for the double-acting cylinder Ø63/35 x 400:\n"
    "- 5,000 pcs per year: EUR 58,40 / pc\n"
    "- 2,000 pcs per year: EUR 61,90 / pc\n"
    "FCA İzmir, payment 60 days. Validity 30 days.\n\n"
    "Best regards,\nMurat Kaya\nEge Hidrolik",
    msgid="<h84-old-offer-221@egehidrolik.com.tr>",
)
_c11 = mail(
    CAMILLE, MURAT, "PO 4500019200 - vérin Ø63 - échantillons + ancienne offre (pour info)",
    "Wed, 29 May 2024 14:12:00 +0200",
    "Dear Murat,\n\n"
    "Our PO 4500019200 is for 12 sample cylinders AGM-VH-63-400-B (plan 63-400-11 ind. C), DAP Châlons, week 27.\n\n"
    "- The balance of the season quantity is not released.\n"
    "- It will be released only after the field test sign-off by Julien Lefèvre, by a written release signed by "
    "Mathieu Girard, Directeur Achats.\n"
    "- Material authority: sample-only (12 pcs).\n\n"
    "For information only, I also forward your 2023 offer (5,000 pcs per year) so that you have the price history "
    "for your new quotation. It is informational: it releases nothing and is not an order.\n\n"
    "Cordialement,\nCamille"
    + sig("Camille Roux", "Acheteuse projets / Project buyer", "Agrimeca SAS", "+33 3 26 64 18 20"),
    attachments=[("rfc822", _c11_old)],
)
case("c11_old_quote_forwarded_informational", [],
     "PO for 12 samples with hold, unlock event and Mathieu Girard named; the forwarded 2023 offer (5,000 pcs) is "
     "declared informational and releasing nothing",
     [("PO_4500019200_echantillons.eml", eml_bytes(_c11))])

# ---- c12: supplier assumes roll-on (quoted); buyer corrects it
_c12_l1 = (
    "Dear Giulia Hanım,\n\n"
    "the 10 first-off castings of the PTO housing OP-PH-150 are ready, reports attached. As soon as you approve "
    "them we will roll straight into the 1,490 pcs on moulding line 2, so you get everything before the season.\n\n"
    "Best regards,\nEmre Yıldız"
)
_c12 = mail(
    GIULIA, EMRE, "RE: OP-24/0575 PTO housing - first-off castings ready",
    "Mon, 15 Jul 2024 09:22:00 +0200",
    "Dear Emre,\n\n"
    "thank you for the reports. Please note: no. The sample sign-off releases nothing by itself.\n\n"
    "The active quantity remains the 10 first-off castings. The balance of 1,490 pcs stays not released until I "
    "sign a written release, after Marco Bellini's sample sign-off. Please do not schedule line 2 for the balance "
    "and do not buy material for it.\n\n"
    "Best regards,\nGiulia\n\n"
    "On 12/07/2024 Emre Yıldız wrote:\n" + q(_c12_l1)
    + sig("Giulia Ferri", "Responsabile Acquisti", "Officine Padane S.r.l.", "+39 0522 918 401"),
    cc=MARCO,
)
case("c12_buyer_corrects_roll_on", [],
     "quoted supplier message assumes the 1,490 roll on after approval; the buyer's reply corrects it (10 active, "
     "1,490 held until her written release after Marco Bellini's sign-off)",
     [("RE_OP-24-0575_PTO_housing.eml", eml_bytes(_c12))])

# ---- c13: interim disposition with quantity and date limits
_c13 = docx_bytes([
    ("h1", "METALÚRGICA PAMPA S.A. - Disposición de muestras / sample disposition SD-24-019"),
    ("p", "Proveedor: Metalúrgica Serra Gaúcha Ltda. OC 0045-00013150. Pieza: soporte de rodamiento / bearing "
          "carrier MP-SR-6208 rev B (GJS-450-10, Ø62H7 bore)."),
    ("table", [
        ["Campo / field", "Valor / value"],
        ["Disposición / disposition", "INTERIM"],
        ["Motivo / reason", "Cpk 1.12 on bore Ø62H7 (target ≥ 1.33); all other characteristics OK"],
        ["Límite de cantidad / quantity limit", "150 pcs"],
        ["Válido hasta / valid until", "30/09/2024"],
        ["Producción liberada bajo esta disposición / production released under it",
         "150 pcs - released by Martín Sosa, release authority, 15/07/2024"],
        ["Saldo / balance", "850 pcs of the 1.000 pcs order - NOT released"],
        ["Desbloqueo / unlock", "full PPAP-lite resubmission with Cpk ≥ 1.33 signed off by Lucía Benítez, then a "
                                "written release signed by Martín Sosa"],
        ["Autorización de material / material authority", "150 pcs"],
    ]),
    ("sp",),
    ("p", "Las 150 piezas deben identificarse con etiqueta amarilla 'INTERIM SD-24-019' y 100% de control del "
          "diámetro con tampón pasa/no pasa."),
    ("p", "Firmado: Ing. Lucía Benítez (sign-off) - Martín Sosa (release authority)."),
], author="Metalurgica Pampa")
case("c13_interim_disposition_limits", [],
     "interim sample disposition limited to 150 pcs and 30/09/2024, 150 released by Martín Sosa, 850 held until "
     "PPAP-lite resubmission and his written release",
     [("SD-24-019_disposicion_muestras.docx", _c13)])


# =================================================================== CLEAN (batch 5)
# ---- c14: identifiers that look like quantities
_c14 = pdf([
    ("h1", "POLTAVA AGROMASH LLC - PURCHASE ORDER 1200/24"),
    ("p", "Date: 01.07.2024 | Supplier: Ningbo Huarong Machinery Co., Ltd (code C-0500) | Contract 2400-CN/24 | "
          "Buyer: Andriy Bondar"),
    ("table", [
        ["No.", "Part number", "Description", "Qty", "Price USD"],
        ["1", "HB-500-1200-24", "Wheel hub 6-stud M20x1.5, bearing 6210-2RS, DRG 2400 rev 3, samples", "24 pcs",
         "31,50"],
    ]),
    ("p", "Material: EN-GJS-500-7 per ISO 1083, general tolerances ISO 2768-mK, quality system ISO 9001:2015. "
          "Test: 1000 h salt spray per ISO 9227 on paint. Pallet max 1500 kg, 1200 x 800 mm."),
    ("h", "Scope"),
    ("p", "Active quantity: twenty-four (24) sample hubs. The balance of 976 hubs of the 1 000 in your quotation "
          "Q-2024-0500 is NOT released."),
    ("p", "Unlock: field test sign-off by our QC laboratory, then a written release signed by Oksana Koval, "
          "Head of Procurement."),
    ("p", "Material authority: sample-only (24 pcs)."),
    ("p", "Delivery: CPT Kyiv by air, before 15.08.2024. Payment: 30 days after delivery."),
], title="PO 1200/24", author="Poltava AgroMash")
case("c14_identifiers_look_like_qty", [],
     "complete sample PO (24 active, 976 held, field-test sign-off + Oksana Koval); PO 1200/24, HB-500-1200-24, "
     "DRG 2400, 1000 h, 1500 kg and ISO numbers are identifiers, not quantities",
     [("PO_1200-24.pdf", _c14)])

# ---- c15: full-quantity dealer parts order on a portal
_c15 = html_page("Stocking order SO-24-1180 | Prairie Implement Co-op Parts", f"""
<h2>Prairie Implement Co-operative Ltd &mdash; Parts &amp; Service</h2>
<p>Supplier: Wielkopolska Obróbka Sp. z o.o., Poznań &middot; Dealer stocking order <b>SO-24-1180</b> &middot;
issued 2024-07-08 by Sarah Lindqvist &middot; ship to: Parts DC, Regina SK</p>
{html_table([
    ["Line", "Part", "Description", "Order qty", "Unit CAD", "Ship"],
    ["1", "240-0910-02", "Hitch pin 1-1/2 in. x 9 in.", "150", "21.40", "2024-08-30"],
    ["2", "240-1020-01", "Spacer bushing", "400", "3.85", "2024-08-30"],
    ["3", "240-1195-01", "Clevis pin kit, HD", "60", "38.10", "2024-08-30"],
])}
<div class="note">This is a complete, firm stocking order: make and ship the full quantity of every line. There is no
balance and no further release will follow.</div>
<p>Packing: one pallet per line, labels with our part number and SO number. Terms: Net 45, FCA Poznań.</p>
""")
case("c15_full_stocking_order_portal", [],
     "firm dealer stocking order with full quantities on every line and no balance",
     [("SO-24-1180.html", _c15)])

# ---- c16: Viber, supplier asks to buy steel for 2000, buyer says no
_c16 = """\
Viber chat history: Tomasz Nowak / Oksana Koval
Exported 2024-07-19

15.07.2024 10:20 Tomasz Nowak: Good morning Mrs Oksana
15.07.2024 10:21 Tomasz Nowak: 40 discs for field test (PO 175/24) are in heat treatment, truck Friday
15.07.2024 10:22 Tomasz Nowak: Question: the mill has boron steel 30MnB5 now with good price. May we buy steel for the full 2000 pcs?
15.07.2024 11:05 Oksana Koval: Good morning Tomasz. No, please buy material for the 40 only.
15.07.2024 11:06 Oksana Koval: The rest, 1960 pcs, is on hold until the field test report is accepted by our agronomists, and then I send you a written release. Without my written release nothing more
15.07.2024 11:07 Oksana Koval: If the price is good I understand, but we cannot take the risk before harvest results
15.07.2024 11:15 Tomasz Nowak: Understood, only 40. Thank you
19.07.2024 08:30 Tomasz Nowak: Truck PO 4471K left today, EUR.1 and CMR in the cabin
"""
case("c16_viber_no_material_for_2000", [],
     "supplier asks to buy steel for the full 2000; buyer: material for the 40 only, 1960 on hold until the field "
     "test report is accepted and she (Oksana Koval) sends a written release",
     [("viber_Nowak_Koval_2024-07.txt", _c16)])

# ---- c17: Brazilian quote (text+html), tiers, no authorization
_c17_txt = (
    "Prezado Martín,\n\n"
    "Conforme solicitado, segue nossa cotação SG-1011 para a engrenagem MP-EN-3330 rev A (aço SAE 8620 "
    "cementado, 58-62 HRC):\n\n"
    "  Amostras / samples ............. 15 pcs    USD 24,80/pc   4 semanas\n"
    "  Lote 1 / production ........ 1.000 pcs    USD 11,90/pc   8 semanas\n"
    "  Lote 2 / production ........ 2.000 pcs    USD 11,20/pc   10 semanas\n"
    "  Lote 3 / production ........ 5.000 pcs    USD 10,60/pc   12 semanas\n\n"
    "Ferramental (fixtures de usinagem): USD 2.400,00. FCA Caxias do Sul. Validade 45 dias.\n\n"
    "Esta cotação é apenas uma proposta; os pedidos seguem as condições do seu pedido de compra.\n\n"
    "Atenciosamente,\nRafael Oliveira\nVendas Exportação - Metalúrgica Serra Gaúcha Ltda\n+55 54 3218 4400"
)
_c17 = mail(RAFAEL, MARTIN, "Cotação SG-1011 - engrenagem MP-EN-3330",
            "Thu, 11 Jul 2024 15:48:00 -0300", _c17_txt, html=para_html(_c17_txt))
case("c17_br_quote_tiers", [],
     "supplier quotation with a 15-pc sample tier and 1.000 / 2.000 / 5.000 production tiers; nothing authorized",
     [("Cotacao_SG-1011.eml", eml_bytes(_c17))])

# ---- c18: release letter for the full balance after the sign-off
_c18 = pdf([
    ("h1", "OFFICINE PADANE S.r.l. - PRODUCTION RELEASE R-01"),
    ("p", "Order OP-24/0610 - PTO guard bracket OP-GB-071 rev. B - Supplier: Konya Döküm ve Dövme San. A.Ş. "
          "Date: 19/07/2024."),
    ("table", [
        ["Item", "Value"],
        ["Order quantity", "400 pcs (8 first-off castings + 392 series)"],
        ["Sample sign-off", "done 16/07/2024 by Marco Bellini, report QR-24-0655 (disposition: approved)"],
        ["Quantity released by this release", "392 pcs"],
        ["Total released after this release", "400 pcs"],
        ["Balance still on hold", "none"],
        ["Material authority", "392 pcs"],
        ["Signed", "Giulia Ferri, Responsabile Acquisti"],
    ]),
    ("p", "Deliveries: 4 lots of 98 pcs, weeks 33, 35, 37 and 39, DAP Reggio Emilia. Please mark every crate with "
          "the release number R-01."),
], title="Release R-01 OP-24/0610", author="Officine Padane")
case("c18_release_full_balance", [],
     "release letter for the 392 remaining pcs after the recorded sign-off, signed by Giulia Ferri; nothing left "
     "on hold",
     [("Release_R-01_OP-24-0610.pdf", _c18)])

# ---- c19: ERP sample PO + supplier quote; the quote's 1,500 declared informational (two files)
_c19_po = """\
PRAIRIE IMPLEMENT CO-OPERATIVE LTD            *** PURCHASE ORDER ***          PAGE 1 OF 1
==========================================================================================
PO NUMBER    : PIC-24-0502             REVISION : 00        DATE : 2024-07-10
VENDOR       : 40377  NINGBO HUARONG MACHINERY CO., LTD, NINGBO, CN
BUYER        : S.LINDQVIST             TERMS    : NET 45    FOB  : FCA NINGBO
==========================================================================================
LN  PART NO.          REV  DESCRIPTION                          QTY     UOM   UNIT PRICE
--  ----------------  ---  -----------------------------------  ------  ----  ----------
01  PIC-DS-415        A    DISC SCRAPER, SPRING STEEL, SAMPLES      30     EA        6.40
------------------------------------------------------------------------------------------
SCOPE        : SAMPLE ONLY - 30 EA
BALANCE      : NOT RELEASED. THE 1,500 EA PRODUCTION QTY IN VENDOR QUOTE Q-2406-118
               IS INFORMATIONAL ONLY AND IS NOT RELEASED BY THIS PO.
UNLOCK       : FIELD TEST SIGN-OFF (M. TREMBLAY) THEN WRITTEN RELEASE
RELEASE AUTH : DAN KOWALCZYK, SUPPLY CHAIN MANAGER
MATERIAL AUTH: SAMPLE-ONLY
==========================================================================================
PRINTED 2024-07-10 11:30 BY SLINDQVI   JDE E1 9.2   FORM PO-STD-04
"""
_c19_qt = pdf([
    ("h1", "NINGBO HUARONG MACHINERY CO., LTD - QUOTATION Q-2406-118"),
    ("p", "To: Prairie Implement Co-operative Ltd, Ms. Sarah Lindqvist. Date: 2024-06-28."),
    ("table", [
        ["Item", "Description", "Qty", "Unit price USD", "Lead time"],
        ["1", "Disc scraper PIC-DS-415, 65Mn, samples", "30 pcs", "6.40", "20 days"],
        ["2", "Disc scraper PIC-DS-415, production", "1,500 pcs", "2.95", "35 days"],
    ]),
    ("p", "FCA Ningbo. Payment T/T 30 days. Validity 60 days. Kevin Zhang, Sales Manager."),
], title="Q-2406-118", author="Ningbo Huarong")
case("c19_po_plus_quote_informational", [],
     "ERP sample PO (30 EA) declares the quote's 1,500 EA production quantity informational and not released; "
     "event and Dan Kowalczyk named",
     [("PIC-24-0502.txt", _c19_po), ("Quotation_Q-2406-118.pdf", _c19_qt)])

# ---- c20: long foundry thread; the scope is clear, the rest is logistics
_c20_l1 = (
    "Dear Camille Hanım,\n\n"
    "thank you for PO 4500019240. Before we start: can you confirm the crate drawing and whether you want the "
    "parts oiled or painted? Also our forwarder asks whether the delivery address in Châlons has a forklift.\n\n"
    "Best regards,\nEmre"
)
_c20_l2 = (
    "Hello Emre,\n\n"
    "- Oiled, no paint. The crate drawing you sent (KD-CR-07) is fine for us.\n"
    "- Yes, forklift and loading dock, gate 3, Monday to Friday 7:00-15:30.\n"
    "- Scope of PO 4500019240, to repeat it: 14 pattern samples of the wear plate AGM-WP-2208 are authorized now. "
    "The balance of 986 pcs is not released; it will be released only by a written release signed by Mathieu "
    "Girard after Julien Lefèvre's sample sign-off. Material authority: sample-only.\n\n"
    "Camille\n\n"
    "On 03/07/2024 Emre wrote:\n" + q(_c20_l1)
)
_c20_l3 = (
    "Dear Camille Hanım,\n\n"
    "noted, thank you. The 14 samples are poured (heat 24-1322), hardness 50-52 HRC. Photos attached to our "
    "portal. Our driver will call gate 3 one hour before arrival. Is 23 July ok?\n\n"
    "Emre\n\n"
    "On 04/07/2024 Camille Roux wrote:\n" + q(_c20_l2)
)
_c20 = mail(
    CAMILLE, EMRE, "RE: RE: RE: PO 4500019240 - wear plate AGM-WP-2208 - crates, delivery",
    "Thu, 11 Jul 2024 08:55:00 +0200",
    "Hello Emre,\n\n"
    "23 July is fine, reception knows. Please put the 3.1 certificate and the hardness report in the first crate "
    "and send the CMR by email the day before.\n\n"
    "Enjoy the summer, and greetings to Ayşe.\n\n"
    "Camille\n\n"
    "On 10/07/2024 Emre Yıldız wrote:\n" + q(_c20_l3)
    + sig("Camille Roux", "Acheteuse projets / Project buyer", "Agrimeca SAS", "+33 3 26 64 18 20"),
)
case("c20_long_thread_scope_clear", [],
     "long thread about crates, forklift and delivery; the buyer's quoted scope is complete (14 samples, 986 held "
     "until Mathieu Girard's written release after Julien Lefèvre's sign-off)",
     [("RE_PO_4500019240_wear_plate.eml", eml_bytes(_c20))])

# ---- c21: stop notice
_c21 = mail(
    MARTIN, RAFAEL, "STOP - OC 0045-00013300 - brazo MP-BS-1610 - detener todo",
    "Mon, 22 Jul 2024 08:05:00 -0300",
    "Rafael,\n\n"
    "During the field test in Venado Tuerto one of the 12 sample arms MP-BS-1610 cracked at the weld toe. "
    "Por favor:\n\n"
    "STOP on OC 0045-00013300 with immediate effect. Nothing more may start on this part, released or not.\n\n"
    "- Released so far: the 12 samples, already delivered. Nothing else.\n"
    "- Balance 588 pcs: not released.\n"
    "- The stop is lifted only by a written notice signed by me, after Lucía Benítez closes the 8D. Even then the "
    "balance will still need its own written release signed by me.\n"
    "- Do not buy material for this part.\n\n"
    "Te llamo a las 10 para ver el 8D.\n\n"
    "Martín Sosa\nCompras - Metalúrgica Pampa S.A.\n+54 341 455 2870",
    cc=LUCIA,
)
case("c21_stop_notice", [],
     "stop notice: nothing more may start; 12 samples released, 588 not released, stop lifted only by Martín Sosa's "
     "written notice after the 8D, balance still needing his written release",
     [("STOP_OC_0045-00013300.eml", eml_bytes(_c21))])

# ---- c22: pattern deposit paid; payment does not authorize production (email + DOCX)
_c22_doc = docx_bytes([
    ("h1", "TOV \"Poltava AgroMash\" - payment and scope note"),
    ("p", "Supplier: Konya Döküm ve Dövme San. A.Ş. PO 181/24, coulter bracket AM-CB-0440 rev 2."),
    ("table", [
        ["Item", "Value"],
        ["Payment made", "pattern deposit 50% (EUR 1 100), 22.07.2024"],
        ["What the payment covers", "the pattern only"],
        ["Authorized now", "pattern + 5 sample castings"],
        ["Balance", "495 castings - NOT released"],
        ["Unlock", "sign-off of the 5 samples by our QC, then written release signed by Oksana Koval"],
        ["Material authority", "sample-only (5 castings)"],
    ]),
    ("p", "The payment does not authorize production."),
], author="Poltava AgroMash")
_c22 = mail(
    OKSANA, EMRE, "PO 181/24 - pattern deposit paid",
    "Mon, 22 Jul 2024 14:30:00 +0300",
    "Dear Emre,\n\n"
    "we paid the pattern deposit today (50%, EUR 1 100). Please note that this payment covers the pattern only and "
    "does not authorize production.\n\n"
    "Authorized now: the pattern and 5 sample castings of AM-CB-0440. The balance of 495 castings is not released "
    "until our QC signs off the 5 samples and I send you a written release. Details in the attached note.\n\n"
    "Regards,\nOksana Koval\nHead of Procurement, TOV \"Poltava AgroMash\"",
    cc=ANDRIY,
    attachments=[("Payment_scope_note_PO_181-24.docx", _c22_doc, DOCX_MT)],
)
case("c22_deposit_pattern_only", [],
     "buyer pays the pattern deposit and states it does not authorize production; 5 samples active, 495 held until "
     "QC sign-off and Oksana Koval's written release",
     [("PO_181-24_pattern_deposit.eml", eml_bytes(_c22))])

# ---- c23: ERP call-off with clearly labelled forecast lines
_c23 = """\
OFFICINE PADANE S.r.l.                          RICHIAMO DI CONSEGNA / CALL-OFF
Via dell'Industria 41, 42124 Reggio Emilia       Stampato: 24/07/2024 09:12  (SAP ECC)
--------------------------------------------------------------------------------------
FORNITORE : 700455 LUDHIANA AGRI COMPONENTS PVT LTD, LUDHIANA (IN)
CONTRATTO : 5500000871  ARTICOLO: OP-SS-3512 rev F  ALBERO SCANALATO / SPLINE SHAFT
CALL-OFF  : 03                                      UM: PZ
--------------------------------------------------------------------------------------
PERIODO     TIPO                         QTA     STATO
----------  -------------------------  -----  ------------------------------
2024 W36    RICHIAMO FERMO / FIRM        200  RILASCIATO / RELEASED - CALL-OFF 03
2024 W40    PREVISIONE / FORECAST        250  NON VINCOLANTE - NON RILASCIATO
2024 W44    PREVISIONE / FORECAST        250  NON VINCOLANTE - NON RILASCIATO
2024 W48    PREVISIONE / FORECAST        300  NON VINCOLANTE - NON RILASCIATO
--------------------------------------------------------------------------------------
NOTE: SOLO LA RIGA FIRM (200 PZ) E' RILASCIATA. LE PREVISIONI SONO NON VINCOLANTI,
      NON RILASCIATE E NON AUTORIZZANO ACQUISTO MATERIALE.
      ONLY THE FIRM LINE (200 PCS) IS RELEASED. FORECAST LINES ARE NON-BINDING, NOT
      RELEASED AND DO NOT AUTHORIZE MATERIAL.
      PROSSIMO RILASCIO / NEXT RELEASE: CALL-OFF 04, FIRMATO DA GIULIA FERRI.
      MATERIALE AUTORIZZATO / MATERIAL AUTHORITY: 200 PZ.
--------------------------------------------------------------------------------------
"""
case("c23_calloff_labelled_forecast", [],
     "call-off 03 releases 200; later lines are labelled non-binding forecast, not released; next call-off 04 "
     "signed by Giulia Ferri",
     [("Call-off_03_OP-SS-3512.txt", _c23)])

# ---- c24: supplier-internal chat, asks about going ahead, sales says no
_c24 = """\
[16/07/2024, 07:48:10] Hasan Usta (Üretim): Emre Bey günaydın. Agrimeca soc uçları için hat 2 haftaya boş
[16/07/2024, 07:48:55] Hasan Usta (Üretim): do we have the go-ahead for the rest of the Agrimeca points? I can pour next week
[16/07/2024, 08:30:12] Emre Yıldız: Günaydın Hasan Usta. No - only the 10 pattern samples are released
[16/07/2024, 08:31:40] Emre Yıldız: PO note says: balance 1,490 on hold until Mathieu Girard's written release, after their sample sign-off. Don't pour anything else and don't order scrap for it
[16/07/2024, 08:32:05] Emre Yıldız: Put the Padane covers on line 2 instead, they have a release
[16/07/2024, 08:35:22] Hasan Usta (Üretim): Tamam 👍
"""
case("c24_supplier_internal_chat", [],
     "supplier's own production asks whether there is a go-ahead for the rest; sales answers that only the 10 "
     "samples are released and the 1,490 waits for Mathieu Girard's written release",
     [("WhatsApp_Uretim_Emre.txt", _c24)])

# ---- c25: full-quantity PO (DOCX) + quote with tiers (HTML), two files
_c25_po = docx_bytes([
    ("h1", "COOPÉRATIVE AGRICOLE DU VAL DE LOIRE - BON DE COMMANDE CV-24-0412"),
    ("p", "Fournisseur: Wielkopolska Obróbka Sp. z o.o., Poznań. Date: 25/07/2024. Acheteuse: Hélène Marchand."),
    ("table", [
        ["Ligne", "Réf.", "Désignation", "Qté", "P.U. EUR", "Montant EUR"],
        ["1", "CV-AX-1270", "Axe de roue de jauge / gauge wheel axle 70 mm, C45 trempé", "1 000", "19,80",
         "19 800,00"],
    ]),
    ("p", "Commande ferme pour la quantité totale de 1 000 pièces / firm order for the full quantity of 1,000 pcs. "
          "Il n'y a pas de solde: aucune autre libération ne suivra."),
    ("p", "Les paliers de votre offre OF/24/0733 (250 / 500 / 1 000) sont des références de prix uniquement."),
    ("p", "Livraison: FCA Poznań, 2 lots de 500 pcs, semaines 36 et 38. Paiement: 45 jours fin de mois."),
], author="Coop Val de Loire")
_c25_qt = html_page("Oferta OF/24/0733", f"""
<h2>WIELKOPOLSKA OBRÓBKA Sp. z o.o. &mdash; Oferta / offer OF/24/0733</h2>
<p>Dla / for: Coopérative Agricole du Val de Loire &middot; CV-AX-1270 gauge wheel axle 70 mm &middot; 2024-07-15</p>
{html_table([
    ["Ilość / qty", "Cena / price EUR", "Termin / lead time"],
    ["250", "22,60", "4 tyg. / weeks"],
    ["500", "20,90", "5 tyg. / weeks"],
    ["1 000", "19,80", "6 tyg. / weeks"],
])}
<p>FCA Poznań. Ważność / validity 30 dni. Tomasz Nowak, Dział Sprzedaży.</p>
""", lang="pl")
case("c25_full_po_plus_tier_quote", [],
     "firm PO for the full 1 000 pcs (no balance) with the supplier's 250/500/1 000 price tiers declared price "
     "references",
     [("BC_CV-24-0412.docx", _c25_po), ("Oferta_OF-24-0733.html", _c25_qt)])


# =================================================================== build
def build():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("_")
        folder = f"h84_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {f"RG{n:03d}": 0 for n in range(1, 13)}
    for c in CASES:
        for r in c["expect"]:
            counts[r] += 1
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases={len(CASES)} clean={clean} risky={len(CASES) - clean}")
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    build()
