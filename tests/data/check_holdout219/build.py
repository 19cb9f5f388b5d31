#!/usr/bin/env python3
"""Generator for the releasegate check_holdout219 corpus (musical instrument hardware).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout219/build.py

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
    m["Message-ID"] = msgid or f"<h219-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h219")
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


# ------------------------------------------------------------ extra helpers (h219)
def q(text, level=1):
    """Quote a block of text the way mail clients do ("> " per level)."""
    out = []
    for ln in text.strip("\n").split("\n"):
        for _ in range(level):
            ln = (">" + ln) if ln.startswith(">") else ("> " + ln if ln.strip() else ">")
        out.append(ln)
    return "\n".join(out)


def html_mail(text):
    """Plain rendition of a text body as the HTML alternative of a mail."""
    out = []
    quote_depth = 0
    for ln in text.split("\n"):
        depth = len(ln) - len(ln.lstrip(">")) if ln.startswith(">") else 0
        body = ln[depth:].lstrip(" ") if depth else ln
        while quote_depth < depth:
            out.append("<blockquote style=\"border-left:2px solid #999;margin-left:6px;padding-left:6px\">")
            quote_depth += 1
        while quote_depth > depth:
            out.append("</blockquote>")
            quote_depth -= 1
        out.append(escape(body) + "<br>")
    while quote_depth:
        out.append("</blockquote>")
        quote_depth -= 1
    return ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(out) + "\n</body></html>\n")


def txt(s):
    return s.strip("\n") + "\n"


def crlf(s):
    """Text as saved by a Windows ERP/mail client."""
    return txt(s).replace("\n", "\r\n")


# people ------------------------------------------------------------------
CF = "Cumberland Fretworks LLC"
DARLENE = "Darlene Pruitt <dpruitt@cumberlandfretworks.com>"
BEAU = "Beau Tillman <btillman@cumberlandfretworks.com>"
WADE = "Wade Holloway <wholloway@cumberlandfretworks.com>"
HZ = "Hoshizora Drum Co., Ltd."
KENJI = "Kenji Moriyama <k.moriyama@hoshizora-drum.co.jp>"
AIKO = "Aiko Tanabe <a.tanabe@hoshizora-drum.co.jp>"
OGURA = "Takeshi Ogura <t.ogura@hoshizora-drum.co.jp>"
FA = "Flügelwerk Aebi AG"
CORINNE = "Corinne Zbinden <c.zbinden@fluegelwerk-aebi.ch>"
RUEDI = "Ruedi Aebi <r.aebi@fluegelwerk-aebi.ch>"
BEAT = "Beat Häfliger <b.haefliger@fluegelwerk-aebi.ch>"
RS = "Rede Sonora Escolas de Música"
MARCOS = "Marcos Tavares <marcos.tavares@redesonora.com.br>"
LUCIANA = "Luciana Prado <luciana.prado@redesonora.com.br>"
RAFAEL = "Rafael Antunes <rafael.antunes@redesonora.com.br>"
DS = "Daesung Precision Co., Ltd."
PARK = "Park Ji-hoon <jhpark@daesungprec.co.kr>"
LEEMS = "Lee Min-seo <mslee@daesungprec.co.kr>"
LN = "PT Logam Nada Abadi"
BUDI = "Budi Santoso <budi.santoso@logamnada.co.id>"
DEWI = "Dewi Lestari <dewi.lestari@logamnada.co.id>"
HF = "Tianjin Hengfa Hardware Co., Ltd."
ZHANG = "Zhang Wei <zhangwei@hengfa-hw.cn>"
LILY = "Lily Liu <lily.liu@hengfa-hw.cn>"
KS = "Kessler Feinmechanik GmbH"
ANJA = "Anja Wendt <a.wendt@kessler-feinmechanik.de>"
JOERG = "Jörg Kessler <j.kessler@kessler-feinmechanik.de>"
OB = "Officine Brambilla S.r.l."
GIULIA = "Giulia Ferraris <g.ferraris@officinebrambilla.it>"
PAOLO = "Paolo Brambilla <p.brambilla@officinebrambilla.it>"

DISCL_DE = ("\nKessler Feinmechanik GmbH · Klingenthaler Str. 41 · 08258 Markneukirchen\n"
            "Geschäftsführer: Jörg Kessler · Amtsgericht Chemnitz HRB 31877\n"
            "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige "
            "Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.\n")
DISCL_IT = ("\nOfficine Brambilla S.r.l. - Via dell'Industria 18 - 60022 Castelfidardo (AN) - P.IVA 01928370427\n"
            "Ai sensi del GDPR (UE) 2016/679 questo messaggio è destinato solo al destinatario indicato. "
            "Se lo avete ricevuto per errore vi preghiamo di cancellarlo e di avvisare il mittente.\n")
DISCL_BR = ("\nRede Sonora Escolas de Música Ltda. · Av. do Contorno 2210 · Belo Horizonte/MG\n"
            "Esta mensagem pode conter informação confidencial. Se você a recebeu por engano, "
            "por favor avise o remetente e apague-a. Antes de imprimir, pense no meio ambiente.\n")
DISCL_JP = ("\n-------------------------------------------\n"
            "Hoshizora Drum Co., Ltd.  星空ドラム株式会社\n"
            "2-14-7 Sanarudai, Naka-ku, Hamamatsu, Shizuoka 432-8021 Japan\n"
            "This e-mail is confidential. If received in error please delete and inform sender.\n")
DISCL_CH = ("\nFlügelwerk Aebi AG · Klavierrestaurationen · Frutigenstrasse 12 · 3600 Thun\n"
            "Diese Nachricht ist vertraulich. Falls Sie nicht der vorgesehene Empfänger sind, "
            "bitte informieren Sie uns und löschen Sie die Nachricht.\n")


# =================================================================== CLEAN
# c01 supplier quote with sample and production tiers (no authorization at all)
case("c01_daesung_quote_tiers", [],
     "supplier quote showing a 30 pcs sample tier and 2,400 / 4,800 production tiers; no authorized quantity, so nothing to flag",
     [("Quotation_DS-Q-24-0419.pdf", pdf([
         ("h1", "QUOTATION"),
         ("p", "Daesung Precision Co., Ltd. | 57, Gongdan-ro 474beon-gil, Seongsan-gu, Changwon, Gyeongsangnam-do, Korea | "
               "Tel +82 55 285 7710 | ISO 9001:2015 / IATF not applicable"),
         ("table", [["Quotation No.", "DS-Q-24-0419"], ["Date", "2024-05-20"],
                    ["Customer", "Cumberland Fretworks LLC, 1418 Division St, Nashville TN 37203, USA"],
                    ["Attn.", "Ms. Darlene Pruitt, Purchasing"], ["Validity", "60 days"],
                    ["Incoterms", "FOB Busan (samples: DAP Nashville by DHL)"]]),
         ("sp",),
         ("p", "Dear Ms. Pruitt, Thank you for your inquiry. We are pleased to quote as below for the 3-per-side "
               "tuner housing. Please kindly check."),
         ("table", [["Item", "Description", "Qty tier", "Unit price (USD)", "Remark"],
                    ["1", "TH-3L-218 Rev C tuner housing, ZAMAK 5, satin nickel, per DRG CF-218 Rev C", "30 pcs (sample lot)", "18.50", "soft tool / CNC finish"],
                    ["2", "TH-3L-218 Rev C, production", "2,400 pcs", "4.20", "hard tool, 2-cavity"],
                    ["3", "TH-3L-218 Rev C, production", "4,800 pcs", "3.85", "hard tool, 2-cavity"],
                    ["4", "Die-cast tool, 2 cav., tool life approx. 300,000 shots", "1 set", "6,800.00", "one time"]]),
         ("sp",),
         ("h", "Conditions"),
         ("p", "1. Sample lead time: 3 weeks after your PO for the sample lot."),
         ("p", "2. Production lead time: 6 weeks after your written production release. Production quantity in this "
               "quotation is based on your forecast, it is not an order."),
         ("p", "3. Salt spray test ASTM B117, 48 h, report with sample shipment. Thread M4x0.7 for bushing screw."),
         ("p", "4. Payment: tooling 50% with PO, 50% at sample delivery; parts T/T 30 days."),
         ("sp",),
         ("p", "Best regards,"),
         ("p", "Park Ji-hoon / Overseas Sales Manager / Daesung Precision Co., Ltd. / jhpark@daesungprec.co.kr"),
     ], title="Quotation DS-Q-24-0419", author="Park Ji-hoon"))])

# c02 RFQ with three quantity scenarios, multipart/alternative
_c02_txt = """Prezada Giulia, bom dia!

Rede Sonora is the network of 14 music schools in Minas Gerais, we are buying new alto saxophones
for the students and we want our own key guard (protetor de chave) for low Eb/C, drawing RS-SKG-02 rev 3
(attached in the last mail).

Please send your quotation (cotação) for three scenarios:

  - 20 pcs amostras (samples)
  - 500 pcs
  - 2.000 pcs

Material brass CuZn37 lacquered, screws M2x4 included. Please inform also the tooling cost,
lead time and if you can send the EN 71-3 report (the kids use the instruments).

This is only a request for quotation, not an order. We compare three suppliers and decide in July.

Obrigado e um abraço,
Marcos Tavares
Compras / Purchasing
Rede Sonora Escolas de Música
+55 31 3224 8190
""" + DISCL_BR

case("c02_rfq_three_scenarios", [],
     "buyer RFQ asking prices for 20 / 500 / 2.000 pcs and saying it is not an order; no authorization",
     [("Cotacao_RS-SKG-02.eml", eml_bytes(mail(
         MARCOS, GIULIA, "Cotação / RFQ key guard RS-SKG-02 rev 3 - 20 / 500 / 2.000 pcs",
         "Tue, 04 Jun 2024 10:22:00 -0300", _c02_txt, html=html_mail(_c02_txt))))])

# c03 WhatsApp: supplier asks for the go-ahead, buyer keeps the hold (scope stated at the top)
case("c03_whatsapp_goahead_question", [],
     "supplier asks 'can we have go-ahead for balance 2,370?'; buyer's scope message and reply keep the balance on hold with event and person",
     [("WhatsApp_Chat_Daesung_Park.txt", txt("""
[6/3/24, 8:41:12 AM] Darlene Pruitt: Morning Park! PO CF-PO-24-0702 went out last night. Short version so nobody gets confused: it's for thirty (30) sample housings TH-3L-218 Rev C ONLY. The production balance of 2,370 pcs is NOT released. It stays on hold till Beau Tillman signs off the samples in writing, then Wade Holloway (our shop manager) sends the production release in writing. Buy zinc for the 30 samples only please.
[6/3/24, 9:02:40 PM] Park Ji-hoon: Good morning Darlene, received PO. We make 30 samples, 3 weeks. Understood.
[6/24/24, 7:15:03 PM] Park Ji-hoon: Darlene, samples 30 pcs shipped today DHL 4471 2290 18. Salt spray ASTM B117 48h report in the box.
[6/24/24, 7:16:29 PM] Park Ji-hoon: Can we have go-ahead for balance 2,370 pcs? Our die casting line is free on week 32, so if possible we like to book it.
[6/25/24, 7:48:55 AM] Darlene Pruitt: Not yet hon. Beau's still checkin the fit on the necks and the string post wobble, he needs the week. Balance stays on hold till he signs off in writing and Wade sends the release. Don't buy zinc for it yet either.
[6/25/24, 7:49:31 AM] Darlene Pruitt: I know y'all want to book the line, I'll holler the minute we know something.
[6/25/24, 8:03:12 PM] Park Ji-hoon: Understood, we wait for written release from Wade. 감사합니다 🙏
"""))])

# c04 EDI 830 printout, clearly labelled forecast, zero authorizations
case("c04_edi830_labelled_forecast", [],
     "X12 830 planning schedule labelled forecast only, fabrication and material authorization zero",
     [("EDI830_HZ_LN_240612.txt", crlf("""
=====================================================================
 HOSHIZORA DRUM CO., LTD.      EDI PRINTOUT  X12 830 PLANNING SCHEDULE
 TRADING PARTNER: PT LOGAM NADA ABADI (LN-ID 00417)   RUN: 2024-06-12 06:00
=====================================================================
 BFR*05*HZ830-24-23**DL*A*20240612*20241231*20240612~
 PURPOSE   : 05 REPLACE          SCHEDULE TYPE: DL (DELIVERY BASED)
 QTY QUAL  : A = PLANNING (FORECAST ONLY)

 *** FORECAST ONLY - NOT A PURCHASE ORDER ***
 *** NO PRODUCTION AND NO MATERIAL IS AUTHORIZED BY THIS SCHEDULE ***

 ITEM      : HL-52  SNARE LUG REV B  (DRG HL-52-0024 REV B, M5x0.8 INSERT)
 UOM       : PC

 LINE  FST QUAL  PERIOD         QTY     NOTE
 ----  --------  -------------  ------  ---------------------------
 001   D (PLAN)  2024-W36          600  forecast
 002   D (PLAN)  2024-W40          600  forecast
 003   D (PLAN)  2024-W44          800  forecast
 004   D (PLAN)  2024-W48          800  forecast
 005   D (PLAN)  2024-Q1/25      2,400  forecast, low confidence
                                ------
       TOTAL PLANNING           5,200

 ATH SEGMENTS (RESOURCE AUTHORIZATION)
 ATH*FI (FINISHED/FABRICATION) ...............  0 PC
 ATH*MT (RAW MATERIAL) .......................  0 PC

 REMARK: Quantities above are for capacity planning only. Authorization to
 produce comes only with a purchase order (850) and a written production
 release from Hoshizora Production Control. Contact: K. Moriyama, Purchasing.
 SE*19*0023~
=====================================================================
"""))])

# c05 DOCX sample evaluation record, scoped ("approved for fit check only")
case("c05_signoff_fit_check_only", [],
     "sample disposition 'approved for fit check only; production not released', balance on hold for written release by Ogura",
     [("SE-24-052_sample_evaluation.docx", docx_bytes([
         ("h1", "Sample Evaluation Record SE-24-052"),
         ("p", "Hoshizora Drum Co., Ltd. - Quality Engineering"),
         ("table", [["Part", "HL-52 Snare Lug Rev B (DRG HL-52-0024 Rev B)"],
                    ["Supplier", "PT Logam Nada Abadi, Cikarang"],
                    ["PO", "HS-PO-24-0388 (sample lot 24 pcs)"],
                    ["Samples received", "24 pcs, 2024-06-28"],
                    ["Evaluated by", "Aiko Tanabe, Quality Engineering"]]),
         ("sp",),
         ("h", "Results"),
         ("table", [["Check", "Spec", "Result", "Judgement"],
                    ["Insert thread", "M5x0.8 6H", "6/6 go / no-go OK", "OK"],
                    ["Hole pitch", "38.0 +/- 0.1 mm", "37.96 - 38.04", "OK"],
                    ["Chrome plating", "Cr 0.3 um min", "0.31 - 0.36 um", "OK"],
                    ["Salt spray", "JIS Z 2371, 24 h", "no red rust", "OK"],
                    ["Fit on 14x6.5 snare shell", "flush, no gap", "2 pcs slight gap at gasket", "watch"]]),
         ("sp",),
         ("h", "Disposition"),
         ("p", "Approved for fit check only. The 24 samples may be used for the assembly fit check on the "
               "prototype snare (model SN-1465). This record does not release production."),
         ("p", "Production is not released. The remaining 1,176 pcs of the quoted 1,200 pcs stay on hold. "
               "Production release requires the full sample sign-off after the fit check and a written "
               "production release from Takeshi Ogura, Production Control Manager."),
         ("p", "Material: supplier to hold material for the 24 samples only."),
         ("sp",),
         ("p", "Signed: Aiko Tanabe (QE)  2024-07-02"),
     ], author="Aiko Tanabe"))])

# c06 full-quantity PO, "please proceed with the 12 pcs" (no balance exists)
case("c06_full_quantity_po", [],
     "full and final PO for 12 piano hinges, 'proceed with the 12 pcs'; no samples, no balance; PH-1200 is a length code",
     [("Bestellung_B-24-1187.pdf", pdf([
         ("h1", "Bestellung / Purchase Order B-24-1187"),
         ("p", "Flügelwerk Aebi AG, Klavierrestaurationen, Frutigenstrasse 12, 3600 Thun, Schweiz"),
         ("table", [["Lieferant / Supplier", "Kessler Feinmechanik GmbH, Klingenthaler Str. 41, 08258 Markneukirchen"],
                    ["Datum", "17.06.2024"], ["Sachbearbeiterin", "Corinne Zbinden, Einkauf"],
                    ["Lieferbedingung", "DAP Thun, verzollt durch uns"], ["Zahlung", "30 Tage netto"]]),
         ("sp",),
         ("table", [["Pos.", "Artikel", "Beschreibung", "Menge", "Preis EUR", "Total EUR"],
                    ["1", "PH-1200", "Flügeldeckel-Scharnier / piano lid hinge, 1200 mm, CuZn37 poliert, Loch 3,5 mm", "12 Stk.", "68,40", "820,80"],
                    ["2", "SCR-M3x10", "Messingschrauben passend, Beutel à 50", "3 Btl.", "9,80", "29,40"],
                    ["", "", "", "", "Total", "850,20"]]),
         ("sp",),
         ("p", "Note / Bemerkung: This is the full and final quantity for the restoration of the Blüthner and the "
               "two Bechstein concert grands. No samples, no further quantity will follow on this order. "
               "Please proceed with the 12 pcs PH-1200 and the screws as listed."),
         ("p", "Zeichnung FA-PH-1200 Ind. D. Oberfläche nach Muster aus 2021 (Auftrag B-21-0642)."),
         ("sp",),
         ("p", "Freundliche Grüsse / Corinne Zbinden, Einkauf, Flügelwerk Aebi AG"),
     ], title="Bestellung B-24-1187", author="Corinne Zbinden"))])
# c07 first-stage production release with an explicit staged material authority above the release
_c07_pdf = pdf([
    ("h1", "Production Release PR-24-031"),
    ("p", "Hoshizora Drum Co., Ltd. - Production Control"),
    ("table", [["Supplier", "PT Logam Nada Abadi, Jl. Industri Selatan 5 Blok GG-7, Cikarang, Bekasi"],
               ["Part", "HL-52 Snare Lug Rev B (DRG HL-52-0024 Rev B)"],
               ["PO", "HS-PO-24-0388 rev 2 (commercial cover 1,200 pcs)"],
               ["Unlock event", "Sample sign-off SE-24-061, signed off 2024-07-19 by A. Tanabe (QE)"],
               ["Released by", "Takeshi Ogura, Production Control Manager"],
               ["Date", "2024-07-22"]]),
    ("sp",),
    ("table", [["", "Quantity (pcs)", "Status"],
               ["Samples (delivered)", "24", "done"],
               ["Release PR-24-031 (stage 1)", "300", "RELEASED - start production"],
               ["Balance", "876", "NOT released - on hold"],
               ["Material authority (staged)", "600", "castings + raw material at Hoshizora liability"]]),
    ("sp",),
    ("p", "Stage 2 (876 pcs) is released only by a written release from Takeshi Ogura after lot acceptance "
          "of the first 300 pcs at Hoshizora incoming inspection."),
    ("p", "Material authority: you may buy and stage raw material (ADC12) and cast blanks for up to 600 pcs. "
          "Material beyond 600 pcs is at supplier risk."),
])
_c07_txt = """Dear Budi-san, Dewi-san,

Thank you for the good samples. Please find attached Production Release PR-24-031.

- Released now: 300 pcs HL-52 (stage 1). Please start production of these 300 pcs.
- Material authority: staged, up to 600 pcs (ADC12 and cast blanks), at our liability.
- Balance 876 pcs: NOT released. Stage 2 needs lot acceptance of the first 300 pcs and my written release.

Delivery of the 300 pcs: by 2024-08-30, FCA Jakarta.

Best regards,
Takeshi Ogura
Production Control Manager
""" + DISCL_JP

case("c07_staged_material_release", [],
     "release of 300 with explicit staged material authority for 600; balance 876 on hold until lot acceptance and Ogura's written release",
     [("PR-24-031_release.eml", eml_bytes(mail(
         OGURA, f"{BUDI}, {DEWI}", "Production Release PR-24-031 / HL-52 stage 1 (300 pcs)",
         "Mon, 22 Jul 2024 16:05:00 +0900", _c07_txt, cc=KENJI,
         attachments=[("PR-24-031.pdf", _c07_pdf, PDF_MT)])))])

# c08 explicit, signed auto-conversion record
case("c08_autoconversion_record", [],
     "explicit recorded auto-conversion: quantity 1,176, signer Wade Holloway, conditions and expiry; approved sign-off releases it",
     [("AC-24-07_CL-45.docx", docx_bytes([
         ("h1", "Auto-Conversion Agreement AC-24-07"),
         ("p", "Cumberland Fretworks LLC (buyer) and Tianjin Hengfa Hardware Co., Ltd. (supplier)"),
         ("table", [["Part", "CL-45 draw latch Rev A, guitar case, nickel"],
                    ["PO", "CF-PO-24-0688 rev 1 (commercial cover: 24 samples + 1,176 production)"],
                    ["Samples", "24 pcs, delivered 2024-07-08"],
                    ["Quantity covered by this agreement", "1,176 pcs"],
                    ["Release authority", "Wade Holloway, Shop Manager"]]),
         ("sp",),
         ("h", "Agreement"),
         ("num", "If Beau Tillman (Engineering) records an APPROVED sample sign-off for the 24 CL-45 samples, "
                 "1,176 pcs are released for production automatically on the date of that sign-off. No separate "
                 "release notice will be sent."),
         ("num", "Criteria for the sign-off: fit on case models HC-1, HC-2, HC-7 and GB-4; salt spray ASTM B117 48 h pass; "
                 "cycle test 5,000 open/close without spring set."),
         ("num", "If the sign-off is interim or rejected, nothing is released by this agreement; the 1,176 pcs stay on "
                 "hold until a written release from Wade Holloway."),
         ("num", "This agreement expires on 2024-08-31. After that date only a written release counts."),
         ("num", "Material authority until the sign-off: 24 samples only."),
         ("sp",),
         ("table", [["Signed (buyer)", "Wade Holloway, Shop Manager, 2024-07-12"],
                    ["Acknowledged (supplier)", "Zhang Wei, Sales Manager, 2024-07-13"]]),
     ], author="Wade Holloway"))])

# c09 forwarded old quote (rfc822), declared informational; the mail is an RFQ
_c09_old = mail(PARK, DARLENE, "Quotation DS-Q-22-0137 tuner housing TH-3L-218 Rev A",
                "Thu, 10 Mar 2022 17:40:00 +0900",
                """Dear Ms. Pruitt,

Please find our quotation for TH-3L-218 Rev A.

  Sample lot       30 pcs    USD 16.00/pc
  Production    5,000 pcs    USD 3.60/pc
  Tooling                    USD 6,200

Lead time production 5 weeks after your release. Validity 60 days.

Best regards,
Park Ji-hoon
Overseas Sales Manager, Daesung Precision Co., Ltd.
""")
_c09_txt = """Park,

Forwarding y'all's old quote from 2022 below, for reference only. It's pricing history: the 5,000 pcs
line was never ordered and nothing in it is ordered or released today.

Could you requote TH-3L-218 at the new Rev C (DRG CF-218 Rev C, bigger string post bushing, M4x0.7)
at three tiers: 30 samples, 2,400 and 5,000? We're putting together the 2025 budget and Wade wants
to see where zinc landed.

This is a request for quote only, no PO yet.

Thanks a bunch,
Darlene
""" + sig("Darlene Pruitt", "Purchasing", CF, "+1 615 555 0142")

case("c09_forwarded_old_quote", [],
     "old 2022 quote with 5,000 pcs forwarded as rfc822 and declared pricing history; the cover mail is an RFQ, no authorization",
     [("FW_old_quote_TH-3L-218.eml", eml_bytes(mail(
         DARLENE, PARK, "FW: Quotation DS-Q-22-0137 tuner housing TH-3L-218 Rev A - requote Rev C please",
         "Wed, 15 May 2024 10:12:00 -0500", _c09_txt, attachments=[("rfc822", _c09_old)])))])

# c10 buyer corrects a quoted supplier line that assumes auto-conversion
_c10_quoted = """Sehr geehrte Frau Zbinden

Danke für die Bestellung B-24-1190. The 6 samples PH-1200 are in the polishing, ready KW 27.
To win time for your concert season: as soon as you approve the samples we start directly with the
114 pcs series, then you have them end of August.

Mit freundlichen Grüssen
Anja Wendt
Vertrieb Innendienst, Kessler Feinmechanik GmbH"""
_c10_txt = f"""Grüezi Frau Wendt

Nein, bitte nicht. The sample sign-off does not release the series. Only the 6 Muster (samples) now.

The 114 pcs series stay on hold - not released - until Beat Häfliger, our Werkstattleiter, has signed
off the samples on the Bechstein lid, and after that Ruedi Aebi sends you the written production
release. Please buy no material for the series before that.

I know the time is short, but we prefer two weeks later than 114 wrong hinges.

Freundliche Grüsse
Corinne Zbinden
Einkauf
{DISCL_CH}
Am 18.06.2024 um 14:31 schrieb Anja Wendt <a.wendt@kessler-feinmechanik.de>:
{q(_c10_quoted)}
"""
case("c10_correction_of_quoted_line", [],
     "quoted supplier line 'as soon as you approve the samples we start the 114' corrected by the buyer with hold, event and person",
     [("AW_Bestellung_B-24-1190.eml", eml_bytes(mail(
         CORINNE, ANJA, "AW: Bestellung B-24-1190 Muster PH-1200",
         "Wed, 19 Jun 2024 08:17:00 +0200", _c10_txt, in_reply_to="<h219-ks-0618@kessler-feinmechanik.de>")))])

# c11 WeChat: deposit received, supplier says it does not release production
case("c11_wechat_deposit_not_release", [],
     "supplier: 'deposit is for tooling and 50 samples only, deposit not release production'; buyer restates hold, event, person",
     [("WeChat_Lily_Hengfa_export.txt", txt("""
WeChat chat history with Lily Liu 刘芳 (Tianjin Hengfa)
Exported 2024-06-21

2024-06-20 09:14  Marcos Tavares
Lily, bom dia! Deposit 30% for the tooling of CL-300 latch is paid today, comprovante (receipt) attached. PO 2024-0871.

2024-06-20 09:15  Marcos Tavares
[File] comprovante_TED_20062024.pdf

2024-06-20 21:02  Lily Liu
Received, thank you Marcos! 😊 Deposit is for tooling and 50 pcs samples only. Deposit not release production, we know. We make 50 pcs sample and wait your written release for the 950 pcs.

2024-06-20 21:03  Lily Liu
Material we buy only for 50 samples.

2024-06-21 08:40  Marcos Tavares
Exatamente, perfeito. 50 samples only. The 950 stay on hold until Luciana Prado signs off the samples, then Rafael Antunes sends the production release in writing.

2024-06-21 08:41  Lily Liu
👌 OK
"""))])
# c12 supplier acknowledgement restating the hold; quoted buyer PO mail; text attachment (ERP ack)
_c12_po = """Grüezi Frau Wendt

Anbei unsere Bestellung B-24-1214 for the fallboard hinges FB-0350 (350 mm, brass, polished).

Scope, please read:
- Only 8 pcs Muster (samples) are ordered now.
- The series of 152 pcs is not released. It stays on hold until Beat Häfliger has signed off the samples
  and Ruedi Aebi has sent the written production release.
- Material: for the 8 samples only.

Freundliche Grüsse
Corinne Zbinden, Einkauf, Flügelwerk Aebi AG"""
_c12_ab = """KESSLER FEINMECHANIK GMBH          AUFTRAGSBESTAETIGUNG / ORDER ACKNOWLEDGEMENT
AB-NR.      : AB-24-3391                 DATUM : 02.07.2024
KUNDE       : 40117 FLUEGELWERK AEBI AG, THUN (CH)
IHRE BEST.  : B-24-1214 VOM 01.07.2024

POS ARTIKEL   BEZEICHNUNG                          MENGE   EINH  PREIS EUR
--- --------- ------------------------------------ ------- ---- ----------
010 FB-0350   KLAVIATURDECKEL-SCHARNIER 350MM MS       8   STK      24,60
              MUSTER / SAMPLES - LIEFERTERMIN KW 29
020 FB-0350   SERIE - NICHT FREIGEGEBEN / ON HOLD      0   STK      (152 ANGEBOTEN)

VERMERK: MATERIAL NUR FUER 8 MUSTER. SERIE ERST NACH SCHRIFTL. FREIGABE R. AEBI.
"""
_c12_txt = f"""Sehr geehrte Frau Zbinden

Vielen Dank für Ihre Bestellung B-24-1214. We confirm as follows (AB-24-3391 attached):

- 8 pcs Muster FB-0350, delivery KW 29.
- The 152 pcs series are not released and remain on hold, until the sample sign-off by Herr Häfliger
  and the written release from Herr Aebi.
- We buy material only for the 8 samples.
- Our advance invoice for the polishing fixture does not release the series, it is only for the fixture.

Mit freundlichen Grüssen

Anja Wendt
Vertrieb Innendienst
Tel. +49 37422 4471-12
{DISCL_DE}
-----Ursprüngliche Nachricht-----
Von: Corinne Zbinden <c.zbinden@fluegelwerk-aebi.ch>
Gesendet: Montag, 1. Juli 2024 15:02
An: Anja Wendt <a.wendt@kessler-feinmechanik.de>
Betreff: Bestellung B-24-1214 Muster FB-0350

{q(_c12_po)}
"""
case("c12_supplier_ack_restates_hold", [],
     "supplier acknowledgement confirms 8 samples, 152 on hold until sign-off and Aebi's written release, sample-only material; quoted PO has full scope",
     [("AW_Bestellung_B-24-1214.eml", eml_bytes(mail(
         ANJA, CORINNE, "AW: Bestellung B-24-1214 Muster FB-0350 - Auftragsbestätigung AB-24-3391",
         "Tue, 02 Jul 2024 11:48:00 +0200", _c12_txt,
         in_reply_to="<h219-fa-0701@fluegelwerk-aebi.ch>",
         attachments=[("AB-24-3391.txt", _c12_ab, "text/plain")])))])

# c13 ERP PO printout full of quantity-like identifiers, complete scope note
case("c13_erp_po_identifiers", [],
     "sample PO (30 EA) with full scope note; DRG CF-2400, M4x0.7, ASTM B117 96 h, ISO 9001:2015 and HTS numbers are identifiers, not quantities",
     [("CF-PO-24-0702_print.txt", crlf("""
CUMBERLAND FRETWORKS LLC                                   PURCHASE ORDER
1418 DIVISION ST  NASHVILLE TN 37203                       PAGE 1 OF 1
------------------------------------------------------------------------------
PO NUMBER : CF-PO-24-0702          PO DATE : 06/02/2024     REV : 0
VENDOR    : V-2400  DAESUNG PRECISION CO LTD, CHANGWON KOREA
BUYER     : DPRUITT  DARLENE PRUITT   615-555-0142
SHIP VIA  : DHL EXPRESS (SAMPLES)      TERMS : NET 30
------------------------------------------------------------------------------
LN  ITEM           DESCRIPTION                     QTY  UOM  UNIT USD    EXT USD
--  -------------  ---------------------------  -----  ---  --------  ---------
 1  TH-3L-218-C    TUNER HOUSING 3L REV C          30   EA     18.50     555.00
                   SAMPLE LOT - DRG CF-2400 REV 3
                   ZAMAK 5 / SATIN NICKEL
                   BUSHING THREAD M4x0.7
                   SALT SPRAY ASTM B117 96 H RPT
 2  TOOL-218-C     DIE CAST TOOL 2-CAV 50% DEP      1   EA   3400.00    3400.00
------------------------------------------------------------------------------
                                                        PO TOTAL   3955.00
SCOPE NOTE (PRINTS ON VENDOR COPY):
  THIS PO RELEASES 30 SAMPLE HOUSINGS ONLY.
  PRODUCTION BALANCE 2,370 PCS (QUOTE DS-Q-24-0419) IS NOT RELEASED - ON HOLD.
  UNLOCK: WRITTEN SAMPLE SIGN-OFF BY BEAU TILLMAN (ENGINEERING), THEN WRITTEN
  PRODUCTION RELEASE BY WADE HOLLOWAY (SHOP MANAGER).
  MATERIAL AUTHORITY: SAMPLE-ONLY (30 PCS).
  TOOLING DEPOSIT IS NOT A PRODUCTION RELEASE.
VENDOR CERT: ISO 9001:2015   HTS 9209.94.8000   COO KR
------------------------------------------------------------------------------
"""))])

# c14 interim sign-off with quantity and date limits plus a release within them
case("c14_interim_signoff_limits", [],
     "interim disposition limited to 400 pcs until 30 Sep with a written release of 400 by Ogura; 3,560 stay on hold",
     [("ISD-24-11_CSC-22.pdf", pdf([
         ("h1", "Interim Sample Disposition ISD-24-11 and Release PR-24-044"),
         ("p", "Hoshizora Drum Co., Ltd. | Quality Engineering / Production Control | 2024-08-05"),
         ("table", [["Part", "CSC-22 cymbal boom clamp Rev A (DRG CSC-22-A, wing bolt M8x1.25)"],
                    ["Supplier", "Tianjin Hengfa Hardware Co., Ltd."],
                    ["PO", "HS-PO-24-0479 rev 1, commercial cover 4,000 pcs"],
                    ["Samples", "40 pcs delivered 2024-07-24"]]),
         ("sp",),
         ("h", "1. Disposition (Quality Engineering)"),
         ("p", "Interim. Zinc plating measured 6 um against 8 um specified (JIS H 8610 Ep-Fe/Zn 8). All other "
               "characteristics conform. Limits: maximum 400 pcs, valid until 2024-09-30. Supplier to correct the "
               "plating bath and submit 5 new samples."),
         ("p", "Aiko Tanabe, Quality Engineering"),
         ("h", "2. Production release (Production Control)"),
         ("table", [["", "pcs"], ["Samples delivered", "40"], ["Released now under ISD-24-11 (PR-24-044)", "400"],
                    ["Not released - on hold", "3,560"], ["Total commercial cover", "4,000"]]),
         ("p", "Takeshi Ogura releases 400 pcs within the interim limits. The 3,560 pcs stay on hold until a full "
               "sample sign-off (approved) of the corrected samples by Aiko Tanabe and a further written release "
               "from Takeshi Ogura. Material authority: 400 pcs."),
         ("p", "Takeshi Ogura, Production Control Manager"),
     ], title="ISD-24-11", author="Aiko Tanabe"))])

# c15 Teams: go-ahead scoped to the 24 samples only
case("c15_teams_scoped_goahead", [],
     "Teams go-ahead 'with the 24 sample latches only'; balance 1,176 on hold until Tillman sign-off and Holloway's written release",
     [("Teams_chat_CL-45.txt", txt("""
Microsoft Teams - chat export
Chat: CF / Hengfa - CL-45 latch
Participants: Darlene Pruitt (Cumberland Fretworks), Zhang Wei (Tianjin Hengfa, external)

Zhang Wei  6/11/2024 8:02 PM
Hi Darlene, the nickel plating of sample latches done, looks very good. Do we go ahead?

Darlene Pruitt  6/12/2024 7:31 AM
Morning Zhang! Go ahead with the 24 sample latches only.

Darlene Pruitt  6/12/2024 7:33 AM
The 1,176 balance stays on hold, not released, till Beau Tillman signs off the samples and Wade Holloway sends you the written production release. Buy material for the 24 only please.

Zhang Wei  6/12/2024 7:50 AM
Clear. 24 pcs only, samples ship by FedEx next Tuesday.

Darlene Pruitt  6/12/2024 7:51 AM
👍 thank ya
"""))])
# c16 supplier portal order status, production marked not released
case("c16_supplier_portal_on_hold", [],
     "supplier portal shows 24 samples shipped and 1,176 'ON HOLD - not released by customer'; material sample-only",
     [("LN_customer_order_status.html", html_page("PT Logam Nada Abadi - Customer Order Status", """
<h2>PT Logam Nada Abadi &mdash; Customer Order Status</h2>
<p>Customer: <b>Hoshizora Drum Co., Ltd.</b> (Hamamatsu) &nbsp;|&nbsp; Updated: 2024-07-03 14:20 WIB &nbsp;|&nbsp; User: dewi.lestari (PPIC)</p>
<table>
<tr><th>Cust. PO</th><th>Part</th><th>Description</th><th>Qty</th><th>Status</th><th>Remark</th></tr>
<tr><td>HS-PO-24-0388</td><td>HL-52 Rev B</td><td>Snare lug, ADC12, chrome</td><td>24</td><td>SHIPPED 2024-06-25</td><td>samples, AWB 603-1182 4470</td></tr>
<tr><td>HS-PO-24-0388</td><td>HL-52 Rev B</td><td>Snare lug, production</td><td>1,176</td><td><b>ON HOLD</b></td><td>not released by customer &ndash; wait sample sign-off and written release Mr. Ogura</td></tr>
</table>
<div class="note">
<p><b>Material:</b> ADC12 reserved for samples only (24 pcs). No material bought for production.</p>
<p><b>Do not schedule</b> the production line for HS-PO-24-0388 until written release from customer is uploaded here.</p>
</div>
<p style="color:#777">Internal code: job LN-J-2452, mould M-052-2 (2 cav.), casting cycle 45 s.</p>
"""))])

# c17 buyer portal PO page with the complete scope
case("c17_buyer_portal_scope", [],
     "buyer portal PO: 20 samples active, 1.980 'não liberado', sign-off by Luciana Prado, release by Rafael Antunes, sample-only material",
     [("portal_pedido_2024-0912.html", html_page("Portal de Fornecedores - Pedido 2024-0912", """
<h2>Rede Sonora &mdash; Portal de Fornecedores</h2>
<p>Fornecedor: <b>Officine Brambilla S.r.l.</b> &nbsp;|&nbsp; Pedido (PO): <b>2024-0912</b> &nbsp;|&nbsp; Emitido: 12/07/2024 por Marcos Tavares (Compras)</p>
<table>
<tr><th>Item</th><th>Código</th><th>Descrição</th><th>Qtde</th><th>Preço unit.</th><th>Escopo</th></tr>
<tr><td>1</td><td>SKG-A</td><td>Protetor de chave Eb/C sax alto, latão CuZn37 laqueado (desenho RS-SKG-02 rev 3)</td><td>20</td><td>EUR 14,80</td><td>amostra / sample</td></tr>
</table>
<div class="note">
<p><b>Quantidade ativa / active quantity:</b> 20 amostras (twenty samples).</p>
<p><b>Saldo / balance:</b> 1.980 pcs (cotação 24/117) &mdash; <b>NÃO LIBERADO / NOT RELEASED</b>, on hold.</p>
<p><b>Liberação da produção / production release:</b> only after sample sign-off by Luciana Prado (técnica de instrumentos) and then a written production release by Rafael Antunes (Diretor de Operações).</p>
<p><b>Material:</b> somente para as amostras / sample-only. The 1.980 is forecast basis, not an order.</p>
</div>
<p>Entrega amostras: até 09/08/2024, DAP Belo Horizonte. Certificado EN 71-3 junto com as amostras.</p>
"""))])

# c18 supplier status report restating hold and sample-only material
case("c18_supplier_status_report", [],
     "supplier weekly report: 4 samples done, series 96 'not released, waiting sample sign-off and written release Mr. Aebi', material for samples only",
     [("Rapporto_avanzamento_wk27.pdf", pdf([
         ("h1", "Rapporto di avanzamento / Status report - week 27"),
         ("p", "Officine Brambilla S.r.l., Castelfidardo | Cliente: Flügelwerk Aebi AG, Thun | Ordine cliente B-24-1203"),
         ("table", [["Articolo", "Descrizione", "Q.tà", "Stato / Status", "Nota"],
                    ["LP-35", "Cerniera reggicoperchio / lid prop hinge, ottone nichelato", "4", "campioni finiti, spediti 03/07",
                     "DHL 77 1204 3350"],
                    ["LP-35", "Serie / series", "96", "NON RILASCIATA / not released",
                     "waiting your sample sign-off (Mr. Häfliger) and written release from Mr. Aebi"]]),
         ("sp",),
         ("table", [["Materiale", "Quantità acquistata", "Copertura"],
                    ["Ottone CuZn39Pb3 barra 12 mm", "2,4 kg", "solo 4 campioni + sfrido"],
                    ["Molle acciaio inox 1.4310", "10 pz", "solo campioni"]]),
         ("sp",),
         ("p", "Note: we have not bought material for the 96 pcs. After your written release we need 3 weeks for the series "
               "(material 1 week + machining 2 weeks). Tolleranza foro 4H7 verificata su 4/4 pezzi."),
         ("p", "Giulia Ferraris - Ufficio Commerciale - Officine Brambilla S.r.l."),
     ], title="Status report wk27", author="Giulia Ferraris"))])

# c19 release notice for the whole balance, event happened, named authority, no balance left
case("c19_release_notice_full_balance", [],
     "release notice of the full 2,370 balance after the recorded sample sign-off, by Wade Holloway; 2,400 of 2,400 released, no balance left",
     [("release_RL-24-019.html", html_page("Production Release RL-24-019", """
<h2>Cumberland Fretworks &mdash; Production Release RL-24-019</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Supplier</td><td>Daesung Precision Co., Ltd., Changwon</td></tr>
<tr><td>Part</td><td>TH-3L-218 Rev C tuner housing (DRG CF-218 Rev C)</td></tr>
<tr><td>PO</td><td>CF-PO-24-0702 rev 1 &ndash; commercial cover 2,400 pcs (30 samples + 2,370 production)</td></tr>
<tr><td>Unlock event</td><td>Sample sign-off SO-24-031, signed off 07/18/2024 by Beau Tillman (Engineering), disposition: approved</td></tr>
<tr><td>Quantity released now</td><td><b>2,370 pcs</b></td></tr>
<tr><td>Released by</td><td>Wade Holloway, Shop Manager (release authority)</td></tr>
<tr><td>Date</td><td>07/19/2024</td></tr>
</table>
<p class="note">Total released on this order: 2,400 of 2,400 quoted pcs (30 samples + 2,370). No balance remains.
Material authority: 2,370 pcs. Ship in 4 lots of 600/600/600/570 to Nashville, first lot by 09/06/2024.</p>
<p>Wade Holloway &middot; Shop Manager &middot; Cumberland Fretworks LLC &middot; 615-555-0170</p>
"""))])
# c20 two files: ERP PO with full scope + supplier question answered by the buyer (quoted)
_c20_po = crlf("""
HOSHIZORA DRUM CO., LTD.  購買課 PURCHASING            PURCHASE ORDER / 注文書
-----------------------------------------------------------------------------
PO NO.     : HS-PO-24-0447          ISSUE DATE : 2024/06/10
SUPPLIER   : S-1187 TIANJIN HENGFA HARDWARE CO., LTD. (XIQING, TIANJIN)
BUYER      : K. MORIYAMA  TEL +81-53-455-2107
INCOTERMS  : FOB XINGANG            PAYMENT : T/T 60 DAYS
-----------------------------------------------------------------------------
LN  PART NO.    DESCRIPTION                   QTY   UNIT   PRICE USD   AMOUNT
--  ----------  ---------------------------  ----  -----  ----------  -------
10  CSC-22      CYMBAL BOOM CLAMP REV A        40   PCS        3.20   128.00
                SAMPLE LOT / 試作品
                DRG CSC-22-A, WING BOLT M8x1.25
                ZINC PLATING JIS H 8610 EP-FE/ZN 8
-----------------------------------------------------------------------------
SCOPE / 注記:
 1. THIS PO AUTHORIZES 40 PCS SAMPLES ONLY.
 2. QUOTED PRODUCTION 3,960 PCS (QUOTATION HF-Q-24-0331) IS NOT RELEASED. ON HOLD.
 3. RELEASE CONDITION: SAMPLE SIGN-OFF BY A. TANABE (QUALITY ENG.), THEN
    WRITTEN PRODUCTION RELEASE BY T. OGURA (PRODUCTION CONTROL MANAGER).
 4. MATERIAL AUTHORITY: SAMPLE-ONLY (40 PCS).
-----------------------------------------------------------------------------
""")
_c20_q = """Dear Moriyama-san,

Thanks for PO HS-PO-24-0447. Samples 40 pcs will finish 2024/06/28.
Question: steel price (SPCC 2.0mm) will increase in July. Can we buy the coil for full 4.000 pcs now
to secure the price? Please confirm.

Best regards
Zhang Wei
Sales Manager, Tianjin Hengfa Hardware Co., Ltd."""
_c20_txt = f"""Dear Zhang-san,

Thank you for asking first. Answer is no, sorry.

Please buy material for the 40 samples only. The 3,960 pcs are not released and stay on hold until
Ms. Tanabe signs off the samples and Mr. Ogura sends the written production release. If steel price
goes up, please send us new quotation at that time and we discuss.

Best regards,
Kenji Moriyama
Purchasing Dept.
{DISCL_JP}
On 2024/06/13 18:21, Zhang Wei wrote:
{q(_c20_q)}
"""
case("c20_po_and_material_question", [],
     "two files: PO with full scope (40 samples) and a quoted supplier question 'can we buy coil for 4.000?' answered no by the buyer",
     [("HS-PO-24-0447.txt", _c20_po),
      ("RE_HS-PO-24-0447_steel_coil.eml", eml_bytes(mail(
          KENJI, ZHANG, "RE: HS-PO-24-0447 CSC-22 samples / steel coil",
          "Fri, 14 Jun 2024 09:35:00 +0900", _c20_txt, in_reply_to="<h219-hf-0613@hengfa-hw.cn>")))])

# c21 call-off under a blanket order, firm/forecast horizons labelled, explicit staged material
case("c21_calloff_staged_material", [],
     "DELFOR call-off: 200 firm, later weeks labelled forecast not authorized, material staged up to 400 explicitly; next call-off by Kenji Moriyama",
     [("DELFOR_CO-07_HL-60.txt", crlf("""
HOSHIZORA DRUM CO., LTD. - EDIFACT DELFOR D96A PRINTOUT
MESSAGE REF  : HZDF2407007          CALL-OFF NO. : 07
BLANKET PO   : HS-BPO-24-0031 (HL-60 TOM LUG REV C, 9,600 PCS FRAME 2024/25)
SUPPLIER     : PT LOGAM NADA ABADI  (NAD+SU+00417)
ISSUED BY    : KENJI MORIYAMA, PURCHASING    DATE: 2024-08-01
------------------------------------------------------------------------
SCC  TYPE                 PERIOD        QTY   STATUS
---  -------------------  -----------  -----  -----------------------------
 1   FIRM (CALL-OFF 07)   2024-W36       200  RELEASED - PRODUCE AND SHIP
 4   FORECAST             2024-W40       200  PLANNING ONLY - NOT AUTHORIZED
 4   FORECAST             2024-W44       250  PLANNING ONLY - NOT AUTHORIZED
 4   FORECAST             2024-W48       250  PLANNING ONLY - NOT AUTHORIZED
------------------------------------------------------------------------
MATERIAL AUTHORITY (STAGED): RAW MATERIAL ADC12 AND CAST BLANKS UP TO
  400 PCS (THIS CALL-OFF + NEXT) AT HOSHIZORA LIABILITY.
QUANTITIES BEYOND THIS CALL-OFF ARE NOT RELEASED. THEY ARE RELEASED ONLY BY
  THE NEXT CALL-OFF, ISSUED IN WRITING BY KENJI MORIYAMA (PURCHASING).
FRAME QTY 9,600 IS A FRAME, NOT AN ORDER.
REF: DRG HL-60-0036 REV C / INSERT M5x0.8 / SALT SPRAY 24 H
------------------------------------------------------------------------
"""))])

# c22 stop notice; quoted supplier status
_c22_q = """Buongiorno Signora Zbinden,

the 4 samples LP-35 were delivered on 3 July. We are ready for the series when you want, please let us
know your feedback.

Cordiali saluti
Giulia Ferraris
Ufficio Commerciale - Officine Brambilla S.r.l.
""" + DISCL_IT
_c22_txt = f"""Buongiorno Frau Ferraris

STOP on order B-24-1203 (lid prop hinges LP-35), effective today.

Our customer has postponed the restoration of the Steinway D, so please start nothing more on this
order, not even preparation. The 4 samples are delivered, thank you. Active quantity on this order now:
zero (0 pcs) beyond these 4 samples. The series of 96 pcs was never released and is not released now.

The stop stays in force until Ruedi Aebi lifts it in writing. Even after that, the 96 pcs still need
the sample sign-off by Beat Häfliger and a written production release from Ruedi Aebi. Please buy no
material for the series.

Freundliche Grüsse
Corinne Zbinden
Einkauf
{DISCL_CH}
Von: Giulia Ferraris <g.ferraris@officinebrambilla.it>
Gesendet: Freitag, 5. Juli 2024 10:14
Betreff: Ordine B-24-1203 - campioni LP-35

{q(_c22_q)}
"""
case("c22_stop_notice", [],
     "stop notice: nothing may start until lifted in writing by Ruedi Aebi; 4 samples delivered, 96 never released, event and person named",
     [("AW_Ordine_B-24-1203.eml", eml_bytes(mail(
         CORINNE, GIULIA, "STOP / AW: Ordine B-24-1203 - campioni LP-35",
         "Mon, 08 Jul 2024 07:58:00 +0200", _c22_txt, cc=RUEDI,
         in_reply_to="<h219-ob-0705@officinebrambilla.it>")))])

# c23 Italian quote as plain mail saved to text
case("c23_quote_mail_text", [],
     "supplier offer 24/117: 20 samples / 2.000 / 5.000 tiers, series quantity indicative; no authorization",
     [("Offerta_24-117_Brambilla.txt", txt("""
From: Giulia Ferraris <g.ferraris@officinebrambilla.it>
To: Marcos Tavares <marcos.tavares@redesonora.com.br>
Date: Thu, 13 Jun 2024 16:40:12 +0200
Subject: Offerta n. 24/117 - protetore chiave SKG-A (RS-SKG-02 rev 3)

Gentile Sig. Tavares,

thank you for the request. Here our offer n. 24/117:

  Pos  Descrizione                                   Q.tà      Prezzo
  1    Campionatura SKG-A, ottone CuZn37 laccato        20 pz   EUR 14,80 cad.
  2    Serie SKG-A                                    2.000 pz   EUR  3,95 cad.
  3    Serie SKG-A                                    5.000 pz   EUR  3,60 cad.
  4    Stampo tranciatura / blanking tool              1        EUR 1.850,00

- Viti M2x4 inox incluse.
- Rapporto EN 71-3 con la campionatura.
- Consegna campioni: 3 settimane dall'ordine. Serie: 5 settimane dal vostro rilascio scritto.
- The series quantities are indicative, based on your forecast; they are not an order.
- Validità offerta: 60 giorni. Pagamento: stampo 50% all'ordine, pezzi 60 gg d.f.

Restiamo a disposizione per ogni chiarimento.

Cordiali saluti
Giulia Ferraris
Ufficio Commerciale
Officine Brambilla S.r.l.
Tel. +39 071 780 5521
"""))])
# c24 deviation permit that changes no quantity
case("c24_deviation_permit", [],
     "deviation permit for chrome thickness on the 24 samples only; states it releases nothing and quantities are unchanged",
     [("DP-24-009_deviation_permit.docx", docx_bytes([
         ("h1", "Deviation Permit DP-24-009"),
         ("table", [["Issued by", "Hoshizora Drum Co., Ltd., Quality Engineering"],
                    ["Supplier", "PT Logam Nada Abadi"],
                    ["Part", "HL-60 Tom Lug Rev C (DRG HL-60-0036 Rev C)"],
                    ["Order", "HS-PO-24-0520, sample lot 24 pcs"],
                    ["Date", "2024-07-09"]]),
         ("sp",),
         ("h", "Deviation"),
         ("p", "Chrome layer 0.2 um accepted instead of 0.3 um min. (spec HZ-STD-031 sec. 4.2) for the 24 samples "
               "of HS-PO-24-0520 only, so that the samples can go to the NAMM prototype build. Nickel underlayer 8 um "
               "unchanged. Salt spray JIS Z 2371 24 h to be repeated on the next lot."),
         ("h", "Quantities"),
         ("p", "This permit changes no quantity and releases nothing. The order stays as it is: 24 samples. "
               "The quoted production quantity of 2,376 pcs remains not released, on hold until sample sign-off by "
               "Aiko Tanabe and a written production release from Takeshi Ogura, Production Control Manager."),
         ("sp",),
         ("table", [["Requested", "Dewi Lestari (PPIC, PT Logam Nada)"],
                    ["Granted", "Aiko Tanabe (Quality Engineering)"]]),
     ], author="Aiko Tanabe"))])

# c25 Brazilian sample PO mail (multipart/alternative) with the PO as DOCX attachment
_c25_docx = docx_bytes([
    ("h1", "Pedido de Compra 2024-0955"),
    ("p", "Rede Sonora Escolas de Música Ltda. - Compras - Belo Horizonte/MG"),
    ("table", [["Fornecedor", "PT Logam Nada Abadi, Cikarang, Indonesia"],
               ["Data", "15/07/2024"], ["Comprador", "Marcos Tavares"]]),
    ("sp",),
    ("table", [["Item", "Código", "Descrição", "Qtde", "Preço USD"],
               ["1", "CSC-SCH", "Presilha de estante de prato / cymbal-stand clamp, school kit, M8", "12", "6,90"]]),
    ("sp",),
    ("p", "Escopo: 12 amostras (twelve samples) somente."),
    ("p", "Saldo de 288 pcs: NÃO LIBERADO (not released), on hold. Basis of the 288: forecast for the 2025 school year."),
    ("p", "Liberação: sample sign-off by Luciana Prado, then written production release by Rafael Antunes, Diretor de Operações."),
    ("p", "Material: only for the 12 samples."),
], author="Marcos Tavares")
_c25_txt = """Olá Budi, tudo bem?

Segue o pedido 2024-0955 (attached, Word file) for the cymbal-stand clamps of our school drum kits.

Resumindo:
- 12 amostras (twelve samples) CSC-SCH only, delivery to BH by air.
- The balance of 288 pcs is NOT released. It is forecast for 2025, on hold.
- Next step: Luciana Prado signs off the samples in our school in Contagem; after that Rafael Antunes,
  our Diretor de Operações, sends the production release in writing.
- Material only for the 12 samples, por favor.

Qualquer dúvida, me chama no WhatsApp.

Abraço,
Marcos Tavares
Compras / Purchasing - Rede Sonora
+55 31 3224 8190
""" + DISCL_BR
case("c25_sample_po_mail_docx", [],
     "sample PO mail (text+HTML) with DOCX PO: 12 samples, 288 not released (forecast basis), sign-off by Prado, release by Antunes",
     [("Pedido_2024-0955.eml", eml_bytes(mail(
         MARCOS, BUDI, "Pedido 2024-0955 - amostras CSC-SCH (12 pcs)",
         "Mon, 15 Jul 2024 11:05:00 -0300", _c25_txt, html=html_mail(_c25_txt), cc=LUCIANA,
         attachments=[("Pedido_2024-0955.docx", _c25_docx, DOCX_MT)])))])


# ================================================================ POSITIVE
# p01 sample PO with the quote's production quantity beside it; names release authority only
case("p01_po_with_quote_summary", ["RG001", "RG003", "RG004"],
     "sample PO for 30 housings shows the quote's 2,400 production line unmarked; no hold, no unlock event; Wade Holloway named as release authority",
     [("PO_CF-PO-24-0611.pdf", pdf([
         ("h1", "PURCHASE ORDER - SAMPLE"),
         ("p", "Cumberland Fretworks LLC | 1418 Division St | Nashville, TN 37203 | 615-555-0142"),
         ("table", [["PO No.", "CF-PO-24-0611"], ["Date", "05/28/2024"],
                    ["Vendor", "Daesung Precision Co., Ltd., Changwon, Korea"],
                    ["Buyer", "Darlene Pruitt"], ["Ship to", "Cumberland Fretworks, Receiving, Nashville TN"]]),
         ("sp",),
         ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Ext USD"],
                    ["1", "TH-3L-218-C", "Tuner housing 3L Rev C, zinc die-cast, satin nickel - sample lot", "30 EA", "18.50", "555.00"]]),
         ("sp",),
         ("h", "Quote DS-Q-24-0419 summary"),
         ("table", [["Tier", "Qty", "Unit USD"],
                    ["Sample lot", "30", "18.50"],
                    ["Production", "2,400", "4.20"],
                    ["Tooling 2-cav", "1 set", "6,800.00"]]),
         ("sp",),
         ("p", "Notes: Ship samples DHL Express, acct 96-4471-220. Ref DRG CF-218 Rev C. Vendor must hold ISO 9001:2015. "
               "Salt spray report ASTM B117 48 h with the samples."),
         ("p", "Wade Holloway, Shop Manager, is the release authority on this job. Questions on the parts go to Beau Tillman."),
         ("sp",),
         ("p", "Authorized by: Darlene Pruitt, Purchasing"),
     ], pagesize=LETTER, title="CF-PO-24-0611", author="Darlene Pruitt"))])

# p02 WhatsApp: unscoped "approved, go ahead" on a logo detail (scope stated earlier in the chat)
case("p02_whatsapp_logo_goahead", ["RG002"],
     "buyer's 'Version 2 approved, go ahead' names neither sample-only nor a quantity; the chat's first message has the full scope",
     [("WhatsApp_Chat_Lily_Hengfa.txt", txt("""
[10/06/2024 09:12] Marcos Tavares: Bom dia Lily! PO 2024-0871 sent by email. Resumo: 50 samples CL-300 latch only. Balance 950 pcs NOT released, on hold until Luciana Prado sign off the samples and Rafael Antunes send the production release in writing. Material only for the 50 pls.
[10/06/2024 21:40] Lily Liu: Good morning Marcos, received, thank you. We make 50 samples.
[10/06/2024 21:44] Lily Liu: About logo on latch cover, we make new emboss "REDE SONORA" 2 versions, photo here
[10/06/2024 21:44] Lily Liu: IMG-20240610-WA0017.jpg (file attached)
[10/06/2024 21:45] Lily Liu: Version 1 deep 0.3mm, version 2 deep 0.5mm with border
[11/06/2024 08:03] Marcos Tavares: Ficou ótimo!! Version 2 approved, go ahead 👍👍
[11/06/2024 08:05] Lily Liu: OK 👌
"""))])

# p03 supplier bought zinc for the whole 2,400 (quoted buyer scope says sample-only); HTML attachment
_p03_po = """Hi Min-seo, hi Park,

PO CF-PO-24-0702 is attached. Plain words so nobody gets crossways:
- thirty (30) sample housings TH-3L-218 Rev C, that's it for now
- production balance 2,370 pcs NOT released, on hold till Beau Tillman signs off the samples
  in writing; then Wade Holloway sends the production release in writing
- material: buy for the 30 samples only

Thanks y'all,
Darlene Pruitt, Purchasing, Cumberland Fretworks"""
_p03_html = html_page("Goods receipt GR-24-0611", """
<h3>Daesung Precision - Goods Receipt GR-24-0611</h3>
<table><tr><th>Material</th><th>Supplier</th><th>Qty</th><th>For job</th><th>Covers</th></tr>
<tr><td>ZAMAK 5 ingot (ZP0410)</td><td>Korea Zinc trading</td><td>2,000 kg</td><td>J-24-218 Cumberland</td><td>2,400 pcs housing + runner</td></tr>
</table><p>Received 2024-06-14, warehouse B-2, lot KZ-5-24-0612</p>""")
_p03_txt = f"""Dear Darlene,

Good morning. Samples 30 pcs are in machining now, we ship on 28 June by DHL.

For your information, we already purchased ZAMAK 5 ingot for full 2,400 pcs housing last week
(goods receipt attached), because zinc price is going up and our ingot supplier MOQ is 2 ton.
So material is ready when you release, and lead time will be short.

Best regards,
Lee Min-seo
Production Planning Team / Daesung Precision Co., Ltd.
Tel +82 55 285 7724

-----Original Message-----
From: Darlene Pruitt <dpruitt@cumberlandfretworks.com>
Sent: Monday, June 03, 2024 7:55 AM
To: Lee Min-seo; Park Ji-hoon
Subject: PO CF-PO-24-0702 TH-3L-218 samples

{q(_p03_po)}
"""
case("p03_supplier_bought_full_material", ["RG006"],
     "supplier bought ZAMAK for 2,400 pcs while only 30 samples are released and the quoted PO says sample-only material",
     [("RE_PO_CF-PO-24-0702_samples.eml", eml_bytes(mail(
         LEEMS, DARLENE, "RE: PO CF-PO-24-0702 TH-3L-218 samples", "Mon, 17 Jun 2024 09:20:00 +0900",
         _p03_txt, cc=PARK, in_reply_to="<h219-cf-0603@cumberlandfretworks.com>",
         attachments=[("GR-24-0611.html", _p03_html, "text/html")])))])

# p04 supplier: "as soon as you approve the samples we start directly with the 114"
_p04_po = """Grüezi Frau Wendt

Anbei die Bestellung B-24-1190 für PH-1200 Flügeldeckel-Scharniere.

- Bestellt sind nur 6 Stk. Muster (samples).
- Die Serie von 114 Stk. ist nicht freigegeben / not released. On hold until Beat Häfliger
  has signed off the samples and Ruedi Aebi sends the written production release.
- Material nur für die Muster.

Freundliche Grüsse
Corinne Zbinden, Einkauf, Flügelwerk Aebi AG"""
_p04_txt = f"""Sehr geehrte Frau Zbinden,

vielen Dank für die Bestellung B-24-1190. The 6 samples PH-1200 will be ready in KW 27.

To keep your date for the concert season we will plan like this: as soon as you approve the samples,
we start directly with the 114 pcs series. No need to send a separate order or release, this saves
about two weeks.

Mit freundlichen Grüssen

Anja Wendt
Vertrieb Innendienst
Tel. +49 37422 4471-12
{DISCL_DE}
-----Ursprüngliche Nachricht-----
Von: Corinne Zbinden <c.zbinden@fluegelwerk-aebi.ch>
Gesendet: Dienstag, 11. Juni 2024 09:40
Betreff: Bestellung B-24-1190 PH-1200

{q(_p04_po)}
"""
case("p04_supplier_rolls_into_series", ["RG007"],
     "supplier says the sample approval rolls straight into the 114 pcs series with no separate release; quoted PO requires a written release",
     [("AW_Bestellung_B-24-1190_PH-1200.eml", eml_bytes(mail(
         ANJA, CORINNE, "AW: Bestellung B-24-1190 PH-1200", "Wed, 12 Jun 2024 13:02:00 +0200", _p04_txt,
         in_reply_to="<h219-fa-0611@fluegelwerk-aebi.ch>")))])

# p05 ERP requirement plan labelled forecast but declared firm order
case("p05_erp_plan_forecast_firm", ["RG008"],
     "FY2025 requirement plan marked forecast but says 'quantities below are firm order, please treat as PO'",
     [("HZ_requirement_plan_FY2025_CSC-22.txt", crlf("""
HOSHIZORA DRUM CO., LTD.                    SUPPLIER REQUIREMENT PLAN (FORECAST)
SYSTEM: HZ-ERP MRP   RUN 2024-09-02 05:30   PLANNER: K.MORIYAMA
SUPPLIER: S-1187 TIANJIN HENGFA HARDWARE CO., LTD.
PART: CSC-22 CYMBAL BOOM CLAMP REV A   DRG CSC-22-A   BOLT M8x1.25
----------------------------------------------------------------------
PERIOD      FCST QTY   CUM QTY   NOTE
---------   --------   -------   ---------------------------------
2025-04       1,000     1,000
2025-05       1,000     2,000
2025-06       1,000     3,000
2025-07       1,000     4,000    NAMM SUMMER SET LAUNCH
2025-08       1,000     5,000
2025-09       1,000     6,000
----------------------------------------------------------------------
TOTAL FY2025  6,000

NOTE FROM PURCHASING:
 THE FORECAST QUANTITIES ABOVE ARE FIRM ORDER FROM HOSHIZORA. PLEASE TREAT
 THIS PLAN AS OUR PURCHASE ORDER FOR FY2025, RESERVE CAPACITY AND CONFIRM
 DELIVERY FOR EACH MONTH. 6,000 PCS IS OUR COMMITMENT.
----------------------------------------------------------------------
"""))])
# p06 minutes: "approved" used for the samples, the PO budget and production
case("p06_minutes_approved_three_ways", ["RG009"],
     "minutes use 'approved' for the sample check, the PO budget and the production go; scope itself is complete (6 samples, 114 on hold, written release by Aebi)",
     [("Protokoll_2024-07-03_PH-1200.docx", docx_bytes([
         ("h1", "Besprechungsprotokoll / Minutes - PH-1200 Scharniere"),
         ("table", [["Datum", "03.07.2024, 14:00-14:40, Werkstatt Thun"],
                    ["Teilnehmer", "Ruedi Aebi (GF), Corinne Zbinden (Einkauf), Beat Häfliger (Werkstattleiter), "
                                   "Jörg Kessler (Kessler Feinmechanik, per Telefon)"],
                    ["Protokoll", "C. Zbinden"]]),
         ("sp",),
         ("h", "1. Muster PH-1200 (6 Stk.)"),
         ("p", "Beat has mounted 2 of the 6 samples on the Bechstein C lid. Fit and hole pattern OK, polish OK. "
               "Samples approved."),
         ("h", "2. Bestellung B-24-1190"),
         ("p", "PO revision 1 (series 114 Stk. added, CHF 9 800) approved by Ruedi for the budget 2024."),
         ("h", "3. Serie 114 Stk."),
         ("p", "The 114 pcs remain on hold, not yet to be produced. Production is approved only when Ruedi "
               "Aebi has signed the written production release; Ruedi plans to sign in KW 30 after the second "
               "lid is checked."),
         ("h", "4. Pendenzen"),
         ("table", [["Was", "Wer", "Bis"],
                    ["Second lid check (Steinway O)", "B. Häfliger", "KW 29"],
                    ["Written production release 114 Stk.", "R. Aebi", "KW 30"],
                    ["Inform Kessler about the hold", "C. Zbinden", "04.07.2024"]]),
     ], author="Corinne Zbinden"))])

# p07 ERP sample PO without any piece quantity
case("p07_erp_sample_po_no_qty", ["RG010"],
     "sample PO line has no quantity ('see quotation', unit LOT); hold, unlock event and release person are stated",
     [("HS-PO-24-0412_print.txt", crlf("""
HOSHIZORA DRUM CO., LTD.  購買課                     PURCHASE ORDER / 注文書
------------------------------------------------------------------------------
PO NO.    : HS-PO-24-0412           ISSUE DATE : 2024/05/27      REV : 00
SUPPLIER  : S-0417 PT LOGAM NADA ABADI (CIKARANG, BEKASI, INDONESIA)
BUYER     : K. MORIYAMA             TEL : +81-53-455-2107
TERMS     : FCA JAKARTA / T/T 60 DAYS
------------------------------------------------------------------------------
LN   PART NO.   DESCRIPTION                     QTY        UNIT   PRICE JPY
---  ---------  ------------------------------  ---------  -----  ----------
10   HL-52      SNARE LUG REV B  SAMPLE LOT     SEE QUOT.  LOT    48,000
                DRG HL-52-0024 REV B
                INSERT M5x0.8 / CHROME 0.3UM
                PER YOUR QUOTATION LN-Q-24-052
------------------------------------------------------------------------------
REMARKS / 備考:
 * SAMPLE LOT PER YOUR QUOTATION.
 * PRODUCTION BALANCE IS NOT RELEASED. PLEASE HOLD.
 * PRODUCTION RELEASE ONLY AFTER SAMPLE SIGN-OFF BY A. TANABE (QUALITY ENG.)
   AND WRITTEN PRODUCTION RELEASE BY T. OGURA (PRODUCTION CONTROL MANAGER).
 * MATERIAL FOR SAMPLE LOT ONLY.
 * INSPECTION CERT. EN 10204 3.1 FOR ADC12 REQUIRED.
------------------------------------------------------------------------------
"""))])

# p08 cover mail says 24 samples, attached PDF PO says 42
_p08_pdf = pdf([
    ("h1", "PURCHASE ORDER HS-PO-24-0455"),
    ("p", "Hoshizora Drum Co., Ltd. Purchasing Dept. | 2-14-7 Sanarudai, Naka-ku, Hamamatsu 432-8021 | 2024-06-18"),
    ("table", [["Supplier", "Tianjin Hengfa Hardware Co., Ltd."], ["Buyer", "Kenji Moriyama"],
               ["Incoterms", "FOB Xingang"], ["Payment", "T/T 60 days"]]),
    ("sp",),
    ("table", [["Ln", "Part", "Description", "Qty", "Unit USD", "Amount USD"],
               ["10", "CSC-22", "Cymbal boom clamp Rev A, sample lot (DRG CSC-22-A)", "42 pcs", "3.20", "134.40"]]),
    ("sp",),
    ("p", "Scope: this PO is for the sample lot only. Quoted production quantity 4,000 pcs (HF-Q-24-0331) is not "
          "released and is on hold until sample sign-off by Aiko Tanabe (QE) and written production release by "
          "Takeshi Ogura (Production Control Manager). Material authority: sample lot only."),
])
_p08_txt = """Dear Zhang-san,

Please find attached our PO HS-PO-24-0455 for CSC-22 boom clamp samples.

- Sample quantity: twenty-four (24) pcs.
- Production 4,000 pcs is not released, on hold until sample sign-off by Ms. Tanabe and written
  production release from Mr. Ogura.
- Material for the samples only.

Delivery of samples: by 2024-07-12 by air, please.

Best regards,
Kenji Moriyama
Purchasing Dept.
""" + DISCL_JP
case("p08_cover_24_vs_po_42", ["RG011"],
     "cover mail authorizes twenty-four (24) samples, the attached PO authorizes 42 pcs; scope otherwise complete",
     [("HS-PO-24-0455_CSC-22.eml", eml_bytes(mail(
         KENJI, ZHANG, "PO HS-PO-24-0455 CSC-22 boom clamp samples", "Tue, 18 Jun 2024 15:10:00 +0900", _p08_txt,
         attachments=[("HS-PO-24-0455.pdf", _p08_pdf, PDF_MT)])))])

# p09 WeChat: supplier starts production because the deposit arrived
case("p09_wechat_deposit_start", ["RG012"],
     "supplier: 'deposit received today, so we start production of the 1,200 pcs'; buyer's first message kept 1,176 on hold with event and person",
     [("WeChat_ZhangWei_export.txt", txt("""
WeChat chat history with Zhang Wei 张伟 (Hengfa Hardware)
Exported 2024-06-27

2024-06-18 08:10  Darlene Pruitt
Hey Zhang! PO CF-PO-24-0688 for the CL-45 case latch is in your inbox. To be clear: 24 sample latches only. The balance of 1,176 is NOT released, it's on hold till Beau Tillman signs off the samples and Wade Holloway sends the written release. Material for the 24 only.

2024-06-18 20:31  Zhang Wei
Received Darlene, thank you. 24 samples ok.

2024-06-26 09:02  Darlene Pruitt
Wired the 30% deposit on the tooling + order this morning, confirmation attached.

2024-06-26 09:02  Darlene Pruitt
[File] Wire_confirmation_0626.pdf

2024-06-26 21:15  Zhang Wei
Thank you Darlene, deposit received today 😊 So we start production of the 1,200 pcs latches tomorrow, finish in 25 days. Samples also in same batch.
"""))])

# p10 bare sample PO: quantity only
case("p10_bare_sample_po", ["RG003", "RG004", "RG005"],
     "sample PO for 20 key guards says nothing about the remaining balance, no unlock event, no release person",
     [("Pedido_2024-0880.pdf", pdf([
         ("h1", "PEDIDO DE AMOSTRAS / SAMPLE ORDER 2024-0880"),
         ("p", "Rede Sonora Escolas de Música Ltda. | Av. do Contorno 2210, Belo Horizonte/MG | CNPJ 12.345.678/0001-90"),
         ("table", [["Fornecedor", "Officine Brambilla S.r.l., Castelfidardo (AN), Itália"],
                    ["Data", "24/06/2024"], ["Comprador", "Marcos Tavares"],
                    ["Entrega", "3 semanas, DAP Belo Horizonte"], ["Pagamento", "30 dias"]]),
         ("sp",),
         ("table", [["Item", "Código", "Descrição", "Qtde", "Preço EUR", "Total EUR"],
                    ["1", "SKG-A", "Protetor de chave Eb/C, sax alto, latão CuZn37 laqueado, desenho RS-SKG-02 rev 3", "20", "14,80", "296,00"]]),
         ("sp",),
         ("p", "Observações: amostras conforme cotação 24/117. Enviar certificado EN 71-3 junto com as amostras. "
               "Parafusos M2x4 inclusos. Embalar individualmente."),
         ("sp",),
         ("p", "Marcos Tavares - Compras"),
     ], title="Pedido 2024-0880", author="Marcos Tavares"))])
# p11 buyer portal: sample quantity missing, hold "until further notice", release person named
case("p11_portal_no_qty_further_notice", ["RG004", "RG010"],
     "portal sample authorization shows no sample quantity; production 2,400 'on hold until further notice' (no event); Ogura named",
     [("HZ_SupplierNet_HS-PO-24-0471.html", html_page("Hoshizora Supplier Net - HS-PO-24-0471", """
<h2>Hoshizora Supplier Net</h2>
<p>Logged in: <b>PT Logam Nada Abadi</b> (S-0417) &nbsp;|&nbsp; 2024-06-20</p>
<h3>Purchase order HS-PO-24-0471</h3>
<table>
<tr><th>Ln</th><th>Part</th><th>Description</th><th>Qty</th><th>Price</th><th>Status</th></tr>
<tr><td>10</td><td>HL-60 Rev C</td><td>Tom lug, sample build (DRG HL-60-0036 Rev C)</td><td>&mdash;</td><td>JPY 2,150 / pc</td><td>Open &ndash; sample build authorized</td></tr>
</table>
<div class="note">
<p><b>Production quantity 2,400 pcs:</b> ON HOLD until further notice. Do not start.</p>
<p><b>Release authority:</b> Takeshi Ogura (Production Control Manager).</p>
<p><b>Material:</b> for the sample build only.</p>
</div>
<p>Buyer: Kenji Moriyama &middot; k.moriyama@hoshizora-drum.co.jp &middot; Incoterms FCA Jakarta</p>
"""))])

# p12 two-level quoted thread; "approved" by QE and by purchasing, then "please go ahead"
_p12_orig = """Dear Budi-san,

PO HS-PO-24-0388 is issued for HL-52 snare lug samples.
- 24 pcs samples only.
- Balance 1,176 pcs not released, on hold until sample sign-off by Ms. Tanabe (QE) and written
  production release by Mr. Ogura.
- Material for samples only.

Best regards, Kenji Moriyama"""
_p12_budi = f"""Dear Moriyama-san,

Regarding HL-52 samples: our plating line changed chemical supplier. We propose new plating
Cu-Ni-Cr with Cr 0.3 um (before Ni-Cr only), price +JPY 12/pc. Please advise if OK.

Best regards,
Budi Santoso
Marketing, PT Logam Nada Abadi

On 2024/05/20 10:02, Kenji Moriyama wrote:
{q(_p12_orig)}"""
_p12_txt = f"""Dear Budi-san,

Thank you for waiting. The new plating spec (Cu-Ni-Cr, Cr 0.3 um) is approved by our QE, and the
price change +JPY 12/pc is also approved by purchasing.

So please go ahead.

Best regards,
Kenji Moriyama
Purchasing Dept.
{DISCL_JP}
On 2024/06/03 17:44, Budi Santoso wrote:
{q(_p12_budi)}
"""
case("p12_plating_approved_go_ahead", ["RG002", "RG009"],
     "'approved by our QE' (technical) and 'approved by purchasing' (commercial) then an unscoped 'please go ahead'; scope in the twice-quoted PO mail",
     [("RE_RE_HL-52_plating.eml", eml_bytes(mail(
         KENJI, BUDI, "RE: RE: HL-52 samples plating change", "Wed, 05 Jun 2024 11:30:00 +0900",
         _p12_txt, html=html_mail(_p12_txt), cc=AIKO, in_reply_to="<h219-ln-0603@logamnada.co.id>")))])

# p13 Teams: buyer engineer says keep rolling with the production run after the check
case("p13_teams_keep_rolling", ["RG007"],
     "buyer engineer: 'if the rest of the check comes out right just keep on rolling with the production run, no need to wait on Wade', contradicting the written-release scope",
     [("Teams_CF_Daesung_TH-3L-218.txt", txt("""
Microsoft Teams - chat export
Chat: Cumberland / Daesung - TH-3L-218 Rev C
Exported by: Beau Tillman, 7/10/2024

Darlene Pruitt  6/3/2024 7:58 AM
Posting the PO note here so we're all on the same page: PO CF-PO-24-0702 = 30 sample housings only. Balance 2,370 NOT released, on hold till Beau signs off the samples in writing, then Wade Holloway sends the written production release. Material for 30 only.

Park Ji-hoon  6/3/2024 8:40 PM
Noted, thank you.

Beau Tillman  7/9/2024 2:12 PM
Park, samples came in Tuesday. Fit on the T-style and the J-style headstocks is real nice, bushing press fit good. Still gotta check the string post wobble on the Rev C gears.

Park Ji-hoon  7/9/2024 8:05 PM
Thank you Beau. After you finish check, we wait Wade's release?

Beau Tillman  7/10/2024 7:20 AM
Nah, if the rest of the check comes out right just keep on rolling with the production run, no need to wait on Wade or me. We're way behind on the fall build.

Park Ji-hoon  7/10/2024 7:31 AM
OK understood 👍
"""))])

# p14 buyer mail with sample PO and the supplier offer (1.500 production) attached, nothing else
_p14_po = pdf([
    ("h1", "PEDIDO DE COMPRA 2024-0902"),
    ("p", "Rede Sonora Escolas de Música Ltda. | Compras | Belo Horizonte/MG"),
    ("table", [["Fornecedor", "Officine Brambilla S.r.l."], ["Data", "08/07/2024"], ["Comprador", "Marcos Tavares"]]),
    ("sp",),
    ("table", [["Item", "Código", "Descrição", "Qtde", "EUR unit.", "EUR total"],
               ["1", "SKG-T", "Protetor de chave sax tenor, amostra (desenho RS-SKG-05 rev 1)", "20", "16,20", "324,00"]]),
    ("sp",),
    ("p", "Entrega: 3 semanas, DAP Belo Horizonte. EN 71-3 obrigatório."),
])
_p14_offer = pdf([
    ("h1", "OFFERTA N. 24/131"),
    ("p", "Officine Brambilla S.r.l. - Castelfidardo (AN) - 26/06/2024 - Spett.le Rede Sonora, Belo Horizonte"),
    ("table", [["Pos", "Descrizione", "Q.tà", "Prezzo EUR"],
               ["1", "Campionatura SKG-T tenor key guard", "20 pz", "16,20"],
               ["2", "Serie SKG-T", "1.500 pz", "4,35"],
               ["3", "Stampo tranciatura", "1", "2.100,00"]]),
    ("p", "Consegna serie 5 settimane. Validità 60 giorni. Giulia Ferraris, Ufficio Commerciale."),
])
_p14_txt = """Olá Giulia,

Segue em anexo o pedido 2024-0902 for the tenor key guard samples and your offer 24/131.
Please confirm the delivery date of the samples.

Obrigado!
Marcos Tavares
Compras / Purchasing - Rede Sonora
""" + DISCL_BR
case("p14_sample_po_with_offer", ["RG001", "RG003", "RG004", "RG005"],
     "mail with a 20-sample PO and the supplier offer showing 1.500 production, nothing saying it is informational or not released; no hold, event or person",
     [("Pedido_2024-0902_SKG-T.eml", eml_bytes(mail(
         MARCOS, GIULIA, "Pedido 2024-0902 - SKG-T amostras", "Mon, 08 Jul 2024 14:22:00 -0300", _p14_txt,
         attachments=[("Pedido_2024-0902.pdf", _p14_po, PDF_MT), ("Offerta_24-131.pdf", _p14_offer, PDF_MT)])))])

# p15 sample evaluation record that releases the balance by itself
case("p15_signoff_record_releases", ["RG007"],
     "QE sample record: 'APPROVED - production may now proceed with the remaining 1,176 pcs, no separate release needed' without any recorded auto-conversion",
     [("SE-24-058_sample_evaluation.docx", docx_bytes([
         ("h1", "Sample Evaluation Record SE-24-058"),
         ("p", "Hoshizora Drum Co., Ltd. - Quality Engineering"),
         ("table", [["Part", "HL-52 Snare Lug Rev B"], ["Supplier", "PT Logam Nada Abadi"],
                    ["PO", "HS-PO-24-0388 (24 pcs samples; production release by T. Ogura in writing)"],
                    ["Samples received", "24 pcs, 2024-07-15"], ["Evaluator", "Aiko Tanabe"]]),
         ("sp",),
         ("table", [["Check", "Result"], ["Insert thread M5x0.8", "OK 6/6"], ["Hole pitch 38.0 +/- 0.1", "OK"],
                    ["Chrome 0.3 um", "0.32 - 0.35 OK"], ["Fit on 14x5.5 snare", "OK, no gap"]]),
         ("sp",),
         ("h", "Disposition"),
         ("p", "APPROVED. Production may now proceed with the remaining 1,176 pcs per PO HS-PO-24-0388. "
               "No separate release is needed; supplier can start when ready."),
         ("p", "Signed: Aiko Tanabe, Quality Engineering, 2024-07-17"),
     ], author="Aiko Tanabe"))])
# p16 WhatsApp: buyer engineer "samples look great, you are good to run"
case("p16_whatsapp_good_to_run", ["RG002", "RG007"],
     "after the samples buyer says 'you are good to run, pode rodar' with no quantity, rolling sample approval into production against the stated written-release scope",
     [("WhatsApp_Chat_Dewi_LogamNada.txt", txt("""
[15/07/2024 11:20] Marcos Tavares: Dewi, bom dia! Pedido 2024-0955 sent. 12 samples CSC-SCH only. The 288 balance is NOT released, on hold until Luciana Prado signs off the samples and Rafael Antunes sends the written production release. Material only for 12 pcs.
[15/07/2024 21:03] Dewi Lestari: Selamat pagi Pak Marcos, noted 12 pcs samples. Terima kasih 🙏
[05/08/2024 09:47] Dewi Lestari: Samples 12 pcs already arrive Belo Horizonte yesterday, please check 🙏
[06/08/2024 16:12] Luciana Prado: Dewi, recebi as 12 amostras! Testei no kit da escola de Contagem, o prato não gira, rosca M8 perfeita.
[06/08/2024 16:13] Luciana Prado: Samples look great, you are good to run, pode rodar! 🥁🎉
[06/08/2024 21:30] Dewi Lestari: Thank you Ibu Luciana 😊 we prepare the line
"""))])

# p17 supplier: PO accepted, so coil for 4.000 ordered and stamping of the full batch started
_p17_po = """Dear Zhang-san,

PO HS-PO-24-0463 for CSC-22 boom clamp is issued.
- 40 pcs samples only.
- Production 3,960 pcs is not released, on hold until sample sign-off by Ms. Tanabe (QE)
  and written production release by Mr. Ogura (Production Control Manager).
- Material authority: samples only.

Best regards,
Kenji Moriyama, Purchasing Dept., Hoshizora Drum"""
_p17_txt = f"""Dear Moriyama-san,

Thanks for your PO HS-PO-24-0463, we accepted it in our system today (SO-HF-24-1187).

Since PO is accepted, we already order the steel coil SPCC 2.0mm for 4.000 pcs and start the
stamping for full batch together with the 40 samples, to save your time. Samples ship 2024/07/05,
the rest can ship end of July.

Any question please tell me.

Best regards
Zhang Wei
Sales Manager
Tianjin Hengfa Hardware Co., Ltd.
No. 18 Xinghua Road, Xiqing Economic Development Area, Tianjin 300385
Tel: +86 22 2397 6610

-----Original Message-----
From: Kenji Moriyama <k.moriyama@hoshizora-drum.co.jp>
Sent: Tuesday, June 18, 2024 4:02 PM
Subject: PO HS-PO-24-0463 CSC-22

{q(_p17_po)}
"""
case("p17_po_accepted_coil_bought", ["RG006", "RG012"],
     "supplier treats PO acceptance as go for the full batch and orders coil for 4.000 pcs; quoted PO says 40 samples, sample-only material",
     [("RE_PO_HS-PO-24-0463_CSC-22.eml", eml_bytes(mail(
         ZHANG, KENJI, "RE: PO HS-PO-24-0463 CSC-22", "Wed, 19 Jun 2024 10:48:00 +0800", _p17_txt,
         html=html_mail(_p17_txt), in_reply_to="<h219-hz-0618@hoshizora-drum.co.jp>")))])

# p18 supplier production plan: material for 2.000 ordered, series starts automatically after sample approval
case("p18_supplier_plan_auto_start", ["RG006", "RG007"],
     "supplier plan: brass for 2.000 pcs ordered while only 20 samples are released, series 'starts automatically after your sample approval'",
     [("Piano_produzione_SKG-A_wk27.pdf", pdf([
         ("h1", "Piano di produzione / Production plan - SKG-A"),
         ("p", "Officine Brambilla S.r.l. | Cliente: Rede Sonora, Belo Horizonte | Ordine cliente 2024-0912 | 01/07/2024"),
         ("table", [["Fase", "Q.tà (pz)", "Stato", "Settimana"],
                    ["Campionatura SKG-A", "20", "finita, spedizione DHL", "wk 27"],
                    ["Serie SKG-A (not released yet)", "1.980", "planned, starts automatically after your sample approval", "wk 29-32"],
                    ["Collaudo EN 71-3 serie", "-", "planned", "wk 32"]]),
         ("sp",),
         ("table", [["Materiale", "Q.tà ordinata", "Per", "Data ordine"],
                    ["Nastro ottone CuZn37 0,8 mm", "310 kg", "2.000 pz (campioni + serie)", "12/06/2024"],
                    ["Vernice trasparente", "18 l", "2.000 pz", "12/06/2024"]]),
         ("sp",),
         ("p", "Note: as agreed by phone with Sig. Tavares, after your approval of the samples the series starts "
               "automatically in week 29, no further document needed. Brass strip already in our warehouse."),
         ("p", "Giulia Ferraris - Ufficio Commerciale"),
     ], title="Piano produzione SKG-A", author="Giulia Ferraris"))])

# p19 buyer purchase plan labelled forecast, declared firm commitment
case("p19_purchase_plan_firm", ["RG008"],
     "annual plan headed 'Previsão (forecast)' but says 'this forecast is our firm commitment, consider the 3.000 latches as firm order'",
     [("Plano_Anual_Compras_2025.docx", docx_bytes([
         ("h1", "Plano Anual de Compras 2025 - Previsão (forecast)"),
         ("p", "Rede Sonora Escolas de Música - Compras - versão 2 de 02/09/2024 - para: Tianjin Hengfa Hardware"),
         ("table", [["Item", "Descrição", "T1", "T2", "T3", "T4", "Total 2025"],
                    ["CL-300", "Fecho de estojo / case latch, nickel", "600", "900", "900", "600", "3.000"],
                    ["CL-310", "Fecho pequeno / small latch", "200", "300", "300", "200", "1.000"]]),
         ("sp",),
         ("p", "Comentário do comprador: the school network grows to 18 schools in 2025 and every new student case "
               "needs two latches. Esta previsão é o nosso compromisso firme: please consider the 3.000 CL-300 "
               "case latches as our firm order for 2025 and reserve the capacity."),
         ("p", "The CL-310 line is only for information."),
         ("sp",),
         ("p", "Marcos Tavares - Compras"),
     ], author="Marcos Tavares"))])

# p20 supplier job ticket: released 30 samples, job quantity 2,400, material issued for 2,400
case("p20_supplier_job_ticket", ["RG001", "RG006"],
     "supplier portal job ticket shows released qty 30 beside job qty 2,400 with nothing saying not released, and ZAMAK issued for 2,400",
     [("DS_MES_job_J-24-218.html", html_page("Daesung MES - Job J-24-218", """
<h2>Daesung Precision MES &mdash; Job Ticket J-24-218</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Customer</td><td>Cumberland Fretworks LLC (Nashville)</td></tr>
<tr><td>Customer PO</td><td>CF-PO-24-0702</td></tr>
<tr><td>Part</td><td>TH-3L-218 Rev C tuner housing (DRG CF-218 Rev C)</td></tr>
<tr><td>Released qty</td><td>30</td></tr>
<tr><td>Job qty</td><td>2,400</td></tr>
<tr><td>Die</td><td>D-218-C 2 cav, shot counter 000140</td></tr>
<tr><td>Due</td><td>2024-08-23</td></tr>
</table>
<h3>Material issue</h3>
<table>
<tr><th>Material</th><th>Lot</th><th>Issued</th><th>For</th></tr>
<tr><td>ZAMAK 5 ingot</td><td>KZ-5-24-0612</td><td>2,000 kg</td><td>2,400 pcs + runner</td></tr>
<tr><td>Bushing insert M4x0.7</td><td>BI-24-077</td><td>2,450 pcs</td><td>2,400 pcs + 2% spare</td></tr>
</table>
<p>Planner: Lee Min-seo &middot; printed 2024-06-20 08:12 KST</p>
"""))])
# p21 buyer: deposit paid, therefore start the 114 series
case("p21_mail_deposit_start_series", ["RG012"],
     "buyer: 'the Anzahlung is paid today, so you can start with the series - please start the 114 hinges now'; payment treated as the production trigger",
     [("Mail_B-24-1190_Zbinden.txt", txt("""
Von:     Corinne Zbinden <c.zbinden@fluegelwerk-aebi.ch>
An:      Anja Wendt <a.wendt@kessler-feinmechanik.de>
Datum:   Donnerstag, 18. Juli 2024 10:26
Betreff: Bestellung B-24-1190 / Anzahlung

Grüezi Frau Wendt

Die Anzahlung von 30 % (EUR 2 460,00, Ihre Vorausrechnung VR-24-0311) ist heute überwiesen worden,
Valuta 18.07.2024, UBS Thun.

Somit können Sie mit der Serie starten - please start the 114 hinges PH-1200 now, so we have them
before the Herbstkonzert.

Freundliche Grüsse
Corinne Zbinden
Einkauf

Flügelwerk Aebi AG · Klavierrestaurationen · Frutigenstrasse 12 · 3600 Thun
Tel. +41 33 221 47 80
"""))])

# p22 "green light, go ahead" on a sample PO with nothing else
_p22_txt = """Hey Zhang,

PO CF-PO-24-0655 is in the system, it's for the samples of the new CL-45 draw latch, per your quote
HF-Q-24-0297.

Y'all have the green light on the CL-45 - go ahead and get rolling whenever you're ready.
Holler if you need anything from us.

Thanks!
Darlene
""" + sig("Darlene Pruitt", "Purchasing", CF, "+1 615 555 0142")
case("p22_green_light_no_scope", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "sample PO mail gives an unscoped 'green light ... go ahead', states no quantity, no hold on the balance, no unlock event, no release person",
     [("PO_CF-PO-24-0655_CL-45.eml", eml_bytes(mail(
         DARLENE, ZHANG, "PO CF-PO-24-0655 CL-45 latch", "Thu, 23 May 2024 09:41:00 -0500", _p22_txt,
         html=html_mail(_p22_txt))))])

# p23 one PO states the sample quantity twice, differently
case("p23_po_24_vs_42_inside", ["RG011"],
     "PO text says twenty-four (24) sample lugs, its line table says 42; scope otherwise complete",
     [("HS-PO-24-0501.pdf", pdf([
         ("h1", "PURCHASE ORDER HS-PO-24-0501"),
         ("p", "Hoshizora Drum Co., Ltd. | Purchasing Dept. | Hamamatsu | 2024-06-24"),
         ("table", [["Supplier", "PT Logam Nada Abadi, Cikarang"], ["Buyer", "Kenji Moriyama"],
                    ["Terms", "FCA Jakarta, T/T 60 days"]]),
         ("sp",),
         ("p", "This purchase order is for the sample lot of the new HL-60 tom lug. Sample quantity: twenty-four (24) pcs."),
         ("table", [["Ln", "Part", "Description", "Qty", "Unit JPY", "Amount JPY"],
                    ["10", "HL-60", "Tom lug Rev C, sample lot, DRG HL-60-0036 Rev C, insert M5x0.8", "42", "2,150", "90,300"]]),
         ("sp",),
         ("p", "Production quantity 2,400 pcs per quotation LN-Q-24-060 is not released and stays on hold until "
               "sample sign-off by Aiko Tanabe (QE) and a written production release by Takeshi Ogura "
               "(Production Control Manager)."),
         ("p", "Material authority: sample lot only. Mill certificate EN 10204 3.1 for ADC12 with the samples."),
     ], title="HS-PO-24-0501", author="Kenji Moriyama"))])

# p24 WhatsApp: supplier casts the balance and buys ingot after a QC visit said "samples OK"
case("p24_whatsapp_cast_after_visit", ["RG006", "RG007"],
     "supplier: QC visit said samples OK 'so we already start cast the 1.176 lugs and buy ADC12 for all' against the stated hold and sample-only material",
     [("WhatsApp_Chat_Budi_LogamNada.txt", txt("""
[27/05/2024 10:02] Kenji Moriyama: Budi-san, PO HS-PO-24-0388 sent. 24 pcs samples HL-52 only. Balance 1,176 pcs not released, on hold until sample sign-off by Tanabe-san and written production release by Ogura-san. Material for 24 pcs only please.
[27/05/2024 10:40] Budi Santoso: Noted Moriyama-san, terima kasih 🙏
[11/07/2024 17:55] Budi Santoso: Selamat sore Moriyama-san. Ms. Tanabe visit yesterday very good, she said samples OK 👍
[11/07/2024 17:56] Budi Santoso: So we already start cast the 1.176 lugs body today and buy aluminium ingot ADC12 for all, finish 3 weeks. Delivery early August 🙏
"""))])

# p25 forwarded internal note (rfc822) as the scope: hold stated, no event, no release person
_p25_fwd = mail(KENJI, OGURA, "HS-PO-24-0520 HL-60 samples issued", "Tue, 02 Jul 2024 13:15:00 +0900",
                """Ogura-san,

For your information: PO HS-PO-24-0520 issued today to PT Logam Nada for 24 pcs samples HL-60 tom lug.
Balance 2,376 pcs is on hold (not released).
I will inform you about the next step.

Moriyama
""")
_p25_txt = """Dear Dewi-san,

Please see the forwarded mail below, it is the scope of PO HS-PO-24-0520 (HL-60 tom lug samples).
Please follow it.

Best regards,
Kenji Moriyama
Purchasing Dept.
""" + DISCL_JP
case("p25_forwarded_internal_scope", ["RG004", "RG005"],
     "forwarded scope says 24 samples and 2,376 on hold but names no unlock event ('I will inform you about the next step') and no release person",
     [("FW_HS-PO-24-0520_scope.eml", eml_bytes(mail(
         KENJI, DEWI, "FW: HS-PO-24-0520 HL-60 samples issued", "Tue, 02 Jul 2024 14:02:00 +0900", _p25_txt,
         attachments=[("rfc822", _p25_fwd)])))])

# p26 order letter without quantity; production may start with the payment
case("p26_order_letter_payment_start", ["RG010", "RG012"],
     "complete (repeat) order letter names no quantity ('according to your offer') and says fabrication may start with receipt of the down payment",
     [("Auftrag_LP-35_Brambilla.docx", docx_bytes([
         ("h1", "Auftrag / Order"),
         ("p", "Flügelwerk Aebi AG, Klavierrestaurationen, Frutigenstrasse 12, 3600 Thun"),
         ("p", "An: Officine Brambilla S.r.l., Via dell'Industria 18, 60022 Castelfidardo (AN)"),
         ("p", "Thun, 22.08.2024"),
         ("sp",),
         ("p", "Betreff: Reggicoperchio LP-35, Ihre Offerte 24/088 vom 14.08.2024"),
         ("p", "Sehr geehrte Frau Ferraris"),
         ("p", "Hiermit bestellen wir die Deckelstützen-Scharniere LP-35, nickel, gemäss Ihrer Offerte 24/088. "
               "This is the complete order, no samples are needed, it is the same part as 2021 (Auftrag B-21-0588)."),
         ("p", "Die Anzahlung von 40 % überweisen wir nächste Woche. Mit dem Zahlungseingang können Sie die Fertigung "
               "starten - the payment is your go for production."),
         ("p", "Lieferung DAP Thun, Verpackung einzeln in Seidenpapier wie 2021."),
         ("sp",),
         ("p", "Freundliche Grüsse"),
         ("p", "Ruedi Aebi, Geschäftsführer"),
     ], author="Ruedi Aebi"))])

# p27 ERP sample PO printing the quote's production quantity as a memo line
case("p27_erp_po_quote_memo", ["RG001", "RG003", "RG004", "RG005"],
     "ERP sample PO (24 EA) prints the quote's 1,176 production qty as a memo line; no hold, no unlock event, no release person",
     [("CF-PO-24-0688_print.txt", crlf("""
CUMBERLAND FRETWORKS LLC                                   PURCHASE ORDER
1418 DIVISION ST  NASHVILLE TN 37203                       PAGE 1 OF 1
------------------------------------------------------------------------------
PO NUMBER : CF-PO-24-0688          PO DATE : 06/17/2024     REV : 0
PO TYPE   : SAMPLE
VENDOR    : V-3120  TIANJIN HENGFA HARDWARE CO LTD, TIANJIN CHINA
BUYER     : DPRUITT  DARLENE PRUITT   615-555-0142
SHIP VIA  : FEDEX INTL PRIORITY        TERMS : NET 30
------------------------------------------------------------------------------
LN  ITEM           DESCRIPTION                     QTY  UOM  UNIT USD    EXT USD
--  -------------  ---------------------------  -----  ---  --------  ---------
 1  CL-45-A        DRAW LATCH CL-45 REV A          24   EA      6.80     163.20
                   NICKEL, SPRING SS 1.4310
                   CYCLE TEST 5,000 OPEN/CLOSE
 M  MEMO           QUOTE HF-Q-24-0297 PROD QTY  1,176   EA      1.38
                   PROD LEAD TIME 30 DAYS
------------------------------------------------------------------------------
                                                        PO TOTAL    163.20
NOTES: SHIP SAMPLES TO NASHVILLE RECEIVING ATTN B. TILLMAN.
       SALT SPRAY ASTM B117 48 H REPORT REQUIRED.
------------------------------------------------------------------------------
"""))])
# p28 "release" used for the SAP PO workflow and for production
_p28_q = """Buongiorno Marcos,

thank you for the PO 2024-0921. Could you confirm the release of the PO? Our system needs it to
open the job for the 20 samples.

Cordiali saluti
Giulia Ferraris
Ufficio Commerciale - Officine Brambilla S.r.l.
""" + DISCL_IT
_p28_txt = f"""Olá Giulia,

Sim! The PO 2024-0921 was released in our SAP yesterday (liberado pela diretoria), so commercially
you have the release.

Samples: 20 pcs SKG-A now. The balance of 1.980 pcs is not released for production. Production
release comes only after Luciana Prado signs off the samples, and then Rafael Antunes sends the
production release in writing. Material only for the 20 samples, ok?

Abraço,
Marcos Tavares
Compras / Purchasing - Rede Sonora
{DISCL_BR}
Em 10/07/2024 09:12, Giulia Ferraris escreveu:
{q(_p28_q)}
"""
case("p28_release_sap_and_production", ["RG009"],
     "'release' used both for the SAP PO workflow ('commercially you have the release') and for production release; scope otherwise complete",
     [("RE_PO_2024-0921.eml", eml_bytes(mail(
         MARCOS, GIULIA, "RE: PO 2024-0921 - release?", "Wed, 10 Jul 2024 10:05:00 -0300", _p28_txt,
         in_reply_to="<h219-ob-0710@officinebrambilla.it>")))])

# p29 EDI 830 whose forecast is declared firm and binding
case("p29_edi830_forecast_firm", ["RG008"],
     "X12 830 planning schedule: remark declares the forecast quantities 'FIRM ORDER and binding commitment, please produce to this schedule'",
     [("EDI830_HZ_HF_240805.txt", crlf("""
=====================================================================
 HOSHIZORA DRUM CO., LTD.      EDI PRINTOUT  X12 830 PLANNING SCHEDULE
 TRADING PARTNER: TIANJIN HENGFA HARDWARE (HF-ID 01187)  RUN: 2024-08-05
=====================================================================
 BFR*05*HZ830-24-31**DL*A*20240805*20250331*20240805~
 ITEM      : CSC-22  CYMBAL BOOM CLAMP REV A  (DRG CSC-22-A, M8x1.25)
 UOM       : PC

 LINE  FST QUAL  PERIOD         QTY     NOTE
 ----  --------  -------------  ------  ---------------------------
 001   C         2024-10          800   forecast
 002   C         2024-11          800   forecast
 003   C         2024-12        1,200   forecast (holiday season)
 004   C         2025-Q1        2,400   forecast
                                ------
       TOTAL                    5,200

 REMARK: THE FORECAST QUANTITIES IN THIS 830 ARE FIRM ORDER AND BINDING
 COMMITMENT OF HOSHIZORA. PLEASE PRODUCE TO THIS SCHEDULE AND CONFIRM.
 QUALIFIER C = FIRM.
 SE*17*0031~
=====================================================================
"""))])

# p30 buyer: forecast confirmed as firm order, deposit is the start signal
_p30_txt = """Cara Giulia, tudo bem?

Boa notícia! Our forecast 2025 for the tenor key guard SKG-T, 2.000 pcs, is now confirmed: please take
it as our firm order. It is the same part as the samples from last year, no change in drawing
(RS-SKG-05 rev 1).

The deposit of 30% (EUR 2.610,00) goes out on Friday, and with that you can start the production.
Delivery in 4 lots of 500 to Belo Horizonte, first lot in February.

Obrigado e um abraço,
Marcos Tavares
Compras / Purchasing - Rede Sonora
+55 31 3224 8190
""" + DISCL_BR
case("p30_forecast_confirmed_deposit_start", ["RG008", "RG012"],
     "buyer: 'our forecast 2025 of 2.000 pcs ... please take it as our firm order' and 'with the deposit you can start the production'",
     [("SKG-T_2025_confirmacao.eml", eml_bytes(mail(
         MARCOS, GIULIA, "SKG-T 2025 - confirmação", "Tue, 29 Oct 2024 15:48:00 -0300", _p30_txt,
         html=html_mail(_p30_txt))))])

# p31 quarterly business review: forecast stated as commitment; approved three ways
case("p31_qbr_commitment_approvals", ["RG008", "RG009"],
     "QBR report states 'Hoshizora commits to order 15,600 lugs in 2025 (based on our sales forecast)' and uses 'approved'/'approval' for samples, PO budget and production",
     [("QBR_2024Q3_LogamNada.pdf", pdf([
         ("h1", "Quarterly Business Review 2024 Q3 - PT Logam Nada Abadi"),
         ("p", "Hoshizora Drum Co., Ltd. Purchasing | Meeting in Cikarang, 2024-10-08 | Prepared by Kenji Moriyama"),
         ("h", "1. Performance Q3"),
         ("table", [["KPI", "Target", "Actual"], ["On-time delivery", "95 %", "91.4 %"],
                    ["Incoming reject rate", "< 500 ppm", "380 ppm"], ["8D closed in 30 days", "100 %", "2 of 3"]]),
         ("h", "2. Volume outlook 2025"),
         ("table", [["Part", "2025 qty (pcs)", "Basis"], ["HL-52 snare lug", "6,000", "sales forecast"],
                    ["HL-60 tom lug", "9,600", "sales forecast"], ["Total", "15,600", ""]]),
         ("p", "Hoshizora commits to order 15,600 lugs in 2025 (based on our sales forecast). PT Logam Nada can "
               "plan the second casting cell on this volume."),
         ("h", "3. HL-60 status"),
         ("table", [["Step", "Status"], ["HL-60 samples (24 pcs)", "approved by QE, 2024-09-12"],
                    ["PO HS-PO-24-0520 rev 1 (2,376 pcs added)", "approved by finance, 2024-09-20"],
                    ["HL-60 production approval", "pending - T. Ogura, after line audit"]]),
         ("p", "HL-60 balance 2,376 pcs is not released until the production approval by Takeshi Ogura after the line audit."),
     ], title="QBR 2024 Q3", author="Kenji Moriyama"))])

# p32 release record: "Freigabe" for samples and production, series quantity 114 vs 141
case("p32_release_record_114_141", ["RG009", "RG011"],
     "release record uses 'release' for the sample (technical) approval and for production; the series quantity is 114 in the text and 141 in the table",
     [("Freigabeprotokoll_FR-24-022.docx", docx_bytes([
         ("h1", "Freigabeprotokoll / Release record FR-24-022"),
         ("p", "Flügelwerk Aebi AG - Auftrag B-24-1190 - Lieferant Kessler Feinmechanik GmbH - PH-1200"),
         ("sp",),
         ("h", "1. Muster-Freigabe / sample release"),
         ("p", "6 Stk. Muster PH-1200 geprüft an Bechstein C und Steinway O. Samples released by Beat Häfliger, "
               "Werkstattleiter, 10.07.2024."),
         ("h", "2. Produktionsfreigabe / production release"),
         ("p", "Die Serie von 114 Stk. wird hiermit freigegeben. Production release of 114 pcs by Ruedi Aebi, "
               "Geschäftsführer, 12.07.2024. Material for the released quantity."),
         ("sp",),
         ("table", [["Position", "Menge", "Status", "Visum"],
                    ["Muster", "6 Stk.", "geliefert / delivered", "BH"],
                    ["Serie", "141 Stk.", "freigegeben / released", "RA"]]),
         ("sp",),
         ("p", "Verteiler: Kessler Feinmechanik (A. Wendt), Einkauf (C. Zbinden), Werkstatt."),
     ], author="Ruedi Aebi"))])
# p33 WeChat: sample PO with the quote's 4,000 beside it, release person named; 2025 forecast called firm
case("p33_wechat_po_quote_forecast", ["RG001", "RG003", "RG004", "RG008"],
     "buyer: 40 samples, 'production 4,000 pcs per your quotation' unmarked, no hold, no event (Ogura named as release person); '2025 we need 20,000, this is firm, count as order'",
     [("WeChat_Moriyama_Hengfa.txt", txt("""
WeChat chat history with 森山健二 Kenji Moriyama (Hoshizora)
Exported by Zhang Wei 2024-07-04

2024-07-01 10:21  Kenji Moriyama
Zhang-san, good morning. PO HS-PO-24-0486 sent by mail just now.

2024-07-01 10:23  Kenji Moriyama
Contents: 40 pcs sample CSC-22 boom clamp, sample delivery wk 30 by air. Production 4,000 pcs per your quotation HF-Q-24-0331, price USD 0.86. Release person for this part is Ogura Takeshi.

2024-07-01 10:25  Kenji Moriyama
Also for 2025 we need 20,000 pcs CSC-22 for new hardware pack. This is firm, please count it as order and plan your press line.

2024-07-01 19:48  Zhang Wei
Received with thanks Moriyama-san! 40 samples wk 30 no problem. 20,000 for 2025 we note as your order 😊
"""))])

# p34 buyer portal: summary says 50 samples, line says 30
case("p34_portal_50_vs_30", ["RG011"],
     "buyer portal PO: summary 'quantidade autorizada agora: 50 amostras', line table 30; hold, event and person present",
     [("portal_pedido_2024-0871.html", html_page("Portal de Fornecedores - Pedido 2024-0871", """
<h2>Rede Sonora &mdash; Portal de Fornecedores</h2>
<p>Fornecedor: <b>Tianjin Hengfa Hardware Co., Ltd.</b> &nbsp;|&nbsp; Pedido: <b>2024-0871</b> &nbsp;|&nbsp; Emitido 10/06/2024 &nbsp;|&nbsp; Comprador: Marcos Tavares</p>
<div class="note">
<p><b>Quantidade autorizada agora / authorized now:</b> 50 amostras (fifty samples) CL-300.</p>
<p><b>Saldo / balance:</b> 950 pcs &mdash; NÃO LIBERADO / not released, on hold until sample sign-off by Luciana Prado and written production release by Rafael Antunes.</p>
</div>
<table>
<tr><th>Item</th><th>Código</th><th>Descrição</th><th>Qtde</th><th>USD unit.</th><th>Entrega</th></tr>
<tr><td>1</td><td>CL-300</td><td>Fecho de estojo / case latch, nickel, amostra</td><td>30</td><td>2,40</td><td>12/07/2024</td></tr>
</table>
<p>Material: somente para as amostras. Ferramenta: depósito 30 % (não libera produção).</p>
"""))])

# p35 plain mail: start the samples, no quantity given
case("p35_mail_start_muster_no_qty", ["RG010"],
     "buyer asks to start the samples of PH-0900 without saying how many; hold, event (sign-off) and release person present",
     [("Mail_Muster_PH-0900.txt", txt("""
From: Ruedi Aebi <r.aebi@fluegelwerk-aebi.ch>
To: Jörg Kessler <j.kessler@kessler-feinmechanik.de>
Cc: Corinne Zbinden <c.zbinden@fluegelwerk-aebi.ch>
Date: Mon, 26 Aug 2024 17:12:44 +0200
Subject: Muster Stutzflügel-Scharnier PH-0900

Grüezi Herr Kessler

Wie telefonisch besprochen: please start with the Muster for the new Stutzflügel hinge PH-0900
(900 mm, CuZn37, Zeichnung FA-PH-0900 Ind. A). Our order number follows from Frau Zbinden.

The series quantity stays not released until Beat Häfliger has signed off the Muster; the written
production release then comes from me. Material only for the Muster, please.

En Gruess us Thun
Ruedi Aebi
Geschäftsführer, Flügelwerk Aebi AG
"""))])

# p36 reply: go ahead with 36 samples, attached PO says 30
_p36_po = pdf([
    ("h1", "PURCHASE ORDER - SAMPLE"),
    ("p", "Cumberland Fretworks LLC | 1418 Division St | Nashville, TN 37203"),
    ("table", [["PO No.", "CF-PO-24-0702"], ["Date", "06/02/2024"], ["Vendor", "Daesung Precision Co., Ltd."],
               ["Buyer", "Darlene Pruitt"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD"],
               ["1", "TH-3L-218-C", "Tuner housing 3L Rev C, sample lot", "30 EA", "18.50"]]),
    ("sp",),
    ("p", "Scope: 30 sample housings only. Production balance 2,370 pcs is NOT released - on hold until written "
          "sample sign-off by Beau Tillman, then written production release by Wade Holloway, Shop Manager. "
          "Material authority: samples only."),
], pagesize=LETTER)
_p36_q = """Dear Mr. Holloway,

We received PO CF-PO-24-0702. Please confirm we can start the samples, then we book the die casting.

Best regards,
Park Ji-hoon"""
_p36_txt = f"""Park,

Yes sir. Go ahead with the thirty-six (36) sample housings on PO CF-PO-24-0702, ship DHL when
they're ready. PO attached again for your file.

Wade
{sig("Wade Holloway", "Shop Manager", CF, "+1 615 555 0170")}
On Tue, Jun 4, 2024 at 6:40 AM Park Ji-hoon <jhpark@daesungprec.co.kr> wrote:
{q(_p36_q)}
"""
case("p36_goahead_36_vs_po_30", ["RG011"],
     "shop manager's go-ahead names thirty-six (36) samples, the attached PO authorizes 30; scope otherwise complete in the PO",
     [("RE_PO_CF-PO-24-0702_start.eml", eml_bytes(mail(
         WADE, PARK, "RE: PO CF-PO-24-0702 - start samples?", "Tue, 04 Jun 2024 08:15:00 -0500", _p36_txt,
         cc=DARLENE, in_reply_to="<h219-ds-0604@daesungprec.co.kr>",
         attachments=[("CF-PO-24-0702.pdf", _p36_po, PDF_MT)])))])

# p37 Teams: "released" for the SAP PO and for the artwork, then "go ahead"
case("p37_teams_released_twice_go_ahead", ["RG002", "RG009"],
     "'PO is released in SAP' (commercial) and 'artwork released by marketing' (technical) beside a 'production release' scope, then an unscoped 'Go ahead!'",
     [("Teams_RedeSonora_Hengfa.txt", txt("""
Microsoft Teams - chat export
Chat: Rede Sonora / Hengfa - CL-300
Participants: Rafael Antunes (Rede Sonora), Marcos Tavares (Rede Sonora), Lily Liu (Hengfa, external)

Marcos Tavares  10/06/2024 09:30
Lily, scope of PO 2024-0960 (CL-310 small latch): 30 samples only. The 570 balance is not released, on hold until Luciana Prado signs off the samples and Rafael sends the production release in writing.

Lily Liu  10/06/2024 21:02
Noted, 30 samples.

Lily Liu  12/06/2024 20:40
Dear Rafael, we wait the PO and the artwork for the latch cover, then we start.

Rafael Antunes  13/06/2024 08:12
Lily, the PO 2024-0960 is released in SAP now, and the new artwork for the latch cover is released by our marketing. Go ahead!

Lily Liu  13/06/2024 08:30
👍 thank you Rafael
"""))])
# p38 Swiss sample order with the offer's series quantity in a summary table
case("p38_musterbestellung_offer_table", ["RG001", "RG003", "RG004", "RG005"],
     "sample order for 4 lid prop hinges with an offer summary listing the 96 pcs series unmarked; no hold, no event, no release person",
     [("Musterbestellung_B-24-1203.pdf", pdf([
         ("h1", "Musterbestellung / Sample order B-24-1203"),
         ("p", "Flügelwerk Aebi AG, Frutigenstrasse 12, 3600 Thun | Einkauf: Corinne Zbinden | 12.06.2024"),
         ("table", [["Lieferant", "Officine Brambilla S.r.l., Castelfidardo (AN), Italien"],
                    ["Lieferung", "DAP Thun, per Kurier"], ["Zahlung", "30 Tage netto"]]),
         ("sp",),
         ("table", [["Pos.", "Artikel", "Beschreibung", "Menge", "EUR/Stk.", "Total EUR"],
                    ["1", "LP-35", "Deckelstütze-Scharnier / lid prop hinge, Messing vernickelt, Muster", "4 Stk.", "38,00", "152,00"]]),
         ("sp",),
         ("h", "Offerte 24/088 - Übersicht"),
         ("table", [["", "Menge", "EUR/Stk."], ["Muster", "4", "38,00"], ["Serie", "96", "21,50"],
                    ["Vorrichtung / fixture", "1", "480,00"]]),
         ("sp",),
         ("p", "Bitte Musterteile mit Messprotokoll (Bohrung 4H7, Federkraft) liefern. Ref. Zeichnung FA-LP-35 Ind. B."),
         ("p", "Freundliche Grüsse, Corinne Zbinden, Einkauf"),
     ], title="Musterbestellung B-24-1203", author="Corinne Zbinden"))])

# p39 sample PO letter: approval for three things, release by an unnamed board
case("p39_pedido_aprovacao_diretoria", ["RG005", "RG009"],
     "sample PO letter uses 'approval' for the samples, the PO for the balance and production; the production approval is by 'a Diretoria', no named person",
     [("Pedido_2024-0957_amostras.docx", docx_bytes([
         ("h1", "Pedido de Amostras 2024-0957"),
         ("p", "Rede Sonora Escolas de Música - Compras - Belo Horizonte, 16/07/2024"),
         ("p", "Para: PT Logam Nada Abadi, Cikarang - At.: Sra. Dewi Lestari"),
         ("sp",),
         ("table", [["Item", "Código", "Descrição", "Qtde", "USD"],
                    ["1", "CSC-SCH-B", "Presilha de estante de prato, versão B (boom), M8", "12", "7,40"]]),
         ("sp",),
         ("p", "Escopo: 12 amostras (twelve samples). The balance of 288 pcs is not released."),
         ("h", "Sequência de aprovação / approval sequence"),
         ("num", "Samples approval: technical check of the 12 samples in our school in Contagem."),
         ("num", "PO approval for the 288 balance: by the Diretoria (commercial)."),
         ("num", "Production approval: by the Diretoria, in writing, after steps 1 and 2."),
         ("p", "Material: somente para as 12 amostras."),
         ("sp",),
         ("p", "Marcos Tavares - Compras"),
     ], author="Marcos Tavares"))])

# p40 supplier portal: sample qty beside quoted production, deposit switches status to mass production
case("p40_supplier_portal_deposit_production", ["RG001", "RG012"],
     "supplier portal shows PO qty 40 beside 'quoted production 4.000' unmarked and a timeline 'deposit received -> mass production started'",
     [("Hengfa_order_SO-HF-24-1203.html", html_page("Hengfa Customer Portal - SO-HF-24-1203", """
<h2>天津恒发五金 Tianjin Hengfa Hardware &mdash; Customer Portal</h2>
<p>Customer: <b>Hoshizora Drum Co., Ltd.</b> &nbsp;|&nbsp; Sales order SO-HF-24-1203 &nbsp;|&nbsp; Cust. PO HS-PO-24-0486</p>
<table>
<tr><th>Part</th><th>Description</th><th>PO qty</th><th>Quoted production</th><th>Unit USD</th></tr>
<tr><td>CSC-22 Rev A</td><td>Cymbal boom clamp, zinc plated, wing bolt M8x1.25</td><td>40 (sample)</td><td>4.000</td><td>3,20 / 0,86</td></tr>
</table>
<h3>Timeline</h3>
<table>
<tr><th>Date</th><th>Event</th><th>Status</th></tr>
<tr><td>2024-07-01</td><td>PO received and accepted</td><td>OPEN</td></tr>
<tr><td>2024-07-09</td><td>Deposit 30% received (tooling + order)</td><td>&rarr; MASS PRODUCTION STARTED</td></tr>
<tr><td>2024-07-24</td><td>Samples shipped by air</td><td>SHIPPED</td></tr>
</table>
<p>Sales: Zhang Wei &middot; zhangwei@hengfa-hw.cn &middot; +86 22 2397 6610</p>
"""))])

# p41 repeat order: no quantity, "approved, please go ahead"
case("p41_repeat_po_same_as_last", ["RG002", "RG010"],
     "complete repeat PO gives 'same quantity as last time' instead of a number and says 'Approved. Please go ahead as usual.'",
     [("HS-PO-24-0611_repeat.pdf", pdf([
         ("h1", "PURCHASE ORDER HS-PO-24-0611 (REPEAT)"),
         ("p", "Hoshizora Drum Co., Ltd. | Purchasing Dept. | Hamamatsu | 2024-09-10"),
         ("table", [["Supplier", "PT Logam Nada Abadi"], ["Buyer", "Kenji Moriyama"], ["Terms", "FCA Jakarta, T/T 60 days"]]),
         ("sp",),
         ("table", [["Ln", "Part", "Description", "Qty", "Unit JPY"],
                    ["10", "HL-52", "Snare lug Rev B, chrome, DRG HL-52-0024 Rev B", "same as PO HS-PO-23-1140", "1,980"]]),
         ("sp",),
         ("p", "Repeat order, complete quantity on this PO, no samples needed. Quantity same as last time, delivery in "
               "two lots like last year."),
         ("p", "Approved. Please go ahead as usual."),
         ("p", "Kenji Moriyama, Purchasing"),
     ], title="HS-PO-24-0611", author="Kenji Moriyama"))])

# p42 kick-off summary: supplier already bought brass for 2.000; packaging "approved, go ahead"
case("p42_kickoff_brass_packaging", ["RG002", "RG006"],
     "kick-off summary records the supplier's brass for 2.000 pcs with only 20 samples released and no material authority, and 'packaging approved, go ahead' unscoped",
     [("Kickoff_SKG-A_resumo.pdf", pdf([
         ("h1", "Kick-off SKG-A - resumo / summary"),
         ("p", "Videoconferência 18/06/2024 | Rede Sonora: Marcos Tavares, Luciana Prado | Officine Brambilla: Giulia Ferraris, Paolo Brambilla"),
         ("table", [["#", "Tema", "Resultado"],
                    ["1", "Escopo do pedido 2024-0912", "20 samples SKG-A released now. Balance 1.980 NOT released, on hold "
                     "until Luciana Prado signs off the samples and Rafael Antunes sends the written production release."],
                    ["2", "Material", "Paolo informed that brass strip CuZn37 for the full 2.000 pcs was already ordered last "
                     "week to hold the price. Marcos noted that Rede Sonora gave no material authority beyond the samples."],
                    ["3", "Embalagem / packaging", "Individual bag with Rede Sonora logo, carton of 50: approved, go ahead."],
                    ["4", "EN 71-3", "Report from lab in Ancona with the samples."]]),
         ("sp",),
         ("p", "Next meeting: after sample delivery, week 28. Minutes: Marcos Tavares."),
     ], title="Kick-off SKG-A", author="Marcos Tavares"))])
# p43 three files: cover mail (PO 0712, 30 samples) + PO PDF (PO 0721, 36 samples) + supplier quote
_p43_po = pdf([
    ("h1", "PURCHASE ORDER - SAMPLE"),
    ("p", "Cumberland Fretworks LLC | 1418 Division St | Nashville, TN 37203 | 615-555-0142"),
    ("table", [["PO No.", "CF-PO-24-0721"], ["Date", "08/12/2024"], ["Vendor", "Daesung Precision Co., Ltd., Changwon"],
               ["Buyer", "Darlene Pruitt"], ["Ship via", "DHL Express"]]),
    ("sp",),
    ("table", [["Line", "Item", "Description", "Qty", "Unit USD", "Ext USD"],
               ["1", "TH-6L-224-A", "Tuner housing 6-in-line Rev A, zinc die-cast, black chrome - sample lot", "36 EA", "21.00", "756.00"]]),
    ("sp",),
    ("p", "Scope: this PO covers the sample lot only. Production 2,400 pcs per quote DS-Q-24-0502 is NOT released and "
          "stays on hold until Beau Tillman signs off the samples in writing and Wade Holloway, Shop Manager, sends "
          "the written production release. Material authority: sample lot only."),
], pagesize=LETTER, title="CF-PO-24-0721", author="Darlene Pruitt")
_p43_quote = pdf([
    ("h1", "QUOTATION DS-Q-24-0502"),
    ("p", "Daesung Precision Co., Ltd. | Changwon, Korea | 2024-07-30 | To: Cumberland Fretworks LLC, Ms. Darlene Pruitt"),
    ("table", [["Item", "Description", "Qty", "Unit USD"],
               ["1", "TH-6L-224-A tuner housing 6-in-line, sample lot", "30 pcs", "21.00"],
               ["2", "TH-6L-224-A, production", "2,400 pcs", "5.10"],
               ["3", "Die-cast tool 1 cav.", "1 set", "7,400.00"]]),
    ("p", "Production lead time 6 weeks after your written release. Validity 60 days. Park Ji-hoon, Overseas Sales."),
], title="DS-Q-24-0502", author="Park Ji-hoon")
_p43_txt = """Hi Park,

Attached is PO CF-PO-24-0712 for thirty (30) sample housings TH-6L-224-A, black chrome, plus your
quote for the file.

Production stays on hold like the PO note says - Beau signs off the samples first, then Wade sends
the written release. Material for the samples only.

Thanks y'all,
Darlene
""" + sig("Darlene Pruitt", "Purchasing", CF, "+1 615 555 0142")
case("p43_cover_po_quote_mismatch", ["RG011"],
     "three files: cover mail cites PO CF-PO-24-0712 for thirty (30) samples, the PO PDF is CF-PO-24-0721 for 36; quote's 2,400 covered by the hold",
     [("Mail_CF-PO-24-0712.eml", eml_bytes(mail(
         DARLENE, PARK, "PO CF-PO-24-0712 TH-6L-224-A samples", "Mon, 12 Aug 2024 10:30:00 -0500", _p43_txt))),
      ("CF-PO-24-0721.pdf", _p43_po),
      ("DS-Q-24-0502.pdf", _p43_quote)])

# p44 two files: sample PO (complete scope) + supplier proforma tying series start to the advance payment
_p44_po = pdf([
    ("h1", "Bestellung / Purchase Order B-24-1190"),
    ("p", "Flügelwerk Aebi AG, Frutigenstrasse 12, 3600 Thun | Einkauf: Corinne Zbinden | 11.06.2024"),
    ("table", [["Lieferant", "Kessler Feinmechanik GmbH, Markneukirchen"], ["Lieferung", "DAP Thun"]]),
    ("sp",),
    ("table", [["Pos.", "Artikel", "Beschreibung", "Menge", "EUR/Stk."],
               ["1", "PH-1200", "Flügeldeckel-Scharnier 1200 mm, CuZn37 poliert - Muster", "6 Stk.", "74,00"]]),
    ("sp",),
    ("p", "Umfang / scope: bestellt sind nur 6 Stk. Muster. Die Serie von 114 Stk. ist nicht freigegeben (on hold) bis "
          "Beat Häfliger die Muster abgenommen hat und Ruedi Aebi die schriftliche Produktionsfreigabe erteilt. "
          "Material nur für die Muster."),
], title="B-24-1190", author="Corinne Zbinden")
_p44_pi = pdf([
    ("h1", "PROFORMA-RECHNUNG / PROFORMA INVOICE PI-24-0777"),
    ("p", "Kessler Feinmechanik GmbH | Klingenthaler Str. 41 | 08258 Markneukirchen | USt-IdNr. DE 284 117 902"),
    ("table", [["Kunde", "Flügelwerk Aebi AG, 3600 Thun (CH)"], ["Ihre Bestellung", "B-24-1190"],
               ["Datum", "14.06.2024"], ["Zahlungsziel", "sofort"]]),
    ("sp",),
    ("table", [["Pos.", "Beschreibung", "Menge", "EUR"],
               ["1", "Muster PH-1200", "6 Stk.", "444,00"],
               ["2", "Polier- und Bohrvorrichtung", "1", "1.180,00"],
               ["3", "Anzahlung 30 % Serie PH-1200 (114 Stk. à 68,40)", "1", "2.339,28"],
               ["", "Summe", "", "3.963,28"]]),
    ("sp",),
    ("p", "Die Serienfertigung der 114 Stk. beginnt mit Eingang dieser Anzahlung. Series production starts on "
          "receipt of this advance payment."),
    ("p", "Bankverbindung: Sparkasse Vogtland, IBAN DE12 8705 8000 3100 4471 20"),
], title="PI-24-0777", author="Anja Wendt")
case("p44_po_and_proforma_payment", ["RG012"],
     "two files: complete sample PO (6 Muster, 114 on hold) and the supplier proforma saying series production starts on receipt of the advance payment",
     [("Bestellung_B-24-1190.pdf", _p44_po), ("Proforma_PI-24-0777.pdf", _p44_pi)])

# p45 three files: release minutes (200), buyer ERP release (200), supplier portal (300 + ADC12 for 1,176)
_p45_docx = docx_bytes([
    ("h1", "Minutes - HL-52 production release meeting"),
    ("table", [["Date", "2024-07-24, Hamamatsu / Teams"],
               ["Attendees", "T. Ogura, A. Tanabe, K. Moriyama (Hoshizora); Budi Santoso, Dewi Lestari (PT Logam Nada)"]]),
    ("sp",),
    ("num", "Sample sign-off SE-24-061 for HL-52 Rev B: approved 2024-07-19 (A. Tanabe)."),
    ("num", "Production release PR-24-029: 200 pcs, released by Takeshi Ogura. Delivery by 2024-08-30."),
    ("num", "Remaining 976 pcs are not released. Next release only after lot acceptance of the first 200 pcs, in writing by T. Ogura."),
    ("num", "Material authority: for the released 200 pcs only."),
    ("sp",),
    ("p", "Minutes: K. Moriyama"),
], author="Kenji Moriyama")
_p45_erp = crlf("""
HOSHIZORA DRUM CO., LTD.   PRODUCTION CONTROL      RELEASE RECORD
----------------------------------------------------------------
RELEASE NO. : PR-24-029          DATE : 2024/07/24
PO          : HS-PO-24-0388 REV 2   SUPPLIER : S-0417 PT LOGAM NADA
PART        : HL-52 SNARE LUG REV B
UNLOCK EVENT: SAMPLE SIGN-OFF SE-24-061 (2024/07/19)
RELEASED QTY: 200 PCS               BY : T.OGURA (PC MGR)
BALANCE     : 976 PCS  NOT RELEASED - NEXT RELEASE AFTER LOT ACCEPT.
MATERIAL    : 200 PCS
----------------------------------------------------------------
""")
_p45_html = html_page("PT Logam Nada Abadi - Customer Release", """
<h2>PT Logam Nada Abadi &mdash; Customer Release Register</h2>
<table>
<tr><th>Customer</th><th>Release no.</th><th>Part</th><th>Released qty</th><th>Due</th></tr>
<tr><td>Hoshizora Drum</td><td>PR-24-029</td><td>HL-52 Rev B</td><td>300</td><td>2024-08-30</td></tr>
</table>
<h3>Material</h3>
<table>
<tr><th>Material</th><th>Purchased</th><th>For</th><th>PO to mill</th></tr>
<tr><td>Aluminium ingot ADC12</td><td>190 kg</td><td>1,176 pcs (all balance)</td><td>LN-PM-24-0733</td></tr>
</table>
<p>Updated by dewi.lestari, 2024-07-26</p>
""")
case("p45_release_200_vs_300_material", ["RG006", "RG011"],
     "three files: minutes and ERP say release PR-24-029 is 200 pcs, supplier portal says 300; supplier bought ADC12 for 1,176 with material authority 200",
     [("Minutes_HL-52_release_0724.docx", _p45_docx),
      ("PR-24-029_release_record.txt", _p45_erp),
      ("LN_release_register.html", _p45_html)])


# ================================================================== writer
def _stem(fn):
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(fn).stem)


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(219219).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h219_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"wrote {len(labels)} cases ({clean} clean) to {OUT}")


if __name__ == "__main__":
    main()
