#!/usr/bin/env python3
"""Generator for the releasegate check_holdout24 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout24/build.py

Writes cases/<case>/<files> and labels.json next to this script.
Output is deterministic (fixed dates, boundaries, message ids, PDF invariant mode,
fixed DOCX zip timestamps, folder order shuffled with seed 2424).

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py (lines 1-203). Every case below was written independently for this
corpus. Descriptive case names (c.. clean, p.. positive) appear only in this file.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import random
import re
import shutil
import sys
import zipfile
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
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
    m["Message-ID"] = msgid or f"<h24-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h24")
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


# ------------------------------------------------------- local helpers (h24)
SIG_FR = (
    "\n-- \n{name}\n{title}\n{company}\n{phone}\n\n"
    "AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes s'adressent uniquement au(x) "
    "destinataire(s) indiqué(s) et peuvent contenir des renseignements confidentiels. Si vous "
    "l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.\n"
)

SIG_ES = (
    "\n-- \n{name}\n{title}\n{company}\n{phone}\n\n"
    "AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son para uso exclusivo del destinatario "
    "y pueden contener información confidencial. Si lo recibió por error, favor de notificar al "
    "remitente y eliminarlo.\n"
)


def sig_fr(name, title, company, phone="+1 450 555 0100"):
    return SIG_FR.format(name=name, title=title, company=company, phone=phone)


def sig_es(name, title, company, phone="+52 81 8555 0100"):
    return SIG_ES.format(name=name, title=title, company=company, phone=phone)


def q(text, level=1):
    """Quote a block of text with '>' markers, as a mail client does in a reply."""
    pre = ">" * level
    return "\n".join(f"{pre} {ln}" if ln.strip() else pre for ln in text.rstrip("\n").split("\n")) + "\n"


def text_html(text):
    """Minimal HTML alternative for a plain-text mail body (paragraphs, quoted blocks)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(">") for ln in lines):
            inner = "<br>\n".join(escape(ln.lstrip("> ")) for ln in lines)
            out.append(f"<blockquote style=\"border-left:2px solid #999;padding-left:8px\">{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + \
        "\n".join(out) + "\n</body></html>\n"


def table_html(rows):
    head = "".join(f"<th>{escape(str(c))}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>\n" for r in rows[1:])
    return f"<table>\n<tr>{head}</tr>\n{body}</table>"


# =================================================================== CLEAN
# ---- c01: supplier quote with sample and forecast production tiers (PDF, table)
case("c01_quote_tiers_casting", [],
     "supplier quote alone: PPAP-sample tier and forecast production tier, no authorized quantity",
     [("Cotizacion_Q-FN-24-0318.pdf", pdf([
         ("h1", "FUNDICIONES DEL NORTE, S.A. de C.V."),
         ("p", "Av. Ruiz Cortines 4120, Col. Industrial, Monterrey, N.L. 64410, México · "
               "RFC FNO-981104-KT3 · Tel. +52 81 8355 0142"),
         ("h", "Cotización / Quotation Q-FN-24-0318"),
         ("table", [
             ["Campo / Field", "Valor / Value"],
             ["Cliente / Customer", "Black Swamp Implement Co., Defiance, OH 43512"],
             ["Atención / Attn", "Kevin Brandt, Senior Buyer"],
             ["Fecha / Date", "2024-04-22"],
             ["Pieza / Part", "BSI-44710 Rev C — gearbox housing, ductile iron ASTM A536 65-45-12"],
             ["Peso / Casting weight", "18.6 kg (41.0 lb)"],
             ["Vigencia / Validity", "60 días / 60 days"],
         ]),
         ("h", "Precios / Pricing"),
         ("table", [
             ["Tier", "Quantity", "Unit price (USD)", "Lead time"],
             ["PPAP samples (PPAP level 3)", "25 pcs", "$212.00", "6 weeks from pattern completion"],
             ["Production — forecast basis, per your RFQ 2024-117", "2,500 pcs/yr", "$148.50",
              "4 weeks ARO, FCA Monterrey"],
             ["Pattern and core boxes (one-time)", "1 set", "$38,400.00", "8 weeks"],
         ]),
         ("h", "Notas / Notes"),
         ("p", "1. Pricing includes machining of datum pads A/B/C and shot blast; no paint. "
               "Ni-hard inserts excluded."),
         ("p", "2. Production pricing is based on your forecast of 2,500 pcs per year and is given for "
               "information. This quotation is not an order and does not commit either party to a quantity."),
         ("p", "3. Payment: pattern 50% with order, 50% at PPAP submission. Castings net 60 days."),
         ("p", "4. Raw material surcharge per CRU pig iron index, adjusted quarterly."),
         ("p", "5. Dimensional layout on 5 pcs (CMM), material certificates EN 10204 3.1, "
               "PPAP per AIAG 4th edition."),
         ("sp",),
         ("p", "Atentamente / Regards — Ing. Mariana Villarreal, Ventas Técnicas, mvillarreal@fundinorte.mx"),
     ], LETTER, title="Cotizacion Q-FN-24-0318", author="Fundiciones del Norte"))])

# ---- c02: supplier asks whether the balance may start (EML, question only)
_t = """Tom,

Good morning. The 24 PPAP pcs of GLB-60418 Rev C went out Friday on Estes PRO 0447-118842,
with the PSW, dimensional results (3 pcs full layout), material certs and the control plan.
You should see them at Troy receiving today.

Our 600-ton (Press 11) has an opening the week of June 3. As we understand your PO, the
balance of 2,376 pcs is not released yet. Do we have the go-ahead to start it, or do we wait
for your written production release after the PSW is signed?

For what it's worth, we have only bought coil for the sample blanks (one slit coil of
980DP 1.6 mm) and nothing for the balance.

Let me know which way you want to go so I can hold the press slot or give it away.

Thanks,
Luis
""" + sig("Luis Ortega", "Sales Engineer", "Maumee Valley Stamping, Inc. | Toledo, OH", "+1 419 555 0187")
case("c02_supplier_question", [],
     "supplier question whether the 2,376 balance may start; states it is not released; no authorization",
     [("PO_4500209915_next_steps.eml", eml_bytes(mail(
         "Luis Ortega <lortega@maumeevalleystamping.com>", "Tom Kowalski <tkowalski@glbodysystems.com>",
         "PO 4500209915 - B-pillar reinf. GLB-60418 Rev C - next steps?",
         "Mon, 13 May 2024 07:42:10 -0400", _t)))])

# ---- c03: EDI 830 planning schedule, labelled forecast, no FAB/RAW authorization (TXT)
_t = """KESTREL TRUCK HVAC INC. - EDI OUTBOUND PRINT                       RUN 2024-05-06 06:00
TRANSACTION : X12 830 (004010)  PLANNING SCHEDULE - FORECAST ONLY
TRADING PTNR: GEORGIAN BAY PLASTICS LTD (GBP01)      SHIP-TO: KESTREL PLANT 2 (K02)
PLANNER     : PRIYA RAMAN, MATERIALS PLANNER  905-555-0132
==========================================================================================
ISA*00*          *00*          *ZZ*KESTRELHVAC    *ZZ*GBPLASTICS     *240506*0600*U*00401*000004417*0*P*>~
GS*PS*KESTRELHVAC*GBPLASTICS*20240506*0600*4417*X*004010~
ST*830*0001~
BFR*05**2024-19*DL*A*20240506*20241103*20240506~
N1*ST*KESTREL TRUCK HVAC PLANT 2*92*K02~
N1*SU*GEORGIAN BAY PLASTICS LTD*92*GBP01~
LIN**BP*KT-2209-B*EC*C~
UIT*EA~
PER*SC*PRIYA RAMAN*TE*9055550132~
FST*1200*D*W*20240513~
FST*1200*D*W*20240520~
FST*1150*D*W*20240527~
FST*1300*D*W*20240603~
FST*1300*D*W*20240610~
FST*1250*D*W*20240617~
CTT*1*7400~
SE*16*0001~
==========================================================================================
PART KT-2209-B   BLOWER SCROLL HOUSING, PP-TD20, ENG CHANGE LEVEL C

  WEEK OF        QTY    FST02
  2024-05-13   1,200    D = PLANNING
  2024-05-20   1,200    D = PLANNING
  2024-05-27   1,150    D = PLANNING
  2024-06-03   1,300    D = PLANNING
  2024-06-10   1,300    D = PLANNING
  2024-06-17   1,250    D = PLANNING
               -----
  TOTAL        7,400

  FAB AUTHORIZATION (ATH*FI) ........ NONE
  RAW MATERIAL AUTHORIZATION (ATH*MT) NONE

NOTE: THIS 830 IS A FORECAST FOR PLANNING ONLY. IT DOES NOT AUTHORIZE FABRICATION,
MATERIAL PURCHASE OR SHIPMENT. SHIPMENTS ARE AUTHORIZED ONLY BY 862 SHIPPING
SCHEDULES ISSUED BY THE MATERIALS PLANNER.
*** END OF PRINT ***
"""
case("c03_edi830_forecast", [],
     "EDI 830 with every line FST02=D and an explicit forecast-only note; no FAB/RAW authorization",
     [("EDI830_KT-2209-B_wk19.txt", _t)])

# ---- c04: full-quantity PO with a scoped 'proceed' (HTML, table)
_b = """<h2>VHR Terrebonne inc. — Bon de commande / Purchase Order 24-1288</h2>
<p>2150, boul. des Entreprises, Terrebonne (Québec) J6Y 1W9 · Acheteuse / Buyer: Mélanie Gagnon, acheteuse principale</p>
<p>Fournisseur / Supplier: Tôlerie Mirabel inc. (F-0417), Mirabel (Québec) · Date: 2024-05-09 · Paiement / Terms: net 45 · Incoterms FCA Mirabel</p>
<table>
<tr><th>Ligne / Line</th><th>Pièce / Part</th><th>Description</th><th>Qté / Qty</th><th>Prix / Price (CAD)</th><th>Livraison / Delivery</th></tr>
<tr><td>1</td><td>TOR-5512-250 rév. B</td><td>Plaque de protection / skid plate, AL 5052-H32 0.190 in, pliage + goujons PEM</td><td>250</td><td>46.80</td><td>2024-06-28</td></tr>
</table>
<div class="note">
<p><b>Quantité totale de la commande : 250 pièces.</b> Full order quantity: there is no balance, and no further quantity is planned under this PO.</p>
<p>Proceed with the 250 pcs per drawing TOR-5512 Rev B and our supplier quality manual SQM-07. You may buy aluminum for the 250 pcs.</p>
</div>
<p>Emballage / Packing: 25 pcs par caisse, étiquettes selon SQM-07 annexe C. Certificats matière requis (EN 10204 2.2).</p>
<p>Questions : mgagnon@vhrterrebonne.ca · 450 555 0178</p>"""
case("c04_full_qty_po", [],
     "full-quantity PO (250, no balance) with 'proceed with the 250 pcs'; part number contains 250",
     [("BC_24-1288.html", html_page("Bon de commande 24-1288", _b, lang="fr"))])

# ---- c05: complete sample PO (DOCX, table)
case("c05_sample_po_complete", [],
     "sample PO: 30 active, 6,000 forecast not released, written release by named manager after PSW, sample-only material",
     [("PO_4500187734.docx", docx_bytes([
         ("h1", "Rouge River Axle Co. — Purchase Order 4500187734"),
         ("p", "Issue date: April 29, 2024 · Buyer: Andrea Kowalczyk, Purchasing Manager · "
               "Supplier: Sandusky Precision Forge, LLC (vendor 100482), Sandusky, OH"),
         ("table", [
             ["Line", "Part / Rev", "Description", "Scope", "Qty", "Unit price", "Due"],
             ["10", "RRA-2207 / F", "Steering arm, forged 4140, machined", "PPAP samples (Level 3)",
              "30", "$64.20", "06/07/2024"],
         ]),
         ("h", "Scope note"),
         ("p", "Quantity active now: thirty (30) PPAP sample pieces, line 10 only."),
         ("p", "Not released: the production quantity on your quote SPF-Q-1184 (6,000 pcs/yr, forecast "
               "basis) is not released by this PO and stays on hold. Do not schedule forging or "
               "machining time for it."),
         ("p", "What to do now: forge, machine and ship the 30 samples with a full Level 3 PPAP "
               "submission (PSW, dimensional results on 6 pcs, material and heat-treat certs, PFMEA, "
               "control plan)."),
         ("p", "How the balance is unlocked: only by a separate written production release signed by "
               "Andrea Kowalczyk, Purchasing Manager, after our SQE has signed the PSW. A signed PSW by "
               "itself releases nothing."),
         ("p", "Material authority: sample-only (4140 bar for the 30 pcs plus set-up pieces). Material "
               "for any other quantity is bought at the supplier's own risk."),
         ("h", "Terms"),
         ("p", "Net 60, FCA Sandusky OH. Rouge River Axle General Terms RRA-GT-2023 apply. "
               "Supplier certification: IATF 16949:2016."),
     ], author="Andrea Kowalczyk"))])

# ---- c06: explicit recorded auto-conversion (EML + DOCX attachment)
_agr = docx_bytes([
    ("h1", "Auto-conversion agreement — LS-88120 Rev C seat track bracket"),
    ("p", "Buyer: Lakeside Seating Systems Inc., Windsor, Ontario. Supplier: Essex Tube & Stamping "
          "Ltd., Leamington, Ontario. Purchase order 4410-7752."),
    ("h", "1. Active quantity"),
    ("p", "Twenty (20) PPAP sample pieces, PO line 1. Material authority until conversion: sample-only."),
    ("h", "2. Recorded auto-conversion"),
    ("p", "If the PSW for LS-88120 Rev C is signed with a full disposition (not interim) by Marc "
          "Tremblay, Supplier Quality Engineer, on or before 28 June 2024, then 1,200 pieces (PO line 2) "
          "are released for production by this agreement, with no further document. On conversion the "
          "material authority becomes 1,200 pieces."),
    ("p", "An interim PSW, or a PSW signed after 28 June 2024, converts nothing."),
    ("h", "3. Balance on hold"),
    ("p", "The remaining 10,800 pieces of the quoted annual quantity (12,000 pcs, forecast basis) are "
          "not released. They are released only by a written production release signed by Julie "
          "Fortin, Commodity Buyer."),
    ("h", "4. Signatures"),
    ("table", [
        ["Role", "Name", "Date"],
        ["Commodity Buyer (release authority)", "Julie Fortin", "06 May 2024"],
        ["Supplier Quality Engineer", "Marc Tremblay", "06 May 2024"],
        ["Supplier acknowledgement", "Patrick Nolan, Account Manager", "07 May 2024"],
    ]),
], author="Julie Fortin")
_t = """Patrick,

As discussed on Thursday's call, attached is the signed auto-conversion agreement for the seat
track bracket LS-88120 Rev C. Please file it with PO 4410-7752 and have your ops team read
section 2 before they plan anything.

Short version: the 20 PPAP samples are the only quantity active today. If Marc signs a full
PSW by June 28, the first 1,200 production pieces are released by the agreement itself; you
do not need another document from me for those. Everything beyond the 1,200 stays on hold
until I send a written production release.

Regards,
Julie
""" + sig("Julie Fortin", "Commodity Buyer, Metallics", "Lakeside Seating Systems Inc. | Windsor, ON", "+1 519 555 0144")
case("c06_auto_conversion_agreement", [],
     "explicit recorded auto-conversion naming quantity (1,200), signer and conditions; rest on hold with named releaser",
     [("PO_4410-7752_LS-88120.eml", eml_bytes(mail(
         "Julie Fortin <jfortin@lakesideseating.com>", "Patrick Nolan <pnolan@essextube.ca>",
         "PO 4410-7752 seat track bracket - auto-conversion agreement (signed)",
         "Tue, 07 May 2024 16:05:00 -0400", _t,
         cc="Marc Tremblay <mtremblay@lakesideseating.com>",
         attachments=[("LS-88120_auto-conversion_agreement.docx", _agr, DOCX_MT)])))])

# ---- c07: supplier says the deposit does not release production (EML multipart/alternative, FR/EN)
_t = """Bonjour Nadia / Hello Nadia,

(English follows)

Nous avons bien reçu le virement de 21 600 $ CA, soit le dépôt de 30 % pour le moule du
bezel KT-6610. Merci!
Pour être clairs : ce dépôt paie la fabrication du moule seulement et ne libère pas la
production. Nous moulerons les 40 échantillons T1 prévus à votre bon de commande, rien de plus.
Les 4 000 pièces de production ne seront pas planifiées et la résine ne sera pas achetée tant
que nous n'aurons pas reçu votre libération de production écrite.

We received your wire of CAD 21,600, the 30% deposit on the KT-6610 bezel mould. Thank you.
To be clear: the deposit pays for the mould build only and does not release production. We
will mould the 40 T1 samples on your PO and nothing more. The 4,000 production pieces will not
be scheduled, and no resin will be bought for them, until we receive your written production
release.

T1 est prévu en semaine 23 sur notre Engel 350 t. / T1 is planned for week 23 on our 350-ton Engel.

Merci,
Sylvie
""" + sig_fr("Sylvie Gendron", "Directrice des ventes / Sales Director",
             "Plastiques Boréal inc. | Granby (Québec)", "+1 450 555 0163")
case("c07_deposit_not_release", [],
     "supplier: tooling deposit received and explicitly does not release production; 4,000 not scheduled",
     [("Moule_KT-6610_suivi.eml", eml_bytes(mail(
         "Sylvie Gendron <sgendron@plastiquesboreal.ca>", "Nadia Haddad <nhaddad@kestrelhvac.ca>",
         "Dépôt reçu / deposit received - moule KT-6610", "Wed, 15 May 2024 10:22:31 -0400",
         _t, html=text_html(_t))))])

# ---- c08: EDI 862 call-off with explicit staged material authority (TXT)
_t = """KESTREL TRUCK HVAC INC.                            SHIPPING SCHEDULE / CALL-OFF
X12 862 (004010) - HUMAN READABLE PRINT            PRINTED 2024-05-20 05:30
--------------------------------------------------------------------------------
SUPPLIER : LAKESHORE METAL FORMING LTD (LMF02)     SHIP TO : KESTREL PLANT 2 (K02)
SCHEDULE : 862-2024-0527 (CALL-OFF NO. 27)         BLANKET : KT-BPO-24-118
PART     : KT-3150-A  CONDENSER MTG BRACKET, HSLA 350, 2.5 MM
PLANNER  : PRIYA RAMAN, MATERIALS PLANNER  905-555-0132
--------------------------------------------------------------------------------
ST*862*0027~
BSS*05*862-2024-0527*20240520*DL*20240527*20240802****A~
N1*ST*KESTREL TRUCK HVAC PLANT 2*92*K02~
N1*SU*LAKESHORE METAL FORMING LTD*92*LMF02~
LIN**BP*KT-3150-A*PO*KT-BPO-24-118~
UIT*EA~
FST*400*C*D*20240528~
ATH*MT*20240731*1600**20240520~
SE*9*0027~
--------------------------------------------------------------------------------
SHIP DATE      QTY   STATUS
2024-05-28     400   FIRM - RELEASED BY THIS CALL-OFF

FORECAST (PLANNING ONLY - NOT RELEASED)
2024-06-04     400
2024-06-11     400
2024-06-18     400
--------------------------------------------------------------------------------
NOTES:
1. ONLY THE 400 PCS ABOVE ARE RELEASED FOR PRODUCTION AND SHIPMENT.
2. THE REMAINING BLANKET QUANTITY IS NOT RELEASED. IT IS RELEASED ONLY BY THE
   NEXT 862 CALL-OFF, ISSUED AND SIGNED BY PRIYA RAMAN, MATERIALS PLANNER.
3. MATERIAL AUTHORITY: STAGED. SUPPLIER MAY BUY AND HOLD HSLA 350 COIL FOR UP TO
   1,600 PCS (400 RELEASED + 1,200 STAGED) AT KESTREL'S LIABILITY THROUGH
   2024-07-31 (ATH*MT). MATERIAL ONLY - NO FABRICATION BEYOND THE 400 PCS.
4. PLANNING LINES ARE FORECAST ONLY AND DO NOT AUTHORIZE FABRICATION.
"""
case("c08_edi862_staged_material", [],
     "862 call-off: 400 released, rest held until next call-off by named planner, explicit staged material authority 1,600",
     [("EDI862_0527_KT-3150-A.txt", _t)])

# ---- c09: scoped sample approval for fit check only (EML multipart/alternative)
_t = """Hi Raj,

Thanks for getting the 20 samples of the grille insert (WT-3390 Rev A, PC/ABS, grain MT-11020)
to Oshawa ahead of the build. Results from yesterday's buck check:

- Fit to the bezel and the clip towers: OK on all 5 pieces we installed.
- Gap/flush to the fascia: 0.6 to 0.9 mm, within the 1.0 mm spec.
- Gloss slightly high on 2 pieces (2.8 GU vs 2.5 max). Please review the tool texture before PPAP.

Disposition: samples approved for fit check only. This does not release production. The 20
samples remain the only quantity released on PO 7700412; the remaining 1,980 pcs stay on hold.
Production release comes only in writing from Sophie Lachance, Senior Buyer (copied), after the
PSW is signed at run-at-rate. Please do not buy resin for the 1,980 yet.

Emily
""" + sig("Emily Tran", "Supplier Quality Engineer", "Huron Shore Interiors | Oshawa, ON", "+1 905 555 0191")
case("c09_fit_check_only", [],
     "sample approved for fit check only, production not released, 1,980 on hold, named buyer releases in writing after PSW",
     [("WT-3390_sample_disposition.eml", eml_bytes(mail(
         "Emily Tran <etran@huronshore.com>", "Raj Malhotra <rmalhotra@windsortrim.ca>",
         "WT-3390 grille insert - sample disposition (fit check)", "Thu, 09 May 2024 13:18:02 -0400",
         _t, html=text_html(_t), cc="Sophie Lachance <slachance@huronshore.com>")))])

# ---- c10: supplier acknowledgement restating the hold (PDF)
case("c10_supplier_ack_hold", [],
     "supplier acknowledgement restating 6 pilot only, 294 not released, named releaser after FAI, material for 6",
     [("OA-24-2211_LRC-24-0619.pdf", pdf([
         ("h1", "Order Acknowledgement OA-24-2211"),
         ("p", "Huron Wire Systems Inc. · 1180 Wilton Grove Rd, London, Ontario N6N 1C9"),
         ("table", [
             ["Item", "Detail"],
             ["Customer", "Laurentian Rail Car Inc., La Pocatière (Québec)"],
             ["Customer PO", "LRC-24-0619 dated 2 May 2024"],
             ["Part", "W-7720 Rev A — HVAC control harness, car type E (pilot)"],
             ["Due", "14 June 2024, FCA London ON"],
         ]),
         ("sp",),
         ("p", "We acknowledge PO LRC-24-0619 as written."),
         ("p", "Active quantity: six (6) pilot harness assemblies, W-7720 Rev A."),
         ("p", "We understand that the remaining 294 assemblies are not released. We will not start them."),
         ("p", "The balance will be released only by a written production release from Guy Bérubé, "
               "Directeur approvisionnement, after sign-off of the first article inspection report "
               "(per LRC-SQM rev 7)."),
         ("p", "Material: we will buy wire, terminals and connectors for the 6 pilot assemblies only."),
         ("sp",),
         ("p", "Acknowledged by Anjali Mehta, Customer Service Lead, 8 May 2024."),
     ], LETTER, title="OA-24-2211", author="Huron Wire Systems"))])

# ---- c11: PPAP interim disposition with a limited production release (PDF)
case("c11_ppap_interim_limits", [],
     "interim PSW disposition: 500 pcs released by named manager within limits, 5,500 held until full PSW + written release",
     [("PSW_interim_RRA-5540.pdf", pdf([
         ("h1", "PPAP Interim Disposition and Limited Production Release"),
         ("p", "Rouge River Axle Co. · Supplier Quality · Dearborn, Michigan"),
         ("table", [
             ["Item", "Detail"],
             ["Supplier", "Findlay Die Cast, Inc., Findlay, OH (vendor 100977)"],
             ["Part", "RRA-5540 Rev B — differential carrier cover, A380 aluminum"],
             ["PPAP", "Level 3, PSW submitted 14 May 2024"],
             ["Disposition", "INTERIM, class B. Open item: X-ray acceptance of porosity in zone C"],
             ["Interim limit", "500 pcs or 31 July 2024, whichever comes first"],
         ]),
         ("h", "Production release under this interim disposition"),
         ("p", "Five hundred (500) pieces, PO 4500191102 line 20. Released by Andrea Kowalczyk, "
               "Purchasing Manager."),
         ("p", "Not released: the remaining 5,500 pieces of line 20 stay on hold. They can be released "
               "only by a separate written production release from Andrea Kowalczyk after a full PSW "
               "disposition."),
         ("p", "Material: ingot for the 500 released pieces only."),
         ("h", "Interim conditions"),
         ("p", "100% X-ray of zone C; containment label INTERIM-RRA on each container; corrective "
               "action plan (8D) due 31 May 2024."),
         ("table", [
             ["Function", "Name", "Date"],
             ["Supplier Quality Engineer", "Dwayne Mitchell", "17 May 2024"],
             ["Purchasing Manager (release authority)", "Andrea Kowalczyk", "17 May 2024"],
         ]),
     ], LETTER, title="PSW interim RRA-5540", author="Rouge River Axle"))])

# ---- c12: run-at-rate report, material within the release (PDF, table)
case("c12_run_at_rate_report", [],
     "supplier run-at-rate report: 300 released and run, material only for 300, balance not released",
     [("RaR_KT-3150-A_2024-05-15.pdf", pdf([
         ("h1", "Run-at-Rate Report"),
         ("p", "Lakeshore Metal Forming Ltd. · 3300 Mainway, Burlington, Ontario"),
         ("table", [
             ["Item", "Detail"],
             ["Customer", "Kestrel Truck HVAC Inc., Mississauga"],
             ["Part", "KT-3150-A condenser mounting bracket, HSLA 350, 2.5 mm"],
             ["Date / line", "2024-05-15, Press 4 (300-ton progressive)"],
             ["Customer release", "run-at-rate lot of 300 pcs, production release PR-KT-0311 signed by "
                                  "Priya Raman"],
         ]),
         ("h", "Results"),
         ("table", [
             ["Measure", "Target", "Actual"],
             ["Rate (pcs/hr)", "500", "512"],
             ["Pieces run", "300", "300"],
             ["Good pieces", "—", "297 (3 set-up scrap)"],
             ["OEE", "75%", "81%"],
             ["Die changeover", "25 min", "22 min"],
         ]),
         ("h", "Material"),
         ("p", "Coil for the 300 pieces was drawn from stock. No material has been purchased for "
               "quantities beyond the release."),
         ("h", "Balance"),
         ("p", "The remaining 4,700 pcs of the blanket are not released by Kestrel. The next quantity "
               "comes only with the next 862 call-off."),
         ("p", "Prepared by Dave Kerr, Quality Manager."),
     ], title="Run-at-rate KT-3150-A", author="Lakeshore Metal Forming"))])

# ---- c13: full-quantity PO full of identifiers that look like quantities (TXT, Epicor print)
_t = """BLACK SWAMP IMPLEMENT CO.                                     PURCHASE ORDER
1200 S. CLINTON ST, DEFIANCE OH 43512                         PO NUMBER: 5530-0447
                                                              DATE: 05/03/2024
VENDOR : CUYAHOGA FASTENER & SUPPLY (V-20118)                 PAGE 1 OF 1
         4400 W. 150TH ST, CLEVELAND OH 44135
SHIP TO: DEFIANCE ASSEMBLY, DOCK 7                            TERMS: NET 45
BUYER  : KEVIN BRANDT  419-555-0119                           FOB: DEST
--------------------------------------------------------------------------------------
LN PART NUMBER     REV DESCRIPTION                       QTY UOM    UNIT       EXT
 1 5000-1138-03     12 HHCS 5/8-11 X 3 GR8 ZN YEL      2,400 EA    0.412    988.80
                       SAE J429 GR 8 / ASTM F1941 FE/ZN 8 C
 2 9100-0012        04 FLANGE NUT M12X1.75 CL10         2,400 EA    0.198    475.20
                       ISO 4161 / ISO 898-2 CL 10
 3 7210-0625-250    01 FLAT WASHER 5/8 F436 THRU-HD     2,400 EA    0.087    208.80
--------------------------------------------------------------------------------------
                                                         TOTAL USD        1,672.80
NOTES:
 - FULL ORDER QUANTITY. NO BALANCE, NO BLANKET, NO FURTHER CALL-OFFS UNDER THIS PO.
 - SHIP COMPLETE BY 06/21/2024. PARTIAL SHIPMENTS NOT ACCEPTED.
 - CERTS: MILL + PLATING CERTS, LOT TRACEABLE. SUPPLIER CERTIFIED ISO 9001:2015.
 - DRAWING REF: DRG 7000 REV 12 (BOLTED JOINT SPEC BSI-ES-0088).
 - PACK 200 PCS PER BOX, LABEL PER AIAG B-10.
Epicor Kinetic 2023.2 | PO print POFORM-03 | user KBRANDT
"""
case("c13_fasteners_full_qty", [],
     "full-quantity fastener PO, no balance; PNs, ISO/SAE norms, DRG 7000 Rev 12, M12X1.75 look like quantities",
     [("PO_5530-0447.txt", _t)])

# ---- c14: QAD PO print, order qty is commercial cover, 50 released (TXT)
_t = """QAD Enterprise Applications        Purchase Order Print                     Page: 1
GREAT LAKES BODY SYSTEMS - TROY MI                                    Date: 05/08/24
Order: P0418822   Supplier: 30118 TRI-COUNTY TUBE & STAMPING, SIDNEY OH
Buyer: TK (TOM KOWALSKI)   Ship-To: GLB-TROY   Terms: N60   FOB: ORIGIN   Curr: USD
-------------------------------------------------------------------------------------
Ln Item Number      Rev Description                UM  Order Qty   Unit Cost  Due Date
 1 GLB-71220        A   HINGE REINF LH DP590 2.0   EA      500.0      3.8400  06/14/24
-------------------------------------------------------------------------------------
Order Comments:
  ORDER QTY ABOVE IS COMMERCIAL COVER ONLY.
  ONLY 50 EA ARE RELEASED NOW: PPAP SAMPLE RUN.
  BALANCE OF 450 EA IS NOT RELEASED AND IS ON HOLD. DO NOT START IT.
  THE BALANCE IS RELEASED ONLY BY A WRITTEN PRODUCTION RELEASE FROM
  TOM KOWALSKI, SR BUYER, AFTER PSW SIGN-OFF BY GLB SUPPLIER QUALITY.
  MATERIAL AUTHORITY: 50 EA ONLY (SAMPLE-ONLY).
Line Comments (1):
  PPAP LEVEL 3. IMDS 884120331. PACK IN GLB RETURNABLE RACK R-22, 25 PER RACK.
-------------------------------------------------------------------------------------
Order Total:                                                           1,920.00
"""
case("c14_qad_cover_vs_release", [],
     "PO line 500 labelled commercial cover; only 50 released; 450 on hold; named releaser after PSW; material 50",
     [("P0418822_print.txt", _t)])

# ---- c15: Teams chat, supplier asks to run the balance, buyer refuses with full scope (TXT)
_t = """Microsoft Teams - chat export
Chat: Kestrel / GBP - KT-2209-B blower housing launch
Participants: Nadia Haddad (Kestrel Truck HVAC), Omar Siddiqui (Georgian Bay Plastics)
Exported 2024-05-21 16:02 (UTC-04:00)

[2024-05-21 09:14] Omar Siddiqui (Georgian Bay Plastics): Morning Nadia. PPAP parts are boxed, 50 pcs, going out on the 11:00 Purolator.
[2024-05-21 09:15] Omar Siddiqui (Georgian Bay Plastics): Also - tool is running nice and the press is warm. Can we start the other 950 this week? Would save us a re-setup.
[2024-05-21 09:31] Nadia Haddad (Kestrel Truck HVAC): Thanks Omar, good news on the tool.
[2024-05-21 09:33] Nadia Haddad (Kestrel Truck HVAC): But no. Only the 50 PPAP pieces are released on PO KT-24-2871. The 950 stay on hold until the PSW is signed and I send you the production release in writing. Please don't start them and don't buy resin for them.
[2024-05-21 09:34] Omar Siddiqui (Georgian Bay Plastics): Understood, 50 only. I'll pull the tool after the PPAP lot and give the press to the bus-duct job.
[2024-05-21 09:35] Nadia Haddad (Kestrel Truck HVAC): 👍 thanks. PSW review is on my SQE's list for Thursday.
"""
case("c15_teams_refusal", [],
     "chat: supplier asks to start 950, buyer (named sender) says only 50 released, 950 on hold until PSW + her written release",
     [("Teams_KT-2209-B_launch.txt", _t)])

# ---- c16: forwarded old quote as message/rfc822, declared informational (EML)
_old = mail("Raj Malhotra <rmalhotra@windsortrim.ca>", "Derek Osei <dosei@huronshore.com>",
            "Quote WTM-23-0871 - door pull cup HSI-4471", "Tue, 14 Nov 2023 11:05:12 -0500",
            """Derek,

Please find our quotation for the door pull cup HSI-4471 (PP-T20, black, grain MT-11010):

  Sample tool run ........ 40 pcs   @ $9.80
  Production ............. 5,000 pcs @ $1.12 (EAU basis)
  Tooling ................ single-cavity P20, $27,500

Tooling lead time 10 weeks, samples 2 weeks after T1. FCA Windsor. Valid 90 days.

Regards,
Raj Malhotra
Account Manager, Windsor Trim Moulders
""", msgid="<h24-old-0871@windsortrim.ca>")
_t = """Karina,

Welcome aboard. Raj mentioned you are taking over our account, so I'm forwarding his 2023 quote
for the door pull cup to give you the history.

Please read it for reference only. The 5,000 pcs production figure in that quote is
informational and is not released. Our current PO 4500201377 covers forty (40) sample pieces
only; the balance stays on hold until the samples pass FAI sign-off and I send a written
production release. Material authority is sample-only.

Thanks,
Derek
""" + sig("Derek Osei", "Purchasing Lead", "Huron Shore Interiors | Oshawa, ON", "+1 905 555 0176")
case("c16_fwd_old_quote_info", [],
     "old quote with 5,000 forwarded as rfc822 and declared informational; PO 40 samples, hold, FAI sign-off, named releaser",
     [("FW_Quote_WTM-23-0871.eml", eml_bytes(mail(
         "Derek Osei <dosei@huronshore.com>", "Karina Wojcik <kwojcik@windsortrim.ca>",
         "FW: Quote WTM-23-0871 - door pull cup HSI-4471 (for reference only)",
         "Mon, 06 May 2024 09:40:00 -0400", _t, attachments=[("rfc822", _old)])))])

# ---- c17: quoted supplier assumes auto-conversion, buyer corrects it (EML, quoted reply)
_t = """Greg,

No. Approval of the samples does not roll into production on this part. The 16 samples on
PO 4500214406 are the only quantity released. The remaining 784 pcs stay on hold until I send
you a written production release, and I will only do that after the PSW is signed. Please
don't plan casting time or buy ingot for the 784 until you have that release in hand.

Dana
""" + sig("Dana Whitfield", "Buyer, Castings & Forgings", "Rouge River Axle Co. | Dearborn, MI", "+1 313 555 0148") + """
-----Original Message-----
From: Greg Sauder <gsauder@findlaydiecast.com>
Sent: Wednesday, May 15, 2024 4:12 PM
To: Dana Whitfield <dwhitfield@rougeriveraxle.com>
Subject: RE: PO 4500214406 - RRA-5588 pump housing

""" + q("""Dana, the 16 samples ship tomorrow with the PPAP. Once your team approves the samples we
will roll directly into the 784 balance so we hold the July date. Let me know if any concerns.

Greg""")
case("c17_buyer_corrects_assumption", [],
     "buyer rejects a quoted supplier auto-conversion assumption: 16 released, 784 held until her written release after PSW",
     [("RE_PO_4500214406_RRA-5588.eml", eml_bytes(mail(
         "Dana Whitfield <dwhitfield@rougeriveraxle.com>", "Greg Sauder <gsauder@findlaydiecast.com>",
         "RE: PO 4500214406 - RRA-5588 pump housing", "Thu, 16 May 2024 08:03:44 -0400", _t,
         in_reply_to="<h24-5588-q@findlaydiecast.com>")))])

# ---- c18: stop notice (PDF)
case("c18_stop_notice", [],
     "stop notice: nothing may start, quantity authorized now none, lifted only by named person's written notice after 8D",
     [("Stop_LRC-24-0377.pdf", pdf([
         ("h1", "AVIS D'ARRÊT / STOP NOTICE"),
         ("p", "Laurentian Rail Car Inc. · 200, route 230 Ouest, La Pocatière (Québec) G0R 1Z0"),
         ("table", [
             ["Item", "Detail"],
             ["Supplier", "Usinage Beauce-Etchemin inc., Saint-Georges (Québec)"],
             ["Order", "PO LRC-24-0377, line 1"],
             ["Part", "LRC-2890 Rev C — brake rigging bracket, ASTM A572 Gr 50, welded and machined"],
             ["Effective", "immediately, 17 May 2024 10:00 EDT"],
         ]),
         ("sp",),
         ("p", "Effective immediately, nothing more may start on this order, released or not."),
         ("p", "Quantity authorized from today: none (0). The 12 first-article pieces already shipped "
               "are not affected. The balance of 588 pieces remains not released."),
         ("p", "Do not buy further material. Material already bought for the 12 first-article pieces "
               "may be kept."),
         ("p", "Reason: weld toe undercut on 3 of 12 first-article pieces (NCR LRC-2024-0588)."),
         ("p", "This stop is lifted only by a written notice from Guy Bérubé, Directeur "
               "approvisionnement, after the corrective action (8D) is closed and the first-article "
               "inspection report is resubmitted."),
         ("sp",),
         ("p", "Guy Bérubé, Directeur approvisionnement · 418 555 0109"),
     ], LETTER, title="Stop notice LRC-24-0377", author="Laurentian Rail Car"))])

# ---- c19: supplier-portal production release notice (HTML, table)
_b = """<h2>Great Lakes Body Systems — Supplier Portal</h2>
<h3>Production Release PR-2024-0142</h3>
<p>Issued 2024-05-10 09:14 EDT to Tri-County Tube &amp; Stamping (supplier 30118). Acknowledge within 2 business days.</p>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Purchase order / line</td><td>P0420388 / line 2 (production)</td></tr>
<tr><td>Part</td><td>GLB-71995 Rev B — roof bow bracket, DP780 1.2 mm</td></tr>
<tr><td>Commercial cover, PO line 2</td><td>4,000 pcs</td></tr>
<tr><td>Released by this notice</td><td>1,000 pcs</td></tr>
<tr><td>Cumulative released, line 2</td><td>1,000 pcs</td></tr>
<tr><td>Balance on hold (not released)</td><td>3,000 pcs</td></tr>
<tr><td>Unlock event for the balance</td><td>next written production release, after capacity verification at 2 shifts</td></tr>
<tr><td>Released by</td><td>Tom Kowalski, Senior Buyer (release limit USD 250,000)</td></tr>
<tr><td>Second signature</td><td>Jason Petrie, Program Manager</td></tr>
<tr><td>Material authority</td><td>staged up to 1,500 pcs (1,000 released + 500 staged), at GLB liability through 2024-08-30</td></tr>
<tr><td>PSW</td><td>signed 2024-05-02, full disposition, Level 3</td></tr>
</table>
<p class="note">Only the quantity in "Released by this notice" may be produced. Staged material above the released quantity may be bought and held, not processed.</p>
<p>Portal help: supplierportal@glbodysystems.com</p>"""
case("c19_portal_release_notice", [],
     "portal release notice: 1,000 released, 3,000 on hold, next written release after capacity verification, named releaser, staged 1,500",
     [("PR-2024-0142.html", html_page("Production Release PR-2024-0142", _b))])

# ---- c20: Spanish production release, complete (DOCX, table)
case("c20_liberacion_completa", [], 
     "Spanish release: 1,200 released, 3,600 retained until next written release by named manager after run-at-rate",
     [("LP-0087_CIN-4420.docx", docx_bytes([
         ("h1", "Liberación de producción LP-0087"),
         ("p", "Climas Industriales del Norte, S.A. de C.V. — Planta Apodaca, N.L."),
         ("table", [
             ["Concepto", "Dato"],
             ["Proveedor", "Estampados Metálicos del Norte, S.A. de C.V."],
             ["Orden de compra", "OC-24-0871, partida 2"],
             ["Número de parte", "CIN-4420 Rev. D — soporte de compresor"],
             ["Cantidad liberada ahora", "1,200 piezas"],
             ["Saldo retenido (no liberado)", "3,600 piezas"],
             ["Autorización de material", "sólo para las 1,200 piezas liberadas"],
         ]),
         ("p", "Esta liberación autoriza la fabricación y el embarque de mil doscientas (1,200) piezas. "
               "El saldo de 3,600 piezas no está liberado y queda retenido."),
         ("p", "El saldo se libera únicamente mediante una nueva liberación de producción por escrito, "
               "firmada por el Ing. Rodrigo Garza Treviño, Gerente de Compras, después de la validación "
               "de capacidad (run-at-rate) a dos turnos."),
         ("p", "El PSW quedó aprobado por Calidad Proveedores el 29 de abril de 2024 (nivel 3)."),
         ("p", "Firma: Ing. Rodrigo Garza Treviño, Gerente de Compras — 6 de mayo de 2024"),
     ], author="Rodrigo Garza Trevino"))])

# ---- c21: French sample PO, complete (PDF, table)
case("c21_bc_echantillons_fr", [],
     "French sample PO: 15 active, 3,000 forecast not released, written release by named buyer after PSW, sample-only material",
     [("BC_24-1187.pdf", pdf([
         ("h1", "VHR Terrebonne inc. — Bon de commande 24-1187"),
         ("p", "2150, boul. des Entreprises, Terrebonne (Québec) J6Y 1W9 · Date : 2024-04-30 · "
               "Acheteuse : Mélanie Gagnon, acheteuse principale"),
         ("p", "Fournisseur : Plastiques Boréal inc., Granby (Québec) · Conditions : net 45 · FCA Granby"),
         ("table", [
             ["Ligne", "Pièce", "Description", "Portée", "Qté", "Prix (CAD)", "Livraison"],
             ["1", "TOR-8810 rév. A", "Garde-boue avant, TPO noir texturé", "Échantillons PPAP",
              "15", "22,40", "2024-06-07"],
         ]),
         ("h", "Note de portée"),
         ("p", "Quantité active maintenant : quinze (15) échantillons (pièces PPAP), ligne 1."),
         ("p", "Non libéré : la quantité de production soumissionnée (3 000 pièces par année, base "
               "prévisionnelle, soumission PB-24-077) n'est pas libérée par ce bon de commande et "
               "demeure en attente."),
         ("p", "À faire maintenant : mouler et livrer les 15 échantillons avec le dossier PPAP niveau 3. "
               "Ne pas planifier la production."),
         ("p", "Déblocage du solde : uniquement par une libération de production écrite signée par "
               "Mélanie Gagnon, acheteuse principale, après l'approbation du PSW par notre ingénieur "
               "qualité fournisseur. L'approbation du PSW à elle seule ne libère rien."),
         ("p", "Autorisation matière : échantillons seulement."),
     ], LETTER, title="Bon de commande 24-1187", author="VHR Terrebonne"))])

# ---- c22: release of the full remaining balance (DOCX)
case("c22_full_balance_release", [],
     "production release of the whole remaining balance (4,950 = line cover), named releaser; nothing left on hold",
     [("PR-BSI-0042.docx", docx_bytes([
         ("h1", "Production Release PR-BSI-0042"),
         ("p", "Black Swamp Implement Co. · Defiance, Ohio · 20 May 2024"),
         ("p", "To: Niagara Hydraulic Cylinder Ltd., Welland, Ontario (attn. Tony DiCarlo)"),
         ("table", [
             ["Item", "Detail"],
             ["Purchase order", "5530-288"],
             ["Line 1", "HC-2512 Rev B, 20 PPAP sample cylinders — delivered 26 April 2024"],
             ["Line 2 (commercial cover)", "4,950 pcs"],
             ["Released by this notice", "4,950 pcs — the full remaining quantity of line 2"],
             ["Remaining on hold after this release", "none"],
             ["PSW", "signed 22 April 2024, Level 3, full disposition"],
             ["Material authority", "4,950 pcs (equal to this release)"],
         ]),
         ("h", "Delivery schedule"),
         ("table", [
             ["Month", "Qty"], ["June 2024", "825"], ["July 2024", "825"], ["August 2024", "825"],
             ["September 2024", "825"], ["October 2024", "825"], ["November 2024", "825"],
         ]),
         ("p", "Released by: Kevin Brandt, Senior Buyer. After this release no quantity remains on hold "
               "under PO 5530-288."),
     ], author="Kevin Brandt"))])

# ---- c23: labelled forecast from a program manager (EML multipart/alternative)
_t = """Brian,

As promised at the QBR, here is our early look at MY2025 volumes for the spring tine
assemblies (BSI-77310 family). FOR PLANNING ONLY: this is not an order and not a commitment
of any kind.

  BSI-77310-01   ~12,000
  BSI-77310-02   ~6,500
  BSI-77310-04   ~1,500
  Total          ~20,000  (+/-25%, depends on dealer orders in Q4)

Nothing in this email authorizes production or material purchase. Firm quantities will come
only as production releases from our buyer, Kevin Brandt. If your forge capacity looks tight
at these levels, flag it now rather than in October.

Rachel
""" + sig("Rachel Stoltz", "Program Manager, Tillage", "Black Swamp Implement Co. | Defiance, OH", "+1 419 555 0131")
case("c23_labelled_forecast", [],
     "program manager's volumes explicitly labelled planning only, not an order, not a commitment",
     [("MY2025_tine_volumes.eml", eml_bytes(mail(
         "Rachel Stoltz <rstoltz@blackswampimplement.com>", "Brian Hale <bhale@sanduskyforge.com>",
         "MY2025 spring tine volumes - planning only", "Fri, 10 May 2024 14:27:09 -0400",
         _t, html=text_html(_t), cc="Kevin Brandt <kbrandt@blackswampimplement.com>")))])

# ---- c24: multi-file bundle: cover email + Epicor PO print + supplier quote (EML, TXT, PDF)
_po = """BLACK SWAMP IMPLEMENT CO.                                     PURCHASE ORDER
1200 S. CLINTON ST, DEFIANCE OH 43512                         PO NUMBER: 5530-0512
                                                              DATE: 05/14/2024
VENDOR : NIAGARA HYDRAULIC CYLINDER LTD (V-30471)             PAGE 1 OF 1
         88 ENTERPRISE DR, WELLAND ON L3B 5N5
SHIP TO: DEFIANCE ASSEMBLY, DOCK 3                            TERMS: NET 60
BUYER  : KEVIN BRANDT  419-555-0119                           FOB: DEST
--------------------------------------------------------------------------------------
LN PART NUMBER     REV DESCRIPTION                       QTY UOM    UNIT        EXT
 1 HC-3508          B  CYL TIE-ROD 3.5 BORE X 8 STROKE    20 EA   385.00   7,700.00
                       PPAP SAMPLES - LEVEL 3
--------------------------------------------------------------------------------------
                                                         TOTAL USD        7,700.00
NOTES:
 - ONLY THE 20 SAMPLE CYLINDERS ABOVE ARE RELEASED.
 - THE 1,000 PCS PRODUCTION QTY ON YOUR QUOTE NHC-Q-2417 IS INFORMATIONAL (FORECAST)
   AND NOT RELEASED. DO NOT START IT.
 - BALANCE RELEASED ONLY BY WRITTEN PRODUCTION RELEASE FROM KEVIN BRANDT, SR BUYER,
   AFTER PSW SIGN-OFF.
 - MATERIAL AUTHORITY: SAMPLE-ONLY.
 - TEST: 100% HYDROSTATIC 3,000 PSI, REPORT WITH SHIPMENT.
Epicor Kinetic 2023.2 | PO print POFORM-03 | user KBRANDT
"""
_quote = pdf([
    ("h1", "Niagara Hydraulic Cylinder Ltd."),
    ("p", "88 Enterprise Drive, Welland, Ontario L3B 5N5 · 905 555 0150"),
    ("h", "Quotation NHC-Q-2417"),
    ("table", [
        ["Item", "Qty", "Unit (USD)", "Lead time"],
        ["HC-3508 Rev B, PPAP samples", "20", "385.00", "5 weeks"],
        ["HC-3508 Rev B, production (forecast from your RFQ)", "1,000 /yr", "241.00", "3 weeks ARO"],
        ["Test fixture (one-time)", "1", "2,400.00", "4 weeks"],
    ]),
    ("p", "Seal kits Hallite 605/506. Paint: Black Swamp green RAL 6018, 2.0 mil DFT. Valid 60 days."),
    ("p", "Tony DiCarlo, Inside Sales"),
], LETTER, title="NHC-Q-2417", author="Niagara Hydraulic Cylinder")
_t = """Tony,

PO 5530-0512 is attached (text print out of Epicor) for the 20 PPAP sample cylinders, HC-3508
Rev B. Your quote NHC-Q-2417 is in the same folder for reference.

Please read the PO notes: the 1,000 pcs on your quote are informational and not released.
Only the 20 samples are. The rest waits for a written production release from me after the
PSW is signed.

Kevin
""" + sig("Kevin Brandt", "Senior Buyer", "Black Swamp Implement Co. | Defiance, OH", "+1 419 555 0119")
case("c24_bundle_po_quote_cover", [],
     "bundle: cover mail + PO (20 released, 1,000 quote qty informational/not released, named releaser after PSW) + quote",
     [("mail_cover_5530-0512.eml", eml_bytes(mail(
         "Kevin Brandt <kbrandt@blackswampimplement.com>", "Tony DiCarlo <tdicarlo@niagaracylinder.ca>",
         "PO 5530-0512 - HC-3508 PPAP samples", "Tue, 14 May 2024 10:11:00 -0400", _t))),
      ("PO_5530-0512.txt", _po),
      ("Quote_NHC-Q-2417.pdf", _quote)])

# ---- c25: voicemail transcript, buyer restates full scope in words (TXT)
_t = """VOICEMAIL TRANSCRIPTION - Cisco Unity Connection
To: Brian Hale (ext. 2214)          From: +1 313 555 0148 (ROUGE RIVER AXLE)
Received: Thu 05/16/2024 4:47 PM    Duration: 0:58
Transcription confidence: medium

"Hi Brian, it's Dana Whitfield from Rouge River Axle purchasing, returning your call about
P.O. four-five-hundred-two-one-seven, seven-seven-three... um, the tie rod ends. So just to be
clear on the phone too: run only the twelve samples on that P.O. Don't start the other eleven
hundred and eighty-eight. Those are on hold until the P.S.W. is signed and I send you the
production release in writing, so you'll have it in an email from me. And please don't buy
bar for more than the twelve for now. Okay, thanks, call me back if anything's unclear,
three-one-three, five-five-five, zero-one-four-eight. Bye."
"""
case("c25_voicemail_scoped", [],
     "voicemail: twelve samples only, 1,188 on hold until PSW + written release from the named caller, bar for twelve only",
     [("voicemail_2024-05-16_1647.txt", _t)])

# ================================================================ POSITIVE
# ---- p01: supplier bought coil for the full quantity against a sample-only scope (EML, quoted)
_scope = """Luis,

PO 4500209915 is in your inbox. Scope, so there is no confusion:

- Line 10: 24 PPAP sample pcs only, due 05/20.
- The balance of 2,376 pcs is not released and stays on hold. Don't start it.
- The balance is released only by a written production release from me, after the PSW is
  signed by our SQE.
- Material authority: sample-only (blanks for the 24 pcs plus set-up).

Tom Kowalski
Senior Buyer, Great Lakes Body Systems"""
_t = """Tom,

Quick update on the B-pillar reinforcement:

- The 24 PPAP pcs are through e-coat. CMM layout on 3 pcs is done; all features in except
  hole 14 position (0.32 vs 0.30 true position). Full dimensional report comes with the PSW
  package Monday.
- Heads-up on steel: Worthington was quoting 14 weeks on 980DP 1.6 mm, so to protect your SOP
  we booked coil for the full 2,400 pcs. Two coils (about 21,000 lb) landed yesterday and are
  sitting in bay 3. Nothing is scheduled on the press beyond the samples.
- Packaging: returnable GLB-R40 racks, 60 pcs per rack.

Let me know if you want the CMM data early.

Luis
""" + sig("Luis Ortega", "Sales Engineer", "Maumee Valley Stamping, Inc. | Toledo, OH", "+1 419 555 0187") + """
-----Original Message-----
From: Tom Kowalski <tkowalski@glbodysystems.com>
Sent: Monday, April 29, 2024 10:05 AM
To: Luis Ortega <lortega@maumeevalleystamping.com>
Subject: PO 4500209915 - GLB-60418 Rev C PPAP samples

""" + q(_scope)
case("p01_coil_full_qty", ["RG006"],
     "supplier bought coil for the full 2,400 while only 24 are released and material authority is sample-only",
     [("RE_PO_4500209915_GLB-60418.eml", eml_bytes(mail(
         "Luis Ortega <lortega@maumeevalleystamping.com>", "Tom Kowalski <tkowalski@glbodysystems.com>",
         "RE: PO 4500209915 - GLB-60418 Rev C PPAP samples", "Thu, 16 May 2024 15:20:44 -0400", _t,
         in_reply_to="<h24-scope-209915@glbodysystems.com>")))])

# ---- p03: capacity verification report, tube and rod bought for the annual volume (PDF, tables)
case("p03_capacity_material_eau", ["RG006"],
     "capacity report: 96 released, but tube/rod/seals purchased for the 9,600 EAU with no material authority",
     [("CapVer_BSI-HC-3524.pdf", pdf([
         ("h1", "Capacity Verification Report — Phase 3"),
         ("p", "Sierra Madre Hidráulica, S.A. de C.V. · Santa Catarina, N.L., México"),
         ("table", [
             ["Item", "Detail"],
             ["Customer", "Black Swamp Implement Co., Defiance, OH"],
             ["Part", "BSI-HC-3524 Rev A — tie-rod cylinder, 3.5 in bore x 24 in stroke"],
             ["Customer PO", "5530-221 (PPAP lot)"],
             ["Customer release to date", "96 pcs (PPAP and run-at-rate lot)"],
             ["Balance", "not released by customer"],
             ["Customer demand (EAU, forecast)", "9,600 pcs"],
             ["Report date", "2024-05-17"],
             ["Prepared by", "Ing. Héctor Salinas, Gerente de Calidad"],
         ]),
         ("h", "Capacity"),
         ("table", [
             ["Operation", "Equipment", "Cycle (min)", "Capacity, 2 shifts (pcs/wk)", "Required (pcs/wk)", "Status"],
             ["Tube honing", "Sunnen HTC-4000", "6.5", "465", "200", "OK"],
             ["Rod chrome + grind", "outside process (Cromados Regiomontanos)", "—", "600", "200", "OK"],
             ["Robotic welding", "Fanuc ARC Mate 100iD", "4.2", "720", "200", "OK"],
             ["Assembly + test", "Test stand TS-02, 3,000 psi", "5.8", "520", "200", "OK"],
         ]),
         ("h", "Material status"),
         ("p", "Honed tube (ST52, 3.5 in ID) and chrome rod (1.75 in, 1045 induction hardened) have been "
               "purchased for the full annual volume of 9,600 cylinders to protect the 16-week mill lead "
               "time. Material was received on 29 April 2024 and is stored in warehouse B, racks 12 to 18."),
         ("p", "Seal kits (Hallite) ordered for 9,600 sets, delivery in 3 lots."),
         ("h", "Conclusion"),
         ("p", "Capacity is sufficient for the customer EAU at 2 shifts, 5 days per week. "
               "No constraints identified."),
     ], LETTER, title="Capacity verification BSI-HC-3524", author="Sierra Madre Hidraulica"))])

# ---- p04: run-at-rate summary, components kitted for the full PO quantity (DOCX, table)
case("p04_rar_kitted_full", ["RG006"],
     "run-at-rate report: 60 released, components bought and kitted for 1,500 harnesses without material authority",
     [("RaR_K-4410_RevB.docx", docx_bytes([
         ("h1", "Run-at-Rate Summary — K-4410 Rev B HVAC main harness"),
         ("p", "Huron Wire Systems Inc., London, Ontario · Plant 1, cell H3"),
         ("table", [
             ["Item", "Value"],
             ["Customer", "Kestrel Truck HVAC Inc., Mississauga"],
             ["Customer PO / release", "KT-24-3377, production release R-01 (Nadia Haddad, 2024-05-09)"],
             ["Quantity released", "60 harnesses (run-at-rate lot)"],
             ["Balance", "1,440 harnesses, not released"],
             ["Run date", "2024-05-14, 2nd shift"],
             ["Planned rate", "12 harnesses/hr"],
             ["Demonstrated rate", "12.6 harnesses/hr over 4.75 hrs"],
             ["First-time-through", "96.7 % (2 reworks: terminal back-out, cavity 7)"],
             ["Electrical test", "100 % on Cirris CH2, 0 fails after rework"],
         ]),
         ("h", "Observations"),
         ("li", "Crimp height on 0.5 mm² terminals at the upper limit on applicator A-114; applicator re-shimmed."),
         ("li", "Tape wrap at branch B2 slower than standard; add a second operator at peak."),
         ("h", "Materials"),
         ("p", "Because of the allocation on the sealed connectors (26-week lead time), we have purchased "
               "and kitted terminals, seals, connectors and wire for 1,500 harnesses, the full PO "
               "quantity. The kits are staged in the cage next to cell H3."),
         ("p", "Prepared by Priyanka Shah, Launch Coordinator. Reviewed by Mark Dube, Plant Manager."),
     ], author="Priyanka Shah"))])

# ---- p05: French supplier mail: resin ordered for the full lot; buyer PO attached (EML + PDF)
_po = pdf([
    ("h1", "VHR Terrebonne inc. — Bon de commande 24-1203"),
    ("p", "2150, boul. des Entreprises, Terrebonne (Québec) J6Y 1W9 · Date : 2024-05-03 · "
          "Acheteuse : Mélanie Gagnon, acheteuse principale"),
    ("table", [
        ["Ligne", "Pièce", "Description", "Portée", "Qté", "Prix (CAD)", "Livraison"],
        ["1", "TOR-8830 rév. B", "Aile arrière gauche, PC/ABS noir", "Échantillons T1 (PPAP)", "40",
         "18,50", "2024-05-31"],
    ]),
    ("h", "Note de portée"),
    ("p", "Quantité active : quarante (40) échantillons T1 seulement."),
    ("p", "Le solde de 7 960 pièces (quantité de production soumissionnée, base prévisionnelle) n'est "
          "pas libéré et demeure en attente. Ne pas planifier la production."),
    ("p", "Déblocage : seulement par une libération de production écrite signée par Mélanie Gagnon, "
          "acheteuse principale, après l'approbation du PSW."),
    ("p", "Autorisation matière : échantillons seulement (résine pour 40 pièces et le réglage)."),
], LETTER, title="BC 24-1203", author="VHR Terrebonne")
_t = """Bonjour Mélanie,

Merci pour le bon de commande 24-1203 (copie ci-jointe pour référence) pour l'aile arrière
TOR-8830.

Quelques nouvelles :
- Le moule est en T0 cette semaine; les 40 échantillons T1 seront moulés la semaine 21.
- Notre fournisseur de PC/ABS annonce 12 semaines de délai sur le noir. Pour ne pas
  compromettre votre démarrage, nous avons commandé la résine pour le lot complet de
  8 000 pièces (environ 14 tonnes); la livraison est confirmée pour le 3 juin.
- Le rapport dimensionnel T1 vous sera transmis avec les pièces.

Bonne journée,
Sylvie
""" + sig_fr("Sylvie Gendron", "Directrice des ventes", "Plastiques Boréal inc. | Granby (Québec)", "+1 450 555 0163")
case("p05_resine_lot_complet", ["RG006"],
     "supplier ordered resin for the full 8,000 while the attached PO releases 40 with sample-only material authority",
     [("Suivi_BC_24-1203.eml", eml_bytes(mail(
         "Sylvie Gendron <sgendron@plastiquesboreal.ca>", "Mélanie Gagnon <mgagnon@vhrterrebonne.ca>",
         "Suivi BC 24-1203 - aile arrière TOR-8830", "Tue, 14 May 2024 11:48:20 -0400", _t,
         attachments=[("BC_24-1203.pdf", _po, PDF_MT)])))])

# ---- p16: Slack: supplier assumes PSW rolls into production and has material for all (TXT)
_t = """Slack export - #bsi-fundinorte-44710 (shared channel: Black Swamp Implement <> Fundiciones del Norte)
Exported 2024-05-22 07:30 UTC-04:00

2024-05-06 08:02  Kevin Brandt (BSI): 📌 Pinned: PO 5530-318 covers the 25 PPAP castings of BSI-44710 Rev C only. The remaining 2,475 pcs on your quote are NOT released and stay on hold until the PSW is signed and I send a written production release. Material authority: sample-only.
2024-05-06 08:15  Mariana Villarreal (FN): Recibido Kevin, thanks. Pattern finishing this week.
2024-05-17 13:40  Mariana Villarreal (FN): PPAP castings shipped, UPS tracking is in the PPAP folder. 25 pcs, 5 with full CMM layout.
2024-05-21 16:05  Kevin Brandt (BSI): Got them. Dimensional review is done on our side, no findings. PSW goes to our SQE tomorrow.
2024-05-21 16:22  Mariana Villarreal (FN): Excelente! So once the PSW is signed we roll straight into the 2,475, the melt schedule is already holding slots for week 23.
2024-05-21 16:23  Mariana Villarreal (FN): And no worries on material: pig iron, ferrosilicon and the resin-sand cores for all 2,500 castings are already in our yard 👍
"""
case("p16_slack_roll_and_material", ["RG006", "RG007"],
     "supplier: PSW signature rolls straight into the 2,475 (written release ignored) and material for all 2,500 already bought",
     [("slack_bsi-fundinorte-44710.txt", _t)])

# ---- p29: deposit read as start signal, resin for full quantity (EML, quoted buyer scope)
_scope = """Raj,

PO 4500203318 attached. Scope:
1. Line 1: tooling (single-cavity P20), 50% deposit on PO, 50% at PSW.
2. Line 2: 50 T1 sample pieces. This is the only part quantity released.
3. The quoted production quantity (5,000 pcs) is not released and stays on hold. The tooling
   deposit pays for the mould; it does not release production.
4. Production is released only by a written production release from me after the PSW is signed.
5. Material authority: sample-only.

Sophie Lachance
Senior Buyer, Huron Shore Interiors"""
_t = """Hi Sophie,

Deposit received this morning (EFT ref. 0099187442, CAD 18,250), thank you. With the deposit
in, we've booked Press 9 for the week of June 10 and placed the resin order (PP-T20 black) for
the full 5,000 pcs so there's no gap after T1.

T1 samples are still on track for May 29.

Raj
""" + sig("Raj Malhotra", "Account Manager", "Windsor Trim Moulders | Windsor, ON", "+1 519 555 0122") + """
-----Original Message-----
From: Sophie Lachance <slachance@huronshore.com>
Sent: Thursday, May 2, 2024 2:10 PM
To: Raj Malhotra <rmalhotra@windsortrim.ca>
Subject: PO 4500203318 - HSI-5520 map pocket

""" + q(_scope)
case("p29_deposit_press_resin", ["RG006", "RG012"],
     "supplier treats the tooling deposit as the start (press booked) and orders resin for 5,000 against sample-only authority",
     [("RE_PO_4500203318_HSI-5520.eml", eml_bytes(mail(
         "Raj Malhotra <rmalhotra@windsortrim.ca>", "Sophie Lachance <slachance@huronshore.com>",
         "RE: PO 4500203318 - HSI-5520 map pocket", "Mon, 13 May 2024 09:02:51 -0400", _t,
         in_reply_to="<h24-scope-203318@huronshore.com>")))])

# ---- p33: supplier books the forecast as a firm SO and buys material for it (EML alt, quoted)
_scope = """Hello Ron,

Attached is our 2025 forecast for K-4410 (18,000 pcs, monthly split inside). It is for
planning only and is not an order.

Currently released: 300 harnesses under blanket KT-BPO-24-207, call-off 862-0412. Nothing
beyond that is released; the next quantity comes only with the next 862 call-off, which I
issue and sign.

Material authority: released quantity only.

Priya Raman
Materials Planner, Kestrel Truck HVAC"""
_t = """Hi Priya,

Thanks for sending the 2025 forecast. We have loaded the 18,000 K-4410 harnesses into our ERP
as a firm sales order (SO 24-11872) so planning can lock capacity on cells H3 and H4. MRP has
already placed the purchase orders for terminals, seals and wire for all 18,000; first
deliveries arrive week 24.

We'll keep shipping the released quantities against your 862s as usual.

Best regards,
Ron
""" + sig("Ron Beaudoin", "Customer Service Manager", "Huron Wire Systems Inc. | London, ON", "+1 519 555 0139") + """
From: Priya Raman <praman@kestrelhvac.ca>
Sent: Monday, May 13, 2024 8:41 AM
To: Ron Beaudoin <rbeaudoin@huronwire.ca>
Subject: K-4410 harness - 2025 forecast

""" + q(_scope)
case("p33_forecast_booked_firm", ["RG006", "RG008"],
     "supplier enters a planning-only forecast of 18,000 as a firm sales order and buys material for all of it (300 released)",
     [("RE_K-4410_2025_forecast.eml", eml_bytes(mail(
         "Ron Beaudoin <rbeaudoin@huronwire.ca>", "Priya Raman <praman@kestrelhvac.ca>",
         "RE: K-4410 harness - 2025 forecast", "Wed, 15 May 2024 17:10:05 -0400", _t,
         html=text_html(_t), in_reply_to="<h24-fcst-4410@kestrelhvac.ca>")))])

# ---- p09: Spanish supplier reply: PSW signature -> start the 480 (EML alt, quoted English scope)
_scope = """Rosa,

PO 5530-402 is attached. To be clear on scope:
- 20 PPAP sample cylinders only.
- The remaining 480 on your quote are not released and stay on hold.
- They are released only by a written production release from me, after the PSW is signed.
- Material authority: samples only.

Kevin Brandt | Senior Buyer | Black Swamp Implement Co."""
_t = """Hola Kevin,

Gracias por la OC. Le comento el avance:

- Las 20 muestras (BSI-HC-2010 rev. A) salen el viernes 24 vía Laredo, con el paquete PPAP
  nivel 3 (PSW, dimensional de 5 piezas, certificados de material y prueba hidrostática a
  4,500 psi).
- Para no perder la ventana de la línea de cromado, en cuanto su SQE firme el PSW arrancamos
  directo con las 480 restantes. Así ganamos unas dos semanas sobre el programa.
- Embalaje: cajas de madera tratada NIMF-15, 10 piezas por caja.

Quedo atenta a cualquier comentario.

Saludos,
Rosa
""" + sig_es("Ing. Rosa Salinas", "Ejecutiva de Ventas", "Sierra Madre Hidráulica, S.A. de C.V. | Santa Catarina, N.L.",
             "+52 81 8555 0121") + """
El lun, 13 may 2024 a las 9:12, Kevin Brandt (<kbrandt@blackswampimplement.com>) escribió:
""" + q(_scope)
case("p09_es_psw_arrancamos", ["RG007"],
     "Spanish supplier reply: as soon as the PSW is signed they start the 480 directly, skipping the buyer's written release",
     [("RE_OC_5530-402_cilindros.eml", eml_bytes(mail(
         "Rosa Salinas <rsalinas@smhidraulica.mx>", "Kevin Brandt <kbrandt@blackswampimplement.com>",
         "RE: PO 5530-402 - cilindros BSI-HC-2010 / PPAP samples", "Wed, 15 May 2024 18:33:12 -0600",
         _t, html=text_html(_t), in_reply_to="<h24-scope-5530402@blackswampimplement.com>")))])

# ---- p10: program manager overrides the written-release requirement (EML, nested forwards)
_t = """Luis,

Tom forwarded me the scope below. I know what it says, but we're three weeks behind on the
launch and the plant is screaming. As soon as the PPAP comes back approved, just keep the line
running into the rest of the order. Don't wait on a release from Purchasing; I'll square it
with Tom afterwards.

Thanks for pushing on this.

Jason
""" + sig("Jason Petrie", "Program Manager, MY25 T-platform", "Great Lakes Body Systems | Troy, MI", "+1 248 555 0166") + """
---------- Forwarded message ---------
From: Tom Kowalski <tkowalski@glbodysystems.com>
Date: Tue, May 14, 2024 at 11:02 AM
Subject: FW: PO 4500211760 - GLB-62290 Rev A rear rail ext. - scope
To: Jason Petrie <jpetrie@glbodysystems.com>

Jason, FYI, this is what Maumee has in writing. Balance stays on hold until the PSW is signed
and I release it.

Tom

---------- Forwarded message ---------
From: Tom Kowalski <tkowalski@glbodysystems.com>
Date: Thu, May 2, 2024 at 2:47 PM
Subject: PO 4500211760 - GLB-62290 Rev A rear rail ext. - scope
To: Luis Ortega <lortega@maumeevalleystamping.com>

Luis,

PO 4500211760 covers thirty (30) PPAP sample pcs of GLB-62290 Rev A, due 05/24.
The remaining 2,970 pcs are not released and stay on hold.
They are released only by a written production release from me, after the PSW is signed by
our SQE.
Material authority: sample-only.

Tom Kowalski
Senior Buyer | Great Lakes Body Systems | Troy, MI
"""
case("p10_pm_skip_release", ["RG007"],
     "buyer-side program manager says PPAP approval lets the line run into the rest, contradicting the written-release scope",
     [("FW_FW_PO_4500211760_scope.eml", eml_bytes(mail(
         "Jason Petrie <jpetrie@glbodysystems.com>", "Luis Ortega <lortega@maumeevalleystamping.com>",
         "FW: FW: PO 4500211760 - GLB-62290 Rev A rear rail ext. - scope", "Wed, 15 May 2024 07:55:30 -0400",
         _t, cc="Tom Kowalski <tkowalski@glbodysystems.com>")))])

# ---- p11: supplier quote terms: production starts automatically on FAI sign-off (PDF)
case("p11_quote_auto_start", ["RG007"],
     "supplier quote terms say the 600 start automatically on FAI sign-off with no further document",
     [("Soumission_UBE-24-117.pdf", pdf([
         ("h1", "Usinage Beauce-Etchemin inc."),
         ("p", "1450, 127e Rue, Saint-Georges (Québec) G5Y 2W8 · 418 555 0193"),
         ("h", "Soumission / Quotation UBE-24-117"),
         ("table", [
             ["Champ / Field", "Valeur / Value"],
             ["Client / Customer", "Laurentian Rail Car Inc. — attn. Chantal Pelletier, acheteuse"],
             ["Pièce / Part", "LRC-2231 Rev D — brake lever bracket, ASTM A572 Gr 50, welded + machined"],
             ["Date", "2024-04-25"],
         ]),
         ("table", [
             ["Item", "Qty", "Unit (CAD)", "Lead time"],
             ["First articles (FAI)", "4", "412.00", "5 weeks"],
             ["Production", "600", "96.40", "8 weeks after FAI"],
             ["Welding fixture (one-time)", "1", "6,800.00", "4 weeks"],
         ]),
         ("h", "Conditions"),
         ("p", "1. Prices in CAD, FCA Saint-Georges, valid 45 days."),
         ("p", "2. FAI per your LRC-SQM rev 7: full layout of 1 piece, material certificates, welding "
               "per CSA W47.1 / W59."),
         ("p", "3. Production of the 600 pieces begins automatically on receipt of your FAI sign-off; "
               "no further purchase document or release is required from you."),
         ("p", "4. Payment net 30 days."),
         ("sp",),
         ("p", "Patrick Poulin, directeur des ventes"),
     ], LETTER, title="Soumission UBE-24-117", author="Usinage Beauce-Etchemin"))])

# ---- p14: supplier acknowledgement assumes PSW approval releases the balance (DOCX)
case("p14_ack_assumes_conversion", ["RG007"],
     "supplier acknowledgement: balance not released today but PSW approval will release it automatically",
     [("OA-24-0883_PO_4410-7790.docx", docx_bytes([
         ("h1", "Order Acknowledgement OA-24-0883"),
         ("p", "Essex Tube & Stamping Ltd. · 41 Industrial Rd, Leamington, Ontario N8H 3V4"),
         ("table", [
             ["Customer", "PO", "Line", "Part", "Qty", "Unit", "Due"],
             ["Lakeside Seating Systems Inc.", "4410-7790", "1", "LS-91044 Rev B seat track bracket",
              "20", "$7.85", "2024-06-07"],
         ]),
         ("p", "We acknowledge Purchase Order 4410-7790 for twenty (20) PPAP sample pieces of LS-91044 Rev B."),
         ("p", "The balance of 1,980 pieces is not released today."),
         ("p", "We understand that PSW approval by your SQE will release the balance automatically, and "
               "we will start the 1,980 pieces the day the signed PSW reaches us, to protect the July SOP."),
         ("p", "Material: we have purchased coil for the 20 samples only."),
         ("p", "Acknowledged by Patrick Nolan, Account Manager, 9 May 2024."),
     ], author="Patrick Nolan"))])

# ---- p13: French: FAI approval -> straight into the 390; hold names only a department (EML, quoted)
_scope = """Bonjour Patrick,

Voici le BC LRC-24-0702 : dix (10) pièces de premier article (FAI) seulement.
Le solde de 390 pièces n'est pas libéré et demeure en attente.
Il sera libéré uniquement par une libération de production écrite de notre service des
achats, après l'approbation du FAI.
Autorisation matière : pièces FAI seulement.

Chantal Pelletier
Acheteuse, Laurentian Rail Car"""
_t = """Bonjour Chantal,

Merci pour le BC. Les 10 pièces de premier article (support de timonerie LRC-3160 rév. C)
seront usinées la semaine prochaine; le rapport FAI suivra avec les pièces.

Pour tenir votre date de livraison d'août, dès l'approbation du FAI on enchaîne avec les
390 pièces sans attendre d'autre document. Le gabarit de soudage est déjà prêt.

Bonne fin de journée,
Patrick
""" + sig_fr("Patrick Poulin", "Directeur des ventes", "Usinage Beauce-Etchemin inc. | Saint-Georges (Québec)",
             "+1 418 555 0193") + """
Le 7 mai 2024 à 10:14, Chantal Pelletier <cpelletier@laurentianrail.ca> a écrit :
""" + q(_scope)
case("p13_fr_fai_enchaine", ["RG005", "RG007"],
     "supplier will run the 390 on FAI approval without another document; buyer's hold names only 'notre service des achats'",
     [("RE_BC_LRC-24-0702.eml", eml_bytes(mail(
         "Patrick Poulin <ppoulin@usinagebeauce.ca>", "Chantal Pelletier <cpelletier@laurentianrail.ca>",
         "RE: BC LRC-24-0702 - support de timonerie LRC-3160", "Wed, 08 May 2024 15:41:09 -0400", _t,
         in_reply_to="<h24-bc-0702@laurentianrail.ca>")))])

# ---- p38: Spanish: 'liberación' for PPAP and for production; balance assumed released (EML, quoted)
_scope = """Ing. Villarreal:

Le envío la OC 4410-2291: 50 piezas muestra PPAP de la pieza CR-1180 rev. B, únicamente.
El saldo de 1,450 piezas no está autorizado para producción y queda retenido.
Sólo se autoriza mediante una orden de producción por escrito firmada por la Ing. Paola Cantú,
Gerente de Compras, después de que Calidad firme el PSW.
Material: sólo para las 50 muestras.

Jorge Salazar
Comprador, Carrocerías Regias"""
_t = """Buenas tardes Jorge,

Ya nos confirmó su SQE, la Ing. Lucía Ibarra, la liberación del PPAP de la pieza CR-1180
rev. B (soporte de muelle): dimensional y metalurgia sin observaciones. ¡Gracias!

Con la liberación del PPAP consideramos liberado también el saldo de 1,450 piezas, así que
programamos la fundición a partir del lunes 3 de junio, a razón de 300 piezas por semana.

Saludos cordiales,
Mariana
""" + sig_es("Ing. Mariana Villarreal", "Ventas Técnicas", "Fundiciones del Norte, S.A. de C.V. | Monterrey, N.L.",
             "+52 81 8355 0142") + """
El 29 abr 2024, a las 11:20, Jorge Salazar <jsalazar@carroceriasregias.mx> escribió:
""" + q(_scope)
case("p38_es_liberacion_doble", ["RG007", "RG009"],
     "supplier uses 'liberación' for PPAP approval and production and treats PPAP approval as releasing the 1,450",
     [("RE_OC_4410-2291_CR-1180.eml", eml_bytes(mail(
         "Mariana Villarreal <mvillarreal@fundinorte.mx>", "Jorge Salazar <jsalazar@carroceriasregias.mx>",
         "RE: OC 4410-2291 - muestras PPAP CR-1180", "Fri, 24 May 2024 16:05:40 -0600", _t,
         in_reply_to="<h24-oc-2291@carroceriasregias.mx>")))])

# ---- p17: PO table says 25, scope note says twenty (20) (PDF, table)
case("p17_po_25_vs_20", ["RG011"],
     "one PO: line quantity 25 but the scope note authorizes twenty (20) PPAP pieces",
     [("PO_4500216630.pdf", pdf([
         ("h1", "Rouge River Axle Co. — Purchase Order 4500216630"),
         ("p", "14000 Rotunda Dr, Dearborn, MI 48120 · Issue date 05/13/2024 · Buyer: Dana Whitfield"),
         ("p", "Supplier: Sandusky Precision Forge, LLC (vendor 100482) · Terms: net 60 · FCA Sandusky OH"),
         ("table", [
             ["Line", "Part / Rev", "Description", "Scope", "Qty", "Unit", "Due"],
             ["10", "RRA-3318 / E", "Steering knuckle, forged 1541, machined", "PPAP samples", "25 EA",
              "$118.60", "06/21/2024"],
         ]),
         ("h", "Notes"),
         ("p", "Scope: this PO authorizes twenty (20) PPAP sample pieces only. The quoted production "
               "quantity is not released and stays on hold; it is released only by a written production "
               "release signed by Andrea Kowalczyk, Purchasing Manager, after PSW sign-off."),
         ("p", "Material authority: sample-only."),
         ("p", "Quality: PPAP Level 3, magnetic particle inspection 100%, hardness 217-255 HBW."),
     ], LETTER, title="PO 4500216630", author="Rouge River Axle"))])

# ---- p18: bundle: PO says 48 samples, buyer e-mail print says 60 (PDF + TXT)
_po = pdf([
    ("h1", "Kestrel Truck HVAC Inc. — Purchase Order KT-24-3310"),
    ("p", "6100 Kestrel Rd, Mississauga, Ontario L5T 2A1 · 2024-05-06 · Buyer: Nadia Haddad"),
    ("p", "Supplier: Georgian Bay Plastics Ltd. (GBP01), Midland, Ontario"),
    ("table", [
        ["Line", "Part", "Description", "Scope", "Qty", "Unit (CAD)", "Due"],
        ["1", "KT-2240 Rev C", "Upper scroll housing, PP-TD20", "Samples", "48", "26.00", "2024-05-31"],
    ]),
    ("h", "Scope"),
    ("p", "Active quantity: 48 sample pieces. The balance of the quoted production quantity is not "
          "released and is on hold. It is released only by a written production release from Nadia "
          "Haddad, Buyer, after PSW sign-off."),
    ("p", "Material authority: sample-only."),
], title="PO KT-24-3310", author="Kestrel Truck HVAC")
_mailprint = """From:    Nadia Haddad <nhaddad@kestrelhvac.ca>
Sent:    Friday, May 10, 2024 3:58 PM
To:      Omar Siddiqui <osiddiqui@gbplastics.ca>
Subject: KT-24-3310 winter test fleet samples

Omar,

Confirming the 60 sample housings on PO KT-24-3310. Engineering wants them for the winter
test fleet (Timmins) and the bench rigs. Please ship by May 31. The balance stays on hold
exactly as written on the PO.

Thanks,
Nadia

Nadia Haddad | Buyer, Plastics | Kestrel Truck HVAC Inc. | +1 905 555 0127
"""
case("p18_po48_mail60", ["RG011"],
     "bundle: PO authorizes 48 sample housings, buyer's e-mail confirms 60 on the same PO",
     [("PO_KT-24-3310.pdf", _po), ("Outlook_print_KT-24-3310.txt", _mailprint)])

# ---- p19: release mail says 1,200, attached release PDF says 1,000 (EML alt + PDF)
_rel = pdf([
    ("h1", "Production Release PR-0217"),
    ("p", "Great Lakes Body Systems · Troy, Michigan · 2024-05-17"),
    ("table", [
        ["Field", "Value"],
        ["Supplier", "Tri-County Tube & Stamping, Sidney OH (30118)"],
        ["PO / line", "P0420115 / line 2"],
        ["Part", "GLB-71990 Rev B, roof rail bracket"],
        ["Commercial cover, line 2", "5,000 pcs"],
        ["Release quantity", "1,000 pcs"],
        ["Balance on hold", "4,000 pcs, not released"],
        ["Unlock event for the balance", "next written production release, after capacity verification"],
        ["Released by", "Tom Kowalski, Senior Buyer"],
        ["Material authority", "released quantity only"],
    ]),
], LETTER, title="PR-0217", author="Great Lakes Body Systems")
_t = """Amy,

The PSW for GLB-71990 Rev B is signed (full, Level 3). Thanks to your team for the quick
turnaround on the gauge study.

Attached is production release PR-0217. It releases the first 1,200 pcs for production against
PO P0420115 line 2. The rest of the line stays on hold per the attached.

Tom
""" + sig("Tom Kowalski", "Senior Buyer", "Great Lakes Body Systems | Troy, MI", "+1 248 555 0152")
case("p19_mail1200_pdf1000", ["RG011"],
     "release e-mail body releases 1,200 while the attached release PR-0217 says 1,000",
     [("PR-0217_GLB-71990.eml", eml_bytes(mail(
         "Tom Kowalski <tkowalski@glbodysystems.com>", "Amy Berning <aberning@tricountytube.com>",
         "Production release PR-0217 - GLB-71990 Rev B", "Fri, 17 May 2024 11:30:00 -0400", _t,
         html=text_html(_t), attachments=[("PR-0217.pdf", _rel, PDF_MT)])))])

# ---- p20: pilot order: table 100, text 150 (DOCX, table)
case("p20_pilot_100_vs_150", ["RG011"],
     "pilot order: table line is 100 units, the text says 150 pilot units authorized under the same order",
     [("Pilot_PO_5530-0590.docx", docx_bytes([
         ("h1", "Pilot Build Order — planter row unit bracket BSI-61205 Rev B"),
         ("p", "Black Swamp Implement Co. · PO 5530-0590 · 8 May 2024 · Buyer: Kevin Brandt"),
         ("p", "Supplier: Maumee Valley Stamping, Inc., Toledo, OH"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Unit", "Due"],
             ["1", "BSI-61205 Rev B", "Row unit mounting bracket, 7 ga HSLA, e-coat", "100", "$14.35", "06/14/2024"],
         ]),
         ("p", "This order covers the pilot build for the spring field trials in Iowa and Nebraska."),
         ("p", "The 150 pilot units authorized under this order are the only quantity released. The "
               "production quantity (quoted 12,000 pcs/yr, forecast) is not released and stays on hold."),
         ("p", "The production quantity is released only by a written production release from Kevin "
               "Brandt, Senior Buyer, after PPAP sign-off at the pilot review."),
         ("p", "Material authority: pilot quantity only."),
     ], author="Kevin Brandt"))])

# ---- p21: bundle: EDI 850 line 300 vs buyer mail 250 (TXT + EML)
_edi = """KESTREL TRUCK HVAC INC. - EDI 850 OUTBOUND (004010) - PRINT          2024-05-13 07:15
PO KT-24-3402   TP: LAKESHORE METAL FORMING LTD (LMF02)
---------------------------------------------------------------------------------------
ST*850*0001~
BEG*00*SA*KT-24-3402**20240513~
REF*IA*LMF02~
PER*BD*NADIA HADDAD*TE*9055550127~
DTM*002*20240607~
N1*ST*KESTREL TRUCK HVAC PLANT 2*92*K02~
PO1*1*300*EA*2.91**BP*KT-3188-A*EC*B~
PID*F****PILOT LOT - EVAP MTG BRKT~
MSG*PILOT LOT ONLY. PRODUCTION BALANCE NOT RELEASED - ON HOLD.~
MSG*BALANCE RELEASED ONLY BY WRITTEN PRODUCTION RELEASE~
MSG*FROM N. HADDAD, BUYER, AFTER PSW SIGN-OFF.~
MSG*MATERIAL AUTHORITY: PILOT LOT ONLY.~
CTT*1*300~
SE*14*0001~
---------------------------------------------------------------------------------------
LINE 1  KT-3188-A ENG CHG B  EVAP MTG BRKT - PILOT LOT     300 EA  @ 2.91   DUE 2024-06-07
"""
_t = """Dave,

Our 850 for the pilot lot went out this morning (PO KT-24-3402). Just confirming the 250 pilot
pcs authorized on it. Ship to Plant 2 by June 7, please. Balance on hold per the PO notes.

Nadia
""" + sig("Nadia Haddad", "Buyer, Metallics", "Kestrel Truck HVAC Inc. | Mississauga, ON", "+1 905 555 0127")
case("p21_edi850_300_mail250", ["RG011"],
     "bundle: EDI 850 pilot line 300 EA, buyer's e-mail confirms 250 pilot pcs authorized on the same PO",
     [("EDI850_KT-24-3402.txt", _edi),
      ("mail_KT-24-3402.eml", eml_bytes(mail(
          "Nadia Haddad <nhaddad@kestrelhvac.ca>", "Dave Kerr <dkerr@lakeshoremf.ca>",
          "PO KT-24-3402 pilot lot - KT-3188-A", "Mon, 13 May 2024 08:20:00 -0400", _t,
          html=text_html(_t))))])

# ---- p22: Teams: run 200, later 240; hold 'until further notice' (TXT)
_t = """Microsoft Teams - chat export
Chat: Lakeside / Essex - LS-91210 recliner plate pilot
Exported 2024-05-16 10:05 (UTC-04:00)

[2024-05-13 08:05] Julie Fortin (Lakeside Seating): Patrick - for LS-91210 recliner plate: run 200 for the pilot build. Everything else on PO 4410-7811 is on hold until further notice. Only I can release the rest.
[2024-05-13 08:09] Patrick Nolan (Essex Tube & Stamping): Got it. Coil for the pilot is here, we'll set up Press 3 Wednesday.
[2024-05-13 08:10] Patrick Nolan (Essex Tube & Stamping): Material only for the pilot qty, right?
[2024-05-13 08:12] Julie Fortin (Lakeside Seating): Correct, pilot qty only.
[2024-05-15 14:31] Patrick Nolan (Essex Tube & Stamping): Die tryout done, first pieces measured OK on the checking fixture.
[2024-05-16 09:47] Julie Fortin (Lakeside Seating): Great. As agreed, the 240 pilot pieces need to be at our Windsor dock by Friday 5/24, 60 per rack.
[2024-05-16 09:50] Patrick Nolan (Essex Tube & Stamping): Will do.
"""
case("p22_teams_200_240", ["RG004", "RG011"],
     "buyer chat authorizes 200 then 240 pilot pieces; rest on hold 'until further notice' (no unlock event), releaser named",
     [("Teams_LS-91210_pilot.txt", _t)])

# ---- p23: portal release notice: table 750, text seven hundred (700) (HTML, table)
_b = """<h2>Laurentian Rail Car — Portail fournisseurs / Supplier portal</h2>
<h3>Libération de production / Production release LRC-PR-0311</h3>
<p>Émis le / issued 2024-05-21 to Usinage Beauce-Etchemin inc. (F-2207)</p>
<table>
<tr><th>Champ / Field</th><th>Valeur / Value</th></tr>
<tr><td>Bon de commande / PO</td><td>LRC-24-0588, ligne 2</td></tr>
<tr><td>Pièce / Part</td><td>LRC-2231 Rev D — brake lever bracket</td></tr>
<tr><td>Libéré maintenant / Released now</td><td>750</td></tr>
<tr><td>Solde / Balance</td><td>en attente, non libéré / on hold, not released</td></tr>
<tr><td>Déblocage du solde / Unlock event</td><td>next written production release, after lot acceptance of the first delivery at incoming inspection</td></tr>
<tr><td>Libéré par / Released by</td><td>Guy Bérubé, Directeur approvisionnement</td></tr>
<tr><td>Autorisation matière / Material authority</td><td>released quantity only</td></tr>
</table>
<p>This notice releases seven hundred (700) pieces of LRC-2231 Rev D for production. First article report FAI-2231-D was signed on 2024-05-17.</p>
<p>Livraisons / deliveries: FCA Saint-Georges, 50 pcs per crate, crates per LRC-PK-04.</p>"""
case("p23_portal_750_vs_700", ["RG011"],
     "release notice: table says 750 released now, the text says seven hundred (700) pieces released",
     [("LRC-PR-0311.html", html_page("LRC-PR-0311", _b, lang="fr"))])

# ---- p25: supplier releases the production job on receipt of the deposit (EML, quoted scope)
_scope = """Omar, PO KT-24-3455 is attached:
- Line 1: mould, 30% deposit with PO.
- Line 2: 30 T1 sample louvres. Only these 30 are released.
- The quoted production quantity is not released and stays on hold until the PSW is signed
  and I send a written production release.
- Material authority: sample-only.

Nadia Haddad
Buyer, Kestrel Truck HVAC"""
_t = """Hi Nadia,

Deposit received, thank you (wire ref. KT-AP-558210, CAD 24,300). We've released the
production job to the floor; first shift starts moulding on Monday.

T1 report and the 30 samples will follow as planned.

Omar
""" + sig("Omar Siddiqui", "Program Manager", "Georgian Bay Plastics Ltd. | Midland, ON", "+1 705 555 0148") + """
-----Original Message-----
From: Nadia Haddad <nhaddad@kestrelhvac.ca>
Sent: Tuesday, May 7, 2024 9:20 AM
To: Omar Siddiqui <osiddiqui@gbplastics.ca>
Subject: PO KT-24-3455 - KT-6612 louvre

""" + q(_scope)
case("p25_deposit_job_released", ["RG012"],
     "supplier releases the production job to the floor because the mould deposit arrived",
     [("RE_PO_KT-24-3455_louvre.eml", eml_bytes(mail(
         "Omar Siddiqui <osiddiqui@gbplastics.ca>", "Nadia Haddad <nhaddad@kestrelhvac.ca>",
         "RE: PO KT-24-3455 - KT-6612 louvre", "Fri, 17 May 2024 16:44:18 -0400", _t,
         in_reply_to="<h24-scope-3455@kestrelhvac.ca>")))])

# ---- p27: WhatsApp (Spanish): advance payment received, production starts Monday (TXT)
_t = """[06/05/24 09:12:40] Jorge Salazar (Carrocerías Regias): Buen día Rosa. Ya le llegó la OC 7781: sólo 15 cilindros muestra del CR-HC-0450. El resto (985) queda retenido hasta la orden de producción por escrito firmada por la Ing. Paola Cantú, después de que Calidad firme el PSW. Material sólo para las 15.
[06/05/24 09:20:03] Rosa Salinas (SMH): Recibido, gracias Jorge 👍
[06/05/24 09:21:17] Rosa Salinas (SMH): Le mando la factura del anticipo del 30% del herramental.
[14/05/24 17:45:52] Jorge Salazar (Carrocerías Regias): Listo, Tesorería ya pagó el anticipo. Referencia SPEI 0051187.
[15/05/24 08:03:29] Rosa Salinas (SMH): Ya recibimos el anticipo del 30 %, así que arrancamos producción el lunes 🙌
[15/05/24 08:03:55] Rosa Salinas (SMH): Le confirmo fechas de embarque en la tarde.
"""
case("p27_whatsapp_anticipo", ["RG012"],
     "WhatsApp: supplier starts production Monday because the 30% tooling advance was paid; buyer scope was 15 samples only",
     [("WhatsApp_Chat_SMH_Carrocerias.txt", _t)])

# ---- p26: buyer: deposit wired, 'you've got the green light' (EML + HTML remittance attachment)
_scope = """Tony,

PO 5530-0533 is attached.
- Line 1: fixture and test tooling, 50% deposit with PO.
- Line 2: 12 PPAP sample cylinders. Only these 12 are released.
- The remaining 588 on your quote are not released and stay on hold until the PSW is signed
  and I send a written production release.
- Material authority: sample-only.

Kevin Brandt
Senior Buyer, Black Swamp Implement Co."""
_mid = """Kevin,

Any update on the deposit? We're ready to go as soon as it lands.

Tony

On Wed, May 8, 2024 at 9:05 AM Kevin Brandt <kbrandt@blackswampimplement.com> wrote:
""" + q(_scope)
_t = """Tony,

AP wired the 50% fixture deposit this morning, remittance advice attached. So you've got the
green light.

Thanks for your patience on this one,
Kevin
""" + sig("Kevin Brandt", "Senior Buyer", "Black Swamp Implement Co. | Defiance, OH", "+1 419 555 0119") + """
On Fri, May 17, 2024 at 2:31 PM Tony DiCarlo <tdicarlo@niagaracylinder.ca> wrote:
""" + q(_mid)
_remit = html_page("Remittance advice", """<h2>Black Swamp Implement Co. — Remittance Advice</h2>
<table>
<tr><th>Payee</th><th>Invoice</th><th>Description</th><th>Amount (USD)</th><th>Payment date</th><th>Method</th></tr>
<tr><td>Niagara Hydraulic Cylinder Ltd.</td><td>NHC-INV-24-0711</td><td>Fixture &amp; test tooling, 50% deposit, PO 5530-0533 line 1</td><td>9,150.00</td><td>2024-05-20</td><td>ACH 0004471882</td></tr>
</table>
<p>Questions: ap@blackswampimplement.com</p>""")
case("p26_deposit_green_light", ["RG002", "RG012"],
     "buyer: fixture deposit wired, 'so you've got the green light' (payment as start signal, unscoped approval)",
     [("RE_PO_5530-0533_HC-4410.eml", eml_bytes(mail(
         "Kevin Brandt <kbrandt@blackswampimplement.com>", "Tony DiCarlo <tdicarlo@niagaracylinder.ca>",
         "RE: PO 5530-0533 - HC-4410 PPAP samples / deposit", "Mon, 20 May 2024 10:14:27 -0400", _t,
         in_reply_to="<h24-nhc-dep@niagaracylinder.ca>",
         attachments=[("Remittance_NHC-INV-24-0711.html", _remit, "text/html")])))])

# ---- p40: Plex PO print: status RELEASED (finance) + acceptance = authority to produce (TXT)
_t = """PLEX MANUFACTURING CLOUD - PURCHASE ORDER                         Printed: 05/09/2024 07:51
Great Lakes Body Systems, LLC - Troy MI (PCN 84412)
PO No.: 4500212280     PO Status: RELEASED     Revision: 0     PO Date: 05/08/2024
Supplier: TRI-COUNTY TUBE & STAMPING (TCTS01)              Buyer: Tom Kowalski
Terms: Net 60          Ship Via: Supplier truck              FOB: Origin
--------------------------------------------------------------------------------------------
Line  Part No.      Rev  Description                          Qty     UOM   Price    Due
1     GLB-73318     C    SUNROOF FRAME REINF, DP780 1.4       1,800   EA    2.6150   06/21/2024
--------------------------------------------------------------------------------------------
Line notes:
  PRODUCTION RELEASE: 18 PCS (PPAP SAMPLE RUN) ONLY.
  BALANCE 1,782 PCS NOT RELEASED - ON HOLD.
  BALANCE RELEASED ONLY BY WRITTEN PRODUCTION RELEASE FROM TOM KOWALSKI, SR BUYER,
  AFTER PSW SIGN-OFF. MATERIAL AUTHORITY: 18 PCS ONLY.
Header notes / standard terms GLB-PT-07 (excerpt):
  7.1 PRICES FIRM FOR THE LIFE OF THIS ORDER UNLESS REVISED IN WRITING.
  7.2 THIS PO WAS RELEASED BY FINANCE UNDER DELEGATION OF AUTHORITY LEVEL C.
  7.3 SUPPLIER'S ACCEPTANCE OF THIS PURCHASE ORDER (EDI 855 OR SIGNED ACKNOWLEDGEMENT)
      CONSTITUTES AUTHORITY TO START PRODUCTION.
  7.4 PACKAGING PER GLB-PK-02. ASN REQUIRED AT SHIPMENT.
--------------------------------------------------------------------------------------------
PO Total: 4,707.00 USD                                            Page 1 of 1
"""
case("p40_plex_released_acceptance", ["RG009", "RG012"],
     "PO print: 'RELEASED' = finance status and production release; term 7.3 makes PO acceptance authority to start production",
     [("Plex_PO_4500212280.txt", _t)])

# ---- p31: EDI 830 planning lines with a buyer note calling them a firm order (TXT)
_t = """KESTREL TRUCK HVAC INC. - EDI OUTBOUND PRINT                       RUN 2024-05-13 06:00
TRANSACTION : X12 830 (004010)  PLANNING SCHEDULE (FORECAST)
TRADING PTNR: LAKESHORE METAL FORMING LTD (LMF02)    SHIP-TO: KESTREL PLANT 2 (K02)
PLANNER     : PRIYA RAMAN, MATERIALS PLANNER  905-555-0132
==========================================================================================
ST*830*0001~
BFR*05**2024-20*DL*A*20240513*20241110*20240513~
N1*ST*KESTREL TRUCK HVAC PLANT 2*92*K02~
N1*SU*LAKESHORE METAL FORMING LTD*92*LMF02~
LIN**BP*KT-3190-A*EC*A~
UIT*EA~
NTE*GEN*26-WEEK QUANTITIES BELOW ARE OUR FIRM ORDER. NO SEPARATE PO OR 862 WILL FOLLOW~
FST*600*D*M*20240601~
FST*650*D*M*20240701~
FST*650*D*M*20240801~
FST*700*D*M*20240901~
FST*700*D*M*20241001~
FST*650*D*M*20241101~
CTT*1*3950~
SE*15*0001~
==========================================================================================
PART KT-3190-A   BLOWER MOTOR MTG PLATE, HSLA 340, 3.0 MM

  MONTH OF       QTY    FST02
  2024-06       600     D = PLANNING
  2024-07       650     D = PLANNING
  2024-08       650     D = PLANNING
  2024-09       700     D = PLANNING
  2024-10       700     D = PLANNING
  2024-11       650     D = PLANNING
                -----
  TOTAL         3,950

BUYER NOTE: TREAT THE 26-WEEK FORECAST QUANTITIES ABOVE AS OUR FIRM ORDER. NO SEPARATE PO
OR 862 WILL FOLLOW - BUILD AND SHIP TO THIS SCHEDULE.
*** END OF PRINT ***
"""
case("p31_edi830_forecast_firm", ["RG008"],
     "830 planning lines (FST02=D, labelled forecast) declared 'our firm order' by a buyer note",
     [("EDI830_KT-3190-A_wk20.txt", _t)])

# ---- p32: program manager: treat the forecast EAU as our firm commitment (EML alt)
_t = """Brian,

Thanks for hosting us Tuesday. Following up on capacity for the spring tine family
(BSI-77310): our forecast EAU is 36,000 pieces for MY2025. Please treat that forecast as our
firm commitment to Sandusky and reserve the hammer capacity on Line 2 accordingly. I don't want
to be told in October that the slots went to someone else.

Kevin will handle the PO side as usual.

Rachel
""" + sig("Rachel Stoltz", "Program Manager, Tillage", "Black Swamp Implement Co. | Defiance, OH", "+1 419 555 0131")
case("p32_eau_firm_commitment", ["RG008"],
     "buyer's program manager tells the forge to treat the 36,000 forecast EAU as a firm commitment",
     [("BSI-77310_capacity_followup.eml", eml_bytes(mail(
         "Rachel Stoltz <rstoltz@blackswampimplement.com>", "Brian Hale <bhale@sanduskyforge.com>",
         "BSI-77310 tines - capacity follow-up", "Thu, 23 May 2024 08:47:12 -0400", _t,
         html=text_html(_t))))])

# ---- p34: French: forecasts are worth a firm order (EML)
_t = """Bonjour Patrick,

Voici nos prévisions 2025 pour les supports de timonerie :

  LRC-3160 rév. C : 1 200 pièces (300 par trimestre)
  LRC-3161 rév. A : 1 200 pièces (300 par trimestre)

Ces prévisions valent commande ferme de notre part; réservez votre capacité d'usinage et de
soudage en conséquence. Le calendrier des livraisons suivra en septembre.

Merci et bonne semaine,
Guy
""" + sig_fr("Guy Bérubé", "Directeur approvisionnement", "Laurentian Rail Car inc. | La Pocatière (Québec)",
             "+1 418 555 0109")
case("p34_fr_previsions_ferme", ["RG008"],
     "French buyer mail: 2025 forecasts 'valent commande ferme' (forecast written as a firm order)",
     [("Timonerie_2025_LRC-3160.eml", eml_bytes(mail(
         "Guy Bérubé <gberube@laurentianrail.ca>", "Patrick Poulin <ppoulin@usinagebeauce.ca>",
         "Prévisions 2025 - supports de timonerie", "Mon, 27 May 2024 09:15:00 -0400", _t)))])

# ---- p35: nomination letter: forecast volume constitutes our purchase commitment (PDF, table)
case("p35_nomination_commitment", ["RG008"],
     "sourcing nomination letter states the 120,000 forecast program volume constitutes a purchase commitment",
     [("Nomination_MY25_crossmember.pdf", pdf([
         ("h1", "Sourcing Nomination Letter"),
         ("p", "Great Lakes Body Systems, LLC · 1900 W. Maple Rd, Troy, MI 48084 · 10 May 2024"),
         ("p", "To: Maumee Valley Stamping, Inc., Toledo, OH — attn. Luis Ortega, Sales Engineer"),
         ("p", "Program: MY25 T-platform, rear floor crossmember family"),
         ("sp",),
         ("p", "Great Lakes Body Systems is pleased to nominate Maumee Valley Stamping as the production "
               "supplier for the parts listed below, for 100% of our requirements."),
         ("table", [
             ["Part", "Description", "Forecast volume, program life"],
             ["GLB-64110", "Rear floor crossmember, front", "48,000"],
             ["GLB-64111", "Rear floor crossmember, rear", "48,000"],
             ["GLB-64120", "Crossmember gusset (pair)", "24,000"],
             ["Total", "", "120,000"],
         ]),
         ("p", "The forecast volume of 120,000 units over the program life (MY2025 to MY2029) "
               "constitutes our purchase commitment to Maumee Valley Stamping."),
         ("p", "Tooling and PPAP sample purchase orders will be issued separately by Purchasing. "
               "Pricing per quote MVS-Q-24-0611, subject to annual productivity of 2%."),
         ("sp",),
         ("p", "Jason Petrie, Program Manager · Tom Kowalski, Senior Buyer"),
     ], LETTER, title="Nomination letter", author="Great Lakes Body Systems"))])

# ---- p36: 'approved' for PPAP, for the PO (finance) and for production (EML + TXT attachment)
_print = """LAKESIDE SEATING SYSTEMS INC. - PURCHASE ORDER                    PRINTED 05/21/2024
PO 4410-7836     SUPPLIER: ESSEX TUBE & STAMPING LTD (V-2041)     BUYER: J. FORTIN
APPROVAL STATUS: APPROVED (FINANCE, DOA LEVEL B) 05/20/2024
---------------------------------------------------------------------------------
LN  PART          REV  DESCRIPTION                    QTY  UOM  SCOPE
 1  LS-91360       A   RECLINER BRACKET RH           40   EA   PPAP SAMPLES
 2  LS-91360       A   RECLINER BRACKET RH        3,960   EA   PRODUCTION - ON HOLD
---------------------------------------------------------------------------------
"""
_t = """Patrick,

Status on the recliner bracket LS-91360 Rev A:

- PPAP is approved. Thanks for the quick turnaround on the gauge R&R.
- The PO (4410-7836) is approved by Finance, copy of the print attached.
- Only the 40 samples are approved for now. The balance of 3,960 pcs stays on hold until I
  send you the written approval for production after the run-at-rate on June 12.

Let me know if the run-at-rate date slips.

Julie
""" + sig("Julie Fortin", "Commodity Buyer, Metallics", "Lakeside Seating Systems Inc. | Windsor, ON", "+1 519 555 0144")
case("p36_approved_three_ways", ["RG009"],
     "'approved' used for PPAP (technical), the PO by Finance (commercial) and the 40 samples/production (release)",
     [("LS-91360_status.eml", eml_bytes(mail(
         "Julie Fortin <jfortin@lakesideseating.com>", "Patrick Nolan <pnolan@essextube.ca>",
         "LS-91360 recliner bracket - status", "Tue, 21 May 2024 15:02:33 -0400", _t,
         attachments=[("PO_4410-7836_print.txt", _print, "text/plain")])))])

# ---- p37: 'released' for samples (quality), PO (finance) and production (DOCX)
case("p37_released_three_ways", ["RG009"],
     "'released' used for samples by Quality, for the PO in SAP by Finance, and for production",
     [("Notice_GLB-62410_next_steps.docx", docx_bytes([
         ("h1", "Great Lakes Body Systems — Supplier Notice"),
         ("p", "To: Maumee Valley Stamping (Luis Ortega) · From: Tom Kowalski, Senior Buyer · "
               "Date: 20 May 2024 · PO 4500213390 · Part GLB-62410 Rev B"),
         ("h", "Status"),
         ("li", "Samples: the 30 PPAP samples were released by GLB Supplier Quality on 17 May "
                "(PSW signed, Level 3)."),
         ("li", "Purchase order: PO 4500213390 was released in SAP by Finance on 29 April."),
         ("li", "Production: the balance of 2,970 pcs is not released and stays on hold."),
         ("h", "Next step"),
         ("p", "The balance is released for production only by a written production release from Tom "
               "Kowalski, Senior Buyer, after the run-at-rate on 4 June. Until then, material authority "
               "is sample-only."),
     ], author="Tom Kowalski"))])

# ---- p39: supplier APQP status page: 'approval' for engineering, commercial and production (HTML)
_b = """<h2>Maumee Valley Stamping — APQP Launch Status</h2>
<p>Customer: Great Lakes Body Systems · Part GLB-65020 Rev A, front rail closeout · Report date 2024-05-20</p>
<h3>Approval status</h3>
<table>
<tr><th>Item</th><th>Status</th><th>Date</th></tr>
<tr><td>Engineering approval (PSW)</td><td>Approved</td><td>2024-05-10</td></tr>
<tr><td>Commercial approval (PO 4500214020)</td><td>Approved</td><td>2024-04-26</td></tr>
<tr><td>Production approval</td><td>36 sample pcs approved only; balance 3,564 pcs not released, pending customer approval</td><td>—</td></tr>
</table>
<h3>APQP elements</h3>
<table>
<tr><th>Element</th><th>Status</th></tr>
<tr><td>PFMEA</td><td>complete, rev 3</td></tr>
<tr><td>Control plan</td><td>complete, launch phase</td></tr>
<tr><td>MSA (gauge R&amp;R)</td><td>8.4% on CF-65020</td></tr>
<tr><td>Initial capability</td><td>Ppk 1.71 on 12 KPCs</td></tr>
</table>
<p>Contact: Luis Ortega, Sales Engineer, +1 419 555 0187</p>"""
case("p39_apqp_approval_table", ["RG009"],
     "supplier status page uses 'approval' for engineering (PSW), commercial (PO) and production",
     [("APQP_status_GLB-65020.html", html_page("APQP status GLB-65020", _b))])

# ---- p41: 'OK to proceed?' -> 'Yes, proceed.' (EML, nested quoted thread)
_scope = """Raj,

PO 4500204471 for the door bezel HSI-4480: 30 T1 sample pcs only. The remaining 2,970 pcs are
not released and stay on hold until the samples pass FAI sign-off and I send a written
production release. Material authority: sample-only.

Derek Osei
Purchasing Lead, Huron Shore Interiors"""
_mid = """Derek,

Tool is qualified, gloss is in spec after the re-texture, and we have press time booked for
the week of June 17. OK to proceed?

Raj

From: Derek Osei <dosei@huronshore.com>
Sent: Friday, May 3, 2024 1:15 PM
Subject: PO 4500204471 - HSI-4480 door bezel

""" + q(_scope)
_t = """Yes, proceed.

Derek
""" + sig("Derek Osei", "Purchasing Lead", "Huron Shore Interiors | Oshawa, ON", "+1 905 555 0176") + """
From: Raj Malhotra <rmalhotra@windsortrim.ca>
Sent: Tuesday, May 21, 2024 10:48 AM
To: Derek Osei <dosei@huronshore.com>
Subject: RE: PO 4500204471 - HSI-4480 door bezel

""" + q(_mid)
case("p41_yes_proceed", ["RG002"],
     "buyer answers 'OK to proceed?' about booked press time with an unscoped 'Yes, proceed.'",
     [("RE_RE_PO_4500204471_HSI-4480.eml", eml_bytes(mail(
         "Derek Osei <dosei@huronshore.com>", "Raj Malhotra <rmalhotra@windsortrim.ca>",
         "RE: RE: PO 4500204471 - HSI-4480 door bezel", "Tue, 21 May 2024 11:02:09 -0400", _t,
         in_reply_to="<h24-bezel-4480@windsortrim.ca>")))])

# ---- p42: Slack: 'good to run 👍' (TXT)
_t = """Slack export - #rra-findlay-diecast (shared channel)
Exported 2024-05-23 08:00 UTC-04:00

2024-05-08 10:11  Dana Whitfield (RRA): 📌 Scope for PO 4500214980 / RRA-5590 Rev A oil pan: 20 PPAP castings only. The other 1,980 are NOT released and stay on hold until the PSW is signed and I send a written production release. Material authority: sample-only.
2024-05-08 10:14  Greg Sauder (FDC): 👍 noted
2024-05-22 15:02  Greg Sauder (FDC): die is back from the tool room, new overflow wells on the cover side. press 6 (840 t) is free thursday and the die is in the rack. what do you want us to do?
2024-05-22 15:40  Dana Whitfield (RRA): good to run 👍
2024-05-22 15:41  Greg Sauder (FDC): 🙏 will load it thursday 6am
"""
case("p42_slack_good_to_run", ["RG002"],
     "buyer answers an open 'what do you want us to do?' with an unscoped 'good to run'",
     [("slack_rra-findlay-diecast.txt", _t)])

# ---- p43: bundle: voicemail 'you've got the green light' + complete PO (TXT + PDF)
_vm = """VOICEMAIL TRANSCRIPTION - Mitel MiVoice
To: Patrick Nolan (ext. 305)        From: +1 519 555 0144 (LAKESIDE SEATING)
Received: Wed 05/22/2024 5:12 PM    Duration: 0:24

"Hey Patrick, it's Julie at Lakeside, got your message about the press slot on Thursday.
Yeah, you've got the green light, do your thing, and just send me the ship dates when you
have them. Thanks, bye."
"""
_po = pdf([
    ("h1", "Lakeside Seating Systems Inc. — Purchase Order 4410-7859"),
    ("p", "3100 Lakeside Blvd, Windsor, Ontario N8W 5K6 · 2024-05-06 · Buyer: Julie Fortin"),
    ("p", "Supplier: Essex Tube & Stamping Ltd., Leamington, Ontario"),
    ("table", [
        ["Line", "Part", "Description", "Scope", "Qty", "Unit (CAD)", "Due"],
        ["1", "LS-91500 Rev A", "Seat cushion pan, DP600 1.0 mm", "PPAP samples", "25", "11.40", "2024-06-07"],
    ]),
    ("h", "Scope note"),
    ("p", "Active quantity: 25 PPAP sample pieces only."),
    ("p", "The balance of 2,475 pcs is not released and stays on hold. It is released only by a "
          "written production release signed by Julie Fortin, Commodity Buyer, after the PSW is signed."),
    ("p", "Material authority: sample-only."),
], title="PO 4410-7859", author="Lakeside Seating")
case("p43_voicemail_green_light", ["RG002"],
     "bundle: complete sample PO, then buyer voicemail 'you've got the green light, do your thing' with no scope",
     [("voicemail_2024-05-22_1712.txt", _vm), ("PO_4410-7859.pdf", _po)])

# ---- p44: Québec franglais: 'c'est beau de notre bord, go ahead!' (EML, nested quotes)
_scope = """Bonjour J-F, voici le BC 24-1311 pour le protège-carter TOR-5540 rév. A :
- 12 échantillons seulement (pièces PPAP).
- Le solde de 588 pièces n'est pas libéré et demeure en attente.
- Il sera libéré uniquement par une libération de production écrite signée par moi, après
  l'approbation du PSW.
- Autorisation matière : échantillons seulement.
Mélanie Gagnon, acheteuse principale"""
_mid = """Bonjour Mélanie,
Les gabarits de pliage sont prêts et le programme laser est validé. La presse plieuse est
libre lundi matin. On y va?
J-F

Le 2 mai 2024 à 09:30, Mélanie Gagnon <mgagnon@vhrterrebonne.ca> a écrit :
""" + q(_scope)
_t = """Salut Jean-François,

C'est beau de notre bord, go ahead!

Mélanie
""" + sig_fr("Mélanie Gagnon", "Acheteuse principale", "VHR Terrebonne inc. | Terrebonne (Québec)", "+1 450 555 0178") + """
Le 21 mai 2024 à 16:48, Jean-François Roy <jfroy@toleriemirabel.ca> a écrit :
""" + q(_mid)
case("p44_qc_go_ahead", ["RG002"],
     "Québec buyer answers 'On y va?' about the brake press with an unscoped 'go ahead!'",
     [("RE_BC_24-1311_TOR-5540.eml", eml_bytes(mail(
         "Mélanie Gagnon <mgagnon@vhrterrebonne.ca>", "Jean-François Roy <jfroy@toleriemirabel.ca>",
         "RE: BC 24-1311 - protège-carter TOR-5540", "Wed, 22 May 2024 07:31:55 -0400", _t,
         in_reply_to="<h24-tm-5540@toleriemirabel.ca>")))])

# ---- p46: PO quantity 'per PPAP requirements' (DOCX, table)
case("p46_qty_per_ppap", ["RG010"],
     "sample PO gives no quantity ('per PPAP requirements'); hold, unlock event and named releaser are present",
     [("PO_KT-24-3520.docx", docx_bytes([
         ("h1", "Kestrel Truck HVAC Inc. — Purchase Order KT-24-3520"),
         ("p", "6100 Kestrel Rd, Mississauga, Ontario L5T 2A1 · 2024-05-15 · Buyer: Nadia Haddad"),
         ("p", "Supplier: Huron Wire Systems Inc., London, Ontario · Terms: net 60 · FCA London ON"),
         ("table", [
             ["Line", "Part", "Description", "Qty", "Price", "Due"],
             ["1", "K-4470 Rev A", "Rear HVAC jumper harness, PPAP samples",
              "Per PPAP requirements (SQM §4.3)", "$58.20 / ea", "2024-06-14"],
         ]),
         ("h", "Notes"),
         ("p", "Scope: PPAP sample harnesses only. The production quantity is not released and stays "
               "on hold."),
         ("p", "Production is released only by a written production release signed by Nadia Haddad, "
               "Buyer, after PSW sign-off."),
         ("p", "Material authority: sample-only."),
         ("p", "Documentation: PSW, IMDS, electrical test report, crimp cross-sections for each "
               "terminal/wire combination."),
     ], author="Nadia Haddad"))])

# ---- p47: Teams: 'please start the pilot run', no quantity anywhere (TXT)
_t = """Microsoft Teams - chat export
Chat: Kestrel / Huron Wire - K-4415 pilot
Exported 2024-05-10 08:40 (UTC-04:00)

[2024-05-09 11:02] Nadia Haddad (Kestrel Truck HVAC): Hi Ron, please start the pilot run on the K-4415 Rev B harness this week, we need them for the line trial at Plant 2.
[2024-05-09 11:03] Nadia Haddad (Kestrel Truck HVAC): Balance stays parked: nothing beyond the pilot run is released until the PSW is signed and Ines Moreau, our Materials Manager, sends the production release in writing.
[2024-05-09 11:10] Ron Beaudoin (Huron Wire Systems): OK. Kits for the pilot are here. We'll run it on H3 Thursday.
[2024-05-09 11:11] Ron Beaudoin (Huron Wire Systems): Material only for the pilot, understood.
"""
case("p47_teams_pilot_no_qty", ["RG010"],
     "buyer chat starts 'the pilot run' without ever stating how many; hold, PSW + written release by named manager present",
     [("Teams_K-4415_pilot.txt", _t)])

# ---- p49: hold notice that never states the first-article quantity (PDF)
case("p49_hold_notice_no_qty", ["RG010"],
     "hold notice lets 'the first-article pieces' be built without stating their number; hold, event and releaser present",
     [("Avis_retenue_LRC-24-0455.pdf", pdf([
         ("h1", "AVIS DE RETENUE / HOLD NOTICE"),
         ("p", "Laurentian Rail Car Inc. · La Pocatière (Québec) · 2024-05-14"),
         ("table", [
             ["Item", "Detail"],
             ["Supplier", "Usinage Beauce-Etchemin inc., Saint-Georges (Québec)"],
             ["Order", "BC / PO LRC-24-0455"],
             ["Part", "LRC-3175 Rev A — coupler carrier plate, ASTM A514, machined"],
         ]),
         ("sp",),
         ("p", "Tout ce qui figure à cette commande est en attente, sauf les pièces de premier article. "
               "Everything on this order except the first-article pieces is on hold."),
         ("p", "The first-article pieces may be built and shipped now, with the FAI report per LRC-SQM rev 7."),
         ("p", "The remainder is not released. It is released only by a written production release from "
               "Guy Bérubé, Directeur approvisionnement, after FAI sign-off."),
         ("p", "Material authority: first-article pieces only."),
         ("sp",),
         ("p", "Chantal Pelletier, acheteuse · 418 555 0114"),
     ], LETTER, title="Hold notice LRC-24-0455", author="Laurentian Rail Car"))])

# ---- p48: voicemail: 'please run the prototypes' (TXT)
_t = """VOICEMAIL TRANSCRIPTION - RingCentral
To: Amy Berning              From: Kevin Brandt (+1 419 555 0119)
Received: Mon 05/06/2024 8:52 AM     Duration: 0:41

"Hi Amy, Kevin Brandt at Black Swamp Implement. We cut the P.O. for the prototype hitch
brackets this morning, it should be in your inbox. B-S-I six-oh-eight-seven-seven, the new
three-point hitch. Please run the prototypes and get them to our proving grounds in Napoleon
by the fourteenth. Drawings are rev X-2, the prototype rev, so don't worry about PPAP on
these. Give me a call if you have questions, four-one-nine, five-five-five, zero-one-one-nine.
Thanks."
"""
case("p48_voicemail_prototypes", ["RG003", "RG004", "RG005", "RG010"],
     "voicemail authorizes prototypes with no quantity, nothing about the rest, no unlock event, no release authority",
     [("voicemail_2024-05-06_0852.txt", _t)])

# ---- p50: Spanish sample PO mail without quantity or hold (EML)
_t = """Buen día Ing. Treviño,

Le envío la OC 8120-B para las muestras del soporte de defensa CR-2290 rev. A. Favor de
fabricarlas conforme a su cotización COT-EMN-2291 y enviarlas con el PPAP nivel 3 a más tardar
el 14 de junio a nuestra planta de Escobedo, andén 3.

Cualquier duda con el dibujo, con el Ing. Luis Cárdenas de Ingeniería de Producto.

Saludos,
Jorge
""" + sig_es("Jorge Salazar", "Comprador", "Carrocerías Regias, S.A. de C.V. | Escobedo, N.L.", "+52 81 8555 0167")
case("p50_es_muestras_sin_cantidad", ["RG003", "RG004", "RG005", "RG010"],
     "Spanish sample PO mail: 'las muestras' per quote, no quantity, nothing on the balance, event or releaser",
     [("OC_8120-B_muestras.eml", eml_bytes(mail(
         "Jorge Salazar <jsalazar@carroceriasregias.mx>", "Arturo Treviño <atrevino@estampadosnorte.mx>",
         "OC 8120-B - muestras CR-2290", "Thu, 09 May 2024 10:20:00 -0600", _t)))])

# ---- p51: bundle: bare sample PO + supplier quote with production tier (PDF + PDF)
_po = pdf([
    ("h1", "Kestrel Truck HVAC Inc. — Purchase Order KT-24-3611"),
    ("p", "6100 Kestrel Rd, Mississauga, Ontario L5T 2A1 · 2024-05-16 · Buyer: Nadia Haddad"),
    ("p", "Supplier: Lakeshore Metal Forming Ltd. (LMF02), Burlington, Ontario · Terms: net 60 · FCA Burlington"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit (CAD)", "Due"],
        ["1", "KT-7715 Rev A", "Evaporator bracket, PPAP samples, per quote LMF-Q-24-0390", "20", "6.85", "2024-06-14"],
    ]),
    ("p", "Quality: PPAP Level 3 per Kestrel SQM. Ship to Plant 2 receiving, door 4."),
    ("p", "Invoices to ap@kestrelhvac.ca quoting the PO number."),
], title="PO KT-24-3611", author="Kestrel Truck HVAC")
_qt = pdf([
    ("h1", "Lakeshore Metal Forming Ltd."),
    ("p", "3300 Mainway, Burlington, Ontario L7M 1A8 · 905 555 0185"),
    ("h", "Quotation LMF-Q-24-0390"),
    ("table", [
        ["Item", "Qty", "Unit (CAD)", "Lead time"],
        ["KT-7715 Rev A, PPAP samples (soft tool)", "20", "6.85", "4 weeks"],
        ["KT-7715 Rev A, production", "2,000 / yr", "2.14", "3 weeks ARO"],
        ["Progressive die, 6 stations", "1", "42,000.00", "12 weeks"],
    ]),
    ("p", "Material: HSLA 350 2.0 mm, pre-galv. Valid 60 days. Dave Kerr, Quality and Estimating."),
], title="LMF-Q-24-0390", author="Lakeshore Metal Forming")
case("p51_bare_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "bundle: sample PO for 20 says nothing about the balance; quote beside it shows 2,000/yr production unqualified",
     [("PO_KT-24-3611.pdf", _po), ("Quote_LMF-Q-24-0390.pdf", _qt)])

# ---- p52: e-mail PO for twelve samples + attached quote with production tier (EML + PDF)
_qt = pdf([
    ("h1", "Georgian Bay Plastics Ltd."),
    ("p", "45 Industrial Park Rd, Midland, Ontario L4R 4K3"),
    ("h", "Quotation GBP-Q-1147"),
    ("table", [
        ["Item", "Qty", "Unit (CAD)", "Lead time"],
        ["LS-3391 Rev B headrest guide sleeve, PPAP samples", "12", "4.60", "3 weeks after T1"],
        ["LS-3391 Rev B headrest guide sleeve, production", "48,000 / yr", "0.94", "2 weeks ARO"],
        ["2-cavity mould, H13 inserts", "1", "31,800.00", "10 weeks"],
    ]),
    ("p", "Resin POM-C natural. Packaging 1,000 pcs per carton. Omar Siddiqui, Program Manager."),
], title="GBP-Q-1147", author="Georgian Bay Plastics")
_t = """Hi Omar,

Please accept this email as PO 4410-7901 for twelve (12) PPAP samples of the headrest guide
sleeve LS-3391 Rev B, per your quote GBP-Q-1147 (attached for reference). $4.60 each, ship to
our Windsor plant, dock 4, by June 14. Invoice to AP with the PO number.

PPAP Level 3, with the IMDS number in the submission please.

Thanks,
Julie
""" + sig("Julie Fortin", "Commodity Buyer", "Lakeside Seating Systems Inc. | Windsor, ON", "+1 519 555 0144")
case("p52_mail_po_twelve_quote", ["RG001", "RG003", "RG004", "RG005"],
     "e-mail PO for twelve samples with the quote attached showing 48,000/yr; no hold, no event, no releaser",
     [("PO_4410-7901_LS-3391.eml", eml_bytes(mail(
         "Julie Fortin <jfortin@lakesideseating.com>", "Omar Siddiqui <osiddiqui@gbplastics.ca>",
         "PO 4410-7901 - LS-3391 PPAP samples", "Fri, 10 May 2024 13:37:00 -0400", _t,
         attachments=[("GBP-Q-1147.pdf", _qt, PDF_MT)])))])

# ---- p53: Oracle blanket release 1 = FAI lot of 4 against agreed 1,200 (TXT)
_t = """LAURENTIAN RAIL CAR INC.                                   BLANKET RELEASE
200, route 230 Ouest, La Pocatière (Québec) G0R 1Z0       Oracle Purchasing R12.2.10
Blanket Agreement: 24-BPA-0077    Release: 1               Release Date: 13-MAY-2024
Supplier : HURON WIRE SYSTEMS INC.   Site: LONDON-1        Currency: CAD
Buyer    : PELLETIER, CHANTAL                              Revision: 0
Agreed Quantity (blanket): 1,200 EA    Effective 01-JAN-2024 to 31-DEC-2025
-----------------------------------------------------------------------------------------
Line Ship Item         Rev Description                        Qty UOM    Price  Need-By
1    1    W-7720       B   HVAC CONTROL HARNESS, CAR TYPE E     4 EA   412.50  14-JUN-2024
                           FAI LOT (FIRST ARTICLES)
-----------------------------------------------------------------------------------------
Ship To : LRC La Pocatière, Receiving Door 6
Total This Release: 1,650.00 CAD
Terms   : Net 45
Quality : FAI per LRC-SQM rev 7 (full layout, continuity/hipot report, crimp sections).
"""
case("p53_oracle_release_fai", ["RG001", "RG003", "RG004", "RG005"],
     "blanket release 1 = FAI lot of 4 beside an agreed blanket quantity of 1,200; nothing on the rest, event or releaser",
     [("Oracle_BPA-0077_Rel1.txt", _t)])

# ---- p54: pilot PO mail with program volume; names a release authority only (EML + DOCX PO)
_po = docx_bytes([
    ("h1", "Great Lakes Body Systems — Purchase Order 4500215102"),
    ("p", "1900 W. Maple Rd, Troy, MI 48084 · 2024-05-14 · Buyer: Tom Kowalski"),
    ("p", "Supplier: Huron Wire Systems Inc., London, Ontario · Terms: net 60 · FCA London ON"),
    ("table", [
        ["Line", "Part", "Description", "Qty", "Unit (USD)", "Due"],
        ["1", "GLB-H-2290 Rev P1", "Liftgate harness, pilot build", "10", "96.00", "06/21/2024"],
    ]),
    ("p", "Quality: pilot parts; dimensional and electrical test report with the shipment."),
], author="Tom Kowalski")
_t = """Hi Anjali,

PO 4500215102 is attached for ten (10) pilot harnesses, GLB-H-2290 Rev P1 (liftgate harness),
due at Troy by June 21. Program volume is 36k/yr over four model years, so we want your best
people on the pilot.

Release authority for production on this program: Tom Kowalski, Senior Buyer.

Thanks,
Tom
""" + sig("Tom Kowalski", "Senior Buyer", "Great Lakes Body Systems | Troy, MI", "+1 248 555 0152")
case("p54_pilot_program_volume", ["RG001", "RG003", "RG004"],
     "pilot PO for ten with an unqualified 36k/yr program volume; names a release authority but no hold and no unlock event",
     [("PO_4500215102_pilot.eml", eml_bytes(mail(
         "Tom Kowalski <tkowalski@glbodysystems.com>", "Anjali Mehta <amehta@huronwire.ca>",
         "PO 4500215102 - GLB-H-2290 pilot harnesses", "Tue, 14 May 2024 14:05:00 -0400", _t,
         attachments=[("PO_4500215102.docx", _po, DOCX_MT)])))])

# ---- p61: Spanish HTML PO: 15 samples with quoted annual volume in the table (HTML)
_b = """<h2>Climas Industriales del Norte, S.A. de C.V.</h2>
<p>Parque Industrial Stiva, Apodaca, N.L. · RFC CIN-030611-AB2</p>
<h3>Orden de compra OC-24-0932</h3>
<p>Proveedor: Estampados Metálicos del Norte, S.A. de C.V. · Fecha: 2024-05-08 · Comprador: Ing. Rodrigo Garza Treviño</p>
<table>
<tr><th>Partida</th><th>Número de parte</th><th>Descripción</th><th>Cantidad</th><th>Precio unitario (MXN)</th><th>Entrega</th></tr>
<tr><td>1</td><td>CIN-5530 rev. A</td><td>Soporte de ventilador, muestras PPAP</td><td>15 pzas</td><td>84.00</td><td>2024-06-07</td></tr>
<tr><td>—</td><td>CIN-5530 rev. A</td><td>Volumen anual cotizado (COT-EMN-2318)</td><td>1,500 pzas</td><td>31.50</td><td>—</td></tr>
</table>
<p>Entregar en planta Apodaca, andén 2. PPAP nivel 3. Condiciones de pago: 60 días. Facturar con uso CFDI G01.</p>"""
case("p61_es_oc_volumen_anual", ["RG001", "RG003", "RG004", "RG005"],
     "Spanish sample PO for 15 lists the quoted annual 1,500 in the same table, unqualified; no hold, event or releaser",
     [("OC-24-0932.html", html_page("OC-24-0932", _b, lang="es"))])


# ==================================================================== build
RULES = [f"RG{n:03d}" for n in range(1, 13)]
MINIMUM = {r: 5 for r in RULES} | {"RG006": 7, "RG007": 7, "RG011": 7}


def _formats_of(fn, data):
    """Formats inside one top-level file: its own extension, plus attachment formats for EML."""
    ext = Path(fn).suffix.lower().lstrip(".")
    own = {"eml": "EML", "txt": "TXT", "pdf": "PDF", "docx": "DOCX", "html": "HTML"}[ext]
    inner = set()
    if own == "EML":
        msg = BytesParser(policy=policy.default).parsebytes(data)
        for part in msg.walk():
            ct = part.get_content_type()
            if part.get_content_disposition() == "attachment" or ct == "message/rfc822":
                inner.add({"application/pdf": "PDF", DOCX_MT: "DOCX", "text/plain": "TXT",
                           "text/html": "HTML", "message/rfc822": "EML"}.get(ct, ct))
    return own, inner


def build():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(2424).shuffle(order)
    labels = {}
    top = Counter()
    containing = Counter()
    for pos, idx in enumerate(order, 1):
        c = CASES[idx]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(c["files"][0][0]).stem)
        folder = f"h24_{pos:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        fmts = set()
        for fn, data in c["files"]:
            raw = data.encode("utf-8") if isinstance(data, str) else data
            (d / fn).write_bytes(raw)
            own, inner = _formats_of(fn, raw)
            top[own] += 1
            fmts |= {own} | inner
        for f in fmts:
            containing[f] += 1
        c["folder"] = folder
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    per_rule = Counter(r for c in CASES for r in c["expect"])
    clean = sum(1 for c in CASES if not c["expect"])
    multi = sum(1 for c in CASES if len(c["expect"]) > 1)
    print(f"cases: {len(CASES)}  clean: {clean}  with risks: {len(CASES) - clean}  multi-rule: {multi}")
    for r in RULES:
        print(f"  {r}: {per_rule[r]}")
    print("format  top-level-files  cases-containing")
    for f in ("EML", "TXT", "PDF", "DOCX", "HTML"):
        print(f"  {f:5s} {top[f]:4d} {containing[f]:4d}")
    multi_file = sum(1 for c in CASES if len(c["files"]) > 1)
    print(f"multi-file case folders: {multi_file}")
    problems = [r for r in RULES if per_rule[r] < MINIMUM[r]]
    if len(CASES) != 70 or problems:
        print(f"WARNING: count check failed: {len(CASES)} cases, under minimum: {problems}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(build())
