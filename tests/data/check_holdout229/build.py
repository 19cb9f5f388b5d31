#!/usr/bin/env python3
"""Generator for the releasegate check_holdout229 corpus.

Domain: bicycle-parking and street-furniture hardware (bike-rack hoops, bollard sleeves,
bin housings, bench end frames, tree-grate segments). All names are fictional.

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout229/build.py

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
from email.utils import format_datetime
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
    m["Message-ID"] = msgid or f"<h229-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h229")
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


# ------------------------------------------------------------ small helpers (h229)
def dt(y, mo, d, h, mi, tzh):
    """RFC 5322 date with the right weekday, fixed offset."""
    tz = _dt.timezone(_dt.timedelta(hours=tzh))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, 0, tzinfo=tz))


def to_html(text):
    """Very small text -> HTML for multipart/alternative bodies; '>' lines become blockquotes."""
    out, quote = [], []

    def flush():
        if quote:
            out.append("<blockquote style=\"border-left:2px solid #99c;margin:0 0 0 6px;"
                       "padding-left:8px;color:#444\">" + "<br>\n".join(quote) + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(escape(line.lstrip("> ")))
            continue
        flush()
        out.append(escape(line) + "<br>" if line.strip() else "<br>")
    flush()
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,"
            "sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n")


def q(text, level=1):
    """Prefix every line with '> ' (level times)."""
    p = "> " * level
    return "\n".join((p + line).rstrip() for line in text.strip("\n").split("\n"))


# Parties (all fictional)
KBH = "Byrumsenheden, City of Copenhagen"
METTE = "Mette Kjærgaard <mk@byrumsenheden-kbh.dk>"
MC = "City of Merriwa Creek"
SHANE = "Shane O'Donnell <shane.odonnell@merriwacreek.vic.gov.au>"
EMTA = "Empresa Metropolitana de Transporte Andino S.A.S. (EMTA)"
ANDRES = "Andrés Felipe Rojas <andres.rojas@emta.gov.co>"
STA = "Arrondissement de Saint-Aurèle, Montréal"
GENEVIEVE = "Geneviève Tremblay <genevieve.tremblay@arr-saint-aurele.ca>"
VA = "Metalúrgica Vale do Ave, Lda."
RUI = "Rui Figueiredo <rui.figueiredo@valedoave.pt>"
SF = "Stal-Form Sp. z o.o."
TOMASZ = "Tomasz Wiśniewski <t.wisniewski@stal-form.pl>"
HR = "Hebei Hengrui Municipal Castings Co., Ltd."
LEO = "Leo Zhao <leo.zhao@hengrui-castings.cn>"
HUB = "Herrajes Urbanos del Bajío S.A. de C.V."
CARLOS = "Carlos Ibarra <carlos.ibarra@hubajio.com.mx>"
LV = "Linnavara Metall OÜ"
KRISTJAN = "Kristjan Tamm <kristjan.tamm@linnavara.ee>"

SIG_METTE = sig("Mette Kjærgaard", "Indkøber / Purchaser", KBH, "+45 33 66 41 27")
SIG_SHANE = sig("Shane O'Donnell", "Procurement Officer, Civil Assets", MC, "+61 3 9000 4127")
SIG_ANDRES = sig("Andrés Felipe Rojas", "Profesional de Compras, Dirección de Infraestructura", EMTA,
                 "+57 601 000 4412 ext. 217")
SIG_GEN = sig("Geneviève Tremblay", "Agente d'approvisionnement, Division Voirie", STA,
              "514 000-2210 poste 4418")
SIG_RUI = sig("Rui Figueiredo", "Comercial / Sales", VA + " – Guimarães, Portugal", "+351 253 000 418")
SIG_TOMASZ = sig("Tomasz Wiśniewski", "Export Sales Manager", SF + ", Bydgoszcz", "+48 52 000 37 15")
SIG_LEO = sig("Leo Zhao (赵磊)", "Sales Manager, Export Dept.", HR + ", Botou, Hebei", "+86 317 8226 5510")
SIG_CARLOS = sig("Carlos Ibarra", "Gerente de Ventas", HUB + ", León, Gto.", "+52 477 000 1180")
SIG_KRISTJAN = sig("Kristjan Tamm", "Sales Manager", LV + ", Tallinn", "+372 600 0417")


# =================================================================== CLEAN
# ---- c01: supplier quote with sample and production tiers (Hebei -> Melbourne), TXT
case("c01_quote_tiers", [], "Supplier quote only: sample and production tiers, no authorization in the bundle.", [
    ("HR-Q2405-118.txt", """HEBEI HENGRUI MUNICIPAL CASTINGS CO., LTD.
Add: No. 18 Foundry Road, Botou Economic Development Zone, Cangzhou, Hebei, China
Tel: +86 317 8226 5510     Email: leo.zhao@hengrui-castings.cn

                               QUOTATION
No.: HR-Q2405-118                                   Date: 2024-05-21
To:  City of Merriwa Creek - Civil Assets (Procurement, Mr. Shane O'Donnell)
Re:  Tree grate 1200x1200, 4-segment type, your drawing MC-STD-TG-1200 Rev D

Material:  ductile iron EN-GJS-500-7 (QT500-7)
Load class: EN 124 class C250
Finish:    black bitumen dip (standard) / HDG + powder (option, +USD 41.00 per set)
Weight:    approx. 38 kg per segment, 152 kg per set

Item  Description                      Stage        Qty          Unit price USD   Amount USD
----  -------------------------------  -----------  -----------  ---------------  -----------
1     Pattern / tooling (aluminium)    one time     1 set              3,800.00      3,800.00
2     TG-1200 set (4 segments)         Sample       4 sets               612.00      2,448.00
3     TG-1200 set (4 segments)         Production   300 sets             298.00     89,400.00
4     TG-1200 set (4 segments)         Production   600 sets             276.50    165,900.00
5     TG-1200 set (4 segments)         Production   1,000 sets           262.00    262,000.00

Remarks:
1. Production price is tier price, depend on final quantity of your order. The quantity
   300 / 600 / 1,000 is for price reference only.
2. Sample lead time 25 days after pattern confirm. Production lead time 45-50 days after
   your written order for production.
3. Payment: pattern 100% with order; samples 100% before shipment; production T/T 30%
   deposit, 70% before shipment.
4. Salt spray test 720 h on HDG option (ISO 9227 NSS), test report available.
5. Our factory is certified ISO 9001:2015 and ISO 14001:2015.
6. Price term FOB Tianjin Xingang. Validity of this quotation: 60 days.
7. One 20' GP container take approx. 110 sets.

Any question please feel free contact us.

Best regards,
Leo Zhao (赵磊)
Sales Manager, Export Dept.
"""),
])

# ---- c02: RFQ with three quantity scenarios (Melbourne -> Tallinn), EML multipart/alternative
_t = """Hi Kristjan,

Hope you're well. As discussed on the phone last week, we're going out to market for the 120 L litter bin housings (our std drawing MC-STD-BH-120 Rev B, 2.0 mm galv sheet, powder coat Monument). This is a request for quotation only. It is not an order and nothing is authorised by this email.

Could you please price three scenarios:

  Scenario A - 150 units (Stage 1, CBD only)
  Scenario B - 400 units (Stage 1 + 2)
  Scenario C - 900 units (whole-of-municipality rollout, 2025-26)

Plus, separately, 3 (three) sample housings for fit-up on our existing footings (M12 anchors, 4 holes on a 310 PCD).

Please include: unit price per scenario, sample price, tooling if any, lead times, freight to Port Melbourne (CIF), and your powder coat spec (we need min. 1000 h salt spray to ISO 9227).

Quotes due Friday 21 June 2024, 5 pm AEST. If anything's unclear just give me a bell.

Cheers,
Shane
""" + SIG_SHANE
_m = mail(SHANE, KRISTJAN, "RFQ MC-RFQ-2024-031 - litter bin housings BH-120 (three scenarios)",
          dt(2024, 6, 4, 15, 12, 10), _t, html=to_html(_t))
case("c02_rfq_scenarios", [], "Buyer RFQ with three quantity scenarios and sample price request; explicitly not an order.", [
    ("MC-RFQ-2024-031.eml", eml_bytes(_m)),
])

# ---- c03: WhatsApp, supplier asks for green light, buyer answers with full scope
case("c03_whatsapp_question", [], "Supplier's 'luz verde?' is a question; buyer answer names 10 samples, 390 not released, sign-off + written release by Castaño, material sample-only.", [
    ("WhatsApp Chat con Carlos HUB.txt", """12/08/2024, 09:14 - Carlos Ibarra (HUB): Buen día Andrés 👋 las 10 muestras de camisa de bolardo BS-114 ya salieron de pulido, mañana van a pasivado
12/08/2024, 09:15 - Carlos Ibarra (HUB): una pregunta, ¿ya tenemos luz verde para el balance? para programar el tubo inox 316 de 114,3 x 2,0 mm con el proveedor
12/08/2024, 09:41 - Andrés Felipe Rojas EMTA: Buen día Carlos. No todavía
12/08/2024, 09:43 - Andrés Felipe Rojas EMTA: La OC 4700-0398 es solo para las 10 muestras. El saldo de 390 camisas NO está liberado, y tampoco el material: compren tubo solo para las muestras
12/08/2024, 09:44 - Andrés Felipe Rojas EMTA: The 390 get released only after Ing. Laura Muñoz signs off the samples and then Ing. Jorge Iván Castaño sends the written release. Sin ese papel no arranca nada pls
12/08/2024, 09:46 - Carlos Ibarra (HUB): Entendido 👍 entonces esperamos la liberación por escrito del Ing. Castaño. Las muestras llegan a Bogotá el 23/08 aprox
12/08/2024, 09:46 - Andrés Felipe Rojas EMTA: Perfecto, gracias Carlos
"""),
])

# ---- c04: clearly labelled forecast (Copenhagen), PDF
case("c04_labelled_forecast", [], "Forecast labelled 'not an order, not a commitment', no material or production on it.", [
    ("BRH-750_plan_2025.pdf", pdf([
        ("h1", "Indikativ prognose 2025 / Indicative forecast 2025"),
        ("p", KBH + " - Indkøb (Procurement), Rådhuspladsen-annekset, 1599 København V"),
        ("p", "To: " + VA + ", Guimarães - attn. Rui Figueiredo. Date: 30 September 2024."),
        ("p", "Part: BRH-750 cykelbøjle / bike-rack hoop, tube Ø48,3 x 3,2 mm, S235JR, hot-dip galvanised "
              "EN ISO 1461 + powder RAL 7016, DWG-2400 rev 3."),
        ("h", "FORECAST - NOT AN ORDER"),
        ("table", [
            ["Quarter", "Area", "Forecast qty (pcs)", "Status"],
            ["Q1 2025", "Nørrebro", "350", "forecast"],
            ["Q2 2025", "Vesterbro / Kgs. Enghave", "600", "forecast"],
            ["Q3 2025", "Amager Øst", "450", "forecast"],
            ["Q4 2025", "reserve", "200", "forecast"],
            ["Total", "", "1.600", "forecast"],
        ]),
        ("sp",),
        ("p", "This forecast is given for capacity planning only. It is not a purchase order, not a call-off "
              "and not a commitment to buy. Do not buy material or start production on the basis of this "
              "document. Quantities become orders only through a purchase order from Indkøb."),
        ("p", "The figures depend on the municipal budget 2025 (expected adopted in December 2024) and may "
              "change up or down."),
        ("p", "Spørgsmål / questions: Mette Kjærgaard, Indkøber, +45 33 66 41 27."),
    ], title="Indicative forecast 2025 BRH-750", author="Mette Kjaergaard")),
])

# ---- c05: sample disposition 'approved for fit check only' (Montreal), DOCX
case("c05_fit_check_only", [], "Sample disposition scoped 'approved for fit check only; production not released', balance 228 on hold, event + Lavoie named.", [
    ("SD-2024-019.docx", docx_bytes([
        ("h1", "Fiche de disposition d'échantillons / Sample disposition record"),
        ("table", [
            ["Champ / Field", "Valeur / Value"],
            ["N° fiche", "SD-2024-019"],
            ["Fournisseur / Supplier", SF + ", Bydgoszcz (PL)"],
            ["Pièce / Part", "BEF-600 cadre d'extrémité de banc / bench end frame, fonte d'aluminium EN AC-46100, dessin TP-2210 rév. 4"],
            ["BC / PO", "BC-24-0340 — 12 échantillons / samples"],
            ["Quantité soumissionnée / quoted", "240 (soumission SF/2024/118)"],
            ["Date", "2024-10-15"],
        ]),
        ("h", "Résultats / Results"),
        ("table", [
            ["Caractéristique", "Spéc.", "Mesuré", "OK?"],
            ["Entraxe des trous de fixation", "560 ± 1 mm", "559,6 – 560,4", "OK"],
            ["Inserts filetés", "M10x1,5", "conforme", "OK"],
            ["Épaisseur peinture", "80–120 µm", "92–110 µm", "OK"],
            ["Brouillard salin ISO 9227 NSS", "1000 h", "en cours (fin 2024-11-08)", "—"],
            ["Ajustement sur lattes de bois existantes", "—", "12/12 OK", "OK"],
        ]),
        ("h", "Disposition"),
        ("p", "Approuvé pour vérification d'ajustement seulement. / Approved for fit check only; production not released."),
        ("p", "Cette fiche est une disposition technique. Elle ne libère aucune quantité de production. / "
              "This record is a technical disposition. It releases no production quantity."),
        ("p", "Solde de 228 cadres : en attente, non libéré. Déblocage : (1) brouillard salin 1000 h conforme et fiche "
              "de disposition finale « approuvé » signée par Marc-André Gagnon, puis (2) avis de libération écrit signé "
              "par Isabelle Lavoie, chef de division Voirie. / Balance of 228 frames on hold; unlocked only by the final "
              "sign-off and then a written release signed by Isabelle Lavoie."),
        ("p", "Autorisation matériel : échantillons seulement. / Material authority: samples only."),
        ("p", "Signé : Marc-André Gagnon, ing., Travaux publics — 2024-10-15"),
    ], author="Marc-Andre Gagnon")),
])

# ---- c06: full-quantity portal PO that says proceed (Melbourne -> Hebei), HTML
case("c06_full_qty_portal", [], "Full and final quantity PO (120 hoops), no sample stage and no balance; 'proceed with the full 120' is scoped.", [
    ("eProcure_MC-PO-24-0877.html", html_page("MC-PO-24-0877 - Merriwa Creek eProcure", """
<h2>Merriwa Creek eProcure &mdash; Supplier view</h2>
<p>Logged in as: <b>Hebei Hengrui Municipal Castings Co., Ltd.</b> (vendor 30417) &nbsp;|&nbsp; <a href="#">Log out</a></p>
<h3>Purchase Order MC-PO-24-0877</h3>
<table>
<tr><th>Issued</th><td>19/08/2024</td><th>Buyer</th><td>Shane O'Donnell, Procurement Officer</td></tr>
<tr><th>Project</th><td>Tannery Lane streetscape upgrade, Stage 2</td><th>Deliver to</th><td>Merriwa Creek Operations Centre, 2 Depot Rd</td></tr>
<tr><th>Incoterm</th><td>CIF Port Melbourne</td><th>Currency</th><td>USD</td></tr>
</table>
<h4>Lines</h4>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit price</th><th>Ext. price</th></tr>
<tr><td>1</td><td>BRH-750-MC</td><td>Bike hoop, 48.3 x 3.2 CHS, HDG + powder Monument, MC-STD-BRH-750 Rev C, 2 x M12 chemical anchors</td><td>120</td><td>EA</td><td>118.40</td><td>14,208.00</td></tr>
</table>
<div class="note">
<p><b>Buyer note:</b> This is the full and final quantity for Tannery Lane Stage 2. There is no sample stage on
this order (the hoop was signed off under PO MC-PO-24-0612) and no further quantity is planned.
Proceed with the full 120 hoops. Deliver in one drop, week commencing 4 November 2024.</p>
<p>Coating: min. 1000 h ISO 9227 NSS. Test certificate with shipment please.</p>
</div>
<p>Supplier acknowledgement: <i>pending</i> &nbsp; <button>Acknowledge PO</button></p>
<p style="font-size:11px;color:#666">ABN 00 000 000 000 &middot; Terms: 30 days EOM &middot; Page generated 21/08/2024 09:02 AEST</p>
""")),
])

# ---- c07: EDI call-off with staged material authority above the released quantity
case("c07_calloff_staged_material", [], "Call-off releases 150; explicit staged material authority up to 450; forecast lines not released; next call-off by Signe Dahl.", [
    ("DELFOR_KBH-000318.txt", """EDI DELFOR D.96A - HUMAN READABLE PRINT                                   Page 1/1
Message ref: KBH-DELFOR-000318                 Created: 2024-09-02 06:15 CET
Sender:   Byrumsenheden, City of Copenhagen   (GLN 5790000123457)
Receiver: Linnavara Metall OÜ, Tallinn         (GLN 4740000987654)

Schedule type : Call-off (DELFOR, BGM 241)     Call-off no.: CO-03
Framework PO  : 4100-2150
Part          : BH-120 affaldsbeholder-hus / bin housing 120 L, DWG-3120 rev C, RAL 6005
Unit          : PCE

--- RELEASED FOR PRODUCTION (call-off CO-03) ----------------------------------
  QTY+113  Delivery 2024-10-21   Qty    75   Firm
  QTY+113  Delivery 2024-11-18   Qty    75   Firm
           Total released by CO-03:   150

--- FORECAST, NOT RELEASED (planning information only) -----------------------
  QTY+1    Week 2025-03          Qty   100   Forecast
  QTY+1    Week 2025-10          Qty   100   Forecast
  QTY+1    Week 2025-18          Qty   100   Forecast
           Total forecast:             300

--- MATERIAL AUTHORITY ---------------------------------------------------------
  Staged material authority: raw material (galv. sheet DX51D+Z275 2,0 mm, hinge pins,
  M8 rivet nuts) for up to 450 PCE, at the buyer's liability.
  Fabrication beyond the 150 PCE released above is NOT authorised.

--- CUMULATIVE -----------------------------------------------------------------
  Cum. released CO-01..CO-03:  390      Cum. received: 240      Last ASN: LV-ASN-24-0877

FTX free text:
  Only the 150 pcs of CO-03 are released now. Forecast quantities are not released.
  Next call-off CO-04 is issued by Signe Dahl, Indkøbschef, after the Q4 stock review.
  Contact: Mette Kjærgaard, Indkøber, mk@byrumsenheden-kbh.dk, +45 33 66 41 27
"""),
])

# ---- c08: explicit signed auto-conversion record (Bogota / Leon), DOCX
case("c08_autoconversion_signed", [], "Explicit auto-conversion recorded before sign-off: 190 units, named signer, conditions, deadline; rest 200 held for Castaño's written release.", [
    ("Acta_EMTA-INF-AC-007.docx", docx_bytes([
        ("h1", "Acta de conversión automática / Auto-conversion record"),
        ("p", "Acta No. EMTA-INF-AC-007 — Bogotá D.C., 2 de septiembre de 2024"),
        ("table", [
            ["Campo", "Detalle"],
            ["Comprador", EMTA + ", Dirección de Infraestructura"],
            ["Proveedor", HUB + ", León, Gto., México"],
            ["Orden", "OC 4700-0412 — camisa de bolardo BS-114, acero inoxidable 316, plano EMTA-MOB-114 rev. 2"],
            ["Muestras", "10 unidades (OC 4700-0412)"],
            ["Cobertura comercial", "OC 4700-0412 rev. 1 emitida el 30/08/2024: 200 unidades (10 muestras + 190)"],
            ["Cantidad cotizada de producción", "390 (cotización HUB-COT-24-0781): 190 firme, 200 pronóstico"],
        ]),
        ("h", "1. Declaración / Statement"),
        ("p", "Se registra, antes de la evaluación de las muestras, que una disposición de muestras «aprobada» libera "
              "automáticamente 190 (ciento noventa) camisas BS-114, en las condiciones siguientes. / It is recorded, "
              "before the sample evaluation, that an approved sample sign-off automatically releases 190 (one hundred "
              "ninety) BS-114 sleeves under the conditions below."),
        ("num", "La disposición debe ser «aprobada» (no provisional ni rechazada) y firmada por la Ing. Laura Catalina Muñoz, Ingeniera de Infraestructura."),
        ("num", "La firma debe ocurrir a más tardar el 30/09/2024. Después de esa fecha esta acta pierde efecto y se requiere liberación escrita."),
        ("num", "Sin cambio de revisión del plano EMTA-MOB-114 rev. 2 ni del proceso de pulido (grano 320)."),
        ("h", "2. Saldo / Balance"),
        ("p", "Las 200 unidades restantes de la cotización (pronóstico) NO quedan liberadas por esta acta. Se liberan "
              "solo por liberación escrita del Ing. Jorge Iván Castaño, Director de Infraestructura, con nueva OC."),
        ("p", "Autorización de material (explícita): tubo 316 y tapas para hasta 200 unidades, a cargo de EMTA."),
        ("h", "3. Firmas"),
        ("table", [
            ["Nombre", "Cargo", "Firma", "Fecha"],
            ["Jorge Iván Castaño", "Director de Infraestructura (autoridad de liberación)", "[firmado]", "02/09/2024"],
            ["Laura Catalina Muñoz", "Ingeniera de Infraestructura", "[firmado]", "02/09/2024"],
            ["Carlos Ibarra", "Gerente de Ventas, HUB", "[firmado]", "03/09/2024"],
        ]),
    ], author="EMTA Infraestructura")),
])

# ---- c09: current sample PO + old quote forwarded as rfc822, declared informational
_old = mail(TOMASZ, "Pierre Leduc <pierre.leduc@arr-saint-aurele.ca>",
            "Quotation SF/2022/047 - bench end frames, Parc des Hirondelles",
            dt(2022, 3, 14, 10, 5, 1),
            """Dear Mr Leduc,

thank you for your inquiry. Our price for the bench end frame acc. to your drawing TP-2210 rev. 2:

  2 000 pcs, cast aluminium EN AC-46100, powder RAL 9005 ........ 38,50 EUR/pc EXW Bydgoszcz
  pattern (sand casting) one time ................................ 6 800,00 EUR
  lead time 10 weeks after order

Draft angle 2° on all vertical faces, wall 8 mm min.

Best regards
Tomasz Wisniewski
""" + SIG_TOMASZ)
_t = """Bonjour Tomasz,

Voici notre bon de commande BC-24-0311 pour les échantillons du cadre d'extrémité de banc BEF-600 (dessin TP-2210 rév. 4).

Scope, in English so everybody in your plant reads the same thing:
- Quantity active now: 12 (twelve) sample frames. That is all you may produce.
- The series is not released. Nothing beyond the 12 samples.
- Material: for the 12 samples only.
- What unlocks the series: the sample sign-off by Marc-André Gagnon (ing., Travaux publics), then a written release signed by Isabelle Lavoie, chef de division Voirie. Only Mme Lavoie can release the series.
- The series quantity is open; it depends on our 2025 budget.

I also forward your 2022 quote (SF/2022/047, Parc des Hirondelles) only as reference for the casting method - Marc-André wants to compare the draft angles. The 2 000 pcs in that old quote are NOT ordered and NOT released; information only, please don't plan anything on it.

Merci et bonne journée,
Geneviève
""" + SIG_GEN
_m = mail(GENEVIEVE, TOMASZ, "BC-24-0311 – échantillons BEF-600 / TR: old quote SF/2022/047 (info only)",
          dt(2024, 9, 9, 14, 32, -4), _t, attachments=[("rfc822", _old)])
case("c09_old_quote_forwarded", [], "Sample PO with full scope; 2022 quote with 2 000 pcs forwarded as rfc822 and declared information only, not ordered, not released.", [
    ("BC-24-0311.eml", eml_bytes(_m)),
])

# ---- c10: buyer corrects quoted supplier's 'roll straight into the 800'
_t = """Hej Rui,

Thank you for the update, and good that the samples are on the way to the galvaniser.

But I have to correct one point: the sample approval does not release the 800 hoops. Please do not roll into production when Rasmus signs off the samples.

To be very clear:
- Released now: the 8 (eight) sample hoops on PO 4100-2240. Nothing more.
- The 800 production hoops on your quote are not released, and no material for them may be bought.
- After Rasmus Holm's sample sign-off, Signe Dahl (Indkøbschef) sends a written production release with the quantity. Only that letter releases production.

If the galvanizing slot in November is a problem, tell me the latest date you need the written release, and I will ask Signe.

Med venlig hilsen / Best regards
Mette
""" + SIG_METTE + """
Fra: Rui Figueiredo <rui.figueiredo@valedoave.pt>
Sendt: 4. september 2024 16:52
Til: Mette Kjærgaard <mk@byrumsenheden-kbh.dk>
Emne: PO 4100-2240 – BRH-750 samples / galvanizing slot

""" + q("""Dear Mette,

The 8 samples are welded and go tomorrow to the galvanizing (Galvaminho, Braga), then powder RAL 7016.
Once you approve the samples we will roll straight into the 800 hoops, so we keep the slot in galvanizing in November. Otherwise next slot is only February.

Best regards,
Rui Figueiredo
""") + "\n"
_m = mail(METTE, RUI, "SV: PO 4100-2240 – BRH-750 samples / galvanizing slot", dt(2024, 9, 5, 8, 47, 2), _t,
          cc="Signe Dahl <sd@byrumsenheden-kbh.dk>, Rasmus Holm <rh@byrumsenheden-kbh.dk>",
          in_reply_to="<h229-va-0904@valedoave.pt>")
case("c10_buyer_corrects_quoted", [], "Quoted supplier assumes auto-conversion; buyer's reply corrects it with 8 active, 800 not released, sign-off + Signe Dahl's written release.", [
    ("SV_PO_4100-2240.eml", eml_bytes(_m)),
])

# ---- c11: WhatsApp: supplier says the deposit does not release production
case("c11_deposit_not_release", [], "Deposit paid; supplier states 'el anticipo no libera producción', 10 samples only, 390 on hold until Castaño's written release.", [
    ("WhatsApp Chat con HUB Carlos Ibarra.txt", """26/08/2024, 10:02 - Andrés Felipe Rojas EMTA: Carlos, recordatorio del alcance de la OC 4700-0426: solo 10 muestras BS-114. Saldo de 390 en espera (no liberado) hasta la firma de muestras de la Ing. Laura Muñoz y la liberación escrita del Ing. Jorge Iván Castaño. Material solo para muestras.
26/08/2024, 10:05 - Carlos Ibarra (HUB): Recibido Andrés 👍
29/08/2024, 15:31 - Andrés Felipe Rojas EMTA: Tesorería ya transfirió el anticipo del 30% de la cotización, te llega el soporte por correo
29/08/2024, 15:40 - Carlos Ibarra (HUB): Gracias! ya lo vi en el banco
29/08/2024, 15:42 - Carlos Ibarra (HUB): Solo para que quede claro con planeación: el anticipo no libera producción. We make only the 10 muestras; the 390 stay on hold until the written release from Ing. Castaño after the sample sign-off. No compramos tubo para el saldo.
29/08/2024, 15:44 - Andrés Felipe Rojas EMTA: Correcto, así es. Gracias Carlos
29/08/2024, 15:45 - Carlos Ibarra (HUB): 🙏
"""),
])

# ---- c12: supplier acknowledgement restating the hold and sample-only material authority
case("c12_supplier_ack_hold", [], "Supplier acknowledgement restates 12 samples, 228 not released, sample-only material, release by Lavoie after Gagnon's sign-off.", [
    ("AB_2024_0518.pdf", pdf([
        ("h1", "ORDER ACKNOWLEDGEMENT / POTWIERDZENIE ZAMÓWIENIA"),
        ("p", "No. AB/2024/0518      Date: 2024-09-19"),
        ("p", "Stal-Form Sp. z o.o., ul. Przemyslowa 14, 85-758 Bydgoszcz, Poland - VAT PL9530000000"),
        ("p", "Customer: Arrondissement de Saint-Aurèle, Division Voirie, Montréal QC - PO BC-24-0340 dated "
              "2024-09-12, attn. Mme Geneviève Tremblay"),
        ("table", [
            ["Pos", "Part", "Description", "Qty", "Unit price", "Value", "Delivery"],
            ["1", "BEF-600", "Bench end frame, cast aluminium EN AC-46100, dwg TP-2210 rev. 4, powder RAL 9005",
             "12 pcs (samples)", "EUR 94,00", "EUR 1 128,00", "wk 42/2024 FCA Bydgoszcz"],
            ["2", "T-BEF-600", "Pattern / tooling for gravity die casting", "1 set", "EUR 6 400,00", "EUR 6 400,00", "-"],
        ]),
        ("h", "Scope as we understand it (please correct us if wrong)"),
        ("p", "We accept PO BC-24-0340 for 12 (twelve) sample frames only. The series balance of 228 pcs from our "
              "quotation SF/2024/118 (240 pcs) is not released and we will not start it. Material authority: "
              "sample-only - we buy aluminium ingot and M10 inserts for 12 frames plus normal casting scrap, "
              "nothing for the series."),
        ("p", "We understand the series is released only by a written release from Mrs Isabelle Lavoie, chef de "
              "division, after the sample sign-off by Mr Marc-André Gagnon. Until we have this letter our planning "
              "keeps the 228 pcs as 'open, not released' in the ERP."),
        ("p", "Test: salt spray ISO 9227 NSS 1000 h on 3 of the 12 samples, report with shipment. Casting acc. to "
              "EN 1706; our QMS is certified ISO 9001:2015."),
        ("p", "Tomasz Wisniewski - Export Sales Manager"),
    ], title="AB/2024/0518", author="Stal-Form")),
])

# ---- c13: interim disposition with quantity and date limits (Melbourne / Hebei), DOCX
case("c13_interim_limits", [], "Interim disposition limited to 40 sets by 30 Sep, release of 40 signed by Kylie Brennan; balance 556 on hold until NCR closed, full sign-off and written release.", [
    ("ISD-2024-042.docx", docx_bytes([
        ("h1", "Interim Sample Disposition — ISD-2024-042"),
        ("table", [
            ["Field", "Detail"],
            ["Supplier", HR],
            ["Part", "TG-1200 tree grate, 4-segment set, ductile iron EN-GJS-500-7, MC-STD-TG-1200 Rev D"],
            ["PO", "MC-PO-24-0748 (4 sample sets); MC-PO-24-0748 Rev 1 (commercial cover 44 sets)"],
            ["Quoted production quantity", "600 sets (quote HR-Q2407-140), basis: forecast"],
            ["Date", "12 August 2024"],
        ]),
        ("h", "Finding"),
        ("p", "Samples meet dimensions and the load test (EN 124 class C250, test load 250 kN, no cracks). "
              "Non-conformance: bitumen coating thickness below spec on 2 of 4 sets (NCR-0042). Coating process "
              "rework agreed; corrective action due 30 September 2024."),
        ("h", "Disposition: INTERIM"),
        ("p", "Interim disposition with limits: it covers up to 40 (forty) sets, delivered on or before 30 September "
              "2024 and coated to the revised process. After 30 September 2024 the interim lapses."),
        ("p", "Release under this interim: 40 sets, released in writing by Kylie Brennan, Manager Civil Assets, by her "
              "signature below. Nothing beyond 40 sets is released."),
        ("p", "Balance on hold: 556 sets (600 quoted less 4 samples less 40 interim). They stay on hold until (1) "
              "NCR-0042 is closed and Priya Raman signs a full sample sign-off, and (2) Kylie Brennan issues a written "
              "release with the quantity. Council will issue a revised PO for any quantity above the 44 sets now covered."),
        ("p", "Material authority: for the 40 released sets only."),
        ("table", [
            ["Name", "Role", "Signed for", "Date"],
            ["Priya Raman", "Asset Engineer – Streetscapes", "interim disposition", "12/08/2024"],
            ["Kylie Brennan", "Manager Civil Assets (release authority)", "release of 40 sets", "12/08/2024"],
        ]),
    ], author="Priya Raman")),
])

# ---- c14: deviation permit leaving quantities untouched (Copenhagen / Tallinn), PDF
case("c14_deviation_permit", [], "Deviation permit for 6 samples only; says it changes no quantity and releases nothing; release stays with Signe Dahl after sign-off.", [
    ("DP-2024-07.pdf", pdf([
        ("h1", "Afvigelsestilladelse / Deviation Permit DP-2024-07"),
        ("table", [
            ["Field", "Detail"],
            ["Buyer", KBH],
            ["Supplier", LV + ", Tallinn"],
            ["PO", "4100-2262 (6 sample bin housings BH-120)"],
            ["Drawing", "DWG-3120 rev C"],
            ["Requested by", "Liis Saar, production planner, 2024-08-27"],
        ]),
        ("h", "Deviation"),
        ("table", [
            ["Characteristic", "Drawing", "Actual (samples)", "Decision"],
            ["Powder coat thickness", "80-120 µm", "60-80 µm on 6 of 6", "accepted for the samples (fit and handling trials only)"],
            ["Rivet nut", "M8 steel, zinc plated", "M8 stainless A2", "accepted"],
        ]),
        ("sp",),
        ("p", "Scope: this permit covers the 6 (six) sample housings of PO 4100-2262 only. It does not change any "
              "quantity, and it does not release production or material. The production quantity (quote LV-Q-0612: "
              "450 pcs, forecast) is not released."),
        ("p", "Production release stays a separate written release from Signe Dahl, Indkøbschef, after Rasmus Holm's "
              "sample sign-off on the re-coated housings."),
        ("p", "Signed: Rasmus Holm, projektingeniør, 2024-08-29"),
    ], title="DP-2024-07", author="Rasmus Holm")),
])

# ---- c15: Teams go-ahead scoped to 12 pilot hoops only
case("c15_teams_scoped_goahead", [], "'Go ahead with the 12 pilot hoops only', 348 not released until Priya's sign-off and Kylie Brennan's written release.", [
    ("Teams_chat_BRH-750_pilots.txt", """Microsoft Teams - chat export
Chat: Merriwa Creek / Linnavara - BRH-750 pilot hoops
Exported: 14/08/2024 16:02 (AEST)

[13/08/2024 9:12 AM] Kristjan Tamm (External): Good morning Shane. The pilot hoop drawings are ok from our side, tube 48,3 x 3,2 is ordered for the pilots. Can we start?
[13/08/2024 9:20 AM] Shane O'Donnell: Morning Kristjan. Yes - go ahead with the 12 pilot hoops only (PO MC-PO-24-0790).
[13/08/2024 9:21 AM] Shane O'Donnell: The other 348 on your quote are not released. That waits for Priya's sign-off on the pilots and then a written release from Kylie Brennan (Manager Civil Assets). Material for the 12 only please.
[13/08/2024 9:23 AM] Kristjan Tamm (External): Understood, the dozen pilots only, 348 on hold till Kylie's written release. Thanks!
[13/08/2024 9:24 AM] Shane O'Donnell: 👍
"""),
])

# ---- c16: full-quantity ERP PO full of quantity-like identifiers (Bogota -> Leon)
case("c16_full_qty_erp_identifiers", [], "Full and definitive 400-unit PO, two schedule lines summing to 400, no sample stage or balance; many quantity-like identifiers.", [
    ("OC_4700-0533.txt", """EMPRESA METROPOLITANA DE TRANSPORTE ANDINO S.A.S. - EMTA
NIT 900.000.000-1                                    Dirección de Infraestructura
ORDEN DE COMPRA / PURCHASE ORDER                               No. 4700-0533
Fecha: 09.09.2024     Clase: NB Pedido estándar     Estado: Emitida
Proveedor: 1000742  HERRAJES URBANOS DEL BAJIO S.A. DE C.V.
           Blvd. Aeropuerto 1180, León, Gto., México
Comprador: Andrés Felipe Rojas, Profesional de Compras       Grupo compras: P12
Contrato marco: CM-2024-015      Cotización: HUB-COT-24-0903
Incoterm: DAP Patio Portal Sur, Bogotá          Moneda: USD

Pos  Material      Descripción                                    Cant.  UM   Precio unit.      Valor
---- ------------- ---------------------------------------------- ------ ---- ------------ ----------
10   MOB-114-316   Camisa bolardo BS-114 inox 316, Ø114,3x2,0 mm,   400  UN         86,40  34.560,00
                   plano EMTA-MOB-114 rev. 2, rosca M16x2,
                   anclaje químico, pulido satinado grano 320
     Repartos:     20.11.2024    200 UN
                   15.01.2025    200 UN

Textos de cabecera:
  Pedido completo y definitivo: 400 (cuatrocientas) unidades. No hay etapa de muestras ni saldo;
  la pieza ya fue validada con la OC 4700-0398 (10 muestras, acta de muestras INF-114-09).
  Proceder con la fabricación de las 400 unidades según repartos.
  Certificados: EN 10204 3.1 del tubo, ISO 9001:2015 del proveedor, ensayo niebla salina
  ISO 9227 NSS 1000 h (3 probetas por lote de 200).
Condiciones de pago: 30 días fecha factura. Sin anticipo.

                                                      Valor total USD 34.560,00
Página 1 de 1                                          Impreso: 09.09.2024 11:42 ARO_ROJAS
"""),
])

# ---- c17: sample PO with complete scope note, multipart/alternative + PDF PO attachment
_po = pdf([
    ("h1", "INDKØBSORDRE / PURCHASE ORDER 4100-2240"),
    ("table", [
        ["Field", "Detail"],
        ["Buyer", KBH + ", Indkøb"],
        ["Supplier", VA + ", Guimarães, Portugal"],
        ["Date", "2024-08-19"],
        ["Buyer contact", "Mette Kjærgaard, +45 33 66 41 27"],
        ["Delivery", "DAP Byrumsdepot Sydhavn, uge/week 38"],
    ]),
    ("sp",),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
        ["10", "BRH-750-S", "Cykelbøjle / bike-rack hoop, Ø48,3 x 3,2, S235JR, HDG EN ISO 1461 + RAL 7016, DWG-2400 rev 3 - SAMPLE",
         "8", "DKK 1.245,00", "DKK 9.960,00"],
        ["info", "BRH-750", "Production quantity per quote Q-VA-24-077 - for information only, NOT RELEASED (forecast)",
         "800", "DKK 690,00", "-"],
    ]),
    ("h", "Scope note"),
    ("p", "Active quantity: 8 (eight) sample hoops. The 800 production hoops are not released. Unlock: sample "
          "sign-off by Rasmus Holm, projektingeniør, then a written production release from Signe Dahl, "
          "Indkøbschef. Material authority: sample-only. The 800 is a forecast, not a firm quantity."),
], title="PO 4100-2240", author="Mette Kjaergaard")
_t = """Kære Rui,

Hermed vores indkøbsordre (PO) 4100-2240 for prøverne af cykelbøjle BRH-750. English below so your production team can read it.

PO 4100-2240 - scope
1. Active now: 8 (eight) sample hoops BRH-750, DWG-2400 rev 3, HDG EN ISO 1461 + powder RAL 7016. Please make these 8 now.
2. The production quantity on your quote Q-VA-24-077 (800 hoops) is not released. It is on the PO for information only.
3. Unlock: Rasmus Holm (projektingeniør) signs off the samples; then Signe Dahl (Indkøbschef) sends a written production release with the quantity. Signe is the only one who can release the 800.
4. Material authority: sample-only. Please buy tube and base plates for the 8 samples, nothing for the 800.
5. The 800 is our forecast for 2025, not a firm quantity.

Delivery of the samples: uge/week 38, DAP Byrumsdepot Sydhavn.

Med venlig hilsen
Mette Kjærgaard
""" + SIG_METTE
_m = mail(METTE, RUI, "PO 4100-2240 – prøver / samples BRH-750", dt(2024, 8, 19, 10, 3, 2), _t,
          html=to_html(_t), attachments=[("PO_4100-2240.pdf", _po, PDF_MT)])
case("c17_sample_po_full_scope", [], "Sample PO mail + PDF: 8 active, 800 for information and not released, sign-off + Signe Dahl, sample-only material, forecast basis.", [
    ("PO_4100-2240.eml", eml_bytes(_m)),
])

# ---- c18: supplier portal status with balance ON HOLD (Hebei for Melbourne), HTML
case("c18_supplier_portal_on_hold", [], "Supplier portal status: 4 sample sets, balance 596 'ON HOLD - not released' awaiting sign-off and Kylie Brennan's written release, material for 4 only.", [
    ("Hengrui_portal_HR-SO-24-0612.html", html_page("Hengrui Customer Portal - HR-SO-24-0612", """
<h2>Hengrui Customer Portal 恒瑞客户门户</h2>
<p>Customer: <b>City of Merriwa Creek</b> &nbsp;|&nbsp; Contact: Mr. Shane O'Donnell &nbsp;|&nbsp; Last update: 2024-08-23 17:40 (UTC+8)</p>
<h3>Order status &mdash; HR-SO-24-0612 (customer PO MC-PO-24-0761)</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Qty</th><th>Authorisation</th><th>Status</th></tr>
<tr><td>1</td><td>Pattern TG-1200 (4 segments)</td><td>1 set</td><td>PO MC-PO-24-0761</td><td>finished 2024-08-09</td></tr>
<tr><td>2</td><td>TG-1200 tree grate set &mdash; samples</td><td>4 sets</td><td>PO MC-PO-24-0761</td><td>cast 2024-08-20, bitumen dip week 35</td></tr>
<tr><td>3</td><td>TG-1200 tree grate set &mdash; balance of quote HR-Q2407-133</td><td>596 sets</td><td><b>ON HOLD &ndash; not released</b></td><td>waiting customer sample sign-off (Ms Priya Raman) and written release (Ms Kylie Brennan)</td></tr>
</table>
<h4>Material</h4>
<table>
<tr><th>Material</th><th>For qty</th><th>Status</th></tr>
<tr><td>Pig iron Q10, FeSi75, nodulant</td><td>4 sets only (sample-only authority)</td><td>used</td></tr>
</table>
<div class="note">We will not cast any balance set before the customer's written release is received.
我司在收到客户书面放行前不安排批量生产。</div>
""")),
])

# ---- c19: supplier status, two-level quoted thread with full buyer scope
_t = """Hello Mette,

short status on PO 4100-2262:
- 6 sample housings: laser cut, bent and welded; powder coating Thursday (RAL 6005, re-coated per DP-2024-07 if needed).
- Shipping Friday 13.09 with DSV, at your depot Tuesday/Wednesday.
- Nothing started on the 444 balance. Material bought only for the 6 samples, as you wrote.

We wait for Rasmus' sign-off and then the written release from Signe Dahl before we plan anything for the balance.

Best regards / Parimate soovidega
Liis Saar
Production planner
Linnavara Metall OÜ | Peterburi tee 71, 11415 Tallinn | +372 600 0422

From: Mette Kjærgaard <mk@byrumsenheden-kbh.dk>
Sent: 5. september 2024 11:20
To: Liis Saar <liis.saar@linnavara.ee>
Subject: SV: PO 4100-2262 BH-120 samples – can we start the 150?

""" + q("""Hej Liis,

No, please don't start the 150. PO 4100-2262 covers the 6 (six) sample housings only.
The balance of 444 housings from your quote is not released. It is released only by a
written release from Signe Dahl (Indkøbschef), after Rasmus Holm has signed off the samples.
Material: for the 6 samples only.

Mvh Mette

From: Liis Saar <liis.saar@linnavara.ee>
Sent: 5. september 2024 09:02
Subject: PO 4100-2262 BH-120 samples – can we start the 150?
""") + "\n>\n" + q("""Hello Mette, we have free capacity in week 38-39. Can we start already the first 150 of the
production together with the samples? Then delivery is faster. Liis
""", 2) + "\n"
_m = mail("Liis Saar <liis.saar@linnavara.ee>", METTE,
          "RE: SV: PO 4100-2262 BH-120 samples – can we start the 150?", dt(2024, 9, 10, 9, 14, 3), _t,
          in_reply_to="<h229-kbh-0905@byrumsenheden-kbh.dk>")
case("c19_supplier_status_two_level", [], "Supplier status under a two-level quote; quoted buyer reply gives 6 active, 444 not released, Signe Dahl after sign-off; supplier restates hold.", [
    ("RE_PO_4100-2262.eml", eml_bytes(_m)),
])

# ---- c20: bilingual sample PO with informational production line (Montreal -> Tallinn), PDF letter
case("c20_po_bilingual_info_line", [], "Sample PO: 4 active, production 180 marked 'à titre informatif, non libérée', sign-off + Lavoie's written release, sample-only material.", [
    ("BC-24-0466.pdf", pdf([
        ("h1", "BON DE COMMANDE / PURCHASE ORDER BC-24-0466"),
        ("p", STA + " - Division Voirie, approvisionnement. Acheteuse : Geneviève Tremblay, 514 000-2210 poste 4418."),
        ("table", [
            ["Champ", "Valeur"],
            ["Fournisseur / Supplier", LV + ", Peterburi tee 71, Tallinn, Estonie"],
            ["Date", "2024-08-20"],
            ["Conditions", "Net 30, DAP Montréal (Incoterms 2020)"],
        ]),
        ("sp",),
        ("table", [
            ["Ligne", "Article", "Description", "Qté", "Prix unit. (CAD)", "Total"],
            ["1", "BH-120-S", "Boîtier de poubelle 120 L - échantillon / sample, dessin TP-3105 rév. B, tôle galv. 2,0 mm, peinture RAL 6009",
             "4", "610,00 $", "2 440,00 $"],
            ["info", "BH-120", "Quantité de production soumise (soumission LV-Q-0588) - À TITRE INFORMATIF, NON LIBÉRÉE / for information, not released",
             "180", "402,00 $", "-"],
        ]),
        ("h", "Portée / Scope"),
        ("p", "Quantité active / Active quantity : 4 (quatre) échantillons. Fabriquer ces 4 seulement."),
        ("p", "Solde / Balance : les 180 unités de production ne sont pas libérées. / The 180 production units are not released."),
        ("p", "Déblocage / Unlock : approbation des échantillons par Marc-André Gagnon, ing., puis avis de libération écrit "
              "signé par Isabelle Lavoie, chef de division. Un BC révisé suivra pour la quantité libérée."),
        ("p", "Autorisation matériel / Material authority : échantillons seulement / sample-only."),
        ("p", "Base de la quantité de production : prévision (budget 2025 non adopté) / forecast."),
    ], pagesize=LETTER, title="BC-24-0466", author="Genevieve Tremblay")),
])

# ---- c21: ERP sample PO + supplier proforma that says the deposit releases nothing (folder)
case("c21_po_plus_proforma_deposit", [], "PO for 6 samples with full scope + proforma: 'deposit is for the 6 samples only... does not release production'.", [
    ("MC-PO-24-0915.txt", """CITY OF MERRIWA CREEK                                            PURCHASE ORDER
ABN 00 000 000 000                                         PO No:  MC-PO-24-0915
PO Box 120, Merriwa Creek VIC 3999                         Date:   02/09/2024
                                                           Buyer:  Shane O'Donnell
Supplier:  HEBEI HENGRUI MUNICIPAL CASTINGS CO., LTD (Vendor 30417)
           Botou, Cangzhou, Hebei, CHINA
Deliver to: Merriwa Creek Operations Centre, 2 Depot Rd
Currency: USD     Terms: per quote HR-Q2408-203 (samples: 50% deposit / 50% before shipment)

Line  Item code     Description                                        Qty  UOM  Unit Price   Ext Price
----  ------------  -------------------------------------------------  ---  ---  ----------  ----------
1     BS-140-CI-S   Bollard sleeve, cast iron, dia 140, heritage         6  EA       148.00      888.00
                    profile, MC-STD-BOL-140 Rev A, M20 anchor,
                    black powder - SAMPLE

PO NOTE (please read):
  This PO is for 6 (six) sample sleeves only.
  The production quantity in your quote (300 ea) is NOT released by this PO.
  Production needs (1) sample sign-off by Priya Raman, Asset Engineer, and then
  (2) a written release from Kylie Brennan, Manager Civil Assets. Only Kylie can release production.
  Material authority: samples only.
  The 300 is a forecast for the 2025 renewal program, not a firm quantity.

                                                       Total (excl. GST)  USD 888.00
Issued by: S. O'Donnell, Procurement Officer
"""),
    ("PI-HR-2024-0902.pdf", pdf([
        ("h1", "PROFORMA INVOICE"),
        ("p", "No.: PI-HR-2024-0902      Date: 2024-09-04"),
        ("p", "Seller: " + HR + ", No. 18 Foundry Road, Botou, Cangzhou, Hebei, China"),
        ("p", "Buyer: City of Merriwa Creek, PO Box 120, Merriwa Creek VIC 3999, Australia - your PO MC-PO-24-0915"),
        ("table", [
            ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "Bollard sleeve cast iron dia 140 BS-140-CI, SAMPLE", "6 pcs", "148.00", "888.00"],
            ["", "Total", "", "", "888.00"],
            ["", "Deposit 50% (T/T in advance)", "", "", "444.00"],
            ["", "Balance 50% before shipment", "", "", "444.00"],
        ]),
        ("sp",),
        ("p", "Beneficiary bank: Cangzhou Rural Commercial Bank, Botou sub-branch. A/C 6228 4800 1234 5678."),
        ("p", "Remark: The deposit is for the 6 samples only. Deposit payment does not release production of the "
              "sleeves. Production only after your written release from Ms Kylie Brennan after sample sign-off."),
        ("p", "Fiona Wang, Sales Assistant"),
    ], title="PI-HR-2024-0902", author="Hengrui")),
])

# ---- c22: written release notice naming quantity, event, authority (Melbourne), TXT
case("c22_release_notice", [], "Release notice: 348 released (full balance) after recorded sample sign-off, revised PO covers 360, signed by Kylie Brennan with delegation.", [
    ("RN-2024-019.txt", """From:    Kylie Brennan <kylie.brennan@merriwacreek.vic.gov.au>
To:      Kristjan Tamm <kristjan.tamm@linnavara.ee>
Cc:      Shane O'Donnell; Priya Raman
Sent:    Tuesday, 8 October 2024 2:41 PM
Subject: Production release RN-2024-019 - PO MC-PO-24-0822 Rev 1 - BRH-750 bike hoops

Hi Kristjan,

Please take this email as Council's written production release.

Release no.:        RN-2024-019
Order:              BRH-750 bike hoop, MC-STD-BRH-750 Rev C
Sample sign-off:    12 pilot hoops signed off by Priya Raman (Asset Engineer) on 01/10/2024, record ISD-2024-051
Released now:       348 (three hundred and forty-eight) hoops - this is the full balance
Commercial cover:   PO MC-PO-24-0822 Rev 1, issued 07/10/2024, 360 ea (12 pilots + 348)
Material authority: for the 348 released hoops
Delivery:           2 drops, 174 + 174, 18/11/2024 and 16/12/2024, DAP Operations Centre
Released by:        Kylie Brennan, Manager Civil Assets (delegation CA-1, limit AUD 100k)

Nothing remains on hold on this order after this release.

Thanks for your patience with the pilots, looking forward to seeing them in the ground.

Kind regards,
Kylie Brennan
Manager Civil Assets | City of Merriwa Creek
P: +61 3 9000 4100
"""),
])

# ---- c23: buyer portal with sample order + non-binding demand plan (Bogota), HTML
case("c23_portal_sample_plus_plan", [], "Portal: 8 samples with full scope; demand plan 2025 labelled 'pronóstico no vinculante', no authorizes production or material.", [
    ("portal_EMTA_OC_4700-0450.html", html_page("Portal de Proveedores EMTA - OC 4700-0450", """
<h2>Portal de Proveedores EMTA</h2>
<p>Proveedor: <b>Herrajes Urbanos del Bajío S.A. de C.V.</b> (1000742) &middot; Usuario: cibarra</p>
<h3>Orden de compra 4700-0450 &mdash; estado: Emitida</h3>
<table>
<tr><th>Pos</th><th>Material</th><th>Descripción</th><th>Cant.</th><th>UM</th><th>Precio USD</th></tr>
<tr><td>10</td><td>MOB-600-M</td><td>Marco lateral de banca BEF-600 para paradero, acero S275 + galv. + pintura RAL 7040, plano EMTA-MOB-600 rev. 1 &mdash; MUESTRAS</td><td>8</td><td>UN</td><td>212,00</td></tr>
</table>
<div class="note">
<p><b>Alcance de esta OC</b></p>
<ul>
<li>Cantidad activa: 8 (ocho) muestras. Solo estas.</li>
<li>El saldo de producción de la cotización HUB-COT-24-0760 no está liberado.</li>
<li>Desbloqueo: firma de muestras de la Ing. Laura Catalina Muñoz, luego liberación escrita del Ing. Jorge Iván Castaño, Director de Infraestructura, con OC nueva.</li>
<li>Autorización de material: solo muestras.</li>
</ul>
</div>
<h3>Plan de demanda 2025 &mdash; PRONÓSTICO NO VINCULANTE / non-binding forecast</h3>
<p><i>No es una orden de compra. No autoriza producción ni compra de material. Solo para planeación de capacidad.</i></p>
<table>
<tr><th>Trimestre</th><th>Troncal</th><th>Pronóstico (UN)</th></tr>
<tr><td>Q1 2025</td><td>Troncal Occidente</td><td>120</td></tr>
<tr><td>Q2 2025</td><td>Troncal Occidente / Sur</td><td>160</td></tr>
<tr><td>Q3 2025</td><td>Troncal Sur</td><td>160</td></tr>
<tr><td>Q4 2025</td><td>reserva</td><td>80</td></tr>
<tr><td colspan="2"><b>Total pronóstico</b></td><td><b>520</b></td></tr>
</table>
""", lang="es")),
])

# ---- c24: supplier quote with tiers + question firm or forecast, PDF attachment
_qpdf = pdf([
    ("h1", "OFERTA / QUOTATION SF/2024/133"),
    ("p", "Stal-Form Sp. z o.o., ul. Przemyslowa 14, 85-758 Bydgoszcz - Date: 2024-09-02 - valid 60 days"),
    ("p", "Customer: Byrumsenheden, City of Copenhagen - attn. Mette Kjærgaard - inquiry of 26.08.2024"),
    ("p", "Part: bench end frame BEF-600 acc. to drawing KBH-BY-2210 rev. 2, cast aluminium EN AC-46000, powder RAL 9005"),
    ("table", [
        ["Pos", "Description", "Qty", "Unit price EUR", "Lead time"],
        ["1", "Pattern / tooling, one time", "1 set", "7 200,00", "5 weeks"],
        ["2", "Samples", "10 pcs", "148,00", "6 weeks after order and pattern confirmation"],
        ["3", "Series", "600 pcs", "41,20", "8-10 weeks after written release"],
        ["4", "Series", "1.200 pcs", "38,90", "8-10 weeks after written release"],
    ]),
    ("sp",),
    ("p", "Prices FCA Bydgoszcz, packing on EUR pallets included. Salt spray test ISO 9227 NSS 1000 h on request. "
          "This is a quotation, not an order confirmation."),
], title="SF/2024/133", author="Stal-Form")
_t = """Dear Mrs Kjærgaard,

thank you for your inquiry from 26.08. In attachment please find our quotation SF/2024/133 for the bench end frame BEF-600 acc. to your drawing KBH-BY-2210 rev. 2.

Short summary:
- samples: 10 pcs, 6 weeks after order and pattern confirmation
- series: price for 600 / 1.200 pcs, 8-10 weeks after written release
- pattern cost one time 7 200,00 EUR

One question from our side: in your inquiry you write 1.200 pcs for 2025. Could you confirm if 1.200 is a firm quantity or a forecast? For planning of aluminium we need to know, but of course we will not buy anything before your order and release.

Best regards / Z poważaniem
Tomasz Wiśniewski
""" + SIG_TOMASZ
_m = mail(TOMASZ, METTE, "Quotation SF/2024/133 – bench end frame BEF-600 (Copenhagen)", dt(2024, 9, 2, 13, 26, 2),
          _t, attachments=[("SF_2024_133.pdf", _qpdf, PDF_MT)])
case("c24_quote_tiers_question", [], "Supplier quote with sample and two series tiers plus a question 'firm or forecast?'; no authorization.", [
    ("Quotation_SF_2024_133.eml", eml_bytes(_m)),
])

# ---- c25: minutes that keep the words apart (Copenhagen / Portugal), DOCX
case("c25_minutes_terms_apart", [], "Minutes define sample sign-off / PO issued / production release; 8 samples, 800 on hold until sign-off and Signe Dahl's written release; slot is no commitment.", [
    ("Referat_BRH-750_2024-09-17.docx", docx_bytes([
        ("h1", "Mødereferat / Minutes — BRH-750 cykelbøjler, status meeting"),
        ("p", "Date: 17 September 2024, Teams. Present: Mette Kjærgaard (Indkøb), Rasmus Holm (projektingeniør), "
              "Signe Dahl (Indkøbschef), Rui Figueiredo and Ana Sofia Pinto (Metalúrgica Vale do Ave)."),
        ("p", "Words used in these minutes: 'sample sign-off' = Rasmus's technical decision on the samples; 'PO issued' = "
              "commercial cover from Indkøb; 'production release' = Signe's written authority to produce a quantity."),
        ("table", [
            ["#", "Topic", "Decision / action", "Owner", "Due"],
            ["1", "Samples (8 pcs, PO 4100-2240)", "Received 16/09. Dimensions OK, welds OK, coating 95 µm. Salt spray ISO 9227 1000 h running, ends 21/10. Sample sign-off after the test.", "Rasmus Holm", "21/10"],
            ["2", "PO", "PO 4100-2240 issued for the 8 samples only (commercial cover 8 pcs). A revised PO for production will be issued together with the production release.", "Mette", "-"],
            ["3", "Production (800 on quote Q-VA-24-077)", "Not released. The 800 stay on hold until the sample sign-off AND a written production release from Signe Dahl with the quantity.", "Signe Dahl", "after 21/10"],
            ["4", "Material", "Sample-only. Vale do Ave buys nothing for the 800 before the production release. Rui asked about steel price risk; Mette asks Signe about a staged material authority (none given today).", "Mette", "27/09"],
            ["5", "Galvanizing slot", "Vale do Ave keeps a provisional slot in November at its own risk; no commitment from the City.", "Rui", "-"],
        ]),
        ("p", "Next meeting: 22 October 2024."),
    ], author="Mette Kjaergaard")),
])


# =================================================================== POSITIVE
# ---- p01: cover mail + sample PO + supplier quote with 1.200 production (folder)
_t = """Kære Rui,

Hermed PO 4100-2277 for the bollard sleeves BS-114 (stainless 316, DWG-1140 rev 2) and, for reference, your quote Q-VA-24-091, both attached.

Please make the 10 (ti) samples per the PO and send them to our depot in Sydhavn. We need them before uge 44 for the trial installation at Israels Plads.

Can you confirm the delivery date?

Med venlig hilsen
Mette
""" + SIG_METTE
_m = mail(METTE, RUI, "PO 4100-2277 – bollard sleeves BS-114", dt(2024, 9, 23, 9, 41, 2), _t)
case("p01_cover_po_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO for 10 with the supplier quote (production 1.200) beside it, nothing marks the 1.200 as not released; no hold, no event, no release person.", [
    ("msg_4100-2277.eml", eml_bytes(_m)),
    ("PO_4100-2277.pdf", pdf([
        ("h1", "INDKØBSORDRE / PURCHASE ORDER 4100-2277"),
        ("table", [
            ["Field", "Detail"],
            ["Buyer", KBH + ", Indkøb"],
            ["Supplier", VA + ", Rua da Indústria 212, 4835-000 Guimarães"],
            ["Date", "2024-09-23"],
            ["Contact", "Mette Kjærgaard, +45 33 66 41 27"],
            ["Delivery", "DAP Byrumsdepot Sydhavn, uge 43"],
            ["Payment", "30 dage netto / 30 days net"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
            ["10", "BS-114-S", "Pullertmuffe / bollard sleeve, stainless 316, Ø114,3 x 2,0, DWG-1140 rev 2, satin Ra 0,8 - sample",
             "10", "DKK 1.480,00", "DKK 14.800,00"],
        ]),
        ("sp",),
        ("p", "Quote Q-VA-24-091 applies. Mill certificate EN 10204 3.1 with the delivery."),
    ], title="PO 4100-2277", author="Mette Kjaergaard")),
    ("Q-VA-24-091.pdf", pdf([
        ("h1", "PROPOSTA / QUOTATION Q-VA-24-091"),
        ("p", VA + " - Rua da Indústria 212, 4835-000 Guimarães, Portugal - NIF PT 500 000 000"),
        ("p", "Cliente / Customer: Byrumsenheden, City of Copenhagen - Mette Kjærgaard. Data: 2024-09-12. Validade: 90 dias."),
        ("p", "Peça / Part: bollard sleeve BS-114, stainless AISI 316 (1.4401), Ø114,3 x 2,0 mm, DWG-1140 rev 2"),
        ("table", [
            ["Fase / Stage", "Qtd / Qty", "Preço unit. EUR", "Prazo / Lead time"],
            ["Amostras / samples", "10", "198,00", "5 semanas / weeks"],
            ["Produção / production", "1.200", "131,50", "8 semanas após encomenda / weeks after order"],
        ]),
        ("sp",),
        ("p", "Condições: EXW Guimarães; embalagem incluída; pagamento 30 dias."),
        ("p", "Rui Figueiredo - Comercial"),
    ], title="Q-VA-24-091", author="Metalurgica Vale do Ave")),
])

# ---- p02: two-level thread; buyer 'Green light - go ahead!' with no scope
_t = """Hi Leo,

Samples landed at the depot yesterday arvo, Dave's crew had a look this morning. They look great mate. Green light — go ahead!

Cheers,
Shane
""" + SIG_SHANE + """
From: Leo Zhao <leo.zhao@hengrui-castings.cn>
Sent: Monday, 26 August 2024 1:05 PM
To: Shane O'Donnell <shane.odonnell@merriwacreek.vic.gov.au>
Subject: RE: MC-PO-24-0733 tree grate samples TG-1200 - shipped

""" + q("""Dear Shane,
Good day! The 4 sets samples is shipped by DHL, AWB 12 3456 7890, arrive your side around 30 Aug.
Please check and give us your feedback.
Best regards, Leo

From: Shane O'Donnell
Sent: Wednesday, 31 July 2024 10:14 AM
Subject: MC-PO-24-0733 tree grate samples TG-1200
""") + "\n>\n" + q("""Hi Leo,
PO MC-PO-24-0733 attached. It covers 4 (four) sample sets of TG-1200 only.
The balance of 596 sets on your quote is not released by this PO. Production is released
only in writing by Kylie Brennan (Manager Civil Assets), after Priya Raman has signed off
the samples. Material for the 4 sample sets only please.
Cheers, Shane
""", 2) + "\n"
_m = mail(SHANE, LEO, "RE: RE: MC-PO-24-0733 tree grate samples TG-1200 - shipped", dt(2024, 9, 3, 9, 18, 10), _t,
          in_reply_to="<h229-hr-0826@hengrui-castings.cn>")
case("p02_green_light_thread", ["RG002"],
     "'Green light — go ahead!' names neither sample-only nor a quantity; quoted original scope supplies qty, hold, event and Kylie Brennan.", [
    ("RE_MC-PO-24-0733.eml", eml_bytes(_m)),
])

# ---- p03: WhatsApp: supplier reads the deposit as the start of production
case("p03_whatsapp_deposit_start", ["RG012"],
     "Supplier: 'con el anticipo ya en cuenta arrancamos... la producción de las 390' — deposit treated as production authority; buyer scope is complete.", [
    ("WhatsApp Chat con Carlos Ibarra.txt", """05/08/2024, 08:55 - Andrés Felipe Rojas EMTA: Buenos días Carlos. Te confirmo alcance OC 4700-0398: 10 muestras camisa bolardo BS-114. El saldo de 390 no está liberado; se libera solo con la firma de muestras de la Ing. Laura Muñoz y la liberación escrita del Ing. Jorge Iván Castaño. Material solo para las 10.
05/08/2024, 09:02 - Carlos Ibarra (HUB): Buen día Andrés, recibido 👍
05/08/2024, 09:03 - Carlos Ibarra (HUB): Les envié la factura del anticipo 30% según cotización HUB-COT-24-0781
14/08/2024, 16:20 - Andrés Felipe Rojas EMTA: Carlos, tesorería ya pagó el anticipo, debe verse mañana en su cuenta
14/08/2024, 16:22 - Andrés Felipe Rojas EMTA: <Multimedia omitido>
15/08/2024, 10:11 - Carlos Ibarra (HUB): Ya llegó el anticipo, muchas gracias!! 🙌
15/08/2024, 10:13 - Carlos Ibarra (HUB): Con el anticipo ya en cuenta arrancamos el lunes la producción de las 390 camisas, así llegamos bien a la fecha de diciembre. Las muestras salen el 20/08
15/08/2024, 10:13 - Carlos Ibarra (HUB): Saludos a la Ing. Laura
"""),
])

# ---- p04: PO with sample line and an unmarked production line (Montreal -> Leon), PDF letter
case("p04_po_sample_and_prod_line", ["RG001", "RG003", "RG004"],
     "PO line 6 samples beside a priced production line of 300 with nothing saying it is not released; no hold, no event; release person named.", [
    ("BC-24-0502.pdf", pdf([
        ("h1", "BON DE COMMANDE BC-24-0502"),
        ("p", STA + " - Division Voirie. Acheteuse : Geneviève Tremblay."),
        ("table", [
            ["Champ", "Valeur"],
            ["Fournisseur", HUB + ", Blvd. Aeropuerto 1180, León, Gto., Mexique"],
            ["Date", "2024-09-16"],
            ["Soumission", "HUB-COT-24-0655"],
            ["Conditions", "Net 30 - FCA León (Incoterms 2020) - devise CAD"],
        ]),
        ("sp",),
        ("table", [
            ["Ligne", "Article", "Description", "Qté", "Prix unit.", "Total"],
            ["1", "BRH-48-E", "Support à vélo en arceau, tube Ø48,3 x 3,2, galvanisé à chaud + peinture noire RAL 9005, dessin TP-1840 rév. 3 - ÉCHANTILLONS",
             "6", "185,00 $", "1 110,00 $"],
            ["2", "BRH-48", "Support à vélo en arceau - PRODUCTION, livraison printemps 2025", "300", "142,00 $", "42 600,00 $"],
        ]),
        ("sp",),
        ("p", "Livraison des échantillons : 2024-10-15, FCA León. Certificat de galvanisation ASTM A123 / ISO 1461 requis."),
        ("p", "Libération de la série : Isabelle Lavoie, chef de division Voirie."),
        ("p", "Veuillez accuser réception du présent bon de commande."),
    ], pagesize=LETTER, title="BC-24-0502", author="Genevieve Tremblay")),
])

# ---- p05: mail saved as text; sample PO without any sample quantity (Copenhagen -> Tallinn)
case("p05_mail_no_sample_qty", ["RG010"],
     "Sample-stage authorization that never says how many samples; hold, event (sign-off) and Signe Dahl are stated.", [
    ("Mail_PO_4100-2291.txt", """Fra:     Mette Kjærgaard <mk@byrumsenheden-kbh.dk>
Til:     Kristjan Tamm <kristjan.tamm@linnavara.ee>
Cc:      Rasmus Holm <rh@byrumsenheden-kbh.dk>
Sendt:   10. juni 2024 13:47
Emne:    PO 4100-2291 – prøver / samples affaldsbeholder BH-120

Hej Kristjan,

Thank you for the quote LV-Q-0598 and the good meeting in Tallinn.

PO 4100-2291 is now issued for the sample stage of the bin housing BH-120 (DWG-3120 rev C, 2,0 mm DX51D+Z275, powder RAL 6005). Please start the samples so we have them for the test at Kongens Nytorv in uge 33.

The production balance is not released. It is released only in writing by Signe Dahl (Indkøbschef) after Rasmus Holm has signed off the samples. Until then, material only for the samples.

Med venlig hilsen
Mette Kjærgaard
Indkøber | Byrumsenheden, City of Copenhagen
+45 33 66 41 27
"""),
])

# ---- p06: thread; supplier bought material for all 240 frames
_t = """Dear Geneviève,

short status for BC-24-0355:
- pattern is finished, first castings (12 samples) on 24.09
- machining of the M10 inserts week 40, powder coating week 41
- samples ready for shipment week 42

Information: to keep the price of aluminium (our supplier increase +8% from 1. October) we already bought the ingot AlSi7Mg (EN AC-42100) and the M10 inserts for whole 240 frames. It is in our warehouse, so later we can be faster.

Best regards
Tomasz
""" + SIG_TOMASZ + """
De : Geneviève Tremblay <genevieve.tremblay@arr-saint-aurele.ca>
Envoyé : 6 septembre 2024 14:20
À : Tomasz Wiśniewski <t.wisniewski@stal-form.pl>
Objet : BC-24-0355 – échantillons BEF-600 / portée

""" + q("""Bonjour Tomasz,
Voici le BC-24-0355. Pour être claire :
- Quantité active : 12 échantillons seulement.
- Le solde de 228 cadres (soumission de 240) n'est pas libéré.
- Déblocage : approbation des échantillons par Marc-André Gagnon, ing., puis libération écrite signée par Isabelle Lavoie, chef de division.
- Autorisation matériel : échantillons seulement (12 cadres).
Merci, Geneviève
""") + "\n"
_m = mail(TOMASZ, GENEVIEVE, "RE: BC-24-0355 – échantillons BEF-600 / portée", dt(2024, 9, 18, 8, 12, 2), _t,
          in_reply_to="<h229-sta-0906@arr-saint-aurele.ca>")
case("p06_material_all_240", ["RG006"],
     "Supplier bought ingot and inserts for all 240 frames while the quoted scope releases 12 and gives sample-only material authority.", [
    ("RE_BC-24-0355.eml", eml_bytes(_m)),
])

# ---- p07: supplier weekly report: material for 600 sets + straight into mass production
case("p07_report_material_autoroll", ["RG006", "RG007"],
     "Supplier report: material bought for 600 sets beyond the 4 samples, and 'after you approve samples we start mass production of 596 directly'.", [
    ("HR_weekly_report_WK35.pdf", pdf([
        ("h1", "Weekly Production Report - WK35/2024"),
        ("p", HR + " - Customer: City of Merriwa Creek (Mr. Shane O'Donnell) - your PO MC-PO-24-0755 (TG-1200 samples)"),
        ("table", [
            ["Item", "Qty", "Status", "Plan"],
            ["Pattern TG-1200 (4 segments)", "1 set", "finished 18 Aug", "-"],
            ["Samples TG-1200", "4 sets", "cast 22 Aug, fettling done", "bitumen dip 29 Aug, ship 2 Sep"],
            ["Load test EN 124 C250 (250 kN)", "1 set", "planned", "30 Aug, 3rd party lab"],
        ]),
        ("h", "Material"),
        ("table", [
            ["Material", "For qty", "Status"],
            ["Pig iron Q10 + steel scrap + FeSi75 + nodulant", "600 sets (approx. 92 t)", "purchased, in our yard 27 Aug"],
            ["Bitumen paint", "600 sets", "ordered"],
        ]),
        ("sp",),
        ("p", "Remark: Because pig iron price up from September, we buy the material for all 600 sets now, so the "
              "price in our quotation can keep."),
        ("p", "Next step: after you approve the samples we will start the mass production of 596 sets directly, no need "
              "wait new PO or other document, so we can ship in November before the Chinese New Year rush."),
        ("p", "Prepared by: Fiona Wang, Sales Assistant / Checked: Leo Zhao"),
    ], title="Weekly report WK35", author="Hengrui")),
])

# ---- p08: minutes: 'una vez aprobadas las muestras... procede directamente' + approval for 3 things
case("p08_minutes_autoroll_terms", ["RG007", "RG009"],
     "Minutes say once samples are approved HUB proceeds directly with the 390, against the written-release procedure; 'aprobación' used for budget, samples and production.", [
    ("Acta_14_mobiliario_paraderos.docx", docx_bytes([
        ("h1", "Acta de reunión No. 14 — Mobiliario para paraderos (marco lateral de banca BEF-600)"),
        ("p", "Fecha: 21 de agosto de 2024, 10:00–11:15, sala 4B sede EMTA / Teams. Asistentes: Jorge Iván Castaño "
              "(Director de Infraestructura), Laura Catalina Muñoz (Ingeniera de Infraestructura), Andrés Felipe Rojas "
              "(Compras), Carlos Ibarra y Rodrigo Salas (Herrajes Urbanos del Bajío)."),
        ("h", "Temas"),
        ("table", [
            ["No.", "Tema", "Conclusión", "Responsable"],
            ["1", "Alcance OC 4700-0455", "La OC cubre 10 (diez) muestras del marco lateral BEF-600 (plano EMTA-MOB-600 rev. 1). El saldo de 390 marcos de la cotización no está liberado.", "A. Rojas"],
            ["2", "Aprobación presupuestal", "El CDP No. 24-1187 quedó aprobado el 12/08/2024 por el comité financiero; cubre las 400 unidades.", "J. I. Castaño"],
            ["3", "Muestras", "Las muestras llegan el 06/09. La Ing. Laura Muñoz revisa dimensional, soldadura y pintura (ISO 2409, ISO 9227 720 h).", "L. Muñoz"],
            ["4", "Producción", "Una vez aprobadas las muestras por la Ing. Muñoz, HUB procede directamente con los 390 marcos restantes, sin esperar otro documento, para cumplir la entrega de noviembre. Con las dos aprobaciones (presupuesto y muestras) queda aprobada la producción de los 390.", "C. Ibarra"],
            ["5", "Liberación", "Según procedimiento, la liberación de producción la firma el Ing. Jorge Iván Castaño.", "J. I. Castaño"],
        ]),
        ("p", "Próxima reunión: 11/09/2024, misma sala."),
        ("p", "Elaboró: Andrés Felipe Rojas."),
    ], author="Andres Felipe Rojas")),
])

# ---- p09: supplier portal registers the buyer's forecast as a firm order
case("p09_portal_forecast_as_order", ["RG008"],
     "Supplier portal registers the buyer's 2025 forecast (1 500) as 'firm order' with capacity booked.", [
    ("Linnavara_portal_orderbook.html", html_page("Linnavara customer portal - order book", """
<h2>Linnavara Metall OÜ &mdash; kliendiportaal / customer portal</h2>
<p>Customer: <b>Byrumsenheden, City of Copenhagen</b> &middot; Contact: Mette Kjærgaard &middot; Updated 04.09.2024 08:30 (EET)</p>
<div class="note">Dear Mette, thank you for your 2025 forecast for the BH-120 bin housings, received 02.09.2024.
We have registered it as firm order <b>SO-25-0041</b> for <b>1 500 pcs</b> and booked production capacity in weeks 02&ndash;20/2025.
The order confirmation follows by e-mail.</div>
<h3>Order book</h3>
<table>
<tr><th>Our order</th><th>Your reference</th><th>Part</th><th>Qty</th><th>Type</th><th>Status</th></tr>
<tr><td>SO-25-0041</td><td>Forecast 2025 (e-mail 02.09.2024)</td><td>BH-120 bin housing, DWG-3120 rev C, RAL 6005</td><td>1 500</td><td>Firm order</td><td>Confirmed &ndash; capacity booked</td></tr>
</table>
<h3>Capacity plan 2025 (line 2, laser + press brake + powder)</h3>
<table>
<tr><th>Weeks</th><th>Planned pcs</th></tr>
<tr><td>02&ndash;06</td><td>375</td></tr>
<tr><td>07&ndash;11</td><td>375</td></tr>
<tr><td>12&ndash;16</td><td>375</td></tr>
<tr><td>17&ndash;20</td><td>375</td></tr>
</table>
<p style="font-size:11px;color:#666">Linnavara Metall OÜ &middot; Peterburi tee 71, 11415 Tallinn &middot; reg. 10000000 &middot; ISO 9001:2015, EN 1090-2 EXC2</p>
""")),
])

# ---- p10: Teams: 'it's all approved - good to run' (Melbourne / Tallinn)
case("p10_teams_all_approved", ["RG002", "RG009"],
     "'Good to run' with no quantity or sample scope; 'approved' used for the pilots (technical), pricing (commercial) and Kylie's release.", [
    ("Teams_chat_Linnavara_hoops.txt", """Microsoft Teams - chat export
Chat: Merriwa Creek / Linnavara - BRH-750 hoops (PO MC-PO-24-0794)
Exported: 10/09/2024 08:15 (AEST)

[20/08/2024 10:02 AM] Shane O'Donnell: Hi Kristjan, reminder of scope: PO MC-PO-24-0794 covers the 12 pilot hoops only. The other 348 on your quote are not released until Priya signs off the pilots and Kylie Brennan sends a written release.
[20/08/2024 10:05 AM] Kristjan Tamm (External): Noted Shane. Pilots ship this Friday by air.
[30/08/2024 2:31 PM] Kristjan Tamm (External): Pilots delivered to your depot this morning, POD attached.
[09/09/2024 3:47 PM] Kristjan Tamm (External): Hi Shane, any news on the pilots? Our line is free from week 39.
[09/09/2024 4:10 PM] Shane O'Donnell: Yep all sorted! Priya's approved the pilots, finance approved your revised pricing, and Kylie's approved it as well, so it's all approved 🎉 good to run
[09/09/2024 4:12 PM] Kristjan Tamm (External): Super, thank you! We plan the line from week 39 then.
"""),
])

# ---- p11: supplier mail + proforma: starts full production on deposit, bought tube for 400
_pf = pdf([
    ("h1", "FACTURA PROFORMA PF-HUB-2024-233"),
    ("p", HUB + " - RFC HUB000000AAA - Blvd. Aeropuerto 1180, León, Gto., México"),
    ("p", "Cliente: " + EMTA + ", Bogotá D.C., Colombia - NIT 900.000.000-1. Fecha: 23/08/2024."),
    ("table", [
        ["Concepto", "Cant.", "P.U. USD", "Importe USD"],
        ["Camisa bolardo BS-114 inox 316 (cotización HUB-COT-24-0812)", "400", "86,40", "34.560,00"],
        ["Anticipo 40 %", "", "", "13.824,00"],
    ]),
    ("sp",),
    ("p", "Al recibir el anticipo se inicia la fabricación del pedido completo."),
    ("p", "Banco: BBVA México, cuenta 0100000000, CLABE 012 225 00000000000 0."),
], title="PF-HUB-2024-233", author="HUB")
_t = """Estimado Andrés, buenas tardes

Adjunto la factura proforma PF-HUB-2024-233 por el anticipo del 40% sobre la cotización HUB-COT-24-0812 (400 camisas BS-114).

Once we receive the anticipo we start the production of the complete order, para no perder la fecha de diciembre. Also, to hold the price we already bought the 316 tube (Ø114,3 x 2,0 mm, barras de 6 m) and the caps for the 400 pieces; the steel mill gave us a good price until 31/08.

Las 10 muestras van por paquetería el viernes.

Saludos cordiales,
Carlos Ibarra
""" + SIG_CARLOS + """
De: Andrés Felipe Rojas <andres.rojas@emta.gov.co>
Enviado: martes, 20 de agosto de 2024 9:30
Para: Carlos Ibarra <carlos.ibarra@hubajio.com.mx>
Asunto: OC 4700-0421 – camisas de bolardo BS-114 – muestras

""" + q("""Carlos, buen día.
Adjunto OC 4700-0421. Alcance: 10 muestras BS-114. El saldo de 390 no está liberado;
se libera únicamente con la firma de muestras de la Ing. Laura Catalina Muñoz y la liberación
escrita del Ing. Jorge Iván Castaño, Director de Infraestructura. Material solo para muestras.
Cordialmente, Andrés Felipe Rojas – Compras EMTA
""") + "\n"
_m = mail(CARLOS, ANDRES, "RE: OC 4700-0421 – camisas de bolardo BS-114 – proforma anticipo", dt(2024, 8, 23, 16, 5, -6),
          _t, attachments=[("PF-HUB-2024-233.pdf", _pf, PDF_MT)], in_reply_to="<h229-emta-0820@emta.gov.co>")
case("p11_deposit_start_material", ["RG006", "RG012"],
     "Supplier starts the complete order on receipt of the deposit and already bought tube for 400 while the quoted buyer scope releases 10 with sample-only material.", [
    ("RE_OC_4700-0421.eml", eml_bytes(_m)),
])

# ---- p12: PO header says 5 sample sets, line says 8 (Copenhagen -> Hebei)
case("p12_po_header_vs_line", ["RG011"],
     "One PO states the sample quantity twice differently: header 5 sets, line 8 sets; scope otherwise complete.", [
    ("PO_4100-2310.pdf", pdf([
        ("h1", "INDKØBSORDRE / PURCHASE ORDER 4100-2310"),
        ("table", [
            ["Field", "Detail"],
            ["Supplier", HR + ", Botou, Hebei, China"],
            ["Date", "2024-09-16"],
            ["Buyer", "Mette Kjærgaard, Indkøb"],
            ["Delivery", "CIF København (Nordhavn)"],
            ["Ordered quantity", "5 sample sets (TG-KBH-1000)"],
        ]),
        ("sp",),
        ("table", [
            ["Line", "Item", "Description", "Qty", "Unit price", "Amount"],
            ["10", "TG-KBH-1000", "Træristsegmenter / tree-grate segment set, ductile iron EN-GJS-500-7, 1000 x 1000, 4 segments, EN 124 C250, DWG-4410 rev 1 - SAMPLE",
             "8 sets", "EUR 540,00", "EUR 4.320,00"],
        ]),
        ("h", "Scope note"),
        ("p", "This PO covers the sample sets only. The balance of the quoted 400 sets (quote HR-Q2408-066) is not "
              "released. Unlock: sample sign-off by Rasmus Holm, projektingeniør, then a written production release "
              "from Signe Dahl, Indkøbschef. Material authority: sample-only."),
    ], title="PO 4100-2310", author="Mette Kjaergaard")),
])

# ---- p13: ERP PO for 20 samples + supplier acknowledgement of 'BC-24-0502' for 25 (folder)
_t = """Dear Geneviève,

Good afternoon. We confirm the reception of your order BC-24-0502 for 25 (twenty five) samples of the bike rack hoop, drawing TP-1840 rev. 3, price 165,00 EUR/un, delivery week 45 FCA Guimarães.

As requested we will do only the samples and wait for the written release of Mrs Lavoie for the series.

Com os melhores cumprimentos / Best regards
Rui Figueiredo
""" + SIG_RUI + """
De: Geneviève Tremblay <genevieve.tremblay@arr-saint-aurele.ca>
Enviado: 23 de setembro de 2024 15:02
Para: Rui Figueiredo <rui.figueiredo@valedoave.pt>
Assunto: BC-24-0520 – échantillons supports à vélo

""" + q("""Bonjour Rui,
Ci-joint le BC-24-0520 pour les échantillons des supports à vélo. Merci de confirmer la réception.
Geneviève
""") + "\n"
_m = mail(RUI, GENEVIEVE, "RE: BC-24-0520 – échantillons supports à vélo", dt(2024, 9, 24, 16, 40, 1), _t,
          in_reply_to="<h229-sta-0923@arr-saint-aurele.ca>")
case("p13_po_vs_ack_qty", ["RG011"],
     "PO BC-24-0520 authorizes 20 samples; the supplier acknowledgement confirms 'BC-24-0502' for 25 samples.", [
    ("BC-24-0520.txt", """VILLE DE MONTRÉAL - ARRONDISSEMENT DE SAINT-AURÈLE                  BON DE COMMANDE
Division Voirie / Approvisionnement                                    No BC-24-0520
Date: 2024-09-23         Acheteuse: Geneviève Tremblay         Devise: EUR
Fournisseur: 88412  METALURGICA VALE DO AVE, LDA - Guimarães, Portugal
Livraison: FCA Guimarães (Incoterms 2020)      Conditions: Net 30

Ln  Article       Description                                          Qté  UM   Prix unit.   Montant
--  ------------  ---------------------------------------------------  ---  ---  ----------  --------
01  BRH-48-E      Support à vélo arceau Ø48,3x3,2, galv. + peint.        20  UN      165,00  3 300,00
                  noir RAL 9005, dessin TP-1840 rév. 3 - ÉCHANTILLONS

NOTE AU FOURNISSEUR / NOTE TO SUPPLIER:
  Quantité active : 20 échantillons seulement / 20 samples only.
  Solde de la soumission VA-Q-24-140 (500 UN) : NON LIBÉRÉ / NOT RELEASED.
  Déblocage : approbation des échantillons par M.-A. Gagnon, ing., puis libération écrite
  signée par Isabelle Lavoie, chef de division Voirie.
  Unlock: sample sign-off by M.-A. Gagnon, then written release signed by Isabelle Lavoie.
  Autorisation matériel : échantillons seulement / material: samples only.
"""),
    ("RE_BC-24-0520.eml", eml_bytes(_m)),
])

# ---- p14: buyer asks supplier to treat the FY25 forecast as a firm order, multipart/alternative
_t = """Hi Kristjan,

Good news - Council adopted the capital works budget last night.

Our FY25 forecast for the BH-120 housings is 1,800 units (four drops of 450, October 2024 to May 2025). Please treat this as our firm order for FY25 and lock in production now, so we don't lose your slots. Formal PO numbers will follow drop by drop through eProcure.

If you need anything else from us to book the slots, let me know.

Cheers,
Shane
""" + SIG_SHANE
_m = mail(SHANE, KRISTJAN, "FY25 order - BH-120 litter bin housings", dt(2024, 7, 24, 8, 55, 10), _t, html=to_html(_t))
case("p14_forecast_treated_firm", ["RG008"],
     "Buyer: 'Our FY25 forecast... 1,800 units. Please treat this as our firm order and lock in production'.", [
    ("FY25_BH-120.eml", eml_bytes(_m)),
])

# ---- p15: ERP PO, balance on hold 'hasta nuevo aviso' (Bogota -> Leon)
case("p15_erp_until_further_notice", ["RG004"],
     "8 samples; saldo 392 'en espera hasta nuevo aviso' names no unlock event; Castaño named as release person.", [
    ("OC_4700-0461.txt", """EMTA S.A.S. - ORDEN DE COMPRA No. 4700-0461          Fecha: 27.08.2024     Estado: Emitida
Proveedor: 1000742  HERRAJES URBANOS DEL BAJIO S.A. DE C.V.  - León, Gto., México
Comprador: A. F. ROJAS       Incoterm: DAP Bogotá       Moneda: USD      Pago: 30 días

Pos  Material     Descripción                                         Cant.  UM   Precio      Valor
---- ------------ --------------------------------------------------- -----  ---- --------  --------
10   MOB-600-M    Marco lateral banca BEF-600, acero S275 + galv. +       8  UN     212,00  1.696,00
                  pintura RAL 7040, plano EMTA-MOB-600 rev. 1 - MUESTRAS
                  Entrega: 30.09.2024

TEXTO DE CABECERA:
OC SOLO PARA MUESTRAS: 8 UND.
SALDO DE 392 UND (COTIZACION HUB-COT-24-0760, 400 UND) EN ESPERA HASTA NUEVO AVISO. NO LIBERADO.
LIBERACION DEL SALDO UNICAMENTE POR EL ING. JORGE IVAN CASTAÑO, DIRECTOR DE INFRAESTRUCTURA.
AUTORIZACION DE MATERIAL: SOLO MUESTRAS.

                                                         VALOR TOTAL USD 1.696,00
IMPRESO 27.08.2024 15:02  USUARIO AROJAS                                   PAG 1/1
"""),
])

# ---- p16: hold notice 'until further notice', only a person named (Montreal -> Portugal), DOCX
case("p16_hold_notice_no_event", ["RG004"],
     "Hold notice: 10 samples active, balance 290 on hold 'jusqu'à nouvel ordre'; only Lavoie may lift it — a person, not an event.", [
    ("AV-2024-011.docx", docx_bytes([
        ("h1", "Avis de mise en attente / Hold notice AV-2024-011"),
        ("table", [
            ["Champ", "Valeur"],
            ["Fournisseur", VA + ", Guimarães"],
            ["BC", "BC-24-0540"],
            ["Article", "Manchon de bollard / bollard sleeve BS-114, inox 316, dessin TP-1142 rév. 1"],
            ["Quantité soumissionnée", "300 (soumission VA-Q-24-151)"],
            ["Date", "2024-10-02"],
        ]),
        ("p", "Quantité active / active quantity : 10 (dix) échantillons. Vous pouvez terminer et livrer ces 10 échantillons."),
        ("p", "Le solde de 290 manchons est en attente jusqu'à nouvel ordre. / The balance of 290 sleeves is on hold until further notice."),
        ("p", "Seule Isabelle Lavoie, chef de division Voirie, peut lever cette mise en attente. / Only Isabelle Lavoie may lift this hold."),
        ("p", "Raison : le projet de la rue Saint-Zotique est reporté (coordination avec les travaux d'aqueduc)."),
        ("p", "Autorisation matériel : échantillons seulement."),
        ("p", "Geneviève Tremblay, agente d'approvisionnement"),
    ], author="Genevieve Tremblay")),
])

# ---- p17: mail + DOCX scope note; release 'by our procurement department' (no person)
_sn = docx_bytes([
    ("h1", "PO 4100-2305 — scope note"),
    ("table", [
        ["Item", "Scope"],
        ["Order", "BEF-600 bench end frame, KBH-BY-2210 rev. 2, supplier Stal-Form Sp. z o.o. (quote SF/2024/133)"],
        ["Active quantity", "6 (six) sample frames"],
        ["Balance", "594 frames - not released"],
        ["Unlock event", "Sample sign-off (technical, Rasmus Holm) and a revised PO 4100-2305 rev 1"],
        ["Release authority", "Indkøb (Procurement department), Byrumsenheden"],
        ["Material authority", "Sample-only"],
        ["Production quantity basis", "Forecast"],
    ]),
    ("p", "Issued 2024-09-20 by Indkøb, Byrumsenheden."),
], author="Byrumsenheden Indkob")
_t = """Dear Tomasz,

Thank you for quotation SF/2024/133. Attached is our PO 4100-2305 scope note (DOCX); the PO itself comes from our ERP separately. Please confirm.

In short: 6 sample frames now. The balance of 594 frames is not released. It will be released after Rasmus Holm's sample sign-off and a revised PO; the release itself is given by our procurement department.

Best regards
Mette Kjærgaard
""" + SIG_METTE
_m = mail(METTE, TOMASZ, "PO 4100-2305 – BEF-600 samples – scope", dt(2024, 9, 20, 11, 8, 2), _t,
          attachments=[("PO_4100-2305_scope.docx", _sn, DOCX_MT)])
case("p17_release_by_department", ["RG005"],
     "Scope complete except the release authority: 'given by our procurement department' names no person.", [
    ("PO_4100-2305.eml", eml_bytes(_m)),
])

# ---- p18: buyer portal; release by an unnamed division (Montreal -> Hebei), HTML
case("p18_portal_release_division", ["RG005"],
     "Portal PO: 4 sample sets, balance 156 not released, unlock = sample approval + revised PO, release by 'Division de l'approvisionnement' (no person).", [
    ("portail_BC-24-0577.html", html_page("Portail fournisseurs - BC-24-0577", """
<h2>Portail fournisseurs &mdash; Arrondissement de Saint-Aurèle</h2>
<p>Fournisseur : <b>Hebei Hengrui Municipal Castings Co., Ltd.</b> &middot; no 90231 &middot; Langue : FR / EN</p>
<h3>Bon de commande BC-24-0577</h3>
<table>
<tr><th>Date</th><td>2024-09-30</td><th>Acheteuse</th><td>Geneviève Tremblay</td></tr>
<tr><th>Livraison</th><td>CIF Montréal, le 2024-11-29</td><th>Devise</th><td>CAD</td></tr>
</table>
<h4>Lignes</h4>
<table>
<tr><th>Ligne</th><th>Article</th><th>Description</th><th>Qté</th><th>Prix unit.</th></tr>
<tr><td>1</td><td>TG-1000-MTL</td><td>Grille d'arbre / tree grate, 4 segments, fonte ductile EN-GJS-500-7, 1000 x 1000, dessin TP-4410 rév. 2 &mdash; échantillons</td><td>4 ensembles</td><td>640,00 $</td></tr>
</table>
<div class="note">
<p><b>Portée / Scope</b></p>
<p>Quantité active : 4 ensembles d'échantillons. / Active quantity: 4 sample sets.</p>
<p>Solde de 156 ensembles (soumission HR-Q2409-012, 160 ensembles) : non libéré. / Balance of 156 sets: not released.</p>
<p>Déblocage : approbation des échantillons (Travaux publics) et BC révisé. / Unlock: sample approval and revised PO.</p>
<p>Libération : Division de l'approvisionnement. / Release: Procurement Division.</p>
<p>Autorisation matériel : échantillons seulement. / Material authority: samples only.</p>
</div>
""", lang="fr")),
])

# ---- p19: WeChat: supplier ordered cast iron for 300 while 6 samples are released
case("p19_wechat_material_300", ["RG006"],
     "Buyer scope: 6 samples, 294 not released, material for 6 only; supplier 'already order the cast iron and powder for 300 pcs'.", [
    ("WeChat_Fiona_Wang.txt", """微信聊天记录 / WeChat chat history
Fiona Wang 王芳 (Hengrui) & Shane O'Donnell (Merriwa Creek)
Exported 2024-09-12 09:20

2024-09-05 08:12  Shane O'Donnell: Hi Fiona, PO MC-PO-24-0920 is for the 6 sample sleeves only (BS-140 heritage). The 294 balance is not released until Priya signs off the samples and Kylie Brennan releases it in writing. Material for the 6 only pls.
2024-09-05 08:40  Fiona Wang 王芳: Noted Shane, thank you 🙏
2024-09-11 14:03  Fiona Wang 王芳: Shane, for your info, we already order the cast iron and powder for 300 pcs sleeves, because foundry price up 6% next month. So later delivery can be faster 😊
2024-09-11 14:05  Fiona Wang 王芳: [图片 / Image]
2024-09-11 16:30  Shane O'Donnell: Hang on, I'll need to check that with Kylie before anything - will come back to you.
"""),
])

# ---- p20: buyer inspection report 'APPROVED. Vale do Ave may proceed.'
case("p20_inspection_may_proceed", ["RG002"],
     "Inspection report ends 'Result: APPROVED. Vale do Ave may proceed.' without saying samples or a quantity; header keeps balance, event and Signe Dahl.", [
    ("SIR-2024-031.pdf", pdf([
        ("h1", "Prøveinspektion / Sample inspection report SIR-2024-031"),
        ("table", [
            ["Field", "Detail"],
            ["Supplier", VA + ", Guimarães"],
            ["Part", "BRH-750 cykelbøjle / bike-rack hoop, DWG-2400 rev 3"],
            ["PO", "4100-2248 - 8 sample hoops"],
            ["Production balance", "792 hoops - not released; a written release from Signe Dahl, Indkøbschef, is needed after this inspection"],
            ["Inspector", "Rasmus Holm, projektingeniør"],
            ["Date", "2024-10-22"],
        ]),
        ("sp",),
        ("table", [
            ["Characteristic", "Requirement", "Result", "OK"],
            ["Tube OD", "Ø48,3 ± 0,5 mm", "48,2 - 48,5", "OK"],
            ["Wall", "3,2 mm", "3,1 - 3,3", "OK"],
            ["Hoop height", "750 ± 5 mm", "747 - 752", "OK"],
            ["Zinc coating EN ISO 1461", "min. 70 µm local", "84 - 112 µm", "OK"],
            ["Powder RAL 7016", "60 - 120 µm", "88 - 104 µm", "OK"],
            ["Salt spray ISO 9227 NSS", "1000 h, no red rust", "passed", "OK"],
            ["Anchor bolts", "M12x1,75 A4-70", "as drawing", "OK"],
        ]),
        ("h", "Conclusion"),
        ("p", "All 8 samples conform. Result: APPROVED. Vale do Ave may proceed."),
        ("p", "Rasmus Holm, projektingeniør"),
    ], title="SIR-2024-031", author="Rasmus Holm")),
])

# ---- p21: thread; supplier 'as soon as Marc-André approves the samples, we roll directly into the 180'
_t = """Bonjour Geneviève,

thank you, all clear. The 4 sample housings are in powder coating now, shipping 14.10 (DSV sea/air), ETA Montréal ~28.10.

To not lose time: as soon as Marc-André approves the samples, we roll directly into the 180 production housings - our line is reserved for you in weeks 45-47. Then you have everything before the snow.

Parimate soovidega / Best regards
Kristjan Tamm
""" + SIG_KRISTJAN + """
De : Geneviève Tremblay <genevieve.tremblay@arr-saint-aurele.ca>
Envoyé : 27 septembre 2024 10:11
À : Kristjan Tamm <kristjan.tamm@linnavara.ee>
Objet : BC-24-0470 – échantillons boîtiers BH-120

""" + q("""Bonjour Kristjan,
Voici le BC-24-0470.
- Quantité active : 4 échantillons.
- Solde de 180 boîtiers : non libéré.
- Déblocage : approbation des échantillons par Marc-André Gagnon, puis libération écrite signée par Isabelle Lavoie, chef de division.
- Autorisation matériel : échantillons seulement.
Merci! Geneviève
""") + "\n"
_m = mail(KRISTJAN, GENEVIEVE, "RE: BC-24-0470 – échantillons boîtiers BH-120", dt(2024, 10, 1, 9, 30, 3), _t,
          in_reply_to="<h229-sta-0927@arr-saint-aurele.ca>")
case("p21_supplier_roll_into_180", ["RG007"],
     "Supplier: 'as soon as Marc-André approves the samples, we roll directly into the 180' while the quoted PO needs Lavoie's written release.", [
    ("RE_BC-24-0470.eml", eml_bytes(_m)),
])

# ---- p22: WhatsApp group: parks team leader says proceed with the 296 once samples approved
case("p22_whatsapp_skip_paperwork", ["RG007"],
     "Buyer's team leader: 'Once Priya approves the samples just proceed with the 296, no need to wait for the paperwork from Kylie' — against the stated written release.", [
    ("WhatsApp Chat - Cheltenham Rd tree grates.txt", """[02/09/2024, 8:15:02 AM] Shane O'Donnell: Morning Leo, adding Dave (our Parks team leader) to this group for the install side
[02/09/2024, 8:16:40 AM] Shane O'Donnell: Reminder for everyone: PO MC-PO-24-0768 = 4 sample sets TG-1200 only. Balance 296 not released until Priya signs off the samples and Kylie Brennan releases it in writing.
[02/09/2024, 9:03:11 AM] Leo Zhao: Good morning Shane and Dave! Noted with thanks
[03/09/2024, 7:48:55 AM] Dave Nguyen: G'day Leo, Dave here. Mate we really need these grates in the ground before Christmas. Once Priya approves the samples just proceed with the 296, no need to wait for the paperwork from Kylie, we'll sort that out after
[03/09/2024, 8:02:30 AM] Leo Zhao: OK Dave, understood. After sample approval we go production 296 sets directly 👍
"""),
])

# ---- p23: sample evaluation record: 'APROBADO' technical + commercial, 'liberada' SAP + production
case("p23_record_mixed_terms", ["RG009"],
     "Record uses 'aprobado' for samples and for the price increase, and 'liberada/liberación' for the SAP PO workflow and for production; scope otherwise complete.", [
    ("REM-2024-022.docx", docx_bytes([
        ("h1", "Registro de evaluación de muestras / Sample evaluation record — REM-2024-022"),
        ("table", [
            ["Campo", "Detalle"],
            ["Proveedor", HUB],
            ["Pieza", "Camisa de bolardo BS-114, inox 316, plano EMTA-MOB-114 rev. 2"],
            ["OC", "4700-0426 — 10 muestras"],
            ["Saldo", "390 unidades — no liberado"],
            ["Fecha", "10/09/2024"],
        ]),
        ("h", "Resultados"),
        ("table", [
            ["Característica", "Requisito", "Resultado", "OK"],
            ["Diámetro exterior", "114,3 ± 0,5 mm", "114,1 – 114,6", "OK"],
            ["Espesor", "2,0 mm", "1,95 – 2,05", "OK"],
            ["Rosca anclaje", "M16x2", "conforme", "OK"],
            ["Rugosidad pulido", "Ra máx. 0,8 µm", "0,5 – 0,7", "OK"],
            ["Niebla salina ISO 9227 NSS", "1000 h", "sin corrosión roja", "OK"],
        ]),
        ("h", "Decisiones"),
        ("p", "Muestras: APROBADAS (dimensional, soldadura, acabado). / Samples: APPROVED (dimensional, welding, finish)."),
        ("p", "Incremento de precio de la cotización HUB-COT-24-0781 rev. 1 (+4 %): APROBADO por el comité de compras el "
              "09/09/2024. / Price increase: APPROVED by the purchasing committee."),
        ("p", "OC 4700-0426 rev. 1 liberada en SAP el 10/09/2024 (estrategia de liberación L2). / PO released in SAP."),
        ("p", "Liberación de producción del saldo de 390: solo por carta de liberación escrita del Ing. Jorge Iván "
              "Castaño, Director de Infraestructura, posterior a este registro. Este registro no libera producción."),
        ("p", "Firma: Laura Catalina Muñoz, Ingeniera de Infraestructura."),
    ], author="Laura Catalina Munoz")),
])

# ---- p24: 'released' for the SAP PO and for manufacturing, multipart/alternative
_t = """Bonjour Tomasz,

Good news: BC-24-0610 is released in our system today (SAP release strategy completed by finance).

So the 12 sample frames are released for manufacturing - please start them.

The production release for the remaining 228 frames will follow: Marc-André Gagnon has to approve the samples first, and then Isabelle Lavoie signs the release letter for the 228. Material: samples only until then.

Merci!
Geneviève
""" + SIG_GEN
_m = mail(GENEVIEVE, TOMASZ, "BC-24-0610 – libéré / released", dt(2024, 10, 3, 11, 15, -4), _t, html=to_html(_t))
case("p24_released_two_meanings", ["RG009"],
     "'Released' used for the SAP PO approval workflow and for production; 12 active, 228 held, event and Lavoie named.", [
    ("BC-24-0610.eml", eml_bytes(_m)),
])

# ---- p25: buyer portal: sample quantity 'según cotización' (Bogota -> Hebei), HTML
case("p25_portal_qty_per_quote", ["RG010"],
     "Portal order line quantity 'según cotización'; hold, event (Muñoz sign-off) and Castaño stated, but no active quantity.", [
    ("portal_EMTA_OC_4700-0480.html", html_page("Portal de Proveedores EMTA - OC 4700-0480", """
<h2>Portal de Proveedores EMTA</h2>
<p>Proveedor: <b>Hebei Hengrui Municipal Castings Co., Ltd.</b> (2000318) &middot; Idioma: ES / EN</p>
<h3>Orden de compra 4700-0480 &mdash; estado: Emitida &mdash; 18.09.2024</h3>
<table>
<tr><th>Pos</th><th>Material</th><th>Descripción</th><th>Cantidad</th><th>UM</th><th>Precio</th></tr>
<tr><td>10</td><td>MOB-TG-1000</td><td>Rejilla de árbol, segmento de hierro dúctil EN-GJS-500-7, EN 124 C250, plano EMTA-MOB-410 rev. 3 &mdash; MUESTRAS</td><td>según cotización HR-Q2409-031</td><td>juego</td><td>según cotización</td></tr>
</table>
<div class="note">
<p><b>Alcance / Scope:</b> muestras. El saldo de producción no está liberado. Se libera solo por liberación escrita del
Ing. Jorge Iván Castaño, Director de Infraestructura, tras la firma de muestras de la Ing. Laura Catalina Muñoz.
Autorización de material: solo muestras.</p>
<p><i>Samples. The production balance is not released; written release by Ing. Jorge Iván Castaño after sample sign-off by Ing. Laura Catalina Muñoz. Material: samples only.</i></p>
</div>
""", lang="es")),
])

# ---- p26: supplier order confirmation: production starts on down payment, DOCX
case("p26_confirmation_down_payment", ["RG012"],
     "Supplier order confirmation: 'Production of the full order (360 hoops) starts upon receipt of the 30% down payment.'", [
    ("OC-2024-311.docx", docx_bytes([
        ("h1", "Order Confirmation / Tellimuse kinnitus OC-2024-311"),
        ("table", [
            ["Field", "Detail"],
            ["Customer", "City of Merriwa Creek, PO Box 120, Merriwa Creek VIC 3999, Australia"],
            ["Customer PO", "MC-PO-24-0802"],
            ["Our quote", "LV-Q-0441"],
            ["Date", "19.08.2024"],
            ["Incoterm", "CIF Port Melbourne"],
        ]),
        ("table", [
            ["Pos", "Item", "Qty", "Unit price AUD", "Total AUD"],
            ["1", "BRH-750 bike hoop, 48,3 x 3,2 CHS, HDG + powder Monument, MC-STD-BRH-750 Rev C", "360", "141,00", "50 760,00"],
        ]),
        ("p", "Payment terms: 30% down payment with order, 70% before shipment."),
        ("p", "Production of the full order (360 hoops) starts upon receipt of the 30% down payment. Delivery 8 weeks "
              "after the down payment is received."),
        ("p", "Galvanising EN ISO 1461, powder coating Qualicoat class 2; salt spray ISO 9227 1000 h report on request."),
        ("p", "Kristjan Tamm, Sales Manager, Linnavara Metall OÜ"),
    ], author="Kristjan Tamm")),
])

# ---- p27: buyer portal PO: samples + production line of 296, no scope at all (Melbourne -> Tallinn)
case("p27_portal_prod_line_unmarked", ["RG001", "RG003", "RG004", "RG005"],
     "Portal PO lists 4 samples and a 296 production quantity from the quote with nothing saying it is not released; no hold, event or release person.", [
    ("eProcure_MC-PO-24-0851.html", html_page("MC-PO-24-0851 - Merriwa Creek eProcure", """
<h2>Merriwa Creek eProcure &mdash; Supplier view</h2>
<p>Logged in as: <b>Linnavara Metall OÜ</b> (vendor 30588)</p>
<h3>Purchase Order MC-PO-24-0851</h3>
<table>
<tr><th>Issued</th><td>26/08/2024</td><th>Buyer</th><td>Shane O'Donnell</td></tr>
<tr><th>Deliver to</th><td>Merriwa Creek Operations Centre, 2 Depot Rd</td><th>Currency</th><td>AUD</td></tr>
</table>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit price</th></tr>
<tr><td>1</td><td>BH-120-S</td><td>Litter bin housing 120 L, MC-STD-BH-120 Rev B &mdash; samples</td><td>4</td><td>EA</td><td>640.00</td></tr>
<tr><td>2</td><td>BH-120</td><td>Litter bin housing 120 L &mdash; production qty per quote LV-Q-0630</td><td>296</td><td>EA</td><td>398.00</td></tr>
</table>
<div class="note"><p><b>Buyer note:</b> Please supply the samples by 30/09 for the trial on Cheltenham Rd. Quote LV-Q-0630 applies. Powder Monument, min. 1000 h ISO 9227.</p></div>
<p>Supplier acknowledgement: <i>pending</i></p>
""")),
])

# ---- p28: PO with samples + 'cantidad anual comprometida' from the demand forecast (Bogota), PDF
case("p28_po_committed_forecast", ["RG001", "RG003", "RG004", "RG008"],
     "PO for 10 samples states a 'committed' annual 1.200 taken from the demand forecast, unmarked as not released; no hold, no event; Castaño named.", [
    ("OC_4700-0470.pdf", pdf([
        ("h1", "ORDEN DE COMPRA No. 4700-0470"),
        ("table", [
            ["Campo", "Detalle"],
            ["Comprador", EMTA + " - Dirección de Infraestructura"],
            ["Proveedor", HUB + ", León, Gto., México (1000742)"],
            ["Fecha", "03.09.2024"],
            ["Comprador responsable", "Andrés Felipe Rojas"],
            ["Incoterm / moneda", "DAP Bogotá / USD"],
        ]),
        ("sp",),
        ("table", [
            ["Pos", "Material", "Descripción", "Cant.", "UM", "Precio", "Valor"],
            ["10", "MOB-600-M", "Marco lateral banca BEF-600, acero S275 + galv. + pintura RAL 7040, plano EMTA-MOB-600 rev. 1 - MUESTRAS",
             "10", "UN", "USD 212,00", "USD 2.120,00"],
        ]),
        ("sp",),
        ("p", "Cantidad anual comprometida 2025: 1.200 (mil doscientas) unidades, según el pronóstico de demanda del "
              "Plan de Paraderos 2025. EMTA se compromete con esta cantidad; el proveedor puede planear su capacidad sobre ella."),
        ("p", "Liberación de producción: Ing. Jorge Iván Castaño, Director de Infraestructura."),
        ("p", "Entrega de muestras: 30.09.2024, DAP Bogotá, bodega Calle 13."),
    ], title="OC 4700-0470", author="EMTA Compras")),
])

# ---- p29: mail + PDF PO: quote for 320 beside 8 samples, 'deposit paid so you can start'
_po = pdf([
    ("h1", "BON DE COMMANDE BC-24-0588"),
    ("p", STA + " - Division Voirie. Acheteuse : Geneviève Tremblay."),
    ("table", [
        ["Champ", "Valeur"],
        ["Fournisseur", VA + ", Guimarães, Portugal"],
        ["Date", "2024-10-07"],
        ["Soumission", "VA-Q-24-151 (320 manchons)"],
        ["Conditions", "FCA Guimarães, devise EUR, dépôt 30 % sur la soumission"],
    ]),
    ("sp",),
    ("table", [
        ["Ligne", "Article", "Description", "Qté", "Prix unit.", "Total"],
        ["1", "BS-114-E", "Manchon de bollard inox 316, Ø114,3 x 2,0, dessin TP-1142 rév. 1 - échantillons", "8", "198,00 €", "1 584,00 €"],
    ]),
    ("sp",),
    ("p", "Autorité de libération : Isabelle Lavoie, chef de division Voirie."),
], pagesize=LETTER, title="BC-24-0588", author="Genevieve Tremblay")
_t = """Bonjour Rui,

Ci-joint notre BC-24-0588 pour les 8 échantillons de manchons de bollard BS-114 (dessin TP-1142 rév. 1), with your quote VA-Q-24-151 for 320 sleeves.

Our finance paid today the 30 % deposit on your quote (virement SEPA, 12 883,20 EUR). So you can start the samples now, no need to wait for anything else - we want them installed before the winter.

Merci et bonne journée,
Geneviève
""" + SIG_GEN
_m = mail(GENEVIEVE, RUI, "BC-24-0588 – manchons de bollard BS-114 / dépôt payé", dt(2024, 10, 7, 15, 48, -4), _t,
          attachments=[("BC-24-0588.pdf", _po, PDF_MT)])
case("p29_deposit_paid_start", ["RG001", "RG003", "RG004", "RG012"],
     "8 samples beside the quoted 320 with nothing saying not released; 'deposit paid... so you can start'; no hold or event; Lavoie named on PO.", [
    ("BC-24-0588.eml", eml_bytes(_m)),
])

# ---- p30: ERP PO: line 6 sample sets, note says 8 and shows production 400 (Copenhagen -> Hebei)
case("p30_erp_note_conflict", ["RG001", "RG003", "RG004", "RG011"],
     "PO line 6 sample sets vs note '8 sets', quote's 400 production shown unmarked; no hold, no event; Signe Dahl named.", [
    ("PO_4100-2318.txt", """BYRUMSENHEDEN, CITY OF COPENHAGEN                                     INDKØBSORDRE
Indkøb, 1599 København V                                         Side 1 af 1
Ordre nr.: 4100-2318        Dato: 23-09-2024        Indkøber: Mette Kjærgaard
Leverandør: 77120  HEBEI HENGRUI MUNICIPAL CASTINGS CO., LTD, Botou, Hebei, CN
Lev.betingelse: CIF København (Nordhavn)    Valuta: EUR    Betaling: 30 dage netto

Linje  Varenr.         Beskrivelse                                 Antal  Enhed  Pris     Beløb
-----  --------------  ------------------------------------------  -----  -----  -------  --------
10     TG-KBH-1000-S   Træristsegmentsæt 1000x1000, 4 seg., DI         6  SÆT    540,00   3.240,00
                       EN-GJS-500-7, EN 124 C250, DWG-4410 rev 1
                       PRØVE / SAMPLE

Bemærkning til leverandør / note to supplier:
  Sample order: 8 sets per your quote HR-Q2408-066 (production 400 sets, EUR 288,00/set).
  Release of production: Signe Dahl, Indkøbschef.
  Delivery of samples: uge 45.

                                                       Total ekskl. moms  EUR 3.240,00
"""),
])

# ---- p31: sample order letter, nothing about the balance (Melbourne -> Portugal), DOCX
case("p31_letter_samples_only_qty", ["RG003", "RG004", "RG005"],
     "Sample-stage letter of order for 8 sleeves; never says the balance is not released, names no event and no release person.", [
    ("Letter_of_Order_MC-PO-24-0861.docx", docx_bytes([
        ("h1", "Letter of Order — Sample Stage"),
        ("p", "City of Merriwa Creek — Civil Assets. Our ref: MC-PO-24-0861. Date: 26 August 2024."),
        ("p", "To: Metalúrgica Vale do Ave, Lda., Guimarães, Portugal — attn. Rui Figueiredo"),
        ("p", "Re: Stainless bollard sleeves BS-114 (MC-STD-BOL-114 Rev B) — samples"),
        ("p", "Dear Rui,"),
        ("p", "Council is pleased to place an order for 8 (eight) sample bollard sleeves in 316 stainless, satin finish "
              "(Ra 0.8 µm max.), per your quotation VA-Q-24-122. Samples to be delivered DAP Merriwa Creek Operations "
              "Centre, 2 Depot Rd, by 15 October 2024 for the trial at Tannery Lane."),
        ("p", "Please include the mill certificates (EN 10204 3.1) and the passivation record with the samples, and "
              "quote the PO number on all invoices (accounts.payable@merriwacreek.vic.gov.au)."),
        ("p", "Kind regards,"),
        ("p", "Shane O'Donnell, Procurement Officer, Civil Assets"),
    ], author="Shane O'Donnell")),
])

# ---- p32: WhatsApp: 'la OC de las muestras ya está emitida, por favor arrancar' with no quantity
case("p32_whatsapp_start_no_qty", ["RG003", "RG004", "RG005", "RG010"],
     "Buyer: sample PO issued, 'por favor arrancar', quantity 'las que diga la OC'; nothing on balance, event or release person.", [
    ("WhatsApp Chat - Carlos HUB marco banca.txt", """02/09/2024, 11:20 - Andrés Felipe Rojas EMTA: Carlos buenas tardes, la OC de las muestras del marco de banca ya está emitida 🙌 por favor arrancar
02/09/2024, 11:26 - Carlos Ibarra (HUB): Excelente Andrés! Una pregunta, ¿cuántas muestras? la cotización tenía opción de 8 o de 12
02/09/2024, 11:31 - Andrés Felipe Rojas EMTA: Las que diga la OC, ahí está todo. Te la mando por correo
02/09/2024, 11:32 - Carlos Ibarra (HUB): Ok, quedo atento
"""),
])

# ---- p33: sample request form, quantity 'selon soumission', balance not released (Montreal), PDF letter
case("p33_form_qty_blank", ["RG004", "RG005", "RG010"],
     "Sample request: quantity 'selon soumission', says production balance not released but no unlock event and no release person.", [
    ("DE-2024-009.pdf", pdf([
        ("h1", "DEMANDE D'ÉCHANTILLONS / SAMPLE REQUEST DE-2024-009"),
        ("table", [
            ["Champ", "Valeur"],
            ["Fournisseur", LV + ", Tallinn"],
            ["Article", "Cadre d'extrémité de banc / bench end frame BEF-600, acier S355 découpé laser 10 mm, galv. + RAL 9005"],
            ["Dessin", "TP-2210 rév. 4"],
            ["BC de référence", "BC-24-0601"],
            ["Quantité", "selon soumission LV-Q-0702"],
            ["Date requise", "2024-11-15"],
        ]),
        ("sp",),
        ("p", "Veuillez fabriquer les échantillons selon le dessin et les notes ci-dessous. / Please make the samples per drawing and notes."),
        ("table", [
            ["Note", "Exigence"],
            ["Filetage", "M10x1,5 (inserts)"],
            ["Peinture poudre", "RAL 9005, 80-120 µm"],
            ["Brouillard salin ISO 9227 NSS", "1000 h - rapport requis"],
            ["Soudure", "EN ISO 5817 niveau C, EN 1090-2 EXC2"],
        ]),
        ("sp",),
        ("p", "Le solde de production n'est pas libéré. / The production balance is not released."),
        ("p", "Demandé par : Marc-André Gagnon, ing., Travaux publics"),
    ], pagesize=LETTER, title="DE-2024-009", author="Marc-Andre Gagnon")),
])

# ---- p34: WeChat: "PO's in the system... first the samples, then the rest. Go ahead"
case("p34_wechat_go_ahead_bare", ["RG002", "RG003", "RG004", "RG005", "RG010"],
     "'First the samples, then the rest. Go ahead 👍' — no quantity, no sample-only scope, no hold, no event, no release person.", [
    ("WeChat_Leo_Zhao.txt", """WeChat - Chat history with Leo Zhao 赵磊 (Hengrui)
Exported 2024-10-03 08:02

2024-10-02 09:31  Shane O'Donnell: Hi Leo, PO's in the system now for the Cheltenham Rd tree grates. First the samples, then the rest. Go ahead 👍
2024-10-02 09:58  Leo Zhao 赵磊: Thank you Shane! We arrange now 马上安排
2024-10-02 10:00  Leo Zhao 赵磊: [文件 / File] MC-PO-24-0871.pdf (not downloaded)
"""),
])

# ---- p35: thread + forwarded payment confirmation; 'The deposit is paid... So go ahead!'
_fin = mail("Kreditorbogholderiet <kreditor@byrumsenheden-kbh.dk>", METTE,
            "Betaling gennemført – Linnavara Metall OÜ – PO 4100-2333", dt(2024, 9, 19, 10, 2, 2),
            """Hej Mette,

Betalingen er gennemført i dag:
  Kreditor:    Linnavara Metall OÜ (77310)
  Faktura:     LV-INV-24-0912 (depositum 30 %)
  PO:          4100-2333
  Beløb:       EUR 4.860,00
  Valørdato:   19-09-2024

Venlig hilsen
Kreditorbogholderiet, Byrumsenheden
""")
_t = """Hej Kristjan,

The deposit is paid - see the payment confirmation from our Økonomi, forwarded. So go ahead!

Mvh
Mette
""" + SIG_METTE + """
Fra: Mette Kjærgaard
Sendt: 9. september 2024 10:05
Til: Kristjan Tamm <kristjan.tamm@linnavara.ee>
Emne: PO 4100-2333 – bænkgavle / bench end frames BEF-600, prøver

""" + q("""Hej Kristjan,
PO 4100-2333 covers 6 (six) sample bench end frames. The balance of 594 from your quote
LV-Q-0655 is not released; Signe Dahl (Indkøbschef) releases it in writing after Rasmus Holm's
sample sign-off. Material: sample-only. Please send the invoice for the 30 % deposit as agreed
in the quote.
Mvh Mette
""") + "\n"
_m = mail(METTE, KRISTJAN, "SV: PO 4100-2333 – deposit paid", dt(2024, 9, 19, 13, 27, 2), _t,
          attachments=[("rfc822", _fin)], in_reply_to="<h229-kbh-0909@byrumsenheden-kbh.dk>")
case("p35_deposit_paid_go_ahead", ["RG002", "RG012"],
     "'The deposit is paid... So go ahead!' — payment as the trigger and an unscoped go-ahead; quoted scope supplies qty, hold, event, Signe Dahl.", [
    ("SV_PO_4100-2333.eml", eml_bytes(_m)),
])

# ---- p36: Teams: engineer 'dès que les échantillons sont approuvés, you have the green light, proceed'
case("p36_teams_green_light_after_approval", ["RG002", "RG007"],
     "Buyer engineer: once samples are approved 'you have the green light, proceed' — approval rolls into production, no quantity.", [
    ("Teams_BEF-600_Stal-Form.txt", """Microsoft Teams - conversation exportée
Canal: Saint-Aurèle Voirie / Stal-Form - BEF-600
Exporté le 2024-10-16 08:10 (HAE)

[2024-10-07 09:14] Geneviève Tremblay: Bonjour Tomasz, rappel : BC-24-0620 = 12 échantillons seulement. Le solde de 228 n'est pas libéré; libération écrite par Isabelle Lavoie après l'approbation des échantillons par Marc-André.
[2024-10-07 09:20] Tomasz Wiśniewski (Invité): Dzień dobry Geneviève, understood, thank you.
[2024-10-15 16:02] Marc-André Gagnon: Salut Tomasz, on a hâte de voir les échantillons! Dès que les échantillons sont approuvés, you have the green light, proceed 👍 pas besoin d'attendre
[2024-10-15 16:05] Tomasz Wiśniewski (Invité): Super, thanks Marc-André! We prepare the line.
"""),
])

# ---- p37: supplier calls the non-binding forecast an order and bought sheet for 1 500
_ml = """LINNAVARA METALL OÜ - MATERIAL PURCHASE LIST LV-MP-24-117
Customer: Byrumsenheden, City of Copenhagen - BH-120 bin housing - "order 2025"
Printed 27.09.2024

Material                               For qty (housings)   Amount     Supplier PO       Status
------------------------------------   ------------------   --------   ---------------   ----------
Sheet DX51D+Z275 2,0 x 1250 x 2500     1 500                61,2 t     LV-PO-24-0671     delivered
Hinge pins dia 10 A2                   1 500                3 000 pcs  LV-PO-24-0672     delivered
Rivet nuts M8 A2                       1 500                12 000 pcs LV-PO-24-0673     ordered
Powder RAL 6005 (Qualicoat cl. 2)      1 500                1 350 kg   LV-PO-24-0674     ordered
"""
_t = """Hello Mette,

thank you for the 2025 figures. Based on your 2025 order of 1 500 bin housings (your forecast of 2 September) we have now bought the galvanised sheet DX51D+Z275 2,0 mm and the hinge pins for all 1 500 pcs, to secure the price and the mill slot. Purchase list attached.

Call-off CO-07 (100 pcs) is in production as planned, delivery week 44.

Best regards
Kristjan
""" + SIG_KRISTJAN + """
From: Mette Kjærgaard <mk@byrumsenheden-kbh.dk>
Sent: 2. september 2024 14:40
To: Kristjan Tamm <kristjan.tamm@linnavara.ee>
Subject: BH-120 - figures 2025 and CO-07

""" + q("""Hej Kristjan,
Here are our figures for 2025 for BH-120: 1 500 pcs. Please note: this is a non-binding forecast
for your capacity planning, not an order.
Released now is only call-off CO-07: 100 pcs (framework PO 4100-2150). Nothing beyond CO-07 is
released; the next call-off CO-08 comes from Signe Dahl after the Q4 review.
Material authority: for the 100 pcs of CO-07.
Mvh Mette
""") + "\n"
_m = mail(KRISTJAN, METTE, "RE: BH-120 - figures 2025 and CO-07", dt(2024, 9, 27, 15, 3, 3), _t,
          attachments=[("LV-MP-24-117.txt", _ml, "text/plain")], in_reply_to="<h229-kbh-0902@byrumsenheden-kbh.dk>")
case("p37_supplier_forecast_material", ["RG006", "RG008"],
     "Supplier calls the buyer's labelled non-binding forecast 'your 2025 order of 1 500' and bought sheet for 1 500 while CO-07 releases 100 with material for 100.", [
    ("RE_BH-120_2025.eml", eml_bytes(_m)),
])

# ---- p38: 'pedido en firme' built from the demand forecast; 600 in text, table sums to 560 (Bogota), PDF
case("p38_firm_order_from_forecast", ["RG008", "RG011"],
     "Demand forecast (subject to 2025 budget) presented as 'pedido en firme' of 600; the schedule in the same document sums to 560.", [
    ("Pedido_2025_BS-114.pdf", pdf([
        ("h1", "PEDIDO EN FIRME 2025 - CAMISAS DE BOLARDO BS-114"),
        ("p", EMTA + " - Dirección de Infraestructura. Proveedor: " + HUB + ". Contrato marco CM-2024-015. Fecha: 15/10/2024."),
        ("p", "Las cantidades de este documento son el pronóstico de demanda del Plan de Paraderos 2025 (sujeto a la "
              "aprobación del presupuesto 2025 por la Junta Directiva). Ténganlas como pedido en firme de 600 "
              "(seiscientas) camisas BS-114 y fabriquen según el programa siguiente."),
        ("table", [
            ["Trimestre", "Troncal / estación", "Cantidad (UN)"],
            ["Q1 2025", "Troncal Occidente - estaciones 1 a 9", "150"],
            ["Q2 2025", "Troncal Occidente - estaciones 10 a 18", "150"],
            ["Q3 2025", "Troncal Sur - estaciones 1 a 8", "130"],
            ["Q4 2025", "Troncal Sur - estaciones 9 a 16", "130"],
            ["Total", "", "560"],
        ]),
        ("sp",),
        ("p", "Especificación: plano EMTA-MOB-114 rev. 2, inox 316, M16x2, ISO 9227 NSS 1000 h."),
        ("p", "Firmas: Andrés Felipe Rojas (Compras); Jorge Iván Castaño (Director de Infraestructura)."),
    ], title="Pedido 2025 BS-114", author="EMTA")),
])

# ---- p39: minutes: forecast 2,400 'take as a firm order'; 'approved' for pilots, budget, PO
case("p39_minutes_forecast_firm_terms", ["RG008", "RG009"],
     "Minutes: 'Linnavara can take the 2,400 [FY25 forecast] as a firm order'; 'approved' for pilots, budget/forecast and the revised PO. 12 active, hold, event, Kylie named.", [
    ("Minutes_supplier_review_2024-09-17.docx", docx_bytes([
        ("h1", "Minutes — Supplier review: Linnavara Metall OÜ (BRH-750 bike hoops)"),
        ("p", "Date: 17 September 2024, 4:00 pm AEST (Teams). Present: Kylie Brennan, Priya Raman, Shane O'Donnell "
              "(Council); Kristjan Tamm, Liis Saar (Linnavara). Minutes: Shane O'Donnell."),
        ("table", [
            ["#", "Item", "Discussion / outcome", "Action"],
            ["1", "Pilot hoops (12, PO MC-PO-24-0812)", "Approved by Priya — dimensions, welds and coating OK, salt spray 1000 h passed.", "Priya"],
            ["2", "FY25 budget", "Council approved the FY25 bike-parking budget on 10 Sept. The FY25 forecast of 2,400 hoops is now approved. Linnavara can take the 2,400 as a firm order for FY25 and book capacity accordingly.", "Kylie"],
            ["3", "PO", "Revised PO MC-PO-24-0812 Rev 1 to be approved through eProcure (financial delegation) this week.", "Shane"],
            ["4", "Production release", "Nothing beyond the 12 pilots is released today. The first production release (400 hoops) will be issued in writing by Kylie Brennan once the revised PO is approved.", "Kylie"],
            ["5", "Logistics", "Drops of 200 to the Operations Centre; Linnavara to quote 40' HC vs 2 x 20'.", "Kristjan"],
        ]),
        ("p", "Next review: 15 October 2024."),
    ], author="Shane O'Donnell")),
])

# ---- p40: buyer portal: 'LIBÉRÉ' for finance approval; production release 60 vs 48 (Montreal -> Tallinn)
case("p40_portal_released_conflict", ["RG009", "RG011"],
     "Portal status 'LIBÉRÉ / RELEASED' means finance approval of the PO while 'libéré' also means production; line says 60 released, note says 48.", [
    ("portail_BC-24-0633.html", html_page("Portail fournisseurs - BC-24-0633", """
<h2>Portail fournisseurs &mdash; Arrondissement de Saint-Aurèle</h2>
<p>Fournisseur : <b>Linnavara Metall OÜ</b> &middot; no 90207</p>
<h3>Bon de commande BC-24-0633 &mdash; Statut : <span style="color:green">LIBÉRÉ / RELEASED</span> (approbation financière complétée 2024-09-02)</h3>
<table>
<tr><th>Ligne</th><th>Article</th><th>Description</th><th>Qté commandée</th><th>Libéré pour production</th><th>Solde en attente</th></tr>
<tr><td>1</td><td>BH-120</td><td>Boîtier de poubelle 120 L, dessin TP-3105 rév. B, RAL 6009</td><td>180</td><td>60</td><td>120</td></tr>
</table>
<div class="note">
<p><b>Libération de production &mdash; lot 1 : 48 unités.</b> Le solde de 132 unités reste en attente jusqu'à la libération
écrite d'Isabelle Lavoie, chef de division, après l'inspection du lot 1 par Marc-André Gagnon.</p>
<p>Autorisation matériel : 48 unités.</p>
</div>
<p style="font-size:11px;color:#666">Dernière mise à jour : 2024-09-03 07:55 &middot; Acheteuse : Geneviève Tremblay</p>
""", lang="fr")),
])

# ---- p41: mail saved as text: pattern invoice paid, so start the samples (no sample qty)
case("p41_invoice_paid_start_samples", ["RG010", "RG012"],
     "'We paid your pattern/tooling invoice... So please start the samples' — payment as the trigger, and no sample quantity; hold, event, Kylie named.", [
    ("Mail_pattern_invoice_BS-140.txt", """From:    Shane O'Donnell <shane.odonnell@merriwacreek.vic.gov.au>
Sent:    Thursday, 12 September 2024 11:26 AM
To:      Leo Zhao <leo.zhao@hengrui-castings.cn>
Cc:      Priya Raman <priya.raman@merriwacreek.vic.gov.au>
Subject: Pattern invoice paid - heritage bollard sleeves BS-140

Hi Leo,

Good news, our accounts team paid your pattern/tooling invoice HR-INV-24-0877 this morning (USD 4,650.00). So please start the samples for the cast heritage bollard sleeves BS-140 (MC-STD-BOL-140 Rev A) now.

The production balance stays on hold until Priya Raman signs off the samples and Kylie Brennan, Manager Civil Assets, releases it in writing. Material for the samples only please.

Cheers,
Shane

Shane O'Donnell | Procurement Officer, Civil Assets | City of Merriwa Creek
P: +61 3 9000 4127
"""),
])

# ---- p42: PO for 10 samples + proforma for 12 that starts production on deposit (folder)
case("p42_po_vs_proforma_deposit", ["RG011", "RG012"],
     "PO authorizes 10 sample segments (balance held); proforma states 12 samples and 'production of 480 pcs will start after we receive the 30% deposit'.", [
    ("OC_4700-0502.pdf", pdf([
        ("h1", "ORDEN DE COMPRA No. 4700-0502"),
        ("table", [
            ["Campo", "Detalle"],
            ["Comprador", EMTA + " - Dirección de Infraestructura"],
            ["Proveedor", HR + " (2000318)"],
            ["Fecha", "07.10.2024"],
            ["Incoterm / moneda", "CIF Buenaventura / USD"],
        ]),
        ("sp",),
        ("table", [
            ["Pos", "Material", "Descripción", "Cant.", "UM", "Precio", "Valor"],
            ["10", "MOB-TG-1000", "Rejilla de árbol, segmento hierro dúctil EN-GJS-500-7, EN 124 C250, plano EMTA-MOB-410 rev. 3 - MUESTRAS",
             "10", "UN", "USD 138,00", "USD 1.380,00"],
        ]),
        ("sp",),
        ("p", "Alcance: 10 muestras. El saldo de 470 segmentos (cotización HR-Q2409-031, 480) no está liberado; se libera "
              "solo por escrito por el Ing. Jorge Iván Castaño, Director de Infraestructura, tras la firma de muestras de "
              "la Ing. Laura Catalina Muñoz. Autorización de material: solo muestras."),
    ], title="OC 4700-0502", author="EMTA Compras")),
    ("PI-HR-2024-0917.pdf", pdf([
        ("h1", "PROFORMA INVOICE"),
        ("p", "No.: PI-HR-2024-0917      Date: 2024-10-10"),
        ("p", "Seller: " + HR + " - Buyer: " + EMTA + ", Bogotá, Colombia - your PO 4700-0502."),
        ("table", [
            ["No.", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "Tree grate segment TG-1000, ductile iron, SAMPLE (PO 4700-0502)", "12 pcs", "138.00", "1,656.00"],
            ["2", "30% deposit for production of 480 pcs (quote HR-Q2409-031, USD 93.60/pc)", "", "", "13,478.40"],
            ["", "Total now payable", "", "", "15,134.40"],
        ]),
        ("sp",),
        ("p", "Remark: Production of 480 pcs will start after we receive the 30% deposit. Samples ship 15 days after payment."),
        ("p", "Leo Zhao, Sales Manager"),
    ], title="PI-HR-2024-0917", author="Hengrui")),
])

# ---- p43: thread; supplier 'we will proceed automatically with the 290'; release 'from Council procurement'
_rep = html_page("Dimensional report BS-114 samples", """
<h3>Relatório dimensional / Dimensional report &mdash; BS-114 samples (PO MC-PO-24-0866)</h3>
<table>
<tr><th>#</th><th>OD Ø114,3 ±0,5</th><th>Wall 2,0</th><th>Length 1000 ±2</th><th>Ra ≤0,8</th><th>OK</th></tr>
<tr><td>1</td><td>114,2</td><td>2,01</td><td>999,5</td><td>0,6</td><td>OK</td></tr>
<tr><td>2</td><td>114,4</td><td>1,98</td><td>1000,8</td><td>0,5</td><td>OK</td></tr>
<tr><td>3&ndash;10</td><td>114,1&ndash;114,5</td><td>1,97&ndash;2,03</td><td>999,1&ndash;1001,2</td><td>0,5&ndash;0,7</td><td>OK</td></tr>
</table>
<p>Passivation ASTM A967 Nitric 2; mill cert EN 10204 3.1 no. 24-88172. Inspector: Joana Ribeiro, Qualidade.</p>
""", lang="pt")
_t = """Dear Shane,

Thank you, all understood. The 10 samples are polished and passivated; the dimensional report is attached (all OK). Shipping by DHL on Friday.

As soon as Priya approves the samples we will proceed automatically with the 290 sleeves, so we can meet your date of February.

Best regards / Cumprimentos
Rui Figueiredo
""" + SIG_RUI + """
From: Shane O'Donnell <shane.odonnell@merriwacreek.vic.gov.au>
Sent: Tuesday, 3 September 2024 4:52 PM
To: Rui Figueiredo <rui.figueiredo@valedoave.pt>
Subject: MC-PO-24-0866 - BS-114 stainless sleeves - samples

""" + q("""Hi Rui,
PO MC-PO-24-0866 is attached. It covers 10 (ten) sample bollard sleeves BS-114 only.
The balance of 290 is not released. It will be released after Priya Raman signs off the samples
and Council issues a revised PO; the release comes from Council procurement.
Material for the samples only.
Cheers, Shane
""") + "\n"
_m = mail(RUI, SHANE, "RE: MC-PO-24-0866 - BS-114 stainless sleeves - samples", dt(2024, 9, 25, 17, 20, 1), _t,
          attachments=[("BS-114_dimensional_report.html", _rep, "text/html")],
          in_reply_to="<h229-mc-0903@merriwacreek.vic.gov.au>")
case("p43_auto_proceed_no_person", ["RG005", "RG007"],
     "Supplier will 'proceed automatically with the 290' once samples are approved; quoted buyer scope names the release only as 'Council procurement'.", [
    ("RE_MC-PO-24-0866.eml", eml_bytes(_m)),
])

# ---- p44: supplier ERP order entry: copied buyer note 'until further notice' + MRP for 600
case("p44_erp_hold_no_event_material", ["RG004", "RG006"],
     "Copied buyer note: 6 samples, balance 594 'on hold until further notice', release Signe Dahl (no event); MRP shows material bought for 600.", [
    ("ZS_2024_0912.txt", """STAL-FORM SP. Z O.O. - SYSTEM ERP   (moduł: Zamówienia sprzedaży / Sales orders)
Wydruk / printed: 2024-10-04 07:58        Użytkownik / user: AKOWALCZYK
Zamówienie sprzedaży / Sales order: ZS/2024/0912
Klient / Customer: 40117  BYRUMSENHEDEN, CITY OF COPENHAGEN (DK)
Nr zam. klienta / Customer PO: 4100-2340        Oferta / Quote: SF/2024/133

Poz. Indeks         Opis / Description                            Ilość  J.m.  Cena EUR  Termin
---- -------------- --------------------------------------------- -----  ----  --------  -------
1    BEF-600-KBH    Bench end frame cast Al, KBH-BY-2210 rev. 2       6  szt.     96,00  tydz. 44
                    SAMPLES / PRÓBKI

Uwagi klienta (kopia z PO) / Customer note (copied from PO):
  "6 SAMPLES ONLY. BALANCE OF 594 ON HOLD UNTIL FURTHER NOTICE.
   RELEASE OF BALANCE: SIGNE DAHL, INDKØBSCHEF. MATERIAL: SAMPLES ONLY."

MRP / Zaopatrzenie materiałowe:
  Materiał / material              Na ilość / for qty    Dok. zakupu     Status
  -------------------------------  --------------------  --------------  ---------------------
  Ingot AlSi9Cu3 (EN AC-46000)     600 szt.              ZZ/2024/1187    DOSTARCZONO / delivered
  Wkładki gwintowane M10           2 400 szt. (600 x 4)  ZZ/2024/1188    ZAMÓWIONO / ordered
  Farba proszkowa RAL 9005         600 szt.              ZZ/2024/1190    ZAMÓWIONO / ordered

Komentarz handlowca / Sales comment:
  Material for full 600 bought to keep aluminium price, see e-mail T. Wiśniewski 27.09.
"""),
])

# ---- p45: cover mail says 15 samples, PO printout says 12 (folder); nothing on the balance
_t = """Estimado Rui, buenos días

Adjunto la OC 4700-0515 por 15 (quince) muestras del cicloparqueadero en U (bike-rack hoop) BRH-750-B, plano EMTA-MOB-750 rev. 1, según su cotización VA-Q-24-166.

Las muestras deben llegar a Bogotá antes del 30/11/2024 para la prueba en el Portal Norte. La liberación de producción la firma el Ing. Jorge Iván Castaño, Director de Infraestructura.

Quedo atento a su confirmación.

Cordialmente,
Andrés Felipe Rojas
""" + SIG_ANDRES
_m = mail(ANDRES, RUI, "OC 4700-0515 – muestras cicloparqueadero BRH-750-B", dt(2024, 10, 8, 8, 37, -5), _t,
          html=to_html(_t))
case("p45_cover_vs_po_qty", ["RG003", "RG004", "RG011"],
     "Cover mail says 15 samples, the PO printout says 12; neither says the balance is not released or names an unlock event; Castaño named.", [
    ("OC_4700-0515_mail.eml", eml_bytes(_m)),
    ("OC_4700-0515.txt", """EMTA S.A.S. - ORDEN DE COMPRA No. 4700-0515          Fecha: 08.10.2024     Estado: Emitida
Proveedor: 1000915  METALURGICA VALE DO AVE, LDA - Guimarães, Portugal
Comprador: A. F. ROJAS       Incoterm: CIP Bogotá       Moneda: EUR      Pago: 30 días

Pos  Material      Descripción                                        Cant.  UM   Precio    Valor
---- ------------- -------------------------------------------------- -----  ---- -------  --------
10   MOB-750-B     Cicloparqueadero en U BRH-750-B, tubo Ø48,3x3,2,      12  UN   174,00  2.088,00
                   galv. EN ISO 1461 + pintura RAL 7040, plano
                   EMTA-MOB-750 rev. 1 - MUESTRAS
                   Entrega: 30.11.2024

TEXTO DE CABECERA:
MUESTRAS SEGUN COTIZACION VA-Q-24-166.
LIBERACION DE PRODUCCION: ING. JORGE IVAN CASTAÑO, DIRECTOR DE INFRAESTRUCTURA.

                                                         VALOR TOTAL EUR 2.088,00
IMPRESO 08.10.2024 08:30  USUARIO AROJAS                                   PAG 1/1
"""),
])


# =================================================================== write
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def _check():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    assert len(CASES) == 70, len(CASES)
    clean = [c for c in CASES if not c["expect"]]
    assert len(clean) == 25, len(clean)
    for c in CASES:
        assert c["name"].startswith("c" if not c["expect"] else "p"), c["name"]
        assert all(r in RULES for r in c["expect"]), c["name"]
    for r in RULES:
        n = sum(r in c["expect"] for c in CASES)
        assert n >= 6, (r, n)


def _stem(fn):
    s = Path(fn).stem
    s = re.sub(r"[^A-Za-z0-9._-]+", "_", s).strip("_")
    return s


def main():
    _check()
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(229229).shuffle(order)
    labels = {}
    for nn, c in enumerate(order, 1):
        folder = f"h229_{nn:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_bytes(data.encode("utf-8"))
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
