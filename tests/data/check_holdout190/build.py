#!/usr/bin/env python3
"""Generator for the releasegate check_holdout190 corpus (smart metering and utility hardware).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout190/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).

Helpers copied from tests/data/check_holdout3/build.py (lines 1-203) with the Message-ID and
boundary tags changed to h190.
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
    m["Message-ID"] = msgid or f"<h190-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h190")
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


# ------------------------------------------------------------ extra helpers (h190)
def quote(text, depth=1):
    """Prefix every line with '> ' (depth times), as mail clients do for quoted replies."""
    out = []
    for line in text.strip("\n").split("\n"):
        p = ">" * depth
        out.append(p if not line else f"{p} {line}")
    return "\n".join(out)


def to_html(text):
    """Render a plain-text mail body as simple HTML: paragraphs, line breaks, quoted blocks."""
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        if lines[i].startswith(">"):
            block = []
            while i < len(lines) and lines[i].startswith(">"):
                ln = lines[i][1:]
                block.append(ln[1:] if ln.startswith(" ") else ln)
                i += 1
            out.append('<blockquote style="border-left:2px solid #888;margin:0 0 0 6px;padding-left:8px">'
                       + to_html("\n".join(block)) + "</blockquote>")
            continue
        para = []
        while i < len(lines) and lines[i].strip() and not lines[i].startswith(">"):
            para.append(escape(lines[i]))
            i += 1
        if para:
            out.append("<p>" + "<br>\n".join(para) + "</p>")
        else:
            i += 1
    return "\n".join(out)


def html_mail(text):
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;"
            "font-size:11pt\">\n" + to_html(text) + "\n</body></html>\n")


def pdf_l1(blocks, **kw):
    """pdf() with a guard: the standard reportlab fonts only draw cp1252 characters."""
    for b in blocks:
        parts = b[1:] if b[0] != "table" else [str(c) for r in b[1] for c in r]
        for t in parts:
            t.encode("cp1252")
    return pdf(blocks, **kw)


# people (all fictional) ----------------------------------------------------------
VK = "Vestkyst Forsyning A/S"
VK_METTE = "Mette Kjærgaard <mkj@vestkyst-forsyning.dk>"
VK_SOREN = "Søren Holm <soho@vestkyst-forsyning.dk>"
VK_ANDERS = "Anders Lykke <anly@vestkyst-forsyning.dk>"
AV = "Águas do Vale Paraibano S.A."
AV_LUCIANA = "Luciana Ferreira <luciana.ferreira@aguasdovale.com.br>"
AV_RAFAEL = "Rafael Tavares <rafael.tavares@aguasdovale.com.br>"
AV_MARCOS = "Marcos Albuquerque <marcos.albuquerque@aguasdovale.com.br>"
NP = "Northern Panay Electric Cooperative, Inc. (NOPECO)"
NP_TESS = "Ma. Theresa Villanueva <purchasing@nopeco.coop.ph>"
NP_CARLO = "Engr. Carlo Mendoza <gm@nopeco.coop.ph>"
NP_DIZON = "Engr. Ronaldo Dizon <metering@nopeco.coop.ph>"
ML = "Medidores Integrados del Levante S.L."
ML_JAVIER = "Javier Ortega <j.ortega@milev.es>"
ML_NURIA = "Nuria Castells <n.castells@milev.es>"
ML_PILAR = "Pilar Sanz <p.sanz@milev.es>"
DP = "Dunaplast Kft."
DP_GABOR = "Kovács Gábor <gabor.kovacs@dunaplast.hu>"
DP_ESZTER = "Szabó Eszter <eszter.szabo@dunaplast.hu>"
FLB = "Fundiciones y Latones del Bajío S.A. de C.V."
FLB_ALEJANDRO = "Ing. Alejandro Ruiz <aruiz@latonesbajio.mx>"
FLB_LUPITA = "Guadalupe Hernández <ghernandez@latonesbajio.mx>"
HY = "Ningbo Haoyu Meter Parts Co., Ltd."
HY_CINDY = "Cindy Wang <cindy.wang@haoyu-meter.cn>"
PRF = "Penang RF Modules Sdn. Bhd."
PRF_KAVITHA = "Kavitha Raman <kavitha.raman@penangrf.com.my>"
NDE = "Nile Delta Enclosures S.A.E."
NDE_MOHAMED = "Eng. Mohamed Saad <m.saad@niledelta-enc.com.eg>"
NDE_HEBA = "Eng. Heba Mostafa <h.mostafa@niledelta-enc.com.eg>"


# =================================================================== CLEAN
# c01 supplier quote with sample and production tiers (no authorization) -- PDF
case("c01_quote_tiers", [], "supplier quote alone: sample and two production tiers, no authorized quantity; says production needs a separate written release",
     [("HY-Q-240917.pdf", pdf_l1([
         ("h1", "QUOTATION  HY-Q-240917"),
         ("p", "Ningbo Haoyu Meter Parts Co., Ltd.  |  No. 88 Yangming Road (West), Yuyao, Ningbo, Zhejiang, China  |  Tel +86 574 6271 8800"),
         ("p", "To: Medidores Integrados del Levante S.L. (MILEV), Paterna, Valencia - Attn. Mr. Javier Ortega, Compras"),
         ("p", "Date: 17 Sep 2024      Valid: 60 days      Currency: EUR, FOB Ningbo"),
         ("h", "Part: water meter body DN15, brass CW617N, thread G3/4B (ISO 228-1), PN16, drawing HY-1505 Rev 11"),
         ("table", [
             ["Item", "Description", "Qty", "Unit price EUR", "Lead time"],
             ["1", "Sample lot, machined, not plated, 100% air test", "50 pcs", "6,80", "25 days after PO"],
             ["2", "Production lot - tier A", "5 000 pcs", "2,95", "45 days after written release"],
             ["3", "Production lot - tier B", "20 000 pcs", "2,61", "45 days after written release"],
             ["4", "Machining fixture (one-time)", "1 set", "1 450,00", "with sample lot"],
         ]),
         ("sp",),
         ("p", "Remarks:"),
         ("p", "1. This is a quotation, not an order confirmation. Tier A and tier B are price levels only."),
         ("p", "2. Production lots need your purchase order AND your separate written release with the quantity. "
               "We do not buy material or start production on this quotation."),
         ("p", "3. Pressure test 1.6 MPa x 1.5 for 30 s per ISO 4064-2:2014. Lead-free brass CW511L possible, +12 %."),
         ("p", "4. Packing: 100 pcs per carton, 40 cartons per pallet."),
         ("sp",),
         ("p", "Best regards / Cindy Wang, Sales Manager Europe, cindy.wang@haoyu-meter.cn"),
     ], title="Quotation HY-Q-240917", author="Cindy Wang"))])

# c02 buyer RFQ with three quantity scenarios -- EML multipart/alternative
_t = """Hi Gábor,

Hope you are well and that the summer in Győr is not too hot.

Please quote the new terminal cover TC-3P-100 Rev C (PN 7300-210-04, drawing 2020-TC Rev C,
PC transparent, UV stabilised, UL 94 V-0) in three scenarios:

  A) 60 pcs T1 samples only (off the production tool)
  B) 60 pcs samples + 2.400 pcs series
  C) 60 pcs samples + 9.600 pcs series (framework 2025-26 - this is our forecast, not binding)

Please give tooling cost separately (we want to own the tool), unit price per scenario in EUR,
and lead time for series counted from our written production release.

This is a request for quotation only. It is not an order and does not authorise any material
purchase or production. Deadline for your offer: 28.06.2024.

Med venlig hilsen / Kind regards
Mette Kjærgaard
Indkøber / Buyer
Vestkyst Forsyning A/S
Kokspang 12, DK-6710 Esbjerg V
+45 76 14 22 31

Denne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke er den rette modtager, bedes du
slette den og give afsenderen besked. / This e-mail may contain confidential information.
"""
case("c02_rfq", [], "buyer RFQ with three quantity scenarios, scenario C labelled forecast; explicitly not an order",
     [("VFS_24-0613_TC-3P-100.eml", eml_bytes(mail(
         VK_METTE, DP_GABOR, "RFQ 24-0613 - terminal cover TC-3P-100 Rev C, three scenarios",
         "Thu, 13 Jun 2024 10:12:00 +0200", _t, html=html_mail(_t))))])

# c03 supplier's "can we have the go-ahead for the balance?" question -- WhatsApp TXT
case("c03_whatsapp_question", [], "buyer scope in chat is complete (25 samples, balance 5.975 on hold, lab sign-off, Marcos Albuquerque); supplier asks for go-ahead, buyer says not yet",
     [("WhatsApp Chat com Alejandro Ruiz FLB.txt", """\
03/06/2024, 08:41 - Mensagens e chamadas são protegidas com a criptografia de ponta a ponta.
03/06/2024, 08:41 - Luciana Ferreira AVP: Bom dia Alejandro! PO 4500081234 enviado por e-mail agora
03/06/2024, 08:43 - Luciana Ferreira AVP: Só as 25 amostras do corpo DN20 (PN 4100-020-B Rev 7). O saldo de 5.975 peças NÃO está liberado. Liberação só depois do laudo do laboratório assinado pelo Rafael Tavares, e por escrito pelo Marcos Albuquerque (Gerente de Suprimentos). Material só para as amostras ok?
03/06/2024, 08:44 - Luciana Ferreira AVP: in english: only the 25 samples. balance 5.975 not released until lab report signed by Rafael + written release from Marcos. material only for samples
03/06/2024, 09:02 - Ing. Alejandro Ruiz FLB: Buen día Luciana, recibido y entendido 👍 25 muestras, nada más
03/06/2024, 09:03 - Ing. Alejandro Ruiz FLB: <Multimedia omitido>
14/06/2024, 17:30 - Lupita Hernández FLB: Luciana buenas tardes, las 25 muestras salieron hoy por DHL guía 7741 2093 55
14/06/2024, 17:31 - Lupita Hernández FLB: una pregunta: can we have the go-ahead for the balance? la fundición tiene espacio semana 30 y si no lo apartamos se va hasta septiembre 😬
14/06/2024, 17:58 - Luciana Ferreira AVP: Ainda não, Lupita. O laudo do Rafael sai semana que vem (ensaio ISO 4064 no lab de Taubaté)
14/06/2024, 17:59 - Luciana Ferreira AVP: sem a liberação escrita do Marcos nada de produção nem compra de material, ok? o saldo continua em espera
14/06/2024, 18:05 - Lupita Hernández FLB: Entendido, esperamos 🙏
""")])

# c04 clearly labelled forecast -- EDI DELFOR printout TXT
case("c04_delfor_forecast", [], "DELFOR printout labelled forecast only, not a call-off, no production or material authority",
     [("DELFOR_VFS_DP_2024W26.txt", """\
================================================================================
 VESTKYST FORSYNING A/S  -  EDI OUTBOUND  -  DELFOR D.96A  (human readable copy)
================================================================================
 Interchange ref : VFS0000048812          Sent: 24.06.2024 06:00
 Sender          : 5790001234567 (Vestkyst Forsyning A/S, Esbjerg)
 Receiver        : 5998877660012 (Dunaplast Kft., Győr)
 Message         : DELFOR  BGM+241::9+DF-2024-26+9  (delivery schedule / planning)
--------------------------------------------------------------------------------
 *** FORECAST ONLY - NOT A CALL-OFF - NOT AN ORDER ***
 The quantities below are planning information (SCC+4 = forecast). They do not
 authorise production, nor material purchase. Firm requirements come only by
 purchase order / call-off with a written production release.
--------------------------------------------------------------------------------
 LIN  1  7300-110-01  Målerhus EMH-1P PC/ABS RAL 7035   DRG 2020 Rev 12
      Supplier art. DP-EMH1P-7035
      QTY+12 cum. received to date ........................      40 PCE
      SCC+4 (forecast)
        Period        Qty PCE
        2024-09          400
        2024-10          400
        2024-11          600
        2024-12          200
        2025-Q1        1.200
        2025-Q2        1.200
      Total forecast   4.000 PCE
--------------------------------------------------------------------------------
 Contact: Mette Kjærgaard, Indkøb, +45 76 14 22 31
 UNT+38+1'  UNZ+1+VFS0000048812'
================================================================================
""")])

# c05 sample disposition "approved for fit check only" -- DOCX
case("c05_fitcheck_only", [], "sample evaluation approved for fit check only; production not released, balance 1.990 on hold until IP55/UV reports and written release by Pilar Sanz",
     [("MILEV_ACTA_MB-2W_muestras.docx", docx_bytes([
         ("h1", "Acta de evaluación de muestras / Sample evaluation record"),
         ("p", "Medidores Integrados del Levante S.L. – Calidad"),
         ("table", [
             ["Campo / Field", "Valor / Value"],
             ["Proveedor / Supplier", "Nile Delta Enclosures S.A.E., 10th of Ramadan City"],
             ["Pieza / Part", "MB-2W caja de contadores, 2 medidores / two-meter box, GRP, ventana PC"],
             ["Plano / Drawing", "MLV-CJ-0112 Rev 5"],
             ["Pedido / PO", "PC-24-0395 (10 muestras / 10 samples)"],
             ["Fecha / Date", "08/07/2024"],
         ]),
         ("h", "Resultado / Result"),
         ("p", "Dimensional: OK (32 cotas). Montaje en poste y en fachada: OK. Bisagra y cierre con precinto: OK."),
         ("p", "IP55 (EN 60529) y envejecimiento UV: informes pendientes del laboratorio."),
         ("h", "Disposición / Disposition"),
         ("p", "APPROVED FOR FIT CHECK ONLY – production not released."),
         ("p", "Las 10 muestras sirven solo para la prueba de montaje. The remaining 1.990 boxes of the quoted "
               "2.000 are not released. No material may be bought for them."),
         ("p", "Production release only in writing by Pilar Sanz, Directora de Operaciones, after the IP55 and "
               "UV reports are accepted by Calidad."),
         ("sp",),
         ("p", "Firmado / Signed: Nuria Castells, Responsable de Calidad"),
     ], author="Nuria Castells"))])

# c06 full-quantity PO that says proceed with the full quantity -- PDF
case("c06_full_qty_po", [], "full-quantity PO (60.000 seal clips in three deliveries), 'proceed with the full 60.000' names the quantity; no balance exists",
     [("PO_4500391177.pdf", pdf_l1([
         ("h1", "INDKØBSORDRE / PURCHASE ORDER 4500391177"),
         ("p", "Vestkyst Forsyning A/S, Kokspang 12, DK-6710 Esbjerg V  -  CVR 31 22 45 67"),
         ("p", "Supplier: Ningbo Haoyu Meter Parts Co., Ltd., Yuyao, Ningbo, China (vendor 300522)"),
         ("p", "Date: 04.06.2024   Buyer: Mette Kjaergaard   Incoterms: FCA Ningbo   Payment: 60 days net"),
         ("table", [
             ["Pos", "Material", "Description", "Qty", "Unit", "Price EUR", "Amount EUR", "Delivery"],
             ["10", "5500-007-60", "Seal clip SC-07, PC transparent, laser no. 000001-060000", "20.000", "PCE", "0,112", "2.240,00", "wk 30"],
             ["20", "5500-007-60", "Seal clip SC-07, as pos 10", "20.000", "PCE", "0,112", "2.240,00", "wk 36"],
             ["30", "5500-007-60", "Seal clip SC-07, as pos 10", "20.000", "PCE", "0,112", "2.240,00", "wk 42"],
             ["", "", "Total", "60.000", "PCE", "", "6.720,00", ""],
         ]),
         ("sp",),
         ("p", "Note: this purchase order covers the full quantity of sixty thousand (60.000) seal clips. "
               "There is no balance and no further release is needed: please proceed with the full 60.000 pcs "
               "per the delivery schedule above."),
         ("p", "Quality: per Vestkyst spec KS-112 Rev 3 and EN 50470-1 sealing requirements; certificate 3.1 per lot."),
         ("p", "Please acknowledge within 3 working days to indkob@vestkyst-forsyning.dk."),
     ], title="PO 4500391177", author="Mette Kjaergaard"))])

# c07 call-off with staged material authority above the released quantity -- TXT
case("c07_calloff_staged", [], "call-off releases 2.000, explicit staged material authority up to 6.000; balance 9.970 on hold until call-off 3 by Anders Lykke after field-trial sign-off",
     [("CALLOFF_FA-2024-07_02.txt", """\
VESTKYST FORSYNING A/S                                   CALL-OFF / AFRUF
Kokspang 12, DK-6710 Esbjerg V                           No. 2 against frame agreement FA-2024-07
                                                         Date 19.08.2024
To:   Penang RF Modules Sdn. Bhd., Bayan Lepas FIZ Phase 4, 11900 Penang, Malaysia
Attn: Ms. Kavitha Raman, Customer Program Manager
Part: RM-NB2 NB-IoT radio module, PN 6200-420-02 Rev B (fw 2.4.1)
--------------------------------------------------------------------------------
 Frame agreement quantity (quoted, PRF-Q-24-0133) ............ 12.000 pcs
 Released before:  call-off 1 (pilot) ........................     30 pcs
 RELEASED FOR PRODUCTION BY THIS CALL-OFF ...................  2.000 pcs
 Cumulative released after this call-off ....................  2.030 pcs
 Balance NOT released (on hold) .............................  9.970 pcs
--------------------------------------------------------------------------------
 MATERIAL AUTHORITY: staged, up to 6.000 pcs of long-lead material (SiP module
 and eSIM) at Vestkyst's liability. Material above 6.000 sets is at supplier risk.
 Staging material does NOT release production beyond the 2.030 pcs.

 Unlock for the balance: call-off no. 3, issued in writing by Anders Lykke,
 Supply Chain Manager, after the field-trial sign-off of the first 2.000 modules
 installed in Ribe (sign-off by Søren Holm, Måleteknik).

 Delivery: 1.000 pcs wk 40, 1.000 pcs wk 43, DAP Esbjerg. Test report per lot
 (RF conducted power, current consumption PSM < 5 µA).
--------------------------------------------------------------------------------
 Anders Lykke, Supply Chain Manager        Mette Kjærgaard, Indkøber
""")])

# c08 signed auto-conversion record -- DOCX
case("c08_autoconv_record", [], "explicit recorded auto-conversion: names 1.500 pcs, signer Marcos Albuquerque, conditions; remaining 4.475 on hold until his written release; staged material 1.500",
     [("AVP_registro_AC-2024-007.docx", docx_bytes([
         ("h1", "Registro de auto-conversão / Auto-conversion record AC-2024-007"),
         ("p", "Águas do Vale Paraibano S.A. – Suprimentos"),
         ("table", [
             ["Campo", "Valor"],
             ["Fornecedor / Supplier", "Fundiciones y Latones del Bajío S.A. de C.V., León, Gto."],
             ["Item", "Corpo de hidrômetro DN20, latão CW617N, PN 4100-020-B Rev 7"],
             ["Pedido / PO", "4500081234 (25 amostras) – revisão 1 cobre 1.525 pcs"],
             ["Registrado em / Recorded on", "20/06/2024, antes do laudo das amostras"],
         ]),
         ("h", "Acordo / Agreement"),
         ("p", "Se o laudo das 25 amostras for assinado como 'aprovado' (não 'interino') por Rafael Tavares, "
               "Engenharia de Medição, então 1.500 (mil e quinhentas) peças – o primeiro lote de produção – ficam "
               "liberadas automaticamente, sem nova carta de liberação."),
         ("p", "If the sample report for the 25 samples is signed 'approved' (not interim) by Rafael Tavares, "
               "1,500 pcs (first production lot) are released automatically, without a further release letter."),
         ("h", "Condições / Conditions"),
         ("li", "laudo 'aprovado', not interim; lead content below 0,1 % (NBR 15538 test)"),
         ("li", "laudo signed within 60 days of this record; otherwise this record lapses"),
         ("li", "material authority: staged up to 1.500 pcs"),
         ("p", "The remaining 4.475 pcs of the quoted 6.000 stay on hold until a written release by Marcos "
               "Albuquerque, Gerente de Suprimentos."),
         ("sp",),
         ("p", "Assinado / Signed: Marcos Albuquerque, Gerente de Suprimentos – 20/06/2024"),
         ("p", "Ciente / Acknowledged: Ing. Alejandro Ruiz, FLB – 21/06/2024"),
     ], author="Marcos Albuquerque"))])

# c09 old quote forwarded as message/rfc822, declared informational -- EML
_old = mail(HY_CINDY, ML_JAVIER, "Quotation DN15 body 10.000 pcs - HY-Q-220314",
            "Mon, 14 Mar 2022 15:20:00 +0800", """\
Dear Mr. Javier,

Thanks for your enquiry. Please find our price for DN15 brass meter body (drawing HY-1505 Rev 9):

  Qty 10.000 pcs   EUR 2,38 / pc   FOB Ningbo
  Qty 20.000 pcs   EUR 2,21 / pc
  Sample 30 pcs    EUR 5,90 / pc

Lead time 40 days. Price valid 30 days because copper price is moving.

Best regards
Cindy Wang
Ningbo Haoyu Meter Parts Co., Ltd.
Tel +86 574 6271 8800
""")
_t = """Hola Nuria,

como me pediste, te reenvío la oferta antigua de Haoyu de marzo 2022 (10.000 pzas DN15,
EUR 2,38). Es solo para comparar precios con la nueva oferta HY-Q-240917 – for information
only: it is an old quotation, not an order, and nothing is released on it.

La evaluación de proveedor la hacemos el jueves con Pilar.

Un saludo,
Javier
""" + sig("Javier Ortega", "Compras", ML + ", Paterna (Valencia)", "+34 961 32 40 71")
case("c09_fwd_old_quote", [], "internal forward of a 2022 quote (10.000 pcs) as message/rfc822, declared for price comparison only, not an order",
     [("Fwd_oferta_Haoyu_2022.eml", eml_bytes(mail(
         ML_JAVIER, ML_NURIA, "RV: Quotation DN15 body 10.000 pcs - HY-Q-220314 (solo información)",
         "Tue, 24 Sep 2024 09:05:00 +0200", _t, cc=ML_PILAR, attachments=[("rfc822", _old)])))])

# c10 buyer corrects a quoted supplier line that assumes auto-conversion -- EML, two-level quote
_orig = """Hi Gábor,

PO 4500391207 is sent: 40 pcs EMH-1P housings, T1 samples only.
The balance of 4.760 pcs is not released. It stays on hold until Søren Holm has signed off
the samples and Anders Lykke (Supply Chain Manager) sends the written release.
Material authority: samples only.

/Mette"""
_sup = """Dear Mette,

thank you for the PO. Samples will be ready week 26. To save you time we plan like this:
after sample OK we will roll straight into the 4.760 series, the resin is already quoted.

Best regards
Kovács Gábor
Key Account Manager, Dunaplast Kft.

On 11.06.2024 10:02, Mette Kjærgaard wrote:
""" + quote(_orig)
_t = """Hi Gábor,

No – please do not plan it that way. Sample approval does not release anything.

Only the 40 samples are released now. The 4.760 housings stay on hold until Søren has signed
off the samples AND Anders Lykke (Supply Chain Manager) has sent you a written release with the
quantity. Please do not buy resin for the series before that.

Thanks
Mette
""" + sig("Mette Kjærgaard", "Indkøber / Buyer", VK, "+45 76 14 22 31") + """
On 12.06.2024 14:37, Kovács Gábor wrote:
""" + quote(_sup)
case("c10_correction_thread", [], "buyer reply corrects a quoted supplier 'roll straight into the series' line; quoted buyer scope and reply both complete",
     [("Re_PO_4500391207_samples.eml", eml_bytes(mail(
         VK_METTE, DP_GABOR, "Re: PO 4500391207 - EMH-1P samples",
         "Wed, 12 Jun 2024 15:48:00 +0200", _t, cc=VK_ANDERS, in_reply_to="<h190-dp-0612@dunaplast.hu>")))])

# c11 supplier says the deposit does not release production -- WhatsApp TXT
case("c11_deposit_not_release", [], "supplier says deposit covers mould and 12 samples only and does not release production; buyer confirms hold, event and named GM",
     [("WhatsApp Chat with Eng Mohamed Saad NDE.txt", """\
[15/07/2024, 9:02:11 AM] Tess Villanueva NOPECO: Good morning Eng. Mohamed! We already remitted the 30% downpayment for PO 2024-0456 (mould + twelve sample boxes MB-2W) via BDO, copy of TT sent to your email po 🙏
[15/07/2024, 9:40:37 AM] Eng Mohamed Saad NDE: Good morning Ms. Tess, received with thanks. Our accounts will confirm today inshallah.
[15/07/2024, 9:42:05 AM] Eng Mohamed Saad NDE: Just to be clear as per our procedure: the deposit is for the mould and the 12 samples only. It does not release the production of the 3,588 boxes. We wait the written release from Eng. Carlo Mendoza after Eng. Dizon sign the samples.
[15/07/2024, 10:15:48 AM] Tess Villanueva NOPECO: Yes po correct 👍 production of the 3,588 is on hold. GM Engr. Carlo Mendoza will release it in writing after sample sign-off by Engr. Ronaldo Dizon. Only the 12 samples for now
[15/07/2024, 10:16:02 AM] Eng Mohamed Saad NDE: Perfect. Samples ready end of July, we will send photos.
[15/07/2024, 10:16:30 AM] Tess Villanueva NOPECO: Salamat po! 😊
""")])

# c12 supplier acknowledgement restating the hold, PDF attachment -- EML
_ack_pdf = pdf_l1([
    ("h1", "ORDER ACKNOWLEDGEMENT  OA-PRF-24-0611"),
    ("p", "Penang RF Modules Sdn. Bhd., Plot 77, Bayan Lepas FIZ Phase 4, 11900 Penang, Malaysia"),
    ("p", "Customer: Medidores Integrados del Levante S.L., Paterna (Valencia), Spain   Customer PO: 45-0311"),
    ("table", [
        ["Line", "Part", "Description", "Qty acknowledged", "Unit price EUR", "Ship date"],
        ["1", "PRF-LW868-B", "RM-LW868 LoRaWAN module rev B, pilot", "30 pcs", "12,15", "2024-07-26"],
    ]),
    ("sp",),
    ("p", "Scope as per customer PO note: pilot 30 pcs only. Balance 4,970 pcs NOT released. Material "
          "authority: sample-only (30 sets). Release of the balance only in writing by Ms. Pilar Sanz "
          "(Directora de Operaciones) after field-test sign-off by Ms. Nuria Castells (Calidad)."),
    ("p", "Penang RF has reserved no material beyond 30 sets."),
], title="OA-PRF-24-0611", author="Kavitha Raman")
_t = """Dear Javier,

Good day. Please find attached our order acknowledgement OA-PRF-24-0611 for your PO 45-0311.

We confirm the scope as per your PO note: 30 pcs RM-LW868 pilot modules only. The balance of
4,970 pcs is not released and we keep it on hold until we receive the written release from
Ms. Pilar Sanz, after Ms. Nuria's field-test sign-off. Material: sample-only, 30 sets kitted,
nothing more.

Thank you and have a nice weekend.
""" + sig("Kavitha Raman", "Customer Program Manager", PRF, "+60 4 642 1188")
case("c12_supplier_ack", [], "supplier acknowledgement (mail + PDF) restates 30 pilot only, balance 4,970 on hold, written release by Pilar Sanz after field test",
     [("OA-PRF-24-0611.eml", eml_bytes(mail(
         PRF_KAVITHA, ML_JAVIER, "Order acknowledgement OA-PRF-24-0611 / your PO 45-0311",
         "Fri, 28 Jun 2024 16:40:00 +0800", _t, html=html_mail(_t),
         attachments=[("OA-PRF-24-0611.pdf", _ack_pdf, PDF_MT)])))])

# c13 interim sign-off with quantity and date limits -- DOCX
case("c13_interim_limits", [], "interim disposition limited to 500 pcs before 30.09.2024; release REL-24-031 by Anders Lykke for the 500; remaining 4.260 on hold until final sign-off and his written release",
     [("VFS_disposition_EMH-1P.docx", docx_bytes([
         ("h1", "Interim sample disposition – EMH-1P målerhus"),
         ("p", "Vestkyst Forsyning A/S – Måleteknik / Indkøb"),
         ("table", [
             ["", ""],
             ["Supplier", "Dunaplast Kft., Győr (HU)"],
             ["Part", "EMH-1P housing, PN 7300-110-01, DRG 2020 Rev 12"],
             ["PO", "4500391207 rev 1 (40 samples + 500 pcs)"],
             ["Samples evaluated", "40 pcs T1, ISIR no. DP-ISIR-0412"],
         ]),
         ("h", "Disposition: INTERIM"),
         ("p", "Dimensions, UL 94 V-0 and IP51 OK. Glow-wire test at 960 °C (IEC 60695-2-11) report still pending "
               "from the lab, therefore no final sign-off yet."),
         ("p", "Limits of this interim disposition: max. 500 housings, delivered before 30.09.2024, for installation "
               "in the pilot area Ribe only."),
         ("p", "Production release REL-24-031 (Anders Lykke, 03.07.2024) releases these 500 pcs within the interim "
               "limits. Material authority: 500 pcs."),
         ("p", "The remaining 4.260 pcs of the quoted 4.800 stay on hold until a final sign-off by Søren Holm "
               "and a written release by Anders Lykke, Supply Chain Manager."),
         ("sp",),
         ("p", "Søren Holm, Måleteknik – 03.07.2024"),
         ("p", "Anders Lykke, Supply Chain Manager – 03.07.2024"),
     ], author="Søren Holm"))])

# c14 full-quantity ERP PO full of quantity-like identifiers -- TXT
case("c14_erp_identifiers", [], "full-quantity SAP PO (3.000 + 1.200) states there is no balance; PN16, DN20, R160, ISO 4064-1:2014, 500 h, 1,6 MPa are identifiers, not quantities",
     [("PEDIDO_4500082790.txt", """\
ÁGUAS DO VALE PARAIBANO S.A.                           PEDIDO DE COMPRA / PURCHASE ORDER
Av. Dr. Nelson D'Ávila 1500 - São José dos Campos/SP    Nº 4500082790      Data 22.07.2024
CNPJ 12.345.678/0001-90                                 Comprador: Luciana Ferreira (C21)

Fornecedor: 1000347  FUNDICIONES Y LATONES DEL BAJIO SA DE CV
            Blvd. Hermanos Aldama 4020, León, Gto., México
Condição de pagamento: 60 DDL     Incoterm: DAP São José dos Campos

Item Material        Descrição                                     Qtde  UM  Preço BRL    Valor BRL
---- --------------- --------------------------------------------- ----- --- ---------- ------------
00010 4100-020-B     CORPO HIDROMETRO DN20 LATAO CW617N REV 7      3.000  PC     38,40   115.200,00
                     ROSCA G1B ISO 228-1 / PN16 / Q3=4 m3/h R160
                     ISO 4064-1:2014 / ENSAIO 1,6 MPa
      Entrega: 1.000 PC 02.09.2024 / 1.000 PC 30.09.2024 / 1.000 PC 28.10.2024
00020 4100-025-B     CORPO HIDROMETRO DN25 LATAO CW617N REV 3      1.200  PC     52,10    62.520,00
                     ROSCA G1 1/4B / PN16 / Q3=6,3 m3/h R160
      Entrega: 1.200 PC 28.10.2024
                                                                       Total BRL 177.720,00

Texto do pedido:
Pedido de produção pela quantidade total (3.000 + 1.200 pcs). Não existe saldo e não há
liberação adicional: este pedido é a autorização para produzir as quantidades acima.
Névoa salina 500 h (ISO 9227) no relatório do lote. Certificado 3.1 EN 10204 por corrida.
Referência de homologação: laudo LAB-2024-0500, ensaio de 2.500 h de durabilidade.
""")])

# c15 full-quantity PO with delivery schedule lines -- DOCX
case("c15_po_schedule", [], "full-quantity PO for 1,200 boxes with three delivery lines; 'proceed with the full 1,200' names the quantity; no balance",
     [("NOPECO_PO_2024-0512.docx", docx_bytes([
         ("h1", "PURCHASE ORDER No. 2024-0512"),
         ("p", "Northern Panay Electric Cooperative, Inc. (NOPECO) – Kalibo, Aklan, Philippines"),
         ("p", "Supplier: Nile Delta Enclosures S.A.E., Industrial Zone A3, 10th of Ramadan City, Egypt"),
         ("p", "Reference: Bid No. NOPECO-BAC-2024-017, Notice of Award dated 02 July 2024, Board Resolution No. 2024-33"),
         ("table", [
             ["Item", "Description", "Qty", "Unit", "Unit price USD", "Amount USD", "Delivery"],
             ["1", "MB-2W two-meter GRP box with PC window, IP55, pole mount kit", "400", "pcs", "47.20", "18,880.00", "Sept 2024"],
             ["2", "same as item 1", "400", "pcs", "47.20", "18,880.00", "Oct 2024"],
             ["3", "same as item 1", "400", "pcs", "47.20", "18,880.00", "Nov 2024"],
             ["", "TOTAL", "1,200", "pcs", "", "56,640.00", ""],
         ]),
         ("p", "This PO covers the full awarded quantity of one thousand two hundred (1,200) units. There is no "
               "balance. Kindly proceed with the full 1,200 units per the delivery schedule above."),
         ("p", "Terms: 30% down payment, 70% upon delivery and acceptance at NOPECO Kalibo warehouse."),
         ("sp",),
         ("p", "Prepared by: Ma. Theresa Villanueva, Purchasing Officer"),
         ("p", "Authorized by: Engr. Carlo Mendoza, General Manager"),
     ], author="Ma. Theresa Villanueva"))])

# c16 buyer portal, sample PO with complete scope note -- HTML
case("c16_buyer_portal", [], "buyer portal: 40 samples active, balance 3.960 shown as quoted and not released, sample-only material, sign-off by Nuria Castells + written release by Pilar Sanz",
     [("milev_portal_PC-24-0466.html", html_page("MILEV · Portal de Proveedores · PC-24-0466", """\
<h2>MILEV · Portal de Proveedores</h2>
<p>Proveedor: <b>Dunaplast Kft.</b> (nº 40118) &nbsp;|&nbsp; Usuario: gabor.kovacs@dunaplast.hu</p>
<h3>Pedido PC-24-0466 &nbsp;·&nbsp; emitido 09/07/2024 &nbsp;·&nbsp; comprador Javier Ortega</h3>
<table>
<tr><th>Línea</th><th>Artículo</th><th>Descripción</th><th>Cantidad</th><th>Estado</th><th>Precio EUR</th></tr>
<tr><td>10</td><td>7310-100-ES</td><td>Carcasa contador monofásico EMH-1P-ES, PC/ABS gris, plano MLV-EM-0207 Rev 3</td><td>40</td><td>muestras – activa</td><td>12,20</td></tr>
<tr><td>–</td><td>7310-100-ES</td><td>Cantidad de serie cotizada (DP-24-140)</td><td>3.960</td><td>cotizada – NO liberada</td><td>3,95</td></tr>
</table>
<div class="note">
<p><b>Nota de alcance / Scope note</b></p>
<p>Cantidad activa: 40 muestras. / Active quantity: 40 samples.</p>
<p>El saldo de 3.960 unidades no está liberado. The balance of 3,960 units is not released.</p>
<p>Autorización de material: solo muestras. Material authority: sample-only.</p>
<p>Liberación del saldo: tras la validación de muestras por Nuria Castells (Calidad), y solo por
liberación escrita de Pilar Sanz, Directora de Operaciones.</p>
</div>
<p>Documentos: plano MLV-EM-0207 Rev 3 (PDF), especificación IEC 62052-11 / UNE-EN 50470-1.</p>
<p style="color:#777">© 2024 Medidores Integrados del Levante S.L. · Paterna (Valencia)</p>
""", lang="es"))])

# c17 supplier portal order book showing the hold correctly -- HTML
case("c17_supplier_portal", [], "supplier portal order book: 30 released, 11,970 on hold awaiting written release by Anders Lykke after field-trial sign-off; material sample-only",
     [("prf_customer_orderbook_VFS.html", html_page("Penang RF · Customer order book · Vestkyst Forsyning", """\
<h2>Penang RF Modules · Customer order book</h2>
<p>Customer: <b>Vestkyst Forsyning A/S</b> (DK) &nbsp;·&nbsp; CPM: Kavitha Raman &nbsp;·&nbsp; updated 2024-07-08 08:00 MYT</p>
<table>
<tr><th>Customer PO</th><th>Part</th><th>Quoted qty</th><th>Released</th><th>On hold</th><th>Material authority</th><th>Status</th></tr>
<tr><td>4500391540</td><td>RM-NB2 NB-IoT module rev B (PN 6200-420-02)</td><td>12,000</td><td>30 (pilot)</td><td>11,970</td><td>sample-only (30 sets)</td><td>pilot shipped 2024-07-05</td></tr>
</table>
<div class="note">
<p>Balance 11,970 pcs: <b>not released</b>. Unlock: field-trial sign-off by Søren Holm, then written
release by Anders Lykke (Supply Chain Manager, Vestkyst). Do not kit, do not load SMT.</p>
</div>
<p>Test references: 3GPP TS 36.521-1 conducted tests, ETSI EN 301 908-13, 168 h burn-in on pilot.</p>
"""))])

# c18 complete sample PO with a table; production qty marked for information only -- PDF
case("c18_sample_po_info", [], "sample PO 20 pcs; production 1.980 shown 'for information only - NOT released'; unlock sample sign-off, Anders Lykke releases; material sample-only",
     [("PO_4500391312.pdf", pdf_l1([
         ("h1", "INDKØBSORDRE / PURCHASE ORDER 4500391312"),
         ("p", "Vestkyst Forsyning A/S, Kokspang 12, DK-6710 Esbjerg V"),
         ("p", "Supplier: Nile Delta Enclosures S.A.E., 10th of Ramadan City, Egypt (vendor 300611)"),
         ("p", "Date: 10.06.2024   Buyer: Mette Kjaergaard   Incoterms: CPT Esbjerg"),
         ("table", [
             ["Pos", "Description", "Qty", "Scope", "Price EUR", "Amount EUR"],
             ["10", "Meter cabinet MB-1D, GRP, door with 3-point lock, drawing VFS-MB-1D Rev C", "20", "samples - released", "61,00", "1.220,00"],
             ["info", "Production quantity per quote NDE-Q-2406", "1.980", "for information only - NOT released", "44,50", "-"],
         ]),
         ("sp",),
         ("p", "Scope note: only the 20 sample cabinets are released by this PO. The balance of 1.980 cabinets is "
               "not released and is shown for information only. Material authority: sample-only."),
         ("p", "Unlock event: sample sign-off by Soeren Holm (Maaleteknik). After that, production release only "
               "in writing by Anders Lykke, Supply Chain Manager, with a revised PO."),
         ("p", "Tests: IK10 (EN 62262), IP44 (EN 60529), UV 1000 h (ISO 4892-2)."),
     ], title="PO 4500391312", author="Mette Kjaergaard"))])

# c19 multi-file: PO (TXT) + proforma invoice (PDF) + supplier cover mail (EML), all agree -- clean
_po = """\
ÁGUAS DO VALE PARAIBANO S.A.                           PEDIDO DE COMPRA / PURCHASE ORDER
                                                        Nº 4500083015      Data 01.07.2024
Fornecedor: 1000412  NINGBO HAOYU METER PARTS CO LTD, Yuyao, Ningbo, China
Comprador: Luciana Ferreira                             Incoterm: CPT Viracopos (VCP)

Item  Material      Descrição                                   Qtde  UM  Preço USD   Valor USD
00010 4100-020-B    CORPO HIDROMETRO DN20 CW617N - AMOSTRAS       30  PC      9,50      285,00
00020 SERV-0099     DISPOSITIVO DE USINAGEM (FIXTURE)              1  UN    320,00      320,00
                                                                        Total USD    605,00
Texto do pedido / PO text:
Amostras: 30 (trinta) peças. O saldo de 3.970 pcs da cotação HY-Q-240603 (4.000 pcs) NÃO está
liberado. Liberação somente após laudo do laboratório assinado por Rafael Tavares e por escrito
pelo Marcos Albuquerque, Gerente de Suprimentos. Autorização de material: somente amostras.
EN: samples 30 pcs only. Balance 3.970 not released until lab sign-off (Rafael Tavares) and
written release by Marcos Albuquerque. Material authority: sample-only.
"""
_pi = pdf_l1([
    ("h1", "PROFORMA INVOICE  PI-HY-240702"),
    ("p", "Seller: Ningbo Haoyu Meter Parts Co., Ltd., Yuyao, Ningbo, China"),
    ("p", "Buyer: Aguas do Vale Paraibano S.A., Sao Jose dos Campos/SP, Brazil   Buyer PO: 4500083015"),
    ("table", [
        ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "DN20 brass meter body, samples (PN 4100-020-B)", "30 pcs", "9,50", "285,00"],
        ["2", "Machining fixture", "1 set", "320,00", "320,00"],
        ["", "Total", "", "", "605,00"],
    ]),
    ("sp",),
    ("p", "Payment: 100% T/T before shipment. Bank: Bank of Ningbo, Yuyao branch, SWIFT BKNBCN2N."),
    ("p", "Note: this payment covers the 30 samples and the fixture only. It does not release production. "
          "Production of the 3 970 pcs balance needs the written release of Aguas do Vale (Mr. Marcos Albuquerque)."),
], title="PI-HY-240702", author="Cindy Wang")
_t = """Dear Luciana,

Good day! Attached is our proforma invoice PI-HY-240702 for the 30 samples + fixture as per your
PO 4500083015 (USD 605,00). Kindly arrange the payment, then we ship by DHL within 20 days.

As your PO said, the 3 970 pcs balance we keep on hold, no material, until Mr. Marcos written
release after Mr. Rafael lab report.

Best regards
Cindy Wang
Sales Manager
Ningbo Haoyu Meter Parts Co., Ltd.
Tel +86 574 6271 8800  |  www.haoyu-meter.cn
"""
case("c19_po_pi_cover", [], "PO (30 samples, complete scope), supplier PI and cover mail agree on 30 and on the hold; PI says payment does not release production",
     [("PEDIDO_4500083015.txt", _po),
      ("PI-HY-240702.pdf", _pi),
      ("PI-HY-240702_mail.eml", eml_bytes(mail(
          HY_CINDY, AV_LUCIANA, "PI-HY-240702 for your PO 4500083015 (samples)",
          "Wed, 03 Jul 2024 11:26:00 +0800", _t)))])

# c20 go-ahead scoped to the pilot units -- Teams TXT
case("c20_teams_scoped_goahead", [], "Teams go-ahead 'with the 30 pilot units only'; balance 4.970 on hold until field test sign-off (Nuria) and written release by Pilar Sanz",
     [("Teams_chat_RM-LW868_v2.txt", """\
Microsoft Teams – chat export
Participants: Javier Ortega (MILEV), Nuria Castells (MILEV), Kavitha Raman (Penang RF Modules)

[02/09/2024 10:05] Kavitha Raman (Penang RF Modules)
Good morning Javier, Nuria. Layout review for RM-LW868 v2 (antenna matching change) is in your SharePoint. Pilot build slot is 9 Sept. Can we proceed?

[02/09/2024 11:31] Nuria Castells (MILEV)
Layout review done from quality side, signed in the file. OK for me.

[02/09/2024 11:44] Javier Ortega (MILEV)
Thanks Nuria. Kavitha: go ahead with the 30 pilot units only (PO 45-0398).
The balance of 4.970 stays on hold until the field test sign-off by Nuria and a written release from Pilar Sanz. Material for 30 sets only please.

[02/09/2024 11:47] Kavitha Raman (Penang RF Modules)
Noted 👍 30 pcs pilot only, balance on hold. Will share the pilot test report (RF + 72 h burn-in) by 16 Sept.
""")])

# c21 release notice for the full balance -- EML multipart/alternative
_t = """Dear Gábor,

Søren Holm signed off the 40 EMH-1P samples as approved on 2 July 2024 (sample sign-off
SO-24-118, glow-wire report 960 °C attached to it).

Production release REL-24-044: I hereby release the balance of 4.760 (four thousand seven
hundred and sixty) housings, PN 7300-110-01, for production. With this release the full quoted
quantity of 4.800 is released (40 samples + 4.760). PO 4500391207 rev 2 covers the 4.800.

Material authority: 4.760 pcs.
Delivery per the schedule in PO rev 2 (first 1.200 pcs week 36).

Best regards
Anders Lykke
Supply Chain Manager
Vestkyst Forsyning A/S
Kokspang 12, DK-6710 Esbjerg V
+45 76 14 22 10

Denne e-mail kan indeholde fortrolige oplysninger. / This e-mail may contain confidential information.
"""
case("c21_release_notice", [], "written release by Anders Lykke of the full balance 4.760 after sample sign-off; PO rev 2 covers 4.800; no balance remains",
     [("VFS_mail_4500391207_rev2.eml", eml_bytes(mail(
         VK_ANDERS, DP_GABOR, "Production release REL-24-044 - EMH-1P housing, PO 4500391207",
         "Thu, 04 Jul 2024 08:30:00 +0200", _t, html=html_mail(_t), cc=VK_METTE)))])

# c22 supplier status report, sample-only material -- DOCX
case("c22_supplier_status", [], "supplier status report: 25 samples done, material for samples only, balance 5.975 not released and no material bought",
     [("FLB_reporte_semana26.docx", docx_bytes([
         ("h1", "Reporte de avance – semana 26 / Status report week 26"),
         ("p", "Fundiciones y Latones del Bajío S.A. de C.V. – Cliente: Águas do Vale Paraibano S.A."),
         ("table", [
             ["PO", "Pieza", "Cantidad liberada", "Fundido", "Maquinado", "Prueba 1,6 MPa"],
             ["4500081234", "Cuerpo DN20 PN 4100-020-B Rev 7", "25 muestras", "25", "25", "25 OK"],
         ]),
         ("h", "Material"),
         ("p", "Barra CW617N comprada solo para las 25 muestras + 10 % de merma (autorización de material: solo muestras)."),
         ("h", "Saldo / Balance"),
         ("p", "Saldo de 5.975 piezas: NO liberado. No compramos material para el saldo. Esperamos el laudo del "
               "Ing. Rafael Tavares y la liberación por escrito del Lic. Marcos Albuquerque."),
         ("sp",),
         ("p", "Elaboró: Guadalupe Hernández, Atención a Clientes – León, Gto., 28/06/2024"),
     ], author="Guadalupe Hernández"))])

# c23 buyer stop notice, quoted thread -- EML
_prev = """Dear Ms. Tess, Engr. Dizon,

Status RM-LW868 pilot, PO 2024-0388: the 20 pilot modules are finished and tested (RF conducted
power and 48 h burn-in OK). We can ship on Monday. Kindly advise.

Best regards
Kavitha Raman
Customer Program Manager, Penang RF Modules Sdn. Bhd."""
_t = """Dear Ma'am Kavitha,

Good afternoon. Please be informed that effective today we put a STOP on PO 2024-0388
(RM-LW868 LoRaWAN modules). Reason: our NTC type approval needs a change of the antenna.

- The 20 pilot modules already finished: you may ship them as scheduled, they stay released.
- Nothing more may start under this order, released or not, until I lift this stop in writing.
- The balance of 1,980 modules remains NOT released. After the stop is lifted it still needs
  the field-test sign-off of Engr. Ronaldo Dizon and my written release.
- Please do not buy or kit any material beyond the 20 sets.

Thank you for your understanding po.

Engr. Carlo Mendoza
General Manager
Northern Panay Electric Cooperative, Inc. (NOPECO)
Kalibo, Aklan  |  +63 36 268 4410

This message is intended only for the addressee. NOPECO does not accept liability for any
commitment not made through an official Purchase Order or written notice.

On Fri, 26 Jul 2024 at 15:02, Kavitha Raman <kavitha.raman@penangrf.com.my> wrote:
""" + quote(_prev)
case("c23_stop_notice", [], "buyer stop notice (quoted thread): 20 pilot stay released, nothing more may start, balance 1,980 not released, unlock field-test sign-off + written release by the GM",
     [("Re_RM-LW868_pilot_2024-0388.eml", eml_bytes(mail(
         NP_CARLO, PRF_KAVITHA, "Re: RM-LW868 pilot status - STOP on PO 2024-0388",
         "Fri, 26 Jul 2024 16:20:00 +0800", _t, cc=f"{NP_TESS}, {NP_DIZON}", html=html_mail(_t),
         in_reply_to="<h190-prf-0726@penangrf.com.my>")))])

# c24 capacity question, not an order -- TXT plain mail
case("c24_capacity_question", [], "buyer capacity question for a tender (40.000/yr), explicitly not an order and not a forecast commitment",
     [("Mail_DN20_bodies_2026.txt", """\
From:    Mette Kjærgaard <mkj@vestkyst-forsyning.dk>
Sent:    Tuesday, 20 August 2024 13:05
To:      Ing. Alejandro Ruiz <aruiz@latonesbajio.mx>
Subject: Capacity question 2026 - DN20 brass bodies

Hola Alejandro,

We are preparing a tender for the water meter replacement programme in the Esbjerg area
2026-2029 and would like to know if Bajío could support about 40.000 DN20 bodies per year
(brass CW617N or lead-free CW511L, thread G1B, PN16).

Please note: this is not an order, and not a forecast commitment. We only need the
information for our tender preparation.

Questions:
1. Possible yearly capacity for us from 2026?
2. Lead time for approx. 25 samples?
3. Do you have WRAS / DVGW approvals for the lead-free alloy?

Mange tak / muchas gracias,
Mette

Mette Kjærgaard
Indkøber / Buyer, Vestkyst Forsyning A/S
+45 76 14 22 31
""")])

# c25 minutes that keep the words apart -- DOCX
case("c25_minutes_clean_terms", [], "minutes keep sample sign-off, PO issued and production release apart; 30 pilot, balance 11.970 on hold, Anders Lykke releases after field-trial sign-off; forecast labelled non-binding",
     [("Referat_RM-NB2_2024-06-27.docx", docx_bytes([
         ("h1", "Referat / Minutes – RM-NB2 project review"),
         ("p", "Date: 27.06.2024, Teams. Participants: Søren Holm, Mette Kjærgaard, Anders Lykke (Vestkyst); "
               "Kavitha Raman, Ahmad Faizal (Penang RF)."),
         ("num", "Pilot: 30 RM-NB2 modules delivered 21.06. Sample sign-off by Søren Holm: approved for the "
                 "field trial (technical sign-off only)."),
         ("num", "Purchase order: PO 4500391540 issued for the 30 pilot modules (commercial cover 30 pcs)."),
         ("num", "Production release: not given. The balance of 11.970 modules is on hold until the field-trial "
                 "sign-off (Søren Holm, expected week 38). Anders Lykke then issues the production release in writing."),
         ("num", "Forecast 2025: 24.000 pcs – forecast only, non-binding, not an order."),
         ("num", "Material authority: sample-only. Penang RF confirmed no kitting beyond 30 sets."),
         ("sp",),
         ("p", "Referent: Mette Kjærgaard"),
     ], author="Mette Kjærgaard"))])


# =================================================================== POSITIVE
# p01 SAP PO print: 40 samples with the quote's series 4.800 in the header text -- TXT
case("p01_sap_po_quote_in_text", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 40 shows the quote's series 4.800 with delivery week in the header text; nothing says it is not released; no hold, event or release person",
     [("PO_4500391207.txt", """\
Vestkyst Forsyning A/S                                   INDKØBSORDRE / PURCHASE ORDER
Kokspang 12, DK-6710 Esbjerg V                           Ordre nr.:  4500391207
CVR 31 22 45 67                                          Dato:       11.06.2024
                                                         Indkøber:   Mette Kjærgaard
Leverandør / Supplier: 300418                            Tlf.:       +45 76 14 22 31
Dunaplast Kft.
Ipari Park u. 7, H-9027 Győr, Hungary
Betaling: 45 dage netto          Levering: DAP Esbjerg (Incoterms 2020)
--------------------------------------------------------------------------------------
Pos  Materiale     Beskrivelse                              Antal  Enh  Pris EUR  Beløb EUR
10   7300-110-01   Målerhus EMH-1P PC/ABS RAL 7035             40  STK    11,50     460,00
                   Prøveemner T1 / samples, DRG 2020 Rev 12
                   Leveringsdato: uge 26
--------------------------------------------------------------------------------------
                                                          Total EUR excl. moms    460,00
Hovedtekst / header text:
Ref. your quotation DP-24-118 of 28.05.2024:
    samples   40 pcs      EUR 11,50
    series    4.800 pcs   EUR 3,85    delivery from week 36
Requirements: UL 94 V-0, glow wire 960 °C (IEC 60695-2-11), IP51, IEC 62052-11.
Please confirm the delivery date of the 40 samples by return.

Vestkyst Forsyning A/S - indkob@vestkyst-forsyning.dk
""")])

# p02 buyer mail: PO for 25 samples, supplier quote with 6.000 attached -- EML + PDF attachment
_q = pdf_l1([
    ("h1", "COTIZACIÓN / QUOTATION  FLB-COT-2024-0412"),
    ("p", "Fundiciones y Latones del Bajio S.A. de C.V. - Blvd. Hermanos Aldama 4020, Leon, Gto., Mexico"),
    ("p", "Cliente: Aguas do Vale Paraibano S.A. - At'n Luciana Ferreira - Fecha 15/05/2024 - Vigencia 45 dias"),
    ("table", [
        ["Partida", "Descripcion", "Cantidad", "Precio USD", "Entrega"],
        ["1", "Cuerpo medidor DN20 laton CW617N, maquinado, prueba 1,6 MPa - muestras", "25 pzas", "14,20", "3 semanas"],
        ["2", "Cuerpo medidor DN20 - produccion", "6.000 pzas", "4,35", "6 semanas"],
        ["3", "Herramental / fixture de maquinado", "1 lote", "980,00", "con muestras"],
    ]),
    ("sp",),
    ("p", "Condiciones: precios FCA Leon, pago 30 dias. Certificado 3.1 EN 10204 por colada. Laton segun EN 12165."),
    ("p", "Atentamente, Ing. Alejandro Ruiz, Ventas"),
], title="FLB-COT-2024-0412", author="Alejandro Ruiz")
_t = """Prezado Alejandro, boa tarde.

Segue nosso pedido 4500081301 para 25 (vinte e cinco) amostras do corpo DN20,
PN 4100-020-B Rev 7, conforme sua cotação FLB-COT-2024-0412 (anexa).

Favor confirmar a data de embarque. Please send also the material certificate 3.1 (EN 10204)
with the samples.

Att.,
""" + sig("Luciana Ferreira", "Compradora – Suprimentos", AV + ", São José dos Campos/SP", "+55 12 3941 5512")
case("p02_mail_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "buyer mail orders 25 samples and attaches the quote with 6.000 production pcs; nothing says the 6.000 is informational or not released; no hold, event or person",
     [("PO_4500081301_amostras.eml", eml_bytes(mail(
         AV_LUCIANA, FLB_ALEJANDRO, "Pedido 4500081301 - corpo DN20 - amostras",
         "Mon, 20 May 2024 15:10:00 -0300", _t,
         attachments=[("FLB-COT-2024-0412.pdf", _q, PDF_MT)])))])

# p03 buyer portal: 500 sample seal clips next to quoted annual volume 50.000 -- HTML
case("p03_portal_annual_volume", ["RG001", "RG003", "RG004"],
     "buyer portal orders 500 sample clips and shows quoted annual volume 50.000 with nothing saying it is not released; release authority named (Pilar Sanz) but no hold and no event",
     [("milev_portal_PC-24-0418.html", html_page("MILEV · Portal de Proveedores · PC-24-0418", """\
<h2>MILEV · Portal de Proveedores</h2>
<p>Proveedor: <b>Ningbo Haoyu Meter Parts Co., Ltd.</b> (nº 40207) &nbsp;|&nbsp; Usuario: cindy.wang@haoyu-meter.cn</p>
<h3>Pedido PC-24-0418 &nbsp;·&nbsp; 21/05/2024</h3>
<table>
<tr><th>Campo</th><th>Valor</th></tr>
<tr><td>Comprador / Buyer</td><td>Javier Ortega, Compras</td></tr>
<tr><td>Autoridad de liberación / Release authority</td><td>Pilar Sanz, Directora de Operaciones</td></tr>
<tr><td>Oferta / Quotation</td><td>HY-Q-240521</td></tr>
</table>
<h3>Líneas</h3>
<table>
<tr><th>Línea</th><th>Artículo</th><th>Descripción</th><th>Cantidad</th><th>Precio EUR</th></tr>
<tr><td>10</td><td>SC-07</td><td>Precinto / seal clip SC-07, PC transparente, numeración láser</td><td>500</td><td>0,19</td></tr>
</table>
<p>Volumen anual cotizado / Quoted annual volume: <b>50.000 pcs</b> (HY-Q-240521, EUR 0,11 a 50.000).</p>
<p>Mensaje del comprador: Please ship the 500 samples by air, DAP Paterna. Material cert. RoHS/REACH and
UL 94 V-2 card with the shipment.</p>
<p style="color:#777">© 2024 Medidores Integrados del Levante S.L.</p>
""", lang="es"))])

# p04 PDF PO: 12 samples with a "Project Qty 3,600" column -- PDF
case("p04_po_project_qty_column", ["RG001", "RG003", "RG004", "RG005"],
     "PO table orders 12 sample boxes and shows Project Qty 3,600 in a column with nothing saying it is not released; no hold, event or release person",
     [("NOPECO_PO_2024-0456.pdf", pdf_l1([
         ("h1", "PURCHASE ORDER No. 2024-0456"),
         ("p", "Northern Panay Electric Cooperative, Inc. (NOPECO), Kalibo, Aklan 5600, Philippines - TIN 000-555-321-000"),
         ("p", "Supplier: Nile Delta Enclosures S.A.E., Industrial Zone A3, 10th of Ramadan City, Egypt"),
         ("p", "Date: 08 July 2024    Reference: Quotation NDE-Q-2407 dated 25 June 2024"),
         ("table", [
             ["Item", "Description", "Qty Ordered", "Project Qty", "Unit", "Unit Price USD", "Amount USD"],
             ["1", "MB-2W two-meter GRP box w/ polycarbonate window, IP55, drawing NP-MB-02 Rev 2", "12", "3,600", "pcs", "48.50", "582.00"],
             ["2", "Tooling charge, mould MB-2W (owned by NOPECO)", "1", "-", "lot", "6,800.00", "6,800.00"],
             ["", "", "", "", "", "TOTAL", "7,382.00"],
         ]),
         ("sp",),
         ("p", "Delivery: samples to NOPECO Kalibo warehouse, attention Engr. Ronaldo Dizon, Metering Dept."),
         ("p", "Payment terms: 30% down payment, 70% upon delivery. Warranty: 5 years against UV degradation."),
         ("sp",),
         ("p", "Prepared by: Ma. Theresa Villanueva, Purchasing Officer      Checked by: Engr. Ronaldo Dizon"),
     ], title="PO 2024-0456", author="Ma. Theresa Villanueva"))])

# p05 multi-file: cover mail + PO (30 pilot, basis quote 30 / 12.000) + supplier quote -- EML + PDF + PDF
_t = """Dear Kavitha,

Please find attached our PO 4500391540 for 30 pcs RM-NB2 (pilot), and your quotation
PRF-Q-24-0133 which the PO is based on.

Please confirm delivery to Esbjerg by week 30 and send the RF test report with the modules.

Med venlig hilsen / Best regards
Mette Kjærgaard
Indkøber / Buyer
Vestkyst Forsyning A/S, Kokspang 12, DK-6710 Esbjerg V
+45 76 14 22 31
"""
_po = pdf_l1([
    ("h1", "INDKØBSORDRE / PURCHASE ORDER 4500391540"),
    ("p", "Vestkyst Forsyning A/S, Kokspang 12, DK-6710 Esbjerg V"),
    ("p", "Supplier: Penang RF Modules Sdn. Bhd., Bayan Lepas FIZ Phase 4, 11900 Penang, Malaysia (vendor 300587)"),
    ("p", "Date: 17.06.2024   Buyer: Mette Kjaergaard   Incoterms: DAP Esbjerg   Payment: 60 days net"),
    ("table", [
        ["Pos", "Material", "Description", "Qty", "Unit", "Price USD", "Amount USD"],
        ["10", "6200-420-02", "RM-NB2 NB-IoT radio module rev B, fw 2.4.1, pilot", "30", "PCE", "24,90", "747,00"],
    ]),
    ("sp",),
    ("p", "Basis: quotation PRF-Q-24-0133 (pilot 30 pcs / production 12.000 pcs)."),
    ("p", "Requirements: RED 2014/53/EU, ETSI EN 301 908-13, operating -25...+70 C, PSM current below 5 uA."),
], title="PO 4500391540", author="Mette Kjaergaard")
_qt = pdf_l1([
    ("h1", "QUOTATION PRF-Q-24-0133"),
    ("p", "Penang RF Modules Sdn. Bhd.  -  To: Vestkyst Forsyning A/S, Attn. Ms. Mette Kjaergaard  -  Date: 29 May 2024"),
    ("table", [
        ["Item", "Description", "Qty", "Unit price USD", "Lead time"],
        ["1", "RM-NB2 NB-IoT module rev B - pilot build", "30 pcs", "24,90", "4 weeks"],
        ["2", "RM-NB2 NB-IoT module rev B - production", "12,000 pcs", "11,40", "14 weeks"],
        ["3", "Programming fixture + test jig", "1 set", "2,150.00", "4 weeks"],
    ]),
    ("sp",),
    ("p", "Validity 90 days. Prices FCA Penang. eSIM profile by customer. MOQ production 2,000 pcs per lot."),
    ("p", "Kavitha Raman, Customer Program Manager"),
], title="PRF-Q-24-0133", author="Kavitha Raman")
case("p05_cover_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "folder: cover mail + PO for 30 pilot modules whose basis line shows production 12.000 + the quote; nothing says the 12.000 is not released; no hold, event or person",
     [("mail_PO4500391540.eml", eml_bytes(mail(
         VK_METTE, PRF_KAVITHA, "PO 4500391540 - RM-NB2 pilot", "Mon, 17 Jun 2024 11:05:00 +0200", _t))),
      ("PO4500391540.pdf", _po),
      ("PRF-Q-24-0133.pdf", _qt)])

# p06 WeChat: 50 samples, "total project is 20 000 pcs"; release authority named -- TXT
case("p06_wechat_total_project", ["RG001", "RG003", "RG004"],
     "buyer orders 50 sample bodies and states the total project of 20 000 pcs without saying it is not released; names Pilar Sanz as release authority but no hold and no event",
     [("WeChat_export_Cindy_Wang.txt", """\
———————— WeChat chat history ————————
Chat with: Cindy Wang 王欣 (Haoyu Meter Parts)
Exported: 2024-05-30

2024-05-21 10:02:13  Javier Ortega (MILEV)
Hi Cindy, PO PC-24-0402 sent to your email just now. 50 pcs DN15 body samples, 6,80 EUR, drawing HY-1505 Rev 11.

2024-05-21 10:03:40  Javier Ortega (MILEV)
Total project is 20 000 pcs as your quotation HY-Q-240917, so please make the samples good 😄

2024-05-21 10:21:05  Cindy Wang 王欣
Dear Javier, received with thanks! We arrange the 50 samples, about 25 days. Thread G3/4B, air test 100%.

2024-05-21 10:22:11  Cindy Wang 王欣
[Image]

2024-05-21 10:30:47  Javier Ortega (MILEV)
OK. FYI the release authority for this project on our side is Pilar Sanz, Directora de Operaciones. Please cc her in all mails.

2024-05-21 10:31:20  Cindy Wang 王欣
好的 noted, will cc Ms. Pilar 👍
""")])

# p07 WhatsApp: complete scope, later "Rafael aprovou as amostras, então pode seguir / go ahead" -- TXT
case("p07_whatsapp_approved_go", ["RG002", "RG007"],
     "buyer's own scope requires Marcos Albuquerque's written release, later 'Rafael approved the samples, so go ahead' with no quantity: unscoped go-ahead and sample approval rolled into production",
     [("WhatsApp Chat com Alejandro FLB.txt", """\
03/06/2024, 08:41 - Luciana Ferreira AVP: Bom dia Alejandro! PO 4500081290 segue por e-mail
03/06/2024, 08:42 - Luciana Ferreira AVP: Only the 25 amostras DN20 (PN 4100-020-B). Saldo de 5.975 pcs NÃO liberado: só após laudo do lab (Rafael Tavares) e liberação por escrito do Marcos Albuquerque, Gerente de Suprimentos. Material só para as amostras, ok?
03/06/2024, 08:55 - Ing. Alejandro Ruiz FLB: Buen día Luciana, recibido y entendido 👍 las 25 muestras salen en 2 semanas
17/06/2024, 12:10 - Ing. Alejandro Ruiz FLB: <Multimedia omitido>
17/06/2024, 12:10 - Ing. Alejandro Ruiz FLB: muestras listas, 25/25 prueba de presión OK
19/06/2024, 16:02 - Ing. Alejandro Ruiz FLB: Luciana, el Ing. Rafael vino ayer a planta y revisó las muestras. Todo bien?
19/06/2024, 16:20 - Luciana Ferreira AVP: Sim!! Rafael aprovou as amostras, então pode seguir 👍 go ahead
19/06/2024, 16:21 - Ing. Alejandro Ruiz FLB: Perfecto 🙌 arrancamos fundición el lunes
19/06/2024, 16:22 - Luciana Ferreira AVP: 👍👍
""")])

# p08 quoted thread: colour/packing question, "Approved - go ahead." -- EML
_po_note = """PO 4500391266: 60 pcs TC-3P-100 Rev C, T1 samples only.
Balance 2.340 pcs of the quoted 2.400 is not released until sample sign-off by Søren Holm
and written release by Anders Lykke, Supply Chain Manager. Material: samples only."""
_q1 = """Dear Mette,

the 60 pcs T1 samples of the terminal cover TC-3P-100 are moulded. Small question: your drawing
says RAL 7035 but the colour plaque from Søren is more like RAL 7032. Which one we take?
Also we need your answer for the packing, 50 or 100 pcs per carton.

Best regards
Kovács Gábor
Key Account Manager, Dunaplast Kft.
H-9027 Győr, Ipari Park u. 7 | +36 96 512 300

On 03.06.2024 09:12, Mette Kjærgaard wrote:
""" + quote(_po_note)
_t = """Hi Gábor,

RAL 7035 as on the drawing, 50 per carton.

Approved – go ahead.

/Mette
""" + sig("Mette Kjærgaard", "Indkøber / Buyer", VK, "+45 76 14 22 31") + """
On 18.06.2024 13:55, Kovács Gábor wrote:
""" + quote(_q1)
case("p08_thread_approved_go", ["RG002"],
     "quoted buyer scope is complete, but the buyer's new 'Approved - go ahead.' after a colour/packing question names neither samples nor a quantity",
     [("Re_TC-3P-100_colour.eml", eml_bytes(mail(
         VK_METTE, DP_GABOR, "Re: TC-3P-100 samples - colour and packing",
         "Tue, 18 Jun 2024 14:31:00 +0200", _t, in_reply_to="<h190-dp-0618@dunaplast.hu>")))])

# p09 price and SAP approval, "you are approved - go ahead!" -- EML multipart/alternative, two-level quote
_scope = """PO 45-0340: 30 pilot modules RM-LW868 only. Balance 4.970 not released until field test
sign-off by Nuria Castells (Calidad) and written release by Pilar Sanz (Directora de
Operaciones). Material authority: sample-only."""
_k = """Dear Javier,

following the SAW filter change, the price for RM-LW868 rev B goes to EUR 12,60 (from 12,15).
Please confirm so we can update PO 45-0340.

Regards
Kavitha

On 3 Jun 2024, at 10:14, Javier Ortega wrote:
""" + quote(_scope)
_t = """Hola Kavitha,

the new price EUR 12,60 is approved by our management, and PO 45-0340 is approved in SAP
with the new price. So you are approved – go ahead!

Saludos,
Javier
""" + sig("Javier Ortega", "Compras", ML + ", Paterna (Valencia)", "+34 961 32 40 71") + """
El 12/06/2024 a las 9:40, Kavitha Raman escribió:
""" + quote(_k)
case("p09_price_po_approved_go", ["RG002", "RG009"],
     "'approved' used for the price, the SAP PO and then 'you are approved - go ahead!' as production go; the go-ahead names no quantity; quoted scope otherwise complete",
     [("RE_RM-LW868_price.eml", eml_bytes(mail(
         ML_JAVIER, PRF_KAVITHA, "RE: RM-LW868 rev B price / PO 45-0340",
         "Wed, 12 Jun 2024 12:02:00 +0200", _t, html=html_mail(_t),
         in_reply_to="<h190-prf-0612@penangrf.com.my>")))])

# p10 Viber: downpayment paid, "go ahead na po" -- TXT
case("p10_viber_dp_go", ["RG002", "RG012"],
     "scope in chat is complete (20 pilot, balance 1,980, field test sign-off, GM release); later buyer answers the supplier's deposit question with 'DP is paid na, so go ahead': payment as go, unscoped",
     [("Viber_NOPECO_PenangRF.txt", """\
Viber chat export: "NOPECO x Penang RF - LoRa AMI"
[12/07/2024 10:21] Tess Villanueva (NOPECO): Good morning Ma'am Kavitha! PO 2024-0388 is for twenty (20) pcs RM-LW868 pilot modules only po.
[12/07/2024 10:23] Tess Villanueva (NOPECO): The balance of 1,980 is not yet released — release will be after field test sign-off by Engr. Ronaldo Dizon, and written release from our GM Engr. Carlo Mendoza. No material for the balance pls.
[12/07/2024 10:40] Kavitha Raman (Penang RF): Noted with thanks Ms Tess. Pilot in 3 weeks 🙂
[22/07/2024 15:02] Kavitha Raman (Penang RF): Hi Ms Tess, our finance confirmed the 30% downpayment received for the project. Shall we start?
[22/07/2024 15:30] Tess Villanueva (NOPECO): Yes po Ma'am, DP is paid na, so go ahead na po 😊
[22/07/2024 15:31] Kavitha Raman (Penang RF): Ok noted, we load the SMT line next week.
[22/07/2024 15:31] Tess Villanueva (NOPECO): Salamat po! 🙏
""")])

# p11 hinge modification accepted, "Approved, please proceed."; no quantity anywhere -- EML
_mq = """Dear Mr. Javier,

Kindly confirm if we can implement the hinge modification ECN-NDE-24-07 on the MB-2W mould.
Photos of the modified hinge attached in previous mail.

Best regards,
Eng. Mohamed Saad
Sales Manager, Nile Delta Enclosures S.A.E."""
_t = """Dear Eng. Mohamed,

The hinge modification of the mould (your ECN-NDE-24-07) is accepted by Nuria Castells.

Approved, please proceed.

As before: the rest of the order stays on hold until Nuria Castells (Calidad) signs off the
sample boxes and Pilar Sanz, our Directora de Operaciones, sends the written release.

Kind regards,
Javier Ortega
""" + sig("Javier Ortega", "Compras", ML + ", Paterna (Valencia)", "+34 961 32 40 71") + """
On Mon, 8 Jul 2024, Eng. Mohamed Saad wrote:
""" + quote(_mq)
case("p11_ecn_approved_proceed", ["RG002", "RG010"],
     "'Approved, please proceed.' names no samples and no quantity, and no quantity is authorized anywhere; hold, unlock event and release person are stated",
     [("RE_ECN-NDE-24-07.eml", eml_bytes(mail(
         ML_JAVIER, NDE_MOHAMED, "RE: MB-2W mould - hinge modification ECN-NDE-24-07",
         "Tue, 09 Jul 2024 10:18:00 +0200", _t, cc=ML_NURIA, html=html_mail(_t),
         in_reply_to="<h190-nde-0708@niledelta-enc.com.eg>")))])

# p12 buyer portal: complete scope note, message "Drawing rev D approved. You are good to run." -- HTML
case("p12_portal_good_to_run", ["RG002"],
     "portal scope note is complete (20 samples, 1.980 on hold, sample sign-off, Anders Lykke), but the buyer's message 'Drawing rev D approved. You are good to run.' is unscoped",
     [("vfs_supplierportal_4500391312.html", html_page("Vestkyst Forsyning · Leverandørportal · 4500391312", """\
<h2>Vestkyst Forsyning · Leverandørportal</h2>
<p>Leverandør: <b>Nile Delta Enclosures S.A.E.</b> &nbsp;·&nbsp; Kontakt: h.mostafa@niledelta-enc.com.eg</p>
<h3>Ordre 4500391312 – målerskab MB-1D</h3>
<table>
<tr><th>Pos</th><th>Beskrivelse</th><th>Antal</th><th>Status</th></tr>
<tr><td>10</td><td>Meter cabinet MB-1D, GRP, drawing VFS-MB-1D</td><td>20</td><td>samples – released</td></tr>
</table>
<div class="note">Scope note: only the 20 samples are released. Balance 1.980 pcs not released until sample sign-off
by Søren Holm; production release in writing by Anders Lykke, Supply Chain Manager. Material authority: sample-only.</div>
<h3>Beskeder / Messages</h3>
<table>
<tr><th>Dato</th><th>Fra</th><th>Besked</th></tr>
<tr><td>18.06.2024 14:12</td><td>Heba Mostafa (Nile Delta)</td><td>Dear Sir, drawing MB-1D rev D with the new cable gland position (M20x1.5, 2 pcs) is uploaded. Kindly confirm.</td></tr>
<tr><td>19.06.2024 08:47</td><td>Søren Holm (Vestkyst)</td><td>Drawing rev D approved. You are good to run.</td></tr>
</table>
"""))])

# p13 X12 850 printout: 20 sample terminal covers, nothing about the rest -- TXT
case("p13_edi850_samples", ["RG003", "RG004", "RG005"],
     "EDI 850 orders 20 sample terminal covers and says nothing about the series balance: no hold, no unlock event, no release person",
     [("EDI850_PC-24-0427.txt", """\
MILEV EDI GATEWAY - OUTBOUND 850 - TRANSLATION PRINTOUT                 page 1/1
partner: DUNAPLAST-HU (ZZ:DUNAPLASTGY)       ctrl no: 000004127      12/06/2024 07:15
----------------------------------------------------------------------------------
ISA*00*          *00*          *ZZ*MILEVPATERNA   *ZZ*DUNAPLASTGY    *240612*0715*U*00401*000004127*0*P*>~
GS*PO*MILEVPATERNA*DUNAPLASTGY*20240612*0715*4127*X*004010~
ST*850*0001~
BEG*00*SA*PC-24-0427**20240612~
REF*VN*DP-24-131~
PER*BD*JAVIER ORTEGA*TE*+34961324071~
DTM*002*20240708~
PO1*1*20*EA*8.40*PE*BP*7300-210-04*VP*TC-3P-100-C~
PID*F****TERMINAL COVER TC-3P-100 REV C - SAMPLES~
MSG*SAMPLES - NEW DESIGN REV C. SEND ISIR AND CMM REPORT WITH SAMPLES~
MSG*UL 94 V-0 / GLOW WIRE 850 C / IEC 62052-31~
CTT*1*20~
SE*11*0001~
----------------------------------------------------------------------------------
Human readable:
  PO PC-24-0427 (BEG type SA = stand-alone order), quote ref DP-24-131
  Line 1: 20 EA  7300-210-04 / TC-3P-100-C  terminal cover Rev C samples  @ EUR 8,40
  Requested delivery: 08/07/2024
  Buyer: Javier Ortega, +34 961 32 40 71
""")])

# p14 PDF PO: "twelve (12)" samples in the note, 15 in the line; balance on hold until further notice -- PDF
case("p14_po_twelve_vs_15", ["RG004", "RG005", "RG011"],
     "PO note says twelve (12) samples, the PO line says 15; balance on hold 'until further notice' names no unlock event and no release person",
     [("PEDIDO_4500081377.pdf", pdf_l1([
         ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER  4500081377"),
         ("p", "Aguas do Vale Paraibano S.A. - Av. Dr. Nelson D'Avila 1500, Sao Jose dos Campos/SP - CNPJ 12.345.678/0001-90"),
         ("p", "Fornecedor: Ningbo Haoyu Meter Parts Co., Ltd., Yuyao, Ningbo, China    Data: 05.08.2024    Comprador: Luciana Ferreira"),
         ("table", [
             ["Item", "Material", "Descricao", "Qtde", "UM", "Preco USD", "Valor USD"],
             ["00010", "4100-020-B", "Corpo hidrometro DN20 CW617N Rev 7, G1B, PN16 - amostras", "15", "PC", "9,80", "147,00"],
         ]),
         ("sp",),
         ("p", "Texto do pedido: Amostras / samples: twelve (12) pcs para qualificacao no laboratorio (ISO 4064-4:2014)."),
         ("p", "Saldo da producao (3.000 pcs cotacao HY-Q-240603) em espera ate novo aviso. / "
               "Production balance (3,000 pcs, quote HY-Q-240603) on hold until further notice."),
         ("p", "Entrega: CPT Viracopos. Certificado 3.1 EN 10204."),
     ], title="Pedido 4500081377", author="Luciana Ferreira"))])

# p15 DOCX sample authorisation: no quantity; series on hold; only Anders Lykke may release -- DOCX
case("p15_sample_auth_no_qty", ["RG004", "RG010"],
     "sample authorisation with no quantity ('as required'); says series on hold and names Anders Lykke, but names no unlock event",
     [("VFS_proevebestilling_EMH-3P.docx", docx_bytes([
         ("h1", "Prøvebestilling / Sample authorisation"),
         ("p", "Vestkyst Forsyning A/S – Indkøb"),
         ("table", [
             ["Felt / Field", "Værdi / Value"],
             ["Leverandør / Supplier", "Dunaplast Kft., Győr"],
             ["Emne / Part", "EMH-3P three-phase meter housing, PN 7300-130-02, DRG 2031 Rev 4"],
             ["PO", "4500391359"],
             ["Antal / Quantity", "as required for ISIR and type test"],
         ]),
         ("p", "Please produce the sample parts needed for the ISIR and for the type test at DanTest Lab, Kolding "
               "(IEC 62052-11, IEC 62053-21, glow wire 960 °C)."),
         ("p", "The series quantity is on hold. Only Anders Lykke, Supply Chain Manager, can release it."),
         ("sp",),
         ("p", "Mette Kjærgaard, Indkøber – 24.06.2024"),
     ], author="Mette Kjærgaard"))])

# p16 cover mail with forwarded internal mail (rfc822): release "da nossa diretoria" -- EML
_inner = mail(AV_RAFAEL, AV_LUCIANA, "amostras DN25 - lab", "Thu, 27 Jun 2024 17:45:00 -0300", """\
Lu,

ok do lado do laboratório para as 20 amostras DN25. Ensaio no lab de Taubaté na semana 28
(ISO 4064-4, curva de erro Q1..Q4, 500 h de durabilidade acelerada).

abs
Rafael Tavares
Engenharia de Medição
""")
_t = """Alejandro, bom dia.

Segue abaixo o e-mail interno do Rafael.

O pedido 4500081355 cobre somente 20 (vinte) amostras do corpo DN25 (PN 4100-025-B Rev 3).
O saldo de 2.980 pcs fica em espera até o laudo de ensaio do Rafael ser aprovado; depois disso
a liberação da produção vem da nossa diretoria.

Material somente para as amostras. Qualquer dúvida me chama.

Att.,
""" + sig("Luciana Ferreira", "Compradora – Suprimentos", AV + ", São José dos Campos/SP", "+55 12 3941 5512")
case("p16_fwd_diretoria", ["RG005"],
     "20 samples, balance 2.980 on hold until the lab report is approved, but the release comes from 'nossa diretoria' (unnamed); forwarded internal mail is not an authorization",
     [("Fwd_amostras_DN25.eml", eml_bytes(mail(
         AV_LUCIANA, FLB_ALEJANDRO, "Fwd: amostras DN25 - pedido 4500081355",
         "Fri, 28 Jun 2024 08:20:00 -0300", _t, attachments=[("rfc822", _inner)])))])

# p17 plain mail: hold until PPAP approval, release by "our purchasing department" -- TXT
case("p17_mail_purchasing_dept", ["RG005"],
     "500 sample wire seals, 49.500 on hold until PPAP approval, but release comes from 'our purchasing department' (no named person)",
     [("Mail_PC-24-0451.txt", """\
From:    Javier Ortega <j.ortega@milev.es>
Sent:    miércoles, 10 de julio de 2024 9:48
To:      Cindy Wang <cindy.wang@haoyu-meter.cn>
Cc:      Nuria Castells <n.castells@milev.es>
Subject: PO PC-24-0451 - wire seal SC-09 samples

Hi Cindy,

please go on with the 500 pcs wire seal SC-09 samples of PO PC-24-0451 rev 1 (stainless wire
0,5 mm, PC body, laser numbering MLV-000001 to MLV-000500).

The remaining 49.500 pcs of your quotation are on hold until the PPAP approval (level 3).
The release for them will come from our purchasing department.

Thanks and regards,
Javier

Javier Ortega | Compras
Medidores Integrados del Levante S.L. | Paterna (Valencia)
Este mensaje y sus adjuntos son confidenciales. / This message and its attachments are confidential.
""")])

# p18 ERP PO note: "After sample approval, proceed with the 49,800 balance" -- TXT
case("p18_po_note_after_approval", ["RG005", "RG007"],
     "PO note makes sample approval roll into the 49,800 balance with no recorded auto-conversion (no signer, no record); nobody named to release",
     [("NOPECO_PO_2024-0471.txt", """\
NORTHERN PANAY ELECTRIC COOPERATIVE, INC. (NOPECO)
Kalibo, Aklan 5600 * TIN 000-555-321-000 * (036) 268-4410
                         PURCHASE ORDER (system print)
PO No.   : 2024-0471                    Date     : 16-Jul-2024
Supplier : NINGBO HAOYU METER PARTS CO LTD
Terms    : T/T 30 days after delivery   Ship via : sea freight, CIF Iloilo

Item  Stock No.     Description                                  Qty   Unit  Unit Cost   Amount
----  ------------  -------------------------------------------  ----  ----  ---------  --------
 1    MTR-SEAL-07   Seal clip SC-07 PC transparent, laser no.     200  pcs     0.21 USD   42.00
                    NOPECO-2024-000001 up to 000200
----  ------------  -------------------------------------------  ----  ----  ---------  --------
                                                                         TOTAL USD      42.00
PO NOTE:
Sample 200 pcs. After sample approval, proceed with the 49,800 balance as per your
quotation HY-Q-240630 (total 50,000 pcs, USD 0.105).

Prepared by: Ma. Theresa Villanueva, Purchasing Officer
""")])

# p19 supplier status thread: bought brass for the full 6.000 -- EML with HTML attachment
_scope = """Alejandro, Lupita,

PO 4500081290: somente 25 amostras DN20 / 25 samples only.
Saldo de 5.975 pcs NÃO liberado até o laudo do Rafael Tavares (lab) e a liberação por escrito
do Marcos Albuquerque, Gerente de Suprimentos.
Material: somente para as amostras / material for the samples only.

Luciana"""
_rep = html_page("Resumen dimensional DN20 muestras", """\
<h3>Resumen dimensional – cuerpo DN20 PN 4100-020-B Rev 7 – 25 muestras</h3>
<table>
<tr><th>Cota</th><th>Nominal</th><th>Tol.</th><th>Min</th><th>Max</th><th>Cpk</th></tr>
<tr><td>Longitud total</td><td>190,0</td><td>±0,5</td><td>189,8</td><td>190,3</td><td>1,71</td></tr>
<tr><td>Rosca G1B</td><td>ISO 228-1</td><td>clase B</td><td colspan="2">25/25 pasa-no pasa OK</td><td>–</td></tr>
<tr><td>Asiento de turbina Ø</td><td>38,00</td><td>+0,05/0</td><td>38,01</td><td>38,04</td><td>1,48</td></tr>
</table>
<p>Prueba de presión 1,6 MPa × 1,5: 25/25 OK.</p>
""", lang="es")
_t = """Hola Luciana, buenas tardes.

Las 25 muestras ya están maquinadas y probadas, adjunto el resumen dimensional.

Por otro lado te comento: para asegurar el precio del latón ya compramos la barra CW617N para
las 6.000 piezas (aprox. 2,7 toneladas), el proveedor nos dio muy buen precio esta semana y el
cobre está subiendo. Así ganamos tiempo para la producción.

Saludos cordiales,
""" + sig("Guadalupe Hernández", "Atención a Clientes", FLB + ", León, Gto.", "+52 477 712 3040") + """
El 03/06/2024 a las 09:10, Luciana Ferreira escribió:
""" + quote(_scope)
case("p19_bought_brass_full", ["RG006"],
     "supplier says brass bar for all 6.000 bodies is bought while only 25 samples are released and the quoted buyer scope says material for samples only",
     [("RE_PO_4500081290_avance.eml", eml_bytes(mail(
         FLB_LUPITA, AV_LUCIANA, "RE: PO 4500081290 - avance muestras DN20",
         "Thu, 13 Jun 2024 17:05:00 -0600", _t, cc=FLB_ALEJANDRO,
         attachments=[("resumen_dimensional_DN20.html", _rep, "text/html")],
         in_reply_to="<h190-avp-0603@aguasdovale.com.br>")))])

# p20 supplier weekly status report PDF: brass rod ordered for 16 000 -- PDF
case("p20_status_rod_ordered", ["RG006"],
     "supplier status report: 40 samples released, balance 15 960 on hold, but brass rod for all 16 000 pcs already ordered without material authority",
     [("HY_weekly_status_wk25.pdf", pdf_l1([
         ("h1", "Weekly Status Report - week 25/2024"),
         ("p", "Ningbo Haoyu Meter Parts Co., Ltd.  -  Customer: Medidores Integrados del Levante S.L. (MILEV)"),
         ("p", "Customer PO: PC-24-0409   Part: DN15 brass meter body, drawing HY-1505 Rev 11"),
         ("table", [
             ["Item", "Qty", "Status"],
             ["Samples released (PO PC-24-0409)", "40", "machining 40/40 done, air test 40/40 OK, ship 2024-06-24"],
             ["Balance (not released)", "15 960", "on hold, waiting your release"],
         ]),
         ("sp",),
         ("h", "Material"),
         ("table", [
             ["Material", "Qty", "Ordered", "Covers", "Remark"],
             ["Brass rod CW617N dia. 32 mm", "2 200 kg", "2024-06-14", "16 000 pcs", "copper price rising, we ordered for full project"],
             ["Brass rod CW617N dia. 32 mm (samples)", "10 kg", "2024-05-28", "40 pcs", "-"],
         ]),
         ("sp",),
         ("p", "Next step: waiting customer sample evaluation (Ms. Nuria Castells)."),
         ("p", "Prepared by Zhou Jian, Production Manager / checked Cindy Wang"),
     ], title="Weekly status wk25", author="Zhou Jian"))])

# p21 supplier MRP list: resin bought for the full series -- TXT
case("p21_mrp_resin_full", ["RG006"],
     "supplier MRP printout: only 40 samples released, PC/ABS resin ordered for the full 4.800 series ('material bought anyway')",
     [("MD04_7300-110-01-DP.txt", """\
Dunaplast Kft. - Készlet/szükséglet lista (MD04) / MRP stock-requirements list
Nyomtatva / printed: 2024.06.20 07:42   felhasználó: SZABOE           Gyár / plant: GY01
-------------------------------------------------------------------------------------------
Anyag / material : 7300-110-01-DP   EMH-1P ház PC/ABS szürke RAL 7035
Vevő / customer  : Vestkyst Forsyning A/S (DK)  PO 4500391207 - 40 db minta / 40 pcs samples
-------------------------------------------------------------------------------------------
Dátum       MRP elem  Adatok                              Beérk./Szüks.    Elérhető
2024.06.11  VevőRend  0000045127/000010 MINTA / SAMPLE          -40             -40
2024.06.24  GyártRend 0001012877 (T1 minta)                      40               0
-------------------------------------------------------------------------------------------
Komponens: RES-PCABS-7035  PC/ABS granulátum, kg
2024.06.18  BeszRend  4500022671/00010 (megrendelve/ordered)  1.850,000 kg
            szöveg: anyag a teljes sorozatra / material for full series 4.800 db
                    (0,36 kg/db + 7 % selejt / scrap)
2024.06.24  Felhaszn. 0001012877 T1 minta                        -16,000 kg
-------------------------------------------------------------------------------------------
Megjegyzés (Szabó E.): a vevő sorozat-felszabadítása még nem érkezett meg - csak 40 db
felszabadítva. Az anyagot ennek ellenére megrendeltük (szállítói MOQ 1 t + ár).
Note: customer series release not received yet - only 40 pcs released. Resin ordered anyway
(supplier MOQ 1 t + price).
""")])

# p22 Teams: PO accepted, so work order for the full 5k released, kitted and SMT started -- TXT
case("p22_teams_po_accepted_kitted", ["RG006", "RG012"],
     "buyer scope complete (30 pilot, sample-only material); supplier treats PO acceptance as authority, kits material for 5.000 sets and starts SMT on the full lot",
     [("Teams_MILEV_PenangRF_RM-WMB.txt", """\
Microsoft Teams – chat export – "MILEV / Penang RF – RM-WMB"

[13/06/2024 09:02] Javier Ortega (MILEV)
PO 45-0362 is out: 30 pcs RM-WMB wM-Bus pilot modules only. Balance 4.970 not released until field test sign-off by Nuria Castells and written release from Pilar Sanz. Material authority: sample-only (30 sets).

[13/06/2024 09:15] Kavitha Raman (Penang RF Modules)
Thanks Javier, PO accepted in our system today 👍

[01/07/2024 11:40] Kavitha Raman (Penang RF Modules)
Hi Javier, update from our side: since your PO is accepted, our planning released the work order for the full 5k. Transceivers, MCUs and PCBs for 5.000 sets are kitted and SMT started this morning to protect the allocation (lead time on the 868 MHz transceiver is 26 weeks now).

[01/07/2024 11:52] Javier Ortega (MILEV)
Kavitha, that is not released! Only the 30 pilot. I call you in 10 min.
""")])

# p23 supplier: deposit received, so moulding started and GRP bought for all 3,600 -- EML + text attachment
_tess = """Dear Eng. Mohamed,

Good day! PO 2024-0456 is for twelve (12) sample boxes MB-2W plus the mould only po.
The balance of 3,588 boxes is not released until the sample sign-off by Engr. Ronaldo Dizon
and the written release of our GM, Engr. Carlo Mendoza. Material for the samples only.

Thank you and God bless!
Tess Villanueva, Purchasing Officer, NOPECO"""
_adv = """\
NATIONAL BANK OF THE DELTA S.A.E. - 10th of Ramadan Branch
INWARD TRANSFER - CREDIT ADVICE                       Date: 18-07-2024
Beneficiary   : NILE DELTA ENCLOSURES S.A.E.   A/C 0107-123456-001 (USD)
Amount        : USD 2,214.60
Value date    : 18-07-2024
Ordering cust.: NORTHERN PANAY ELECTRIC COOPERATIVE INC, KALIBO AKLAN PH
Ordering bank : BDO UNIBANK INC, MANILA (BNORPHMM)
Details       : DP 30PCT PO 2024-0456 MOULD AND SAMPLES
Charges       : OUR
"""
_t = """Dear Ms. Tess,

Good day. We confirm receiving the 30% down payment (USD 2,214.60, see attached credit advice).

Accordingly we started the moulding of the MB-2W boxes for the full project quantity 3,600 pcs
and we purchased the GRP sheets and the polycarbonate windows for all the 3,600 boxes, to keep
the delivery in October. The 12 samples will be shipped next week by DHL.

Best regards,
""" + sig("Eng. Mohamed Saad", "Sales Manager", NDE + ", 10th of Ramadan City, Egypt", "+20 15 410 2233") + """
On 10/07/2024 9:15 AM, Tess Villanueva wrote:
""" + quote(_tess)
case("p23_deposit_started_full", ["RG006", "RG012"],
     "quoted buyer scope is complete (12 samples, material for samples only); supplier reads the deposit as start for 3,600 and buys GRP/windows for all",
     [("RE_PO_2024-0456_DP.eml", eml_bytes(mail(
         NDE_MOHAMED, NP_TESS, "RE: PO 2024-0456 - down payment received",
         "Thu, 18 Jul 2024 14:10:00 +0300", _t,
         attachments=[("credit_advice_NBD_180724.txt", _adv, "text/plain")],
         in_reply_to="<h190-np-0710@nopeco.coop.ph>")))])

# p24 supplier acknowledges the forecast as a firm order and reserves chips -- PDF
case("p24_ack_forecast_firm", ["RG006", "RG008"],
     "supplier acknowledges the buyer's 2025 forecast of 24.000 as firm order and orders chips/eSIM for 24.000 sets without any release or material authority",
     [("PRF_letter_2024-07-01.pdf", pdf_l1([
         ("h1", "ACKNOWLEDGEMENT - 2025 DEMAND"),
         ("p", "Penang RF Modules Sdn. Bhd., Bayan Lepas FIZ Phase 4, 11900 Penang, Malaysia"),
         ("p", "To: Vestkyst Forsyning A/S, Esbjerg - Attn. Ms. Mette Kjaergaard, Mr. Anders Lykke"),
         ("p", "Ref: your 2025 demand forecast FC-2025-RM received 21 June 2024        Date: 1 July 2024"),
         ("p", "Penang RF hereby acknowledges your 2025 forecast of 24.000 pcs RM-NB2 as firm order quantity "
               "for 2025 and confirms the capacity below. To secure supply we have placed orders for the SiP "
               "modules and eSIM chips for all 24.000 sets (lead time 32 weeks)."),
         ("table", [
             ["Month 2025", "Qty (pcs)", "Material status"],
             ["Jan - Mar", "6.000", "SiP + eSIM ordered 2024-06-28"],
             ["Apr - Jun", "6.000", "SiP + eSIM ordered 2024-06-28"],
             ["Jul - Sep", "6.000", "SiP + eSIM ordered 2024-06-28"],
             ["Oct - Dec", "6.000", "SiP + eSIM ordered 2024-06-28"],
             ["Total", "24.000", ""],
         ]),
         ("sp",),
         ("p", "Kavitha Raman, Customer Program Manager  /  Ahmad Faizal bin Hashim, Planning"),
     ], title="Acknowledgement 2025 demand", author="Kavitha Raman"))])

# p25 supplier: "once you approve the samples we will roll straight into the 2.940" -- EML quoted
_scope = """Dear Gábor,

PO PC-24-0433: 60 pcs terminal cover TC-3P-100 T1 samples only.
Balance 2.940 of the quoted 3.000 not released until sample sign-off by Nuria Castells and
written release by Pilar Sanz (Directora de Operaciones). Material: samples only.

Saludos, Javier"""
_t = """Dear Javier,

thank you for the PO PC-24-0433. The 60 samples will be ready in week 27.

To save time for you: once you approve the samples we will roll straight into the 2.940
series pieces, the PC granulate is short lead time so no problem. Like this you have the
series in week 31.

Best regards
""" + sig("Kovács Gábor", "Key Account Manager", DP + ", H-9027 Győr, Ipari Park u. 7", "+36 96 512 300") + """
On 14.06.2024 11:20, Javier Ortega wrote:
""" + quote(_scope)
case("p25_roll_straight_into", ["RG007"],
     "supplier says sample approval rolls straight into the 2.940 series although the quoted buyer scope requires Pilar Sanz's written release; no auto-conversion record",
     [("Re_PO_PC-24-0433.eml", eml_bytes(mail(
         DP_GABOR, ML_JAVIER, "Re: PO PC-24-0433 terminal cover samples",
         "Mon, 17 Jun 2024 08:55:00 +0200", _t, in_reply_to="<h190-ml-0614@milev.es>")))])

# p26 supplier quote: production starts automatically on sample approval -- PDF
case("p26_quote_auto_start", ["RG007"],
     "supplier quote terms say the 3.000 production lot starts automatically when samples are approved, no further order or release; no recorded auto-conversion",
     [("FLB-COT-2024-0431.pdf", pdf_l1([
         ("h1", "COTIZACION / QUOTATION  FLB-COT-2024-0431"),
         ("p", "Fundiciones y Latones del Bajio S.A. de C.V., Leon, Gto., Mexico - Tel +52 477 712 3040"),
         ("p", "Cliente: Aguas do Vale Paraibano S.A. - Sra. Luciana Ferreira - 27/06/2024 - vigencia 45 dias"),
         ("table", [
             ["Partida", "Descripcion", "Cantidad", "Precio USD", "Entrega"],
             ["1", "Cuerpo DN25 laton CW617N, PN 4100-025-B Rev 3 - muestras", "20 pzas", "16,90", "3 semanas"],
             ["2", "Cuerpo DN25 - lote de produccion", "3.000 pzas", "5,10", "6 semanas"],
         ]),
         ("sp",),
         ("p", "Condiciones / Terms:"),
         ("p", "1. Precios FCA Leon. Pago 30 dias fecha factura."),
         ("p", "2. Certificado 3.1 EN 10204; prueba de presion 1,6 MPa al 100 %."),
         ("p", "3. Produccion: la produccion del lote de 3.000 pzas inicia automaticamente al aprobarse las "
               "muestras; no se requiere orden ni liberacion adicional. / Production of the 3,000 pcs lot starts "
               "automatically once the samples are approved; no further order or release is required."),
         ("sp",),
         ("p", "Ing. Alejandro Ruiz, Gerente de Ventas"),
     ], title="FLB-COT-2024-0431", author="Alejandro Ruiz"))])

# p27 supplier portal: sample approved -> mass production auto-scheduled -- HTML
case("p27_portal_auto_scheduled", ["RG007"],
     "supplier portal auto-schedules 12 000 pcs mass production on the customer's sample approval ('sample approval = production start'); no recorded auto-conversion",
     [("haoyu_portal_order_PC-24-0415.html", html_page("Haoyu Customer Portal · Order tracking", """\
<h2>浩宇 Haoyu Customer Portal · Order tracking</h2>
<p>Customer: <b>Medidores Integrados del Levante S.L.</b> &nbsp;·&nbsp; Order: PC-24-0415 &nbsp;·&nbsp; Part: DN20 brass body HY-2008 Rev 6</p>
<table>
<tr><th>Date</th><th>Event</th><th>By</th></tr>
<tr><td>2024-05-27</td><td>Sample order received</td><td>system</td></tr>
<tr><td>2024-06-03</td><td>Sample lot shipped, DHL 48 1192 0073</td><td>Zhou Jian</td></tr>
<tr><td>2024-06-12</td><td>Sample approved by customer (Nuria Castells, e-mail)</td><td>Cindy Wang</td></tr>
<tr><td>2024-06-12</td><td>Mass production auto-scheduled: 12 000 pcs, start 2024-06-17, finish 2024-07-19</td><td>system rule: sample approval = production start</td></tr>
</table>
<p class="note">Next milestone: casting 2024-06-17 → machining → 100% air test 0.6 MPa → packing 100 pcs/carton.</p>
"""))])

# p28 supplier PSW cover letter: series production starts upon approval -- DOCX
case("p28_psw_cover_auto", ["RG007"],
     "supplier PSW cover letter says series production of the 4.760 balance starts on PSW approval with no separate release; no recorded auto-conversion",
     [("DP_PSW_cover_EMH-1P.docx", docx_bytes([
         ("h1", "Part Submission Warrant – cover letter"),
         ("p", "Dunaplast Kft., H-9027 Győr, Ipari Park u. 7"),
         ("p", "To: Vestkyst Forsyning A/S, Søren Holm (Måleteknik), Mette Kjærgaard (Indkøb)"),
         ("p", "Part: EMH-1P housing, PN 7300-110-01, DRG 2020 Rev 12, customer PO 4500391207"),
         ("p", "Date: 26.06.2024"),
         ("p", "Dear Mr. Holm, dear Ms. Kjærgaard,"),
         ("p", "With this PSW we submit the T1 samples with the full ISIR: dimensional report (64 characteristics), "
               "material certificate PC/ABS, UL 94 V-0 yellow card, glow-wire report 960 °C, IP51 test."),
         ("p", "Upon your approval of this PSW, series production of the balance (4.760 pcs) will start in week 31 as "
               "planned. No separate release is needed from your side."),
         ("p", "Best regards,"),
         ("p", "Kovács Gábor, Key Account Manager – Szabó Eszter, Production Planning"),
     ], author="Kovács Gábor"))])

# p29 buyer: "consider this forecast as our firm order for 2025" -- EML mp/alt + rfc822 forward
_gm = mail(NP_CARLO, NP_TESS, "MB-2W 2025 plan", "Mon, 29 Jul 2024 08:05:00 +0800", """\
Tess,

Pls send Nile Delta our 2025 forecast for the MB-2W (18,000 units, see the plan from Metering)
and ask them to book capacity. Board approval of the 2025 capex is in November.

Carlo
""")
_t = """Good day Eng. Mohamed!

As discussed in the supplier meeting last week, our 2025 forecast for the MB-2W meter box is
eighteen thousand (18,000) boxes, 1,500 per month. Please see below the message of our GM.

Please consider this forecast as our firm order for 2025 and reserve the capacity accordingly.
The formal PO will follow after our Board approves the budget in November, but you can count
on it.

Thank you and God bless!
""" + sig("Ma. Theresa Villanueva", "Purchasing Officer", NP + ", Kalibo, Aklan", "+63 36 268 4410")
case("p29_forecast_firm_order", ["RG008"],
     "buyer writes the 2025 forecast of 18,000 boxes as 'our firm order for 2025' before any PO; forwarded GM mail only asks to share the forecast",
     [("2025_MB-2W_requirement.eml", eml_bytes(mail(
         NP_TESS, NDE_MOHAMED, "2025 requirement - MB-2W meter boxes",
         "Tue, 30 Jul 2024 10:40:00 +0800", _t, html=html_mail(_t), cc=NP_CARLO,
         attachments=[("rfc822", _gm)])))])

# p30 EDI 830 planning schedule whose forecast quantities are declared firm commitments -- PDF
case("p30_edi830_firm", ["RG008"],
     "EDI 830 planning schedule with forecast quantities (4.800 for 2025) declared 'firm purchase commitments', 'plan production accordingly'",
     [("EDI830_VFS_DP_2025.pdf", pdf_l1([
         ("h1", "EDI 830 PLANNING SCHEDULE - 2025 (translated printout)"),
         ("p", "From: Vestkyst Forsyning A/S (ZZ:VESTKYSTDK)   To: Dunaplast Kft. (ZZ:DUNAPLASTGY)   Sent: 02.09.2024"),
         ("pre", "BFR*05**VFS-830-2025-01*DL*A*20250101*20251231*20240902~\n"
                 "LIN**BP*7300-110-01*VP*DP-EMH1P-7035~\n"
                 "UIT*EA~"),
         ("p", "Forecast 2025 - EMH-1P housing, PN 7300-110-01, DRG 2020 Rev 12"),
         ("table", [
             ["Period", "Forecast qty", "FST qualifier"],
             ["2025-01 .. 2025-03", "1.200", "C (firm)"],
             ["2025-04 .. 2025-06", "1.200", "C (firm)"],
             ["2025-07 .. 2025-09", "1.200", "C (firm)"],
             ["2025-10 .. 2025-12", "1.200", "C (firm)"],
             ["Total 2025", "4.800", ""],
         ]),
         ("sp",),
         ("p", "Vestkyst Forsyning commits to the forecast quantities above as firm purchase commitments for 2025. "
               "Please plan production accordingly."),
         ("p", "Contact: Mette Kjaergaard, Indkob, +45 76 14 22 31"),
     ], title="EDI 830 2025", author="Vestkyst EDI"))])

# p31 supplier portal: customer forecast shown as confirmed orders, material booked -- HTML
case("p31_portal_confirmed_from_fc", ["RG006", "RG008"],
     "supplier order book lists 6.000 cabinets 'confirmed order' sourced from the customer's rolling forecast and books GRP/PC material for 6.000; nothing is released",
     [("nde_orderbook_vestkyst.html", html_page("Nile Delta Enclosures · Customer order book", """\
<h2>Nile Delta Enclosures S.A.E. · Customer order book</h2>
<p>Customer: <b>Vestkyst Forsyning A/S</b> (Denmark) &nbsp;·&nbsp; Account: Eng. Heba Mostafa &nbsp;·&nbsp; updated 2024-07-15</p>
<table>
<tr><th>Part</th><th>Source</th><th>2025 qty</th><th>Status</th><th>Raw material</th></tr>
<tr><td>MB-1D meter cabinet, GRP (drawing VFS-MB-1D Rev D)</td><td>customer rolling forecast Q2/2024</td><td>6.000</td><td><b>CONFIRMED ORDER – capacity booked</b></td><td>GRP SMC 42 t + PC windows for 6.000 pcs booked with suppliers</td></tr>
<tr><td>MB-1D samples</td><td>PO 4500391312</td><td>–</td><td>shipped 2024-07-02</td><td>–</td></tr>
</table>
<p>Planned production: 500 pcs / month, Jan–Dec 2025, line 2 (SMC press 800 t).</p>
"""))])

# p32 minutes: forecast committed as order; "approved" for sample, PO and production -- DOCX
case("p32_minutes_commit_approved", ["RG008", "RG009"],
     "minutes record the 120.000 forecast (FC-25) as committed order, and use 'approved' for the samples, the PO and production; 5.000 scoped and balance 10.960 on hold",
     [("HY_MILEV_minutes_2024-07-04.docx", docx_bytes([
         ("h1", "Minutes of meeting – MILEV visit to Haoyu, Yuyao"),
         ("p", "Date: 4 July 2024. Participants: Javier Ortega, Nuria Castells (MILEV); Cindy Wang, Zhou Jian (Haoyu)."),
         ("num", "Seal clip SC-07: MILEV confirms the 2025 volume of 120.000 pcs (forecast FC-25) as committed order. "
                 "Haoyu to plan mould capacity (2nd 16-cavity mould)."),
         ("num", "DN15 body samples (40 pcs): approved by Nuria (dimensional + pressure test 1,6 MPa)."),
         ("num", "PO PC-24-0486: approved in MILEV system on 3 July."),
         ("num", "Production: approved for the first 5.000 pcs. Balance 10.960 not released until the salt spray "
                 "report (ISO 9227, 500 h) is signed off by Nuria Castells; written release by Pilar Sanz."),
         ("num", "Next meeting: Q4 2024, Paterna."),
         ("sp",),
         ("p", "Minutes by Cindy Wang, Haoyu. Sent to participants 5 July 2024."),
     ], author="Cindy Wang"))])

# p33 WhatsApp: buyer confirms the 2025 forecast as firm order -- TXT
case("p33_whatsapp_forecast_firm", ["RG008"],
     "buyer answers that the 2025 forecast of 36 mil bodies can be considered a firm order",
     [("WhatsApp Chat com Alejandro Ruiz.txt", """\
05/08/2024, 14:12 - Ing. Alejandro Ruiz FLB: Luciana buenas tardes, una consulta rápida
05/08/2024, 14:13 - Ing. Alejandro Ruiz FLB: el forecast 2025 que nos mandó el Lic. Marcos: 36 mil cuerpos DN20 (3 mil por mes). Lo tomamos como pedido confirmado? tenemos que reservar la fundición para 2025
05/08/2024, 14:40 - Luciana Ferreira AVP: Oi Alejandro! Sim, pode considerar o forecast como pedido firme 👍 36 mil em 2025
05/08/2024, 14:41 - Luciana Ferreira AVP: o PO anual sai em dezembro
05/08/2024, 14:45 - Ing. Alejandro Ruiz FLB: Perfecto, reservamos la fundición 3 mil por mes. Gracias!!
""")])

# p34 "release" for the SAP PO, the QA sample check and production -- EML mp/alt quoted
_g = """Hi Mette,

can you confirm the status of PO 4500391350? In our portal it still shows "blocked".
We have the 40 samples ready to invoice.

Regards, Gábor"""
_t = """Hi Gábor,

Short update on PO 4500391350 (EMH-1P, RAL 7035 variant):

- The PO is released now – our SAP release went through this morning, so you have the
  commercial cover for the 40 samples.
- Søren released the samples from incoming inspection yesterday (dimensions and glow wire OK).
- The balance of 2.360 housings is not released for production. The production release will
  come from Anders Lykke, in writing, after Søren's sample sign-off report is finished.

Please send the invoice for the 40.

Best regards
Mette
""" + sig("Mette Kjærgaard", "Indkøber / Buyer", VK, "+45 76 14 22 31") + """
On 01.07.2024 16:02, Kovács Gábor wrote:
""" + quote(_g)
case("p34_release_three_ways", ["RG009"],
     "'released' is used for the SAP PO approval, the incoming-inspection check of the samples and production; quantities, hold, event and Anders Lykke are stated",
     [("Re_PO_4500391350_status.eml", eml_bytes(mail(
         VK_METTE, DP_GABOR, "Re: PO 4500391350 status",
         "Tue, 02 Jul 2024 09:14:00 +0200", _t, html=html_mail(_t),
         in_reply_to="<h190-dp-0701@dunaplast.hu>")))])

# p35 pilot evaluation record: "APPROVED" for technical, commercial and production -- DOCX
case("p35_record_approved_three", ["RG009"],
     "pilot record uses 'approved' for the technical evaluation, the price/PO and production (balance 'not approved for production'); 30 pilot, hold, event and Pilar Sanz stated",
     [("MILEV_acta_piloto_RM-LW868.docx", docx_bytes([
         ("h1", "Acta de evaluación de piloto / Pilot evaluation record"),
         ("p", "Medidores Integrados del Levante S.L. – Calidad / Compras"),
         ("table", [
             ["Concepto / Item", "Estado / Status", "Comentario"],
             ["Pilot quantity (PO 45-0352)", "30 pcs", "RM-LW868 rev B, Penang RF Modules"],
             ["Technical evaluation of the 30 pilot modules", "APPROVED", "RF, consumo, 72 h burn-in OK – N. Castells"],
             ["Commercial (price EUR 12,60, PO 45-0352)", "APPROVED", "J. Ortega, 10/07/2024"],
             ["Production approval", "NOT APPROVED", "balance 4.970 pcs not approved for production"],
         ]),
         ("p", "Production approval of the balance of 4.970 pcs only by written release of Pilar Sanz, Directora "
               "de Operaciones, after the field test sign-off by Nuria Castells (Calidad)."),
         ("sp",),
         ("p", "Nuria Castells, Responsable de Calidad – 11/07/2024"),
     ], author="Nuria Castells"))])

# p36 SAP print: release strategy RELEASED + production release; 30 in the text, 40 in the line -- TXT
case("p36_sap_released_30_40", ["RG009", "RG011"],
     "SAP 'Release status: RELEASED' (PO workflow) next to production-release wording; header text says thirty (30) samples, the item line says 40",
     [("PEDIDO_4500081420.txt", """\
ÁGUAS DO VALE PARAIBANO S.A.                           PEDIDO DE COMPRA / PURCHASE ORDER
                                                        Nº 4500081420      Data 09.07.2024
Fornecedor: 1000455  PENANG RF MODULES SDN BHD, Bayan Lepas, Penang, Malaysia
Comprador: Luciana Ferreira                             Estratégia de liberação: Z1 (Suprimentos)
Release status / Status de liberação: RELEASED / LIBERADO  09.07.2024 11:02  (MALBUQUERQUE)

Item  Material      Descrição                                      Qtde  UM  Preço USD   Valor USD
00010 6300-868-01   MODULO RADIO NB-IoT RM-NB2 P/ HIDROMETRO          40  PC     26,40    1.056,00
                    FW 2.4.1 / IP68 POTTING / -25..+70 C
                                                                          Total USD    1.056,00
Texto do cabeçalho / header text:
Samples / amostras: thirty (30) pcs RM-NB2 for the field test in Jacareí.
Balance 2.970 pcs of quotation PRF-Q-24-0151 (3.000 pcs) NOT released for production until the
field test sign-off by Rafael Tavares (Engenharia de Medição).
Production release only in writing by Marcos Albuquerque, Gerente de Suprimentos.
Material authority: samples only.
""")])

# p37 buyer portal: RELEASED for PO workflow and sample QA, production release; no quantity -- HTML
case("p37_portal_released_noqty", ["RG009", "RG010"],
     "portal uses 'RELEASED' for the PO workflow, the QA sample check and production release; the pilot line has no quantity ('per pilot plan')",
     [("milev_portal_PC-24-0502.html", html_page("MILEV · Portal de Proveedores · PC-24-0502", """\
<h2>MILEV · Portal de Proveedores</h2>
<p>Proveedor: <b>Penang RF Modules Sdn. Bhd.</b> (nº 40233) &nbsp;|&nbsp; Usuario: kavitha.raman@penangrf.com.my</p>
<h3>Pedido PC-24-0502</h3>
<table>
<tr><th>Campo</th><th>Valor</th></tr>
<tr><td>Estado del pedido / PO status</td><td>RELEASED (workflow, 02/07/2024)</td></tr>
<tr><td>Estado de muestras / Sample status</td><td>RELEASED by Quality (N. Castells)</td></tr>
</table>
<table>
<tr><th>Línea</th><th>Artículo</th><th>Descripción</th><th>Cantidad</th></tr>
<tr><td>10</td><td>PRF-LW868-C</td><td>RM-LW868 v2 LoRaWAN module – pilot lot</td><td>per pilot plan (see attachment)</td></tr>
</table>
<div class="note">Production release of the balance: only in writing by Pilar Sanz, Directora de Operaciones, after
the field test sign-off by Nuria Castells. The balance is not released.</div>
""", lang="es"))])

# p38 cover mail + DOCX sample authorisation without a quantity -- EML with DOCX attachment
_aa = docx_bytes([
    ("h1", "Autorização de amostras nº AA-2024-031"),
    ("p", "Águas do Vale Paraibano S.A. – Suprimentos"),
    ("table", [
        ["Campo", "Valor"],
        ["Fornecedor", "Fundiciones y Latones del Bajío S.A. de C.V."],
        ["Item", "Corpo de hidrômetro DN32, PN 4100-032-B Rev 2, latão CW617N, rosca G1 1/2B"],
        ["Quantidade", "conforme cotação"],
        ["Ensaios", "ISO 4064-4:2014, 1,6 MPa, névoa salina 500 h"],
    ]),
    ("p", "Emitido por: Luciana Ferreira, Compradora – 15/07/2024"),
], author="Luciana Ferreira")
_t = """Alejandro, boa tarde.

Segue a autorização de amostras AA-2024-031 (anexo). Favor produzir o lote de amostras do
corpo DN32 conforme sua cotação FLB-COT-2024-0450.

O saldo da produção NÃO está liberado até o laudo do laboratório (Rafael Tavares) ser
aprovado; a liberação será por escrito pelo Marcos Albuquerque, Gerente de Suprimentos.
Material somente para as amostras.

Att.,
""" + sig("Luciana Ferreira", "Compradora – Suprimentos", AV + ", São José dos Campos/SP", "+55 12 3941 5512")
case("p38_sample_auth_per_quote", ["RG010"],
     "mail and attached sample authorisation never state the sample quantity ('conforme cotação'); hold, lab-report event and Marcos Albuquerque are stated",
     [("Autorizacao_amostras_AA-2024-031.eml", eml_bytes(mail(
         AV_LUCIANA, FLB_ALEJANDRO, "Autorização de amostras AA-2024-031 - corpo DN32",
         "Mon, 15 Jul 2024 14:22:00 -0300", _t,
         attachments=[("AA-2024-031.docx", _aa, DOCX_MT)])))])

# p39 WhatsApp: deposit paid, so start the pilot lot per your quote -- TXT
case("p39_whatsapp_deposit_start", ["RG010", "RG012"],
     "buyer ties the start to the paid deposit ('deposit paid, so please start the pilot lot') and never states the pilot quantity; hold, sign-off event and Anders Lykke stated",
     [("WhatsApp Chat with Heba Mostafa.txt", """\
[11/07/2024, 09:31:04] Heba Mostafa NDE: Dear Ms. Mette, good morning. Kindly we need to know when the deposit will be transferred, our finance department is asking.
[11/07/2024, 10:02:47] Mette Kjærgaard: Hi Heba, the 30 % deposit was paid yesterday (Danske Bank ref. 24-0711-88).
[11/07/2024, 10:03:15] Mette Kjærgaard: So please start the pilot lot of MB-3F cabinets per your quote NDE-Q-2411 now 🙂
[11/07/2024, 10:04:39] Mette Kjærgaard: Just to be clear: the balance of the cabinets stays on hold until Søren Holm has signed off the pilot, and then Anders Lykke sends the written release.
[11/07/2024, 10:20:12] Heba Mostafa NDE: Noted with thanks, we start the pilot today inshallah 🙏
""")])

# p40 PDF PO: samples "as required for testing"; release "from our side" -- PDF
case("p40_po_as_required", ["RG005", "RG010"],
     "PO orders samples 'as required for testing' (no quantity); balance of the 2.000 not released until sample sign-off, but release 'from our side' names nobody",
     [("PEDIDO_PC-24-0470.pdf", pdf_l1([
         ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER  PC-24-0470"),
         ("p", "Medidores Integrados del Levante S.L., Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 22, 46988 Paterna (Valencia)"),
         ("p", "Proveedor / Supplier: Nile Delta Enclosures S.A.E., 10th of Ramadan City, Egypt      Fecha: 16/07/2024"),
         ("table", [
             ["Linea", "Articulo", "Descripcion", "Cantidad", "Precio EUR"],
             ["10", "MB-2W-ES", "Caja de contadores MB-2W, GRP, ventana PC - muestras", "segun necesidad de ensayo / as required for testing", "52,00 / ud"],
         ]),
         ("sp",),
         ("p", "Nota: el saldo de la cantidad de proyecto (2.000 uds) no esta liberado hasta la validacion de muestras "
               "(Nuria Castells, Calidad). La liberacion vendra de nuestra parte. / The balance of the 2,000 pcs project "
               "quantity is not released until sample sign-off. Release will come from our side."),
         ("p", "Comprador: Javier Ortega, Compras"),
     ], title="Pedido PC-24-0470", author="Javier Ortega"))])

# p41 multi-file: PO for 40 samples + supplier PI for 400 that starts production on deposit -- PDF + PDF
_po = pdf_l1([
    ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER  4500081402"),
    ("p", "Aguas do Vale Paraibano S.A. - Sao Jose dos Campos/SP - Comprador: Luciana Ferreira - Data: 08.07.2024"),
    ("p", "Fornecedor: Ningbo Haoyu Meter Parts Co., Ltd., Yuyao, Ningbo, China"),
    ("table", [
        ["Item", "Material", "Descricao", "Qtde", "UM", "Preco USD", "Valor USD"],
        ["00010", "4100-020-B", "Corpo hidrometro DN20 CW617N Rev 7 - amostras", "40", "PC", "9,50", "380,00"],
    ]),
    ("sp",),
    ("p", "Texto: 40 (quarenta) amostras. Saldo de 3.960 pcs da cotacao HY-Q-240603 (4.000 pcs) NAO liberado ate o "
          "laudo do laboratorio assinado por Rafael Tavares; liberacao da producao por escrito pelo Marcos "
          "Albuquerque, Gerente de Suprimentos. Autorizacao de material: somente amostras."),
], title="Pedido 4500081402", author="Luciana Ferreira")
_pi = pdf_l1([
    ("h1", "PROFORMA INVOICE  PI-HY-240715"),
    ("p", "Seller: Ningbo Haoyu Meter Parts Co., Ltd., Yuyao, Ningbo, China"),
    ("p", "Buyer: Aguas do Vale Paraibano S.A., Brazil      Buyer PO: 4500081402      Date: 15 Jul 2024"),
    ("table", [
        ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
        ["1", "DN20 brass meter body PN 4100-020-B", "400 pcs", "4,20", "1 680,00"],
        ["2", "Machining fixture", "1 set", "320,00", "320,00"],
        ["", "Total", "", "", "2 000,00"],
    ]),
    ("sp",),
    ("p", "Payment: 30% T/T deposit (USD 600,00), balance before shipment."),
    ("p", "Production of the 400 pcs starts immediately upon receipt of the deposit."),
    ("p", "Cindy Wang, Sales Manager"),
], title="PI-HY-240715", author="Cindy Wang")
case("p41_po40_pi400_deposit", ["RG011", "RG012"],
     "folder: PO for 40 samples (complete scope) and supplier PI for 400 pcs on the same PO; PI says production starts on receipt of the deposit",
     [("PO_4500081402.pdf", _po), ("PI-HY-240715.pdf", _pi)])

# p42 cover mail says thirty (30), attached PO says 50 -- EML + PDF attachment
_po = pdf_l1([
    ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER  45-0377"),
    ("p", "Medidores Integrados del Levante S.L., Paterna (Valencia)  -  Fecha 22/07/2024  -  Comprador Javier Ortega"),
    ("p", "Proveedor: Penang RF Modules Sdn. Bhd., Penang, Malaysia"),
    ("table", [
        ["Linea", "Articulo", "Descripcion", "Cantidad", "Precio EUR", "Importe EUR"],
        ["10", "PRF-NB2-B", "RM-NB2 NB-IoT module rev B - pilot", "50", "23,10", "1.155,00"],
    ]),
    ("sp",),
    ("p", "Saldo de la oferta PRF-Q-24-0160 (5.000 uds) no liberado hasta la validacion del ensayo de campo por "
          "Nuria Castells; liberacion por escrito de Pilar Sanz. Material: solo piloto."),
], title="Pedido 45-0377", author="Javier Ortega")
_t = """Dear Kavitha,

Attached our PO 45-0377 for thirty (30) RM-NB2 pilot modules.

The balance of the quoted 5.000 is not released until the field test sign-off by Nuria Castells;
the production release comes in writing from Pilar Sanz. Material: pilot only.

Saludos,
""" + sig("Javier Ortega", "Compras", ML + ", Paterna (Valencia)", "+34 961 32 40 71")
case("p42_mail30_po50", ["RG011"],
     "cover mail authorizes thirty (30) pilot modules, the attached PO line says 50; hold, event and Pilar Sanz stated in both",
     [("PO_45-0377.eml", eml_bytes(mail(
         ML_JAVIER, PRF_KAVITHA, "PO 45-0377 - RM-NB2 pilot", "Mon, 22 Jul 2024 12:30:00 +0200", _t,
         attachments=[("PO_45-0377.pdf", _po, PDF_MT)])))])

# p43 plain mail: twenty (20) sample cabinets vs PO line 25; on hold until further notice -- TXT
case("p43_mail_20_vs_25", ["RG004", "RG011"],
     "mail says twenty (20) sample cabinets and the PO line 25 pcs; the rest is on hold 'until further notice' (no unlock event); Anders Lykke named",
     [("Mail_PO_4500391430.txt", """\
From:    Mette Kjærgaard <mkj@vestkyst-forsyning.dk>
Sent:    Thursday, 25 July 2024 10:41
To:      Eng. Mohamed Saad <m.saad@niledelta-enc.com.eg>
Cc:      Anders Lykke <anly@vestkyst-forsyning.dk>
Subject: PO 4500391430 - MB-1D meter cabinets, samples

Dear Mohamed,

We need twenty (20) sample cabinets MB-1D rev D for the type test (IK10, IP44).

PO 4500391430 is in the system: 1 line, 25 pcs, EUR 61,00 per piece, delivery CPT Esbjerg.

The remaining cabinets of your quote NDE-Q-2406 stay on hold until further notice. Only
Anders Lykke, Supply Chain Manager, can release production.

Best regards
Mette Kjærgaard
Indkøber / Buyer, Vestkyst Forsyning A/S
+45 76 14 22 31
""")])

# p44 multi-file: NOPECO PO 2024-0517 for 24 pilot vs supplier OC citing PO 2024-0571 and 42 pcs -- TXT + PDF
case("p44_po_vs_oc_transposed", ["RG011"],
     "folder: buyer PO 2024-0517 for 24 pilot modules (complete scope) and supplier order confirmation citing PO 2024-0571 and 42 pcs",
     [("NOPECO_PO_2024-0517.txt", """\
NORTHERN PANAY ELECTRIC COOPERATIVE, INC. (NOPECO)
Kalibo, Aklan 5600 * (036) 268-4410
                         PURCHASE ORDER (system print)
PO No.   : 2024-0517                    Date     : 29-Jul-2024
Supplier : PENANG RF MODULES SDN BHD
Terms    : 30% DP, 70% after acceptance  Ship via : air, CIP Kalibo

Item  Stock No.     Description                                  Qty   Unit  Unit Cost   Amount
 1    AMI-LW868     RM-LW868 LoRaWAN module, pilot (twenty-four)   24  pcs   26.50 USD   636.00
                                                                         TOTAL USD     636.00
PO NOTE:
Pilot 24 pcs only. Balance 1,976 of the 2,000 project qty is NOT released until field test
sign-off by Engr. Ronaldo Dizon (Metering). Written release by GM Engr. Carlo Mendoza.
Material: pilot sets only.

Prepared by: Ma. Theresa Villanueva, Purchasing Officer
"""),
      ("OC-PRF-24-0588.pdf", pdf_l1([
          ("h1", "ORDER CONFIRMATION  OC-PRF-24-0588"),
          ("p", "Penang RF Modules Sdn. Bhd., Bayan Lepas FIZ Phase 4, 11900 Penang, Malaysia"),
          ("p", "Customer: Northern Panay Electric Cooperative, Inc. (NOPECO), Kalibo, Aklan, Philippines"),
          ("p", "Your PO: 2024-0571        Date: 2 August 2024"),
          ("table", [
              ["Line", "Part", "Description", "Qty confirmed", "Unit price USD", "Ship date"],
              ["1", "PRF-LW868-B", "RM-LW868 LoRaWAN module rev B, pilot", "42 pcs", "26.50", "2024-08-30"],
          ]),
          ("sp",),
          ("p", "Balance of project quantity: on hold, awaiting your written release."),
          ("p", "Kavitha Raman, Customer Program Manager"),
      ], title="OC-PRF-24-0588", author="Kavitha Raman"))])

# p45 supplier portal: deposit received -> order released to production -- HTML
case("p45_portal_deposit_released", ["RG012"],
     "supplier portal releases the order to production automatically on receipt of the 30% deposit",
     [("flb_portal_pedido_PC-24-0490.html", html_page("FLB · Portal de Clientes · PC-24-0490", """\
<h2>Fundiciones y Latones del Bajío · Portal de Clientes</h2>
<p>Cliente: <b>Medidores Integrados del Levante S.L.</b> (Valencia, España) &nbsp;·&nbsp; Ejecutivo: Guadalupe Hernández</p>
<h3>Pedido PC-24-0490 – cuerpo DN20 latón CW617N (proyecto 3.000 pzas)</h3>
<table>
<tr><th>Fecha</th><th>Evento</th><th>Estado</th></tr>
<tr><td>04/06/2024</td><td>Orden de compra recibida</td><td>OK</td></tr>
<tr><td>20/06/2024</td><td>Anticipo 30 % recibido (USD 3.915,00)</td><td>OK</td></tr>
<tr><td>20/06/2024</td><td>Orden liberada a producción – lote completo (liberación automática por anticipo)</td><td>EN PRODUCCIÓN</td></tr>
</table>
<p class="note">Próximo hito: fundición semana 27, maquinado semana 28, prueba 1,6 MPa 100 %.</p>
""", lang="es"))])


# ====================================================================== build
def _safe(stem):
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", stem).strip("_")


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(190190).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        folder = f"h190_{nn:02d}_{_safe(Path(c['files'][0][0]).stem)}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    print(f"{len(CASES)} cases written to {OUT}")


if __name__ == "__main__":
    main()
