#!/usr/bin/env python3
"""Generator for the releasegate check_holdout199 corpus (parking and traffic equipment).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout199/build.py

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
    m["Message-ID"] = msgid or f"<h199-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h199")
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


# ------------------------------------------------------------ small helpers
def quote(text, level=1):
    """Prefix every line with '> ' (level times) as a mail client does."""
    pre = ">" * level
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(f"{pre} {line}" if line.strip() else pre)
    return "\n".join(out)


def as_html(text):
    """A plain HTML rendering of a mail body for multipart/alternative (quotes -> blockquote)."""
    def render(lines):
        out, para, i = [], [], 0

        def flush():
            if para:
                out.append("<p>" + "<br>\n".join(escape(ln) for ln in para) + "</p>")
                para.clear()
        while i < len(lines):
            if lines[i].startswith(">"):
                flush()
                block = []
                while i < len(lines) and lines[i].startswith(">"):
                    ln = lines[i][1:]
                    block.append(ln[1:] if ln.startswith(" ") else ln)
                    i += 1
                out.append('<blockquote style="border-left:2px solid #ccc;margin:0 0 0 6px;'
                           'padding-left:8px">\n' + render(block) + "\n</blockquote>")
                continue
            if lines[i].strip():
                para.append(lines[i])
            else:
                flush()
            i += 1
        flush()
        return "\n".join(out)
    return ('<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + render(text.strip("\n").split("\n")) + "\n</body></html>\n")


def eml(m):
    return eml_bytes(m)


# ------------------------------------------------------------ people
# buyers
FIONA = "Fiona Marsh <fiona.marsh@kestrelparking.co.uk>"
GARETH = "Gareth Pryce <gareth.pryce@kestrelparking.co.uk>"
TOM = "Tom Whitcombe <tom.whitcombe@kestrelparking.co.uk>"
MOHAMMED = "Mohammed Siddiqui <m.siddiqui@alnakheel-contracting.com.sa>"
FAISAL = "Faisal Al-Otaibi <f.alotaibi@alnakheel-contracting.com.sa>"
KHALID = "Eng. Khalid Al-Harbi <k.alharbi@alnakheel-contracting.com.sa>"
JULIANA = "Juliana Ferraz <juliana.ferraz@serraazul-rodovias.com.br>"
RICARDO = "Ricardo Menezes <ricardo.menezes@serraazul-rodovias.com.br>"
THIAGO = "Thiago Lopes <thiago.lopes@serraazul-rodovias.com.br>"
MARICEL = "Maricel Dizon <maricel.dizon@luzonprimemalls.com.ph>"
RAMON = "Engr. Ramon Villanueva <ramon.villanueva@luzonprimemalls.com.ph>"
JESSA = "Jessa Santos <jessa.santos@luzonprimemalls.com.ph>"
# suppliers
MARCO = "Marco Bellini <m.bellini@barrierelombarde.it>"
GIULIA = "Giulia Ferri <g.ferri@barrierelombarde.it>"
EMRE = "Emre Yıldız <emre.yildiz@anadolutrafik.com.tr>"
SELIN = "Selin Kaya <selin.kaya@anadolutrafik.com.tr>"
LILY = "Lily Chen <lily.chen@haoyun-traffic.cn>"
WANG = "Wang Jun <wangjun@haoyun-traffic.cn>"
PIOTR = "Piotr Nowak <piotr.nowak@metalpark.pl>"
AGNIESZKA = "Agnieszka Wójcik <a.wojcik@metalpark.pl>"
AHMED = "Ahmed Fathy <ahmed.fathy@niledelta-signs.com.eg>"
MOSTAFA = "Eng. Mostafa Samir <mostafa.samir@niledelta-signs.com.eg>"

KES = "Kestrel Parking Services Ltd, Leeds"
NAK = "Al-Nakheel Roads & Municipal Contracting Co., Riyadh"
RSA = "Rodovias Serra Azul Concessionária S.A., Ribeirão Preto - SP"
LPM = "Luzon Prime Malls Inc., Pasig City"
BL = "Barriere Lombarde S.r.l., Brescia"
ANT = "Anadolu Trafik Ekipmanları A.Ş., Gebze / Kocaeli"
HY = "Ningbo Haoyun Traffic Facilities Co., Ltd., Yuyao, Zhejiang"
MP = "Metalpark Sp. z o.o., Poznań"
ND = "Nile Delta Castings & Signs S.A.E., 10th of Ramadan City"

SIG_FIONA = sig("Fiona Marsh", "Category Buyer - Equipment & Estates", "Kestrel Parking Services Ltd",
                "+44 113 496 0712")
SIG_GARETH = sig("Gareth Pryce", "Head of Estates Engineering", "Kestrel Parking Services Ltd",
                 "+44 113 496 0730")
SIG_MOHAMMED = sig("Mohammed Siddiqui", "Senior Buyer, Procurement Dept.",
                   "Al-Nakheel Roads & Municipal Contracting Co.", "+966 11 520 4418")
SIG_JULIANA = sig("Juliana Ferraz", "Analista de Suprimentos", "Rodovias Serra Azul Concessionária S.A.",
                  "+55 16 3509 2210")
SIG_RICARDO = sig("Ricardo Menezes", "Gerente de Engenharia de Tráfego",
                  "Rodovias Serra Azul Concessionária S.A.", "+55 16 3509 2244")
SIG_MARICEL = sig("Maricel Dizon", "Purchasing Officer", "Luzon Prime Malls Inc.", "+63 2 8633 1907")
SIG_MARCO = sig("Marco Bellini", "Ufficio Commerciale Export", "Barriere Lombarde S.r.l.",
                "+39 030 218 4471")
SIG_EMRE = sig("Emre Yıldız", "Export Sales Manager", "Anadolu Trafik Ekipmanları A.Ş.",
               "+90 262 751 3380")
SIG_LILY = sig("Lily Chen", "Sales Dept.", "Ningbo Haoyun Traffic Facilities Co., Ltd.",
               "+86 574 6258 1133")
SIG_PIOTR = sig("Piotr Nowak", "Key Account Manager", "Metalpark Sp. z o.o.", "+48 61 843 2290")
SIG_AHMED = sig("Ahmed Fathy", "Sales Manager", "Nile Delta Castings & Signs S.A.E.",
                "+20 15 441 2760")


# =================================================================== CLEAN

# c01 -- supplier quote with sample + production tiers, nothing authorized (PDF)
case("c01_bl_quote_tiers", [],
     "supplier quote alone: 6 samples plus 120/240/480 price tiers, no authorized quantity",
     [("BL-Q-24-0311.pdf", pdf([
         ("h1", "BARRIERE LOMBARDE S.r.l."),
         ("p", "Via dell'Industria 41, 25030 Castel Mella (BS), Italia - P.IVA IT 03318870987"),
         ("h", "OFFERTA / QUOTATION  BL-Q-24-0311   (Brescia, 18/04/2024)"),
         ("p", "Spett.le Kestrel Parking Services Ltd, Leeds LS1 4DY - att.ne Ms Fiona Marsh"),
         ("p", "Oggetto / Subject: barrier-gate arm BGA-4500 Rev C, aluminium 4.500 mm, oval profile "
               "106x56, RAL 9010 with red reflective bands, rubber skirt, M10 hub fixings."),
         ("table", [
             ["Pos.", "Description", "Qty", "Unit price", "Lead time"],
             ["1", "Sample arms BGA-4500 Rev C (for fit trial)", "6 pcs", "EUR 212,00", "3 weeks"],
             ["2", "Series price tier A", "120 pcs", "EUR 148,50", "6 weeks"],
             ["3", "Series price tier B", "240 pcs", "EUR 139,90", "6 weeks"],
             ["4", "Series price tier C", "480 pcs", "EUR 131,20", "8 weeks"],
             ["5", "End cap mould (one-off)", "1", "EUR 1.850,00", "4 weeks"],
         ]),
         ("sp",),
         ("p", "Condizioni: prices EXW Castel Mella (Incoterms 2020), packing in wooden crates of 20 "
               "arms included. Payment 30 days end of month. Validity of offer: 60 days."),
         ("p", "Note: tiers 2-4 are prices only, for your budget. We start series production only "
               "after your written order and written release for the quantity."),
         ("p", "Quality system ISO 9001:2015 (cert. n. 22450-A). Arm tested to EN 12453 impact "
               "force with soft-stop kit, 1.000.000 cycles hub test on file."),
         ("p", "Distinti saluti - Marco Bellini, Ufficio Commerciale Export"),
     ], title="Quotation BL-Q-24-0311", author="Barriere Lombarde"))])


# c02 -- RFQ with three quantity scenarios (EML, multipart/alternative)
_t = """Good day Ms. Lily,

Hope you are well po. Luzon Prime Malls is sourcing speed-bump modules for the basement
carparks of our malls in Pasig, Marikina and Sta. Rosa. Kindly send us your best quotation for:

  - SBM-500 rubber speed-bump module, 500 x 350 x 50 mm, yellow/black, with M12 anchor set
  - end caps SBM-EC (pair)

Please quote the following:
  1. eight (8) sample modules, air freight to Pasig
  2. price scenario 400 modules
  3. price scenario 800 modules
  4. price scenario 1,600 modules (if we roll out to all 11 malls next year)

This is a request for quotation only, it is not a purchase order. Please do not buy any
material or book production on the basis of this RFQ. Scenarios 2 to 4 are for our budget only.

Also kindly include load rating (we need min. 20 tons per axle), UV test hours and the
warranty. Deadline of quotation is on May 17. Thank you and God bless!
""" + SIG_MARICEL
case("c02_lpm_rfq", [],
     "RFQ with three volume scenarios declared budget-only, no authorization",
     [("RFQ_LPM-24-044.eml", eml(mail(
         MARICEL, LILY, "RFQ LPM-24-044 - speed-bump modules SBM-500 (8 samples + 3 scenarios)",
         "Wed, 08 May 2024 09:41:00 +0800", _t, html=as_html(_t), cc=JESSA)))])


# c03 -- supplier question under a complete quoted scope (EML, quoted thread)
_orig = """Dear Emre,

Please find PO 45-1192 for bollard sleeves BS-273 (Ø273 x 1200 mm, galv. EN ISO 1461).

PO 45-1192 covers twelve (12) sample sleeves only.
The balance of 1.588 pcs is NOT released. Do not buy pipe or book galvanizing for it.
The balance will be released only by a written release from Mr. Faisal Al-Otaibi,
Procurement Manager, after sample sign-off by Eng. Khalid Al-Harbi on site.

Regards,
Mohammed Siddiqui
Senior Buyer"""
_t = """Dear Mohammed bey,

Good day. The 12 sample sleeves are ready, galvanizing thickness 92 µm average (min 85 µm
per EN ISO 1461), test report attached in our previous mail.

Can we have the go-ahead for the 1.588 balance now, so we can book the galvanizing line for
June? Or we should wait the written release of Mr. Faisal after the sample sign-off?
Please advise, we don't want to do wrong step.

Best regards
Emre
""" + SIG_EMRE + """
On Mon, 6 May 2024 at 10:05, Mohammed Siddiqui wrote:
""" + quote(_orig) + "\n"
case("c03_ant_question", [],
     "supplier asks whether the balance is released; quoted buyer scope is complete",
     [("RE_PO_45-1192.eml", eml(mail(
         EMRE, MOHAMMED, "RE: PO 45-1192 bollard sleeves BS-273 - samples ready",
         "Tue, 21 May 2024 08:17:00 +0300", _t, in_reply_to="<h199-po451192@alnakheel-contracting.com.sa>")))])


# c04 -- clearly labelled SAP demand forecast (TXT)
case("c04_rsa_forecast", [],
     "demand forecast printout labelled not an order, authorizes nothing",
     [("ZMM_PREV_CB750.txt", """\
RODOVIAS SERRA AZUL CONCESSIONARIA S.A.                       SAP ECC 6.0  - ZMM_PREVISAO
Relatorio: PREVISAO DE DEMANDA / DEMAND FORECAST               Data: 03.06.2024  Hora: 07:52
Fornecedor: 300417  NINGBO HAOYUN TRAFFIC FACILITIES CO LTD
Material : 1000750  BASE DE CONE CB-750 4KG BORRACHA RECICLADA
-------------------------------------------------------------------------------------------
 *** PREVISAO - NAO E PEDIDO DE COMPRA / FORECAST - NOT A PURCHASE ORDER ***
-------------------------------------------------------------------------------------------
 Mes        Praca / Plaza                Qtd prevista   UM   Status
 07.2024    Jardinopolis km 312               1.200      UN   PREVISAO
 08.2024    Batatais km 351                   1.200      UN   PREVISAO
 09.2024    Sao Simao km 280                    800      UN   PREVISAO
 10.2024    Jardinopolis km 312                 800      UN   PREVISAO
 11.2024    Reserva manutencao                  600      UN   PREVISAO
                                            ---------
 Total previsto 2o semestre                   4.600      UN
-------------------------------------------------------------------------------------------
 Observacoes / Notes:
 1. Esta previsao e somente para planejamento de capacidade. / This forecast is for capacity
    planning only. It is not an order and not a commitment.
 2. Nenhuma producao e nenhuma compra de material estao autorizadas por este relatorio.
    No production and no material purchase are authorized by this report.
 3. Quantidades firmes somente via chamada (call-off) assinada pelo Gerente de Engenharia.
 4. Norma de referencia: ABNT NBR 15071 / EN 13422 (cone 750 mm, base 4 kg).
-------------------------------------------------------------------------------------------
 Emitido por: JFERRAZ                                           Pagina 1 de 1
""")])


# c05 -- sample sign-off record scoped to fit check (DOCX)
case("c05_kes_signoff", [],
     "sample disposition 'approved for fit check only; production not released', hold restated",
     [("SSR-0412_BGA-4500.docx", docx_bytes([
         ("h1", "Sample sign-off record SSR-0412"),
         ("p", "Kestrel Parking Services Ltd - Estates Engineering"),
         ("table", [
             ["Field", "Entry"],
             ["Part", "Barrier-gate arm BGA-4500 Rev C (4.500 mm, oval 106x56)"],
             ["Supplier", "Barriere Lombarde S.r.l., Brescia"],
             ["PO", "4100-2240 (six (6) sample arms)"],
             ["Samples received", "6 off, 14/05/2024, crates 1/1"],
             ["Trial site", "Wellington Street multi-storey, Leeds - exit lane 3"],
         ]),
         ("h", "Checks"),
         ("table", [
             ["Check", "Requirement", "Result"],
             ["Length", "4.500 mm +/- 5", "4.498 / 4.501 / 4.499 / 4.500 / 4.502 / 4.499 - OK"],
             ["Hub fixing", "4x M10 to BGA hub plate", "OK"],
             ["Wind load", "no contact at 2 h gust test, 22 m/s", "OK"],
             ["Reflective bands", "red/white, Class RA2", "OK"],
             ["Soft-stop kit", "EN 12453 impact force", "OK on arm 3, not tested on others"],
         ]),
         ("h", "Disposition"),
         ("p", "Approved for fit check only. Production not released."),
         ("p", "This record is the engineering disposition of the six samples. It releases no "
               "quantity. The production balance of 234 arms stays on hold until a written "
               "release is issued by Gareth Pryce, Head of Estates Engineering."),
         ("p", "Signed: Tom Whitcombe, Estates Engineer, 16/05/2024"),
     ], author="Tom Whitcombe"))])


# c06 -- full-quantity PO, no balance exists (PDF)
case("c06_nak_fullpo", [],
     "full-quantity PO for 400 repeat sign posts: 'proceed with the full 400', no balance",
     [("PO_4510-0064.pdf", pdf([
         ("h1", "PURCHASE ORDER"),
         ("p", "Al-Nakheel Roads & Municipal Contracting Co. - P.O. Box 88412, Riyadh 11672, KSA - "
               "C.R. 1010458821 - VAT 300117745600003"),
         ("table", [
             ["PO No.", "4510-0064", "Date", "12/05/2024"],
             ["Supplier", "Nile Delta Castings & Signs S.A.E.", "Project", "North Riyadh Dist. 7 signage"],
             ["Buyer", "Mohammed Siddiqui", "Delivery", "DAP Riyadh yard, Incoterms 2020"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit", "Unit price SAR", "Amount SAR"],
             ["10", "SP-3000", "Sign post Ø76 x 3000 mm, hot-dip galv. EN ISO 1461", "400", "pcs",
              "118.00", "47,200.00"],
             ["20", "SP-CAP76", "Post cap Ø76, PE black", "400", "pcs", "2.10", "840.00"],
             ["30", "CL-M8", "Sign clamp set M8x40, stainless A2", "800", "sets", "6.40", "5,120.00"],
             ["", "", "", "", "", "Total", "53,160.00"],
         ]),
         ("sp",),
         ("table", [
             ["Delivery schedule", "Qty", "Date"],
             ["Lot 1 (lines 10-30, half)", "200 posts", "16/06/2024"],
             ["Lot 2 (lines 10-30, half)", "200 posts", "14/07/2024"],
         ]),
         ("sp",),
         ("p", "This PO is for the full quantity of 400 posts. It is a repeat of part SP-3000 Rev 4 "
               "(same drawing as PO 4510-0019), no samples are required. Please proceed with the "
               "full 400 pcs per the delivery schedule above."),
         ("p", "Standards: EN 12899-1 (posts for fixed vertical signs), EN ISO 1461 min. 70 µm, "
               "ISO 9001:2015 certified supplier. Mill certificates EN 10204 3.1 with each lot."),
         ("p", "Authorized signature: Faisal Al-Otaibi, Procurement Manager"),
     ], title="PO 4510-0064", author="Al-Nakheel Procurement"))])


# c07 -- X12 830 call-off with explicit staged material authority above release (TXT)
case("c07_rsa_830_staged", [],
     "EDI call-off releases 600 (cum 1.800), staged material authority 2.400 stated explicitly; "
     "balance on hold until call-off 08 signed by Ricardo Menezes",
     [("EDI830_CO07_CB750.txt", """\
=== EDI X12 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY - HUMAN READABLE PRINTOUT ===
Interchange 000000907  Sender SERRAAZUL  Receiver HAOYUN  03-JUN-2024 08:15
-----------------------------------------------------------------------------------------
ISA*00*          *00*          *ZZ*SERRAAZUL      *ZZ*HAOYUN         *240603*0815*U*00401*000000907*0*P*>~
GS*PS*SERRAAZUL*HAOYUN*20240603*0815*907*X*004010~
ST*830*0907~
BFR*05**CO-07*DL*A*20240603*20241231*20240603~
NTE*GEN*CALL-OFF 07 UNDER CONTRACT 4600000388 - CONE BASE CB-750~
N1*ST*RODOVIAS SERRA AZUL CD RIBEIRAO PRETO~
N1*SU*NINGBO HAOYUN TRAFFIC FACILITIES CO LTD~
LIN**BP*1000750*VP*HY-CB750-4~
UIT*EA~
ATH*FI*20240830*1800**20240101~
ATH*MT*20240930*2400**20240101~
FST*600*C*D*20240902~
FST*600*D*M*20241001~
FST*600*D*M*20241101~
CTT*1*1800~
SE*15*0907~
-----------------------------------------------------------------------------------------
READING OF THIS SCHEDULE (buyer note, part of the message):
  FST ... C  = FIRM. Call-off 07 releases 600 pcs CB-750 for delivery 02-SEP-2024.
  Cumulative released incl. call-off 07: 1.800 pcs of contract quantity 4.800 pcs.
  FST ... D  = PLANNING ONLY (forecast). Oct/Nov lines are not released.
  BALANCE 3.000 pcs NOT RELEASED. Next release only by call-off 08, signed by
  Ricardo Menezes (Gerente de Engenharia de Trafego).
  ATH*FI = fabrication authority 1.800 pcs (= released).
  ATH*MT = MATERIAL AUTHORITY STAGED UP TO 2.400 pcs (recycled rubber granulate and
  steel ballast plates) at Rodovias Serra Azul liability. Material for more than
  2.400 pcs is at supplier risk.
-----------------------------------------------------------------------------------------
Part ref: HY-CB750-4 (4 kg base for 750 mm cone, EN 13422 class R2), drawing RSA-DES-0750 rev 3
""")])


# c08 -- explicit, signed auto-conversion record (DOCX)
case("c08_lpm_autoconv", [],
     "signed auto-conversion record naming quantity (192), signer and conditions; rest on hold",
     [("AC-2024-03_SBM-500.docx", docx_bytes([
         ("h1", "Auto-conversion agreement AC-2024-03"),
         ("p", "Luzon Prime Malls Inc. (buyer) and Ningbo Haoyun Traffic Facilities Co., Ltd. "
               "(supplier) - speed-bump module SBM-500, PO LPM-PO-24-0701"),
         ("h", "1. Quantities"),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Sample modules", "8", "released with PO LPM-PO-24-0701"],
             ["First production lot", "192", "released automatically under clause 2"],
             ["Remaining production quantity", "200", "on hold - not released"],
         ]),
         ("h", "2. Auto-conversion"),
         ("p", "If the eight (8) sample modules receive an approved sample sign-off signed by "
               "Engr. Ramon Villanueva, Head of Facilities Engineering, on or before 15 July 2024, "
               "the first production lot of 192 modules is released automatically on the date of "
               "that sign-off. No other document is needed for these 192 modules."),
         ("p", "Conditions: (a) load test 20 t per axle passed on all 8 samples; (b) colour "
               "yellow RAL 1023 within tolerance; (c) sign-off dated not later than 15/07/2024. If "
               "any condition fails, nothing is released automatically."),
         ("h", "3. Remaining 200 modules"),
         ("p", "The remaining 200 modules are not released by this agreement. They are released "
               "only by a separate written release from Engr. Ramon Villanueva after lot "
               "acceptance of the first 192 at the Pasig warehouse."),
         ("h", "4. Signatures"),
         ("table", [
             ["Name", "Role", "Date"],
             ["Engr. Ramon Villanueva", "Head of Facilities Engineering (release authority)", "20/05/2024"],
             ["Maricel Dizon", "Purchasing Officer", "20/05/2024"],
             ["Lily Chen", "Sales, Ningbo Haoyun", "21/05/2024"],
         ]),
     ], author="Maricel Dizon"))])


# c09 -- old quote forwarded as rfc822, declared informational (EML)
_old = """Dear Ms Marsh,

as requested please see our prices for parking-meter housing PMH-1200 (Rev A):

  sample housings      4 pcs     PLN 1 170,00 / pc
  series              500 pcs    PLN   612,00 / pc
  series            5.000 pcs    PLN   498,00 / pc

Sheet DC01 1,5 mm, powder coat RAL 7016, lock cut-out for Abloy PL330.
Offer valid 30 days.

Best regards
Piotr Nowak
Metalpark Sp. z o.o."""
_fwd_inner = mail(PIOTR, FIONA, "Oferta PMH-1200 / quotation 2022-117",
                  "Thu, 13 Oct 2022 14:02:00 +0200", _old)
_t = """Hi Piotr,

Forwarding your old 2022 quote below purely for information, so your new colleague can see
where the pricing started. The quantities in it (500 / 5.000) are not an order and are not
released. Please don't plan anything from it.

What is live today is only this: PO 4100-2290 covers four (4) sample housings PMH-1200 Rev B.
The remaining 356 housings are not released. They will be released only by a written release
from Gareth Pryce, Head of Estates Engineering, after our sample sign-off. Material authority:
samples only.

Thanks,
Fiona
""" + SIG_FIONA
case("c09_kes_fwd_oldquote", [],
     "2022 quote with 5.000 pcs forwarded as message/rfc822 and declared informational; live scope complete",
     [("FW_Oferta_PMH-1200.eml", eml(mail(
         FIONA, PIOTR, "FW: Oferta PMH-1200 / quotation 2022-117 (for info only)",
         "Mon, 27 May 2024 11:20:00 +0100", _t, attachments=[("rfc822", _fwd_inner)])))])


# c10 -- buyer reply corrects a quoted supplier assumption of auto-conversion (EML)
_sup = """Dear Ricardo,

the 4 pilot arms BGA-6000 are packed and leave Castel Mella on Thursday.
Once you approve the pilot arms we will roll straight into the 316 series arms, so we keep
our slot in week 30 on the anodizing line.

Cordiali saluti
Marco"""
_t = """Marco,

No, please. Sample sign-off does not release the 316.

The pilot lot is four (4) arms only, PO 4500018832. The 316 stay on hold until my written
release, which I will send only after the sample sign-off by Thiago and our budget check.
If you want to keep the slot in week 30, keep it at your own risk, but do not cut profile
and do not anodize for the 316 before my release.

Obrigado,
Ricardo
""" + SIG_RICARDO + """
Em qui., 13 de jun. de 2024 às 16:40, Marco Bellini escreveu:
""" + quote(_sup) + "\n"
case("c10_rsa_correction", [],
     "buyer reply corrects quoted supplier line 'roll straight into the 316'; complete scope",
     [("RE_pilot_arms_BGA-6000.eml", eml(mail(
         RICARDO, MARCO, "RE: pilot arms BGA-6000 - shipment",
         "Fri, 14 Jun 2024 08:05:00 -0300", _t, cc=JULIANA,
         in_reply_to="<h199-bl0613@barrierelombarde.it>")))])


# c11 -- WhatsApp: supplier says deposit does not release production (TXT)
case("c11_lpm_whatsapp_deposit", [],
     "WhatsApp: deposit for 8 samples; supplier says deposit does not release the 392; hold, event, person stated",
     [("WhatsApp Chat with Lily Chen Haoyun.txt", """\
22/05/2024, 09:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
22/05/2024, 09:02 - Maricel Dizon: Good morning Ms Lily! 🙂 Deposit for the 8 sample modules SBM-500 was sent na this morning via BDO, USD 412.00. Pls check
22/05/2024, 09:10 - Lily Chen Haoyun: Good morning Maricel. OK I will ask finance to check
22/05/2024, 11:37 - Lily Chen Haoyun: Received, thank you. Just to be clear: this deposit is for samples only. Deposit does not release production of the 392 pcs. We wait for written release from Engr. Ramon after sample sign-off
22/05/2024, 11:40 - Maricel Dizon: Yes correct po 👍 8 pcs only for now. Balance 392 is on hold, not released. Engr. Ramon will send the written release once he signs off the samples
22/05/2024, 11:41 - Maricel Dizon: Also pls include a dozen spare M12 anchor bolts in the sample box, free of charge if possible hehe
22/05/2024, 11:45 - Lily Chen Haoyun: No problem, 12 pcs M12x120 anchors free 😊
22/05/2024, 11:45 - Lily Chen Haoyun: Samples ready 5 June, ship by DHL
""")])


# c12 -- supplier acknowledgement restating the hold (EML, quoted + PDF attachment)
_ack_pdf = pdf([
    ("h1", "ORDER ACKNOWLEDGEMENT / POTWIERDZENIE ZAMOWIENIA"),
    ("p", "Metalpark Sp. z o.o., ul. Gorecka 104, 61-483 Poznan, NIP 7792381146"),
    ("table", [
        ["Customer", "Kestrel Parking Services Ltd", "Ack. no.", "PZ/24/0588"],
        ["Customer PO", "4100-2295", "Date", "29.05.2024"],
    ]),
    ("sp",),
    ("table", [
        ["Pos.", "Part", "Scope", "Qty", "Price PLN", "Delivery"],
        ["1", "PMH-1200 Rev B parking-meter housing", "sample", "4", "1 170,00", "wk 25"],
        ["-", "PMH-1200 Rev B balance", "not released - on hold", "356", "-", "-"],
    ]),
    ("sp",),
    ("p", "Material authority: sample only. We buy sheet DC01 1,5 mm and powder RAL 7016 for the 4 "
          "sample housings only. Nothing is bought or cut for the 356."),
    ("p", "The 356 will be produced only after written release from Mr Gareth Pryce (Kestrel) "
          "following your sample sign-off."),
    ("p", "Agnieszka Wojcik, Quality / Piotr Nowak, Key Account"),
], title="Acknowledgement PZ/24/0588", author="Metalpark")
_buy = """Piotr,

PO 4100-2295 attached: four (4) sample parking-meter housings PMH-1200 Rev B.
The remaining 356 housings are not released. Material authority is for the samples only.
They will be released only in writing by Gareth Pryce, Head of Estates Engineering,
after our sample sign-off.

Cheers
Fiona"""
_t = """Dear Fiona,

Thank you for the PO. We acknowledge it as written, our acknowledgement PZ/24/0588 is
attached:

 - 4 (four) sample housings PMH-1200 Rev B, delivery week 25
 - 356 housings not released, on hold, no material bought or cut for them
 - we wait for written release from Mr Gareth Pryce after your sample sign-off

Best regards / Pozdrawiam
Piotr
""" + SIG_PIOTR + """
From: Fiona Marsh
Sent: Tuesday, 28 May 2024 16:12
""" + quote(_buy) + "\n"
case("c12_mp_ack", [],
     "supplier acknowledgement restates sample-only scope, hold, material authority and release person",
     [("RE_PO_4100-2295.eml", eml(mail(
         PIOTR, FIONA, "RE: PO 4100-2295 PMH-1200 samples - acknowledgement",
         "Wed, 29 May 2024 10:31:00 +0200", _t, html=as_html(_t),
         attachments=[("PZ_24_0588.pdf", _ack_pdf, PDF_MT)],
         in_reply_to="<h199-po41002295@kestrelparking.co.uk>")))])


# c13 -- supplier portal status restating hold and sample-only material (HTML)
case("c13_ant_portal", [],
     "supplier portal status page: 12 released/produced, 1.588 on hold, sample-only material",
     [("order_45-1192.html", html_page("Anadolu Trafik - Customer order status", """\
<h2>Anadolu Trafik Ekipmanları A.Ş. &mdash; Customer order status</h2>
<p>Customer: <b>Al-Nakheel Roads &amp; Municipal Contracting Co.</b> &middot; Customer PO: <b>45-1192</b>
&middot; Our order: SO-24-1190 &middot; Updated 27.05.2024 14:20 (GMT+3)</p>
<table>
<tr><th>Part</th><th>Description</th><th>Released</th><th>Produced</th><th>Shipped</th><th>On hold</th></tr>
<tr><td>BS-273</td><td>Bollard sleeve &Oslash;273 x 1200, HDG EN ISO 1461</td><td>12</td><td>12</td><td>0</td><td>1.588</td></tr>
</table>
<h3>Scope as written by customer</h3>
<ul>
<li>Sample lot: twelve (12) sleeves &mdash; released.</li>
<li>Balance 1.588 sleeves &mdash; <b>not released</b>, on hold.</li>
<li>Unlock: sample sign-off by Eng. Khalid Al-Harbi, then written release by Mr. Faisal Al-Otaibi (Procurement Manager).</li>
<li>Material authority: <b>sample only</b> (pipe &Oslash;273 x 6.3 for 12 pcs). No pipe reserved for the balance.</li>
</ul>
<div class="note">Status: samples waiting inspection at Riyadh yard. Nothing scheduled for the balance.</div>
<p style="color:#777">Anadolu Trafik &middot; ISO 9001:2015 &middot; EN 12899-1 &middot; Gebze OSB 3. Cad. No: 17</p>
"""))])


# c14 -- interim sample disposition with quantity and date limits (DOCX)
case("c14_rsa_interim", [],
     "interim disposition limited to 600 pcs and 30/09/2024, states it releases nothing; release by Ricardo",
     [("DISP-INT-0031_CB-750.docx", docx_bytes([
         ("h1", "Disposição interina / Interim disposition DISP-INT-0031"),
         ("p", "Rodovias Serra Azul - Engenharia de Tráfego"),
         ("table", [
             ["Item", "Entry"],
             ["Part", "Cone base CB-750 (4 kg), drawing RSA-DES-0750 rev 3"],
             ["Supplier", "Ningbo Haoyun Traffic Facilities Co., Ltd."],
             ["Samples", "10 pcs, received 10/06/2024"],
             ["Deviation", "colour black instead of dark grey RAL 7021; hardness 62 Shore A (spec 65 +/- 5)"],
         ]),
         ("h", "Disposition"),
         ("p", "Interim. The deviation is accepted for up to 600 pcs and until 30/09/2024, "
               "whichever comes first. After that the bases must be RAL 7021."),
         ("p", "This is a sample disposition only. It releases no production quantity by itself. "
               "Production quantities come only with a call-off signed by Ricardo Menezes, "
               "Gerente de Engenharia de Tráfego. The next call-off (CO-03) will state the quantity."),
         ("p", "Assinado: Thiago Lopes, Engenheiro de Operações - 12/06/2024"),
     ], author="Thiago Lopes"))])


# c15 -- full-quantity SAP PO full of quantity-like identifiers (TXT)
case("c15_nak_sap_repeat", [],
     "full-quantity repeat PO of 1,600 sleeves, identifiers like DRG 4500 Rev 12, ISO 9227 720 h",
     [("PO_45-1215_print.txt", """\
AL-NAKHEEL ROADS & MUNICIPAL CONTRACTING CO.               PURCHASE ORDER         Page 1/1
P.O. Box 88412 Riyadh 11672 - KSA                          PO No.   : 45-1215
                                                           PO Date  : 02.06.2024
Vendor   : 200934 ANADOLU TRAFIK EKIPMANLARI A.S.          Currency : USD
           GEBZE OSB 3. CAD. NO 17, KOCAELI, TURKIYE       Incoterm : CFR DAMMAM
Buyer    : M. SIDDIQUI  ext. 4418                          Pay terms: 60 DAYS
-------------------------------------------------------------------------------------------
ITM  MATERIAL       DESCRIPTION                             QTY   UOM   PRICE      NET VALUE
-------------------------------------------------------------------------------------------
010  BS-273-1200    BOLLARD SLEEVE D273 X 1200 HDG        1,600   EA    38.50      61,600.00
                    DRG 4500 REV 12 / MAT S235JR
020  CAP-M16X2      CAP BOLT M16X2 X 40 A4-70             1,600   EA     1.15       1,840.00
030  TST-9227       SALT SPRAY TEST ISO 9227 720 H            1   LOT  450.00         450.00
-------------------------------------------------------------------------------------------
                                                               TOTAL NET USD      63,890.00
HEADER TEXT:
 FULL QUANTITY ORDER - 1,600 SLEEVES. REPEAT OF PO 45-0876 (SAME DRG 4500 REV 12).
 NO SAMPLE LOT REQUIRED - PART ALREADY QUALIFIED 2023 (REPORT QR-2023-1600).
 DELIVERY IN 2 SHIPMENTS OF 800 EA: 30.06.2024 AND 28.07.2024.
 GALVANIZING EN ISO 1461 MIN 85 UM. SUPPLIER ISO 9001:2015. CERT EN 10204 3.1.
 PLEASE PROCEED WITH THE FULL 1,600 EA AS PER THIS PO.
-------------------------------------------------------------------------------------------
AUTHORIZED: FAISAL AL-OTAIBI, PROCUREMENT MANAGER         PRINTED 02.06.2024 10:14 SIDDIQUIM
""")])


# c16 -- sample PO with complete scope note, quote tiers marked information only (PDF)
case("c16_lpm_samplepo", [],
     "sample PO for 8 modules with complete scope note; quote tiers labelled information only, not released",
     [("LPM-PO-24-0815.pdf", pdf([
         ("h1", "LUZON PRIME MALLS INC."),
         ("p", "Purchasing Department - 18/F Prime Tower, Ortigas Center, Pasig City 1605"),
         ("h", "PURCHASE ORDER No. LPM-PO-24-0815"),
         ("table", [
             ["Supplier", "Ningbo Haoyun Traffic Facilities Co., Ltd.", "Date", "15 May 2024"],
             ["Quotation", "HY-Q-240509", "Terms", "T/T 100% before shipment (samples)"],
         ]),
         ("sp",),
         ("table", [
             ["Item", "Description", "Scope", "Qty", "Unit price USD", "Amount USD"],
             ["1", "SBM-500 speed-bump module 500x350x50, yellow/black", "SAMPLE", "8", "51.50", "412.00"],
             ["2", "M12 anchor set for SBM-500", "SAMPLE", "8", "included", "-"],
         ]),
         ("sp",),
         ("p", "Quotation reference - INFORMATION ONLY, NOT RELEASED, NOT ORDERED:"),
         ("table", [
             ["Quoted tier", "Qty", "Unit price USD"],
             ["Tier 1", "400", "38.90"],
             ["Tier 2", "800", "36.20"],
         ]),
         ("sp",),
         ("h", "SCOPE NOTE"),
         ("p", "1. This PO releases eight (8) sample modules only."),
         ("p", "2. Any production quantity is NOT released. Do not produce it and do not buy "
               "material for it. Material authority: samples only."),
         ("p", "3. Please make and ship the 8 samples to Pasig warehouse for load and colour test."),
         ("p", "4. Production is released only by a written release from Engr. Ramon Villanueva, "
               "Head of Facilities Engineering, after sample sign-off."),
         ("p", "Prepared by: Maricel Dizon, Purchasing Officer"),
     ], title="LPM-PO-24-0815", author="Luzon Prime Malls"))])


# c17 -- buyer portal PO page with complete scope (HTML)
case("c17_kes_portal_po", [],
     "buyer portal PO page for 6 sample arms; quoted 234 marked not released; event and person named",
     [("po_4100-2244.html", html_page("Kestrel Supplier Portal - PO 4100-2244", """\
<div style="background:#0b3d5c;color:#fff;padding:6px 10px"><b>Kestrel Parking Services</b> &middot; Supplier Portal</div>
<h2>Purchase order 4100-2244 &mdash; Barriere Lombarde S.r.l.</h2>
<p>Issued 09/05/2024 by Fiona Marsh (Category Buyer) &middot; Delivery: Kestrel depot, Stourton, Leeds LS10</p>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Scope</th><th>Qty</th><th>Unit price</th></tr>
<tr><td>1</td><td>BGA-4500 Rev C</td><td>Barrier-gate arm 4.500 mm, RAL 9010, red bands</td><td>Sample</td><td>6</td><td>EUR 212,00</td></tr>
</table>
<p>Quoted production quantity (quote BL-Q-24-0311): 234 arms &mdash; <i>for information only, not released</i>.</p>
<div class="note">
<b>Scope of this PO.</b> This PO releases the 6 sample arms only. The 234 production arms are not released:
do not build them and do not buy profile for them. Make the 6 samples for the fit trial at Wellington Street.
The 234 are released only by a written release from Gareth Pryce, Head of Estates Engineering, after sample sign-off.
</div>
<p><button disabled>Acknowledge scope</button> &nbsp; Status: awaiting supplier acknowledgement</p>
"""))])


# c18 -- Teams chat, go-ahead scoped to the 6 pilot arms only (TXT)
case("c18_kes_teams_scoped", [],
     "Teams go-ahead scoped to 'the 6 pilot arms only'; 234 not released until Gareth's written release",
     [("Teams_chat_BGA-4500.txt", """\
Microsoft Teams - chat export
Chat: Kestrel / Barriere Lombarde - BGA-4500
Exported 24/05/2024 17:02 by Fiona Marsh

[23/05/2024 10:11] Marco Bellini (External)
Good morning, profile for samples arrived today. We can cut tomorrow if you confirm

[23/05/2024 10:19] Fiona Marsh
Morning Marco, PO 4100-2244 is on the portal. Gareth will confirm

[23/05/2024 10:46] Gareth Pryce
Marco - go ahead with the 6 pilot arms only. The other 234 are not released. They wait for my
written release after Tom's sample sign-off at Wellington St. Don't cut profile for the 234.

[23/05/2024 10:48] Marco Bellini (External)
Clear, 6 arms only. Thank you Gareth 👍

[23/05/2024 10:50] Fiona Marsh
👍
""")])


# c19 -- kick-off minutes keeping sign-off, PO and production release apart (DOCX)
case("c19_nak_minutes", [],
     "minutes keep sample sign-off, PO issued and production release apart; scope complete",
     [("MOM_SP-3000_kickoff.docx", docx_bytes([
         ("h1", "Minutes of meeting - sign posts SP-3000, North Riyadh Dist. 9"),
         ("p", "Date: 19/05/2024, 11:00 (Teams). Attendees: Faisal Al-Otaibi, Eng. Khalid Al-Harbi, "
               "Mohammed Siddiqui (Al-Nakheel); Ahmed Fathy, Eng. Mostafa Samir (Nile Delta)."),
         ("h", "Points"),
         ("num", "PO issued: PO 4510-0082 was issued on 16/05 for twenty (20) sample posts SP-3000. "
                 "The PO covers the samples only."),
         ("num", "Sample sign-off: Eng. Khalid will inspect the 20 posts at Riyadh yard (zinc "
                 "thickness, straightness 1/500, M8 clamp fit) and record the sign-off."),
         ("num", "Production release: the balance of 1,980 posts is not released. It is released "
                 "only by a written release from Faisal Al-Otaibi after the sample sign-off."),
         ("num", "Material: Nile Delta buys tube Ø76 x 3.2 for the 20 samples only. Nothing for the "
                 "1,980 until the production release."),
         ("num", "Nile Delta asked about payment terms for the series; Mohammed to send the draft "
                 "terms. Terms do not change the points above."),
         ("h", "Actions"),
         ("table", [
             ["Action", "Owner", "Due"],
             ["Ship 20 sample posts", "Ahmed Fathy", "02/06/2024"],
             ["Sample sign-off record", "Eng. Khalid Al-Harbi", "09/06/2024"],
             ["Decide on production release", "Faisal Al-Otaibi", "after sign-off"],
         ]),
         ("p", "Minutes: Mohammed Siddiqui"),
     ], author="Mohammed Siddiqui"))])


# c20 -- partial production release, rest on hold with event and person (EML alt + PDF)
_rel_pdf = pdf([
    ("h1", "LIBERACAO DE PRODUCAO / PRODUCTION RELEASE PR-2024-011"),
    ("table", [
        ["Pedido / PO", "4500019120", "Fornecedor", "Ningbo Haoyun"],
        ["Material", "CB-750 cone base 4 kg", "Data", "17/06/2024"],
    ]),
    ("sp",),
    ("table", [
        ["", "Qty"],
        ["PO quantity", "2.400"],
        ["Samples (signed off 12/06/2024, Thiago Lopes)", "10"],
        ["Released by this document", "1.200"],
        ["Not released - on hold", "1.190"],
    ]),
    ("sp",),
    ("p", "The 1.190 not released are released only by PR-2024-012, signed by Ricardo Menezes, "
          "after lot acceptance of the 1.200 at CD Ribeirao Preto."),
    ("p", "Ricardo Menezes - Gerente de Engenharia de Trafego"),
], title="PR-2024-011", author="Rodovias Serra Azul")
_t = """Hi Lily,

Please find attached production release PR-2024-011 for PO 4500019120 (cone base CB-750).

 - Released now: 1.200 cone bases (one thousand two hundred).
 - The 10 samples were signed off on 12/06 by Thiago.
 - The remaining 1.190 are NOT released. They will be released only with PR-2024-012,
   signed by me, after lot acceptance of these 1.200 in our DC in Ribeirão Preto.

Please confirm the ship date of the 1.200.

Abraço,
Ricardo
""" + SIG_RICARDO
case("c20_rsa_release", [],
     "written release of 1.200 with remaining 1.190 on hold until PR-2024-012 after lot acceptance, signed by Ricardo",
     [("PR-2024-011.eml", eml(mail(
         RICARDO, LILY, "Production release PR-2024-011 - PO 4500019120 CB-750",
         "Mon, 17 Jun 2024 09:30:00 -0300", _t, html=as_html(_t), cc=JULIANA,
         attachments=[("PR-2024-011.pdf", _rel_pdf, PDF_MT)])))])


# c21 -- supplier status report, produced <= released, material within staged authority (PDF)
case("c21_nd_status", [],
     "supplier status report: produced within release, material within written staged authority MA-07",
     [("ND_status_wk25.pdf", pdf([
         ("h1", "Nile Delta Castings & Signs - Weekly status"),
         ("p", "Customer: Al-Nakheel Roads & Municipal Contracting Co. - Week 25 / 2024"),
         ("table", [
             ["PO", "Part", "PO qty", "Released", "Produced", "Shipped", "On hold"],
             ["4510-0090", "SP-3000 sign post Ø76", "2,000", "200", "180", "120", "1,800"],
         ]),
         ("sp",),
         ("table", [
             ["Material", "Bought for (posts)", "Authority"],
             ["Tube Ø76 x 3.2 S235", "300", "staged up to 300 posts - letter MA-07, signed F. Al-Otaibi"],
             ["Zinc for HDG", "200", "within release"],
         ]),
         ("sp",),
         ("p", "Remarks: the 20 sample posts were signed off 09/06 by Eng. Khalid. Written release "
               "of 180 posts received 11/06 from Mr. Faisal Al-Otaibi, so 200 posts are released in "
               "total (20 samples + 180). Balance 1,800 posts on hold, not released; we "
               "wait for his next written release. Tube for 100 posts above the release is staged "
               "under the written material authority MA-07 (max 300 posts)."),
         ("p", "Prepared: Eng. Mostafa Samir, Plant Manager"),
     ], title="Weekly status wk25", author="Nile Delta"))])


# c22 -- stop notice saved as text (TXT)
case("c22_rsa_stop", [],
     "stop notice: nothing more to start; 40 produced; balance on hold until written release by Ricardo with revised PO",
     [("STOP_4500018832.txt", """\
From: Ricardo Menezes <ricardo.menezes@serraazul-rodovias.com.br>
To: Marco Bellini <m.bellini@barrierelombarde.it>
Cc: Juliana Ferraz <juliana.ferraz@serraazul-rodovias.com.br>
Date: Tue, 02 Jul 2024 07:48:00 -0300
Subject: STOP - PO 4500018832 barrier arms BGA-6000

Marco,

STOP on PO 4500018832 with immediate effect. The ANTT asked us to change the arm length at
the Batatais plaza (6.000 mm -> 5.500 mm), drawing RSA-BAR-6000 rev 7 is withdrawn.

 - Nothing more may start on this PO, released or not.
 - The 40 arms already produced under release PR-2024-007: keep them in your warehouse,
   do not ship.
 - The balance of 276 arms stays on hold, not released.
 - Work resumes only with a revised PO (new length) and a written release signed by me.

Please confirm by return that the line is stopped.

Ricardo Menezes
Gerente de Engenharia de Tráfego
Rodovias Serra Azul Concessionária S.A.
""")])


# c23 -- deposit paid, buyer says it does not release production (EML quoted)
_sup = """Dear Eng. Mohammed,

Kindly find attached our proforma PI-ND-24-233 for the advance payment of PO 4510-0082.

Best regards
Ahmed Fathy"""
_t = """Dear Ahmed,

The 30% advance for PO 4510-0082 was transferred today, SWIFT ref. NCBKSAJE-240604-0071,
SAR 70,800.00.

Please note: this payment does not release production. PO 4510-0082 covers twenty (20)
sample posts SP-3000 only. The balance of 1,980 posts is not released and needs a written
release from Mr. Faisal Al-Otaibi after the sample sign-off by Eng. Khalid. The advance is a
commercial term only.

Regards,
Mohammed
""" + SIG_MOHAMMED + """
On Sun, 2 Jun 2024 at 13:15, Ahmed Fathy wrote:
""" + quote(_sup) + "\n"
case("c23_nak_deposit_not_release", [],
     "buyer: advance paid, 'this payment does not release production'; sample scope complete",
     [("RE_proforma_PI-ND-24-233.eml", eml(mail(
         MOHAMMED, AHMED, "RE: Proforma PI-ND-24-233 - PO 4510-0082",
         "Tue, 04 Jun 2024 12:02:00 +0300", _t, cc=FAISAL,
         in_reply_to="<h199-pi24233@niledelta-signs.com.eg>")))])


# c24 -- cover mail + ERP PO + supplier quote, consistent (multi-file: EML, TXT, PDF)
_t = """Hi Piotr,

Please find attached our PO 4100-2305 (ERP printout) for the PMH-1200 Rev C samples, and your
quote MP/Q/24/041 for reference.

Just so there's no confusion: the PO covers four (4) sample housings only. The 356 production
housings in your quote are for information only and are not released. Please don't order sheet
or powder for them. Gareth Pryce will release the production quantity in writing once we've
signed off the samples.

Cheers,
Fiona
""" + SIG_FIONA
case("c24_kes_bundle", [],
     "cover mail + ERP PO + quote: 4 samples, quote production marked informational, hold/event/person stated",
     [("cover_PO_4100-2305.eml", eml(mail(
         FIONA, PIOTR, "PO 4100-2305 - PMH-1200 Rev C samples", "Mon, 03 Jun 2024 15:44:00 +0100",
         _t, cc=GARETH))),
      ("PO_4100-2305.txt", """\
KESTREL PARKING SERVICES LTD          ORACLE EBS - PURCHASE ORDER            PAGE 1
PO NUMBER  : 4100-2305   REV 0        DATE : 03-JUN-2024
SUPPLIER   : METALPARK SP. Z O.O. (SITE POZNAN)   SUPPLIER NO 30991
SHIP TO    : KESTREL DEPOT STOURTON, LEEDS LS10 1SL
BUYER      : MARSH, FIONA
---------------------------------------------------------------------------------
LN  ITEM            DESCRIPTION                      QTY  UOM  UNIT PRICE    AMOUNT
 1  PMH-1200-C      PARKING METER HOUSING REV C        4  EA     1170.00   4680.00
                    SCOPE: SAMPLE                                 CURRENCY: PLN
---------------------------------------------------------------------------------
NOTE TO SUPPLIER:
 THIS PO COVERS 4 SAMPLE HOUSINGS ONLY. PRODUCTION QTY 356 IS NOT RELEASED.
 DO NOT BUY MATERIAL FOR THE 356. MATERIAL AUTHORITY: SAMPLES ONLY.
 PRODUCTION IS RELEASED ONLY BY WRITTEN RELEASE FROM GARETH PRYCE, HEAD OF
 ESTATES ENGINEERING, AFTER SAMPLE SIGN-OFF.
 DRAWING PMH-1200 REV C, POWDER RAL 7016, LOCK CUT-OUT ABLOY PL330, IP54.
---------------------------------------------------------------------------------
TOTAL PLN 4680.00
"""),
      ("MP_Q_24_041.pdf", pdf([
          ("h1", "METALPARK Sp. z o.o. - OFERTA / QUOTATION MP/Q/24/041"),
          ("p", "Poznan, 21.05.2024 - for Kestrel Parking Services Ltd, Ms Fiona Marsh"),
          ("table", [
              ["Item", "Description", "Qty", "Price PLN / pc"],
              ["1", "PMH-1200 Rev C sample housing", "4", "1 170,00"],
              ["2", "PMH-1200 Rev C production", "356", "598,00"],
              ["3", "Spare lock plate PMH-LP", "20", "41,50"],
          ]),
          ("sp",),
          ("p", "Sheet DC01 1,5 mm, laser cut, bent, MIG welded, powder RAL 7016 80 µm. Salt spray "
                "ISO 9227 480 h. Lead time samples 3 weeks, production 6 weeks after your release."),
          ("p", "Piotr Nowak, Key Account Manager"),
      ], title="MP/Q/24/041", author="Metalpark")),
      ])


# c25 -- buyer portal PO + supplier acknowledgement (multi-file: HTML, EML)
_t = """Dear Ms. Maricel,

Good day. We acknowledge your PO LPM-PO-24-0902 as written in your portal:

 - 10 (ten) sample bollard sleeves BS-168, stainless cover, for Marikina mall drop-off
 - balance 290 sleeves not released, on hold
 - release of the balance only by written release from Engr. Ramon Villanueva after
   sample sign-off
 - we buy pipe Ø168 only for the 10 samples

Samples ship 14.06 by air to Manila.

Best regards
Emre
""" + SIG_EMRE
case("c25_lpm_portal_ack", [],
     "buyer portal PO page and supplier acknowledgement agree: 10 samples, 290 on hold, event and Ramon named",
     [("portal_LPM-PO-24-0902.html", html_page("Luzon Prime Malls - Supplier Portal", """\
<h2>Luzon Prime Malls Inc. &mdash; Supplier Portal</h2>
<p>PO <b>LPM-PO-24-0902</b> &middot; Supplier: Anadolu Trafik Ekipmanları A.Ş. &middot; Issued 27 May 2024 by Maricel Dizon</p>
<table>
<tr><th>Item</th><th>Description</th><th>Scope</th><th>Qty</th><th>Unit price</th></tr>
<tr><td>1</td><td>BS-168 bollard sleeve &Oslash;168 x 900, SS304 cover</td><td>Sample</td><td>10</td><td>USD 46.00</td></tr>
</table>
<div class="note">
<p><b>Scope note.</b> This PO releases 10 sample sleeves only. The balance of 290 sleeves is <b>not released</b> &ndash;
no production and no material for it. Please make the 10 samples for the Marikina drop-off trial.</p>
<p>The balance is released only by a written release from Engr. Ramon Villanueva, Head of Facilities Engineering,
after sample sign-off.</p>
</div>
""")),
      ("RE_LPM-PO-24-0902.eml", eml(mail(
          EMRE, MARICEL, "RE: LPM-PO-24-0902 bollard sleeves - acknowledgement",
          "Thu, 30 May 2024 09:12:00 +0300", _t))),
      ])


# ================================================================ POSITIVE

# p01 -- sample PO mail with the supplier quote attached, 240 unmarked (EML alt + PDF)
_q = pdf([
    ("h1", "BARRIERE LOMBARDE S.r.l."),
    ("p", "Via dell'Industria 41, 25030 Castel Mella (BS) - P.IVA IT 03318870987"),
    ("h", "OFFERTA / QUOTATION  BL-Q-24-0318   (Brescia, 24/04/2024)"),
    ("p", "Spett.le Kestrel Parking Services Ltd - att.ne Ms Fiona Marsh"),
    ("table", [
        ["Pos.", "Description", "Qty", "Unit price", "Delivery"],
        ["1", "Sample arms BGA-4500 Rev C, 4.500 mm, RAL 9010", "6 pcs", "EUR 212,00", "3 weeks"],
        ["2", "Series arms BGA-4500 Rev C, 4.500 mm, RAL 9010", "240 pcs", "EUR 139,90", "6 weeks"],
        ["3", "Hub adaptor plate BGA-HP-10 (M10)", "246 pcs", "EUR 9,60", "with arms"],
    ]),
    ("sp",),
    ("p", "EXW Castel Mella, packing in crates of 20. Payment 30 days e.o.m. Validity 60 days."),
    ("p", "Marco Bellini - Ufficio Commerciale Export"),
], title="BL-Q-24-0318", author="Barriere Lombarde")
_t = """Hi Marco,

This is our PO 4100-2231 for the BGA-4500 Rev C sample arms, six (6) off, delivery to our
Stourton depot by 28 June please. The PO copy will follow from Oracle tonight.

I've attached your quote BL-Q-24-0318 so the pricing is on file with the PO.

Any questions, give me a shout.

Kind regards,
Fiona
""" + SIG_FIONA
case("p01_kes_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 6 arms with attached quote showing 240 series arms unmarked; no hold, no event, no person",
     [("PO_4100-2231.eml", eml(mail(
         FIONA, MARCO, "PO 4100-2231 - BGA-4500 Rev C sample arms", "Thu, 09 May 2024 14:22:00 +0100",
         _t, html=as_html(_t), attachments=[("BL-Q-24-0318.pdf", _q, PDF_MT)])))])


# p02 -- two-level quoted thread, buyer replies "all approved. Proceed." (EML)
_l2 = """Dear Emre,

PO 45-1187 attached covers 12 (twelve) sample sleeves BS-273 only.
The balance 1.588 pcs is not released - no material and no production for it.
Balance is released only by written release from Mr. Faisal Al-Otaibi, Procurement
Manager, after sample sign-off.

Regards
Mohammed"""
_l1 = """Dear Mohammed bey,

Samples of BS-273 (12 pcs) delivered to your Riyadh yard on 12.05, delivery note
ANT-DN-24-0511. Please inform us the result of inspection.

Best regards
Emre

On 2 May 2024, at 09:40, Mohammed Siddiqui wrote:
""" + quote(_l2)
_t = """Dear Emre,

Eng. Khalid checked the samples in site yesterday, all approved. Proceed.

Regards,
Mohammed
""" + SIG_MOHAMMED + """
On 13 May 2024, at 11:02, Emre Yıldız wrote:
""" + quote(_l1) + "\n"
case("p02_nak_approved_proceed", ["RG002"],
     "buyer 'all approved. Proceed.' names neither sample-only nor a quantity; quoted scope otherwise complete",
     [("RE_RE_samples_BS-273.eml", eml(mail(
         MOHAMMED, EMRE, "RE: RE: PO 45-1187 samples BS-273 delivered", "Wed, 15 May 2024 09:58:00 +0300",
         _t, in_reply_to="<h199-ant0513@anadolutrafik.com.tr>")))])


# p03 -- forwarded engineering mail (rfc822); buyer rolls sample approval into the lot (EML)
_inner = mail(THIAGO, JULIANA, "Amostras CB-750 - teste de campo km 312",
              "Tue, 11 Jun 2024 17:20:00 -0300", """Ju,

as 10 amostras da base de cone CB-750 foram aprovadas no teste de campo na praça do
km 312 (impacto, estabilidade com vento de caminhão, cor).

Próximo passo: liberação escrita do Ricardo para o lote.

Abs,
Thiago Lopes
Engenharia de Operações""")
_t = """Hi Lily,

Good news! See below from our engineering, the 10 samples CB-750 were approved in the field
test. So as we spoke by phone, you can continue with the 2.390 cone bases of PO 4500019120
now, no need to wait for anything else. We are late for the Jardinópolis plaza.

Abraços,
Juliana
""" + SIG_JULIANA
case("p03_rsa_fwd_rolls_on", ["RG007"],
     "buyer forwards sample approval (rfc822) and says continue with the 2.390, no need to wait; written release bypassed",
     [("FW_Amostras_CB-750.eml", eml(mail(
         JULIANA, LILY, "FW: Amostras CB-750 - teste de campo km 312", "Wed, 12 Jun 2024 08:14:00 -0300",
         _t, attachments=[("rfc822", _inner)])))])


# p04 -- downpayment remitted, "kindly start the production of the 392" (EML alt + text att)
_bank = """\
BDO UNIBANK, INC. - OUTWARD TELEGRAPHIC TRANSFER ADVICE
Reference no.   : OTT-2405-220388
Value date      : 22-MAY-2024
Remitter        : LUZON PRIME MALLS INC.
Beneficiary     : NINGBO HAOYUN TRAFFIC FACILITIES CO., LTD.
Beneficiary bank: BANK OF CHINA, NINGBO BRANCH  SWIFT BKCHCNBJ92A
Amount          : USD 4,640.00
Details         : 30PCT DOWNPAYMENT PO LPM-PO-24-0733 SBM-500
Charges         : SHA
"""
_t = """Good day Ms. Lily!

We already remitted the 30% downpayment for PO LPM-PO-24-0733, bank advice attached po.

Since payment is done na, kindly start already the production of the 392 speed-bump modules
so we can meet the opening of the new wing of our Sta. Rosa mall on Sept 2. Engr. Ramon is
still on leave until next week so the sample sign-off will be a bit late, but we don't want
to lose time.

Thank you po and God bless!
""" + SIG_MARICEL
case("p04_lpm_downpayment_start", ["RG012"],
     "buyer: downpayment remitted, 'since payment is done, kindly start the production of the 392'",
     [("mail_LPM-PO-24-0733.eml", eml(mail(
         MARICEL, LILY, "Downpayment PO LPM-PO-24-0733 - pls start", "Wed, 22 May 2024 16:05:00 +0800",
         _t, html=as_html(_t), cc=JESSA,
         attachments=[("BDO_OTT-2405-220388.txt", _bank, "text/plain")])))])


# p05 -- supplier bought sheet for all 360 and will start series on sample approval (EML quoted)
_buy = """Piotr,

PO 4100-2290 for four (4) sample housings PMH-1200 Rev B.
The remaining 356 are not released. Release only in writing by Gareth Pryce,
Head of Estates Engineering, after sample sign-off. Material authority: samples only.

Thanks
Fiona"""
_t = """Dear Fiona,

thank you for PO. The 4 sample housings are in powder coating now, we ship on Friday by
DHL.

To keep your delivery date for the series we ordered already the sheet DC01 1,5 mm and the
Abloy locks for all 360 housings, the steel price is going up in June. After your approval of
the samples we start automatically the serial production, so no time is lost for you.

Best regards / Pozdrawiam
Piotr
""" + SIG_PIOTR + """
From: Fiona Marsh
Sent: Monday, 20 May 2024 12:40
""" + quote(_buy) + "\n"
case("p05_mp_sheet_for_all", ["RG006", "RG007"],
     "supplier bought sheet and locks for all 360 against a sample-only release, and will start series on sample approval",
     [("RE_PO_4100-2290_status.eml", eml(mail(
         PIOTR, FIONA, "RE: PO 4100-2290 PMH-1200 samples", "Wed, 22 May 2024 08:50:00 +0200", _t,
         in_reply_to="<h199-po41002290@kestrelparking.co.uk>")))])


# p06 -- PO acceptance and advance read as production authority, tube bought for all (EML + DOCX)
_oa = docx_bytes([
    ("h1", "ORDER ACCEPTANCE OA-ND-24-118"),
    ("p", "Nile Delta Castings & Signs S.A.E. - 10th of Ramadan City, Industrial Zone A3"),
    ("table", [
        ["Customer", "Al-Nakheel Roads & Municipal Contracting Co."],
        ["Customer PO", "4510-0071 dated 05/05/2024"],
        ["Part", "SP-3000 sign post Ø76 x 3000, HDG EN ISO 1461"],
        ["PO total", "2,000 pcs"],
        ["Of which samples", "20 pcs"],
        ["Balance", "1,980 pcs - subject to written release by Mr. Faisal Al-Otaibi after sample sign-off (as per PO)"],
        ["Payment", "30% advance, 70% against B/L copy"],
    ]),
    ("p", "We accept the PO with the above terms."),
    ("p", "Signed: Ahmed Fathy, Sales Manager - 09/05/2024"),
], author="Ahmed Fathy")
_t = """Dear Eng. Mohammed,

Greetings from Egypt.

We received your PO 4510-0071 and we accepted it, signed order acceptance OA-ND-24-118 is
attached. Also the advance payment received yesterday, thanks God.

So we started the production of the sign posts as per PO acceptance, and we purchased the
steel tubes Ø76 x 3.2 for the full PO quantity to secure the price before Eid.

We will send you pictures from the galvanizing next week.

Best regards,
Ahmed
""" + SIG_AHMED
case("p06_nd_accepted_started", ["RG006", "RG012"],
     "supplier treats PO acceptance and advance as authority to produce and buys tube for the full PO against a 20-sample release",
     [("mail_PO_4510-0071.eml", eml(mail(
         AHMED, MOHAMMED, "PO 4510-0071 - order acceptance and production start",
         "Mon, 13 May 2024 10:40:00 +0300", _t,
         attachments=[("OA-ND-24-118.docx", _oa, DOCX_MT)])))])


# p07 -- "approved" for samples and for the PO change by finance (EML alt)
_t = """Hi Piotr,

Quick update on PMH-1200.

The 4 sample housings were approved by Tom on Tuesday (fit on the Headingley pay station
plinth, lock cam OK, IP54 spray test OK). The PO change for the extra keys was approved by
finance yesterday as well.

Production is not released yet: the 356 housings stay on hold until Gareth Pryce sends you
the written release, which he'll do once the revised PO is out. Please don't cut sheet for the
356 yet.

Cheers,
Fiona
""" + SIG_FIONA
case("p07_kes_approved_twice", ["RG009"],
     "'approved' used for the technical sample result and for the commercial PO change; scope otherwise complete",
     [("PMH-1200_update.eml", eml(mail(
         FIONA, PIOTR, "PMH-1200 update - samples / PO change", "Thu, 06 Jun 2024 17:03:00 +0100",
         _t, html=as_html(_t), cc=TOM)))])


# p08 -- labelled requirement schedule sent as "our firm order" (EML + HTML att)
_sched = html_page("Requirement schedule 2025", """\
<h2>Al-Nakheel &mdash; Requirement schedule 2025 (forecast)</h2>
<p>Project: Riyadh North district works, phases 3&ndash;5 &middot; Part: BS-273 bollard sleeve &Oslash;273 x 1200</p>
<table>
<tr><th>Quarter</th><th>Phase</th><th>Qty (pcs)</th></tr>
<tr><td>Q1 2025</td><td>Phase 3</td><td>1,500</td></tr>
<tr><td>Q2 2025</td><td>Phase 3/4</td><td>1,800</td></tr>
<tr><td>Q3 2025</td><td>Phase 4</td><td>1,500</td></tr>
<tr><td>Q4 2025</td><td>Phase 5</td><td>1,200</td></tr>
<tr><th>Total</th><th></th><th>6,000</th></tr>
</table>
<p>Source: projects planning, rev 2, 20/05/2024</p>
""")
_t = """Dear Emre,

Please find attached our requirement schedule for 2025 for the Riyadh north district works:
6,000 bollard sleeves BS-273.

Please consider this as our firm order and book your capacity accordingly. PO will follow
after the 2025 budget is issued in December.

Regards,
Mohammed
""" + SIG_MOHAMMED
case("p08_nak_forecast_firm", ["RG008"],
     "buyer sends a schedule titled forecast and writes 'please consider this as our firm order'",
     [("mail_BS-273_2025.eml", eml(mail(
         MOHAMMED, EMRE, "Requirement 2025 - bollard sleeves BS-273", "Sun, 26 May 2024 10:15:00 +0300",
         _t, attachments=[("requirement_schedule_2025.html", _sched, "text/html")])))])


# p09 -- go ahead with the samples "as per PO", balance on hold until further notice (EML quoted)
_sup = """Dear Gareth,

the PO 4100-2231 arrived, thank you. Can we start the samples? We have the profile in
stock, so we can deliver in 2 weeks.

Cordiali saluti
Marco"""
_t = """Marco,

Thanks. Please go ahead with the sample arms as per our PO.

The production quantity is not released and stays on hold until further notice. I'll be the
one to release it, nobody else.

Gareth
""" + SIG_GARETH + """
On 14 May 2024, at 09:31, Marco Bellini wrote:
""" + quote(_sup) + "\n"
case("p09_kes_until_further_notice", ["RG004", "RG010"],
     "sample go-ahead 'as per our PO' never states the sample quantity; balance on hold 'until further notice' (no event)",
     [("RE_PO_4100-2231_start.eml", eml(mail(
         GARETH, MARCO, "RE: PO 4100-2231 - can we start?", "Tue, 14 May 2024 11:47:00 +0100", _t,
         html=as_html(_t), cc=FIONA, in_reply_to="<h199-bl0514@barrierelombarde.it>")))])


# p10 -- supplier confirms 6 pilots against 4 and starts the 320 on the advance (EML quoted)
_buy = """Marco, bom dia,

segue PO 4500018832: 4 (quatro) braços piloto BGA-6000 para a praça de Batatais.
O saldo de 316 braços NÃO está liberado. Liberação somente por escrito pelo Ricardo
Menezes, após aprovação das amostras.

The 30% advance will be paid this week as per your proforma.

Juliana"""
_t = """Dear Juliana,

thank you, we confirm the 6 pilot arms BGA-6000 for week 27.

We have also received your advance payment of 30%, grazie. With the payment received we
consider the order confirmed and we start the production of the 320 arms right after the
pilots, so the anodizing slot is not lost.

Cordiali saluti
Marco
""" + SIG_MARCO + """
Il giorno lun 3 giu 2024 alle ore 10:12 Juliana Ferraz ha scritto:
""" + quote(_buy) + "\n"
case("p10_bl_six_and_advance", ["RG011", "RG012"],
     "supplier confirms 6 pilot arms against the quoted PO's 4, and reads the advance as confirmation to produce the 320",
     [("RE_PO_4500018832.eml", eml(mail(
         MARCO, JULIANA, "RE: PO 4500018832 braços piloto BGA-6000", "Thu, 06 Jun 2024 15:26:00 +0200",
         _t, in_reply_to="<h199-po4500018832@serraazul-rodovias.com.br>")))])


# p11 -- sample PO with series quantity in notes and only a named person (PDF)
case("p11_nak_po_series_note", ["RG001", "RG003", "RG004"],
     "sample PO for 12 sleeves lists the quoted series 1.600 in its notes unmarked; names Faisal but no hold and no event",
     [("PO_45-1203.pdf", pdf([
         ("h1", "PURCHASE ORDER 45-1203"),
         ("p", "Al-Nakheel Roads & Municipal Contracting Co. - Procurement Dept. - Riyadh"),
         ("table", [
             ["Vendor", "Anadolu Trafik Ekipmanlari A.S., Gebze", "Date", "08/05/2024"],
             ["Buyer", "Mohammed Siddiqui", "Currency", "USD"],
         ]),
         ("sp",),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
             ["10", "BS-273", "Bollard sleeve Ø273 x 1200, HDG - SAMPLE", "12", "41.00", "492.00"],
             ["20", "FRT", "Air freight Istanbul - Riyadh", "1", "380.00", "380.00"],
         ]),
         ("sp",),
         ("p", "Notes:"),
         ("p", "1. Ref. quotation ANT-Q-24-118: series quantity 1.600 pcs @ USD 38,50, delivery 8 "
               "weeks, galvanizing EN ISO 1461 min. 85 µm."),
         ("p", "2. Series release: Mr. Faisal Al-Otaibi, Procurement Manager."),
         ("p", "3. Samples to Riyadh yard, Exit 18, attention Eng. Khalid Al-Harbi."),
         ("p", "Authorized: Faisal Al-Otaibi"),
     ], title="PO 45-1203", author="Al-Nakheel Procurement"))])


# p12 -- correct call-off, but a 6.000/year price basis appears unmarked (PDF)
case("p12_rsa_calloff_pricebasis", ["RG001"],
     "call-off releases 300 with balance 900 on hold until CO-06 by Ricardo; header shows 6.000 pcs/year unmarked",
     [("CO-05_4500019120.pdf", pdf([
         ("h1", "CHAMADA / CALL-OFF CO-05"),
         ("p", "Rodovias Serra Azul Concessionária S.A. - Suprimentos - Ribeirão Preto/SP"),
         ("table", [
             ["Pedido / PO", "4500019120", "Fornecedor", "Ningbo Haoyun Traffic Facilities"],
             ["Material", "CB-750 base de cone 4 kg", "Data", "24/06/2024"],
             ["Price basis (quotation HY-Q-2405)", "6.000 pcs/year", "Unit price", "USD 3,85"],
         ]),
         ("sp",),
         ("table", [
             ["", "Qty"],
             ["PO quantity", "1.200"],
             ["Released with CO-05 (delivery wk 33, CD Ribeirão Preto)", "300"],
             ["Saldo não liberado / balance not released", "900"],
         ]),
         ("sp",),
         ("p", "O saldo de 900 pcs fica bloqueado / the balance of 900 pcs is on hold until the next "
               "call-off CO-06, signed by Ricardo Menezes, Gerente de Engenharia de Tráfego."),
         ("p", "Please make and ship the 300 pcs only."),
         ("p", "Juliana Ferraz - Suprimentos"),
     ], title="CO-05", author="Rodovias Serra Azul"))])


# p13 -- supplier status: compound bought for 400, forecast written as confirmed order (PDF)
case("p13_hy_status_report", ["RG006", "RG008"],
     "supplier report: EPDM bought for 400 sets with 8 released and no material authority; 2025 forecast called a confirmed order",
     [("HY_status_W24.pdf", pdf([
         ("h1", "Ningbo Haoyun - Production status report W24"),
         ("p", "Customer: Luzon Prime Malls Inc. / PO LPM-PO-24-0733 / 14 June 2024"),
         ("table", [
             ["Item", "Qty", "Status"],
             ["SBM-500 sample modules (released)", "8", "finished, ship 18 June by DHL"],
             ["SBM-500 mass production", "392", "not released - waiting customer written release"],
             ["EPDM rubber compound + steel anchors purchased", "400 sets", "in warehouse (for full order)"],
         ]),
         ("sp",),
         ("h", "Planning 2025"),
         ("table", [
             ["Customer document", "Qty", "Our status"],
             ["Luzon Prime 2025 forecast (mail 02/06)", "4,000 pcs", "confirmed order, capacity reserved line 3"],
         ]),
         ("sp",),
         ("p", "Remark: we buy compound for full order because price of EPDM is rising, pls "
               "understand. 2025 quantity is treated as confirmed order in our ERP."),
         ("p", "Prepared by Wang Jun, Factory Manager"),
     ], title="Status W24", author="Ningbo Haoyun"))])


# p14 -- one PO, quantity 4 in the table and six (6) in the note (PDF)
case("p14_kes_po_4_vs_6", ["RG011"],
     "PO table says 4 sample housings, PO note says six (6); hold, event and person otherwise complete",
     [("PO_4100-2317.pdf", pdf([
         ("h1", "Kestrel Parking Services Ltd - Purchase Order 4100-2317"),
         ("p", "Supplier: Metalpark Sp. z o.o., Poznan - Date: 11/06/2024 - Buyer: Fiona Marsh"),
         ("table", [
             ["Line", "Item", "Description", "Scope", "Qty", "Unit price PLN"],
             ["1", "PMH-1200 Rev C", "Parking-meter housing, RAL 7016, IP54", "Sample", "4", "1 170,00"],
         ]),
         ("sp",),
         ("p", "Note to supplier: please supply six (6) sample housings for the fit trials at "
               "Headingley and Roundhay car parks."),
         ("p", "The production balance of 356 housings is not released. Do not buy sheet or locks "
               "for it. It will be released only in writing by Gareth Pryce, Head of Estates "
               "Engineering, after sample sign-off."),
         ("p", "Drawing PMH-1200 Rev C, sheet DC01 1,5 mm, salt spray ISO 9227 480 h."),
     ], title="PO 4100-2317", author="Kestrel Purchasing"))])


# p15 -- buyer sample inspection report ending "APPROVED - OK to proceed" (PDF)
case("p15_rsa_inspection_goodtorun", ["RG002"],
     "sample inspection report concludes 'APROVADO / APPROVED - OK to proceed' with no scope or quantity",
     [("RI-0217_BGA-6000.pdf", pdf([
         ("h1", "Relatório de inspeção de amostras / Sample inspection report RI-0217"),
         ("p", "Rodovias Serra Azul - Engenharia de Operações - 28/06/2024"),
         ("table", [
             ["Part", "Barrier-gate arm BGA-6000 (6.000 mm)", "Supplier", "Barriere Lombarde"],
             ["Samples inspected", "4 pilot arms", "Plaza", "Batatais km 351"],
         ]),
         ("sp",),
         ("table", [
             ["Characteristic", "Spec", "Measured", "OK/NOK"],
             ["Length", "6.000 +/- 6 mm", "5.998 / 6.002 / 6.001 / 5.999", "OK"],
             ["Straightness", "< 6 mm / 6 m", "2-4 mm", "OK"],
             ["Anodizing", "min 15 µm", "17-19 µm", "OK"],
             ["Opening time", "< 1,8 s", "1,4 s", "OK"],
             ["Hub fixing M12", "torque 45 Nm", "45 Nm", "OK"],
         ]),
         ("sp",),
         ("p", "Conclusão / Conclusion: APROVADO / APPROVED - OK to proceed."),
         ("p", "Thiago Lopes, Engenheiro de Operações"),
     ], title="RI-0217", author="Thiago Lopes"))])


# p16 -- supplier order confirmation turning a forecast into a firm order (PDF)
case("p16_ant_oc_firm", ["RG008"],
     "supplier order confirmation converts the buyer's 2025 forecast into 'firm order 6.000 pcs' with production weeks",
     [("OC-24-0457.pdf", pdf([
         ("h1", "ORDER CONFIRMATION OC-24-0457"),
         ("p", "Anadolu Trafik Ekipmanlari A.S. - Gebze OSB 3. Cad. No:17, Kocaeli"),
         ("table", [
             ["Customer", "Al-Nakheel Roads & Municipal Contracting Co.", "Date", "29.05.2024"],
             ["Customer document", "Forecast 2025 (mail M. Siddiqui 26.05.2024)", "Our ref.", "E. Yildiz"],
         ]),
         ("sp",),
         ("table", [
             ["Part", "Description", "Qty", "Status", "Production"],
             ["BS-273", "Bollard sleeve Ø273 x 1200 HDG", "6.000 pcs", "FIRM ORDER", "weeks 2-40 / 2025"],
         ]),
         ("sp",),
         ("p", "Based on your 2025 forecast we confirm the firm order of 6.000 pcs. Capacity is "
               "reserved on galvanizing line 2. Price USD 38,50 per pc, CFR Dammam."),
         ("p", "Emre Yildiz, Export Sales Manager"),
     ], title="OC-24-0457", author="Anadolu Trafik"))])


# p17 -- PO: production not yet released, but 'upon approval of samples ... proceed' (PDF)
case("p17_lpm_po_upon_approval", ["RG005", "RG007"],
     "PO says mass production may proceed upon sample approval (no recorded auto-conversion) and names nobody",
     [("LPM-PO-24-0733.pdf", pdf([
         ("h1", "LUZON PRIME MALLS INC. - PURCHASE ORDER LPM-PO-24-0733"),
         ("p", "Supplier: Ningbo Haoyun Traffic Facilities Co., Ltd. - Date: 10 May 2024"),
         ("table", [
             ["Item", "Description", "Scope", "Qty", "Unit price USD"],
             ["1", "SBM-500 speed-bump module, yellow/black", "Sample", "8", "51.50"],
         ]),
         ("sp",),
         ("p", "Terms and notes:"),
         ("p", "a) Mass production quantity 392 pcs: not yet released."),
         ("p", "b) Upon approval of samples, supplier may proceed to mass production."),
         ("p", "c) Payment: 30% downpayment, 70% before shipment."),
         ("p", "d) Load rating min. 20 t/axle; UV test 1000 h; warranty 2 years."),
         ("p", "Prepared by: Maricel Dizon, Purchasing Officer"),
     ], title="LPM-PO-24-0733", author="Luzon Prime Malls"))])


# p18 -- call-off 1 of 360, no hold/event; 'approved' for drawing and for PO (PDF)
case("p18_kes_calloff_approved", ["RG001", "RG003", "RG004", "RG009"],
     "call-off of 60 with programme 360 shown unmarked, no hold or event; 'approved' for drawing and for PO by finance",
     [("CO1_PO_4100-2290.pdf", pdf([
         ("h1", "Call-off 1 - blanket PO 4100-2290"),
         ("p", "Kestrel Parking Services Ltd to Metalpark Sp. z o.o. - 03/07/2024"),
         ("table", [
             ["Part", "PMH-1200 Rev B parking-meter housing"],
             ["Programme quantity", "360"],
             ["This call-off", "60 housings for the Q3 pay-station roll-out (Leeds, Bradford)"],
             ["Delivery", "week 34, Stourton depot"],
         ]),
         ("sp",),
         ("p", "Drawing PMH-1200 Rev B approved by Estates Engineering (Tom Whitcombe, 12/06). "
               "PO 4100-2290 approved by Finance 03/06."),
         ("p", "Release authority: Gareth Pryce, Head of Estates Engineering."),
         ("p", "Fiona Marsh, Category Buyer"),
     ], title="Call-off 1", author="Kestrel Purchasing"))])


# p19 -- WeChat: sample PO for 10, supplier restates 10 + 2,000, nothing on hold (TXT)
case("p19_lpm_wechat_quote", ["RG001", "RG003", "RG004", "RG005"],
     "chat: PO for 10 sample cone bases next to the quoted 2,000 mass production, no hold, event or person",
     [("WeChat_export_HaoyunLily.txt", """\
WeChat chat history export
Chat: Lily Chen 陈丽 (Haoyun Traffic)
Exported: 2024-05-06 18:30

2024-05-06 10:14:07  Jessa Santos
Hi Ms Lily, good morning! PO LPM-PO-24-0719 is sent to your email already for the cone base samples CB-450, 10 pcs 😊

2024-05-06 10:15:40  Lily Chen 陈丽
Good morning Jessa 😊 received. Our quotation HY-Q-240428 was 10 pcs sample + 2,000 pcs mass production, USD 3.85/pc at 2,000

2024-05-06 10:17:02  Jessa Santos
Yes po noted, 10 pcs + 2,000 pcs, thank you. Samples pls to Pasig warehouse, attention Mr. Dante (warehouse)

2024-05-06 10:18:55  Lily Chen 陈丽
OK noted. Samples can ship in 15 days by DHL. Colour orange with 2 white reflective ring, base 4.5 kg

2024-05-06 10:19:30  Jessa Santos
👍 thank you Ms Lily
""")])


# p20 -- WhatsApp: scope without a quantity, then "approved na po! Go ahead" (TXT)
case("p20_lpm_whatsapp_goahead", ["RG002", "RG010"],
     "chat never states the sample quantity; 'approved na po! Go ahead' with no scope",
     [("WhatsApp Chat with Lily Haoyun.txt", """\
03/06/2024, 08:31 - Maricel Dizon: Hi Ms Lily good morning. PO for the speed bump samples sent na to your email 🙂
03/06/2024, 08:32 - Maricel Dizon: Balance of the speed bumps on hold po, not released, until sample sign-off by Engr. Ramon. He will release in writing
03/06/2024, 08:50 - Lily Chen Haoyun: Good morning Maricel, received thank you. Samples ready around 20 June
20/06/2024, 15:02 - Lily Chen Haoyun: <Media omitted>
20/06/2024, 15:02 - Lily Chen Haoyun: <Media omitted>
20/06/2024, 15:03 - Lily Chen Haoyun: Samples photos, load test 20 ton OK, colour yellow RAL 1023. Ship tomorrow
21/06/2024, 10:44 - Maricel Dizon: Engr. Ramon checked the photos and the test report, approved na po! Go ahead 👍👍
21/06/2024, 10:46 - Lily Chen Haoyun: Thank you so much Maricel 🙏
""")])


# p21 -- Teams: PO "released" in SAP and production release; "Approved! Pode seguir" (TXT)
case("p21_rsa_teams_released", ["RG002", "RG009"],
     "'released' used for the SAP PO workflow and for production release; later 'Approved! go ahead' unscoped",
     [("Teams_RSA_BarriereLombarde.txt", """\
Microsoft Teams - exportação de chat / chat export
Chat: Serra Azul x Barriere Lombarde - BGA-6000 Batatais
------------------------------------------------------------
[10/06/2024 08:05] Juliana Ferraz
Giulia, bom dia! O PO 4500018832 foi liberado no SAP ontem / the PO was released in SAP yesterday (release strategy C2 done).

[10/06/2024 08:07] Juliana Ferraz
Scope: 4 braços piloto only. The other 316 are not released. Production release only in writing by Ricardo Menezes after sample sign-off.

[10/06/2024 08:20] Giulia Ferri (Guest)
Buongiorno Juliana, ok clear. Pilots in week 25

[27/06/2024 16:40] Thiago Lopes
Giulia, boa tarde. Os braços piloto passaram no teste em Batatais (abertura 1,4 s, anodização 17 µm). Approved! Pode seguir / go ahead 👍

[27/06/2024 16:42] Giulia Ferri (Guest)
Perfetto, grazie Thiago!!
""")])


# p22 -- Oracle PO: balance on hold until further notice, nobody named (TXT)
case("p22_kes_oracle_furthernotice", ["RG004", "RG005"],
     "ERP PO: 6 samples, balance 234 on hold 'until further notice', no event and no release person",
     [("PO_4100-2251_oracle.txt", """\
KESTREL PARKING SERVICES LTD          ORACLE EBS - STANDARD PURCHASE ORDER        PAGE 1 OF 1
PO NUMBER  : 4100-2251   REV 0        CREATION DATE : 15-MAY-2024
SUPPLIER   : BARRIERE LOMBARDE SRL (SITE CASTEL MELLA)    SUPPLIER NO 30874
SHIP TO    : KESTREL DEPOT, STOURTON, LEEDS LS10 1SL
BUYER      : MARSH, FIONA                                 CURRENCY : EUR
--------------------------------------------------------------------------------------------
LN  ITEM               DESCRIPTION                           QTY  UOM   UNIT PRICE     AMOUNT
 1  BGA-4500-C         BARRIER ARM 4500MM REV C RAL9010        6   EA       212.00    1272.00
                       SCOPE: SAMPLE / QUOTE BL-Q-24-0311
--------------------------------------------------------------------------------------------
NOTE TO SUPPLIER:
  SAMPLE QTY 6. BALANCE 234 NOT RELEASED - ON HOLD UNTIL FURTHER NOTICE.
  DO NOT MANUFACTURE OR PURCHASE MATERIAL FOR THE BALANCE.
  HUB FIXING 4X M10, SOFT-STOP KIT PER EN 12453.
--------------------------------------------------------------------------------------------
TOTAL EUR 1272.00                                  TERMS: 30 DAYS EOM
""")])


# p23 -- EDIFACT DELFOR: forecast lines flagged firm, "treat as firm order" (TXT)
case("p23_kes_delfor_firm", ["RG008"],
     "EDI delivery schedule sends 2025 forecast lines with firm commitment code and 'treat as firm order'",
     [("DELFOR_KES_MP_240701.txt", """\
EDIFACT DELFOR D.96A - interchange 000000451 - KESTRELPARK -> METALPARK - 01.07.2024 06:00
UNB+UNOC:3+KESTRELPARK:ZZ+METALPARK:ZZ+240701:0600+000000451'
UNH+1+DELFOR:D:96A:UN'
BGM+241+DF-2025-PMH+9'
DTM+137:20240701:102'
FTX+AAI+++2025 FORECAST PMH-1200 - 1 200 HOUSINGS - PLEASE TREAT AS FIRM ORDER:AND PLAN PRODUCTION'
NAD+BY+KESTRELPARK::92'
NAD+SE+30991::92'
NAD+ST+LEEDS-STOURTON::92'
LIN+1++PMH-1200-C:IN'
PIA+1+DRG-1200-REVC:DR'
QTY+1:300:EA'
SCC+1'
DTM+2:20250115:102'
QTY+1:300:EA'
SCC+1'
DTM+2:20250415:102'
QTY+1:300:EA'
SCC+1'
DTM+2:20250715:102'
QTY+1:300:EA'
SCC+1'
DTM+2:20251015:102'
UNT+24+1'
UNZ+1+000000451'
--------------------------------------------------------------------------------
Translation (Metalpark EDI viewer):
  Schedule DF-2025-PMH, part PMH-1200-C (drawing DRG-1200 Rev C)
  2025 forecast: 4 x 300 = 1 200 housings, each line SCC+1 = FIRM
  Free text: "2025 forecast - 1 200 housings - please treat as firm order and plan production"
""")])


# p24 -- advance transferred "so the order is released"; 2,000 vs 2,500 posts (TXT)
case("p24_nak_advance_released", ["RG011", "RG012"],
     "buyer says advance paid so the order is released; same mail gives two thousand (2,000) and 2,500 posts",
     [("mail_PO_4510-0102.txt", """\
From: Mohammed Siddiqui <m.siddiqui@alnakheel-contracting.com.sa>
To: Ahmed Fathy <ahmed.fathy@niledelta-signs.com.eg>
Date: Sun, 16 Jun 2024 09:20:00 +0300
Subject: PO 4510-0102 sign posts SP-3000 - advance transferred

Dear Ahmed,

As agreed in the meeting, PO 4510-0102 is for two thousand (2,000) sign posts SP-3000,
Ø76 x 3000, HDG EN ISO 1461, same drawing SP-3000 Rev 4 as the repeat orders.

The advance payment (30%) was transferred today, SWIFT ref NCBKSAJE-240616-0233. So the order
is released from our side, kindly start production of the 2,500 posts and send us the
galvanizing plan.

Delivery DAP Riyadh yard, first lot before 15 August please.

Regards,
Mohammed Siddiqui
Senior Buyer, Procurement Dept.
Al-Nakheel Roads & Municipal Contracting Co.
+966 11 520 4418
""")])


# p25 -- WhatsApp: supplier cut tubes for all 2,000 and will continue directly after sample approval (TXT)
case("p25_nd_whatsapp_cut_all", ["RG006", "RG007"],
     "supplier cut tube for all 2,000 posts against a 20-sample release and will continue 'directly' after sample approval",
     [("WhatsApp Chat with Eng Mostafa NileDelta.txt", """\
26/05/2024, 13:05 - Eng. Khalid Al-Harbi: Eng. Mostafa salam. Reminder: PO 4510-0082 is for 20 sample posts only. Balance 1,980 not released until written release from Mr. Faisal after sample sign-off
26/05/2024, 13:22 - Eng. Mostafa Samir: Wa alaikum salam ya Eng. Khalid. Noted 🙏
26/05/2024, 13:24 - Eng. Mostafa Samir: For your info we cut already the tubes for all 2,000 posts to save time, the saw was free this week
26/05/2024, 13:25 - Eng. Mostafa Samir: Inshallah after samples approval we continue directly the full quantity, no need to wait, so delivery will be fast for your project
26/05/2024, 14:40 - Eng. Khalid Al-Harbi: I am on site now, will call you later
""")])


# p26 -- supplier reads the PO "Released" status in the portal as release of the programme (TXT)
case("p26_mp_po_released_programme", ["RG009", "RG012"],
     "supplier: PO accepted and 'Released' in the buyer portal, so 'this is the release of the full programme'",
     [("mail_RE_PO_4100-2290.txt", """\
From: Piotr Nowak <piotr.nowak@metalpark.pl>
To: Fiona Marsh <fiona.marsh@kestrelparking.co.uk>
Date: Fri, 24 May 2024 13:11:00 +0200
Subject: RE: PO 4100-2290 PMH-1200 Rev B

Dear Fiona,

thank you. We accepted PO 4100-2290 in your Coupa portal today and the status there is
"Released", so for us this is the release of the full programme. We plan the laser and
press brake for week 28, powder coating week 29.

If something is different please inform me before Wednesday.

Best regards / Pozdrawiam
Piotr Nowak
Key Account Manager
Metalpark Sp. z o.o., Poznań
tel. +48 61 843 2290

-----Original Message-----
From: Fiona Marsh
Sent: Thursday, 23 May 2024 17:40
To: Piotr Nowak
Subject: PO 4100-2290 PMH-1200 Rev B

> Piotr,
>
> PO 4100-2290 is in Coupa for four (4) sample housings PMH-1200 Rev B.
> The remaining 356 are not released. Gareth Pryce, Head of Estates Engineering,
> will release them in writing after our sample sign-off.
>
> Fiona
""")])


# p27 -- Teams: buyer tells supplier to crack on with the 234 once the samples are signed off (TXT)
case("p27_kes_teams_crack_on", ["RG007"],
     "buyer: once Tom signs the samples off, crack on with the 234, no need to wait for the written release",
     [("Teams_Kestrel_BL_June.txt", """\
Microsoft Teams - chat export
Chat: Kestrel / Barriere Lombarde - BGA-4500 samples
Exported 19/06/2024 by Fiona Marsh

[04/06/2024 09:02] Fiona Marsh
Morning Marco. Reminder of where we are: PO 4100-2260 is for 6 sample arms. The other 234 are on hold until Gareth's written release, after Tom's sample sign-off.

[04/06/2024 09:15] Marco Bellini (External)
Yes, clear. Samples arrive Leeds on 12/06

[18/06/2024 14:31] Marco Bellini (External)
Any news from the trial? Our anodizing slot closes Friday

[18/06/2024 14:52] Fiona Marsh
Trial looks good so far. Gareth's off till the 24th though. Once Tom signs the samples off just crack on with the 234, no need to wait for the paperwork 👍

[18/06/2024 14:53] Marco Bellini (External)
Super, thank you Fiona
""")])


# p28 -- SAP PO: item qty 4 pilot arms, item text says release 6 (TXT)
case("p28_rsa_sap_4_vs_6", ["RG011"],
     "SAP PO item quantity 4 pilot arms while the item text releases 6 (seis); hold, event and person stated",
     [("ME23N_4500018840.txt", """\
RODOVIAS SERRA AZUL CONCESSIONARIA S.A.          PEDIDO DE COMPRA / PURCHASE ORDER
Transacao ME23N - impresso 19.06.2024 14:08 por JFERRAZ
---------------------------------------------------------------------------------------------
Pedido        : 4500018840             Tipo: NB  Pedido normal
Fornecedor    : 300388  BARRIERE LOMBARDE SRL - CASTEL MELLA (BS) ITALIA
Org. compras  : RSA1   Grupo: B07  Moeda: EUR   Incoterms: FCA Milano Malpensa
---------------------------------------------------------------------------------------------
Item Material    Texto breve                         Qtd  UM   Preco liq.   Valor liq.
0010 1006000     BRACO CANCELA BGA-6000 PILOTO         4  UN      286,00     1.144,00
---------------------------------------------------------------------------------------------
Texto do item 0010:
  Liberar 6 (seis) bracos piloto BGA-6000 para teste na praca de Sao Simao km 280.
  Saldo de 316 bracos NAO liberado - bloqueado ate liberacao escrita de Ricardo
  Menezes (Gerente de Engenharia de Trafego) apos aprovacao tecnica das amostras.
  Desenho RSA-BAR-6000 rev 6, anodizacao min 15 um, fixacao M12 (4x).
---------------------------------------------------------------------------------------------
Valor total liquido EUR 1.144,00
""")])


# p29 -- WeChat: proceed with the samples "as per PO", no quantity anywhere (TXT)
case("p29_lpm_wechat_noqty", ["RG010"],
     "buyer authorizes 'the cone base samples as per PO' without any quantity; hold, event and Ramon stated",
     [("WeChat_Maricel_Lily_CB.txt", """\
WeChat chat history export
Chat: Lily Chen 陈丽 (Haoyun Traffic)
Exported: 2024-06-25 09:02

2024-06-24 16:20:11  Maricel Dizon
Hi Lily, good afternoon po. Pls proceed with the cone base samples as per PO LPM-PO-24-0866 🙂

2024-06-24 16:21:03  Maricel Dizon
The mass production qty is on hold, not released, until sample sign-off. Then Engr. Ramon Villanueva will send the written release

2024-06-24 16:25:47  Lily Chen 陈丽
OK Maricel, noted. Same colour as last time? orange + 2 reflective ring?

2024-06-24 16:26:30  Maricel Dizon
Yes po same, and base 4.5 kg recycled rubber
""")])


# p30 -- Oracle PO: release after sign-off "by Projects Dept." (TXT)
case("p30_nak_oracle_dept", ["RG005"],
     "ERP PO: 20 samples, balance 1,580 on hold until sample sign-off, release 'by Projects Dept.' (no named person)",
     [("PO_45-1198_print.txt", """\
AL-NAKHEEL ROADS & MUNICIPAL CONTRACTING CO.                  PURCHASE ORDER    PAGE 1/1
ORACLE EBS R12 - OU: NAKHEEL_RUH                              PO NO   : 45-1198
VENDOR : 200934 ANADOLU TRAFIK EKIPMANLARI A.S.               DATE    : 07-MAY-2024
SHIP TO: RIYADH YARD - EXIT 18 - ATTN PROJECTS DEPT.          CURRENCY: USD
----------------------------------------------------------------------------------------
LN  ITEM          DESCRIPTION                          QTY   UOM   PRICE     AMOUNT
 1  SP-76-3500    SIGN POST D76 X 3500 HDG - SAMPLE      20   EA    44.00     880.00
----------------------------------------------------------------------------------------
SHORT TEXT:
  SAMPLE PO / 20 PCS.
  REMAINING QTY 1,580 PCS ON HOLD - NOT RELEASED. NO MATERIAL FOR REMAINING QTY.
  RELEASE OF REMAINING QTY AFTER SAMPLE SIGN-OFF, BY PROJECTS DEPT.
  STANDARD EN 12899-1 / EN ISO 1461 / BOLTS M10X1.5 A2-70.
----------------------------------------------------------------------------------------
PREPARED: M.SIDDIQUI                                 TOTAL USD 880.00
""")])


# p31 -- plain mail: start the first 400, nothing about the rest (TXT)
case("p31_rsa_first400", ["RG003", "RG004", "RG005"],
     "partial authorization 'the first 400 cone bases' with no word on the rest: no hold, no event, no person",
     [("mail_CB-750_first_400.txt", """\
From: Juliana Ferraz <juliana.ferraz@serraazul-rodovias.com.br>
To: Lily Chen <lily.chen@haoyun-traffic.cn>
Date: Thu, 20 Jun 2024 10:02:00 -0300
Subject: CB-750 - primeiras 400 / first 400

Hi Lily, tudo bem?

You can start the first 400 cone bases CB-750 of PO 4500019120, for the first delivery to
the Jardinópolis plaza (km 312). Colour dark grey RAL 7021 like the samples, 4 kg.

Please confirm the ship date, we need them in Santos port before 20 August.

Obrigada!
Juliana Ferraz
Analista de Suprimentos
Rodovias Serra Azul Concessionária S.A.
+55 16 3509 2210
""")])


# p32 -- supplier takes the 2025 forecast as an order and books pipe for 6.000 (TXT)
case("p32_ant_forecast_booked", ["RG006", "RG008"],
     "supplier takes the 2025 forecast of 6.000 as an order and books pipe for 6.000 with nothing released",
     [("mail_RE_2025_BS-273.txt", """\
From: Emre Yıldız <emre.yildiz@anadolutrafik.com.tr>
To: Mohammed Siddiqui <m.siddiqui@alnakheel-contracting.com.sa>
Date: Mon, 03 Jun 2024 09:45:00 +0300
Subject: RE: 2025 forecast bollard sleeves

Dear Mohammed bey,

Thank you for your 2025 forecast of 6.000 bollard sleeves BS-273. We take it as your order
for 2025, inshallah the projects go well.

We booked already the steel pipes Ø273 x 6,3 for 6.000 pcs with our mill (Borusan) to fix the
price before the July increase. First pipe delivery to our Gebze plant in September.

Best regards
Emre Yıldız
Export Sales Manager
Anadolu Trafik Ekipmanları A.Ş.
""")])


# ------------------------------------------------------------------ DOCX
# p33 -- minutes: 'approved' for samples and for the PO, action 'proceed - approved' (DOCX)
case("p33_kes_minutes_proceed", ["RG002", "RG009"],
     "minutes use 'approved' for samples and for the PO by finance; action 'proceed - approved' names no scope",
     [("Minutes_BGA-4500_call_0621.docx", docx_bytes([
         ("h1", "Minutes - Kestrel / Barriere Lombarde call, 21/06/2024"),
         ("p", "Attendees: Fiona Marsh, Tom Whitcombe (Kestrel); Marco Bellini, Giulia Ferri (BL)."),
         ("table", [
             ["#", "Topic", "Notes"],
             ["1", "Samples BGA-4500 Rev C (6 off, PO 4100-2260)",
              "Fit trial at Wellington St OK. Samples approved by Tom W."],
             ["2", "PO 4100-2260", "PO approved by finance on 19/06 (cost centre 4410 estates)."],
             ["3", "Production quantity",
              "234 arms on hold - written release from Gareth Pryce after sample sign-off."],
             ["4", "Packing", "Crates of 20, max 6 crates per lorry."],
         ]),
         ("h", "Actions"),
         ("table", [
             ["Action", "Owner"],
             ["BL: proceed - approved", "Marco Bellini"],
             ["Send sign-off record to BL", "Tom Whitcombe"],
         ]),
         ("p", "Minutes by Fiona Marsh"),
     ], author="Fiona Marsh"))])


# p34 -- sample sign-off record stating production starts automatically (DOCX)
case("p34_rsa_signoff_auto", ["RG007"],
     "sample sign-off record: 'production of the lot may start automatically after this approval', no recorded auto-conversion",
     [("RAA-0088_CB-750.docx", docx_bytes([
         ("h1", "Registro de aprovação de amostras / Sample sign-off record RAA-0088"),
         ("table", [
             ["Campo", "Registro"],
             ["Peça / part", "Base de cone CB-750, 4 kg"],
             ["Fornecedor", "Ningbo Haoyun Traffic Facilities Co., Ltd."],
             ["Amostras", "10 pcs recebidas em 10/06/2024"],
             ["Ensaios", "peso 4,02 kg; dureza 64 Shore A; estabilidade vento 60 km/h OK"],
         ]),
         ("h", "Disposição / Disposition"),
         ("p", "Amostras aprovadas / samples approved."),
         ("p", "Observação: a produção do lote pode iniciar automaticamente após esta aprovação. "
               "Production of the lot may start automatically after this approval; no further "
               "document needed."),
         ("p", "Thiago Lopes, Engenheiro de Operações - 12/06/2024"),
     ], author="Thiago Lopes"))])


# p35 -- supplier acknowledgement: twelve (12) vs 15 samples, pipe bought for 1.600 (DOCX)
case("p35_ant_ack_12_vs_15", ["RG006", "RG011"],
     "supplier acknowledgement states twelve (12) and 15 sample sleeves; pipe bought for 1.600 with only samples released",
     [("AK-24-0311_PO_45-1192.docx", docx_bytes([
         ("h1", "Order acknowledgement AK-24-0311"),
         ("p", "Anadolu Trafik Ekipmanları A.Ş. to Al-Nakheel Roads & Municipal Contracting Co."),
         ("p", "Customer PO: 45-1192, dated 06.05.2024. Sample quantity: twelve (12) pcs."),
         ("table", [
             ["Pos.", "Part", "Description", "Qty", "Delivery"],
             ["1", "BS-273", "Sample lot bollard sleeve Ø273 x 1200 HDG", "15 pcs", "20.05.2024"],
             ["2", "BS-273", "Balance - not released, on hold", "1.588 pcs", "-"],
         ]),
         ("p", "The balance will be produced only after written release from Mr. Faisal Al-Otaibi "
               "following sample sign-off."),
         ("p", "Raw material: we have purchased pipe Ø273 x 6,3 S235JR for 1.600 pcs to secure the "
               "mill price (Borusan order 24-7712)."),
         ("p", "Selin Kaya, Planning - Emre Yıldız, Export Sales"),
     ], author="Selin Kaya"))])


# p36 -- release letter: "you may now proceed with production", no quantity (DOCX)
case("p36_lpm_release_noqty", ["RG002", "RG010"],
     "release letter 'you may now proceed with production' names no quantity",
     [("LPM-REL-24-006.docx", docx_bytes([
         ("h1", "PRODUCTION RELEASE LPM-REL-24-006"),
         ("p", "Luzon Prime Malls Inc. - Facilities Engineering Dept., Pasig City"),
         ("p", "Date: 1 July 2024"),
         ("p", "To: Ningbo Haoyun Traffic Facilities Co., Ltd. - Attn: Ms. Lily Chen"),
         ("p", "Re: PO LPM-PO-24-0701, speed-bump modules SBM-500"),
         ("p", "Dear Ms. Chen,"),
         ("p", "We are pleased to inform you that you may now proceed with production of the "
               "speed-bump modules SBM-500 under the above PO. Kindly advise the shipping "
               "schedule and the container booking at your earliest convenience."),
         ("p", "Thank you for your usual support."),
         ("p", "Very truly yours,"),
         ("p", "Engr. Ramon Villanueva, Head of Facilities Engineering"),
         ("p", "Noted by: Maricel Dizon, Purchasing Officer"),
     ], author="Ramon Villanueva"))])


# p37 -- memo: 'approval' for budget, samples and production; release by a department (DOCX)
case("p37_nak_memo_approvals", ["RG005", "RG009"],
     "memo uses 'approval' for budget, samples and production; balance released by 'the Projects Department'",
     [("Memo_BS-273_PO_45-1210.docx", docx_bytes([
         ("h1", "MEMO"),
         ("table", [
             ["To", "Anadolu Trafik - Mr. Emre Yıldız"],
             ["From", "Al-Nakheel Procurement - Mohammed Siddiqui"],
             ["Date", "16/05/2024"],
             ["Subject", "Bollard sleeves BS-273 - PO 45-1210 status"],
         ]),
         ("p", "1. Budget approval for PO 45-1210 received from Finance on 05/05/2024."),
         ("p", "2. Sample approval: Eng. Khalid Al-Harbi approved the 12 sample sleeves on "
               "14/05/2024 (zinc 92 µm, straightness OK)."),
         ("p", "3. Production approval: the balance of 1.588 sleeves stays on hold, not "
               "released, until the production approval from the Projects Department."),
         ("p", "4. Please do not purchase pipe for the balance before item 3."),
         ("p", "Regards, Mohammed Siddiqui, Senior Buyer"),
     ], author="Mohammed Siddiqui"))])


# p38 -- hold notice: sample arms only, no quantity, until further notice (DOCX)
case("p38_kes_hold_notice", ["RG004", "RG010"],
     "hold notice releases 'the sample arms' with no quantity; balance on hold 'until further notice'; Gareth named",
     [("Notice_PO_4100-2231.docx", docx_bytes([
         ("h1", "HOLD NOTICE"),
         ("p", "Kestrel Parking Services Ltd - Estates Engineering"),
         ("table", [
             ["Supplier", "Barriere Lombarde S.r.l."],
             ["PO", "4100-2231"],
             ["Part", "BGA-4500 Rev C barrier-gate arm"],
             ["Date", "20/05/2024"],
         ]),
         ("p", "Only the sample arms under this PO are released."),
         ("p", "The production balance is on hold until further notice. Please do not manufacture "
               "or buy profile for it."),
         ("p", "Gareth Pryce is the only person who may release the balance."),
         ("p", "Gareth Pryce, Head of Estates Engineering"),
     ], author="Gareth Pryce"))])


# ------------------------------------------------------------------ HTML
# p39 -- buyer portal PO: 4 samples beside programme 360, nothing else (HTML)
case("p39_kes_portal_programme", ["RG001", "RG003", "RG004", "RG005"],
     "buyer portal PO for 4 sample housings shows programme quantity 360 unmarked; no hold, event or person",
     [("po_4100-2342.html", html_page("Kestrel Supplier Portal - PO 4100-2342", """\
<div style="background:#0b3d5c;color:#fff;padding:6px 10px"><b>Kestrel Parking Services</b> &middot; Supplier Portal</div>
<h2>Purchase order 4100-2342 &mdash; Metalpark Sp. z o.o.</h2>
<p>Issued 25/06/2024 by Fiona Marsh &middot; Ship to: Kestrel depot, Stourton, Leeds LS10 1SL</p>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Need by</th></tr>
<tr><td>10</td><td>PMH-1200 Rev C</td><td>Parking-meter housing, sample, RAL 7016</td><td>4</td><td>PLN 1&nbsp;170,00</td><td>19/07/2024</td></tr>
</table>
<h3>Programme</h3>
<table>
<tr><th>Programme</th><th>Part</th><th>Programme quantity</th><th>Sites</th></tr>
<tr><td>Pay-station refresh 2024/25</td><td>PMH-1200 Rev C</td><td>360</td><td>Leeds, Bradford, York, Harrogate</td></tr>
</table>
<p>Attachments: DRG PMH-1200 Rev C.pdf &middot; Kestrel supplier manual v4.2</p>
<p><button disabled>Acknowledge PO</button></p>
"""))])


# p40 -- supplier portal: deposit received -> order in production, material for 400 sets (HTML)
case("p40_hy_portal_deposit", ["RG006", "RG012"],
     "supplier portal: 'deposit received - order in production' and material bought for 400 sets with 8 samples released",
     [("haoyun_order_tracking.html", html_page("Haoyun Traffic - Order tracking", """\
<h2>Ningbo Haoyun Traffic Facilities &mdash; Customer order tracking</h2>
<p>Customer: Luzon Prime Malls Inc. &middot; Customer PO: LPM-PO-24-0733 &middot; Our SO: HY-SO-24-1187</p>
<h3>Customer PO</h3>
<table>
<tr><th>Item</th><th>Part</th><th>Scope in customer PO</th><th>Qty</th></tr>
<tr><td>1</td><td>SBM-500 speed-bump module</td><td>sample, released</td><td>8</td></tr>
<tr><td>2</td><td>SBM-500 speed-bump module</td><td>mass production, pending customer written release (Engr. Ramon Villanueva) after sample sign-off</td><td>392</td></tr>
</table>
<h3>Timeline</h3>
<table>
<tr><th>Date</th><th>Event</th><th>Status</th></tr>
<tr><td>10/05/2024</td><td>PO received</td><td>&#10003;</td></tr>
<tr><td>22/05/2024</td><td>Deposit 30% received (USD 4,640.00)</td><td>&#10003; &rarr; order in production</td></tr>
<tr><td>03/06/2024</td><td>Material purchased: EPDM compound + M12 anchors for 400 sets</td><td>&#10003;</td></tr>
<tr><td>18/06/2024</td><td>Samples shipped DHL 4471 2290 18</td><td>&#10003;</td></tr>
</table>
<div class="note">After deposit received, the order goes to production automatically. Thank you for your trust!</div>
"""))])


# p41 -- buyer portal: 'APROVADO' for budget and samples, 'Approved - proceed', no quantity (HTML)
case("p41_rsa_portal_aprovado", ["RG002", "RG009", "RG010"],
     "buyer portal: 'approved' for the financial workflow and for the samples, supplier action 'Approved - proceed', no quantity",
     [("portal_pedido_4500019133.html", html_page("Portal de Fornecedores - Pedido 4500019133", """\
<h2>Rodovias Serra Azul &mdash; Portal de Fornecedores</h2>
<p>Fornecedor: Barriere Lombarde S.r.l. &middot; Pedido <b>4500019133</b> &middot; Atualizado 02/07/2024</p>
<table>
<tr><th>Campo</th><th>Valor</th></tr>
<tr><td>Item</td><td>BGA-6000 braço de cancela 6 m, anodizado &mdash; qtd.: conforme cotação BL-Q-24-0402</td></tr>
<tr><td>Valor do pedido</td><td>EUR 48.200,00</td></tr>
<tr><td>Status do pedido</td><td>APROVADO (alçada financeira / financial approval level 2)</td></tr>
<tr><td>Amostras</td><td>APROVADAS &mdash; Eng. Thiago Lopes, 28/06/2024</td></tr>
<tr><td>Ação do fornecedor / supplier action</td><td><b>Approved &mdash; proceed</b></td></tr>
</table>
<p style="color:#777">Dúvidas: suprimentos@serraazul-rodovias.com.br</p>
"""))])


# p42 -- supplier portal: sample approval starts production automatically (HTML)
case("p42_bl_portal_autostart", ["RG007"],
     "supplier portal workflow: customer sample approval starts series production automatically, nothing recorded",
     [("bl_portale_clienti.html", html_page("Barriere Lombarde - Portale clienti", """\
<h2>Barriere Lombarde S.r.l. &mdash; Portale clienti / Customer portal</h2>
<p>Cliente: Kestrel Parking Services Ltd &middot; Ordine cliente PO 4100-2260 &middot; Nostro ordine OV-24-0733</p>
<h3>Workflow</h3>
<ol>
<li>Order received &#10003;</li>
<li>Sample arms BGA-4500 Rev C (6 pcs) produced &#10003; shipped 07/06/2024 &#10003;</li>
<li>Customer sample approval &mdash; <i>waiting</i></li>
<li>Series production &mdash; starts automatically on customer sample approval, no further confirmation needed</li>
<li>Delivery in crates of 20</li>
</ol>
<div class="note">Per velocizzare: as soon as you approve the samples in this portal, the series goes to our production planning automatically.</div>
"""))])


# p43 -- buyer portal: 20 released vs 24 in the line; forecast shown as firm commitment (HTML)
case("p43_nak_portal_20_24_commit", ["RG008", "RG011"],
     "buyer portal header releases 20 samples, order line says 24; 2025 forecast tab says 'firm commitment'",
     [("portal_order_45-1220.html", html_page("Al-Nakheel Supplier Portal - Order 45-1220", """\
<h2>Al-Nakheel Roads &amp; Municipal Contracting &mdash; Supplier Portal</h2>
<p>Supplier: Anadolu Trafik Ekipmanları A.Ş. &middot; Order <b>45-1220</b> &middot; Buyer: Mohammed Siddiqui</p>
<div class="note"><b>Released now: 20 sample sleeves.</b> Balance of the order is not released; it needs a written release
from Mr. Faisal Al-Otaibi, Procurement Manager, after sample sign-off by Eng. Khalid Al-Harbi.</div>
<h3>Order lines</h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Scope</th><th>Qty</th></tr>
<tr><td>10</td><td>BS-273</td><td>Bollard sleeve &Oslash;273 x 1200 HDG</td><td>Sample lot</td><td>24</td></tr>
</table>
<h3>Forecast 2025</h3>
<table>
<tr><th>Part</th><th>2025 forecast</th><th>Status</th></tr>
<tr><td>BS-273</td><td>8,000 pcs</td><td>Committed quantity &mdash; firm commitment, please plan capacity</td></tr>
</table>
"""))])


# ------------------------------------------------------------- multi-file
# p44 -- cover mail (PO 4510-0171, 20 samples) vs PO PDF (4510-0117, 24 samples) + quote (EML, PDF, PDF)
_t = """Dear Ahmed,

Please find attached our PO 4510-0171 for twenty (20) sample sign posts SP-3000, and your
quotation ND-Q-24-061 for reference.

The series quantity in your quotation is not released. The balance will be released only by
written release from Mr. Faisal Al-Otaibi, Procurement Manager, after the sample sign-off by
Eng. Khalid Al-Harbi. Please buy tube only for the samples.

Regards,
Mohammed
""" + SIG_MOHAMMED
case("p44_nak_bundle_po_mismatch", ["RG011"],
     "cover mail: PO 4510-0171 for 20 samples; attached PO PDF: 4510-0117 for 24 samples; scope otherwise complete",
     [("PO_cover_mail.eml", eml(mail(
         MOHAMMED, AHMED, "PO for sample sign posts SP-3000", "Mon, 20 May 2024 11:30:00 +0300", _t,
         cc=KHALID))),
      ("PO_4510-0117.pdf", pdf([
          ("h1", "PURCHASE ORDER"),
          ("p", "Al-Nakheel Roads & Municipal Contracting Co. - P.O. Box 88412, Riyadh 11672"),
          ("table", [
              ["PO No.", "4510-0117", "Date", "19/05/2024"],
              ["Supplier", "Nile Delta Castings & Signs S.A.E.", "Buyer", "Mohammed Siddiqui"],
          ]),
          ("sp",),
          ("table", [
              ["Line", "Item", "Description", "Scope", "Qty", "Unit price SAR", "Amount SAR"],
              ["10", "SP-3000", "Sign post Ø76 x 3000 HDG, EN 12899-1", "Sample", "24", "131.00",
               "3,144.00"],
          ]),
          ("sp",),
          ("p", "Scope: sample posts only. The balance is not released. Release only by written "
                "release from Mr. Faisal Al-Otaibi after sample sign-off."),
          ("p", "Authorized: Faisal Al-Otaibi, Procurement Manager"),
      ], title="PO 4510-0117", author="Al-Nakheel Procurement")),
      ("ND-Q-24-061.pdf", pdf([
          ("h1", "NILE DELTA CASTINGS & SIGNS - QUOTATION ND-Q-24-061"),
          ("p", "10th of Ramadan City, 08/05/2024 - To: Al-Nakheel Roads & Municipal Contracting"),
          ("table", [
              ["Item", "Description", "Qty", "Unit price SAR", "Lead time"],
              ["1", "SP-3000 sample posts", "20", "131.00", "2 weeks"],
              ["2", "SP-3000 series posts", "1,980", "112.50", "6 weeks after order"],
          ]),
          ("sp",),
          ("p", "Galvanizing EN ISO 1461 min 70 µm, mill cert EN 10204 3.1. Payment 30% advance."),
          ("p", "Ahmed Fathy, Sales Manager"),
      ], title="ND-Q-24-061", author="Nile Delta")),
      ])


# p45 -- sample PO printout + supplier proforma: "production of full quantity starts upon deposit" (TXT, PDF)
case("p45_rsa_po_proforma", ["RG012"],
     "PO releases 10 samples with complete hold; supplier proforma says full-quantity production starts on receipt of deposit",
     [("ME23N_4500019120.txt", """\
RODOVIAS SERRA AZUL CONCESSIONARIA S.A.          PEDIDO DE COMPRA / PURCHASE ORDER
Transacao ME23N - impresso 27.05.2024 11:31 por JFERRAZ
---------------------------------------------------------------------------------------------
Pedido        : 4500019120             Tipo: NB  Pedido normal
Fornecedor    : 300417  NINGBO HAOYUN TRAFFIC FACILITIES CO LTD - YUYAO ZHEJIANG
Moeda         : USD    Incoterms: FOB Ningbo
---------------------------------------------------------------------------------------------
Item Material    Texto breve                         Qtd  UM   Preco liq.   Valor liq.
0010 1000750     BASE CONE CB-750 4KG - AMOSTRA       10  UN        6,50        65,00
---------------------------------------------------------------------------------------------
Texto do cabecalho / header text:
  Este pedido libera 10 (dez) amostras somente / this PO releases 10 samples only.
  Saldo 2.390 pcs NAO liberado - nao produzir e nao comprar material.
  Liberacao do saldo somente por escrito por Ricardo Menezes (Gerente de Engenharia
  de Trafego) apos aprovacao tecnica das amostras.
---------------------------------------------------------------------------------------------
Valor total liquido USD 65,00
"""),
      ("PI-HY-240611.pdf", pdf([
          ("h1", "NINGBO HAOYUN TRAFFIC FACILITIES CO., LTD."),
          ("p", "No. 88 Yangming West Road, Yuyao, Zhejiang 315400, China"),
          ("h", "PROFORMA INVOICE PI-HY-240611"),
          ("table", [
              ["Buyer", "Rodovias Serra Azul Concessionaria S.A.", "Date", "2024-06-11"],
              ["Buyer PO", "4500019120", "Terms", "FOB Ningbo"],
          ]),
          ("sp",),
          ("table", [
              ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
              ["1", "CB-750 cone base 4kg, recycled rubber, dark grey", "2,400 pcs", "3.85", "9,240.00"],
              ["", "", "", "Deposit 30%", "2,772.00"],
          ]),
          ("sp",),
          ("p", "Payment: 30% T/T deposit, balance 70% before shipment."),
          ("p", "Production of the full quantity starts upon receipt of the deposit. Delivery 35 "
                "days after deposit."),
          ("p", "Bank: Bank of China Ningbo Branch, SWIFT BKCHCNBJ92A, A/C 3587 2201 9914"),
          ("p", "Lily Chen, Sales Dept."),
      ], title="PI-HY-240611", author="Ningbo Haoyun")),
      ])


# ================================================================== BUILD
def main():
    assert len(CASES) == 70, len(CASES)
    assert len({c["name"] for c in CASES}) == 70
    assert sum(1 for c in CASES if not c["expect"]) == 25
    for c in CASES:
        assert (not c["expect"]) == c["name"].startswith("c"), c["name"]
    for r in range(1, 13):
        rid = f"RG{r:03d}"
        n = sum(1 for c in CASES if rid in c["expect"])
        assert n >= 6, (rid, n)

    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(199199).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem).strip("_")
        folder = f"h199_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
