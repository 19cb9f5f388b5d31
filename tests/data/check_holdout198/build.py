#!/usr/bin/env python3
"""Generator for the releasegate check_holdout198 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout198/build.py

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
    m["Message-ID"] = msgid or f"<h198-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h198")
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


# ------------------------------------------------------------ extra helpers (h198)
from email.utils import format_datetime  # noqa: E402


def dt(y, mo, d, h, mi, tz=2):
    """RFC 2822 date string with a fixed offset, e.g. dt(2024, 5, 14, 9, 12, 2)."""
    z = _dt.timezone(_dt.timedelta(hours=tz))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, 0, tzinfo=z))


def q(text, prefix="> "):
    """Quote a block the way mail clients do."""
    return "\n".join((prefix + ln) if ln.strip() else prefix.rstrip() for ln in text.strip("\n").split("\n"))


def txt2html(text):
    """Very small text -> HTML for the text/html alternative of a mail."""
    out, para, quote = [], [], []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + txt2html("\n".join(quote)) + "</blockquote>")
            quote.clear()

    for ln in text.split("\n"):
        if ln.startswith(">"):
            flush_para()
            quote.append(ln[1:][1:] if ln[1:2] == " " else ln[1:])
            continue
        flush_quote()
        if ln.strip():
            para.append(ln)
        else:
            flush_para()
    flush_para()
    flush_quote()
    return "\n".join(out)


def mail_html(text):
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial;font-size:11pt\">\n"
            + txt2html(text) + "\n</body></html>\n")


def pdfx(blocks, **kw):
    """pdf() with a guard: the standard PDF fonts only carry cp1252 characters."""
    for b in blocks:
        for part in b[1:]:
            cells = [c for r in part for c in r] if isinstance(part, list) else [part]
            for c in cells:
                str(c).encode("cp1252")
    return pdf(blocks, **kw)


HTML_MT = "text/html"
TXT_MT = "text/plain"


# ------------------------------------------------------------------ people
GIULIA = "Giulia Ferraresi <giulia.ferraresi@brunelli-obp.it>"
MARCO = "Marco Zanetti <marco.zanetti@brunelli-obp.it>"
PAOLO = "Paolo Cattaneo <paolo.cattaneo@brunelli-obp.it>"
ALEJANDRA = "Alejandra Ruiz Torres <aruiz@panbajio.com.mx>"
JORGE = "Jorge Medina <jmedina@panbajio.com.mx>"
FERNANDO = "Fernando Castañeda <fcastaneda@panbajio.com.mx>"
AGNIESZKA = "Agnieszka Wróblewska <a.wroblewska@kasztelan-cukiernia.pl>"
TOMASZ = "Tomasz Kowalczyk <t.kowalczyk@kasztelan-cukiernia.pl>"
DOROTA = "Dorota Lis <d.lis@kasztelan-cukiernia.pl>"
NURUL = "Nurul Aisyah Hamid <nurul.aisyah@serimahkota.com.my>"
KEVIN = "Kevin Tan Wei Ming <kevin.tan@serimahkota.com.my>"
RIZAL = "Rizal Hashim <rizal.hashim@serimahkota.com.my>"
PRIYA = "Priya Subramaniam <priya.s@serimahkota.com.my>"
JUERGEN = "Jürgen Weiß <j.weiss@hartmann-praezision.de>"
SABINE = "Sabine Krämer <s.kraemer@hartmann-praezision.de>"
CARMEN = "Carmen Ortega <cortega@moldeslevante.es>"
JAVIER = "Javier Soler <jsoler@moldeslevante.es>"
LILY = "Lily Chen <lily.chen@gzhuaxin-bake.com>"
ZHOU = "Zhou Jianguo <zhou.jg@gzhuaxin-bake.com>"
EMRE = "Emre Yılmaz <emre.yilmaz@egepaslanmaz.com.tr>"
AYSE = "Ayşe Demir <ayse.demir@egepaslanmaz.com.tr>"
MARTIN = "Martin Kováč <kovac@strojarne-povazie.sk>"
ZUZANA = "Zuzana Horváthová <horvathova@strojarne-povazie.sk>"

OBP = "Officine Brunelli Panificazione S.p.A."
PDB = "Panificadora del Bajío S.A. de C.V."
KCP = "Cukiernia Przemysłowa Kasztelan Sp. z o.o."
SMB = "Seri Mahkota Biscuits Sdn. Bhd."
HPT = "Hartmann Präzisionsteile GmbH"
MLV = "Moldes Levante S.L."
GHX = "Guangzhou Huaxin Bakeware Machinery Co., Ltd."
EGE = "Ege Paslanmaz Makina San. ve Tic. A.Ş."
SPV = "Strojárne Považie s.r.o."

PH_OBP = "+39 0521 889 410"
PH_PDB = "+52 477 710 2250"
PH_KCP = "+48 42 630 17 55"
PH_SMB = "+60 3 5521 8800"
PH_HPT = "+49 7231 4455-0"
PH_MLV = "+34 965 55 21 40"
PH_GHX = "+86 20 3482 6617"
PH_EGE = "+90 232 328 44 10"
PH_SPV = "+421 42 432 18 20"


# =================================================================== CLEAN

# c01: supplier quote with sample / series tiers, ERP printout -> clean (a quote authorizes nothing)
case("c01_quote_tiers_hartmann", [],
     "supplier quote with sample and two series price tiers, tiers declared informational; no authorization in the bundle",
     [("AN-24-0412.txt", """\
HARTMANN PRÄZISIONSTEILE GMBH                              ANGEBOT / QUOTATION
Westliche Karl-Friedrich-Str. 88 * 75172 Pforzheim * Tel. +49 7231 4455-0
==============================================================================
Angebot-Nr. / Quote no.  : AN-24-0412              Datum / Date : 08.04.2024
Kunde / Customer         : 100473 Officine Brunelli Panificazione S.p.A.
                           Via Emilia Ovest 221, I-43126 Parma
Ihre Anfrage / Your RFQ  : RdO 2024/118 vom 02.04.2024
Bearbeiter / Contact     : Jürgen Weiß, Vertrieb
==============================================================================
Pos  Artikel / Article                          Menge       Preis/Stk  Liefer-
                                                Qty         Price/pc   zeit
------------------------------------------------------------------------------
10   Teigteilerkolben / dough-divider piston DDP-80
     Zeichnung / drawing OBP-2210 Rev D
     Ø80 h6, Werkstoff 1.4404, Ra 0,8, gehärtet/nitriert
     a) Muster / samples                           12 Stk    EUR 96,00    4 Wo.
     b) Serie / series                          1.200 Stk    EUR 22,40    8 Wo.
     c) Serie / series                          2.400 Stk    EUR 20,90    8 Wo.
------------------------------------------------------------------------------
Hinweise / Notes
 1. Preise EXW Pforzheim (Incoterms 2020), netto, gültig 60 Tage.
 2. The quantities b) and c) are price tiers for your information only. They
    are no order and we do not plan them. Series lead time counts from your
    written production release, not from an order date.
 3. Material: we buy only for the samples (bar 1.4404 Ø85 x 3 m). No material
    for a series is bought without your written material authority.
 4. Zeugnis EN 10204-3.1, Konformitätserklärung EG 1935/2004, EN 1672-2:2020.
 5. QM-System zertifiziert nach ISO 9001:2015, Zert.-Nr. 12 100 4711.

Mit freundlichen Grüßen / Kind regards
Jürgen Weiß
Vertrieb / Sales
""")])


# c02: buyer RFQ with three quantity scenarios -> clean
_t = """\
Dear Ms Lily,

Good day to you. Seri Mahkota is planning new biscuit line B at Shah Alam and we need
perforated proofer trays. Kindly quote for below. This is a request for quotation only,
it is NOT an order. Please do not make any trays and do not buy any material.

Part: proofer tray PT-600x400, perforated Ø3 mm, AISI 304, 1.0 mm, our PN 60-400-18
Drawing: SMB-DWG-0418 Rev 3 (attached in our previous mail)

Quantity scenarios for price:
  A) 30 pcs sample lot
  B) 1,500 pcs
  C) 3,000 pcs
  D) 6,000 pcs (only if line C is also approved by our board next year)

Please also quote lead time for each scenario, tooling cost (if any) and the
food-contact declaration per Regulation (EC) 1935/2004. Price in USD, FOB Nansha.

Kindly revert by 10 May 2024.

Thank you and regards,
Nurul Aisyah binti Hamid
Procurement Executive
""" + sig("Nurul Aisyah binti Hamid", "Procurement Executive", SMB + ", Lot 7, Jalan Perusahaan 12, 40150 Shah Alam", PH_SMB)
case("c02_rfq_scenarios", [],
     "buyer RFQ with four quantity scenarios, says not an order and no material; nothing is authorized",
     [("RFQ_SMB-24-0117.eml", eml_bytes(mail(NURUL, LILY, "RFQ SMB-24-0117 - proofer tray PT-600x400 (4 qty scenarios)",
                                            dt(2024, 4, 26, 10, 4, 8), _t, html=mail_html(_t), cc=KEVIN)))])


# c03: supplier question "can we have the go-ahead for the balance?" under the buyer's complete quoted scope
_orig = """\
Dear Martin,

please find our purchase order OC-2024-0752 for the slicer blades SB-530-12.

Scope of this PO: 20 (twenty) sample blades only, for trial on our Hartmann-type
bread slicer on line 4. The balance of 480 pcs from your quote CP-24-061 is NOT
released, please do not start it and do not buy material for it.
The balance is unlocked only after Ing. Jorge Medina signs the sample report and
then Lic. Fernando Castañeda, Director de Operaciones, sends you the written
production release.

Saludos,
Alejandra Ruiz Torres
Compras - Panificadora del Bajío"""
_t = f"""\
Dear Alejandra,

the 20 sample blades were shipped today by DHL Express, AWB 12 3456 7890, with the
hardness report (58-59 HRC) and the 3.1 certificate.

Can we have the go-ahead for the balance 480 pcs? We would like to reserve capacity
in week 30 on the grinding machine. Of course we do not start anything before we
receive the written release from Lic. Castañeda.

Best regards
Martin Kováč
{sig("Martin Kováč", "Obchodný manažér / Sales manager", SPV + ", Robotnícka 1, 017 01 Považská Bystrica", PH_SPV)}
-----Original Message-----
From: Alejandra Ruiz Torres <aruiz@panbajio.com.mx>
Sent: 13 May 2024 17:22
To: Martin Kováč <kovac@strojarne-povazie.sk>
Subject: OC-2024-0752 slicer blades SB-530-12 - samples

{q(_orig)}
"""
case("c03_supplier_question_balance", [],
     "supplier asks for the go-ahead on the 480 balance (a question) under the buyer's complete quoted scope: 20, hold, sign-off + written release, named person",
     [("RE_OC-2024-0752.eml", eml_bytes(mail(MARTIN, ALEJANDRA, "RE: OC-2024-0752 slicer blades SB-530-12 - samples",
                                            dt(2024, 6, 4, 15, 40, 2), _t, in_reply_to="<h198-ext-0752@panbajio.com.mx>")))])


# c04: clearly labelled 12-month forecast (PDF with table) -> clean
_rows = [["Mes / Month", "SB-530-12 (pcs)", "Tipo / Type"]]
for _m, _v in [("Jul 2024", "40"), ("Aug 2024", "40"), ("Sep 2024", "60"), ("Oct 2024", "60"), ("Nov 2024", "80"),
               ("Dec 2024", "80"), ("Jan 2025", "40"), ("Feb 2025", "40"), ("Mar 2025", "50"), ("Apr 2025", "50"),
               ("May 2025", "50"), ("Jun 2025", "50")]:
    _rows.append([_m, _v, "forecast / pronóstico"])
_rows.append(["Total 12 months", "640", "forecast only"])
case("c04_labelled_forecast", [],
     "12-month forecast PDF labelled as forecast, not an order, no material authority; no authorization",
     [("PDB_SB-530-12_2024-25.pdf", pdfx([
         ("h1", "Panificadora del Bajío S.A. de C.V."),
         ("p", "Blvd. Aeropuerto 3150, León, Guanajuato, México"),
         ("h", "PRONÓSTICO DE CONSUMO / CONSUMPTION FORECAST 2024-2025"),
         ("p", "Proveedor / Supplier: Strojárne Považie s.r.o. (Slovakia) - slicer blades SB-530-12, 530 mm, 12 mm pitch, 58 HRC"),
         ("p", "FORECAST - NOT A PURCHASE ORDER. This forecast is for your capacity planning only. It is not an order "
               "and not a commitment, and it authorizes no production and no material purchase. Blades are ordered only "
               "with an orden de compra (OC) and produced only against a written production release."),
         ("table", _rows),
         ("sp",),
         ("p", "Basis: 14 slicers on lines 1-4, blade change every 6 weeks, ISO 9001:2015 plan PL-09. Figures can move "
               "+/- 30 % month to month."),
         ("p", "Elaboró / Prepared by: Alejandra Ruiz Torres, Compras. 03.06.2024"),
     ], title="Pronostico SB-530-12", author="Alejandra Ruiz Torres"))])


# c05: sample sign-off "approved for fit check only; production not released" (DOCX) -> clean
case("c05_signoff_fitcheck_only", [],
     "sample evaluation record: approved for fit check only, production balance 1 994 on hold, line trial + written release by Dorota Lis, sample-only material",
     [("Protokol_oceny_CM-275.docx", docx_bytes([
         ("h1", "Protokół oceny próbek / Sample evaluation record PO-24-031"),
         ("p", "Cukiernia Przemysłowa Kasztelan Sp. z o.o., ul. Niciarniana 44, 92-320 Łódź"),
         ("table", [["Item", "Value"],
                    ["Part", "Chocolate mould CM-275x135-24 (24 cavities, polycarbonate, EU 10/2011)"],
                    ["Supplier", "Moldes Levante S.L., Ibi (Alicante)"],
                    ["Order", "PO ZK/2024/0456 - 6 sample moulds"],
                    ["Samples received", "6 pcs, 14.05.2024, lot ML-24-1187"],
                    ["Checked by", "Tomasz Kowalczyk, technolog"]]),
         ("sp",),
         ("h", "Results"),
         ("li", "Cavity depth 11,8 mm (spec 12,0 ± 0,3) - OK"),
         ("li", "Demoulding at 8 °C on line 3 - OK, 2 cavities with slight sticking, to watch"),
         ("li", "Drop test 1,2 m - no crack"),
         ("h", "Disposition"),
         ("p", "Samples approved for fit check only; production not released."),
         ("p", "The production balance of 1 994 moulds from offer OF-24-0233 stays on hold. It is unlocked only when "
               "(1) the line trial on line 3 in week 23 is passed and (2) Dorota Lis, Dyrektor Produkcji, signs a "
               "written production release. Material authority: sample-only - Moldes Levante may not buy polycarbonate "
               "for the balance."),
         ("p", "Podpis / Signed: Tomasz Kowalczyk, 16.05.2024"),
     ], author="Tomasz Kowalczyk"))])


# c06: full-quantity PO (PDF) with "proceed with the full 300 pcs" -> clean
case("c06_full_qty_po", [],
     "full and final quantity PO for 300 depositor nozzles in three delivery lines; no sample phase, no balance; proceed is scoped to 300",
     [("OA_24-0598.pdf", pdfx([
         ("h1", "ORDINE DI ACQUISTO / PURCHASE ORDER  OA 24/0598"),
         ("p", "Officine Brunelli Panificazione S.p.A. - Via Emilia Ovest 221, 43126 Parma (PR) - P.IVA IT01234560349"),
         ("p", "Fornitore / Supplier: Ege Paslanmaz Makina San. ve Tic. A.S., Kemalpasa OSB, Izmir, Turkey"),
         ("p", "Data / Date: 17.04.2024    Buyer: Giulia Ferraresi    Rif. offerta / Quote: EQ-24-071"),
         ("table", [["Pos", "Codice / Part", "Descrizione", "Q.ta", "Prezzo", "Consegna"],
                    ["10", "DN-08-316", "Depositor nozzle D8, AISI 316L, G 1/4, Dis. OBP-4410 Rev 12", "100 pz", "EUR 14,60", "10.06.2024"],
                    ["20", "DN-08-316", "idem", "100 pz", "EUR 14,60", "08.07.2024"],
                    ["30", "DN-08-316", "idem", "100 pz", "EUR 14,60", "05.08.2024"],
                    ["", "", "Totale / Total", "300 pz", "EUR 4.380,00", ""]]),
         ("sp",),
         ("p", "Note: This PO covers the full and final quantity of 300 pcs (trecento). There is no sample phase and no "
               "further quantity behind this order. Please proceed with the full 300 pcs according to the three delivery "
               "dates above. Part has been in series with you since 2022 (last lot OA 23/1140)."),
         ("p", "Requisiti: EN 1672-2:2020, Reg. (CE) 1935/2004, certificato 3.1 EN 10204, filettatura G 1/4 secondo ISO 228-1."),
         ("p", "Condizioni generali di acquisto OBP rev. 7. Pagamento 60 gg d.f.f.m."),
     ], title="OA 24/0598", author="Giulia Ferraresi"))])


# c07: EDI call-off with explicit staged material authority above the released quantity -> clean
case("c07_calloff_staged_material", [],
     "DELFOR call-off releases 400 links, forecast lines labelled not released, explicit staged material authority to 1.600 links, call-off 4 by named person",
     [("DELFOR_OBP_0003.txt", """\
*** EDIFACT DELFOR D.96A - HUMAN READABLE PRINTOUT ***  printed 20.05.2024 07:58
UNB+UNOC:3+OBPPARMA:ZZ+GZHUAXIN:ZZ+240520:0755+0003'
BGM+241+DF-OBP-24-0003+9'    DELIVERY SCHEDULE / CALL-OFF NO. 3
DTM+137:20240520:102'
NAD+BY+OBP::92++OFFICINE BRUNELLI PANIFICAZIONE SPA+VIA EMILIA OVEST 221+PARMA++43126+IT'
NAD+SE+GHX::92++GUANGZHOU HUAXIN BAKEWARE MACHINERY CO LTD+PANYU DISTRICT+GUANGZHOU++511400+CN'
LIN+1++OBL-1250-127:IN'      OVEN-BELT LINK, PITCH 12,7 MM, BELT 1250 MM, 1.4301
RFF+ON:OA 24/0514'           FRAME PO

-------------------------------------------------------------------------------
 SCC  TYPE                        QTY (links)   DATE / WEEK    STATUS
-------------------------------------------------------------------------------
 1    FIRM - released to build        400       wk 24/2024     RELEASED
 4    FORECAST - planning only        800       wk 28/2024     NOT RELEASED
 4    FORECAST - planning only        800       wk 32/2024     NOT RELEASED
 4    FORECAST - planning only        800       wk 36/2024     NOT RELEASED
-------------------------------------------------------------------------------
 Cumulative released to date: 1.150 (call-off 1: 350, call-off 2: 400, this: 400)

FTX+AAI: MATERIAL AUTHORITY: STAGED. Supplier may buy and stage raw material
FTX+AAI: (wire 1.4301 D2,0 and strip 0,8 mm) up to 1.600 links' worth at the
FTX+AAI: buyer's liability. This covers material only; fabrication is
FTX+AAI: authorized for the 400 links of this call-off only.
FTX+AAI: The forecast lines (SCC 4) are not released. Next release = call-off
FTX+AAI: no. 4, issued after goods-receipt inspection of this call-off, signed
FTX+AAI: by Ing. Paolo Cattaneo, Direttore Operations.
UNT+18+0003'
UNZ+1+0003'
""")])


# c08: signed auto-conversion record (DOCX) -> clean
case("c08_autoconversion_signed", [],
     "explicit recorded auto-conversion: 970 nozzles released on approved sign-off, named signer (Rizal Hashim), conditions and limit; 30 samples active",
     [("ACR-SMB-24-004.docx", docx_bytes([
         ("h1", "Auto-conversion record ACR-SMB-24-004"),
         ("p", "Seri Mahkota Biscuits Sdn. Bhd. (buyer) - Ege Paslanmaz Makina San. ve Tic. A.Ş. (supplier)"),
         ("table", [["Field", "Entry"],
                    ["Part", "Depositor nozzle DN-08-316, Ø8 mm, AISI 316L, thread G 1/4, drawing SMB-DWG-0212 Rev 5"],
                    ["PO", "SMB-PO-24-0311, line 10: 30 sample nozzles; line 20: 970 nozzles"],
                    ["Active now", "30 sample nozzles (line 10)"],
                    ["Auto-conversion quantity", "970 nozzles (line 20)"],
                    ["Signer", "Encik Rizal Hashim, Plant General Manager (release authority, limit RM 250,000)"],
                    ["Recorded", "14.05.2024, before the samples were made"]]),
         ("sp",),
         ("h", "Statement"),
         ("p", "Until the sample sign-off below, the 970 nozzles of line 20 are not released and Ege may not start them. "
               "When QA (Priya Subramaniam) records the sample sign-off with the result 'approved', the 970 nozzles of "
               "line 20 are released for production automatically, without a further release document."),
         ("h", "Conditions"),
         ("num", "The sign-off result is 'approved'. An 'interim' or 'rejected' result releases nothing."),
         ("num", "The sign-off is recorded on or before 31.07.2024. After that date this record lapses."),
         ("num", "No open deviation on the samples; dimensional report per SMB-QP-07 attached to the sign-off."),
         ("num", "Material authority until the sign-off: sample-only (316L bar for 30 pcs)."),
         ("p", "No quantity beyond the 1,000 pcs of PO SMB-PO-24-0311 is covered by this record."),
         ("p", "Signed: Rizal Hashim, Plant General Manager, 14.05.2024"),
         ("p", "Acknowledged for the supplier: Emre Yılmaz, Export Sales Manager, 15.05.2024"),
     ], author="Rizal Hashim"))])


# c09: old quote forwarded as message/rfc822, declared informational -> clean
_old = mail(CARMEN, AGNIESZKA, "Oferta OF-22-0871 moldes CM-275x135-24",
            dt(2022, 9, 12, 11, 30, 2), """\
Dear Mrs Agnieszka,

as requested we send our offer OF-22-0871 for polycarbonate chocolate moulds
CM-275x135-24 (24 cavities, 275 x 135 mm):

  - samples: 6 moulds, EUR 39,00 / mould
  - production: 10.000 moulds, EUR 21,80 / mould, 10 weeks

Tooling (mould insert) EUR 6.400,00 one-time. Validity 30 days.

Un saludo,
Carmen Ortega
Departamento Comercial
""" + sig("Carmen Ortega", "Departamento Comercial", MLV + ", Av. de la Industria 17, 03440 Ibi (Alicante)", PH_MLV))
_t = """\
Dear Carmen,

for your information I forward below your old offer from 2022 (10.000 moulds). Only
informational, as price reference for the talk with our finance - it is not an order
and nothing of it is released.

The current order is PO ZK/2024/0456: 6 sample moulds CM-275x135-24 only.
Production quantity (1 994 moulds per your new offer OF-24-0233) is not released.
It is unlocked after sample sign-off by Tomasz Kowalczyk and a written production
release signed by Dorota Lis, Production Director. Please buy no polycarbonate beyond
the 6 samples.

Pozdrawiam serdecznie,
Agnieszka Wróblewska
Specjalista ds. zakupów
""" + sig("Agnieszka Wróblewska", "Specjalista ds. zakupów / Purchasing", KCP + ", ul. Niciarniana 44, 92-320 Łódź", PH_KCP)
case("c09_fwd_old_quote_informational", [],
     "old 2022 quote (10.000) forwarded as rfc822 and declared informational; current PO 6 samples with hold, event and named release person",
     [("FW_OF-22-0871.eml", eml_bytes(mail(AGNIESZKA, CARMEN, "FW: Oferta OF-22-0871 moldes CM-275x135-24 (info only)",
                                           dt(2024, 5, 8, 13, 15, 2), _t, attachments=[("rfc822", _old)])))])


# c10: buyer reply correcting a quoted supplier's "after approval we continue directly" -> clean
_sup = """\
Dear Alejandra,

thank you for PO OC-2024-0688. We make the 24 sample nozzles DN-08-316 in week 21.
After your approval of samples we continue directly with the 1.176 pcs, so you gain
3 weeks. We will order the 316L bar this Friday.

Best regards / Saygılarımızla
Emre Yılmaz"""
_t = f"""\
Hola Emre,

no please, not like this. Sample approval does NOT release the 1.176 pcs.

Only the 24 sample nozzles now. After Ing. Jorge Medina signs the sample report, the
balance of 1.176 still waits for the written production release from Lic. Fernando
Castañeda, Director de Operaciones. Until then no material beyond the 24 samples -
please do not order the bar for the 1.176 this Friday.

Gracias y saludos,
Alejandra
{sig("Alejandra Ruiz Torres", "Compras", PDB + ", León, Gto.", PH_PDB)}
El 16/05/2024 a las 11:02, Emre Yılmaz <emre.yilmaz@egepaslanmaz.com.tr> escribió:
{q(_sup)}
"""
case("c10_buyer_corrects_autoconversion", [],
     "buyer reply corrects the quoted supplier's 'after approval we continue directly': 24 samples only, balance 1.176 waits for written release by Castañeda, no material beyond samples",
     [("RE_OC-2024-0688.eml", eml_bytes(mail(ALEJANDRA, EMRE, "RE: OC-2024-0688 depositor nozzles - samples wk 21",
                                            dt(2024, 5, 16, 9, 47, -6), _t, html=mail_html(_t), cc=JORGE,
                                            in_reply_to="<h198-ext-0688@egepaslanmaz.com.tr>")))])


# c11: WhatsApp: deposit paid, supplier says the deposit does not release production -> clean
case("c11_whatsapp_deposit_not_release", [],
     "chat: buyer scope 30 samples, balance 2,970 on hold until QA sign-off and written release by Rizal Hashim; supplier confirms deposit does not release production",
     [("WhatsApp_Chat_Lily_Huaxin.txt", """\
WhatsApp Chat with Lily Chen Huaxin

12/05/2024, 09:14 - Nurul Aisyah (Seri Mahkota): Hi Lily good morning. PO SMB-PO-24-0318 sent to your email just now
12/05/2024, 09:15 - Nurul Aisyah (Seri Mahkota): 30 pcs sample trays PT-600x400 only ya. Balance 2,970 pcs on hold, not released
12/05/2024, 09:31 - Lily Chen Huaxin: Received, thank you Nurul 🙏 I send proforma for the deposit today
12/05/2024, 14:02 - Lily Chen Huaxin: <attached: PI-HX-240512.pdf>
13/05/2024, 10:47 - Nurul Aisyah (Seri Mahkota): Deposit 30% transferred this morning, ref MBB 240513-0071
13/05/2024, 10:48 - Nurul Aisyah (Seri Mahkota): But deposit is for the PO only ok, not a go for the batch. The balance only unlock after Priya (QA) sign off the samples and then Encik Rizal Hashim send you the written release
13/05/2024, 11:20 - Lily Chen Huaxin: Understood 👌 Deposit received, and deposit does not release production. We make only 30pcs sample and cut coil only for sample
13/05/2024, 11:21 - Lily Chen Huaxin: For the 2,970 we wait your written release from Encik Rizal
13/05/2024, 11:25 - Nurul Aisyah (Seri Mahkota): 👍 thank you Lily
""")])


# c12: supplier acknowledgement restating hold and sample-only material authority (PDF) -> clean
case("c12_supplier_ack_restates_hold", [],
     "supplier acknowledgement restates 20 samples, balance 480 not released, sign-off + written release by Castañeda, sample-only material",
     [("Potvrdenie_OC-2024-0764.pdf", pdfx([
         ("h1", "POTVRDENIE OBJEDNAVKY / ORDER ACKNOWLEDGEMENT"),
         ("p", "Strojarne Povazie s.r.o., Robotnicka 1, 017 01 Povazska Bystrica, Slovakia - ICO 36 318 451"),
         ("p", "To: Panificadora del Bajio S.A. de C.V., Compras - Alejandra Ruiz Torres"),
         ("p", "Our ref.: POT-24-0311    Your PO: OC-2024-0764 of 21.05.2024    Date: 23.05.2024"),
         ("table", [["Pos", "Part", "Description", "Qty", "Unit price", "Delivery"],
                    ["1", "SB-530-12", "Slicer blade 530 mm, 12 mm pitch, 58 HRC, 1.2003 - SAMPLES", "20 pcs", "EUR 41,00", "wk 25/2024"]]),
         ("sp",),
         ("p", "We confirm the scope exactly as written in your PO: 20 (twenty) sample blades only."),
         ("p", "The balance of 480 pcs from our quote CP-24-061 is not released and we will not start it. It is unlocked "
               "after the sample sign-off by Ing. Jorge Medina and the written production release from "
               "Lic. Fernando Castaneda, Director de Operaciones."),
         ("p", "Material authority: sample-only. We bought strip 1.2003, 2,5 mm, for the 20 samples only (one coil end, "
               "38 kg). No material for the balance is ordered."),
         ("p", "Quality: ISO 9001:2015, hardness test per ISO 6508-1, report with every lot."),
         ("p", "Zuzana Horvathova, Planning / Planovanie"),
     ], title="Potvrdenie OC-2024-0764", author="Zuzana Horvathova"))])


# c13: supplier portal status page restating the hold (HTML) -> clean
case("c13_supplier_portal_status_hold", [],
     "supplier portal status: 50 sample links, balance 3.950 on hold, material sample only, waits for written release by Cattaneo after sign-off",
     [("huaxin_portal_order_HX-SO-24-0388.html", html_page("Huaxin customer portal - order status HX-SO-24-0388", """\
<h2>广州华鑫 Guangzhou Huaxin Bakeware Machinery - Customer Portal</h2>
<p>Customer: <b>Officine Brunelli Panificazione S.p.A.</b> (Parma) &nbsp;|&nbsp; Updated 2024-06-07 16:20 CST</p>
<h3>Order status HX-SO-24-0388 (your PO OA 24/0633)</h3>
<table>
<tr><th>Item</th><th>Part</th><th>Qty</th><th>Status</th></tr>
<tr><td>Sample links</td><td>OBL-1250-127, pitch 12.7 mm, 1.4301</td><td>50</td><td>made, in our inspection, ship wk 24</td></tr>
<tr><td>Balance of quote HX-Q-240417</td><td>OBL-1250-127</td><td>3.950</td><td><b>ON HOLD - not released by customer</b></td></tr>
<tr><td>Material</td><td>wire 1.4301 &#216;2.0 mm</td><td>for 50 links</td><td>sample only - nothing bought for the balance</td></tr>
</table>
<p class="note">We wait for the written production release from Ing. Paolo Cattaneo (Brunelli) after sample
sign-off by Mr. Marco Zanetti. No production start and no material purchase before that.</p>
<p>Certificates: ISO 9001:2015 (CQC 24 Q 1120 R2M), salt spray ISO 9227 480 h passed on 2023 lot.</p>
<p>Contact: Lily Chen, Sales, +86 20 3482 6617</p>
""", lang="en"))])


# c14: interim sample disposition with quantity and date limits (DOCX) -> clean
case("c14_interim_disposition_limits", [],
     "interim disposition: max 200 blades until 30.09.2024 signed by Castañeda; remaining 1.000 on hold until approved sign-off + written release",
     [("Disposicion_MS-24-027.docx", docx_bytes([
         ("h1", "Disposición de muestras / Sample disposition MS-24-027"),
         ("p", "Panificadora del Bajío S.A. de C.V. - Mantenimiento e Ingeniería"),
         ("table", [["Campo / Field", "Dato / Entry"],
                    ["Parte / Part", "Slicer blade SB-530-12, 530 mm, 12 mm pitch, spec 58 ± 2 HRC"],
                    ["Proveedor / Supplier", "Hartmann Präzisionsteile GmbH, Pforzheim"],
                    ["OC / PO", "OC-2024-0640: 10 sample blades; quote AN-24-0577: 1.200 blades total"],
                    ["Muestras / Samples", "10 pcs received 02.07.2024"],
                    ["Resultado / Result", "dimensions OK; hardness 55-56 HRC (below spec); cut test on line 2 OK"]]),
         ("sp",),
         ("h", "Disposición: INTERIM"),
         ("p", "Hartmann may produce and ship a maximum of two hundred (200) blades under deviation DV-24-019, "
               "valid until 30.09.2024. Blades from this interim lot are used on lines 1 and 2 only."),
         ("p", "The remaining 1.000 blades of the 1.200 quoted stay on hold and are not released. They are unlocked only "
               "by a sample sign-off with result 'approved' (new samples from a corrected hardening lot) followed by a "
               "written production release from Lic. Fernando Castañeda."),
         ("p", "Material authority: staged for the 200 interim blades only."),
         ("p", "Firma ingeniería: Ing. Jorge Medina, 04.07.2024"),
         ("p", "Firma liberación de las 200 pzs / release of the 200 pcs: Lic. Fernando Castañeda, Director de Operaciones, 04.07.2024"),
     ], author="Jorge Medina"))])


# c15: deviation permit that changes no quantity (PDF) -> clean
case("c15_deviation_permit_no_qty_change", [],
     "deviation permit for a material change only; states it changes no quantity and releases nothing, restates 30 samples / 2,970 on hold / QA sign-off + Rizal Hashim",
     [("DP-SMB-24-009.pdf", pdfx([
         ("h1", "DEVIATION PERMIT DP-SMB-24-009"),
         ("p", "Seri Mahkota Biscuits Sdn. Bhd. - Quality Assurance, Shah Alam"),
         ("table", [["Field", "Entry"],
                    ["Supplier", "Guangzhou Huaxin Bakeware Machinery Co., Ltd."],
                    ["Part", "Proofer tray PT-600x400 perforated, SMB PN 60-400-18, drawing SMB-DWG-0418 Rev 3"],
                    ["PO", "SMB-PO-24-0402"],
                    ["Requirement", "AISI 304 (1.4301), 1.0 mm"],
                    ["Deviation", "AISI 304L (1.4307), 1.0 mm, mill cert EN 10204 3.1 required"],
                    ["Reason", "304 coil 1.0 mm not in stock at Baosteel agent, 6 weeks"],
                    ["Valid for", "the sample trays of this PO only"]]),
         ("sp",),
         ("p", "This deviation changes the material only. It does not change any quantity and does not release anything. "
               "PO SMB-PO-24-0402 stays at 30 sample trays. The balance of 2,970 trays stays on hold until the QA sample "
               "sign-off by Priya Subramaniam and the written production release from Encik Rizal Hashim, Plant GM."),
         ("p", "Approved by QA: Priya Subramaniam, 21.05.2024"),
     ], title="DP-SMB-24-009", author="Priya Subramaniam"))])


# c16: Teams chat go-ahead scoped to "the 12 pilot pistons only" -> clean
case("c16_teams_goahead_scoped", [],
     "Teams: go ahead scoped to the dozen (12) pilot pistons only; balance 1.188 not released until fit-test sign-off and written release by Cattaneo",
     [("Teams_export_DDP-80.txt", """\
Microsoft Teams - chat export
Chat: Brunelli / Hartmann - DDP-80 pistons   (external)
Participants: Marco Zanetti (Officine Brunelli), Sabine Krämer (Hartmann Präzisionsteile GmbH) (External)

Marco Zanetti   07/05/2024 08:41
Buongiorno Sabine. OA 24/0611 is in your inbox: a dozen pilot pistons DDP-80 (12 pcs), drawing OBP-2210 Rev D

Sabine Krämer (Hartmann Präzisionsteile GmbH) (External)   07/05/2024 08:55
Guten Morgen Marco, yes received. Bar 1.4404 Ø85 we have in stock. Can we start?

Marco Zanetti   07/05/2024 09:02
yes, go ahead with the 12 pilot pistons only.
the balance of 1.188 is NOT released. it waits for the fit test sign-off on our D-300 divider and after that the written release from Ing. Paolo Cattaneo

Marco Zanetti   07/05/2024 09:03
so please no bar for the series for now

Sabine Krämer (Hartmann Präzisionsteile GmbH) (External)   07/05/2024 09:10
Alles klar. 12 pcs in KW 21, material only for the 12. We wait for the written release of Mr Cattaneo for the rest 👍
""")])


# c17: buyer portal PO, full and final quantity (HTML) -> clean
case("c17_portal_full_final_qty", [],
     "buyer portal PO for 48 moulds, full and final quantity, no sample phase; 'proceed with all 48' is scoped",
     [("portal_ZK-2024-0391.html", html_page("Portal Dostawcy Kasztelan - zamówienie ZK/2024/0391", """\
<h2>Portal Dostawcy / Supplier Portal - Cukiernia Przemysłowa Kasztelan Sp. z o.o.</h2>
<p>Dostawca / Supplier: <b>Moldes Levante S.L.</b> (Ibi, Alicante) &nbsp;·&nbsp; nr dostawcy 200318</p>
<h3>Zamówienie / Purchase order ZK/2024/0391 &nbsp; (data 2024-04-09)</h3>
<table>
<tr><th>Poz.</th><th>Indeks</th><th>Opis / Description</th><th>Ilość / Qty</th><th>Cena / Price</th><th>Termin / Due</th></tr>
<tr><td>10</td><td>CM-200x100-15</td><td>Forma do czekolady / chocolate mould 15 cav., PC, Easter egg halves, rys. KZ-0215 rew. 4</td><td>48 szt</td><td>EUR 27,50</td><td>2024-05-20</td></tr>
</table>
<p class="note"><b>Uwaga / Note:</b> Ilość 48 szt jest ilością pełną i ostateczną (full and final quantity). This is a
re-order of a mould in series since 2021 - no samples, no further quantity behind this order.
Please proceed with all 48 moulds for delivery 20.05.2024.</p>
<p>Wymagania: Rozporządzenie (UE) 10/2011, deklaracja zgodności, ISO 9001:2015. Płatność 45 dni.</p>
<p>Kupiec / Buyer: Agnieszka Wróblewska, tel. +48 42 630 17 55</p>
""", lang="pl"))])


# c18: ERP PO, full quantity, three schedule lines, quantity-like identifiers -> clean
case("c18_erp_po_full_qty_ids", [],
     "ERP PO printout, full and final 600 blades in three schedule lines, many quantity-like identifiers; proceed scoped to 600",
     [("OA_24-0733.txt", """\
OFFICINE BRUNELLI PANIFICAZIONE S.P.A.                 ORDINE DI ACQUISTO
Via Emilia Ovest 221 - 43126 PARMA (PR)                 OA 24/0733   DEL 03.06.2024
--------------------------------------------------------------------------------
FORNITORE  200519  STROJARNE POVAZIE S.R.O.                  PAG. 1/1
           ROBOTNICKA 1, 017 01 POVAZSKA BYSTRICA (SK)
BUYER      G. FERRARESI     TEL +39 0521 889 410
STATO      EMESSO           VALUTA EUR      RESA  DAP PARMA INCOTERMS 2020
--------------------------------------------------------------------------------
POS CODICE          DESCRIZIONE                         Q.TA  UM  PREZZO    IMPORTO
010 5300-530-12     LAMA AFFETTATRICE SB-530-12          600  PZ  27,10  16.260,00
                    DIS. OBP-5300 REV 12, 58 HRC, 1.2003
                    FORI M10X1.5, PASSO 12 MM, L 530 MM
    SCHEDULE        10 01.07.2024   200 PZ
                    20 29.07.2024   200 PZ
                    30 26.08.2024   200 PZ
--------------------------------------------------------------------------------
TOTALE ORDINE                                            600  PZ         16.260,00

TESTO:
ORDINE COMPLETO: 600 PZ (SEICENTO), QUANTITA' PIENA E DEFINITIVA. NESSUNA
CAMPIONATURA, NESSUNA QUANTITA' AGGIUNTIVA DOPO QUESTO ORDINE. PROCEDERE CON
I 600 PZ SECONDO LE 3 DATE DI CONSEGNA. ARTICOLO IN SERIE DAL 2021 (ULTIMO
LOTTO OA 23/1012).
REQUISITI: ISO 9001:2015, EN 1672-2:2020, REG. CE 1935/2004, CERT. 3.1
EN 10204, DUREZZA SECONDO ISO 6508-1, CONF. DA 25 PZ, IMBALLO 1200X800.
CONDIZIONI GENERALI DI ACQUISTO OBP REV. 7 - PAGAMENTO 60 GG DFFM.
""")])


# c19: release email + PDF release notice, full balance released, no balance remains -> clean
_t = """\
Dear Carmen,

following the sample sign-off SO-24-031 of 21.05.2024 (result: approved, signed by
Tomasz Kowalczyk after the line trial on line 3), I send the written production
release for the chocolate moulds CM-275x135-24:

  Production release PR-2024-07
  Order: PO ZK/2024/0456 and revised PO ZK/2024/0456-R1 (commercial cover 2 000 moulds)
  Quantity released: 1 994 moulds (one thousand nine hundred ninety-four)
  Unlock event: sample sign-off SO-24-031, approved
  Released by: Dorota Lis, Production Director (release authority)

With this the full quoted quantity of 2 000 (6 samples + 1 994) is released; no
balance remains on hold. Material authority: up to the 1 994 moulds. The release
notice as PDF is attached for your file.

Z poważaniem / Kind regards
Dorota Lis
Dyrektor Produkcji
""" + sig("Dorota Lis", "Dyrektor Produkcji / Production Director", KCP + ", ul. Niciarniana 44, 92-320 Łódź", PH_KCP)
_pr = pdfx([
    ("h1", "PRODUCTION RELEASE PR-2024-07"),
    ("p", "Cukiernia Przemyslowa Kasztelan Sp. z o.o. - to Moldes Levante S.L."),
    ("table", [["Field", "Entry"],
               ["Part", "Chocolate mould CM-275x135-24, 24 cavities, polycarbonate"],
               ["PO", "ZK/2024/0456 and ZK/2024/0456-R1 (cover 2 000 moulds)"],
               ["Samples", "6 moulds (delivered 14.05.2024)"],
               ["Quantity released now", "1 994 moulds"],
               ["Balance on hold after this release", "0"],
               ["Unlock event", "Sample sign-off SO-24-031, 21.05.2024, approved (Tomasz Kowalczyk)"],
               ["Material authority", "staged up to 1 994 moulds"],
               ["Released by", "Dorota Lis, Production Director, 22.05.2024"]]),
], title="PR-2024-07", author="Dorota Lis")
case("c19_release_email_full_balance", [],
     "written production release of the whole balance 1 994 with event, named release authority and PDF notice; no balance remains",
     [("PR-2024-07_mail.eml", eml_bytes(mail(DOROTA, CARMEN, "Production release PR-2024-07 - CM-275x135-24 - 1 994 moulds",
                                            dt(2024, 5, 22, 8, 30, 2), _t, html=mail_html(_t), cc=AGNIESZKA,
                                            attachments=[("PR-2024-07.pdf", _pr, PDF_MT)])))])


# c20: minutes keeping the words apart (DOCX) -> clean
case("c20_minutes_terms_apart", [],
     "kickoff minutes keep PO issued / sample sign-off / production release apart; 12 samples, balance 1.188 not released, written release by Cattaneo",
     [("Verbale_kickoff_DDP-80.docx", docx_bytes([
         ("h1", "Verbale riunione / Minutes - kickoff DDP-80 pistons"),
         ("p", "Date: 06.05.2024, Parma, and Teams. Present: Giulia Ferraresi (Acquisti), Marco Zanetti (Ufficio Tecnico), "
               "Ing. Paolo Cattaneo (Operations), Jürgen Weiß and Sabine Krämer (Hartmann)."),
         ("h", "1. Purchase order"),
         ("p", "PO OA 24/0611 is issued for 12 sample pistons DDP-80 (drawing OBP-2210 Rev D). The PO gives commercial "
               "cover for these 12 pistons only."),
         ("h", "2. Sample sign-off"),
         ("p", "Marco Zanetti does the sample sign-off after the fit test on the D-300 divider (target week 22)."),
         ("h", "3. Production release"),
         ("p", "The balance of 1.188 pistons from offer AN-24-0412 is not released. Production starts only with a written "
               "production release signed by Ing. Paolo Cattaneo, after the sample sign-off. If volume goes above the "
               "offer, a revised PO comes first."),
         ("h", "4. Material"),
         ("p", "Material authority: sample-only. Hartmann buys bar 1.4404 Ø85 for the 12 samples only."),
         ("h", "Actions"),
         ("table", [["#", "Action", "Who", "When"],
                    ["1", "Deliver 12 sample pistons with 3.1 certificate", "Hartmann (S. Krämer)", "wk 21"],
                    ["2", "Fit test and sample sign-off", "M. Zanetti", "wk 22"],
                    ["3", "Decide written production release for the 1.188", "P. Cattaneo", "after action 2"]]),
         ("p", "Redatto da / Written by: Giulia Ferraresi"),
     ], author="Giulia Ferraresi"))])


# c21: supplier question about buying material, nothing bought -> clean
case("c21_supplier_asks_material", [],
     "supplier asks whether it may buy polycarbonate for 2.000 moulds and states it buys nothing without written authority; a question, no purchase",
     [("mail_Soler_20240529.txt", """\
From:    Javier Soler <jsoler@moldeslevante.es>
Sent:    miércoles, 29 de mayo de 2024 12:06
To:      Agnieszka Wróblewska <a.wroblewska@kasztelan-cukiernia.pl>
Cc:      Carmen Ortega <cortega@moldeslevante.es>
Subject: CM-275x135-24 - polycarbonate price increase July

Dear Agnieszka,

our granulate supplier (Makrolon 2458 grade, food contact EU 10/2011) announce
+8 % from 1 July. Do we can buy the polycarbonate for the full 2.000 moulds now, to
keep the old price? It would be about 1.900 kg.

Please tell us. We will not buy anything beyond the 6 samples without your written
authority - this is only a question.

Un saludo,
Javier Soler
Jefe de Producción
Moldes Levante S.L. - Av. de la Industria 17, 03440 Ibi (Alicante)
Tel. +34 965 55 21 40

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y para uso exclusivo del
destinatario. Si lo ha recibido por error, comuníquelo al remitente y bórrelo.
""")])


# c22: supplier portal quote page with tiers (HTML) -> clean
case("c22_supplier_portal_quote_tiers", [],
     "supplier portal quote with 24 / 1.000 / 5.000 price tiers; a quote authorizes nothing and no authorized quantity is in the bundle",
     [("ege_portal_quote_EQ-24-118.html", html_page("Ege Paslanmaz - Teklif / Quotation EQ-24-118", """\
<h2>Ege Paslanmaz Makina - Müşteri Portalı / Customer Portal</h2>
<p>Customer: <b>Panificadora del Bajío S.A. de C.V.</b>, León, Gto. - contact Alejandra Ruiz Torres</p>
<h3>Teklif / Quotation EQ-24-118 &nbsp; (2024-04-19, valid 45 days)</h3>
<table>
<tr><th>Part</th><th>Description</th><th>Qty tier</th><th>Unit price</th><th>Lead time</th></tr>
<tr><td rowspan="3">DN-08-316</td><td rowspan="3">Depositor nozzle Ø8, AISI 316L, G 1/4, electro-polished Ra 0,4</td><td>24 (samples)</td><td>USD 21,00</td><td>3 weeks</td></tr>
<tr><td>1.000</td><td>USD 6,40</td><td>6 weeks after your written release</td></tr>
<tr><td>5.000</td><td>USD 5,85</td><td>8 weeks after your written release</td></tr>
</table>
<p class="note">This is a quotation, not an order confirmation. Tier quantities show price breaks only.
Nothing is produced and no material is bought until we have your purchase order and, for any quantity
beyond samples, your written production release.</p>
<p>Standards: EN 1672-2:2020, ISO 9001:2015, Reg. (EC) 1935/2004, thread G 1/4 ISO 228-1.</p>
<p>Prepared by Emre Yılmaz, Export Sales - +90 232 328 44 10</p>
""", lang="en"))])


# c23: buyer PO scope note with all four jobs (PDF with table) -> clean
case("c23_po_scope_note", [],
     "PO with scope note: 60 sample links active, balance 3 940 not released, first-article sign-off + written release by Dorota Lis, sample-only material",
     [("ZK_2024_0522.pdf", pdfx([
         ("h1", "ZAMOWIENIE / PURCHASE ORDER ZK/2024/0522"),
         ("p", "Cukiernia Przemyslowa Kasztelan Sp. z o.o., ul. Niciarniana 44, 92-320 Lodz, NIP 725-000-00-00"),
         ("p", "Supplier: Ege Paslanmaz Makina San. ve Tic. A.S., Izmir    Date: 27.05.2024    Buyer: Agnieszka Wroblewska"),
         ("table", [["Poz.", "Part", "Description", "Qty", "Price", "Scope"],
                    ["10", "OBL-1250-127", "Oven-belt link, pitch 12,7 mm, 1.4301, wafer oven W-2", "60 pcs", "EUR 1,85", "sample"]]),
         ("sp",),
         ("h", "Scope note"),
         ("p", "1. Active quantity: 60 sample links (line 10). Make these now."),
         ("p", "2. The balance of 3 940 links from your quote EQ-24-102 is not released."),
         ("p", "3. What to do now: make and ship the 60 samples with the dimensional report. Material authority: "
               "sample-only - do not buy wire or strip for the balance."),
         ("p", "4. Unlock: first-article sign-off by Tomasz Kowalczyk (technology), then a written production release "
               "signed by Dorota Lis, Production Director. The quoted 4 000 is a firm price basis, not a firm order."),
     ], title="ZK/2024/0522", author="Agnieszka Wroblewska"))])


# c24: supplier status mail with a two-level quoted chain and an HTML status attachment -> clean
_lvl2 = """\
Dear Martin,

our PO OA 24/0650 is attached: 16 sample pistons DDP-80, drawing OBP-2210 Rev D.
The balance of 784 pistons of your offer NP-24-0219 is not released. It is unlocked
after the sample sign-off by Marco Zanetti and a written production release from
Ing. Paolo Cattaneo. Material authority: sample-only.

Cordiali saluti
Giulia Ferraresi"""
_lvl1 = f"""\
Dear Giulia,

received, thank you. One question: can we pre-buy the bar 1.4404 Ø85 for all 800
pistons? Our steel service centre announce price up in July.

Best regards
Martin Kováč

-----Original Message-----
From: Giulia Ferraresi <giulia.ferraresi@brunelli-obp.it>
Sent: 10 May 2024 10:05
Subject: OA 24/0650 - DDP-80 sample pistons

{q(_lvl2)}"""
_t = f"""\
Dear Giulia,

status of OA 24/0650: the 16 sample pistons are machined, hardening done yesterday,
final grinding today. Shipment on Friday 31.05 with UPS, report attached (HTML).

As you answered by phone on 14.05, we do not pre-buy bar - material only for the
16 samples. The balance of 784 stays on hold until your written release.

S pozdravom / Best regards
Zuzana Horváthová
{sig("Zuzana Horváthová", "Plánovanie výroby / Production planning", SPV, PH_SPV)}
-----Original Message-----
From: Martin Kováč <kovac@strojarne-povazie.sk>
Sent: 13 May 2024 08:12
To: Giulia Ferraresi <giulia.ferraresi@brunelli-obp.it>
Subject: RE: OA 24/0650 - DDP-80 sample pistons

{q(_lvl1)}
"""
_rep = html_page("Status report OA 24/0650", """\
<h3>Strojárne Považie - status report 2024-05-29</h3>
<table>
<tr><th>Order</th><th>Part</th><th>Qty</th><th>Operation</th><th>Status</th></tr>
<tr><td>OA 24/0650</td><td>DDP-80 sample piston</td><td>16</td><td>turning / hardening / grinding</td><td>grinding 29.05, ship 31.05</td></tr>
<tr><td>balance (offer NP-24-0219)</td><td>DDP-80</td><td>784</td><td>-</td><td>on hold, not released by customer</td></tr>
<tr><td>material</td><td>bar 1.4404 Ø85</td><td>for 16 pcs</td><td>-</td><td>sample only</td></tr>
</table>""")
case("c24_status_two_level_chain", [],
     "supplier status mail over a two-level quoted chain; buyer scope (16, hold, sign-off + written release by Cattaneo) quoted; supplier declines pre-buying material",
     [("RE_RE_OA_24-0650.eml", eml_bytes(mail(ZUZANA, GIULIA, "RE: RE: OA 24/0650 - DDP-80 sample pistons - status",
                                             dt(2024, 5, 29, 14, 20, 2), _t, cc=MARTIN,
                                             in_reply_to="<h198-ext-0650b@strojarne-povazie.sk>",
                                             attachments=[("status_OA_24-0650.html", _rep, HTML_MT)])))])


# c25: PO (PDF) + proforma invoice (TXT), quantities agree, deposit does not release -> clean
case("c25_po_plus_proforma_agree", [],
     "PO for 40 sample trays with full scope note + proforma for the same 40 that says payment does not release the 1.960 balance",
     [("OC-2024-0933.pdf", pdfx([
         ("h1", "ORDEN DE COMPRA / PURCHASE ORDER OC-2024-0933"),
         ("p", "Panificadora del Bajio S.A. de C.V., Blvd. Aeropuerto 3150, Leon, Gto., Mexico - RFC PBA-980312-XX0"),
         ("p", "Proveedor / Supplier: Guangzhou Huaxin Bakeware Machinery Co., Ltd., Panyu, Guangzhou    Fecha: 11.06.2024"),
         ("table", [["Lin.", "Parte", "Descripcion", "Cant.", "Precio USD", "Alcance / Scope"],
                    ["1", "PT-600x400", "Charola de fermentacion / proofer tray, perforated, AISI 304, 1.0 mm", "40", "18,50", "muestras / samples"]]),
         ("sp",),
         ("p", "Alcance / Scope: this OC covers 40 (cuarenta) sample trays only. The balance of 1.960 trays from quote "
               "HX-Q-240530 is NOT released. Unlock: sample sign-off by Ing. Jorge Medina and then a written production "
               "release from Lic. Fernando Castaneda, Director de Operaciones. Material: sample-only."),
         ("p", "Pago / Payment: 100 % before shipment for the 40 samples. Payment is for the samples only."),
         ("p", "Compras: Alejandra Ruiz Torres"),
     ], title="OC-2024-0933", author="Alejandra Ruiz Torres")),
      ("PI-HX-240612.txt", """\
GUANGZHOU HUAXIN BAKEWARE MACHINERY CO., LTD.
广州华鑫烘焙机械有限公司
No. 18 Xingye Road, Panyu District, Guangzhou 511400, China
Tel +86 20 3482 6617

                         PROFORMA INVOICE
PI No.: PI-HX-240612                         Date: 2024-06-12
Buyer : Panificadora del Bajío S.A. de C.V., León, Gto., México
Your PO: OC-2024-0933

No. Description                                   Qty    Unit USD   Amount USD
1   Proofer tray PT-600x400 perforated, SUS304    40     18.50        740.00
    1.0mm, samples
2   Sample freight by air (DHL)                    1    165.00        165.00
                                                            TOTAL     905.00

Payment: 100% T/T before shipment (samples).
Bank: Bank of China, Guangzhou Panyu Branch, SWIFT BKCHCNBJ400

Remark: This payment is for the 40 sample trays only. Payment does not release
production of the balance 1,960 trays. For the balance we wait your written
release from Lic. Fernando Castañeda.

Lily Chen
Sales Dept.
""")])


# ================================================================ POSITIVE

# p01: ERP sample PO whose PO text repeats the series quantity unmarked
case("p01_erp_po_series_qty_in_text", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 12 pistons; PO text quotes 'serie 1.200 pz' unmarked; no hold, no unlock event, no named release person",
     [("OA_24-0588.txt", """\
OFFICINE BRUNELLI PANIFICAZIONE S.P.A.                 ORDINE DI ACQUISTO
Via Emilia Ovest 221 - 43126 PARMA (PR)                 OA 24/0588   DEL 15.04.2024
--------------------------------------------------------------------------------
FORNITORE  100473  HARTMANN PRAEZISIONSTEILE GMBH            PAG. 1/1
           WESTLICHE KARL-FRIEDRICH-STR. 88, 75172 PFORZHEIM (DE)
BUYER      G. FERRARESI     TEL +39 0521 889 410
STATO      EMESSO           VALUTA EUR      RESA  DAP PARMA INCOTERMS 2020
--------------------------------------------------------------------------------
POS CODICE          DESCRIZIONE                         Q.TA  UM  PREZZO    IMPORTO
010 2210-080-04     PISTONE DIVISORE DDP-80 CAMPIONI      12  PZ  96,00   1.152,00
                    DIS. OBP-2210 REV D, 1.4404, D80 H6
                    CONSEGNA 20.05.2024
--------------------------------------------------------------------------------
TOTALE ORDINE                                             12  PZ          1.152,00

TESTO:
RIF. VS. OFFERTA AN-24-0412 DEL 08.04.2024: CAMPIONI 12 PZ A EUR 96,00,
SERIE 1.200 PZ A EUR 22,40, CONSEGNA SERIE 8 SETTIMANE.
CERTIFICATO 3.1 EN 10204 E DICHIARAZIONE CE 1935/2004 CON LA MERCE.
CONDIZIONI GENERALI DI ACQUISTO OBP REV. 7 - PAGAMENTO 60 GG DFFM.
""")])


# p02: "green light, go ahead with the blades" - no quantity; hold/event/person are present
_quote = """\
Dear Alejandra,

we quote the slicer blades SB-530-12 (530 mm, 12 mm pitch, 58 HRC, 1.2003):

  - sample lot: 20 pcs, EUR 41,00 / pc, 3 weeks
  - production: 480 pcs, EUR 27,50 / pc, 6 weeks from your release

Quote CP-24-061, valid 60 days. Pictures of a similar blade attached.

Best regards
Martin Kováč"""
_t = f"""\
Hola Martin,

thanks for the quote CP-24-061 and the nice pictures. Green light from our side, go
ahead with the blades!! :)

Just remember the balance for the production stays on hold: it opens only after
Ing. Jorge Medina signs the sample report and Lic. Fernando Castañeda sends you the
written production release.

Saludos,
Alejandra
{sig("Alejandra Ruiz Torres", "Compras", PDB + ", León, Gto.", PH_PDB)}
El 29/04/2024 a las 09:18, Martin Kováč <kovac@strojarne-povazie.sk> escribió:
{q(_quote)}
"""
case("p02_green_light_no_qty", ["RG002", "RG010"],
     "buyer's 'green light, go ahead with the blades' names no quantity and no sample scope; the 20/480 are only in the quoted supplier quote; hold, event and Castañeda are stated",
     [("RE_Quote_CP-24-061.eml", eml_bytes(mail(ALEJANDRA, MARTIN, "RE: Quote CP-24-061 slicer blades SB-530-12",
                                               dt(2024, 4, 30, 8, 55, -6), _t, html=mail_html(_t),
                                               in_reply_to="<h198-ext-cp061@strojarne-povazie.sk>")))])


# p03: supplier reads the deposit as the go for production; buyer's complete scope quoted
_buyer = """\
Dear Carmen,

PO ZK/2024/0512 attached: 6 sample moulds CM-275x135-24 only. The production
quantity of 1 994 moulds is not released. It opens after sample sign-off by Tomasz
Kowalczyk and a written production release signed by Dorota Lis, Production Director.
The 30 % deposit we pay against your proforma PF-24-0102 as agreed.

Pozdrawiam
Agnieszka Wróblewska"""
_t = f"""\
Dear Mrs Agnieszka,

thank you very much, today we have received the deposit of EUR 14.390,00 for
proforma PF-24-0102.

With the deposit received the order is confirmed for us, so we launch the production
of the moulds next Monday in parallel with the 6 samples, like this we keep your
delivery for September. The polycarbonate for the 1 994 moulds we have already
ordered. The samples you receive in week 24.

Un saludo cordial,
Carmen Ortega
{sig("Carmen Ortega", "Departamento Comercial", MLV + ", Ibi (Alicante)", PH_MLV)}
De: Agnieszka Wróblewska <a.wroblewska@kasztelan-cukiernia.pl>
Enviado el: martes, 21 de mayo de 2024 10:40
Para: Carmen Ortega <cortega@moldeslevante.es>
Asunto: PO ZK/2024/0512 - sample moulds CM-275x135-24

{q(_buyer)}
"""
case("p03_supplier_deposit_means_go", ["RG006", "RG012"],
     "supplier writes that the received deposit confirms the order, launches production and has ordered polycarbonate for the 1 994; the quoted buyer scope (6 samples, hold, sign-off + written release by Dorota Lis) is complete",
     [("RE_PO_ZK-2024-0512.eml", eml_bytes(mail(CARMEN, AGNIESZKA, "RE: PO ZK/2024/0512 - sample moulds CM-275x135-24",
                                               dt(2024, 5, 24, 17, 3, 2), _t,
                                               in_reply_to="<h198-ext-0512@kasztelan-cukiernia.pl>")))])


# p04: WhatsApp: deposit paid -> "green light, arranquen la producción"
case("p04_whatsapp_deposit_green_light", ["RG002", "RG012"],
     "chat: scope 24 samples with hold/event/person, then buyer says deposit paid so 'green light, arranquen la producción' with no quantity",
     [("WhatsApp_Chat_Emre_Ege.txt", """\
WhatsApp Chat with Emre Yılmaz Ege Paslanmaz

03/06/24, 10:02 - Alejandra Ruiz: Buenos días Emre! OC-2024-0971 enviada: 24 nozzles DN-08-316 de muestra
03/06/24, 10:03 - Alejandra Ruiz: the rest 1.176 pcs NOT released, espera la firma del reporte de muestras de Ing. Jorge Medina y la liberación escrita del Lic. Fernando Castañeda
03/06/24, 10:15 - Emre Yılmaz Ege Paslanmaz: Good morning Alejandra, received thank you. Proforma for 30% deposit of the total project I send today
03/06/24, 10:16 - Emre Yılmaz Ege Paslanmaz: <Media omitted>
05/06/24, 16:40 - Alejandra Ruiz: Listo, anticipo pagado hoy 💸 so you have green light, arranquen la producción!!
05/06/24, 16:41 - Alejandra Ruiz: comprobante SWIFT MT103 en el mail
05/06/24, 16:52 - Emre Yılmaz Ege Paslanmaz: Thank you Alejandra, we plan the production this week 👍
""")])


# p05: supplier status report: coil bought for the whole 3.000 trays
case("p05_status_report_coil_full_qty", ["RG006"],
     "supplier weekly report: 30 samples released, balance 2.970 on hold, but SUS304 coil bought for all 3.000 trays without a material authority",
     [("Weekly_report_SMB_wk21.pdf", pdfx([
         ("h1", "WEEKLY STATUS REPORT - WEEK 21/2024"),
         ("p", "Guangzhou Huaxin Bakeware Machinery Co., Ltd. - for Seri Mahkota Biscuits Sdn. Bhd. (Shah Alam)"),
         ("p", "Project: proofer tray PT-600x400 perforated, SMB PN 60-400-18, line B"),
         ("table", [["Item", "Qty", "Status"],
                    ["PO SMB-PO-24-0355 - sample trays", "30", "22 pcs formed, 8 pcs in perforation, ship 31 May"],
                    ["Balance per quote HX-Q-240502", "2.970", "on hold, not released by customer"],
                    ["Stainless coil SUS304 1.0 mm x 1250", "for 3.000 trays (4,2 t)", "purchased 10 May, in our warehouse"],
                    ["Perforation die D3", "1 set", "finished, trial OK"]]),
         ("sp",),
         ("p", "Remark: because coil price is going up in June and lead time is 5 weeks, we bought the coil for the whole "
               "3.000 trays already. So after your release we can start immediately, no waiting time for material."),
         ("p", "Please send the production release soon after the samples arrive."),
         ("p", "Prepared by: Zhou Jianguo, Factory Manager    Checked: Lily Chen, Sales"),
     ], title="Weekly report wk21", author="Zhou Jianguo"))])


# p06: supplier staged bar for the whole series and will start right after the sample OK
_buyer = """\
Dear Mrs Krämer,

OA 24/0611: 12 sample pistons DDP-80, drawing OBP-2210 Rev D. The balance of
1.188 pistons is not released. It is unlocked after the sample sign-off by Marco
Zanetti and the written production release from Ing. Paolo Cattaneo.

Cordiali saluti
Giulia Ferraresi"""
_t = f"""\
Dear Mrs Ferraresi,

short status: the 12 samples are in hardening, delivery KW 22 as promised.

For the series we have already sawn the 1.4404 bar for all 1.188 pistons, it is staged
at our hardening partner in Birkenfeld, so no time is lost. When Mr Zanetti gives us
the sample OK we start the series directly, the written release can come afterwards.

Mit freundlichen Grüßen / Kind regards
Sabine Krämer
{sig("Sabine Krämer", "Arbeitsvorbereitung / Production planning", HPT + ", Pforzheim", PH_HPT)}
Von: Giulia Ferraresi <giulia.ferraresi@brunelli-obp.it>
Gesendet: Dienstag, 7. Mai 2024 10:12
An: Sabine Krämer <s.kraemer@hartmann-praezision.de>
Betreff: OA 24/0611 DDP-80 sample pistons

{q(_buyer)}
"""
case("p06_supplier_staged_bar_and_rollover", ["RG006", "RG007"],
     "supplier has sawn and staged bar for all 1.188 pistons without material authority and will start the series on the sample OK before the written release; buyer scope quoted complete",
     [("AW_OA_24-0611.eml", eml_bytes(mail(SABINE, GIULIA, "AW: OA 24/0611 DDP-80 sample pistons - Status",
                                          dt(2024, 5, 22, 11, 48, 2), _t, cc=MARCO,
                                          in_reply_to="<h198-ext-0611@brunelli-obp.it>")))])


# p07: supplier MRP printout: strip ordered for 600 blades, 20 released
case("p07_mrp_material_full_qty", ["RG006"],
     "supplier MRP printout: released 20 sample blades, customer balance 580 not released, but strip ordered for 600 blades",
     [("MRP_SO24-0417.txt", """\
STROJÁRNE POVAŽIE s.r.o.          MRP - PLÁNOVANÉ POTREBY / PLANNED REQUIREMENTS
Tlač / printed: 12.06.2024 06:15   Užívateľ: HORVATHOVA
===============================================================================
Zákazka / Sales order : SO 24-0417
Zákazník / Customer   : OFFICINE BRUNELLI PANIFICAZIONE S.P.A., PARMA (IT)
Obj. zákazníka / PO   : OA 24/0702
Výrobok / Item        : SB-530-12  NÔŽ 530 MM, ROZTEČ 12 MM, 58 HRC
-------------------------------------------------------------------------------
 Množstvo uvoľnené zákazníkom / qty released by customer :    20 ks (vzorky)
 Zostatok zákazníka / customer balance                   :   580 ks NOT RELEASED
-------------------------------------------------------------------------------
 MATERIÁL / MATERIAL
 Pol  Materiál                 Potreba      Nákupná obj.   Stav        Termín
 10   PÁS 1.2003 2,5x60 mm     600 ks/1,14t  NO 24-1188    OBJEDNANÉ   14.06.2024
 20   BRUSNÝ KOTÚČ 400x40      2 ks          NO 24-1189    OBJEDNANÉ   14.06.2024
-------------------------------------------------------------------------------
 Poznámka / note: material ordered for full quantity 600 ks to keep the lead
 time (rozhodnutie M. Kováč 10.06.). Strip supplier min. order 1 t anyway.
 Kapacita brúsenie: týž. 27-29 rezervovaná.
===============================================================================
""")])


# p08: minutes: "approved" for technical and commercial, "released" for SAP PO and production
case("p08_minutes_mixed_terms", ["RG009"],
     "minutes use 'approved' for the sample check and for the price, and 'released' for the SAP PO workflow and for production; scope itself complete",
     [("Notatka_spotkania_2024-05-22.docx", docx_bytes([
         ("h1", "Notatka ze spotkania / Minutes of meeting - formy CM-275x135-24"),
         ("p", "22.05.2024, Łódź. Obecni: Agnieszka Wróblewska (zakupy), Tomasz Kowalczyk (technologia), Dorota Lis "
               "(produkcja), Carmen Ortega (Moldes Levante, online)."),
         ("num", "Samples (6 pcs) from Moldes Levante: approved by technology (Tomasz) - cavities ok, demoulding ok on line 3."),
         ("num", "Price for production moulds EUR 23,10: approved by purchasing and finance on 20.05."),
         ("num", "PO ZK/2024/0540 for the 6 samples was released in SAP on 06.05 (release strategy Z2, 2 levels)."),
         ("num", "Production release for the 1 994 moulds: not yet. Dorota Lis will release after the line trial in week 23, "
                 "in writing. Until then Moldes Levante does not start the production quantity."),
         ("num", "Material: sample-only until the written release."),
         ("p", "Następne spotkanie / next meeting: 05.06.2024. Notatkę sporządziła: A. Wróblewska"),
     ], author="Agnieszka Wróblewska"))])


# p09: supplier portal shows a customer forecast as firm order and material reserved for it
case("p09_portal_forecast_as_firm_material", ["RG006", "RG008"],
     "supplier order book enters the customer's H2 forecast of 5.000 nozzles as FIRM ORDER and has 316L bar bought for 5.030 while 30 samples are released",
     [("ege_orderbook_SMB.html", html_page("Ege Paslanmaz - Order book Seri Mahkota", """\
<h2>Ege Paslanmaz Makina - Sipariş defteri / Order book</h2>
<p>Müşteri / Customer: <b>Seri Mahkota Biscuits Sdn. Bhd.</b> (Shah Alam, MY) &nbsp; · &nbsp; updated 2024-06-18</p>
<table>
<tr><th>Document</th><th>Part</th><th>Qty</th><th>Type</th><th>Status</th></tr>
<tr><td>PO SMB-PO-24-0290</td><td>DN-08-316 depositor nozzle</td><td>30</td><td>sample</td><td>released by customer (30 only; balance not released) - shipped 11.06</td></tr>
<tr><td>Forecast FC-SMB-2024-H2</td><td>DN-08-316 depositor nozzle</td><td>5.000</td><td><b>FIRM ORDER</b></td><td>in production plan from wk 27, 1.000 / month</td></tr>
</table>
<h3>Material / Malzeme</h3>
<table>
<tr><th>Material</th><th>For</th><th>Status</th></tr>
<tr><td>316L bar Ø12 (1.4404), EN 10088-3</td><td>5.030 nozzles</td><td>purchased, in stock, heat no. 24-1177</td></tr>
</table>
<p class="note">Customer forecast H2 is taken as firm order, production planned from week 27.
Material bought for the full quantity to secure delivery.</p>
<p>Ayşe Demir - Planlama / Planning - ISO 9001:2015</p>
""", lang="en"))])


# p10: Teams: buyer engineer says roll into the balance after the fit test, skip the written release
case("p10_teams_roll_into_balance", ["RG007"],
     "Teams: purchasing sets 12 samples and written release by Cattaneo; engineer then says 'if the fit test is ok just roll into the 1.188, don't wait for the paper'",
     [("Teams_chat_OA_24-0640.txt", """\
Microsoft Teams - chat export
Chat: OA 24/0640 DDP-80 (external)
Participants: Giulia Ferraresi, Marco Zanetti (Officine Brunelli), Sabine Krämer (Hartmann Präzisionsteile GmbH) (External)

Giulia Ferraresi   21/05/2024 14:02
OA 24/0640 for 12 pistons DDP-80 Rev D is out. Samples only - the balance 1.188 is not released, it needs the written release of Ing. Paolo Cattaneo after the fit test sign-off.

Sabine Krämer (Hartmann Präzisionsteile GmbH) (External)   21/05/2024 14:10
Thanks, noted. 12 pcs KW 23.

Marco Zanetti   05/06/2024 09:31
Sabine the 12 pistons are on the D-300 divider now, looks very good

Marco Zanetti   05/06/2024 09:33
if the fit test is ok tomorrow just roll into the 1.188, don't wait for the paper, Paolo will sign it later anyway

Sabine Krämer (Hartmann Präzisionsteile GmbH) (External)   05/06/2024 09:40
OK Marco, then we plan the 1.188 from Monday after your OK 👍
""")])


# p11: supplier quote says production follows automatically on sample approval
case("p11_quote_auto_continue", ["RG007"],
     "supplier quote: 'once the samples are approved we continue automatically with the 992 moulds, no further order needed'; no explicit recorded auto-conversion",
     [("Oferta_OF-24-0301.pdf", pdfx([
         ("h1", "OFERTA / QUOTATION OF-24-0301"),
         ("p", "Moldes Levante S.L. - Av. de la Industria 17, 03440 Ibi (Alicante) - CIF B-03000000"),
         ("p", "Cliente / Customer: Officine Brunelli Panificazione S.p.A., Parma - Att. Giulia Ferraresi"),
         ("p", "Fecha / Date: 15.05.2024    Validez / Validity: 30 dias"),
         ("table", [["Pos.", "Articulo", "Descripcion", "Cantidad", "Precio/ud.", "Plazo"],
                    ["1", "CM-275x135-24", "Molde chocolate 24 cavidades, policarbonato, EU 10/2011 - muestras", "8", "EUR 39,00", "3 semanas"],
                    ["2", "CM-275x135-24", "idem - produccion", "992", "EUR 22,70", "8 semanas"],
                    ["3", "Inserto molde", "Utillaje / tooling, one-time", "1", "EUR 6.400,00", "4 semanas"]]),
         ("sp",),
         ("p", "Condiciones / Conditions: Once the samples are approved by your quality department, we continue "
               "automatically with the production of the 992 moulds - no further order or confirmation is needed, so "
               "you save time. Delivery of production 8 weeks after the sample approval."),
         ("p", "Pago: 30 % a la orden, 70 % antes de la expedicion. Portes: DAP Parma."),
         ("p", "Carmen Ortega, Departamento Comercial"),
     ], title="OF-24-0301", author="Carmen Ortega"))])


# p12: buyer writes a labelled forecast as "our firm order for 2025"
_csv = """\
# SERI MAHKOTA BISCUITS SDN BHD - FORECAST 2025 - for planning
# part;description;month;qty;type
60-400-18;proofer tray PT-600x400;2025-01;600;forecast
60-400-18;proofer tray PT-600x400;2025-02;600;forecast
60-400-18;proofer tray PT-600x400;2025-03;700;forecast
60-400-18;proofer tray PT-600x400;2025-04;700;forecast
60-400-18;proofer tray PT-600x400;2025-05;700;forecast
60-400-18;proofer tray PT-600x400;2025-06;700;forecast
60-400-18;proofer tray PT-600x400;2025-07;600;forecast
60-400-18;proofer tray PT-600x400;2025-08;600;forecast
60-400-18;proofer tray PT-600x400;2025-09;700;forecast
60-400-18;proofer tray PT-600x400;2025-10;700;forecast
60-400-18;proofer tray PT-600x400;2025-11;700;forecast
60-400-18;proofer tray PT-600x400;2025-12;700;forecast
# total;;;8000;forecast
"""
_t = """\
Dear Lily,

good day. Attached our forecast 2025 for the proofer trays PT-600x400 (PN 60-400-18)
for lines A and B.

Please take this as our firm order for 2025: total 8,000 trays, delivery every month
as per the file. Kindly plan your capacity accordingly; monthly call-off by email
will follow for the shipping details.

Thank you and best regards,
Nurul Aisyah
""" + sig("Nurul Aisyah binti Hamid", "Procurement Executive", SMB + ", Shah Alam", PH_SMB)
case("p12_forecast_as_firm_order_mail", ["RG008"],
     "buyer mail turns the attached file labelled 'forecast 2025' into 'our firm order for 2025: total 8,000 trays'",
     [("SMB_2025_PT-600x400.eml", eml_bytes(mail(NURUL, LILY, "Forecast 2025 - proofer trays PT-600x400",
                                                dt(2024, 10, 2, 9, 30, 8), _t, html=mail_html(_t), cc=KEVIN,
                                                attachments=[("SMB_forecast_2025_PT-600x400.csv", _csv, "text/csv")])))])


# p13: X12 830 printout labelled forecast with all lines flagged firm
case("p13_edi830_forecast_firm", ["RG008"],
     "X12 830 printout: header says forecast / planning only, but every line is FST qualifier C (firm) and the note calls it a firm order",
     [("EDI830_PDB-830-2024-22.txt", """\
==============================================================================
 X12 830 PLANNING SCHEDULE WITH RELEASE CAPABILITY - TRANSLATION PRINTOUT
 Sender PANBAJIO (ZZ)   Receiver GZHUAXIN (ZZ)   Control 000000221
==============================================================================
ISA*00*          *00*          *ZZ*PANBAJIO       *ZZ*GZHUAXIN       *240603*0715*U*00401*000000221*0*P*>~
GS*PS*PANBAJIO*GZHUAXIN*20240603*0715*221*X*004010~
ST*830*0001~
BFR*05**PDB-830-2024-22*DL*A*20240701*20241229*20240603~      PURPOSE: FORECAST (PLANNING ONLY)
N1*BY*PANIFICADORA DEL BAJIO SA DE CV*92*PDB01~
N1*SU*GUANGZHOU HUAXIN BAKEWARE MACHINERY CO LTD*92*GHX07~
LIN**BP*OBL-1250-127*VP*HX-OBL127~                         OVEN-BELT LINK P12.7 / BELT 1250 MM
UIT*EA~
FST*2000*C*W*20240701~        2.000  WK 27   C = FIRM
FST*2000*C*W*20240805~        2.000  WK 32   C = FIRM
FST*2000*C*W*20240902~        2.000  WK 36   C = FIRM
FST*2000*C*W*20241007~        2.000  WK 41   C = FIRM
FST*2000*C*W*20241104~        2.000  WK 45   C = FIRM
FST*2000*C*W*20241202~        2.000  WK 49   C = FIRM
CTT*1*12000~
SE*15*0001~
GE*1*221~
IEA*1*000000221~
------------------------------------------------------------------------------
 NOTE (MSG FTX):  PRONOSTICO SEMESTRAL 2024-S2, 12.000 ESLABONES. FAVOR DE
 CONSIDERARLO COMO PEDIDO FIRME - SUPPLIER TO PRODUCE AND SHIP PER DATES ABOVE.
 CONTACTO: ALEJANDRA RUIZ TORRES, COMPRAS, +52 477 710 2250
==============================================================================
""")])


# p14: supplier confirms the customer's forecast as firm order and buys strip for it
case("p14_confirm_forecast_firm_buy_strip", ["RG006", "RG008"],
     "supplier order confirmation turns the buyer's forecast into a firm order for 6.000 blades and has ordered strip for 6.000 while only 20 samples are released",
     [("Potvrdenie_OC-SP-24-0233.docx", docx_bytes([
         ("h1", "POTVRDENIE OBJEDNÁVKY / ORDER CONFIRMATION OC-SP-24-0233"),
         ("p", "Strojárne Považie s.r.o., Robotnícka 1, 017 01 Považská Bystrica"),
         ("p", "To: Panificadora del Bajío S.A. de C.V., Compras - Alejandra Ruiz Torres. Date: 18.06.2024"),
         ("p", "Your PO OC-2024-0790 covers 20 sample blades SB-530-12; the balance is not released by you. Samples are "
               "shipped in week 26."),
         ("p", "Based on your forecast 2024-2025 (file Pronostico_SB530.xlsx of 03.06.2024) we confirm a firm order for "
               "6.000 slicer blades SB-530-12, delivery 500 pcs monthly from August 2024 to July 2025."),
         ("table", [["Month", "Qty", "Status"],
                    ["08/2024", "500", "confirmed"],
                    ["09/2024", "500", "confirmed"],
                    ["10/2024", "500", "confirmed"],
                    ["11/2024 - 07/2025", "4.500", "confirmed"],
                    ["Total", "6.000", "firm order"]]),
         ("p", "To secure the delivery we have already ordered strip steel 1.2003 2,5 mm for all 6.000 blades "
               "(9,6 t, steel mill delivery 05.07.2024)."),
         ("p", "S pozdravom / Kind regards, Martin Kováč, Obchodný manažér"),
     ], author="Martin Kováč"))])


# p15: buyer portal PO: hold and event stated, release by an unnamed department
case("p15_portal_release_by_department", ["RG005"],
     "buyer portal PO: 6 samples, balance 1 994 not released, unlock after sample sign-off, but release 'by our Production Department' - no named person",
     [("portal_ZK-2024-0470.html", html_page("Portal Dostawcy Kasztelan - zamówienie ZK/2024/0470", """\
<h2>Portal Dostawcy / Supplier Portal - Cukiernia Przemysłowa Kasztelan Sp. z o.o.</h2>
<p>Dostawca / Supplier: <b>Moldes Levante S.L.</b> &nbsp;·&nbsp; nr dostawcy 200318</p>
<h3>Zamówienie / Purchase order ZK/2024/0470 &nbsp; (data 2024-05-02)</h3>
<table>
<tr><th>Poz.</th><th>Indeks</th><th>Opis / Description</th><th>Ilość / Qty</th><th>Cena / Price</th><th>Zakres / Scope</th></tr>
<tr><td>10</td><td>CM-275x135-24</td><td>Forma do czekolady 24 gniazda / chocolate mould 24 cav., PC, rys. KZ-0275 rew. 2</td><td>6 szt</td><td>EUR 39,00</td><td>próbki / samples</td></tr>
</table>
<p class="note"><b>Uwaga / Note:</b> Only the 6 sample moulds are ordered now. The balance of 1 994 moulds from
offer OF-24-0233 is not released - please do not start it. It will be released after the sample sign-off,
by our Production Department, in writing.</p>
<p>Materiał: tylko na próbki / material for samples only.</p>
<p>Kupiec / Buyer: Agnieszka Wróblewska</p>
""", lang="pl"))])


# p16: plain mail: balance on hold "until further notice", nobody named
case("p16_mail_hold_until_further_notice", ["RG004", "RG005"],
     "8 sample moulds; remaining 992 'on hold until further notice' - no unlock event and no named release authority",
     [("mail_Ferraresi_20240520.txt", """\
Da:      Giulia Ferraresi <giulia.ferraresi@brunelli-obp.it>
Inviato: lunedì 20 maggio 2024 16:48
A:       Carmen Ortega <cortega@moldeslevante.es>
Oggetto: OA 24/0677 - stampi cioccolato CM-275x135-24

Dear Carmen,

please find attached our OA 24/0677 for 8 (eight) sample moulds CM-275x135-24, for the
FAT of our one-shot depositing line OS-600 for a customer in Bavaria.

The remaining 992 moulds of your offer OF-24-0301 are on hold until further notice,
please do not start them and do not buy material for them.

Thank you and best regards,

Giulia Ferraresi
Ufficio Acquisti
Officine Brunelli Panificazione S.p.A.
Via Emilia Ovest 221 - 43126 Parma
Tel. +39 0521 889 410

Le informazioni contenute in questa e-mail sono riservate. Se avete ricevuto questo
messaggio per errore, vi preghiamo di cancellarlo e di avvisare il mittente.
""")])


# p17: hold and named release person, but no unlock event (multipart/alternative)
_t = """\
Dear Mr. Emre,

good day. Please find our PO SMB-PO-24-0377 for 30 (thirty) sample depositor
nozzles DN-08-316, drawing SMB-DWG-0212 Rev 5, delivery by air to Shah Alam.

Balance of 970 nozzles from your quotation EQ-24-125 is on hold and NOT released.
Only Encik Rizal Hashim, our Plant General Manager, can release it. Kindly do not
start the balance and buy bar only for the 30 samples.

Thank you and regards,
Nurul Aisyah
""" + sig("Nurul Aisyah binti Hamid", "Procurement Executive", SMB + ", Shah Alam", PH_SMB)
case("p17_hold_person_no_event", ["RG004"],
     "30 samples, balance 970 on hold and only Rizal Hashim can release it - no event (sign-off, written release, revised PO) named",
     [("PO_SMB-PO-24-0377.eml", eml_bytes(mail(NURUL, EMRE, "PO SMB-PO-24-0377 - sample depositor nozzles DN-08-316",
                                              dt(2024, 5, 9, 15, 12, 8), _t, html=mail_html(_t), cc=PRIYA)))])


# p18: PDF PO for 50 sample links with the production line of the quote shown unmarked
case("p18_pdf_po_quote_table_unmarked", ["RG001", "RG003", "RG004", "RG005"],
     "PDF PO for 50 sample links carries a quote reference table with 'produzione 4.000 links' unmarked; no hold, event or release person",
     [("OA_24-0701.pdf", pdfx([
         ("h1", "ORDINE DI ACQUISTO / PURCHASE ORDER  OA 24/0701"),
         ("p", "Officine Brunelli Panificazione S.p.A. - Via Emilia Ovest 221, 43126 Parma (PR)"),
         ("p", "Fornitore / Supplier: Guangzhou Huaxin Bakeware Machinery Co., Ltd., Panyu, Guangzhou"),
         ("p", "Data / Date: 27.05.2024    Buyer: Giulia Ferraresi    Resa: FOB Nansha"),
         ("table", [["Pos", "Codice", "Descrizione", "Q.ta", "Prezzo USD", "Consegna"],
                    ["10", "OBL-1250-127", "Maglia nastro forno / oven-belt link, passo 12,7 mm, 1.4301 - campioni", "50 pz", "1,90", "28.06.2024"]]),
         ("sp",),
         ("h", "Riferimento offerta / Quote reference HX-Q-240417"),
         ("table", [["Voce", "Quantita", "Prezzo USD", "Consegna"],
                    ["Campioni / samples", "50 links", "1,90", "3 settimane"],
                    ["Produzione / production", "4.000 links", "0,62", "6 settimane"]]),
         ("sp",),
         ("p", "Salt spray test ISO 9227 480 h on one sample. Packing in cartons of 250, pallet 1200x800. "
               "Condizioni generali di acquisto OBP rev. 7."),
     ], title="OA 24/0701", author="Giulia Ferraresi"))])


# p19: mail with the supplier's quote attached (PDF) showing production quantity; release authority named
_q = pdfx([
    ("h1", "OFERTA / OFFER OF-24-0233"),
    ("p", "Moldes Levante S.L., Ibi (Alicante) - for Cukiernia Przemyslowa Kasztelan Sp. z o.o., Lodz"),
    ("table", [["Pos.", "Articulo", "Cantidad", "Precio/ud.", "Plazo"],
               ["1", "CM-275x135-24 molde 24 cav. - muestras", "6", "EUR 39,00", "3 semanas"],
               ["2", "CM-275x135-24 molde 24 cav. - produccion", "1.994", "EUR 23,10", "8 semanas"]]),
    ("p", "Validez 30 dias. Pago 30 % a la orden. Carmen Ortega."),
], title="OF-24-0233", author="Carmen Ortega")
_t = """\
Dzień dobry Carmen,

in attachment your offer OF-24-0233. Please make the 6 sample moulds as per offer,
PO ZK/2024/0581 in SAP follows today.

Release authority for this project on our side: Dorota Lis, Production Director.

Pozdrawiam,
Agnieszka
""" + sig("Agnieszka Wróblewska", "Specjalista ds. zakupów / Purchasing", KCP + ", Łódź", PH_KCP)
case("p19_mail_quote_attached_person_named", ["RG001", "RG003", "RG004"],
     "authorizes 6 samples with the supplier offer attached (1.994 production, unmarked); names Dorota Lis as release authority but no hold and no unlock event",
     [("ZK_2024_0581.eml", eml_bytes(mail(AGNIESZKA, CARMEN, "Próbki CM-275x135-24 / PO ZK/2024/0581",
                                                 dt(2024, 6, 3, 12, 5, 2), _t,
                                                 attachments=[("OF-24-0233.pdf", _q, PDF_MT)])))])


# p20: sample approval record: "approved" in three senses, then "approved for production, go ahead"
case("p20_sar_approved_for_production", ["RG002", "RG007", "RG009"],
     "sample approval record uses 'approved' for QA, price and production and ends 'approved for production, Huaxin can go ahead' (no quantity), against its own written-release requirement",
     [("SAR-24-017.docx", docx_bytes([
         ("h1", "SAMPLE APPROVAL RECORD SAR-24-017"),
         ("p", "Seri Mahkota Biscuits Sdn. Bhd. - Engineering / QA / Procurement"),
         ("table", [["Field", "Entry"],
                    ["Part", "Proofer tray PT-600x400 perforated, SMB PN 60-400-18, AISI 304 1.0 mm"],
                    ["Supplier", "Guangzhou Huaxin Bakeware Machinery Co., Ltd."],
                    ["PO", "SMB-PO-24-0402: 30 sample trays"],
                    ["Balance", "2,970 trays on hold - production release to be signed by Encik Rizal Hashim after this sample approval"]]),
         ("sp",),
         ("h", "Results"),
         ("table", [["Check", "Spec", "Result"],
                    ["Length x width", "600 x 400 ± 1 mm", "599,6 x 400,2 OK"],
                    ["Flatness", "≤ 1,5 mm", "0,9 mm OK"],
                    ["Hole Ø", "3,0 ± 0,1 mm", "3,02 OK"],
                    ["Proofer run 48 h, 38 °C / 85 % RH", "no deformation", "OK"]]),
         ("h", "Decision"),
         ("li", "Technical: APPROVED - Priya Subramaniam, QA, 18.06.2024"),
         ("li", "Commercial: unit price USD 17,80 approved by Procurement (Nurul Aisyah)"),
         ("li", "Production: trays approved for production, Huaxin can go ahead."),
         ("p", "Distribution: Huaxin (Lily Chen), Procurement, Stores, Line B project."),
     ], author="Priya Subramaniam"))])


# p21: buyer portal PO with the supplier quote summary in the attachments list, unmarked
case("p21_portal_po_attachment_qty", ["RG001", "RG003", "RG004", "RG005"],
     "buyer portal PO for 24 sample nozzles lists the attached quote with '2.400 pzs producción' unmarked; no hold, no event, no release person",
     [("portal_OC-2024-0655.html", html_page("Portal de Proveedores PDB - OC-2024-0655", """\
<h2>Portal de Proveedores - Panificadora del Bajío</h2>
<p>Proveedor: <b>Ege Paslanmaz Makina San. ve Tic. A.Ş.</b> (İzmir) &nbsp;|&nbsp; No. proveedor P-0871</p>
<h3>Orden de compra OC-2024-0655 &nbsp; · &nbsp; fecha 2024-05-06 &nbsp; · &nbsp; estatus: enviada</h3>
<table>
<tr><th>Lín.</th><th>Parte</th><th>Descripción</th><th>Cant.</th><th>Precio USD</th><th>Entrega</th></tr>
<tr><td>1</td><td>DN-08-316</td><td>Boquilla dosificadora Ø8 / depositor nozzle, 316L, G 1/4 - muestra</td><td>24</td><td>21,00</td><td>2024-06-03</td></tr>
</table>
<h3>Documentos adjuntos</h3>
<table>
<tr><th>Archivo</th><th>Resumen</th></tr>
<tr><td>Cotizacion_Ege_EQ-24-118.pdf</td><td>24 muestras USD 21,00 &nbsp;/&nbsp; 2.400 pzs producción USD 6,10, 6 semanas</td></tr>
<tr><td>Plano_PDB-DN08_rev3.pdf</td><td>plano rev. 3, rosca G 1/4 ISO 228-1, Ra 0,4</td></tr>
</table>
<p>Comprador: Alejandra Ruiz Torres &nbsp;·&nbsp; Condiciones: 60 días, DAP León.</p>
""", lang="es"))])


# p22: WeChat: sample PO plus "total this year we need about 3000 trays", nothing on hold
case("p22_wechat_total_need", ["RG001", "RG003", "RG004", "RG005"],
     "WeChat: buyer issues PO for 30 sample trays and adds 'total this year we need about 3000 trays, delivery Sep/Oct' with nothing saying it is not released",
     [("WeChat_export_LilyChen.txt", """\
微信聊天记录 / WeChat chat history
与 陈丽 Lily Chen (华鑫 Huaxin) 的聊天
导出时间 Export: 2024-04-23 08:02

2024-04-22 10:05:12 Kevin Tan
Hi Lily, PO SMB-PO-24-0298 issued for 30 pcs sample trays PT-600x400, pls check email

2024-04-22 10:07:40 陈丽 Lily Chen
收到 received Kevin, thank you!

2024-04-22 10:09:03 Kevin Tan
total this year we need about 3000 trays for new line B, delivery Sep/Oct

2024-04-22 10:11:26 Kevin Tan
samples first by end May ok?

2024-04-22 10:20:55 陈丽 Lily Chen
OK can. 30pcs sample end May no problem 👌

2024-04-22 10:21:10 陈丽 Lily Chen
[图片 / image]
""")])


# p23: buyer forwards the supplier's own quote (rfc822) and asks to start the samples
_fq = mail(EMRE, MARCO, "Quotation EQ-24-096 depositor nozzles DN-08-316",
           dt(2024, 4, 11, 16, 20, 3), """\
Dear Mr. Zanetti,

as discussed on the phone please find our quotation EQ-24-096:

  DN-08-316 depositor nozzle Ø8, AISI 316L, G 1/4
  - 40 pcs samples        EUR 19,50 / pc   3 weeks
  - 3.960 pcs production  EUR 5,40 / pc    7 weeks

Electro-polishing Ra 0,4 included. Validity 45 days.

Best regards / Saygılarımla
Emre Yılmaz
""" + sig("Emre Yılmaz", "Export Sales Manager", EGE + ", Kemalpaşa OSB, İzmir", PH_EGE))
_t = """\
Ciao Emre,

below your quotation as forwarded to me from our engineering.

Please start with the 40 samples, PO OA 24/0715 is in the system and you get it
by mail tomorrow.

Thanks, Giulia
""" + sig("Giulia Ferraresi", "Ufficio Acquisti", OBP + ", Parma", PH_OBP)
case("p23_fwd_quote_start_samples", ["RG001", "RG003", "RG004", "RG005"],
     "buyer forwards the supplier's quote (rfc822) with 3.960 production and asks to start the 40 samples; no word that the 3.960 is informational or not released, no event, no person",
     [("Fwd_EQ-24-096.eml", eml_bytes(mail(GIULIA, EMRE, "Fwd: Quotation EQ-24-096 depositor nozzles DN-08-316",
                                          dt(2024, 4, 16, 10, 2, 2), _t, cc=MARCO,
                                          attachments=[("rfc822", _fq)])))])


# p24: one PO states the sample quantity twice, differently (10 in the line, twelve in the text)
case("p24_po_qty_twice_differs", ["RG011"],
     "one PO: line 10 says 10 sample blades, the PO text says 'twelve (12) sample blades'; hold, event and person are stated",
     [("ZK_2024_0602.txt", """\
CUKIERNIA PRZEMYSŁOWA KASZTELAN SP. Z O.O.        ZAMÓWIENIE / PURCHASE ORDER
ul. Niciarniana 44, 92-320 Łódź                     Nr: ZK/2024/0602
NIP 725-000-00-00                                   Data: 10.06.2024
-------------------------------------------------------------------------------
Dostawca / Supplier: 300214 STROJÁRNE POVAŽIE S.R.O., POVAŽSKÁ BYSTRICA (SK)
Kupiec / Buyer:      A. WRÓBLEWSKA   tel. +48 42 630 17 55
Warunki / Terms:     DAP Łódź, Incoterms 2020, płatność 45 dni
-------------------------------------------------------------------------------
Poz  Indeks        Opis                                  Ilość  JM   Cena EUR
10   SB-530-12     NÓŻ DO KRAJALNICY / SLICER BLADE         10  SZT    41,00
                   530 MM, PODZIAŁKA 12 MM, 58 HRC
                   RYS. KZ-0530 REW. D, PRÓBKI / SAMPLES
-------------------------------------------------------------------------------
Wartość / Total:                                                       410,00

Tekst / PO text:
Próbki / samples: twelve (12) sample blades for trials on cake slicer line 2.
Balance 390 pcs of offer CP-24-083 is not released. It is unlocked after the
sample sign-off by Tomasz Kowalczyk (technologia) and the written production
release signed by Dorota Lis, Dyrektor Produkcji. Material: samples only.
Świadectwo 3.1 wg EN 10204, ISO 9001:2015.
""")])


# p25: plain mail: 16 trial pistons, "the series batch is as we discussed in Verona" - nothing on hold
case("p25_mail_series_as_discussed", ["RG003", "RG004", "RG005"],
     "PO mail for 16 trial pistons refers to 'the series batch as we discussed in Verona, price ok' without saying the series is not released; no event, no person",
     [("mail_OA_24-0690.txt", """\
From:    Giulia Ferraresi <giulia.ferraresi@brunelli-obp.it>
Sent:    Thursday, 23 May 2024 11:37
To:      Martin Kováč <kovac@strojarne-povazie.sk>
Subject: OA 24/0690 trial pistons DDP-80

Dear Martin,

nice to meet you at the fair in Verona last week.

Our PO OA 24/0690 for the trial pistons DDP-80 (drawing OBP-2210 Rev D) is out:
16 pcs, delivery week 26, with 3.1 certificate.

For the series batch, it is as we discussed in Verona at the fair, the price of
21,90 EUR is ok for us.

Best regards,
Giulia Ferraresi
Ufficio Acquisti - Officine Brunelli Panificazione S.p.A.
Tel. +39 0521 889 410
""")])


# p26: Teams: "go on with the sample blades as in your quote" - no number anywhere
case("p26_teams_samples_as_quoted", ["RG010"],
     "Teams: buyer authorizes 'the sample blades as in your quote' with hold, event and named person, but no quantity anywhere in the bundle",
     [("Teams_Hartmann_SB530.txt", """\
Microsoft Teams - chat export
Chat: PDB / Hartmann - cuchillas SB-530-12 (external)
Participants: Jorge Medina (Panificadora del Bajío), Jürgen Weiß (Hartmann Präzisionsteile GmbH) (External)

Jürgen Weiß (Hartmann Präzisionsteile GmbH) (External)   12/06/2024 08:15
Good morning Mr Medina, did you receive our quote for the blades? Can we start the samples?

Jorge Medina   12/06/2024 14:02
Buenos días Jürgen, yes received. Please go on with the sample blades as in your quote.

Jorge Medina   12/06/2024 14:04
the production balance stays on hold until I sign the sample report and Lic. Fernando Castañeda sends you the written release. no material for production please

Jürgen Weiß (Hartmann Präzisionsteile GmbH) (External)   12/06/2024 14:20
Danke, understood. Samples KW 26, material only for samples.
""")])


# p27: PDF PO: "Qty: as per quotation" - no number
case("p27_po_qty_per_quotation", ["RG010"],
     "PDF PO line for sample links says 'as per quotation EQ-24-131', UOM LOT, no number; hold, event, person stated",
     [("SMB-PO-24-0421.pdf", pdfx([
         ("h1", "PURCHASE ORDER SMB-PO-24-0421"),
         ("p", "Seri Mahkota Biscuits Sdn. Bhd., Lot 7, Jalan Perusahaan 12, 40150 Shah Alam, Selangor, Malaysia"),
         ("p", "Supplier: Ege Paslanmaz Makina San. ve Tic. A.S., Izmir, Turkey    Date: 04.06.2024    Buyer: Nurul Aisyah binti Hamid"),
         ("table", [["Line", "Item", "Description", "Qty", "UOM", "Unit price", "Delivery"],
                    ["10", "OBL-1250-127", "Oven-belt link pitch 12.7 mm, 1.4301, biscuit oven T-3 - SAMPLE LOT", "as per quotation EQ-24-131", "LOT", "as quoted", "15.07.2024"]]),
         ("sp",),
         ("p", "Remarks: This PO is for the sample lot only. The production balance is NOT released. It unlocks only after "
               "the QA sample sign-off by Priya Subramaniam and the written production release from Encik Rizal Hashim, "
               "Plant General Manager. Material authority: sample-only."),
         ("p", "Terms: FOB Izmir, payment 60 days. Salt spray ISO 9227 480 h report required. ISO 9001:2015 supplier."),
     ], title="SMB-PO-24-0421", author="Nurul Aisyah binti Hamid"))])


# p28: production release record without any quantity (DOCX)
case("p28_release_record_no_qty", ["RG010"],
     "production release record names event (sign-off MS-24-033) and releasing person but never states how many blades are released",
     [("Liberacion_PR-PB-2024-014.docx", docx_bytes([
         ("h1", "Liberación de producción / Production release PR-PB-2024-014"),
         ("p", "Panificadora del Bajío S.A. de C.V. - Dirección de Operaciones"),
         ("table", [["Campo / Field", "Dato / Entry"],
                    ["Proveedor / Supplier", "Strojárne Považie s.r.o."],
                    ["Parte / Part", "Slicer blade SB-530-12, 530 mm, 12 mm pitch, 58 HRC"],
                    ["OC / PO", "OC-2024-0752 (samples) and quotation CP-24-061"],
                    ["Evento / Unlock event", "sample sign-off MS-24-033, result approved, Ing. Jorge Medina, 12.07.2024"],
                    ["Alcance / Scope", "production of slicer blades SB-530-12 per quotation CP-24-061"],
                    ["Liberado por / Released by", "Lic. Fernando Castañeda, Director de Operaciones"]]),
         ("sp",),
         ("p", "With this document Strojárne Považie may start the production of the blades. Delivery to León, DAP, "
               "with 3.1 certificate and hardness report per ISO 6508-1."),
         ("p", "Firma: Lic. Fernando Castañeda, 15.07.2024"),
     ], author="Fernando Castañeda"))])


# p29: release mail says 600 links, the attached release notice says 660
_rl = pdfx([
    ("h1", "RILASCIO DI PRODUZIONE / PRODUCTION RELEASE RL-24-009"),
    ("p", "Officine Brunelli Panificazione S.p.A. - to Guangzhou Huaxin Bakeware Machinery Co., Ltd."),
    ("table", [["Campo / Field", "Valore / Value"],
               ["Ordine / PO", "OA 24/0742 (cover 4.000 links)"],
               ["Parte / Part", "OBL-1250-127 oven-belt link, pitch 12,7 mm"],
               ["Campioni / samples", "50 links, delivered 03.06.2024"],
               ["Quantita rilasciata / quantity released", "660 links"],
               ["Saldo non rilasciato / balance not released", "3.290 links"],
               ["Evento / unlock event", "sample sign-off SO-24-044, approved, Marco Zanetti, 12.06.2024"],
               ["Prossimo rilascio / next release", "after goods-receipt inspection of this lot"],
               ["Rilasciato da / released by", "Ing. Paolo Cattaneo, Direttore Operations"]]),
], title="RL-24-009", author="Paolo Cattaneo")
_t = """\
Dear Lily,

after the sample sign-off SO-24-044 (approved by Marco Zanetti on 12.06) I give you
the written production release RL-24-009 under OA 24/0742:

   600 links OBL-1250-127 released for production, delivery week 30.

The remaining 3.350 links are not released. The next release comes after our
goods-receipt inspection of this lot, signed by me. Release notice attached.

Best regards
Paolo Cattaneo
""" + sig("Ing. Paolo Cattaneo", "Direttore Operations", OBP + ", Parma", PH_OBP)
case("p29_release_mail_vs_notice", ["RG011"],
     "release mail releases 600 links (balance 3.350) but the attached release notice RL-24-009 says 660 (balance 3.290)",
     [("RL-24-009.eml", eml_bytes(mail(PAOLO, LILY, "Production release RL-24-009 - OA 24/0742 - oven-belt links",
                                       dt(2024, 6, 13, 17, 25, 2), _t, cc=GIULIA,
                                       attachments=[("RL-24-009.pdf", _rl, PDF_MT)])))])


# p30: buyer portal release page states two different released quantities
case("p30_portal_release_two_qtys", ["RG011"],
     "buyer portal release page: table 'released qty 300', note 'si rilasciano ora trecentoventi (320) pistoni'",
     [("portale_RL-24-012.html", html_page("Portale Fornitori OBP - rilascio RL-24-012", """\
<h2>Portale Fornitori - Officine Brunelli Panificazione</h2>
<p>Fornitore: <b>Hartmann Präzisionsteile GmbH</b>, Pforzheim &nbsp;|&nbsp; cod. 100473</p>
<h3>Rilascio di produzione / Production release RL-24-012</h3>
<table>
<tr><th>Ordine</th><th>Articolo</th><th>Quantità rilasciata / released qty</th><th>Consegna</th></tr>
<tr><td>OA 24/0611-R1</td><td>2210-080-04 pistone DDP-80, dis. OBP-2210 Rev D</td><td>300</td><td>KW 30 / 2024</td></tr>
</table>
<p class="note">Dopo il sign-off campioni SO-24-019 (12 campioni, esito positivo, M. Zanetti) si rilasciano ora
trecentoventi (320) pistoni per la produzione. Il saldo dell'offerta AN-24-0412 resta bloccato: nuovo rilascio
scritto solo dopo il collaudo in accettazione di questo lotto, firmato da Ing. Paolo Cattaneo.</p>
<p>Firmato / signed: Ing. Paolo Cattaneo, Direttore Operations, 2024-06-20</p>
""", lang="it"))])


# p31: two-level thread: drawing change question, buyer answers "Approved, go ahead."
_lvl2 = """\
Dear Martin,

PO ZK/2024/0555 attached: 10 sample slicer blades SB-530-12 for our cake slicer
line 2. The balance of 390 blades from offer CP-24-083 is not released. It is
unlocked after the sample sign-off by Tomasz Kowalczyk and the written production
release signed by Dorota Lis.

Pozdrawiam
Agnieszka Wróblewska"""
_lvl1 = f"""\
Dear Mr Kowalczyk,

for the blades we propose to change the tooth pitch tolerance from ±0,03 to ±0,05 mm,
our grinding machine is more stable like this (drawing KZ-0530 Rev E with our
proposal attached). Is it OK for you?

Best regards
Martin Kováč

-----Original Message-----
From: Agnieszka Wróblewska <a.wroblewska@kasztelan-cukiernia.pl>
Sent: 04 June 2024 09:10
Subject: PO ZK/2024/0555 - sample blades SB-530-12

{q(_lvl2)}"""
_t = f"""\
Martin,

Rev E is fine for us. Approved, go ahead.

T. Kowalczyk
Technolog, Cukiernia Przemysłowa Kasztelan

-----Original Message-----
From: Martin Kováč <kovac@strojarne-povazie.sk>
Sent: 11 June 2024 15:31
To: Tomasz Kowalczyk <t.kowalczyk@kasztelan-cukiernia.pl>
Subject: RE: PO ZK/2024/0555 - sample blades SB-530-12 - drawing Rev E

{q(_lvl1)}
"""
case("p31_drawing_rev_approved_go_ahead", ["RG002"],
     "two-level thread: buyer scope (10 samples, hold, sign-off + Dorota Lis) quoted; buyer answers a drawing question with 'Approved, go ahead.' naming neither samples nor a quantity",
     [("RE_RE_ZK_2024_0555.eml", eml_bytes(mail(TOMASZ, MARTIN, "RE: RE: PO ZK/2024/0555 - sample blades SB-530-12 - drawing Rev E",
                                               dt(2024, 6, 12, 7, 58, 2), _t, cc=AGNIESZKA,
                                               in_reply_to="<h198-ext-0555b@strojarne-povazie.sk>")))])


# p32: WhatsApp: "Green light 👍" after a supplier's "can we continue?"
case("p32_whatsapp_green_light", ["RG002"],
     "chat: scope 60 sample links with hold/event/person, later buyer answers 'Can we continue?' with 'Green light 👍' - unscoped",
     [("WhatsApp_Chat_Ayse_Ege.txt", """\
WhatsApp Chat with Ayşe Demir Ege

[28/05/2024, 11:02:17] Kevin Tan SMB: Hi Ayşe, PO SMB-PO-24-0433 sent: 60 sample links OBL-1250-127 only
[28/05/2024, 11:03:05] Kevin Tan SMB: balance 5,940 on hold until QA sign-off by Priya and written release by Encik Rizal
[28/05/2024, 11:30:44] Ayşe Demir Ege: Hello Kevin bey, received 🙏
[06/06/2024, 09:12:09] Ayşe Demir Ege: Kevin bey we changed link wire to Ø2,2 as your comment. photos sent by mail
[06/06/2024, 09:12:31] Ayşe Demir Ege: Can we continue?
[06/06/2024, 13:47:52] Kevin Tan SMB: Green light 👍
[06/06/2024, 13:48:10] Ayşe Demir Ege: Thank you, we continue 🙂
""")])


# p33: ECN report: "approved" technical + commercial, result "GOOD TO RUN"
case("p33_ecn_good_to_run", ["RG002", "RG009"],
     "ECN report: 'approved' for the technical change and for the price impact, final result 'GOOD TO RUN' with no scope; PO scope in the header is complete",
     [("ECN-24-031.pdf", pdfx([
         ("h1", "ENGINEERING CHANGE NOTE ECN-24-031"),
         ("p", "Officine Brunelli Panificazione S.p.A. - Ufficio Tecnico, Parma"),
         ("p", "Applies to PO OA 24/0720: 30 sample nozzles DN-08-316 (Ege Paslanmaz). Balance 2.970 not released until "
               "sample sign-off by Marco Zanetti and written production release by Ing. Paolo Cattaneo."),
         ("table", [["Item", "Before", "After"],
                    ["Orifice diameter", "8,0 mm", "7,5 mm"],
                    ["Drawing", "OBP-4410 Rev 12", "OBP-4410 Rev 13"],
                    ["Thread", "G 1/4 ISO 228-1", "unchanged"],
                    ["Unit price", "EUR 14,60", "EUR 15,00 (+0,40)"]]),
         ("sp",),
         ("table", [["Review", "Result", "By", "Date"],
                    ["Technical (flow test 500 h on depositor D-12)", "Approved", "Marco Zanetti", "24.06.2024"],
                    ["Commercial (price impact +0,40)", "Approved", "Giulia Ferraresi", "25.06.2024"]]),
         ("sp",),
         ("p", "ESITO FINALE / FINAL RESULT: GOOD TO RUN."),
         ("p", "Distribuzione: Ege Paslanmaz (Emre Yilmaz), Acquisti, Qualita, Produzione."),
     ], title="ECN-24-031", author="Marco Zanetti"))])


# p34: buyer: proforma paid in full, so start the production moulds (samples still in test)
_mt103 = """\
{1:F01MBKOPLPWAXXX0000000000}{2:I103CAIXESBBXXXXN}{4:
:20:KCP240618-0042
:23B:CRED
:32A:240618EUR46061,40
:50K:/PL00000000000000000000000000
CUKIERNIA PRZEMYSLOWA KASZTELAN SP Z O O
UL NICIARNIANA 44 92-320 LODZ
:59:/ES0000000000000000000000
MOLDES LEVANTE SL
AV DE LA INDUSTRIA 17 03440 IBI
:70:PF-24-0140 PO ZK/2024/0601
:71A:SHA
-}
"""
_t = """\
Dear Carmen,

we paid today your proforma PF-24-0140 in full, EUR 46.061,40 (SWIFT copy attached).

The samples are still in test with Tomasz, but the payment is done, so please start
the production of the 1 994 moulds now - we need them for the Christmas season.

Pozdrawiam
Agnieszka Wróblewska
""" + sig("Agnieszka Wróblewska", "Specjalista ds. zakupów / Purchasing", KCP + ", Łódź", PH_KCP)
case("p34_paid_in_full_start_production", ["RG012"],
     "buyer: proforma paid in full, 'samples still in test, but the payment is done, so please start the production of the 1 994 moulds now'",
     [("PF-24-0140.eml", eml_bytes(mail(AGNIESZKA, CARMEN, "PF-24-0140 paid - moulds CM-275x135-24",
                                               dt(2024, 6, 18, 14, 44, 2), _t, html=mail_html(_t),
                                               attachments=[("MT103_KCP240618-0042.txt", _mt103, TXT_MT)])))])


# p35: proforma invoice: production starts automatically on receipt of the deposit
case("p35_proforma_deposit_starts", ["RG012"],
     "supplier proforma: 'production will start automatically upon receipt of the 30% deposit'",
     [("PI-HX-240702.txt", """\
GUANGZHOU HUAXIN BAKEWARE MACHINERY CO., LTD.
广州华鑫烘焙机械有限公司
No. 18 Xingye Road, Panyu District, Guangzhou 511400, China
Tel +86 20 3482 6617   Fax +86 20 3482 6618

                         PROFORMA INVOICE
PI No.: PI-HX-240702                         Date: 2024-07-02
Buyer : Panificadora del Bajío S.A. de C.V., León, Gto., México
Your PO: OC-2024-1012 (4,000 pcs)

No. Description                                   Qty     Unit USD   Amount USD
1   Oven-belt link OBL-1250-127, pitch 12.7mm,    4,000     0.64      2,560.00
    SUS304, for belt width 1250mm
2   Sea freight FOB Nansha -> Manzanillo           1      380.00       380.00
                                                            TOTAL    2,940.00

Payment terms: 30% T/T deposit (USD 882.00), 70% balance before shipment.
Production will start automatically upon receipt of the 30% deposit.
Lead time: 35 days after deposit.

Bank: Bank of China, Guangzhou Panyu Branch, SWIFT BKCHCNBJ400
Account name: Guangzhou Huaxin Bakeware Machinery Co., Ltd.

Lily Chen
Sales Dept.
""")])


# p36: supplier order acknowledgement: PO accepted, so production started and bar bought for 3.000
case("p36_ack_po_accepted_started", ["RG006", "RG012"],
     "supplier ack restates 30 samples and the hold on 2.970, then says that as the PO is accepted production is started and 316L bar for 3.000 nozzles is purchased",
     [("Siparis_Onayi_OA_24-0748.pdf", pdfx([
         ("h1", "SIPARIS ONAYI / ORDER ACKNOWLEDGEMENT EGE-OA-24-0391"),
         ("p", "Ege Paslanmaz Makina San. ve Tic. A.S., Kemalpasa OSB, 35730 Izmir, Turkey"),
         ("p", "To: Officine Brunelli Panificazione S.p.A., Parma - Giulia Ferraresi    Date: 02.07.2024"),
         ("table", [["Line", "Part", "Description", "Qty", "Unit price", "Delivery"],
                    ["10", "DN-08-316", "Depositor nozzle D7,5, 316L, G 1/4, dwg OBP-4410 Rev 13 - samples", "30", "EUR 19,50", "wk 29"]]),
         ("sp",),
         ("p", "Your PO text: balance 2.970 not released until sample sign-off by Marco Zanetti and written release "
               "by Ing. Paolo Cattaneo."),
         ("p", "As your PO OA 24/0748 is accepted by us, the production of your nozzle project is started in our plan from "
               "week 28, and 316L bar D12 (EN 10088-3) for 3.000 nozzles, 420 kg, is purchased (heat 24-1203)."),
         ("p", "Emre Yilmaz, Export Sales Manager - ISO 9001:2015, EN 1672-2:2020"),
     ], title="EGE-OA-24-0391", author="Emre Yilmaz"))])


# p37: release record: table 300, text 250; "released" for SAP PO and production, "approved" technical and commercial
case("p37_release_record_mixed_and_conflict", ["RG009", "RG011"],
     "release record: table says 300 released, text says two hundred fifty (250); 'released' also for the SAP PO strategy and 'approved' for sample and price",
     [("RL-24-011.docx", docx_bytes([
         ("h1", "Rilascio di produzione / Release record RL-24-011"),
         ("p", "Officine Brunelli Panificazione S.p.A. - Operations - fornitore Hartmann Präzisionsteile GmbH"),
         ("table", [["Voce / Item", "Valore / Value"],
                    ["Articolo", "2210-080-04 pistone DDP-80, dis. OBP-2210 Rev D"],
                    ["Ordine", "OA 24/0760 (12 campioni + 1.188 serie)"],
                    ["Quantità rilasciata / released qty", "300"],
                    ["Saldo bloccato / balance on hold", "888"],
                    ["Prossimo rilascio / next release", "written release after incoming acceptance of this lot, Ing. Paolo Cattaneo"]]),
         ("sp",),
         ("p", "OA 24/0760 was released by the SAP release strategy on 02.07.2024 (level 2, Finance)."),
         ("p", "Sample approval SO-24-022: the 12 samples are approved (fit test on D-300 divider, Marco Zanetti). "
               "Commercial approval: series price EUR 22,40 approved by Acquisti."),
         ("p", "With this release Hartmann may produce two hundred fifty (250) pistons, delivery KW 31."),
         ("p", "Firmato: Ing. Paolo Cattaneo, Direttore Operations, 03.07.2024"),
     ], author="Paolo Cattaneo"))])


# p38: WeChat: supplier takes the deposit as confirmation and plans to run the balance on sample approval
case("p38_wechat_deposit_and_rollover", ["RG007", "RG012"],
     "WeChat: buyer scope 50 samples / 3.950 on hold / written release by Cattaneo; supplier: deposit received so order confirmed, after Marco approves samples 'we directly run 3.950, no need wait paper'",
     [("WeChat_Huaxin_OA_24-0757.txt", """\
微信聊天记录 / WeChat chat history
与 陈丽 Lily Chen (华鑫 Huaxin) 的聊天
导出时间 Export: 2024-06-21 09:40

2024-06-10 09:02:31 Giulia Ferraresi
Good morning Lily, OA 24/0757 sent: 50 sample links OBL-1250-127. Balance 3.950 not released, only after sample sign-off by Marco Zanetti and written release of Ing. Paolo Cattaneo

2024-06-10 09:15:02 陈丽 Lily Chen
收到 received, thank you Giulia. I send PI for deposit 30% of total

2024-06-18 16:40:11 陈丽 Lily Chen
Deposit received today, thank you 🙏 So order is confirmed, we prepare the production

2024-06-18 16:41:45 陈丽 Lily Chen
After Marco approve samples we directly run 3.950, no need wait paper, save 2 weeks for you 😊

2024-06-19 08:55:20 Giulia Ferraresi
Lily can you send me the DHL tracking of the samples please?

2024-06-19 09:03:07 陈丽 Lily Chen
DHL 48 1122 3344, arrive Parma Friday
""")])


# p39: two-level thread: sample report approved, "once commercial approval arrives, proceed with the 1.180"
_lvl2 = """\
Dear Mr Weiß,

OC-2024-0812 attached: 20 sample blades SB-530-12. The balance of 1.180 blades is
not released. It is unlocked after Ing. Jorge Medina signs the sample report and
Lic. Fernando Castañeda sends the written production release.

Saludos
Alejandra Ruiz Torres"""
_lvl1 = f"""\
Dear Mr Medina,

the 20 samples arrived in León on Monday (UPS 1Z 999 AA1 0123 4567 84). When can we
expect your decision for the series?

Mit freundlichen Grüßen
Jürgen Weiß

-----Original Message-----
From: Alejandra Ruiz Torres <aruiz@panbajio.com.mx>
Sent: 22 May 2024 18:05
Subject: OC-2024-0812 slicer blades - samples

{q(_lvl2)}"""
_t = f"""\
Jürgen,

attached the sample report MS-24-029: the blades are approved. Once the commercial
approval from purchasing arrives (new price EUR 24,90 for the 1.180), proceed with
the 1.180 production blades. Fernando will send the paper when he is back from
vacations, no need to wait for it.

Saludos
Ing. Jorge Medina
Mantenimiento e Ingeniería
{sig("Ing. Jorge Medina", "Mantenimiento e Ingeniería", PDB + ", León, Gto.", PH_PDB)}
-----Original Message-----
From: Jürgen Weiß <j.weiss@hartmann-praezision.de>
Sent: 26 June 2024 08:40
To: Jorge Medina <jmedina@panbajio.com.mx>
Subject: RE: OC-2024-0812 slicer blades - samples

{q(_lvl1)}
"""
_ms = docx_bytes([
    ("h1", "Reporte de muestras / Sample report MS-24-029"),
    ("table", [["Característica", "Especificación", "Resultado"],
               ["Longitud", "530 ± 0,5 mm", "530,1 OK"],
               ["Paso de diente", "12 ± 0,03 mm", "12,01 OK"],
               ["Dureza", "58 ± 2 HRC", "58-59 OK"],
               ["Prueba de corte línea 3, 8 h", "sin migajas / no crumbs", "OK"]]),
    ("p", "Disposición técnica: approved. Ing. Jorge Medina, 27.06.2024"),
], author="Jorge Medina")
case("p39_samples_approved_then_proceed", ["RG007", "RG009"],
     "two-level thread: quoted scope needs written release by Castañeda; engineer writes blades approved, 'once the commercial approval arrives, proceed with the 1.180', no need to wait for the paper",
     [("RE_RE_OC-2024-0812.eml", eml_bytes(mail(JORGE, JUERGEN, "RE: RE: OC-2024-0812 slicer blades - samples - report MS-24-029",
                                               dt(2024, 6, 27, 12, 10, -6), _t, cc=ALEJANDRA,
                                               in_reply_to="<h198-ext-0812b@hartmann-praezision.de>",
                                               attachments=[("MS-24-029.docx", _ms, DOCX_MT)])))])


# p40: cover mail + PO + supplier quote: mail says 24 samples, PO says 20; "released in SAP" vs "production release"
_t = """\
Dzień dobry Carmen,

our PO ZK/2024/0633 for twenty-four (24) sample moulds CM-300x150-18 is released in
SAP today, the PDF is attached to this order in the portal.

Sample approval will be done by Tomasz Kowalczyk after the trial on line 1;
production release of the balance by Dorota Lis after that, in writing.

Pozdrawiam,
Agnieszka
""" + sig("Agnieszka Wróblewska", "Specjalista ds. zakupów / Purchasing", KCP + ", Łódź", PH_KCP)
case("p40_cover_po_quote_mismatch", ["RG009", "RG011"],
     "cover mail says 24 sample moulds, the PO PDF says 20; mail uses 'released in SAP' for the PO and 'production release' for production",
     [("mail_ZK_2024_0633.eml", eml_bytes(mail(AGNIESZKA, CARMEN, "PO ZK/2024/0633 - sample moulds CM-300x150-18",
                                              dt(2024, 6, 24, 9, 20, 2), _t, html=mail_html(_t), cc=TOMASZ))),
      ("ZK_2024_0633.pdf", pdfx([
          ("h1", "ZAMOWIENIE / PURCHASE ORDER ZK/2024/0633"),
          ("p", "Cukiernia Przemyslowa Kasztelan Sp. z o.o., ul. Niciarniana 44, 92-320 Lodz"),
          ("p", "Supplier: Moldes Levante S.L., Ibi (Alicante)    Date: 24.06.2024    Buyer: Agnieszka Wroblewska"),
          ("table", [["Poz.", "Part", "Description", "Qty", "Price", "Scope"],
                     ["10", "CM-300x150-18", "Chocolate mould 18 cav., polycarbonate, EU 10/2011, dwg KZ-0300 rev. 1", "20 pcs", "EUR 41,00", "samples"]]),
          ("sp",),
          ("p", "Balance: the production quantity of 2 000 moulds per offer OF-24-0288 is not released. Unlock: sample "
                "sign-off by Tomasz Kowalczyk and a written production release signed by Dorota Lis, Production Director. "
                "Material authority: sample-only."),
      ], title="ZK/2024/0633", author="Agnieszka Wroblewska")),
      ("OF-24-0288.pdf", pdfx([
          ("h1", "OFERTA / OFFER OF-24-0288"),
          ("p", "Moldes Levante S.L. - for Cukiernia Przemyslowa Kasztelan Sp. z o.o. - 12.06.2024"),
          ("table", [["Pos.", "Articulo", "Cantidad", "Precio/ud.", "Plazo"],
                     ["1", "CM-300x150-18 - muestras / samples", "24", "EUR 41,00", "3 semanas"],
                     ["2", "CM-300x150-18 - produccion", "2.000", "EUR 24,30", "8 semanas"]]),
          ("p", "Validez 30 dias. Carmen Ortega, Departamento Comercial."),
      ], title="OF-24-0288", author="Carmen Ortega"))])


# p41: PO (TXT) + supplier proforma (PDF): PO number and quantity disagree; proforma makes the advance the start
case("p41_po_vs_proforma", ["RG011", "RG012"],
     "PO OC-2024-0871 for 20 sample blades vs proforma for 'PO OC-2024-0817', 200 pcs, with 'production begins after receipt of 50 % advance payment'",
     [("OC-2024-0871.txt", """\
PANIFICADORA DEL BAJIO S.A. DE C.V.                    ORDEN DE COMPRA
Blvd. Aeropuerto 3150, León, Gto. C.P. 37545           No. OC-2024-0871
RFC PBA-980312-XX0                                     Fecha: 08.07.2024
------------------------------------------------------------------------------
Proveedor: P-0912 STROJARNE POVAZIE S.R.O., POVAZSKA BYSTRICA, ESLOVAQUIA
Comprador: ALEJANDRA RUIZ TORRES   Tel. +52 477 710 2250
Moneda: EUR     Incoterm: DAP León     Pago: 60 días
------------------------------------------------------------------------------
Lín Parte        Descripción                           Cant. UM   P.U.   Importe
1   SB-530-12    CUCHILLA REBANADORA 530 MM PASO 12      20  PZA  41,00   820,00
                 58 HRC, 1.2003 - MUESTRAS / SAMPLES
------------------------------------------------------------------------------
Total                                                                     820,00

Notas / notes:
ONLY 20 SAMPLE BLADES. BALANCE 480 PCS OF QUOTE CP-24-096 IS NOT RELEASED.
UNLOCK: SAMPLE REPORT SIGNED BY ING. JORGE MEDINA, THEN WRITTEN PRODUCTION
RELEASE FROM LIC. FERNANDO CASTAÑEDA, DIRECTOR DE OPERACIONES.
MATERIAL AUTHORITY: SAMPLE-ONLY. CERT. 3.1 EN 10204, ISO 6508-1.
"""),
      ("Proforma_PF-SP-24-0144.pdf", pdfx([
          ("h1", "PROFORMA FAKTURA / PROFORMA INVOICE PF-SP-24-0144"),
          ("p", "Strojarne Povazie s.r.o., Robotnicka 1, 017 01 Povazska Bystrica, Slovakia - IC DPH SK2020000000"),
          ("p", "Customer: Panificadora del Bajio S.A. de C.V., Leon, Gto., Mexico    Your PO: OC-2024-0817    Date: 10.07.2024"),
          ("table", [["Pos", "Part", "Description", "Qty", "Unit EUR", "Amount EUR"],
                     ["1", "SB-530-12", "Slicer blade 530 mm, 12 mm pitch, 58 HRC", "200 pcs", "41,00", "8.200,00"],
                     ["", "", "Total", "", "", "8.200,00"]]),
          ("sp",),
          ("p", "Payment: 50 % advance payment by bank transfer, 50 % before dispatch. Production begins after receipt of "
                "the 50 % advance payment. Lead time 5 weeks from payment."),
          ("p", "Bank: Vseobecna uverova banka, IBAN SK00 0200 0000 0000 0000 0000, SWIFT SUBASKBX"),
          ("p", "Martin Kovac, Obchodny manazer"),
      ], title="PF-SP-24-0144", author="Martin Kovac"))])


# p42: buyer supply plan (non-binding forecast) + supplier mail and ERP order booking it as firm, coil bought
_t = f"""\
Dear Kevin,

thank you for your order of 6,000 trays PT-600x400 for 2025 as per your supply plan
for line B. We booked it as firm order (our SO HX-SO-24-0611, printout attached to
our system mail) and we already purchased the SUS304 coil for the 6,000 trays to
keep this year price.

The 30 samples of PO SMB-PO-24-0455 ship next week.

Best regards
Lily Chen
{sig("Lily Chen", "Sales Dept.", GHX + ", Panyu, Guangzhou", PH_GHX)}"""
case("p42_plan_booked_firm_coil_bought", ["RG006", "RG008"],
     "buyer supply plan is a labelled non-binding forecast with a complete sample scope; supplier mail and ERP printout book the 6,000 as a firm order and coil is bought for 6,000",
     [("Supply_plan_line_B_2025.docx", docx_bytes([
         ("h1", "Supply plan 2025 - line B - proofer trays PT-600x400"),
         ("p", "Seri Mahkota Biscuits Sdn. Bhd. - Procurement / Engineering - issue 1, 20.08.2024"),
         ("p", "NON-BINDING FORECAST. This plan is for the supplier's capacity planning only. It is not a purchase order, "
               "not a commitment and releases no production and no material."),
         ("table", [["Quarter", "Trays (forecast)"],
                    ["Q1 2025", "1,200"],
                    ["Q2 2025", "1,600"],
                    ["Q3 2025", "1,600"],
                    ["Q4 2025", "1,600"],
                    ["Total 2025", "6,000"]]),
         ("h", "Current order"),
         ("p", "PO SMB-PO-24-0455: 30 sample trays (new perforation pattern). The production balance is not released. "
               "It unlocks after QA sample sign-off by Priya Subramaniam and the written production release from "
               "Encik Rizal Hashim, Plant GM. Material authority: sample-only."),
         ("p", "Prepared by Kevin Tan Wei Ming, Engineering."),
     ], author="Kevin Tan Wei Ming")),
      ("RE_Supply_plan_2025.eml", eml_bytes(mail(LILY, KEVIN, "RE: Supply plan 2025 - line B - proofer trays",
                                                dt(2024, 8, 22, 11, 5, 8), _t, cc=NURUL,
                                                in_reply_to="<h198-ext-plan25@serimahkota.com.my>"))),
      ("HX-SO-24-0611.txt", """\
GUANGZHOU HUAXIN BAKEWARE MACHINERY CO., LTD.      销售订单 SALES ORDER
------------------------------------------------------------------------------
SO No.        : HX-SO-24-0611            Date   : 2024-08-22
Customer      : C-0417 SERI MAHKOTA BISCUITS SDN BHD (MY)
Cust. ref.    : SUPPLY PLAN 2025 LINE B (issue 1, 20.08.2024)
Order type    : FIRM / 确认订单
------------------------------------------------------------------------------
Item  Part          Description                        Qty     Ship
1     PT-600x400    Proofer tray perf. SUS304 1.0mm    1,200   2025-Q1
2     PT-600x400    idem                               1,600   2025-Q2
3     PT-600x400    idem                               1,600   2025-Q3
4     PT-600x400    idem                               1,600   2025-Q4
                                              TOTAL    6,000
------------------------------------------------------------------------------
Material      : coil SUS304 1.0 x 1250, 8.4 t  -> PURCHASED 2024-08-21 (PO-M-24-0788)
Entered by    : Lily Chen
""")])


# p43: call-off PDF: 800 in the table, 850 in the text; Q4 forecast "this is firm"
case("p43_calloff_conflict_forecast_firm", ["RG008", "RG011"],
     "call-off states 800 links in the table and 'eight hundred and fifty (850)' in the text, and calls the Q4 forecast of 3 000 'firm'",
     [("Call-off_RA-2024-03_no2.pdf", pdfx([
         ("h1", "ZAMOWIENIE CZESCIOWE / CALL-OFF No. 2"),
         ("p", "Cukiernia Przemyslowa Kasztelan Sp. z o.o., Lodz - to Ege Paslanmaz Makina San. ve Tic. A.S., Izmir"),
         ("p", "Frame agreement RA-2024-03, oven-belt link OBL-1250-127 (pitch 12,7 mm, 1.4301) for wafer oven W-2. Date: 01.07.2024"),
         ("table", [["Call-off", "Qty (links)", "Delivery", "Status"],
                    ["No. 1 (done)", "600", "wk 22", "delivered"],
                    ["No. 2 (this)", "800", "wk 30", "released"]]),
         ("sp",),
         ("p", "This call-off releases eight hundred and fifty (850) links for week 30."),
         ("p", "Forecast Q4/2024: 3 000 links - this is firm, please plan and reserve your capacity for it."),
         ("p", "All other quantities of the frame agreement are not released. The next call-off comes after our "
               "goods-receipt inspection of call-off 2 and is signed by Dorota Lis, Production Director."),
         ("p", "Agnieszka Wroblewska, Zakupy / Purchasing"),
     ], title="Call-off 2 RA-2024-03", author="Agnieszka Wroblewska"))])


# p44: "please proceed with the sample nozzles as per your quotation" - no number anywhere
_t = """\
Dear Emre,

good day. Please proceed with the sample nozzles DN-08-316 as per your quotation
EQ-24-140 (Ø8, 316L, G 1/4, drawing SMB-DWG-0212 Rev 6).

The rest of the order stays on hold until our QA sign-off (Priya Subramaniam) and
the written production release from Encik Rizal Hashim, Plant GM. Bar only for the
samples please.

Thank you,
Nurul Aisyah
""" + sig("Nurul Aisyah binti Hamid", "Procurement Executive", SMB + ", Shah Alam", PH_SMB)
case("p44_proceed_samples_per_quotation", ["RG010"],
     "buyer authorizes 'the sample nozzles as per your quotation' with hold, event and named person, but no quantity anywhere in the bundle",
     [("mail_EQ-24-140.eml", eml_bytes(mail(NURUL, EMRE, "Sample nozzles DN-08-316 - EQ-24-140",
                                              dt(2024, 7, 8, 10, 40, 8), _t, html=mail_html(_t), cc=PRIYA)))])


# p45: buyer vendor portal: forecast shown as "FIRM ORDER", release no. 1 quantity TBC
case("p45_portal_forecast_firm_release_tbc", ["RG008", "RG010"],
     "buyer vendor portal shows the 2025 forecast of 4,800 nozzles as FIRM ORDER and release no. 1 with quantity 'to be confirmed'",
     [("smb_vendor_portal_schedule.html", html_page("SMB Vendor Portal - delivery schedule DN-08-316", """\
<h2>Seri Mahkota Biscuits - Vendor Portal</h2>
<p>Vendor: <b>Ege Paslanmaz Makina San. ve Tic. A.Ş.</b> (V-20871) &nbsp;|&nbsp; Part DN-08-316 depositor nozzle, 316L, G 1/4</p>
<h3>Delivery schedule 2025 / Jadual penghantaran</h3>
<table>
<tr><th>Document</th><th>Qty</th><th>Period</th><th>Status</th></tr>
<tr><td>Forecast FC-SMB-2025</td><td>4,800</td><td>Jan-Dec 2025</td><td><b>FIRM ORDER / pesanan tetap</b></td></tr>
<tr><td>Release no. 1 (production authorized now)</td><td>to be confirmed by planning</td><td>delivery wk 3/2025</td><td>released</td></tr>
</table>
<p class="note">Quantities not in a release are not released. Next release after QA incoming inspection of
release no. 1, signed by Encik Rizal Hashim, Plant GM.</p>
<p>Buyer: Nurul Aisyah binti Hamid, Procurement &nbsp;·&nbsp; updated 2024-11-04</p>
""", lang="en"))])


# ===================================================================== build
def _folder_stem(fn):
    return re.sub(r"[^A-Za-z0-9_-]+", "_", Path(fn).stem).strip("_")


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    order = list(CASES)
    random.Random(198198).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h198_{i:02d}_{_folder_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    n_clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"{len(labels)} cases ({n_clean} clean) written to {OUT}")


if __name__ == "__main__":
    main()
