#!/usr/bin/env python3
"""Generator for the releasegate check_holdout48 corpus.

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout48/build.py

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
    m["Message-ID"] = msgid or f"<h48-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h48")
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


IT_DISCLAIMER = (
    "\n-- \n{name}\n{title}\n{company}\n{phone}\n\n"
    "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al "
    "destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di avvisarci e di "
    "cancellarlo. / This message is confidential and intended only for the addressee.\n"
)
FR_DISCLAIMER = (
    "\n-- \n{name}\n{title}\n{company}\n{phone}\n\n"
    "Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs "
    "destinataires. Toute utilisation non conforme est interdite. Pensez à l'environnement avant "
    "d'imprimer ce message.\n"
)


def sig_it(name, title, company, phone="+39 0444 000 000"):
    return IT_DISCLAIMER.format(name=name, title=title, company=company, phone=phone)


def sig_fr(name, title, company, phone="+33 1 84 60 00 00"):
    return FR_DISCLAIMER.format(name=name, title=title, company=company, phone=phone)


def html_mail(text):
    """Simple HTML alternative of a plain-text mail body."""
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + escape(p).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">\n" + "\n".join(out) + "\n</body></html>\n"


def quote_block(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.splitlines())


# parties (fictional)
CAMILLE = "Camille Vasseur <c.vasseur@maison-aurele.fr>"
INES = "Inès Morel <i.morel@maison-aurele.fr>"
ELISA = "Elisa Dal Molin <commerciale@dalmolin-orafi.it>"
STEFANO = "Stefano Dal Molin <stefano@dalmolin-orafi.it>"
RACHEL = "Rachel Kim <rkim@haldenpierce.com>"
PLOY = "Ploy Chaiyaporn <ploy@siamprecious.co.th>"
RUI = "Rui Fonseca <rui.fonseca@courosfonseca.pt>"
ANA = "Ana Pereira <ana.pereira@courosfonseca.pt>"
RAJESH = "Rajesh Agarwal <rajesh@jaipursilvercraft.in>"
CHIARA = "Chiara Benetti <c.benetti@orlandigioielli.it>"
GIOVANNI = "Giovanni Bruni <giovanni@pelletteria-arno.it>"
FEDERICA = "Federica Sala <f.sala@maisonvireo.it>"
NORA = "Nora Favre <n.favre@atelier-solene.ch>"
OLIVIER = "Olivier Girard <o.girard@boitiers-girard.ch>"
MARC = "Marc Dubois <m.dubois@fermoirs-dubois.ch>"
LEA = "Léa Girardin <lea.girardin@castellane-joaillerie.fr>"
SOFIA = "Sofia Ferreira <sofia@ferreirafiligrana.pt>"
MEGAN = "Megan Doyle <mdoyle@brightwaterjewelry.com>"
ALAN = "Alan Reyes <areyes@brightwaterjewelry.com>"
VIKRAM = "Vikram Shah <vikram@mumbaifindings.in>"
LUKAS = "Lukas Meier <lukas.meier@besson-manufacture.ch>"
URS = "Urs Steiner <urs.steiner@atelier-steiner.ch>"

S_CAMILLE = sig_fr("Camille Vasseur", "Acheteuse Composants / Component Buyer", "Maison Aurèle SAS, Paris",
                   "+33 1 84 60 22 10")
S_RACHEL = sig("Rachel Kim", "Senior Buyer, Purchasing", "Halden & Pierce, New York", "+1 212 555 0148")
S_CHIARA = sig_it("Chiara Benetti", "Ufficio Acquisti", "Orlandi Gioielli S.r.l., Vicenza", "+39 0444 512 230")
S_FEDERICA = sig_it("Federica Sala", "Buyer pelletteria", "Maison Vireo S.p.A., Milano", "+39 02 8790 4411")
S_NORA = sig("Nora Favre", "Acheteuse habillage", "Atelier Solène SA, Genève", "+41 22 555 40 12")
S_LEA = sig_fr("Léa Girardin", "Acheteuse", "Castellane Joaillerie, Lyon", "+33 4 72 00 18 55")
S_MEGAN = sig("Megan Doyle", "Sourcing Manager", "Brightwater Jewelry Co., Providence RI", "+1 401 555 0177")
S_LUKAS = sig("Lukas Meier", "Purchasing Lead", "Manufacture Besson SA, Le Sentier", "+41 21 555 71 30")

# =================================================================== CLEAN
# ---- c01: sample PO by email + PDF; the quoted production quantity is declared informational
_c01_pdf = pdf([
    ("h1", "MAISON AURÈLE — BON DE COMMANDE / PURCHASE ORDER"),
    ("p", "PO 4500-2211 · date 03.06.2024 · acheteuse Camille Vasseur"),
    ("p", "Fournisseur / supplier: Laboratorio Orafo Dal Molin S.n.c., Via dell'Oreficeria 18, 36100 Vicenza (IT)"),
    ("table", [
        ["Ligne", "Référence", "Désignation", "Qté", "Prix unit. EUR", "Total EUR"],
        ["10", "AUR-BG-118", "Bague Lierre, argent 925 rhodié — CAMPIONATURA / échantillons, tailles 50-56", "12", "38,50", "462,00"],
    ]),
    ("sp",),
    ("h", "Portée de la commande / scope"),
    ("p", "This PO covers twelve (12) sample rings only. The production quantity of 1.200 pcs in offer 0457/24 "
          "is for information only and is not released."),
    ("p", "Balance on hold until the written sample sign-off by Inès Morel (Développement produit). Production "
          "release only in writing by Hélène Brissac, Directrice Supply Chain."),
    ("p", "Material authority: sample-only. Do not buy grain for the production run."),
    ("p", "Répartition tailles: 50 ×2, 52 ×3, 54 ×4, 56 ×3. Dessin AUR-BG-118 ind. D. Poinçons: 925 + poinçon de maître 1234 VI."),
    ("p", "Livraison DAP Paris, au plus tard le 28.06.2024. Conditions de paiement: 60 jours fin de mois."),
], title="PO 4500-2211", author="Maison Aurele")

_c01_txt = """Buongiorno Elisa,

Please find attached our purchase order 4500-2211 for the campionatura of the Lierre ring
(ref. AUR-BG-118, drawing AUR-BG-118 ind. D).

To be very clear about the scope:
- This PO covers twelve (12) sample rings in silver 925, rhodium plated, sizes 50 to 56 as per the
  size split in the PO. These 12 are the only pieces you may make now.
- The production quantity of 1.200 pcs in your offer 0457/24 is for information only and is not
  released. Please do not cast, and do not buy grain, for the production run.
- The balance stays on hold until Inès Morel (Développement produit) has signed off the 12 samples in
  writing. After that sign-off, only Hélène Brissac, our Directrice Supply Chain, can release the
  production quantity, by a separate written production release.

Hallmarking: please punch 925 and your maker's mark 1234 VI on the inside of the shank, as on the
Pervinca ring last year. Please send the gram weight of each piece with the samples; we need them in
Paris by 28 June for the collection review.

Merci et bonne journée,
Camille
""" + S_CAMILLE

case("c01_aurele_lierre_sample_po", [], "sample PO: 12 active, 1.200 informational/not released, sign-off by Inès, release by Hélène; material sample-only",
     [("Commande_4500-2211.eml", eml_bytes(mail(
         CAMILLE, ELISA, "Commande 4500-2211 — campionatura bague Lierre AUR-BG-118",
         "Mon, 03 Jun 2024 10:14:00 +0200", _c01_txt,
         attachments=[("PO_4500-2211.pdf", _c01_pdf, PDF_MT)])))])

# ---- c02: supplier quote with sample and production tiers, nothing authorized
case("c02_siam_quote_tiers", [], "supplier quotation alone: two tiers, no authorized quantity; production starts only after written release",
     [("SPC-Q-24-0611.pdf", pdf([
         ("h1", "SIAM PRECIOUS CASTING CO., LTD."),
         ("p", "88/14 Moo 5, Bang Kruai, Nonthaburi 11130, Thailand · Tax ID 0125561009821"),
         ("h", "QUOTATION SPC-Q-24-0611"),
         ("p", "To: Halden & Pierce, Attn. Ms. Rachel Kim · Date: 11 June 2024 · Validity: 30 days"),
         ("p", "Item: 'Tidepool' pendant HP-PD-204, silver 925, polished + rhodium 0.2 micron, bail 4 mm. "
               "Weight approx. 3.85 g per piece (from your 3D file HP-PD-204_v3.stl)."),
         ("table", [
             ["No.", "Description", "Qty", "Unit price USD", "Lead time"],
             ["1", "Master model, silver 925, hand finished", "1", "180.00", "7 days"],
             ["2", "Rubber mould (vulcanized)", "1", "95.00", "3 days after master model sign-off"],
             ["3", "Samples, silver 925, polished, rhodium", "20 pcs", "21.40", "10 days after master model sign-off"],
             ["4", "Production, silver 925, polished, rhodium", "2,000 pcs", "14.85", "6 weeks after your written production release"],
         ]),
         ("sp",),
         ("p", "Silver basis USD 29.50/oz; production price will be adjusted to the silver fixing on the date of "
               "your written production release."),
         ("p", "Payment: samples 100% before shipment. Production: 30% deposit after your written production "
               "release, balance before shipment."),
         ("p", "Production quantity is quoted for price only. We start production only on your written "
               "production release, not on this quotation."),
         ("p", "Khun Ploy Chaiyaporn · Sales Manager · +66 2 555 0192 · ploy@siamprecious.co.th"),
     ], title="SPC-Q-24-0611", author="Siam Precious Casting"))])

# ---- c03: supplier asks about the balance; buyer answers with full scope (WhatsApp, Italian)
case("c03_arno_chat_question", [], "supplier's question about the balance is not an approval; buyer restates 20 only, 480 blocked, sign-off Marco, written release by Chiara",
     [("WhatsApp_Chat_Giovanni_Bruni.txt", """\
[12/06/24, 09:14:03] Giovanni Bruni: Buongiorno Chiara! I campioni dei bracciali in pelle sono pronti domani 👍
[12/06/24, 09:14:40] Giovanni Bruni: <allegato: IMG-20240612-WA0007.jpg>
[12/06/24, 09:15:40] Giovanni Bruni: Domanda: per il saldo di 480 abbiamo il via? così prenotiamo il taglio della settimana 26
[12/06/24, 09:29:12] Chiara Benetti: Ciao Giovanni! Bellissimi i colori
[12/06/24, 09:31:12] Chiara Benetti: No, non ancora. Per ora solo i 20 campioni dell'ordine 7700-118, niente di più.
[12/06/24, 09:31:55] Chiara Benetti: Il saldo di 480 resta bloccato, non è rilasciato. Si sblocca solo quando Marco Zanella (sviluppo prodotto) firma i campioni, e poi la release scritta per la produzione la mando io.
[12/06/24, 09:33:08] Giovanni Bruni: Ok chiaro 👌 niente taglio e niente pelle per il saldo. Spediamo i 20 venerdì con BRT
[12/06/24, 09:33:40] Chiara Benetti: Perfetto grazie 🙏 ricordati il timbro a secco del logo sul passante e la misura 19 cm + 2
[12/06/24, 09:34:02] Giovanni Bruni: Sì sì, come da disegno ORL-BR-05 rev 3
"""), ])

# ---- c04: labelled forecast (HTML table)
_c04_rows = "".join(
    f"<tr><td>{r}</td><td>{d}</td><td>{w}</td><td style='text-align:right'>{a}</td><td style='text-align:right'>{b}</td>"
    f"<td style='text-align:right'>{c}</td><td style='text-align:right'>{a+b+c:,}</td></tr>\n"
    for r, d, w, a, b, c in [
        ("HP-ST-2018-BLK", "Calf strap, black, 20/18 mm", "20 mm", 120, 160, 140),
        ("HP-ST-2018-TAN", "Calf strap, tan, 20/18 mm", "20 mm", 80, 120, 100),
        ("HP-ST-2220-NAV", "Calf strap, navy, 22/20 mm", "22 mm", 60, 90, 90),
        ("HP-ST-1816-BRD", "Calf strap, bordeaux, 18/16 mm", "18 mm", 40, 60, 60),
    ])
case("c04_hp_forecast_labelled", [], "clearly labelled non-binding forecast; no order, no material authority",
     [("HP_FW25_planning_outlook.html", html_page("FW25 planning outlook — straps", f"""
<h2>Halden &amp; Pierce — FW25 planning outlook, leather watch straps</h2>
<p>To: Couros Fonseca Lda, Guimarães — attn. Rui Fonseca / Ana Pereira<br>From: Rachel Kim, Purchasing — 14 June 2024</p>
<p class="note"><b>FORECAST ONLY — NON-BINDING.</b> This outlook is not a purchase order, not a commitment to buy and
not a production release. No material authority is given: please do not buy hides against it. Firm quantities come
only by separate purchase order and a written production release.</p>
<table>
<tr><th>Reference</th><th>Description</th><th>Width</th><th>Sep</th><th>Oct</th><th>Nov</th><th>Total (forecast)</th></tr>
{_c04_rows}</table>
<p>Buckle: HP-BK-18 brushed steel, supplied by us. Loops: 1 fixed + 1 floating. Stitching: 6 stitches/cm, tone on tone.</p>
<p>We share this so you can plan capacity at your own discretion. Questions to Rachel Kim (+1 212 555 0148).</p>
"""))])

# ---- c05: prototype sign-off for fit check only (DOCX, French)
case("c05_besson_pv_fitcheck", [], "prototypes validated for fit check only; production not released; written production release by Patrick Rochat after 10 bar test",
     [("PV_validation_BES-40-GMT.docx", docx_bytes([
         ("h1", "Manufacture Besson SA — Procès-verbal de validation échantillons"),
         ("p", "Fournisseur: Boîtiers Girard SA, Porrentruy · Commande 88120 · Boîte acier 316L ref. BES-40-GMT, dessin 40-0316 indice C"),
         ("p", "Date: 07.06.2024 · Rédigé par Sandrine Jaquet, Qualité fournisseurs"),
         ("h", "Résultat"),
         ("p", "Les cinq (5) boîtes prototypes livrées le 3 juin sont validées pour le contrôle d'emboîtage "
               "uniquement (mouvement calibre BES-12, couronne vissée, fond vissé). Cette validation ne libère pas la production."),
         ("table", [
             ["Cote", "Nominal", "Mesuré (moy. 5 pcs)", "Statut"],
             ["Ø carrure", "40,00 ±0,05", "40,02", "OK"],
             ["Hauteur totale", "11,80 ±0,10", "11,86", "OK"],
             ["Entre-cornes", "20,00 +0,10/-0", "20,04", "OK"],
             ["Étanchéité (ISO 22810:2010)", "10 bar", "non testé", "à faire"],
         ]),
         ("h", "Suite"),
         ("p", "Quantité active: aucune pièce supplémentaire. Les 5 prototypes livrés restent la seule quantité couverte à ce jour."),
         ("p", "Commande 88120: le solde de 495 boîtes n'est pas libéré. Aucune pièce ne doit être usinée et aucune "
               "matière ne doit être commandée pour la série."),
         ("p", "Déblocage: essai d'étanchéité 10 bar réussi sur les prototypes, puis libération de production écrite, "
               "signée par Patrick Rochat, Directeur industriel. Personne d'autre ne peut libérer le solde."),
         ("p", "Sandrine Jaquet — Qualité fournisseurs"),
     ], author="Sandrine Jaquet"))])

# ---- c06: full-quantity production PO with "proceed" scoped to the quantity
case("c06_brightwater_full_po", [], "full-quantity production PO (3,000), no balance; 'proceed with the 3,000 pcs' is scoped; part numbers and norms look like quantities",
     [("PO_24-4402.pdf", pdf([
         ("h1", "BRIGHTWATER JEWELRY CO."),
         ("p", "225 Dyer Street, Providence, RI 02903, USA"),
         ("h", "PURCHASE ORDER 24-4402"),
         ("p", "Date: June 4, 2024 · Vendor: Mumbai Findings Ltd., Plot 17, SEEPZ, Andheri (E), Mumbai 400096 · Buyer: Megan Doyle"),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit USD", "Ext. USD"],
             ["1", "BJ-CL-1000-12", "Lobster clasp 12 mm, sterling silver 925, rhodium, per drawing BJ-CL-1000 Rev C", "3,000", "0.94", "2,820.00"],
         ]),
         ("sp",),
         ("p", "Scope: production. This PO is the production release for the full 3,000 pcs. There is no sample "
               "stage: the part was signed off under PO 22-1180 in 2023 and drawing Rev C is unchanged."),
         ("p", "Please proceed with the 3,000 pcs as per drawing Rev C. Requirements: nickel release per EN 1811:2011, "
               "salt spray ASTM B117 48 h on 5 pcs per lot, spring force 2.5-3.5 N."),
         ("p", "Ship by August 16, 2024, FCA Mumbai, in bags of 100. Terms: net 45."),
         ("p", "Authorized by: Megan Doyle, Sourcing Manager"),
     ], pagesize=LETTER, title="PO 24-4402", author="Brightwater Jewelry"))])

# ---- c07: call-off with explicit staged material authority above the released quantity (ERP TXT)
case("c07_besson_calloff_staged", [], "call-off releases 150; explicit staged material authority for 600 at buyer's liability; balance 450 on hold until next call-off by L. Meier",
     [("CO-24-0077.txt", """\
MANUFACTURE BESSON SA                    CALL-OFF / ABRUF                NO. CO-24-0077
CH-1347 LE SENTIER                                                       PAGE 1 OF 1
================================================================================
DATE        : 2024-06-17            BUYER : L. MEIER (PURCHASING LEAD)
SUPPLIER    : 40118 ATELIER STEINER SA, RUE DU PARC 112, 2300 LA CHAUX-DE-FONDS
FRAME AGR.  : FA-2024-12 (600 PCS, PRICE VALID 31.12.2024)
PART        : LNK-904-22   BRACELET H-LINK 22MM 904L BRUSHED   DRG 4410 REV 7
--------------------------------------------------------------------------------
POS  DESCRIPTION                              QTY    UOM   PRICE CHF   DUE
010  BRACELET ASSY 904L 22MM, 7 LINKS + CLASP  150    PCS     212.00   2024-09-13
--------------------------------------------------------------------------------
PRODUCTION RELEASED BY THIS CALL-OFF : 150 PCS
MATERIAL AUTHORITY (STAGED)          : 904L BAR FOR UP TO 600 BRACELETS MAY BE
                                       BOUGHT NOW, AT BUYER'S LIABILITY
BALANCE FA-2024-12                   : 450 PCS - NOT RELEASED - ON HOLD
UNLOCK EVENT                         : NEXT CALL-OFF (PLANNED WK 40)
RELEASE AUTHORITY                    : L. MEIER, PURCHASING LEAD (ONLY)
--------------------------------------------------------------------------------
INSPECTION: 100% VISUAL, 5 PCS DIMENSIONAL PER DRG 4410 REV 7. COC REQUIRED.
PACKING: INDIVIDUAL PE SLEEVE, 25 PCS PER BOX. DELIVERY DAP LE SENTIER.
================================================================================
"""), ])

# ---- c08: explicit, recorded auto-conversion (DOCX, bilingual)
case("c08_orlandi_autoconversion", [], "explicit recorded auto-conversion naming quantity (290), signer (Marco Zanella), conditions and recorder (Lucia Ferrante)",
     [("Scope_note_7700-131.docx", docx_bytes([
         ("h1", "Orlandi Gioielli — Nota di portata / Scope note"),
         ("p", "Ordine / PO 7700-131 · Fornitore: Jaipur Silvercraft Pvt. Ltd., Sitapura Industrial Area, Jaipur · "
               "Charm 'Quadrifoglio' ORL-CH-77, argento 925 placcato oro giallo 1 micron"),
         ("table", [
             ["Voce / item", "Quantità / qty", "Stato / status"],
             ["Campioni / samples", "10", "released now"],
             ["Saldo / balance", "290", "not released (see point 3)"],
             ["Totale ordine / PO total", "300", ""],
         ]),
         ("num", "Active quantity now: ten (10) samples. Make only these."),
         ("num", "Balance: 290 pcs, not released at the date of this note. Material authority: sample-only until point 3 takes effect."),
         ("num", "Recorded auto-conversion (agreed in writing with Jaipur Silvercraft on 14 May 2024, ref. AC-24-003): "
                 "if Marco Zanella (Sviluppo prodotto) signs off the 10 samples as approved, in writing, within 30 days of "
                 "receipt and with no open deviation, that sign-off releases the 290 pcs by itself. No further release "
                 "document is needed in that case."),
         ("num", "The auto-conversion does not apply to an interim sign-off or to a sign-off with deviations. Then the "
                 "290 stay on hold until Lucia Ferrante, Direttore Operations, releases them in writing."),
         ("num", "This auto-conversion was recorded by Lucia Ferrante, who holds the release authority for this order."),
         ("p", "Vicenza, 15.05.2024 — Lucia Ferrante, Direttore Operations"),
     ], author="Lucia Ferrante"))])

# ---- c09: old quote forwarded as message/rfc822, declared informational
_c09_old = mail(
    PLOY, RACHEL, "Quotation earrings HP-ER-118 (2023)", "Tue, 14 Nov 2023 16:02:00 +0700",
    """Dear Khun Rachel,

Please see our price for the earrings HP-ER-118, silver 925, rhodium:

  Samples      30 pairs     USD 14.20 / pair
  Production   10,000 pairs USD  9.20 / pair   (silver basis USD 23.10/oz)

Lead time production 6-7 weeks. Price valid 30 days.

Best regards ka,
Ploy
Siam Precious Casting Co., Ltd.
""")
_c09_txt = """Hi Khun Ploy,

For the new Tidepool earrings (HP-ER-140) I am forwarding your quotation from last November
(attached below) only so you can see the price basis we talked about on Monday. Nothing in it is
ordered or released: the 10,000 pairs in that old quote are informational only.

What is live now: our PO HP-24-5531 covers thirty (30) sample pairs of HP-ER-140, nothing else.
The production quantity is still open and is not released. It stays on hold until Daniel Ortega
(Product Development) signs off the 30 samples; after that I, Rachel Kim, will send you a written
production release with the quantity. Please buy silver for the 30 samples only.

Samples to NY by July 19 please, with a weight list per pair.

Thanks and have a good week,
Rachel
""" + S_RACHEL
case("c09_hp_forward_old_quote", [], "forwarded rfc822 old quote (10,000) explicitly informational; 30 samples active, hold, sign-off Daniel, release by Rachel",
     [("RE_HP-24-5531.eml", eml_bytes(mail(
         RACHEL, PLOY, "HP-24-5531 Tidepool earrings samples / old quote for reference",
         "Wed, 12 Jun 2024 08:40:00 -0400", _c09_txt, attachments=[("rfc822", _c09_old)])))])

# ---- c10: quoted supplier assumption of auto-conversion, buyer corrects it
_c10_q = """On Mon, 10 Jun 2024 at 17:22, Rui Fonseca <rui.fonseca@courosfonseca.pt> wrote:
Hi Rachel,
the 20 sample straps of the Meridian (HP-ST-2220) ship on Thursday with DHL.
Once you approve the samples we will roll straight into the 1,180 straps so we keep
the August slot in the cutting room.
Cumprimentos,
Rui"""
_c10_txt = """Rui,

Thanks for the update — but please don't do that. Sample sign-off does not release production.

The 20 sample straps are all that is released under PO HP-24-5502. The remaining 1,180 stay on
hold until Daniel Ortega has signed off the samples and I, Rachel Kim, send you a written
production release. Please also hold off on the hides: no leather for the 1,180 until then.

If the August slot is at risk, tell me the last date you need the release by and I'll see what we
can do on our side.

Best,
Rachel
""" + S_RACHEL + "\n" + quote_block(_c10_q) + "\n"
case("c10_hp_correct_rollover", [], "quoted supplier roll-over assumption corrected by buyer: 20 only, 1,180 on hold, sign-off Daniel, written release by Rachel",
     [("RE_Meridian_samples.eml", eml_bytes(mail(
         RACHEL, RUI, "RE: Meridian samples HP-24-5502", "Tue, 11 Jun 2024 09:05:00 -0400", _c10_txt,
         in_reply_to="<cf-2024-0610-1722@courosfonseca.pt>")))])

# ---- c11: supplier: the advance does not release production (multipart/alternative)
_c11_txt = """Dear Ms. Vasseur,

Greetings from Jaipur.

We confirm receipt of the 30% advance (EUR 1.250,00) against our proforma JS/PI/24-117. Kindly
note that the advance does not release production.

As per your PO 4500-2245 we are making only the twenty-four (24) samples of the Ondine bangle
(AUR-BR-301). The balance of 576 pcs remains on hold until your written production release from
Ms. Hélène Brissac, after Ms. Inès Morel's sample sign-off. We have not purchased silver for the
balance and will not do so before that release.

Samples will be dispatched by FedEx on 21 June with the gram weight list and the hallmarking
certificate from the BIS assaying centre.

Warm regards,
Rajesh Agarwal
Director — Jaipur Silvercraft Pvt. Ltd.
E-14, Sitapura Industrial Area, Jaipur 302022 · +91 141 555 0186
"""
case("c11_jaipur_advance_not_release", [], "supplier acknowledgement: advance does not release production; 24 samples only, balance on hold",
     [("JS_PO_4500-2245_Ondine.eml", eml_bytes(mail(
         RAJESH, CAMILLE, "Advance received — PO 4500-2245 Ondine bangle samples",
         "Fri, 07 Jun 2024 13:10:00 +0530", _c11_txt, html=html_mail(_c11_txt))))])

# ---- c12: supplier order confirmation restating the hold (PDF, French)
case("c12_girard_ab_restates_hold", [], "supplier acknowledgement restates 8 prototypes, 392 not released, release by Patrick Rochat; PO acceptance is not a release",
     [("AB-24-0612.pdf", pdf([
         ("h1", "BOÎTIERS GIRARD SA"),
         ("p", "Rue des Tilleuls 9 · 2900 Porrentruy · Suisse · CHE-105.222.318 TVA"),
         ("h", "Confirmation de commande AB-24-0612"),
         ("p", "Client: Manufacture Besson SA, Le Sentier · Votre commande 88140 du 28.05.2024 · Votre contact: Lukas Meier"),
         ("table", [
             ["Pos.", "Article", "Désignation", "Qté", "Prix CHF", "Délai"],
             ["10", "BES-38-DT", "Boîte prototype acier 316L, carrure + lunette + fond saphir, dessin 38-0210 ind. A", "8", "385.00", "sem. 27"],
         ]),
         ("sp",),
         ("p", "Nous confirmons: huit (8) boîtes prototypes seulement. Le solde de 392 pièces de la série n'est pas libéré; "
               "nous ne lancerons ni usinage ni achat de matière pour ce solde avant votre libération de production écrite, "
               "signée par M. Patrick Rochat, après la validation des prototypes par Mme Sandrine Jaquet."),
         ("p", "L'acceptation de votre commande ne vaut pas libération de production."),
         ("p", "Étanchéité testée à 10 bar selon ISO 22810:2010. Matière 316L certifiée EN 10204 3.1."),
         ("p", "Porrentruy, le 30.05.2024 — Olivier Girard, Direction commerciale"),
     ], title="AB-24-0612", author="Boitiers Girard"))])

# ---- c13: identifiers that look like quantities (ERP TXT)
case("c13_solene_po_identifiers", [], "sample PO 6 pcs with full scope; part numbers, drawing rev, norms and lot numbers look like quantities",
     [("PO_2500-0480.txt", """\
ATELIER SOLENE SA - GENEVE                                   PURCHASE ORDER
CASE POSTALE 1800, 1211 GENEVE 3                            PO 2500-0480
-----------------------------------------------------------------------------
DATE      2024-06-18        BUYER   N. FAVRE           CURRENCY CHF
SUPPLIER  10480  FERMOIRS DUBOIS SARL, CH-2400 LE LOCLE
PART      DPL-316L-1800  DEPLOYANT CLASP 18MM 316L       DRG 1200 REV 15
SPEC      NICKEL RELEASE EN 1811:2011 / ISO 3160-2 / FINISH RA 0.2 / LOT 0900
-----------------------------------------------------------------------------
POS  QTY  UOM  PRICE     DELIVERY     TEXT
010    6  PCS  64.00     2024-07-12   SAMPLE (PRE-SERIES) FOR FIT ON CASE 36/39/42
-----------------------------------------------------------------------------
NOTE 1: ONLY THE 6 SAMPLE CLASPS ARE RELEASED. THE SERIES QTY IS NOT RELEASED.
NOTE 2: SERIES ON HOLD UNTIL FAI SIGN-OFF OF THE 6 PCS BY J. PERRET (QUALITY).
NOTE 3: SERIES RELEASE ONLY IN WRITING, SIGNED BY N. FAVRE, BUYER.
NOTE 4: MATERIAL AUTHORITY: SAMPLE-ONLY.
NOTE 5: MARKING "SOL 1800" LASER ON INNER BLADE, HEIGHT 0.8MM.
-----------------------------------------------------------------------------
TOTAL CHF 384.00                                   PAYMENT 30 DAYS NET
"""), ])

# ---- c14: full-quantity production order sheet (HTML table), no sample stage
_c14 = [("MV-ST-20-NER", "Vacchetta nero", "20 mm", 320), ("MV-ST-20-COG", "Vacchetta cognac", "20 mm", 280),
        ("MV-ST-18-NER", "Vacchetta nero", "18 mm", 240), ("MV-ST-18-BOR", "Vacchetta bordeaux", "18 mm", 160),
        ("MV-ST-22-NER", "Vacchetta nero", "22 mm", 260), ("MV-ST-22-VER", "Vacchetta verde bosco", "22 mm", 200)]
_c14_rows = "".join(f"<tr><td>{r}</td><td>{c}</td><td>{w}</td><td style='text-align:right'>{q}</td></tr>\n" for r, c, w, q in _c14)
case("c14_vireo_production_sheet", [], "full-quantity production order 1,460 (per-reference table sums correctly), no sample stage, no balance",
     [("MV-PO-24-0931_ordine.html", html_page("Ordine di produzione MV-PO-24-0931", f"""
<h2>Maison Vireo — Ordine di produzione / Production order MV-PO-24-0931</h2>
<p>Fornitore: Couros Fonseca Lda, Guimarães (PT) · Data: 05/06/2024 · Buyer: Federica Sala</p>
<p class="note">Questo ordine è la release di produzione per le quantità complete indicate sotto (totale 1.460 pezzi).
Non c'è fase campioni: riferimenti ripresi dalla collezione SS24, campioni firmati in archivio (rif. QC-SS24-031).</p>
<table>
<tr><th>Riferimento</th><th>Colore</th><th>Larghezza</th><th>Q.tà</th></tr>
{_c14_rows}<tr><td colspan="3"><b>Totale</b></td><td style="text-align:right"><b>1.460</b></td></tr>
</table>
<p>Consegna in due tranche: 50% entro il 30/08, 50% entro il 20/09. Fibbie MV-FB-04 fornite da noi (spedizione 14/06).
Imballo: busta singola + scatola da 20. Pagamento 60 gg d.f.f.m.</p>
<p>Grazie, Federica Sala — Ufficio acquisti pelletteria, Maison Vireo S.p.A.</p>
"""))])

# ---- c15: multi-file: PO PDF + quote PDF; PO declares the quote's production figure informational
_c15_po = pdf([
    ("h1", "ORLANDI GIOIELLI S.R.L. — ORDINE D'ACQUISTO 7700-140"),
    ("p", "Data 10/06/2024 · Fornitore: Siam Precious Casting Co., Ltd., Nonthaburi (TH) · Buyer: Chiara Benetti"),
    ("table", [
        ["Pos.", "Articolo", "Descrizione", "Q.tà", "Prezzo USD", "Totale USD"],
        ["10", "ORL-AN-22", "Anello 'Onda', argento 925, finitura lucida — CAMPIONI", "15", "19.80", "297.00"],
    ]),
    ("sp",),
    ("p", "This PO releases the 15 samples only. Your quotation SPC-Q-24-0702 (sent as a separate file) shows "
          "1,500 pcs production: that figure is for price information only and is not released."),
    ("p", "The balance stays on hold until Marco Zanella (Sviluppo prodotto) signs off the samples. The production "
          "release comes only in writing from Lucia Ferrante, Direttore Operations."),
    ("p", "Material authority: sample-only. Hallmark 925 + Thai assay mark; ring sizes IT 12/14/16 (5 each)."),
], title="PO 7700-140", author="Orlandi Gioielli")
_c15_q = pdf([
    ("h1", "SIAM PRECIOUS CASTING CO., LTD."),
    ("h", "QUOTATION SPC-Q-24-0702"),
    ("p", "To: Orlandi Gioielli, Ms. Chiara Benetti · 4 June 2024 · ring ORL-AN-22 'Onda', silver 925"),
    ("table", [
        ["Item", "Qty", "USD/pc", "Lead time"],
        ["Samples", "15", "19.80", "12 days"],
        ["Production", "1,500", "12.60", "6 weeks after release"],
    ]),
    ("p", "Silver basis USD 29.80/oz. Validity 30 days. Ploy Chaiyaporn, Sales Manager."),
], title="SPC-Q-24-0702", author="Siam Precious Casting")
case("c15_orlandi_po_plus_quote", [], "bundle PO + quote: PO declares the quote's 1,500 informational/not released; full scope present",
     [("PO_7700-140.pdf", _c15_po), ("SPC-Q-24-0702.pdf", _c15_q)])

# ---- c16: interim disposition with limits (DOCX table)
case("c16_besson_interim", [], "interim sample disposition: 100 released within limit/expiry, 890 on hold until full sign-off, released by Patrick Rochat",
     [("Disposition_BES-42-CHR.docx", docx_bytes([
         ("h1", "Manufacture Besson SA — Interim sample disposition"),
         ("p", "Supplier: Boîtiers Girard SA · PO 88166 (1,000 cases: 10 samples + 990 series) · case BES-42-CHR, drawing 42-0118 ind. D"),
         ("table", [
             ["Field", "Value"],
             ["Disposition", "INTERIM (not a full sample sign-off)"],
             ["Deviation", "Crown tube push-out force 3.2 kN measured, 3.5 kN min. specified; 100% push-out check at supplier"],
             ["Production released under this interim", "100 cases"],
             ["Expiry", "30.09.2024 or 100 cases, whichever comes first"],
             ["Balance", "890 cases — not released, on hold"],
             ["Unlock event for the balance", "full sample sign-off after re-submission of 5 cases with corrected tube"],
             ["Released by", "Patrick Rochat, Directeur industriel"],
             ["Sample sign-off by", "Sandrine Jaquet, Qualité fournisseurs"],
         ]),
         ("sp",),
         ("p", "Material authority: bar stock for the 100 interim cases only. Please mark interim cases 'INT' on the inner caseback."),
         ("p", "Le Sentier, 19.06.2024 — P. Rochat / S. Jaquet"),
     ], author="Patrick Rochat"))])

# ---- c17: Thai-English chat, buyer scopes 15 samples, supplier confirms no silver for balance
case("c17_castellane_siam_chat", [], "chat: 15 samples only, 1,485 not released until Mathilde's sign-off and Léa's written release; supplier confirms",
     [("Chat_Khun_Ploy.txt", """\
WhatsApp Chat with Khun Ploy (Siam Precious)

03/07/2024, 08:02 - Léa Girardin: Bonjour Khun Ploy 🙏 PO CJ-24-0412 sent by email this morning
03/07/2024, 08:04 - Léa Girardin: Please make ONLY 15 pcs sample of the pendant 'Goutte' CJ-PD-88, silver 925 + blue topaz 6x4 mm
03/07/2024, 08:05 - Léa Girardin: The other 1,485 pcs are NOT released. They wait for Mathilde Roux to sign off the samples in Lyon, then I send you the written production release myself. No release = no production 😊
03/07/2024, 09:47 - Khun Ploy: Sawasdee ka Khun Léa 🙏 received PO ka
03/07/2024, 09:48 - Khun Ploy: ok ka, only 15 pcs sample na. We not buy silver for 1,485, wait your release ka
03/07/2024, 09:50 - Khun Ploy: stone topaz 6x4 we have stock, colour London blue or Swiss blue ka?
03/07/2024, 10:12 - Léa Girardin: Swiss blue please, like the swatch n°7
03/07/2024, 10:13 - Khun Ploy: 👍 samples ready 17/7, send DHL ka
03/07/2024, 10:15 - Léa Girardin: Merci! Khob khun ka 🙏
"""), ])

# ---- c18: production release letter for the whole remaining balance (PDF)
case("c18_aurele_release_letter", [], "written production release of the full remaining 576 after sample sign-off; named authority; no balance left",
     [("PR-2024-031.pdf", pdf([
         ("h1", "MAISON AURÈLE — PRODUCTION RELEASE PR-2024-031"),
         ("p", "To: Jaipur Silvercraft Pvt. Ltd., attn. Mr. Rajesh Agarwal · Paris, 15 July 2024"),
         ("p", "Reference: PO 4500-2245 (issued 29 May 2024) — Ondine bangle AUR-BR-301, silver 925, total 600 pcs "
               "= 24 samples + 576 balance."),
         ("table", [
             ["Item", "Quantity"],
             ["Samples (delivered, sample sign-off 12.07.2024, report QS-24-118)", "24"],
             ["Production released by this letter", "576"],
             ["Balance remaining on hold after this letter", "0"],
         ]),
         ("sp",),
         ("p", "Following the sample sign-off by Inès Morel on 12 July 2024, we release the balance of 576 pcs for "
               "production. You may now buy the silver for the 576 pcs and start production."),
         ("p", "Delivery in two lots of 288 pcs, weeks 36 and 39, DAP Paris. Hallmarking as on the samples."),
         ("p", "Authorized by: Hélène Brissac, Directrice Supply Chain"),
     ], title="PR-2024-031", author="Maison Aurele"))])

# ---- c19: buyer capacity question, nothing released
_c19_txt = """Ciao Giovanni,

a question only — nothing is released by this email.

If we sent you a written production release on 1 August for the Ala strap, could you go ahead with
300 straps in week 36, or is week 38 more realistic with the August closure? And would the
Vacchetta in verde bosco be available from the tannery by then, or should we think about the
cognac instead?

I need the answer for our planning meeting on Thursday, even a rough one is fine.

Grazie mille,
Federica
""" + S_FEDERICA
case("c19_vireo_capacity_question", [], "buyer question about capacity if released later; explicitly releases nothing",
     [("Domanda_capacita_Ala.eml", eml_bytes(mail(
         FEDERICA, GIOVANNI, "Domanda capacità settimana 36 — cinturino Ala", "Mon, 17 Jun 2024 11:20:00 +0200",
         _c19_txt, html=html_mail(_c19_txt))))])

# ---- c20: explicit staged material authority (DOCX, French)
case("c20_castellane_staged_material", [], "20 samples released; explicit staged material authority up to 200 at buyer's charge; balance 180 on hold; sign-off Mathilde Roux, release Antoine Berthier",
     [("BC_CJ-24-0388.docx", docx_bytes([
         ("h1", "Castellane Joaillerie — Bon de commande CJ-24-0388"),
         ("p", "Fournisseur: Ferreira Filigrana Lda, Rua da Filigrana 41, 4420 Gondomar (PT) · Lyon, 06.06.2024"),
         ("p", "Bom dia Sofia, voici notre commande pour la broche Dentelle."),
         ("table", [
             ["Ligne", "Réf.", "Désignation", "Qté", "Prix EUR"],
             ["1", "CJ-BR-12", "Broche 'Dentelle', filigrane argent 925, épingle acier — échantillons", "20", "46,00"],
         ]),
         ("h", "Note de portée"),
         ("li", "Quantité libérée maintenant: vingt (20) pièces échantillons. Fabriquez ces 20 pièces seulement."),
         ("li", "Solde: 180 pièces, non libéré. La production du solde reste bloquée."),
         ("li", "Autorisation matière: échelonnée jusqu'à 200 pièces. Vous pouvez acheter dès maintenant le fil d'argent "
                "925 pour 200 pièces; ce fil est à notre charge si la série est annulée."),
         ("li", "Déblocage du solde: validation écrite des échantillons par Mathilde Roux (bureau de style), puis "
                "libération de production écrite par Antoine Berthier, Directeur des achats."),
         ("li", "Base de la quantité série: prévisionnelle (non ferme)."),
         ("p", "Poinçons: contrôle à la Contrastaria do Porto puis poinçon d'importation français. Livraison DAP Lyon."),
         ("p", "Léa Girardin — Acheteuse"),
     ], author="Lea Girardin"))])

# ---- c21: chat: wax models approved for shape only, cast the 3 masters only
case("c21_hp_dalmolin_wax_chat", [], "'wax models approved for shape only — do not cast yet'; 3 silver masters active; production on hold until Daniel signs off, written release by Rachel Kim",
     [("WhatsApp_Stefano_DalMolin.txt", """\
[24/06/24, 15:02:11] Stefano Dal Molin: Hi Daniel, here the 3 wax models of the Riva link bracelet
[24/06/24, 15:02:30] Stefano Dal Molin: <attached: 00000031-PHOTO-2024-06-24-15-02-30.jpg>
[24/06/24, 15:02:31] Stefano Dal Molin: <attached: 00000032-PHOTO-2024-06-24-15-02-31.jpg>
[24/06/24, 15:40:18] Daniel Ortega: Beautiful work Stefano. Wax models approved for shape only — do not cast production, and no rubber moulds for the run yet.
[24/06/24, 15:41:02] Daniel Ortega: What's covered now is PO HP-24-5590: the 3 wax models (done) + 3 silver masters. So please cast the 3 silver masters only.
[24/06/24, 15:42:45] Daniel Ortega: Production stays on hold until I sign off the silver masters here in NY. After that Rachel Kim sends the written production release — she's the only one who can.
[24/06/24, 15:50:09] Stefano Dal Molin: Chiaro. Only 3 masters in silver 925, link wall 1.2 mm as agreed. Masters ready 5 July.
[24/06/24, 15:50:40] Daniel Ortega: Perfect, grazie!
"""), ])

# ---- c22: long thread (multipart/alternative + PDF), per-reference arithmetic consistent (3 x 8 = 24)
_c22_refs = ["AUR-BO-401", "AUR-BO-402", "AUR-BO-403", "AUR-BO-404", "AUR-PD-411", "AUR-PD-412", "AUR-BR-421", "AUR-BR-422"]
_c22_pdf = pdf([
    ("h1", "MAISON AURÈLE — PO 4500-2263"),
    ("p", "Fournisseur: Ferreira Filigrana Lda, Gondomar (PT) · 18.06.2024 · collection 'Rendas' — échantillons"),
    ("table", [["Ligne", "Référence", "Qté échantillons", "Prix EUR"]] +
              [[str(10 * (i + 1)), r, "3", "52,00"] for i, r in enumerate(_c22_refs)] +
              [["", "TOTAL", "24", "1.248,00"]]),
    ("sp",),
    ("p", "Scope: 24 samples (3 per reference x 8 references). Production quantities for the collection are not "
          "released. Unlock: sample sign-off by Inès Morel; then written production release by Hélène Brissac."),
], title="PO 4500-2263", author="Maison Aurele")
_c22_q = """On 17/06/2024 18:40, Sofia Ferreira wrote:
Dear Camille,
thank you for the visit last week, it was a pleasure to show you the atelier.
Two questions before we start:
1) Hallmarking: do you want the pieces assayed at the Contrastaria do Porto
   before export, or will you mark them in France?
2) The earrings AUR-BO-403 / 404: hook in silver or in gold-filled?
Also, our atelier is closed from 5 to 23 August.
Com os melhores cumprimentos,
Sofia Ferreira
Ferreira Filigrana Lda · Gondomar"""
_c22_txt = """Dear Sofia,

Thank you again for the warm welcome in Gondomar — the whole team loved the filigree demonstration,
and Inès has not stopped talking about the 'Rendas' motif since.

Answers to your questions:
1) Please have the pieces assayed at the Contrastaria do Porto; we will add the French import mark
   through our customs broker (Transports Delorme, ATA not needed for a definitive import).
2) AUR-BO-403 and 404: hooks in silver 925, same as the others.

Attached is our PO 4500-2263 for the samples: three (3) pieces of each of the eight (8)
references, so 24 samples in total. Please make these 24 and nothing more for now. The production
quantities for the collection will only be decided after the sample review: they are not
released. Inès Morel signs off the samples; after her sign-off, Hélène Brissac (Directrice Supply
Chain) sends the written production release with the quantities per reference.

Noted for the August closure — we would like the samples in Paris by 26 July, so that we can review
them before the summer. Packing: one pouch per piece, labelled with the reference and the gram weight.

Logistics: DHL Express account 95 4411 2080, DAP Paris, invoice in EUR with HS code 7113 11 00.

Obrigada e até breve,
Camille
""" + S_CAMILLE + "\n" + quote_block(_c22_q) + "\n"
case("c22_aurele_ferreira_thread", [], "long thread with logistics/hallmarking; 3 per ref x 8 refs = 24 consistent with PO; production not released; sign-off Inès, release Hélène",
     [("RE_Rendas_samples.eml", eml_bytes(mail(
         CAMILLE, SOFIA, "RE: Rendas — samples and hallmarking", "Tue, 18 Jun 2024 10:02:00 +0200", _c22_txt,
         html=html_mail(_c22_txt), attachments=[("PO_4500-2263.pdf", _c22_pdf, PDF_MT)],
         in_reply_to="<ff-20240617-1840@ferreirafiligrana.pt>")))])

# ---- c23: supplier WIP report, non-authorizing
case("c23_mumbai_wip_report", [], "supplier status report; production not started, waiting for release; nothing authorized",
     [("MF_WIP_wk26.txt", """\
MUMBAI FINDINGS LTD.  -  WEEKLY WIP REPORT  -  WK 26/2024
CUSTOMER: BRIGHTWATER JEWELRY CO. (ATTN MS. MEGAN DOYLE)
PREPARED BY: VIKRAM SHAH, 28-JUN-2024
------------------------------------------------------------------------------
PO NO    ITEM            DESCRIPTION                  STATUS
24-4402  BJ-CL-1000-12   LOBSTER CLASP 12MM SS925     1,800 OF 3,000 PLATED,
                                                      BAL. 1,200 IN ASSEMBLY,
                                                      SHIP 16-AUG ON TRACK
24-4438  BJ-JR-220       JUMP RING 2.2MM SS925        50 SAMPLES SHIPPED 26-JUN
                                                      (FEDEX 7781 2290 3304).
                                                      PRODUCTION NOT STARTED -
                                                      AWAITING YOUR WRITTEN
                                                      RELEASE. NO WIRE BOUGHT.
------------------------------------------------------------------------------
QUALITY: SALT SPRAY 48H PASSED ON LOT 24-4402/03. NICKEL EN 1811 PASSED.
NEXT REPORT: 05-JUL-2024
"""), ])

# ---- c24: HTML PO with tables, production line at 0 released
case("c24_hp_arno_po_html", [], "HTML PO: 30 samples released, production line 0 released / 1,500 not released; sign-off Daniel, written release Margaret Lowell; material sample-only",
     [("PO_HP-24-5610.html", html_page("PO HP-24-5610", """
<h2>HALDEN &amp; PIERCE — PURCHASE ORDER HP-24-5610</h2>
<p>Vendor: Pelletteria Arno S.r.l., Via di Scandicci 212, 50143 Firenze (IT)<br>
Date: June 20, 2024 · Buyer: Rachel Kim · Terms: net 60 · Incoterms: FCA Firenze</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Scope</th><th>Qty released</th><th>Unit EUR</th></tr>
<tr><td>10</td><td>HP-ST-2018-COG</td><td>Watch strap 'Hudson', vacchetta cognac, 20/18 mm, cream stitch</td><td>sample</td><td>30</td><td>24.00</td></tr>
<tr><td>20</td><td>HP-ST-2018-COG</td><td>Same, production</td><td>production</td><td>0</td><td>11.40</td></tr>
</table>
<div class="note">
<p><b>Scope note.</b> Make the 30 sample straps of line 10 now, and nothing else.</p>
<p>Line 20: the quoted production quantity of 1,500 pcs is NOT released (basis: forecast, not firm). It stays on hold
until Daniel Ortega (Product Development) signs off the samples; after that only Margaret Lowell, VP Sourcing, can
release it, in writing.</p>
<p>Material authority: sample-only — leather for the 30 samples.</p>
</div>
<p>Samples due in New York by July 26. Please include a measurement sheet (length 120/75 mm, thickness 3.8 mm at lug).</p>
"""))])

# ---- c25: Italian scope note as DOCX attachment
_c25_docx = docx_bytes([
    ("h1", "Orlandi Gioielli — Nota di portata ordine 7700-152"),
    ("p", "Fornitore: Laboratorio Orafo Dal Molin S.n.c., Vicenza · Articolo: orecchini 'Goccia' ORL-OR-31, argento 925 rodiato"),
    ("table", [
        ["Voce", "Quantità", "Stato"],
        ["Campionatura", "6", "autorizzata ora"],
        ["Saldo", "594", "non autorizzato — in attesa"],
    ]),
    ("num", "Quantità attiva: sei (6) pezzi di campionatura. Realizzate solo questi."),
    ("num", "Il saldo di 594 pezzi non è autorizzato e resta fermo."),
    ("num", "Sblocco: firma scritta dei campioni da parte di Marco Zanella (Sviluppo prodotto)."),
    ("num", "Chi autorizza il saldo: solo Lucia Ferrante, Direttore Operations, con un rilascio scritto di produzione."),
    ("num", "Materiale: solo per i campioni. La quantità di produzione è una previsione, non un ordine fermo."),
], author="Chiara Benetti")
_c25_txt = """Buongiorno Elisa,

in allegato l'ordine 7700-152 e la nota di portata per gli orecchini Goccia.

In breve: fate solo i 6 pezzi di campionatura. I restanti 594 non sono autorizzati; si sbloccano
dopo la firma dei campioni da parte di Marco e solo con il rilascio scritto di Lucia Ferrante.

Per la rodiatura usate lo stesso bagno del Lierre per Aurèle (0,2 micron), e mandateci per favore
le pesate singole.

Buona giornata,
Chiara
""" + S_CHIARA
case("c25_orlandi_scope_note_docx", [], "Italian scope note attached: 6 active, 594 not authorized, sign-off Marco, written release Lucia Ferrante",
     [("Ordine_7700-152.eml", eml_bytes(mail(
         CHIARA, ELISA, "Ordine 7700-152 — campionatura orecchini Goccia", "Thu, 20 Jun 2024 08:55:00 +0200",
         _c25_txt, attachments=[("Nota_portata_7700-152.docx", _c25_docx, DOCX_MT)])))])

# =================================================================== POSITIVE
# ---- p01: sample PO by email + PO PDF + offer PDF with production 1.500; nothing on balance/event/person
_p01_po = pdf([
    ("h1", "MAISON AURÈLE — BON DE COMMANDE 4500-2290"),
    ("p", "Date 24.06.2024 · Fournisseur: Laboratorio Orafo Dal Molin S.n.c., Vicenza · Acheteuse: Camille Vasseur"),
    ("table", [
        ["Ligne", "Référence", "Désignation", "Qté", "Prix EUR", "Total EUR"],
        ["10", "AUR-BO-204", "Boucles d'oreilles 'Glycine', argent 925 doré or jaune 3 microns — campionatura", "12 paires", "41,00", "492,00"],
    ]),
    ("sp",),
    ("p", "Selon votre offre 0512/24. Livraison DAP Paris avant le 05.07.2024. Paiement 60 jours fin de mois."),
    ("p", "Poinçons 925 + poinçon de maître. Rapport de poids par paire exigé."),
], title="PO 4500-2290", author="Maison Aurele")
_p01_offer = pdf([
    ("h1", "LABORATORIO ORAFO DAL MOLIN S.N.C."),
    ("p", "Via dell'Oreficeria 18 · 36100 Vicenza · P.IVA 02231180244"),
    ("h", "Offerta 0512/24 — Spett.le Maison Aurèle, c.a. Sig.ra Camille Vasseur"),
    ("p", "Orecchini 'Glycine' AUR-BO-204, argento 925, doratura oro giallo 3 micron, chiusura a monachella."),
    ("table", [
        ["Fase", "Quantità", "Prezzo EUR", "Consegna"],
        ["Modello in cera + master argento", "1", "310,00", "7 gg"],
        ["Stampo in gomma", "1", "85,00", "2 gg"],
        ["Campionatura", "12 paia", "41,00 / paio", "10 gg"],
        ["Produzione", "1.500 paia", "18,40 / paio", "5 settimane"],
    ]),
    ("p", "Peso indicativo 4,1 g al paio. Prezzi con argento a 780 EUR/kg. Validità 30 giorni."),
    ("p", "Vicenza, 14/06/2024 — Stefano Dal Molin"),
], title="Offerta 0512/24", author="Dal Molin")
_p01_txt = """Buongiorno Elisa,

as discussed with Stefano at Vicenzaoro, please find attached our PO 4500-2290 for the campionatura
of the Glycine earrings (AUR-BO-204): twelve (12) pairs in silver 925, yellow gold plated 3 microns.
Your offer 0512/24 is attached as well, so that everything is in one place.

Please send the gram weight per pair with the samples; we need them in Paris by 5 July for the
collection review with the press office.

Merci beaucoup et à bientôt,
Camille
""" + S_CAMILLE
case("p01_aurele_glycine_sample_po", ["RG001", "RG003", "RG004", "RG005"],
     "sample PO 12 pairs with offer showing 1.500 production, nothing says not released; no hold, no unlock event, no release person",
     [("PO_4500-2290_Glycine.eml", eml_bytes(mail(
         CAMILLE, ELISA, "PO 4500-2290 — campionatura Glycine", "Mon, 24 Jun 2024 09:31:00 +0200", _p01_txt,
         attachments=[("PO_4500-2290.pdf", _p01_po, PDF_MT), ("Offerta_0512-24.pdf", _p01_offer, PDF_MT)])))])

# ---- p02: prototype PO, series planned, nothing on balance
case("p02_besson_titanium_protos", ["RG003", "RG004", "RG005"],
     "prototype PO (5 pcs) with series planned; never says the series is not released, no unlock event, no release person",
     [("Commande_88190.pdf", pdf([
         ("h1", "MANUFACTURE BESSON SA — COMMANDE 88190"),
         ("p", "Le Sentier, 21.06.2024 · Fournisseur: Boîtiers Girard SA, Porrentruy · Acheteur: Lukas Meier"),
         ("table", [
             ["Pos.", "Article", "Désignation", "Qté", "Prix CHF"],
             ["10", "BES-41-TI", "Prototype boîte titane grade 5 (carrure, lunette céramique, fond saphir), dessin 41-0520 ind. B", "5", "420.00"],
         ]),
         ("sp",),
         ("p", "Objet: prototypes pour la nouvelle ligne 'Risoud' 41 mm, en vue de la série selon votre offre 24-118 "
               "(prototypes + série)."),
         ("p", "Exigences: rapport de mesure 3D pour chaque pièce, certificat matière EN 10204 3.1, essai d'étanchéité "
               "10 bar sur 2 pièces. Gravure fond: 'RISOUD 41 — PROTO'."),
         ("p", "Délai: semaine 30, DAP Le Sentier. Conditions: 30 jours net."),
         ("p", "Lukas Meier, Purchasing Lead"),
     ], title="Commande 88190", author="Manufacture Besson"))])

# ---- p03: balance "until further notice", named decider, no event (DOCX Italian)
case("p03_orlandi_arno_until_notice", ["RG004"],
     "10 samples, balance 590 suspended 'until further notice'; Lucia Ferrante named as sole decider but no unlock event",
     [("Lettera_ordine_7700-160.docx", docx_bytes([
         ("h1", "Orlandi Gioielli S.r.l."),
         ("p", "Spett.le Pelletteria Arno S.r.l. — alla c.a. di Giovanni Bruni · Vicenza, 25/06/2024"),
         ("p", "Oggetto: ordine 7700-160 — bracciale in pelle per charm ORL-BR-05, vitello nero, chiusura in argento 925"),
         ("p", "Gentile Giovanni,"),
         ("p", "con la presente confermiamo l'ordine 7700-160 per soli dieci (10) bracciali campione, nelle misure 17, "
               "18 e 19 cm (3 + 4 + 3)."),
         ("p", "Il saldo di 590 pezzi non è rilasciato e resta sospeso fino a nuovo avviso. Sul saldo decide "
               "esclusivamente Lucia Ferrante, Direttore Operations: nessun'altra persona può autorizzarlo."),
         ("p", "Per i campioni: pelle come da cartella colori 2024/2 (nero 01), cucitura in tinta, timbro a secco del "
               "logo sul passante. Consegna entro il 12/07 presso il nostro magazzino di Vicenza."),
         ("p", "Cordiali saluti,"),
         ("p", "Chiara Benetti — Ufficio Acquisti"),
     ], author="Chiara Benetti"))])

# ---- p04: hold + event, but release "from our Sourcing committee"; attached quote shows 5,000 annual unlabelled
_p04_quote = pdf([
    ("h1", "COUROS FONSECA, LDA."),
    ("p", "Rua da Ribeira 77 · 4800-150 Guimarães · Portugal · NIF 504 118 732"),
    ("h", "Proposta / Quotation CF-24-233 — Halden & Pierce, Ms. Rachel Kim"),
    ("p", "Watch strap 'Harbor' HP-ST-2220-NAV, calf, navy, 22/20 mm, padded, tone-on-tone stitching."),
    ("table", [
        ["Phase", "Quantity", "EUR / pc", "Lead time"],
        ["Samples", "16", "22.00", "2 weeks"],
        ["First production", "384", "12.80", "5 weeks"],
        ["Annual volume 2025", "5,000", "10.90", "monthly lots"],
    ]),
    ("p", "Leather: Annonay box calf. Prices ex works Guimarães. Validity 45 days. — Rui Fonseca"),
], title="CF-24-233", author="Couros Fonseca")
_p04_txt = """Hi Rui,

Thanks for the quick turnaround on the quotation (attached again, CF-24-233).

PO HP-24-5577 covers sixteen (16) sample straps of the Harbor, navy. The remaining 384 pcs of our
first order are not released: they stay on hold until our Product Development team has signed off
the samples in writing. The production release will then come from our Sourcing committee.

Could you send a photo of the padding cross-section before you stitch? Daniel wants to check the
profile at the lug.

Best,
Rachel
""" + S_RACHEL
case("p04_hp_fonseca_committee", ["RG001", "RG005"],
     "16 samples, 384 on hold until sign-off (event present) but release by an unnamed committee; attached quote shows 5,000 annual volume with nothing saying it is informational",
     [("HP-24-5577_Harbor.eml", eml_bytes(mail(
         RACHEL, RUI, "HP-24-5577 Harbor samples", "Wed, 26 Jun 2024 10:44:00 -0400", _p04_txt,
         attachments=[("CF-24-233.pdf", _p04_quote, PDF_MT)])))])

# ---- p05: ERP sample PO, nothing on balance
case("p05_brightwater_erp_sample", ["RG003", "RG004", "RG005"],
     "ERP sample lot PO (24) for a new program; no hold, no unlock event, no release person",
     [("PO_24-4471.txt", """\
BRIGHTWATER JEWELRY CO.                                        PURCHASE ORDER
225 DYER ST  PROVIDENCE RI 02903                               PO NO: 24-4471
-------------------------------------------------------------------------------
DATE: 06/27/2024      BUYER: M.DOYLE      TERMS: NET 45      SHIP VIA: FEDEX IP
VENDOR: 20417 MUMBAI FINDINGS LTD, PLOT 17 SEEPZ, ANDHERI E, MUMBAI 400096
-------------------------------------------------------------------------------
LN  ITEM           DESCRIPTION                            QTY  UOM  UNIT USD   EXT USD
 1  BJ-JR-410-S    JUMP RING 4MM SS925 0.8 WIRE - SAMPLE   24   EA     0.62     14.88
 2  BJ-CH-517-S    CHARM 'ANCHOR' SS925 - SAMPLE           24   EA     6.10    146.40
-------------------------------------------------------------------------------
                                                         TOTAL USD         161.28
REMARKS: SAMPLE LOT FOR NEW CHARM BRACELET PROGRAM (HOLIDAY 2024 LAUNCH).
         SHIP WITH COC + PLATING THICKNESS REPORT. DRG BJ-CH-517 REV 2.
         NICKEL FREE PER EN 1811. MARK "925" + "BJW" ON CHARM BACK.
-------------------------------------------------------------------------------
"""), ])

# ---- p06: samples "in the quantities agreed on the call" — no active quantity
_p06_txt = """Dear Rajesh,

Thank you for the video call yesterday and for showing us the hammering on the swatches.

Following the call, please go ahead with the samples of the Écume cuff (AUR-BR-330), in the
quantities we agreed on the call, in silver 925 with the hammered finish of swatch no. 7 and the
inside polished.

The production quantity of the Écume cuff (2,000 pcs in your offer JS/Q/24-088) is not released:
it stays on hold until Inès Morel has signed off the samples, and only Hélène Brissac, our
Directrice Supply Chain, can then release it, in writing. Please do not buy silver for production.

Samples to Paris by 19 July, please, with the BIS hallmark.

Kind regards,
Camille
""" + S_CAMILLE
case("p06_aurele_jaipur_no_qty", ["RG010"],
     "sample authorization never states how many samples ('quantities agreed on the call'); hold, event and named authority present",
     [("Ecume_cuff_samples.eml", eml_bytes(mail(
         CAMILLE, RAJESH, "Écume cuff — samples", "Thu, 27 Jun 2024 15:12:00 +0200", _p06_txt,
         html=html_mail(_p06_txt))))])

# ---- p07: HTML PO with quotation summary table, nothing on balance
case("p07_hp_siam_po_html", ["RG001", "RG003", "RG004", "RG005"],
     "HTML PO for master model + 20 samples with quotation summary showing 2,500 production; no hold, event or release person",
     [("PO_HP-24-5620.html", html_page("PO HP-24-5620", """
<h2>HALDEN &amp; PIERCE — PURCHASE ORDER HP-24-5620</h2>
<p>Vendor: Siam Precious Casting Co., Ltd., Nonthaburi, Thailand · Date: June 28, 2024 · Buyer: Rachel Kim<br>
Item: 'Driftwood' ring HP-RG-310, silver 925, oxidized recesses, sizes US 5–9</p>
<table>
<tr><th>Line</th><th>Description</th><th>Qty</th><th>Unit USD</th><th>Ext. USD</th></tr>
<tr><td>1</td><td>Master model, silver 925</td><td>1</td><td>190.00</td><td>190.00</td></tr>
<tr><td>2</td><td>Samples, sizes 5/6/7/8/9 (4 each)</td><td>20</td><td>23.10</td><td>462.00</td></tr>
<tr><td colspan="4"><b>Total</b></td><td><b>652.00</b></td></tr>
</table>
<h3>Quotation summary (SPC-Q-24-0655, June 19)</h3>
<table>
<tr><th>Phase</th><th>Qty</th><th>Unit USD</th><th>Lead time</th></tr>
<tr><td>Samples</td><td>20</td><td>23.10</td><td>10 days after master model</td></tr>
<tr><td>Production</td><td>2,500</td><td>15.70</td><td>6 weeks</td></tr>
</table>
<p>Ship samples DHL to New York (account 4411 0928), with a weight list and photos of the oxidation per size.
Payment: net 30 after receipt. Ring size gauge: US standard, tolerance ±0.1.</p>
<p>Rachel Kim · Senior Buyer, Purchasing</p>
"""))])

# ---- p08: WhatsApp, buyer asks for 6 samples; supplier already bought wire for the whole collection
case("p08_castellane_ferreira_chat", ["RG003", "RG004", "RG005", "RG006"],
     "buyer authorizes 6 samples for a collection with nothing on balance/event/person; supplier says wire for the whole collection already bought",
     [("WhatsApp_Sofia_Ferreira.txt", """\
01/07/2024, 10:02 - Léa Girardin: Bonjour Sofia ! Pour la broche Dentelle (CJ-BR-14, la version ronde) : vous pouvez faire 6 échantillons en argent 925 pour la présentation collection du 20 septembre 🙂
01/07/2024, 10:03 - Léa Girardin: Filigrane comme le modèle 3, fermoir à aiguille avec sécurité
01/07/2024, 10:05 - Léa Girardin: Le bon de commande suit demain par mail
01/07/2024, 11:26 - Sofia Ferreira: Bom dia Léa! Ok, 6 amostras, sem problema 👍
01/07/2024, 11:28 - Sofia Ferreira: Info: já comprámos o fio de prata para a coleção toda, porque o preço da prata está sempre a subir 📈 (we already bought the silver wire for the whole collection)
01/07/2024, 11:29 - Sofia Ferreira: assim quando chegar a encomenda grande estamos prontos
01/07/2024, 12:40 - Léa Girardin: Ah d'accord, merci Sofia. Envoyez les 6 avec DHL svp, compte 95 2231 0456
01/07/2024, 12:41 - Sofia Ferreira: 👍
"""), ])

# ---- p09: French DOCX, "quelques pièces de présérie", release by "la direction"
case("p09_solene_dubois_preserie", ["RG005", "RG010"],
     "pre-series of 'a few pieces' (no active quantity); series of 800 not released until written validation (event) but release by unnamed 'direction'",
     [("Commande_2500-0512.docx", docx_bytes([
         ("h1", "Atelier Solène SA — Commande 2500-0512"),
         ("p", "Fournisseur: Fermoirs Dubois Sàrl, Le Locle · Genève, le 28 juin 2024 · Acheteuse: Nora Favre"),
         ("p", "Objet: boucle déployante or rose 18 ct (750/1000) DPL-18-RG, lame double, dessin 2210 indice 4"),
         ("p", "Monsieur Dubois,"),
         ("p", "Merci de réaliser quelques pièces de présérie de la boucle DPL-18-RG, pour les essais de fermeture et "
               "le contrôle d'aspect sur bracelet alligator."),
         ("p", "La série (800 pièces prévues) n'est pas libérée. Elle reste bloquée jusqu'à la validation écrite des "
               "pièces de présérie par notre laboratoire qualité. La libération de la série sera ensuite donnée par la direction."),
         ("table", [
             ["Exigence", "Valeur"],
             ["Force d'ouverture", "8 à 12 N"],
             ["Poinçon", "tête de Helvetia 750 + poinçon de maître"],
             ["Finition", "satiné 320 / poli angles"],
         ]),
         ("p", "Délai souhaité: semaine 31. Livraison DAP Genève."),
         ("p", "Avec nos meilleures salutations, Nora Favre"),
     ], author="Nora Favre"))])

# ---- p10: multi-file: PO with complete scope for 24 + 476, quote shows production 2,000 unlabelled
_p10_po = pdf([
    ("h1", "CASTELLANE JOAILLERIE — BON DE COMMANDE CJ-24-0410"),
    ("p", "Lyon, 02.07.2024 · Fournisseur: Chanthaburi Gem & Setting Co., Ltd. (TH) · Acheteuse: Léa Girardin"),
    ("p", "Bague 'Rosée' CJ-BA-55, argent 925 + saphir blanc 5 mm serti 4 griffes"),
    ("table", [
        ["Ligne", "Portée", "Qté", "Statut", "Prix USD"],
        ["10", "Échantillons", "24", "libéré", "34.00"],
        ["20", "Production", "476", "NON LIBÉRÉ", "31.00"],
        ["", "Total commande", "500", "", ""],
    ]),
    ("sp",),
    ("p", "Line 10: make the 24 samples now. Line 20 (476 pcs) is not released: on hold until Mathilde Roux "
          "(bureau de style) signs off the samples; production release only in writing by Antoine Berthier, "
          "Directeur des achats."),
    ("p", "Material authority: sample-only."),
], title="CJ-24-0410", author="Castellane")
_p10_quote = pdf([
    ("h1", "CHANTHABURI GEM & SETTING CO., LTD."),
    ("p", "112 Sukhumvit Rd, Wat Mai, Mueang Chanthaburi 22000 · Tel +66 39 555 018"),
    ("h", "QUOTATION CGS-Q-0712"),
    ("p", "Customer: Castellane Joaillerie · Attn: Khun Léa · Date 24 June 2024"),
    ("p", "Ring 'Rosée' CJ-BA-55, silver 925, white sapphire 5.0 mm round, 4 prongs, rhodium."),
    ("table", [
        ["Item", "Qty", "USD/pc", "Lead time"],
        ["Samples", "24", "34.00", "14 days"],
        ["Production quantity", "2,000", "27.40", "7 weeks"],
    ]),
    ("p", "Stone price fixed for 60 days. Payment T/T. — Khun Nok Srisuwan, Sales"),
], title="CGS-Q-0712", author="Chanthaburi Gem")
case("p10_castellane_po_quote_2000", ["RG001"],
     "PO states 24 released and 476 on hold with event and person, but the enclosed quote shows a production quantity of 2,000 with nothing saying it is informational or not released",
     [("BC_CJ-24-0410.pdf", _p10_po), ("CGS-Q-0712.pdf", _p10_quote)])

# ---- p11: WhatsApp Italian, "qualche campione", rest blocked "until I tell you"
case("p11_orlandi_dalmolin_chat", ["RG004", "RG010"],
     "'qualche campione' (no quantity); rest blocked 'finché non ti dico io' — named person (Marco) but no unlock event",
     [("Chat_WhatsApp_Marco_Zanella.txt", """\
[02/07/24, 18:03:22] Marco Zanella: Ciao Stefano, visto il master del ciondolo Girasole, molto bello
[02/07/24, 18:04:10] Marco Zanella: Fai pure qualche campione in argento, finitura satinata come il master, con la catenina da 45 cm
[02/07/24, 18:05:01] Marco Zanella: Il resto della produzione è fermo finché non ti dico io. Nessun altro può sbloccarlo, solo io.
[02/07/24, 18:20:47] Stefano Dal Molin: Ciao Marco grazie! ok, qualche pezzo per le foto e il resto tutto fermo
[02/07/24, 18:21:15] Stefano Dal Molin: La satinatura la facciamo a mano o a sabbia? a mano viene più morbida
[02/07/24, 18:30:02] Marco Zanella: A mano 👌
[02/07/24, 18:30:40] Stefano Dal Molin: 👍 ti mando le foto giovedì
"""), ])

# ---- p12: DOCX PO with sample line and production line, nothing about release
case("p12_vireo_arno_po_lines", ["RG001", "RG003", "RG004", "RG005"],
     "PO table has a sample line (10) and a production line (990) with nothing saying the 990 is not released; no unlock event, no release person",
     [("Ordine_MV-PO-24-1010.docx", docx_bytes([
         ("h1", "Maison Vireo S.p.A. — Ordine d'acquisto MV-PO-24-1010"),
         ("p", "Via della Spiga 30, 20121 Milano · Fornitore: Pelletteria Arno S.r.l., Firenze · Data: 01/07/2024"),
         ("p", "Articolo: pochette 'Sfera' MV-BG-07, vitello liscio, tracolla removibile, minuteria ottone palladiato"),
         ("table", [
             ["Pos.", "Articolo", "Descrizione", "Q.tà", "Prezzo EUR", "Importo EUR"],
             ["10", "MV-BG-07", "Pochette Sfera — campionatura (nero 5, cuoio 5)", "10", "96,00", "960,00"],
             ["20", "MV-BG-07", "Pochette Sfera — produzione", "990", "58,50", "57.915,00"],
             ["", "", "Totale", "1.000", "", "58.875,00"],
         ]),
         ("sp",),
         ("p", "Consegna campionatura: 15/07/2024. Consegna produzione: da definire."),
         ("p", "Pagamento: 60 gg d.f.f.m. Imballo: sacchetto in cotone MV + scatola singola."),
         ("p", "Ufficio acquisti — Federica Sala"),
     ], author="Federica Sala"))])

# ---- p13: PO with complete scope for 30 + 270, plus a 2025 forecast written as a firm commitment
case("p13_brightwater_siam_forecast_firm", ["RG001", "RG008"],
     "PO scope complete for its 300, but adds '2025 forecast 4,000 — please treat as our firm commitment' beside the 30 samples, not marked informational",
     [("PO_24-4490.pdf", pdf([
         ("h1", "BRIGHTWATER JEWELRY CO. — PURCHASE ORDER 24-4490"),
         ("p", "Date: July 1, 2024 · Vendor: Siam Precious Casting Co., Ltd. · Buyer: Megan Doyle"),
         ("p", "Item: 'Anchor' charm BJ-CH-517, sterling silver 925, enamel fill navy, jump ring 4 mm"),
         ("table", [
             ["Line", "Scope", "Qty", "Status", "Unit USD"],
             ["1", "Samples", "30", "released", "7.90"],
             ["2", "Production", "270", "not released — on hold", "5.40"],
         ]),
         ("sp",),
         ("p", "Line 2 (270 pcs) stays on hold until Alan Reyes (Product Development) signs off the samples. "
               "Production release only in writing by Megan Doyle, Sourcing Manager."),
         ("h", "Program information"),
         ("p", "2025 forecast for the Anchor charm: 4,000 pcs. Please treat this as our firm commitment for 2025 "
               "and reserve the capacity accordingly."),
         ("p", "Samples due in Providence by July 26. Enamel colour per Pantone 2767 C."),
     ], pagesize=LETTER, title="PO 24-4490", author="Brightwater Jewelry"))])

# ---- p14: supplier reply: grain bought for the whole production (quoted PO email has full scope)
_p14_q = """Le 24/06/2024 à 09:10, Camille Vasseur a écrit :
Buongiorno Elisa,
please find attached PO 4500-2302 for the Camélia pendant (AUR-PD-215): twelve (12) samples in
silver 925. The balance of 1.188 pcs is not released. It stays on hold until Inès Morel signs off
the samples in writing; after that only Hélène Brissac (Directrice Supply Chain) can release
production, in writing. Material: for the 12 samples only.
Merci,
Camille"""
_p14_txt = """Gentile Camille,

grazie, campionatura del Camélia in lavorazione: cere pronte, fusione lunedì, poi lucidatura e
rodiatura. Contiamo di spedire i 12 pezzi il 5 luglio.

Una nota: per non perdere tempo, e con l'argento che continua a salire, abbiamo già acquistato la
grana d'argento per tutta la produzione (circa 4,3 kg), così quando arriva il vostro via siamo
pronti.

Per il poinçon: confermate 925 + nostro marchio 1234 VI sul retro della medaglia?

Cordiali saluti,
Elisa Dal Molin
Ufficio commerciale — Laboratorio Orafo Dal Molin S.n.c.
Via dell'Oreficeria 18, 36100 Vicenza

""" + quote_block(_p14_q) + "\n"
case("p14_dalmolin_grain_bought", ["RG006"],
     "supplier bought silver grain for the whole production while only 12 samples are released and material authority is sample-only",
     [("RE_PO_4500-2302_Camelia.eml", eml_bytes(mail(
         ELISA, CAMILLE, "R: PO 4500-2302 — Camélia campionatura", "Thu, 27 Jun 2024 16:48:00 +0200", _p14_txt,
         in_reply_to="<h48-cam-20240624@maison-aurele.fr>")))])

# ---- p15: supplier took the deposit as the signal, bought hides and started cutting
_p15_q = """On Mon, Jul 1, 2024 at 11:02 AM Rachel Kim <rkim@haldenpierce.com> wrote:
Hi Rui,
PO HP-24-5588 is attached: twenty-four (24) sample straps of the 'Bowery' (HP-ST-1816-BRD).
We have paid the 30% deposit on the sample and edge-paint tooling as per your proforma.
The remaining 1,176 are not released; they stay on hold until Daniel Ortega signs off the
samples, and then I'll send the written production release.
Thanks,
Rachel"""
_p15_txt = """Hi Rachel,

Thank you — we received the 30% deposit today.

We took the deposit as the signal to start, so we have bought the Annonay calf hides for all the
straps (38 m², bordeaux) and the cutting started this afternoon. That way we keep the August slot
in the stitching room and you will have everything well before the launch.

The 24 samples go out with DHL on Friday.

Cumprimentos,
Rui Fonseca
Couros Fonseca, Lda. — Guimarães

""" + quote_block(_p15_q) + "\n"
case("p15_fonseca_deposit_started", ["RG006", "RG012"],
     "supplier treats the deposit as the start signal (payment as release) and bought hides for all straps beyond the 24 released",
     [("RE_HP-24-5588_Bowery.eml", eml_bytes(mail(
         RUI, RACHEL, "RE: HP-24-5588 Bowery samples", "Wed, 03 Jul 2024 18:15:00 +0100", _p15_txt,
         in_reply_to="<h48-bowery-0701@haldenpierce.com>")))])

# ---- p16: supplier email + HTML schedule: staged grain for 800 and straight into production on approval
_p16_sched = html_page("Production schedule Paon", """
<h3>Jaipur Silvercraft — schedule for Castellane Joaillerie, earrings 'Paon' CJ-BO-61</h3>
<table>
<tr><th>Week</th><th>Step</th><th>Status</th></tr>
<tr><td>27</td><td>Samples cast, polished, hallmarked (BIS)</td><td>done</td></tr>
<tr><td>28</td><td>Samples dispatched FedEx</td><td>done</td></tr>
<tr><td>28</td><td>Casting grain and rubber moulds staged for 800 pairs</td><td>done</td></tr>
<tr><td>30</td><td>Sample approval by Castellane</td><td>expected</td></tr>
<tr><td>30</td><td>Casting of 800 pairs starts (same day as approval)</td><td>planned</td></tr>
<tr><td>34</td><td>Dispatch of production</td><td>planned</td></tr>
</table>
""")
_p16_txt = """Dear Léa ji,

Namaste! The samples of the 'Paon' earrings for your PO CJ-24-0377 were dispatched yesterday via
FedEx, AWB 7781 2290 4415.

To secure your launch date we have already staged the silver casting grain and the rubber moulds
for the full 800 pairs, so that once you approve the samples we go straight into production without
waiting. Kindly find our schedule attached.

Warm regards,
Rajesh Agarwal
Director — Jaipur Silvercraft Pvt. Ltd. · +91 141 555 0186
"""
case("p16_jaipur_staged_straight_in", ["RG006", "RG007"],
     "supplier staged grain for 800 pairs without material authority and plans to go straight into production on sample approval",
     [("Paon_samples_dispatched.eml", eml_bytes(mail(
         RAJESH, LEA, "Paon earrings — samples dispatched + schedule", "Thu, 11 Jul 2024 12:30:00 +0530", _p16_txt,
         attachments=[("Paon_schedule.html", _p16_sched, "text/html")])))])

# ---- p17: call-off with complete scope asks to "secure the bar for the rest of the year", paperwork later
case("p17_besson_steiner_secure_bar", ["RG006"],
     "call-off releases 150, balance 850 on hold until next call-off by Lukas Meier, but asks supplier to secure bar for the rest of the year with no material authority ('paperwork afterwards')",
     [("Call-off_CO-24-0091.pdf", pdf([
         ("h1", "MANUFACTURE BESSON SA — CALL-OFF CO-24-0091"),
         ("p", "Le Sentier, 04.07.2024 · Supplier: Atelier Steiner SA, La Chaux-de-Fonds · Frame agreement FA-2024-15 (1,000 bracelets)"),
         ("table", [
             ["Pos.", "Part", "Description", "Qty", "Due"],
             ["010", "LNK-904-20", "Bracelet H-link 20 mm, 904L, polished/brushed, drawing 4412 rev 3", "150", "2024-10-04"],
         ]),
         ("sp",),
         ("p", "Released by this call-off: 150 bracelets. Balance under FA-2024-15: 850 bracelets, not released, on hold "
               "until the next call-off. Call-offs are issued and signed only by Lukas Meier, Purchasing Lead."),
         ("h", "Remarks"),
         ("p", "The 904L market is tight this year. Please already secure the 904L bar for the rest of the year as well, "
               "so we are not caught by the mill lead time. We will sort out the paperwork afterwards."),
         ("p", "Inspection per drawing 4412 rev 3; CoC and EN 10204 3.1 certificate with each delivery."),
     ], title="CO-24-0091", author="Manufacture Besson"))])

# ---- p18: multi-file TXT: buyer PO (50 samples, forecast labelled) + supplier confirmation booking forecast as firm and reserving wire
_p18_po = """\
BRIGHTWATER JEWELRY CO.                                        PURCHASE ORDER
225 DYER ST  PROVIDENCE RI 02903                               PO NO: 24-4502
-------------------------------------------------------------------------------
DATE: 07/02/2024      BUYER: M.DOYLE      TERMS: NET 45
VENDOR: 20417 MUMBAI FINDINGS LTD
-------------------------------------------------------------------------------
LN  ITEM           DESCRIPTION                            QTY  UOM  UNIT USD   EXT USD
 1  BJ-SR-600      SPLIT RING 6MM SS925 - SAMPLE LOT        50  EA     0.48     24.00
-------------------------------------------------------------------------------
REMARKS: ONLY THE 50 SAMPLE PCS ARE RELEASED.
         PRODUCTION NOT RELEASED - ON HOLD UNTIL SAMPLE SIGN-OFF BY A. REYES
         (PRODUCT DEVELOPMENT). PRODUCTION RELEASE IN WRITING BY M. DOYLE,
         SOURCING MANAGER, ONLY.
         MATERIAL AUTHORITY: SAMPLE-ONLY.
         2025 FORECAST 24,000 PCS IS FOR PLANNING ONLY - NOT AN ORDER.
-------------------------------------------------------------------------------
"""
_p18_oc = """\
MUMBAI FINDINGS LTD.                                  ORDER CONFIRMATION
PLOT 17, SEEPZ, ANDHERI (E), MUMBAI 400096            OC NO: OC-24-1187
------------------------------------------------------------------------------
CUSTOMER : BRIGHTWATER JEWELRY CO.        YOUR PO : 24-4502
DATE     : 04-JUL-2024                    OUR REF : VIKRAM SHAH
------------------------------------------------------------------------------
LN  ITEM        DESCRIPTION                    QTY       STATUS
 1  BJ-SR-600   SPLIT RING 6MM SS925 SAMPLE     50 PCS   CONFIRMED, SHIP 19-JUL
------------------------------------------------------------------------------
2025 PROGRAM BJ-SR-600 : 24,000 PCS - TAKEN AS YOUR FIRM REQUIREMENT FOR 2025,
                         CAPACITY COMMITTED (2,000 PCS/MONTH FROM JAN-2025)
MATERIAL               : SS925 WIRE 1.0MM, 96 KG RESERVED AND PAID TO MILL
                         (COVERS 24,000 PCS)
------------------------------------------------------------------------------
THANK YOU FOR YOUR VALUED ORDER.
"""
case("p18_brightwater_mumbai_po_oc", ["RG006", "RG008"],
     "supplier confirmation takes the labelled 2025 forecast as a firm requirement and buys wire for 24,000 while only 50 samples are released (material sample-only)",
     [("PO_24-4502.txt", _p18_po), ("OC-24-1187.txt", _p18_oc)])

# ---- p19: multi-file: PO (20 samples, complete scope) + supplier production plan (25 samples, wire for 600)
_p19_po = pdf([
    ("h1", "CASTELLANE JOAILLERIE — BON DE COMMANDE CJ-24-0395"),
    ("p", "Lyon, 27.06.2024 · Fournisseur: Ferreira Filigrana Lda, Gondomar · Acheteuse: Léa Girardin"),
    ("p", "Collier 'Résille' CJ-CO-07, filigrane argent 925, chaîne forçat 42 cm"),
    ("table", [
        ["Ligne", "Désignation", "Qté", "Prix EUR"],
        ["1", "Collier Résille — échantillons", "20", "68,00"],
    ]),
    ("sp",),
    ("p", "Quantité libérée: 20 échantillons. Le solde de 580 pièces n'est pas libéré: il reste bloqué jusqu'à la "
          "validation écrite des échantillons par Mathilde Roux; libération de production écrite par Antoine Berthier "
          "uniquement."),
    ("p", "Autorisation matière: échantillons uniquement (sample-only)."),
], title="CJ-24-0395", author="Castellane")
_p19_plan = docx_bytes([
    ("h1", "Ferreira Filigrana — Plano de produção / Production plan"),
    ("p", "Cliente: Castellane Joaillerie · Encomenda CJ-24-0395 · Colar 'Résille' · 03/07/2024"),
    ("table", [
        ["Item", "Valor / value"],
        ["Quantidade autorizada / authorized quantity", "25 amostras / 25 samples"],
        ["Fio de prata 925 0,3 mm encomendado / silver wire ordered", "12 kg (para 600 peças / for 600 pieces)"],
        ["Entrega do fio / wire delivery", "semana 29"],
        ["Amostras prontas / samples ready", "semana 30"],
    ]),
    ("p", "Observação: o fio foi encomendado já para a produção, para garantir o preço da prata."),
    ("p", "Sofia Ferreira"),
], author="Sofia Ferreira")
case("p19_castellane_ferreira_plan", ["RG006", "RG011"],
     "supplier plan states 25 authorized samples vs 20 on the PO, and orders wire for 600 pieces against a sample-only material authority",
     [("BC_CJ-24-0395.pdf", _p19_po), ("Plano_producao_CJ-24-0395.docx", _p19_plan)])

# ---- p20: thread: buyer sample request without quantity; supplier bought leather for the whole 1,000
_p20_q = """Il giorno lun 1 lug 2024 alle 10:15 Federica Sala <f.sala@maisonvireo.it> ha scritto:
Ciao Giovanni,
please make the prototypes of the 'Ala' shoulder strap (MV-ST-40), in the quantity we agreed
at the fitting. The production of 1,000 pcs is not released and stays on hold until our creative
director Paolo Rinaldi signs off the prototypes; only I (Federica Sala) can then release
production, in writing.
Grazie,
Federica"""
_p20_txt = """Cara Federica,

noted, we are preparing the prototypes of the Ala strap; cutting on Wednesday, finished by the 12th.

To hold the price with the tannery (they raise it on 1 August) we have already bought the leather,
Vacchetta naturale, 120 m², for the whole order of 1,000 straps. It is in our warehouse.

The buckle: do we use the MV-FB-04 in palladium like the bags, or the new brushed one?

Un saluto,
Giovanni Bruni
Pelletteria Arno S.r.l. — Firenze

""" + quote_block(_p20_q) + "\n"
case("p20_vireo_arno_leather", ["RG006", "RG010"],
     "buyer's prototype request never states the quantity ('as agreed at the fitting'); supplier bought leather for all 1,000 while production is on hold",
     [("R_Ala_prototipi.eml", eml_bytes(mail(
         GIOVANNI, FEDERICA, "R: Ala — prototipi", "Tue, 02 Jul 2024 17:05:00 +0200", _p20_txt,
         in_reply_to="<h48-ala-0701@maisonvireo.it>")))])

# ---- p21: Thai-English chat, supplier plans to continue straight into the full lot after samples ok
case("p21_hp_siam_chat_straight", ["RG007"],
     "buyer scope complete (15 released, 1,485 on hold until Daniel's sign-off and Rachel's written release); supplier says after samples ok they continue full lot straight, buyer does not correct",
     [("WhatsApp_Khun_Ploy_Seaglass.txt", """\
08/07/2024, 07:55 - Rachel Kim: Hi Khun Ploy, PO HP-24-5640 is in your inbox 🙂
08/07/2024, 07:56 - Rachel Kim: 15 pcs sample only of the Seaglass cuff HP-CF-120. The other 1,485 pcs are NOT released, they stay on hold until Daniel signs off the samples in NY and I send you the written release. Rachel
08/07/2024, 09:12 - Khun Ploy: Noted ka Khun Rachel 🙏 15 pcs sample
08/07/2024, 09:13 - Khun Ploy: glass colour seafoam same as photo na?
08/07/2024, 09:20 - Rachel Kim: Yes, seafoam, matte
09/07/2024, 08:41 - Khun Ploy: Khun Rachel, plan from factory ka: samples ship 19 Jul. After samples ok, we continue full lot 1,485 pcs straight, no need to wait, so finish before Sep 🙏
09/07/2024, 08:42 - Khun Ploy: <Media omitted>
09/07/2024, 10:03 - Rachel Kim: Thanks Ploy, I'll look out for the DHL number.
"""), ])

# ---- p22: French buyer email: unscoped "c'est validé, vous pouvez y aller" + roll into series on Inès's validation
_p22_txt = """Buongiorno Stefano,

Merci pour les photos des cires de la bague 'Perle de pluie' (AUR-BG-140) : elles sont superbes.
C'est validé, vous pouvez y aller !

Pour rappel, notre commande 4500-2318 couvre douze (12) échantillons en argent 925. Les 588
pièces de série ne sont pas libérées : elles restent en attente jusqu'à la validation des
échantillons par Inès Morel, puis Hélène Brissac vous enverra la libération de production écrite.

Cela dit, pour ne pas perdre de temps avant le salon : dès qu'Inès aura validé les échantillons,
enchaînez directement sur les 588 pièces, inutile d'attendre un autre document de notre part.

Poinçons comme d'habitude (925 + 1234 VI). Bonne journée et grazie mille !
Camille
""" + S_CAMILLE
case("p22_aurele_dalmolin_enchainez", ["RG002", "RG007"],
     "unscoped 'c'est validé, vous pouvez y aller' on wax photos; buyer then says to roll straight into the 588 on Inès's sample validation, contradicting the written-release requirement",
     [("Perle_de_pluie_cires.eml", eml_bytes(mail(
         CAMILLE, STEFANO, "Perle de pluie — cires / commande 4500-2318", "Fri, 05 Jul 2024 11:40:00 +0200", _p22_txt,
         html=html_mail(_p22_txt))))])

# ---- p23: supplier order confirmation: series launched automatically on prototype acceptance + deposit
case("p23_girard_ab_automatic", ["RG007", "RG012"],
     "supplier confirmation: series launched automatically upon receipt of the deposit and acceptance of the prototypes, no further document",
     [("AB-24-0655.pdf", pdf([
         ("h1", "BOÎTIERS GIRARD SA"),
         ("p", "Rue des Tilleuls 9 · 2900 Porrentruy · Suisse"),
         ("h", "Confirmation de commande AB-24-0655"),
         ("p", "Client: Manufacture Besson SA · Votre commande 88210 du 01.07.2024 · Votre contact: Lukas Meier"),
         ("table", [
             ["Pos.", "Article", "Désignation", "Qté", "Prix CHF"],
             ["10", "BES-39-AUTO", "Boîte prototype acier 316L, fond saphir, dessin 39-0407 ind. A", "10", "398.00"],
         ]),
         ("sp",),
         ("h", "Conditions"),
         ("p", "Acompte de 30 % à la commande, solde à 30 jours."),
         ("p", "Déroulement: dès réception de l'acompte et acceptation des prototypes par votre service qualité, la "
               "série est lancée automatiquement dans notre atelier, sans autre document."),
         ("p", "Délai prototypes: semaine 31. Étanchéité 10 bar selon ISO 22810:2010."),
         ("p", "Porrentruy, le 03.07.2024 — Olivier Girard, Direction commerciale"),
     ], title="AB-24-0655", author="Boitiers Girard"))])

# ---- p24: buyer's own written-release requirement contradicted: "consider that your go for the 1,175"
_p24_txt = """Hi Rui,

Quick update on the Meridian 22 mm (HP-ST-2220-OLV, olive).

Per our PO HP-24-5650, only the 25 samples are released, and the 1,175 production straps stay on
hold until I send you a written production release.

That said, to save time before the holiday: once Daniel Ortega signs off the samples, consider that
your go for the 1,175 — no need to wait for anything from me.

Also, Daniel asked whether you can do the keeper with a hidden stitch like on the Bowery. Let me
know.

Thanks!
Rachel
""" + S_RACHEL
case("p24_hp_fonseca_consider_go", ["RG007"],
     "buyer states written release needed, then says Daniel's sample sign-off is itself the go for the 1,175 — implied auto-conversion",
     [("Meridian_olive_update.eml", eml_bytes(mail(
         RACHEL, RUI, "Meridian olive — HP-24-5650", "Mon, 08 Jul 2024 14:22:00 -0400", _p24_txt,
         html=html_mail(_p24_txt))))])

# ---- p25: supplier weekly report (DOCX): production on your OK on samples; 2025 forecast taken as confirmed order
case("p25_arno_weekly_report", ["RG007", "RG008"],
     "supplier report: will start production on the buyer's OK on samples; treats the 2025 forecast of 3,000 as a confirmed order",
     [("Report_settimanale_27.docx", docx_bytes([
         ("h1", "Pelletteria Arno — Report settimanale n. 27"),
         ("p", "Cliente: Orlandi Gioielli S.r.l. (c.a. Chiara Benetti) · Ordine 7700-172 · bracciale in pelle ORL-BR-09"),
         ("table", [
             ["Fase", "Stato"],
             ["Taglio campionatura", "fatto 01/07"],
             ["Cucitura e coste", "in corso"],
             ["Chiusure argento (da Dal Molin)", "arrivate 03/07"],
             ["Spedizione campionatura", "prevista 10/07"],
         ]),
         ("sp",),
         ("p", "Produzione: al vostro OK sui campioni partiamo subito con la produzione, così rispettiamo la data di "
               "lancio della collezione del 15/09."),
         ("p", "Previsione 2025 (3.000 pezzi): per noi è un ordine confermato, abbiamo già bloccato la capacità del "
               "reparto cucito da gennaio."),
         ("p", "Note: la pelle nero 01 del nuovo lotto è leggermente più lucida, vi mandiamo un ritaglio con i campioni."),
         ("p", "Giovanni Bruni"),
     ], author="Giovanni Bruni"))])

# ---- p26: buyer: sample approval also counts as production approval (RG007 + RG009)
_p26_txt = """Hi Vikram,

PO 24-4520 covers the 40 sample toggles only (BJ-TG-12, sterling, 12 mm ring + bar). The 1,960
balance is on hold: Alan Reyes's sample approval is what unlocks it, and I sign the release.

To keep things simple, though: once Alan approves the samples, that approval is also your
production approval — just run the balance, you don't need a separate release from me.

Samples to Providence by July 24 please, FedEx account 2290-4471-0.

Thanks,
Megan
""" + S_MEGAN
case("p26_brightwater_one_approval", ["RG007", "RG009"],
     "buyer says the sample approval is also the production approval and to run the balance without a release — 'approval' used for both, implied auto-conversion",
     [("PO_24-4520_toggles.eml", eml_bytes(mail(
         MEGAN, VIKRAM, "PO 24-4520 — toggle samples", "Tue, 09 Jul 2024 09:18:00 -0400", _p26_txt)))])

# ---- p27: buyer forwards internal note (rfc822) saying Dal Molin can launch everything on Inès's signature
_p27_fwd = mail(
    INES, CAMILLE, "Muguet — Dal Molin", "Wed, 10 Jul 2024 19:05:00 +0200",
    """Camille,

pour le Muguet : dès que je signe les échantillons, Dal Molin peut lancer toute la série, on n'a
pas besoin d'attendre la libération d'Hélène — elle est d'accord sur le principe.

Inès
""")
_p27_txt = """Bonjour Elisa,

Pour le bracelet Muguet (AUR-BR-350) : notre commande 4500-2330 couvre douze (12) échantillons.
Le solde de 1.188 pièces n'est pas libéré ; il reste en attente jusqu'à la signature des
échantillons par Inès Morel, et la libération de production écrite vient d'Hélène Brissac.

FYI, voir la note d'Inès ci-jointe — merci de planifier en conséquence pour la série.

Bonne soirée,
Camille
""" + S_CAMILLE
case("p27_aurele_fwd_ines", ["RG007"],
     "buyer forwards internal note (rfc822) saying the supplier can launch the whole series on Inès's sample signature without Hélène's release, and asks to plan accordingly",
     [("Muguet_4500-2330.eml", eml_bytes(mail(
         CAMILLE, ELISA, "Muguet 4500-2330 — note d'Inès", "Thu, 11 Jul 2024 08:30:00 +0200", _p27_txt,
         attachments=[("rfc822", _p27_fwd)])))])

# ---- p28: email says 15 samples, attached PO says 12
_p28_po = pdf([
    ("h1", "ATELIER SOLÈNE SA — COMMANDE 2500-0533"),
    ("p", "Genève, 08.07.2024 · Fournisseur: Boîtiers Girard SA, Porrentruy · Acheteuse: Nora Favre"),
    ("p", "Boîte 'Lune' SOL-36-LUNE, acier 316L, 36 mm, fond saphir, dessin 36-1102 indice B"),
    ("table", [
        ["Pos.", "Désignation", "Qté", "Prix CHF"],
        ["10", "Boîte échantillon SOL-36-LUNE", "12", "355.00"],
    ]),
    ("sp",),
    ("p", "Quantité libérée: 12 boîtes échantillons. Solde de 288 boîtes non libéré (série totale 300)."),
    ("p", "Déblocage: validation écrite des échantillons par Julien Perret, responsable qualité. Libération de "
          "série écrite par Nora Favre uniquement."),
], title="Commande 2500-0533", author="Atelier Solene")
_p28_txt = """Bonjour Olivier,

Ci-joint notre commande 2500-0533 pour les quinze (15) boîtes échantillons de la Lune 36 mm.

Le reste de la série (300 boîtes au total) n'est pas libéré : il attend la validation écrite des
échantillons par Julien Perret, puis ma libération de série écrite.

Pour la gravure du fond, nous vous envoyons le fichier vectoriel demain. Merci de prévoir un
contrôle d'étanchéité 5 bar sur toutes les boîtes échantillons.

Meilleures salutations,
Nora
""" + S_NORA
case("p28_solene_girard_15_vs_12", ["RG011"],
     "cover email authorizes 15 sample cases, the attached PO 12 (balance 288) — conflicting authorized quantities",
     [("Commande_2500-0533_Lune.eml", eml_bytes(mail(
         NORA, OLIVIER, "Commande 2500-0533 — boîtes échantillons Lune 36", "Mon, 08 Jul 2024 16:10:00 +0200",
         _p28_txt, attachments=[("Commande_2500-0533.pdf", _p28_po, PDF_MT)])))])

# ---- p29: multi-file: PO (20 + 480 on hold) and a release letter releasing 500
_p29_po = docx_bytes([
    ("h1", "Maison Vireo S.p.A. — Purchase order MV-PO-24-1044"),
    ("p", "Supplier: Couros Fonseca, Lda., Guimarães · 10 June 2024 · Buyer: Federica Sala"),
    ("table", [
        ["Line", "Item", "Scope", "Qty", "EUR/pc"],
        ["10", "MV-ST-20-COG strap 20 mm cognac", "samples", "20", "21.00"],
        ["20", "MV-ST-20-COG strap 20 mm cognac", "production — not released", "480", "11.20"],
        ["", "", "PO total", "500", ""],
    ]),
    ("sp",),
    ("p", "Line 10: make the 20 samples now. Line 20: 480 pcs on hold until Paolo Rinaldi (Direttore creativo) signs "
          "off the samples; then production release in writing by Federica Sala only."),
    ("p", "Material authority: sample-only."),
], author="Federica Sala")
_p29_rel = html_page("Production release PR-MV-24-07", """
<h2>Maison Vireo — Production release PR-MV-24-07</h2>
<p>To: Couros Fonseca, Lda. — attn. Ana Pereira · Milano, 2 August 2024</p>
<p>Following the sample sign-off by Paolo Rinaldi on 1 August 2024, we release <b>500 pcs</b> of strap
MV-ST-20-COG for production under PO MV-PO-24-1044.</p>
<table>
<tr><th>PO</th><th>Item</th><th>Released now</th></tr>
<tr><td>MV-PO-24-1044</td><td>MV-ST-20-COG</td><td>500</td></tr>
</table>
<p>Delivery in two lots, weeks 38 and 40. Released by: Federica Sala, Buyer pelletteria.</p>
""")
case("p29_vireo_fonseca_release_500", ["RG011"],
     "PO: 20 samples + 480 on hold (total 500); release letter releases 500 for production — conflicts with the 480 balance",
     [("PO_MV-PO-24-1044.docx", _p29_po), ("Release_PR-MV-24-07.html", _p29_rel)])

# ---- p30: multi-file: PO 10 samples + chat "as per PO, 12 samples only"
_p30_po = pdf([
    ("h1", "CASTELLANE JOAILLERIE — BON DE COMMANDE CJ-24-0402"),
    ("p", "Lyon, 05.07.2024 · Fournisseur: Jaipur Silvercraft Pvt. Ltd. · Acheteuse: Léa Girardin"),
    ("p", "Jonc 'Sillage' CJ-JO-19, argent 925 martelé, diamètre intérieur 62 mm"),
    ("table", [
        ["Ligne", "Désignation", "Qté", "Prix EUR"],
        ["1", "Jonc Sillage — échantillons", "10", "58,00"],
    ]),
    ("sp",),
    ("p", "Quantité libérée: 10 échantillons. Le solde de la série n'est pas libéré: il reste bloqué jusqu'à la "
          "validation écrite des échantillons par Mathilde Roux; la libération de production écrite vient "
          "d'Antoine Berthier, Directeur des achats."),
    ("p", "Autorisation matière: échantillons uniquement."),
], title="CJ-24-0402", author="Castellane")
_p30_chat = """\
05/07/2024, 14:10 - Léa Girardin: Namaste Rajesh ji 🙏 PO CJ-24-0402 for the Sillage bangle is in your mailbox
05/07/2024, 14:11 - Léa Girardin: As per PO: 12 samples only please, nothing more. Balance stays blocked until Mathilde signs the samples and Antoine sends the release.
05/07/2024, 14:12 - Léa Girardin: Hammering like the photo I sent in June, not too deep
05/07/2024, 15:40 - Rajesh Agarwal: Namaste Léa ji, well received. Hammering medium, noted 👍
05/07/2024, 15:41 - Rajesh Agarwal: Samples by 26 July by FedEx
"""
case("p30_castellane_jaipur_po_chat", ["RG011"],
     "PO releases 10 samples; buyer's chat says 'as per PO: 12 samples only' — conflicting authorized quantities",
     [("BC_CJ-24-0402.pdf", _p30_po), ("WhatsApp_Rajesh_ji.txt", _p30_chat)])

# ---- p31: email: 5 pcs each x 10 references; attached PO: 4 each, total 40
_p31_refs = [f"HP-CH-{700 + i}" for i in range(1, 11)]
_p31_po = pdf([
    ("h1", "HALDEN & PIERCE — PURCHASE ORDER HP-24-5671"),
    ("p", "Vendor: Siam Precious Casting Co., Ltd. · July 10, 2024 · Buyer: Rachel Kim · 'Lagoon' charm collection — samples"),
    ("table", [["Line", "Reference", "Sample qty", "Unit USD"]] +
              [[str(i + 1), r, "4", "8.60"] for i, r in enumerate(_p31_refs)] +
              [["", "TOTAL SAMPLES", "40", ""]]),
    ("sp",),
    ("p", "Production for the Lagoon collection is not released. It stays on hold until Daniel Ortega signs off "
          "the samples; production release in writing by Rachel Kim only."),
], pagesize=LETTER, title="PO HP-24-5671", author="Halden & Pierce")
_p31_txt = """Hi Khun Ploy,

Attached is PO HP-24-5671 for the Lagoon charm collection. Please produce sample 5 pcs each of the
10 references (list in the PO), enamel colours per the Pantone card we sent in June.

Production of the collection is not released: it stays on hold until Daniel signs off the
samples, and then I will send the written release.

Could you also quote a gift box option (navy, foil logo)? Thank you ka!

Rachel
""" + S_RACHEL
case("p31_hp_siam_lagoon_5x10", ["RG011"],
     "email asks for 5 pcs x 10 refs (50) while the attached PO lists 4 each, total 40 — conflicting authorized quantities",
     [("HP-24-5671_Lagoon_samples.eml", eml_bytes(mail(
         RACHEL, PLOY, "HP-24-5671 Lagoon samples", "Wed, 10 Jul 2024 07:30:00 -0400", _p31_txt,
         attachments=[("PO_HP-24-5671.pdf", _p31_po, PDF_MT)])))])

# ---- p32: French DOCX: "vingt-quatre (42)"
case("p32_castellane_dubois_24_42", ["RG011"],
     "one document states 'vingt-quatre (42)' sample clasps, and 24 in the table — conflicting authorized quantities",
     [("BC_CJ-24-0420.docx", docx_bytes([
         ("h1", "Castellane Joaillerie — Bon de commande CJ-24-0420"),
         ("p", "Fournisseur: Fermoirs Dubois Sàrl, Le Locle (CH) · Lyon, 09.07.2024"),
         ("p", "Fermoir à cliquet 'Lien' CJ-FE-03, or jaune 18 ct (750/1000), poinçon de maître + tête d'aigle à l'import"),
         ("table", [
             ["Ligne", "Désignation", "Qté", "Prix EUR"],
             ["1", "Fermoir Lien — échantillons", "24", "214,00"],
         ]),
         ("sp",),
         ("p", "Quantité libérée maintenant: vingt-quatre (42) fermoirs échantillons."),
         ("p", "Le solde de la série n'est pas libéré. Il reste bloqué jusqu'à la validation écrite des échantillons par "
               "Mathilde Roux (bureau de style); la libération de production sera écrite et signée par Antoine Berthier, "
               "Directeur des achats."),
         ("p", "Autorisation matière: or pour les échantillons uniquement. Poids cible: 1,9 g ± 0,1 g."),
         ("p", "Antoine Berthier — Directeur des achats"),
     ], author="Antoine Berthier"))])

# ---- p33: HTML order sheet: per-reference total 180 vs "200 authorized now"; "Approved" used for 3 things
_p33_rows = [("ORL-LK-01", "Maglia ovale 6 mm", 40), ("ORL-LK-02", "Maglia ovale 8 mm", 40),
             ("ORL-LK-03", "Maglia groumette 5 mm", 50), ("ORL-LK-04", "Maglia rolò 4 mm", 50)]
_p33_tr = "".join(f"<tr><td>{r}</td><td>{d}</td><td style='text-align:right'>{q}</td></tr>\n" for r, d, q in _p33_rows)
case("p33_orlandi_jaipur_sheet", ["RG009", "RG011"],
     "order sheet says 200 authorized now but per-reference lines sum to 180; 'Approved' used for samples, PO and production",
     [("Foglio_ordine_7700-180.html", html_page("Foglio ordine 7700-180", f"""
<h2>Orlandi Gioielli — Foglio ordine / order sheet 7700-180 · call-off 1</h2>
<p>Fornitore: Jaipur Silvercraft Pvt. Ltd. · 12/07/2024 · Buyer: Chiara Benetti</p>
<table>
<tr><th>Stage</th><th>Status</th></tr>
<tr><td>Samples (10 pcs per reference)</td><td>Approved — Marco Zanella, 02/07</td></tr>
<tr><td>PO 7700-180 (1,000 pcs)</td><td>Approved — Finance, 28/06</td></tr>
<tr><td>Production</td><td>Approved — 200 pcs</td></tr>
</table>
<p><b>Authorized now: 200 pcs</b>, split per reference as below. The balance of PO 7700-180 (800 pcs) is not
released; it stays on hold until the next call-off, issued only by Lucia Ferrante, Direttore Operations.</p>
<table>
<tr><th>Reference</th><th>Description</th><th>Qty</th></tr>
{_p33_tr}</table>
<p>Argento 925, rodiatura 0,2 micron. Spedizione FedEx IP, fattura in EUR.</p>
"""))])

# ---- p34: buyer email: forecast to be taken as firm order (multipart/alternative)
_p34_rows = [("SOL-ST-18-ALG-BLK", "18 mm", 520), ("SOL-ST-18-ALG-BRN", "18 mm", 380), ("SOL-ST-20-ALG-BLK", "20 mm", 560),
             ("SOL-ST-20-ALG-BRN", "20 mm", 420), ("SOL-ST-20-ALG-NAV", "20 mm", 260), ("SOL-ST-22-ALG-BLK", "22 mm", 260)]
_p34_tab = "\n".join(f"  {r:<20} {w:>6} {q:>6}" for r, w, q in _p34_rows)
_p34_txt = f"""Bom dia Ana,

As promised at the fair, here is our 2025 forecast for the alligator-grain calf straps: 2,400 pcs
across the six references below.

  Reference             Width    Qty
{_p34_tab}
  Total                         2,400

Please take this forecast as our firm order for 2025 and book your stitching capacity
accordingly. Purchase orders will follow each quarter for the paperwork.

Buckles are supplied by us (SOL-BK-18/20/22, 316L), as on the current models.

Muito obrigada,
Nora
""" + S_NORA
case("p34_solene_fonseca_forecast_order", ["RG008"],
     "buyer writes the 2025 forecast of 2,400 as a firm order ('take this forecast as our firm order')",
     [("Straps_2025_alligator.eml", eml_bytes(mail(
         NORA, ANA, "2025 straps — alligator grain", "Fri, 12 Jul 2024 10:05:00 +0200", _p34_txt,
         html=html_mail(_p34_txt))))])

# ---- p35: supplier acknowledgement: order of 5,000 per your Q3 forecast; advance received, production started
case("p35_mumbai_ack_forecast_advance", ["RG008", "RG012"],
     "supplier acknowledges 'your order of 5,000 pcs as per your Q3 forecast' and starts production because the advance was received",
     [("MF-OA-24-0877.pdf", pdf([
         ("h1", "MUMBAI FINDINGS LTD."),
         ("p", "Plot 17, SEEPZ, Andheri (E), Mumbai 400 096 · GSTIN 27AABCM4417F1Z2"),
         ("h", "ORDER ACKNOWLEDGEMENT MF/OA/24/0877"),
         ("p", "To: Brightwater Jewelry Co., Providence RI — Kind attn. Ms. Megan Doyle · Date: 15 July 2024"),
         ("p", "We thank you for your order of 5,000 pcs lobster clasp BJ-CL-1000-09 (9 mm, sterling silver, rhodium) "
               "as per your Q3 forecast dated 1 July 2024."),
         ("table", [
             ["Item", "Qty", "Rate USD", "Amount USD"],
             ["BJ-CL-1000-09", "5,000", "0.86", "4,300.00"],
         ]),
         ("p", "Your advance payment of USD 1,290.00 has been received with thanks; accordingly, production has been "
               "started and the first 2,000 pcs will be ready by 20 August."),
         ("p", "For Mumbai Findings Ltd. — Vikram Shah, Export Sales"),
     ], title="MF/OA/24/0877", author="Mumbai Findings"))])

# ---- p36: ERP blanket: forecast quantity made firm; header 12,000 vs line 10,000
case("p36_brightwater_blanket_firm", ["RG008", "RG011"],
     "blanket PO makes the 2025 demand forecast firm and non-cancellable; header total 12,000 vs line quantity 10,000",
     [("BPO-24-0031.txt", """\
BRIGHTWATER JEWELRY CO.                                BLANKET PURCHASE ORDER
225 DYER ST  PROVIDENCE RI 02903                       BPO NO: BPO-24-0031
-------------------------------------------------------------------------------
DATE: 07/15/2024      BUYER: M.DOYLE      TERMS: NET 45      VALID: CY2025
VENDOR: 20417 MUMBAI FINDINGS LTD
TOTAL COMMITTED QTY: 12,000 EA
QTY BASIS: 2025 DEMAND FORECAST (S&OP CYCLE JUN-24) - FIRM, NON-CANCELLABLE
-------------------------------------------------------------------------------
LN  ITEM           DESCRIPTION                         QTY      UOM  UNIT USD
 1  BJ-JR-510      JUMP RING 5MM SS925 1.0 WIRE        10,000   EA     0.71
-------------------------------------------------------------------------------
THIS ORDER AUTHORIZES PRODUCTION OF THE FULL COMMITTED QUANTITY.
DELIVERIES: MONTHLY PER ATTACHED SCHEDULE (JAN-DEC 2025), FCA MUMBAI.
SPEC: DRG BJ-JR-510 REV 4, NICKEL FREE EN 1811, PLATING RH 0.15 UM MIN.
-------------------------------------------------------------------------------
AUTHORIZED: M. DOYLE, SOURCING MANAGER
"""), ])

# ---- p37: supplier proforma (HTML): production starts upon receipt of the advance
case("p37_jaipur_proforma_advance", ["RG012"],
     "supplier proforma: production will commence immediately upon receipt of the 50% advance",
     [("Proforma_JS-PI-24-131.html", html_page("Proforma Invoice JS/PI/24-131", """
<h2>JAIPUR SILVERCRAFT PVT. LTD.</h2>
<p>E-14, Sitapura Industrial Area, Jaipur 302022, Rajasthan, India · GSTIN 08AACCJ5521K1ZR</p>
<h3>PROFORMA INVOICE JS/PI/24-131</h3>
<p>Buyer: Castellane Joaillerie, Lyon (Ms. Léa Girardin) · Date: 16 July 2024 · Your enquiry of 2 July 2024</p>
<table>
<tr><th>S.No.</th><th>Description</th><th>Qty</th><th>Rate EUR</th><th>Amount EUR</th></tr>
<tr><td>1</td><td>Bangle 'Sillage' CJ-JO-21, 925 silver, hammered — samples</td><td>24</td><td>31.00</td><td>744.00</td></tr>
<tr><td>2</td><td>Bangle 'Sillage' CJ-JO-21, 925 silver, hammered — production</td><td>2,400</td><td>19.50</td><td>46,800.00</td></tr>
</table>
<p><b>Terms of payment:</b> 50% advance by T/T, balance against copy of AWB.</p>
<p><b>Production:</b> production will commence immediately upon receipt of the 50% advance. Delivery 6 weeks thereafter.</p>
<p>Bank: State Bank of India, MI Road branch, Jaipur · SWIFT SBININBB398 · A/c 3811 0024 557</p>
<p>For Jaipur Silvercraft Pvt. Ltd. — Rajesh Agarwal, Director</p>
"""))])

# ---- p38: thread: buyer says accepted AB = green light (AB covers samples + series)
_p38_q2 = """On 15.07.2024 11:30, Nora Favre wrote:
Marc,
PO 2500-0540 attached: eight (8) sample clasps DPL-20-ST. The series (392 pcs) is not released:
it stays on hold until Julien Perret signs off the samples, and I will then send the written
series release.
Nora"""
_p38_q1 = """On 16.07.2024 08:12, Marc Dubois wrote:
Bonjour Nora,
please find attached our order confirmation AB 24-3391 for your PO 2500-0540: 8 sample clasps +
392 series clasps (total 400) at the agreed prices. Could you accept it in your system?
Meilleures salutations,
Marc Dubois
Fermoirs Dubois Sàrl, Le Locle

""" + quote_block(_p38_q2)
_p38_txt = """Hi Marc,

AB 24-3391 is accepted in SAP this morning, so that's your green light 👍

Have a good week,
Nora
""" + S_NORA + "\n" + quote_block(_p38_q1) + "\n"
case("p38_solene_dubois_ab_green_light", ["RG002", "RG012"],
     "buyer treats acceptance of the supplier's order confirmation (samples + series) as an unscoped green light",
     [("RE_AB_24-3391.eml", eml_bytes(mail(
         NORA, MARC, "RE: AB 24-3391 / PO 2500-0540", "Tue, 16 Jul 2024 09:47:00 +0200", _p38_txt,
         in_reply_to="<fd-ab-243391@fermoirs-dubois.ch>")))])

# ---- p39: Thai chat: supplier starts casting all 1,000 because the deposit arrived; buyer doesn't correct
case("p39_brightwater_chanthaburi_deposit", ["RG012"],
     "buyer scope complete (20 released, 980 on hold until Alan's sign-off and Megan's release); supplier starts casting all 1,000 because the deposit was received",
     [("Chat_Khun_Nok.txt", """\
WhatsApp Chat with Khun Nok (CGS)

10/07/2024, 20:15 - Megan Doyle: Hi Khun Nok! PO 24-4533 sent: 20 sample rings only (BJ-RG-88, silver + white topaz 4 mm). The other 980 are on hold until Alan signs off the samples in Providence, then I send the written release.
10/07/2024, 20:16 - Megan Doyle: Deposit for the samples + tooling goes out tomorrow
11/07/2024, 08:30 - Khun Nok: Sawasdee ka Khun Megan 🙏 noted ka
16/07/2024, 09:02 - Khun Nok: Khun Megan, we got your deposit already ka, so we start casting all 1,000 pcs tomorrow, finish faster for you 🙏
16/07/2024, 09:03 - Khun Nok: <Media omitted>
16/07/2024, 21:40 - Megan Doyle: Great, thanks Nok! Please send the stone certificates with the samples.
"""), ])

# ---- p40: "PO released in SAP" + "production release" (RG009); SAP printout as TXT attachment
_p40_sap = """\
SAP  ME23N  Display Purchase Order                              16.07.2024 14:02
---------------------------------------------------------------------------------
Standard PO      HP-24-5690      Vendor 300418 PELLETTERIA ARNO SRL   Doc.date 16.07.2024
Purch.Org. HP01  Purch.Group R07 (R.KIM)   Company code HP10
Release strategy: R1 (FIN)   Release indicator: R   Status: RELEASED
---------------------------------------------------------------------------------
Itm  Material           Short text                         PO qty  OUn  Net price
 10  HP-ST-2018-BLK     STRAP HUDSON BLACK 20/18 SAMPLE        30  PC      24.00 EUR
---------------------------------------------------------------------------------
Header text: Samples only. Production balance 1,470 not released - see buyer email.
"""
_p40_txt = """Hi Giovanni,

Good news: PO HP-24-5690 was released in SAP today (release strategy completed by Finance), see the
printout attached.

It covers the 30 sample straps of the Hudson black only. The 1,470 balance is not released:
production release will follow only after the sample sign-off by Daniel Ortega, and it will come
in writing from Margaret Lowell, our VP Sourcing.

Samples to New York by August 9, please. Same stitching as the cognac version.

Best,
Rachel
""" + S_RACHEL
case("p40_hp_arno_sap_released", ["RG009"],
     "'released' used for the commercial PO release in SAP and for the production release in the same message",
     [("HP-24-5690_Hudson_black.eml", eml_bytes(mail(
         RACHEL, GIOVANNI, "HP-24-5690 released — Hudson black samples", "Tue, 16 Jul 2024 14:20:00 -0400",
         _p40_txt, attachments=[("HP-24-5690_SAP.txt", _p40_sap, "text/plain")])))])

# ---- p41: Italian: "approvato" for commercial, technical and production + unscoped "procedete pure"
_p41_txt = """Ciao Stefano,

buone notizie: il vostro preventivo 118/24 è stato approvato dalla nostra amministrazione, e
l'ordine 7700-190 per i dodici (12) campioni degli orecchini Cometa (ORL-OR-44) è partito stamattina.

Quando arrivano, i campioni devono essere approvati da Marco Zanella (sviluppo prodotto). Solo
dopo, con l'ordine rivisto, arriverà l'approvazione della produzione dei 588 pezzi, per iscritto,
da Lucia Ferrante: fino ad allora i 588 non sono autorizzati.

Per il resto tutto ok da parte nostra: procedete pure!

Un caro saluto,
Chiara
""" + S_CHIARA
case("p41_orlandi_dalmolin_approvato", ["RG002", "RG009"],
     "'approvato/approvati/approvazione' used for the commercial quote approval, the technical sample approval and the production release; closes with unscoped 'procedete pure'",
     [("Ordine_7700-190_Cometa.eml", eml_bytes(mail(
         CHIARA, STEFANO, "Ordine 7700-190 — Cometa", "Wed, 17 Jul 2024 09:12:00 +0200", _p41_txt)))])

# ---- p42: PDF PO with approvals block (design/PO/production all "approved") and no quantity
case("p42_hp_steiner_approvals_block", ["RG009", "RG010"],
     "prototype quantity 'as required for the fitting' (no active quantity); approvals block uses 'approved' for design, PO and production",
     [("PO_HP-24-5702.pdf", pdf([
         ("h1", "HALDEN & PIERCE — PURCHASE ORDER HP-24-5702"),
         ("p", "Vendor: Atelier Steiner SA, La Chaux-de-Fonds (CH) · July 18, 2024 · Buyer: Rachel Kim"),
         ("p", "Item: prototype links for bracelet 'Hudson Link' HP-BR-20, 904L steel, brushed, drawing HP-BR-20 rev 2"),
         ("table", [
             ["Line", "Description", "Qty", "Unit CHF"],
             ["1", "Prototype links, for the fitting on the 38 / 40 / 42 mm cases", "as required", "18.00"],
         ]),
         ("sp",),
         ("p", "Series (600 bracelets) not released: on hold until Daniel Ortega signs off the prototypes; the series "
               "is released only in writing by Rachel Kim."),
         ("h", "Approvals"),
         ("table", [
             ["Step", "Status", "By / date"],
             ["Design approved", "yes", "D. Ortega, 12 Jul"],
             ["PO approved", "yes", "Finance, 17 Jul"],
             ["Production approved", "pending — after prototype approval", "R. Kim"],
         ]),
         ("p", "Ship DHL to New York. Tolerance on link pitch ±0.03 mm."),
     ], pagesize=LETTER, title="PO HP-24-5702", author="Halden & Pierce"))])

# ---- p43: thread: "ruthenium approved, go ahead" (RG002)
_p43_q2 = """Le 01/07/2024 à 09:20, Camille Vasseur a écrit :
Buongiorno Stefano,
PO 4500-2341 attached: twelve (12) samples of the Liseron ring (AUR-BG-152). The balance of
1.188 pcs is not released; it stays on hold until Inès Morel signs off the samples, and then
Hélène Brissac (Directrice Supply Chain) sends the written production release.
Camille"""
_p43_q1 = """Il 15/07/2024 17:02, Stefano Dal Molin ha scritto:
Buonasera Inès,
here the two test pieces of the Liseron: left rhodium, right ruthenium (dark grey). Which one?
Saluti, Stefano

""" + quote_block(_p43_q2)
_p43_txt = """Stefano,

Magnifique ! Ruthenium approved — go ahead.

Just keep the shank at 1.6 mm as on the master, please.

Inès
--
Inès Morel · Développement produit · Maison Aurèle

""" + quote_block(_p43_q1) + "\n"
case("p43_aurele_dalmolin_ruthenium", ["RG002"],
     "'Ruthenium approved — go ahead' names neither sample-only nor a quantity; PO scope quoted below is complete",
     [("RE_Liseron_tests.eml", eml_bytes(mail(
         INES, STEFANO, "RE: Liseron — rodio / rutenio", "Tue, 16 Jul 2024 08:05:00 +0200", _p43_txt,
         in_reply_to="<dm-liseron-0715@dalmolin-orafi.it>")))])

# ---- p44: WhatsApp EN/FR: "a few links" + "green light"
case("p44_solene_steiner_chat", ["RG002", "RG010"],
     "buyer asks for 'a few links' (no quantity) and answers the photos with an unscoped 'green light'; hold, event and person present",
     [("WhatsApp_Urs_Steiner.txt", """\
[17.07.24, 08:12:40] Nora Favre: Salut Urs, for the SOL-BR-24 bracelet (904L, 20 mm): can you make a few links for the fitting next week?
[17.07.24, 08:13:25] Nora Favre: The series stays blocked until Julien Perret signs off the links, then I send you the written series release. Nothing else before that.
[17.07.24, 08:40:03] Urs Steiner: Salut Nora, pas de souci. I'll send photos of the first ones tomorrow
[18.07.24, 16:55:12] Urs Steiner: <image omitted>
[18.07.24, 16:55:30] Urs Steiner: brushed top, polished flanks as on drawing rev 5
[18.07.24, 17:20:48] Nora Favre: 👍 top, green light!
[18.07.24, 17:21:10] Urs Steiner: Merci, bonne soirée
"""), ])

# ---- p45: email with inspection report PDF: "APPROVED — good to run"
_p45_rep = pdf([
    ("h1", "BRIGHTWATER JEWELRY CO. — INCOMING INSPECTION REPORT IIR-24-0318"),
    ("p", "Vendor: Mumbai Findings Ltd. · PO 24-4548 · Item: toggle clasp 'Harbor' BJ-TG-16, sterling silver 925"),
    ("table", [
        ["Characteristic", "Spec", "Result (25 pcs)", "OK"],
        ["Ring OD", "16.0 ± 0.2 mm", "15.9 – 16.1", "yes"],
        ["Bar length", "22.0 ± 0.3 mm", "21.8 – 22.1", "yes"],
        ["Rhodium thickness", "≥ 0.15 µm", "0.18 – 0.22", "yes"],
        ["Nickel release EN 1811", "< 0.5 µg/cm²/week", "pass", "yes"],
    ]),
    ("sp",),
    ("p", "Disposition: APPROVED — good to run."),
    ("p", "Inspector: Alan Reyes, Product Development · July 19, 2024"),
], pagesize=LETTER, title="IIR-24-0318", author="Brightwater Jewelry")
_p45_txt = """Hi Vikram,

Attached is our incoming inspection report for the 25 sample toggles under PO 24-4548.

Reminder on scope: the PO covers the 25 samples only. The production balance of 2,475 is still not
released; it needs a written production release from Megan Doyle once our sample sign-off is
recorded.

Thanks for the quick turnaround on these.

Alan Reyes
Product Development — Brightwater Jewelry Co.
"""
case("p45_brightwater_iir_good_to_run", ["RG002"],
     "inspection report disposition 'APPROVED — good to run' with no sample-only scope or quantity; email scope is otherwise complete",
     [("IIR_PO_24-4548.eml", eml_bytes(mail(
         ALAN, VIKRAM, "PO 24-4548 — inspection report toggles", "Fri, 19 Jul 2024 15:30:00 -0400", _p45_txt,
         attachments=[("IIR-24-0318.pdf", _p45_rep, PDF_MT)])))])

# =================================================================== WRITE
def _stem(fn):
    s = Path(fn).stem
    return re.sub(r"[^A-Za-z0-9._-]+", "_", s)


def main():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    order = list(CASES)
    random.Random(4848).shuffle(order)
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    labels = {}
    for i, c in enumerate(order, 1):
        folder = f"h48_{i:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    # summary
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"cases: {len(CASES)}  clean: {clean}  risky: {len(CASES) - clean}  "
          f"multi-rule: {sum(1 for c in CASES if len(c['expect']) > 1)}")
    for r in [f"RG{n:03d}" for n in range(1, 13)]:
        print(r, sum(1 for c in CASES if r in c["expect"]))


if __name__ == "__main__":
    main()
