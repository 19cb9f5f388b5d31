#!/usr/bin/env python3
"""Generator for the releasegate check_holdout130 corpus.

Cosmetics packaging and beauty devices: brands and contract fillers (FR, KR, US, BR, UK)
buying from packaging makers (CN, IT, KR, PL, IN).

Run with a throwaway venv that has reportlab and python-docx:
    python3 -m venv /tmp/holdout3-venv
    /tmp/holdout3-venv/bin/pip install reportlab python-docx
    /tmp/holdout3-venv/bin/python tests/data/check_holdout130/build.py

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
    m["Message-ID"] = msgid or f"<h130-{_MSGN[0]:04d}@{dom}>"
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
            part.set_boundary(f"----=_Part_{_MSGN[0]:03d}_{n:02d}_h130")
    return m


def eml_bytes(m):
    return m.as_bytes(policy=policy.SMTP)


PDF_MT = "application/pdf"


def txt2html(text):
    """Simple HTML alternative for a plain-text mail body (paragraphs and line breaks)."""
    paras = [escape(p).replace("\n", "<br>") for p in text.strip().split("\n\n")]
    return "<html><body style=\"font-family:Calibri,Arial,sans-serif\">" + "".join(
        f"<p>{p}</p>" for p in paras) + "</body></html>"
DOCX_MT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


SIG_DISCLAIMER = (
    "\n-- \n{name}\n{title}\n{company}\n{phone}\n\n"
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named "
    "recipient(s) and may contain confidential information. If you received it in error, please "
    "notify the sender and delete it. No contract is concluded by e-mail unless expressly agreed.\n"
)


def sig(name, title, company, phone="+1 555 0100"):
    return SIG_DISCLAIMER.format(name=name, title=title, company=company, phone=phone)


# ====================================================================== CASES
# Descriptive names: c.. = clean (expect []), p.. = at least one risk.
# Folder names in cases/ are neutral and shuffled; see main() below.

# ------------------------------------------------------------------ CLEAN 1
# c01: Italian supplier quote with sample and production tiers. A quote on its own.
case("c01_lanzoni_quote_tiers", [],
     "supplier quote alone: sample and production tiers, no authorized quantity; says production needs written release",
     [("offerta_Q-LZ-24-0412.pdf", pdf([
         ("h1", "LANZONI PACKAGING S.r.l."),
         ("p", "Via dell'Artigianato 14, 20062 Cassano d'Adda (MI), Italia - P.IVA IT 03318840962"),
         ("h", "OFFERTA / QUOTATION  Q-LZ-24-0412  (rev. 2)"),
         ("p", "Cliente / Customer: Thornbury Apothecary Ltd, Unit 4 Brindley Court, Stroud GL5 3QT, UK"),
         ("p", "Attn.: Mr Oliver Grant - Purchasing.  Date: 11/04/2024.  Validity: 60 days."),
         ("p", "Article: LZ-RS-1200 lipstick case, magnetic closure, aluminium outer anodised "
               "(Pantone 7621 C), ABS inner mechanism, bullet diameter 12,1 mm, drawing LZ-RS-1200 rev. 07."),
         ("table", [
             ["Pos.", "Description", "Qty", "Unit price EUR", "Lead time"],
             ["1", "White samples (undecorated, stock colour)", "20 pcs", "n.c.", "2 weeks"],
             ["2", "Decorated samples (anodised + hot stamping logo)", "20 pcs", "9,50", "5 weeks"],
             ["3", "Production tier A", "10.000 pcs", "0,86", "8 weeks"],
             ["4", "Production tier B", "25.000 pcs", "0,79", "9 weeks"],
             ["5", "Production tier C", "50.000 pcs", "0,74", "10 weeks"],
             ["6", "Hot stamping tool (one-off)", "1", "650,00", "-"],
         ]),
         ("sp",),
         ("p", "Notes: MOQ 10.000 pcs per colour. Tiers 3-5 are price levels for information: they are not "
               "a delivery commitment on either side. We schedule a production lot only after the customer's "
               "written production release naming the quantity; an order for samples covers the samples only."),
         ("p", "Payment: samples and hot stamping tool 30 days date of invoice; production lots 60 days end "
               "of month. Incoterms: FCA Cassano d'Adda. Packing: 300 pcs per carton, 48 cartons per pallet "
               "(pallet 120x80)."),
         ("p", "Colour matching to customer standard; decorated samples are sent with a colour report for the "
               "customer's own evaluation. Certificates: ISO 9001:2015, ISO 14001:2015, REACH declaration."),
         ("sp",),
         ("p", "Lanzoni Packaging S.r.l. - Ufficio Commerciale - Agnese Lanzoni - +39 0363 61 22 40 - "
               "commerciale@lanzonipack.it"),
     ], title="Offerta Q-LZ-24-0412", author="Lanzoni Packaging"))])


# c02: KakaoTalk, supplier asks about a go-ahead; buyer answers with a complete scope.
case("c02_kakao_daehan_pump", [],
     "supplier question about go-ahead; buyer reply states 30 active, 2,970 on hold, stability sign-off, Park Ji-woo",
     [("kakaotalk_daehan_airless.txt",
       "Talk_2024.6.12 15:02-Daehan Pump x Dalbit 구매팀\n"
       "Saved date : 2024. 6. 14. 오전 9:31\n\n"
       "--------------- 2024년 6월 12일 수요일 ---------------\n"
       "[김태양 Daehan] [오후 2:14] 팀장님 안녕하세요 ^^\n"
       "[김태양 Daehan] [오후 2:14] White sample airless 50ml (DP-A50, drawing DP-A50-R3) 30 pcs delivered "
       "to your Osong lab yesterday by Hanjin, invoice no. DH-2406-118\n"
       "[김태양 Daehan] [오후 2:16] our injection line is open from 24th. Do we have go-ahead for the "
       "3,000 pcs? if yes we can deliver early July\n"
       "[박지우 Dalbit] [오후 2:31] 감사합니다 팀장님. Samples arrived ok, lab starts tomorrow\n"
       "[박지우 Dalbit] [오후 2:33] About the 3,000: not yet, sorry 🙏\n"
       "[박지우 Dalbit] [오후 2:35] PO DB-24-0611 is only for the 30 white samples. The remaining 2,970 pcs "
       "are NOT released, please do not start them and no resin purchase for them\n"
       "[박지우 Dalbit] [오후 2:36] first the stability test (8 weeks, with our serum) must be signed off by "
       "our lab. after that I send you a written production release by email\n"
       "[박지우 Dalbit] [오후 2:36] only my written release counts - 박지우 (Park Ji-woo), 구매팀장 "
       "purchasing team leader\n"
       "[김태양 Daehan] [오후 2:40] 네 알겠습니다. understood, we keep the 2,970 on hold and wait for your "
       "release mail 👍\n"
       "[김태양 Daehan] [오후 2:41] line slot we can move to August no problem\n"
       "[박지우 Dalbit] [오후 2:41] 감사합니다!! 👍\n"
       "[박지우 Dalbit] [오후 2:45] (이모티콘)\n")])


# c03: HTML portal page, clearly labelled forecast.
_c03_rows = "".join(
    f"<tr><td>{m}</td><td>GF-MS-24</td><td>Fine mist sprayer 24/410, white</td><td>{q}</td><td>Forecast</td></tr>\n"
    for m, q in [("Jul 2024", "40,000"), ("Aug 2024", "55,000"), ("Sep 2024", "60,000"),
                 ("Oct 2024", "45,000"), ("Nov 2024", "35,000"), ("Dec 2024", "30,000")])
case("c03_glowfield_forecast_portal", [],
     "clearly labelled, non-binding forecast on a buyer portal; no authorization",
     [("glowfield_supplier_portal_demand.html", html_page("Glowfield Supplier Hub - Demand plan", f"""
<header><b>Glowfield Beauty Inc.</b> | Supplier Hub | Logged in as: Yuyao Lianfa Sprayer Co., Ltd (vendor 700418)</header>
<h2>Demand plan - H2 2024 - published 03 Jun 2024</h2>
<div class="note"><b>FORECAST - FOR PLANNING ONLY.</b> This demand plan is not a purchase order. It does not
authorize production or the purchase of material, and Glowfield accepts no liability for parts or material
made or bought against it. Quantities are non-binding estimates and will change. Production is authorized
only by a Glowfield purchase order line together with a written production release naming the quantity.</div>
<table>
<tr><th>Month</th><th>Item</th><th>Description</th><th>Quantity (pcs)</th><th>Type</th></tr>
{_c03_rows}</table>
<p>Open purchase orders for this item are shown on the <i>Orders</i> tab. Questions about this plan:
Priya Nair, Demand Planner, priya.nair@glowfieldbeauty.com, +1 201 555 0148.</p>
<footer>Glowfield Beauty Inc., 400 Meadowlands Pkwy, Secaucus NJ 07094 - Supplier Hub v4.12</footer>
""")) ])


# c04: full-quantity replenishment PO, scoped "proceed".
case("c04_atlantique_po_replenishment", [],
     "full-quantity replenishment PO (12,000), scoped proceed, no balance and no larger quantity",
     [("BC_CA-2024-0877.pdf", pdf([
         ("h1", "COSMETIQUE ATLANTIQUE SAS"),
         ("p", "Façonnier cosmétique - 12 rue de la Fonderie, 44400 Rezé, France - SIRET 412 558 903 00027"),
         ("h", "BON DE COMMANDE / PURCHASE ORDER  CA-2024-0877"),
         ("p", "Fournisseur / Supplier: Vetreria Morandi S.p.A., Via Trento 88, 25030 Coccaglio (BS), Italia. "
               "Date: 06/05/2024. Contact achats: Aurélie Masson."),
         ("table", [
             ["Ligne", "Réf.", "Désignation", "Qté", "PU EUR", "Livraison"],
             ["10", "VM-DR30-AMB", "Flacon compte-gouttes 30 ml verre ambré DIN 18, avec pipette", "6.000", "0,412", "S24"],
             ["20", "VM-DR30-AMB", "Flacon compte-gouttes 30 ml verre ambré DIN 18, avec pipette", "6.000", "0,412", "S28"],
         ]),
         ("sp",),
         ("p", "Total: 12.000 pcs - 4.944,00 EUR HT. Commande de réassort: quantité totale, aucune quantité "
               "supplémentaire n'est prévue sur cette commande."),
         ("p", "Replenishment order, full quantity: please proceed with the 12,000 pcs in two deliveries "
               "as scheduled above. No further quantities are ordered under this PO."),
         ("p", "Conditions: paiement 60 jours fin de mois. Incoterm DAP Rezé. Palettes 120x80 filmées, "
               "étiquettes GS1-128. Certificat de conformité par lot (verre type III, Ph. Eur. 3.2.1)."),
         ("p", "Signature: Aurélie Masson, Acheteuse Packaging - a.masson@cosmetique-atlantique.fr"),
     ], title="Bon de commande CA-2024-0877", author="Cosmetique Atlantique"))])


# c05: sample PO as EML multipart/alternative, complete scope.
_c05_txt = (
    "Dear Agnieszka,\n\n"
    "Please find our purchase order HF-PO-30418 below for the Rosehip Night Oil dropper bottle.\n\n"
    "Item: 30 ml frosted flint dropper bottle, DIN 18 neck, 2-colour screen print (black + copper), "
    "drawing HF-PK-118 rev C.\n"
    "Quantity ordered now: 60 (sixty) decorated samples. Price as per your quote SP/Q/2024/311, "
    "PLN 11,40 each.\n\n"
    "To be clear on the scope, because your quote also shows the launch quantity:\n"
    "- only the 60 samples are ordered and released now;\n"
    "- the launch quantity of 24,000 bottles is not released. Please do not melt, buy or decorate "
    "anything for it;\n"
    "- the balance is unlocked only after our 12-week stability and compatibility test is signed off, "
    "and then only by a written production release from me. I am the only person who signs it.\n\n"
    "Delivery of the samples: by 14 June to our filler, Thornfield Labs, Unit 9 Harrow Way, Andover "
    "SP10 3RG. Please quote the PO number on the delivery note.\n\n"
    "Many thanks, and say hello to Marek from me.\n\n"
    "Kind regards,\nHannah"
    + sig("Hannah Price", "Head of Packaging Procurement", "Hollis & Finch Ltd, 22 Calvert Avenue, London E2 7JP",
          "+44 20 7946 0312"))
_c05_html = (
    "<p>Dear Agnieszka,</p><p>Please find our purchase order <b>HF-PO-30418</b> below for the Rosehip Night "
    "Oil dropper bottle.</p><p>Item: 30 ml frosted flint dropper bottle, DIN 18 neck, 2-colour screen print "
    "(black + copper), drawing HF-PK-118 rev C.<br>Quantity ordered now: <b>60 (sixty) decorated samples</b>. "
    "Price as per your quote SP/Q/2024/311, PLN 11,40 each.</p>"
    "<p>To be clear on the scope, because your quote also shows the launch quantity:</p><ul>"
    "<li>only the 60 samples are ordered and released now;</li>"
    "<li>the launch quantity of 24,000 bottles is <b>not released</b>. Please do not melt, buy or decorate "
    "anything for it;</li>"
    "<li>the balance is unlocked only after our 12-week stability and compatibility test is signed off, and "
    "then only by a written production release from me. I am the only person who signs it.</li></ul>"
    "<p>Delivery of the samples: by 14 June to our filler, Thornfield Labs, Unit 9 Harrow Way, Andover SP10 3RG. "
    "Please quote the PO number on the delivery note.</p><p>Many thanks, and say hello to Marek from me.</p>"
    "<p>Kind regards,<br>Hannah</p><p>--<br>Hannah Price<br>Head of Packaging Procurement<br>Hollis &amp; Finch "
    "Ltd, 22 Calvert Avenue, London E2 7JP<br>+44 20 7946 0312</p>")
case("c05_hollis_po_samples_mail", [],
     "sample PO email (text+HTML): 60 active, 24,000 not released, stability sign-off, Hannah Price signs",
     [("HF-PO-30418_samples.eml", eml_bytes(mail(
         "Hannah Price <hannah.price@hollisandfinch.co.uk>",
         "Agnieszka Wrona <a.wrona@szklo-pak.pl>",
         "PO HF-PO-30418 - Rosehip dropper 30ml - decorated samples",
         "Tue, 07 May 2024 10:12:00 +0100", _c05_txt, html=_c05_html,
         cc="Marek Zielinski <m.zielinski@szklo-pak.pl>")))])


# c06: DOCX packaging spec with a table; scope section complete.
case("c06_sevigne_spec_compact", [],
     "DOCX spec with dimension table and lookalike ids; 20 samples active, 15,000 not released, compat sign-off, Sophie Martin",
     [("CdC_PK-2000_rev12_compact.docx", docx_bytes([
         ("h1", "Cahier des charges packaging - Packaging specification"),
         ("p", "Laboratoires Sévigné - Référence PK-2000 rév. 12 - Poudrier 59 mm « Lumière » - 02/05/2024"),
         ("p", "Fournisseur: Ningbo Yuecheng Cosmetic Packaging Co., Ltd. - Contact: Ms. Chen Lu (sales)"),
         ("h", "1. Composants / Components"),
         ("table", [
             ["Composant", "Matière", "Dimension", "Tolérance", "Finition"],
             ["Base", "ABS Chimei PA-757", "Ø 59,0 x 11,5 mm", "± 0,10", "Métallisation or rose"],
             ["Capot", "ABS + miroir verre 2 mm", "Ø 59,4 x 6,0 mm", "± 0,10", "Dorure à chaud logo"],
             ["Godet", "Aluminium 1050", "Ø 50 mm, profondeur 3,2 mm", "± 0,05", "Brut"],
             ["Charnière", "Acier inox 304", "pin Ø 1,2 mm", "-", "-"],
         ]),
         ("p", "Normes: ISO 22716 (BPF cosmétiques) chez le remplisseur; essai d'ouverture/fermeture 5000 cycles "
               "selon méthode interne MT-500 rév. 3; chute 1,2 m."),
         ("h", "2. Périmètre de commande / Order scope"),
         ("p", "Our PO 4510-2231 covers twenty (20) decorated samples (rose-gold metallisation, hot-stamped logo) "
               "for our compatibility test. These 20 samples are the only quantity ordered and released now."),
         ("p", "The launch quantity of 15,000 compacts is not released. Please do not start mass production, "
               "mould modifications for production or any material purchase for it."),
         ("p", "The 15,000 can be unlocked only after the 4-week compatibility test at the Sévigné laboratory is "
               "signed off, and then only by a written production release signed by Sophie Martin, "
               "Responsable Achats Packaging."),
         ("h", "3. Livraison / Delivery"),
         ("p", "Échantillons: DAP Orléans, livraison semaine 22. Emballage individuel en sachet, carton "
               "marqué PK-2000 / PO 4510-2231."),
         ("p", "Contact technique: Julien Besson, Développeur Packaging, +33 2 38 55 10 42."),
     ], author="Laboratoires Sevigne"))])


# c07: explicit, recorded auto-conversion agreement.
case("c07_hanbit_autoconversion_agreement", [],
     "explicit recorded auto-conversion naming quantity (2,000), signer and conditions; rest on hold with event and person",
     [("HL-24-0092_sample_release_agreement.pdf", pdf([
         ("h1", "Sample and Release Agreement"),
         ("p", "Buyer: Hanbit Lab Co., Ltd., 7F 21 Teheran-ro 8-gil, Gangnam-gu, Seoul 06236, Korea"),
         ("p", "Supplier: Guangzhou Ruiqi Beauty Devices Co., Ltd., Building B3, Yonghe Economic Zone, "
               "Huangpu District, Guangzhou, China"),
         ("p", "Order: PO HL-24-0092 - LED facial mask housing HM-7 (PC/ABS, drawing HM-7-H rev 4), "
               "launch quantity 10,000 units."),
         ("h", "Agreed terms"),
         ("p", "1. Active quantity: 40 pilot units (PO line 10). Nothing else is released today."),
         ("p", "2. Balance: 9,960 units of the 10,000 launch quantity are not released."),
         ("p", "3. Recorded auto-conversion: both parties agree in writing that an approved sample sign-off of the "
               "40 pilot units, signed by Hae-won Lee, QA Director, Hanbit Lab, within 30 days of delivery, "
               "releases 2,000 units (PO line 20) by itself, without a further document. An interim or "
               "rejected sign-off releases nothing."),
         ("p", "4. The remaining 7,960 units stay on hold until the 2,000-unit lot has passed lot acceptance at "
               "Hanbit Lab and Jun-ho Choi, Procurement Director, has signed a separate written production "
               "release naming the quantity."),
         ("p", "5. Material authority: sample-only until the sign-off under point 3; afterwards staged up to "
               "2,000 units' worth of PC/ABS and LED boards."),
         ("table", [
             ["For Hanbit Lab", "For Guangzhou Ruiqi"],
             ["Jun-ho Choi, Procurement Director - signed 2024-05-20", "Liang Wei, General Manager - signed 2024-05-21"],
         ]),
     ], title="Sample and Release Agreement HL-24-0092", author="Hanbit Lab"))])


# c08: supplier email: the deposit does not release production.
case("c08_yuecheng_deposit_received", [],
     "supplier confirms tooling deposit covers the mould only and does not release production; restates hold",
     [("RE_LEV-24-0188_mould.eml", eml_bytes(mail(
         "Chen Lu <chenlu@yuecheng-pack.cn>",
         "Camille Roux <c.roux@maison-levane.fr>",
         "RE: LEV-24-0188 compact mould - deposit",
         "Wed, 15 May 2024 16:40:00 +0800",
         "Dear Mme Roux,\n\n"
         "Good afternoon. We received today your tooling deposit USD 6,300.00 (50% of mould cost) for PO "
         "LEV-24-0188, thank you very much.\n\n"
         "To avoid any misunderstanding with our factory team, I confirm our understanding:\n"
         "1) The deposit is for the compact mould (2 cavities) only. It does not release production.\n"
         "2) We will make the T1 shots, 20 pcs, in week 27 and send by DHL to Paris for your check.\n"
         "3) The 18,000 pcs mass production stays on hold. We will not buy ABS or mirror glass for it and not "
         "plan the line.\n"
         "4) Mass production starts only when we receive your written production release, signed by you, "
         "after your T1 sample sign-off.\n\n"
         "Mould steel is NAK80, mould life 300K shots as per the quotation. Mould photo I will send next "
         "week when the cavity is finished.\n\n"
         "Best regards\nChen Lu (Lucy)\nSales Manager\nNingbo Yuecheng Cosmetic Packaging Co., Ltd.\n"
         "No. 66 Binhai Road, Beilun, Ningbo\nTel/WeChat: +86 138 5748 2210\n\n"
         "-----Original Message-----\nFrom: Camille Roux\nSent: Tuesday, May 14, 2024 11:02 AM\n"
         "Subject: LEV-24-0188 compact mould - deposit\n\n"
         "> Bonjour Lucy,\n> the deposit for the mould was sent today by our bank. Please confirm receipt.\n"
         "> Thanks,\n> Camille\n")))])


# ------------------------------------------------------------------ CLEAN 2
# c09: multi-file: ERP call-off (TXT) + material authority statement (PDF), staged above release.
case("c09_kindred_calloff_staged_material", [],
     "call-off releases 2,000; explicit staged material authority up to 6,000; 8,000 on hold until next call-off by Marcus Bell",
     [("CALLOFF_KS-CO-0031.txt",
       "KINDRED SKIN LLC                     ORACLE SCM  - CALL-OFF PRINT          PAGE 1 OF 1\n"
       "1180 N TOWN CENTER DR, LAS VEGAS NV 89144                    RUN DATE 2024-06-03 07:15\n"
       "==========================================================================================\n"
       "CALL-OFF NO  : KS-CO-0031            BLANKET PO : KS-BPO-2024-014\n"
       "SUPPLIER     : 700233 YUYAO LIANFA SPRAYER CO LTD, YUYAO, ZHEJIANG, CN\n"
       "BUYER        : M.BELL  (MARCUS BELL, DIRECTOR SUPPLY CHAIN)\n"
       "------------------------------------------------------------------------------------------\n"
       "LN  ITEM         DESCRIPTION                        UOM   RELEASED QTY   NEED-BY\n"
       "1   KS-LP-20410  LOTION PUMP 20/410 2CC MATTE BLK  EA          2,000     2024-07-15\n"
       "------------------------------------------------------------------------------------------\n"
       "PROGRAMME QTY (BLANKET)     :   10,000 EA\n"
       "RELEASED THIS CALL-OFF      :    2,000 EA\n"
       "RELEASED CUMULATIVE         :    2,000 EA\n"
       "BALANCE NOT RELEASED        :    8,000 EA   ** ON HOLD - DO NOT PRODUCE **\n"
       "MATERIAL AUTHORITY          :    STAGED UP TO 6,000 EA - SEE ATTACHED STATEMENT MA-0031\n"
       "UNLOCK OF BALANCE           :    NEXT CALL-OFF, ISSUED AFTER LOT ACCEPTANCE OF THIS 2,000\n"
       "RELEASE AUTHORITY           :    MARCUS BELL, DIRECTOR SUPPLY CHAIN\n"
       "------------------------------------------------------------------------------------------\n"
       "SHIP TO: KINDRED SKIN C/O ALLPAK FILLING, 3300 E CHEYENNE AVE, N LAS VEGAS NV 89030\n"
       "INCOTERMS FOB NINGBO     PAYMENT NET 60     CARRIER PER ROUTING GUIDE RG-2024\n"
       "END OF REPORT\n"),
      ("MA-0031_material_authority.pdf", pdf([
          ("h1", "Material Authority Statement MA-0031"),
          ("p", "Kindred Skin LLC to Yuyao Lianfa Sprayer Co., Ltd. - Blanket PO KS-BPO-2024-014 - Call-off KS-CO-0031 - 3 June 2024"),
          ("table", [
              ["Item", "Released for production", "Material authority", "Basis"],
              ["KS-LP-20410 lotion pump", "2,000 EA", "Staged: up to 6,000 EA", "Programme 10,000 EA, forecast"],
          ]),
          ("sp",),
          ("p", "Kindred Skin authorizes Yuyao Lianfa to buy and hold PP resin, springs and dip tubes for up to "
                "6,000 pumps at Kindred Skin's liability. This is a material authority only: it does not "
                "release the production of any pump beyond the 2,000 EA released by call-off KS-CO-0031."),
          ("p", "The remaining 8,000 EA are not released. They are unlocked only by a next call-off, issued after "
                "lot acceptance of the 2,000 EA, and signed by Marcus Bell, Director Supply Chain."),
          ("p", "Marcus Bell - Director Supply Chain - Kindred Skin LLC - +1 702 555 0191"),
      ], pagesize=LETTER, title="MA-0031", author="Kindred Skin"))])


# c10: supplier acknowledgement restating the hold (Korean English), buyer PO quoted.
case("c10_daehan_ack_florcaju", [],
     "supplier acknowledgement restates 36 samples, 11,964 not released, stability sign-off, Larissa Campos; buyer PO quoted",
     [("ACK_FC-4501-0672.eml", eml_bytes(mail(
         "Lee Soo-min <smlee@daehanpump.co.kr>",
         "Larissa Campos <larissa.campos@flordecaju.com.br>",
         "RE: PO FC-4501-0672 airless 30ml - order acknowledgement",
         "Thu, 23 May 2024 09:05:00 +0900",
         "Dear Ms. Larissa,\n\n"
         "Thank you for your PO. We acknowledge PO FC-4501-0672 as below. Please kindly check our understanding "
         "is correct.\n\n"
         "- Scope: 36 pcs airless bottle 30ml (DP-A30, PP/AS, pearl white) samples only.\n"
         "- The balance 11,964 pcs of the 12,000 pcs launch quantity is not released. We do not start mass "
         "production and we do not buy PP or AS resin for it.\n"
         "- Mass production only after your stability test sign-off in São Paulo and your written production "
         "release signed by you, Ms. Larissa Campos.\n\n"
         "Sample delivery: ETD Incheon 3 June by FedEx, AWB we will inform.\n\n"
         "Please kindly correct us if anything is wrong. Thank you always.\n\n"
         "Best regards,\nLee Soo-min / Overseas Sales Team\nDaehan Pump Co., Ltd.\n"
         "45 Namdong-daero 215beon-gil, Namdong-gu, Incheon, Korea\nT. +82 32 815 4470\n\n"
         "---------- Original message ----------\n"
         "From: Larissa Campos <larissa.campos@flordecaju.com.br>\nDate: Wed, 22 May 2024 17:48 -0300\n"
         "Subject: PO FC-4501-0672 airless 30ml\n\n"
         "> Hi Soo-min, tudo bem?\n"
         "> Attached our PO FC-4501-0672 for 36 airless 30ml samples (pearl white). Only the 36 samples are\n"
         "> ordered now. The 12,000 launch quantity is not released - the balance waits for our stability\n"
         "> test (10 weeks) to be signed off and then for my written production release. Nobody else here\n"
         "> signs it.\n"
         "> Obrigada!\n> Larissa Campos - Compras / Purchasing - Flor de Caju Cosméticos Ltda.\n")))])


# c11: WhatsApp, colour-only approval, scoped, with complete scope.
case("c11_whatsapp_belezaviva_colour", [],
     "approval scoped to colour only, explicitly not a production release; 12 more samples active, 7.976 on hold, Renata Alves",
     [("WhatsApp Chat with Rakesh Shreeji.txt",
       "12/06/2024, 09:58 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
       "WhatsApp, can read or listen to them.\n"
       "12/06/2024, 09:58 - Rakesh Shreeji: Good morning madam 🙏\n"
       "12/06/2024, 09:59 - Rakesh Shreeji: <Media omitted>\n"
       "12/06/2024, 09:59 - Rakesh Shreeji: <Media omitted>\n"
       "12/06/2024, 10:00 - Rakesh Shreeji: These are the 12 decorated samples amber 30ml with rose gold "
       "collar, courier leaving today from Firozabad. kindly give your comments madam\n"
       "12/06/2024, 10:14 - Renata Alves: Bom dia Rakesh!! Ficou lindo 😍\n"
       "12/06/2024, 10:15 - Renata Alves: Colour approved ✅ - colour only! This is NOT a production release\n"
       "12/06/2024, 10:16 - Renata Alves: bulb must be black, not white. Please make 12 more samples with the "
       "black bulb, for our compatibility test. PO BV-2024-233 line 2 covers these 12\n"
       "12/06/2024, 10:17 - Renata Alves: the 7.976 bottles remaining from the 8.000 launch stay on hold, "
       "don't start them and don't buy glass for them\n"
       "12/06/2024, 10:18 - Renata Alves: after the compatibility test is signed off (6 weeks) I send the "
       "written production release. only me, Renata Alves, Compras - nobody else\n"
       "12/06/2024, 10:25 - Rakesh Shreeji: Noted madam. 12 pcs with black bulb, dispatch by 20th. balance "
       "on hold till your written release 👍\n"
       "12/06/2024, 10:26 - Renata Alves: Perfeito, obrigada 🙏\n")])


# c12: full-quantity PO with identifiers that look like quantities.
case("c12_glowfield_po_device_ids", [],
     "full-quantity PO (800 units) with many quantity-like identifiers; scoped proceed; no balance",
     [("GB-PO-5000-250.pdf", pdf([
         ("h1", "PURCHASE ORDER GB-PO-5000-250"),
         ("p", "Glowfield Beauty Inc., 400 Meadowlands Pkwy, Secaucus NJ 07094, USA - Devices Division"),
         ("p", "Vendor: Guangzhou Ruiqi Beauty Devices Co., Ltd. (vendor 700512). PO date: 2024-05-13. "
               "Buyer: Daniel Ortiz, Sr. Buyer Devices."),
         ("table", [
             ["Line", "Part number", "Description", "Drawing", "Qty", "Unit USD", "Need-by"],
             ["1", "GB-1000-500-250", "Sonic cleansing brush housing set, PC/ABS, Pantone 2365 C",
              "DRG 3000 Rev 20", "800", "4.85", "2024-07-08"],
         ]),
         ("sp",),
         ("p", "Requirements: IEC 60335-1 and IEC 62133-2 (battery) compliant; UL 94 V-0 resin; "
               "supplier certified ISO 9001:2015; screws M2x0.4 x 6; carton 600x400x300 mm, max 40 sets per "
               "carton; test report TR-2500 to accompany shipment."),
         ("p", "This PO is for the full quantity of 800 units. No further quantity is ordered or planned under "
               "this PO. Please proceed with the 800 units to the need-by date above."),
         ("p", "Terms: Net 60. FOB Shenzhen. Glowfield standard terms GT-2023 Rev 5 apply."),
         ("p", "Authorized by: Daniel Ortiz, Sr. Buyer Devices - daniel.ortiz@glowfieldbeauty.com"),
     ], pagesize=LETTER, title="GB-PO-5000-250", author="Glowfield Beauty"))])


# c13: supplier assumes auto-conversion (quoted), buyer corrects it.
case("c13_thornbury_reply_no_roll", [],
     "quoted supplier assumption of rolling into 9,500 corrected by buyer: 500 active, 9,500 on hold, stability sign-off, Oliver Grant",
     [("RE_pilot_jars_TA-7719.eml", eml_bytes(mail(
         "Oliver Grant <oliver.grant@thornburyapothecary.co.uk>",
         "Kevin Zhang <kevin@meilinplastic.com>",
         "RE: TA-7719 pilot jars - schedule",
         "Fri, 17 May 2024 08:52:00 +0100",
         "Hi Kevin,\n\n"
         "Thanks for the quick update - but please don't do that.\n\n"
         "A sample sign-off on our side does not release anything by itself. PO TA-7719 covers the 500 pilot "
         "jars (50 ml double-wall PP, lid TA-J50-L) and nothing more. The 9,500 balance stays on hold until "
         "our stability test is signed off and you have a written production release from me. I'm the only "
         "one here who signs those releases.\n\n"
         "If the line slot is a problem, tell me and we'll look at dates together.\n\n"
         "Cheers,\nOliver"
         + sig("Oliver Grant", "Purchasing Manager", "Thornbury Apothecary Ltd, Stroud GL5 3QT", "+44 1453 555 218")
         + "\n\nOn Thu, 16 May 2024 at 15:10, Kevin Zhang <kevin@meilinplastic.com> wrote:\n"
         "> Dear Oliver,\n"
         "> The 500 pilot jars will finish moulding next Tuesday and ship Thursday by sea-air.\n"
         "> To save time for your launch, once you approve the samples we will roll straight into the 9,500\n"
         "> without waiting, our line is free in June.\n"
         "> Best regards, Kevin Zhang, Shantou Meilin Plastic Products Co., Ltd.\n",
         in_reply_to="<h130-km-0516@meilinplastic.com>")))])


# c14: forwarded old quote (rfc822) declared informational; sample PO complete.
_c14_old = mail("Agnese Lanzoni <commerciale@lanzonipack.it>", "Camille Roux <c.roux@maison-levane.fr>",
                "Offerta Q-LZ-23-0977 astuccio rossetto", "Mon, 06 Nov 2023 11:20:00 +0100",
                "Gentile Camille,\n\nas requested our offer for the lipstick case LZ-RS-1200 in brushed gold:\n"
                "- 5.000 pcs: EUR 0,98 each\n- 10.000 pcs: EUR 0,88 each\nLead time 8 weeks from order.\n\n"
                "Cordiali saluti,\nAgnese Lanzoni\nLanzoni Packaging S.r.l.\n")
case("c14_levane_fwd_old_quote", [],
     "forwarded 2023 quote (5,000) declared for information only; 24 samples active, 20,000 not released, compat sign-off, Camille Roux",
     [("FW_old_offer_LZ-RS-1200.eml", eml_bytes(mail(
         "Camille Roux <c.roux@maison-levane.fr>",
         "Agnese Lanzoni <commerciale@lanzonipack.it>",
         "TR: Offerta Q-LZ-23-0977 astuccio rossetto / PO LEV-24-0204",
         "Mon, 27 May 2024 14:03:00 +0200",
         "Bonjour Agnese,\n\n"
         "For the record, I forward below your 2023 offer. Its figures (5.000 / 10.000 pcs) are for "
         "information only - they are not ordered and not released. We only need it for the price history.\n\n"
         "What is ordered today is our PO LEV-24-0204: 24 (vingt-quatre) white samples of LZ-RS-1200 in "
         "brushed gold, for the compatibility test with our new matte formula.\n\n"
         "The launch quantity, 20.000 pcs, is not released. It will be unlocked only after the compatibility "
         "test is signed off by our R&D, and then by a written production release signed by me.\n\n"
         "Merci et bonne journée,\nCamille Roux\nResponsable Achats Packaging - Maison Lévane\n"
         "18 rue de Turbigo, 75002 Paris - +33 1 42 36 77 10\n",
         attachments=[("rfc822", _c14_old)])))])


# c15: DOCX interim disposition with limits; written release for the limited quantity.
case("c15_dalbit_interim_disposition", [],
     "interim sign-off limited to 1,500/30 Sep with written release by Min-ji Kang; 8,500 on hold until full sign-off and new release",
     [("ISD-24-031_interim_disposition.docx", docx_bytes([
         ("h1", "Interim Sample Disposition ISD-24-031"),
         ("p", "Dalbit Cosmetics Co., Ltd. - Quality & Purchasing - 2024-06-04"),
         ("p", "Supplier: Lanzoni Packaging S.r.l. (IT) - Part: lipstick case LZ-RS-1200 / Dalbit code DB-LC-03, "
               "decorated (anodised cherry red, silver hot stamping) - PO DB-24-0417"),
         ("table", [
             ["Item", "Finding", "Disposition"],
             ["Cap gloss", "Gloss 78 GU vs spec 85 +/- 5 GU", "Interim - cosmetic only"],
             ["Torque / magnet force", "3,1 N vs spec 2,5-3,5 N", "Conforming"],
             ["Bullet fit (12,1 mm)", "OK with DB-LS-12 bullet", "Conforming"],
             ["Drop 1,0 m x 10", "No opening, no damage", "Conforming"],
         ]),
         ("h", "Disposition"),
         ("p", "INTERIM sample sign-off, limited to 1,500 pcs and valid until 30 September 2024. Reason: gloss "
               "below specification, acceptable for the Seoul pop-up launch only."),
         ("h", "Production release"),
         ("p", "Written production release PR-24-031 releases 1,500 (one thousand five hundred) pcs under PO "
               "DB-24-0417. Signed: Min-ji Kang, Purchasing Manager, 2024-06-04."),
         ("p", "Balance: 8,500 pcs of the 10,000 pcs launch quantity are not released. They can be unlocked only "
               "after full sample sign-off of corrected samples (gloss in specification) and a new written "
               "production release from Min-ji Kang."),
         ("p", "Quality: Yoon Seo-hyun, QA Manager. Purchasing: Min-ji Kang."),
     ], author="Dalbit Cosmetics"))])


# ------------------------------------------------------------------ CLEAN 3
# c16: supplier portal status page restating the hold.
case("c16_morandi_portal_status", [],
     "supplier portal page: 30 samples released, 20,000 on hold, compat sign-off + Sophie Martin written release; material sample-only",
     [("morandi_customer_portal_order_VM-5571.html", html_page("Vetreria Morandi - Area Clienti - Ordine VM-5571", """
<div><b>VETRERIA MORANDI S.p.A.</b> - Area Clienti / Customer area - cliente: Laboratoires Sévigné (C-2291)</div>
<h2>Order status VM-5571 (your PO 4510-2267)</h2>
<table>
<tr><th>Line</th><th>Article</th><th>Scope</th><th>Quantity</th><th>Status</th></tr>
<tr><td>10</td><td>VM-JR50-OP jar 50 ml opal glass, lid PP black</td><td>Samples</td><td>30 pcs</td><td>Released - in decoration, ship wk 25</td></tr>
<tr><td>20</td><td>VM-JR50-OP jar 50 ml opal glass, lid PP black</td><td>Production</td><td>20.000 pcs</td><td>NOT RELEASED - on hold</td></tr>
</table>
<div class="note">Line 20 is on hold. We will not plan the furnace or buy decoration material for it. It is
unlocked only when the customer's compatibility test on the 30 samples is signed off and we receive a written
production release signed by Sophie Martin (Responsable Achats Packaging, Laboratoires Sévigné).<br>
Material authority: sample-only.</div>
<p>Last update: 10/06/2024 08:40 CET by f.bertoli (Customer Service). Documents: <a href="#">PO 4510-2267.pdf</a>,
<a href="#">Conferma d'ordine VM-5571.pdf</a></p>
<footer>Vetreria Morandi S.p.A. - Via Trento 88, 25030 Coccaglio (BS) - P.IVA IT 00712390178</footer>
""", lang="it"))])


# c17: WeChat export, buyer scope with all four, "do not start the rest".
case("c17_wechat_kindred_t1", [],
     "WeChat: only 8 T1 shots, 19,992 of 20,000 on hold until T1 sign-off and Jessica Moreno's written release",
     [("WeChat_Kevin_Zhang_Meilin.txt",
       "WeChat chat history with Kevin Zhang 张凯 (Shantou Meilin)\n"
       "Exported 2024-06-19\n\n"
       "2024-06-18 08:12:33 Kevin Zhang 张凯: Good morning Jessica, mould for jar lid KS-JL-60 is ready, trial "
       "tomorrow\n"
       "2024-06-18 08:13:02 Kevin Zhang 张凯: [Photo]\n"
       "2024-06-18 08:14:40 Kevin Zhang 张凯: how many T1 you need? we can shoot 200-300 easy\n"
       "2024-06-18 21:40:17 Jessica Moreno: Hi Kevin, great news! Only 8 pcs T1 shots please, that's all we "
       "need for the fit check with the jar\n"
       "2024-06-18 21:41:55 Jessica Moreno: Do not start the rest. The other 19,992 lids of the 20,000 stay on "
       "hold, not released, no resin for them\n"
       "2024-06-18 21:43:10 Jessica Moreno: they unlock after our engineering signs off the T1 and I send you "
       "a written production release. It has to come from me (Jessica Moreno, Sourcing Manager, Kindred Skin)\n"
       "2024-06-18 21:43:31 Jessica Moreno: ship the 8 by DHL to Las Vegas pls, account 96xxxx12 same as "
       "last time\n"
       "2024-06-19 07:58:02 Kevin Zhang 张凯: OK noted. 8 pcs T1 only, DHL Friday. 19,992 hold until your "
       "written release 👌\n"
       "2024-06-19 07:58:40 Kevin Zhang 张凯: [Sticker]\n")])


# c18: French ERP printout, full-quantity firm PO, European numbers.
case("c18_sevigne_erp_po_full", [],
     "ERP printout of a full-quantity PO (12.500 pcs), European number format, no balance",
     [("CDE_4510-2298.txt",
       "LABORATOIRES SEVIGNE                  SAGE X3 - EDITION COMMANDE D'ACHAT               PAGE  1\n"
       "ZI DES CHATELLIERS - 45400 FLEURY-LES-AUBRAIS                          EDITE LE 21/05/2024\n"
       "--------------------------------------------------------------------------------------------\n"
       "COMMANDE N. 4510-2298      DATE 21/05/2024      ACHETEUR: S.MARTIN\n"
       "FOURNISSEUR 401177  PACK-TECH POLSKA SP. Z O.O., UL. FABRYCZNA 12, 62-800 KALISZ, POLOGNE\n"
       "--------------------------------------------------------------------------------------------\n"
       "LIG ARTICLE      DESIGNATION                             QTE      UN   PU EUR   LIVRAISON\n"
       "010 PK-TUB-3012  TUBE PE 30X120 BLANC MAT, CAPSULE FLIP  12.500   PCE  0,2150  S26\n"
       "--------------------------------------------------------------------------------------------\n"
       "MONTANT HT           :      2.687,50 EUR\n"
       "TYPE DE COMMANDE     :  COMMANDE FERME - QUANTITE TOTALE\n"
       "OBSERVATIONS         :  REASSORT REF. GEL NETTOYANT 120ML. QUANTITE TOTALE DE LA COMMANDE,\n"
       "                        AUCUN SOLDE. IMPRESSION OFFSET 4 COUL. BAT N. 2024-118 SIGNE LE 14/05.\n"
       "CONDITIONS           :  60 JOURS FIN DE MOIS - DAP FLEURY-LES-AUBRAIS - PALETTE 120X80 MAX 1,60 M\n"
       "--------------------------------------------------------------------------------------------\n"
       "FIN D'EDITION\n")])


# c19: multi-file: sample PO (PDF) + supplier quote (PDF) whose production figure the PO declares not released.
case("c19_belezaviva_po_plus_quote", [],
     "PO for 30 samples declares the quote's 40.000 for information only and not released; event and Renata Alves named",
     [("PO_BV-2024-251.pdf", pdf([
         ("h1", "PEDIDO DE COMPRA / PURCHASE ORDER BV-2024-251"),
         ("p", "Beleza Viva Indústria de Cosméticos Ltda. - Rua Guaipá 1400, Vila Leopoldina, São Paulo - SP, "
               "CNPJ 12.345.678/0001-90"),
         ("p", "Fornecedor / Supplier: Vetreria Morandi S.p.A., Coccaglio (BS), Italia. Data: 03/06/2024. "
               "Compradora: Renata Alves."),
         ("table", [
             ["Item", "Código", "Descrição", "Qtd.", "Preço unit. EUR", "Entrega"],
             ["1", "VM-JR50-OP", "Pote vidro opal 50 g com tampa PP preta - amostras decoradas", "30", "6,20", "Sem. 27"],
         ]),
         ("sp",),
         ("p", "Escopo / Scope: this PO covers the 30 decorated samples only. The production quantity of "
               "40.000 pcs shown in your attached offer VM-OF-24-118 is for information only and is not "
               "released. Please do not start production or buy material for it."),
         ("p", "The 40.000 pcs are unlocked only after our stability test (90 days, 40 °C) is signed off, and "
               "then by a written production release signed by Renata Alves, Gerente de Compras."),
         ("p", "Condições: pagamento 30 dias DDL; FCA Coccaglio; despachante Santos Brasil."),
     ], title="PO BV-2024-251", author="Beleza Viva")),
      ("offerta_VM-OF-24-118.pdf", pdf([
          ("h1", "VETRERIA MORANDI S.p.A. - OFFERTA VM-OF-24-118"),
          ("p", "Cliente: Beleza Viva Indústria de Cosméticos Ltda., São Paulo (BR). Data 22/05/2024."),
          ("table", [
              ["Pos.", "Articolo", "Descrizione", "Quantità", "Prezzo EUR/pz"],
              ["1", "VM-JR50-OP", "Vaso 50 g vetro opale, tappo PP nero - campioni decorati", "30", "6,20"],
              ["2", "VM-JR50-OP", "Vaso 50 g vetro opale, tappo PP nero - produzione", "40.000", "0,54"],
          ]),
          ("p", "Decorazione: serigrafia 1 colore oro. Consegna produzione: 10 settimane da conferma. "
                "Validità offerta 90 giorni."),
          ("p", "Federica Bertoli - Ufficio Commerciale - +39 030 772 1180"),
      ], title="Offerta VM-OF-24-118", author="Vetreria Morandi"))])


# c20: release notice EML + PDF attachment; partial release with hold on the rest.
case("c20_hollis_release_notice", [],
     "written production release for 10,000 of 24,000; 14,000 on hold until lot acceptance and next release by Hannah Price",
     [("HF-REL-007_production_release.eml", eml_bytes(mail(
         "Hannah Price <hannah.price@hollisandfinch.co.uk>",
         "Agnieszka Wrona <a.wrona@szklo-pak.pl>",
         "Production release HF-REL-007 - Rosehip dropper 30ml",
         "Mon, 26 Aug 2024 09:30:00 +0100",
         "Dear Agnieszka,\n\n"
         "Good news: our stability and compatibility test on the 60 decorated samples was signed off on Friday "
         "by Dr Imogen Shaw. Attached is production release HF-REL-007, signed by me.\n\n"
         "It releases 10,000 (ten thousand) bottles now under PO HF-PO-30418 rev 1, delivery week 42.\n\n"
         "The other 14,000 of the 24,000 launch quantity are not released. They will be unlocked by a second "
         "written release from me once the first 10,000 have passed our lot acceptance at Thornfield Labs.\n\n"
         "Kind regards,\nHannah"
         + sig("Hannah Price", "Head of Packaging Procurement", "Hollis & Finch Ltd, 22 Calvert Avenue, London E2 7JP",
               "+44 20 7946 0312"),
         attachments=[("HF-REL-007.pdf", pdf([
             ("h1", "Production Release HF-REL-007"),
             ("table", [
                 ["Field", "Value"],
                 ["Order", "Rosehip Night Oil dropper 30 ml, HF-PK-118 rev C - supplier Szkło-Pak Sp. z o.o."],
                 ["PO", "HF-PO-30418 rev 1"],
                 ["Quantity released now", "10,000 bottles"],
                 ["Released before", "60 decorated samples"],
                 ["Not released (on hold)", "14,000 bottles"],
                 ["Unlock event for the hold", "Lot acceptance of the 10,000, then a second written release"],
                 ["Evidence", "Stability/compatibility sign-off SC-24-044, Dr Imogen Shaw, 23 Aug 2024"],
                 ["Signed", "Hannah Price, Head of Packaging Procurement, 26 Aug 2024"],
             ]),
         ], title="HF-REL-007", author="Hollis & Finch"), PDF_MT)])))])


# c21: supplier status report, material for samples only.
case("c21_morandi_status_report", [],
     "supplier weekly status: material bought for samples only, production waiting for written release",
     [("stato_ordini_settimana_24.txt",
       "VETRERIA MORANDI S.p.A. - STATO ORDINI CLIENTE / CUSTOMER ORDER STATUS - SETTIMANA 24/2024\n"
       "Cliente: BELEZA VIVA (BR)            Preparato da: F. Bertoli (Customer Service)\n"
       "==========================================================================================\n"
       "Ordine   PO cliente    Articolo     Scopo        Qtà ord.   Qtà prodotta  Stato\n"
       "VM-5602  BV-2024-251   VM-JR50-OP   CAMPIONI         30          30       Decoraz. oro OK, sped. 14/06\n"
       "------------------------------------------------------------------------------------------\n"
       "Note / Notes:\n"
       " - Materials: we bought the opal glass batch and gold ink for the 30 samples only.\n"
       " - No material is purchased or reserved for the 40.000 pcs production quantity. It is not released\n"
       "   and we wait for the written production release from Ms Renata Alves after your stability test.\n"
       " - Spedizione campioni: DHL Express, AWB 4417 2290 10, 2 colli, 3,4 kg.\n"
       " - Furnace F2 maintenance weeks 31-32 (information only).\n"
       "==========================================================================================\n")])


# c22: stop notice (HTML letter) with quantity authorized now = zero.
case("c22_glowfield_stop_notice", [],
     "stop notice: nothing may start (authorized now: zero), balance 15,000 on hold, lifting and release by Daniel Ortiz",
     [("stop_notice_GF-SN-004.html", html_page("Stop notice GF-SN-004", """
<p><b>Glowfield Beauty Inc.</b> - 400 Meadowlands Pkwy, Secaucus NJ 07094</p>
<h2>STOP NOTICE GF-SN-004</h2>
<p>To: Yuyao Lianfa Sprayer Co., Ltd. - Attn. Mr. Xu Hao, Sales Director<br>
Date: June 21, 2024<br>Order: fine mist sprayer GF-MS-24, PO GF-PO-24-0388 (programme 20,000 pcs)</p>
<p>Following the leak failures found at our filler on lot L2406-02 (NCR-2024-0500), we stop this order with
immediate effect.</p>
<table>
<tr><th>Quantity</th><th>Status</th></tr>
<tr><td>5,000 pcs</td><td>Released before this notice (3,200 shipped, 1,800 not yet produced)</td></tr>
<tr><td>0 (zero)</td><td>Quantity authorized to start from today</td></tr>
<tr><td>15,000 pcs</td><td>Not released - on hold</td></tr>
</table>
<p>Nothing more may start while this stop is in force, including the 1,800 pcs released but not yet produced.
Please hold the finished stock at your warehouse.</p>
<p>The stop is lifted only by a written notice from Daniel Ortiz, Sr. Buyer, after our quality team has signed
off your 8D report. Lifting the stop does not release the 15,000 pcs: they still need a written production
release from Daniel Ortiz.</p>
<p>Daniel Ortiz<br>Sr. Buyer - Glowfield Beauty Inc.<br>+1 201 555 0163</p>
"""))])


# c23: long thread, logistics, DOCX shipping instructions; one scope paragraph.
_c23_docx = docx_bytes([
    ("h1", "Shipping instructions - samples"),
    ("p", "Maison Lévane - consignee: Maison Lévane, Entrepôt Gennevilliers, 7 avenue du Vieux Chemin de Saint-Denis, "
          "92230 Gennevilliers"),
    ("table", [
        ["Item", "Instruction"],
        ["Carrier", "DHL Express, account 95 778 120"],
        ["HS code", "3923.10 (boxes of plastics) - compacts with mirror: 3924.90 check with broker"],
        ["Marks", "MAISON LEVANE / PO LEV-24-0231 / C/No. 1-of-1"],
        ["Documents", "Commercial invoice (no commercial value), packing list, MSDS not required"],
        ["Packing", "Each compact in PE bag, foam insert, outer carton 5 layers"],
    ]),
    ("p", "Questions: logistics@maison-levane.fr - Karim Haddad, +33 1 42 36 77 24"),
], author="Maison Levane")
case("c23_levane_long_thread_samples", [],
     "long thread on logistics and artwork; scope paragraph: 24 decorated samples, 17,976 not released, sign-off, Camille Roux",
     [("RE_RE_compact_Lumiere_decorated_samples.eml", eml_bytes(mail(
         "Camille Roux <c.roux@maison-levane.fr>",
         "Chen Lu <chenlu@yuecheng-pack.cn>",
         "RE: RE: Compact Lumière - decorated samples - shipping + artwork",
         "Tue, 02 Jul 2024 18:21:00 +0200",
         "Bonsoir Lucy,\n\n"
         "Thank you for the photos of the mirror gluing, it looks much better than on the T1.\n\n"
         "Some points in order:\n\n"
         "1. Artwork: the hot-stamping file v4 (logo 14 mm, gold foil Kurz Luxor 220) is the final one. Please "
         "destroy v3.\n"
         "2. Shipping: please follow the attached shipping instructions. Our broker asks for the HS code on "
         "the invoice, and please no wooden material in the carton.\n"
         "3. Scope, so everybody in your factory reads the same thing: PO LEV-24-0231 covers 24 decorated "
         "samples, and this is the only quantity ordered now. The other 17,976 pcs of the 18,000 launch "
         "quantity are not released - no mass production, no ABS or foil purchase for them. They are unlocked "
         "only after our decorated-sample sign-off in Paris, by a written production release signed by me.\n"
         "4. Invoice: please invoice the 24 samples together with the hot-stamping plate, one invoice.\n"
         "5. Next call: Thursday 10:00 Paris / 16:00 Ningbo, with Julie from our R&D.\n\n"
         "Bonne soirée,\nCamille\n\n"
         "Camille Roux - Responsable Achats Packaging - Maison Lévane - +33 1 42 36 77 10\n\n"
         "Le 2 juil. 2024 à 10:05, Chen Lu <chenlu@yuecheng-pack.cn> a écrit :\n"
         "> Dear Camille,\n"
         "> Mirror gluing issue is solved, we change the glue to 3M 9448, photos attached.\n"
         "> Please send your shipping instruction and the final artwork for the hot stamping.\n"
         "> Thank you!\n> Lucy\n"
         ">\n"
         "> Le 28 juin 2024 à 09:12, Camille Roux a écrit :\n"
         ">> Lucy, the mirror on 2 of the T1 was loose. Can you check the glue?\n"
         ">> Merci, Camille\n",
         html="<p>Bonsoir Lucy,</p><p>Thank you for the photos of the mirror gluing, it looks much better than on "
              "the T1.</p><ol><li>Artwork: the hot-stamping file v4 (logo 14 mm, gold foil Kurz Luxor 220) is the "
              "final one. Please destroy v3.</li><li>Shipping: please follow the attached shipping instructions. "
              "Our broker asks for the HS code on the invoice, and please no wooden material in the carton.</li>"
              "<li>Scope, so everybody in your factory reads the same thing: PO LEV-24-0231 covers 24 decorated "
              "samples, and this is the only quantity ordered now. The other 17,976 pcs of the 18,000 launch "
              "quantity are <b>not released</b> - no mass production, no ABS or foil purchase for them. They are "
              "unlocked only after our decorated-sample sign-off in Paris, by a written production release signed "
              "by me.</li><li>Invoice: please invoice the 24 samples together with the hot-stamping plate, one "
              "invoice.</li><li>Next call: Thursday 10:00 Paris / 16:00 Ningbo, with Julie from our R&amp;D.</li>"
              "</ol><p>Bonne soirée,<br>Camille</p>",
         attachments=[("shipping_instructions_LEV-24-0231.docx", _c23_docx, DOCX_MT)],
         in_reply_to="<h130-cl-0702@yuecheng-pack.cn>")))])


# c24: DOCX tooling PO: mould + 30 T1 shots, production not released.
case("c24_hanbit_tooling_po", [],
     "PO for tooling plus 30 T1 shots; 30,000 not released until T1 sign-off and Jun-ho Choi's written release",
     [("HL-T-24-0042_tooling_PO.docx", docx_bytes([
         ("h1", "Purchase Order for Tooling HL-T-24-0042"),
         ("p", "Hanbit Lab Co., Ltd. -> Seoul Precision Mold Co., Ltd. (Siheung, Gyeonggi-do) - 2024-05-08"),
         ("table", [
             ["Line", "Description", "Qty", "Unit", "Amount KRW"],
             ["10", "Injection mould, 2 cavities, front cover HM-7-F (PC, drawing HM-7-F rev 3)", "1", "set", "38,500,000"],
             ["20", "T1 shots from the mould, textured MT-11010", "30", "pcs", "incl."],
         ]),
         ("p", "Ownership: the mould is the property of Hanbit Lab and is marked HL-T-24-0042."),
         ("p", "Scope: this PO orders the mould and thirty (30) T1 shots. These 30 T1 shots are the only parts "
               "ordered now."),
         ("p", "Mass production of the front cover (30,000 pcs launch quantity) is not released by this PO. Do "
               "not buy PC resin for it and do not plan production."),
         ("p", "The 30,000 pcs are unlocked only after T1 sign-off by Hanbit Lab engineering (dimensional report "
               "and texture check), followed by a written production release signed by Jun-ho Choi, "
               "Procurement Director."),
         ("p", "Payment: 40% at design review, 40% at T1 delivery, 20% after final T-shot sign-off."),
     ], author="Hanbit Lab"))])


# c25: HTML RFQ page: quote request with estimated annual volume labelled as forecast.
case("c25_florcaju_rfq_portal", [],
     "request for quotation, not an order; annual volume labelled as non-binding forecast",
     [("RFQ_FC-2024-019.html", html_page("RFQ FC-2024-019 - Flor de Caju", """
<h2>Flor de Caju Cosméticos - Solicitação de cotação / Request for quotation FC-2024-019</h2>
<p>Published 10/06/2024 - reply by 28/06/2024 - buyer: Larissa Campos (larissa.campos@flordecaju.com.br)</p>
<table>
<tr><th>Item</th><th>Description</th><th>Quantity to quote</th></tr>
<tr><td>1</td><td>Glass dropper bottle 15 ml, amber, DIN 18, black bulb, white print 1 colour</td><td>50 samples</td></tr>
<tr><td>2</td><td>Same, production pricing</td><td>price tiers 20.000 / 50.000 / 100.000</td></tr>
</table>
<div class="note">This is a request for quotation, not an order. Estimated annual volume: 100.000 pcs (forecast,
not a commitment). Nothing may be produced or bought against this RFQ.</div>
<p>Please include: unit price per tier, MOQ, tooling cost, lead time for samples and for production, Incoterm
FOB or FCA, and your ISO 15378 or ISO 9001 certificate.</p>
""", lang="pt-BR"))])


# ================================================================= POSITIVE 1
# p01: PO with a sample line and an unlabelled production line.
case("p01_nacre_po_two_lines", ["RG001", "RG003", "RG004", "RG005"],
     "PO lists 24 decorated samples and an 18,000 production line side by side; no hold, no unlock event, no release person",
     [("PO_AN-24-0356.pdf", pdf([
         ("h1", "ATELIER NACRÉ - BON DE COMMANDE AN-24-0356"),
         ("p", "Atelier Nacré SAS, 9 quai Saint-Vincent, 69001 Lyon - TVA FR 58 844 120 335"),
         ("p", "Supplier: Ningbo Yuecheng Cosmetic Packaging Co., Ltd., No. 66 Binhai Road, Beilun, Ningbo, China. "
               "Date: 13/05/2024. Buyer: Inès Moreau."),
         ("table", [
             ["Line", "Item", "Description", "Qty", "Unit price USD", "Delivery"],
             ["10", "AN-CP-59", "Compact 59 mm, decorated sample, pearl white + silver hot stamping", "24", "6.50", "W24"],
             ["20", "AN-CP-59", "Compact 59 mm, mass production, pearl white + silver hot stamping", "18,000", "0.93", "W38"],
         ]),
         ("sp",),
         ("p", "Total: USD 16,896.00. Incoterms FOB Ningbo. Payment 30% T/T before shipment, 70% against copy "
               "of B/L."),
         ("p", "Packing: 100 pcs per inner box, 600 pcs per export carton; cartons marked ATELIER NACRE / "
               "AN-24-0356 / line no."),
         ("p", "Please confirm receipt of this order and the delivery dates by return."),
         ("p", "Inès Moreau - Acheteuse - i.moreau@ateliernacre.fr - +33 4 78 27 50 11"),
     ], title="AN-24-0356", author="Atelier Nacre"))])


# p02: EML with sample PO text and the supplier quote attached (40,000 launch).
case("p02_dalbit_mail_quote_attached", ["RG001", "RG003", "RG004", "RG005"],
     "15 white samples ordered while attached quote shows 40,000 launch; nothing says it is not released; no event, no person",
     [("PO_DB-24-0502_white_sample.eml", eml_bytes(mail(
         "Kang Min-ji <mjkang@dalbitcos.co.kr>",
         "Agnese Lanzoni <commerciale@lanzonipack.it>",
         "PO DB-24-0502 / white sample LZ-RS-1400",
         "Mon, 20 May 2024 17:30:00 +0900",
         "Dear Agnese,\n\n"
         "Hope you are well and thank you again for the meeting in Bologna at Cosmoprof.\n\n"
         "We issue PO DB-24-0502 for white sample 15 pcs of lipstick case LZ-RS-1400 (square, matte black "
         "anodising). Also please find attached your quotation Q-LZ-24-0388, 40,000 pcs launch at EUR 0,61 "
         "with delivery in September, as we talked in Bologna.\n\n"
         "Our lab needs the samples before 14 June for the filling trial with new velvet tint. Please inform "
         "the sample delivery date.\n\n"
         "Thank you and best regards,\nKang Min-ji\nPurchasing Manager\nDalbit Cosmetics Co., Ltd.\n"
         "12F, 55 Seongsu-ro, Seongdong-gu, Seoul\nT +82 2 6952 3310\n",
         attachments=[("Q-LZ-24-0388.pdf", pdf([
             ("h1", "LANZONI PACKAGING S.r.l. - OFFERTA Q-LZ-24-0388"),
             ("p", "Cliente: Dalbit Cosmetics Co., Ltd., Seoul. Data 02/05/2024."),
             ("table", [
                 ["Pos.", "Descrizione", "Quantità", "Prezzo EUR", "Consegna"],
                 ["1", "LZ-RS-1400 white sample", "15 pcs", "n.c.", "3 settimane"],
                 ["2", "LZ-RS-1400 anodised matte black, launch", "40.000 pcs", "0,61", "settembre 2024"],
             ]),
             ("p", "Validità 60 giorni. FCA Cassano d'Adda."),
         ], title="Q-LZ-24-0388", author="Lanzoni Packaging"), PDF_MT)])))])


# p03: multi-file: ERP PO (samples) that points to the attached quote with 30,000.
case("p03_thornbury_erp_po_and_quote", ["RG001", "RG003", "RG004", "RG005"],
     "ERP PO for 40 samples prices 'as per attached quote' which shows 30,000 production; no hold, event or release person",
     [("PO_TA-7804.txt",
       "THORNBURY APOTHECARY LTD                 SAGE 200 - PURCHASE ORDER                 PAGE 1\n"
       "UNIT 4 BRINDLEY COURT, STROUD GL5 3QT, UNITED KINGDOM                    PRINTED 04/06/2024\n"
       "------------------------------------------------------------------------------------------\n"
       "PO NUMBER : TA-7804          ORDER DATE : 04/06/2024       ACCOUNT : SZKL01\n"
       "SUPPLIER  : SZKLO-PAK SP. Z O.O., UL. HUTNICZA 3, 98-300 WIELUN, POLAND\n"
       "------------------------------------------------------------------------------------------\n"
       "LN  STOCK CODE    DESCRIPTION                                QTY    UNIT GBP    VALUE GBP\n"
       "01  TA-BTL-100A   100ML AMBER BOSTON ROUND, 24/410, SCREEN    40      2.10        84.00\n"
       "                  PRINT 1 COL WHITE - DECORATED SAMPLES\n"
       "------------------------------------------------------------------------------------------\n"
       "PRICES AS PER SUPPLIER QUOTE SP/Q/2024/402 ATTACHED.\n"
       "DELIVER TO: THORNBURY APOTHECARY, GOODS IN, STROUD GL5 3QT. BOOK IN 24H AHEAD: 01453 555 200\n"
       "TERMS: 30 DAYS END OF MONTH.  QUOTE PO NUMBER ON ALL PAPERWORK.\n"
       "------------------------------------------------------------------------------------------\n"),
      ("quote_SP-Q-2024-402.pdf", pdf([
          ("h1", "SZKŁO-PAK Sp. z o.o. - OFERTA / QUOTATION SP/Q/2024/402"),
          ("p", "ul. Hutnicza 3, 98-300 Wieluń, Polska - NIP 832-19-44-210. For: Thornbury Apothecary Ltd. "
                "Date: 28.05.2024."),
          ("table", [
              ["Item", "Description", "Qty", "Unit price GBP", "Lead time"],
              ["1", "100 ml amber Boston round 24/410, 1-col white screen print - decorated samples", "40", "2.10", "3 weeks"],
              ["2", "Same - production run", "30,000", "0.29", "7 weeks"],
          ]),
          ("p", "Glass: soda-lime type III, amber. Screen print: organic ink, cured 180 °C. Pallet: 1,960 pcs "
                "per pallet, 120x100."),
          ("p", "Agnieszka Wrona - Export Sales - +48 43 842 11 70"),
      ], title="SP/Q/2024/402", author="Szklo-Pak"))])


# p04: buyer procurement portal page with sample and production lines; release person named only.
case("p04_kindred_procure_po_page", ["RG001", "RG003", "RG004"],
     "portal PO shows 40 sample and 25,000 production lines, no hold and no unlock event; release authority is named",
     [("kindred_procure_PO_KS-PO-24-1180.html", html_page("Kindred Procure - PO KS-PO-24-1180", """
<header><b>Kindred Procure</b> - Kindred Skin LLC - Purchase order view (supplier copy)</header>
<h2>Purchase Order KS-PO-24-1180</h2>
<p>Supplier: Daehan Pump Co., Ltd. (Incheon, KR) - Supplier ID 700611 - Issued 2024-06-05 - Currency USD</p>
<table>
<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Need-by</th></tr>
<tr><td>1</td><td>KS-AL-50W</td><td>Airless bottle 50 ml, PP/AS, white - sample</td><td>40 EA</td><td>$3.00</td><td>2024-06-28</td></tr>
<tr><td>2</td><td>KS-AL-50W</td><td>Airless bottle 50 ml, PP/AS, white - production</td><td>25,000 EA</td><td>$0.71</td><td>2024-10-15</td></tr>
</table>
<p>Ship to: Kindred Skin c/o Allpak Filling, 3300 E Cheyenne Ave, N Las Vegas NV 89030. FOB Incheon. Net 60.</p>
<h3>Contacts</h3>
<table>
<tr><th>Role</th><th>Name</th></tr>
<tr><td>Buyer</td><td>Tyler Brooks, Buyer II</td></tr>
<tr><td>Production release authority</td><td>Megan Holt, Sr. Manager Packaging Procurement</td></tr>
<tr><td>Quality</td><td>Dr. Anita Rao, QA Lead</td></tr>
</table>
<p>Acknowledge this PO in the portal within 3 business days.</p>
"""))])


# p05: DOCX packaging brief with samples and launch quantity in one table.
case("p05_florcaju_brief_dropper", ["RG001", "RG003", "RG004", "RG005"],
     "brief table gives 30 decorated samples beside 48.000 launch quantity with a delivery month; no hold, event or release person",
     [("Briefing_embalagem_FC-SRM-15.docx", docx_bytes([
         ("h1", "Briefing de embalagem / Packaging brief - Sérum Vitamina C 15 ml"),
         ("p", "Flor de Caju Cosméticos Ltda. -> Shreeji Glassworks Pvt. Ltd. (Firozabad, Uttar Pradesh) - 06/05/2024"),
         ("h", "1. Componentes"),
         ("table", [
             ["Component", "Specification"],
             ["Bottle", "15 ml amber glass, DIN 18, type III, wall min 1,2 mm"],
             ["Dropper", "Black NBR bulb, glass pipette 62 mm, PP collar matte gold"],
             ["Decoration", "Screen print 1 colour white, logo + 'Vitamina C 15%'"],
             ["Reference drawing", "FC-SRM-15 rev B (neck finish DIN 18, top-load test 250 N per FC-QT-250)"],
         ]),
         ("h", "2. Quantidades / Quantities"),
         ("table", [
             ["", "Quantity", "PO", "Delivery"],
             ["Decorated samples", "30 pcs", "FC-4501-0701", "June 2024, air"],
             ["Launch quantity", "48.000 pcs", "FC-4501-0701", "November 2024, sea to Santos"],
         ]),
         ("h", "3. Observações"),
         ("p", "Please start the samples as soon as possible; our marketing team wants them for the photo shoot "
               "on 1 July. Certificate of analysis for the glass (heavy metals) with each shipment."),
         ("p", "Contato: Larissa Campos, Compras, +55 11 3021 4477 / Bruno Teixeira, Desenvolvimento de Embalagens."),
     ], author="Flor de Caju"))])


# p07: WhatsApp: scope given earlier, then an unscoped "approved. go ahead".
case("p07_whatsapp_aurorabela_goahead", ["RG002"],
     "buyer earlier states full scope, later answers artwork/drawdown with an unscoped 'approved. go ahead'",
     [("WhatsApp Chat with Vardhman Glass - Sunil.txt",
       "03/06/2024, 11:02 - Thiago Mendes: Hi Sunil, PO AB-0934 sent by email just now\n"
       "03/06/2024, 11:04 - Thiago Mendes: it's for 20 decorated samples only (jar 30g frosted, gold lid). the "
       "9.980 balance of the 10.000 is not released, please don't start it\n"
       "03/06/2024, 11:05 - Thiago Mendes: to unlock it we need the stability test signed off (8 semanas) and "
       "then my written release by email - Thiago Mendes, Compras\n"
       "03/06/2024, 11:30 - Sunil Vardhman: Noted sir 🙏 20 pcs samples, will share dieline first\n"
       "10/06/2024, 16:48 - Sunil Vardhman: Good evening sir\n"
       "10/06/2024, 16:48 - Sunil Vardhman: Dieline_v3_AB-0934.pdf (file attached)\n"
       "10/06/2024, 16:49 - Sunil Vardhman: <Media omitted>\n"
       "10/06/2024, 16:50 - Sunil Vardhman: sending dieline v3 + lacquer drawdown + carton marking. kindly check "
       "and revert sir\n"
       "11/06/2024, 08:15 - Thiago Mendes: bom dia! all perfect 👌\n"
       "11/06/2024, 08:15 - Thiago Mendes: approved. go ahead\n"
       "11/06/2024, 08:22 - Sunil Vardhman: Thank you sir 🙏🙏\n")])


# p08: EML thread: original PO quoted with full scope, later "Yes, please proceed."
case("p08_hollis_thread_proceed", ["RG002"],
     "buyer answers 'shall we proceed?' with an unscoped 'please proceed'; quoted PO has the full scope",
     [("RE_RE_HF-PO-30502_jar_lid.eml", eml_bytes(mail(
         "Hannah Price <hannah.price@hollisandfinch.co.uk>",
         "Kevin Zhang <kevin@meilinplastic.com>",
         "RE: RE: HF-PO-30502 - 50ml jar + lid - mould correction",
         "Wed, 19 Jun 2024 07:41:00 +0100",
         "Hi Kevin,\n\nYes, please proceed. Thanks for turning the correction round so quickly.\n\n"
         "Hannah\n\nSent from my iPhone\n\n"
         "On 18 Jun 2024, at 11:20, Kevin Zhang <kevin@meilinplastic.com> wrote:\n"
         "> Dear Hannah,\n"
         "> The mould correction is finished and the lid texture is now MT-11020 as you requested.\n"
         "> Everything is ready on our side. Shall we proceed?\n"
         "> Best regards\n> Kevin Zhang\n> Shantou Meilin Plastic Products Co., Ltd.\n"
         ">\n"
         "> On 21 May 2024, at 09:02, Hannah Price <hannah.price@hollisandfinch.co.uk> wrote:\n"
         ">> Dear Kevin,\n"
         ">> Attached is PO HF-PO-30502 for the 50 ml double-wall jar with lid (HF-PK-204 rev A).\n"
         ">> It covers 50 (fifty) sample sets only. The launch quantity of 15,000 sets is not released.\n"
         ">> The balance is unlocked only after our fit and compatibility test is signed off, and then\n"
         ">> only by a written production release from me, Hannah Price, Head of Packaging Procurement.\n"
         ">> Kind regards, Hannah\n",
         in_reply_to="<h130-kz-0618@meilinplastic.com>")))])


# p09: KakaoTalk: T1 scope earlier, later "good to run" on a colour chip.
case("p09_kakao_hanbit_goodtorun", ["RG002"],
     "buyer's 'good to run' answers a supplier update without naming sample or quantity; scope stated earlier",
     [("KakaoTalk_SeoulPrecision_Hanbit.txt",
       "Talk_2024.6.20 10:11-서울정밀금형 x 한빛랩\n"
       "Saved date : 2024. 6. 21. 오후 6:02\n\n"
       "--------------- 2024년 5월 9일 목요일 ---------------\n"
       "[최준호 한빛랩] [오전 9:40] 대표님, tooling PO HL-T-24-0042 sent. mould + T1 30 pcs only\n"
       "[최준호 한빛랩] [오전 9:41] front cover 30,000 pcs is not released. no PC resin for it please\n"
       "[최준호 한빛랩] [오전 9:42] after T1 sign-off by our engineering, I send written production release. "
       "only me (Choi Jun-ho, 구매이사)\n"
       "[정대현 서울정밀] [오전 10:05] 네 이사님 알겠습니다\n"
       "--------------- 2024년 6월 20일 목요일 ---------------\n"
       "[정대현 서울정밀] [오전 10:11] 이사님, LED window colour chip 2nd version sent by quick service, arrive "
       "2pm\n"
       "[정대현 서울정밀] [오전 10:12] texture MT-11010 also re-polished. line available from next Monday\n"
       "[최준호 한빛랩] [오후 3:27] 확인했습니다 looks good, good to run 👍\n"
       "[정대현 서울정밀] [오후 3:30] 감사합니다!!\n")])


# p10: DOCX meeting minutes: scope recorded, then "supplier has the green light".
case("p10_atlantique_minutes_greenlight", ["RG002"],
     "minutes record the full scope, then state 'Lanzoni has the green light' with no quantity or sample scope",
     [("CR_visite_Lanzoni_2024-06-12.docx", docx_bytes([
         ("h1", "Compte rendu de visite / Meeting minutes"),
         ("p", "Cosmétique Atlantique - visit of Lanzoni Packaging (Agnese Lanzoni, Paolo Riva) - Rezé, 12/06/2024"),
         ("p", "Participants: Aurélie Masson (Achats), Thomas Leduc (Développement packaging), Élise Caron (Qualité)"),
         ("h", "1. Status PO CA-2024-0912 - lipstick case LZ-RS-1200 for client brand 'Mademoiselle Iris'"),
         ("table", [
             ["Point", "Status", "Owner"],
             ["Decorated samples (30 pcs)", "Ordered, delivery W26", "Lanzoni"],
             ["Launch quantity 15.000 pcs", "Not released (14.970 balance on hold)", "Aurélie Masson"],
             ["Compatibility test with lipstick bulk", "Starts at sample receipt, 4 weeks", "Élise Caron"],
         ]),
         ("p", "The 14.970 balance is unlocked only after the compatibility test is signed off, by a written "
               "production release signed by Aurélie Masson."),
         ("h", "2. Artwork and decoration"),
         ("p", "Hot-stamping artwork v4 validated by the client brand. Anodising colour: standard Lanzoni "
               "ROSSO-07 vs Pantone 7621 C, delta E 0,8, accepted."),
         ("h", "3. Decisions"),
         ("li", "Artwork v4 is final; plates to be made at Lanzoni."),
         ("li", "Lanzoni has the green light."),
         ("li", "Next meeting: video call W27."),
         ("p", "Rédigé par Thomas Leduc, 12/06/2024."),
     ], author="Cosmetique Atlantique"))])


# p11: WeChat: pilot units never counted; buyer answers "ok go ahead".
case("p11_wechat_glowfield_pilot", ["RG002", "RG010"],
     "pilot PO never states how many units; buyer later replies 'ok go ahead' to a supplier question with no scope",
     [("WeChat_Liang_Wei_Ruiqi.txt",
       "WeChat chat history with Liang Wei 梁伟 (Guangzhou Ruiqi)\nExported 2024-07-03\n\n"
       "2024-06-24 20:05:11 Daniel Ortiz: Hi Liang, PO GB-PO-5120 for the pilot units of the microcurrent wand "
       "(GB-MW-2) is issued, you should have it in the portal\n"
       "2024-06-24 20:06:40 Daniel Ortiz: mass production (50k) is NOT released. it needs our pilot sign-off "
       "first and then my written production release, nobody else signs it\n"
       "2024-06-24 20:30:02 Liang Wei 梁伟: received, thank you Daniel 👍\n"
       "2024-07-02 09:12:45 Liang Wei 梁伟: Daniel, PCBA from supplier arrived, housing moulded, SMT line is free "
       "next week\n"
       "2024-07-02 09:13:20 Liang Wei 梁伟: we can go ahead?\n"
       "2024-07-02 22:48:03 Daniel Ortiz: ok go ahead\n"
       "2024-07-02 22:48:10 Daniel Ortiz: thx\n"
       "2024-07-03 08:01:44 Liang Wei 梁伟: OK 👌\n")])


# ================================================================= POSITIVE 2
# p18: supplier weekly update: material bought for the full 30,000 while 50 samples are released.
case("p18_lianfa_weekly_update_resin", ["RG006"],
     "supplier bought resin and springs for the full 30,000 while only 50 samples are released; no material authority",
     [("RE_GF-PO-24-0412_weekly_update.eml", eml_bytes(mail(
         "Xu Hao <xuhao@lianfa-sprayer.com>",
         "Rachel Kim <rachel.kim@glowfieldbeauty.com>",
         "RE: GF-PO-24-0412 foam pump 43mm - weekly update wk23",
         "Fri, 07 Jun 2024 17:55:00 +0800",
         "Dear Rachel,\n\nPlease find our weekly update:\n\n"
         "1. Samples 50 pcs (foam pump 43/410, white, 0.8cc): assembled and QC done, leak test 100% pass. Ship "
         "by FedEx on Monday, AWB follows.\n"
         "2. To secure your October launch, we have already purchased the PP resin and the stainless springs for "
         "the full 30,000 pcs. Spring supplier lead time is 45 days now, so this was necessary.\n"
         "3. Mesh filter: new supplier qualified, certificate attached next week.\n"
         "4. Our factory is closed 10 June for Dragon Boat Festival.\n\n"
         "Any question please let me know.\n\n"
         "Best regards\nXu Hao | Sales Director\nYuyao Lianfa Sprayer Co., Ltd.\n"
         "No. 18 Lianfa Road, Yuyao, Zhejiang 315400 | +86 574 6258 8812\n\n"
         "From: Rachel Kim <rachel.kim@glowfieldbeauty.com>\nSent: Tuesday, May 14, 2024 22:10\n"
         "Subject: GF-PO-24-0412 foam pump 43mm\n\n"
         "Hello Xu Hao,\n"
         "PO GF-PO-24-0412 is in the Supplier Hub. It covers 50 sample foam pumps only. The rest of the\n"
         "30,000 launch quantity (29,950) is not released. It unlocks only after our filling-line trial is\n"
         "signed off and I send a written production release - I'm the one who signs it (Rachel Kim,\n"
         "Packaging Buyer).\n"
         "Thanks, Rachel\n")))])


# p19: WeChat: supplier reads the sample payment as a start and already holds resin for 50k.
case("p19_wechat_meilin_payment_start", ["RG006", "RG012"],
     "supplier treats the sample pro-forma payment as a start of mass production and holds resin for 50k; only 36 samples released",
     [("WeChat_Kevin_Zhang_BelezaViva.txt",
       "WeChat chat history with Kevin Zhang 张凯 (Shantou Meilin)\nExported 2024-06-28\n\n"
       "2024-06-10 14:20:10 Renata Alves: Oi Kevin! PO BV-2024-260 is in your email: 36 samples of the PET jar "
       "200 ml with the bamboo lid\n"
       "2024-06-10 14:21:33 Renata Alves: the 49.964 balance of the 50.000 is not released. first our stability "
       "test must be signed off, then I send the written production release. only me, Renata Alves\n"
       "2024-06-10 14:40:02 Kevin Zhang 张凯: OK Renata, PI-0611 for samples sent, please arrange payment 🙏\n"
       "2024-06-27 10:05:48 Kevin Zhang 张凯: Renata, payment of PI-0611 received, thank you!\n"
       "2024-06-27 10:06:30 Kevin Zhang 张凯: so we start the mass production next Monday\n"
       "2024-06-27 10:07:12 Kevin Zhang 张凯: resin for 50k already in our warehouse, no worry for lead time 😊\n"
       "2024-06-27 18:32:40 Renata Alves: Let me check with the team and come back to you\n")])


# p20: Italian supplier status report: aluminium and magnets bought for 15.000, 30 samples released.
case("p20_lanzoni_stato_avanzamento", ["RG006"],
     "supplier status report: aluminium coil and magnets ordered for 15.000 pcs while only 30 samples are released",
     [("stato_avanzamento_CA-2024-0912.txt",
       "LANZONI PACKAGING S.r.l. - STATO AVANZAMENTO ORDINE / ORDER PROGRESS REPORT\n"
       "Cliente: COSMETIQUE ATLANTIQUE SAS (Rezé, FR)        Vs. ordine: CA-2024-0912\n"
       "Data: 21/06/2024                                    Redatto da: Paolo Riva (Produzione)\n"
       "==========================================================================================\n"
       "Articolo: LZ-RS-1200 astuccio rossetto magnetico, alluminio anodizzato ROSSO-07\n"
       "------------------------------------------------------------------------------------------\n"
       "Fase                          Qtà        Stato\n"
       "Campioni decorati             30 pz      Anodizzazione OK, stampa a caldo sett. 26\n"
       "Produzione                    15.000 pz  In attesa del Vs. rilascio / waiting for your release\n"
       "------------------------------------------------------------------------------------------\n"
       "Materiali / materials:\n"
       "  - Coil alluminio 1050 H24, 1,2 t: ordinato per 15.000 pz, arrivo sett. 27 (per garantire la\n"
       "    consegna di settembre / to keep the September delivery)\n"
       "  - Magneti N35 Ø 4 x 2 mm: ordinati 15.000 pz\n"
       "  - Meccanismi ABS: da ordinare\n"
       "------------------------------------------------------------------------------------------\n"
       "Note: campioni spediti con corriere espresso, 1 collo. Per domande: p.riva@lanzonipack.it\n"
       "==========================================================================================\n")])


# p21: Korean supplier order confirmation: PO acceptance read as start; resin for the full launch.
case("p21_daehan_order_confirmation", ["RG006", "RG012"],
     "supplier confirmation treats PO acceptance as the start (line booked for launch lot) and buys resin for 20,000 on a 30-sample PO",
     [("Order_Confirmation_DP-OC-24-0733.pdf", pdf([
         ("h1", "DAEHAN PUMP CO., LTD. - ORDER CONFIRMATION"),
         ("p", "45 Namdong-daero 215beon-gil, Namdong-gu, Incheon, Korea - T. +82 32 815 4470"),
         ("p", "OC No.: DP-OC-24-0733   Date: 2024-06-11   Customer: Flor de Caju Cosméticos Ltda. (São Paulo)"),
         ("p", "Your PO: FC-4501-0745 dated 2024-06-07"),
         ("table", [
             ["No.", "Item", "Description", "Qty", "Unit price USD", "ETD"],
             ["1", "DP-A15-MG", "Airless bottle 15ml, PP/AS, matte gold shoulder - decorated sample", "30", "4.20", "2024-06-28"],
         ]),
         ("sp",),
         ("p", "We are pleased to confirm your order. Your PO FC-4501-0745 is accepted in our system."),
         ("p", "With the PO accepted, we have booked injection line No. 3 for your launch lot in August and we "
               "have purchased the PP and AS resin for the full launch quantity of 20,000 pcs, to protect your "
               "schedule."),
         ("p", "Remarks: samples by FedEx Priority, freight collect acc. 6128-xxxx. Payment: T/T 30 days."),
         ("p", "Lee Soo-min, Overseas Sales Team - smlee@daehanpump.co.kr"),
     ], title="DP-OC-24-0733", author="Daehan Pump"))])


# p22: buyer: samples only, balance on hold, but "get a head start" on raw materials.
_p22_txt = (
         "Hi Agnieszka,\n\n"
         "PO TA-7822 attached for the 60 ml amber jar (TA-JAR-60A, 53/400 neck, 1-colour gold print).\n\n"
         "Samples only for now: 25 decorated jars. The launch quantity of 20,000 is not released. The balance "
         "unlocks after our stability test is signed off (12 weeks) and I send you a written production "
         "release - nobody else here can sign that.\n\n"
         "That said, feel free to get a head start on the raw materials and the print screens for the "
         "production run, so you're not caught out by your August furnace shutdown.\n\n"
         "Samples to Goods In, Stroud, by 5 July please.\n\n"
         "Best,\nOliver"
         + sig("Oliver Grant", "Purchasing Manager", "Thornbury Apothecary Ltd, Stroud GL5 3QT", "+44 1453 555 218"))
case("p22_thornbury_head_start_mail", ["RG006"],
     "buyer scope is complete (25 samples, hold, event, Oliver Grant) but invites material for the production run with no stated authority",
     [("PO_TA-7822_60ml_jar.eml", eml_bytes(mail(
         "Oliver Grant <oliver.grant@thornburyapothecary.co.uk>",
         "Agnieszka Wrona <a.wrona@szklo-pak.pl>",
         "PO TA-7822 - 60ml amber jar - samples",
         "Thu, 13 Jun 2024 12:18:00 +0100",
         _p22_txt, html=txt2html(_p22_txt),
         attachments=[("TA-7822.pdf", pdf([
             ("h1", "THORNBURY APOTHECARY LTD - PURCHASE ORDER TA-7822"),
             ("p", "Supplier: Szkło-Pak Sp. z o.o., Wieluń, Poland. Order date: 13/06/2024. Account SZKL01."),
             ("table", [
                 ["Ln", "Stock code", "Description", "Qty", "Unit GBP", "Value GBP"],
                 ["01", "TA-JAR-60A", "60 ml amber jar, 53/400, 1-col gold print - decorated samples", "25", "2.40", "60.00"],
             ]),
             ("p", "Deliver to: Goods In, Unit 4 Brindley Court, Stroud GL5 3QT by 05/07/2024. Terms 30 days EOM."),
         ], title="TA-7822", author="Thornbury Apothecary"), PDF_MT)])))])


# p23: DOCX production readiness report from the Indian supplier.
case("p23_shreeji_readiness_report", ["RG006"],
     "supplier readiness report: glass, collars and bulbs bought for 8.000 while only the 24 samples are released",
     [("Production_Readiness_Report_BV-2024-233.docx", docx_bytes([
         ("h1", "Production Readiness Report"),
         ("p", "Shreeji Glassworks Pvt. Ltd., Industrial Area, Jalesar Road, Firozabad 283203, U.P., India"),
         ("p", "Customer: Beleza Viva (São Paulo) - PO BV-2024-233 - Item: 30 ml amber dropper, rose gold collar, "
               "black bulb - Date: 18 June 2024"),
         ("table", [
             ["Item", "Quantity", "Status"],
             ["Decorated samples (PO lines 1 and 2)", "24 pcs", "Released by customer - dispatched 20 June"],
             ["Launch quantity", "8,000 pcs", "Awaiting customer written release"],
             ["Amber glass (batch melted and reserved)", "for 8,000 bottles", "Done - in warehouse"],
             ["Rose gold aluminium collars", "8,000 pcs", "Purchased - received 14 June"],
             ["Black NBR bulbs", "8,000 pcs", "Ordered from Mumbai vendor, ETA 28 June"],
             ["Printing screens", "2 sets", "Ready"],
         ]),
         ("p", "Comments: all materials for the launch are now in hand so that production can start the same day "
               "the release is received. Estimated production time 12 working days."),
         ("p", "Prepared by: Rakesh Agarwal, Export Manager - +91 98370 22145 - export@shreejiglass.in"),
     ], author="Shreeji Glassworks"))])


# p32: Polish supplier: granulate for the full 25.000 and roll into production once samples are approved.
case("p32_packtech_granulate_and_roll", ["RG006", "RG007"],
     "supplier buys granulate and caps for 25.000 and says it will go straight into production once samples are approved; buyer scope quoted",
     [("RE_PO_4510-2310_tubes.eml", eml_bytes(mail(
         "Tomasz Nowicki <t.nowicki@packtech.pl>",
         "Sophie Martin <s.martin@lab-sevigne.fr>",
         "RE: PO 4510-2310 - tube 50x150 printed samples",
         "Mon, 17 Jun 2024 15:12:00 +0200",
         "Dear Ms Martin,\n\n"
         "Thank you for the PO. The 50 printed tubes will be ready in week 26.\n\n"
         "To keep your launch in September we already ordered the LDPE/HDPE granulate and the flip-top caps "
         "for the full 25.000 tubes. And once you approve the printed samples we will go straight into the "
         "production run without waiting - our offset line has a free slot in week 33.\n\n"
         "Best regards,\nTomasz Nowicki\nKey Account Manager\nPack-Tech Polska Sp. z o.o.\n"
         "ul. Fabryczna 12, 62-800 Kalisz\ntel. +48 62 766 30 15\n\n"
         "-----Original Message-----\nFrom: Sophie Martin\nSent: Wednesday, June 12, 2024 10:30\n"
         "Subject: PO 4510-2310 - tube 50x150 printed samples\n\n"
         "> Bonjour Tomasz,\n"
         "> Please find PO 4510-2310 for 50 printed tubes (50x150, offset 5 colours + hot foil) - samples.\n"
         "> Only these 50 tubes are ordered now. The balance of 24.950 of the 25.000 launch quantity is not\n"
         "> released. It unlocks after our compatibility test is signed off (6 weeks), by a written production\n"
         "> release signed by me.\n"
         "> Cordialement,\n> Sophie Martin, Responsable Achats Packaging, Laboratoires Sévigné\n")))])


# ================================================================= POSITIVE 3
# p25: Italian supplier: will start the run automatically once samples are approved.
case("p25_morandi_auto_start_run", ["RG007"],
     "supplier says it will start the 40.000 run automatically once decorated samples are approved; buyer scope quoted complete",
     [("RE_CA-2024-0955_campioni_decorati.eml", eml_bytes(mail(
         "Federica Bertoli <f.bertoli@vetreriamorandi.it>",
         "Aurélie Masson <a.masson@cosmetique-atlantique.fr>",
         "R: CA-2024-0955 - vasetto 30 ml - campioni decorati",
         "Tue, 18 Jun 2024 11:47:00 +0200",
         "Gentile Aurélie,\n\n"
         "thank you for the order. The 20 decorated samples (jar 30 ml opal, silver screen print) will leave "
         "Coccaglio on 28 June.\n\n"
         "To keep your launch date, once you approve the decorated samples we will automatically start the "
         "40.000 pcs run - no need to send us anything else, the furnace slot in week 30 is already reserved "
         "for you.\n\n"
         "Cordiali saluti / Best regards\nFederica Bertoli\nUfficio Commerciale - Vetreria Morandi S.p.A.\n"
         "+39 030 772 1180\n\n"
         "Da: Aurélie Masson\nInviato: lunedì 17 giugno 2024 16:02\nOggetto: CA-2024-0955 - vasetto 30 ml\n\n"
         "> Bonjour Federica,\n"
         "> Please find our PO CA-2024-0955 for 20 decorated samples of the 30 ml opal jar.\n"
         "> The 40.000 pcs launch quantity is not released. It unlocks only after the compatibility test on\n"
         "> the samples is signed off by our client, and then by a written production release signed by me,\n"
         "> Aurélie Masson, Acheteuse Packaging.\n"
         "> Cordialement, Aurélie\n",
         attachments=[("conferma_ordine_VM-5590.html", html_page("Conferma d'ordine VM-5590", """
<h2>VETRERIA MORANDI S.p.A. - Conferma d'ordine / Order confirmation VM-5590</h2>
<p>Cliente: Cosmétique Atlantique SAS, Rezé (FR) - Vs. ordine CA-2024-0955 del 17/06/2024</p>
<table>
<tr><th>Pos.</th><th>Articolo</th><th>Descrizione</th><th>Quantità</th><th>Prezzo EUR</th><th>Spedizione</th></tr>
<tr><td>1</td><td>VM-JR30-OP</td><td>Vaso 30 ml vetro opale, serigrafia argento - campioni decorati</td><td>20 pz</td><td>6,10</td><td>28/06/2024</td></tr>
</table>
<p>Resa: FCA Coccaglio. Pagamento: 60 gg f.m.</p>
""", lang="it"), "text/html")])))])


# p26: buyer contradicts her own written-release requirement in a PS.
case("p26_florcaju_ps_carry_on", ["RG007"],
     "buyer states hold and written release, then in a PS says to carry on with the balance once samples pass, no release needed",
     [("PO_FC-4501-0760_dropper_30ml.eml", eml_bytes(mail(
         "Larissa Campos <larissa.campos@flordecaju.com.br>",
         "Rakesh Agarwal <export@shreejiglass.in>",
         "PO FC-4501-0760 - dropper 30 ml amber - amostras",
         "Wed, 05 Jun 2024 18:20:00 -0300",
         "Hi Rakesh,\n\n"
         "Attached is our PO FC-4501-0760 for 40 samples of the 30 ml amber dropper (white bulb, silver "
         "collar, print 'Óleo de Rosa Mosqueta').\n\n"
         "Only the 40 samples are ordered now. The 11.960 balance of the 12.000 launch quantity is not "
         "released: it waits for our stability test (10 weeks) to be signed off and then for my written "
         "production release.\n\n"
         "Samples by air to our lab in Cotia, please, with the CoA.\n\n"
         "Obrigada!\nLarissa\n\n"
         "PS: to save time, if the samples pass the stability test just carry on with the balance - no need "
         "to wait for a paper from me.\n\n"
         "Larissa Campos | Compras / Purchasing | Flor de Caju Cosméticos Ltda.\n"
         "Av. das Nações Unidas 12.901, São Paulo - SP | +55 11 3021 4477\n")))])


# p27: KakaoTalk: buyer tells supplier to start mass production directly when sample result is OK.
case("p27_kakao_dalbit_hanul_direct", ["RG007"],
     "buyer first requires her written release, later says start mass production directly when sample result is OK",
     [("KakaoTalk_Hanul_Container_Dalbit.txt",
       "Talk_2024.6.26 16:40-하늘용기 x 달빛코스메틱\n"
       "Saved date : 2024. 6. 27. 오전 8:55\n\n"
       "--------------- 2024년 6월 3일 월요일 ---------------\n"
       "[박지우 Dalbit] [오전 11:02] 팀장님 PO DB-24-0640 sent by mail. cushion compact 15g decorated sample 20 "
       "pcs\n"
       "[박지우 Dalbit] [오전 11:03] remaining 9,980 of 10,000 is not released. after stability sign-off, I send "
       "written production release. only me (Park Ji-woo)\n"
       "[오세진 하늘용기] [오전 11:20] 네 확인했습니다 👍\n"
       "--------------- 2024년 6월 26일 수요일 ---------------\n"
       "[오세진 하늘용기] [오후 4:40] 팀장님 sample 20 pcs delivered to Osong lab today. stability result when?\n"
       "[박지우 Dalbit] [오후 4:52] about 4 weeks. launch is tight 😥\n"
       "[박지우 Dalbit] [오후 4:53] so when sample result is OK, please start mass production directly. no need "
       "additional confirm from me 🙏\n"
       "[오세진 하늘용기] [오후 4:55] 알겠습니다! we prepare\n")])


# p28: supplier quotation whose terms turn sample approval into a production release.
case("p28_ruiqi_quote_terms", ["RG007"],
     "supplier quote terms: sample approval constitutes release for mass production of the quoted quantity",
     [("Quotation_RQ-24-0219.pdf", pdf([
         ("h1", "GUANGZHOU RUIQI BEAUTY DEVICES CO., LTD."),
         ("p", "Building B3, Yonghe Economic Zone, Huangpu District, Guangzhou 511356, China"),
         ("h", "QUOTATION RQ-24-0219"),
         ("p", "To: Hanbit Lab Co., Ltd., Seoul - Attn. Mr. Choi Jun-ho. Date: 2024-05-30. Valid: 45 days."),
         ("table", [
             ["Item", "Description", "Qty", "Unit price USD", "Lead time"],
             ["1", "Galvanic facial device HG-3, engineering samples", "10 units", "85.00", "20 days"],
             ["2", "Galvanic facial device HG-3, mass production", "5,000 units", "17.40", "35 days after release"],
             ["3", "Tooling (housing, 4 moulds)", "1 set", "21,500.00", "30 days"],
         ]),
         ("sp",),
         ("h", "Terms and conditions"),
         ("p", "1. Prices FOB Shenzhen, USD, excluding packaging artwork changes."),
         ("p", "2. Tooling: 50% with tooling order, 50% at T1 samples."),
         ("p", "3. Certifications: CE (EMC, LVD), KC certification for Korea to be done by customer with our "
               "support; battery UN38.3."),
         ("p", "4. Sample approval by the customer constitutes release for mass production of the quoted "
               "quantity, unless the customer objects in writing within 5 working days."),
         ("p", "5. Warranty 12 months from shipment."),
         ("p", "Liang Wei, General Manager - liangwei@ruiqi-beauty.com - +86 20 3222 7610"),
     ], title="RQ-24-0219", author="Guangzhou Ruiqi"))])


# p29: buyer DOCX spec: scope complete, but the process section rolls sign-off into production.
case("p29_kindred_spec_process_roll", ["RG007"],
     "spec states hold and Megan Holt's written release, but its process section says production starts once samples are signed off",
     [("KS-PKG-SPEC-118_body_oil_bottle.docx", docx_bytes([
         ("h1", "Packaging Specification KS-PKG-SPEC-118"),
         ("p", "Kindred Skin LLC - Body oil 100 ml - bottle + treatment pump - Rev B - 2024-06-10"),
         ("p", "Supplier: Shantou Meilin Plastic Products Co., Ltd."),
         ("h", "1. Components"),
         ("table", [
             ["Component", "Material", "Key dimension", "Colour"],
             ["Bottle 100 ml", "PET, 24/410 neck", "H 128 mm, Ø 38 mm", "Clear, 15% smoke tint"],
             ["Treatment pump", "PP, 0.2 cc dose", "Dip tube cut 121 mm", "Matte black"],
             ["Overcap", "PP", "Ø 28 mm", "Matte black"],
         ]),
         ("h", "2. Order scope"),
         ("p", "PO KS-PO-24-1230 covers 30 sample sets. The remaining 14,970 sets of the 15,000 launch quantity "
               "are not released. They require sample sign-off by Kindred QA and a written production release "
               "from Megan Holt, Sr. Manager Packaging Procurement."),
         ("h", "3. Process and timeline"),
         ("num", "Week 27: supplier ships 30 sample sets to Kindred QA, Las Vegas."),
         ("num", "Week 28-29: Kindred QA checks leakage, dose, compatibility with the body oil."),
         ("num", "Once the samples are signed off by Kindred QA, the supplier starts the mass production run in "
                 "week 31 - no further step is needed."),
         ("num", "Week 35: first delivery to Allpak Filling."),
         ("p", "Contact: Megan Holt - megan.holt@kindredskin.com - +1 702 555 0177"),
     ], author="Kindred Skin"))])


# p31: supplier portal workflow where mass production starts automatically after sample approval.
case("p31_yuecheng_portal_workflow", ["RG007"],
     "supplier portal workflow shows mass production starting automatically after customer sample approval",
     [("yuecheng_portal_order_YC-24-0771.html", html_page("Yuecheng Customer Portal - YC-24-0771", """
<div><b>NINGBO YUECHENG COSMETIC PACKAGING</b> - Customer Portal - customer: Atelier Nacré (Lyon)</div>
<h2>Order YC-24-0771 - your PO AN-24-0391 - loose powder jar 20 g with sifter</h2>
<table>
<tr><th>Line</th><th>Item</th><th>Quantity</th><th>Status</th></tr>
<tr><td>1</td><td>Decorated samples, matte lilac, silver logo</td><td>24 pcs</td><td>Shipped 2024-06-20, DHL 3321 0091 44</td></tr>
</table>
<h3>Order workflow</h3>
<table>
<tr><th>Step</th><th>Description</th><th>Status</th></tr>
<tr><td>1</td><td>PO received</td><td>Done 2024-05-28</td></tr>
<tr><td>2</td><td>Samples produced and shipped</td><td>Done 2024-06-20</td></tr>
<tr><td>3</td><td>Customer sample approval</td><td>Waiting</td></tr>
<tr><td>4</td><td>Mass production (quantity per quotation)</td><td>Starts automatically when step 3 is done</td></tr>
<tr><td>5</td><td>Inspection and shipment</td><td>-</td></tr>
</table>
<p>Your account manager: Chen Lu (Lucy), chenlu@yuecheng-pack.cn, WeChat +86 138 5748 2210</p>
""", lang="en"))])


# p33: buyer writes the 2025 forecast as a firm commitment.
case("p33_kindred_forecast_commitment", ["RG008"],
     "buyer tells supplier to treat the 240,000 annual forecast as a firm commitment that will all be taken",
     [("KS-LP-20410_2025_plan.eml", eml_bytes(mail(
         "Tyler Brooks <tyler.brooks@kindredskin.com>",
         "Xu Hao <xuhao@lianfa-sprayer.com>",
         "2025 forecast - lotion pump KS-LP-20410",
         "Thu, 11 Jul 2024 14:05:00 -0700",
         "Hi Xu Hao,\n\n"
         "As promised on our call, here is our 2025 forecast for the 20/410 lotion pump (matte black):\n\n"
         "  Q1 2025   50,000\n  Q2 2025   70,000\n  Q3 2025   60,000\n  Q4 2025   60,000\n"
         "  Total    240,000\n\n"
         "Please treat this as our firm commitment for 2025 - we will take all 240,000, so you can plan your "
         "capacity around it. Quarterly POs will follow.\n\n"
         "Thanks,\nTyler"
         + sig("Tyler Brooks", "Buyer II, Packaging", "Kindred Skin LLC, Las Vegas NV", "+1 702 555 0184"),
         attachments=[("KS-LP-20410_2025_by_month.txt",
                       "ITEM KS-LP-20410 LOTION PUMP 20/410 2CC MATTE BLK - 2025 BY MONTH (EA)\n"
                       "JAN 15,000  FEB 15,000  MAR 20,000\n"
                       "APR 20,000  MAY 25,000  JUN 25,000\n"
                       "JUL 20,000  AUG 20,000  SEP 20,000\n"
                       "OCT 20,000  NOV 20,000  DEC 20,000\n"
                       "TOTAL 240,000\n", "text/plain")])))])


# p34: PDF rolling forecast that calls itself the purchase order.
case("p34_atlantique_forecast_firm_order", ["RG008"],
     "6-month forecast table declares itself a firm order for the quantities shown",
     [("PackTech_S2-2024_plan.pdf", pdf([
         ("h1", "COSMETIQUE ATLANTIQUE - PRÉVISIONS / FORECAST S2 2024"),
         ("p", "Fournisseur: Pack-Tech Polska Sp. z o.o. (Kalisz) - Article PK-TUB-3012 tube PE 30x120 blanc mat "
               "- Emis le 01/07/2024 par Aurélie Masson"),
         ("table", [
             ["Mois", "Juil.", "Août", "Sept.", "Oct.", "Nov.", "Déc.", "Total"],
             ["Prévision (pcs)", "12.500", "0", "25.000", "25.000", "12.500", "12.500", "87.500"],
         ]),
         ("sp",),
         ("p", "Ce prévisionnel vaut commande ferme pour les quantités indiquées. / This forecast is our firm "
               "order for the quantities shown; please plan production and deliveries accordingly."),
         ("p", "Livraison DAP Rezé, palette 120x80. Contact: a.masson@cosmetique-atlantique.fr"),
     ], title="Previsions S2 2024", author="Cosmetique Atlantique"))])


# p36: Brazilian ERP printout: demand forecast with status firm order / purchase commitment.
case("p36_belezaviva_sap_previsao_firme", ["RG008"],
     "ERP forecast printout carries status 'firm order / purchase commitment'",
     [("SAP_ZMM_BV_Q4-2024.txt",
       "BELEZA VIVA IND. DE COSMETICOS LTDA        SAP S/4 - ZMM_PREV - PREVISAO DE DEMANDA     PAG. 1\n"
       "RUA GUAIPA 1400 - SAO PAULO SP                                         EMITIDO 15.07.2024\n"
       "-------------------------------------------------------------------------------------------\n"
       "FORNECEDOR : 300871 SHREEJI GLASSWORKS PVT LTD - FIROZABAD - IN\n"
       "DOCUMENTO  : PREVISAO / FORECAST 2024-Q4            COMPRADORA: R.ALVES\n"
       "TIPO       : PREVISAO (FORECAST)\n"
       "STATUS     : FIRME - PEDIDO FIRME / FIRM ORDER - COMPROMISSO DE COMPRA (PURCHASE COMMITMENT)\n"
       "-------------------------------------------------------------------------------------------\n"
       "MATERIAL     DESCRICAO                           OUT/24     NOV/24     DEZ/24      TOTAL\n"
       "BV-DRP-30A   FRASCO CONTA-GOTAS 30ML AMBAR        8.000     12.000     10.000     30.000\n"
       "BV-DRP-15A   FRASCO CONTA-GOTAS 15ML AMBAR        4.000      6.000      6.000     16.000\n"
       "-------------------------------------------------------------------------------------------\n"
       "OBS: QUANTIDADES CONFORME PLANO S&OP JUL/24. ENTREGA FCA FIROZABAD / EMBARQUE NHAVA SHEVA.\n"
       "FIM DO RELATORIO\n")])


# p37: buyer supplier-portal demand plan page declaring forecast volumes binding.
_p37_rows = "".join(
    f"<tr><td>{m}</td><td>{a}</td><td>{b}</td></tr>\n"
    for m, a, b in [("Sep 2024", "18,000", "6,000"), ("Oct 2024", "22,000", "8,000"),
                    ("Nov 2024", "30,000", "10,000"), ("Dec 2024", "14,000", "4,000")])
case("p37_hollis_portal_binding_forecast", ["RG008"],
     "buyer portal demand plan states forecast volumes are binding commitments",
     [("hollis_supplier_portal_demand_plan.html", html_page("Hollis & Finch Supplier Portal - Demand plan", f"""
<header><b>Hollis &amp; Finch</b> Supplier Portal - Szkło-Pak Sp. z o.o. (supplier SZK-014)</header>
<h2>Demand plan Q3-Q4 2024 - dropper bottles</h2>
<table>
<tr><th>Month</th><th>HF-PK-118 30 ml frosted dropper</th><th>HF-PK-119 15 ml frosted dropper</th></tr>
{_p37_rows}</table>
<div class="note">Forecast volumes shown on this page are binding commitments of Hollis &amp; Finch for the months
listed. Purchase orders will be issued monthly against them.</div>
<p>Demand planning: Oscar Bennett, Supply Planner - oscar.bennett@hollisandfinch.co.uk</p>
"""))])


# p65: DOCX supply agreement annex: forecast is firm, PO acceptance authorizes manufacture of forecast.
case("p65_glowfield_supply_agreement_annex", ["RG008", "RG012"],
     "agreement annex makes the rolling forecast a firm commitment and PO acceptance an authority to manufacture it",
     [("Supply_Agreement_Annex2_Ordering.docx", docx_bytes([
         ("h1", "Supply Agreement - Annex 2: Forecasting and Ordering"),
         ("p", "Between Glowfield Beauty Inc. (Buyer) and Guangzhou Ruiqi Beauty Devices Co., Ltd. (Supplier) - "
               "Agreement GB-SA-2024-07, effective 1 August 2024"),
         ("h", "2.1 Forecast"),
         ("p", "The Buyer provides a rolling 12-month forecast on the first business day of each month "
               "(Annex 3). The forecast is a firm commitment of the Buyer for the full 12 months."),
         ("h", "2.2 Purchase orders"),
         ("p", "Purchase orders are issued through the Glowfield Supplier Hub and are deemed accepted if not "
               "rejected within 3 business days."),
         ("h", "2.3 Authority to manufacture"),
         ("p", "The Supplier's acceptance of a purchase order constitutes authority to manufacture the "
               "quantities in the current forecast."),
         ("h", "2.4 Lead times"),
         ("table", [
             ["Product", "Lead time after PO", "MOQ"],
             ["Sonic cleansing brush GB-SB-1", "45 days", "2,000 units"],
             ["Microcurrent wand GB-MW-2", "60 days", "1,000 units"],
         ]),
         ("p", "Signed for the Buyer: Daniel Ortiz, Sr. Buyer Devices. Signed for the Supplier: Liang Wei, General Manager."),
     ], author="Glowfield Beauty"))])


# ================================================================= POSITIVE 4
# p39: "released" used for the PO in SAP, the QA sample result and the production release.
_p39_txt = (
         "Dear Se-jin,\n\n"
         "Good news on several points today.\n\n"
         "- PO LEV-24-0266 for the 12,000 launch quantity was released in our SAP this morning, you will get it "
         "by EDI this afternoon.\n"
         "- Our QA released the decorated samples yesterday after the compatibility test, the report follows "
         "from Julie.\n"
         "- Production: with this mail I release 4,000 (four thousand) compacts for the first delivery, week 36.\n\n"
         "The other 8,000 are not released. They will be released by a second written release from me after "
         "lot acceptance of the first 4,000 at our warehouse in Gennevilliers.\n\n"
         "Bien cordialement,\nCamille Roux\nResponsable Achats Packaging - Maison Lévane\n+33 1 42 36 77 10\n")
case("p39_levane_released_three_ways", ["RG009"],
     "'released' used for the PO in SAP (commercial), QA on samples (technical) and production; scope otherwise complete",
     [("LEV-24-0266_update.eml", eml_bytes(mail(
         "Camille Roux <c.roux@maison-levane.fr>",
         "Oh Se-jin <sejin.oh@hanulcontainer.co.kr>",
         "LEV-24-0266 cushion compact - PO, samples, first lot",
         "Thu, 25 Jul 2024 10:02:00 +0200",
         _p39_txt, html=txt2html(_p39_txt))))])


# p40: PO terms use "release" for the PO, for the laboratory and for production; no named person.
case("p40_sevigne_po_release_terms", ["RG005", "RG009"],
     "PO uses 'release' for PO signature, laboratory result and production; balance released by a department, no named person",
     [("PO_4510-2340.pdf", pdf([
         ("h1", "LABORATOIRES SÉVIGNÉ - PURCHASE ORDER 4510-2340"),
         ("p", "ZI des Châtelliers, 45400 Fleury-les-Aubrais, France. Supplier: Vetreria Morandi S.p.A., Coccaglio (BS). "
               "Date: 24/06/2024."),
         ("table", [
             ["Line", "Article", "Description", "Qty", "Unit price EUR"],
             ["10", "VM-JR30-WH", "Jar 30 ml white opal glass, lid alu champagne - decorated samples", "24", "5,80"],
         ]),
         ("sp",),
         ("h", "Release terms"),
         ("p", "1. This purchase order is released upon signature by the buyer."),
         ("p", "2. The 24 samples must be released by our laboratory (stability, 8 weeks) before any further "
               "quantity is considered."),
         ("p", "3. Balance: 19.976 pcs of the 20.000 launch quantity are not released. The balance is released "
               "only by a written production release from our Supply Chain department after the laboratory "
               "release of the samples."),
         ("p", "Delivery of samples: DAP Fleury-les-Aubrais, week 28. Payment: 60 days end of month."),
     ], title="PO 4510-2340", author="Laboratoires Sevigne"))])


# p41: DOCX status sheet numbering three different things "Approval".
case("p41_hanbit_approval_sheet", ["RG009"],
     "status sheet calls technical, commercial and production steps all 'Approval'; active qty, hold, event and person present",
     [("HG-3_status_sheet.docx", docx_bytes([
         ("h1", "HG-3 galvanic device - Approval status"),
         ("p", "Hanbit Lab Co., Ltd. - supplier Guangzhou Ruiqi Beauty Devices - updated 2024-07-08 by Choi Jun-ho"),
         ("table", [
             ["Approval", "What", "Owner", "Status"],
             ["Approval 1", "Technical - 10 engineering samples (PO HL-24-0130)", "Lee Hae-won, QA Director", "Done 2024-07-05"],
             ["Approval 2", "Commercial - PO HL-24-0131 for the launch quantity", "Choi Jun-ho, Procurement Director", "Done 2024-07-08"],
             ["Approval 3", "Production - launch quantity 5,000 units", "Choi Jun-ho, Procurement Director", "Open"],
         ]),
         ("sp",),
         ("p", "Ordered and made so far: the 10 engineering samples only. The 5,000 units are not released. "
               "They unlock when the pilot build of the KC certification units is signed off and Approval 3 is "
               "given in writing by Choi Jun-ho."),
         ("p", "Next review: 2024-07-22."),
     ], author="Hanbit Lab"))])


# p42: WhatsApp: buyer herself uses "release" for QA, PO and production.
case("p42_whatsapp_hollis_lanzoni_release", ["RG009"],
     "buyer reports 'QA release' and 'PO release' done and 'last release' pending; scope otherwise stated",
     [("WhatsApp Chat with Agnese Lanzoni.txt",
       "01/07/2024, 09:10 - Hannah Price: Morning Agnese! PO HF-PO-30611 for the 60 balm stick samples is "
       "with you. 10,000 is the launch quantity but only the 60 are ordered for now\n"
       "01/07/2024, 09:11 - Hannah Price: the 9,940 balance is not released until our marketing signs off the "
       "colour standard, then I send the written production release\n"
       "01/07/2024, 09:30 - Agnese Lanzoni: Buongiorno Hannah, perfetto 👍\n"
       "22/07/2024, 14:02 - Hannah Price: Update: QA release on the 60 samples is done ✅ and the PO release "
       "went through finance this morning ✅\n"
       "22/07/2024, 14:02 - Hannah Price: only the last release still to come from me\n"
       "22/07/2024, 14:20 - Agnese Lanzoni: Great! So we are released? 😊\n"
       "22/07/2024, 14:31 - Hannah Price: not yet - the 9,940 balance is still not released. I'll send the "
       "production release in writing once marketing signs off the colour standard next week\n"
       "22/07/2024, 14:33 - Agnese Lanzoni: Ok chiaro, we wait 🙏\n")])


# p44: Brazilian buyer uses "approval" three ways; hold "until further notice".
case("p44_belezaviva_aprovacao_further_notice", ["RG004", "RG009"],
     "'approval' used for colour (technical), PO (commercial) and production; balance on hold only 'until further notice'",
     [("BV-2024-270_compact_update.eml", eml_bytes(mail(
         "Renata Alves <renata.alves@belezaviva.com.br>",
         "Chen Lu <chenlu@yuecheng-pack.cn>",
         "BV-2024-270 - compacto Luz - aprovações / approvals",
         "Fri, 28 Jun 2024 17:45:00 -0300",
         "Hi Lucy, tudo bem?\n\n"
         "Update from our side:\n"
         "- the approval from Marketing for the colour came yesterday (champagne, sample no. 3);\n"
         "- the approval of the PO by our controller is also done;\n"
         "- the final approval to produce is with me.\n\n"
         "For now only the 18 decorated samples under PO BV-2024-270 are ordered. The balance of 5.982 compacts "
         "of the 6.000 stays on hold until further notice - I will tell you.\n\n"
         "Please send the 18 samples by DHL to our office, the address is in the PO.\n\n"
         "Beijos,\nRenata Alves\nGerente de Compras - Beleza Viva Indústria de Cosméticos Ltda.\n"
         "+55 11 3641 9020\n")))])


# p45: EML + PDF PO: samples "as per quotation - 1 LOT"; no unit quantity anywhere.
case("p45_nacre_po_one_lot", ["RG010"],
     "sample PO line is '1 LOT as per quotation' (quote not attached); hold, event and Inès Moreau present, no active quantity",
     [("PO_AN-24-0412_samples.eml", eml_bytes(mail(
         "Inès Moreau <i.moreau@ateliernacre.fr>",
         "Oh Se-jin <sejin.oh@hanulcontainer.co.kr>",
         "PO AN-24-0412 - cushion compact - decorated samples",
         "Tue, 09 Jul 2024 09:15:00 +0200",
         "Dear Se-jin,\n\n"
         "Please find attached our PO AN-24-0412 for the decorated samples of the cushion compact 15 g, as per "
         "your quotation HC-Q-0518.\n\n"
         "The launch quantity (25,000 pcs) is not released: mass production can start only with a written "
         "production release signed by me, after our stability test is signed off.\n\n"
         "Best regards,\nInès Moreau\nAcheteuse - Atelier Nacré, Lyon\n+33 4 78 27 50 11\n",
         attachments=[("AN-24-0412.pdf", pdf([
             ("h1", "ATELIER NACRÉ - PURCHASE ORDER AN-24-0412"),
             ("p", "Supplier: Hanul Container Co., Ltd., Gimpo, Korea. Date: 09/07/2024. Buyer: Inès Moreau."),
             ("table", [
                 ["Line", "Description", "Qty", "UoM", "Amount EUR"],
                 ["10", "Cushion compact 15 g - decorated samples as per quotation HC-Q-0518", "1", "LOT", "850,00"],
             ]),
             ("p", "Delivery: DAP Lyon, by 2 August 2024. Payment 30 days."),
         ], title="AN-24-0412", author="Atelier Nacre"), PDF_MT)])))])


# p47: DOCX release letter without a released quantity.
case("p47_glowfield_release_letter_per_po", ["RG010"],
     "release letter gives 'first delivery as per PO schedule' instead of a quantity; hold, event and Rachel Kim present",
     [("GF-PR-0019_production_release.docx", docx_bytes([
         ("h1", "Production Release GF-PR-0019"),
         ("p", "Glowfield Beauty Inc. -> Yuyao Lianfa Sprayer Co., Ltd. - 2024-07-16"),
         ("table", [
             ["Field", "Entry"],
             ["Order", "Fine mist sprayer 24/410 white, GF-MS-24 - PO GF-PO-24-0455 rev 2"],
             ["Sample sign-off", "Filling-line trial signed off 2024-07-12 (report FT-24-031)"],
             ["Released quantity", "First delivery as per PO schedule"],
             ["Remaining programme quantity", "Not released - on hold"],
             ["Unlock of the remainder", "Next written release, after lot acceptance of the first delivery"],
             ["Release authority", "Rachel Kim, Packaging Buyer"],
         ]),
         ("sp",),
         ("p", "Please confirm receipt of this release and the shipment date of the first delivery."),
         ("p", "Rachel Kim - rachel.kim@glowfieldbeauty.com - +1 201 555 0157"),
     ], author="Glowfield Beauty"))])


# p49: buyer portal sample order with quantity "per drawing".
case("p49_kindred_portal_sample_per_drawing", ["RG010"],
     "portal sample order gives the quantity as 'per drawing KS-DRG-2200 rev 30'; hold, event and Megan Holt named",
     [("kindred_procure_sample_order_KS-SO-24-0077.html", html_page("Kindred Procure - Sample order KS-SO-24-0077", """
<header><b>Kindred Procure</b> - Kindred Skin LLC - Sample order (supplier copy)</header>
<h2>Sample order KS-SO-24-0077</h2>
<table>
<tr><th>Field</th><th>Value</th></tr>
<tr><td>Supplier</td><td>Shantou Meilin Plastic Products Co., Ltd. (700702)</td></tr>
<tr><td>Item</td><td>KS-JAR-50 double-wall jar 50 ml, PP, cap matte sand</td></tr>
<tr><td>Quantity</td><td>Per drawing KS-DRG-2200 rev 30 (sample plan, sheet 2)</td></tr>
<tr><td>Need-by</td><td>2024-08-09</td></tr>
<tr><td>Ship to</td><td>Kindred QA Lab, 1180 N Town Center Dr, Las Vegas NV 89144</td></tr>
</table>
<div class="note">Production quantity 60,000 - NOT RELEASED. It is unlocked only after Kindred QA signs off the
compatibility test on these samples, followed by a written production release from Megan Holt, Sr. Manager
Packaging Procurement.</div>
<p>Questions: Tyler Brooks, Buyer II - tyler.brooks@kindredskin.com</p>
"""))])


# p60: buyer: deposit wired, so start production; no quantity stated.
case("p60_glowfield_deposit_start", ["RG010", "RG012"],
     "buyer says the deposit is paid so production can start; the mail never states a quantity",
     [("GB-PO-5188_update.eml", eml_bytes(mail(
         "Daniel Ortiz <daniel.ortiz@glowfieldbeauty.com>",
         "Liang Wei <liangwei@ruiqi-beauty.com>",
         "GB-PO-5188 sonic brush - deposit wired",
         "Fri, 12 Jul 2024 16:30:00 -0400",
         "Hi Liang,\n\n"
         "The 30% deposit for PO GB-PO-5188 (sonic cleansing brush GB-SB-1, Q4 launch order) was wired today, "
         "bank ref. TT 240712-0088.\n\n"
         "With the deposit paid you can start production now. Please send me a weekly status every Friday "
         "with photos from the assembly line.\n\n"
         "Have a good weekend,\nDaniel"
         + sig("Daniel Ortiz", "Sr. Buyer Devices", "Glowfield Beauty Inc., Secaucus NJ", "+1 201 555 0163"))))])


# ================================================================= POSITIVE 5
# p50: multi-file: cover mail says fifty samples, PO PDF says 30.
case("p50_dalbit_mail_fifty_po_thirty", ["RG011"],
     "cover mail orders fifty (50) decorated samples while the PO in the same folder says 30; scope otherwise complete",
     [("DB-24-0588_cover_mail.eml", eml_bytes(mail(
         "Kang Min-ji <mjkang@dalbitcos.co.kr>",
         "Agnieszka Wrona <a.wrona@szklo-pak.pl>",
         "PO DB-24-0588 essence bottle 100ml - decorated samples",
         "Wed, 03 Jul 2024 16:10:00 +0900",
         "Dear Agnieszka,\n\n"
         "Thank you for the kind support in the development. Our PO DB-24-0588 follows as PDF, it is for the "
         "fifty (50) decorated samples of the essence bottle 100 ml (heavy base, gradient spray coating pink to "
         "clear).\n\n"
         "Please send the samples to our Osong lab by air. The launch quantity is not released, please see the "
         "conditions in the PO.\n\n"
         "Best regards,\nKang Min-ji\nPurchasing Manager, Dalbit Cosmetics\nT +82 2 6952 3310\n"))),
      ("PO_DB-24-0588.pdf", pdf([
          ("h1", "DALBIT COSMETICS - PURCHASE ORDER DB-24-0588"),
          ("p", "12F, 55 Seongsu-ro, Seongdong-gu, Seoul. Supplier: Szkło-Pak Sp. z o.o., Wieluń, Poland. "
                "Date: 2024-07-03."),
          ("table", [
              ["Line", "Item", "Description", "Qty", "Unit EUR"],
              ["10", "DB-EB-100", "Essence bottle 100 ml heavy base, gradient coating - decorated samples", "30", "7,90"],
          ]),
          ("sp",),
          ("p", "Only the samples on line 10 are ordered now. The 20,000 pcs launch quantity is not released."),
          ("p", "It is unlocked only after the stability test (8 weeks) is signed off, by a written production "
                "release signed by Kang Min-ji, Purchasing Manager."),
          ("p", "Delivery: CPT Incheon airport, by 26 July 2024. Payment: T/T 30 days."),
      ], title="DB-24-0588", author="Dalbit Cosmetics"))])


# p51: release mail says 2.000, attached release form says 2.500.
case("p51_atlantique_release_2000_vs_2500", ["RG011"],
     "release mail releases 2.000 pcs but the attached release form states 2.500 pcs for the same order",
     [("Liberation_CA-2024-0912_lot1.eml", eml_bytes(mail(
         "Aurélie Masson <a.masson@cosmetique-atlantique.fr>",
         "Agnese Lanzoni <commerciale@lanzonipack.it>",
         "Libération de production / production release - CA-2024-0912 - lot 1",
         "Mon, 29 Jul 2024 11:20:00 +0200",
         "Bonjour Agnese,\n\n"
         "The compatibility test on the 30 decorated samples was signed off on Friday by Élise Caron.\n\n"
         "Following this, we release 2.000 pcs of the lipstick case LZ-RS-1200 (ROSSO-07) for the first "
         "filling campaign, delivery week 36. The remaining 12.970 pcs are not released; they need a next "
         "written release from me after acceptance of this first lot at Rezé.\n\n"
         "The signed release form is attached.\n\n"
         "Cordialement,\nAurélie Masson\nAcheteuse Packaging - Cosmétique Atlantique SAS\n+33 2 40 75 18 60\n",
         attachments=[("LIB-CA-0912-01.pdf", pdf([
             ("h1", "LIBÉRATION DE PRODUCTION / PRODUCTION RELEASE LIB-CA-0912-01"),
             ("table", [
                 ["Champ / Field", "Valeur / Value"],
                 ["Commande / PO", "CA-2024-0912 - LZ-RS-1200 ROSSO-07 - Lanzoni Packaging"],
                 ["Quantité libérée / Released quantity", "2.500 pcs"],
                 ["Non libéré / Not released", "12.470 pcs"],
                 ["Déblocage / Unlock", "Acceptation du lot 1 puis nouvelle libération écrite"],
                 ["Preuve / Evidence", "Test de compatibilité CT-24-118, signé É. Caron, 26/07/2024"],
                 ["Signé / Signed", "Aurélie Masson, Acheteuse Packaging, 29/07/2024"],
             ]),
         ], title="LIB-CA-0912-01", author="Cosmetique Atlantique"), PDF_MT)])))])


# p52: DOCX spec: table says 24 samples, text asks for twelve (12).
case("p52_florcaju_spec_24_vs_twelve", ["RG011"],
     "spec table orders 24 decorated samples, the instructions ask for twelve (12); hold, event and Larissa Campos present",
     [("Especificacao_cushion_FC-CU-15.docx", docx_bytes([
         ("h1", "Especificação técnica / Technical specification FC-CU-15"),
         ("p", "Flor de Caju Cosméticos -> Hanul Container Co., Ltd. (Gimpo, Korea) - cushion compact 15 g - PO FC-4501-0788"),
         ("table", [
             ["Item", "Especificação", "Quantidade"],
             ["Cushion compact 15 g, base + lid + puff tray", "PETG outer, matte terracotta, gold logo", "24 un. - amostras decoradas"],
             ["Refill pan", "PP, 15 g, sealing film", "incluído"],
             ["Puff", "NBR 58 mm", "incluído"],
         ]),
         ("h", "Instruções / Instructions"),
         ("p", "Please prepare twelve (12) decorated samples for our stability test and ship them by air to our "
               "lab in Cotia (SP)."),
         ("p", "The 10.000 launch quantity is not released. It will be unlocked only after the stability test is "
               "signed off, by a written production release signed by Larissa Campos, Compras."),
         ("p", "Hinge opening force 4-6 N; drop test 1,2 m x 6; compatibility with SPF 50 cushion formula."),
     ], author="Flor de Caju"))])


# p53: ERP call-off: header 1,200 released, line 1,500 released; no named release authority.
case("p53_hollis_erp_calloff_header_line", ["RG005", "RG011"],
     "call-off header releases 1,200 but the line releases 1,500; hold and event present but no named release person",
     [("CALLOFF_HF-CO-0042.txt",
       "HOLLIS & FINCH LTD                    SAGE 200 - SCHEDULE CALL-OFF                  PAGE 1/1\n"
       "22 CALVERT AVENUE, LONDON E2 7JP                                      PRINTED 12/08/2024\n"
       "==========================================================================================\n"
       "CALL-OFF : HF-CO-0042       BLANKET ORDER : HF-BO-2024-07       SUPPLIER : SZKLO-PAK SP. Z O.O.\n"
       "ITEM     : HF-PK-119 15ML FROSTED DROPPER, DIN 18, 2-COL PRINT\n"
       "------------------------------------------------------------------------------------------\n"
       "PROGRAMME QTY          :  6,000\n"
       "RELEASED QTY           :  1,200\n"
       "BALANCE (NOT RELEASED) :  4,800   ON HOLD\n"
       "------------------------------------------------------------------------------------------\n"
       "LN  DELIVERY DATE   QTY RELEASED   SHIP TO\n"
       "01  23/09/2024           1,500     THORNFIELD LABS, UNIT 9 HARROW WAY, ANDOVER SP10 3RG\n"
       "------------------------------------------------------------------------------------------\n"
       "NOTES: BALANCE ON HOLD UNTIL LOT ACCEPTANCE OF 1ST DELIVERY AND INTERNAL APPROVAL.\n"
       "       BOOK DELIVERIES 48H AHEAD WITH THORNFIELD GOODS IN 01264 555 410.\n"
       "==========================================================================================\n")])


# p54: WeChat: Monday 3k released, Thursday "the 2.5k released".
case("p54_wechat_kindred_3k_vs_2_5k", ["RG011"],
     "buyer releases 3k on Monday and refers to 'the 2.5k released' on Thursday; hold, event and Megan Holt present",
     [("WeChat_Kevin_Zhang_Kindred_jar.txt",
       "WeChat chat history with Kevin Zhang 张凯 (Shantou Meilin)\nExported 2024-08-09\n\n"
       "2024-08-05 21:14:02 Megan Holt: Hi Kevin, QA signed off the compatibility test on the KS-JAR-50 samples 🎉\n"
       "2024-08-05 21:15:40 Megan Holt: written production release for the first lot: please run 3k jars "
       "(KS-JAR-50, cap matte sand)\n"
       "2024-08-05 21:16:55 Megan Holt: the other 7k of the 10k stay on hold, not released, until lot acceptance "
       "of this first lot and my next written release\n"
       "2024-08-06 08:02:11 Kevin Zhang 张凯: Thank you Megan! noted, we schedule the line\n"
       "2024-08-08 23:40:27 Megan Holt: Kevin, for the 2.5k released pls ship in 2 deliveries: 1,500 on 9/10 "
       "and 1,000 on 9/24. same forwarder as samples (Flexport)\n"
       "2024-08-09 07:55:03 Kevin Zhang 张凯: OK, I arrange\n")])


# p55: buyer portal order view: line shows 10,000 released, release history shows 12,000.
case("p55_hollis_portal_10000_vs_12000", ["RG011"],
     "portal order view shows 10,000 released on the PO line but the release record shows 12,000",
     [("hollis_supplier_portal_order_HF-PO-30418.html", html_page("Hollis & Finch Supplier Portal - HF-PO-30418", """
<header><b>Hollis &amp; Finch</b> Supplier Portal - Szkło-Pak Sp. z o.o. (supplier SZK-014)</header>
<h2>Order HF-PO-30418 rev 1 - Rosehip Night Oil dropper 30 ml (HF-PK-118 rev C)</h2>
<table>
<tr><th>Line</th><th>Scope</th><th>Quantity</th><th>Released quantity</th><th>Need-by</th></tr>
<tr><td>1</td><td>Decorated samples</td><td>60</td><td>60</td><td>14 Jun 2024</td></tr>
<tr><td>2</td><td>Production</td><td>24,000</td><td>10,000</td><td>Week 42</td></tr>
</table>
<h3>Release history</h3>
<table>
<tr><th>Release</th><th>Date</th><th>Quantity released</th><th>Signed by</th></tr>
<tr><td>HF-REL-007</td><td>26 Aug 2024</td><td>12,000 bottles</td><td>Hannah Price, Head of Packaging Procurement</td></tr>
</table>
<div class="note">Not released: the remaining bottles of the 24,000 launch quantity are on hold. They are unlocked by
a second written release from Hannah Price once the first released lot has passed lot acceptance at Thornfield Labs.</div>
"""))])


# p56: cover mail says 20 samples; forwarded R&D message (rfc822) asks for a dozen.
_p56_fwd = mail("Julie Morel <j.morel@maison-levane.fr>", "Camille Roux <c.roux@maison-levane.fr>",
                "Échantillons poudrier Lumière v2", "Tue, 16 Jul 2024 15:40:00 +0200",
                "Camille,\n\nPour le fournisseur / for Lucy: please make a dozen (12) decorated samples of the "
                "compact Lumière v2 (new hinge, mirror glued with 3M 9448) for the drop test and the "
                "compatibility test. Same colour as v1.\n\nMerci !\nJulie Morel\nR&D Packaging - Maison Lévane\n")
case("p56_levane_fwd_dozen_vs_twenty", ["RG011"],
     "cover mail says PO covers 20 decorated samples; forwarded R&D instruction asks for a dozen (12)",
     [("FW_samples_Lumiere_v2.eml", eml_bytes(mail(
         "Camille Roux <c.roux@maison-levane.fr>",
         "Chen Lu <chenlu@yuecheng-pack.cn>",
         "TR: Échantillons poudrier Lumière v2 - PO LEV-24-0290",
         "Wed, 17 Jul 2024 09:05:00 +0200",
         "Bonjour Lucy,\n\n"
         "Please see Julie's message below for the technical details of the v2 samples.\n\n"
         "Our PO LEV-24-0290 covers 20 decorated samples of the compact Lumière v2. The launch quantity "
         "(18,000 pcs) is not released; it is unlocked only after the drop and compatibility tests are signed "
         "off, by a written production release signed by me.\n\n"
         "Merci,\nCamille Roux\nResponsable Achats Packaging - Maison Lévane\n",
         attachments=[("rfc822", _p56_fwd)])))])


# p61: supplier reads the sample pro-forma payment as a start of production; buyer scope quoted.
case("p61_vardhman_payment_started", ["RG012"],
     "supplier says that because the pro-forma is paid it has started production; quoted buyer PO releases 40 samples only",
     [("RE_AB-0951_samples_dispatch.eml", eml_bytes(mail(
         "Sunil Vardhman <sunil@vardhmanglass.in>",
         "Thiago Mendes <thiago.mendes@aurorabela.com.br>",
         "RE: PO AB-0951 - 50g frosted jar - samples",
         "Mon, 22 Jul 2024 12:35:00 +0530",
         "Dear Thiago sir,\n\n"
         "Greetings from Vardhman Glass.\n\n"
         "We have received your payment against Proforma PI/VG/24-118 (samples + printing screens). Thank you.\n\n"
         "As the payment is done, we have started production of the jars and the first 5,000 pcs will be ready "
         "by 10th August. The 40 samples are dispatched today by DHL, AWB 7790 1142 58.\n\n"
         "Thanks & regards,\nSunil Vardhman\nDirector - Vardhman Glass Works\nSirsaganj Road, Firozabad, U.P.\n"
         "+91 94120 55318\n\n"
         "On Tue, 2 Jul 2024, Thiago Mendes wrote:\n"
         "> Hi Sunil, PO AB-0951 attached: 40 decorated samples of the 50 g frosted jar with gold lid.\n"
         "> Only these 40 are ordered. The 15.000 launch quantity is not released - it unlocks after our\n"
         "> stability test is signed off and I send you a written production release (Thiago Mendes, Compras).\n"
         "> Please send the proforma for the samples and screens.\n"
         "> Abraço, Thiago\n")))])


# === END OF CASES ===


# ======================================================================= MAIN
def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "duplicate case name"
    order = list(range(len(CASES)))
    random.Random(130130).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, start=1):
        c = CASES[idx]
        first = c["files"][0][0]
        stem = first.rsplit(".", 1)[0]
        stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem)
        folder = f"h130_{n:02d}_{stem}"
        d = OUT / folder
        d.mkdir()
        for fn, data in c["files"]:
            p = d / fn
            if isinstance(data, str):
                p.write_text(data, encoding="utf-8", newline="\n")
            else:
                p.write_bytes(data)
        labels[folder] = {"expect": c["expect"], "facts": None, "note": c["note"]}
    (HERE / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({clean} clean, {len(CASES) - clean} with risks) -> {OUT}")


if __name__ == "__main__":
    main()
