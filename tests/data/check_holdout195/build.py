#!/usr/bin/env python3
"""Generator for the releasegate check_holdout195 corpus.

Domain: pet food and pet-care manufacturing parts (extruder dies, kibble-dryer belts,
pouch-filling nozzles, can ends, treat moulds, scoop inserts).

Run with the throwaway venv that has reportlab and python-docx:
    /tmp/holdout3-venv/bin/python tests/data/check_holdout195/build.py

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
    m["Message-ID"] = msgid or f"<h195-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h195")
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


def q(text, level=1):
    """Quote a block of text the way mail clients do ('> ' per level)."""
    pre = ">" * level
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(f"{pre} {line}" if line else pre)
    return "\n".join(out)


def text_html(text, lang="en"):
    """Render a plain mail body as the HTML alternative (quoted lines as blockquotes)."""
    out = [f'<html lang="{lang}"><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    depth = 0
    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)+)", line)
        d = m.group(1).count(">") if m else 0
        body = line[len(m.group(1)):] if m else line
        while depth < d:
            out.append('<blockquote style="border-left:2px solid #888;margin-left:6px;padding-left:8px">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append((escape(body) if body.strip() else "&nbsp;") + "<br>")
    while depth:
        out.append("</blockquote>")
        depth -= 1
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def alt(frm, to, subject, date, text, **kw):
    """A mail with a text part and the same body as an HTML alternative."""
    return mail(frm, to, subject, date, text, html=text_html(text), **kw)


# ------------------------------------------------------------------ parties (all fictional)
AAVL = "Alimentation Animale du Val de Loire SAS"
PETVIDA = "Grupo PetVida S.A."
MAPLE = "Maple Hound Treats Inc."
SIAM = "Siam PetPack Co., Ltd."
HOLLWEG = "Hollweg Extrusionstechnik GmbH"
BAELTEX = "Bæltex A/S"
HENGDA = "Changzhou Hengda Precision Mould Co., Ltd."
EGE = "Ege Dolum Makina San. ve Tic. A.Ş."
EGE_PDF = "Ege Dolum Makina San. ve Tic. A.S."  # base-14 PDF fonts lack Ş/ı
TAPAS = "Tapas y Envases del Bajío S.A. de C.V."

CAMILLE = "Camille Roux <c.roux@aavl-petfood.fr>"
THIERRY = "Thierry Gauthier <t.gauthier@aavl-petfood.fr>"
HELENE = "Hélène Marchand <h.marchand@aavl-petfood.fr>"
RAFAEL = "Rafael Nogueira <rafael.nogueira@petvida.com.br>"
MARCOS = "Marcos Teixeira <marcos.teixeira@petvida.com.br>"
JENNA = "Jenna McAllister <jenna.mcallister@maplehound.ca>"
DAVE = "Dave Tremblay <dave.tremblay@maplehound.ca>"
PRIYA = "Priya Sandhu <priya.sandhu@maplehound.ca>"
NATTAYA = "Nattaya Srisuk <nattaya.s@siampetpack.co.th>"
KATRIN = "Katrin Vogt <k.vogt@hollweg-extrusion.de>"
MARKUS = "Markus Brandt <m.brandt@hollweg-extrusion.de>"
METTE = "Mette Kjær <mkj@baeltex.dk>"
SOREN = "Søren Dalgaard <sda@baeltex.dk>"
LILY = "Lily Zhou <lily.zhou@hengda-mould.cn>"
WANGJUN = "Wang Jun <wangjun@hengda-mould.cn>"
EMRE = "Emre Yılmaz <emre.yilmaz@egedolum.com.tr>"
ALEJANDRO = "Alejandro Ramírez <aramirez@tapasbajio.com.mx>"


def add(files, name, data):
    files.append((name, data))
    return files


# =================================================================== CLEAN
# c01 -- supplier quote with sample / series / volume tiers (German supplier). No authorization.
case("c01_hollweg_quote_tiers", [],
     "Supplier quote with Muster/Serie/volume tiers only; a quote authorizes nothing and has no "
     "authorized quantity, so RG001 does not apply.",
     [("Angebot_AN-24-0312.pdf", pdf([
         ("h1", "ANGEBOT / QUOTATION  AN-24-0312"),
         ("p", f"{HOLLWEG} · Hakedahler Weg 41 · 32758 Detmold · Deutschland"),
         ("p", f"An / to: {AAVL}, Service Achats, Mme Camille Roux, ZI de Bois Frémont, "
               "49500 Segré-en-Anjou, France"),
         ("p", "Datum / date: 04.03.2024    Ihre Anfrage / your RFQ: DA-24-017 vom 19.02.2024    "
               "Bearbeiter: Katrin Vogt"),
         ("sp",),
         ("p", "Sehr geehrte Frau Roux, vielen Dank für Ihre Anfrage. Wir bieten Ihnen wie folgt "
               "an / we are pleased to quote as follows:"),
         ("table", [
             ["Pos.", "Artikel / item", "Menge / qty", "Einzelpreis EUR", "Lieferzeit"],
             ["1", "Düseneinsatz / die insert DI-8K-316, Ø 8 mm, 1.4404 (EN 10088-3), "
                   "Zeichnung PL-2207 Ind. C - Muster", "4 Stk.", "1.180,00", "4 Wochen"],
             ["2", "dto. - Serie / series", "116 Stk.", "412,50", "8 Wochen nach Bestellung"],
             ["3", "dto. - Staffel / volume tier", "240 Stk.", "389,00", "10 Wochen nach Bestellung"],
             ["4", "Erstmusterprüfbericht (EMPB) nach VDA Band 2", "1", "280,00", "mit Muster"],
         ]),
         ("sp",),
         ("p", "Preise netto ab Werk Detmold (EXW, Incoterms 2020), zzgl. Verpackung. Gültig 60 Tage. "
               "Werkstoffzeugnis 3.1 nach EN 10204 inklusive. Gewinde der Aufnahme M12x1,5."),
         ("p", "Hinweis: Dieses Angebot ist freibleibend. Eine Fertigung erfolgt erst nach Ihrer "
               "schriftlichen Bestellung der jeweiligen Menge. / This quotation is not an order "
               "confirmation; we manufacture only the quantity you order in writing."),
         ("p", "Zertifiziert nach ISO 9001:2015. Es gelten unsere AGB (Stand 01/2023)."),
         ("p", "Mit freundlichen Grüßen / kind regards - Katrin Vogt, Vertrieb Innendienst, "
               "+49 5231 90 77-12"),
     ], title="Angebot AN-24-0312", author="Hollweg Extrusionstechnik"))])


# c02 -- buyer RFQ with three scenarios, multipart/alternative. Not an authorization.
_c02_text = """Hi Lily,

Hope you're well. Maple Hound would like a quote for a new treat mould, details below.
This is a request for quotation only, NOT an order - please don't start any work or buy any
steel on it.

Part: TM-BONE-24, 24-cavity bone treat mould (baked biscuit line 2), P20 pre-hardened,
cavity finish per our spec MH-QS-014 rev 3 (FDA 21 CFR 177 food-contact release coating).

Please quote three scenarios:
  A) 2 T1 sample moulds only
  B) 2 T1 sample moulds + 20 production moulds
  C) 2 T1 sample moulds + 38 production moulds

For each one: unit price (USD, FOB Shanghai), tooling cost if any, lead time for T1 and for
production, and your payment terms.

We need your answer by Friday March 15. Any questions on the drawing, just shoot me an email.

Thanks!
Jenna
""" + sig("Jenna McAllister", "Purchasing Lead", MAPLE + ", 410 Woodlawn Rd W, Guelph ON",
          "+1 519 555 0142")
case("c02_maple_rfq_three_scenarios", [],
     "Buyer RFQ with three quantity scenarios, explicitly not an order; nothing authorized.",
     [("RFQ_MH-RFQ-24-009.eml", eml_bytes(alt(
         JENNA, LILY, "RFQ MH-RFQ-24-009 - 24-cavity bone treat mould TM-BONE-24",
         "Tue, 05 Mar 2024 09:42:00 -0500", _c02_text)))])


# c03 -- Teams chat: supplier asks for a go-ahead on the balance, buyer keeps it on hold.
case("c03_teams_goahead_question", [],
     "Supplier asks whether it may start the 234 balance (a question, not an approval); buyer answers "
     "that the balance stays on hold until sign-off and Pornthip's written release.",
     [("Teams_EgeDolum_SiamPetPack.txt", """Microsoft Teams - chat export
Chat: Ege Dolum / Siam PetPack - NZ-65 nozzles
Exported 2024-07-22 08:05 (UTC+07:00)

[2024-07-02 14:11] Nattaya Srisuk (Siam PetPack): Khun Emre, PO SP-PO-2407-011 is sent. It cover six (6) sample nozzles NZ-65 DN25 only ka. Balance 234 pcs is NOT released. Release only after Khun Somchai sign-off the samples on filler line 4, then Khun Pornthip Chaiyaporn (Plant Director) send written release. Material only for the 6 please.
[2024-07-02 14:20] Emre Yılmaz (Ege Dolum): Noted Khun Nattaya, thank you. We produce the 6 samples, 316L, EN 1672-2 design. Drawing EGD-NZ65-A3 rev 2.
[2024-07-18 10:02] Emre Yılmaz (Ege Dolum): Good morning. Samples shipped by DHL today, AWB 48 1190 2234. Certificates 3.1 inside the box.
[2024-07-18 10:04] Emre Yılmaz (Ege Dolum): Question: can we have the go-ahead for the balance 234 pcs? We would like to keep the slot in week 32 on our CNC line if possible.
[2024-07-18 11:30] Nattaya Srisuk (Siam PetPack): Not yet na Khun Emre 🙏 Balance still on hold. Khun Somchai test the samples on filler line 4 next week (about a dozen hours running with the wet food pouch). If sign-off ok, Khun Pornthip will send the written release for the 234. Before that please don't start and don't buy bar for it.
[2024-07-18 11:41] Emre Yılmaz (Ege Dolum): Understood. We keep material sample-only, nothing bought for the 234. We wait your release. Slot week 32 we hold only tentative, no problem.
[2024-07-18 11:42] Nattaya Srisuk (Siam PetPack): Thank you ka 😊
""")])


# c04 -- EDI 830 printout clearly labelled as forecast with zero FAB/MAT authorization.
case("c04_edi830_forecast_labelled", [],
     "EDI 830 planning schedule clearly labelled forecast only, FAB/RAW authorization zero; "
     "non-authorizing.",
     [("EDI830_PETVIDA_TAPAS_0412.txt", """*** PETVIDA EDI GATEWAY - HUMAN READABLE PRINTOUT ***
Transaction set: 830 PLANNING SCHEDULE           Control no.: 000004127
Sender: GRUPO PETVIDA S.A. (CHAPECO SC)          Receiver: TAPAS Y ENVASES DEL BAJIO (QRO)
Created: 2024-04-12 06:00 BRT

BFR*05*PV-FC-2024-15**DL*A*20240415*20240707*20240412
NTE*GEN*FORECAST ONLY - NOT A PURCHASE ORDER - NO PRODUCTION RELEASE
NTE*GEN*PREVISAO / PRONOSTICO - NAO E PEDIDO - NO ES PEDIDO
N1*BY*GRUPO PETVIDA S.A.*92*PV0001
N1*SU*TAPAS Y ENVASES DEL BAJIO*92*V-300781
LIN**BP*EOE73-TH550*VP*TB-EOE-073-300
UIT*TH
ATH*FI**0**20240412
ATH*MT**0**20240412

ITEM  EOE73-TH550  TAMPA EASY-OPEN 73 MM (300 DIA) TINPLATE TH550 - LACQ. GOLD/WHITE
FORECAST BUCKETS (THOUSAND PCS)               FST02  MEANING
 WEEK 16  2024-04-15     40                   D      PLANNING
 WEEK 18  2024-04-29     40                   D      PLANNING
 WEEK 20  2024-05-13     40                   D      PLANNING
 WEEK 22  2024-05-27     40                   D      PLANNING
 WEEK 24  2024-06-10     40                   D      PLANNING
 WEEK 26  2024-06-24     40                   D      PLANNING
 TOTAL HORIZON          240

AUTHORIZATIONS
 FABRICATION (ATH*FI) CUM QTY:      0
 RAW MATERIAL (ATH*MT) CUM QTY:     0
 -> No fabrication and no raw material is authorized by this schedule. Firm quantities
    come only by PO (850) with production release signed by Marcos Teixeira.

CTT*6*240
SE*21*000004127
*** END OF PRINTOUT ***
""")])


# c05 -- DOCX sample sign-off record, scoped: approved for fit check and trial only.
case("c05_aavl_signoff_fitcheck", [],
     "Sample sign-off scoped 'approved for fit check and extrusion trial only; production not "
     "released', balance on hold until written release by Hélène Marchand after the trial report.",
     [("Fiche_validation_DI-8K-316.docx", docx_bytes([
         ("h1", "Fiche de validation échantillons / Sample sign-off record"),
         ("p", f"Client / buyer: {AAVL} - site de Segré, ligne extrusion E2"),
         ("p", f"Fournisseur / supplier: {HOLLWEG}, Detmold"),
         ("table", [
             ["Champ / field", "Valeur / value"],
             ["Article", "DI-8K-316 insert de filière Ø 8 mm, plan PL-2207 ind. C"],
             ["Commande / PO", "4500118812 - 4 inserts échantillons"],
             ["Échantillons reçus", "4 pcs, le 08/04/2024, certificat 3.1 EN 10204 n° HX-24-0771"],
             ["Contrôle", "cotes OK (42 cotes / 42), rugosité Ra 0,4 µm, filetage M12x1,5 OK"],
             ["Essai", "montage sur filière E2, 6 h de production croquettes chat, densité 410 g/l"],
         ]),
         ("h", "Disposition"),
         ("p", "APPROVED FOR FIT CHECK AND EXTRUSION TRIAL ONLY - production not released. / "
               "Validé pour essai de montage et essai d'extrusion uniquement; la série n'est pas lancée."),
         ("p", "Le solde de 116 inserts reste en attente (on hold). Il ne sera libéré que par une "
               "libération de production écrite de Hélène Marchand, Directrice Supply Chain, après "
               "réception du rapport d'essai long (essai 72 h prévu semaine 17)."),
         ("p", "Matière: Hollweg ne commande pas de matière au-delà des 4 échantillons."),
         ("sp",),
         ("p", "Signé: Thierry Gauthier, Ingénieur Méthodes - 10/04/2024"),
     ], author="Thierry Gauthier"))])


# c06 -- HTML buyer portal PO, full and final quantity, 'proceed with the full 18'.
case("c06_petvida_portal_full_po", [],
     "Portal PO for the full and final 18 belt segments; no sample stage and no balance, "
     "'proceed with the full 18 segments' is scoped by quantity.",
     [("portal_PV-5571.html", html_page("PetVida Portal de Fornecedores - PV-5571", """
<h2>Portal de Fornecedores PetVida &raquo; Pedido de compra PV-5571</h2>
<table>
<tr><th>Fornecedor / supplier</th><td>Bæltex A/S, Kolding (DK) - cód. 400219</td></tr>
<tr><th>Comprador / buyer</th><td>Rafael Nogueira - Compras Industriais, Chapecó SC</td></tr>
<tr><th>Data</th><td>14/05/2024</td></tr>
<tr><th>Status</th><td>Emitido (issued) - aguardando aceite do fornecedor</td></tr>
</table>
<h3>Itens</h3>
<table>
<tr><th>Item</th><th>Código</th><th>Descrição</th><th>Qtd.</th><th>Preço unit. EUR</th><th>Total EUR</th><th>Entrega</th></tr>
<tr><td>10</td><td>BX-DRY-2400</td><td>Esteira tela secador / dryer mesh belt segment 2.400 mm x 6 m, AISI 304, malha 5 x 5 mm</td><td>18</td><td>18.940,00</td><td>340.920,00</td><td>sem. 30/2024</td></tr>
</table>
<div class="note">
<p><b>Escopo / scope:</b> this PO is the full and final quantity for the D-3 dryer rebuild:
eighteen (18) belt segments. The pilot segment was already delivered and paid under PV-5520 and is not part of this PO.
There is no balance after this order.</p>
<p>Please proceed with the full 18 segments. Material for the 18 is covered by this PO.</p>
<p>Norma de higiene: EN 1672-2; declaração de conformidade UE 1935/2004 obrigatória.</p>
</div>
<p>Dúvidas: rafael.nogueira@petvida.com.br / +55 49 3321-7740</p>
""", lang="pt-BR"))])


# c07 -- EDI 850 full-quantity PO with identifiers that look like quantities.
case("c07_edi850_full_qty_identifiers", [],
     "Full and final 50.000-scoop PO against a recorded release; many quantity-like identifiers "
     "(ISO 22000:2018, 21 CFR 177.1520, EU 10/2011, SC-30, 7545C); no balance exists.",
     [("EDI850_SP-PO-2406-044.txt", """SIAM PETPACK CO., LTD. - EDI OUTBOUND LOG (X12 004010)      PAGE 1/1
TS 850  PURCHASE ORDER      ISA CTRL 000000884      DATE 2024-06-11 13:22 ICT

BEG*00*SA*SP-PO-2406-044**20240611
CUR*BY*USD
REF*CT*SP-FA-2023-07                (frame agreement)
REF*RE*SP-R-007                     (production release SP-R-007, Pornthip Chaiyaporn, 2024-06-10)
N1*BY*SIAM PETPACK CO LTD*92*SPP-01
N3*88/9 MOO 4 RAMA II RD
N4*MUEANG SAMUT SAKHON*74000*TH
N1*SE*CHANGZHOU HENGDA PRECISION MOULD*92*V-CN-0231
PO1*1*50000*EA*0.0412*PE*BP*SC-30-7545C*VP*HD-SC30-R4
PID*F****SCOOP INSERT 30 ML PP, PANTONE 7545C, FOR 1.5 KG KIBBLE BAG
REF*DR*HD-SC30 REV 4
SCH*20000*EA***002*20240715
SCH*20000*EA***002*20240812
SCH*10000*EA***002*20240909
MSG*FULL AND FINAL QUANTITY 50000 PCS. NO BALANCE AFTER THIS PO.
MSG*SAMPLES (500 PCS) SIGNED OFF 2024-05-28 BY SOMCHAI WONGSA - REPORT QR-24-118.
MSG*FOOD CONTACT: EU 10/2011, FDA 21 CFR 177.1520. SUPPLIER CERT ISO 22000:2018 / FSSC 22000.
MSG*CARTON 2000 PCS, 25 CARTONS / PALLET. LABEL GS1-128.
CTT*1*50000
SE*22*0884

SUMMARY
 LINE 1  SC-30-7545C   50,000 EA  @ USD 0.0412   = USD 2,060.00
 DELIVERY 15-JUL 20,000 / 12-AUG 20,000 / 09-SEP 10,000
""")])


# c08 -- PDF call-off with explicit staged material authority above the released quantity.
case("c08_aavl_calloff_staged_material", [],
     "Call-off releases 120.000 can ends; explicit staged material authority for 240.000 at buyer's "
     "liability; balance 360.000 not released until next call-off signed by Hélène Marchand.",
     [("Appel_livraison_AL-01.pdf", pdf([
         ("h1", "APPEL DE LIVRAISON / CALL-OFF N° AL-01"),
         ("p", f"{AAVL} - Direction Supply Chain, ZI de Bois Frémont, 49500 Segré-en-Anjou"),
         ("p", f"Fournisseur: {TAPAS}, Av. de la Industria 118, Parque Industrial Querétaro, México"),
         ("p", "Contrat cadre / frame contract: CC-2024-009 du 15/01/2024 (480.000 couvercles, "
               "prix USD 38,40 le mille). Date: 22/04/2024"),
         ("table", [
             ["", "Couvercles EOE 73 mm (300 dia.) TH550", "Quantité"],
             ["A", "Volume contrat cadre", "480.000"],
             ["B", "Libération de production par cet appel AL-01", "120.000"],
             ["C", "Autorisation matière (staged) - fer blanc TH550", "jusqu'à 240.000 couvercles"],
             ["D", "Solde non libéré", "360.000"],
         ]),
         ("sp",),
         ("p", "1. Production release: this call-off releases 120.000 ends (one hundred twenty "
               "thousand), delivery 2 x 60.000 weeks 21 and 23."),
         ("p", "2. Material authority (staged): Tapas y Envases may buy tinplate TH550 0,19 mm "
               "for up to 240.000 ends at AAVL's liability. Material above 240.000 is at the "
               "supplier's own risk."),
         ("p", "3. The balance of 360.000 ends is not released. It will be released only by the "
               "next call-off (AL-02), signed by Hélène Marchand, Directrice Supply Chain, after the "
               "line 4 retort trial (121 °C, 60 min, 3 lots)."),
         ("sp",),
         ("p", "Signé: Hélène Marchand, Directrice Supply Chain - 22/04/2024"),
     ], title="AL-01", author="AAVL Supply Chain"))])


# c09 -- signed auto-conversion record naming quantity, signer and conditions.
case("c09_maple_autoconversion_signed", [],
     "Explicit recorded auto-conversion: names the 38 moulds, the signer (Priya Sandhu), the "
     "sign-off owner and the conditions; acknowledged by supplier. Clean per convention 9.",
     [("AC-2024-002_TM-BONE-24.docx", docx_bytes([
         ("h1", "Auto-conversion record AC-2024-002"),
         ("p", f"Buyer: {MAPLE}, Guelph, Ontario. Supplier: {HENGDA}, Wujin District, Changzhou, Jiangsu."),
         ("p", "Order: TM-BONE-24 24-cavity bone treat mould, PO MH-24-0077 rev 1 (2 T1 sample moulds "
               "+ 38 production moulds, commercial cover 40)."),
         ("h", "What this record does"),
         ("p", "Maple Hound agrees in advance that a T1 sample sign-off with disposition APPROVED, "
               "signed by Dave Tremblay (Process Engineer), releases thirty-eight (38) production "
               "moulds by itself, without a separate release letter, provided ALL conditions below are met."),
         ("table", [
             ["#", "Condition"],
             ["1", "CMM report on both T1 moulds, all cavities within tolerance per drawing HD-TM24 rev D"],
             ["2", "Bake trial on line 2: 3 runs, release coating intact after 500 cycles (test hours logged)"],
             ["3", "No open NCR on the order"],
             ["4", "Sign-off dated on or before June 30, 2024; after that date this record lapses and a written release is needed"],
         ]),
         ("p", "Quantity released by the auto-conversion: 38 moulds, not more. Material authority "
               "before the sign-off: sample-only (steel for the 2 T1 moulds)."),
         ("p", "If any condition is not met, the 38 stay on hold until a written release from Priya Sandhu."),
         ("sp",),
         ("table", [
             ["Role", "Name", "Signature / date"],
             ["Release authority (Maple Hound)", "Priya Sandhu, VP Operations", "signed P. Sandhu, 2024-04-03"],
             ["Sample sign-off owner (Maple Hound)", "Dave Tremblay, Process Engineer", "signed D. Tremblay, 2024-04-03"],
             ["Acknowledged (Hengda)", "Lily Zhou, Sales Manager", "signed Zhou Li, 2024-04-07"],
         ]),
     ], author="Priya Sandhu"))])


# c10 -- forwarded old quote (message/rfc822) declared informational, current scope complete.
_c10_old_text = """Estimada Camille,

Adjunto nuestra cotización TB-COT-22-114 para tapas EOE 73 mm, como platicamos en Anuga.
Volumen anual 1.000.000 pzas, precio USD 31,90 el millar, LAB Querétaro.

Quedo atenta,
""" + sig("Alejandro Ramírez", "Ventas Exportación", TAPAS, "+52 442 555 0190")
_c10_old = mail(ALEJANDRO, CAMILLE, "Cotización TB-COT-22-114 tapas EOE 73",
                "Wed, 12 Oct 2022 17:05:00 -0500", _c10_old_text,
                attachments=[("TB-COT-22-114.pdf", pdf([
                    ("h1", "COTIZACIÓN TB-COT-22-114"),
                    ("p", f"{TAPAS} - Querétaro, Qro. - 12/10/2022"),
                    ("table", [["Concepto", "Volumen", "USD / millar"],
                               ["Tapa EOE 73 mm (300 dia.) TH550, barniz oro/blanco", "1.000.000 pzas/año", "31,90"],
                               ["Muestras", "5.000 pzas", "sin cargo"]]),
                    ("p", "Vigencia 30 días. Precios sujetos a variación de la hojalata (índice CRU)."),
                ], title="TB-COT-22-114", author="Tapas y Envases del Bajío"), PDF_MT)])
_c10_text = """Bonjour Alejandro,

For information only, I forward below your old quote from October 2022 (1.000.000 pcs/year at
USD 31,90). Our finance asked me to compare the prices. It is NOT an order and the volume in it is
NOT released - old prices, old volume, please ignore it for planning.

What is valid today:
- PO 4500119040 = 5.000 sample ends EOE 73 (cinq mille), for the retort trial on line 4.
- The balance of 475.000 ends from your 2024 quote is not released. It is released only after the
  sample sign-off by Thierry Gauthier (méthodes) and then a written release from Hélène Marchand,
  Directrice Supply Chain.
- Material: tinplate for the 5.000 samples only.

Can you tell me by Friday if the 2024 price per thousand still holds until September?

Merci et bonne journée,
Camille
""" + sig("Camille Roux", "Acheteuse Projets", AAVL, "+33 2 41 55 01 20")
case("c10_aavl_forward_old_quote_info", [],
     "Old 2022 quote (1.000.000 pcs) forwarded as message/rfc822 and declared informational / not "
     "released; current PO scope complete (5.000 active, hold, event, named person).",
     [("Fwd_TB-COT-22-114.eml", eml_bytes(mail(
         CAMILLE, ALEJANDRO, "TR: Cotización TB-COT-22-114 tapas EOE 73 - pour info seulement",
         "Mon, 15 Apr 2024 10:21:00 +0200", _c10_text, attachments=[("rfc822", _c10_old)])))])


# c11 -- buyer corrects a quoted supplier line that assumed auto-conversion.
_c11_text = """Dear Mr. Wang,

Thank you for the samples photo. But please NOT like you write below.

Sample sign-off does not release mass production. Under PO SP-PO-2405-031 only the 500 sample
scoop inserts are released. The balance 49.500 pcs stay on hold until Khun Somchai Wongsa
sign-off the samples AND Khun Pornthip Chaiyaporn (Plant Director) send the written release.
Please do not buy PP resin more than for the 500 pcs.

Best regards,
Nattaya
""" + sig("Nattaya Srisuk", "Purchasing Officer", SIAM, "+66 34 555 018") + """
On Mon, 13 May 2024 at 16:40, Wang Jun <wangjun@hengda-mould.cn> wrote:
""" + q("""Dear Nattaya,

500pcs SC-30 samples finish moulding today, photo attached, colour Pantone 7545C match.
Will send by SF Express tomorrow.
After your sample approval we roll straight into mass production of 49.500 pcs to save time,
mould is on machine already.

Best regards
Wang Jun
Project Manager, Changzhou Hengda Precision Mould Co., Ltd.""")
case("c11_siam_corrects_rollover", [],
     "Quoted supplier line assumes rollover into mass production; the buyer's reply above it "
     "corrects it and restates the full scope (500 active, hold, sign-off + written release by Pornthip).",
     [("RE_SC-30_samples.eml", eml_bytes(mail(
         NATTAYA, WANGJUN, "RE: SC-30 scoop samples finish",
         "Tue, 14 May 2024 09:12:00 +0700", _c11_text,
         in_reply_to="<h195-wj-0513@hengda-mould.cn>")))])


# c12 -- WhatsApp: supplier says the deposit does not release production.
case("c12_whatsapp_deposit_not_release", [],
     "Buyer reports deposit paid; supplier states the deposit does not release production and "
     "restates the scope; buyer confirms. No payment-as-release.",
     [("WhatsApp_Chat_Alejandro_Ramirez.txt", """[08/04/24, 09:14:22] Rafael Nogueira: Bom dia Alejandro! Depósito de 30% da PV-7781 pago hoje, comprovante em anexo
[08/04/24, 09:14:30] Rafael Nogueira: <anexo: comprovante_TED_0804.pdf>
[08/04/24, 10:02:51] Alejandro Ramírez: Buen día Rafael, gracias, lo recibimos 👍
[08/04/24, 10:05:13] Alejandro Ramírez: Just to be clear for our planning people: the deposit does NOT release production. We make only the 5.000 sample ends (cinco mil) of PO PV-7781 and we wait the written release from Sr. Marcos Teixeira after your sample sign-off. Nada de lámina para el resto.
[08/04/24, 10:31:40] Rafael Nogueira: Exato, correto 👍 a Juliana faz o teste de esterilização na linha 4 semana que vem
[08/04/24, 10:32:02] Alejandro Ramírez: Perfecto. Samples ship Friday by DHL, 10 cajas de 500
""")])


# c13 -- supplier acknowledgement restating the hold and the sample-only material authority.
_c13_ack = """BÆLTEX A/S - ORDREBEKRÆFTELSE / ORDER ACKNOWLEDGEMENT      OB-24-1187
Date: 2024-04-11        Customer: AAVL, Segré-en-Anjou (FR)     Your PO: 4500118877

Pos  Item          Description                                        Qty  Unit  Price EUR
 1   BX-DRY-2400   Dryer mesh belt segment 2.400 x 6.000 mm, AISI 304   1   pc   21.450,00
                   PILOT segment for dryer line 3

Scope as per your PO text (acknowledged):
 - Released now: 1 (one) pilot segment.
 - Balance 17 segments: NOT released.
 - Unlock: oven trial sign-off by Thierry Gauthier + written release by Hélène Marchand.
 - Material authority: sample-only (wire for 1 segment).
Delivery pilot: week 18, DAP Segré.
"""
_c13_text = """Dear Camille,

Thank you for PO 4500118877. Please find our order acknowledgement OB-24-1187 attached.

We confirm the scope exactly as you wrote it: we build and ship the one (1) pilot segment only.
The other 17 segments are not released and we do not buy wire for them. We wait for the oven
trial sign-off by Mr. Gauthier and then the written release from Mrs. Marchand before we plan anything.

Best regards / Med venlig hilsen
Mette
""" + sig("Mette Kjær", "Key Account Manager", BAELTEX + ", Vejlevej 212, 6000 Kolding", "+45 75 55 01 34") + """
-----Original Message-----
From: Camille Roux <c.roux@aavl-petfood.fr>
Sent: 10 April 2024 16:02
To: Mette Kjær <mkj@baeltex.dk>
Subject: PO 4500118877 - bande pilote sécheur ligne 3

""" + q("""Bonjour Mette,

PO 4500118877 is in your mailbox: one (1) pilot belt segment BX-DRY-2400 for dryer line 3.
The balance of 17 segments is not released. It will be released only after the oven trial
sign-off by Thierry Gauthier and a written release from Hélène Marchand, Directrice Supply Chain.
Material authority: sample-only.

Cordialement,
Camille Roux""")
case("c13_baeltex_ack_restates_hold", [],
     "Supplier acknowledgement (mail + text attachment) restating the buyer's quoted scope: 1 pilot "
     "active, 17 not released, sign-off + written release by Hélène Marchand, sample-only material.",
     [("OB-24-1187_acknowledgement.eml", eml_bytes(mail(
         METTE, CAMILLE, "OB-24-1187 / your PO 4500118877 - order acknowledgement",
         "Thu, 11 Apr 2024 11:30:00 +0200", _c13_text,
         attachments=[("OB-24-1187.txt", _c13_ack, "text/plain")],
         in_reply_to="<h195-cr-0410@aavl-petfood.fr>")))])


# c14 -- PDF interim sign-off with quantity and date limits and a separate limited release.
case("c14_petvida_interim_signoff", [],
     "Interim sample disposition limited to 20.000 ends / 31 May; separate production release of "
     "20.000 by Marcos Teixeira; balance 455.000 not released until final sign-off. Terms kept apart.",
     [("Disposicao_interina_EOE73.pdf", pdf([
         ("h1", "Disposição de Amostras / Sample Disposition DA-2024-017"),
         ("p", f"{PETVIDA} - Engenharia de Processos, Unidade Chapecó SC"),
         ("p", f"Fornecedor: {TAPAS}. Item: tampa EOE 73 mm (300 dia.) TH550. PO PV-7781 "
               "(5.000 amostras). Data: 03/05/2024"),
         ("table", [
             ["Ensaio / test", "Norma", "Resultado"],
             ["Porosidade verniz (enamel rater)", "ISO 1519 / método interno PV-LQ-12", "média 18 mA (limite 25 mA) OK"],
             ["Esterilização 121 °C / 60 min, 3 lotes", "PV-ES-04", "sem manchas OK"],
             ["Força de abertura", "PV-ME-07", "22 N média (limite 15-30 N) OK"],
             ["Teste de queda 1,2 m, 48 latas", "ISTA 1A adapt.", "2 vazamentos - em análise"],
         ]),
         ("h", "Disposição / disposition"),
         ("p", "INTERIM: samples accepted on an interim basis for up to 20.000 ends (twenty thousand) "
               "and until 31/05/2024, pending the root cause of the 2 leaks in the drop test. "
               "Assinado: Juliana Bastos, Engenharia de Processos."),
         ("h", "Liberação de produção / production release"),
         ("p", "Within the interim limits, PetVida releases 20.000 ends for production (release "
               "LP-2024-031, Marcos Teixeira, Gerente de Supply Chain, 03/05/2024)."),
         ("p", "The balance of 455.000 ends is not released. It will be released only after the final "
               "sample sign-off (drop test closed) and a new written release from Marcos Teixeira. "
               "Material authority: tinplate for the 20.000 released ends only."),
     ], title="DA-2024-017", author="PetVida Engenharia"))])


# c15 -- WeChat: go-ahead scoped to the 500 sample scoops only.
case("c15_wechat_scoped_goahead", [],
     "'Go ahead with the 500 sample scoops only'; mass production 49.500 not released until "
     "Somchai sign-off and Pornthip's written release.",
     [("WeChat_Hengda_SiamPetPack.txt", """WeChat chat history export
Group: Hengda-Siam PetPack SC-30
Members: Lily Zhou 周莉, Wang Jun 王军, Nattaya Srisuk, Somchai W.
----------------------------------------------------------------
2024-05-06 09:31  Lily Zhou 周莉
Nattaya good morning. Mould HD-SC30 rev 4 modify finish. Colour masterbatch 7545C arrive. We can start samples?

2024-05-06 10:05  Nattaya Srisuk
Good morning Lily ka. Yes, go ahead with the 500 sample scoops only, PO SP-PO-2405-031.
Mass production 49.500 pcs NOT released. Wait Khun Somchai sign-off samples, then Khun Pornthip Chaiyaporn send written release.
Resin only for 500 pcs please 🙏

2024-05-06 10:07  Lily Zhou 周莉
收到 received. 500pcs samples only, no mass production, resin only for samples 👌

2024-05-06 10:09  Somchai W.
Please include 3 pcs from each cavity (16 cav.) mark cavity no. Thank you
""")])


# c16 -- PDF PO with a complete scope note and the quote volume marked not released.
case("c16_aavl_po_full_scope_note", [],
     "Sample PO with complete scope note: 4 inserts active, 116 from the quote explicitly not "
     "released, unlock by sample sign-off + written release by Hélène Marchand, sample-only material.",
     [("BC_4500118812.pdf", pdf([
         ("h1", "BON DE COMMANDE / PURCHASE ORDER 4500118812"),
         ("p", f"{AAVL} - ZI de Bois Frémont - 49500 Segré-en-Anjou - France - TVA FR 61 412 555 018"),
         ("p", f"Fournisseur: {HOLLWEG}, Hakedahler Weg 41, 32758 Detmold (DE) - n° 200417"),
         ("p", "Date: 12/03/2024 - Acheteuse: Camille Roux - Conditions: 60 jours fin de mois - "
               "Incoterm FCA Detmold"),
         ("table", [
             ["Poste", "Article", "Désignation", "Qté", "PU EUR", "Montant EUR"],
             ["10", "DI-8K-316", "Insert de filière Ø 8 mm 1.4404, plan PL-2207 ind. C - ÉCHANTILLONS",
              "4", "1.180,00", "4.720,00"],
             ["20", "EMPB", "Rapport premier échantillon (VDA 2)", "1", "280,00", "280,00"],
             ["", "", "Total HT", "", "", "5.000,00"],
         ]),
         ("sp",),
         ("h", "Périmètre de la commande / scope of this PO"),
         ("p", "1. This PO releases four (4) sample die inserts only."),
         ("p", "2. The series quantity in your quote AN-24-0312 (116 inserts) is shown for reference "
               "only and is NOT released by this PO."),
         ("p", "3. Please make and ship the 4 samples with the 3.1 certificate (EN 10204) and the EMPB."),
         ("p", "4. The balance is released only after the sample sign-off by Thierry Gauthier "
               "(méthodes) and a written release from Hélène Marchand, Directrice Supply Chain."),
         ("p", "Material authority: sample-only - no bar stock for the series."),
     ], title="PO 4500118812", author="AAVL Achats"))])


# c17 -- supplier portal order book restating the hold (supplier document).
case("c17_tapas_portal_orderbook", [],
     "Supplier's portal order book: sample lot released, balance shown as on hold awaiting Marcos "
     "Teixeira's written release; a supplier status page, non-authorizing, consistent.",
     [("cartera_pedidos_PETVIDA.html", html_page("Tapas y Envases del Bajío - Cartera de pedidos", """
<h2>Portal Clientes &raquo; Cartera de pedidos &raquo; GRUPO PETVIDA S.A.</h2>
<p>Actualizado: 19/04/2024 07:00 (hora centro) - usuario: lhernandez (Planeación)</p>
<table>
<tr><th>OC cliente</th><th>Artículo</th><th>Descripción</th><th>Cantidad</th><th>Estado</th><th>Comentario</th></tr>
<tr><td>PV-7781</td><td>TB-EOE-073-300</td><td>Tapa EOE 73 mm TH550 - lote de muestras</td><td>5.000</td><td>Liberado - embarcado 12/04 (DHL 7720 1185 4410)</td><td>10 cajas x 500</td></tr>
<tr><td>PV-7781</td><td>TB-EOE-073-300</td><td>Saldo de la cotización TB-COT-24-077</td><td>475.000</td><td>En espera - NO liberado</td><td>Requiere firma de muestras (Juliana Bastos) y liberación por escrito de Marcos Teixeira. Sin compra de lámina.</td></tr>
</table>
<div class="note">Recordatorio interno: no programar línea 2 para PetVida hasta recibir la liberación escrita. Anticipo recibido 08/04 &ne; liberación.</div>
<p>Certificaciones: ISO 9001:2015, FSSC 22000 v5.1. Lámina TH550 0,19 mm, barniz epoxi-fenólico BPA-NI.</p>
""", lang="es-MX"))])


# c18 -- DOCX kick-off minutes that keep sign-off, PO issue and production release apart.
case("c18_maple_minutes_terms_apart", [],
     "Minutes keep the words apart (T1 sample sign-off / PO issued / production release); 2 T1 "
     "active, 38 on hold until sign-off + written release by Priya Sandhu.",
     [("Minutes_kickoff_TM-BONE-24.docx", docx_bytes([
         ("h1", "Kick-off call - TM-BONE-24 bone treat mould"),
         ("p", "Date: March 20, 2024, 8:00 pm EDT / March 21, 8:00 am CST (Teams)"),
         ("p", "Attendees: Jenna McAllister (Purchasing), Dave Tremblay (Process Eng.), "
               "Priya Sandhu (VP Operations) - Maple Hound; Lily Zhou (Sales), Wang Jun (PM) - Hengda"),
         ("h", "Decisions"),
         ("num", "PO issued: MH-24-0077 rev 1 was issued March 19 for 2 T1 sample moulds "
                 "(commercial cover also shows the 38 production moulds as line 20 - not released)."),
         ("num", "T1 sample sign-off: Dave Tremblay owns it. Criteria: CMM on all 24 cavities, "
                 "3 bake runs on line 2, release-coating check after 500 cycles."),
         ("num", "Production release: the 38 production moulds are on hold. They are released only "
                 "by a written release from Priya Sandhu after the T1 sample sign-off. No automatic start."),
         ("num", "Material: Hengda buys P20 steel for the 2 T1 moulds only."),
         ("h", "Actions"),
         ("table", [
             ["#", "Action", "Owner", "Due"],
             ["1", "Send DFM report with cavity layout rev C", "Wang Jun", "Mar 27"],
             ["2", "Confirm T1 date (target week 16)", "Lily Zhou", "Mar 27"],
             ["3", "Share bake-trial protocol MH-QS-022", "Dave Tremblay", "Apr 3"],
         ]),
         ("p", "Minutes: J. McAllister. Corrections within 48 h please."),
     ], author="Jenna McAllister"))])


# c19 -- release letter that releases the whole balance (full release), multipart/alternative.
_c19_text = """Sehr geehrte Frau Vogt, dear Katrin,

PRODUCTION RELEASE PR-2024-014

Order: die insert DI-8K-316, drawing PL-2207 ind. C, PO 4500118812 (issued 12/03/2024).
Sample sign-off: done on 09/04/2024 by Thierry Gauthier, report QS-0409 (4 samples, 72 h trial OK).

With this letter AAVL releases the balance of one hundred sixteen (116) die inserts for production.
Together with the 4 samples, the full 120 of the order are now released. There is no further
balance on this order.
Material: bar stock for the 116 inserts is covered by this release.
Delivery: 2 x 58 pcs, weeks 22 and 24, FCA Detmold.

Please confirm the dates by return mail.

Cordialement / mit freundlichen Grüßen,
Hélène Marchand
""" + sig("Hélène Marchand", "Directrice Supply Chain", AAVL, "+33 2 41 55 01 00")
case("c19_aavl_release_letter_full", [],
     "Written production release by the named authority for the whole balance (116) after sample "
     "sign-off; order fully released, no balance remains.",
     [("PR-2024-014.eml", eml_bytes(alt(
         HELENE, KATRIN, "Production release PR-2024-014 - PO 4500118812 - DI-8K-316",
         "Wed, 10 Apr 2024 15:48:00 +0200", _c19_text, cc=CAMILLE)))])


# c20 -- supplier status mail saved as text, restating the hold.
case("c20_baeltex_status_txt", [],
     "Supplier status mail (saved as text): 2 pilot segments in work, series not released, no mesh "
     "bought for it, waiting for Marcos Teixeira's written release after the oven trial.",
     [("Status_PV-5520_uge17.txt", """From: Søren Dalgaard <sda@baeltex.dk>
To: Rafael Nogueira <rafael.nogueira@petvida.com.br>
Cc: Mette Kjær <mkj@baeltex.dk>
Date: Mon, 22 Apr 2024 08:17:44 +0200
Subject: Status PV-5520 pilot segments - uge 17

Hi Rafael,

short status from Kolding, week 17:

- PV-5520: two (2) pilot segments BX-DRY-2400, 2.400 mm x 6 m, AISI 304.
  Segment 1 welded and on the test roll, segment 2 in weaving. Ship by sea from Aarhus week 19.
- Series segments (16 from our quote BX-Q-24-061): not released. We have not bought mesh wire for
  them and we will not plan them until we have the written release from Marcos Teixeira after
  your 72 h oven trial in Chapecó.
- Drawings BX-D-2400-07 rev B attached to the shipment. Weld seams per EN ISO 15614-1.

Let me know if you need the pilot earlier, then we can try air freight for segment 1.

Med venlig hilsen / best regards
Søren Dalgaard
Production Planner, Bæltex A/S
Vejlevej 212, 6000 Kolding, Denmark - +45 75 55 01 41
""")])


# c21 -- supplier test report full of quantity-like identifiers.
case("c21_egedolum_test_report", [],
     "Supplier test report for the 6 sample nozzles; numbers are test hours, cycles, standards, "
     "thread sizes; no authorization, no approval wording.",
     [("EGD_Test_Report_TR-24-0631.pdf", pdf([
         ("h1", "TEST REPORT TR-24-0631 - NZ-65 DN25 filling nozzle"),
         ("p", f"{EGE_PDF} - OSB 3. Kisim, Manisa, Türkiye - Quality Dept."),
         ("p", "Customer: Siam PetPack Co., Ltd. - PO SP-PO-2407-011 - 6 sample nozzles, drawing "
               "EGD-NZ65-A3 rev 2. Report date 16.07.2024."),
         ("table", [
             ["Test", "Standard / method", "Condition", "Result"],
             ["Endurance cycling", "EGD-TP-11", "240.000 cycles, gravy 8 % solids", "no leak - PASS"],
             ["Drip test", "EGD-TP-07", "500 h on rig, 1.200 pouches/h", "0 drip - PASS"],
             ["Surface roughness", "ISO 4287", "Ra <= 0,8 µm", "Ra 0,42 µm - PASS"],
             ["Hygienic design", "EN 1672-2:2020", "dead-leg check", "PASS"],
             ["Thread", "ISO 228-1", "G 1\" / M12x1.5 sensor port", "PASS"],
             ["Material", "EN 10088-3 1.4404", "3.1 cert EN 10204 no. 24-1187", "OK"],
         ]),
         ("sp",),
         ("p", "All 6 samples (serial 0631-01 to 0631-06) tested; 2 pcs cut for section after test, "
               "4 pcs shipped to customer. We did about a dozen extra drip runs with high-viscosity "
               "jelly: no finding."),
         ("p", "Quality system ISO 9001:2015, certificate TR-QMS-2019-0884. Prepared: Ayse Demir; "
               "checked: Emre Yilmaz."),
     ], title="TR-24-0631", author="Ege Dolum Quality"))])


# c22 -- buyer says the tooling deposit does not release production; DOCX payment advice attached.
_c22_text = """Hi Lily,

Our 30% tooling deposit for TM-BONE-24 (USD 9,720.00) was wired today, payment advice attached.

To be clear on our side: this payment does NOT release production. PO MH-24-0077 covers the
two (2) T1 sample moulds only. The 38 production moulds stay on hold until Dave Tremblay signs
off the T1 samples and Priya Sandhu (VP Operations) sends the written release. Please buy steel
for the 2 T1 moulds only.

Thanks, and let me know when T1 is scheduled.
Jenna
""" + sig("Jenna McAllister", "Purchasing Lead", MAPLE, "+1 519 555 0142")
case("c22_maple_deposit_not_release", [],
     "Buyer's deposit mail says explicitly the payment does not release production; complete scope "
     "(2 active, 38 on hold, sign-off + written release by Priya Sandhu); DOCX payment advice attached.",
     [("TM-BONE-24_MH-24-0077.eml", eml_bytes(mail(
         JENNA, LILY, "TM-BONE-24 tooling deposit wired - PO MH-24-0077",
         "Fri, 22 Mar 2024 14:03:00 -0400", _c22_text,
         attachments=[("Payment_advice_MH-PAY-24-0311.docx", docx_bytes([
             ("h1", "Payment advice MH-PAY-24-0311"),
             ("p", f"Payer: {MAPLE} - RBC Royal Bank, Guelph ON, account ****4417"),
             ("p", f"Beneficiary: {HENGDA} - Bank of China, Changzhou Branch, SWIFT BKCHCNBJ940"),
             ("table", [["Reference", "Amount", "Value date"],
                        ["PO MH-24-0077 - tooling deposit 30%", "USD 9,720.00", "2024-03-22"]]),
             ("p", "This payment is a tooling deposit. It is not a production release."),
         ], author="Maple Hound AP"), DOCX_MT)])))])


# c23 -- HTML buyer sourcing portal RFQ with quantity scenarios.
case("c23_aavl_portal_rfq", [],
     "Buyer sourcing-portal RFQ with three volume scenarios; a request for prices, nothing ordered.",
     [("sourcing_DA-24-031.html", html_page("AAVL Achats - Consultation DA-24-031", """
<h2>AAVL e-Sourcing &raquo; Consultation DA-24-031 (RFQ)</h2>
<p>Acheteuse: Camille Roux - clôture des réponses: 30/05/2024 17:00 CEST</p>
<div class="note"><b>Consultation uniquement / request for quotation only.</b> Ce n'est pas une commande.
Aucune fabrication ni achat de matière sur la base de cette consultation.</div>
<h3>Article</h3>
<p>Couvercle easy-open EOE 73 mm (300 dia.), fer blanc TH550 0,19 mm, vernis intérieur or BPA-NI,
pour boîte pâtée chien 400 g. Spécification AAVL-EMB-073 rév. 5. Stérilisation 121 °C / 60 min.</p>
<h3>Scénarios à chiffrer / volumes to quote</h3>
<table>
<tr><th>Scénario</th><th>Quantité</th><th>Prix au mille (USD)</th><th>Délai</th></tr>
<tr><td>Lot échantillon</td><td>5.000</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>Lancement / launch</td><td>120.000</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td>Volume annuel estimé</td><td>480.000</td><td>&nbsp;</td><td>&nbsp;</td></tr>
</table>
<p>Merci d'indiquer aussi: minimum de commande, conditions de paiement, certificats (ISO 9001:2015, FSSC 22000).</p>
<p><i>Documents joints: AAVL-EMB-073_rev5.pdf (plan), CGA_AAVL_2024.pdf</i></p>
""", lang="fr"))])


# c24 -- multi-file: cover mail + PO + supplier quote; the PO marks the quote volume not released.
_c24_text = """Dear Emre,

Please find attached our PO PV-6630 for six (6) sample nozzles NZ-65 DN25, and your quote
EGD-Q-24-097 for reference.

Only the 6 samples are ordered now. The 234 production nozzles in your quote are not released
by this PO: they will be released after the sample sign-off by Juliana Bastos (Engenharia de
Processos) with a written release from Marcos Teixeira, Gerente de Supply Chain. Material only for
the 6 pcs, please.

Could you confirm delivery of the samples in 4 weeks? We need them for the pouch line trial in Chapecó.

Obrigado, abraço
Rafael
""" + sig("Rafael Nogueira", "Comprador Sênior - Compras Industriais", PETVIDA + ", Chapecó SC",
          "+55 49 3321-7740")
_c24_po = pdf([
    ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER PV-6630"),
    ("p", f"{PETVIDA} - Rod. SC-283 km 4, Chapecó SC - CNPJ 12.555.018/0001-40"),
    ("p", f"Fornecedor / supplier: {EGE_PDF}, Manisa, Türkiye - cód. 400388"),
    ("p", "Data: 02/07/2024 - Comprador: Rafael Nogueira - Pagamento: 30 dias - Incoterm FCA Izmir"),
    ("table", [
        ["Item", "Código", "Descrição", "Qtd.", "Preço unit. EUR", "Total EUR"],
        ["10", "NZ-65-DN25", "Bico de envase anti-gotejamento / anti-drip filling nozzle DN25, "
                             "AISI 316L, desenho EGD-NZ65-A3 rev 2 - AMOSTRAS", "6", "1.240,00", "7.440,00"],
        ["", "", "Total", "", "", "7.440,00"],
    ]),
    ("sp",),
    ("h", "Escopo / scope"),
    ("p", "Este pedido libera somente 6 (seis) amostras. / This PO releases the 6 sample nozzles only."),
    ("p", "The production quantity of the quote EGD-Q-24-097 (234 pcs) is NOT released. It is released "
          "only after the sample sign-off by Juliana Bastos and a written release from Marcos Teixeira, "
          "Gerente de Supply Chain."),
    ("p", "Autorização de material: somente amostras / material authority: sample-only."),
], title="PV-6630", author="PetVida Compras")
_c24_quote = pdf([
    ("h1", "QUOTATION EGD-Q-24-097"),
    ("p", f"{EGE_PDF} - Export Sales - 18.06.2024"),
    ("p", "To: Grupo PetVida S.A., Mr. Rafael Nogueira"),
    ("table", [
        ["Pos", "Item", "Qty", "Unit price EUR", "Lead time"],
        ["1", "NZ-65 DN25 anti-drip nozzle - samples", "6", "1.240,00", "4 weeks"],
        ["2", "NZ-65 DN25 anti-drip nozzle - production", "234", "685,00", "7 weeks after order"],
        ["3", "Spare seal kit EPDM (FDA)", "12", "38,50", "with production"],
    ]),
    ("p", "Prices FCA Izmir, valid 45 days. Payment: 30% advance with order, 70% before shipment."),
    ("p", "Design per EN 1672-2, material 1.4404 with 3.1 certificate. Best regards, Emre Yilmaz"),
], title="EGD-Q-24-097", author="Ege Dolum")
case("c24_petvida_cover_po_quote", [],
     "Multi-file: cover mail + PO + supplier quote; 6 samples active, the quote's 234 explicitly not "
     "released, unlock by sign-off + written release by Marcos Teixeira.",
     [("Mail_PV-6630.eml", eml_bytes(alt(
         RAFAEL, EMRE, "PO PV-6630 - amostras bico NZ-65 / sample nozzles",
         "Tue, 02 Jul 2024 16:40:00 -0300", _c24_text))),
      ("PV-6630.pdf", _c24_po),
      ("EGD-Q-24-097.pdf", _c24_quote)])


# c25 -- multi-file: buyer portal PO + interim pilot record + supplier Teams acknowledgement.
_c25_portal = html_page("Siam PetPack Supplier Portal - SP-PO-2406-020", """
<h2>Siam PetPack Supplier Portal &raquo; Purchase Order SP-PO-2406-020</h2>
<table>
<tr><th>Supplier</th><td>Bæltex A/S (Kolding, DK) - vendor 70114</td></tr>
<tr><th>Buyer</th><td>Nattaya Srisuk, Purchasing</td></tr>
<tr><th>Issued</th><td>2024-06-03</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price EUR</th><th>Scope</th></tr>
<tr><td>10</td><td>BX-DRY-2400</td><td>Dryer mesh belt segment 2.400 x 6.000 mm AISI 304 - PILOT</td><td>1</td><td>21.450,00</td><td>sample</td></tr>
</table>
<div class="note">
<p><b>Scope:</b> this PO releases one (1) pilot segment only.</p>
<p>Balance 17 segments: not released. Release only after oven-trial sign-off by Somchai Wongsa
(Engineering Manager) and written release by Khun Pornthip Chaiyaporn, Plant Director.</p>
<p>Material authority: sample-only (mesh for 1 segment).</p>
</div>
""")
_c25_record = docx_bytes([
    ("h1", "Pilot segment inspection record PSR-24-006"),
    ("p", "Siam PetPack Co., Ltd. - Engineering - dryer line 2 (kibble for cat)."),
    ("table", [
        ["Item", "Result"],
        ["Pilot segment BX-DRY-2400, SP-PO-2406-020", "received 2024-07-08, 1 pc"],
        ["Mesh opening 5 x 5 mm, wire 1,2 mm", "OK"],
        ["Weld seams (EN ISO 15614-1)", "OK, 1 cosmetic spatter, cleaned"],
        ["Tracking on test run 4 h", "OK, drift < 3 mm"],
    ]),
    ("h", "Disposition"),
    ("p", "INTERIM: pilot segment accepted for a 3-week oven trial on dryer line 2 only "
          "(until 2024-07-31). This record is not a production release; the 17 segments stay on hold."),
    ("p", "Signed: Somchai Wongsa, Engineering Manager, 2024-07-09"),
], author="Somchai Wongsa")
_c25_chat = """Microsoft Teams - chat export
Chat: Bæltex / Siam PetPack - dryer line 2
----------------------------------------------
[2024-07-09 15:02] Somchai Wongsa (Siam PetPack): Mette, pilot segment is in, inspection record PSR-24-006 uploaded to the portal. Interim for the 3-week oven trial only.
[2024-07-09 15:20] Mette Kjær (Bæltex): Thanks Somchai. Understood: nothing more to build now. The 17 segments stay not released, we keep mesh for the pilot only and wait for Khun Pornthip's written release after your trial.
[2024-07-09 15:21] Somchai Wongsa (Siam PetPack): Correct 👍 trial finish end of July
"""
case("c25_siam_portal_interim_ack", [],
     "Multi-file: portal PO (1 pilot active, 17 not released, sign-off + written release by Pornthip), "
     "interim inspection record limited to the trial, supplier chat acknowledging the hold.",
     [("portal_SP-PO-2406-020.html", _c25_portal),
      ("PSR-24-006.docx", _c25_record),
      ("Teams_Baeltex_SiamPetPack.txt", _c25_chat)])


# ================================================================ POSITIVE
# p01 -- SAP PO printout: 4 sample inserts, the quote's series quantity in the item text, nothing
#        about the balance, no event, no person.
case("p01_sap_po_series_in_text", ["RG001", "RG003", "RG004", "RG005"],
     "Sample PO (4 inserts) whose item text repeats the quote's series 116 with no 'not released'; "
     "no hold, no unlock event, no named release person.",
     [("PO_4500118930.txt", """AAVL - ALIMENTATION ANIMALE DU VAL DE LOIRE SAS                 BON DE COMMANDE
ZI DE BOIS FREMONT - 49500 SEGRE-EN-ANJOU                       PURCHASE ORDER
---------------------------------------------------------------------------------------
Commande N°   : 4500118930            Date        : 02.05.2024
Type          : NB Commande standard  Acheteur    : P14 ROUX C. / +33 2 41 55 01 20
Fournisseur   : 200417                Devise      : EUR
                HOLLWEG EXTRUSIONSTECHNIK GMBH
                HAKEDAHLER WEG 41 / DE-32758 DETMOLD
Cond. paiement: Z060 60 JOURS FIN DE MOIS      Incoterm: FCA DETMOLD
---------------------------------------------------------------------------------------
Poste  Article       Désignation                          Qté   UQ   Prix unit.     Valeur
---------------------------------------------------------------------------------------
00010  DI-8K-316     INSERT FILIERE D8MM 1.4404 IND.D        4  PCE     1.180,00   4.720,00
       Date livr.: 30.05.2024   Magasin: SG01   Div.: 1000
       Texte de poste:
       ECHANTILLONS POUR ESSAI EXTRUSION LIGNE E2 (CROQUETTES CHIEN ADULTE).
       PLAN PL-2207 IND. D - MATIERE EN 10088-3 1.4404 - CERTIFICAT 3.1 EN 10204.
       REF. DEVIS AN-24-0412 DU 24.04.2024: SERIE 116 PCE A 412,50 EUR,
       DELAI SERIE 8 SEMAINES.
00020  EMPB          RAPPORT PREMIER ECHANTILLON VDA 2       1  PCE       280,00     280,00
---------------------------------------------------------------------------------------
                                                     Total HT EUR             5.000,00
Texte d'en-tête:
MERCI DE CONFIRMER LA COMMANDE SOUS 48H (AR A ACHATS@AAVL-PETFOOD.FR).
LIVRAISON AVEC BL ET CERTIFICATS. NOS CGA 2024 S'APPLIQUENT.
FILETAGE M12X1,5 SELON PLAN. ISO 9001:2015 EXIGE.
---------------------------------------------------------------------------------------
Edité le 02.05.2024 11:07 par ROUXC - SAP ERP ME9F                      Page 1 / 1
""")])


# p02 -- WhatsApp: supplier reads the deposit as the start signal although the buyer's scope is
#        samples only (complete scope stated earlier in the chat).
case("p02_whatsapp_deposit_start", ["RG012"],
     "Buyer's scope is complete (6 samples, 234 not released, sign-off + Pornthip written release); "
     "supplier then says 'payment received, so now we start the production'.",
     [("WhatsApp_Chat_Emre_Yilmaz.txt", """[03/07/2024, 09:12] Nattaya Srisuk: Sawasdee ka Khun Emre. PO SP-PO-2407-015 send by email already
[03/07/2024, 09:14] Nattaya Srisuk: It is for 6 sample nozzle NZ-65 only ka. Balance 234 pcs NOT release. Release only when Khun Somchai sign-off sample on filler line 4 and Khun Pornthip Chaiyaporn send written release
[03/07/2024, 09:40] Emre Yılmaz: Merhaba Khun Nattaya, thank you, PO received 🙏
[10/07/2024, 14:02] Nattaya Srisuk: Khun Emre, deposit 30% transfer already today ka. EUR 2.232,00. Slip below
[10/07/2024, 14:02] Nattaya Srisuk: <attached: 00000031-PHOTO-2024-07-10-14-02-11.jpg>
[10/07/2024, 16:25] Emre Yılmaz: Payment received, thank you very much! So now we start the production, our CNC line is free from Monday, nozzles ready in 5 weeks inşallah
[10/07/2024, 16:31] Nattaya Srisuk: Khun Emre please send me DHL tracking when sample ship ka
[10/07/2024, 16:33] Emre Yılmaz: Of course 👍
""")])


# p03 -- Teams: supplier assumes T1 approval rolls into the 38 and has bought steel for all 40.
case("p03_teams_rollover_steel", ["RG006", "RG007"],
     "Scope complete (2 T1 only, 38 not released, Dave sign-off + Priya written release); supplier "
     "writes it will go straight into the 38 after approval and already bought steel for all 40.",
     [("Teams_Hengda_MapleHound.txt", """Microsoft Teams - chat export
Chat: Maple Hound <> Hengda - TM-BONE-24
Exported 2024-04-19 10:12 (UTC-04:00)

[2024-03-19 9:05 AM] Jenna McAllister (Maple Hound): Morning Lily! PO MH-24-0077 rev 1 is out. Just so we're clear: it's the 2 T1 sample moulds only. The 38 production moulds are not released until Dave signs off T1 and Priya Sandhu sends the written release.
[2024-03-19 9:31 PM] Lily Zhou (Hengda): Noted Jenna, thank you. T1 target week 16.
[2024-04-17 8:48 PM] Lily Zhou (Hengda): Hi Jenna, T1 trial done today, 2 moulds, photos and CMM in the shared folder. After your approve we continue direct to the 38 moulds, no need wait new paper. P20 steel already bought for all 40 moulds to keep the lead time, it is in our warehouse.
[2024-04-18 8:15 AM] Jenna McAllister (Maple Hound): Thanks Lily, Dave will look at the CMM today 👍
[2024-04-18 8:16 AM] Jenna McAllister (Maple Hound): Can you also send the bake-trial video?
[2024-04-18 8:40 PM] Lily Zhou (Hengda): Sure, tomorrow.
""")])


# p04 -- WeChat: buyer sends a forecast 'as firm order'; supplier buys resin for all of it.
case("p04_wechat_forecast_firm_resin", ["RG006", "RG008"],
     "Buyer asks to take the H2 forecast of 50.000 scoops 'as firm order' and supplier orders resin "
     "for 50.000 with no PO, no release and no material authority.",
     [("WeChat_SiamPetPack_Hengda_SC30.txt", """WeChat chat history export
Chat: Nattaya Srisuk (Siam PetPack) - 周莉 Lily Zhou
----------------------------------------------------------------
2024-06-20 11:02  Nattaya Srisuk
Khun Lily sawasdee ka. Forecast H2 2024 for SC-30 scoop insert (new Pantone 7545C) = 50.000 pcs.
Please take it as firm order ka. PO will follow later when our system update.

2024-06-20 11:15  Lily Zhou 周莉
OK Nattaya, noted! We take 50.000pcs as firm order 👍
PP resin (Sinopec K8003, food grade) for 50.000pcs I order today to our distributor, arrive next week. Masterbatch also.

2024-06-20 11:16  Nattaya Srisuk
Thank you ka 🙏 delivery schedule I send tomorrow

2024-06-20 11:20  Lily Zhou 周莉
好的. Carton 2.000 pcs each, 25 carton per pallet same as before ok?
""")])


# p05 -- EDI 830 whose note turns the planning schedule into a firm commitment.
case("p05_edi830_firm_note", ["RG008"],
     "EDI 830 planning schedule (S&OP forecast) whose note says to treat the weeks as firm order and "
     "the 480.000 as committed.",
     [("EDI830_PETVIDA_TAPAS_0503.txt", """*** PETVIDA EDI GATEWAY - HUMAN READABLE PRINTOUT ***
Transaction set: 830 PLANNING SCHEDULE           Control no.: 000004311
Sender: GRUPO PETVIDA S.A. (CHAPECO SC)          Receiver: TAPAS Y ENVASES DEL BAJIO (QRO)
Created: 2024-05-03 06:00 BRT

BFR*05*PV-FC-2024-18**DL*A*20240603*20240819*20240503
N1*BY*GRUPO PETVIDA S.A.*92*PV0001
N1*SU*TAPAS Y ENVASES DEL BAJIO*92*V-300781
LIN**BP*EOE73-TH550*VP*TB-EOE-073-300
UIT*TH
NTE*GEN*S&OP FORECAST 2024 UPDATE MAY - DEMAND PLAN PETVIDA WET FOOD
NTE*GEN*ATENCAO / ATENCION: WEEKS 23-34 ARE OUR FIRM ORDER. PLEASE PRODUCE
NTE*GEN*AND SHIP AS SCHEDULED. TOTAL 480.000 TAMPAS COMMITTED FOR 2024.

ITEM  EOE73-TH550  TAMPA EASY-OPEN 73 MM (300 DIA) TINPLATE TH550
SCHEDULE (THOUSAND PCS)
 WEEK 23  2024-06-03     40
 WEEK 24  2024-06-10     40
 WEEK 25  2024-06-17     40
 WEEK 26  2024-06-24     40
 WEEK 27  2024-07-01     40
 WEEK 28  2024-07-08     40
 WEEK 29  2024-07-15     40
 WEEK 30  2024-07-22     40
 WEEK 31  2024-07-29     40
 WEEK 32  2024-08-05     40
 WEEK 33  2024-08-12     40
 WEEK 34  2024-08-19     40
 TOTAL                  480

CTT*12*480
SE*27*000004311
*** END OF PRINTOUT ***
""")])


# p06 -- supplier ERP work order: PO acceptance read as production authority, tinplate for all.
case("p06_tapas_work_order_po_accept", ["RG006", "RG012"],
     "Supplier work order: customer-authorized quantity 5.000 samples, but 'OC aceptada = "
     "autorización para producir' schedules the series and tinplate is bought for the full series (21,3 t).",
     [("OT-24-0388.txt", """TAPAS Y ENVASES DEL BAJIO S.A. DE C.V.          SISTEMA ERP - MODULO PRODUCCION
ORDEN DE TRABAJO / WORK ORDER                   OT-24-0388           Impreso: 05/03/2024 18:22
------------------------------------------------------------------------------------------
Cliente           : GRUPO PETVIDA S.A. (BR)          Clave: C-1187
OC cliente        : PV-7781  (recibida 01/03/2024, aceptada 04/03/2024 por A. Ramirez)
Articulo          : TB-EOE-073-300  TAPA EOE 73 MM (300 DIA) TH550 BARNIZ ORO/BLANCO
Cantidad autorizada en OC: 5.000 PZAS (LOTE DE MUESTRAS)
Linea             : PRENSA 2 (MINSTER 60T) + ENGARGOLADORA 2
------------------------------------------------------------------------------------------
PROGRAMA
 Paso  Operacion                         Cantidad     Semana   Estado
 10    Lote de muestras                    5.000      11       LIBERADO
 20    Serie (saldo de cotizacion TB-COT-24-077)  s/cotiz.  14-19  PROGRAMADO
------------------------------------------------------------------------------------------
MATERIAL
 Hojalata TH550 0,19 mm, rollo 832 mm
   requerido lote de muestras                     =  0,25 t
   requerido serie completa (saldo de cotizacion) = 21,05 t
 OC proveedor MP-24-0219 a Ternium, colocada 05/03/2024 - 21,3 t (muestras + serie completa)
------------------------------------------------------------------------------------------
NOTA PLANEACION (L. Hernandez):
 OC PV-7781 aceptada el 04/03 = autorizacion para producir. Se programa la serie completa en
 prensa 2 desde semana 14 y se compra toda la lamina de una vez para asegurar precio del
 acero (indice CRU sube en abril).
------------------------------------------------------------------------------------------
Elaboro: L. HERNANDEZ      Reviso: F. ORTEGA (Gerente Planta)       ISO 9001:2015 F-PR-014 rev 3
""")])


# p07 -- plain mail saved as text: 'please go ahead with the dryer belt', no quantity anywhere.
case("p07_mail_goahead_no_qty", ["RG002", "RG010"],
     "Buyer mail 'please go ahead with the dryer belt for line 3', PO to follow; no quantity stated "
     "anywhere and no sample/partial scope.",
     [("Mail_bande_sechoir_ligne3.txt", """De : Camille Roux <c.roux@aavl-petfood.fr>
Envoyé : jeudi 18 avril 2024 17:52
À : Mette Kjær <mkj@baeltex.dk>
Cc : Thierry Gauthier <t.gauthier@aavl-petfood.fr>
Objet : Bande sécheur ligne 3 / dryer belt line 3

Bonjour Mette,

Following our call this morning: please go ahead with the dryer belt for line 3 (BX-DRY-2400,
AISI 304, same execution as line 1, mesh 5 x 5). The PO will follow from SAP next week,
Hélène is on holiday until the 29th and the budget line is not yet in the system.

The oven shutdown is planned week 31 so we really count on you for the date.

Merci beaucoup et bonne soirée,

Camille Roux
Acheteuse Projets
Alimentation Animale du Val de Loire SAS
ZI de Bois Frémont - 49500 Segré-en-Anjou
Tél. +33 2 41 55 01 20

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs
destinataires. Toute utilisation non autorisée est interdite.
""")])


# p08 -- ERP PO that states the sample quantity twice, differently (2 on the line, three in the text).
case("p08_erp_po_qty_twice", ["RG011"],
     "One PO, two authorized quantities: line qty 2 die plates vs note 'supply three (3) sample die "
     "plates'; scope otherwise complete (hold, trial sign-off, written release by Priya Sandhu).",
     [("PO_MH-24-0102.txt", """MAPLE HOUND TREATS INC.                                   PURCHASE ORDER
410 Woodlawn Rd W, Guelph ON N1H 7K6, Canada               PO#: MH-24-0102
HST# 80555 0142 RT0001                                     Date: 04/09/2024
                                                           Buyer: J. McAllister
Vendor: HOLLWEG EXTRUSIONSTECHNIK GMBH (V-1044)            Terms: Net 45
        Hakedahler Weg 41, 32758 Detmold, Germany          Ship via: FedEx Intl Economy
                                                           FOB: FCA Detmold
------------------------------------------------------------------------------------
Ln  Item            Description                           Qty  UOM   Rate EUR    Amount
------------------------------------------------------------------------------------
1   DP-JS-12-R2     Die plate 12-hole jerky stick, 1.4404,  2   EA    2,350.00   4,700.00
                    dwg MH-DP-012 rev 2 - SAMPLE for trial
2   FRT             Freight & packing                       1   EA      180.00     180.00
------------------------------------------------------------------------------------
                                                           Total EUR          4,880.00
Memo:
Supply three (3) sample die plates for the trial on our twin-screw line (TX-57, Wenger).
Samples only. The production quantity in your quote AN-24-0355 (10 die plates) is NOT
released by this PO. Production is released only after Dave Tremblay's trial sign-off,
by written release from Priya Sandhu, VP Operations.
Material: for the samples only.
Thread M16x1.5 on the clamp ring per dwg. Surface Ra 0.8. Cert 3.1 EN 10204 required.
------------------------------------------------------------------------------------
Authorized (purchasing): Jenna McAllister                        Page 1 of 1
""")])


# p09 -- WhatsApp: the buyer's own written-release rule, then 'approved, proceed with production'.
case("p09_whatsapp_approved_proceed", ["RG002", "RG007"],
     "Buyer states the scope (5.000 samples, balance not released until Marcos Teixeira's written "
     "release) then writes 'amostras aprovadas ... proceed with the production'; supplier starts line 2.",
     [("WhatsApp_Chat_Rafael_Nogueira.txt", """[12/04/24, 08:30:11] Rafael Nogueira: Bom dia Alejandro. PO PV-7802 saiu ontem: 5.000 tampas EOE 73 só amostras. The balance 475.000 is not released, only with written release from Marcos Teixeira after samples approval by engenharia ok?
[12/04/24, 09:12:40] Alejandro Ramírez: Buen día Rafael, claro que sí. 5.000 muestras, embarque semana 17
[29/04/24, 17:45:02] Rafael Nogueira: Alejandro!! Amostras aprovadas pela Juliana hoje 🎉 approved ✅ pode seguir, proceed with the production pls 🙏
[29/04/24, 17:47:19] Alejandro Ramírez: Excelente!! Arrancamos línea 2 el lunes 💪
[29/04/24, 17:48:03] Rafael Nogueira: 👍👍
""")])


# p10 -- Teams: 'approved' used for the drawing, the PO workflow and production; scope complete.
case("p10_teams_approval_soup", ["RG009"],
     "'Approved/approval' used for the drawing (technical), the PO in finance (commercial) and the "
     "production release (Priya's approval); scope itself complete (2 active, 38 not released, event, person).",
     [("Teams_MapleHound_Hengda_0328.txt", """Microsoft Teams - chat export
Chat: Jenna McAllister, Lily Zhou, Wang Jun
------------------------------------------------------------
[2024-03-28 10:14 AM] Jenna McAllister: Hi Lily, Wang Jun - quick update from our side:
[2024-03-28 10:14 AM] Jenna McAllister: 1) Dave approved the T1 drawings rev D this morning.
[2024-03-28 10:15 AM] Jenna McAllister: 2) PO MH-24-0077 rev 1 got approved by finance too, it's in the portal.
[2024-03-28 10:15 AM] Jenna McAllister: 3) So you're approved for the 2 T1 sample moulds. The 38 production moulds are not released - they need Priya's approval after Dave signs off the T1 trial.
[2024-03-28 10:40 PM] Lily Zhou: Thank you Jenna! Clear. 2 T1 moulds start cutting next Monday.
[2024-03-28 10:42 PM] Wang Jun: DFM rev C attach in folder, please check gate location cavity 13-24.
""")])


# p11 -- supplier MRP printout: bar stock ordered for the whole series, customer released 4 samples.
case("p11_hollweg_mrp_bar_stock", ["RG006"],
     "Supplier MRP printout: customer released 4 sample inserts, bar stock for the complete series "
     "(1.380 kg) already ordered 'vorab'; no material authority.",
     [("PPS_24-1187.txt", """HOLLWEG EXTRUSIONSTECHNIK GMBH - PPS / MATERIALDISPOSITION          Druck: 15.03.2024 07:41
=====================================================================================
Kundenauftrag : 24-1187            Kunde: AAVL (FR) Debitor 10388
Bestellung Kd.: 4500118812 vom 12.03.2024
Artikel       : DI-8K-316 Düseneinsatz Ø 8 mm, Zchg. PL-2207 Ind. C
Kundenfreigabe: 4 Stk. Muster (lt. Bestellung)
-------------------------------------------------------------------------------------
Pos  Material                          Bedarf            Bestand   Bestellt     Termin
10   1.4404 Rund Ø 90 mm (EN 10088-3)  Muster:    18 kg    22 kg        -          -
20   1.4404 Rund Ø 90 mm (EN 10088-3)  Serie kpl. lt.   0 kg  1.380 kg  KW 13/2024
                                       Angebot AN-24-0312
                                       = 1.362 kg
-------------------------------------------------------------------------------------
Lieferant Pos. 20: Stahlhandel Ostwestfalen GmbH, Best.-Nr. EK-24-0577 vom 14.03.2024
Bemerkung AV (M. Brandt): Serie kommt sicher, Material vorab disponiert wegen
Lieferzeit Walzwerk (16 Wo.). Kosten Pos. 20: EUR 9.384,00 - Kostenträger: Kundenauftrag 24-1187.
-------------------------------------------------------------------------------------
Sägezuschnitt Muster: 4 x 4,5 kg, Sägeplan SP-0315. Prüfmittel: Gewindelehrring M12x1,5.
""")])


# p12 -- WeChat: buyer treats the supplier's PO acceptance as the production release (repeat order).
case("p12_wechat_po_accepted_released", ["RG012"],
     "Repeat order of a proven mould: buyer writes that because the PO was accepted 'production is "
     "released', start all 40 (PO acceptance treated as production authority).",
     [("WeChat_MapleHound_WangJun.txt", """WeChat chat history export
Chat: Jenna McAllister (Maple Hound) - 王军 Wang Jun (Hengda)
----------------------------------------------------------------
2024-08-05 08:02  Jenna McAllister
Hi Wang Jun! PO MH-24-0112 for the 40 bone moulds TM-BONE-24 (repeat of last year's tool, dwg HD-TM24 rev D, no change) was accepted by your side on Monday, so production is released - please start all 40 🙂

2024-08-05 20:31  王军 Wang Jun
Hello Jenna, yes we accept PO on 29 July. OK we start all 40pcs. Steel P20 we have in stock. Delivery 7 weeks, around 23 Sept FOB Shanghai.

2024-08-05 20:33  Jenna McAllister
Perfect, thanks!! Please use the same crate marking as last time
""")])


# p13 -- supplier mail saved as text: a labelled forecast booked 'as your firm order'.
case("p13_mail_forecast_booked_firm", ["RG008"],
     "Supplier books the buyer's non-binding 2024 forecast (1.200 nozzles, quoted below) as 'your "
     "firm order' and plans four lots.",
     [("Mail_EgeDolum_NZ-65_2024.txt", """From: Emre Yılmaz <emre.yilmaz@egedolum.com.tr>
To: Rafael Nogueira <rafael.nogueira@petvida.com.br>
Date: Thu, 15 Feb 2024 10:48:12 +0300
Subject: RE: Forecast 2024 NZ-65 nozzles

Dear Mr. Rafael,

Thank you very much for your forecast 2024, we are happy for the trust.

We have booked the 1.200 (one thousand two hundred) nozzles NZ-65 DN25 as your firm order for
2024 and we planned the production in 4 lots of 300 pcs, first lot week 22, then weeks 30, 38
and 46. Please send us the PO for the first lot when convenient for you.

Best regards / Saygılarımla,
Emre Yılmaz
Export Sales - Ege Dolum Makina San. ve Tic. A.Ş.
Manisa OSB 3. Kısım, 45030 Manisa / Türkiye - T +90 236 555 01 77

-----Original Message-----
From: Rafael Nogueira <rafael.nogueira@petvida.com.br>
Sent: Wednesday, February 14, 2024 5:20 PM
Subject: Forecast 2024 NZ-65 nozzles

> Hi Emre,
> for your capacity planning only: our forecast 2024 for NZ-65 is about 1.200 pcs
> (pouch lines 1-4, Chapecó and Toledo). This is NOT an order and it is non-binding;
> real POs will come per line when each project has its budget.
> Abraço, Rafael
""")])


# p14 -- EDI 850: one pilot belt segment, nothing at all about the balance.
case("p14_edi850_pilot_no_balance", ["RG003", "RG004", "RG005"],
     "EDI 850 for one pilot belt segment for the oven trial; says nothing about the remaining "
     "segments, names no unlock event and no release person.",
     [("EDI850_SP-PO-2405-012.txt", """SIAM PETPACK CO., LTD. - EDI OUTBOUND LOG (X12 004010)      PAGE 1/1
TS 850  PURCHASE ORDER      ISA CTRL 000000812      DATE 2024-05-07 10:05 ICT

BEG*00*SA*SP-PO-2405-012**20240507
CUR*BY*EUR
N1*BY*SIAM PETPACK CO LTD*92*SPP-01
N3*88/9 MOO 4 RAMA II RD
N4*MUEANG SAMUT SAKHON*74000*TH
N1*SE*BAELTEX A/S*92*V-DK-0114
N1*ST*SIAM PETPACK PLANT 2*92*SPP-02
PO1*1*1*EA*21450.00*PE*BP*BX-DRY-2400*VP*BX-DRY-2400-304
PID*F****DRYER MESH BELT SEGMENT 2400 X 6000 MM AISI 304 MESH 5X5
MSG*PILOT SEGMENT FOR OVEN TRIAL DRYER LINE 2 (KIBBLE CAT)
MSG*DRAWING BX-D-2400-07 REV B. WELD PER EN ISO 15614-1.
MSG*SHIP BY SEA CIF LAEM CHABANG. DOCS: PL, CI, BL, 3.1 CERT.
DTM*002*20240628
CTT*1*1
SE*17*0812

SUMMARY
 LINE 1  BX-DRY-2400   1 EA  @ EUR 21,450.00   = EUR 21,450.00
 DELIVERY 28-JUN-2024 CIF LAEM CHABANG
""")])


# p15 -- two-level quoted thread: supplier assumes the series starts on sample approval; the
#        buyer's reply mixes technical and commercial 'approval' and does not correct it.
_p15_text = """Bonjour Katrin,

Merci pour l'info. Thierry will give his approval on the samples after the extrusion test on
Tuesday. The PO approval is done in SAP since March, so all good from purchasing side.

Bonne journée,
Camille
""" + sig("Camille Roux", "Acheteuse Projets", AAVL, "+33 2 41 55 01 20") + """
Le jeu. 4 avr. 2024 à 16:12, Katrin Vogt <k.vogt@hollweg-extrusion.de> a écrit :
""" + q("""Sehr geehrte Frau Roux, dear Camille,

die 4 Muster-Einsätze sind fertig und gehen heute mit Dachser raus.
The 4 sample inserts are finished and leave today with Dachser, delivery Monday.

Nach Ihrer Musterfreigabe starten wir direkt mit der Serie, damit wir KW 22 halten.
After your sample release we start directly with the series, so we keep week 22.

Mit freundlichen Grüßen
Katrin Vogt
Vertrieb Innendienst - Hollweg Extrusionstechnik GmbH

-----Ursprüngliche Nachricht-----
Von: Camille Roux <c.roux@aavl-petfood.fr>
Gesendet: Dienstag, 12. März 2024 10:05
An: Katrin Vogt <k.vogt@hollweg-extrusion.de>
Betreff: PO 4500118951 - inserts DI-8K-316

""") + "\n" + q("""Bonjour Katrin,
PO 4500118951: four (4) sample die inserts DI-8K-316 ind. C only.
The balance of 116 inserts is not released. It is released only after the sample sign-off by
Thierry Gauthier and a written release from Hélène Marchand, Directrice Supply Chain.
No material beyond the samples.
Cordialement, Camille""", 2)
case("p15_thread_series_after_muster", ["RG007", "RG009"],
     "Two-level thread: quoted buyer scope is complete; supplier says it starts the series directly "
     "after sample approval; buyer replies with 'approval' for samples and for the SAP PO, no correction.",
     [("RE_Muster_DI-8K-316.eml", eml_bytes(mail(
         CAMILLE, KATRIN, "RE: AW: PO 4500118951 - inserts DI-8K-316 - Muster Versand",
         "Fri, 05 Apr 2024 09:20:00 +0200", _p15_text,
         in_reply_to="<h195-kv-0404@hollweg-extrusion.de>")))])


# p16 -- pilot authorization without a number and without a named release person.
_p16_text = """Hi Mette,

PO PV-5533 is in our supplier portal since this morning.

Please start the pilot belt segments for dryer D-2 here in Chapecó, same spec as the quote
(BX-DRY-2400, AISI 304, malha 5 x 5 mm). The series segments are not released: they will be
released only after the pilot passes the 72 h oven trial at our plant.

Could you send me the weaving plan and the packing list draft next week?

Abraço,
Rafael
""" + sig("Rafael Nogueira", "Comprador Sênior - Compras Industriais", PETVIDA + ", Chapecó SC",
          "+55 49 3321-7740")
case("p16_mail_pilot_no_number", ["RG005", "RG010"],
     "'Please start the pilot belt segments' with no number anywhere; series held until the 72 h "
     "oven trial, but nobody is named to release it.",
     [("PV-5533_pilot.eml", eml_bytes(alt(
         RAFAEL, METTE, "PV-5533 esteira secador D-2 - pilot segments",
         "Mon, 13 May 2024 11:05:00 -0300", _p16_text)))])


# p17 -- supplier confirms ten times the PO quantity (PDF) and starts on PO acceptance.
_p17_text = """Estimado Rafael,

Confirmamos su pedido, see attached our order confirmation CP-24-0211.
With the acceptance of your PO we start production next Monday on línea 2, so you will have
the material in Chapecó in week 21.

Saludos cordiales,
""" + sig("Alejandro Ramírez", "Ventas Exportación", TAPAS, "+52 442 555 0190") + """
De: Rafael Nogueira <rafael.nogueira@petvida.com.br>
Enviado: martes, 9 de abril de 2024 14:10
Para: Alejandro Ramírez <aramirez@tapasbajio.com.mx>
Asunto: PO PV-7815 tampas EOE 73

""" + q("""Olá Alejandro,
segue PO PV-7815: 5.000 sample ends EOE 73 only.
The balance 475.000 is not released until the sample sign-off by Juliana Bastos and a written
release by Marcos Teixeira (Gerente de Supply Chain).
Abraço, Rafael""")
_p17_pdf = pdf([
    ("h1", "CONFIRMACIÓN DE PEDIDO CP-24-0211"),
    ("p", f"{TAPAS} - Av. de la Industria 118, Querétaro, Qro., México - RFC TEB-980312-AB1"),
    ("p", "Cliente: Grupo PetVida S.A., Chapecó SC, Brasil - OC cliente: PV-7815 - Fecha: 10/04/2024"),
    ("table", [
        ["Partida", "Artículo", "Descripción", "Cantidad", "Precio USD/millar", "Importe USD"],
        ["1", "TB-EOE-073-300", "Tapa EOE 73 mm (300 dia.) TH550 barniz oro/blanco", "50.000", "38,40", "1.920,00"],
    ]),
    ("p", "Cantidad confirmada: 50.000 piezas (cincuenta mil). Entrega: semana 21, CPT Chapecó."),
    ("p", "Condiciones: pago 30 días fecha factura. Certificados: ISO 9001:2015, FSSC 22000."),
], title="CP-24-0211", author="Tapas y Envases del Bajío")
case("p17_mail_confirmation_50000", ["RG011", "RG012"],
     "Quoted PO: 5.000 sample ends (scope complete); attached order confirmation states 50.000 for the "
     "same PO; supplier starts production 'with the acceptance of your PO'.",
     [("RE_PO_PV-7815.eml", eml_bytes(mail(
         ALEJANDRO, RAFAEL, "RE: PO PV-7815 tampas EOE 73 - confirmación de pedido",
         "Wed, 10 Apr 2024 12:31:00 -0600", _p17_text,
         attachments=[("CP-24-0211.pdf", _p17_pdf, PDF_MT)],
         in_reply_to="<h195-rn-0409@petvida.com.br>")))])


# p18 -- cover mail with the supplier quote attached; release person named, nothing else.
_p18_text = """Dear Khun Emre,

Please find our PO SP-PO-2407-019 for six (6) sample nozzles NZ-65 DN25, drawing EGD-NZ65-A3
rev 2, delivery CIF Laem Chabang.

Your quotation EGD-Q-24-131 is attached for reference (6 pcs sample + 234 pcs production).
Khun Pornthip Chaiyaporn, Plant Director, is the person who will release the production.

Please confirm the PO and the sample delivery date.

Best regards,
Nattaya
""" + sig("Nattaya Srisuk", "Purchasing Officer", SIAM, "+66 34 555 018")
_p18_quote = pdf([
    ("h1", "QUOTATION EGD-Q-24-131"),
    ("p", f"{EGE_PDF} - Export Sales - 24.06.2024"),
    ("p", "To: Siam PetPack Co., Ltd., Khun Nattaya Srisuk"),
    ("table", [
        ["Pos", "Item", "Qty", "Unit price EUR", "Lead time"],
        ["1", "NZ-65 DN25 anti-drip filling nozzle - samples", "6", "1.240,00", "4 weeks"],
        ["2", "NZ-65 DN25 anti-drip filling nozzle - production", "234", "672,00", "7 weeks"],
    ]),
    ("p", "CIF Laem Chabang. Valid 45 days. Payment 30% advance, 70% before shipment."),
    ("p", "Hygienic design EN 1672-2, 1.4404, 3.1 certificate EN 10204."),
], title="EGD-Q-24-131", author="Ege Dolum")
case("p18_cover_mail_quote_attached", ["RG001", "RG003", "RG004"],
     "Sample PO cover mail (6) with the supplier quote attached showing 234 production; release "
     "person named, but nothing says the 234 is not released and no unlock event.",
     [("PO_SP-PO-2407-019.eml", eml_bytes(alt(
         NATTAYA, EMRE, "PO SP-PO-2407-019 - NZ-65 sample nozzles",
         "Thu, 04 Jul 2024 15:22:00 +0700", _p18_text,
         attachments=[("EGD-Q-24-131.pdf", _p18_quote, PDF_MT)])))])


# p19 -- quoted thread: balance on hold 'until further notice', release authority named, no event.
_p19_text = """Hi Lily,

No, please hold. PO MH-24-0077 covers the 2 T1 sample moulds only.

The balance of 38 moulds is not released and stays on hold until further notice. Priya Sandhu,
our VP Operations, is the release authority for it. Please don't cut steel for them.

Thanks,
Jenna
""" + sig("Jenna McAllister", "Purchasing Lead", MAPLE, "+1 519 555 0142") + """
On Thu, Apr 25, 2024 at 9:02 PM Lily Zhou <lily.zhou@hengda-mould.cn> wrote:
""" + q("""Dear Jenna,

T1 moulds ship by air tomorrow. Question: can we start the 38 production moulds now? Our
CNC has free capacity in May, after June is very busy.

Best regards
Lily Zhou 周莉
Sales Manager, Changzhou Hengda Precision Mould Co., Ltd.""")
case("p19_thread_hold_until_notice", ["RG004"],
     "Buyer answers a supplier question: 2 T1 active, balance of 38 not released 'until further "
     "notice', Priya Sandhu named as release authority, but no unlock event.",
     [("RE_TM-BONE-24_T1_shipment.eml", eml_bytes(mail(
         JENNA, LILY, "RE: TM-BONE-24 T1 shipment / production moulds?",
         "Fri, 26 Apr 2024 08:44:00 -0400", _p19_text,
         in_reply_to="<h195-lz-0425@hengda-mould.cn>")))])


# p20 -- sample PO mail: hold and event stated, release authority only 'the purchasing dept'.
_p20_text = """Bonjour Katrin,

Voici notre commande 4500118844 pour 4 inserts échantillons DI-8K-316 ind. D
(four sample die inserts), livraison souhaitée semaine 20.

The balance (116 inserts as per your quote AN-24-0412) is not released until the sample sign-off
after our extrusion trial on line E2.

Pour toute question sur la commande: le service achats.

Cordialement,
Camille Roux
""" + sig("Camille Roux", "Acheteuse Projets", AAVL, "+33 2 41 55 01 20")
case("p20_mail_no_release_person", ["RG005"],
     "Sample PO mail: 4 active, 116 not released until sample sign-off after the trial; nobody named "
     "who releases it (only 'le service achats').",
     [("Commande_4500118844.eml", eml_bytes(alt(
         CAMILLE, KATRIN, "Commande 4500118844 - inserts DI-8K-316 ind. D - échantillons",
         "Mon, 22 Apr 2024 10:10:00 +0200", _p20_text)))])


# p21 -- quoted thread: 'on hold until further notice', no person, no event.
_p21_text = """Bonjour Emre,

PO 4500118902 is for six (6) sample nozzles NZ-65 only. The remaining quantity of your quote is
on hold until further notice - we will come back to you, the pouch line project is still under
discussion here.

Cordialement,
Camille
""" + sig("Camille Roux", "Acheteuse Projets", AAVL, "+33 2 41 55 01 20") + """
-----Message d'origine-----
De : Emre Yılmaz <emre.yilmaz@egedolum.com.tr>
Envoyé : mardi 7 mai 2024 14:31
À : Camille Roux <c.roux@aavl-petfood.fr>
Objet : PO 4500118902 NZ-65

""" + q("""Dear Mrs. Roux,
thank you for the PO. Can we plan also the rest of quantity from our offer in our
capacity of June? Then delivery is faster for you.
Best regards, Emre Yılmaz - Ege Dolum""")
case("p21_thread_hold_no_event_person", ["RG004", "RG005"],
     "Buyer: 6 sample nozzles only, remaining quantity 'on hold until further notice'; no unlock "
     "event, no named release person.",
     [("RE_PO_4500118902.eml", eml_bytes(mail(
         CAMILLE, EMRE, "RE: PO 4500118902 NZ-65",
         "Wed, 08 May 2024 09:02:00 +0200", _p21_text,
         in_reply_to="<h195-ey-0507@egedolum.com.tr>")))])


# p22 -- forwarded internal S&OP forecast (message/rfc822) presented to the supplier as commitment.
_p22_inner_text = """Marcos,

Segue a previsão S&OP 2024 para esteiras dos secadores (D-1, D-2, D-3):

  D-1  reforma jul/2024   6 segmentos
  D-2  reforma set/2024   6 segmentos
  D-3  reforma nov/2024   6 segmentos
  Total                  18 segmentos BX-DRY-2400

É previsão (forecast S&OP), ainda sem orçamento de CAPEX aprovado pela diretoria.

Att.,
Fernanda Lins
Planejamento de Manutenção - PetVida Chapecó
"""
_p22_inner = mail("Fernanda Lins <fernanda.lins@petvida.com.br>", MARCOS,
                  "Previsão S&OP 2024 - esteiras secadores", "Tue, 19 Mar 2024 18:02:00 -0300",
                  _p22_inner_text)
_p22_text = """Mette,

FYI below our S&OP forecast for the dryer belts 2024 (18 segments BX-DRY-2400).

Please consider the 18 segments as our firm commitment for this year and block the capacity
in your weaving line accordingly, so we don't lose the slots for D-1, D-2 and D-3.

Best regards,
Marcos Teixeira
""" + sig("Marcos Teixeira", "Gerente de Supply Chain", PETVIDA + ", Chapecó SC", "+55 49 3321-7701")
case("p22_forward_forecast_commitment", ["RG008"],
     "Buyer forwards an internal S&OP forecast (message/rfc822, labelled forecast without budget) and "
     "tells the supplier to consider the 18 segments a firm commitment.",
     [("Fwd_SOP_2024_esteiras.eml", eml_bytes(mail(
         MARCOS, METTE, "Fwd: Previsão S&OP 2024 - esteiras secadores / dryer belts 2024",
         "Wed, 20 Mar 2024 09:15:00 -0300", _p22_text, cc=RAFAEL,
         attachments=[("rfc822", _p22_inner)])))])


# p23 -- two-level thread: complete scope quoted, then an unscoped 'approved, go ahead!' on a drawing.
_p23_text = """Hi Lily,

Rev D looks good to us - approved, go ahead! 👍

Jenna
""" + sig("Jenna McAllister", "Purchasing Lead", MAPLE, "+1 519 555 0142") + """
On Tue, Apr 2, 2024 at 10:31 PM Lily Zhou <lily.zhou@hengda-mould.cn> wrote:
""" + q("""Dear Jenna,

Attached drawing HD-TM24 rev D, cavity radius R3.5 updated per Dave comment, draft angle 1.5°
on cavity 13-24. Please confirm.

Best regards
Lily

On Tue, Mar 19, 2024 at 9:05 AM Jenna McAllister <jenna.mcallister@maplehound.ca> wrote:
""") + "\n" + q("""Hi Lily, PO MH-24-0077 rev 1 is out: the 2 T1 sample moulds only.
The 38 production moulds are not released until Dave Tremblay signs off T1 and
Priya Sandhu (VP Operations) sends the written release.
Jenna""", 2)
case("p23_thread_revD_go_ahead", ["RG002"],
     "Quoted buyer scope is complete (2 T1, 38 not released, sign-off + Priya's written release); the "
     "new reply 'approved, go ahead!' on drawing rev D names neither sample-only nor a quantity.",
     [("RE_HD-TM24_revD.eml", eml_bytes(alt(
         JENNA, LILY, "RE: TM-BONE-24 drawing rev D for confirm",
         "Wed, 03 Apr 2024 08:02:00 -0400", _p23_text,
         in_reply_to="<h195-lz-0402@hengda-mould.cn>")))])


# p24 -- supplier mail: 'approved' for the PO, for the samples and asked for the series.
_p24_text = """Dear Mr. Tremblay, dear Ms. McAllister,

thank you for the positive feedback on the die plates DP-JS-12 rev 2.

Your PO MH-24-0102 is approved in our system, and the samples were approved by you on 15.04.
So we kindly ask now for the approval of the series, so that we can plan the capacity for
KW 24 (week 24) on our wire EDM.

Mit freundlichen Grüßen / best regards
Markus Brandt
Arbeitsvorbereitung - Hollweg Extrusionstechnik GmbH
Hakedahler Weg 41, 32758 Detmold - +49 5231 90 77-30

Hollweg Extrusionstechnik GmbH - Sitz Detmold - Amtsgericht Lemgo HRB 5501 -
Geschäftsführer: Jürgen Hollweg. Diese E-Mail enthält vertrauliche Informationen.

-----Ursprüngliche Nachricht-----
Von: Dave Tremblay <dave.tremblay@maplehound.ca>
Gesendet: Montag, 15. April 2024 17:40
An: Markus Brandt <m.brandt@hollweg-extrusion.de>
Cc: Jenna McAllister <jenna.mcallister@maplehound.ca>
Betreff: DP-JS-12 trial

""" + q("""Hi Markus,
trial on TX-57 done last week: both sample die plates run clean, stick diameter within
+/-0.3 mm over 6 hours. Sample sign-off done on my side, report MH-TR-24-031.
Dave""")
case("p24_supplier_approval_soup", ["RG009"],
     "Supplier mail uses 'approved/approval' for the PO in its system (commercial), the samples "
     "(technical) and the series (production release).",
     [("AW_DP-JS-12_trial.eml", eml_bytes(mail(
         MARKUS, DAVE, "AW: DP-JS-12 trial", "Tue, 16 Apr 2024 08:12:00 +0200", _p24_text,
         cc=JENNA, in_reply_to="<h195-dt-0415@maplehound.ca>")))])


# p25 -- 'please produce samples only' without a number; spec attached as DOCX.
_p25_text = """Dear Khun Lily,

Please produce samples only for SC-30 scoop insert in the new colour Pantone 7545C, colour
spec attached. Mass production is not released: after Khun Somchai sign-off the samples,
Khun Pornthip Chaiyaporn (Plant Director) will send the written release.

Thank you ka,
Nattaya
""" + sig("Nattaya Srisuk", "Purchasing Officer", SIAM, "+66 34 555 018")
_p25_docx = docx_bytes([
    ("h1", "Colour specification CS-SC30-07"),
    ("p", "Part: SC-30 scoop insert 30 ml, PP homopolymer, food contact EU 10/2011."),
    ("table", [["Property", "Requirement"],
               ["Colour", "Pantone 7545C, ΔE ≤ 1.5 vs master plaque MP-7545-02 (D65/10°)"],
               ["Gloss", "60° gloss 35-45 GU"],
               ["Masterbatch", "max 2 % let-down, supplier to declare"],
               ["Migration", "overall migration < 10 mg/dm² (OM2)"]]),
    ("p", "Issued by Siam PetPack Engineering (Somchai Wongsa), ISO 22000:2018 plant."),
], author="Siam PetPack Engineering")
case("p25_mail_samples_no_number", ["RG010"],
     "'Please produce samples only' with no sample quantity anywhere (mail or attached spec); hold, "
     "sign-off event and named release person are stated.",
     [("SC-30_new_colour.eml", eml_bytes(mail(
         NATTAYA, LILY, "SC-30 scoop samples new colour 7545C",
         "Mon, 22 Apr 2024 13:40:00 +0700", _p25_text,
         attachments=[("CS-SC30-07.docx", _p25_docx, DOCX_MT)])))])


# p26 -- supplier reply: mesh cut for all 18 segments against a sample-only material authority.
_p26_text = """Dear Camille,

Thank you for the PO. The pilot segment ships from Kolding week 16.

To keep your line 3 date we have already cut and pre-welded the wire mesh for all 18 segments
(AISI 304, 2.400 mm). Status page attached.

Best regards / Med venlig hilsen
""" + sig("Søren Dalgaard", "Production Planner", BAELTEX, "+45 75 55 01 41") + """
On 20 Mar 2024, at 11:02, Camille Roux <c.roux@aavl-petfood.fr> wrote:
""" + q("""Bonjour Søren,
PO 4500118870: one (1) pilot belt segment BX-DRY-2400 only.
Balance of 17 segments not released until the oven-trial sign-off by Thierry Gauthier and a
written release from Hélène Marchand. Material authority: sample-only.
Cordialement, Camille""")
_p26_html = html_page("Bæltex production status 4500118870", """
<h3>Bæltex A/S - production status - customer AAVL - PO 4500118870</h3>
<table>
<tr><th>Step</th><th>Segments</th><th>Status</th></tr>
<tr><td>Pilot segment - weaving / welding</td><td>1</td><td>finished, ships week 16</td></tr>
<tr><td>Mesh cut and pre-welded</td><td>18</td><td>done 09.04.2024</td></tr>
<tr><td>Final welding / tracking test</td><td>-</td><td>waiting</td></tr>
</table>
""")
case("p26_thread_mesh_all_18", ["RG006"],
     "Quoted buyer scope complete with material authority sample-only; supplier reports wire mesh "
     "already cut and pre-welded for all 18 segments (HTML status attached).",
     [("RE_PO_4500118870.eml", eml_bytes(mail(
         SOREN, CAMILLE, "RE: PO 4500118870 - bande pilote", "Wed, 10 Apr 2024 14:05:00 +0200",
         _p26_text, attachments=[("status_4500118870.html", _p26_html, "text/html")],
         in_reply_to="<h195-cr-0320@aavl-petfood.fr>")))])


# p27 -- PDF PO: production line not released at PO date, but 'upon approval of the samples ...
#        proceed with line 20'; nobody named.
case("p27_pdf_po_upon_approval_proceed", ["RG005", "RG007"],
     "PO with sample line (6) and production line 20 (234) 'not released at PO date', then 'upon "
     "approval of the samples by our engineering, proceed with line 20': implied auto-conversion, no "
     "named release person.",
     [("PV-6641.pdf", pdf([
         ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER PV-6641"),
         ("p", f"{PETVIDA} - Rod. SC-283 km 4, Chapecó SC - CNPJ 12.555.018/0001-40"),
         ("p", f"Fornecedor / supplier: {EGE_PDF}, Manisa - cód. 400388"),
         ("p", "Data: 09/07/2024 - Comprador: Rafael Nogueira - Pagamento: 30% antecipado ferramental, "
               "saldo 30 dias - FCA Izmir"),
         ("table", [
             ["Item", "Código", "Descrição", "Escopo", "Qtd.", "Preço EUR", "Total EUR"],
             ["10", "NZ-65-DN25", "Bico de envase anti-gotejamento DN25, AISI 316L, des. EGD-NZ65-A3 rev 2",
              "amostra", "6", "1.240,00", "7.440,00"],
             ["20", "NZ-65-DN25", "dto. - produção, linhas de sachê 1-4", "produção", "234", "672,00",
              "157.248,00"],
             ["", "", "Total", "", "240", "", "164.688,00"],
         ]),
         ("sp",),
         ("h", "Observações / notes"),
         ("p", "Line 20 (234 pcs) is not released at PO date."),
         ("p", "Upon approval of the samples by our engineering, proceed with line 20 (234 pcs), "
               "delivery in 2 lots (weeks 38 and 41)."),
         ("p", "Normas: EN 1672-2, material 1.4404 com certificado 3.1 EN 10204, rosca sensor M12x1,5."),
     ], title="PV-6641", author="PetVida Compras"))])


# p28 -- supplier status report: wire mesh staged for 18 segments, released 1.
case("p28_baeltex_status_mesh_staged", ["RG006"],
     "Supplier status report: 1 pilot segment released, wire mesh staged for 18 segments 'to secure "
     "your delivery' with no material authority (balance shown as awaiting release).",
     [("Baeltex_status_SP-PO-2406-031.pdf", pdf([
         ("h1", "Order status report - Siam PetPack Co., Ltd."),
         ("p", f"{BAELTEX}, Vejlevej 212, 6000 Kolding, Denmark - report date 2024-06-21 - "
               "prepared by Søren Dalgaard (Production Planning)"),
         ("table", [
             ["Order", "Item", "Released by customer", "In production", "Mesh wire staged", "Status"],
             ["SP-PO-2406-031", "BX-DRY-2400 dryer belt segment, AISI 304",
              "1 pilot segment", "1", "for 18 segments (4.860 kg)", "pilot: welding; ETD Aarhus wk 28"],
             ["SP-PO-2406-031", "balance segments", "awaiting your release", "0", "(included above)", "-"],
         ]),
         ("sp",),
         ("p", "Comment: to secure your delivery for the dryer line 2 rebuild, we have drawn and staged "
               "the AISI 304 wire for all 18 segments (heat no. 24-R-5512, 3.1 cert EN 10204). It is "
               "stored under your order number in hall 2."),
         ("p", "Next step: pilot segment tracking test on our 6 m test roll (4 h), then sea freight "
               "CIF Laem Chabang."),
     ], title="Order status SP-PO-2406-031", author="Bæltex A/S"))])


# p29 -- PDF PO: 2 T1 moulds on the line, 'total quantity ordered: 4' in the header, 40 in a remark.
case("p29_pdf_po_total4_program40", ["RG001", "RG003", "RG004", "RG011"],
     "PO line 2 T1 moulds vs header 'total quantity ordered: 4'; remark shows the 40-mould program "
     "unmarked; release person named but no hold statement and no unlock event.",
     [("MH-24-0141.pdf", pdf([
         ("h1", "PURCHASE ORDER MH-24-0141"),
         ("p", f"{MAPLE}, 410 Woodlawn Rd W, Guelph ON N1H 7K6, Canada"),
         ("p", f"Vendor: {HENGDA}, No. 18 Wuyi Road, Wujin, Changzhou, Jiangsu, China (V-2031)"),
         ("table", [
             ["PO date", "Buyer", "Terms", "Ship", "Total quantity ordered"],
             ["06/03/2024", "Jenna McAllister", "30% T/T deposit, 70% before shipment", "FOB Shanghai",
              "4 moulds"],
         ]),
         ("sp",),
         ("table", [
             ["Ln", "Item", "Description", "Qty", "Unit USD", "Amount USD"],
             ["1", "TM-HEART-18", "18-cavity heart treat mould, P20, dwg HD-TM18 rev B - T1 SAMPLE",
              "2", "8,450.00", "16,900.00"],
             ["2", "DFM", "DFM report + mould flow", "1", "600.00", "600.00"],
             ["", "", "Total", "", "", "17,500.00"],
         ]),
         ("sp",),
         ("p", "Remarks: Tooling program 40 moulds as per quote HD-Q-2403-17 (USD 7,980.00 each). "
               "T1 samples to Guelph by air, with CMM report and 50 baked test pieces."),
         ("p", "Production release: Priya Sandhu, VP Operations."),
         ("p", "Food contact: FDA 21 CFR 175.300 coating; steel cert 3.1."),
     ], pagesize=LETTER, title="MH-24-0141", author="Maple Hound Purchasing"))])


# p30 -- supplier order acknowledgement: series 'released' by sample release; deposit = scheduled.
case("p30_hollweg_ab_freigabe_deposit", ["RG007", "RG009", "RG012"],
     "Supplier acknowledgement: 'with your sample release the series counts as released' (implied "
     "auto-conversion, Freigabe/release for sample approval and production) and 'deposit received, so "
     "the series is scheduled'.",
     [("AB_24-1231.pdf", pdf([
         ("h1", "AUFTRAGSBESTÄTIGUNG / ORDER ACKNOWLEDGEMENT AB 24-1231"),
         ("p", f"{HOLLWEG} - Hakedahler Weg 41 - 32758 Detmold"),
         ("p", f"Kunde: {AAVL}, Segré-en-Anjou - Ihre Bestellung 4500118960 vom 14.03.2024 - "
               "Datum: 21.03.2024"),
         ("table", [
             ["Pos.", "Artikel", "Bezeichnung", "Menge", "EP EUR", "GP EUR"],
             ["1", "DI-8K-316", "Düseneinsatz Ø 8 mm, 1.4404, Zchg. PL-2207 Ind. D - Muster", "4 Stk.",
              "1.180,00", "4.720,00"],
             ["2", "EMPB", "Erstmusterprüfbericht VDA 2", "1", "280,00", "280,00"],
         ]),
         ("sp",),
         ("p", "Wir bestätigen Ihre Bestellung wie oben. / We confirm your order as above."),
         ("p", "Mit Ihrer Musterfreigabe gilt die Serie gemäß Angebot AN-24-0412 als freigegeben. / "
               "With your sample release the series as per quote AN-24-0412 counts as released."),
         ("p", "Ihre Anzahlung über EUR 5.000,00 ist am 20.03.2024 eingegangen - damit ist die Serie in "
               "KW 18 eingeplant. / Your deposit was received on 20.03.2024, so the series is scheduled "
               "for week 18."),
         ("p", "Liefertermin Muster: KW 15. Es gelten unsere AGB. ISO 9001:2015."),
         ("p", "Hollweg Extrusionstechnik GmbH - i.A. Katrin Vogt"),
     ], title="AB 24-1231", author="Hollweg Extrusionstechnik"))])


# p31 -- buyer's supplier status report: a PO quantity stated twice differently; a forecast
#        confirmed as an order.
case("p31_siam_supplier_report", ["RG008", "RG011"],
     "Buyer's weekly supplier report: PO SP-PO-2406-044 shown as 50.000 in one table and 45.000 "
     "committed in another; the 2025 belt forecast is 'confirmed as our order'.",
     [("Siam_supplier_status_wk27.pdf", pdf([
         ("h1", "Weekly Supplier Status - week 27/2024"),
         ("p", f"{SIAM} - Purchasing Dept. - prepared by Nattaya Srisuk - distribution: purchasing, "
               "engineering, key suppliers"),
         ("h", "1. Open purchase orders"),
         ("table", [
             ["PO", "Supplier", "Item", "Qty", "Scope / release", "Next delivery"],
             ["SP-PO-2406-044", "Changzhou Hengda", "SC-30 scoop insert 7545C", "50.000",
              "production - release SP-R-007 (P. Chaiyaporn)", "15-Jul 20.000"],
         ]),
         ("h", "2. Supplier commitments (for line planning)"),
         ("table", [
             ["PO", "Supplier", "Item", "Committed qty", "Split"],
             ["SP-PO-2406-044", "Changzhou Hengda", "SC-30 scoop insert 7545C", "45.000",
              "20.000 / 20.000 / 5.000"],
         ]),
         ("h", "3. Outlook 2025"),
         ("p", "Dryer belts: the 2025 forecast of 12 segments BX-DRY-2400 (dryer line 1 rebuild) is "
               "confirmed as our order to Bæltex; Bæltex to plan production for Q1 2025."),
         ("p", "Scoops: forecast 2025 about 120.000 pcs - for information, not an order."),
     ], title="Supplier status wk27", author="Siam PetPack Purchasing"))])


# p32 -- PDF sample PO with the quote recap (series 475.000) and 'Bon pour accord - merci de
#        procéder / Approved - please proceed'; nothing about the balance.
case("p32_pdf_bc_bon_pour_accord", ["RG001", "RG002", "RG003", "RG004", "RG005"],
     "Sample PO (5.000 ends) with the quote recap showing 475.000 series unmarked, closing 'Approved - "
     "please proceed' unscoped; no hold, no event, no release person.",
     [("BC_4500119071.pdf", pdf([
         ("h1", "BON DE COMMANDE 4500119071"),
         ("p", f"{AAVL} - ZI de Bois Frémont - 49500 Segré-en-Anjou - France"),
         ("p", f"Fournisseur: {TAPAS}, Querétaro, México - n° 200522 - Date: 15/03/2024 - "
               "Acheteuse: Camille Roux"),
         ("table", [
             ["Poste", "Article", "Désignation", "Qté", "Prix USD / mille", "Montant USD"],
             ["10", "EOE73-TH550", "Couvercle EOE 73 mm (300 dia.) fer blanc TH550, vernis or - "
                                   "lot échantillon pour essai autoclave ligne 4", "5.000", "38,40", "192,00"],
         ]),
         ("sp",),
         ("h", "Rappel devis TB-COT-24-077 / quote recap"),
         ("table", [
             ["Lot", "Quantité", "Prix USD / mille", "Délai"],
             ["Échantillon", "5.000", "38,40", "3 semaines"],
             ["Série", "475.000", "33,10", "6 semaines"],
         ]),
         ("sp",),
         ("p", "Livraison: DAP Segré-en-Anjou. Spécification AAVL-EMB-073 rév. 5. Stérilisation "
               "121 °C / 60 min. Certificats ISO 9001:2015 et FSSC 22000 à joindre."),
         ("p", "Bon pour accord - merci de procéder. / Approved - please proceed."),
         ("p", "C. Roux, Achats"),
     ], title="BC 4500119071", author="AAVL Achats"))])


# p33 -- PetVida production authorization form: no quantity, 'approval' for everything.
case("p33_pdf_autorizacao_producao", ["RG002", "RG009", "RG010"],
     "Production authorization form: 'approval' for samples (technical), budget (commercial) and "
     "production; 'grants the approval for production of the dryer belt segments' with no quantity.",
     [("AP-2024-031.pdf", pdf([
         ("h1", "AUTORIZAÇÃO DE PRODUÇÃO / PRODUCTION AUTHORIZATION AP-2024-031"),
         ("p", f"{PETVIDA} - Supply Chain - Chapecó SC - 08/05/2024"),
         ("table", [
             ["Campo", "Valor"],
             ["Fornecedor", f"{BAELTEX}, Kolding"],
             ["Item", "BX-DRY-2400 esteira de tela para secador D-2, AISI 304, 2.400 x 6.000 mm"],
             ["Pedido", "PV-5533"],
             ["Aprovação técnica / sample approval", "Engenharia - Juliana Bastos - 02/05/2024 (72 h oven trial OK)"],
             ["Aprovação comercial / budget approval", "Diretoria - 28/03/2024 (CAPEX 24-117)"],
         ]),
         ("sp",),
         ("p", "Following the sample approval by Engenharia and the budget approval by Diretoria, "
               "PetVida grants the approval for production of the dryer belt segments for dryer D-2."),
         ("p", "Entrega conforme cronograma da reforma do secador D-2 (parada semana 36)."),
         ("sp",),
         ("p", "Autorizado por / authorized by: Marcos Teixeira, Gerente de Supply Chain"),
     ], title="AP-2024-031", author="PetVida Supply Chain"))])


# p34 -- kick-off minutes: 'approval' in three senses; supplier reports bar stock for all 120.
case("p34_minutes_approval_bar_stock", ["RG006", "RG009"],
     "Minutes use 'approved/approval' for the drawing, the SAP PO and production; Hollweg reports bar "
     "stock for all 120 inserts already on order while 4 are authorized and no material authority exists.",
     [("CR_lancement_DI-8K-316.docx", docx_bytes([
         ("h1", "Compte rendu - réunion de lancement / kick-off minutes"),
         ("p", "Projet: inserts de filière DI-8K-316 ind. D - ligne extrusion E2 - 14/03/2024, Teams"),
         ("p", "Participants: C. Roux (Achats), T. Gauthier (Méthodes), H. Marchand (Supply Chain) - "
               "AAVL; K. Vogt (Vertrieb), M. Brandt (Arbeitsvorbereitung) - Hollweg"),
         ("h", "Points"),
         ("num", "Plan PL-2207 ind. D approved by T. Gauthier (technical)."),
         ("num", "PO 4500118975 approved in SAP on 13/03: four (4) sample die inserts + EMPB."),
         ("num", "Production approval for the other 116 inserts: not given yet. H. Marchand gives the "
                 "production approval after the 72 h extrusion trial on line E2."),
         ("num", "Hollweg (M. Brandt) reports that the 1.4404 round bar Ø 90 mm for all 120 inserts is "
                 "already on order at the mill, to secure the rolling slot (16 weeks lead time)."),
         ("num", "Sample delivery: week 15, FCA Detmold. EMPB per VDA Band 2, cert 3.1 EN 10204."),
         ("h", "Prochaine réunion"),
         ("p", "Revue des échantillons: semaine 16 (T. Gauthier / K. Vogt)."),
         ("p", "Rédaction: Camille Roux"),
     ], author="Camille Roux"))])


# p35 -- T1 sample sign-off record: 'APPROVED - Hengda may proceed' against the buyer's own
#        written-release rule.
case("p35_signoff_record_may_proceed", ["RG002", "RG007"],
     "Sign-off record restates that the 38 need Priya's written release, then 'Disposition: APPROVED "
     "- Hengda may proceed' (unscoped, sample approval rolling into production).",
     [("T1_signoff_TM-BONE-24.docx", docx_bytes([
         ("h1", "T1 sample sign-off record - TM-BONE-24"),
         ("p", f"Buyer: {MAPLE} - Process Engineering. Supplier: {HENGDA}."),
         ("table", [
             ["Field", "Entry"],
             ["Order scope (PO MH-24-0077 rev 1)", "2 T1 sample moulds released; 38 production moulds "
                                                   "released only by written release from Priya Sandhu, VP Operations"],
             ["Samples received", "2 T1 moulds, 2024-04-22, CMM report HD-CMM-0419"],
             ["CMM", "24 cavities, 96 characteristics, all within tolerance"],
             ["Bake trial", "3 runs on line 2, 500 cycles, release coating intact, piece weight 12.4 g ±0.3"],
             ["Open NCR", "none"],
         ]),
         ("h", "Disposition"),
         ("p", "APPROVED - Hengda may proceed."),
         ("sp",),
         ("p", "Signed: Dave Tremblay, Process Engineer - 2024-04-24"),
         ("p", "cc: Jenna McAllister (Purchasing), Lily Zhou (Hengda)"),
     ], author="Dave Tremblay"))])


# p36 -- production release form with the quantity left 'as per plan'.
case("p36_release_form_no_quantity", ["RG010"],
     "Release form names event (sign-off done), signer (Pornthip) and hold for the balance, but the "
     "released quantity is 'as per plan' - no number.",
     [("SP-R-011.docx", docx_bytes([
         ("h1", "Production Release Form SP-R-011"),
         ("p", f"{SIAM} - Plant 1, Samut Sakhon - Purchasing / Plant Management"),
         ("table", [
             ["Field", "Entry"],
             ["Supplier", HENGDA],
             ["PO", "SP-PO-2405-031 (SC-30 scoop insert 30 ml, Pantone 7545C)"],
             ["Unlock event", "Sample sign-off by Somchai Wongsa, 2024-05-28, report QR-24-118 - done"],
             ["Released quantity", "as per plan"],
             ["Balance", "remains on hold until next call-off"],
             ["Material authority", "resin for the released quantity only"],
             ["Authorized by", "Pornthip Chaiyaporn, Plant Director - 2024-05-29"],
         ]),
         ("p", "Food contact EU 10/2011; FSSC 22000 certificate of supplier on file."),
     ], author="Pornthip Chaiyaporn"))])


# p37 -- annual supply plan headed 'forecast' but declared a firm order.
case("p37_plan_annuel_firm_order", ["RG008"],
     "Annual supply plan headed 'prévisions / forecast' declares 'this plan is our firm order for the "
     "18 segments' and lets the supplier plan production.",
     [("Plan_appro_2024_bandes.docx", docx_bytes([
         ("h1", "Plan d'approvisionnement 2024 - bandes sécheurs / annual supply plan 2024"),
         ("p", f"De: {AAVL}, Direction Supply Chain - À: {BAELTEX}, Mette Kjær - 08/01/2024"),
         ("h", "Prévisions / forecast 2024"),
         ("table", [
             ["Sécheur", "Arrêt prévu", "Segments BX-DRY-2400"],
             ["Ligne 1", "semaine 18", "6"],
             ["Ligne 2", "semaine 31", "6"],
             ["Ligne 3", "semaine 44", "6"],
             ["Total", "", "18"],
         ]),
         ("p", "Ce plan vaut commande ferme pour les 18 segments. / This plan is our firm order for the "
               "18 segments: Bæltex may plan the production and the wire accordingly."),
         ("p", "Les bons de commande SAP suivront par ligne pour la facturation."),
         ("p", "Hélène Marchand, Directrice Supply Chain"),
     ], author="Hélène Marchand"))])


# p38 -- meeting minutes stating the sample quantity twice, differently (500 vs 600).
case("p38_minutes_500_vs_600", ["RG011"],
     "Minutes: 'PO SP-PO-2405-031 covers 500 sample scoop inserts' and later 'Hengda to ship 600 "
     "samples under SP-PO-2405-031'; scope otherwise complete.",
     [("MoM_SC-30_2024-05-08.docx", docx_bytes([
         ("h1", "Minutes of meeting - SC-30 scoop insert, new colour"),
         ("p", "Date: 8 May 2024, 14:00 ICT / 15:00 CST (Teams). Siam PetPack: Nattaya Srisuk, "
               "Somchai Wongsa. Hengda: Lily Zhou, Wang Jun."),
         ("h", "1. Scope"),
         ("p", "PO SP-PO-2405-031 covers 500 sample scoop inserts SC-30 in Pantone 7545C. The balance "
               "of 49.500 pcs is not released; it is released only after Somchai Wongsa's sample "
               "sign-off and a written release from Khun Pornthip Chaiyaporn, Plant Director."),
         ("h", "2. Technical"),
         ("p", "Mould HD-SC30 rev 4 (16 cavities). Colour ΔE ≤ 1.5 vs master plaque. Gate vestige "
               "max 0.3 mm. Drop test 1.2 m on 20 pcs."),
         ("h", "3. Actions"),
         ("table", [
             ["#", "Action", "Owner", "Due"],
             ["1", "Hengda to ship 600 samples under SP-PO-2405-031, 3 pcs per cavity marked",
              "Lily Zhou", "26 May"],
             ["2", "Send colour measurement report", "Wang Jun", "24 May"],
             ["3", "Book drop test and fill trial on line 3", "Somchai Wongsa", "30 May"],
         ]),
     ], author="Nattaya Srisuk"))])


# p39 -- Brazilian minutes: 2 pilot segments authorized, quote with 16 series shown, release
#        authority named, nothing on hold, no event.
case("p39_ata_pilot_quote_series", ["RG001", "RG003", "RG004"],
     "Minutes authorize two pilot segments and repeat the quote with 16 series segments unmarked; "
     "Marcos Teixeira named as release authority, but no hold and no unlock event.",
     [("Ata_reuniao_PetVida_Baeltex.docx", docx_bytes([
         ("h1", "Ata de reunião / minutes - PetVida x Bæltex"),
         ("p", "Data: 25/04/2024 - local: Chapecó (visita Bæltex) - participantes: Rafael Nogueira, "
               "Juliana Bastos, Marcos Teixeira (PetVida); Mette Kjær (Bæltex)"),
         ("h", "Decisões / decisions"),
         ("num", "PetVida authorizes two (2) pilot belt segments now under PO PV-5520, delivery week 24."),
         ("num", "Quote BX-Q-24-061 stays as basis: 2 pilot + 16 series segments, EUR 18.940,00 per "
                 "segment, lead time series 10 weeks."),
         ("num", "Release authority for the series: Marcos Teixeira, Gerente de Supply Chain."),
         ("num", "Mesh 5 x 5 mm, wire 1,2 mm AISI 304; weld per EN ISO 15614-1; tracking test 4 h at Bæltex."),
         ("h", "Próximos passos"),
         ("p", "Bæltex envia desenho BX-D-2400-07 rev B até 03/05. PetVida prepara a parada do secador D-2."),
         ("p", "Redação: Rafael Nogueira"),
     ], author="Rafael Nogueira"))])


# p40 -- buyer portal: 'approved' for the PO workflow, the PO change and the production of the
#        pilot; an unscoped 'Go ahead' in the message box.
case("p40_portal_po_change_go_ahead", ["RG002", "RG009"],
     "Portal: 'PO Approved' (workflow), 'Production approved: 1 pilot segment', scope complete for the "
     "balance; message 'PO change 01 approved. Go ahead' names no quantity.",
     [("portal_SP-PO-2405-027.html", html_page("Siam PetPack Supplier Portal - SP-PO-2405-027", """
<h2>Siam PetPack Supplier Portal &raquo; SP-PO-2405-027 &raquo; Bæltex A/S</h2>
<table>
<tr><th>Workflow status</th><td>PO Approved &#10004; (Finance, 02.05.2024)</td></tr>
<tr><th>Change order</th><td>PO change 01 - delivery address Plant 2 - Approved &#10004; (06.05.2024)</td></tr>
<tr><th>Production approved</th><td>1 pilot segment BX-DRY-2400 (line 10)</td></tr>
</table>
<div class="note">
<p>Balance 17 segments: not released. Release only after oven-trial sign-off by Somchai Wongsa
(Engineering Manager) and written release by Khun Pornthip Chaiyaporn, Plant Director.</p>
</div>
<h3>Messages</h3>
<table>
<tr><th>Date</th><th>From</th><th>Message</th></tr>
<tr><td>06.05.2024 09:12</td><td>Mette Kjær (Bæltex)</td><td>Hello, new delivery address received. Please confirm the PO change so we can continue.</td></tr>
<tr><td>06.05.2024 13:40</td><td>Nattaya Srisuk (Siam PetPack)</td><td>Khun Mette, PO change 01 (new delivery address Plant 2) approved. Go ahead ka &#128578;</td></tr>
</table>
<p style="color:#666">Portal v4.2 &middot; Siam PetPack Co., Ltd. &middot; ISO 22000:2018 / FSSC 22000</p>
"""))])


# p41 -- buyer portal release notice: invoice paid, 'production released', no quantity.
case("p41_portal_release_invoice_paid", ["RG010", "RG012"],
     "Release notice: 'Tooling invoice paid on March 28 - production released. Please start production' "
     "with no quantity (payment treated as release).",
     [("MH_notice_RN-24-019.html", html_page("Maple Hound Supplier Hub - RN-24-019", """
<h2>Maple Hound Supplier Hub &raquo; Notices &raquo; RN-24-019</h2>
<table>
<tr><th>Supplier</th><td>Changzhou Hengda Precision Mould Co., Ltd. (V-2031)</td></tr>
<tr><th>Item</th><td>TM-BONE-24 - 24-cavity bone treat mould, dwg HD-TM24 rev D</td></tr>
<tr><th>PO</th><td>MH-24-0077 rev 1</td></tr>
<tr><th>Posted</th><td>April 2, 2024 - 4:15 PM EDT</td></tr>
</table>
<div class="note">
<p><b>Release notice:</b> Tooling invoice INV-HD-0331 paid on March 28 - production released.</p>
<p>Please start production of the bone treat moulds. Ship FOB Shanghai, crate marking MH-TM24.</p>
</div>
<p>Posted by: Priya Sandhu, VP Operations</p>
<p style="color:#666">Maple Hound Treats Inc. &middot; 410 Woodlawn Rd W, Guelph ON &middot; SQF Edition 9 certified site</p>
"""))])


# p42 -- buyer portal production release: 120.000 in the header, 12.000 on the line.
case("p42_portal_release_120k_vs_12k", ["RG011"],
     "Production release page: header 'quantité libérée 120.000', line table 12.000 for the same "
     "release; balance and next call-off by Hélène Marchand stated.",
     [("portail_LP-2024-022.html", html_page("AAVL Portail Fournisseurs - LP-2024-022", """
<h2>AAVL Portail Fournisseurs &raquo; Libération de production LP-2024-022</h2>
<table>
<tr><th>Fournisseur</th><td>Tapas y Envases del Bajío S.A. de C.V.</td></tr>
<tr><th>Contrat cadre</th><td>CC-2024-009 - couvercles EOE 73 mm (300 dia.) TH550 - 480.000</td></tr>
<tr><th>Quantité libérée / released quantity</th><td><b>120.000</b></td></tr>
<tr><th>Date</th><td>06/05/2024</td></tr>
<tr><th>Signé</th><td>Hélène Marchand, Directrice Supply Chain</td></tr>
</table>
<h3>Détail de la libération</h3>
<table>
<tr><th>Ligne</th><th>Article</th><th>Qté libérée</th><th>Livraison</th><th>Lieu</th></tr>
<tr><td>1</td><td>EOE73-TH550 vernis or</td><td>12.000</td><td>sem. 22</td><td>DAP Segré-en-Anjou</td></tr>
</table>
<div class="note">Solde 360.000 non libéré, jusqu'au prochain appel de livraison signé par Hélène Marchand.
Autorisation matière: fer blanc pour la quantité libérée uniquement.</div>
""", lang="fr"))])


# p43 -- buyer portal sample PO showing the program quantity; nothing else.
case("p43_portal_po_program_qty", ["RG001", "RG003", "RG004", "RG005"],
     "Portal sample PO (6 nozzles) showing 'program quantity 180' from the quote with nothing saying "
     "it is not released; no hold, no event, no release person.",
     [("MH_supplier_hub_PO_MH-24-0131.html", html_page("Maple Hound Supplier Hub - PO MH-24-0131", """
<h2>Maple Hound Supplier Hub &raquo; Purchase Orders &raquo; MH-24-0131</h2>
<table>
<tr><th>Supplier</th><td>Ege Dolum Makina San. ve Tic. A.&#350;. (V-3107), Manisa, T&uuml;rkiye</td></tr>
<tr><th>Buyer</th><td>Jenna McAllister</td></tr>
<tr><th>Date</th><td>May 14, 2024</td></tr>
<tr><th>Status</th><td>Sent to supplier</td></tr>
</table>
<h3>Lines</h3>
<table>
<tr><th>Ln</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit EUR</th><th>Amount EUR</th></tr>
<tr><td>1</td><td>NZ-40-DN20</td><td>Pouch-filling nozzle DN20 for treat pouches, 1.4404 - sample for trial on filler F-2</td><td>6</td><td>1,090.00</td><td>6,540.00</td></tr>
</table>
<table>
<tr><th>Program quantity (per quote EGD-Q-24-140)</th><td>180</td></tr>
<tr><th>Incoterm</th><td>FCA Izmir</td></tr>
<tr><th>Standards</th><td>EN 1672-2, 3.1 cert EN 10204, thread G 3/4"</td></tr>
</table>
<p>Please acknowledge within 3 business days.</p>
"""))])


# p44 -- multi-file: sample PO (complete scope) + supplier proforma with a different quantity and
#        'payment = production release'.
_p44_po = pdf([
    ("h1", "PURCHASE ORDER SP-PO-2408-004"),
    ("p", f"{SIAM} - 88/9 Moo 4, Rama II Rd, Mueang Samut Sakhon 74000, Thailand"),
    ("p", f"Supplier: {EGE_PDF}, Manisa, Türkiye - vendor 70231 - Date: 2024-08-05 - Buyer: Nattaya Srisuk"),
    ("table", [
        ["Line", "Item", "Description", "Qty", "Unit EUR", "Amount EUR"],
        ["10", "NZ-65-DN25", "Anti-drip filling nozzle DN25, 1.4404, dwg EGD-NZ65-A3 rev 2 - SAMPLE",
         "6", "1.240,00", "7.440,00"],
    ]),
    ("sp",),
    ("h", "Scope"),
    ("p", "This PO releases six (6) sample nozzles only. The production balance of 234 nozzles is not "
          "released. It is released only after the sample sign-off by Somchai Wongsa (Engineering "
          "Manager) and a written release from Khun Pornthip Chaiyaporn, Plant Director."),
    ("p", "Material authority: sample-only. Payment: 30% advance, 70% before shipment. CIF Laem Chabang."),
], title="SP-PO-2408-004", author="Siam PetPack Purchasing")
_p44_pi = pdf([
    ("h1", "PROFORMA INVOICE PI-24-0877"),
    ("p", f"{EGE_PDF} - Manisa OSB 3. Kisim, 45030 Manisa / Türkiye - VAT 325 555 0177"),
    ("p", "Buyer: Siam PetPack Co., Ltd., Samut Sakhon, Thailand - your PO: SP-PO-2408-004 - "
          "date: 07.08.2024"),
    ("table", [
        ["Pos", "Description", "Qty", "Unit EUR", "Total EUR"],
        ["1", "NZ-65 DN25 anti-drip filling nozzle, 1.4404 - samples", "12", "1.240,00", "14.880,00"],
        ["", "Advance payment 100%", "", "", "14.880,00"],
    ]),
    ("sp",),
    ("p", "Bank: Turkiye Is Bankasi, Manisa branch, IBAN TR55 0006 4000 0011 2345 6789 01, SWIFT ISBKTRIS."),
    ("p", "Production starts after receipt of 100% advance payment. Payment of this proforma = order "
          "confirmation and production release."),
    ("p", "Delivery: 5 weeks after payment, CIF Laem Chabang. HS code 8481.80."),
], title="PI-24-0877", author="Ege Dolum")
case("p44_po_and_proforma", ["RG011", "RG012"],
     "Multi-file: PO releases 6 sample nozzles with complete scope; the supplier proforma for the same "
     "PO states 12 pcs and 'payment of this proforma = order confirmation and production release'.",
     [("SP-PO-2408-004.pdf", _p44_po), ("PI-24-0877.pdf", _p44_pi)])


# p45 -- multi-file: SAP PO (500 sample scoops, scope complete) + supplier mail confirming 5.000 and
#        rolling into mass production after sample approval.
_p45_po = """GRUPO PETVIDA S.A.                                        PEDIDO DE COMPRA
ROD. SC-283 KM 4 - CHAPECO SC - CNPJ 12.555.018/0001-40   PURCHASE ORDER
-------------------------------------------------------------------------------------
Pedido nº     : 4500223310            Data       : 10.06.2024
Tipo          : NB Pedido normal      Comprador  : R. NOGUEIRA (C07)
Fornecedor    : 400512 CHANGZHOU HENGDA PRECISION MOULD CO., LTD.
                NO. 18 WUYI ROAD, WUJIN, CHANGZHOU, JIANGSU, CN
Cond. pagto   : Z030 30 DIAS          Incoterm   : FOB SHANGHAI
-------------------------------------------------------------------------------------
Item   Material      Texto breve                           Qtd.  UM   Preço USD    Valor
-------------------------------------------------------------------------------------
00010  SC-30-PV      DOSADOR 30 ML PP BRANCO - AMOSTRAS      500  PC     0,1200    60,00
       Texto do item:
       AMOSTRAS PARA TESTE NA LINHA DE ENVASE 3 (RACAO GATO 1 KG).
       DESENHO HD-SC30 REV 4 - PP HOMOPOLIMERO - EU 10/2011 / ANVISA RDC 326/2019.
-------------------------------------------------------------------------------------
Texto de cabeçalho / header text:
ESTE PEDIDO LIBERA SOMENTE 500 (QUINHENTAS) AMOSTRAS.
O SALDO DE 49.500 PCS NAO ESTA LIBERADO. LIBERACAO SOMENTE APOS A APROVACAO DAS
AMOSTRAS PELA ENGENHARIA (JULIANA BASTOS) E LIBERACAO POR ESCRITO DE MARCOS TEIXEIRA,
GERENTE DE SUPPLY CHAIN. MATERIAL: SOMENTE PARA AS AMOSTRAS.
THIS PO RELEASES 500 SAMPLES ONLY. BALANCE 49.500 NOT RELEASED UNTIL SAMPLE SIGN-OFF
AND WRITTEN RELEASE BY MARCOS TEIXEIRA.
-------------------------------------------------------------------------------------
Emitido em 10.06.2024 09:41 por NOGUEIRAR - SAP ME9F                     Página 1 / 1
"""
_p45_mail_text = """Dear Rafael,

Thank you for your PO 4500223310. We confirm: SC-30 scoop samples, qty 5.000 pcs as your PO,
delivery 2 weeks by air to Chapecó.

After your sample approval we go direct to mass production of the 49.500 pcs, no need new PO,
so we save 2 weeks for you.

Best regards
""" + sig("Wang Jun 王军", "Project Manager", HENGDA, "+86 519 8555 0123") + """
-----Original Message-----
From: Rafael Nogueira <rafael.nogueira@petvida.com.br>
Sent: Monday, June 10, 2024 9:52 PM
To: Wang Jun <wangjun@hengda-mould.cn>
Subject: PO 4500223310 dosador SC-30

""" + q("""Hello Wang Jun,
attached our PO 4500223310 for the SC-30 samples. Please confirm.
Rafael""")
case("p45_sap_po_and_ack_5000", ["RG007", "RG011"],
     "Multi-file: SAP PO releases 500 sample scoops (scope complete); supplier ack confirms '5.000 pcs "
     "as your PO' and says it goes straight into mass production after sample approval.",
     [("PO_4500223310.txt", _p45_po),
      ("RE_PO_4500223310.eml", eml_bytes(mail(
          WANGJUN, RAFAEL, "RE: PO 4500223310 dosador SC-30", "Tue, 11 Jun 2024 10:15:00 +0800",
          _p45_mail_text, in_reply_to="<h195-rn-0610@petvida.com.br>")))])


# ==================================================================== WRITE
RULES = [f"RG{i:03d}" for i in range(1, 13)]


def _safe(stem):
    return re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_")


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case ids"
    for c in CASES:
        assert all(r in RULES for r in c["expect"]), c["name"]
        assert c["name"][0] in "cp" and (c["name"][0] == "c") == (not c["expect"]), c["name"]
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(CASES)
    random.Random(195195).shuffle(order)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h195_{i:02d}_{_safe(Path(c['files'][0][0]).stem)}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            (d / fn).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    clean = sum(1 for v in labels.values() if not v["expect"])
    print(f"{len(labels)} cases ({clean} clean) written to {OUT}")


if __name__ == "__main__":
    main()
