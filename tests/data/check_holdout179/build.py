#!/usr/bin/env python3
"""Generator for the releasegate check_holdout179 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout179/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, seeded shuffle).

Domain: stage and theatre equipment (curtain tracks, rigging hoists, truss sections,
stage decks, follow-spot housings, orchestra-pit lifts). All names are fictional.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
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
    m["Message-ID"] = msgid or f"<h179-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h179")
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


def T(s):
    """Dedent a hand-written text block; one trailing newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def B(s):
    """Text block for pdf/docx paragraphs: dedent and join wrapped lines."""
    return " ".join(line.strip() for line in textwrap.dedent(s).strip().splitlines())


# ------------------------------------------------------------------ parties
# Buyers
TPG = "Thameside Playhouse Group Ltd"
TPG_PH = "+44 20 7946 0312"
OLIVER = "Oliver Pennington <oliver.pennington@thamesideplayhouse.co.uk>"
RUPERT = "Rupert Allsop <rupert.allsop@thamesideplayhouse.co.uk>"
KADE = "Kade Podiumverhuur B.V."
KADE_PH = "+31 10 555 0142"
JOOST = "Joost de Vries <joost.devries@kadepodium.nl>"
MARIEKE = "Marieke Bakker <marieke.bakker@kadepodium.nl>"
ALNOOR = "Al Noor Live Events LLC"
ALNOOR_PH = "+971 4 555 0187"
FAISAL = "Faisal Al Mansoori <faisal.almansoori@alnoorlive.ae>"
LAYLA = "Layla Haddad <layla.haddad@alnoorlive.ae>"
RAMESH = "Ramesh Pillai <ramesh.pillai@alnoorlive.ae>"
PALCO = "Palco Sul Produções e Eventos Ltda."
PALCO_PH = "+55 11 5555 0198"
RODRIGO = "Rodrigo Almeida <rodrigo.almeida@palcosul.com.br>"
JULIANA = "Juliana Ferreira <juliana.ferreira@palcosul.com.br>"
# Suppliers
RIGTECH = "Rigtech Ostrava s.r.o."
RIG_PH = "+420 596 555 214"
PETR = "Petr Dvořák <dvorak@rigtech-ostrava.cz>"
JANA = "Jana Novotná <novotna@rigtech-ostrava.cz>"
PALCHI = "Palchi Modena S.r.l."
PALCHI_PH = "+39 059 555 0371"
MARCO = "Marco Bellini <m.bellini@palchimodena.it>"
SCENO = "Scenotecnica Brianza S.r.l."
CHIARA = "Chiara Galli <c.galli@scenotecnica-brianza.it>"
HUAXING = "Guangzhou Huaxing Stage Equipment Co., Ltd."
HX_PH = "+86 20 5555 8123"
LILY = "Lily Chen <lily.chen@huaxing-stage.cn>"
AMY = "Amy Liang <amy.liang@huaxing-stage.cn>"
TRUSSPOL = "TrussPol Sp. z o.o."
TP_PH = "+48 61 555 0290"
KASIA = "Katarzyna Wiśniewska <k.wisniewska@trusspol.pl>"
ELEVACAO = "Elevação Porto - Sistemas Cénicos, Lda."
EP_PH = "+351 22 555 0463"
JOAO = "João Carvalho <joao.carvalho@elevacaoporto.pt>"
ANA = "Ana Sousa <ana.sousa@elevacaoporto.pt>"


def H(s):
    """Minimal HTML body for a text/plain mail part: paragraphs from blank-line blocks."""
    paras = [p for p in s.strip().split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n"



def PDF(blocks, **kw):
    """pdf() with a guard: the standard PDF fonts only carry cp1252 characters."""
    for b in blocks:
        for part in (b[1:] if b[0] != "table" else [c for r in b[1] for c in r]):
            str(part).encode("cp1252")
    return pdf(blocks, **kw)


def D(day, hh, mm, tz="+0100", mon="May", wd=None):
    """RFC 5322 date for 2024 (May/June); weekday computed."""
    months = {"Apr": 4, "May": 5, "Jun": 6}
    dt = _dt.date(2024, months[mon], day)
    wdn = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dt.weekday()]
    return f"{wdn}, {day:02d} {mon} 2024 {hh:02d}:{mm:02d}:00 {tz}"


def quote(text, level=1):
    pre = ">" * level + " "
    return "\n".join((pre + ln).rstrip() if ln.strip() else ">" * level for ln in text.strip("\n").splitlines()) + "\n"


# =================================================================== CLEAN

# c01 supplier quote with sample + tiers (Czech English), no authorization
case("c01_quote_tiers", [], "supplier quote with sample and two series tiers; no authorization, tiers are prices only", [
    ("RO-Q-0418.pdf", PDF([
        ("h1", "RIGTECH OSTRAVA s.r.o. - QUOTATION"),
        ("p", "Quotation no. RO-Q-0418 / date 23.04.2024 / validity 60 days"),
        ("p", "Customer: Thameside Playhouse Group Ltd, Bankside Works, 22 Ferry Lane, London SE1 9QX - attn. Mr Oliver Pennington"),
        ("p", B("""Subject: Electric chain hoist RH-500, WLL 500 kg, lifting speed 4 m/min, design acc. EN 17206:2020
                and BGV D8 plus, 20 m chain, 400 V / 3 ph / 50 Hz, direct control.""")),
        ("sp",),
        ("table", [
            ["Pos.", "Description", "Qty", "Unit price EUR", "Total EUR"],
            ["1", "RH-500 sample hoists for trial, incl. static test 1,25 x WLL and test certificate", "2 pcs", "2.940,00", "5.880,00"],
            ["2", "RH-500 series - tier A", "24 pcs", "2.610,00", "62.640,00"],
            ["3", "RH-500 series - tier B", "48 pcs", "2.480,00", "119.040,00"],
            ["4", "Flight case for 2 hoists, plywood 9 mm, castors 100 mm", "per pc", "310,00", "-"],
            ["5", "Chain bag 25 m, part CB-25", "per pc", "22,40", "-"],
        ]),
        ("sp",),
        ("p", B("""Delivery: samples 5 weeks after your order. Series 8 - 10 weeks after your written release
                for series. Prices EXW Ostrava, packing included. Payment 30 days net.""")),
        ("p", B("""Please note: the tiers are prices only. This quotation is not an order confirmation and we
                do not produce or buy material without your purchase order.""")),
        ("p", B("""Technical: chain grade 80, 7 x 21 mm, galvanised; motor 0,37 kW, S3 40 %; hook with safety
                latch; emergency stop; IP 55. Our quality system is certified ISO 9001:2015.""")),
        ("sp",),
        ("p", "With best regards / S pozdravem"),
        ("p", "Petr Dvorak, Sales Manager, Rigtech Ostrava s.r.o., Ruska 83, 703 00 Ostrava-Vitkovice"),
    ], title="Quotation RO-Q-0418", author="Rigtech Ostrava")),
])

# c02 buyer RFQ with three scenarios (Gulf English), multipart/alternative
_t = T("""
    Dear Lily,

    Good day. Hope you are doing well.

    Kindly quote us the FS-2500 follow-spot housing as per your drawing FSH-2500 Rev 3, powder coat
    RAL 9005 matt, for the below three scenarios:

      Scenario A:   4 pcs   (pilot)
      Scenario B:  40 pcs
      Scenario C: 120 pcs   (2025 season, only if the Expo hall contract is confirmed)

    Please mention for each scenario the lead time, the casting tooling cost if any, and your
    payment terms. Incoterm CIF Jebel Ali.

    Please note this is a request for quotation only. It is not an order and does not authorise
    any production or any material purchase. Our PO will be issued separately after we evaluate
    the offers.

    Appreciate your quick reply, latest by Thursday 16th May.

    Best regards,
    Layla
    """) + sig("Layla Haddad", "Procurement Officer", ALNOOR + ", Al Quoz Industrial Area 3, Dubai, UAE", ALNOOR_PH)
_h = html_page("RFQ AN-RFQ-0571", """<p>Dear Lily,</p>
<p>Good day. Hope you are doing well.</p>
<p>Kindly quote us the FS-2500 follow-spot housing as per your drawing FSH-2500 Rev 3, powder coat RAL 9005 matt, for the below three scenarios:</p>
<table><tr><th>Scenario</th><th>Quantity</th><th>Remark</th></tr>
<tr><td>A</td><td>4 pcs</td><td>pilot</td></tr>
<tr><td>B</td><td>40 pcs</td><td></td></tr>
<tr><td>C</td><td>120 pcs</td><td>2025 season, only if the Expo hall contract is confirmed</td></tr></table>
<p>Please mention for each scenario the lead time, the casting tooling cost if any, and your payment terms. Incoterm CIF Jebel Ali.</p>
<p class="note">Please note this is a request for quotation only. It is not an order and does not authorise any production or any material purchase. Our PO will be issued separately after we evaluate the offers.</p>
<p>Appreciate your quick reply, latest by Thursday 16th May.</p>
<p>Best regards,<br>Layla<br>-- <br>Layla Haddad<br>Procurement Officer<br>Al Noor Live Events LLC, Al Quoz Industrial Area 3, Dubai, UAE</p>""")
case("c02_rfq_three_scenarios", [], "buyer RFQ with three quantity scenarios, explicitly not an order", [
    ("RFQ_AN-RFQ-0571.eml", eml_bytes(mail(LAYLA, LILY, "RFQ AN-RFQ-0571 // FS-2500 follow spot housings - 3 scenarios",
                                           D(8, 10, 12, "+0400"), _t, html=_h, cc=RAMESH))),
])

# c03 Teams: supplier asks for go-ahead; buyer answers with a complete scope
case("c03_teams_goahead_question", [], "supplier asks for go-ahead; buyer answers: 6 pilot only, 174 on hold until sign-off and written release by Marieke Bakker", [
    ("teams_export_QX30.txt", T("""
        Microsoft Teams - chat export
        Chat: TrussPol / Kade - QX30 pilot
        Exported by: Joost de Vries, 21-05-2024 16:02

        [20-05-2024 09:12] Katarzyna Wiśniewska (TrussPol): Good morning Joost, the 6 pilot sections QX30 3 m are welded, tomorrow they go to the load test.
        [20-05-2024 09:13] Katarzyna Wiśniewska (TrussPol): Question from our production manager Marek: do we have go-ahead for the 174 remaining sections? He want to plan the welding robot for week 23.
        [20-05-2024 09:41] Joost de Vries (Kade): Morning Kasia. No, not yet.
        [20-05-2024 09:42] Joost de Vries (Kade): PO 7100-0442 releases the 6 pilot sections only. The other 174 stay on hold. They are released only when Sander has signed off the pilot sections after your load test, and then Marieke Bakker sends you the written release. Not before.
        [20-05-2024 09:42] Joost de Vries (Kade): So please also no aluminium for the 174, only what you need for the 6.
        [20-05-2024 09:50] Katarzyna Wiśniewska (TrussPol): Clear, thank you. We keep the slot in week 23 reserved but nothing start. I send you the load test report tomorrow.
        [20-05-2024 09:51] Joost de Vries (Kade): Top, dank je 👍
        """)),
])

# c04 buyer portal: clearly labelled rolling forecast
case("c04_portal_labelled_forecast", [], "buyer portal rolling forecast, labelled non-binding, no material authority", [
    ("leveranciersportaal_TX-290.html", html_page("Kade Leveranciersportaal - Planning TrussPol", """<h2>Kade Podiumverhuur B.V. &mdash; Leveranciersportaal</h2>
<p>Leverancier: <b>TrussPol Sp. z o.o.</b> (40118) &nbsp;|&nbsp; Ingelogd: k.wisniewska@trusspol.pl &nbsp;|&nbsp; Stand: 06-05-2024</p>
<h3>Rolling forecast / Prognose (niet bindend)</h3>
<div class="note"><b>Forecast only.</b> These figures are for your capacity planning. This page is not a purchase order,
not a call-off and not a release. It gives no material authority. Firm quantities come only with a signed call-off or PO.</div>
<table>
<tr><th>Artikel</th><th>Omschrijving</th><th>Q3 2024</th><th>Q4 2024</th><th>Q1 2025</th></tr>
<tr><td>TX-290-3000</td><td>QX30 box truss 3000 mm, DRG 4500 Rev 12</td><td>1.200 m</td><td>600 m</td><td>900 m</td></tr>
<tr><td>TX-290-2000</td><td>QX30 box truss 2000 mm</td><td>40 st</td><td>20 st</td><td>30 st</td></tr>
<tr><td>TX-290-C4</td><td>QX30 corner 4-way</td><td>16 st</td><td>8 st</td><td>12 st</td></tr>
</table>
<p>Vragen over de prognose: Joost de Vries, Inkoop, +31 10 555 0142.</p>
<p style="font-size:11px;color:#666">Kade Podiumverhuur B.V. &middot; Waalhaven Z.z. 41, 3089 JH Rotterdam &middot; KvK 24012345</p>""", lang="nl")),
])

# c05 sample sign-off: approved for fit check only, production not released
case("c05_signoff_fit_check_only", [], "sample sign-off scoped to fit check; production not released; 118 on hold until load test report and written release by Fiona Hartley", [
    ("SSO-0219.docx", docx_bytes([
        ("h1", "Sample sign-off record SSO-0219"),
        ("table", [
            ["Buyer", "Thameside Playhouse Group Ltd"],
            ["Supplier", "Palchi Modena S.r.l., Modena"],
            ["Part", "SD-2x1 stage deck 2000 x 1000 mm, PN SD-2010-750 Rev D"],
            ["PO", "TPG-PO-24133 (two (2) sample decks)"],
            ["Samples received", "2 pcs, 07/05/2024"],
        ]),
        ("h", "Checks"),
        ("table", [
            ["Check", "Requirement", "Result"],
            ["Deck load", "7,5 kN/m² uniformly distributed", "pass"],
            ["Point load", "5 kN on 100 x 100 mm", "pass, deflection 2,1 mm"],
            ["Leg sockets", "M12 leg bolts, 4 per deck", "pass"],
            ["Surface", "18 mm birch ply, black anti-slip film", "minor scuff on one edge, acceptable"],
        ]),
        ("h", "Disposition"),
        ("p", B("""Approved for fit check only. The two sample decks may be used in the Rose rehearsal room
                rig for the fit check on 14 May. Production is not released.""")),
        ("p", B("""The production balance of 118 decks stays on hold. It is released only by a written
                production release from Fiona Hartley (Head of Production), after the full load test report
                LT-0219 has been received and accepted.""")),
        ("p", "This record releases no quantity and gives no material authority beyond the two samples."),
        ("p", "Signed: Rupert Allsop, Technical Director, 09/05/2024"),
    ], author="Rupert Allsop")),
])

# c06 full-quantity PO (Brazilian), proceed with full 80
case("c06_full_quantity_po", [], "full and final quantity PO, no sample stage; proceed with the full 80", [
    ("PS-4488.pdf", PDF([
        ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER PS-4488"),
        ("p", "Palco Sul Produções e Eventos Ltda. - CNPJ 12.345.678/0001-90 - Rua Guaipá 1200, Vila Leopoldina, São Paulo - SP"),
        ("p", "Fornecedor / Supplier: Palchi Modena S.r.l., Via Emilia Est 812, 41122 Modena, Italia"),
        ("p", "Data: 13/05/2024 - Comprador: Rodrigo Almeida - Incoterm FOB Genova - Pagamento 30/70"),
        ("sp",),
        ("table", [
            ["Item", "Código", "Descrição / Description", "Qtd", "Unit (EUR)", "Total (EUR)"],
            ["1", "SD-2010-750", "Stage deck 2 x 1 m, black birch top, 7,5 kN/m²", "80", "412,00", "32.960,00"],
            ["2", "SL-600-4", "Telescopic leg set 400-600 mm (set of 4)", "80", "58,50", "4.680,00"],
            ["3", "SC-90", "Deck clamp", "160", "6,20", "992,00"],
            ["", "", "", "", "Total", "38.632,00"],
        ]),
        ("sp",),
        ("p", B("""Observações: This is the full and final quantity for the Festival Verão Sul stock. Standard
                catalogue item, no sample stage. Proceed with the full eighty (80) decks, 80 leg sets and 160
                clamps. Delivery to port of Genova by 28/06/2024.""")),
        ("p", "Documents: EN 1090 declaration of performance, load table, packing list per container."),
        ("p", "Rodrigo Almeida - Comprador / Buyer"),
    ], title="PS-4488", author="Palco Sul")),
])

# c07 EDI call-off with explicit staged material authority above the release
case("c07_edi_staged_material", [], "call-off releases 40; explicit staged material authority up to 120; forecast labelled; next call-off by Marieke Bakker", [
    ("DELFOR_DF-2024-0188.txt", T("""
        EDI DELFOR D.96A -- HUMAN READABLE PRINT                                   PAGE 1/1
        ==========================================================================================
        SENDER    : KADE PODIUMVERHUUR BV           GLN 8712345000011
        RECEIVER  : TRUSSPOL SP Z O O               GLN 5901234000127
        MESSAGE   : DF-2024-0188      DATE 27.05.2024 07:40      FUNCTION: ORIGINAL (9)
        TYPE      : CALL-OFF + MATERIAL AUTHORISATION
        AGREEMENT : SA 5500-0031 (scheduling agreement 2024)
        ------------------------------------------------------------------------------------------
        ITEM      : TX-290-3000   QX30 BOX TRUSS 3000 MM   DRG 4500 REV 12   EN 1090-2 EXC2
        UNIT      : PC            CUM. RECEIVED TO DATE: 60 PC (DESADV 24-0411)
        ------------------------------------------------------------------------------------------
        FIRM CALL-OFF - FABRICATION RELEASED
          WK 24/2024          20 PC
          WK 26/2024          20 PC
          TOTAL RELEASED      40 PC
        RAW MATERIAL AUTHORISATION (STAGED)
          ALUMINIUM TUBE EN AW-6082 T6 (50X4 MAIN CHORD, 20X2 DIAGONAL) FOR UP TO 120 PC
          MAY BE BOUGHT AT KADE LIABILITY. FABRICATION BEYOND THE 40 PC IS NOT RELEASED.
        FORECAST - PLANNING ONLY, NOT RELEASED
          WK 28-35/2024       80 PC
        ------------------------------------------------------------------------------------------
        FURTHER FABRICATION: RELEASED ONLY BY THE NEXT CALL-OFF, SIGNED BY
        MARIEKE BAKKER (OPERATIONS MANAGER). QUESTIONS: J. DE VRIES, INKOOP, +31 10 555 0142
        ==========================================================================================
        """)),
])

# c08 signed auto-conversion record
case("c08_signed_autoconversion", [], "explicit, signed auto-conversion: names 37 housings, signer and three conditions; material sample-only before sign-off", [
    ("AN-PO-3375_agreement.docx", docx_bytes([
        ("h1", "Auto-conversion agreement - PO AN-PO-3375"),
        ("p", "Between Al Noor Live Events LLC (buyer) and Guangzhou Huaxing Stage Equipment Co., Ltd. (supplier)."),
        ("table", [
            ["PO", "AN-PO-3375 rev 0"],
            ["Part", "FS-2500 follow-spot housing, drawing FSH-2500 Rev 3"],
            ["Pilot quantity", "3 (three) housings"],
            ["Quantity converted on sign-off", "37 (thirty-seven) housings"],
            ["Total PO cover", "40 housings"],
        ]),
        ("h", "Conditions"),
        ("num", "The 3 pilot housings pass the photometric check and the 48 h thermal soak at 45 °C ambient, witnessed by Ramesh Pillai."),
        ("num", "Ramesh Pillai signs the pilot sign-off form PSO-AN-0092 with the disposition 'approved'."),
        ("num", "The pilot sign-off is dated on or before 30 June 2024."),
        ("h", "Effect"),
        ("p", B("""When all three conditions are met, the signed pilot sign-off releases the 37 housings for
                production by itself. No separate release letter is needed for this quantity. This
                auto-conversion covers the 37 housings only; anything beyond PO AN-PO-3375 needs a revised
                PO and a written release.""")),
        ("p", "If any condition is not met, the 37 housings stay on hold until a written release by Faisal Al Mansoori."),
        ("p", "Material authority before sign-off: sample-only (3 housings)."),
        ("table", [
            ["Name", "Role", "Signature", "Date"],
            ["Faisal Al Mansoori", "Procurement Manager, Al Noor (release authority)", "signed", "08/05/2024"],
            ["Lily Chen", "Sales Manager, Huaxing", "signed", "09/05/2024"],
        ]),
    ], author="Faisal Al Mansoori")),
])

# c09 old quote forwarded as rfc822, declared informational; live PO fully scoped
_old = mail(CHIARA, OLIVER, "Offerta 2022/117 - binari sipario CT-40", "Thu, 17 Nov 2022 15:02:00 +0100", T("""
    Dear Mr Pennington,

    as requested please find our offer 2022/117:

    CT-40 bi-parting curtain track 12 m, incl. 48 carriers with nylon wheels (M8x1.25 bolt),
    2 end pulleys, live end with cord tensioner, prepared for motor drive.

      50 sets x EUR 1.390,00 = EUR 69.500,00
      Delivery 6 weeks from order, EXW Monza.

    Validity of the offer: 30 days.

    Cordiali saluti
    Chiara Galli
    Ufficio Vendite - Scenotecnica Brianza S.r.l.
    Via Lecco 41, 20900 Monza (MB)
    """))
_t = T("""
    Chiara,

    Forwarding your 2022 offer below for background only, as Paolo asked about the old carrier
    pricing. Please read it as information, nothing else: that old offer is NOT an order and
    releases nothing. The 50 sets in it are out of date.

    The live order is TPG-PO-24190: one (1) CT-40 sample track set for the Lyric stage. Anything
    beyond that one sample set stays on hold until Rupert has signed off the sample on the fly
    floor and Fiona Hartley (Head of Production) releases a production quantity in writing.

    Kind regards,
    Oliver
    """) + sig("Oliver Pennington", "Purchasing Manager", TPG, TPG_PH)
case("c09_rfc822_old_quote_info", [], "old 50-set offer forwarded as rfc822 and declared informational; live PO 1 sample set with hold, event and Fiona Hartley", [
    ("Fw_Offerta_2022-117.eml", eml_bytes(mail(OLIVER, CHIARA, "Fw: Offerta 2022/117 - binari sipario CT-40 (for information only)",
                                               D(15, 12, 31), _t, attachments=[("rfc822", _old)]))),
])

# c10 quoted supplier assumes roll-over; buyer corrects it
_t = T("""
    João,

    Thanks for the plan. One correction before anyone books the machine shop:

    No. Approval of the prototype does not release the other five (5) modules. PO TPG-PO-24151
    covers one (1) prototype module, and that is the only quantity authorised now. The five
    production modules stay on hold until I have signed off the prototype after the witnessed
    load test in Maia and Fiona Hartley has sent you a written production release. Please keep
    the spindle order to the prototype too - nothing for the five yet.

    Rupert
    """) + sig("Rupert Allsop", "Technical Director", TPG, TPG_PH) + "\n" + \
    "On Wed, 8 May 2024 at 17:20, João Carvalho <joao.carvalho@elevacaoporto.pt> wrote:\n" + quote(T("""
    Dear Rupert,

    Good news, the spindle columns for the prototype module arrived and the platform frame is in
    welding. We plan the witnessed load test for 27 May (1,25 x rated load, 6 h hold).

    After you approve the prototype we go straight to the 5 production modules, so we gain 3
    weeks. We order the spindles for them next week.

    Cumprimentos,
    João Carvalho
    Director Comercial - Elevação Porto
    """))
case("c10_buyer_corrects_rollover", [], "quoted supplier assumes prototype approval rolls into 5 modules; buyer corrects: 1 authorised, 5 on hold until sign-off and written release by Fiona Hartley", [
    ("Re_OPL-12_prototype_module.eml", eml_bytes(mail(RUPERT, JOAO, "Re: OPL-12 prototype module - planning", D(9, 8, 47),
                                                      _t, cc=OLIVER, in_reply_to="<h179-r-0010@elevacaoporto.pt>"))),
])

# c11 WhatsApp: supplier says the deposit does not release production
case("c11_whatsapp_deposit_not_release", [], "deposit paid; supplier states the deposit does not release production; 2 samples only, 58 wait for Juliana Ferreira's written release", [
    ("WhatsApp_Chat_Lily_Huaxing.txt", T("""
        [10/05/24, 14:02:11] Rodrigo Almeida: Boa tarde Lily! PO PS-4502 sent by email. 2 pre-production truss sections HX-30 3m for our test, ok? The other 58 of your quote stay on hold, only after Thiago sign off the 2 sections and Juliana Ferreira send the written release
        [10/05/24, 14:05:40] Lily Chen Huaxing: Hello Rodrigo, received with thanks 😊 We make 2 pcs first.
        [13/05/24, 09:31:02] Rodrigo Almeida: Lily, our financeiro paid today the 30% deposit as per your PI, comprovante attached
        [13/05/24, 09:31:15] Rodrigo Almeida: <attached: 00000012-PHOTO-2024-05-13-09-31-15.jpg>
        [13/05/24, 10:12:47] Lily Chen Huaxing: Deposit received, thank you. Just to be clear for both side: deposit does not release production. We only make the 2 sample sections. The 58 wait for Juliana's written release after the sample sign-off, material also only for 2 pcs.
        [13/05/24, 10:15:03] Rodrigo Almeida: Perfeito, exatamente isso. Obrigado!
        """)),
])

# c12 supplier acknowledgement restating the hold (Polish English)
case("c12_supplier_ack_hold", [], "supplier acknowledgement restates 6 released, 174 not released, sample-only material, written release by Marieke Bakker", [
    ("OA-24-0317.pdf", PDF([
        ("h1", "ORDER ACKNOWLEDGEMENT / POTWIERDZENIE ZAMÓWIENIA"),
        ("p", "TrussPol Sp. z o.o., ul. Przemyslowa 48, 61-541 Poznan, Poland - NIP 7781234567"),
        ("p", "To: Kade Podiumverhuur B.V., Waalhaven Z.z. 41, 3089 JH Rotterdam - attn. Mr Joost de Vries"),
        ("p", "Your PO: 7100-0460 of 14.05.2024 - our ref. OA-24-0317 - Poznan, 15.05.2024"),
        ("sp",),
        ("table", [
            ["Pos.", "Item", "Drawing", "Qty", "Status"],
            ["10", "QX30 box truss 3000 mm, pilot sections", "DRG 4500 Rev 12", "6 pcs", "in production, delivery wk 22"],
            ["20", "QX30 box truss 3000 mm, series", "DRG 4500 Rev 12", "174 pcs", "NOT RELEASED - on hold"],
        ]),
        ("sp",),
        ("p", B("""We acknowledge the scope of your PO as written: 6 pilot sections are released for production.
                The balance of 174 sections is not released. We will not start it and we buy no material
                for it (material authority: sample-only, 6 sections) until the pilot sections are signed
                off and we receive the written release from Ms Marieke Bakker.""")),
        ("p", B("""Welding acc. EN 1090-2 EXC2, welders certified EN ISO 9606-2, alloy EN AW-6082 T6.
                ISO 9001:2015 certificate no. PL-0917-2023.""")),
        ("p", "Katarzyna Wisniewska - Key Account Manager"),
    ], title="OA-24-0317", author="TrussPol")),
])

# c13 portal: interim sign-off with quantity and date limits
case("c13_portal_interim_limits", [], "interim disposition limited to 10 housings until 30 June, release of those 10 by Faisal; remaining 27 on hold until full sign-off and written release", [
    ("PSO-AN-0101.html", html_page("Al Noor - Supplier Quality Portal - PSO-AN-0101", """<h2>Al Noor Live Events LLC &mdash; Supplier Quality Portal</h2>
<p>Record: <b>PSO-AN-0101</b> &nbsp;|&nbsp; Supplier: Guangzhou Huaxing Stage Equipment Co., Ltd. &nbsp;|&nbsp; Updated 21/05/2024 14:10 GST</p>
<table>
<tr><th>PO</th><td>AN-PO-3390 (line 1: 3 pilot housings; line 2: 37 housings)</td></tr>
<tr><th>Part</th><td>FS-2500 follow-spot housing, drawing FSH-2500 Rev 3</td></tr>
<tr><th>Pilot housings tested</th><td>3</td></tr>
<tr><th>Photometric</th><td>pass</td></tr>
<tr><th>Thermal soak 48 h</th><td>shell 41 &deg;C, limit 40 &deg;C &mdash; retest with new vent louvre required</td></tr>
</table>
<h3>Disposition: INTERIM</h3>
<div class="note">
<p>Interim approval, limited to <b>ten (10) housings</b>, valid until <b>30 June 2024</b>, for the Expo hall event only.</p>
<p>Release for these 10 housings: release note RN-AN-0044 of 21 May 2024, issued by Faisal Al Mansoori, Procurement Manager.</p>
<p>The remaining 27 housings of line 2 stay on hold. They are released only after the full sign-off that follows the thermal retest, by a written release from Faisal Al Mansoori.</p>
<p>Material authority: 10 housings (plus the 3 pilot housings already built).</p>
</div>
<p>Signed off (interim): Ramesh Pillai, Production Manager</p>""")),
])

# c14 supplier portal status page restating the hold
case("c14_supplier_portal_status", [], "supplier portal status: samples shipped, 118 on hold waiting Fiona Hartley's written release, material sample-only; other order full PO", [
    ("area_clienti_ordini.html", html_page("Palchi Modena - Area Clienti", """<h2>Palchi Modena S.r.l. &mdash; Area Clienti</h2>
<p>Cliente: <b>Thameside Playhouse Group Ltd</b> &nbsp;|&nbsp; Stato ordini al 15/05/2024</p>
<table>
<tr><th>Ordine cliente</th><th>Articolo</th><th>Campioni</th><th>Produzione</th><th>Stato</th><th>Materiale</th></tr>
<tr><td>TPG-PO-24133</td><td>SD-2010-750 Rev D stage deck 2x1</td><td>2 (spediti 03/05)</td><td>118</td>
<td>ON HOLD &mdash; waiting written release from Fiona Hartley (TPG) after sample sign-off</td><td>sample-only (2 decks)</td></tr>
<tr><td>TPG-PO-24109</td><td>SL-600-4 leg set</td><td>&mdash;</td><td>40 (ordine completo)</td><td>in produzione, consegna 24/05</td><td>40 sets</td></tr>
</table>
<p class="note">Le quantit&agrave; &laquo;on hold&raquo; non sono nel nostro piano di produzione. We start them only after the customer's written release.</p>
<p>Contatto: Marco Bellini, +39 059 555 0371</p>""", lang="it")),
])

# c15 ERP full-quantity PO with three schedule lines
case("c15_erp_full_po_schedule", [], "full-quantity ERP PO, 12 hoists in three schedule lines of 4; no sample stage", [
    ("PO_4500031902.txt", T("""
        THAMESIDE PLAYHOUSE GROUP LTD                                  PURCHASE ORDER
        Bankside Works, 22 Ferry Lane, London SE1 9QX                  PO No.  4500031902
        VAT GB 123 4567 89                                             Date    15.05.2024
                                                                       Buyer   O. PENNINGTON
        Vendor 200417
        RIGTECH OSTRAVA S.R.O.
        RUSKA 83, 703 00 OSTRAVA-VITKOVICE, CZ

        ITEM  MATERIAL     DESCRIPTION                          QTY  UN     PRICE EUR     VALUE EUR
        ---------------------------------------------------------------------------------------------
        0010  RH-500-D8P   CHAIN HOIST 500KG 4M/MIN D8+ 20M      12  PC      2.610,00     31.320,00
              Schedule: 04 PC del. 10.06.2024 / 04 PC del. 24.06.2024 / 04 PC del. 08.07.2024
        0020  FC-RH-2      FLIGHT CASE FOR 2 HOISTS               6  PC        310,00      1.860,00
              Schedule: 06 PC del. 10.06.2024
        ---------------------------------------------------------------------------------------------
                                                              NET VALUE EUR        33.180,00
        HEADER TEXT
          Full order quantity: 12 hoists, 6 cases. No sample stage - RH-500 type-tested and
          accepted on PO 4500031511 (2023). Proceed with all 12 as scheduled.
          Standard EN 17206:2020 / BGV D8+. Chain 7x21 grade 80. Static test 1.25 x WLL,
          dynamic 1.1 x WLL, test certificate per hoist. Control 24 V, CEE 16A 5-pin.
        TERMS  DAP London, 30 days net. Quote ref RO-Q-0402.
        """)),
])

# c16 release email with DOCX release notice, multipart/alternative
_t = T("""
    Dear Katarzyna,

    The pilot sections passed: Sander signed the pilot sign-off PSO-24-118 on 29 May (load test
    1,5 x SWL, no findings).

    With this mail I release production of the remaining one hundred seventy-four (174) QX30 3 m
    sections under PO 7100-0442 rev 2. PO rev 2 covers the 174; rev 1 covered the 6 pilot
    sections only.

      Release no.:      PR-24-031
      Quantity:         174 pcs
      Unlock event:     pilot sign-off PSO-24-118, 29-05-2024
      Authorised by:    Marieke Bakker, Operations Manager
      Material:         for the 174 released sections
      Delivery:         58 pcs wk 27, 58 pcs wk 29, 58 pcs wk 31

    The release notice is attached. Please confirm by return.

    Met vriendelijke groet,
    Marieke
    """) + sig("Marieke Bakker", "Operations Manager", KADE + ", Waalhaven Z.z. 41, Rotterdam", KADE_PH)
_h = H(_t)
_doc = docx_bytes([
    ("h1", "Production release PR-24-031"),
    ("table", [
        ["Supplier", "TrussPol Sp. z o.o., Poznań"],
        ["PO", "7100-0442 rev 2"],
        ["Part", "TX-290-3000 QX30 box truss 3000 mm, DRG 4500 Rev 12"],
        ["Quantity released", "174 pcs"],
        ["Unlock event", "Pilot sign-off PSO-24-118 (29-05-2024), Sander Visser"],
        ["Authorised by", "Marieke Bakker, Operations Manager"],
        ["Material authority", "174 pcs (this release)"],
    ]),
    ("p", "After this release no quantity of PO 7100-0442 remains on hold."),
], author="Marieke Bakker")
case("c16_release_email_docx", [], "written production release of the full remaining 174 with number, event, signer; PO rev covers it", [
    ("PR-24-031.eml", eml_bytes(mail(MARIEKE, KASIA, "Production release PR-24-031 - PO 7100-0442 rev 2 - QX30 174 pcs", D(30, 9, 5, "+0200"),
                                     _t, html=_h, cc=JOOST, attachments=[("PR-24-031.docx", _doc, DOCX_MT)]))),
])

# c17 sample PO with the full scope note (Brazilian)
case("c17_sample_po_full_scope", [], "sample PO: 4 released, 76 on hold, sample-only material, sign-off + written release by Juliana Ferreira, quote qty forecast, deposit not a release", [
    ("PS-4496.pdf", PDF([
        ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER PS-4496"),
        ("p", "Palco Sul Produções e Eventos Ltda. - Rua Guaipá 1200, Vila Leopoldina, São Paulo - SP"),
        ("p", "Fornecedor: Palchi Modena S.r.l., Modena - Sua cotação / your quote PM-2024-061"),
        ("p", "Data: 06/05/2024 - Comprador: Rodrigo Almeida"),
        ("sp",),
        ("table", [
            ["Item", "Código", "Descrição", "Qtd", "Unit EUR", "Total EUR"],
            ["1", "SD-2010-750T", "Tour deck 2 x 1 m - sample decks (first articles)", "4", "455,00", "1.820,00"],
        ]),
        ("sp",),
        ("h", "Scope of this PO - please read"),
        ("p", "1. Released now: four (4) sample decks only."),
        ("p", "2. Your quote shows 80 decks for production. The remaining 76 decks are NOT released by this PO and stay on hold."),
        ("p", "3. Material: buy material for the 4 samples only (sample-only material authority)."),
        ("p", B("""4. The 76 decks are released only after Thiago Nunes signs off the samples (load test and fit
                with our tour rig) AND Juliana Ferreira, Diretora de Produção, sends a written release with the
                quantity.""")),
        ("p", "5. The production quantity of 80 in your quote is a forecast, not firm."),
        ("p", "6. The deposit for the samples does not release production."),
        ("sp",),
        ("p", "Rodrigo Almeida - Comprador / Buyer - rodrigo.almeida@palcosul.com.br"),
    ], title="PS-4496", author="Palco Sul")),
])

# c18 Teams: go-ahead scoped to 3 pilot housings
case("c18_teams_scoped_goahead", [], "go-ahead scoped to the 3 pilot housings only; 37 wait for Ramesh's sign-off and Faisal's written release", [
    ("teams_FS-2500.txt", T("""
        Microsoft Teams - Chat "Al Noor x Huaxing - FS-2500"
        Export 22/05/2024

        22/05/2024 11:03  Kevin Zhao (Huaxing): Dear Ramesh, 3 pilot housings finished painting, photos in the Files tab. Can we go ahead to assemble?
        22/05/2024 11:20  Ramesh Pillai (Al Noor): Hi Kevin, nice work. Yes, go ahead with the 3 pilot housings only.
        22/05/2024 11:21  Ramesh Pillai (Al Noor): Rest 37 not released. They wait for the thermal test report signed by me, then Faisal Al Mansoori sends the written release. No castings for the 37 pls.
        22/05/2024 11:30  Kevin Zhao (Huaxing): Understood, only 3 pcs. Thermal test 48 h start on Friday.
        """)),
])

# c19 minutes keeping the words apart
case("c19_minutes_words_apart", [], "minutes keep sample sign-off, PO issued and production release apart; 2 samples, 18 on hold, Fiona Hartley releases", [
    ("minutes_2024-05-16_CT-40.docx", docx_bytes([
        ("h1", "Minutes - CT-40 curtain track, Lyric refurbishment"),
        ("p", B("""16 May 2024, Teams call. Present: Oliver Pennington (TPG purchasing), Rupert Allsop (TPG
                technical), Chiara Galli and Paolo Ferri (Scenotecnica Brianza).""")),
        ("h", "1. Status of the order"),
        ("p", "PO issued: TPG-PO-24171, two (2) sample track sets CT-40, 12 m, bi-parting. Scenotecnica confirmed receipt on 13 May."),
        ("h", "2. Sample sign-off"),
        ("p", B("""Rupert Allsop does the sample sign-off after the 500-cycle run test on the Lyric fly floor
                (week 22). The sample sign-off is a technical decision only.""")),
        ("h", "3. Production release"),
        ("p", B("""The balance of eighteen (18) track sets is on hold. The production release is a separate
                written document from Fiona Hartley, Head of Production, issued only after the sample sign-off.
                Scenotecnica will not order aluminium profile for the 18 before it.""")),
        ("h", "Actions"),
        ("table", [
            ["Action", "Owner", "Due"],
            ["Ship 2 sample sets", "Paolo Ferri", "24 May"],
            ["Run test and sample sign-off", "Rupert Allsop", "31 May"],
            ["Production release (if sign-off positive)", "Fiona Hartley", "after sign-off"],
        ]),
    ], author="Oliver Pennington")),
])

# c20 deviation permit on buyer portal; quantities untouched
case("c20_deviation_permit", [], "deviation permit changes finish only and releases nothing; PO scope restated with hold, event and Fiona Hartley", [
    ("DP-24-007.html", html_page("TPG Supplier Portal - Deviation permit DP-24-007", """<h2>Thameside Playhouse Group &mdash; Supplier Portal</h2>
<h3>Deviation permit DP-24-007</h3>
<p>Supplier: Rigtech Ostrava s.r.o. &nbsp;|&nbsp; PO: TPG-PO-24122 rev 1 &nbsp;|&nbsp; Part: RH-500 chain hoist, drawing RH-500-GA Rev 7</p>
<table>
<tr><th>Requirement</th><th>Deviation allowed</th><th>Applies to</th></tr>
<tr><td>Housing colour RAL 9011 graphite black</td><td>RAL 9005 jet black</td><td>the 2 sample hoists</td></tr>
<tr><td>Chain bag 20 m</td><td>25 m chain bag CB-25</td><td>the 2 sample hoists</td></tr>
</table>
<div class="note">Quantities: unchanged. This permit changes finish and accessory only and releases no quantity.
The PO scope stays as written: two (2) sample hoists; the balance of 22 hoists is not released until the sample
sign-off by Rupert Allsop and a written release from Fiona Hartley, Head of Production.</div>
<p>Issued by Rupert Allsop, Technical Director, 10 May 2024.</p>""")),
])

# c21 full-quantity portal PO with identifiers that look like quantities
case("c21_full_po_lookalike_ids", [], "full-quantity catalogue PO, proceed with full quantities; many identifiers that look like quantities", [
    ("AN-PO-3402.html", html_page("Al Noor e-Procurement - AN-PO-3402", """<h2>Al Noor Live Events LLC &mdash; e-Procurement</h2>
<p>Purchase Order <b>AN-PO-3402</b> rev 0 &nbsp;|&nbsp; 14 May 2024 &nbsp;|&nbsp; Supplier: TrussPol Sp. z o.o., Pozna&#324;</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit EUR</th></tr>
<tr><td>1</td><td>TX-290-3000</td><td>QX30 box truss 3000 mm, DRG 4500 Rev 12, EN AW-6082 T6</td><td>48</td><td>EA</td><td>182,40</td></tr>
<tr><td>2</td><td>TX-290-2000</td><td>QX30 box truss 2000 mm</td><td>24</td><td>EA</td><td>139,80</td></tr>
<tr><td>3</td><td>TX-290-C4</td><td>QX30 corner 4-way</td><td>16</td><td>EA</td><td>96,00</td></tr>
<tr><td>4</td><td>CCS-30</td><td>Conical connector set incl. M12x1.75 bolts, grade 8.8</td><td>88</td><td>SET</td><td>11,50</td></tr>
</table>
<p class="note">Standard catalogue items. Full order quantity, no pilot stage. Please proceed with the full quantities above.</p>
<p>Requirements: welding EN 1090-2 EXC2; inspection certificate 3.1 per EN 10204; base plates salt spray ISO 9227 500 h;
packing per 20 ft container; ISO 9001:2015 certificate copy with first delivery.</p>
<p>Buyer: Layla Haddad, Procurement Officer &middot; Delivery CIF Jebel Ali by 30 June 2024</p>""")),
])

# c22 supplier's go-ahead question above a complete quoted buyer scope (two-level quote)
_t = T("""
    Dear Mr Faisal,

    Thanks for your reply. The retest with the new louvre is pass: shell temperature 37 °C after
    48 h at 45 °C ambient, report TR-HX-0519 is in the shared folder.

    Can we have the go-ahead for the balance 37 housings? Our casting factory need 3 weeks, so if
    possible please send the written release this week.

    Best regards,
    Amy Liang
    Export Department
    Guangzhou Huaxing Stage Equipment Co., Ltd.
    No. 18 Xinghua Road, Panyu District, Guangzhou
    Tel +86 20 5555 8123

    -----Original Message-----
    From: Faisal Al Mansoori <faisal.almansoori@alnoorlive.ae>
    Sent: Monday, 20 May 2024 10:02
    To: Amy Liang
    Subject: RE: AN-PO-3411 FS-2500 pilot - thermal test result

    """) + quote(T("""
    Dear Amy,

    Thank you. To repeat the scope of PO AN-PO-3411: the 3 pilot housings are released. The
    balance of 37 housings is not released and stays on hold until Ramesh Pillai signs off the
    pilot after the thermal retest, and I send a written release. No castings for the 37 before that.

    Regards,
    Faisal Al Mansoori
    Procurement Manager, Al Noor Live Events LLC
    """)) + ">\n" + quote(T("""
    From: Amy Liang
    Sent: Saturday, 18 May 2024 16:40
    Dear Faisal, thermal test fail, shell 41 °C, we redesign the louvre. Please confirm we can still keep the Expo date?
    """), 2)
case("c22_supplier_question_quoted_scope", [], "supplier asks for the go-ahead for the 37 (a question); quoted buyer scope is complete (3 released, hold, event, Faisal)", [
    ("RE_RE_AN-PO-3411.eml", eml_bytes(mail(AMY, FAISAL, "RE: RE: AN-PO-3411 FS-2500 pilot - thermal test result", D(22, 16, 18, "+0800"),
                                            _t, cc=RAMESH, in_reply_to="<h179-r-0022@alnoorlive.ae>"))),
])

# c23 multi-file: ERP sample PO + sample sign-off + production release mail (all clean)
_t = T("""
    Olá Petr,

    Thiago signed off the two RH-500 sample hoists on 03/06 (sign-off SSO-PS-0031, attached to
    the PO file in our system). So now the production release, in writing:

      Release:          PR-PS-0009
      Order:            PO PS-4510 rev 1 (revised today to cover 24 hoists: 2 samples + 22)
      Quantity:         twenty-two (22) RH-500 hoists
      Unlock event:     sample sign-off SSO-PS-0031 of 03/06/2024
      Authorised by:    Juliana Ferreira, Diretora de Produção
      Material:         for the 22 released hoists

    Delivery to Santos before 15/08, as in your quote RO-Q-0431.

    Abraços,
    Juliana
    """) + sig("Juliana Ferreira", "Diretora de Produção", PALCO + " - São Paulo", PALCO_PH)
case("c23_multi_po_signoff_release", [], "multi-file: sample PO (2, 22 on hold, unlock + Juliana), technical sign-off that releases nothing, then written release of 22 on revised PO", [
    ("PS-4510.txt", T("""
        PALCO SUL PRODUÇÕES E EVENTOS LTDA                         PEDIDO DE COMPRA Nº PS-4510
        Rua Guaipá 1200 - Vila Leopoldina - São Paulo/SP           Emissão: 08/05/2024   Rev. 0
        CNPJ 12.345.678/0001-90                                    Comprador: RODRIGO ALMEIDA

        Fornecedor: RIGTECH OSTRAVA S.R.O. - Ostrava, CZ           Cotação: RO-Q-0431

        It  Código       Descrição                                   Qtd  UM   Vlr Unit EUR   Total EUR
        -----------------------------------------------------------------------------------------------
        01  RH-500-D8P   TALHA ELÉTRICA 500KG D8+ 20M (AMOSTRA)        2   PC      2.940,00    5.880,00
        -----------------------------------------------------------------------------------------------
                                                                            TOTAL EUR       5.880,00
        OBSERVAÇÕES / SCOPE
          Amostras / samples: 2 (duas) talhas para teste no rig da turnê Arena Leopoldina.
          Saldo de 22 talhas da cotação RO-Q-0431 NÃO liberado (balance on hold).
          Unlock: sample sign-off by Thiago Nunes + written production release by
          Juliana Ferreira (Diretora de Produção).
          Material authority: only for the 2 samples.
        CONDIÇÕES  FCA Ostrava - 30 dias - Certificado EN 17206 por talha.
        """)),
    ("SSO-PS-0031.docx", docx_bytes([
        ("h1", "Sample sign-off SSO-PS-0031"),
        ("table", [
            ["Order", "PO PS-4510 rev 0 - Rigtech Ostrava s.r.o."],
            ["Part", "RH-500 chain hoist 500 kg D8+, 20 m chain"],
            ["Samples", "2 pcs, serial RO-24-1187 and RO-24-1188"],
            ["Tests", "static 1,25 x WLL: ok; brake test: ok; 2 h run on tour rig: ok"],
            ["Disposition", "approved (technical)"],
            ["Signed", "Thiago Nunes, Coordenador Técnico, 03/06/2024"],
        ]),
        ("p", B("""This sign-off is a technical decision. It releases no quantity. The 22 hoists of the balance
                remain on hold until the written production release from Juliana Ferreira.""")),
    ], author="Thiago Nunes")),
    ("PR-PS-0009.eml", eml_bytes(mail(JULIANA, PETR, "Liberação de produção PR-PS-0009 - PO PS-4510 rev 1 - 22 talhas RH-500",
                                      D(4, 11, 20, "-0300", mon="Jun"), _t, html=H(_t), cc=RODRIGO))),
])

# c24 supplier status mail with quoted chain and HTML status attachment
_status_html = html_page("EP ERP - Estado da encomenda TPG-PO-24158", """<h3>Elevação Porto &mdash; estado da encomenda</h3>
<p>Cliente: Thameside Playhouse Group Ltd &nbsp;|&nbsp; Encomenda: TPG-PO-24158 &nbsp;|&nbsp; Semana 21/2024</p>
<table>
<tr><th>Linha</th><th>Artigo</th><th>Qtd</th><th>Estado</th><th>Material</th></tr>
<tr><td>1</td><td>OPL-12-PM m&oacute;dulo prot&oacute;tipo</td><td>1</td><td>fabrico 80 %, ensaio 27/05</td><td>comprado (1 un)</td></tr>
<tr><td>2</td><td>OPL-12-PM m&oacute;dulos produ&ccedil;&atilde;o</td><td>5</td><td>ON HOLD &mdash; aguarda libera&ccedil;&atilde;o escrita do cliente</td><td>nenhum</td></tr>
</table>""", lang="pt")
_t = T("""
    Dear Mr Allsop,

    Status of TPG-PO-24158 this week:

    - Prototype module (1 pc): platform frame welded, spindle columns mounted, witnessed test
      27/05 confirmed, 10:00 in Maia.
    - Production modules (5 pcs): on hold, not in our plan. We wait for your prototype sign-off
      and then the written release from Ms Fiona Hartley.
    - Material: only for the prototype. No spindles ordered for the 5.

    Attached the status sheet from our ERP.

    Com os melhores cumprimentos / Best regards
    Ana Sousa
    Planeamento - Elevação Porto - Sistemas Cénicos, Lda.
    Zona Industrial da Maia I, Sector X, 4470 Maia - Portugal
    Tel +351 22 555 0463

    Esta mensagem e quaisquer anexos são confidenciais. Se a recebeu por engano, por favor
    informe o remetente e apague-a. / This message is confidential.

    De: Rupert Allsop <rupert.allsop@thamesideplayhouse.co.uk>
    Enviado: segunda-feira, 13 de maio de 2024 09:15
    Para: Ana Sousa
    Assunto: OPL-12 prototype - status

    """) + quote(T("""
    Ana, could you send me a short status every week until the test? Reminder of the scope:
    TPG-PO-24158 authorises one (1) prototype module. The five production modules are on hold
    until I sign off the prototype and Fiona Hartley sends the written release. Material for
    the prototype only.

    Thanks, Rupert
    """))
case("c24_supplier_status_quoted", [], "supplier status report restates the hold; quoted buyer scope complete (1 prototype, 5 on hold, sign-off + Fiona Hartley)", [
    ("RE_OPL-12_status_w21.eml", eml_bytes(mail(ANA, RUPERT, "RE: OPL-12 prototype - status", D(21, 17, 2),
                                                _t, in_reply_to="<h179-r-0024@thamesideplayhouse.co.uk>",
                                                attachments=[("estado_TPG-PO-24158.html", _status_html, "text/html")]))),
])

# c25 WeChat: pilot scope + clearly labelled forecast
case("c25_wechat_labelled_forecast", [], "2 pilot released with hold, event and Marieke Bakker; 2025 number given as forecast only, no material", [
    ("wechat_export_lily.txt", T("""
        WeChat 聊天记录导出 / chat history export
        Contact: Lily Chen 陈丽 (Huaxing)
        ----------------------------------------------
        2024-05-06 10:15  Joost de Vries: Hi Lily, the PO 7100-0455 for 2 pilot FS-2500 housings is in your mail.
        2024-05-06 10:16  Joost de Vries: Important: only these 2 are released. The 18 from your quote are on hold until Sander signs off the pilots and Marieke Bakker sends the written release.
        2024-05-06 10:40  Lily Chen 陈丽: ok received 👌 how many you need for next year? for our capacity planning
        2024-05-06 10:52  Joost de Vries: Forecast only, not an order: maybe 60 housings for 2025 season, depends on the tenders. No material for it please, this number can still change a lot.
        2024-05-06 10:53  Lily Chen 陈丽: 明白 understand, just for planning 🙏
        """)),
])


# ================================================================ POSITIVE

# p01 sample PO mail + PO PDF + quote PDF; the 24 is shown, nothing on hold/event/person
_po = PDF([
    ("h1", "PURCHASE ORDER TPG-PO-24117"),
    ("p", "Thameside Playhouse Group Ltd, Bankside Works, 22 Ferry Lane, London SE1 9QX"),
    ("p", "Supplier: Rigtech Ostrava s.r.o., Ruska 83, 703 00 Ostrava - Date 24/04/2024 - Buyer: Oliver Pennington"),
    ("sp",),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit EUR", "Total EUR"],
        ["1", "RH-500-D8P", "Chain hoist 500 kg D8+, 20 m chain - trial", "2", "2.940,00", "5.880,00"],
    ]),
    ("sp",),
    ("p", "Delivery: Bankside Works by 14/06/2024. Test certificate EN 17206 with each hoist. Terms 30 days net."),
], title="TPG-PO-24117", author="Thameside Playhouse Group")
_q = PDF([
    ("h1", "RIGTECH OSTRAVA s.r.o. - QUOTATION RO-Q-0418"),
    ("p", "Customer: Thameside Playhouse Group Ltd - attn. Mr Oliver Pennington - 23.04.2024"),
    ("table", [
        ["Pos.", "Description", "Qty", "Unit price EUR", "Total EUR"],
        ["1", "RH-500 sample hoists for trial", "2 pcs", "2.940,00", "5.880,00"],
        ["2", "RH-500 series production", "24 pcs", "2.610,00", "62.640,00"],
    ]),
    ("p", "Series delivery 8 - 10 weeks. EXW Ostrava. ISO 9001:2015."),
], title="RO-Q-0418", author="Rigtech Ostrava")
_t = T("""
    Dear Petr,

    Please find attached our purchase order TPG-PO-24117 for two (2) RH-500 chain hoists for the
    trial in the Rose rehearsal room, and your quotation RO-Q-0418 for reference.

    Delivery to Bankside Works please by 14 June, certificates with the hoists as usual.

    Many thanks,
    Oliver
    """) + sig("Oliver Pennington", "Purchasing Manager", TPG, TPG_PH)
case("p01_po_mail_quote_24", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO for 2 hoists with attached quote showing 24; nothing says the 24 is not released, no unlock event, no release person", [
    ("PO_TPG-PO-24117.eml", eml_bytes(mail(OLIVER, PETR, "PO TPG-PO-24117 - RH-500 hoists", D(24, 14, 30, mon="Apr"), _t, html=H(_t),
                                           attachments=[("TPG-PO-24117.pdf", _po, PDF_MT), ("RO-Q-0418.pdf", _q, PDF_MT)]))),
])

# p02 WhatsApp: supplier starts the balance because the deposit arrived
case("p02_whatsapp_deposit_start", ["RG012"],
     "buyer scope complete (2 + 58 on hold, Thiago sign-off, Juliana release); supplier starts the 58 because the deposit was received", [
    ("WhatsApp_Chat_Huaxing.txt", T("""
        [02/05/24, 10:04:22] Rodrigo Almeida: Oi Lily, tudo bem? PO PS-4481 is in your email: 2 truss sections HX-30 3m pre-production only. The other 58 from your quote are on hold until Thiago sign off the 2 and Juliana Ferreira send the written release, ok?
        [02/05/24, 10:20:09] Lily Chen Huaxing: Hi Rodrigo, received, thank you! We send the PI for the deposit today.
        [08/05/24, 16:45:31] Rodrigo Almeida: deposit 30% paid today, comprovante in your email 👍
        [09/05/24, 08:12:54] Lily Chen Huaxing: Deposit received, many thanks!! So we start production of the 58 pcs balance now, finish in 3 weeks together with the 2 samples, can save one shipment 🚢
        """)),
])

# p03 pilot PO: hold and event, release by "Al Noor management"
case("p03_po_release_by_management", ["RG005"],
     "pilot PO states 3, balance 37 on hold, event (tests + written release) but release 'by Al Noor management', no named person", [
    ("AN-PO-3388.pdf", PDF([
        ("h1", "PURCHASE ORDER AN-PO-3388"),
        ("p", "Al Noor Live Events LLC - Al Quoz Industrial Area 3, Warehouse 7, Dubai, UAE - TRN 100234567800003"),
        ("p", "Supplier: Guangzhou Huaxing Stage Equipment Co., Ltd., Panyu District, Guangzhou - Date: 07 May 2024"),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "FSH-2500-R3", "Follow-spot housing FS-2500, Rev 3 - pilot", "3", "236.00", "708.00"],
        ]),
        ("sp",),
        ("p", B("""Scope: This PO authorises the 3 (three) pilot housings only. Your quotation HX-Q-2404-112
                shows 40 housings; the balance of 37 housings is NOT released and remains on hold until the
                pilot housings pass the photometric check and the 48 h thermal soak, and Al Noor issues a
                written release for the balance.""")),
        ("p", "Material authority: pilot only. Do not order castings or lenses for the balance."),
        ("p", "The release of the balance will be issued by Al Noor management."),
        ("p", "Terms: CIF Jebel Ali, 30 days after B/L. Please confirm this PO within 2 working days."),
        ("p", "Prepared by: Procurement Department, Al Noor Live Events LLC"),
    ], title="AN-PO-3388", author="Al Noor Live Events")),
])

# p04 ERP PO: hold until further notice, release person named
case("p04_erp_hold_further_notice", ["RG004"],
     "pilot 6 released, balance 174 on hold 'until further notice' (no event); release authority Marieke Bakker named", [
    ("inkooporder_7100-0447.txt", T("""
        KADE PODIUMVERHUUR B.V.                                 INKOOPORDER / PURCHASE ORDER
        Waalhaven Z.z. 41, 3089 JH Rotterdam                    Ordernr : 7100-0447
        BTW NL812345678B01                                      Datum   : 06-05-2024
                                                                Inkoper : J. DE VRIES
        Leverancier 40118
        TRUSSPOL SP. Z O.O.
        UL. PRZEMYSLOWA 48, 61-541 POZNAN, PL

        REGEL ARTIKEL       OMSCHRIJVING                          AANTAL EENH   PRIJS EUR   BEDRAG EUR
        ---------------------------------------------------------------------------------------------
        10    TX-290-3000   QX30 BOX TRUSS 3000MM PILOT               6  ST       182,40     1.094,40
                            DRG 4500 REV 12 / EN 1090-2 EXC2
        ---------------------------------------------------------------------------------------------
                                                               TOTAAL EXCL. BTW     1.094,40
        TEKST / NOTE
          PILOT QTY 6 ST RELEASED.
          BALANCE 174 ST (QUOTE TP/Q/24/088) ON HOLD - NOT RELEASED UNTIL FURTHER NOTICE.
          RELEASE AUTHORITY: MARIEKE BAKKER (OPERATIONS MANAGER).
          MATERIAL: PILOT ONLY.
        LEVERING  DAP ROTTERDAM WK 21 - BETALING 30 DAGEN
        """)),
])

# p05 supplier status: material bought for all 24 while 2 released (HTML attachment)
_mat = html_page("Rigtech - material purchase TPG-PO-24126", """<h3>Rigtech Ostrava &mdash; n&aacute;kup materi&aacute;lu / material purchase</h3>
<p>Zak&aacute;zka / job: Z-24-0388 &nbsp;|&nbsp; Customer PO: TPG-PO-24126</p>
<table>
<tr><th>Material</th><th>Supplier</th><th>For hoists</th><th>Qty</th><th>Ordered</th><th>ETA</th></tr>
<tr><td>Load chain 7x21 grade 80, galv.</td><td>Retezarna</td><td>24</td><td>24 x 20 m</td><td>06.05.2024</td><td>wk 23</td></tr>
<tr><td>Motor 0,37 kW with brake</td><td>Elektromotory Brno</td><td>24</td><td>24 pcs</td><td>06.05.2024</td><td>wk 24</td></tr>
<tr><td>Gearbox housing casting</td><td>own foundry</td><td>24</td><td>24 pcs</td><td>in progress</td><td>wk 22</td></tr>
</table>""", lang="cs")
_t = T("""
    Dear Mr Pennington,

    thank you for your mail. Status of the 2 sample hoists: motors are assembled, the load test
    1,25 x WLL is planned for 22.5., delivery in week 22.

    For your information, to keep the lead time for the series we have already ordered the grade
    80 chain and the motors for all 24 hoists from our suppliers (motors have 10 weeks lead time
    now). The material will be in our stock from week 24. The material list is attached.

    With kind regards / S pozdravem
    Jana Novotná
    Production planning
    Rigtech Ostrava s.r.o., Ruská 83, 703 00 Ostrava-Vítkovice
    Tel. +420 596 555 214

    Tento e-mail je důvěrný. This e-mail is confidential and intended for the addressee only.

    From: Oliver Pennington <oliver.pennington@thamesideplayhouse.co.uk>
    Sent: Monday, May 13, 2024 10:22 AM
    To: Jana Novotná <novotna@rigtech-ostrava.cz>
    Subject: TPG-PO-24126 RH-500 samples - status

    """) + quote(T("""
    Dear Jana,

    Could you please send a short status on the two sample hoists? Just to restate the scope of
    TPG-PO-24126: two (2) sample hoists only. The remaining 22 are not released and stay on hold
    until Rupert Allsop has signed off the samples and Fiona Hartley sends a written release.
    Material authority: sample-only.

    Many thanks,
    Oliver
    """))
case("p05_status_material_for_24", ["RG006"],
     "supplier ordered chain and motors for 24 hoists while 2 are released and the quoted buyer scope says material sample-only", [
    ("RE_TPG-PO-24126_status.eml", eml_bytes(mail(JANA, OLIVER, "RE: TPG-PO-24126 RH-500 samples - status", D(14, 13, 40, "+0200"), _t,
                                                  in_reply_to="<h179-r-0105@thamesideplayhouse.co.uk>",
                                                  attachments=[("material_Z-24-0388.html", _mat, "text/html")]))),
])

# p06 supplier: as soon as you approve the samples we go into the 118
_t = T("""
    Good morning Mr Pennington,

    thank you for the order. The 2 sample decks will be ready on 3 May, we send them with DHL
    Express, tracking follows.

    For the planning: as soon as you approve the 2 samples we go directly in production with the
    118 decks, so we keep our slot of August on the press line. In this way you have all decks
    before the season.

    Cordiali saluti / Kind regards
    Marco Bellini
    Responsabile Commerciale
    Palchi Modena S.r.l. - Via Emilia Est 812, 41122 Modena
    Tel. +39 059 555 0371

    Ai sensi del Regolamento UE 2016/679 le informazioni contenute in questa e-mail sono
    riservate. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo.

    ---------- Messaggio originale ----------
    Da: Oliver Pennington <oliver.pennington@thamesideplayhouse.co.uk>
    Data: 29/04/2024 15:10
    Oggetto: PO TPG-PO-24136 - 2 sample decks

    """) + quote(T("""
    Dear Marco,

    Please find attached PO TPG-PO-24136 for two (2) sample SD-2x1 decks. The balance of 118
    decks is not released; it stays on hold until the samples are signed off and Fiona Hartley
    (Head of Production) issues a written release.

    Best regards,
    Oliver
    """))
case("p06_supplier_rolls_into_118", ["RG007"],
     "supplier says it goes into production of the 118 as soon as the samples are approved; quoted buyer scope requires a written release", [
    ("R_PO_TPG-PO-24136.eml", eml_bytes(mail(MARCO, OLIVER, "R: PO TPG-PO-24136 - 2 sample decks", D(30, 8, 55, "+0200", mon="Apr"), _t,
                                             in_reply_to="<h179-r-0106@thamesideplayhouse.co.uk>"))),
])

# p07 buyer letter: 2025 forecast stated as firm commitment
case("p07_letter_forecast_firm", ["RG008"],
     "buyer letter calls the 2025 forecast of 300 decks a firm commitment, 'as ordered'", [
    ("carta_2024-05-20.pdf", PDF([
        ("h1", "Palco Sul Produções e Eventos Ltda."),
        ("p", "Rua Guaipá 1200, Vila Leopoldina, São Paulo - SP - Brasil"),
        ("p", "São Paulo, 20 de maio de 2024"),
        ("p", "To: Palchi Modena S.r.l. - attn. Sr. Marco Bellini"),
        ("p", "Subject: Temporada 2025 - stage decks SD-2010-750"),
        ("sp",),
        ("p", "Dear Marco,"),
        ("p", B("""Following our video call of last week, we send our planning for the 2025 season. Our forecast
                for 2025 is three hundred (300) decks SD-2010-750, in three lots:""")),
        ("table", [
            ["Lot", "Month", "Decks"],
            ["1", "January 2025", "100"],
            ["2", "March 2025", "120"],
            ["3", "June 2025", "80"],
        ]),
        ("sp",),
        ("p", B("""Please consider this forecast as our firm commitment for 2025: you can count on these 300
                decks as ordered and book your capacity accordingly.""")),
        ("p", "Atenciosamente,"),
        ("p", "Rodrigo Almeida - Comprador - Palco Sul"),
    ], title="Temporada 2025", author="Rodrigo Almeida")),
])

# p08 minutes: "approved" for technical, budget and production
case("p08_minutes_approved_three_ways", ["RG009"],
     "'approved' used for the pilot technical result, the PO/budget and production; scope otherwise complete", [
    ("verslag_2024-05-23.docx", docx_bytes([
        ("h1", "Verslag / Minutes - QX30 pilot review"),
        ("p", B("""23-05-2024, TrussPol Poznań and Teams. Present: Sander Visser, Joost de Vries (Kade);
                Katarzyna Wiśniewska, Marek Kowalczyk, Piotr Zieliński (TrussPol).""")),
        ("h", "1. Pilot sections (PO 7100-0458, 6 pcs)"),
        ("p", B("""Load test 1,5 x SWL done, deflection within the limit of the load table. Weld inspection
                VT 100 %, no findings. The pilot sections are approved by Sander.""")),
        ("h", "2. Commercial"),
        ("p", "PO 7100-0458 rev 1 for the 174 series sections was approved by Kade finance on 21-05 (budget 2024-RIG-07)."),
        ("h", "3. Series"),
        ("p", B("""The 174 series sections are not yet approved for production. They will be approved for
                production when Marieke Bakker signs the written release, after the pilot sign-off report
                is filed. Until then the 174 stay on hold; material for the 6 pilot sections only.""")),
        ("h", "Actions"),
        ("table", [
            ["Action", "Who", "When"],
            ["File pilot sign-off report", "Sander Visser", "24-05"],
            ["Written release 174 (if report ok)", "Marieke Bakker", "after report"],
            ["Keep robot slot wk 26 reserved", "Marek Kowalczyk", "-"],
        ]),
    ], author="Joost de Vries")),
])

# p09 Teams: "Approved, go ahead." on a finish question
case("p09_teams_approved_go_ahead", ["RG002"],
     "'Approved, go ahead.' answering a finish question, naming neither sample-only nor a quantity; scope stated earlier", [
    ("teams_huaxing_alnoor.txt", T("""
        [Microsoft Teams] Chat: Huaxing / Al Noor - FS-2500
        13/05/2024 09:02  Ramesh Pillai (Al Noor): Kevin, reminder for PO AN-PO-3395: 3 pilot housings only. The 37 balance not released - on hold till pilot sign-off by me and written release from Faisal Al Mansoori.
        13/05/2024 09:30  Kevin Zhao (Huaxing): Noted. One question: the matt black RAL 9005 powder we have in stock is textured, not smooth. Can we use? Photo of the test plate in Files.
        13/05/2024 10:47  Ramesh Pillai (Al Noor): Approved, go ahead.
        13/05/2024 10:48  Kevin Zhao (Huaxing): 👍 thanks
        """)),
])

# p10 PO for the prototype "module(s)" without a number
case("p10_po_prototype_no_qty", ["RG010"],
     "prototype PO says 'proceed with the prototype module(s)', quantity 'as agreed'; hold, event and Fiona Hartley stated, but no number", [
    ("TPG-PO-24160.pdf", PDF([
        ("h1", "PURCHASE ORDER TPG-PO-24160"),
        ("p", "Thameside Playhouse Group Ltd, Bankside Works, 22 Ferry Lane, London SE1 9QX"),
        ("p", "Supplier: Elevação Porto - Sistemas Cénicos, Lda., Maia, Portugal - Date 02/05/2024 - Project: Lyric orchestra pit"),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Price"],
            ["1", "OPL-12-PM", "Orchestra pit lift module, spindle type, platform 3 x 2 m, EN 17206 - prototype", "as agreed", "per quotation EP-Q-24/019"],
        ]),
        ("sp",),
        ("p", B("""Scope: Please proceed with the prototype module(s) as discussed in Maia on 30 April. The
                production modules are not released. They are released only after Rupert Allsop (Technical
                Director) has signed off the prototype following the witnessed load test, and Fiona Hartley
                (Head of Production) has sent a written production release.""")),
        ("p", "Material: for the prototype only."),
        ("p", "Oliver Pennington, Purchasing Manager"),
    ], title="TPG-PO-24160", author="Thameside Playhouse Group")),
])

# p11 multi-file: cover mail says PO 7100-0451 / 8 pilot; PO PDF is 7100-0415 / 6 pilot
_t = T("""
    Dear Katarzyna,

    Please find our PO 7100-0451 for the eight (8) pilot sections QX30 3 m, DRG 4500 Rev 12, and
    your quote for reference, both in the shared folder.

    Scope as in the PO text: pilot only, the balance stays on hold until pilot sign-off and the
    written release by Marieke Bakker.

    Met vriendelijke groet,
    Joost
    """) + sig("Joost de Vries", "Inkoper / Purchaser", KADE, KADE_PH)
case("p11_multi_cover_po_quote_mismatch", ["RG011"],
     "cover mail says PO 7100-0451 for 8 pilot sections; the PO document is 7100-0415 for 6 pilot (balance 174 on hold); quote 6 + 174", [
    ("mail_7100-0451.eml", eml_bytes(mail(JOOST, KASIA, "PO 7100-0451 - QX30 pilot sections", D(7, 11, 2, "+0200"), _t))),
    ("PO_7100-0415.pdf", PDF([
        ("h1", "INKOOPORDER / PURCHASE ORDER 7100-0415"),
        ("p", "Kade Podiumverhuur B.V., Waalhaven Z.z. 41, 3089 JH Rotterdam - Datum 07-05-2024 - Inkoper J. de Vries"),
        ("p", "Leverancier: TrussPol Sp. z o.o., Poznan"),
        ("table", [
            ["Regel", "Artikel", "Omschrijving", "Aantal", "Prijs EUR", "Bedrag EUR"],
            ["10", "TX-290-3000", "QX30 box truss 3000 mm - pilot", "6", "182,40", "1.094,40"],
        ]),
        ("sp",),
        ("p", B("""Scope: 6 pilot sections released. The balance of 174 sections of quote TP/Q/24/091 is not
                released and stays on hold until the pilot sign-off and a written release by Marieke Bakker,
                Operations Manager. Material authority: the 6 pilot sections only.""")),
    ], title="7100-0415", author="Kade Podiumverhuur")),
    ("TP-Q-24-091.pdf", PDF([
        ("h1", "OFERTA / QUOTATION TP/Q/24/091"),
        ("p", "TrussPol Sp. z o.o., Poznan - for Kade Podiumverhuur B.V. - 29.04.2024"),
        ("table", [
            ["Pos.", "Item", "Qty", "Unit EUR", "Lead time"],
            ["1", "QX30 box truss 3000 mm - pilot sections", "6 pcs", "182,40", "2 weeks"],
            ["2", "QX30 box truss 3000 mm - series", "174 pcs", "168,90", "5 weeks after written release"],
        ]),
        ("p", "Series price valid with written release within 90 days. EN 1090-2 EXC2. Katarzyna Wisniewska."),
    ], title="TP/Q/24/091", author="TrussPol")),
])

# p12 buyer: deposit paid, so green light, go ahead (quoted chain, SWIFT copy)
_swift = T("""
    MT103 SINGLE CUSTOMER CREDIT TRANSFER - COPY
    :20: PSL240513-0071
    :23B: CRED
    :32A: 240513USD6732,00
    :50K: /0012345-6
          PALCO SUL PRODUCOES E EVENTOS LTDA
          SAO PAULO BR
    :59: /44012345678901
          GUANGZHOU HUAXING STAGE EQUIPMENT CO LTD
    :70: PI HX-PI-2405-07 DEPOSIT 30 PCT
    :71A: SHA
    """)
_t = T("""
    Hi Lily,

    Good news: our financeiro paid today the 30% deposit of your PI HX-PI-2405-07, USD 6.732,00.
    SWIFT copy attached.

    So now you have the green light from Palco Sul - go ahead! We need the truss in Santos before
    15 July for the Festival Verão Sul.

    Abraço,
    Rodrigo
    """) + sig("Rodrigo Almeida", "Comprador / Buyer", PALCO, PALCO_PH) + T("""

    Em 10/05/2024 09:12, Lily Chen <lily.chen@huaxing-stage.cn> escreveu:
    """) + quote(T("""
    Dear Rodrigo,
    Please find our PI HX-PI-2405-07 for the 30% deposit. Bank details in the PI.
    Best regards, Lily

    Em 29/04/2024 16:40, Rodrigo Almeida escreveu:
    """)) + quote(T("""
    Lily, PO PS-4507 attached: two (2) pre-production sections HX-30 3 m only. The balance of 58
    sections is on hold until Thiago Nunes signs off the 2 and Juliana Ferreira sends the written
    release.
    """), 2)
case("p12_deposit_green_light", ["RG002", "RG012"],
     "buyer: deposit paid, 'so you have the green light - go ahead' with no quantity or sample scope; quoted PO scope complete", [
    ("RE_PI_HX-PI-2405-07.eml", eml_bytes(mail(RODRIGO, LILY, "RE: PI HX-PI-2405-07 - deposit PO PS-4507", D(13, 18, 3, "-0300"), _t,
                                               html=H(_t), in_reply_to="<h179-r-0112@huaxing-stage.cn>",
                                               attachments=[("MT103_PSL240513-0071.txt", _swift, "text/plain")]))),
])

# p13 sample PO: person named, no hold, no event
case("p13_sample_po_person_only", ["RG003", "RG004"],
     "sample PO for 4 decks before series names Juliana Ferreira as release authority but never says the series is not released or what unlocks it", [
    ("PS-4499.pdf", PDF([
        ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER PS-4499"),
        ("p", "Palco Sul Produções e Eventos Ltda. - Rua Guaipá 1200, Vila Leopoldina, São Paulo - SP"),
        ("p", "Fornecedor: Palchi Modena S.r.l., Modena - Data: 09/05/2024 - Comprador: Rodrigo Almeida"),
        ("sp",),
        ("table", [
            ["Item", "Código", "Descrição", "Qtd", "Unit EUR", "Total EUR"],
            ["1", "SD-2010-750T", "Tour deck 2 x 1 m - sample decks (first articles), before series production", "4", "455,00", "1.820,00"],
        ]),
        ("sp",),
        ("p", "Observações: please send the samples with the load test report and material certificates EN 10204 3.1."),
        ("p", "Release authority for this order: Juliana Ferreira, Diretora de Produção."),
        ("p", "Entrega: FCA Modena, 3 semanas. Pagamento 30 dias."),
    ], title="PS-4499", author="Palco Sul")),
])

# p14 Teams: "pls make the 6 pilot sections first"
case("p14_teams_pilot_first", ["RG003", "RG004", "RG005"],
     "engineer authorises 6 pilot sections 'first' with nothing about the series being on hold, no unlock event, no release person", [
    ("teams_chat_QX30_rev13.txt", T("""
        Microsoft Teams - chat export
        Participants: Sander Visser (Kade Podiumverhuur), Marek Kowalczyk (TrussPol)
        -------------------------------------------------------------
        [08-05-2024 14:22] Sander Visser: Hi Marek, drawings DRG 4500 Rev 13 for the QX30 with the new spigot are in the folder.
        [08-05-2024 14:23] Sander Visser: pls make the 6 pilot sections first with this rev, PO follows this week from purchasing
        [08-05-2024 14:40] Marek Kowalczyk: Hello Sander, ok, 6 pilot sections rev 13, welding next week. Delivery to Rotterdam wk 21.
        [08-05-2024 14:41] Sander Visser: top 👍
        """)),
])

# p15 plain mail as text: 18 on hold until further notice, nobody named
case("p15_mail_hold_until_notice", ["RG004", "RG005"],
     "2 sample sets only, the 18 'on hold until further notice': no unlock event, no release person", [
    ("RE_CT-40_conferma.txt", T("""
        From: Oliver Pennington <oliver.pennington@thamesideplayhouse.co.uk>
        Sent: Tuesday, May 14, 2024 11:08 AM
        To: Chiara Galli <c.galli@scenotecnica-brianza.it>
        Subject: RE: CT-40 - conferma ordine campioni

        Hi Chiara,

        Thanks for checking. Yes, correct: PO TPG-PO-24178 is for two (2) sample track sets only. The
        remaining eighteen (18) sets in your offer are on hold until further notice - please don't
        start them or buy profile for them.

        Kind regards,
        Oliver

        Oliver Pennington | Purchasing Manager
        Thameside Playhouse Group Ltd | Bankside Works, 22 Ferry Lane, London SE1 9QX
        T +44 20 7946 0312

        -----Original Message-----
        From: Chiara Galli <c.galli@scenotecnica-brianza.it>
        Sent: Monday, May 13, 2024 4:51 PM
        To: Oliver Pennington
        Subject: CT-40 - conferma ordine campioni

        Dear Oliver,
        we received the PO, thank you. Can you confirm it is only the 2 samples and not the 20 sets?
        Cordiali saluti
        Chiara Galli
        Scenotecnica Brianza S.r.l.
        """)),
])

# p16 WhatsApp: "management approved. Green light, go ahead" - no quantity decided
case("p16_whatsapp_green_light_no_qty", ["RG002", "RG010"],
     "catalogue decks, no sample stage; buyer says 'green light, go ahead' while the quantity (60 or 90) was never decided", [
    ("WhatsApp_Chat_Marco_Palchi.txt", T("""
        [14/05/2024, 18:02] Marco Bellini Palchi: Good evening Mr Ramesh, for the Expo rental stock, how many SD-2x1 decks you take finally? Last week you said maybe 60, maybe 90. Standard deck, no samples needed as agreed.
        [14/05/2024, 21:37] Ramesh Pillai: Hi Marco, management approved. Green light, go ahead habibi 👍 we need them before Eid
        [14/05/2024, 21:38] Ramesh Pillai: PO will follow from Layla
        [15/05/2024, 08:05] Marco Bellini Palchi: Thank you! We start.
        """)),
])

# p17 supplier plan: forecast booked as firm order, aluminium for 246
case("p17_supplier_plan_forecast_material", ["RG006", "RG008"],
     "supplier plan books the 240 forecast as firm order and orders aluminium for 246 sections while 6 are released", [
    ("plan_wk21-30_kade.pdf", PDF([
        ("h1", "TrussPol Sp. z o.o. - Production and material plan wk 21-30"),
        ("p", "Customer: Kade Podiumverhuur B.V., Rotterdam - item TX-290-3000 QX30 box truss 3000 mm, DRG 4500 Rev 12"),
        ("sp",),
        ("table", [
            ["Item", "Source", "Qty", "Status"],
            ["QX30 3 m pilot", "PO 7100-0463", "6", "released, welding wk 21"],
            ["QX30 3 m series", "Kade forecast Q3 (portal)", "240", "booked as firm order, welding wk 26-30"],
            ["Alu tube EN AW-6082 T6 50x4 / 20x2", "MRP run on 246 pcs", "1 476 m", "ordered 17.05, our PO ALU-24-233"],
        ]),
        ("sp",),
        ("p", B("""Remarks: Kade forecast for Q3 is 240 sections. We treat it as firm order so that we keep the
                robot capacity. Aluminium for all 246 sections ordered now to have the price of May.""")),
        ("p", "Prepared: Marek Kowalczyk, kierownik produkcji / production manager - 17.05.2024"),
    ], title="Plan wk 21-30", author="TrussPol")),
])

# p18 buyer: samples passed, "Approved - you can go ahead with the production run"
_t = T("""
    Hi Marco,

    Thank you for the report. Both sample decks passed the load test (7,5 kN/m² and the 5 kN point
    load) - really nice work by your team.

    Approved - you can go ahead with the production run.

    Best,
    Oliver
    """) + sig("Oliver Pennington", "Purchasing Manager", TPG, TPG_PH) + T("""

    On 16 May 2024, at 17:44, Marco Bellini <m.bellini@palchimodena.it> wrote:
    """) + quote(T("""
    Dear Oliver,
    attached the load test report of the 2 samples, all values inside the limits.
    Best regards, Marco

    On 26 Apr 2024, Oliver Pennington wrote:
    """)) + quote(T("""
    PO TPG-PO-24140 is for two (2) sample decks. The balance of 118 decks is not released and stays
    on hold until the samples are signed off by Rupert Allsop and Fiona Hartley issues a written
    release.
    """), 2)
case("p18_samples_passed_go_ahead_run", ["RG002", "RG007"],
     "buyer turns the sample result into 'Approved - go ahead with the production run' (no quantity), contradicting the quoted written-release requirement", [
    ("RE_SD-2x1_load_test.eml", eml_bytes(mail(OLIVER, MARCO, "RE: SD-2x1 samples - load test report", D(17, 9, 26), _t,
                                               in_reply_to="<h179-r-0118@palchimodena.it>"))),
])

# p19 SAP printout: RELEASED/approved workflow + "Approved - proceed."
case("p19_sap_released_approved_proceed", ["RG002", "RG009"],
     "SAP 'RELEASED'/'approved' for the PO workflow, 'release' for production, 'approved' for a technical change, then unscoped 'Approved - proceed.'", [
    ("ME23N_4500031877.txt", T("""
        SAP  ME23N  Display Purchase Order 4500031877              Printed 14.05.2024 15:22  User HWALSH
        ------------------------------------------------------------------------------------------------
        Vendor       300288  Scenotecnica Brianza S.r.l., Monza (MB) IT
        Doc. date    06.05.2024        Purch. group T02 (O. Pennington)      Currency EUR
        Release strategy  P2    Status: RELEASED   (approved 07.05.2024 by H. WALSH, Finance)
        ------------------------------------------------------------------------------------------------
        Itm  Material        Short text                              PO Qty  OUn   Net price   Deliv.date
        10   CT40-1200-BP    CURTAIN TRACK CT-40 12M BI-PART SAMPLE       2  SET    1.480,00   31.05.2024
        ------------------------------------------------------------------------------------------------
        Header text
          Sample lot: 2 track sets only. Balance of 18 sets per offer 2024/061 is not
          released; on hold until sample sign-off by R. Allsop and written production
          release by Fiona Hartley.
          14.05.2024 OP: carrier change to nylon wheels M8x1.25 approved by R. Allsop.
          Approved - proceed.
        ------------------------------------------------------------------------------------------------
        """)),
])

# p20 PO states the pilot quantity twice differently (3 vs 5)
case("p20_po_pilot_3_vs_5", ["RG011"],
     "one PO says 'Pilot quantity: 3' in the header and 5 on line 1", [
    ("AN-PO-3397.pdf", PDF([
        ("h1", "PURCHASE ORDER AN-PO-3397"),
        ("p", "Al Noor Live Events LLC - Al Quoz Industrial Area 3, Dubai - Date: 12 May 2024"),
        ("p", "Supplier: Guangzhou Huaxing Stage Equipment Co., Ltd."),
        ("p", "Pilot quantity: 3 (three) housings - see line 1."),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "FSH-2500-R3", "FS-2500 follow-spot housing - PILOT", "5", "236.00", "1,180.00"],
        ]),
        ("sp",),
        ("p", B("""Scope: Only the pilot housings are released. The balance of the 40 housings in quotation
                HX-Q-2405-003 is not released and stays on hold until Ramesh Pillai signs off the pilot after
                the 48 h thermal soak and Faisal Al Mansoori sends a written release.""")),
        ("p", "Material: pilot only. CIF Jebel Ali."),
        ("p", "Faisal Al Mansoori, Procurement Manager"),
    ], title="AN-PO-3397", author="Al Noor Live Events")),
])

# p21 supplier: "five pilot" vs quoted PO three; castings for 40 bought
_t = T("""
    Dear Layla,

    Thank you for the PO. As per your PO we produce the five (5) pilot housings, delivery 10 June
    by air.

    To make sure of the Expo date, we already purchased the castings and the lens sets for 40
    housings. Our casting factory have minimum order 40 pcs anyway.

    Best regards,
    Amy Liang
    Export Department | Guangzhou Huaxing Stage Equipment Co., Ltd.
    Tel +86 20 5555 8123 | www.huaxing-stage.cn

    ------------------ Original ------------------
    From: Layla Haddad <layla.haddad@alnoorlive.ae>
    Date: Thu, May 9, 2024 11:30 AM
    Subject: AN-PO-3404 pilot housings

    """) + quote(T("""
    Dear Amy,

    Please find attached PO AN-PO-3404 for three (3) pilot housings FS-2500. The balance of 37 is
    not released; it stays on hold until Ramesh Pillai signs off the pilot and Faisal Al Mansoori
    sends a written release. Material for the pilot only please.

    Best regards,
    Layla
    """))
case("p21_supplier_5_pilot_castings_40", ["RG006", "RG011"],
     "supplier restates the pilot as 5 against the quoted PO's 3, and has bought castings and lenses for 40 against pilot-only material", [
    ("RE_AN-PO-3404.eml", eml_bytes(mail(AMY, LAYLA, "RE: AN-PO-3404 pilot housings", D(10, 9, 14, "+0800"), _t,
                                         in_reply_to="<h179-r-0121@alnoorlive.ae>"))),
])

# p22 supplier order confirmation: PO accepted = production released
case("p22_order_conf_accepted_released", ["RG012"],
     "supplier order confirmation treats its PO acceptance as production release of the 5 modules on hold", [
    ("EC-24-0143.txt", T("""
        ELEVAÇÃO PORTO - SISTEMAS CÉNICOS, LDA.            CONFIRMAÇÃO DE ENCOMENDA / ORDER CONFIRMATION
        Zona Industrial da Maia I, Sector X, 4470 Maia       Nº EC-24-0143          Data 20.05.2024
        NIF PT 509 876 543

        Cliente : THAMESIDE PLAYHOUSE GROUP LTD, LONDON      Ref. cliente: TPG-PO-24165
        Projecto: Lyric Theatre - fosso de orquestra

        Lin  Artigo      Descrição                                       Qtd  Un   Preço EUR     Total EUR
        ------------------------------------------------------------------------------------------------
        1    OPL-12-PM   Módulo elevador fosso orquestra - protótipo       1  un   38.400,00     38.400,00
        2    OPL-12-PM   Módulo elevador - produção (HOLD cliente)         5  un   36.900,00    184.500,00
        ------------------------------------------------------------------------------------------------
        Observações:
          Encomenda aceite / order accepted by Elevação Porto on 20.05.2024.
          PO accepted = production released: line 2 (5 modules) is scheduled for production
          start in week 23, together with the prototype, to save one transport to London.
          Norma EN 17206:2020 - ensaio de carga 1,25 x carga nominal.
        Ana Sousa - Planeamento
        """)),
])

# p23 supplier confirms the labelled forecast as firm order
_t = T("""
    Dear Mr Ramesh,

    thank you very much for the forecast. We are happy to confirm your order of 500 decks SD-2x1
    for the 2025 season; we put them in our production plan as firm order, 125 decks every
    quarter. Our order confirmation OC-24-0390 follows.

    Cordiali saluti
    Marco Bellini
    Palchi Modena S.r.l. | Via Emilia Est 812, Modena | +39 059 555 0371

    Il 21/05/2024 10:05, Ramesh Pillai <ramesh.pillai@alnoorlive.ae> ha scritto:
    """) + quote(T("""
    Hi Marco,

    As promised, our forecast for 2025: approx. 500 decks SD-2x1, depending on the Expo and the
    Yas season contracts. Forecast only - not an order, no commitment. Firm POs come quarter by
    quarter.

    Rgds
    Ramesh
    """))
case("p23_supplier_confirms_forecast_order", ["RG008"],
     "supplier confirms a forecast labelled 'not an order' as a firm order of 500 decks", [
    ("R_decks_2025.eml", eml_bytes(mail(MARCO, RAMESH, "R: Forecast 2025 - SD-2x1 decks", D(22, 11, 40, "+0200"), _t,
                                        in_reply_to="<h179-r-0123@alnoorlive.ae>"))),
])

# p24 WeChat: supplier cut sheet and ordered lenses/castings for 20 while 2 released
case("p24_wechat_material_for_20", ["RG006"],
     "supplier has bought lens sets and castings for 20 housings while 2 pilots are released (buyer restates scope)", [
    ("wechat_kevin_zhao.txt", T("""
        WeChat 聊天记录 / chat history
        Joost de Vries & Kevin Zhao 赵伟 (Huaxing)
        ----------------------------------------------
        2024-05-21 09:10  Joost de Vries: Hi Kevin, how are the 2 pilot housings for PO 7100-0466? Reminder: only 2 released, the 18 wait for Sander's sign-off and Marieke Bakker's written release.
        2024-05-21 09:35  Kevin Zhao 赵伟: Hi Joost, pilot housing painting today, ship by express on Friday.
        2024-05-21 09:36  Kevin Zhao 赵伟: also good news, we already cut the aluminium sheet and ordered 20 lens sets and 20 castings for all housings, so after sign off we finish fast 💪
        2024-05-21 09:50  Joost de Vries: ok
        """)),
])

# p25 supplier portal workflow: production starts automatically on prototype approval
case("p25_portal_auto_start", ["RG007"],
     "supplier portal says production of the 5 modules starts automatically on prototype approval, no further document", [
    ("portal_encomenda_TPG-PO-24170.html", html_page("Elevação Porto - Portal de Clientes - TPG-PO-24170", """<h2>Elevação Porto &mdash; Portal de Clientes</h2>
<p>Encomenda <b>TPG-PO-24170</b> &nbsp;|&nbsp; Cliente: Thameside Playhouse Group Ltd &nbsp;|&nbsp; Projecto: Lyric Theatre orchestra pit, OPL-12 modules</p>
<table>
<tr><th>Passo</th><th>Descri&ccedil;&atilde;o</th><th>Estado</th></tr>
<tr><td>1</td><td>Prototype module (1 un) &mdash; fabrication</td><td>concluded 22.05.2024</td></tr>
<tr><td>2</td><td>Witnessed load test in Maia, 1,25 x rated load, 6 h hold</td><td>scheduled 29.05.2024</td></tr>
<tr><td>3</td><td>Customer approval of the prototype</td><td>pending</td></tr>
<tr><td>4</td><td>Production of 5 modules</td><td>starts automatically on approval of the prototype (step 3) &mdash; no further document needed</td></tr>
</table>
<p class="note">In our workflow the customer's prototype approval is the start signal for series production. Planned delivery of the 6 modules: week 34.</p>
<p>Contacto: Ana Sousa, Planeamento &middot; +351 22 555 0463</p>""", lang="pt")),
])

# p26 memo: "released" for the SAP PO workflow and for production
case("p26_memo_release_two_meanings", ["RG009"],
     "'released' used for the SAP PO workflow and for production in one memo; scope otherwise complete", [
    ("memo_7100-0470.docx", docx_bytes([
        ("h1", "Memo - PO 7100-0470, QX30 box truss"),
        ("table", [
            ["To", "TrussPol Sp. z o.o. - Katarzyna Wiśniewska"],
            ["From", "Joost de Vries, Inkoop, Kade Podiumverhuur B.V."],
            ["Date", "15-05-2024"],
        ]),
        ("num", "PO 7100-0470 was released in SAP on 14-05 (release strategy K1, released by Finance). You can consider the PO valid."),
        ("num", "Release for production: the 6 pilot sections only."),
        ("num", B("""The remaining 174 sections are not released for production. The production release of
                  the 174 follows only after the pilot sign-off by Sander Visser, as a written release from
                  Marieke Bakker.""")),
        ("num", "Material: for the 6 pilot sections only."),
        ("p", "Met vriendelijke groet, Joost de Vries"),
    ], author="Joost de Vries")),
])

# p27 WeChat: start the pre-production sections, no number anywhere
case("p27_wechat_start_no_number", ["RG010"],
     "buyer tells supplier to start 'the pre-production truss sections' with hold, event and Juliana Ferreira, but never a number", [
    ("wechat_thiago_lily.txt", T("""
        WeChat chat history - Thiago Nunes / Lily Chen 陈丽
        2024-05-16 22:14  Thiago Nunes (Palco Sul): Lily, boa noite, pls start the pre-production truss sections HX-30 with the new spigot drawing rev C
        2024-05-16 22:15  Thiago Nunes (Palco Sul): balance stays on hold until I sign off the pre-production sections and Juliana Ferreira send the written release. no material for the balance pls
        2024-05-17 08:30  Lily Chen 陈丽: ok Thiago, received. We start pre-production sections Monday 收到
        """)),
])

# p28 go ahead with the pilot hoists only; no number; release "from our side"
_t = T("""
    Hi Petr,

    Thanks for the offer. Please go ahead with the pilot hoists only. The series remains on hold
    until the pilot hoists are signed off in our warehouse and our side sends you the written
    release.

    Obrigado e abraço,
    Rodrigo
    """) + sig("Rodrigo Almeida", "Comprador / Buyer", PALCO, PALCO_PH) + T("""

    Em 06/05/2024 08:31, Petr Dvořák <dvorak@rigtech-ostrava.cz> escreveu:
    """) + quote(T("""
    Dear Rodrigo,
    please find attached our offer RO-Q-0436 for the RH-1000 hoists, with pilot and series prices.
    Best regards / S pozdravem
    Petr Dvořák, Sales Manager, Rigtech Ostrava s.r.o.
    """))
case("p28_pilot_only_no_qty_our_side", ["RG005", "RG010"],
     "'go ahead with the pilot hoists only' (scoped, with hold and event) but no quantity anywhere and release only 'from our side'", [
    ("RE_RO-Q-0436.eml", eml_bytes(mail(RODRIGO, PETR, "RE: RH-1000 hoists - offer RO-Q-0436", D(7, 9, 15, "-0300"), _t,
                                        in_reply_to="<h179-r-0128@rigtech-ostrava.cz>"))),
])

# p29 hold notice: until further notice, Faisal named
case("p29_hold_notice_further_notice", ["RG004"],
     "hold notice: 3 authorised, 37 on hold 'until further notice'; release authority Faisal named; no unlock event", [
    ("HN-AN-0017.docx", docx_bytes([
        ("h1", "HOLD NOTICE HN-AN-0017"),
        ("table", [
            ["To", "Guangzhou Huaxing Stage Equipment Co., Ltd. - attn. Ms Lily Chen"],
            ["PO", "AN-PO-3416"],
            ["Part", "FS-2500 follow-spot housing, Rev 3"],
            ["Date", "16 May 2024"],
        ]),
        ("p", "Only the three (3) pilot housings of line 1 are authorised for production."),
        ("p", B("""The remaining thirty-seven (37) housings of line 2 are on hold until further notice. Do not
                start them and do not buy material for them.""")),
        ("p", "Release authority for this order: Faisal Al Mansoori, Procurement Manager."),
        ("p", "Regards,"),
        ("p", "Faisal Al Mansoori"),
    ], author="Faisal Al Mansoori")),
])

# p30 buyer portal PO: pilot 6 next to quoted series 180
case("p30_portal_pilot_series_column", ["RG001", "RG003", "RG004", "RG005"],
     "portal PO shows pilot 6 beside quoted series 180 with nothing on hold, no event, no release person", [
    ("inkoopportaal_7100-0474.html", html_page("Kade Inkoopportaal - Order 7100-0474", """<h2>Kade Podiumverhuur B.V. &mdash; Inkoopportaal</h2>
<p>Order <b>7100-0474</b> &nbsp;|&nbsp; Leverancier: TrussPol Sp. z o.o. (40118) &nbsp;|&nbsp; Status: verzonden naar leverancier 08-05-2024</p>
<table>
<tr><th>Regel</th><th>Artikel</th><th>Omschrijving</th><th>Pilot qty</th><th>Quoted series qty</th><th>Prijs EUR</th><th>Levering</th></tr>
<tr><td>10</td><td>TX-290-3000</td><td>QX30 box truss 3000 mm, DRG 4500 Rev 12</td><td>6</td><td>180</td><td>182,40 / 168,90</td><td>wk 22</td></tr>
</table>
<p>Please confirm the delivery date via the portal (button &laquo;Bevestigen&raquo;).</p>
<p>Inkoper: Joost de Vries &middot; +31 10 555 0142</p>""", lang="nl")),
])

# p31 PO with a quotation reference table (production 20), person named only
case("p31_po_quote_table_20", ["RG001", "RG003", "RG004"],
     "sample PO for 2 sets prints the quoted production 20 sets; names Fiona Hartley but no hold and no unlock event", [
    ("TPG-PO-24183.pdf", PDF([
        ("h1", "PURCHASE ORDER TPG-PO-24183"),
        ("p", "Thameside Playhouse Group Ltd, Bankside Works, 22 Ferry Lane, London SE1 9QX"),
        ("p", "Supplier: Scenotecnica Brianza S.r.l., Via Lecco 41, 20900 Monza (MB) - Date 20/05/2024"),
        ("sp",),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit EUR", "Total EUR"],
            ["1", "CT40-1200-BP", "CT-40 bi-parting curtain track 12 m, sample set", "2 sets", "1.480,00", "2.960,00"],
        ]),
        ("h", "Quotation reference (offer 2024/061)"),
        ("table", [
            ["Stage", "Quantity", "Price per set EUR"],
            ["Sample", "2 sets", "1.480,00"],
            ["Production", "20 sets", "1.295,00"],
        ]),
        ("sp",),
        ("p", "Release authority: Fiona Hartley, Head of Production."),
        ("p", "Delivery: DAP London, 4 weeks. Carriers M8x1.25, 48 per set. Oliver Pennington, Purchasing Manager."),
    ], title="TPG-PO-24183", author="Thameside Playhouse Group")),
])

# p32 supplier takes the deposit as go for production; material for 30
_t = T("""
    Dear Joost,

    deposit 30 % received today, thank you very much. We take this as go for production: the
    steel chain and the motors for all 30 hoists are ordered, assembly starts in week 23.

    Best regards / S pozdravem
    Petr Dvořák
    Sales Manager | Rigtech Ostrava s.r.o. | +420 596 555 214

    Tento e-mail a jeho přílohy jsou důvěrné. This e-mail and its attachments are confidential.

    From: Joost de Vries <joost.devries@kadepodium.nl>
    Sent: Wednesday, 15 May 2024 14:02
    Subject: Proforma RO-PF-24-019 - deposit

    """) + quote(T("""
    Hi Petr,

    The deposit for proforma RO-PF-24-019 is paid today. Reminder: PO 7100-0479 covers 2 sample
    hoists RH-500. The other 28 are on hold until Sander Visser signs off the samples and Marieke
    Bakker sends a written release. The deposit does not change that.

    Groet, Joost
    """))
case("p32_deposit_go_material_30", ["RG006", "RG012"],
     "supplier takes the deposit as 'go for production' and orders chain and motors for 30 hoists, against the quoted buyer scope (2 samples, 28 on hold)", [
    ("RE_RO-PF-24-019.eml", eml_bytes(mail(PETR, JOOST, "RE: Proforma RO-PF-24-019 - deposit", D(16, 8, 12, "+0200"), _t,
                                           in_reply_to="<h179-r-0132@kadepodium.nl>"))),
])

# p33 WhatsApp: PO for 3, quote 40 mentioned, supplier buys castings for 40
case("p33_whatsapp_po3_quote40_castings", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "buyer sends PO for 3 and mentions the 40 pcs quote without any hold, event or person; supplier buys castings for 40", [
    ("WhatsApp_Chat_Layla.txt", T("""
        [06/05/2024, 10:11] Layla Haddad: Hi Lily, PO AN-PO-3381 sent to your email for 3 pilot housings FS-2500. Price in your quote (40 pcs at USD 212) is within our budget 👍
        [06/05/2024, 10:25] Lily Chen Huaxing: Thank you Layla! To save time we will buy the aluminium castings for the 40 already, casting factory needs 25 days.
        [06/05/2024, 10:26] Layla Haddad: 👍
        """)),
])

# p34 pilot PO mail + PDF; season forecast 240 as firm commitment; no hold/event
_po = PDF([
    ("h1", "INKOOPORDER / PURCHASE ORDER 7100-0486"),
    ("p", "Kade Podiumverhuur B.V., Rotterdam - Datum 10-05-2024 - Inkoper J. de Vries - Leverancier TrussPol Sp. z o.o."),
    ("table", [
        ["Regel", "Artikel", "Omschrijving", "Aantal", "Prijs EUR", "Bedrag EUR"],
        ["10", "TX-290-3000", "QX30 box truss 3000 mm, DRG 4500 Rev 13 - pilot", "6", "182,40", "1.094,40"],
    ]),
    ("p", "Levering DAP Rotterdam wk 22. Betaling 30 dagen."),
], title="7100-0486", author="Kade Podiumverhuur")
_t = T("""
    Hi Katarzyna,

    Attached PO 7100-0486 for the six (6) pilot sections QX30 3 m, DRG 4500 Rev 13.

    For your planning: our forecast for the outdoor season is 240 sections. Please take the 240 as
    a firm commitment from Kade - you can count on it.

    Release authority on our side is Marieke Bakker (Operations Manager).

    Met vriendelijke groet,
    Joost
    """) + sig("Joost de Vries", "Inkoper / Purchaser", KADE, KADE_PH)
case("p34_pilot_po_240_firm", ["RG001", "RG003", "RG004", "RG008"],
     "pilot PO for 6 with a season forecast of 240 stated as firm commitment beside it; no hold, no unlock event; Marieke named", [
    ("PO_7100-0486.eml", eml_bytes(mail(JOOST, KASIA, "PO 7100-0486 QX30 pilot + season volume", D(10, 15, 20, "+0200"), _t, html=H(_t),
                                        attachments=[("7100-0486.pdf", _po, PDF_MT)]))),
])

# p35 order letter: once the samples are approved, proceed with the run of the 76
case("p35_letter_once_approved_proceed", ["RG005", "RG007"],
     "sample order letter: 'once the samples are approved, please proceed with the run of the 76' - implied auto-conversion, nobody named", [
    ("PS-4514_carta.docx", docx_bytes([
        ("h1", "Carta de pedido / Order letter - PS-4514"),
        ("p", "São Paulo, 17 de maio de 2024"),
        ("p", "Para: Palchi Modena S.r.l. - Sr. Marco Bellini"),
        ("p", "Dear Marco,"),
        ("p", "With this letter we confirm PO PS-4514 for four (4) sample tour decks SD-2010-750T."),
        ("p", "The other 76 decks of your quote PM-2024-072 are not released yet."),
        ("p", B("""Once the samples are approved, please proceed with the run of the 76 decks, so we don't lose
                time before the Verão Sul season.""")),
        ("p", "Material: for the 4 samples only until then."),
        ("p", "Atenciosamente,"),
        ("p", "Rodrigo Almeida - Comprador"),
    ], author="Rodrigo Almeida")),
])

# p36 supplier report: material for 120, production starts automatically on approval
case("p36_supplier_report_auto_material", ["RG006", "RG007"],
     "supplier report: material for 120 decks bought with 2 samples released; production of 118 to start automatically on sample approval", [
    ("stato_commessa_TPG-PO-24144.pdf", PDF([
        ("h1", "Palchi Modena S.r.l. - Stato commessa / Order status report"),
        ("p", "Customer: Thameside Playhouse Group Ltd - PO TPG-PO-24144 - SD-2x1 stage decks, PN SD-2010-750 Rev D"),
        ("sp",),
        ("table", [
            ["Item", "Qty", "Status"],
            ["Sample decks", "2", "shipped 06/05, waiting your sample approval"],
            ["Production decks", "118", "start automatically after your sample approval, week 24"],
            ["Birch plywood 18 mm, black film", "for 120 decks", "ordered 10/05, in stock wk 22"],
            ["Aluminium frame profile 6060 T66", "for 120 decks", "cut, at the anodiser"],
        ]),
        ("sp",),
        ("p", B("""Note: to hold the August delivery we buy the material for the whole order. Production of the
                118 starts the day you approve the samples; no other document is necessary.""")),
        ("p", "Giulia Rinaldi - Ufficio Tecnico - 13/05/2024"),
    ], title="Stato commessa", author="Palchi Modena")),
])

# p37 Teams: pilot approved = approved for series, no separate release
case("p37_teams_pilot_approved_series", ["RG007", "RG009"],
     "engineer says pilot approval also approves the series, 'no separate release needed', against the stated written release", [
    ("teams_QX30_pilot.txt", T("""
        Microsoft Teams - Chat: Kade / TrussPol - QX30
        [13-05-2024 08:40] Joost de Vries (Kade): Reminder for PO 7100-0481: 6 pilot sections only. The 174 are on hold until the pilot sign-off and a written release from Marieke Bakker.
        [27-05-2024 10:02] Sander Visser (Kade): Morning Marek. Load test report of the 6 pilot sections received, all fine.
        [27-05-2024 10:03] Sander Visser (Kade): So pilot sections are approved ✅ - that means they are approved for the series too, you can continue with the 174. No separate release needed, saves us a week.
        [27-05-2024 10:15] Marek Kowalczyk (TrussPol): Thank you Sander! So we start the 174 tomorrow.
        """)),
])

# p38 memo: forecast "hereby approved as our firm order"
case("p38_memo_forecast_approved_firm", ["RG008", "RG009"],
     "memo turns a 2025 forecast that depends on open tenders into 'firm order'; 'approved' for pilot test, budget and the order", [
    ("memo_FS-2500_2025.docx", docx_bytes([
        ("h1", "Supply memo - FS-2500 follow-spot housings - season 2025"),
        ("table", [
            ["To", "Guangzhou Huaxing Stage Equipment Co., Ltd. - Ms Lily Chen"],
            ["From", "Faisal Al Mansoori, Procurement Manager, Al Noor Live Events LLC"],
            ["Date", "28 May 2024"],
        ]),
        ("num", "Pilot housings (PO AN-PO-3420): approved by Ramesh Pillai after the photometric and thermal test, report TR-AN-0092."),
        ("num", B("""Our 2025 forecast is 120 housings (Expo hall and three touring rigs; the Expo hall contract and
                  two of the tours are still open tenders). The 2025 budget was approved by the board on 26 May.""")),
        ("num", "Therefore this forecast is hereby approved as our firm order for 2025: 120 housings, delivery in 4 lots of 30."),
        ("p", "Kindly confirm by return."),
        ("p", "Faisal Al Mansoori"),
    ], author="Faisal Al Mansoori")),
])

# p39 firm order of 60 in mail vs 80 "FIRM" in the attached forecast sheet
_plan = PDF([
    ("h1", "Palco Sul - Planejamento de temporada 2025 (previsão / forecast)"),
    ("p", "Versão 3 - 20/05/2024 - Thiago Nunes"),
    ("table", [
        ["Item", "Evento", "Qtd", "Status"],
        ["HX-30 truss 3 m", "Verão Sul 2025", "80", "FIRM"],
        ["HX-30 corner 4-way", "Verão Sul 2025", "16", "FIRM"],
        ["HX-30 truss 2 m", "Turnê Sul 2025", "24", "previsão"],
    ]),
], title="Planejamento 2025", author="Palco Sul")
_t = T("""
    Hi Lily,

    Based on our season forecast, please consider sixty (60) HX-30 3 m sections as our firm order
    for Verão Sul 2025. Delivery Santos by 30 November.

    Attached our planning sheet.

    Abraço,
    Rodrigo
    """) + sig("Rodrigo Almeida", "Comprador / Buyer", PALCO, PALCO_PH)
case("p39_firm_60_vs_sheet_80", ["RG008", "RG011"],
     "mail makes 60 sections of the season forecast a firm order; the attached forecast sheet marks 80 of the same item and event FIRM", [
    ("Verao_Sul_2025_HX-30.eml", eml_bytes(mail(RODRIGO, LILY, "Verão Sul 2025 - truss HX-30", D(21, 10, 5, "-0300"), _t, html=H(_t),
                                                attachments=[("Planejamento_2025.pdf", _plan, PDF_MT)]))),
])

# p40 multi-file: PO for 3 pilot (complete scope) + proforma for 40, production on deposit
case("p40_multi_po_proforma", ["RG011", "RG012"],
     "PO: 3 pilot, 37 on hold (Ramesh sign-off, Faisal release); supplier proforma against the same PO bills 40 and starts production on deposit", [
    ("AN-PO-3425.pdf", PDF([
        ("h1", "PURCHASE ORDER AN-PO-3425"),
        ("p", "Al Noor Live Events LLC - Al Quoz Industrial Area 3, Dubai - Date: 20 May 2024"),
        ("p", "Supplier: Guangzhou Huaxing Stage Equipment Co., Ltd."),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
            ["1", "FSH-2500-R3", "FS-2500 follow-spot housing - pilot", "3", "236.00", "708.00"],
        ]),
        ("sp",),
        ("p", B("""Scope: 3 (three) pilot housings released. The balance of 37 housings is not released and
                stays on hold until Ramesh Pillai signs off the pilot and Faisal Al Mansoori sends a written
                release. Material authority: pilot only.""")),
        ("p", "Faisal Al Mansoori, Procurement Manager"),
    ], title="AN-PO-3425", author="Al Noor Live Events")),
    ("HX-PI-2405-19.pdf", PDF([
        ("h1", "PROFORMA INVOICE HX-PI-2405-19"),
        ("p", "Guangzhou Huaxing Stage Equipment Co., Ltd. - No. 18 Xinghua Road, Panyu District, Guangzhou"),
        ("p", "Buyer: Al Noor Live Events LLC, Dubai - Your PO: AN-PO-3425 - Date: 22 May 2024"),
        ("table", [
            ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "FS-2500 follow-spot housing, RAL 9005", "40 pcs", "212.00", "8,480.00"],
            ["", "", "", "Total CIF Jebel Ali", "8,480.00"],
        ]),
        ("sp",),
        ("p", "Payment: 30% deposit USD 2,544.00 by T/T, balance before shipment."),
        ("p", "Production start: upon receipt of the deposit. Lead time 35 days after deposit."),
        ("p", "Bank: Bank of Guangzhou, Panyu branch, SWIFT code on request. Amy Liang, Export Dept."),
    ], title="HX-PI-2405-19", author="Huaxing")),
])

# p41 multi-file: portal PO 4 samples (release by an unnamed department) + chat says 6 samples
case("p41_multi_portal_chat_4_vs_6", ["RG005", "RG011"],
     "portal PO: 4 sample decks, 76 on hold until sign-off and release by 'Diretoria de Produção' (no name); chat calls the same PO 6 sample decks", [
    ("portal_PS-4520.html", html_page("Palco Sul - Portal de Fornecedores - PS-4520", """<h2>Palco Sul Produ&ccedil;&otilde;es &mdash; Portal de Fornecedores</h2>
<p>Pedido <b>PS-4520</b> &nbsp;|&nbsp; Fornecedor: Palchi Modena S.r.l. &nbsp;|&nbsp; Emiss&atilde;o 22/05/2024 &nbsp;|&nbsp; Comprador: Rodrigo Almeida</p>
<table>
<tr><th>Item</th><th>C&oacute;digo</th><th>Descri&ccedil;&atilde;o</th><th>Qtd</th><th>Unit EUR</th></tr>
<tr><td>1</td><td>SD-2010-750T</td><td>Tour deck 2 x 1 m &mdash; sample decks</td><td>4</td><td>455,00</td></tr>
</table>
<div class="note">Balance of 76 decks (quote PM-2024-072) NOT released &mdash; on hold until the sample sign-off and a written release from the Diretoria de Produ&ccedil;&atilde;o. Material: samples only.</div>""", lang="pt")),
    ("WhatsApp_Chat_Marco.txt", T("""
        [22/05/2024, 16:20] Rodrigo Almeida: Marco, boa tarde! PO PS-4520 for the 6 sample decks is in the portal, pls confirm 🙏
        [22/05/2024, 16:48] Marco Bellini Palchi: Ciao Rodrigo, ok, 6 samples, we confirm. Delivery 3 weeks.
        """)),
])

# p42 forward (rfc822): finance "approved" + drawing "approved" + "approved, proceed"
_fin = mail("Eva Jansen <eva.jansen@kadepodium.nl>", JOOST, "PO 7100-0482 rev 1 goedgekeurd", "Mon, 27 May 2024 16:44:00 +0200", T("""
    Hoi Joost,

    PO 7100-0482 rev 1 is approved in SAP (budget, cost centre 4410).
      Line 10  QX30 3 m pilot     6 pcs
      Line 20  QX30 3 m series  174 pcs - on hold, not released until the pilot sign-off and a
               written release by Marieke Bakker.

    Groet,
    Eva Jansen
    Finance / Crediteuren - Kade Podiumverhuur B.V.
    """))
_t = T("""
    Hi Katarzyna,

    See below from our finance: PO 7100-0482 rev 1 is approved. Sander also approved the drawing
    rev C of the spigot plate last Friday.

    So: approved, proceed.

    Groet,
    Joost
    """) + sig("Joost de Vries", "Inkoper / Purchaser", KADE, KADE_PH)
case("p42_forward_finance_approved_proceed", ["RG002", "RG009"],
     "forward of a finance approval: 'approved' for budget and for a drawing, then 'approved, proceed' with no quantity or sample scope; forwarded PO lines keep the hold", [
    ("Fw_PO_7100-0482.eml", eml_bytes(mail(JOOST, KASIA, "FW: PO 7100-0482 rev 1 goedgekeurd", D(28, 8, 31, "+0200"), _t,
                                           attachments=[("rfc822", _fin)]))),
])

# p43 ERP PO: pilot 3 with quoted series 40 printed, nothing else
case("p43_erp_pilot_quote_series", ["RG001", "RG003", "RG004", "RG005"],
     "ERP pilot PO for 3 prints the quoted series 40; no hold, no unlock event, no release person", [
    ("AN-PO-3430.txt", T("""
        AL NOOR LIVE EVENTS LLC                                          PURCHASE ORDER
        Al Quoz Industrial Area 3, Dubai, UAE                            Page 1 of 1
        ----------------------------------------------------------------------------------------
        PO Number : AN-PO-3430          Revision : 0         Date : 09-MAY-2024
        Supplier  : GUANGZHOU HUAXING STAGE EQUIPMENT CO., LTD (Site: PANYU)
        Ship To   : AL QUOZ IND. AREA 3, WAREHOUSE 7, DUBAI
        Buyer     : LAYLA HADDAD
        ----------------------------------------------------------------------------------------
        Line  Item          Description                         Qty  UOM   Unit Price      Amount
        1     FSH-2500-R3   FOLLOW SPOT HOUSING FS-2500 PILOT     3  EA        236.00      708.00
              Quote ref HX-Q-2405-021: series 40 EA @ USD 212.00
        ----------------------------------------------------------------------------------------
                                                              Total USD               708.00
        Terms : CIF JEBEL ALI / NET 30 DAYS
        Notes : Powder coat RAL 9005. Lamp 2500 W class, IP20. Packing in export cartons.
        """)),
])

# p44 WhatsApp: deposit paid, so production can start - no quantity anywhere
case("p44_whatsapp_deposit_start_no_qty", ["RG010", "RG012"],
     "buyer: deposit paid 'so production can start now'; full catalogue order, no quantity stated anywhere", [
    ("WhatsApp_Chat_Kasia.txt", T("""
        [17/05/2024, 09:05] Katarzyna Wiśniewska: Dzień dobry Thiago! Proforma PF/24/0211 for the tower truss order is in your mail, 30% deposit please.
        [21/05/2024, 15:40] Thiago Nunes: Hi Kasia! o sinal (deposit) for the tower truss order was paid yesterday, finance sent the comprovante. So production can start now 🚀
        [21/05/2024, 15:58] Katarzyna Wiśniewska: Hello Thiago, thank you, I check with our accounting and come back.
        """)),
])

# p45 sample authorisation without quantity, event or person
case("p45_sample_auth_nothing_else", ["RG004", "RG005", "RG010"],
     "'please proceed with the sample track sets; production is not released yet' - no quantity, no unlock event, no release person", [
    ("autorizacao_CT-40.docx", docx_bytes([
        ("h1", "Autorização de amostras / Sample authorisation"),
        ("table", [
            ["Para / To", "Scenotecnica Brianza S.r.l. - Chiara Galli"],
            ["Ref.", "Your offer 2024/077 - CT-40 curtain track for Teatro Palco Sul, Vila Leopoldina"],
            ["Data", "24/05/2024"],
        ]),
        ("p", "Please proceed with the sample track sets. Production is not released yet."),
        ("p", "Material: samples only."),
        ("p", "Atenciosamente,"),
        ("p", "Rodrigo Almeida - Comprador, Palco Sul Produções e Eventos Ltda."),
    ], author="Rodrigo Almeida")),
])


# ===================================================================== build
def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)) == 70, len(names)
    assert sum(1 for c in CASES if not c["expect"]) == 25
    for r in range(1, 13):
        rid = f"RG{r:03d}"
        n = sum(1 for c in CASES if rid in c["expect"])
        assert n >= 6, (rid, n)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(179179).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        stem = Path(c["files"][0][0]).stem
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", stem)
        folder = f"h179_{i:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(order)} cases to {OUT}")


if __name__ == "__main__":
    main()
