#!/usr/bin/env python3
"""Generator for the releasegate check_holdout202 corpus (tyre and wheel-service equipment).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout202/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
DOCX zip timestamps, seeded shuffle).
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
    m["Message-ID"] = msgid or f"<h202-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h202")
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


# ------------------------------------------------------------ local helpers
def q(text, level=1):
    """Quote text the way mail clients do ("> " per level)."""
    pre = ">" * level
    return "\n".join((pre + " " + ln) if ln else pre for ln in text.strip("\n").splitlines())


def pdfx(blocks, **kw):
    """pdf() with a guard: the standard Type-1 fonts only carry cp1252 glyphs."""
    for b in blocks:
        for part in b[1:]:
            cells = part if isinstance(part, list) else [part]
            for c in cells:
                for s in (c if isinstance(c, (list, tuple)) else [c]):
                    str(s).encode("cp1252")
    return pdf(blocks, **kw)


def txt(s):
    return s.strip("\n") + "\n"


# Parties (all fictional)
RAV = "Officine Ravelli S.p.A."
BRA = "Reifen Brandl GmbH"
FMX = "FrotaMax Serviços de Frota Ltda."
HVD = "Highveld Truck Tyre Depot (Pty) Ltd"
CYP = "Chang Yuan Precision Co., Ltd."
OZK = "Özkaya Makina San. ve Tic. A.Ş."
HXN = "Yantai Haixin Auto Parts Co., Ltd."
KOL = "Strojírny Kolář s.r.o."
HVB = "Herramientas y Válvulas del Bajío S.A. de C.V."

GIULIA = "Giulia Ferretti <g.ferretti@ravelli-officine.it>"
MARCO = "Marco Benassi <m.benassi@ravelli-officine.it>"
JENS = "Jens Hofmeister <jens.hofmeister@reifen-brandl.de>"
RAFAEL = "Rafael Nogueira <rafael.nogueira@frotamax.com.br>"
PIETER = "Pieter van der Merwe <pieter@highveldtyre.co.za>"
KEVIN = "Kevin Lin <kevin.lin@changyuan-prec.com.tw>"
AMY = "Amy Chen <amy.chen@changyuan-prec.com.tw>"
MURAT = "Murat Yıldız <murat.yildiz@ozkayamakina.com.tr>"
ELIF = "Elif Demir <elif.demir@ozkayamakina.com.tr>"
SUNNY = "Sunny Wang <sunny@haixin-weights.cn>"
PETR = "Petr Novák <novak@kolar-zlin.cz>"
JANA = "Jana Dvořáková <dvorakova@kolar-zlin.cz>"
ALEJANDRO = "Alejandro Ruiz <aruiz@hvbajio.com.mx>"
MARIANA = "Mariana López <mlopez@hvbajio.com.mx>"


# =================================================================== CLEAN
# c01 supplier quote with sample and production tiers, nothing authorized
case("c01_quote_tiers", [], "Supplier quotation with sample and two production tiers; no authorization in the bundle (conv 4).", [
    ("CY-Q24-0418.txt", txt("""
CHANG YUAN PRECISION CO., LTD.
No. 88, Gongye 3rd Rd., Xitun Dist., Taichung 40768, Taiwan (R.O.C.)
Tel: +886-4-2359-0418   Fax: +886-4-2359-0419

                          QUOTATION
Quotation No.: CY-Q24-0418                      Date: 2024/04/18
To   : Officine Ravelli S.p.A.  Attn: Ms. Giulia Ferretti (Purchasing)
Item : Balancer main shaft D40 x 300, thread M40x3, 42CrMo4 QT,
       induction hardened 55+/-2 HRC, runout <= 0.02
Your drawing: RAV-BS-40300  DRG 1200 Rev 8

------------------------------------------------------------------------
 Tier                  Qty          Unit price    Lead time
------------------------------------------------------------------------
 Samples (T1)          20 pcs       USD 48.50     35 days after PO
 Production tier A     1,200 pcs    USD 21.80     60 days after release
 Production tier B     2,400 pcs    USD 20.40     60 days after release
------------------------------------------------------------------------

Remarks:
1. Sample price include turning fixture and CMM report (3 pcs full dimension).
2. Production price valid 90 days, base on steel price of April 2024.
3. Production tier is only quote. We start production only after your written
   production release; a sample PO covers the samples only.
4. Payment: T/T 30 days after B/L date.  Packing: VCI bag + wooden case.
5. Our factory certified ISO 9001:2015.

Thank you for your inquiry, we hope to get your order soon.

Best regards,
Kevin Lin / Sales Manager
Chang Yuan Precision Co., Ltd.
""")),
])

# c02 buyer RFQ with three scenarios (multipart/alternative + text attachment)
_c02_text = """Dear Murat,

as spoken at Autopromotec, please find our request for quotation for the bead breaker blade
of the new RT-26 tyre changer.

RFQ 24-031 - bead breaker blade BB-180, drawing RAV-BB-180 Rev C (attached list)

Please quote three scenarios, per year:
  - scenario A: 500 pcs
  - scenario B: 1.000 pcs
  - scenario C: 2.500 pcs
plus ten (10) samples with full dimensional report and 3.1 certificate (EN 10204).

This is only a request for quotation, not an order. Please do not buy material and do not
start anything. The order, if any, will follow with a separate PO.

Deadline for your offer: 24 May 2024. Incoterm FCA Bursa.

Thank you and best regards
Giulia
""" + sig("Giulia Ferretti", "Ufficio Acquisti / Purchasing", RAV + ", Correggio (RE)", "+39 0522 690 114")
_c02_html = """<html><body style="font-family:Calibri,sans-serif">
<p>Dear Murat,</p>
<p>as spoken at Autopromotec, please find our request for quotation for the bead breaker blade of the new RT-26 tyre changer.</p>
<p><b>RFQ 24-031 - bead breaker blade BB-180</b>, drawing RAV-BB-180 Rev C (attached list)</p>
<table border="1" cellpadding="3"><tr><th>Scenario</th><th>Qty / year</th></tr>
<tr><td>A</td><td>500 pcs</td></tr><tr><td>B</td><td>1.000 pcs</td></tr><tr><td>C</td><td>2.500 pcs</td></tr>
<tr><td>Samples</td><td>10 pcs, full dimensional report, 3.1 cert. (EN 10204)</td></tr></table>
<p>This is only a request for quotation, not an order. Please do not buy material and do not start anything.
The order, if any, will follow with a separate PO.</p>
<p>Deadline for your offer: 24 May 2024. Incoterm FCA Bursa.</p>
<p>Thank you and best regards<br>Giulia</p>
<p style="color:#777">-- <br>Giulia Ferretti<br>Ufficio Acquisti / Purchasing<br>Officine Ravelli S.p.A., Correggio (RE)</p>
</body></html>"""
_c02_att = """RFQ 24-031  item list
pos;part no.;description;material;drawing;note
1;RAV-BB-180;bead breaker blade 180 mm;C45 hardened 50-54 HRC;RAV-BB-180 Rev C;edge radius R2
2;RAV-BB-180-P;pin D16 x 62;42CrMo4;RAV-BB-180 Rev C sheet 2;zinc plated 8 um
"""
case("c02_rfq_scenarios", [], "Buyer RFQ with three yearly quantity scenarios, explicitly not an order; nothing authorized.", [
    ("RFQ_24-031.eml", eml_bytes(mail(GIULIA, MURAT, "RFQ 24-031 - lama stallonatore / bead breaker blade BB-180",
        "Mon, 13 May 2024 10:41:00 +0200", _c02_text, html=_c02_html,
        attachments=[("RFQ_24-031_items.txt", _c02_att, "text/plain")]))),
])

# c03 WhatsApp: supplier asks for go-ahead, buyer answers with complete scope
case("c03_whatsapp_question", [], "Supplier's go-ahead question is not an approval; buyer answer states 40 boxes, balance on hold, sign-off + written release by Johan Botha.", [
    ("WhatsApp_Chat_Sunny_Haixin.txt", txt("""
03/06/2024, 08:14 - Sunny Wang Haixin: Good morning Pieter 😊 the 40 sample boxes truck clip-on (TW-Fe-100 / TW-Fe-150) are packed, DHL pick up tomorrow
03/06/2024, 08:15 - Sunny Wang Haixin: May I ask, do we have go ahead for the 1 800 boxes also? Our line is free in week 25
03/06/2024, 08:31 - Pieter vd Merwe: Morning Sunny. No, not yet
03/06/2024, 08:33 - Pieter vd Merwe: Only the 40 sample boxes on PO HV-PO-24-0611 are released. The 1 800 boxes balance stays on hold, it is NOT released
03/06/2024, 08:35 - Pieter vd Merwe: First Thandi must sign off the samples on our balancers in Germiston, then Johan Botha (our MD) sends you the production release in writing. Nothing before that please, also no steel for the 1 800
03/06/2024, 08:36 - Sunny Wang Haixin: Understand. Only 40 boxes, and we wait the written release from Mr Botha 🙏
03/06/2024, 08:36 - Pieter vd Merwe: 👍 Thanks Sunny
""")),
])

# c04 clearly labelled forecast
case("c04_labelled_forecast", [], "Demand forecast labelled non-binding, not an order, no material authority; no authorization.", [
    ("BV_2024-H2_Haixin.pdf", pdfx([
        ("h1", "Bedarfsvorschau / Demand forecast 2024-H2"),
        ("p", "Reifen Brandl GmbH, Zentraleinkauf, Osthafen 7, 93055 Regensburg, Germany"),
        ("p", "To: Yantai Haixin Auto Parts Co., Ltd., Ms. Sunny Wang. Date: 03.06.2024. Ref.: BV-24-H2-017"),
        ("h", "FORECAST ONLY - NOT AN ORDER"),
        ("table", [
            ["Part no.", "Description", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
            ["RB-AW-12x5", "Adhesive weight strip 12 x 5 g, steel, grey", "900", "1.100", "1.400", "2.000", "2.200", "1.000"],
            ["RB-AW-4x10", "Adhesive weight strip 4 x 10 g, steel, grey", "300", "300", "450", "600", "600", "250"],
        ]),
        ("p", "Quantities in cartons (100 strips per carton)."),
        ("p", "This forecast is non-binding and for your capacity planning only. It is not a purchase order, "
              "not a production release and gives no material authority. Reifen Brandl orders only by separate "
              "call-offs in writing; quantities in this forecast may change without notice."),
        ("p", "Winter season peak (Oct-Nov) is typical for our 46 branches; please plan your capacity accordingly."),
        ("p", "Jens Hofmeister, Einkauf / Purchasing"),
    ], title="BV-24-H2-017", author="Reifen Brandl Einkauf")),
])

# c05 sample sign-off approved for fit check only
case("c05_signoff_fitcheck", [], "Sign-off 'approved for fit check only; production not released', 12 pcs, 588 on hold, endurance sign-off + written release by Stefano Ravelli.", [
    ("Benestare_RC-1026_24-017.docx", docx_bytes([
        ("h1", "Benestare campionatura / Sample sign-off record SSR-24-017"),
        ("p", "Officine Ravelli S.p.A. - Ufficio Tecnico, Correggio"),
        ("table", [
            ["Field", "Value"],
            ["Supplier", "Strojírny Kolář s.r.o., Zlín (CZ)"],
            ["Part", "Rim clamp jaw 10-26\", PN RAV-RC-1026, DRG 1026-07 Rev 8"],
            ["PO", "4500231902 - sample line 12 pcs"],
            ["Samples received", "12 pcs on 06/05/2024"],
            ["Quoted production quantity", "588 pcs - NOT RELEASED"],
        ]),
        ("h", "Disposition"),
        ("p", "Approved for fit check only; production not released."),
        ("p", "The 12 samples fit the RT-24 turntable and clamp rims 10\" to 26\" without play. The endurance "
              "test (50 000 clamping cycles on the test bench) is still running and is not part of this sign-off."),
        ("h", "What happens next"),
        ("li", "The 588 pcs stay on hold. Nothing beyond the 12 samples may be produced."),
        ("li", "Unlock event: final sign-off after the 50 000-cycle endurance test, then a written production release."),
        ("li", "Only Stefano Ravelli (Direttore Operativo) may release the 588 pcs, in writing."),
        ("li", "Material authority: sample-only (12 pcs)."),
        ("sp",),
        ("p", "Signed: Marco Benassi, Ufficio Tecnico - 08/05/2024"),
    ], author="Marco Benassi")),
])

# c06 full-quantity PO, proceed with all
case("c06_full_qty_po", [], "Repeat PO for the full 2 000 boxes, no samples; 'proceed' names the quantity; no balance exists.", [
    ("HV-PO-24-0702.pdf", pdfx([
        ("h1", "PURCHASE ORDER HV-PO-24-0702"),
        ("p", "Highveld Truck Tyre Depot (Pty) Ltd, 14 Refinery Road, Germiston 1401, Gauteng, South Africa. "
              "VAT 4710 2583 96"),
        ("p", "Supplier: Yantai Haixin Auto Parts Co., Ltd., Yantai, Shandong, China. Date: 02/07/2024. Buyer: Pieter van der Merwe"),
        ("table", [
            ["Line", "Part", "Description", "Qty (boxes)", "Unit USD", "Total USD"],
            ["1", "TW-Fe-050", "Truck clip-on weight 50 g, steel, 22.5\" rim", "600", "4.10", "2,460.00"],
            ["2", "TW-Fe-100", "Truck clip-on weight 100 g, steel, 22.5\" rim", "800", "6.95", "5,560.00"],
            ["3", "TW-Fe-200", "Truck clip-on weight 200 g, steel, 22.5\" rim", "600", "12.40", "7,440.00"],
            ["", "", "Total", "2,000", "", "15,460.00"],
        ]),
        ("p", "Repeat order, parts unchanged from PO HV-PO-23-1187. No samples required."),
        ("p", "This PO covers the full quantity. Please proceed with all 2 000 boxes as per the table above. "
              "Shipment FOB Yantai in week 33, 50 boxes per pallet, SABS marking on the carton."),
        ("p", "Payment: 60 days from B/L. Please acknowledge within 3 working days."),
        ("p", "Pieter van der Merwe, Buyer"),
    ], title="HV-PO-24-0702", author="Highveld Purchasing")),
])
# c07 buyer portal call-off with explicit staged material authority above release
case("c07_portal_calloff_staged", [], "Call-off releases 150 of 600; explicit staged material authority up to 450; balance 450 on hold until next call-off by Paulo Teixeira.", [
    ("FrotaMax_portal_CO-2024-0147.html", html_page("FrotaMax - Portal de Fornecedores - CO-2024-0147", """
<h2>FrotaMax Serviços de Frota - Portal de Fornecedores</h2>
<p>Fornecedor / Supplier: <b>Herramientas y Válvulas del Bajío S.A. de C.V.</b> (León, Gto., MX) &middot; Código 100452</p>
<h3>Programação / Call-off CO-2024-0147</h3>
<table>
<tr><th>Item</th><th>Descrição / Description</th><th>Contrato / Contract</th><th>Liberado agora / Released now</th><th>Entrega</th></tr>
<tr><td>FM-VT-0410</td><td>Ferramenta de válvula 4-em-1 / valve tool 4-in-1 (core, cap, thread M5x0.7, reamer)</td><td>600 pcs</td><td><b>150 pcs</b></td><td>semana 30</td></tr>
</table>
<div class="note">
<p><b>Escopo / Scope of this call-off</b></p>
<ul>
<li>Released for production now: <b>150 pcs</b> (this call-off CO-2024-0147).</li>
<li>Material authority: <b>staged up to 450 pcs</b> - you may buy brass bar CW614N and steel tips for up to 450 pcs at FrotaMax's liability. No material beyond 450 pcs.</li>
<li>Balance of the contract: <b>450 pcs on hold, not released</b>.</li>
<li>Unlock event: the next call-off in this portal. Call-offs are issued in writing by <b>Paulo Teixeira, Diretor de Operações</b>.</li>
</ul>
</div>
<p>Publicado em 10/06/2024 por Rafael Nogueira (Compras). Dúvidas: compras@frotamax.com.br</p>
""", lang="pt-BR").encode("utf-8")),
])

# c08 signed auto-conversion record
case("c08_autoconversion_record", [], "Explicit, signed auto-conversion: approved sign-off releases 800 of 2 400, conditions named; 1 600 on hold until written release by Dr. Wendt.", [
    ("Vereinbarung_4700018830.docx", docx_bytes([
        ("h1", "Agreement on auto-conversion - PO 4700018830"),
        ("p", "Reifen Brandl GmbH (buyer) and Özkaya Makina San. ve Tic. A.Ş. (supplier). Recorded 21.05.2024, "
              "before the sample sign-off."),
        ("table", [
            ["Item", "Value"],
            ["Part", "Bead breaker blade BB-180, PN RB-4471-180, drawing 180-04 Rev C"],
            ["Sample quantity (PO 4700018830 pos. 10)", "20 pcs - released by the PO"],
            ["Quoted production quantity", "2 400 pcs (firm, quote TK-2024-0512)"],
            ["Auto-conversion quantity", "800 pcs"],
            ["Balance after auto-conversion", "1 600 pcs - on hold, not released"],
        ]),
        ("h", "Auto-conversion statement"),
        ("p", "If the sample sign-off by Sabine Krüger (Werkstatttechnik) has the result 'approved' without "
              "deviations, 800 pcs of the production quantity are released automatically on the date of that "
              "sign-off. No further document is needed for these 800 pcs."),
        ("p", "Conditions: dimensional report per drawing 180-04 Rev C on 5 pcs; hardness 52-56 HRC on 5 pcs; "
              "salt-spray 240 h per ISO 9227 without red rust. A sign-off 'interim' or 'rejected' releases nothing."),
        ("h", "Balance and material"),
        ("p", "The remaining 1 600 pcs stay on hold, not released, until a written release by Dr. Tobias Wendt "
              "(Leiter Beschaffung). Material authority: staged up to 800 pcs."),
        ("sp",),
        ("p", "Signed: Dr. Tobias Wendt, Leiter Beschaffung, Reifen Brandl GmbH - 21.05.2024"),
        ("p", "Acknowledged: Murat Yıldız, Export Sales, Özkaya Makina - 22.05.2024"),
    ], author="Tobias Wendt")),
])

# c09 old quote forwarded as rfc822, declared informational
_c09_old = mail(ALEJANDRO, RAFAEL, "Cotización HVB-22-0388 herramienta de núcleo de válvula",
    "Thu, 17 Nov 2022 16:05:00 -0600",
    """Estimado Rafael,

as requested our quotation for the valve core tool (like your sample FM-VT-0412):

  - 5.000 pcs: USD 1.92 each
  - 10.000 pcs: USD 1.78 each
  tooling: USD 850, lead time 6 weeks

Prices valid until 31 Dec 2022.

Saludos,
Alejandro
""" + sig("Alejandro Ruiz", "Ventas / Sales", HVB, "+52 477 712 0388"))
_c09_text = """Alejandro, bom dia!

Forwarding below your old quote from 2022 (5.000 pcs). This is only for information, for the
price history our controller asked about. It is NOT an order and nothing in it is released.

The current order is PO FM-45-20318: thirty (30) samples of the valve core tool FM-VT-0412.
The balance of 2.970 pcs from your new quote HVB-24-0151 is on hold and not released, until
Camila Duarte (Engenharia) signs off the samples and Paulo Teixeira (Diretor de Operações)
sends you the production release in writing. Material only for the 30 samples, please.

Abraço,
Rafael
""" + sig("Rafael Nogueira", "Compras", FMX + ", Curitiba PR", "+55 41 3021 5580")
case("c09_forward_old_quote", [], "Old 5.000 pcs quote forwarded as rfc822 and declared informational; current scope complete (30 samples, 2.970 on hold, sign-off + Paulo Teixeira).", [
    ("Fwd_Cotizacion_HVB-22-0388.eml", eml_bytes(mail(RAFAEL, ALEJANDRO,
        "Fwd: Cotización HVB-22-0388 herramienta de núcleo de válvula - only for info",
        "Tue, 11 Jun 2024 09:22:00 -0300", _c09_text, attachments=[("rfc822", _c09_old)]))),
])

# c10 buyer reply correcting a quoted supplier auto-conversion assumption
_c10_quoted = """Dear Giulia Hanım,

samples of cylinder BB-CYL-63 (10 pcs) shipped today with UPS, tracking 1Z 4E7 F12 04 5521 8830.
Once you approve the samples we will roll straight into the 1 170 pcs to keep the date,
material is ready to order.

Best regards,
Murat Yıldız
Özkaya Makina"""
_c10_text = """Dear Murat,

thank you for the shipment. One correction to your mail below, please read carefully:

No. Sample approval does not release production. PO 4500232011 covers the 10 sample cylinders
only. The 1 170 pcs balance stays on hold, not released, until
  1) Marco Benassi (Ufficio Tecnico) signs off the samples, and
  2) Stefano Ravelli (Direttore Operativo) sends you the production release in writing.

Please do not buy material beyond the 10 samples until you receive that release.

Kind regards
Giulia

On Tue, 28 May 2024 at 14:02 Murat Yıldız <murat.yildiz@ozkayamakina.com.tr> wrote:
""" + q(_c10_quoted) + "\n" + sig("Giulia Ferretti", "Ufficio Acquisti / Purchasing", RAV, "+39 0522 690 114")
case("c10_reply_corrects_quoted", [], "Quoted supplier 'roll straight into the 1 170' is corrected by the buyer: 10 samples only, balance on hold, sign-off + written release by Stefano Ravelli (conv 3, 9).", [
    ("Re_BB-CYL-63_samples.eml", eml_bytes(mail(GIULIA, MURAT, "Re: BB-CYL-63 samples shipped",
        "Wed, 29 May 2024 08:47:00 +0200", _c10_text, in_reply_to="<h202-ozk-0528@ozkayamakina.com.tr>"))),
])

# c11 WhatsApp: deposit does not release production
case("c11_deposit_not_release", [], "Supplier states the deposit does not release production; buyer scope complete (20 samples, 980 on hold, Camila sign-off + Paulo Teixeira).", [
    ("WhatsApp_Chat_Ozkaya_Murat.txt", txt("""
[12/06/2024 10:02:11] Rafael Nogueira: Bom dia Murat! Deposit 30% for the tooling and the 20 sample bead breakers BB-H10 sent yesterday, comprovante in your mail
[12/06/2024 10:20:47] Murat Yıldız: Günaydın Rafael Bey, deposit received, thank you 🙏
[12/06/2024 10:21:30] Murat Yıldız: For clarity: the deposit does not release production. We make only the 20 samples on PO FM-45-20355
[12/06/2024 10:25:02] Rafael Nogueira: Perfeito, exactly. Only the 20 samples
[12/06/2024 10:26:15] Rafael Nogueira: The balance of 980 pcs stays on hold, not released, until Camila Duarte signs off the samples and Paulo Teixeira sends you the written release
[12/06/2024 10:26:40] Rafael Nogueira: And no material for the 980 please, only for the samples
[12/06/2024 10:27:05] Murat Yıldız: Tamam, clear 👍
""")),
])

# c12 supplier acknowledgement restating hold and sample-only material
case("c12_supplier_ack", [], "Supplier acknowledgement restating 16 sample sets, 784 on hold, sample-only material, sign-off + Dr. Wendt; non-authorizing and complete.", [
    ("AB-2024-0519.pdf", pdfx([
        ("h1", "Order acknowledgement AB-2024-0519"),
        ("p", "Strojirny Kolar s.r.o., trida Tomase Bati 1204, 760 01 Zlin, Czech Republic. ICO 26 914 081"),
        ("p", "Customer: Reifen Brandl GmbH, Regensburg - Mr. Jens Hofmeister. Your PO: 4700018871 of 14.05.2024. Date: 16.05.2024"),
        ("table", [
            ["Pos.", "Article", "Description", "Qty", "Status"],
            ["10", "KZ-RC4-22", "Rim clamp set RC-4 (4 jaws), for tyre changer 10-24\"", "16 sets", "confirmed - samples"],
            ["info", "KZ-RC4-22", "Production quantity per quote NAB-24-0311", "784 sets", "on hold - not released (information only)"],
        ]),
        ("p", "We confirm the scope exactly as written in your PO: we produce the 16 sample sets only."),
        ("p", "Material authority: sample-only. We buy material (C45 bar, springs) for 16 sets only."),
        ("p", "The balance of 784 sets we will start only after your sample sign-off (Mrs. Sabine Krüger) and "
              "the written production release from Dr. Tobias Wendt."),
        ("p", "Delivery of samples: week 23, DAP Regensburg."),
        ("p", "S pozdravem / Best regards, Petr Novak, obchod / sales"),
    ], title="AB-2024-0519", author="Kolar sales")),
])

# c13 interim sign-off with quantity and date limits
case("c13_interim_signoff", [], "Interim sign-off with limits: 200 boxes released until 30.06.2024 by Dr. Wendt; 1 000 not released, needs final sign-off + written release.", [
    ("PPF-2024-033_Haixin.docx", docx_bytes([
        ("h1", "Interim sample sign-off PPF-2024-033"),
        ("p", "Reifen Brandl GmbH - Werkstatttechnik / Qualität, Regensburg"),
        ("table", [
            ["Field", "Value"],
            ["Supplier", "Yantai Haixin Auto Parts Co., Ltd."],
            ["Part", "Adhesive weight strip 12 x 5 g, steel, RB-AW-12x5"],
            ["PO", "4700018905 (200 boxes interim + 1 000 boxes per quote HX-240409)"],
            ["Disposition", "INTERIM"],
            ["Quantity limit", "max. 200 boxes"],
            ["Date limit", "delivered by 30.06.2024"],
        ]),
        ("p", "Reason for interim: adhesion test after 500 h humidity (ISO 6270-2) not finished. All dimensional "
              "and weight checks OK (5 g +/- 0,3 g on 50 strips)."),
        ("h", "Production release"),
        ("p", "200 boxes are released for production with this record, for the Regensburg and Passau branches "
              "only. Released by Dr. Tobias Wendt (Leiter Beschaffung), signature below."),
        ("p", "The balance of 1 000 boxes is not released. It needs (1) the final sign-off after the 500 h "
              "humidity test by Sabine Krüger and (2) a separate written release by Dr. Tobias Wendt."),
        ("p", "Material authority: up to 200 boxes."),
        ("sp",),
        ("p", "Sabine Krüger, Werkstatttechnik - 04.06.2024"),
        ("p", "Dr. Tobias Wendt, Leiter Beschaffung - 04.06.2024"),
    ], author="Sabine Krüger")),
])
# c14 ERP PO full quantity with identifiers that look like quantities
case("c14_erp_full_qty_identifiers", [], "Full-quantity ERP PO (60 pcs, no samples) full of quantity-like identifiers; no balance exists.", [
    ("OdA_4500232190.txt", txt("""
OFFICINE RAVELLI S.P.A.            ORDINE D'ACQUISTO / PURCHASE ORDER
Via dell'Industria 14                                  N. 4500232190
42015 CORREGGIO (RE) - ITALIA                          DATA 04.06.2024
P.IVA IT01842000355                                    PAG. 1/1

FORNITORE / SUPPLIER  100250   STROJIRNY KOLAR S.R.O.
                               TRIDA TOMASE BATI 1204, 760 01 ZLIN, CZ
ACQUISTI / BUYER      G. FERRETTI   TEL +39 0522 690 114
CENTRO COSTO          4711          RESA / INCOTERM  DAP CORREGGIO
STATO ORDINE          EMESSO / ISSUED

POS  MATERIALE         DESCRIZIONE                               QTA  UM  PREZZO EUR  CONSEGNA
---- ----------------- ----------------------------------------- ---- --- ----------- ----------
0010 RAV-4000-250-12   GRIFFA AUTOCENTRANTE / RIM CLAMP JAW        60 PZ       22,40 2024-07-15
                       10-26", DIS. 1200 REV 8, FILETTO M10x1.25
                       ACCIAIO EN 10025-2 S355, ZINCATO 8 UM
                       NEBBIA SALINA 480 H (ISO 9227)
                                                         TOTALE NETTO EUR      1.344,00

NOTE:
- RIPETIZIONE ARTICOLO, NESSUN CAMPIONE RICHIESTO / REPEAT PART, NO SAMPLES REQUIRED.
- QUESTO ORDINE COPRE LA QUANTITA' TOTALE DI SESSANTA (60) PZ.
  THIS PO COVERS THE FULL QUANTITY OF SIXTY (60) PCS. YOU MAY PROCEED WITH ALL 60 PCS.
- CERTIFICATO 3.1 EN 10204 CON OGNI LOTTO. FORNITORE CERTIFICATO ISO 9001:2015.
- IMBALLO: 20 PZ PER SCATOLA, 3 SCATOLE. ETICHETTA CON N. ORDINE E POS.
- CONDIZIONI GENERALI DI ACQUISTO REV. 2023-01 (WWW.RAVELLI-OFFICINE.IT/CGA).
""")),
])

# c15 Teams go-ahead scoped to the samples only
case("c15_teams_scoped_goahead", [], "'go ahead with the 25 sample jaws only'; 575 not released until Marco's sign-off + written release by Stefano Ravelli; material 25 pcs.", [
    ("Teams_RC-J-24_Kolar.txt", txt("""
Microsoft Teams - chat export
Chat: Ravelli / Kolář - griffe RC-J-24
Participants: Marco Benassi (Officine Ravelli), Giulia Ferretti (Officine Ravelli), Petr Novák (Strojírny Kolář)

[05/06/2024 09:12] Petr Novák
Good morning, samples of the jaws RC-J-24 can be ready in 2 weeks. From which quantity we start please? We have the PO 4500232150.

[05/06/2024 09:40] Marco Benassi
Hi Petr, go ahead with the 25 sample jaws only (PO 4500232150 pos 10).

[05/06/2024 09:44] Giulia Ferretti
To be clear: the 575 pcs balance of your quote is not released. It stays on hold until Marco signs off the samples and Stefano Ravelli (Direttore Operativo) sends the written production release. Material only for the 25 pcs please.

[05/06/2024 09:51] Petr Novák
Clear, 25 pcs only and material for 25. Děkuji 👍
""")),
])

# c16 supplier status report (multipart/alternative) + DOCX attachment, quoting the buyer scope
_c16_quoted = """Kevin, please send a short status every Friday. Reminder of the scope: PO HV-PO-24-0588 is
for 50 sample shafts only. The 950 balance is on hold, not released, until Thandi Mokoena signs
off the samples and Johan Botha (MD) sends the production release in writing. Material for 50 only.
Pieter"""
_c16_text = """Dear Pieter,

weekly status truck balancer shaft HV-BS-40T, PO HV-PO-24-0588:

  - samples: 50 pcs, turning finished, induction hardening on Monday, CMM Tuesday
  - material: 42CrMo4 bar bought for 50 pcs only (sample-only, as your scope)
  - balance 950 pcs: on hold, not released. We wait for Ms. Mokoena's sample sign-off and the
    written release from Mr. Botha before we do anything for it.
  - shipment of samples: ETD Taichung 2024/06/21 by air

Inspection sheet of first 5 pcs attached.

Best regards,
Amy Chen
Production Control

""" + q(_c16_quoted) + "\n" + sig("Amy Chen", "Production Control", CYP, "+886 4 2359 0422")
_c16_html = """<html><body style="font-family:Arial">
<p>Dear Pieter,</p><p>weekly status truck balancer shaft HV-BS-40T, PO HV-PO-24-0588:</p>
<table border="1" cellpadding="3">
<tr><th>Item</th><th>Status</th></tr>
<tr><td>Samples 50 pcs</td><td>turning finished, induction hardening Monday, CMM Tuesday</td></tr>
<tr><td>Material</td><td>42CrMo4 bar for 50 pcs only (sample-only)</td></tr>
<tr><td>Balance 950 pcs</td><td>on hold, not released - waiting sample sign-off (Ms. Mokoena) and written release (Mr. Botha)</td></tr>
<tr><td>Shipment</td><td>ETD Taichung 2024/06/21 by air</td></tr>
</table>
<p>Inspection sheet of first 5 pcs attached.</p><p>Best regards,<br>Amy Chen<br>Production Control</p>
<blockquote style="border-left:2px solid #ccc;padding-left:6px">Kevin, please send a short status every Friday. Reminder of the scope: PO HV-PO-24-0588 is
for 50 sample shafts only. The 950 balance is on hold, not released, until Thandi Mokoena signs off the samples and Johan Botha (MD) sends the production release in writing. Material for 50 only.<br>Pieter</blockquote>
</body></html>"""
_c16_docx = docx_bytes([
    ("h1", "First article inspection sheet - HV-BS-40T"),
    ("p", "Chang Yuan Precision Co., Ltd. - QC. Customer: Highveld Truck Tyre Depot. PO HV-PO-24-0588 (samples)."),
    ("table", [
        ["Char.", "Nominal", "Tol.", "#1", "#2", "#3", "#4", "#5"],
        ["D40 h6", "40.000", "0/-0.016", "39.992", "39.990", "39.994", "39.991", "39.993"],
        ["Thread M40x3", "6g", "go/no-go", "OK", "OK", "OK", "OK", "OK"],
        ["Length", "300.0", "+/-0.2", "300.05", "299.98", "300.02", "300.01", "299.97"],
        ["Runout", "0.02", "max", "0.008", "0.011", "0.009", "0.012", "0.010"],
    ]),
    ("p", "Hardness after induction: pending. Inspector: W.H. Tsai, 2024/06/13."),
], author="Chang Yuan QC")
case("c16_supplier_status", [], "Supplier status (multipart/alternative, DOCX attached) restates 50 samples, sample-only material, 950 on hold; quoted buyer scope complete.", [
    ("Re_weekly_status_HV-BS-40T.eml", eml_bytes(mail(AMY, PIETER, "Re: weekly status HV-BS-40T",
        "Fri, 14 Jun 2024 17:05:00 +0800", _c16_text, html=_c16_html, cc=KEVIN,
        attachments=[("FAI_HV-BS-40T_1-5.docx", _c16_docx, DOCX_MT)],
        in_reply_to="<h202-hv-0607@highveldtyre.co.za>"))),
])

# c17 supplier portal quote page with tiers
case("c17_portal_quote_tiers", [], "Supplier portal quotation with 10 / 500 / 2 000 tiers; a quote alone authorizes nothing (conv 4).", [
    ("ozkaya_b2b_TK-2024-0877.html", html_page("Özkaya B2B - Teklif TK-2024-0877", """
<h2>Özkaya Makina B2B Portal</h2>
<p>Müşteri / Customer: <b>Reifen Brandl GmbH</b>, Regensburg &middot; Contact: Jens Hofmeister</p>
<h3>Teklif / Quotation TK-2024-0877 &middot; 17.06.2024</h3>
<p>Item: Turntable clamp cylinder D50 x 80, for tyre changer T-24, drawing RB-5080 Rev A, chrome rod 20 µm</p>
<table>
<tr><th>Tier</th><th>Qty</th><th>Unit price</th><th>Lead time</th></tr>
<tr><td>Samples</td><td>10 pcs</td><td>EUR 61,50</td><td>4 weeks after sample PO</td></tr>
<tr><td>Production 1</td><td>500 pcs</td><td>EUR 34,20</td><td>6 weeks after production release</td></tr>
<tr><td>Production 2</td><td>2.000 pcs</td><td>EUR 31,90</td><td>8 weeks after production release</td></tr>
</table>
<div class="note">Production prices apply only after your written production release. A sample order covers the samples only.
Seal kit: NBR 70 Shore A. Test pressure 16 bar, 100% leak test. Validity: 60 days.</div>
<p>Hazırlayan / Prepared by: Murat Yıldız, Export Sales</p>
""", lang="en").encode("utf-8")),
])

# c18 full-quantity PO by mail with PDF attached
_c18_text = """Hallo Alejandro,

anbei / attached our PO 4700018902 for the valve tool 4in1 (Ventildreher), repeat part,
same as last year, no samples needed.

Please proceed with the full 400 pcs as per PO, delivery calendar week 30 to our central
warehouse in Regensburg.

Mit freundlichen Grüßen / best regards
Jens Hofmeister
""" + sig("Jens Hofmeister", "Einkauf / Purchasing", BRA + ", Regensburg", "+49 941 46 10 233")
_c18_pdf = pdfx([
    ("h1", "Bestellung / Purchase Order 4700018902"),
    ("p", "Reifen Brandl GmbH, Osthafen 7, 93055 Regensburg. Datum / date: 10.06.2024. Einkauf: Jens Hofmeister"),
    ("p", "Lieferant / supplier: Herramientas y Valvulas del Bajio S.A. de C.V., Leon, Gto., Mexico"),
    ("table", [
        ["Pos.", "Artikel", "Bezeichnung / description", "Menge", "Preis USD", "Wert USD"],
        ["10", "RB-VT-4IN1", "Ventildreher 4in1 / valve tool 4-in-1, M5x0.7 + 8V1", "400 St.", "3,85", "1.540,00"],
    ]),
    ("p", "Wiederholteil, keine Muster / repeat part, no samples. This PO covers the full quantity of 400 pcs."),
    ("p", "Liefertermin / delivery: KW 30 / CW 30, DAP Regensburg. Zahlung: 45 Tage netto."),
], title="PO 4700018902", author="Reifen Brandl Einkauf")
case("c18_full_qty_po_mail", [], "Full-quantity repeat PO (400 pcs, no samples) with 'proceed with the full 400'; no balance exists.", [
    ("PO_4700018902.eml", eml_bytes(mail(JENS, ALEJANDRO, "Bestellung / PO 4700018902 - valve tool 4in1",
        "Mon, 10 Jun 2024 11:15:00 +0200", _c18_text,
        attachments=[("PO_4700018902.pdf", _c18_pdf, PDF_MT)]))),
])

# c19 deviation permit that leaves quantities untouched
case("c19_deviation_permit", [], "Deviation permit changes no quantity; 300 released stays, 900 on hold until corrected samples signed off + written release by Dr. Wendt.", [
    ("DP-2024-017.pdf", pdfx([
        ("h1", "Abweichungserlaubnis / Deviation permit DP-2024-017"),
        ("p", "Reifen Brandl GmbH - Qualität / Werkstatttechnik. Supplier: Özkaya Makina, Bursa. Date: 24.06.2024"),
        ("table", [
            ["Field", "Value"],
            ["Part", "Bead breaker blade BB-200, RB-4471-200 Rev B"],
            ["Characteristic", "Surface roughness of the blade edge"],
            ["Drawing", "Ra 1,6"],
            ["Permitted for lot 1", "Ra 3,2 (measured Ra 2,4 - 2,9)"],
            ["Valid for", "lot 1 only (the 300 pcs released with RL-2024-041)"],
        ]),
        ("p", "This deviation permit does not change any quantity and releases nothing."),
        ("p", "Released quantity remains 300 pcs (release RL-2024-041). The balance of 900 pcs remains on hold, "
              "not released, until the corrected samples (Ra 1,6) are signed off by Sabine Krüger and "
              "Dr. Tobias Wendt issues the written release."),
        ("p", "Sabine Krüger, Werkstatttechnik"),
    ], title="DP-2024-017", author="Reifen Brandl QS")),
])
# c20 EDIFACT DELFOR printout: firm call-off, labelled forecast, explicit authorizations
case("c20_delfor_labelled", [], "DELFOR call-off: 200 cartons firm, forecast weeks labelled non-binding, explicit staged material authority 400; next call-off by Jens Hofmeister.", [
    ("DELFOR_0038_Haixin.txt", txt("""
==========================================================================
 EDI DELFOR D.96A - HUMAN READABLE PRINT            printed 17.06.2024 06:02
==========================================================================
 Message ref      : RBDF240038
 Buyer            : REIFEN BRANDL GMBH, 93055 REGENSBURG   (GLN 4012345000017)
 Supplier         : YANTAI HAIXIN AUTO PARTS CO LTD          (Lief.-Nr. 702514)
 Ship-to          : ZENTRALLAGER REGENSBURG, TOR 4
 Call-off no.     : 0038                     Previous call-off: 0037
 Article          : RB-AW-12x5   ADHESIVE WEIGHT STRIP 12 X 5 G, STEEL
 Unit             : CT (carton = 100 strips)
 Cum. received    : 6.400 CT  (since 01.01.2024)
--------------------------------------------------------------------------
 SCC  Status                          Week       Qty CT
--------------------------------------------------------------------------
 1    FIRM - released                 2024-27       200
 4    FORECAST - planning only        2024-28       200
 4    FORECAST - planning only        2024-29       250
 4    FORECAST - planning only        2024-30       250
 4    FORECAST - planning only        2024-31-35  1.100
--------------------------------------------------------------------------
 ATH  Fabrication authorization (released)     :   200 CT
 ATH  Material authorization (staged)          :   400 CT
--------------------------------------------------------------------------
 FTX  Only SCC 1 lines are released for production. SCC 4 lines are a
      non-binding forecast and are not released. Material may be bought
      up to the material authorization (400 CT) at Brandl's liability.
      Further quantities are released only by the next call-off, issued
      by Jens Hofmeister (Disposition / release authority).
==========================================================================
""")),
])

# c21 two-level quoted thread ending with supplier acknowledgement (HTML attachment)
_c21_l2 = """Dear Mr. van der Merwe,
could you please confirm what we can produce? In our quote NAB-24-0402 there is 16 sample
sets + 384 serial sets of the truck rim clamp TC-225.
Jana Dvořáková, Kolář"""
_c21_l1 = """Jana,
only the 16 sample sets on PO HV-PO-24-0640 are released. The 384 balance is on hold, not
released, until Thandi Mokoena signs off the samples and Johan Botha (MD) sends the written
production release. Material for 16 sets only please.
Regards, Pieter

On 18/06/2024 10:12, Jana Dvořáková wrote:
""" + q(_c21_l2)
_c21_text = """Dear Pieter,

thank you, confirmed: we make the 16 sample sets only and we buy material for 16 sets only.
For the 384 sets we wait for the written release from Mr. Botha.

Attached is the CMM summary of the first 3 sample sets.

S pozdravem / Best regards
Jana Dvořáková
Plánování / Planning

On 18/06/2024 14:40, Pieter van der Merwe wrote:
""" + q(_c21_l1) + "\n" + sig("Jana Dvořáková", "Plánování / Planning", KOL + ", Zlín", "+420 577 104 288")
_c21_att = html_page("CMM summary TC-225", """
<h3>CMM summary - truck rim clamp TC-225 - sample sets 1-3</h3>
<table><tr><th>Char.</th><th>Nominal</th><th>Set 1</th><th>Set 2</th><th>Set 3</th></tr>
<tr><td>Bore D221 H8</td><td>221.000</td><td>221.031</td><td>221.028</td><td>221.035</td></tr>
<tr><td>Flatness</td><td>0.05</td><td>0.021</td><td>0.018</td><td>0.026</td></tr>
<tr><td>Thread M20x1.5</td><td>6H</td><td>OK</td><td>OK</td><td>OK</td></tr></table>
<p>Measured on Zeiss Contura, program TC225_v3. ISO 2768-mK.</p>
""")
case("c21_two_level_thread", [], "Two-level quoted thread: supplier question, buyer scope (16 sets, 384 on hold, sign-off + Johan Botha), supplier acknowledgement; HTML attachment.", [
    ("Re_Re_TC-225_quantity.eml", eml_bytes(mail(JANA, PIETER, "Re: Re: TC-225 - which quantity to produce?",
        "Wed, 19 Jun 2024 08:30:00 +0200", _c21_text, cc=PETR,
        attachments=[("CMM_TC-225_sets1-3.html", _c21_att, "text/html")],
        in_reply_to="<h202-hv-0618@highveldtyre.co.za>"))),
])

# c22 minutes keeping the words apart
case("c22_minutes_words_apart", [], "Minutes keep sample sign-off, PO issued and production release apart; 6 released, 114 on hold until revised PO + written release by Paulo Teixeira.", [
    ("Ata_reuniao_2024-06-14_Ozkaya.docx", docx_bytes([
        ("h1", "Ata de reunião / Minutes - FrotaMax & Özkaya - 14/06/2024"),
        ("p", "Video call. Participants: Rafael Nogueira (Compras), Camila Duarte (Engenharia de Manutenção), "
              "Paulo Teixeira (Diretor de Operações) - FrotaMax; Murat Yıldız, Elif Demir - Özkaya Makina."),
        ("p", "Subject: hydraulic bead breaker BB-H10 for truck tyres, drawing FM-BBH-10 Rev 2."),
        ("h", "1. Sample sign-off"),
        ("p", "Camila Duarte signed off the 6 samples on 12/06 (technical: stroke 110 mm, force 10 t at 700 bar, "
              "no leak). This is a technical sign-off only."),
        ("h", "2. Purchase order"),
        ("p", "PO FM-45-20390 was issued on 03/05 for the 6 samples. Commercial cover: 6 pcs."),
        ("h", "3. Production release"),
        ("p", "No production release yet. The balance of 114 pcs (quote TK-2024-0655: 120 pcs total) is not "
              "released. Unlock event: a revised PO for the 114 pcs, then the production release in writing by "
              "Paulo Teixeira. Material authority: sample-only until then."),
        ("h", "4. Actions"),
        ("num", "Rafael: revised PO for 114 pcs into internal workflow - 21/06."),
        ("num", "Elif: delivery plan for 114 pcs in 3 lots, after the release - 25/06."),
    ], author="Rafael Nogueira")),
])

# c23 sample PO with information-only production line and a deposit that is not a release
case("c23_sample_po_info_line", [], "Sample PO: 20 pcs released, 1.180 line marked 'NOT RELEASED - information only', sign-off + Stefano Ravelli; advance payment explicitly not a release.", [
    ("OdA_4500231990.pdf", pdfx([
        ("h1", "ORDINE D'ACQUISTO / PURCHASE ORDER 4500231990"),
        ("p", "Officine Ravelli S.p.A., Via dell'Industria 14, 42015 Correggio (RE), Italia. Data: 22.04.2024"),
        ("p", "Fornitore / supplier: Chang Yuan Precision Co., Ltd., Taichung, Taiwan. Offerta / quote: CY-Q24-0418"),
        ("table", [
            ["Pos.", "Articolo", "Descrizione", "Qta", "Prezzo", "Stato"],
            ["10", "RAV-BS-40300", "Albero equilibratrice / balancer shaft D40x300, M40x3 - SAMPLES", "20 pz", "USD 48.50", "released"],
            ["info", "RAV-BS-40300", "Quoted production quantity (quote tier A)", "1.180 pz", "USD 21.80", "NOT RELEASED - information only, no commercial cover"],
        ]),
        ("h", "Scope note"),
        ("p", "This PO releases the 20 sample pcs only. The balance of 1.180 pcs is not released and stays on hold."),
        ("p", "Unlock event: sample sign-off by Marco Benassi (Ufficio Tecnico), then a written production "
              "release by Stefano Ravelli (Direttore Operativo). Nothing beyond the 20 samples before that."),
        ("p", "Material authority: sample-only (20 pcs)."),
        ("p", "Pagamento / payment: 30% advance on the samples by T/T. The advance payment is not a production release."),
        ("p", "Giulia Ferretti, Ufficio Acquisti"),
    ], title="PO 4500231990", author="Officine Ravelli Acquisti")),
])

# c24 buyer portal PO page with scoped sample line
case("c24_portal_po_scoped", [], "Buyer portal PO: 8 samples released, 232 on hold, sign-off by Thandi Mokoena + written release by Johan Botha, sample-only material.", [
    ("highveld_portal_HV-PO-24-0655.html", html_page("Highveld Supplier Portal - HV-PO-24-0655", """
<h2>Highveld Truck Tyre Depot - Supplier Portal</h2>
<p>Supplier: <b>Özkaya Makina San. ve Tic. A.Ş.</b> (Bursa) &middot; Vendor no. 20391</p>
<h3>Purchase order HV-PO-24-0655 &middot; status: issued 11/06/2024</h3>
<table>
<tr><th>Line</th><th>Part</th><th>Description</th><th>Qty</th><th>Scope</th><th>Status</th></tr>
<tr><td>10</td><td>HV-BBC-63</td><td>Hydraulic bead breaker cylinder D63, truck tyre changer TC-56</td><td>8</td><td>sample</td><td>released</td></tr>
<tr><td>-</td><td>HV-BBC-63</td><td>Quoted production balance (quote TK-2024-0702)</td><td>232</td><td>production</td><td>on hold - not released</td></tr>
</table>
<div class="note">
<b>Scope of this PO</b><br>
Make the 8 sample cylinders only. The 232 balance is not released.<br>
Unlock event: sample sign-off by Thandi Mokoena (Workshop Engineer), followed by a written production release from Johan Botha (Managing Director).<br>
Material authority: sample-only (8 pcs).
</div>
<p>Buyer: Pieter van der Merwe &middot; pieter@highveldtyre.co.za</p>
""").encode("utf-8")),
])

# c25 multi-file: cover mail + ERP PO printout + supplier order confirmation, all consistent
_c25_mail = """Dobrý den Herr Novák,

anbei / attached our PO 4700018955 for the rim clamp jaws RC-J-22 (24 samples).

Please note the scope: the 24 sample jaws only. The 1 176 pcs from your quote NAB-24-0297 are
not released and stay on hold until Frau Sabine Krüger signs off the samples and Dr. Tobias
Wendt sends the written production release. Material for the 24 samples only.

Please send your order confirmation.

Mit freundlichen Grüßen
Jens Hofmeister
""" + sig("Jens Hofmeister", "Einkauf / Purchasing", BRA + ", Regensburg", "+49 941 46 10 233")
_c25_po = txt("""
REIFEN BRANDL GMBH - EINKAUF                       BESTELLUNG / PURCHASE ORDER
OSTHAFEN 7, 93055 REGENSBURG                       NR.   4700018955
                                                   DATUM 06.05.2024
LIEFERANT 702611  STROJIRNY KOLAR S.R.O., ZLIN (CZ)
EINKAEUFER HOFMEISTER, JENS  TEL 0941 4610-233       STATUS: ANGELEGT / ISSUED

POS   ARTIKEL      BEZEICHNUNG                          MENGE  ME   PREIS EUR   TERMIN
00010 RB-RCJ-22    SPANNKLAUE / RIM CLAMP JAW 10-22"       24  ST       29,80   KW 24
                   MUSTER / SAMPLES, ZCHNG. RB-2210 REV C
                                          GESAMTWERT NETTO EUR      715,20

INFO (NICHT BESTELLT / NOT ORDERED):
      RB-RCJ-22    SERIENMENGE LT. ANGEBOT NAB-24-0297   1.176  ST   INFORMATION ONLY

TEXT:
MUSTERBESTELLUNG. NUR DIE 24 MUSTER SIND FREIGEGEBEN / ONLY THE 24 SAMPLES ARE RELEASED.
RESTMENGE 1.176 ST GESPERRT / BALANCE 1 176 PCS ON HOLD, NOT RELEASED.
FREIGABE DER RESTMENGE NUR NACH MUSTERABNAHME (S. KRUEGER) UND SCHRIFTLICHER
PRODUKTIONSFREIGABE DURCH DR. TOBIAS WENDT / RELEASE OF THE BALANCE ONLY AFTER SAMPLE
SIGN-OFF (S. KRUEGER) AND WRITTEN PRODUCTION RELEASE BY DR. TOBIAS WENDT.
MATERIAL NUR FUER 24 ST / MATERIAL FOR 24 PCS ONLY.
""")
_c25_ab = docx_bytes([
    ("h1", "Potvrzení objednávky / Order confirmation AB-24-0311"),
    ("p", "Strojírny Kolář s.r.o., Zlín - to Reifen Brandl GmbH, Mr. Jens Hofmeister. Date: 07.05.2024"),
    ("table", [
        ["Your PO", "Article", "Qty", "Scope", "Delivery"],
        ["4700018955 pos. 10", "RB-RCJ-22 rim clamp jaw 10-22\"", "24 pcs", "samples", "CW 24"],
        ["-", "RB-RCJ-22 (quote NAB-24-0297)", "1 176 pcs", "on hold - not released", "-"],
    ]),
    ("p", "We confirm: we produce the 24 sample jaws only and buy material for 24 pcs only."),
    ("p", "The 1 176 pcs we start only after the sample sign-off of Mrs. Krüger and the written production "
          "release of Dr. Wendt."),
    ("p", "Petr Novák, obchod / sales"),
], author="Petr Novák")
case("c25_bundle_consistent", [], "Cover mail, ERP PO and supplier confirmation agree: 24 samples, 1 176 on hold, sign-off + written release by Dr. Wendt, material 24.", [
    ("mail_2024-05-06_Kolar.eml", eml_bytes(mail(JENS, PETR, "Bestellung 4700018955 - Muster RC-J-22",
        "Mon, 06 May 2024 13:20:00 +0200", _c25_mail))),
    ("BEST_4700018955.txt", _c25_po),
    ("AB-24-0311_Kolar.docx", _c25_ab),
])
# =================================================================== POSITIVE
# p01 multi-file: cover mail + sample PO + supplier quote showing production, nothing scoped
_p01_mail = """Dear Kevin,

good morning. Attached: our PO 4500231877 for the balancer shaft RAV-BS-40300 and your
quotation CY-Q24-0431.

Please confirm the delivery date of the 20 pcs and send the proforma for the fixture.

Thank you and best regards
Giulia
""" + sig("Giulia Ferretti", "Ufficio Acquisti / Purchasing", RAV + ", Correggio (RE)", "+39 0522 690 114")
_p01_po = pdfx([
    ("h1", "ORDINE D'ACQUISTO / PURCHASE ORDER 4500231877"),
    ("p", "Officine Ravelli S.p.A., Via dell'Industria 14, 42015 Correggio (RE), Italia. Data: 15.04.2024"),
    ("p", "Fornitore / supplier: Chang Yuan Precision Co., Ltd., Taichung, Taiwan. Buyer: Giulia Ferretti"),
    ("table", [
        ["Pos.", "Articolo", "Descrizione", "Qta", "Prezzo USD", "Consegna"],
        ["10", "RAV-BS-40300", "Albero equilibratrice / balancer shaft D40x300, M40x3, DRG 1200 Rev 8 - campioni", "20 pz", "48.50", "wk 21"],
        ["20", "RAV-FIX-40", "Attrezzatura di tornitura / turning fixture (one-off)", "1", "650.00", "wk 21"],
    ]),
    ("p", "Resa / Incoterm: FOB Taichung. Pagamento: 30 gg d.f. Certificato 3.1 EN 10204."),
    ("p", "Condizioni generali di acquisto Rev. 2023-01."),
], title="PO 4500231877", author="Officine Ravelli Acquisti")
_p01_quote = pdfx([
    ("h1", "QUOTATION CY-Q24-0431"),
    ("p", "Chang Yuan Precision Co., Ltd., No. 88, Gongye 3rd Rd., Xitun Dist., Taichung 40768, Taiwan. Date: 2024/04/09"),
    ("p", "To: Officine Ravelli S.p.A., Ms. Giulia Ferretti. Item: balancer shaft RAV-BS-40300, DRG 1200 Rev 8"),
    ("table", [
        ["Item", "Qty", "Unit price USD", "Amount USD", "Lead time"],
        ["Samples", "20 pcs", "48.50", "970.00", "35 days"],
        ["Turning fixture", "1 set", "650.00", "650.00", "35 days"],
        ["Production", "1,200 pcs", "21.80", "26,160.00", "60 days"],
    ]),
    ("p", "Payment T/T 30 days after B/L. Price base steel April 2024. Packing VCI + wooden case, 50 pcs/case."),
    ("p", "Kevin Lin, Sales Manager"),
], title="CY-Q24-0431", author="Chang Yuan Sales")
case("p01_bundle_quote_production", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO (20 pcs) sent with a quote showing 1,200 production pcs; nothing says not released, no event, no release person.", [
    ("mail_PO_4500231877.eml", eml_bytes(mail(GIULIA, KEVIN, "PO 4500231877 - albero equilibratrice RAV-BS-40300",
        "Mon, 15 Apr 2024 09:05:00 +0200", _p01_mail))),
    ("PO_4500231877.pdf", _p01_po),
    ("CY-Q24-0431.pdf", _p01_quote),
])

# p02 hold stated, no event, no named person
case("p02_hold_until_further_notice", ["RG004", "RG005"],
     "Sample PO 30 pcs, balance 1.170 'gesperrt bis auf Weiteres' (until further notice), questions to Einkauf; no event, no named person.", [
    ("BEST_4700018844.pdf", pdfx([
        ("h1", "Bestellung / Purchase Order 4700018844"),
        ("p", "Reifen Brandl GmbH, Osthafen 7, 93055 Regensburg. Datum: 08.05.2024. Einkauf: J. Hofmeister"),
        ("p", "Lieferant / supplier: Özkaya Makina San. ve Tic. A.S., Nilüfer OSB, Bursa, Türkiye"),
        ("table", [
            ["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis EUR", "Termin"],
            ["10", "RB-4471-180", "Abdrückschaufel / bead breaker blade BB-180, Zchng. 180-04 Rev C - MUSTER", "30 St.", "19,60", "KW 23"],
        ]),
        ("h", "Bemerkungen / remarks"),
        ("p", "Musterbestellung / sample order. Restmenge 1.170 Stk. gesperrt bis auf Weiteres. "
              "Balance of 1 170 pcs is on hold until further notice, it is NOT released."),
        ("p", "Material nur für die 30 Muster / material for the 30 samples only."),
        ("p", "Rückfragen bitte an den Einkauf / questions please to purchasing."),
        ("p", "Lieferbedingung: DAP Regensburg, Incoterms 2020. Zahlung: 30 Tage 2 % Skonto, 60 Tage netto."),
    ], title="PO 4700018844", author="Reifen Brandl Einkauf")),
])

# p03 quoted thread: hold and event stated, release authority unnamed
_p03_quoted = """Rafael, buenas tardes,
we have the PO FM-45-20301 for 25 samples of the valve tool FM-VT-0410. Can we plan the
2 400 pcs for July? Our brass supplier needs 3 weeks.
Saludos, Alejandro"""
_p03_text = """Olá Alejandro, tudo bem?

Não, not yet. The PO is only for the 25 samples.

The 2 400 pcs balance is NOT released. It stays on hold until the samples are approved by our
engineering and we send you the written release. The release will come from our diretoria.

Please buy brass only for the 25 samples for now.

Abraço,
Rafael

Em 20/05/2024 15:12, Alejandro Ruiz escreveu:
""" + q(_p03_quoted) + "\n" + sig("Rafael Nogueira", "Compras", FMX + ", Curitiba PR", "+55 41 3021 5580")
case("p03_release_by_diretoria", ["RG005"],
     "25 samples, 2 400 on hold until engineering approval + written release, but 'the release will come from our diretoria': no named person.", [
    ("Re_FM-VT-0410_planning.eml", eml_bytes(mail(RAFAEL, ALEJANDRO, "Re: FM-VT-0410 planning July",
        "Tue, 21 May 2024 08:40:00 -0300", _p03_text, in_reply_to="<h202-hvb-0520@hvbajio.com.mx>"))),
])

# p04 WhatsApp: samples fine, go ahead; supplier runs the balance
case("p04_whatsapp_samples_goahead", ["RG002", "RG007"],
     "Buyer scoped 2 sample cartons with written release by Johan Botha, then 'samples lekker, Go ahead!' and thumbs-up to supplier starting the 4 000: unscoped go-ahead, sample approval rolled into production.", [
    ("WhatsApp_Chat_Haixin_Sunny.txt", txt("""
14/05/2024, 07:58 - Pieter vd Merwe: Morning Sunny, PO HV-PO-24-0590 is in your mail. It is for 2 sample cartons only (truck clip-on TW-Fe-075, 2 x 50 pcs)
14/05/2024, 08:00 - Pieter vd Merwe: The 4 000 cartons balance is on hold, not released. Thandi signs off the samples, then Johan Botha releases in writing
14/05/2024, 08:07 - Sunny Wang Haixin: Noted Pieter, 2 cartons samples. Shipping by DHL next week 🙏
29/05/2024, 15:40 - Pieter vd Merwe: Sunny, Thandi tested the samples on the truck balancer today, lekker, no issues at all 👍
29/05/2024, 15:41 - Pieter vd Merwe: Go ahead!
29/05/2024, 15:55 - Sunny Wang Haixin: Thank you Pieter!! We start the 4 000 cartons tomorrow morning 💪
29/05/2024, 15:58 - Pieter vd Merwe: 👍
""")),
])

# p05 supplier status report: material for the full balance without authority
case("p05_report_material_full", ["RG006"],
     "Supplier report: 24 samples released, 576 on hold, but steel bar bought for 600 pcs 'to secure delivery time' with no material authority.", [
    ("ZSV_KW22_Ravelli.pdf", pdfx([
        ("h1", "Production status report / Zprava o stavu vyroby - CW 22"),
        ("p", "Strojirny Kolar s.r.o., Zlin. Customer: Officine Ravelli S.p.A., Correggio. Prepared: Jana Dvorakova, 31.05.2024"),
        ("table", [
            ["Order", "Part", "Qty", "Status"],
            ["PO 4500232177 pos. 10", "Rim clamp jaw RAV-RC-1026, DRG 1026-07 Rev 8", "24 pcs (samples)", "released - machining done, hardening CW 23"],
            ["quote NAB-24-0260", "RAV-RC-1026 production balance", "576 pcs", "on hold - waiting your sample sign-off and release"],
        ]),
        ("h", "Material"),
        ("table", [
            ["Material", "Qty bought", "Covers", "Delivered"],
            ["42CrMo4 bar D60, EN 10083-3", "1 380 kg", "600 pcs (samples + full balance)", "21.05.2024"],
            ["Springs DIN 2098 1,6x12x40", "2 400 pcs", "600 jaws", "24.05.2024"],
        ]),
        ("p", "Comment: steel and springs bought for the full 600 pcs to secure delivery time, the mill has 10 weeks lead time now."),
        ("p", "Next report: CW 23."),
    ], title="Status CW22 Ravelli", author="Kolar planning")),
])

# p06 supplier announces rolling straight into the balance after sample approval
_p06_text = """Dear Mr. Hofmeister,

the 20 samples of bead breaker blade BB-180 are shipped today with UPS, tracking 1Z 8V2 611 04
4471 1802, with the 3.1 certificate and the hardness report (53-55 HRC).

We know the balance of 2 380 pcs is on hold per your PO 4700018861. But to keep your delivery
week 32: as soon as Mrs. Krüger approves the samples, we will continue directly with the 2 380
pcs. We will not wait for a separate release paper, this saves two weeks.

Hope this is ok for you.

Best regards,
Murat Yıldız
Export Sales
""" + sig("Murat Yıldız", "Export Sales", OZK + ", Bursa", "+90 224 411 28 60")
_p06_html = """<html><body style="font-family:Arial;font-size:13px">
<p>Dear Mr. Hofmeister,</p>
<p>the 20 samples of bead breaker blade BB-180 are shipped today with UPS, tracking 1Z 8V2 611 04 4471 1802, with the 3.1 certificate and the hardness report (53-55 HRC).</p>
<p>We know the balance of 2 380 pcs is on hold per your PO 4700018861. But to keep your delivery week 32: <b>as soon as Mrs. Krüger approves the samples, we will continue directly with the 2 380 pcs.</b> We will not wait for a separate release paper, this saves two weeks.</p>
<p>Hope this is ok for you.</p>
<p>Best regards,<br>Murat Yıldız<br>Export Sales<br>Özkaya Makina San. ve Tic. A.Ş., Bursa</p>
</body></html>"""
case("p06_supplier_rolls_into_balance", ["RG007"],
     "Supplier: as soon as the samples are approved 'we will continue directly with the 2 380 pcs' without waiting for the release; no auto-conversion recorded.", [
    ("BB-180_samples_shipped.eml", eml_bytes(mail(MURAT, JENS, "BB-180 samples shipped / PO 4700018861",
        "Thu, 23 May 2024 16:20:00 +0300", _p06_text, html=_p06_html))),
])

# p07 ERP PO: hold until further notice, release authority named, no event
case("p07_erp_hold_no_event", ["RG004"],
     "ERP sample PO 4 pcs; balance 196 on hold 'until further notice', release authority Stefano Ravelli named; no unlock event.", [
    ("OdA_4500232205.txt", txt("""
OFFICINE RAVELLI S.P.A.            ORDINE D'ACQUISTO / PURCHASE ORDER
Via dell'Industria 14                                  N. 4500232205
42015 CORREGGIO (RE) - ITALIA                          DATA 10.06.2024

FORNITORE / SUPPLIER  100388   OZKAYA MAKINA SAN. VE TIC. A.S.
                               NILUFER OSB, 16140 BURSA, TURKIYE
ACQUISTI / BUYER      G. FERRETTI
STATO ORDINE          EMESSO / ISSUED

POS  MATERIALE         DESCRIZIONE                               QTA  UM  PREZZO EUR  CONSEGNA
---- ----------------- ----------------------------------------- ---- --- ----------- ----------
0010 RAV-TT-2240       PIATTO AUTOCENTRANTE / TURNTABLE 22" RT-24    4 PZ      186,00 2024-07-22
                       GHISA EN-GJS-500-7, LAVORATO, DIS. 2240-01
                       REV D - CAMPIONI / SAMPLES
                                                         TOTALE NETTO EUR        744,00

NOTE:
- CAMPIONATURA: QUATTRO (4) PZ.  RIF. OFFERTA TK-2024-0611 (200 PZ TOTALI).
- QTA' RESIDUA 196 PZ IN ATTESA, NON RILASCIATA FINO A NUOVO AVVISO.
  BALANCE 196 PCS ON HOLD - NOT RELEASED UNTIL FURTHER NOTICE.
- RELEASE AUTHORITY: STEFANO RAVELLI (DIRETTORE OPERATIVO).
- MATERIALE SOLO PER 4 PZ / MATERIAL FOR 4 PCS ONLY.
""")),
])

# p08 minutes using 'released' for technical, commercial and production
case("p08_minutes_released_three_ways", ["RG009"],
     "Minutes use 'released' for the sample check (Technik), the SAP PO and the production release; scope otherwise complete (16 sets, 484 on hold, Dr. Wendt).", [
    ("Protokoll_2024-05-16_Kolar.docx", docx_bytes([
        ("h1", "Besprechungsprotokoll / Meeting minutes 16.05.2024"),
        ("p", "Reifen Brandl GmbH / Strojírny Kolář s.r.o. - rim clamp set RC-6, drawing RB-RC6 Rev B"),
        ("p", "Participants: Jens Hofmeister (Einkauf), Sabine Krüger (Werkstatttechnik), Petr Novák (Kolář)"),
        ("table", [
            ["No.", "Topic", "Result", "Who"],
            ["1", "Samples", "The 16 sample sets are released by Technik (Frau Krüger) on 14.05. - dimensions and clamping force OK.", "SK"],
            ["2", "PO 4700018879", "The PO was released in SAP on 15.05. (release strategy Einkauf, level 2).", "JH"],
            ["3", "Production", "The balance of 484 sets is not released yet. Production release only with a written release from Dr. Tobias Wendt, after Frau Krüger's sample report is filed in the supplier file.", "JH"],
            ["4", "Packaging", "Kolář proposes 8 sets per box instead of 6. OK.", "PN"],
        ]),
        ("p", "Next meeting: 06.06.2024, Teams."),
        ("p", "Protokoll: Jens Hofmeister"),
    ], author="Jens Hofmeister")),
])

# p09 supplier portal: material for the full lot bought without authority
case("p09_portal_material_full_lot", ["RG006"],
     "Supplier portal order tracking: 30 samples released, 970 on hold, but SCM440 bar ordered for 1,000 pcs 'to keep your lead time'; no material authority.", [
    ("cy_tracking_HV-PO-24-0612.html", html_page("Chang Yuan - Customer Order Tracking", """
<h2>Chang Yuan Precision - Customer Order Tracking</h2>
<p>Customer: <b>Highveld Truck Tyre Depot (Pty) Ltd</b> &middot; Customer PO: HV-PO-24-0612 &middot; Our order: CY-SO-24-0577</p>
<p>Item: truck balancer shaft HV-BS-40T, D40 x 320, thread M40x3, SCM440 QT</p>
<table>
<tr><th>Step</th><th>Qty</th><th>Status</th><th>Date</th></tr>
<tr><td>Samples</td><td>30 pcs</td><td>released (PO) - in production, CNC done</td><td>2024/06/05</td></tr>
<tr><td>Production balance</td><td>970 pcs</td><td>on hold - waiting customer release</td><td>-</td></tr>
</table>
<h3>Material status</h3>
<table>
<tr><th>Material</th><th>Ordered for</th><th>Status</th></tr>
<tr><td>SCM440 round bar D45, JIS G4053</td><td>1,000 pcs (full lot)</td><td>arrived 2024/05/28, reserved for this order</td></tr>
<tr><td>VCI bag + wooden case</td><td>30 pcs</td><td>in stock</td></tr>
</table>
<div class="note">We buy full lot steel to keep your lead time 60 days. Steel price locked until 2024/09/30.</div>
<p>Updated by Amy Chen, Production Control, 2024/06/06</p>
""").encode("utf-8")),
])

# p10 'PO approved, please proceed' without any quantity
_p10_text = """Hi Elif,

PO HV-PO-24-0671 for the truck bead breaker arm HV-BBA-22 is approved on our side - please proceed.

Balance: anything beyond the first lot is not released. It stays on hold until Thandi Mokoena
(Workshop Engineer) signs off the first-lot parts and Johan Botha (MD) sends the production
release in writing. Material only for the first lot.

Cheers
Pieter
""" + sig("Pieter van der Merwe", "Buyer", HVD + ", Germiston", "+27 11 873 4410")
_p10_html = """<html><body style="font-family:Calibri">
<p>Hi Elif,</p>
<p>PO HV-PO-24-0671 for the truck bead breaker arm HV-BBA-22 is approved on our side - please proceed.</p>
<p>Balance: anything beyond the first lot is not released. It stays on hold until Thandi Mokoena (Workshop Engineer) signs off the first-lot parts and Johan Botha (MD) sends the production release in writing. Material only for the first lot.</p>
<p>Cheers<br>Pieter</p>
<p style="color:#666">Pieter van der Merwe | Buyer | Highveld Truck Tyre Depot (Pty) Ltd, Germiston</p>
</body></html>"""
case("p10_approved_proceed_no_qty", ["RG002", "RG010"],
     "'PO ... is approved on our side - please proceed' with no quantity anywhere; hold, event and Johan Botha are stated.", [
    ("HV-PO-24-0671_HV-BBA-22.eml", eml_bytes(mail(PIETER, ELIF, "HV-PO-24-0671 HV-BBA-22",
        "Wed, 12 Jun 2024 12:10:00 +0200", _p10_text, html=_p10_html))),
])

# p11 WeChat: 'pls start samples as per quote'
case("p11_wechat_start_samples", ["RG003", "RG004", "RG005", "RG010"],
     "Buyer WeChat 'pls start samples as per quote': no quantity, no hold on the balance, no event, no release person.", [
    ("WeChat_Haixin_Sunny_Wang.txt", txt("""
—————  2024-05-08  —————
Sunny Wang 10:02
Dear Giulia, good morning! Quotation HX-240502 for clip-on weights set RAV-CW-5/60 (Zn, 5-60 g) is sent to your email, with samples price and production price. Any question please tell me 😊

Giulia Ferretti 15:47
ciao Sunny, ok thanks, received. pls start samples as per quote, PO follows next week. grazie

Sunny Wang 15:49
OK dear, we start!! 💪

Sunny Wang 15:50
[Sticker]

—————  2024-05-09  —————
Sunny Wang 09:12
Giulia, zinc alloy ZA-8 arrived today, samples ready around 20 May
""")),
])

# p12 ERP sample PO stating the quantity twice differently, no hold
case("p12_erp_40_vs_48", ["RG003", "RG004", "RG005", "RG011"],
     "ERP sample PO line says 40 sets, note says forty-eight (48); no hold on the series balance, no event, no release person.", [
    ("HV-PO-24-0688.txt", txt("""
HIGHVELD TRUCK TYRE DEPOT (PTY) LTD                      PURCHASE ORDER
14 REFINERY ROAD, GERMISTON 1401                         HV-PO-24-0688
TEL +27 11 873 4400                                      DATE 17/06/2024

VENDOR   20417  STROJIRNY KOLAR S.R.O.  ZLIN  CZ
BUYER    P. VAN DER MERWE                                 CURRENCY EUR
TERMS    60 DAYS FROM INVOICE                             INCOTERM FCA ZLIN

LN  ITEM           DESCRIPTION                              QTY  UOM  UNIT PRICE    EXT PRICE
--  -------------  ---------------------------------------  ---  ---  ----------  ----------
10  HV-TCC-225     TRUCK BALANCER CLAMP CONE SET 221 MM      40  SET       38,50    1 540,00
                   FOR 22.5" WHEELS, THREAD M20X1.5
                   SAMPLE SETS
                                                              TOTAL EUR           1 540,00

REF QUOTE KZ-NAB-24-117 (SAMPLES + SERIES)

NOTES:
SUPPLY FORTY-EIGHT (48) SAMPLE SETS FOR TRIALS AT GERMISTON AND RUSTENBURG BRANCHES.
SAMPLES TO BE MARKED "HV SAMPLE" ON EACH CONE. PACK 8 SETS PER CARTON.
CERT OF CONFORMITY WITH SHIPMENT. SUPPLIER ISO 9001:2015 CERT COPY REQUIRED.
""")),
])

# p13 supplier reply to a correct scoped sign-off: buys steel for all and starts the balance
_p13_quoted = """Dear Petr,
the 10 sample jaws RAV-RC-1028 are approved for fit check only; production is not released.
The 390 pcs balance stays on hold until the endurance test is signed off and Stefano Ravelli
sends the written production release.
Marco Benassi, Ufficio Tecnico"""
_p13_text = """Dear Mr. Benassi,

thank you very much for approval of samples!

So we can go on: we already bought the steel for all 400 jaws last week and we start the 390 pcs
next Monday, delivery in week 27 as in our plan.

S pozdravem / Best regards
Petr Novák

Dne 11.06.2024 v 16:05 Marco Benassi napsal(a):
""" + q(_p13_quoted) + "\n" + sig("Petr Novák", "Obchod / Sales", KOL + ", Zlín", "+420 577 104 280")
case("p13_supplier_reads_signoff_as_go", ["RG006", "RG007"],
     "Quoted buyer sign-off is correctly scoped, but the supplier treats sample approval as go-ahead for the 390 and has bought steel for all 400.", [
    ("Re_RAV-RC-1028_samples.eml", eml_bytes(mail(PETR, MARCO, "Re: RAV-RC-1028 samples - result",
        "Wed, 12 Jun 2024 07:55:00 +0200", _p13_text, cc=GIULIA, in_reply_to="<h202-rav-0611@ravelli-officine.it>"))),
])

# p14 WhatsApp: deposit received, material for all and production start
case("p14_deposit_material_all", ["RG006", "RG012"],
     "Supplier reads the sample deposit as order confirmation: brass bought for 3 000 and production start planned, while only 30 samples are released.", [
    ("WhatsApp_Chat_HVB_Mariana.txt", txt("""
[04/06/24, 09:10:32] Rafael Nogueira: Bom dia Mariana! PO FM-45-20344 is for the 30 sample TPMS valve tools FM-TPT-02 only
[04/06/24, 09:11:05] Rafael Nogueira: The 2 970 balance is not released until Camila signs off the samples and Paulo Teixeira releases in writing
[04/06/24, 09:11:40] Rafael Nogueira: 50% deposit for samples + tooling goes this week
[04/06/24, 11:02:18] Mariana López: Buenos días Rafael, perfecto, gracias 🙂
[07/06/24, 16:45:51] Mariana López: Rafael, we received the deposit 🙌 so according to our policy the order is confirmed
[07/06/24, 16:46:30] Mariana López: We already ordered the brass bar CW614N for the 3 000 pcs and we start production next Monday
[07/06/24, 17:20:02] Rafael Nogueira: Mariana, vou verificar com o Paulo e te retorno
""")),
])

# p15 supplier plan: forecast treated as firm order, material bought for it
case("p15_plan_forecast_firm_material", ["RG006", "RG008"],
     "Supplier plan calls the customer's Q3 forecast of 12 000 cartons a confirmed firm order and has bought steel strip for it; no PO or material authority.", [
    ("Haixin_plan_Highveld_2024Q3.pdf", pdfx([
        ("h1", "Production & material plan 2024 Q3 - customer Highveld"),
        ("p", "Yantai Haixin Auto Parts Co., Ltd., Fushan District, Yantai, Shandong. Prepared by Leo Zhang, production manager, 2024-06-24"),
        ("table", [
            ["Customer", "Part", "Q3 quantity", "Basis", "Status"],
            ["Highveld Truck Tyre Depot", "TW-Fe-100 truck clip-on 100 g", "12 000 cartons", "customer forecast 2024-Q3", "CONFIRMED ORDER (firm) - capacity booked Jul-Sep"],
            ["Highveld Truck Tyre Depot", "PO on hand for Q3", "none", "-", "-"],
        ]),
        ("h", "Material"),
        ("table", [
            ["Material", "Qty", "For", "Status"],
            ["Steel strip Q195, 2.0 x 19 mm", "86 t", "12 000 cartons", "purchased, arrived 2024-06-20"],
            ["Powder coat grey RAL 7001", "1.9 t", "12 000 cartons", "purchased"],
        ]),
        ("p", "Note: forecast of Highveld is treated as firm order for Q3, line 3 reserved. Steel bought early because price up 6% in July."),
    ], title="Plan Q3 Highveld", author="Haixin production")),
])
# p16 buyer portal PO: samples + quote summary with production, nothing scoped
case("p16_portal_po_quote_summary", ["RG001", "RG003", "RG004", "RG005"],
     "Portal sample PO (6 pcs) shows the quote summary with 114 production pcs beside it; no hold, no unlock event, no release person.", [
    ("frotamax_portal_FM-45-20377.html", html_page("FrotaMax - Pedido de Compra FM-45-20377", """
<h2>FrotaMax Serviços de Frota - Portal de Fornecedores</h2>
<p>Fornecedor / Supplier: <b>Özkaya Makina San. ve Tic. A.Ş.</b> (Bursa, TR) &middot; Código 100477</p>
<h3>Pedido de Compra / Purchase order FM-45-20377 &middot; emitido 27/05/2024</h3>
<table>
<tr><th>Item</th><th>Código</th><th>Descrição</th><th>Qtd</th><th>Preço unit.</th><th>Entrega</th></tr>
<tr><td>10</td><td>FM-BBH-12</td><td>Destalonador hidráulico / hydraulic bead breaker BB-H12, caminhão - amostras</td><td>6 pcs</td><td>EUR 410,00</td><td>semana 28</td></tr>
</table>
<h3>Cotação do fornecedor / Supplier quote TK-2024-0790 (resumo)</h3>
<table>
<tr><th>Fase</th><th>Qtd</th><th>Preço unit.</th><th>Prazo</th></tr>
<tr><td>Amostras / samples</td><td>6 pcs</td><td>EUR 410,00</td><td>6 semanas</td></tr>
<tr><td>Produção / production</td><td>114 pcs</td><td>EUR 268,00</td><td>8 semanas</td></tr>
</table>
<p>Condições: FCA Bursa, pagamento 30 dias da data do B/L. Certificado de teste hidráulico 700 bar por peça.</p>
<p>Comprador / Buyer: Rafael Nogueira &middot; compras@frotamax.com.br</p>
""", lang="pt-BR").encode("utf-8")),
])

# p17 sample record: 'approved' rolls into production
case("p17_signoff_production_approved", ["RG007", "RG009"],
     "Sample inspection record: 'APPROVED' for the samples and 'production approved' for the 1 180 boxes by the same sign-off, no auto-conversion recorded beforehand.", [
    ("MPB-24-0412_Haixin.docx", docx_bytes([
        ("h1", "Musterprüfbericht / Sample inspection record MPB-24-0412"),
        ("p", "Reifen Brandl GmbH - Werkstatttechnik, Regensburg"),
        ("table", [
            ["Field", "Value"],
            ["Supplier", "Yantai Haixin Auto Parts Co., Ltd."],
            ["Part", "Adhesive weight strip 12 x 5 g, zinc-free steel, RB-AW-12x5 (new grey coating)"],
            ["PO", "4700018931 - 20 sample boxes"],
            ["Quote", "HX-240417: 20 sample boxes + 1 180 boxes production"],
            ["Samples tested", "20 boxes, 50 strips measured"],
        ]),
        ("h", "Result"),
        ("p", "APPROVED. Weight 5 g +/- 0,2 g, adhesion on alloy rim after 72 h OK, coating RAL 7001 OK."),
        ("p", "Production approved: with this approval the supplier may start the series production of the "
              "1 180 boxes. Delivery to central warehouse in 3 lots."),
        ("sp",),
        ("p", "Sabine Krüger, Werkstatttechnik / Qualität - 22.05.2024"),
    ], author="Sabine Krüger")),
])

# p18 cover mail says 30 samples, attached PDF PO says 36
_p18_text = """Dear Murat,

please find attached PO 4500232260 for thirty (30) sample cylinders BB-CYL-63 (drawing
RAV-CYL-63 Rev B, rod chrome 20 um, test pressure 16 bar).

The balance of 970 pcs from your offer TK-2024-0540 is not released. It is on hold until Marco
Benassi (Ufficio Tecnico) signs off the samples and Stefano Ravelli (Direttore Operativo) sends
the written production release. Material only for the samples please.

Kind regards
Giulia
""" + sig("Giulia Ferretti", "Ufficio Acquisti / Purchasing", RAV + ", Correggio (RE)", "+39 0522 690 114")
_p18_pdf = pdfx([
    ("h1", "ORDINE D'ACQUISTO / PURCHASE ORDER 4500232260"),
    ("p", "Officine Ravelli S.p.A., Correggio (RE). Data: 03.06.2024. Fornitore: Özkaya Makina, Bursa"),
    ("table", [
        ["Pos.", "Articolo", "Descrizione", "Qta", "Prezzo EUR", "Consegna"],
        ["10", "RAV-CYL-63", "Cilindro stallonatore / bead breaker cylinder D63, Rev B - CAMPIONI", "36 pz", "74,00", "wk 27"],
    ]),
    ("p", "Sample PO. Balance per offer TK-2024-0540 not released. Scope and release conditions: see our cover mail."),
    ("p", "Resa FCA Bursa. Pagamento 60 gg d.f.f.m."),
], title="PO 4500232260", author="Officine Ravelli Acquisti")
case("p18_mail_30_pdf_36", ["RG011"],
     "Cover mail says thirty (30) sample cylinders, the attached PO says 36; scope otherwise complete (970 on hold, sign-off + Stefano Ravelli).", [
    ("PO_4500232260_BB-CYL-63.eml", eml_bytes(mail(GIULIA, MURAT, "PO 4500232260 - campioni BB-CYL-63",
        "Mon, 03 Jun 2024 15:32:00 +0200", _p18_text,
        attachments=[("OdA_4500232260.pdf", _p18_pdf, PDF_MT)]))),
])

# p19 multi-file: ERP PO 60 samples vs cover mail 80; mail waives the written release
_p19_po = txt("""
HIGHVELD TRUCK TYRE DEPOT (PTY) LTD                      PURCHASE ORDER
14 REFINERY ROAD, GERMISTON 1401                         HV-PO-24-0695
                                                         DATE 19/06/2024
VENDOR   20433  HERRAMIENTAS Y VALVULAS DEL BAJIO SA DE CV, LEON GTO MX
BUYER    P. VAN DER MERWE                                 CURRENCY USD

LN  ITEM           DESCRIPTION                              QTY  UOM  UNIT PRICE    EXT PRICE
--  -------------  ---------------------------------------  ---  ---  ----------  ----------
10  HV-TVT-90      TRUCK VALVE TOOL 90 DEG, CORE + EXT.      60  EA        6.20      372.00
                   THREAD 5V2 / 8V1 - SAMPLES
                                                              TOTAL USD             372.00

SCOPE:
SAMPLE QTY 60 PCS.
BALANCE 1 140 PCS (QUOTE HVB-24-0233) NOT RELEASED - ON HOLD UNTIL SAMPLE SIGN-OFF BY
T. MOKOENA (WORKSHOP ENGINEER) AND WRITTEN PRODUCTION RELEASE BY J. BOTHA (MD).
MATERIAL FOR SAMPLE QTY ONLY.
""")
_p19_mail = """Hi Alejandro,

PO HV-PO-24-0695 attached for the 80 samples of the truck valve tool HV-TVT-90.

Once Thandi signs off the samples you can carry on with the balance straight away, no need
to wait for paperwork from Johan - we are short on stock for the winter.

Cheers
Pieter
""" + sig("Pieter van der Merwe", "Buyer", HVD + ", Germiston", "+27 11 873 4410")
case("p19_po60_mail80_carry_on", ["RG007", "RG011"],
     "ERP PO says 60 samples, cover mail says 80; the mail lets sample sign-off roll into the balance, contradicting the PO's written release by J. Botha.", [
    ("HV-PO-24-0695.txt", _p19_po),
    ("mail_HV-PO-24-0695.eml", eml_bytes(mail(PIETER, ALEJANDRO, "HV-PO-24-0695 truck valve tool",
        "Wed, 19 Jun 2024 10:02:00 +0200", _p19_mail))),
])

# p20 multi-file: sample PO + proforma with wrong PO number and production on advance payment
_p20_po = pdfx([
    ("h1", "Bestellung / Purchase Order 4700018920"),
    ("p", "Reifen Brandl GmbH, Osthafen 7, 93055 Regensburg. Datum: 28.05.2024. Einkauf: Jens Hofmeister"),
    ("p", "Lieferant: Strojirny Kolar s.r.o., Zlin, CZ. Angebot: NAB-24-0322"),
    ("table", [
        ["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis EUR", "Termin"],
        ["10", "RB-RCJ-26", "Spannklaue / rim clamp jaw 12-26\", Zchng. RB-2612 Rev A - MUSTER", "24 St.", "31,50", "KW 26"],
    ]),
    ("p", "Musterbestellung: nur 24 Muster. Die Restmenge von 576 St. ist nicht freigegeben / balance 576 pcs not released."),
    ("p", "Freigabe der Restmenge nur nach Musterabnahme durch Sabine Krüger und schriftlicher Produktionsfreigabe "
          "durch Dr. Tobias Wendt. Material nur für 24 St."),
], title="PO 4700018920", author="Reifen Brandl Einkauf")
_p20_pf = pdfx([
    ("h1", "PROFORMA INVOICE PF-2024-0233"),
    ("p", "Strojirny Kolar s.r.o., trida Tomase Bati 1204, 760 01 Zlin, CZ. DIC CZ26914081. Date: 30.05.2024"),
    ("p", "Customer: Reifen Brandl GmbH, Regensburg. Your order no.: 4700018902"),
    ("table", [
        ["Item", "Description", "Qty", "Unit EUR", "Amount EUR"],
        ["RB-RCJ-26", "Rim clamp jaw 12-26\" (24 samples + 576 series)", "600 pcs", "28,00", "16 800,00"],
        ["", "Advance payment 30 %", "", "", "5 040,00"],
    ]),
    ("p", "Production of all 600 pcs starts on receipt of the advance payment. Bank: Komercni banka, IBAN CZ65 0100 0000 0027 5410 0233."),
    ("p", "Jana Dvorakova, planning"),
], title="PF-2024-0233", author="Kolar")
case("p20_po_vs_proforma", ["RG011", "RG012"],
     "Sample PO 4700018920 (24 pcs) vs supplier proforma citing order 4700018902 and 600 pcs, with 'production of all 600 pcs starts on receipt of the advance payment'.", [
    ("BEST_4700018920.pdf", _p20_po),
    ("PF-2024-0233.pdf", _p20_pf),
])

# p21 old quote forwarded as rfc822 beside a sample order, not declared informational
_p21_old = mail(KEVIN, RAFAEL, "Offer CY-Q23-1107 balancer shaft FM-EQ-40",
    "Tue, 07 Nov 2023 10:30:00 +0800",
    """Dear Rafael,

thank you for your inquiry. Our offer for the balancer shaft FM-EQ-40 (D40, M40x3, 42CrMo4):

  Samples        30 pcs      USD 52.00
  Production  5,000 pcs      USD 19.90
  Lead time: samples 5 weeks, production 8 weeks

Best regards,
Kevin Lin
""" + sig("Kevin Lin", "Sales Manager", CYP, "+886 4 2359 0418"))
_p21_text = """Kevin, good morning!

Below your offer from last year. We order now the 30 samples of the shaft FM-EQ-40 at the price
of your offer, PO FM-45-20402 attached.

Please confirm the shipping date.

Abraço,
Rafael
""" + sig("Rafael Nogueira", "Compras", FMX + ", Curitiba PR", "+55 41 3021 5580")
_p21_pdf = pdfx([
    ("h1", "Pedido de Compra / Purchase Order FM-45-20402"),
    ("p", "FrotaMax Servicos de Frota Ltda., Rua Pedro Gusso 2200, Curitiba PR, Brasil. Data: 05/06/2024"),
    ("p", "Fornecedor: Chang Yuan Precision Co., Ltd., Taichung, Taiwan. Ref.: offer CY-Q23-1107"),
    ("table", [
        ["Item", "Codigo", "Descricao", "Qtd", "Preco USD", "Total USD"],
        ["10", "FM-EQ-40", "Eixo balanceadora / balancer shaft D40, M40x3 - amostras", "30", "52.00", "1,560.00"],
    ]),
    ("p", "Frete: FOB Keelung. Pagamento: 30 dias da data do B/L."),
], title="PO FM-45-20402", author="FrotaMax Compras")
case("p21_forward_old_offer", ["RG001", "RG003", "RG004", "RG005"],
     "Sample order (30 pcs) with the old offer forwarded as rfc822 showing 5,000 production pcs, not declared informational; no hold, event or release person.", [
    ("Fwd_Offer_CY-Q23-1107.eml", eml_bytes(mail(RAFAEL, KEVIN, "Fwd: Offer CY-Q23-1107 balancer shaft FM-EQ-40 - PO FM-45-20402",
        "Wed, 05 Jun 2024 09:14:00 -0300", _p21_text,
        attachments=[("rfc822", _p21_old), ("PO_FM-45-20402.pdf", _p21_pdf, PDF_MT)]))),
])

# p22 Teams: drawing revision approved, go ahead (unscoped)
case("p22_teams_revD_goahead", ["RG002"],
     "Scope stated earlier (20 samples, 380 on hold, Stefano Ravelli), then 'Rev D is approved. Go ahead' names neither samples nor a quantity.", [
    ("Teams_RC-J-28_Kolar.txt", txt("""
Microsoft Teams - chat export
Chat: Ravelli / Kolář - RC-J-28
Participants: Giulia Ferretti, Marco Benassi (Officine Ravelli); Petr Novák (Strojírny Kolář)

[03/06/2024 10:05] Giulia Ferretti
Petr, PO 4500232300 is for 20 sample clamp jaws RC-J-28 only. The balance of 380 pcs is not released, on hold until Marco signs off the samples and Stefano Ravelli sends the written production release. Material for 20 pcs only.

[03/06/2024 10:12] Petr Novák
OK, understood, thank you.

[12/06/2024 14:30] Petr Novák
We updated the drawing to Rev D (chamfer 1x45° instead of R2 on the clamping edge), pdf in the files tab. Please check.

[12/06/2024 16:02] Marco Benassi
Rev D is approved. Go ahead 👍

[12/06/2024 16:05] Petr Novák
Děkuji, thank you
""")),
])

# p23 supplier order confirmation turning a forecast into an order
case("p23_confirmation_forecast_as_order", ["RG008"],
     "Supplier order confirmation books the buyer's 2024 forecast (24.000 pcs) as a confirmed order with monthly deliveries.", [
    ("SO-24-1182_Brandl.pdf", pdfx([
        ("h1", "Siparis Onayi / Order Confirmation SO-24-1182"),
        ("p", "Özkaya Makina San. ve Tic. A.S., Nilüfer OSB, 16140 Bursa, Türkiye. Date: 08.04.2024"),
        ("p", "To: Reifen Brandl GmbH, Regensburg - Mr. Jens Hofmeister"),
        ("p", "Referring to your forecast 2024 dated 02.04.2024 (Bedarfsvorschau BV-24-011), we confirm your order "
              "of 24.000 pcs bead breaker blade BB-180 (RB-4471-180) for the year 2024."),
        ("table", [
            ["Month", "Qty", "Unit EUR", "Delivery"],
            ["May - Dec 2024", "3.000 pcs / month", "16,80", "DAP Regensburg, 1st week of month"],
            ["Total", "24.000 pcs", "", ""],
        ]),
        ("p", "Capacity on our press line 2 is reserved for your order. Payment 60 days."),
        ("p", "Murat Yildiz, Export Sales"),
    ], title="SO-24-1182", author="Ozkaya Export")),
])

# p24 buyer sends forecast and calls it a firm commitment / order (quoted thread, csv attachment)
_p24_quoted = """Rafael, buenas,
could you send us your forecast 2025 for the valve tools so we can plan capacity and brass?
Gracias, Alejandro"""
_p24_text = """Alejandro, bom dia!

Segue / here it is, file forecast attached. Total 18.000 pcs of valve tools for 2025.

Please take this as our firm commitment - you can count on it, it is our order for 2025.
Delivery monthly as in the file.

Abraço,
Rafael

Em 02/07/2024 11:30, Alejandro Ruiz escreveu:
""" + q(_p24_quoted) + "\n" + sig("Rafael Nogueira", "Compras", FMX + ", Curitiba PR", "+55 41 3021 5580")
_p24_csv = """item;descricao;jan;fev;mar;abr;mai;jun;jul;ago;set;out;nov;dez;total
FM-VT-0410;valve tool 4-in-1;800;800;900;900;1000;1000;900;900;800;800;700;600;10100
FM-TPT-02;TPMS valve tool;500;500;600;700;700;700;700;700;700;700;700;700;7900
"""
case("p24_forecast_as_commitment", ["RG008"],
     "Buyer sends the 2025 forecast (18.000 pcs) and calls it 'our firm commitment ... our order for 2025'.", [
    ("Re_2025_valve_tools_FM.eml", eml_bytes(mail(RAFAEL, ALEJANDRO, "Re: forecast 2025 valve tools",
        "Wed, 03 Jul 2024 08:05:00 -0300", _p24_text, cc=MARIANA,
        attachments=[("FM_2025_valve_tools.csv", _p24_csv, "text/csv")],
        in_reply_to="<h202-hvb-0702@hvbajio.com.mx>"))),
])

# p25 sign-off record using 'approved' for samples and for the PO
case("p25_record_approved_twice", ["RG009"],
     "Record says samples 'approved' (technical) and PO 'approved by Finance' (commercial); production release kept separate and complete (40 cartons, 1 960 on hold, Johan Botha).", [
    ("Record_HV-PO-24-0720.docx", docx_bytes([
        ("h1", "Sample and order record - HV-PO-24-0720"),
        ("p", "Highveld Truck Tyre Depot (Pty) Ltd, Germiston. Supplier: Yantai Haixin Auto Parts Co., Ltd."),
        ("p", "Part: truck clip-on balancing weight TW-Fe-125, 125 g, for 22.5\" steel rims"),
        ("table", [
            ["Step", "Status", "By", "Date"],
            ["Samples (40 cartons, PO HV-PO-24-0720)", "Approved - fit on 22.5\" rims, 20 pcs tested on the truck balancer", "Thandi Mokoena, Workshop Engineer", "12/06/2024"],
            ["PO HV-PO-24-0720", "Approved by Finance", "Lerato Dlamini, Finance", "13/06/2024"],
            ["Production balance 1 960 cartons", "NOT released", "-", "-"],
        ]),
        ("p", "Production release of the 1 960 cartons only in writing by Johan Botha (Managing Director), after "
              "the salt-spray test (240 h, ISO 9227) is passed."),
        ("p", "Material authority: sample-only (40 cartons)."),
        ("p", "Filed by: Pieter van der Merwe, Buyer"),
    ], author="Pieter van der Merwe")),
])

# p26 plain mail saved as text: sample order without a quantity
case("p26_mail_samples_no_qty", ["RG010"],
     "Buyer orders 'the samples' of BB-200 with hold, event and Dr. Wendt named, but never states how many samples.", [
    ("Mail_Brandl_BB-200_Muster.txt", txt("""
From:    Jens Hofmeister <jens.hofmeister@reifen-brandl.de>
To:      Murat Yıldız <murat.yildiz@ozkayamakina.com.tr>
Date:    Tue, 18 Jun 2024 09:41 +0200
Subject: Bestellung 4700018990 - Muster BB-200

Sehr geehrter Herr Yıldız,

hereby we order the samples of the bead breaker blade BB-200 acc. to drawing RB-4471-200
Rev B, our PO 4700018990. Please manufacture the samples and send them with the material
certificates 3.1 acc. EN 10204 and the hardness protocol (52-56 HRC).

The series quantity is not released: it stays on hold until the sample sign-off by
Frau Sabine Krüger (Werkstatttechnik) and the written release by Dr. Tobias Wendt
(Leiter Beschaffung). Material only for the samples.

Mit freundlichen Grüßen
Jens Hofmeister
Einkauf / Purchasing
Reifen Brandl GmbH, Osthafen 7, 93055 Regensburg
Tel. +49 941 46 10 233
""")),
])

# p27 buyer portal: sample release page with empty quantity
case("p27_portal_sample_qty_blank", ["RG010"],
     "Portal sample release page: quantity field empty ('-'), while hold, sign-off event and Johan Botha are stated.", [
    ("highveld_portal_SR-24-031.html", html_page("Highveld Supplier Portal - Sample release SR-24-031", """
<h2>Highveld Truck Tyre Depot - Supplier Portal</h2>
<p>Supplier: <b>Chang Yuan Precision Co., Ltd.</b> (Taichung) &middot; Vendor no. 20388</p>
<h3>Sample release SR-24-031 &middot; 24/06/2024</h3>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Part</td><td>HV-BS-36T truck balancer shaft D36, thread M36x3</td></tr>
<tr><td>PO</td><td>HV-PO-24-0752</td></tr>
<tr><td>Scope</td><td>sample</td></tr>
<tr><td>Qty released now</td><td>-</td></tr>
<tr><td>Delivery</td><td>by air to Germiston, before 26/07/2024</td></tr>
</table>
<div class="note">
Please make the sample shafts for our trial at the Germiston workshop.<br>
The production balance is not released. It stays on hold until Thandi Mokoena (Workshop Engineer) signs off the samples;
the production release is given in writing by Johan Botha (Managing Director) only.<br>
Material authority: sample-only.
</div>
<p>Buyer: Pieter van der Merwe</p>
""").encode("utf-8")),
])

# p28 release letter stating the released quantity twice differently
case("p28_release_letter_1250_vs_1200", ["RG011"],
     "Release letter: table says 1.250 cartons released, text says one thousand two hundred (1 200); balance, event and Dr. Wendt stated.", [
    ("RL-2024-052_Haixin.pdf", pdfx([
        ("h1", "Produktionsfreigabe / Production release RL-2024-052"),
        ("p", "Reifen Brandl GmbH, Osthafen 7, 93055 Regensburg. To: Yantai Haixin Auto Parts Co., Ltd. Date: 01.07.2024"),
        ("table", [
            ["Part", "PO", "Quoted qty", "Released quantity", "Balance"],
            ["RB-AW-4x10 adhesive weight strip 4 x 10 g", "4700018912", "4.000 cartons", "1.250 cartons", "on hold"],
        ]),
        ("p", "Dear Ms. Wang, the samples were signed off by Sabine Krüger on 26.06.2024. With this letter we release "
              "one thousand two hundred (1 200) cartons for production, delivery in two lots (KW 31 and KW 34)."),
        ("p", "The remaining 2 800 cartons of the quote stay on hold and are not released, until the next written "
              "release by Dr. Tobias Wendt after our Q3 stock review."),
        ("p", "Material authority: up to the released quantity."),
        ("p", "Dr. Tobias Wendt, Leiter Beschaffung"),
    ], title="RL-2024-052", author="Tobias Wendt")),
])

# p29 WeChat: supplier says deposit releases the full order
case("p29_wechat_deposit_releases", ["RG012"],
     "Buyer scope complete (3.000 samples, 57.000 on hold, Krüger sign-off + Dr. Wendt); supplier: 'with deposit the order is released', arranges the full 60 000.", [
    ("WeChat_Brandl_Haixin.txt", txt("""
—————  2024-06-10  —————
Jens Hofmeister 14:05
Hello Sunny, PO 4700019011 is sent: 3.000 pcs samples clip-on Zn assortment 10-60 g (RB-CW-ZN). The balance of 57.000 pcs is not released. It stays on hold until Frau Krüger signs off the samples and Dr. Wendt releases in writing.

Sunny Wang 14:20
Received, thank you Jens 😊 proforma for 30% deposit in your mail

—————  2024-06-17  —————
Sunny Wang 09:33
Dear Jens, we received your T/T 30% deposit today, thank you!

Sunny Wang 09:35
According our company rule, with deposit the order is released, so we arrange production for full 60 000 pcs now, ETD end of July 🚢

Jens Hofmeister 10:12
Sunny, I will check internally and call you.
""")),
])

# p30 supplier: PO accepted in our system, so serial production released (quoted buyer scope)
_p30_quoted = """Dear Elif,
please find PO 4500232330: 10 sample turntables RAV-TT-2640 only. The 390 pcs balance is on
hold, not released, until Marco Benassi signs off the samples and Stefano Ravelli sends the
written production release. Material for 10 pcs only.
Giulia Ferretti"""
_p30_text = """Dear Giulia Hanım,

thank you for your PO.

Your PO is accepted in our system, so the serial production is released automatically for the
390 pcs. We plan them in week 28 together with the samples.

Best regards,
Elif Demir
Planning

-----Original Message-----
From: Giulia Ferretti <g.ferretti@ravelli-officine.it>
Sent: Monday, 17 June 2024 11:20
""" + q(_p30_quoted) + "\n" + sig("Elif Demir", "Planning", OZK + ", Bursa", "+90 224 411 28 64")
case("p30_po_acceptance_releases", ["RG012"],
     "Quoted buyer scope is complete; supplier says the PO accepted in its system releases serial production of the 390 pcs automatically.", [
    ("Re_PO_4500232330.eml", eml_bytes(mail(ELIF, GIULIA, "Re: PO 4500232330 turntable RAV-TT-2640",
        "Tue, 18 Jun 2024 10:05:00 +0300", _p30_text, cc=MURAT, in_reply_to="<h202-rav-0617@ravelli-officine.it>"))),
])
# p31 'approved' for ECN and PO change, then unscoped 'go ahead' (multipart/alternative)
_p31_text = """Sehr geehrter Herr Novák,

for the record: PO 4700019040 covers the 16 sample sets of the rim clamp set RC-6. The balance
of 384 sets stays on hold, not released, until the sample sign-off by Frau Krüger and the
written release by Dr. Tobias Wendt.

And now the good news: the drawing change ECN-24-019 (powder coating RAL 7016 instead of zinc
plating) is approved by Frau Krüger, and the PO change 4700019040/2 (new price EUR 33,10 per
set) is approved by Dr. Wendt.

So everything is approved - go ahead!

Mit freundlichen Grüßen
Jens Hofmeister
""" + sig("Jens Hofmeister", "Einkauf / Purchasing", BRA + ", Regensburg", "+49 941 46 10 233")
_p31_html = """<html><body style="font-family:Arial;font-size:13px">
<p>Sehr geehrter Herr Novák,</p>
<p>for the record: PO 4700019040 covers the 16 sample sets of the rim clamp set RC-6. The balance of 384 sets stays on hold, not released, until the sample sign-off by Frau Krüger and the written release by Dr. Tobias Wendt.</p>
<p>And now the good news: the drawing change ECN-24-019 (powder coating RAL 7016 instead of zinc plating) is approved by Frau Krüger, and the PO change 4700019040/2 (new price EUR 33,10 per set) is approved by Dr. Wendt.</p>
<p><b>So everything is approved - go ahead!</b></p>
<p>Mit freundlichen Grüßen<br>Jens Hofmeister<br>Einkauf / Purchasing, Reifen Brandl GmbH</p>
</body></html>"""
case("p31_everything_approved_goahead", ["RG002", "RG009"],
     "'approved' used for the ECN (technical) and the PO change (commercial), then 'everything is approved - go ahead!' without scope or quantity.", [
    ("RC-6_ECN-24-019.eml", eml_bytes(mail(JENS, PETR, "RC-6: ECN-24-019 und PO-Änderung 4700019040/2",
        "Thu, 27 Jun 2024 15:48:00 +0200", _p31_text, html=_p31_html, cc=JANA))),
])

# p32 WhatsApp: deposit paid, go ahead
case("p32_whatsapp_deposit_goahead", ["RG002", "RG012"],
     "Scope stated (4 samples, 116 on hold, Johan Botha), then 'Deposit paid this morning ... Go ahead boet!': payment as the trigger, unscoped go-ahead.", [
    ("WhatsApp_Chat_Ozkaya_Murat_Bey.txt", txt("""
04/06/2024, 11:20 - Pieter vd Merwe: Murat, PO HV-PO-24-0733 is for 4 sample units of the truck bead breaker BB-H12T only
04/06/2024, 11:21 - Pieter vd Merwe: The 116 units balance is on hold, not released, until Thandi signs off the samples and Johan Botha releases in writing
04/06/2024, 12:02 - Murat Yıldız: Noted Pieter Bey 🙏 proforma for the 30% deposit is in your mail
11/06/2024, 08:47 - Pieter vd Merwe: Deposit paid this morning ✅ POP attached
11/06/2024, 08:47 - Pieter vd Merwe: <Media omitted>
11/06/2024, 08:48 - Pieter vd Merwe: Go ahead boet!
11/06/2024, 09:15 - Murat Yıldız: 👍 Teşekkürler
""")),
])

# p33 minutes: 'approved' for samples and budget; supplier bought bar for the full lot
case("p33_minutes_material_full_lot", ["RG006", "RG009"],
     "Minutes: samples 'approved' (technical) and PO 'approved by direction' (budget); supplier already bought bar for the full 1.200 without material authority. Release scope complete.", [
    ("Verbale_2024-05-20_ChangYuan.docx", docx_bytes([
        ("h1", "Verbale riunione / Minutes - 20/05/2024"),
        ("p", "Officine Ravelli S.p.A. / Chang Yuan Precision Co., Ltd. - video call"),
        ("p", "Present: Giulia Ferretti, Marco Benassi (Ravelli); Kevin Lin, Amy Chen (Chang Yuan)"),
        ("p", "Subject: balancer shaft RAV-BS-40300, PO 4500232355 (20 samples), quote CY-Q24-0418"),
        ("num", "Samples: the 20 samples are approved by Marco Benassi (dimensions OK, runout max 0,012 mm on 20 pcs)."),
        ("num", "PO 4500232355 is approved by our direction (budget 2024, cost centre 4711)."),
        ("num", "Production: the balance of 1.180 pcs is not released. Production release only in writing by Stefano "
                "Ravelli (Direttore Operativo), after the 500 h bench test of the samples on the BX-900 balancer."),
        ("num", "Material: Kevin Lin informed that Chang Yuan already bought 42CrMo4 bar for the full 1.200 pcs in "
                "April to hold the price. Ravelli has given no material authority beyond the 20 samples."),
        ("num", "Actions: Giulia to clarify the material topic with Kevin by 24/05; Amy to send bench test samples by 27/05."),
        ("p", "Redatto da / written by: Giulia Ferretti"),
    ], author="Giulia Ferretti")),
])

# p34 supplier schedule: balance starts automatically after sample approval; forecast booked as firm
case("p34_schedule_auto_start_forecast_firm", ["RG007", "RG008"],
     "Supplier schedule: balance 1,180 'starts automatically wk 26 after your sample approval', and FY2025 forecast 4,800 'confirmed as firm order'.", [
    ("CY_schedule_Ravelli_2024-06.pdf", pdfx([
        ("h1", "Production schedule - customer Officine Ravelli"),
        ("p", "Chang Yuan Precision Co., Ltd., Taichung. Issued by Amy Chen, Production Control, 2024/06/03. Rev. 2"),
        ("table", [
            ["Order / item", "Qty", "Status", "Week"],
            ["PO 4500232380 - balancer shaft RAV-BS-40320, samples", "20 pcs", "shipped 2024/05/31", "wk 22"],
            ["Balance RAV-BS-40320 (quote CY-Q24-0502)", "1,180 pcs", "not released yet - starts automatically after your sample approval, no new document needed", "wk 26"],
            ["FY2025 forecast RAV-BS-40320", "4,800 pcs", "confirmed as firm order - capacity booked 400 pcs/month", "2025 wk 2-50"],
        ]),
        ("p", "Lathe cell 3 (Okuma LB3000) dedicated to Ravelli from wk 26. Please inform us if any change."),
    ], title="CY schedule Ravelli", author="Chang Yuan PC")),
])

# p35 PO with quote reference table and a named release authority; no hold, no event
case("p35_po_quote_table_authority", ["RG001", "RG003", "RG004"],
     "Sample PO 2 000 pcs with a quote table showing 48 000 production pcs; release authority Johan Botha named, but no hold on the balance and no unlock event.", [
    ("HV-PO-24-0745.pdf", pdfx([
        ("h1", "PURCHASE ORDER HV-PO-24-0745"),
        ("p", "Highveld Truck Tyre Depot (Pty) Ltd, 14 Refinery Road, Germiston 1401. Date: 25/06/2024. Buyer: Pieter van der Merwe"),
        ("p", "Supplier: Yantai Haixin Auto Parts Co., Ltd., Yantai, Shandong, China"),
        ("table", [
            ["Line", "Part", "Description", "Qty", "Unit USD", "Total USD"],
            ["10", "TW-Fe-ASSY", "Truck clip-on weight assortment 50-250 g, steel - samples", "2 000 pcs", "0.21", "420.00"],
        ]),
        ("h", "Quotation reference HX-240611"),
        ("table", [
            ["Phase", "Qty", "Unit USD"],
            ["Samples", "2 000 pcs", "0.21"],
            ["Production", "48 000 pcs", "0.12"],
        ]),
        ("p", "Release authority for this order: Johan Botha, Managing Director."),
        ("p", "Shipment by sea LCL, FOB Yantai. Payment 60 days from B/L."),
    ], title="HV-PO-24-0745", author="Highveld Purchasing")),
])

# p36 ERP sample PO with quote reference and production starting on advance payment
case("p36_erp_quote_ref_advance", ["RG001", "RG003", "RG004", "RG005", "RG012"],
     "ERP sample PO 10 pcs quotes '10 campioni + 490 serie'; no hold/event/person; 'production to start on receipt of advance payment'.", [
    ("OdA_4500232401.txt", txt("""
OFFICINE RAVELLI S.P.A.            ORDINE D'ACQUISTO / PURCHASE ORDER
Via dell'Industria 14                                  N. 4500232401
42015 CORREGGIO (RE) - ITALIA                          DATA 19.06.2024

FORNITORE / SUPPLIER  100388   OZKAYA MAKINA SAN. VE TIC. A.S., BURSA
ACQUISTI / BUYER      G. FERRETTI
STATO ORDINE          EMESSO / ISSUED

POS  MATERIALE         DESCRIZIONE                               QTA  UM  PREZZO EUR  CONSEGNA
---- ----------------- ----------------------------------------- ---- --- ----------- ----------
0010 RAV-CYL-80        CILINDRO STALLONATORE / BEAD BREAKER        10 PZ       96,00 2024-08-05
                       CYLINDER D80, CORSA 160, DIS. CYL-80 REV A
                       CAMPIONI / SAMPLES
                                                         TOTALE NETTO EUR        960,00

NOTE:
- RIF. OFFERTA OZKAYA TK-2024-0911: 10 CAMPIONI + 490 SERIE @ EUR 38,60.
- PAGAMENTO: ANTICIPO 30% A MEZZO BONIFICO, SALDO 60 GG D.F.
- LA PRODUZIONE INIZIA AL RICEVIMENTO DELL'ANTICIPO.
  PRODUCTION TO START ON RECEIPT OF ADVANCE PAYMENT.
- PROVA IDRAULICA 200 BAR SU OGNI PEZZO. CERTIFICATO 3.1 EN 10204.
""")),
])

# p37 Teams: sample PO + quote with production in the buyer's message; supplier bought bar for 1 500
case("p37_teams_quote_material_1500", ["RG001", "RG003", "RG004", "RG005", "RG006"],
     "Buyer: PO for 25 samples, 'quote has 25 samples + 1.500 production' with no hold/event/person; supplier bought brass for 1 500 without material authority.", [
    ("Teams_FM-VT-0420_HVB.txt", txt("""
Microsoft Teams - chat export (external)
Chat: FrotaMax Compras <> HVB Planeación
Participants: Rafael Nogueira (FrotaMax), Mariana López (HVB)

[10/06/2024 14:02] Rafael Nogueira
Mariana, PO FM-45-20415 for 25 samples of the valve core tool FM-VT-0420 is in your inbox 📩

[10/06/2024 14:03] Rafael Nogueira
Your quote Q-HVB-2405-77 has 25 samples + 1.500 production pcs.

[10/06/2024 14:31] Mariana López
Thank you Rafael! To keep the lead time we already bought the brass bar for the 1 500 pcs, it arrives Friday 🙂

[10/06/2024 14:40] Rafael Nogueira
👍 obrigado
""")),
])

# p38 mail saved as text: deposit transferred, so start the samples; no quantity
case("p38_mail_deposit_start_samples", ["RG010", "RG012"],
     "'deposit ... transferred today, so please start production of the samples': payment as the trigger; no sample quantity anywhere (hold, event, Stefano Ravelli stated).", [
    ("Mail_Ravelli_RAV-AW-60x5.txt", txt("""
Da/From: Giulia Ferretti <g.ferretti@ravelli-officine.it>
A/To:    Sunny Wang <sunny@haixin-weights.cn>
Data:    Fri, 07 Jun 2024 12:14:22 +0200
Oggetto: RAV-AW-60x5 adhesive weights - samples

Dear Sunny,

the deposit for the sample order is transferred today (SWIFT copy in attachment), so please
start production of the samples of the adhesive weight strip RAV-AW-60x5 (12 x 5 g, grey).

The production quantity stays on hold, not released, until Marco Benassi signs off the samples
on our BX-900 balancers and Stefano Ravelli (Direttore Operativo) sends you the written
production release. Material only for the samples.

Thank you and best regards
Giulia

--
Giulia Ferretti
Ufficio Acquisti / Purchasing
Officine Ravelli S.p.A. - Via dell'Industria 14 - 42015 Correggio (RE)
[Allegato: SWIFT_MT103_20240607.pdf]
""")),
])

# p39 release record: 'released' three ways and no quantity for the first lot
case("p39_record_released_no_qty", ["RG009", "RG010"],
     "Record uses 'released' for samples (engineering), PO (Finance) and production; the first production lot is released with no quantity stated.", [
    ("RR-24-019_HV-TCC-225.docx", docx_bytes([
        ("h1", "Release record RR-24-019"),
        ("p", "Highveld Truck Tyre Depot (Pty) Ltd, Germiston - supplier Strojírny Kolář s.r.o., Zlín"),
        ("p", "Part: HV-TCC-225 truck balancer clamp cone set 221 mm, thread M20x1.5, for 22.5\" wheels. PO HV-PO-24-0760."),
        ("num", "Samples released by workshop engineering (Thandi Mokoena) on 03/07/2024 after trials on 22.5\" wheels at Germiston and Rustenburg."),
        ("num", "PO HV-PO-24-0760 released by Finance (Lerato Dlamini) on 04/07/2024."),
        ("num", "Production release: the first production lot is released by Johan Botha (Managing Director) with this record."),
        ("num", "Further lots stay on hold, not released, until the next written call-off from Johan Botha."),
        ("sp",),
        ("p", "Signed: Johan Botha, Managing Director - 05/07/2024"),
    ], author="Johan Botha")),
])

# p40 DELFOR: header total differs from the lines; forecast weeks to be treated as firm
case("p40_delfor_450_vs_400_forecast_firm", ["RG008", "RG011"],
     "Call-off header says 450 sets released, the firm lines add up to 400; FTX asks to treat the forecast weeks as a firm order.", [
    ("DELFOR_0012_Kolar.txt", txt("""
==========================================================================
 EDI DELFOR D.96A - HUMAN READABLE PRINT            printed 24.06.2024 05:47
==========================================================================
 Message ref      : RBDF240112
 Buyer            : REIFEN BRANDL GMBH, 93055 REGENSBURG   (GLN 4012345000017)
 Supplier         : STROJIRNY KOLAR S.R.O., ZLIN            (Lief.-Nr. 702611)
 Call-off no.     : 0012                     Previous call-off: 0011
 Article          : RB-RC4-22  RIM CLAMP SET RC-4, 10-24"
 Unit             : SET
 Total released qty this call-off : 450 SET
--------------------------------------------------------------------------
 SCC  Status                          Week       Qty SET
--------------------------------------------------------------------------
 1    FIRM                            2024-27       200
 1    FIRM                            2024-28       200
 4    FORECAST                        2024-29-32    600
 4    FORECAST                        2024-33-36    600
--------------------------------------------------------------------------
 ATH  Fabrication authorization               :   400 SET
--------------------------------------------------------------------------
 FTX  Weeks 29-36 are our forecast (Prognose). Please treat them as firm
      order, binding for Reifen Brandl - plan your capacity accordingly.
      Further call-offs are issued by Jens Hofmeister (Disposition).
==========================================================================
""")),
])

# p41 buyer portal: complete scope, then 'Green light from our side' after a packing question
case("p41_portal_green_light", ["RG002"],
     "Portal PO scope complete (15 samples, 585 on hold, Stefano Ravelli), then the buyer's message 'Green light from our side' names no quantity or scope.", [
    ("ravelli_portale_4500232420.html", html_page("Officine Ravelli - Portale Fornitori - 4500232420", """
<h2>Officine Ravelli - Portale Fornitori</h2>
<p>Fornitore: <b>Chang Yuan Precision Co., Ltd.</b> (Taichung, TW) &middot; cod. 100512</p>
<h3>Ordine 4500232420 &middot; emesso 04/06/2024</h3>
<table>
<tr><th>Pos.</th><th>Articolo</th><th>Descrizione</th><th>Qta</th><th>Ambito / scope</th></tr>
<tr><td>10</td><td>RAV-BS-36250</td><td>Albero equilibratrice / balancer shaft D36 x 250, M36x3</td><td>15</td><td>campioni / samples</td></tr>
</table>
<div class="note">Only the 15 samples are released. The balance of 585 pcs (quote CY-Q24-0527) is not released and stays on hold until
Marco Benassi signs off the samples and Stefano Ravelli (Direttore Operativo) sends the written production release.
Material authority: sample-only.</div>
<h3>Messaggi / messages</h3>
<table>
<tr><th>Data</th><th>Da</th><th>Messaggio</th></tr>
<tr><td>12/06/2024 09:14</td><td>Kevin Lin (Chang Yuan)</td><td>Revised packing proposal: VCI bag + wooden box, 25 pcs per box. OK for you?</td></tr>
<tr><td>13/06/2024 11:02</td><td>Giulia Ferretti (Ravelli)</td><td>Packing ok. Green light from our side, grazie!</td></tr>
</table>
""", lang="it").encode("utf-8")),
])

# p42 supplier: payment done and samples approved, so we proceed with the balance (quoted buyer scope)
_p42_quoted = """Alejandro, PO FM-45-20430 is for 20 samples of the valve tool FM-VT-0430 only.
The balance of 2 380 pcs stays on hold, not released, until Camila Duarte signs off the
samples and Paulo Teixeira sends you the written production release.
The sample invoice is payable in advance.
Rafael"""
_p42_text = """Hola Rafael,

thank you. Payment of the sample invoice arrived ✔ and Camila wrote us that the samples are OK.

So with payment done and samples approved we proceed direct with the 2 380 pcs, first shipment
in August.

Saludos,
Alejandro

El 24/06/2024 a las 09:10, Rafael Nogueira escribió:
""" + q(_p42_quoted) + "\n" + sig("Alejandro Ruiz", "Ventas / Sales", HVB + ", León, Gto.", "+52 477 712 0388")
_p42_html = """<html><body style="font-family:Arial">
<p>Hola Rafael,</p>
<p>thank you. Payment of the sample invoice arrived &#10004; and Camila wrote us that the samples are OK.</p>
<p>So with payment done and samples approved we proceed direct with the 2 380 pcs, first shipment in August.</p>
<p>Saludos,<br>Alejandro</p>
<blockquote style="border-left:2px solid #999;padding-left:6px">Alejandro, PO FM-45-20430 is for 20 samples of the valve tool FM-VT-0430 only.
The balance of 2 380 pcs stays on hold, not released, until Camila Duarte signs off the samples and Paulo Teixeira sends you the written production release.
The sample invoice is payable in advance.<br>Rafael</blockquote>
</body></html>"""
case("p42_paid_and_ok_proceed_balance", ["RG007", "RG012"],
     "Quoted buyer scope complete; supplier: 'with payment done and samples approved we proceed direct with the 2 380 pcs'.", [
    ("Re_FM-VT-0430_samples.eml", eml_bytes(mail(ALEJANDRO, RAFAEL, "Re: FM-VT-0430 samples / PO FM-45-20430",
        "Tue, 02 Jul 2024 17:40:00 -0600", _p42_text, html=_p42_html, cc=MARIANA,
        in_reply_to="<h202-fmx-0624@frotamax.com.br>"))),
])

# p43 'proceed with the pilot lot' (scoped by name) but no quantity anywhere; DOCX drawing notes
_p43_text = """Hi Kevin,

please proceed with the pilot lot of the truck balancer shaft HV-BS-40T2 as per the attached
drawing notes (PO HV-PO-24-0781).

The production balance is not released. It stays on hold until Thandi Mokoena (Workshop
Engineer) signs off the pilot lot and Johan Botha (MD) sends the written production release.
Material only for the pilot lot.

Cheers
Pieter
""" + sig("Pieter van der Merwe", "Buyer", HVD + ", Germiston", "+27 11 873 4410")
_p43_docx = docx_bytes([
    ("h1", "Drawing notes HV-BS-40T2 Rev B"),
    ("p", "Highveld Truck Tyre Depot - workshop engineering"),
    ("li", "Material 42CrMo4 (EN 10083-3), quenched and tempered 28-32 HRC."),
    ("li", "Induction hardened 55 +/- 2 HRC on D40 h6, depth 1,5-2,5 mm."),
    ("li", "Thread M40x3-6g, runout max 0,02 A-B."),
    ("li", "General tolerances ISO 2768-mK. Surface Ra 0,8 on bearing seats."),
    ("li", "Marking: HV-BS-40T2 + date code, laser, 2 mm characters."),
    ("li", "Packing: VCI bag, each shaft in its own cardboard tube."),
    ("p", "T. Mokoena, 20/06/2024"),
], author="Thandi Mokoena")
case("p43_pilot_lot_no_qty", ["RG010"],
     "'proceed with the pilot lot' is scoped to the pilot lot, but no quantity is stated in the mail or the drawing notes; hold, event and Johan Botha stated.", [
    ("HV-BS-40T2_HV-PO-24-0781.eml", eml_bytes(mail(PIETER, KEVIN, "HV-BS-40T2 pilot lot - PO HV-PO-24-0781",
        "Thu, 20 Jun 2024 13:25:00 +0200", _p43_text,
        attachments=[("HV-BS-40T2_drawing_notes_RevB.docx", _p43_docx, DOCX_MT)]))),
])

# p44 WeChat: 'approved' three ways; 2 400 vs 2.000 in the buyer's own messages
case("p44_wechat_approved_2400_vs_2000", ["RG009", "RG011"],
     "Buyer: samples approved, PO change approved, 'production approved: 2 400 boxes' (full quantity), then pastes the ERP line with 2.000 boxes released.", [
    ("WeChat_Ravelli_Haixin.txt", txt("""
—————  2024-06-26  —————
Giulia Ferretti 10:15
Sunny, good news: Marco approved the samples ✔ and our direzione approved the PO change rev.1 ✔

Giulia Ferretti 10:16
So production approved: 2 400 boxes clip-on Zn mix as per PO 4500232455 rev.1. This is the full quantity of your quote HX-240520, nothing more will follow.

Sunny Wang 10:30
Thank you Giulia!! 🎉

—————  2024-06-27  —————
Giulia Ferretti 08:50
from our system for your file:
POS 0020  RAV-CW-ZN-MIX  QTA 2.000 SCAT.  STATO: RILASCIATO / RELEASED

Sunny Wang 09:02
Giulia, 2 400 or 2 000 boxes? 🤔
""")),
])

# p45 buyer portal notice board: forecast as firm order; ECN accepted, go ahead
case("p45_portal_notices_forecast_goahead", ["RG002", "RG008"],
     "Portal: open PO scoped (12 samples, 1 188 on hold, Johan Botha); notices call a 2025 forecast a firm order and end an ECN notice with an unscoped 'go ahead!'.", [
    ("highveld_portal_notices_Ozkaya.html", html_page("Highveld Supplier Portal - Notices", """
<h2>Highveld Truck Tyre Depot - Supplier Portal</h2>
<p>Supplier: <b>Özkaya Makina San. ve Tic. A.Ş.</b> (Bursa) &middot; Vendor no. 20391</p>
<h3>Open orders</h3>
<table>
<tr><th>PO</th><th>Part</th><th>Qty</th><th>Scope</th><th>Status</th></tr>
<tr><td>HV-PO-24-0771</td><td>HV-BBB-180 truck bead breaker blade</td><td>12</td><td>sample</td><td>released</td></tr>
<tr><td>HV-PO-24-0771</td><td>HV-BBB-180 production balance</td><td>1 188</td><td>production</td><td>on hold - not released</td></tr>
</table>
<p class="note">Balance HV-BBB-180: unlock event is the sample sign-off by Thandi Mokoena, then the written production release by Johan Botha (MD). Material authority: sample-only.</p>
<h3>Notices</h3>
<table>
<tr><th>Date</th><th>From</th><th>Notice</th></tr>
<tr><td>20/06/2024</td><td>Pieter van der Merwe</td><td>Volume plan 2025 - hydraulic bead breaker cylinder HV-BBC-63: 600 units. This forecast is our firm order for 2025, please book your capacity.</td></tr>
<tr><td>24/06/2024</td><td>Pieter van der Merwe</td><td>ECN-HV-24-07 (blade edge radius R3 instead of R2 on HV-BBB-180) accepted by Thandi Mokoena - go ahead!</td></tr>
</table>
""").encode("utf-8")),
])


# =================================================================== WRITE
RULES = [f"RG{n:03d}" for n in range(1, 13)]


def _check():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    assert len(CASES) == 70, len(CASES)
    clean = [c for c in CASES if not c["expect"]]
    assert len(clean) == 25, len(clean)
    for c in CASES:
        assert c["name"][0] == ("c" if not c["expect"] else "p"), c["name"]
        assert all(r in RULES for r in c["expect"]), c["name"]
    for r in RULES:
        n = sum(r in c["expect"] for c in CASES)
        assert n >= 6, (r, n)


def main():
    _check()
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(202202).shuffle(order)
    labels = {}
    for nn, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h202_{nn:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
