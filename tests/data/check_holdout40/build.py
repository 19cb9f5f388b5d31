#!/usr/bin/env python3
"""Generator for the releasegate check_holdout40 corpus (cosmetics and personal care).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout40/build.py

The renderer helpers (pdf, docx_bytes, html_page, mail, eml_bytes, sig) are copied from
check_holdout3/build.py; the cases below were written independently for this corpus.

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
    m["Message-ID"] = msgid or f"<h40-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h40")
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


def sig_short(name, title, company, phone):
    """A signature without a legal disclaimer (smaller firms, replies from phones)."""
    return f"\n-- \n{name}\n{title}\n{company}\n{phone}\n"


def q(text, depth=1):
    """Quote a block of text with '>' markers, as mail clients do in replies."""
    pre = ">" * depth
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(pre + (" " + line if line else ""))
    return "\n".join(out)


def eml(m):
    return eml_bytes(m)


# ------------------------------------------------------------------ people
CAMILLE = "Camille Dufresne <camille@maison-lune.fr>"
HELENE = "Hélène Roux <helene.roux@maison-lune.fr>"
CLAIRE = "Claire Besson <claire.besson@maison-lune.fr>"
JULIEN = "Julien Perrin <j.perrin@lcr-cosmetiques.fr>"
THIERRY = "Thierry Lemoine <t.lemoine@cartonnages-du-val.fr>"
NADIA = "Nadia Benali <n.benali@verrerie-bresle.fr>"
KIM = "Kim Ji-won <jiwon.kim@dalbitskin.co.kr>"
PARK = "Park Seo-yeon <sy.park@namucosmetic.co.kr>"
LEE = "Lee Dong-hyun <dh.lee@daesungpack.co.kr>"
CHIARA = "Chiara Bassi <chiara.bassi@erbedisole.it>"
DAVIDE = "Davide Greco <davide.greco@erbedisole.it>"
MARCO = "Marco Ferri <m.ferri@cosmolab-brianza.it>"
SARA = "Sara Colombo <s.colombo@vetrerialombarda.it>"
AGNIESZKA = "Agnieszka Kowalczyk <a.kowalczyk@lumiskin.pl>"
TOMASZ = "Tomasz Zieliński <t.zielinski@lumiskin.pl>"
KATARZYNA = "Katarzyna Wójcik <k.wojcik@fillpol.pl>"
MAYA = "Maya Chen <maya@juniperandsalt.com>"
PRIYA = "Priya Raman <priya.raman@juniperandsalt.com>"
DANA = "Dana Whitfield <dana.whitfield@juniperandsalt.com>"
ROB = "Rob Dietz <rdietz@greatlakescf.com>"
TOM = "Tom Alvarez <talvarez@apexdispensing.com>"

SIG_CAMILLE = sig("Camille Dufresne", "Fondatrice & CEO", "Maison Lune SAS, 8 quai Saint-Vincent, 69001 Lyon",
                  "+33 4 78 00 12 34")
SIG_HELENE = sig("Hélène Roux", "Directrice des Opérations", "Maison Lune SAS, 8 quai Saint-Vincent, 69001 Lyon",
                 "+33 4 78 00 12 36")
SIG_CLAIRE = sig("Claire Besson", "Acheteuse packaging", "Maison Lune SAS, 8 quai Saint-Vincent, 69001 Lyon",
                 "+33 4 78 00 12 38")
SIG_JULIEN = sig_short("Julien Perrin", "Chef de projet clients", "Laboratoires Cosmétiques du Rhône SAS",
                       "+33 4 72 00 18 40")
SIG_PRIYA = sig("Priya Raman", "Purchasing Manager", "Juniper & Salt Co., 181 Kent Ave, Brooklyn NY 11249",
                "+1 718 555 0142")
SIG_MAYA = sig_short("Maya Chen", "Founder", "Juniper & Salt Co. | juniperandsalt.com", "+1 718 555 0140")
SIG_ROB = sig("Rob Dietz", "Account Manager", "Great Lakes Contract Fill LLC, 2200 Front St, Toledo OH 43605",
              "+1 419 555 0177")
SIG_KIM = sig("Kim Ji-won (김지원)", "Purchasing Team Leader", "Dalbit Skin Co., Ltd., Seongsu-dong, Seoul",
              "+82 2 555 0134")
SIG_PARK = sig_short("Park Seo-yeon (박서연)", "Sales Manager", "Namu Cosmetic Co., Ltd. | Osong Bio Valley, Cheongju",
                     "+82 43 555 0172")
SIG_CHIARA = sig("Chiara Bassi", "Responsabile Qualità", "Erbe di Sole S.r.l., Via Borgo Palazzo 112, 24125 Bergamo",
                 "+39 035 555 0144")
SIG_DAVIDE = sig("Davide Greco", "Direttore Acquisti", "Erbe di Sole S.r.l., Via Borgo Palazzo 112, 24125 Bergamo",
                 "+39 035 555 0146")
SIG_MARCO = sig_short("Marco Ferri", "Project Manager Terzismo", "Cosmolab Brianza S.r.l., Monza",
                      "+39 039 555 0121")
SIG_AGNIESZKA = sig("Agnieszka Kowalczyk", "Kierownik Zakupów / Purchasing Manager",
                    "Lumiskin Sp. z o.o., ul. Puławska 300, 02-819 Warszawa", "+48 22 555 01 23")
SIG_KATARZYNA = sig_short("Katarzyna Wójcik", "Opiekun Klienta / Key Account Manager",
                          "Fillpol Kosmetyki sp.k., ul. Przybyszewskiego 176, 93-120 Łódź", "tel. +48 42 555 07 31")


# =================================================================== CLEAN
# ---- c01: supplier quotation with tiers (no authorization in the bundle)
case("c01_quote_tiers", [],
     "LCR quotation alone: lab/stability/pilot/production tiers and MOQ, no authorized quantity, so nothing to flag.",
     [("Devis_LCR_D24-0877.pdf", pdf([
         ("h1", "DEVIS / QUOTATION N° D24-0877"),
         ("p", "Laboratoires Cosmétiques du Rhône SAS — 14 rue du Dauphiné, 69100 Villeurbanne — "
               "SIRET 512 345 678 00021 — Fabrication à façon certifiée ISO 22716:2007"),
         ("p", "Client : Maison Lune SAS, 8 quai Saint-Vincent, 69001 Lyon — à l'attention de Camille Dufresne"),
         ("p", "Date : 18/03/2024 — Validité : 60 jours — Chef de projet : Julien Perrin"),
         ("p", "Projet : Sérum Nuit Peptides 30 ml — formule ML-SN-07 (INCI v4). Flacon airless 30 ml et étui "
               "fournis par le client (ou sourcés par LCR au prix coûtant + 8 %)."),
         ("table", [["Étape / Stage", "Description", "Quantité", "Prix unitaire HT", "Total HT"],
                    ["Échantillons labo", "Remplissage manuel, airless non décoré", "24", "18,50 €", "444,00 €"],
                    ["Lot de stabilité", "3 conditions (4 °C / 25 °C / 40 °C), T0 à T3 mois", "24", "22,00 €",
                     "528,00 €"],
                    ["Lot pilote", "Ligne 2 : remplissage, capsulage, étiquetage", "500", "4,90 €", "2 450,00 €"],
                    ["Production — palier 1", "Bulk + conditionnement", "5 000", "2,35 €", "11 750,00 €"],
                    ["Production — palier 2", "Bulk + conditionnement", "10 000", "2,05 €", "20 500,00 €"]]),
         ("sp",),
         ("p", "MOQ production : 5 000 unités par référence. Taille de cuve bulk : 300 kg."),
         ("p", "Dossier réglementaire : assistance PIF et notification CPNP par notre service réglementaire, "
               "forfait 850 € HT. Test de compatibilité contenant/contenu inclus dans le lot de stabilité."),
         ("p", "Délais : échantillons labo 3 semaines ; stabilité 12 semaines ; production 6 semaines à compter "
               "de votre libération de production écrite et de la réception des composants."),
         ("p", "Conditions de paiement : 30 % d'acompte à la commande de production, solde à 30 jours fin de "
               "mois. Ce devis n'est pas une commande et n'engage aucune des parties sur les quantités indiquées."),
         ("p", "Julien Perrin — Chef de projet clients — +33 4 72 00 18 40"),
     ], title="Devis D24-0877", author="LCR"))])

# ---- c02: supplier question ("do we have a go-ahead?"), Korean-English
case("c02_supplier_question", [],
     "Namu asks whether it has a go-ahead for 3,000 and states it is not released; a question, not an approval.",
     [("Namu_stability_4wk_DS-24-044.eml", eml(mail(
         PARK, KIM, "[Namu OEM] Rice Water Toner 200ml – stability 4wk result / next step?",
         "Fri, 24 May 2024 16:48:10 +0900",
         """Dear 김지원 팀장님 (Ms. Kim Ji-won),

안녕하세요, Namu Cosmetic 박서연입니다.

Please find the 4-week stability result for Rice Water Toner 200ml (formula NM-RW-0312) below. All four conditions pass:
  - pH 5.4 -> 5.3 (spec 5.0-6.0)
  - viscosity, colour, odour: no change at 4°C / RT / 45°C / freeze-thaw cycle
  - container compatibility with the PETG bottle: weight loss below 0.3%

We shipped the 48 pcs stability samples on PO DS-24-044 last Friday (DHL 7781 2304 5560).

Our planning team asked me to check one thing: do we have a go-ahead for the 3,000 pcs main production now, or should we wait for the 12-week data? We understand the 3,000 pcs is not released yet, so we have not ordered bulk raw materials or bottles for it.

For your information, line 3 has an open slot in week 27 if a written release arrives by 14 June. If not, the next open slot is week 31.

감사합니다.
""" + SIG_PARK)))])

# ---- c03: labelled forecast (HTML table), Polish
case("c03_labelled_forecast", [],
     "Lumiskin H2 demand forecast, clearly labelled non-binding and not an order; authorizes nothing.",
     [("Lumiskin_prognoza_2024H2.html", html_page("Prognoza zapotrzebowania 2024 H2", """
<h2>LUMISKIN Sp. z o.o. — Prognoza zapotrzebowania / Demand forecast, II półrocze 2024</h2>
<p>Dla / For: Fillpol Kosmetyki sp.k., Łódź &nbsp;|&nbsp; Wersja 3, 28.05.2024 &nbsp;|&nbsp; Opracowała: Agnieszka Kowalczyk</p>
<p class="note"><b>PROGNOZA — NIE JEST ZAMÓWIENIEM.</b> Ta prognoza nie upoważnia do produkcji ani do zakupu
surowców i opakowań. <b>FORECAST — NOT AN ORDER.</b> This forecast is non-binding: it does not authorise
production or the purchase of bulk or components. Each quantity will be ordered on its own PO.</p>
<table>
<tr><th>Indeks / SKU</th><th>Produkt</th><th>VII</th><th>VIII</th><th>IX</th><th>X</th><th>XI</th><th>XII</th><th>Suma H2</th></tr>
<tr><td>LS-DC-SPF50</td><td>Krem dzienny SPF50 50 ml</td><td>1 200</td><td>1 500</td><td>2 000</td><td>1 800</td><td>1 500</td><td>2 500</td><td>10 500</td></tr>
<tr><td>LS-SN-RET</td><td>Serum na noc z retinalem 30 ml</td><td>600</td><td>600</td><td>700</td><td>700</td><td>800</td><td>800</td><td>4 200</td></tr>
<tr><td>LS-HB-KOZ</td><td>Balsam do rąk z kozim mlekiem 75 ml</td><td>0</td><td>0</td><td>1 000</td><td>1 000</td><td>2 000</td><td>3 000</td><td>7 000</td></tr>
</table>
<p>Uwagi: LS-HB-KOZ — premiera planowana na wrzesień, zależna od wyników testu rynkowego.
Kolejna aktualizacja prognozy: 28.06.2024.</p>
<p>Pytania: a.kowalczyk@lumiskin.pl, tel. +48 22 555 01 23</p>
""", lang="pl"))])

# ---- c04: sample PO with a complete scope note (PDF with table)
case("c04_sample_po_complete", [],
     "Sample PO for 24 lab samples: active quantity, balance not released, unlock event, named release authority, sample-only material.",
     [("BC_24-0319_MaisonLune.pdf", pdf([
         ("h1", "BON DE COMMANDE / PURCHASE ORDER N° BC 24-0319"),
         ("p", "Maison Lune SAS — 8 quai Saint-Vincent, 69001 Lyon — TVA FR 45 901 234 567"),
         ("p", "Fournisseur : Laboratoires Cosmétiques du Rhône SAS, Villeurbanne — Réf. devis D24-0877 du 18/03/2024"),
         ("p", "Date : 22/03/2024 — Acheteuse : Claire Besson — Livraison : Maison Lune, Lyon (R&D, attn. Inès)"),
         ("table", [["Ligne", "Article", "Scope", "Qté", "PU HT", "Total HT"],
                    ["1", "ML-SN-07 Sérum Nuit Peptides 30 ml — échantillons labo, airless non décoré",
                     "sample", "24", "18,50 €", "444,00 €"]]),
         ("p", "Total HT : 444,00 € — TVA 20 % : 88,80 € — Total TTC : 532,80 €"),
         ("h", "Périmètre de la commande / Scope of this PO"),
         ("p", "1. Quantité active : vingt-quatre (24) échantillons labo. Active quantity: twenty-four (24) lab "
               "samples — please fill and ship these now."),
         ("p", "2. Le solde n'est pas libéré. The production quantities in quote D24-0877 (5 000 / 10 000 tiers) "
               "are NOT released by this PO; they stay on hold."),
         ("p", "3. Déblocage / Unlock: the balance can only be released after our 12-week stability sign-off AND "
               "a written production release with a revised PO."),
         ("p", "4. Autorité de libération / Release authority: Hélène Roux, Directrice des Opérations. Nobody else "
               "at Maison Lune can release production."),
         ("p", "5. Autorisation matières / Material authority: sample-only — bulk raw materials and components for "
               "the 24 samples only. The quoted production quantity is a forecast, not a commitment."),
         ("p", "Conditions : paiement 30 jours fin de mois. Merci d'accuser réception de ce BC et de son périmètre."),
     ], title="BC 24-0319", author="Maison Lune"))])

# ---- c05: full-quantity PO that says "proceed" (EML + PDF)
_c05_pdf = pdf([
    ("h1", "PURCHASE ORDER JS-1187"),
    ("p", "Juniper & Salt Co. — 181 Kent Ave, Brooklyn NY 11249 — Buyer: Priya Raman, Purchasing Manager"),
    ("p", "Vendor: Great Lakes Contract Fill LLC, 2200 Front St, Toledo OH 43605 — Vendor no. V-00318"),
    ("p", "PO date: 05/20/2024 — Terms: Net 45 — FOB Toledo — Ship to: JS 3PL, Secaucus NJ"),
    ("table", [["Line", "SKU", "Description", "Qty", "Unit", "Amount"],
               ["1", "JS-LO-FIG-8", "Fig Lip Oil 8 ml, filled, labelled, cartoned (formula JS-LO-FIG rev C)",
                "2,400", "$1.85", "$4,440.00"]]),
    ("p", "Full-quantity purchase order: 2,400 units. No balance, no second tranche."),
    ("p", "Tubes and doe-foot applicators supplied by Apex Dispensing on PO JS-1185. Labels printed by vendor, "
          "artwork JS-ART-0412 v2. GMP per ISO 22716:2007. CoA and batch record copy with each shipment."),
], pagesize=LETTER, title="PO JS-1187", author="Juniper & Salt")
case("c05_full_qty_po_proceed", [],
     "Full-quantity PO for 2,400 units with 'please proceed with all 2,400'; no balance, scoped wording.",
     [("PO_JS-1187_fig_lip_oil.eml", eml(mail(
         PRIYA, ROB, "PO JS-1187 – Fig Lip Oil 8 ml – 2,400 units (full order)",
         "Mon, 20 May 2024 10:05:00 -0400",
         """Hi Rob,

Attached is PO JS-1187 for the Fig Lip Oil 8 ml: 2,400 units, which is the full order. Please proceed with all 2,400 units; there is no balance or second tranche on this PO.

A few details so nothing gets lost:
- Formula: JS-LO-FIG rev C (your batch record BR-JS-LO-03).
- Tubes and doe-foot applicators: from Apex Dispensing on our PO JS-1185, arriving at your dock on 6/10.
- Labels: printed by you, artwork JS-ART-0412 v2, Pantone 7621 C for the fig.
- Please include a CoA and a copy of the batch record with the shipment; we're audited against ISO 22716:2007.
- Ship to our 3PL in Secaucus, NJ; pallet labels per the routing guide.

Target ship date is June 28. Let me know if the tube delivery slips.

Thanks!
Priya
""" + SIG_PRIYA,
         attachments=[("PO_JS-1187.pdf", _c05_pdf, PDF_MT)])))])

# ---- c06: explicit recorded auto-conversion (DOCX with table), Italian/English
case("c06_explicit_autoconversion", [],
     "Recorded auto-conversion naming 3.000 units, the signer and a deadline; tranche 2 on hold for a revised PO by Davide Greco; staged material authority.",
     [("Accordo_rilascio_ES-CV50.docx", docx_bytes([
         ("h1", "Accordo di rilascio / Release agreement — Crema Viso Calendula 50 ml"),
         ("p", "Erbe di Sole S.r.l. (Bergamo) — Cosmolab Brianza S.r.l. (Monza). Ordine di riferimento: 24/0412. "
               "Offerta Cosmolab OF-24-233. Data: 02/05/2024."),
         ("p", "Questo documento registra come viene rilasciata la produzione su questo ordine. "
               "This document records how production is released on this order."),
         ("table", [["Fase / Stage", "Quantità", "Stato / Status", "Evento di sblocco / Unlock event", "Firma / Signer"],
                    ["Lotto pilota", "600", "Rilasciato ora / released now", "Ordine 24/0412", "Davide Greco"],
                    ["Tranche 1", "3.000", "Auto-conversione registrata / recorded auto-conversion",
                     "Sign-off scritto del lotto pilota (modulo MOD-QA-12) entro il 31/07/2024", "Chiara Bassi"],
                    ["Tranche 2", "5.400", "Non rilasciata, sospesa / not released, on hold",
                     "Ordine revisionato firmato / signed revised PO", "Davide Greco"]]),
         ("h", "Auto-conversione (clausola 3)"),
         ("p", "If Chiara Bassi, Responsabile Qualità, signs the pilot-lot sign-off form MOD-QA-12 with the result "
               "\"conforme\" on or before 31 July 2024, that signature alone releases 3.000 units (Tranche 1) for "
               "filling. No further document is needed for Tranche 1. An interim or non-conforming result releases "
               "nothing, and after 31 July 2024 this clause lapses."),
         ("p", "Nessun'altra quantità si converte automaticamente. La Tranche 2 (5.400 pezzi) resta sospesa fino a "
               "un ordine revisionato firmato da Davide Greco, Direttore Acquisti."),
         ("h", "Autorizzazione materiali / Material authority"),
         ("p", "Staged: Cosmolab may buy bulk raw materials and components (tubes, caps, cartons) for up to 3.600 "
               "units (pilot + Tranche 1) at Erbe di Sole's liability. Nothing for Tranche 2."),
         ("p", "Firmato / signed: Davide Greco (Direttore Acquisti) — Chiara Bassi (Responsabile Qualità) — "
               "per accettazione: Marco Ferri (Cosmolab Brianza)"),
     ], author="Davide Greco"))])

# ---- c07: supplier says the deposit does not release production; quoted buyer scope (Polish)
case("c07_deposit_not_release", [],
     "Fillpol confirms the deposit and says it does not release production; quoted buyer scope is complete (400 pilot, 7 600 on hold, named releaser).",
     [("Re_Zamowienie_LS-24-077.eml", eml(mail(
         KATARZYNA, AGNIESZKA, "Re: Zamówienie LS-24-077 – zaliczka / deposit",
         "Wed, 05 Jun 2024 13:22:40 +0200",
         """Dzień dobry Pani Agnieszko,

dziękujemy — zaliczka 30% (4 560,00 zł) wpłynęła dziś na nasze konto.

Dla porządku, żeby nie było nieporozumień: zaliczka rezerwuje dla Państwa slot na linii 2 w tygodniu 31. Zaliczka nie zwalnia produkcji. / For the record: the deposit reserves your slot on line 2 in week 31; it does not release production.

Zgodnie z Państwa zamówieniem napełniamy wyłącznie 400 szt. partii pilotażowej. Pozostałe 7 600 szt. czekają na Pani pisemne zwolnienie po akceptacji testu stabilności — do tego czasu nie kupujemy surowców ani opakowań ponad 400 szt.

Pozdrawiam serdecznie,
""" + SIG_KATARZYNA + """
W dniu 03.06.2024 o 10:14, Agnieszka Kowalczyk pisze:
""" + q("""Pani Katarzyno,

w załączeniu zamówienie LS-24-077 na krem dzienny SPF50 50 ml.

- Partia pilotażowa: 400 szt. (pilot batch, 400 units) — proszę napełnić teraz.
- Pozostałe 7 600 szt. NIE są zwolnione (not released) — wstrzymane do akceptacji
  testu stabilności i mojego pisemnego zwolnienia.
- Materiały: wyłącznie na 400 szt.
- Zaliczka 30% zgodnie z ofertą, przelew w tym tygodniu.

Pozdrawiam,
Agnieszka Kowalczyk
Kierownik Zakupów, Lumiskin Sp. z o.o.
"""), in_reply_to="<ls-24-077-0603@lumiskin.pl>")))])

# ---- c08: supplier acknowledgement that restates the hold (multipart/alternative), Korean-English
_c08_text = """김지원 팀장님께,

PO DS-24-031 잘 받았습니다. 아래와 같이 주문 범위를 확인드립니다.
We acknowledge PO DS-24-031 exactly as written:

1. Active quantity: 60 pcs stability samples, Cica Toner 150 ml (NM-CT-0219). We fill and ship these 60 pcs only.
2. The 12,000 pcs main production in our quotation Q-NM-2403 is not released. We will not start it.
3. Main production can start only after your stability sign-off and a written release from 김지원 팀장님 (Ms. Kim Ji-won, Purchasing Team Leader).
4. Material: bulk raw materials, PET bottles and caps are purchased for the 60 pcs only.

Stability samples ship date: 2024-05-10 (EMS to Dalbit R&D, Seongsu).

감사합니다.
박서연 드림
""" + SIG_PARK
_c08_html = """<html><body style="font-family:Malgun Gothic,Arial,sans-serif;font-size:13px">
<p>김지원 팀장님께,</p>
<p>PO DS-24-031 잘 받았습니다. 아래와 같이 주문 범위를 확인드립니다.<br>We acknowledge PO DS-24-031 exactly as written:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Item</th><th>Acknowledged scope</th></tr>
<tr><td>Active quantity</td><td>60 pcs stability samples, Cica Toner 150 ml (NM-CT-0219) — we fill and ship these 60 pcs only</td></tr>
<tr><td>Main production (Q-NM-2403)</td><td>12,000 pcs — not released; we will not start it</td></tr>
<tr><td>Unlock</td><td>your stability sign-off + written release from 김지원 팀장님 (Ms. Kim Ji-won, Purchasing Team Leader)</td></tr>
<tr><td>Material</td><td>bulk raw materials, PET bottles and caps for the 60 pcs only</td></tr>
</table>
<p>Stability samples ship date: 2024-05-10 (EMS to Dalbit R&amp;D, Seongsu).</p>
<p>감사합니다.<br>박서연 드림<br>Park Seo-yeon, Sales Manager, Namu Cosmetic Co., Ltd.</p>
</body></html>"""
case("c08_supplier_ack_hold", [],
     "Supplier acknowledgement restating 60 samples only, 12,000 not released, unlock and named releaser; text + HTML.",
     [("Namu_order_ack_DS-24-031.eml", eml(mail(
         PARK, KIM, "[주문확인 / Order acknowledgement] PO DS-24-031 Cica Toner 150ml",
         "Thu, 25 Apr 2024 11:30:00 +0900", _c08_text, html=_c08_html)))])

# ---- c09: call-off with explicit staged material authority above the released quantity (ERP TXT)
case("c09_calloff_staged_material", [],
     "Call-off 2 of 4 releases 1,500; remaining 3,000 not released until next call-off by Dana Whitfield; staged material authority to 6,000 is explicit.",
     [("JS_calloff_BPO-0091_R2.txt", """JUNIPER & SALT CO.                                   SCHEDULE RELEASE (CALL-OFF)
181 KENT AVE, BROOKLYN NY 11249                      RELEASE NO. : 2 OF 4
                                                     BLANKET PO  : JS-BPO-0091
                                                     DATE        : 06/03/2024
SUPPLIER: GREAT LAKES CONTRACT FILL LLC (V-00318)    BUYER       : P. RAMAN
          2200 FRONT ST, TOLEDO OH 43605             PHONE       : 718-555-0142
=========================================================================================
ITEM          DESCRIPTION                        UOM   REL QTY     DUE DATE    SHIP TO
------------  ---------------------------------  ----  ----------  ----------  ---------
JS-BW-200     CEDAR BODY WASH 200 ML              EA        1,500  07/15/2024  SECAUCUS
              FORMULA JS-BW rev F / BR-JS-BW-07
=========================================================================================
BLANKET QTY (QUOTED)                     :  6,000 EA
RELEASED ON CALL-OFF 1 (05/06/2024)      :  1,500 EA
RELEASED ON THIS CALL-OFF (NO. 2)        :  1,500 EA
CUM RELEASED INCL. THIS CALL-OFF         :  3,000 EA
NOT RELEASED                             :  3,000 EA

NOTES:
 1. FILL 1,500 EA NOW - THIS CALL-OFF ONLY.
 2. THE REMAINING 3,000 EA ON THE BLANKET ARE NOT RELEASED. THEY UNLOCK ONLY BY THE NEXT
    CALL-OFF, ISSUED BY DANA WHITFIELD, DIRECTOR OF SUPPLY CHAIN, AFTER OUR Q3
    SELL-THROUGH REVIEW.
 3. MATERIAL AUTHORITY: STAGED. YOU MAY BUY BOTTLES, PUMPS AND CARTONS FOR UP TO 6,000 EA
    AT JUNIPER & SALT'S LIABILITY. BULK: COMPOUND FOR THIS CALL-OFF ONLY.
 4. PALLETS: 4-WAY, MAX 48 IN HIGH. ASN 24H BEFORE SHIPMENT.

PAGE 1 OF 1                                                      PRINTED 06/03/2024 14:02
""")])

# ---- c10: scoped approval in a reply to a supplier question (FR)
case("c10_scoped_approval", [],
     "'Lab samples (24 units) approved for colour and fragrance only… not a production release'; 5 000 balance on hold until stability sign-off and Camille's written release.",
     [("Re_echantillons_Serum_Nuit.eml", eml(mail(
         CAMILLE, JULIEN, "Re: Échantillons labo Sérum Nuit – retour / next steps",
         "Thu, 16 May 2024 09:40:00 +0200",
         """Bonjour Julien,

Merci pour l'envoi, les 24 échantillons labo sont bien arrivés mardi.

Lab samples (24 units) approved for colour and fragrance only — la texture est parfaite, le parfum aussi. This is not a production release: please make nothing more for now.

Le solde de production (5 000 unités de votre devis D24-0877) reste bloqué jusqu'au sign-off de stabilité à 12 semaines et à ma libération écrite, avec un BC révisé.

Les échantillons de stabilité feront l'objet d'un BC séparé la semaine prochaine.

Merci et bonne journée,
Camille
""" + SIG_CAMILLE + """
Le 14/05/2024 à 16:02, Julien Perrin a écrit :
""" + q("""Bonjour Camille,
les échantillons sont partis hier. Si tout vous convient, est-ce qu'on peut
lancer la production derrière ? Nous avons un créneau en semaine 25.
Julien
"""), in_reply_to="<lcr-0514-1602@lcr-cosmetiques.fr>")))])

# ---- c11: release with an old quote forwarded as message/rfc822, declared informational
_c11_fwd = mail(TOM, PRIYA, "Apex quote AQ-3310 – 24/410 treatment pump", "Tue, 17 Oct 2023 15:20:00 -0500",
                """Hi Priya,

As discussed on the call, pricing for the 24/410 treatment pump, matte black, 0.20 cc output:

  Sample / pilot lot   1,000 pcs   $0.38 ea   3 weeks
  Production          50,000 pcs   $0.21 ea   8 weeks from production order

Mould is existing (16 cavities). Springs 316 SS, no metal in the fluid path option +$0.03.

Best,
Tom Alvarez
Apex Dispensing | Inside Sales | +1 262 555 0119
""")
_c11_pdf = pdf([
    ("h1", "PURCHASE ORDER JS-1196"),
    ("p", "Juniper & Salt Co. — Buyer: Priya Raman — Vendor: Apex Dispensing Inc., Racine WI"),
    ("table", [["Line", "Item", "Scope", "Qty", "Unit", "Amount"],
               ["1", "24/410 treatment pump, matte black, 0.20 cc", "pilot", "1,000", "$0.38", "$380.00"]]),
    ("p", "Active quantity: one thousand (1,000) pilot pumps. Production quantity: not released (see release email)."),
], pagesize=LETTER, title="PO JS-1196", author="Juniper & Salt")
case("c11_fwd_quote_informational", [],
     "Release of 1,000 pilot pumps; the forwarded rfc822 quote (50,000) is declared informational and not released, with unlock and named releaser.",
     [("PO_JS-1196_pilot_pumps.eml", eml(mail(
         PRIYA, TOM, "PO JS-1196 – pilot pumps (1,000 pcs)", "Mon, 03 Jun 2024 08:55:00 -0400",
         """Hi Tom,

PO JS-1196 is attached for the pilot lot of the 24/410 treatment pump, matte black: 1,000 (one thousand) pumps. Please build and ship these 1,000 now for our filling-line compatibility test at Great Lakes Contract Fill.

I'm forwarding your quote email from last October below for information only: none of the quantities in it are released by this PO. The 50,000 production quantity stays on hold until the filling-line compatibility test is signed off and I issue a revised PO. I'm the only one who can release it.

Material: buy resin and springs for the 1,000 pilot pumps only.

Thanks,
Priya
""" + SIG_PRIYA,
         attachments=[("PO_JS-1196.pdf", _c11_pdf, PDF_MT), ("rfc822", _c11_fwd)])))])

# ---- c12: supplier assumes auto-conversion (quoted), buyer corrects (FR)
case("c12_quoted_assumption_corrected", [],
     "Quoted LCR question assumes stability OK rolls into 5 000; Hélène's reply says sign-off releases nothing, only 24 units, unlock and her written release.",
     [("Re_stabilite_Creme_Mains_Figue.eml", eml(mail(
         HELENE, JULIEN, "Re: Lot de stabilité Crème Mains Figue – planning", "Tue, 21 May 2024 14:15:00 +0200",
         """Bonjour Julien,

Non, surtout pas : le sign-off de stabilité ne libère pas les 5 000 unités.

Pour l'instant, seuls les 24 échantillons de stabilité du BC 24-0350 sont à produire. Le solde (5 000 unités) reste bloqué jusqu'au sign-off de stabilité ET une libération de production écrite de ma part, accompagnée d'un BC révisé. Sans ce document, merci de ne rien lancer et de n'acheter aucune matière au-delà des 24 unités.

Je comprends la contrainte de planning ; si le créneau de septembre saute, on en trouvera un autre.

Bien cordialement,
Hélène
""" + SIG_HELENE + """
Le 21/05/2024 à 11:47, Julien Perrin a écrit :
""" + q("""Bonjour Hélène,
petite question de planning : dès que la stabilité est OK, nous enchaînons
directement sur les 5 000 unités, on est d'accord ? Cela nous permettrait de
garder le créneau de septembre.
Bien à vous, Julien
"""), in_reply_to="<lcr-0521-1147@lcr-cosmetiques.fr>")))])

# ---- c13: identifiers that look like quantities (Italian PO, PDF)
case("c13_identifiers_numbers", [],
     "120 sample jars with full scope; VL-5000-50, DIS-2500 rev. 12, 58/400, ISO 9001:2015, lot 3000/24 are identifiers, not quantities.",
     [("Ordine_ES-24-0398.pdf", pdf([
         ("h1", "ORDINE DI ACQUISTO N. ES-24-0398"),
         ("p", "Erbe di Sole S.r.l. — Via Borgo Palazzo 112, 24125 Bergamo — P.IVA IT 03456780165"),
         ("p", "Fornitore: Vetreria Lombarda S.p.A., Dalmine (BG) — Vs. offerta 24/118 del 20/03/2024"),
         ("p", "Data: 26/03/2024 — Referente acquisti: Davide Greco"),
         ("table", [["Pos.", "Codice", "Descrizione", "Q.tà", "Prezzo", "Importo"],
                    ["10", "VL-5000-50", "Vaso vetro 50 ml extra-bianco, filetto 58/400, disegno DIS-2500 rev. 12, "
                     "satinato", "120", "1,95 €", "234,00 €"]]),
         ("p", "Specifiche: capsula 58-400 in PP colore Pantone 7527 C; tenuta verificata secondo EN ISO 8317. "
               "Fornitore certificato ISO 9001:2015 e ISO 15378:2017. Lotto campione di riferimento n. 3000/24."),
         ("h", "Perimetro dell'ordine / Scope"),
         ("p", "Quantità attiva: centoventi (120) vasi campione per il test di compatibilità con la crema viso "
               "(a cura di Cosmolab Brianza). Active quantity: 120 sample jars — produce and ship these now."),
         ("p", "Il saldo della produzione (8.000 pezzi, offerta 24/118) NON è rilasciato da questo ordine e resta "
               "sospeso. The production balance is not released."),
         ("p", "Sblocco: solo dopo il sign-off del test di compatibilità e un rilascio scritto con ordine "
               "revisionato. Unlock: compatibility-test sign-off and a written release with a revised PO."),
         ("p", "Autorità di rilascio: Davide Greco, Direttore Acquisti. Autorizzazione materiali: solo campioni "
               "(material for the 120 sample jars only)."),
         ("p", "Consegna: franco destino Cosmolab Brianza, Via Lissone 45, Monza, entro il 19/04/2024. "
               "Pagamento: 60 gg d.f.f.m."),
     ], title="Ordine ES-24-0398", author="Erbe di Sole"))])

# ---- c14: WhatsApp chat, supplier asks "can we go ahead w/ the 5k?", founder holds (TXT)
case("c14_chat_question_hold", [],
     "Supplier's 'can we go ahead w/ the 5k?' is a question; founder answers: only 40 released, 4,960 on hold until 12-week sign-off and her written release.",
     [("WhatsApp_Chat_GLCF_x_JuniperSalt.txt", """5/28/24, 08:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
5/28/24, 08:02 - Maya Chen created group "GLCF x Juniper&Salt – Sea Fennel"
5/28/24, 08:03 - Maya Chen added Rob Dietz (GLCF)
5/28/24, 08:05 - Maya Chen: hi Rob! group for the sea fennel face oil so we stop losing emails 😅
5/28/24, 08:11 - Rob Dietz (GLCF): 👍 works for me
6/4/24, 09:14 - Rob Dietz (GLCF): morning! 8-wk stability pulls look good across the board, no separation at 40C
6/4/24, 09:15 - Rob Dietz (GLCF): can we go ahead w/ the 5k? would love to get bulk ordered before the 4th of july shutdown
6/4/24, 09:31 - Maya Chen: not yet!! only the 40 stability units are released, please don't start the rest
6/4/24, 09:33 - Maya Chen: the other 4,960 stay on hold until the 12-week readout is signed off and I send you the written release myself (with the revised PO)
6/4/24, 09:33 - Maya Chen: and no bulk or bottles beyond the 40 please
6/4/24, 09:40 - Rob Dietz (GLCF): copy that. nothing bought beyond the 40, we'll pencil a slot in aug but won't touch it till we have your release
6/4/24, 09:41 - Maya Chen: perfect thank you 🙏
6/4/24, 09:41 - Maya Chen: <Media omitted>
6/4/24, 09:42 - Maya Chen: ^ that's the revised carton dieline fyi, not for print yet
""")])

# ---- c15: full-quantity PO, Korean-English (DOCX with table)
case("c15_full_qty_docx", [],
     "Full-quantity PO for 3,000 cushion refills ('please proceed with the 3,000 pcs'), shade split adds up; no balance.",
     [("PO_DS-24-052.docx", docx_bytes([
         ("h1", "PURCHASE ORDER / 발주서 DS-24-052"),
         ("p", "Buyer: Dalbit Skin Co., Ltd., 서울특별시 성동구 성수이로 77 — Purchasing: Kim Ji-won (김지원)"),
         ("p", "Supplier: Namu Cosmetic Co., Ltd., Osong — Quotation Q-NM-2405"),
         ("p", "Date: 2024-06-03"),
         ("table", [["No", "Item", "Spec", "Qty (pcs)", "Unit price (KRW)", "Amount (KRW)"],
                    ["1", "Glow Cushion Refill 15 g, #21 / #23", "SPF50+ PA++++, refill only", "3,000", "2,850",
                     "8,550,000"]]),
         ("p", "This PO covers the full order quantity: three thousand (3,000) pcs. There is no balance and no "
               "further tranche. 본 발주서는 전체 수량(3,000 pcs) 발주입니다."),
         ("p", "Please proceed with the 3,000 pcs. Split by shade: #21 1,800 pcs / #23 1,200 pcs."),
         ("p", "Delivery: by 2024-08-20, DDP to our 3PL, 경기도 이천시 마장면. Packing: 60 pcs per outer carton, "
               "carton marks per Dalbit packing guide v2."),
         ("p", "Documents: CoA per lot, MSDS, SPF test report (ISO 24444:2019)."),
         ("p", "Payment: 60 days after delivery. — Kim Ji-won, Purchasing Team Leader"),
     ], author="Kim Ji-won"))])

# ---- c16: hold notice (HTML table)
case("c16_hold_notice", [],
     "Hold notice: 800 filled may ship, 9,200 on hold, no material for the balance; unlock = reformulation sign-off + revised PO, release in writing by Priya Raman.",
     [("JS_notice_PO-JS-1201.html", html_page("Hold notice PO JS-1201", """
<h2>HOLD NOTICE</h2>
<p><b>From:</b> Juniper &amp; Salt Co., Purchasing &nbsp; <b>To:</b> Great Lakes Contract Fill LLC (attn. Rob Dietz)<br>
<b>Date:</b> 06/12/2024 &nbsp; <b>Order:</b> PO JS-1201 — Cedar Body Wash 200 ml (JS-BW-200)</p>
<table>
<tr><th>Quantity</th><th>Units</th><th>Status</th></tr>
<tr><td>Released and filled</td><td>800</td><td>may ship</td></tr>
<tr><td>Balance</td><td>9,200</td><td>ON HOLD — not released</td></tr>
</table>
<div class="note">
<p>Effective immediately, the balance of 9,200 units is on hold. Only the 800 units already filled may ship.
Do not start any further filling and do not buy bulk, bottles or caps for the balance.</p>
<p>Why: our fragrance house issued an IFRA 51st Amendment update for the cedar accord; the fragrance load
must come down from 0.8% to 0.6%.</p>
<p>Unlock: the balance can be released only after (1) our sign-off of the reformulated lab sample and
(2) a revised PO. The release will come in writing from Priya Raman, Purchasing Manager.</p>
</div>
<p>Please confirm receipt of this notice by reply. Questions on the reformulation: Dr. Lena Ortiz, R&amp;D.</p>
"""))])

# ---- c17: component supplier quote with tiers (multipart/alternative with HTML table)
_c17_text = """Dear Maya,

Thank you for your inquiry. Please find our quotation below (the same table is in the HTML part of this mail).

Item: 30 ml airless bottle + 24/410 pump head, PP/AS, matte black, hot stamping silver logo 1 position
  Samples (compatibility test):    300 pcs   free of charge, 2 weeks
  Tier 1:                       10,000 pcs   USD 0.62 / pc
  Tier 2:                       30,000 pcs   USD 0.55 / pc
  Tier 3:                       50,000 pcs   USD 0.49 / pc
MOQ: 10,000 pcs per colour. Lead time: 45 days after PO and artwork sign-off.
Mould: existing (DSP-AL-30, 16 cavities). Trade term: FOB Busan.
Payment: 30% T/T with production PO, 70% before shipment.

This quotation is valid for 90 days and is not an order confirmation.

Best regards,
Lee Dong-hyun (이동현)
Overseas Sales Team, Daesung Pack Co., Ltd.
Gimpo, Korea | +82 31 555 0190
"""
_c17_html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Maya,</p><p>Thank you for your inquiry. Please find our quotation below.</p>
<p><b>Item:</b> 30 ml airless bottle + 24/410 pump head, PP/AS, matte black, hot stamping silver logo 1 position</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Tier</th><th>Quantity</th><th>Unit price</th></tr>
<tr><td>Samples (compatibility test)</td><td>300 pcs</td><td>free of charge, 2 weeks</td></tr>
<tr><td>Tier 1</td><td>10,000 pcs</td><td>USD 0.62</td></tr>
<tr><td>Tier 2</td><td>30,000 pcs</td><td>USD 0.55</td></tr>
<tr><td>Tier 3</td><td>50,000 pcs</td><td>USD 0.49</td></tr>
</table>
<p>MOQ 10,000 pcs per colour. Lead time 45 days after PO and artwork sign-off. Mould existing (DSP-AL-30, 16 cav.). FOB Busan.<br>
Payment: 30% T/T with production PO, 70% before shipment.</p>
<p>This quotation is valid for 90 days and is not an order confirmation.</p>
<p>Best regards,<br>Lee Dong-hyun (이동현)<br>Overseas Sales Team, Daesung Pack Co., Ltd.</p>
</body></html>"""
case("c17_pump_quote_tiers", [],
     "Daesung pump quotation with sample and three production tiers, MOQ, payment terms; a quote authorizes nothing.",
     [("Daesung_quotation_DSP-Q-24-118.eml", eml(mail(
         LEE, MAYA, "Quotation DSP-Q-24-118 – 30ml airless + 24/410 pump (matte black)",
         "Wed, 10 Apr 2024 17:02:00 +0900", _c17_text, html=_c17_html)))])

# ---- c18: interim sample sign-off with quantity and date limits (PDF)
case("c18_interim_signoff", [],
     "Interim sign-off: up to 1,000 units by 30.06.2024; 7,000 not released until 3-month stability sign-off and written release by Agnieszka Kowalczyk.",
     [("Lumiskin_PL-2407_disposition.pdf", pdf([
         ("h1", "INTERIM SAMPLE SIGN-OFF"),
         ("p", "Lumiskin Sp. z o.o., Warszawa — to: Fillpol Kosmetyki sp.k., Lodz — Order: PO LS-24-090 "
               "(SPF50 day cream 50 ml, LS-DC-SPF50) — Pilot lot: PL-2407"),
         ("p", "Date: 14.06.2024 — Prepared by: Tomasz Zielinski, Operations Director"),
         ("table", [["Item", "Result"],
                    ["Disposition", "INTERIM (limited)"],
                    ["Basis", "1-month accelerated stability at 40 °C: pass. 3-month stability: pending (due "
                              "12.09.2024). SPF in-vitro: pass."],
                    ["Quantity limit", "1,000 units"],
                    ["Time limit", "filled by 30.06.2024"],
                    ["Balance (7,000 units)", "NOT released — on hold"]]),
         ("sp",),
         ("p", "Under this interim sign-off Fillpol may fill up to 1,000 units, filled by 30 June 2024. Nothing "
               "beyond 1,000 units and nothing after that date."),
         ("p", "The remaining 7,000 units of PO LS-24-090 are not released. They stay on hold until the 3-month "
               "stability sign-off and a written production release from Agnieszka Kowalczyk, Purchasing Manager."),
         ("p", "Material authority: bulk raw materials and components for 1,000 units only."),
     ], title="Interim sign-off PL-2407", author="Lumiskin"))])

# ---- c19: multi-file: sample PO (PDF) + supplier quote (DOCX); the quote's 12,000 declared informational
case("c19_po_plus_quote_files", [],
     "Two files: PO for 50 sample jars says quote HG-7781's 12,000 is informational and not released; unlock and Priya Raman named.",
     [("PO_JS-1214.pdf", pdf([
         ("h1", "PURCHASE ORDER JS-1214"),
         ("p", "Juniper & Salt Co., 181 Kent Ave, Brooklyn NY 11249 — Buyer: Priya Raman"),
         ("p", "Vendor: Heritage Glass Co., Millville NJ — Ref. quote HG-7781 (attached)"),
         ("p", "PO date: 04/29/2024 — Terms: Net 30"),
         ("table", [["Line", "Item", "Description", "Scope", "Qty", "Unit", "Amount"],
                    ["1", "HG-JAR-60-AMB", "60 ml amber glass jar, 53/400 neck, black PP cap", "sample", "50",
                     "$2.40", "$120.00"]]),
         ("h", "Scope"),
         ("p", "Active quantity: fifty (50) sample jars — make and ship these now, for the fill-compatibility test "
               "at Great Lakes Contract Fill."),
         ("p", "The production quantity of 12,000 jars shown in quote HG-7781 is informational only. It is not "
               "released by this PO and stays on hold."),
         ("p", "Unlock: fill-compatibility test sign-off, then a revised PO. Release authority: Priya Raman, "
               "Purchasing Manager."),
         ("p", "Material authority: sample-only (glass and caps for the 50 jars)."),
     ], pagesize=LETTER, title="PO JS-1214", author="Juniper & Salt")),
      ("Quote_HG-7781.docx", docx_bytes([
          ("h1", "Quotation HG-7781"),
          ("p", "Heritage Glass Co. — Millville, NJ — To: Juniper & Salt Co. (Priya Raman) — Date: 04/22/2024"),
          ("table", [["Item", "Qty", "Unit price", "Lead time"],
                     ["60 ml amber jar 53/400 + cap — samples", "50", "$2.40", "2 weeks"],
                     ["60 ml amber jar 53/400 + cap — production", "12,000", "$0.78", "6 weeks"]]),
          ("p", "Decoration: 1-colour screen print white, +$0.09 per jar at production volume."),
          ("p", "Prices FOB Millville; valid 60 days."),
          ("p", "Ken Mosley, Sales — Heritage Glass Co."),
      ], author="Ken Mosley"))])

# ---- c20: ERP printout, full-quantity PO with a clearly labelled forecast (TXT), Polish
case("c20_erp_full_qty_forecast", [],
     "Full-quantity tube PO (1 000 pcs, no balance) with a forecast block labelled non-binding, not released, each on its own PO.",
     [("LS-ZZ-24-0133.txt", """LUMISKIN SP. Z O.O.                                  ZAMOWIENIE ZAKUPU / PURCHASE ORDER
ul. Pulawska 300, 02-819 Warszawa                    Nr: LS-ZZ-24-0133
NIP 521-000-11-22                                    Data: 05.06.2024
                                                     Strona 1/1
DOSTAWCA / SUPPLIER: TUBAPAK SP. Z O.O., ul. Fabryczna 12, 05-500 Piaseczno
KUPUJACY / BUYER:    AGNIESZKA KOWALCZYK, KIEROWNIK ZAKUPOW

POZ INDEKS          OPIS                                  J.M.  ILOSC     CENA PLN   WARTOSC PLN
--- --------------- ------------------------------------- ----- --------- ---------- -----------
010 TUB-75-LS-KOZ   TUBA LAMINAT 75ML D35, OFFSET 4C +     SZT      1 000       0,68      680,00
                    HOT STAMPING ZLOTO, ZAKR. FT-24
--- --------------- ------------------------------------- ----- --------- ---------- -----------
                                                          RAZEM NETTO:                  680,00
UWAGI / NOTES:
 1. ZAMOWIENIE NA PELNA ILOSC 1 000 SZT (TEST RYNKOWY) - BRAK SALDA.
    FULL-QUANTITY ORDER: 1,000 PCS FOR THE MARKET TEST. NO BALANCE.
 2. PROJEKT GRAFICZNY: LS-ART-KOZ-75 v3 (PROOF PODPISANY 03.06.2024).
 3. DOSTAWA: DAP FILLPOL LODZ, DO 28.06.2024.

PROGNOZA (NIEWIAZACA, NIE JEST ZAMOWIENIEM) / FORECAST (NON-BINDING, NOT AN ORDER):
    Q3/2024:  5 000 SZT        Q4/2024:  6 000 SZT
    ILOSCI PROGNOZOWANE NIE SA ZWOLNIONE. KAZDA ILOSC ZOSTANIE ZAMOWIONA OSOBNYM ZAMOWIENIEM.
    FORECAST QUANTITIES ARE NOT RELEASED; EACH WILL BE ORDERED ON ITS OWN PO.

WARUNKI PLATNOSCI: 30 DNI.  INCOTERMS 2020 DAP.
""")])

# ---- c21: buyer asks a feasibility question in KakaoTalk (no authorization)
case("c21_kakao_question", [],
     "Buyer asks whether a stability batch is possible next week and says not to start before the PO; no authorization yet.",
     [("KakaoTalk_Dalbit_Namu_0520.txt", """Dalbit 구매팀 x Namu 영업 님과 카카오톡 대화
저장한 날짜 : 2024-05-20 18:02:11

--------------- 2024년 5월 20일 월요일 ---------------
[김지원 팀장] [오후 2:10] 서연님 안녕하세요!
[김지원 팀장] [오후 2:11] 혹시 다음 주에 녹차 젤크림 stability batch 들어갈 수 있을까요?
[김지원 팀장] [오후 2:11] PO는 이번 주 금요일에 보낼 예정이에요. 그 전에는 시작하지 말아 주세요 🙏
[박서연] [오후 2:25] 팀장님 안녕하세요~ 네 다음 주 화요일 라인 가능합니다
[박서연] [오후 2:26] PO 받고 나서 시작할게요. 원료도 PO 전에는 발주 안 합니다
[김지원 팀장] [오후 2:27] 감사합니다! 수량이랑 범위는 PO에 정리해서 드릴게요
[박서연] [오후 2:27] 넵 👍
""")])

# ---- c22: signed artwork proof (BAT) on a full-quantity carton PO (EML + PDF), FR
_c22_pdf = pdf([
    ("h1", "BON DE COMMANDE N° BC 24-0341"),
    ("p", "Maison Lune SAS, Lyon — Fournisseur : Cartonnages du Val SARL, Vienne (38) — Acheteuse : Claire Besson"),
    ("table", [["Ligne", "Article", "Désignation", "Qté", "PU HT", "Total HT"],
               ["1", "ETU-SN30-OR", "Étui Sérum Nuit 30 ml, GC1 350 g, dorure à chaud or 3 faces, vernis sélectif",
                "2 000", "0,42 €", "840,00 €"]]),
    ("p", "Commande pour la quantité totale : 2 000 étuis. Pas de solde, pas de seconde tranche."),
    ("p", "Livraison : LCR, quai B, Villeurbanne, avant le 05/07/2024. Paiement 45 jours fin de mois."),
], title="BC 24-0341", author="Maison Lune")
case("c22_bat_full_qty_cartons", [],
     "Signed BAT for printing the 2 000 cartons of a full-quantity PO (no balance); no unscoped approval.",
     [("BAT_v3_etuis_BC_24-0341.eml", eml(mail(
         CLAIRE, THIERRY, "BAT v3 signé – étuis Sérum Nuit – BC 24-0341", "Mon, 10 Jun 2024 11:20:00 +0200",
         """Bonjour Thierry,

Je vous renvoie le BAT v3 signé (étui Sérum Nuit 30 ml, carton GC1 350 g, dorure à chaud or 3 faces, vernis sélectif). Le BAT signé vaut pour l'impression des 2 000 étuis de notre BC 24-0341 ci-joint.

Pour mémoire, ce BC porte sur la quantité totale : 2 000 étuis, pas de solde ni de seconde tranche.

Livraison chez LCR (Laboratoires Cosmétiques du Rhône, quai de réception B, Villeurbanne) avant le 5 juillet, sur palettes filmées, 500 étuis par carton de regroupement.

Merci et belle journée,
Claire
""" + SIG_CLAIRE,
         attachments=[("BC_24-0341.pdf", _c22_pdf, PDF_MT)])))])

# ---- c23: formulator project tracker (HTML table), production shown as not released
case("c23_formulator_tracker", [],
     "Cosmolab tracker: pilot filled, production not released pending T3 sign-off and Davide Greco's written release; supplier status only.",
     [("Cosmolab_tracker_ES-SB30.html", html_page("Project tracker ES-SB30", """
<h2>Cosmolab Brianza — Project tracker: Siero Viso Bakuchiol 30 ml (cliente: Erbe di Sole)</h2>
<p>Aggiornato / updated: 12/06/2024 — PM: Marco Ferri — codice progetto ES-SB30</p>
<table>
<tr><th>Step</th><th>Stato / Status</th><th>Q.tà</th><th>Note</th></tr>
<tr><td>Lab sample v1–v4</td><td>chiuso</td><td>4 × 6</td><td>v4 scelta dal cliente il 26/02</td></tr>
<tr><td>Stabilità T0 / T1 / T3</td><td>in corso, T1 ok</td><td>24</td><td>T3 atteso il 20/09/2024</td></tr>
<tr><td>Compatibilità flacone</td><td>ok</td><td>—</td><td>vetro VL-3000-30 con contagocce</td></tr>
<tr><td>Lotto pilota</td><td>riempito / filled</td><td>600</td><td>ordine 24/0433</td></tr>
<tr><td>Produzione</td><td><b>NON rilasciata / not released</b></td><td>—</td><td>attende sign-off T3 + rilascio scritto di Davide Greco (cliente); nessun acquisto di materiali oltre il pilota</td></tr>
<tr><td>PIF / CPNP</td><td>in corso</td><td>—</td><td>valutatore sicurezza: Dr.ssa Elena Rota; notifica CPNP dopo T3</td></tr>
<tr><td>Batch record</td><td>BR-SB30-02 emesso</td><td>—</td><td>rev. 2 dopo cambio conservante</td></tr>
</table>
<p>Prossima call di avanzamento: giovedì 20/06 ore 10:00.</p>
""", lang="it"))])

# ---- c24: long French thread, supplier question about running the rest, buyer says no
_c24_text = """Bonjour Julien,

Merci pour toutes ces précisions, et merci à l'équipe de la ligne 2 pour la réactivité sur le changement de spatule.

Pour répondre à votre question : non, on ne lance pas le reste en même temps. On confirme seulement les 150 unités du lot pilote (BC 24-0377). Le reste (4 850 unités) reste bloqué : il ne sera libéré qu'après notre sign-off du lot pilote, par une libération écrite de ma part avec un BC révisé. Matières : uniquement pour les 150 unités — je sais que cela vous coûte un second calage, on en tiendra compte dans la prochaine négociation.

Côté logistique, c'est OK pour l'enlèvement par Geodis le 18 au matin. Les 150 pots partent sur une demi-palette ; merci de mettre les 6 pots destinés au photographe dans un carton séparé, étiqueté "SHOOTING".

Pour le PIF, notre évaluatrice (Dr Anne Morel) attend toujours la fiche de données de sécurité du beurre de karité bio — pouvez-vous relancer votre fournisseur ?

Bonne fin de semaine,
Hélène
""" + SIG_HELENE + """
Le 06/06/2024 à 17:20, Julien Perrin a écrit :
""" + q("""Bonjour Hélène,

Le lot pilote est planifié en semaine 24 sur la ligne 2. Nous avons reçu les
pots verre 100 ml et les couvercles bambou, contrôle réception OK (2 pots
ébréchés sur 160, remplacés).

Question calage : on lance le reste en même temps pour optimiser le calage ?
Cela vous éviterait environ 900 € de frais de changement de format.

Autre point : la spatule bambou fournie était trop longue de 4 mm, nous
l'avons recoupée après accord de votre R&D (mail de Léa du 03/06).

Bien à vous,
Julien

Le 03/06/2024 à 09:05, Hélène Roux a écrit :
""" + q("""Julien,
pouvez-vous me confirmer la semaine de remplissage du lot pilote et la
date d'enlèvement possible ? Notre transporteur est Geodis.
Merci, Hélène
"""))
case("c24_long_thread_scoped", [],
     "Long thread: supplier asks whether to run the rest; buyer confirms only 150 pilot units, 4 850 blocked until pilot sign-off and her written release.",
     [("Re_Re_Baume_Demaquillant_lot_pilote.eml", eml(mail(
         HELENE, JULIEN, "Re: Re: Baume Démaquillant 100 ml – lot pilote / calage / livraison",
         "Fri, 07 Jun 2024 10:02:00 +0200", _c24_text, cc=CLAIRE,
         in_reply_to="<lcr-0606-1720@lcr-cosmetiques.fr>")))])

# ---- c25: explicit staged material authority above the released quantity (DOCX), Polish/English
case("c25_staged_material_docx", [],
     "500 pilot released; 5,500 not released until pilot sign-off and revised PO by Agnieszka Kowalczyk; staged material authority to 3,000 is explicit.",
     [("Zwolnienie_LS-24-120.docx", docx_bytes([
         ("h1", "Zwolnienie i autoryzacja materiałowa / Release and material authority — PO LS-24-120"),
         ("p", "Lumiskin Sp. z o.o. → Fillpol Kosmetyki sp.k. — Produkt: Serum na noc z retinalem 30 ml airless "
               "(LS-SN-RET) — Data: 10.06.2024"),
         ("table", [["Pozycja / Item", "Ilość / Qty", "Status"],
                    ["Partia pilotażowa / pilot batch", "500", "zwolniona — napełnić teraz / released — fill now"],
                    ["Saldo / balance", "5 500", "NIE zwolnione / not released"],
                    ["Autoryzacja materiałowa / material authority", "do 3 000 szt.", "staged"]]),
         ("p", "Released now: five hundred (500) units, pilot batch. Fill and ship these."),
         ("p", "Balance of 5,500 units: not released. Unlock: our pilot sign-off and a revised PO signed by "
               "Agnieszka Kowalczyk, Kierownik Zakupów (Purchasing Manager)."),
         ("p", "Material authority — staged: Fillpol may purchase long-lead materials for up to 3,000 units at "
               "Lumiskin's liability: hydroxypinacolone retinoate, 30 ml airless bottles with pumps (Daesung Pack) "
               "and printed cartons. Nothing beyond 3,000 units; bulk is made for the 500 pilot units only."),
         ("p", "Podpisano / signed: Agnieszka Kowalczyk"),
     ], author="Agnieszka Kowalczyk"))])


# ================================================================ POSITIVE
# ---- p01: sample PO email + quote showing 6 000 production, nothing about the balance (FR)
_p01_quote = pdf([
    ("h1", "DEVIS N° D24-0912"),
    ("p", "Laboratoires Cosmétiques du Rhône SAS — 14 rue du Dauphiné, 69100 Villeurbanne"),
    ("p", "Client : Maison Lune SAS — Projet : Sérum Éclat Vitamine C 30 ml, formule LCR-F-2291 v3 — Date : 08/04/2024"),
    ("table", [["Désignation", "Quantité", "PU HT", "Total HT"],
               ["Échantillons labo, airless 30 ml non décoré", "36", "17,00 €", "612,00 €"],
               ["Production (bulk + remplissage + étui)", "6 000", "2,40 €", "14 400,00 €"]]),
    ("p", "Délai production : 6 semaines. Bulk fabriqué en une seule cuve de 200 kg. Composants sourcés par LCR "
          "(flacon airless 30 ml blanc, étui 350 g dorure argent)."),
    ("p", "Paiement : 30 jours fin de mois."),
], title="Devis D24-0912", author="LCR")
_p01_po = pdf([
    ("h1", "BON DE COMMANDE N° BC 24-0311"),
    ("p", "Maison Lune SAS, Lyon — Fournisseur : LCR, Villeurbanne — Date : 10/04/2024"),
    ("table", [["Ligne", "Article", "Qté", "PU HT", "Total HT"],
               ["1", "Sérum Éclat Vit. C 30 ml — échantillons labo (LCR-F-2291 v3)", "36", "17,00 €", "612,00 €"]]),
    ("p", "Livraison : Maison Lune, Lyon, attn. Inès (R&D)."),
], title="BC 24-0311", author="Maison Lune")
case("p01_sample_po_with_quote", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 36 lab samples sent with the LCR quote showing 6 000 production; nothing says the 6 000 is not released, no unlock event, no releaser.",
     [("BC_24-0311_echantillons_labo.eml", eml(mail(
         CAMILLE, JULIEN, "BC 24-0311 – échantillons labo Sérum Éclat", "Wed, 10 Apr 2024 11:08:00 +0200",
         """Bonjour Julien,

Comme convenu au téléphone ce matin, voici notre BC 24-0311 pour les échantillons labo du Sérum Éclat Vitamine C (formule LCR-F-2291 v3) : trente-six (36) unités en flacon airless 30 ml, non décorées.

Je vous renvoie aussi votre devis D24-0912 en pièce jointe pour que le dossier soit complet.

Livraison à notre bureau de Lyon, à l'attention d'Inès (R&D). Pouvez-vous me donner une date d'expédition ?

Belle journée,
Camille
""" + SIG_CAMILLE,
         attachments=[("BC_24-0311.pdf", _p01_po, PDF_MT), ("Devis_D24-0912.pdf", _p01_quote, PDF_MT)])))])

# ---- p02: PO with a sample line and a live production line, no scope (PDF, Polish)
case("p02_po_two_lines", ["RG001", "RG003", "RG004", "RG005"],
     "Tube PO with line 1 = 200 samples and line 2 = 5 000 production 'to be agreed'; nothing says line 2 is not released, no unlock, no releaser.",
     [("ZZ_LS-24-0158.pdf", pdf([
         ("h1", "ZAMOWIENIE / PURCHASE ORDER LS-ZZ-24-0158"),
         ("p", "Lumiskin Sp. z o.o., ul. Pulawska 300, 02-819 Warszawa — NIP 521-000-11-22"),
         ("p", "Dostawca / Supplier: TubaPak Sp. z o.o., Piaseczno — Oferta / quote TP/24/0412"),
         ("p", "Data: 17.04.2024 — Kupujacy / Buyer: Agnieszka Kowalczyk"),
         ("table", [["Poz.", "Indeks", "Opis / Description", "Ilosc / Qty", "Cena PLN", "Wartosc PLN", "Termin"],
                    ["1", "TUB-50-LAM", "Tuba laminat 50 ml D30, offset 5 kol. + hot stamping srebro, zakretka FT-24 "
                     "— probki do testu napelniania (samples for filling trial)", "200", "0,62", "124,00",
                     "10.05.2024"],
                    ["2", "TUB-50-LAM", "Tuba laminat 50 ml D30, jw. — produkcja (production)", "5 000", "0,41",
                     "2 050,00", "do uzgodnienia / to be agreed"]]),
         ("p", "Projekt graficzny / artwork: LS-ART-0158 v2. Dostawa DAP Fillpol, Lodz."),
         ("p", "Prosimy o potwierdzenie zamowienia w ciagu 48 h. Please confirm this order within 48 h."),
         ("p", "Warunki platnosci: 30 dni od daty faktury."),
     ], title="LS-ZZ-24-0158", author="Lumiskin"))])

# ---- p03: multi-file: ERP PO for 120 sample jars (TXT) + supplier quote with 8.000 (HTML), Italian
case("p03_erp_po_plus_quote", ["RG001", "RG003", "RG004", "RG005"],
     "Two files: ERP order for 120 campionatura jars referencing offer 24/131, which shows 8.000/15.000 production; nothing marks them not released.",
     [("ordine_ES-24-0419.txt", """ERBE DI SOLE S.R.L.                               ORDINE FORNITORE
VIA BORGO PALAZZO 112 - 24125 BERGAMO              N. ES-24-0419      DEL 08/04/2024
P.IVA IT03456780165                                PAG. 1/1

SPETT.LE VETRERIA LOMBARDA S.P.A.
VIA DELL'INDUSTRIA 9 - 24044 DALMINE (BG)           COD. FORN. 000412

RIF. VS. OFFERTA 24/131 DEL 02/04/2024
--------------------------------------------------------------------------------------
RIGA CODICE          DESCRIZIONE                       UM   Q.TA'    PREZZO   IMPORTO
---- --------------- --------------------------------- ---- -------- -------- --------
0010 VL-50-FROST     VASO VETRO 50ML FROSTED 58/400     PZ      120     2,10    252,00
                     CAMPIONATURA - SERIGRAFIA ORO 1C
--------------------------------------------------------------------------------------
                                                  TOTALE IMPONIBILE EUR    252,00
CONSEGNA: 30/04/2024 FRANCO NS. MAGAZZINO
PAGAMENTO: RB 60 GG D.F.F.M.
NOTE: SI PREGA DI CONFERMARE L'ORDINE. DECORAZIONE SECONDO BOZZETTO ES-ART-119 REV.3.
      REFERENTE: DAVIDE GRECO - TEL. 035 555 0146
"""),
      ("offerta_24-131.html", html_page("Offerta 24/131", """
<h2>Vetreria Lombarda S.p.A. — Offerta n. 24/131</h2>
<p>Spett.le Erbe di Sole S.r.l., c.a. Davide Greco &nbsp;|&nbsp; Dalmine, 02/04/2024</p>
<p>Oggetto: vaso vetro 50 ml frosted, imboccatura 58/400, serigrafia oro 1 colore</p>
<table>
<tr><th>Voce</th><th>Quantità</th><th>Prezzo unitario</th><th>Consegna</th></tr>
<tr><td>Campionatura decorata</td><td>120 pz</td><td>2,10 €</td><td>3 settimane</td></tr>
<tr><td>Produzione</td><td>8.000 pz</td><td>0,86 €</td><td>7 settimane</td></tr>
<tr><td>Produzione</td><td>15.000 pz</td><td>0,79 €</td><td>8 settimane</td></tr>
</table>
<p>Imballo: cartoni da 48 pz, bancali 80×120. Resa franco Vs. magazzino oltre 500 € di imponibile.</p>
<p>Cordiali saluti,<br>Sara Colombo — Ufficio Commerciale</p>
""", lang="it"))])

# ---- p04: KakaoTalk: PO for 50 samples, buyer "confirms" 10,000 main production price (TXT)
case("p04_kakao_sample_po_price", ["RG001", "RG003", "RG004", "RG005"],
     "Kakao chat: PO for 50 samples, then buyer confirms the 10,000 main-production unit price; nothing says 10,000 is not released, no unlock, no releaser.",
     [("KakaoTalk_Dalbit_Namu_0416.txt", """Dalbit 구매팀 x Namu 영업 님과 카카오톡 대화
저장한 날짜 : 2024-04-18 17:40:12

--------------- 2024년 4월 16일 화요일 ---------------
[김지원 팀장] [오전 10:02] 서연님 안녕하세요~
[김지원 팀장] [오전 10:03] PO DS-24-040 방금 메일로 보냈어요. 비타민 앰플 30ml 샘플 50개 (fifty pcs) 입니다
[박서연] [오전 10:05] 네 확인했습니다 감사합니다!!
[김지원 팀장] [오전 10:06] 견적서 Q-NM-2404 기준으로 본생산 10,000개 단가 3,200원 확인했어요 👍
[박서연] [오전 10:07] 네 맞습니다. 용기는 스포이드 유리병 30ml (DR-30-AMB) 로 진행합니다
[박서연] [오전 10:08] 샘플 출고는 4/26 예정입니다
[김지원 팀장] [오전 10:10] 좋아요~ 샘플은 성수 R&D 센터로 보내주세요
--------------- 2024년 4월 18일 목요일 ---------------
[박서연] [오후 5:31] 팀장님 샘플 라벨 시안 메일로 보냈습니다 확인 부탁드려요
[김지원 팀장] [오후 5:39] 넵 내일 오전에 확인할게요 😊
""")])

# ---- p05: DOCX PO for 100 stability units with an unlabelled 'Project volumes' table
case("p05_docx_po_project_volumes", ["RG001", "RG003", "RG004", "RG005"],
     "PO for 100 stability units carries a 'Project volumes' table (15,000 launch, 40,000 year 1) with no status; no hold, unlock or releaser.",
     [("PO_JS-1230.docx", docx_bytes([
         ("h1", "PURCHASE ORDER JS-1230"),
         ("p", "Juniper & Salt Co. — 181 Kent Ave, Brooklyn NY 11249 — Buyer: Priya Raman, Purchasing Manager"),
         ("p", "Vendor: Great Lakes Contract Fill LLC, 2200 Front St, Toledo OH 43605 — Vendor no. V-00318"),
         ("p", "PO date: 04/15/2024 — Terms: Net 45 — FOB Toledo — Currency: USD"),
         ("table", [["Line", "SKU", "Description", "Qty", "Unit price", "Amount"],
                    ["1", "JS-SF-30-STB", "Sea Fennel Face Oil 30 ml, stability units, amber dropper bottle",
                     "100", "$6.50", "$650.00"]]),
         ("h", "Project volumes"),
         ("table", [["Phase", "Timing", "Units"],
                    ["Stability", "April 2024", "100"],
                    ["Launch", "October 2024", "15,000"],
                    ["Year 1", "2025", "40,000"]]),
         ("p", "Ship stability units to our R&D lab, attn. Dr. Lena Ortiz, 181 Kent Ave, Suite 4. CoA with each lot; "
               "GMP per ISO 22716."),
         ("p", "Formula JS-SF rev D (your batch record BR-JS-SF-01). Dropper bottles from your stock."),
     ], author="Priya Raman"))])

# ---- p06: complete scope, but the attached revised quote shows 12 000 with no status (FR)
_p06_po = pdf([
    ("h1", "BON DE COMMANDE N° BC 24-0388"),
    ("p", "Maison Lune SAS, Lyon — Fournisseur : LCR, Villeurbanne — Date : 15/04/2024 — Réf. devis D24-0955"),
    ("table", [["Ligne", "Article", "Scope", "Qté", "PU HT", "Total HT"],
               ["1", "Lait Corps Amande 200 ml — lot de stabilité", "sample", "60", "9,80 €", "588,00 €"]]),
    ("p", "Quantité active : soixante (60) unités de stabilité. Le solde n'est pas libéré (voir e-mail)."),
], title="BC 24-0388", author="Maison Lune")
_p06_quote = pdf([
    ("h1", "DEVIS N° D24-0955 — Révision B"),
    ("p", "Laboratoires Cosmétiques du Rhône SAS — Client : Maison Lune SAS — Lait Corps Amande 200 ml"),
    ("p", "Révision B du 14/04/2024 : quantité production mise à jour suite à notre échange téléphonique."),
    ("table", [["Désignation", "Quantité", "PU HT", "Total HT"],
               ["Lot de stabilité (3 conditions, T0–T3)", "60", "9,80 €", "588,00 €"],
               ["Production — bulk + remplissage flacon PET 200 ml + capsule service", "12 000", "1,62 €",
                "19 440,00 €"]]),
    ("p", "Délai : 7 semaines. Composants sourcés par LCR."),
], title="Devis D24-0955 rev B", author="LCR")
case("p06_revised_quote_unmarked", ["RG001"],
     "Scope is complete for 60 units and the 5 940 balance to the original 6 000, but the attached revised quote shows 12 000 production with nothing marking it.",
     [("BC_24-0388_stabilite_Lait_Corps.eml", eml(mail(
         HELENE, JULIEN, "BC 24-0388 – lot de stabilité Lait Corps Amande", "Mon, 15 Apr 2024 16:30:00 +0200",
         """Bonjour Julien,

Ci-joint le BC 24-0388 et votre devis D24-0955.

Quantité active : soixante (60) unités de stabilité du Lait Corps Amande 200 ml, à produire et à nous envoyer maintenant.

Le solde de 5 940 unités (pour arriver aux 6 000 de votre devis initial) n'est PAS libéré par ce BC : il reste bloqué jusqu'au sign-off de stabilité à 12 semaines ET une libération écrite de ma part, accompagnée d'un BC révisé.

Matières : uniquement pour les 60 unités.

Merci de m'accuser réception.

Bien cordialement,
Hélène
""" + SIG_HELENE,
         attachments=[("BC_24-0388.pdf", _p06_po, PDF_MT), ("Devis_D24-0955_revB.pdf", _p06_quote, PDF_MT)])))])

# ---- p07: WhatsApp: complete scope earlier, then an unscoped "green light" (TXT)
case("p07_chat_green_light", ["RG002"],
     "Founder's scope is complete (400 pilot, 4,600 on hold until pilot sign-off and her written release), but later 'green light' answers an ambiguous 'ok for Thursday?'.",
     [("WhatsApp_Chat_GLCF_Cedar_Body_Oil.txt", """6/10/24, 10:12 - Maya Chen: hi Rob, PO JS-1240 is in your inbox: 400 pilot units of the cedar body oil, that's all for now
6/10/24, 10:13 - Maya Chen: the other 4,600 are NOT released. they wait for the pilot sign-off and a written release from me
6/10/24, 10:20 - Rob Dietz (GLCF): 👍 got it, 400 pilot only
6/10/24, 10:21 - Rob Dietz (GLCF): bottles for the pilot are in, bulk scheduled for wed
6/13/24, 16:02 - Rob Dietz (GLCF): <Media omitted>
6/13/24, 16:02 - Rob Dietz (GLCF): <Media omitted>
6/13/24, 16:03 - Rob Dietz (GLCF): label proof v3 + updated fill schedule attached. line 4 is free thurs. ok?
6/13/24, 16:40 - Maya Chen: love it!! green light 🚀
6/13/24, 16:41 - Rob Dietz (GLCF): 🙌
6/13/24, 16:45 - Maya Chen: also can you send 2 extra units to our PR agency in LA? I'll email the address
6/13/24, 16:52 - Rob Dietz (GLCF): sure thing
""")])

# ---- p08: Italian "Approvato, procedete pure" to a question about batch record + label (EML + PDF)
_p08_pdf = pdf([
    ("h1", "ORDINE 24/0455"),
    ("p", "Erbe di Sole S.r.l., Bergamo — Terzista: Cosmolab Brianza S.r.l., Monza — Data: 20/05/2024"),
    ("table", [["Pos.", "Articolo", "Q.tà", "Prezzo", "Importo"],
               ["1", "Olio Corpo Elicriso 100 ml — lotto pilota", "600", "3,40 €", "2.040,00 €"]]),
    ("p", "Quantità attiva: seicento (600) pezzi, lotto pilota. Riempire e spedire questi."),
    ("p", "Saldo di 8.400 pezzi: NON rilasciato, sospeso fino al sign-off del lotto pilota e al rilascio scritto di "
          "Davide Greco, Direttore Acquisti. Materiali solo per i 600 pezzi del pilota."),
], title="Ordine 24/0455", author="Erbe di Sole")
case("p08_italian_approvato_procedete", ["RG002"],
     "Order scope is complete (600 pilot, 8.400 on hold, unlock, Davide Greco), but 'Approvato, procedete pure! / approved, please proceed' names no quantity or sample scope.",
     [("Re_BR-0455_etichetta.eml", eml(mail(
         CHIARA, MARCO, "Re: Olio Corpo Elicriso – batch record BR-0455 e bozza etichetta",
         "Thu, 23 May 2024 12:14:00 +0200",
         """Ciao Marco,

tutto ok, grazie per la velocità. Approvato, procedete pure! / All good — approved, please proceed.

Ti rimando l'ordine 24/0455 per comodità.

Un saluto,
Chiara
""" + SIG_CHIARA + """
Il giorno 22/05/2024 alle 18:40 Marco Ferri ha scritto:
""" + q("""Ciao Chiara,
vi allego il batch record BR-0455 e la bozza etichetta v2 del lotto (INCI
aggiornata con Helichrysum Italicum Flower Oil, PAO 12M, lotto a getto
d'inchiostro sul fondo). Confermate?
Marco
"""),
         html="""<html><body><p>Ciao Marco,</p><p>tutto ok, grazie per la velocità. <b>Approvato, procedete pure!</b> / All good — approved, please proceed.</p><p>Ti rimando l'ordine 24/0455 per comodità.</p><p>Un saluto,<br>Chiara</p></body></html>""",
         in_reply_to="<cb-0522-1840@cosmolab-brianza.it>",
         attachments=[("Ordine_24-0455.pdf", _p08_pdf, PDF_MT)])))])

# ---- p09: thread: PO says 15 testers, later 'a dozen'; then 'Good to run.' (EML)
_p09_fri = """Hi Rob,
PO JS-1251 is for fifteen (15) tester units of the Lip Oil 8 ml, shade Fig, for
our retail partner's review. Production (6,000) is not released: it stays on hold
until the retailer review is signed off and I send you a written release.
Material for the 15 testers only.
Priya
"""
_p09_mon = """Rob, for the testers please make a dozen - the retailer only has 12 doors in the
pilot. Each one needs the TESTER sticker on the cap.
Priya

On Fri, Jun 7, 2024 at 4:45 PM Priya Raman <priya.raman@juniperandsalt.com> wrote:
""" + q(_p09_fri)
_p09_rob = """Priya, TESTER sticker proof attached (white, 12 mm round, black text).
Good to run?
Rob

On Mon, Jun 10, 2024 at 9:02 AM Priya Raman <priya.raman@juniperandsalt.com> wrote:
""" + q(_p09_mon)
_p09_text = """Good to run.

Priya
""" + SIG_PRIYA + """
On Tue, Jun 11, 2024 at 3:18 PM Rob Dietz <rdietz@greatlakescf.com> wrote:
""" + q(_p09_rob) + "\n"
case("p09_testers_dozen_good_to_run", ["RG002", "RG011"],
     "Quoted PO is 15 testers, a later buyer message says 'make a dozen'; and the final 'Good to run.' names no quantity.",
     [("Re_tester_sticker_JS-1251.eml", eml(mail(
         PRIYA, ROB, "Re: Re: PO JS-1251 testers – sticker proof", "Tue, 11 Jun 2024 16:02:00 -0400", _p09_text,
         in_reply_to="<glcf-0611-1518@greatlakescf.com>")))])

# ---- p10: Polish: "Please proceed." after sample acceptance, no quantity anywhere
case("p10_polish_proceed_no_qty", ["RG002", "RG010"],
     "Buyer accepts lab sample v7 and writes 'Please proceed.' with no quantity and no scope; production hold, unlock and releaser are stated.",
     [("Probka_v7_krem_SPF30.eml", eml(mail(
         TOMASZ, KATARZYNA, "Próbka v7 – krem SPF30 – decyzja", "Tue, 28 May 2024 15:40:00 +0200",
         """Dzień dobry Pani Katarzyno,

próbka laboratoryjna v7 (krem SPF 30, receptura FP-1187 v7) została przez nas zaakceptowana — kolor, zapach i konsystencja OK, rozprowadzanie lepsze niż w v6.

Please proceed.

Partia produkcyjna pozostaje wstrzymana (production is NOT released) do czasu akceptacji testów stabilności i mojego pisemnego zwolnienia.

Proszę jeszcze o aktualną kartę charakterystyki filtra (Tinosorb S) do dokumentacji PIF.

Pozdrawiam,
Tomasz Zieliński
Dyrektor Operacyjny, Lumiskin Sp. z o.o.
tel. +48 22 555 01 27
""")))])

# ---- p11: Korean-English email: QC approval + PO approval, then "approved — go ahead" (EML + DOCX PO)
_p11_docx = docx_bytes([
    ("h1", "PURCHASE ORDER DS-24-061"),
    ("p", "Dalbit Skin Co., Ltd. → Namu Cosmetic Co., Ltd. — Date: 2024-05-30 — Buyer: Kim Ji-won"),
    ("table", [["No", "Item", "Scope", "Qty", "Unit price (KRW)"],
               ["1", "Mugwort Calming Cream 50 ml — stability samples", "sample", "48", "9,500"]]),
    ("p", "Active quantity: 48 stability samples. Fill and ship these now."),
    ("p", "Main production (8,000 pcs, quotation Q-NM-2405) is NOT released by this PO and stays on hold."),
    ("p", "Unlock: 12-week stability sign-off, then a written release from Kim Ji-won, Purchasing Team Leader."),
    ("p", "Material: for the 48 stability samples only."),
], author="Kim Ji-won")
case("p11_korean_approvals_go_ahead", ["RG002", "RG009"],
     "'QC approval' (technical) and 'PO approval' (commercial) in one message, then 'approved — go ahead please!' with no quantity; the attached PO scope is complete.",
     [("RE_Namu_Mugwort_DS-24-061.eml", eml(mail(
         KIM, PARK, "RE: [Namu] Mugwort Calming Cream – DS-24-061", "Fri, 31 May 2024 10:22:00 +0900",
         """서연님 안녕하세요,

Our QC approval of lab sample v3 came through this morning (발림성, 향 모두 OK), and our finance team gave the PO approval yesterday. So — approved, go ahead please! 🙏

PO DS-24-061 attached again for your file.

그리고 용기 샘플 (PP jar 50ml, white) 2개만 더 보내주실 수 있을까요? 디자인팀에서 촬영용으로 필요하다고 하네요.

감사합니다!
김지원 드림
""" + SIG_KIM,
         attachments=[("PO_DS-24-061.docx", _p11_docx, DOCX_MT)],
         in_reply_to="<namu-0530-1702@namucosmetic.co.kr>")))])

# ---- p12: deposit wired "so you're approved — go ahead!" (EML quoted thread)
_p12_orig = """Hi Lee, PO JS-1262 attached: 300 sample pumps (24/410 lotion pump, matte black)
for our compatibility test. The 20,000 production quantity is not released; it
stays on hold until the compatibility test is signed off and I send a written
release. Material for the 300 samples only. Thanks! Maya
"""
_p12_lee = """Dear Maya,

Please settle our pro-forma PI-2405-17 (30% deposit on the production order)
so we can reserve the mould slot for July. Bank details are on the PI.

Best regards,
Lee Dong-hyun

On Mon, May 20, 2024 at 2:31 PM Maya Chen <maya@juniperandsalt.com> wrote:
""" + q(_p12_orig)
_p12_text = """Hi Lee,

Deposit's been wired this morning (ref. JS-0604-1), so you're approved — go ahead!

Maya
""" + SIG_MAYA + """
On Tue, Jun 4, 2024 at 9:10 AM Lee Dong-hyun <dh.lee@daesungpack.co.kr> wrote:
""" + q(_p12_lee) + "\n"
case("p12_deposit_approved_go_ahead", ["RG002", "RG012"],
     "Quoted PO scope is complete (300 samples, 20,000 on hold, unlock, Maya), but 'Deposit's been wired… so you're approved — go ahead!' treats payment as release, unscoped.",
     [("Re_PI-2405-17_JS-1262_pumps.eml", eml(mail(
         MAYA, LEE, "Re: PI-2405-17 deposit – JS-1262 pumps", "Tue, 04 Jun 2024 11:47:00 -0400", _p12_text,
         in_reply_to="<dsp-0604-0910@daesungpack.co.kr>")))])

# ---- p13: "the first 2,000 units" against a PO, nothing about the rest (multipart/alternative)
case("p13_first_fill_no_balance", ["RG003", "RG004"],
     "Partial release ('the first 2,000 units against PO 4500-8812') names its releaser but never says the rest is not released or what unlocks it.",
     [("PO_4500-8812_first_fill.eml", eml(mail(
         DANA, ROB, "PO 4500-8812 – first fill, Cedar Body Wash 200 ml", "Wed, 12 Jun 2024 08:30:00 -0400",
         """Hi Rob,

Please fill the first 2,000 units of the Cedar Body Wash 200 ml against PO 4500-8812, target ship date July 15.

- Bulk per batch record BR-CBW-03 (fragrance at 0.6% per the IFRA update).
- Bottles and pumps from the consignment stock at your site; cartons from WestRock, delivery 6/28.
- COA and retain samples as usual.

Releases on PO 4500-8812 are signed by me only.

Thanks,
Dana Whitfield
Director of Supply Chain, Juniper & Salt Co.
+1 718 555 0148
""",
         html="""<html><body><p>Hi Rob,</p><p>Please fill the <b>first 2,000 units</b> of the Cedar Body Wash 200 ml against PO 4500-8812, target ship date July 15.</p><ul><li>Bulk per batch record BR-CBW-03 (fragrance at 0.6% per the IFRA update).</li><li>Bottles and pumps from the consignment stock at your site; cartons from WestRock, delivery 6/28.</li><li>COA and retain samples as usual.</li></ul><p>Releases on PO 4500-8812 are signed by me only.</p><p>Thanks,<br>Dana Whitfield<br>Director of Supply Chain, Juniper &amp; Salt Co.</p></body></html>""")))])

# ---- p14: ERP release: header 1,200 vs line 1.500; balance on hold "until further notice" (TXT, Polish)
case("p14_erp_header_line_conflict", ["RG004", "RG011"],
     "ERP release states 1,200 in the header and 1.500 on the line; balance on hold 'until further notice' with a named releaser but no unlock event.",
     [("ZP-24-0217_zwolnienie.txt", """LUMISKIN SP. Z O.O.                       ZWOLNIENIE PRODUKCJI / PRODUCTION RELEASE
ul. Pulawska 300, 02-819 Warszawa         Nr: ZP-24-0217          Data: 12.06.2024
Dostawca/Supplier: FILLPOL KOSMETYKI SP.K., LODZ
Zamowienie/PO: LS-24-094
RELEASED QTY (THIS RELEASE): 1,200 SZT
----------------------------------------------------------------------------------
POZ  INDEKS        OPIS                             J.M.   ILOSC       TERMIN
---- ------------- -------------------------------- ------ ----------- ----------
10   LS-BC-MAL     BALSAM DO CIALA MALINA 200ML     SZT        1.500   28.06.2024
----------------------------------------------------------------------------------
UWAGI / NOTES:
 - SALDO ZAMOWIENIA (6 500 SZT) WSTRZYMANE DO ODWOLANIA.
   BALANCE OF THE ORDER (6,500 PCS) ON HOLD UNTIL FURTHER NOTICE.
 - ZWOLNIENIE SALDA WYLACZNIE: MAREK KOWALSKI, KIEROWNIK ZAKUPOW.
   BALANCE RELEASE ONLY BY MAREK KOWALSKI, HEAD OF PURCHASING.
 - MATERIALY: TYLKO NA TO ZWOLNIENIE / MATERIAL: FOR THIS RELEASE ONLY.
 - ETYKIETY: LS-ART-MAL v4. PALETY EURO, MAX 1,6 M.

WYSTAWIL: M. KOWALSKI                                   STRONA 1/1
""")])

# ---- p15: cartons: supplier bought board + foil for the whole order; balance held "jusqu'à nouvel ordre" (FR)
_p15_pdf = pdf([
    ("h1", "BON DE COMMANDE N° BC 24-0402"),
    ("p", "Maison Lune SAS, Lyon — Fournisseur : Cartonnages du Val SARL, Vienne — Acheteuse : Claire Besson"),
    ("table", [["Ligne", "Article", "Scope", "Qté", "PU HT", "Total HT"],
               ["1", "ETU-BD100 étui Baume Démaquillant 100 ml, dorure à chaud or — échantillons (shooting, "
                "maquettes magasin)", "sample", "250", "1,10 €", "275,00 €"]]),
    ("p", "Quantité active : deux cent cinquante (250) étuis échantillons."),
    ("p", "Le solde de 4 750 étuis reste bloqué jusqu'à nouvel ordre. Seule Claire Besson peut le débloquer."),
    ("p", "Matières : uniquement pour les 250 étuis."),
], title="BC 24-0402", author="Maison Lune")
_p15_text = """Bonjour Claire,

Bien reçu votre BC 24-0402, merci. Les 250 étuis échantillons partent jeudi chez vous en messagerie.

Pour ne pas perdre de temps, nous avons déjà commandé le carton GC1 350 g et le film de dorure or pour la totalité de la commande : le papier est en tension en ce moment et les délais usine dépassent 6 semaines. Tout sera donc prêt chez nous le jour où vous débloquez la suite.

Le BAT de la série reste celui du 29/05 (v2), sans changement.

Cordialement,
Thierry Lemoine
Responsable commercial — Cartonnages du Val SARL
ZI du Rhône, 38200 Vienne — 04 74 55 01 60

Le 03/06/2024 à 10:12, Claire Besson a écrit :
""" + q("""Bonjour Thierry,
ci-joint notre BC 24-0402 pour les 250 étuis échantillons du Baume Démaquillant.
Le solde reste bloqué jusqu'à nouvel ordre, comme indiqué sur le BC.
Bonne journée,
Claire
""")
case("p15_cartons_board_bought", ["RG004", "RG006"],
     "Printer bought board and gold foil for the whole order while only 250 sample cartons are released; the PO holds the balance 'jusqu'à nouvel ordre' (no unlock event).",
     [("Re_BC_24-0402_etuis.eml", eml(mail(
         THIERRY, CLAIRE, "Re: BC 24-0402 – étuis échantillons Baume Démaquillant", "Tue, 04 Jun 2024 09:18:00 +0200",
         _p15_text, in_reply_to="<ml-0603-1012@maison-lune.fr>",
         attachments=[("BC_24-0402.pdf", _p15_pdf, PDF_MT)])))])

# ---- p16: Italian PO: text says seicento (600), table says 500; balance held for "our purchasing office" (PDF)
case("p16_italian_words_vs_table", ["RG005", "RG011"],
     "Pilot order says 'seicento (600) pezzi' in the text and 500 in the table; balance on hold until pilot sign-off and a revised order from 'our purchasing office' (no person).",
     [("Ordine_24-0471_Shampoo_Solido.pdf", pdf([
         ("h1", "ORDINE 24/0471 — Lotto pilota Shampoo Solido Rosmarino 60 g"),
         ("p", "Erbe di Sole S.r.l., Via Borgo Palazzo 112, 24125 Bergamo — Terzista: Cosmolab Brianza S.r.l., Monza"),
         ("p", "Data: 03/06/2024 — Rif. offerta OF-24-251 — Capitolato QC-ES-07"),
         ("p", "Con il presente ordine si richiede la produzione del lotto pilota di seicento (600) pezzi di "
               "Shampoo Solido Rosmarino 60 g, incartati in astuccio FSC con sigillo."),
         ("table", [["Pos.", "Articolo", "Descrizione", "Q.tà", "Prezzo", "Importo"],
                    ["10", "ES-SHS-ROS-60", "Shampoo solido rosmarino 60 g, astuccio FSC — lotto pilota", "500",
                     "2,15 €", "1.075,00 €"]]),
         ("p", "Il saldo della produzione (9.400 pezzi) non è rilasciato e resta sospeso fino al sign-off del "
               "lotto pilota e all'emissione di un ordine revisionato da parte del nostro ufficio acquisti."),
         ("p", "Materiali: solo per il lotto pilota. Certificato di analisi e campioni di ritenzione (2 × 3 pz) "
               "come da capitolato QC-ES-07."),
         ("p", "Consegna: franco Ns. magazzino di Bergamo entro il 28/06/2024. Pagamento: 60 gg d.f.f.m."),
     ], title="Ordine 24/0471", author="Erbe di Sole"))])

# ---- p17: multi-file: portal PO (HTML, no named releaser) + supplier OC assuming automatic scheduling (PDF)
case("p17_portal_po_plus_oc", ["RG005", "RG007"],
     "Portal PO: 500 pilot, 7,500 not released until marketing-committee sign-off and revised PO (no person); supplier OC says the rest is scheduled automatically on pilot approval.",
     [("PO_JS-1275.html", html_page("PO JS-1275", """
<h2>Juniper &amp; Salt Co. — Supplier Portal — Purchase Order JS-1275</h2>
<p><b>Vendor:</b> Great Lakes Contract Fill LLC (V-00318) &nbsp; <b>Issued:</b> 05/28/2024 &nbsp; <b>Terms:</b> Net 45 &nbsp; <b>FOB:</b> Toledo</p>
<table>
<tr><th>Line</th><th>SKU</th><th>Description</th><th>Scope</th><th>Qty</th><th>Unit</th><th>Amount</th></tr>
<tr><td>1</td><td>JS-HC-75-PLT</td><td>Botanical Hand Cream 75 ml tube — pilot</td><td>pilot</td><td>500</td><td>$2.90</td><td>$1,450.00</td></tr>
</table>
<div class="note">
<p><b>Scope:</b> fill the 500 pilot units now. The balance of 7,500 units is NOT released by this PO.</p>
<p><b>Unlock:</b> the balance will be considered only after our marketing committee signs off on the consumer panel,
followed by a revised PO.</p>
<p><b>Material:</b> for the 500 pilot units only.</p>
</div>
<p>Questions about this PO: purchasing@juniperandsalt.com</p>
""")),
      ("OC_GLCF-5531.pdf", pdf([
          ("h1", "ORDER CONFIRMATION GLCF-5531"),
          ("p", "Great Lakes Contract Fill LLC — 2200 Front St, Toledo OH 43605 — to: Juniper & Salt Co."),
          ("p", "Your PO: JS-1275 — Date: 05/30/2024 — Account manager: Rob Dietz"),
          ("table", [["Item", "Description", "Qty", "Ship week"],
                     ["JS-HC-75-PLT", "Botanical Hand Cream 75 ml tube — pilot", "500", "wk 27"]]),
          ("p", "Upon your approval of the pilot units, the remaining quantity will be scheduled for production "
                "automatically (standard GLCF practice for repeat formulas). Please send your CoA template for the "
                "pilot lot."),
          ("p", "Bulk batch size: 150 kg (formula JS-HC rev B). Retain samples kept 3 years."),
      ], pagesize=LETTER, title="OC GLCF-5531", author="Great Lakes Contract Fill"))])

# ---- p18: buyer authorizes stability samples "as discussed" (no qty); supplier: PO acceptance = production launch (FR)
_p18_text = """Bonjour Camille,

Nous avons bien reçu et accepté votre BC 24-0420 ce matin, merci.

Conformément à nos conditions générales de vente (article 5), l'acceptation du bon de commande vaut lancement de production : nous avons donc planifié le lot complet du Gel Nettoyant en semaine 27, à la suite des échantillons de stabilité.

Bien à vous,
""" + SIG_JULIEN + """
Le 10/06/2024 à 18:05, Camille Dufresne a écrit :
""" + q("""Julien,
merci de lancer les échantillons de stabilité du Gel Nettoyant Figue, quantité
comme vu au téléphone. Le reste (production) n'est pas libéré : il attendra le
sign-off de stabilité et ma libération écrite. BC à suivre demain.
Camille
""")
case("p18_po_acceptance_launch", ["RG010", "RG012"],
     "Buyer's quoted instruction gives no quantity ('quantité comme vu au téléphone'); supplier says PO acceptance equals production launch and plans the complete lot.",
     [("Re_BC_24-0420_Gel_Nettoyant.eml", eml(mail(
         JULIEN, CAMILLE, "Re: Gel Nettoyant Figue – échantillons de stabilité / BC 24-0420",
         "Tue, 11 Jun 2024 14:50:00 +0200", _p18_text, in_reply_to="<ml-0610-1805@maison-lune.fr>")))])

# ---- p19: KakaoTalk: samples "as discussed on the phone" (no qty); supplier ordered all raw materials
case("p19_kakao_no_qty_raw_materials", ["RG006", "RG010"],
     "Buyer asks for stability samples 'quantity as said on the phone' (no number) and holds main production; supplier says raw materials for the full main production are already ordered.",
     [("KakaoTalk_Dalbit_Namu_retinol.txt", """Dalbit 구매팀 x Namu 영업 님과 카카오톡 대화
저장한 날짜 : 2024-06-07 19:12:45

--------------- 2024년 6월 5일 수요일 ---------------
[김지원 팀장] [오전 9:41] 서연님, 레티놀 크림 안정성 샘플 진행해 주세요! 수량은 지난주 통화 때 말씀드린 대로요 🙏
[김지원 팀장] [오전 9:42] 본생산은 아직 아니에요. 안정성 12주 결과 sign-off 나고 제가 서면으로 release 드릴 때까지 보류입니다
[김지원 팀장] [오전 9:42] (main production NOT released — on hold until 12-week stability sign-off + my written release)
[박서연] [오전 10:15] 네 팀장님 알겠습니다!
[박서연] [오전 10:16] 참고로 레티놀 원료는 리드타임이 10주라서요, 원료는 본생산 물량까지 전량 발주해 뒀습니다
[박서연] [오전 10:16] 용기 (에어리스 50ml) 도 같이 넣어놨어요. 나중에 일정 맞추려면 어쩔 수 없어서요 😅
[김지원 팀장] [오전 10:30] 아 네... 일단 알겠습니다
--------------- 2024년 6월 7일 금요일 ---------------
[박서연] [오후 7:02] 안정성 샘플 충전 완료했습니다. 다음 주 월요일 출고 예정입니다
""")])

# ---- p20: ERP PO for a pilot batch with QTY "TBC" (TXT)
case("p20_erp_pilot_qty_tbc", ["RG010"],
     "ERP PO covers 'the pilot batch only' with quantity TBC; hold on main production, unlock (pilot sign-off + written release) and Kim Ji-won are all stated.",
     [("DS-24-070_PO_print.txt", """DALBIT SKIN CO., LTD.                                PURCHASE ORDER
77 SEONGSUI-RO, SEONGDONG-GU, SEOUL 04781             PO NO.   : DS-24-070
BIZ REG NO. 123-45-67890                              PO DATE  : 2024-06-11
                                                      PAGE     : 1 OF 1
VENDOR : NAMU COSMETIC CO., LTD. (V-0042)             BUYER    : KIM JI-WON
         OSONG BIO VALLEY, CHEONGJU                   TEL      : +82 2 555 0134
------------------------------------------------------------------------------------------
LN  ITEM CODE        DESCRIPTION                         UOM   QTY     UNIT KRW    AMOUNT
--  ---------------  ----------------------------------  ----  ------  ---------  --------
01  DS-GT-GC50-PLT   GREEN TEA GEL CREAM 50ML             EA    TBC        4,100   TBC
                     PILOT BATCH (FILLED, UNBOXED)
------------------------------------------------------------------------------------------
REMARKS:
1. THIS PO COVERS THE PILOT BATCH ONLY. QTY TO BE CONFIRMED BY R&D.
2. MAIN PRODUCTION PER QUOTATION Q-NM-2406 IS NOT RELEASED BY THIS PO AND STAYS ON HOLD.
3. MAIN PRODUCTION CAN BE RELEASED ONLY AFTER PILOT SIGN-OFF, BY A WRITTEN RELEASE
   FROM KIM JI-WON (PURCHASING TEAM LEADER).
4. MATERIAL: PILOT BATCH ONLY.
5. COA + MSDS WITH DELIVERY. DELIVERY: DALBIT R&D CENTER, SEONGSU.
""")])

# ---- p21: DOCX release letter: no quantity; "release" used for the filling and for the PO in the admin system
case("p21_release_letter_no_qty", ["RG009", "RG010"],
     "Release letter releases 'the pilot batch' with no quantity, and uses 'rilasciato/release' both for production and for the PO released by administration.",
     [("Lettera_rilascio_24-0490.docx", docx_bytes([
         ("h1", "Lettera di rilascio / Release letter — Balsamo Labbra Karité 10 ml"),
         ("p", "Erbe di Sole S.r.l., Bergamo — a: Cosmolab Brianza S.r.l., Monza (c.a. Marco Ferri) — 05/06/2024"),
         ("p", "Con la presente rilasciamo il lotto pilota per il riempimento. We hereby release the pilot batch for "
               "filling."),
         ("p", "L'ordine 24/0490 è stato rilasciato dall'amministrazione il 3 giugno. The PO was released by our "
               "administration on 3 June and is visible in your portal."),
         ("table", [["Documento", "Rif.", "Stato"],
                    ["Specifica prodotto", "SP-0490 rev. 3", "valida"],
                    ["Batch record", "BR-0490", "emesso"],
                    ["Artwork tubetto", "ART-BLK-10 v2", "firmato"]]),
         ("p", "Il saldo della produzione non è rilasciato: resta sospeso fino al sign-off del lotto pilota e al "
               "rilascio scritto di Davide Greco, Direttore Acquisti. Materiali solo per il lotto pilota."),
         ("p", "Cordiali saluti — Davide Greco"),
     ], author="Davide Greco"))])

# ---- p22: filler compounded the full bulk for the whole program (US, quoted scope)
_p22_text = """Hi Priya,

Thanks for the PO. Heads-up on timing: to protect your October launch, we compounded the full bulk for the whole program last week (one 1,800 kg kettle), since splitting it into a pilot-size batch would have cost you more in changeover and QC testing. The 300 pilot jars will be filled from that kettle on Monday.

Jars and lids for the pilot are in; the rest of the bulk is in totes in our warm room, retained under lot GL-24-2291.

Let me know if you want to come out for the pilot fill.

Rob
""" + SIG_ROB + """
On Mon, Jun 3, 2024 at 10:20 AM Priya Raman <priya.raman@juniperandsalt.com> wrote:
""" + q("""Hi Rob,
PO JS-1288 attached: 300 pilot units of the Sea Salt Scrub 250 g.
The balance of 5,700 is not released; it stays on hold until the pilot sign-off
and a written release from me (Priya Raman).
Material: bulk and jars for the 300 only.
Thanks,
Priya
""")
case("p22_full_bulk_compounded", ["RG006"],
     "Quoted PO: 300 pilot, 5,700 on hold, bulk and jars for 300 only; the filler compounded the bulk for the whole program anyway.",
     [("Re_PO_JS-1288_scrub.eml", eml(mail(
         ROB, PRIYA, "Re: PO JS-1288 – Sea Salt Scrub pilot", "Thu, 13 Jun 2024 17:12:00 -0400", _p22_text,
         in_reply_to="<js-0603-1020@juniperandsalt.com>")))])

# ---- p23: glass supplier ordered glass for the entire lot "to lock the price" (IT, quoted scope)
_p23_text = """Buongiorno Davide,

confermiamo la spedizione dei 150 vasi campione per il 15/05, franco Cosmolab Brianza.

Per bloccare il prezzo della miscela, abbiamo già ordinato il vetro extra-bianco per l'intero lotto: così, quando arriva il vostro rilascio, partiamo subito con la produzione. / To lock in the batch price we have already ordered the extra-flint glass for the entire lot.

La serigrafia oro resta come da bozzetto ES-ART-131 rev. 2.

Cordiali saluti,
Sara Colombo
Ufficio Commerciale — Vetreria Lombarda S.p.A.
Via dell'Industria 9, 24044 Dalmine (BG) — tel. 035 555 0188

Il giorno 29/04/2024 alle 09:12 Davide Greco ha scritto:
""" + q("""Buongiorno Sara,
in allegato l'ordine ES-24-0502: 150 vasi campione (centocinquanta), 100 ml
ambra, per il test di compatibilità.
Il saldo (7.850 pz) non è rilasciato: resta sospeso fino al sign-off del test di
compatibilità e al mio rilascio scritto. Materiale solo per i 150 campioni.
Davide Greco — Direttore Acquisti
""")
case("p23_glass_whole_lot", ["RG006"],
     "Quoted order: 150 sample jars, 7.850 on hold, material for 150 only; supplier already ordered glass for the entire lot to lock the price.",
     [("Re_Ordine_ES-24-0502.eml", eml(mail(
         SARA, DAVIDE, "Re: Ordine ES-24-0502 – vasi campione 100 ml", "Thu, 02 May 2024 11:35:00 +0200",
         _p23_text, in_reply_to="<es-0429-0912@erbedisole.it>")))])

# ---- p24: WhatsApp group: brand PM tells filler to get tubes for the whole launch (PL)
case("p24_chat_tubes_whole_launch", ["RG006"],
     "Purchasing states 400 pilot, 7 600 not released, material for 400 only; the brand PM then tells the filler to get tubes for the whole launch and they order them.",
     [("WhatsApp_Lumiskin_Fillpol_SPF.txt", """12.06.2024, 08:55 - Agnieszka Kowalczyk: Dzień dobry! PO LS-24-101 poszło mailem: 400 szt. pilot (krem SPF50 50 ml)
12.06.2024, 08:56 - Agnieszka Kowalczyk: Reszta 7 600 szt. NIE jest zwolniona — czeka na sign-off pilota + moje pisemne zwolnienie. Materiały tylko na 400 szt.
12.06.2024, 09:10 - Kasia Wójcik (Fillpol): Dzień dobry, potwierdzam 400 szt. 👍
12.06.2024, 09:12 - Kasia Wójcik (Fillpol): Tuby na pilot mamy z poprzedniej dostawy TubaPak
12.06.2024, 14:31 - Ola Nowak (Lumiskin marketing): Kasia, żeby nie tracić czasu możecie już ściągnąć tuby na cały launch 😉 TubaPak ma teraz 5 tyg. realizacji
12.06.2024, 14:40 - Kasia Wójcik (Fillpol): Ok, zamawiamy tuby w TubaPak na całość 👍
12.06.2024, 14:41 - Kasia Wójcik (Fillpol): Zlecenie wyślę dziś, dostawa 17.07
12.06.2024, 14:52 - Ola Nowak (Lumiskin marketing): super, dzięki!!
""")])

# ---- p25: Polish filler bought raw materials for the whole batch and will fill the rest after the sample OK
_p25_text = """Pani Agnieszko,

próbki (60 szt.) wyślemy w piątek kurierem DPD.

Informuję, że surowce do całej partii zostały już zakupione (bulk raw materials for the whole batch bought) — masło shea i ekstrakt z rokitnika miały długi termin dostawy. Po Państwa akceptacji próbek od razu przechodzimy do napełniania reszty, żeby zdążyć z terminem wrześniowym. / Once you accept the samples we move straight on to filling the rest.

Pozdrawiam,
""" + SIG_KATARZYNA + """
W dniu 27.05.2024 o 09:30, Agnieszka Kowalczyk pisze:
""" + q("""Pani Katarzyno,
zamówienie LS-24-108: 60 szt. próbek do testów (balsam do rąk rokitnik 75 ml).
Saldo 5 940 szt. NIE jest zwolnione — wstrzymane do akceptacji próbek ORAZ mojego
pisemnego zwolnienia (Agnieszka Kowalczyk, Kierownik Zakupów).
Materiały wyłącznie na 60 szt.
""")
case("p25_raw_materials_and_roll_on", ["RG006", "RG007"],
     "Quoted PO: 60 samples, 5 940 held until sample acceptance AND written release, material for 60; filler bought raw materials for the whole batch and will fill the rest on sample acceptance.",
     [("Re_LS-24-108_probki.eml", eml(mail(
         KATARZYNA, AGNIESZKA, "Re: Zamówienie LS-24-108 – próbki balsamu", "Wed, 29 May 2024 16:05:00 +0200",
         _p25_text, in_reply_to="<ls-0527-0930@lumiskin.pl>")))])

# ---- p26: Korean OEM: deposit received, so all components bought and full batch scheduled (multipart/alternative)
_p26_text = """팀장님 안녕하세요,

계약금 (30% deposit) 입금 확인했습니다. 감사합니다!

Deposit received, so we purchased all components (bottles, pumps, cartons) and scheduled the filling of the full batch for week 33. 원부자재 모두 발주 완료했고 33주차 충전 일정 잡아두었습니다.

안정성 샘플 48개는 6/14 출고 예정입니다.

감사합니다.
""" + SIG_PARK + """
-----Original Message-----
From: Kim Ji-won <jiwon.kim@dalbitskin.co.kr>
Sent: Monday, June 3, 2024 9:05 AM
Subject: PO DS-24-077 Peptide Eye Cream 20ml

""" + q("""서연님, PO DS-24-077 보내드립니다.
- Active quantity: 48 stability samples only.
- Main production 6,000 pcs is NOT released - on hold until 12-week stability
  sign-off and a written release from me (Kim Ji-won).
- Material: for the 48 samples only.
- Payment: 30% deposit per our contract.
김지원 드림
""")
case("p26_deposit_components_full_batch", ["RG006", "RG012"],
     "Quoted PO: 48 samples, 6,000 on hold, material for 48; supplier reads the deposit as the trigger, buys all components and schedules the full batch.",
     [("RE_PO_DS-24-077_eye_cream.eml", eml(mail(
         PARK, KIM, "RE: PO DS-24-077 Peptide Eye Cream 20ml – 계약금 입금 확인", "Tue, 11 Jun 2024 14:20:00 +0900",
         _p26_text,
         html="""<html><body><p>팀장님 안녕하세요,</p><p>계약금 (30% deposit) 입금 확인했습니다. 감사합니다!</p><p><b>Deposit received, so we purchased all components (bottles, pumps, cartons) and scheduled the filling of the full batch for week 33.</b> 원부자재 모두 발주 완료했고 33주차 충전 일정 잡아두었습니다.</p><p>안정성 샘플 48개는 6/14 출고 예정입니다.</p><p>감사합니다.<br>박서연</p></body></html>""",
         in_reply_to="<dalbit-0603-0905@dalbitskin.co.kr>")))])

# ---- p27: bottle supplier treats a non-binding forecast as a firm commitment and buys for it (FR + TXT attachment)
_p27_forecast = """MAISON LUNE SAS - PREVISION FLACONS S2 2024
PRÉVISION NON CONTRACTUELLE - NE CONSTITUE PAS UNE COMMANDE / NON-BINDING FORECAST - NOT AN ORDER
Référence : FL-100-AMB (flacon verre ambre 100 ml, pompe 24/410 noire)

Mois        Quantité prévue
---------   ---------------
Juillet           3 000
Août              3 000
Septembre         3 000
Octobre           3 000
Novembre          3 000
Décembre          3 000
---------   ---------------
Total S2         18 000

Établie par : Claire Besson, 21/05/2024
"""
_p27_text = """Bonjour Claire,

Merci pour le BC 24-0466 : les 500 flacons pilote partent le 14 juin.

Sur la base de votre prévision, que nous considérons comme votre engagement ferme pour le S2, nous avons déjà acheté le verre ambre et les pompes 24/410 pour tout le volume prévu. Cela nous permettra de livrer chaque mois sans délai.

Je vous remets votre prévision en pièce jointe pour mémoire.

Bien cordialement,
Nadia Benali
Chargée de clientèle — Verrerie de la Bresle SAS
76260 Eu — 02 35 55 01 70

Le 21/05/2024 à 15:40, Claire Besson a écrit :
""" + q("""Bonjour Nadia,
voici notre BC 24-0466 : 500 flacons pilote FL-100-AMB (cinq cents).
Le solde n'est pas libéré : il reste bloqué jusqu'au sign-off du lot pilote et une
libération écrite de ma part. Matières uniquement pour les 500 flacons.
Ci-joint aussi notre prévision S2, non contractuelle.
Claire Besson — Acheteuse packaging, Maison Lune
""")
case("p27_forecast_as_commitment_bought", ["RG006", "RG008"],
     "Buyer sends 500 pilot bottles with full scope plus a labelled non-binding forecast; supplier calls the forecast a firm commitment and buys glass and pumps for all of it.",
     [("Re_BC_24-0466_flacons.eml", eml(mail(
         NADIA, CLAIRE, "Re: BC 24-0466 – flacons pilote + prévision S2", "Fri, 24 May 2024 10:10:00 +0200",
         _p27_text, in_reply_to="<ml-0521-1540@maison-lune.fr>",
         attachments=[("prevision_S2_2024.txt", _p27_forecast, "text/plain")])))])

# ---- p28: KakaoTalk: buyer tells the OEM to go straight into main production once the samples are confirmed
case("p28_kakao_straight_to_main", ["RG007"],
     "Buyer first requires a written release for the 9,940 main production, then writes: once samples are confirmed go straight into the remaining 9,940, no need to wait for anything in writing.",
     [("KakaoTalk_Dalbit_Namu_0603.txt", """Dalbit 구매팀 x Namu 영업 님과 카카오톡 대화
저장한 날짜 : 2024-06-12 09:15:30

--------------- 2024년 6월 3일 월요일 ---------------
[김지원 팀장] [오전 11:20] 서연님 PO DS-24-083 메일로 보냈어요
[김지원 팀장] [오전 11:21] 샘플 60개만 진행해 주세요. 본생산 9,940개는 release 안 된 상태입니다
[김지원 팀장] [오전 11:21] 안정성 sign-off 나고 제가 서면으로 release 드린 후에만 가능해요
[박서연] [오전 11:30] 네 60개만 진행하겠습니다!
--------------- 2024년 6월 11일 화요일 ---------------
[박서연] [오후 4:05] 팀장님 샘플 60개 충전 완료, 내일 출고합니다
[김지원 팀장] [오후 6:48] 서연님 런칭 일정이 너무 빠듯해져서요 😥
[김지원 팀장] [오후 6:49] 샘플 컨펌 나면 나머지 9,940개 본생산 바로 들어가 주세요. 따로 서면 안 기다리셔도 돼요
[박서연] [오후 6:55] 아 네 알겠습니다! 샘플 컨펌 나면 바로 라인 잡을게요
""")])

# ---- p29: French buyer: as soon as stability is compliant, carry on with the rest without waiting (EML + PDF PO)
_p29_pdf = pdf([
    ("h1", "BON DE COMMANDE N° BC 24-0431"),
    ("p", "Maison Lune SAS, Lyon — Fournisseur : LCR, Villeurbanne — Date : 27/05/2024"),
    ("table", [["Ligne", "Article", "Scope", "Qté", "PU HT", "Total HT"],
               ["1", "Huile Démaquillante Camélia 150 ml — lot de stabilité", "sample", "36", "11,20 €", "403,20 €"]]),
    ("p", "Quantité active : trente-six (36) unités de stabilité."),
    ("p", "Le solde (5 964 unités) n'est PAS libéré : bloqué jusqu'au sign-off de stabilité ET une libération écrite "
          "de Hélène Roux, Directrice des Opérations, avec BC révisé."),
    ("p", "Matières : uniquement pour les 36 unités."),
], title="BC 24-0431", author="Maison Lune")
case("p29_french_enchainer", ["RG007"],
     "PO requires stability sign-off AND Hélène's written release, but her email says: as soon as stability is compliant, carry on with the rest without waiting for us.",
     [("Planning_Huile_Demaquillante.eml", eml(mail(
         HELENE, JULIEN, "Huile Démaquillante Camélia – planning", "Wed, 12 Jun 2024 18:22:00 +0200",
         """Bonjour Julien,

Le planning marketing se resserre (lancement avancé au salon de novembre).

Dès que les tests de stabilité sont conformes, vous pouvez enchaîner sur le reste sans attendre notre retour — on régularisera le BC ensuite.

Je vous remets le BC 24-0431 en pièce jointe.

Merci,
Hélène
""" + SIG_HELENE,
         attachments=[("BC_24-0431.pdf", _p29_pdf, PDF_MT)])))])

# ---- p30: filler's project tracker assumes auto-roll into the full fill (HTML)
case("p30_tracker_auto_roll", ["RG007"],
     "Supplier tracker: 'on pilot sign-off → auto-roll into full fill, no separate release needed'; no recorded auto-conversion exists.",
     [("GLCF_project_tracker_JS-1301.html", html_page("GLCF tracker JS-1301", """
<h2>Great Lakes Contract Fill — Customer Project Tracker</h2>
<p>Customer: Juniper &amp; Salt Co. &nbsp;|&nbsp; Project: Vitamin C Glow Serum 30 ml (JS-VC-30) &nbsp;|&nbsp; PO: JS-1301 &nbsp;|&nbsp; Updated: 06/14/2024 by R. Dietz</p>
<table>
<tr><th>#</th><th>Milestone</th><th>Owner</th><th>Status</th><th>Date</th></tr>
<tr><td>1</td><td>Lab batch LB-0412 (2 kg)</td><td>GLCF R&amp;D</td><td>done</td><td>04/22</td></tr>
<tr><td>2</td><td>Pilot fill — 300 units (PO JS-1301)</td><td>GLCF ops</td><td>done</td><td>06/10</td></tr>
<tr><td>3</td><td>Pilot sign-off</td><td>J&amp;S</td><td>pending</td><td>wk 25</td></tr>
<tr><td>4</td><td>Full fill</td><td>GLCF ops</td><td>auto-starts on pilot sign-off (no separate release needed)</td><td>wk 34</td></tr>
<tr><td>5</td><td>Ship to Secaucus 3PL</td><td>GLCF logistics</td><td>—</td><td>wk 36</td></tr>
</table>
<p class="note"><b>Next step:</b> on pilot sign-off &rarr; auto-roll into full fill, wk 34. Pilot retains: 3 × 10 units in the stability chamber.</p>
<p>Open items: CoA template v2 from J&amp;S QA; carton dieline rev C.</p>
"""))])

# ---- p31: "QA approval on the stability units = approval of the remaining 2,380" (US, quoted scope)
_p31_text = """Rob -

As soon as QA approval on the 120 stability units is in, take that as approval of the remaining 2,380 as well and start the bulk. I'm travelling the next two weeks and don't want this to sit.

Thanks,
Priya
""" + SIG_PRIYA + """
On Wed, May 15, 2024 at 11:02 AM Priya Raman <priya.raman@juniperandsalt.com> wrote:
""" + q("""Hi Rob,
PO JS-1305 attached: 120 stability units of the Bakuchiol Night Serum 30 ml.
The remaining 2,380 units are not released; they stay on hold until the
stability sign-off and my written release.
Material: bulk and bottles for the 120 only.
Priya
""")
case("p31_qa_approval_as_release", ["RG007", "RG009"],
     "Buyer's own scope needs a written release, then: 'as soon as QA approval on the 120 stability units is in, take that as approval of the remaining 2,380… start the bulk'.",
     [("Re_PO_JS-1305_bakuchiol.eml", eml(mail(
         PRIYA, ROB, "Re: PO JS-1305 – Bakuchiol Night Serum stability units", "Fri, 14 Jun 2024 07:40:00 -0400",
         _p31_text, in_reply_to="<js-0515-1102@juniperandsalt.com>")))])

# ---- p32: Italian: order says 250 stability samples, email says 200; "if the samples go well, start production" (EML + PDF)
_p32_pdf = pdf([
    ("h1", "ORDINE 24/0510"),
    ("p", "Erbe di Sole S.r.l., Bergamo — Terzista: Cosmolab Brianza S.r.l., Monza — Data: 06/06/2024"),
    ("table", [["Pos.", "Articolo", "Q.tà", "Prezzo", "Importo"],
               ["1", "Crema Corpo Mandorla 200 ml — campioni di stabilità", "250", "4,60 €", "1.150,00 €"]]),
    ("p", "Quantità attiva: duecentocinquanta (250) campioni di stabilità."),
    ("p", "Saldo di 5.750 pezzi NON rilasciato: sospeso fino al sign-off di stabilità e al rilascio scritto di "
          "Davide Greco, Direttore Acquisti. Materiali solo per i 250 campioni."),
], title="Ordine 24/0510", author="Erbe di Sole")
case("p32_italian_200_vs_250_partite", ["RG007", "RG011"],
     "Order 24/0510 says 250 stability samples, Chiara's email confirms 200; and 'if the samples go well, start the whole balance without waiting for us' contradicts the written-release requirement.",
     [("Crema_Corpo_Mandorla_campioni.eml", eml(mail(
         CHIARA, MARCO, "Crema Corpo Mandorla – campioni di stabilità", "Fri, 07 Jun 2024 09:15:00 +0200",
         """Ciao Marco,

ti confermo i 200 campioni di stabilità per la Crema Corpo Mandorla 200 ml, flacone PET riciclato con tappo flip-top (ordine 24/0510 in allegato).

Se i campioni vanno bene, partite pure con tutto il saldo senza aspettarci: siamo in ritardo col lancio e non vorrei perdere lo slot di luglio.

Per la profumazione resta la versione MND-3 (allergeni dichiarati: benzyl alcohol, coumarin).

Grazie e buon weekend,
Chiara
""" + SIG_CHIARA,
         attachments=[("Ordine_24-0510.pdf", _p32_pdf, PDF_MT)])))])

# ---- p33: Polish: email releases 120 vs PO 100; PS: if samples pass take it as OK for the whole batch (EML + PDF)
_p33_pdf = pdf([
    ("h1", "ZAMOWIENIE / PURCHASE ORDER LS-24-115"),
    ("p", "Lumiskin Sp. z o.o., Warszawa — Dostawca: Fillpol Kosmetyki sp.k., Lodz — Data: 04.06.2024"),
    ("table", [["Poz.", "Indeks", "Opis", "Ilosc", "Cena PLN", "Wartosc PLN"],
               ["1", "LS-SH-LAW-250", "Szampon lawendowy 250 ml — probki (samples)", "100", "6,20", "620,00"]]),
    ("p", "Active quantity: 100 sample units. Balance of 500 units NOT released — on hold until sample sign-off and a "
          "written release by Agnieszka Kowalczyk, Purchasing Manager. Material for the 100 samples only."),
], title="LS-24-115", author="Lumiskin")
case("p33_polish_120_vs_100_ok_whole", ["RG007", "RG011"],
     "PO LS-24-115 releases 100 samples, the email releases 120 (bal. 480); the PS says passing tests is 'our OK for the whole batch, no separate letter needed'.",
     [("LS-24-115_zwolnienie_probek.eml", eml(mail(
         AGNIESZKA, KATARZYNA, "LS-24-115 – szampon lawendowy – próbki", "Wed, 05 Jun 2024 08:45:00 +0200",
         """Pani Katarzyno,

w załączeniu PO LS-24-115 (szampon lawendowy 250 ml).

Zwalniamy teraz 120 szt. próbek (release 120 now); bal. 480 wstrzymane do sign-offu próbek i mojego pisemnego zwolnienia.

Etykiety: LS-ART-LAW v2, kod EAN bez zmian. Próbki proszę wysłać do naszego laboratorium w Piasecznie.

PS. Jeśli próbki przejdą testy, traktujcie to jako nasze OK na całą partię — nie musicie czekać na osobne pismo.
""" + SIG_AGNIESZKA,
         attachments=[("PO_LS-24-115.pdf", _p33_pdf, PDF_MT)])))])

# ---- p34: KakaoTalk: deposit paid so start production; annual forecast treated as a confirmed order
case("p34_kakao_deposit_forecast_firm", ["RG008", "RG012"],
     "After a complete sample scope, the buyer says the deposit is paid so the full main production can start, and that the annual forecast volume can be treated as a confirmed order.",
     [("KakaoTalk_Dalbit_Namu_0610.txt", """Dalbit 구매팀 x Namu 영업 님과 카카오톡 대화
저장한 날짜 : 2024-06-12 11:03:27

--------------- 2024년 5월 27일 월요일 ---------------
[김지원 팀장] [오후 3:02] 서연님 PO DS-24-090 보냈습니다. 수분 선크림 50ml 샘플 100개 (100 pcs) 만 진행이에요
[김지원 팀장] [오후 3:03] 본생산은 release 안 됐어요. 파일럿 sign-off 후 제가 서면으로 release 드리기 전까지 보류입니다
[박서연] [오후 3:10] 네 확인했습니다. 샘플 100개만 진행하겠습니다
--------------- 2024년 6월 10일 월요일 ---------------
[김지원 팀장] [오전 10:12] 서연님 계약금 30% 오늘 입금했어요!
[김지원 팀장] [오전 10:12] 그러니까 본생산 전량 바로 시작하셔도 돼요 🙏
[김지원 팀장] [오전 10:14] 그리고 연간 forecast 물량은 확정 오더로 보셔도 됩니다. 생산 캐파 미리 잡아주세요
[박서연] [오전 10:30] 네 감사합니다!! 입금 확인되는 대로 생산 일정 잡겠습니다
[박서연] [오전 10:31] 연간 물량도 확정으로 반영해서 캐파 잡아둘게요 👍
""")])

# ---- p35: multi-file: labelled non-binding forecast (HTML) + supplier OC that confirms it as an order (PDF)
case("p35_forecast_confirmed_as_order", ["RG008"],
     "Two files: Lumiskin forecast labelled non-binding; Fillpol's order confirmation 'confirms your order of 20,000 units as per your H2 forecast' in four lots.",
     [("Prognoza_LS-HB-ROK_2024H2.html", html_page("Prognoza LS-HB-ROK", """
<h2>LUMISKIN — Prognoza / Forecast H2 2024: Balsam do rąk rokitnik 75 ml (LS-HB-ROK)</h2>
<p>Dla: Fillpol Kosmetyki sp.k. &nbsp;|&nbsp; 20.05.2024 &nbsp;|&nbsp; Agnieszka Kowalczyk</p>
<p class="note"><b>Prognoza niewiążąca — nie jest zamówieniem.</b> Non-binding forecast — not a purchase order.</p>
<table>
<tr><th>VII</th><th>VIII</th><th>IX</th><th>X</th><th>XI</th><th>XII</th><th>Suma</th></tr>
<tr><td>2 000</td><td>3 000</td><td>4 000</td><td>4 000</td><td>4 000</td><td>3 000</td><td>20 000</td></tr>
</table>
""", lang="pl")),
      ("Potwierdzenie_FP-24-0611.pdf", pdf([
          ("h1", "POTWIERDZENIE ZAMOWIENIA / ORDER CONFIRMATION FP-24-0611"),
          ("p", "Fillpol Kosmetyki sp.k., ul. Przybyszewskiego 176, 93-120 Lodz — dla: Lumiskin Sp. z o.o."),
          ("p", "Data: 11.06.2024 — Opiekun: Katarzyna Wojcik"),
          ("p", "Potwierdzamy przyjecie zamowienia na 20 000 szt. zgodnie z Panstwa prognoza na II polrocze. "
                "We confirm your order of 20,000 units as per your H2 forecast."),
          ("table", [["Partia / Lot", "Ilosc / Qty", "Tydzien napelniania / Fill week"],
                     ["1", "5 000", "28"], ["2", "5 000", "34"], ["3", "5 000", "40"], ["4", "5 000", "46"]]),
          ("p", "Ceny wg oferty FP/OF/24/077. Platnosc 30 dni."),
      ], title="FP-24-0611", author="Fillpol"))])

# ---- p36: letter of intent: forecast-based volume "commits" and asks to treat it as a firm order (DOCX)
case("p36_loi_forecast_commitment", ["RG008"],
     "LOI states that, based on the 2025 sales forecast, Dalbit commits to 30,000 units and asks Namu to treat the volume as a firm order.",
     [("LOI_Dalbit_Namu_2025.docx", docx_bytes([
         ("h1", "LETTER OF INTENT / 구매의향서"),
         ("p", "From: Dalbit Skin Co., Ltd., Seoul — To: Namu Cosmetic Co., Ltd., Osong — Date: 2024-06-05"),
         ("p", "Subject: Cica Toner 150 ml (NM-CT-0219) — 2025 volume"),
         ("p", "Based on our 2025 sales forecast, Dalbit Skin hereby commits to purchase 30,000 units of the Cica "
               "Toner 150 ml in 2025, and asks Namu Cosmetic to treat this volume as a firm order for capacity and "
               "production planning."),
         ("table", [["Quarter", "Forecast (pcs)"],
                    ["Q1 2025", "6,000"], ["Q2 2025", "7,000"], ["Q3 2025", "8,000"], ["Q4 2025", "9,000"],
                    ["Total", "30,000"]]),
         ("p", "Pricing per quotation Q-NM-2403 tier 2. Sales channels: Olive Young and our Shopee store."),
         ("p", "2025년 판매 예측 기준으로 연간 30,000개 구매를 약정합니다."),
         ("p", "Kim Ji-won, Purchasing Team Leader — Lee Hye-jin, CEO"),
     ], author="Kim Ji-won"))])

# ---- p37: Slack shared channel: launch forecast "treat it as firm", supplier books it as confirmed (TXT)
case("p37_slack_forecast_firm", ["RG008"],
     "Founder calls the ~8k Q4 launch forecast firm ('we're good for it, lock the capacity') and the pump supplier books 8,000 as a confirmed order.",
     [("slack_export_js-apex.txt", """#js-apex-pumps (Slack Connect: Juniper & Salt <> Apex Dispensing)
Exported 2024-06-14 18:20 UTC

[2024-06-13 10:02] Maya Chen: morning @Tom Alvarez! quick update from our side
[2024-06-13 10:03] Maya Chen: our launch forecast for the body oil is ~8k pumps for Q4 (Ulta test + DTC)
[2024-06-13 10:03] Maya Chen: treat it as firm, we're good for it 💪 lock the capacity pls
[2024-06-13 10:21] Tom Alvarez: Perfect, booking 8,000 as a confirmed order on our side. Will send the OC today.
[2024-06-13 10:22] Tom Alvarez: same spec as the pilot (24/410, 0.20 cc, matte black)?
[2024-06-13 10:25] Maya Chen: yes same spec 🙌
[2024-06-13 10:40] Tom Alvarez: :thumbsup:
""")])

# ---- p38: "R&D approved the lab samples… finance approved the PO…" (multipart/alternative + HTML PO attachment)
_p38_html_po = html_page("PO JS-1310", """
<h2>Juniper &amp; Salt Co. — Purchase Order JS-1310</h2>
<p>Vendor: Great Lakes Contract Fill LLC &nbsp; Date: 06/05/2024 &nbsp; Buyer: Priya Raman</p>
<table>
<tr><th>Line</th><th>SKU</th><th>Description</th><th>Scope</th><th>Qty</th><th>Unit</th></tr>
<tr><td>1</td><td>JS-DS-150-PLT</td><td>Deodorant Spray Vetiver 150 ml — pilot</td><td>pilot</td><td>300</td><td>$3.10</td></tr>
</table>
<p class="note">Pilot only: 300 units. The balance of 4,700 is not released (see release email).</p>
""")
_p38_text = """Hi Rob,

R&D approved the lab samples (batch LS-0612) yesterday, and finance approved the PO for the 300 pilot units this morning. PO JS-1310 is attached.

Please fill the 300 pilot units. The balance of 4,700 is not released: it stays on hold until pilot sign-off and a written production release from me.

Material: aluminium cans and actuators for the 300 only.

Thanks,
Priya
""" + SIG_PRIYA
case("p38_approved_two_meanings", ["RG009"],
     "'R&D approved the lab samples' (technical) and 'finance approved the PO' (commercial) in one release email; scope itself is complete.",
     [("PO_JS-1310_pilot_release.eml", eml(mail(
         PRIYA, ROB, "PO JS-1310 – Deodorant Spray Vetiver – pilot 300", "Wed, 05 Jun 2024 13:30:00 -0400",
         _p38_text, html="<html><body>" + "".join(f"<p>{escape(x)}</p>" for x in _p38_text.split("\n\n")) +
         "</body></html>",
         attachments=[("PO_JS-1310.html", _p38_html_po, "text/html")])))])

# ---- p39: "PO released in SAP" vs "production release" (EML + DOCX PO), Italian/English
_p39_docx = docx_bytes([
    ("h1", "ORDINE DI ACQUISTO 4500017762"),
    ("p", "Erbe di Sole S.r.l. — Fornitore: Cosmolab Brianza S.r.l. — Data: 10/06/2024"),
    ("table", [["Pos.", "Materiale", "Descrizione", "Q.tà", "UM", "Prezzo"],
               ["10", "ES-DOC-ARN-250", "Doccia Crema Arancia 250 ml — lotto pilota", "300", "PZ", "2,35 €"]]),
    ("p", "Saldo 9.700 PZ: sospeso (vedi e-mail di accompagnamento)."),
], author="Davide Greco")
case("p39_release_sap_vs_production", ["RG009"],
     "'PO released in SAP' (commercial) and 'production release' for the 9.700 balance in the same message; quantity, hold, unlock and releaser are present.",
     [("PO_4500017762_rilascio.eml", eml(mail(
         DAVIDE, MARCO, "Ordine 4500017762 – Doccia Crema Arancia – lotto pilota", "Mon, 10 Jun 2024 16:05:00 +0200",
         """Ciao Marco,

the PO 4500017762 was released in SAP this morning (l'ordine è stato rilasciato in SAP stamattina), you should see it in the portal.

Please fill the 300 pilot units (trecento pezzi) — nothing more for now.

The production release for the 9.700 balance will come later, from me, after the stability sign-off; until then the balance is on hold and materials are for the 300 pilot units only.

Grazie,
Davide
""" + SIG_DAVIDE,
         attachments=[("Ordine_4500017762.docx", _p39_docx, DOCX_MT)])))])

# ---- p40: DOCX release letter: "approval" for QA and for the CFO; text says 1,200, table says 1,000
case("p40_release_letter_conflict", ["RG009", "RG011"],
     "Release letter: 'approved by QA' and 'commercial approval… by our CFO' share one word; the text releases 1,200 while the table says 1,000.",
     [("Production_release_ZP-24-0233.docx", docx_bytes([
         ("h1", "PRODUCTION RELEASE No. ZP-24-0233"),
         ("p", "Lumiskin Sp. z o.o., Warszawa → Fillpol Kosmetyki sp.k., Łódź — PO LS-24-098 — Krem pod oczy z "
               "kofeiną 15 ml (LS-EC-15) — 17.06.2024"),
         ("p", "Approval status: the pilot lot PL-2411 was approved by QA on 12 June; commercial approval for this "
               "release was given by our CFO on 14 June."),
         ("p", "We release one thousand two hundred (1,200) units for filling now."),
         ("table", [["Item", "Value"],
                    ["Released quantity", "1,000"],
                    ["Balance on hold", "7,000"],
                    ["Unlock for the balance", "3-month stability sign-off + revised PO"],
                    ["Release authority", "Agnieszka Kowalczyk, Purchasing Manager"],
                    ["Material authority", "for the released quantity only"]]),
         ("p", "Signed: Agnieszka Kowalczyk"),
     ], author="Agnieszka Kowalczyk"))])

# ---- p41: multi-file: full-quantity PO 2,500 (PDF) + Kakao "3천개 진행해 주세요" (TXT)
case("p41_po_2500_chat_3000", ["RG011"],
     "Two files: full-quantity PO for 2,500 cushion refills; in Kakao the buyer says '3천개 (3,000) 진행해 주세요' for the same order.",
     [("PO_DS-24-095.pdf", pdf([
         ("h1", "PURCHASE ORDER DS-24-095"),
         ("p", "Dalbit Skin Co., Ltd., Seongsu-dong, Seoul — Supplier: Namu Cosmetic Co., Ltd. — Date: 2024-06-10"),
         ("table", [["No", "Item", "Qty (pcs)", "Unit price (KRW)", "Amount (KRW)"],
                    ["1", "Cover Cushion Refill 14 g, #19 / #21", "2,500", "2,900", "7,250,000"]]),
         ("p", "Full order quantity: two thousand five hundred (2,500) pcs. No balance."),
         ("p", "Delivery by 2024-08-12 to Icheon 3PL. Buyer: Kim Ji-won, Purchasing Team Leader."),
     ], title="PO DS-24-095", author="Dalbit Skin")),
      ("KakaoTalk_Dalbit_Namu_0611.txt", """Dalbit 구매팀 x Namu 영업 님과 카카오톡 대화
저장한 날짜 : 2024-06-11 18:44:02

--------------- 2024년 6월 11일 화요일 ---------------
[김지원 팀장] [오전 9:05] 서연님 좋은 아침이에요 ☀️
[김지원 팀장] [오전 9:06] 커버 쿠션 리필 3천개 진행해 주세요! PO DS-24-095는 어제 메일로 갔어요
[김지원 팀장] [오전 9:06] 호수는 19호/21호 반반이요
[박서연] [오전 9:20] 네 알겠습니다 👍 충전 일정 잡고 공유드릴게요
[박서연] [오후 6:40] 7월 3주차 충전 예정입니다
""")])

# ---- p42: multi-file: PO for 40 lab samples (DOCX) + supplier acknowledgement of 400 (EML)
case("p42_po_40_ack_400", ["RG011"],
     "Two files: PO BC 24-0433 for 40 lab samples with complete scope; LCR's acknowledgement confirms manufacturing 400 lab samples.",
     [("BC_24-0433_Huile_Seche.docx", docx_bytes([
         ("h1", "BON DE COMMANDE N° BC 24-0433"),
         ("p", "Maison Lune SAS, Lyon — Fournisseur : Laboratoires Cosmétiques du Rhône SAS — Date : 29/05/2024"),
         ("table", [["Ligne", "Article", "Scope", "Qté", "PU HT", "Total HT"],
                    ["1", "Huile Sèche Néroli 50 ml — échantillons labo, spray verre", "sample", "40", "14,00 €",
                     "560,00 €"]]),
         ("p", "Quantité active : quarante (40) échantillons labo."),
         ("p", "Le solde de production n'est pas libéré : bloqué jusqu'au sign-off des échantillons et de la "
               "stabilité, puis une libération écrite de Hélène Roux, Directrice des Opérations, avec BC révisé."),
         ("p", "Matières : uniquement pour les 40 échantillons."),
     ], author="Claire Besson")),
      ("AR_BC_24-0433.eml", eml(mail(
          JULIEN, CLAIRE, "AR commande BC 24-0433 – Huile Sèche Néroli", "Fri, 31 May 2024 10:45:00 +0200",
          """Bonjour Claire,

Nous accusons réception de votre BC 24-0433 et confirmons la fabrication de 400 échantillons labo de l'Huile Sèche Néroli 50 ml (spray verre), expédition prévue le 21 juin.

Le reste de la production attend bien votre libération écrite.

Bien à vous,
""" + SIG_JULIEN)))])

# ---- p43: deposit paid on the invoice, "you're clear to run 1,000" vs PO pilot 800 (EML + PDF)
_p43_pdf = pdf([
    ("h1", "PURCHASE ORDER JS-1322"),
    ("p", "Juniper & Salt Co. — Vendor: Great Lakes Contract Fill LLC — Date: 06/03/2024 — Buyer: Maya Chen"),
    ("table", [["Line", "SKU", "Description", "Scope", "Qty", "Unit", "Amount"],
               ["1", "JS-HB-CED-50", "Cedar Hand Balm 50 g tin — pilot", "pilot", "800", "$2.20", "$1,760.00"]]),
    ("p", "Active quantity: eight hundred (800) pilot units. The balance of 9,200 units is NOT released; it stays on "
          "hold until pilot sign-off and a written release from Maya Chen, Founder. Material for the 800 only."),
], pagesize=LETTER, title="PO JS-1322", author="Juniper & Salt")
case("p43_deposit_run_1000", ["RG011", "RG012"],
     "PO releases 800 pilot units; the founder writes that the deposit is paid so the supplier is 'clear to run 1,000 units now'.",
     [("Hand_balm_GL-24-3381.eml", eml(mail(
         MAYA, ROB, "deposit sent – hand balm", "Thu, 13 Jun 2024 12:05:00 -0400",
         """Rob,

The 30% deposit on your invoice GL-24-3381 went out this morning (wire ref 24061188). With that paid, you're clear to run 1,000 units of the Cedar Hand Balm now — please get them on the line.

Tins for the pilot have been at your dock since Tuesday. PO attached again for reference.

Maya
""" + SIG_MAYA,
         attachments=[("PO_JS-1322.pdf", _p43_pdf, PDF_MT)])))])

# ---- p44: French: deposit on the production order paid, "vous pouvez donc lancer la fabrication du lot complet"
_p44_text = """Julien,

L'acompte de 30 % sur la commande de production a été versé ce matin (virement réf. ML-0617). Vous pouvez donc lancer la fabrication du lot complet.

Merci de me confirmer la semaine de remplissage.

Camille
""" + SIG_CAMILLE + """
Le 27/05/2024 à 10:30, Camille Dufresne a écrit :
""" + q("""Julien,
voici le BC 24-0455 : quarante-huit (48) unités de stabilité du Gommage Corps
Sel de Camargue 250 g.
Le solde (4 952 unités) n'est pas libéré : il reste bloqué jusqu'au sign-off de
stabilité et ma libération écrite, avec BC révisé.
Matières uniquement pour les 48 unités.
Camille
""")
case("p44_acompte_lancer", ["RG012"],
     "Quoted PO: 48 stability units, 4 952 held until stability sign-off and Camille's written release; her new email says the deposit is paid so the complete lot can be launched.",
     [("Re_BC_24-0455_Gommage_Sel.eml", eml(mail(
         CAMILLE, JULIEN, "Re: BC 24-0455 – Gommage Corps – acompte", "Mon, 17 Jun 2024 11:10:00 +0200",
         _p44_text, in_reply_to="<ml-0527-1030@maison-lune.fr>")))])

# ---- p45: forward of the original PO email (message/rfc822) + "invoice paid in full, clear to fill everything"
_p45_fwd = mail(PRIYA, ROB, "PO JS-1330 – Charcoal Clay Mask 75 ml – pilot", "Mon, 27 May 2024 09:15:00 -0400",
                """Hi Rob,

PO JS-1330 is in our portal: 200 pilot units of the Charcoal Clay Mask 75 ml.

The balance of 6,800 is not released. It stays on hold until the pilot sign-off and a written release from me (Priya Raman, Purchasing Manager).

Material: bulk and tubes for the 200 only.

Thanks,
Priya
""")
case("p45_fwd_po_invoice_paid", ["RG012"],
     "Forwarded original PO (200 pilot, 6,800 on hold, unlock, Priya); cover note: invoice for the full run paid in full, 'so you're clear to fill everything'.",
     [("Fwd_PO_JS-1330_clay_mask.eml", eml(mail(
         PRIYA, ROB, "Fwd: PO JS-1330 – Charcoal Clay Mask 75 ml – pilot", "Fri, 14 Jun 2024 15:25:00 -0400",
         """Rob, forwarding my original PO email below so it's all in one place.

Your invoice for the full run (INV-GL-24-3390) was paid in full today, so you're clear to fill everything.

Priya
""" + SIG_PRIYA,
         attachments=[("rfc822", _p45_fwd)])))])


# ==================================================================== BUILD
def _stem(fn):
    stem = fn.rsplit(".", 1)[0]
    return re.sub(r"[^A-Za-z0-9_-]+", "_", stem)


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    order = list(range(len(CASES)))
    random.Random(4040).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, start=1):
        c = CASES[idx]
        folder = f"h40_{n:02d}_{_stem(c['files'][0][0])}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            if isinstance(data, str):
                (d / fn).write_text(data, encoding="utf-8")
            else:
                (d / fn).write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
